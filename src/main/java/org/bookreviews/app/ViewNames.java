package org.bookreviews.app;

import java.util.Map;
import org.bookreviews.book.ReviewForm;
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
            Map.entry("newPassword", AccountServlet.NEW_PASSWORD));

    static final Map<String, Integer> LIMITS = Map.of(
            "bodyMax", ReviewForm.BODY_MAX,
            "searchMax", CatalogueServlet.SEARCH_MAX,
            "usernameMin", AccountRules.USERNAME_MIN,
            "usernameMax", AccountRules.USERNAME_MAX,
            "displayNameMax", AccountRules.DISPLAY_NAME_MAX,
            "passwordMin", PasswordPolicy.MIN_LENGTH,
            "passwordMax", PasswordPolicy.MAX_LENGTH);

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
