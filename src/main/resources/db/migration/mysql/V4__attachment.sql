-- Attachment content, kept once per SHA-2 hash and split into chunks of 1 MiB so that it streams in and out.
CREATE TABLE attachment (
    sha2         VARCHAR(128) NOT NULL PRIMARY KEY,
    content_type TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    length       BIGINT       NOT NULL,
    chunks       INT          NOT NULL,
    created_at   BIGINT       NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

CREATE TABLE attachment_chunk (
    sha2     VARCHAR(128) NOT NULL,
    chunk_no INT          NOT NULL,
    content  LONGBLOB     NOT NULL,
    PRIMARY KEY (sha2, chunk_no),
    CONSTRAINT attachment_chunk_attachment FOREIGN KEY (sha2) REFERENCES attachment (sha2)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
