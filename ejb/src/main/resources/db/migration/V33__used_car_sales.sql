-- 二手车销售情况 (seed 003 §2.4): one row per vehicle sold, typed or imported; keyset-paged per enterprise.
-- ids by sequence in blocks of 50 (a bulk import reserves its block at once)
CREATE SEQUENCE uc_sale_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE uc_sale (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    enterprise_id       BIGINT        NOT NULL REFERENCES enterprise (id),
    entered_on          DATE          NOT NULL,
    entered_at          TIMESTAMP     NOT NULL,
    entered_by          VARCHAR(64)   NOT NULL,
    import_id           BIGINT,
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
    version             BIGINT        NOT NULL
);
-- the same vehicle sold twice on one day by one enterprise is a duplicate
CREATE UNIQUE INDEX ux_uc_sale_vin_day ON uc_sale (enterprise_id, vin, sold_on);
-- keyset pages (newest first) of the list and of each search that is not by VIN
CREATE INDEX ix_uc_sale_page ON uc_sale (enterprise_id, id);
CREATE INDEX ix_uc_sale_plate ON uc_sale (enterprise_id, plate_number, id);
CREATE INDEX ix_uc_sale_entered ON uc_sale (enterprise_id, entered_on, id);
CREATE INDEX ix_uc_sale_class ON uc_sale (enterprise_id, vehicle_class, id);
-- a month's sales (the monthly report) and the same sale entered again
CREATE INDEX ix_uc_sale_sold ON uc_sale (enterprise_id, sold_on);
CREATE INDEX ix_uc_sale_fingerprint ON uc_sale (enterprise_id, fingerprint);
