"""The hundred-and-thirty-second holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout132/arithmetic.py

The plans come from a spreadsheet-heavy template, so every table is read back from the plan's
source by its caption (each caption is unique inside its plan) and every cell is parsed the way
the plan writes it: dots or spaces between thousands ("1.250,5", "1 250 000 000"), negatives in
brackets ("(616,1)") or with a minus, money in triệu đồng, nghìn đồng or đồng as the table's
"ĐVT:" line says. For every ready and revise plan the script recomputes, from the constants below
(prices, pack costs, norms, staff, wages, loans, investment items, all as the plan states them):

- history 2024–2026: revenue = output × average price;
- plan by year: output = Σ packs × pack size, the 2026 row = the history, "Tăng trưởng %";
- monthly calendar (where there is one): months = output × share, summing to the year;
- raw material: need = output × norm, supply rows summing to the stated supply, the balance row,
  need within supply; output within equipment capacity × working days;
- staff by section summing to the head count;
- investment items summing to the first-row total, "Tỷ lệ %", fixed assets = Σ items but the
  working capital; capital sources summing to their total and equal to the investment;
- revenue = packs × price per line, lines summing to the first-row total;
- cost lines = their norms (raw = output × norm × price, packaging = packs × unit cost, wages =
  staff × wage × 12, energy = output × rate, depreciation = fixed assets / life, interest = loan
  balance × rate, selling and tax = % of revenue, a fixed line), summing to the first-row total,
  "Tỷ lệ % (2027)";
- summary: profit = revenue − cost, margin %, revenue growth % (2027 on 2026);
- cash flow: year 0 = − investment, net = profit + depreciation, cumulative balance;
- payback = investment / (average profit + depreciation), as printed in the text;
- growth under 20 %/year (except the planted plan).

Planted numeric defects are asserted wrong by more than 5 % with the true value computed beside
them; everything else right within 1 %. Textual defects (no label, no registration, no trademark,
no quality control, no environmental measure, no product standard, another producer's name, the
replaced instruments, no sales channel, two areas) are asserted by the absence or presence of
their words. Ready plans cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no replaced instrument; no plan
keeps a template placeholder. The two sketchy plans: word count, the few figures, every
tolerated gap really absent.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, off  # noqa: E402

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|huyện Can Lộc")
DIV = {"trieu": 1e6, "nghin": 1e3, "dong": 1.0}


def cell(s: str) -> float | None:
    """A table cell as a number: '1.250,5', '1 250 000', '(25)', '-25'; None when not a number."""
    s = s.strip()
    neg = s.startswith("(") and s.endswith(")") or s.startswith("-") and len(s) > 1
    s = s.strip("()").lstrip("-").strip()
    if not re.fullmatch(r"\d{1,3}(?:[. ]\d{3})*(?:,\d+)?|\d+(?:,\d+)?", s):
        return None
    v = float(s.replace(" ", "").replace(".", "").replace(",", "."))
    return -v if neg else v


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> tuple[list[list[str]], float]:
        """Rows (header and rule dropped) of the table right after the line holding `caption`,
        and the money divisor of its ĐVT line (1 when there is none)."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if caption in line and not line.startswith("|"):
                div, rows, j = 1.0, [], i + 1
                while j < len(lines) and not lines[j].startswith("|"):
                    if lines[j].startswith("ĐVT:"):
                        div = {"ĐVT: triệu đồng": 1e6, "ĐVT: nghìn đồng": 1e3, "ĐVT: đồng": 1.0}[lines[j].strip()]
                    j += 1
                while j < len(lines) and lines[j].startswith("|"):
                    rows.append([c.strip() for c in lines[j].strip().strip("|").split("|")])
                    j += 1
                return rows[2:], div
        self.failures.append(f"table not found: {caption!r}")
        return [], 1.0

    def nums(self, row: list[str], div: float = 1.0) -> list[float]:
        return [v * div for c in row[2:] if (v := cell(c)) is not None]

    def words(self) -> int:
        return len(self.body.split())


def near(a: float, b: float) -> bool:
    return close(a, b) or abs(a - b) <= 0.06e6  # one decimal of a million, rounded


