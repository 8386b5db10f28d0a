-- API clients: HTTP Basic credentials of learning tools, with their xAPI scopes.
CREATE TABLE client (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(191) NOT NULL,
    secret_digest VARCHAR(255) NOT NULL,
    scopes        VARCHAR(1000) NOT NULL,
    authority     TEXT         NOT NULL,
    created_at    BIGINT       NOT NULL,
    CONSTRAINT client_username_key UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
