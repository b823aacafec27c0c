"""The fourth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout4/arithmetic.py

For every plan with numbers (the two sketchy ones have one sentence each, checked too): revenue =
quantity x price, cost lines sum to the total, profit = revenue - cost, tax, investment items =
capital sources = total, payback, raw-material need vs supply, output vs capacity, growth. Planted
defects are asserted wrong by more than 5 % and everything else right (within 1 %). Table figures
are read from the plan's source; figures quoted from running text are looked up verbatim, so the
numbers cannot drift from the text. The textual planted defects (outdated instruments, no
environmental measure, no label, no registration, no food-safety licence, no product standard,
placeholders, a second product name, two worker counts) are asserted too.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import Y, close, lines_sum, off, vn  # noqa: E402,F401


class Plan(plancheck.Plan):
    src = HERE / "src"


def n01() -> Plan:
    p = Plan("n01_nuoc_mam_xuan_hoi_cty")
    Y5 = range(5)
    a, b = p.row("Nước mắm nhĩ 40 độ đạm, chai", 5), p.row("Nước mắm 30 độ đạm, chai", 5)
    litres, fish, salt = p.row("Tổng lượng nước mắm", 5), p.row("Cá cơm nguyên liệu cần", 5), p.row("Muối hạt cần", 5)
    workers = p.row("Lao động thường xuyên", 5)
    rev, ra, rb = p.row("Doanh thu |", 5), p.row("Nước mắm nhĩ 40 độ đạm (110.000", 5), p.row("Nước mắm 30 độ đạm (65.000", 5)
    cost = p.row("Tổng chi phí", 5)
    lines = [p.row(x, 5) for x in ("Cá cơm nguyên liệu (20.000", "Muối hạt (3.000", "Chai, nắp, nhãn, thùng",
                                    "Tiền lương, bảo hiểm", "Điện, nước", "Khấu hao tài sản", "Lãi vay",
                                    "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế", 5), p.row("Thuế thu nhập", 5), p.row("Lợi nhuận sau thuế", 5)
    wage = [7000, 7000, 7500, 7500, 8000]
    for y in Y5:  # financial table in thousand đồng
        p.check(litres[y] == a[y] * 0.5 + b[y], f"litres {y}")
        p.check(close(fish[y], litres[y] / 500) and close(salt[y], fish[y] / 3), f"fish 500 l/t, salt 3:1 {y}")
        p.check(fish[y] <= 150 and (y >= 3 or fish[y] <= 120), f"fermentation capacity {y}")
        p.check(close(ra[y], a[y] * 110) and close(rb[y], b[y] * 65) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 20000) and close(lines[1][y], salt[y] * 3000), f"fish, salt {y}")
        p.check(close(lines[2][y], a[y] * 10 + b[y] * 7) and close(lines[4][y], litres[y] * 2), f"bottles, power {y}")
        p.check(close(lines[3][y], workers[y] * wage[y] * 12), f"wages {y}")
        p.check(close(lines[6][y], [2000, 1500, 1000, 500, 0][y] * 80, 0.001) if y < 4 else lines[6][y] == 0, f"interest {y}")
        p.check(close(lines[7][y], rev[y] * 0.08), f"selling 8 % {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17)
                and close(post[y], pre[y] - tax[y]), f"profit and tax {y}")
    items = [p.one(x) for x in ("Nhà chiết rót", "Dây chuyền chiết rót", "6 thùng ủ chượp", "Hệ thống xử lý nước thải",
                                "Kho thành phẩm 100", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 3200 == 1200 + 2000, "capital")
    p.check(sum(items[:5]) == 2400 and 2400 / 10 == 240 and 140 + 240 == lines[5][0] / 1000, "depreciation")
    avg = sum(round(x / 1000, 1) for x in post) / 5
    p.check(close(avg, 1395.9, 0.001) and close(3200 / (avg + 240), 2.0, 0.03), "payback")
    p.check(close(litres[0] / 44000, 1.09) and close(post[0] / rev[0], 0.14, 0.03) and close(post[4] / rev[4], 0.21, 0.03),
            "growth 9 %, margins 14 % and 21 %")
    p.check(close(rev[0] / 1e6, 6.22, 0.001) and close(rev[4] / 1e6, 8.79, 0.001), "revenue in tỷ")
    p.has("(878,5 + 1.208,5 + 1.458,8 + 1.621,5 + 1.812,1) : 5 = 1.395,9", "3.200 : (1.395,9 + 240) ≈ 2,0 năm",
          "khoảng 150 tấn cá cơm/năm", "24 thùng", "30 thùng gỗ, mỗi thùng 5 tấn cá", "1.200 triệu đồng",
          "2.000 triệu đồng", "110.000 đồng/chai", "65.000 đồng/chai")
    return p


def n02() -> Plan:
    p = Plan("n02_cam_chanh_duc_lien_htx")
    area, young, tons = p.row("Diện tích cho thu hoạch"), p.row("Diện tích kiến thiết"), p.row("Tổng sản lượng cam")
    g = [p.row("Cam loại 1 (60%)"), p.row("Cam loại 2 (30%)"), p.row("Cam loại 3 (10%)")]
    rev, r = p.row("Doanh thu |"), [p.row("Cam loại 1 (18.000"), p.row("Cam loại 2 (12.000"), p.row("Cam loại 3 (5.000")]
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Chi phí sản xuất vườn", "Chăm sóc diện tích kiến thiết", "Thùng carton, tem",
                                 "Lương bộ máy HTX", "Vận chuyển, bán hàng", "Khấu hao tài sản", "Lãi vay",
                                 "Quản lý, chứng nhận")]
    prof = p.row("Lợi nhuận |")
    staff, wage = [6, 6, 7], [6.5, 6.5, 7]
    for y in Y:
        p.check(area[y] + young[y] == 25 and close(tons[y], area[y] * 18), f"area, tonnes {y}")
        p.check(all(close(g[i][y], tons[y] * s) for i, s in enumerate((0.6, 0.3, 0.1))), f"grades {y}")
        p.check(all(close(r[i][y], g[i][y] * pr) for i, pr in enumerate((18, 12, 5))) and close(rev[y], sum(x[y] for x in r)),
                f"revenue {y}")
        p.check(close(lines[0][y], area[y] * 110) and close(lines[1][y], young[y] * 35), f"orchard costs {y}")
        p.check(close(lines[2][y], g[0][y] + g[1][y]) and close(lines[3][y], staff[y] * wage[y] * 12), f"cartons, wages {y}")
        p.check(close(lines[4][y], rev[y] * 0.06) and close(lines[6][y], [1000, 750, 500][y] * 0.072), f"selling, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(tons[y] / 120 <= 4, f"packhouse throughput {y}")
    items = [p.one(x) for x in ("Nhà sơ chế, đóng gói", "Kho mát 50", "Hệ thống tưới", "Máy rửa", "Thiết kế bao bì",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 2400 == 900 + 1000 + 500, "capital")
    p.check(sum(items[:4]) == 1950 and 55 + 1950 / 10 == 250, "depreciation")
    avg = sum(prof) / 3
    p.check(close(avg, 1840.3, 0.001) and close(2400 / avg, 1.3, 0.03), "payback")
    p.check(close(tons[0] / 330, 1.09) and close(rev[0] / 1000, 5.36, 0.01) and close(rev[2] / 1000, 6.7, 0.01),
            "growth 9 %, revenue 5,3 / 6,7 tỷ")
    p.has("(1.433,2 + 1.933,9 + 2.153,7) : 3 = 1.840,3", "2.400 : 1.840,3 ≈ 1,3 năm", "18.000 đồng/kg",
          "Tổng nguồn vốn 2.400 triệu đồng")
    return p


def n03() -> Plan:
    p = Plan("n03_nha_vuon_truong_luu")
    nights, meals, exp = p.row("Đêm nghỉ của khách"), p.row("Suất ăn phục vụ"), p.row("Lượt khách trải nghiệm")
    rev, parts = p.row("Doanh thu |"), [p.row(x) for x in ("Lưu trú (250.000", "Ăn uống (120.000", "Trải nghiệm (150.000",
                                                          "Bán quà lưu niệm")]
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Thực phẩm, đồ uống", "Giá vốn hàng lưu niệm", "Thù lao nghệ nhân", "Lương nhân viên",
                                 "Điện, nước, giặt", "Khấu hao |", "Lãi vay", "Quảng bá, hoa hồng", "Bảo trì")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế GTGT"), p.row("Lợi nhuận sau thuế")
    staff, wage = [6, 7, 7], [6, 6, 6.5]
    for y in Y:
        p.check(close(parts[0][y], nights[y] * 0.25) and close(parts[1][y], meals[y] * 0.12)
                and close(parts[2][y], exp[y] * 0.15) and close(rev[y], sum(x[y] for x in parts)), f"revenue {y}")
        p.check(close(lines[0][y], parts[1][y] * 0.45) and close(lines[1][y], parts[3][y] * 0.6)
                and close(lines[2][y], parts[2][y] * 0.3), f"variable costs {y}")
        p.check(close(lines[3][y], staff[y] * wage[y] * 12) and close(lines[6][y], [800, 600, 400][y] * 0.08), f"wages, interest {y}")
        p.check(close(lines[7][y], (parts[0][y] + parts[2][y]) * 0.08), f"commissions {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], rev[y] * 0.05) and close(post[y], pre[y] - tax[y]),
                f"profit and tax {y}")
        p.check(nights[y] <= 20 * 365, f"bed-nights capacity {y}")
    p.check(450 + 300 + 200 + 150 + 150 + 50 + 200 == 1500 == 700 + 800, "capital")
    p.check(1500 - 50 - 200 == 1250 and 1250 / 10 + 25 == lines[5][0], "depreciation")
    avg = sum(post) / 3
    p.check(close(avg, 418.2, 0.001) and close(1500 / (avg + 150), 2.6, 0.03), "payback")
    p.check(close(nights[2] / 7300, 0.44, 0.01) and 2 * 2 + 10 == 14 and 5 * 2 + 10 == 20, "occupancy, beds")
    p.has("(294,5 + 408,2 + 552,0) : 3 = 418,2", "1.500 : (418,2 + 150) ≈ 2,6 năm", "khoảng 1,77 tỷ đồng",
          "khoảng 2,35 tỷ đồng", "tối đa 7.300 đêm khách/năm", "khoảng 44% công suất")
    return p


def n04() -> Plan:
    p = Plan("n04_go_my_nghe_thai_yen_tht")
    k, h, d = p.row("Khay trà gỗ chạm"), p.row("Hộp đựng chè"), p.row("Bộ đĩa gỗ 6")
    need, carvers, avail, wood = p.row("Số công lao động cần"), p.row("Số thợ"), p.row("Số công lao động có thể"), p.row("Gỗ xẻ cần")
    rev, rk, rh, rd = p.row("Doanh thu |"), p.row("Khay trà (950.000"), p.row("Hộp gỗ (320.000"), p.row("Bộ đĩa (250.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gỗ xẻ (9", "Dầu lau gỗ", "Tiền công thợ", "Điện, sấy", "Hộp, túi đóng gói",
                                 "Khấu hao máy", "Lãi vay", "Bán hàng, hội chợ", "Quản lý tổ")]
    prof = p.row("Lợi nhuận (A")
    for y in Y:
        p.check(close(rk[y], k[y] * 0.95) and close(rh[y], h[y] * 0.32) and close(rd[y], d[y] * 0.25)
                and close(rev[y], rk[y] + rh[y] + rd[y]), f"revenue {y}")
        p.check(close(need[y], k[y] * 1.5 + h[y] * 0.5 + d[y] * 0.3) and avail[y] == carvers[y] * 200
                and need[y] <= avail[y], f"workdays within capacity {y}")
        p.check(close(wood[y], k[y] * 0.015 + h[y] * 0.005 + d[y] * 0.004) and wood[y] <= 35, f"timber within contract {y}")
        p.check(close(lines[0][y], wood[y] * 9) and close(lines[1][y], (k[y] * 40 + h[y] * 15 + d[y] * 10) / 1000),
                f"timber, finishes {y}")
        p.check(close(lines[2][y], need[y] * 0.25) and close(lines[4][y], (k[y] + h[y] + d[y]) * 0.02), f"labour, boxes {y}")
        p.check(close(lines[6][y], [300, 200, 100][y] * 0.075) and close(lines[7][y], rev[y] * 0.08), f"interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    p.check(280 + 120 + 150 + 90 + 70 + 40 + 150 == 900 == 400 + 300 + 200, "capital")
    p.check(280 + 120 + 150 + 90 + 70 == 710 and close(710 / 100, 7, 0.02), "depreciation about 7 years")
    avg = sum(prof) / 3
    p.check(close(avg, 307.2, 0.001) and close(900 / (avg + 100), 2.2, 0.03), "payback")
    p.check(close(450 * 0.95 + 1100 * 0.32 + 800 * 0.25, 980, 0.005), "2025 revenue about 980")
    p.check(0.83 <= need[0] / avail[0] <= 0.84 and 0.91 <= need[2] / avail[2] <= 0.92, "84-91 % of workdays")
    p.has("(224,8 + 310,2 + 386,7) : 3 = 307,2", "900 : (307,2 + 100) ≈ 2,2 năm", "hợp đồng 35 m³/năm",
          "doanh thu khoảng 980 triệu đồng")
    return p


def n05() -> Plan:
    p = Plan("n05_gio_bo_yen_ho_cty")
    a, b, kg, beef, workers = (p.row("Giò bò cây 500 g"), p.row("Giò bò cây 1 kg"), p.row("Tổng sản lượng giò"),
                               p.row("Thịt bò nguyên liệu"), p.row("Lao động |"))
    rev, ra, rb = p.row("Doanh thu |"), p.row("- Giò cây 500 g (175.000"), p.row("- Giò cây 1 kg (340.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("- Thịt bò (220.000", "- Gia vị, lá chuối", "- Tiền lương công nhân", "- Điện, nước, gas",
                                 "- Khấu hao", "- Lãi vay", "- Bán hàng, vận chuyển", "- Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    wage = [6.5e6, 6.5e6, 7e6]
    for y in Y:  # table in đồng
        p.check(kg[y] == a[y] * 0.5 + b[y] and close(beef[y], kg[y] * 0.8), f"kg, beef {y}")
        p.check(close(ra[y], a[y] * 175000) and close(rb[y], b[y] * 340000) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], beef[y] * 220000) and close(lines[1][y], kg[y] * 15000)
                and close(lines[3][y], kg[y] * 6000), f"per-kg costs {y}")
        p.check(close(lines[2][y], workers[y] * wage[y] * 12) and close(lines[5][y], [1200, 900, 600][y] * 0.08 * 1e6),
                f"wages, interest {y}")
        p.check(close(lines[6][y], rev[y] * 0.05) and close(cost[y], lines_sum(lines, y)), f"selling, cost sum {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"tax follows the written profit {y}")
        p.check(beef[y] / 12 <= 2000 and kg[y] <= 150 * 300, f"beef contract and capacity {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2026 and 2028 profit right")
    p.check(close(rev[1] - cost[1], 1.643e9) and off(pre[1], rev[1] - cost[1]), "PLANTED 2027 profit 1.840 != 1.643 triệu")
    avg = sum(post) / 3 / 1e6
    p.check(close(avg, 1388.3, 0.001) and close(2600 / avg, 1.9, 0.03), "payback from the written profits")
    true_avg = (post[0] + (rev[1] - cost[1]) * 0.83 + post[2]) / 3 / 1e6
    p.check(close(2600 / true_avg, 1.95, 0.01), "true payback ≈ 1,95 (tolerated knock-on)")
    p.check(900 + 450 + 520 + 450 + 80 + 200 == 2600 == 1400 + 1200, "capital")
    p.check(close(kg[0] / 17500, 1.2) and close(rev[0] / 1e9, 7.26, 0.001) and close(rev[2] / 1e9, 10.02, 0.001),
            "growth, revenue in tỷ")
    p.check(workers[0] == 14 and 3 + 15 + 4 == 22, "worker counts")
    p.has("Công ty hiện có 14 lao động", "Hiện nay tổng số lao động của công ty là 22 người")  # PLANTED figure-inconsistent
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|thu gom|bể lắng|tự hoại|mùi hôi|khí thải",
            "PLANTED no environmental measure anywhere")
    return p


def n06() -> Plan:
    p = Plan("n06_ruou_nep_cai_quang_loc_htx")
    c, b, litres, rice, workers = (p.row("Rượu chai 500 ml"), p.row("Rượu bình gốm 1,5"), p.row("Tổng lượng rượu"),
                                   p.row("Gạo nếp cái cần"), p.row("Lao động |"))
    rev, rc, rb = p.row("Doanh thu |"), p.row("Chai 500 ml (85.000"), p.row("Bình gốm 1,5 lít (260.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo nếp cái hoa vàng (22.000", "Men lá, củi", "Chai, bình gốm", "Tiền công lao động",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá", "Kiểm nghiệm, vận hành")]
    prof = p.row("Lợi nhuận trước thuế")
    wage = [6, 6, 6.5]
    supply = 8 * 4.5 * 0.6 * 1000
    for y in Y:
        p.check(litres[y] == c[y] * 0.5 + b[y] * 1.5 and close(rice[y], litres[y] / 0.6), f"litres, rice 0,6 l/kg {y}")
        p.check(close(rc[y], c[y] * 0.085) and close(rb[y], b[y] * 0.26) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.022) and close(lines[1][y], litres[y] * 0.006)
                and close(lines[2][y], c[y] * 0.009 + b[y] * 0.04), f"rice, yeast, bottles {y}")
        p.check(close(lines[3][y], workers[y] * wage[y] * 12) and close(lines[5][y], [800, 600, 400][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.06), f"wages, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rice[y] <= 2 * 200 * 220, f"still capacity {y}")
    p.check(close(supply, 21600, 0.001) and rice[0] <= supply and rice[1] <= supply, "2026-2027 rice within the 21,6 t supply")
    p.check(off(rice[2], supply) and close(rice[2], 27000), "PLANTED 2028 needs 27 t > 21,6 t")
    items = [p.one(x) for x in ("Nâng cấp, mở rộng nhà xưởng", "Hệ thống nồi chưng cất", "Chum sành, bồn", "Máy lọc, máy chiết",
                                "Hầm biogas", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1850, "investment items = total 1.850")
    p.check(off(600 + 800 + 300, 1850), "PLANTED sources 1.700 != 1.850")
    avg = sum(prof) / 3
    p.check(close(avg, 495.5, 0.001) and close(1850 / (avg + 150), 2.9, 0.03), "payback on the written total")
    p.check(close(litres[0] / 9200, 1.17, 0.01) and close(rev[0] / 1000, 1.85, 0.01) and close(rev[2] / 1000, 2.77, 0.01),
            "growth, revenue in tỷ")
    p.has("khoảng 21,6 tấn gạo nếp/năm", "1 kg gạo nếp cái cho 0,6 lít rượu", "HTX không mua nếp trôi nổi",
          "Vốn góp của thành viên và quỹ đầu tư phát triển của HTX: 600 triệu đồng",
          "Chi nhánh Can Lộc: 800 triệu đồng".replace("Chi nhánh", "chi nhánh"), "tỉnh: 300 triệu đồng",
          "(336,0 + 453,2 + 697,4) : 3 = 495,5", "1.850 : (495,5 + 150) ≈ 2,9 năm",
          "Quyết định số 1048/QĐ-TTg", "Nghị định số 38/2012/NĐ-CP")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|15/2018", "PLANTED only the replaced instruments are cited")
    p.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh")
    return p


def n07() -> Plan:
    p = Plan("n07_tinh_bot_nghe_huong_trach")
    jars, bags, kg, fresh = p.row("Hũ thủy tinh 100 g"), p.row("Túi zip 500 g"), p.row("Tổng tinh bột nghệ"), p.row("Củ nghệ tươi cần")
    rev, rj, rb = p.row("Doanh thu |"), p.row("Hũ 100 g (90.000"), p.row("Túi 500 g (400.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Củ nghệ tươi (10.000", "Hũ thủy tinh, túi zip, hộp", "Tiền công lao động", "Điện, nước",
                                 "Khấu hao máy", "Lãi vay", "Bán hàng, vận chuyển", "Kiểm nghiệm, chi phí khác")]
    prof = p.row("Lợi nhuận |")
    workers, wage = [4, 5, 5], [5, 5, 5.5]
    for y in Y:
        p.check(kg[y] == jars[y] * 0.1 + bags[y] * 0.5 and close(fresh[y], kg[y] * 22 / 1000), f"kg, fresh 22:1 {y}")
        p.check(close(rj[y], jars[y] * 0.09) and close(rev[y], rj[y] + rb[y]), f"jar revenue, revenue sum {y}")
        p.check(close(lines[0][y], fresh[y] * 10) and close(lines[1][y], jars[y] * 0.007 + bags[y] * 0.006)
                and close(lines[3][y], kg[y] * 0.02), f"per-unit costs {y}")
        p.check(close(lines[2][y], workers[y] * wage[y] * 12) and close(lines[5][y], [300, 225, 150][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.08), f"wages, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit follow written revenue {y}")
        p.check(fresh[y] <= 24 + 40 and kg[y] <= 1500, f"turmeric supply and dryer capacity {y}")
    p.check(close(rb[0], bags[0] * 0.4) and close(rb[2], bags[2] * 0.4), "2026, 2028 bag revenue right")
    p.check(close(bags[1] * 0.4, 200) and off(rb[1], bags[1] * 0.4), "PLANTED 2027 bag revenue 280 != 500 x 400.000 = 200")
    true_rev = rj[1] + bags[1] * 0.4
    p.check(close(true_rev, 875) and off(rev[1], true_rev), "PLANTED 2027 revenue 955 != 875")
    true_prof = true_rev - (cost[1] - lines[6][1] + true_rev * 0.08)
    p.check(off(prof[1], true_prof) and close(true_prof, 106.5, 0.01), "2027 profit wrong against true revenue (tolerated)")
    p.check(120 + 90 + 180 + 150 + 30 + 80 == 650 == 350 + 300 and (120 + 90 + 180 + 150) / 9 == 60, "capital, depreciation")
    avg = sum(prof) / 3
    p.check(close(avg, 141.0, 0.001) and close(650 / avg, 4.6, 0.03), "payback from the written profits")
    p.check(close(430 / 520 * 1000, 827, 0.005) and close(kg[0] / 520, 1.54, 0.01), "2025 price, growth")
    p.has("(58,6 + 180,1 + 184,4) : 3 = 141,0", "650 : 141,0 ≈ 4,6 năm", "khoảng 64 tấn/năm")
    p.check(p.count("Tinh bột nghệ Phúc Thịnh") == 2 and p.count("Tinh bột nghệ Mỹ Hạnh") >= 3,
            "PLANTED second product name twice, in SWOT and market")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|QCVN|TCVN", "PLANTED no product standard or declaration anywhere")
    return p


def n08() -> Plan:
    p = Plan("n08_ca_com_kho_ky_xuan_tht")
    fresh, dry, g1, g2, workers = (p.row("Cá cơm tươi đưa vào"), p.row("Cá cơm khô thành phẩm"), p.row("Loại 1 (túi"),
                                   p.row("Loại 2 (bán"), p.row("Lao động |"))
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Cá khô loại 1 (180.000"), p.row("Cá khô loại 2 (90.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá cơm tươi (15.000", "Muối, nước rửa", "Điện, than sấy", "Túi, thùng, nhãn",
                                 "Tiền công lao động", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    prof = p.row("Lợi nhuận |")
    wage = [5, 5, 5.5]
    capacity = 2 * 250 * 2 * 100 / 1000
    for y in Y:
        p.check(fresh[y] == dry[y] * 4 and close(g1[y], dry[y] * 0.7) and close(g2[y], dry[y] * 0.3), f"fish 4:1, grades {y}")
        p.check(close(r1[y], g1[y] * 180) and close(r2[y], g2[y] * 90) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 15) and close(lines[1][y], dry[y] * 2) and close(lines[2][y], fresh[y] * 3)
                and close(lines[3][y], dry[y] * 6), f"per-unit costs {y}")
        p.check(close(lines[4][y], workers[y] * wage[y] * 12) and close(lines[6][y], [400, 300, 200][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.05), f"wages, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(fresh[y] <= 300 * 0.4, f"fish landings {y}")
    p.check(capacity == 100 and fresh[0] <= capacity and fresh[1] <= capacity, "2026-2027 within the dryers' 100 t")
    p.check(off(fresh[2], capacity) and fresh[2] == 120, "PLANTED 2028 needs 120 t of fresh fish > 100 t")
    p.check(close(dry[2] / dry[1], 1.5), "2028 output +50 % (tolerated unrealistic-growth)")
    items = [p.one(x) for x in ("2 lò sấy bơm nhiệt", "Nhà sơ chế 120", "Kho lạnh 10", "Máy hút chân không",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(items[0] == 2 * 180 and sum(items) == 1340, "investment items sum to 1.340")
    p.check(p.one("Tổng cộng") == 1240 and off(1240, sum(items)), "PLANTED table total 1.240 != 1.340")
    p.check(640 + 400 + 200 == 1240, "sources match the written total (capital-mismatch tolerated)")
    avg = sum(prof) / 3
    p.check(close(avg, 673.7, 0.001) and close(1240 / (avg + 120), 1.6, 0.03), "payback on the written total")
    p.check(close(1340 / (avg + 120), 1.7, 0.03), "payback on the true total ≈ 1,7 (tolerated)")
    p.check(close(1600 / 11, 145, 0.01) and close(rev[0] / 1000, 2.45, 0.01) and close(rev[2] / 1000, 4.59, 0.01),
            "2025 price, revenue in tỷ")
    p.has("mỗi lò sấy được 250 kg cá tươi/mẻ, mỗi ngày 2 mẻ", "khoảng 100 ngày có cá", "khoảng 100 tấn cá tươi/năm",
          "không phơi ngoài trời", "(353,6 + 563,0 + 1.104,5) : 3 = 673,7", "1.240 : (673,7 + 120) ≈ 1,6 năm",
          "Tổng nguồn vốn 1.240 triệu đồng")
    return p


def n09() -> Plan:
    p = Plan("n09_che_lam_phu_viet_cty")
    boxes, bags, kg = p.row("Chè lam hộp 250 g"), p.row("Chè lam túi 500 g"), p.row("Tổng sản lượng")
    rev, rbx, rbg = p.row("Doanh thu |"), p.row("Hộp 250 g (48.000"), p.row("Túi 500 g (85.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Nguyên liệu (nếp", "Hộp, túi, nhãn", "Tiền lương", "Điện, gas", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, vận chuyển", "Quản lý, chi phí khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    workers, wage, rate = [9, 10, 11], [5.5, 5.5, 6], [0.15, 0.15, 0.17]
    for y in Y:
        p.check(kg[y] == boxes[y] * 0.25 + bags[y] * 0.5, f"kg {y}")
        p.check(close(rbx[y], boxes[y] * 0.048) and close(rbg[y], bags[y] * 0.085) and close(rev[y], rbx[y] + rbg[y]), f"revenue {y}")
        p.check((rev[y] >= 3000) == (rate[y] == 0.17), f"tax rate by revenue band {y}")
        p.check(close(lines[0][y], kg[y] * 0.048) and close(lines[1][y], boxes[y] * 0.0035 + bags[y] * 0.004)
                and close(lines[3][y], kg[y] * 0.004), f"per-unit costs {y}")
        p.check(close(lines[2][y], workers[y] * wage[y] * 12) and close(lines[5][y], [700, 525, 350][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.08), f"wages, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * rate[y]) and close(post[y], pre[y] - tax[y]),
                f"profit and tax {y}")
        p.check(kg[y] <= 100 * 250, f"capacity {y}")
    p.check(500 + 300 + 200 + 60 + 340 == 1400 == 700 + 700, "capital")
    avg = sum(post) / 3
    p.check(close(avg, 620.1, 0.001) and close(1400 / avg, 2.26, 0.01) and close(1400 / (avg + 130), 1.87, 0.01),
            "true payback 2,3 (1,9 with depreciation)")
    p.check(off(1.2, 1400 / avg) and off(1.2, 1400 / (avg + 130)), "PLANTED stated payback 1,2 years")
    p.check(close(1800 / 10, 180) and close(rev[0] / kg[0] * 1000, 182, 0.01), "price per kg 2025 vs plan")
    p.check(close(rev[0] / 1000, 2.46, 0.001) and close(rev[2] / 1000, 3.38, 0.002), "revenue in tỷ")
    p.has("vốn đầu tư 1.400 triệu đồng trong khoảng 1,2 năm", "Email: ……", "Website: ……", "Mã số mã vạch: ……")  # PLANTED
    p.lacks(r"ATTP|đủ điều kiện|giấy chứng nhận cơ sở|cam kết (bảo đảm|đảm bảo|sản xuất) (an toàn|thực phẩm)",
            "PLANTED no food-safety certificate or commitment anywhere")
    p.check(p.count("an toàn thực phẩm") == 1, "one generic food-safety phrase only")
    return p


def n10() -> Plan:
    p = Plan("n10_tinh_dau_sa_son_ninh")
    c10, c100, bulk, litres, leaf, workers = (p.row("Chai 10 ml |"), p.row("Chai 100 ml |"), p.row("Tinh dầu bán can"),
                                              p.row("Tổng lượng tinh dầu"), p.row("Lá sả tươi cần"), p.row("Lao động |"))
    rev, r10, r100, rb = p.row("Doanh thu |"), p.row("Chai 10 ml (45.000"), p.row("Chai 100 ml (280.000"), p.row("Bán can (600.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Lá sả tươi (1.200", "Chai, hộp, can", "Tiền công lao động", "Củi, điện", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng cáo", "Chi phí khác")]
    prof = p.row("Lợi nhuận |")
    for y in Y:
        p.check(close(litres[y], c10[y] * 0.01 + c100[y] * 0.1 + bulk[y]) and close(leaf[y], litres[y] / 5), f"litres, 5 l/t {y}")
        p.check(close(r10[y], c10[y] * 0.045) and close(r100[y], c100[y] * 0.28) and close(rb[y], bulk[y] * 0.6)
                and close(rev[y], r10[y] + r100[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 1.2) and close(lines[1][y], c10[y] * 0.006 + c100[y] * 0.018 + bulk[y] * 0.02)
                and close(lines[3][y], leaf[y] * 0.8), f"per-unit costs {y}")
        p.check(close(lines[2][y], workers[y] * 60) and close(lines[5][y], 300 * 0.07) and close(lines[6][y], rev[y] * 0.1),
                f"wages, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(leaf[y] <= 500 * 3 * 300 / 1000 and leaf[y] <= 12 * 40, f"distiller and 12 ha on paper {y}")
    p.check(leaf[2] > 3 * 40, "2028 needs the 9 ha not yet contracted (tolerated material-shortfall)")
    growth = [rev[1] / rev[0], rev[2] / rev[1]]
    p.check(growth[0] > 2.5 and growth[1] > 2.4 and rev[0] / 70 > 8 and prof[2] / rev[2] > 0.4,
            "PLANTED revenue ×2,7 then ×2,5 after ~70 triệu in 2025, margin 44 %")
    p.check(350 + 200 + 50 + 100 == 700 == 400 + 300 and (350 + 200 + 50) / 10 == 60, "capital, depreciation")
    avg = sum(prof) / 3
    p.check(close(avg, 822.7, 0.001) and close(700 / avg, 0.85, 0.01), "payback 0,85 written ≈ 0,9")
    p.has("khoảng 120 lít tinh dầu", "doanh thu khoảng 70 triệu đồng", "Facebook và Zalo", "700 : 822,7 ≈ 0,9 năm",
          "Doanh thu năm 2028 đạt trên 4 tỷ đồng")
    p.lacks(r"nhãn|\btem\b|mã vạch|\bQR\b|43/2017|111/2021", "PLANTED no label content or labelling decree anywhere")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|tổ hợp tác",
            "PLANTED no business registration anywhere")
    return p


def sketchy() -> list[Plan]:
    a = Plan("n11_ga_doi_son_long_so_sai")
    a.check(close(3000 * 1.8 * 130000, 700e6), "chicken revenue sentence")
    a.has("khoảng 3.000 con", "1,8 kg/con", "130.000 đồng/kg", "khoảng 700 triệu đồng")
    a.check(len(a.rows) == 0, "no table")
    b = Plan("n12_nam_so_thach_ngoc_so_sai")
    b.check(15000 * 35000 == 525e6, "mushroom revenue sentence")
    b.has("khoảng 15 tấn nấm tươi", "35.000 đồng/kg", "khoảng 525 triệu đồng", "khoảng 300 triệu đồng")
    b.check(len(b.rows) == 0, "no table")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (n01, n02, n03, n04, n05, n06, n07, n08, n09, n10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
