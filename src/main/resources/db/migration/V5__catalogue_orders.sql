-- BookReviews schema, version 5: the catalogue's page 1 costs the same with 100,000 books as with
-- 200. Each order the reader can choose is served by an index in that very order (Derby reads the
-- first 20 entries and stops), and the number of books is kept in a row of its own rather than
-- counted per request.

-- The orders' keys as columns the database computes (generated columns can be indexed).
ALTER TABLE book ADD COLUMN rating_average DOUBLE
    GENERATED ALWAYS AS (CASE WHEN review_count = 0 THEN 0 ELSE rating_total * 1.0 / review_count END);
ALTER TABLE book ADD COLUMN published_order INTEGER GENERATED ALWAYS AS (COALESCE(published_year, 0));

CREATE INDEX book_rating_ix ON book (rating_average DESC, review_count DESC, title, id);
CREATE INDEX book_reviews_ix ON book (review_count DESC, title, id);
CREATE INDEX book_newest_ix ON book (published_order DESC, title, id);

-- How many books there are, kept by triggers whoever inserts or deletes them (the application,
-- a bulk load, SQL by hand); books are added rarely, so the one row is no point of contention.
CREATE TABLE catalogue (
    id         SMALLINT NOT NULL PRIMARY KEY CONSTRAINT catalogue_one_row_ck CHECK (id = 1),
    book_count INTEGER  NOT NULL CONSTRAINT catalogue_book_count_ck CHECK (book_count >= 0)
);
INSERT INTO catalogue (id, book_count) SELECT 1, COUNT(*) FROM book;

CREATE TRIGGER book_added AFTER INSERT ON book REFERENCING NEW_TABLE AS added
    FOR EACH STATEMENT UPDATE catalogue SET book_count = book_count + (SELECT COUNT(*) FROM added);
CREATE TRIGGER book_removed AFTER DELETE ON book REFERENCING OLD_TABLE AS removed
    FOR EACH STATEMENT UPDATE catalogue SET book_count = book_count - (SELECT COUNT(*) FROM removed);
