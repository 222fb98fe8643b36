-- BookReviews schema, version 7: a log of the books whose text changed, so that each server's
-- search index (org.bookreviews.catalogue.SearchIndex) learns of a book added, edited or
-- removed on any server, by the application, a bulk load or SQL by hand, before its next search.
-- Statement triggers: a bulk insert of 100,000 books logs them in one statement. The rows are
-- small and only a book's text logs one (not its reviews' figures).

CREATE TABLE book_change (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    book_id BIGINT NOT NULL  -- no foreign key: a removed book is logged too
);

CREATE TRIGGER book_text_added AFTER INSERT ON book REFERENCING NEW_TABLE AS added
    FOR EACH STATEMENT INSERT INTO book_change (book_id) SELECT id FROM added;
CREATE TRIGGER book_text_changed AFTER UPDATE OF title, author, isbn, description ON book
    REFERENCING NEW_TABLE AS changed
    FOR EACH STATEMENT INSERT INTO book_change (book_id) SELECT id FROM changed;
CREATE TRIGGER book_text_removed AFTER DELETE ON book REFERENCING OLD_TABLE AS removed
    FOR EACH STATEMENT INSERT INTO book_change (book_id) SELECT id FROM removed;
