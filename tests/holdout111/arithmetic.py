"""The hundred-and-eleventh holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout111/arithmetic.py

Theme: new producers investing in a first workshop or a new line, ramping up from a small 2026
pilot. For every ready and revise plan: revenue = quantity x price per product, revenue total =
its rows, each cost line = its stated norm (per unit, % of revenue, wages = staff x wage x 12,
depreciation = fixed assets / years, interest = opening loan balance x rate), cost lines = total,
profit = revenue - cost, corporate income tax (15 % up to 3 tỷ of revenue, 17 % above) or the
household's 4,5 % of revenue, investment items = total = capital sources (own money + loan +
provincial OCOP grant), equipment lists = the equipment item, loan schedules, average profit and
payback as printed, raw-material need = output x norm against the stated supply, output against
equipment (or labour) capacity, monthly calendars and customer / channel tables summing to the
year's output, members' areas, per-unit cost appendices, growth year on year and the 2027 step
over the 2026 pilot (large steps only where the plan names the new machine and the contracts).
Planted numeric defects are asserted wrong by more than 5 % with the true value computed beside
them; everything else right within 1 %. Textual plants (no label, replaced instruments, no
trademark, no environmental measure, no registration, no product standard, another producer's
name, no quality control, no sales channel) are asserted through the absence or presence of
their words. Ready plans cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no replaced instrument; no
plan keeps a template placeholder. Sketchy plans: 150-320 words, few figures that multiply out,
and each tolerated gap really absent.
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
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off, vn  # noqa: E402

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|77/2019|Luật Hợp tác xã (năm )?2012|23/2012/QH13|\bhuyện\b")


def fmt(x: float, d: int | None = None) -> str:
    """The plans' own number format: '.' thousands, ',' decimals, one decimal unless whole."""
    if d is None:
        r = round(x, 1)
        d = 0 if abs(r - round(r)) < 1e-9 else 1
    s = f"{abs(x):,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s


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
        q.text_part = text
        return q

    def words(self) -> int:
        return len(self.body.split())

    def cell(self, first: str, col: int) -> float:
        """Column `col` of the row whose first cell is `first` ('–' reads 0)."""
        for r in self.rows:
            if r and r[0] == first:
                c = r[col]
                return 0.0 if c in ("–", "") else vn(c)
        self.failures.append(f"row {first!r} not found")
        return 0.0

    def items(self, col: int = -1) -> list[float]:
        """Column `col` of every numbered row (first cell all digits)."""
        return [0.0 if r[col] in ("–", "") else vn(r[col]) for r in self.rows if r and r[0].isdigit()]

    def month(self, col: int) -> tuple[list[float], float]:
        """A monthly calendar: the 12 months of column `col` and its 'Cả năm' row."""
        ms = [0.0 if r[col] in ("–", "") else vn(r[col]) for r in self.rows if r and r[0].startswith("Tháng ")]
        tot = [vn(r[col]) for r in self.rows if r and r[0] == "Cả năm"]
        if len(ms) != 12 or not tot:
            self.failures.append("calendar not found")
            return [0.0] * 12, -1.0
        return ms, tot[0]


def stated(p: Plan, before: str, want: float, what: str, after: str = "") -> None:
    """The number printed right after `before` (and before `after`) equals `want` within 1 %."""
    m = re.search(re.escape(before) + r"\s*([\d.,]+)" + re.escape(after), p.body)
    if not m:
        p.failures.append(f"{what}: {before!r} not found")
        return
    p.check(close(vn(m.group(1).rstrip(".,")), want), f"{what}: printed {m.group(1)} vs {fmt(want, 2)}")


def payback(p: Plan, lead: str, avg: float, dep: float, inv: float, what: str = "payback") -> None:
    """'<lead>(<avg> + <dep>) ≈ <years> năm' with avg and years right within 1 % (years to one decimal)."""
    m = re.search(re.escape(lead) + r"\(([\d.,]+) \+ [\d.,]+\) ≈ ([\d.,]+) năm", p.body)
    if not m:
        p.failures.append(f"{what}: formula not found")
        return
    a, yrs = vn(m.group(1)), vn(m.group(2))
    p.check(close(a, avg) and abs(yrs - inv / (avg + dep)) <= 0.06, f"{what}: {m.group(0)!r} vs avg {fmt(avg, 2)}, {fmt(inv / (avg + dep), 2)} years")


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Cục Sở hữu trí tuệ")


def common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.check(p.count("| ") > 0, "tables")


def equip(p: Plan, q: Plan, total: float, what: str) -> None:
    """An equipment list: qty × unit price = amount per row; amounts sum to the 'Cộng' row = total."""
    rows = [r for r in q.rows if r and r[0].isdigit()]
    ok = all(close(vn(r[2]) * vn(r[3]), vn(r[4])) for r in rows)
    p.check(ok and close(sum(vn(r[4]) for r in rows), total) and close(q.cell("", 4), total), f"equipment list {what}")


def growth(p: Plan, xs: list[float], what: str, limit: float = 1.2) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < limit, f"{what} growth {2026 + y + 1} under 20 %")


def cit(rev: float, threshold: float) -> float:
    return 0.15 if rev <= threshold else 0.17


# --------------------------------------------------------------------------- ready plans

