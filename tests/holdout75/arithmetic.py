"""The seventy-fifth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout75/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, equipment lists, depreciation, loan schedules and
interest, wages = workers x wage, payback, raw-material need vs supply, output vs capacity, growth,
channel tables that add up to the output. Planted numeric defects are asserted wrong by more than
5 % and everything else right (within 1 %). Table figures are read from the plan's source; figures
quoted from running text are looked up verbatim. The textual planted defects (no trademark, no label,
no product standard, replaced instruments cited, no registration, no environmental measure, no food
safety, a second product name, no quality control) are asserted by the absence or presence of words,
as is the absence of template placeholders in every plan and of replaced instruments in the ready ones.
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

OUTDATED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|23/2012/QH13|123/2018/NQ-HĐND|01/2021/NĐ-CP"


class Plan(plancheck.Plan):
    src = HERE / "src"


def debt(p: Plan, loan: float, rate: float, pay: float, label: str = "Năm 202", skip: int = 0) -> list[float]:
    """Interest per year from the plan's loan table, checked against loan x rate."""
    out = []
    d = loan
    for y in Y:
        r = p.row(f"Năm {2027 + y}", 4, skip)
        p.check(close(r[0], d) and close(r[1], pay) and close(r[2], d * rate) and close(r[3], d - pay),
                f"loan table {2027 + y}")
        out.append(d * rate)
        d -= pay
    return out


def common(p: Plan, ready: bool) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if ready:
        p.lacks(OUTDATED, "ready plan cites a replaced instrument")
        p.has("148/QĐ-TTg")


