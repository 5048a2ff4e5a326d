-- #7: a system client may sign its SOAP messages with an X.509 certificate the administrator registered (instead of
-- sending its secret), and may have a rate limit of its own (null: AUTOGOV_EXCHANGE_RATE_PER_SECOND).
ALTER TABLE system_client ADD COLUMN certificate_pem VARCHAR(10000);
ALTER TABLE system_client ADD COLUMN certificate_sha256 VARCHAR(64);
ALTER TABLE system_client ADD COLUMN certificate_subject VARCHAR(500);
ALTER TABLE system_client ADD COLUMN certificate_not_after TIMESTAMP;
ALTER TABLE system_client ADD COLUMN rate_per_second INTEGER;
CREATE UNIQUE INDEX ux_system_client_certificate ON system_client (certificate_sha256);
