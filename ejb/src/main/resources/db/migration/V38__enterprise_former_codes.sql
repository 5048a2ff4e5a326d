-- 企业代码变更 (seed 004): an enterprise's codes before its current one (the 13-digit code an older e-key carried),
-- kept so that searches by the old code still find it.
CREATE TABLE enterprise_former_code (
    enterprise_id BIGINT       NOT NULL REFERENCES enterprise (id),
    code          VARCHAR(18)  NOT NULL,
    replaced_by   VARCHAR(18)  NOT NULL,
    replaced_at   TIMESTAMP    NOT NULL,
    reference     VARCHAR(40),
    PRIMARY KEY (enterprise_id, code)
);
CREATE INDEX ix_enterprise_former_code ON enterprise_former_code (code);
