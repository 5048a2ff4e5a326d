-- 二手车交易信息导入 (seed 003 §2.4.2): a file's checked rows wait in the staging table within the import's one
-- transaction (a dry run rolls them back; a commit moves them to uc_sale and empties it), so an import is all or
-- nothing, survives a kill, and needs no memory that grows with the rows. Committed imports are kept.
CREATE TABLE uc_sale_staging (
    import_key          BIGINT        NOT NULL,
    row_no              INTEGER       NOT NULL,
    buyer_kind          VARCHAR(10)   NOT NULL,
    buyer_name          VARCHAR(100)  NOT NULL,
    buyer_id_number     VARCHAR(18)   NOT NULL,
    buyer_address       VARCHAR(200)  NOT NULL,
    buyer_mobile        VARCHAR(11)   NOT NULL,
    seller_kind         VARCHAR(10)   NOT NULL,
    seller_name         VARCHAR(100)  NOT NULL,
    seller_id_number    VARCHAR(18)   NOT NULL,
    seller_address      VARCHAR(200)  NOT NULL,
    seller_mobile       VARCHAR(11)   NOT NULL,
    agent_kind          VARCHAR(10),
    agent_name          VARCHAR(100),
    agent_id_number     VARCHAR(18),
    agent_address       VARCHAR(200),
    agent_mobile        VARCHAR(11),
    plate_number        VARCHAR(10)   NOT NULL,
    registration_number VARCHAR(20)   NOT NULL,
    vin                 VARCHAR(17)   NOT NULL,
    brand_model         VARCHAR(100)  NOT NULL,
    vehicle_class       VARCHAR(20)   NOT NULL,
    transfer_office     VARCHAR(100)  NOT NULL,
    price               DECIMAL(14, 2) NOT NULL,
    dealing_unit        VARCHAR(200)  NOT NULL,
    sold_on             DATE          NOT NULL,
    fingerprint         VARCHAR(64)   NOT NULL,
    PRIMARY KEY (import_key, row_no)
);
CREATE INDEX ix_uc_sale_staging_vin ON uc_sale_staging (import_key, vin, sold_on);

CREATE SEQUENCE uc_sale_import_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE uc_sale_import (
    id            BIGINT       NOT NULL PRIMARY KEY,
    enterprise_id BIGINT       NOT NULL REFERENCES enterprise (id),
    file_name     VARCHAR(255) NOT NULL,
    file_sha256   VARCHAR(64)  NOT NULL,
    rows_read     INTEGER      NOT NULL,
    rows_recorded INTEGER      NOT NULL,
    rows_already  INTEGER      NOT NULL,
    imported_at   TIMESTAMP    NOT NULL,
    imported_by   VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_uc_sale_import_enterprise ON uc_sale_import (enterprise_id, id);
