package org.bookreviews.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.jsp.jstl.core.Config;
import jakarta.servlet.jsp.jstl.fmt.LocalizationContext;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.bookreviews.rendering.Views;
import org.bookreviews.security.Cookies;

/**
 * Chooses the language of the pages: the one the reader picked with the switch in the footer
 * (the cookie {@value #COOKIE}, set by {@link LanguageServlet}), else from the browser's
 * {@code Accept-Language}: the first of the reader's languages the site has (English, German),
 * English otherwise. It also gives the pages their own address ({@code here}), for the switch's
 * way back. JSTL's fmt tags take it
 * from the request (messages, numbers, dates); {@code Vary} tells caches the page depends on it.
 */
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);
    /** The reader's own choice of language. */
    static final String COOKIE = "bookreviews_lang";
    /** The bundles' base name (web.xml's localizationContext parameter: messages_en, messages_de). */
    private static final String BUNDLES = "messages";

    /**
     * Each language's bundle, looked up once: handed to JSTL per request, so fmt:message does not
     * resolve the bundle again for every text of the page (it does when given only the base name).
     */
    private final Map<Locale, LocalizationContext> bundles = new HashMap<>();

    @Override
    public void init() {
        for (Locale language : LANGUAGES) {
            bundles.put(language, new LocalizationContext(
                    ResourceBundle.getBundle(BUNDLES, language, getServletContext().getClassLoader()), language));
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Locale picked = picked(Cookies.value(request, COOKIE));
        Locale language = picked != null ? picked : choose(request.getHeader("Accept-Language") == null
                ? Collections.emptyEnumeration() : request.getLocales());
        if (request.getAttribute("here") == null) { // the first dispatch: the address the reader asked for
            String query = request.getQueryString();
            request.setAttribute("here", request.getRequestURI().substring(request.getContextPath().length())
                    + (query == null ? "" : "?" + query));
        }
        Config.set(request, Config.FMT_LOCALE, language);
        Config.set(request, Config.FMT_LOCALIZATION_CONTEXT, bundles.get(language));
        request.setAttribute(Views.LANGUAGE, language.getLanguage());
        if (!response.getHeaders("Vary").contains("Accept-Language")) { // once, also on error dispatches
            response.addHeader("Vary", "Accept-Language");
        }
        chain.doFilter(request, response);
    }

    /** The language a value names ("en", "de"), if the site has it; else null. */
    static Locale picked(String value) {
        for (Locale language : LANGUAGES) {
            if (language.getLanguage().equals(value)) {
                return language;
            }
        }
        return null;
    }

    /** The first of the preferred locales (best first) whose language the site has; else English. */
    static Locale choose(Enumeration<Locale> preferred) {
        while (preferred.hasMoreElements()) {
            Locale language = picked(preferred.nextElement().getLanguage());
            if (language != null) {
                return language;
            }
        }
        return Locale.ENGLISH;
    }
}
