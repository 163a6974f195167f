#!/usr/bin/env python3
"""Writes assessment-sample.csv and assessment-events.csv: an ILLUSTRATIVE provincial
assessment (综合考核) of 24 development zones over 2022-2024, with 2021 as the base year.

The figures are synthetic, drawn with a fixed seed at the magnitudes provincial zones report
(levels, growth, targets). No zone or figure is real; the zone names are placeholders. Run:
    python3 docs/examples/data/make-assessment-sample.py
"""
import csv, math, os, random

random.seed(20261122)
HERE = os.path.dirname(os.path.abspath(__file__))
GROUPS = ["北片", "中片", "南片"]
ZONES = [(f"示例开发区{i:02d}", GROUPS[i % 3]) for i in range(1, 25)]
YEARS = [2021, 2022, 2023, 2024]

# code: (low, high of the 2021 level, yearly growth mean, sd, decimals, target growth, polarity)
INDICATORS = {
    "ActualForeignInvestment": (500, 80000, 0.06, 0.15, 0, 0.08, +1),
    "ImportsExports": (10, 1500, 0.05, 0.10, 1, 0.06, +1),
    "Exports": (6, 900, 0.05, 0.10, 1, 0.06, +1),
    "NewForeignInvestedEnterprises": (2, 80, 0.05, 0.25, 0, 0.05, +1),
    "RdIntensity": (0.8, 5.0, 0.04, 0.06, 2, 0.05, +1),
    "HighTechEnterprises": (20, 600, 0.10, 0.06, 0, 0.10, +1),
    "InventionPatentsGranted": (10, 2000, 0.08, 0.15, 0, 0.08, +1),
    "ResearchInstitutions": (5, 150, 0.06, 0.08, 0, 0.05, +1),
    "EnergyPerIndustrialValueAdded": (0.2, 1.2, -0.03, 0.03, 3, -0.03, -1),
    "CarbonPerValueAdded": (0.5, 3.0, -0.03, 0.04, 2, -0.03, -1),
    "SolidWasteUtilisationRate": (70, 99, 0.005, 0.01, 1, 0.0, +1),
    "IdleLand": (0, 800, -0.10, 0.30, 0, -0.20, -1),
    "NewJobs": (500, 20000, 0.03, 0.10, 0, 0.03, +1),
    "HighLevelTalentRecruited": (5, 300, 0.06, 0.20, 0, 0.05, +1),
    "NewRegisteredEnterprises": (100, 5000, 0.05, 0.15, 0, 0.05, +1),
    "ProductionSafetyAccidents": (0, 4, 0.0, 0.0, 0, 0.0, -1),
    "GDP": (50, 1500, 0.07, 0.03, 1, 0.07, +1),
    "IndustrialOutput": (100, 3000, 0.08, 0.06, 1, 0.08, +1),
    "GeneralBudgetRevenue": (5, 150, 0.06, 0.08, 2, 0.06, +1),
    "TaxPerMu": (5, 60, 0.05, 0.08, 1, 0.05, +1),
}

def fmt(x, decimals):
    return int(round(x)) if decimals == 0 else round(x, decimals)

def draw_level(low, high):
    # Log-uniform: zone sizes span orders of magnitude.
    return math.exp(random.uniform(math.log(max(low, 0.5)), math.log(high)))

rows, events = [], []
for zone, group in ZONES:
    size = random.uniform(0.6, 1.4)
    for code, (low, high, mean, sd, decimals, target_growth, polarity) in INDICATORS.items():
        if code == "ProductionSafetyAccidents":
            for year in YEARS:
                value = random.choice([0, 0, 0, 0, 1, 1, 2, 3])
                rows.append([zone, group, year, code, value, 2 if year > 2021 else "", ""])
            continue
        level = min(high * 1.5, draw_level(low, high) * size) if code not in ("SolidWasteUtilisationRate",) else random.uniform(low, high)
        if code == "RdIntensity":
            level = random.uniform(low, high)
        previous = None
        for year in YEARS:
            if year > 2021:
                level = level * (1 + random.gauss(mean, sd))
                if code == "SolidWasteUtilisationRate":
                    level = min(level, 99.9)
            value = fmt(level, decimals)
            target = stretch = ""
            if previous is not None:
                target = fmt(previous * (1 + target_growth), decimals)
                if code in ("GDP", "IndustrialOutput"):
                    stretch = fmt(previous * (1 + target_growth + 0.02), decimals)
                if code == "SolidWasteUtilisationRate":
                    target = 90.0
            rows.append([zone, group, year, code, value, target, stretch])
            previous = value

# One missing figure: a zone that never reported 2023 patents (missing, never zero).
for row in rows:
    if row[0] == "示例开发区07" and row[2] == 2023 and row[3] == "InventionPatentsGranted":
        row[4] = ""

for zone, group in ZONES:
    for year in YEARS[1:]:
        for item, weight in (("中央环保督察反馈问题", 0.15), ("省级环保督察反馈问题", 0.2), ("较大生产安全事故", 0.05),
                             ("援疆援藏结对帮扶", 0.2), ("国家级荣誉", 0.1)):
            count = sum(1 for _ in range(3) if random.random() < weight)
            if count:
                events.append([zone, year, item, count])
events.append(["示例开发区13", 2023, "重大生产安全事故", 1])

with open(os.path.join(HERE, "assessment-sample.csv"), "w", newline="", encoding="utf-8") as f:
    f.write("# ILLUSTRATIVE synthetic data (make-assessment-sample.py): not real zones or figures.\n")
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["zone", "group", "year", "indicator", "value", "target", "stretch"])
    w.writerows(rows)
with open(os.path.join(HERE, "assessment-events.csv"), "w", newline="", encoding="utf-8") as f:
    f.write("# ILLUSTRATIVE synthetic events (make-assessment-sample.py): bonus, deduction and veto items.\n")
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["zone", "year", "item", "count"])
    w.writerows(events)
print(len(rows), "values,", len(events), "events")
