-- API clients: HTTP Basic credentials of learning tools, with their xAPI scopes.
-- The user name is VARBINARY holding UTF-8 (up to 191 characters of 4 bytes), so that it compares exactly, trailing
-- spaces included, as on SQLite and PostgreSQL.
CREATE TABLE client (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARBINARY(764) NOT NULL,
    secret_digest VARCHAR(255)   NOT NULL,
    scopes        VARCHAR(1000)  NOT NULL,
    authority     TEXT           NOT NULL,
    created_at    BIGINT         NOT NULL,
    CONSTRAINT client_username_key UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
