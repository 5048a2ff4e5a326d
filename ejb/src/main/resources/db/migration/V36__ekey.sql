-- 许可证项目电子钥匙 (seed 004): the application form of the eight flows (one table, told apart by form_kind),
-- the keys by their user names, the certificates the platform's issuing CA signed for them, and the CA a
-- development installation generates on first use (production configures a keystore instead).
CREATE TABLE ekey_application (
    filing_id            BIGINT       NOT NULL PRIMARY KEY REFERENCES filing (id),
    form_kind            VARCHAR(10)  NOT NULL,
    enterprise_name      VARCHAR(200),
    credit_code          VARCHAR(18),
    user_name            VARCHAR(20),
    authorised_name      VARCHAR(50),
    authorised_id_number VARCHAR(18),
    authorised_mobile    VARCHAR(20),
    delivery             VARCHAR(10),
    delivery_address     VARCHAR(300),
    reason               VARCHAR(500),
    new_credit_code      VARCHAR(18)
);

CREATE SEQUENCE ekey_seq START WITH 20 INCREMENT BY 20;
CREATE TABLE ekey (
    id             BIGINT      NOT NULL PRIMARY KEY,
    enterprise_id  BIGINT      NOT NULL REFERENCES enterprise (id),
    user_name      VARCHAR(8)  NOT NULL,
    status         VARCHAR(10) NOT NULL,
    code           VARCHAR(18) NOT NULL,
    former_code    VARCHAR(18),
    current_serial VARCHAR(40),
    issued_at      TIMESTAMP   NOT NULL,
    unlock_count   INTEGER     NOT NULL,
    unlocked_at    TIMESTAMP,
    revoked_at     TIMESTAMP,
    version        BIGINT      NOT NULL
);
CREATE UNIQUE INDEX ux_ekey_user_name ON ekey (user_name);
CREATE INDEX ix_ekey_enterprise ON ekey (enterprise_id);
CREATE INDEX ix_ekey_former_code ON ekey (former_code);

CREATE TABLE ekey_certificate (
    serial            VARCHAR(40)   NOT NULL PRIMARY KEY,
    ekey_id           BIGINT        NOT NULL REFERENCES ekey (id),
    filing_id         BIGINT        REFERENCES filing (id),
    fingerprint       VARCHAR(64)   NOT NULL,
    subject_dn        VARCHAR(500)  NOT NULL,
    not_before        TIMESTAMP     NOT NULL,
    not_after         TIMESTAMP     NOT NULL,
    pem               VARCHAR(8000) NOT NULL,
    revoked_at        TIMESTAMP,
    revocation_reason INTEGER
);
CREATE INDEX ix_ekey_certificate_key ON ekey_certificate (ekey_id);
CREATE INDEX ix_ekey_certificate_filing ON ekey_certificate (filing_id);
CREATE INDEX ix_ekey_certificate_revoked ON ekey_certificate (revoked_at);
CREATE INDEX ix_ekey_certificate_expiry ON ekey_certificate (not_after);

CREATE TABLE ekey_ca_store (
    id         INTEGER     NOT NULL PRIMARY KEY,
    keystore   BYTEA       NOT NULL,
    password   VARCHAR(100) NOT NULL,
    created_at TIMESTAMP   NOT NULL
);

-- 更新 is applied for from a session opened with the key being renewed: the session remembers its certificate.
ALTER TABLE account_session ADD COLUMN certificate_fingerprint VARCHAR(64);
