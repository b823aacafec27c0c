"""The twelfth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout12/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim. The textual planted defects (no
environment measure, a second producer name, no label, a replaced instrument, no food safety,
no product standard, two areas, no trademark, no sales channel, no registration) are asserted,
as is the absence of template placeholders in every plan.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402


class Plan(plancheck.Plan):
    src = HERE / "src"


def costs(p: Plan, labels, total_label, n=3):
    lines = [p.row(x, n) for x in labels]
    tot = p.row(total_label, n)
    return lines, tot


def x01() -> Plan:
    p = Plan("x01_banh_trang_me_tung_loc_htx")
    tui, buon, kg = p.row("Bánh tráng mè túi 10 lá"), p.row("Bánh tráng mè bán buôn"), p.row("Tổng sản lượng quy đổi")
    gao, me = p.row("Gạo tẻ"), p.row("Mè đen")
    years = [p.row(f"Năm {y}|", 5) for y in (2026, 2027, 2028)]
    lines, tot = costs(p, ["Gạo (12.000", "Mè đen (70.000", "Bao bì, nhãn", "Tiền lương", "Điện, củi", "Khấu hao",
                           "Lãi vay", "Bán hàng", "Quản lý"], "Cộng")
    for y in Y:
        rt, rb, rev, cost, prof = years[y]
        p.check(close(kg[y], tui[y] * 0.5 + buon[y]), f"kg {y}")
        p.check(close(rt, tui[y] * 0.025) and close(rb, buon[y] * 0.06) and close(rev, rt + rb), f"revenue {y}")
        p.check(close(gao[y], kg[y] * 0.9) and close(me[y], kg[y] * 0.08) and gao[y] <= 40000 and me[y] <= 3500, f"materials {y}")
        p.check(close(lines[0][y], gao[y] * 0.012) and close(lines[1][y], me[y] * 0.07)
                and close(lines[2][y], tui[y] * 0.0015 + buon[y] * 0.0004) and close(lines[3][y], 8 * 5 * 12)
                and close(lines[4][y], kg[y] * 0.003) and close(lines[5][y], 600 / 10)
                and close(lines[6][y], (300 - 100 * y) * 0.07), f"cost lines {y}")
        p.check(close(tot[y], lines_sum(lines, y)) and close(cost, tot[y]) and close(prof, rev - cost), f"profit {y}")
        p.check(kg[y] <= 150 * 300, f"capacity {y}")
        if y:
            p.check(years[y][2] / years[y - 1][2] < 1.2, f"growth {y}")
    p.check(250 + 180 + 120 + 50 + 200 == 800 == 500 + 300, "investment = sources")
    avg = sum(r[4] for r in years) / 3
    p.check(close(avg, 336.6) and close(800 / (avg + 60), 2.0, 0.02), "payback 2,0")
    p.has("Thời gian hoàn vốn = 800 : 396,6 ≈ 2,0 năm", "45.000 kg/năm", "Tiêu chuẩn cơ sở", "tự công bố", "Nghị định 43/2017/NĐ-CP",
          "Sở hữu trí tuệ", "bể lắng", "Giấy chứng nhận đăng ký hợp tác xã", "an toàn thực phẩm")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def x02() -> Plan:
    p = Plan("x02_chanh_leo_co_dac_huong_xuan_cty")
    chai, can, lit = p.row("Chai 500 ml|"), p.row("Can 5 lít|"), p.row("Tổng sản lượng")
    rev, rc, rn = p.row("Doanh thu"), p.row("Chai 500 ml (85.000"), p.row("Can 5 lít (600.000")
    labels = ["Quả chanh leo", "Đường (20.000", "Chai, nắp, nhãn", "Can 5 lít (25.000", "Tiền lương", "Điện, nước",
              "Khấu hao", "Lãi vay", "Bán hàng, tiếp thị", "Quản lý doanh nghiệp"]
    lines, cost = costs(p, labels, "Chi phí")
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(close(lit[y], chai[y] * 0.5 + can[y] * 5), f"litres {y}")
        p.check(close(rc[y], chai[y] * 0.085) and close(rn[y], can[y] * 0.6) and close(rev[y], rc[y] + rn[y]), f"revenue {y}")
        p.check(close(lines[0][y], lit[y] * 2.5 * 0.009) and close(lines[1][y], lit[y] * 0.6 * 0.02)
                and close(lines[2][y], chai[y] * 0.006) and close(lines[3][y], can[y] * 0.025)
                and close(lines[4][y], 12 * 6 * 12) and close(lines[6][y], 1500 / 10)
                and close(lines[7][y], (1000 - 250 * y) * 0.08) and close(lines[8][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"profit {y}")
        p.check(lit[y] * 2.5 <= 8 * 14000 and lit[y] <= 150 * 250, f"fruit supply, capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(900 + 400 + 200 + 1000 == 2500 == 1500 + 1000, "investment = sources")
    avg = sum(post) / 3
    p.check(close(avg, 911.6) and close(2500 / (avg + 150), 2.4, 0.02), "payback 2,4")
    p.has("2.500 : 1.061,6 ≈ 2,4 năm", "37.500 lít/năm", "56.250 kg", "67.500 kg", "78.750 kg", "TCCS", "tự công bố",
          "Nghị định 43/2017/NĐ-CP", "nhãn hiệu", "đăng ký môi trường", "Giấy chứng nhận đăng ký doanh nghiệp")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def x03() -> Plan:
    p = Plan("x03_gio_coi_thach_hoi_tht")
    big, small, n = p.row("Giỏ lớn|"), p.row("Giỏ nhỏ, hộp"), p.row("Cộng")
    years = [p.row(f"{y}|", 9) for y in (2026, 2027, 2028)]
    profits = [404.5, 505, 605.5]
    for y in Y:
        coi, phu, cong, bao, vc, kh, lai, ql, tot = years[y]
        rev = big[y] * 0.12 + small[y] * 0.06
        p.check(n[y] == big[y] + small[y], f"count {y}")
        p.check(close(rev, [1320, 1560, 1800][y]), f"revenue {y}")
        need = big[y] * 0.6 + small[y] * 0.25
        p.check(close(need, [6100, 7200, 8300][y]) and need <= 12000, f"sedge need vs 12 tấn {y}")
        p.check(close(coi, need * 0.025) and close(phu, big[y] * 0.01 + small[y] * 0.005)
                and close(cong, big[y] * 0.04 + small[y] * 0.02) and close(bao, n[y] * 0.003)
                and close(kh, 60) and close(lai, (300 - 100 * y) * 0.07), f"cost lines {y}")
        p.check(close(tot, sum(years[y][:8])) and close(profits[y], rev - tot), f"profit {y}")
        p.check(big[y] * 0.5 + small[y] * 0.25 <= 40 * 250, f"labour capacity {y}")
        if y:
            p.check(n[y] / n[y - 1] < 1.2, f"growth {y}")
    p.check(350 + 150 + 100 + 300 == 900 == 500 + 300 + 100, "investment = sources")
    p.check(close(sum(profits) / 3, 505) and close(900 / 565, 1.6, 0.02), "payback 1,6")
    p.has("lợi nhuận: năm 2026 là 404,5 triệu đồng".capitalize(), "900 : 565 ≈ 1,6 năm", "7.500 ngày công",
          "6.000 cái × 120.000 đồng = 720 triệu đồng", "840 + 720 = 1.560", "960 + 840 = 1.800",
          "hợp đồng hợp tác", "tiêu chuẩn cơ sở", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu", "than hoạt tính")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def x04() -> Plan:
    p = Plan("x04_luu_tru_ven_song_son_giang_hkd")
    dem, an, tn = p.row("Đêm phòng"), p.row("Lượt khách ăn"), p.row("Lượt trải nghiệm")
    rl, ra, rt, rev = (p.row("Doanh thu lưu trú"), p.row("Doanh thu ăn uống"), p.row("Doanh thu trải nghiệm"),
                       p.row("Tổng doanh thu"))
    labels = ["Thực phẩm, nguyên liệu bếp", "Điện, nước, giặt là", "Lương 6 lao động", "Chi phí trải nghiệm",
              "Hoa hồng đặt phòng", "Khấu hao", "Lãi vay", "Quản lý, thuế khoán"]
    lines, cost = costs(p, labels, "Tổng chi phí")
    prof = p.row("Lợi nhuận")
    for y in Y:
        p.check(close(rl[y], dem[y] * 0.6) and close(ra[y], an[y] * 0.15) and close(rt[y], tn[y] * 0.1)
                and close(rev[y], rl[y] + ra[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], ra[y] * 0.4) and close(lines[1][y], dem[y] * 0.08) and close(lines[2][y], 6 * 5.5 * 12)
                and close(lines[3][y], rt[y] * 0.3) and close(lines[4][y], rl[y] * 0.1) and close(lines[5][y], 1500 / 15)
                and close(lines[6][y], (600 - 200 * y) * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"profit {y}")
        p.check(dem[y] <= 8 * 365, f"room capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(1500 / 2920, 0.51, 0.02), "51 % occupancy")
    p.check(1000 + 300 + 100 + 100 + 100 == 1600 == 1000 + 600, "investment = sources")
    avg = sum(prof) / 3
    p.check(close(avg, 455) and close(1600 / (avg + 100), 2.9, 0.02), "payback 2,9")
    p.has("1.600 : 555 ≈ 2,9 năm", "2.920 đêm phòng", "Giấy chứng nhận đăng ký hộ kinh doanh", "an toàn thực phẩm",
          "TCVN 7800:2017", "Sở hữu trí tuệ", "bể tự hoại")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def x05() -> Plan:
    p = Plan("x05_lap_xuong_dong_loc_cty")
    kg, price, rev, cost = (p.row("Sản lượng (kg)"), p.row("Giá bán bình quân"), p.row("Doanh thu (triệu"),
                            p.row("Chi phí (triệu"))
    labels = ["- Thịt (100.000", "- Gia vị", "- Bao bì", "- Điện sấy", "- Lương 8", "- Khấu hao", "- Lãi vay",
              "- Bán hàng", "- Quản lý"]
    lines = [p.row(x) for x in labels]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    true_rev = [kg[y] * price[y] / 1e6 for y in Y]
    p.check(off(rev[0], true_rev[0]) and close(true_rev[0], 3840), "PLANTED 2026 revenue 4.330 vs 12.000 × 320.000 = 3.840")
    for y in Y:
        if y:
            p.check(close(rev[y], true_rev[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 1.6 * 0.1) and close(lines[1][y], kg[y] * 0.015)
                and close(lines[2][y], kg[y] * 0.008) and close(lines[3][y], kg[y] * 0.006)
                and close(lines[4][y], 8 * 6.5 * 12) and close(lines[5][y], 800 / 10)
                and close(lines[6][y], (700 - 175 * y) * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"profit follows stated revenue {y}")
        p.check(kg[y] * 1.6 <= 30000 and kg[y] <= 80 * 250, f"meat supply, capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(600 + 200 + 800 == 1600 == 900 + 700, "investment = sources")
    avg = sum(post) / 3
    p.check(close(1600 / (avg + 80), 1.9, 0.02), "stated payback 1,9 from stated profits")
    true_post0 = (true_rev[0] - cost[0]) * 0.8
    p.check(off(1.9, 1600 / ((true_post0 + post[1] + post[2]) / 3 + 80)), "tolerated: true payback 2,2")
    p.check(p.count("Công ty TNHH Thực phẩm Minh Khang") == 3 and p.count("Công ty TNHH Thực phẩm Đồng Lộc Xanh") >= 1,
            "PLANTED second producer name")
    p.lacks(r"môi trường|nước thải|chất thải|rác|bể lắng|xử lý mùi|khử mùi", "PLANTED no environmental measure")
    p.has("Giấy chứng nhận đăng ký doanh nghiệp", "an toàn thực phẩm", "TCCS", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def x06() -> Plan:
    p = Plan("x06_cam_say_deo_huong_do_htx")
    years = [p.row(f"{y}|", 4) for y in (2026, 2027, 2028)]
    labels = ["Cam tươi (8.000", "Đường, phụ liệu", "Túi zip, hộp", "Điện sấy", "Lương 6", "Khấu hao", "Lãi vay",
              "Bán hàng", "Quản lý"]
    lines, cost = costs(p, labels, "Tổng chi phí")
    rev, prof = p.row("Doanh thu|"), p.row("Lợi nhuận")
    for y in Y:
        tui, kg, cam, r = years[y]
        p.check(close(kg, tui * 0.2) and close(cam, kg * 8 / 1000) and close(r, tui * 0.06) and close(rev[y], r), f"plan {y}")
        p.check(close(lines[0][y], kg * 8 * 0.008) and close(lines[1][y], kg * 0.02) and close(lines[2][y], tui * 0.005)
                and close(lines[3][y], kg * 0.025) and close(lines[4][y], 6 * 5 * 12) and close(lines[5][y], 70)
                and close(lines[6][y], (400 - 100 * y) * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"profit {y}")
        p.check(kg <= 30 * 250, f"capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.26, f"growth {y}")
    p.check(years[0][2] <= 36, "2026 within 36 tấn")
    p.check(off(years[1][2], 36) and off(years[2][2], 36), "PLANTED 2027/2028 need 40 / 48 tấn vs 36 tấn supply")
    p.check(350 + 150 + 200 + 200 == 900 == 500 + 400 and p.one("Tổng cộng") == 900, "investment = sources")
    p.check(close(sum(prof) / 3, 268) and close(900 / 338, 2.7, 0.02), "payback 2,7")
    p.has("khoảng 36 tấn/năm", "900 : 338 ≈ 2,7 năm", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019")
    p.lacks(r"nhãn|43/2017|111/2021|ghi nhãn|tem", "PLANTED no label anywhere")
    p.lacks(r"148/QĐ-TTg", "PLANTED QĐ 148 not cited")
    p.has("Giấy chứng nhận đăng ký hợp tác xã", "an toàn thực phẩm", "TCCS", "sở hữu trí tuệ", "bể lắng")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def x07() -> Plan:
    p = Plan("x07_ruou_men_la_son_hong_htx")
    chai, can, lit = p.row("Rượu chai 500 ml"), p.row("Rượu can|"), p.row("Tổng sản lượng")
    rev, rc, rn = p.row("Doanh thu"), p.row("Rượu chai (60.000"), p.row("Rượu can (80.000")
    labels = ["Gạo nếp", "Men lá, củi", "Chai, nút, nhãn", "Can (3.000", "Lương 12", "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý"]
    lines, cost = costs(p, labels, "Chi phí")
    prof = p.row("Lợi nhuận")
    cap = 3 * 40 * 300
    for y in Y:
        p.check(close(lit[y], chai[y] * 0.5 + can[y]), f"litres {y}")
        p.check(close(rc[y], chai[y] * 0.06) and close(rn[y], can[y] * 0.08) and close(rev[y], rc[y] + rn[y]), f"revenue {y}")
        p.check(close(lines[0][y], lit[y] * 1.25 * 0.018) and close(lines[1][y], lit[y] * 0.005)
                and close(lines[2][y], chai[y] * 0.009) and close(lines[3][y], can[y] * 0.003)
                and close(lines[4][y], 12 * 6.5 * 12) and close(lines[5][y], 60)
                and close(lines[6][y], (500 - 100 * y) * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost total {y}")
        if y != 1:
            p.check(close(prof[y], rev[y] - cost[y]), f"profit {y}")
        p.check(lit[y] * 1.25 <= 70000, f"rice supply {y}")
        p.check(off(lit[y], cap, 10), f"PLANTED output {lit[y]:.0f} above capacity {cap}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.1, f"growth {y}")
    p.check(cap == 36000, "capacity 36.000")
    p.check(off(prof[1], rev[1] - cost[1]), "PLANTED 2027 profit 1.550 vs 4.200 − 2.950 = 1.250")
    p.check(300 + 150 + 80 + 70 + 600 == 1200 == 700 + 500, "investment = sources")
    p.check(close(sum(prof) / 3, 1350) and close(1200 / 1410, 0.85, 0.02), "stated payback 0,85 from stated profits")
    true_avg = (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(off(0.85, 1200 / (true_avg + 60)), "tolerated: true payback 0,92")
    p.has("công suất tối đa 36.000 lít/năm", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh số 05/GP-UBND",
          "QCVN 6-3:2010/BYT", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu", "biogas")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|đủ điều kiện|cam kết sản xuất", "PLANTED no food safety anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def x08() -> Plan:
    p = Plan("x08_bot_nghe_den_son_tay_hkd")
    hu, tui, kg = p.row("Hũ 200 g"), p.row("Túi 1 kg"), p.row("Tổng sản lượng bột")
    rh, rt, rev = p.row("Doanh thu hũ"), p.row("Doanh thu túi"), p.row("Tổng doanh thu")
    labels = ["Củ nghệ tươi", "Hũ, nắp, nhãn", "Túi bán buôn", "Điện sấy", "Lương 3", "Khấu hao", "Lãi vay", "Bán hàng",
              "Chi khác"]
    lines, cost = costs(p, labels, "Tổng chi phí")  # nghìn đồng
    prof = [105500, 152900, 206000]
    for y in Y:
        p.check(close(kg[y], hu[y] * 0.2 + tui[y]), f"kg {y}")
        p.check(close(rh[y], hu[y] * 0.09) and close(rt[y], tui[y] * 0.38) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        cu = kg[y] * 7
        p.check(close(cu, [9800, 11130, 12600][y]) and cu <= 20000, f"roots vs 20 tấn {y}")
        p.check(close(lines[0][y], cu * 15) and close(lines[1][y], hu[y] * 8) and close(lines[2][y], tui[y] * 5)
                and close(lines[3][y], kg[y] * 20) and close(lines[4][y], 3 * 5000 * 12) and close(lines[5][y], 40000)
                and close(lines[6][y], 200000 * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] * 1000 - cost[y]), f"profit {y}")
        p.check(kg[y] <= 2500, f"capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items, sources = 150 + 80 + 170 + 200, 300 + 200 + 50
    p.check(items == 600 and off(sources, 600), "PLANTED capital sources 550 vs total 600")
    p.check(close(sum(prof) / 3, 154800) and close(600000 / 194800, 3.1, 0.02), "payback 3,1 (on the stated total)")
    p.has("vùng liên kết 6 ha", "tổng diện tích 9 ha", "Tổng vốn đầu tư 600 triệu đồng", "600.000 : 194.800 ≈ 3,1 năm")
    p.check(off(9, 6), "PLANTED area 6 ha vs 9 ha")
    p.lacks(r"tiêu chuẩn cơ sở|TCCS|tự công bố|công bố (sản phẩm|hợp quy|hợp chuẩn)|QCVN|kiểm nghiệm", "PLANTED no product standard")
    p.has("Giấy chứng nhận đăng ký hộ kinh doanh", "an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "Sở hữu trí tuệ", "hố lắng")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def x09() -> Plan:
    p = Plan("x09_buoi_ep_lanh_phuc_trach_ctcp")
    q, price, rev = p.row("Sản lượng|"), p.row("Giá bán|"), p.row("Doanh thu|")
    labels = ["Bưởi quả", "Chai, nắp, nhãn", "Điện, nước, HPP", "Lương công nhân", "Khấu hao", "Lãi vay", "Bán hàng",
              "Quản lý"]
    lines, tot = costs(p, labels, "Tổng chi phí")
    prof = [-371.0] + p.row("Lợi nhuận", 2)  # the negative first year is read as text
    p.has("| Lợi nhuận | -371 | 183,5 | 1.420,5 |")
    rev2 = p.row("Doanh thu|", skip=1)
    staff = [6, 8, 10]
    for y in Y:
        p.check(close(rev[y], q[y] * price[y] / 1e6) and close(rev2[y], rev[y]), f"revenue {y}")
        p.check(close(lines[0][y], q[y] * 0.009) and close(lines[1][y], q[y] * 0.005) and close(lines[2][y], q[y] * 0.0015)
                and close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 150)
                and close(lines[5][y], (800 - 200 * y) * 0.08) and close(lines[6][y], rev[y] * 0.15), f"cost lines {y}")
        s = lines_sum(lines, y)
        p.check(close(prof[y], rev[y] - s), f"profit = revenue - sum of items {y}")
        if y == 1:
            p.check(off(tot[y], s), "PLANTED 2027 total 2.266,5 vs items 2.066,5")
            p.check(off(prof[y], rev[y] - tot[y]), "tolerated: profit vs revenue - wrong total")
        else:
            p.check(close(tot[y], s), f"total {y}")
        p.check(q[y] * 0.9 <= 150000 and q[y] <= 600 * 280, f"fruit supply, capacity {y}")
    p.check(q[1] / q[0] > 2 and q[2] / q[1] > 2 and q[0] / 8000 > 2 and q[2] > 5 * 15000,
            "PLANTED growth ×2,5 then ×2,2 against 15.000 chai of named outlets")
    p.check(1100 + 250 + 150 + 800 == 2300 == 1500 + 800, "investment = sources")
    p.check(close(sum(prof) / 3, 411) and close(2300 / 561, 4.1, 0.02), "payback 4,1")
    p.has("600 chai/ngày", "công suất 168.000 chai/năm", "khoảng 10.000 chai/năm", "khoảng 5.000 chai/năm",
          "Giấy chứng nhận đăng ký doanh nghiệp", "an toàn thực phẩm", "TCCS", "Nghị định 43/2017/NĐ-CP", "bể lắng")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo", "PLANTED no trademark anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def x10() -> Plan:
    p = Plan("x10_tep_kho_thach_kim_tht")
    fresh, kg, bags = p.row("Tép tươi đưa vào"), p.row("Tép khô thành phẩm"), p.row("Số túi 250 g")
    rev = p.row("Doanh thu tép khô")
    labels = ["Tép tươi (50.000", "Muối, điện sấy", "Túi, nhãn", "Lương 4", "Khấu hao", "Lãi vay", "Vận chuyển", "Quản lý"]
    lines, cost = costs(p, labels, "Chi phí")
    prof = p.row("Lợi nhuận")
    for y in Y:
        p.check(close(fresh[y], kg[y] * 5) and close(bags[y], kg[y] * 4) and fresh[y] <= 25000, f"materials {y}")
        p.check(close(rev[y], kg[y] * 0.45), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.05) and close(lines[1][y], kg[y] * 0.015) and close(lines[2][y], bags[y] * 0.004)
                and close(lines[3][y], 4 * 4.5 * 12) and close(lines[4][y], 40) and close(lines[5][y], 300 * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"profit {y}")
        p.check(kg[y] <= 40 * 150, f"capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(200 + 80 + 120 + 300 == 700 == 400 + 300, "investment = sources")
    avg = sum(prof) / 3
    p.check(close(avg, 223.7) and off(1.8, 700 / (avg + 40)) and off(1.8, 700 / avg), "PLANTED payback 1,8 vs 2,65 (3,1)")
    p.has("hoàn vốn sau khoảng 1,8 năm", "Thời gian hoàn vốn khoảng 1,8 năm")
    market = p.body.split("# 6. Thị trường")[1].split("# 7.")[0]
    import re
    p.check(not re.search(r"đồng|\d|cửa hàng|siêu thị|đại lý|chợ|facebook|shopee|zalo|khách hàng|thương lái|bán (lẻ|buôn)|nhà hàng",
                          market, re.I), "PLANTED market names no customer, channel or price")
    p.lacks(r"đăng ký|hợp đồng|mã số|giấy chứng nhận|giấy phép", "PLANTED no registration anywhere")
    p.has("tự công bố", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu", "bể lắng", "an toàn thực phẩm")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("x11_mut_khoai_lang_so_sai")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.has("khoảng 1.500 kg mứt", "120.000 đồng/kg", "giấy chứng nhận đăng ký hộ kinh doanh")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("x12_rau_thom_say_so_sai")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.has("khoảng 500 kg rau sấy", "chưa đăng ký kinh doanh")
    b.lacks(r"đồng|giá bán|giá \d", "no price (tolerated gap)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (x01, x02, x03, x04, x05, x06, x07, x08, x09, x10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
