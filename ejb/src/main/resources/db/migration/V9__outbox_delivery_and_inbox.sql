-- #6 notifications. The outbox becomes a real one: a message is written with the business transaction (PENDING),
-- claimed by one member (SENDING), handed to the provider with its id as the idempotency key, then SENT; a failure
-- puts it back to PENDING with the next attempt later. Earlier rows were "sent" by the development gateway: SENT.
ALTER TABLE outbox_message ADD COLUMN status VARCHAR(10) DEFAULT 'SENT' NOT NULL;
ALTER TABLE outbox_message ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE outbox_message ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE outbox_message ADD COLUMN claimed_at TIMESTAMP;
ALTER TABLE outbox_message ADD COLUMN sent_at TIMESTAMP;
ALTER TABLE outbox_message ADD COLUMN last_error VARCHAR(300);
CREATE INDEX ix_outbox_message_due ON outbox_message (status, next_attempt_at);

-- The portal inbox (站内消息): one row per recipient account; the text is a message key and its arguments, shown in
-- the reader's language.
CREATE SEQUENCE inbox_message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE inbox_message (
    id          BIGINT        NOT NULL PRIMARY KEY,
    account_id  BIGINT        NOT NULL,
    filing_id   BIGINT,
    message_key VARCHAR(60)   NOT NULL,
    args        VARCHAR(1000),
    created_at  TIMESTAMP     NOT NULL,
    read_at     TIMESTAMP
);
CREATE INDEX ix_inbox_message_account ON inbox_message (account_id, id);

-- Retention: what was removed from the start of the audit trail, so the rest still verifies from there.
ALTER TABLE audit_head ADD COLUMN first_seq BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE audit_head ADD COLUMN first_prev_hash VARCHAR(64)
    DEFAULT '0000000000000000000000000000000000000000000000000000000000000000' NOT NULL;

-- Uploaded files in pieces of 256 KiB (#6): streamed in and out, never whole in memory; no shared folder for a
-- cluster; in the transaction of the record they belong to. Earlier files keep their content column.
ALTER TABLE stored_file ALTER COLUMN content DROP NOT NULL;
ALTER TABLE stored_file ADD COLUMN chunks INTEGER DEFAULT 0 NOT NULL;
CREATE TABLE stored_file_chunk (
    file_id BIGINT NOT NULL REFERENCES stored_file (id),
    n       INTEGER NOT NULL,
    bytes   BYTEA  NOT NULL,
    PRIMARY KEY (file_id, n)
);

-- Earlier files of a material slot (a new upload replaced them, or they were removed): kept, and readable by whoever
-- may read the filing, so what a reviewer saw in an earlier round stays provable.
CREATE SEQUENCE filing_material_version_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE filing_material_version (
    id          BIGINT      NOT NULL PRIMARY KEY,
    filing_id   BIGINT      NOT NULL REFERENCES filing (id),
    slot        VARCHAR(40) NOT NULL,
    file_id     BIGINT      NOT NULL REFERENCES stored_file (id),
    uploaded_by VARCHAR(64) NOT NULL,
    uploaded_at TIMESTAMP   NOT NULL,
    replaced_at TIMESTAMP   NOT NULL
);
CREATE INDEX ix_filing_material_version ON filing_material_version (filing_id, slot);

-- 核验码: printed with the QR code on a filing's PDFs; the public verification page needs number and code, so the
-- sequential numbers cannot be walked to list other enterprises' filings.
ALTER TABLE filing ADD COLUMN verification_code VARCHAR(16);
