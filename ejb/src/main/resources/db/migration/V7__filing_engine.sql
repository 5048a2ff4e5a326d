-- The filing engine (#5), second part: queues, numbers, materials, changes, remark templates, and the
-- first two businesses' forms (export filing, seed 001; certificate enterprise info change, seed 000 §二).
ALTER TABLE filing ADD COLUMN queue_role VARCHAR(30);
ALTER TABLE filing ADD COLUMN region_code VARCHAR(6);
ALTER TABLE filing ADD COLUMN applicant_name VARCHAR(200);
ALTER TABLE filing ADD COLUMN first_approved_by VARCHAR(64);
ALTER TABLE filing ADD COLUMN reminded_on DATE;
ALTER TABLE filing ADD COLUMN escalated_at TIMESTAMP;
-- ONLINE: filed by the enterprise; OFFLINE: a paper application entered by staff (seed 004)
ALTER TABLE filing ADD COLUMN channel VARCHAR(10) DEFAULT 'ONLINE' NOT NULL;
DROP INDEX ix_filing_queue;
-- reviewer queues: the role's filings in review, by due date or by submission, then id (keyset order)
CREATE INDEX ix_filing_queue_due ON filing (queue_role, due_on, id, region_code);
CREATE INDEX ix_filing_queue_submitted ON filing (queue_role, submitted_at, id, region_code);
CREATE INDEX ix_filing_change_of ON filing (change_of);
CREATE INDEX ix_filing_event_actor ON filing_event (actor, id);

CREATE TABLE filing_counter (
    prefix     VARCHAR(10) NOT NULL,
    counter_year INTEGER   NOT NULL,
    last_value BIGINT      NOT NULL,
    PRIMARY KEY (prefix, counter_year)
);

CREATE SEQUENCE filing_material_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE filing_material (
    id          BIGINT      NOT NULL PRIMARY KEY,
    filing_id   BIGINT      NOT NULL REFERENCES filing (id),
    slot        VARCHAR(40) NOT NULL,
    file_id     BIGINT      NOT NULL REFERENCES stored_file (id),
    uploaded_by VARCHAR(64) NOT NULL,
    uploaded_at TIMESTAMP   NOT NULL
);
CREATE UNIQUE INDEX ux_filing_material_slot ON filing_material (filing_id, slot);

-- what an approved change altered: old and new values, field by field
CREATE SEQUENCE filing_value_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE filing_value_change (
    id           BIGINT       NOT NULL PRIMARY KEY,
    filing_id    BIGINT       NOT NULL REFERENCES filing (id),
    field        VARCHAR(40)  NOT NULL,
    before_value VARCHAR(1000),
    after_value  VARCHAR(1000)
);
CREATE INDEX ix_filing_value_change ON filing_value_change (filing_id);

CREATE SEQUENCE remark_template_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE remark_template (
    id         BIGINT       NOT NULL PRIMARY KEY,
    owner      VARCHAR(64)  NOT NULL,
    role       VARCHAR(30)  NOT NULL,
    shared     BOOLEAN      NOT NULL,
    remark_text VARCHAR(500) NOT NULL,
    created_at TIMESTAMP    NOT NULL
);
CREATE INDEX ix_remark_template_role ON remark_template (role);

CREATE TABLE export_filing_form (
    filing_id            BIGINT       NOT NULL PRIMARY KEY REFERENCES filing (id),
    enterprise_name      VARCHAR(200),
    address              VARCHAR(300),
    credit_code          VARCHAR(18),
    customs_code         VARCHAR(10),
    category             VARCHAR(20),
    legal_representative VARCHAR(100),
    registered_capital   DECIMAL(14, 2),
    employees            INTEGER,
    established_on       DATE,
    business_scope       VARCHAR(1000),
    contact_name         VARCHAR(100),
    contact_position     VARCHAR(100),
    contact_mobile       VARCHAR(11),
    contact_email        VARCHAR(254)
);

ALTER TABLE enterprise ADD COLUMN production_address VARCHAR(300);
CREATE TABLE coc_enterprise_change (
    filing_id            BIGINT       NOT NULL PRIMARY KEY REFERENCES filing (id),
    listing              VARCHAR(20),
    enterprise_name      VARCHAR(200),
    legal_representative VARCHAR(100),
    registered_address   VARCHAR(300),
    production_address   VARCHAR(300),
    reason               VARCHAR(500)
);
