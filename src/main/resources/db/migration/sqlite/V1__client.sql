-- API clients: HTTP Basic credentials of learning tools, with their xAPI scopes.
CREATE TABLE client (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT    NOT NULL UNIQUE,
    secret_digest TEXT    NOT NULL,
    scopes        TEXT    NOT NULL,
    authority     TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL
);
