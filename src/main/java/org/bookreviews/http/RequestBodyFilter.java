package org.bookreviews.http;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import org.bookreviews.security.FormPostGuard;

/**
 * Request bodies, read so that slow clients cannot take the site offline. Servers read a body
 * with blocking reads, each allowed the connector's timeout, and have no minimum data rate: a
 * client sending one byte every few seconds holds a request thread for minutes, and a few hundred
 * such clients hold them all. So:
 * <ul>
 * <li>only a POST of an HTML form to a servlet that takes forms may have a body; any other body is
 * refused before a byte of it is read (413; 411 without a length; 415 for what is no form);</li>
 * <li>at most {@code concurrentBodyReads} form bodies are read at once (a bounded share of the
 * threads: the others keep serving pages); one more is refused at once with 503;</li>
 * <li>the whole body must arrive within {@link #BODY_TIMEOUT} (408), at most
 * {@value #MAX_BODY_BYTES} bytes;</li>
 * <li>a body the client cut short is a 400 (the client is gone), logged in one line.</li>
 * </ul>
 * A refused body is never drained: after a response, servers read (and discard) what is left of
 * the body before closing or reusing the connection, with blocking reads again (Tomcat up to its
 * maxSwallowSize of 2 MiB), so a refusal is sent on an async dispatch once the input is switched
 * to non-blocking mode, where there is nothing to drain, and the connection is closed.
 * (Reading the form itself with non-blocking I/O would hold no thread at all, but Tomcat logs
 * every request whose non-blocking read failed as a 500: a flaky phone line would set off alerts.)
 * The servlet sees the parsed form ({@link UrlEncodedForm}: a malformed one is a 400) through the
 * usual {@code getParameter} methods. Behind the recommended nginx, bodies arrive whole and fast.
 */
