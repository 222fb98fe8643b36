package org.bookreviews.book;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Year;
import java.util.Optional;
import org.bookreviews.book.BookEditor.Result;
import org.bookreviews.book.BookEditor.Status;
import org.bookreviews.book.BookForm.Details;
import org.bookreviews.http.PageServlet;
import org.bookreviews.rendering.PageCache;
import org.bookreviews.rendering.Views;
import org.bookreviews.security.FormPostGuard;
import org.bookreviews.security.Role;
import org.bookreviews.security.SignedInReader;

/**
 * Librarians add books ({@code GET/POST /books/new}) and edit them ({@code GET/POST
 * /books/{id}/edit}, which {@link BookServlet} hands over here); each POST ends with 303 to the
 * book's page. A refused form comes back whole: 400 with each field's problem, 409 when another
 * book has the ISBN (with a link to it).
 */
public class BookFormServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public static final String NEW = "/books/new";

    private final transient BookEditor editor;
    private final transient BookService books;
    private final transient PageCache pages;
    private final transient FormPostGuard formPosts;
    private final transient Clock clock;

    public BookFormServlet(BookEditor editor, BookService books, PageCache pages, FormPostGuard formPosts, Clock clock) {
        this.editor = editor;
        this.books = books;
        this.pages = pages;
        this.formPosts = formPosts;
        this.clock = clock;
    }

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        return "GET, HEAD, POST, OPTIONS";
    }

    /** The book being edited; 0 on /books/new. */
    private static long bookId(HttpServletRequest request) {
        return NEW.equals(request.getServletPath()) ? 0
                : BookPath.parse(request.getPathInfo()).map(BookPath::bookId).orElse(0L);
    }

    private static String formPath(long bookId) {
        return bookId == 0 ? NEW : new BookPath(bookId, BookPath.Target.EDIT).url();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        long bookId = bookId(request);
        if (withRole(Role.LIBRARIAN, formPath(bookId), request, response).isEmpty()) {
            return;
        }
        if (bookId == 0) {
            show(0, BookForm.empty(), request, response);
            return;
        }
        Optional<Book> book = books.findBook(bookId);
        if (book.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            show(bookId, BookForm.of(book.get()), request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        long bookId = bookId(request);
        Optional<SignedInReader> librarian = postWithRole(formPosts, Role.LIBRARIAN, formPath(bookId), request, response);
        if (librarian.isEmpty()) {
            return;
        }
        BookForm form = BookForm.from(request);
        Optional<Details> details = form.validate(Year.now(clock));
        if (details.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            show(bookId, form, request, response);
            return;
        }
        String username = librarian.get().username();
        Result result = bookId == 0 ? editor.add(details.get(), username) : editor.edit(bookId, details.get(), username);
        switch (result.status()) {
            case NO_SUCH_BOOK -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            case DUPLICATE_ISBN -> {
                form.duplicateIsbn();
                request.setAttribute("duplicateOf", result.bookId());
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                show(bookId, form, request, response);
            }
            default -> {
                if (result.status() != Status.UNCHANGED) {
                    pages.everythingChanged(); // the book page, the catalogue's lists and searches
                }
                seeOther(BookPath.bookUrl(result.bookId()), request, response);
            }
        }
    }

    private void show(long bookId, BookForm form, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("form", form);
        request.setAttribute("bookId", bookId);
        request.setAttribute("formAction", formPath(bookId));
        request.setAttribute("latestYear", Year.now(clock).getValue() + 1);
        response.setHeader("Cache-Control", "private, no-cache");
        Views.render("bookForm", request, response);
    }
}
