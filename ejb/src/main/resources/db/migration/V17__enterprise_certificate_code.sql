-- #16: 合格证企业代码 (seed 000: the four letters certificate numbers and sample image names begin with). Only an
-- enterprise of the certificate business has one, and only it is offered that business's filings (a used-car
-- dealer is not offered 合格证企业信息变更). Issue #18's 新增企业备案 assigns it (and makes it unique).
ALTER TABLE enterprise ADD COLUMN certificate_code VARCHAR(4);
UPDATE enterprise SET certificate_code = 'YSQC' WHERE credit_code = '91350100M000100Y43';
