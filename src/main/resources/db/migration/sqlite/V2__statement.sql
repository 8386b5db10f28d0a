-- Statements (xAPI 1.0.3 Communication 2.1, Data 2). docs/storage.md explains every table and index.
--
-- statement: one row per stored Statement. seq is the stored order and the keyset cursor of every query; stored
-- (epoch milliseconds, exactly the "stored" property of the payload) never decreases as seq grows. payload is the
-- Statement JSON as received plus the properties the LRS sets (id, stored, timestamp, authority, version).
CREATE TABLE statement (
    seq            INTEGER  PRIMARY KEY AUTOINCREMENT,
    id             CHAR(36) NOT NULL UNIQUE,
    stored         BIGINT   NOT NULL,
    verb_id        TEXT     NOT NULL,
    registration   CHAR(36),
    voided         SMALLINT NOT NULL DEFAULT 0,
    voiding_target CHAR(36),
    ref_target     CHAR(36),
    client_id      BIGINT   NOT NULL,
    payload        TEXT     NOT NULL
);

-- since/until: the seq bounds of a stored time range, one index seek each.
CREATE INDEX statement_stored ON statement (stored, seq);
-- verb, registration, statements/read/mine: "not voided, newest first, after the cursor" is one range scan.
CREATE INDEX statement_verb ON statement (verb_id, voided, seq);
CREATE INDEX statement_registration ON statement (registration, voided, seq);
CREATE INDEX statement_client ON statement (client_id, voided, seq);
-- Voiding: is a statement that arrives now already the target of a voiding Statement?
CREATE INDEX statement_voiding_target ON statement (voiding_target);

-- Agents and Identified Groups of each Statement by IFI key. related = 0 rows are what the agent filter matches
-- (actor, object, members of a Group there); related = 1 rows repeat those and add everything related_agents=true
-- matches, so that either filter is one range scan of the primary key ending with seq.
CREATE TABLE statement_actor (
    actor_key TEXT     NOT NULL,
    related   SMALLINT NOT NULL,
    seq       BIGINT   NOT NULL,
    PRIMARY KEY (actor_key, related, seq)
) WITHOUT ROWID;

-- Activity ids of each Statement, with the same two-level scheme: related = 0 is the object Activity, related = 1
-- every Activity that related_activities=true matches.
CREATE TABLE statement_activity (
    activity_id TEXT     NOT NULL,
    related     SMALLINT NOT NULL,
    seq         BIGINT   NOT NULL,
    PRIMARY KEY (activity_id, related, seq)
) WITHOUT ROWID;

-- StatementRef chains: a row for every Statement a referring Statement reaches through its object StatementRef,
-- directly or through further StatementRefs. The target need not exist (yet), so it is kept by id.
CREATE TABLE statement_ref (
    referrer_seq BIGINT   NOT NULL,
    target_id    CHAR(36) NOT NULL,
    PRIMARY KEY (referrer_seq, target_id)
) WITHOUT ROWID;

CREATE INDEX statement_ref_target ON statement_ref (target_id);

-- The last stored time handed out. Every statement write updates this one row first, which serializes statement
-- writes on every database, so that seq order, commit order and stored order agree.
CREATE TABLE statement_clock (
    id          SMALLINT NOT NULL PRIMARY KEY,
    last_stored BIGINT   NOT NULL
);

INSERT INTO statement_clock (id, last_stored) VALUES (1, 0);
