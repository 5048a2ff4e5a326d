-- 配置信息系统开通 / 免税图册系统开通 / 票据关联系统开通 (seed 000 §九–§十一): the three forms, the
-- enterprises' plants (生产厂) and the openings the tax side confirms.
CREATE TABLE coc_config_opening (
    filing_id      BIGINT      NOT NULL PRIMARY KEY REFERENCES filing (id),
    contact_person VARCHAR(50),
    contact_mobile VARCHAR(20)
);
CREATE TABLE coc_config_opening_plant (
    filing_id  BIGINT       NOT NULL REFERENCES coc_config_opening (filing_id),
    row_no     INTEGER      NOT NULL,
    action     VARCHAR(10),
    plant_code VARCHAR(3),
    plant_name VARCHAR(200),
    province   VARCHAR(2),
    address    VARCHAR(300),
    PRIMARY KEY (filing_id, row_no)
);
CREATE TABLE coc_atlas_opening (
    filing_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES filing (id),
    contact_person VARCHAR(50),
    contact_mobile VARCHAR(20),
    plant_name     VARCHAR(200),
    plant_province VARCHAR(2)
);
CREATE TABLE coc_invoice_opening (
    filing_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES filing (id),
    contact_person VARCHAR(50),
    contact_mobile VARCHAR(20),
    tax_office     VARCHAR(200),
    remarks        VARCHAR(500)
);

CREATE SEQUENCE coc_plant_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE coc_plant (
    id            BIGINT       NOT NULL PRIMARY KEY,
    enterprise_id BIGINT       NOT NULL REFERENCES enterprise (id),
    code          VARCHAR(3)   NOT NULL,
    name          VARCHAR(200) NOT NULL,
    province      VARCHAR(2)   NOT NULL,
    address       VARCHAR(300),
    filing_number VARCHAR(30)  NOT NULL,
    changed_at    TIMESTAMP    NOT NULL,
    CONSTRAINT uq_coc_plant_code UNIQUE (enterprise_id, code)
);

CREATE SEQUENCE coc_system_opening_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE coc_system_opening (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    number          VARCHAR(30)  NOT NULL,
    filing_id       BIGINT       NOT NULL REFERENCES filing (id),
    system_code     VARCHAR(20)  NOT NULL,
    enterprise_id   BIGINT       NOT NULL REFERENCES enterprise (id),
    credit_code     VARCHAR(18)  NOT NULL,
    enterprise_name VARCHAR(200) NOT NULL,
    contact_person  VARCHAR(50),
    contact_mobile  VARCHAR(20),
    tax_office      VARCHAR(200),
    approved_at     TIMESTAMP    NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    confirmed_at    TIMESTAMP,
    confirmed_by    VARCHAR(64),
    refusal_reason  VARCHAR(500),
    CONSTRAINT uq_coc_system_opening_number UNIQUE (number)
);
CREATE INDEX ix_coc_system_opening_enterprise ON coc_system_opening (enterprise_id);
CREATE INDEX ix_coc_system_opening_approved ON coc_system_opening (approved_at, number);
CREATE TABLE coc_system_opening_plant (
    opening_id BIGINT       NOT NULL REFERENCES coc_system_opening (id),
    row_no     INTEGER      NOT NULL,
    action     VARCHAR(10)  NOT NULL,
    plant_code VARCHAR(3)   NOT NULL,
    plant_name VARCHAR(200) NOT NULL,
    province   VARCHAR(2)   NOT NULL,
    address    VARCHAR(300),
    PRIMARY KEY (opening_id, row_no)
);
