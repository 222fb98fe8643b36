package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pages and style sheets travel gzip-compressed to browsers that accept it: kept pages as the
 * application keeps them compressed (RenderedPage; a reader's parts compressed apart), the rest by the connector of
 * webapp-config/tomcat/server.xml (run on the stock Tomcat 11 that uses that file).
 */
@Tag(Needs.STOCK_TOMCAT)
class CompressionIT extends DeployedSite {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void pagesAndStyleSheetsAreCompressedForBrowsersThatAcceptGzip() throws Exception {
        String appCss = site.get("/books/1").html().select("link[rel=stylesheet]").stream().map(l -> l.attr("href"))
                .filter(href -> href.contains("/static/css/app.css")).findFirst().orElseThrow();
        for (String path : new String[] {"/books/1", "/", appCss}) {
            HttpResponse<byte[]> zipped = send(path, "gzip", null);
            HttpResponse<byte[]> plain = send(path, null, null);
            assertEquals(200, zipped.statusCode(), path);
            assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""), path);
            assertTrue(zipped.headers().firstValue("Vary").orElse("").toLowerCase().contains("accept-encoding"), path);
            assertEquals("", plain.headers().firstValue("Content-Encoding").orElse(""), path + " without Accept-Encoding");
            String unzipped = gunzip(zipped.body());
            assertTrue(zipped.body().length * 3 < unzipped.length(), path + ": at least 3 times smaller");
            if (!path.startsWith("/books/")) { // a book page differs per response (token, form id)
                assertEquals(new String(plain.body(), StandardCharsets.UTF_8), unzipped, path);
            } else {
                assertTrue(unzipped.endsWith("</html>\n") || unzipped.strip().endsWith("</html>"), path + ": whole page");
            }
        }
    }

    @Test
    void aVisitorsKeptPageHasAStrongValidatorForEachEncoding() throws Exception {
        for (String path : new String[] {"/books/1", "/"}) {
            String zipped = send(path, "gzip", null).headers().firstValue("ETag").orElseThrow();
            String plain = send(path, null, null).headers().firstValue("ETag").orElseThrow();
            assertFalse(zipped.startsWith("W/") || plain.startsWith("W/"), path + ": strong validators, " + zipped + " " + plain);
            assertNotEquals(zipped, plain, path + ": other bytes, another validator");
            assertEquals(304, send(path, "gzip", zipped).statusCode(), path + " compressed, unchanged");
            assertEquals(304, send(path, null, plain).statusCode(), path + " plain, unchanged");
            HttpResponse<byte[]> other = send(path, null, zipped);
            assertEquals(200, other.statusCode(), path + ": the compressed page's validator is not the plain page's");
            assertEquals("", other.headers().firstValue("Content-Encoding").orElse(""), path);
        }
    }

    @Test
    void aSignedInReadersPageIsCompressedByTheSiteWithAStrongValidatorForEachEncoding() throws Exception {
        site.signUp("Zoë 李 🚀 O'Brien");
        HttpClient reader = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(site.cookies()).build();
        HttpResponse<byte[]> zipped = send(reader, "/books/1", "gzip", null);
        HttpResponse<byte[]> plain = send(reader, "/books/1", null, null);
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("", plain.headers().firstValue("Content-Encoding").orElse(""));
        String page = new String(plain.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("Zoë 李 🚀 O&#039;Brien") && page.contains("id=\"write-review\""), "their parts filled in");
        assertEquals(page, gunzip(zipped.body()), "the same page, with the same parts");
        assertTrue(zipped.body().length * 3 < plain.body().length, zipped.body().length + " of " + plain.body().length + " bytes");
        for (HttpResponse<byte[]> response : List.of(zipped, plain)) {
            String vary = response.headers().firstValue("Vary").orElse("").toLowerCase();
            assertTrue(vary.contains("cookie") && vary.contains("accept-encoding"), vary);
        }
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        String plainTag = plain.headers().firstValue("ETag").orElseThrow();
        assertFalse(zippedTag.startsWith("W/") || plainTag.startsWith("W/"), zippedTag + " " + plainTag);
        assertNotEquals(zippedTag, plainTag);
        assertEquals(304, send(reader, "/books/1", "gzip", zippedTag).statusCode());
        assertEquals(304, send(reader, "/books/1", null, plainTag).statusCode());
        assertEquals(200, send(reader, "/books/1", null, zippedTag).statusCode(), "not the other encoding's validator");
        assertEquals(200, send("/books/1", "gzip", zippedTag).statusCode(), "nor for a visitor");
    }

    private HttpResponse<byte[]> send(String path, String acceptEncoding, String ifNoneMatch) throws Exception {
        return send(http, path, acceptEncoding, ifNoneMatch);
    }

    private HttpResponse<byte[]> send(HttpClient client, String path, String acceptEncoding, String ifNoneMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(site.uri(path)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
