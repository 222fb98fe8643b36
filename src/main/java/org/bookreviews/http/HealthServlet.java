package org.bookreviews.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.bookreviews.persistence.Database;

/**
 * {@code GET /health} for load balancers and monitors: 200 and
 * {@code {"status":"UP","database":"UP"}} while the database answers within two seconds,
 * 503 and {@code "DOWN"} otherwise. Never cached; says nothing else about the server.
 */
public class HealthServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    private static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(2);

    private final Database database;

    public HealthServlet(Database database) {
        this.database = database;
    }

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        return "GET, HEAD, OPTIONS";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = database.isReachable(DATABASE_TIMEOUT);
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String state = up ? "UP" : "DOWN";
        response.getWriter().write("{\"status\":\"" + state + "\",\"database\":\"" + state + "\"}");
    }
}
