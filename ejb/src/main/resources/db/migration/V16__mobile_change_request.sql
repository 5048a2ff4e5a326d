-- #16: 手机号修改 for a user who lost the old number (seed 002's sign-in page): the account's password, the verified
-- identity again (name, ID number, a scan of the ID document) and the new number proven by its code; staff review it.
CREATE SEQUENCE mobile_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mobile_change_request (
    id           BIGINT       NOT NULL PRIMARY KEY,
    account_id   BIGINT       NOT NULL REFERENCES user_account (id),
    person_name  VARCHAR(100) NOT NULL,
    id_number    VARCHAR(40)  NOT NULL,
    new_mobile   VARCHAR(11)  NOT NULL,
    id_scan_id   BIGINT       NOT NULL REFERENCES stored_file (id),
    origin       VARCHAR(64),
    submitted_at TIMESTAMP    NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    decided_at   TIMESTAMP,
    decided_by   VARCHAR(64),
    remark       VARCHAR(500)
);
CREATE INDEX ix_mobile_change_status ON mobile_change_request (status);
CREATE INDEX ix_mobile_change_account ON mobile_change_request (account_id);
