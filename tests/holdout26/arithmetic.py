"""The twenty-sixth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout26/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no registration, no trademark, no product standard, no food
safety, no sales channel, a replaced instrument, no environmental measure, no label, a second
producer name) are asserted too, as is the absence of template placeholders in every plan.
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

REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018|01/2021/NĐ-CP|38/2012|\bhuyện\b"


class Plan(plancheck.Plan):
    src = HERE / "src"


def tax_rate(rev_million: float) -> float:
    """CIT for small firms and cooperatives: 15 % up to 3 tỷ of revenue, 17 % above."""
    return 0.15 if rev_million <= 3000 else 0.17


def clean(p: Plan, replaced: bool = True) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if replaced:
        p.lacks(REPLACED, "cites a replaced instrument or a district body")


def aa01() -> Plan:
    p = Plan("aa01_cha_ruoi_mai_phu_htx")
    hop, bulk, kg, ruoi = (p.row("Chả rươi hộp 500 g"), p.row("Chả rươi túi 1 kg"), p.row("Tổng sản lượng chả rươi"),
                           p.row("Rươi tươi cần dùng"))
    rev, rh, rb = p.row("Doanh thu |", skip=1), p.row("Hộp 500 g (230.000"), p.row("Túi 1 kg (420.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Rươi tươi (250.000", "Thịt, trứng, gia vị", "Hộp, túi, nhãn", "Điện, gas",
                                 "Tiền công lao động", "Khấu hao tài sản", "Lãi vay", "Bán hàng, vận chuyển lạnh",
                                 "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    workers = [6, 7, 7]
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.5 + bulk[y] and close(ruoi[y], kg[y] * 0.6), f"kg, rươi 0,6 kg/kg {y}")
        p.check(close(rh[y], hop[y] * 0.23) and close(rb[y], bulk[y] * 0.42) and close(rev[y], rh[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], ruoi[y] * 0.25) and close(lines[1][y], kg[y] * 0.04)
                and close(lines[2][y], hop[y] * 0.006 + bulk[y] * 0.002) and close(lines[3][y], kg[y] * 0.015),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], workers[y] * 5.5 * 12) and close(lines[5][y], 800 / 10)
                and close(lines[6][y], [400, 300, 200][y] * 0.07) and close(lines[7][y], rev[y] * 0.05), f"wages etc {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * tax_rate(rev[y])) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(ruoi[y] <= 12 * 450 and kg[y] <= 40 * 200, f"rươi supply 5.400 kg, capacity 8.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(350 + 250 + 200 + 50 + 350 == 1200 == 800 + 400 and 350 + 250 + 200 == 800, "capital, fixed 800")
    p.check(close(sum(post) / 3, 530, 0.001) and close(1200 / (530 + 80), 2.0, 0.02), "average 530, payback 2,0")
    p.check(close(kg[0] / 4200, 1.19, 0.01) and close(rev[0] / 1720, 1.29, 0.01) and pre[0] / rev[0] < 0.3, "+19 % output, +29 % revenue on 2025; margin")
    p.has("230.000 đồng/hộp", "420.000 đồng/kg", "(408 + 516,6 + 665,3) : 3 ≈ 530", "1.200 : (530 + 80) ≈ 2,0 năm",
          "khoảng 450 kg/ha/vụ, tổng khoảng 5.400 kg", "khoảng 40 kg chả/ngày, làm 200 ngày/năm, công suất khoảng 8.000 kg/năm",
          "Giấy chứng nhận đăng ký hợp tác xã số", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/RMP",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể tách mỡ", "Kiểm soát chất lượng nội bộ")
    clean(p)
    return p


def aa02() -> Plan:
    p = Plan("aa02_tra_giao_co_lam_son_giang_cty")
    hop, tui, kg, fresh = (p.row("Hộp túi lọc 50 g"), p.row("Túi trà lá 250 g"), p.row("Trà thành phẩm quy đổi"),
                           p.row("Lá tươi cần dùng"))
    lines = [p.row(x) for x in ("Lá tươi (15.000", "Túi lọc, hộp", "Điện sấy", "Lương lao động", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, chiết khấu", "Quản lý, kiểm nghiệm")]
    cost = p.row("Cộng chi phí")
    summary = [p.row(f"Năm {2026 + y}", 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    workers = [8, 9, 9]
    for y in Y:  # 1.000 đồng
        rev = hop[y] * 75 + tui[y] * 110
        p.check(kg[y] == hop[y] * 0.05 + tui[y] * 0.25 and close(fresh[y], kg[y] * 5.5), f"kg, fresh 5,5 {y}")
        p.check(close(lines[0][y], fresh[y] * 15) and close(lines[1][y], hop[y] * 9 + tui[y] * 4)
                and close(lines[2][y], kg[y] * 8) and close(lines[3][y], workers[y] * 6000 * 12)
                and close(lines[4][y], 1500000 / 10) and close(lines[5][y], [600000, 400000, 200000][y] * 0.08)
                and close(lines[6][y], rev * 0.15), f"cost lines {y}")
        s = summary[y]
        p.check(close(cost[y], lines_sum(lines, y)) and close(s[0], rev) and close(s[1], cost[y])
                and close(s[2], s[0] - s[1]) and close(s[3], s[2] * 0.15) and close(s[4], s[2] - s[3]), f"summary {y}")
        p.check(s[0] <= 3000000 and fresh[y] <= 35000 and kg[y] <= 4000, f"15 % tax, supply 35 tấn, dryer {y}")
        if y:
            p.check(summary[y][0] / summary[y - 1][0] < 1.25, f"growth {y}")
    p.check(600000 + 750000 + 150000 + 100000 + 400000 == 2000000 == 1400000 + 600000, "capital 2 tỷ")
    avg = sum(s[4] for s in summary) / 3
    p.check(close(avg, 635396, 0.0001) and close(2000000 / (avg + 150000), 2.5, 0.02), "average, payback 2,5")
    p.check(close(80 * 8 * 250 / 5.5, 29090, 0.01) and 30 * 60 * 8 * 250 >= hop[2] * 25, "dryer > 4.000 kg; bagger")
    p.check(close(kg[0] / 2000, 1.25, 0.01) and close(summary[0][0] / 1750000, 1.23, 0.01), "+25 % output, +23 % revenue on 2025")
    p.has("75.000 đồng/hộp", "110.000 đồng/túi", "(434.987 + 614.996 + 856.205) : 3 ≈ 635.396",
          "2.000.000 : 785.396 ≈ 2,5 năm", "20.000 hộp × 75.000 đồng + 6.000 túi × 110.000 đồng = 2.160.000 nghìn đồng",
          "Giấy chứng nhận đăng ký doanh nghiệp mã số", "TCCS 02:2026/NP", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường", "Kiểm soát chất lượng nội bộ", "an toàn thực phẩm")
    clean(p)
    return p


def aa03() -> Plan:
    p = Plan("aa03_tui_coi_co_dam_tht")
    tx, mn, n, coi = (p.row("Túi xách cói cỡ lớn"), p.row("Túi cói mini"), p.row("Cộng (chiếc)"), p.row("Cói khô cần dùng"))
    items = [p.one(x) for x in ("Cải tạo nhà kho", "Máy ép cói", "Thiết kế mẫu", "Vốn lưu động")]
    rev = [tx[y] * 0.15 + mn[y] * 0.08 for y in Y]
    lines = [[coi[y] * 0.03, tx[y] * 0.025 + mn[y] * 0.01, tx[y] * 0.045 + mn[y] * 0.02, n[y] * 0.005, n[y] * 0.004,
              60, [14, 7, 0][y], rev[y] * 0.10, 72, rev[y] * 0.015] for y in Y]
    cost = [sum(x) for x in lines]
    prof = [rev[y] - cost[y] for y in Y]
    for y in Y:  # tr.đ
        p.check(n[y] == tx[y] + mn[y] and close(coi[y], tx[y] * 0.35 + mn[y] * 0.15), f"count, sedge {y}")
        p.check(coi[y] <= 7500 and tx[y] / 1.5 + mn[y] / 3 <= 40 * 200, f"sedge 7,5 tấn, 8.000 workdays {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check([round(x, 2) for x in rev] == [1220, 1450, 1680], "revenue 1.220 / 1.450 / 1.680")
    p.check([round(x, 2) for x in cost] == [997.3, 1149.75, 1302.2], "cost 997,3 / 1.149,75 / 1.302,2")
    p.check([round(x, 2) for x in prof] == [222.7, 300.25, 377.8], "profit")
    p.check(sum(items) == p.one("Cộng |") == 600 == 400 + 200 and items[0] + items[1] == 300, "capital 600, fixed 300")
    p.check(close(sum(prof) / 3, 300.25, 0.001) and round(600 / (300.25 + 60), 1) == 1.7, "payback 1,7")
    p.check(close((tx[2] / 1.5 + mn[2] / 3), 7333, 0.001), "7.333 workdays in 2028")
    p.check(close(rev[0] / 980, 1.24, 0.01), "+24 % on 2025")
    p.has("150.000 đồng/chiếc", "80.000 đồng/chiếc", "6.000 túi xách × 150.000 đồng = 900 tr.đ",
          "4.000 túi mini × 80.000 đồng = 320 tr.đ, tổng doanh thu 1.220 tr.đ", "Tổng chi phí năm 2026 là 997,3 tr.đ",
          "Năm 2027 tổng chi phí 1.149,75 tr.đ (cói 96; phụ kiện 225; công đan 415; nhuộm, sấy 60; túi giấy, nhãn 48; "
          "khấu hao 60; lãi vay 7; bán hàng 145; quản lý 72; thuế 21,75)",
          "Năm 2028 tổng chi phí 1.302,2 tr.đ (cói 111; phụ kiện 260; công đan 480; nhuộm, sấy 70; túi giấy, nhãn 56; "
          "khấu hao 60; lãi vay 0; bán hàng 168; quản lý 72; thuế 25,2)",
          "1.220 − 997,3 = 222,7 tr.đ", "1.450 − 1.149,75 = 300,25 tr.đ", "1.680 − 1.302,2 = 377,8 tr.đ",
          "600 : 360,25 ≈ 1,7 năm", "Giấy chứng nhận đăng ký tổ hợp tác", "TCCS 01:2026/CĐ", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "Kiểm soát chất lượng nội bộ", "bể xây")
    p.check(len(p.rows) == 13, "only two small tables (finances in running text)")
    clean(p)
    return p


def aa04() -> Plan:
    p = Plan("aa04_cau_ca_ho_sen_dong_tien_hkd")
    rev, rc, ra, rch = p.row("Tổng doanh thu"), p.row("Vé câu cá"), p.row("Ăn uống (60.000"), p.row("Thuê chòi")
    cau, an, choi = p.row("Số lượt câu"), p.row("Số suất ăn uống"), p.row("Số lượt thuê chòi")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Cá thả bổ sung", "Thực phẩm, đồ uống", "Tiền công lao động", "Điện, nước, vệ sinh",
                                 "Khấu hao |", "Lãi vay |", "Quảng bá (5%", "Chăm sóc sen", "Quản lý, chi khác",
                                 "Thuế khoán")]
    prof = p.row("Lợi nhuận |")
    workers = [5, 6, 6]
    for y in Y:  # triệu đồng
        p.check(close(rc[y], cau[y] * 0.15) and close(ra[y], an[y] * 0.06) and close(rch[y], choi[y] * 0.08)
                and close(rev[y], rc[y] + ra[y] + rch[y]), f"revenue (total row on top) {y}")
        p.check(close(lines[0][y], cau[y] * 0.5 * 0.045) and close(lines[1][y], ra[y] * 0.5)
                and close(lines[2][y], workers[y] * 5.5 * 12) and close(lines[4][y], 90)
                and close(lines[5][y], [400, 300, 200][y] * 0.075) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[9][y], rev[y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(cau[y] <= 60 * 2 * 300 and choi[y] <= 12 * 2 * 300 and cau[y] * 0.5 <= 5000 and an[y] <= 80 * 300,
                f"spots, huts, fish contract, kitchen {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    total, *items = [p.one(x) for x in ("Tổng vốn đầu tư |", "Kè bờ hồ", "Sàn câu có mái che", "Nhà vệ sinh, khu bếp",
                                         "Thuyền, dụng cụ", "Quảng bá, biển hiệu", "Vốn lưu động")]
    src = [p.one("Nguồn: vốn của hộ"), p.one("Nguồn: vay Ngân hàng")]
    p.check(total == sum(items) == sum(src) == 1100 and sum(items[:4]) == 900, "capital 1.100 (total on top), fixed 900")
    p.check(close(sum(prof) / 3, 372.16, 0.001) and close(1100 / (372.16 + 90), 2.4, 0.02), "payback 2,4")
    p.check(close(8000 / 36000, 0.22, 0.01) and close(cau[0] / 4800, 1.25, 0.001) and close(rev[0] / 1000, 1.26, 0.001), "22 % of capacity; +25 % visits, +26 % revenue on 2025")
    p.check(100 * 45 + 200 * 12.5 == 7000 and 100 * 40 + 200 * 10 == 6000, "weekend/weekday estimate ≈ 6.000 lượt")
    p.has("150.000 đồng/lượt", "60.000 đồng/suất", "80.000 đồng/lượt", "(259,8 + 350,16 + 506,52) : 3 = 372,16",
          "1.100 : (372,16 + 90) ≈ 2,4 năm", "60 chỗ câu × 2 ca/ngày × 300 ngày = 36.000 lượt/năm",
          "Giấy chứng nhận đăng ký hộ kinh doanh số", "an toàn thực phẩm", "tiêu chuẩn cơ sở về dịch vụ",
          "Cục Sở hữu trí tuệ", "bể tự hoại", "Kiểm soát chất lượng nội bộ")
    clean(p)
    return p


def aa05() -> Plan:
    p = Plan("aa05_thit_trau_gac_bep_phuc_trach_hkd")
    a, b, kg, fresh = p.row("Túi 250 g"), p.row("Túi 500 g"), p.row("Thành phẩm quy đổi"), p.row("Thịt trâu tươi cần dùng")
    lines = [p.row(x) for x in ("Thịt trâu tươi (230.000", "Gia vị (30.000", "Củi, than, điện", "Túi hút chân không",
                                 "Tiền công 3 lao động", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    cost = p.row("Tổng chi phí")
    written = [948, 1246, 1364]  # section 13.1, running text
    true = [a[y] * 0.30 + b[y] * 0.58 for y in Y]
    for y in Y:  # triệu đồng
        p.check(kg[y] == a[y] * 0.25 + b[y] * 0.5 and close(fresh[y], kg[y] * 2.4), f"kg, fresh 2,4 {y}")
        p.check(close(lines[0][y], fresh[y] * 0.23) and close(lines[1][y], kg[y] * 0.03) and close(lines[2][y], kg[y] * 0.02)
                and close(lines[3][y], (a[y] + b[y]) * 0.003) and close(lines[4][y], 3 * 4.5 * 12)
                and close(lines[5][y], 200 / 5) and close(lines[6][y], [150, 100, 50][y] * 0.08)
                and close(lines[7][y], written[y] * 0.08), f"cost lines (selling on the written revenue) {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost total {y}")
        p.check(fresh[y] <= 3000, f"meat within the 3-tấn agreement {y}")
    p.check(close(written[0], true[0]) and close(written[2], true[2]), "2026 and 2028 revenue right")
    p.check(close(true[1], 1126) and off(written[1], true[1]), "PLANTED 2027 revenue 1.246 != 2.400×0,3 + 700×0,58 = 1.126 (+10,7 %)")
    prof = [144.76, 331.12, 321.18]
    p.check(all(close(prof[y], written[y] - cost[y]) for y in Y), "stated profits follow the written revenue")
    cap_fresh, cap_kg = 20 * 120, 20 * 120 / 2.4
    p.check(cap_fresh == 2400 and close(cap_kg, 1000), "one cabinet: 20 kg × 120 batches = 2.400 kg fresh ≈ 1.000 kg")
    p.check(kg[0] <= cap_kg and kg[1] <= cap_kg, "2026 and 2027 within the cabinet")
    p.check(off(kg[2], cap_kg) and kg[2] > cap_kg, "PLANTED capacity-exceeded: 1.150 kg planned in 2028 > 1.000 (+15 %)")
    p.check(60 + 95 + 45 + 30 + 120 == 350 == 200 + 150 and 60 + 95 + 45 == 200, "capital 350, fixed 200")
    stated_avg = sum(prof) / 3
    true_avg = (prof[0] + true[1] - cost[1] + prof[2]) / 3
    p.check(close(stated_avg, 265.69, 0.001) and close(350 / (stated_avg + 40), 1.1, 0.05), "stated payback 1,1")
    p.check(off(350 / (true_avg + 40), 1.1), "tolerated knock-on: true payback 1,3")
    p.check(off(kg[2] / kg[1], 1.0, 15) and kg[2] / kg[1] < 1.3, "tolerated: +21 % in 2028 beyond capacity")
    p.has("300.000 đồng/túi", "580.000 đồng/túi", "700 túi 500 g (580.000 đồng/túi), doanh thu 1.246 triệu đồng",
          "công suất 20 kg thịt tươi/mẻ", "khoảng 120 mẻ/năm", "tương đương khoảng 1.000 kg thành phẩm",
          "Số lao động giữ nguyên 3 người", "350 : (265,69 + 40) ≈ 1,1 năm", "bản cam kết bảo đảm an toàn thực phẩm",
          "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "hố ga tách mỡ", "Kiểm soát chất lượng nội bộ")
    p.lacks(r"đăng ký (hộ )?kinh doanh|mã số thuế|giấy chứng nhận đăng ký|hộ kinh doanh|thuế khoán|đăng ký hộ|"
            r"ngành nghề đăng ký|\bGCN\b|\bĐKKD\b", "PLANTED no business registration anywhere")
    clean(p)
    return p


def aa06() -> Plan:
    p = Plan("aa06_ruou_chanh_leo_ky_thuong_htx")
    c5, c3, lit, qua, nen, gao = (p.row("Chai 500 ml |"), p.row("Chai 300 ml |"), p.row("Tổng sản lượng rượu"),
                                  p.row("Quả chanh leo cần dùng"), p.row("Rượu nếp nền"), p.row("Gạo nếp |"))
    rev, r5, r3 = p.row("Doanh thu |"), p.row("Chai 500 ml (220.000"), p.row("Chai 300 ml (150.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Quả chanh leo (12.000", "Gạo nếp (20.000", "Men, đường phèn", "Chai, nút, hộp, nhãn",
                                 "Điện, củi", "Lương lao động", "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu",
                                 "Quản lý, kiểm nghiệm", "Thuế tiêu thụ đặc biệt")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    workers = [6, 7, 7]
    for y in Y:  # triệu đồng
        p.check(lit[y] == c5[y] * 0.5 + c3[y] * 0.3 and close(qua[y], lit[y] * 1.5) and close(nen[y], lit[y] * 0.5)
                and close(gao[y], nen[y] / 0.5), f"litres, fruit 1,5, base 0,5, rice {y}")
        p.check(close(r5[y], c5[y] * 0.22) and close(r3[y], c3[y] * 0.15) and close(rev[y], r5[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], qua[y] * 0.012) and close(lines[1][y], gao[y] * 0.02) and close(lines[2][y], lit[y] * 0.01)
                and close(lines[3][y], c5[y] * 0.012 + c3[y] * 0.009) and close(lines[4][y], lit[y] * 0.008)
                and close(lines[5][y], workers[y] * 5.5 * 12) and close(lines[6][y], 605 / 10)
                and close(lines[7][y], [400, 300, 200][y] * 0.07) and close(lines[8][y], rev[y] * 0.08)
                and close(lines[10][y], rev[y] * 65 / 165), f"cost lines, excise 65/165 {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * tax_rate(rev[y])) and close(post[y], pre[y] - tax[y]), f"profit, tax {y}")
        p.check(lit[y] <= 12000 and gao[y] <= 10000, f"licence and 6 tanks × 500 l × 4 = 12.000 l; rice contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    supply = 0.85 * 14000
    p.check(close(supply, 11900) and qua[0] <= supply and qua[1] <= supply, "fruit supply 11.900 kg covers 2026–2027")
    p.check(qua[2] > supply and off(qua[2], supply), "PLANTED material-shortfall: 13.200 kg needed in 2028 vs 11.900 (+10,9 %)")
    equip = [p.row(x, 3) for x in ("Bồn lên men", "Máy tách vỏ", "Hệ thống lọc tinh", "Máy chiết rót", "Kho lạnh bảo quản")]
    p.check(all(close(q * u, t) for q, u, t in equip), "equipment rows: quantity × unit price")
    items = sum(t for *_, t in equip)
    stated = p.one("Cộng |")
    p.check(items == 385 and stated == 425 and off(stated, items), "PLANTED table-total-mismatch: Bảng 4 items 385, 'Cộng' 425")
    p.check(180 + 425 + 60 + 235 == 900 == 500 + 400 and 180 + 425 == 605, "investment uses the stated 425; sources = total")
    avg = sum(post) / 3
    p.check(close(avg, 494.9, 0.001) and close(900 / (avg + 60.5), 1.6, 0.02), "payback 1,6")
    p.check(close(900 / (avg + 60.5), 860 / (avg + 56.5), 0.05), "payback barely moves with the true equipment sum")
    p.check(close(lit[0] / 4800, 1.29, 0.01) and close(rev[0] / 2300, 1.22, 0.01), "+29 % litres, +22 % revenue on 2025")
    p.has("220.000 đồng/chai", "150.000 đồng/chai", "(361,48 + 473,81 + 649,41) : 3 ≈ 494,9", "900 : (494,9 + 60,5) ≈ 1,6 năm",
          "0,85 ha đang cho thu hoạch, năng suất bình quân 14 tấn/ha/năm, tương đương khoảng 11.900 kg quả/năm",
          "hợp tác xã không mua quả của hộ ngoài", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh số",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-3:2010/BYT", "Nghị định 43/2017/NĐ-CP",
          "hàm lượng etanol", "đăng ký môi trường", "Kiểm soát chất lượng nội bộ")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|\blogo\b|chỉ dẫn địa lý|văn bằng", "PLANTED no trademark or IP anywhere")
    clean(p)
    return p


def aa07() -> Plan:
    p = Plan("aa07_cao_ich_mau_vu_quang_ctcp")
    a, b, lit, herb = p.row("Chai 250 ml |"), p.row("Hộp 20 gói"), p.row("Cao thành phẩm quy đổi"), p.row("Dược liệu khô cần dùng")
    r5, rg, rev = p.row("Doanh thu chai 250 ml"), p.row("Doanh thu hộp gói"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Dược liệu khô (35.000", "Đường phèn, phụ liệu", "Chai, gói, hộp, nhãn", "Điện, nhiên liệu",
                                 "Lương công nhân", "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu", "Quản lý doanh nghiệp")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    workers = [10, 11, 12]
    for y in Y:  # triệu đồng
        p.check(lit[y] == a[y] * 0.25 + b[y] * 0.2 and close(herb[y], lit[y] * 1.2), f"litres, herbs 1,2 {y}")
        p.check(close(r5[y], a[y] * 0.14) and close(rg[y], b[y] * 0.095) and close(rev[y], r5[y] + rg[y]), f"revenue {y}")
        p.check(close(lines[0][y], herb[y] * 0.035) and close(lines[1][y], lit[y] * 0.015)
                and close(lines[2][y], a[y] * 0.008 + b[y] * 0.012) and close(lines[3][y], lit[y] * 0.012)
                and close(lines[4][y], workers[y] * 6.5 * 12) and close(lines[5][y], 1800 / 10)
                and close(lines[6][y], [700, 500, 300][y] * 0.08) and close(lines[7][y], rev[y] * 0.15), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * tax_rate(rev[y])) and close(post[y], pre[y] - tax[y]), f"profit, tax {y}")
        p.check(herb[y] <= 10000 and lit[y] <= 40 * 250, f"own herbs 10 tấn, 10.000 l capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    items = [p.one(x) for x in ("Nhà xưởng chế biến cao", "Thiết bị chiết xuất", "Cải tạo vườn", "Thiết kế bao bì", "Vốn lưu động")]
    total = p.one("Tổng cộng |")
    p.check(sum(items) == total == 2400 and sum(items[:3]) == 1800, "items = stated total 2.400, fixed 1.800")
    sources = 1200 + 300 + 700
    p.check(sources == 2200 and off(sources, total), "PLANTED capital-mismatch: sources 2.200 vs total 2.400 (−8,3 %)")
    avg = sum(post) / 3
    p.check(close(avg, 417.43, 0.001) and close(2400 / (avg + 180), 4.0, 0.02), "payback 4,0")
    p.check(close(lit[0] / 3400, 1.24, 0.01), "+24 % litres on 2025 with the new plant")
    p.has("140.000 đồng/chai", "95.000 đồng/hộp", "Tổng vốn đầu tư của phương án là 2.400 triệu đồng",
          "vốn tự có của công ty 1.200 triệu đồng; cổ đông góp thêm qua phát hành cổ phần mới 300 triệu đồng; "
          "vay Ngân hàng Thương mại cổ phần Công thương 700 triệu đồng", "(245,39 + 422,13 + 584,78) : 3 ≈ 417,43",
          "2.400 : (417,43 + 180) ≈ 4,0 năm", "Giấy chứng nhận đăng ký doanh nghiệp", "an toàn thực phẩm",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lọc sinh học", "Kiểm soát chất lượng nội bộ")
    main, other = "Công ty Cổ phần Dược liệu Ngàn Trươi", "Công ty Cổ phần Thảo mộc Hương Khê Xanh"
    p.check(p.count(main) == 3 and p.count(other) == 2, "PLANTED name-inconsistent: a second producer name twice")
    p.lacks(r"tiêu chuẩn|công bố|kiểm nghiệm|QCVN|TCVN|hợp quy|hợp chuẩn|quy chuẩn|TCCS|phiếu kết quả thử nghiệm",
            "PLANTED no product standard, declaration or lab test anywhere")
    clean(p)
    return p


def aa08() -> Plan:
    p = Plan("aa08_nuoc_sam_bi_dao_thach_khe_tht")
    a, b, lit, bi = p.row("Chai 330 ml |"), p.row("Bình 1 lít |"), p.row("Tổng thành phẩm"), p.row("Bí đao tươi cần dùng")
    rev, ra, rb = p.row("Doanh thu |"), p.row("Chai 330 ml (12.000"), p.row("Bình 1 lít (30.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Bí đao (5.000", "Thảo mộc, đường phèn", "Chai, nắp, nhãn", "Điện, gas", "Tiền công |",
                                 "Khấu hao |", "Lãi vay |", "Vận chuyển, tiếp thị", "Quản lý |", "Thuế khoán")]
    prof = p.row("Lợi nhuận |")
    workers = [5, 6, 6]
    for y in Y:  # triệu đồng
        p.check(close(lit[y], a[y] * 0.33 + b[y]) and close(bi[y], lit[y] * 0.5), f"litres, winter melon 0,5 {y}")
        p.check(close(ra[y], a[y] * 0.012) and close(rb[y], b[y] * 0.03) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], bi[y] * 0.005) and close(lines[1][y], lit[y] * 0.003)
                and close(lines[2][y], a[y] * 0.0022 + b[y] * 0.0045) and close(lines[3][y], lit[y] * 0.0008)
                and close(lines[4][y], workers[y] * 4.5 * 12) and close(lines[5][y], 60)
                and close(lines[6][y], [100, 50, 0][y] * 0.07) and close(lines[7][y], rev[y] * 0.06)
                and close(lines[9][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost total {y}")
        p.check(bi[y] <= 1.2 * 30000 and lit[y] <= 500 * 200, f"melon 36 tấn, 100.000 l capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[1], rev[1] - cost[1]), "2026, 2027 profit right")
    true = rev[2] - cost[2]
    p.check(close(true, 300.56) and off(prof[2], true), "PLANTED profit-mismatch: 2028 profit 345,56 != 1.248 − 947,44 = 300,56 (+15 %)")
    p.check(120 + 180 + 50 + 100 == 450 == 350 + 100, "capital 450")
    p.check(close(450 / (prof[0] + 60), 2.1, 0.03), "payback on the 2026 profit: 2,1")
    p.check(close(lit[0] / 21000, 1.23, 0.01), "+23 % on 2025")
    p.has("12.000 đ/chai", "30.000 đ/bình", "450 : (149,96 + 60) ≈ 2,1 năm", "Giấy chứng nhận đăng ký tổ hợp tác",
          "TCCS 01:2026/TKH", "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng 2 ngăn",
          "Kiểm soát chất lượng nội bộ")
    p.lacks(r"an toàn|ATTP|vệ sinh thực phẩm|đủ điều kiện|HACCP|ISO 22000|15/2018|55/2010|cam kết bảo đảm",
            "PLANTED no food-safety certificate, commitment or law anywhere")
    p.lacks(r"cửa hàng|đại lý|siêu thị|\bchợ\b|\bquán\b|bán lẻ|bán buôn|facebook|zalo|shopee|tiktok|sàn thương mại|hội chợ|"
            r"khách|phân phối|giao hàng|nhà hàng|trường học|bệnh viện|hợp đồng (bán|tiêu thụ)|hợp đồng mua (nước|sản phẩm)|đơn hàng|đặt hàng|trực tuyến|online",
            "PLANTED no customer or sales channel anywhere")
    market = p.body.split("# VII – PHÂN TÍCH THỊ TRƯỜNG", 1)[1].split("# VIII", 1)[0]
    p.check(not re.search(r"đồng|đ/|giá", market), "PLANTED no price in the market section")
    clean(p)
    return p


def aa09() -> Plan:
    p = Plan("aa09_mat_ong_hoa_ca_phe_ha_linh_hkd")
    dan, h, c, kg = p.row("Số đàn ong"), p.row("Hũ 500 g |"), p.row("Chai 1 kg |"), p.row("Tổng sản lượng mật")
    rh, rc, rev = p.row("Doanh thu hũ 500 g"), p.row("Doanh thu chai 1 kg"), p.row("Cộng doanh thu")
    lines = [p.row(x) for x in ("Vận chuyển đàn", "Đường, phấn hoa", "Thuốc phòng bệnh", "Thùng, cầu ong", "Hũ, chai, nắp",
                                 "Công lao động", "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu", "Quản lý, kiểm nghiệm",
                                 "Thuế khoán")]
    cost, prof = p.row("Cộng chi phí"), p.row("Lợi nhuận |")
    new = [0, dan[1] - dan[0], dan[2] - dan[1]]
    for y in Y:  # triệu đồng
        p.check(kg[y] == h[y] * 0.5 + c[y] and close(kg[y], dan[y] * 12), f"kg = hives × 12 kg {y}")
        p.check(close(rh[y], h[y] * 0.11) and close(rc[y], c[y] * 0.20) and close(rev[y], rh[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], dan[y] * 0.3) and close(lines[1][y], dan[y] * 0.25) and close(lines[2][y], dan[y] * 0.03)
                and close(lines[3][y], new[y] * 0.45) and close(lines[4][y], h[y] * 0.008 + c[y] * 0.01)
                and close(lines[5][y], 3 * 5 * 12 + 2 * 7 * 3) and close(lines[6][y], 40)
                and close(lines[7][y], [150, 100, 50][y] * 0.08) and close(lines[8][y], rev[y] * 0.10)
                and close(lines[10][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    g1, g2 = rev[1] / rev[0], rev[2] / rev[1]
    p.check(g1 > 1.8 and g2 > 1.8 and kg[2] / 3300 > 3.5, "PLANTED unrealistic-growth: +90 %, +82 % a year, ×3,8 on 2025")
    p.check(80 + 120 + 50 + 100 == 350 == 200 + 150, "capital 350 (fixed 200)")
    avg = sum(prof) / 3
    p.check(close(avg, 541.36, 0.001) and close(350 / (avg + 40), 0.6, 0.02), "payback 0,6 from the plan's own profits")
    p.check(kg[0] == 3600 and off(4200, kg[0]), "PLANTED figure-inconsistent: 2026 output 4.200 kg (Chương 3) vs 3.600 kg (table)")
    p.has("110.000 đồng/hũ", "200.000 đồng/chai", "Năm 2026 sản lượng mật ong hoa cà phê đạt 4.200 kg",
          "Năm 2025 hộ thu được khoảng 3.300 kg", "Số lao động giữ nguyên trong cả giai đoạn",
          "(147,92 + 431,75 + 1.044,4) : 3 ≈ 541,36", "350 : (541,36 + 40) ≈ 0,6 năm",
          "Giấy chứng nhận đăng ký hộ kinh doanh số", "an toàn thực phẩm", "Tiêu chuẩn cơ sở", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "Kiểm soát chất lượng nội bộ")
    p.check(p.count("1048/QĐ-TTg") == 2 and "148/QĐ-TTg" not in p.body.replace("1048/QĐ-TTg", ""),
            "PLANTED outdated-policy: relies on QĐ 1048/QĐ-TTg (replaced by QĐ 148/2023), never cites QĐ 148")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(r"781/QĐ-TTg|490/QĐ-TTg|123/2018|\bhuyện\b", "no other replaced instrument")
    return p


def aa10() -> Plan:
    p = Plan("aa10_hen_say_kho_song_la_htx")
    rows = [p.row(f"{2026 + y} |", 4) for y in Y]  # years as rows: 200 g bags, 500 g bags, kg, clams
    a, b, kg, hen = ([r[i] for r in rows] for i in range(4))
    rev, ra, rb = p.row("Tổng doanh thu"), p.row("Túi 200 g (130.000"), p.row("Túi 500 g (310.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Hến nguyên con (7.000", "Gas luộc", "Điện sấy", "Túi hút chân không", "Lương lao động",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý |")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    workers = [5, 6, 6]
    for y in Y:  # đồng
        p.check(kg[y] == a[y] * 0.2 + b[y] * 0.5 and hen[y] == kg[y] * 28, f"kg, 28 kg clams per kg {y}")
        p.check(close(ra[y], a[y] * 130000) and close(rb[y], b[y] * 310000) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], hen[y] * 7000) and close(lines[1][y], kg[y] * 10000) and close(lines[2][y], kg[y] * 15000)
                and close(lines[3][y], (a[y] + b[y]) * 2000) and close(lines[4][y], workers[y] * 5e6 * 12)
                and close(lines[5][y], 80e6) and close(lines[6][y], [500e6, 400e6, 300e6][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15)
                and close(post[y], pre[y] - tax[y]) and rev[y] <= 3e9, f"profit, 15 % tax {y}")
        p.check(hen[y] <= 30 * 3000 and kg[y] <= 100 * 150, f"90 tấn of clams, 15 tấn capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(450e6 + 350e6 + 50e6 + 350e6 == 1200e6 == 700e6 + 500e6, "capital 1,2 tỷ, fixed 800 triệu")
    avg = sum(post) / 3
    true_payback = 1200e6 / (avg + 80e6)
    p.check(close(avg, 308.72e6, 0.001) and close(true_payback, 3.09, 0.01), "true payback 3,1 years (3,9 without depreciation)")
    p.check(off(2.0, true_payback, 30) and off(2.0, 1200e6 / avg, 40), "PLANTED payback-mismatch: stated 2 years")
    p.check(close(kg[0] / 1700, 1.18, 0.01) and close(rev[0] / 1020e6, 1.25, 0.01), "+18 % on 2025")
    p.has("130.000 đồng/túi", "310.000 đồng/túi", "Thu hồi vốn đầu tư trong khoảng 2 năm",
          "thời gian hoàn vốn của phương án khoảng 2 năm", "Giấy chứng nhận đăng ký hợp tác xã",
          "giấy chứng nhận cơ sở đủ điều kiện", "TCCS 01:2026/HSL", "Cục Sở hữu trí tuệ",
          "Kiểm soát chất lượng nội bộ", "sàng tách vỏ")
    p.lacks(r"môi trường|nước thải|\brác\b|vỏ hến|bể lắng|\bxử lý\b|chất thải|tái chế|nghiền vỏ|bể tự hoại",
            "PLANTED no environmental measure anywhere")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|mã lô|43/2017|111/2021|ghi nhãn", "PLANTED no label or labelling decree")
    clean(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("aa11_mut_sen_xuan_loc_so_sai")
    a.has("khoảng 300 kg mứt sen", "250.000 đồng/kg", "giấy chứng nhận đăng ký hộ kinh doanh")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"an toàn thực phẩm|nhãn|công bố|sở hữu trí tuệ|môi trường|triệu đồng", "genuine gaps of a sketchy plan")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("aa12_ca_ro_kho_cam_trung_so_sai")
    b.has("khoảng 1.000 kg cá kho", "100.000 đồng/niêu", "Nhóm chưa đăng ký kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, half a page")
    b.lacks(r"an toàn thực phẩm|nhãn|công bố|sở hữu trí tuệ|môi trường|triệu đồng|mã số thuế", "genuine gaps")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def shared_sentences(plans: list[Plan]) -> list[str]:
    """No sentence of 12 words or more appears in two producers' plans (the boilerplate rule's business)."""
    seen: dict[str, str] = {}
    bad = []
    for p in plans:
        for s in {x.strip() for x in re.split(r"(?<=[.;:])\s+|\n", p.body) if len(x.split()) >= 12 and not x.strip().startswith("|")}:
            if s in seen and seen[s] != p.stem:
                bad.append(f"{p.stem} shares with {seen[s]}: {s[:80]}")
            seen.setdefault(s, p.stem)
    return bad


def main() -> int:
    plans = [fn() for fn in (aa01, aa02, aa03, aa04, aa05, aa06, aa07, aa08, aa09, aa10)] + sketchy()
    dup = shared_sentences(plans)
    plans[0].failures += dup
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