public class RequestBodyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestBodyFilter.class.getName());

    /** A review form is a few KiB at most. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** Time for the whole body to arrive: a form is sent in one go, even over a slow phone line. */
    public static final Duration BODY_TIMEOUT = Duration.ofSeconds(10);
    /** Files read at once (librarians' uploads: each holds a thread while it arrives, bounded by the connector's timeout per packet). */
    static final int UPLOADS_AT_ONCE = 2;
    /** Seconds a client is asked to wait when every body-reading thread is taken. */
    private static final String RETRY_AFTER_SECONDS = "10";

    private static final String REFUSAL = RequestBodyFilter.class.getName() + ".refusal";

    private final Set<String> formServlets;
    private final Set<String> checkboxGroups;
    private final Semaphore bodyReads;
    private final Map<String, Integer> uploadServlets;
    private final Semaphore uploads = new Semaphore(UPLOADS_AT_ONCE);

    /**
     * {@code formServlets}: the names of the servlets that take form POSTs; {@code checkboxGroups}:
     * the field names that may come several times in a form; {@code concurrentBodyReads}: how many
     * bodies may be read at once.
     */
    public RequestBodyFilter(Set<String> formServlets, Set<String> checkboxGroups, int concurrentBodyReads) {
        this(formServlets, checkboxGroups, concurrentBodyReads, Map.of());
    }

    /**
     * ... and {@code uploadServlets}: the servlets that take a file ({@code multipart/form-data},
     * which they parse themselves with the Servlet API), each with its largest request in bytes.
     */
    public RequestBodyFilter(Set<String> formServlets, Set<String> checkboxGroups, int concurrentBodyReads,
                             Map<String, Integer> uploadServlets) {
        this.uploadServlets = Map.copyOf(uploadServlets);
        this.formServlets = Set.copyOf(formServlets);
        this.checkboxGroups = Set.copyOf(checkboxGroups);
        this.bodyReads = new Semaphore(concurrentBodyReads);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            response.setHeader("Connection", "close");
            ErrorPageServlet.renderInPlace((Integer) request.getAttribute(REFUSAL), request, response);
            return;
        }
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (length <= 0 && !chunked) {
            chain.doFilter(request, response);
        } else if (request.getMethod().equals("POST") && uploadServlets.containsKey(servletOf(request))) {
            passUpload(length, uploadServlets.get(servletOf(request)), request, response, chain);
        } else if (!request.getMethod().equals("POST") || !formServlets.contains(servletOf(request))) {
            refuseUnread(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, request, response); // a body where none is taken
        } else if (length > MAX_BODY_BYTES) {
            refuseUnread(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, request, response);
        } else if (length < 0) {
            // Browsers send a form with its length; without one the limit cannot be checked in advance.
            refuseUnread(HttpServletResponse.SC_LENGTH_REQUIRED, request, response);
        } else if (!FormPostGuard.isForm(request.getContentType())) {
            refuseUnread(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, request, response);
        } else if (!bodyReads.tryAcquire()) {
            LOG.info(() -> "Request " + request.getAttribute(RequestIdFilter.ATTRIBUTE) + ": refused, all "
                    + "body-reading threads are taken (many slow clients at once?)");
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            refuseUnread(HttpServletResponse.SC_SERVICE_UNAVAILABLE, request, response);
        } else {
            byte[] body;
            // 400 until the body is complete: when the client goes away mid-body the server
            // closes the response at once, and this is the status its access log then shows.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            try {
                body = read(request, (int) length);
            } finally {
                bodyReads.release();
            }
            if (body == null) {
                refuseUnread(HttpServletResponse.SC_REQUEST_TIMEOUT, request, response);
            } else if (body.length == length) {
                response.setStatus(HttpServletResponse.SC_OK);
                passForm(body, request, response, chain);
            }
        }
    }

    /**
     * The body, or null when it did not arrive in time; shorter than {@code length} when the
     * client closed the connection.
     */
    private static byte[] read(HttpServletRequest request, int length) throws IOException {
        byte[] body = new byte[length];
        long deadline = System.nanoTime() + BODY_TIMEOUT.toNanos();
        int received = 0;
        InputStream input = request.getInputStream();
        try {
            while (received < length) {
                if (System.nanoTime() - deadline > 0) {
                    int got = received;
                    LOG.info(() -> describe(request) + " timed out after " + BODY_TIMEOUT.toSeconds() + " s with "
                            + got + " of " + length + " bytes: a client too slow or stalled");
                    return null;
                }
                int read = input.read(body, received, length - received);
                if (read < 0) {
                    throw new EOFException("end of stream");
                }
                received += read;
            }
            return body;
        } catch (IOException aborted) {
            // Tomcat also leaves the exception for its error handling, which would make a 500 of it.
            request.removeAttribute(RequestDispatcher.ERROR_EXCEPTION);
            int got = received;
            LOG.info(() -> describe(request) + " ended after " + got + " of " + length
                    + " bytes: the client closed the connection (" + aborted + ")");
            return Arrays.copyOf(body, received);
        }
    }

    private void passForm(byte[] body, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        UrlEncodedForm.Result query = UrlEncodedForm.parseQuery(request.getQueryString());
        UrlEncodedForm.Result form = UrlEncodedForm.parseBody(body, checkboxGroups);
        Map<String, String[]> parameters = new LinkedHashMap<>(query.parameters());
        if (!query.isValid() || !form.isValid()) {
            (query.isValid() ? form : query).problem().sendAsBadRequest(request, response);
            return;
        }
        for (Map.Entry<String, String[]> field : form.parameters().entrySet()) {
            if (parameters.putIfAbsent(field.getKey(), field.getValue()) != null) {
                new Problem("invalid.form.repeated", Problem.quoted(field.getKey())).sendAsBadRequest(request, response);
                return;
            }
        }
        if (parameters.size() > UrlEncodedForm.MAX_PARAMETERS) {
            new Problem("invalid.form.tooMany", UrlEncodedForm.MAX_PARAMETERS).sendAsBadRequest(request, response);
            return;
        }
        chain.doFilter(new FormRequest(request, Collections.unmodifiableMap(parameters)), response);
    }

    /**
     * A file upload: a multipart form of a known length within the servlet's limit, at most
     * {@value #UPLOADS_AT_ONCE} at once; the servlet reads it (Servlet multipart API).
     */
    private void passUpload(long length, int maxBytes, HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws IOException, ServletException {
        if (length < 0) {
            refuseUnread(HttpServletResponse.SC_LENGTH_REQUIRED, request, response);
        } else if (length > maxBytes) {
            refuseUnread(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, request, response);
        } else if (!FormPostGuard.isUpload(request.getContentType())) {
            // A browser sends a form with a file field as multipart/form-data, always.
            refuseUnread(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, request, response);
        } else if (!uploads.tryAcquire()) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            refuseUnread(HttpServletResponse.SC_SERVICE_UNAVAILABLE, request, response);
        } else {
            try {
                chain.doFilter(request, response);
            } finally {
                uploads.release();
            }
        }
    }

    /**
     * Refuses a body without reading (the rest of) it: the input switched to non-blocking mode,
     * the refusal sent on an async dispatch (see the class comment).
     */
    private static void refuseUnread(int status, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!request.isAsyncSupported()) { // a servlet of the server's own (static files): drained, bounded by the limit
            refuse(status, response);
            return;
        }
        AsyncContext async = request.startAsync();
        request.setAttribute(REFUSAL, status);
        request.getInputStream().setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() {
                // Not read: the refusal is on its way.
            }

            @Override
            public void onAllDataRead() {
            }

            @Override
            public void onError(Throwable failure) {
            }
        });
        async.dispatch();
    }

    /** Sends the refusal; the connection closes rather than waiting for the next request. */
    private static void refuse(int status, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        response.sendError(status);
    }

    private static String servletOf(HttpServletRequest request) {
        return request.getHttpServletMapping() == null ? "" : request.getHttpServletMapping().getServletName();
    }

    private static String describe(HttpServletRequest request) {
        return "Request " + request.getAttribute(RequestIdFilter.ATTRIBUTE) + ": the body of POST "
                + request.getRequestURI();
    }

    /** The request as the servlet sees it: the query's and the body's parameters, parsed strictly. */
    private static final class FormRequest extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        FormRequest(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
