"""The thirty-eighth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout38/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no environmental measure, a second producer name, no trademark,
no product standard, replaced instruments cited, no food safety, no label, no sales channel, no
registration) are asserted too, as is the absence of template placeholders in every plan.
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

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|03/2014/TT-BKHĐT"


class Plan(plancheck.Plan):
    src = HERE / "src"


def growth_ok(p: Plan, xs: list[float], limit: float, what: str) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < limit, f"{what} growth {y}")


def am01() -> Plan:
    p = Plan("am01_banh_quy_gao_lut_cam_binh_cty")
    box, bag, kg, rice, staff = (p.row("Bánh hộp 200 g |"), p.row("Bánh túi 500 g |"), p.row("Tổng khối lượng bánh"),
                                 p.row("Gạo lứt nguyên liệu"), p.row("Lao động thường xuyên"))
    rev, rb, rt = p.row("Tổng doanh thu"), p.row("Bánh hộp 200 g (45.000"), p.row("Bánh túi 500 g (98.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Gạo lứt (32.000", "Nguyên liệu phụ", "Bao bì, nhãn", "Tiền lương", "Điện, gas",
                                 "Khấu hao tài sản", "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, chi phí khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # nghìn đồng
        p.check(kg[y] == box[y] * 0.2 + bag[y] * 0.5 and close(rice[y], kg[y] * 0.7), f"kg, rice 0,7 {y}")
        p.check(close(rb[y], box[y] * 45) and close(rt[y], bag[y] * 98) and close(rev[y], rb[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 32) and close(lines[1][y], kg[y] * 40)
                and close(lines[2][y], box[y] * 4.5 + bag[y] * 6) and close(lines[3][y], staff[y] * 7000 * 12)
                and close(lines[4][y], kg[y] * 8) and close(lines[5][y], 200000)
                and close(lines[6][y], [800000, 600000, 400000][y] * 0.08) and close(lines[7][y], rev[y] * 0.08)
                and close(lines[8][y], 150000), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, pre-tax {y}")
        p.check(rev[y] > 3e6 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(kg[y] <= 15 * 8 * 280 and rice[y] <= 25000, f"oven capacity 33.600 kg, rice contract 25 tấn {y}")
    growth_ok(p, rev, 1.2, "revenue")
    p.check(15 * 8 * 280 == 33600 and close(kg[2] / 33600, 0.71, 0.01), "capacity 33.600, 71 %")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "Lò nướng băng tải 8 m", "Máy trộn, máy cán", "Máy đóng gói định lượng",
                                "Thiết kế bao bì, kiểm nghiệm", "Vốn lưu động (mua gạo")]
    p.check(sum(items) == p.one("Tổng cộng") == 2400 == 1600 + 800 and sum(items[:4]) == 1600 and 1600 / 8 == 200,
            "capital 2,4 tỷ = 1.600 + 800; fixed 1.600 / 8 = 200")
    p.check(close(sum(post) / 3, 518617, 0.0001) and close(2400000 / (518617 + 200000), 3.3, 0.02), "payback 3,3")
    p.check(close(kg[0] / 14000, 1.29, 0.01) and close(post[0] / rev[0], 0.079, 0.01) and close(post[2] / rev[2], 0.142, 0.01),
            "+29 % on 2025; margins 7,9 % and 14,2 %")
    p.check(close(25000 / rice[2], 1.5, 0.02), "supply about 1,5 × need")
    p.has("45.000 đồng/hộp", "98.000 đồng/túi", "18.000 kg", "2,4 tỷ đồng", "(304.378 + 518.617 + 732.857) : 3 ≈ 518.617",
          "2.400.000 : 718.617 ≈ 3,3 năm", "tối thiểu 25 tấn gạo lứt/năm", "15 kg bánh/giờ", "khoảng 33.600 kg/năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/HN", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "bể lắng", "mã số doanh nghiệp 3002318457")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def am02() -> Plan:
    p = Plan("am02_manh_cua_hat_go_tung_loc_tht")
    di, so, beads, wood = (p.row("Mành cửa đi 0,9"), p.row("Mành cửa sổ 1,2"), p.row("Hạt gỗ cần dùng"),
                           p.row("Gỗ phôi nguyên liệu"))
    lines = [p.row(x) for x in ("Gỗ phôi (6", "Phụ kiện", "Sơn, hóa chất", "Hộp, nhãn", "Tiền công xâu", "Lương 4 lao động",
                                 "Điện (6.000", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    cost = p.row("Cộng chi phí")
    summ = [p.row(f"{2026 + y} |", 4) for y in Y]  # years as rows: revenue, cost, tax, profit
    for y in Y:  # triệu đồng
        rev = di[y] * 1.15 + so[y] * 0.78
        p.check(close(beads[y], di[y] * 4.5 + so[y] * 3.5) and close(wood[y], beads[y] * 2 / 1000), f"beads, wood 2:1 {y}")
        p.check(close(lines[0][y], wood[y] * 6) and close(lines[1][y], di[y] * 0.16 + so[y] * 0.12)
                and close(lines[2][y], beads[y] * 0.02) and close(lines[3][y], (di[y] + so[y]) * 0.035)
                and close(lines[4][y], di[y] * 0.22 + so[y] * 0.18) and close(lines[5][y], 4 * 6.5 * 12)
                and close(lines[6][y], beads[y] * 0.006) and close(lines[7][y], 60)
                and close(lines[8][y], [300, 200, 100][y] * 0.066) and close(lines[9][y], rev * 0.07)
                and close(lines[10][y], 24), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summ[y]
        p.check(close(s[0], rev) and close(s[1], cost[y]) and close(s[2], rev * 0.045) and close(s[3], s[0] - s[1] - s[2]),
                f"summary row {y}")
        p.check(wood[y] <= 20 and beads[y] <= 2 * 20 * 260, f"wood contract 20 tấn, lathes 10.400 kg {y}")
        p.check(di[y] * 1.5 + so[y] * 1 <= 14 * 250, f"stringing workdays {y}")
    revs = [s[0] for s in summ]
    growth_ok(p, revs, 1.2, "revenue")
    p.check(500 + 300 == 800 == 150 + 180 + 90 + 60 + 40 + 280 and 150 + 180 + 90 + 60 == 480 and 480 / 8 == 60,
            "capital 800, fixed 480 / 8")
    avgp = avg1([s[3] for s in summ])
    p.check(avgp == 221.9 and close(800 / (avgp + 60), 2.8, 0.02), "average 221,9, payback 2,8")
    p.check(close((di[0] + so[0]) / 1300, 1.23, 0.01), "+23 % on 2025")
    p.check(close(lines[4][0] / 14 / 12, 1.93, 0.01) and close(lines[4][2] / 14 / 12, 2.54, 0.01), "1,9–2,5 tr/tháng")
    p.has("1.150.000 đồng/bộ", "780.000 đồng/bộ", "Tổng vốn đầu tư 800 triệu đồng", "20 tấn gỗ phôi/năm",
          "1.035 + 546 = 1.581", "1.207,5 + 624 = 1.831,5", "1.380 + 702 = 2.082", "(128,4 + 221,7 + 315,6) : 3 ≈ 221,9",
          "800 : (221,9 + 60) ≈ 2,8 năm", "Giấy chứng nhận đăng ký tổ hợp tác số 03/GCN-THT", "TCCS 01:2026/THT-TL",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "chụp hút bụi", "bảng kê lâm sản")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def am03() -> Plan:
    p = Plan("am03_trai_nghiem_huong_tram_huong_trach_hkd")
    a, b, s, powder, staff = (p.row("Khách gói A"), p.row("Khách gói B"), p.row("Hộp hương lưu niệm |"),
                              p.row("Bột hương cần dùng"), p.row("Lao động hưởng lương"))
    ra, rb, rs, rev = p.row("Thu gói A"), p.row("Thu gói B"), p.row("Bán hương lưu niệm"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Bột hương (250.000", "Tăm, giấy gói", "Trà, bánh gói B", "Tiền lương", "Điện, nước",
                                 "Khấu hao", "Lãi vay", "Hoa hồng lữ hành", "Bảo hiểm khách", "Thuế khoán")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận (A")
    for y in Y:  # đồng
        p.check(close(powder[y], a[y] * 0.1 + b[y] * 0.15 + s[y] * 0.11), f"powder need {y}")
        p.check(close(ra[y], a[y] * 180000) and close(rb[y], b[y] * 350000) and close(rs[y], s[y] * 150000)
                and close(rev[y], ra[y] + rb[y] + rs[y]), f"revenue {y}")
        p.check(close(lines[0][y], powder[y] * 250000) and close(lines[1][y], a[y] * 15000 + b[y] * 20000 + s[y] * 18000)
                and close(lines[2][y], b[y] * 40000) and close(lines[3][y], staff[y] * 6e6 * 12)
                and close(lines[4][y], 24e6) and close(lines[5][y], 40e6)
                and (lines[6][y] == [14e6, 7e6, 0][y]) and close(lines[7][y], rev[y] * 0.1)
                and close(lines[8][y], 20e6) and close(lines[9][y], rev[y] * 0.06), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(powder[y] <= 1200 and a[y] <= 30 * 2 * 300 and b[y] <= 20 * 300, f"powder contract, capacity {y}")
    growth_ok(p, rev, 1.25, "revenue")
    p.check(220e6 + 90e6 + 50e6 + 40e6 + 60e6 + 190e6 == 650e6 == 450e6 + 200e6 and 220 + 90 + 50 + 40 == 400,
            "capital 650 = 450 + 200; fixed 400 / 10 = 40")
    avgp = sum(prof) / 3
    p.check(avgp == 306150000 and close(650e6 / (avgp + 40e6), 1.9, 0.02), "average 306,15 tr, payback 1,9")
    p.check(a[0] + b[0] == 4200 == 2 * 2100 and close((a[1] + b[1]) / 4200, 1.19, 0.01)
            and close((a[2] + b[2]) / (a[1] + b[1]), 1.16, 0.01), "visitors ×2 on 2025, then +19 %, +16 %")
    p.check((18000 + 6000) / (a[2] + b[2]) > 4, "capacity over 4 × 2028 visitors")
    p.has("180.000 đồng/khách", "350.000 đồng/khách", "150.000 đồng/hộp", "Tổng vốn đầu tư: 650.000.000 đồng",
          "650.000.000 : 346.150.000 ≈ 1,9 năm", "tối đa 1.200 kg bột hỗn hợp/năm", "28E8003417",
          "cam kết bảo đảm an toàn thực phẩm", "TCCS 01:2026/QL", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "chụp hút", "phòng cháy chữa cháy")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def am04() -> Plan:
    p = Plan("am04_banh_canh_kho_thach_khe_htx")
    g, t, kg, rice, w = (p.row("Gói 400 g |"), p.row("Thùng 5 kg |"), p.row("Tổng sản lượng"), p.row("Gạo nguyên liệu"),
                         p.row("Lao động |"))
    rg, rt, rev = p.row("Gói 400 g (22.000"), p.row("Thùng 5 kg (240.000"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Gạo (13.000", "Bột năng, muối", "Bao bì (1.200", "Điện, trấu", "Tiền công lao động",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN 15%"),
                            p.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng
        p.check(kg[y] == g[y] * 0.4 + t[y] * 5 and close(rice[y], kg[y] * 1.2), f"kg, rice 1,2 {y}")
        p.check(close(rg[y], g[y] * 0.022) and close(rt[y], t[y] * 0.24) and close(rev[y], rg[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.013) and close(lines[1][y], kg[y] * 0.002)
                and close(lines[2][y], g[y] * 0.0012 + t[y] * 0.008) and close(lines[3][y], kg[y] * 0.004)
                and close(lines[4][y], w[y] * 5 * 12) and close(lines[5][y], 50)
                and close(lines[6][y], [400, 300, 200][y] * 0.07) and close(lines[7][y], rev[y] * 0.06)
                and close(lines[8][y], 36), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, pre-tax {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(kg[y] <= 200 * 270 and rice[y] <= 80000, f"line 54.000 kg, rice contract 80 tấn {y}")
    growth_ok(p, rev, 1.2, "revenue")
    p.check(100 + 150 + 120 + 40 + 40 + 50 + 300 == 800 == 400 + 400 and 100 + 150 + 120 + 40 + 40 == 450 and 450 / 9 == 50,
            "capital 800 (units in cells), fixed 450 / 9")
    p.has("| 100 tr.đ |", "| 150 tr.đ |", "| 120 tr.đ |", "| 40 tr.đ |", "| 50 tr.đ |", "| 300 tr.đ |", "| 800 tr.đ |")
    avgp = avg1(post)
    p.check(avgp == 245.3 and close(800 / (avgp + 50), 2.7, 0.02), "average 245,3, payback 2,7")
    p.check(close(kg[0] / 24500, 1.31, 0.01), "+31 % on 2025")
    p.check(close(22000 / 0.4, 55000) and close(240000 / 5, 48000), "55.000 and 48.000 đ/kg")
    p.has("22.000 đồng/gói", "240.000 đồng/thùng", "32.000 kg", "Tổng vốn 800 triệu đồng", "800 : 295,3 ≈ 2,7 năm",
          "mỗi năm 80 tấn gạo", "200 kg bánh khô/ngày", "mã số 3002294410", "12 thành viên chính thức",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/HTXTK", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "bể lắng 3 ngăn")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def am05() -> Plan:
    p = Plan("am05_ca_ngu_ngam_dau_ky_xuan_cty")
    a, b, meat, fish, staff = (p.row("Hũ 200 g |"), p.row("Hũ 400 g |"), p.row("Thịt cá ngừ cần dùng"),
                               p.row("Cá ngừ tươi nguyên liệu"), p.row("Lao động |"))
    for y in Y:
        p.check(close(meat[y], a[y] * 0.13 + b[y] * 0.26) and close(fish[y], meat[y] / 0.5), f"meat, fish 50 % {y}")
        p.check(fish[y] <= 40000 and a[y] + b[y] <= 300 * 4 * 250, f"fish contract 40 tấn, autoclave {y}")
    true_rev = [a[y] * 0.068 + b[y] * 0.125 for y in Y]  # triệu đồng
    p.check([round(x) for x in true_rev] == [3970, 4764, 5558], "true revenue 3.970 / 4.764 / 5.558")
    cost = [fish[y] * 0.045 + a[y] * 0.006 + b[y] * 0.011 + a[y] * 0.007 + b[y] * 0.010 + staff[y] * 7 * 12
            + (a[y] + b[y]) * 0.0015 + 150 + [60, 40, 20][y] + [350, 400, 450][y] + 180 for y in Y]
    p.check([round(x, 1) for x in cost] == [3423, 3838.4, 4253.8], "cost 3.423 / 3.838,4 / 4.253,8")
    stated = [3970, 4764, 6120]
    p.check(close(stated[0], true_rev[0]) and close(stated[1], true_rev[1]), "2026 and 2027 revenue right")
    p.check(off(stated[2], true_rev[2]) and close(stated[2] / true_rev[2], 1.101, 0.001),
            "PLANTED 2028 revenue 6.120 != 56.000 × 68.000 + 14.000 × 125.000 = 5.558 (+10,1 %)")
    pre = [stated[y] - cost[y] for y in Y]
    p.check([round(x, 1) for x in pre] == [547, 925.6, 1866.2], "pre-tax follows the stated revenue")
    p.check([round(x * 0.17, 1) for x in pre] == [93, 157.4, 317.3] and [round(x * 0.83, 1) for x in pre] == [454, 768.2, 1548.9],
            "17 % tax, profit after tax")
    p.check(350 + 300 + 200 + 120 + 80 + 50 + 400 == p.one("Tổng cộng") == 1500 == 750 + 750
            and 350 + 300 + 200 + 120 + 80 == 1050 and 1050 / 7 == 150, "capital 1.500 = 750 + 750, fixed 1.050 / 7")
    p.check(close(1 + (1500 - 604) / 918.2, 1.98, 0.005), "cumulative payback ≈ 2,0 on 2026–2027 only")
    p.check(close(1500 / (768.25 + 150), 1.63, 0.01), "(for the record) simple average method on true profits: 1,63")
    p.check(close(40000 / fish[2], 1.83, 0.01), "contract ≈ 1,8 × need")
    p.has("Năm 2028 công ty dự kiến tiêu thụ 56.000 hũ 200 g và 14.000 hũ 400 g, giữ nguyên giá bán, doanh thu ước đạt 6.120 triệu đồng",
          "40.000 hũ 200 g × 68.000 đồng = 2.720 triệu đồng", "10.000 hũ 400 g × 125.000 đồng = 1.250 triệu đồng",
          "tổng doanh thu 3.970 triệu đồng", "tổng doanh thu 4.764 triệu đồng", "Năm 2026 tổng chi phí 3.423 triệu đồng",
          "Năm 2027 tổng chi phí 3.838,4 triệu đồng", "Năm 2028 tổng chi phí 4.253,8 triệu đồng",
          "Năm 2028 lợi nhuận trước thuế 1.866,2 triệu đồng, thuế 317,3 triệu đồng, lợi nhuận sau thuế 1.548,9 triệu đồng",
          "896 : 918,2 ≈ 0,98", "Tổng vốn đầu tư 1.500 triệu đồng", "khoảng 40 tấn cá ngừ tươi/năm", "68.000 đồng/hũ",
          "125.000 đồng/hũ", "Clostridium botulinum")
    p.check(len([r for r in p.rows if "Doanh thu" in " ".join(r)]) == 0, "revenue only in running text")
    p.lacks(r"môi trường|nước thải|chất thải|rác thải|bể lắng|bể tự hoại|xử lý mùi|khí thải|phế phụ phẩm|bột cá",
            "PLANTED no environmental measure")
    p.check(p.count("Công ty TNHH Thực phẩm biển Kỳ Xuân") >= 2 and p.count("Công ty TNHH Chế biến Hải sản Hòa Lộc") == 1,
            "PLANTED a second producer name in the commitment")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def am06() -> Plan:
    p = Plan("am06_ruou_nep_nuong_huong_lien_hkd")
    ch, bi, lit, rice = p.row("Chai 500 ml |"), p.row("Bình gốm 1,5 lít |"), p.row("Tổng sản lượng rượu"), p.row("Gạo nếp nương cần")
    rev, rc, rb = p.row("Doanh thu |"), p.row("Chai 500 ml (110.000"), p.row("Bình gốm 1,5 lít (380.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo nếp nương (30.000", "Men lá, củi", "Chai, bình, nút", "Công lao động", "Điện, nước",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Kiểm nghiệm, phí", "Thuế tiêu thụ đặc biệt")]
    prof = p.row("Lợi nhuận |")
    supply = 1.2 * 2000 + 6000
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + bi[y] * 1.5 and close(rice[y], lit[y] / 0.7), f"litres, rice at 0,7 l/kg {y}")
        p.check(close(rc[y], ch[y] * 0.11) and close(rb[y], bi[y] * 0.38) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.03) and close(lines[1][y], lit[y] * 0.005)
                and close(lines[2][y], ch[y] * 0.012 + bi[y] * 0.045)
                and close(lines[3][y], 2 * 6 * 12 + [2, 2, 3][y] * 5.5 * 12) and close(lines[5][y], 60)
                and close(lines[6][y], [400, 300, 200][y] * 0.07) and close(lines[7][y], rev[y] * 0.08)
                and close(lines[8][y], 20) and close(lines[9][y], rev[y] * 0.15), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(rice[y] <= 2 * 60 * 300, f"stills 36.000 kg rice {y}")
        p.check(rice[y] > supply and off(rice[y], supply), f"PLANTED rice need {rice[y]:.0f} kg > supply 8.400 kg {y}")
    p.check(close(rice[0] / supply, 1.36, 0.01) and close(rice[2] / supply, 1.90, 0.01), "shortfall +36 % to +90 %")
    p.check(close(5600 / 0.7, 8000) and 8000 <= supply, "2025 output (5.600 lít) was within supply")
    ch_rows = [p.row(x, 2)[0] for x in ("Bán tại cơ sở", "Đại lý, cửa hàng đặc sản", "Nhà hàng, quán ăn |", "Bán trực tuyến, hội chợ")]
    shares = [p.row(x, 2)[1] for x in ("Bán tại cơ sở", "Đại lý, cửa hàng đặc sản", "Nhà hàng, quán ăn |", "Bán trực tuyến, hội chợ")]
    total_row = p.row("Cộng |", 2)
    p.check(total_row == [9600, 100] and lit[1] == 9600 and sum(shares) == 100, "channel table total 9.600 = 2027 output")
    p.check(sum(ch_rows) == 10300 and off(sum(ch_rows), total_row[0]),
            "PLANTED channel items 1.920 + 3.840 + 3.100 + 1.440 = 10.300 != Cộng 9.600 (+7,3 %)")
    p.check(ch_rows[0] == 9600 * 0.2 and ch_rows[1] == 9600 * 0.4 and ch_rows[3] == 9600 * 0.15 and 9600 * 0.25 == 2400,
            "the other rows match their shares; restaurants should be 2.400")
    p.check(250 + 150 + 100 + 60 + 40 + 50 + 250 == 900 == 500 + 400 and 250 + 150 + 100 + 60 + 40 == 600,
            "capital 900, fixed 600 / 10 = 60")
    avgp = avg1(prof)
    p.check(avgp == 594.2 and close(900 / (avgp + 60), 1.4, 0.02), "average 594,2, payback 1,4")
    p.has("110.000 đồng/chai", "380.000 đồng/bình", "8.000 lít", "Tổng vốn đầu tư 900 triệu đồng",
          "cứ 1 kg gạo nếp nương cho khoảng 0,7 lít rượu", "Tổng nguồn cung khoảng 8,4 tấn gạo nếp/năm, bảo đảm đủ nguyên liệu",
          "1,2 ha nương", "khoảng 6 tấn gạo", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh số 03/GP-KTHT",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-3:2010/BYT", "độ cồn 35% vol",
          "Nghị định 43/2017/NĐ-CP", "hầm biogas", "28D8004126")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng", "PLANTED no trademark or IP")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def am07() -> Plan:
    p = Plan("am07_tinh_dau_bach_dan_vu_quang_cty")
    prod = [p.row(f"{2026 + y} |", 5) for y in Y]  # years as rows: 20 ml, 100 ml, bulk l, total l, leaves t
    summ = [p.row(f"{2026 + y} |", 5, skip=1) for y in Y]  # revenue, cost, pre, tax, post
    lines = [p.row(x) for x in ("Lá bạch đàn (1.200", "Củi, nhiên liệu", "Chai, nắp, hộp", "Tiền lương", "Điện, nước",
                                 "Khấu hao", "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, chi khác")]
    cost = p.row("Tổng chi phí |")
    cap_leaves = 800 * 2 * 240 / 1000
    cap_l = cap_leaves * 10
    for y in Y:  # triệu đồng
        s20, s100, bulk, tot, leaves = prod[y]
        rev = s20 * 0.038 + s100 * 0.15 + bulk * 0.38
        p.check(close(tot, s20 * 0.02 + s100 * 0.1 + bulk) and close(leaves, tot / 10), f"litres, leaves 10 l/tấn {y}")
        p.check(close(lines[0][y], leaves * 1.2) and close(lines[1][y], leaves * 0.5)
                and close(lines[2][y], s20 * 0.006 + s100 * 0.012 + bulk * 0.003)
                and close(lines[3][y], [12, 13, 14][y] * 8 * 12) and close(lines[4][y], [60, 70, 80][y])
                and close(lines[5][y], 150) and close(lines[6][y], [800, 600, 400][y] * 0.08)
                and close(lines[7][y], rev * 0.15) and close(lines[8][y], 240), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        r = summ[y]
        p.check(close(r[0], rev) and close(r[1], cost[y]) and close(r[2], r[0] - r[1]) and close(r[3], r[2] * 0.17)
                and close(r[4], r[2] - r[3]) and r[0] > 3000, f"summary row, 17 % tax {y}")
        p.check(leaves <= 1000, f"leaf supply 1.000 tấn {y}")
    p.check(cap_leaves == 384 and cap_l == 3840, "capacity 384 tấn leaves = 3.840 lít")
    p.check(prod[0][3] <= cap_l, "2026 within capacity")
    p.check(all(prod[y][3] > cap_l and off(prod[y][3], cap_l) for y in (1, 2))
            and close(prod[1][3] / cap_l, 1.094, 0.001) and close(prod[2][3] / cap_l, 1.25, 0.001),
            "PLANTED 2027 4.200 lít (+9,4 %) and 2028 4.800 lít (+25 %) > capacity 3.840")
    p.check(400 + 650 + 150 + 100 + 700 == 2000 == 1200 + 800 and 400 + 650 + 150 == 1200 and 1200 / 8 == 150,
            "capital 2.000, fixed 1.200 / 8")
    avgp = avg1([r[4] for r in summ])
    p.check(avgp == 559.4 and close(2000 / (avgp + 150), 2.8, 0.02), "average 559,4, payback 2,8")
    p.check(close(prod[0][3] / 2600, 1.15, 0.01), "+15 % on 2025")
    p.has("38.000 đồng/chai", "150.000 đồng/chai", "380.000 đồng/lít", "3.000 lít", "Tổng vốn đầu tư: 2.000 triệu đồng",
          "1 hệ thống nồi chưng cất inox 800 kg lá/mẻ", "Mỗi ngày chưng cất 2 mẻ", "khoảng 240 ngày/năm",
          "khoảng 384 tấn lá/năm", "10 lít tinh dầu cho mỗi tấn lá", "khoảng 3.840 lít tinh dầu/năm",
          "khoảng 1.000 tấn/năm", "1.520 + 1.200 + 532 = 3.252", "2.000 : (559,4 + 150) ≈ 2,8 năm",
          "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "đăng ký môi trường")
    p.lacks(r"(20(2[7-9])|thêm|mới).{0,40}(nồi chưng cất|hệ thống chưng cất).{0,20}(thứ hai|thứ 2|bổ sung)",
            "no second still planned")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Bộ tiêu chí ban hành kèm Quyết định 1048/QĐ-TTg")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current OCOP criteria are not cited")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|thử nghiệm|phiếu kết quả|ISO",
            "PLANTED no product standard, declaration or lab test")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def am08() -> Plan:
    p = Plan("am08_nuoc_gung_sa_duc_dong_tht")
    le, th, n, ginger, lem, w = (p.row("Chai lẻ 330 ml"), p.row("Thùng 24 chai |"), p.row("Tổng số chai"),
                                 p.row("Gừng tươi"), p.row("Sả tươi"), p.row("Lao động trực tiếp"))
    rev, rl, rt = p.row("Doanh thu |"), p.row("Chai lẻ (15.000"), p.row("Thùng 24 chai (320.000")
    lines = [p.row(x) for x in ("Gừng, sả, đường", "Chai, nắp, nhãn", "Thùng carton", "Tiền công lao động", "Điện, gas",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Chi khác", "Thuế khoán")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(n[y] == le[y] + th[y] * 24 and close(ginger[y], n[y] * 0.025) and close(lem[y], n[y] * 0.01),
                f"bottles, 25 g ginger, 10 g lemongrass {y}")
        p.check(close(rl[y], le[y] * 0.015) and close(rt[y], th[y] * 0.32) and close(rev[y], rl[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], n[y] * 0.001) and close(lines[1][y], n[y] * 0.0025) and close(lines[2][y], th[y] * 0.008)
                and close(lines[3][y], w[y] * 4.5 * 12) and close(lines[4][y], n[y] * 0.0005) and close(lines[5][y], 50)
                and close(lines[6][y], [150, 100, 50][y] * 0.07) and close(lines[7][y], rev[y] * 0.1)
                and close(lines[8][y], 24) and close(lines[9][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(n[y] <= 2000 * 260, f"line capacity 520.000 {y}")
        p.check(ginger[y] <= 2.5 * 15000 and ginger[y] <= 4 * 15000, f"ginger within either area {y}")
    p.check(off(rev[1], rev[0], 50) and off(rev[2], rev[1], 50) and close(rev[1] / rev[0], 2.96, 0.01)
            and close(rev[2] / rev[1], 2.47, 0.01) and n[1] / n[0] == 3 and n[2] / n[1] == 2.5,
            "PLANTED growth ×3 then ×2,5 (revenue +196 %, +147 %)")
    p.check(close(n[0] / 25000, 1.6, 0.01), "2026 is +60 % on 2025 (new line)")
    p.check(p.count("2,5 ha") == 1 and p.count("4 ha") == 1 and off(4, 2.5),
            "PLANTED ginger–lemongrass area 2,5 ha (section 1) vs 4 ha (raw materials)")
    p.check(280 + 50 + 20 + 50 + 100 == 500 == 350 + 150 and 280 + 50 + 20 == 350 and 350 / 7 == 50,
            "capital 500 = 350 + 150, fixed 350 / 7")
    avgp = avg1(prof)
    p.check(avgp == 699.4 and close(500 / (avgp + 50), 0.67, 0.01), "average 699,4, payback 0,7")
    p.has("15.000 đồng/chai", "320.000 đồng/thùng", "Nhu cầu vốn cho phương án là 500 triệu đồng", "7.500 kg",
          "Các tổ viên canh tác 2,5 ha gừng xen sả", "Vùng nguyên liệu của tổ gồm 4 ha gừng, sả",
          "khoảng 2.000 chai/ngày", "khoảng 520.000 chai/năm", "vốn lưu động 100 triệu đồng",
          "Giấy chứng nhận đăng ký tổ hợp tác số 05/GCN-THT", "TCCS 01:2026/GSĐĐ", "tự công bố sản phẩm",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng 2 ngăn", "nhờ mở rộng bán hàng")
    p.lacks(r"hợp đồng (bao tiêu|phân phối|cung cấp|mua bán)|siêu thị|nhà phân phối|xuất khẩu|Shopee|Lazada|chuỗi",
            "no new customer, contract or distributor behind the growth")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh an toàn|15/2018|HACCP|ISO 22000|đủ điều kiện|giấy chứng nhận cơ sở|cam kết sản xuất",
            "PLANTED no food-safety certificate, commitment or plan")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def am09() -> Plan:
    p = Plan("am09_mat_ong_keo_tai_tuong_huong_binh_cty")
    h, c1, bb, kg, own, w = (p.row("Hũ 500 g |"), p.row("Chai 1 kg |"), p.row("Mật bán buôn |"), p.row("Tổng mật thành phẩm"),
                             p.row("Đàn ong của công ty cho mật"), p.row("Lao động |"))
    rev, rh, rc, rb = p.row("Doanh thu |"), p.row("Hũ 500 g (150.000"), p.row("Chai 1 kg (280.000"), p.row("Mật bán buôn (110.000")
    lines = [p.row(x) for x in ("Mật thu mua", "Chi phí đàn ong", "Hũ, chai, hộp", "Tiền lương", "Điện, vận chuyển",
                                 "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng
        p.check(kg[y] == h[y] * 0.5 + c1[y] + bb[y], f"kg {y}")
        p.check(kg[y] <= own[y] * 25 + 10000, f"honey supply {y}")
        p.check(close(rh[y], h[y] * 0.15) and close(rc[y], c1[y] * 0.28) and close(rb[y], bb[y] * 0.11)
                and close(rev[y], rh[y] + rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], 10000 * 0.11) and close(lines[1][y], own[y] * 0.9)
                and close(lines[2][y], h[y] * 0.009 + c1[y] * 0.014 + bb[y] * 0.002) and close(lines[3][y], w[y] * 7.5 * 12)
                and close(lines[4][y], 80) and close(lines[5][y], 125) and close(lines[6][y], [1000, 750, 500][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.08) and close(lines[8][y], 240), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, pre-tax {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
    growth_ok(p, rev, 1.15, "revenue")
    items = 400 + 250 + 150 + 200 + 100 + 1400
    p.check(items == 2500 and 400 + 250 + 150 + 200 == 1000 and 1000 / 8 == 125, "items 2.500, fixed 1.000 / 8")
    p.has("| 400 tr.đ |", "| 250 tr.đ |", "| 150 tr.đ |", "| 200 tr.đ |", "| 100 tr.đ |", "| 1.400 tr.đ |",
          "| Tổng vốn đầu tư | 2.500 tr.đ |")
    sources = 1200 + 1000
    p.check(off(sources, items) and close(sources / items, 0.88, 0.001),
            "PLANTED sources 1.200 + 1.000 = 2.200 != total 2.500 (−12 %)")
    avgp = avg1(post)
    p.check(avgp == 1120.2, "average profit after tax 1.120,2")
    true_pb = 2500 / (avgp + 125)
    p.check(close(true_pb, 2.0, 0.01) and off(1.2, true_pb) and off(1.2, 2200 / (avgp + 125)) and off(1.2, 2500 / avgp),
            "PLANTED payback 1,2 != 2.500 : (1.120,2 + 125) ≈ 2,0 (1,77 on 2.200; 2,23 without depreciation)")
    p.check(close((h[0] * 0.5 + c1[0]) / kg[0], 0.636, 0.01) and close((h[2] * 0.5 + c1[2]) / kg[2], 0.735, 0.01),
            "packaged share up to 73 %")
    p.has("150.000 đồng/hũ", "280.000 đồng/chai", "110.000 đồng/kg", "22.000 kg",
          "vốn góp của cổ đông 1.200 triệu đồng", "1.000 triệu đồng, thời hạn 5 năm, lãi suất 8%/năm, trả gốc 250 triệu đồng/năm",
          "Lợi nhuận sau thuế bình quân 3 năm là 1.120,2 triệu đồng/năm; cộng khấu hao 125 triệu đồng/năm",
          "Thời gian hoàn vốn dự kiến khoảng 1,2 năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2023/HB", "Giấy chứng nhận đăng ký nhãn hiệu số 412873", "mã số 3002279035")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|số lô",
            "PLANTED no label, label content or labelling decree")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def am10() -> Plan:
    p = Plan("am10_thit_heo_kho_tieu_thien_cam_hkd")
    a, b, meat, hired = p.row("Hũ 250 g |"), p.row("Hũ 500 g |"), p.row("Thịt heo tươi cần dùng"), p.row("Lao động thuê")
    rev, ra, rb = p.row("Doanh thu |"), p.row("Hũ 250 g (85.000"), p.row("Hũ 500 g (160.000")
    lines = [p.row(x) for x in ("Thịt heo tươi (110.000", "Nước mắm, tiêu", "Hũ, nắp, nhãn", "Tiền công lao động thuê",
                                 "Gas, điện, nước", "Khấu hao", "Lãi vay", "Tiêu thụ, vận chuyển", "Thuế khoán", "Chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # nghìn đồng
        p.check(close(meat[y], a[y] * 0.35 + b[y] * 0.7) and meat[y] <= 12000 and meat[y] <= 100 * 250, f"meat, supply, pots {y}")
        p.check(close(ra[y], a[y] * 85) and close(rb[y], b[y] * 160) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], meat[y] * 110) and close(lines[1][y], meat[y] * 12)
                and close(lines[2][y], a[y] * 6 + b[y] * 9) and close(lines[3][y], hired[y] * 5500 * 12)
                and close(lines[4][y], meat[y] * 6) and close(lines[5][y], 35000)
                and close(lines[6][y], [200000, 150000, 100000][y] * 0.07) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[8][y], rev[y] * 0.015) and close(lines[9][y], 12000), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(a[y] + b[y] <= 200 * 3 * 250, f"autoclave {y}")
    growth_ok(p, rev, 1.25, "revenue")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[1], rev[1] - cost[1]), "2026 and 2027 profit right")
    p.check(rev[2] - cost[2] == 446800 and off(prof[2], rev[2] - cost[2]) and close(prof[2] / 446800, 1.224, 0.001),
            "PLANTED 2028 profit 546.800 != 2.320.000 − 1.873.200 = 446.800 (+22 %)")
    p.check(150 + 40 + 100 + 30 + 30 + 40 + 110 == 500 == 300 + 200 and 150 + 40 + 100 + 30 + 30 == 350,
            "capital 500, fixed 350 / 10 = 35")
    p.check(close(500000 / (prof[0] + 35000), 1.54, 0.01), "payback 1,5 on the first year's profit")
    p.check(close(meat[0] / 5300, 1.32, 0.01), "+32 % meat on 2025")
    p.has("85.000 đồng/hũ", "160.000 đồng/hũ", "7.000 kg", "Tổng vốn đầu tư 500 triệu đồng",
          "500.000 : (289.100 + 35.000) ≈ 1,5 năm", "1 tấn thịt ba chỉ, nạc vai mỗi tháng, tức 12 tấn/năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/BH", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "bể tách mỡ", "hộ kinh doanh gia đình")
    market = p.body.split("# 6) Thị trường", 1)[1].split("# 7)", 1)[0]
    p.check(not re.search(r"\d{2,3}\.000 đồng|đ/|giá bán|khách hàng|đại lý|cửa hàng|siêu thị|chợ|bán lẻ|bán buôn|kênh",
                          market, re.I), "PLANTED the market section names no customer, channel or price")
    p.lacks(r"đại lý|siêu thị|cửa hàng|\bchợ\b|sàn thương mại|Shopee|Lazada|TikTok|Facebook|Zalo|trực tuyến|online|bán lẻ|"
            r"bán buôn|nhà hàng|khách sạn|hội chợ|xuất khẩu|phân phối|kênh|điểm bán|quà tặng|nhà hàng|khách du lịch",
            "PLANTED no sales channel anywhere")
    p.lacks(r"đăng ký (hộ )?kinh doanh|giấy chứng nhận đăng ký|mã số (thuế|hộ|doanh)|\bMST\b|số đăng ký",
            "PLANTED no business registration")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("am11_banh_da_lon_co_dam_so_sai")
    a.check(40 * 50000 * 25 == 50e6, "40 kg × 50.000 đ × 25 ngày = 50 triệu/tháng")
    a.has("khoảng 40 kg bánh", "50.000 đồng/kg", "khoảng 50 triệu đồng/tháng", "giấy chứng nhận đăng ký hộ kinh doanh",
          "chợ Cổ Đạm")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|kiểm soát", "gaps are genuine (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("am12_mut_ca_rot_mai_phu_so_sai")
    b.check(close(1500 * 120000, 180e6), "1,5 tấn × 120.000 đ/kg = 180 triệu")
    b.has("khoảng 1,5 tấn mứt", "120.000 đồng/kg", "khoảng 180 triệu đồng", "chưa đăng ký")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|kiểm soát|đại lý|cửa hàng|chợ", "gaps are genuine")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def no_shared_sentences(plans: list[Plan]) -> Plan:
    """No sentence of 12 words or more appears in two producers' plans (what the boilerplate rule reports)."""
    p = Plan("am01_banh_quy_gao_lut_cam_binh_cty")
    p.stem = "(all plans) no shared sentences"
    seen: dict[str, str] = {}
    for q in plans:
        for s in re.split(r"(?<=[.;:!?])\s+|\n", q.body):
            s = " ".join(s.split())
            if len(s.split()) >= 12 and not s.startswith("|"):
                if s in seen and seen[s] != q.stem:
                    p.failures.append(f"shared sentence {seen[s]} / {q.stem}: {s[:80]}")
                seen.setdefault(s, q.stem)
    return p


def main() -> int:
    plans = [fn() for fn in (am01, am02, am03, am04, am05, am06, am07, am08, am09, am10)] + sketchy()
    return plancheck.report(plans + [no_shared_sentences(plans)])


if __name__ == "__main__":
    sys.exit(main())
