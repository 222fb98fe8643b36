package org.bookreviews.book;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A book in the catalogue, with its rating figures kept alongside it: {@link #addReview} runs in
 * the same transaction as the insert of the review, with the book row locked.
 */
@Entity
@Table(name = "book")
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 200)
    private String author;

    @Column(nullable = false, unique = true, length = 17)
    private String isbn;

    @Column(name = "published_year")
    private Integer publishedYear;

    @Column(nullable = false, length = 4000)
    private String description;

    /** Moves on with every uploaded cover (set by SQL in {@link Covers}). */
    @Column(name = "cover_version", nullable = false, insertable = false, updatable = false)
    private int coverVersion;

    @Column(name = "review_count", nullable = false)
    private int reviewCount;

    @Column(name = "rating_total", nullable = false)
    private long ratingTotal;

    // How many reviews gave 1, 2, ... 5 stars; the database checks they add up to the two above.
    @Column(name = "rating_1_count", nullable = false)
    private int rating1Count;

    @Column(name = "rating_2_count", nullable = false)
    private int rating2Count;

    @Column(name = "rating_3_count", nullable = false)
    private int rating3Count;

    @Column(name = "rating_4_count", nullable = false)
    private int rating4Count;

    @Column(name = "rating_5_count", nullable = false)
    private int rating5Count;

    // Computed by the database (generated columns, schema version 5) for the catalogue's indexed
    // orders; never written from here.
    @Column(name = "rating_average", insertable = false, updatable = false)
    private Double ratingAverage;

    @Column(name = "published_order", insertable = false, updatable = false)
    private Integer publishedOrder;

    protected Book() {
        // for JPA
    }

    public Book(String title, String author, String isbn, Integer publishedYear, String description) {
        this.title = title;
        this.author = author;
        this.isbn = isbn;
        this.publishedYear = publishedYear;
        this.description = description == null ? "" : description;
    }

    /**
     * Writes a new review of this book: counts its rating into the book's figures and gives it its
     * places in the book's review orders (see {@link Review#getBookPosition()}). Runs in the
     * transaction that inserts the review, with this book's row locked, so the figures and the
     * places stay exact under concurrent writers.
     */
    public Review addReview(NewReview review, LocalDateTime createdAt) {
        int rating = Review.checkRating(review.rating());
        reviewCount++;
        ratingTotal += rating;
        count(rating, 1);
        return new Review(this, reviewCount, getCountOfRating(rating), review, createdAt);
    }

    /** A review of this book changed its rating (in the transaction that changes the row, book locked). */
    void changeRating(int from, int to) {
        ratingTotal += Review.checkRating(to) - Review.checkRating(from);
        count(from, -1);
        count(to, 1);
    }

    /** A review of this book with this rating was deleted (in the transaction that deletes it, book locked). */
    void removeRating(int rating) {
        reviewCount--;
        ratingTotal -= Review.checkRating(rating);
        count(rating, -1);
    }

    /** A hidden review of this book with this rating is shown again (in the transaction that restores it, book locked). */
    void restoreRating(int rating) {
        reviewCount++;
        ratingTotal += Review.checkRating(rating);
        count(rating, 1);
    }

    /** A librarian's edit (the book's figures are not theirs to change). */
    void describe(String title, String author, String isbn, Integer publishedYear, String description) {
        this.title = title;
        this.author = author;
        this.isbn = isbn;
        this.publishedYear = publishedYear;
        this.description = description;
    }

    private void count(int rating, int change) {
        switch (rating) {
            case 1 -> rating1Count += change;
            case 2 -> rating2Count += change;
            case 3 -> rating3Count += change;
            case 4 -> rating4Count += change;
            default -> rating5Count += change;
        }
    }

    /** How many reviews gave {@code stars} (1-5). */
    public int getCountOfRating(int stars) {
        return switch (stars) {
            case 1 -> rating1Count;
            case 2 -> rating2Count;
            case 3 -> rating3Count;
            case 4 -> rating4Count;
            case 5 -> rating5Count;
            default -> throw new IllegalArgumentException("No rating " + stars);
        };
    }

    /** The mean rating, or {@code null} while the book has no reviews. */
    public Double getAverageRating() {
        return reviewCount == 0 ? null : (double) ratingTotal / reviewCount;
    }

    public Long getId() {
        return id;
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

    public Integer getPublishedYear() {
        return publishedYear;
    }

    public String getDescription() {
        return description;
    }

    public int getReviewCount() {
        return reviewCount;
    }

    public long getRatingTotal() {
        return ratingTotal;
    }

    /**
     * The version in the cover's address ({@code /covers/7?v=...}): the uploaded picture's, and the
     * text a generated cover is drawn from. A new picture or a new title is a new address.
     */
    public String getCoverVersion() {
        return coverVersion + "." + Integer.toHexString(java.util.Objects.hash(title, author, isbn));
    }
}
