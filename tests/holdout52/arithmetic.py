"""Holdout set 52's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout52/arithmetic.py

For every plan: revenue = quantity x price, cost lines = unit costs x quantities and sum to the
total, profit = revenue - cost, tax, investment items = capital sources = total, depreciation,
interest, payback, raw-material need vs supply, output vs capacity, growth, the demand forecasts
and sensitivity sentences. Planted numeric defects are asserted wrong by more than 5 % and
everything else right (within 1 %). Table figures are read from the plan's source; figures quoted
from running text are looked up verbatim, so the numbers cannot drift from the text. The textual
planted defects (no environmental measure, no food safety, a second producer name, no product
standard, no trademark, no sales channel, an area stated twice, no label, replaced instruments,
no registration) are asserted too, as is the absence of template placeholders in every plan.
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

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|77/2019|Luật Hợp tác xã năm 2012"


class Plan(plancheck.Plan):
    src = HERE / "src"

    def section(self, start: str, end: str) -> str:
        return self.body.split(start, 1)[1].split(end, 1)[0]


def clean(p: Plan, ready: bool = True) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if ready:
        p.lacks(OLD, "cites a replaced instrument")


def ba01() -> Plan:
    p = Plan("ba01_mat_ong_hoa_tram_phuc_dong_htx")
    lo, ch, bu, fin, raw = (p.row("Lọ 500 g |"), p.row("Chai 1 kg |"), p.row("Mật bán buôn |"),
                            p.row("Tổng mật thành phẩm"), p.row("Mật nguyên liệu thu mua"))
    rev, r1, r2, r3 = (p.row("Tổng doanh thu"), p.row("Lọ 500 g (150.000"), p.row("Chai 1 kg (280.000"),
                       p.row("Mật bán buôn (165.000"))
    lines = [p.row(x) for x in ("Mật nguyên liệu (120.000", "Lọ, chai, nắp", "Tiền công lao động", "Điện, nước, gas",
                                 "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost, pre, tax = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp")
    post = p.row("Lợi nhuận sau thuế", skip=1)
    bal = [p.row(f"{2027 + y} |", 4) for y in Y]
    workers = [6, 6, 7]
    for y in Y:  # triệu đồng
        p.check(fin[y] == lo[y] * 0.5 + ch[y] + bu[y] and close(raw[y], fin[y] * 1.05), f"kg, raw 1,05 {y}")
        p.check(close(r1[y], lo[y] * 0.15) and close(r2[y], ch[y] * 0.28) and close(r3[y], bu[y] * 0.165)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 0.12) and close(lines[1][y], lo[y] * 0.008 + ch[y] * 0.012 + bu[y] * 0.001)
                and close(lines[2][y], workers[y] * 6.5 * 12) and close(lines[3][y], fin[y] * 0.002)
                and close(lines[4][y], 120) and close(lines[5][y], [600, 400, 200][y] * 0.075)
                and close(lines[6][y], rev[y] * 0.06) and close(lines[7][y], 90), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]) and rev[y] > 3000, f"profit, 17 % {y}")
        b = bal[y]
        p.check(close(b[1], b[0] * 22) and b[2] == raw[y] and b[3] == b[1] - b[2] and b[1] >= raw[y], f"honey balance {y}")
        p.check(raw[y] <= 150 * 160, f"dryer 24.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Nhà xưởng sơ chế và kho", "Máy hạ thủy phần chân không", "Hệ thống lọc, bồn inox",
                                "Kho mát 30", "Thiết kế bao bì, nhãn, tem", "Vốn lưu động thu mua")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 900 + 600 and sum(items[:4]) == 1200 and close(1200 / 10, 120),
            "capital 1.500, fixed 1.200, depreciation 120")
    p.check(avg1(post) == 669.4 and close(1500 / (669.4 + 120), 1.9, 0.01), "average 669,4, payback 1,9")
    p.check(close(rev[0] / 2900, 1.19, 0.01) and close(fin[0] / 12300, 1.14, 0.01), "+19 % revenue, +14 % kg on 2026")
    p.has("150.000 đồng/lọ", "280.000 đồng/chai", "165.000 đồng/kg", "22 kg mật/đàn/năm", "120.000 đồng/kg",
          "(502,2 + 699,3 + 806,8) : 3 ≈ 669,4", "669,4 + 120 = 789,4", "1.500 : 789,4 ≈ 1,9 năm",
          "khoảng 24.000 kg mật nguyên liệu/năm", "lần lượt là 45, 30 và 15 triệu đồng", "3.465 triệu đồng năm 2027",
          "4.444 triệu đồng năm 2029", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/PĐ",
          "Nghị định số 43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu", "đăng ký môi trường", "148/QĐ-TTg")
    clean(p)
    return p


def ba02() -> Plan:
    p = Plan("ba02_ruou_nep_cam_men_la_duc_linh_cty")
    c, b, lit, rice, staff = (p.row("Chai 500 ml |"), p.row("Bình gốm 2 lít |"), p.row("Tổng sản lượng rượu"),
                              p.row("Gạo nếp cẩm sử dụng"), p.row("Lao động sản xuất"))
    lines = [p.row(x) for x in ("Gạo nếp cẩm (32.000", "Men lá (3.000", "Chai, bình, nút", "Củi, điện (4.000", "Tiền lương",
                                 "Khấu hao |", "Lãi vay |", "Chi phí bán hàng", "Quản lý, kiểm nghiệm")]
    cost = p.row("Tổng chi phí")
    summary = [p.row(f"{2027 + y} |", 5) for y in Y]  # 1.000 đồng: revenue, cost, pre, tax, post
    rev = [c[y] * 0.11 + b[y] * 0.38 for y in Y]  # triệu đồng, net of excise and VAT
    for y in Y:
        p.check(lit[y] == c[y] * 0.5 + b[y] * 2 and close(rice[y], lit[y] / 0.75), f"litres, rice 0,75 l/kg {y}")
        p.check(close(lines[0][y], rice[y] * 0.032) and close(lines[1][y], lit[y] * 0.003)
                and close(lines[2][y], c[y] * 0.018 + b[y] * 0.09) and close(lines[3][y], lit[y] * 0.004)
                and close(lines[4][y], staff[y] * 6.5 * 12) and close(lines[5][y], 150)
                and close(lines[6][y], [1000, 750, 500][y] * 0.08) and close(lines[7][y], rev[y] * 0.08)
                and close(lines[8][y], 120), f"cost lines {y}")
        s = [x / 1000 for x in summary[y]]
        p.check(close(cost[y], lines_sum(lines, y)) and close(s[0], rev[y]) and close(s[1], cost[y])
                and close(s[2], s[0] - s[1]) and close(s[3], s[2] * 0.17) and close(s[4], s[2] - s[3]) and s[0] > 3000,
                f"summary row, 17 % {y}")
        p.check(lit[y] <= 110 * 280 and rice[y] <= 30000 and rice[y] <= 8 * 4.5 * 1000, f"stills 30.800 l, rice 30 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng, kho ủ", "2 nồi chưng cất", "200 chum sành", "Máy lọc tinh",
                                "Thiết kế bao bì, nhãn, kiểm nghiệm", "Vốn lưu động |")]
    p.check(sum(items) == p.one("Cộng |") == 1600 == 600 + 1000 and sum(items[:4]) == 1200 and close(1200 / 8, 150),
            "capital 1.600, fixed 1.200, depreciation 150")
    post = [summary[y][4] / 1000 for y in Y]
    p.check(avg1(post) == 561.4 and close(1600 / (561.4 + 150), 2.25, 0.01), "average 561,4, payback 2,25")
    p.check(110 * 280 == 30800 and (60 + 50) == 110, "5 stills: 3 × 20 + 2 × 25 = 110 l/day")
    p.check(close(lit[0] / 13000, 1.15, 0.01) and close(rev[0] / 2750, 1.17, 0.01), "+15 % on 2026")
    p.check(close(27 * 240, 6500, 0.01) and 10 * 240 + 15 * 300 == 6900, "demand forecast 6.500 + 6.900 lít")
    p.check(staff[0] == 4 + 3 + 3, "staff table 4 + 3 + 3 = 10")
    p.has("110.000 đồng/chai", "380.000 đồng/bình", "24.000 chai × 110.000 đồng + 1.500 bình × 380.000 đồng = 2.640 + 570 = 3.210",
          "2.970 + 684 = 3.654", "3.300 + 798 = 4.098", "(424,3 + 561,4 + 698,5) : 3 ≈ 561,4",
          "1.600 : (561,4 + 150) ≈ 2,25 năm", "tối đa 30.000 kg gạo/năm", "30.800 lít/năm",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "QCVN 6-3:2010/BYT", "hàm lượng etanol",
          "đăng ký môi trường", "chưa gồm thuế tiêu thụ đặc biệt")
    clean(p)
    return p


def ba03() -> Plan:
    p = Plan("ba03_hop_go_my_nghe_thai_yen_ctcp")
    s, m, j, n, wood = (p.row("Hộp đựng trà 1 ngăn"), p.row("Hộp quà 3 ngăn"), p.row("Hộp trang sức khắc nổi"),
                        p.row("Cộng |"), p.row("Gỗ xẻ sử dụng"))
    costs = [p.row(f"{2027 + y} |", 8) for y in Y]  # materials, labour, power, depr., interest, selling, admin, total
    results = [p.row(f"{2027 + y} |", 5, skip=1) for y in Y]  # revenue, cost, pre, tax, post
    staff = [14, 15, 16]
    for y in Y:
        rev = s[y] * 0.22 + m[y] * 0.55 + j[y] * 0.85
        mat = wood[y] * 9 + s[y] * 0.015 + m[y] * 0.035 + j[y] * 0.045 + s[y] * 0.006 + m[y] * 0.012 + j[y] * 0.015
        k, r = costs[y], results[y]
        p.check(n[y] == s[y] + m[y] + j[y] and close(wood[y], s[y] * 0.004 + m[y] * 0.01 + j[y] * 0.008), f"count, wood {y}")
        p.check(close(k[0], mat) and close(k[1], staff[y] * 6 * 12) and close(k[2], n[y] * 0.004) and close(k[3], 140)
                and close(k[4], [800, 600, 400][y] * 0.08) and close(k[5], rev * 0.10) and close(k[6], 150)
                and close(k[7], sum(k[:7])), f"cost row {y}")
        p.check(close(r[0], rev) and close(r[1], k[7]) and close(r[2], r[0] - r[1]) and close(r[3], r[2] * 0.17)
                and close(r[4], r[2] - r[3]) and rev > 3000, f"result row, 17 % {y}")
        p.check(wood[y] <= 80 and n[y] <= 13000, f"80 m³ contract, 13.000 capacity {y}")
        if y:
            p.check(r[0] / results[y - 1][0] < 1.2, f"growth {y}")
    p.check(600 + 480 + 220 + 100 + 120 + 480 == 2000 == 1200 + 800 and 600 + 480 + 220 + 100 == 1400
            and close(1400 / 10, 140), "capital 2 tỷ, fixed 1.400, depreciation 140")
    post = [r[4] for r in results]
    p.check(close(sum(post) / 3, 885, 0.001) and close(2000 / (885 + 140), 1.95, 0.01), "average 885, payback ≈ 2")
    p.check(close(n[0] / 8000, 1.15) and close(results[0][0] / 2750, 1.21, 0.01), "+15 % on 2026")
    p.check(28 * 140 + 4 * 650 + 2800 == 9320 and close(9320, 9300, 0.01), "demand forecast ≈ 9.300")
    p.check(8 + 6 == staff[0], "production staff 8 + 6 = 14")
    p.has("220.000 đồng/chiếc", "550.000 đồng/bộ", "850.000 đồng/chiếc", "6.000 × 220.000 = 1.320 triệu đồng",
          "2.400 × 550.000 = 1.320 triệu đồng", "800 × 850.000 = 680 triệu đồng", "1.496 + 1.540 + 765 = 3.801",
          "1.650 + 1.760 + 850 = 4.260", "gỗ 489,6 + sơn, phụ kiện 210 + bao bì 76,8 = 776,4",
          "561,6 + 240,5 + 87,9 = 890", "630 + 269,5 + 98,4 = 997,9", "(674,6 + 888,8 + 1.091,7) : 3 = 885",
          "2.000 : 1.025 ≈ 2 năm", "tối đa 80 m³/năm", "khoảng 13.000 sản phẩm/năm", "Thông tư số 26/2022/TT-BNNPTNT",
          "TCCS 01:2024/TY", "Giấy chứng nhận đăng ký nhãn hiệu", "đăng ký môi trường", "Giấy chứng nhận đăng ký doanh nghiệp")
    clean(p)
    return p


def ba04() -> Plan:
    p = Plan("ba04_du_lich_cong_dong_khe_bong_tht")
    nights, meals, tours = p.row("Lưu trú |"), p.row("Ăn uống |"), p.row("Trải nghiệm |")
    rev, rr, rf, rt = (p.row("I. Doanh thu"), p.row("Lưu trú (400.000"), p.row("Ăn uống (150.000"),
                       p.row("Trải nghiệm (100.000"))
    lines = [p.row(x) for x in ("Thực phẩm suất ăn", "Đồ dùng phòng", "Trả hộ có nhà sàn", "Tiền công lao động",
                                 "Điện, nước (3%", "Khấu hao |", "Lãi vay |", "Quảng bá, hoa hồng", "Quản lý, bảo hiểm",
                                 "Thuế GTGT, thuế TNCN")]
    cost, prof = p.row("II. Chi phí"), p.row("III. Lợi nhuận")
    staff = [8, 9, 10]
    for y in Y:  # nghìn đồng
        p.check(close(rr[y], nights[y] * 400) and close(rf[y], meals[y] * 150) and close(rt[y], tours[y] * 100)
                and close(rev[y], rr[y] + rf[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], rf[y] * 0.5) and close(lines[1][y], nights[y] * 60) and close(lines[2][y], rr[y] * 0.25)
                and close(lines[3][y], staff[y] * 5500 * 12) and close(lines[4][y], rev[y] * 0.03)
                and close(lines[5][y], 100000) and close(lines[6][y], [300000, 200000, 100000][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.08) and close(lines[8][y], 60000) and close(lines[9][y], rev[y] * 0.05),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(nights[y] <= 12 * 365 and meals[y] <= 160 * 365, f"12 rooms, 160 meals/day {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(nights[2] / (12 * 365), 0.55, 0.01) and close(nights[0] / 1500, 1.2), "55 % occupancy, +20 % on 2026")
    items = [p.one(x) for x in ("Nâng cấp 6 nhà sàn", "Nhà ăn cộng đồng và bếp", "Đường dạo, chòi nghỉ", "Bể tự hoại, bể lắng",
                                "Website, ảnh, video", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng |") == 1200 == 900 + 300 and sum(items[:4]) == 900 and close(900 / 9, 100),
            "capital 1.200, fixed 900, depreciation 100")
    p.check(close(sum(prof) / 3, 283800, 0.001) and close(1200 / (283.8 + 100), 3.1, 0.02), "average 283,8, payback 3,1")
    p.check(15 + 30 + 40 + 15 == 100 and 2 + 3 + 2 + 1 == staff[0], "quarters 100 %, staff 8")
    p.has("400.000 đồng/phòng/đêm", "150.000 đồng/suất", "100.000 đồng/lượt", "12 phòng × 365 ngày = 4.380",
          "(198,8 + 283,8 + 368,8) : 3 = 283,8", "1.200 : (283,8 + 100) ≈ 3,1 năm", "6.000 lượt khách/năm",
          "Giấy chứng nhận đăng ký tổ hợp tác", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCVN 7800:2017",
          "bể tự hoại ba ngăn", "Luật Du lịch năm 2017")
    clean(p)
    return p


def ba05() -> Plan:
    p = Plan("ba05_tinh_bot_nghe_hoai_thu_hkd")
    hu, tui, kg, fresh = p.row("Hũ 100 g |"), p.row("Túi 500 g |"), p.row("Tổng tinh bột nghệ"), p.row("Nghệ tươi sử dụng")
    rev, cost, prof = p.row("Doanh thu |"), p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Nghệ tươi (6.000", "Hũ, túi, nhãn", "Tiền công lao động thuê", "Điện, nước (15.000",
                                 "Khấu hao máy móc", "Lãi vay |", "Vận chuyển, quảng bá", "Kiểm nghiệm, chi khác", "Thuế GTGT")]
    hired = [3, 3, 4]
    true_rev = [hu[y] * 0.045 + tui[y] * 0.19 for y in Y]
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.1 + tui[y] * 0.5 and fresh[y] == kg[y] * 20, f"kg, 20 kg fresh per kg {y}")
        p.check(close(lines[0][y], fresh[y] * 0.006) and close(lines[1][y], hu[y] * 0.004 + tui[y] * 0.006)
                and close(lines[2][y], hired[y] * 4.5 * 12) and close(lines[3][y], kg[y] * 0.015)
                and close(lines[4][y], 30) and close(lines[5][y], [150, 100, 50][y] * 0.07)
                and close(lines[6][y], [40, 45, 50][y]) and close(lines[7][y], 20)
                and close(lines[8][y], rev[y] * 0.015, 0.02), f"cost lines (tax on the written revenue) {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]),
                f"cost and profit consistent with the written revenue {y}")
        p.check(fresh[y] <= 45000, f"line 45 tấn củ {y}")
    p.check(close(rev[0], true_rev[0]) and close(rev[2], true_rev[2]), "2027 and 2029 revenue right")
    p.check(true_rev[1] == 633 and rev[1] == 713 and off(rev[1], true_rev[1]), "PLANTED 2028 revenue 713 != 633 (+12,6 %)")
    supply = 0.6 * 25 * 1000 + 5000
    p.check(supply == 20000 and all(fresh[y] > supply and off(fresh[y], supply) for y in Y),
            "PLANTED fresh turmeric 26 / 30 / 34 tấn > 20 tấn supply")
    p.check(40 + 110 + 70 + 20 + 20 + 40 == 300 == 150 + 150 and 40 + 110 + 70 + 20 == 240 and close(240 / 8, 30),
            "capital 300, fixed 240, depreciation 30")
    written = sum(prof) / 3
    true = (prof[0] + true_rev[1] - cost[1] + prof[2]) / 3
    p.check(close(written, 122.1, 0.001) and close(300 / (written + 30), 2.0, 0.02), "stated payback 2,0 on the written profit")
    p.check(close(300 / (true + 30), 2.39, 0.01) and off(2.0, 300 / (true + 30)), "tolerated knock-on: true payback 2,4")
    p.check(close(kg[0] / 1050, 1.24, 0.01) and rev[2] > 700, "+24 % on 2026, 716 > 700")
    p.check(close(18 * 30, 540) and close(14 * 30 / 1050, 0.4, 0.01), "forecast 540 kg, 40 % via shops in 2026")
    p.check(close(lines[0][0] * 0.2, 31.2) and close(prof[0] - 31.2, 34.6) and close(rev[0] * 0.1, 55), "sensitivity")
    p.has("45.000 đồng/hũ", "190.000 đồng/túi", "khoảng 20 kg củ nghệ tươi cho 1 kg tinh bột", "0,6 ha",
          "năng suất bình quân 25 tấn/ha, cho khoảng 15 tấn củ/năm", "khoảng 5 tấn củ/năm",
          "Tổng nguồn nghệ tươi khoảng 20 tấn/năm, đủ đáp ứng", "(65,8 + 192,6 + 107,9) : 3 ≈ 122,1",
          "300 : (122,1 + 30) ≈ 2,0 năm", "Tổng nhu cầu vốn: 300 triệu đồng", "khoảng 45 tấn củ/năm",
          "Giấy chứng nhận đăng ký hộ kinh doanh", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2025/HT", "Nghị định số 43/2017/NĐ-CP", "nhãn hiệu", "gạn lớp nước trên")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|\bbã\b|xử lý|biogas|ủ phân|phân bón|hố (lắng|thấm)|bể (lắng|chứa) nước",
            "PLANTED no wastewater, residue or environmental measure anywhere")
    clean(p)
    return p


def ba06() -> Plan:
    p = Plan("ba06_che_vang_tui_loc_truong_luu_htx")
    hop, tui, kg, fresh = (p.row("Hộp túi lọc 50 g"), p.row("Túi chè khô 500 g"), p.row("Tổng chè vằng khô"),
                           p.row("Lá vằng tươi cần thu mua"))
    r1, r2, rev = p.row("Doanh thu hộp túi lọc"), p.row("Doanh thu chè khô"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Lá vằng tươi (8.000", "Túi lọc, hộp", "Tiền lương", "Điện sấy", "Khấu hao |", "Lãi vay |",
                                 "Chi phí bán hàng", "Quản lý, kiểm nghiệm")]
    cost, pre, tax = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN")
    post = p.row("Lợi nhuận sau thuế", skip=1)
    staff = [8, 9, 10]
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.05 + tui[y] * 0.5 and fresh[y] == kg[y] * 5, f"kg, 5:1 {y}")
        p.check(close(r1[y], hop[y] * 0.045) and close(r2[y], tui[y] * 0.09) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.008) and close(lines[1][y], hop[y] * 0.006 + tui[y] * 0.005)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[3][y], kg[y] * 0.02) and close(lines[4][y], 80)
                and close(lines[5][y], [400, 300, 200][y] * 0.075) and close(lines[6][y], rev[y] * 0.1)
                and close(lines[7][y], 100), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and rev[y] <= 3000
                and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"profit, 15 % {y}")
        p.check(fresh[y] <= 40000 and hop[y] * 25 <= 40 * 60 * 8 * 250, f"leaf contract 40 tấn, packer {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    dryer = 100 * 1 * 200
    p.check(dryer == 20000 and fresh[0] <= dryer, "2027 within the dryer (18 of 20 tấn fresh)")
    p.check(all(fresh[y] > dryer and off(fresh[y], dryer) for y in (1, 2)) and kg[1] > 4000 and kg[2] > 4000,
            "PLANTED 2028-2029 need 22,5 / 27 tấn fresh > 20 tấn dryer (4,5 / 5,4 > 4 tấn dry)")
    items = [p.one(x) for x in ("Máy đóng gói túi lọc tự động", "Máy nghiền, sàng", "Cải tạo phòng đóng gói",
                                "Thiết kế hộp, nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 600 + 400 and sum(items[:3]) == 640 and close(640 / 8, 80),
            "capital 1.000 (no dryer), fixed 640, depreciation 80")
    p.check(avg1(post) == 680.8 and close(1000 / (680.8 + 80), 1.3, 0.02), "average 680,8, payback 1,3")
    p.check(close(kg[0] / 2900, 1.24, 0.01) and 14500 <= dryer, "+24 % on 2026; 2026 within the dryer")
    p.check(30 * 850 + 6000 == 31500 and 5 + 3 == staff[0], "forecast 31.500 hộp; staff 5 + 3")
    p.has("45.000 đồng/hộp", "90.000 đồng/túi", "mỗi mẻ 100 kg lá tươi, mỗi ngày 1 mẻ, 200 ngày/năm",
          "khoảng 20.000 kg lá tươi, tương đương 4.000 kg chè khô/năm", "đủ đáp ứng kế hoạch sản xuất cả giai đoạn",
          "(436,6 + 680,8 + 925) : 3 ≈ 680,8", "1.000 : (680,8 + 80) ≈ 1,3 năm", "tối đa 40 tấn lá tươi/năm",
          "TCCS 01:2025/TL", "Nghị định số 43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu", "đăng ký môi trường")
    p.check(p.count("Hợp tác xã Dược liệu Kim Lộc") == 2 and p.count("Hợp tác xã Chè vằng Trường Lưu") >= 3,
            "PLANTED a second producer name, twice")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|công bố|khám sức khỏe|HACCP|ISO 22000|"
            r"cam kết (sản xuất|bảo đảm)", "PLANTED no food-safety certificate, commitment, declaration or plan")
    clean(p)
    return p


def ba07() -> Plan:
    p = Plan("ba07_xa_phong_thao_moc_cam_lac_hkd")
    b, q, bars, c = (p.row("Bánh xà phòng lẻ 100 g"), p.row("Hộp quà 3 bánh"), p.row("Tổng số bánh"),
                     p.row("Xà phòng lỏng 500 ml"))
    rev, rb, rq, rc = p.row("Doanh thu |"), p.row("- Bánh lẻ (35.000"), p.row("- Hộp quà (110.000"), p.row("- Xà phòng lỏng (85.000")
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("- Nguyên liệu", "- Bao bì, nhãn", "- Tiền công", "- Điện, nước", "- Khấu hao", "- Lãi vay",
                                 "- Bán hàng", "- Quản lý", "- Thuế")]
    hired = [6, 7, 8]
    for y in Y:  # triệu đồng
        p.check(bars[y] == b[y] + 3 * q[y], f"bars {y}")
        p.check(close(rb[y], b[y] * 0.035) and close(rq[y], q[y] * 0.11) and close(rc[y], c[y] * 0.085)
                and close(rev[y], rb[y] + rq[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], bars[y] * 0.009 + c[y] * 0.025) and close(lines[1][y], b[y] * 0.003 + q[y] * 0.015 + c[y] * 0.008)
                and close(lines[2][y], hired[y] * 5 * 12) and close(lines[3][y], [20, 24, 28][y]) and close(lines[4][y], 50)
                and close(lines[5][y], [200, 100, 0][y] * 0.07 or 0) and close(lines[6][y], rev[y] * 0.12)
                and close(lines[7][y], 40) and close(lines[8][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(bars[y] <= 240 * 250 and bars[y] * 0.01 <= 800, f"60.000 bars capacity, herb powder 800 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(close(rev[1] - cost[1], 190.3) and off(prof[1], rev[1] - cost[1]), "PLANTED 2028 profit 250,3 != 190,3 (+31,5 %)")
    p.check(120 + 60 + 120 + 30 + 70 == 400 == 200 + 200 and 120 + 60 + 120 == 300 and close(300 / 6, 50),
            "capital 400, fixed 300, depreciation 50")
    written, true = sum(prof) / 3, (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(written, 210.3, 0.001) and close(400 / (written + 50), 1.5, 0.03), "stated payback 1,5 on the written profit")
    p.check(close(400 / (true + 50), 1.66, 0.01) and off(1.5, 400 / (true + 50)), "tolerated knock-on: true payback 1,66")
    p.check(close(bars[0] / 24000, 1.21, 0.01) and close(40600 * 0.01, 406), "+21 % bars on 2026, 406 kg powder")
    p.check(25 * 400 == 10000 and 2 + 1 + 3 == hired[0] and close(lines[0][0] * 0.15, 46.7, 0.01)
            and close(prof[0] - 46.65, 75.3, 0.01) and close(rev[0] * 0.8, 960), "forecast, staff, sensitivity")
    p.check(30 + 25 + 25 + 20 == 100, "herb shares 100 %")
    p.has("35.000 đồng/bánh", "110.000 đồng/hộp", "85.000 đồng/chai", "(122 + 250,3 + 258,5) : 3 ≈ 210,3",
          "400 : (210,3 + 50) ≈ 1,5 năm", "Tổng vốn: 400 triệu đồng", "khoảng 60.000 bánh/năm", "khoảng 800 kg bột khô/năm",
          "Giấy chứng nhận đăng ký hộ kinh doanh", "Nghị định số 43/2017/NĐ-CP", "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|thử nghiệm|phòng thí nghiệm",
            "PLANTED no product standard, notification or lab test")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ (nhãn|thương|kiểu|tên|độc quyền)|văn bằng|logo|kiểu dáng",
            "PLANTED no trademark or IP protection")
    clean(p)
    return p


def ba08() -> Plan:
    p = Plan("ba08_mang_tay_xanh_thach_van_htx")
    a, b, kg, staff = (p.row("Măng tây loại 1 |"), p.row("Măng tây loại 2 |"), p.row("Tổng sản lượng |"),
                       p.row("Lao động thường xuyên"))
    r1, r2, rev = p.row("Doanh thu măng tây loại 1"), p.row("Doanh thu măng tây loại 2"), p.row("Cộng doanh thu")
    lines = [p.row(x) for x in ("Phân bón, chế phẩm", "Tiền công tổ sơ chế", "Bao bì, màng bọc", "Điện bơm tưới",
                                 "Khấu hao |", "Lãi vay |", "Vận chuyển (4.000", "Quản lý, chi khác")]
    cost, prof = p.row("Cộng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == a[y] + b[y] and close(a[y] / kg[y], 0.7), f"kg, 70 % grade 1 {y}")
        p.check(close(r1[y], a[y] * 0.08) and close(r2[y], b[y] * 0.05) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], [150, 155, 160][y]) and close(lines[1][y], staff[y] * 5 * 12)
                and close(lines[2][y], kg[y] * 0.002) and close(lines[3][y], 60) and close(lines[4][y], 100)
                and close(lines[5][y], [200, 100, 0][y] * 0.08 or 0) and close(lines[6][y], kg[y] * 0.004)
                and close(lines[7][y], 50), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 6.5 * 10 * 1000 and kg[y] <= 8 * 10 * 1000, f"within 10 t/ha on either area {y}")
    g1, g2 = rev[1] / rev[0], rev[2] / rev[1]
    p.check(close(g1, 2.2) and close(g2, 1.818, 0.01) and kg[1] / kg[0] == 2.2 and staff[0] == staff[1] == staff[2] == 8,
            "PLANTED output and revenue ×2,2 then ×1,8 with the same 8 workers")
    p.check(close(prof[2] / rev[2], 0.716, 0.01) and kg[0] / 13000 < 1.2 and kg[1] / 13000 > 2,
            "margin 72 % in 2029; 2027 +15 % on 2026 but 2028 ×2,5 (tolerated capacity-exceeded)")
    p.check(180 + 60 + 160 + 40 + 160 == 600 == 400 + 200 and 180 + 60 + 160 == 400 and close(400 / 8 + 50, 100),
            "capital 600, fixed 400, depreciation 50 + 50")
    p.check(sum(prof) / 3 == 1487 and close(600 / (1487 + 100), 0.38, 0.01), "average 1.487, payback 0,4")
    p.has("Tổng diện tích măng tây của hợp tác xã là 8 ha", "Quy mô: 8 ha măng tây xanh",
          "Diện tích măng tây của hợp tác xã là 6,5 ha", "Trên diện tích 6,5 ha")  # PLANTED figure-inconsistent
    p.check(off(8, 6.5), "PLANTED 8 ha != 6,5 ha")
    p.has("80.000 đ/kg", "50.000 đ/kg", "(119 + 1.292 + 3.050) : 3 = 1.487", "600 : (1.487 + 100) ≈ 0,4 năm",
          "Tổng vốn đầu tư của phương án là 600 triệu đồng", "khoảng 10 tấn/ha/năm", "Giấy chứng nhận VietGAP",
          "bản cam kết sản xuất thực phẩm an toàn", "TCCS 01:2025/TV", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "Giấy chứng nhận đăng ký hợp tác xã", "Nhu cầu măng tây trong nước ngày càng tăng")
    market = p.section("# VI/ THỊ TRƯỜNG", "# VII/")
    p.check(not re.search(r"giá|đồng|đ/kg|khách|siêu thị|chợ|thương lái|nhà hàng|đại lý|cửa hàng|hợp đồng|bán", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"khách hàng|siêu thị|\bchợ\b|thương lái|nhà hàng|đại lý|cửa hàng|xuất khẩu|facebook|zalo|shopee|"
            r"bán lẻ|bán buôn|hợp đồng (tiêu thụ|bao tiêu|mua)|bếp ăn|nhà phân phối|trực tuyến|thương mại điện tử",
            "PLANTED no sales channel anywhere")
    clean(p)
    return p


def ba09() -> Plan:
    p = Plan("ba09_nuoc_sim_rung_ky_thuong_ctcp")
    c, k, fruit, staff = (p.row("Nước sim chai 330 ml |", skip=1), p.row("Nước cốt sim 500 ml |", skip=1),
                          p.row("Quả sim sử dụng"), p.row("Lao động sản xuất"))
    r1, r2, rev = p.row("Doanh thu nước sim 330 ml"), p.row("Doanh thu nước cốt"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Quả sim (25.000", "Đường, phụ liệu", "Chai, nắp, thùng", "Tiền lương công nhân",
                                 "Điện, nước, gas", "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost, pre, tax = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN")
    post = p.row("Lợi nhuận sau thuế", skip=1)
    for y in Y:  # triệu đồng
        p.check(close(fruit[y], c[y] * 0.12 + k[y]), f"fruit 0,12 kg/chai, 1 kg/cốt {y}")
        p.check(close(r1[y], c[y] * 0.025) and close(r2[y], k[y] * 0.095) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 0.025) and close(lines[1][y], c[y] * 0.001 + k[y] * 0.003)
                and close(lines[2][y], c[y] * 0.0045 + k[y] * 0.008) and close(lines[3][y], staff[y] * 6.5 * 12)
                and close(lines[4][y], (c[y] + k[y]) * 0.0008) and close(lines[5][y], 240)
                and close(lines[6][y], [1200, 900, 600][y] * 0.08) and close(lines[7][y], rev[y] * 0.1)
                and close(lines[8][y], 180), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and rev[y] > 3000
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"profit, 17 % {y}")
        p.check(fruit[y] <= 35000 and c[y] + k[y] <= 250000, f"fruit contract 35 tấn, line 250.000 chai {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Nhà xưởng 300", "Dây chuyền ép, lọc", "Kho lạnh 30 tấn", "Máy đóng thùng",
                                "Thiết kế bao bì, đăng ký", "Vốn lưu động")]
    total = p.one("Tổng cộng")
    p.check(sum(items) == total == 3200 and sum(items[:4]) == 2400 and close(2400 / 10, 240),
            "items add up to the stated 3.200, fixed 2.400, depreciation 240")
    p.check(1500 + 1200 == 2700 and off(2700, total), "PLANTED sources 1.500 + 1.200 = 2.700 != 3.200 (−15,6 %)")
    avg = sum(post) / 3
    p.check(close(avg, 486, 0.001), "average profit 486")
    true = 3200 / (avg + 240)
    p.check(close(true, 4.41, 0.01) and off(1.5, true) and off(1.5, 3200 / avg) and off(1.5, 2700 / (avg + 240)),
            "PLANTED payback 1,5 != 4,4 (6,6 without depreciation; 3,7 on the 2.700 of sources)")
    p.check(close(rev[0] / 2860, 1.18, 0.01) and close(c[0] / 102000, 1.18, 0.01), "+18 % on 2026")
    p.check(3 * 14000 + 12000 + 60 * 550 == 87000 and close(3 * 14000 + 45 * 550, 66750)
            and 3 + 2 + 4 + 3 == staff[0] and close(lines[0][0] * 0.2, 92) and close(pre[0] - 92, 234.8)
            and close(post[0] / rev[0], 0.08, 0.02) and close(post[2] / rev[2], 0.153, 0.01), "forecast, staff, sensitivity")
    p.has("25.000 đồng/chai", "95.000 đồng/chai", "Tổng vốn đầu tư: 3.200 triệu đồng", "(tăng vốn điều lệ năm 2027): 1.500 triệu đồng",
          "Ngân hàng TMCP Ngoại thương chi nhánh Hà Tĩnh: 1.200 triệu đồng", "khoảng 486 triệu đồng/năm",
          "khấu hao 240 triệu đồng/năm", "trong khoảng 1,5 năm", "tối đa 35 tấn quả/năm", "khoảng 250.000 chai/năm",
          "Giấy chứng nhận đăng ký doanh nghiệp", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-2:2010/BYT",
          "TCCS 01:2024/SKT", "Nhãn hiệu \"Sim Kỳ Thượng\"", "đăng ký môi trường")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|số lô|in hạn|in ngày",
            "PLANTED no label, label content or labelling decree")
    clean(p)
    return p


def ba10() -> Plan:
    p = Plan("ba10_nhang_tram_bang_chau_co_so")
    cay, nu, vong, n, powder = (p.row("Nhang cây trầm 200 g"), p.row("Nhang nụ trầm 100 g"), p.row("Nhang vòng trầm 24 khoanh"),
                                p.row("Cộng |"), p.row("Bột nguyên liệu"))
    r1, r2, r3, rev = (p.row("Doanh thu nhang cây"), p.row("Doanh thu nhang nụ"), p.row("Doanh thu nhang vòng"),
                       p.row("Tổng doanh thu"))
    lines = [p.row(x) for x in ("Nguyên liệu (bột trầm", "Hộp, màng co, nhãn", "Tiền công lao động thuê", "Điện (1.200",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng (10%", "Chi phí khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    hired = [7, 8, 8]
    for y in Y:  # triệu đồng
        p.check(n[y] == cay[y] + nu[y] + vong[y] and close(powder[y], cay[y] * 0.2 + nu[y] * 0.1 + vong[y] * 0.25), f"boxes, powder {y}")
        p.check(close(r1[y], cay[y] * 0.12) and close(r2[y], nu[y] * 0.09) and close(r3[y], vong[y] * 0.15)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], cay[y] * 0.035 + nu[y] * 0.028 + vong[y] * 0.045) and close(lines[1][y], n[y] * 0.008)
                and close(lines[2][y], hired[y] * 5 * 12) and close(lines[3][y], n[y] * 0.0012) and close(lines[4][y], 50)
                and close(lines[5][y], [200, 100, 0][y] * 0.07 or 0) and close(lines[6][y], rev[y] * 0.1)
                and close(lines[7][y], 30), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(powder[y] <= 3000 and powder[y] <= 2 * 20 * 250, f"3 tấn powder, 10 tấn machines {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng, mái che", "Máy trộn bột |", "2 máy làm nhang tự động", "Lò sấy nhang |",
                                "Máy cắt, máy đóng gói", "Thiết kế hộp, nhãn", "Vốn lưu động")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 860 and stated == 960 and off(stated, sum(items)), "PLANTED investment total 960 != items 860 (+11,6 %)")
    p.check(760 + 200 == stated and off(760 + 200, sum(items)), "sources match the stated total (tolerated capital-mismatch)")
    p.check(sum(items[:5]) == 500 and close(500 / 10, 50), "fixed 500, depreciation 50")
    avg = sum(prof) / 3
    p.check(close(avg, 323.2, 0.001) and close(960 / (avg + 50), 2.6, 0.02), "stated payback 2,6 on the stated total")
    p.check(close(860 / (avg + 50), 2.3, 0.01) and off(2.6, 860 / (avg + 50)), "tolerated knock-on: 2,3 on the true sum")
    p.check(close(n[0] / 10900, 1.15, 0.01) and close(rev[0] / 1220, 1.19, 0.01), "+15 % on 2026")
    p.check(28 * 200 + 9 * 190 == 7310 and close(7310 + 5200, 12500, 0.01) and n[0] == 12500
            and close(25 * 200 + 8 * 190, 6520) and 3 + 2 + 2 == hired[0], "forecast 12.500, staff 3 + 2 + 2")
    p.check(close(lines[0][0] * 0.2, 86.3, 0.01) and close(prof[0] - 86.3, 162.7) and close(rev[0] * 0.9, 1309.5), "sensitivity")
    p.has("120.000 đồng/hộp", "90.000 đồng/hộp", "150.000 đồng/hộp", "(249 + 305,9 + 414,8) : 3 ≈ 323,2",
          "960 : (323,2 + 50) ≈ 2,6 năm", "vốn của gia đình 760 triệu đồng", "vay Quỹ tín dụng nhân dân 200 triệu đồng",
          "tổng cộng khoảng 3.000 kg bột/năm", "khoảng 10 tấn nhang/năm", "TCCS 01:2027/BC", "Nghị định số 43/2017/NĐ-CP",
          "nộp đơn đăng ký tại Cục Sở hữu trí tuệ", "buồng kín có quạt hút và túi lọc bụi")
    p.has("Quyết định số 490/QĐ-TTg ngày 07/5/2018", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019",
          "Quyết định số 781/QĐ-TTg ngày 08/6/2020")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|919/QĐ-TTg", "PLANTED the current OCOP instruments are not cited")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|đăng ký hộ|"
            r"thành lập|giấy phép|mã số|đăng ký môi trường", "PLANTED no business registration or plan to register")
    clean(p, ready=False)
    return p


def sketchy() -> list[Plan]:
    a = Plan("ba11_toi_den_ky_phong_so_sai")
    a.check(1000 * 500000 == 500e6, "black-garlic sentence (1 tấn × 500.000 = 500 triệu)")
    a.has("khoảng 1 tấn tỏi đen", "500.000 đồng/kg", "khoảng 500 triệu đồng/năm", "khoảng 150 triệu đồng",
          "Hộ đã đăng ký hộ kinh doanh năm 2024", "qua mạng xã hội và cho người quen")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, under a page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nguyên liệu|vốn đầu tư|kế hoạch sản xuất", "genuine gaps")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ba12_ga_doi_son_tien_so_sai")
    b.has("khoảng 5.000 con/năm", "120.000 đồng/kg")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"đăng ký|giấy chứng nhận|mã số thuế|hợp đồng hợp tác", "no registration (tolerated gap)")
    b.lacks(r"chất thải|phân gà|môi trường|xử lý|đệm lót|biogas", "no environmental measure (tolerated gap)")
    b.lacks(r"cửa hàng|siêu thị|nhà hàng|thương lái|đại lý|chợ|facebook|khách hàng", "no channel named (tolerated gap)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (ba01, ba02, ba03, ba04, ba05, ba06, ba07, ba08, ba09, ba10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
