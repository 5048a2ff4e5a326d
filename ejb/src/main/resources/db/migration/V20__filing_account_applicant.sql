-- The engine (#17): a filing's applicant may be an account (实名认证, 账号找回, a natural person's 新增企业备案) instead of
-- an enterprise: exactly one of enterprise_id and account_id names it.
ALTER TABLE filing ALTER COLUMN enterprise_id DROP NOT NULL;
ALTER TABLE filing ADD COLUMN account_id BIGINT;
ALTER TABLE filing ADD CONSTRAINT filing_one_applicant
    CHECK ((enterprise_id IS NULL) <> (account_id IS NULL));
CREATE INDEX ix_filing_account ON filing (account_id, id);
