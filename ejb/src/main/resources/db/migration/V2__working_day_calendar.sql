-- Working-day calendar: one row per year whose State Council holiday notice is entered, and the notice's lines.
CREATE TABLE calendar_year (
    notice_year  INTEGER      NOT NULL PRIMARY KEY,
    notice_title VARCHAR(200) NOT NULL,
    notice_url   VARCHAR(300),
    recorded_at  TIMESTAMP    NOT NULL,
    recorded_by  VARCHAR(64)  NOT NULL
);

-- EclipseLink hands out the 50 ids up to each value it draws: the first block is 1001-1050, above the shipped rows.
CREATE SEQUENCE calendar_period_seq START WITH 1050 INCREMENT BY 50;

CREATE TABLE calendar_period (
    id        BIGINT      NOT NULL PRIMARY KEY,
    notice_year INTEGER   NOT NULL REFERENCES calendar_year (notice_year),
    first_day DATE        NOT NULL,
    last_day  DATE        NOT NULL,
    off_day   BOOLEAN     NOT NULL,
    name_zh   VARCHAR(40) NOT NULL,
    CONSTRAINT ck_calendar_period_order CHECK (last_day >= first_day)
);
CREATE INDEX ix_calendar_period_year ON calendar_period (notice_year);
