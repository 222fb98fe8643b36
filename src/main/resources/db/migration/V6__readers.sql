-- BookReviews schema, version 6: readers sign in. A reader writes at most one review per book,
-- and may edit or delete it; reviews written before accounts existed keep no reader.

CREATE TABLE reader (
    id            BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- As the reader chose it; unique ignoring case through username_key (its lower case).
    username      VARCHAR(30)  NOT NULL,
    username_key  VARCHAR(30)  NOT NULL CONSTRAINT reader_username_uq UNIQUE,
    display_name  VARCHAR(200) NOT NULL,
    -- PHC string: $argon2id$v=19$m=...,t=...,p=...$salt$hash (parameters kept to raise them later).
    password_hash VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP    NOT NULL
);

-- A username once used is never given to anyone else, even after its account is deleted.
CREATE TABLE retired_username (
    username_key VARCHAR(30) NOT NULL PRIMARY KEY,
    retired_at   TIMESTAMP   NOT NULL
);

-- Signed-in browsers. Only a hash of the token the cookie carries is stored.
CREATE TABLE reader_session (
    token_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    reader_id   BIGINT      NOT NULL CONSTRAINT reader_session_reader_fk REFERENCES reader (id) ON DELETE CASCADE,
    remember    SMALLINT    NOT NULL CONSTRAINT reader_session_remember_ck CHECK (remember IN (0, 1)),
    created_at  TIMESTAMP   NOT NULL,
    expires_at  TIMESTAMP   NOT NULL
);
CREATE INDEX reader_session_expiry_ix ON reader_session (expires_at);

-- What the limits count (failed sign-ins per username and per address, sign-ups per address,
-- reviews per reader): in the database, so they hold across restarts and servers.
CREATE TABLE rate_event (
    id          BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        VARCHAR(30)  NOT NULL,
    subject     VARCHAR(100) NOT NULL,
    happened_at TIMESTAMP    NOT NULL
);
CREATE INDEX rate_event_ix ON rate_event (kind, subject, happened_at);

-- Secrets the servers of one database share (the CSRF signing key), made once by the first.
CREATE TABLE app_secret (
    name  VARCHAR(50)  NOT NULL PRIMARY KEY,
    value VARCHAR(200) NOT NULL
);

ALTER TABLE review ADD COLUMN reader_id BIGINT
    CONSTRAINT review_reader_fk REFERENCES reader (id) ON DELETE CASCADE;
ALTER TABLE review ADD COLUMN spoiler SMALLINT NOT NULL DEFAULT 0 CONSTRAINT review_spoiler_ck CHECK (spoiler IN (0, 1));
ALTER TABLE review ADD COLUMN updated_at TIMESTAMP;
-- One review per reader per book (reviews without a reader are not counted: NULLs are distinct).
ALTER TABLE review ADD CONSTRAINT review_reader_book_uq UNIQUE (reader_id, book_id);
-- A reader's page: their reviews, newest first.
CREATE INDEX review_reader_ix ON review (reader_id, created_at DESC);
