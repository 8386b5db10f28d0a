-- Documents (xAPI 1.0.3 Communication 2.3 State, 2.4 Activity Profile, 2.6 Agent Profile), activities and agents:
-- the tables of the SQLite schema for MariaDB and MySQL. docs/storage.md explains them.
--
-- Ids, IRIs and keys are VARBINARY holding UTF-8: they compare exactly and sort by code point, as on SQLite. (The
-- binary collations of utf8mb4 ignore trailing spaces, so that 'bob' would also find 'bob ', and the collations
-- without that flaw have different names on MariaDB and MySQL.) Other text is utf8mb4.
-- Where one such column is the key, it holds up to 3000 bytes as in V2, within InnoDB's limit of 3072 bytes per
-- key. The documents are keyed by several of them, and their ids come from the client; these columns hold up to
-- 8192 bytes, more than fits in a request line, and each natural key is unique through a stored SHA-256 hash of
-- its columns (separated by NUL, which no IRI or IFI key contains), which the INSERT IGNORE and ON DUPLICATE KEY
-- UPDATE of the application act on. Lookups use an index on leading prefixes of the key columns. These tables have
-- a surrogate id as primary key, since a generated column cannot be one.
-- Contents are LONGBLOB: a document may reach the configured maximum size (16 MB by default), and the server's
-- max_allowed_packet must be larger than that (docs/databases.md).
CREATE TABLE state_document (
    id            BIGINT          NOT NULL AUTO_INCREMENT,
    activity_id   VARBINARY(8192) NOT NULL,
    agent_key     VARBINARY(8192) NOT NULL,
    registration  VARBINARY(36)   NOT NULL,
    state_id      VARBINARY(8192) NOT NULL,
    content       LONGBLOB        NOT NULL,
    content_type  TEXT            NOT NULL,
    etag          VARBINARY(128)  NOT NULL,
    updated       BIGINT          NOT NULL,
    natural_key   BINARY(32) AS (UNHEX(SHA2(CONCAT_WS(CHAR(0), activity_id, agent_key, registration, state_id), 256)))
                  STORED,
    PRIMARY KEY (id),
    UNIQUE KEY state_document_key (natural_key),
    KEY state_document_context (activity_id(255), agent_key(255), registration)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE activity_profile_document (
    id            BIGINT          NOT NULL AUTO_INCREMENT,
    activity_id   VARBINARY(8192) NOT NULL,
    profile_id    VARBINARY(8192) NOT NULL,
    content       LONGBLOB        NOT NULL,
    content_type  TEXT            NOT NULL,
    etag          VARBINARY(128)  NOT NULL,
    updated       BIGINT          NOT NULL,
    natural_key   BINARY(32) AS (UNHEX(SHA2(CONCAT_WS(CHAR(0), activity_id, profile_id), 256))) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY activity_profile_document_key (natural_key),
    KEY activity_profile_document_context (activity_id(255))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE agent_profile_document (
    id            BIGINT          NOT NULL AUTO_INCREMENT,
    agent_key     VARBINARY(8192) NOT NULL,
    profile_id    VARBINARY(8192) NOT NULL,
    content       LONGBLOB        NOT NULL,
    content_type  TEXT            NOT NULL,
    etag          VARBINARY(128)  NOT NULL,
    updated       BIGINT          NOT NULL,
    natural_key   BINARY(32) AS (UNHEX(SHA2(CONCAT_WS(CHAR(0), agent_key, profile_id), 256))) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY agent_profile_document_key (natural_key),
    KEY agent_profile_document_context (agent_key(255))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Activities resource (Communication 2.5): the canonical Activity Definition as JSON text, '{}' when none is known.
CREATE TABLE activity (
    activity_id   VARBINARY(3000) NOT NULL,
    definition    MEDIUMTEXT      NOT NULL,
    updated       BIGINT          NOT NULL,
    PRIMARY KEY (activity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Agents resource (Communication 2.6): each Agent seen, by IFI key, and the names it was seen with.
CREATE TABLE agent (
    ifi_key       VARBINARY(3000) NOT NULL,
    ifi           TEXT            NOT NULL,
    PRIMARY KEY (ifi_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE agent_name (
    id            BIGINT          NOT NULL AUTO_INCREMENT,
    ifi_key       VARBINARY(3000) NOT NULL,
    name          TEXT            NOT NULL,
    natural_key   BINARY(32) AS (UNHEX(SHA2(CONCAT_WS(CHAR(0), ifi_key, name), 256))) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY agent_name_key (natural_key),
    KEY agent_name_ifi_key_prefix (ifi_key(255))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
