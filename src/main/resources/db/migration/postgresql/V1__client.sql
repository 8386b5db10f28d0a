-- API clients: HTTP Basic credentials of learning tools, with their xAPI scopes.
CREATE TABLE client (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      VARCHAR(255) NOT NULL UNIQUE,
    secret_digest VARCHAR(255) NOT NULL,
    scopes        VARCHAR(1000) NOT NULL,
    authority     TEXT         NOT NULL,
    created_at    BIGINT       NOT NULL
);
