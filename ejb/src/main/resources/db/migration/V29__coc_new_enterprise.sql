-- 新增企业备案 (seed 000 §一): the form of the coc-new-enterprise filing type.
CREATE TABLE coc_new_enterprise (
    filing_id            BIGINT       NOT NULL PRIMARY KEY REFERENCES filing (id),
    listing              VARCHAR(20),
    credit_code          VARCHAR(18),
    enterprise_name      VARCHAR(200),
    legal_representative VARCHAR(100),
    registered_address   VARCHAR(300),
    production_address   VARCHAR(300),
    certificate_code     VARCHAR(4),
    authorised_name      VARCHAR(50),
    authorised_id_number VARCHAR(18)
);
