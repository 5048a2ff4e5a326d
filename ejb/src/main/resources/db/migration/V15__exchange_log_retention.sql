-- #16: the message log's retention. Messages older than AUTOGOV_EXCHANGE_RETENTION_MONTHS are removed up to a seal;
-- the head remembers where the kept chain starts and the sealed hash it links to, so the rest still verifies.
ALTER TABLE exchange_log_head ADD COLUMN first_seq BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE exchange_log_head ADD COLUMN first_prev_hash VARCHAR(64)
    DEFAULT '0000000000000000000000000000000000000000000000000000000000000000' NOT NULL;
