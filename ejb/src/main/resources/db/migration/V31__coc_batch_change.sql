-- 合格证电子信息批量变更 (seed 000 §十二): the form and its list, the reviewers' exclusions (part
-- approval) and the approved list the enterprise downloads and the tax side asks.
CREATE TABLE coc_batch_change (
    filing_id   BIGINT        NOT NULL PRIMARY KEY REFERENCES filing (id),
    change_kind VARCHAR(10),
    reason      VARCHAR(1000)
);
CREATE TABLE coc_batch_change_row (
    filing_id          BIGINT      NOT NULL REFERENCES coc_batch_change (filing_id),
    row_no             INTEGER     NOT NULL,
    certificate_number VARCHAR(14),
    vin                VARCHAR(17),
    vehicle_model      VARCHAR(50),
    new_energy         VARCHAR(3),
    PRIMARY KEY (filing_id, row_no)
);
CREATE SEQUENCE coc_batch_exclusion_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE coc_batch_exclusion (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    filing_id          BIGINT       NOT NULL REFERENCES filing (id),
    certificate_number VARCHAR(14)  NOT NULL,
    reason             VARCHAR(200) NOT NULL,
    excluded_by        VARCHAR(64)  NOT NULL,
    excluded_at        TIMESTAMP    NOT NULL,
    CONSTRAINT uq_coc_batch_exclusion UNIQUE (filing_id, certificate_number)
);
CREATE SEQUENCE coc_batch_approved_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE coc_batch_approved (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    filing_id          BIGINT      NOT NULL REFERENCES filing (id),
    filing_number      VARCHAR(30) NOT NULL,
    enterprise_id      BIGINT      NOT NULL REFERENCES enterprise (id),
    certificate_number VARCHAR(14) NOT NULL,
    vin                VARCHAR(17) NOT NULL,
    vehicle_model      VARCHAR(50),
    change_kind        VARCHAR(10) NOT NULL,
    approved_at        TIMESTAMP   NOT NULL
);
CREATE INDEX ix_coc_batch_approved_filing ON coc_batch_approved (filing_id);
CREATE INDEX ix_coc_batch_approved_number ON coc_batch_approved (certificate_number);
CREATE INDEX ix_coc_batch_approved_vin ON coc_batch_approved (vin);
