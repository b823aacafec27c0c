"""The hundred-and-twenty-fourth holdout set's own arithmetic, recomputed: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout124/arithmetic.py

For every plan: output = bags x kg a bag, area x yield x crops, trees x kg a tree, fruits bought;
grading shares (loại 1 / loại 2); output against the huts, net houses, greenhouses, packing lines
and husking machine (capacity); raw-material need (substrate, straw, sawdust, seed, organic
fertiliser, unshelled peanuts, members' fruit) against the stated supply; channel and customer
tables summing to the year's output; quarterly tables summing to the year; revenue = quantity x
price per grade, revenue total = its rows; each cost line = its stated norm (per bag, per kg,
per tree, % of revenue, wages = staff x wage x 12, depreciation = fixed assets / years, interest
= loan balance x rate); cost lines = total; profit = revenue - cost; tax; investment items =
total = capital sources; payback; year-on-year growth. Planted numeric defects are asserted
wrong by more than 5 % (with the true value computed) and every other number right within 1 %.
Table figures are read from the plan's source, each table looked up inside its own section;
figures quoted in running text are looked up verbatim. Textual defects are asserted through the
absence (or presence) of their words; ready plans cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no
replaced instrument; no plan keeps a template placeholder.
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

# Instruments replaced or lapsed before mid-2026, and the abolished district level.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|huyện Cẩm Xuyên")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def part(self, start: str, end: str | None = None) -> "Plan":
        """The same plan with its table rows cut to the text between two markers (failures shared)."""
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


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Cục Sở hữu trí tuệ")


def growth_ok(p: Plan, xs: list[float], what: str, cap: float = 1.2) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < cap, f"{what} growth {y}: {xs[y] / xs[y - 1]:.3f}")


def fin_check(p: Plan, rev, rows_rev, cost, lines, prof) -> None:
    for y in Y:
        p.check(close(rev[y], sum(r[y] for r in rows_rev)), f"revenue sum {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit {y}")


# --------------------------------------------------------------------------- ready plans

def du01() -> Plan:
    p = Plan("du01_nam_so_cam_binh_htx")
    pr = p.part("# Phần 9", "# Phần 10")
    bags, so, s1, s2, rom, tot = (pr.row("Bịch phôi"), pr.row("Nấm sò tươi"), pr.row("Nấm sò loại 1"),
                                  pr.row("Nấm sò loại 2"), pr.row("Nấm rơm tươi"), pr.row("Tổng sản lượng"))
    for y in Y:
        p.check(so[y] == bags[y] * 0.5 and s1[y] == so[y] * 0.8 and s2[y] == so[y] * 0.2
                and tot[y] == so[y] + rom[y], f"output {y}")
        p.check(bags[y] <= 5 * 5000 * 2 and rom[y] <= 400 * 8 * 2.5, f"huts 50.000 bịch, straw beds 8.000 kg {y}")
        p.check(bags[y] * 1.5 <= 80000 and rom[y] * 8 <= 120000, f"sawdust within 80 tấn, straw within 120 tấn {y}")
    q = p.part("Sản lượng năm 2027 theo quý", "# Phần 10")
    qs = [q.row(f"Quý {r} |", 3) for r in ("I", "II", "III", "IV")]
    yr = q.row("Cả năm", 3)
    p.check([sum(x[i] for x in qs) for i in range(3)] == yr == [so[0], rom[0], tot[0]]
            and all(x[0] + x[1] == x[2] for x in qs), "quarters sum to 2027")
    ch = p.part("## 5.1. Khách hàng", "## 5.2")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 5)) == ch.one("Cộng") == tot[0], "channels = 2027 output")
    org = p.part("# Phần 8", "# Phần 9")
    p.check(sum(org.one(f"{i} |") for i in range(1, 4)) == org.one("Cộng") == 6, "staff 6")
    fin = p.part("# Phần 11", "Lợi nhuận bình quân")
    rev, r1, r2, r3, cost, prof = (fin.row("Doanh thu |"), fin.row("Nấm sò loại 1 ("), fin.row("Nấm sò loại 2 ("),
                                   fin.row("Nấm rơm ("), fin.row("Chi phí |"), fin.row("Lợi nhuận |"))
    lines = [fin.row(x) for x in ("Phôi, giống", "Rơm, giống", "Khay, túi", "Tiền công", "Điện, nước", "Khấu hao",
                                  "Lãi vay", "Bán hàng", "Quản lý")]
    for y in Y:  # triệu đồng
        p.check(close(r1[y], s1[y] * 0.04) and close(r2[y], s2[y] * 0.025) and close(r3[y], rom[y] * 0.06), f"revenue rows {y}")
        p.check(close(lines[0][y], bags[y] * 0.0045) and close(lines[1][y], rom[y] * 0.012)
                and close(lines[2][y], tot[y] * 0.0015) and close(lines[3][y], 6 * 5 * 12) and close(lines[4][y], 30)
                and close(lines[5][y], 600 / 10) and close(lines[6][y], [300, 200, 100][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], 40), f"cost lines {y}")
    fin_check(p, rev, [r1, r2, r3], cost, lines, prof)
    growth_ok(p, rev, "revenue")
    growth_ok(p, tot, "output")
    hist = p.part("# Phần 3", "Khó khăn")
    p.check(close(tot[0] / (hist.row("Nấm sò tươi")[2] + hist.row("Nấm rơm tươi")[2]), 1.111, 0.01)
            and close(rev[0] / hist.row("Doanh thu")[2], 1.1), "+11 % output, +10 % revenue on 2026")
    inv = p.part("# Phần 10", "# Phần 11")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 900 == 600 + 300 and sum(items[:4]) == 600, "capital 900, fixed 600")
    avg = sum(prof) / 3
    p.check(close(avg, 323.4, 0.001) and close(900 / (avg + 60), 2.3, 0.03), "payback 2,3")
    p.has("900 : (323,4 + 60) ≈ 2,3 năm", "48.000 bịch × 1,5 kg = 72 tấn", "80 tấn mùn cưa", "40.000 đồng/kg",
          "60.000 đồng/kg", "VietGAP", "TCCS 01:2026/NSCB", "tự công bố", "mã lô", "đăng ký môi trường",
          "Giấy chứng nhận đăng ký hợp tác xã", "an toàn thực phẩm")
    p.check(close(bags[0] * 1.5 / 1000, 60), "spent substrate about 60 tấn")
    ready_common(p)
    return p


def du02() -> Plan:
    p = Plan("du02_dua_luoi_thach_khe_cty")
    pr = p.part("## I. Kế hoạch sản xuất", "## II. Vốn")
    area, crops, yld, out, l1, l2 = (pr.row("Diện tích"), pr.row("Số vụ"), pr.row("Năng suất"), pr.row("Sản lượng dưa"),
                                     pr.row("Dưa loại 1"), pr.row("Dưa loại 2"))
    for y in Y:
        p.check(close(out[y], area[y] / 1000 * crops[y] * yld[y] * 1000) and l1[y] == out[y] * 0.85
                and close(l2[y], out[y] * 0.15), f"output {y}")
        p.check(out[y] <= 4 * 3 * 3600 and yld[y] <= 3.6, f"greenhouses 43,2 tấn {y}")
    p.check(28800 == 4000 / 1000 * 2400 * 3 and 28800 <= 32000, "28.800 seeds within the 32.000 contract")
    ch = p.part("## II. Khách hàng", "## III.")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 6)) == ch.one("Cộng") == out[0]
            and sum(ch.one(f"{i} |") for i in range(1, 5)) == l1[0], "channels = 2027 output, loại 1")
    fin = p.part("## III. Doanh thu", "Giá thể dùng")
    rev, r1, r2, cost = fin.row("Doanh thu |"), fin.row("Dưa loại 1 ("), fin.row("Dưa loại 2 ("), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Hạt giống", "Giá thể", "Phân bón", "Hộp, tem", "Tiền lương", "Điện, nước",
                                  "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # nghìn đồng
        p.check(close(r1[y], l1[y] * 55) and close(r2[y], l2[y] * 30), f"revenue rows {y}")
        p.check(close(lines[0][y], 28800 * 3) and close(lines[1][y], 9600 * 8) and close(lines[2][y], 100000)
                and close(lines[3][y], l1[y] * 3) and close(lines[4][y], 8 * 6000 * 12) and close(lines[5][y], 60000)
                and close(lines[6][y], 1500000 / 10) and close(lines[7][y], [800000, 600000, 400000][y] * 0.08)
                and close(lines[8][y], rev[y] * 0.06) and close(lines[9][y], 120000), f"cost lines {y}")
        p.check(rev[y] <= 3e6 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
    fin_check(p, rev, [r1, r2], cost, lines, pre)
    growth_ok(p, rev, "revenue")
    hist = p.part("## II. Kết quả sản xuất", "Hạn chế")
    p.check(close(out[0] / hist.row("Sản lượng dưa lưới")[2], 1.167, 0.01) and rev[0] / 1000 / hist.row("Doanh thu")[2] < 1.2,
            "+16,7 % on 2026 with the fourth greenhouse")
    inv = p.part("## II. Vốn đầu tư", "## III.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1800000 == 1000000 + 800000 and sum(items[:3]) == 1500000,
            "capital 1,8 tỷ, fixed 1,5 tỷ")
    avg = sum(post) / 3
    p.check(close(avg, 408042.5, 0.001) and close(1800000 / (avg + 150000), 3.2, 0.02), "payback 3,2")
    p.has("1.800.000 : (408.042,5 + 150.000) ≈ 3,2 năm", "4 × 3 × 3,6 = 43,2 tấn/năm", "32.000 hạt", "28.800 hạt",
          "khoảng 1,72 tỷ", "khoảng 2,09 tỷ", "VietGAP", "TCCS 01:2026/HĐ", "tự công bố", "mã lô",
          "đăng ký môi trường", "Giấy chứng nhận đăng ký doanh nghiệp", "an toàn thực phẩm")
    ready_common(p)
    return p


def du03() -> Plan:
    p = Plan("du03_cam_khe_may_huong_do_hkd")
    pr = p.part("# IX. Kế hoạch", "# X.")
    t1, k1, t2, k2, out, l1, l2 = (pr.row("Cây cho quả ổn định"), pr.row("Năng suất bình quân"), pr.row("Cây cho quả bói"),
                                   pr.row("Năng suất cây bói"), pr.row("Tổng sản lượng"), pr.row("Cam loại 1"),
                                   pr.row("Cam loại 2"))
    for y in Y:
        p.check(out[y] == t1[y] * k1[y] + t2[y] * k2[y] and close(l1[y], out[y] * 0.7) and close(l2[y], out[y] * 0.3)
                and t1[y] + (200 if y else 0) <= 1400, f"output {y}")
        p.check(out[y] <= 2000 * 45, f"grading line 90 tấn {y}")
    p.check(1400 * 10 <= 15000 and 1400 == 3.5 * 400, "14 tấn of organic fertiliser within 15 tấn; 1.400 trees")
    ch = p.part("## 1. Khách hàng và kênh bán", "Khách hàng chính")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 5)) == ch.one("Cộng") == out[0]
            and sum(ch.one(f"{i} |") for i in range(1, 4)) == l1[0], "channels = 2027 output")
    fin = p.part("# XI. Hiệu quả", "Cam tươi do hộ")
    rev, r1, r2, cost, prof = (fin.row("Doanh thu |"), fin.row("Cam loại 1 ("), fin.row("Cam loại 2 ("),
                               fin.row("Chi phí |"), fin.row("Lợi nhuận |"))
    lines = [fin.row(x) for x in ("Phân bón", "Thuốc sinh học", "Điện, nước", "Công lao động", "Công thu hái",
                                  "Túi lưới", "Khấu hao", "Lãi vay", "Vận chuyển", "Chi khác")]
    for y in Y:  # triệu đồng
        p.check(close(r1[y], l1[y] * 0.035) and close(r2[y], l2[y] * 0.02), f"revenue rows {y}")
        p.check(close(lines[0][y], 1400 * 0.12) and close(lines[1][y], 1400 * 0.03) and close(lines[2][y], 24)
                and close(lines[3][y], 4 * 5 * 12) and close(lines[4][y], out[y] * 0.0008) and close(lines[5][y], l1[y] * 0.0015)
                and close(lines[6][y], 700 / 10) and close(lines[7][y], [400, 300, 200][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.05) and close(lines[9][y], 30), f"cost lines {y}")
    fin_check(p, rev, [r1, r2], cost, lines, prof)
    growth_ok(p, rev, "revenue")
    hist = p.part("## 2. Kết quả ba năm", "Cam chủ yếu")
    h = [hist.row(f"{yr}", 3) for yr in ("2024 |", "2025 |", "2026 (ước)")]
    p.check(close(out[0] / h[2][1], 1.077, 0.01) and rev[0] / h[2][2] < 1.2, "+7,7 % on 2026")
    inv = p.part("# X. Vốn", "# XI.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1100 == 700 + 400 and sum(items[:3]) == 700, "capital 1,1 tỷ, fixed 700")
    avg = sum(prof) / 3
    p.check(close(avg, 631.05, 0.001) and close(1100 / (avg + 70), 1.6, 0.03), "payback 1,6")
    p.has("1.100 : (631,05 + 70) ≈ 1,6 năm", "khoảng 1,28 tỷ", "1,48 tỷ", "Giấy chứng nhận đăng ký hộ kinh doanh",
          "VietGAP", "TCCS 01:2026/PVQ", "tự công bố", "mã QR truy xuất", "hố lắng", "cam kết sản xuất thực phẩm an toàn")
    ready_common(p)
    return p


def du04() -> Plan:
    p = Plan("du04_rau_nha_luoi_thach_ngoc_tht")
    pr = p.part("# 9. Kế hoạch", "Lịch gieo trồng")
    a1, y1, o1, a2, y2, o2, tot = (pr.row("Diện tích rau"), pr.row("Năng suất rau"), pr.row("Sản lượng rau ăn lá"),
                                   pr.row("Diện tích dưa"), pr.row("Năng suất dưa"), pr.row("Sản lượng dưa"),
                                   pr.row("Tổng sản lượng"))
    for y in Y:
        p.check(close(o1[y], a1[y] * y1[y] * 8) and close(o2[y], a2[y] * y2[y] * 3) and tot[y] == o1[y] + o2[y], f"output {y}")
        p.check(o1[y] <= 4000 * 8 * 1.5 and o2[y] <= 2000 * 3 * 5, f"net houses 48 + 30 tấn {y}")
    p.check(4000 * 8 * 0.5 + 2000 * 3 * 2 == 28000 <= 30000, "28 tấn organic fertiliser within 30 tấn")
    ch = p.part("## 5.1. Khách hàng", "## 5.2")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 5)) == ch.one("Cộng") == tot[0], "customers = 2027 output")
    mem = p.part("Danh sách thành viên", "Tổ họp")
    rows = [mem.row(f"{i} |", 2) for i in range(1, 11)]
    p.check([sum(r[i] for r in rows) for i in range(2)] == mem.row("Cộng", 2) == [6000, 700000000], "members 6.000 m², 700 triệu")
    fin = p.part("# 11. Hiệu quả", "Hạt giống gồm")
    rev, r1, r2, cost, prof = (fin.row("Doanh thu |"), fin.row("Rau ăn lá ("), fin.row("Dưa chuột ("), fin.row("Chi phí |"),
                               fin.row("Lợi nhuận |"))
    lines = [fin.row(x) for x in ("Hạt giống", "Phân hữu cơ", "Túi, khay", "Công lao động", "Điện, nước", "Khấu hao",
                                  "Lãi vay", "Bán hàng", "Quản lý")]
    for y in Y:  # đồng
        p.check(close(r1[y], o1[y] * 25000) and close(r2[y], o2[y] * 18000), f"revenue rows {y}")
        p.check(close(lines[0][y], 4000 * 8 * 2000 + 2000 * 3 * 3000) and close(lines[1][y], 28000 * 4000)
                and close(lines[2][y], tot[y] * 800) and close(lines[3][y], 10 * 4.5e6 * 12) and close(lines[4][y], 36e6)
                and close(lines[5][y], 800e6 / 8) and close(lines[6][y], [300e6, 200e6, 100e6][y] * 0.06)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], 24e6), f"cost lines {y}")
    fin_check(p, rev, [r1, r2], cost, lines, prof)
    growth_ok(p, rev, "revenue")
    hist = p.part("# 3. Hiện trạng", "# 4.")
    p.check(tot[0] / (hist.row("Rau ăn lá")[2] + hist.row("Dưa chuột")[2]) < 1.2
            and rev[0] / hist.row("Doanh thu")[2] < 1.2, "2027 step on 2026 under 20 %")
    inv = p.part("# 10. Vốn", "# 11.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1e9 == 700e6 + 300e6 and sum(items[:3]) == 800e6, "capital 1 tỷ, fixed 800 triệu")
    avg = sum(prof) / 3
    p.check(close(avg, 505.98e6, 0.001) and close(1e9 / (avg + 100e6), 1.7, 0.03), "payback 1,7")
    p.has("1.000.000.000 : (505.980.000 + 100.000.000) ≈ 1,7 năm", "4.000 m² × 8 lứa = 16 tấn", "2.000 m² × 3 vụ = 12 tấn",
          "cung cấp 30 tấn/năm", "Giấy chứng nhận đăng ký tổ hợp tác", "VietGAP", "TCCS 01:2026/THTNG", "tự công bố",
          "bể lắng", "an toàn thực phẩm", "hao hụt khoảng 8 %")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def du05() -> Plan:
    p = Plan("du05_dua_luoi_ky_phong_htx")
    pr = p.part("# 9. Kế hoạch", "# 10.")
    area, out, l1, l2, st = (pr.row("Diện tích"), pr.row("Sản lượng dưa"), pr.row("Dưa loại 1"), pr.row("Dưa loại 2"),
                             pr.row("Lao động"))
    cap = 5 * 3 * 3500
    for y in Y:
        p.check(area[y] == 5000 and close(l1[y], out[y] * 0.8) and close(l2[y], out[y] * 0.2) and st[y] == 12, f"output split {y}")
    p.check(out[0] <= cap, "2027 within the 52.500 kg the greenhouses yield")
    p.check(off(out[1], cap) and off(out[2], cap) and close(out[1] / cap, 1.086, 0.01) and close(out[2] / cap, 1.2),
            "PLANTED 57.000 / 63.000 kg against 5 × 3 × 3,5 = 52.500 kg (+8,6 % / +20 %)")
    p.has("không làm thêm nhà màng", "đủ đáp ứng sản lượng kế hoạch", "3,5 tấn/1.000 m²/vụ")
    ch = p.part("## 6.1.", "## 6.2")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 6)) == ch.one("Cộng") == out[0]
            and sum(ch.one(f"{i} |") for i in range(1, 5)) == l1[0], "channels = 2027 output")
    org = p.part("# 8. Tổ chức", "Ban kiểm soát")
    p.check(sum(org.one(f"{i} |") for i in range(1, 5)) == org.one("Cộng") == 12, "staff table 12")
    fin = p.part("# 11. Hiệu quả", "Lợi nhuận bình quân")
    rev, r1, r2, cost, prof = (fin.row("Doanh thu |"), fin.row("Dưa loại 1 ("), fin.row("Dưa loại 2 ("), fin.row("Chi phí |"),
                               fin.row("Lợi nhuận trước thuế"))
    lines = [fin.row(x) for x in ("Giống, giá thể", "Hộp, tem", "Tiền lương", "Điện, nước", "Khấu hao", "Lãi vay",
                                  "Bán hàng", "Quản lý")]
    for y in Y:  # triệu đồng
        p.check(close(r1[y], l1[y] * 0.05) and close(r2[y], l2[y] * 0.028) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], out[y] * 0.008) and close(lines[1][y], l1[y] * 0.003) and close(lines[2][y], 12 * 5.5 * 12)
                and close(lines[3][y], 80) and close(lines[4][y], 2000 / 10) and close(lines[5][y], [1000, 800, 600][y] * 0.075)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 100), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"revenue growth {y} under 20 %")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    true = rev[1] - cost[1]
    p.check(close(true, 644.44, 0.001) and prof[1] == 744.44 and off(prof[1], true) and close(prof[1] / true, 1.155, 0.01),
            "PLANTED 2028 profit 744,44 != 2.599,2 − 1.954,76 = 644,44 (+15,5 %)")
    stated = sum(prof) / 3
    real = (prof[0] + true + prof[2]) / 3
    p.check(close(stated, 666.8, 0.001) and close(1500 / (stated + 200), 1.7, 0.03), "stated 1,7 years follows the wrong profit")
    p.check(close(1500 / (real + 200), 1.8, 0.01), "tolerated knock-on: truly 1,8 years")
    inv = p.part("# 10. Vốn", "# 11.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1500 == 500 + 1000 and sum(items[:3]) + 800 == 2000,
            "capital 1.500; fixed 800 + 1.200 = 2.000")
    hist = p.part("# 4. Thực trạng", "Hạn chế")
    p.check(close(out[0] / hist.row("2026 (ước)", 4)[1], 1.111, 0.01), "+11 % on 2026")
    p.has("1.500 : (666,8 + 200) ≈ 1,7 năm", "(399 + 744,44 + 856,96) : 3 = 666,8", "khoảng 2.873 triệu", "50.000 đồng/kg",
          "28.000 đồng/kg", "Nghị định số 43/2017/NĐ-CP", "TCCS 01:2026/KP", "tự công bố", "mã lô", "VietGAP",
          "Giấy chứng nhận đăng ký hợp tác xã", "148/QĐ-TTg", "1489/QĐ-TTg", "hố lắng")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|\blogo\b|văn bằng|chỉ dẫn địa lý",
            "PLANTED no trademark or IP protection")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def du06() -> Plan:
    p = Plan("du06_lac_nhan_xuan_linh_co_so")
    pr = p.part("# Chương VI.", "# Chương VII.")
    raw, out, l1, l2 = pr.row("Lạc vỏ thu mua"), pr.row("Lạc nhân thành phẩm"), pr.row("Lạc nhân loại 1"), pr.row("Lạc nhân loại 2")
    for y in Y:
        p.check(close(raw[y], out[y] * 1.4) and l1[y] == out[y] * 0.8 and close(l2[y], out[y] * 0.2), f"output, 1,4 kg {y}")
        p.check(raw[y] <= 20 * 2800 and raw[y] <= 250 * 6 * 100, f"56 tấn of unshelled peanuts, husker 150 tấn {y}")
    vung = p.part("## 5.1. Vùng", "Định mức")
    th = [vung.row(x, 2) for x in ("Hải Thành", "Hải Bình", "Đông Lĩnh")]
    p.check([sum(t[i] for t in th) for i in range(2)] == vung.row("Cộng", 2) == [20, 18] and 18 + 2 == 20, "20 hộ, 18 + 2 = 20 ha")
    ch = p.part("## 4.1.", "## 4.2")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 6)) == ch.one("Cộng") == out[0]
            and sum(ch.one(f"{i} |") for i in range(1, 5)) == l1[0], "channels = 2027 output")
    fin = p.part("# Chương VIII.", "Lợi nhuận bình quân")
    rev, r1, r2, cost, prof = (fin.row("Doanh thu |"), fin.row("Lạc nhân loại 1 ("), fin.row("Lạc nhân loại 2 ("),
                               fin.row("Chi phí |"), fin.row("Lợi nhuận |"))
    lines = [fin.row(x) for x in ("Lạc vỏ nguyên liệu", "Tiền công", "Túi hút", "Điện, chất đốt", "Khấu hao", "Lãi vay",
                                  "Bán hàng", "Chi khác")]
    for y in Y:  # triệu đồng
        p.check(close(r2[y], l2[y] * 0.045) and close(rev[y], r1[y] + r2[y]), f"revenue rows add up {y}")
        p.check(close(lines[0][y], raw[y] * 0.025) and close(lines[1][y], 6 * 5 * 12) and close(lines[2][y], l1[y] * 0.0025)
                and close(lines[3][y], out[y] * 0.001) and close(lines[4][y], 400 / 8)
                and close(lines[5][y], [200, 150, 100][y] * 0.08) and close(lines[6][y], rev[y] * 0.04)
                and close(lines[7][y], 30), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    p.check(close(r1[0], l1[0] * 0.07) and close(r1[1], l1[1] * 0.07), "2027 and 2028 loại 1 right")
    true1 = l1[2] * 0.07
    p.check(close(true1, 2016) and r1[2] == 2216 and off(r1[2], true1) and close(r1[2] / true1, 1.099, 0.01),
            "PLANTED 2029 loại 1 2.216 != 28.800 kg × 70.000 đ = 2.016 (+9,9 %)")
    true_rev = true1 + r2[2]
    p.check(close(true_rev, 2340) and off(rev[2], true_rev), "2029 revenue 2.540 vs true 2.340 (+8,5 %)")
    true_prof = true_rev - (cost[2] - lines[6][2] + true_rev * 0.04)
    p.check(close(true_prof, 430.4, 0.001), "true 2029 profit 430,4")
    stated = sum(prof) / 3
    real = (prof[0] + prof[1] + true_prof) / 3
    p.check(close(stated, 417.2, 0.001) and close(700 / (stated + 50), 1.5, 0.03), "stated 1,5 years follows the wrong row")
    p.check(close(real, 353.2, 0.001) and close(700 / (real + 50), 1.74, 0.01) and off(1.5, 700 / (real + 50)),
            "tolerated knock-on: truly 1,7 years")
    p.check(rev[1] / rev[0] < 1.2 and rev[2] / rev[1] < 1.2, "stated growth under 20 %")
    inv = p.part("# Chương VII.", "# Chương VIII.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 700 == 500 + 200 and sum(items[:4]) == 400, "capital 700, fixed 400")
    hist = p.part("## 3.1.", "Hạn chế")
    h26 = hist.row("2026 (ước)", 3)
    p.check(close(h26[0], h26[1] * 1.4) and close(out[0] / h26[1], 1.111, 0.01), "history at 1,4; +11 % on 2026")
    p.check(close(raw[0] - out[0], 12000), "12 tấn of hulls")
    p.has("10 lao động thường xuyên", "Cơ sở sử dụng 6 lao động thường xuyên", "(6 người × 5 tr.đ × 12 tháng)")
    p.check(p.count("10 lao động") == 1 and off(10, 6), "PLANTED 10 vs 6 regular workers, same time")
    p.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|mã số doanh nghiệp|giấy phép kinh doanh|doanh nghiệp tư nhân|"
            r"thành lập|giấy chứng nhận đăng ký", "PLANTED no business registration or plan to register")
    p.has("700 : (417,2 + 50) ≈ 1,5 năm", "70.000 đồng/kg", "45.000 đồng/kg", "TCCS 01:2026/HT", "tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "an toàn thực phẩm", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def du07() -> Plan:
    p = Plan("du07_cam_bu_son_kim_cty")
    pr = p.part("## a) Kế hoạch sản xuất", "## b) Vốn")
    t, k, out, l1, l2 = pr.row("Cây cho quả"), pr.row("Năng suất"), pr.row("Sản lượng cam"), pr.row("Cam loại 1"), pr.row("Cam loại 2")
    for y in Y:
        p.check(out[y] == t[y] * k[y] and close(l1[y], out[y] * 0.75) and close(l2[y], out[y] * 0.25), f"output {y}")
        p.check(out[y] <= 2000 * 90, f"packing line 180 tấn {y}")
    fin = p.part("# Mục 11.", "Lợi nhuận sau thuế bình quân")
    rev, r1, r2, cost = fin.row("Doanh thu |"), fin.row("Cam loại 1 ("), fin.row("Cam loại 2 ("), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Phân bón", "Tiền lương", "Công thu hái", "Hộp, túi", "Điện, nước", "Khấu hao",
                                  "Lãi vay", "Chi phí tiêu thụ", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(r1[y], l1[y] * 0.04) and close(r2[y], l2[y] * 0.022), f"revenue rows {y}")
        p.check(close(lines[0][y], 4000 * 0.15) and close(lines[1][y], 15 * 6 * 12) and close(lines[2][y], out[y] * 0.001)
                and close(lines[3][y], l1[y] * 0.002) and close(lines[4][y], 60) and close(lines[5][y], 2000 / 10)
                and close(lines[6][y], [700, 525, 350][y] * 0.08) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[8][y], 200), f"cost lines {y}")
        p.check(3000 < rev[y] <= 50000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
    fin_check(p, rev, [r1, r2], cost, lines, pre)
    growth_ok(p, rev, "revenue")
    hist = p.part("# Mục 4.", "Nhà sơ chế tạm")
    p.check(all(hist.row(f"{yr} ", 3)[2] == hist.row(f"{yr} ", 3)[0] * hist.row(f"{yr} ", 3)[1] for yr in ("2024", "2025"))
            and close(out[0] / hist.row("2026 (ước)", 3)[2], 1.087, 0.01), "history; +8,7 % on 2026")
    inv = p.part("## b) Vốn đầu tư", "# Mục 11.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    total = inv.one("Tổng cộng")
    p.check(sum(items) == total == 2500 and sum(items[:3]) == 2000, "items = total 2.500, fixed 2.000")
    p.has("vốn chủ sở hữu của công ty 1.500 triệu đồng", "700 triệu đồng, lãi suất 8 %/năm", "bảo đảm đủ cho tổng mức đầu tư",
          "Tổng vốn đầu tư 2,5 tỷ đồng")
    p.check(off(1500 + 700, total) and close((1500 + 700) / total, 0.88), "PLANTED sources 1.500 + 700 = 2.200 != 2.500 (−12 %)")
    avg = sum(post) / 3
    p.check(close(avg, 708.05, 0.001) and close(2500 / (avg + 200), 2.75, 0.01), "payback 2,8 on the stated total")
    p.has("2.500 : (708,05 + 200) ≈ 2,8 năm")
    p.check(4000 * 12 == 48000, "48 tấn of organic fertiliser")
    market = p.body.split("# Mục 6. Thị trường tiêu thụ", 1)[1].split("# Mục 7.", 1)[0]
    p.check(not re.search(r"\d", market.split("Phân tích SWOT", 1)[0]) and "rất rộng lớn" in market,
            "PLANTED the market section has no number: generic demand only")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|thương lái|nhà phân phối|phân phối|"
            r"hợp đồng (bán|tiêu thụ|cung cấp)|facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|"
            r"hội chợ|xuất khẩu|showroom|điểm bán|chợ|nhà hàng|bếp ăn|đơn hàng", "PLANTED no sales channel anywhere")
    p.lacks(r"môi trường|nước thải|chất thải|rác|thu gom|\bủ\b|hố lắng|bể lắng|xử lý|phân hủy|tái sử dụng|tái chế|"
            r"chôn lấp|phế liệu|phế phẩm|phụ phẩm|vỏ bao|bao gói thuốc|khí thải",
            "PLANTED no environmental measure anywhere")
    p.has("40.000 đồng/kg", "22.000 đồng/kg", "VietGAP", "TCCS 01:2027/NP", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
          "Giấy chứng nhận đăng ký nhãn hiệu", "mã lô", "Giấy chứng nhận đăng ký doanh nghiệp", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def du08() -> Plan:
    p = Plan("du08_buoi_phuc_trach_htx")
    pr = p.part("## 1. Kế hoạch sản xuất", "## 2. Vốn")
    out, l1, l2 = pr.row("Bưởi thu mua"), pr.row("Loại 1"), pr.row("Loại 2")
    for y in Y:
        p.check(l1[y] == out[y] * 0.7 and close(l2[y], out[y] * 0.3), f"grades {y}")
        p.check(out[y] <= 6000 * 50 * 0.4 and out[y] <= 2000 * 100, f"40 % of 300.000 fruits, packing 200.000 {y}")
    vung = p.part("## 1. Vùng nguyên liệu", "Bình quân")
    th = [vung.row(x, 3) for x in ("Trung Trạch", "Thượng Trạch", "Hạ Trạch", "Khe Ác")]
    p.check([sum(t[i] for t in th) for i in range(3)] == vung.row("Cộng", 3) == [30, 24, 6000], "30 hộ, 24 ha, 6.000 trees")
    ch = p.part("## 1. Kênh tiêu thụ", "## 2. Cạnh tranh")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 6)) == ch.one("Cộng") == out[0]
            and sum(ch.one(f"{i} |") for i in range(1, 5)) == l1[0], "channels = 2027 fruits")
    org = p.part("## 3. Tổ chức và lao động", "Lịch thu mua")
    p.check(sum(org.one(f"{i} |") for i in range(1, 5)) == org.one("Cộng") == 6, "staff 6")
    fin = p.part("# PHẦN VII.", "Lợi nhuận bình quân")
    rev, r1, r2, cost, prof = (fin.row("Doanh thu |"), fin.row("Bưởi loại 1 ("), fin.row("Bưởi loại 2 ("), fin.row("Chi phí |"),
                               fin.row("Lợi nhuận trước thuế"))
    lines = [fin.row(x) for x in ("Thu mua bưởi", "Hộp, túi lưới", "Tiền lương", "Điện, nước", "Khấu hao", "Lãi vay",
                                  "Vận chuyển", "Quản lý")]
    for y in Y:  # triệu đồng
        p.check(close(r1[y], l1[y] * 0.045) and close(r2[y], l2[y] * 0.025), f"revenue rows {y}")
        p.check(close(lines[0][y], out[y] * 0.027) and close(lines[1][y], l1[y] * 0.003) and close(lines[2][y], 6 * 5.5 * 12)
                and close(lines[3][y], 40) and close(lines[4][y], 1050 / 10) and close(lines[5][y], [500, 375, 250][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.04) and close(lines[7][y], 60), f"cost lines {y}")
    fin_check(p, rev, [r1, r2], cost, lines, prof)
    growth_ok(p, rev, "revenue")
    p.check(close(out[0] / 90000, 1.111, 0.01) and close(rev[0] / 3500, 1.114, 0.01), "+11 % on 2026")
    inv = p.part("## 2. Vốn đầu tư", "# PHẦN VII.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    total = inv.one("Tổng cộng")
    p.check(sum(items[:3]) == 1050, "fixed assets 1.050")
    p.check(sum(items) == 1350 and total == 1500 and off(total, sum(items)) and close(total / sum(items), 1.111, 0.01),
            "PLANTED investment total 1.500 != 500 + 300 + 250 + 300 = 1.350 (+11,1 %)")
    p.check(1000 + 500 == total and off(1000 + 500, sum(items)), "tolerated knock-on: sources 1.500 vs the true 1.350")
    avg = sum(prof) / 3
    p.check(close(avg, 286.4, 0.001) and close(total / (avg + 105), 3.8, 0.02), "stated 3,8 years on the wrong total")
    p.check(close(1350 / (avg + 105), 3.45, 0.01) and off(3.8, 1350 / (avg + 105)), "tolerated knock-on: truly 3,4 years")
    p.has("Tổng vốn đầu tư 1.500 triệu đồng", "1.500 : (286,4 + 105) ≈ 3,8 năm")
    p.check(p.count("Hợp tác xã Cam Thượng Lộc") == 2 and p.count("Hợp tác xã Bưởi đặc sản Phúc Trạch") == 1
            and p.count("HỢP TÁC XÃ BƯỞI ĐẶC SẢN PHÚC TRẠCH") == 1, "PLANTED another producer's name, twice")
    p.lacks(r"nhật ký|mã lô|truy xuất|\bQR\b|kiểm tra|kiểm soát(?! viên)|sổ ghi|ghi chép|ghi sổ|lưu mẫu|VietGAP|GlobalGAP|"
            r"hữu cơ được chứng nhận|HACCP|ISO|theo dõi", "PLANTED no quality control or traceability anywhere")
    p.has("45.000 đồng/quả", "25.000 đồng/quả", "TCCS 01:2026/BPT", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "Giấy chứng nhận đăng ký hợp tác xã mã số", "an toàn thực phẩm", "hố lắng",
          "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def du09() -> Plan:
    p = Plan("du09_nam_so_ky_thuong_tht")
    pr = p.part("# X. Kế hoạch", "Lịch sản xuất")
    bags, out, l1, l2 = pr.row("Phôi nấm sò"), pr.row("Nấm tươi"), pr.row("Loại 1"), pr.row("Loại 2")
    for y in Y:
        p.check(close(out[y], bags[y] * 0.6) and close(l1[y], out[y] * 0.85) and close(l2[y], out[y] * 0.15), f"output {y}")
        p.check(bags[y] <= 4 * 5000 * 2, f"huts 40.000 bịch {y} (no capacity defect)")
    supply = 30000
    p.check(bags[0] <= supply, "2027 within the 30.000 bịch contract")
    p.check(off(bags[1], supply) and off(bags[2], supply) and close(bags[1] / supply, 1.133, 0.01)
            and close(bags[2] / supply, 1.267, 0.01), "PLANTED 34.000 / 38.000 bịch against a 30.000 bịch contract")
    p.has("cung cấp 30.000 bịch mỗi năm", "Tổ không tự sản xuất phôi", "bảo đảm đủ cho kế hoạch sản xuất")
    ch = p.part("## 1. Khách hàng", "## 2. Cạnh tranh")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 6)) == ch.one("Cộng") == out[0]
            and sum(ch.one(f"{i} |") for i in range(1, 5)) == l1[0], "customers = 2027 output")
    mem = p.part("# IX. Tổ chức", "Quy chế")
    p.check(sum(mem.one(f"{i} |") for i in range(1, 9)) == mem.one("Cộng") == 300, "members' capital 300 triệu")
    fin = p.part("## 2. Doanh thu, chi phí", "Lợi nhuận bình quân")
    rev, r1, r2, cost, prof = (fin.row("Doanh thu |"), fin.row("Nấm loại 1 ("), fin.row("Nấm loại 2 ("), fin.row("Chi phí |"),
                               fin.row("Lợi nhuận |"))
    lines = [fin.row(x) for x in ("Phôi nấm", "Khay, màng", "Tiền công", "Điện, nước", "Khấu hao", "Lãi vay",
                                  "Vận chuyển", "Quản lý")]
    for y in Y:  # nghìn đồng
        p.check(close(r1[y], l1[y] * 38) and close(r2[y], l2[y] * 22), f"revenue rows {y}")
        p.check(close(lines[0][y], bags[y] * 6) and close(lines[1][y], out[y] * 1.2) and close(lines[2][y], 4 * 4500 * 12)
                and close(lines[3][y], 18000) and close(lines[4][y], 300000 / 5)
                and abs(lines[5][y] - [100000, 50000, 0][y] * 0.07) < 1 and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y], 12000), f"cost lines {y}")
    fin_check(p, rev, [r1, r2], cost, lines, prof)
    growth_ok(p, rev, "revenue")
    hist = p.part("# IV. Hiện trạng", "Khó khăn")
    h = hist.row("2026 (ước)", 3)
    p.check(close(out[0] / h[1], 1.125) and rev[0] / 1000 / h[2] < 1.2, "+12,5 % on 2026")
    inv = p.part("## 1. Vốn đầu tư", "## 2.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 400000 == 300000 + 100000 and sum(items[:3]) == 300000,
            "capital 400 triệu, fixed 300 triệu")
    avg = sum(prof) / 3
    true = 400000 / (avg + 60000)
    p.check(close(avg, 151948, 0.001) and close(true, 1.89, 0.01) and off(1.1, true) and off(1.1, 400000 / avg),
            "PLANTED payback 1,1 years != 400.000 : (151.948 + 60.000) = 1,9 (2,6 without depreciation)")
    p.has("thời gian hoàn vốn khoảng 1,1 năm", "Lợi nhuận bình quân 151.948 nghìn đồng/năm")
    p.check(close(bags[0] * 1.2 / 1000, 36), "36 tấn of spent substrate")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|\bQR\b|mã lô|ghi rõ|in thông tin|bao bì ghi|hạn sử dụng in",
            "PLANTED no label, label content or labelling decree")
    p.has("38.000 đồng/kg", "22.000 đồng/kg", "khay xốp 300 g", "túi zip 500 g", "TCCS 01:2027/KT", "tự công bố",
          "Nhãn hiệu", "Cục Sở hữu trí tuệ", "Sổ nhật ký", "an toàn thực phẩm", "Giấy chứng nhận đăng ký tổ hợp tác",
          "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def du10() -> Plan:
    p = Plan("du10_rau_an_toan_cam_lac_cty")
    pr = p.part("# Phần thứ tám", "# Phần thứ chín")
    area, out, l1, l2, st = (pr.row("Diện tích"), pr.row("Sản lượng rau"), pr.row("Rau loại 1"), pr.row("Rau loại 2"),
                             pr.row("Lao động"))
    cap = p.part("## 3. Nhà lưới và công suất", "# Phần thứ bảy")
    for y in Y:
        c = cap.row(f"{2027 + y} |", 3)
        p.check(c[0] == area[y] and c[1] == area[y] * 11 and c[2] == out[y] and out[y] <= area[y] * 11,
                f"net houses × 11 kg/m² cover the output {y} (not a capacity defect)")
        p.check(close(l1[y], out[y] * 0.9) and close(l2[y], out[y] * 0.1), f"grades {y}")
    hist = p.part("# Phần thứ tư", "Cơ sở vật chất")
    h = hist.row("2026 (ước)", 3)
    fin = p.part("# Phần thứ mười:", "Lợi nhuận bình quân")
    rev, r1, r2, cost, prof = (fin.row("Doanh thu |"), fin.row("Rau loại 1 ("), fin.row("Rau loại 2 ("), fin.row("Chi phí |"),
                               fin.row("Lợi nhuận trước thuế"))
    lines = [fin.row(x) for x in ("Giống, phân bón", "Túi, nhãn", "Tiền lương", "Điện, nước", "Khấu hao", "Lãi vay",
                                  "Bán hàng, quảng bá", "Quản lý")]
    dep = [30, 30 + 48, 30 + 48 + 60]
    for y in Y:  # triệu đồng
        p.check(close(r1[y], l1[y] * 0.03) and close(r2[y], l2[y] * 0.01), f"revenue rows {y}")
        p.check(close(lines[0][y], out[y] * 0.005) and close(lines[1][y], out[y] * 0.001) and close(lines[2][y], st[y] * 5 * 12)
                and close(lines[3][y], out[y] * 0.001) and close(lines[4][y], dep[y]) and close(lines[5][y], 500 * 0.08)
                and close(lines[6][y], 30) and close(lines[7][y], 60), f"cost lines {y}")
    fin_check(p, rev, [r1, r2], cost, lines, prof)
    p.check(close(out[0] / h[1], 1.1) and close(rev[0] / h[2], 1.1), "+10 % in 2027")
    g1, g2 = out[1] / out[0], out[2] / out[1]
    p.check(close(g1, 2.0) and close(g2, 1.818, 0.01) and close(rev[1] / rev[0], 2.0) and close(rev[2] / rev[1], 1.818, 0.01)
            and off(g1, 1.2) and off(g2, 1.2), "PLANTED output and revenue ×2 in 2028 and ×1,82 in 2029")
    p.check(lines[6][0] == lines[6][2] == 30, "selling and promotion flat at 30 triệu")
    var29 = lines[0][2] + lines[1][2] + lines[2][2] + lines[3][2]
    p.check(close(var29, 1800) and var29 / 120 > 10, "about 1,8 tỷ of variable cost in 2029 against 120 triệu working capital")
    market = p.body.split("## 2. Thị trường và khách hàng", 1)[1].split("## 3.", 1)[0]
    p.check("còn rất lớn" in market and "tiếp tục cung cấp cho các khách hàng này" in market
            and "hợp đồng" not in market.split("Trong giai đoạn", 1)[1], "market: the same three buyers, generic demand")
    p.check(18000 + 12000 == h[1], "the three buyers take the 2026 output")
    inv = p.part("# Phần thứ chín", "# Phần thứ mười:")
    items = [inv.one(f"{i} |") for i in range(1, 4)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1200 == 700 + 500 and items[0] == 4000 * 0.12 and items[1] == 5000 * 0.12,
            "capital 1,2 tỷ; net houses 120.000 đ/m²")
    avg = sum(prof) / 3
    p.check(close(avg, 681, 0.001) and close(sum(dep) / 3, 82) and close(1200 / (avg + 82), 1.6, 0.03),
            "payback 1,6 follows the plan's own figures")
    p.has("1.200 : (681 + 82) ≈ 1,6 năm", "Quyết định số 1048/QĐ-TTg", "Quyết định số 781/QĐ-TTg",
          "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện Cẩm Xuyên")
    p.check("148/QĐ-TTg" not in p.body and "1489/QĐ-TTg" not in p.body, "PLANTED outdated policy: QĐ 148/1489 not cited")
    p.lacks(r"tiêu chuẩn|TCCS|TCVN|QCVN|công bố|kiểm nghiệm|VietGAP|GlobalGAP|hữu cơ được chứng nhận|quy chuẩn|"
            r"chỉ tiêu chất lượng|phiếu kết quả", "PLANTED no product standard or quality declaration")
    p.has("30.000 đồng/kg", "10.000 đồng/kg", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Giấy chứng nhận đăng ký doanh nghiệp", "hố lắng")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("du11_nam_rom_cam_thanh_so_sai")
    a.check(3000 * 55000 == 165e6, "3.000 kg × 55.000 = 165 triệu")
    a.has("khoảng 3.000 kg", "55.000 đồng/kg", "khoảng 165 triệu đồng", "khoảng 80 triệu đồng", "chợ Cẩm Xuyên", "hai quán lẩu")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.check(len(set(re.findall(r"\d[\d.,]* (?:kg|đồng|triệu)", a.body))) == 4, "four figures in all")
    a.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|"
            r"bã|thải|truy xuất|sổ|VietGAP|kiểm tra|vốn đầu tư|chi phí|lợi nhuận|quy trình|máy",
            "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("du12_dua_luoi_thach_son_so_sai")
    b.check(12000 * 40000 == 480e6, "12 tấn × 40.000 = 480 triệu")
    b.has("2 nhà màng", "khoảng 12 tấn", "40.000 đồng/kg", "khoảng 480 triệu đồng", "cửa hàng trái cây", "Facebook")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|"
            r"thải|truy xuất|sổ|VietGAP|kiểm tra|vốn đầu tư|chi phí|lợi nhuận|quy trình|giống|phân bón",
            "every tolerated gap is real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (du01, du02, du03, du04, du05, du06, du07, du08, du09, du10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