SPEC = {
    "ec01": dict(unit="trieu", base="lít",
                skus=[('Rượu nếp chai 500 ml', 0.5, 95000, 9000, (14000, 16000, 18000)), ('Rượu nếp bình sứ 2 lít', 2, 290000, 25000, (1500, 1700, 1900))],
                norm=2, raw=28000, staff=(6, 6, 7), wage=6, energy=3000, fixed=800, life=10, loan=(400, 300, 200), rate=0.08, sell=0.05, tax=0.02, other=40,
                hist=(7000, 7800, 8800), hprice=(159000, 166000, 171000), inv=(250, 320, 130, 100, 200), src=(300, 200, 400, 100)),
    "ec02": dict(unit="dong", base="kg",
                skus=[('Kẹo cu đơ hộp 250 g', 0.25, 35000, 3000, (48000, 54000, 60000)), ('Kẹo cu đơ thanh 100 g', 0.1, 12000, 800, (60000, 68000, 76000))],
                norm=0.9, raw=45000, staff=(8, 9, 9), wage=6, energy=4000, fixed=900, life=10, loan=(500, 400, 300), rate=0.075, sell=0.06, tax=0.015, other=60,
                hist=(14000, 15500, 17000), hprice=(120000, 125000, 129000), inv=(300, 180, 160, 140, 120, 300), src=(600, 500, 100)),
    "ec03": dict(unit="nghin", base="kg",
                skus=[('Chè xanh gói 200 g', 0.2, 60000, 4000, (7000, 8000, 9000)), ('Chè xanh hộp thiếc 500 g', 0.5, 170000, 14000, (1600, 1800, 2000))],
                norm=4.8, raw=11000, staff=(5, 5, 6), wage=5, energy=7000, fixed=400, life=10, loan=(200, 150, 100), rate=0.07, sell=0.04, tax=0.015, other=15,
                hist=(1800, 1950, 2000), hprice=(283000, 296000, 305000), inv=(150, 90, 110, 50, 100), src=(300, 200)),
    "ec04": dict(unit="trieu", base="lít",
                skus=[('Nước mắm chai 500 ml', 0.5, 50000, 7000, (30000, 34000, 38000)), ('Nước mắm can 2 lít', 2, 150000, 15000, (4000, 4500, 5000))],
                norm=1.35, raw=25000, staff=(6, 6, 7), wage=6.5, energy=1500, fixed=600, life=10, loan=(300, 200, 100), rate=0.08, sell=0.05, tax=0.015, other=30,
                hist=(19000, 21000, 20500), hprice=(82000, 86000, 89000), inv=(220, 200, 100, 80, 200), src=(500, 300)),
    "ec05": dict(unit="dong", base="kg",
                skus=[('Trà cà gai leo hộp 25 túi lọc', 0.05, 42000, 6000, (40000, 46000, 52000)), ('Cà gai leo khô gói 500 g', 0.5, 80000, 3000, (3000, 3400, 3800))],
                norm=5, raw=15000, staff=(7, 8, 8), wage=6.5, energy=8000, fixed=1000, life=10, loan=(600, 450, 300), rate=0.075, sell=0.06, tax=0.015, other=50,
                hist=(2800, 3100, 3300), hprice=(494000, 516000, 532000), inv=(380, 220, 120, 280, 300), src=(700, 600)),
    "ec06": dict(unit="trieu", base="kg",
                skus=[('Mắm tôm hũ 250 g', 0.25, 30000, 4000, (24000, 27000, 30000)), ('Mắm tôm chai 500 g', 0.5, 52000, 5000, (6000, 6800, 7600))],
                norm=0.8, raw=35000, staff=(4, 4, 5), wage=5.5, energy=2000, fixed=300, life=10, loan=(150, 100, 50), rate=0.08, sell=0.05, tax=0.015, other=20,
                hist=(7000, 7600, 8100), hprice=(103000, 108000, 111000), inv=(110, 60, 70, 60, 150), src=(300, 150)),
    "ec07": dict(unit="nghin", base="lít",
                skus=[('Dầu lạc chai 1 lít', 1, 165000, 8000, (14000, 15400, 18000)), ('Dầu lạc can 5 lít', 5, 780000, 20000, (1200, 1400, 1700))],
                norm=2.4, raw=32000, staff=(6, 6, 6), wage=6, energy=3000, fixed=900, life=10, loan=(600, 450, 300), rate=0.08, sell=0.05, tax=0.015, other=40,
                hist=(15000, 16500, 18000), hprice=(146000, 153000, 157000), inv=(320, 360, 120, 100, 350), src=(450, 600)),
    "ec08": dict(unit="trieu", base="kg",
                skus=[('Kẹo lạc hộp 200 g', 0.2, 28000, 3500, (50000, 56000, 62000)), ('Kẹo lạc túi 500 g', 0.5, 60000, 2000, (8000, 9000, 10000))],
                norm=0.7, raw=50000, staff=(7, 8, 8), wage=5.5, energy=5000, fixed=700, life=10, loan=(300, 200, 100), rate=0.08, sell=0.05, tax=0.015, other=40,
                hist=(11000, 12500, 13500), hprice=(121000, 126000, 130000), inv=(280, 150, 120, 150, 200), src=(400, 200, 300)),
    "ec09": dict(unit="dong", base="kg",
                skus=[('Bánh đa vừng gói 10 chiếc', 0.5, 38000, 2500, (20000, 40000, 72000)), ('Bánh đa vừng thùng 5 kg', 5, 300000, 10000, (1200, 2400, 4300))],
                norm=0.9, raw=20000, staff=(8, 9, 10), wage=5.5, energy=3000, fixed=500, life=10, loan=(300, 200, 100), rate=0.08, sell=0.04, tax=0.015, other=40,
                hist=(13000, 14000, 14500), hprice=(63000, 66000, 68000), inv=(150, 200, 150, 100), src=(300, 300)),
    "ec10": dict(unit="trieu", base="kg",
                skus=[('Chè vằng túi 500 g', 0.5, 60000, 3000, (9000, 10000, 11200)), ('Chè vằng hộp 30 túi lọc', 0.06, 45000, 6000, (8000, 9200, 10500))],
                norm=3.2, raw=9000, staff=(4, 4, 5), wage=5.5, energy=6000, fixed=350, life=10, loan=(150, 100, 50), rate=0.08, sell=0.04, tax=0.015, other=20,
                hist=(4200, 4500, 4600), hprice=(163000, 170000, 175000), inv=(130, 150, 70, 100), src=(300, 150)),
}


