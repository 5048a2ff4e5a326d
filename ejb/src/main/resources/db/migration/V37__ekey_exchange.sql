-- The e-key provider's system (urn:autogov:ekey:v1): a system client that acts as one of the provider's staff
-- accounts, so that its 复核, 制作 and steps stand in the filings' history like an operator's. The two placeholder
-- rights of the CA become the five of the provider's operations.
ALTER TABLE system_client ADD COLUMN acts_as VARCHAR(64);
UPDATE system_client SET rights = REPLACE(REPLACE(rights, 'EKEY_APPLICATION_READ', 'EKEY_APPLICATIONS'),
                                          'EKEY_CERTIFICATE_WRITE', 'EKEY_CERTIFICATE');
