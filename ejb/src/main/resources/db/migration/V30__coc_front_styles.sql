-- 合格证正面样式备案 / 变更 (seed 000 §三/§四): the two forms and the register of front styles with their
-- periods. The anti-counterfeiting text is at most 200 characters; its column holds 400 UTF-16 units so
-- that 200 characters outside the basic plane fit too.
CREATE TABLE coc_front_style_filing (
    filing_id        BIGINT        NOT NULL PRIMARY KEY REFERENCES filing (id),
    composition      VARCHAR(1000),
    anti_counterfeit VARCHAR(400),
    style_scope      VARCHAR(500)
);
CREATE TABLE coc_front_style_change (
    filing_id        BIGINT        NOT NULL PRIMARY KEY REFERENCES filing (id),
    composition      VARCHAR(1000),
    anti_counterfeit VARCHAR(400),
    style_scope      VARCHAR(500),
    replaced_style   VARCHAR(20),
    change_reason    VARCHAR(500),
    differences      VARCHAR(1000),
    switch_over_date DATE
);
CREATE SEQUENCE coc_front_style_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE coc_front_style (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    enterprise_id BIGINT       NOT NULL REFERENCES enterprise (id),
    code          VARCHAR(20)  NOT NULL,
    filing_id     BIGINT       NOT NULL REFERENCES filing (id),
    filing_number VARCHAR(30)  NOT NULL,
    style_scope   VARCHAR(500),
    valid_from    DATE         NOT NULL,
    valid_to      DATE,
    replaced_by   VARCHAR(20),
    CONSTRAINT uq_coc_front_style_code UNIQUE (code)
);
CREATE INDEX ix_coc_front_style_enterprise ON coc_front_style (enterprise_id);
