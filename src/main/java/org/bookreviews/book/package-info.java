/**
 * A book and its reviews: the entities, the book page with its paged and sorted reviews, the
 * review form, and writing a review (figures and review places kept in the same transaction).
 */
package org.bookreviews.book;
