-- #8: an approved filing's enterprise is reminded 30 and 7 days before the validity ends (the days left at the
-- last reminder sent; null: none yet).
ALTER TABLE filing ADD COLUMN expiry_reminded_at_days INTEGER;
