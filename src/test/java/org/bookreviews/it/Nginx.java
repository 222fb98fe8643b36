package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Debian's nginx with the recommended site configuration (webapp-config/nginx/bookreviews.conf)
 * in front of a test server, on loopback, with a throw-away certificate made here. The file gets
 * exactly the edits README's "Behind a proxy" tells an operator to make (host name, certificate,
 * where Tomcat listens), plus this run's own ports instead of 80 and 443; everything else is used
 * as it is. A small nginx.conf stands in for Debian's /etc/nginx/nginx.conf (which includes the
 * sites in its http block the same way) with the paths of a private directory.
 */
final class Nginx implements AutoCloseable {

    private static final Path SITE = Path.of(System.getProperty("it.basedir", "."), "webapp-config", "nginx",
            "bookreviews.conf");

    private final Path dir;
    private final Process process;
    private final int httpsPort;
    private final SSLContext trust;

    private Nginx(Path dir, Process process, int httpsPort, SSLContext trust) {
        this.dir = dir;
        this.process = process;
        this.httpsPort = httpsPort;
        this.trust = trust;
    }

    /** Starts nginx in front of the server at 127.0.0.1:{@code upstreamPort}; its files in {@code dir}. */
    static Nginx inFrontOf(int upstreamPort, Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sites-enabled"));
        Path certificate = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        run(dir, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key.toString(), "-out", certificate.toString());
        int httpsPort = freePort();
        int httpPort = freePort();

        String site = Files.readString(SITE, StandardCharsets.UTF_8);
        site = edit(site, "server 127.0.0.1:8080;", "server 127.0.0.1:" + upstreamPort + ";", 1);
        site = edit(site, "server_name reviews.example;", "server_name 127.0.0.1;", 2);
        site = edit(site, "/etc/ssl/certs/reviews.example.pem", certificate.toString(), 1);
        site = edit(site, "/etc/ssl/private/reviews.example.key", key.toString(), 1);
        // This run's ports on loopback instead of 80 and 443 on every interface.
        site = edit(site, "listen 443 ssl http2;", "listen 127.0.0.1:" + httpsPort + " ssl http2;", 1);
        site = edit(site, "listen [::]:443 ssl http2;", "", 1);
        site = edit(site, "listen 80;", "listen 127.0.0.1:" + httpPort + ";", 1);
        site = edit(site, "listen [::]:80;", "", 1);
        Files.writeString(dir.resolve("sites-enabled/bookreviews"), site, StandardCharsets.UTF_8);

        boolean root = "root".equals(System.getProperty("user.name"));
        Files.writeString(dir.resolve("nginx.conf"), String.join("\n",
                root ? "user root;" : "", // workers as root too, so they can use this directory
                "worker_processes 1;",
                "pid " + dir.resolve("nginx.pid") + ";",
                "error_log " + dir.resolve("error.log") + " warn;",
                "events { worker_connections 1024; }",
                "http {",
                "  include /etc/nginx/mime.types;",
                "  default_type application/octet-stream;",
                "  access_log " + dir.resolve("access.log") + ";",
                "  client_body_temp_path " + dir.resolve("body") + ";",
                "  proxy_temp_path " + dir.resolve("proxy") + ";",
                "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";",
                "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";",
                "  scgi_temp_path " + dir.resolve("scgi") + ";",
                "  include " + dir.resolve("sites-enabled") + "/*;",
                "}", ""), StandardCharsets.UTF_8);

        run(dir, "nginx", "-t", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString());
        Process process = new ProcessBuilder("nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try (Socket probe = new Socket("127.0.0.1", httpsPort)) {
                break;
            } catch (IOException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("nginx did not start: " + Files.readString(dir.resolve("nginx.out")));
                }
                Thread.sleep(50);
            }
        }
        return new Nginx(dir, process, httpsPort, trusting(certificate));
    }

    /** The site through the proxy, e.g. https://127.0.0.1:PORT/bookreviews/. */
    URL url(String contextPath) throws Exception {
        return new URL("https://127.0.0.1:" + httpsPort + contextPath + "/");
    }

    int port() {
        return httpsPort;
    }

    /** An SSL context that trusts this nginx's certificate (and nothing else). */
    SSLContext ssl() {
        return trust;
    }

    /** A TLS connection to this nginx from the loopback address {@code from} (e.g. 127.0.0.23). */
    Socket connectFrom(String from) throws IOException {
        Socket socket = trust.getSocketFactory().createSocket(InetAddress.getByName("127.0.0.1"), httpsPort,
                InetAddress.getByName(from), 0);
        socket.setSoTimeout(30_000);
        return socket;
    }

    /** Sends raw request bytes from {@code from}; returns the whole answer (the connection is closed after it). */
    String exchange(String from, String request) throws IOException {
        try (Socket socket = connectFrom(from)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** nginx's own access log (the address nginx saw). */
    List<String> accessLog() throws IOException {
        return Files.readAllLines(dir.resolve("access.log"), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** Replaces {@code occurrences} occurrences of a line part README tells the operator to edit; fails if they are not all there. */
    private static String edit(String config, String from, String to, int occurrences) {
        int found = config.split(java.util.regex.Pattern.quote(from), -1).length - 1;
        assertEquals(occurrences, found, "webapp-config/nginx/bookreviews.conf should contain \"" + from + "\" "
                + occurrences + " time(s) (README's steps edit it)");
        return config.replace(from, to);
    }

    private static void run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        store.setCertificateEntry("nginx", CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(certificate))));
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustManagers.getTrustManagers(), null);
        return context;
    }
}
