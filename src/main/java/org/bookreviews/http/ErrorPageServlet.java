package org.bookreviews.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bookreviews.rendering.Views;

/**
 * Where web.xml sends every error: logs failures with the request id the page shows, and renders
 * the error view for a request of any method. Servers differ in what their JSP servlet does with an error of a method JSPs
 * do not take (Payara answers a PATCH with its own 501 instead of the page), so such a request is
 * shown the view as a GET. Reached directly, not as an error, the address does not exist.
 */
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where web.xml's error-page entries point. */
    public static final String PATH = "/error";

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
    private static final Set<String> METHODS_JSPS_TAKE = Set.of("GET", "HEAD", "POST");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null) {
            logFailure(request, failure);
        }
        render(request, response);
    }

    /**
     * Renders the error page for {@code status} in the request at hand, not through the
     * server's error dispatch: for an async dispatch, where servers differ (Payara answers a
     * sendError there with its own page, not the application's).
     */
    static void renderInPlace(int status, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(status);
        render(request, response);
    }

    private static void render(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpServletRequest view = METHODS_JSPS_TAKE.contains(request.getMethod()) ? request
                : new HttpServletRequestWrapper(request) {
                    @Override
                    public String getMethod() {
                        return "GET";
                    }
                };
        Views.render("error", view, response);
    }

    /** Logs a failed request with the id its error page shows. */
    static void logFailure(HttpServletRequest request, Throwable failure) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        LOG.log(Level.SEVERE, "Request " + request.getAttribute(RequestIdFilter.ATTRIBUTE) + " failed: "
                + request.getMethod() + " " + (uri != null ? uri : request.getRequestURI()), failure);
    }
}
