#!/usr/bin/env python3
"""Generate the project's sample disclosure: a FICTIONAL department's 2025 budget.

Writes sample-budget.html (tables + narrative) and sample-budget.txt (the text
without the table cells, one paragraph per line) next to this file. Every
table identity (W1-W14, X1-X7, X12-X14) and every narrative identity (N1-N11,
Y1-Y5) is asserted before anything is written, except the two deliberate
errors listed in PLANTED_ERRORS (see README.md).

Usage: python3 assets/samples/generate.py [--out DIR]
"""
from __future__ import annotations

import argparse
import html
import pathlib
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

OUT_DIR = pathlib.Path(__file__).resolve().parent
DEPT = "云溪市数据资源管理局"
YEAR = 2025
PREV = YEAR - 1
DOC_NO = "云财预〔2025〕8号"
# Percentages are printed with this many decimals. An exact value closer to a
# rounding midpoint than this fraction of the last printed digit is rejected,
# so a checker rounding either way (or from 元-level data) agrees with us.
PCT_PLACES = 2
MIDPOINT_MARGIN = Decimal("0.2")

# ---------------------------------------------------------------- amounts
# All amounts are integers in hundredths of 万元 (i.e. 元 x 100), so sums are exact.


def c(s: str) -> int:
    d = Decimal(s) * 100
    assert d == d.to_integral_value(), s
    return int(d)


def fmt_table(v: int, blank_zero: bool = True) -> str:
    """Table style: thousands separators, two decimals, zero left blank."""
    if v == 0 and blank_zero:
        return ""
    sign = "-" if v < 0 else ""
    v = abs(v)
    return f"{sign}{v // 100:,}.{v % 100:02d}"


def fmt_text(v: int) -> str:
    """Narrative style: no separators, two decimals, zero as 0."""
    if v == 0:
        return "0"
    return f"{v // 100}.{v % 100:02d}"


def pct(num: int, den: int, places: int = PCT_PLACES) -> str:
    exact = Decimal(num) * 100 / Decimal(den)
    q = Decimal(1).scaleb(-places)
    up = exact.quantize(q, ROUND_HALF_UP)
    even = exact.quantize(q, ROUND_HALF_EVEN)
    assert up == even, f"{num}/{den}: rounding ambiguous"
    midpoint_distance = abs(abs(exact - up) - q / 2)
    assert midpoint_distance > MIDPOINT_MARGIN * q, f"{num}/{den}={exact}: too close to a midpoint"
    return f"{up}%"


def pct_value(text: str) -> Decimal:
    return Decimal(text.rstrip("%"))


# ---------------------------------------------------------------- classifications

FUNC = {
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "2010302": "一般行政管理事务",
    "2010350": "事业运行",
    "2010399": "其他政府办公厅（室）及相关机构事务支出",
    "20199": "其他一般公共服务支出",
    "2019999": "其他一般公共服务支出",
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2080506": "机关事业单位职业年金缴费支出",
    "20808": "抚恤",
    "2080801": "死亡抚恤",
    "210": "卫生健康支出",
    "21011": "行政事业单位医疗",
    "2101101": "行政单位医疗",
    "2101102": "事业单位医疗",
    "2101103": "公务员医疗补助",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "2210202": "提租补贴",
    "2210203": "购房补贴",
}

ECON = {
    "301": "工资福利支出",
    "30101": "基本工资",
    "30102": "津贴补贴",
    "30103": "奖金",
    "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费",
    "30109": "职业年金缴费",
    "30110": "职工基本医疗保险缴费",
    "30111": "公务员医疗补助缴费",
    "30112": "其他社会保障缴费",
    "30113": "住房公积金",
    "30199": "其他工资福利支出",
    "302": "商品和服务支出",
    "30201": "办公费",
    "30202": "印刷费",
    "30205": "水费",
    "30206": "电费",
    "30207": "邮电费",
    "30209": "物业管理费",
    "30211": "差旅费",
    "30212": "因公出国（境）费用",
    "30213": "维修（护）费",
    "30215": "会议费",
    "30216": "培训费",
    "30217": "公务接待费",
    "30226": "劳务费",
    "30227": "委托业务费",
    "30228": "工会经费",
    "30229": "福利费",
    "30231": "公务用车运行维护费",
    "30239": "其他交通费用",
    "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助",
    "30302": "退休费",
    "30304": "抚恤金",
    "30399": "其他对个人和家庭的补助",
    "310": "资本性支出",
    "31002": "办公设备购置",
    "31003": "专用设备购置",
    "31007": "信息网络及软件购置更新",
}
PERSONNEL_CLASSES = ("301", "303")  # W10: 人员经费 = 301 + 303
PUBLIC_CLASSES = ("302", "310")  # W10: 公用经费 = 302 + 310

# ---------------------------------------------------------------- the budget (万元)

# 一般公共预算财政拨款 basic spending: (function 项, economic 款, amount).
BASIC_FISCAL = [
    # 本级 (行政单位) — 2010301 行政运行
    ("2010301", "30101", "268.44"), ("2010301", "30102", "412.36"), ("2010301", "30103", "35.20"),
    ("2010301", "30112", "6.18"), ("2010301", "30199", "22.50"),
    ("2010301", "30201", "18.60"), ("2010301", "30202", "6.40"), ("2010301", "30205", "2.10"),
    ("2010301", "30206", "16.80"), ("2010301", "30207", "9.30"), ("2010301", "30209", "38.50"),
    ("2010301", "30211", "12.00"), ("2010301", "30212", "3.00"), ("2010301", "30213", "8.20"),
    ("2010301", "30215", "4.50"), ("2010301", "30216", "6.00"), ("2010301", "30217", "3.60"),
    ("2010301", "30228", "14.22"), ("2010301", "30229", "9.45"), ("2010301", "30231", "7.20"),
    ("2010301", "30239", "31.68"), ("2010301", "30299", "5.46"), ("2010301", "31002", "6.80"),
    # 云溪市大数据发展中心 (公益一类事业单位) — 2010350 事业运行
    ("2010350", "30101", "186.12"), ("2010350", "30102", "48.60"), ("2010350", "30107", "265.30"),
    ("2010350", "30112", "4.25"), ("2010350", "30199", "8.40"),
    ("2010350", "30201", "9.80"), ("2010350", "30206", "42.60"), ("2010350", "30207", "5.20"),
    ("2010350", "30209", "12.40"), ("2010350", "30211", "4.20"), ("2010350", "30213", "6.50"),
    ("2010350", "30228", "10.10"), ("2010350", "30229", "6.80"), ("2010350", "30299", "3.42"),
    ("2010350", "31002", "3.50"),
    # 社会保障、医疗、住房 (both units)
    ("2080501", "30302", "56.40"), ("2080502", "30302", "18.90"),
    ("2080505", "30108", "128.46"), ("2080506", "30109", "64.23"),
    ("2080801", "30304", "4.80"),
    ("2101101", "30110", "38.62"), ("2101102", "30110", "31.08"), ("2101103", "30111", "9.64"),
    ("2210201", "30113", "96.35"), ("2210202", "30102", "27.36"), ("2210203", "30399", "42.18"),
]

