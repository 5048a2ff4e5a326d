-- Messages the development gateway "sent" (administrators and tests read them), and verification codes.
CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbox_message (
    id         BIGINT        NOT NULL PRIMARY KEY,
    channel    VARCHAR(10)   NOT NULL,
    address    VARCHAR(254)  NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    created_at TIMESTAMP     NOT NULL
);
CREATE INDEX ix_outbox_message_address ON outbox_message (address);

CREATE SEQUENCE verification_code_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE verification_code (
    id             BIGINT       NOT NULL PRIMARY KEY,
    channel        VARCHAR(10)  NOT NULL,
    address        VARCHAR(254) NOT NULL,
    purpose        VARCHAR(20)  NOT NULL,
    code_hash      VARCHAR(64)  NOT NULL,
    salt           VARCHAR(32)  NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    expires_at     TIMESTAMP    NOT NULL,
    attempts       INTEGER      NOT NULL,
    used_at        TIMESTAMP
);
CREATE INDEX ix_verification_code_address ON verification_code (address, purpose);
CREATE INDEX ix_verification_code_client ON verification_code (client_address, created_at);
