"""The thirty-first holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout31/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source
(cells may carry a unit such as 'tr.đ'); figures quoted from running text are looked up verbatim,
so the numbers cannot drift from the text. The textual planted defects (no registration, no label,
no environmental measure, a replaced instrument cited, no product standard, no food safety, no
trademark, a second producer name, no sales channel, a workshop area stated twice) are asserted
too, as is the absence of template placeholders in every plan.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off, vn  # noqa: E402


class Plan(plancheck.Plan):
    src = HERE / "src"

    _CELL = re.compile(r"^(-?[\d.]+(?:,\d+)?)(?:\s*tr\.đ)?$")

    def row(self, label: str, n: int = 3, skip: int = 0) -> list[float]:
        """As plancheck's, but a cell may carry a unit suffix ('990 tr.đ')."""
        exact = label.endswith("|")
        lab = label.rstrip(" |")
        seen = 0
        for r in self.rows:
            if any((c == lab) if exact else c.startswith(lab) for c in r[:2]):
                nums = [m.group(1) for x in r[1:] if (m := self._CELL.match(x))]
                if len(nums) >= n:
                    if seen == skip:
                        return [vn(x) for x in nums[-n:]]
                    seen += 1
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def section(self, start: str, end: str) -> str:
        return self.body.split(start, 1)[1].split(end, 1)[0]


def costs_profit(p: Plan, rev, lines, cost, what="") -> None:
    for y in Y:
        p.check(close(cost[y], lines_sum(lines, y)), f"{what} cost lines sum {y}")


