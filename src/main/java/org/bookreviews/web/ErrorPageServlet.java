package org.bookreviews.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Where web.xml sends every error: renders the error view for a request of any method. Servers
 * differ in what their JSP servlet does with an error of a method JSPs do not take (Payara
 * answers a PATCH with its own 501 instead of the page), so such a request is shown the view as
 * a GET. Reached directly, not as an error, the address does not exist.
 */
@WebServlet(name = "errorPage", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/error";

    private static final Set<String> METHODS_JSPS_TAKE = Set.of("GET", "HEAD", "POST");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        HttpServletRequest view = METHODS_JSPS_TAKE.contains(request.getMethod()) ? request
                : new HttpServletRequestWrapper(request) {
                    @Override
                    public String getMethod() {
                        return "GET";
                    }
                };
        Views.render("error", view, response);
    }
}