def bx01() -> Plan:
    p = Plan("bx01_ruou_nep_cai_duc_quang_cty")
    chai, binh, lit, nep, lab = (p.row("Rượu chai 500 ml"), p.row("Rượu bình sứ 2 lít"), p.row("Tổng sản lượng rượu"),
                                 p.row("Gạo nếp cái hoa vàng cần dùng"), p.row("Lao động"))
    staff = p.row("Cộng lao động")
    rev, r1, r2 = p.row("Doanh thu"), p.row("Chai 500 ml (90.000"), p.row("Bình sứ 2 lít (320.000")
    lines = [p.row(x) for x in ("Gạo nếp (28.000", "Men lá, củi", "Chai, bình, hộp", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = p.row("Chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    interest = debt(p, 600, 0.08, 200)
    for y in Y:
        p.check(close(lit[y], chai[y] * 0.5 + binh[y] * 2) and close(nep[y], lit[y] / 0.8), f"litres, rice {y}")
        p.check(nep[y] <= 25000 and lit[y] <= 2 * 40 * 280, f"rice contract, still capacity {y}")
        p.check(close(r1[y], chai[y] * 0.09) and close(r2[y], binh[y] * 0.32) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], nep[y] * 0.028) and close(lines[1][y], lit[y] * 0.004)
                and close(lines[2][y], chai[y] * 0.012 + binh[y] * 0.06), f"unit costs {y}")
        p.check(close(lines[3][y], lab[y] * 6.5 * 12) and staff[y] == lab[y] and lines[4][y] == 100
                and close(lines[5][y], interest[y]) and close(lines[6][y], rev[y] * 0.05), f"wages, dep, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"tax 15 % {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo, nâng cấp", "2 nồi chưng cất", "Máy lọc tinh, máy chiết", "Chum sành",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 900 + 600 and sum(items[:4]) == 1000, "capital 1.500, fixed 1.000")
    p.check(avg1(post) == 547.8 and close(1500 / (547.8 + 100), 2.3, 0.02), "average profit 547,8, payback 2,3")
    p.check(close(lit[0] / 11000, 1.18, 0.01), "+18 % on 2026")
    p.has("90.000 đồng/chai", "320.000 đồng/bình", "1 kg gạo nếp cái hoa vàng cho 0,8 lít", "bao tiêu 25 tấn",
          "mỗi nồi cho 40 lít rượu/ngày", "công suất chưng cất đạt 22.400 lít/năm",
          "(405,4 + 525,7 + 712,3) : 3 = 547,8", "1.500 : (547,8 + 100) ≈ 2,3 năm", "Giấy phép sản xuất rượu thủ công",
          "QCVN 6-3:2010/BYT", "43/2017/NĐ-CP", "đăng ký môi trường", "Nhãn hiệu", "mã QR")
    common(p, True)
    return p


def bx02() -> Plan:
    p = Plan("bx02_gio_luc_binh_thach_lac_tht")
    gio, tui, khay, n, kg = (p.row("Giỏ đựng đồ"), p.row("Túi xách"), p.row("Bộ khay, lót cốc"),
                             p.row("Tổng số sản phẩm"), p.row("Lục bình khô cần dùng"))
    r1, r2, r3, rev = (p.row("Doanh thu giỏ"), p.row("Doanh thu túi xách"), p.row("Doanh thu khay"), p.row("Tổng doanh thu"))
    lines = [p.row(x) for x in ("Lục bình khô (18.000", "Quai, khung", "Tiền công khoán", "Điện sấy", "Bao bì, thẻ",
                                 "Khấu hao", "Vận chuyển, bán hàng", "Quản lý, lãi vay")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận")
    for y in Y:
        p.check(n[y] == gio[y] + tui[y] + khay[y] and close(kg[y], gio[y] * 0.6 + tui[y] * 0.4 + khay[y] * 0.3), f"count, material {y}")
        p.check(kg[y] <= 6000 and n[y] <= 25 * 2 * 250, f"6 tấn supply, 12.500 capacity {y}")
        p.check(close(r1[y], gio[y] * 0.15) and close(r2[y], tui[y] * 0.22) and close(r3[y], khay[y] * 0.08)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.018) and close(lines[1][y], n[y] * 0.015)
                and close(lines[2][y], gio[y] * 0.06 + tui[y] * 0.09 + khay[y] * 0.03) and close(lines[3][y], n[y] * 0.005)
                and close(lines[4][y], n[y] * 0.006) and lines[5][y] == 40 and close(lines[6][y], rev[y] * 0.08)
                and lines[7][y] == 30, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(lines[2][0] / 12 / 25, 1.7, 0.01) and close(lines[2][2] / 12 / 25, 2.1, 0.01), "income 1,7–2,1 tr")
    ch = [p.row(x) for x in ("Công ty TNHH Thủ công Mộc Việt", "Cửa hàng lưu niệm khu", "Khách sạn, nhà hàng",
                             "Điểm bán OCOP, hội chợ", "Bán trực tuyến")]
    tot = p.row("Cộng |")
    p.check([sum(r[i] for r in ch) for i in range(3)] == tot == [gio[0], tui[0], khay[0]], "channel table 2027")
    eq = [p.one(x) for x in ("Lò sấy điện 2 buồng", "Khuôn gỗ các cỡ", "Máy khâu công nghiệp", "Máy hút bụi")]
    p.check(sum(eq) == 180 == 120 + 60, "equipment 180 = kiln 120 + tools 60")
    p.check(120 + 60 + 100 + 40 + 80 == 400 == 250 + 150 and 120 + 60 + 100 == 280 and close(280 / 7, 40), "capital 400, dep 40")
    p.check(avg1(prof) == 333.7 and close(400 / (333.7 + 40), 1.1, 0.03), "average 333,7, payback 1,1")
    p.has("150.000 đồng/chiếc", "220.000 đồng/chiếc", "80.000 đồng/bộ", "6.000 kg lục bình khô mỗi năm",
          "(289,8 + 333,7 + 377,6) : 3 = 333,7", "400 : (333,7 + 40) ≈ 1,1 năm", "tương đương 12.500 sản phẩm/năm",
          "Tổng vốn đầu tư 400 triệu đồng", "TCCS 01:2026/THTLB", "43/2017/NĐ-CP", "Nhãn hiệu", "mã thợ",
          "chứng thực", "máy hút bụi")
    common(p, True)
    return p


def bx03() -> Plan:
    p = Plan("bx03_che_bup_huong_lam_hkd")
    goi, hop, kg, bup = p.row("Gói 200 g (gói)"), p.row("Hộp 500 g (hộp)"), p.row("Chè khô thành phẩm"), p.row("Búp tươi cần dùng")
    summary = [p.row(f"Năm {2027 + y}", 5) for y in Y]  # loan rows have only 4 numbers
    interest = debt(p, 200, 0.07, 50)
    rev = [goi[y] * 0.12 + hop[y] * 0.28 for y in Y]
    bup_cost = [250, 277.5, 305]
    fuel = [30, 33.3, 36.6]
    pack = [88, 97.8, 107.6]
    wage = [330, 330, 396]
    sell = [70, 78, 85]
    for y in Y:
        p.check(close(kg[y], goi[y] * 0.2 + hop[y] * 0.5) and close(bup[y], kg[y] * 5), f"kg, 5 kg búp/kg {y}")
        p.check(bup[y] <= 9000 + 5000 and bup[y] <= 80 * 200, f"supply 14 tấn, capacity 16 tấn {y}")
        p.check(close(bup_cost[y], bup[y] * 0.025) and close(fuel[y], bup[y] * 0.003)
                and close(pack[y], goi[y] * 0.008 + hop[y] * 0.025) and close(wage[y], [5, 5, 6][y] * 5.5 * 12), f"costs {y}")
        cost = bup_cost[y] + fuel[y] + pack[y] + wage[y] + 50 + interest[y] + sell[y] + 40
        s = summary[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost) and close(s[2], s[0] - s[1]), f"summary {y}")
        p.check(close(s[3], s[0] * 0.015, 0.02) and close(s[4], s[2] - s[3]), f"tax 1,5 % {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    post = [s[4] for s in summary]
    ch = [p.row(x) for x in ("Cửa hàng đặc sản, OCOP", "Quán nước, nhà hàng", "Quà biếu dịp Tết", "Bán trực tuyến, tại nhà")]
    tot = p.row("Cộng |")
    p.check([sum(r[i] for r in ch) for i in range(3)] == tot == [goi[0] * 0.2, hop[0] * 0.5, kg[0]], "channel table kg")
    eq = [p.one(x) for x in ("Máy sao chè liên tục", "Máy vò chè", "Máy sấy chè", "Máy hút chân không", "Cân điện tử")]
    p.check(sum(eq) == p.one("Cộng |", 1) == 310 == 250 + 60, "equipment 310 = 250 + 60")
    p.check(150 + 250 + 60 + 40 + 40 + 160 == 700 == 500 + 200 and 150 + 250 + 60 + 40 == 500, "capital 700, fixed 500")
    p.check(avg1(post) == 337.8 and close(700 / (337.8 + 50), 1.8, 0.02), "average 337,8, payback 1,8")
    p.check(close(kg[0] / 1800, 1.11, 0.01), "+11 % on 2026")
    p.has("120.000 đồng/gói", "280.000 đồng/hộp", "6.000 gói × 120.000 đồng = 720 triệu đồng",
          "1.600 hộp × 280.000 đồng = 448 triệu đồng", "792 + 504 = 1.296", "864 + 560 = 1.424",
          "búp tươi 250 triệu đồng (25.000 đồng/kg)", "700 : (337,8 + 50) ≈ 1,8 năm", "khoảng 9.000 kg búp/năm",
          "khoảng 5.000 kg/năm", "TCCS 01:2026/CHL", "tự công bố", "43/2017/NĐ-CP", "Nhãn hiệu", "tem QR",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    common(p, True)
    return p


def bx04() -> Plan:
    p = Plan("bx04_du_lich_lang_rung_ky_thuong_ctcp")
    nights, meals, tours, staff = p.row("Lưu trú |"), p.row("Ẩm thực |"), p.row("Tour trải nghiệm |"), p.row("Lao động hưởng lương")
    staff2 = p.row("Cộng |")
    r1, r2, r3, rev = (p.row("Doanh thu lưu trú"), p.row("Doanh thu ẩm thực"), p.row("Doanh thu tour"), p.row("Tổng doanh thu"))
    lines = [p.row(x) for x in ("Thực phẩm (50%", "Đồ dùng phòng", "Hướng dẫn viên, nghệ nhân", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Quảng bá, hoa hồng", "Điện, nước, quản lý")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    interest = debt(p, 600, 0.08, 200)
    for y in Y:
        p.check(close(r1[y], nights[y] * 0.4) and close(r2[y], meals[y] * 0.15) and close(r3[y], tours[y] * 0.2)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], r2[y] * 0.5) and close(lines[1][y], nights[y] * 0.06) and close(lines[2][y], tours[y] * 0.05)
                and close(lines[3][y], staff[y] * 6 * 12) and staff2[y] == staff[y] and lines[4][y] == 120
                and close(lines[5][y], interest[y]), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]) and rev[y] <= 3000, f"tax {y}")
        p.check(nights[y] <= 8 * 365, f"rooms {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    seg = [p.one(x) for x in ("Người lao động, chuyên gia", "Học sinh đi theo đoàn", "Khách gia đình, khách lẻ")]
    p.check(sum(seg) == tours[0] and [round(x / tours[0] * 100) for x in seg] == [45, 20, 35], "segments 2.500: 45/20/35 %")
    p.has("| 1.125 | 45% |", "| 500 | 20% |", "| 875 | 35% |")
    items = [p.one(x) for x in ("Cải tạo 4 nhà sàn", "Nhà ăn, bếp", "Đường đi bộ", "Đào tạo, website", "Vốn lưu động |")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 1800 == 1200 + 600 and sum(items[:3]) == 1200, "capital 1.800, fixed 1.200")
    p.check(avg1(post) == 360.4 and close(1800 / (360.4 + 120), 3.75, 0.01), "average 360,4, payback 3,75")
    p.check(close(1800 / 2920, 0.62, 0.01), "62 % occupancy")
    p.check(all(close(lines[6][y] / rev[y], 0.065, 0.03) for y in Y), "marketing ≈ 6,5 % of revenue")
    p.has("400.000 đồng/phòng/đêm", "150.000 đồng/suất", "200.000 đồng/lượt", "8 phòng × 365 đêm = 2.920 đêm phòng/năm",
          "(237,1 + 380,8 + 463,2) : 3 = 360,4", "1.800 : (360,4 + 120) ≈ 3,75 năm", "Luật Du lịch năm 2017",
          "an toàn thực phẩm", "TCCS 01:2027/KR", "Nhãn hiệu", "bể tự hoại", "sổ góp ý")
    common(p, True)
    return p


def bx05() -> Plan:
    p = Plan("bx05_cam_bu_son_tay_htx")
    t, l1, l2 = p.row("Cam thu mua, sơ chế"), p.row("Cam loại 1 (hộp quà)"), p.row("Cam loại 2 (bán buôn)")
    qty, price, rev = p.row("Sản lượng tiêu thụ (tấn)"), p.row("Giá bán bình quân (đồng/kg)"), p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Thu mua cam (26.000", "Phân loại, đóng hộp", "Vận chuyển, bán hàng (2.500", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Điện kho lạnh", "Quản lý, chứng nhận")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    interest = debt(p, 500, 0.08, 150)
    supply = 9 * 14 + 28
    market_price = 35000
    for y in Y:
        p.check(t[y] == qty[y] == l1[y] + l2[y] and close(l1[y], t[y] * 0.4), f"tonnes {y}")
        p.check(close(rev[y], qty[y] * price[y] / 1000), f"revenue = tấn × table price {y}")
        p.check(off(price[y], market_price), f"PLANTED figure-inconsistent: table price {price[y]} vs market 35.000 {y}")
        p.check(off(rev[y], qty[y] * market_price / 1000), f"knock-on revenue at the market price {y}")
        p.check(close(lines[0][y], t[y] * 26) and close(lines[1][y], t[y] * 2) and close(lines[2][y], t[y] * 2.5)
                and close(lines[3][y], 6 * 6 * 12) and lines[4][y] == 80 and close(lines[5][y], interest[y]), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"tax 17 % {y}")
        p.check(t[y] <= 2 * 6 * 60, f"packing line capacity 720 t {y}")
        if y:
            p.check(t[y] / t[y - 1] < 1.2, f"growth {y}")
    p.check(supply == 154 and t[0] <= supply, "2027 within 154 tấn")
    p.check(off(t[1], supply) and off(t[2], supply) and t[2] > t[1] > supply, "PLANTED material-shortfall: 165 and 190 tấn > 154")
    ch = [p.one(x) for x in ("Siêu thị Winmart, Co.opmart", "Công ty TNHH Trái cây Sạch", "Cửa hàng trái cây, đặc sản",
                             "Bán trực tuyến, hộp quà Tết")]
    p.check(sum(ch) == p.one("Cộng |") == t[0], "channels 140")
    eq = [p.one(x) for x in ("Kho lạnh lắp ghép", "Máy rửa, phân loại quả", "Nhà sơ chế, đóng gói |")]
    p.check(sum(eq) == 800, "fixed 800")
    p.check(350 + 250 + 200 + 50 + 450 == 1300 == 800 + 500 and close(800 / 10, 80), "capital 1.300, dep 80")
    p.check(avg1(post) == 969.0 and close(1300 / (969 + 80), 1.24, 0.01), "average 969, payback 1,2")
    p.has("Giá bán bình quân dự kiến 35.000 đồng/kg", "9 ha đang cho thu hoạch, năng suất bình quân 14 tấn/ha",
          "3 ha trồng mới năm 2025, dự kiến cho quả bói từ năm 2030", "khoảng 126 tấn/năm", "khoảng 28 tấn/năm",
          "Tổng nguồn cung khoảng 154 tấn/năm", "1.300 : (969 + 80) ≈ 1,2 năm", "VietGAP", "TCCS 01:2026/CBST",
          "43/2017/NĐ-CP", "mã QR")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|chỉ dẫn địa lý|bảo hộ", "PLANTED no-trademark broken")
    common(p, False)
    return p


def bx06() -> Plan:
    p = Plan("bx06_mat_ong_ngan_truoi_vu_quang_cty")
    hu, can, kg, lab = p.row("Hũ 500 g |"), p.row("Can 2 kg |"), p.row("Tổng mật thành phẩm"), p.row("Lao động |")
    rev, r1, r2 = p.row("Tổng doanh thu"), p.row("Mật ong hũ 500 g"), p.row("Mật ong can 2 kg")
    lines = [p.row(x) for x in ("Mật nguyên liệu", "Hũ, nắp, hộp, can", "Điện |", "Tiền lương", "Khấu hao", "Lãi vay",
                                 "Bán hàng, chiết khấu", "Quản lý, kiểm nghiệm")]
    cost, pre = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    interest = debt(p, 700, 0.08, 200)
    capacity = 50 * 1 * 220
    for y in Y:
        p.check(kg[y] == hu[y] * 0.5 + can[y] * 2 and lab[y] == 7, f"kg, 7 workers {y}")
        p.check(kg[y] <= (300 + 1200) * 12, f"honey supply 18 tấn {y}")
        p.check(close(r1[y], hu[y] * 0.18), f"jar revenue {y}")
        if y == 1:
            p.check(off(r2[y], can[y] * 0.6) and close(r2[y], 2100) and close(can[y] * 0.6, 1800),
                    "PLANTED revenue-mismatch: 2028 cans 2.100 vs 3.000 × 600.000 = 1.800")
            p.check(off(rev[y], r1[y] + can[y] * 0.6), "2028 total 3.900 vs 3.600 (knock-on)")
        else:
            p.check(close(r2[y], can[y] * 0.6), f"can revenue {y}")
        p.check(close(rev[y], r1[y] + r2[y]), f"revenue total of the sub-rows {y}")
        p.check(close(lines[0][y], kg[y] * 0.15) and close(lines[1][y], hu[y] * 0.012 + can[y] * 0.015)
                and close(lines[2][y], kg[y] * 0.002) and close(lines[3][y], 7 * 6.5 * 12) and lines[4][y] == 90
                and close(lines[5][y], interest[y]), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(kg[y] / kg[y - 1] < 1.3, f"output growth {y}")
    p.check(capacity == 11000 and kg[0] <= capacity and kg[1] <= capacity, "2027, 2028 within 11 tấn")
    p.check(off(kg[2], capacity) and close(kg[2] / capacity, 1.27, 0.01), "PLANTED capacity-exceeded: 14.000 kg > 11.000")
    ch = [p.row(x, 2) for x in ("Chuỗi Quà Quê", "Nhà hàng, quán cà phê", "Điểm bán OCOP, khu du lịch", "Bán trực tuyến, quà Tết")]
    p.check([sum(c[i] for c in ch) for i in range(2)] == p.row("Cộng |", 2) == [hu[0], can[0]], "channel table 2027")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng sơ chế", "Máy hạ thủy phần |", "Máy lọc, bồn inox", "Xe vận chuyển",
                                "Thiết kế hũ, hộp", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |", 2) == 1500 == 800 + 700 and sum(items[:4]) == 900, "capital 1.500, fixed 900")
    true_pre = [pre[0], rev[1] - 300 - cost[1], pre[2]]
    p.check(close(avg1(pre), 897.2) and close(1500 / (897.2 + 90), 1.5, 0.02), "stated average 897,2, payback 1,5")
    p.check(off(1.5, 1500 / (avg1(true_pre) + 90)), "knock-on payback: true 1,7 years")
    p.has("180.000 đồng/hũ", "600.000 đồng/can", "50 kg/mẻ, mỗi ngày chạy 1 mẻ", "làm việc 220 ngày/năm, tương đương khoảng 11 tấn mật/năm",
          "Toàn bộ mật trước khi đóng hũ, đóng can đều phải qua máy hạ thủy phần", "12 kg mật/đàn/năm",
          "1.500 : (897,2 + 90) ≈ 1,5 năm", "TCCS 01:2026/NT", "TCVN 5267-1:2008", "an toàn thực phẩm",
          "Nhãn hiệu", "bể lắng")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021", "PLANTED no-label-plan broken")
    common(p, False)
    return p


def bx07() -> Plan:
    p = Plan("bx07_tra_ca_gai_leo_cam_due_htx")
    hop, tui, kg, dry = p.row("Hộp túi lọc 50 g"), p.row("Túi 500 g |"), p.row("Tổng trà thành phẩm"), p.row("Cà gai leo khô |")
    staff = p.row("Cộng |")
    r1, r2, rev = p.row("Doanh thu hộp túi lọc"), p.row("Doanh thu túi 500 g"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Cà gai leo khô (60.000", "Bao bì (hộp", "Điện (4.000", "Tiền lương", "Khấu hao", "Lãi vay",
                                 "Bán hàng, quảng bá", "Quản lý, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    interest = debt(p, 400, 0.07, 100)
    for y in Y:
        p.check(close(kg[y], hop[y] * 0.05 + tui[y] * 0.5) and close(dry[y], kg[y] * 1.1), f"kg, 1,1 kg khô/kg {y}")
        p.check(dry[y] <= 4 * 3000 and hop[y] * 0.05 <= 30 * 250, f"12 tấn supply, 7.500 kg tea-bag machine {y}")
        p.check(close(r1[y], hop[y] * 0.055) and close(r2[y], tui[y] * 0.15) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], dry[y] * 0.06) and close(lines[1][y], hop[y] * 0.006 + tui[y] * 0.005)
                and close(lines[2][y], kg[y] * 0.004) and close(lines[3][y], staff[y] * 5.5 * 12) and lines[4][y] == 60
                and close(lines[5][y], interest[y]), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    g = [rev[0] / 850, rev[1] / rev[0], rev[2] / rev[1]]
    p.check(g[1] > 2.0 and g[2] > 2.0 and kg[2] / 1200 > 7 and prof[2] / rev[2] > 0.6,
            "PLANTED unrealistic-growth: revenue ×2,39 then ×2,12, output 7,5 × 2026, margin 61 %")
    eq = [p.one(x) for x in ("Máy đóng gói trà túi lọc tự động |", "Chảo sao |", "Máy nghiền mịn |")]
    p.check(sum(eq) == 350 == 250 + 100, "equipment 350")
    p.check(250 + 100 + 150 + 100 + 50 + 350 == 1000 == 600 + 400 and 250 + 100 + 150 + 100 == 600, "capital 1.000, fixed 600")
    p.check(avg1(prof) == 2115.7 and close(1000 / (2115.7 + 60), 0.46, 0.01), "average 2.115,7, payback 0,46")
    p.has("55.000 đồng/hộp", "150.000 đồng/túi", "23/2012/QH13", "1048/QĐ-TTg", "781/QĐ-TTg",
          "khoảng 3 tấn khô/ha/năm", "máy đóng túi lọc đạt 7.500 kg trà/năm", "1.000 : (2.115,7 + 60) ≈ 0,46 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "43/2017/NĐ-CP", "Nhãn hiệu", "mã QR")
    p.lacks(r"148/QĐ-TTg|17/2023/QH15|1489/QĐ-TTg", "PLANTED outdated-policy: a current instrument is cited too")
    p.lacks(r"tiêu chuẩn|công bố|kiểm nghiệm|QCVN|TCVN|TCCS|hợp quy", "PLANTED no-product-standard broken")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bx08() -> Plan:
    p = Plan("bx08_dua_luoi_cam_binh_coso")
    area, t, l1, l2 = p.row("Diện tích nhà màng (m²)"), p.row("Sản lượng dưa (tấn)"), p.row("Dưa loại 1 (tấn)"), p.row("Dưa loại 2 (tấn)")
    r1, r2, rev = p.row("Doanh thu dưa loại 1"), p.row("Doanh thu dưa loại 2"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Cây giống", "Giá thể, phân bón", "Điện, nước", "Tiền công lao động", "Thùng carton, tem",
                                 "Khấu hao", "Lãi vay", "Vận chuyển, bán hàng", "Chi phí khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    interest = debt(p, 500, 0.07, 100)
    units = 5000 / 1000 * 3
    for y in Y:
        p.check(close(t[y], l1[y] + l2[y]) and close(l1[y], t[y] * 0.6), f"grades {y}")
        p.check(t[y] <= area[y] / 1000 * 2.5 * 3, f"area × max yield 37,5 t {y}")
        p.check(close(r1[y], l1[y] * 45) and close(r2[y], l2[y] * 30) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], units * 2.6 * 2.5) and close(lines[1][y], units * 12) and close(lines[2][y], units * 3)
                and close(lines[3][y], 4 * 6 * 12) and close(lines[4][y], t[y] * 1.5) and lines[5][y] == 140
                and close(lines[6][y], interest[y]), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(t[0] / units, 2.0) and close(t[2] / units, 2.4), "yield 2,0 → 2,4 t/1.000 m²/vụ")
    ch = [p.row(x) for x in ("Siêu thị Winmart, cửa hàng Bác Tôm", "Cửa hàng trái cây |", "Bán tại vườn, khách",
                             "Đặt hàng trực tuyến")]
    p.check([sum(c[i] for c in ch) for i in range(3)] == p.row("Cộng |", 3) == [l1[0], l2[0], t[0]], "channel table 2027")
    crop = [p.one(x) for x in ("Vụ xuân", "Vụ hè", "Vụ thu")]
    p.check(sum(crop) == p.one("Cả năm") == t[0], "3 crops = 30 t")
    items = [p.one(x) for x in ("Nhà màng 3.000 m²", "Hệ thống tưới nhỏ giọt", "Nhà sơ chế, kho mát", "Vốn lưu động")]
    total = p.one("Tổng vốn đầu tư")
    src = [p.one(x) for x in ("Vốn tự có của gia đình", "Vay Ngân hàng Nông nghiệp", "Vay người thân")]
    sources = p.one("Cộng nguồn vốn")
    p.check(sum(items) == total == 1600 and close(3000 * 0.35, items[0]) and sum(items[:3]) == 1400, "investment 1.600, fixed 1.400")
    p.check(sum(src) == sources == 1400 and src[1] == 500, "sources add up to their own total 1.400, loan 500")
    p.check(off(sources, total) and close(sources / total, 0.875), "PLANTED capital-mismatch: sources 1.400 vs total 1.600")
    p.check(close(1400 / 10, 140) and avg1(prof) == 376.2, "dep 140, average 376,2")
    true_payback = total / (avg1(prof) + 140)
    p.check(off(2, true_payback) and close(true_payback, 3.1, 0.01), "PLANTED payback-mismatch: 2 years vs 3,1")
    p.has("45.000 đồng/kg", "30.000 đồng/kg", "2.600 cây/1.000 m²/vụ, giá 2.500 đồng/cây", "khoảng 12 triệu đồng/1.000 m²/vụ",
          "điện nước 3 triệu đồng/1.000 m²/vụ", "tương đương 37,5 tấn/năm", "Lợi nhuận bình quân 3 năm khoảng 376,2",
          "cơ sở dự kiến hoàn vốn sau khoảng 2 năm", "bản cam kết sản xuất thực phẩm an toàn", "VietGAP", "TCCS 01:2027/HL",
          "43/2017/NĐ-CP", "Nhãn hiệu", "Truy xuất nguồn gốc", "Vỏ bao bì thuốc")
    p.lacks(r"đăng ký|mã số thuế|hộ kinh doanh|doanh nghiệp|hợp tác xã", "PLANTED no-business-registration broken")
    common(p, False)
    return p


def bx09() -> Plan:
    p = Plan("bx09_tinh_dau_sa_chanh_thien_loc_ctcp")
    c10, c100, bulk, lit, staff = (p.row("Chai 10 ml |"), p.row("Chai 100 ml |"), p.row("Bán buôn can 5 lít"),
                                   p.row("Tổng sản lượng tinh dầu"), p.row("Cộng |"))
    r1, r2, r3, rev = p.row("Doanh thu chai 10 ml"), p.row("Doanh thu chai 100 ml"), p.row("Doanh thu bán buôn"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Lá sả (1.200", "Củi đốt nồi hơi", "Chai, lọ, can", "Tiền lương", "Khấu hao", "Lãi vay",
                                 "Bán hàng, quảng bá", "Quản lý, chi khác")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    interest = debt(p, 1000, 0.08, 200)
    true_post = []
    for y in Y:
        leaves = lit[y] / 0.006  # kg
        p.check(close(lit[y], c10[y] * 0.01 + c100[y] * 0.1 + bulk[y]), f"litres {y}")
        p.check(leaves <= 20 * 30000 and leaves <= 2 * 1000 * 2 * 150, f"600 tấn leaves, 600 tấn still capacity {y}")
        p.check(close(r1[y], c10[y] * 0.045) and close(r2[y], c100[y] * 0.25) and close(r3[y], bulk[y] * 0.7)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaves * 0.0012) and close(lines[1][y], leaves * 0.0002)
                and close(lines[2][y], c10[y] * 0.006 + c100[y] * 0.015 + bulk[y] / 5 * 0.03)
                and close(lines[3][y], staff[y] * 6 * 12) and lines[4][y] == 200 and close(lines[5][y], interest[y]),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        true_pre = rev[y] - cost[y]
        true_post.append(true_pre * 0.83)
        if y == 1:
            p.check(off(pre[y], true_pre) and close(true_pre, 1546.5), "PLANTED profit-mismatch: 1.846,5 vs 4.490 − 2.943,5 = 1.546,5")
        else:
            p.check(close(pre[y], true_pre), f"profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"tax 17 % of the stated profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    ch = [p.one(x) for x in ("Công ty TNHH Hóa phẩm Xanh", "Cơ sở sản xuất xà phòng", "Spa, khách sạn |")]
    p.check(sum(ch) == bulk[0] == 1700, "bulk channels 1.700")
    eq = [p.one(x) for x in ("Nồi chưng cất hơi nước inox", "Nồi hơi đốt củi", "Bình ngưng ống chùm", "Máy lọc tinh dầu",
                             "Máy chiết rót định lượng", "Máy đóng nắp")]
    p.check(sum(eq[:3]) == 700 and sum(eq[3:]) == 300 and sum(eq) == 1000, "equipment 700 + 300")
    items = [p.one(x) for x in ("Nhà xưởng chưng cất", "2 nồi chưng cất, nồi hơi", "Máy lọc, máy chiết rót",
                                "Kho thành phẩm", "Thiết kế bao bì", "Vốn lưu động")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 3000 and stated == 3300 and off(stated, sum(items)), "PLANTED table-total-mismatch: 3.300 vs 3.000")
    p.check(2300 + 1000 == stated and off(2300 + 1000, sum(items)), "knock-on: sources match the wrong total")
    p.check(sum(items[:4]) == 2000 and close(2000 / 10, 200), "fixed 2.000, dep 200")
    p.check(avg1(post) == 1386.5 and close(3300 / (1386.5 + 200), 2.1, 0.02), "stated average 1.386,5, payback 2,1")
    p.check(avg1(true_post) == 1303.5 and close(3000 / (1303.5 + 200), 2.0, 0.01), "true payback 2,0")
    p.has("45.000 đồng/chai", "250.000 đồng/chai", "700.000 đồng/lít", "Tỷ lệ thu hồi 0,6%", "30 tấn lá/ha/năm",
          "tổng khoảng 600 tấn lá/năm", "tổng năng lực 600 tấn lá/năm", "(892,1 + 1.532,6 + 1.734,8) : 3 = 1.386,5",
          "3.300 : (1.386,5 + 200) ≈ 2,1 năm", "TCCS 01:2026/TL", "43/2017/NĐ-CP", "Nhãn hiệu", "mã QR",
          "36 triệu đồng/ha/năm")
    p.check(close(30 * 1.2, 36), "36 tr/ha")
    p.lacks(r"môi trường|nước thải|chất thải|khí thải|\bbã\b|khói|đăng ký môi", "PLANTED no-environment-measures broken")
    common(p, False)
    return p


def bx10() -> Plan:
    p = Plan("bx10_nhut_mit_thach_ngoc_hkd")
    h5, h1, kg, mit = p.row("Hũ 500 g |"), p.row("Hũ 1 kg |"), p.row("Tổng sản lượng nhút"), p.row("Mít non nguyên liệu")
    staff = p.row("Cộng |", 3)
    r1, r2, rev = p.row("Doanh thu hũ 500 g"), p.row("Doanh thu hũ 1 kg"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Mít non (4.000", "Muối, gừng, ớt", "Hũ, nắp, nhãn", "Tiền công", "Khấu hao", "Lãi vay",
                                 "Bán hàng, vận chuyển", "Điện, nước, chi khác")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế (1,5%"), p.row("Lợi nhuận sau thuế")
    interest = debt(p, 200, 0.07, 50)
    for y in Y:
        p.check(kg[y] == h5[y] * 0.5 + h1[y] and close(mit[y], kg[y] * 1.5), f"kg, 1,5 kg mít/kg {y}")
        p.check(mit[y] <= 35000 and kg[y] <= 40 * 50 * 12, f"35 tấn mít, 24 tấn vats {y}")
        p.check(close(r1[y], h5[y] * 0.035) and close(r2[y], h1[y] * 0.06) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], mit[y] * 0.004) and close(lines[1][y], kg[y] * 0.005)
                and close(lines[2][y], h5[y] * 0.004 + h1[y] * 0.006) and close(lines[3][y], staff[y] * 5 * 12)
                and lines[4][y] == 30 and close(lines[5][y], interest[y]), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], rev[y] * 0.015, 0.02) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    ch = [p.row(x, 2) for x in ("Cửa hàng đặc sản, điểm bán OCOP", "Quán cơm, nhà hàng", "Bán tại nhà, ở chợ", "Bán trực tuyến")]
    p.check([sum(c[i] for c in ch) for i in range(2)] == [h5[0], h1[0]], "channel table 2027")
    eq = [p.one(x) for x in ("Máy thái sợi mít", "Chum sành 50 kg", "Bể inox ngâm", "Kho mát |", "Máy đóng nắp, máy co")]
    p.check(sum(eq) == 180 == 40 + 60 + 80, "equipment 180")
    p.check(120 + 40 + 60 + 80 + 40 + 160 == 500 == 300 + 200 and 120 + 40 + 60 + 80 == 300, "capital 500, fixed 300")
    p.check(avg1(post) == 378.6 and close(500 / (378.6 + 30), 1.2, 0.03), "average 378,6, payback 1,2")
    p.check(close(kg[0] / 12500, 1.28, 0.01), "+28 % on 2025 with the new equipment")
    p.has("35.000 đồng/hũ", "60.000 đồng/hũ", "40 chum × 50 kg × 12 lứa/năm = 24.000 kg/năm", "khoảng 35 tấn/năm",
          "500 : (378,6 + 30) ≈ 1,2 năm", "tự công bố sản phẩm", "43/2017/NĐ-CP", "Nhãn hiệu", "bể lắng")
    p.check(p.count("Nhút mít Thạch Ngọc") >= 3 and p.count("Nhút mít Hương Trà") == 2,
            "PLANTED name-inconsistent: 'Nhút mít Hương Trà' twice beside 'Nhút mít Thạch Ngọc'")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|cam kết|HACCP", "PLANTED no-food-safety broken")
    p.lacks(r"truy xuất|kiểm soát|nhật ký|\bQR\b|lưu mẫu|số lô|\blô\b", "PLANTED no-quality-control broken")
    common(p, False)
    return p


def sketchy(stem: str, max_words: int) -> Plan:
    p = Plan(stem)
    words = len(re.findall(r"\w+", p.body))
    p.check(words <= max_words, f"sketchy plan has {words} words")
    p.check(len(p.rows) == 0, "no table")
    p.check(len(re.findall(r"\d[\d.]*\s*(?:triệu|tỷ|đồng|lít|kg|tấn)", p.body)) <= 1, "at most one quantified figure")
    p.lacks(r"an toàn thực phẩm|tự công bố|TCCS|nhãn|43/2017|môi trường|truy xuất", "sketchy plan has a compliance item")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bx11() -> Plan:
    p = sketchy("bx11_nuoc_mam_thach_kim_so_sai", 260)
    p.has("khoảng 5.000 lít nước mắm", "Thị trường tiêu thụ rộng lớn")
    p.lacks(r"đăng ký|hộ kinh doanh|mã số", "bx11 shows a registration")
    return p


def bx12() -> Plan:
    p = sketchy("bx12_tra_la_voi_cam_xuyen_so_sai", 220)
    p.has("70.000 đồng/gói", "hiệu quả kinh tế cao")
    return p


PLANS = [bx01, bx02, bx03, bx04, bx05, bx06, bx07, bx08, bx09, bx10, bx11, bx12]


def main() -> int:
    return plancheck.report([f() for f in PLANS])


if __name__ == "__main__":
    sys.exit(main())
