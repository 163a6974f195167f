"""Writes workbook.xlsx, the .xlsx template of docs/data-files.md (ILLUSTRATIVE figures), with the standard library
only: an Office Open XML package is a zip of XML parts. Sheet 1 is a 统计月报 table (title row, rows = indicators),
sheet 2 a table of zones. Strings are shared strings on sheet 1 and inline strings on sheet 2 (Excel writes the first,
other tools the second); numbers are numeric cells. Run: python3 make-workbook.py"""
import zipfile
from xml.sax.saxutils import escape

SHARED = []


def shared(text):
    if text not in SHARED:
        SHARED.append(text)
    return SHARED.index(text)


def column(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def sheet(rows, inline):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, start=1):
        out.append(f'<row r="{r}">')
        for c, value in enumerate(row):
            ref = f"{column(c)}{r}"
            if value is None or value == "":
                continue
            if isinstance(value, (int, float)):
                out.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif inline:
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
            else:
                out.append(f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>')
        out.append('</row>')
    out.append('</sheetData></worksheet>')
    return "".join(out)


monthly = [
    ["示例开发区04 2024年1-11月主要经济指标"],
    ["指标", "单位", "本月", "1-11月累计", "同比增长%", "年度目标", "完成进度%"],
    ["地区生产总值", "亿元", 30.2, 301.5, 5.9, 330, 91.4],
    ["规上工业总产值", "亿元", 88.0, 905.1, 7.7, 1000, 90.5],
    ["实际使用外资", "亿美元", 0.05, 0.61, "—", 0.8, 76.3],
]
zones = [
    ["# Template sheet: a table of zones; the year column gives the year of each row."],
    ["zone", "year", "地区", "类型", "出口额(万美元)"],
    ["示例开发区04", 2024, "中部", "经开", 52000],
    ["示例开发区05", 2024, "西部", "高新", 18000],
]
sheet1 = sheet(monthly, inline=False)
sheet2 = sheet(zones, inline=True)
strings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(SHARED)}" uniqueCount="{len(SHARED)}">'
           + "".join(f"<si><t>{escape(s)}</t></si>" for s in SHARED) + "</sst>")
parts = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="统计月报" sheetId="1" r:id="rId1"/><sheet name="开发区" sheetId="2" r:id="rId2"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    '</Relationships>',
    "xl/worksheets/sheet1.xml": sheet1,
    "xl/worksheets/sheet2.xml": sheet2,
    "xl/sharedStrings.xml": strings,
}
with zipfile.ZipFile("workbook.xlsx", "w", zipfile.ZIP_DEFLATED) as package:
    for name, text in parts.items():
        # A fixed date: the same bytes on every run.
        info = zipfile.ZipInfo(name, date_time=(2026, 12, 5, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        package.writestr(info, text.encode("utf-8"))
