package org.bookreviews.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.bookreviews.config.Services;

/**
 * {@code GET /health} for load balancers and monitors: 200 and
 * {@code {"status":"UP","database":"UP"}} while the database answers within two seconds,
 * 503 and {@code "DOWN"} otherwise. Never cached; says nothing else about the server.
 */
@WebServlet(name = "health", urlPatterns = "/health")
public class HealthServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    private static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(2);

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        return "GET, HEAD, OPTIONS";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean database = Services.database(getServletContext()).isReachable(DATABASE_TIMEOUT);
        response.setStatus(database ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String state = database ? "UP" : "DOWN";
        response.getWriter().write("{\"status\":\"" + state + "\",\"database\":\"" + state + "\"}");
    }
}
