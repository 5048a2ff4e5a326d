-- Identity (#4): contact details and verified identity on accounts, enterprises with their one legal-person account,
-- real-name verification, agents, account recovery, stored uploads, system clients, sessions, client certificates,
-- and the record of who did what for which enterprise.

ALTER TABLE user_account ADD COLUMN email VARCHAR(254);
ALTER TABLE user_account ADD COLUMN mobile VARCHAR(11);
ALTER TABLE user_account ADD COLUMN real_name VARCHAR(100);
ALTER TABLE user_account ADD COLUMN id_type VARCHAR(20);
ALTER TABLE user_account ADD COLUMN id_number VARCHAR(40);
ALTER TABLE user_account ADD COLUMN enterprise_id BIGINT;
CREATE INDEX ix_user_account_id_number ON user_account (id_number);
CREATE INDEX ix_user_account_credit_code ON user_account (credit_code);

CREATE SEQUENCE enterprise_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE enterprise (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    credit_code          VARCHAR(18)  NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    enterprise_type      VARCHAR(40)  NOT NULL,
    legal_person_type    VARCHAR(40)  NOT NULL,
    legal_representative VARCHAR(100),
    region_code          VARCHAR(6)   NOT NULL,
    address              VARCHAR(300),
    parent_id            BIGINT REFERENCES enterprise (id),
    account_id           BIGINT       NOT NULL REFERENCES user_account (id),
    created_at           TIMESTAMP    NOT NULL,
    version              BIGINT       NOT NULL
);
-- exactly one legal-person account per credit code, and one enterprise per account
CREATE UNIQUE INDEX ux_enterprise_credit_code ON enterprise (credit_code);
CREATE UNIQUE INDEX ux_enterprise_account ON enterprise (account_id);
CREATE INDEX ix_enterprise_parent ON enterprise (parent_id);
CREATE INDEX ix_enterprise_region ON enterprise (region_code);

-- Uploaded files until the document store (#6) takes them over: content checked by the upload inspector first.
CREATE SEQUENCE stored_file_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE stored_file (
    id           BIGINT       NOT NULL PRIMARY KEY,
    owner_id     BIGINT       NOT NULL REFERENCES user_account (id),
    rule         VARCHAR(40)  NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      BYTEA        NOT NULL,
    created_at   TIMESTAMP    NOT NULL
);
CREATE INDEX ix_stored_file_owner ON stored_file (owner_id);

CREATE SEQUENCE real_name_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE real_name_application (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    account_id           BIGINT       NOT NULL REFERENCES user_account (id),
    subject              VARCHAR(20)  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    enterprise_type      VARCHAR(40),
    credit_code          VARCHAR(18),
    organisation_name    VARCHAR(200),
    legal_person_type    VARCHAR(40),
    person_name          VARCHAR(100) NOT NULL,
    id_type              VARCHAR(20)  NOT NULL,
    id_number            VARCHAR(40)  NOT NULL,
    address              VARCHAR(300) NOT NULL,
    id_valid_from        DATE,
    id_valid_until       DATE,
    id_permanent         BOOLEAN      NOT NULL,
    id_scan_id           BIGINT       NOT NULL REFERENCES stored_file (id),
    licence_scan_id      BIGINT REFERENCES stored_file (id),
    submitted_at         TIMESTAMP    NOT NULL,
    decided_at           TIMESTAMP,
    decided_by           VARCHAR(64),
    remark               VARCHAR(500),
    version              BIGINT       NOT NULL
);
CREATE INDEX ix_real_name_account ON real_name_application (account_id);
CREATE INDEX ix_real_name_status ON real_name_application (status);

CREATE SEQUENCE agent_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE agent_authorisation (
    id            BIGINT       NOT NULL PRIMARY KEY,
    agent_id      BIGINT       NOT NULL REFERENCES user_account (id),
    enterprise_id BIGINT       NOT NULL REFERENCES enterprise (id),
    status        VARCHAR(20)  NOT NULL,
    applied_at    TIMESTAMP    NOT NULL,
    decided_at    TIMESTAMP,
    remark        VARCHAR(500),
    version       BIGINT       NOT NULL
);
CREATE INDEX ix_agent_agent ON agent_authorisation (agent_id);
CREATE INDEX ix_agent_enterprise ON agent_authorisation (enterprise_id);

CREATE SEQUENCE recovery_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account_recovery (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    requester_id          BIGINT       NOT NULL REFERENCES user_account (id),
    credit_code           VARCHAR(18)  NOT NULL,
    enterprise_name       VARCHAR(200) NOT NULL,
    announced             BOOLEAN      NOT NULL,
    requester_name        VARCHAR(100) NOT NULL,
    requester_id_number   VARCHAR(40)  NOT NULL,
    authorised_name       VARCHAR(100) NOT NULL,
    authorised_id_number  VARCHAR(40)  NOT NULL,
    mobile                VARCHAR(11)  NOT NULL,
    announcement_front_id BIGINT REFERENCES stored_file (id),
    announcement_page_id  BIGINT REFERENCES stored_file (id),
    licence_id            BIGINT       NOT NULL REFERENCES stored_file (id),
    letter_id             BIGINT       NOT NULL REFERENCES stored_file (id),
    legal_person_id_scan  BIGINT       NOT NULL REFERENCES stored_file (id),
    authorised_id_scan    BIGINT       NOT NULL REFERENCES stored_file (id),
    status                VARCHAR(20)  NOT NULL,
    submitted_at          TIMESTAMP    NOT NULL,
    decided_at            TIMESTAMP,
    decided_by            VARCHAR(64),
    remark                VARCHAR(500),
    version               BIGINT       NOT NULL
);
CREATE INDEX ix_recovery_status ON account_recovery (status);
CREATE INDEX ix_recovery_requester ON account_recovery (requester_id);

CREATE SEQUENCE system_client_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE system_client (
    id           BIGINT       NOT NULL PRIMARY KEY,
    client_id    VARCHAR(64)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    rights       VARCHAR(500) NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL,
    enabled      BOOLEAN      NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    last_used_at TIMESTAMP,
    version      BIGINT       NOT NULL
);
CREATE UNIQUE INDEX ux_system_client_id ON system_client (client_id);

-- Signed-in sessions (portal and API): the key is a hash of the session's random token.
CREATE TABLE account_session (
    token_hash     VARCHAR(64)  NOT NULL PRIMARY KEY,
    account_id     BIGINT       NOT NULL REFERENCES user_account (id),
    channel        VARCHAR(10)  NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    user_agent     VARCHAR(200),
    created_at     TIMESTAMP    NOT NULL,
    last_seen_at   TIMESTAMP    NOT NULL,
    expires_at     TIMESTAMP    NOT NULL,
    ended_at       TIMESTAMP
);
CREATE INDEX ix_account_session_account ON account_session (account_id);

-- E-key login seam: an X.509 certificate (by SHA-256 fingerprint) that stands for an account.
CREATE SEQUENCE client_certificate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE client_certificate (
    id          BIGINT       NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES user_account (id),
    fingerprint VARCHAR(64)  NOT NULL,
    subject_dn  VARCHAR(500) NOT NULL,
    serial      VARCHAR(80)  NOT NULL,
    not_before  TIMESTAMP    NOT NULL,
    not_after   TIMESTAMP    NOT NULL,
    revoked_at  TIMESTAMP
);
CREATE UNIQUE INDEX ux_client_certificate_fp ON client_certificate (fingerprint);

-- Who did what, and for which enterprise (an agent's actions name both).
CREATE SEQUENCE action_record_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE action_record (
    id            BIGINT       NOT NULL PRIMARY KEY,
    acted_at      TIMESTAMP    NOT NULL,
    account_id    BIGINT       NOT NULL,
    login_name    VARCHAR(64)  NOT NULL,
    enterprise_id BIGINT,
    action        VARCHAR(60)  NOT NULL,
    subject       VARCHAR(200)
);
CREATE INDEX ix_action_record_enterprise ON action_record (enterprise_id);
CREATE INDEX ix_action_record_account ON action_record (account_id);

ALTER TABLE verification_code ADD COLUMN subject VARCHAR(64);
