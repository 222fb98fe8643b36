package org.bookreviews.app;

import java.util.Map;
import org.bookreviews.book.BookForm;
import org.bookreviews.book.ReviewForm;
import org.bookreviews.moderation.ModerationServlet;
import org.bookreviews.moderation.Reports;
import org.bookreviews.catalogue.CatalogueServlet;
import org.bookreviews.http.NextPath;
import org.bookreviews.http.PageNumber;
import org.bookreviews.http.SortParameter;
import org.bookreviews.reader.AccountRules;
import org.bookreviews.reader.AccountServlet;
import org.bookreviews.reader.PasswordPolicy;
import org.bookreviews.reader.SignInServlet;
import org.bookreviews.reader.SignUpServlet;
import org.bookreviews.security.CsrfTokens;

/**
 * The form field names and limits the pages print, handed to them as the application attributes
 * {@code field} and {@code limit} ({@code ${field.rating}}, {@code ${limit.bodyMax}}): the
 * constants stay defined once, in the classes that read the fields. (Not EL's static field
 * imports: Payara's JSP engine does not resolve them.)
 */
final class ViewNames {

    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("csrfToken", CsrfTokens.FIELD),
            Map.entry("rating", ReviewForm.RATING),
            Map.entry("body", ReviewForm.BODY),
            Map.entry("spoiler", ReviewForm.SPOILER),
            Map.entry("search", CatalogueServlet.SEARCH),
            Map.entry("sort", SortParameter.NAME),
            Map.entry("page", PageNumber.PARAMETER),
            Map.entry("next", NextPath.PARAMETER),
            Map.entry("username", same(SignUpServlet.USERNAME, SignInServlet.USERNAME)),
            Map.entry("displayName", same(SignUpServlet.DISPLAY_NAME, AccountServlet.DISPLAY_NAME)),
            Map.entry("password", same(SignUpServlet.PASSWORD, SignInServlet.PASSWORD, AccountServlet.PASSWORD)),
            Map.entry("remember", SignInServlet.REMEMBER),
            Map.entry("currentPassword", AccountServlet.CURRENT_PASSWORD),
            Map.entry("newPassword", AccountServlet.NEW_PASSWORD),
            Map.entry("title", BookForm.TITLE),
            Map.entry("author", BookForm.AUTHOR),
            Map.entry("isbn", BookForm.ISBN),
            Map.entry("publishedYear", BookForm.PUBLISHED_YEAR),
            Map.entry("description", BookForm.DESCRIPTION),
            Map.entry("reason", ModerationServlet.REASON),
            Map.entry("note", ModerationServlet.NOTE));

    static final Map<String, Integer> LIMITS = Map.ofEntries(
            Map.entry("bodyMax", ReviewForm.BODY_MAX),
            Map.entry("searchMax", CatalogueServlet.SEARCH_MAX),
            Map.entry("usernameMin", AccountRules.USERNAME_MIN),
            Map.entry("usernameMax", AccountRules.USERNAME_MAX),
            Map.entry("displayNameMax", AccountRules.DISPLAY_NAME_MAX),
            Map.entry("passwordMin", PasswordPolicy.MIN_LENGTH),
            Map.entry("passwordMax", PasswordPolicy.MAX_LENGTH),
            Map.entry("titleMax", BookForm.TITLE_MAX),
            Map.entry("authorMax", BookForm.AUTHOR_MAX),
            Map.entry("descriptionMax", BookForm.DESCRIPTION_MAX),
            Map.entry("reportNoteMax", Reports.NOTE_MAX),
            Map.entry("hideReasonMax", ModerationServlet.HIDE_REASON_MAX));

    private ViewNames() {
    }

    /** One page field read by several servlets: they must agree on its name. */
    private static String same(String name, String... others) {
        for (String other : others) {
            if (!other.equals(name)) {
                throw new IllegalStateException("field names differ: " + name + ", " + other);
            }
        }
        return name;
    }
}
