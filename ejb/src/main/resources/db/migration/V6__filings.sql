-- The filing engine (#5): filings with their status machine, and each filing's history.
CREATE SEQUENCE filing_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE filing (
    id            BIGINT       NOT NULL PRIMARY KEY,
    number        VARCHAR(30)  NOT NULL,
    type_code     VARCHAR(40)  NOT NULL,
    enterprise_id BIGINT       NOT NULL REFERENCES enterprise (id),
    created_by    VARCHAR(64)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    stage         INTEGER      NOT NULL,
    claimed_by    VARCHAR(64),
    change_of     BIGINT REFERENCES filing (id),
    created_at    TIMESTAMP    NOT NULL,
    submitted_at  TIMESTAMP,
    due_on        DATE,
    decided_at    TIMESTAMP,
    decided_by    VARCHAR(64),
    remark        VARCHAR(500),
    valid_from    DATE,
    valid_until   DATE,
    version       BIGINT       NOT NULL
);
CREATE UNIQUE INDEX ux_filing_number ON filing (number);
CREATE INDEX ix_filing_enterprise ON filing (enterprise_id, type_code);
-- the reviewer queues: by type and status, oldest due first
CREATE INDEX ix_filing_queue ON filing (type_code, status, stage, due_on, id);
CREATE INDEX ix_filing_validity ON filing (status, valid_until);

CREATE SEQUENCE filing_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE filing_event (
    id          BIGINT       NOT NULL PRIMARY KEY,
    filing_id   BIGINT       NOT NULL REFERENCES filing (id),
    acted_at    TIMESTAMP    NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(30)  NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)  NOT NULL,
    stage       INTEGER,
    remark      VARCHAR(500)
);
CREATE INDEX ix_filing_event_filing ON filing_event (filing_id, id);
