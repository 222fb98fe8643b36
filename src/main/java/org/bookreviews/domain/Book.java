package org.bookreviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A book in the catalogue, with its rating figures kept alongside it: {@link #recordReview}
 * runs in the same transaction as the insert of the review, with the book row locked.
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

    @Column(name = "review_count", nullable = false)
    private int reviewCount;

    @Column(name = "rating_total", nullable = false)
    private long ratingTotal;

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

    /** Counts a new review's rating into this book's figures. */
    public void recordReview(int rating) {
        Review.checkRating(rating);
        reviewCount++;
        ratingTotal += rating;
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
}
