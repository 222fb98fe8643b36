package org.bookreviews.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Slow clients, as the probe that took the site offline sent them: each opens a connection, sends
 * a POST's headers announcing a body of 60,000 bytes, then one byte of it every 2 seconds. Each
 * records the status line of the answer it got, and when.
 */
final class Trickle implements AutoCloseable {

    /** Opens one connection. */
    interface Connector {
        Socket open() throws IOException;
    }

    /** The status code a connection was answered with, and when after the start. */
    record Answer(String status, Duration after) {
    }

    private final List<Socket> sockets = new ArrayList<>();
    private final List<Answer> answers = new ArrayList<>();
    private final ExecutorService readers;
    private final long start = System.nanoTime();

    private Trickle(int connections) {
        readers = Executors.newFixedThreadPool(connections);
    }

    /** Opens {@code connections} connections that each start a POST to {@code target} (host {@code host}). */
    static Trickle start(Connector connector, int connections, String host, String target) throws IOException {
        Trickle trickle = new Trickle(connections);
        for (int i = 0; i < connections; i++) {
            Socket socket = connector.open();
            socket.setSoTimeout(0);
            socket.getOutputStream().write(("POST " + target + " HTTP/1.1\r\nHost: " + host
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 60000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            trickle.sockets.add(socket);
            trickle.readers.submit(() -> trickle.awaitAnswer(socket));
        }
        return trickle;
    }

    /** Sends the next byte on every connection still open. */
    private void drip() {
        for (Socket socket : sockets) {
            try {
                socket.getOutputStream().write('a');
                socket.getOutputStream().flush();
            } catch (IOException closedByTheServer) {
                // The server answered and closed: what a defence should do.
            }
        }
    }

    /** What a test does between drips (a reader's request, say). */
    interface Step {
        void run() throws Exception;
    }

    /** Drips on every one of {@code trickles} every 2 s for {@code duration}, doing {@code meanwhile} between drips. */
    static void during(Duration duration, Step meanwhile, Trickle... trickles) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        long nextDrip = 0;
        while (System.nanoTime() < end) {
            if (System.nanoTime() >= nextDrip) {
                for (Trickle trickle : trickles) {
                    trickle.drip();
                }
                nextDrip = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            }
            meanwhile.run();
        }
    }

    /** The answers so far: status code -> how many. Connections without an answer count as "(none)". */
    synchronized Map<String, Integer> statusCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Answer answer : answers) {
            counts.merge(answer.status(), 1, Integer::sum);
        }
        int unanswered = sockets.size() - answers.size();
        if (unanswered > 0) {
            counts.put("(none)", unanswered);
        }
        return counts;
    }

    /** The latest time after the start at which an answer came (zero without any). */
    synchronized Duration lastAnswerAfter() {
        return answers.stream().map(Answer::after).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    private void awaitAnswer(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\r' && c != '\n') {
                line.append((char) c);
            }
            if (line.length() > 0) {
                String[] parts = line.toString().split(" ");
                String status = parts.length > 1 ? parts[1] : line.toString();
                synchronized (this) {
                    answers.add(new Answer(status, Duration.ofNanos(System.nanoTime() - start)));
                }
            }
        } catch (IOException closed) {
            // Closed without an answer (or by close() below).
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        readers.shutdown();
        readers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