def cap_table(p: Plan, title: str):
    """The table whose caption line ('Bảng 3. …', 'Biểu số 3. …', 'BẢNG 3. …') ends with `title`."""
    for line in p.body.splitlines():
        if re.match(r"^(Bảng|BẢNG|Biểu)( số)? \d+[.:]? (– )?", line) and title in line:
            return p.table(line.strip())
    p.failures.append(f"caption not found: {title!r}")
    return [], 1.0


def by_label(rows, label):
    for r in rows:
        if r[1].startswith(label):
            return r
    raise KeyError(label)


def money_ok(a: float, b: float) -> bool:
    return close(a, b) or abs(a - b) <= 0.051e6


def pct_ok(a: float, b: float) -> bool:
    return abs(a - b) <= 0.051


def stated_payback(p: Plan) -> float:
    m = re.search(r"hoàn vốn[^\n]*?(?:≈|khoảng) ?(\d+(?:,\d)?) năm", p.body)
    if not m:
        p.failures.append("payback sentence not found")
        return 0.0
    return plancheck.vn(m.group(1))


def check(p: Plan, s: dict, supply: float, capacity: float, months=None, plants: frozenset = frozenset(),
          supply_rows: int = 0, gap_row: bool = True, src_table: bool = True) -> dict:
    """Recompute one plan from its constants and compare with every table; returns the true figures."""
    M = 1e6
    skus = s["skus"]
    out = [sum(q[y] * size for _, size, _, _, q in skus) for y in Y]
    rsku = [[q[y] * price for y in Y] for _, _, price, _, q in skus]
    rev = [sum(r[y] for r in rsku) for y in Y]
    need = [o * s["norm"] for o in out]
    lines_true = {
        "raw": [n * s["raw"] for n in need],
        "pack": [sum(q[y] * pc for _, _, _, pc, q in skus) for y in Y],
        "wage": [s["staff"][y] * s["wage"] * M * 12 for y in Y],
        "energy": [o * s["energy"] for o in out],
        "dep": [s["fixed"] * M / s["life"]] * 3,
        "int": [b * M * s["rate"] for b in s["loan"]],
    }
    fixed_items = s["inv"][:-1]
    p.check(sum(fixed_items) == s["fixed"], "fixed assets = investment items but the working capital")
    # history
    rows, div = cap_table(p, "Kết quả sản xuất, kinh doanh 2024")
    if rows:
        h_out, h_price, h_rev = p.nums(rows[0]), p.nums(rows[1]), p.nums(rows[2], div)
        p.check(h_out == list(s["hist"]) and h_price == list(s["hprice"]), "history output and price as in the constants")
        p.check(all(money_ok(h_rev[i], s["hist"][i] * s["hprice"][i]) for i in range(3)), "history revenue = output × price")
    rev26 = s["hist"][2] * s["hprice"][2]
    # plan by year
    rows, _ = cap_table(p, "Kế hoạch sản lượng giai đoạn")
    if rows:
        p.check(cell(rows[0][1]) == s["hist"][2], "2026 row = history")
        prev = s["hist"][2]
        for y in Y:
            r = rows[y + 1]
            p.check(r[0] == str(2027 + y) and close(cell(r[1]), out[y]), f"output {2027 + y} = Σ packs × size")
            p.check(pct_ok(cell(r[2]), (out[y] / prev - 1) * 100), f"output growth % {2027 + y}")
            p.check([cell(c) for c in r[3:3 + len(skus)]] == [q[y] for *_, q in skus], f"packs {2027 + y}")
            if "growth" not in plants:
                p.check(out[y] / prev < 1.2, f"output growth under 20 % {2027 + y}")
            prev = out[y]
    # monthly calendar
    if months:
        rows, _ = cap_table(p, "Lịch sản xuất theo tháng")
        if rows:
            vals = [cell(r[2]) for r in rows[1:]]
            p.check(sum(months) == 100 and [cell(r[3]) for r in rows[1:]] == list(months), "month shares as planned, 100 %")
            p.check(close(cell(rows[0][2]), out[0]) and close(sum(vals), out[0])
                    and all(close(v, out[0] * w / 100) for v, w in zip(vals, months)), "months sum to the 2027 output")
    # raw material
    rows, _ = cap_table(p, "Cân đối nguyên liệu")
    if rows:
        o, norm, nd, tot = (p.nums(rows[i])[:3] for i in range(4))
        p.check(all(close(o[y], out[y]) and close(norm[y], s["norm"]) and close(nd[y], need[y]) for y in Y),
                "raw need = output × norm")
        subs = [p.nums(r)[:3] for r in rows[4:4 + supply_rows]]
        p.check(all(close(tot[y], sum(x[y] for x in subs)) and close(tot[y], supply) for y in Y), "supply rows sum to the supply")
        if gap_row:
            gap = p.nums(rows[4 + supply_rows])[:3]
            p.check(all(close(gap[y], supply - need[y]) or abs(gap[y] - (supply - need[y])) < 1 for y in Y), "balance row")
        if "supply" not in plants:
            p.check(all(need[y] <= supply for y in Y), "raw material need within supply")
    if "capacity" not in plants:
        p.check(all(out[y] <= capacity for y in Y), "output within capacity")
    # staff
    rows, _ = cap_table(p, "Bố trí lao động")
    if rows:
        p.check([cell(c) for c in rows[0][2:5]] == list(s["staff"]), "head count as in the wage line")
        p.check(all(sum(cell(r[2 + y]) for r in rows[1:]) == s["staff"][y] for y in Y), "staff by section sum")
    # investment and sources
    rows, div = cap_table(p, "Tổng vốn đầu tư")
    inv_total = sum(s["inv"]) * M
    if rows:
        items = [p.nums(r, div)[0] for r in rows[1:]]
        p.check(close(p.nums(rows[0], div)[0], inv_total) and all(close(a, b * M) for a, b in zip(items, s["inv"])),
                "investment items sum to the first-row total")
        p.check(all(pct_ok(cell(r[3]), b / sum(s["inv"]) * 100) for r, b in zip(rows[1:], s["inv"])), "investment Tỷ lệ %")
    src_total = sum(s["src"]) * M
    rows, div = cap_table(p, "Cơ cấu nguồn vốn") if src_table else ([], 1.0)
    if rows:
        p.check(close(p.nums(rows[0], div)[0], src_total) and all(close(p.nums(r, div)[0], b * M) for r, b in zip(rows[1:], s["src"])),
                "sources sum to their first-row total")
        p.check(all(pct_ok(cell(r[3]), b / sum(s["src"]) * 100) for r, b in zip(rows[1:], s["src"])), "sources Tỷ lệ %")
    if "capital" not in plants:
        p.check(close(src_total, inv_total), "capital sources = investment")
        p.check(s["loan"][0] in s["src"], "loan balance 2027 = the loan among the sources")
    # revenue
    rows, div = cap_table(p, "Dự kiến doanh thu")
    st_rsku = [p.nums(r, div)[:3] for r in rows[1:]]
    st_rev = p.nums(rows[0], div)[:3] if rows else [0.0] * 3
    p.check(all(money_ok(st_rev[y], sum(x[y] for x in st_rsku)) for y in Y), "revenue lines sum to the first-row total")
    for i, (label, _, price, _, q) in enumerate(skus):
        p.check(rows[i + 1][1] == label and rows[i + 1][-1].startswith(plancheck_price(price)), f"revenue row {label} with its price")
        for y in Y:
            if ("rev", i, y) in plants:
                p.check(off(st_rsku[i][y], rsku[i][y]), f"PLANTED revenue row {label} {2027 + y} off by > 5 %")
            else:
                p.check(money_ok(st_rsku[i][y], rsku[i][y]), f"revenue {label} {2027 + y} = packs × price")
    # cost
    rows, div = cap_table(p, "Dự kiến chi phí")
    st_cost = p.nums(rows[0], div)[:3] if rows else [0.0] * 3
    lines = [p.nums(r, div)[:3] for r in rows[1:]]
    true_l = dict(lines_true, sell=[r * s["sell"] for r in st_rev], tax=[r * s["tax"] for r in st_rev], other=[s["other"] * M] * 3)
    for (k, want), got in zip(true_l.items(), lines):
        p.check(all(money_ok(got[y], want[y]) for y in Y), f"cost line {k} = its norm")
    sum_lines = [sum(x[y] for x in lines) for y in Y]
    for y in Y:
        if ("cost_total", y) in plants:
            p.check(off(st_cost[y], sum_lines[y]), f"PLANTED cost total {2027 + y} off the sum of its lines by > 5 %")
        else:
            p.check(money_ok(st_cost[y], sum_lines[y]), f"cost lines sum to the first-row total {2027 + y}")
    p.check(all(pct_ok(cell(r[5]), l[0] / st_cost[0] * 100) for r, l in zip(rows[1:], lines)), "cost Tỷ lệ % (2027)")
    # summary
    rows, div = cap_table(p, "Tổng hợp hiệu quả kinh tế")
    sr, sc, sp = (p.nums(rows[i], div)[:3] for i in range(3))
    margin, growth = p.nums(rows[3])[:3], p.nums(rows[4])[:3]
    p.check(all(money_ok(sr[y], st_rev[y]) and money_ok(sc[y], st_cost[y]) for y in Y), "summary = revenue and cost tables")
    for y in Y:
        if ("profit", y) in plants:
            p.check(off(sp[y], sr[y] - sc[y]), f"PLANTED profit {2027 + y} off revenue − cost by > 5 %")
        else:
            p.check(money_ok(sp[y], sr[y] - sc[y]), f"profit = revenue − cost {2027 + y}")
        p.check(pct_ok(margin[y], sp[y] / sr[y] * 100), f"margin % {2027 + y}")
    g = [sr[0] / rev26 - 1, sr[1] / sr[0] - 1, sr[2] / sr[1] - 1]
    p.check(all(pct_ok(growth[y], g[y] * 100) for y in Y), "revenue growth %")
    if "growth" not in plants:
        p.check(all(x < 0.2 for x in g), "revenue growth under 20 %")
    # cash flow
    rows, div = cap_table(p, "Dòng tiền của phương án")
    dep = s["fixed"] * M / s["life"]
    p.check(close(p.nums(rows[0], div)[0], -inv_total), "year 0 = − investment")
    cf_p, cf_d, net, cum = (p.nums(rows[i], div) for i in range(1, 5))
    c = 0.0
    for y in range(4):
        n = -inv_total if y == 0 else sp[y - 1] + dep
        c += n
        p.check(money_ok(net[y], n) and money_ok(cum[y], c), f"cash flow net and cumulative, year {y}")
    p.check(all(money_ok(cf_p[y], sp[y]) and money_ok(cf_d[y], dep) for y in Y), "cash-flow profit and depreciation rows")
    avg_stated = sum(sp) / 3
    true_cost = [sum(v[y] for v in lines_true.values()) + rev[y] * (s["sell"] + s["tax"]) + s["other"] * M for y in Y]
    true_profit = [rev[y] - true_cost[y] for y in Y]
    pb = stated_payback(p)
    if "payback" not in plants:
        p.check(abs(pb - inv_total / (avg_stated + dep)) <= 0.051, f"payback {pb} = investment / (average profit + depreciation)")
    return dict(out=out, rev=rev, need=need, profit=true_profit, stated_profit=sp, stated_rev=sr, stated_cost=sc,
                lines=lines, sum_lines=sum_lines, true_cost=true_cost, rsku=rsku, stated_rsku=st_rsku, inv=inv_total, src=src_total, dep=dep, payback=pb, cum=cum)


