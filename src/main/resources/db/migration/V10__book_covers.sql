-- BookReviews schema, version 10: a cover picture a librarian uploaded, as the site re-encoded it
-- (JPEG, at most 400 x 600): never the bytes as sent. A book without one shows a cover generated
-- from its title, author and ISBN.

CREATE TABLE book_cover (
    book_id    BIGINT       NOT NULL PRIMARY KEY CONSTRAINT book_cover_book_fk REFERENCES book (id) ON DELETE CASCADE,
    image      BLOB(4M)     NOT NULL,
    -- SHA-256 of the image, base64url: the HTTP entity tag.
    etag       VARCHAR(64)  NOT NULL,
    updated_at TIMESTAMP    NOT NULL
);

-- Moves on with every uploaded cover: part of the cover's address, so pages link to the newest
-- picture and browsers may keep each one for good.
ALTER TABLE book ADD COLUMN cover_version INTEGER NOT NULL DEFAULT 0;
