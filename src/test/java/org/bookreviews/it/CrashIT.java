package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server process dies mid-write (kill -9) and is started again on the same embedded Derby
 * directory, five times: every review whose POST got its 303 is there, none is there twice, the
 * database boots without repair and the site serves. The WAR runs in its own JVM, once in a
 * stock Tomcat 11 (catalina base under target/crash/tomcat) and once in Payara Micro 6
 * (target/crash/payara), with Derby's durable commits as shipped.
 */
class CrashIT {

    private static final int HTTP_PORT = 18083;
    private static final int DERBY_PORT = 15273;
    private static final int ROUNDS = 5;
    private static final int WRITERS = 8;

    private Path base;
    private Process server;
    private boolean payara;

    @AfterEach
    void killServer() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void acknowledgedReviewsSurviveKillDashNineOnTomcat() throws Exception {
        base = Path.of(System.getProperty("it.servers", "target/it-servers")).resolveSibling("crash").resolve("tomcat");
        prepareCatalinaBase();
        killAndRestartFiveTimes();
    }

    @Test
    void acknowledgedReviewsSurviveKillDashNineOnPayara() throws Exception {
        base = Path.of(System.getProperty("it.servers", "target/it-servers")).resolveSibling("crash").resolve("payara");
        payara = true;
        Files.createDirectories(base.resolve("logs"));
        killAndRestartFiveTimes();
    }