def plancheck_price(price: int) -> str:
    return f"{price:,}".replace(",", ".") + " đ/"


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "Nghị định số 43/2017/NĐ-CP", "Nghị định số 111/2021/NĐ-CP", "Cục Sở hữu trí tuệ",
          "an toàn thực phẩm", "TCCS", "tự công bố")


def vnum(x: float, dec: int = 1) -> str:
    r = round(x, dec)
    ip = int(abs(r))
    fp = f"{abs(r) - ip:.{dec}f}"[2:].rstrip("0") if dec else ""
    return ("-" if r < 0 else "") + f"{ip:,}".replace(",", ".") + ("," + fp if fp else "")


def channels(p: Plan, caption: str, total: float) -> None:
    rows, _ = cap_table(p, caption)
    vals = [cell(r[2]) for r in rows[1:]]
    p.check(close(cell(rows[0][2]), total) and close(sum(vals), total), f"{caption}: rows sum to {total}")
    p.check(all(pct_ok(cell(r[3]), cell(r[2]) / total * 100) for r in rows[1:]), f"{caption}: Tỷ lệ %")


# --------------------------------------------------------------------------- ready plans

def ec01() -> Plan:
    p = Plan("ec01_ruou_nep_thuong_loc_htx")
    r = check(p, SPEC["ec01"], supply=18000 + 12000, capacity=60 * 300, supply_rows=2)
    channels(p, "Phân bổ sản lượng theo kênh năm 2027", r["out"][0] * 2)  # chai 500 ml quy đổi
    p.check(r["out"][2] <= 20000 and r["out"][0] / 8800 < 1.2, "within the 20.000 l licence being applied for; +13,6 % on 2026")
    p.check(r["need"][2] / 1000 <= 30 and close(12 / 4.2 * 1000, 2857, 0.01), "30 tấn nếp; 4,2 ha gives 2,9 tấn/ha")
    p.has("60 lít/ngày × 300 ngày = 18.000 lít/năm", "95.000 đ/chai", "290.000 đ/bình", "Giấy phép sản xuất rượu thủ công",
          "Giấy chứng nhận đăng ký hợp tác xã", "bể lắng 3 ngăn", "đăng ký môi trường", "số lô", "14 đại lý", "QCVN 6-3:2010/BYT")
    ready_common(p)
    return p


