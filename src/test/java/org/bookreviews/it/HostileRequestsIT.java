package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken requests, sent as raw bytes (no HTTP library would send most of them) to
 * every route of the site on Tomcat 11 with the recommended server.xml: each gets the right 4xx,
 * no stack trace and no server banner in the answer, no review row changes, and the site still
 * serves afterwards.
 */
@Tag(Needs.STOCK_TOMCAT)
class HostileRequestsIT extends DeployedSite {

    private static final String CTX = "/bookreviews";
    private static final String FORM = "application/x-www-form-urlencoded";

    record Case(String name, String method, String target, String contentType, String body, String extraHeaders,
                Set<Integer> expected, long declaredLength) {
        Case withHeaders(String headers) {
            return new Case(name, method, target, contentType, body, headers, expected, declaredLength);
        }

        Case withLength(long length) {
            return new Case(name, method, target, contentType, body, extraHeaders, expected, length);
        }

        Case at(String path) {
            return new Case(name, method, path, contentType, body, extraHeaders, expected, declaredLength);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // Wrong methods on every route.
        for (String method : List.of("PUT", "DELETE", "PATCH", "PROPFIND", "BREW")) {
            cases.add(get(method + " on the catalogue", method, "/", 405));
            cases.add(get(method + " on a book", method, "/books/1", 405));
            cases.add(get(method + " on the reviews", method, "/books/1/reviews", 405));
        }
        cases.add(get("TRACE", "TRACE", "/books/1", 405));
        cases.add(get("GET on the reviews", "GET", "/books/1/reviews", 303));
        cases.add(get("POST on the thanks page", "POST", "/books/1/reviews/thanks", 405));
        cases.add(get("POST on health", "POST", "/health", 405));
        // Ids.
        for (String id : List.of("abc", "0", "-1", "007", "1.5", "99999999999999999999", "9223372036854775808",
                "1%00", "1e3", "0x1", "+1")) {
            cases.add(get("book id " + id, "GET", "/books/" + id, 400, 404));
        }
        // Sent as ISO-8859-1 bytes, "１" (a full-width one) is "?": /books/? is the books' folder (301 to /).
        cases.add(get("book id １", "GET", "/books/１", 400, 404, 301));
        // Legal spellings of book 1: a path parameter (which the container removes) and an escaped digit.
        cases.add(get("path parameter", "GET", "/books/1;jsessionid=x", 200));
        cases.add(get("escaped digit", "GET", "/books/%31", 200));
        // Paths.
        cases.add(get("bad escape in path", "GET", "/books/%ZZ", 400));
        cases.add(get("truncated escape in path", "GET", "/books/1%2", 400));
        cases.add(get("encoded slash", "GET", "/books/1%2Freviews", 400, 404));
        cases.add(get("dot segments", "GET", "/books/../WEB-INF/web.xml", 400, 404));
        cases.add(get("encoded dot segments", "GET", "/books/%2e%2e/WEB-INF/web.xml", 400, 404));
        cases.add(get("WEB-INF", "GET", "/WEB-INF/web.xml", 404));
        cases.add(get("a JSP directly", "GET", "/WEB-INF/jsp/book.jsp", 404));
        cases.add(get("the error servlet directly", "GET", "/error", 404));
        cases.add(get("invalid UTF-8 in path", "GET", "/books/%C3%28", 400, 404));
        cases.add(get("overlong path", "GET", "/books/" + "1".repeat(5000), 400, 404));
        cases.add(get("very long path", "GET", "/" + "a/".repeat(6000), 400, 404, 414));
        cases.add(get("NUL in path", "GET", "/books/1%00/reviews/thanks", 400, 404));
        cases.add(get("CRLF in path", "GET", "/books/1%0d%0aSet-Cookie:%20evil=1", 400, 404));
        // Query strings.
        cases.add(get("bad escape in page", "GET", "/?page=%ZZ", 400));
        cases.add(get("invalid UTF-8 in query", "GET", "/?q=%C3%28", 400));
        cases.add(get("NUL in query", "GET", "/?q=a%00b", 400));
        cases.add(get("control character in query", "GET", "/?q=a%07b", 400));
        cases.add(get("page twice", "GET", "/?page=1&page=2", 400));
        cases.add(get("sort twice", "GET", "/books/1?sort=lowest&sort=highest", 400));
        cases.add(get("negative page", "GET", "/?page=-1", 400));
        cases.add(get("zero page", "GET", "/?page=0", 400));
        cases.add(get("overflowing page", "GET", "/books/1?page=99999999999999999999", 400));
        cases.add(get("non-numeric page", "GET", "/books/1?page=two", 400));
        cases.add(get("search too long", "GET", "/?q=" + "x".repeat(300), 400));
        cases.add(get("last page number of a search", "GET", "/?q=python&page=1000000000", 200));
        cases.add(get("last page number of a search by rating", "GET", "/?q=python&sort=rating&page=1000000000", 200));
        cases.add(get("thousands of parameters", "GET", "/?" + manyParameters(2000), 400));
        cases.add(get("overlong query string", "GET", "/?q=" + "y".repeat(20000), 400, 414));
        // Review form bodies.
        String token = "csrf_token=abc&";
        cases.add(post("no content type", null, token + "reviewer_name=A&rating=3&body=B", "", 415));
        cases.add(post("JSON", "application/json", "{\"reviewer_name\":\"A\",\"rating\":3,\"body\":\"B\"}", "", 415));
        cases.add(post("multipart", "multipart/form-data; boundary=X",
                "--X\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nB\r\n--X--\r\n", "", 415));
        cases.add(post("text/plain", "text/plain", "reviewer_name=A&rating=3&body=B", "", 415));
        cases.add(post("XML", "application/xml", "<review/>", "", 415));
        // Signed out, a same-site review form is sent to sign-in (303) before its token is looked at.
        cases.add(post("no token", FORM, "reviewer_name=A&rating=3&body=B", "", 303, 403));
        cases.add(post("forged token", FORM, token + "reviewer_name=A&rating=3&body=B", "", 303, 403));
        cases.add(post("field twice", FORM, token + "rating=3&rating=5&reviewer_name=A&body=B", "", 400));
        cases.add(post("thousands of fields", FORM, token + manyParameters(3000), "", 400));
        cases.add(post("body over 64 KiB", FORM, "body=" + "x".repeat(70_000), "", 413));
        cases.add(post("declared length over the limit", FORM, "body=x", "", 413)
                .withLength(10_000_000));
        cases.add(post("chunked body", FORM, "body=x", "Transfer-Encoding: chunked\r\n", 411, 400));
        cases.add(post("cross-site by Fetch Metadata", FORM, token + "reviewer_name=A&rating=3&body=B",
                "Sec-Fetch-Site: cross-site\r\n", 403));
        cases.add(post("cross-site by Origin", FORM, token + "reviewer_name=A&rating=3&body=B",
                "Origin: https://evil.example\r\n", 403));
        cases.add(post("bad escape in body", FORM, token + "reviewer_name=%ZZ&rating=3&body=B", "", 303, 403, 400));
        cases.add(post("review of a missing book", FORM, token + "reviewer_name=A&rating=3&body=B", "", 303, 403, 404)
                .at("/books/999999999/reviews"));
        // The account routes: wrong methods, wrong content types, repeated fields, forged or no tokens,
        // hostile values; signed out, every signed-in route sends the reader to sign in.
        for (String route : List.of("/signup", "/signin")) {
            cases.add(get("PUT on " + route, "PUT", route, 405));
            cases.add(post("JSON to " + route, "application/json", "{\"username\":\"a\"}", "", 415).at(route));
            cases.add(post("multipart to " + route, "multipart/form-data; boundary=X",
                    "--X\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nB\r\n--X--\r\n", "", 415).at(route));
            cases.add(post("no token to " + route, FORM, "username=abc&password=x", "", 403).at(route));
            cases.add(post("username twice to " + route, FORM, token + "username=abc&username=abd&password=x", "", 400).at(route));
            cases.add(post("cross-site to " + route, FORM, token + "username=abc&password=x",
                    "Sec-Fetch-Site: cross-site\r\n", 403).at(route));
            cases.add(post("overlong fields to " + route, FORM, token + "username=" + "u".repeat(5000) + "&password="
                    + "p".repeat(5000) + "&display_name=" + "d".repeat(5000), "", 403).at(route));
        }
        for (String route : List.of("/signout", "/account/name", "/account/password", "/account/signout-everywhere",
                "/account/delete", "/books/1/reviews/mine/delete")) {
            cases.add(get("GET on " + route, "GET", route, 405));
            cases.add(post("JSON to " + route, "application/json", "{}", "", 415).at(route));
            cases.add(post("cross-site to " + route, FORM, token + "password=x", "Origin: https://evil.example\r\n", 403)
                    .at(route));
            cases.add(post("signed out to " + route, FORM, token + "password=x", "", 303, 403).at(route));
        }
        cases.add(get("the account page signed out", "GET", "/account", 303));
        cases.add(get("the data download signed out", "GET", "/account/reviews.csv", 303));
        cases.add(get("editing a review signed out", "GET", "/books/1/reviews/mine/edit", 303));
        cases.add(get("an unknown reader", "GET", "/readers/nobody-at-all", 404));
        cases.add(get("a reader name with NUL", "GET", "/readers/a%00b", 400, 404));
        cases.add(get("a reader path too deep", "GET", "/readers/tom/secrets", 404));
        cases.add(get("an account path that is none", "GET", "/account/../../etc/passwd", 400, 404));
        // Headers.
        cases.add(get("header with CRLF-looking value", "GET", "/", 200).withHeaders("X-Test: a%0d%0aSet-Cookie: x=1\r\n"));
        cases.add(get("huge header", "GET", "/", 400, 431).withHeaders("X-Big: " + "h".repeat(40_000) + "\r\n"));
        cases.add(get("Host with CRLF injection in query reflected nowhere", "GET", "/?q=%0d%0aLocation:%20x", 400));
        cases.add(get("bad Accept-Language", "GET", "/", 200).withHeaders("Accept-Language: ;;;,,,q=abc,%%%\r\n"));
        cases.add(get("absurd Accept-Language", "GET", "/", 200).withHeaders("Accept-Language: " + "x-".repeat(2000) + "\r\n"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileRequestGetsTheRightRefusal(Case c) throws IOException {
        long reviewsBefore = Rows.reviewCount();
        Object figuresBefore = Rows.rows("SELECT SUM(review_count), SUM(rating_total) FROM book");

        String answer = send(c);

        int status = Integer.parseInt(answer.substring(9, 12));
        assertTrue(c.expected().contains(status), c.name() + ": got " + status + " expected " + c.expected());
        Leaks.assertNone(c.name(), answer);
        assertFalse(answer.contains("\nSet-Cookie: evil") || answer.contains("\nSet-Cookie: x=1"), "no header injected");
        assertEquals(reviewsBefore, Rows.reviewCount(), c.name() + ": no review stored");
        assertEquals(figuresBefore, Rows.rows("SELECT SUM(review_count), SUM(rating_total) FROM book"), "figures unchanged");
        assertEquals(200, site.get("/books/1").status(), "the site still serves after " + c.name());
    }

    /** The whole answer (status line, headers, body) to one raw request on a fresh connection. */
    private String send(Case c) throws IOException {
        byte[] body = c.body() == null ? new byte[0] : c.body().getBytes(StandardCharsets.UTF_8);
        boolean chunked = c.extraHeaders().contains("Transfer-Encoding: chunked");
        StringBuilder head = new StringBuilder()
                .append(c.method()).append(' ').append(CTX).append(c.target()).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(deploymentUrl.getPort()).append("\r\n")
                .append("Connection: close\r\n")
                .append(c.extraHeaders());
        if (c.contentType() != null) {
            head.append("Content-Type: ").append(c.contentType()).append("\r\n");
        }
        byte[] payload = body;
        if (chunked) {
            payload = (Integer.toHexString(body.length) + "\r\n" + new String(body, StandardCharsets.UTF_8) + "\r\n0\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
        } else if (!c.method().equals("GET") || body.length > 0) {
            head.append("Content-Length: ").append(c.declaredLength() >= 0 ? c.declaredLength() : body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket("localhost", deploymentUrl.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(payload);
                out.flush();
            } catch (IOException serverStoppedReading) {
                // e.g. 413: the server answered and closed before the whole body was sent
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (IOException resetAfterAnswer) {
                // the server may reset the connection after answering an unread body
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String manyParameters(int count) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < count; i++) {
            query.append(i == 0 ? "" : "&").append("p").append(i).append("=1");
        }
        return query.toString();
    }

    private static Case get(String name, String method, String target, Integer... expected) {
        return new Case(name, method, target, null, null, "", Set.of(expected), -1);
    }

    private static Case post(String name, String contentType, String body, String headers, Integer... expected) {
        return new Case(name, "POST", "/books/1/reviews", contentType, body, headers, Set.of(expected), -1);
    }
}
