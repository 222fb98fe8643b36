package org.bookreviews.it;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.apache.derby.drda.NetworkServerControl;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A Derby Network Server on loopback for the test runs whose application uses a container
 * DataSource (pom.xml sets {@code it.dbserver.port} and {@code it.dbserver.dir} for them): it runs
 * in the test JVM, starts before the first server deploys the WAR and stops after the last test.
 * For every other run it does nothing.
 */
public final class DatabaseServer implements LauncherSessionListener {

    /** The server of this run, for tests that take the database away and bring it back. */
    private static volatile DatabaseServer running;

    private NetworkServerControl server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.dbserver.port");
        if (port == null) {
            return;
        }
        try {
            Path home = Files.createDirectories(Path.of(System.getProperty("it.dbserver.dir")));
            System.setProperty("derby.system.home", home.toString());
            startListening();
            running = this;
        } catch (Exception e) {
            throw new IllegalStateException("Derby Network Server did not start on port " + port, e);
        }
    }

    private void startListening() throws Exception {
        Path home = Path.of(System.getProperty("derby.system.home"));
        server = new NetworkServerControl(InetAddress.getLoopbackAddress(), Integer.parseInt(System.getProperty("it.dbserver.port")));
        server.start(new PrintWriter(Files.newBufferedWriter(home.resolve("server.log"), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND), true));
        waitUntilServing();
    }

    /** Stops accepting connections (and drops the open ones): the database server "goes down". */
    static void goDown() throws Exception {
        running.server.shutdown();
    }

    /** Listens again on the same port, with the same databases. */
    static void comeBack() throws Exception {
        running.startListening();
    }

    private void waitUntilServing() throws Exception {
        Exception last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                server.ping();
                return;
            } catch (Exception e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw last;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
        } catch (Exception e) {
            // Stopping at the end of the run: nothing left to protect.
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a successful engine shutdown as SQLException XJ015.
        }
    }

    /** The client URL of a database on this server, e.g. {@code url("race;create=true")}. */
    static String url(String database) {
        return "jdbc:derby://localhost:" + System.getProperty("it.dbserver.port") + "/" + database;
    }
}