def ec02() -> Plan:
    p = Plan("ec02_keo_cu_do_tien_dien_cty")
    r = check(p, SPEC["ec02"], supply=11000 + 9000 + 2500, capacity=2 * 2 * 25 * 280, supply_rows=3)
    n = r["need"][2]
    p.check(close(n * 0.5, 10170) and close(n * 0.4, 8136) and close(n * 0.1, 2034)
            and n * 0.5 <= 11000 and n * 0.4 <= 9000 and n * 0.1 <= 2500, "2029 blend split within each contract")
    p.check(-1.3e6 < r["cum"][2] < 0 < r["cum"][3], "cumulative cash flow −1,2 triệu at the end of 2028, positive in 2029")
    p.has("cuối năm 2028 công ty còn thiếu khoảng 1,2 triệu đồng")
    p.check(55 + 15 + 20 + 10 == 100 and close(1500 * 12 * 0.25, 4500) and 4500 <= 48000 * 0.25, "channel shares; 1.500 hộp/tháng = 4,5 tấn, within the boxes")
    p.has("10.170 kg lạc nhân, 8.136 kg mật và 2.034 kg gừng", "2 nồi × 2 mẻ × 25 kg = 100 kg/ngày", "28 000 kg/năm",
          "35.000 đ/hộp", "12.000 đ/thanh", "Giấy chứng nhận đăng ký doanh nghiệp", "mã QR", "bể lắng 2 ngăn", "đăng ký môi trường")
    ready_common(p)
    return p


