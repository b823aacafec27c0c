"""The hundred-and-tenth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout110/arithmetic.py

Every table is read from the plan's source inside its own section (`part()` cuts the rows between
two markers); two-row-header tables are read as SL | Đơn giá | Thành tiền triples per year; split
tables ("(tiếp)") are read from both parts; transposed tables are read by their year cells. For
every ready and revise plan: output = packs × pack size, raw-material need = output × norm against
the stated supply, output against capacity, channel tables against output, revenue = quantity ×
price, each cost line = its norm, cost lines (and group subtotals Cộng I / Cộng II) = total,
profit = revenue − cost, tax, investment items = total = capital sources, average profit and
payback as printed, growth under 20 % a year. Planted numeric defects are asserted wrong by more
than 5 % with the true value computed; everything else right within 1 %. Textual defects are
asserted by the absence (or presence) of their words. Ready plans cite QĐ 148/QĐ-TTg and
QĐ 1489/QĐ-TTg and no replaced instrument or district-level body; no plan keeps a placeholder.
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


def triples(xs: list[float]) -> list[tuple[float, float, float]]:
    return [tuple(xs[3 * y: 3 * y + 3]) for y in Y]


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")


def growth(p: Plan, xs: list[float], what: str, cap: float = 1.2) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < cap, f"{what} growth {y}: {xs[y] / xs[y - 1]:.3f}")


def results(p: Plan, rev, cost, pre=None, tax=None, post=None, rate=None) -> None:
    for y in Y:
        if pre is not None:
            p.check(close(pre[y], rev[y] - cost[y]), f"profit {y}")
        if tax is not None:
            r = rate[y] if isinstance(rate, list) else rate
            p.check(close(tax[y], pre[y] * r) and close(post[y], pre[y] - tax[y]), f"tax {y}")


# --------------------------------------------------------------------------- ready plans

def dg01() -> Plan:
    p = Plan("dg01_tra_ca_gai_leo_ky_thuong_htx")
    hist = p.part("# Phần 4", "# Phần 5")
    for yr in ("2024", "2025", "2026 (ước)"):
        h, t, r = hist.row(f"{yr} |", 3)
        p.check(close(r, h * 0.045 + t * 0.12), f"history revenue {yr}")
    rv = p.part("Bảng 1.", "# Phần 11")
    hop, tui = triples(rv.row("Trà túi lọc hộp 25 túi", 9)), triples(rv.row("Cà gai leo khô cắt khúc", 9))
    tot = rv.row("Cộng doanh thu", 3)
    rev = [hop[y][2] + tui[y][2] for y in Y]
    for y in Y:
        p.check(hop[y][1] == 45000 and tui[y][1] == 120000 and close(hop[y][2], hop[y][0] * 0.045)
                and close(tui[y][2], tui[y][0] * 0.12) and close(tot[y], rev[y]), f"revenue {y}")
    p.check(close(rev[0] / 1408.5, 1.129, 0.01), "+12,9 % on 2026")
    growth(p, rev, "revenue")
    raw = p.part("# Phần 7", "# Phần 8")
    dry, need, fresh, sup = (raw.row("Thành phẩm khô"), raw.row("Dược liệu khô cần dùng"),
                             raw.row("Cà gai leo tươi cần dùng"), raw.row("Cà gai leo tươi từ vùng trồng"))
    for y in Y:
        p.check(close(dry[y], hop[y][0] * 0.05 + tui[y][0] * 0.5) and close(need[y], dry[y] * 1.05)
                and close(fresh[y], need[y] * 4) and fresh[y] <= sup[y] == 2.5 * 6000, f"raw material {y}")
        p.check(fresh[y] <= 200 * 250 and hop[y][0] * 25 <= 30 * 60 * 6 * 250, f"capacity {y}")
    p.check(close(30 * 60 * 6 / 25, 432) and close(38000 / 432, 88, 0.01), "432 hộp/ngày, 88 days")
    ct = p.part("Bảng 4.", "Bảng 5.")
    lines = [ct.row(x) for x in ("Cà gai leo tươi", "Hộp, túi lọc", "Tiền lương", "Điện sấy", "Khấu hao",
                                  "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost = ct.row("Tổng chi phí")
    for y in Y:
        p.check(close(lines[0][y], fresh[y] * 0.01) and close(lines[1][y], hop[y][0] * 0.006 + tui[y][0] * 0.005)
                and lines[2][y] == 8 * 6.5 * 12 and close(lines[3][y], dry[y] * 0.006) and lines[4][y] == 900 / 10
                and lines[5][y] == [400, 300, 200][y] * 0.08 and close(lines[6][y], rev[y] * 0.06)
                and lines[7][y] == 60, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
    sm = p.part("Bảng 5.", "Lợi nhuận sau thuế bình quân")
    p.check(sm.row("Doanh thu") == rev and sm.row("Tổng chi phí") == cost, "summary = tables")
    pre, tax, post = sm.row("Lợi nhuận trước thuế"), sm.row("Thuế TNDN"), sm.row("Lợi nhuận sau thuế")
    results(p, rev, cost, pre, tax, post, 0.15)
    inv = p.part("Bảng 2.", "Bảng 3.")
    items = [inv.one(x) for x in ("Cải tạo xưởng", "Máy sấy nhiệt", "Máy đóng gói", "Máy cắt")]
    p.check(sum(items) == inv.one("Tài sản cố định") == 900 and 900 + inv.one("Thiết kế bao bì") + inv.one("Vốn lưu động |")
            == inv.one("Tổng cộng") == 1200, "investment 900 + 60 + 240 = 1.200")
    src = p.part("Bảng 3.", "Khoản vay")
    p.check(sum(src.row(x, 2)[0] for x in ("Vốn góp", "Quỹ đầu tư", "Vay Ngân hàng")) == src.row("Cộng", 2)[0] == 1200,
            "sources 500 + 300 + 400 = 1.200")
    avg = sum(post) / 3
    p.check(close(avg, 465.2, 0.001) and close(1200 / (avg + 90), 2.2, 0.02), "average 465,2, payback 2,2")
    p.has("(321,8 + 465,2 + 608,7) : 3 ≈ 465,2", "1.200 : (465,2 + 90 khấu hao) ≈ 2,2 năm", "45.000 đồng/hộp",
          "120.000 đồng/túi", "tổng khoảng 15.000 kg tươi/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2026/KT", "tự công bố sản phẩm", "Cục Sở hữu trí tuệ", "mã lô", "đăng ký môi trường",
          "Giấy chứng nhận đăng ký hợp tác xã", "17 thành viên chính thức")
    ready_common(p)
    return p


def dg02() -> Plan:
    p = Plan("dg02_nuoc_mam_loc_hai_cty")
    pr = p.part("Bảng sản lượng và nguyên liệu", "# IX.")
    rows = [pr.row(f"{2027 + y} |", 5) for y in Y]  # years as rows: chai, can, lít, cá, muối
    chai, can, lit = [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]
    for y in Y:
        c, k, l, fish, salt = rows[y]
        p.check(l == c * 0.5 + k * 2 and close(fish, l * 1.3) and close(salt, l * 0.4), f"litres, fish 1,3, salt 0,4 {y}")
        p.check(fish <= 55000 and fish <= 20 * 3000 and c <= 600 * 4 * 200, f"supply 55 tấn, 20 bể × 3 tấn, filler {y}")
    rv = p.part("# XI.", "# XII.")
    r1, r2, rev = rv.row("Nước mắm cốt 35"), rv.row("Nước mắm 25"), rv.row("Tổng doanh thu")
    for y in Y:
        p.check(close(r1[y], chai[y] * 65000) and close(r2[y], can[y] * 110000) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
    growth(p, rev, "revenue")
    p.check(close(rev[0] / 2760.4e6, 1.141, 0.01) and close(lit[0] / 26800, 1.119, 0.01), "+14 % revenue, +12 % litres on 2026")
    hist = p.part("# IV.", "# V.")
    for yr, l_, r_ in (("2024", 22000, 101000), ("2025", 24500, 102000), ("2026 (ước)", 26800, 103000)):
        p.check(close(hist.row(f"{yr} |", 3)[1], l_ * r_), f"history {yr} ≈ {r_} đ/lít")
    ct = p.part("Bảng chi phí sản xuất", "Bảng kết quả")
    v = [ct.row(x) for x in ("Cá cơm tươi", "Muối hạt", "Chai, can", "Điện, nước", "Chi phí bán hàng")]
    fx = [ct.row(x) for x in ("Tiền lương", "Khấu hao", "Lãi vay", "Quản lý")]
    c1, c2, cost = ct.row("Cộng I"), ct.row("Cộng II"), ct.row("Tổng cộng chi phí")
    for y in Y:
        fish, salt = rows[y][3], rows[y][4]
        p.check(close(v[0][y], fish * 22000) and close(v[1][y], salt * 3000) and close(v[2][y], chai[y] * 9000 + can[y] * 15000)
                and close(v[3][y], lit[y] * 2000) and close(v[4][y], rev[y] * 0.08), f"variable lines {y}")
        p.check(fx[0][y] == 10 * 6.5e6 * 12 and fx[1][y] == 1.5e9 / 10 and fx[2][y] == [800e6, 600e6, 400e6][y] * 0.08
                and fx[3][y] == 90e6, f"fixed lines {y}")
        p.check(close(c1[y], lines_sum(v, y)) and close(c2[y], lines_sum(fx, y)) and close(cost[y], c1[y] + c2[y]),
                f"Cộng I, Cộng II, Tổng cộng {y}")
    rs = p.part("Bảng kết quả", "Lợi nhuận sau thuế bình quân")
    pre, tax, post = rs.row("Lợi nhuận trước thuế"), rs.row("Thuế TNDN"), rs.row("Lợi nhuận sau thuế")
    p.check(rs.row("Doanh thu") == rev and rs.row("Tổng chi phí") == cost, "result table = tables")
    results(p, rev, cost, pre, tax, post, 0.17)
    p.check(all(3e9 < r <= 50e9 for r in rev), "17 % bracket")
    inv = p.part("# XII.", "# XIII.")
    items = [inv.one(x) for x in ("Nhà chượp", "Bể chượp", "Máy lọc", "Hệ thống xử lý")]
    p.check(sum(items) == inv.one("Cộng tài sản cố định") == 1.5e9 and
            1.5e9 + inv.one("Thiết kế bao bì") + inv.one("Vốn lưu động") == inv.one("Tổng vốn đầu tư") == 2e9, "investment 2 tỷ")
    p.check(inv.one("Vốn góp của cổ đông") + inv.one("Vay Ngân hàng TMCP") == inv.one("Cộng |") == 2e9, "sources")
    avg = sum(post) / 3
    p.check(close(avg, 520.244e6, 0.001) and close(2000 / (520.2 + 150), 3.0, 0.01), "average, payback 3 years")
    ch = p.part("# VII.", "Giá nước mắm truyền thống")
    p.check(ch.row("Cộng", 2) == [chai[0], can[0]] and sum(ch.row(x, 2)[0] for x in ("18 đại lý", "Chuỗi siêu thị", "Nhà hàng", "Bán trực tuyến")) == chai[0],
            "channels = 2027 output")
    p.has("520.244.000 đồng/năm", "2.000 triệu : (520,2 triệu + 150 triệu khấu hao) ≈ 3 năm", "65.000 đồng/chai",
          "110.000 đồng/can", "tổng 55.000 kg cá cơm/năm", "tổng sức chứa 60.000 kg cá", "TCCS 02:2026/LH",
          "tự công bố sản phẩm", "Cục Sở hữu trí tuệ", "đăng ký môi trường", "mã lô",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    ready_common(p)
    return p


def dg03() -> Plan:
    p = Plan("dg03_chieu_coi_thach_hoi_tht")
    rv = p.part("Bảng 3.", "# 11.")
    d, s, t = rv.row("Chiếu đôi 1,6"), rv.row("Chiếu đơn 1,2"), rv.row("Thảm cói tròn")
    rd, rs, rt, rev = rv.row("Chiếu đôi –"), rv.row("Chiếu đơn –"), rv.row("Thảm cói –"), rv.row("Tổng doanh thu")
    for y in Y:  # nghìn đồng
        p.check(rd[y] == d[y] * 180 and rs[y] == s[y] * 130 and rt[y] == t[y] * 45 and rev[y] == rd[y] + rs[y] + rt[y], f"revenue {y}")
        p.check(d[y] + s[y] <= 14 * 3 * 280, f"14 looms × 3 × 280 = 11.760 {y}")
    growth(p, rev, "revenue")
    p.check(close(rev[0] / 1450000, 1.138, 0.01) and d[0] + s[0] == 9000 and 8000 <= 10 * 3 * 280, "+13,8 % on 2026; old looms covered 8.000")
    raw = p.part("# 7.", "# 8.")
    for y in Y:
        r = raw.row(f"{2027 + y} |", 5)
        p.check(r[:3] == [d[y], s[y], t[y]] and close(r[3], d[y] * 2.5 + s[y] * 1.8 + t[y] * 0.4) and r[3] <= r[4] == 9 * 3500,
                f"sedge need ≤ 31.500 {y}")
    c1 = p.part("Bảng 5. Chi phí", "Bảng 5 (tiếp)")
    c2 = p.part("Bảng 5 (tiếp)", "Bảng 6.")
    a = [c1.row(x) for x in ("Cói khô", "Sợi đay", "Tiền công dệt", "Túi, hộp", "Điện, nước")]
    b = [c2.row(x) for x in ("Khấu hao", "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý", "Thuế GTGT")]
    cost = c2.row("Tổng cộng chi phí")
    for y in Y:
        coi = d[y] * 2.5 + s[y] * 1.8 + t[y] * 0.4
        p.check(close(a[0][y], coi * 15) and close(a[1][y], (d[y] + s[y]) * 8 + t[y] * 3)
                and close(a[2][y], d[y] * 60 + s[y] * 45 + t[y] * 15) and close(a[3][y], (d[y] + s[y]) * 5 + t[y] * 2)
                and a[4][y] == 2000 * 12, f"cost lines (part 1) {y}")
        p.check(b[0][y] == 600000 / 8 and close(b[1][y], [200000, 100000, 0][y] * 0.07) and close(b[2][y], rev[y] * 0.05)
                and b[3][y] == 3000 * 12 and close(b[4][y], rev[y] * 0.045), f"cost lines (tiếp) {y}")
        p.check(close(cost[y], lines_sum(a, y) + lines_sum(b, y)), f"total over both parts {y}")
    rs = p.part("Bảng 6.", "# 13.")
    pro = rs.row("Lợi nhuận")
    p.check(rs.row("Doanh thu") == rev and rs.row("Tổng chi phí") == cost, "result = tables")
    results(p, rev, cost, pro)
    inv = p.part("Bảng 4.", "# 12.")
    items = [inv.row(f"{i} |", 1)[0] for i in range(1, 7)]
    p.check(sum(items[:4]) == inv.one("Cộng tài sản cố định") == 600000 and sum(items) == inv.one("Tổng cộng") == 900000
            == inv.one("Nguồn: vốn góp") + inv.one("Nguồn: vay"), "investment 900.000 = 700.000 + 200.000")
    avg = sum(pro) / 3
    p.check(close(avg, 389800, 0.001) and close(900000 / (avg + 75000), 1.9, 0.02), "average, payback 1,9")
    ch = p.part("# 6.", "Giá chiếu cói")
    p.check(ch.row("Cộng", 2) == [d[0] + s[0], t[0]], "channels = 2027 output")
    p.has("180.000 đồng/chiếc", "130.000 đồng/chiếc", "45.000 đồng/chiếc", "tổng 31.500 kg", "công suất 11.760 chiếc/năm",
          "900.000 : (389.800 + 75.000) ≈ 1,9 năm", "TCCS 01:2026/THTTH", "Cục Sở hữu trí tuệ", "đăng ký môi trường",
          "không thuộc diện cấp giấy chứng nhận an toàn thực phẩm", "mã số thuế 3002309457")
    ready_common(p)
    return p


def dg04() -> Plan:
    p = Plan("dg04_che_xanh_khe_giao_hkd")
    pr = p.part("# Chương X.", "# Chương XI.")
    rows = [pr.row(f"{2027 + y} |", 5) for y in Y]  # gói, hộp, kg, búp tươi, doanh thu
    g, h, kg, fresh, rev = ([r[i] for r in rows] for i in range(5))
    for y in Y:  # đồng
        p.check(kg[y] == g[y] * 0.2 + h[y] * 0.5 and fresh[y] == kg[y] * 5 and fresh[y] <= 6000 + 6000
                and fresh[y] <= 30 * 6 * 200 and rev[y] == g[y] * 60000 + h[y] * 160000, f"kg, leaf, revenue {y}")
    growth(p, rev, "revenue")
    p.check(close(kg[0] / 1500, 1.133, 0.01) and close(rev[0] / 460e6, 1.139, 0.01), "+13 % on 2026")
    ct = p.part("1. Chi phí sản xuất", "2. Kết quả")
    lines = [ct.row(x) for x in ("Búp chè tươi", "Gói, hộp", "Củi, điện", "Tiền công", "Khấu hao", "Lãi vay", "Bán hàng",
                                  "Thuế GTGT", "Kiểm nghiệm")]
    cost = ct.row("Tổng chi phí")
    for y in Y:
        p.check(lines[0][y] == fresh[y] * 12000 and lines[1][y] == g[y] * 4000 + h[y] * 12000 and lines[2][y] == kg[y] * 8000
                and lines[3][y] == (2 * 5e6 + 2 * 4e6) * 12 and lines[4][y] == 25e6 and lines[5][y] == [100e6, 50e6, 0][y] * 0.09
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], rev[y] * 0.045) and lines[8][y] == 10e6, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
    rs = p.part("2. Kết quả kinh doanh", "3. Thời gian")
    res = [rs.row(f"{2027 + y} |", 3) for y in Y]
    for y in Y:
        p.check(res[y][0] == rev[y] and res[y][1] == cost[y] and close(res[y][2], rev[y] - cost[y]), f"result row {y}")
        p.has(f"| {res[y][2] / rev[y] * 100:.1f} % |".replace(".", ","))
    avg = sum(r[2] for r in res) / 3
    p.check(close(avg, 108.1e6, 0.001) and round(300 / (108.1 + 25), 1) == 2.3, "average, payback 2,3")
    p.check(180 + 70 + 20 + 30 == 300 == 200 + 100, "investment 300 = 200 + 100")
    cal = p.part("3. Lịch sản xuất", "# Chương IX.")
    dry, leaf = cal.row("Chè khô (kg)", 10), cal.row("Búp tươi (kg)", 10)
    p.check(sum(dry[:9]) == dry[9] == kg[0] and sum(leaf[:9]) == leaf[9] == fresh[0]
            and all(close(l_, d_ * 5) for l_, d_ in zip(leaf, dry)), "calendar sums, 5 kg/kg")
    ch = p.part("# Chương VI.", "3. Giá")
    p.check(ch.row("Cộng", 2) == [g[0], h[0]], "channels = 2027 output")
    p.has("60.000 đồng/gói", "160.000 đồng/hộp", "Tổng nguồn 12.000 kg búp tươi/năm", "36.000 kg búp tươi",
          "300 triệu : (108,1 triệu + 25 triệu khấu hao) ≈ 2,3 năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2026/TVL", "tự công bố sản phẩm", "Cục Sở hữu trí tuệ", "mã lô", "05/2025/NĐ-CP", "28E8004517")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def dg05() -> Plan:
    p = Plan("dg05_mam_tom_xuan_yen_htx")
    pr = p.part("# 10.", "# 11.")
    hu, can, kg = pr.row("Mắm tôm hũ 500 g", 4), pr.row("Mắm tôm can 5 kg", 4), pr.row("Tổng sản lượng", 4)
    for y in range(4):
        p.check(kg[y] == hu[y] * 0.5 + can[y] * 5, f"kg {y}")
    hu, can, kg = hu[1:], can[1:], kg[1:]
    raw = p.part("# 7.", "# 8.")
    tom, muoi, hd = raw.row("Tôm moi tươi cần"), raw.row("Muối hạt cần"), raw.row("Tôm moi theo hợp đồng")
    for y in Y:
        p.check(close(tom[y], kg[y] * 1.1) and close(muoi[y], kg[y] * 0.2) and tom[y] <= hd[y] == 30000
                and kg[y] <= 60 * 300 + 10 * 2000, f"raw material, vats {y}")
    cal = p.part("Kế hoạch thu mua năm 2027", "Hợp tác xã ứng trước")
    p.check(sum(cal.row("Tôm moi thu mua", 5)[:4]) == cal.row("Tôm moi thu mua", 5)[4] == tom[0]
            and sum(cal.row("Muối hạt", 5)[:4]) == cal.row("Muối hạt", 5)[4] == muoi[0], "purchase calendar")
    fin = p.part("# 12.", "Lợi nhuận sau thuế bình quân")
    rev, rh, rc = fin.row("Doanh thu"), fin.row("Mắm tôm hũ 500 g (40.000"), fin.row("Mắm tôm can 5 kg (300.000")
    lines = [fin.row(x) for x in ("Tôm moi tươi (20.000", "Muối hạt (3.000", "Hũ thủy tinh", "Tiền lương", "Điện, nước",
                                   "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost = fin.row("Chi phí |")
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(close(rc[y], can[y] * 0.3) and close(rev[y], rh[y] + rc[y]), f"revenue total = rows {y}")
        p.check(close(lines[0][y], tom[y] * 0.02) and close(lines[1][y], muoi[y] * 0.003)
                and close(lines[2][y], hu[y] * 0.004 + can[y] * 0.02) and lines[3][y] == 6 * 6 * 12 and lines[4][y] == 20
                and lines[5][y] == 600 / 10 and lines[6][y] == [300, 200, 100][y] * 0.08 and lines[7][y] == [60, 65, 70][y]
                and lines[8][y] == 40, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
    results(p, rev, cost, pre, tax, post, 0.15)
    for y in (0, 2):
        p.check(close(rh[y], hu[y] * 0.04), f"hũ revenue right {y}")
    true = hu[1] * 0.04
    p.check(true == 1120 and rh[1] == 1200 and off(rh[1], true), "PLANTED 2028 hũ 1.200 != 28.000 × 40.000 đ = 1.120 (+7,1 %)")
    p.check(off(rev[1], true + rc[1]) and close(true + rc[1], 1525), "PLANTED knock-on: revenue 1.605 vs true 1.525 (+5,2 %)")
    growth(p, rev, "stated revenue")
    p.check(close(rev[0] / 1200, 1.133, 0.01), "+13 % on 2026")
    avg = sum(post) / 3
    tpost = [post[0], (true + rc[1] - cost[1]) * 0.85, post[2]]
    tavg = sum(tpost) / 3
    p.check(close(avg, 264.1, 0.001) and close(900 / (avg + 60), 2.8, 0.01), "stated 2,8 years")
    p.check(close(900 / (tavg + 60), 2.99, 0.01) and off(2.8, 900 / (tavg + 60)), "tolerated knock-on: truly 3,0 years")
    inv = p.part("# 11.", "# 12.")
    items = [inv.row(f"{i} |", 1)[0] for i in range(1, 6)]
    p.check(sum(items[:3]) == inv.one("Cộng tài sản cố định") == 600 and sum(items) == inv.one("Tổng vốn đầu tư") == 900
            == inv.one("Trong đó: vốn góp") + inv.one("Vay Ngân hàng"), "investment 900 = 600 + 300")
    ch = p.part("# 6.", "Giá mắm tôm hũ")
    p.check(ch.row("Cộng", 2) == [hu[0], can[0]], "channels = 2027 output")
    p.has("(154,6 + 309,4 + 328,3) : 3 ≈ 264,1", "900 : (264,1 + 60) ≈ 2,8 năm", "40.000 đồng/hũ", "300.000 đồng/can",
          "tổng 30.000 kg/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2027/XY", "Cục Sở hữu trí tuệ")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\bQR\b|\btem\b", "PLANTED no label or labelling plan")
    p.lacks(r"môi trường|nước thải|xử lý|bể lắng|khử mùi|thoát mùi|mùi hôi|khí thải|\brác\b|chất thải|\bbã\b|vệ sinh", "PLANTED no environmental measure")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dg06() -> Plan:
    p = Plan("dg06_banh_da_vung_thien_loc_cty")
    rv = p.part("## IV. Kế hoạch", "# Đ.")
    tui, buon = triples(rv.row("Bánh đa vừng túi 10", 9)), triples(rv.row("Bánh đa vừng bán buôn", 9))
    tot = rv.row("Tổng doanh thu", 3)
    kg = [tui[y][0] * 0.5 + buon[y][0] for y in Y]
    rev = [tui[y][2] + buon[y][2] for y in Y]
    for y in Y:
        p.check(close(tui[y][2], tui[y][0] * 0.035) and close(buon[y][2], buon[y][0] * 0.06) and tot[y] == rev[y], f"revenue {y}")
    p.check(kg == [42000, 48000, 54000], "output 42 / 48 / 54 tấn")
    growth(p, rev, "revenue")
    growth(p, kg, "output")
    p.check(close(kg[0] / 37000, 1.135, 0.01) and close(37000 / (160 * 280), 0.83, 0.01), "+13,5 % on 2026, 83 % of the line")
    raw = p.part("## I. Nguồn nguyên liệu", "## II.")
    g, v = raw.row("Gạo tẻ"), raw.row("Vừng đen")
    for y in Y:
        p.check(close(g[y], kg[y] * 1.2) and g[y] <= 70000 and close(v[y], kg[y] * 0.08) and v[y] <= 5000, f"rice, sesame {y}")
    cap = 160 * 280
    p.check(kg[0] <= cap, "2027 within the line")
    p.check(off(kg[1], cap) and off(kg[2], cap) and close(kg[1] / cap, 1.071, 0.01) and close(kg[2] / cap, 1.205, 0.01),
            "PLANTED capacity: 48.000 / 54.000 kg against 160 × 280 = 44.800 (+7,1 % / +20,5 %)")
    p.has("công suất 160 kg bánh/ngày, làm việc 280 ngày/năm, đáp ứng đủ kế hoạch")
    p.check(p.part("## III. Lao động", "## IV.").row("Cộng", 1)[0] == 12, "12 workers, no more")
    p.lacks(r"dây chuyền (tráng|mới) (thứ hai|thứ 2)|thêm (1|một) dây chuyền|tuyển thêm", "no second line or extra workers")
    ch = p.part("## II. Kênh phân phối", "# D.")
    names = ("Nhà phân phối", "Chuỗi siêu thị", "Cửa hàng đặc sản", "Quán ăn", "Bán trực tuyến")
    sums = [sum(ch.row(x, 3)[y] for x in names) for y in Y]
    stated = ch.row("Cộng", 3)
    p.check(sums == kg and stated[0] == sums[0] and stated[2] == sums[2], "channel rows = output; 2027 and 2029 totals right")
    p.check(stated[1] == 52000 and sums[1] == 48000 and off(stated[1], sums[1]),
            "PLANTED table total: 2028 'Cộng' 52.000 != 48.000 (+8,3 %)")
    ct = p.part("Bảng chi phí", "Bảng kết quả")
    lines = [ct.row(f"{i} |") for i in range(1, 10)]
    cost = ct.row("Tổng chi phí")
    for y in Y:
        p.check(close(lines[0][y], g[y] * 0.015) and close(lines[1][y], v[y] * 0.06)
                and close(lines[2][y], tui[y][0] * 0.002 + buon[y][0] * 0.0005) and close(lines[3][y], kg[y] * 0.003)
                and lines[4][y] == 12 * 6 * 12 and lines[5][y] == 80 and lines[6][y] == [500, 375, 250][y] * 0.08
                and close(lines[7][y], rev[y] * 0.05) and lines[8][y] == 60, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
    rs = p.part("Bảng kết quả", "Lợi nhuận sau thuế bình quân")
    pre, tax, post = rs.row("Lợi nhuận trước thuế"), rs.row("Thuế TNDN", 3), rs.row("Lợi nhuận sau thuế")
    results(p, rev, cost, pre, tax, post, [0.15 if r <= 3000 else 0.17 for r in rev])
    inv = p.part("## I. Tổng vốn", "## II. Hiệu quả")
    items = [inv.row(f"{i} |", 1)[0] for i in range(1, 7)]
    p.check(sum(items[:4]) == inv.one("Cộng tài sản cố định") == 800 and sum(items) == inv.one("Tổng cộng") == 1200 == 700 + 500,
            "investment 1.200 = 700 + 500")
    avg = sum(post) / 3
    p.check(close(avg, 537.0, 0.001) and round(1200 / (537 + 80), 1) == 1.9, "average, payback 1,9")
    p.has("35.000 đồng/túi", "60.000 đồng/kg", "1.200 : (537 + 80) ≈ 1,9 năm", "Tổng vốn đầu tư 1,2 tỷ đồng",
          "70 tấn/năm", "5 tấn/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/TL",
          "Nghị định số 43/2017/NĐ-CP", "mã lô", "đăng ký môi trường")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ (nhãn|thương|sở hữu|quyền)|\blogo\b|văn bằng|chỉ dẫn địa lý", "PLANTED no trademark or IP plan")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dg07() -> Plan:
    p = Plan("dg07_tinh_bot_nghe_huong_tra_hkd")
    rv = p.part("# Kế hoạch sản xuất và doanh thu", "# Vốn đầu tư")
    hu, tui, kg = rv.row("Tinh bột nghệ hũ 100 g"), rv.row("Tinh bột nghệ túi 500 g"), rv.row("Tổng tinh bột nghệ")
    rh, rt = rv.row("Thành tiền", 3, 0), rv.row("Thành tiền", 3, 1)
    rev = rv.row("Tổng doanh thu")
    for y in Y:  # nghìn đồng
        p.check(kg[y] == hu[y] * 0.1 + tui[y] * 0.5 and rh[y] == hu[y] * 70 and rt[y] == tui[y] * 320
                and rev[y] == rh[y] + rt[y], f"kg, revenue {y}")
    growth(p, rev, "revenue")
    p.check(close(rev[0] / 290000, 1.166, 0.01) and close(kg[0] / 440, 1.136, 0.01), "+16,6 % revenue, +13,6 % kg on 2026")
    raw = p.part("# Nguồn nguyên liệu", "# Quy trình")
    for y in Y:
        r = raw.row(f"{2027 + y} |", 2)
        p.check(r[0] == kg[y] and r[1] == kg[y] * 60 and r[1] <= 2 * 15000 + 12000 and r[1] <= 3 * 15000 + 12000
                and r[1] <= 200 * 4 * 100, f"turmeric need within either field size and the grinder {y}")
    cal = p.part("Lịch chế biến năm 2027", "Tháng cao điểm")
    tb, nt = cal.row("Tinh bột nghệ (kg)", 8), cal.row("Nghệ tươi chế biến", 8)
    p.check(sum(tb[:7]) == tb[7] == kg[0] and sum(nt[:7]) == nt[7] == kg[0] * 60 and all(a == b * 60 for a, b in zip(nt, tb)),
            "calendar sums, 60 kg/kg")
    ct = p.part("Bảng chi phí", "Bảng kết quả")
    v = [ct.row(f"{i} |") for i in range(1, 5)]
    fx = [ct.row(f"{i} |") for i in range(5, 9)]
    c1, c2, cost = ct.row("Cộng I"), ct.row("Cộng II"), ct.row("Tổng cộng")
    for y in Y:
        p.check(v[0][y] == kg[y] * 60 * 2.5 and v[1][y] == hu[y] * 5 + tui[y] * 8 and v[2][y] == kg[y] * 40
                and close(v[3][y], rev[y] * 0.045), f"variable lines {y}")
        p.check(fx[0][y] == 2 * 4000 * 10 and fx[1][y] == 150000 / 10 and fx[2][y] == [100000, 50000, 0][y] * 0.08
                and fx[3][y] == 1000 * 12, f"fixed lines {y}")
        p.check(close(c1[y], lines_sum(v, y)) and close(c2[y], lines_sum(fx, y)) and close(cost[y], c1[y] + c2[y]), f"subtotals {y}")
    rs = p.part("Bảng kết quả", "Lợi nhuận bình quân")
    res = [rs.row(f"{2027 + y} |", 4) for y in Y]  # years as rows: kg, revenue, cost, profit
    for y in Y:
        p.check(res[y][0] == kg[y] and res[y][1] == rev[y] and res[y][2] == cost[y], f"result row {y}")
    p.check(close(res[0][3], rev[0] - cost[0]) and close(res[2][3], rev[2] - cost[2]), "2027 and 2029 profit right")
    true = rev[1] - cost[1]
    p.check(close(true, 127886) and res[1][3] == 167886 and off(res[1][3], true),
            "PLANTED 2028 profit 167.886 != 385.200 − 257.314 = 127.886 (+31,3 %)")
    stated = sum(r[3] for r in res) / 3
    tavg = (res[0][3] + true + res[2][3]) / 3
    p.check(close(stated, 141219.3, 0.0001) and close(200000 / (stated + 15000), 1.3, 0.02), "stated 1,3 years")
    p.check(close(200000 / (tavg + 15000), 1.40, 0.01) and off(1.3, 200000 / (tavg + 15000)), "tolerated knock-on: truly 1,4 years")
    inv = p.part("# Vốn đầu tư", "# Hiệu quả")
    items = [inv.row(f"{i} |", 1)[0] for i in range(1, 7)]
    p.check(sum(items[:4]) == inv.one("Cộng tài sản cố định") == 150000 and sum(items) == inv.one("Tổng cộng") == 200000
            == inv.one("Vốn tự có", ) + inv.row("Vay Ngân hàng", 1)[0], "investment 200.000 = 100.000 + 100.000")
    ch = p.part("# Thị trường tiêu thụ", "Giá tinh bột")
    p.check(ch.row("Cộng", 2) == [hu[0], tui[0]], "channels = 2027 output")
    p.has("Gia đình có vườn nghệ 2 ha", "Vùng nguyên liệu là vườn nghệ 2 ha của gia đình", "Vườn nghệ của gia đình 3 ha")
    p.check(p.count("3 ha") == 1 and off(3, 2), "PLANTED figure-inconsistent: 2 ha vs 3 ha, same field")
    p.has("70.000 đồng/hũ", "320.000 đồng/túi", "200.000 : (141.219,3 + 15.000) ≈ 1,3 năm", "TCCS 01:2027/NT",
          "tự công bố chất lượng", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "28F8003196")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|đủ điều kiện|sức khỏe|15/2018|55/2010|cam kết sản xuất|"
            r"HACCP|ISO 22000|GMP|tập huấn", "PLANTED no food-safety certificate, commitment or plan")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dg08() -> Plan:
    p = Plan("dg08_dau_lac_gia_hanh_tht")
    pr = p.part("Bảng 4.", "# PHẦN XI")
    c1l, c05, lit, kho, lac = (pr.row(x, 4) for x in ("Dầu lạc chai 1 lít", "Dầu lạc chai 500 ml", "Tổng dầu lạc",
                                                      "Khô dầu lạc", "Lạc nhân cần dùng"))
    for y in range(4):
        p.check(lit[y] == c1l[y] + c05[y] * 0.5 and kho[y] == lit[y] * 1.5 and lac[y] == lit[y] * 2.5, f"litres, cake, kernels {y}")
        p.check(lac[y] <= 50 * 6 * 250, f"press capacity {y}")
    c1l, c05, lit, kho, lac = c1l[1:], c05[1:], lit[1:], kho[1:], lac[1:]
    supply = 14 * 1800
    p.check(lac[0] <= supply, "2027 kernels within supply")
    p.check(off(lac[1], supply) and off(lac[2], supply) and close(lac[1] / supply, 1.111, 0.01) and close(lac[2] / supply, 1.230, 0.01),
            "PLANTED material shortfall: 28.000 / 31.000 kg against 14 × 1.800 = 25.200 (+11,1 % / +23,0 %)")
    p.has("tổng khoảng 25.200 kg lạc nhân/năm", "đủ nguyên liệu cho cả giai đoạn 2027 – 2029")
    p.lacks(r"mua (thêm|ngoài)|liên kết với|hợp đồng mua lạc|nhập thêm", "no other kernel source")
    fin1 = p.part("Bảng 7. Doanh thu", "Bảng 7 (tiếp)")
    fin2 = p.part("Bảng 7 (tiếp)", "Lợi nhuận bình quân")
    rev, r1l, r05, rk, cost = (fin1.row(x) for x in ("Doanh thu", "Dầu lạc chai 1 lít", "Dầu lạc chai 500 ml", "Khô dầu lạc", "Chi phí |"))
    a = [fin1.row(x) for x in ("Lạc nhân", "Chai, nắp", "Điện")]
    b = [fin2.row(f"{i} |") for i in range(4, 10)]
    pro = fin2.row("Lợi nhuận")
    for y in Y:
        p.check(close(r1l[y], c1l[y] * 0.14) and close(r05[y], c05[y] * 0.075) and close(rk[y], kho[y] * 0.01)
                and close(rev[y], r1l[y] + r05[y] + rk[y]), f"revenue {y}")
        p.check(close(a[0][y], lac[y] * 0.03) and close(a[1][y], c1l[y] * 0.006 + c05[y] * 0.004) and close(a[2][y], lit[y] * 0.002)
                and b[0][y] == 5 * 5 * 12 and b[1][y] == 60 and b[2][y] == [300, 200, 100][y] * 0.08
                and close(b[3][y], rev[y] * 0.05) and b[4][y] == 30 and close(b[5][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(a, y) + lines_sum(b, y)) and close(pro[y], rev[y] - cost[y]), f"cost over both parts, profit {y}")
    growth(p, rev, "revenue")
    p.check(close(rev[0] / 1390, 1.129, 0.01), "+13 % on 2026")
    avg = sum(pro) / 3
    p.check(close(avg, 251.0, 0.001) and close(1000 / (avg + 60), 3.2, 0.02), "average 251, payback 3,2")
    inv = p.part("Bảng 5. Nhu cầu", "Bảng 6.")
    items = [inv.row(f"{i} |", 1)[0] for i in range(1, 7)]
    total = inv.one("Tổng vốn đầu tư")
    p.check(sum(items[:4]) == inv.one("Cộng tài sản cố định") == 600 and sum(items) == total == 1000, "items = 1.000")
    src = p.part("Bảng 6. Nguồn vốn", "# PHẦN XII")
    s = [src.row(f"{i} |", 1)[0] for i in (1, 2)]
    p.check(sum(s) == src.row("Cộng", 1)[0] == 900 and off(900, total), "PLANTED capital: sources 600 + 300 = 900 != 1.000 (−10 %)")
    p.has("Tổng vốn đầu tư của phương án 1.000 triệu đồng; các nguồn vốn trên đáp ứng đủ nhu cầu vốn")
    ch = p.part("# PHẦN VI", "Khô dầu bán")
    p.check(ch.row("Cộng", 2) == [c1l[0], c05[0]], "channels = 2027 output")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "Luật Hợp tác xã năm 2012", "cấp huyện", "tháng 02 năm 2027")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|Luật Hợp tác xã năm 2023", "PLANTED outdated-policy: the current instruments are not cited")
    p.has("140.000 đồng/chai", "75.000 đồng/chai", "1.000 : (251 + 60) ≈ 3,2 năm", "TCCS 01:2027/GH", "Cục Sở hữu trí tuệ",
          "mã lô", "cam kết sản xuất thực phẩm an toàn", "mã số thuế 3002251487")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dg09() -> Plan:
    p = Plan("dg09_nuoc_cam_ep_vu_quang_cty")
    rv = p.part("## 7.1.", "## 7.2.")
    a, b = triples(rv.row("Nước cam ép chai 330 ml", 9)), triples(rv.row("Nước cam ép chai 1 lít", 9))
    tot = rv.row("Cộng doanh thu", 3)
    rev = [a[y][2] + b[y][2] for y in Y]
    lit = [a[y][0] * 0.33 + b[y][0] for y in Y]
    for y in Y:
        p.check(close(a[y][2], a[y][0] * 0.028) and close(b[y][2], b[y][0] * 0.07) and tot[y] == rev[y], f"revenue {y}")
    p.check(close(rev[0] / 2191, 1.15, 0.01), "2027 +15 % on 2026")
    p.check(rev[1] / rev[0] == 2 and rev[2] / rev[1] == 1.75 and close(lit[2] / lit[0], 3.5),
            "PLANTED unrealistic growth: ×2 then ×1,75 (output ×3,5)")
    p.check(p.part("## 8.3.", "# 9.").row("Cộng", 1)[0] == 10, "10 workers throughout")
    p.has("không thay đổi trong 3 năm", "Năm 2028 và 2029 công ty tiếp tục bán qua các kênh trên",
          "Thị trường nước ép còn rất lớn")
    p.lacks(r"(ký|thêm) (hợp đồng|đại lý|nhà phân phối) (mới|thêm)|mở (thêm|rộng) (thị trường|kênh)|tuyển thêm|xuất khẩu",
            "no new contract, channel or worker behind the growth")
    raw = p.part("## 8.1.", "## 8.2.")
    for y in Y:
        r = raw.row(f"{2027 + y} |", 3)
        p.check(close(r[0], lit[y]) and close(r[1], lit[y] * 2) and r[1] <= r[2] == 300000 and lit[y] <= 500 * 8 * 250,
                f"oranges within 300 tấn; line 1.000.000 lít {y}")
    ct = p.part("## 7.2.", "ĐVT: triệu đồng\n\n| TT | Chỉ tiêu")
    lines = [ct.row(f"{i} |") for i in range(1, 9)]
    cost = ct.row("Tổng chi phí")
    for y in Y:
        p.check(close(lines[0][y], lit[y] * 2 * 0.008) and close(lines[1][y], a[y][0] * 0.003 + b[y][0] * 0.006)
                and close(lines[2][y], lit[y] * 0.003) and lines[3][y] == 10 * 6.5 * 12 and lines[4][y] == 200
                and lines[5][y] == [1000, 750, 500][y] * 0.08 and close(lines[6][y], rev[y] * 0.08) and lines[7][y] == 120,
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
    rs = p.part("| 1 | Doanh thu", "Lợi nhuận sau thuế bình quân")
    pre, tax, post = rs.row("Lợi nhuận trước thuế"), rs.row("Thuế TNDN", 3), rs.row("Lợi nhuận sau thuế")
    results(p, rev, cost, pre, tax, post, [0.15 if r <= 3000 else 0.17 for r in rev])
    avg = sum(post) / 3
    true = 3000 / (avg + 200)
    p.check(close(avg, 1668.6, 0.001) and close(true, 1.61, 0.01) and off(1.2, true),
            "PLANTED payback 1,2 years != 3.000 : (1.668,6 + 200) = 1,6 (+34 %)")
    p.has("3.000 : (1.668,6 + 200) ≈ 1,2 năm")
    inv = p.part("## 9.1.", "## 9.2.")
    items = [inv.row(f"{i} |", 1)[0] for i in range(1, 6)]
    p.check(sum(items[:3]) == inv.one("Cộng tài sản cố định") == 2000 and sum(items) == inv.one("Tổng cộng") == 3000 == 2000 + 1000,
            "investment 3.000 = 2.000 + 1.000")
    ch = p.part("## 6.1.", "## 6.2.")
    p.check(ch.row("Cộng", 2) == [a[0][0], b[0][0]], "channels = 2027 output")
    p.check(p.count("Công ty Cổ phần Thực phẩm Hồng Lĩnh") == 2 and p.count("Công ty Cổ phần Nông sản Ngàn Trươi") == 1,
            "PLANTED name-inconsistent: another company's name in 9.2 and 11")
    p.has("28.000 đồng/chai", "70.000 đồng/chai", "tổng 300.000 kg cam/năm", "Tổng vốn đầu tư 3 tỷ đồng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/NT", "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dg10() -> Plan:
    p = Plan("dg10_banh_ram_thach_long_htx")
    pr = p.part("# X. Kế hoạch", "# XI.")
    hop, tui, pcs, nep, nhan = (pr.row(x, 4) for x in ("Bánh ram chiên sẵn hộp", "Bánh ram sống cấp đông túi", "Tổng số bánh",
                                                       "Gạo nếp cần", "Nhân đỗ xanh"))
    for y in range(4):
        p.check(pcs[y] == hop[y] * 10 + tui[y] * 50 and nep[y] == pcs[y] * 0.025 and nhan[y] == pcs[y] * 0.01
                and pcs[y] <= 14 * 250 * 300 and nep[y] <= 10 * 4000, f"pieces, rice, capacity {y}")
    hop, tui, pcs, nep, nhan = hop[1:], tui[1:], pcs[1:], nep[1:], nhan[1:]
    q = p.part("Sản lượng phân bổ theo mùa", "Nặn bánh là")
    p.check(sum(q.row("Bánh chiên sẵn", 5)[:4]) * 1000 == hop[0] * 10 and sum(q.row("Bánh sống", 5)[:4]) * 1000 == tui[0] * 50
            and sum(q.row("Cộng", 5)[:4]) * 1000 == pcs[0] and max(q.row("Cộng", 5)[:4]) * 1000 <= 14 * 250 * 75, "quarters")
    rv = p.part("# XI.", "# XII.")
    rh, rt, rev = rv.row("Bánh ram hộp 10"), rv.row("Bánh ram sống túi 50"), rv.row("Tổng doanh thu")
    for y in Y:
        p.check(close(rh[y], hop[y] * 0.035) and close(rt[y], tui[y] * 0.12) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
    growth(p, rev, "revenue")
    p.check(close(rev[0] / 1884, 1.125, 0.01), "+12,5 % on 2026")
    ct = p.part("1. Chi phí", "2. Kết quả")
    v = [ct.row(f"{i} |") for i in range(1, 5)]
    fx = [ct.row(f"{i} |") for i in range(5, 10)]
    c1, c2, cost = ct.row("Cộng I"), ct.row("Cộng II"), ct.row("Tổng cộng")
    for y in Y:
        p.check(close(v[0][y], nep[y] * 0.02) and close(v[1][y], nhan[y] * 0.03) and close(v[2][y], pcs[y] * 0.00015)
                and close(v[3][y], hop[y] * 0.003 + tui[y] * 0.004), f"variable lines {y}")
        p.check(fx[0][y] == 14 * 5 * 12 and fx[1][y] == 50 and fx[2][y] == [300, 200, 100][y] * 0.08 and fx[3][y] == 60
                and fx[4][y] == 50, f"fixed lines {y}")
        p.check(close(c1[y], lines_sum(v, y)) and close(c2[y], lines_sum(fx, y)) and close(cost[y], c1[y] + c2[y]), f"subtotals {y}")
    rs = p.part("2. Kết quả", "Lợi nhuận sau thuế bình quân")
    pre, tax, post = rs.row("Lợi nhuận trước thuế"), rs.row("Thuế TNDN"), rs.row("Lợi nhuận sau thuế")
    results(p, rev, cost, pre, tax, post, 0.15)
    avg = sum(post) / 3
    p.check(close(avg, 387.1, 0.001) and close(900 / (avg + 50), 2.1, 0.02), "average, payback 2,1")
    inv = p.part("# XII.", "# XIII.")
    items = [inv.row(f"{i} |", 1)[0] for i in range(1, 7)]
    p.check(sum(items[:4]) == inv.one("Cộng tài sản cố định") == 500 and sum(items) == inv.one("Tổng cộng") == 900
            == inv.one("Nguồn: vốn góp") + inv.one("Nguồn: vay"), "investment 900 = 600 + 300")
    market = p.body.split("# VI. Thị trường tiêu thụ", 1)[1].split("# VII.", 1)[0]
    p.check(not re.search(r"\d", market) and not re.search(r"giá|đồng|khách|kênh|đại lý|cửa hàng|siêu thị|\bbán\b|đối thủ",
                                                         market, re.I), "PLANTED the market section has no number, price, customer or channel")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|bán tại|thương lái|nhà phân phối|phân phối|"
            r"facebook|zalo|shopee|tiktok|thương mại điện tử|trực tuyến|online|hội chợ|xuất khẩu|điểm bán|\bkênh\b|"
            r"giao hàng|hợp đồng (bán|tiêu thụ|cung cấp)", "PLANTED no sales channel anywhere")
    p.lacks(r"TCCS|tiêu chuẩn|công bố|kiểm nghiệm|QCVN|TCVN|quy chuẩn|hợp chuẩn|hợp quy", "PLANTED no product standard")
    p.lacks(r"kiểm soát chất lượng|kiểm tra chất lượng|kiểm soát nội bộ|truy xuất|mã lô|\blô\b|lưu mẫu|sổ ghi|ghi sổ|\bQR\b|"
            r"HACCP|ISO", "PLANTED no quality control or traceability")
    p.has("35.000 đồng/hộp", "120.000 đồng/túi", "tổng khoảng 40.000 kg", "900 : (387,1 + 50) ≈ 2,1 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "đăng ký môi trường")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("dg11_non_la_phu_viet_so_sai")
    a.check(3000 * 60000 == 180e6, "3.000 chiếc × 60.000 = 180 triệu")
    a.has("khoảng 3.000 chiếc nón", "60.000 đồng/chiếc", "khoảng 180 triệu đồng", "2 mối buôn", "28H8002473")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"tiêu chuẩn|công bố|nhãn|nhãn hiệu|sở hữu trí tuệ|môi trường|nước thải|truy xuất|sổ ghi|kiểm tra|"
            r"vốn đầu tư|chi phí|lợi nhuận|máy|quy trình", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dg12_che_vang_son_kim_so_sai")
    b.check(500 * 150000 == 75e6, "500 kg × 150.000 = 75 triệu")
    b.has("khoảng 500 kg chè vằng khô", "150.000 đồng/kg", "khoảng 75 triệu đồng", "cửa hàng thuốc nam ở Vinh")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn|tiêu chuẩn|công bố|nhãn|môi trường|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận", "every tolerated gap is real; no capital, cost or profit")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (dg01, dg02, dg03, dg04, dg05, dg06, dg07, dg08, dg09, dg10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
