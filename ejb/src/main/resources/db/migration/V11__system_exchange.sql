-- #7 system exchange. Client rights per operation (as X-Road's access rights): the one export-filing read right
-- becomes the three customs operations it covered.
UPDATE system_client SET rights = REPLACE(rights, 'EXPORT_FILING_READ', 'CUSTOMS_CHANGES,CUSTOMS_GET,CUSTOMS_VERIFY');

-- The message log: every call of a partner system, request and response, in a hash chain (each hash covers the
-- entry, the SHA-256 of both messages and the previous hash). The head row is locked by every append.
CREATE TABLE exchange_log_head (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO exchange_log_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE exchange_message (
    seq             BIGINT       NOT NULL PRIMARY KEY,
    recorded_at     TIMESTAMP    NOT NULL,
    client_id       VARCHAR(64)  NOT NULL,
    channel         VARCHAR(10)  NOT NULL,
    operation       VARCHAR(60)  NOT NULL,
    message_id      VARCHAR(200),
    idempotency_key VARCHAR(270),
    replay_of       BIGINT,
    outcome         VARCHAR(40)  NOT NULL,
    duration_ms     INTEGER      NOT NULL,
    origin          VARCHAR(64),
    request_text    VARCHAR(1000000),
    response_text   VARCHAR(1000000),
    prev_hash       VARCHAR(64)  NOT NULL,
    hash            VARCHAR(64)  NOT NULL
);
-- a message id is answered once per client; replays point at the first answer
CREATE UNIQUE INDEX ux_exchange_message_idempotency ON exchange_message (idempotency_key);
CREATE INDEX ix_exchange_message_time ON exchange_message (recorded_at);
CREATE INDEX ix_exchange_message_client ON exchange_message (client_id, seq);

-- The platform's signatures over the chain's end (seq and hash at that moment).
CREATE TABLE exchange_seal (
    seq        BIGINT        NOT NULL PRIMARY KEY,
    hash       VARCHAR(64)   NOT NULL,
    sealed_at  TIMESTAMP     NOT NULL,
    key_id     VARCHAR(64)   NOT NULL,
    algorithm  VARCHAR(20)   NOT NULL,
    signature  VARCHAR(2000) NOT NULL
);

-- The platform's own signing key when no keystore is configured (development, single site).
CREATE TABLE platform_key (
    name        VARCHAR(20)   NOT NULL PRIMARY KEY,
    public_key  VARCHAR(1000) NOT NULL,
    private_key VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP     NOT NULL
);

-- Outbound: a partner system's callback (AutoGov POSTs JSON events there through the outbox, channel PARTNER); the
-- outbox's text holds such a body; a message given up after its last attempt is DEAD until an administrator resends it.
ALTER TABLE system_client ADD COLUMN callback_url VARCHAR(500);
ALTER TABLE outbox_message ALTER COLUMN text SET DATA TYPE VARCHAR(20000);
