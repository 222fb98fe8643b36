package org.bookreviews.moderation;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bookreviews.book.BookPath;
import org.bookreviews.book.BookService;
import org.bookreviews.book.Review;
import org.bookreviews.book.ReviewService;
import org.bookreviews.book.ReviewService.Moderation;
import org.bookreviews.book.ReviewService.Outcome;
import org.bookreviews.http.FormText;
import org.bookreviews.http.PageServlet;
import org.bookreviews.http.Problem;
import org.bookreviews.rendering.PageCache;
import org.bookreviews.rendering.Views;
import org.bookreviews.security.FormPostGuard;
import org.bookreviews.security.Role;
import org.bookreviews.security.SignedInReader;

/**
 * Reported reviews. Any signed-in reader: {@code GET/POST /reviews/{id}/report} (a reason from
 * {@link Reports#REASONS} and an optional note, once per review). Moderators: {@code GET
 * /moderation} (open reports, most-reported first; recently hidden reviews), {@code POST
 * /reviews/{id}/hide} (with the reason its author will see), {@code /restore}, {@code /dismiss}.
 */
public class ModerationServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    public static final String MODERATION = "/moderation";
    public static final String REASON = "reason";
    public static final String NOTE = "note";
    public static final int HIDE_REASON_MAX = 1000;
    private static final Pattern PATH = Pattern.compile("/([1-9][0-9]{0,17})/(report|hide|restore|dismiss)");

    private final transient Reports reports;
    private final transient ReviewService reviews;
    private final transient BookService books;
    private final transient PageCache pages;
    private final transient FormPostGuard formPosts;

    public ModerationServlet(Reports reports, ReviewService reviews, BookService books, PageCache pages,
                             FormPostGuard formPosts) {
        this.reports = reports;
        this.reviews = reviews;
        this.books = books;
        this.pages = pages;
        this.formPosts = formPosts;
    }

    private record Action(long reviewId, String verb) {
    }

    private static Optional<Action> action(HttpServletRequest request) {
        if (MODERATION.equals(request.getServletPath()) || request.getPathInfo() == null) {
            return Optional.empty();
        }
        Matcher m = PATH.matcher(request.getPathInfo());
        return m.matches() ? Optional.of(new Action(Long.parseLong(m.group(1)), m.group(2))) : Optional.empty();
    }

    @Override
    protected String allowedMethods(HttpServletRequest request) {
        Optional<Action> action = action(request);
        if (action.isEmpty()) {
            return "GET, HEAD, OPTIONS";
        }
        return action.get().verb().equals("report") ? "GET, HEAD, POST, OPTIONS" : "POST, OPTIONS";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (MODERATION.equals(request.getServletPath())) {
            if (request.getPathInfo() != null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else if (withRole(Role.MODERATOR, MODERATION, request, response).isPresent()) {
                showModeration(request, response);
            }
            return;
        }
        Optional<Action> action = action(request);
        if (action.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (!action.get().verb().equals("report")) {
            methodNotAllowed(request, response);
        } else {
            Optional<SignedInReader> reader = SignedInReader.of(request);
            if (reader.isEmpty()) {
                redirectToSignIn(reportPath(action.get().reviewId()), request, response);
            } else {
                showReportForm(action.get().reviewId(), null, request, response);
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Action> action = action(request);
        if (action.isEmpty()) {
            if (MODERATION.equals(request.getServletPath()) && request.getPathInfo() == null) {
                methodNotAllowed(request, response);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        long reviewId = action.get().reviewId();
        if (action.get().verb().equals("report")) {
            Optional<SignedInReader> reader = signedInPost(formPosts, reportPath(reviewId), false, request, response);
            if (reader.isPresent()) {
                report(reviewId, reader.get(), request, response);
            }
            return;
        }
        Optional<SignedInReader> moderator = postWithRole(formPosts, Role.MODERATOR, MODERATION, request, response);
        if (moderator.isEmpty()) {
            return;
        }
        switch (action.get().verb()) {
            case "hide" -> hide(reviewId, moderator.get(), request, response);
            case "restore" -> afterModeration(reviews.restore(reviewId, moderator.get().username()), request, response);
            default -> {
                if (reports.dismiss(reviewId, moderator.get().username())) {
                    seeOther(MODERATION, request, response);
                } else {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
            }
        }
    }

    private void report(long reviewId, SignedInReader reader, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String reason = request.getParameter(REASON);
        String note = request.getParameter(NOTE) == null ? "" : request.getParameter(NOTE).strip();
        Optional<Problem> problem = reason == null || !Reports.REASONS.contains(reason)
                ? Optional.of(new Problem("report.reason.missing"))
                : note.length() > Reports.NOTE_MAX || FormText.hasControlCharactersBesideLineBreaks(note)
                ? Optional.of(new Problem("report.note.invalid", Reports.NOTE_MAX)) : Optional.empty();
        if (problem.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            showReportForm(reviewId, problem.get(), request, response);
            return;
        }
        switch (reports.file(reviewId, reader.id(), reason, note)) {
            case NO_SUCH_REVIEW -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            case OWN_REVIEW -> new Problem("report.own").sendAsBadRequest(request, response);
            case ALREADY_FILED -> {
                request.setAttribute(Problem.ATTRIBUTE, new Problem("report.already"));
                response.sendError(HttpServletResponse.SC_CONFLICT);
            }
            default -> {
                Optional<Review> review = books.review(reviewId);
                seeOther(review.map(r -> new BookPath(r.getBook().getId(), BookPath.Target.REVIEW, reviewId).url()
                        + "?reported=1").orElse("/"), request, response);
            }
        }
    }

    private void hide(long reviewId, SignedInReader moderator, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String reason = request.getParameter(REASON) == null ? "" : request.getParameter(REASON).strip();
        if (reason.isEmpty() || reason.length() > HIDE_REASON_MAX || FormText.hasControlCharactersBesideLineBreaks(reason)) {
            new Problem("hide.reason.invalid", HIDE_REASON_MAX).sendAsBadRequest(request, response);
            return;
        }
        afterModeration(reviews.hide(reviewId, reason, moderator.username()), request, response);
    }

    private void afterModeration(Moderation done, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (done.outcome() == Outcome.NO_SUCH_REVIEW) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (done.outcome() != Outcome.UNCHANGED) {
            // The book's figures changed, and the catalogue's figures with them.
            pages.everythingChanged();
        }
        seeOther(MODERATION, request, response);
    }

    private void showReportForm(long reviewId, Problem problem, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Review> review = books.review(reviewId).filter(r -> !r.isHidden());
        if (review.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute("review", review.get());
        request.setAttribute("book", review.get().getBook());
        request.setAttribute("reasons", Reports.REASONS);
        request.setAttribute("chosenReason", request.getParameter(REASON));
        request.setAttribute("note", request.getParameter(NOTE));
        request.setAttribute("problem", problem);
        response.setHeader("Cache-Control", "private, no-cache");
        Views.render("report", request, response);
    }

    private void showModeration(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("reported", reports.open());
        request.setAttribute("hidden", reports.recentlyHidden());
        response.setHeader("Cache-Control", "private, no-cache");
        Views.render("moderation", request, response);
    }

    private static String reportPath(long reviewId) {
        return "/reviews/" + reviewId + "/report";
    }
}