def ec03() -> Plan:
    p = Plan("ec03_che_xanh_huong_do_tht")
    s = SPEC["ec03"]
    r = check(p, s, supply=8000 + 7000, capacity=2 * 60 * 200 / 4.8, supply_rows=2,
              months=(2, 4, 10, 12, 12, 10, 10, 10, 8, 8, 8, 6))
    p.check(4 * 30 * 12 + 50 * 12 + 160 == r["out"][0] == 2200, "2027 sales: shops 1.440 + online 600 + OCOP shop 160 = 2.200 kg")
    p.check(close(2.6 * 3000, 8000, 0.03) and r["cum"][2] < 0 < r["cum"][3], "2,6 ha × 3 tấn ≈ 8 tấn; cash flow turns positive in 2029")
    p.has("2 × 60 = 120 kg búp tươi/ngày, 200 ngày/năm là 24.000 kg búp, tương đương 5.000 kg chè khô", "60.000 đ/gói", "170.000 đ/hộp",
          "Giấy chứng nhận đăng ký tổ hợp tác", "VietGAP", "lưu mẫu mỗi lô", "hố thấm")
    ready_common(p)
    return p


def ec04() -> Plan:
    p = Plan("ec04_nuoc_mam_cam_nhuong_hkd")
    r = check(p, SPEC["ec04"], supply=36000 + 8000, capacity=16 * 3000 / 1.35, supply_rows=2,
              months=(12, 4, 6, 8, 10, 10, 10, 8, 8, 8, 8, 8))
    p.check(30000 * 0.5 + 4000 * 2 == r["out"][0] and close(48000 / 1.35, 35500, 0.01), "30.000 chai + 4.000 can; 48 tấn cá ≈ 35.500 lít")
    p.check(55 + 20 + 15 + 10 == 100 and close(400 * 12, 4800) and 3 * 12000 == 36000, "channel shares; 3 tàu × 12 tấn")
    p.has("16 thùng × 3 tấn = 48 tấn cá/vụ", "khoảng 35.500 lít", "50.000 đ/chai", "150.000 đ/can", "Giấy chứng nhận đăng ký hộ kinh doanh",
          "TCVN 5107:2018", "bể lắng 3 ngăn", "đăng ký môi trường", "lưu mẫu 12 tháng")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def ec05() -> Plan:
    p = Plan("ec05_tra_ca_gai_leo_kim_hoa_cty")
    r = check(p, SPEC["ec05"], supply=18000 + 8000, capacity=300 * 250 / 5, supply_rows=2,
              months=(5, 5, 8, 10, 10, 10, 10, 10, 8, 8, 8, 8), plants=frozenset({("cost_total", 1), "payback"}))
    c28 = r["stated_cost"][1]
    p.check(money_ok(c28, r["stated_cost"][0]) and off(c28, r["sum_lines"][1]) and close(r["sum_lines"][1], r["true_cost"][1]),
            f"PLANTED 2028 cost total {c28 / 1e6:.1f} triệu = the 2027 total, lines sum to {r['sum_lines'][1] / 1e6:.1f}")
    p.check(off(r["stated_profit"][1], r["profit"][1]), "tolerated knock-on: the 2028 profit follows the copied total")
    true_pb = r["inv"] / (sum(r["profit"]) / 3 + r["dep"])
    stated_basis = r["inv"] / (sum(r["stated_profit"]) / 3 + r["dep"])
    p.check(r["payback"] == 1.0 and off(1.0, true_pb) and off(1.0, stated_basis) and r["cum"][1] < 0 < r["cum"][2],
            f"PLANTED payback 1,0 year; truly {true_pb:.2f} ({stated_basis:.2f} on the stated profits); cash flow positive only in 2028")
    p.has("Hoàn vốn đầu tư trong khoảng 1 năm", "khoảng 1,0 năm", "42.000 đ/hộp", "80.000 đ/gói", "300 kg tươi/ngày × 250 ngày = 75.000 kg tươi",
          "Giấy chứng nhận đăng ký doanh nghiệp", "an toàn thực phẩm", "TCCS 03:2025/KH", "Cục Sở hữu trí tuệ", "ghi sổ theo dõi", "đăng ký môi trường",
          "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\bQR\b|\btem\b|bao bì ghi", "PLANTED no label or labelling plan ('nhãn' only in 'nhãn hiệu')")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ec06() -> Plan:
    p = Plan("ec06_mam_tom_hai_yen_co_so")
    r = check(p, SPEC["ec06"], supply=5600 + 2000, capacity=12000, supply_rows=2, gap_row=False,
              months=(4, 4, 12, 14, 14, 10, 8, 8, 6, 6, 6, 8), plants=frozenset({("profit", 2), "supply", "payback"}))
    sp, tp = r["stated_profit"], r["profit"]
    p.check(money_ok(sp[2] - tp[2], 100e6) and off(sp[2], tp[2]), f"PLANTED 2029 profit {sp[2] / 1e6:.1f} = true {tp[2] / 1e6:.1f} + 100")
    n = r["need"]
    p.check(n[0] <= 7600 and off(n[1], 7600) and off(n[2], 7600) and n[1] > 7600 and n[2] > 7600,
            f"PLANTED shrimp need {n[1]:.0f} / {n[2]:.0f} kg > 7.600 kg supply in 2028 / 2029")
    pb_stated = r["inv"] / (sum(sp) / 3 + r["dep"])
    pb_true = r["inv"] / (sum(tp) / 3 + r["dep"])
    p.check(abs(r["payback"] - pb_stated) <= 0.051 and off(r["payback"], pb_true),
            f"tolerated knock-on: stated payback {r['payback']} on the inflated profit; truly {pb_true:.2f}")
    p.has("tổng 7,6 tấn tôm/năm, đủ nguyên liệu cho cả giai đoạn", "30.000 đ/hũ", "52.000 đ/chai", "Nghị định số 43/2017/NĐ-CP",
          "TCCS 01:2026/HY", "tự công bố", "Cục Sở hữu trí tuệ", "bể lắng 4 m³", "số lô", "148/QĐ-TTg", "1489/QĐ-TTg", "cam kết bảo đảm an toàn thực phẩm")
    p.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|mã số doanh nghiệp|công ty|doanh nghiệp|hợp tác xã|tổ hợp tác|giấy phép kinh doanh|"
            r"thành lập|pháp nhân", "PLANTED no business registration or plan to register")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ec07() -> Plan:
    p = Plan("ec07_dau_lac_ky_thu_tht")
    r = check(p, SPEC["ec07"], supply=21600 + 45000, capacity=2 * 45 * 250, supply_rows=2, src_table=False,
              plants=frozenset({"capital", "capacity"}))
    p.check(r["inv"] == 1250e6 and off(450e6 + 600e6, r["inv"]), "PLANTED sources 450 + 600 = 1.050 against the 1.250 investment (−16 %)")
    cap = 2 * 45 * 250
    o = r["out"]
    p.check(o[0] <= cap and o[1] <= cap and off(o[2], cap) and o[2] > cap,
            f"PLANTED 2029 output {o[2]:.0f} lít > 2 presses × 45 × 250 = {cap} lít (+{(o[2] / cap - 1) * 100:.1f} %), no new press, 6 workers")
    p.check(close(12 * 1800, 21600), "12 ha × 1.800 kg")
    p.has("Nguồn vốn: vốn góp của 14 tổ viên 450 triệu đồng và vay Ngân hàng Nông nghiệp và PTNT chi nhánh Kỳ Anh 600 triệu đồng",
          "bảo đảm đủ vốn cho phương án", "mỗi máy cho khoảng 45 lít dầu/ngày", "đáp ứng được kế hoạch sản lượng của cả giai đoạn",
          "165.000 đ/chai", "780.000 đ/can", "Nghị định số 43/2017/NĐ-CP", "Nghị định số 111/2021/NĐ-CP", "TCCS 01:2025/KT",
          "Giấy chứng nhận đăng ký tổ hợp tác", "bể tách mỡ", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.check("Cơ cấu nguồn vốn" not in p.body, "no sources table: the sources are only in the sentence")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng", "PLANTED no trademark or IP protection")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ec08() -> Plan:
    p = Plan("ec08_keo_lac_phu_luu_htx")
    r = check(p, SPEC["ec08"], supply=8000 + 6000, capacity=2 * 2 * 40 * 280, supply_rows=2,
              months=(14, 6, 5, 6, 7, 8, 8, 9, 9, 9, 9, 10), plants=frozenset({("rev", 0, 1), "payback"}))
    got, want = r["stated_rsku"][0][1], r["rsku"][0][1]
    p.check(money_ok(got, 56000 * 30000) and off(got, want), f"PLANTED 2028 box row {got / 1e6:.1f} triệu, 56.000 × 28.000 = {want / 1e6:.1f}")
    p.check(off(r["stated_profit"][1], r["profit"][1]) and r["stated_rev"][1] / r["stated_rev"][0] < 1.2,
            "the total and profit follow the wrong row (stated growth stays under 20 %)")
    pb_true = r["inv"] / (sum(r["profit"]) / 3 + r["dep"])
    p.check(abs(r["payback"] - r["inv"] / (sum(r["stated_profit"]) / 3 + r["dep"])) <= 0.051 and off(r["payback"], pb_true),
            f"tolerated knock-on: payback {r['payback']} on the inflated profit; truly {pb_true:.2f}")
    n = r["need"][2]
    p.check(close(n * 0.6, 7308) and close(n * 0.4, 4872) and n * 0.6 <= 8000 and n * 0.4 <= 6000, "2029 split within supply")
    p.has("7.308 kg lạc nhân và 4.872 kg mạch nha", "160 kg kẹo/ngày; làm 280 ngày được 44.800 kg/năm", "28.000 đ/hộp", "60.000 đ/túi",
          "Nghị định số 43/2017/NĐ-CP", "TCCS 01:2025/PL", "tự công bố", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Cục Sở hữu trí tuệ", "Giấy chứng nhận đăng ký hợp tác xã", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(r"kiểm soát|truy xuất|nhật ký|số lô|\blô\b|lưu mẫu|kiểm tra|kiểm nghiệm|HACCP|ISO|\bQR\b|sổ theo dõi|ghi sổ",
            "PLANTED no internal quality control or traceability")
    p.lacks(r"môi trường|thải|khói|bể lắng|rác|xử lý|thu gom|phân hữu cơ|tiếng ồn|bụi", "PLANTED no environmental measure")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ec09() -> Plan:
    p = Plan("ec09_banh_da_vung_truong_luu_cty")
    r = check(p, SPEC["ec09"], supply=55000 + 5000, capacity=300 * 300, supply_rows=2, plants=frozenset({"growth"}),
              months=(6, 4, 6, 8, 9, 9, 9, 9, 9, 9, 10, 12))
    o, rv = r["out"], r["rev"]
    p.check(close(o[0] / 14500, 1.10, 0.01) and close(o[1] / o[0], 2.0) and close(o[2] / o[1], 1.797, 0.01)
            and close(rv[1] / rv[0], 2.0) and close(rv[2] / rv[1], 1.797, 0.01) and off(o[1] / o[0], 1.2) and off(o[2] / o[1], 1.2),
            "PLANTED output and revenue ×2,0 in 2028 and ×1,8 in 2029")
    p.check(r["lines"][8] == [40e6] * 3 and close(r["lines"][0][2], 1035e6) and SPEC["ec09"]["inv"][-1] == 100,
            "promotion flat at 40 triệu; 1.035 triệu of rice in 2029 against 100 triệu working capital")
    p.check(o[2] <= 90000 and SPEC["ec09"]["staff"] == (8, 9, 10), "the line covers 57,5 tấn; 8 → 10 workers (tolerated capacity-exceeded)")
    p.check(r["cum"][1] < 0 < r["cum"][2] and abs(r["payback"] - 0.7) < 0.01,
            "stated 0,7 years on the average of inflated profits; cash flow positive during 2028 (tolerated)")
    market = p.body.split("# Phần thứ sáu: Thị trường", 1)[1].split("# Phần thứ bảy", 1)[0]
    p.check("2 thương lái" in market and "15 cửa hàng" in market and "còn rất lớn" in market and "hợp đồng" not in market,
            "market: the same 2 traders and 15 shops, no contract")
    p.check(p.count("Công ty TNHH Bánh đa Đức Thịnh") == 2 and p.count("Công ty TNHH Thực phẩm Trường Lưu") == 1
            and p.count("CÔNG TY TNHH THỰC PHẨM TRƯỜNG LƯU") == 1, "PLANTED another producer's name, twice")
    p.has("300 kg/ngày × 300 ngày = 90 000 kg", "38.000 đ/gói", "300.000 đ/thùng", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã QR", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|quy chuẩn|ISO|HACCP", "PLANTED no product standard or self-declaration")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ec10() -> Plan:
    p = Plan("ec10_che_vang_my_loc_hkd")
    r = check(p, SPEC["ec10"], supply=4 * 6000, capacity=500 * 250 / 3.2, supply_rows=1,
              months=(5, 5, 10, 10, 10, 10, 10, 10, 5, 10, 10, 5))
    p.check(r["need"][2] <= 4 * 6000 <= 6 * 6000 and off(6, 4), "PLANTED 6 ha vs 4 ha; either covers the 19,9 tấn of 2029")
    p.has("trồng 6 ha chè vằng trên đất đồi", "trồng trên 4 ha đồi của hộ và 8 hộ liên kết",
          "Quyết định số 1048/QĐ-TTg", "Quyết định số 781/QĐ-TTg", "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Can Lộc",
          "Phòng Nông nghiệp và Phát triển nông thôn huyện", "500 kg tươi/ngày × 250 ngày = 125.000 kg tươi/năm",
          "TCCS 01:2025/ML", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường", "Giấy chứng nhận đăng ký hộ kinh doanh")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current instruments are not cited")
    market = p.body.split("# VI – Thị trường", 1)[1].split("# VII", 1)[0]
    p.check(not re.search(r"\d", market), "PLANTED the market section has no number, price or customer")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|\bbán\b|thương lái|phân phối|hợp đồng (bán|tiêu thụ|cung cấp)|facebook|zalo|shopee|"
            r"lazada|tiktok|thương mại điện tử|trực tuyến|online|hội chợ|xuất khẩu|showroom|điểm bán|nhà thuốc|kênh",
            "PLANTED no sales channel anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("ec11_banh_ram_thach_son_so_sai")
    a.check(150 <= a.words() <= 320, f"150–320 words ({a.words()})")
    a.check(len(a.rows) == 5 and not any(cell(c) is not None for r in a.rows[2:] for c in r[1:]), "the year table has no figure")
    a.has("khoảng 200 chiếc", "4.000 đ/chiếc")
    a.check(len(re.findall(r"\d[\d.]* (?:chiếc|đ/chiếc)", a.body)) == 2, "two figures in all")
    a.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|truy xuất|vốn đầu tư|"
            r"nguyên liệu|quy trình|máy", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ec12_non_la_cam_binh_so_sai")
    b.check(150 <= b.words() <= 320 and len(b.rows) == 0, f"150–320 words, no table ({b.words()})")
    b.has("gồm 12 chị em", "khoảng 60.000 đồng/chiếc", "khoảng 3.000 chiếc")
    b.check(close(3000 * 60000, 180e6), "3.000 × 60.000 = 180 triệu a year at most (not stated)")
    b.lacks(r"đăng ký|giấy phép|mã số thuế|giấy chứng nhận|tiêu chuẩn|công bố|nhãn|môi trường|lưu huỳnh|truy xuất|vốn đầu tư|chi phí|"
            r"lợi nhuận|doanh thu", "every gap is real (tolerated); no capital, cost, revenue or profit")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (ec01, ec02, ec03, ec04, ec05, ec06, ec07, ec08, ec09, ec10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
