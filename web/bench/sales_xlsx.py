#!/usr/bin/env python3
"""Writes a filled-in sales template (.xlsx, inline strings, as the platform's own template is) of N valid rows:
every VIN with its check digit, a different vehicle each row. Usage: sales_xlsx.py ROWS OUT.xlsx [SEED]"""
import random
import sys
import zipfile
from datetime import date, timedelta

HEADER = ["买方是否企业", "买方单位/个人名称", "买方证件号码", "买方单位/个人住址", "买方单位/个人手机",
          "卖方是否企业", "卖方单位/个人名称", "卖方证件号码", "卖方单位/个人住址", "卖方单位/个人手机",
          "是否代理人", "代理人是否企业", "代理人单位/个人名称", "代理人证件号码", "代理人单位/个人地址", "代理人单位/个人手机",
          "车牌照号", "登记证号", "车架号/车辆识别代码", "厂牌型号", "车辆类型", "转入地车辆管理所名称",
          "车价合计（小写，元）", "车价合计（大写）", "经营、拍卖单位", "交易日期"]
CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
CLASSES = ["基本型（轿车）", "MPV", "SUV", "交叉型", "货车"]


def vin(n):
    body = "LSV" + "".join(CHARS[(n // 33 ** k) % 33] for k in range(5)) + "0" + "L" + "B" + "%06d" % (n % 1000000)
    s = sum((int(c) if c.isdigit() else TR[c]) * w for c, w in zip(body, W))
    check = "X" if s % 11 == 10 else str(s % 11)
    return body[:8] + check + body[9:]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cell(col, row, value):
    ref = (chr(65 + col) if col < 26 else "A" + chr(65 + col - 26)) + str(row)
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(value))


def main():
    rows, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    rnd = random.Random(seed)
    today = date.today()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   '<sheet name="二手车交易信息" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            f.write(('<row r="1">' + "".join(cell(c, 1, h) for c, h in enumerate(HEADER)) + "</row>").encode())
            buf = []
            for i in range(rows):
                n = seed * 10_000_000 + i
                r = i + 2
                values = ["个人", "买方%d" % i, "11010519491231002X", "福建省福州市鼓楼区买方路%d号" % (i % 999 + 1),
                          "139%08d" % rnd.randrange(10 ** 8),
                          "单位", "福州卖方汽车有限公司", "91350100MA2Y8E3TX7", "福建省福州市台江区卖方路2号",
                          "137%08d" % rnd.randrange(10 ** 8),
                          "否", "", "", "", "", "",
                          "闽A%05d" % rnd.randrange(100000), "3500%08d" % rnd.randrange(10 ** 8), vin(n),
                          "大众牌FV7145", CLASSES[i % len(CLASSES)], "福州市公安局交通警察支队车辆管理所",
                          str(20000 + rnd.randrange(300) * 1000), "", "福州二手车交易市场",
                          (today - timedelta(days=1 + i % 300)).isoformat()]
                buf.append('<row r="%d">' % r + "".join(cell(c, r, v) for c, v in enumerate(values) if v) + "</row>")
                if len(buf) == 2000:
                    f.write("".join(buf).encode())
                    buf = []
            f.write("".join(buf).encode())
            f.write(b"</sheetData></worksheet>")


if __name__ == "__main__":
    main()
