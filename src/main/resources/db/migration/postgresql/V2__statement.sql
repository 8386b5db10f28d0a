-- Statements (xAPI 1.0.3 Communication 2.1, Data 2): the tables of the SQLite schema with PostgreSQL types.
-- docs/storage.md explains every table and index.
--
-- Ids, IRIs and keys are text compared byte by byte (COLLATE "C"), as on SQLite, whatever the database's locale.
-- seq is a BIGINT identity: the stored order and the keyset cursor. stored is epoch milliseconds, as on every vendor.
-- payload is text, not jsonb: it is never queried into, and text returns it exactly as it was stored; PostgreSQL
-- compresses large payloads by itself (TOAST).
CREATE TABLE statement (
    seq            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id             TEXT COLLATE "C" NOT NULL,
    stored         BIGINT           NOT NULL,
    verb_id        TEXT COLLATE "C" NOT NULL,
    registration   TEXT COLLATE "C",
    voided         SMALLINT         NOT NULL DEFAULT 0,
    voiding_target TEXT COLLATE "C",
    ref_target     TEXT COLLATE "C",
    client_id      BIGINT           NOT NULL,
    payload        TEXT             NOT NULL,
    CONSTRAINT statement_id_key UNIQUE (id)
);

-- since/until: the seq bounds of a stored time range, one index seek each.
CREATE INDEX statement_stored ON statement (stored, seq);
-- verb, registration, statements/read/mine: "not voided, newest first, after the cursor" is one range scan. Queries
-- only ever look for statements that are not voided, so these indexes are partial: voided statements and, for
-- registration, statements without one take no room in them.
CREATE INDEX statement_verb ON statement (verb_id, seq) WHERE voided = 0;
CREATE INDEX statement_registration ON statement (registration, seq) WHERE voided = 0 AND registration IS NOT NULL;
CREATE INDEX statement_client ON statement (client_id, seq) WHERE voided = 0;
-- Voiding: is a statement that arrives now already the target of a voiding Statement? Only voiding statements have
-- a target, so the index holds only them.
CREATE INDEX statement_voiding_target ON statement (voiding_target) WHERE voiding_target IS NOT NULL;

-- Agents and Identified Groups of each Statement by IFI key; related = 0 rows are what the agent filter matches,
-- related = 1 rows what related_agents=true matches. The primary key ends with seq: one range scan per filter.
CREATE TABLE statement_actor (
    actor_key TEXT COLLATE "C" NOT NULL,
    related   SMALLINT         NOT NULL,
    seq       BIGINT           NOT NULL,
    PRIMARY KEY (actor_key, related, seq)
);

-- Activity ids of each Statement, with the same two-level scheme.
CREATE TABLE statement_activity (
    activity_id TEXT COLLATE "C" NOT NULL,
    related     SMALLINT         NOT NULL,
    seq         BIGINT           NOT NULL,
    PRIMARY KEY (activity_id, related, seq)
);

-- StatementRef chains: a row for every Statement a referring Statement reaches through its object StatementRef.
CREATE TABLE statement_ref (
    referrer_seq BIGINT           NOT NULL,
    target_id    TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (referrer_seq, target_id)
);

CREATE INDEX statement_ref_target ON statement_ref (target_id);

-- The last stored time handed out. Every statement write updates this one row first, which serializes statement
-- writes, also those of several nodes on one database, so that seq order, commit order and stored order agree.
CREATE TABLE statement_clock (
    id          SMALLINT NOT NULL PRIMARY KEY,
    last_stored BIGINT   NOT NULL
);

INSERT INTO statement_clock (id, last_stored) VALUES (1, 0);
