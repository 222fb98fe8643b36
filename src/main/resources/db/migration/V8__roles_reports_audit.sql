-- BookReviews schema, version 8: the site is run from the browser. Readers may have roles
-- (librarian, moderator, admin); readers report reviews and moderators hide them; an audit log
-- records who changed what.

CREATE TABLE reader_role (
    reader_id BIGINT      NOT NULL CONSTRAINT reader_role_reader_fk REFERENCES reader (id) ON DELETE CASCADE,
    role      VARCHAR(20) NOT NULL CONSTRAINT reader_role_ck CHECK (role IN ('librarian', 'moderator', 'admin')),
    PRIMARY KEY (reader_id, role)
);

-- A hidden review keeps its row (its author still sees it) but leaves its book's figures and
-- review places: it gets places above every visible one (org.bookreviews.book.ReviewService),
-- so pages of reviews stay ranges of places.
ALTER TABLE review ADD COLUMN hidden_reason VARCHAR(1000);
ALTER TABLE review ADD COLUMN hidden_at TIMESTAMP;

-- One report per reader per review; open until a moderator hides the review or dismisses them.
CREATE TABLE review_report (
    id         BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    review_id  BIGINT        NOT NULL CONSTRAINT review_report_review_fk REFERENCES review (id) ON DELETE CASCADE,
    reader_id  BIGINT        NOT NULL CONSTRAINT review_report_reader_fk REFERENCES reader (id) ON DELETE CASCADE,
    reason     VARCHAR(20)   NOT NULL CONSTRAINT review_report_reason_ck
                             CHECK (reason IN ('spam', 'offensive', 'spoiler', 'off-topic', 'other')),
    note       VARCHAR(1000) NOT NULL DEFAULT '',
    is_open    SMALLINT      NOT NULL DEFAULT 1 CONSTRAINT review_report_open_ck CHECK (is_open IN (0, 1)),
    created_at TIMESTAMP     NOT NULL,
    CONSTRAINT review_report_once_uq UNIQUE (review_id, reader_id)
);
CREATE INDEX review_report_open_ix ON review_report (is_open, review_id);

-- Who did what, when: role changes, book edits and imports, hidden and restored reviews.
-- The actor is kept by username (not a foreign key): the record outlives a deleted account.
CREATE TABLE audit_event (
    id           BIGINT         GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    happened_at  TIMESTAMP      NOT NULL,
    actor        VARCHAR(30)    NOT NULL,
    action       VARCHAR(30)    NOT NULL,
    subject      VARCHAR(400)   NOT NULL,
    before_value VARCHAR(10000),
    after_value  VARCHAR(10000)
);
CREATE INDEX audit_event_newest_ix ON audit_event (id DESC);
