-- Attachment content, kept once per SHA-2 hash and split into chunks of 1 MiB so that it streams in and out.
CREATE TABLE attachment (
    sha2         VARCHAR(128) NOT NULL PRIMARY KEY,
    content_type TEXT         NOT NULL,
    length       BIGINT       NOT NULL,
    chunks       INTEGER      NOT NULL,
    created_at   BIGINT       NOT NULL
);

CREATE TABLE attachment_chunk (
    sha2     VARCHAR(128) NOT NULL REFERENCES attachment (sha2),
    chunk_no INTEGER      NOT NULL,
    content  BYTEA        NOT NULL,
    PRIMARY KEY (sha2, chunk_no)
);
