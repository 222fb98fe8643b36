-- BookReviews schema, version 9: librarians import catalogues (CSV, Goodreads exports). An
-- import runs in the background in batches; each batch commits its books and the import's
-- counts together, so after a crash the counts say exactly what was stored, and the same file
-- imported again adds only what is missing (books are matched by ISBN).

CREATE TABLE book_import (
    id          BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    librarian   VARCHAR(30)  NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    format      VARCHAR(20)  NOT NULL CONSTRAINT book_import_format_ck CHECK (format IN ('csv', 'goodreads')),
    status      VARCHAR(20)  NOT NULL
                CONSTRAINT book_import_status_ck CHECK (status IN ('running', 'done', 'interrupted', 'failed')),
    row_count   INTEGER      NOT NULL,
    rows_done   INTEGER      NOT NULL DEFAULT 0,
    added       INTEGER      NOT NULL DEFAULT 0,
    updated     INTEGER      NOT NULL DEFAULT 0,
    unchanged   INTEGER      NOT NULL DEFAULT 0,
    rejected    INTEGER      NOT NULL DEFAULT 0,
    started_at  TIMESTAMP    NOT NULL,
    -- Moved on by every batch: a 'running' import that has not moved for a while was stopped.
    updated_at  TIMESTAMP    NOT NULL
);

-- Why a row was not imported: a message key of the pages' bundle and its values.
CREATE TABLE book_import_rejection (
    import_id   BIGINT       NOT NULL CONSTRAINT book_import_rejection_fk REFERENCES book_import (id) ON DELETE CASCADE,
    line_number INTEGER      NOT NULL,
    reason_key  VARCHAR(60)  NOT NULL,
    reason_arg1 VARCHAR(100),
    reason_arg2 VARCHAR(100),
    PRIMARY KEY (import_id, line_number)
);
