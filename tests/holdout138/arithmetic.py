"""The hundred-and-thirty-eighth holdout set's arithmetic, recomputed from the constants below.

    .venv/bin/python tests/holdout138/arithmetic.py

Theme: every money table states its own unit (investment and sources in triệu đồng, the cost price
of one unit in đồng per litre / kg / box, revenue in 1.000 đ, costs in nghìn đồng, the summary in
triệu đồng) while the text writes amounts as "1,2 tỷ đồng", "850 triệu", "45.000 đ/kg". For every
full plan the script reads each table from the plan's source (found by its caption, "Bảng N."),
converts it by the unit line above it, and recomputes from the constants at the top of this file:
history revenue = output × average price; the plan by channel; raw-material need = output × norm
against the supply rows and the balance row; output against equipment capacity (or the licence);
the quarterly calendar; investment items and sources, their shares; the cost price of one unit
(raw material = norm × price + extras, packaging, labour = staff × wage × 12 / output, energy,
depreciation = fixed assets / life / output) and its total; revenue = quantity × price per channel;
the year's production cost = unit cost × output, selling and tax as shares of revenue, management,
interest = loan balance × rate; profit = revenue − cost, margin, depreciation, cash flow; the
average profit and the payback as printed; growth against 2026; the amounts quoted in the text.
Planted numeric defects are asserted wrong by more than 5 % (the true value computed beside them),
everything else right within 1 %. Textual defects are asserted through the absence or presence of
their words; ready plans cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no replaced instrument; no plan
keeps a template placeholder; the sketchy plans have 150–320 words and their few figures.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

# --------------------------------------------------------------------------- constants
# Per plan: output by year (base unit), channels (price in đồng per base unit, quantities), history
# 2024–2026, raw-material norm (kg per unit), its price and the extras per unit (đ), supply rows (kg),
# packaging and energy per unit (đ), staff, monthly wage (đ), investment items and the depreciable
# ones (triệu đồng), sources (triệu), life (years), loan balance by year (triệu) and rate, selling and
# tax shares of revenue, management cost (nghìn đồng a year).
PLANS = {
    "ei01_nuoc_mam_thien_cam_htx": dict(
        Q=[30000, 33000, 36000], channels=[(90000, [12000, 14000, 16000]), (65000, [18000, 19000, 20000])],
        hist_Q=[22000, 25000, 27500], hist_price=[66000, 69000, 72000], hist_staff=[7, 8, 9],
        norm=1.4, raw_price=15000, raw_extra=1400, supply=[[30000, 30000, 32000], [18000, 20000, 22000]],
        pack=5000, energy=800, staff=[9, 10, 10], wage=6000000,
        invest=[450, 200, 250, 120, 30, 30, 300], fixed=[450, 200, 250, 120], sources=[480, 300, 600],
        life=10, loan=[600, 400, 200], rate=0.08, sell=0.05, mgmt=120000, tax=0.015,
    ),
    "ei02_mat_ong_ngan_truoi_cty": dict(
        Q=[12000, 13200, 14400], channels=[(320000, [5000, 5800, 6600]), (230000, [7000, 7400, 7800])],
        hist_Q=[9500, 10500, 11200], hist_price=[240000, 250000, 260000], hist_staff=[5, 6, 6],
        norm=1.05, raw_price=130000, raw_extra=0, supply=[[6000, 6000, 6000], [10800, 10800, 10800]],
        pack=12000, energy=1500, staff=[6, 6, 7], wage=6500000,
        invest=[350, 180, 120, 70, 40, 30, 410], fixed=[350, 180, 120, 70], sources=[700, 500],
        life=8, loan=[500, 350, 200], rate=0.09, sell=0.06, mgmt=150000, tax=0.015,
    ),
    "ei03_ruou_nep_cai_trung_tiet_tht": dict(
        Q=[15000, 16500, 18000], channels=[(130000, [6000, 7000, 8000]), (90000, [9000, 9500, 10000])],
        hist_Q=[12000, 13000, 14000], hist_price=[95000, 98000, 100000], hist_staff=[6, 6, 7],
        norm=1.2, raw_price=28000, raw_extra=1000, supply=[[20000, 20000, 20000], [4000, 5000, 6000]],
        pack=6000, energy=3000, staff=[7, 7, 8], wage=5500000,
        invest=[200, 120, 80, 150, 50, 30, 20, 250], fixed=[200, 120, 80, 150, 50], sources=[400, 500],
        life=10, loan=[500, 350, 200], rate=0.08, sell=0.05, mgmt=80000, tax=0.015,
    ),
    "ei04_che_xanh_son_tay_hkd": dict(
        Q=[4000, 4400, 4800], channels=[(260000, [1600, 1900, 2200]), (190000, [2400, 2500, 2600])],
        hist_Q=[3200, 3500, 3700], hist_price=[195000, 200000, 210000], hist_staff=[4, 4, 5],
        norm=4.8, raw_price=12000, raw_extra=0, supply=[[20000, 20000, 20000], [13500, 13500, 13500]],
        pack=8000, energy=9000, staff=[5, 5, 6], wage=5000000,
        invest=[120, 60, 80, 40, 50, 20, 15, 115], fixed=[120, 60, 80, 40, 50], sources=[300, 200],
        life=8, loan=[200, 150, 100], rate=0.08, sell=0.04, mgmt=40000, tax=0.015,
    ),
    "ei05_dau_lac_dong_loc_htx": dict(
        Q=[9000, 10000, 11000], channels=[(170000, [3500, 4000, 4500]), (140000, [5500, 6000, 6500])],
        hist_Q=[7200, 7800, 8300], hist_price=[140000, 145000, 150000], hist_staff=[4, 4, 4],
        norm=2.3, raw_price=38000, raw_extra=-15600, supply=[[18000, 18000, 18000], [3000, 5000, 5000]],
        pack=12000, energy=2500, staff=[4, 4, 5], wage=5500000,
        invest=[200, 150, 80, 40, 30, 20, 20, 260], fixed=[200, 150, 80, 40, 30], sources=[300, 500],
        life=10, loan=[500, 350, 200], rate=0.08, sell=0.05, mgmt=60000, tax=0.015,
    ),
    "ei06_gio_bo_thach_dai_cty": dict(
        Q=[18000, 20000, 22000], channels=[(380000, [7000, 8000, 9000]), (340000, [11000, 12000, 13000])],
        hist_Q=[15000, 16000, 17000], hist_price=[330000, 340000, 345000], hist_staff=[8, 8, 9],
        norm=1.1, raw_price=210000, raw_extra=8000, supply=[[16000, 16000, 16000], [10000, 10000, 10000]],
        pack=6000, energy=4000, staff=[9, 10, 11], wage=6500000,
        invest=[500, 250, 300, 150, 40, 30, 430], fixed=[500, 250, 300, 150], sources=[900, 800],
        life=10, loan=[800, 600, 400], rate=0.085, sell=0.05, mgmt=250000, tax=0.015,
    ),
    "ei07_muc_kho_thach_kim_co_so": dict(
        Q=[5600, 6600, 7800], channels=[(980000, [2000, 2500, 3000]), (850000, [3600, 4100, 4800])],
        hist_Q=[4300, 4800, 5100], hist_price=[820000, 840000, 860000], hist_staff=[6, 6, 6],
        norm=4.5, raw_price=140000, raw_extra=0, supply=[[28000, 28000, 28000], [10000, 10000, 10000]],
        pack=8000, energy=15000, staff=[6, 6, 6], wage=6000000,
        invest=[150, 120, 50, 80, 30, 330], fixed=[150, 120, 50, 80], sources=[360, 400],
        life=8, loan=[400, 300, 200], rate=0.08, sell=0.04, mgmt=120000, tax=0.015,
    ),
    "ei08_ruou_sim_xuan_hai_cty": dict(
        Q=[20000, 22000, 24000], channels=[(160000, [8000, 9000, 10000]), (110000, [12000, 13000, 14000])],
        hist_Q=[16500, 18000, 19000], hist_price=[115000, 120000, 125000], hist_staff=[7, 7, 8],
        norm=1.0, raw_price=26000, raw_extra=16000, supply=[[18000, 18000, 18000], [8000, 8000, 8000]],
        pack=9000, energy=3500, staff=[8, 8, 9], wage=6000000,
        invest=[350, 200, 100, 100, 50, 50, 30, 420], fixed=[350, 200, 100, 100, 50], sources=[700, 600],
        life=10, loan=[600, 450, 300], rate=0.09, sell=0.06, mgmt=150000, tax=0.015,
    ),
    "ei09_banh_da_vung_tung_loc_tht": dict(
        Q=[20000, 22000, 24000], channels=[(90000, [6000, 7000, 8000]), (70000, [14000, 15000, 16000])],
        hist_Q=[17000, 18000, 19000], hist_price=[68000, 70000, 72000], hist_staff=[7, 7, 8],
        norm=0.9, raw_price=16000, raw_extra=9000, supply=[[20000, 20000, 20000], [5000, 5000, 5000]],
        pack=3000, energy=2500, staff=[8, 8, 9], wage=5000000,
        invest=[250, 200, 100, 50, 30, 30, 300], fixed=[250, 200, 100, 50], sources=[260, 300, 200],
        life=10, loan=[500, 400, 300], rate=0.08, sell=0.04, mgmt=60000, tax=0.015,
    ),
    "ei10_tra_vang_tui_loc_ky_xuan_hkd": dict(
        Q=[12000, 26400, 52800], channels=[(55000, [4000, 8800, 17600]), (42000, [8000, 17600, 35200])],
        hist_Q=[9800, 10400, 10900], hist_price=[44000, 45000, 46000], hist_staff=[3, 3, 4],
        norm=0.055, raw_price=90000, raw_extra=0, supply=[],
        pack=6000, energy=800, staff=[4, 5, 5], wage=5000000,
        invest=[90, 40, 20, 20, 60], fixed=[90, 40, 20], sources=[130, 100],
        life=5, loan=[100, 70, 40], rate=0.08, sell=0.05, mgmt=20000, tax=0.015,
    ),
}

# Annual capacity in the plan's base unit, as the plan's own equipment sentence gives it.
CAPACITY = {
    "ei01_nuoc_mam_thien_cam_htx": 100000 / 1.4,          # 100 tấn cá a season, 1,4 kg cá per lít
    "ei02_mat_ong_ngan_truoi_cty": 500 * 250 / 1.05,      # 500 kg mật thô a batch, a batch a day
    "ei03_ruou_nep_cai_trung_tiet_tht": 20000,            # the licence (the stills: 4 × 50 × 280 / 1,2)
    "ei04_che_xanh_son_tay_hkd": 2 * 15 * 8 * 200 / 4.8,  # two drums, 15 kg búp, 8 batches, 200 days
    "ei05_dau_lac_dong_loc_htx": (40 + 60) * 250,         # two presses, lít dầu a day, 250 days
    "ei06_gio_bo_thach_dai_cty": 100 * 4 * 280,           # grinder 100 kg/h, 4 h, 280 days
    "ei07_muc_kho_thach_kim_co_so": 2 * 90 * 170 / 4.5,   # two dryers × 90 kg fresh × 170 days, 4,5 kg per kg
    "ei08_ruou_sim_xuan_hai_cty": 4 * 40 * 300 / 1.0,     # four stills × 40 kg gạo × 300 days
    "ei09_banh_da_vung_tung_loc_tht": 120 * 250,          # line 120 kg/day × 250 days
    "ei10_tra_vang_tui_loc_ky_xuan_hkd": 576 * 250,       # 14.400 bags a day = 576 boxes × 250 days
}
QUARTERS = {
    "ei04_che_xanh_son_tay_hkd": [10, 35, 35, 20], "ei05_dau_lac_dong_loc_htx": [20, 30, 30, 20],
    "ei06_gio_bo_thach_dai_cty": [30, 20, 20, 30], "ei07_muc_kho_thach_kim_co_so": [10, 40, 45, 5],
    "ei08_ruou_sim_xuan_hai_cty": [30, 20, 20, 30], "ei09_banh_da_vung_tung_loc_tht": [30, 20, 20, 30],
    "ei10_tra_vang_tui_loc_ky_xuan_hkd": [25, 25, 25, 25],
}
# The planted numeric defects (what the plan prints instead of the true figure).
PLANTED = {
    "ei05_dau_lac_dong_loc_htx": "2028 unit-cost total leaves out the 12.000 đ packaging line; 2029 lạc need above supply",
    "ei06_gio_bo_thach_dai_cty": "2028 retail revenue 3.400.000 nghìn instead of 8.000 × 380.000 đ",
    "ei07_muc_kho_thach_kim_co_so": "payback table carries the investment as 670.000 nghìn; 2029 output above the dryers",
    "ei08_ruou_sim_xuan_hai_cty": "2028 profit printed 30 % above revenue − cost",
    "ei09_banh_da_vung_tung_loc_tht": "sources 760 against 960 triệu; payback 1,2 years",
    "ei10_tra_vang_tui_loc_ky_xuan_hkd": "output ×2,2 and ×2,0 in 2028 and 2029",
}
TABLES = dict(hist="Bảng 1.", raw="Bảng 2.", plan="Bảng 3.", quarter="Bảng 3a.", inv="Bảng 4.", src="Bảng 5.",
              unit="Bảng 6.", rev="Bảng 7.", cost="Bảng 8.", sum="Bảng 9.")
TABLES10 = dict(hist="Bảng 1.", raw=None, plan="Bảng 2.", quarter="Bảng 2a.", inv="Bảng 3.", src="Bảng 4.",
                unit="Bảng 5.", rev="Bảng 6.", cost="Bảng 7.", sum="Bảng 8.")

# Instruments replaced or lapsed before mid-2026, and the district level abolished on 1/7/2025.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện")
MONEY_UNITS = {"triệu": 1e6, "1.000": 1e3, "nghìn": 1e3, "đồng": 1}

_NUM = re.compile(r"^-?[\d.]+(,\d+)?$")


def vn(s: str) -> float:
    return plancheck.vn(s)


def rnd(x: float) -> float:
    return float(int(x + 0.5)) if x >= 0 else -float(int(-x + 0.5))


class Table:
    def __init__(self, unit: str | None, rows: list[list[str]]):
        self.unit, self.rows = unit, rows

    def nums(self, i: int) -> list[float]:
        return [vn(c) for c in self.rows[i][1:] if _NUM.match(c)]

    def years(self, i: int) -> list[float]:
        return self.nums(i)[-3:]

    def label(self, i: int) -> str:
        return self.rows[i][1]

    def money(self) -> float:
        """VND per printed unit, from the line above the table ('ĐVT: triệu đồng', 'Đơn vị tính: 1.000 đ')."""
        u = (self.unit or "").lower()
        for k, v in MONEY_UNITS.items():
            if k in u:
                return v
        return 0.0


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> Table:
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if line.startswith(caption):
                unit, rows, started = None, [], False
                for x in lines[i + 1:]:
                    s = x.strip()
                    if s.startswith("|"):
                        started = True
                        cells = [c.strip() for c in s.strip("|").split("|")]
                        if not set("".join(cells)) <= set("-"):
                            rows.append(cells)
                    elif started:
                        break
                    elif s.startswith(("ĐVT", "Đơn vị tính")):
                        unit = s
                return Table(unit, rows[1:])  # without the header row
        self.failures.append(f"table not found: {caption}")
        return Table(None, [[""] * 6] * 12)

    def words(self) -> int:
        return len(self.body.split())


def num_after(p: Plan, pattern: str) -> float:
    m = re.search(pattern, p.body)
    if not m:
        p.failures.append(f"text not found: {pattern}")
        return 0.0
    return vn(m.group(1))


# --------------------------------------------------------------------------- the model of a full plan

def model(c: dict) -> dict:
    Q = c["Q"]
    m = {"rev_lines": [[q * price / 1000 for q in qs] for price, qs in c["channels"]]}
    m["rev"] = [sum(l[y] for l in m["rev_lines"]) for y in range(3)]
    m["need"] = [q * c["norm"] for q in Q]
    m["supply"] = [sum(r[y] for r in c["supply"]) for y in range(3)]
    m["inv"], m["D"] = sum(c["invest"]), sum(c["fixed"]) / c["life"]
    m["u"] = [[rnd(c["norm"] * c["raw_price"] + c["raw_extra"])] * 3, [c["pack"]] * 3,
              [c["staff"][y] * c["wage"] * 12 / Q[y] for y in range(3)], [c["energy"]] * 3,
              [m["D"] * 1e6 / Q[y] for y in range(3)]]
    m["u_tot"] = [sum(line[y] for line in m["u"]) for y in range(3)]
    return m


def check_full(p: Plan, c: dict, tabs: dict, plant: dict) -> dict:
    """Every table of a full plan against the constants; `plant` names the cells planted wrong."""
    m = model(c)
    Q = c["Q"]
    # history
    h = p.table(tabs["hist"])
    p.check(h.years(0) == c["hist_Q"] and h.years(1) == c["hist_price"] and h.years(3) == c["hist_staff"],
            "history output, price, staff")
    hist_rev = [q * pr / 1e6 for q, pr in zip(c["hist_Q"], c["hist_price"])]
    p.check(all(close(a, b, 0.001) for a, b in zip(h.years(2), hist_rev)), "history revenue = output × price")
    # plan by channel
    t = p.table(tabs["plan"])
    p.check(t.years(0) == Q, "plan output")
    for k, (price, qs) in enumerate(c["channels"]):
        p.check(t.years(1 + k) == qs, f"channel {k + 1} quantities")
    p.check(all(sum(qs[y] for _, qs in c["channels"]) == Q[y] for y in range(3)), "channels sum to output")
    p.check(t.years(len(c["channels"]) + 1) == c["staff"], "staff in the plan table")
    # raw material
    if tabs["raw"]:
        r = p.table(tabs["raw"])
        p.check(all(close(a, b) for a, b in zip(r.years(0), m["need"])), "need = output × norm")
        p.check(r.years(1) == m["supply"] and all(r.years(2 + k) == v for k, v in enumerate(c["supply"])),
                "supply rows and their total")
        if len(r.rows) > 2 + len(c["supply"]):
            bal = r.years(2 + len(c["supply"]))
            p.check(all(close(bal[y], m["supply"][y] - m["need"][y]) for y in range(3)), "balance row")
        for y in range(3):
            if plant.get("shortfall") == y:
                p.check(off(m["need"][y], m["supply"][y]) and m["need"][y] > m["supply"][y],
                        f"PLANTED need {m['need'][y]:.0f} above supply {m['supply'][y]} in {2027 + y}")
            else:
                p.check(m["need"][y] <= m["supply"][y], f"need within supply {2027 + y}")
    # capacity
    cap = CAPACITY[p.stem]
    for y in range(3):
        if plant.get("capacity") == y:
            p.check(off(Q[y], cap) and Q[y] > cap, f"PLANTED output {Q[y]} above capacity {cap:.0f}")
        else:
            p.check(Q[y] <= cap, f"output within capacity {2027 + y}")
    # quarterly calendar
    if p.stem in QUARTERS:
        qt = p.table(tabs["quarter"])
        sh = QUARTERS[p.stem]
        p.check(sum(sh) == 100 and all(close(qt.nums(i)[0], Q[0] * sh[i] / 100) and qt.nums(i)[1] == sh[i]
                                       for i in range(4)) and qt.nums(4)[0] == Q[0], "quarters sum to 2027")
    # investment and sources (triệu đồng)
    inv, src = p.table(tabs["inv"]), p.table(tabs["src"])
    p.check(inv.money() == 1e6 and src.money() == 1e6, "investment and sources in triệu đồng")
    items = [inv.nums(i)[0] for i in range(len(c["invest"]))]
    p.check(items == c["invest"] and inv.nums(len(c["invest"]))[0] == m["inv"], "investment items = total")
    srcs = [src.nums(i)[0] for i in range(len(c["sources"]))]
    stot = src.nums(len(c["sources"]))[0]
    p.check(srcs == c["sources"] and stot == sum(c["sources"]), "sources sum")
    if plant.get("capital"):
        p.check(off(stot, m["inv"]), f"PLANTED sources {stot:.0f} against investment {m['inv']}")
    else:
        p.check(stot == m["inv"], "sources = investment")
    shares = [src.nums(i)[1] for i in range(len(c["sources"]))]
    p.check(all(close(s, v / m["inv"] * 100, 0.002) for s, v in zip(shares, c["sources"])), "source shares of the total")
    # cost price of one unit (đồng per unit)
    u = p.table(tabs["unit"])
    p.check(u.money() == 1 and "đồng/" in (u.unit or ""), "cost price in đồng per unit")
    for k in range(5):
        p.check(all(abs(a - b) <= 1 for a, b in zip(u.years(k), m["u"][k])), f"unit-cost line {k + 1}")
    printed_tot = u.years(5)
    for y in range(3):
        if plant.get("unit_total") == y:
            p.check(off(printed_tot[y], m["u_tot"][y]), f"PLANTED unit total {printed_tot[y]:.0f} != {m['u_tot'][y]:.0f}")
        else:
            p.check(abs(printed_tot[y] - sum(u.years(k)[y] for k in range(5))) <= 1, f"unit total {2027 + y}")
    # revenue (thousands)
    rv = p.table(tabs["rev"])
    p.check(rv.money() == 1e3, "revenue in 1.000 đ")
    p.check(rv.money() != inv.money() and rv.money() != u.money(), "revenue, investment and unit cost in three units")
    lines = [rv.years(k) for k in range(len(c["channels"]))]
    for k, (price, qs) in enumerate(c["channels"]):
        p.check(rv.nums(k)[0] == price, f"channel {k + 1} price")
        for y in range(3):
            if plant.get("revenue") == (k, y):
                p.check(off(lines[k][y], m["rev_lines"][k][y]),
                        f"PLANTED revenue line {lines[k][y]:.0f} != {m['rev_lines'][k][y]:.0f}")
            else:
                p.check(close(lines[k][y], m["rev_lines"][k][y], 0.0001), f"revenue = qty × price {k + 1} {2027 + y}")
    rev = rv.years(len(c["channels"]))
    p.check(all(rev[y] == sum(l[y] for l in lines) for y in range(3)), "revenue total = its lines")
    # costs (thousands)
    ct = p.table(tabs["cost"])
    p.check(ct.money() == 1e3, "costs in nghìn đồng")
    cl = [ct.years(k) for k in range(5)]
    cost = ct.years(5)
    for y in range(3):
        p.check(close(cl[0][y], printed_tot[y] * Q[y] / 1000, 0.0005), f"production cost = printed unit cost × output {y}")
        if plant.get("unit_total") != y:
            p.check(close(cl[0][y], m["u_tot"][y] * Q[y] / 1000), f"production cost = true unit cost × output {y}")
        p.check(close(cl[1][y], rev[y] * c["sell"], 0.0005) and cl[2][y] == c["mgmt"]
                and close(cl[3][y], c["loan"][y] * c["rate"] * 1000, 0.0005) and close(cl[4][y], rev[y] * c["tax"], 0.0005),
                f"selling, management, interest, tax {y}")
        p.check(abs(cost[y] - sum(cl[k][y] for k in range(5))) <= 1, f"cost total {y}")
    # summary (triệu đồng)
    sm = p.table(tabs["sum"])
    p.check(sm.money() == 1e6, "summary in triệu đồng")
    srev, scost, sprof, smarg, sdep, scf = (sm.years(k) for k in range(6))
    true_rev = [x / 1000 for x in m["rev"]]
    for y in range(3):
        p.check(abs(srev[y] - rev[y] / 1000) <= 0.051 and abs(scost[y] - cost[y] / 1000) <= 0.051,
                f"summary carries revenue and cost from the 1.000 đ tables {y}")
        if plant.get("profit") == y:
            p.check(off(sprof[y], srev[y] - scost[y]), f"PLANTED profit {sprof[y]} != {srev[y] - scost[y]:.1f}")
        else:
            p.check(abs(sprof[y] - (srev[y] - scost[y])) <= 0.051, f"profit = revenue − cost {y}")
        p.check(abs(smarg[y] - sprof[y] / srev[y] * 100) <= 0.051 and abs(sdep[y] - m["D"]) <= 0.051
                and abs(scf[y] - (sprof[y] + m["D"])) <= 0.11, f"margin, depreciation, cash flow {y}")
    # growth against 2026 and year on year
    for y in range(3):
        prev_rev = hist_rev[2] if y == 0 else true_rev[y - 1]
        prev_q = c["hist_Q"][2] if y == 0 else Q[y - 1]
        g = max(true_rev[y] / prev_rev, Q[y] / prev_q)
        if y and plant.get("growth"):
            p.check(g > 1.9, f"PLANTED growth ×{g:.2f} in {2027 + y}")
        else:
            p.check(g < 1.2, f"growth under 20 % in {2027 + y} (×{g:.3f})")
    avg = sum(sprof) / 3
    m.update(rev_printed=rev, cost_printed=cost, sprof=sprof, avg=avg, srev=srev, scost=scost,
             true_prof=[srev[y] - scost[y] for y in range(3)], true_rev=true_rev,
             true_cost=[(cost[y] + (Q[y] * (m["u_tot"][y] - printed_tot[y]) / 1000)) / 1000 for y in range(3)])
    return m


def payback_text(p: Plan, m: dict, inv_text: str, dep_text: str) -> float:
    """'Lợi nhuận bình quân X' and 'inv : (X + dep) ≈ Y năm' as printed: X = the mean of the printed profits."""
    avg = num_after(p, r"Lợi nhuận bình quân (?:\([^)]*\) : 3 ≈ )?([\d.,]+) triệu")
    p.check(abs(avg - m["avg"]) <= 0.051, f"average profit {avg} = mean of {m['sprof']}")
    y = num_after(p, re.escape(f"{inv_text} : (") + r"[\d.,]+ \+ " + re.escape(dep_text) + r"\) ≈ ([\d,]+) năm")
    return y


def ready_text(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "Nghị định số 43/2017/NĐ-CP", "Nghị định số 111/2021/NĐ-CP",
          "đủ điều kiện an toàn thực phẩm", "tự công bố", "Cục Sở hữu trí tuệ")
    p.check(bool(re.search(r"tiêu chuẩn cơ sở TCCS", p.body, re.I)), "a published product standard (TCCS)")
    p.check(bool(re.search(r"Giấy chứng nhận đăng ký|đăng ký hộ kinh doanh", p.body)), "registration")
    p.check(bool(re.search(r"mã lô|từng lô|từng mẻ|sổ", p.body)), "batch records")
    p.check(bool(re.search(r"bể lắng|hố lắng|thu gom|khói|tro", p.body)), "environmental measures")


# --------------------------------------------------------------------------- the full plans

def full(stem: str, plant: dict | None = None, tabs: dict = TABLES) -> tuple[Plan, dict]:
    p = Plan(stem)
    m = check_full(p, PLANS[stem], tabs, plant or {})
    return p, m


def ei01() -> Plan:
    p, m = full("ei01_nuoc_mam_thien_cam_htx")
    pay = payback_text(p, m, "1.380", "102")
    p.check(abs(pay - 1380 / (m["avg"] + m["D"])) <= 0.05, "payback 1.380 : (avg + 102)")
    p.check(close(2.25, m["true_rev"][0] / 1000) and close(2.74, m["true_rev"][2] / 1000), "2,25 and 2,74 tỷ in the text")
    p.has("khoảng 2,25 tỷ đồng", "khoảng 2,74 tỷ đồng", "1.380 triệu đồng (bằng chữ: một tỷ ba trăm tám mươi triệu đồng)",
          "tài sản cố định 1.020 triệu đồng", "mỗi năm 102 triệu đồng", "45.000 đồng/chai, tức 90.000 đ/lít",
          "130.000 đồng/can, tức 65.000 đ/lít", "giá cá bình quân 15.000 đ/kg", "khoảng 71.000 lít",
          "Tiền lương 6.000.000 đồng/người/tháng", "đăng ký môi trường")
    p.check(45000 * 2 == 90000 and 130000 / 2 == 65000 and 100000 / 1.4 >= 71000, "per-bottle prices; 100 tấn → 71.000 lít")
    ready_text(p)
    return p


def ei02() -> Plan:
    p, m = full("ei02_mat_ong_ngan_truoi_cty")
    pay = payback_text(p, m, "1.200", "90")
    p.check(abs(pay - 1200 / (m["avg"] + m["D"])) <= 0.05, "payback")
    p.has("đạt 3,21 tỷ đồng", f"khoảng 3,91 tỷ đồng", "Tổng vốn đầu tư 1,2 tỷ đồng", "720 triệu đồng tài sản cố định",
          "(160.000 đồng/chai)", "giá bán lẻ 320.000 đ/kg", "giá 230.000 đ/kg", "giá 130.000 đồng/kg",
          "khoảng 30 ngày chạy máy/năm là đủ cho 15.120 kg mật thô")
    p.check(close(m["true_rev"][0], 3210) and close(m["true_rev"][2], 3906, 0.002) and m["inv"] == 1200, "text amounts")
    p.check(close(400 * 15, 6000) and close(900 * 12, 10800) and close(15120 / 500, 30, 0.01), "colonies, days")
    ready_text(p)
    return p


def ei03() -> Plan:
    p, m = full("ei03_ruou_nep_cai_trung_tiet_tht")
    pay = payback_text(p, m, "900", "60")
    p.check(abs(pay - 900 / (m["avg"] + m["D"])) <= 0.05, "payback")
    p.has("khoảng 1,59 tỷ đồng", "Tổng vốn đầu tư 900 triệu đồng", "(65.000 đồng/chai, tức 130.000 đ/lít)",
          "(90.000 đ/lít)", "giá 28.000 đồng/kg", "sản lượng tối đa 20.000 lít/năm", "56.000 kg gạo (khoảng 46.000 lít)",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "Nghị định số 105/2017/NĐ-CP",
          "Nghị định số 17/2020/NĐ-CP", "giá chưa gồm thuế tiêu thụ đặc biệt", "Không dành cho người dưới 18 tuổi")
    p.check(close(m["true_rev"][0], 1590) and max(PLANS[p.stem]["Q"]) <= 20000 and 4 * 50 * 280 == 56000
            and close(56000 / 1.2, 46667), "licence covers 18.000 lít; stills 56.000 kg")
    p.check(5 * 4000 == 20000, "5 ha × 4.000 kg")
    ready_text(p)
    return p


def ei04() -> Plan:
    p, m = full("ei04_che_xanh_son_tay_hkd")
    pay = payback_text(p, m, "500", "43,75")
    p.check(abs(pay - 500 / (m["avg"] + m["D"])) <= 0.05, "payback")
    p.has("khoảng 872 triệu đồng", "0,5 tỷ đồng (500 triệu đồng)", "gói 200 g (52.000 đồng/gói)", "giá bán lẻ 260.000 đ/kg",
          "giá 190.000 đ/kg", "giá búp 12.000 đồng/kg", "sao được 48.000 kg búp, đủ cho 23.040 kg búp năm 2029",
          "khấu hao 8 năm (43,75 triệu đồng/năm)")
    p.check(close(m["true_rev"][0], 872) and 52000 * 5 == 260000 and 2 * 10000 == 20000 and 1.5 * 9000 == 13500,
            "text amounts")
    ready_text(p)
    return p


def ei05() -> Plan:
    p, m = full("ei05_dau_lac_dong_loc_htx", {"unit_total": 1, "shortfall": 2})
    c = PLANS[p.stem]
    p.check(m["u_tot"][1] - c["pack"] == model(c)["u_tot"][1] - 12000, "the 2028 total is the sum without packaging")
    pay = payback_text(p, m, "800", "50")
    p.check(abs(pay - 800 / (m["avg"] + m["D"])) <= 0.05, "printed payback follows the printed profits")
    true_avg = sum(m["srev"][y] - m["true_cost"][y] for y in range(3)) / 3
    true_pay = 800 / (true_avg + m["D"])
    p.check(off(pay, true_pay), f"tolerated knock-on: payback {pay} vs {true_pay:.2f} on the true 2028 cost")
    p.check(not any("Chênh lệch" in r[1] for r in p.table("Bảng 2.").rows), "no balance row")
    p.has("bảo đảm đủ nguyên liệu cho cả giai đoạn 2027 – 2029", "khoảng 1,37 tỷ đồng", "Tổng vốn đầu tư 800 triệu đồng",
          "1 lít bán lẻ 170.000 đ/lít", "bán buôn 140.000 đ/lít", "giá 38.000 đồng/kg", "chạy 250 ngày/năm được 25.000 lít")
    p.check(close(m["true_rev"][0], 1365) and 18000 == 10 * 1800, "text amounts")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|\blogo\b|văn bằng|chỉ dẫn địa lý", "PLANTED no trademark")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "đủ điều kiện an toàn thực phẩm", "TCCS", "Nghị định số 43/2017/NĐ-CP")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ei06() -> Plan:
    p, m = full("ei06_gio_bo_thach_dai_cty", {"revenue": (0, 1)})
    p.check(m["rev_printed"][1] - m["rev"][1] == 360000, "the 2028 total carries the wrong line (+360 triệu)")
    pay = payback_text(p, m, "1.700", "120")
    p.check(abs(pay - 1700 / (m["avg"] + m["D"])) <= 0.05, "printed payback follows the printed profits")
    true_prof = [m["srev"][y] - m["scost"][y] for y in range(3)]
    true_prof[1] = (m["rev"][1] - (m["cost_printed"][1] - 360000 * (PLANS[p.stem]["sell"] + PLANS[p.stem]["tax"]))) / 1000
    true_pay = 1700 / (sum(true_prof) / 3 + m["D"])
    p.check(off(pay, true_pay), f"tolerated knock-on: payback {pay} vs {true_pay:.2f} on the true revenue")
    p.has("Doanh thu năm 2027 đạt 6,4 tỷ đồng", "Tổng vốn đầu tư 1,7 tỷ đồng", "(190.000 đồng/cây)", "giá bán lẻ 380.000 đ/kg",
          "bếp cỗ 340.000 đ/kg", "giá 210.000 đồng/kg", "280 ngày/năm được 112.000 kg", "Sản lượng quý cao nhất là 5.400 kg, tức khoảng 77 kg/ngày")
    p.check(close(m["true_rev"][0], 6400) and 18000 * 0.3 == 5400 and close(5400 / 70, 77, 0.01), "text amounts")
    p.check(p.count("Công ty cổ phần Thực phẩm Hồng Phát") == 2 and p.count("Công ty cổ phần Thực phẩm Thạch Đài") >= 3,
            "PLANTED another company's name twice in the market section")
    p.lacks(r"môi trường|nước thải|chất thải|\bthải\b|\brác\b|mùi hôi|khử mùi|bể lắng|hố lắng|xử lý|khí thải|tiếng ồn",
            "PLANTED no environmental measure")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "đủ điều kiện an toàn thực phẩm", "TCCS", "Cục Sở hữu trí tuệ")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ei07() -> Plan:
    p, m = full("ei07_muc_kho_thach_kim_co_so", {"capacity": 2})
    t = p.table("Bảng 10.")
    p.check(t.money() == 1e3, "payback table in 1.000 đ")
    carried = t.nums(0)[0]
    p.check(off(carried / 1000, m["inv"]) and carried == 670000, f"PLANTED investment carried as {carried} against {m['inv']} triệu")
    cf = t.years(1)
    p.check(all(abs(cf[y] / 1000 - (m["sprof"][y] + m["D"])) <= 0.051 for y in range(3)), "cash flows = profit + D")
    avg_cf = t.nums(2)[0]
    p.check(abs(avg_cf / 1000 - (m["avg"] + m["D"])) <= 0.051, "average cash flow")
    pay = t.nums(3)[0]
    p.check(abs(pay - carried / avg_cf) <= 0.05, "printed payback = 670.000 : average")
    p.check(off(pay, m["inv"] / (m["avg"] + m["D"])), f"tolerated knock-on: 760 gives {m['inv'] / (m['avg'] + m['D']):.2f}")
    p.has("Tổng vốn đầu tư 760 triệu đồng", "giá bán lẻ 980.000 đ/kg", "bán buôn cho đại lý 850.000 đ/kg",
          "giá mực tươi bình quân 140.000 đồng/kg", "(tổng cộng khoảng 30.600 kg mực tươi/năm), đủ đáp ứng",
          "không mua thêm tủ sấy", "Giữ nguyên 6 lao động", "khoảng 5,02 tỷ đồng")
    p.check(2 * 90 * 170 == 30600 and 7800 * 4.5 > 30600 and close(m["true_rev"][0], 5020), "30.600 kg fresh < 35.100")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|mã số doanh nghiệp|giấy chứng nhận đăng ký|công ty|doanh nghiệp|"
            r"hợp tác xã|tổ hợp tác|thành lập|đăng ký hộ", "PLANTED no business registration or plan to register")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "cam kết bảo đảm an toàn thực phẩm", "TCCS", "Cục Sở hữu trí tuệ", "hố lắng")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ei08() -> Plan:
    p, m = full("ei08_ruou_sim_xuan_hai_cty", {"profit": 1})
    pay = payback_text(p, m, "1.300", "80")
    p.check(abs(pay - 1300 / (m["avg"] + m["D"])) <= 0.05, "printed payback follows the printed average")
    true_avg = sum(m["true_prof"]) / 3
    p.check(off(pay, 1300 / (true_avg + m["D"])), f"tolerated knock-on: true payback {1300 / (true_avg + m['D']):.2f}")
    p.check(close(m["sprof"][1], m["true_prof"][1] * 1.3, 0.002), "2028 profit printed +30 %")
    p.has("khoảng 2,6 tỷ đồng", "Tổng vốn đầu tư 1,3 tỷ đồng", "(80.000 đồng/chai)", "giá bán lẻ 160.000 đ/lít",
          "bán buôn 110.000 đ/lít", "giá 26.000 đồng/kg", "300 ngày/năm (48.000 lít)")
    p.check(close(m["true_rev"][0], 2600), "text amounts")
    p.has("Quyết định số 1048/QĐ-TTg", "Quyết định số 781/QĐ-TTg", "Nghị quyết số 123/2018/NQ-HĐND", "cấp huyện")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated: the current instruments are not cited")
    p.lacks(r"giấy phép|105/2017|17/2020|sản xuất rượu thủ công|cấp phép|Sở Công Thương", "PLANTED no alcohol licence")
    p.has("đủ điều kiện an toàn thực phẩm", "TCCS", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ei09() -> Plan:
    p, m = full("ei09_banh_da_vung_tung_loc_tht", {"capital": True})
    stated = num_after(p, r"hoàn vốn sau khoảng ([\d,]+) năm")
    true = m["inv"] / (m["avg"] + m["D"])
    p.check(off(stated, true) and off(stated, 760 / (m["avg"] + m["D"])),
            f"PLANTED payback {stated} against {true:.2f} ({760 / (m['avg'] + m['D']):.2f} on the sources)")
    avg = num_after(p, r"lợi nhuận bình quân ([\d.,]+) triệu")
    p.check(abs(avg - m["avg"]) <= 0.051, "average profit")
    p.check(sum(PLANS[p.stem]["sources"]) == 760 and m["inv"] == 960, "PLANTED 760 of sources for 960")
    p.has("Tổng vốn đầu tư gần 1 tỷ đồng (960 triệu đồng)", "là đủ vốn cho phương án", "khoảng 1,52 tỷ đồng",
          "45.000 đồng/túi, tức 90.000 đ/kg", "bán buôn 70.000 đ/kg", "giá 16.000 đồng/kg", "250 ngày/năm được 30.000 kg")
    p.check(close(m["true_rev"][0], 1520), "text amounts")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\bQR\b|\btem\b|ghi nhãn", "PLANTED no label or labelling plan")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "đủ điều kiện an toàn thực phẩm", "TCCS", "Cục Sở hữu trí tuệ", "hố lắng")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ei10() -> Plan:
    p, m = full("ei10_tra_vang_tui_loc_ky_xuan_hkd", {"growth": True}, TABLES10)
    Q = PLANS[p.stem]["Q"]
    p.check(close(Q[1] / Q[0], 2.2) and close(Q[2] / Q[1], 2.0) and close(Q[0] / 10900, 1.1, 0.01),
            "PLANTED +10 %, then ×2,2 and ×2,0")
    raw_2029 = Q[2] * 0.055 * 90000 / 1e6
    p.check(raw_2029 > 4 * 60, f"leaves {raw_2029:.1f} triệu in 2029 against 60 triệu working capital")
    pay = payback_text(p, m, "230", "30")
    p.check(abs(pay - 230 / (m["avg"] + m["D"])) <= 0.05, "payback")
    p.check(not re.search(r"^#.*(nguyên liệu|vùng nguyên|cung ứng)", p.body, re.I | re.M)
            and not re.search(r"nguồn (lá|nguyên liệu)|vùng (trồng|nguyên liệu)|liên kết|hợp đồng mua|nhà cung cấp", p.body),
            "PLANTED no raw-material section or supply")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|tự công bố|công bố sản phẩm|vệ sinh|cam kết b|khám sức khỏe",
            "PLANTED no food-safety certificate, commitment or plan")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "TCCS", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "ghi mã lô",
          "Giá bán lẻ 55.000 đ/hộp", "42.000 đ/hộp", "Tổng vốn đầu tư 230 triệu đồng", "250 ngày/năm là 144.000 hộp",
          "nhu cầu trà thảo dược ngày càng tăng")
    p.check(30 * 60 * 8 == 14400 and 14400 / 25 == 576, "30 túi/phút → 576 hộp/ngày")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("ei11_nhut_mit_huong_khe_so_sai")
    a.check(2000 * 40000 == 80e6, "2.000 kg × 40.000 = 80 triệu")
    a.has("khoảng 2.000 kg nhút", "khoảng 40.000 đồng/kg", "khoảng 80 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|"
            r"truy xuất|sổ ghi|vốn đầu tư", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ei12_choi_dot_vu_quang_so_sai")
    b.check(3000 * 35000 == 105e6, "3.000 chiếc × 35.000 = 105 triệu")
    b.has("khoảng 3.000 chiếc chổi", "35.000 đồng/chiếc", "khoảng 105 triệu đồng")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|tiêu chuẩn|công bố|nhãn hiệu|thương hiệu|môi trường|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí", "every tolerated gap is real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    plans = [fn() for fn in (ei01, ei02, ei03, ei04, ei05, ei06, ei07, ei08, ei09, ei10)] + sketchy()
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