def dh01() -> Plan:
    p = Plan("dh01_cha_ca_lam_hong_cty")
    pr = p.part("# CHƯƠNG XI.", "# CHƯƠNG XII.")
    hop, bulk, kg, staff = pr.row("Chả cá hộp 500 g", 4), pr.row("Chả cá bán buôn", 4), pr.row("Tổng sản lượng chả", 4), pr.row("Lao động trực tiếp", 4)
    p.check(all(kg[i] == hop[i] * 0.5 + bulk[i] for i in range(4)), "kg = boxes × 0,5 + bulk (2026–2029)")
    pilot_rev = hop[0] * 0.18 + bulk[0] * 0.28
    p.check(close(pilot_rev, 2520), "pilot revenue 2.520")
    hop, bulk, kg, staff = hop[1:], bulk[1:], kg[1:], staff[1:]
    raw = p.part("# CHƯƠNG VIII.", "# CHƯƠNG IX.")
    kg2, fish, contract = raw.row("Chả cá thành phẩm"), raw.row("Cá thu nguyên liệu cần dùng"), raw.row("Cá thu theo hợp đồng")
    ch = p.part("# CHƯƠNG VII.", "# CHƯƠNG VIII.")
    p.check(sum(ch.items(2)) == ch.cell("", 2) == hop[0] and sum(ch.items(3)) == ch.cell("", 3) == bulk[0], "channels = 2027 plan")
    org = p.part("# CHƯƠNG X.", "# CHƯƠNG XI.")
    tot_staff = org.row("Cộng lao động trực tiếp")
    p.check(all(sum(org.row(f"{i} |")[y] for i in (1, 2, 3)) == tot_staff[y] == staff[y] for y in Y), "staff by post")
    fin = p.part("# CHƯƠNG XIII.", "# CHƯƠNG XIV.")
    rev, rh, rb, cost = fin.row("Tổng doanh thu"), fin.row("Chả cá hộp 500 g (180.000"), fin.row("Chả cá bán buôn (280.000"), fin.row("Tổng chi phí")
    L = [fin.row(x) for x in ("Cá thu nguyên liệu", "Bột, gia vị", "Bao bì", "Tiền lương", "Điện, nước", "Khấu hao", "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    loan = p.part("# CHƯƠNG XII.", "# CHƯƠNG XIII.")
    for y in Y:
        p.check(kg2[y] == kg[y] and close(fish[y], kg[y] * 1.4) and fish[y] <= contract[y] == 22000, f"fish 1,4 kg/kg within 22 tấn {y}")
        p.check(kg[y] <= 50 * 6 * 280, f"line 84.000 kg {y}")
        p.check(close(rh[y], hop[y] * 0.18) and close(rb[y], bulk[y] * 0.28) and close(rev[y], rh[y] + rb[y]), f"revenue {y}")
        l = loan.row(f"{2027 + y} |", 4)
        p.check(close(l[1], l[0] * 0.08) and l[0] - l[2] == l[3] and close(L[6][y], l[1]), f"loan {y}")
        want = [fish[y] * 0.08, kg[y] * 0.015, hop[y] * 0.004 + bulk[y] * 0.002, staff[y] * 6.5 * 12, kg[y] * 0.012,
                700 / 20 + 1050 / 10, [80, 60, 40][y], rev[y] * 0.05, 120]
        p.check(all(close(a[y], w) for a, w in zip(L, want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * cit(rev[y], 3000))
                and close(post[y], pre[y] - tax[y]), f"cost sum, profit, CIT {y}")
    growth(p, rev, "revenue"); growth(p, kg, "output")
    p.check(close(kg[0] / 8000, 1.175) and close(rev[0] / 2520, 1.187, 0.01), "2027 +17,5 % kg, +18,7 % revenue")
    inv = p.part("# CHƯƠNG XII.", "Nguồn vốn:")
    p.check(sum(inv.items()) == inv.cell("", 2) == 2200 == 900 + 1000 + 300 and 700 + 1050 == 1750, "capital 2.200 = 900 + 1.000 + 300")
    p.check(180 + 220 + 150 + 300 + 120 + 80 == 1050, "machines 1.050")
    avg = sum(post) / 3
    stated(p, ") : 3 ≈", avg, "average profit"); payback(p, "2.200 : ", avg, 140, 2200)
    p.has(          "180.000 đồng/hộp", "280.000 đồng/kg", "22 tấn/năm", "84.000 kg/năm", "TCCS 01:2026/LH", "tự công bố",
          "đủ điều kiện an toàn thực phẩm", "đăng ký môi trường", "mã lô")
    ready_common(p)
    return p


def dh02() -> Plan:
    p = Plan("dh02_nuoc_cam_huong_tho_htx")
    pr = p.part("# Phần 9 –", "# Phần 10 –")
    c33, c1, lit = pr.row("Chai 330 ml", 4), pr.row("Chai 1 lít", 3), pr.row("Tổng nước cam", 4)
    p.check(close(lit[0], c33[0] * 0.33) and close(c33[0] * 25000, 300e6), "pilot 12.000 chai = 3.960 l, 300 triệu")
    c33, lit = c33[1:], lit[1:]
    raw = p.part("# Phần 6 –", "# Phần 7 –")
    lit2, cam, own = raw.row("Nước cam thành phẩm"), raw.row("Cam quả cần dùng"), raw.row("Sản lượng cam của thành viên")
    ch = p.part("# Phần 2 –", "# Phần 3 –")
    p.check(sum(ch.items(2)) == ch.cell("", 2) == c33[0] and sum(ch.items(3)) == ch.cell("", 3) == c1[0], "contracts = 2027 plan")
    fin = p.part("# Phần 11 –", "# Phần 12 –")
    rev, r33, r1, cost = fin.row("Tổng doanh thu"), fin.row("Nước cam chai 330 ml (25.000"), fin.row("Nước cam chai 1 lít (65.000"), fin.row("Tổng chi phí")
    L = [fin.row(x) for x in ("Cam quả nguyên liệu", "Chai, nắp, nhãn", "Tiền công lao động", "Điện, nước, hơi", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    staff = [5, 6, 6]
    for y in Y:  # đồng
        p.check(close(lit[y], c33[y] * 0.33 + c1[y]) and close(lit2[y], lit[y]) and close(cam[y], lit[y] * 2.2)
                and cam[y] <= own[y] == 12 * 15000, f"oranges 2,2 kg/l within 180 tấn {y}")
        p.check(c33[y] + c1[y] <= 400 * 6 * 250, f"line 600.000 chai {y}")
        p.check(close(r33[y], c33[y] * 25000) and close(r1[y], c1[y] * 65000) and close(rev[y], r33[y] + r1[y]), f"revenue {y}")
        want = [cam[y] * 8000, c33[y] * 3500 + c1[y] * 6000, staff[y] * 6e6 * 12, lit[y] * 1000, 400e6 / 20 + 1000e6 / 10,
                [600e6, 450e6, 300e6][y] * 0.07, rev[y] * 0.08, 60e6]
        p.check(all(close(a[y], w) for a, w in zip(L, want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(pre[y], rev[y] - cost[y]) and rev[y] <= 3e9
                and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"cost sum, profit, 15 % {y}")
    growth(p, rev, "revenue")
    p.check(rev[0] / 300e6 > 5 and close(rev[1] / rev[0], 1.151, 0.01) and close(rev[2] / rev[1], 1.131, 0.01),
            "×5,3 step over the pilot (explained), then +15,1 % and +13,1 %")
    cal = p.part("Lịch sản xuất năm 2027", "# Phần 10 –")
    m33, t33 = cal.month(1)
    m1, t1 = cal.month(2)
    p.check(sum(m33) == t33 == c33[0] and sum(m1) == t1 == c1[0], "calendar sums to 2027")
    eq = p.part("Danh mục thiết bị đầu tư", "# Phần 8 –")
    equip(p, eq, 1000e6, "1.000.000.000")
    inv = p.part("# Phần 10 –", "Nguồn vốn:")
    p.check(sum(inv.items()) == inv.cell("", 2) == 1700e6 == 700e6 + 600e6 + 400e6, "capital 1.700 = 700 + 600 + 400 triệu")
    avg = sum(post) / 3
    stated(p, "Lợi nhuận sau thuế bình quân khoảng", avg, "average profit"); payback(p, "1.700.000.000 : ", avg, 120e6, 1.7e9)
    p.has(          "25.000 đồng/chai", "65.000 đồng/chai", "400 chai 330 ml/giờ", "600.000 chai/năm", "TCCS 01:2026/HTXHT",
          "tự công bố", "đủ điều kiện an toàn thực phẩm", "đăng ký môi trường", "số lô")
    ready_common(p)
    return p


def dh03() -> Plan:
    p = Plan("dh03_tra_ca_gai_leo_thanh_mai_hkd")
    pr = p.part("# X. KẾ HOẠCH", "# XI.")
    hop, goi = pr.row("Trà túi lọc hộp 50 g", 4), pr.row("Cà gai leo khô gói", 4)
    pilot = hop[0] * 60 + goi[0] * 90
    p.check(pilot == 1335000, "pilot 1.335.000 nghìn đồng")
    hist = p.part("Kết quả những năm gần đây", "# IV.")
    p.check(hist.row("2026 |", 2)[1] == pilot, "history 2026 = pilot")
    hop, goi = hop[1:], goi[1:]
    raw = p.part("# VII. NGUỒN NGUYÊN LIỆU", "# VIII.")
    dry, sup = raw.row("Cà gai leo khô cần dùng"), raw.row("Nguồn cung")
    fin = p.part("# XII. HIỆU QUẢ", "# XIII.")
    rev, rh, rg, cost = fin.row("Doanh thu |"), fin.row("Trà túi lọc hộp 50 g (60"), fin.row("Cà gai leo khô gói 500 g (90"), fin.row("Chi phí |")
    L = [fin.row(x) for x in ("Cà gai leo khô (60", "Giấy lọc, hộp", "Lao động thuê", "Công lao động gia đình", "Điện sấy", "Khấu hao |",
                              "Lãi vay", "Bán hàng, quảng bá", "Kiểm nghiệm, quản lý", "Thuế hộ kinh doanh")]
    prof = fin.row("Lợi nhuận |")
    staff = [4, 5, 5]
    for y in Y:  # nghìn đồng
        p.check(close(dry[y], hop[y] * 0.0525 + goi[y] * 0.5) and dry[y] <= sup[y] == 2000 + 1500, f"dry herb within 3.500 kg {y}")
        p.check(hop[y] <= 144000 == 40 * 60 * 6 * 250 / 25, f"packer 144.000 boxes {y}")
        p.check(close(rh[y], hop[y] * 60) and close(rg[y], goi[y] * 90) and close(rev[y], rh[y] + rg[y]), f"revenue {y}")
        want = [dry[y] * 60, hop[y] * 6 + goi[y] * 3, staff[y] * 5500 * 12, 120000, dry[y] * 8, 630000 / 10 + 300000 / 15,
                [400000, 300000, 200000][y] * 0.08, rev[y] * 0.06, 30000, rev[y] * 0.045]
        p.check(all(close(a[y], w) for a, w in zip(L, want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth(p, rev, "revenue")
    p.check(close(rev[0] / 1335000, 1.148, 0.01), "+14,8 % on the pilot")
    cal = p.part("Lịch sản xuất năm 2027", "# XI.")
    mh, th = cal.month(1)
    mg, tg = cal.month(2)
    p.check(sum(mh) == th == hop[0] and sum(mg) == tg == goi[0] and max(mh) <= 144000 / 12 * 1.5, "calendar sums to 2027")
    eq = p.part("Danh mục máy móc đầu tư", "# IX.")
    equip(p, eq, 630000, "630.000")
    inv = p.part("# XI. VỐN", "Nguồn vốn")
    p.check(sum(inv.items()) == inv.cell("", 2) == 1100000 == 500000 + 400000 + 200000, "capital 1,1 tỷ = 500 + 400 + 200")
    norm = p.part("# PHỤ LỤC", None)
    p.check(close(sum(norm.items()), 9570) and close(52.5 * 60, 3150) and close(52.5 * 8, 420), "appendix 9.570 đ a box")
    ch = [11000, 4000, 3000, 5000]
    p.check(sum(ch) == hop[0], "channels 23.000 boxes")
    avg = sum(prof) / 3
    stated(p, "Lợi nhuận bình quân", avg, "average profit"); payback(p, "1.100.000 : ", avg, 83000, 1100000)
    p.has(          "(khoảng 11.000 hộp)", "(4.000 hộp)", "(3.000 hộp)", "(5.000 hộp và toàn bộ gói 500 g)", "60.000 đồng/hộp", "90.000 đồng/gói",
          "Giấy chứng nhận đăng ký hộ kinh doanh", "TCCS 01:2026/TM", "tự công bố", "không nêu công dụng chữa bệnh", "số lô")
    ready_common(p)
    return p


def dh04() -> Plan:
    p = Plan("dh04_non_la_tung_loc_tht")
    pr = p.part("# L. KẾ HOẠCH", "# M.")
    nt, bt, tot = pr.row("Nón lá trắng", 4), pr.row("Nón bài thơ", 4), pr.row("Cộng (chiếc)", 4)
    p.check(all(tot[i] == nt[i] + bt[i] for i in range(4)) and close(nt[0] * 0.09 + bt[0] * 0.18, 324), "pilot 3.000 hats, 324 triệu")
    nt, bt, tot = nt[1:], bt[1:], tot[1:]
    ch = p.part("# G. THỊ TRƯỜNG", "Giá nón trắng trên thị trường")
    p.check(sum(ch.items(2)) == ch.cell("", 2) == nt[0] and sum(ch.items(3)) == ch.cell("", 3) == bt[0], "customers = 2027 plan")
    fin = p.part("# N. HIỆU QUẢ", "# O.")
    rev, rn, rb, cost = fin.row("Doanh thu |"), fin.row("Nón lá trắng (90.000"), fin.row("Nón bài thơ vẽ tay có hộp (180.000"), fin.row("Chi phí |")
    L = [fin.row(x) for x in ("Lá, vành tre", "Tiền công khoán", "Điện sấy, ép lá", "Khấu hao |", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý tổ", "Thuế (4,5")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(tot[y] <= 30 * 1.6 * 260 and tot[y] * 100 <= 1300000, f"30 weavers × 1,6 × 260; 100 leaves a hat within 1,3 triệu lá {y}")
        p.check(close(rn[y], nt[y] * 0.09) and close(rb[y], bt[y] * 0.18) and close(rev[y], rn[y] + rb[y]), f"revenue {y}")
        want = [nt[y] * 0.03 + bt[y] * 0.055, nt[y] * 0.03 + bt[y] * 0.05, tot[y] * 0.003, 500 / 20 + 200 / 10,
                [300, 200, 100][y] * 0.07, rev[y] * 0.06, 36, rev[y] * 0.045]
        p.check(all(close(a[y], w) for a, w in zip(L, want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth(p, rev, "revenue")
    p.check(close(tot[0] / 3000, 3.0) and close(rev[0] / 324, 3.19, 0.01) and 1.0 * 12 * 260 >= 3000,
            "×3 step explained: 12 → 30 weavers, about 1 → 1,6 hats a day")
    cal = p.part("Lịch sản xuất năm 2027", "# M.")
    mn, tn = cal.month(1)
    mb, tb = cal.month(2)
    p.check(sum(mn) == tn == nt[0] and sum(mb) == tb == bt[0], "calendar sums to 2027")
    p.check(all(a + b <= 30 * 1.6 * 26 for a, b in zip(mn, mb)), "each month within 30 × 1,6 × 26 days")
    eq = p.part("Chi tiết thiết bị", "# K.")
    equip(p, eq, 200, "200")
    inv = p.part("# M. VỐN", "Tổng vốn 1 tỷ")
    p.check(sum(inv.items()) == inv.cell("", 2) == 1000 == 400 + 300 + 300, "capital 1 tỷ = 400 + 300 + 300")
    mem = p.part("Danh sách thành viên", "# B.")
    p.check(len(mem.items(0)) == 12, "12 members")
    norm = p.part("# PHỤ LỤC", None)
    p.check(norm.cell("", 2) == 63000 and norm.cell("", 3) == 108000, "appendix 63.000 / 108.000 đ a hat")
    avg = sum(prof) / 3
    stated(p, "Lợi nhuận bình quân", avg, "average profit"); payback(p, "1.000 : ", avg, 45, 1000)
    p.has(          "900.000 lá", "1.170.000 lá", "12.480 chiếc/năm", "mã số thuế", "TCCS 01:2026/NLTL", "quạt hút")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def dh05() -> Plan:
    p = Plan("dh05_banh_ram_hong_phuc_htx")
    pr = p.part("# 11. Kế hoạch", "# 12.")
    hop, tui, ch, nep = pr.row("Bánh ram hộp"), pr.row("Bánh ram túi"), pr.row("Tổng số bánh"), pr.row("Gạo nếp cần dùng")
    fin = p.part("# 13. Hiệu quả", "# 14.")
    rev, rh, rt, cost = fin.row("Doanh thu |"), fin.row("Bánh ram hộp 20 chiếc (45.000"), fin.row("Bánh ram túi 50 chiếc bán buôn (80.000"), fin.row("Chi phí |")
    L = [fin.row(x) for x in ("Nguyên liệu (700", "Hộp, túi", "Tiền lương", "Điện, gas", "Khấu hao |", "Lãi vay", "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    cap = 600 * 8 * 300
    for y in Y:  # triệu đồng
        p.check(ch[y] == hop[y] * 20 + tui[y] * 50 and close(nep[y], ch[y] * 0.012) and nep[y] <= 25000, f"pieces, rice 12 kg/1.000 within 25 tấn {y}")
        p.check(close(rh[y], hop[y] * 0.045) and close(rt[y], tui[y] * 0.08) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        want = [ch[y] * 0.0007, hop[y] * 0.003 + tui[y] * 0.002, 10 * 5.5 * 12, ch[y] * 0.00015, 600 / 10 + 400 / 20,
                [500, 375, 250][y] * 0.08, rev[y] * 0.05, 60]
        p.check(all(close(a[y], w) for a, w in zip(L, want)), f"cost lines {y}")
        r = cit(rev[y], 3000)
        p.check(close(cost[y], lines_sum(L, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * r)
                and close(post[y], pre[y] - tax[y]), f"cost sum, profit, CIT {y}")
    # PLANTED capacity-exceeded: the line alone, 10 workers, manual kitchens sold
    p.check(cap == 1440000 and ch[0] <= cap and close(ch[1] / cap, 0.993, 0.01), "2027 within, 2028 at 99 % of 1.440.000")
    p.check(off(ch[2], cap) and close(ch[2] / cap, 1.083, 0.01), "PLANT 2029 1.560.000 chiếc = +8,3 % over 1.440.000")
    p.has("thanh lý 5 bếp củi", "công suất dây chuyền đáp ứng đủ kế hoạch", "600 chiếc/giờ", "8 giờ/ngày, 300 ngày/năm",
          "Xưởng có 10 lao động")
    growth(p, rev, "revenue")
    p.check(close(ch[0] / 1150000, 1.13, 0.01) and close(rev[0] / 2308, 1.127, 0.01) and close(36000 * 0.045 + 8600 * 0.08, 2308),
            "+13 % on the pilot (2.308 triệu)")
    cal = p.part("Lịch sản xuất năm 2027", "# 12.")
    md, td = cal.month(1)
    mc, tc = cal.month(2)
    p.check(sum(md) == td == 300 and sum(mc) == tc == ch[0] and all(c <= d * 4800 for c, d in zip(mc, md)), "calendar 300 days, 1.300.000, each month within")
    eq = p.part("Chi tiết dây chuyền", "# 10.")
    equip(p, eq, 600, "600")
    inv = p.part("# 12. Vốn", "Nguồn vốn")
    p.check(sum(inv.items()) == inv.cell("", 2) == 1300 == 500 + 500 + 300, "capital 1.300 = 500 + 500 + 300")
    norm = p.part("# 20. Phụ lục", None)
    p.check(close(sum(norm.items()), 20000) and 20 * 700 == 14000 and 20 * 150 == 3000, "appendix 20.000 đ a box")
    p.check(sum([15000, 18000, 7000]) == hop[0] and tui[0] == 10000, "channels 40.000 boxes, 10.000 bags")
    avg = sum(post) / 3
    stated(p, "Lợi nhuận sau thuế bình quân", avg, "average profit"); payback(p, "1.300 : ", avg, 80, 1300)
    # PLANTED no-label-plan: 'nhãn' only inside 'nhãn hiệu'
    p.lacks(r"nhãn(?! hiệu)|ghi nhãn|43/2017|111/2021|mã vạch|\bQR\b|tem ", "label mentioned")
    # PLANTED outdated-policy
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "huyện Thạch Hà")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "current instrument cited")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dh06() -> Plan:
    p = Plan("dh06_dau_lac_son_ha_cty")
    pr = p.part("## 8.1.", "## 8.2.")
    c1, c5, lit, kho = pr.row("Chai 1 lít", 4), pr.row("Chai 500 ml", 4), pr.row("Tổng dầu lạc", 4), pr.row("Khô dầu", 4)
    p.check(all(lit[i] == c1[i] + c5[i] * 0.5 and kho[i] == lit[i] * 1.5 for i in range(4)), "litres, cake 1,5 kg/l (2026–2029)")
    c1, c5, lit, kho = c1[1:], c5[1:], lit[1:], kho[1:]
    raw = p.part("# 6. Nguồn nguyên liệu", "# 7.")
    lit2, lac, zone = raw.row("Dầu lạc (lít)"), raw.row("Lạc nhân cần dùng"), raw.row("Lạc nhân của vùng liên kết")
    ch = p.part("# 5. Thị trường", "Dầu lạc ép trên thị trường")
    p.check(sum(ch.items(2)) == ch.cell("", 2) == c1[0] and sum(ch.items(3)) == ch.cell("", 3) == c5[0], "contracts = 2027 plan")
    fin = p.part("## 8.3.", "# 9.")
    rev, r1, r5, rk, cost = (fin.row("Doanh thu |"), fin.row("Dầu lạc chai 1 lít (140"), fin.row("Dầu lạc chai 500 ml (75"),
                             fin.row("Khô dầu lạc (12"), fin.row("Chi phí |"))
    L = [fin.row(x) for x in ("Lạc nhân (35", "Chai, nắp, nhãn", "Tiền lương", "Điện (3", "Khấu hao |", "Lãi vay", "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # nghìn đồng
        p.check(lit2[y] == lit[y] and close(lac[y], lit[y] * 2.5) and zone[y] == 40 * 1100, f"need 2,5 kg/l; zone 44.000 {y}")
        p.check(lac[y] <= 300 * 4 * 250, f"press 300.000 kg {y}")
        p.check(close(r1[y], c1[y] * 140) and close(r5[y], c5[y] * 75) and close(rk[y], kho[y] * 12) and close(rev[y], r1[y] + r5[y] + rk[y]), f"revenue {y}")
        want = [lac[y] * 35, c1[y] * 8 + c5[y] * 5, 4 * 6000 * 12, lit[y] * 3, 950000 / 10 + 600000 / 20,
                [1000000, 750000, 500000][y] * 0.08, rev[y] * 0.05, 80000]
        p.check(all(close(a[y], w) for a, w in zip(L, want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * cit(rev[y], 3000000))
                and close(post[y], pre[y] - tax[y]), f"cost sum, profit, CIT {y}")
    # PLANTED material-shortfall
    p.check(lac[0] <= zone[0], "2027 within the zone")
    p.check(off(lac[1], zone[1]) and off(lac[2], zone[2]) and close(lac[1] / zone[1], 1.08, 0.01) and close(lac[2] / zone[2], 1.222, 0.01),
            "PLANT 47.500 / 53.750 kg needed against 44.000 (+8,0 % / +22,2 %)")
    p.has("bảo đảm đủ nguyên liệu cho cả giai đoạn 2027 – 2029", "44.000 kg lạc nhân/năm")
    growth(p, rev, "revenue")
    p.check(close(lit[0] / 6000, 2.67, 0.01), "×2,7 step explained by the new line and the contracts table")
    cal = p.part("Lịch sản xuất và nhập nguyên liệu năm 2027", "# 8.")
    ml, tl = cal.month(1)
    mlac, tlac = cal.month(2)
    p.check(sum(ml) == tl == lit[0] and sum(mlac) == tlac == lac[0], "calendar: litres and peanuts of 2027")
    eq = p.part("Chi tiết thiết bị", "## 7.3.")
    equip(p, eq, 950000, "950.000")
    inv = p.part("## 8.2.", "Tổng vốn 2 tỷ")
    p.check(sum(inv.items()) == inv.cell("", 2) == 2000000 == 700000 + 1000000 + 300000, "capital 2 tỷ = 700 + 1.000 + 300 triệu")
    norm = p.part("# 15. Phụ lục", None)
    p.check(norm.cell("", 3) in (98500, 80500) and 2.5 * 35000 == 87500 and 87500 + 8000 + 3000 == 98500 and 98500 - 18000 == 80500,
            "appendix 98.500 / 80.500 đ a litre")
    # PLANTED payback-mismatch
    avg = sum(post) / 3
    true_pb = 2000000 / (avg + 125000)
    stated(p, "Lợi nhuận sau thuế bình quân", avg, "average profit")
    p.has("Thời gian hoàn vốn của phương án khoảng 2 năm")
    p.check(off(2.0, true_pb) and close(true_pb, 3.86, 0.01) and close(2000000 / avg, 5.09, 0.01),
            "PLANT stated 2 years; true 3,9 (5,1 without depreciation)")
    # PLANTED no-trademark
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|sở hữu công nghiệp", "trademark mentioned")
    p.has("43/2017/NĐ-CP", "TCCS 01:2026/SH", "tự công bố", "số lô", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dh07() -> Plan:
    p = Plan("dh07_nuoc_mam_loi_ha_ho")
    pr = p.part("# VIII – Tổ chức", "# IX –")
    chai, can, lit, ca = pr.row("Chai 500 ml", 4), pr.row("Can 2 lít", 4), pr.row("Tổng nước mắm", 4), pr.row("Cá cơm cần dùng", 4)
    p.check(all(lit[i] == chai[i] * 0.5 + can[i] * 2 and close(ca[i], lit[i] * 1.6) for i in range(4)), "litres, fish 1,6 kg/l")
    p.check(chai[0] * 60000 + can[0] * 150000 == 921e6, "pilot 921.000.000 đ")
    hist = p.part("Kết quả sản xuất những năm gần đây", "# III")
    p.check(hist.row("2026 |", 3)[1:] == [8800, 921e6], "history 2026 = pilot")
    chai, can, lit, ca = chai[1:], can[1:], lit[1:], ca[1:]
    chn = p.part("## 5. Kế hoạch tiêu thụ", "# VI")
    p.check(sum(chn.items(2)) == chn.cell("", 2) == chai[0] and sum(chn.items(3)) == chn.cell("", 3) == can[0], "channels = 2027 plan")
    fin = p.part("## 2. Doanh thu, chi phí", "# X –")
    rev, rc, rk, cost = fin.row("Doanh thu |"), fin.row("Nước mắm chai 500 ml (60.000"), fin.row("Nước mắm can 2 lít (150.000"), fin.row("Chi phí |")
    L = [fin.row(x) for x in ("Cá cơm (20.000", "Muối (1.000", "Chai, can, nắp", "Công lao động", "Điện (500", "Khấu hao |", "Lãi vay", "Bán hàng, vận chuyển", "Chi phí khác")]
    prof = fin.row("Lợi nhuận |")
    true = []
    for y in Y:  # đồng
        p.check(ca[y] <= 25000 and ca[y] <= 20 * 1500, f"fish within 25 tấn and 20 vats × 1,5 tấn {y}")
        p.check(close(rc[y], chai[y] * 60000) and close(rk[y], can[y] * 150000) and close(rev[y], rc[y] + rk[y]), f"revenue {y}")
        want = [ca[y] * 20000, lit[y] * 1000, chai[y] * 5000 + can[y] * 8000, 3 * 5.5e6 * 12, lit[y] * 500, 300e6 / 10 + 200e6 / 20,
                [200e6, 150e6, 100e6][y] * 0.07, rev[y] * 0.06, 24e6]
        p.check(all(close(a[y], w) for a, w in zip(L, want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)), f"cost sum {y}")
        true.append(rev[y] - cost[y])
    # PLANTED profit-mismatch (2028)
    p.check(close(prof[0], true[0]) and close(prof[2], true[2]), "2027 and 2029 profit right")
    p.check(off(prof[1], true[1]) and close(true[1], 343775000) and close(prof[1] / true[1], 1.142, 0.01),
            "PLANT 2028 profit 392.500.000 vs 343.775.000 (+14,2 %)")
    growth(p, rev, "revenue")
    p.check(close(rev[0] / 921e6, 1.107, 0.01), "+10,7 % on the pilot")
    cal = p.part("**Lịch đóng chai năm 2027:**", "# IX")
    mc, tc = cal.month(1)
    mk, tk = cal.month(2)
    p.check(sum(mc) == tc == chai[0] and sum(mk) == tk == can[0], "calendar sums to 2027")
    eq = p.part("**Chi tiết thiết bị:**", "# VIII")
    equip(p, eq, 300e6, "300.000.000")
    inv = p.part("## 1. Vốn đầu tư", "Nguồn vốn")
    p.check(sum(inv.items()) == inv.cell("", 2) == 700e6 == 500e6 + 200e6, "capital 700 = 500 + 200 triệu")
    norm = p.part("# XVI – Phụ lục", None)
    p.check(close(sum(norm.items()), 21750) and 0.8 * 20000 == 16000, "appendix 21.750 đ a bottle")
    avg_s, avg_t = sum(prof) / 3, sum(true) / 3
    pb_s, pb_t = 700e6 / (avg_s + 40e6), 700e6 / (avg_t + 40e6)
    stated(p, "Lợi nhuận bình quân", avg_s, "average profit (with the wrong 2028 profit)"); payback(p, "700.000.000 : ", avg_s, 40e6, 700e6)
    p.check(close(pb_t, 1.82, 0.01), "tolerated knock-on: true payback 1,8 years")
    # PLANTED no-environment-measures
    p.lacks(r"môi trường|nước thải|xử lý|\bmùi\b|ô nhiễm|bể lắng|chất thải|\brác\b|\bruồi\b", "environmental word")
    # PLANTED no-business-registration
    p.lacks(r"đăng ký|mã số thuế|hộ kinh doanh|giấy phép kinh doanh|doanh nghiệp|thuế", "registration word")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "TCCS 01:2027/LH", "tự công bố", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dh08() -> Plan:
    p = Plan("dh08_bot_san_day_dong_loc_tht")
    pr = p.part("## 1. Kế hoạch sản xuất", "## 2. Vốn")
    hop, tui, kg, cu = pr.row("Hộp 500 g", 4), pr.row("Túi 1 kg", 4), pr.row("Tổng bột sắn dây", 4), pr.row("Củ sắn dây tươi", 4)
    p.check(all(kg[i] == hop[i] * 0.5 + tui[i] and cu[i] == kg[i] * 7 for i in range(4)), "kg, roots 7 kg/kg")
    p.check(close(hop[0] * 0.095 + tui[0] * 0.17, 318), "pilot 318 triệu")
    hop, tui, kg, cu = hop[1:], tui[1:], kg[1:], cu[1:]
    fin = p.part("# PHẦN VI.", "# PHẦN VII.")
    rev, rh, rt, cost = fin.row("Doanh thu |"), fin.row("Bột sắn dây hộp 500 g (95.000"), fin.row("Bột sắn dây túi 1 kg (170.000"), fin.row("Chi phí |")
    L = [fin.row(x) for x in ("Củ sắn dây tươi (4.000", "Hộp, túi", "Công khoán", "Điện sấy", "Khấu hao |", "Lãi vay", "Bán hàng, quảng bá", "Quản lý")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(cu[y] <= 3 * 20000 and cu[y] <= 1000 * 120, f"roots within 60 tấn and 120 tấn of line {y}")
        p.check(close(rt[y], tui[y] * 0.17) and close(rev[y], rh[y] + rt[y]), f"revenue total = rows {y}")
        want = [cu[y] * 0.004, hop[y] * 0.006 + tui[y] * 0.004, kg[y] * 0.025, kg[y] * 0.006, 400 / 10 + 300 / 20,
                [300, 200, 100][y] * 0.07, [60, 66, 72][y], 30]
        p.check(all(close(a[y], w) for a, w in zip(L, want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    # PLANTED revenue-mismatch (2027 box row)
    p.check(close(rh[1], hop[1] * 0.095) and close(rh[2], hop[2] * 0.095), "2028, 2029 box rows right")
    true = hop[0] * 0.095
    p.check(off(rh[0], true) and close(true, 570) and close(rh[0] / true, 1.158, 0.01) and close(rev[0] / (true + rt[0]), 1.109, 0.01),
            "PLANT 2027 box row 660 vs 6.000 × 95.000 = 570 (+15,8 %); total 915 vs 825")
    p.has("doanh thu năm 2027 đạt 915 triệu đồng")
    rev_true = [true + rt[0], rev[1], rev[2]]
    growth(p, rev_true, "true revenue")
    p.check(close(kg[0] / 1800, 2.5), "×2,5 step explained by the new line and the company contract")
    ch = [3000, 2000, 1000]
    p.check(sum(ch) == hop[0] and 1000 + 500 == tui[0], "customers = 2027 plan")
    cal = p.part("Lịch chế biến năm 2027", "## 2. Vốn")
    mcu, tcu = cal.month(1)
    mb, tb = cal.month(2)
    p.check(sum(mb) == tb == kg[0] and sum(mcu) == tcu == cu[0] and all(c == b * 7 and c <= 1000 * 26 for c, b in zip(mcu, mb)),
            "calendar: roots = 7 × flour, each month within 26 days × 1.000 kg")
    eq = p.part("Chi tiết thiết bị", "## 3. Tổ chức")
    equip(p, eq, 400, "400")
    inv = p.part("## 2. Vốn đầu tư", "Nguồn vốn")
    p.check(sum(inv.items()) == inv.cell("", 2) == 900 == 400 + 300 + 200, "capital 900 = 400 + 300 + 200")
    mem = p.part("Danh sách thành viên", "## 2. Thực trạng")
    p.check(len(mem.items()) == 9 and close(sum(mem.items()), 3.0) and close(mem.cell("", 3), 3.0), "9 members, 3 ha")
    norm = p.part("# PHỤ LỤC", None)
    p.check(close(sum(norm.items()), 35500) and 3.5 * 4000 == 14000 and 0.5 * 25000 == 12500, "appendix 35.500 đ a box")
    avg = sum(prof) / 3
    avg_t = (sum(prof) - rh[0] + true) / 3
    stated(p, "Lợi nhuận bình quân", avg, "average profit (stated rows)"); payback(p, "900 : ", avg, 55, 900)
    p.check(close(900 / (avg_t + 55), 1.84, 0.01), "tolerated knock-on: true payback 1,8")
    # PLANTED no-product-standard
    p.lacks(r"TCCS|tiêu chuẩn|tự công bố|công bố|QCVN|TCVN|kiểm nghiệm|quy chuẩn", "product standard mentioned")
    # PLANTED name-inconsistent
    p.check(p.count("Kỳ Phong") == 2 and "Kỳ Phong" in p.part("# PHẦN VII.", "# PHẦN VIII.").text_part, "other producer's name twice, in PHẦN VII")
    p.has("Tổ hợp tác Sắn dây Đồng Lộc", "43/2017/NĐ-CP", "đủ điều kiện an toàn thực phẩm", "số lô", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dh09() -> Plan:
    p = Plan("dh09_nuoc_gao_lut_moc_thanh_cty")
    pr = p.part("# 10. Tổ chức", "# 11.")
    ch, gao, staff = pr.row("Nước gạo lứt chai", 4), pr.row("Gạo lứt (kg)", 4), pr.row("Công nhân", 4)
    p.check(all(close(gao[i], ch[i] * 0.025) for i in range(4)) and ch[0] * 0.012 == 480, "rice 25 g a bottle; pilot 480 triệu")
    ch, gao = ch[1:], gao[1:]
    cus = p.part("# 7. Thị trường", "Các sản phẩm nước ngũ cốc")
    p.check(sum(cus.items()) == cus.cell("", 2) == ch[0], "customers = 2027 plan")
    fin = p.part("# 12. Hiệu quả", "# 13.")
    rev, cost = fin.row("Doanh thu |"), fin.row("Chi phí |")
    L = [fin.row(x) for x in ("Gạo lứt (750", "Chai, nắp, nhãn", "Điện, nước, khí", "Tiền lương", "Khấu hao |", "Lãi vay", "Bán hàng, quảng bá", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    loan = p.part("Kế hoạch trả nợ vay", "# 12.")
    for y in Y:  # triệu đồng
        p.check(gao[y] <= 30000 and ch[y] <= 1500 * 8 * 280, f"rice within 30 tấn, line 3.360.000 {y}")
        p.check(close(rev[y], ch[y] * 0.012), f"revenue {y}")
        l = loan.row(f"{2027 + y} |", 4)
        p.check(close(l[1], l[0] * 0.085) and l[0] - l[2] == l[3] and close(L[5][y], l[1]), f"loan {y}")
        want = [ch[y] * 0.00075, ch[y] * 0.0025, ch[y] * 0.0004, 8 * 7 * 12, 1200 / 10 + 600 / 20, l[1], rev[y] * 0.1, 150]
        p.check(all(close(a[y], w) for a, w in zip(L, want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * cit(rev[y], 3000))
                and close(post[y], pre[y] - tax[y]), f"cost sum, profit, CIT {y}")
    # PLANTED unrealistic-growth
    p.check(ch[1] / ch[0] > 1.5 and ch[2] / ch[1] > 1.5 and close(rev[1] / rev[0], 1.778, 0.01) and close(rev[2] / rev[1], 1.625, 0.01),
            "PLANT +77,8 % and +62,5 % in 2028 and 2029")
    p.check(staff[1:] == [8, 8, 8], "same 8 workers")
    p.has("thị trường đồ uống còn rất lớn", "8 công nhân (lương 7 triệu đồng/người/tháng) cho cả giai đoạn", "| 4 | Vốn lưu động | 550 |")
    p.check(close(ch[0] / 40000, 4.5), "2027 step ×4,5 explained by the line and the customer table")
    cal = p.part("Lịch sản xuất năm 2027", "# 11.")
    mc, tc = cal.month(1)
    p.check(sum(mc) == tc == ch[0] and all(m <= 300 * 22 for m in mc[:5]) and all(m <= 1500 * 8 * 26 for m in mc[5:]),
            "calendar: Jan–May by hand (≤ 6.600), then the line")
    eq = p.part("Chi tiết dây chuyền", "# 10.")
    equip(p, eq, 1200, "1.200")
    st = p.part("Bố trí lao động", "Năm 2027 tăng mạnh")
    p.check(sum(st.items()) == st.cell("", 2) == 8, "8 workers by post")
    # PLANTED capital-mismatch
    inv = p.part("# 11. Tổng vốn", "Tổng vốn đầu tư của phương án")
    items = inv.items()
    src = 1000 + 1000 + 200
    p.check(sum(items) == inv.cell("", 2) == 2400, "items = total 2.400")
    p.check(off(src, 2400) and close(src / 2400, 0.917, 0.01), "PLANT sources 2.200 vs 2.400 (−8,3 %)")
    p.has("vốn chủ sở hữu 1.000 triệu đồng", "1.000 triệu đồng, lãi suất 8,5 %/năm", "của tỉnh 200 triệu đồng",
          "Các nguồn trên bảo đảm đủ nhu cầu vốn", "Tổng vốn đầu tư của phương án là 2.400 triệu đồng")
    norm = p.part("# 19. Phụ lục", None)
    p.check(close(sum(norm.items()), 3650), "appendix 3.650 đ a bottle")
    avg = sum(post) / 3
    stated(p, "Lợi nhuận sau thuế bình quân", avg, "average profit"); payback(p, "2.400 : ", avg, 150, 2400)
    # PLANTED no-quality-control
    p.lacks(r"số lô|\blô\b|truy xuất|lưu mẫu|kiểm tra|kiểm soát|nhật ký|\bQR\b|HACCP|ISO", "quality-control word")
    p.has("TCCS 01:2027/MT", "tự công bố", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dh10() -> Plan:
    p = Plan("dh10_mat_ong_phuc_trach_htx")
    pr = p.part("# X. KẾ HOẠCH", "# XI.")
    hu, can, kg = pr.row("Mật ong hũ 500 g", 4), pr.row("Mật ong can 5 kg", 4), pr.row("Tổng mật ong", 4)
    p.check(all(kg[i] == hu[i] * 0.5 + can[i] for i in range(4)) and kg[0] == 400 * 15, "kg; pilot 400 đàn × 15 kg")
    hu, can, kg = hu[1:], can[1:], kg[1:]
    raw = p.part("# VII. NGUỒN", "# VIII.")
    dan, got, used = raw.row("Số đàn ong"), raw.row("Mật ong thu được"), raw.row("Mật ong chế biến")
    fin = p.part("# XII. HIỆU QUẢ", "# XIII.")
    rev, rh, rc, cost = fin.row("Doanh thu |"), fin.row("Mật ong hũ 500 g (160"), fin.row("Mật ong can 5 kg (220"), fin.row("Chi phí |")
    L = [fin.row(x) for x in ("Mật ong mua của thành viên", "Hũ, nắp, nhãn", "Lao động xưởng", "Điện hạ thủy phần", "Khấu hao |", "Lãi vay", "Bán hàng, quảng bá", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # nghìn đồng
        p.check(got[y] == dan[y] * 15 == used[y] == kg[y] and kg[y] <= 200 * 2 * 100, f"honey = colonies × 15; dehumidifier 40.000 {y}")
        p.check(close(rh[y], hu[y] * 160) and close(rc[y], can[y] * 220) and close(rev[y], rh[y] + rc[y]), f"revenue {y}")
        want = [kg[y] * 120, hu[y] * 8 + can[y] * 2, 216000, kg[y] * 5, 300000 / 20 + 450000 / 10,
                [400000, 300000, 200000][y] * 0.07, rev[y] * 0.06, 60000]
        p.check(all(close(a[y], w) for a, w in zip(L, want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(pre[y], rev[y] - cost[y]) and rev[y] <= 3000000
                and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"cost sum, profit, 15 % {y}")
    p.check(close(kg[0] / 6000, 1.25) and dan[0] - 400 == 100, "+25 % explained by 100 more colonies")
    growth(p, rev, "revenue")
    cal = p.part("Lịch thu mật", "# XI.")
    mm, tm = cal.month(1)
    p.check(sum(mm) == tm == kg[0] and all(m <= 400 * 31 for m in mm), "harvest calendar sums to 7.500")
    loan = p.part("Kế hoạch trả nợ vay", "# XII.")
    p.check(all(close(loan.row(f"{2027 + y} |", 3)[1], loan.row(f"{2027 + y} |", 3)[0] * 0.07) for y in Y), "loan 7 %")
    # PLANTED table-total-mismatch (equipment list)
    eq = p.part("## 2. Thiết bị đầu tư", "# IX.")
    rows = [r for r in eq.rows if r and r[0].isdigit()]
    items = sum(vn(r[3]) for r in rows)
    total_row = eq.cell("", 3)
    p.check(items == 450000 and off(total_row, items) and close(total_row / items, 1.133, 0.01), "PLANT equipment 450.000, 'Cộng' 510.000 (+13,3 %)")
    inv = p.part("# XI. VỐN", "Nguồn vốn")
    p.check(sum(inv.items()) == inv.cell("", 2) == 1000000 == 400000 + 400000 + 200000, "capital 1.000.000 = 400 + 400 + 200")
    p.has("| 2 | Thiết bị chế biến (mục VIII) | 450.000 |", "thiết bị 450.000 trong 10 năm")
    # PLANTED figure-inconsistent
    p.has("Hợp tác xã có 15 thành viên", "12 thành viên hợp tác xã trực tiếp nuôi ong")
    # PLANTED no-sales-channel
    mk = p.part("# VI. THỊ TRƯỜNG", "# VII.").text_part
    p.check(not re.search(r"\d", mk), "market section has no number at all")
    p.lacks(r"siêu thị|cửa hàng|đại lý|thương lái|nhà hàng|online|Facebook|Zalo|khách hàng|bán lẻ|bán buôn|nhà phân phối|hội chợ|giá bán|đồng/hũ|người quen",
            "a customer, channel or price in the text")
    norm = p.part("# XIX.", None)
    p.check(close(sum(norm.items()), 70500), "appendix 70.500 đ a jar")
    avg = sum(post) / 3
    stated(p, "Lợi nhuận sau thuế bình quân", avg, "average profit"); payback(p, "1.000.000 : ", avg, 60000, 1e6)
    p.has(          "TCCS 01:2026/PT", "tự công bố", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "số lô", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


# --------------------------------------------------------------------------- sketchy plans

def dh11() -> Plan:
    p = Plan("dh11_khoai_lang_say_cam_thinh_so_sai")
    p.check(150 <= p.words() <= 320, f"words {p.words()}")
    p.check(2000 * 120000 == 240e6, "2.000 kg × 120.000 đ = 240 triệu")
    p.has("120.000 đồng/kg", "2.000 kg", "240 triệu đồng", "150 triệu đồng", "3 cửa hàng tạp hóa")
    p.lacks(r"đăng ký|mã số thuế|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|số lô|nguyên liệu|quy trình|vốn tự có|lợi nhuận|chi phí", "gap filled")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dh12() -> Plan:
    p = Plan("dh12_choi_dot_huong_lam_so_sai")
    p.check(150 <= p.words() <= 320, f"words {p.words()}")
    p.check(5000 * 35000 == 175e6, "5.000 cái × 35.000 đ = 175 triệu")
    p.has("35.000 đồng/cái", "5.000 cái", "175 triệu đồng", "đang chuẩn bị thành lập", "chợ Phố Châu")
    p.lacks(r"mã số thuế|hợp đồng hợp tác|tiêu chuẩn|nhãn|môi trường|bụi|truy xuất|quy trình|lợi nhuận|chi phí|tổng vốn", "gap filled")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


PLANS = [dh01, dh02, dh03, dh04, dh05, dh06, dh07, dh08, dh09, dh10, dh11, dh12]


def main() -> int:
    return plancheck.report([f() for f in PLANS])


if __name__ == "__main__":
    sys.exit(main())
