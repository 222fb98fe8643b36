package org.bookreviews.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.jsp.jstl.core.Config;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the language of the pages from the browser's {@code Accept-Language}: the first of the
 * reader's languages the site has (English, German), English otherwise. JSTL's fmt tags take it
 * from the request (messages, numbers, dates); {@code Vary} tells caches the page depends on it.
 */
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Locale language = choose(request.getHeader("Accept-Language") == null
                ? Collections.emptyEnumeration() : request.getLocales());
        Config.set(request, Config.FMT_LOCALE, language);
        request.setAttribute("language", language.getLanguage());
        if (!response.getHeaders("Vary").contains("Accept-Language")) { // once, also on error dispatches
            response.addHeader("Vary", "Accept-Language");
        }
        chain.doFilter(request, response);
    }

    /** The first of the preferred locales (best first) whose language the site has; else English. */
    static Locale choose(Enumeration<Locale> preferred) {
        while (preferred.hasMoreElements()) {
            String wanted = preferred.nextElement().getLanguage();
            for (Locale language : LANGUAGES) {
                if (language.getLanguage().equals(wanted)) {
                    return language;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
