"""The eleventh holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout11/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no environmental measure, no trademark, no label, a second
producer name, a replaced decree cited, no product standard, no food safety, no registration, no
sales channel, two worker counts) are asserted too, as is the absence of template placeholders
and of replaced instruments in every plan that is not meant to cite one.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, avg1, close, lines_sum, off, vn  # noqa: E402,F401

OUTDATED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|94/2012|89/2006|123/2018|01/2021/NĐ-CP"
Y4 = range(4)


class Plan(plancheck.Plan):
    src = HERE / "src"

    def cells(self, label: str, n: int = 3) -> list[float]:
        """Numbers of a row whose cells carry a unit after the number ('3.000 chiếc')."""
        for r in self.rows:
            if any(c.startswith(label) for c in r[:2]):
                nums = [vn(m.group(1)) for x in r[1:] if (m := re.match(r"^([\d.,]+)\s+\S+$", x))]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def section(self, start: str, end: str) -> str:
        if start not in self.body:
            self.failures.append(f"section not found: {start!r}")
            return ""
        return self.body.split(start, 1)[1].split(end, 1)[0]

    def clean(self, outdated: bool = True) -> None:
        self.lacks(PLACEHOLDER, "placeholder")
        if outdated:
            self.lacks(OUTDATED, "cites a replaced instrument")


def w01() -> Plan:
    p = Plan("w01_ruoc_ca_ngu_xuan_hoi_cty")
    hu, tui, kg, fish, staff = (p.row("Ruốc cá ngừ hũ 150 g"), p.row("Ruốc cá ngừ túi 500 g"),
                                p.row("Tổng sản lượng ruốc"), p.row("Cá ngừ tươi nguyên liệu"), p.row("Lao động |"))
    rev, rh, rt = p.row("Doanh thu |"), p.row("Ruốc hũ 150 g (95.000"), p.row("Ruốc túi 500 g (290.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá ngừ tươi (50.000", "Gia vị, nước mắm", "Hũ, túi, nhãn", "Điện, gas", "Tiền lương",
                                 "Khấu hao tài sản", "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.15 + tui[y] * 0.5 and close(fish[y], kg[y] * 3.5), f"kg, fish 3,5:1 {y}")
        p.check(close(rh[y], hu[y] * 0.095) and close(rt[y], tui[y] * 0.29) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.05) and close(lines[1][y], kg[y] * 0.02)
                and close(lines[2][y], hu[y] * 0.006 + tui[y] * 0.005) and close(lines[3][y], kg[y] * 0.015),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 60)
                and close(lines[6][y], [400, 300, 200][y] * 0.08) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[8][y], 60), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(kg[y] <= 25 * 280 and fish[y] <= 20000, f"7.000 kg capacity, 20 tấn contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and kg[y] / kg[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Máy chà bông", "Tủ cấp đông", "Máy chiết hũ",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 900 == 500 + 400 and sum(items[:4]) == 600, "capital 900, fixed 600")
    p.check(avg1(post) == 527.8 and close(900 / (527.8 + 60), 1.5, 0.03), "average profit, payback 1,5")
    p.check(close(kg[0] / 3100, 1.16, 0.01), "+16 % on 2025")
    p.check(close(rev[0] / 1000, 2.2, 0.01) and close(rev[2] / 1000, 2.8, 0.01), "2,2 and 2,8 tỷ")
    p.check(close(lines[4][0] / 8 / 12, 6), "6 triệu/người/tháng")
    roles = [p.row(x) for x in ("Giám đốc |", "Kế toán |", "Bán hàng, giao hàng", "Sản xuất, đóng gói")]
    p.check(all(lines_sum(roles, y) == staff[y] == p.row("Cộng lao động")[y] for y in Y), "staff table adds up to 8 / 9 / 10")
    p.has("95.000 đồng/hũ", "290.000 đồng/túi", "(436,2 + 527,8 + 619,3) : 3 ≈ 527,8", "900 : (527,8 + 60) ≈ 1,5 năm",
          "cung cấp 20 tấn cá ngừ tươi/năm", "25 kg ruốc/ngày", "7.000 kg/năm", "vốn chủ sở hữu 500 triệu đồng",
          "400 triệu đồng, thời hạn 4 năm, lãi suất 8%/năm", "6.000 đồng/hũ và 5.000 đồng/túi")
    p.clean()
    return p


def w02() -> Plan:
    p = Plan("w02_tra_xa_den_son_kim_htx")
    hop, tui, dry, fresh = (p.row("Trà túi lọc hộp 50 g", 4), p.row("Trà xạ đen khô túi 300 g", 4),
                            p.row("Trà khô thành phẩm", 4), p.row("Lá xạ đen tươi |", 4))
    lines = [p.row(x, 4) for x in ("Lá xạ đen tươi (16.000", "Túi lọc, hộp", "Điện sấy", "Tiền lương", "Khấu hao",
                                    "Lãi vay", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    cost = p.row("Cộng chi phí", 4)
    summary = [p.row(f"{2026 + y}|", 5) for y in Y4]  # years as rows: túi lọc, trà khô, revenue, cost, profit
    staff = [6, 6, 7, 7]
    for y in Y4:  # triệu đồng
        s = summary[y]
        p.check(close(dry[y], hop[y] * 0.05 + tui[y] * 0.3) and close(fresh[y], dry[y] * 5), f"dry, fresh 5:1 {y}")
        p.check(close(s[0], hop[y] * 0.06) and close(s[1], tui[y] * 0.095) and close(s[2], s[0] + s[1]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.016) and close(lines[1][y], hop[y] * 0.008 + tui[y] * 0.006)
                and close(lines[2][y], dry[y] * 0.01), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5 * 12) and close(lines[4][y], 50)
                and close(lines[5][y] + 1e-9, [300, 200, 100, 0][y] * 0.07 + 1e-9) and close(lines[6][y], s[2] * 0.08)
                and close(lines[7][y], 60), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(s[3], cost[y]) and close(s[4], s[2] - s[3]), f"cost, profit {y}")
        p.check(fresh[y] <= 18000 and fresh[y] <= 100 * 200, f"18 tấn members' leaves, 20 tấn dryer {y}")
        if y:
            p.check(s[2] / summary[y - 1][2] < 1.2, f"growth {y}")
    p.check(6 * 3 == 18, "6 ha × 3 tấn = 18 tấn")
    p.check(200 + 250 + 50 + 60 + 140 == 700 == 400 + 300 and 200 + 250 + 50 == 500, "capital 700, fixed 500")
    profits = [s[4] for s in summary]
    p.check(close(sum(profits) / 4, 334, 0.001) and close(700 / (334 + 50), 1.8, 0.02), "average 334, payback 1,8")
    p.check(close(hop[0] / 10000, 1.2) and close(tui[0] / 2500, 1.2), "+20 % on 2025")
    p.check(close(summary[0][2], 1000, 0.01) and close(summary[3][2], 1500, 0.01), "1 and 1,5 tỷ")
    p.check(close(lines[0][0], 120) and close(lines[0][3], 180), "120–180 triệu paid for leaves")
    p.has("60.000 đồng/hộp", "95.000 đồng/túi", "(184,6 + 304,2 + 363,8 + 483,4) : 4 = 334", "700 : (334 + 50) ≈ 1,8 năm",
          "năng suất bình quân 3 tấn lá tươi/ha/năm, tổng khoảng 18 tấn/năm", "100 kg lá tươi/mẻ",
          "8.000 đồng/hộp", "6.000 đồng/túi zip", "15 thành viên chính thức", "hoà", "hoá", "Thuỷ", "khoẻ")
    p.clean()
    return p


def w03() -> Plan:
    p = Plan("w03_den_long_tre_thach_lac_hkd")
    a, b, m = p.cells("Đèn lồng tre bọc vải 30 cm"), p.cells("Đèn lồng trang trí 60 cm"), p.cells("Bộ đèn mini 10 chiếc")
    tre, days = p.cells("Tre nguyên liệu"), p.cells("Ngày công cần thiết")
    ra, rb, rm = p.row("Đèn lồng tre bọc vải 30 cm"), p.row("Đèn lồng trang trí 60 cm"), p.row("Bộ đèn mini 10 chiếc")
    rev = p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Tre nguyên liệu (30.000", "Vải, keo, sơn", "Bóng LED", "Tiền công khoán", "Hộp carton",
                                 "Khấu hao tài sản", "Bán hàng, vận chuyển", "Điện xưởng", "Lãi vay", "Thuế GTGT")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # đồng
        p.check(close(ra[y], a[y] * 150000) and close(rb[y], b[y] * 450000) and close(rm[y], m[y] * 180000)
                and close(rev[y], ra[y] + rb[y] + rm[y]), f"revenue {y}")
        p.check(close(tre[y], a[y] * 0.2 + b[y] * 0.5 + m[y] * 0.3) and close(lines[0][y], tre[y] * 30000), f"bamboo {y}")
        p.check(close(lines[1][y], a[y] * 25000 + b[y] * 60000 + m[y] * 30000)
                and close(lines[2][y], a[y] * 10000 + b[y] * 20000 + m[y] * 15000)
                and close(lines[3][y], a[y] * 45000 + b[y] * 120000 + m[y] * 60000)
                and close(lines[4][y], a[y] * 5000 + b[y] * 12000 + m[y] * 10000), f"per-piece costs {y}")
        p.check(close(lines[5][y], 30e6) and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], 24e6)
                and close(lines[8][y] + 1, [7e6, 3.5e6, 0][y] + 1) and close(lines[9][y], rev[y] * 0.045),
                f"depreciation, selling, interest, 4,5 % taxes {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(days[y], a[y] * 0.4 + b[y] * 1.2 + m[y] * 0.5) and days[y] <= 12 * 280, f"workdays {y}")
        p.check(tre[y] <= 2000, f"bamboo within 2.000 cây {y}")
        p.check(close(lines[3][y] / days[y], 110000, 0.01), f"≈110.000 đ/ngày công {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(60 + 40 + 20 + 30 + 30 + 70 == 250 == 150 + 100 and 60 + 40 + 20 + 30 == 150, "capital 250, fixed 150")
    p.check(close(150e6 / 5, 30e6) and close(100e6 * 0.07, 7e6) and close(50e6 * 0.07, 3.5e6), "depreciation, interest")
    avg = sum(prof) / 3
    p.check(avg == 226225000 and close(250e6 / (avg + 30e6), 1.0, 0.03), "average, payback ≈ 1 năm")
    p.check(close(2600 * 150000 + 450 * 450000 + 600 * 180000, 700e6, 0.01) and close(rev[0] / 700e6, 1.23, 0.01),
            "2025 ≈ 700 triệu, +23 %")
    p.has("150.000 đồng/chiếc", "450.000 đồng/chiếc", "180.000 đồng/bộ", "Tổng vốn đầu tư: 250.000.000 đồng",
          "(186.600.000 + 226.225.000 + 265.850.000) : 3 = 226.225.000", "250.000.000 : (226.225.000 + 30.000.000) ≈ 1 năm",
          "cung cấp 2.000 cây/năm", "12 lao động × 280 ngày = 3.360 công/năm", "doanh thu khoảng 700.000.000 đồng",
          "Doanh thu năm 2027 đạt 864.000.000 đồng, năm 2029 đạt 1.110.000.000 đồng")
    p.check(not re.search(r"triệu|tỷ", p.body), "every money figure in whole đồng")
    p.clean()
    return p


def w04() -> Plan:
    p = Plan("w04_du_lich_ho_khe_dua_htx")
    vis, kay, meal, night = [12000, 14000, 16000], [3000, 3600, 4200], [6000, 7000, 8000], [1200, 1500, 1800]
    rv = [p.row(x) for x in ("Vé tham quan", "Thuê thuyền", "Ăn uống", "Lưu trú")]
    tot = p.row("Cộng |")
    staff = [14, 15, 16]
    costs, profits = [], []
    for y in Y:  # nghìn đồng in the table; triệu in the text
        p.check(close(rv[0][y], vis[y] * 50) and close(rv[1][y], kay[y] * 80) and close(rv[2][y], meal[y] * 150)
                and close(rv[3][y], night[y] * 400) and close(tot[y], sum(r[y] for r in rv)), f"revenue {y}")
        rev = tot[y] / 1000
        c = [rv[2][y] / 1000 * 0.5, night[y] * 0.06, rv[1][y] / 1000 * 0.1, staff[y] * 5.5 * 12, 160,
             [800, 600, 400][y] * 0.08, 60, rev * 0.05, 36, 60]
        costs.append(sum(c))
        profits.append(rev - sum(c))
        p.check(night[y] <= 8 * 365, f"rooms {y}")
        roles = [p.row(x) for x in ("Quản lý, kế toán", "Hướng dẫn viên |", "Bếp, phục vụ", "Buồng phòng", "Lái thuyền",
                                    "Bảo vệ")]
        p.check(lines_sum(roles, y) == staff[y] == p.row("Tổng số |")[y], f"staff table {y}")
        if y:
            p.check(rev / (tot[y - 1] / 1000) < 1.2, f"growth {y}")
    p.check([round(x, 1) for x in costs] == [1961, 2129.7, 2298.4], "costs 1.961 / 2.129,7 / 2.298,4")
    p.check([round(x, 1) for x in profits] == [259, 508.3, 757.6], "profits 259 / 508,3 / 757,6")
    p.check(avg1(profits) == 508.3 and close(2000 / (508.3 + 160), 3.0, 0.01), "average, payback ≈ 3 năm")
    p.check(900 + 350 + 120 + 230 + 100 + 300 == 2000 == 1200 + 800 and 900 + 350 + 120 + 230 == 1600,
            "capital 2.000, fixed 1.600")
    p.check(close(1800 / 2920, 0.62, 0.01), "62 % occupancy")
    p.check(close(vis[0] / 9500, 1.26, 0.01) and close(tot[0] / 1e6 / 1.7, 1.31, 0.01), "+26 % visitors on 2025")
    p.has("50.000 đồng/lượt", "80.000 đồng/lượt", "150.000 đồng/suất", "400.000 đồng/đêm",
          "thực phẩm 450 triệu đồng (50% doanh thu ăn uống)", "đồ dùng, giặt là cho phòng 72 triệu đồng (60.000 đồng/đêm)",
          "bảo dưỡng thuyền 24 triệu đồng", "tiền lương 924 triệu đồng", "khấu hao 160 triệu đồng", "lãi vay 64 triệu đồng",
          "điện, nước 60 triệu đồng", "quảng bá 111 triệu đồng", "xử lý rác và nước thải 36 triệu đồng",
          "quản lý 60 triệu đồng. Tổng chi phí 1.961 triệu đồng, lợi nhuận 259 triệu đồng",
          "Năm 2027 tổng chi phí 2.129,7 triệu đồng (thực phẩm 525, đồ dùng phòng 90, bảo dưỡng thuyền 28,8, lương 990, lãi vay 48, quảng bá 131,9 triệu đồng), lợi nhuận 508,3",
          "Năm 2028 tổng chi phí 2.298,4 triệu đồng (thực phẩm 600, đồ dùng phòng 108, bảo dưỡng thuyền 33,6, lương 1.056, lãi vay 32, quảng bá 152,8 triệu đồng), lợi nhuận 757,6",
          "(259 + 508,3 + 757,6) : 3 ≈ 508,3", "2.000 : (508,3 + 160) ≈ 3 năm", "8 phòng × 365 đêm = 2.920",
          "thành viên góp thêm 1.200 triệu đồng", "800 triệu đồng, lãi suất 8%/năm, trả gốc 200 triệu đồng/năm")
    p.clean()
    return p


def w05() -> Plan:
    p = Plan("w05_muc_kho_ky_xuan_hkd")
    l1, l2, kg, fresh = p.row("Mực khô loại 1"), p.row("Mực khô loại 2"), p.row("Tổng mực khô"), p.row("Mực tươi nguyên liệu |")
    p1, p2 = p.row("Giá bán loại 1"), p.row("Giá bán loại 2")
    r1, r2, rev = p.row("Doanh thu mực loại 1"), p.row("Doanh thu mực loại 2"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Mực tươi nguyên liệu (120.000", "Muối, túi hút", "Điện sấy", "Tiền công", "Khấu hao",
                                 "Lãi vay", "Vận chuyển, bán hàng", "Chi phí khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    true_rev = [l1[y] * p1[y] / 1e6 + l2[y] * p2[y] / 1e6 for y in Y]
    for y in Y:  # triệu đồng
        p.check(kg[y] == l1[y] + l2[y] and close(fresh[y], kg[y] * 5) and fresh[y] <= 18000, f"kg, fresh 5:1, supply {y}")
        p.check(close(r2[y], l2[y] * p2[y] / 1e6), f"grade-2 revenue {y}")
        p.check(close(rev[y], r1[y] + r2[y]), f"total = sub-rows as written {y}")
        p.check(close(lines[0][y], fresh[y] * 0.12) and close(lines[1][y], kg[y] * 0.02) and close(lines[2][y], kg[y] * 0.016)
                and close(lines[3][y], [4, 4, 5][y] * 5.5 * 12) and close(lines[4][y], 61)
                and close(lines[5][y], [400, 300, 200][y] * 0.08), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost; profit from the stated revenue {y}")
        p.check(fresh[y] <= (150 + 200) * 180, f"dryer capacity {y}")
    p.check(close(r1[0], l1[0] * 1.25) and close(r1[2], l1[2] * 1.25) and close(rev[0], true_rev[0]) and close(rev[2], true_rev[2]),
            "2026 and 2028 revenue right")
    p.check(l1[1] * 1.25 == 1687.5 and off(r1[1], 1687.5), "PLANTED 2027 grade-1 revenue 1.890 != 1.350 × 1,25 = 1.687,5 (+12 %)")
    p.check(close(true_rev[1], 2537.5) and off(rev[1], true_rev[1]), "PLANTED 2027 total 2.740 != 2.537,5 (+8 %)")
    p.check(rev[2] / rev[0] < 1.3 and true_rev[1] / true_rev[0] < 1.2, "growth modest")
    written = sum(prof) / 3
    true = (prof[0] + true_rev[1] - cost[1] + prof[2]) / 3
    p.check(close(written, 650.4, 0.001) and close(900 / (written + 61), 1.3, 0.03), "stated payback 1,3 from the written profit")
    p.check(close(true, 582.9, 0.001) and off(900 / (true + 61), 900 / (written + 61)), "tolerated knock-on: 1,4 on true profit")
    p.check(250 + 180 + 150 + 30 + 290 == 900 == 500 + 400 and 250 + 180 + 150 + 30 == 610, "capital 900, fixed 610")
    p.check(close(kg[0] / 1800, 1.167, 0.01), "+17 % on 2025")
    p.check(6 * 3 == 18, "6 tàu × 3 tấn")
    p.has("1.250.000 đồng/kg", "850.000 đồng/kg", "(488,4 + 807,4 + 655,4) : 3 = 650,4", "900 : (650,4 + 61) ≈ 1,3 năm",
          "tổng khoảng 18 tấn/năm", "Tổng vốn đầu tư 900 triệu đồng", "khoảng 63 tấn mực tươi/năm")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|\bmùi\b|\bbể\b|biogas|thu gom|ô nhiễm|vệ sinh|khói|phế phẩm|nội tạng được",
            "PLANTED no environmental word or measure")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|chỉ dẫn địa lý|logo|văn bằng", "PLANTED no trademark or IP")
    p.has("Nghị định 43/2017/NĐ-CP")  # the label is covered
    p.clean()
    return p


def w06() -> Plan:
    p = Plan("w06_gio_me_duc_dong_cty")
    kg, meat, staff = p.row("Giò me thành phẩm"), p.row("Thịt me nạc nguyên liệu"), p.row("Lao động |")
    lines = [p.row(x) for x in ("Thịt me nạc (230.000", "Nước mắm, gia vị", "Túi hút chân không", "Điện, gas", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý doanh nghiệp")]
    cost = p.row("Tổng chi phí |")
    rows = [p.row(f"{2026 + y}|", 6) for y in Y]  # kg, revenue, cost, pre-tax, tax, after-tax (triệu)
    for y in Y:  # nghìn đồng in the cost table
        s = rows[y]
        p.check(s[0] == kg[y] and close(meat[y], kg[y] * 1.1), f"kg, meat 1,1 {y}")
        p.check(close(lines[0][y], meat[y] * 230) and close(lines[1][y], kg[y] * 20) and close(lines[2][y], kg[y] * 8)
                and close(lines[3][y], kg[y] * 10) and close(lines[4][y], staff[y] * 6500 * 12)
                and close(lines[5][y], 120000) and close(lines[6][y], [1000, 750, 500][y] * 80)
                and close(lines[7][y], s[1] * 1000 * 0.04) and close(lines[8][y], 80000), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(s[2] * 1000, cost[y]), f"cost sum, summary cost {y}")
        p.check(close(s[1], kg[y] * 0.45), f"revenue 450.000 đ/kg {y}")
        p.check(close(s[4], s[3] * 0.17) and close(s[5], s[3] - s[4]) and s[1] > 3000, f"17 % tax on the stated profit {y}")
        p.check(kg[y] <= 80 * 300 and meat[y] <= 20000, f"capacity 24 tấn, meat 20 tấn {y}")
        if y:
            p.check(s[1] / rows[y - 1][1] < 1.2, f"growth {y}")
    p.check(close(rows[0][3], rows[0][1] - rows[0][2]) and close(rows[2][3], rows[2][1] - rows[2][2]), "2026 and 2028 profit right")
    p.check(rows[1][1] - rows[1][2] == 659.5 and off(rows[1][3], 659.5), "PLANTED 2027 profit 759,5 != 5.175 − 4.515,5 = 659,5 (+15 %)")
    post = [s[5] for s in rows]
    stated = sum(post) / 3
    true = (post[0] + 659.5 * 0.83 + post[2]) / 3
    p.check(close(stated, 575.1, 0.001) and close(1800 / (stated + 120), 2.6, 0.01), "stated payback 2,6")
    p.check(close(1800 / (true + 120), 2.7, 0.01), "tolerated knock-on: 2,7 on the true profit")
    p.check(500 + 300 + 150 + 200 + 50 + 100 + 500 == 1800 == 800 + 1000 and 500 + 300 + 150 + 200 + 50 == 1200,
            "capital 1.800, fixed 1.200")
    p.check(close(kg[0] / 8500, 1.18, 0.01), "+18 % on 2025")
    p.has("450.000 đồng/kg", "(420,0 + 630,4 + 674,8) : 3 ≈ 575,1", "1.800 : (575,1 + 120) ≈ 2,6 năm",
          "cung cấp 20 tấn thịt bê nạc/năm", "80 kg giò/ngày", "24.000 kg/năm", "Tổng vốn đầu tư 1.800 triệu đồng")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|số lô|in trên", "PLANTED no label")
    p.check(p.count("Công ty TNHH Thực phẩm Minh Châu") >= 2 and p.count("Công ty TNHH Thực phẩm An Phú Thịnh") == 2
            and "An Phú Thịnh" not in p.body.split("CHƯƠNG VIII")[0], "PLANTED a second producer name, twice, late")
    p.clean()
    return p


def w07() -> Plan:
    p = Plan("w07_ruou_chuoi_hot_huong_do_htx")
    lit, chai, dry, fresh, rice = (p.row("Rượu chuối hột thành phẩm"), p.row("Số chai 500 ml"), p.row("Chuối hột khô cần dùng"),
                                   p.row("Chuối hột quả tươi cần dùng"), p.row("Gạo nấu rượu"))
    rev, cost, prof = p.row("Doanh thu (95.000"), p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Gạo (16.000", "Men lá", "Chuối hột tươi (8.000", "Củi, điện", "Chai, nút", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý")]
    staff = [8, 10, 12]
    supply = 4 * 4000 + 2000
    for y in Y:  # triệu đồng
        p.check(chai[y] == lit[y] * 2 and dry[y] == lit[y] / 4 and fresh[y] == dry[y] * 5 and rice[y] == lit[y] * 2,
                f"bottles, dried 4 l/kg, fresh 5:1, rice 2 kg/l {y}")
        p.check(close(rev[y], chai[y] * 0.095), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.016) and close(lines[1][y], rice[y] * 0.001) and close(lines[2][y], fresh[y] * 0.008)
                and close(lines[3][y], lit[y] * 0.005) and close(lines[4][y], chai[y] * 0.015)
                and close(lines[5][y], staff[y] * 5.5 * 12) and close(lines[6][y], 80)
                and close(lines[7][y], [400, 300, 200][y] * 0.075) and close(lines[8][y], rev[y] * 0.06)
                and close(lines[9][y], 60), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(lit[y] <= 2 * 60 * 250 and rice[y] <= 50000, f"stills 30.000 lít, rice 50 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.4, f"growth under 40 % {y}")
    p.check(supply == 18000 and fresh[0] <= supply, "2026 bananas within the 18 tấn")
    p.check(off(fresh[1], supply) and off(fresh[2], supply) and fresh[1] > supply,
            "PLANTED bananas 20 / 25 tấn > 18 tấn stated supply (+11 %, +39 %)")
    p.check(800 + 50 + 150 == 1000 == 600 + 400 and 300 + 200 + 150 + 150 == 800, "capital 1.000, fixed 800")
    p.check(avg1(prof) == 771.1 and close(1000 / (771.1 + 80), 1.2, 0.03), "average, payback 1,2")
    p.check(close(lit[0] / 9000, 1.33, 0.01), "+33 % on 2025 with a second still")
    p.has("95.000 đồng/chai", "Tổng nguồn cung khoảng 18 tấn chuối quả tươi/năm, đáp ứng đủ nhu cầu",
          "năng suất khoảng 4 tấn quả/ha/năm, tương đương 16 tấn", "khoảng 2 tấn/năm", "5 kg chuối tươi cho 1 kg chuối khô",
          "1 kg chuối khô cho 4 lít rượu thành phẩm", "(497,2 + 771,1 + 1.045) : 3 = 771,1", "1.000 : (771,1 + 80) ≈ 1,2 năm",
          "Giấy phép sản xuất rượu thủ công", "độ cồn 35% vol")
    p.has("Nghị định số 94/2012/NĐ-CP ngày 12/11/2012")  # PLANTED outdated-policy
    p.lacks(r"105/2017|17/2020/NĐ-CP|1048/QĐ|490/QĐ|38/2012", "PLANTED the current alcohol decree is not cited; nothing else outdated")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|chuẩn",
            "PLANTED no product standard, declaration or lab test")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def w08() -> Plan:
    p = Plan("w08_muoi_ot_xanh_xuan_lien_tht")
    hu, kg, chili, salt, staff = (p.row("Muối ớt xanh hũ 200 g (hũ)"), p.row("Sản lượng (kg)"), p.row("Ớt xanh tươi (kg)"),
                                  p.row("Muối (kg)"), p.row("Lao động (người)"))
    rev, cost, prof = p.row("Doanh thu (35.000"), p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("- Ớt xanh (20.000", "- Muối (5.000", "- Tỏi, chanh", "- Hũ, nắp, nhãn", "- Điện",
                                 "- Tiền công khoán", "- Khấu hao", "- Lãi vay", "- Bán hàng", "- Quản lý")]
    for y in Y:  # đồng
        p.check(kg[y] == hu[y] * 0.2 and close(chili[y], hu[y] * 0.12) and close(salt[y], hu[y] * 0.06), f"kg, chili, salt {y}")
        p.check(close(rev[y], hu[y] * 35000), f"revenue {y}")
        p.check(close(lines[0][y], chili[y] * 20000) and close(lines[1][y], salt[y] * 5000) and close(lines[2][y], hu[y] * 3000)
                and close(lines[3][y], hu[y] * 6000) and close(lines[4][y], hu[y] * 800) and close(lines[5][y], hu[y] * 6000)
                and close(lines[6][y], 28e6) and close(lines[7][y], [150e6, 100e6, 50e6][y] * 0.066)
                and close(lines[8][y], rev[y] * 0.10) and close(lines[9][y], 20e6), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(hu[y] <= 100000 and chili[y] <= 2 * 8000, f"100.000 hũ capacity, 16 tấn chili (not exceeded) {y}")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "Máy xay công nghiệp", "Nồi, chảo", "Máy đóng nắp", "Tủ mát",
                                "Thiết kế hũ", "Vốn lưu động")]
    total = p.one("Tổng cộng")
    p.check(sum(items) == total == 450e6 and sum(items[:5]) == 280e6, "investment table adds up: 450, fixed 280")
    p.check(off(250e6 + 150e6, total), "PLANTED sources 250 + 150 = 400 != 450 (−11 %)")
    p.check(hu[1] / hu[0] == 2.4 and hu[2] / hu[1] > 2.2 and rev[2] / rev[0] > 5,
            "PLANTED output ×2,4 then ×2,2 (15.000 → 36.000 → 80.000 hũ), revenue ×5,3 in two years")
    p.check(close(hu[0] / 12000, 1.25) and close(12000 * 35000, 420e6), "2026 +25 % on 2025 (420 triệu)")
    p.check(staff == [6, 9, 14], "workforce grows with output (piece rate)")
    p.check(avg1([x / 1e6 for x in prof]) == 513.1 and close(450 / (513.1 + 28), 0.8, 0.05), "average, payback 0,8")
    market = p.section("# V - THỊ TRƯỜNG VÀ KÊNH TIÊU THỤ", "# VI -")
    p.check(not re.search(r"hợp đồng|đại lý|siêu thị|nhà phân phối|Shopee|sàn|xuất khẩu|mở thêm|mở rộng kênh", market),
            "market names no contract and no new channel")
    p.has("35.000 đồng/hũ", "các thành viên góp 250.000.000 đồng", "vay Ngân hàng Chính sách xã hội 150.000.000 đồng",
          "công suất thiết kế khoảng 100.000 hũ/năm", "(137,1 + 413,4 + 988,7) : 3 ≈ 513,1", "450 : (513,1 + 28) ≈ 0,8 năm")
    amounts = {vn(x) for x in re.findall(r"(\d[\d.]*) đồng", p.section("# X - NHU CẦU VỐN", "# XI -"))}
    p.check(amounts == {280e6, 250e6, 150e6, 50e6}, "no other capital source and no sources total in the capital section")
    p.lacks(r"an toàn|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|công bố|HACCP|ISO|chứng nhận cơ sở",
            "PLANTED no food-safety certificate, commitment, training or declaration")
    p.clean()
    return p


def w09() -> Plan:
    p = Plan("w09_dau_me_gia_hanh_ho")
    s, b, lit, seed, cake = (p.row("Dầu mè chai 250 ml"), p.row("Dầu mè chai 500 ml"), p.row("Tổng lượng dầu"),
                             p.row("Hạt mè đen nguyên liệu"), p.row("Khô dầu thu hồi"))
    rev, rs, rb, rc = (p.row("Doanh thu |"), p.row("Dầu mè chai 250 ml (85.000"), p.row("Dầu mè chai 500 ml (160.000"),
                       p.row("Khô dầu (8.000"))
    lines = [p.row(x) for x in ("Hạt mè đen (55.000", "Chai, nắp, nhãn", "Điện (4.000", "Công lao động gia đình",
                                 "Công lao động thuê", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Chi khác")]
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    capacity = 12 * 250
    for y in Y:  # triệu đồng
        p.check(lit[y] == s[y] * 0.25 + b[y] * 0.5 and close(seed[y], lit[y] * 2.5) and close(cake[y], lit[y] * 1.5),
                f"litres, seed 2,5, cake 1,5 {y}")
        p.check(close(rs[y], s[y] * 0.085) and close(rb[y], b[y] * 0.16) and close(rc[y], cake[y] * 0.008)
                and close(rev[y], rs[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], seed[y] * 0.055) and close(lines[1][y], s[y] * 0.006 + b[y] * 0.008)
                and close(lines[2][y], lit[y] * 0.004) and close(lines[3][y], 2 * 5 * 12)
                and close(lines[4][y], [1, 1, 2][y] * 5 * 12) and close(lines[5][y], 20)
                and close(lines[6][y] + 1, [100, 50, 0][y] * 0.08 + 1), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(seed[y] <= 12 * 900, f"seed within 10,8 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    p.check(lit[0] <= capacity and lit[1] <= capacity, "2026–2027 within the press's 3.000 lít")
    p.check(capacity == 3000 and off(lit[2], capacity) and lit[2] > capacity, "PLANTED 2028 3.800 lít > 3.000 lít (+27 %)")
    items = [p.one(x) for x in ("Sửa chữa, lát nền", "Máy rang hạt", "Bồn lắng inox", "Máy chiết rót", "Thiết kế chai",
                                "Vốn lưu động")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 260 and stated == 290 and off(stated, sum(items)), "PLANTED Bảng 5 total 290 != items 260 (+11,5 %)")
    p.check(190 + 100 == stated and sum(items[:4]) == 140 and close(140 / 7, 20), "sources = stated total; fixed 140, 20/năm")
    avg = sum(prof) / 3
    p.check(close(avg, 279.1, 0.001) and close(290 / (avg + 20), 1.0, 0.04), "stated payback ≈ 1 năm on 290")
    p.check(off(260 / (avg + 20), 290 / (avg + 20)), "tolerated knock-on: 0,87 on the true 260")
    p.check(close(lit[0] / 2000, 1.2), "+20 % on 2025")
    p.has("85.000 đồng/chai", "160.000 đồng/chai", "khoảng 30 kg hạt, cho khoảng 12 lít dầu", "250 ngày/năm",
          "tối đa khoảng 3.000 lít dầu/năm", "tiếp tục dùng máy ép hiện có", "Tổng vốn đầu tư 290 triệu đồng",
          "vốn tự có của gia đình 190 triệu đồng", "(180,8 + 287,5 + 369,1) : 3 ≈ 279,1", "290 : (279,1 + 20) ≈ 1 năm",
          "tổng khoảng 10,8 tấn hạt/năm", "(đơn vị tính: triệu đồng)")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|đăng ký hộ|"
            r"thành lập|giấy phép|công ty", "PLANTED no business registration or plan to register")
    p.clean()
    return p


def w10() -> Plan:
    p = Plan("w10_cao_dinh_lang_huong_binh_cp")
    a, b, kg, dry, fresh = (p.row("Cao đinh lăng lọ 100 g"), p.row("Cao đinh lăng lọ 250 g"), p.row("Tổng sản lượng cao"),
                            p.row("Dược liệu khô"), p.row("Đinh lăng tươi |"))
    rev, ra, rb = p.row("Doanh thu |"), p.row("Cao lọ 100 g (250.000"), p.row("Cao lọ 250 g (550.000")
    lines = [p.row(x) for x in ("Đinh lăng tươi (8.000", "Mật ong, phụ liệu", "Lọ, hộp, nhãn", "Điện, nhiên liệu",
                                 "Tiền lương", "Khấu hao", "Lãi vay", "Chi phí bán hàng", "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = p.row("Chi phí |"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == a[y] * 0.1 + b[y] * 0.25 and dry[y] == kg[y] * 10 and fresh[y] == dry[y] * 3, f"kg, dry 10, fresh 3 {y}")
        p.check(close(ra[y], a[y] * 0.25) and close(rb[y], b[y] * 0.55) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.008) and close(lines[1][y], kg[y] * 0.02)
                and close(lines[2][y], a[y] * 0.012 + b[y] * 0.02) and close(lines[3][y], kg[y] * 0.1)
                and close(lines[4][y], 16 * 6.5 * 12) and close(lines[5][y], 320)
                and close(lines[6][y], [1200, 900, 600][y] * 0.08) and close(lines[7][y], rev[y] * 0.1)
                and close(lines[8][y], 150), f"costs (wages for 16 workers) {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]) and rev[y] > 3000, f"17 % tax {y}")
        p.check(kg[y] <= 10 * 250 and fresh[y] <= 4 * 18000, f"2.500 kg capacity, 72 tấn herb {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(1500 + 1200 + 300 + 200 + 100 + 300 == 3600 == 2400 + 1200 and 1500 + 1200 + 300 + 200 == 3200, "capital, fixed 3.200")
    avg = sum(post) / 3
    true = 3600 / (avg + 320)
    p.check(close(avg, 1044.1, 0.001) and close(true, 2.64, 0.01), "true payback 2,6 years")
    p.check(off(1.5, true) and off(1.5, 3600 / avg), "PLANTED payback 1,5 != 2,6 (3,4 without depreciation)")
    p.check(close(kg[0] / 1200, 1.25), "+25 % on 2026")
    p.has("Thời gian hoàn vốn của phương án khoảng 1,5 năm", "Lợi nhuận sau thuế bình quân 1.044,1 triệu đồng/năm",
          "khấu hao 320 triệu đồng/năm", "Tổng vốn đầu tư 3.600 triệu đồng", "tổng khoảng 72 tấn/năm")
    p.has("Tổng số lao động hiện có: 12 người", "Công ty hiện có 16 lao động thường xuyên")  # PLANTED figure-inconsistent
    p.check(2 + 1 + 2 + 9 + 2 == 16 and off(12, 16), "PLANTED 12 != 16 workers (the 16 are itemised and paid)")
    market = p.section("# 7. Thị trường tiêu thụ", "# 8.")
    p.check(not re.search(r"đồng|giá|khách|cửa hàng|đại lý|nhà thuốc|hội chợ|online|facebook|zalo|shopee|siêu thị|"
                          r"phân phối|hợp đồng|công ty dược|bệnh viện|bán", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"cửa hàng|đại lý|nhà thuốc|hội chợ|online|facebook|zalo|shopee|siêu thị|phân phối|khách hàng|xuất khẩu|bán lẻ|"
            r"bán buôn|điểm bán|showroom|thương mại|khách du lịch|đơn hàng|giá bán", "PLANTED no sales channel anywhere")
    p.clean()
    return p


def sketchy() -> list[Plan]:
    a = Plan("w11_banh_tet_phu_viet_so_sai")
    a.check(40 * 50000 * 250 == 500e6, "bánh tét sentence (40 đòn × 50.000 × 250 ngày = 500 triệu)")
    a.has("khoảng 40 đòn bánh", "50.000 đồng/đòn", "khoảng 250 ngày", "khoảng 500 triệu đồng")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|giấy chứng nhận|@", "unregistered household, no e-mail (tolerated gaps)")
    a.lacks(r"an toàn thực phẩm|nhãn|tiêu chuẩn|môi trường", "no compliance word at all")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("w12_keo_doi_trung_le_so_sai")
    b.has("khoảng 300 triệu đồng", "khoảng 60 triệu đồng", "vài tạ kẹo", "Giấy chứng nhận số 28F8006913")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, one page")
    b.lacks(r"an toàn thực phẩm|tiêu chuẩn|môi trường|nhãn hiệu", "no compliance paragraph")
    b.lacks(r"\d+ ?(kg|tấn|đồng/)", "no quantity or unit price")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (w01, w02, w03, w04, w05, w06, w07, w08, w09, w10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
