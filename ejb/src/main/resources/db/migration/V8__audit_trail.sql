-- The audit trail (#6): append-only, hash-chained. Each entry's hash covers its content and the previous entry's
-- hash; the head row holds the last sequence number and hash, locked by every append, so the chain has no gaps.
CREATE TABLE audit_entry (
    seq          BIGINT        NOT NULL PRIMARY KEY,
    recorded_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    acting_for   BIGINT,
    action       VARCHAR(60)   NOT NULL,
    subject      VARCHAR(100),
    origin       VARCHAR(64),
    before_value VARCHAR(2000),
    after_value  VARCHAR(2000),
    prev_hash    VARCHAR(64)   NOT NULL,
    hash         VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_audit_subject ON audit_entry (subject, seq);
CREATE INDEX ix_audit_actor ON audit_entry (actor, seq);
CREATE INDEX ix_audit_recorded ON audit_entry (recorded_at);

CREATE TABLE audit_head (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
