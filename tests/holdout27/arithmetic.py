"""The twenty-seventh holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout27/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no label, two worker counts, no environmental measure, a
replaced instrument, no product standard, a second producer name, no food safety, no business
registration, no sales channel, no trademark) are asserted too, as is the absence of template
placeholders in every plan.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|03/2014/TT|\bhuyện\b"
LABEL = r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô"
STANDARD = r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm"
FOOD_SAFETY = r"an toàn thực phẩm|ATTP|đủ điều kiện|HACCP|ISO 22000|15/2018|vệ sinh thực phẩm"
TRADEMARK = r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo"
ENVIRONMENT = r"môi trường|nước thải|chất thải|\bbã\b|\brác\b|xử lý|bể lắng|biogas|\bkhói\b|đăng ký môi"
REGISTRATION = (r"đăng ký|giấy chứng nhận đăng ký|mã số thuế|hợp đồng hợp tác|chứng thực|thành lập|"
                r"giấy phép kinh doanh")
CHANNEL = (r"cửa hàng|đại lý|siêu thị|hội chợ|facebook|zalo|shopee|tiktok|\bsàn\b|bán lẻ|bán buôn|khách hàng|"
           r"thương lái|đơn hàng|đặt hàng|người tiêu dùng|người mua|điểm bán|xuất khẩu")


class Plan(plancheck.Plan):
    src = HERE / "src"


def growth_ok(p: Plan, xs: list[float], what: str, limit: float = 1.2) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < limit, f"{what} growth {y}")


def ab01() -> Plan:
    p = Plan("ab01_tom_non_kho_thach_kim_cty")
    hop, tui, kg, fresh, staff = (p.row("Tôm nõn khô hộp 200 g"), p.row("Tôm nõn khô túi 500 g"),
                                  p.row("Tổng sản lượng tôm nõn khô"), p.row("Tôm tươi nguyên liệu"),
                                  p.row("Lao động thường xuyên"))
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Hộp 200 g (280.000"), p.row("Túi 500 g (650.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Tôm tươi (75.000", "Muối, gas, điện sấy", "Hộp, túi, nhãn", "Tiền lương",
                                 "Khấu hao tài sản", "Lãi vay ngân hàng", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.2 + tui[y] * 0.5 and close(fresh[y], kg[y] * 7), f"kg, fresh 7:1 {y}")
        p.check(close(r1[y], hop[y] * 0.28) and close(r2[y], tui[y] * 0.65) and close(rev[y], r1[y] + r2[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.075) and close(lines[1][y], kg[y] * 0.04)
                and close(lines[2][y], hop[y] * 0.012 + tui[y] * 0.008), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 120)
                and close(lines[5][y], [600, 400, 200][y] * 0.08) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y], 100), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]) and rev[y] > 3000, f"17 % tax {y}")
        p.check(fresh[y] <= 25000 and kg[y] <= 15 * 260, f"shrimp contracts, dryer capacity {y}")
    growth_ok(p, rev, "revenue")
    p.check(15 * 260 == 3900 and close(kg[0] / 2100, 1.14, 0.01), "3.900 kg capacity; +14 % on 2025")
    items = [p.one(x) for x in ("Máy sấy bơm nhiệt (2", "Cải tạo, mở rộng nhà xưởng", "Kho lạnh 20",
                                "Máy hút chân không, máy hàn", "Thiết kế bao bì", "Vốn lưu động mua tôm")]
    p.check(sum(items) == p.one("Tổng cộng") == 1600 == 1000 + 600 and sum(items[:4]) == 1200, "capital, fixed 1.200")
    avg = sum(post) / 3
    p.check(close(avg, 712.6, 0.001) and close(1600 / (712.6 + 120), 1.92), "average profit 712,6, payback 1,92")
    p.check(close(post[0] / rev[0] * 100, 16.5, 0.01) and close(post[2] / rev[2] * 100, 20.6, 0.01), "margins")
    p.has("280.000 đồng/hộp", "650.000 đồng/túi", "tổng khối lượng cam kết 25 tấn tôm tươi/năm",
          "(533,5 + 712,6 + 891,8) : 3 ≈ 712,6", "1.600 : (712,6 + 120) ≈ 1,92 năm", "khoảng 3.900 kg/năm",
          "Tổng vốn đầu tư của phương án là 1.600 triệu đồng", "vốn chủ sở hữu 1.000 triệu đồng (62,5%)",
          "600 triệu đồng (37,5%)", "16,8–22,4 tấn tôm tươi", "khoảng 832,6 triệu đồng/năm")
    p.check(close(712.6 + 120, 832.6), "cash flow 832,6")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district")
    return p


def ab02() -> Plan:
    p = Plan("ab02_nhac_cu_tre_son_tien_hkd")
    sao, bo, dan, ong, tho = (p.row("Sáo trúc đơn (cây)"), p.row("Bộ sáo quà tặng (bộ)"), p.row("Đàn bầu thân tre (chiếc)"),
                              p.row("Ống trúc sử dụng"), p.row("Thợ thường xuyên"))
    rev, rs, rb, rd = p.row("Tổng doanh thu"), p.row("Sáo trúc đơn |"), p.row("Bộ sáo quà tặng |"), p.row("Đàn bầu thân tre |")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Ống trúc (15.000", "Vật liệu đàn bầu", "Túi vải, hộp", "Dầu trẩu", "Tiền công thợ",
                                 "Khấu hao |", "Bán hàng, hội chợ", "Lãi vay |", "Thuế GTGT")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # đồng
        p.check(ong[y] == sao[y] + 3 * bo[y], f"bamboo tubes {y}")
        p.check(close(rs[y], sao[y] * 180000) and close(rb[y], bo[y] * 650000) and close(rd[y], dan[y] * 1500000)
                and close(rev[y], rs[y] + rb[y] + rd[y]), f"revenue {y}")
        p.check(close(lines[0][y], ong[y] * 15000) and close(lines[1][y], dan[y] * 350000)
                and close(lines[2][y], sao[y] * 15000 + bo[y] * 60000 + dan[y] * 100000)
                and close(lines[3][y], rev[y] * 0.05), f"materials, packaging {y}")
        p.check(close(lines[4][y], tho[y] * 5500000 * 12) and close(lines[5][y], 45e6)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], [200e6, 100e6, 0][y] * 0.07, 0.01)
                and close(lines[8][y], rev[y] * 0.045), f"wages, depreciation, selling, interest, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        s = p.row(str(2026 + y) + " |", 3)  # years as rows
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], prof[y]), f"summary row {y}")
        p.check(ong[y] * 1.2 <= 8000, f"bamboo supply with 20 % loss {y}")
        p.check(ong[y] <= [3, 4, 4][y] * 6 * 280 and dan[y] <= 2 * 280 / 3, f"craftsman capacity {y}")
    growth_ok(p, rev, "revenue")
    p.check([x * 1.2 for x in ong] == [5040, 5880, 6720], "5.040 / 5.880 / 6.720 ống")
    p.check(120e6 + 110e6 + 130e6 + 40e6 + 50e6 == 450e6 == 250e6 + 200e6 and close(360e6 / 8, 45e6), "capital, depreciation")
    avg = sum(prof) / 3
    p.check(close(avg, 302775000, 0.0001) and close(450e6 / (avg + 45e6), 1.3), "average, payback 1,3")
    p.check(close(sao[0] / 2600, 1.15, 0.01), "+15 % on 2025")
    p.has("180.000 đồng/cây", "650.000 đồng/bộ", "1.500.000 đồng/chiếc", "Tổng vốn đầu tư 450.000.000 đồng",
          "450.000.000 : (302.775.000 + 45.000.000) ≈ 1,3 năm", "Tổng cộng 8.000 ống/năm",
          "vốn tự có của hộ 250.000.000 đồng", "200.000.000 đồng, lãi suất 7%/năm", "khoảng 186 chiếc/năm")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district")
    return p


def ab03() -> Plan:
    p = Plan("ab03_dap_xe_lang_que_tung_loc_htx")
    half, full, rent, staff = [2400, 2800, 3200], [900, 1100, 1300], [1500, 1800, 2000], [8, 9, 10]
    rev = [half[y] * 0.35 + full[y] * 0.65 + rent[y] * 0.08 for y in Y]  # tr.đ
    tour = [half[y] + full[y] for y in Y]
    cost = [full[y] * 0.15 + tour[y] * 0.02 + tour[y] * 0.05 + staff[y] * 6 * 12 + [60, 70, 80][y] + 100
            + [400, 300, 200][y] * 0.07 + rev[y] * 0.10 + 60 for y in Y]
    for y in Y:
        s = p.row(f"{2026 + y} |", 6)
        p.check(s[0] == tour[y] and close(s[1], rev[y]) and close(s[2], cost[y]) and close(s[3], rev[y] - cost[y]),
                f"summary row {y}")
        p.check(close(s[4], s[3] * 0.15, 0.01) and close(s[5], s[3] - s[4]) and rev[y] < 3000, f"15 % tax {y}")
        p.check(tour[y] + rent[y] <= 60 * 2 * 300, f"60 bicycles {y}")
    growth_ok(p, rev, "revenue")
    post = [p.row(f"{2026 + y} |", 6)[5] for y in Y]
    p.check(close(sum(post) / 3, 268.3, 0.001) and close(900 / (268.3 + 100), 2.44), "average 268,3, payback 2,44")
    p.check(240 + 360 + 100 + 60 + 140 == 900 == 500 + 400 and close((240 + 360 + 100) / 7, 100) and 60 * 4 == 240,
            "capital, depreciation, 60 bikes × 4 tr")
    p.check(close((tour[0] + rent[0]) / 3600, 1.333, 0.01) and close(rev[0] / 1180, 1.31, 0.01) and (tour[2] + rent[2]) / 365 < 20, "+33 % guests, +31 % revenue on 2025; under 20 a day")
    p.has("350.000 đồng/khách", "650.000 đồng/khách", "80.000 đồng/lượt",
          "tour nửa ngày 840 – 980 – 1.120 tr.đ", "tour cả ngày 585 – 715 – 845 tr.đ", "thuê xe 120 – 144 – 160 tr.đ",
          "Tổng doanh thu 1.545 tr.đ (2026), 1.839 tr.đ (2027) và 2.125 tr.đ (2028)",
          "(150.000 đồng/khách): 135 – 165 – 195", "(20.000 đồng/khách tour): 66 – 78 – 90",
          "(50.000 đồng/khách tour): 165 – 195 – 225", "lương nhân viên: 576 – 648 – 720",
          "bảo dưỡng xe, phụ tùng: 60 – 70 – 80", "khấu hao: 100 – 100 – 100", "lãi vay: 28 – 21 – 14",
          "(10% doanh thu): 154,5 – 183,9 – 212,5", "chi khác: 60 – 60 – 60",
          "Tổng chi phí 1.344,5 tr.đ năm 2026, 1.520,9 tr.đ năm 2027 và 1.696,5 tr.đ năm 2028",
          "900 : (268,3 + 100) ≈ 2,44 năm", "Tổng vốn đầu tư 900 triệu đồng", "4.800 lượt khách năm 2026",
          "6.500 lượt năm 2028", "khoảng 165–225 triệu đồng/năm")
    p.check([round(x, 1) for x in rev] == [1545, 1839, 2125] and [round(x, 1) for x in cost] == [1344.5, 1520.9, 1696.5],
            "revenue and cost sums")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district")
    return p


def ab04() -> Plan:
    p = Plan("ab04_mam_cay_ho_do_tht")
    prod = [p.row(f"{2026 + y} |", 4) for y in Y]  # years as rows: hũ 300 g, hũ 500 g, kg, cáy
    rev, r3, r5 = p.row("Tổng doanh thu"), p.row("Hũ 300 g (55.000"), p.row("Hũ 500 g (85.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Cáy tươi (40.000", "Muối, thính", "Hũ, nắp, nhãn", "Tiền công 5", "Khấu hao |",
                                 "Điện nước, vận chuyển", "Lãi vay |", "Kiểm nghiệm định kỳ", "Thuế GTGT")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # nghìn đồng
        h3, h5, kg, cay = prod[y]
        p.check(kg == h3 * 0.3 + h5 * 0.5 and close(cay, kg * 0.9), f"kg, crab 0,9 {y}")
        p.check(close(r3[y], h3 * 55) and close(r5[y], h5 * 85) and close(rev[y], r3[y] + r5[y]), f"revenue {y}")
        p.check(close(lines[0][y], cay * 40) and close(lines[1][y], kg * 8) and close(lines[2][y], h3 * 6 + h5 * 8),
                f"per-unit costs {y}")
        p.check(close(lines[3][y], 5 * 3500 * 12) and close(lines[4][y], 32000) and close(lines[5][y], rev[y] * 0.06)
                and close(lines[6][y], [150000, 100000, 50000][y] * 0.07) and close(lines[7][y], 12000)
                and close(lines[8][y], rev[y] * 0.015), f"wages, depreciation, selling, interest, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(cay <= 6000 and kg <= 80 * 45 * 2, f"crab contracts, jar capacity {y}")
    growth_ok(p, rev, "revenue")
    items = [p.one(x) for x in ("Nhà ủ mái che", "Chum sành, bể", "Máy xay, nồi", "Bể lắng, hố thu", "Thiết kế nhãn",
                                "Vốn lưu động")]
    src = [p.one("Thành viên góp"), p.one("Vay Ngân hàng Chính sách")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư |") == 400000 == sum(src) and sum(items[:4]) == 320000,
            "capital, fixed 320.000")
    p.check(close(sum(prof) / 3, 247750, 0.0001) and close(400000 / (247750 + 32000), 1.43), "average, payback 1,43")
    p.check(close(prod[0][2] / 3900, 1.13, 0.01) and 25 * 240 == 6000 and 80 * 45 * 2 == 7200, "+13 %; supply; capacity")
    p.has("55.000 đồng/hũ", "85.000 đồng/hũ", "(183.400 + 247.750 + 312.100) : 3 = 247.750",
          "400.000 : (247.750 + 32.000) ≈ 1,43 năm", "tổng 6.000 kg/năm", "công suất khoảng 7.200 kg/năm",
          "Tổng vốn đầu tư của phương án là 400 triệu đồng")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district")
    return p


def ab05() -> Plan:
    p = Plan("ab05_nem_nuong_cam_binh_hkd")
    tui, kgb, kg, meat = (p.row("Nem nướng túi 500 g"), p.row("Nem nướng bán buôn"), p.row("Tổng sản lượng nem"),
                          p.row("Thịt lợn nguyên liệu"))
    rev, cost = p.row("Doanh thu |"), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Thịt lợn (95.000", "Gia vị, thính", "Túi hút chân không", "Tiền lương 6",
                                 "Khấu hao tài sản", "Than, điện, nước", "Bán hàng, vận chuyển", "Lãi vay |", "Thuế GTGT")]
    prof = p.row("Lợi nhuận |")
    true_rev = [tui[y] * 0.13 + kgb[y] * 0.21 for y in Y]  # triệu đồng
    for y in Y:
        p.check(kg[y] == tui[y] * 0.5 + kgb[y] and meat[y] == kg[y], f"kg, meat 1:1 {y}")
        p.check(close(lines[0][y], meat[y] * 0.095) and close(lines[1][y], kg[y] * 0.012)
                and close(lines[2][y], tui[y] * 0.003 + kgb[y] * 0.0015) and close(lines[3][y], 6 * 5 * 12)
                and close(lines[4][y], 52) and close(lines[5][y], kg[y] * 0.006) and close(lines[6][y], [70, 80, 90][y])
                and close(lines[7][y], [250, 150, 50][y] * 0.07), f"cost lines {y}")
        p.check(close(lines[8][y], rev[y] * 0.015), f"1,5 % tax on the written revenue {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]),
                f"cost and profit consistent with the written revenue {y}")
        p.check(meat[y] <= 10000 and kg[y] <= 4 * 10 * 6 * 300, f"meat contract, grill capacity {y}")
    p.check(close(rev[1], true_rev[1]) and close(rev[2], true_rev[2]), "2027 and 2028 revenue right")
    p.check(true_rev[0] == 1410 and off(rev[0], true_rev[0]), "PLANTED 2026 revenue 1.550 != 6.000 × 0,13 + 3.000 × 0,21 = 1.410")
    p.check(close(rev[0] / true_rev[0], 1.099, 0.001), "+9,9 %")
    p.check(260 + 120 + 80 + 60 + 40 + 90 == p.one("Cộng") == 650 == 400 + 250 and close((260 + 120 + 80 + 60) / 10, 52),
            "capital 650, depreciation 52")
    p.check(close(650 / (prof[2] + 52), 1.46), "payback 1,46 on the (correct) 2028 profit")
    p.check(close(kg[0] / 5200, 1.15, 0.01) and true_rev[2] / true_rev[1] < 1.2 and true_rev[1] / true_rev[0] < 1.2,
            "+15 % on 2025; growth")
    p.has("130.000 đồng/túi", "210.000 đồng/kg", "650 : (393,83 + 52) ≈ 1,46 năm", "cung cấp 10 tấn thịt lợn/năm",
          "Tổng vốn đầu tư 650 triệu đồng", "vốn tự có của gia đình 400 triệu đồng")
    p.has("Hiện cơ sở có 10 lao động thường xuyên thuê ngoài", "thường xuyên thuê ngoài hiện nay là 6 người",
          "Tiền lương 6 lao động")  # PLANTED figure-inconsistent
    p.check(off(10, 6), "PLANTED 10 != 6 regular workers")
    p.lacks(LABEL, "PLANTED no label, label content, stamp, barcode or labelling decree")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ab06() -> Plan:
    p = Plan("ab06_ruou_dua_ky_lac_cty")
    ch, bi, lit, dua = (p.row("Rượu dứa chai 500 ml"), p.row("Rượu dứa bình gốm 1 lít"), p.row("Tổng sản lượng rượu"),
                        p.row("Dứa quả nguyên liệu"))
    rc, rb, rev = p.row("Doanh thu chai 500 ml"), p.row("Doanh thu bình 1 lít"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Thuế tiêu thụ đặc biệt", "Dứa quả (5.000", "Men, đường", "Chai, bình, nút", "Tiền lương",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + bi[y] and dua[y] == lit[y] * 6, f"litres, pineapple 6 kg/l {y}")
        p.check(close(rc[y], ch[y] * 0.2) and close(rb[y], bi[y] * 0.42) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rev[y] * 65 / 165) and close(lines[1][y], dua[y] * 0.005)
                and close(lines[2][y], lit[y] * 0.015) and close(lines[3][y], ch[y] * 0.015 + bi[y] * 0.045),
                f"excise, per-unit costs {y}")
        p.check(close(lines[4][y], 6 * 6 * 12) and close(lines[5][y], 120) and close(lines[6][y], [600, 450, 300][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.08) and close(lines[8][y], 100), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]) and rev[y] > 3000, f"17 % tax {y}")
        p.check(dua[y] <= 100000 and lit[y] <= 50 * 250, f"pineapple contract, still capacity {y}")
    growth_ok(p, rev, "revenue")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng", "Hệ thống 2 nồi", "Máy ép dứa, bể", "Máy chiết rót", "Mẫu bao bì",
                                "Vốn lưu động")]
    total = p.one("Tổng cộng")
    p.check(sum(items) == total == 1600 and sum(items[:4]) == 1200 and close(1200 / 10, 120), "items = stated total 1.600")
    p.check(off(800 + 600, total) and close((800 + 600) / total, 0.875), "PLANTED sources 1.400 != total 1.600 (−12,5 %)")
    p.has("Tổng vốn đầu tư của phương án là 1.600 triệu đồng", "Vốn chủ sở hữu của công ty: 800 triệu đồng.",
          "600 triệu đồng, thời hạn 4 năm, lãi suất 8%/năm, trả gốc 150 triệu đồng/năm",
          "Các nguồn vốn trên bảo đảm đủ cho toàn bộ nhu cầu đầu tư")
    p.check(close(sum(post) / 3, 407.8, 0.001) and close(1600 / (407.8 + 120), 3.03), "average 407,8, payback 3,03")
    p.check(close(lit[0] / 6500, 1.15, 0.01), "+15 % on 2025")
    p.has("200.000 đồng/chai", "420.000 đồng/bình", "1.600 : (407,8 + 120) ≈ 3,03 năm", "cam kết thu mua 100 tấn dứa quả/năm",
          "đạt 12.500 lít/năm", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "QCVN 6-3:2010/BYT",
          "khoảng 1,19–1,59 tỷ đồng")
    p.check(close(lines[0][0], 1193.6) and close(lines[0][2], 1591.5), "excise 1,19–1,59 tỷ")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current OCOP criteria are not cited")
    p.lacks(ENVIRONMENT, "PLANTED no waste, wastewater or environmental measure")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ab07() -> Plan:
    p = Plan("ab07_tra_nhan_tran_son_hong_htx")
    hop, goi, kg, fresh, staff = (p.row("Trà túi lọc hộp 75 g"), p.row("Nhân trần khô gói 500 g"),
                                  p.row("Tổng sản lượng thành phẩm"), p.row("Nhân trần tươi cần dùng"),
                                  p.row("Lao động trực tiếp"))
    lines = [p.row(x) for x in ("Nhân trần tươi (6.000", "Bao bì (8.000", "Điện sấy", "Tiền lương", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng (8%", "Quản lý, chi khác")]
    cost = p.row("Cộng chi phí")
    rev = [hop[y] * 0.045 + goi[y] * 0.045 for y in Y]  # triệu đồng
    for y in Y:
        p.check(kg[y] == hop[y] * 0.075 + goi[y] * 0.5 and fresh[y] == kg[y] * 5, f"kg, fresh 5:1 {y}")
        p.check(close(lines[0][y], fresh[y] * 0.006) and close(lines[1][y], hop[y] * 0.008 + goi[y] * 0.003)
                and close(lines[2][y], kg[y] * 0.003) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], 150) and close(lines[5][y], [500, 350, 200][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], 120), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = p.row(f"{2026 + y} |", 5)  # years as rows
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], rev[y] - cost[y])
                and close(s[3], s[2] * rate) and close(s[4], s[2] - s[3]), f"result row, tax {rate} {y}")
        p.check(fresh[y] <= 500 * 250, f"dryer capacity {y}")
    growth_ok(p, rev, "revenue")
    supply = 17 * 5 * 1000
    p.check(fresh[0] <= supply and fresh[1] <= supply, "2026 and 2027 within the 85 tấn area")
    p.check(fresh[2] == 94500 and off(fresh[2], supply) and close(fresh[2] / supply, 1.112, 0.001),
            "PLANTED 2028 needs 94,5 tấn fresh herb > 85 tấn (+11,2 %)")
    p.has("tổng 17 ha", "năng suất bình quân 5 tấn tươi/ha/năm", "khoảng 85 tấn nhân trần tươi/năm",
          "Vùng nguyên liệu này đáp ứng đủ nhu cầu của phương án trong cả giai đoạn")
    post = [p.row(f"{2026 + y} |", 5)[4] for y in Y]
    p.check(close(sum(post) / 3, 673.9, 0.001) and close(1900 / (673.9 + 150), 2.3), "average 673,9, payback 2,3")
    p.check(700 + 300 + 500 + 100 + 300 == 1900 == 1400 + 500 and close((700 + 300 + 500) / 10, 150), "capital, depreciation")
    p.check(close(kg[0] / 13000, 1.15, 0.01), "+15 % on 2025")
    p.has("45.000 đồng/hộp", "45.000 đồng/gói", "40.000 hộp × 45.000 đồng = 1.800 triệu đồng",
          "24.000 gói × 45.000 đồng = 1.080 triệu đồng, cộng 2.880 triệu đồng", "Năm 2027: 1.980 + 1.215 = 3.195",
          "Năm 2028: 2.340 + 1.350 = 3.690", "1.900 : (673,9 + 150) ≈ 2,3 năm", "Tổng vốn đầu tư 1.900 triệu đồng",
          "khoảng 125 tấn tươi/năm", "mỗi năm chi 450–567 triệu đồng")
    p.lacks(STANDARD, "PLANTED no product standard, declaration, regulation or lab test")
    p.check(p.count("Hợp tác xã Dược liệu Sơn Hồng") >= 2 and p.count("Hợp tác xã Nông nghiệp Hương Đô") == 1,
            "PLANTED a second producer name in the proposals")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ab08() -> Plan:
    p = Plan("ab08_sua_hat_dieu_thach_lac_ctcp")
    c25, c1, lit, nut = (p.row("Sữa hạt điều chai 250 ml"), p.row("Sữa hạt điều chai 1 lít"), p.row("Tổng sản lượng"),
                         p.row("Hạt điều nhân sử dụng"))
    rev = [c25[y] * 0.025 + c1[y] * 0.085 for y in Y]  # triệu đồng
    lines = [[nut[y] * 0.18, lit[y] * 0.003, c25[y] * 0.0035 + c1[y] * 0.007, lit[y] * 0.0015, 6 * 6.5 * 12, 150,
              [800, 600, 400][y] * 0.08, 120, 120] for y in Y]
    cost = [sum(x) for x in lines]
    prof = [rev[y] - cost[y] for y in Y]
    for y in Y:
        p.check(lit[y] == c25[y] * 0.25 + c1[y] and close(nut[y], lit[y] * 0.08), f"litres, cashew 80 g/l {y}")
        p.check(lit[y] <= 300 * 280 and nut[y] <= 6000, f"line capacity, cashew contract {y}")
    p.check([round(x, 2) for x in rev] == [855, 2137.5, 5280], "revenue 855 / 2.137,5 / 5.280")
    p.check([round(x, 2) for x in cost] == [1197.1, 1593.75, 2589.95], "cost 1.197,1 / 1.593,75 / 2.589,95")
    p.check([round(x, 2) for x in prof] == [-342.1, 543.75, 2690.05], "true profit")
    written = [-342.1, 603.75, 2690.05]
    p.check(off(written[1], prof[1]) and close(written[1] / prof[1], 1.11, 0.01),
            "PLANTED 2027 profit 603,75 != 2.137,5 − 1.593,75 = 543,75 (+11 %)")
    p.check(close(sum(written) / 3, 983.9, 0.001) and close(2000 / (983.9 + 150), 1.76)
            and not off(1.76, 2000 / (sum(prof) / 3 + 150), 2.5), "payback 1,76; the true profit gives 1,80 (2 %)")
    p.check(close(rev[1] / rev[0], 2.5) and close(rev[2] / rev[1], 2.47, 0.01) and close(lit[1] / lit[0], 2.5)
            and close(lit[2] / lit[1], 2.47, 0.01), "PLANTED unrealistic growth: × 2,5 a year")
    p.check(prof[2] / rev[2] > 0.5, "2028 margin above 50 % only because staff and selling stay flat")
    p.check(900 + 400 + 200 + 100 + 400 == 2000 == 1200 + 800 and close((900 + 400 + 200) / 10, 150), "capital, depreciation")
    p.has("25.000 đồng/chai", "85.000 đồng/chai", "sản lượng 9.000 lít năm 2026, 22.500 lít năm 2027 và 55.500 lít năm 2028",
          "24.000 chai 250 ml × 25.000 đồng = 600 triệu đồng", "3.000 chai 1 lít × 85.000 đồng = 255 triệu đồng, tổng 855",
          "60.000 chai × 25.000 đồng = 1.500 triệu đồng", "7.500 chai × 85.000 đồng = 637,5 triệu đồng, tổng 2.137,5",
          "150.000 chai × 25.000 đồng = 3.750 triệu đồng", "18.000 chai × 85.000 đồng = 1.530 triệu đồng, tổng 5.280",
          "hạt điều nhân 129,6 triệu đồng (720 kg × 180.000 đồng)", "Tổng chi phí 1.197,1 triệu đồng",
          "Chi phí năm 2027 là 1.593,75 triệu đồng (hạt điều 324 triệu, phụ liệu 67,5 triệu, chai nắp nhãn 262,5 triệu, "
          "điện nước 33,75 triệu, lương 468 triệu, khấu hao 150 triệu, lãi vay 48 triệu",
          "Chi phí năm 2028 là 2.589,95 triệu đồng (hạt điều 799,2 triệu, phụ liệu 166,5 triệu, chai nắp nhãn 651 triệu, "
          "điện nước 83,25 triệu, lương 468 triệu, khấu hao 150 triệu, lãi vay 32 triệu",
          "năm 2026 lỗ 342,1 triệu đồng", "năm 2027 lãi 603,75 triệu đồng", "năm 2028 lãi 2.690,05 triệu đồng",
          "(−342,1 + 603,75 + 2.690,05) : 3 ≈ 983,9", "2.000 : (983,9 + 150) ≈ 1,76 năm", "tối đa 84.000 lít/năm",
          "cung cấp tối đa 6 tấn/năm", "Tổng 6 lao động trong cả giai đoạn 2026–2028",
          "Ngân sách bán hàng, quảng bá cố định 120 triệu đồng/năm", "12 cửa hàng thực phẩm sạch")
    p.lacks(FOOD_SAFETY, "PLANTED no food-safety certificate, commitment or plan")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ab09() -> Plan:
    p = Plan("ab09_mat_ong_co_lao_son_kim_tht")
    assets = [p.row(x, 3) for x in ("Thùng ong gỗ", "Máy quay mật", "Bồn chứa inox", "Máy hạ thủy phần mini", "Bộ bảo hộ")]
    for q, price, amount in assets:
        p.check(close(amount, q * price), f"asset row {q} × {price}")
    true_total = sum(a[2] for a in assets)
    stated = p.one("Tổng cộng")
    p.check(true_total == 299000 and off(stated, true_total) and close(stated / true_total, 1.12, 0.001),
            "PLANTED Bảng 1 total 335.000 != 299.000 (+12 %)")
    hives, ch, hu, kg = p.row("Số đàn ong"), p.row("Mật chai 500 ml (0,7"), p.row("Mật hũ 1 kg |"), p.row("Tổng mật thành phẩm")
    rev, rc, rh = p.row("Doanh thu |"), p.row("Mật chai 500 ml (160.000"), p.row("Mật hũ 1 kg (220.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Nuôi ong:", "Chai, hũ, nắp", "Hạ thủy phần, điện", "Tiền công 9", "Khấu hao |", "Lãi vay |",
                                 "Vận chuyển, quảng bá", "Quản lý, văn phòng", "Thuế khoán")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(close(kg[y], ch[y] * 0.7 + hu[y]) and kg[y] <= hives[y] * 12, f"kg, colonies × 12 kg {y}")
        p.check(close(rc[y], ch[y] * 0.16) and close(rh[y], hu[y] * 0.22) and close(rev[y], rc[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.03) and close(lines[1][y], ch[y] * 0.008 + hu[y] * 0.01)
                and close(lines[2][y], kg[y] * 0.005) and close(lines[3][y], 9 * 5 * 12) and close(lines[4][y], 40)
                and close(lines[5][y], [200, 100, 0][y] * 0.07, 0.01) and close(lines[6][y], rev[y] * 0.07)
                and close(lines[7][y], 24) and close(lines[8][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    growth_ok(p, rev, "revenue")
    p.check(close(sum(prof) / 3, 300.11, 0.001) and close(500 / (300.11 + 40), 1.47), "average, payback 1,47")
    p.check(200 + 100 + 100 + 40 + 60 == 500 == 300 + 200 and close((200 + 100 + 100) / 10, 40), "capital, depreciation")
    p.check(close(kg[0] / 4300, 1.16, 0.01), "+16 % on 2025")
    p.has("160.000 đ/chai", "220.000 đ/hũ", "(181,46 + 300,11 + 418,77) : 3 ≈ 300,11", "500 : (300,11 + 40) ≈ 1,47 năm",
          "Tổng vốn đầu tư 500 triệu đồng", "khoảng 12 kg mật/đàn/năm", "khoảng 6.600 kg, 7.200 kg và 7.800 kg",
          "Tổ hình thành từ năm 2019 do 9 hộ nuôi ong trong xóm tự liên kết")
    p.lacks(REGISTRATION, "PLANTED no registration, cooperation contract or tax code")
    p.lacks(CHANNEL, "PLANTED no customer or sales channel anywhere")
    market = p.body.split("# 4/ THỊ TRƯỜNG", 1)[1].split("# 5/", 1)[0]
    p.check("đồng" not in market and "đ/" not in market, "PLANTED no price in the market section")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ab10() -> Plan:
    p = Plan("ab10_ruoc_nam_huong_minh_htx")
    hu, tu, kg, nam = p.row("Ruốc nấm hũ 150 g"), p.row("Ruốc nấm túi 500 g"), p.row("Sản lượng ruốc nấm"), p.row("Nấm hương tươi")
    rh, rt, rev = p.row("Doanh thu hũ 150 g"), p.row("Doanh thu túi 500 g"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Nấm tươi (25.000", "Dầu ăn, gia vị", "Hũ, túi, nhãn", "Tiền lương 8", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.15 + tu[y] * 0.5 and nam[y] == kg[y] * 4, f"kg, mushroom 4:1 {y}")
        p.check(close(rh[y], hu[y] * 0.085) and close(rt[y], tu[y] * 0.25) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], nam[y] * 0.025) and close(lines[1][y], kg[y] * 0.03)
                and close(lines[2][y], hu[y] * 0.006 + tu[y] * 0.004) and close(lines[3][y], 8 * 5.5 * 12)
                and close(lines[4][y], 140) and close(lines[5][y], [600, 400, 200][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], 100), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15, 0.01) and close(post[y], pre[y] - tax[y]) and rev[y] < 3000, f"15 % tax {y}")
        p.check(nam[y] <= 25000, f"mushroom supply {y}")
    growth_ok(p, rev, "revenue", 1.25)
    capacity = 2 * 8 * 250
    p.check(kg[0] <= capacity and kg[1] <= capacity, "2026 and 2027 within the 4.000 kg of the two machines")
    p.check(capacity == 4000 and off(kg[2], capacity) and close(kg[2] / capacity, 1.125),
            "PLANTED 2028 output 4.500 kg > 2 × 8 × 250 = 4.000 kg (+12,5 %)")
    p.has("Mỗi máy sao ruốc cho khoảng 8 kg ruốc thành phẩm/ngày", "làm 250 ngày/năm, công suất hai máy là 4.000 kg ruốc/năm",
          "đáp ứng kế hoạch sản xuất của phương án")
    p.check(600 + 300 + 250 + 250 + 50 + 150 == 1600 == 1000 + 600 and close((600 + 300 + 250 + 250) / 10, 140),
            "capital 1.600, depreciation 140")
    avg = sum(post) / 3
    true = 1600 / (avg + 140)
    p.check(close(avg, 444.8, 0.001) and close(true, 2.74, 0.01), "true payback 1.600 : (444,8 + 140) ≈ 2,7")
    p.check(off(1.5, true) and off(1.5, 1600 / avg) and all(off(1.5, 1600 / (x + 140)) and off(1.5, 1600 / x) for x in post + pre),
            "PLANTED stated payback 1,5 năm matches no basis")
    p.has("thời gian hoàn vốn của phương án khoảng 1,5 năm", "85.000 đồng/hũ", "250.000 đồng/túi",
          "Tổng vốn đầu tư 1.600 triệu đồng", "khoảng 25 tấn nấm tươi/năm", "khoảng 26%")
    p.check(close(post[2] / rev[2], 0.262, 0.01) and close(kg[0] / 2700, 1.19, 0.01), "26 % margin, +19 % on 2025")
    p.lacks(TRADEMARK, "PLANTED no trademark or IP protection")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("ab11_oi_say_deo_thien_loc_so_sai")
    a.check(1500 * 200000 == 300e6, "guava sentence (1,5 tấn × 200.000 = 300 triệu)")
    a.has("khoảng 1,5 tấn ổi sấy dẻo", "200.000 đồng/kg", "khoảng 300 triệu đồng/năm", "khoảng 150 triệu đồng",
          "Hộ đã đăng ký hộ kinh doanh năm 2023")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, about a page")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ab12_com_gao_xuan_lam_so_sai")
    b.has("khoảng 20 kg cốm", "120.000 đồng/kg", "Nhóm chưa đăng ký kinh doanh.")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"@|mã số thuế|giấy chứng nhận", "no e-mail, no tax code, no certificate")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (ab01, ab02, ab03, ab04, ab05, ab06, ab07, ab08, ab09, ab10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
