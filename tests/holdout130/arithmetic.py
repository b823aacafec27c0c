"""The hundred-and-thirtieth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout130/arithmetic.py

Theme: new producers starting up (pilot year, capacity used step by step, investment in two phases,
loans with a 12-month grace period). For every ready and revise plan, each table is read from the
plan's source inside its own section and every number recomputed: output = units x unit size, raw
material = output x norm against the stated supply, output against equipment capacity x working
days and the stated capacity percentage, revenue = quantity x price per row, revenue total, every
cost line from its stated norm (raw material x price, packaging per unit, energy per unit of output,
wages = staff x wage x 12, depreciation of phase 1 and phase 2 assets over 10 years, interest =
outstanding loan after the grace year x rate, selling cost = % of revenue, a flat management line),
cost total, profit = revenue - cost, tax, investment items = total = sources, average profit and
payback as printed, year-on-year growth. Planted numeric defects are asserted wrong by more than 5 %
with the true value beside them, everything else right within 1 %. Textual plants are asserted by
the absence (or presence) of their words. Ready plans cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no
replaced instrument; no plan keeps a template placeholder. Sketchy plans: the few figures multiply
out, 150-320 words, no table, and every tolerated gap is really absent.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, off  # noqa: E402

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|77/2019|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|thuế khoán")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def part(self, start: str, end: str | None = None) -> "Plan":
        i = self.body.find(start)
        if i < 0:
            self.failures.append(f"marker not found: {start!r}")
            return self
        j = self.body.find(end, i + len(start)) if end else -1
        text = self.body[i: j if j >= 0 else len(self.body)]
        q = copy.copy(self)
        q.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                  for line in text.splitlines() if line.strip().startswith("|")]
        return q

    def words(self) -> int:
        return len(self.body.split())

    def eq(self, got: float, want: float, what: str, planted: bool = False) -> None:
        """Right within 1 %, or (planted) wrong by more than 5 % against the true value."""
        if planted:
            self.check(off(got, want), f"PLANTED {what}: {got} should differ from true {want:.3f} by > 5 %")
        else:
            self.check(close(got, want), f"{what}: stated {got}, recomputed {want:.3f}")


def fmt(x: float) -> str:
    s = f"{x:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return s[:-2] if s.endswith(",0") else s


def std(p: Plan, s: dict) -> dict:
    """The standard start-up model every ready/revise plan of this set uses (see the docstring)."""
    m = s.get("mult", 1)  # table unit per triệu đồng (1, 1000 for nghìn đồng, 1e6 for đồng)
    bad = s.get("planted", set())  # {(what, year)} asserted wrong
    pr = p.part(*s["prod"])
    qty = [pr.row(lab) for lab in s["units"]]
    kg = pr.row(s["total_row"])
    raw = pr.row(s["raw_row"]) if s.get("raw_row") else None
    fin = p.part(*s["fin"])
    heads = s.get("heads", ("Doanh thu", "Chi phí", "Lợi nhuận"))
    rev = fin.row(heads[0] + " |")
    rrows = [fin.row(lab) for lab in s["rev_labels"]]
    cost = fin.row(heads[1] + " |")
    lines = [fin.row(lab) for lab in s["cost_labels"]]
    prof = fin.row(heads[2] + " |")
    kgper, price = s["kgper"], s["price"]
    out = {"kg": [], "rev": [], "cost": [], "profit": []}
    for y in Y:
        k = sum(q[y] * w for q, w in zip(qty, kgper))
        p.eq(kg[y], k, f"output {y}")
        need = k * s["ratio"]
        if raw is not None:
            p.eq(raw[y] * s.get("raw_scale", 1), need, f"raw material {y}")
        p.check(need <= s["supply"] * (1 if (("supply", y) not in bad) else 10),
                f"raw need {need:.0f} within supply {s['supply']} {y}")
        if ("supply", y) in bad:
            p.check(off(need, s["supply"]) and need > s["supply"],
                    f"PLANTED material shortfall {y}: need {need:.0f} > supply {s['supply']}")
        capv = s["capacity"][y] if isinstance(s["capacity"], list) else s["capacity"]
        kc = qty[s["cap_on"]][y] if "cap_on" in s else k  # ea04: the packing machine counts boxes
        cap_ok = kc <= capv
        if ("capacity", y) in bad:
            p.check(not cap_ok and off(kc, capv), f"PLANTED output {kc} over capacity {capv} {y}")
        else:
            p.check(cap_ok, f"output {kc} within capacity {capv} {y}")
            if s.get("pct"):
                p.eq(kc / capv * 100, s["pct"][y], f"capacity % {y}")
        true_rows = [q[y] * pz / 1e6 * m for q, pz in zip(qty, price)]
        for i, (r, t) in enumerate(zip(rrows, true_rows)):
            p.eq(r[y], t, f"revenue row {i} year {y}", ("rev_row", i, y) in bad)
        stated_rev = rev[y]
        p.eq(stated_rev, sum(r[y] for r in rrows), f"revenue total = its rows {y}")
        true_rev = sum(true_rows)
        if any(("rev_row", i, y) in bad for i in range(len(rrows))):
            p.eq(stated_rev, true_rev, f"revenue total vs price x quantity {y}", True)
        n = s["norms"]
        want = [need * n["raw_price"] / 1e6 * m,
                sum(q[y] * pk for q, pk in zip(qty, n["pack"])) / 1e6 * m,
                k * n["energy"] / 1e6 * m,
                n["staff"][y] * n["wage"] * 12 * m,
                n["dep"][y] * m,
                n["loan"][y] * n["rate"] * m,
                stated_rev * n["sell"],
                n["mgmt"] * m]
        for i, (l, w) in enumerate(zip(lines, want)):
            p.eq(l[y], w, f"cost line {s['cost_labels'][i]!r} {y}")
        p.eq(cost[y], sum(l[y] for l in lines), f"cost total {y}")
        p.eq(prof[y], stated_rev - cost[y], f"profit = revenue - cost {y}", ("profit", y) in bad)
        out["kg"].append(k)
        out["rev"].append(stated_rev)
        out["true_rev"] = out.get("true_rev", []) + [true_rev]
        out["cost"].append(cost[y])
        out["profit"].append(prof[y])
        out["true_profit"] = out.get("true_profit", []) + [stated_rev - cost[y]]
    if s.get("tax"):
        tax = fin.row(s["tax"][0])
        post = fin.row(s["tax"][1])
        for y in Y:
            base = out["rev"][y] if s["tax"][2] == "revenue" else out["profit"][y]
            p.eq(tax[y], base * s["tax"][3], f"tax {y}")
            p.eq(post[y], out["profit"][y] - tax[y], f"profit after tax {y}")
        out["post"] = post
    # staff, growth
    for y in (1, 2):
        g = out["kg"][y] / out["kg"][y - 1]
        if s.get("growth_planted"):
            continue
        p.check(g <= s.get("max_growth", 1.45), f"output growth {g:.2f} explained by the ramp {y}")
    # investment and capital
    inv = p.part(*s["inv"])
    items = [inv.one(f"{i} |") for i in range(1, s["n_items"] + 1)]
    total = inv.one(s.get("inv_total", "Tổng cộng"))
    p.eq(total, sum(items), "investment items = total")
    p.eq(total, s["total"] * m if s.get("inv_in_mult") else s["total"], "investment total as stated")
    src = p.part(*s["src"])
    srcs = [src.one(f"{i} |") for i in range(1, s["n_src"] + 1)]
    stot = src.one(s.get("src_total", "Cộng"))
    p.eq(stot, sum(srcs), "sources = their total row")
    p.eq(stot, total, "sources = investment total", s.get("capital_planted", False))
    fixed = sum(items[i] for i in s["fixed_items"])
    scale = m if s.get("inv_in_mult") else 1
    p.eq(s["norms"]["dep"][0] * scale, sum(items[i] for i in s["phase1_fixed"]) / 10, "depreciation phase 1 over 10 years")
    p.eq(s["norms"]["dep"][2] * scale, fixed / 10, "depreciation phases 1 + 2 over 10 years")
    out["dep"] = s["norms"]["dep"]
    out["lines"] = [l[0] for l in lines]
    out["qty"] = qty
    out["raw"] = [x * s["ratio"] for x in out["kg"]]
    loan = s["norms"]["loan"]
    p.check(loan[1] == loan[0] * 0.75 and loan[2] == loan[0] * 0.5, "loan: grace year, then a quarter of the principal a year")
    return out


PAYBACK = re.compile(r"Thời gian hoàn vốn = ([\d.]+) : \(([\d.,]+) \+ ([\d.,]+)\) ≈ ([\d,]+) năm")


def payback(p: Plan, profits: list[float], dep: list[float], total: float, m: float = 1, planted: bool = False,
            true_profits: list[float] | None = None) -> None:
    """The printed formula: its total, average profit and depreciation as recomputed, and its result."""
    mt = PAYBACK.search(p.body)
    if not mt:
        p.failures.append("payback formula not found")
        return
    t, a, d, r = (plancheck.vn(x) for x in mt.groups())
    p.eq(t, total * m, "payback: investment total")
    p.eq(a, sum(profits) / 3, "payback: average profit of the table")
    p.eq(d, sum(dep) / 3 * m, "payback: average depreciation")
    if planted:
        p.check(off(r, t / (a + d)), f"PLANTED payback {r} vs {t / (a + d):.2f} from its own terms")
    else:
        p.check(abs(r - t / (a + d)) <= 0.051, f"payback {r} vs {t / (a + d):.3f}")
    if true_profits is not None:
        true = t / (sum(true_profits) / 3 + d)
        p.check(off(r, true), f"tolerated knock-on: payback {r} vs true {true:.2f}")


def calendars(p: Plan, out: dict, D: int, daily: list[float] | None, over: set = frozenset()) -> None:
    """Appendices: monthly calendars sum to the year, raw = output x norm, each month within days x daily capacity."""
    for y, yr in enumerate((2027, 2028, 2029)):
        cal = p.part(f"Lịch sản xuất theo tháng năm {yr}", "# Phụ lục")
        ms = [cal.row(f"Tháng {m} |", 3) for m in range(1, 13)]
        tot = cal.row("Cả năm", 3)
        p.check(sum(x[0] for x in ms) == tot[0] == D, f"calendar days {yr}")
        p.eq(sum(x[1] for x in ms), out["kg"][y], f"calendar output {yr}")
        p.eq(tot[1], out["kg"][y], f"calendar total output {yr}")
        p.eq(sum(x[2] for x in ms), out["raw"][y], f"calendar raw {yr}")
        ratio = out["raw"][y] / out["kg"][y]
        p.check(all(abs(x[2] - x[1] * ratio) <= 0.06 for x in ms), f"calendar raw = output x norm {yr}")
        if daily:
            fits = all(x[1] <= x[0] * daily[y] * 1.0001 for x in ms)
            if y in over:
                p.check(not fits, f"PLANTED calendar months above days x {daily[y]} {yr}")
            else:
                p.check(fits, f"calendar months within days x {daily[y]} {yr}")


def loan_table(p: Plan, L: float, rate: float) -> None:
    t = p.part("Kế hoạch trả nợ vay", "# Phụ lục")
    rows = [t.row(f"{yr} |", 4) for yr in range(2027, 2032)]
    bal = L
    for i, r in enumerate(rows):
        pay = 0 if i == 0 else L / 4
        p.check(close(r[0], bal) and close(r[1] + 1e-9, pay + 1e-9) if pay else close(r[0], bal), f"loan row {2027 + i}")
        after = bal - pay
        if after:
            p.eq(r[2], after, f"loan balance {2027 + i}")
            p.eq(r[3], after * rate, f"loan interest {2027 + i}")
        bal = after
    tot = t.row("Cộng", 2)
    p.eq(tot[0], L, "loan principal repaid")
    p.eq(tot[1], L * rate * 2.5, "loan interest total")


def unit_costs(p: Plan, out: dict, lines_2027: list[float], m: float) -> None:
    """Phụ lục: the 2027 cost per unit x output = the cost lines."""
    t = p.part("Giá thành bình quân 1", "# Phụ lục")
    per = [t.one(f"{i} |") for i in range(1, 9)]
    k = out["kg"][0]
    for i, (u, l) in enumerate(zip(per, lines_2027)):
        p.check(abs(u * k / 1e6 * m - l) <= max(0.01 * l, k / 1e6 * m), f"unit cost line {i + 1}")
    p.check(abs(t.one("Giá thành bình quân") * k / 1e6 * m - out["cost"][0]) <= max(0.01 * out["cost"][0], k / 1e6 * m), "unit cost")
    p.check(abs(t.one("Giá bán bình quân") * k / 1e6 * m - out["rev"][0]) <= max(0.01 * out["rev"][0], k / 1e6 * m), "unit price")


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tự công bố",
          "Cục Sở hữu trí tuệ", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "ân hạn 12 tháng")
    p.check(bool(re.search(r"[Kk]iểm soát chất lượng", p.body)), "quality control named")
    p.check(bool(re.search(r"tiêu chuẩn cơ sở", p.body, re.I)), "product standard named")
    p.check(bool(re.search(r"bể lắng|hố lắng|bể tách mỡ|bể tự hoại", p.body)), "environment measure named")


def common(p: Plan, out: dict, s: dict, D: int, daily, over=frozenset()) -> None:
    calendars(p, out, D, daily, over)
    loan_table(p, s["norms"]["loan"][0], s["norms"]["rate"])
    unit_costs(p, out, out["lines"], s.get("mult", 1))


def N(raw_price, pack, energy, staff, wage, dep, loan, rate, sell, mgmt) -> dict:
    return dict(raw_price=raw_price, pack=pack, energy=energy, staff=staff, wage=wage, dep=dep, loan=loan, rate=rate,
                sell=sell, mgmt=mgmt)


# --------------------------------------------------------------------------- ready plans

def ea01() -> Plan:
    p = Plan("ea01_nuoc_ep_buoi_phuc_trach_cty")
    s = dict(prod=("# X. KẾ HOẠCH", "# XI."), units=["Nước ép bưởi chai 300 ml", "Nước ép bưởi chai 1 lít"], kgper=[0.3, 1.0],
             total_row="Tổng sản lượng quy lít", raw_row="Bưởi quả nguyên liệu", raw_scale=1000, ratio=2.5, supply=250000,
             capacity=100000, pct=[50, 70, 90], fin=("# XII. HIỆU QUẢ", "# XIII."), price=[22000, 60000],
             rev_labels=["Chai 300 ml (22.000", "Chai 1 lít (60.000"],
             cost_labels=["Bưởi quả (8.000", "Chai, nắp", "Điện, nước, hơi", "Tiền lương", "Khấu hao", "Lãi vay", "Chi phí bán hàng",
                          "Chi phí quản lý"],
             norms=N(8000, [2500, 5000], 1500, [10, 12, 14], 7, [210, 240, 240], [1500, 1125, 750], 0.08, 0.06, 150),
             inv=("# XI. TỔNG VỐN", "| TT | Nguồn vốn"), n_items=5, total=3000, fixed_items=[0, 1, 2], phase1_fixed=[0, 1],
             src=("| TT | Nguồn vốn", "Khoản vay"), n_src=2)
    out = std(p, s)
    payback(p, out["profit"], out["dep"], 3000)
    common(p, out, s, 250, [400] * 3)
    ch = p.part("| TT | Kênh tiêu thụ", "Năm 2028")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 5)) == ch.one("Cộng") == out["kg"][0], "channels = 2027 output")
    p.check(close((20000 + 18000) / 50000, 0.76), "contracted share 76 %")
    p.has("125 tấn năm 2027, 175 tấn năm 2028, 225 tấn năm 2029", "tổng cộng 250 tấn/năm", "400 lít/ngày, làm 250 ngày/năm, tức 100.000 lít/năm",
          "22.000 đồng/chai", "60.000 đồng/chai", "3.400 triệu đồng năm 2027 và 6.120 triệu đồng năm 2029", "2.700 triệu đồng",
          "trả gốc 375 triệu đồng/năm")
    p.check(2700 + 300 == 3000 and 900 + 1200 + 100 + 500 == 2700, "phases 2.700 + 300")
    ready_common(p)
    return p


def ea02() -> Plan:
    p = Plan("ea02_gio_cha_lon_den_son_hong_htx")
    s = dict(prod=("# PHẦN 11 – KẾ HOẠCH", "# PHẦN 12"), units=["Giò lụa lợn đen (cây", "Chả lợn đen (gói"], kgper=[1.0, 0.5],
             total_row="Tổng sản lượng thành phẩm", raw_row="Thịt nạc lợn đen cần dùng", ratio=1.1, supply=1200 * 28,
             capacity=30000, pct=[50, 70, 90], fin=("# PHẦN 13", "# PHẦN 14"), price=[260000, 140000], mult=1e6,
             heads=("Tổng doanh thu", "Tổng chi phí", "Lợi nhuận trước thuế"),
             rev_labels=["Giò lụa (260.000", "Chả lợn đen (140.000"],
             cost_labels=["Thịt nạc lợn đen (130.000", "Lá chuối", "Điện, gas", "Tiền công", "Khấu hao", "Lãi vay ngân hàng",
                          "Chi phí bán hàng", "Chi phí quản lý HTX"],
             norms=N(130000, [6000, 4000], 5000, [8, 10, 12], 6.5, [80, 120, 120], [1000, 750, 500], 0.08, 0.05, 120),
             tax=("Thuế TNDN", "Lợi nhuận sau thuế", "profit", 0.17),
             inv=("# PHẦN 12", "| STT | Nguồn vốn"), n_items=5, total=1800, inv_in_mult=True, fixed_items=[0, 1, 2], phase1_fixed=[0, 1],
             src=("| STT | Nguồn vốn", "ân hạn gốc"), n_src=2, src_total="Tổng nguồn vốn")
    out = std(p, s)
    payback(p, out["post"], out["dep"], 1800, m=1e6)
    common(p, out, s, 300, [100] * 3)
    ch = p.part("| STT | Khách hàng", "HTX đã ký")
    p.check(sum(plancheck.vn(r[2].split()[0]) for r in ch.rows if r[0] in ("1", "2", "3", "4")) == out["kg"][0], "customers = 2027 output")
    p.has("16.500 kg năm 2027, 23.100 kg năm 2028 và 29.700 kg năm 2029", "tổng khoảng 33.600 kg/năm", "260.000 đồng/kg",
          "140.000 đồng/gói", "4.020.000.000 đồng", "trả gốc 250.000.000 đồng/năm", "1.400.000.000 đồng")
    p.check(250 + 550 + 100 + 500 == 1400, "phase 1 = 1.400")
    ready_common(p)
    return p


def ea03() -> Plan:
    p = Plan("ea03_chuoi_say_deo_huong_tra_tht")
    s = dict(prod=("# Chương X. Kế hoạch", "# Chương XI"), units=["Chuối sấy dẻo túi 200 g", "Chuối sấy dẻo bán buôn"], kgper=[0.2, 1.0],
             total_row="Tổng thành phẩm", raw_row="Chuối tươi nguyên liệu", raw_scale=1000, ratio=4, supply=80000,
             capacity=20000, pct=[60, 75, 90], fin=("# Chương XII", "# Chương XIII"), price=[38000, 140000], mult=1000,
             heads=("Doanh thu", "Chi phí", "Lợi nhuận trước thuế"), rev_labels=["Túi 200 g (38.000", "Bán buôn (140.000"],
             cost_labels=["Chuối tươi (7.000", "Túi zip", "Điện máy sấy", "Tiền công", "Khấu hao", "Lãi vay", "Bán hàng (8",
                          "Quản lý, văn phòng"],
             norms=N(7000, [3000, 2000], 12000, [8, 9, 10], 5.5, [60, 80, 80], [500, 375, 250], 0.07, 0.08, 60),
             tax=("Thuế GTGT, TNCN", "Lợi nhuận sau thuế", "revenue", 0.045),
             inv=("# Chương XI.", "| TT | Nguồn |"), n_items=6, total=1100, inv_in_mult=True, fixed_items=[0, 1, 2, 3],
             phase1_fixed=[0, 1, 2], src=("| TT | Nguồn |", "Vay 500 triệu"), n_src=2)
    out = std(p, s)
    payback(p, out["post"], out["dep"], 1100, m=1000)
    common(p, out, s, 250, [80] * 3)
    p.check(5000 + 2000 + 4000 + 1000 == out["kg"][0], "channels = 2027 output")
    p.check(12 * 25 == 300, "12 ha × 25 tấn")
    p.has("khoảng 5.000 kg", "khoảng 2.000 kg", "hợp đồng 4.000 kg/năm", "khoảng 1.000 kg", "48 tấn năm 2027, 60 tấn năm 2028, 72 tấn năm 2029",
          "80 kg thành phẩm; làm 250 ngày/năm, công suất 20.000 kg/năm", "38.000 đồng/túi", "140.000 đồng/kg",
          "Doanh thu 2.080 triệu đồng năm 2027, khoảng 3,1 tỷ đồng năm 2029", "tương đương 190.000 đồng/kg")
    p.check(close(38000 / 0.2, 190000), "190.000 đ/kg")
    ready_common(p)
    return p


def ea04() -> Plan:
    p = Plan("ea04_tra_ca_gai_leo_ky_lac_hkd")
    s = dict(prod=("L. KẾ HOẠCH", "M. VỐN"), units=["Trà túi lọc (hộp", "Cà gai leo khô thái lát"], kgper=[0.05, 0.5],
             total_row="Tổng khối lượng", raw_row="Cà gai leo tươi cần dùng", ratio=4.5, supply=25000, cap_on=0,
             capacity=60000, pct=[50, 65, 80], fin=("N. HIỆU QUẢ", "O. PHÁP LÝ"), price=[45000, 150000],
             heads=("Doanh thu", "Chi phí", "Lợi nhuận trước thuế"), rev_labels=["Trà túi lọc (45.000", "Cà gai leo khô (150.000"],
             cost_labels=["Cà gai leo tươi (10.000", "Hộp, túi lọc", "Điện sấy", "Tiền công", "Khấu hao", "Lãi vay",
                          "Bán hàng, quảng bá", "Chi phí khác"],
             norms=N(10000, [4500, 5000], 20000, [5, 6, 7], 6, [50, 65, 65], [400, 300, 200], 0.07, 0.10, 36),
             tax=("Thuế GTGT, TNCN", "Lợi nhuận sau thuế", "revenue", 0.045),
             inv=("M. VỐN ĐẦU TƯ", "| TT | Nguồn vốn"), n_items=5, total=1200, fixed_items=[0, 1, 2], phase1_fixed=[0, 1],
             src=("| TT | Nguồn vốn", "Khoản vay 400"), n_src=2)
    out = std(p, s)
    payback(p, out["post"], out["dep"], 1200)
    common(p, out, s, 250, None)
    p.check(12000 + 5000 + 8000 + 5000 == out["qty"][0][0] and out["qty"][1][0] == 1000, "channels = 2027 boxes and bags")
    p.check(240 * 250 == 60000 and 15000 + 10000 == 25000, "machine 60.000 hộp; 25 tấn of herb")
    p.has("khoảng 12.000 hộp", "(5.000 hộp)", "(8.000 hộp)", "(1.000 túi)", "Nhu cầu 9.000 kg năm 2027, 11.475 kg năm 2028 và 13.950 kg năm 2029",
          "45.000 đồng/hộp", "150.000 đồng/túi", "Tổng vốn 1,2 tỷ đồng", "Doanh thu 1,5 tỷ đồng năm 2027, khoảng 2,37 tỷ đồng năm 2029")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def ea05() -> Plan:
    p = Plan("ea05_banh_gao_lut_thach_long_ctcp")
    s = dict(prod=("# 11. Kế hoạch", "# 12."), units=["Bánh gạo lứt gói 200 g", "Bánh gạo lứt hộp 500 g"], kgper=[0.2, 0.5],
             total_row="Tổng sản lượng", raw_row="Gạo lứt nguyên liệu", raw_scale=1000, ratio=1.1, supply=100000,
             capacity=[84000, 168000, 168000], fin=("# 13.", "# 14."), price=[35000, 80000],
             rev_labels=["Gói 200 g (35.000", "Hộp 500 g (80.000"],
             cost_labels=["Gạo lứt (18.000", "Bao bì gói", "Điện, gas", "Lương", "Khấu hao", "Lãi vay", "Chi phí bán hàng",
                          "Quản lý, quảng bá"],
             norms=N(18000, [2000, 5000], 4000, [12, 20, 30], 7, [150, 270, 270], [2000, 1500, 1000], 0.08, 0.05, 200),
             planted={("supply", 2)}, growth_planted=True,
             inv=("# 12. Vốn", "| TT | Nguồn vốn"), n_items=5, total=3100, fixed_items=[0, 1, 2], phase1_fixed=[0, 1],
             src=("| TT | Nguồn vốn", "Khoản vay 2.000"), n_src=2)
    out = std(p, s)
    payback(p, out["profit"], out["dep"], 3100)
    common(p, out, s, 280, [300, 600, 600])
    kg, rev = out["kg"], out["rev"]
    p.check(close(kg[1] / kg[0], 3) and close(kg[2] / kg[1], 2.5) and close(rev[1] / rev[0], 3) and close(rev[2] / rev[1], 2.5),
            "PLANTED output and revenue ×3 then ×2,5")
    p.check(off(kg[1] / kg[0], 1.45) and off(kg[2] / kg[1], 1.45), "PLANTED growth far above a ramp")
    p.check(out["lines"][7] == 200 and close(out["raw"][2] * 18000 / 1e6, 2970) and 2970 / 300 > 9,
            "management/promotion flat at 200; 2.970 triệu of rice in 2029 against 300 triệu working capital")
    market = p.body.split("# 7. Thị trường", 1)[1].split("# 8.", 1)[0]
    p.check("rất lớn" in market and "chưa ký hợp đồng" in market and "2 nhà phân phối" in market, "market: same channels, no contract")
    p.check(close(out["raw"][2], 165000) and out["raw"][2] > 100000 and close(out["raw"][2] / 100000, 1.65),
            "PLANTED 165 tấn rice needed in 2029 vs 100 tấn contract (+65 %)")
    p.has("100 tấn/năm", "đủ cho cả giai đoạn 2027–2029")
    p.check(kg[2] <= 168000 and close(kg[2] / 168000, 0.89, 0.01), "capacity 168.000 covers 150.000 (not planted)")
    p.lacks(r"kiểm soát chất lượng|truy xuất|nhật ký|sổ ghi|ghi sổ|mã lô|\blô\b|lưu mẫu|HACCP|ISO|kiểm tra|chất lượng nội bộ|QR",
            "PLANTED no quality control or traceability")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/TL", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "bể lắng 2 ngăn", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ea06() -> Plan:
    p = Plan("ea06_nuoc_cot_chanh_leo_huong_lien_htx")
    s = dict(prod=("# 8. Kế hoạch", "# 9."), units=["Nước cốt chanh leo chai 500 ml", "Nước chanh leo pha sẵn"], kgper=[0.5, 0.25],
             total_row="Tổng sản lượng quy lít", raw_row="Quả chanh leo cần dùng", ratio=1.5, supply=120000,
             capacity=72000, pct=[40, 60, 80], max_growth=1.55, fin=("# 10. Hiệu quả", "# 11."), price=[55000, 12000], mult=1e6,
             rev_labels=["Chai 500 ml (55.000", "Chai 250 ml (12.000"],
             cost_labels=["Quả chanh leo, đường", "Chai, nắp", "Điện, nước", "Tiền công", "Khấu hao", "Lãi vay", "Bán hàng",
                          "Quản lý HTX"],
             norms=N(12000, [4000, 2500], 2000, [8, 10, 12], 6, [100, 130, 130], [800, 600, 400], 0.08, 0.07, 100),
             inv=("# 9. Vốn", "Nguồn vốn:"), n_items=5, total=2000, inv_in_mult=True, fixed_items=[0, 1, 2], phase1_fixed=[0, 1],
             src=("Nguồn vốn:", "Các nguồn vốn"), n_src=3, capital_planted=True)
    out = std(p, s)
    payback(p, out["profit"], out["dep"], 2000, m=1e6)
    common(p, out, s, 240, [300] * 3)
    p.check(off(1.8e9, 2.0e9) and 700 + 800 + 300 == 1800, "PLANTED sources 1.800 vs total 2.000 (−10 %)")
    p.has("đáp ứng đủ nhu cầu đầu tư 2.000.000.000 đồng")
    p.check(12000 + 14000 + 2800 == out["kg"][0] and 12000 == out["qty"][0][0] * 0.5, "channels = 2027 litres")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\bQR\b|tem |bao bì ghi", "PLANTED no label or labelling decree")
    p.check(p.count("Hợp tác xã Nông nghiệp Phú Gia") == 2 and p.count("Phú Gia") == 2, "PLANTED another cooperative's name, twice")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2027/HL", "tự công bố", "Cục Sở hữu trí tuệ", "bể lắng 3 ngăn",
          "ghi sổ từng lô", "148/QĐ-TTg", "1489/QĐ-TTg", "Nhu cầu 43.200 kg năm 2027, 64.800 kg năm 2028 và 86.400 kg năm 2029",
          "công suất 72.000 lít/năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ea07() -> Plan:
    p = Plan("ea07_lap_xuong_cam_binh_co_so")
    s = dict(prod=("# XI. KẾ HOẠCH", "# XII."), units=["Lạp xưởng gói 500 g", "Lạp xưởng bán buôn"], kgper=[0.5, 1.0],
             total_row="Tổng lạp xưởng", raw_row="Thịt lợn tươi cần dùng", ratio=1.5, supply=100 * 300,
             capacity=50 * 280, fin=("# XII. HIỆU QUẢ", "# XIII."), price=[120000, 210000],
             rev_labels=["Lạp xưởng gói 500 g (120.000", "Lạp xưởng bán buôn (210.000"],
             cost_labels=["Thịt lợn, gia vị", "Túi hút", "Điện sấy", "Tiền công", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển",
                          "Chi phí khác"],
             norms=N(85000, [5000, 3000], 8000, [5, 6, 6], 6, [30, 50, 50], [300, 225, 150], 0.08, 0.05, 30),
             planted={("capacity", 2), ("profit", 1)},
             inv=("# XIII. VỐN", "| TT | Nguồn vốn"), n_items=5, total=900, fixed_items=[0, 1, 2], phase1_fixed=[0, 1],
             src=("| TT | Nguồn vốn", "Vay 300"), n_src=2)
    out = std(p, s)
    true = out["true_profit"]
    p.check(out["profit"][1] == 494 and close(true[1], 374) and off(494, 374), "PLANTED 2028 profit 494 vs 2.760 − 2.386 = 374 (+32 %)")
    payback(p, out["profit"], out["dep"], 900, true_profits=true)
    common(p, out, s, 280, [50] * 3, over={2})
    p.check(close(out["kg"][2] / 14000, 1.143, 0.01), "PLANTED 16.000 kg vs 14.000 kg cabinet (+14,3 %)")
    p.has("Tủ sấy đủ đáp ứng sản lượng", "tủ sấy điện 50 kg thành phẩm/mẻ (mỗi ngày một mẻ", "Làm việc 280 ngày/năm",
          "6 người các năm 2028, 2029")
    p.check(3000 + 2500 + 3000 + 500 == out["kg"][0], "channels = 2027 output")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|đăng ký hộ|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"thành lập|giấy phép kinh doanh|\bthuế\b", "PLANTED no registration, tax code or plan to register")
    p.has("Giấy xác nhận kiến thức an toàn thực phẩm", "TCCS 01:2027/BH", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "bể tách mỡ", "148/QĐ-TTg", "1489/QĐ-TTg", "khoảng 30 tấn/năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ea08() -> Plan:
    p = Plan("ea08_khoai_lang_say_deo_thien_loc_hkd")
    s = dict(prod=("# 9. Kế hoạch", "# 10."), units=["Khoai lang sấy dẻo túi 250 g", "Khoai lang sấy dẻo thùng 5 kg"], kgper=[0.25, 1.0],
             total_row="Tổng thành phẩm", raw_row="Khoai lang tươi", ratio=3.5, supply=4 * 20000,
             capacity=2 * 30 * 250, pct=[50, 65, 80], fin=("# 11. Doanh thu", "# 12."), price=[30000, 100000], mult=1000,
             heads=("Doanh thu", "Chi phí", "Lợi nhuận trước thuế"), rev_labels=["Túi 250 g (30.000", "Thùng 5 kg (100.000"],
             cost_labels=["Khoai lang tươi (8.000", "Túi, thùng", "Điện sấy", "Tiền công", "Khấu hao", "Lãi vay", "Chi phí bán hàng",
                          "Chi phí khác"],
             norms=N(8000, [2000, 1500], 10000, [4, 4, 5], 5.5, [40, 50, 50], [300, 225, 150], 0.07, 0.08, 24),
             tax=("Thuế GTGT, TNCN", "Lợi nhuận sau thuế", "revenue", 0.045),
             inv=("# 10. Vốn", "| TT | Nguồn vốn"), n_items=5, total=800, inv_in_mult=True, inv_total="Cộng", fixed_items=[0, 1, 2],
             phase1_fixed=[0, 1], src=("| TT | Nguồn vốn", "Vay 300"), n_src=2)
    out = std(p, s)
    payback(p, out["post"], out["dep"], 800, m=1000, planted=True)
    common(p, out, s, 250, [60] * 3)
    avg = sum(out["post"]) / 3 / 1000
    p.check(close(avg, 168) and close(800 / (avg + 46.667), 3.73, 0.01) and close(800 / avg, 4.76, 0.01),
            "PLANTED stated 2,4 years; truly 3,7 (4,8 without depreciation)")
    p.has("vùng trồng 6 ha khoai lang", "hiện là 4 ha")
    p.check(off(6, 4) and p.count(" 6 ha") == 1 and 4 * 20000 >= out["raw"][2], "PLANTED 6 ha vs 4 ha; 4 ha covers 42 tấn")
    market = p.body.split("Thị trường tiêu thụ:", 1)[1].split("# Câu chuyện", 1)[0]
    p.check(not re.search(r"\d", market), "PLANTED market paragraph has no number")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|thương lái|phân phối|facebook|zalo|shopee|tiktok|lazada|"
            r"thương mại điện tử|trực tuyến|online|hội chợ|\bchợ\b|kênh|điểm bán|nhà hàng|quán|xuất khẩu|hợp đồng (bán|tiêu thụ)|đơn hàng",
            "PLANTED no sales channel anywhere")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2027/TL", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "hố lắng", "ghi sổ từng lô", "148/QĐ-TTg", "1489/QĐ-TTg", "28E8020416")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ea09() -> Plan:
    p = Plan("ea09_bot_ngu_coc_gao_lut_cam_trung_htx")
    s = dict(prod=("# PHẦN VII", "# PHẦN VIII"), units=["Bột ngũ cốc gạo lứt hộp 500 g", "Bột ngũ cốc gạo lứt túi 1 kg"], kgper=[0.5, 1.0],
             total_row="Tổng sản lượng", raw_row="Nguyên liệu ngũ cốc cần dùng", ratio=1.25, supply=30000,
             capacity=100 * 260, pct=[40, 60, 80], max_growth=1.55, fin=("## 2. Hiệu quả kinh tế", "# PHẦN IX"), price=[65000, 110000],
             heads=("Doanh thu", "Chi phí", "Lợi nhuận trước thuế"), rev_labels=["Hộp 500 g (65.000", "Túi 1 kg (110.000"],
             cost_labels=["Ngũ cốc nguyên liệu (30.000", "Hộp, túi, thùng", "Điện, gas rang", "Tiền công", "Khấu hao", "Lãi vay",
                          "Bán hàng", "Quản lý"],
             norms=N(30000, [4000, 3000], 3000, [6, 7, 8], 6, [60, 80, 80], [500, 375, 250], 0.07, 0.07, 48),
             tax=("Thuế TNDN", "Lợi nhuận sau thuế", "profit", 0.15),
             inv=("## 1. Vốn đầu tư", "| TT | Nguồn vốn"), n_items=5, total=1300, fixed_items=[0, 1, 2], phase1_fixed=[0, 1],
             src=("| TT | Nguồn vốn", "Vay 500"), n_src=2)
    out = std(p, s)
    payback(p, out["post"], out["dep"], 1300)
    common(p, out, s, 260, [100] * 3)
    sup = p.part("Bảng 3.", "Tổng nguồn liên kết")
    items = [sup.one(f"{i} |") for i in range(1, 4)]
    p.check(sum(items) == 30 and sup.one("Cộng") == 34 and off(34, 30), "PLANTED supply table: 20 + 6 + 4 = 30, 'Cộng' 34 (+13,3 %)")
    p.has("Tổng nguồn liên kết 34 tấn/năm")
    p.check(out["raw"][2] <= 30000, "the true 30 tấn still covers 26 tấn (no shortfall)")
    p.check(4500 + 2000 + 2400 + 1500 == out["kg"][0], "channels = 2027 output")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|khám sức khỏe|tự công bố|công bố sản phẩm|vệ sinh|giấy chứng nhận cơ sở|"
            r"kiến thức|Luật An toàn", "PLANTED no food-safety certificate, commitment or plan")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng", "PLANTED no trademark or IP protection")
    p.has("TCCS 01:2027/CT", "Nghị định số 43/2017/NĐ-CP", "ghi sổ từng lô", "cyclon", "148/QĐ-TTg", "1489/QĐ-TTg",
          "Nhu cầu 13.000 kg năm 2027, 19.500 kg năm 2028, 26.000 kg năm 2029")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ea10() -> Plan:
    p = Plan("ea10_cam_say_vu_quang_cty")
    s = dict(prod=("Mục 11. Kế hoạch", "Tổng vốn đầu tư 2.200"), units=["Cam sấy lát túi 100 g", "Cam sấy lát hộp quà"], kgper=[0.1, 0.3],
             total_row="Tổng cam sấy", raw_row="Cam tươi nguyên liệu", raw_scale=1000, ratio=6, supply=120000,
             capacity=2 * 40 * 250, pct=[50, 65, 80], fin=("Mục 12. Hiệu quả", "Mục 13."), price=[25000, 90000],
             rev_labels=["Túi 100 g (25.000", "Hộp quà 300 g (90.000"],
             cost_labels=["Cam tươi (10.000", "Túi, hộp quà", "Điện sấy", "Lương", "Khấu hao", "Lãi vay", "Bán hàng, tiếp thị",
                          "Quản lý doanh nghiệp"],
             norms=N(10000, [2000, 12000], 15000, [8, 10, 12], 6.5, [70, 100, 100], [1000, 750, 500], 0.08, 0.06, 100),
             planted={("rev_row", 1, 1)},
             inv=("Tổng vốn đầu tư 2.200", "| TT | Nguồn vốn"), n_items=5, total=2200, fixed_items=[0, 1, 2], phase1_fixed=[0, 1],
             src=("| TT | Nguồn vốn", "Vay 1.000"), n_src=2)
    out = std(p, s)
    p.check(close(out["rev"][1], 4160) and close(out["true_rev"][1], 3640) and close(26000 * 110000 / 1e6, 2860),
            "PLANTED 2.860 = 26.000 × the old 110.000 đ; total 4.160 vs true 3.640")
    true_profit_2028 = 3640 - (out["cost"][1] - 4160 * 0.06 + 3640 * 0.06)
    p.check(close(true_profit_2028, 990.6) and off(out["profit"][1], true_profit_2028), "profit follows: 1.479,4 vs true 990,6")
    payback(p, out["profit"], out["dep"], 2200, true_profits=[out["profit"][0], true_profit_2028, out["profit"][2]])
    p.check(close(out["rev"][1] / out["rev"][0], 1.486, 0.01) and close(out["true_rev"][1] / out["rev"][0], 1.3), "tolerated: +48,6 % stated, +30 % true")
    common(p, out, s, 250, [80] * 3)
    hh = p.part("Phụ lục 6", None)
    p.check(sum(hh.row(f"{i} |", 2)[1] for i in range(1, 13)) == hh.row("Cộng", 2)[1] == 120
            and close(sum(hh.row(f"{i} |", 2)[0] for i in range(1, 13)), hh.row("Cộng", 2)[0]), "households sum to 120 tấn")
    p.check(3000 + 3000 + 3000 + 1000 == out["kg"][0] and 10000 * 0.3 == 3000, "channels = 2027 output")
    p.has("Quyết định số 1048/QĐ-TTg", "Quyết định số 781/QĐ-TTg", "Nghị định số 38/2012/NĐ-CP", "Hội đồng đánh giá sản phẩm OCOP huyện Vũ Quang",
          "cấp huyện Vũ Quang", "ngày 25 tháng 7 năm 2026")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|15/2018", "PLANTED the current instruments are not cited")
    p.lacks(r"môi trường|nước thải|chất thải|rác|bể lắng|hố lắng|xử lý|phân hữu cơ|ủ phân|bã|vỏ cam|khí thải|ô nhiễm",
            "PLANTED no environmental measure")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/VQ", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    gaps = (r"đăng ký kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|"
            r"truy xuất|sổ ghi|kiểm soát|vốn đầu tư|lợi nhuận|chi phí")
    a = Plan("ea11_nuoc_ep_dua_ky_tan_so_sai")
    a.check(3000 * 35000 == 105e6, "3.000 lít × 35.000 = 105 triệu")
    a.has("khoảng 3.000 lít", "35.000 đồng/lít", "khoảng 105 triệu đồng", "chợ Kỳ Tân", "tăng gấp đôi mỗi năm")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(gaps, "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ea12_tra_la_voi_thach_ngoc_so_sai")
    b.check(500 * 200000 == 100e6, "500 kg × 200.000 = 100 triệu")
    b.has("khoảng 500 kg", "200.000 đồng/kg", "khoảng 100 triệu đồng")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(gaps + r"|khách hàng|cửa hàng|đại lý|siêu thị|chợ|facebook|zalo|kênh|thương lái", "every tolerated gap is real, no channel")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (ea01, ea02, ea03, ea04, ea05, ea06, ea07, ea08, ea09, ea10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
