package org.bookreviews.it;

/**
 * The JUnit tags of the integration tests: what a test class needs beyond a deployed site, and so
 * which runs of pom.xml take it (a test without a tag runs on every server).
 */
final class Needs {

    /** The stock Tomcat 11 with webapp-config/tomcat: its connector, its log, servers of the test's own. Tomcat 11 run only. */
    static final String STOCK_TOMCAT = "stock-tomcat";
    /** The application on a Derby Network Server through the container DataSource. Tomcat 11 and payara-6-dbserver runs. */
    static final String DATABASE_SERVER = "database-server";
    /** Undeploys and redeploys the application inside the test JVM: the embedded Tomcat 10.1 run only. */
    static final String REDEPLOY = "redeploy";

    private Needs() {
    }
}
