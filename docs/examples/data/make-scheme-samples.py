#!/usr/bin/env python3
"""Writes the example data of the two national schemes in docs/examples/rules/:

    torch-2021-zones.csv      zone,地区,类型                  (attributes: region and zone type)
    torch-2021-values.csv     zone,year,indicator,value,unit   (30 国家高新区 × 2019-2022, long format)
    torch-2021-firms.csv      zone,year,set,key,<field(unit)…>  (企业 records the counts and sums read)
    mofcom-2021-zones.csv     zone,地区,类型
    mofcom-2021-values.csv    zone,year,indicator,value,unit   (30 国家级经开区 × 2019-2022)
    mofcom-2021-firms.csv     zone,year,set,key,<field(unit)…>

ILLUSTRATIVE synthetic figures: drawn with a fixed seed in the ranges such zones report (a zone's 营业收入 in the
hundreds of 亿元, R&D at 1.5-6% of it, and so on). No zone and no figure is real; the names are placeholders.
A few values are left empty on purpose (missing, never zero). Run from the repository root:

    python3 docs/examples/data/make-scheme-samples.py
"""
import csv, math, os, random

random.seed(20261205)
HERE = os.path.dirname(os.path.abspath(__file__))
YEARS = [2019, 2020, 2021, 2022]
REGIONS = ["东部"] * 14 + ["中部"] * 9 + ["西部"] * 7


def lognormal(median, spread):
    return median * math.exp(random.gauss(0, spread))


def u(a, b):
    return random.uniform(a, b)


def r(x, d=2):
    return int(round(x)) if d == 0 else round(x, d)


