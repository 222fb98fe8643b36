package org.bookreviews.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.bookreviews.config.Services;

/** {@code GET /}: the catalogue, 20 books a page, by title. */
@WebServlet(name = "catalogue", urlPatterns = "")
public class CatalogueServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        return "GET, HEAD, OPTIONS";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        OptionalLong page = PageNumber.parse(request.getParameter(PageNumber.PARAMETER));
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        request.setAttribute("books", Services.catalog(getServletContext()).booksByTitle(page.getAsLong()));
        Views.render("catalogue", request, response);
    }
}
