package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A reader's browser, as far as the tests need one: keeps cookies, never follows redirects (the
 * tests check them), and parses pages with jsoup.
 */
final class Site {

    private final URI base;
    private final HttpClient http;

    Site(URL deploymentUrl) {
        this.base = URI.create(deploymentUrl.toString().endsWith("/") ? deploymentUrl.toString() : deploymentUrl + "/");
        this.http = HttpClient.newBuilder()
                // As browsers speak to a plain-http site (they never upgrade it to HTTP/2).
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The context path, e.g. {@code /bookreviews}. */
    String contextPath() {
        String path = base.getPath();
        return path.substring(0, path.length() - 1);
    }

    /** A path relative to the application ("/books/1"), or one taken from a page's links ("/bookreviews/books/1"). */
    URI uri(String path) {
        if (path.startsWith(contextPath() + "/")) {
            return base.resolve(path);
        }
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET from a browser whose languages are {@code acceptLanguage}, e.g. "de-DE,de;q=0.9,en;q=0.8". */
    Page getIn(String acceptLanguage, String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", acceptLanguage).GET());
    }

    Page send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** A form POST with extra request headers, given as name, value, name, value... */
    Page postWithHeaders(String path, Map<String, String> form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(form), StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** This site's origin as a browser names it, e.g. http://localhost:18080. */
    String origin() {
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }

    Page post(String path, Map<String, String> form) {
        return send("POST", path, "application/x-www-form-urlencoded", urlEncoded(form).getBytes(StandardCharsets.UTF_8));
    }

    /** Opens the book page and submits its review form as a browser would: the hidden fields, the CSRF cookie. */
    Page writeReview(long bookId, String name, String rating, String body) {
        return writeReviewIn("en", bookId, name, rating, body);
    }

    /** {@link #writeReview} from a browser whose languages are {@code acceptLanguage}. */
    Page writeReviewIn(String acceptLanguage, long bookId, String name, String rating, String body) {
        Page bookPage = getIn(acceptLanguage, "/books/" + bookId);
        assertEquals(200, bookPage.status(), "book page " + bookId);
        byte[] encoded = urlEncoded(reviewForm(bookPage, name, rating, body)).getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri(bookPage.html().selectFirst("form[method=post]").attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", acceptLanguage)
                .POST(HttpRequest.BodyPublishers.ofByteArray(encoded)));
    }

    /**
     * The review form of a book page as a browser fills it in: its hidden fields (the reader's
     * CSRF token, the form's id) and the given name, rating and text. The tests' one form builder.
     */
    static Map<String, String> reviewForm(Page bookPage, String name, String rating, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf_token", bookPage.csrfToken());
        form.put("submission_id", bookPage.html().selectFirst("input[name=submission_id]").val());
        form.put("reviewer_name", name);
        form.put("rating", rating);
        form.put("body", body);
        return form;
    }

    static String urlEncoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response);
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A response, with its body parsed as HTML on demand. */
    record Page(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        Document html() {
            return Jsoup.parse(body(), response.uri().toString());
        }

        String csrfToken() {
            String token = html().select("form input[name=csrf_token]").attr("value");
            assertFalse(token.isEmpty(), "page has no CSRF token");
            return token;
        }
    }
}
