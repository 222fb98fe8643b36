package org.bookreviews.book;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One reader's review of a book. Written, edited and deleted only through {@link ReviewService},
 * which keeps the book's figures and the review places in step (all entity columns are read-only
 * to JPA: the service changes rows with SQL inside the transaction that locks the book).
 */
@Entity
@Table(name = "review")
public class Review implements ReviewContent {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // Eager: lazy to-one needs EclipseLink's bytecode weaving, which this build does not do. The
    // book page has the book in its persistence context already, so loading it costs no query.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "book_id", nullable = false, updatable = false)
    private Book book;

    /** The account that wrote it; null for reviews from before accounts (and the demo's, if no reader). */
    @Column(name = "reader_id", updatable = false)
    private Long readerId;

    /** The writer's display name (kept in step with their account). */
    @Column(name = "reviewer_name", nullable = false, length = 200, updatable = false)
    private String reviewerName;

    @Column(nullable = false, updatable = false)
    private int rating;

    @Column(nullable = false, length = 10000, updatable = false)
    private String body;

    /** 1 when the review gives away the story: shown collapsed. */
    @Column(nullable = false, updatable = false)
    private int spoiler;

    /** UTC. */
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    /** UTC; null until the writer first edits it. */
    @Column(name = "updated_at", updatable = false)
    private LocalDateTime updatedAt;

    /** A random id, unique: kept from the time anonymous forms were told apart by it. */
    @Column(name = "submission_id", nullable = false, length = 32, updatable = false)
    private String submissionId;

    /**
     * This review's place among its book's reviews in the order they were written: 1 for the
     * first, the book's review count for the newest. Places are dense (a deletion closes its
     * gap), so page N of "newest first" is the range of places it covers, read from the index
     * (book_id, book_position) at the same cost on page 1 as on page 5,000.
     */
    @Column(name = "book_position", nullable = false, updatable = false)
    private int bookPosition;

    /** The same among the book's reviews with this review's rating: serves the rating orders. */
    @Column(name = "rating_position", nullable = false, updatable = false)
    private int ratingPosition;

    /** Why a moderator hid the review (shown to its author); null while it is visible. */
    @Column(name = "hidden_reason", length = 1000, updatable = false)
    private String hiddenReason;

    /** UTC; null while the review is visible. */
    @Column(name = "hidden_at", updatable = false)
    private LocalDateTime hiddenAt;

    protected Review() {
        // for JPA
    }

    /** Made by {@link Book#addReview}, which keeps the places and the book's figures in step. */
    Review(Book book, int bookPosition, int ratingPosition, NewReview review, LocalDateTime createdAt) {
        this.book = Objects.requireNonNull(book, "book");
        this.bookPosition = bookPosition;
        this.ratingPosition = ratingPosition;
        this.readerId = review.readerId();
        this.reviewerName = Objects.requireNonNull(review.reviewerName(), "reviewerName");
        this.rating = checkRating(review.rating());
        this.body = Objects.requireNonNull(review.body(), "body");
        this.spoiler = review.spoiler() ? 1 : 0;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.submissionId = UUID.randomUUID().toString().replace("-", "");
    }

    static int checkRating(int rating) {
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new IllegalArgumentException("rating must be 1-5, was " + rating);
        }
        return rating;
    }

    public Long getId() {
        return id;
    }

    public Book getBook() {
        return book;
    }

    public Long getReaderId() {
        return readerId;
    }

    @Override
    public String getReviewerName() {
        return reviewerName;
    }

    @Override
    public int getRating() {
        return rating;
    }

    @Override
    public String getBody() {
        return body;
    }

    @Override
    public boolean isSpoiler() {
        return spoiler == 1;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public int getBookPosition() {
        return bookPosition;
    }

    public int getRatingPosition() {
        return ratingPosition;
    }

    /** Hidden by a moderator: not on the book page, the reader's public page or in the book's figures. */
    @Override
    public boolean isHidden() {
        return hiddenAt != null;
    }

    @Override
    public String getHiddenReason() {
        return hiddenReason;
    }

    public LocalDateTime getHiddenAt() {
        return hiddenAt;
    }
}
