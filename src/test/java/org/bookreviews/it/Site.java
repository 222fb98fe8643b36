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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A reader's browser, as far as the tests need one: keeps cookies, never follows redirects (the
 * tests check them), and parses pages with jsoup.
 */
final class Site {

    private final URI base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    /** Sends Origin with every POST and no Fetch Metadata, as Safari before 16.4 does. */
    private final boolean originOnPosts;

    Site(URL deploymentUrl) {
        this(deploymentUrl, null);
    }

    /**
     * A browser on an HTTPS site whose certificate {@code ssl} trusts; it sends Origin with its
     * POSTs and no Fetch Metadata (Safari before 16.4).
     */
    Site(URL httpsUrl, SSLContext ssl) {
        this.base = URI.create(httpsUrl.toString().endsWith("/") ? httpsUrl.toString() : httpsUrl + "/");
        HttpClient.Builder builder = HttpClient.newBuilder()
                // As browsers speak to a plain-http site (they never upgrade it to HTTP/2).
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        if (ssl != null) {
            builder.sslContext(ssl);
        }
        this.http = builder.build();
        this.originOnPosts = ssl != null;
    }

    /** This browser's cookies. */
    CookieManager cookies() {
        return cookies;
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

    /** A form with a file, sent as a browser sends it (multipart/form-data): the fields, then the file. */
    Page postFile(String path, Map<String, String> fields, String fileField, String fileName, String contentType,
                  byte[] content) {
        String boundary = "----BookReviewsTest" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    Page post(String path, Map<String, String> form) {
        return send("POST", path, "application/x-www-form-urlencoded", urlEncoded(form).getBytes(StandardCharsets.UTF_8));
    }

    /** The password every test reader signs up with: long, and not among the guessable ones. */
    static final String PASSWORD = "quiet lanterns drift over 7 harbours";
    private static final AtomicLong READERS = new AtomicLong();

    /** A username no test used before (3-30 letters, digits, dots, hyphens). */
    static String newUsername() {
        return "it-" + Long.toString(System.currentTimeMillis(), 36) + "-" + READERS.incrementAndGet();
    }

    /** Signs up a new reader named {@code displayName} in this browser (now signed in as them); returns the username. */
    String signUp(String displayName) {
        String username = newUsername();
        Page page = signUp(username, displayName, PASSWORD);
        assertEquals(303, page.status(), "sign-up of " + username + ": " + page.body());
        return username;
    }

    /** The sign-up form sent as a browser does (its token, its cookie). */
    Page signUp(String username, String displayName, String password) {
        Page form = get("/signup");
        assertEquals(200, form.status(), "sign-up page");
        return post("/signup", Map.of("csrf_token", form.csrfToken(), "username", username, "display_name", displayName,
                "password", password));
    }

    /** The sign-in form sent as a browser does. */
    Page signIn(String username, String password, boolean remember) {
        Page form = get("/signin");
        Map<String, String> fields = new LinkedHashMap<>(Map.of("csrf_token", form.csrfToken(), "username", username,
                "password", password));
        if (remember) {
            fields.put("remember", "on");
        }
        return post("/signin", fields);
    }

    /** The navbar's sign-out button. */
    Page signOut() {
        return post("/signout", Map.of("csrf_token", get("/").csrfToken()));
    }

    /** A new reader named {@code name} opens the book page and writes a review with its form, as a browser would. */
    Page writeReview(long bookId, String name, String rating, String body) {
        return writeReviewIn("en", bookId, name, rating, body);
    }

    /** {@link #writeReview} from a browser whose languages are {@code acceptLanguage}. */
    Page writeReviewIn(String acceptLanguage, long bookId, String name, String rating, String body) {
        signUp(name);
        return submitReviewIn(acceptLanguage, bookId, rating, body, false);
    }

    /** The signed-in reader of this browser opens the book page and sends its review form. */
    Page submitReview(long bookId, String rating, String body, boolean spoiler) {
        return submitReviewIn("en", bookId, rating, body, spoiler);
    }

    private Page submitReviewIn(String acceptLanguage, long bookId, String rating, String body, boolean spoiler) {
        Page bookPage = getIn(acceptLanguage, "/books/" + bookId);
        assertEquals(200, bookPage.status(), "book page " + bookId);
        if (bookPage.html().selectFirst("form[action$=/reviews]") == null) {
            // Reviewed already: the book page shows the review; its Edit page has the form.
            bookPage = getIn(acceptLanguage, "/books/" + bookId + "/reviews/mine/edit");
            assertEquals(200, bookPage.status(), "edit page of book " + bookId);
        }
        Map<String, String> form = reviewForm(bookPage, rating, body);
        if (spoiler) {
            form.put("spoiler", "on");
        }
        byte[] encoded = urlEncoded(form).getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri(bookPage.html().selectFirst("form[action$=/reviews]").attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", acceptLanguage)
                .POST(HttpRequest.BodyPublishers.ofByteArray(encoded)));
    }

    /**
     * The review form of a book page (a signed-in reader's) as a browser fills it in: its token
     * and the given rating and text. The tests' one form builder.
     */
    static Map<String, String> reviewForm(Page bookPage, String rating, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf_token", bookPage.csrfToken());
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
        HttpRequest built = request.build();
        if (originOnPosts && built.method().equals("POST") && built.headers().firstValue("Origin").isEmpty()) {
            request.setHeader("Origin", origin());
        }
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
