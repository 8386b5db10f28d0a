-- Documents (xAPI 1.0.3 Communication 2.3 State, 2.4 Activity Profile, 2.6 Agent Profile), activities and agents:
-- the tables of the SQLite schema with PostgreSQL types. docs/storage.md explains them.
--
-- Ids, IRIs and keys compare and sort byte by byte (COLLATE "C"), as on SQLite, whatever the database's locale;
-- this also keeps their indexes free of locale rules. Contents are bytea, which PostgreSQL compresses and moves out
-- of line (TOAST) by itself when they are large. Times are epoch milliseconds as on every vendor.
CREATE TABLE state_document (
    activity_id   TEXT COLLATE "C" NOT NULL,
    agent_key     TEXT COLLATE "C" NOT NULL,
    registration  TEXT COLLATE "C" NOT NULL,
    state_id      TEXT COLLATE "C" NOT NULL,
    content       BYTEA            NOT NULL,
    content_type  TEXT             NOT NULL,
    etag          TEXT COLLATE "C" NOT NULL,
    updated       BIGINT           NOT NULL,
    PRIMARY KEY (activity_id, agent_key, registration, state_id)
);

CREATE TABLE activity_profile_document (
    activity_id   TEXT COLLATE "C" NOT NULL,
    profile_id    TEXT COLLATE "C" NOT NULL,
    content       BYTEA            NOT NULL,
    content_type  TEXT             NOT NULL,
    etag          TEXT COLLATE "C" NOT NULL,
    updated       BIGINT           NOT NULL,
    PRIMARY KEY (activity_id, profile_id)
);

CREATE TABLE agent_profile_document (
    agent_key     TEXT COLLATE "C" NOT NULL,
    profile_id    TEXT COLLATE "C" NOT NULL,
    content       BYTEA            NOT NULL,
    content_type  TEXT             NOT NULL,
    etag          TEXT COLLATE "C" NOT NULL,
    updated       BIGINT           NOT NULL,
    PRIMARY KEY (agent_key, profile_id)
);

-- Activities resource (Communication 2.5): the canonical Activity Definition as JSON text, '{}' when none is known.
-- Text rather than jsonb: it is only ever read whole, and text keeps it exactly as written.
CREATE TABLE activity (
    activity_id   TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    definition    TEXT             NOT NULL,
    updated       BIGINT           NOT NULL
);

-- Agents resource (Communication 2.6): each Agent seen, by IFI key, and the names it was seen with.
CREATE TABLE agent (
    ifi_key       TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    ifi           TEXT             NOT NULL
);

CREATE TABLE agent_name (
    ifi_key       TEXT COLLATE "C" NOT NULL,
    name          TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (ifi_key, name)
);