# Basic spending paid from 其他收入 (the centre's rent and interest), not fiscal money.
BASIC_OTHER = [("2010350", "30299", "12.60")]

# Project spending, all 一般公共预算财政拨款. econ: economic 款 -> amount.
PROJECTS = [
    dict(name="政务云平台运维服务", unit="云溪市大数据发展中心", func="2010399",
         econ={"30227": "486.00"}),
    dict(name="公共数据资源目录编制与质量治理", unit="云溪市数据资源管理局本级", func="2010302",
         econ={"30227": "98.50", "30226": "30.00"}),
    dict(name="“一网通办”平台升级改造", unit="云溪市数据资源管理局本级", func="2019999",
         econ={"31007": "296.80", "30227": "60.00"}),
    dict(name="网络安全等级保护测评", unit="云溪市数据资源管理局本级", func="2010302",
         econ={"30227": "42.00"}),
    dict(name="城市运行数据底座建设（一期）", unit="云溪市大数据发展中心", func="2019999",
         econ={"31007": "380.00", "31003": "140.00"}),
    dict(name="数据要素市场培育与宣传", unit="云溪市数据资源管理局本级", func="2010302",
         econ={"30202": "6.40", "30215": "12.00", "30299": "18.00"}),
    dict(name="大数据中心机房电力及空调维保", unit="云溪市大数据发展中心", func="2010399",
         econ={"30213": "68.20"}),
]

# Income (本年收入) by source; only 一般公共预算拨款 and 其他收入 are non-zero.
OTHER_INCOME = sum(c(a) for _, _, a in BASIC_OTHER)
CARRY_OVER = 0  # 上年结转
FUND_MAKEUP = 0  # 用事业基金弥补收支差额
CARRY_FORWARD = 0  # 结转下年

# Last year's budget, for the year-over-year sentences.
PREV_TOTAL_INCOME = c("3331.20")
PREV_OTHER_INCOME = c("10.80")
PREV_RUNNING_COST = c("341.07")  # 机关运行经费 2024

# "三公" budget by item; 2025 is derived from the economic rows below, 2024 given.
PREV_THREE_PUBLIC = {"abroad": c("5.00"), "car_buy": c("0"), "car_run": c("8.00"), "reception": c("4.20")}

# 政府采购 (万元) and 国有资产 (as at 2024-12-31).
PROCUREMENT = {"goods": c("150.30"), "works": 0, "services": c("1273.00")}
PROCUREMENT_SME = c("568.20")
PROCUREMENT_SME_SMALL = c("412.60")
ASSETS = dict(total=c("2864.37"), fixed=c("1932.58"), house_area="6420.00", house_value=c("1386.20"),
              car_value=c("61.45"), cars={"一般公务用车": 2, "执法执勤用车": 0, "特种专业技术用车": 1, "其他用车": 0},
              big_equipment=2)

# The two deliberate errors (README.md documents them).
PLANTED_RUNNING_COST_PCT = "12.5%"  # true value computed below (about 9.6%)
PLANTED_RECEPTION_OFFSET = c("1.00")  # the 三公 sentence overstates 公务接待费 by this much

# ---------------------------------------------------------------- derived model


def level_codes(code: str) -> list[str]:
    return [code[:3], code[:5], code]


def build_function_rows(leaf_values: dict[str, dict[str, int]], columns: list[str]) -> list[dict]:
    """类/款/项 rows in code order with every column summed up the hierarchy (W8)."""
    totals: dict[str, dict[str, int]] = {}
    for leaf, vals in leaf_values.items():
        for code in level_codes(leaf):
            row = totals.setdefault(code, {k: 0 for k in columns})
            for k in columns:
                row[k] += vals.get(k, 0)
    rows = [dict(code=code, name=FUNC[code], **totals[code]) for code in sorted(totals)]
    grand = {k: sum(r[k] for r in rows if len(r["code"]) == 3) for k in columns}
    rows.append(dict(code="", name="合计", **grand))
    return rows


def econ_class(code: str) -> str:
    return code[:3]


leaves = sorted({f for f, _, _ in BASIC_FISCAL} | {f for f, _, _ in BASIC_OTHER} | {p["func"] for p in PROJECTS})

fiscal_person = {f: 0 for f in leaves}
fiscal_public = {f: 0 for f in leaves}
for f, e, a in BASIC_FISCAL:
    if econ_class(e) in PERSONNEL_CLASSES:
        fiscal_person[f] += c(a)
    else:
        assert econ_class(e) in PUBLIC_CLASSES, e
        fiscal_public[f] += c(a)
other_basic = {f: 0 for f in leaves}
for f, _, a in BASIC_OTHER:
    other_basic[f] += c(a)
project_by_func = {f: 0 for f in leaves}
for p in PROJECTS:
    p["total"] = sum(c(a) for a in p["econ"].values())
    project_by_func[p["func"]] += p["total"]

# B05 一般公共预算财政拨款支出预算表
b05_cols = ["total", "basic", "person", "public", "project"]
b05 = build_function_rows({
    f: dict(total=fiscal_person[f] + fiscal_public[f] + project_by_func[f],
            basic=fiscal_person[f] + fiscal_public[f], person=fiscal_person[f],
            public=fiscal_public[f], project=project_by_func[f])
    for f in leaves}, b05_cols)

# B03 支出预算表 (all money)
b03_cols = ["total", "basic", "project", "upper", "business", "affiliate"]
b03 = build_function_rows({
    f: dict(total=fiscal_person[f] + fiscal_public[f] + other_basic[f] + project_by_func[f],
            basic=fiscal_person[f] + fiscal_public[f] + other_basic[f], project=project_by_func[f])
    for f in leaves}, b03_cols)

# B02 收入预算表
b02_cols = ["total", "carry", "gpb", "fund", "soe", "service", "other"]
b02 = build_function_rows({
    f: dict(total=fiscal_person[f] + fiscal_public[f] + project_by_func[f] + other_basic[f],
            gpb=fiscal_person[f] + fiscal_public[f] + project_by_func[f], other=other_basic[f])
    for f in leaves}, b02_cols)

