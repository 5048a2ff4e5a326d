-- #16: a message id (wsa:MessageID, Idempotency-Key) reused with other arguments is refused
-- (IDEMPOTENCY_MISMATCH), not answered with the first call's answer: the first call's arguments are
-- kept as a SHA-256.
ALTER TABLE exchange_message ADD COLUMN arguments_sha256 VARCHAR(64);
