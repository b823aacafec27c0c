"""The 101st holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout101/arithmetic.py

For every plan: revenue = quantity x price per pack size, cost lines = unit cost x quantity and
sum to the total, profit = revenue - cost, tax, investment items = capital sources = total,
depreciation, the loan's interest and repayment table, payback, raw-material need vs supply,
output vs equipment capacity, staff and channel tables, growth. Planted numeric defects are
asserted wrong by more than 5 % (with the true value computed) and everything else right (within
1 %). Table figures are read from the plan's source; figures quoted in running text are looked up
verbatim, so numbers cannot drift from the text. The textual planted defects (no cosmetic
notification or standard, no trademark, no food safety, no label, no registration, a replaced
instrument, no environmental measure, no quality control, a second producer name, two outputs for
2027) are asserted by the absence or presence of their words; ready plans cite no replaced
instrument; no plan has a template placeholder.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, avg1, close, lines_sum, off  # noqa: E402,F401

REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|01/2021/NĐ-CP|123/2018|03/2014/TT"


class Plan(plancheck.Plan):
    src = HERE / "src"


def ready_text(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")


def cx01() -> Plan:
    p = Plan("cx01_xa_phong_thao_duoc_ky_thuong_htx")
    a, b, c = p.row("Bánh xà phòng 100 g"), p.row("Hộp quà 3 bánh"), p.row("Bánh xà phòng khách sạn 30 g")
    kg, oil, herb = p.row("Tổng khối lượng xà phòng"), p.row("Dầu thực vật"), p.row("Thảo dược khô")
    staff = p.row("Lao động thường xuyên", skip=1)
    rev, ra, rb, rc = (p.row("Doanh thu |", skip=1), p.row("Bánh 100 g (45.000"), p.row("Hộp quà 3 bánh (120.000"),
                       p.row("Bánh khách sạn 30 g (6.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Nguyên liệu dầu, xút", "Bao bì, hộp, nhãn", "Tiền lương", "Điện, nước",
                                 "Khấu hao tài sản", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(kg[y], a[y] * 0.1 + b[y] * 0.3 + c[y] * 0.03), f"kg of soap {y}")
        p.check(close(oil[y], kg[y] * 0.65) and close(herb[y], kg[y] * 0.08), f"oil 0,65 / herbs 0,08 per kg {y}")
        p.check(close(ra[y], a[y] * 0.045) and close(rb[y], b[y] * 0.12) and close(rc[y], c[y] * 0.006)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue by pack size {y}")
        p.check(close(lines[0][y], kg[y] * 0.05) and close(lines[1][y], a[y] * 0.004 + b[y] * 0.015 + c[y] * 0.001),
                f"materials 50.000 đ/kg, packaging {y}")
        p.check(close(lines[2][y], staff[y] * 6.5 * 12) and close(lines[4][y], 90)
                and close(lines[5][y], [400, 300, 200][y] * 0.07) and close(lines[6][y], rev[y] * 0.08),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % CIT {y}")
        p.check(kg[y] <= 40 * 250 and oil[y] <= 6000 and herb[y] <= 1500, f"capacity, oil contract, herbs {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(kg[0] / 4500, 1.2) and close(kg[2] / 10000, 0.74), "+20 % on 2026, 74 % of capacity")
    items = [p.one(x) for x in ("Cải tạo phòng pha chế", "Thiết bị: nồi khuấy", "Giá ủ, kho", "Thiết kế bao bì",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1200 == 800 + 400 and sum(items[:3]) == 900, "capital 1.200, fixed 900")
    p.check(avg1(post) == 443.4 and close(1200 / (443.4 + 90), 2.25, 0.01), "average profit, payback 2,2")
    p.check(close(post[0] / rev[0], 0.15, 0.02) and close(post[2] / rev[2], 0.21, 0.03), "margin 15 % -> 21 %")
    p.has("45.000 đồng/bánh", "120.000 đồng/hộp", "6.000 đồng/bánh", "(313,1 + 443,4 + 573,6) : 3 ≈ 443,4",
          "1.200 : (443,4 + 90) ≈ 2,2 năm", "6 tấn/năm", "khoảng 1,5 tấn/năm", "tương đương 10.000 kg/năm",
          "Phiếu công bố sản phẩm mỹ phẩm", "đủ điều kiện sản xuất mỹ phẩm", "Giấy chứng nhận đăng ký nhãn hiệu")
    p.lacks(r"an toàn thực phẩm|ATTP|15/2018", "a cosmetic: no food-safety paperwork claimed")
    ready_text(p)
    return p


def cx02() -> Plan:
    p = Plan("cx02_tra_tui_loc_che_vang_cam_lac_cty")
    Y5 = range(5)
    a, b, c = p.row("Hộp 25 túi lọc", 5), p.row("Hộp 50 túi lọc", 5), p.row("Túi chè cắt khúc 500 g", 5)
    dry, fresh, staff = p.row("Chè vằng khô sử dụng", 5), p.row("Chè vằng tươi thu mua", 5), p.row("Lao động (người)", 5)
    ra, rb, rc = p.row("Doanh thu hộp 25 túi", 5), p.row("Doanh thu hộp 50 túi", 5), p.row("Doanh thu túi 500 g", 5)
    rev, cost = p.row("Tổng doanh thu", 5), p.row("Tổng chi phí", 5)
    lines = [p.row(x, 5) for x in ("Chè vằng tươi (8.000", "Bao bì, túi lọc", "Tiền lương, bảo hiểm", "Điện, nhiên liệu sấy",
                                    "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    # the staff table's header row (Năm | 2027 | …) and, for five numbers, the cost table's header row also
    # start with 2027, hence the skips for that year
    loan = [p.row(str(2027 + y), 4, skip=int(y == 0)) for y in range(6)]  # opening, principal, interest, closing
    summ = [p.row(str(2027 + y), 5, skip=2 * int(y == 0)) for y in Y5]  # YEARS AS ROWS: revenue, cost, pre, tax, post
    for y in Y5:  # triệu đồng
        p.check(close(dry[y], a[y] * 0.05 + b[y] * 0.1 + c[y] * 0.5) and close(fresh[y], dry[y] * 4), f"dry, fresh 4:1 {y}")
        p.check(close(ra[y], a[y] * 0.055) and close(rb[y], b[y] * 0.095) and close(rc[y], c[y] * 0.12)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue by pack size {y}")
        p.check(close(lines[0][y], fresh[y] * 0.008) and close(lines[1][y], a[y] * 0.009 + b[y] * 0.015 + c[y] * 0.006)
                and close(lines[2][y], staff[y] * 7 * 12) and close(lines[3][y], dry[y] * 0.02)
                and close(lines[4][y], 280) and close(lines[6][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(lines[5][y], loan[y][2]) and close(loan[y][2], loan[y][0] * 0.08), f"interest = 8 % of opening {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summ[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary row {y}")
        p.check(rev[y] > 3000 and close(s[3], s[2] * 0.17) and close(s[4], s[2] - s[3]), f"17 % CIT {y}")
        p.check(fresh[y] <= 60000 and fresh[y] <= 800 * 200 and a[y] * 25 + b[y] * 50 <= 2 * 30 * 60 * 7 * 280,
                f"supply 60 tấn, dryer, tea-bag machines {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    for y in range(6):
        o, pr, it, cl = loan[y]
        p.check(close(cl, o - pr) and (y == 5 or close(loan[y + 1][0], cl)), f"loan table row {2027 + y}")
    p.check(loan[0][1] == 0 and all(loan[y][1] == 300 for y in range(1, 6)) and p.row("Cộng |", 2) == [1500, 480],
            "12-month grace, 300 a year, totals 1.500 / 480")
    p.check(close(10 * 6, 60) and close((60 - 44) / 60, 0.27, 0.02), "10 ha × 6 tấn; 27 % spare")
    items = [p.one(x) for x in ("Nhà xưởng chế biến", "Máy sấy, máy đóng túi", "Kho nguyên liệu", "Hồ sơ công bố",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 4000 == 2500 + 1500 and sum(items[:3]) == 2800, "capital 4.000")
    post = [s[4] for s in summ]
    p.check(close(sum(post) / 5, 1373.1, 0.001) and close(4000 / (1373.1 + 280), 2.42, 0.01), "average, payback 2,4")
    p.check(close(summ[1][4] + 280, 1306.4, 0.001), "1.306 available in 2028")
    p.check(close(dry[0] / 5600, 1.16, 0.01), "+16 % on 2026")
    p.has("55.000 đồng/hộp", "95.000 đồng/hộp", "120.000 đồng/túi", "ân hạn gốc 12 tháng",
          "(696,8 + 1.026,4 + 1.375,9 + 1.732,2 + 2.034,3) : 5 ≈ 1.373,1", "4.000 : (1.373,1 + 280) ≈ 2,4 năm",
          "khoảng 1.306 triệu đồng", "Bản tự công bố sản phẩm", "an toàn thực phẩm số 112/2024")
    p.check(p.count("chữa bệnh") == 1 and "không quảng cáo sản phẩm có tác dụng chữa bệnh" in p.body, "no health claim")
    p.lacks(r"điều trị|hạ huyết áp|giải độc", "no health claim")
    ready_text(p)
    return p


def cx03() -> Plan:
    p = Plan("cx03_tinh_dau_sa_chanh_huong_binh_hkd")
    a, b, c = p.row("Lọ 10 ml (lọ)"), p.row("Lọ 50 ml (lọ)"), p.row("Chai 100 ml (chai)")
    lit, grass = p.row("Tổng tinh dầu (lít)"), p.row("Sả tươi cần dùng (kg)")
    ra, rb, rc = p.row("Doanh thu lọ 10 ml"), p.row("Doanh thu lọ 50 ml"), p.row("Doanh thu chai 100 ml")
    rev, cost, prof = p.row("Tổng doanh thu"), p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Sả tươi (2.000", "Lọ, chai, hộp", "Nhiên liệu, điện", "Tiền công lao động", "Khấu hao",
                                 "Lãi vay", "Bán hàng, quảng bá", "Kiểm nghiệm, quản lý", "Thuế GTGT và TNCN")]
    staff = p.row("Cộng |", skip=1)  # the first 'Cộng' row is the 2027 channel table
    for y in Y:  # đồng
        p.check(close(lit[y], (a[y] * 10 + b[y] * 50 + c[y] * 100) / 1000) and close(grass[y], lit[y] * 150),
                f"litres, 150 kg lá/lít {y}")
        p.check(close(ra[y], a[y] * 45000) and close(rb[y], b[y] * 180000) and close(rc[y], c[y] * 320000)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue by bottle size {y}")
        p.check(close(lines[0][y], grass[y] * 2000) and close(lines[1][y], a[y] * 6000 + b[y] * 12000 + c[y] * 18000)
                and close(lines[2][y], lit[y] * 100000) and close(lines[3][y], staff[y] * 5.5e6 * 12)
                and close(lines[4][y], 30e6) and close(lines[5][y], 100e6 * 0.06)
                and close(lines[6][y], rev[y] * 0.1) and close(lines[8][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(grass[y] <= 62500 and grass[y] <= 100000 and lit[y] <= 667, f"supply 62,5 tấn, still capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(2.5 * 25, 62.5) and close(49500 / 62500, 0.79, 0.01) and close(500 * 200 / 150, 667, 0.01),
            "62,5 tấn, 79 %, 667 lít")
    p.check(staff == [4, 5, 5], "staff 4/5/5")
    ch = [p.row(x) for x in ("Bán trực tuyến", "Cửa hàng ký gửi", "Spa, khách sạn, homestay")]
    p.check([sum(r[i] for r in ch) for i in range(3)] == [a[0], b[0], c[0]], "2027 channel table adds up")
    p.check(130e6 + 50e6 + 18e6 + 12e6 == 210e6 == 180e6 + 30e6, "equipment list 210.000.000")
    p.check(180e6 + 90e6 + 30e6 + 40e6 + 60e6 == 400e6 == 300e6 + 100e6 and 180e6 + 90e6 + 30e6 == 300e6, "capital")
    p.check(sum(prof) / 3 == 387895000 and close(400e6 / (387895000 + 30e6), 0.96, 0.01), "average, payback 0,96")
    p.check(close(lit[0] / 220, 1.18, 0.01), "+18 % on 2026")
    p.has("45.000 đồng/lọ", "180.000 đồng/lọ", "320.000 đồng/chai", "400.000.000 : (387.895.000 + 30.000.000) ≈ 0,96 năm",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28E8003517", "TCCS 01:2025/HB", "Cục Sở hữu trí tuệ")
    p.lacks(r"an toàn thực phẩm|ATTP|phiếu công bố", "neither food nor cosmetic paperwork claimed")
    ready_text(p)
    return p


def cx04() -> Plan:
    p = Plan("cx04_huong_tram_phuc_dong_tht")
    a, b, powder = p.row("Nhang trầm que hộp 250 g"), p.row("Nụ trầm hộp 50 nụ"), p.row("Bột hương sử dụng")
    ra, rb = p.row("Doanh thu nhang que"), p.row("Doanh thu nụ trầm")
    rev, cost, prof = p.row("Tổng doanh thu"), p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Bột nguyên liệu", "Tăm tre, hộp, nhãn", "Tiền công lao động", "Điện sấy", "Khấu hao",
                                 "Lãi vay", "Bán hàng, quảng bá", "Quản lý, chi khác", "Thuế GTGT, TNCN")]
    staff = p.row("Cộng |", skip=1)  # 'Cộng' rows: agents, equipment (one number), staff, investment
    for y in Y:  # triệu đồng
        p.check(close(powder[y], a[y] * 0.2 + b[y] * 0.15), f"powder {y}")
        p.check(close(ra[y], a[y] * 0.13) and close(rb[y], b[y] * 0.075) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], powder[y] * 0.11) and close(lines[1][y], a[y] * 0.012 + b[y] * 0.008)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[4][y], 100) and close(lines[5][y], 300 * 0.06)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[8][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(powder[y] * 0.7 <= 5000 and a[y] * 0.2 <= 2 * 20 * 250 and b[y] * 0.15 <= 10 * 250,
                f"agarwood contract, stick and cone machines {y}")
        if y:
            p.check(a[y] / a[y - 1] < 1.2 and b[y] / b[y - 1] < 1.2, f"growth {y}")
    p.check(close(1 - 3395 / 5000, 0.32, 0.01) and close(powder[2] * 0.7, 3395), "dó bầu 3.395 kg, 32 % spare")
    p.check(close(a[0] / 10500, 1.14, 0.01) and close(rev[2] / rev[0], 1.34, 0.01), "+14 % on 2026, +34 % by 2029")
    agents = [p.row(x, 4) for x in ("Hương Khê, Vũ Quang", "TP Hà Tĩnh, Hồng Lĩnh", "Nghệ An", "Quảng Bình")]
    p.check([sum(r[i] for r in agents) for i in range(4)] == [26, 29, 33, 36] and p.row("Cộng |", 4) == [26, 29, 33, 36],
            "agents 26 + 10")
    p.check(90 + 40 + 130 + 40 == 300 and 140 + 60 == 200 and p.one("Cộng |", skip=1) == 500, "equipment 500")
    items = [p.one(x) for x in ("Nhà xưởng 300", "Máy nghiền, máy trộn", "Lò sấy điện, hệ thống", "Thiết kế bao bì",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |", skip=3) == 1200 == 900 + 300 and sum(items[:3]) == 1000, "capital 1,2 tỷ")
    p.check(avg1(prof) == 638.1 and close(1200 / (638.1 + 100), 1.63, 0.01), "average, payback 1,6")
    p.has("130.000 đồng/hộp", "75.000 đồng/hộp", "1,2 tỷ đồng", "2,16 tỷ đồng", "(488,8 + 638,1 + 787,5) : 3 ≈ 638,1",
          "1.200 : (638,1 + 100) ≈ 1,6 năm", "05/GCN-THT", "TCCS 01:2025/PĐ", "hút bụi túi vải")
    p.lacks(r"an toàn thực phẩm|ATTP|mỹ phẩm", "neither food nor cosmetic paperwork claimed")
    ready_text(p)
    return p


def cx05() -> Plan:
    p = Plan("cx05_dau_goi_bo_ket_tien_loc_htx")
    a, b, c = p.row("Chai 300 ml |"), p.row("Chai 500 ml |"), p.row("Túi refill 1 lít")
    lit, pods = p.row("Tổng sản lượng"), p.row("Quả bồ kết khô")
    rev, ra, rb, rc = p.row("Doanh thu |"), p.row("Chai 300 ml (80.000"), p.row("Chai 500 ml (120.000"), p.row("Túi 1 lít (190.000")
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Nguyên liệu (45.000", "Chai, túi, nắp", "Tiền lương", "Điện, nước", "Khấu hao", "Lãi vay",
                                 "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    staff = p.row("Cộng |", skip=1)
    true_ra = [a[y] * 0.08 for y in Y]
    true_rev = [true_ra[y] + rb[y] + rc[y] for y in Y]
    for y in Y:  # triệu đồng
        p.check(close(lit[y], a[y] * 0.3 + b[y] * 0.5 + c[y]) and close(pods[y], lit[y] * 0.08), f"litres, pods {y}")
        p.check(close(rb[y], b[y] * 0.12) and close(rc[y], c[y] * 0.19) and close(rev[y], ra[y] + rb[y] + rc[y]),
                f"other sub-rows, total = sub-rows {y}")
        p.check(close(lines[0][y], lit[y] * 0.045) and close(lines[1][y], a[y] * 0.012 + b[y] * 0.015 + c[y] * 0.008)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[3][y], lit[y] * 0.003) and close(lines[4][y], 60)
                and close(lines[5][y], [300, 225, 150][y] * 0.08) and close(lines[6][y], true_rev[y] * 0.1),
                f"cost lines (selling = 10 % of the true revenue) {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, stated profit {y}")
        p.check(lit[y] <= 200 * 250 and pods[y] <= 3000, f"capacity 50.000 l, pods 3 tấn {y}")
    p.check(close(ra[0], true_ra[0]) and close(ra[2], true_ra[2]), "300 ml sub-row right in 2027 and 2029")
    p.check(ra[1] == 1288 and true_ra[1] == 1120 and off(ra[1], true_ra[1], 10),
            "PLANTED 2028 chai 300 ml: 14.000 × 80.000 đ = 1.120, written 1.288 (+15 %)")
    p.check(rev[1] == 2824 and close(true_rev[1], 2656) and off(rev[1], true_rev[1]), "PLANTED total 2.824 vs 2.656 (+6,3 %)")
    p.check(close(true_rev[1] - cost[1], 590.4), "true 2028 profit 590,4 (written 758,4)")
    stated = sum(prof) / 3
    true = (prof[0] + true_rev[1] - cost[1] + prof[2]) / 3
    p.check(close(stated, 646.4, 0.001) and close(900 / stated, 1.39, 0.01) and close(900 / true, 1.52, 0.01)
            and off(900 / true, 1.4), "tolerated knock-on: stated 1,4 years, true 1,52 (1,38 with depreciation)")
    ch = [p.row(x) for x in ("Tiệm gội, spa", "Cửa hàng, điểm bán", "Bán trực tuyến")]
    p.check([sum(r[i] for r in ch) for i in range(3)] == [a[0], b[0], c[0]], "2027 channel table adds up")
    p.check(p.one("Cộng |", skip=1) == 300 == 110 + 60 + 70 + 35 + 25, "equipment 300")
    p.check(250 + 300 + 50 + 100 + 200 == 900 == 600 + 300 and 250 + 300 + 50 == 600, "capital 900, fixed 600")
    p.check(close(lit[0] / 8000, 1.2) and all(true_rev[y] / true_rev[y - 1] < 1.2 for y in (1, 2)), "+20 % on 2026, growth")
    p.has("80.000 đồng/chai", "120.000 đồng/chai", "190.000 đồng/túi", "(455,2 + 758,4 + 725,6) : 3 ≈ 646,4",
          "900 : 646,4 ≈ 1,4 năm", "đủ điều kiện sản xuất mỹ phẩm", "Nghị định 43/2017/NĐ-CP", "số lô")
    p.lacks(r"công bố|tiêu chuẩn|TCCS|QCVN|quy chuẩn|kiểm nghiệm|thử nghiệm|hợp chuẩn|hợp quy|hồ sơ thông tin sản phẩm|PIF",
            "PLANTED no cosmetic notification, product standard or lab test anywhere")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|logo|chỉ dẫn địa lý|văn bằng",
            "PLANTED no trademark or IP anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "a replaced instrument (not planted here)")
    return p


def cx06() -> Plan:
    p = Plan("cx06_cao_che_vang_son_linh_cty")
    a, b, kg, dry = p.row("Cao hũ 100 g"), p.row("Cao hũ 250 g"), p.row("Tổng sản lượng cao"), p.row("Chè vằng khô sử dụng")
    rev, ra, rb = p.row("Doanh thu |"), p.row("Hũ 100 g (90.000"), p.row("Hũ 250 g (200.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Chè vằng khô (20.000", "Hũ, nắp, hộp", "Tiền lương", "Điện, nhiên liệu", "Khấu hao",
                                 "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Cộng |")  # the channel table's 'Cộng' row has two numbers only
    supply = 6 * 1.5 * 1000 + 8000
    for y in Y:  # triệu đồng
        p.check(close(kg[y], a[y] * 0.1 + b[y] * 0.25) and close(dry[y], kg[y] * 8), f"kg of extract, 8 kg dry/kg {y}")
        p.check(close(ra[y], a[y] * 0.09) and close(rb[y], b[y] * 0.2) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], dry[y] * 0.02) and close(lines[1][y], a[y] * 0.006 + b[y] * 0.01)
                and close(lines[2][y], staff[y] * 6.5 * 12) and close(lines[3][y], kg[y] * 0.03) and close(lines[4][y], 100)
                and close(lines[5][y], [500, 375, 250][y] * 0.08) and close(lines[6][y], rev[y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"tax follows the stated profit {y}")
        p.check(kg[y] <= 16 * 250, f"within the 4.000 kg capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "profit right in 2027 and 2029")
    p.check(pre[1] == 685.1 and close(rev[1] - cost[1], 585.1) and off(pre[1], rev[1] - cost[1], 15),
            "PLANTED 2028 profit 685,1 written, 2.080 − 1.494,9 = 585,1 (+17 %)")
    p.check(supply == 17000 and dry[0] <= supply, "17 tấn supply covers 2027 (16 tấn)")
    p.check(off(dry[1], supply, 14) and off(dry[2], supply, 35),
            "PLANTED 2028 needs 19,6 tấn (+15 %), 2029 23,2 tấn (+36 %) of dried chè vằng > 17 tấn")
    p.has("đủ đáp ứng nhu cầu sản xuất của cả giai đoạn", "Định mức: 8 kg chè vằng khô cho 1 kg cao thành phẩm",
          "1,5 tấn khô/ha/năm", "8 tấn khô/năm")
    stated = avg1(post)
    true_post = [post[0], (rev[1] - cost[1]) * 0.85, post[2]]
    p.check(stated == 525.7 and close(1400 / (stated + 100), 2.24, 0.01), "stated 2,2 years")
    p.check(close(1400 / (sum(true_post) / 3 + 100), 2.34, 0.01), "tolerated knock-on: true payback 2,34")
    ch = [p.row(x, 2) for x in ("Nhà phân phối Lam Hồng", "Nhà thuốc đông y", "Bán trực tuyến, điểm bán")]
    p.check([sum(r[i] for r in ch) for i in range(2)] == [a[0], b[0]] and ch[0] == [2500, 1500], "channels, 4.000 hũ contract")
    p.check(p.one("Cộng |", skip=1) == 700 == 180 + 270 + 150 + 65 + 35 == 450 + 150 + 100, "equipment 700")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "Hệ thống chiết xuất", "Máy sấy dược liệu |", "Máy chiết rót, đóng nắp",
                                "Bao bì, tiêu chuẩn", "Vốn lưu động")]
    items[2] = p.one("Máy sấy dược liệu |", skip=1)  # the first such row is in the equipment list
    p.check(sum(items) == p.one("Tổng cộng") == 1400 == 900 + 500 and sum(items[:4]) == 1000, "capital 1.400")
    p.check(close(kg[0] / 1700, 1.18, 0.01), "+18 % on 2026")
    p.has("90.000 đồng/hũ", "200.000 đồng/hũ", "(353,6 + 582,3 + 641,1) : 3 ≈ 525,7", "1.400 : (525,7 + 100) ≈ 2,2 năm",
          "TCCS 01:2025/SL", "Nghị định 43/2017/NĐ-CP")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|đủ điều kiện|15/2018|55/2010|cam kết|tự công bố|khám sức khỏe|"
            r"HACCP|ISO 22000|GMP", "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "a replaced instrument (not planted here)")
    return p


def cx07() -> Plan:
    p = Plan("cx07_tra_la_voi_xuan_vien_htx")
    a, b, bags = p.row("Hộp 20 túi (hộp)"), p.row("Hộp 50 túi (hộp)"), p.row("Tổng số túi lọc (túi)")
    dry, staff = p.row("Lá, nụ vối khô (kg)"), p.row("Lao động (người)")
    ra, rb, rev, cost, prof = (p.row("Doanh thu hộp 20 túi"), p.row("Doanh thu hộp 50 túi"), p.row("Tổng doanh thu"),
                               p.row("Tổng chi phí"), p.row("Lợi nhuận |"))
    lines = [p.row(x) for x in ("Lá, nụ vối khô (80.000", "Túi lọc, túi nhôm", "Tiền lương", "Điện sấy", "Khấu hao",
                                 "Lãi vay", "Bán hàng (8%", "Quản lý, chi khác")]
    capacity = 15 * 60 * 5 * 260
    for y in Y:  # triệu đồng
        p.check(bags[y] == a[y] * 20 + b[y] * 50 and close(dry[y], bags[y] * 0.002), f"bags, 2 g each {y}")
        p.check(close(ra[y], a[y] * 0.03) and close(rb[y], b[y] * 0.065) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], dry[y] * 0.08) and close(lines[1][y], a[y] * 0.005 + b[y] * 0.009)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[3][y], dry[y] * 0.015) and close(lines[4][y], 110)
                and close(lines[5][y], [500, 400, 300][y] * 0.07) and close(lines[6][y], rev[y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(dry[y] <= 5000 and staff[y] == 9, f"5 tấn of leaves, same 9 workers {y}")
    p.check(capacity == 1170000 and bags[0] <= capacity, "one machine: 1.170.000 túi/năm, 2027 within it")
    p.check(off(bags[1], capacity, 15) and off(bags[2], capacity, 35),
            "PLANTED 2028 1.395.000 (+19 %) and 2029 1.600.000 túi (+37 %) > 1.170.000 with one machine")
    p.has("Máy cũ được thanh lý", "15 × 60 × 5 × 260 = 1.170.000 túi/năm", "1 máy đóng túi lọc tự động mới")
    p.lacks(r"hai máy|2 máy|máy thứ hai|thêm máy đóng|ca hai|2 ca|thuê gia công", "no second machine, shift or outsourcing")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng", "Máy đóng túi lọc tự động", "Máy sấy khay", "Máy nghiền, sàng",
                                "Bao bì, hồ sơ công bố", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 and sum(items[:4]) == 1100, "investment items = total 1.500, fixed 1.100")
    sources = 650 + 500 + 150
    p.check(sources == 1300 and off(sources, 1500, 10), "PLANTED sources 650 + 500 + 150 = 1.300 ≠ 1.500 (−13 %)")
    p.has("vốn góp bổ sung của thành viên 650 triệu đồng", "chi nhánh Nghi Xuân 500 triệu đồng",
          "quỹ đầu tư phát triển của hợp tác xã 150 triệu đồng", "Tổng vốn đầu tư 1.500 triệu đồng được huy động từ")
    p.check(p.count("Tổng nguồn vốn") == 0, "no stated sources total")
    p.check(avg1(prof) == 380.8 and close(1500 / (380.8 + 110), 3.06, 0.01), "average, payback 3,1 (on the stated total)")
    p.check(p.one("Cộng |", skip=1) == 600 == 250 + 200 + 90 + 60, "equipment 600")
    ch = [p.row(x, 2) for x in ("Cửa hàng đặc sản", "Siêu thị mini", "Nhà hàng, quán", "Bán trực tuyến")]
    p.check([sum(r[i] for r in ch) for i in range(2)] == [a[0], b[0]], "2027 channel table adds up")
    p.check(close(bags[0] / 1050000, 1.095, 0.01) and rev[1] / rev[0] < 1.25 and rev[2] / rev[1] < 1.2,
            "+10 % on 2026; revenue growth 21 % then 14 % (the knock-on is the capacity, tolerated)")
    p.has("30.000 đồng/hộp", "65.000 đồng/hộp", "(175,3 + 393,3 + 573,8) : 3 ≈ 380,8", "1.500 : (380,8 + 110) ≈ 3,1 năm",
          "an toàn thực phẩm số 58/2024", "Bản tự công bố sản phẩm", "Nhãn hiệu \"Vối Xuân Viên\"")
    p.lacks(r"nhãn(?! hiệu)|ghi nhãn|43/2017|111/2021|\btem\b|hạn sử dụng in|in trên hộp",
            "PLANTED no label, label content or labelling decree anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "a replaced instrument (not planted here)")
    return p


def cx08() -> Plan:
    p = Plan("cx08_tinh_dau_tram_ky_hai_co_so")
    a, b, lit, leaves = p.row("Lọ 30 ml |"), p.row("Chai 100 ml |"), p.row("Tổng tinh dầu"), p.row("Lá tràm thu mua")
    ra, rb, rev = p.row("Doanh thu lọ 30 ml"), p.row("Doanh thu chai 100 ml"), p.row("Tổng doanh thu")
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    lines = [p.row(x) for x in ("Lá tràm (2.000", "Lọ, chai, nhãn", "Tiền công", "Củi, điện", "Khấu hao",
                                 "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    staff = p.row("Cộng |")  # the channel table's 'Cộng' row has two numbers only
    for y in Y:  # 1.000 đồng
        p.check(close(lit[y], a[y] * 0.03 + b[y] * 0.1) and close(leaves[y], lit[y] * 100), f"litres, 100 kg lá/lít {y}")
        p.check(close(ra[y], a[y] * 50) and close(rb[y], b[y] * 120) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaves[y] * 2) and close(lines[1][y], a[y] * 5 + b[y] * 9)
                and close(lines[2][y], staff[y] * 5500 * 12) and close(lines[3][y], lit[y] * 120)
                and close(lines[4][y], 40000) and close(lines[5][y], rev[y] * 0.08) and close(lines[6][y], 20000),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(leaves[y] <= 80 * 3000 and leaves[y] <= 2 * 400 * 2 * 200, f"leaves 240 tấn, stills 320 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(rev[1] / rev[0], 1.13, 0.01) and close(rev[2] / rev[1], 1.11, 0.01) and close(lit[0] / 500, 1.2),
            "13 %, 11 %; +20 % on 2026")
    items = [p.one(x) for x in ("2 bộ nồi chưng cất", "Xưởng chưng cất 120", "Máy chiết rót, lọc", "Thiết kế bao bì",
                                "Vốn lưu động")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 480000 and stated == 530000 and off(stated, sum(items), 10),
            "PLANTED investment table total 530.000 ≠ items 480.000 (+10,4 %)")
    p.check(330000 + 200000 == stated, "sources match the stated (wrong) total: tolerated capital-mismatch")
    p.check(sum(items[:3]) == 400000 and close(400000 / 10, 40000), "fixed 400.000, depreciation 40.000")
    avg = sum(prof) / 3
    p.check(avg == 242300 and close(stated / (avg + 40000), 1.88, 0.01) and close(480000 / (avg + 40000), 1.70, 0.01),
            "stated payback 1,9 on 530.000; tolerated knock-on 1,7 on 480.000")
    p.check(p.one("Cộng |", skip=1) == 280000 == 160000 + 80000 + 25000 + 15000 == 240000 + 40000, "equipment 280.000 = items 1 and 3")
    ch = [p.row(x, 2) for x in ("Bán trực tuyến |", "Cửa hàng ký gửi |", "Homestay, nhà nghỉ |")]
    p.check([sum(r[i] for r in ch) for i in range(2)] == [a[0], b[0]] and close((6500 + 1300) / 13000, 0.6),
            "channels; 60 % online")
    p.has("50.000 đồng/lọ", "120.000 đồng/chai", "(198.200 + 264.300 + 264.400) : 3 = 242.300",
          "530.000 : (242.300 + 40.000) ≈ 1,9 năm")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|doanh nghiệp|hợp tác xã|tổ hợp tác|giấy chứng nhận đăng ký|"
            r"thành lập|giấy phép|đăng ký hộ|đăng ký thuế|kinh doanh số", "PLANTED no business registration or plan to register")
    p.check(p.count("1048/QĐ-TTg") == 3 and p.count("148/QĐ-TTg") == 0 and p.count("1489") == 0,
            "PLANTED QĐ 1048/QĐ-TTg (replaced 2023) cited three times, QĐ 148 never")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cx09() -> Plan:
    p = Plan("cx09_nhang_thao_moc_an_nhien_cty")
    a, b, c, kg = p.row("Nhang quế hộp 300 g"), p.row("Nhang ngải cứu hộp 300 g"), p.row("Nụ xông thảo mộc hộp"), \
        p.row("Nguyên liệu sử dụng")
    rev, ra, rb, rc = p.row("Tổng doanh thu"), p.row("Nhang quế (70.000"), p.row("Nhang ngải cứu (65.000"), p.row("Nụ xông (55.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Nguyên liệu (35.000", "Hộp, nhãn, màng co", "Tiền lương", "Điện, nhiên liệu sấy",
                                 "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Cộng |", skip=1)
    for y in Y:  # triệu đồng
        p.check(close(kg[y], (a[y] + b[y]) * 0.3 + c[y] * 0.12), f"materials {y}")
        p.check(close(ra[y], a[y] * 0.07) and close(rb[y], b[y] * 0.065) and close(rc[y], c[y] * 0.055)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.035) and close(lines[1][y], (a[y] + b[y]) * 0.01 + c[y] * 0.008)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[3][y], kg[y] * 0.004) and close(lines[4][y], 150)
                and close(lines[5][y], [600, 450, 300][y] * 0.08) and close(lines[6][y], rev[y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % CIT {y}")
        p.check(kg[y] <= 12000 and kg[y] <= 2 * 40 * 260, f"supply 12 tấn, machines 20,8 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close((a[0] + b[0]) / 22000, 1.14, 0.01), "+14 % on 2026")
    avg = sum(post) / 3
    true = 2000 / (avg + 150)
    p.check(close(avg, 311.5, 0.001) and close(true, 4.33, 0.01), "true payback 2.000 : (311,5 + 150) ≈ 4,3 years")
    p.check(off(1.5, true, 60) and off(1.5, 2000 / (pre[1] + 150), 60),
            "PLANTED stated 1,5 years vs 4,3 (3,9 even on 2028 pre-tax profit plus depreciation)")
    p.check(p.count("khoảng 1,5 năm") == 2, "the 1,5 years is stated twice")
    items = [p.one(x) for x in ("Nhà xưởng 400", "2 máy se nhang", "Máy nghiền thảo mộc", "Lò sấy nhang",
                                "Bao bì, tiêu chuẩn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2000 == 1400 + 600 and sum(items[:4]) == 1500, "capital 2.000, fixed 1.500")
    p.check(p.one("Cộng |", skip=1) == 700 == 300 + 150 + 250, "equipment 700")
    ch = [p.row(x) for x in ("Đại lý, cửa hàng đồ thờ", "Chùa, đền, nhà thờ họ", "Khách du lịch tại điểm", "Bán trực tuyến |")]
    p.check([sum(r[i] for r in ch) for i in range(3)] == [a[0], b[0], c[0]], "2027 channel table adds up")
    p.check(close(post[0] / rev[0], 0.105, 0.01) and close(post[2] / rev[2], 0.157, 0.01), "10,5 % -> 15,7 %")
    p.has("70.000 đồng/hộp", "65.000 đồng/hộp", "55.000 đồng/hộp", "TCCS 01:2024/AN", "# XV. HIỆU QUẢ XÃ HỘI",
          "lò sấy nhang 500 kg/mẻ đốt viên nén mùn cưa")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|bụi|thu gom|xử lý|phế liệu|tái chế|ống khói|tiếng ồn",
            "PLANTED no environmental measure anywhere")
    p.lacks(r"kiểm soát chất lượng|kiểm tra chất lượng|truy xuất|nhật ký|sổ theo dõi|sổ ghi|\blô\b|lưu mẫu|ISO|HACCP|\bQR\b|"
            r"mã vạch|thử cháy|kiểm tra (độ|từng|mỗi)", "PLANTED no internal quality control or traceability anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "a replaced instrument (not planted here)")
    return p


def cx10() -> Plan:
    p = Plan("cx10_muoi_ngam_chan_thien_loc_cty")
    a, b, kg, staff = p.row("Hộp 10 gói × 50 g"), p.row("Túi 1 kg |"), p.row("Tổng sản lượng"), p.row("Lao động |")
    rev, ra, rb = p.row("Doanh thu |"), p.row("Hộp 500 g (95.000"), p.row("Túi 1 kg (150.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Nguyên liệu (30.000", "Bao bì |", "Tiền lương", "Khấu hao", "Bán hàng, quảng bá",
                                 "Quản lý, điện nước")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(kg[y], a[y] * 0.5 + b[y]), f"kg {y}")
        p.check(close(ra[y], a[y] * 0.095) and close(rb[y], b[y] * 0.15) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.03) and close(lines[1][y], a[y] * 0.012 + b[y] * 0.006)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[3][y], 40) and close(lines[4][y], rev[y] * 0.1),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"CIT {rate} {y}")
        p.check(kg[y] <= 100 * 4 * 250 and a[y] * 10 <= 20 * 60 * 7 * 250, f"mixers 100 tấn, packer 2,1 triệu gói {y}")
        p.check(kg[y] * 0.8 <= 40000 and kg[y] * 0.2 <= 10000, f"salt 40 tấn, herbs 10 tấn {y}")
    herbs = [p.row(x, 2) for x in ("Gừng", "Ngải cứu", "Quế", "Sả |", "Hương nhu", "Lá lốt")]
    p.check([sum(r[i] for r in herbs) for i in range(2)] == [kg[0] * 0.2, kg[2] * 0.2]
            and p.row("Muối hạt", 2) == [kg[0] * 0.8, kg[2] * 0.8], "herb and salt table")
    p.check(close(kg[0] / 6000, 1.17, 0.01), "2027 itself +17 % on 2026")
    p.check(off(kg[1] / kg[0], 1.5, 50) and off(kg[2] / kg[1], 1.5, 40) and close(rev[1] / rev[0], 2.44, 0.01)
            and close(rev[2] / rev[1], 2.21, 0.01),
            "PLANTED output ×2,4 then ×2,2 (7.000 → 17.000 → 37.500 kg), revenue 1.210 → 2.950 → 6.525")
    p.lacks(r"hợp đồng (phân phối|tiêu thụ|bao tiêu)|nhà phân phối|đại lý|siêu thị|chuỗi cửa hàng|khảo sát thị trường",
            "no distributor, contract or market study behind the growth")
    p.check(p.count("9 tấn") == 1 and off(9000, kg[0], 25), "PLANTED objectives 9 tấn vs table 7.000 kg in 2027 (29 %)")
    p.check(p.count("Công ty TNHH Thảo mộc Hồng Lĩnh") == 2 and p.count("Công ty TNHH Mộc Dược Thiên Lộc") == 4
            and p.count("Hồng Lĩnh") == 2, "PLANTED a second producer name, twice")
    p.check(150 + 250 + 50 + 150 == 600 and close(400 / 10, 40) and p.one("Cộng |", skip=1) == 250 == 60 + 80 + 110,
            "capital 600, equipment 250, depreciation 40")
    avg = avg1(post)
    p.check(avg == 1120.9 and close(600 / (avg + 40), 0.52, 0.01), "payback 0,5 consistent with the plan's own profits")
    ch = [p.row(x, 2) for x in ("Spa, tiệm massage", "Cửa hàng sản phẩm sạch", "Sàn thương mại điện tử")]
    p.check([sum(r[i] for r in ch) for i in range(2)] == [a[0], b[0]], "2027 channel table adds up")
    p.has("95.000 đồng/hộp", "150.000 đồng/túi", "(198 + 861 + 2.303,7) : 3 ≈ 1.120,9", "Phiếu công bố sản phẩm mỹ phẩm",
          "đủ điều kiện sản xuất mỹ phẩm", "phiếu trộn ghi số lô")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "a replaced instrument (not planted here)")
    return p


def sketchy() -> list[Plan]:
    a = Plan("cx11_xa_bong_thao_moc_cam_binh_so_sai")
    a.check(300 * 35000 == 10.5e6, "300 bánh × 35.000 ≈ 10 triệu a month")
    a.has("35.000 đồng/bánh", "khoảng 300 bánh", "khoảng 10 triệu đồng/tháng", "khoảng 50 triệu đồng", "chưa đăng ký kinh doanh")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150–300 words")
    a.lacks(r"công bố|tiêu chuẩn|nhãn|thương hiệu|sở hữu trí tuệ|môi trường|nước thải|lô|kiểm tra|an toàn thực phẩm",
            "the gaps are real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("cx12_nhang_bai_thach_dai_so_sai")
    b.has("40.000 đồng/bó", "đang làm thủ tục đăng ký tổ hợp tác", "thị trường tiêu thụ rộng lớn")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150–300 words")
    b.lacks(r"\d+ ?(tấn|kg|bó/|triệu|tỷ|%)|năm 20(2[89]|3\d)|20(2[7-9]|3\d) ?[–-]", "no output, revenue, capital or target year")
    b.lacks(r"đại lý|cửa hàng|chợ|facebook|zalo|shopee|siêu thị|hợp đồng (tiêu thụ|bán)|khách hàng",
            "market names no channel or customer")
    b.lacks(r"công bố|tiêu chuẩn|nhãn|thương hiệu|sở hữu trí tuệ|môi trường|bụi|lô|kiểm tra|giấy chứng nhận", "the gaps are real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (cx01, cx02, cx03, cx04, cx05, cx06, cx07, cx08, cx09, cx10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
