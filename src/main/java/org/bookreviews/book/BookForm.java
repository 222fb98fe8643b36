package org.bookreviews.book;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bookreviews.http.FormText;
import org.bookreviews.http.Problem;

/**
 * The librarians' book form as sent: every field kept as typed (so a refused form comes back
 * whole), checked against the schema's limits, the ISBN's check digit and the years books have
 * been printed in.
 */
public final class BookForm {

    public static final String TITLE = "title";
    public static final String AUTHOR = "author";
    public static final String ISBN = "isbn";
    public static final String PUBLISHED_YEAR = "published_year";
    public static final String DESCRIPTION = "description";
    /** The schema's lengths (UTF-16 units: an emoji counts twice). */
    public static final int TITLE_MAX = 300;
    public static final int AUTHOR_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    /** Gutenberg's Bible: the first printed book with a year. */
    public static final int FIRST_YEAR = 1450;

    /** What a valid form describes: the ISBN as its 13 digits. */
    public record Details(String title, String author, String isbn, Integer publishedYear, String description) {

        public static Details of(Book book) {
            return new Details(book.getTitle(), book.getAuthor(), book.getIsbn(), book.getPublishedYear(),
                    book.getDescription());
        }

        /** For the audit log's before and after. */
        public String describe() {
            return "title: " + title + "\nauthor: " + author + "\nisbn: " + isbn + "\npublished_year: "
                    + (publishedYear == null ? "" : publishedYear) + "\ndescription: " + description;
        }
    }

    private final String title;
    private final String author;
    private final String isbn;
    private final String publishedYear;
    private final String description;
    private final Map<String, Problem> errors = new LinkedHashMap<>();

    private BookForm(String title, String author, String isbn, String publishedYear, String description) {
        this.title = title;
        this.author = author;
        this.isbn = isbn;
        this.publishedYear = publishedYear;
        this.description = description;
    }

    public static BookForm empty() {
        return new BookForm("", "", "", "", "");
    }

    public static BookForm of(Book book) {
        return new BookForm(book.getTitle(), book.getAuthor(), book.getIsbn(),
                book.getPublishedYear() == null ? "" : String.valueOf(book.getPublishedYear()), book.getDescription());
    }

    /** A form with these fields, as typed. */
    public static BookForm of(String title, String author, String isbn, String publishedYear, String description) {
        return new BookForm(title, author, isbn, publishedYear, description);
    }

    public static BookForm from(HttpServletRequest request) {
        return new BookForm(value(request, TITLE), value(request, AUTHOR), value(request, ISBN),
                value(request, PUBLISHED_YEAR), value(request, DESCRIPTION));
    }

    /** The details, when every field is right; otherwise empty, with {@link #getErrors()} saying what is wrong. */
    public Optional<Details> validate(Year thisYear) {
        errors.clear();
        String cleanTitle = line(TITLE, title, TITLE_MAX);
        String cleanAuthor = line(AUTHOR, author, AUTHOR_MAX);
        Optional<String> isbn13 = Optional.empty();
        if (isbn.isBlank()) {
            errors.put(ISBN, new Problem("book.isbn.required"));
        } else {
            isbn13 = Isbn.toIsbn13(isbn);
            if (isbn13.isEmpty()) {
                errors.put(ISBN, new Problem("book.isbn.invalid", Problem.quoted(isbn.strip())));
            }
        }
        Integer year = null;
        if (!publishedYear.isBlank()) {
            int latest = thisYear.getValue() + 1;
            String digits = publishedYear.strip();
            if (!digits.matches("[0-9]{1,4}")
                    || Integer.parseInt(digits) < FIRST_YEAR || Integer.parseInt(digits) > latest) {
                errors.put(PUBLISHED_YEAR, new Problem("book.year.invalid", FIRST_YEAR, latest));
            } else {
                year = Integer.parseInt(digits);
            }
        }
        String text = description.strip();
        if (text.length() > DESCRIPTION_MAX) {
            errors.put(DESCRIPTION, new Problem("book.description.tooLong", DESCRIPTION_MAX, text.length()));
        } else if (FormText.hasControlCharactersBesideLineBreaks(text)) {
            errors.put(DESCRIPTION, new Problem("invalid.body.characters"));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Details(cleanTitle, cleanAuthor, isbn13.orElseThrow(), year, text.replace("\r\n", "\n")));
    }

    /** A one-line field: required, at most {@code max} units, no control characters; stripped. */
    private String line(String name, String value, int max) {
        String text = value.strip();
        if (text.isEmpty()) {
            errors.put(name, new Problem("book." + name + ".required"));
        } else if (text.length() > max) {
            errors.put(name, new Problem("book.tooLong", max, text.length()));
        } else if (FormText.hasControlCharacters(text)) {
            errors.put(name, new Problem("book.characters"));
        }
        return text;
    }

    /** The ISBN field is wrong because another book has this ISBN (that book's id, for the link to it). */
    public void duplicateIsbn() {
        errors.put(ISBN, new Problem("book.isbn.duplicate"));
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public String getIsbn() {
        return isbn;
    }

    public String getPublishedYear() {
        return publishedYear;
    }

    public String getDescription() {
        return description;
    }

    public Map<String, Problem> getErrors() {
        return errors;
    }
}
