package org.bookreviews.admin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.bookreviews.http.PageNumber;
import org.bookreviews.http.PageServlet;
import org.bookreviews.http.Problem;
import org.bookreviews.reader.Sessions;
import org.bookreviews.rendering.Views;
import org.bookreviews.security.AuditLog;
import org.bookreviews.security.FormPostGuard;
import org.bookreviews.security.Role;
import org.bookreviews.security.SignedInReader;

/**
 * The admins' pages. {@code GET /admin/readers?q=}: readers by username (those with a role when
 * no name is given), each with role checkboxes; {@code POST /admin/readers} (fields
 * {@code username}, {@code role} repeated): gives the reader exactly the checked roles.
 * {@code GET /admin/log}: the audit log, newest first.
 */
public class AdminServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public static final String READERS = "/admin/readers";
    public static final String LOG = "/admin/log";
    public static final String QUERY = "q";
    public static final String USERNAME = "username";
    public static final String ROLE = "role";
    private static final int QUERY_MAX = 30;

    private final transient Roles roles;
    private final transient AuditLog auditLog;
    private final transient Sessions sessions;
    private final transient FormPostGuard formPosts;

    public AdminServlet(Roles roles, AuditLog auditLog, Sessions sessions, FormPostGuard formPosts) {
        this.roles = roles;
        this.auditLog = auditLog;
        this.sessions = sessions;
        this.formPosts = formPosts;
    }

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        return READERS.equals(request.getServletPath()) ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, OPTIONS";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getServletPath();
        if (withRole(Role.ADMIN, path, request, response).isEmpty()) {
            return;
        }
        response.setHeader("Cache-Control", "private, no-cache");
        if (LOG.equals(path)) {
            OptionalLong page = PageNumber.from(request);
            if (page.isEmpty()) {
                PageNumber.problemOf(request).sendAsBadRequest(request, response);
                return;
            }
            request.setAttribute("log", auditLog.page(page.getAsLong()));
            Views.render("auditLog", request, response);
            return;
        }
        String query = request.getParameter(QUERY) == null ? "" : request.getParameter(QUERY).strip();
        if (query.length() > QUERY_MAX) {
            new Problem("admin.query.tooLong", QUERY_MAX).sendAsBadRequest(request, response);
            return;
        }
        request.setAttribute("query", query);
        request.setAttribute("readers", roles.find(query));
        request.setAttribute("roles", Role.values());
        String saved = request.getParameter("saved");
        request.setAttribute("saved", saved != null && saved.length() <= QUERY_MAX ? saved : null);
        Views.render("adminReaders", request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!READERS.equals(request.getServletPath())) {
            methodNotAllowed(request, response);
            return;
        }
        Optional<SignedInReader> admin = postWithRole(formPosts, Role.ADMIN, READERS, request, response);
        if (admin.isEmpty()) {
            return;
        }
        String username = request.getParameter(USERNAME);
        Set<Role> granted = EnumSet.noneOf(Role.class);
        String[] values = request.getParameterValues(ROLE);
        for (String value : values == null ? new String[0] : values) {
            Optional<Role> role = Role.of(value);
            if (role.isEmpty()) {
                new Problem("admin.role.unknown", Problem.quoted(value)).sendAsBadRequest(request, response);
                return;
            }
            granted.add(role.get());
        }
        if (username == null || username.isBlank() || username.length() > QUERY_MAX) {
            new Problem("admin.username.unknown", Problem.quoted(String.valueOf(username))).sendAsBadRequest(request, response);
            return;
        }
        Optional<Long> changed = roles.set(username.strip(), granted, admin.get().username());
        if (changed.isEmpty()) {
            request.setAttribute(Problem.ATTRIBUTE, new Problem("admin.username.unknown", Problem.quoted(username)));
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        sessions.forget(changed.get()); // their next request on this server sees the new roles
        String name = URLEncoder.encode(username.strip(), StandardCharsets.UTF_8);
        seeOther(READERS + "?" + QUERY + "=" + name + "&saved=" + name, request, response);
    }
}