def a01() -> Plan:
    p = Plan("af01_ca_moi_kho_dan_hai_cty")
    hu, ni, kg, fish, staff = (p.row("Cá mòi kho hũ 250 g"), p.row("Cá mòi kho niêu 500 g"),
                               p.row("Tổng khối lượng thành phẩm"), p.row("Cá mòi tươi cần dùng"), p.row("Lao động |"))
    rev, rh, rn = p.row("Doanh thu |"), p.row("Hũ 250 g (75.000"), p.row("Niêu 500 g (135.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá mòi tươi (40.000", "Nước mắm, gia vị", "Hũ, niêu, nắp", "Tiền lương (7",
                                 "Gas, điện, nước", "Khấu hao tài sản cố định", "Lãi vay |", "Chi phí bán hàng",
                                 "Chi phí quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.25 + ni[y] * 0.5 and close(fish[y], kg[y] * 1.6), f"kg, fish {y}")
        p.check(close(rh[y], hu[y] * 0.075) and close(rn[y], ni[y] * 0.135) and close(rev[y], rh[y] + rn[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.04) and close(lines[1][y], kg[y] * 0.018)
                and close(lines[2][y], hu[y] * 0.006 + ni[y] * 0.015) and close(lines[3][y], staff[y] * 7 * 12)
                and close(lines[4][y], kg[y] * 0.006) and close(lines[5][y], 1500 / 10)
                and close(lines[6][y], [1000, 750, 500][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17, 0.005) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(kg[y] <= 80 * 260 and fish[y] <= 30000, f"capacity 20.800 kg, 30 tấn fish {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(80 * 260 == 20800, "80 kg × 260 ngày")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Nồi kho áp suất,", "Kho lạnh 20 tấn",
                                "Thiết kế bao bì", "Vốn lưu động (mua")]
    p.check(sum(items) == p.one("Tổng cộng") == 2000 == 1000 + 1000 and sum(items[:3]) == 1500, "capital 2.000, fixed 1.500")
    avg = sum(post) / 3
    p.check(close(avg, 441.6, 0.001) and close(2000 / (avg + 150), 3.4, 0.01), "average 441,6, payback 3,4")
    p.check(close(kg[0] / 8600, 1.22, 0.01), "+22 % on 2025")
    p.check(close(post[0] / rev[0], 0.089, 0.01) and close(post[2] / rev[2], 0.153, 0.01), "margins 8,9 % and 15,3 %")
    p.has("75.000 đồng/hũ", "135.000 đồng/niêu", "10.500 kg năm 2026", "khối lượng cam kết 30 tấn",
          "khoảng 20.800 kg/năm", "(268,9 + 441,6 + 614,2) : 3 ≈ 441,6", "2.000 : (441,6 + 150) ≈ 3,4 năm",
          "Công ty hiện có 12 lao động thường xuyên", "vay Ngân hàng TMCP Công thương Việt Nam",
          "vốn chủ sở hữu của công ty 1.000 triệu đồng", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "tiêu chuẩn cơ sở TCCS 01:2025/HĐ", "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP",
          "Cục Sở hữu trí tuệ", "bể lắng ba ngăn", "Quyết định số 148/QĐ-TTg")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018|01/2021/NĐ-CP|38/2012", "ready plan cites a replaced instrument")
    return p


def a02() -> Plan:
    p = Plan("af02_my_nghe_sung_trau_tung_loc_ho")
    yrs = [r for r in p.rows if r[0] in ("2026", "2027", "2028")]
    prod, money, costs = yrs[0:3], yrs[3:6], yrs[6:9]
    n = [[vn(c) for c in r[1:]] for r in prod]
    m = [[vn(c) for c in r[1:]] for r in money]
    c = [[vn(c) for c in r[1:]] for r in costs]
    for y in Y:  # triệu đồng
        lu, du, mn, horn, workers = n[y]
        p.check(close(m[y][0], lu * 0.12) and close(m[y][1], du * 0.25) and close(m[y][2], mn * 1.8)
                and close(m[y][3], sum(m[y][:3])), f"revenue {y}")
        p.check(close(horn, lu * 0.08 + du * 0.25 + mn * 3) and horn <= 2500, f"horn need {y} within 2.500 kg")
        lines = c[y][:9]
        p.check(close(lines[0], horn * 0.18) and close(lines[1], lu * 0.04 + du * 0.08 + mn * 0.7)
                and close(lines[2], lu * 0.008 + du * 0.02 + mn * 0.08) and close(lines[4], 400 / 8)
                and close(lines[5], [200, 100, 0][y] * 0.07) and close(lines[8], m[y][3] * 0.015, 0.01),
                f"cost lines {y}")
        p.check(close(c[y][9], sum(lines)) and close(m[y][4], c[y][9]) and close(m[y][5], m[y][3] - m[y][4]),
                f"cost, profit {y}")
        days = lu * 0.12 + du * 0.3 + mn * 3.5
        p.check(days <= workers * 250, f"workdays {y}")
        p.check(close(days, [1800, 2115, 2430][y]), f"workdays stated {y}")
        if y:
            p.check(m[y][3] / m[y - 1][3] < 1.2, f"growth {y}")
    prof = [m[y][5] for y in Y]
    p.check(150 + 200 + 50 + 30 + 70 == 500 == 300 + 200 and 150 + 200 + 50 == 400, "capital 500, fixed 400")
    avg = sum(prof) / 3
    p.check(close(avg, 448.6, 0.001) and close(500 / (avg + 50), 1.0, 0.01), "average 448,6, payback 1,0")
    p.check(close(n[0][0] / 5200, 1.15, 0.01) and close(n[0][2] / 150, 1.2, 0.01), "+15 % combs, +20 % art on 2025")
    p.has("120.000 đồng/chiếc", "250.000 đồng/bộ", "1.800.000 đồng/sản phẩm", "tổng khối lượng 2.500 kg/năm",
          "Tổng vốn đầu tư: 500 triệu đồng", "vốn tự có của hộ 300 triệu đồng", "200 triệu đồng, lãi suất 7%/năm",
          "(359,2 + 449 + 537,7) : 3 ≈ 448,6", "500 : (448,6 + 50) ≈ 1,0 năm", "Giấy chứng nhận đăng ký hộ kinh doanh",
          "TCCS 01:2026/LG", "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP", "“Sừng Lê Gia”",
          "hệ thống hút bụi túi vải")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018|01/2021/NĐ-CP", "ready plan cites a replaced instrument")
    return p


def a03() -> Plan:
    p = Plan("af03_xe_dien_lang_co_dong_thai_htx")
    guests, hires, trips, staff = p.row("Khách lẻ"), p.row("Chuyến thuê trọn xe"), p.row("Tổng số chuyến chạy"), p.row("Lao động |")
    rg, rt, rev = p.row("Doanh thu vé khách lẻ"), p.row("Doanh thu thuê trọn xe"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Điện sạc", "Tiền lương", "Bảo dưỡng", "Bảo hiểm, kiểm định", "Khấu hao |", "Lãi vay |",
                                 "Đóng góp cho Ban quản lý", "Quảng bá, hoa hồng", "Quản lý, chi khác")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # nghìn đồng
        p.check(close(rg[y], guests[y] * 80) and close(rt[y], hires[y] * 800) and close(rev[y], rg[y] + rt[y]), f"revenue {y}")
        p.check(close(trips[y], guests[y] / 10 + hires[y]) and trips[y] <= 8 * 10 * 330, f"trips {y} within 26.400")
        p.check(close(lines[0][y], trips[y] * 25) and close(lines[1][y], staff[y] * 6500 * 12)
                and close(lines[4][y], 2500000 / 10) and close(lines[5][y], [1200000, 900000, 600000][y] * 0.075)
                and close(lines[6][y], rev[y] * 0.10), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000000 else 0.17
        p.check(close(tax[y], pre[y] * rate, 0.001) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(8 * 10 * 330 == 26400, "26.400 chuyến")
    items = [p.one(x) for x in ("8 xe điện 14 chỗ", "Trạm sạc, nhà chờ", "Bảng chỉ dẫn", "Đào tạo, đồng phục", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 2800 == 1600 + 1200 and items[0] + items[1] == 2500
            and items[0] == 8 * 280, "capital 2.800, fixed 2.500")
    avg = sum(post) / 3 / 1000
    p.check(close(avg, 832.2, 0.001) and close(2800 / (avg + 250), 2.6, 0.01), "average 832,2, payback 2,6")
    p.check(close(guests[0] / 15200, 1.58, 0.01) and close(guests[0] / 62000, 0.39, 0.02), "+58 % on 2025, 39 % of visitors")
    p.check(close(15200 * 80 + 180 * 800, 1360000, 0.001), "2025 revenue 1,36 tỷ")
    p.check(all(post[y] / 1000 + 250 > 300 for y in Y), "depreciation + profit cover the 300 principal")
    p.has("80.000 đồng/khách", "800.000 đồng/chuyến", "24.000 lượt khách", "2.800 triệu đồng", "2,4 tỷ đồng",
          "2.800 : (832,2 + 250) ≈ 2,6 năm", "26.400 chuyến/năm", "9 thành viên chính thức",
          "vốn góp của thành viên 1.600 triệu đồng", "1.200 triệu đồng, thời hạn 4 năm, lãi suất 7,5%/năm",
          "TCCS 01:2026/ĐT", "Cục Sở hữu trí tuệ", "Ắc quy hết hạn và lốp cũ được thu hồi", "Giấy chứng nhận đăng ký hợp tác xã")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018|01/2021/NĐ-CP", "ready plan cites a replaced instrument")
    return p


def a04() -> Plan:
    p = Plan("af04_banh_phu_the_cam_binh_tht")
    box, loose, pcs = p.row("Bánh hộp 10 chiếc"), p.row("Bánh lẻ theo đơn"), p.row("Tổng số bánh")
    rb, rl, rev = p.row("Doanh thu bánh hộp"), p.row("Doanh thu bánh lẻ"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Nguyên liệu (2.000", "Hộp giấy, khuôn lá", "Tiền công khoán", "Gas, điện, nước",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, giao hàng", "Quản lý, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(pcs[y] == box[y] * 10 + loose[y], f"pieces {y}")
        p.check(close(rb[y], box[y] * 0.055) and close(rl[y], loose[y] * 0.0045) and close(rev[y], rb[y] + rl[y]), f"revenue {y}")
        p.check(close(lines[0][y], pcs[y] * 0.002) and close(lines[1][y], box[y] * 0.005 + loose[y] * 0.0002)
                and close(lines[2][y], pcs[y] * 0.0012) and close(lines[3][y], pcs[y] * 0.0002)
                and close(lines[4][y], 300 / 10) and close(lines[5][y], [150, 100, 50][y] * 0.06), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(pcs[y] * 0.015 <= 8000 and pcs[y] * 0.008 <= 4000 and pcs[y] <= 2000 * 280, f"flour, beans, capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check([pcs[y] * 0.015 for y in Y] == [4950, 5700, 6450] and [pcs[y] * 0.008 for y in Y] == [2640, 3040, 3440],
            "flour and bean needs")
    items = [p.one(x) for x in ("Máy xay bột, máy sên", "2 tủ hấp", "Máy hàn túi", "Cải tạo bếp", "Thiết kế hộp", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 450 == 300 + 150 and sum(items[:4]) == 300, "capital 450, fixed 300")
    avg = sum(prof) / 3
    p.check(avg == 323 and close(450 / (avg + 30), 1.3, 0.02), "average 323, payback 1,3")
    p.check(close(pcs[0] / 265000, 1.25, 0.01) and 14500 * 10 + 120000 == 265000, "+25 % on 2025")
    p.check(close((lines[2][0] + prof[0]) / 14 / 12, 3.9, 0.02), "about 4 triệu a month per worker")
    p.check(close(lines[0][0] / cost[0], 0.47, 0.01) and close(lines[2][0] / cost[0], 0.28, 0.02)
            and lines[0][0] * 0.1 == 66, "material ≈ half, labour ≈ 28 %, +10 % material = -66 triệu")
    p.has("55.000 đồng/hộp", "4.500 đồng/chiếc", "330.000 chiếc", "450 triệu đồng", "1.665 triệu đồng",
          "8 tấn gạo/năm", "khoảng 560.000 chiếc/năm", "450 : (323 + 30) ≈ 1,3 năm", "12 thành viên",
          "Luật Hợp tác xã số 17/2023/QH15", "bản cam kết bảo đảm an toàn thực phẩm", "tự công bố sản phẩm",
          "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP", "“Bánh phu thê Cẩm Bình”", "bể lắng")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018|01/2021/NĐ-CP", "ready plan cites a replaced instrument")
    return p


def r05() -> Plan:
    p = Plan("af05_nem_chao_ba_tu_thach_lac_ho")
    yrs = [[vn(c) for c in r[1:]] for r in p.rows if r[0] in ("2026", "2027", "2028")]
    bags, bulk, kg, staff = ([r[i] for r in yrs] for i in range(4))
    price_bag, price_kg = 0.13, 0.22  # triệu đồng
    true_rev = [bags[y] * price_bag + bulk[y] * price_kg for y in Y]
    stated_rev = [2000, 2558, 2696]
    stated_bag_rev = [1560, 2030, 2080]
    lines = [[836, 982.3, 1128.6], [64, 75.2, 86.4], [36, 42, 48], [396, 462, 528], [32, 37.6, 43.2],
             [60, 60, 60], [28, 21, 14], [60, 70, 80], [24, 24, 24]]
    cost = [1536, 1774.1, 2012.2]
    profit = [464, 783.9, 683.8]
    for y in Y:
        p.check(kg[y] == bags[y] * 0.5 + bulk[y], f"kg {y}")
        p.check(close(lines[0][y], kg[y] * 1.1 * 0.095) and close(lines[1][y], kg[y] * 0.008)
                and close(lines[2][y], bags[y] * 0.003) and close(lines[3][y], staff[y] * 5.5 * 12)
                and close(lines[4][y], kg[y] * 0.004) and close(lines[5][y], 600 / 10)
                and close(lines[6][y], [400, 300, 200][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(profit[y], stated_rev[y] - cost[y]), f"profit follows the stated revenue {y}")
        p.check(kg[y] <= 50 * 300, f"capacity 15.000 kg {y}")
        p.check(close(stated_rev[y], stated_bag_rev[y] + bulk[y] * price_kg), f"stated total = stated parts {y}")
    p.check(close(stated_rev[0], true_rev[0]) and close(stated_rev[2], true_rev[2]), "2026 and 2028 revenue right")
    p.check(bags[1] * price_bag == 1820 and off(stated_bag_rev[1], 1820) and close(stated_bag_rev[1] / 1820, 1.115, 0.01),
            "PLANTED 2027 bag revenue 2.030 != 14.000 × 130.000 = 1.820 (+11,5 %)")
    p.check(close(true_rev[1], 2348) and off(stated_rev[1], true_rev[1]), "PLANTED 2027 total 2.558 != 2.348")
    avg = sum(profit) / 3
    true_avg = (profit[0] + true_rev[1] - cost[1] + profit[2]) / 3
    p.check(close(avg, 643.9, 0.001) and close(900 / (avg + 60), 1.3, 0.02), "stated payback 1,3 on the stated profit")
    p.check(close(900 / (true_avg + 60), 1.42, 0.01), "tolerated knock-on: true payback 1,42")
    p.check(350 + 250 + 300 == 900 == 500 + 400 and 90 + 45 + 50 + 35 + 30 == 250, "capital 900, equipment 250")
    p.check(kg[0] / 6400 == 1.25 and all(1.14 < kg[y] / kg[y - 1] < 1.18 for y in (1, 2)), "growth +25 %, 15–18 %")
    p.has("12.000 túi × 130.000 đồng/túi = 1.560 triệu đồng", "14.000 túi × 130.000 đồng/túi, doanh thu 2.030 triệu đồng",
          "tổng doanh thu 2.558 triệu đồng", "Lợi nhuận năm 2027 là 783,9 triệu đồng", "900 : (643,9 + 60) ≈ 1,3 năm",
          "130.000 đồng/túi", "220.000 đồng/kg", "8.000 kg", "900 triệu đồng", "2.000 triệu đồng",
          "bản cam kết bảo đảm an toàn thực phẩm", "tự công bố sản phẩm", "nộp đơn đăng ký nhãn hiệu", "bể tách mỡ")
    p.check(not any(r[0] in ("Doanh thu", "Lợi nhuận") for r in p.rows), "no financial table: running text only")
    p.lacks(r"hộ kinh doanh|đăng ký kinh doanh|đăng ký hộ|mã số thuế|giấy chứng nhận đăng ký|giấy phép kinh doanh|"
            r"doanh nghiệp|hợp tác xã|tổ hợp tác|thành lập|sẽ đăng ký (?!nhãn)|làm thủ tục đăng ký",
            "PLANTED no business registration or plan to register")
    p.check(re.findall(r"đăng ký \w+ \w+", p.body) == ["đăng ký nhãn hiệu"], "the only 'đăng ký' is the trademark filing")
    p.lacks(r"nhãn(?! hiệu)|ghi nhãn|tem |43/2017|111/2021|in hạn sử dụng|in ngày", "PLANTED no label or labelling plan")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018", "replaced instrument")
    return p


def r06() -> Plan:
    p = Plan("af06_ruou_ngu_gia_bi_tra_son_cty")
    ch, bi, lit, rice, bark = (p.row("Chai 500 ml"), p.row("Bình sứ 1 lít"), p.row("Tổng sản lượng"), p.row("Gạo nếp |"),
                               p.row("Vỏ ngũ gia bì khô"))
    rc, rb, rev = p.row("Doanh thu chai 500 ml"), p.row("Doanh thu bình 1 lít"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Gạo nếp (20.000", "Vỏ ngũ gia bì (160.000", "Men, nhiên liệu", "Chai, bình, nút",
                                 "Tiền lương", "Điện, nước, văn phòng", "Khấu hao |", "Lãi vay |", "Chi phí bán hàng",
                                 "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [8, 8, 9]
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + bi[y] and close(rice[y], lit[y] * 1.4) and close(bark[y], lit[y] * 0.05), f"litres {y}")
        p.check(close(rc[y], ch[y] * 0.18) and close(rb[y], bi[y] * 0.35) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.02) and close(lines[1][y], bark[y] * 0.16) and close(lines[2][y], lit[y] * 0.008)
                and close(lines[3][y], ch[y] * 0.015 + bi[y] * 0.055) and close(lines[4][y], staff[y] * 7 * 12)
                and close(lines[6][y], 1600 / 10) and close(lines[7][y], [1000, 750, 500][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate, 0.003) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(rice[y] <= 18000 and bark[y] <= 800 and lit[y] * 0.725 <= 60 * 280, f"rice, bark, still {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(0.725 * 40, 29) and 60 * 280 == 16800, "0,725 l of 40 % per litre of 29 %; 16.800 l")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng, kho", "Nồi chưng cất inox", "Bồn inox ngâm ủ", "Máy lọc tinh",
                                "Thiết kế bao bì", "Vốn lưu động (nguyên")]
    total = p.one("Tổng vốn đầu tư")
    sources = 1000 + 1000
    p.check(sum(items) == total == 2400 and sum(items[:4]) == 1600, "investment items add up to 2.400, fixed 1.600")
    p.check(off(sources, total) and close(sources / total, 0.833, 0.01), "PLANTED sources 1.000 + 1.000 = 2.000 != 2.400")
    avg = sum(post) / 3
    p.check(close(avg, 853.9, 0.001) and close(total / (avg + 160), 2.4, 0.02), "payback 2,4 on the 2.400 total (right)")
    p.check(close(lit[0] / 5900, 1.19, 0.01), "+19 % on 2025")
    p.has("Tổng nhu cầu vốn của phương án là 2.400 triệu đồng", "vốn chủ sở hữu 1.000 triệu đồng; vay Ngân hàng TMCP Đầu tư",
          "1.000 triệu đồng, thời hạn 4 năm", "2.400 : (853,9 + 160) ≈ 2,4 năm", "180.000 đồng/chai", "350.000 đồng/bình",
          "7.000 lít", "18 tấn", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "QCVN 6-3:2010/BYT",
          "Không dành cho người dưới 18 tuổi", "Giấy chứng nhận đăng ký nhãn hiệu số 512874")
    p.check(p.count("1.000 triệu đồng") == 2, "only the two sources are stated as 1.000 triệu")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current OCOP instruments are not cited")
    p.lacks(r"môi trường|nước thải|chất thải|\bbã\b|bỗng|\brác\b|khói|mùi hôi|xử lý|bể lắng|biogas|thức ăn chăn nuôi|"
            r"đăng ký môi trường|08/2022|05/2025", "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r07() -> Plan:
    p = Plan("af07_tra_sam_day_son_kim_htx")
    area, yld, supply = p.row("Diện tích cho thu hoạch"), p.row("Năng suất bình quân"), p.row("Sản lượng củ tươi cung ứng")
    box, bag, dry, need, staff = (p.row("Trà túi lọc hộp 60 g"), p.row("Sâm dây khô túi 200 g"), p.row("Tổng sản phẩm khô"),
                                  p.row("Củ sâm dây tươi cần dùng"), p.row("Lao động tại xưởng"))
    rb, rg, rev = p.row("Doanh thu trà túi lọc"), p.row("Doanh thu sâm dây khô"), p.row("Cộng doanh thu")
    lines = [p.row(x) for x in ("Củ sâm dây tươi (45.000", "Hộp, túi lọc", "Điện sấy", "Tiền lương", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    cost, pre, tax, post = p.row("Cộng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(dry[y], box[y] * 0.06 + bag[y] * 0.2) and close(need[y], dry[y] * 4), f"dry kg, fresh need {y}")
        p.check(close(supply[y], area[y] * yld[y]) and supply[y] == 6000, f"supply 2,5 ha × 2.400 {y}")
        p.check(close(rb[y], box[y] * 0.085) and close(rg[y], bag[y] * 0.18) and close(rev[y], rb[y] + rg[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 0.045) and close(lines[1][y], box[y] * 0.009 + bag[y] * 0.005)
                and close(lines[2][y], dry[y] * 0.02) and close(lines[3][y], staff[y] * 5.5 * 12)
                and close(lines[4][y], 800 / 10) and close(lines[5][y], [400, 300, 200][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15, 0.003) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(dry[y] <= 12 * 250, f"line capacity 3.000 kg {y}")
    p.check(need[0] <= supply[0], "2026 need 6.000 = supply")
    p.check(off(need[1], supply[1]) and off(need[2], supply[2]) and need[1] / supply[1] == 1.2 and need[2] / supply[2] == 1.4,
            "PLANTED fresh roots 7.200 / 8.400 kg needed vs 6.000 kg supply (+20 %, +40 %)")
    p.has("Vùng nguyên liệu của hợp tác xã bảo đảm đủ củ tươi cho kế hoạch sản xuất")
    p.has("nhà xưởng sơ chế, sấy và đóng gói của hợp tác xã rộng 300 m², xây năm 2021",
          "Nhà xưởng chế biến hiện có của hợp tác xã (180 m², xây năm 2021)")  # PLANTED figure-inconsistent
    p.check(off(300, 180) and p.count(" m²") == 2, "PLANTED workshop 300 m² vs 180 m², no other area in m²")
    p.lacks(r"mở rộng nhà xưởng|xây mới|xây thêm", "no extension that could explain two areas")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng |", "Máy sấy, máy thái", "Máy đóng túi lọc tự động", "Thiết kế bao bì",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 600 + 400 and sum(items[:3]) == 800, "capital 1.000, fixed 800")
    avg = sum(post) / 3
    p.check(close(avg, 555, 0.001) and close(1000 / (avg + 80), 1.6, 0.02), "average 555, payback 1,6")
    p.check(close(dry[0] / 1250, 1.2, 0.001), "+20 % on 2025")
    p.check(close(lines[3][0] / cost[0], 0.39, 0.01) and close(lines[0][0] / cost[0], 0.20, 0.01)
            and 24 < lines[0][0] / 11 < 25 and 34 < lines[0][2] / 11 < 35, "wage and root shares; 25–34 triệu a household")
    p.has("85.000 đồng/hộp", "180.000 đồng/túi", "1.500 kg", "1.000 triệu đồng", "45.000 đồng/kg",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP",
          "“Sâm dây Sơn Kim”", "hố lắng")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|QCVN|TCVN|hợp quy|hợp chuẩn|chỉ tiêu (chất lượng|an toàn|vi sinh)|"
            r"phiếu kết quả", "PLANTED no product standard, declaration or lab test")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018", "replaced instrument")
    return p


def r08() -> Plan:
    p = Plan("af08_nuoc_ep_dua_hau_thach_khe_cp")
    yrs = [[vn(c) for c in r[1:]] for r in p.rows if r[0] in ("2026", "2027", "2028")]
    small, big, lit, melon, staff = ([r[i] for r in yrs] for i in range(5))
    chan = [p.row(x) for x in ("Siêu thị, nhà phân phối", "Cửa hàng tiện lợi", "Quán cà phê", "Bán trực tuyến")]
    chan_total = p.row("Tổng cộng", skip=0)
    rs, rb, rev = p.row("Doanh thu chai 330 ml"), p.row("Doanh thu chai 1 lít"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Dưa hấu nguyên liệu", "Chai, nắp, nhãn", "Chanh, vitamin C", "Tiền lương",
                                 "Điện, nước, làm lạnh", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển lạnh",
                                 "Quản lý doanh nghiệp")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(lit[y], small[y] * 0.33 + big[y]) and close(melon[y], lit[y] * 1.6), f"litres, melons {y}")
        p.check(close(rs[y], small[y] * 0.018) and close(rb[y], big[y] * 0.045) and close(rev[y], rs[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], melon[y] * 0.00625) and close(lines[1][y], small[y] * 0.0025 + big[y] * 0.006)
                and close(lines[2][y], lit[y] * 0.001) and close(lines[3][y], staff[y] * 7 * 12)
                and close(lines[4][y], lit[y] * 0.003) and close(lines[5][y], 3000 / 10)
                and close(lines[6][y], [2000, 1500, 1000][y] * 0.08) and close(lines[7][y], rev[y] * 0.10), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17, 0.003) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(melon[y] <= 25 * 30 * 2 * 1000 * 0.3, f"melons within 30 % of 25 ha × 30 t × 2 vụ {y}")
        p.check(close(chan_total[y], small[y]), f"channel total = production {y}")
    capacity = 400 * 300
    p.check(lit[0] <= capacity and lit[1] <= capacity, "2026, 2027 within 120.000 l")
    p.check(off(lit[2], capacity) and close(lit[2] / capacity, 1.1575, 0.001),
            "PLANTED 2028 output 138.900 l > 120.000 l capacity (+15,75 %)")
    p.check(240 + 60 == 300, "240 + 60 = 300 working days")
    sums = [lines_sum(chan, y) for y in Y]
    p.check(sums[0] == chan_total[0] and sums[2] == chan_total[2], "2026 and 2028 channel columns add up")
    p.check(sums[1] == 260000 and chan_total[1] == 280000 and off(sums[1], chan_total[1]),
            "PLANTED 2027 channel items 260.000 != total 280.000 (-7,1 %)")
    items = [p.one(x) for x in ("Nhà xưởng 600 m²", "Dây chuyền ép", "Xe tải lạnh", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng", skip=1) == 3600 == 1600 + 2000 and sum(items[:3]) == 3000, "capital 3.600, fixed 3.000")
    avg = sum(post) / 3
    p.check(close(avg, 610.2, 0.001) and close(3600 / (avg + 300), 4.0, 0.02), "average 610,2, payback ≈ 4")
    p.check(close(lit[0] / 68000, 1.46, 0.01) and all(close(lit[y] / lit[y - 1], 1.18, 0.01) for y in (1, 2)), "growth 46 %, 18 %")
    p.has("400 lít/ca", "1 ca/ngày, 300 ngày/năm", "120.000 lít/năm", "Phương án không đầu tư thêm dây chuyền",
          "18.000 đồng/chai", "45.000 đồng/chai", "99.200 lít", "3.600 triệu đồng", "3.600 : (610,2 + 300) ≈ 4 năm",
          "TCCS 01:2026/NSX", "QCVN 6-2:2010/BYT", "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP",
          "“Dưa hấu Thạch Khê”", "đăng ký môi trường")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|HACCP|ISO|GMP|15/2018|55/2010|Luật An toàn|cam kết (bảo đảm )?an toàn|"
            r"khám sức khỏe|đủ điều kiện|kiến thức an toàn|tự công bố",
            "PLANTED no food-safety certificate, commitment, training or plan anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018", "replaced instrument")
    return p


def r09() -> Plan:
    p = Plan("af09_mat_ong_hoa_man_huong_minh_tht")
    kg, jars, bottles, staff = p.row("Mật ong tiêu thụ"), p.row("Hũ 500 g (60%"), p.row("Chai 1 kg (40%"), p.row("Lao động tại nhà sơ chế")
    rev, rj, rbt = p.row("Doanh thu |"), p.row("Hũ 500 g × 220.000"), p.row("Chai 1 kg × 400.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mật ong nguyên liệu", "Hũ, chai, nắp, nhãn", "Tiền lương 6", "Điện, vận hành máy",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # nghìn đồng
        p.check(close(jars[y] * 0.5 + bottles[y], kg[y]) and close(jars[y] * 0.5, kg[y] * 0.6), f"60/40 split {y}")
        p.check(close(rj[y], jars[y] * 220) and close(rbt[y], bottles[y] * 400) and close(rev[y], rj[y] + rbt[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 180) and close(lines[1][y], jars[y] * 10 + bottles[y] * 15)
                and close(lines[2][y], staff[y] * 6000 * 12) and close(lines[3][y], kg[y] * 5)
                and close(lines[4][y], 320000 / 8) and close(lines[5][y], 200000 * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(kg[y] <= 250 * 12 + 12000 and kg[y] <= 50 * 2 * 200, f"honey supply 15.000, extractor 20.000 {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2026 and 2028 profit right")
    p.check(rev[1] - cost[1] == 872600 and prof[1] == 962600 and off(prof[1], rev[1] - cost[1]),
            "PLANTED 2027 profit 962.600 != 2.798.400 − 1.925.800 = 872.600 (+10,3 %)")
    g1, g2 = kg[1] / kg[0], kg[2] / kg[1]
    p.check(close(g1, 2.2) and close(g2, 2.12, 0.01) and close(rev[1] / rev[0], 2.2) and close(rev[2] / rev[1], 2.12, 0.01),
            "PLANTED output and revenue ×2,2 then ×2,12")
    p.check(staff == [6, 6, 6] and close(kg[0] / 2500, 1.2), "same 6 workers; 2026 only +20 % on 2025")
    market = p.section("# MỤC 7: THỊ TRƯỜNG TIÊU THỤ", "# MỤC 8")
    p.check("như hiện nay" in market and "giữ nguyên cách bán" in market, "market: the same channels as now")
    p.lacks(r"hợp đồng (tiêu thụ|bao tiêu|bán|cung cấp cho)|siêu thị|nhà phân phối|đại lý|xuất khẩu|Shopee|sàn thương mại",
            "no new channel, contract or distributor that could explain the growth")
    stated_avg, true_avg = sum(prof) / 3 / 1000, (sum(prof) - 90000) / 3 / 1000
    p.check(close(stated_avg, 1182.5, 0.001) and close(400 / (stated_avg + 40), 0.33, 0.02)
            and close(400 / (true_avg + 40), 0.34, 0.02), "payback 0,3 on either profit (no knock-on)")
    p.check(150 + 170 + 30 + 50 == 400 == 200 + 200 and 150 + 170 == 320, "capital 400, fixed 320")
    p.has("220.000 đồng/hũ", "400.000 đồng/chai", "3.000 kg", "400 triệu đồng", "12.000 kg", "khoảng 20.000 kg/năm",
          "(87 + 962,6 + 2.498) : 3 ≈ 1.182,5", "400 : (1.182,5 + 40) ≈ 0,3 năm", "tăng gấp đôi mỗi năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố sản phẩm",
          "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP", "tem QR")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|văn bằng|Cục SHTT",
            "PLANTED no trademark or IP protection anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018", "replaced instrument")
    return p


def r10() -> Plan:
    p = Plan("af10_ruoc_ca_loc_ky_phong_htx")
    jar, bag, kg, fish = p.row("Hũ 150 g"), p.row("Túi 500 g"), p.row("Tổng sản lượng ruốc"), p.row("Cá lóc tươi |")
    rj, rb, rev = p.row("Doanh thu hũ 150 g"), p.row("Doanh thu túi 500 g"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Cá lóc tươi (50.000", "Gia vị, nước mắm", "Hũ, túi, nhãn", "Tiền lương", "Điện, gas",
                                 "Khấu hao |", "Lãi vay |", "Chi phí tiêu thụ", "Quản lý, chi khác")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [5, 5, 6]
    for y in Y:  # triệu đồng
        p.check(kg[y] == jar[y] * 0.15 + bag[y] * 0.5 and fish[y] == kg[y] * 4, f"kg, fish {y}")
        p.check(close(rj[y], jar[y] * 0.095) and close(rb[y], bag[y] * 0.29) and close(rev[y], rj[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.05) and close(lines[1][y], kg[y] * 0.015)
                and close(lines[2][y], jar[y] * 0.004 + bag[y] * 0.006) and close(lines[3][y], staff[y] * 5.5 * 12)
                and close(lines[4][y], kg[y] * 0.01) and close(lines[5][y], 500 / 10)
                and close(lines[6][y], [300, 200, 100][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15, 0.003) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(fish[y] <= 6 * 5000 and kg[y] <= 18 * 250, f"fish within 30 tấn, capacity 4.500 kg {y}")
    p.check(2 * 3 * 3 == 18 and 18 * 250 == 4500, "2 pans × 3 batches × 3 kg")
    p.check(200 + 300 + 50 + 150 == 700 == 400 + 300, "capital 700")
    avg = sum(post) / 3
    true_payback = 700 / (avg + 50)
    p.check(close(avg, 438.9, 0.001) and close(true_payback, 1.43, 0.01), "true payback ≈ 1,43")
    p.check(off(0.8, true_payback) and off(0.8, 700 / avg) and off(0.8, 700 / pre[2]),
            "PLANTED payback 0,8 năm != 1,43 (1,6 without depreciation; 1,12 on 2028 pre-tax profit alone)")
    p.check(close(kg[0] / 1900, 1.21, 0.01), "+21 % on 2025")
    p.check(close(lines[0][0] / cost[0], 0.44, 0.01) and 0.30 <= lines[3][2] / cost[2] and lines[3][0] / cost[0] < 0.32,
            "fish ≈ 44 %, wages ≈ 30 % of cost")
    p.has("thời gian hoàn vốn khoảng 0,8 năm", "95.000 đồng/hũ", "290.000 đồng/túi", "2.300 kg", "700 triệu đồng", "30 tấn")
    p.check(p.count("Hợp tác xã Nông nghiệp và Thủy sản Kỳ Phong") == 3
            and p.count("HỢP TÁC XÃ NÔNG NGHIỆP VÀ THỦY SẢN KỲ PHONG") == 1
            and p.count("Hợp tác xã Dịch vụ nông nghiệp Cẩm Trung") == 2, "PLANTED a second producer name, twice")
    org = p.section("# 8/ Tổ chức sản xuất", "# 9/")
    comp = p.section("# 12/ Pháp lý", "# 13/")
    p.check("Cẩm Trung" in org and "Cẩm Trung" in comp, "PLANTED the other name in the organisation and compliance sections")
    market = p.section("# 6/ Thị trường", "# 7/")
    p.check(not re.search(r"giá|đồng|khách hàng|người mua|cửa hàng|siêu thị|đại lý|chợ|online|trực tuyến|facebook|zalo|"
                          r"shopee|hội chợ|phân phối|điểm bán|bán lẻ|bán buôn|trường học|bếp ăn|nhà hàng|công ty|\d", market, re.I),
            "PLANTED the market section names no customer, channel, price or number")
    p.lacks(r"cửa hàng|siêu thị|đại lý|\bchợ\b|facebook|zalo|shopee|sàn thương mại|online|trực tuyến|hội chợ|bán lẻ|bán buôn|"
            r"nhà phân phối|điểm bán|đơn hàng|khách hàng|khách du lịch|xuất khẩu|nhà hàng|bếp ăn|trường học",
            "PLANTED no sales channel anywhere")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố sản phẩm",
          "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP", "“Ruốc cá lóc Kỳ Phong”", "bể tách mỡ")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018", "replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("af11_hanh_tim_kho_thinh_loc_so_sai")
    a.check(3000 * 60000 == 180e6, "3 tấn × 60.000 = 180 triệu")
    a.has("khoảng 3 tấn", "60.000 đồng/kg", "180 triệu đồng", "đã đăng ký hộ kinh doanh năm 2024", "thương lái",
          "chợ Thịnh Lộc")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất", "genuine gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("af12_banh_no_duc_dong_so_sai")
    b.check(500 * 3000 == 1.5e6, "500 chiếc × 3.000 đ = 1,5 triệu a day")
    b.has("khoảng 500 chiếc", "3.000 đồng/chiếc", "chưa có đăng ký kinh doanh", "chợ Trổ")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"@|email|mã số thuế|giấy chứng nhận|sẽ đăng ký|an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường",
            "no e-mail, no registration or plan, genuine gaps (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def distinct_sentences(plans: list[Plan]) -> Plan:
    """No sentence of 12+ words is shared by two producers' plans (the boilerplate rule would be right)."""
    p = plans[0]
    seen: dict[str, str] = {}
    for q in plans:
        for s in re.split(r"(?<=[.;:])\s+|\n", q.body):
            s = " ".join(s.split())
            if len(s.split()) >= 12 and not s.startswith("|"):
                if s in seen and seen[s] != q.stem:
                    p.failures.append(f"sentence shared by {seen[s]} and {q.stem}: {s[:80]}")
                seen.setdefault(s, q.stem)
    return p


def main() -> int:
    plans = [fn() for fn in (a01, a02, a03, a04, r05, r06, r07, r08, r09, r10)] + sketchy()
    distinct_sentences(plans)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
