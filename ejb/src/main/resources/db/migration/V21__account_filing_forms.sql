-- An account's own affairs on the filing engine (#17): the forms of 实名认证 (legal person, natural
-- person) and of 账号找回. V22 moves the requests of the old separate review tables into filings.
CREATE TABLE account_real_name_legal (
    filing_id            BIGINT       NOT NULL PRIMARY KEY REFERENCES filing (id),
    enterprise_type      VARCHAR(40),
    credit_code          VARCHAR(18),
    organisation_name    VARCHAR(200),
    legal_person_type    VARCHAR(40),
    legal_representative VARCHAR(100),
    id_type              VARCHAR(20),
    id_number            VARCHAR(40),
    address              VARCHAR(300)
);
CREATE TABLE account_real_name_natural (
    filing_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES filing (id),
    person_name    VARCHAR(100),
    id_type        VARCHAR(20),
    id_number      VARCHAR(40),
    id_valid_from  DATE,
    id_valid_until DATE,
    address        VARCHAR(300)
);
CREATE TABLE account_recovery_form (
    filing_id            BIGINT       NOT NULL PRIMARY KEY REFERENCES filing (id),
    listing              VARCHAR(20),
    credit_code          VARCHAR(18),
    enterprise_name      VARCHAR(200),
    requester_name       VARCHAR(100),
    requester_id_number  VARCHAR(18),
    authorised_name      VARCHAR(100),
    authorised_id_number VARCHAR(18)
);
