-- Used-car circulation (seed 003 §2.1–2.3): businesses that register themselves — some before they had a credit
-- code, signing in by their licence number —, and their five business filings with the branch table.
ALTER TABLE enterprise ALTER COLUMN credit_code DROP NOT NULL;

CREATE TABLE uc_business (
    enterprise_id   BIGINT       NOT NULL PRIMARY KEY REFERENCES enterprise (id),
    licence_number  VARCHAR(15),
    org_code        VARCHAR(10),
    tax_number      VARCHAR(20),
    seller_kinds    VARCHAR(100),
    business_kinds  VARCHAR(100) NOT NULL,
    domicile_region VARCHAR(6)   NOT NULL,
    domicile_street VARCHAR(200) NOT NULL,
    filler_name     VARCHAR(50)  NOT NULL,
    filler_mobile   VARCHAR(11)  NOT NULL,
    registered_at   TIMESTAMP    NOT NULL
);
CREATE UNIQUE INDEX ux_uc_business_licence ON uc_business (licence_number);

CREATE TABLE uc_market_filing (
    filing_id            BIGINT NOT NULL PRIMARY KEY REFERENCES filing (id),
    enterprise_name      VARCHAR(200),
    credit_code          VARCHAR(18),
    licence_number       VARCHAR(15),
    tax_number           VARCHAR(20),
    org_code             VARCHAR(10),
    import_export_code   VARCHAR(20),
    chinese_share        DECIMAL(5, 2),
    foreign_share        DECIMAL(5, 2),
    legal_representative VARCHAR(100),
    registered_capital   DECIMAL(14, 2),
    business_area        DECIMAL(12, 2),
    established_on       DATE,
    term_from            DATE,
    term_until           DATE,
    branch_count         INTEGER,
    business_scope       VARCHAR(1000),
    domicile_address     VARCHAR(300),
    business_address     VARCHAR(300),
    filler_name          VARCHAR(50),
    filler_mobile        VARCHAR(11),
    filler_email         VARCHAR(254),
    resident_dealers     INTEGER,
    market_staff         INTEGER
);
CREATE TABLE uc_business_filing (
    filing_id            BIGINT NOT NULL PRIMARY KEY REFERENCES filing (id),
    enterprise_name      VARCHAR(200),
    credit_code          VARCHAR(18),
    licence_number       VARCHAR(15),
    tax_number           VARCHAR(20),
    org_code             VARCHAR(10),
    import_export_code   VARCHAR(20),
    chinese_share        DECIMAL(5, 2),
    foreign_share        DECIMAL(5, 2),
    legal_representative VARCHAR(100),
    registered_capital   DECIMAL(14, 2),
    business_area        DECIMAL(12, 2),
    established_on       DATE,
    term_from            DATE,
    term_until           DATE,
    branch_count         INTEGER,
    business_scope       VARCHAR(1000),
    domicile_address     VARCHAR(300),
    business_address     VARCHAR(300),
    filler_name          VARCHAR(50),
    filler_mobile        VARCHAR(11),
    filler_email         VARCHAR(254),
    professional_staff   INTEGER
);
-- the branches of either form (a filing's id is unique across both)
CREATE TABLE uc_filing_branch (
    filing_id      BIGINT  NOT NULL REFERENCES filing (id),
    row_no         INTEGER NOT NULL,
    branch_name    VARCHAR(200),
    licence_number VARCHAR(18),
    address        VARCHAR(300),
    scope          VARCHAR(500),
    PRIMARY KEY (filing_id, row_no)
);
