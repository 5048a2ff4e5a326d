-- 新增子企业备案 / 子企业信息变更 (seed 000 §六/§七): the forms of the coc-sub-enterprise and
-- coc-sub-enterprise-change filing types.
CREATE TABLE coc_sub_enterprise (
    filing_id            BIGINT       NOT NULL PRIMARY KEY REFERENCES filing (id),
    listing              VARCHAR(20),
    sub_credit_code      VARCHAR(18),
    sub_name             VARCHAR(200),
    legal_representative VARCHAR(100),
    registered_address   VARCHAR(300),
    production_address   VARCHAR(300),
    login_name           VARCHAR(32),
    mobile               VARCHAR(20)
);
CREATE TABLE coc_sub_enterprise_change (
    filing_id            BIGINT       NOT NULL PRIMARY KEY REFERENCES filing (id),
    listing              VARCHAR(20),
    enterprise_name      VARCHAR(200),
    legal_representative VARCHAR(100),
    registered_address   VARCHAR(300),
    production_address   VARCHAR(300),
    reason               VARCHAR(500),
    sub_credit_code      VARCHAR(18)
);