# B06 一般公共预算财政拨款基本支出预算表 (economic classification)
econ_totals: dict[str, int] = {}
for _, e, a in BASIC_FISCAL:
    econ_totals[e] = econ_totals.get(e, 0) + c(a)
    econ_totals[econ_class(e)] = econ_totals.get(econ_class(e), 0) + c(a)
b06 = []
for code in sorted(econ_totals):
    v = econ_totals[code]
    personnel = econ_class(code) in PERSONNEL_CLASSES
    b06.append(dict(code=code, name=ECON[code], total=v, person=v if personnel else 0, public=0 if personnel else v))
b06.append(dict(code="", name="合计", total=sum(r["total"] for r in b06 if len(r["code"]) == 3),
                person=sum(r["person"] for r in b06 if len(r["code"]) == 3),
                public=sum(r["public"] for r in b06 if len(r["code"]) == 3)))

# Totals
b03_total = b03[-1]
b05_total = b05[-1]
b06_total = b06[-1]
FISCAL_INCOME = b05_total["total"]  # 一般公共预算拨款 (the only fiscal fund)
INCOME_THIS_YEAR = FISCAL_INCOME + OTHER_INCOME
INCOME_GRAND = INCOME_THIS_YEAR + FUND_MAKEUP + CARRY_OVER
classes = [r for r in b03 if len(r["code"]) == 3]
fiscal_classes = [r for r in b05 if len(r["code"]) == 3]

# B01 收入支出预算总表: (label, amount) pairs for the two sides.
b01_income = [
    ("一、一般公共预算拨款收入", FISCAL_INCOME),
    ("二、政府性基金预算拨款收入", 0),
    ("三、国有资本经营预算拨款收入", 0),
    ("四、财政专户管理资金收入", 0),
    ("五、事业收入", 0),
    ("六、事业单位经营收入", 0),
    ("七、上级补助收入", 0),
    ("八、附属单位上缴收入", 0),
    ("九、其他收入", OTHER_INCOME),
]
CN_NUM = "一二三四五六七八九十"
b01_spend = [(f"{CN_NUM[i]}、{r['name']}", r["total"]) for i, r in enumerate(classes)]

# B04 财政拨款收入支出预算总表
b04_income = [("一、一般公共预算拨款", FISCAL_INCOME), ("二、政府性基金预算拨款", 0),
              ("三、国有资本经营预算拨款", 0), ("四、上年结转", 0)]
b04_spend = [dict(label=f"{CN_NUM[i]}、{r['name']}", total=r["total"], gpb=r["total"], fund=0, soe=0)
             for i, r in enumerate(fiscal_classes)]

# B08 "三公"
econ_this = {e: econ_totals.get(e, 0) for e in ("30212", "30217", "30231", "31013")}
THREE_PUBLIC = {"abroad": econ_this["30212"], "car_buy": econ_this["31013"],
                "car_run": econ_this["30231"], "reception": econ_this["30217"]}


def three_public_row(d: dict[str, int]) -> dict[str, int]:
    car = d["car_buy"] + d["car_run"]
    return dict(total=d["abroad"] + car + d["reception"], abroad=d["abroad"], car=car,
                car_buy=d["car_buy"], car_run=d["car_run"], reception=d["reception"])


b08_this = three_public_row(THREE_PUBLIC)
b08_prev = three_public_row(PREV_THREE_PUBLIC)

# Spending by economic class over ALL money (basic fiscal + basic other + projects), for N2.
econ_class_all = {k: 0 for k in ("301", "302", "303", "310")}
for _, e, a in BASIC_FISCAL + BASIC_OTHER:
    econ_class_all[econ_class(e)] += c(a)
for p in PROJECTS:
    for e, a in p["econ"].items():
        econ_class_all[econ_class(e)] += c(a)

# 机关运行经费 = 一般公共预算基本支出中的公用经费 (X13), listed item by item (N8).
RUNNING_COST = b06_total["public"]
running_items = [(ECON[r["code"]], r["total"]) for r in b06 if len(r["code"]) == 5 and econ_class(r["code"]) in PUBLIC_CLASSES]

PROJECT_TOTAL = sum(p["total"] for p in PROJECTS)

# ---------------------------------------------------------------- identities


def assert_eq(a: int, b: int, what: str) -> None:
    assert a == b, f"{what}: {fmt_text(a)} != {fmt_text(b)}"


def check_function_table(rows: list[dict], cols: list[str], name: str) -> None:
    by_code = {r["code"]: r for r in rows if r["code"]}
    for code, r in by_code.items():
        kids = [k for k in by_code if len(k) == len(code) + 2 and k.startswith(code)]
        if kids:
            for col in cols:
                assert_eq(r[col], sum(by_code[k][col] for k in kids), f"W8 {name} {code} {col}")
    for col in cols:
        assert_eq(rows[-1][col], sum(r[col] for r in rows if len(r["code"]) == 3), f"W8 {name} 合计 {col}")


