"""The sixty-eighth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout68/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth, channel tables vs the production plan. Planted numeric
defects are asserted wrong by more than 5 % and everything else right (within 1 %). Table figures
are read from the plan's source; figures quoted from running text are looked up verbatim, so the
numbers cannot drift from the text. The textual planted defects (no label, no product standard,
replaced instruments, no quality control, a second 2026 output, no trademark, a hollow raw-material
section, no food safety, no environmental measure, a second producer name) are asserted by the
absence or presence of words, as is the absence of template placeholders in every plan.
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

OUTDATED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|23/2012/QH13"


class Plan(plancheck.Plan):
    src = HERE / "src"


def clean(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")


def bq01() -> Plan:
    p = Plan("bq01_nuoc_mam_ca_com_loc_ha_cty")
    chai, can, lit, fish, staff = (p.row("Nước mắm chai 500 ml"), p.row("Nước mắm can 2 lít"),
                                   p.row("Tổng sản lượng quy lít"), p.row("Cá cơm nguyên liệu"), p.row("Lao động"))
    rev, rc, rk = p.row("Doanh thu|"), p.row("Chai 500 ml (65.000"), p.row("Can 2 lít (160.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Cá cơm (18.000", "Muối hạt", "Chai, can, hộp, nhãn", "Tiền lương", "Khấu hao tài sản",
                                 "Lãi vay ngân hàng", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(lit[y] == chai[y] * 0.5 + can[y] * 2 and close(fish[y], lit[y] * 1.25), f"litres, fish 1,25 kg/l {y}")
        p.check(close(rc[y], chai[y] * 0.065) and close(rk[y], can[y] * 0.16) and close(rev[y], rc[y] + rk[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.018) and close(lines[1][y], lit[y] * 0.002)
                and close(lines[2][y], chai[y] * 0.008 + can[y] * 0.015), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], 150)
                and close(lines[5][y], [1000, 750, 500][y] * 0.08) and close(lines[6][y], rev[y] * 0.08),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(lit[y] <= 60000 / 1.25 and fish[y] <= 70000, f"60 tanks (48.000 l), 70 tấn contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(60000 / 1.25 == 48000 and close(lit[2] / 48000, 0.875), "48.000 l capacity, 87,5 %")
    items = [p.one(x) for x in ("Mở rộng nhà ủ chượp", "40 thùng ủ", "Hệ thống lọc ba cấp", "Hệ thống xử lý nước thải",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2000 == 1000 + 1000 and sum(items[:4]) == 1500 and close(1500 / 10, 150),
            "capital 2.000, fixed 1.500, depreciation 150")
    p.check(avg1(post) == 813.2 and close(2000 / (813.2 + 150), 2.1, 0.02), "average profit, payback 2,1")
    p.check(close(lit[0] / 26000, 1.23, 0.01), "+23 % on 2026 with 40 new tanks")
    p.has("65.000 đồng/chai", "160.000 đồng/can", "(600,3 + 813,2 + 1.026) : 3 ≈ 813,2", "2.000 : (813,2 + 150) ≈ 2,1 năm",
          "70 tấn cá cơm/năm", "Tổng nguồn vốn 2.000 triệu đồng", "3,56 tỷ đồng năm 2027 và 4,66 tỷ đồng năm 2029",
          "40 tấn năm 2027, 46,25 tấn năm 2028 và 52,5 tấn năm 2029", "TCCS 01:2025/HT", "Nghị định 111/2021/NĐ-CP",
          "đăng ký môi trường", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument")
    clean(p)
    return p


def bq02() -> Plan:
    p = Plan("bq02_cam_bu_son_tay_htx")
    t1, t2, tot, staff = (p.row("Cam loại 1 (tấn)"), p.row("Cam loại 2 (tấn)"), p.row("Tổng sản lượng tiêu thụ"),
                          p.row("Lao động HTX"))
    lines = [p.row(x) for x in ("Thu mua cam", "Hộp, túi lưới, tem", "Điện kho lạnh", "Tiền lương lao động", "Khấu hao|",
                                 "Lãi vay|", "Vận chuyển, bán hàng", "Quản lý HTX")]
    cost = p.row("Tổng chi phí")
    summ = [p.row(f"{2027 + y}|", 6) for y in Y]  # years as rows: output, revenue, cost, pre, tax, post
    for y in Y:  # triệu đồng, tấn
        rev = t1[y] * 35 + t2[y] * 22
        s = summ[y]
        p.check(tot[y] == t1[y] + t2[y] == s[0] and close(t1[y] / tot[y], 0.6), f"tonnes, 60 % grade 1 {y}")
        p.check(close(lines[0][y], t1[y] * 25 + t2[y] * 14) and close(lines[1][y], tot[y] * 1.5)
                and close(lines[2][y], tot[y] * 0.8), f"purchase, packaging, power {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 100)
                and close(lines[5][y], [600, 400, 200][y] * 0.075) and close(lines[6][y], rev * 0.04), f"wages etc {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(s[1], rev) and close(s[2], cost[y])
                and close(s[3], rev - cost[y]) and close(s[4], s[3] * 0.17) and close(s[5], s[3] - s[4]), f"summary {y}")
        p.check(tot[y] <= 300 * 0.9, f"within 90 % of the members' 300 tấn {y}")
        if y:
            p.check(s[1] / summ[y - 1][1] < 1.2, f"growth {y}")
    members = p.row("Cộng|", 3)
    p.check(members == [21, 25, 300] and 9 + 8 + 8 == 25 and 108 + 96 + 96 == 300 and 25 * 12 == 300, "members' area table")
    p.check(close(250 / 300, 0.83, 0.01), "83 %")
    p.check(500 + 300 + 50 + 250 == 1100 == 500 + 600 and close(800 / 8, 100), "capital 1.100, depreciation 100")
    post = [summ[y][5] for y in Y]
    p.check(avg1(post) == 393.7 and close(1100 / (393.7 + 100), 2.2, 0.02), "average profit, payback 2,2")
    p.check(close(200 / 165, 1.21, 0.01), "+21 % on 2025")
    p.has("120 tấn × 35.000 đồng/kg = 4.200 triệu đồng", "80 tấn × 22.000 đồng/kg = 1.760 triệu đồng",
          "Năm 2028: 4.725 và 1.980 triệu đồng; năm 2029: 5.250 và 2.200 triệu đồng",
          "(282,7 + 413,6 + 484,7) : 3 ≈ 393,7", "1.100 : (393,7 + 100) ≈ 2,2 năm", "90% sản lượng đạt chuẩn",
          "bản cam kết sản xuất thực phẩm an toàn", "TCCS 01:2026/HTX-ST", "Nghị định 43/2017/NĐ-CP", "mã QR")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument")
    clean(p)
    return p


def bq03() -> Plan:
    p = Plan("bq03_ruou_nep_cai_duc_thinh_ho")
    ch, ca, lit, rice = p.row("Rượu chai 500 ml"), p.row("Rượu can 2 lít"), p.row("Tổng sản lượng rượu"), p.row("Gạo nếp nguyên liệu")
    rev, rch, rca = p.row("Doanh thu|"), p.row("Rượu chai (70.000"), p.row("Rượu can (180.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Gạo nếp (25.000", "Men lá", "Chai, hộp, can, nhãn", "Củi, điện", "Tiền công lao động thuê",
                                 "Khấu hao|", "Lãi vay|", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm", "Thuế GTGT")]
    prof = p.row("Lợi nhuận|")
    hired = [3, 3, 4]
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + ca[y] * 2 and close(rice[y], lit[y] / 0.8), f"litres, 0,8 l/kg {y}")
        p.check(close(rch[y], ch[y] * 0.07) and close(rca[y], ca[y] * 0.18) and close(rev[y], rch[y] + rca[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.025) and close(lines[1][y], lit[y] * 0.001)
                and close(lines[2][y], ch[y] * 0.012 + ca[y] * 0.01) and close(lines[3][y], lit[y] * 0.002), f"unit costs {y}")
        p.check(close(lines[4][y], hired[y] * 6 * 12) and close(lines[5][y], 60) and close(lines[6][y], [300, 200, 100][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.06) and close(lines[9][y], rev[y] * 0.045), f"wages, dep, interest, sell, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(lit[y] <= 2 * 60 * 250 and rice[y] <= 25000, f"stills 30.000 l, rice 25 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    chan = [p.row(x, 2) for x in ("Nhà hàng, quán đặc sản", "Cửa hàng đặc sản, điểm bán OCOP", "Bán lẻ tại cơ sở")]
    p.check(p.row("Cộng|", 2) == [ch[0], ca[0]] == [sum(c[0] for c in chan), sum(c[1] for c in chan)], "2027 channels")
    p.check(60 * 200 + 2000 >= lit[2] / 2, "storage for 6 months of 2029 output")
    p.check(200 + 150 + 130 + 120 + 50 + 150 == 800 == 500 + 300 and 200 + 150 + 130 + 120 == 600, "capital, fixed 600")
    p.check(avg1(prof) == 433.3 and close(800 / (433.3 + 60), 1.6, 0.02), "average profit, payback 1,6")
    p.check(close(lit[0] / 9800, 1.22, 0.01), "+22 % on 2025 with a second still")
    p.has("70.000 đồng/chai", "180.000 đồng/can", "(361,6 + 457,3 + 481) : 3 ≈ 433,3", "800 : (433,3 + 60) ≈ 1,6 năm",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh số 05/GP-SXR", "QCVN 6-3:2010/BYT",
          "cung cấp 25 tấn gạo nếp/năm", "công suất tối đa 30.000 lít/năm", "Giấy chứng nhận đăng ký nhãn hiệu",
          "hầm biogas")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument")
    clean(p)
    return p


def bq04() -> Plan:
    p = Plan("bq04_du_lich_doi_che_kim_hoa_ctcp")
    nights, meals, tours, staff = [1800, 2100, 2400], [6000, 7000, 8000], [3000, 3500, 4000], [9, 10, 11]
    rooms = [n * 0.5 for n in nights]
    food = [m * 0.15 for m in meals]
    exp = [t * 0.1 for t in tours]
    rev = [rooms[y] + food[y] + exp[y] for y in Y]
    cost = [food[y] * 0.45 + nights[y] * 0.06 + tours[y] * 0.02 + staff[y] * 6.5 * 12 + 160
            + [1000, 750, 500][y] * 0.08 + rev[y] * 0.05 + rev[y] * 0.10 + 100 for y in Y]
    summ = [p.row(f"{2027 + y}|", 5) for y in Y]
    for y in Y:
        s = summ[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], rev[y] - cost[y])
                and close(s[3], s[2] * 0.15) and close(s[4], s[2] - s[3]) and rev[y] <= 3000, f"summary, 15 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check([round(x) for x in rev] == [2100, 2450, 2800] and [round(x, 1) for x in cost] == [1930, 2136, 2342], "rev, cost")
    p.check(10 * 365 == 3650 and close(2400 / 3650, 0.66, 0.01), "66 % occupancy in 2029")
    chan = [p.row(x) for x in ("Hai công ty lữ hành", "Trường học", "Khách tự đặt")]
    p.check(p.row("Cộng|") == [nights[0], meals[0], tours[0]] == [lines_sum(chan, i) for i in Y], "2027 guest mix")
    p.check(900 + 400 + 200 + 100 + 100 + 300 == 2000 == 1000 + 1000 and 900 + 400 + 200 + 100 == 1600, "capital, fixed")
    post = [summ[y][4] for y in Y]
    p.check(avg1(post) == 266.9 and close(2000 / (266.9 + 160), 4.7, 0.02), "average profit, payback 4,7")
    p.check(close(nights[0] / 1150, 1.57, 0.01) and 10 / 6 > 1.6, "+57 % room-nights on 2025 with 4 more rooms (6 → 10)")
    p.has("500.000 đồng/phòng/đêm", "150.000 đồng/suất", "1.800 đêm phòng × 500.000 đồng = 900 triệu đồng",
          "6.000 suất ăn × 150.000 đồng = 900 triệu đồng", "3.000 lượt trải nghiệm × 100.000 đồng = 300 triệu đồng",
          "doanh thu 2,45 tỷ đồng (lưu trú 1.050 triệu, ăn uống 1.050 triệu, trải nghiệm 350 triệu)",
          "doanh thu 2,8 tỷ đồng (lưu trú 1.200 triệu, ăn uống 1.200 triệu, trải nghiệm 400 triệu)",
          "405 triệu đồng", "108 triệu đồng", "60 triệu đồng", "tiền lương 702 triệu đồng", "khấu hao 160 triệu đồng",
          "lãi vay 80 triệu đồng", "105 triệu đồng", "210 triệu đồng", "quản lý 100 triệu đồng",
          "Tổng chi phí năm 2027 là 1.930 triệu đồng", "tổng chi phí 2.136 triệu đồng (thực phẩm 472,5 triệu, tiền lương 780 triệu, lãi vay 60 triệu)",
          "tổng chi phí 2.342 triệu đồng (thực phẩm 540 triệu, tiền lương 858 triệu, lãi vay 40 triệu)",
          "2.000 : (266,9 + 160) ≈ 4,7 năm", "10 phòng × 365 ngày = 3.650 đêm phòng/năm", "TCVN 7800:2017",
          "Nhãn hiệu \"Đồi chè Kim Hoa\"", "bể tự hoại 3 ngăn")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument")
    clean(p)
    return p


def bq05() -> Plan:
    p = Plan("bq05_mat_ong_khe_giao_tht")
    hu, chai, kg, hives = p.row("Mật ong hũ 500 g"), p.row("Mật ong chai 1 kg"), p.row("Tổng lượng mật"), p.row("Số đàn ong")
    rev, rh, rc = p.row("Doanh thu|"), p.row("Hũ 500 g (180.000"), p.row("Chai 1 kg (320.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Thu mua mật", "Hũ, chai, hộp", "Điện sơ chế", "Tiền công 4 lao động", "Khấu hao|",
                                 "Lãi vay|", "Bán hàng, vận chuyển", "Quản lý|", "Thuế khoán")]
    prof = p.row("Lợi nhuận|")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.5 + chai[y], f"kg {y}")
        p.check(close(rh[y], hu[y] * 0.18) and close(rc[y], chai[y] * 0.32) and close(rev[y], rh[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.15) and close(lines[1][y], hu[y] * 0.012 + chai[y] * 0.015)
                and close(lines[2][y], kg[y] * 0.003) and close(lines[3][y], 4 * 5.5 * 12) and close(lines[4][y], 45)
                and close(lines[5][y], [400, 300, 200][y] * 0.08) and close(lines[6][y], rev[y] * 0.08)
                and close(lines[8][y], rev[y] * 0.015), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        supply = hives[y] * 12
        p.check(off(kg[y], supply, 20), f"PLANTED honey sold {kg[y]:.0f} kg > colonies × 12 kg = {supply:.0f} kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(hives == [400, 430, 460] and [h * 12 for h in hives] == [4800, 5160, 5520], "4.800 / 5.160 / 5.520 kg")
    p.check(p.row("Cộng|", 2, skip=0) == [12, 380] and 110 + 95 + 90 + 85 == 380, "2026 colonies by group")
    chan = [p.row(x, 2) for x in ("Siêu thị|", "Cửa hàng đặc sản, điểm bán OCOP", "Nhà thuốc đông y", "Bán lẻ tại thôn")]
    p.check(p.row("Cộng|", 2, skip=1) == [hu[0], chai[0]] == [sum(c[0] for c in chan), sum(c[1] for c in chan)], "2027 channels")
    p.check(250 + 200 + 90 + 60 + 300 == 900 == 500 + 400 and close(450 / 10, 45), "capital 900, depreciation 45")
    avg = sum(prof) / 3
    p.check(close(avg, 495.3, 0.002), "average profit ≈ 495")
    p.check(off(1.1, 900 / (avg + 45)) and off(1.1, 900 / avg) and close(900 / (avg + 45), 1.67, 0.01),
            "PLANTED payback 1,1 năm != 1,67 (1,82 without depreciation)")
    p.check(close(kg[0] / 4300, 1.40, 0.01), "+40 % on 2025 sales (part of the shortfall)")
    p.has("180.000 đồng/hũ", "320.000 đồng/chai", "khoảng 12 kg/đàn/năm", "thu hồi toàn bộ vốn đầu tư sau khoảng 1,1 năm",
          "400 đàn năm 2027, 430 đàn năm 2028 và 460 đàn năm 2029", "Tổng vốn đầu tư 900 triệu đồng",
          "tự công bố sản phẩm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Đăng ký bảo hộ thương hiệu",
          "Kiểm soát chất lượng nội bộ")
    p.lacks(r"mua (thêm )?mật (của|từ) (các )?(hộ|cơ sở|tổ) (ngoài|khác)|ngoài tổ hợp tác", "no outside honey purchase")
    p.lacks(r"nhãn|43/2017|111/2021|\btem\b", "PLANTED no label, label content or labelling decree anywhere")
    p.lacks(OUTDATED, "no replaced instrument")
    clean(p)
    return p


def bq06() -> Plan:
    p = Plan("bq06_tra_ca_gai_leo_dong_loc_ctcp")
    hop, tui, dry, fresh = (p.row("Trà túi lọc hộp 20 túi|"), p.row("Trà khô túi 500 g|"), p.row("Trà khô sử dụng"),
                            p.row("Cà gai leo tươi|"))
    rev, rh, rt = p.row("Doanh thu|"), p.row("Trà túi lọc hộp 20 túi (55.000"), p.row("Trà khô túi 500 g (120.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Cà gai leo tươi (8.000", "Túi lọc, hộp", "Điện sấy", "Tiền lương", "Khấu hao|", "Lãi vay|",
                                 "Bán hàng, chiết khấu", "Quản lý|")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [10, 10, 11]
    for y in Y:  # triệu đồng
        p.check(close(dry[y], hop[y] * 0.04 + tui[y] * 0.5) and close(fresh[y], dry[y] * 5), f"dry 40 g/hộp, fresh ×5 {y}")
        p.check(close(rt[y], tui[y] * 0.12) and close(rev[y], rh[y] + rt[y]), f"revenue adds up {y}")
        if y != 1:
            p.check(close(rh[y], hop[y] * 0.055), f"tea-bag revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.008) and close(lines[1][y], hop[y] * 0.009 + tui[y] * 0.006)
                and close(lines[2][y], dry[y] * 0.004, 0.02) and close(lines[3][y], staff[y] * 6.5 * 12)
                and close(lines[4][y], 100) and close(lines[5][y], [600, 450, 300][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.10), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(fresh[y] <= 48000 and hop[y] * 20 <= 3000 * 8 * 260, f"48 tấn supply, packing capacity {y}")
    p.check(hop[1] * 0.055 == 1650 and rh[1] == 1815 and off(rh[1], 1650), "PLANTED 2028 tea-bag revenue 1.815 != 1.650")
    p.check(off(rev[1], 1650 + rt[1]), "2028 total 2.235 follows the wrong sub-row (true 2.070)")
    chan = [p.row(x, 2) for x in ("Nhà thuốc, cửa hàng thảo dược", "Công ty TNHH Phân phối", "Điểm bán OCOP", "Bán trực tuyến")]
    p.check(p.row("Cộng|", 2) == [hop[0], tui[0]] == [sum(c[0] for c in chan), sum(c[1] for c in chan)], "2027 channels")
    p.check(300 + 600 + 100 + 100 + 400 == 1500 == 900 + 600 and 300 + 600 + 100 == 1000, "capital, fixed 1.000")
    p.check(avg1(post) == 382.2 and close(1500 / (382.2 + 100), 3.1, 0.02), "stated 3,1 on the inflated profit")
    true_post = [post[0], (rev[1] - 165 - (cost[1] - 16.5)) * 0.85, post[2]]
    p.check(close(true_post[1], 362.3, 0.002) and off(3.1, 1500 / (sum(true_post) / 3 + 100)),
            "tolerated knock-on: true payback 3,4")
    p.check(close(hop[0] / 14000, 1.71, 0.01), "+71 % boxes on 2025 with the new packing machine")
    p.has("55.000 đồng/hộp", "120.000 đồng/túi", "(120,5 + 488,5 + 537,7) : 3 ≈ 382,2", "1.500 : (382,2 + 100) ≈ 3,1 năm",
          "Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Nghị định số 38/2012/NĐ-CP ngày 25/4/2012",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu",
          "Truy xuất nguồn gốc", "hệ thống hút bụi")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|15/2018", "PLANTED the current instruments are not cited")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|QCVN|TCVN|hợp quy|thử nghiệm|phân tích mẫu",
            "PLANTED no product standard, declaration or lab test anywhere")
    clean(p)
    return p


def bq07() -> Plan:
    p = Plan("bq07_banh_ram_cam_trung_ho")
    goi, hop, n, rice, staff = (p.row("Bánh ram gói 10 chiếc"), p.row("Bánh ram hộp quà 20 chiếc"), p.row("Tổng số bánh"),
                                p.row("Gạo nếp|"), p.row("Lao động|"))
    rev, rg, rh = p.row("Doanh thu|"), p.row("Gói 10 chiếc (45.000"), p.row("Hộp quà 20 chiếc (100.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Gạo nếp (700", "Nhân tôm", "Dầu chiên", "Túi, hộp, nhãn", "Tiền công lao động", "Khấu hao|",
                                 "Lãi vay|", "Bán hàng, vận chuyển", "Quản lý, chi khác", "Thuế GTGT")]
    prof = p.row("Lợi nhuận|")
    capacity = 1500 * 300
    for y in Y:  # triệu đồng
        p.check(n[y] == goi[y] * 10 + hop[y] * 20 and close(rice[y], n[y] * 0.025), f"pieces, 25 g rice {y}")
        p.check(close(rg[y], goi[y] * 0.045) and close(rh[y], hop[y] * 0.1) and close(rev[y], rg[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], n[y] * 0.0007) and close(lines[1][y], n[y] * 0.0005) and close(lines[2][y], n[y] * 0.0002)
                and close(lines[3][y], goi[y] * 0.003 + hop[y] * 0.008), f"per-piece costs {y}")
        p.check(close(lines[4][y], staff[y] * 5.5 * 12) and close(lines[5][y], 30)
                and close(lines[6][y], [200, 100, 0][y] * 0.08) and close(lines[7][y], rev[y] * 0.08)
                and close(lines[9][y], rev[y] * 0.045), f"wages, dep, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rice[y] <= 20000, f"rice within the 20 tấn contract {y}")
    p.check(n[0] <= capacity, "2027 within 450.000")
    p.check(off(n[1], capacity) and off(n[2], capacity) and close(n[1] / capacity, 1.156, 0.01),
            "PLANTED 2028-2029 output 520.000 / 600.000 > 1.500 × 300 = 450.000 chiếc")
    p.check(staff == [8, 8, 9], "one more worker only")
    p.has("khoảng 350.000 chiếc", "tăng 50% so với 280.000 chiếc năm 2026")  # PLANTED figure-inconsistent
    p.check(off(350000, 280000) and close(n[0] / 280000, 1.5), "PLANTED 350.000 != 280.000 chiếc (2026)")
    eq = [p.one(x) for x in ("Máy nhào bột", "Máy tạo hình", "Chảo chiên điện có", "Tủ cấp đông, máy hút", "Cải tạo bếp sản xuất")]
    p.check(sum(eq) == p.one("Cộng|") == 300, "equipment table 300")
    p.check(300 + 40 + 160 == 500 == 300 + 200 and close(300 / 10, 30), "capital 500, depreciation 30")
    p.check(avg1(prof) == 574.6 and close(500 / (574.6 + 30), 0.8, 0.04), "average profit, payback 0,8")
    p.has("45.000 đồng/gói", "100.000 đồng/hộp", "khoảng 1.500 chiếc bánh/ngày", "300 ngày/năm",
          "(366,2 + 611,5 + 746) : 3 ≈ 574,6", "500 : (574,6 + 30) ≈ 0,8 năm", "TCCS 01:2026/TH", "Nghị định 43/2017/NĐ-CP",
          "Nhãn hiệu \"Bánh ram Thúy Hằng\"", "hố ga tách mỡ", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.lacks(r"kiểm soát|truy xuất|\bQR\b|sổ (theo dõi|ghi|sách)|nhật ký|lưu mẫu|số lô|HACCP|ISO 22000|kiểm tra",
            "PLANTED no internal quality control or traceability anywhere")
    p.lacks(OUTDATED, "no replaced instrument")
    clean(p)
    return p


def bq08() -> Plan:
    p = Plan("bq08_may_tre_dan_dong_tien_cty")
    g, k, d, n = p.row("Giỏ mây (chiếc)|"), p.row("Khay tre (chiếc)|"), p.row("Chao đèn mây (chiếc)|"), p.row("Cộng (sản phẩm)")
    rev, rg, rk, rd = p.row("Doanh thu|"), p.row("Giỏ mây (150.000"), p.row("Khay tre (90.000"), p.row("Chao đèn (350.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Mây, tre, guột", "Tiền công đan khoán", "Sấy, chống mốc", "Đóng gói, tem", "Lương nhân viên",
                                 "Khấu hao|", "Lãi vay|", "Bán hàng, hội chợ", "Quản lý|")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(n[y] == g[y] + k[y] + d[y], f"count {y}")
        p.check(close(rg[y], g[y] * 0.15) and close(rk[y], k[y] * 0.09) and close(rd[y], d[y] * 0.35)
                and close(rev[y], rg[y] + rk[y] + rd[y]), f"revenue {y}")
        p.check(close(lines[0][y], g[y] * 0.025 + k[y] * 0.015 + d[y] * 0.06)
                and close(lines[1][y], g[y] * 0.05 + k[y] * 0.03 + d[y] * 0.12)
                and close(lines[2][y], n[y] * 0.005) and close(lines[3][y], n[y] * 0.004), f"per-piece costs {y}")
        p.check(close(lines[4][y], 5 * 7 * 12) and close(lines[5][y], 60) and close(lines[6][y], [400, 300, 200][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.07), f"wages, dep, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(n[y] <= 120 * 140 and n[y] * 2 <= 300 * 280, f"weavers, kiln {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(p.row("Cộng|", 1) == [120] and 35 + 30 + 30 + 25 == 120, "weavers by village")
    items = [p.one(x) for x in ("Hoàn thiện nhà xưởng", "Lò sấy điện", "Máy chẻ nan", "Thiết kế mẫu mã", "Vốn lưu động (")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 1130 and stated == 1250 and off(stated, sum(items)),
            "PLANTED investment table total 1.250 != items 1.130")
    p.check(850 + 400 == stated and off(850 + 400, sum(items)), "tolerated: sources match the stated total, not the items")
    p.check(sum(items[:3]) == 600 and close(600 / 10, 60), "fixed 600, depreciation 60")
    p.check(avg1(post) == 194.6 and close(1250 / (194.6 + 60), 4.9, 0.02), "stated payback 4,9 on 1.250")
    p.check(off(4.9, 1130 / (194.6 + 60)), "tolerated knock-on: 4,4 on the true sum")
    p.check(close(n[0] / 9800, 1.28, 0.01), "+28 % on 2025")
    raw = p.body.split("# Mục 7. Nguồn nguyên liệu", 1)[1].split("# Mục 8.", 1)[0]
    p.check(len(raw.split()) < 40 and not re.search(r"\d", raw), "PLANTED raw-material section hollow: few words, no figure")
    p.check(all(len(sec.split()) > 60 for sec in re.split(r"\n# Mục \d+\.", p.body)[1:] if "Nguồn nguyên liệu" not in sec[:40]),
            "every other section is substantial")
    p.has("150.000 đồng/chiếc", "90.000 đồng/chiếc", "350.000 đồng/chiếc", "(97,1 + 198,5 + 288,3) : 3 ≈ 194,6",
          "1.250 : (194,6 + 60) ≈ 4,9 năm", "TCCS 01:2026/ĐT", "Nghị định 43/2017/NĐ-CP", "buồng phun sơn có màng lọc",
          "Kiểm soát chất lượng nội bộ")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo", "PLANTED no trademark or IP anywhere")
    p.lacks(OUTDATED, "no replaced instrument")
    clean(p)
    return p


def bq09() -> Plan:
    p = Plan("bq09_che_bup_ky_thuong_htx")
    plan = [p.row(f"{2027 + y}|", 4) for y in Y]  # túi, bán buôn kg, dry kg, fresh kg
    tui, bulk, kg, fresh = ([r[i] for r in plan] for i in range(4))
    rev, rt, rb = p.row("Tổng doanh thu"), p.row("Chè túi 200 g (60.000"), p.row("Chè bán buôn (180.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Chè tươi (12.000", "Túi, hộp, nhãn, bao", "Gas, điện", "Tiền lương", "Khấu hao|", "Lãi vay|",
                                 "Bán hàng (6%", "Quản lý|")]
    prof = p.row("Lợi nhuận|")
    staff = [6, 8, 10]
    for y in Y:  # triệu đồng
        p.check(kg[y] == tui[y] * 0.2 + bulk[y] and fresh[y] == kg[y] * 5, f"dry kg, fresh ×5 {y}")
        p.check(close(rt[y], tui[y] * 0.06) and close(rb[y], bulk[y] * 0.18) and close(rev[y], rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.012) and close(lines[1][y], tui[y] * 0.005 + bulk[y] * 0.001)
                and close(lines[2][y], kg[y] * 0.008) and close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 40)
                and close(lines[5][y], [300, 200, 100][y] * 0.08) and close(lines[6][y], rev[y] * 0.06), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(fresh[y] <= 60 * 8000 and fresh[y] <= 1000 * 250, f"60 ha supply, 250 tấn tươi line {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(close(rev[1] - cost[1], 609.4) and prof[1] == 709.4 and off(prof[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 709,4 != 2.160 − 1.550,6 = 609,4")
    p.check(kg == [4000, 9000, 18000] and kg[1] / kg[0] == 2.25 and kg[2] / kg[1] == 2 and rev[1] / rev[0] == 2.25
            and rev[2] / rev[1] == 2, "PLANTED output and revenue ×2,25 then ×2")
    chan = [p.row(x, 2) for x in ("Đại lý chè, cửa hàng", "Quán cà phê", "Khách lẻ", "Điểm bán OCOP")]
    p.check(p.row("Cộng|", 2, skip=0) == [tui[0], bulk[0]] == [sum(c[0] for c in chan), sum(c[1] for c in chan)],
            "named channels cover 2027 only (4 tấn)")
    p.check(p.row("Cộng|", 2, skip=1) == [46, 60] and 18 + 16 + 14 + 12 == 60, "members' area")
    p.check(close(kg[0] / 3500, 1.14, 0.01), "2027 +14 % on 2025 (the jump comes later)")
    p.check(280 + 120 + 50 + 250 == 700 == 400 + 300 and close(400 / 10, 40), "capital 700, depreciation 40")
    written = sum(prof) / 3
    true = (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(written, 835.5, 0.001) and close(700 / (written + 40), 0.8, 0.01), "stated 835,5 and 0,8")
    p.check(not off(700 / (true + 40), 0.8), "payback barely moves on the true profit (no knock-on)")
    p.has("60.000 đồng/túi", "180.000 đồng/kg", "(22,4 + 709,4 + 1.774,8) : 3 ≈ 835,5", "700 : (835,5 + 40) ≈ 0,8 năm",
          "4.000 kg năm 2027, 9.000 kg năm 2028 và 18.000 kg năm 2029", "tương đương 250 tấn tươi hay 50 tấn chè khô/năm",
          "TCCS 01:2027/KT", "TCVN 1455:2013", "Nghị định 43/2017/NĐ-CP", "Kiểm soát chất lượng nội bộ", "Sở hữu trí tuệ")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|công bố",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(OUTDATED, "no replaced instrument")
    clean(p)
    return p


def bq10() -> Plan:
    p = Plan("bq10_gio_cha_thach_lac_cty")
    gl, cq, gb, kg = p.row("Giò lụa|"), p.row("Chả quế|"), p.row("Giò bò 0,5 kg"), p.row("Tổng sản lượng")
    rev, rgl, rcq, rgb = p.row("Doanh thu|"), p.row("Giò lụa (240.000"), p.row("Chả quế (260.000"), p.row("Giò bò (180.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Thịt lợn nạc|", "Thịt bò bắp|", "Gia vị, lá chuối", "Tiền lương", "Khấu hao|", "Lãi vay|",
                                 "Bán hàng, vận chuyển lạnh", "Quản lý, điện")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [10, 10, 11]
    for y in Y:  # triệu đồng
        pork, beef = (gl[y] + cq[y]) * 1.1, gb[y] * 0.5 * 1.1
        p.check(kg[y] == gl[y] + cq[y] + gb[y] * 0.5, f"kg {y}")
        p.check(close(rgl[y], gl[y] * 0.24) and close(rcq[y], cq[y] * 0.26) and close(rgb[y], gb[y] * 0.18)
                and close(rev[y], rgl[y] + rcq[y] + rgb[y]), f"revenue {y}")
        p.check(close(lines[0][y], pork * 0.13) and close(lines[1][y], beef * 0.25) and close(lines[2][y], kg[y] * 0.008)
                and close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], 120)
                and close(lines[5][y], [800, 600, 400][y] * 0.08) and close(lines[6][y], rev[y] * 0.06), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(kg[y] <= 320 * 300 and pork <= 25000 and beef <= 3000, f"capacity 96 tấn, pork 25 tấn, beef 3 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    chan = [p.row(x) for x in ("Nhà hàng, nấu cỗ", "Siêu thị mini, cửa hàng", "Bếp ăn tập thể", "Bán lẻ, trực tuyến")]
    p.check(p.row("Cộng|") == [gl[0], cq[0], gb[0]] == [lines_sum(chan, i) for i in Y], "2027 channels")
    items = [500, 400, 300, 100, 500]
    p.has("mở rộng nhà xưởng 500 triệu đồng", "máy quết, nồi luộc hơi, máy hút chân không 400 triệu đồng",
          "kho lạnh 30 m³ và xe giao hàng lạnh cũ 300 triệu đồng", "đăng ký nhãn hiệu 100 triệu đồng",
          "vốn lưu động mua thịt 500 triệu đồng", "Tổng vốn đầu tư của phương án là 1.800 triệu đồng",
          "vốn chủ sở hữu 800 triệu đồng; vay Ngân hàng", "chi nhánh Hà Tĩnh 800 triệu đồng",
          "tổng nguồn vốn bảo đảm đủ 1.800 triệu đồng")
    p.check(sum(items) == 1800 and off(800 + 800, 1800), "PLANTED sources 800 + 800 = 1.600 != total 1.800")
    p.check(sum(items[:3]) == 1200 and close(1200 / 10, 120), "fixed 1.200, depreciation 120")
    p.check(avg1(post) == 396.7 and close(1800 / (396.7 + 120), 3.5, 0.02), "average profit, payback 3,5")
    p.check(close(kg[0] / 15200, 1.18, 0.01), "+18 % on 2025")
    p.check(p.count("Công ty TNHH Thực phẩm An Phước") == 2 and p.count("Công ty TNHH Thực phẩm Phúc Lợi") == 3,
            "PLANTED a second producer name, twice")
    p.has("240.000 đồng/kg", "260.000 đồng/kg", "180.000 đồng/cây", "(261,9 + 418,3 + 510) : 3 ≈ 396,7",
          "1.800 : (396,7 + 120) ≈ 3,5 năm", "TCCS 01:2026/PL", "Nghị định 43/2017/NĐ-CP", "mã QR")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|mùi|bể (lắng|tự hoại|phốt)|biogas|hố ga|mỡ thải",
            "PLANTED no environmental measure anywhere")
    p.lacks(OUTDATED, "no replaced instrument")
    clean(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("bq11_dau_lac_ep_so_sai")
    a.has("80.000 đồng/lít", "khoảng vài nghìn lít", "sẽ tính đến việc làm thủ tục đăng ký")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 300, "no table, a third of a page")
    a.lacks(r"giấy chứng nhận|mã số thuế|hộ kinh doanh|an toàn thực phẩm|nhãn|tiêu chuẩn", "genuine gaps (tolerated)")
    clean(a)
    b = Plan("bq12_chieu_coi_so_sai")
    b.has("150.000 đồng/đôi", "khoảng 100 triệu đồng", "từ vốn góp của các hộ và vay ngân hàng")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 300, "no table, under half a page")
    b.lacks(r"nhãn|tiêu chuẩn|môi trường|doanh thu|lợi nhuận", "genuine gaps (tolerated)")
    clean(b)
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (bq01, bq02, bq03, bq04, bq05, bq06, bq07, bq08, bq09, bq10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
