-- Small code lists (号牌种类, 使用性质, vehicle classes of the monthly report, enterprise natures, ...), one table;
-- administrators edit the ones that change. Administrative divisions are in region.
-- EclipseLink hands out the 50 ids up to each value it draws: the first block is 1001-1050, above the shipped rows.
CREATE SEQUENCE reference_code_seq START WITH 1050 INCREMENT BY 50;

CREATE TABLE reference_code (
    id         BIGINT       NOT NULL PRIMARY KEY,
    category   VARCHAR(40)  NOT NULL,
    code       VARCHAR(20)  NOT NULL,
    name_zh    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    extra      VARCHAR(40),
    sort_order INTEGER      NOT NULL,
    active     BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT ux_reference_code UNIQUE (category, code)
);