def check_identities() -> list[str]:
    done = []
    # W1-W4 on B01
    assert_eq(INCOME_THIS_YEAR, sum(a for _, a in b01_income), "W4 B01 本年收入合计")
    spend_this_year = sum(a for _, a in b01_spend)
    assert_eq(INCOME_GRAND, INCOME_THIS_YEAR + FUND_MAKEUP + CARRY_OVER, "W2 B01")
    assert_eq(INCOME_GRAND, spend_this_year + CARRY_FORWARD, "W1/W3 B01")
    done += ["W1", "W2", "W3", "W4"]
    # W5 B02 rows
    for r in b02:
        assert_eq(r["total"], sum(r[k] for k in b02_cols[1:]), f"W5 B02 {r['code']}")
    done.append("W5")
    # W6 B03/B05 rows, W7 B05/B06
    for r in b03:
        assert_eq(r["total"], r["basic"] + r["project"] + r["upper"] + r["business"] + r["affiliate"], f"W6 B03 {r['code']}")
    for r in b05:
        assert_eq(r["total"], r["basic"] + r["project"], f"W6 B05 {r['code']}")
        assert_eq(r["basic"], r["person"] + r["public"], f"W7 B05 {r['code']}")
    for r in b06:
        assert_eq(r["total"], r["person"] + r["public"], f"W7 B06 {r['code']}")
    done += ["W6", "W7"]
    # W8 all function tables
    check_function_table(b02, b02_cols, "B02")
    check_function_table(b03, b03_cols, "B03")
    check_function_table(b05, b05_cols, "B05")
    done.append("W8")
    # W9, W10 on B06
    for cls in ("301", "302", "303", "310"):
        kids = [r for r in b06 if len(r["code"]) == 5 and r["code"].startswith(cls)]
        cls_row = next(r for r in b06 if r["code"] == cls)
        for col in ("total", "person", "public"):
            assert_eq(cls_row[col], sum(k[col] for k in kids), f"W9 B06 {cls} {col}")
    cls_total = {r["code"]: r["total"] for r in b06 if len(r["code"]) == 3}
    assert_eq(b06_total["person"], cls_total["301"] + cls_total["303"], "W10 人员经费")
    assert_eq(b06_total["public"], cls_total["302"] + cls_total["310"], "W10 公用经费")
    assert_eq(b06_total["total"], sum(cls_total.values()), "W9 B06 合计")
    done += ["W9", "W10"]
    # W1, W4, W11 on B04
    b04_in = sum(a for _, a in b04_income)
    b04_out = sum(r["total"] for r in b04_spend)
    assert_eq(b04_in, b04_out, "W1 B04")
    for r in b04_spend:
        assert_eq(r["total"], r["gpb"] + r["fund"] + r["soe"], f"W11 B04 {r['label']}")
    done.append("W11")
    # W13 三公 both rows; W14 projects
    for row in (b08_this, b08_prev):
        assert_eq(row["total"], row["abroad"] + row["car"] + row["reception"], "W13 合计")
        assert_eq(row["car"], row["car_buy"] + row["car_run"], "W13 小计")
    assert_eq(PROJECT_TOTAL, sum(p["total"] for p in PROJECTS), "W14")
    done += ["W13", "W14"]
    # Between tables
    assert_eq(b02[-1]["total"] - b02[-1]["carry"], INCOME_THIS_YEAR, "X1 合计")
    assert_eq(b02[-1]["gpb"], FISCAL_INCOME, "X1 一般公共预算拨款")
    assert_eq(b02[-1]["other"], OTHER_INCOME, "X1 其他收入")
    assert_eq(b03_total["total"], spend_this_year, "X2 合计")
    for r, (_, a) in zip(classes, b01_spend):
        assert_eq(r["total"], a, f"X2 {r['code']}")
    assert_eq(b04_in, FISCAL_INCOME + CARRY_OVER, "X3")
    assert_eq(sum(r["gpb"] for r in b04_spend), b05_total["total"], "X4")
    b03_by_code = {r["code"]: r for r in b03}
    for r in b05:
        b3 = b03_by_code[r["code"]]
        assert r["total"] <= b3["total"] and r["basic"] <= b3["basic"] and r["project"] <= b3["project"], f"X5 {r['code']}"
    assert_eq(b05_total["basic"], b06_total["total"], "X6 基本支出")
    assert_eq(b05_total["person"], b06_total["person"], "X6 人员经费")
    assert_eq(b05_total["public"], b06_total["public"], "X6 公用经费")
    assert_eq(PROJECT_TOTAL, b03_total["project"], "X7 B03")
    assert_eq(PROJECT_TOTAL, b05_total["project"], "X7 B05")
    for f in leaves:
        assert_eq(b03_by_code[f]["project"], sum(p["total"] for p in PROJECTS if p["func"] == f), f"X7 {f}")
    for key, e in (("abroad", "30212"), ("reception", "30217"), ("car_run", "30231"), ("car_buy", "31013")):
        assert econ_totals.get(e, 0) <= b08_this[key], f"X12 {e}"
    assert_eq(RUNNING_COST, b06_total["public"], "X13")
    done += ["X1", "X2", "X3", "X4", "X5", "X6", "X7", "X12", "X13", "X14"]
    # Narrative-side identities (the sentences are built from these values)
    assert_eq(sum(econ_class_all.values()), spend_this_year, "N2")
    assert_eq(sum(a for _, a in running_items), RUNNING_COST, "N8")
    proc_total = sum(PROCUREMENT.values())
    assert PROCUREMENT_SME_SMALL <= PROCUREMENT_SME <= proc_total, "N7"
    cars = sum(ASSETS["cars"].values())
    assert cars > 0 and ASSETS["total"] >= ASSETS["fixed"] >= ASSETS["house_value"] + ASSETS["car_value"], "N9"
    assert proc_total <= spend_this_year
    done += ["N2", "N7", "N8", "N9"]
    return done


# ---------------------------------------------------------------- narrative


def change(cur: int, prev: int) -> tuple[str, str, str]:
    """('增加'|'减少', Δ, p%) for a year-over-year sentence (Y1, Y2)."""
    delta = cur - prev
    assert delta != 0
    up = delta > 0
    return ("增加" if up else "减少", fmt_text(abs(delta)), ("增长" if up else "下降") + pct(abs(delta), prev))


def func_path(code: str) -> str:
    return f"{FUNC[code[:3]]}（类）{FUNC[code[:5]]}（款）{FUNC[code]}（项）"


ITEM_PURPOSE = {
    "2010301": "主要用于本级机关在职人员工资福利支出和保障机关日常运转的公用经费",
    "2010302": "主要用于公共数据资源目录编制与质量治理、网络安全等级保护测评和数据要素市场培育等工作",
    "2010350": "主要用于云溪市大数据发展中心在职人员工资福利支出和日常运转支出",
    "2010399": "主要用于政务云平台运维服务和大数据中心机房电力及空调维保",
    "2019999": "主要用于“一网通办”平台升级改造和城市运行数据底座建设（一期）",
    "2080501": "主要用于本级机关退休人员的退休费",
    "2080502": "主要用于大数据发展中心退休人员的退休费",
    "2080505": "主要用于按规定为在职人员缴纳的机关事业单位基本养老保险费",
    "2080506": "主要用于按规定为在职人员缴纳的职业年金",
    "2080801": "主要用于按规定发放的遗属生活补助等抚恤支出",
    "2101101": "主要用于本级机关在职人员基本医疗保险缴费",
    "2101102": "主要用于大数据发展中心在职人员基本医疗保险缴费",
    "2101103": "主要用于本级机关公务员医疗补助缴费",
    "2210201": "主要用于按规定为在职人员缴存的住房公积金",
    "2210202": "主要用于按规定发放的提租补贴",
    "2210203": "主要用于按规定发放的购房补贴",
}