def write(name, header, rows, comment):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        f.write("# " + comment + "\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


# ---- zones ------------------------------------------------------------------------------------------------------
torch_zones = [(f"示例高新区{i:02d}", REGIONS[(i * 7) % 30], "高新区") for i in range(1, 31)]
mofcom_zones = [(f"示例经开区{i:02d}", REGIONS[(i * 11) % 30], "经开区") for i in range(1, 31)]
for name, zones in (("torch-2021-zones.csv", torch_zones), ("mofcom-2021-zones.csv", mofcom_zones)):
    write(name, ["zone", "地区", "类型"], zones,
          "ILLUSTRATIVE synthetic zones (make-scheme-samples.py): region (地区) and type (类型) of each zone.")

# ---- 国家高新区 (torch-2021.rules) ---------------------------------------------------------------------------------
values, firms = [], []
for zone, region, _ in torch_zones:
    s = lognormal(1.0, 0.6)                       # the zone's size
    revenue = 800 * s
    employees = 100000 * s
    hte = 300 * s
    co2 = 0
    for y, year in enumerate(YEARS):
        growth = u(0.02, 0.16) if year != 2020 else u(-0.06, 0.08)
        revenue *= 1 + growth
        employees *= 1 + growth * u(0.2, 0.7)
        hte *= 1 + u(0.03, 0.18)
        value_added = revenue * u(0.20, 0.30)
        rd = revenue * u(0.015, 0.06)
        granted = employees * u(20, 80) / 10000
        energy = value_added * u(0.2, 0.6)          # 万吨标准煤: 0.2-0.6 吨标准煤/万元
        co2 = energy * u(2.0, 2.6)
        exports = revenue * u(0.05, 0.30)
        row = {
            "OperatingRevenue": (r(revenue, 1), "亿元"),
            "Employees": (r(employees, 0), "人"),
            "RdExpenditure": (r(rd, 2), "亿元"),
            "研发人员全时当量": (r(employees * u(0.05, 0.15), 0), "人年"),
            "InventionPatentsGranted": (r(granted, 0), "件"),
            "发明专利申请数": (r(granted * u(2, 3.5), 0), "件"),
            "ResearchInstitutions": (r(u(20, 300) * s ** 0.5, 0), "个"),
            "国家级创业服务机构数": (r(u(1, 30), 0), "个"),
            "NewRegisteredEnterprises": (r(2000 * s * u(0.7, 1.3), 0), "家"),
            "TechSmes": (r(200 * s * u(0.7, 1.3), 0), "家"),
            "新增在孵企业数": (r(100 * s * u(0.6, 1.4), 0), "家"),
            "高技术服务业营业收入": (r(revenue * u(0.10, 0.40), 1), "亿元"),
            "本科及以上从业人员": (r(employees * u(0.25, 0.60), 0), "人"),
            "TechContractTurnover": (r(revenue * u(0.01, 0.08), 2), "亿元"),
            "TotalProfit": (r(revenue * u(0.04, 0.12), 1), "亿元"),
            "HighTechEnterprises": (r(hte, 0), "家"),
            "ValidInventionPatents": (r(granted * u(6, 10), 0), "件"),
            "注册商标数": (r(3000 * s * u(0.7, 1.3), 0), "件"),
            "园区增加值": (r(value_added, 1), "亿元"),
            "EnergyConsumption": (r(energy, 2), "万吨标准煤"),
            "二氧化碳排放量": (r(co2, 1), "万吨"),
            "总绿地率": (r(u(25, 45), 1), "%"),
            "医院学校数": (r(u(20, 120), 0), "个"),
            "工资总额": (r(value_added * u(0.30, 0.50), 1), "亿元"),
            "月工资房价比": (r(u(0.2, 0.8), 3), ""),
            "技术引进合作经费": (r(revenue * u(0.002, 0.015), 2), "亿元"),
            "Exports": (r(exports, 1), "亿元"),
            "技术服务出口额": (r(exports * u(0.02, 0.15), 2), "亿元"),
            "外籍和留学归国人员": (r(employees * u(0.003, 0.03), 0), "人"),
            "所在城市GDP": (r(value_added / u(0.15, 0.60), 0), "亿元"),
            "新晋瞪羚企业数": (r(u(5, 60), 0), "家"),
            "当年上市企业数": (random.choice([0, 0, 1, 1, 2, 3, 5]), "家"),
        }
        # Missing on purpose: one zone does not report 3.7 in 2021, another no 技术服务出口额 in 2022.
        if zone == "示例高新区07" and year == 2021:
            row["月工资房价比"] = ("", "")
        if zone == "示例高新区12" and year == 2022:
            row["技术服务出口额"] = ("", "亿元")
        for indicator, (value, unit) in row.items():
            values.append([zone, year, indicator, value, unit])
        for k in range(1, 16):
            firm_revenue = lognormal(30000, 1.0)       # 万元; a few above 5亿元 (50000万元)
            domestic = random.random() < 0.8
            firms.append([zone, year, "企业", f"{zone}-企业{k:02d}",
                          r(firm_revenue, 0),
                          r(firm_revenue * u(0.0, 0.10), 0),
                          r(firm_revenue / 6.7 * u(0.0, 0.25), 0),   # 出口额 in 万美元
                          r(u(500, 20000), 0) if random.random() < 0.3 else 0,
                          random.choice([0, 0, 0, 0, 1, 2]),
                          random.choice([0, 0, 0, 1, 3]),
                          random.choice([0, 0, 0, 1, 2]),
                          random.choice([0, 0, 0, 0, 0, 1]),
                          random.choice([0, 0, 0, 1]),
                          "内资" if domestic else "外资",
                          "是" if random.random() < 0.5 else "否",
                          "是" if random.random() < 0.25 else "否"])

write("torch-2021-values.csv", ["zone", "year", "indicator", "value", "unit"], values,
      "ILLUSTRATIVE synthetic data (make-scheme-samples.py) for rules/torch-2021.rules: not real zones or figures.")
write("torch-2021-firms.csv",
      ["zone", "year", "set", "key", "营业收入(万元)", "研发经费(万元)", "出口额(万美元)", "风险投资额(万元)", "境外研发机构数(个)",
       "境外注册商标数(件)", "境外发明专利授权数(件)", "主导制定国际标准数(个)", "国家级研发机构数(个)", "控股", "高新技术企业", "数字产业"],
      firms, "ILLUSTRATIVE synthetic firm records (make-scheme-samples.py) for rules/torch-2021.rules; 营业收入, 研发经费 and "
             "风险投资额 in 万元, 出口额 in 万美元.")

# ---- 国家级经开区 (mofcom-2021.rules) -------------------------------------------------------------------------------
values, firms = [], []
for index, (zone, region, _) in enumerate(mofcom_zones):
    s = lognormal(1.0, 0.7)
    gdp = 600 * s * (1.3 if region == "东部" else 0.8)
    trade = 300 * s * (1.5 if region == "东部" else 0.6)
    fdi = 30000 * s
    energy = u(0.3, 1.2)
    for y, year in enumerate(YEARS):
        g = u(0.04, 0.11) if year != 2020 else u(-0.03, 0.05)
        gdp *= 1 + g
        trade *= 1 + u(-0.08, 0.18)
        fdi *= 1 + u(-0.15, 0.25)
        energy *= 1 - u(0.0, 0.06)
        industrial = gdp * u(0.35, 0.60)
        row = {
            "GDP": (r(gdp, 1), "亿元"),
            "ActualForeignInvestment": (r(fdi, 0), "万美元"),
            "ImportsExports": (r(trade, 1), "亿元"),
            "Exports": (r(trade * u(0.45, 0.65), 1), "亿元"),
            "高新技术产品进出口额": (r(trade * u(0.10, 0.40), 1), "亿元"),
            "RdIntensity": (r(u(1.5, 4.5), 2), "%"),
            "ResearchInstitutions": (r(u(10, 150) * s ** 0.5, 0), "个"),
            "HighTechEnterprises": (r(u(80, 400) * s, 0), "家"),
            "国家级孵化器众创空间数": (r(u(1, 15), 0), "个"),
            "NewHighTechEnterprises": (r(u(10, 80) * s, 0), "家"),
            "ValidInventionPatents": (r(u(500, 6000) * s, 0), "件"),
            "IndustrialValueAdded": (r(industrial, 1), "亿元"),
            "EnergyPerIndustrialValueAdded": (r(energy, 3), "吨标准煤/万元"),
            "CarbonPerValueAdded": (r(energy * u(2.0, 2.5), 3), "吨/万元"),
            "二氧化碳排放量": (r(industrial * energy * 2.3 * u(0.9, 1.1), 1), "万吨"),
            "工业用水量": (r(industrial * u(5, 25), 1), "万立方米"),
            "SolidWasteUtilisationRate": (r(u(80, 99.5), 1), "%"),
            "NewJobs": (r(5000 * s * u(0.7, 1.3), 0), "人"),
            "合作共建园区数": (random.choice([0, 1, 1, 2, 3, 4, 6]), "个"),
            "对口援助项目数": (random.choice([0, 0, 1, 2, 3, 5]), "个"),
            "主体责任落实评分": (r(u(80, 100), 1), ""),
            "ListedCompanies": (r(u(2, 40) * s, 0), "家"),
            "TotalTaxCollected": (r(gdp * u(0.08, 0.15), 1), "亿元"),
            "国家级试点示范数": (random.choice([0, 0, 0, 1, 2]), "个"),
            "环保督察问题数": (random.choice([0, 0, 0, 1, 2, 4]), "个"),
            "较大事故数": (random.choice([0] * 12 + [1]), "起"),
            "重大事故数": (0, "起"),
            "统计造假": (0, "起"),
        }
        # Hand-checked facts of the example test: 示例经开区05 has a 重大及以上生产安全事故 in 2021 (vetoed, no rank);
        # 示例经开区09 is found to have falsified statistics in 2022 (honours only: total and rank stand).
        if zone == "示例经开区05" and year == 2021:
            row["重大事故数"] = (1, "起")
        if zone == "示例经开区09" and year == 2022:
            row["统计造假"] = (1, "起")
        if zone == "示例经开区14" and year == 2020:
            row["工业用水量"] = ("", "万立方米")
        for indicator, (value, unit) in row.items():
            values.append([zone, year, indicator, value, unit])
        for k in range(1, 13):
            firms.append([zone, year, "企业", f"{zone}-企业{k:02d}",
                          r(lognormal(80000, 1.1), 0),          # 主营业务收入, 万元: some above 15亿 and 30亿元
                          random.choice(["制造业"] * 7 + ["批发和零售业", "信息技术服务业", "物流业"])])

write("mofcom-2021-values.csv", ["zone", "year", "indicator", "value", "unit"], values,
      "ILLUSTRATIVE synthetic data (make-scheme-samples.py) for rules/mofcom-2021.rules: not real zones or figures.")
write("mofcom-2021-firms.csv", ["zone", "year", "set", "key", "主营业务收入(万元)", "行业"], firms,
      "ILLUSTRATIVE synthetic firm records (make-scheme-samples.py) for rules/mofcom-2021.rules; 主营业务收入 in 万元.")
