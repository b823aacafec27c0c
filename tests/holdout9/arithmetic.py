"""The ninth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout9/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %; a figure the plan rounds to one decimal within
its rounding). Table figures are read from the plan's source; figures quoted from running text
are looked up verbatim, so the numbers cannot drift from the text. The textual planted defects
(no food safety, no environmental measure, a second producer name, no label, no registration,
no trademark, no sales channel, no product standard, a replaced instrument) are asserted too,
as is the absence of template placeholders and of replaced instruments in the other plans.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, avg1, close, lines_sum, off  # noqa: E402,F401

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|123/2018|Luật Hợp tác xã (năm )?2012|UBND huyện|cấp huyện"


class Plan(plancheck.Plan):
    src = HERE / "src"

    def section(self, start: str, end: str) -> str:
        return self.body.split(start, 1)[1].split(end, 1)[0]


def clean(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument or district body cited")


def rounds(x: float, stated: float) -> bool:
    """A figure the plan rounds to one decimal (payback years)."""
    return abs(x - stated) <= 0.05 + 1e-9


def u01() -> Plan:
    p = Plan("u01_moc_nhi_son_hong_htx")
    bags = p.row("Số phôi đưa vào trồng", skip=1)
    kg, tui, kgtui, bb, saw = (p.row("Sản lượng mộc nhĩ khô (0,08"), p.row("Túi 200 g|"), p.row("Khối lượng đóng túi"),
                               p.row("Bán buôn bao 5 kg"), p.row("Mùn cưa cần dùng"))
    rev, ra, rb = p.row("Doanh thu|", skip=1), p.row("Túi 200 g (45.000"), p.row("Bán buôn (180.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Phôi: mùn cưa", "Bao bì, nhãn|", "Tiền lương lao động", "Khấu hao tài sản",
                                 "Lãi vay|", "Chi phí bán hàng", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(kg[y], bags[y] * 0.08) and kgtui[y] == tui[y] * 0.2 and kg[y] == kgtui[y] + bb[y]
                and saw[y] == bags[y] / 1000, f"kg, bags, sawdust {y}")
        p.check(close(ra[y], tui[y] * 0.045) and close(rb[y], bb[y] * 0.18) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], bags[y] * 0.0035) and close(lines[1][y], tui[y] * 0.003 + bb[y] * 0.001)
                and close(lines[2][y], [6, 6, 7][y] * 5 * 12) and lines[3][y] == 60
                and close(lines[4][y], [300, 200, 100][y] * 0.07) and close(lines[5][y], rev[y] * 0.05)
                and lines[6][y] == 30, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(abs(tax[y] - pre[y] * 0.15) <= 0.06 and close(post[y], pre[y] - tax[y]) and rev[y] <= 3000, f"15 % tax {y}")
        p.check(bags[y] <= 5 * 10000 * 2 and bags[y] <= 1200 * 100 and kg[y] * 8 <= 300 * 220 and saw[y] <= 120,
                f"growing houses, sterilising, dryer, sawdust contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(kg[2] * 8 == 57600 and 300 * 220 == 66000, "57.600 kg fresh vs 66.000 dryer")
    items = [p.one(x) for x in ("Nhà trồng nấm thứ 5", "Nồi hơi và lò hấp", "Máy đóng bịch", "Máy sấy bơm nhiệt 300",
                                "Hệ thống tưới", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("TỔNG VỐN ĐẦU TƯ") == 900 == 600 + 300 and sum(items[:5]) == p.one("Tài sản cố định") == 600
            and sum(items[5:]) == p.one("Chi phí khác và vốn lưu động"), "capital 900 = 600 + 300, fixed 600")
    p.check(avg1(post) == 343.8 and rounds(900 / (343.8 + 60), 2.2), "average profit, payback 2,2")
    p.check(close(bags[0] / 60000, 1.167, 0.01) and close(kg[0] / 4800, 1.167, 0.01), "+17 % on 2025 with a new house")
    p.has("45.000 đồng/túi", "180.000 đồng/kg", "tổng khối lượng 120 tấn/năm", "(259,2 + 360,8 + 411,4) : 3 ≈ 343,8",
          "900 : (343,8 + 60) ≈ 2,2 năm", "vốn góp của thành viên 600 triệu đồng", "tổng sức chứa 5 nhà là 100.000 phôi/năm",
          "Doanh thu 1.116 triệu đồng năm 2026, tăng lên 1.440 triệu đồng năm 2028", "12 thành viên")
    clean(p)
    return p


def u02() -> Plan:
    p = Plan("u02_tra_hoa_cuc_thach_ha_cty")
    hop, hu, dry, fresh, staff = (p.row("Trà túi lọc hộp 40 g"), p.row("Hoa cúc sấy hũ 50 g"), p.row("Hoa cúc khô cần dùng"),
                                  p.row("Hoa cúc tươi cần dùng"), p.row("Lao động|"))
    rev, ra, rb = p.row("Doanh thu|"), p.row("Trà túi lọc (65.000"), p.row("Hoa cúc hũ (95.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Hoa cúc tươi (25.000", "Bao bì, túi lọc", "Điện sấy", "Tiền lương, bảo hiểm", "Khấu hao|",
                                 "Lãi vay|", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # nghìn đồng
        p.check(close(dry[y], hop[y] * 0.04 + hu[y] * 0.05) and close(fresh[y], dry[y] * 6), f"dried and fresh flower {y}")
        p.check(close(ra[y], hop[y] * 65) and close(rb[y], hu[y] * 95) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 25) and close(lines[1][y], hop[y] * 8 + hu[y] * 12)
                and close(lines[2][y], fresh[y] * 3) and close(lines[3][y], staff[y] * 6500 * 12)
                and lines[4][y] == 100000 and close(lines[5][y], [600000, 450000, 300000][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.10) and lines[7][y] == 180000, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000000 else 0.17
        p.check(abs(tax[y] - pre[y] * rate) <= 1 and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(fresh[y] <= 8 * 2500 and fresh[y] <= 500 * 120 and hop[y] * 20 <= 40 * 60 * 8 * 250,
                f"8 ha supply, dryer season, bagging machine {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(round(sum(post) / 3 / 1000, 1) == 694.3 and rounds(1500 / (694.3 + 100), 1.9), "average profit, payback 1,9")
    p.check(300 + 250 + 350 + 100 + 100 + 400 == 1500 == 900 + 600 and 300 + 250 + 350 + 100 == 1000, "capital, fixed 1.000")
    p.check(close(42000 * 20 / (40 * 60 * 8), 44, 0.01), "44 machine-days")
    p.check(close(dry[0] / 1100, 1.45, 0.01), "+45 % dried flower on 2025 with a new dryer and bagging line")
    p.has("65.000 đồng/hộp", "95.000 đồng/hũ", "khoảng 20 tấn hoa tươi/năm", "Tổng vốn đầu tư: 1.500 triệu đồng",
          "vốn chủ sở hữu 900 triệu đồng", "600 triệu đồng, lãi suất 8%/năm, trả gốc 150 triệu đồng/năm",
          "1.500 : 794,3 ≈ 1,9 năm", "từ 2,71 tỷ đồng (2027) lên 3,68 tỷ đồng (2029)", "1.600 kg (2027), 1.890 kg (2028), 2.180 kg (2029)")
    p.lacks(r"điều trị|hạ huyết áp|an thần|tốt cho (tim|gan|thận)|(?<!công dụng )chữa bệnh", "health claim")
    clean(p)
    return p


def u03() -> Plan:
    p = Plan("u03_do_dong_truong_luu_hkd")
    lu, ch, lv, n, metal = (p.row("Bộ lư hương đồng|"), p.row("Chuông đồng|"), p.row("Linh vật, tượng nhỏ|"),
                            p.row("Tổng số sản phẩm"), p.row("Đồng nguyên liệu (cả hao hụt)"))
    rev, cost, prof = p.row("Doanh thu|"), p.row("Tổng chi phí"), p.row("Lợi nhuận|")
    lines = [p.row(x) for x in ("Đồng nguyên liệu (200.000", "Điện, cát khuôn", "Tiền công thợ", "Hộp, tem nhãn",
                                 "Khấu hao|", "Lãi vay|", "Bán hàng, vận chuyển", "Chi phí quản lý", "Thuế GTGT, TNCN")]
    price = [p.row("Bộ lư hương đồng", 1)[0], p.row("Chuông đồng", 1)[0], p.row("Linh vật, tượng nhỏ", 1)[0]]
    p.check(price == [4500000, 1500000, 950000], "price list in đồng")
    for y in Y:  # triệu đồng
        net = lu[y] * 3 + ch[y] * 1.5 + lv[y] * 0.8
        p.check(n[y] == lu[y] + ch[y] + lv[y] and close(metal[y], net * 1.1), f"pieces, metal with 10 % loss {y}")
        p.check(close(rev[y], lu[y] * 4.5 + ch[y] * 1.5 + lv[y] * 0.95), f"revenue {y}")
        p.check(close(lines[0][y], metal[y] * 0.2) and close(lines[1][y], metal[y] * 0.06)
                and close(lines[2][y], [9, 10, 10][y] * 8 * 12) and close(lines[3][y], n[y] * 0.05)
                and lines[4][y] == 80 and lines[5][y] == [400, 200, 0][y] * 0.08
                and close(lines[6][y], rev[y] * 0.06) and lines[7][y] == 60 and close(lines[8][y], rev[y] * 0.045),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(metal[y] <= 4000 and metal[y] <= 50 * 250, f"metal contract, furnace {y}")
        p.check(lu[y] * 3 + ch[y] + lv[y] * 0.5 <= [9, 10, 10][y] * 280, f"finishing worker-days {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(lu[2] * 3 + ch[2] + lv[2] * 0.5 == 2260, "2.260 worker-days in 2028")
    p.check(avg1(prof) == 974.5 and rounds(1200 / (974.5 + 80), 1.1), "average profit, payback 1,1")
    p.check(350 + 200 + 250 + 50 + 350 == 1200 == 800 + 400 and 350 + 200 + 250 == 800 and close(800 / 10, 80),
            "capital 1.200, fixed 800")
    p.check(close(n[0] / 1350, 1.185, 0.01) and close(rev[0] / 2350, 1.217, 0.01), "+19 % pieces on 2025")
    p.has("300 × 4.500.000 đồng = 1.350 triệu đồng", "500 × 1.500.000 đồng = 750 triệu đồng",
          "800 × 950.000 đồng = 760 triệu đồng", "cộng 2.860 triệu đồng", "1.530 + 840 + 855 = 3.225 triệu đồng",
          "1.710 + 930 + 950 = 3.590 triệu đồng", "Năm 2026: 2.290 kg tịnh, tính cả hao hụt khoảng 2.519 kg",
          "Năm 2027: 2.580 kg tịnh", "Năm 2028: 2.870 kg tịnh", "khối lượng tối đa 4 tấn/năm",
          "(788,8 + 942,5 + 1.192,2) : 3 = 974,5", "1.200 : (974,5 + 80) ≈ 1,1 năm", "12.500 kg đồng",
          "10 thợ làm 280 ngày/năm được 2.800 ngày công", "Tổng vốn đầu tư 1.200 triệu đồng", "vốn tự có của hộ 800 triệu đồng")
    clean(p)
    return p


def u04() -> Plan:
    p = Plan("u04_trekking_khe_nuoc_lanh_htx")
    d1, d2, tot = p.row("Khách tour 1 ngày"), p.row("Khách tour 2 ngày 1 đêm"), p.row("Tổng lượt khách")
    lines = [p.row(x) for x in ("Ăn uống cho khách", "Hướng dẫn viên, người mang đồ", "Phí môi trường rừng",
                                 "Lương bộ phận điều hành", "Khấu hao|", "Lãi vay|", "Quảng bá, hoa hồng", "Điện, nước, quản lý")]
    cost = p.row("Tổng chi phí")
    res = [p.row(str(2026 + y), 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    for y in Y:  # triệu đồng
        rev = d1[y] * 0.45 + d2[y] * 1.2
        p.check(tot[y] == d1[y] + d2[y], f"guests {y}")
        p.check(close(lines[0][y], d1[y] * 0.12 + d2[y] * 0.35) and close(lines[1][y], d1[y] * 0.1 + d2[y] * 0.25)
                and close(lines[2][y], tot[y] * 0.04) and lines[3][y] == 3 * 6 * 12 and lines[4][y] == 60
                and close(lines[5][y], [300, 200, 100][y] * 0.07) and close(lines[6][y], rev * 0.08)
                and lines[7][y] == 60, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        r = res[y]
        p.check(close(r[0], rev) and close(r[1], cost[y]) and close(r[2], r[0] - r[1]) and abs(r[3] - r[2] * 0.15) <= 0.06
                and close(r[4], r[2] - r[3]), f"results row {y}")
        p.check(d1[y] <= 30 * 200 and d2[y] <= 20 * 200, f"trail and bed limits {y}")
        if y:
            p.check(rev / (d1[y - 1] * 0.45 + d2[y - 1] * 1.2) < 1.2, f"growth {y}")
    p.check(close(d1[2] / 30, 80) and close(d2[2] / 20, 40), "80 full days, 40 full nights in 2028")
    post = [r[4] for r in res]
    p.check(avg1(post) == 253.5 and rounds(800 / (253.5 + 60), 2.6), "average profit, payback 2,6")
    p.check(200 + 200 + 120 + 80 + 50 + 150 == 800 == 500 + 300 and 200 + 200 + 120 + 80 == 600, "capital 800, fixed 600")
    p.check(close(tot[0] / 1500, 1.6, 0.01), "+60 % guests on 2025 with 8 more beds and three tour-operator contracts")
    p.has("450.000 đồng/khách", "1.200.000 đồng/khách", "1.800 khách × 450.000 đồng = 810 triệu đồng",
          "600 khách × 1.200.000 đồng = 720 triệu đồng", "Doanh thu 1.530 triệu đồng năm 2026, đạt 2.040 triệu đồng năm 2028",
          "Tổng vốn đầu tư 800 triệu đồng", "thành viên góp 500 triệu đồng", "800 : (253,5 + 60) ≈ 2,6 năm",
          "tối đa 30 khách tour 1 ngày", "tổng sức chứa 20 chỗ ngủ/đêm", "cam kết khoảng 1.000 lượt khách/năm")
    clean(p)
    return p


def u05() -> Plan:
    p = Plan("u05_bot_rau_ma_thach_ngoc_htx")
    hu, tui, kg, fresh = p.row("Hũ 100 g|"), p.row("Túi 500 g|"), p.row("Tổng sản lượng bột"), p.row("Rau má tươi cần dùng")
    rhu, rtui, rev = p.row("Doanh thu hũ 100 g"), p.row("Doanh thu túi 500 g"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Rau má tươi (8.000", "Bao bì, nhãn (7.000", "Điện sấy, nghiền", "Tiền lương|", "Khấu hao|",
                                 "Lãi vay|", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận|")
    p.check(p.row("Giá bán hũ 100 g") == [65000] * 3 and p.row("Giá bán túi 500 g") == [280000] * 3, "prices")
    for y in Y:  # nghìn đồng
        p.check(kg[y] == hu[y] * 0.1 + tui[y] * 0.5 and fresh[y] == kg[y] * 10, f"kg, fresh 10:1 {y}")
        p.check(close(rtui[y], tui[y] * 280) and close(rev[y], rhu[y] + rtui[y]), f"bag revenue, total = rows {y}")
        p.check(close(lines[0][y], fresh[y] * 8) and close(lines[1][y], hu[y] * 7 + tui[y] * 10)
                and close(lines[2][y], kg[y] * 10) and close(lines[3][y], [12, 12, 13][y] * 6000 * 12)
                and lines[4][y] == 90000 and close(lines[5][y], [400000, 300000, 200000][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit (stated revenue) {y}")
        p.check(kg[y] * 10 <= 500 * 250, f"freeze-dryer capacity {y}")
    for y in (0, 1):
        p.check(close(rhu[y], hu[y] * 65), f"jar revenue right {y}")
        p.check(fresh[y] <= 36000 + 10000, f"supply covers {y}")
    p.check(off(rhu[2], hu[2] * 65) and close(rhu[2] / (hu[2] * 65), 1.123, 0.005), "PLANTED jar revenue 2028 +12,3 %")
    p.check(off(rev[2], hu[2] * 65 + tui[2] * 280) and close(rev[2], 3337000), "PLANTED total revenue 2028 +6,4 %")
    p.check(1.2 * 30000 == 36000 and off(fresh[2], 36000 + 10000) and fresh[2] > 46000, "PLANTED 52 t need vs 46 t supply (+13 %)")
    p.check(350 + 150 + 300 + 100 + 60 + 340 == p.one("Tổng cộng") == 1300 == 900 + 400 and 350 + 150 + 300 + 100 == 900,
            "capital 1.300, fixed 900")
    p.check(rounds(1300 / (618 + 90), 1.8) and prof[0] == 618000, "payback on the (right) 2026 profit")
    p.check(close(kg[0] / 3200, 1.25) and close(rev[1] / rev[0], 1.123, 0.01), "+25 % on 2025 with a new dryer; 2027 growth")
    p.has("65.000 đồng/hũ", "280.000 đồng/túi", "khoảng 36 tấn/năm", "khoảng 10 tấn/năm",
          "Tổng nguồn cung khoảng 46 tấn rau má tươi/năm, đủ đáp ứng kế hoạch sản xuất",
          "40 tấn năm 2026, 45 tấn năm 2027 và 52 tấn năm 2028", "1.300 triệu đồng : (618 + 90) triệu đồng/năm ≈ 1,8 năm",
          "năm 2028 trên 3,3 tỷ đồng", "Tổng vốn đầu tư 1.300 triệu đồng")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|HACCP|ISO 22000|cam kết (sản xuất|bảo đảm)|đủ điều kiện",
            "PLANTED no food-safety certificate, commitment or plan")
    p.has("tự công bố sản phẩm", "TCCS 01:2026/RSTN", "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu \"Rau má Thạch Ngọc\"", "bể lắng")
    clean(p)
    return p


def u06() -> Plan:
    p = Plan("u06_mam_tep_thach_kim_hkd")
    hu, can, kg, tep, salt = (p.row("Hũ 400 g|"), p.row("Can 2 kg|"), p.row("Tổng sản lượng mắm"), p.row("Tép tươi|"),
                              p.row("Muối hạt|"))
    lines = [p.row(x) for x in ("Tép tươi (35.000", "Muối hạt (5.000", "Hũ, can, nắp, nhãn", "Tiền công lao động",
                                 "Khấu hao|", "Lãi vay|", "Bán hàng, vận chuyển", "Điện, nước, chi phí khác")]
    cost = p.row("Cộng chi phí")
    res = [p.row(str(2026 + y), 4) for y in Y]  # years as rows: kg, revenue, cost, profit
    for y in Y:  # nghìn đồng
        rev = hu[y] * 55 + can[y] * 200
        p.check(kg[y] == hu[y] * 0.4 + can[y] * 2 and close(tep[y], kg[y] * 1.1) and close(salt[y], tep[y] * 0.25),
                f"kg, shrimp 1,1, salt 1/4 {y}")
        p.check(close(lines[0][y], tep[y] * 35) and close(lines[1][y], salt[y] * 5) and close(lines[2][y], hu[y] * 6 + can[y] * 10)
                and close(lines[3][y], [4, 4, 5][y] * 5000 * 12) and lines[4][y] == 20000
                and close(lines[5][y], [100000, 70000, 40000][y] * 0.07) and close(lines[6][y], rev * 0.05)
                and lines[7][y] == 24000, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        r = res[y]
        p.check(r[0] == kg[y] and close(r[1], rev) and close(r[2], cost[y]), f"results row {y}")
        p.check(tep[y] <= 15000 and kg[y] <= 60 * 200 * 3, f"shrimp contract, fermenting capacity {y}")
        if y:
            p.check(rev / (hu[y - 1] * 55 + can[y - 1] * 200) < 1.15, f"growth {y}")
    for y in (0, 2):
        p.check(close(res[y][3], res[y][1] - res[y][2]), f"profit right {y}")
    p.check(off(res[1][3], res[1][1] - res[1][2]) and close(res[1][3] / (res[1][1] - res[1][2]), 1.151, 0.005),
            "PLANTED 2027 profit 380.225 vs 330.225 (+15,1 %)")
    p.check(rounds(340000 / (262625 + 20000), 1.2), "payback on the 2026 profit")
    p.check(100 + 60 + 40 + 40 + 100 == 340 == 240 + 100 and 100 + 60 + 40 == 200, "capital 340, fixed 200")
    p.check(close(kg[0] / 7500, 1.2), "+20 % on 2025 with 20 more jars")
    p.has("55.000 đồng/hũ", "200.000 đồng/can", "10.000 hũ × 55.000 đ + 2.500 can × 200.000 đ = 1.050.000 nghìn đồng",
          "340.000 : (262.625 + 20.000) ≈ 1,2 năm", "tối đa 15 tấn/năm", "khoảng 36 tấn mắm/năm", "Tổng vốn đầu tư 340 triệu đồng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu \"Mắm tép Bà Nhàn\"")
    p.lacks(r"môi trường|nước thải|chất thải|\bmùi\b|bể lắng|bể tự hoại|\brác\b|khí thải|xử lý (nước|mùi)",
            "PLANTED no environmental measure anywhere")
    p.check(p.count("Cơ sở Mắm ruốc Hải Yến") == 2 and p.count("Hộ kinh doanh Mắm tép Bà Nhàn") >= 1
            and "Hải Yến cam kết" in p.section("# 17/", "\n\n\n") and "Hải Yến có kinh nghiệm" in p.section("## c) Phân tích SWOT", "# 7/"),
            "PLANTED a second producer name in the SWOT and the commitment")
    clean(p)
    return p


def u07() -> Plan:
    p = Plan("u07_sa_sung_kho_cam_nhuong_cty")
    hop, bulk, kg, fresh, staff = (p.row("Hộp 250 g|"), p.row("Bán buôn túi 1 kg"), p.row("Tổng sá sùng khô"),
                                   p.row("Sá sùng tươi cần thu mua"), p.row("Lao động|"))
    rev, ra, rb = p.row("Doanh thu|"), p.row("– Hộp 250 g (850.000"), p.row("– Bán buôn (3.000.000")
    lines = [p.row(x) for x in ("– Sá sùng tươi", "– Tiền lương", "– Bao bì", "– Điện sấy", "– Khấu hao", "– Lãi vay",
                                 "– Bán hàng", "– Quản lý")]
    cost = p.row("Chi phí|")
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    cap_fresh = 2 * 50 * 1 * 180
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.25 + bulk[y] and fresh[y] == kg[y] * 8, f"kg, fresh 8:1 {y}")
        p.check(close(ra[y], hop[y] * 0.85) and close(rb[y], bulk[y] * 3) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.22) and close(lines[1][y], staff[y] * 7 * 12)
                and close(lines[2][y], hop[y] * 0.025 + bulk[y] * 0.01) and close(lines[3][y], fresh[y] * 0.01)
                and lines[4][y] == 100 and close(lines[5][y], [500, 375, 250][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.05, 0.002) and lines[7][y] == 180, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(abs(tax[y] - pre[y] * 0.17) <= 0.06 and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(fresh[y] <= 25000, f"raw-material contracts cover {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(cap_fresh == 18000 and cap_fresh / 8 == 2250 and kg[0] <= 2250 and kg[1] <= 2250, "capacity 2.250 kg covers 2027–2028")
    p.check(kg[2] > 2250 and off(kg[2], 2250) and close(kg[2] / 2250, 1.156, 0.005), "PLANTED 2029 output 2.600 > 2.250 (+15,6 %)")
    items = [p.one(x) for x in ("2 máy sấy điều khiển", "Kho lạnh bảo quản", "Cải tạo nhà xưởng", "Máy hút chân không",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 and sum(items[:4]) == 1000, "items = total 1.500, fixed 1.000")
    p.check(800 + 500 == 1300 and off(1300, 1500) and close(1300 / 1500, 0.867, 0.005), "PLANTED sources 1.300 vs total 1.500 (−13 %)")
    p.check(avg1(post) == 1184.7 and rounds(1500 / (1184.7 + 100), 1.2), "average profit, payback 1,2")
    p.check(close(kg[0] / 1500, 1.2), "+20 % on 2026 (new dryers of the same capacity)")
    p.has("850.000 đồng/hộp", "3.000.000 đồng/kg", "khoảng 25 tấn sá sùng tươi/năm", "Công suất sấy tối đa khoảng 18 tấn nguyên liệu tươi/năm, tương đương khoảng 2.250 kg thành phẩm/năm",
          "Tổng vốn đầu tư của phương án là 1.500 triệu đồng", "Vốn chủ sở hữu: 800 triệu đồng",
          "500 triệu đồng, lãi suất 8%/năm, thời hạn 4 năm, trả gốc 125 triệu đồng/năm", "1.500 : (1.184,7 + 100) ≈ 1,2 năm",
          "2.600 kg năm 2029", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/NB", "Nhãn hiệu \"Sá sùng Nhượng Bạn\"")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn", "PLANTED no label anywhere")
    clean(p)
    return p


def u08() -> Plan:
    p = Plan("u08_banh_phong_tom_xuan_hoi_tht")
    kg, bags, rev1, shrimp = (p.row("Bánh phồng tôm sống"), p.row("Số túi 500 g"), p.row("Doanh thu (85.000"),
                              p.row("Tôm tươi cần dùng"))
    rev, cost, prof = p.row("Doanh thu|"), p.row("Chi phí|"), p.row("Lợi nhuận|")
    unit = [p.row(x, 1)[0] for x in ("Bột năng|", "Tôm tươi|", "Tỏi, tiêu, đường", "Túi, nhãn (2 túi", "Điện, gas sấy",
                                     "Nhân công khoán|")]
    lines = [p.row(x) for x in ("Bột năng|", "Tôm tươi|", "Gia vị|", "Túi, nhãn|", "Điện, gas|", "Nhân công khoán|",
                                 "Khấu hao|", "Bán hàng (5%", "Quản lý, chi khác")]
    p.check(unit == [18000, 60000, 6000, 5000, 4000, 40000] and 0.6 * 30000 == 18000 and 0.4 * 150000 == 60000
            and 2 * 2500 == 5000, "unit-cost items")
    stated = p.one("Cộng giá thành 1 kg")
    p.check(sum(unit) == 133000 and stated == 123000 and off(stated, sum(unit)), "PLANTED unit-cost total 123.000 vs 133.000 (−7,5 %)")
    for y in Y:  # triệu đồng
        p.check(bags[y] == kg[y] * 2 and close(rev1[y], bags[y] * 0.085) and rev[y] == rev1[y]
                and close(shrimp[y], kg[y] * 0.4), f"bags, revenue, shrimp {y}")
        p.check(all(close(lines[i][y], kg[y] * unit[i] / 1e6) for i in range(6)) and lines[6][y] == 40
                and close(lines[7][y], rev[y] * 0.05) and lines[8][y] == 30, f"annual costs from the right unit items {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 200 * 250 and shrimp[y] <= 50000, f"line capacity 50 t, shrimp supply {y}")
    g = [rev[1] / rev[0], rev[2] / rev[1]]
    p.check(g == [2.0, 2.0] and all(off(x, 1.3) for x in g) and close(6000 * 1.25, kg[0]),
            "PLANTED revenue and output double each year (bound 30 %/yr; 2025→2026 was +25 %)")
    p.check(rounds(400 / (143.75 + 40), 2.2), "payback on the first-year profit")
    p.check(120 + 150 + 50 + 30 + 50 == p.one("Tổng cộng") == 400 and close((120 + 150 + 50) / 8, 40), "capital 400, depreciation")
    p.has("85.000 đồng/túi", "200 kg bánh/ngày", "công suất 50.000 kg/năm", "trên 50 tấn tôm loại nhỏ mỗi năm",
          "400 : (143,75 + 40) ≈ 2,2 năm", "7 thành viên góp 400 triệu đồng", "5 đại lý tạp hóa",
          "Doanh thu: 1.275 triệu đồng năm 2026, 2.550 triệu đồng năm 2027 và 5.100 triệu đồng năm 2028")
    mk = p.section("# VI – THỊ TRƯỜNG TIÊU THỤ", "## b)").lower()
    p.check(not any(w in mk for w in ("hợp đồng", "siêu thị", "công ty", "nhà phân phối", "shopee", "facebook", "trực tuyến")),
            "PLANTED (growth) no new channel or contract behind the growth")
    p.lacks(r"đăng ký (kinh doanh|hộ kinh doanh|doanh nghiệp|hợp tác xã|tổ hợp tác|thành lập)|mã số thuế|hợp đồng hợp tác|"
            r"chứng thực|UBND xã (xác nhận|ghi nhận|chứng)|thông báo thành lập|giấy chứng nhận đăng ký",
            "PLANTED no registration, contract or tax code")
    clean(p)
    return p


def u09() -> Plan:
    p = Plan("u09_khan_tho_cam_ban_giang_htx")
    a, b, m, tot, yarn = (p.row("Khăn choàng 60 × 180"), p.row("Khăn quàng 30 × 150"), p.row("Vải thổ cẩm bán theo mét"),
                          p.row("Tổng vải dệt quy đổi"), p.row("Sợi bông|"))
    rev, ra, rb, rc = p.row("Doanh thu|"), p.row("Khăn choàng (550.000"), p.row("Khăn quàng (220.000"), p.row("Vải theo mét")
    lines = [p.row(x) for x in ("Sợi bông (120.000", "Nguyên liệu nhuộm", "Công dệt khoán", "Bao bì, tem nhãn|", "Khấu hao|",
                                 "Lương bộ phận quản lý", "Điện, nước, chi phí khác", "Lãi vay|")]
    cost, prof = p.row("Chi phí|"), p.row("Lợi nhuận|")
    for y in Y:  # triệu đồng
        p.check(close(tot[y], a[y] * 1.8 + b[y] * 1.5 + m[y]) and close(yarn[y], tot[y] * 0.25), f"metres, yarn {y}")
        p.check(close(ra[y], a[y] * 0.55) and close(rb[y], b[y] * 0.22) and close(rc[y], m[y] * 0.28)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], yarn[y] * 0.12) and close(lines[1][y], tot[y] * 0.02) and close(lines[2][y], tot[y] * 0.06)
                and close(lines[3][y], (a[y] + b[y]) * 0.01 + m[y] * 0.002) and lines[4][y] == 50 and lines[5][y] == 2 * 6 * 12
                and lines[6][y] == 60 and close(lines[7][y], [300, 200, 100][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(tot[y] <= 25 * 2 * 200 and yarn[y] <= 2500, f"loom capacity, yarn contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    avg = avg1(prof)
    p.check(avg == 465.5, "average profit 465,5")
    p.check(off(1.2, 1000 / avg) and off(1.2, 1000 / (avg + 50)) and close(1000 / avg, 2.15, 0.01),
            "PLANTED payback 1,2 years vs 2,15 (1,94 with depreciation)")
    p.check(250 + 150 + 100 + 50 + 450 == 1000 == 700 + 300 and 250 + 150 + 100 == 500, "capital 1.000, fixed 500")
    p.check(close(tot[0] / 4500, 1.32, 0.01) and 10 + 15 == 25, "+32 % metres on 2025 with 15 more looms")
    p.has("Lợi nhuận bình quân 3 năm là 465,5 triệu đồng/năm. Thời gian hoàn vốn dự kiến khoảng 1,2 năm.",
          "Tổng vốn đầu tư 1.000 triệu đồng", "thành viên góp 700 triệu đồng", "tối đa 2,5 tấn/năm",
          "năng lực khoảng 10.000 m vải/năm", "Nghị định 43/2017/NĐ-CP", "TCCS 01:2027/BG", "bể lắng 3 ngăn")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|chỉ dẫn địa lý|logo|nhận diện", "PLANTED no trademark or IP anywhere")
    p.lacks(r"cửa hàng|hội chợ|đại lý|showroom|trưng bày|facebook|zalo|shopee|\bsàn\b|bán lẻ|bán buôn|du lịch|xuất khẩu|"
            r"đơn hàng|đặt hàng|khách|siêu thị|trực tuyến|online|phân phối|tiêu thụ qua", "PLANTED no sales channel anywhere")
    market = p.section("Phần 4. Thị trường", "Phần 5.")
    p.check(not re.search(r"\d", market) and "đồng" not in market and "giá" not in market.lower(),
            "PLANTED the market section has no customer, channel, price or figure")
    clean(p)
    return p


def u10() -> Plan:
    p = Plan("u10_vang_sim_ky_son_ctcp")
    big, small, lit, fruit = p.row("Chai 750 ml|"), p.row("Chai 375 ml|"), p.row("Sản lượng vang"), p.row("Quả sim cần dùng")
    rev, ra, rb = p.row("Doanh thu|"), p.row("Chai 750 ml (180.000"), p.row("Chai 375 ml (100.000")
    lines = [p.row(x) for x in ("Quả sim (30.000", "Đường, men", "Chai, nút, hộp, nhãn", "Tiền lương|", "Khấu hao|", "Lãi vay|",
                                 "Bán hàng, phân phối", "Quản lý, chi khác")]
    cost = p.row("Tổng chi phí")
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(lit[y], big[y] * 0.75 + small[y] * 0.375) and close(fruit[y], lit[y] * 1.6), f"litres, fruit 1,6 kg/l {y}")
        p.check(close(ra[y], big[y] * 0.18) and close(rb[y], small[y] * 0.1) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 0.03) and close(lines[1][y], lit[y] * 0.016)
                and close(lines[2][y], big[y] * 0.025 + small[y] * 0.015) and close(lines[3][y], [10, 11, 12][y] * 7 * 12)
                and lines[4][y] == 120 and close(lines[5][y], [800, 600, 400][y] * 0.08) and close(lines[6][y], rev[y] * 0.1)
                and lines[7][y] == 200, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(abs(tax[y] - pre[y] * 0.17) <= 0.06 and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(fruit[y] <= 15000 + 20000 and lit[y] <= 40000, f"fruit supply, tank capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(10 * 1500 == 15000, "own hill 10 ha × 1,5 t")
    p.check(avg1(post) == 627.5 and rounds(2000 / (627.5 + 120), 2.7), "average profit, payback 2,7")
    p.check(500 + 400 + 300 + 100 + 700 == 2000 == 1200 + 800 and 500 + 400 + 300 == 1200, "capital 2.000, fixed 1.200")
    p.check(close(lit[0] / 9000, 1.58, 0.01) and 20 + 20 == 40, "+58 % litres on 2025 with 20 more tanks and a bottling line")
    p.check(off(26000, big[2]) and big[2] == 22000, "PLANTED 26.000 bottles (objectives) vs 22.000 (plan, revenue) for 2029")
    p.has("Năm 2029 đạt 26.000 chai 750 ml", "180.000 đồng/chai", "100.000 đồng/chai", "Tổng vốn đầu tư 2.000 triệu đồng",
          "cổ đông góp 1.200 triệu đồng", "2.000 : (627,5 + 120) ≈ 2,7 năm", "Giấy phép sản xuất rượu công nghiệp",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "độ cồn", "Nghị định 43/2017/NĐ-CP", "bể lắng",
          "14.250 lít năm 2027, 16.875 lít năm 2028 và 19.500 lít năm 2029")
    p.check(p.count("1048/QĐ-TTg") == 2 and "148/QĐ-TTg" not in p.body, "PLANTED QĐ 1048 relied on (twice), QĐ 148 absent")
    p.lacks(r"tiêu chuẩn|công bố|QCVN|hợp quy|kiểm nghiệm|TCCS|TCVN", "PLANTED no product standard, declaration or test")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("u11_mat_mia_son_tien_so_sai")
    a.check(3000 * 40000 == 120e6, "molasses sentence (3 tấn × 40.000 = 120 triệu)")
    a.has("khoảng 3 tấn mật", "40.000 đồng/kg", "khoảng 120 triệu đồng/năm", "chưa đăng ký hộ kinh doanh")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, one page")
    a.lacks(r"an toàn thực phẩm|nhãn|tiêu chuẩn|công bố|môi trường", "no compliance paragraph (tolerated gaps)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("u12_bot_san_day_tung_loc_so_sai")
    b.check(800 * 150000 == 120e6, "arrowroot sentence (800 kg × 150.000 = 120 triệu)")
    b.has("khoảng 800 kg bột", "150.000 đồng/kg", "doanh thu khoảng 120 triệu đồng", "Giấy chứng nhận đăng ký hộ kinh doanh số")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 350, "no table, under a page")
    b.lacks(r"an toàn thực phẩm|nhãn|tiêu chuẩn|công bố|môi trường", "no compliance paragraph (tolerated gaps)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (u01, u02, u03, u04, u05, u06, u07, u08, u09, u10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
