-- Reference data (config jar): provincial-level administrative divisions, GB/T 2260 codes, written from the
-- published standard. Versions V<n>_<m> follow the schema version <n> they need.
CREATE TABLE region (
    code    VARCHAR(6)  NOT NULL PRIMARY KEY,
    name_zh VARCHAR(40) NOT NULL,
    name_en VARCHAR(60) NOT NULL,
    level   SMALLINT    NOT NULL
);

INSERT INTO region (code, name_zh, name_en, level) VALUES
('110000', '北京市', 'Beijing', 1),
('120000', '天津市', 'Tianjin', 1),
('130000', '河北省', 'Hebei', 1),
('140000', '山西省', 'Shanxi', 1),
('150000', '内蒙古自治区', 'Inner Mongolia', 1),
('210000', '辽宁省', 'Liaoning', 1),
('220000', '吉林省', 'Jilin', 1),
('230000', '黑龙江省', 'Heilongjiang', 1),
('310000', '上海市', 'Shanghai', 1),
('320000', '江苏省', 'Jiangsu', 1),
('330000', '浙江省', 'Zhejiang', 1),
('340000', '安徽省', 'Anhui', 1),
('350000', '福建省', 'Fujian', 1),
('360000', '江西省', 'Jiangxi', 1),
('370000', '山东省', 'Shandong', 1),
('410000', '河南省', 'Henan', 1),
('420000', '湖北省', 'Hubei', 1),
('430000', '湖南省', 'Hunan', 1),
('440000', '广东省', 'Guangdong', 1),
('450000', '广西壮族自治区', 'Guangxi', 1),
('460000', '海南省', 'Hainan', 1),
('500000', '重庆市', 'Chongqing', 1),
('510000', '四川省', 'Sichuan', 1),
('520000', '贵州省', 'Guizhou', 1),
('530000', '云南省', 'Yunnan', 1),
('540000', '西藏自治区', 'Xizang', 1),
('610000', '陕西省', 'Shaanxi', 1),
('620000', '甘肃省', 'Gansu', 1),
('630000', '青海省', 'Qinghai', 1),
('640000', '宁夏回族自治区', 'Ningxia', 1),
('650000', '新疆维吾尔自治区', 'Xinjiang', 1),
('710000', '台湾省', 'Taiwan', 1),
('810000', '香港特别行政区', 'Hong Kong', 1),
('820000', '澳门特别行政区', 'Macao', 1);
