package org.bookreviews.domain;

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

/** One reader's review of a book. Immutable once written. */
@Entity
@Table(name = "review")
public class Review {

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

    @Column(name = "reviewer_name", nullable = false, length = 200, updatable = false)
    private String reviewerName;

    @Column(nullable = false, updatable = false)
    private int rating;

    @Column(nullable = false, length = 10000, updatable = false)
    private String body;

    /** UTC. */
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    /** The random id of the form that sent the review: unique, so a form is stored once. */
    @Column(name = "submission_id", nullable = false, length = 32, updatable = false)
    private String submissionId;

    protected Review() {
        // for JPA
    }

    public Review(Book book, String reviewerName, int rating, String body, LocalDateTime createdAt) {
        this(book, reviewerName, rating, body, createdAt, UUID.randomUUID().toString().replace("-", ""));
    }

    public Review(Book book, String reviewerName, int rating, String body, LocalDateTime createdAt, String submissionId) {
        this.submissionId = Objects.requireNonNull(submissionId, "submissionId");
        this.book = Objects.requireNonNull(book, "book");
        this.reviewerName = Objects.requireNonNull(reviewerName, "reviewerName");
        this.rating = checkRating(rating);
        this.body = Objects.requireNonNull(body, "body");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
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

    public String getReviewerName() {
        return reviewerName;
    }

    public int getRating() {
        return rating;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getSubmissionId() {
        return submissionId;
    }
}
