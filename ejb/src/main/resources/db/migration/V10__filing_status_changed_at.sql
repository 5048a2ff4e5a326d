-- #7: partners (customs) sync on when a filing's status last changed.
ALTER TABLE filing ADD COLUMN status_changed_at TIMESTAMP;
UPDATE filing SET status_changed_at = COALESCE(decided_at, submitted_at, created_at);
CREATE INDEX ix_filing_type_changed ON filing (type_code, status_changed_at, number);
