package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import org.bookreviews.it.Site.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Payara side of "behind a proxy": Payara Micro 6 of its own with
 * webapp-config/payara/behind-proxy.asadmin, behind nginx with webapp-config/nginx (both as README
 * gives them). Through the proxy the application knows it is on HTTPS. (Runs in the Tomcat 11
 * run, which has the Payara Micro JAR and nginx at hand; one Payara start, about 30 s.)
 */
@Tag(Needs.STOCK_TOMCAT)
class PayaraBehindNginxIT {

    private static final int HTTP_PORT = 18088;
    private static Process payara;
    private static Nginx nginx;
    private static Path base;

    @BeforeAll
    static void startPayaraAndNginx() throws Exception {
        base = Path.of(System.getProperty("it.servers", "target/it-servers")).resolve("payara-behind-nginx");
        Files.createDirectories(base);
        Path config = Path.of(System.getProperty("it.basedir", "."), "webapp-config", "payara");
        payara = new ProcessBuilder("java", "-Xmx256m", "-Dbookreviews.db.dir=" + base.resolve("db").toAbsolutePath(),
                "-jar", Path.of(System.getProperty("it.servers"), "payara", "payara-micro.jar").toString(),
                "--nohazelcast", "--port", String.valueOf(HTTP_PORT),
                "--prebootcommandfile", config.resolve("behind-proxy.asadmin").toString(),
                "--deploy", System.getProperty("bookreviews.war"), "--contextroot", "bookreviews")
                .redirectErrorStream(true).redirectOutput(base.resolve("payara.log").toFile()).start();
        Site direct = new Site(new URL("http://127.0.0.1:" + HTTP_PORT + "/bookreviews/"));
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (true) {
            try {
                if (direct.get("/health").status() == 200) {
                    break;
                }
            } catch (Throwable notYet) {
                // still starting
            }
            if (!payara.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("Payara Micro did not start (see " + base.resolve("payara.log") + ")");
            }
            Thread.sleep(500);
        }
        nginx = Nginx.inFrontOf(HTTP_PORT, base.resolve("nginx"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        if (payara != null) {
            payara.destroy();
            payara.waitFor();
        }
    }

    @Test
    void throughTheProxyPayaraKnowsItIsOnHttps() throws Exception {
        Site reader = new Site(nginx.url("/bookreviews"), nginx.ssl());
        Page signUpForm = reader.get("/signup");
        assertEquals(200, signUpForm.status());
        assertEquals("max-age=31536000", signUpForm.header("Strict-Transport-Security"));
        String csrfCookie = signUpForm.header("Set-Cookie");
        assertTrue(csrfCookie.startsWith("__Host-bookreviews_csrf=") && csrfCookie.contains("; Secure"), csrfCookie);

        // Origin https://127.0.0.1:PORT and no Fetch Metadata: accepted.
        Page signedUp = reader.signUp(Site.newUsername(), "Zoë 李 🚀 O'Brien", Site.PASSWORD);
        assertEquals(303, signedUp.status(), signedUp.body());
        String session = signedUp.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("__Host-bookreviews_session=")).findFirst().orElse(null);
        assertNotNull(session, "a __Host- session cookie");
        assertTrue(session.contains("; Secure"), session);
        assertTrue(reader.get("/account").body().contains("Zoë 李 🚀 O&#039;Brien"), "signed in through the proxy");

        String token = reader.get("/").csrfToken();
        assertEquals(403, reader.postWithHeaders("/signout", Map.of("csrf_token", token), "Origin",
                "https://evil.example").status(), "a cross-site POST");
    }

    @Test
    void payaraOpensItsHttpPortOnLoopbackAndNothingElse() throws Exception {
        // The Hazelcast data grid's port: closed with --nohazelcast (--nocluster alone keeps it open).
        assertFalse(accepts(InetAddress.getLoopbackAddress(), 6900), "no Hazelcast port");
        // behind-proxy.asadmin: the HTTP listener on loopback only, where nginx reaches it.
        for (InetAddress address : Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && a instanceof Inet4Address).toList()) {
            assertFalse(accepts(address, HTTP_PORT), "HTTP port open on " + address);
        }
        assertTrue(accepts(InetAddress.getByName("127.0.0.1"), HTTP_PORT));
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (java.io.IOException refused) {
            return false;
        }
    }
}
