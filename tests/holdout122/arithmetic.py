"""The hundred-and-twenty-second holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout122/arithmetic.py

Theme: producers in OCOP for years, long number-heavy plans. For every full plan: the results
2023–2026 (profit = revenue − cost each year) and the step from 2026 to 2027; output = packs ×
pack size per product line; revenue = quantity × price per line and the total; the split by
channel or by quarter summing to the year's revenue (also where years are rows); every cost line
= its stated norm (raw material = output × norm × price, packaging per pack, wages = staff ×
wage × 12, energy per kg or litre, depreciation = fixed assets / years, interest = loan balance ×
rate, selling = % of revenue, a flat other line), read in the table's own unit (nghìn đồng, đồng
or triệu đồng) and converted; cost lines summing to the total; profit = revenue − cost; the
investment items summing to the total and the sources to the same total; the average profit
and payback as printed; raw-material need against the stated supply; output against equipment
capacity × days; year-on-year growth under 20 %. Planted numeric defects are asserted wrong by
more than 5 % with the true value computed, everything else right within 1 %. Textual planted
defects are asserted by the absence (or presence) of their words. Ready plans cite QĐ 148 and
1489 and no replaced instrument; no plan keeps a template placeholder.
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
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện")


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

    def section(self, start: str, end: str) -> str:
        return self.body.split(start, 1)[1].split(end, 1)[0]


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "đủ điều kiện an toàn thực phẩm", "tiêu chuẩn cơ sở", "tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "111/2021/NĐ-CP", "Cục Sở hữu trí tuệ" if "Cục Sở hữu trí tuệ" in p.body
          else "văn bằng", "mã lô", "đăng ký môi trường")


def history(p: Plan, part: Plan, first_year_out: float = 0, first_year_rev: float = 0):
    """Results 2023–2026 with years as rows: profit = revenue − cost; growth; 2027 within 20 % of 2026."""
    rows = [part.row(f"{y} |", 4) for y in range(2023, 2027)]  # output, revenue, cost, profit
    for r in rows:
        p.check(close(r[3], r[1] - r[2]), f"history profit {r}")
    for a, b in zip(rows, rows[1:]):
        p.check(b[0] / a[0] < 1.2 and b[1] / a[1] < 1.2, f"history growth {b}")
    if first_year_out:
        p.check(first_year_out / rows[-1][0] < 1.2 and first_year_rev / rows[-1][1] < 1.2, "2027 step over 2026")
    return rows


def history_cols(p: Plan, part: Plan, out_label: str, first_out: float, first_rev: float) -> None:
    out, rev, cost, prof = (part.row(out_label, 4), part.row("Doanh thu (triệu", 4), part.row("Chi phí (triệu", 4),
                            part.row("Lợi nhuận (triệu", 4))
    for i in range(4):
        p.check(close(prof[i], rev[i] - cost[i]), f"history profit {i}")
        if i:
            p.check(out[i] / out[i - 1] < 1.2 and rev[i] / rev[i - 1] < 1.2, f"history growth {i}")
    p.check(first_out / out[3] < 1.2 and first_rev / rev[3] < 1.2, "2027 step over 2026")
    return out


def model(p: Plan, *, q, price, w, pack, rev_rows, rev_tot, lines, cost_tot, prof, norm, rawp, staff, wage,
          energy, dep, loans, rate, sales, other, cu=1.0, kg=None, skip=()):
    """The shared economic model. q/price/w/pack per product line; lines = the 8 cost rows in the table's
    unit (cu = table units per triệu). Returns (kg, revenue, cost, profit) per year in triệu."""
    out = []
    for y in Y:
        k = sum(q[i][y] * w[i] for i in range(len(q)))
        if kg is not None:
            p.check(close(kg[y], k), f"output = packs × size {y}")
        for i in range(len(q)):
            if ("rev_row", i, y) not in skip:
                p.check(close(rev_rows[i][y], q[i][y] * price[i] / 1e6), f"revenue line {i} {y}")
        p.check(close(rev_tot[y], sum(r[y] for r in rev_rows)), f"revenue total = its lines {y}")
        want = [k * norm * rawp / 1e6, sum(q[i][y] * pack[i] for i in range(len(q))) / 1e6, staff[y] * wage * 12,
                k * energy / 1e6, dep, loans[y] * rate, rev_tot[y] * sales, other]
        for j, (got, exp) in enumerate(zip(lines, want)):
            p.check(close(got[y] / cu, exp), f"cost line {j} {y}: {got[y] / cu} vs {exp}")
        p.check(close(cost_tot[y], lines_sum(lines, y)), f"cost lines = total {y}")
        c = cost_tot[y] / cu
        if ("profit", y) not in skip:
            p.check(close(prof[y], rev_tot[y] - c), f"profit = revenue − cost {y}")
        if y:
            p.check(rev_tot[y] / rev_tot[y - 1] < 1.2 or ("growth", y) in skip, f"growth {y}")
        out.append((k, rev_tot[y], c, rev_tot[y] - c))
    return out


def split_sum(p: Plan, part: Plan, labels: list[str], totals: list[float], what: str, n: int = 3) -> None:
    rows = [part.row(l, n) for l in labels]
    for y in range(n):
        p.check(close(sum(r[y] for r in rows), totals[y]), f"{what} sums to the year {y}")


def extras(p: Plan, res, staff27: int, hist_out: list[float], month_cap: float | None, unit: str = "kg") -> None:
    """The supporting tables: output by line 2023–2026, the 2027 monthly calendar, staff by post, output by
    quarter 2027–2029, unit cost and average revenue, supply and need tables."""
    kg = [r[0] for r in res]
    h = p.part("Sản lượng theo dòng sản phẩm 2023 – 2026", "\n#")
    lines = [r for r in h.rows[2:] if r[0] != "Cộng"]
    tot = h.row("Cộng", 4)
    p.check(tot == hist_out, f"output by line: Cộng = the results table {tot} {hist_out}")
    p.check(all(close(sum(plancheck.vn(r[1 + i]) for r in lines), tot[i]) for i in range(4)), "output by line sums")
    cal = p.part("Lịch ", "\n#")
    months = [cal.one(f"Tháng {m} |") for m in range(1, 13)]
    p.check(sum(months) == cal.one("Cả năm") == kg[0], f"calendar sums to the 2027 output {sum(months)}")
    if month_cap:
        p.check(max(months) <= month_cap, f"busiest month {max(months)} within {month_cap}")
    st = p.part("Bố trí lao động năm 2027", "\n#")
    p.check(sum(int(r[1]) for r in st.rows[2:] if r[0] != "Cộng lao động") == st.one("Cộng lao động") == staff27,
            "staff by post sums to the head count")
    qt = p.part("Sản lượng theo quý 2027 – 2029", "\n#")
    for y in Y:
        r = qt.row(f"{2027 + y} |", 5)
        p.check(close(sum(r[:4]), r[4]) and close(r[4], kg[y]), f"output by quarter {y}")
    q27 = qt.row("2027 |", 5)
    p.check(all(close(q27[k], sum(months[3 * k:3 * k + 3]), 0.002) for k in range(4)), "2027 quarters = the calendar")
    u = p.part("Giá thành và doanh thu bình quân", "Ghi chú: giá thành")
    for y in Y:
        r = u.row(f"{2027 + y} |", 4)
        p.check(r[0] == kg[y] and close(r[1], res[y][2]) and close(r[2], r[1] * 1e6 / r[0]) and close(r[3], res[y][1] * 1e6 / r[0]),
                f"unit cost and average revenue per {unit} {y}")


def supply(p: Plan, marker: str, cols: int, want: list[float]) -> None:
    t = p.part(marker, "\n#")
    rows = [r for r in t.rows[2:] if r[0] != "Cộng"]
    tot = t.row("Cộng", cols)
    for i in range(cols):  # the numeric columns are the 2nd … (cols+1)-th
        p.check(close(sum(plancheck.vn(r[1 + i]) for r in rows if r[1 + i]), tot[i]), f"supply column {i}")
    p.check(all(close(a, b) for a, b in zip(tot, want)), f"supply totals {tot} = the text {want}")


def needs(p: Plan, kg: list[float], norms: list[tuple[str, float]]) -> list[list[float]]:
    t = p.part("Nhu cầu nguyên liệu chính 2027 – 2029", "\n#")
    out = []
    for label, r in norms:
        row = t.row(label)
        p.check(all(close(row[y], kg[y] * r) for y in Y), f"need {label}")
        out.append(row)
    return out


# --------------------------------------------------------------------------- ready plans

def ds01() -> Plan:
    p = Plan("ds01_che_xanh_son_kim_htx")
    hist = p.part("Bảng 1.", "Ghi chú")
    pl = p.part("Bảng 3.", "Ghi chú: sản lượng")
    q = [pl.row("Chè búp khô gói 200 g (gói)"), pl.row("Chè túi lọc hộp 100 g (hộp)")]
    kg, rr, rt = pl.row("Tổng chè khô"), [pl.row("Doanh thu chè gói"), pl.row("Doanh thu chè túi lọc")], pl.row("Tổng doanh thu")
    ct = p.part("Bảng 5.", "Bảng 6.")
    lines = [ct.row(x) for x in ("Búp chè tươi", "Bao bì", "Tiền công", "Điện, củi", "Khấu hao", "Lãi vay",
                                  "Chi phí bán hàng", "Quản lý")]
    cost = ct.row("Tổng chi phí")
    s6 = p.part("Bảng 6.", "Ghi chú: chi phí")
    summ = [s6.row(f"{2027 + y} |", 3) for y in Y]
    res = model(p, q=q, price=[60000, 45000], w=[0.2, 0.1], pack=[4000, 6000], rev_rows=rr, rev_tot=rt, lines=lines,
                cost_tot=cost, prof=[s[2] for s in summ], norm=4.5, rawp=12000, staff=[12, 12, 13], wage=6,
                energy=15000, dep=80, loans=[300, 200, 100], rate=0.08, sales=0.04, other=60, cu=1000, kg=kg)
    for y in Y:
        p.check(close(summ[y][0], rt[y]) and close(summ[y][1], cost[y] / 1000), f"summary = tables {y}")
        p.check(res[y][0] * 4.5 <= 45000 and res[y][0] <= 40 * 250, f"leaf within 45 tấn, output within 10.000 kg {y}")
    h = history(p, hist, first_year_out=kg[0], first_year_rev=rt[0])
    extras(p, res, 12, [r[0] for r in h], 40 * 26)
    supply(p, "Vùng chè của thành viên", 3, [21, 18, 45])
    ch = p.part("Bảng 2.", "Ghi chú: tỷ trọng")
    split_sum(p, ch, ["Cửa hàng HTX", "Siêu thị", "Sàn thương mại", "Đại lý"], rt, "channels")
    p.check(all(close(ch.row("Tổng cộng")[y], rt[y]) for y in Y), "channel total row")
    p.has(f"quý I 675 triệu đồng (mùa Tết), quý II 450, quý III 450, quý IV 675 triệu đồng")
    p.check(675 + 450 + 450 + 675 == rt[0], "quarters sum to 2027")
    inv = p.part("Bảng 4.", "Bảng 4b")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    src = p.part("Bảng 4b", "Tổng vốn đầu tư")
    p.check(sum(items) == inv.one("Tổng cộng") == 1000 == sum(src.one(x) for x in ("Vốn góp", "Quỹ đầu tư", "Vay"))
            == src.one("Cộng nguồn vốn") and sum(items[:3]) == 800, "capital 1.000 = sources, fixed 800")
    avg = r1(sum(s[2] for s in summ) / 3)
    p.check(avg == 602.7 and round(1000 / (avg + 80), 1) == 1.5, "average 602,7, payback 1,5")
    p.has("1.000 : (602,7 + 80) ≈ 1,5 năm", "(469 + 626,7 + 712,4) : 3 ≈ 602,7", "31,5 tấn năm 2027",
          "37,8 tấn năm 2029", "40 kg chè khô/ngày", "10.000 kg/năm", "TCCS 01:2024/SK")
    ready_common(p)
    return p


def ds02() -> Plan:
    p = Plan("ds02_mat_ong_ky_tay_cty")
    pl = p.part("Bảng 3.", "# Phần 10")
    q = [pl.row("Chai 500 g (chai)"), pl.row("Hũ 1 kg (hũ)")]
    kg, rr, rt = pl.row("Tổng thành phẩm"), [pl.row("Doanh thu chai"), pl.row("Doanh thu hũ")], pl.row("Tổng doanh thu")
    fin = p.part("Bảng 5.", "Lợi nhuận trước thuế bình quân")
    lines = [fin.row(x) for x in ("Mật thô", "Chai, hũ", "Tiền lương", "Điện, nước", "Khấu hao", "Lãi vay",
                                   "Chi phí bán hàng", "Quản lý")]
    cost, rev2, prof = fin.row("Tổng chi phí"), fin.row("Doanh thu |"), fin.row("Lợi nhuận trước thuế")
    res = model(p, q=q, price=[150000, 280000], w=[0.5, 1.0], pack=[8000, 12000], rev_rows=rr, rev_tot=rt, lines=lines,
                cost_tot=cost, prof=prof, norm=1.05, rawp=90000, staff=[14, 15, 15], wage=7, energy=5000, dep=150,
                loans=[800, 600, 400], rate=0.08, sales=0.08, other=120, kg=kg)
    for y in Y:
        p.check(rev2[y] == rt[y], f"revenue repeated {y}")
        p.check(res[y][0] * 1.05 <= 1400 * 20 and res[y][0] * 1.05 <= 120 * 250 and res[y][0] <= 150 * 250,
                f"raw within 28 tấn, dehumidifier 30.000, filler 37.500 {y}")
    h = history(p, p.part("Bảng 1.", "Ghi chú"), first_year_out=kg[0], first_year_rev=rt[0])
    extras(p, res, 14, [r[0] for r in h], 150 * 26)
    supply(p, "Đàn ong nguyên liệu", 3, [16, 1400, 28000])
    qt = p.part("Bảng 2.", "Ghi chú: quý I")
    for y in Y:
        r = qt.row(f"{2027 + y} |", 5)
        p.check(close(sum(r[:4]), r[4]) and close(r[4], rt[y] * 1e6), f"quarters in đồng sum to the year {y}")
        p.check(close(r[0], 0.3 * r[4]) and close(r[2], 0.2 * r[4]), f"quarter shares {y}")
    inv = p.part("Bảng 4.", "Nguồn vốn")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 2000 == 1200 + 800 and sum(items[:4]) == 1500, "capital 2.000")
    avg = r1(sum(prof) / 3)
    p.check(avg == 1851.4 and round(2000 / (avg + 150), 1) == 1.0, "average 1.851,4, payback 1,0")
    p.has("2.000 : (1.851,4 + 150) ≈ 1 năm", "1.400 đàn", "20 kg/đàn/năm", "21.000 kg năm 2027", "25.200 kg năm 2029",
          "5,84 tỷ đồng", "7 tỷ đồng", "TCCS 01:2022/KT")
    ready_common(p)
    return p


def ds03() -> Plan:
    p = Plan("ds03_banh_da_vung_duc_trung_tht")
    pl = p.part("Bảng 3.", "# CHƯƠNG XI")
    q = [pl.row("Bánh đa vừng (túi)"), pl.row("Bánh đa nem (gói)")]
    kg, rr, rt = pl.row("Tổng bánh"), [pl.row("Doanh thu bánh đa vừng"), pl.row("Doanh thu bánh đa nem")], pl.row("Tổng doanh thu")
    ct = p.part("Bảng 5.", "Bảng 6.")
    lines = [ct.row(x) for x in ("Gạo, vừng", "Bao bì", "Tiền công", "Điện, than", "Khấu hao", "Lãi vay", "Bán hàng",
                                  "Chi khác")]
    cost = ct.row("Tổng chi phí")
    s6 = p.part("Bảng 6.", "Ghi chú: chi phí")
    prof = s6.row("Lợi nhuận")
    res = model(p, q=q, price=[30000, 25000], w=[0.4, 0.5], pack=[2000, 1500], rev_rows=rr, rev_tot=rt, lines=lines,
                cost_tot=cost, prof=prof, norm=1.2, rawp=16000, staff=[15, 16, 17], wage=5, energy=4000, dep=60,
                loans=[200, 150, 100], rate=0.07, sales=0.05, other=40, cu=1e6, kg=kg)
    for y in Y:
        p.check(close(s6.row("Chi phí")[y], cost[y] / 1e6) and s6.row("Doanh thu")[y] == rt[y], f"summary {y}")
        p.check(res[y][0] * 1.2 <= 60000 and res[y][0] <= 3 * 60 * 280, f"rice within 60 tấn, 50.400 kg line {y}")
    h = history_cols(p, p.part("Bảng 1.", "Ghi chú"), "Bánh đa (kg)", kg[0], rt[0])
    extras(p, res, 15, h, 180 * 26)
    nd = needs(p, kg, [("Gạo tẻ", 1.1), ("Vừng đen", 0.1)])
    p.check(all(nd[0][y] + nd[1][y] <= 60000 for y in Y), "rice and sesame within the 60 tấn contract")
    ch = p.part("Bảng 2.", "Ghi chú: tỷ trọng")
    split_sum(p, ch, ["Chợ, đại lý", "Siêu thị", "Thương mại điện tử", "Doanh nghiệp thu mua"], rt, "channels")
    inv = p.part("Bảng 4.", "Nguồn vốn")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 800e6 == 600e6 + 200e6 and sum(items[:3]) == 600e6, "capital 800 triệu in đồng")
    avg = r1(sum(prof) / 3)
    p.check(avg == 417.5 and round(800 / (avg + 60), 1) == 1.7, "average 417,5, payback 1,7")
    p.has("800 : (417,5 + 60) ≈ 1,7 năm", "3 × 60 × 280 = 50.400 kg/năm", "60 tấn gạo và vừng/năm", "46.800 kg năm 2027",
          "56.160 kg năm 2029", "TCCS 01:2022/ĐT")
    ready_common(p)
    return p


def ds04() -> Plan:
    p = Plan("ds04_gio_cha_hoang_lan_hkd")
    pl = p.part("Bảng 3.", "Ghi chú: doanh thu")
    yr = [pl.row(f"{2027 + y} |", 5) for y in Y]  # years as rows: giò bò, giò lụa, chả quế, tổng kg, doanh thu
    q = [[yr[y][i] for y in Y] for i in range(3)]
    kg, rt = [yr[y][3] for y in Y], [yr[y][4] for y in Y]
    price = [320000, 200000, 240000]
    rr = [[q[i][y] * price[i] / 1e6 for y in Y] for i in range(3)]  # the plan gives only the total per year
    ct = p.part("Bảng 5.", "Bảng 6.")
    lines = [ct.row(x) for x in ("Thịt nguyên liệu", "Lá chuối", "Tiền công", "Điện, gas", "Khấu hao", "Lãi vay",
                                  "Giao hàng", "Chi khác")]
    cost = ct.row("Tổng chi phí")
    s6 = p.part("Bảng 6.", "Lợi nhuận bình quân")
    prof = s6.row("Lợi nhuận")
    res = model(p, q=q, price=price, w=[1, 1, 1], pack=[5000] * 3, rev_rows=rr, rev_tot=rt, lines=lines, cost_tot=cost,
                prof=prof, norm=0.95, rawp=150000, staff=[10] * 3, wage=6.5, energy=8000, dep=100, loans=[400, 300, 200],
                rate=0.09, sales=0.04, other=50, cu=1000, kg=kg)
    for y in Y:
        p.check(s6.row("Doanh thu")[y] == rt[y] and close(s6.row("Tổng chi phí")[y], cost[y] / 1000), f"summary {y}")
        p.check(res[y][0] * 0.95 <= 21000 and res[y][0] <= 80 * 300, f"meat within 21.000 kg, 24.000 kg capacity {y}")
    h = history(p, p.part("Bảng 1.", "Ghi chú"), first_year_out=kg[0], first_year_rev=rt[0])
    p.check(h[-1][0] / 300 <= 65, "2026 output within the old 65 kg/day")
    extras(p, res, 10, [r[0] for r in h], 80 * 26)
    p.check(p.part("Lịch ", "\n#").one("Tháng 1 |") <= 65 * 26, "January 2027 within the old grinder")
    nd = needs(p, kg, [("Tổng thịt", 0.95)])
    t = p.part("Nhu cầu nguyên liệu", "\n#")
    p.check(all(close(t.row("Thịt bê")[y], q[0][y] * 0.95) and close(t.row("Thịt lợn")[y], (q[1][y] + q[2][y]) * 0.95) for y in Y), "meat by kind")
    qt = p.part("Bảng 2.", "Ghi chú: quý I")
    prods = [qt.row(x, 5) for x in ("Giò bò", "Giò lụa", "Chả quế")]
    tot = qt.row("Cộng", 5)
    for i, r in enumerate(prods):
        p.check(close(sum(r[:4]), r[4]) and close(r[4], rr[i][0]), f"quarters of product {i}")
    p.check(all(close(sum(r[k] for r in prods), tot[k]) for k in range(5)) and tot[4] == rt[0], "quarter totals")
    inv = p.part("Bảng 4.", "Tổng vốn")
    items = [inv.one(x) for x in ("Máy xay", "Tủ đông", "Cải tạo", "Vốn lưu động")]
    p.check(sum(items) == inv.one("Tổng cộng") == 900 == 500 + 400 and sum(items[:3]) == 700, "capital 900")
    avg = r1(sum(prof) / 3)
    p.check(avg == 652.7 and round(900 / (avg + 100), 1) == 1.2, "average 652,7, payback 1,2")
    p.has("900 : (652,7 + 100) ≈ 1,2 năm", "70 kg/ngày × 300 ngày = 21.000 kg/năm", "80 kg/ngày × 300 ngày = 24.000 kg/năm",
          "17.100 kg năm 2027", "20.520 kg năm 2029", "4,44 tỷ đồng", "5,33 tỷ đồng", "TCCS 01:2021/HL")
    p.check(close(sum(rr[i][2] for i in range(3)), 5328) and round(5328 / 1000, 2) == 5.33, "5,33 tỷ")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def ds05() -> Plan:
    p = Plan("ds05_keo_cu_do_tien_dien_cty")
    pl = p.part("Bảng 3.", "# 11.")
    q = [pl.row("Hộp 300 g (hộp)"), pl.row("Túi 1 kg (túi)")]
    kg, rr, rt = pl.row("Tổng sản lượng"), [pl.row("Doanh thu hộp"), pl.row("Doanh thu túi")], pl.row("Tổng doanh thu")
    fin = p.part("Bảng 5.", "Lợi nhuận bình quân")
    lines = [fin.row(x) for x in ("Lạc nhân", "Hộp, túi", "Tiền lương", "Mật mía", "Khấu hao", "Lãi vay", "Bán hàng",
                                   "Quản lý")]
    cost, prof = fin.row("Tổng chi phí"), fin.row("Lợi nhuận |")
    res = model(p, q=q, price=[40000, 100000], w=[0.3, 1.0], pack=[3000, 4000], rev_rows=rr, rev_tot=rt, lines=lines,
                cost_tot=cost, prof=prof, norm=0.5, rawp=60000, staff=[14] * 3, wage=6, energy=25000, dep=120,
                loans=[600, 400, 200], rate=0.08, sales=0.06, other=150, kg=kg, skip={("profit", 1)})
    true28 = rt[1] - cost[1]
    p.check(close(true28, 898.8) and prof[1] == 1100 and off(prof[1], true28), "PLANTED 2028 profit 1.100 != 5.280 − 4.381,2 = 898,8 (+22,4 %)")
    need = [res[y][0] * 0.5 for y in Y]
    p.check(need[0] <= 20000 and off(need[1], 20000) and off(need[2], 20000) and need == [20000, 22000, 24000],
            "PLANTED lạc nhân 22.000 / 24.000 kg against the 20 tấn contract (+10 % / +20 %)")
    p.has("cung cấp 20 tấn lạc nhân/năm", "đủ cho sản xuất cả giai đoạn", "22.000 kg năm 2028", "24.000 kg năm 2029")
    p.check(all(res[y][0] <= 200 * 280 for y in Y), "output within 56.000 kg (capacity not planted)")
    h = history(p, p.part("Bảng 1.", "Ghi chú"), first_year_out=kg[0], first_year_rev=rt[0])
    extras(p, res, 14, [r[0] for r in h], 200 * 26)
    nd = needs(p, kg, [("Lạc nhân", 0.5), ("Mật mía", 0.3), ("Gừng tươi", 0.05)])
    p.check(nd[0][1:] == [22000, 24000], "PLANTED the need table itself shows 22.000 / 24.000 kg of nuts")
    ch = p.part("Bảng 2.", "Ghi chú")
    split_sum(p, ch, ["Cửa hàng công ty", "Siêu thị", "Sàn thương mại", "Thương nhân"], rt, "channels")
    inv = p.part("Bảng 4.", "Nguồn vốn")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1600 == 1000 + 600 and sum(items[:3]) == 1200, "capital 1.600")
    avg = r1(sum(prof) / 3)
    true_avg = (prof[0] + true28 + prof[2]) / 3
    p.check(avg == 965.9 and round(1600 / (avg + 120), 1) == 1.5, "stated average 965,9 and payback 1,5 follow the wrong profit")
    p.check(close(1600 / (true_avg + 120), 1.57, 0.01), "tolerated knock-on: true payback 1,57")
    p.has("(682 + 1.100 + 1.115,6) : 3 ≈ 965,9", "1.600 : (965,9 + 120) ≈ 1,5 năm")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng|đăng ký nhãn",
            "PLANTED no trademark or IP protection")
    p.has("đủ điều kiện an toàn thực phẩm", "TCCS 01:2021/TĐ", "tự công bố", "Nghị định số 43/2017/NĐ-CP", "mã lô",
          "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ds06() -> Plan:
    p = Plan("ds06_nuoc_mam_thach_kim_htx")
    pl = p.part("Bảng 3.", "Ghi chú: sản lượng")
    q = [pl.row("Chai 500 ml (chai)"), pl.row("Can 2 lít (can)")]
    lit, rr, rt = pl.row("Tổng nước mắm"), [pl.row("Doanh thu chai"), pl.row("Doanh thu can")], pl.row("Tổng doanh thu")
    fin = p.part("Bảng 5.", "Lợi nhuận bình quân")
    lines = [fin.row(x) for x in ("Cá cơm tươi", "Chai, can", "Tiền lương", "Muối, điện", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Quản lý")]
    cost, prof = fin.row("Tổng chi phí"), fin.row("Lợi nhuận |")
    res = model(p, q=q, price=[60000, 100000], w=[0.5, 2.0], pack=[6000, 10000], rev_rows=rr, rev_tot=rt, lines=lines,
                cost_tot=cost, prof=prof, norm=1.4, rawp=25000, staff=[10, 12, 14], wage=6.5, energy=3000, dep=100,
                loans=[500, 400, 300], rate=0.08, sales=0.05, other=80, kg=lit, skip={("growth", 1), ("growth", 2)})
    g1, g2 = rt[1] / rt[0], rt[2] / rt[1]
    p.check(close(g1, 1.8) and close(g2, 1.5985, 0.01) and off(g1, 1.2) and off(g2, 1.2)
            and close(lit[1] / lit[0], 1.8) and close(lit[2] / lit[1], 1.597, 0.01),
            "PLANTED ×1,8 then ×1,6 in output and revenue")
    ch = p.part("Bảng 2.", "Ghi chú: tỷ trọng")
    split_sum(p, ch, ["Cửa hàng của HTX", "Siêu thị", "Bán trực tuyến", "Thương lái"], rt, "channels")
    shares = [[ch.row(x)[y] / rt[y] for y in Y] for x in ("Cửa hàng của HTX", "Siêu thị", "Bán trực tuyến")]
    p.check(all(close(s[0], s[1]) and close(s[1], s[2], 0.02) for s in shares), "same channel shares all three years")
    p.check(lines[6][2] / rt[2] == lines[6][0] / rt[0] == 0.05 and close(lines[0][2], 4025) and 4025 / 200 > 20,
            "promotion a flat 5 %; 4.025 triệu of fish in 2029 against 200 triệu working capital")
    mk = p.section("# Chương V.", "# Chương VI.")
    p.check("rất lớn" in mk and mk.count("hợp đồng") == mk.count("chưa có hợp đồng") == 2, "market: 'rất lớn', no new contract")
    p.has("chưa có hợp đồng tiêu thụ mới", "vì thị trường còn rất lớn")
    p.check(all(res[y][0] * 1.4 <= 200000 for y in Y) and 100 * 2 / 1.4 * 1000 >= 142800 >= lit[2],
            "vats (200 tấn cá ≈ 142.800 l) and the 200 tấn contract cover it: capacity and material not planted")
    h = history(p, p.part("Bảng 1.", "Ghi chú"), first_year_out=lit[0], first_year_rev=rt[0])
    extras(p, res, 10, [r[0] for r in h], None, "lít")
    nd = needs(p, lit, [("Cá cơm tươi", 1.4), ("Muối hạt", 1.4 / 3)])
    p.check(nd[0][2] <= 200000, "fish within the 200 tấn contract")
    inv = p.part("Bảng 4.", "Tổng vốn đầu tư")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    tot = inv.one("Tổng cộng")
    p.check(sum(items) == 1200 and tot == 1350 and off(tot, sum(items)) and sum(items[:4]) == 1000,
            "PLANTED Bảng 4 total 1.350 != 1.200 (+12,5 %)")
    p.check(650 + 200 + 500 == 1350 and off(1350, 1200), "tolerated: sources match the wrong total")
    p.has("Tổng vốn đầu tư 1.350 triệu đồng, gồm: vốn góp thành viên 650 triệu đồng, quỹ của hợp tác xã 200 triệu đồng, vay ngân hàng 500 triệu đồng")
    avg = r1(sum(prof) / 3)
    p.check(avg == 2008.8 and round(1350 / (avg + 100), 1) == 0.6, "payback 0,6 follows the stated figures")
    p.lacks(r"môi trường|nước thải|chất thải|\bmùi\b|xử lý|bể lắng|vệ sinh|ô nhiễm|\brác\b|ruồi|khí thải|\bbã\b",
            "PLANTED no environmental measure")
    p.has("đủ điều kiện an toàn thực phẩm", "TCCS 01:2022/TK", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "mã lô", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ds07() -> Plan:
    p = Plan("ds07_tinh_bot_nghe_phuc_lam_hkd")
    pl = p.part("Bảng 3.", "# L.")
    q = [pl.row("Tinh bột nghệ hũ 200 g"), pl.row("Nghệ viên hộp 250 g")]
    kg, rr, rt = (pl.row("Tổng thành phẩm"), [pl.row("Tinh bột nghệ (120.000"), pl.row("Nghệ viên mật ong (150.000")],
                  pl.row("Tổng doanh thu"))
    ct = p.part("Bảng 5.", "Bảng 6.")
    lines = [ct.row(x) for x in ("Nghệ tươi", "Hũ, hộp", "Tiền công", "Mật ong, điện", "Khấu hao", "Lãi vay",
                                  "Tiêu thụ, quảng bá", "Chi khác")]
    cost = ct.row("Tổng chi phí")
    s6 = p.part("Bảng 6.", "Ghi chú: chi phí")
    summ = [s6.row(f"{2027 + y} |", 3) for y in Y]
    res = model(p, q=q, price=[120000, 150000], w=[0.2, 0.25], pack=[8000, 10000], rev_rows=rr, rev_tot=rt,
                lines=lines, cost_tot=cost, prof=[s[2] for s in summ], norm=15, rawp=6000, staff=[6] * 3, wage=5.5,
                energy=20000, dep=50, loans=[200, 150, 100], rate=0.075, sales=0.05, other=40, cu=1000, kg=kg,
                skip={("rev_row", 1, 1)})
    p.check(q[1][1] == 4400 and rr[1][1] == 760 and close(4400 * 0.15, 660) and off(760, 660),
            "PLANTED 2028 nghệ viên 760 != 4.400 × 150.000 = 660 (+15,2 %)")
    p.check(rt[1] == 2080 and off(2080, 1980), "knock-on: 2028 total 2.080 (true 1.980)")
    for y in Y:
        p.check(summ[y][0] == rt[y] and close(summ[y][1], cost[y] / 1000), f"summary {y}")
        p.check(res[y][0] * 15 <= 80000 and res[y][0] <= 30 * 150, f"fresh turmeric within 80 tấn, dryer 4.500 kg {y}")
    h = history_cols(p, p.part("Bảng 1.", "Ghi chú"), "Tinh bột nghệ và nghệ viên", kg[0], rt[0])
    extras(p, res, 6, h, 30 * 26)
    supply(p, "Vùng nghệ nguyên liệu", 3, [12, 4, 80])
    cal = p.part("Lịch ", "\n#")
    p.check(all(cal.one(f"Tháng {m} |") == 0 for m in range(4, 10)), "no processing Apr–Sep (out of season)")
    qt = p.part("Bảng 2.", "# G.")
    a, b, t = qt.row("Tinh bột nghệ", 5), qt.row("Nghệ viên", 5), qt.row("Cộng", 5)
    p.check(all(close(a[k] + b[k], t[k]) for k in range(5)) and close(sum(t[:4]), t[4]) and t[4] == rt[0]
            and a[4] == rr[0][0] and b[4] == rr[1][0], "2027 quarters by product line")
    p.check(500 + 200 == 700 == 280 + 120 + 100 + 200, "capital 700")
    avg = r1(sum(s[2] for s in summ) / 3)
    true = (summ[0][2] + summ[1][2] - 100 * 0.95 + summ[2][2]) / 3
    p.check(avg == 920.4 and round(700 / (avg + 50), 1) == 0.7 and close(700 / (true + 50), 0.75, 0.01),
            "payback 0,7 on the stated profit (tolerated knock-on: 0,75)")
    mk = p.section("# F. THỊ TRƯỜNG", "Bảng 2.")
    p.check(not re.search(r"\d", mk) and "rất rộng" in mk, "PLANTED market: no number, a 'very wide market'")
    p.lacks(r"khách hàng|khách|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|\bbán\b|thương lái|nhà phân phối|phân phối|"
            r"hợp đồng (bán|tiêu thụ|cung cấp)|facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|"
            r"hội chợ|xuất khẩu|showroom|điểm bán|nhà thuốc|kênh|người mua", "PLANTED no sales channel anywhere")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|quy chuẩn|thử nghiệm|chỉ tiêu chất lượng",
            "PLANTED no product standard or quality declaration")
    p.has("đủ điều kiện an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô",
          "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg", "45 tấn năm 2027", "54 tấn năm 2029", "khoảng 80 tấn/năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ds08() -> Plan:
    p = Plan("ds08_muc_mot_nang_cam_nhuong_cp")
    pl = p.part("Bảng 3.", "# X.")
    q = [pl.row("Mực một nắng (gói"), pl.row("Cá mối một nắng (gói")]
    kg, rr, rt = pl.row("Tổng thành phẩm"), [pl.row("Doanh thu mực"), pl.row("Doanh thu cá mối")], pl.row("Tổng doanh thu")
    fin = p.part("Bảng 5.", "Lợi nhuận bình quân")
    lines = [fin.row(x) for x in ("Hải sản tươi", "Túi hút", "Tiền lương", "Điện sấy", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Quản lý")]
    cost, prof = fin.row("Tổng chi phí"), fin.row("Lợi nhuận trước thuế")
    res = model(p, q=q, price=[600000, 90000], w=[1.0, 0.5], pack=[8000, 5000], rev_rows=rr, rev_tot=rt, lines=lines,
                cost_tot=cost, prof=prof, norm=1.6, rawp=110000, staff=[16] * 3, wage=7, energy=10000, dep=180,
                loans=[1000, 800, 600], rate=0.085, sales=0.06, other=150, kg=kg)
    cap = 60 * 250
    p.check(kg[0] <= cap and off(kg[1], cap) and off(kg[2], cap) and kg[1:] == [16500, 18000],
            "PLANTED 16.500 / 18.000 kg against one dryer × 250 days = 15.000 kg (+10 % / +20 %)")
    inv = p.part("Bảng 4.", "Nguồn vốn")
    p.check(not any("sấy" in " ".join(r) for r in inv.rows), "no new dryer in the investment")
    p.has("đủ công suất cho kế hoạch cả giai đoạn", "1 máy sấy lạnh (công suất 60 kg thành phẩm/ngày)", "làm 250 ngày/năm")
    p.check(p.count("22 lao động") == 1 and p.count("16 lao động") == 1 and off(22, 16), "PLANTED 22 vs 16 workers")
    p.check(all(res[y][0] * 1.6 <= 40000 for y in Y), "fish within 40 tấn (material not planted)")
    h = history(p, p.part("Bảng 1.", "Ghi chú"), first_year_out=kg[0], first_year_rev=rt[0])
    extras(p, res, 16, [r[0] for r in h], 60 * 26)
    supply(p, "Tàu câu cung cấp", 2, [12, 40])
    p.check(p.part("Bố trí lao động", "\n#").one("Cộng lao động") == 16, "the staff table says 16 too (the plant is the 22)")
    ch = p.part("Bảng 2.", "Ghi chú")
    split_sum(p, ch, ["Cửa hàng công ty", "Siêu thị", "Sàn thương mại", "Doanh nghiệp xuất khẩu"], rt, "channels")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 2400 == 1400 + 1000 and sum(items[:3]) == 1800, "capital 2.400")
    avg = r1(sum(prof) / 3)
    p.check(avg == 1515 and round(2400 / (avg + 180), 1) == 1.4, "payback 1,4")
    p.has("2.400 : (1.515 + 180) ≈ 1,4 năm", "5,88 tỷ đồng", "6,96 tỷ đồng", "7,61 tỷ đồng", "22.400 kg năm 2027")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|sức khỏe|công bố|vệ sinh|HACCP|ISO 22000|kiểm nghiệm|"
            r"giấy chứng nhận cơ sở|cam kết", "PLANTED no food-safety certificate, commitment or plan")
    p.has("TCCS 02:2021/CN", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "đăng ký môi trường",
          "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ds09() -> Plan:
    p = Plan("ds09_dau_lac_tung_loc_htx")
    pl = p.part("Bảng 3.", "# Mục 11.")
    q = [pl.row("Chai 1 lít (chai)"), pl.row("Chai 500 ml (chai)"), pl.row("Khô dầu (kg)")]
    lit, rt = pl.row("Tổng dầu lạc"), pl.row("Tổng doanh thu")
    rr = [pl.row("Doanh thu chai 1 lít"), pl.row("Doanh thu chai 500 ml"), pl.row("Doanh thu khô dầu")]
    fin = p.part("Bảng 5.", "Lợi nhuận bình quân")
    lines = [fin.row(x) for x in ("Lạc nhân", "Chai, nắp", "Tiền công", "Điện", "Khấu hao", "Lãi vay", "Bán hàng",
                                   "Chi khác")]
    cost, prof = fin.row("Tổng chi phí"), fin.row("Lợi nhuận |")
    res = model(p, q=q, price=[170000, 90000, 10000], w=[1.0, 0.5, 0], pack=[7000, 5000, 0], rev_rows=rr, rev_tot=rt,
                lines=lines, cost_tot=cost, prof=prof, norm=2.5, rawp=42000, staff=[8] * 3, wage=6, energy=3000, dep=90,
                loans=[400, 300, 200], rate=0.08, sales=0.05, other=60, kg=lit)
    for y in Y:
        nut = res[y][0] * 2.5
        p.check(close(q[2][y], nut * 0.6) and nut <= 40 * 1.8 * 0.7 * 1000 and nut <= 80 * 8 * 250,
                f"khô dầu 0,6 kg/kg; nuts within 50,4 tấn and the 160 tấn press {y}")
    h = history(p, p.part("Bảng 1.", "Ghi chú"), first_year_out=lit[0], first_year_rev=rt[0])
    extras(p, res, 8, [r[0] for r in h], 80 * 8 * 26 / 2.5, "lít")
    supply(p, "Vùng lạc của thành viên", 3, [26, 40, 50.4])
    ch = p.part("Bảng 2.", "Ghi chú")
    split_sum(p, ch, ["Cửa hàng của hợp tác xã", "Chợ, đại lý", "Siêu thị", "Trang trại"], rt, "channels")
    p.check(all(ch.row("Trang trại")[y] == rr[2][y] for y in Y), "khô dầu channel = its revenue")
    inv = p.part("Bảng 4.", "Nguồn vốn")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1100 == 500 + 200 + 400 and sum(items[:4]) == 900, "capital 1.100")
    avg = r1(sum(prof) / 3)
    true = 1100 / (avg + 90)
    p.check(avg == 347.8 and close(true, 2.51, 0.01) and off(1.5, true) and off(1.5, 1100 / avg),
            "PLANTED payback 1,5 years != 1.100 : 437,8 = 2,5 (3,2 without depreciation)")
    p.has("1.100 : (347,8 + 90) ≈ 1,5 năm", "hoàn vốn trong khoảng 1,5 năm", "(240 + 347,8 + 455,6) : 3 ≈ 347,8")
    p.check(p.count("Hợp tác xã Dầu lạc Thạch Long") == 2 and p.count("Hợp tác xã Dầu lạc Tùng Lộc") == 1
            and p.count("HỢP TÁC XÃ DẦU LẠC TÙNG LỘC") == 1, "PLANTED another HTX's name, twice")
    p.lacks(r"truy xuất|nhật ký|mã lô|\bQR\b|kiểm soát|kiểm tra|lưu mẫu|\bsổ\b|HACCP|ISO|theo dõi|chất lượng|"
            r"kiểm nghiệm|ghi chép|hồ sơ lô", "PLANTED no internal quality control or traceability")
    p.has("đủ điều kiện an toàn thực phẩm", "TCCS 01:2022/TL", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg", "khoảng 50 tấn lạc nhân/năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ds10() -> Plan:
    p = Plan("ds10_che_vang_ky_thuong_tht")
    pl = p.part("Bảng 3.", "# 11.")
    q = [pl.row("Chè vằng túi 500 g"), pl.row("Cao chè vằng hộp")]
    kg, rr, rt = pl.row("Tổng thành phẩm"), [pl.row("Doanh thu chè túi"), pl.row("Doanh thu cao")], pl.row("Tổng doanh thu")
    fin = p.part("Bảng 5.", "Lợi nhuận bình quân")
    lines = [fin.row(x) for x in ("Lá vằng tươi", "Túi giấy", "Tiền công", "Củi, điện", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Chi khác")]
    cost, prof = fin.row("Tổng chi phí"), fin.row("Lợi nhuận |")
    res = model(p, q=q, price=[45000, 120000], w=[0.5, 0.2], pack=[3000, 8000], rev_rows=rr, rev_tot=rt, lines=lines,
                cost_tot=cost, prof=prof, norm=6, rawp=3000, staff=[9] * 3, wage=5, energy=8000, dep=60,
                loans=[300, 200, 100], rate=0.07, sales=0.06, other=40, kg=kg)
    for y in Y:
        p.check(res[y][0] * 6 <= 100000 and res[y][0] <= 100 * 200, f"leaf within 100 tấn, dryer 20.000 kg {y}")
    h = history(p, p.part("Bảng 1.", "Ghi chú"), first_year_out=kg[0], first_year_rev=rt[0])
    extras(p, res, 9, [r[0] for r in h], 100 * 26)
    supply(p, "Vùng lá vằng", 3, [27, 25, 100])
    qt = p.part("Bảng 2.", "# 7.")
    for y in Y:
        r = qt.row(f"{2027 + y} |", 5)
        p.check(close(sum(r[:4]), r[4]) and r[4] == rt[y], f"quarters (years as rows) {y}")
    inv = p.part("Bảng 4.", "Nguồn vốn")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    tot = inv.one("Tổng cộng")
    p.check(sum(items) == tot == 850 and sum(items[:3]) == 600, "items = total 850, fixed 600")
    p.has("các hộ thành viên góp 400 triệu đồng; vay Ngân hàng Chính sách xã hội 300 triệu đồng", "bảo đảm đủ vốn")
    p.check(400 + 300 == 700 and off(700, 850), "PLANTED sources 700 != 850 (−17,6 %)")
    avg = r1(sum(prof) / 3)
    p.check(avg == 472.4 and round(850 / (avg + 60), 1) == 1.6, "payback 1,6 on the stated 850")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "38/2012/NĐ-CP", "UBND huyện Kỳ Anh", "Hội đồng OCOP cấp huyện")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|15/2018", "PLANTED outdated policy: the current instruments are not cited")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\bQR\b|tem\b|bao bì ghi", "PLANTED no label or labelling plan")
    p.has("đủ điều kiện an toàn thực phẩm", "TCCS 01:2021/KT", "tự công bố", "Cục Sở hữu trí tuệ", "mã lô",
          "đăng ký môi trường", "khoảng 100 tấn/năm", "100 kg thành phẩm/ngày, 200 ngày/năm = 20.000 kg/năm")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("ds11_mang_kho_huong_quang_so_sai")
    a.check(2000 * 250000 == 500e6, "2.000 kg × 250.000 = 500 triệu")
    a.has("khoảng 2.000 kg măng khô/năm", "250.000 đồng/kg", "khoảng 500 triệu đồng/năm")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|"
            r"nhãn|môi trường|nước thải|truy xuất|sổ ghi|mã lô|vốn đầu tư|chi phí|lợi nhuận", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ds12_non_la_thach_hoi_so_sai")
    b.check(6000 * 60000 == 360e6, "6.000 nón × 60.000 = 360 triệu")
    b.has("khoảng 6.000 chiếc nón", "60.000 đồng/chiếc", "khoảng 360 triệu đồng")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|giấy phép|mã số thuế|giấy chứng nhận|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|mã lô|"
            r"vốn đầu tư|chi phí|lợi nhuận", "every tolerated gap is real; no capital, cost or profit")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (ds01, ds02, ds03, ds04, ds05, ds06, ds07, ds08, ds09, ds10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
