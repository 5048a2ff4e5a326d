-- 二手车企业报表 (seed 003 §2.5): a business's monthly (or appraisers' quarterly) return, one per period, its
-- figures by vehicle class beside what the sales records gave, and the reminders sent about it.
CREATE SEQUENCE uc_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE uc_report (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    enterprise_id      BIGINT        NOT NULL REFERENCES enterprise (id),
    enterprise_name    VARCHAR(200)  NOT NULL,
    region_code        VARCHAR(6)    NOT NULL,
    kind               VARCHAR(12)   NOT NULL,
    period             VARCHAR(7)    NOT NULL,
    period_start       DATE          NOT NULL,
    period_end         DATE          NOT NULL,
    due_on             DATE          NOT NULL,
    status             VARCHAR(24)   NOT NULL,
    filler_name        VARCHAR(50),
    saved_at           TIMESTAMP     NOT NULL,
    saved_by           VARCHAR(64)   NOT NULL,
    submitted_at       TIMESTAMP,
    first_submitted_at TIMESTAMP,
    submitted_by       VARCHAR(64),
    late               BOOLEAN       NOT NULL,
    decided_at         TIMESTAMP,
    decided_by         VARCHAR(64),
    remark             VARCHAR(500),
    correction_reason  VARCHAR(500),
    version            BIGINT        NOT NULL
);
CREATE UNIQUE INDEX ux_uc_report_period ON uc_report (enterprise_id, kind, period);
-- completeness and statistics of a period over a region
CREATE INDEX ix_uc_report_region ON uc_report (kind, period, region_code);
CREATE TABLE uc_report_cell (
    report_id  BIGINT        NOT NULL REFERENCES uc_report (id) ON DELETE CASCADE,
    row_key    VARCHAR(20)   NOT NULL,
    column_key VARCHAR(20)   NOT NULL,
    computed   DECIMAL(16, 2),
    reported   DECIMAL(16, 2),
    reason     VARCHAR(200),
    PRIMARY KEY (report_id, row_key, column_key)
);
-- one reminder a day at most per enterprise and period (the job's before the due day, an authority's)
CREATE TABLE uc_report_reminder (
    enterprise_id BIGINT      NOT NULL REFERENCES enterprise (id),
    kind          VARCHAR(12) NOT NULL,
    period        VARCHAR(7)  NOT NULL,
    reminded_on   DATE        NOT NULL,
    reminded_by   VARCHAR(64) NOT NULL,
    PRIMARY KEY (enterprise_id, kind, period, reminded_on)
);
