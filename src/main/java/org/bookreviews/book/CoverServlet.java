package org.bookreviews.book;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bookreviews.http.PageServlet;
import org.bookreviews.http.Problem;
import org.bookreviews.rendering.PageCache;
import org.bookreviews.security.FormPostGuard;
import org.bookreviews.security.Role;
import org.bookreviews.security.SignedInReader;

/**
 * {@code GET /covers/{bookId}}: the book's cover, an uploaded picture (JPEG) or one generated from
 * the book (SVG), each with its fixed type, an entity tag, and a policy under which an SVG opened
 * on its own runs nothing. {@code POST /covers/{bookId}} (librarians; multipart, field
 * {@value #FILE}): a new picture, checked and re-encoded ({@link CoverImage}), then 303 to the book.
 */
public class CoverServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public static final String FILE = "cover";
    public static final int MAX_REQUEST_BYTES = CoverImage.MAX_BYTES + 64 * 1024;
    private static final Pattern PATH = Pattern.compile("/([1-9][0-9]{0,17})");

    private final transient Covers covers;
    private final transient PageCache pages;
    private final transient FormPostGuard formPosts;

    public CoverServlet(Covers covers, PageCache pages, FormPostGuard formPosts) {
        this.covers = covers;
        this.pages = pages;
        this.formPosts = formPosts;
    }

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        return "GET, HEAD, POST, OPTIONS";
    }

    private static Optional<Long> bookId(HttpServletRequest request) {
        Matcher m = request.getPathInfo() == null ? null : PATH.matcher(request.getPathInfo());
        return m != null && m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Covers.Cover> cover = bookId(request).flatMap(covers::of);
        if (cover.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("ETag", cover.get().etag());
        // The pages link to /covers/{id}?v={the book's cover version}: a new picture or title is a
        // new address, so a versioned cover is kept for good; the bare address is asked again.
        response.setHeader("Cache-Control", request.getParameter("v") != null
                ? "public, max-age=31536000, immutable" : "public, no-cache");
        // An SVG opened on its own is a document: it may draw, never run or fetch anything.
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        if (cover.get().etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(cover.get().contentType());
        response.setContentLength(cover.get().bytes().length);
        response.getOutputStream().write(cover.get().bytes());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Long> bookId = bookId(request);
        if (bookId.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<UploadedFile> upload = upload(formPosts, Role.LIBRARIAN, new BookPath(bookId.get(), BookPath.Target.EDIT).url(),
                FILE, CoverImage.MAX_BYTES, new Problem("cover.tooLarge", CoverImage.MAX_BYTES / (1024 * 1024)), request, response);
        if (upload.isEmpty()) {
            return;
        }
        if (upload.get().isEmpty()) {
            new Problem("cover.missing").sendAsBadRequest(request, response);
            return;
        }
        byte[] jpeg;
        try {
            jpeg = CoverImage.reencode(upload.get().bytes());
        } catch (CoverImage.Refused refused) {
            refused.problem().sendAsBadRequest(request, response);
            return;
        }
        if (!covers.save(bookId.get(), jpeg, SignedInReader.of(request).orElseThrow().username())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        pages.everythingChanged(); // the book page and the catalogue link to the new version
        seeOther(BookPath.bookUrl(bookId.get()), request, response);
    }
}
