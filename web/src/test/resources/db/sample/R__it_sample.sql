-- The test-only business's form (cn.autogov.sample.SampleForm) and its table of branches.
CREATE TABLE IF NOT EXISTS it_sample_form (
    filing_id          BIGINT PRIMARY KEY,
    enterprise_name    VARCHAR(200),
    enterprise_scale   VARCHAR(20),
    registered_capital NUMERIC(14, 2),
    established_on     DATE,
    business_scope     VARCHAR(1000),
    contact_mobile     VARCHAR(11)
);

CREATE TABLE IF NOT EXISTS it_sample_branch (
    filing_id      BIGINT NOT NULL REFERENCES it_sample_form (filing_id),
    row_no         INTEGER NOT NULL,
    name           VARCHAR(200),
    licence_number VARCHAR(18),
    address        VARCHAR(300),
    scope          VARCHAR(500),
    PRIMARY KEY (filing_id, row_no)
);

-- The test-only account business's form (cn.autogov.sample.SampleAccountForm).
CREATE TABLE IF NOT EXISTS it_account_form (
    filing_id      BIGINT PRIMARY KEY,
    contact_mobile VARCHAR(11),
    business_scope VARCHAR(1000)
);
