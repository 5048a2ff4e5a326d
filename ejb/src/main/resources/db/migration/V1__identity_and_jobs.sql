-- Schema migrations live here as V<n>__*.sql (whole versions); reference data in the config jar uses V<n>_<m>.
-- Written once for H2 and PostgreSQL: standard types only.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_account (
    id                       BIGINT       NOT NULL PRIMARY KEY,
    login_name               VARCHAR(64)  NOT NULL,
    display_name             VARCHAR(100) NOT NULL,
    role                     VARCHAR(48)  NOT NULL,
    organisation_name        VARCHAR(200),
    credit_code              VARCHAR(18),
    region_code              VARCHAR(6),
    password_hash            VARCHAR(200) NOT NULL,
    password_change_required BOOLEAN      NOT NULL,
    enabled                  BOOLEAN      NOT NULL,
    demo                     BOOLEAN      NOT NULL,
    failed_logins            INTEGER      NOT NULL,
    locked_until             TIMESTAMP,
    created_at               TIMESTAMP    NOT NULL,
    password_changed_at      TIMESTAMP,
    last_login_at            TIMESTAMP,
    version                  BIGINT       NOT NULL
);
-- login names are stored in lower case (UserAccount.create), so a plain unique index is case-insensitive
CREATE UNIQUE INDEX ux_user_account_login ON user_account (login_name);

-- One row per run of a scheduled job and time slot: the primary key makes a job run once per cluster.
CREATE TABLE job_run (
    job_name    VARCHAR(64)  NOT NULL,
    slot        VARCHAR(32)  NOT NULL,
    instance    VARCHAR(64)  NOT NULL,
    started_at  TIMESTAMP    NOT NULL,
    finished_at TIMESTAMP,
    outcome     VARCHAR(200),
    PRIMARY KEY (job_name, slot)
);