    private void killAndRestartFiveTimes() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        StringBuilder report = new StringBuilder();
        for (int round = 1; round <= ROUNDS; round++) {
            server = start();
            waitUntilServing();
            assertAllPresentOnce(acknowledged, "after restart " + (round - 1));
            int before = acknowledged.size();

            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            int thisRound = round;
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    Site browser = new Site(siteUrl());
                    for (int n = 0; running.get(); n++) {
                        String body = "crash round " + thisRound + " writer " + writer + " review " + n;
                        sent.incrementAndGet();
                        try {
                            if (browser.writeReview(1, "Crash Tester", String.valueOf(n % 5 + 1), body).status() == 303) {
                                acknowledged.add(body);
                            }
                        } catch (Throwable serverGone) {
                            return;
                        }
                    }
                });
            }
            // Kill mid-load: once this round has some acknowledged reviews, at a random moment after.
            long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (acknowledged.size() - before < 20 && System.nanoTime() < giveUp) {
                Thread.sleep(50);
            }
            Thread.sleep(ThreadLocalRandom.current().nextInt(800));
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no Derby shutdown, mid-transaction
            server.waitFor(30, TimeUnit.SECONDS);
            running.set(false);
            writers.shutdown();
            writers.awaitTermination(60, TimeUnit.SECONDS);
            report.append("round ").append(round).append(": ").append(acknowledged.size() - before).append(" acknowledged; ");
        }
        server = start();
        waitUntilServing();
        assertAllPresentOnce(acknowledged, "after the last restart");
        assertTrue(acknowledged.size() >= ROUNDS * 20, "every round wrote reviews before the kill: " + report);
        assertEquals(200, new Site(siteUrl()).get("/books/1").status());
        System.out.println("CrashIT " + (payara ? "Payara" : "Tomcat") + ": " + report + "sent " + sent.get() + ", acknowledged " + acknowledged.size()
                + ", all found once after " + ROUNDS + " kills");
    }

    private void assertAllPresentOnce(Set<String> acknowledged, String when) throws SQLException {
        String url = "jdbc:derby://localhost:" + DERBY_PORT + "/" + base.resolve("db").toAbsolutePath();
        try (Connection db = DriverManager.getConnection(url)) {
            Set<String> stored = ConcurrentHashMap.newKeySet();
            try (PreparedStatement query = db.prepareStatement(
                    "SELECT body, COUNT(*) FROM review WHERE body LIKE 'crash round %' GROUP BY body");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    assertEquals(1, rs.getInt(2), when + ": stored twice: " + rs.getString(1));
                    stored.add(rs.getString(1));
                }
            }
            List<String> lost = acknowledged.stream().filter(body -> !stored.contains(body)).toList();
            assertEquals(List.of(), lost, when + ": acknowledged but lost");
            try (PreparedStatement figures = db.prepareStatement("SELECT b.review_count, (SELECT COUNT(*) FROM review r"
                    + " WHERE r.book_id = b.id) FROM book b WHERE b.id = 1");
                 ResultSet rs = figures.executeQuery()) {
                rs.next();
                assertEquals(rs.getLong(2), rs.getLong(1), when + ": the book's count equals its rows");
            }
        }
    }

    private Process start() throws IOException {
        if (payara) {
            return startPayara();
        }
        Path home = Path.of(System.getProperty("it.tomcat11.home"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED",
                "-Dcatalina.home=" + home, "-Dcatalina.base=" + base.toAbsolutePath(),
                "-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager",
                "-Djava.util.logging.config.file=" + base.resolve("conf/logging.properties").toAbsolutePath(),
                "-Dbookreviews.http.port=" + HTTP_PORT, "-Dbookreviews.http.address=127.0.0.1",
                "-Dbookreviews.shutdown.port=-1",
                "-Dbookreviews.db.dir=" + base.resolve("db").toAbsolutePath(),
                "-Dderby.drda.startNetworkServer=true", "-Dderby.drda.host=localhost",
                "-Dderby.drda.portNumber=" + DERBY_PORT,
                "-cp", home.resolve("bin/bootstrap.jar") + ":" + home.resolve("bin/tomcat-juli.jar"),
                "org.apache.catalina.startup.Bootstrap", "start"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("logs/console.log").toFile()))
                .start();
    }

    private Process startPayara() throws IOException {
        Path micro = Path.of(System.getProperty("it.servers", "target/it-servers"), "payara", "payara-micro.jar");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dbookreviews.db.dir=" + base.resolve("db").toAbsolutePath(),
                "-Dderby.drda.startNetworkServer=true", "-Dderby.drda.host=localhost",
                "-Dderby.drda.portNumber=" + DERBY_PORT,
                "-jar", micro.toAbsolutePath().toString(),
                "--deploy", Path.of(System.getProperty("bookreviews.war")).toAbsolutePath().toString(),
                "--contextroot", "bookreviews", "--port", String.valueOf(HTTP_PORT), "--nocluster");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("logs/console.log").toFile()))
                .start();
    }

    private void waitUntilServing() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (new Site(siteUrl()).get("/health").status() == 200) {
                    return;
                }
            } catch (Throwable notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the restarted server did not serve within 180 s (see " + base.resolve("logs") + ")");
    }

    private static URL siteUrl() {
        try {
            return new URL("http://localhost:" + HTTP_PORT + "/bookreviews/");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A catalina base of its own: the recommended server.xml, no DataSource (embedded Derby), the WAR. */
    private void prepareCatalinaBase() throws IOException {
        Path home = Path.of(System.getProperty("it.tomcat11.home"));
        for (String dir : List.of("conf", "logs", "temp", "work", "webapps")) {
            Files.createDirectories(base.resolve(dir));
        }
        Path config = Path.of(System.getProperty("it.basedir", ".")).resolve("webapp-config/tomcat/server.xml");
        Files.copy(config, base.resolve("conf/server.xml"), StandardCopyOption.REPLACE_EXISTING);
        for (String file : List.of("web.xml", "catalina.properties", "logging.properties", "tomcat-users.xml")) {
            Files.copy(home.resolve("conf").resolve(file), base.resolve("conf").resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(base.resolve("conf/context.xml"),
                "<Context><JarScanner scanClassPath=\"false\" scanManifest=\"false\"/></Context>\n");
        Files.copy(Path.of(System.getProperty("bookreviews.war")), base.resolve("webapps/bookreviews.war"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
