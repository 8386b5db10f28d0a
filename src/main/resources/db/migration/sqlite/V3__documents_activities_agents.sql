-- Documents (xAPI 1.0.3 Communication 2.3 State, 2.4 Activity Profile, 2.6 Agent Profile): the content byte-exact
-- with its Content-Type, the ETag (SHA-1 hex of the content) and the time of the last change in epoch milliseconds.
-- Agents are keyed by their IFI key; an absent registration is '' so that the natural key is unique.
CREATE TABLE state_document (
    activity_id   TEXT   NOT NULL,
    agent_key     TEXT   NOT NULL,
    registration  TEXT   NOT NULL,
    state_id      TEXT   NOT NULL,
    content       BLOB   NOT NULL,
    content_type  TEXT   NOT NULL,
    etag          TEXT   NOT NULL,
    updated       BIGINT NOT NULL,
    PRIMARY KEY (activity_id, agent_key, registration, state_id)
);

CREATE TABLE activity_profile_document (
    activity_id   TEXT   NOT NULL,
    profile_id    TEXT   NOT NULL,
    content       BLOB   NOT NULL,
    content_type  TEXT   NOT NULL,
    etag          TEXT   NOT NULL,
    updated       BIGINT NOT NULL,
    PRIMARY KEY (activity_id, profile_id)
);

CREATE TABLE agent_profile_document (
    agent_key     TEXT   NOT NULL,
    profile_id    TEXT   NOT NULL,
    content       BLOB   NOT NULL,
    content_type  TEXT   NOT NULL,
    etag          TEXT   NOT NULL,
    updated       BIGINT NOT NULL,
    PRIMARY KEY (agent_key, profile_id)
);

-- Activities resource (Communication 2.5): the canonical Activity Definition as JSON, '{}' when none is known.
CREATE TABLE activity (
    activity_id   TEXT   NOT NULL PRIMARY KEY,
    definition    TEXT   NOT NULL,
    updated       BIGINT NOT NULL
);

-- Agents resource (Communication 2.6): each Agent seen, by IFI key, with its IFI as a JSON object holding the one
-- IFI property, and the names it was seen with.
CREATE TABLE agent (
    ifi_key       TEXT   NOT NULL PRIMARY KEY,
    ifi           TEXT   NOT NULL
);

CREATE TABLE agent_name (
    ifi_key       TEXT   NOT NULL,
    name          TEXT   NOT NULL,
    PRIMARY KEY (ifi_key, name)
);
