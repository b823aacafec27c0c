"""The hundred-and-twenty-sixth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout126/arithmetic.py

Theme: complex tables (two-row headers with a year spanning quantity | price | amount, group label
rows, subtotals per product group, grand totals, notes under tables). For every ready and revise
plan: revenue = quantity x price on every product row, group subtotals = their rows, grand total =
the groups; raw-material need = output x norm against the stated supply; output against equipment
capacity x working days; each cost line = its stated norm (per unit, % of revenue, staff x wage x 12,
depreciation = fixed assets / years, interest = opening loan balance x rate); cost lines = total;
profit = revenue - cost; tax; investment items = subtotal = total = capital sources; average
profit and payback as printed; growth under 20 %/year except where planted. Planted numeric
defects are asserted wrong by more than 5 % with the true value computed; everything else right
within 1 %. Tables are read from the plan's source inside their own section (`part`); figures quoted
in running text are looked up verbatim. Textual plants are asserted through the absence (or
presence) of their words; ready plans cite QĐ 148 and QĐ 1489 and no replaced instrument.
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
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện")


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

    def rev3(self, label: str, scale: float) -> tuple[list[float], float, list[float]]:
        """A product row laid out as (quantity, price, amount) per year: checks amount = q x price x scale."""
        r = self.row(label, 9)
        qs, ps, am = r[0::3], r[1::3], r[2::3]
        self.check(len(set(ps)) == 1, f"{label}: one price")
        return qs, ps[0], am

    def revL(self, label: str) -> tuple[list[float], float, list[float]]:
        """A product in a table with the years as row blocks: (quantity, price, amount) once a year."""
        r = [self.row(label, 3, skip=y) for y in Y]
        self.check(len({x[1] for x in r}) == 1, f"{label}: one price")
        return [x[0] for x in r], r[0][1], [x[2] for x in r]

    def subL(self, label: str) -> list[float]:
        return [self.row(label, 1, skip=y)[0] for y in Y]

    def totL(self, label: str) -> list[float]:
        return [self.one(f"{label} {2027 + y}") for y in Y]

    def rev2(self, label: str) -> tuple[list[float], float, list[float]]:
        """A product row laid out as price, then (quantity, amount) per year."""
        r = self.row(label, 7)
        return r[1::2], r[0], r[2::2]


def products_ok(p: Plan, rows: dict, scale: float, skip: set = frozenset()) -> None:
    for lab, (qs, pr, am) in rows.items():
        for y in Y:
            if (lab, y) in skip:
                continue
            p.check(close(am[y], qs[y] * pr * scale), f"{lab} {2027 + y}: {qs[y]} × {pr} ≠ {am[y]}")


def growth_ok(p: Plan, xs: list[float], what: str, cap: float = 1.2) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < cap, f"{what} growth {2027 + y}: {xs[y] / xs[y - 1]:.3f}")


def table(p: Plan, title: str) -> Plan:
    """The plan with its rows cut to the one table that follows a title line."""
    i = p.body.find(title)
    if i < 0:
        p.failures.append(f"table not found: {title!r}")
        return p
    out, started = [], False
    for line in p.body[i:].splitlines()[1:]:
        if line.strip().startswith("|"):
            started = True
            out.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif started:
            break
    q = copy.copy(p)
    q.rows = out
    return q


def calendar_ok(p: Plan, title: str, annual: list[float], monthly_cap: list[float] | None = None) -> list[list[float]]:
    t = table(p, title)
    n = len(annual)
    months = [t.row(f"Tháng {m} |", n) for m in range(1, 13)]
    total = t.row("Cả năm", n)
    for c in range(n):
        p.check(sum(m[c] for m in months) == total[c] == annual[c], f"{title}: column {c} sums to {annual[c]}")
    if monthly_cap:
        for m, mm in enumerate(months):
            p.check(sum(x * k for x, k in zip(mm, monthly_cap[0])) <= monthly_cap[1], f"{title}: month {m + 1} within capacity")
    return months


def loan_ok(p: Plan, title: str, amount: float, rate: float, interest: list[float]) -> None:
    t = table(p, title)
    bal = amount
    for y in Y:
        o, r, i, c = t.row(f"{2027 + y} |", 4)
        p.check(o == bal and c == o - r and (close(i, o * rate) if rate else i == 0), f"{title}: {2027 + y}")
        p.check(close(i, interest[y]) if rate else i == 0, f"{title}: interest = cost line {2027 + y}")
        bal = c
    p.check(bal >= 0, f"{title}: balance not negative")


def channels_ok(p: Plan, title: str, total: float, n: int) -> None:
    t = table(p, title)
    rows = [t.row(f"{i} |", 2) for i in range(1, n + 1)]
    tot = t.row("Cộng", 2)
    p.check(sum(r[0] for r in rows) == tot[0] == 100 and close(tot[1], total), f"{title}: 100 % = {total}")
    p.check(all(close(r[1], total * r[0] / 100) for r in rows), f"{title}: share × total")


def staff_ok(p: Plan, title: str, n: int, want: int, label: str = "Cộng") -> None:
    t = table(p, title)
    rows = [t.row(f"{i} |", 1)[0] for i in range(1, n + 1)]
    p.check(sum(rows) == t.row(label, 1)[0] == want, f"{title}: staff {want}")


def norms_ok(p: Plan, title: str, want: dict) -> None:
    t = table(p, title)
    for lab, (a, b, pr) in want.items():
        r = t.row(lab, 5)
        p.check(r[:4] == [a, b, a + b, pr] and close(r[4], round((a + b) / pr * 100, 1)), f"{title}: {lab}")


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Cục Sở hữu trí tuệ",
          "an toàn thực phẩm", "iêu chuẩn cơ sở", "tự công bố")


def all_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|cấp huyện|38/2012", "no replaced instrument (none planted)")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def fin_tail(p: Plan, rev, cost, pre, tax, post, rate: float) -> None:
    for y in Y:
        p.check(close(pre[y], rev[y] - cost[y]), f"pre-tax profit {2027 + y}")
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {2027 + y}")


# --------------------------------------------------------------------------- ready plans

def dw01() -> Plan:
    p = Plan("dw01_keo_cu_do_hong_lam_cty")
    t = p.part("Bảng 1.", "Ghi chú: đơn giá")
    rows = {k: t.rev3(k, 1e-6) for k in ("Kẹo cu đơ hộp 300 g", "Kẹo lạc vừng túi 250 g", "Bánh ram vừng (kg)")}
    products_ok(p, rows, 1e-6)
    (cq, _, ca), (lq, _, la), (rq, _, ra) = rows.values()
    gk, gb, tot = t.row("Cộng nhóm kẹo"), t.row("Cộng nhóm bánh"), t.row("Tổng cộng doanh thu")
    for y in Y:
        p.check(close(gk[y], ca[y] + la[y]) and close(gb[y], ra[y]) and close(tot[y], gk[y] + gb[y]), f"subtotals {y}")
    growth_ok(p, tot, "revenue")
    f = p.part("Bảng 3.", "Ghi chú: lãi vay")
    rev, cost = f.row("Tổng doanh thu"), f.row("Tổng chi phí")
    kg = [cq[y] * 0.3 + lq[y] * 0.25 for y in Y]
    lines = [f.row(x) for x in ("Nguyên liệu, bao bì nhóm kẹo", "Nguyên liệu, bao bì bánh ram", "Tiền lương", "Điện, gas",
                                 "Khấu hao", "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý")]
    for y in Y:
        p.check(close(rev[y], tot[y]), f"revenue carried {y}")
        want = [kg[y] * 0.07, rq[y] * 0.045, 12 * 6 * 12, (kg[y] + rq[y]) * 0.003, 1200 / 10, [600, 400, 200][y] * 0.08,
                rev[y] * 0.05, 60]
        p.check(all(close(a, b) for a, b in zip([l[y] for l in lines], want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
    pre, tax, post = f.row("Lợi nhuận trước thuế"), f.row("Thuế thu nhập"), f.row("Lợi nhuận sau thuế")
    fin_tail(p, rev, cost, pre, tax, post, 0.17)
    p.check(min(rev) > 3000, "revenue above 3 tỷ: 17 % CIT")
    r = p.part("ĐVT: kg", "Công ty ký hợp đồng")
    kk, lac, ram, nep = r.row("Kẹo thành phẩm"), r.row("Lạc nhân cần dùng"), r.row("Bánh ram thành phẩm"), r.row("Gạo nếp cần dùng")
    for y in Y:
        p.check(kk[y] == kg[y] and close(lac[y], cq[y] * 0.3 * 0.4 + lq[y] * 0.25 * 0.5) and ram[y] == rq[y]
                and close(nep[y], rq[y] * 0.8), f"raw-material table {y}")
        p.check(lac[y] <= 10000 and nep[y] <= 6000, f"within 10 tấn lạc, 6 tấn nếp {y}")
        p.check(kg[y] <= 100 * 280 and rq[y] <= 40 * 280, f"capacity 28.000 kg kẹo, 11.200 kg bánh {y}")
    i = p.part("Bảng 2.", "Ghi chú: vốn vay")
    items = [i.row(x) for x in ("Cải tạo nhà xưởng", "Dây chuyền nấu", "Lò nướng bánh ram", "Máy đóng gói", "Dụng cụ kiểm tra")]
    fixed, wc, total = i.row("Cộng tài sản cố định"), i.row("Vốn lưu động"), i.row("Tổng cộng")
    for c in range(3):
        p.check(sum(x[c] for x in items) == fixed[c] and fixed[c] + wc[c] == total[c], f"investment column {c}")
    p.check(all(x[0] == x[1] + x[2] for x in items + [fixed, wc, total]), "each row = own + loan")
    p.check(total == [1500, 900, 600] and fixed[0] == 1200, "1.500 = 900 + 600, fixed 1.200")
    avg = sum(post) / 3
    p.check(close(avg, 434.4, 0.001) and close(1500 / (avg + 120), 2.7, 0.02), "average 434,4, payback 2,7")
    p.has("1.500 : (434,4 + 120) ≈ 2,7 năm", "(284,7 + 434,4 + 584,1) : 3 ≈ 434,4", "45.000 đ/hộp", "30.000 đ/túi",
          "120.000 đ/kg", "9.000 kg lạc, 5.760 kg nếp", "Hợp tác xã Nông nghiệp Xuân Yên 10 tấn/năm", "Giấy chứng nhận đăng ký doanh nghiệp",
          "đăng ký môi trường", "tem QR truy xuất", "từ 3.120 triệu đồng năm 2027 lên 3.834 triệu đồng năm 2029")
    p.check(close(3120 / 2800, 1.114, 0.01), "+11 % on 2026 (2,8 tỷ)")
    ready_common(p)
    return p


def dw02() -> Plan:
    p = Plan("dw02_mat_ong_son_kim_htx")
    t = p.part("Bảng 2.", "Ghi chú: giá bán lẻ")
    rows = {k: t.revL(k) for k in ("Mật ong hoa rừng chai", "Mật ong hoa keo chai", "Mật ong ngâm chanh đào")}
    products_ok(p, rows, 1e-3)  # amounts in nghìn đồng, prices in đồng
    (rq, _, ra), (kq, _, ka), (cq, _, cha) = rows.values()
    g1, g2, tot = t.subL("Cộng nhóm mật ong nguyên chất"), t.subL("Cộng nhóm sản phẩm chế biến"), t.totL("Tổng doanh thu năm")
    for y in Y:
        p.check(g1[y] == ra[y] + ka[y] and g2[y] == cha[y] and tot[y] == g1[y] + g2[y], f"subtotals {y}")
    growth_ok(p, tot, "revenue")
    r = p.part("Bảng 1.", "Nguồn mật gồm")
    bottle, jar, need, own, bought, supply = (r.row("Mật ong cần cho chai"), r.row("Mật ong cần cho hũ"), r.row("Tổng nhu cầu"),
                                              r.row("Mật của 650 đàn"), r.row("Mật thu mua"), r.row("Tổng nguồn cung"))
    for y in Y:
        p.check(close(bottle[y], (rq[y] + kq[y]) * 0.7) and close(jar[y], cq[y] * 0.2) and need[y] == bottle[y] + jar[y],
                f"honey need {y}")
        p.check(own[y] == 650 * 18 and supply[y] == own[y] + bought[y] and need[y] <= supply[y], f"supply 15.700 ≥ need {y}")
        p.check(need[y] <= 200 * 150, f"capacity 30.000 kg {y}")
    f = p.part("Bảng 5.", "Ghi chú: mật ong nguyên liệu")
    k = lambda xs: [x * 1000 for x in xs]  # noqa: E731  (the table is in 1.000 đồng)
    tot = k(tot)
    cost, rev = k(f.row("Tổng chi phí")), k(f.row("Doanh thu"))
    lines = [k(f.row(x)) for x in ("Mật ong nguyên liệu", "Chai, hũ, nắp", "Chanh đào", "Tiền công", "Điện, nước",
                                 "Khấu hao", "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý")]
    for y in Y:
        want = [need[y] * 110000, (rq[y] + kq[y]) * 8000 + cq[y] * 10000, cq[y] * 15000, 8 * 5.5e6 * 12, 60e6, 900e6 / 10,
                [400e6, 300e6, 200e6][y] * 0.07, tot[y] * 0.06, 80e6]
        p.check(all(close(a, b) for a, b in zip([l[y] for l in lines], want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and rev[y] == tot[y], f"cost sum {y}")
    pre, tax, post = k(f.row("Lợi nhuận trước thuế")), k(f.row("Thuế thu nhập")), k(f.row("Lợi nhuận sau thuế"))
    fin_tail(p, rev, cost, pre, tax, post, 0.17)
    p.check(min(rev) > 3e9, "17 % CIT above 3 tỷ")
    inv = p.part("Bảng 3.", "Bảng 4.")
    items = [inv.one(x) for x in ("Nhà sơ chế", "Máy quay mật", "Thùng ong", "Kho bảo quản")]
    p.check(sum(items) == inv.one("Cộng tài sản cố định") == 900e6 and 900e6 + inv.one("Vốn lưu động") == inv.one("Tổng vốn đầu tư") == 1200e6,
            "investment 1,2 tỷ")
    s = p.part("Bảng 4.", "Khoản vay")
    a, b = s.row("Vốn góp", 2), s.row("Vay Ngân hàng", 2)
    p.check(a[0] + b[0] == s.row("Cộng", 2)[0] == 1200e6 and close(a[1], 66.7) and close(b[1], 33.3), "sources 800 + 400")
    avg = sum(post) / 3
    p.check(close(avg, 872097600, 0.001) and close(1200e6 / (avg + 90e6), 1.2, 0.05), "average, payback 1,2")
    p.has("1.200.000.000 : (872.097.600 + 90.000.000) ≈ 1,2 năm", "khoảng 872,1 triệu đồng/năm", "250.000 đồng/chai",
          "120.000 đồng/hũ", "15.700 kg/năm vượt nhu cầu lớn nhất 14.200 kg", "30.000 kg mật/năm", "Giấy chứng nhận đăng ký hợp tác xã",
          "đăng ký môi trường", "mã QR truy xuất", "Doanh thu năm 2027 đạt 3.360.000.000 đồng")
    ready_common(p)
    return p


def dw03() -> Plan:
    p = Plan("dw03_gio_cha_ba_thoan_hkd")
    t = p.part("Bảng 2.", "Ghi chú: đơn giá bán buôn")
    rows = {k: t.revL(k) for k in ("Giò lụa", "Giò bê", "Chả quế")}
    products_ok(p, rows, 1)
    (lq, _, la), (bq, _, ba), (cq, _, ca) = rows.values()
    gg, gc, tot = t.subL("Cộng nhóm giò"), t.subL("Cộng nhóm chả"), t.totL("Tổng cộng năm")
    for y in Y:
        p.check(gg[y] == la[y] + ba[y] and gc[y] == ca[y] and tot[y] == gg[y] + gc[y], f"subtotals {y}")
    growth_ok(p, tot, "revenue")
    kg = [lq[y] + bq[y] + cq[y] for y in Y]
    m = p.part("Bảng 1.", "# I.")
    lon, be = m.row("Thịt lợn nạc", 4), m.row("Thịt bê", 4)
    for y in Y:
        p.check(close(lon[y], (lq[y] + cq[y]) * 0.9) and close(be[y], bq[y] * 0.9), f"meat need {y}")
        p.check(lon[y] <= lon[3] == 30 * 300 and be[y] <= be[3] == 8 * 300, f"meat within supply {y}")
        p.check(kg[y] <= 20 * 4 * 300, f"capacity 24.000 kg {y}")
    f = p.part("Bảng 4.", "Ghi chú: khấu hao")
    lines = [f.row(x) for x in ("Thịt lợn nạc", "Thịt bê", "Lá chuối", "Tiền công", "Điện, gas", "Khấu hao", "Lãi vay",
                                 "Chi phí bán hàng", "Thuế GTGT")]
    cost, rev, pro = f.row("Tổng chi phí"), f.row("Doanh thu"), f.row("Lợi nhuận")
    for y in Y:
        want = [lon[y] * 120, be[y] * 180, kg[y] * 15, 5 * 6000 * 12, kg[y] * 4, 400000 / 8, [300000, 200000, 100000][y] * 0.09,
                tot[y] * 0.04, tot[y] * 0.045]
        p.check(all(close(a, b) for a, b in zip([l[y] for l in lines], want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and rev[y] == tot[y] and close(pro[y], rev[y] - cost[y]), f"cost, profit {y}")
    i = p.part("Bảng 3.", "# N.")
    items = [i.row(x) for x in ("Máy xay giò", "Tủ cấp đông", "Nồi luộc", "Máy hút", "Cải tạo bếp")]
    fixed, wc, total = i.row("Cộng thiết bị"), i.row("Vốn lưu động"), i.row("Tổng cộng")
    for c in range(3):
        p.check(sum(x[c] for x in items) == fixed[c] and fixed[c] + wc[c] == total[c], f"investment column {c}")
    p.check(all(x[0] == x[1] + x[2] for x in items + [fixed, wc, total]) and total == [600000, 300000, 300000], "600 = 300 + 300")
    avg = sum(pro) / 3
    p.check(close(avg, 298880, 0.001) and close(600000 / (avg + 50000), 1.7, 0.02), "average, payback 1,7")
    p.has("600.000 : (298.880 + 50.000) ≈ 1,7 năm", "220.000 đ/kg", "280.000 đ/kg", "240.000 đ/kg", "9.000 kg thịt lợn và 2.400 kg thịt bê",
          "24.000 kg/năm", "Sản xuất 8.500 kg giò chả năm 2027 và 10.200 kg năm 2029", "Giấy chứng nhận đăng ký hộ kinh doanh",
          "đăng ký môi trường", "số lô in trên nhãn")
    p.check(kg[0] == 8500 and kg[2] == 10200 and close(tot[0] / 1e6, 2.02) and close(kg[0] / 7700, 1.10, 0.01), "8.500 kg, 2,02 tỷ, +10 % on 2026")
    ready_common(p)
    return p


def dw04() -> Plan:
    p = Plan("dw04_che_xanh_thien_nhan_ctcp")
    t = p.part("Bảng 2.", "Ghi chú: số lượng")
    rows = {k: t.rev2(k) for k in ("Chè búp khô gói 200 g", "Chè móc câu hộp 500 g", "Trà chè vằng túi lọc")}
    products_ok(p, rows, 1e-6)
    (gq, _, ga), (hq, _, ha), (vq, _, va) = rows.values()
    g1, g2, tot = t.row("Cộng nhóm chè xanh"), t.row("Cộng nhóm trà thảo dược"), t.row("Tổng doanh thu")
    for y in Y:
        p.check(close(g1[y], ga[y] + ha[y]) and close(g2[y], va[y]) and close(tot[y], g1[y] + g2[y]), f"subtotals {y}")
    growth_ok(p, tot, "revenue")
    dry = [gq[y] * 0.2 + hq[y] * 0.5 for y in Y]
    m = p.part("Bảng 1.", "Vườn chè của công ty")
    d2, leaf, sup, vang, vsup = (m.row("Chè khô thành phẩm"), m.row("Búp chè tươi cần"), m.row("Búp chè tự có"),
                                 m.row("Chè vằng khô cần"), m.row("Chè vằng khô theo"))
    for y in Y:
        p.check(d2[y] == dry[y] and close(leaf[y], dry[y] * 4.5) and leaf[y] <= sup[y] == 5 * 3000 + 15000, f"leaf {y}")
        p.check(close(vang[y], vq[y] * 0.05) and vang[y] <= vsup[y] == 1500, f"chè vằng {y}")
        p.check(leaf[y] <= 80 * 8 * 150 and vq[y] <= 200 * 8 * 250, f"capacity {y}")
    f = p.part("Bảng 4.", "Ghi chú: lãi vay")
    rev, cost = f.row("Doanh thu"), f.row("Chi phí")
    lines = [f.row(x) for x in ("Búp chè tươi", "Chè vằng khô", "Bao bì", "Tiền lương", "Điện, củi", "Khấu hao", "Lãi vay",
                                 "Chi phí bán hàng", "Chi phí quản lý")]
    for y in Y:
        want = [leaf[y] * 0.01, vang[y] * 0.12, gq[y] * 0.004 + hq[y] * 0.015 + vq[y] * 0.006, 12 * 6.5 * 12, dry[y] * 0.02 + vq[y] * 0.001,
                1600 / 10, [800, 600, 400][y] * 0.08, tot[y] * 0.08, 120]
        p.check(all(close(a, b) for a, b in zip([l[y] for l in lines], want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(rev[y], tot[y]), f"cost sum {y}")
    pre, tax, post = f.row("Lợi nhuận trước thuế"), f.row("Thuế TNDN"), f.row("Lợi nhuận sau thuế")
    fin_tail(p, rev, cost, pre, tax, post, 0.17)
    p.check(min(rev) > 3000, "17 % above 3 tỷ")
    i = p.part("Bảng 3.", "Vay Ngân hàng")
    items = [i.row(x) for x in ("Nhà xưởng", "Dây chuyền chè xanh", "Máy đóng trà", "Kho, phòng")]
    fixed, wc, total = i.row("Cộng tài sản cố định"), i.row("Vốn lưu động"), i.row("Tổng cộng")
    for c in range(3):
        p.check(sum(x[c] for x in items) == fixed[c] and fixed[c] + wc[c] == total[c], f"investment column {c}")
    p.check(all(x[0] == x[1] + x[2] for x in items + [fixed, wc, total]) and total == [2000, 1200, 800], "2.000 = 1.200 + 800")
    avg = sum(post) / 3
    p.check(close(avg, 921.7, 0.001) and close(2000 / (avg + 160), 1.8, 0.03), "average 921,7, payback 1,8")
    p.has("2.000 : (921,7 + 160) ≈ 1,8 năm", "Tổng vốn đầu tư là 2 tỷ đồng", "80.000 đ/gói", "220.000 đ/hộp", "50.000 đ/hộp",
          "tương đương 440.000 đ/kg", "tổng 30.000 kg, đủ cho năm cao nhất (27.000 kg)", "96.000 kg búp/năm",
          "Doanh thu khoảng 3,1 tỷ đồng năm 2027 và 3,8 tỷ đồng năm 2029", "Giấy chứng nhận đăng ký doanh nghiệp", "đăng ký môi trường", "truy xuất")
    p.check(close(440000, 220000 / 0.5) and close(tot[0] / 1000, 3.1, 0.01) and close(tot[2] / 1000, 3.8, 0.01)
            and close(dry[0] / 4600, 1.087, 0.01), "prices per kg, tỷ in text, +9 % on 2026")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def dw05() -> Plan:
    p = Plan("dw05_banh_keo_thuong_loc_tht")
    t = p.part("Bảng 2.", "Ghi chú: giá bán")
    rows = {k: t.rev3(k, 1e-6) for k in ("Bánh đa vừng", "Bánh gai", "Kẹo lạc gương")}
    products_ok(p, rows, 1e-6)
    (dq, _, da), (gq, _, ga), (kq, _, ka) = rows.values()
    gb, gk, tot = t.row("Cộng nhóm bánh"), t.row("Cộng nhóm kẹo"), t.row("Tổng cộng doanh thu")
    for y in Y:
        p.check(gk[y] == ka[y] and close(tot[y], da[y] + ga[y] + ka[y]), f"kẹo subtotal, grand total {y}")
        if y != 1:
            p.check(close(gb[y], da[y] + ga[y]), f"bánh subtotal {y}")
    true = da[1] + ga[1]
    p.check(true == 1947 and gb[1] == 1770 == gb[0] and off(gb[1], true) and off(gb[1] + gk[1], tot[1]),
            "PLANTED 2028 'Cộng nhóm bánh' 1.770 (copied from 2027) != 1.155 + 792 = 1.947 (−9,1 %)")
    growth_ok(p, tot, "revenue")
    m = p.part("Bảng 1.", "# Quy trình")
    gao, lac = m.row("Gạo tẻ", 4), m.row("Lạc nhân", 4)
    for y in Y:
        p.check(close(gao[y], dq[y] * 0.3) and close(lac[y], kq[y] * 0.6) and gao[y] <= gao[3] == 12000 and lac[y] <= lac[3] == 4000,
                f"materials within contracts {y}")
        p.check(dq[y] <= 150 * 280 and gq[y] <= 60 * 280 and kq[y] <= 25 * 280, f"capacity {y}")
    f = p.part("Bảng 4.", "Lợi nhuận bình quân")
    lines = [f.row(x) for x in ("Gạo, vừng cho bánh đa", "Nếp, lá gai", "Lạc, mạch nha", "Bao bì", "Công lao động", "Than, điện",
                                 "Khấu hao", "Lãi vay", "Vận chuyển", "Thuế GTGT")]
    cost, rev, pro = f.row("Cộng chi phí"), f.row("Doanh thu"), f.row("Lợi nhuận")
    for y in Y:
        want = [dq[y] * 0.012, gq[y] * 0.025, kq[y] * 0.05, dq[y] * 0.002 + gq[y] * 0.005 + kq[y] * 0.006, 10 * 5 * 12, tot[y] * 0.03,
                500 / 10, [300, 200, 100][y] * 0.07, tot[y] * 0.04, tot[y] * 0.045]
        p.check(all(close(a, b) for a, b in zip([l[y] for l in lines], want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and rev[y] == tot[y] and close(pro[y], rev[y] - cost[y]), f"cost, profit {y}")
    i = p.part("Bảng 3.", "Tài sản cố định khấu hao")
    items = [i.row(x, 1)[0] for x in ("Cải tạo xưởng", "Lò nướng", "Máy nấu", "Nồi hấp")]
    p.check(sum(items) == i.one("Cộng tài sản cố định") == 500 and 500 + i.one("Vốn lưu động") == i.one("Tổng vốn đầu tư") == 800
            == i.one("Trong đó: vốn góp") + i.one("Vay Ngân hàng"), "investment 800 = 500 + 300")
    avg = sum(pro) / 3
    p.check(close(avg, 331.2, 0.001) and close(800 / (avg + 50), 2.1, 0.02), "average 331,2, payback 2,1")
    p.has("800 : (331,2 + 50) ≈ 2,1 năm", "35.000 đ/túi", "60.000 đ/hộp", "90.000 đ/kg", "Doanh thu năm 2027 đạt 2.220 triệu đồng")
    # PLANTED no-food-safety
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|sức khỏe|vệ sinh|cam kết bảo đảm|tập huấn", "PLANTED no food-safety paper, commitment or plan")
    # PLANTED no-sales-channel
    market = p.body.split("# Thị trường tiêu thụ", 1)[1].split("# Nguồn nguyên liệu", 1)[0]
    p.check(not re.search(r"\d", market), "PLANTED the market section has no number or price")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|thương lái|nhà phân phối|phân phối|facebook|zalo|shopee|"
            r"trực tuyến|online|hội chợ|xuất khẩu|điểm bán|kênh|chợ|nhà hàng|người mua", "PLANTED no sales channel anywhere")
    p.has("iêu chuẩn cơ sở", "tự công bố", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng", "số lô")
    all_common(p)
    return p


def dw06() -> Plan:
    p = Plan("dw06_gio_me_nam_phong_cty")
    t = p.part("Bảng 2.", "Ghi chú: giá bán")
    rows = {k: t.revL(k) for k in ("Giò me", "Giò lụa", "Nem chua")}
    products_ok(p, rows, 1e-6, skip={("Giò lụa", 2)})
    (mq, _, ma), (lq, lp, la), (nq, _, na) = rows.values()
    gg, gn, tot = t.subL("Cộng nhóm giò"), t.subL("Cộng nhóm nem"), t.totL("Tổng doanh thu năm")
    for y in Y:  # subtotals add up among themselves, also in 2029
        p.check(close(gg[y], ma[y] + la[y]) and gn[y] == na[y] and close(tot[y], gg[y] + gn[y]), f"subtotals {y}")
    true = lq[2] * lp / 1e6
    true_tot = ma[2] + true + na[2]
    p.check(true == 1950 and la[2] == 2250 and off(la[2], true) and off(tot[2], true_tot) and true_tot == 4030,
            "PLANTED 2029 giò lụa 2.250 != 7.800 kg × 250.000 đ = 1.950 (+15,4 %); total 4.330 != 4.030 (+7,4 %)")
    growth_ok(p, tot, "stated revenue")
    gio = [mq[y] + lq[y] for y in Y]
    h = p.part("Bảng 1.", "# 5.")
    hist = h.row("Giò me, giò lụa", 4)
    p.check(hist[1:] == gio and h.row("Lao động", 4) == [10, 10, 10, 10], "history table = plan, 10 staff throughout")
    cap = 2 * 16 * 300
    p.check(cap == 9600 and gio[0] <= cap and off(gio[1], cap) and off(gio[2], cap) and close(gio[2] / cap, 1.208, 0.01),
            "PLANTED capacity 9.600 kg giò/year < 10.550 (+9,9 %) and 11.600 (+20,8 %), no new grinder, same staff")
    p.lacks(r"máy xay[^.|]*(mới|thứ hai|bổ sung)|thêm máy|(?<!khó )tăng ca|ca chiều", "no new grinder or extra shift anywhere")
    lon = [lq[y] * 0.9 + nq[y] * 0.8 for y in Y]
    be = [mq[y] * 0.9 for y in Y]
    p.check(max(lon) <= 12000 and max(be) <= 4000, "meat within the 12.000 / 4.000 kg contract")
    f = p.part("Bảng 4.", "Lợi nhuận sau thuế bình quân")
    rev, cost = f.row("Doanh thu"), f.row("Chi phí")
    kg = [mq[y] + lq[y] + nq[y] for y in Y]
    lines = [f.row(x) for x in ("Thịt lợn nạc", "Thịt bê", "Gia vị", "Lương", "Điện, nước", "Khấu hao", "Lãi vay",
                                 "Bán hàng", "Quản lý")]
    for y in Y:
        want = [lon[y] * 0.125, be[y] * 0.2, kg[y] * 0.012, 10 * 6.5 * 12, kg[y] * 0.004, 800 / 10, [400, 300, 200][y] * 0.1,
                [160, 175, 190][y], 60]
        p.check(all(close(a, b) for a, b in zip([l[y] for l in lines], want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and rev[y] == tot[y], f"cost sum {y}")
    pre, tax, post = f.row("Lợi nhuận trước thuế"), f.row("Thuế TNDN"), f.row("Lợi nhuận sau thuế")
    fin_tail(p, rev, cost, pre, tax, post, 0.17)
    p.check(min(true_tot, rev[0]) > 3000, "17 % above 3 tỷ")
    i = p.part("Bảng 3.", "Khoản vay")
    items = [i.one(x) for x in ("Kho lạnh", "Xe tải", "Nồi luộc", "Cải tạo")]
    p.check(sum(items) == i.one("Cộng tài sản cố định") == 800 and 800 + i.one("Vốn lưu động") == i.one("Tổng vốn đầu tư") == 1400
            == i.one("Nguồn: vốn chủ") + i.one("Nguồn: vay"), "investment 1.400 = 1.000 + 400")
    avg = sum(post) / 3
    tavg = (post[0] + post[1] + (true_tot - cost[2]) * 0.83) / 3
    p.check(close(avg, 453.9, 0.001) and close(1400 / (avg + 80), 2.6, 0.02) and close(tavg, 370.9, 0.001)
            and close(1400 / (tavg + 80), 3.1, 0.02), "stated payback 2,6 (tolerated knock-on: true 3,1)")
    p.has("1.400 : (453,9 + 80) ≈ 2,6 năm", "320.000 đ/kg", "250.000 đ/kg", "180.000 đ/kg", "9.600 kg giò/năm",
          "Thiết bị hiện có đủ cho sản lượng của cả giai đoạn", "Sản lượng giò 9.500 kg năm 2027, 11.600 kg năm 2029",
          "12.000 kg thịt lợn nạc và 4.000 kg thịt bê", "Doanh thu năm 2027 đạt 3.305 triệu đồng, năm 2029 đạt 4.330 triệu đồng")
    # PLANTED no-quality-control
    p.lacks(r"kiểm soát chất lượng|truy xuất|số lô|\blô\b|lưu mẫu|nhật ký|sổ (ghi|theo dõi|nhập)|QR|HACCP|ISO|kiểm tra chất lượng",
            "PLANTED no internal quality control or traceability")
    p.has("an toàn thực phẩm", "iêu chuẩn cơ sở", "tự công bố", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    all_common(p)
    return p


def dw07() -> Plan:
    p = Plan("dw07_tra_ca_gai_leo_son_loc_htx")
    t = p.part("Bảng 2.", "Ghi chú: giá bán")
    rows = {k: t.revL(k) for k in ("Trà cà gai leo hộp", "Trà xạ đen hộp", "Cao cà gai leo lọ")}
    products_ok(p, rows, 1e-6)
    (cq, _, ca), (xq, _, xa), (kq, _, ka) = rows.values()
    g1, g2, tot = t.subL("Cộng nhóm trà túi lọc"), t.subL("Cộng nhóm cao dược liệu"), t.totL("Tổng cộng năm")
    for y in Y:
        p.check(close(g1[y], ca[y] + xa[y]) and g2[y] == ka[y] and close(tot[y], g1[y] + g2[y]), f"subtotals {y}")
    growth_ok(p, tot, "revenue")
    m = p.part("Bảng 1.", "8 ha cà gai leo")
    cgl, xd = m.row("Cà gai leo (kg)", 4), m.row("Xạ đen (kg)", 4)
    for y in Y:
        p.check(close(cgl[y], cq[y] * 0.06 + kq[y] * 1.0) and close(xd[y], xq[y] * 0.06), f"herb need {y}")
        p.check(cgl[y] <= cgl[3] == 8 * 600 and xd[y] <= xd[3] == 700, f"within supply {y}")
    f = p.part("Bảng 4.", "Ghi chú: thuế suất")
    rev, cost = f.row("Tổng doanh thu"), f.row("Tổng chi phí")
    lines = [f.row("– " + x) for x in ("Cà gai leo khô", "Xạ đen khô", "Túi lọc", "Tiền công", "Điện, củi", "Khấu hao", "Lãi vay",
                                        "Chi phí bán hàng", "Chi phí quản lý")]
    for y in Y:
        want = [cgl[y] * 0.06, xd[y] * 0.07, (cq[y] + xq[y]) * 0.008 + kq[y] * 0.015, 8 * 6 * 12, tot[y] * 0.03, 600 / 10,
                [300, 200, 100][y] * 0.07, tot[y] * 0.08, 60]
        p.check(all(close(a, b) for a, b in zip([l[y] for l in lines], want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and rev[y] == tot[y], f"cost sum {y}")
    pre, tax, post = f.row("Lợi nhuận trước thuế"), f.row("Thuế TNDN"), f.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax on the stated profit {y}")
        if y != 1:
            p.check(close(pre[y], rev[y] - cost[y]), f"profit {y}")
    true = rev[1] - cost[1]
    p.check(close(true, 627.6) and pre[1] == 717.6 and off(pre[1], true),
            "PLANTED 2028 pre-tax profit 717,6 != 2.024 − 1.396,4 = 627,6 (+14,3 %)")
    p.check(max(tot) < 3000, "15 % CIT under 3 tỷ")
    i = p.part("Bảng 3.", "Vay Ngân hàng")
    items = [i.row(x) for x in ("Nhà sơ chế", "Máy sấy", "Nồi cô cao", "Máy đóng trà")]
    fixed, wc, total = i.row("Cộng tài sản cố định"), i.row("Vốn lưu động"), i.row("Tổng cộng")
    for c in range(3):
        p.check(sum(x[c] for x in items) == fixed[c] and fixed[c] + wc[c] == total[c], f"investment column {c}")
    p.check(all(x[0] == x[1] + x[2] for x in items + [fixed, wc, total]) and total == [1000, 700, 300], "1.000 = 700 + 300")
    avg = sum(post) / 3
    tavg = (post[0] + true * 0.85 + post[2]) / 3
    p.check(close(avg, 559.0, 0.001) and close(1000 / (avg + 60), 1.6, 0.02) and close(1000 / (tavg + 60), 1.7, 0.02),
            "stated payback 1,6 (tolerated knock-on: true 1,7)")
    p.has("1.000 : (559 + 60) ≈ 1,6 năm", "60.000 đ/hộp", "55.000 đ/hộp", "250.000 đ/lọ", "Doanh thu 1.840 triệu đồng năm 2027")
    # PLANTED name-inconsistent
    p.check(p.count("Hợp tác xã Thảo dược Hương Bình") == 2 and p.count("Hợp tác xã Dược liệu Sơn Lộc") >= 1,
            "PLANTED two mentions of another producer's name")
    # PLANTED no-environment-measures
    p.has("lò củi", "chiết nước nóng", "cô chân không")
    p.lacks(r"môi trường|nước thải|\bbã\b|khói|\brác\b|chất thải|bể lắng|hố lắng|xử lý|tái sử dụng|ủ làm phân",
            "PLANTED no environmental measure anywhere")
    p.has("an toàn thực phẩm", "iêu chuẩn cơ sở", "tự công bố", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "truy xuất")
    all_common(p)
    return p


def dw08() -> Plan:
    p = Plan("dw08_mat_ong_hoa_cam_huong_minh_hkd")
    t = p.part("Bảng 2.", "Ghi chú: giá bán lẻ")
    rows = {k: t.rev3(k, 1e-6) for k in ("Mật ong hoa cam chai 1 lít", "Mật ong hoa keo chai 500 ml", "Mật ong gừng hũ 250 g")}
    products_ok(p, rows, 1e-6)
    (cq, _, ca), (kq, _, ka), (gq, _, ga) = rows.values()
    g1, g2, tot = t.row("Cộng nhóm mật ong nguyên chất"), t.row("Cộng nhóm mật ong chế biến"), t.row("Tổng cộng")
    for y in Y:
        p.check(g1[y] == ca[y] + ka[y] and g2[y] == ga[y] and tot[y] == g1[y] + g2[y], f"subtotals {y}")
    growth_ok(p, tot, "revenue")
    m = p.part("Bảng 1.", "# VIII.")
    need = m.row("Tổng mật ong cần")
    p.check(m.row("Mật ong hoa cam chai 1 lít") == [x * 1.4 for x in cq] and m.row("Mật ong hoa keo chai 500 ml") == [x * 0.7 for x in kq],
            "honey per bottle")
    for y in Y:
        p.check(close(need[y], cq[y] * 1.4 + kq[y] * 0.7 + gq[y] * 0.15), f"need {y}")
        p.check(need[y] <= 100 * 2 * 120, f"dryer capacity 24.000 kg {y}")
    supply = 350 * 20
    p.check(supply == 7000 and all(off(need[y], supply) for y in Y) and close(need[2] / supply, 1.277, 0.01),
            "PLANTED honey need 7.450 / 8.195 / 8.940 kg > 350 đàn × 20 kg = 7.000 (+6,4 / +17,1 / +27,7 %)")
    p.has("hộ không mua mật bên ngoài", "Nguồn mật của gia đình bảo đảm đủ cho kế hoạch cả giai đoạn")
    p.lacks(r"mua (thêm )?mật (của|từ)|đàn ong (mới|giống)|tăng (số )?đàn|nhân đàn", "no purchase or new colonies")
    f = p.part("Bảng 5.", "Lợi nhuận bình quân")
    lines = [f.row(x) for x in ("Chăm sóc đàn ong", "Chai, hũ", "Gừng, nguyên liệu", "Công lao động", "Vận chuyển đàn ong", "Điện, nước",
                                 "Khấu hao", "Lãi vay", "Bán hàng", "Thuế GTGT")]
    cost, rev, pro = f.row("Tổng chi phí"), f.row("Tổng doanh thu"), f.row("Lợi nhuận")
    for y in Y:
        want = [350 * 0.4, cq[y] * 0.012 + kq[y] * 0.008 + gq[y] * 0.007, gq[y] * 0.01, 6 * 6 * 12, 60, tot[y] * 0.01, 600 / 8,
                [300, 200, 100][y] * 0.08, tot[y] * 0.07, tot[y] * 0.045]
        p.check(all(close(a, b) for a, b in zip([l[y] for l in lines], want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and rev[y] == tot[y] and close(pro[y], rev[y] - cost[y]), f"cost, profit {y}")
    i = p.part("Bảng 3.", "Bảng 4.")
    items = [i.one(x) for x in ("Nhà sơ chế", "Máy quay mật", "Xe tải")]
    inv_total = i.one("Tổng vốn đầu tư")
    p.check(sum(items) == i.one("Cộng tài sản cố định") == 600 and 600 + i.one("Vốn lưu động") == inv_total == 1000, "items 1.000")
    s = p.part("Bảng 4.", "Nguồn vốn tự có")
    src = s.one("Vốn tự có") + s.one("Vay Quỹ")
    p.check(src == s.one("Tổng nguồn vốn") == 800 and off(src, inv_total),
            "PLANTED sources 500 + 300 = 800 != investment 1.000 (−20 %)")
    p.has("Nguồn vốn tự có và vốn vay bảo đảm đủ nhu cầu đầu tư")
    avg = sum(pro) / 3
    p.check(close(avg, 547.0, 0.001) and close(1000 / (avg + 75), 1.6, 0.02), "average 547, payback 1,6 on the 1.000")
    p.has("1.000 : (547 + 75) ≈ 1,6 năm", "250.000 đ/chai", "120.000 đ/chai", "80.000 đ/hũ", "7.000 kg mật/năm",
          "Doanh thu 1.460 triệu đồng năm 2027, khoảng 1,75 tỷ đồng năm 2029")
    # PLANTED no-product-standard
    p.lacks(r"tiêu chuẩn|TCCS|công bố|TCVN|QCVN|kiểm nghiệm|quy chuẩn|phân tích mẫu", "PLANTED no product standard or declaration")
    p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "số lô", "hố lắng")
    all_common(p)
    return p


def dw09() -> Plan:
    p = Plan("dw09_keo_cu_do_gung_duc_tho_ctcp")
    t = p.part("Bảng 2.", "Ghi chú: giá bán buôn")
    rows = {k: t.rev2(k) for k in ("Kẹo cu đơ gừng hộp", "Kẹo lạc vừng hộp", "Mứt gừng hộp")}
    products_ok(p, rows, 1e-6)
    (cq, _, ca), (lq, _, la), (mq, _, ma) = rows.values()
    g1, g2, tot = t.row("Cộng nhóm kẹo"), t.row("Cộng nhóm mứt"), t.row("Tổng doanh thu")
    for y in Y:
        p.check(g1[y] == ca[y] + la[y] and g2[y] == ma[y] and tot[y] == g1[y] + g2[y], f"subtotals {y}")
    growth_ok(p, tot, "revenue")
    m = p.part("Bảng 1.", "# Chương 8")
    gung, lac = m.row("Gừng tươi", 4), m.row("Lạc nhân", 4)
    for y in Y:
        p.check(close(gung[y], cq[y] * 0.02 + mq[y] * 0.4) and close(lac[y], (cq[y] + lq[y]) * 0.15), f"need {y}")
        p.check(gung[y] <= gung[3] == 12000 and lac[y] <= lac[3] == 15000, f"within contracts {y}")
        p.check(cq[y] * 0.4 + lq[y] * 0.3 <= 150 * 280 and mq[y] * 0.25 <= 30 * 280, f"capacity {y}")
    f = p.part("Bảng 4.", "Ghi chú: khấu hao")
    rev, cost = f.row("Doanh thu"), f.row("Chi phí")
    lines = [f.row(x) for x in ("Nguyên liệu kẹo cu đơ", "Nguyên liệu kẹo lạc", "Gừng, đường", "Hộp, túi", "Tiền lương", "Điện, than",
                                 "Khấu hao", "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý")]
    staff = 14
    for y in Y:
        want = [cq[y] * 0.025, lq[y] * 0.015, mq[y] * 0.018, (cq[y] + lq[y] + mq[y]) * 0.004, staff * 6.5 * 12, tot[y] * 0.02,
                2400 / 10, [1200, 900, 600][y] * 0.08, tot[y] * 0.06, 120]
        p.check(all(close(a, b) for a, b in zip([l[y] for l in lines], want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and rev[y] == tot[y], f"cost sum {y}")
    pre, tax, post = f.row("Lợi nhuận trước thuế"), f.row("Thuế TNDN"), f.row("Lợi nhuận sau thuế")
    fin_tail(p, rev, cost, pre, tax, post, 0.17)
    i = p.part("Bảng 3.", "# Chương 12")
    items = [i.row(x) for x in ("Nhà xưởng 450", "Dây chuyền nấu", "Máy sấy mứt", "Máy đóng hộp")]
    fixed, wc, total = i.row("Cộng tài sản cố định"), i.row("Vốn lưu động"), i.row("Tổng cộng")
    for c in range(3):
        p.check(sum(x[c] for x in items) == fixed[c] and fixed[c] + wc[c] == total[c], f"investment column {c}")
    p.check(all(x[0] == x[1] + x[2] for x in items + [fixed, wc, total]) and total == [3000, 1800, 1200], "3.000 = 1.800 + 1.200")
    avg = sum(post) / 3
    true = 3000 / (avg + 240)
    p.check(close(avg, 436.9, 0.001) and close(true, 4.43, 0.01) and off(2.8, true) and close(3000 / avg, 6.87, 0.01),
            "PLANTED payback 2,8 years != 3.000 : (436,9 + 240) = 4,4 (6,9 without depreciation)")
    p.has("3.000 : (436,9 + 240) ≈ 2,8 năm", "Dự kiến hoàn vốn sau khoảng 2,8 năm")
    # PLANTED figure-inconsistent
    p.has("Công ty hiện có 22 lao động thường xuyên", "Tổng số lao động của công ty hiện nay là 14 người", "Tiền lương (14 người")
    p.check(off(22, 14) and 3 + 1 + 1 + 2 + 10 != 22, "PLANTED 22 != 14 workers, same time")
    p.has("55.000 đ/hộp", "35.000 đ/hộp", "45.000 đ/hộp", "Doanh thu 4,7 tỷ đồng năm 2027, 5,64 tỷ đồng năm 2029",
          "Sản lượng 100.000 hộp năm 2027, 120.000 hộp năm 2029", "Tổng vốn đầu tư 3 tỷ đồng; vốn cổ đông 1,8 tỷ đồng")
    p.check(cq[0] + lq[0] + mq[0] == 100000 and cq[2] + lq[2] + mq[2] == 120000 and close(tot[0], 4700) and close(tot[2], 5640),
            "text totals")
    # PLANTED no-trademark
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|văn bằng|bảo hộ|chỉ dẫn địa lý", "PLANTED no trademark held or planned")
    p.has("an toàn thực phẩm", "iêu chuẩn cơ sở", "tự công bố", "43/2017/NĐ-CP", "HACCP", "giấy phép môi trường")
    all_common(p)
    return p


def dw10() -> Plan:
    p = Plan("dw10_banh_ram_ba_tu_ho_gia_dinh")
    t = p.part("Bảng 2.", "Ghi chú: giá giao")
    rows = {k: t.revL(k) for k in ("Bánh ram vừng (kg)", "Bánh tráng vừng (túi")}
    products_ok(p, rows, 1)
    (rq, _, ra), (tq, _, ta) = rows.values()
    g1, g2, tot = t.subL("Cộng nhóm bánh ram"), t.subL("Cộng nhóm bánh tráng"), t.totL("Tổng cộng năm")
    for y in Y:
        p.check(g1[y] == ra[y] and g2[y] == ta[y] and tot[y] == g1[y] + g2[y], f"subtotals {y}")
    h = p.part("Bảng 1.", "# Phần năm")
    hr, ht, hired = h.row("Bánh ram (kg)", 4), h.row("Bánh tráng (túi)", 4), h.row("Lao động thuê", 4)
    p.check(hr[1:] == rq and ht[1:] == tq and hired == [2, 2, 6, 8], "history table = plan")
    rev26 = hr[0] * 110 + ht[0] * 25
    p.check(rev26 == 555000 and close(tot[0] / rev26, 1.105, 0.01), "2026: 555 triệu; +10,5 % in 2027")
    p.check(tot[1] / tot[0] == 2.0 and close(tot[2] / tot[1], 1.66, 0.01) and rq[1] / rq[0] == 2 and tq[1] / tq[0] == 2,
            "PLANTED ×2 in 2028 and ×1,66 in 2029")
    mat29 = rq[2] * 45 + tq[2] * 10
    p.check(mat29 == 825000 and mat29 / 60000 > 13, "PLANTED 60 triệu working capital vs 825 triệu of materials in 2029")
    p.has("3 người bán lẻ ở chợ Hà Tĩnh, chợ Thạch Hà, chợ Cày và 5 cửa hàng tạp hóa quen",
          "vẫn bán qua những người bán và cửa hàng này", "Nhu cầu bánh ram trên thị trường còn rất lớn", "Chi phí quảng bá giữ 20 triệu đồng mỗi năm")
    for y in Y:  # capacity is not the defect
        p.check(rq[y] <= 60 * 300 and tq[y] <= 150 * 300, f"capacity covers the output {y}")
    f = p.part("Bảng 4.", "Ghi chú: khấu hao")
    lines = [f.row(x) for x in ("Nếp, vừng", "Gạo, vừng", "Túi nilon", "Tiền công thuê", "Điện, củi", "Khấu hao", "Quảng bá", "Xăng xe")]
    cost, rev, pro = f.row("Tổng chi phí"), f.row("Doanh thu"), f.row("Lợi nhuận")
    for y in Y:
        want = [rq[y] * 45, tq[y] * 10, rq[y] + tq[y], hired[y + 1] * 5000 * 12, tot[y] * 0.05, 150000 / 5, 20000, 10000]
        p.check(all(close(a, b) for a, b in zip([l[y] for l in lines], want)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and rev[y] == tot[y] and close(pro[y], rev[y] - cost[y]), f"cost, profit {y}")
    i = p.part("Bảng 3.", "# Phần mười hai")
    items = [i.row(x, 1)[0] for x in ("Lò nướng", "Máy tráng", "Tủ, bàn")]
    p.check(sum(items) == i.one("Cộng thiết bị") == 150000 and 150000 + 60000 == i.row("Tổng cộng", 1)[0] == 210000
            == 110000 + 100000 == 80000 + 20000 + 10000 + 50000 + 50000, "investment 210 triệu = family 110 + loan 100")
    avg = sum(pro) / 3
    p.check(close(avg, 295300, 0.001) and round(210000 / (avg + 30000), 1) == 0.6, "average, payback 0,6")
    p.has("210.000 : (295.300 + 30.000) ≈ 0,6 năm", "110.000 đ/kg", "25.000 đ/túi", "Tổng vốn 210 triệu đồng")
    # PLANTED no-label-plan
    p.has("Bánh được cho vào túi nilon trong, buộc dây")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\bQR\b|tem ", "PLANTED no label or labelling decree ('nhãn' only in 'nhãn hiệu')")
    # PLANTED no-business-registration
    p.lacks(r"đăng ký (hộ )?kinh doanh|hộ kinh doanh|mã số thuế|giấy phép|doanh nghiệp|hợp tác xã|thuế|đăng ký hộ",
            "PLANTED no registration, tax code or tax")
    p.has("an toàn thực phẩm", "iêu chuẩn cơ sở", "tự công bố", "Cục Sở hữu trí tuệ", "ghi sổ từng mẻ bánh", "bể lắng")
    all_common(p)
    return p


# --------------------------------------------------------------------------- the added tables
# (channels, equipment, staff, monthly calendar, loan schedule, norms appendix), checked against
# the plan's own revenue, cost and organisation figures.

def q27(p: Plan, part: tuple[str, str], labels: list[str], layout: int) -> list[float]:
    t = p.part(*part)
    return [(t.rev3(x, 1) if layout == 3 else t.rev2(x) if layout == 2 else t.revL(x))[0][0] for x in labels]


def ex_dw01(p: Plan) -> None:
    qs = q27(p, ("Bảng 1.", "Ghi chú: đơn giá"), ["Kẹo cu đơ hộp 300 g", "Kẹo lạc vừng túi 250 g", "Bánh ram vừng (kg)"], 3)
    channels_ok(p, "Bảng 4. Dự kiến doanh thu năm 2027", 3120, 4)
    staff_ok(p, "Bảng 6. Bố trí lao động", 5, 12)
    calendar_ok(p, "Bảng 7. Lịch sản xuất năm 2027", qs, ([0.3, 0.25, 0], 2600))
    calendar_ok(p, "Bảng 7. Lịch sản xuất năm 2027", qs, ([0, 0, 1], 1040))
    p.has("kẹo tháng cao nhất khoảng 2.380 kg, trong công suất 2.600 kg/tháng")
    loan_ok(p, "Bảng 8. Kế hoạch trả nợ vay", 600, 0.08, [48, 32, 16])


def ex_dw02(p: Plan) -> None:
    qs = q27(p, ("Bảng 2.", "Ghi chú: giá bán lẻ"), ["Mật ong hoa rừng chai", "Mật ong hoa keo chai", "Mật ong ngâm chanh đào"], 1)
    channels_ok(p, "Bảng 1a. Doanh thu năm 2027", 3360000, 3)
    staff_ok(p, "Bảng 1c. Lao động tại nhà sơ chế", 3, 8, "Cộng lao động hưởng lương")
    calendar_ok(p, "Bảng 2a. Lịch đóng chai năm 2027", qs)
    loan_ok(p, "Bảng 4a. Kế hoạch trả nợ", 400000, 0.07, [28000, 21000, 14000])


def ex_dw03(p: Plan) -> None:
    qs = q27(p, ("Bảng 2.", "Ghi chú: đơn giá bán buôn"), ["Giò lụa", "Giò bê", "Chả quế"], 1)
    channels_ok(p, "Bảng 0. Doanh thu năm 2027", 2020000, 3)
    staff_ok(p, "Bảng 1b. Lao động", 4, 5)
    months = calendar_ok(p, "Bảng 2a. Lịch sản xuất năm 2027", qs, ([1, 1, 1], 20 * 4 * 25))
    p.check(max(sum(m) for m in months) == 1190, "peak month 1.190 kg as the note says")
    loan_ok(p, "Bảng 3a. Kế hoạch trả nợ", 300000, 0.09, [27000, 18000, 9000])


def ex_dw04(p: Plan) -> None:
    qs = q27(p, ("Bảng 2.", "Ghi chú: số lượng"), ["Chè búp khô gói 200 g", "Chè móc câu hộp 500 g", "Trà chè vằng túi lọc"], 2)
    channels_ok(p, "Bảng 1a. Doanh thu năm 2027", 3080, 4)
    staff_ok(p, "Bảng 1c. Lao động hưởng lương", 5, 12)
    months = calendar_ok(p, "Bảng 2a. Lịch sản xuất năm 2027", qs)
    p.check(all(m[0] == m[1] == 0 for i, m in enumerate(months) if i in (0, 1, 11)), "no green tea Dec–Feb")
    p.check(all((m[0] * 0.2 + m[1] * 0.5) * 4.5 <= 80 * 8 * 26 for m in months), "monthly leaf within the line")
    loan_ok(p, "Bảng 3a. Kế hoạch trả nợ vay", 800, 0.08, [64, 48, 32])


def ex_dw05(p: Plan) -> None:
    qs = q27(p, ("Bảng 2.", "Ghi chú: giá bán"), ["Bánh đa vừng", "Bánh gai", "Kẹo lạc gương"], 3)
    staff_ok(p, "Bảng 1b. Phân công thành viên", 3, 10)
    months = calendar_ok(p, "Bảng 2a. Lịch sản xuất năm 2027", qs)
    p.check(months[0] == [4200, 1680, 700] and all(m[0] <= 150 * 28 and m[1] <= 60 * 28 and m[2] <= 25 * 28 for m in months),
            "peak month as the note says, within the equipment")
    loan_ok(p, "Bảng 3a. Kế hoạch trả nợ vay", 300, 0.07, [21, 14, 7])
    norms_ok(p, "Bảng PL1. Định mức chi phí trực tiếp", {"Bánh đa vừng (túi)": (12000, 2000, 35000),
                                                           "Bánh gai (hộp)": (25000, 5000, 60000), "Kẹo lạc gương (kg)": (50000, 6000, 90000)})


def ex_dw06(p: Plan) -> None:
    qs = q27(p, ("Bảng 2.", "Ghi chú: giá bán"), ["Giò me", "Giò lụa", "Nem chua"], 1)
    channels_ok(p, "Bảng 1a. Doanh thu năm 2027", 3305, 3)
    staff_ok(p, "Bảng 1c. Bố trí lao động", 7, 10)
    calendar_ok(p, "Bảng 2a. Lịch sản xuất năm 2027", qs, ([1, 1, 0], 32 * 25))
    p.has("| Máy xay quết giò | 1 | 16 kg/mẻ, 2 mẻ/ngày | đang dùng |")
    loan_ok(p, "Bảng 3a. Kế hoạch trả nợ vay", 400, 0.10, [40, 30, 20])


def ex_dw07(p: Plan) -> None:
    qs = q27(p, ("Bảng 2.", "Ghi chú: giá bán"), ["Trà cà gai leo hộp", "Trà xạ đen hộp", "Cao cà gai leo lọ"], 1)
    channels_ok(p, "Bảng 0. Doanh thu năm 2027", 1840, 3)
    staff_ok(p, "Bảng 1b. Lao động trực tiếp", 3, 8)
    calendar_ok(p, "Bảng 2a. Lịch sản xuất năm 2027", qs)
    loan_ok(p, "Bảng 3a. Kế hoạch trả nợ", 300, 0.07, [21, 14, 7])
    norms_ok(p, "Bảng PL1. Nguyên liệu và bao bì", {"Trà cà gai leo (hộp 30 túi)": (0.06 * 60000, 8000, 60000),
                                                   "Trà xạ đen (hộp 30 túi)": (0.06 * 70000, 8000, 55000),
                                                   "Cao cà gai leo (lọ 100 g)": (1 * 60000, 15000, 250000)})


def ex_dw08(p: Plan) -> None:
    qs = q27(p, ("Bảng 2.", "Ghi chú: giá bán lẻ"), ["Mật ong hoa cam chai 1 lít", "Mật ong hoa keo chai 500 ml", "Mật ong gừng hũ 250 g"], 3)
    channels_ok(p, "Bảng 0. Doanh thu năm 2027", 1460, 3)
    staff_ok(p, "Bảng 1b. Lao động", 3, 6)
    calendar_ok(p, "Bảng 2a. Lịch đóng chai năm 2027", qs)
    loan_ok(p, "Bảng 4a. Kế hoạch trả nợ", 300, 0.08, [24, 16, 8])
    p.lacks(r"đàn ong giống|mua thêm đàn", "the added tables bring no new colonies (the shortfall stays)")


def ex_dw09(p: Plan) -> None:
    qs = q27(p, ("Bảng 2.", "Ghi chú: giá bán buôn"), ["Kẹo cu đơ gừng hộp", "Kẹo lạc vừng hộp", "Mứt gừng hộp"], 2)
    channels_ok(p, "Bảng 0. Doanh thu năm 2027", 4700, 3)
    staff_ok(p, "Bảng 1b. Bố trí lao động", 5, 14)
    months = calendar_ok(p, "Bảng 2a. Lịch sản xuất năm 2027", qs, ([0.4, 0.3, 0], 150 * 26))
    p.check(max(m[0] * 0.4 + m[1] * 0.3 for m in months) == 3480 and close((sum(months[0]) + sum(months[11])) / sum(qs), 0.22),
            "peak 3.480 kg, Dec + Jan 22 %")
    loan_ok(p, "Bảng 3a. Kế hoạch trả nợ vay", 1200, 0.08, [96, 72, 48])
    norms_ok(p, "Bảng PL1. Định mức", {"Kẹo cu đơ gừng hộp 400 g": (25000, 4000, 55000),
                                        "Kẹo lạc vừng hộp 300 g": (15000, 4000, 35000), "Mứt gừng hộp 250 g": (18000, 4000, 45000)})


def ex_dw10(p: Plan) -> None:
    t = p.part("Bảng 2.", "Ghi chú: giá giao")
    rq, tq = t.revL("Bánh ram vừng (kg)")[0], t.revL("Bánh tráng vừng (túi")[0]
    channels_ok(p, "Bảng 1a. Doanh thu năm 2027", 613000, 2)
    calendar_ok(p, "Bảng 2a. Lịch sản xuất năm 2027", [rq[0], tq[0]], ([1, 0], 60 * 25))
    loan_ok(p, "Bảng 3a. Kế hoạch trả khoản vay", 100000, 0.0, [0, 0, 0])
    norms_ok(p, "Bảng PL1. Định mức chi phí trực tiếp", {"Bánh ram vừng (kg)": (45000, 1000, 110000), "Bánh tráng vừng (túi)": (10000, 1000, 25000)})
    pl2 = table(p, "Bảng PL2.")
    p.check(all(close(a, b * 0.8) for a, b in zip(pl2.row("Nếp cái hoa vàng"), rq))
            and all(close(a, b * 0.4) for a, b in zip(pl2.row("Gạo tẻ"), tq)), "rice need = norm × output")
    hist = table(p, "Bảng PL3.")
    p.check(hist.row("2026 |", 3) == [3000, 9000, 2] and growth_hist(hist), "history 2024–2026 ends at the 2026 figures")
    w = table(p, "Bảng PL4.")
    f = p.part("Bảng 4.", "Ghi chú: khấu hao")
    p.check([w.row(f"{y} |", 3)[2] for y in (2027, 2028, 2029)] == f.row("Tiền công thuê"), "wages table = cost line")


def growth_hist(t: Plan) -> bool:
    a, b, c = t.row("2024 |", 3), t.row("2025 |", 3), t.row("2026 |", 3)
    return all(x < y < z and z / y < 1.1 for x, y, z in zip(a[:2], b[:2], c[:2]))


EXTRA = {f.__name__[3:]: f for f in (ex_dw01, ex_dw02, ex_dw03, ex_dw04, ex_dw05, ex_dw06, ex_dw07, ex_dw08, ex_dw09, ex_dw10)}


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    gaps = (r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|"
            r"truy xuất|sổ ghi|kiểm nghiệm|vốn đầu tư|chi phí|lợi nhuận|nguyên liệu|quy trình|thiết bị")
    a = Plan("dw11_mat_ong_rung_khe_nam_so_sai")
    a.check(60 * 15 == 900 and 900 * 250000 == 225e6, "60 đàn × 15 kg = 900 kg × 250.000 = 225 triệu")
    a.has("60 đàn", "khoảng 900 kg mật", "250.000 đồng/kg", "khoảng 225 triệu đồng", "2 quán thuốc nam")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(gaps, "every gap is real (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dw12_nem_chua_co_hien_so_sai")
    b.check(20 * 300 * 150000 == 900e6, "20 kg × 300 days × 150.000 = 900 triệu")
    b.has("khoảng 20 kg nem", "150.000 đồng/kg", "Làm 300 ngày mỗi năm", "khoảng 900 triệu đồng/năm", "sạp chợ Thạch Long")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(gaps.replace("|quy trình", ""), "every gap is real (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    plans = [fn() for fn in (dw01, dw02, dw03, dw04, dw05, dw06, dw07, dw08, dw09, dw10)]
    for p in plans:
        EXTRA[p.stem[:4]](p)
    return plancheck.report(plans + sketchy())


if __name__ == "__main__":
    sys.exit(main())
