"""The twenty-eighth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout28/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no label, no environmental measure, no food safety, replaced
instruments cited, no trademark, no registration, no product standard, no sales channel, a
second producer name, two worker counts) are asserted too, as is the absence of template
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
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402


class Plan(plancheck.Plan):
    src = HERE / "src"


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def ac01() -> Plan:
    p = Plan("ac01_trung_vit_bac_thao_cam_trung_htx")
    box, loose, tot, fresh, lab = (p.row("Trứng bắc thảo hộp 6 quả"), p.row("Trứng bắc thảo quả rời"),
                                   p.row("Tổng số trứng thành phẩm"), p.row("Trứng vịt tươi cần dùng"),
                                   p.row("Lao động chế biến"))
    rev, rb, rl = p.row("Tổng doanh thu"), p.row("Trứng hộp 6 quả (48.000"), p.row("Trứng quả rời (6.500")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Trứng vịt tươi (3.000", "Vôi, tro, muối", "Hộp, khay, màng co", "Tiền lương lao động",
                                 "Khấu hao tài sản", "Lãi vay ngân hàng", "Điện, nước", "Bán hàng, vận chuyển (4%",
                                 "Chi phí quản lý")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng; quantities in quả / hộp
        p.check(tot[y] == box[y] * 6 + loose[y] and close(fresh[y], tot[y] * 1.04), f"eggs, fresh 1,04 {y}")
        p.check(close(rb[y], box[y] * 0.048) and close(rl[y], loose[y] * 0.0065) and close(rev[y], rb[y] + rl[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.003) and close(lines[1][y], tot[y] * 0.0003)
                and close(lines[2][y], box[y] * 0.004 + loose[y] * 0.0002), f"per-egg costs {y}")
        p.check(close(lines[3][y], lab[y] * 5.5 * 12) and close(lines[4][y], 60)
                and close(lines[5][y], [400, 300, 200][y] * 0.07) and close(lines[7][y], rev[y] * 0.04),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(fresh[y] <= 480000 and tot[y] <= 120 * 400 * 10, f"480.000 quả reserved, 480.000 capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(tot[0] / 250000, 1.2) and close(412000 / 480000, 0.86, 0.01), "+20 % on 2025; 86 % of capacity")
    items = [300, 100, 80, 120, 50, 250]
    p.check(sum(items) == 900 == 400 + 400 + 100 and close(sum(items[:4]) / 10, 60), "capital 900, fixed 600, 60/năm")
    avg = sum(prof) / 3
    p.check(close(avg, 538) and close(900 / (avg + 60), 1.5, 0.01), "payback ≈ 1,5 năm")
    p.check(close(0.40 * 300000, 120000) and close(22500 * 6 / 300000, 0.45) and close(7500 * 6 / 300000, 0.15)
            and 22500 + 7500 == box[0], "2026 channel split")
    p.has("48.000 đồng/hộp", "6.500 đồng/quả", "Tổng vốn đầu tư: 900 triệu đồng", "400 + 400 + 100 = 900 triệu đồng",
          "900 : (538 + 60) ≈ 1,5 năm", "120 chum × 400 quả × 10 mẻ/năm = 480.000 quả/năm", "tối thiểu 480.000 quả/năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/VĐCT", "Nghị định 43/2017/NĐ-CP",
          "đơn đăng ký nhãn hiệu", "bể lắng 2 ngăn", "mã số 3001998452")
    p.lacks(r"1048/QĐ|490/QĐ|NQ 123|123/2018|01/2021/NĐ|919/QĐ", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ac02() -> Plan:
    p = Plan("ac02_tra_la_khoi_khe_giao_cty")
    box, bag, tp, dry, fresh, lab = (p.row("Trà túi lọc hộp 25 túi"), p.row("Lá khôi khô gói 200 g"),
                                     p.row("Thành phẩm quy đổi"), p.row("Lá khô cần dùng"), p.row("Lá tươi cần thu mua"),
                                     p.row("Lao động trực tiếp"))
    lines = [p.row(x) for x in ("Lá khôi tươi (40.000", "Bao bì: hộp", "Tiền lương lao động trực tiếp", "Nhiên liệu sấy",
                                 "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, quảng bá", "Quản lý doanh nghiệp",
                                 "Kiểm nghiệm, chứng nhận")]
    cost = p.row("Cộng chi phí")
    for y in Y:  # nghìn đồng
        yr = p.row(f"{2027 + y} |", 5)
        rev = box[y] * 65 + bag[y] * 90
        p.check(close(tp[y], box[y] * 0.05 + bag[y] * 0.2) and close(dry[y], tp[y] * 1.05) and close(fresh[y], dry[y] * 4),
                f"product kg, dry 1,05, fresh 4 {y}")
        p.check(close(lines[0][y], fresh[y] * 40) and close(lines[1][y], box[y] * 6 + bag[y] * 4)
                and close(lines[2][y], lab[y] * 6500 * 12) and close(lines[3][y], tp[y] * 40), f"unit costs {y}")
        p.check(close(lines[4][y], 150000) and close(lines[5][y], [1e6, 750e3, 500e3][y] * 0.08)
                and close(lines[6][y], rev * 0.08) and close(lines[7][y], 120000) and close(lines[8][y], 30000),
                f"depreciation, interest, selling, overheads {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(yr[0], rev) and close(yr[1], cost[y]) and close(yr[2], rev - cost[y])
                and close(yr[3], yr[2] * 0.17) and close(yr[4], yr[2] - yr[3]), f"summary row {y}")
        p.check(fresh[y] <= 20000 and box[y] * 25 <= 1800 * 6 * 250 and fresh[y] <= 2 * 100 * 180,
                f"leaves within 20.000 kg, packing 2.700.000 túi, dryer 36.000 kg {y}")
        if y:
            p.check(rev / (box[y - 1] * 65 + bag[y - 1] * 90) < 1.25, f"growth {y}")
    post = [p.row(f"{2027 + y} |", 5)[4] for y in Y]
    avg = sum(post) / 3
    p.check(close(avg, 903372) and close(2e6 / (avg + 150000), 1.9, 0.01), "payback ≈ 1,9 năm")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng", "2 lò sấy khí nóng", "Máy đóng túi lọc tự động", "Máy nghiền, sàng rung",
                                "Cân, máy co màng", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2e6 == 1e6 + 1e6 and sum(items[:5]) == 1.5e6, "capital 2.000.000, fixed 1.500.000")
    p.check(close(tp[0] / 2200, 1.36, 0.01) and close(20000 / fresh[2], 1.13, 0.01) and close(18000 / box[0], 0.45),
            "+36 % on 2025; supply 13 % above need; contracts 45 % of boxes")
    p.has("65.000 đồng/hộp", "90.000 đồng/gói", "Tổng vốn đầu tư của phương án là 2 tỷ đồng", "2.000.000 : 1.053.372 ≈ 1,9 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 02:2024/KG", "tự công bố sản phẩm",
          "Nghị định 43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu", "đăng ký môi trường", "mã số 3002154876")
    p.lacks(r"1048/QĐ|490/QĐ|123/2018|01/2021/NĐ|919/QĐ", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ac03() -> Plan:
    p = Plan("ac03_tui_tho_cam_rao_tre_tht")
    n = 4
    a, b, c, tot, cloth = (p.row("Túi đeo chéo", n), p.row("Túi tote", n), p.row("Ví cầm tay", n), p.row("Cộng |", n),
                           p.row("Vải thổ cẩm cần dệt", n))
    rev = [560, 682, 804, 926]
    parts = [(270, 200, 90), (324, 250, 108), (378, 300, 126), (432, 350, 144)]
    costs = [(43.2, 115.2, 62, 103.5, 9.9, 15, 56, 18), (52.65, 140.4, 75.6, 126, 12, 15, 68.2, 18),
             (62.1, 165.6, 89.2, 148.5, 14.1, 15, 80.4, 20), (71.55, 190.8, 102.8, 171, 16.2, 15, 92.6, 20)]
    cost_tot, prof = [422.8, 507.85, 594.9, 679.95], [137.2, 174.15, 209.1, 246.05]
    for y in range(n):  # triệu đồng, quoted from the running text
        p.check(tot[y] == a[y] + b[y] + c[y] and close(cloth[y], a[y] * 0.3 + b[y] * 0.45 + c[y] * 0.15), f"items, cloth {y}")
        p.check(close(parts[y][0], a[y] * 0.18) and close(parts[y][1], b[y] * 0.25) and close(parts[y][2], c[y] * 0.09)
                and close(rev[y], sum(parts[y])), f"revenue {y}")
        k = costs[y]
        p.check(close(k[0], cloth[y] * 0.045) and close(k[1], cloth[y] * 0.12)
                and close(k[2], a[y] * 0.02 + b[y] * 0.03 + c[y] * 0.008)
                and close(k[3], a[y] * 0.035 + b[y] * 0.045 + c[y] * 0.015) and close(k[4], tot[y] * 0.003)
                and close(k[6], rev[y] * 0.10), f"cost lines {y}")
        p.check(close(cost_tot[y], sum(k)) and close(prof[y], rev[y] - cost_tot[y]), f"cost, profit {y}")
        p.check(cloth[y] <= 14 * 0.5 * 200 + 500 and tot[y] <= 5 * 6 * 240, f"weaving 1.900 m, sewing 7.200 {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(60 + 40 + 20 + 30 + 35 + 65 == 250 == 170 + 80 and 60 + 40 + 20 + 30 == 150, "capital 250, fixed 150")
    avg = sum(prof) / 4
    p.check(close(avg, 191.6, 0.001) and close(250 / (191.6 + 15), 1.2, 0.01), "payback ≈ 1,2 năm")
    p.check(close(costs[0][1] + costs[0][3], 218.7) and close(costs[3][1] + costs[3][3], 361.8)
            and close(218.7 / 14 / 12, 1.3, 0.01) and close(361.8 / 14 / 12, 2.2, 0.03), "members' wages 1,3–2,2 tr/tháng")
    p.check(close(170 / 14, 12, 0.02) and close(tot[0] / 2600, 1.27, 0.01), "12 tr per member; +27 % on 2025")
    p.has("180.000 đồng/chiếc", "250.000 đồng/chiếc", "90.000 đồng/chiếc", "Tổng vốn đầu tư 250 triệu đồng",
          "doanh thu dự kiến 560 triệu đồng", "Chi phí năm 2026 là 422,8 triệu đồng", "Lợi nhuận năm 2026 là 137,2 triệu đồng",
          "Năm 2027 chi phí 507,85 triệu đồng (sợi 52,65; công dệt 140,4; phụ liệu 75,6; công may 126; thẻ, túi 12; khấu hao 15; bán hàng 68,2; chi chung 18), lợi nhuận 174,15 triệu đồng",
          "Năm 2028 chi phí 594,9 triệu đồng (sợi 62,1; công dệt 165,6; phụ liệu 89,2; công may 148,5; thẻ, túi 14,1; khấu hao 15; bán hàng 80,4; chi chung 20), lợi nhuận 209,1 triệu đồng",
          "Năm 2029 chi phí 679,95 triệu đồng (sợi 71,55; công dệt 190,8; phụ liệu 102,8; công may 171; thẻ, túi 16,2; khấu hao 15; bán hàng 92,6; chi chung 20), lợi nhuận 246,05 triệu đồng",
          "sợi, thuốc nhuộm 43,2 triệu đồng", "công dệt khoán 115,2 triệu đồng", "62 triệu đồng (20.000 đồng/túi đeo chéo",
          "công may khoán 103,5 triệu đồng", "thẻ treo, túi giấy 9,9 triệu đồng", "chi phí bán hàng 56 triệu đồng",
          "điện và chi phí chung 18 triệu đồng", "250 : (191,6 + 15) ≈ 1,2 năm", "thành viên góp 170 triệu đồng",
          "80 triệu đồng", "Giấy chứng nhận đăng ký tổ hợp tác số 05/GCN-THT", "TCCS 01:2026/RT", "Nghị định 43/2017/NĐ-CP",
          "nhãn hiệu \"Thổ cẩm Rào Tre\"")
    p.check(len([r for r in p.rows if r and r[0] in ("1", "2", "3", "4") and "triệu" in " ".join(r)]) == 0,
            "no financial table (figures in running text only)")
    p.lacks(r"1048/QĐ|490/QĐ|123/2018|01/2021/NĐ|919/QĐ|77/2019", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ac04() -> Plan:
    p = Plan("ac04_cheo_sup_song_ngan_pho_hkd")
    hrs, tour, guests, sessions, staff = (p.row("Lượt chèo theo giờ"), p.row("Khách đi tour hoàng hôn"), p.row("Tổng lượt khách"),
                                          p.row("Ca ván sử dụng"), p.row("Lao động thuê"))
    rh, rt, rev = p.row("Doanh thu chèo theo giờ"), p.row("Doanh thu tour"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Tiền lương lao động thuê", "Ăn nhẹ, nước uống", "Bảo hiểm khách (5.000", "Khấu hao |",
                                 "Bảo dưỡng, thay thế", "Quảng cáo, hoa hồng", "Thuê bãi bồi", "Điện, nước, chi khác",
                                 "Lãi vay |", "Thuế khoán")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận (A – B)")
    for y in Y:  # đồng
        p.check(guests[y] == hrs[y] + tour[y] and sessions[y] == hrs[y] + 2 * tour[y], f"guests, board sessions {y}")
        p.check(close(rh[y], hrs[y] * 150000) and close(rt[y], tour[y] * 350000) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], staff[y] * 6e6 * 12) and close(lines[1][y], tour[y] * 50000)
                and close(lines[2][y], guests[y] * 5000) and close(lines[3][y], 80e6)
                and close(lines[5][y], rev[y] * 0.10) and close(lines[8][y], [200e6, 150e6, 100e6][y] * 0.08)
                and close(lines[9][y], rev[y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(sessions[y] <= 20 * 4 * 200, f"16.000 board sessions {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(sessions[2] / 16000, 0.49, 0.01), "49 % of capacity in 2028")
    p.check(20 * 12e6 == 240e6 and 40 * 1.5e6 == 60e6 and 240 + 60 + 50 + 150 + 50 + 50 == 600 == 400 + 200
            and close(350 / 5 + 150 / 15, 80), "capital 600, depreciation 80")
    avg = sum(prof) / 3
    p.check(close(avg, 188.45e6) and close(600e6 / (avg + 80e6), 2.24, 0.01), "payback ≈ 2,24 năm")
    p.check(close(guests[0] / 3100, 1.35, 0.01) and close(guests[0] / 60000, 0.07, 0.01)
            and 0.08 <= guests[2] / 60000 / 1.0 <= 0.10 + 1e-9, "+35 % on 2025; 7 % and 8–10 % of the area's visitors")
    p.has("150.000 đồng/lượt", "350.000 đồng/khách", "Tổng vốn đầu tư: 600.000.000 đồng",
          "600.000.000 : (188.450.000 + 80.000.000) ≈ 2,24 năm", "Giấy chứng nhận đăng ký hộ kinh doanh số 28H8003419",
          "Hợp đồng thuê 1.200 m² bãi bồi", "Bảo hiểm tai nạn cho 100% khách", "nhãn hiệu \"Ngàn Phố SUP\"",
          "bể tự hoại 3 ngăn", "Luật Du lịch năm 2017")
    p.lacks(r"1048/QĐ|490/QĐ|123/2018|01/2021/NĐ|919/QĐ", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ac05() -> Plan:
    p = Plan("ac05_cu_kieu_muoi_thach_lac_hkd")
    jar, bulk, kg, fresh = (p.row("Kiệu hũ 500 g"), p.row("Kiệu túi 1 kg bán buôn"), p.row("Tổng kiệu thành phẩm"),
                            p.row("Kiệu tươi cần dùng"))
    lines = [p.row(x) for x in ("Kiệu tươi (15.000", "Đường, giấm, muối", "Hũ, nắp, túi PE", "Tiền công lao động thuê",
                                 "Khấu hao |", "Lãi vay |", "Điện, nước, gas", "Bán hàng, vận chuyển", "Chi phí khác")]
    cost, rev_c, prof = p.row("Tổng chi phí"), p.row("Doanh thu |"), p.row("Lợi nhuận |")
    rev = []
    for y in Y:  # triệu đồng
        r = p.row(f"{2026 + y} |", 5)
        p.check(r[:4] == [jar[y], 55000, bulk[y], 80000], f"revenue row quantities and prices {y}")
        rev.append(r[4])
        p.check(kg[y] == jar[y] * 0.5 + bulk[y] and close(fresh[y], kg[y] * 1.6), f"kg, fresh 1,6 {y}")
        p.check(close(lines[0][y], fresh[y] * 0.015) and close(lines[1][y], kg[y] * 0.012)
                and close(lines[2][y], jar[y] * 0.006 + bulk[y] * 0.0015) and close(lines[3][y], 4 * 4.5 * 12)
                and close(lines[4][y], 30) and close(lines[5][y], [150, 100, 50][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and rev_c[y] == rev[y] and close(prof[y], rev[y] - cost[y]),
                f"cost sum, profit = stated revenue - cost {y}")
        p.check(fresh[y] <= 36000 and fresh[y] <= 50 * 500, f"fresh within 36 tấn supply, 25 tấn of chum {y}")
    true = [jar[y] * 0.055 + bulk[y] * 0.08 for y in Y]
    p.check(close(rev[0], true[0]) and close(rev[2], true[2]), "2026 and 2028 revenue right")
    p.check(close(true[1], 1044) and rev[1] == 1164 and off(rev[1], true[1]), "PLANTED 2027 revenue 1.164 != 1.044 (+11,5 %)")
    p.check(rev[1] / rev[0] < 1.5 and true[1] / true[0] < 1.5, "growth below 50 % either way")
    stated_avg, true_avg = sum(prof) / 3, (prof[0] + true[1] - cost[1] + prof[2]) / 3
    p.check(close(stated_avg, 286) and close(420 / (stated_avg + 30), 1.33, 0.01), "stated payback 1,33 on stated profit")
    p.check(close(420 / (true_avg + 30), 1.52, 0.01) and off(1.33, 420 / (true_avg + 30)),
            "tolerated knock-on: true payback 1,52; true 2027 profit 246")
    p.check(150 + 70 + 60 + 20 + 20 + 100 == 420 == 270 + 150 and 150 + 70 + 60 + 20 == 300, "capital 420, fixed 300")
    p.check(close(36000 / fresh[2], 1.8, 0.01) and close(9600 * 0.015, 144) and 9600 + 4800 == fresh[0], "supply 1,8×; 9.600 + 4.800")
    p.has("Cơ sở hiện có 6 lao động thường xuyên, gồm 2 người trong gia đình (chủ hộ và con trai) và 4 lao động thuê",
          "Tổng số lao động thường xuyên của cơ sở là 9 người, gồm 2 người trong gia đình và 7 lao động thuê")  # PLANTED
    p.check(off(9, 6), "PLANTED 9 != 6 regular workers")
    p.has("55.000 đồng/hũ", "80.000 đồng/kg", "Tổng vốn đầu tư 420 triệu đồng", "420 : (286 + 30) ≈ 1,33 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố sản phẩm", "bảo hộ nhãn hiệu",
          "bể lắng 3 ngăn", "Giấy chứng nhận đăng ký hộ kinh doanh số 28B8012765")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|in hạn|in ngày",
            "PLANTED no label or labelling plan anywhere")
    p.lacks(r"1048/QĐ|490/QĐ|123/2018|01/2021/NĐ|919/QĐ", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ac06() -> Plan:
    p = Plan("ac06_ruou_man_ha_linh_htx")
    bot, can, lit, plum, rice = (p.row("Rượu chai 500 ml |"), p.row("Rượu can bán cho nhà hàng"), p.row("Tổng sản lượng"),
                                 p.row("Mận tươi cần dùng"), p.row("Gạo nếp cần dùng"))
    rev, rb, rc = p.row("Doanh thu |"), p.row("Rượu chai 500 ml (180.000"), p.row("Rượu can (200.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo nếp (18.000", "Mận quả (20.000", "Men, đường phèn", "Chai, nắp, hộp, nhãn",
                                 "Củi, điện", "Tiền lương 7", "Khấu hao |", "Lãi vay |", "Thuế tiêu thụ đặc biệt",
                                 "Bán hàng, vận chuyển", "Quản lý |")]
    prof = p.row("Lợi nhuận (A – B)")
    for y in Y:  # triệu đồng
        p.check(lit[y] == bot[y] * 0.5 + can[y] and close(plum[y], lit[y] * 0.6) and close(rice[y], lit[y] * 1.0),
                f"litres, plums 0,6, rice 1,0 {y}")
        p.check(close(rb[y], bot[y] * 0.18) and close(rc[y], can[y] * 0.2) and close(rev[y], rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.018) and close(lines[1][y], plum[y] * 0.02) and close(lines[2][y], lit[y] * 0.005)
                and close(lines[3][y], bot[y] * 0.015 + can[y] * 0.002) and close(lines[4][y], lit[y] * 0.006)
                and close(lines[5][y], 7 * 5.5 * 12) and close(lines[6][y], 100)
                and close(lines[7][y], [700, 525, 350][y] * 0.075) and close(lines[8][y], rev[y] / 1.65 * 0.65),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rice[y] <= 15000 and lit[y] * 0.7 <= 2 * 50 * 250 and lit[y] <= 6000 * 4, f"rice, still, steeping {y}")
        p.check(off(plum[y], 4500) and plum[y] > 4500, f"PLANTED plums {plum[y]:.0f} kg > 3 ha × 1,5 tấn = 4.500 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(plum[0] / 4500, 1.2) and close(plum[2] / 4500, 1.6), "shortfall 20 % to 60 %")
    items = [p.one(x) for x in ("Nhà xưởng nấu", "Nồi chưng cất inox", "Bể, chum inox", "Máy lọc, máy chiết",
                                "Kho thành phẩm", "Chai, hộp, nhãn mẫu", "Vốn lưu động")]
    stated = p.one("TỔNG VỐN ĐẦU TƯ")
    p.check(sum(items) == 1300 and stated == 1400 and off(stated, sum(items)), "PLANTED investment total 1.400 != items 1.300")
    p.check(700 + 700 == stated and sum(items[:5]) == 1000, "sources match the stated (wrong) total; fixed 1.000")
    avg = sum(prof) / 3
    p.check(close(avg, 552.6) and close(1400 / (avg + 100), 2.15, 0.01), "stated payback 2,15 on the stated total")
    p.check(close(1300 / (avg + 100), 1.99, 0.01) and off(2.15, 1300 / (avg + 100)), "tolerated knock-on: 1,99 on the items")
    p.check(close(lit[0] / 6500, 1.38, 0.01) and 7000 + 2000 + 3000 == bot[0] and 12 * 15 * 12 <= can[0],
            "+38 % on 2025; channel split; 12 contracts 2.160 l")
    p.has("180.000 đồng/chai", "200.000 đồng/lít", "3 ha mận tam hoa", "1,5 tấn/ha, tổng khoảng 4.500 kg/năm",
          "bảo đảm đủ nguyên liệu cho sản xuất", "1.400 : (552,6 + 100) ≈ 2,15 năm",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "Nghị định 105/2017/NĐ-CP", "QCVN 6-3:2010/BYT",
          "Không dành cho người dưới 18 tuổi", "đơn đăng ký nhãn hiệu", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.lacks(r"môi trường|nước thải|chất thải|\bbã\b|xử lý|khói|biogas|\bhầm\b|\brác\b|bể lắng|hố lắng|bụi|mùi hôi|\btro\b",
            "PLANTED no environmental measure anywhere")
    p.lacks(r"1048/QĐ|490/QĐ|123/2018|01/2021/NĐ|919/QĐ", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ac07() -> Plan:
    p = Plan("ac07_sam_bo_chinh_ky_thuong_ctcp")
    n = 4
    box, bag, dry, fresh = p.row("Hộp 100 g", n), p.row("Túi 500 g", n), p.row("Sâm sấy lát thành phẩm", n), p.row("Củ tươi cần dùng", n)
    post = []
    for y in range(n):  # tr.đ
        r = p.row(f"{2026 + y} |", 13)
        rev, root, drying, pack, wage, dep, intr, sell, admin, cost, pre, tax, after = r
        p.check(close(dry[y], box[y] * 0.1 + bag[y] * 0.5) and close(fresh[y], dry[y] * 5), f"dry kg, fresh 5:1 {y}")
        p.check(close(rev, box[y] * 0.18 + bag[y] * 0.7), f"revenue {y}")
        p.check(close(root, fresh[y] * 0.06) and close(drying, dry[y] * 0.03) and close(pack, box[y] * 0.015 + bag[y] * 0.01)
                and close(wage, 8 * 6.5 * 12) and close(dep, 120) and close(intr, [800, 600, 400, 200][y] * 0.08)
                and close(sell, rev * 0.1) and close(admin, 120), f"cost lines {y}")
        p.check(close(cost, root + drying + pack + wage + dep + intr + sell + admin) and close(pre, rev - cost)
                and close(tax, pre * 0.15) and close(after, pre - tax), f"cost, profit, tax 15 % {y}")
        p.check(fresh[y] <= 14000 and fresh[y] <= 2 * 300 * 120, f"supply 14 tấn, dryers 72 tấn {y}")
        post.append(after)
    avg = sum(post) / 4
    true = 1700 / (avg + 120)
    p.check(close(avg, 538.475) and close(true, 2.58, 0.01), "true payback 2,58 năm")
    p.check(off(1.5, true) and off(1.5, 1700 / (post[3] + 120)) and off(1.5, 1700 / (sum([302, 523, 744, 965]) / 4 + 120))
            and off(1.5, 1700 / avg), "PLANTED payback 1,5 != 2,58 (1,81 on the best year, 2,26 pre-tax)")
    p.check(600 + 300 + 150 + 150 + 100 + 400 == 1700 == 900 + 800 and close((600 + 300 + 150 + 150) / 10, 120),
            "capital 1.700, fixed 1.200, 120/năm")
    p.has("180.000 đồng/hộp", "700.000 đồng/túi", "Tổng vốn đầu tư 1,7 tỷ đồng", "thời gian hoàn vốn dự kiến khoảng 1,5 năm",
          "TCCS 01:2025/DLKT", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Sâm Kỳ Thượng\"", "bể lắng 3 ngăn",
          "mã số 3001765432")
    p.has("Quyết định số 490/QĐ-TTg ngày 07/5/2018", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019",
          "theo Bộ tiêu chí ban hành kèm Quyết định 1048/QĐ-TTg")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|QĐ 148|QĐ 1489", "PLANTED the current instruments are not cited")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|vệ sinh an toàn|đủ điều kiện|15/2018|công bố|cam kết|HACCP|GMP|"
            r"ISO 22000|khám sức khỏe|Luật An toàn", "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ac08() -> Plan:
    p = Plan("ac08_ca_phe_rang_xay_dong_loc_tht")
    pk, kgb, out, green = (p.row("Cà phê gói 250 g"), p.row("Cà phê túi 1 kg cho quán"), p.row("Tổng cà phê rang"),
                           p.row("Cà phê nhân xanh cần dùng"))
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Cà phê nhân xanh (95.000", "Bao bì: gói", "Gas, điện", "Tiền công 5", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, vận chuyển", "Chi khác")]
    rev, rp, rk, prof = p.row("Doanh thu |"), p.row("Gói 250 g (75.000"), p.row("Túi 1 kg (220.000"), p.row("Lợi nhuận |")
    capacity = 15 * 2 * 200
    for y in Y:  # triệu đồng
        p.check(out[y] == pk[y] * 0.25 + kgb[y] and close(green[y], out[y] * 1.2), f"kg, green 1,2 {y}")
        p.check(close(rp[y], pk[y] * 0.075) and close(rk[y], kgb[y] * 0.22) and close(rev[y], rp[y] + rk[y]), f"revenue {y}")
        p.check(close(lines[0][y], green[y] * 0.095) and close(lines[1][y], pk[y] * 0.005 + kgb[y] * 0.008)
                and close(lines[2][y], out[y] * 0.008) and close(lines[3][y], 300) and close(lines[4][y], 40)
                and close(lines[5][y], 200 * 0.066), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(green[y] <= 12000, f"green beans within the 12 tấn contract {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2026 and 2028 profit right")
    p.check(rev[1] - cost[1] == 350 and prof[1] == 420 and off(prof[1], rev[1] - cost[1]), "PLANTED 2027 profit 420 != 350 (+20 %)")
    p.check(out[0] <= capacity and off(out[1], capacity) and off(out[2], capacity) and out[1] > capacity,
            "PLANTED 2027–2028 roasted 7.000 / 8.000 kg > 6.000 kg roaster capacity (no new roaster)")
    p.check(close(out[0] / 5200, 1.15, 0.01), "2026 +15 % on 2025")
    avg = sum(prof) / 3
    true_avg = (prof[0] + 350 + prof[2]) / 3
    p.check(close(avg, 373.3, 0.001) and close(580 / (avg + 40), 1.4, 0.01), "stated payback 1,4 on the stated profit")
    p.check(close(580 / (true_avg + 40), 1.49, 0.01) and off(1.4, 580 / (true_avg + 40)), "tolerated knock-on: 1,49")
    p.check(80 + 150 + 120 + 50 + 30 + 150 == 580 == 380 + 200 and 80 + 150 + 120 + 50 == 400, "capital 580, fixed 400")
    p.check(4500 + 2000 + 1500 == pk[0], "2026 packet channels")
    p.has("75.000 đồng/gói", "220.000 đồng/kg", "15 kg/mẻ, mỗi ngày rang 2 mẻ, làm việc 200 ngày/năm, tương đương 6.000 kg",
          "không đầu tư thêm máy rang", "Tổng vốn đầu tư của phương án là 580 triệu đồng", "580 : (373,3 + 40) ≈ 1,4 năm",
          "Giấy chứng nhận đăng ký tổ hợp tác số 02/2025/THT", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCVN 5250:2015", "Nghị định 43/2017/NĐ-CP", "bộ lọc cyclone")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng",
            "PLANTED no trademark or IP protection held or planned anywhere")
    p.lacks(r"1048/QĐ|490/QĐ|123/2018|01/2021/NĐ|919/QĐ|77/2019", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ac09() -> Plan:
    p = Plan("ac09_mat_ong_hoa_dai_huong_binh_ho")
    hives, cap, bott, bulk, kg, rev = (p.row("Số đàn ong"), p.row("Khả năng khai thác"), p.row("Mật chai 500 g"),
                                       p.row("Mật can bán buôn"), p.row("Tổng mật thành phẩm"), p.row("Doanh thu |"))
    lines = [p.row(x) for x in ("Chai, nắp, tem", "Can đựng mật", "Thức ăn bổ sung", "Thùng ong cho đàn mới",
                                 "Tiền công lao động thuê", "Công lao động gia đình", "Lọc, hạ thủy phần", "Di chuyển đàn ong",
                                 "Khấu hao |", "Bán hàng, quảng cáo", "Điện, chi khác")]
    cost = p.row("Tổng chi phí")
    hired = [1, 3, 6]
    new = [20, 200, 400]
    prof = [196.4, 476.5, 1260.5]
    for y in Y:  # triệu đồng
        p.check(close(cap[y], hives[y] * 15) and kg[y] == bott[y] * 0.5 + bulk[y] and kg[y] <= cap[y],
                f"output within colonies × 15 kg (no material or capacity defect) {y}")
        p.check(close(rev[y], bott[y] * 0.13 + bulk[y] * 0.2), f"revenue {y}")
        p.check(close(lines[0][y], bott[y] * 0.006) and close(lines[1][y], bulk[y] * 0.001) and close(lines[2][y], hives[y] * 0.05)
                and close(lines[3][y], new[y] * 0.6) and close(lines[4][y], hired[y] * 5 * 12) and close(lines[5][y], 2 * 6 * 12)
                and close(lines[6][y], kg[y] * 0.01) and close(lines[8][y], 30), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 200 * 100, f"dehumidifier 20.000 kg {y}")
    p.check(hives[0] - 180 == new[0] and hives[1] - hives[0] == new[1] and hives[2] - hives[1] == new[2], "new hives")
    g = [kg[1] / kg[0], kg[2] / kg[1], rev[1] / rev[0], rev[2] / rev[1]]
    p.check(all(x > 2.0 for x in g) and kg[2] / kg[0] > 4, "PLANTED output and revenue ×2,1 a year (×4,4 over two years)")
    p.check(close(kg[0] / 2100, 1.14, 0.01), "2026 +14 % on 2025 (the jump comes later)")
    avg = sum(prof) / 3
    p.check(close(avg, 644.5, 0.001) and close(420 / (avg + 30), 0.62, 0.01), "payback ≈ 0,62 năm")
    p.check(130 + 100 + 50 + 20 + 20 + 100 == 420 == 320 + 100 and 130 + 100 + 50 + 20 == 300, "capital 420, fixed 300")
    p.has("130.000 đồng/chai", "200.000 đồng/kg", "Tổng vốn đầu tư: 420 triệu đồng", "420 : (644,5 + 30) ≈ 0,62 năm",
          "Lợi nhuận năm 2026: 552 – 355,6 = 196,4 triệu đồng", "năm 2027: 1.150 – 673,5 = 476,5 triệu đồng",
          "năm 2028: 2.400 – 1.139,5 = 1.260,5 triệu đồng", "Toàn bộ sản lượng tăng thêm sẽ được bán qua các kênh hiện có",
          "bản cam kết bảo đảm an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "nộp đơn đăng ký nhãn hiệu",
          "là cơ sở sản xuất của hộ gia đình ông Võ Văn Quý")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|mã số hộ|đăng ký hộ|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|"
            r"tổ hợp tác|thành lập|giấy phép kinh doanh", "PLANTED no business registration or plan to register")
    p.lacks(r"tiêu chuẩn|TCCS|TCVN|QCVN|công bố|kiểm nghiệm|phiếu kết quả|chỉ tiêu (chất lượng|an toàn|vi sinh|lý hóa)|Codex",
            "PLANTED no product standard, declaration or lab test")
    p.lacks(r"1048/QĐ|490/QĐ|123/2018|01/2021/NĐ|919/QĐ", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ac10() -> Plan:
    p = Plan("ac10_ruoc_ga_tung_loc_htx")
    jar, bag, kg, live = p.row("Ruốc hũ 200 g"), p.row("Ruốc túi 500 g"), p.row("Tổng ruốc thành phẩm"), p.row("Gà hơi nguyên liệu")
    rj, rb = p.row("Doanh thu ruốc hũ"), p.row("Doanh thu ruốc túi")
    lines = [p.row(x) for x in ("Gà hơi (80.000", "Gia vị, nước mắm", "Hũ, túi, nhãn", "Tiền lương 8", "Khấu hao |",
                                 "Lãi vay |", "Điện, gas, nước", "Chi phí tiêu thụ", "Chi phí quản lý")]
    rev, cost, prof = p.row("Tổng doanh thu"), p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == jar[y] * 0.2 + bag[y] * 0.5 and close(live[y], kg[y] * 6), f"kg, live chicken 6 {y}")
        p.check(close(rj[y], jar[y] * 0.19) and close(rb[y], bag[y] * 0.42) and close(rev[y], rj[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], live[y] * 0.08) and close(lines[1][y], kg[y] * 0.04)
                and close(lines[2][y], jar[y] * 0.008 + bag[y] * 0.005) and close(lines[3][y], 8 * 6 * 12)
                and close(lines[4][y], 90) and close(lines[5][y], [400, 300, 200][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(live[y] <= 15000 * 2 and kg[y] <= 15 * 2 * 250, f"members' 30 tấn, 7.500 kg capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(kg[0] / 1500, 2.27, 0.01), "2026 ×2,3 on the 1.500 kg trial of 2025, with the new workshop and lines")
    items = [p.one(x) for x in ("Nhà xưởng chế biến", "Máy xé thịt", "Chảo rang tự động", "Tủ cấp đông", "Máy đóng gói",
                                "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    total = p.one("Tổng vốn đầu tư")
    sources = 500 + 400 + 200
    p.check(sum(items) == total == 1200 and sum(items[:5]) == 900, "items = stated total 1.200, fixed 900")
    p.check(sources == 1100 and off(sources, total), "PLANTED sources 1.100 != total 1.200 (−8,3 %)")
    p.check(p.one("Cộng |") == 8, "8 workers in the staffing table")
    avg = sum(prof) / 3
    p.check(close(avg, 549) and close(1200 / (avg + 90), 1.88, 0.01), "payback ≈ 1,88 năm")
    p.has("190.000 đồng/hũ", "420.000 đồng/túi", "Tổng vốn đầu tư là 1.200 triệu đồng", "Tổng nguồn vốn 1.100 triệu đồng",
          "vốn góp bổ sung của thành viên 500 triệu đồng", "400 triệu đồng, lãi suất 8%/năm",
          "kinh phí hỗ trợ dự án liên kết chuỗi giá trị của tỉnh 200 triệu đồng", "1.200 : (549 + 90) ≈ 1,88 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP",
          "nhãn hiệu \"Gà đồi Tùng Lộc\"", "bể biogas", "mã số 3002098765")
    p.check(p.count("Hợp tác xã Gà thả vườn Kim Song Trường") == 2 and p.count("Hợp tác xã Gà đồi Tùng Lộc") >= 2,
            "PLANTED a second producer name, twice")
    market = section(p, "# VII. THỊ TRƯỜNG TIÊU THỤ", "# VIII.")
    p.check(not re.search(r"đồng|giá|\d", market), "PLANTED the market section names no price or figure")
    p.lacks(r"cửa hàng|siêu thị|đại lý|hội chợ|facebook|zalo|shopee|sàn thương mại|bán lẻ|bán buôn|khách hàng|nhà phân phối|"
            r"bếp ăn|trường học|xuất khẩu|điểm bán|online|trực tuyến|đơn hàng|showroom|quà|hợp đồng (tiêu thụ|bán|cung cấp cho)|"
            r"nhà hàng|quán ăn|khách du lịch", "PLANTED no customer or sales channel anywhere")
    p.lacks(r"1048/QĐ|490/QĐ|123/2018|01/2021/NĐ|919/QĐ", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("ac11_dua_mon_ba_tam_so_sai")
    a.check(3000 * 100000 == 300e6, "dưa món sentence (3.000 kg × 100.000 = 300 triệu)")
    a.has("khoảng 100.000 đồng/kg", "khoảng 3.000 kg dưa món", "doanh thu khoảng 300 triệu đồng", "Hộ đã đăng ký hộ kinh doanh năm 2022",
          "chợ Thạch Trung")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, about a page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường|vốn đầu tư \d", "no compliance paragraph (tolerated gaps)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ac12_pho_kho_hop_tien_so_sai")
    b.has("khoảng 50 kg phở khô", "khoảng 35.000 đồng/kg", "khoảng 150 triệu đồng", "chưa đăng ký thành lập")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận", "no registration (tolerated gap)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def distinct(plans: list[Plan]) -> Plan:
    """No sentence of 12 words or more is shared between two plans (each producer wrote its own)."""
    d = Plan("ac01_trung_vit_bac_thao_cam_trung_htx")
    d.stem = "(all plans) no shared sentences"
    d.failures = []
    seen: dict[str, str] = {}
    for p in plans:
        for s in re.split(r"(?<=[.;:!?])\s+|\n", p.body):
            s = " ".join(s.split())
            if len(s.split()) >= 12 and not s.startswith("|"):
                if s in seen and seen[s] != p.stem:
                    d.failures.append(f"{p.stem} and {seen[s]} share: {s[:80]}")
                seen.setdefault(s, p.stem)
    return d


def main() -> int:
    plans = [fn() for fn in (ac01, ac02, ac03, ac04, ac05, ac06, ac07, ac08, ac09, ac10)] + sketchy()
    return plancheck.report(plans + [distinct(plans)])


if __name__ == "__main__":
    sys.exit(main())
