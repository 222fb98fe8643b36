-- BookReviews schema, version 2: how many reviews gave each rating (the book page's rating
-- distribution), kept exact like review_count by the transaction that inserts a review, and
-- checked against it by the database itself.

ALTER TABLE book ADD COLUMN rating_1_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE book ADD COLUMN rating_2_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE book ADD COLUMN rating_3_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE book ADD COLUMN rating_4_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE book ADD COLUMN rating_5_count INTEGER NOT NULL DEFAULT 0;

UPDATE book SET
    rating_1_count = (SELECT COUNT(*) FROM review r WHERE r.book_id = book.id AND r.rating = 1),
    rating_2_count = (SELECT COUNT(*) FROM review r WHERE r.book_id = book.id AND r.rating = 2),
    rating_3_count = (SELECT COUNT(*) FROM review r WHERE r.book_id = book.id AND r.rating = 3),
    rating_4_count = (SELECT COUNT(*) FROM review r WHERE r.book_id = book.id AND r.rating = 4),
    rating_5_count = (SELECT COUNT(*) FROM review r WHERE r.book_id = book.id AND r.rating = 5);

ALTER TABLE book ADD CONSTRAINT book_rating_counts_ck CHECK (
    rating_1_count >= 0 AND rating_2_count >= 0 AND rating_3_count >= 0
    AND rating_4_count >= 0 AND rating_5_count >= 0
    AND rating_1_count + rating_2_count + rating_3_count + rating_4_count + rating_5_count = review_count
    AND rating_1_count + 2 * rating_2_count + 3 * rating_3_count + 4 * rating_4_count + 5 * rating_5_count = rating_total);

-- Serves the reviews of book X sorted by rating (highest or lowest first, newest first within).
CREATE INDEX review_book_rating_ix ON review (book_id, rating, created_at, id);
