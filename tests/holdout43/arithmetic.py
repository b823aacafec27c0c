"""The forty-third holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout43/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (a second producer name, no environmental measure, a replaced
instrument cited and the current ones absent, no trademark, no sales channel, no food safety, no
label, no product standard, no registration) are asserted too, as is the absence of template
placeholders in every plan.
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

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|919/QĐ-TTg|123/2018|01/2021/NĐ-CP"


class Plan(plancheck.Plan):
    src = HERE / "src"

    def section(self, start: str, end: str) -> str:
        """The text between a heading that starts with `start` and the next heading starting with `end`."""
        body = self.body
        i = body.index(start)
        j = body.index(end, i + len(start))
        return body[i:j]


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")


def ar01() -> Plan:
    p = Plan("ar01_keo_cu_do_tien_dien_cty")
    hop, tui, kg, lac, mat, staff = (p.row("Cu đơ hộp 500 g"), p.row("Cu đơ túi 200 g"), p.row("Tổng khối lượng kẹo"),
                                     p.row("Lạc nhân cần dùng"), p.row("Mật mía, đường cần dùng"), p.row("Lao động |"))
    rev, rh, rt = p.row("Tổng doanh thu"), p.row("Hộp 500 g (60.000"), p.row("Túi 200 g (25.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Lạc nhân (55.000", "Mật mía, đường (20.000", "Gừng, vừng, bánh đa", "Hộp, túi, nhãn",
                                 "Tiền lương", "Điện, gas", "Khấu hao tài sản", "Lãi vay", "Bán hàng, quảng bá",
                                 "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # nghìn đồng
        p.check(kg[y] == hop[y] * 0.5 + tui[y] * 0.2 and close(lac[y], kg[y] * 0.35) and close(mat[y], kg[y] * 0.45),
                f"kg, peanuts 0,35, molasses 0,45 {y}")
        p.check(close(rh[y], hop[y] * 60) and close(rt[y], tui[y] * 25) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], lac[y] * 55) and close(lines[1][y], mat[y] * 20) and close(lines[2][y], kg[y] * 8)
                and close(lines[3][y], hop[y] * 4 + tui[y] * 1.5) and close(lines[5][y], kg[y] * 3), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6500 * 12) and close(lines[6][y], 120000)
                and close(lines[7][y], [600000, 400000, 200000][y] * 0.08) and close(lines[8][y], rev[y] * 0.08),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3e6 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(kg[y] <= 180 * 280 and lac[y] <= 18000 and mat[y] <= 20000, f"capacity, peanut and molasses contracts {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(180 * 280 == 50400 and close(kg[0] / 26500, 1.13, 0.01), "capacity 50.400 kg; +13 % on 2025")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "2 nồi nấu mật", "Máy cắt thanh", "Máy đóng gói, hàn túi",
                                "Thiết kế bao bì, nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 900 + 600 and sum(items[:4]) == 900, "capital 1.500, fixed 900")
    p.check(close(900 / 7.5, 120), "depreciation 120")
    a = sum(post) / 3
    p.check(close(a, 745464, 0.0001) and close(1500000 / (a + 120000), 1.73, 0.01), "average profit, payback 1,73")
    p.check(close(lines[4][0] / 12 / 12, 6500), "12 workers at 6,5 tr")
    p.has("60.000 đồng/hộp", "25.000 đồng/túi", "Tổng vốn đầu tư 1.500 triệu đồng", "(549.045 + 745.464 + 941.884) : 3 ≈ 745.464",
          "1.500.000 : (745.464 + 120.000) ≈ 1,73 năm", "Công ty hiện có 12 lao động thường xuyên",
          "lạc nhân 18 tấn/năm", "theo hợp đồng 20 tấn/năm", "khoảng 50.400 kg/năm")
    p.has("đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/LH", "tự công bố", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "hố ga tách dầu mỡ", "3001962857")
    ready_common(p)
    return p


def ar02() -> Plan:
    p = Plan("ar02_tra_ca_gai_leo_tung_loc_htx")
    years = [p.row(f"{2027 + y} |", 6) for y in Y]  # Bảng 1: hộp, dt hộp, túi, dt túi, kg, tổng dt
    lines = [p.row(x) for x in ("Cây cà gai leo tươi", "Bao bì: hộp", "Tiền lương", "Điện sấy", "Khấu hao", "Lãi vay",
                                 "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost = p.row("Cộng chi phí")
    res = [p.row(f"{2027 + y} |", 5, skip=1) for y in Y]  # Bảng 3: dt, cp, lntt, thuế, lnst
    staff = [8, 9, 10]
    for y in Y:  # triệu đồng
        hop, dth, tui, dtt, kg, rev = years[y]
        p.check(close(dth, hop * 0.045) and close(dtt, tui * 0.06) and close(rev, dth + dtt), f"revenue {y}")
        p.check(kg == hop * 0.05 + tui * 0.2, f"kg {y}")
        p.check(close(lines[0][y], kg * 4 * 0.01) and close(lines[1][y], hop * 0.006 + tui * 0.003)
                and close(lines[2][y], staff[y] * 5.5 * 12) and close(lines[3][y], kg * 0.01)
                and close(lines[4][y], 80) and close(lines[5][y], [400, 300, 200][y] * 0.07)
                and close(lines[6][y], rev * 0.10), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        r = res[y]
        p.check(close(r[0], rev) and close(r[1], cost[y]) and close(r[2], r[0] - r[1]) and close(r[3], r[2] * 0.15)
                and close(r[4], r[2] - r[3]), f"result row {y}")
        p.check(kg * 4 <= 21000 and hop * 25 <= 30 * 60 * 6 * 250, f"fresh supply, packing capacity {y}")
        if y:
            p.check(rev / years[y - 1][5] < 1.2, f"growth {y}")
    p.check(6 * 3500 == 21000 and 30 * 60 * 6 * 250 == 2_700_000, "21 tấn, 2,7 triệu túi")
    p.check(150 + 300 + 250 + 100 + 50 + 150 == 1000 == 600 + 400 and 150 + 300 + 250 + 100 == 800, "capital, fixed 800")
    post = [r[4] for r in res]
    p.check(avg1(post) == 338.3 and close(1000 / (338.3 + 80), 2.4, 0.01), "average profit, payback 2,4")
    p.check(close(years[0][4] / 2100, 1.14, 0.01), "+14 % on 2026 estimate")
    p.has("45.000 đồng/hộp", "60.000 đồng/túi", "(244,8 + 338,3 + 431,8) : 3 = 338,3", "1.000 : (338,3 + 80) ≈ 2,4 năm",
          "Tổng vốn đầu tư của phương án là 1.000 triệu đồng", "khoảng 21 tấn/năm", "3002314978",
          "đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/TL", "tự công bố", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "ủ làm phân hữu cơ", "không quảng cáo công dụng chữa bệnh")
    p.check("hoá" in p.body and "hoà" not in p.body.split("PHẦN THỨ NHẤT")[0], "old tone placement used")
    ready_common(p)
    return p


def ar03() -> Plan:
    p = Plan("ar03_cam_trai_ke_go_tht")
    dem, ngay, bbq, sup = (p.row("Khách cắm trại qua đêm"), p.row("Khách dã ngoại trong ngày"), p.row("Suất nướng BBQ"),
                           p.row("Lượt chèo kayak"))
    r = [[dem[y] * 0.25, ngay[y] * 0.05, bbq[y] * 0.15, sup[y] * 0.1] for y in Y]
    rev = [sum(x) for x in r]
    staff = [10, 11, 12]
    cost = [r[y][2] * 0.5 + dem[y] * 0.03 + 60 + staff[y] * 5.5 * 12 + 150 + 60 + [500, 375, 250][y] * 0.08
            + rev[y] * 0.08 + 100 + rev[y] * 0.07 for y in Y]
    prof = [rev[y] - cost[y] for y in Y]
    p.check([round(x) for x in rev] == [1975, 2365, 2755], "revenue 1.975 / 2.365 / 2.755")
    p.check(r[1] == [900, 475, 810, 180] and r[2] == [1050, 550, 945, 210], "2027, 2028 revenue lines")
    p.check(all(close(cost[y], c, 0.001) for y, c in enumerate([1793.8, 1993.8, 2193.8])), "cost 1.793,8 / 1.993,8 / 2.193,8")
    p.check(all(close(prof[y], c, 0.002) for y, c in enumerate([181.2, 371.2, 561.2])), "profit 181,2 / 371,2 / 561,2")
    p.check(avg1([181.2, 371.2, 561.2]) == 371.2 and close(1200 / (371.2 + 150), 2.3, 0.01), "average, payback 2,3")
    items = [p.one(x) for x in ("30 bộ lều", "10 kayak", "Khu vệ sinh", "Bếp nướng", "Điện mặt trời", "Biển bảng",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng") == 1200 == 700 + 500, "capital 1.200 = 700 + 500")
    p.check(items[0] + items[1] == 450 and items[2] + items[3] + items[4] == 600 and 450 / 5 + 600 / 10 == 150,
            "depreciation 90 + 60 = 150")
    p.check(30 * 3 * 110 == 9900 and dem[2] <= 9900 and close(dem[2] / 9900, 0.42, 0.02), "90 khách/đêm, 9.900 a year, 42 %")
    p.check(close(dem[0] / 2400, 1.25) and all(rev[y] / rev[y - 1] < 1.2 for y in (1, 2)), "+25 % on 2025, growth")
    p.check(close(rev[0] / 1590, 1.24, 0.01), "revenue +24 % on 2025")
    p.has("3.000 lượt khách × 250.000 đồng = 750 triệu đồng", "8.000 lượt × 50.000 đồng = 400 triệu đồng",
          "4.500 suất × 150.000 đồng/suất = 675 triệu đồng", "1.500 lượt × 100.000 đồng = 150 triệu đồng",
          "Tổng doanh thu năm 2026 là 1.975 triệu đồng", "năm 2027 là 2.365 triệu đồng (900 + 475 + 810 + 180)",
          "năm 2028 là 2.755 triệu đồng (1.050 + 550 + 945 + 210)", "thực phẩm cho suất nướng 337,5 triệu đồng",
          "là 90 triệu đồng", "tiền lương 10 lao động 660 triệu đồng", "quảng bá 158 triệu đồng",
          "7% doanh thu là 138,3 triệu đồng", "Tổng chi phí năm 2026 là 1.793,8 triệu đồng",
          "(thực phẩm 405, vật tư 108, điện nước 60, lương 11 lao động 726, khấu hao 150, thuê đất 60, lãi vay 30, quảng bá 189,2, quản lý 100, thuế khoán 165,6 triệu đồng)",
          "(thực phẩm 472,5, vật tư 126, điện nước 60, lương 12 lao động 792, khấu hao 150, thuê đất 60, lãi vay 20, quảng bá 220,4, quản lý 100, thuế khoán 192,9 triệu đồng)",
          "(181,2 + 371,2 + 561,2) : 3 = 371,2", "1.200 : (371,2 + 150) ≈ 2,3 năm", "Tổng vốn đầu tư 1.200 triệu đồng",
          "hợp đồng hợp tác ký ngày 10/01/2024", "3002459613", "đủ điều kiện an toàn thực phẩm đối với dịch vụ ăn uống",
          "bể tự hoại 3 ngăn", "Cục Sở hữu trí tuệ", "tiêu chuẩn cơ sở về dịch vụ cắm trại")
    ready_common(p)
    return p


def ar04() -> Plan:
    p = Plan("ar04_dua_tre_ha_linh_hkd")
    hop, bo, qua, doi, cay = (p.row("Đũa hộp 10 đôi |"), p.row("Đũa bó 10 đôi"), p.row("Đũa quà tặng hộp 5 đôi"),
                              p.row("Tổng số đôi đũa"), p.row("Tre nguyên liệu |"))
    r1, r2, r3, rev = (p.row("Đũa hộp 10 đôi (40.000"), p.row("Đũa bó (12.000"), p.row("Đũa quà tặng (120.000"),
                       p.row("Tổng doanh thu"))
    lines = [p.row(x) for x in ("Tre nguyên liệu (35.000", "Hộp, màng, nhãn", "Tiền công lao động", "Điện, sáp ong",
                                 "Khấu hao máy móc", "Bán hàng, vận chuyển", "Thuế khoán", "Lãi vay")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    staff = [8, 9, 9]
    for y in Y:  # nghìn đồng
        p.check(doi[y] == hop[y] * 10 + bo[y] * 10 + qua[y] * 5 and close(cay[y], doi[y] / 100), f"pairs, canes {y}")
        p.check(close(r1[y], hop[y] * 40) and close(r2[y], bo[y] * 12) and close(r3[y], qua[y] * 120)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], cay[y] * 35) and close(lines[1][y], hop[y] * 4 + bo[y] * 0.5 + qua[y] * 25)
                and close(lines[2][y], staff[y] * 5500 * 12) and close(lines[3][y], doi[y] * 0.02)
                and close(lines[4][y], 40000) and close(lines[5][y], rev[y] * 0.06) and close(lines[6][y], rev[y] * 0.015)
                and close(lines[7][y], [200000, 150000, 100000][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(doi[y] <= 3000 * 280 and cay[y] <= 8000, f"capacity, bamboo supply {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(150 + 80 + 60 + 30 + 30 + 50 == 400 == 200 + 200 and 150 + 80 + 60 + 30 == 320 and 320 / 8 == 40,
            "capital 400, fixed 320, depreciation 40")
    p.check(sum(prof) / 3 == 308575 and close(400000 / (308575 + 40000), 1.15, 0.01), "average profit, payback 1,15")
    p.check(close(doi[0] / 470000, 1.13, 0.01), "+13 % on 2026")
    p.has("40.000 đồng/hộp", "12.000 đồng/bó", "120.000 đồng/hộp", "(213.900 + 286.575 + 425.250) : 3 = 308.575",
          "400.000 : (308.575 + 40.000) ≈ 1,15 năm", "khoảng 8.000 cây/năm", "khoảng 840.000 đôi/năm",
          "Tổng vốn đầu tư 400 triệu đồng", "28H8001256", "TCCS 01:2027/LH", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "hút bụi túi vải")
    ready_common(p)
    return p


def ar05() -> Plan:
    p = Plan("ar05_nuoc_ep_cu_den_thien_cam_ctcp")
    a, b, lit, beet = p.row("Chai 250 ml |"), p.row("Chai 500 ml |"), p.row("Tổng sản lượng nước ép"), p.row("Củ dền nguyên liệu")
    lines = [p.row(x) for x in ("Củ dền (8.000", "Chai, nắp, nhãn", "Tiền lương", "Điện, nước, hơi", "Khấu hao", "Lãi vay",
                                 "Bán hàng, vận chuyển", "Quản lý")]
    cost = p.row("Tổng chi phí")
    staff = [8, 9, 9]
    true_rev = [a[y] * 0.02 + b[y] * 0.035 for y in Y]  # triệu đồng
    for y in Y:
        p.check(lit[y] == a[y] * 0.25 + b[y] * 0.5 and close(beet[y], lit[y] * 1.5), f"litres, beet 1,5 kg/l {y}")
        p.check(close(lines[0][y], beet[y] * 0.008) and close(lines[1][y], a[y] * 0.0035 + b[y] * 0.005)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[3][y], lit[y] * 0.003)
                and close(lines[4][y], 150) and close(lines[5][y], [1000, 750, 500][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(beet[y] <= 80000 and lit[y] <= 250 * 250, f"beet supply, line capacity {y}")
    written = [2300, 2940, 3180]
    p.check(close(written[0], true_rev[0]) and close(written[2], true_rev[2]), "2026 and 2028 revenue right")
    p.check(true_rev[1] == 2740 and close(b[1] * 0.035, 840, 0.0001) and off(1040, 840), "PLANTED 24.000 × 35.000 = 840, written 1.040 (+24 %)")
    p.check(off(written[1], true_rev[1]) and close(written[1] / true_rev[1], 1.073, 0.001), "PLANTED 2027 total 2.940 vs 2.740 (+7,3 %)")
    pre = [written[y] - cost[y] for y in Y]
    p.check(close(pre[0], 324) and close(pre[1], 713.2) and close(pre[2], 774.5), "profit follows the written revenue")
    tax = [pre[0] * 0.15, pre[1] * 0.15, pre[2] * 0.17]
    post = [pre[y] - tax[y] for y in Y]
    p.check(close(tax[0], 48.6) and close(tax[1], 107.0) and close(tax[2], 131.7) and close(post[0], 275.4)
            and close(post[1], 606.2) and close(post[2], 642.8), "tax 15/15/17 %, after-tax profit")
    stated = 1800 / (508.1 + 150)
    p.check(avg1([275.4, 606.2, 642.8]) == 508.1 and close(stated, 2.7, 0.02), "stated payback 2,7 from the written profit")
    true_post1 = (true_rev[1] - cost[1]) * 0.85
    true_pay = 1800 / ((post[0] + true_post1 + post[2]) / 3 + 150)
    p.check(close(true_pay, 2.99, 0.01) and off(2.7, true_pay), "tolerated knock-on: payback with the true revenue ≈ 3,0")
    p.check(900 + 250 + 350 + 100 + 200 == 1800 == 800 + 1000 and 900 + 250 + 350 == 1500, "capital 1.800, fixed 1.500")
    p.check(close(lit[0] / 25000, 1.2) and true_rev[1] / true_rev[0] < 1.2 and true_rev[2] / true_rev[1] < 1.2, "growth")
    p.has("20.000 đồng/chai", "35.000 đồng/chai", "24.000 chai 500 ml × 35.000 đồng = 1.040 triệu đồng",
          "tổng doanh thu 2.940 triệu đồng", "2.940 − 2.226,8 = 713,2", "(275,4 + 606,2 + 642,8) : 3 = 508,1",
          "1.800 : (508,1 + 150) ≈ 2,7 năm", "Tổng vốn đầu tư 1.800 triệu đồng", "khoảng 80 tấn/năm", "62.500 lít/năm")
    main, other = "Công ty cổ phần Nông sản Xanh Thiên Cầm", "Công ty cổ phần Thực phẩm Sạch Kỳ Anh"
    p.check(p.count(other) == 2 and p.count(main) >= 2 and p.count("Kỳ Anh") == 2, "PLANTED a second producer name, twice")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|\bbã\b|xử lý|bể lắng|hố ga|phân hữu cơ|\bủ\b|chăn nuôi|thải",
            "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ar06() -> Plan:
    p = Plan("ar06_ruou_quyt_ngan_pho_htx")
    a, b, lit, quyt, duong = (p.row("Chai 500 ml |"), p.row("Chai 330 ml |"), p.row("Tổng sản lượng"),
                              p.row("Quýt nguyên liệu"), p.row("Đường |"))
    lines = [p.row(x) for x in ("Thuế tiêu thụ đặc biệt", "Quýt (12.000", "Đường (20.000", "Chai, nút, nhãn, hộp",
                                 "Tiền lương", "Điện, nước, men", "Khấu hao", "Lãi vay", "Bán hàng (8%",
                                 "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế"))
    staff = [6, 6, 7]
    rev = [a[y] * 0.2 + b[y] * 0.135 for y in Y]
    p.check([round(x) for x in rev] == [1740, 2075, 2410], "revenue 1.740 / 2.075 / 2.410")
    for y in Y:  # triệu đồng
        p.check(close(lit[y], a[y] * 0.5 + b[y] * 0.33) and close(quyt[y], lit[y] * 2.5) and close(duong[y], lit[y] * 0.15),
                f"litres, mandarin 2,5 kg/l, sugar {y}")
        p.check(close(lines[0][y], rev[y] * 35 / 135) and close(lines[1][y], quyt[y] * 0.012)
                and close(lines[2][y], duong[y] * 0.02) and close(lines[3][y], a[y] * 0.015 + b[y] * 0.012)
                and close(lines[4][y], staff[y] * 5.5 * 12) and close(lines[5][y], lit[y] * 0.01)
                and close(lines[6][y], 90) and close(lines[7][y], [500, 375, 250][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, 15 % tax {y}")
        p.check(lit[y] <= 20 * 300 * 3 and quyt[y] <= 20000, f"tank capacity 18.000 l, mandarin contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Nhà xưởng lên men", "20 thùng lên men", "Máy rửa, máy ép", "Máy chiết rót",
                                "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    total = p.one("Tổng vốn đầu tư |")
    p.check(sum(items) == 1150 and total == 1250 and off(total, sum(items)), "PLANTED table total 1.250 vs items 1.150 (+8,7 %)")
    p.check(750 + 500 == total and sum(items[:4]) == 900 and 900 / 10 == 90, "sources match the stated total; fixed 900")
    p.check(avg1(post) == 331.8 and close(1250 / (331.8 + 90), 3.0, 0.02), "stated payback 3,0 on 1.250")
    p.check(off(1250 / (331.8 + 90), 1150 / (331.8 + 90)), "tolerated knock-on: payback on 1.150 is 2,7")
    p.check(close(lit[0] / 3600, 1.2), "+20 % on 2025")
    p.has("200.000 đồng/chai", "135.000 đồng/chai", "Tổng vốn đầu tư của phương án là 1.250 triệu đồng",
          "(208,2 + 350,4 + 436,7) : 3 = 331,8", "1.250 : (331,8 + 90) ≈ 3,0 năm", "công suất tối đa 18.000 lít/năm",
          "mua 20 tấn quýt/năm", "Giấy phép sản xuất rượu thủ công", "đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2026/NP", "độ cồn 18% vol", "Không dành cho người dưới 18 tuổi", "bể lắng 3 ngăn")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current OCOP instruments are not cited")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|Cục Sở hữu", "PLANTED no trademark anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ar07() -> Plan:
    p = Plan("ar07_mat_ong_hoa_cam_thuong_duc_hkd")
    a, b, kg, colonies = p.row("Chai 500 g |"), p.row("Chai 1 kg |"), p.row("Tổng mật ong đóng chai"), p.row("Số đàn ong")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Chai 500 g (150.000"), p.row("Chai 1 kg (280.000")
    lines = [p.row(x) for x in ("Thức ăn bổ sung", "Mua mật của hộ khác", "Chai, nắp, nhãn", "Tiền công lao động",
                                 "Khấu hao", "Vận chuyển đàn ong", "Chi phí bán hàng", "Lãi vay", "Thuế khoán",
                                 "Kiểm nghiệm định kỳ")]
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    supply = 160 * 12 + 300
    for y in Y:  # triệu đồng
        p.check(kg[y] == a[y] * 0.5 + b[y] and colonies[y] == 160, f"kg, 160 colonies {y}")
        p.check(close(r1[y], a[y] * 0.15) and close(r2[y], b[y] * 0.28) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], 160 * 0.25) and close(lines[1][y], 300 * 0.15)
                and close(lines[2][y], a[y] * 0.01 + b[y] * 0.015) and close(lines[3][y], 4 * 4.5 * 12)
                and close(lines[4][y], 30) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y], [150, 100, 50][y] * 0.07) and close(lines[8][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(supply == 2220 and kg[0] <= supply, "2027 within the 2.220 kg supply")
    p.check(off(kg[1], supply) and off(kg[2], supply) and close(kg[2] / supply, 1.216, 0.001),
            "PLANTED 2.400 (+8 %) and 2.700 kg (+22 %) bottled vs 2.220 kg of honey")
    p.check(110 + 40 + 70 + 20 + 20 + 40 == 300 == 150 + 150 and 110 + 40 + 70 + 20 == 240 and 240 / 8 == 30,
            "capital 300, fixed 240, depreciation 30")
    p.check(avg1(prof) == 226.1 and close(300 / (226.1 + 30), 1.2, 0.03), "average profit, payback 1,2")
    p.has("150.000 đồng/chai", "280.000 đồng/chai", "160 đàn × 12 kg = 1.920 kg/năm", "mỗi năm khoảng 300 kg",
          "khoảng 2.220 kg/năm", "(129,8 + 234,8 + 313,7) : 3 = 226,1", "300 : (226,1 + 30) ≈ 1,2 năm",
          "Tổng vốn đầu tư 300 triệu đồng", "28F8002417", "TCCS 01:2027/TL", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    market = p.section("# VI – THỊ TRƯỜNG", "# VII –")
    p.check(not re.search(r"\d|đồng|khách|cửa hàng|đại lý|siêu thị|hội chợ|online|facebook|zalo|shopee|bán (lẻ|buôn|qua|tại|cho)"
                          r"|người tiêu dùng|người mua|công ty|nhà phân phối|giá", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"cửa hàng|hội chợ|đại lý|siêu thị|facebook|zalo|shopee|tiktok|sàn thương mại|bán lẻ|bán buôn|khách hàng|khách"
            r"|thương lái|nhà phân phối|điểm bán|trực tuyến|quà biếu|người tiêu dùng", "PLANTED no sales channel anywhere")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện (an toàn|ATTP|vệ sinh)|15/2018|vệ sinh thực phẩm|cam kết bảo đảm", "PLANTED no food-safety item anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ar08() -> Plan:
    p = Plan("ar08_mit_say_loc_yen_htx")
    a, b, kg, mui = (p.row("Mít sấy túi 200 g"), p.row("Mít sấy túi 500 g"), p.row("Tổng mít sấy thành phẩm"),
                     p.row("Múi mít tươi nguyên liệu"))
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Túi 200 g (45.000"), p.row("Túi 500 g (105.000")
    lines = [p.row(x) for x in ("Múi mít (10.000", "Dầu chiên, phụ liệu", "Túi zip, thùng", "Tiền lương", "Điện, gas",
                                 "Khấu hao tài sản", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý")]
    cost, pre, tax, post = p.row("Chi phí |"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [10, 11, 12]
    cap = 2 * 40 * 3 * 250 / 5
    for y in Y:  # triệu đồng
        p.check(kg[y] == a[y] * 0.2 + b[y] * 0.5 and mui[y] == kg[y] * 5, f"kg, 5 kg múi/kg {y}")
        p.check(close(r1[y], a[y] * 0.045) and close(r2[y], b[y] * 0.105) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], mui[y] * 0.01) and close(lines[1][y], kg[y] * 0.012)
                and close(lines[2][y], a[y] * 0.0025 + b[y] * 0.004) and close(lines[3][y], staff[y] * 5 * 12)
                and close(lines[4][y], kg[y] * 0.01) and close(lines[5][y], 120)
                and close(lines[6][y], [600, 400, 200][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} on the written profit {y}")
        p.check(mui[y] <= 80000, f"jackfruit contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.21, f"growth {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2026 and 2028 profit right")
    p.check(close(rev[1] - cost[1], 557.6) and off(pre[1], rev[1] - cost[1]), "PLANTED 2027 profit 657,6 vs 557,6 (+18 %)")
    p.check(cap == 12000 and kg[0] <= cap and kg[1] <= cap, "capacity 12 tấn; 2026, 2027 within")
    p.check(off(kg[2], cap) and close(kg[2] / cap, 1.167, 0.001), "PLANTED 2028 output 14.000 kg vs 12.000 kg capacity (+17 %)")
    p.check(600 + 200 + 200 + 200 + 50 + 150 == 1400 == 800 + 600 and 600 + 200 + 200 + 200 == 1200, "capital 1.400, fixed 1.200")
    written = avg1(post)
    true_post1 = (rev[1] - cost[1]) * 0.85
    true = (post[0] + true_post1 + post[2]) / 3
    p.check(written == 497.3 and close(1400 / (written + 120), 2.3, 0.02), "stated payback 2,3")
    p.check(not off(1400 / (written + 120), 1400 / (true + 120)), "payback with the true profit stays within 5 % (2,38)")
    p.check(close(rev[0] * 0.9 - cost[0], 147, 0.01) and close(rev[0] - cost[0] - 100, 266, 0.01), "sensitivity 147 / 266")
    var = (lines[0][0] + lines[1][0] + lines[2][0] + lines[4][0]) / kg[0]
    fixed = lines[3][0] + lines[5][0] + lines[6][0] + lines[7][0] + lines[8][0]
    p.check(fixed == 997 and close(fixed / (rev[0] / kg[0] - var), 7315, 0.001), "break-even ≈ 7.300 kg")
    p.check(close(kg[0] / 8500, 1.18, 0.01), "+18 % on 2025")
    p.has("45.000 đồng/túi", "105.000 đồng/túi", "2 × 40 × 3 × 250 = 60.000 kg múi/năm",
          "khoảng 12 tấn mít sấy thành phẩm/năm", "(311,1 + 559 + 621,8) : 3 ≈ 497,3", "1.400 : (497,3 + 120) ≈ 2,3 năm",
          "Tổng vốn đầu tư 1.400 triệu đồng", "khoảng 80 tấn múi", "đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/LY",
          "Cục Sở hữu trí tuệ", "bể tách dầu mỡ")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|in trên bao bì",
            "PLANTED no label, label content or labelling decree")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ar09() -> Plan:
    p = Plan("ar09_nuoc_tuong_gia_hanh_cty")
    a, b, lit, soy = p.row("Chai 500 ml |"), p.row("Can 2 lít |"), p.row("Tổng sản lượng"), p.row("Đậu tương nguyên liệu")
    r1, r2, rev = p.row("Doanh thu chai 500 ml"), p.row("Doanh thu can 2 lít"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Đậu tương (16.000", "Muối, đường, mốc", "Chai, can, nắp, nhãn", "Tiền lương (12",
                                 "Điện, củi, nước", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng
        p.check(lit[y] == a[y] * 0.5 + b[y] * 2 and close(soy[y], lit[y] * 0.25), f"litres, soy 0,25 kg/l {y}")
        p.check(close(r1[y], a[y] * 0.025) and close(r2[y], b[y] * 0.08) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], soy[y] * 0.016) and close(lines[1][y], lit[y] * 0.0015)
                and close(lines[2][y], a[y] * 0.003 + b[y] * 0.006) and close(lines[3][y], 12 * 6 * 12)
                and close(lines[4][y], lit[y] * 0.001) and close(lines[5][y], 200)
                and close(lines[6][y], [800, 600, 400][y] * 0.08), f"cost lines {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * rate)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {rate} {y}")
        p.check(lit[y] <= 20 * 1000 * 4 and soy[y] <= 20000, f"tank capacity, soy contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Nhà xưởng lên men", "20 bể lên men", "Nồi nấu, thiết bị lọc", "Máy chiết rót",
                                "Xe tải nhỏ", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư |") == 2400 and sum(items[:5]) == 2000 and 2000 / 10 == 200,
            "items 2.400, fixed 2.000, depreciation 200")
    sources = 1200 + 800
    p.check(off(sources, 2400) and close(sources / 2400, 0.833, 0.001), "PLANTED sources 2.000 vs total 2.400 (−16,7 %)")
    inv = p.section("# 11. Nhu cầu vốn", "# 12.")
    fin = p.section("# 12. Hiệu quả tài chính", "# 13.")
    p.check("2.400" in inv and "1.200 triệu" not in inv and "800 triệu" not in inv and "1.200 triệu đồng" in fin
            and "800 triệu đồng" in fin and "2.400" in fin, "defect stated across two sections")
    p.check(avg1(post) == 500.5 and close(2400 / (500.5 + 200), 3.4, 0.01), "average profit, payback 3,4")
    p.check(close(lit[0] / 44000, 1.14, 0.01), "+14 % on 2026")
    p.check(p.count("Công ty có 16 lao động thường xuyên") == 1 and p.count("Hiện công ty có 12 lao động thường xuyên") == 1
            and off(16, 12), "PLANTED 16 workers in the producer section, 12 in the organisation section")
    p.has("25.000 đồng/chai", "80.000 đồng/can", "Tổng vốn đầu tư của phương án là 2.400 triệu đồng",
          "vốn chủ sở hữu của công ty 1.200 triệu đồng", "800 triệu đồng, thời hạn 4 năm, lãi suất 8%/năm",
          "(256,7 + 507,9 + 737) : 3 ≈ 500,5", "2.400 : (500,5 + 200) ≈ 3,4 năm", "khoảng 80.000 lít/năm",
          "20 tấn/năm", "đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng 3 ngăn")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|phiếu kết quả",
            "PLANTED no product standard, declaration or lab test")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def ar10() -> Plan:
    p = Plan("ar10_bot_tam_that_son_hong_tht")
    a, b, kg, cu = (p.row("Bột tam thất hũ 100 g"), p.row("Bột tam thất túi 500 g"), p.row("Tổng sản lượng bột"),
                    p.row("Củ tam thất khô |"))
    r1, r2, rev = p.row("Hũ 100 g (150.000"), p.row("Túi 500 g (650.000"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Củ tam thất khô (400.000", "Hũ, túi, nhãn", "Tiền công 5", "Điện (10.000", "Khấu hao",
                                 "Lãi vay", "Bán hàng (6%", "Thuế khoán", "Kiểm nghiệm định kỳ")]
    cost = p.row("Tổng chi phí")
    summ = [p.row(f"{2026 + y} |", 3) for y in Y]
    for y in Y:  # triệu đồng
        p.check(kg[y] == a[y] * 0.1 + b[y] * 0.5 and close(cu[y], kg[y] * 1.1), f"kg, roots 1,1 kg/kg {y}")
        p.check(close(r1[y], a[y] * 0.15) and close(r2[y], b[y] * 0.65) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], cu[y] * 0.4) and close(lines[1][y], a[y] * 0.006 + b[y] * 0.008)
                and close(lines[2][y], 5 * 4 * 12) and close(lines[3][y], kg[y] * 0.01) and close(lines[4][y], 40)
                and close(lines[5][y], [300, 200, 100][y] * 0.07) and close(lines[6][y], rev[y] * 0.06)
                and close(lines[7][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summ[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary row {y}")
        p.check(cu[y] <= 800 + 2000 and kg[y] <= 10 * 4 * 200, f"root supply 2.800 kg, mill 8.000 kg {y}")
    p.check(close(kg[0] / 450, 1.33, 0.01), "2026 +33 % on 2025 with the new machines")
    p.check(rev[1] / rev[0] == 2.5 and kg[1] / kg[0] == 2.5 and off(rev[1], rev[0] * 1.2),
            "PLANTED 2027 output and revenue ×2,5 (+150 %) with the same 5 workers, no new investment or channel")
    p.check(close(rev[2] / rev[0], 3.5) and lines[2][2] == lines[2][0] == 240, "×3,5 in two years, wages unchanged")
    p.check(120 + 150 + 60 + 70 + 40 + 360 == 800 == 500 + 300 and 120 + 150 + 60 + 70 == 400 and 400 / 10 == 40,
            "capital 800, fixed 400, depreciation 40")
    prof = [s[2] for s in summ]
    a_ = sum(prof) / 3
    p.check(close(a_, 853.7, 0.001), "average profit 853,7")
    readings = [800 / (a_ + 40), 800 / a_, 800 / (prof[0] + 40), 800 / prof[0], 800 / (prof[1] + 40)]
    p.check(all(off(2.5, x, 20) for x in readings), "PLANTED stated 2,5 years vs 0,9 (average) … 3,6 (first year)")
    p.has("150.000 đồng/hũ", "650.000 đồng/túi", "(182,3 + 936,7 + 1.442) : 3 ≈ 853,7",
          "thời gian hoàn vốn của phương án khoảng 2,5 năm", "Tổng vốn đầu tư 800 triệu đồng", "khoảng 2.000 kg/năm",
          "khoảng 800 kg củ khô/năm", "khoảng 8.000 kg bột/năm", "Các kênh này được duy trì trong suốt giai đoạn 2026–2028",
          "5 lao động thường xuyên trong cả giai đoạn", "bản cam kết bảo đảm an toàn thực phẩm", "tự công bố",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "túi lọc bụi")
    p.lacks(r"đăng ký|mã số|hợp đồng hợp tác|chứng thực|thông báo thành lập|giấy chứng nhận đăng|giấy phép kinh doanh",
            "PLANTED no registration, cooperation contract, tax code or notice")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("ar11_banh_uot_thach_lac_so_sai")
    a.check(50 * 20000 == 1e6, "50 kg × 20.000 đ = 1 triệu a day")
    a.has("khoảng 50 kg bánh", "20.000 đồng/kg", "giấy chứng nhận đăng ký hộ kinh doanh năm 2022", "chợ Thạch Lạc")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|vốn đầu tư|doanh thu|lợi nhuận", "genuine gaps")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ar12_giam_chuoi_huong_binh_so_sai")
    b.check(3000 * 25000 == 75e6, "3.000 lít × 25.000 đ = 75 triệu a year (not stated)")
    b.has("khoảng 3.000 lít", "25.000 đồng/lít", "Nhóm chưa đăng ký kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"giấy chứng nhận|mã số|hợp đồng|an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường|cửa hàng|chợ|đại lý|facebook"
            r"|khách hàng|bán cho|bán tại", "genuine gaps: no registration, channel or compliance")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def shared_sentences(plans: list[Plan]) -> Plan:
    """No sentence of 12 words or more appears in two plans (boilerplate is not what this set measures)."""
    p = Plan("ar01_keo_cu_do_tien_dien_cty")
    p.failures = []
    seen: dict[str, str] = {}
    for q in plans:
        for s in re.split(r"(?<=[.;:!?])\s+|\n", q.body):
            s = " ".join(s.split())
            if len(s.split()) >= 12 and not s.startswith("|"):
                if s in seen and seen[s] != q.stem:
                    p.failures.append(f"sentence shared by {seen[s]} and {q.stem}: {s[:80]}")
                seen.setdefault(s, q.stem)
    p.stem = "(no sentence shared across plans)"
    return p


def main() -> int:
    plans = [fn() for fn in (ar01, ar02, ar03, ar04, ar05, ar06, ar07, ar08, ar09, ar10)] + sketchy()
    return plancheck.report(plans + [shared_sentences(plans)])


if __name__ == "__main__":
    sys.exit(main())
