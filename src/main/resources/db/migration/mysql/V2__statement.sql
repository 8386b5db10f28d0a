-- Statements (xAPI 1.0.3 Communication 2.1, Data 2): the tables of the SQLite schema for MariaDB and MySQL.
-- docs/storage.md explains every table and index.
--
-- InnoDB keeps each table in the order of its primary key: statement by seq, so that a page of a query is a few
-- adjacent pages on disk; the link tables by key and seq, so that a filter is one range scan.
-- Ids, IRIs and keys are VARBINARY holding UTF-8: they compare exactly and sort by code point, as on SQLite (see
-- V3 for why not a utf8mb4 collation). They hold up to 3000 bytes, so that an index on one of them with two
-- numbers stays within InnoDB's limit of 3072 bytes and can serve "newest first" from the index order.
CREATE TABLE statement (
    seq            BIGINT          NOT NULL AUTO_INCREMENT,
    id             VARBINARY(36)   NOT NULL,
    stored         BIGINT          NOT NULL,
    verb_id        VARBINARY(3000) NOT NULL,
    registration   VARBINARY(36),
    voided         SMALLINT        NOT NULL DEFAULT 0,
    voiding_target VARBINARY(36),
    ref_target     VARBINARY(36),
    client_id      BIGINT          NOT NULL,
    payload        LONGTEXT        NOT NULL,
    PRIMARY KEY (seq),
    UNIQUE KEY statement_id (id),
    KEY statement_stored (stored, seq),
    KEY statement_verb (verb_id, voided, seq),
    KEY statement_registration (registration, voided, seq),
    KEY statement_client (client_id, voided, seq),
    KEY statement_voiding_target (voiding_target)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE statement_actor (
    actor_key VARBINARY(3000) NOT NULL,
    related   SMALLINT        NOT NULL,
    seq       BIGINT          NOT NULL,
    PRIMARY KEY (actor_key, related, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE statement_activity (
    activity_id VARBINARY(3000) NOT NULL,
    related     SMALLINT        NOT NULL,
    seq         BIGINT          NOT NULL,
    PRIMARY KEY (activity_id, related, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE statement_ref (
    referrer_seq BIGINT        NOT NULL,
    target_id    VARBINARY(36) NOT NULL,
    PRIMARY KEY (referrer_seq, target_id),
    KEY statement_ref_target (target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The last stored time handed out. Every statement write updates this one row first, which serializes statement
-- writes, also those of several nodes on one database, so that seq order, commit order and stored order agree.
CREATE TABLE statement_clock (
    id          SMALLINT NOT NULL,
    last_stored BIGINT   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

INSERT INTO statement_clock (id, last_stored) VALUES (1, 0);
