"""The hundred-and-nineteenth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout119/arithmetic.py

For every ready and revise plan: output = packs × pack weight, raw-material need = output × the
stated norm, against the stated supply (contract, colonies × yield, area × yield); output (or
raw input) against equipment or worker capacity × working days; channel tables within the
year's output; revenue = quantity × price per product and the revenue total = its rows; each
cost line = its stated norm (raw material × price, packaging per pack, wages = staff × wage ×
12, energy per kg, depreciation = fixed assets / years, interest = loan balance × rate,
selling = % of revenue, a flat management line); cost lines = total; profit = revenue − cost;
investment items = total = capital sources; average profit and payback as printed; growth
under 20 %/year and the 2027 step over 2026; the appendices (results 2024–2026, staff by task,
three monthly calendars, unit cost norms, member / supplier / customer lists, equipment). Planted numeric defects are asserted wrong by more
than 10 % with the true value computed beside them, every other number right within 1 %.
Tables are read from the plan's source, each inside its own table; figures quoted in the text
are looked up verbatim. Textual planted defects are asserted through the absence of their
words; ready plans cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no replaced instrument; no plan
keeps a template placeholder; the sketchy plans' few figures multiply out.
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

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện")
D = {"tr": 1e6, "k": 1e3, "d": 1.0}


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


LINES = ("raw", "pack", "wage", "energy", "dep", "int", "sell", "mgmt")


def money_check(p: Plan, s: dict) -> tuple[dict, dict]:
    """Recompute the production, revenue/cost/profit and investment tables of one plan.
    Returns the deviations {name: (stated, true)} and the values read."""
    d = D[s["unit"]]
    prod = p.part("| TT | Chỉ tiêu | ĐVT", "\n\n")
    q = [prod.row(x["label"] + " |") for x in s["products"]]
    out, raw, staff = prod.row(s["out_label"] + " |"), prod.row(s["raw_label"] + " |"), prod.row("Lao động |")
    fin = p.part("| TT | Nội dung |", "\n\n")
    rev, cost, prof = fin.row("Doanh thu |"), fin.row("Chi phí |"), fin.row(s.get("profit_label", "Lợi nhuận") + " |")
    revp = [fin.row(x["rev_label"] + " |") for x in s["products"]]
    lines = {k: fin.row(s["labels"][k] + " |") for k in LINES}
    inv = p.part("| TT | Hạng mục |", "\n\n")
    items = [inv.one(f"{i} |") for i in range(1, s["n_items"] + 1)]
    inv_total = inv.one("Tổng cộng")
    dev: dict = {}

    def chk(name, stated, true):
        if not close(stated, true):
            dev[name] = (stated, true)

    for y in Y:
        chk(f"output {y}", out[y], sum(q[i][y] * x["kg"] for i, x in enumerate(s["products"])))
        chk(f"raw need {y}", raw[y], out[y] * s["norm"])
        p.check(staff[y] == s["staff"][y], f"staff {y}")
        for i, x in enumerate(s["products"]):
            chk(f"revenue row {i + 1} {y}", revp[i][y], q[i][y] * x["price"] / d)
        chk(f"revenue total {y}", rev[y], sum(r[y] for r in revp))
        true_lines = {"raw": raw[y] * s["raw_price"] / d,
                      "pack": sum(q[i][y] * x["pack"] for i, x in enumerate(s["products"])) / d,
                      "wage": staff[y] * s["wage"] * 12 / d, "energy": out[y] * s["energy"] / d,
                      "dep": s["fixed"] / s["dep_years"] / d, "int": s["loan"][y] * s["rate"] / d,
                      "sell": rev[y] * s["sell"], "mgmt": s["mgmt"] / d}
        for k in LINES:
            chk(f"cost {k} {y}", lines[k][y], true_lines[k])
        chk(f"cost total {y}", cost[y], sum(lines[k][y] for k in LINES))
        chk(f"profit {y}", prof[y], rev[y] - cost[y])
    chk("investment total", inv_total, sum(items))
    p.check(close(sum(items[:s["n_fixed"]]), s["fixed"] / d), "fixed assets = first items")
    vals = dict(q=q, out=out, raw=raw, rev=rev, cost=cost, prof=prof, revp=revp, lines=lines,
                items=items, inv_total=inv_total, d=d)
    return dev, vals


def expect_dev(p: Plan, dev: dict, planted: set[str]) -> None:
    """Exactly the planted numbers deviate, each by more than 10 %."""
    p.check(set(dev) == planted, f"deviations {sorted(dev)} != planted {sorted(planted)}")
    for k in planted & set(dev):
        st, tr = dev[k]
        p.check(off(st, tr, 10), f"PLANTED {k}: {st} vs true {tr} should be > 10 % off")


def growth(p: Plan, v: dict, base_out: float, base_rev: float) -> None:
    p.check(v["out"][0] / base_out < 1.2 and v["rev"][0] / base_rev < 1.2, "2027 over 2026 under 20 %")
    for y in (1, 2):
        p.check(v["out"][y] / v["out"][y - 1] < 1.2 and v["rev"][y] / v["rev"][y - 1] < 1.2, f"growth {y}")


def payback(p: Plan, v: dict, total: float, dep: float, stated: float) -> float:
    avg = round(sum(v["prof"]) / 3, 1)
    p.check(close(round(total / (avg + dep), 1), stated, 0.001), f"payback {stated} follows the stated figures")
    return avg


def appendix_check(p: Plan, s: dict, v: dict, hist: list[tuple[float, float]], people: float | None) -> None:
    """The appendices: past results, staff by task, the three monthly calendars, unit norms, the list."""
    for y, (o, r) in zip((2024, 2025, 2026), hist):
        p.check(p.row(f"{y} |", 2) == [o, r], f"history {y}")
    p.check(hist[0][0] < hist[1][0] < hist[2][0] and hist[2][0] / hist[1][0] < 1.2, "past growth steady")
    st = p.part("| Bộ phận | Số người", "\n\n")
    tasks = [float(r[1]) for r in st.rows[2:] if r[1].isdigit() and not r[0].startswith("Cộng")]
    p.check(sum(tasks) == st.one("Cộng lao động trực tiếp") == s["staff"][0], "staff by task = 2027 staff")
    for y, yr in enumerate(("2027", "2028", "2029")):
        cal = p.part(f"\nNăm {yr}\n\n| Tháng", "\n\n")
        months = [cal.row(f"{m} |", 2) for m in range(1, 13)]
        tot = cal.row("Cả năm", 2)
        p.check(close(sum(m[0] for m in months), v["out"][y]) and close(tot[0], v["out"][y])
                and close(tot[1], v["raw"][y]) and all(close(m[1], m[0] * s["norm"]) for m in months if m[0]),
                f"calendar {yr} sums to the year's output and raw need")
    uc = p.part("| Khoản mục | Cách tính", "\n\n")
    a, b, c = uc.one("Nguyên liệu |"), uc.one("Năng lượng"), uc.one("Cộng chi phí biến đổi")
    p.check(close(a, s["norm"] * s["raw_price"]) and close(b, s["energy"]) and close(c, a + b), "unit norms")
    if people is not None:
        lst = p.part("| STT | Họ và tên", "\n\n")
        vals = [plancheck.vn(r[-1]) for r in lst.rows[2:] if r[0].isdigit()]
        p.check(close(sum(vals), people) and close(lst.one("Cộng"), people), f"list sums to {people}")


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "Nghị định số 43/2017/NĐ-CP", "Nghị định số 111/2021/NĐ-CP", "Cục Sở hữu trí tuệ",
          "XÁC NHẬN CỦA UBND XÃ", "(Ký, ghi rõ họ tên, đóng dấu)")


def P(label, unit, price, kg, pack, rev_label):
    return dict(label=label, unit=unit, price=price, kg=kg, pack=pack, rev_label=rev_label)


# --------------------------------------------------------------------------- specs (the plans' own norms)

S = {
    "dp01": dict(unit="tr", norm=1.05, raw_price=140000, staff=[4] * 3, wage=5e6, energy=1500, fixed=750e6, dep_years=10,
                 loan=[300e6, 200e6, 100e6], rate=0.08, sell=0.05, mgmt=30e6, n_items=6, n_fixed=4,
                 out_label="Tổng mật ong thành phẩm", raw_label="Mật ong thô cần thu mua",
                 products=[P("Mật ong chai 500 g", "chai", 150000, 0.5, 5000, "Mật ong chai 500 g (150.000 đ/chai)"),
                           P("Mật ong hũ 1 kg", "hũ", 280000, 1, 7000, "Mật ong hũ 1 kg (280.000 đ/hũ)")],
                 labels=dict(raw="Mật ong thô (140.000 đ/kg)", pack="Chai, hũ, nắp, thùng (5.000 đ/chai, 7.000 đ/hũ)",
                             wage="Tiền công (4 người × 5 triệu × 12 tháng)", energy="Điện, nước (1.500 đ/kg)",
                             dep="Khấu hao tài sản cố định", int="Lãi vay (8 %/năm)",
                             sell="Chi phí bán hàng (5 % doanh thu)", mgmt="Chi phí quản lý, kiểm nghiệm")),
    "dp02": dict(unit="k", norm=3, raw_price=40000, staff=[6] * 3, wage=5e6, energy=4000, fixed=600e6, dep_years=10,
                 loan=[400e6, 300e6, 200e6], rate=0.09, sell=0.04, mgmt=40e6, n_items=5, n_fixed=4,
                 out_label="Tổng cá khô thành phẩm", raw_label="Cá tươi nguyên liệu",
                 products=[P("Cá nục khô túi 500 g", "túi", 110000, 0.5, 3000, "Cá nục khô túi 500 g (110.000 đ/túi)"),
                           P("Cá cơm khô túi 250 g", "túi", 75000, 0.25, 2000, "Cá cơm khô túi 250 g (75.000 đ/túi)")],
                 labels=dict(raw="Cá tươi (40.000 đ/kg)", pack="Túi hút chân không, hộp (3.000 đ và 2.000 đ/túi)",
                             wage="Lương (6 người × 5.000.000 đ × 12 tháng)", energy="Điện sấy, muối (4.000 đ/kg thành phẩm)",
                             dep="Khấu hao (600.000 : 10 năm)", int="Lãi vay (9 %/năm)",
                             sell="Bán hàng, vận chuyển (4 % doanh thu)", mgmt="Quản lý doanh nghiệp")),
    "dp03": dict(unit="tr", norm=1.1, raw_price=15000, staff=[5] * 3, wage=5e6, energy=8000, fixed=300e6, dep_years=10,
                 loan=[200e6, 100e6, 0], rate=0.07, sell=0.03, mgmt=15e6, n_items=4, n_fixed=3,
                 out_label="Tổng bánh thành phẩm", raw_label="Gạo nguyên liệu",
                 products=[P("Bánh đa vừng túi 500 g", "túi", 35000, 0.5, 1500, "Bánh đa vừng túi 500 g (35.000 đ/túi)"),
                           P("Bánh đa vừng bán buôn", "kg", 50000, 1, 500, "Bánh đa bán buôn (50.000 đ/kg)")],
                 labels=dict(raw="Gạo tẻ (15.000 đ/kg)", pack="Túi, thùng (1.500 đ/túi; 500 đ/kg hàng buôn)",
                             wage="Tiền công (5 người × 5 triệu × 12)", energy="Vừng, củi, điện (8.000 đ/kg bánh)",
                             dep="Khấu hao (300 triệu : 10 năm)", int="Lãi vay (7 %)", sell="Bán hàng (3 % doanh thu)",
                             mgmt="Chi khác")),
    "dp04": dict(unit="d", norm=1.25, raw_price=25000, staff=[10] * 3, wage=3.5e6, energy=10000, fixed=300e6, dep_years=10,
                 loan=[100e6, 50e6, 0], rate=0.07, sell=0.05, mgmt=12e6, n_items=4, n_fixed=3,
                 out_label="Tổng khối lượng sản phẩm", raw_label="Mây, tre nguyên liệu",
                 products=[P("Giỏ mây đan tay", "cái", 180000, 0.8, 8000, "Giỏ mây (180.000 đ/cái)"),
                           P("Khay tre bộ 3 chiếc", "bộ", 250000, 1.2, 12000, "Khay tre bộ 3 chiếc (250.000 đ/bộ)")],
                 labels=dict(raw="Mây, tre (25.000 đ/kg)", pack="Hộp carton, thẻ treo (8.000 đ/cái; 12.000 đ/bộ)",
                             wage="Tiền công (10 thợ × 3.500.000 đ × 12)", energy="Sơn dầu bóng, điện (10.000 đ/kg)",
                             dep="Khấu hao", int="Lãi vay (7 %/năm)", sell="Bán hàng (5 % doanh thu)", mgmt="Quản lý tổ")),
    "dp05": dict(unit="tr", norm=1.25, raw_price=6000, staff=[8] * 3, wage=5e6, energy=2000, fixed=500e6, dep_years=10,
                 loan=[300e6, 200e6, 100e6], rate=0.08, sell=0.05, mgmt=30e6, n_items=5, n_fixed=4,
                 out_label="Tổng sản lượng quy nấm tươi", raw_label="Phôi nấm cần dùng",
                 products=[P("Nấm sò tươi", "kg", 35000, 1, 500, "Nấm sò tươi (35.000 đ/kg)"),
                           P("Nấm sò sấy túi 200 g", "túi", 60000, 2, 3000, "Nấm sò sấy túi 200 g (60.000 đ/túi)")],
                 labels=dict(raw="Phôi nấm (6.000 đ/bịch)", pack="Túi lưới, túi zip (500 đ/kg; 3.000 đ/túi)",
                             wage="Tiền công (8 người × 5 triệu × 12)", energy="Điện tưới, sấy (2.000 đ/kg quy tươi)",
                             dep="Khấu hao (500 : 10)", int="Lãi vay (8 %)", sell="Bán hàng (5 % doanh thu)", mgmt="Quản lý HTX")),
    "dp06": dict(unit="tr", norm=4.5, raw_price=10000, staff=[6] * 3, wage=5e6, energy=6000, fixed=400e6, dep_years=10,
                 loan=[200e6, 100e6, 0], rate=0.07, sell=0.05, mgmt=20e6, n_items=4, n_fixed=3,
                 out_label="Tổng chè khô", raw_label="Búp chè tươi cần dùng",
                 products=[P("Chè xanh túi 200 g", "túi", 70000, 0.2, 2500, "Chè xanh túi 200 g (70.000 đ/túi)"),
                           P("Chè xanh khô bán buôn", "kg", 180000, 1, 1000, "Chè khô bán buôn (180.000 đ/kg)")],
                 labels=dict(raw="Búp chè tươi (10.000 đ/kg)", pack="Túi, hộp, bao (2.500 đ/túi; 1.000 đ/kg)",
                             wage="Tiền công (6 người × 5 triệu × 12)", energy="Củi, điện (6.000 đ/kg chè khô)",
                             dep="Khấu hao (400 : 10)", int="Lãi vay (7 %)", sell="Bán hàng (5 % doanh thu)", mgmt="Quản lý tổ")),
    "dp07": dict(unit="tr", norm=1.06, raw_price=150000, staff=[8] * 3, wage=6e6, energy=1500, fixed=1200e6, dep_years=10,
                 loan=[600e6, 400e6, 200e6], rate=0.08, sell=0.05, mgmt=60e6, n_items=5, n_fixed=3,
                 out_label="Tổng mật ong thành phẩm", raw_label="Mật ong thô",
                 products=[P("Mật ong chai 250 g", "chai", 80000, 0.25, 4000, "Mật ong chai 250 g (80.000 đ/chai)"),
                           P("Mật ong hũ 1 kg", "hũ", 300000, 1, 7000, "Mật ong hũ 1 kg (300.000 đ/hũ)")],
                 labels=dict(raw="Mật ong thô (150.000 đ/kg)", pack="Chai, hũ, nắp (4.000 đ/chai; 7.000 đ/hũ)",
                             wage="Lương (8 người × 6 triệu × 12)", energy="Điện, nước (1.500 đ/kg)",
                             dep="Khấu hao (1.200 : 10)", int="Lãi vay (8 %/năm)", sell="Chi phí tiêu thụ (5 % doanh thu)",
                             mgmt="Quản lý công ty")),
    "dp08": dict(unit="tr", norm=4, raw_price=90000, staff=[8] * 3, wage=6e6, energy=15000, fixed=800e6, dep_years=10,
                 loan=[500e6, 350e6, 200e6], rate=0.08, sell=0.04, mgmt=50e6, n_items=6, n_fixed=4,
                 out_label="Tổng mực khô thành phẩm", raw_label="Mực tươi nguyên liệu",
                 products=[P("Mực khô loại 1 túi 500 g", "túi", 450000, 0.5, 5000, "Mực khô loại 1 túi 500 g (450.000 đ/túi)"),
                           P("Mực khô loại 2 bán buôn", "kg", 650000, 1, 2000, "Mực khô loại 2 (650.000 đ/kg)")],
                 labels=dict(raw="Mực tươi (90.000 đ/kg)", pack="Túi hút chân không, hộp (5.000 đ/túi; 2.000 đ/kg)",
                             wage="Lương (8 người × 6 triệu × 12)", energy="Điện sấy (15.000 đ/kg khô)",
                             dep="Khấu hao (800 : 10)", int="Lãi vay (8 %/năm)", sell="Bán hàng (4 % doanh thu)", mgmt="Quản lý")),
    "dp09": dict(unit="tr", norm=1.25, raw_price=15000, staff=[10] * 3, wage=5e6, energy=3000, fixed=600e6, dep_years=10,
                 loan=[400e6, 300e6, 200e6], rate=0.07, sell=0.04, mgmt=40e6, n_items=4, n_fixed=3,
                 out_label="Tổng bánh tráng thành phẩm", raw_label="Gạo nguyên liệu",
                 products=[P("Bánh tráng túi 500 g", "túi", 30000, 0.5, 1500, "Bánh tráng túi 500 g (30.000 đ/túi)"),
                           P("Bánh tráng bán buôn", "kg", 48000, 1, 500, "Bánh tráng bán buôn (48.000 đ/kg)")],
                 labels=dict(raw="Gạo (15.000 đ/kg)", pack="Túi, thùng (1.500 đ/túi; 500 đ/kg)",
                             wage="Tiền công (10 người × 5 triệu × 12)", energy="Điện, củi (3.000 đ/kg)",
                             dep="Khấu hao (600 : 10)", int="Lãi vay (7 %)", sell="Bán hàng (4 % doanh thu)", mgmt="Quản lý HTX")),
    "dp10": dict(unit="tr", norm=3, raw_price=30000, staff=[4, 8, 14], wage=4.5e6, energy=5000, fixed=200e6, dep_years=10,
                 loan=[100e6] * 3, rate=0.08, sell=0.03, mgmt=10e6, n_items=4, n_fixed=3,
                 out_label="Tổng cá khô", raw_label="Cá tươi nguyên liệu",
                 products=[P("Cá chỉ vàng khô túi 500 g", "túi", 120000, 0.5, 2000, "Cá chỉ vàng khô túi 500 g (120.000 đ/túi)"),
                           P("Cá cơm khô", "kg", 150000, 1, 1000, "Cá cơm khô (150.000 đ/kg)")],
                 labels=dict(raw="Cá tươi (30.000 đ/kg)", pack="Túi, bao (2.000 đ/túi; 1.000 đ/kg)",
                             wage="Tiền công (4,5 triệu/người/tháng)", energy="Muối, gia vị, điện (5.000 đ/kg)",
                             dep="Khấu hao (200 : 10)", int="Lãi vay (8 %)", sell="Bán hàng (3 % doanh thu)", mgmt="Chi khác")),
}


def fmt(x: float, dec: int = 1) -> str:
    s = f"{x:,.{dec}f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return s.rstrip("0").rstrip(",") if "," in s else s


# --------------------------------------------------------------------------- ready plans

def dp01() -> Plan:
    p = Plan("dp01_mat_ong_son_kim_htx")
    dev, v = money_check(p, S["dp01"])
    appendix_check(p, S['dp01'], v, [(5300, 1500), (5800, 1650), (6200, 1800)], 800)
    expect_dev(p, dev, set())
    growth(p, v, 6200, 1800)
    avg = payback(p, v, 1000, 75, 1.5)
    p.has(f"≈ {fmt(avg)} triệu đồng/năm. Thời gian hoàn vốn = 1.000 : ({fmt(avg)} + 75) ≈ 1,5 năm")
    p.check(v["inv_total"] == 1000 == 500 + 300 + 200, "capital 1.000 = 500 + 300 + 200")
    p.check(all(r <= 800 * 15 for r in v["raw"]) and all(o <= 80 * 250 for o in v["out"]),
            "800 colonies × 15 kg = 12.000 kg covers the raw need; 80 kg × 250 days = 20.000 kg covers output")
    q = v["q"]
    p.check(3000 + 3000 + 2000 == q[0][0] and 1200 + 1800 == q[1][0], "channel table = 2027 output")
    p.has("800 × 15 = 12.000 kg/năm", "80 × 250 = 20.000 kg/năm", "150.000 đồng/chai", "280.000 đồng/hũ",
          "Tổng nguồn vốn 1.000 triệu đồng", "TCCS 01:2026/SKX", "an toàn thực phẩm", "mã lô", "bể lắng")
    ready_common(p)
    return p


def dp02() -> Plan:
    p = Plan("dp02_ca_kho_thach_kim_cty")
    dev, v = money_check(p, S["dp02"])
    appendix_check(p, S['dp02'], v, [(6000, 1450000), (6500, 1580000), (7000, 1700000)], 35)
    expect_dev(p, dev, set())
    growth(p, v, 7000, 1700000)
    avg = payback(p, v, 800000, 60000, 1.7)
    p.has(f"≈ {fmt(avg, 0)} nghìn đồng/năm. Thời gian hoàn vốn = 800.000 : ({fmt(avg, 0)} + 60.000) ≈ 1,7 năm")
    p.check(v["inv_total"] == 800000 and 400e6 + 400e6 == 800e6, "capital 800.000 (nghìn) = 400 + 400 triệu")
    p.check(all(r <= 35000 for r in v["raw"]) and all(r <= 400 * 250 for r in v["raw"]), "35 tấn contract; dryer 100 tấn")
    q = v["q"]
    p.check(6000 + 4000 + 2000 == q[0][0] and 3000 + 2000 + 3000 == q[1][0], "channel table = 2027 output")
    p.has("400 × 250 = 100.000 kg cá tươi/năm", "35 tấn cá tươi/năm", "800.000.000 đ", "TCCS 02:2026/TK", "an toàn thực phẩm",
          "mã lô", "bể tự hoại")
    ready_common(p)
    return p


def dp03() -> Plan:
    p = Plan("dp03_banh_da_vung_cam_trung_hkd")
    dev, v = money_check(p, S["dp03"])
    appendix_check(p, S['dp03'], v, [(15000, 900), (16200, 970), (17500, 1050)], 10000)
    expect_dev(p, dev, set())
    growth(p, v, 17500, 1050)
    avg = payback(p, v, 400, 30, 1.1)
    p.has(f"≈ {fmt(avg)} triệu đồng. Thời gian hoàn vốn 400 : ({fmt(avg)} + 30) ≈ 1,1 năm")
    p.check(v["inv_total"] == 400 == 200 + 200, "capital 400 = 200 + 200")
    p.check(all(r <= 30000 for r in v["raw"]) and all(o <= 100 * 280 for o in v["out"]), "rice 30 tấn; press 28 tấn")
    p.check(v["q"][1][0] == 10000, "10 tấn wholesale to restaurants")
    p.has("100 × 280 = 28.000 kg/năm", "30 tấn/năm", "TCCS 01:2026/HT", "an toàn thực phẩm", "bể lắng", "28C8003157")
    ready_common(p)
    return p


def dp04() -> Plan:
    p = Plan("dp04_may_tre_dan_ha_linh_tht")
    dev, v = money_check(p, S["dp04"])
    appendix_check(p, S['dp04'], v, [(3200, 700e6), (3500, 760e6), (3780, 820e6)], 250e6)
    expect_dev(p, dev, set())
    growth(p, v, 2700 * 0.8 + 1350 * 1.2, 820e6)
    p.check(close(2700 * 180000 + 1350 * 250000, 823.5e6), "2026 revenue ≈ 820 triệu")
    avg = payback(p, v, 400e6, 30e6, 1.4)
    p.has(f"≈ {fmt(avg, 0)} đồng/năm. Hoàn vốn = 400.000.000 : ({fmt(avg, 0)} + 30.000.000) ≈ 1,4 năm")
    p.check(v["inv_total"] == 400e6 == 250e6 + 100e6 + 50e6, "capital 400 triệu = 250 + 100 + 50")
    p.check(all(r <= 8000 for r in v["raw"]), "rattan 8 tấn contract (+15 ha of bamboo) covers the need")
    p.check(all(o <= 10 * 2 * 290 for o in v["out"]), "10 weavers × 2 kg × 290 days = 5.800 kg")
    p.has("10 thợ × 2 × 290 ngày = 5.800 kg/năm", "8 tấn/năm", "TCCS 01:2026/HL", "mã số", "quạt hút")
    p.lacks(r"an toàn thực phẩm", "a handicraft: no food-safety paper needed")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def dp05() -> Plan:
    p = Plan("dp05_nam_so_thien_loc_htx")
    dev, v = money_check(p, S["dp05"])
    appendix_check(p, S['dp05'], v, [(22000, 760), (24500, 850), (27000, 950)], 400)
    expect_dev(p, dev, {"revenue row 2 1"})
    p.check(v["revp"][1][1] == 792 and close(11000 * 0.06, 660) and close(11000 * 0.072, 792),
            "PLANTED 2028 dried-mushroom revenue 792 = 11.000 × 72.000 (old price); true 660 (+20 %)")
    true_rev = v["rev"][1] - 792 + 660
    p.check(close(true_rev, 1815) and off(v["rev"][1], true_rev), "revenue total 1.947 vs true 1.815 (+7,3 %)")
    for y in (1, 2):
        p.check(v["rev"][y] / v["rev"][y - 1] < 1.2 and v["out"][y] / v["out"][y - 1] < 1.2, f"growth {y} (even inflated)")
    p.check(v["out"][0] / 27000 < 1.2 * 50000 / 27000 and v["rev"][0] / 950 < 1.8, "2027 step (new house, dryer)")
    avg = payback(p, v, 800, 50, 1.2)
    true_prof = v["prof"][1] - (792 - 660) + (v["lines"]["sell"][1] - true_rev * 0.05)
    true_avg = (v["prof"][0] + true_prof + v["prof"][2]) / 3
    p.check(close(800 / (true_avg + 50), 1.28, 0.01), "tolerated knock-on: truly 1,3 years")
    p.has(f"800 : ({fmt(avg)} + 50) ≈ 1,2 năm")
    p.check(v["inv_total"] == 800 == 400 + 300 + 100, "capital 800")
    p.check(all(r <= 80000 for r in v["raw"]), "80.000 bịch contract covers the need")
    dried = [v["q"][1][y] * 2 for y in Y]
    p.check(all(x <= 100 * 250 for x in dried), "dryer 25.000 kg fresh covers the dried line")
    p.has("80.000 bịch/năm", "100 kg tươi/mẻ, 1 mẻ/ngày, 250 ngày = 25.000 kg", "TCCS 01:2026/TL", "an toàn thực phẩm",
          "Nghị định số 43/2017/NĐ-CP", "sổ nhật ký từng lô")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng", "PLANTED no trademark")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|bã phôi|phôi thải|xử lý|bể lắng|tự hoại|ủ phân|phân bón|thu gom|khói",
            "PLANTED no environmental measure")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dp06() -> Plan:
    p = Plan("dp06_che_xanh_son_tra_tht")
    dev, v = money_check(p, S["dp06"])
    appendix_check(p, S['dp06'], v, [(3600, 900), (4000, 1000), (4400, 1100)], v['raw'][0])
    expect_dev(p, dev, {"profit 2"})
    p.check(v["prof"][2] == 754 and close(v["rev"][2] - v["cost"][2], 654), "PLANTED 2029 profit 754 vs 1.488 − 834 = 654 (+15,3 %)")
    growth(p, v, 4400, 1100)
    avg = payback(p, v, 600, 40, 1.0)
    true_avg = (v["prof"][0] + v["prof"][1] + 654) / 3
    p.check(round(600 / (true_avg + 40), 1) == 1.0, "payback 1,0 right with the true profit too (no knock-on)")
    p.has(f"600 : ({fmt(avg)} + 40) ≈ 1,0 năm")
    p.check(v["inv_total"] == 600 == 400 + 200, "capital 600")
    p.has("tổng diện tích chè kinh doanh 15 ha", "Vùng chè của tổ viên rộng 10 ha", "150 × 200 = 30.000 kg búp/năm")
    p.check(off(15, 10) and all(r <= 10 * 4000 and r <= 15 * 4000 and r <= 150 * 200 for r in v["raw"]),
            "PLANTED 15 ha vs 10 ha; either (40 or 60 tấn) and the 30 tấn line cover the leaf")
    p.has("TCCS 01:2027/ST", "an toàn thực phẩm", "Nhãn hiệu", "nhật ký", "hố lắng")
    body_no_tm = p.body.replace("Nhãn hiệu", "")
    p.check(not re.search(r"nhãn|43/2017|111/2021|mã vạch|\bQR\b|\btem\b", body_no_tm, re.I),
            "PLANTED no label, label decree, barcode or QR ('nhãn' only in 'Nhãn hiệu')")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dp07() -> Plan:
    p = Plan("dp07_mat_ong_vu_quang_cp")
    dev, v = money_check(p, S["dp07"])
    appendix_check(p, S['dp07'], v, [(7500, 2300), (8200, 2550), (9000, 2800)], 1000)
    expect_dev(p, dev, set())
    growth(p, v, 9000, 2800)
    avg = payback(p, v, 1500, 120, 2.2)
    p.has(f"1.500 : ({fmt(avg)} + 120) ≈ 2,2 năm")
    p.has("Tổng vốn đầu tư 1,5 tỷ đồng", "vốn chủ sở hữu 700 triệu đồng", "Đầu tư và Phát triển 600 triệu đồng",
          "bảo đảm đủ vốn")
    p.check(v["inv_total"] == 1500 == sum(v["items"]) and off(700 + 600, 1500, 10),
            "PLANTED capital: items = total 1.500, sources 700 + 600 = 1.300 (−13,3 %)")
    p.check(all(r <= 1000 * 25 for r in v["raw"]) and all(o <= 100 * 250 for o in v["out"]), "25 tấn of raw honey; line 25 tấn")
    market = p.body.split("# Phần 7 – Thị trường", 1)[1].split("# Phần 8", 1)[0]
    p.check(not re.search(r"\d|giá|đồng|khách hàng|kênh|đại lý|cửa hàng|siêu thị|\bbán\b", market),
            "PLANTED the market section: no number, price, customer or channel")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|thương lái|nhà phân phối|phân phối|"
            r"facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|hội chợ|xuất khẩu|showroom|điểm bán|"
            r"nhà thuốc|kênh", "PLANTED no sales channel anywhere")
    p.lacks(r"kiểm soát chất lượng|truy xuất|nhật ký|mã lô|\blô\b|\bQR\b|mẫu lưu|lưu mẫu|kiểm tra|sổ theo dõi|ghi sổ|HACCP|ISO",
            "PLANTED no internal quality control or traceability")
    p.has("an toàn thực phẩm", "TCCS 01:2026/VQ", "Nghị định số 43/2017/NĐ-CP", "văn bằng bảo hộ", "bể tự hoại")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dp08() -> Plan:
    p = Plan("dp08_muc_kho_cam_nhuong_cty")
    dev, v = money_check(p, S["dp08"])
    appendix_check(p, S['dp08'], v, [(2900, 2200), (3200, 2450), (3500, 2700)], 25)
    expect_dev(p, dev, {"investment total"})
    p.check(sum(v["items"]) == 1100 and v["inv_total"] == 1250, "PLANTED investment items 1.100, 'Tổng cộng' 1.250 (+13,6 %)")
    p.has("Tổng nguồn vốn 1.250 triệu đồng", "vốn chủ sở hữu 750 triệu đồng", "Nông nghiệp 500 triệu đồng")
    growth(p, v, 3500, 2700)
    avg = payback(p, v, 1250, 80, 1.3)
    p.check(round(1100 / (avg + 80), 1) == 1.2, "tolerated knock-on: 1,2 years with the true 1.100")
    p.has(f"1.250 : ({fmt(avg)} + 80) ≈ 1,3 năm")
    cap = 140 * 100
    p.has("140 × 100 = 14.000 kg mực tươi", "bảo đảm công suất cho toàn bộ sản lượng kế hoạch")
    p.check(3500 * 4 == cap, "2026 used the dryer fully")
    p.check(all(off(r, cap, 10) and r > cap for r in v["raw"]),
            f"PLANTED capacity: {v['raw']} kg of squid to dry against 14.000 kg (+14 / +26 / +37 %)")
    p.check(not any("sấy" in name.lower() for name in ("Nhà xưởng sơ chế mới 200 m²", "Kho lạnh 20 tấn",
                                                         "Máy hút chân không, cân, bàn inox", "Xe tải nhỏ chở hàng"))
            and "Máy sấy" not in p.part("| TT | Hạng mục |", "\n\n").body.split("| TT | Hạng mục |")[1].split("\n\n")[0],
            "no new dryer in the investment")
    p.check(all(r <= 25000 for r in v["raw"]), "25 tấn contract covers the raw need (no material shortfall)")
    p.check(2000 == v["q"][1][0] and 2500 + 1500 == v["q"][0][0], "customer table = 2027 output")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|khám sức khỏe|15/2018|công bố|cam kết|chứng nhận cơ sở|đủ điều kiện",
            "PLANTED no food-safety certificate, commitment or plan")
    p.has("TCCS 01:2026/CN", "Nghị định số 43/2017/NĐ-CP", "văn bằng bảo hộ", "mã lô", "bể tự hoại")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dp09() -> Plan:
    p = Plan("dp09_banh_trang_thinh_loc_htx")
    dev, v = money_check(p, S["dp09"])
    appendix_check(p, S['dp09'], v, [(30000, 1600), (32500, 1750), (35000, 1900)], 400)
    expect_dev(p, dev, set())
    growth(p, v, 35000, 1900)
    avg = round(sum(v["prof"]) / 3, 1)
    true = 900 / (avg + 60)
    p.has(f"900 : ({fmt(avg)} + 60) ≈ 1,0 năm", "Hoàn vốn trong khoảng 1 năm")
    p.check(close(true, 1.54, 0.01) and off(1.0, true, 10), f"PLANTED payback 1,0 vs true {true:.2f} years (−35 %)")
    p.check(v["inv_total"] == 900 == 400 + 400 + 100, "capital 900")
    supply = 50000
    p.has("cung cấp 50 tấn gạo tẻ/năm", "đây là nguồn gạo duy nhất, đủ cho sản xuất cả giai đoạn")
    p.check(v["raw"][0] <= supply and close(v["raw"][1] / supply, 1.1) and close(v["raw"][2] / supply, 1.2)
            and off(v["raw"][2], supply, 10), "PLANTED rice need 55 / 60 tấn in 2028 / 2029 vs 50 tấn (+10 / +20 %)")
    p.check(all(o <= 200 * 280 for o in v["out"]), "line 56 tấn covers the output (no capacity defect)")
    p.check(v["q"][1][0] == 20000 and 30000 + 10000 == v["q"][0][0], "customers = 2027 output")
    p.lacks(r"TCCS|tiêu chuẩn|công bố|QCVN|TCVN|kiểm nghiệm|quy chuẩn|phiếu kết quả|thử nghiệm",
            "PLANTED no product standard, self-declaration or lab test")
    p.has("an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "ghi sổ từng lô", "bể lắng 3 ngăn")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dp10() -> Plan:
    p = Plan("dp10_ca_chi_vang_thach_lac_ho")
    dev, v = money_check(p, S["dp10"])
    appendix_check(p, S['dp10'], v, [(3200, 620), (3600, 710), (4000, 800)], None)
    expect_dev(p, dev, set())
    out, rev = v["out"], v["rev"]
    p.check(close(out[0] / 4000, 1.125) and close(rev[0] / 800, 1.125), "2027 +12,5 % on 2026")
    p.check(close(out[1] / out[0], 2) and close(out[2] / out[1], 1.8) and close(rev[1] / rev[0], 2) and close(rev[2] / rev[1], 1.8)
            and off(out[1] / out[0], 1.2) and off(out[2] / out[1], 1.2), "PLANTED output and revenue ×2 then ×1,8")
    p.check(close(v["lines"]["raw"][2], 1458) and 1458 / 100 > 10, "1,46 tỷ of fish in 2029 against 100 triệu working capital")
    market = p.body.split("# Thị trường tiêu thụ", 1)[1].split("# Nguồn nguyên liệu", 1)[0]
    p.check("3 thương lái" in market and "5 cửa hàng" in market and "thị trường còn rất lớn" in market and "hợp đồng" not in market,
            "market: the same traders and shops, no contract, 'thị trường còn rất lớn'")
    avg = payback(p, v, 300, 20, 0.6)
    p.has(f"300 : ({fmt(avg)} + 20) ≈ 0,6 năm", "từ 600 m² lên 1.500 m²")
    p.check(v["inv_total"] == 300 == 200 + 100, "capital 300")
    p.lacks(r"đăng ký|mã số thuế|mã số doanh nghiệp|giấy chứng nhận|hộ kinh doanh|thành lập|giấy phép|công ty|doanh nghiệp|"
            r"tổ hợp tác|hợp tác xã|nộp thuế", "PLANTED no business registration or plan to register")
    p.has("Quyết định số 1048/QĐ-TTg", "Quyết định số 781/QĐ-TTg", "Nghị định số 38/2012/NĐ-CP", "cấp huyện Thạch Hà")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|15/2018", "PLANTED outdated policy: the current instruments are not cited")
    p.has("cam kết bảo đảm an toàn thực phẩm", "tiêu chuẩn cơ sở", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "ghi sổ", "bể lắng")
    cust = p.part("| STT | Khách hàng |", "\n\n")
    p.check(sum(cust.one(f"{i} |") for i in range(1, 9)) == cust.one("Cộng") == 4000, "customers 2026 = 4.000 kg")
    eq = p.part("| STT | Hạng mục | Số lượng |", "\n\n")
    e = [eq.one(f"{i} |") for i in range(1, 5)]
    p.check(e[0] + e[1] == 80 and e[2] + e[3] == 20 and eq.one("Cộng") == 100 and 1500 - 600 == 900,
            "equipment appendix = yard 80 + machines 20; 600 + 900 = 1.500 m²")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("dp11_nam_rom_ky_tien_so_sai")
    a.check(2000 * 40000 == 80e6, "2.000 kg × 40.000 = 80 triệu")
    a.has("khoảng 2.000 kg nấm tươi", "40.000 đồng/kg", "khoảng 80 triệu đồng", "4 tiểu thương")
    a.check(150 <= a.words() <= 320, f"150–320 words ({a.words()})")
    a.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|truy xuất|"
            r"sổ ghi|vốn đầu tư|chi phí|lợi nhuận|quy trình|máy", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dp12_choi_dot_huong_tra_so_sai")
    b.check(6000 * 35000 == 210e6, "6.000 cái × 35.000 = 210 triệu")
    b.has("khoảng 6.000 cái chổi", "35.000 đồng/cái", "khoảng 210 triệu đồng", "2 đầu mối buôn")
    b.check(150 <= b.words() <= 320, f"150–320 words ({b.words()})")
    b.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|sổ ghi|vốn đầu tư|"
            r"chi phí|lợi nhuận|máy", "every tolerated gap is real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (dp01, dp02, dp03, dp04, dp05, dp06, dp07, dp08, dp09, dp10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
