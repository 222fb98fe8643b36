package org.bookreviews.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;

/**
 * Caching of the static files, which never change under a given address: Bootstrap's address has
 * its version in it (WebJars), the application's own files are linked with {@code ?v=} and a
 * hash of their content (the context attribute {@value #VERSION_ATTRIBUTE}, computed at start).
 * Those get {@code max-age} of a year and {@code immutable}, when the answer is the whole file
 * (200, or 304 for a browser's revalidation): a browser asks again only after a new release changed the
 * address. Anything else (an old or missing {@code v}) is revalidated every time, by the ETag and
 * Last-Modified the default servlet sends; an error (404 for a file that does not exist, 412, 416
 * for a bad range) is never stored: behind a CDN, a cached 404 of the next release's address would
 * outlive the release.
 */
public class StaticCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String VERSION_ATTRIBUTE = "staticVersion";
    private static final String FOREVER = "public, max-age=31536000, immutable";

    private String version;

    @Override
    public void init() {
        version = versionOf(getServletContext());
        getServletContext().setAttribute(VERSION_ATTRIBUTE, version);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean versioned = request.getServletPath().startsWith("/webjars/")
                || version.equals(request.getParameter("v"));
        response.setHeader("Cache-Control", versioned ? FOREVER : "no-cache");
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            // The header is set when the status is known: the default servlet sends the file, or
            // an error (sendError, or setStatus for 412 and 416).
            @Override
            public void setStatus(int status) {
                super.setStatus(status);
                cacheFor(status);
            }

            @Override
            public void sendError(int status) throws IOException {
                cacheFor(status);
                super.sendError(status);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                cacheFor(status);
                super.sendError(status, message);
            }

            private void cacheFor(int status) {
                if (status >= 400) {
                    setHeader("Cache-Control", "no-store");
                } else if (status != SC_OK && status != SC_NOT_MODIFIED) {
                    setHeader("Cache-Control", "no-cache"); // a part of the file (206): not for a year
                } else {
                    setHeader("Cache-Control", versioned ? FOREVER : "no-cache");
                }
            }
        });
    }

    /** 10 characters of a SHA-256 over every file under /static/, in name order. */
    static String versionOf(ServletContext context) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            Set<String> files = new TreeSet<>();
            collect(context, "/static/", files);
            for (String file : files) {
                sha256.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = context.getResourceAsStream(file)) {
                    sha256.update(in.readAllBytes());
                }
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest()).substring(0, 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void collect(ServletContext context, String folder, Set<String> files) {
        Set<String> paths = context.getResourcePaths(folder);
        if (paths != null) {
            for (String path : paths) {
                if (path.endsWith("/")) {
                    collect(context, path, files);
                } else {
                    files.add(path);
                }
            }
        }
    }
}
