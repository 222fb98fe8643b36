package org.bookreviews.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bookreviews.http.Problem;

/**
 * A catalogue file as a librarian uploads it: CSV (RFC 4180), UTF-8 with or without a byte order
 * mark, its first line naming the columns. Either our own columns ({@code title, author, isbn,
 * published_year, description}, the last two optional) or a Goodreads library export as Goodreads
 * writes it (Title, Author, ISBN13 or else ISBN, each written as {@code ="..."}, Year Published
 * or else Original Publication Year). Parsed by Apache Commons CSV; each row keeps the line it
 * starts on, for the report.
 */
public final class CatalogueFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;

    public enum Format {
        CSV, GOODREADS;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One row's cells as written (a Goodreads ISBN without its {@code ="..."}); {@code line}: where it starts. */
    public record Row(int line, String title, String author, String isbn, String publishedYear, String description) {
    }

    public record Parsed(Format format, List<Row> rows) {
    }

    /** The file as a whole is no catalogue: why, for the page. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.key());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private CatalogueFile() {
    }

    public static Parsed parse(byte[] bytes) throws Refused {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(new Problem("import.notText"));
        }
        if (text.isBlank()) {
            throw new Refused(new Problem("import.empty"));
        }
        if (text.indexOf('\0') >= 0) {
            throw new Refused(new Problem("import.notText"));
        }
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new Refused(new Problem("import.empty"));
            }
            Map<String, Integer> columns = columns(records.next());
            Format kind = formatOf(columns)
                    .orElseThrow(() -> new Refused(new Problem("import.columns")));
            List<Row> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (rows.size() == MAX_ROWS) {
                    throw new Refused(new Problem("import.tooManyRows", MAX_ROWS));
                }
                int line = lineOf(lineStarts, record.getCharacterPosition());
                rows.add(kind == Format.GOODREADS ? goodreadsRow(line, record, columns) : csvRow(line, record, columns));
            }
            return new Parsed(kind, rows);
        } catch (UncheckedIOException | IllegalStateException malformed) {
            // Commons CSV reports a quote left open or text after a closing quote this way.
            throw new Refused(new Problem("import.malformed", Problem.quoted(String.valueOf(malformed.getMessage()))));
        } catch (IOException e) {
            throw new Refused(new Problem("import.malformed", Problem.quoted(String.valueOf(e.getMessage()))));
        }
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    private static Optional<Format> formatOf(Map<String, Integer> columns) {
        if (columns.keySet().containsAll(List.of("title", "author", "isbn13", "year published"))) {
            return Optional.of(Format.GOODREADS);
        }
        if (columns.keySet().containsAll(List.of("title", "author", "isbn"))) {
            return Optional.of(Format.CSV);
        }
        return Optional.empty();
    }

    private static Row csvRow(int line, CSVRecord record, Map<String, Integer> columns) {
        return new Row(line, cell(record, columns, "title"), cell(record, columns, "author"), cell(record, columns, "isbn"),
                cell(record, columns, "published_year"), cell(record, columns, "description"));
    }

    private static Row goodreadsRow(int line, CSVRecord record, Map<String, Integer> columns) {
        String isbn = unformula(cell(record, columns, "isbn13"));
        if (isbn.isEmpty()) {
            isbn = unformula(cell(record, columns, "isbn"));
        }
        String year = cell(record, columns, "year published");
        if (year.isEmpty()) {
            year = cell(record, columns, "original publication year");
        }
        return new Row(line, cell(record, columns, "title"), cell(record, columns, "author"), isbn, year, "");
    }

    /** Goodreads writes ISBNs as spreadsheet formulas, {@code ="9780441172719"}, so no spreadsheet drops their zeros. */
    static String unformula(String cell) {
        String value = cell.strip();
        if (value.startsWith("=\"") && value.endsWith("\"") && value.length() >= 3) {
            return value.substring(2, value.length() - 1).strip();
        }
        return value;
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= record.size() ? "" : record.get(index);
    }

    /** The offsets at which each line starts (line 1 at 0). */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The line (from 1) the character at {@code position} is on. */
    private static int lineOf(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
