-- 合格证系统U盾申领 (seed 000 §五): the form of the coc-ukey filing type.
CREATE TABLE coc_ukey_application (
    filing_id        BIGINT       NOT NULL PRIMARY KEY REFERENCES filing (id),
    key_count        INTEGER,
    recipient        VARCHAR(50),
    recipient_mobile VARCHAR(20),
    mailing_address  VARCHAR(300),
    purpose          VARCHAR(500)
);