def narrative() -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) for 第三部分; the two planted errors are marked PLANTED."""
    t = fmt_text
    total = INCOME_THIS_YEAR
    inc_dir, inc_d, inc_p = change(total, PREV_TOTAL_INCOME)
    prev_fiscal = PREV_TOTAL_INCOME - PREV_OTHER_INCOME
    fis_dir, fis_d, fis_p = change(FISCAL_INCOME, prev_fiscal)
    reason = f"原因是新增城市运行数据底座建设（一期）项目，以及“一网通办”平台升级改造项目支出增加"
    sections = []

    sections.append(("一、收支预算总体情况", [
        f"根据《云溪市财政局关于批复{YEAR}年市级部门预算的通知》（{DOC_NO}），{DEPT}{YEAR}年度部门预算收支情况如下：",
        f"1.收入预算{t(total)}万元。其中，财政拨款{t(FISCAL_INCOME)}万元，占{pct(FISCAL_INCOME, total)}；"
        f"其他收入{t(OTHER_INCOME)}万元，占{pct(OTHER_INCOME, total)}；上年结转{t(CARRY_OVER)}万元。",
        f"2.支出预算{t(total)}万元。其中，工资福利支出{t(econ_class_all['301'])}万元，商品和服务支出{t(econ_class_all['302'])}万元，"
        f"对个人和家庭的补助{t(econ_class_all['303'])}万元，资本性支出{t(econ_class_all['310'])}万元。",
        f"3.按支出性质分，基本支出{t(b03_total['basic'])}万元，占{pct(b03_total['basic'], total)}；"
        f"项目支出{t(b03_total['project'])}万元，占{pct(b03_total['project'], total)}。",
        f"4.与{PREV}年度预算比，收入{inc_dir}{inc_d}万元，{inc_p}，{reason}。"
        f"支出{inc_dir}{inc_d}万元，{inc_p}，{reason}。",
    ]))

    sections.append(("二、财政拨款收支预算情况", [
        f"{YEAR}年度财政拨款收入预算{t(FISCAL_INCOME)}万元，其中：一般公共预算拨款{t(FISCAL_INCOME)}万元，"
        f"政府性基金预算拨款0万元，国有资本经营预算拨款0万元。财政拨款支出预算{t(FISCAL_INCOME)}万元，收支平衡。",
        f"与{PREV}年度预算相比，财政拨款收入{fis_dir}{fis_d}万元，{fis_p}；财政拨款支出{fis_dir}{fis_d}万元，{fis_p}。"
        f"主要原因是新增城市运行数据底座建设（一期）项目，以及“一网通办”平台升级改造项目支出增加。",
    ]))

    shares = [f"{r['name']}{t(r['total'])}万元，占{pct(r['total'], FISCAL_INCOME)}" for r in fiscal_classes]
    share_sum = sum(pct_value(pct(r["total"], FISCAL_INCOME)) for r in fiscal_classes)
    assert abs(share_sum - 100) <= Decimal("0.02"), f"N5 shares sum to {share_sum}"
    items = [r for r in b05 if len(r["code"]) == 7]
    item_paras = [f"{i + 1}.{func_path(r['code'])}{t(r['total'])}万元，{ITEM_PURPOSE[r['code']]}。" for i, r in enumerate(items)]
    sections.append(("三、一般公共预算财政拨款支出情况", [
        f"{YEAR}年度一般公共预算财政拨款支出{t(FISCAL_INCOME)}万元，按支出功能分类：" + "；".join(shares) + "。",
        "主要支出科目情况如下：",
        *item_paras,
    ]))

    person_names = "、".join(ECON[r["code"]] for r in b06 if len(r["code"]) == 5 and econ_class(r["code"]) in PERSONNEL_CLASSES)
    public_names = "、".join(ECON[r["code"]] for r in b06 if len(r["code"]) == 5 and econ_class(r["code"]) in PUBLIC_CLASSES)
    sections.append(("四、一般公共预算财政拨款基本支出情况", [
        f"{YEAR}年度一般公共预算财政拨款基本支出{t(b06_total['total'])}万元，其中：人员经费{t(b06_total['person'])}万元，"
        f"主要包括{person_names}；公用经费{t(b06_total['public'])}万元，主要包括{public_names}。",
    ]))

    sections.append(("五、政府性基金预算财政拨款支出情况", [
        f"本部门{YEAR}年度无政府性基金预算财政拨款支出，公开07表为空表。",
    ]))

    tp, tq = b08_this, b08_prev
    tp_dir, tp_d, tp_p = change(tp["total"], tq["total"])
    stated_reception = tp["reception"] + PLANTED_RECEPTION_OFFSET  # PLANTED error 2
    sections.append(("六、一般公共预算“三公”经费预算情况", [
        f"{YEAR}年度一般公共预算“三公”经费预算{t(tp['total'])}万元，其中：因公出国（境）费{t(tp['abroad'])}万元，"
        f"公务用车购置及运行费{t(tp['car'])}万元（其中公务用车购置费{t(tp['car_buy'])}万元，公务用车运行费{t(tp['car_run'])}万元），"
        f"公务接待费{t(stated_reception)}万元。",
        f"{YEAR}年度“三公”经费预算比{PREV}年度{tp_dir}{tp_d}万元，{tp_p}，主要原因是严格控制因公出国（境）团组数量，"
        f"压减公务接待批次，并按车辆实际使用情况核减公务用车运行费。",
    ]))

    rc_dir, rc_d, _ = change(RUNNING_COST, PREV_RUNNING_COST)
    running_list = "、".join(f"{name}{t(v)}万元" for name, v in running_items)
    sections.append(("七、机关运行经费预算情况", [
        f"{YEAR}年度本部门机关运行经费预算{t(RUNNING_COST)}万元，比{PREV}年度预算{rc_dir}{rc_d}万元，"
        f"下降{PLANTED_RUNNING_COST_PCT}，主要原因是落实过紧日子要求，压减办公费、会议费等一般性支出。"  # PLANTED error 1
        f"其中：{running_list}。",
    ]))

    pr = PROCUREMENT
    pr_total = sum(pr.values())
    sections.append(("八、政府采购预算情况", [
        f"{YEAR}年度本部门政府采购预算总额{t(pr_total)}万元，其中：政府采购货物预算{t(pr['goods'])}万元，"
        f"政府采购工程预算{t(pr['works'])}万元，政府采购服务预算{t(pr['services'])}万元。",
        f"本部门面向中小企业预留政府采购项目预算金额{t(PROCUREMENT_SME)}万元，占政府采购预算总额的{pct(PROCUREMENT_SME, pr_total)}，"
        f"其中预留给小微企业的预算金额{t(PROCUREMENT_SME_SMALL)}万元。",
    ]))

    a = ASSETS
    cars = sum(a["cars"].values())
    car_list = "、".join(f"{k}{v}辆" for k, v in a["cars"].items())
    sections.append(("九、国有资产占用情况", [
        f"截至{PREV}年12月31日，本部门资产总额{t(a['total'])}万元，其中固定资产{t(a['fixed'])}万元。"
        f"固定资产中，房屋面积{a['house_area']}平方米，价值{t(a['house_value'])}万元；"
        f"共有车辆{cars}辆，其中：{car_list}，车辆价值{t(a['car_value'])}万元；"
        f"单位价值100万元（含）以上的专用设备{a['big_equipment']}台（套）。",
        f"{YEAR}年度部门预算安排购置车辆0辆；安排购置单位价值100万元（含）以上的专用设备1台（套）。",
    ]))

    n = len(PROJECTS)
    sections.append(("十、预算绩效目标情况", [
        f"按照全面实施预算绩效管理的要求，本部门{YEAR}年度应编制绩效目标的项目{n}个，实际编制绩效目标的项目{n}个，"
        f"涉及一般公共预算资金{t(PROJECT_TOTAL)}万元，绩效目标覆盖率为{pct(n, n, 0)}。",
        "重点项目“城市运行数据底座建设（一期）”的绩效目标为：年内完成城市运行数据底座一期建设并通过验收，"
        "接入市级部门业务系统不少于40个，数据共享接口平均响应时间不超过2秒，使用部门满意度不低于90%。",
    ]))
    return sections


PART1 = [
    ("一、主要职责", [
        f"{DEPT}是市政府工作部门，主要职责是：",
        "（一）贯彻落实国家和省关于数据资源管理、数字政府建设的方针政策和法律法规，研究起草本市数据资源管理的政策措施并组织实施。",
        "（二）统筹推进全市数字政府建设，编制数字政府建设规划和年度计划，协调推进跨部门、跨层级的重大信息化项目。",
        "（三）负责全市公共数据资源的目录管理、归集共享和开放利用，组织开展公共数据质量治理。",
        "（四）统筹全市政务云、电子政务外网等信息基础设施的规划、建设和运行管理。",
        "（五）牵头推进“一网通办”政务服务平台建设，协调推动政务服务事项网上办理。",
        "（六）统筹协调全市数据安全管理，指导督促有关部门落实网络和数据安全责任。",
        "（七）培育数据要素市场，推动数据资源开发利用和数字经济发展。",
        "（八）完成市委、市政府交办的其他任务。",
    ]),
]
DIVISIONS = [
    ("办公室", "负责机关文电、会务、财务、资产、人事、档案和后勤保障等日常运转工作。"),
    ("政策法规与规划处", "负责起草数据资源管理政策措施，编制数字政府建设规划并组织评估。"),
    ("数据资源处", "负责公共数据资源目录管理，组织公共数据归集、共享、开放和质量治理。"),
    ("数字政府建设处", "负责“一网通办”平台建设推进，统筹市级政务信息化项目的审核和验收。"),
    ("基础设施与安全处", "负责政务云、电子政务外网的统筹管理，承担网络和数据安全的协调工作。"),
    ("数据要素发展处", "负责培育数据要素市场，推动公共数据授权运营和数字经济发展。"),
]
CN_ORD = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）"]
PART1.append(("二、机构设置", [
    f"根据上述职责，本局设置{len(DIVISIONS)}个内设机构：",
    *[f"{CN_ORD[i]}{name}：{duty}" for i, (name, duty) in enumerate(DIVISIONS)],
    "本局下属事业单位1个：云溪市大数据发展中心（公益一类），主要承担全市政务云平台和公共数据平台的运行维护等技术支撑工作。",
]))
PART1.append(("三、部门预算单位构成", [
    f"纳入本部门{YEAR}年度部门预算编制范围的预算单位共2个，包括：",
    "1.云溪市数据资源管理局本级（行政单位）；",
    "2.云溪市大数据发展中心（公益一类事业单位）。",
    "本部门核定编制83名，其中行政编制45名、事业编制38名；年初实有在职人员79名，离退休人员12名。",
]))

GLOSSARY = [
    ("财政拨款收入", "指市级财政当年拨付给本部门的资金，包括一般公共预算拨款、政府性基金预算拨款和国有资本经营预算拨款。"),
    ("其他收入", "指部门取得的除财政拨款、事业收入、事业单位经营收入等以外的收入，本部门主要为下属事业单位的房屋出租收入和存款利息。"),
    ("上年结转", "指以前年度尚未完成、按规定结转到本年继续使用的资金。"),
    ("基本支出", "指为保障机构正常运转、完成日常工作任务而安排的支出，由人员经费和公用经费组成。"),
    ("项目支出", "指在基本支出之外，为完成特定工作任务和事业发展目标而安排的支出。"),
    ("人员经费", "指基本支出中用于在职人员和离退休人员的支出，按经济分类包括工资福利支出和对个人和家庭的补助。"),
    ("公用经费", "指基本支出中用于机构日常运转的支出，按经济分类包括商品和服务支出和资本性支出。"),
    ("“三公”经费", "指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。因公出国（境）费指单位工作人员公务出国（境）的交通、住宿、伙食等费用；"
     "公务用车购置及运行费指公务用车的购置支出以及燃料、维修、保险、过路过桥等运行支出；公务接待费指单位按规定开支的各类公务接待支出。"),
    ("机关运行经费", "指为保障本部门机关及所属单位日常运转，使用一般公共预算财政拨款安排的基本支出中的公用经费，包括办公及印刷费、水电费、邮电费、物业管理费、差旅费、会议费、培训费、公务用车运行维护费、办公设备购置费等。"),
    ("政府采购", "指使用财政性资金采购依法制定的集中采购目录以内的或者采购限额标准以上的货物、工程和服务的行为。"),
    ("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）", "反映行政单位（包括实行公务员管理的事业单位）的基本支出。"),
    ("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）", "反映本款所属事业单位的基本支出。"),
]

TABLE_TITLES = [
    "公开01表 收入支出预算总表", "公开02表 收入预算表", "公开03表 支出预算表",
    "公开04表 财政拨款收入支出预算总表", "公开05表 一般公共预算财政拨款支出预算表",
    "公开06表 一般公共预算财政拨款基本支出预算表", "公开07表 政府性基金预算财政拨款支出预算表",
    "公开08表 一般公共预算“三公”经费支出预算表", "公开09表 项目支出表",
]
# Column widths (percent of the page width) for tables 01-09. They are written as
# pixel widths on <col>: LibreOffice's HTML import ignores percentages there.
COL_PX_PER_PERCENT = 6
COLUMN_WIDTHS = [
    [30, 20, 30, 20],
    [10, 22, 10, 9, 10, 10, 10, 9, 10],
    [10, 24, 11, 11, 11, 11, 11, 11],
    [22, 11, 22, 11, 12, 11, 11],
    [10, 30, 12, 12, 12, 12, 12],
    [14, 38, 16, 16, 16],
    [14, 38, 16, 16, 16],
    [16, 14, 14, 14, 14, 14, 14],
    [6, 22, 18, 10, 11, 11, 11, 11],
]
EMPTY_NOTE_07 = f"本部门{YEAR}年度无政府性基金预算财政拨款支出，此表为空表。"

# ---------------------------------------------------------------- HTML


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def td(v: str, cls: str = "txt") -> str:
    return f'<td class="{cls}">{esc(v)}</td>'


def num(v: int, blank_zero: bool = True) -> str:
    return f'<td class="num" align="right">{fmt_table(v, blank_zero)}</td>'


def th(label: str, rowspan: int = 1, colspan: int = 1) -> str:
    attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
    return f'<th class="hd"{attrs}>{esc(label)}</th>'


def table(idx: int, header_rows: list[list[str]], body_rows: list[list[str]], note: str = "") -> str:
    title = f"{TABLE_TITLES[idx].split(' ')[0]} {YEAR}年度{TABLE_TITLES[idx].split(' ')[1]}"
    # Each table starts a page, as in printed disclosures. No <thead>: LibreOffice
    # breaks the page after the first body row when it repeats a multi-row <thead>.
    brk = ' style="page-break-before: always"' if idx > 0 else ""
    out = [f'<h3 class="table-title"{brk}>{esc(title)}</h3>',
           f'<p class="unit">编制部门：{esc(DEPT)}　　　　单位：万元</p>',
           '<table border="1" cellspacing="0" cellpadding="3" width="100%">',
           "<colgroup>" + "".join(f'<col width="{w * COL_PX_PER_PERCENT}">' for w in COLUMN_WIDTHS[idx]) + "</colgroup>"]
    assert sum(COLUMN_WIDTHS[idx]) == 100
    out += [f"<tr>{''.join(r)}</tr>" for r in header_rows + body_rows]
    out.append("</table>")
    if note:
        out.append(f'<p class="note">注：{esc(note)}</p>')
    return "\n".join(out)


def code_name_cells(r: dict) -> list[str]:
    if not r["code"]:
        return [f'<td class="total" colspan="2" align="center">{esc(r["name"])}</td>']
    return [td(r["code"]), td(r["name"])]


def render_tables() -> list[str]:
    out = []
    # 01
    rows = []
    for i in range(max(len(b01_income), len(b01_spend))):
        left = b01_income[i] if i < len(b01_income) else ("", None)
        right = b01_spend[i] if i < len(b01_spend) else ("", None)
        rows.append([td(left[0]), num(left[1], False) if left[1] is not None else td(""),
                     td(right[0]), num(right[1], False) if right[1] is not None else td("")])
    rows.append([td("本年收入合计", "total"), num(INCOME_THIS_YEAR, False), td("本年支出合计", "total"), num(sum(a for _, a in b01_spend), False)])
    rows.append([td("用事业基金弥补收支差额"), num(FUND_MAKEUP, False), td("结转下年"), num(CARRY_FORWARD, False)])
    rows.append([td("上年结转"), num(CARRY_OVER, False), td(""), td("")])
    rows.append([td("收入总计", "total"), num(INCOME_GRAND, False), td("支出总计", "total"), num(INCOME_GRAND, False)])
    out.append(table(0, [[th("收入", colspan=2), th("支出", colspan=2)], [th("项目"), th("预算数"), th("项目"), th("预算数")]], rows))
    # 02
    hdr = [[th("科目编码", 2), th("科目名称", 2), th("合计", 2), th("上年结转", 2), th("本年收入", colspan=5)],
           [th("一般公共预算拨款"), th("政府性基金预算拨款"), th("国有资本经营预算拨款"), th("事业收入"), th("其他收入")]]
    out.append(table(1, hdr, [code_name_cells(r) + [num(r[k]) for k in b02_cols] for r in b02]))
    # 03
    hdr = [[th("科目编码"), th("科目名称"), th("合计"), th("基本支出"), th("项目支出"), th("上缴上级支出"),
            th("事业单位经营支出"), th("对附属单位补助支出")]]
    out.append(table(2, hdr, [code_name_cells(r) + [num(r[k]) for k in b03_cols] for r in b03]))
    # 04
    rows = []
    for i in range(max(len(b04_income), len(b04_spend))):
        left = [td(b04_income[i][0]), num(b04_income[i][1], False)] if i < len(b04_income) else [td(""), td("")]
        if i < len(b04_spend):
            s = b04_spend[i]
            right = [td(s["label"]), num(s["total"], False), num(s["gpb"], False), num(s["fund"], False), num(s["soe"], False)]
        else:
            right = [td("")] * 5
        rows.append(left + right)
    b04_total = sum(a for _, a in b04_income)
    rows.append([td("本年收入合计", "total"), num(b04_total, False), td("本年支出合计", "total"), num(b04_total, False),
                 num(b04_total, False), num(0, False), num(0, False)])
    rows.append([td(""), td(""), td("结转下年"), num(0, False), num(0, False), num(0, False), num(0, False)])
    rows.append([td("收入总计", "total"), num(b04_total, False), td("支出总计", "total"), num(b04_total, False),
                 num(b04_total, False), num(0, False), num(0, False)])
    hdr = [[th("收入", colspan=2), th("支出", colspan=5)],
           [th("项目"), th("预算数"), th("项目"), th("合计"), th("一般公共预算"), th("政府性基金预算"), th("国有资本经营预算")]]
    out.append(table(3, hdr, rows))
    # 05
    hdr = [[th("科目编码", 2), th("科目名称", 2), th("合计", 2), th("基本支出", colspan=3), th("项目支出", 2)],
           [th("小计"), th("人员经费"), th("公用经费")]]
    out.append(table(4, hdr, [code_name_cells(r) + [num(r[k]) for k in ("total", "basic", "person", "public", "project")] for r in b05]))
    # 06
    hdr = [[th("经济分类科目编码"), th("经济分类科目名称"), th("合计"), th("人员经费"), th("公用经费")]]
    out.append(table(5, hdr, [code_name_cells(r) + [num(r[k]) for k in ("total", "person", "public")] for r in b06]))
    # 07 (empty)
    hdr = [[th("科目编码"), th("科目名称"), th("合计"), th("基本支出"), th("项目支出")]]
    out.append(table(6, hdr, [[f'<td class="total" colspan="2" align="center">合计</td>', td(""), td(""), td("")]], EMPTY_NOTE_07))
    # 08
    hdr = [[th("年度", 2), th("合计", 2), th("因公出国（境）费", 2), th("公务用车购置及运行费", colspan=3), th("公务接待费", 2)],
           [th("小计"), th("购置费"), th("运行费")]]
    keys = ("total", "abroad", "car", "car_buy", "car_run", "reception")
    rows = [[td(f"{YEAR}年预算数")] + [num(b08_this[k], False) for k in keys],
            [td(f"{PREV}年预算数")] + [num(b08_prev[k], False) for k in keys]]
    out.append(table(7, hdr, rows))
    # 09
    hdr = [[th("序号", 2), th("项目名称", 2), th("项目单位", 2), th("功能科目编码", 2), th("合计", 2), th("资金来源", colspan=3)],
           [th("一般公共预算拨款"), th("政府性基金预算拨款"), th("其他资金")]]
    rows = [[td(str(i + 1)), td(p["name"]), td(p["unit"]), td(p["func"]), num(p["total"]), num(p["total"]), num(0), num(0)]
            for i, p in enumerate(PROJECTS)]
    rows.append([f'<td class="total" colspan="4" align="center">合计</td>', num(PROJECT_TOTAL), num(PROJECT_TOTAL), num(0), num(0)])
    out.append(table(8, hdr, rows))
    return out


STYLE = """
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; font-size: 11pt; line-height: 1.6; max-width: 60em; margin: 1em auto; }
h1 { font-size: 18pt; text-align: center; }
h2 { font-size: 14pt; text-align: center; margin-top: 1.5em; }
h3 { font-size: 12pt; }
.table-title { text-align: center; margin-top: 1.2em; margin-bottom: 0.2em; }
p.sample-note { font-size: 9pt; color: #a00; text-align: center; }
p.unit { font-size: 9pt; text-align: right; margin: 0; }
p.note { font-size: 9pt; }
table { border-collapse: collapse; width: 100%; }
/* cell rules use bare class selectors: LibreOffice's HTML import ignores td.x */
.hd { font-size: 8pt; line-height: 1.2; font-weight: bold; text-align: center; }
.txt { font-size: 8pt; line-height: 1.2; }
.num { font-size: 8pt; line-height: 1.2; text-align: right; white-space: nowrap; }
.total { font-size: 8pt; line-height: 1.2; font-weight: bold; text-align: center; }
"""


def render_html(sections: list[tuple[str, list[str]]]) -> str:
    title = f"{DEPT}{YEAR}年度部门预算"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<!-- 示例文档：虚构部门，仅用于演示。云溪市及其数据资源管理局均为虚构，所有数字为生成脚本"
        " assets/samples/generate.py 编造；文中故意保留两处错误（见 assets/samples/README.md）。 -->",
        f"<h1>{esc(title)}</h1>",
        '<p class="sample-note">示例文档：虚构部门，仅用于演示</p>',
        f"<h2>第一部分 {esc(DEPT)}概况</h2>",
    ]
    for heading, paras in PART1:
        parts.append(f"<h3>{esc(heading)}</h3>")
        parts += [f"<p>{esc(p)}</p>" for p in paras]
    parts.append(f"<h2 style=\"page-break-before: always\">第二部分 {esc(DEPT)}{YEAR}年度部门预算报表</h2>")
    parts += render_tables()
    parts.append(f"<h2 style=\"page-break-before: always\">第三部分 {esc(DEPT)}{YEAR}年度部门预算情况说明</h2>")
    for heading, paras in sections:
        parts.append(f"<h3>{esc(heading)}</h3>")
        parts += [f"<p>{esc(p)}</p>" for p in paras]
    parts.append('<h2 style="page-break-before: always">第四部分 名词解释</h2>')
    parts += [f"<p>{i + 1}.{esc(term)}：{esc(text)}</p>" for i, (term, text) in enumerate(GLOSSARY)]
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def render_text(sections: list[tuple[str, list[str]]]) -> str:
    lines = [DEPT, f"{YEAR}年度部门预算", "示例文档：虚构部门，仅用于演示", f"第一部分 {DEPT}概况"]
    for heading, paras in PART1:
        lines += [heading, *paras]
    lines.append(f"第二部分 {DEPT}{YEAR}年度部门预算报表")
    lines += [f"{t.split(' ')[0]}：{YEAR}年度{t.split(' ')[1]}" for t in TABLE_TITLES]
    lines.append(f"第三部分 {DEPT}{YEAR}年度部门预算情况说明")
    for heading, paras in sections:
        lines += [heading, *paras]
    lines.append("第四部分 名词解释")
    lines += [f"{i + 1}.{term}：{text}" for i, (term, text) in enumerate(GLOSSARY)]
    return "\n".join(lines) + "\n"


def planted_errors() -> list[str]:
    """Describe the two deliberate errors with their correct values (printed for README.md)."""
    _, rc_d, rc_p = change(RUNNING_COST, PREV_RUNNING_COST)
    true_rc = rc_p.replace("下降", "")
    assert pct_value(true_rc) != pct_value(PLANTED_RUNNING_COST_PCT)
    stated_sum = b08_this["abroad"] + b08_this["car"] + b08_this["reception"] + PLANTED_RECEPTION_OFFSET
    assert stated_sum > b08_this["total"]
    return [
        f"1. 机关运行经费: {fmt_text(RUNNING_COST)} vs {PREV} {fmt_text(PREV_RUNNING_COST)}, 减少{rc_d}; "
        f"stated 下降{PLANTED_RUNNING_COST_PCT}, correct 下降{true_rc} "
        f"({rc_d}/{fmt_text(PREV_RUNNING_COST)}).",
        f"2. 三公 sentence: 合计 {fmt_text(b08_this['total'])} stated; parts {fmt_text(b08_this['abroad'])} + "
        f"{fmt_text(b08_this['car'])} + {fmt_text(b08_this['reception'] + PLANTED_RECEPTION_OFFSET)} = {fmt_text(stated_sum)}; "
        f"公务接待费 should be {fmt_text(b08_this['reception'])} (公开08表).",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=pathlib.Path, default=OUT_DIR, help="output folder (default: next to this script)")
    out_dir: pathlib.Path = parser.parse_args().out
    done = check_identities()
    sections = narrative()  # asserts N5 share sums and every percentage's rounding
    built = ["N1", "N3", "N4", "N10", "N11", "Y1", "Y2", "Y3", "Y4", "Y5"]  # sentences take their numbers from the tables
    done += ["N5 (shares round correctly and sum to 100)", "percent rounding unambiguous"]
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "sample-budget.html").write_text(render_html(sections), encoding="utf-8")
    (out_dir / "sample-budget.txt").write_text(render_text(sections), encoding="utf-8")
    print("identities asserted:", " ".join(done))
    print("held by construction, except the planted errors:", " ".join(built))
    print("totals: 收入/支出", fmt_text(INCOME_GRAND), "财政拨款", fmt_text(FISCAL_INCOME),
          "基本", fmt_text(b03_total["basic"]), "项目", fmt_text(PROJECT_TOTAL), "机关运行经费", fmt_text(RUNNING_COST))
    print("planted errors:")
    for line in planted_errors():
        print(" ", line)


if __name__ == "__main__":
    main()
