-- #8: an approved filing's enterprise is reminded 30 and 7 days before the validity ends (the days left at the
-- last reminder sent; null: none yet).
ALTER TABLE filing ADD COLUMN expiry_reminded_at_days INTEGER;

-- #8: the rest of seed 001's 基本信息.
ALTER TABLE export_filing_form ADD COLUMN enterprise_nature VARCHAR(30);
ALTER TABLE export_filing_form ADD COLUMN business_area NUMERIC(14, 2);
ALTER TABLE export_filing_form ADD COLUMN enterprise_scale VARCHAR(20);
ALTER TABLE export_filing_form ADD COLUMN export_staff INTEGER;
ALTER TABLE export_filing_form ADD COLUMN business_term_until DATE;
