"""The thirty-sixth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout36/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim. The textual planted defects (no
environmental measure, replaced instruments cited, no trademark, no food safety, no label, no
product standard, a second producer name, no sales channel, no registration, two outputs for
2025) are asserted too, as is the absence of template placeholders in every plan.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, avg1, close, lines_sum, off  # noqa: E402,F401

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|23/2012/QH13|38/2012"


class Plan(plancheck.Plan):
    src = HERE / "src"


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def ak01() -> Plan:
    p = Plan("ak01_lap_suong_ca_thach_kim_cty")
    big, small, kg, fish, staff = (p.row("Lạp sườn cá gói 500 g"), p.row("Lạp sườn cá gói 250 g"),
                                   p.row("Tổng sản lượng thành phẩm"), p.row("Cá tươi nguyên liệu"),
                                   p.row("Lao động thường xuyên"))
    rev, rb, rs = p.row("Tổng doanh thu"), p.row("Gói 500 g (150.000"), p.row("Gói 250 g (80.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Cá tươi (40.000", "Mỡ lợn, gia vị", "Bao bì, nhãn |", "Điện sấy, kho lạnh",
                                 "Tiền lương", "Khấu hao tài sản", "Lãi vay ngân hàng", "Chi phí bán hàng",
                                 "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp |"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # nghìn đồng
        p.check(kg[y] == big[y] * 0.5 + small[y] * 0.25 and close(fish[y], kg[y] * 2.4), f"kg, fish 2,4 {y}")
        p.check(close(rb[y], big[y] * 150) and close(rs[y], small[y] * 80) and close(rev[y], rb[y] + rs[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 40) and close(lines[1][y], kg[y] * 25)
                and close(lines[2][y], big[y] * 4 + small[y] * 3) and close(lines[3][y], kg[y] * 8), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6000 * 12) and close(lines[5][y], 150000)
                and close(lines[6][y], [600000, 400000, 200000][y] * 0.08) and close(lines[7][y], rev[y] * 0.05),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(kg[y] <= 60 * 280 and fish[y] <= 36000, f"dryer 16.800 kg, fish contract 36 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo, nâng cấp nhà xưởng", "Tủ sấy điện, máy xay", "Kho lạnh 12",
                                "Thiết kế bao bì, nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500000 == 900000 + 600000 and sum(items[:3]) == 1200000,
            "capital 1.500.000, fixed 1.200.000")
    avg = sum(post) / 3
    p.check(close(avg, 653953, 0.0001) and close(1500000 / (avg + 150000), 1.9, 0.02), "average profit, payback 1,9")
    p.check(close(post[0] / rev[0], 0.179, 0.01) and close(post[2] / rev[2], 0.208, 0.01), "17,9 % and 20,8 %")
    p.check(close(kg[0] / 8000, 1.19, 0.01) and 6 * 6 == 36, "+19 % on 2025; 6 boats × 6 tấn")
    p.has("150.000 đồng/gói", "80.000 đồng/gói", "(518.075 + 649.890 + 793.895) : 3 ≈ 653.953",
          "1.500.000 : (653.953 + 150.000) ≈ 1,9 năm", "tổng 36 tấn/năm", "tương đương 16.800 kg/năm",
          "mã số doanh nghiệp 3001998765")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def ak02() -> Plan:
    p = Plan("ak02_den_long_vai_gia_hanh_htx")
    qty = [p.row(str(2027 + y), 5) for y in Y]  # small, large, sets, fabric, công
    rev = [p.row(str(2027 + y), 4, skip=1) for y in Y]
    cst = [p.row(str(2027 + y), 10) for y in Y]
    prof = []
    for y in Y:  # triệu đồng
        s, l, b, fab, cong = qty[y]
        p.check(close(fab, s * 0.6 + l * 1.2 + b * 1.0) and close(cong, s * 0.1 + l * 0.25 + b * 0.3), f"fabric, labour {y}")
        p.check(fab <= 15000 and cong <= 15 * 250, f"fabric contract, 3.750 công {y}")
        p.check(close(rev[y][0], s * 0.085) and close(rev[y][1], l * 0.18) and close(rev[y][2], b * 0.25)
                and close(rev[y][3], sum(rev[y][:3])), f"revenue {y}")
        c = cst[y]
        p.check(close(c[0], s * 0.025 + l * 0.055 + b * 0.08) and close(c[1], s * 0.02 + l * 0.045 + b * 0.06)
                and close(c[2], s * 0.005 + l * 0.008 + b * 0.01) and close(c[4], 50)
                and close(c[5], [200, 100, 0][y] * 0.07) and close(c[6], rev[y][3] * 0.06) and c[7] == 120,
                f"cost lines {y}")
        p.check(close(c[8], sum(c[:8])) and close(c[9], rev[y][3] - c[8]), f"cost total, profit {y}")
        prof.append(c[9])
        if y:
            p.check(rev[y][3] / rev[y - 1][3] < 1.2, f"growth {y}")
    p.check(avg1(prof) == 393.3 and close(600 / (393.3 + 50), 1.4, 0.04), "average profit, payback 1,4")
    p.check(180 + 170 + 50 + 60 + 140 == 600 == 400 + 200 and 180 + 170 + 50 == 400 and 400 / 8 == 50, "capital 600")
    p.check(close(qty[0][0] + qty[0][1], 9600 * 1.15, 0.01), "+15 % single lanterns on 2025")
    p.check(close(cst[0][1] / 15 / 12, 2.0, 0.03) and close(cst[2][1] / 15 / 12, 2.6, 0.03), "2,0–2,6 tr/tháng")
    p.has("85.000 đồng/chiếc", "180.000 đồng/chiếc", "250.000 đồng/bộ", "(310,8 + 393,3 + 475,8) : 3 = 393,3",
          "600 : (393,3 + 50) ≈ 1,4 năm", "tối đa 15.000 m", "3.750 công/năm", "Tổng vốn đầu tư của phương án là 600 triệu đồng")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def ak03() -> Plan:
    p = Plan("ak03_rung_ngap_man_ky_ha_hkd")
    boat, exp, meal, staff = p.row("Tour thuyền xuyên rừng"), p.row("Trải nghiệm bãi triều"), p.row("Bữa ăn hải sản"), p.row("Lao động")
    rev = [boat[y] * 0.12 + exp[y] * 0.08 + meal[y] * 0.15 for y in Y]
    cost = [meal[y] * 0.15 * 0.5 + boat[y] * 0.01 + exp[y] * 0.01 + staff[y] * 6 * 12 + 75 + [300, 200, 100][y] * 0.075
            + rev[y] * 0.05 + boat[y] * 0.12 * 0.10 + 40 + rev[y] * 0.07 for y in Y]
    prof = [rev[y] - cost[y] for y in Y]
    p.check([round(x, 2) for x in rev] == [1330, 1565, 1800], "revenue 1.330 / 1.565 / 1.800")
    p.check([round(x, 2) for x in cost] == [1106.1, 1263.3, 1348.5], "cost 1.106,1 / 1.263,3 / 1.348,5")
    p.check([round(x, 2) for x in prof] == [223.9, 301.7, 451.5] and avg1(prof) == 325.7, "profit, average 325,7")
    p.check(240 + 200 + 160 == 600 and 600 + 80 + 120 == 800 == 500 + 300 and 600 / 8 == 75, "capital 800, fixed 600")
    p.check(close(800 / (325.7 + 75), 2.0, 0.01), "payback 2,0")
    p.check(2 * 16 * 3 * 300 == 28800 and all(boat[y] <= 28800 for y in Y), "boat capacity")
    p.check(close(boat[0] / 4800, 1.25) and all(rev[y] / rev[y - 1] < 1.2 for y in (1, 2)), "+25 % on 2025, growth")
    p.has("6.000 lượt × 120.000 đồng = 720 triệu đồng", "2.000 lượt × 80.000 đồng = 160 triệu đồng",
          "3.000 suất × 150.000 đồng = 450 triệu đồng", "840 + 200 + 525 = 1.565", "960 + 240 + 600 = 1.800",
          "Cộng 1.106,1 triệu đồng", "Năm 2027 chi phí 1.263,3 triệu đồng", "Năm 2028 chi phí 1.348,5 triệu đồng",
          "(223,9 + 301,7 + 451,5) : 3 = 325,7", "800 : (325,7 + 75) ≈ 2,0 năm", "Tổng vốn đầu tư 800 triệu đồng",
          "= 28.800 lượt khách/năm", "Giấy chứng nhận đăng ký hộ kinh doanh số 28C8004127")
    p.check(len(p.rows) == 6, "one table only (header, rule, 4 rows)")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def ak04() -> Plan:
    p = Plan("ak04_banh_kho_me_cam_nhuong_tht")
    bag, box, kg, staff = p.row("Bánh gói 200 g"), p.row("Bánh hộp 500 g"), p.row("Quy ra kg bánh"), p.row("Lao động |")
    nep, duong, me, mat = p.row("Gạo nếp |"), p.row("Đường kính trắng"), p.row("Mè đen"), p.row("Cộng |")
    rb, rh, rev = p.row("Doanh thu gói 200 g"), p.row("Doanh thu hộp 500 g"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Nguyên liệu (31.000", "Bao bì (2.000", "Điện, gas", "Tiền công", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng (5%", "Quản lý, kiểm nghiệm")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # tr.đ
        p.check(close(kg[y], bag[y] * 0.2 + box[y] * 0.5), f"kg {y}")
        p.check(close(nep[y], kg[y] * 0.6) and close(duong[y], kg[y] * 0.35) and close(me[y], kg[y] * 0.15)
                and close(mat[y], nep[y] + duong[y] + me[y]), f"raw-material table {y}")
        p.check(me[y] <= 6 * 600 and nep[y] <= 20000 and kg[y] <= 50 * 260, f"sesame 3,6 tấn, rice, oven 13.000 {y}")
        p.check(close(rb[y], bag[y] * 0.025) and close(rh[y], box[y] * 0.07) and close(rev[y], rb[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.031) and close(lines[1][y], bag[y] * 0.002 + box[y] * 0.008)
                and close(lines[2][y], kg[y] * 0.003) and close(lines[3][y], staff[y] * 5 * 12) and lines[4][y] == 50
                and close(lines[5][y], [100, 50, 0][y] * 0.06) and close(lines[6][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(0.6 * 25 + 0.35 * 20 + 0.15 * 60 == 31, "31.000 đ/kg")
    items = [p.one(x) for x in ("Máy nghiền bột", "Lò nướng điện 3 tầng", "Máy trộn, khuôn", "Cải tạo bếp",
                                "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 400 == 300 + 100 and sum(items[:4]) == 250 == 50 * 5, "capital 400, fixed 250")
    p.check(avg1(prof) == 235.8 and close(400 / (235.8 + 50), 1.4, 0.01), "average profit, payback 1,4")
    p.check(close(kg[0] / 7800, 1.15, 0.01), "+15 % on 2025")
    p.has("25.000 đồng/gói", "70.000 đồng/hộp", "(191,5 + 235,8 + 280,1) : 3 = 235,8", "400 : (235,8 + 50) ≈ 1,4 năm",
          "khoảng 3,6 tấn/năm", "13.000 kg/năm", "Giấy chứng nhận đăng ký tổ hợp tác số 03/2024/GCN-THT")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def ak05() -> Plan:
    p = Plan("ak05_hau_say_cua_sot_hkd")
    bag, jar, kg, oys, hired = (p.row("Hàu sấy túi 250 g"), p.row("Hàu sấy hũ 500 g"), p.row("Tổng hàu sấy thành phẩm"),
                                p.row("Hàu nguyên con nguyên liệu"), p.row("Lao động thuê"))
    rb, rj, rev = p.row("Doanh thu hàu sấy túi"), p.row("Doanh thu hàu sấy hũ"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Hàu nguyên con (9.000", "Gia vị, túi, hũ |", "Điện sấy |", "Tiền công lao động thuê",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # đồng
        p.check(kg[y] == bag[y] * 0.25 + jar[y] * 0.5 and close(oys[y], kg[y] * 40), f"kg, 40 kg oysters/kg {y}")
        p.check(close(lines[0][y], oys[y] * 9000) and close(lines[1][y], kg[y] * 20000 + bag[y] * 3000 + jar[y] * 12000)
                and close(lines[2][y], kg[y] * 15000) and close(lines[3][y], hired[y] * 5e6 * 12)
                and lines[4][y] == 40e6 and close(lines[5][y], [150e6, 100e6, 50e6][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit on stated revenue {y}")
        p.check(close(rev[y], rb[y] + rj[y]) and close(rj[y], jar[y] * 350000), f"total = sub-rows, jar revenue {y}")
        p.check(oys[y] <= 30000 + 80000 and kg[y] <= 50 * 250, f"oyster supply 110 tấn, dryer 12.500 kg {y}")
    p.check(close(rb[0], bag[0] * 180000) and close(rb[2], bag[2] * 180000), "2026 and 2028 bag revenue right")
    true_rb1 = bag[1] * 180000
    p.check(true_rb1 == 864e6 and off(rb[1], true_rb1) and close(rb[1] / true_rb1, 1.157, 0.001),
            "PLANTED 2027 bags 1.000.000.000 != 4.800 × 180.000 = 864.000.000 (+15,7 %)")
    true_rev1 = true_rb1 + rj[1]
    p.check(true_rev1 == 1284e6 and off(rev[1], true_rev1), "PLANTED 2027 total 1.420.000.000 != 1.284.000.000 (+10,6 %)")
    p.check(120e6 + 40e6 + 30e6 + 50e6 == 240e6 and 240e6 + 20e6 + 40e6 == 300e6 == 150e6 + 150e6
            and 240e6 / 6 == 40e6, "capital 300, fixed 240, depreciation 40")
    written = sum(prof) / 3
    true = (prof[0] + true_rev1 - cost[1] + prof[2]) / 3
    p.check(close(written / 1e6, 272.5, 0.001) and close(300 / (272.5 + 40), 0.96, 0.01), "stated payback 0,96 ≈ 1")
    p.check(close(300e6 / (true + 40e6), 1.12, 0.01) and off(1.0, 300e6 / (true + 40e6)),
            "tolerated knock-on: true payback 1,12")
    p.has("khoảng 1.200 kg hàu sấy", "từ 900 kg năm 2025")  # PLANTED figure-inconsistent
    p.check(off(900, 1200) and kg[0] / 900 < 2, "PLANTED 2025 output 1.200 != 900 kg; 2026 below 2× either")
    p.has("180.000 đồng/túi", "350.000 đồng/hũ", "tổng 80 tấn/năm", "Tổng nguồn cung khoảng 110 tấn/năm",
          "khoảng 12.500 kg hàu sấy/năm", "Tổng vốn đầu tư: 300.000.000 đồng", "300 : (272,5 + 40) ≈ 0,96 năm")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|mùi|vỏ hàu|\bbể\b|thu gom|đăng ký môi|phế|tái chế|nghiền vỏ",
            "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ak06() -> Plan:
    p = Plan("ak06_ruou_mit_huong_trach_htx")
    c5, c3, lit, fruit, staff = (p.row("Rượu mít chai 500 ml"), p.row("Rượu mít chai 300 ml"), p.row("Tổng sản lượng rượu"),
                                 p.row("Mít quả nguyên liệu"), p.row("Lao động |"))
    r5, r3, rev = p.row("Doanh thu chai 500 ml"), p.row("Doanh thu chai 300 ml"), p.row("Cộng doanh thu")
    lines = [p.row(x) for x in ("Thuế tiêu thụ đặc biệt", "Mít quả (6.000", "Men, gạo nếp", "Chai, nút, nhãn",
                                 "Củi, điện, nước", "Tiền lương", "Khấu hao |", "Lãi vay |", "Bán hàng (5%",
                                 "Quản lý, kiểm nghiệm")]
    cost, prof = p.row("Cộng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(close(lit[y], c5[y] * 0.5 + c3[y] * 0.3) and close(fruit[y] * 1000, lit[y] * 10), f"litres, 10 kg/lít {y}")
        p.check(close(r5[y], c5[y] * 0.2) and close(r3[y], c3[y] * 0.13) and close(rev[y], r5[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], rev[y] * 0.4) and close(lines[1][y], fruit[y] * 1000 * 0.006)
                and close(lines[2][y], lit[y] * 0.005) and close(lines[3][y], c5[y] * 0.012 + c3[y] * 0.009)
                and close(lines[4][y], lit[y] * 0.006) and close(lines[5][y], staff[y] * 6 * 12) and lines[6][y] == 80
                and close(lines[7][y], [400, 300, 200][y] * 0.08) and close(lines[8][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(lit[y] <= 2 * 20 * 280, f"still capacity 11.200 lít {y}")
        p.check(off(fruit[y], 50) and fruit[y] > 50, f"PLANTED fruit need {fruit[y]} tấn > 50 tấn supply {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(fruit[0] / 50, 1.3) and close(fruit[2] / 50, 1.82), "shortfall +30 % to +82 %")
    p.check(250 + 200 + 150 + 200 == 800 and 800 + 60 + 140 == 1000 == 600 + 400 and 800 / 10 == 80, "capital 1.000")
    p.check(avg1(prof) == 329.2 and close(1000 / (329.2 + 80), 2.4, 0.02), "average profit, payback 2,4")
    p.check(close(lit[0] / 5200, 1.25), "+25 % on 2025")
    p.has("tổng 50 tấn mít quả chín/năm", "đây là nguồn mít duy nhất", "bảo đảm đủ nguyên liệu",
          "khoảng 10 kg mít quả tươi", "200.000 đồng/chai", "130.000 đồng/chai", "công suất chưng cất 11.200 lít/năm",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "đăng ký môi trường")
    p.has("Luật Hợp tác xã số 23/2012/QH13", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019")  # PLANTED outdated-policy
    p.lacks(r"17/2023|148/QĐ-TTg|1489/QĐ-TTg|113/2024|năm 2023", "PLANTED the current instruments are not cited")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|nhãn hàng hóa riêng",
            "PLANTED no trademark or IP anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ak07() -> Plan:
    p = Plan("ak07_tra_que_hoi_ngan_truoi_cty")
    n = 4
    R = range(n)
    box, bag, kg, staff = (p.row("Trà túi lọc hộp 20 túi", n), p.row("Trà vụn túi 200 g", n),
                           p.row("Quy ra trà thành phẩm", n), p.row("Lao động thường xuyên", n))
    tot, que, hoi, gung, ct = (p.row("Tổng nguyên liệu khô", n), p.row("Vỏ quế |", n), p.row("Hoa hồi |", n),
                               p.row("Gừng khô |", n), p.row("Cam thảo |", n))
    rb, rt, rev = p.row("Doanh thu hộp túi lọc", n), p.row("Doanh thu túi 200 g", n), p.row("Tổng doanh thu", n)
    lines = [p.row(x, n) for x in ("Nguyên liệu (105.000", "Túi lọc, hộp", "Điện sấy, nghiền", "Tiền lương",
                                    "Khấu hao |", "Lãi vay |", "Bán hàng (8%", "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = (p.row("Tổng chi phí", n), p.row("Lợi nhuận trước thuế", n), p.row("Thuế TNDN", n),
                            p.row("Lợi nhuận sau thuế", n))
    for y in R:  # triệu đồng, kg
        p.check(close(kg[y], box[y] * 0.04 + bag[y] * 0.2), f"kg {y}")
        p.check(close(que[y], kg[y] * 0.5) and close(hoi[y], kg[y] * 0.25) and close(gung[y], kg[y] * 0.2)
                and close(ct[y], kg[y] * 0.1), f"recipe rows {y}")
        p.check(que[y] <= 4000 and hoi[y] <= 1000 and gung[y] <= 1000 and ct[y] <= 300, f"supply {y}")
        p.check(close(rb[y], box[y] * 0.055) and close(rt[y], bag[y] * 0.09) and close(rev[y], rb[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.105) and close(lines[1][y], box[y] * 0.005 + bag[y] * 0.004)
                and close(lines[2][y], kg[y] * 0.01) and close(lines[3][y], staff[y] * 6.5 * 12) and lines[4][y] == 60
                and close(lines[5][y], [500, 375, 250, 125][y] * 0.08) and close(lines[6][y], rev[y] * 0.08)
                and lines[7][y] == 80, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
        p.check(box[y] * 20 > 350000 and off(box[y], 17500), f"PLANTED {box[y]} hộp > 17.500 hộp packing capacity {y}")
        if y != 2:
            p.check(close(tot[y], que[y] + hoi[y] + gung[y] + ct[y]), f"raw-material total {y}")
    p.check(0.5 * 60 + 0.25 * 180 + 0.2 * 75 + 0.1 * 150 == 105, "105.000 đ/kg")
    p.check(que[2] + hoi[2] + gung[2] + ct[2] == 2016 and tot[2] == 2216 and off(tot[2], 2016),
            "PLANTED 2028 raw-material total 2.216 != 2.016 (+9,9 %)")
    p.check(1400 * 250 == 350000 and 350000 / 20 == 17500 and close(box[3] / 17500, 1.83, 0.01), "capacity 17.500, +83 % in 2029")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng, kho", "Máy sấy bơm nhiệt", "Máy nghiền mịn", "Kệ, pallet",
                                "Thiết kế bao bì, nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 500 + 500 and sum(items[:4]) == 600, "capital 1.000, fixed 600")
    p.check(close(sum(post) / 4, 330.4, 0.001) and close(1000 / (330.4 + 60), 2.6, 0.02), "average profit, payback 2,6")
    p.check(15000 * 20 <= 350000, "2025 sales (15.000 hộp) were within the machine")
    p.has("khoảng 1.400 túi lọc/ngày", "tương đương 17.500 hộp 20 túi/năm", "55.000 đồng/hộp", "90.000 đồng/túi",
          "(155,9 + 261,2 + 366,5 + 538,1) : 4 ≈ 330,4", "1.000 : (330,4 + 60) ≈ 2,6 năm", "TCCS 01:2025/NT")
    p.lacks(r"máy đóng (gói|túi)[^.]*(mới|thứ hai|thêm)|thêm ca|hai ca|2 ca|ca đêm|thuê gia công", "no new packing capacity")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|tự công bố|55/2010",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ak08() -> Plan:
    p = Plan("ak08_nuoc_ep_nhau_ky_khang_htx")
    prod = [p.row(str(2026 + y), 5) for y in Y]  # bottles, cans, litres, fruit kg, workers
    rev = [p.row(str(2026 + y), 3, skip=1) for y in Y]
    cst = [p.row(str(2026 + y), 9) for y in Y]
    summ = [p.row(str(2026 + y), 3, skip=3) for y in Y]
    for y in Y:  # triệu đồng
        b, c, lit, fruit, w = prod[y]
        p.check(close(lit, b * 0.5 + c * 2) and close(fruit, lit * 2), f"litres, 2 kg fruit/lít {y}")
        p.check(fruit <= 96000 and lit <= 500 * 250 and lit <= 40000, f"fruit 96 tấn, line, tanks {y}")
        p.check(close(rev[y][0], b * 0.095) and close(rev[y][1], c * 0.32) and close(rev[y][2], rev[y][0] + rev[y][1]),
                f"revenue {y}")
        k = cst[y]
        p.check(close(k[0], fruit * 0.008) and close(k[1], b * 0.007 + c * 0.015) and close(k[2], lit * 0.004)
                and close(k[3], w * 6 * 12) and k[4] == 90 and close(k[5], [500, 375, 250][y] * 0.08)
                and close(k[8], sum(k[:8])), f"cost lines {y}")
        p.check(close(summ[y][0], rev[y][2]) and close(summ[y][1], k[8]), f"summary = revenue, cost {y}")
    p.check(close(summ[1][2], summ[1][0] - summ[1][1]) and close(summ[2][2], summ[2][0] - summ[2][1]), "2027, 2028 profit right")
    true0 = summ[0][0] - summ[0][1]
    p.check(true0 == 152.5 and summ[0][2] == 215.2 and off(summ[0][2], true0), "PLANTED 2026 profit 215,2 != 152,5 (+41 %)")
    g1, g2 = prod[1][0] / prod[0][0], prod[2][0] / prod[1][0]
    p.check(g1 > 2.4 and g2 > 2.3 and rev[1][2] / rev[0][2] > 2.4 and rev[2][2] / rev[1][2] > 2.3,
            "PLANTED bottles ×2,44 then ×2,36, revenue ×2,44 then ×2,36")
    p.check(summ[2][2] / summ[2][0] > 0.6 and true0 / summ[0][0] < 0.16, "margin 15 % → 61 %")
    p.check(close(prod[0][2] / 4100, 1.34, 0.01), "2026 +34 % on 2025 (7.000 chai, 300 can)")
    stated = (summ[0][2] + summ[1][2] + summ[2][2]) / 3
    true = (true0 + summ[1][2] + summ[2][2]) / 3
    p.check(close(stated, 1630.4, 0.001) and close(1200 / (stated + 90), 0.7, 0.01)
            and close(1200 / (true + 90), 0.7, 0.02), "payback 0,7 on stated and true profit alike")
    p.check(500 + 150 + 250 == 900 and 900 + 100 + 200 == 1200 == 700 + 500, "capital 1.200")
    market = section(p, "# 6/ Thị trường", "# 7/")
    p.lacks(r"(?<!chưa có )hợp đồng (tiêu thụ|bao tiêu|mua bán)|siêu thị|chuỗi|xuất khẩu|nhà phân phối|Shopee|Lazada|\bsàn\b",
            "no contract or new channel that could explain the growth")
    p.check("tăng mạnh" in market, "growth asserted generically")
    p.has("95.000 đồng/chai", "320.000 đồng/can", "1.200 : (1.630,4 + 90) ≈ 0,7 năm", "khoảng 96 tấn/năm",
          "125.000 lít/năm", "khoảng 40.000 lít/năm")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|Nhãn(?! hiệu)",
            "PLANTED no label, label content or labelling decree")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ak09() -> Plan:
    p = Plan("ak09_mat_ong_hoa_dua_xuan_lien_hkd")
    col, honey, ch, hu, sold = (p.row("Số đàn ong"), p.row("Mật khai thác"), p.row("Mật chai 500 ml"), p.row("Mật hũ 250 g"),
                                p.row("Mật bán ra"))
    rc, rh, rev = p.row("Doanh thu mật chai"), p.row("Doanh thu mật hũ"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Đường, thuốc cho ong", "Chai, hũ, nắp, nhãn", "Di chuyển ong", "Công lao động",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    workers = [3, 4, 4]
    for y in Y:  # triệu đồng
        p.check(close(honey[y], col[y] * 20) and close(sold[y], ch[y] * 0.7 + hu[y] * 0.25) and sold[y] <= honey[y],
                f"honey 20 kg/đàn, sold within harvest {y}")
        p.check(close(rc[y], ch[y] * 0.17) and close(rh[y], hu[y] * 0.065) and close(rev[y], rc[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], col[y] * 0.3) and close(lines[1][y], ch[y] * 0.008 + hu[y] * 0.005)
                and close(lines[3][y], workers[y] * 6 * 12) and lines[4][y] == 50
                and close(lines[5][y], [200, 150, 100][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.4 and col[y] / col[y - 1] >= rev[y] / rev[y - 1] - 0.06,
                    f"growth follows the colonies {y}")
    items = [p.one(x) for x in ("40 đàn ong giống", "80 thùng ong", "Máy quay mật inox", "Cải tạo nhà sơ chế",
                                "Chai, hũ, nhãn, thiết kế", "Vốn lưu động")]
    total = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == total == 400 and sum(items[:4]) == 250 == 50 * 5, "items = total 400, fixed 250")
    sources = 150 + 100 + 100
    p.check(sources == 350 and off(sources, total), "PLANTED sources 350 != total 400 (−12,5 %)")
    p.has("Vốn tự có của gia đình: 150 triệu đồng", "100 triệu đồng.\n- Vay Ngân hàng Nông nghiệp và Phát triển nông thôn: 100 triệu đồng",
          "đáp ứng đủ tổng vốn đầu tư 400 triệu đồng")
    p.check(avg1(prof) == 249.3 and close(400 / (249.3 + 50), 1.3, 0.03), "average profit, payback 1,3")
    p.check(close(col[0], 80 + 40) and close(sold[0] / 1450, 1.52, 0.01), "80 + 40 colonies; +52 % sold with +50 % colonies")
    p.check(p.count("Hộ kinh doanh Mật ong Tình Hương") >= 1 and p.count("HỘ KINH DOANH MẬT ONG TÌNH HƯƠNG") == 1
            and p.count("Hộ kinh doanh Ong mật Phúc Sơn") == 2, "PLANTED a second producer name, twice")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|phân tích mẫu|thử nghiệm",
            "PLANTED no product standard, declaration or lab test")
    p.has("170.000 đồng/chai", "65.000 đồng/hũ", "(141 + 225,3 + 381,6) : 3 = 249,3", "400 : (249,3 + 50) ≈ 1,3 năm",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28A8010672", "bản cam kết bảo đảm an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ak10() -> Plan:
    p = Plan("ak10_chan_ga_u_muoi_thach_lac_ctcp")
    box, bag, kg, feet, staff = (p.row("Hộp 500 g |"), p.row("Túi 1 kg |"), p.row("Tổng sản lượng thành phẩm"),
                                 p.row("Chân gà tươi nguyên liệu"), p.row("Lao động |"))
    rb, rt, rev = p.row("Doanh thu hộp 500 g"), p.row("Doanh thu túi 1 kg"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Chân gà tươi (55.000", "Gia vị (12.000", "Hộp, túi hút", "Điện, nước, gas", "Tiền lương",
                                 "Khấu hao |", "Lãi vay |", "Vận chuyển lạnh, bán hàng", "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # tr.đ
        p.check(kg[y] == box[y] * 0.5 + bag[y] and close(feet[y], kg[y] * 1.3), f"kg, 1,3 kg feet/kg {y}")
        p.check(feet[y] <= 30000 and kg[y] <= 100 * 300, f"feet contract 30 tấn, 30.000 kg capacity {y}")
        p.check(close(rb[y], box[y] * 0.11) and close(rt[y], bag[y] * 0.2) and close(rev[y], rb[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], feet[y] * 0.055) and close(lines[1][y], kg[y] * 0.012)
                and close(lines[2][y], box[y] * 0.003 + bag[y] * 0.004) and close(lines[3][y], kg[y] * 0.006)
                and close(lines[4][y], staff[y] * 6.5 * 12) and lines[5][y] == 200
                and close(lines[6][y], [1000, 750, 500][y] * 0.08) and close(lines[7][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(700 + 300 + 400 + 200 == 1600 and 1600 + 100 + 800 == 2500 == 1500 + 1000 and 1600 / 8 == 200, "capital 2.500")
    avg = sum(post) / 3
    p.check(close(avg, 729.6, 0.001), "average after-tax profit 729,6")
    true = 2500 / (avg + 200)
    p.check(close(true, 2.69, 0.01) and off(1.2, true) and off(1.2, 2500 / avg) and off(1.2, 2500 / (post[2] + 200)),
            "PLANTED payback 1,2 != 2,7 (3,4 without depreciation; 2,2 on the best year)")
    p.check(close(1600 / (pre[2] + 200), 1.19, 0.01), "1,2 is fixed assets over the 2028 pre-tax profit + depreciation")
    p.has("thời gian hoàn vốn của phương án khoảng 1,2 năm", "110.000 đồng/hộp", "200.000 đồng/túi", "tổng 30 tấn/năm",
          "công suất ủ 30.000 kg/năm", "Tổng vốn đầu tư: 2.500 tr.đ")
    p.check(close(kg[0] / 12000, 1.25), "+25 % on 2025")
    market = section(p, "# Phần VI. Phân tích thị trường", "# Phần VII.")
    p.check(not any(w in market.lower() for w in ("đồng", "đ/", "giá", "cửa hàng", "đại lý", "siêu thị", "chợ", "quán",
                                                    "nhà hàng", "online", "trực tuyến", "khách hàng", "hợp đồng"))
            , "PLANTED the market section names no customer, channel or price")
    p.lacks(r"cửa hàng|đại lý|siêu thị|\bchợ\b|quán|nhà hàng|bếp ăn|online|trực tuyến|facebook|zalo|shopee|lazada|tiktok|"
            r"sàn thương mại|bán lẻ|bán buôn|nhà phân phối|khách hàng|hội chợ|điểm bán|xuất khẩu|đơn hàng|"
            r"hợp đồng (tiêu thụ|bán|cung cấp cho)", "PLANTED no sales channel anywhere")
    p.lacks(r"đăng ký doanh nghiệp|đăng ký kinh doanh|mã số doanh nghiệp|mã số thuế|\bMST\b|ĐKKD|ĐKDN|"
            r"giấy chứng nhận đăng ký(?! nhãn)|thành lập|Sở Kế hoạch|Sở Tài chính",
            "PLANTED no enterprise registration anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("ak11_banh_trang_nuong_tung_loc_so_sai")
    a.check(500 * 5000 * 240 == 600e6, "500 chiếc × 5.000 đ × 240 ngày = 600 triệu")
    a.has("khoảng 500 chiếc bánh", "5.000 đồng/chiếc", "khoảng 600 triệu đồng/năm", "Hộ đã đăng ký hộ kinh doanh năm 2021")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, about a page")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ak12_keo_lac_vung_yen_ho_so_sai")
    b.check(300 * 80000 == 24e6, "300 kg × 80.000 đ = 24 triệu a month")
    b.has("khoảng 300 kg kẹo", "80.000 đồng/kg", "Nhóm chưa đăng ký kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 350, "no table, under a page")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def distinct_sentences(plans: list[Plan]) -> Plan:
    """No sentence of 12 words or more is shared between two plans (each producer wrote its own)."""
    import re

    chk = Plan("ak01_lap_suong_ca_thach_kim_cty")
    chk.stem, chk.failures = "(no shared sentences)", []
    seen: dict[str, str] = {}
    for p in plans:
        for s in re.split(r"(?<=[.;:!?])\s+", " ".join(p.body.split())):
            if len(s.split()) >= 12 and not s.startswith("|"):
                k = s.lower()
                if k in seen and seen[k] != p.stem:
                    chk.failures.append(f"{seen[k]} / {p.stem}: {s[:80]}")
                seen.setdefault(k, p.stem)
    return chk


def main() -> int:
    plans = [fn() for fn in (ak01, ak02, ak03, ak04, ak05, ak06, ak07, ak08, ak09, ak10)] + sketchy()
    return plancheck.report(plans + [distinct_sentences(plans)])


if __name__ == "__main__":
    sys.exit(main())
