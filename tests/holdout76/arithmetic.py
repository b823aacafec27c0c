"""The seventy-sixth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout76/arithmetic.py

For every plan: output = packages × size, revenue = quantity × price, cost lines = quantity × unit
cost and add up to the total, profit = revenue − cost, tax, investment items = capital sources =
total, depreciation, interest, payback, raw-material need vs supply, output vs capacity, growth.
Planted numeric defects are asserted wrong by more than 5 % (with the true value computed) and
everything else right (within 1 %). Table figures are read from the plan's source; figures quoted
from running text are looked up verbatim, so the numbers cannot drift from the text. The textual
planted defects (no label, no environmental measure, replaced instruments, no product standard, a
second producer name, no food safety, no registration, no raw-material section, no sales channel)
are asserted by the absence or presence of their words; ready plans cite no replaced instrument;
no plan holds a template placeholder.
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


class Plan(plancheck.Plan):
    src = HERE / "src"


REPLACED = r"919/QĐ-TTg|1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|23/2012|123/2018|03/2014|01/2021"
CIT = lambda rev: 0.15 if rev <= 3000 else 0.17  # noqa: E731  (triệu đồng; the plans' own rule)


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def by01() -> Plan:
    p = Plan("by01_nuoc_mam_ca_com_hai_dong_htx")
    chai, can, lit = p.row("Nước mắm chai 500 ml"), p.row("Nước mắm can 2 lít"), p.row("Tổng sản lượng quy lít")
    fish, salt, staff = p.row("Cá cơm tươi |"), p.row("Muối biển hạt |"), p.row("Cộng |")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Chai 500 ml (65.000"), p.row("Can 2 lít (120.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá cơm tươi (22.000", "Muối (4.000", "Chai, can, nắp", "Tiền lương", "Điện, nước",
                                 "Khấu hao tài sản", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    wage = [6.5, 6.5, 7]
    for y in Y:  # triệu đồng
        p.check(lit[y] == chai[y] * 0.5 + can[y] * 2, f"litres {y}")
        p.check(close(fish[y], lit[y] / 0.75) and close(salt[y], fish[y] / 3), f"fish 0,75 l/kg, salt 3:1 {y}")
        p.check(close(r1[y], chai[y] * 0.065) and close(r2[y], can[y] * 0.12) and close(rev[y], r1[y] + r2[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.022) and close(lines[1][y], salt[y] * 0.004)
                and close(lines[2][y], chai[y] * 0.006 + can[y] * 0.01), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * wage[y] * 12) and close(lines[5][y], 70)
                and close(lines[6][y], [600, 450, 300][y] * 0.07) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[8][y], 60), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * CIT(rev[y])) and close(post[y], pre[y] - tax[y]), f"CIT {y}")
        p.check(fish[y] <= 48000 and lit[y] <= 36000, f"48 tấn contracted, 30 tanks × 1,6 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(30 * 1.6 == 48 and 48000 * 0.75 == 36000 and 800 * 150 == 120000, "tank and filling capacity")
    p.check(close(lit[0] / 22000, 1.23, 0.01), "+23 % on 2025")
    items = [p.one(x) for x in ("6 bể chượp composite", "Nâng cấp nhà ủ chượp", "Máy lọc tinh, bơm inox, dây chuyền",
                                "Hệ thống thu gom", "Cải tạo kho thành phẩm", "Thiết kế bao bì", "Vốn lưu động")]
    total = p.one("Tổng cộng")
    p.check(sum(items) == total == 1400 == 800 + 600 and p.one("Tổng cộng", skip=1) == 1400, "capital 1.400")
    p.check(sum(items[:5]) == 700 and close(700 / 10, 70), "fixed 700, depreciation 70")
    p.check(avg1(post) == 559.7 and close(1400 / (559.7 + 70), 2.2, 0.02), "average profit, payback 2,2")
    p.has("65.000 đồng/chai", "120.000 đồng/can", "(464,5 + 560 + 654,6) : 3 ≈ 559,7", "1.400 : (559,7 + 70) ≈ 2,2 năm",
          "tổng 48 tấn/năm", "tương đương 36.000 lít nước mắm/năm", "khoảng 22.000 lít nước mắm",
          "42 triệu đồng năm 2027, 31,5 triệu đồng năm 2028, 21 triệu đồng năm 2029",
          "Tổng vốn đầu tư của phương án là 1.400 triệu đồng", "TCVN 5107:2018", "Nghị định số 15/2018/NĐ-CP",
          "Nghị định số 43/2017/NĐ-CP", "đăng ký môi trường", "Cục Sở hữu trí tuệ")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def by02() -> Plan:
    p = Plan("by02_muoi_sach_hai_ninh_htx")
    hat, tinh, vung = (p.row("Muối hạt sạch túi 1 kg (túi)"), p.row("Muối tinh sấy hũ 500 g (hũ)"),
                       p.row("Muối vừng lạc hũ 200 g (hũ)"))
    kg, raw, ses, nut = (p.row("Khối lượng sản phẩm (kg)"), p.row("Muối thô (kg)"), p.row("Vừng đen (kg)"),
                         p.row("Lạc nhân (kg)"))
    staff = p.row("Tổng số lao động (người)")
    rev, r1, r2, r3 = (p.row("Tổng doanh thu"), p.row("Muối hạt sạch (9.000"), p.row("Muối tinh sấy (16.000"),
                       p.row("Muối vừng lạc (38.000"))
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Muối thô (2.500", "Vừng đen (70.000", "Lạc nhân (45.000", "Bao bì, nhãn |",
                                 "Tiền lương |", "Điện, nhiên liệu", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển",
                                 "Quản lý, kiểm nghiệm |")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # đồng
        p.check(kg[y] == hat[y] + tinh[y] * 0.5 + vung[y] * 0.2, f"kg of product {y}")
        p.check(close(raw[y], hat[y] * 1.1 + tinh[y] * 0.5 * 1.3 + vung[y] * 0.04)
                and close(ses[y], vung[y] * 0.12) and close(nut[y], vung[y] * 0.05), f"raw salt, sesame, peanuts {y}")
        p.check(close(r1[y], hat[y] * 9000) and close(r2[y], tinh[y] * 16000) and close(r3[y], vung[y] * 38000)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 2500) and close(lines[1][y], ses[y] * 70000)
                and close(lines[2][y], nut[y] * 45000)
                and close(lines[3][y], hat[y] * 1200 + tinh[y] * 3500 + vung[y] * 4500), f"material costs {y}")
        p.check(close(lines[4][y], staff[y] * 5_500_000 * 12) and close(lines[5][y], kg[y] * 500)
                and close(lines[6][y], 90e6) and close(lines[7][y], [400e6, 300e6, 200e6][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.06) and close(lines[9][y], 60e6), f"other costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * CIT(rev[y] / 1e6)) and close(post[y], pre[y] - tax[y]), f"CIT {y}")
        p.check(raw[y] <= 250000 and ses[y] <= 4000 and nut[y] <= 2000, f"within the 250 / 4 / 2 tấn contracts {y}")
        p.check(hat[y] <= 300000 and tinh[y] * 0.5 <= 40000 and tinh[y] + vung[y] <= 500 * 200, f"capacities {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(15 * 45 == 675 and 1.5 * 200 == 300 and 0.2 * 200 == 40, "675 tấn area, 300 / 40 tấn lines")
    p.check(tinh[2] + vung[2] == 88000, "88.000 jars in 2029")
    items = [p.one("Mở rộng nhà xưởng chế biến"), p.one("Dây chuyền rửa, ly tâm, sấy muối hạt", skip=1),
             p.one("Máy nghiền, sấy muối tinh", skip=1), p.one("Máy rang, trộn, đóng hũ"),
             p.one("Sân phơi có mái che"), p.one("Bao bì, nhãn, thiết kế"), p.one("Vốn lưu động")]
    sources = [p.one(x) for x in ("Thành viên góp thêm vốn", "Quỹ đầu tư phát triển", "Vay Ngân hàng Nông nghiệp")]
    p.check(sum(items) == p.one("Tổng cộng") == sum(sources) == p.one("Tổng cộng", skip=1) == 1.5e9, "capital 1,5 tỷ")
    p.check(sum(items[:5]) == 900e6 and close(900e6 / 10, 90e6), "fixed 900 triệu, depreciation 90 triệu")
    avg = sum(post) / 3
    p.check(avg == 534_047_500 and close(1.5e9 / (avg + 90e6), 2.4, 0.02), "average profit, payback 2,4")
    p.check(close(r1[0] + r2[0] + r3[0], 2.64e9) and close(2.64e9 / 1.85e9, 1.43, 0.01), "2027 +43 % on 2025 revenue")
    p.has("9.000 đồng/túi", "16.000 đồng/hũ", "38.000 đồng/hũ", "1.500.000.000 : (534.047.500 + 90.000.000) ≈ 2,4 năm",
          "hợp đồng thu mua 250 tấn muối thô/năm", "4 tấn vừng và 2 tấn lạc mỗi năm", "muối hạt 300 tấn/năm",
          "muối tinh sấy 40 tấn/năm", "đóng hũ 100.000 hũ/năm", "140 tấn muối hạt, 31 tấn muối tinh, 88.000 hũ",
          "Tổng vốn đầu tư của phương án là 1.500.000.000 đồng", "khoảng 1,85 tỷ đồng")
    p.check(p.body.index("PHẦN THỨ NHẤT") < p.body.index("PHẦN THỨ HAI: GIỚI THIỆU VỀ HỢP TÁC XÃ"),
            "market before the HTX introduction")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def by03() -> Plan:
    p = Plan("by03_homestay_lang_chai_hoa_hai_cty")
    nights, meals, tours, occ = p.row("Đêm phòng"), p.row("Suất ăn"), p.row("Lượt trải nghiệm"), p.row("Công suất sử dụng")
    years = [p.row(f"Năm {2027 + y}", 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    staff = [8, 9, 10]
    for y in Y:  # triệu đồng
        room, food, trip = nights[y] * 0.5, meals[y] * 0.15, tours[y] * 0.25
        rev = room + food + trip
        cost = (food * 0.5 + nights[y] * 0.08 + tours[y] * 0.1 + staff[y] * 5.5 * 12 + rev * 0.08 + 160
                + [800, 600, 400][y] * 0.08 + rev * 0.1 + 100)
        r = years[y]
        p.check(close(r[0], rev) and close(r[1], cost) and close(r[2], rev - cost), f"summary row {2027 + y}")
        p.check(close(r[3], r[2] * CIT(rev), 0.01) and close(r[4], r[2] - r[3]), f"CIT {2027 + y}")
        p.check(round(nights[y] / (12 * 365) * 100) == occ[y], f"occupancy {y}")
        p.check(nights[y] <= 4380 and tours[y] <= 10 * 2 * 2 * 200, f"rooms, boats {y}")
        if y:
            p.check(rev / (years[y - 1][0]) < 1.2, f"growth {y}")
    post = [r[4] for r in years]
    p.check(avg1(post) == 318.7 and close(2000 / (318.7 + 160), 4.2, 0.01), "average profit, payback 4,2")
    items = [p.one(x) for x in ("Xây mới 4 phòng", "Nhà ăn 60 chỗ", "6 thuyền thúng", "Bể tự hoại", "Nội thất phòng",
                                "Trang web", "Vốn lưu động")]
    p.check(close(sum(items), 2.0) and p.one("Tổng cộng") == 2.0 and close(1.2 + 0.8, 2.0), "capital 2,0 tỷ")
    p.check(close(sum(items[:5]), 1.6) and close(1600 / 10, 160), "fixed 1,6 tỷ, depreciation 160")
    p.check(close(nights[0] / 1300, 1.38, 0.01) and 8 + 4 == 12, "+38 % room-nights on 2025 with 4 more rooms")
    p.check(close(1300 * 0.5 + 4500 * 0.15 + 1500 * 0.25, 1700), "2025 revenue 1,7 tỷ at today's prices")
    p.has("1.800 đêm × 500.000 đồng = 900 triệu đồng", "6.000 suất × 150.000 đồng = 900 triệu đồng",
          "2.000 lượt × 250.000 đồng = 500 triệu đồng", "tổng doanh thu 2,3 tỷ đồng",
          "lưu trú 1.050 triệu đồng, ăn uống 1.050 triệu đồng, trải nghiệm 600 triệu đồng, tổng 2,7 tỷ đồng",
          "lưu trú 1.200 triệu đồng, ăn uống 1.200 triệu đồng, trải nghiệm 700 triệu đồng, tổng 3,1 tỷ đồng",
          "thực phẩm cho bữa ăn bằng 50% doanh thu ăn uống 450 triệu đồng", "80.000 đồng/đêm phòng 144 triệu đồng",
          "100.000 đồng/lượt 200 triệu đồng", "tiền lương 528 triệu đồng", "8% doanh thu 184 triệu đồng",
          "khấu hao 160 triệu đồng; lãi vay 64 triệu đồng", "10% doanh thu 230 triệu đồng",
          "Tổng chi phí năm 2027 là 2.060 triệu đồng",
          "(thực phẩm 525, đồ dùng phòng 168, trả ngư dân 240, tiền lương 594, điện nước 216, khấu hao 160, lãi vay 48, "
          "hoa hồng và quảng bá 270, chi khác 100)",
          "(thực phẩm 600, đồ dùng phòng 192, trả ngư dân 280, tiền lương 660, điện nước 248, khấu hao 160, lãi vay 32, "
          "hoa hồng và quảng bá 310, chi khác 100)",
          "(204 + 322,1 + 429,9) : 3 ≈ 318,7", "2.000 : (318,7 + 160) ≈ 4,2 năm", "12 phòng × 365 ngày = 4.380",
          "tối đa 8.000 lượt/năm", "vốn chủ sở hữu của công ty 1,2 tỷ đồng", "0,8 tỷ đồng, thời hạn 4 năm, lãi suất 8%/năm",
          "Tổng vốn đầu tư của phương án là 2,0 tỷ đồng", "TCVN 7800:2017", "Luật Du lịch năm 2017")
    p.check(all(close(a, b) for a, b in zip([528, 594, 660], [s * 5.5 * 12 for s in staff])), "wages 5,5 tr")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def by04() -> Plan:
    p = Plan("by04_banh_da_vung_my_loc_hkd")
    pcs_bag, bulk, pcs = p.row("Bánh đóng túi 10 chiếc"), p.row("Bánh bán buôn |"), p.row("Tổng số bánh")
    rice, ses_kg, staff = p.row("Gạo tẻ |"), p.row("Vừng đen |"), p.row("Cộng lao động thuê")
    rev, rb, rw = p.row("Doanh thu |"), p.row("Bánh túi (32.000"), p.row("Bánh buôn (2.800")
    cost = p.row("Chi phí |")
    lines = [p.row("Gạo |"), p.row("Vừng đen |", skip=1)] + [p.row(x) for x in (
        "Gừng, muối, đường", "Điện, than, củi", "Túi, hộp, thùng", "Tiền công lao động thuê", "Khấu hao |", "Lãi vay |",
        "Bán hàng, vận chuyển", "Thuế GTGT")]
    prof = p.row("Lợi nhuận |")
    bags = [20000, 23000, 26000]
    for y in Y:  # nghìn đồng
        p.check(pcs_bag[y] == bags[y] * 10 and pcs[y] == pcs_bag[y] + bulk[y], f"pieces {y}")
        p.check(close(rice[y], pcs[y] * 0.03) and close(ses_kg[y], pcs[y] * 0.005), f"rice 30 g, sesame 5 g {y}")
        p.check(close(rb[y], bags[y] * 32) and close(rw[y], bulk[y] * 2.8) and close(rev[y], rb[y] + rw[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 15) and close(lines[1][y], ses_kg[y] * 70)
                and close(lines[2][y], pcs[y] * 0.1) and close(lines[3][y], pcs[y] * 0.15)
                and close(lines[4][y], bags[y] * 1.5 + bulk[y] * 0.05), f"per-unit costs {y}")
        p.check(close(lines[5][y], staff[y] * 5000 * 12) and close(lines[6][y], 25000)
                and close(lines[7][y], [150000, 100000, 50000][y] * 0.07) and close(lines[8][y], rev[y] * 0.05)
                and close(lines[9][y], rev[y] * 0.015), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rice[y] <= 20000 and ses_kg[y] <= 3000 and pcs[y] <= 2500 * 250, f"contracts, machine {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(2500 * 250 == 625000, "625.000 pieces capacity")
    p.check(close(pcs[0] / 330000, 1.21, 0.01) and close(330000 * 0.03, 9900), "+21 % on 2025, 9.900 kg rice in 2025")
    p.check(close(950 / 330, 2.88, 0.01), "2025 average 2.880 đ/chiếc")
    items = [p.one("Máy tráng bánh bằng hơi 2 khuôn", skip=1), p.one("Lò sấy bánh dùng điện", skip=1),
             p.one("Nhà phơi có mái che 100"), p.one("Cải tạo bếp tráng"), p.one("Máy hàn miệng túi, cân điện tử", skip=1),
             p.one("Thiết kế bao bì"), p.one("Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 400000 == p.one("Vốn tự có của hộ") + p.one("Vay Ngân hàng Chính sách")
            == p.one("Tổng cộng", skip=1), "capital 400.000")
    p.check(sum(items[:5]) == 250000 and close(250000 / 10, 25000), "fixed 250.000, depreciation 25.000")
    p.check(sum(prof) / 3 == 374120 and close(400000 / (374120 + 25000), 1.0, 0.01), "average profit, payback 1,0")
    p.check(120000 + 80000 == bulk[0] and 6000 + 9000 + 5000 == bags[0], "2027 channel split adds up")
    p.has("32.000 đồng/túi", "2.800 đồng/chiếc", "(326.500 + 354.120 + 441.740) : 3 = 374.120",
          "400.000 : (374.120 + 25.000) ≈ 1,0 năm", "20 tấn/năm", "3 tấn/năm", "công suất 625.000 chiếc/năm",
          "20.000 túi năm 2027, 23.000 túi năm 2028 và 26.000 túi năm 2029", "khoảng 330.000 chiếc bánh",
          "dùng khoảng 9.900 kg gạo", "Tổng vốn đầu tư 400 triệu đồng", "quán ăn khoảng 120.000 chiếc",
          "đại lý khoảng 80.000 chiếc bánh buôn và 6.000 túi", "khoảng 9.000 túi", "khoảng 5.000 túi")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def by05() -> Plan:
    p = Plan("by05_hai_san_kho_bien_loc_cty")
    muc, com, vang, out = p.row("Mực khô |"), p.row("Cá cơm khô |"), p.row("Cá chỉ vàng khô tẩm gia vị |"), p.row("Tổng sản lượng")
    fm, fc, fv = (p.row("Mực ống tươi", 4), p.row("Cá cơm tươi |", 4), p.row("Cá chỉ vàng tươi |", 4))
    staff = p.row("Tổng cộng |")
    rev, rm, rc, rv = (p.row("Doanh thu |"), p.row("Mực khô (900.000"), p.row("Cá cơm khô (180.000"),
                       p.row("Cá chỉ vàng khô tẩm gia vị (280.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mực tươi (110.000", "Cá cơm tươi (25.000", "Cá chỉ vàng tươi (45.000",
                                 "Gia vị, túi, thùng", "Điện sấy, nước", "Tiền lương |", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, vận chuyển", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(out[y] == muc[y] + com[y] + vang[y], f"output {y}")
        p.check(fm[y] == muc[y] * 5 and fc[y] == com[y] * 3.5 and fv[y] == vang[y] * 3, f"fresh 5 / 3,5 / 3 : 1 {y}")
        p.check(fm[y] <= fm[3] and fc[y] <= fc[3] and fv[y] <= fv[3], f"fresh fish within contracts {y}")
        p.check(close(rm[y], muc[y] * 0.9) and close(rc[y], com[y] * 0.18), f"squid, anchovy revenue {y}")
        p.check(close(rev[y], rm[y] + rc[y] + rv[y]), f"revenue total = its rows {y}")
        p.check(close(lines[0][y], fm[y] * 0.11) and close(lines[1][y], fc[y] * 0.025)
                and close(lines[2][y], fv[y] * 0.045) and close(lines[3][y], out[y] * 0.008)
                and close(lines[4][y], out[y] * 0.006), f"per-unit costs {y}")
        p.check(close(lines[5][y], staff[y] * 7 * 12) and close(lines[6][y], 150)
                and close(lines[7][y], [1000, 750, 500][y] * 0.08) and close(lines[8][y], rev[y] * 0.05)
                and close(lines[9][y], 200), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % CIT {y}")
    p.check(close(rv[0], vang[0] * 0.28) and close(rv[2], vang[2] * 0.28), "2027 and 2029 yellow-stripe revenue right")
    p.check(close(vang[1] * 0.28, 2520) and off(rv[1], vang[1] * 0.28), "PLANTED 2028 2.970 != 9.000 kg × 280.000 = 2.520 (+17,9 %)")
    true_rev1 = rm[1] + rc[1] + vang[1] * 0.28
    p.check(close(true_rev1, 11340) and close(rev[1], 11790), "2028 total 11.790 instead of 11.340 (+4 %)")
    cap = 2 * 35 + 30
    p.check(cap == 100 and cap * 280 == 28000 and out[0] <= 28000, "3 dryers 100 kg/ngày, 28.000 kg/năm; 2027 fits")
    p.check(off(out[1], 28000) and off(out[2], 28000), "PLANTED 2028-2029 output 30.000 / 34.000 kg > 28.000 kg dryer capacity")
    p.check(2 * 35 * 280 >= 19000, "2025 (19.000 kg) fitted the two old dryers")
    items = [p.one(x) for x in ("Cải tạo, mở rộng xưởng", "Máy sấy bơm nhiệt thứ ba", "Kho lạnh 10 tấn",
                                "Máy hút chân không, cân", "Xe tải nhỏ", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng", skip=1) == 2500 == p.one("Tổng cộng", skip=2) == 1500 + 1000,
            "capital 2.500")
    p.check(sum(items[:5]) == 1200 and close(1200 / 8, 150), "fixed 1.200, depreciation 150")
    written = sum(post) / 3
    true_post1 = (true_rev1 - (cost[1] - rev[1] * 0.05 + true_rev1 * 0.05)) * 0.83
    true = (post[0] + true_post1 + post[2]) / 3
    p.check(close(written, 1755.9, 0.001) and close(2500 / (written + 150), 1.3, 0.02), "stated payback 1,3")
    p.check(close(true, 1637.6, 0.001) and close(2500 / (true + 150), 1.40, 0.01), "tolerated knock-on: true payback 1,40")
    p.check(close(out[0] / 19000, 1.37, 0.01) and all(out[y] / out[y - 1] < 1.2 for y in (1, 2)), "growth")
    p.has("900.000 đồng/kg", "180.000 đồng/kg", "280.000 đồng/kg", "35 kg thành phẩm/ngày/máy", "30 kg thành phẩm/ngày",
          "Tổng công suất sấy của 3 máy là 100 kg thành phẩm/ngày",
          "làm việc 280 ngày/năm, tương đương 28.000 kg thành phẩm/năm, đáp ứng kế hoạch sản xuất",
          "Toàn bộ sản phẩm được sấy bằng máy sấy bơm nhiệt", "(1.306,4 + 1.992,4 + 1.968,8) : 3 ≈ 1.755,9",
          "2.500 : (1.755,9 + 150) ≈ 1,3 năm", "Tổng vốn đầu tư của phương án là 2.500 triệu đồng",
          "khoảng 19.000 kg hải sản khô")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|số lô",
            "PLANTED no label, label content or labelling decree")
    p.check(p.count("nhãn") == p.count("nhãn hiệu") == 1, "'nhãn' only in 'nhãn hiệu'")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def by06() -> Plan:
    p = Plan("by06_mam_tom_huong_lan_hkd")
    jars, bulk, kg = p.row("Mắm tôm hũ 500 g (hũ)"), p.row("Mắm tôm bán buôn (kg)"), p.row("Tổng sản lượng mắm tôm (kg)")
    moi, salt, staff = p.row("Moi tươi cần dùng (kg)"), p.row("Muối biển (kg)"), p.row("Tổng số lao động (người)")
    rev, rj, rb = p.row("Doanh thu (triệu đồng)"), p.row("Mắm tôm hũ, 45.000"), p.row("Mắm tôm bán buôn, 60.000")
    cost = p.row("Chi phí (triệu đồng)")
    lines = [p.row(x) for x in ("Moi tươi (triệu", "Muối (triệu", "Hũ, can, thùng", "Tiền công lao động thuê",
                                 "Điện, nước, củi", "Khấu hao (triệu", "Lãi vay (triệu", "Bán hàng, vận chuyển 6%",
                                 "Thuế 1,5%")]
    prof = p.row("Lợi nhuận (triệu đồng)")
    hired = [s - 3 for s in staff]
    for y in Y:  # triệu đồng
        p.check(kg[y] == jars[y] * 0.5 + bulk[y], f"kg {y}")
        p.check(close(moi[y], kg[y] * 1.2) and close(salt[y], kg[y] * 0.3), f"moi 1,2 kg/kg, salt 0,3 {y}")
        p.check(close(rj[y], jars[y] * 0.045) and close(rb[y], bulk[y] * 0.06) and close(rev[y], rj[y] + rb[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], moi[y] * 0.018) and close(lines[1][y], salt[y] * 0.003)
                and close(lines[2][y], jars[y] * 0.004 + bulk[y] * 0.0015) and close(lines[4][y], kg[y] * 0.001),
                f"per-unit costs {y}")
        p.check(close(lines[3][y], hired[y] * 5 * 12) and close(lines[5][y], 20)
                and close(lines[6][y], [120, 80, 40][y] * 0.07) and close(lines[7][y], rev[y] * 0.06)
                and close(lines[8][y], rev[y] * 0.015), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 40 * 300 * 2 + 40 * 200 * 2, f"tank capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    supply = [p.one("Thuyền của gia đình"), p.one("Hợp đồng thu mua với thuyền ông Trần"),
              p.one("Hợp đồng thu mua với thuyền ông Phạm")]
    p.check(sum(supply) == 14000 == p.one("Cộng |", skip=1), "supply 6.000 + 4.000 + 4.000 = 14.000")
    p.check(all(moi[y] > 14000 and off(moi[y], 14000) for y in Y),
            "PLANTED moi needed 18.000 / 20.400 / 22.800 kg > 14.000 kg supplied (+29 % to +63 %)")
    p.check(p.row("Cộng |", 2) == [jars[0], bulk[0]], "2027 channel split adds up")
    p.check(40 * 300 * 2 + 40 * 200 * 2 == 40000, "40.000 kg tank capacity")
    items = [p.one("Thùng ủ, nhà ủ, máy móc"), p.one("Bao bì, kiểm nghiệm, nhãn hiệu"), p.one("Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 300 == 180 + 120 and 80 + 70 + 30 + 20 == items[0], "capital 300")
    avg = sum(prof) / 3
    p.check(close(avg, 464.2, 0.001) and close(300 / (464.2 + 20), 0.6, 0.04), "average profit, payback 0,6")
    p.check(close(kg[0] / 12500, 1.2), "+20 % on 2025")
    p.has("45.000 đồng/hũ", "60.000 đồng/kg", "16.000 hũ × 45.000 đồng = 720.000.000 đồng",
          "7.000 kg × 60.000 đồng = 420.000.000 đồng, cộng 1.140.000.000 đồng", "(419,1 + 444,15 + 529,2) : 3 ≈ 464,2",
          "300 : (464,2 + 20) ≈ 0,6 năm", "nguồn moi bảo đảm đủ cho kế hoạch sản xuất các năm",
          "40 × 300 × 2 + 40 × 200 × 2 = 40.000 kg", "Tổng vốn đầu tư là 300.000.000 đồng")
    p.has("Nghị định số 38/2012/NĐ-CP", "Quyết định số 1048/QĐ-TTg")  # PLANTED outdated-policy
    p.lacks(r"15/2018|148/QĐ-TTg|1489/QĐ-TTg|919/QĐ-TTg", "PLANTED no current instrument cited")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|mùi hôi|khử mùi|\bbể\b|biogas|thu gom|ô nhiễm|\bthải\b",
            "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def by07() -> Plan:
    p = Plan("by07_gao_thom_yen_my_htx")
    b5, b2, kg, paddy, area = (p.row("Gạo thơm túi 5 kg"), p.row("Gạo thơm túi 2 kg"), p.row("Tổng sản lượng gạo"),
                               p.row("Thóc nguyên liệu"), p.row("Diện tích lúa thơm cần"))
    staff = p.row("Cộng |")
    rev, r5, r2 = p.row("Doanh thu |"), p.row("Gạo túi 5 kg (150.000"), p.row("Gạo túi 2 kg (64.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thóc (8.000", "Túi, thùng |", "Điện (500", "Tiền lương |", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng (5%", "Quản lý |")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == b5[y] * 5 + b2[y] * 2 and close(paddy[y], kg[y] * 1.5) and close(area[y], paddy[y] / 12000),
                f"kg, paddy 1,5, area at 12 tấn/ha/năm {y}")
        p.check(close(r5[y], b5[y] * 0.15) and close(r2[y], b2[y] * 0.064) and close(rev[y], r5[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], paddy[y] * 0.008) and close(lines[1][y], b5[y] * 0.005 + b2[y] * 0.003)
                and close(lines[2][y], kg[y] * 0.0005) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], 100) and close(lines[5][y], [300, 200, 100][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 60), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(tax[y], pre[y] * CIT(rev[y])) and close(post[y], pre[y] - tax[y]), f"tax on the stated profit {y}")
        p.check(paddy[y] <= 600000 and area[y] <= 60 and kg[y] <= 1 * 8 * 150 * 1000, f"paddy, area, mill {y}")
    p.check(close(pre[1], rev[1] - cost[1]) and close(pre[2], rev[2] - cost[2]), "2028-2029 profit right")
    p.check(rev[0] - cost[0] == 308 and off(pre[0], rev[0] - cost[0]), "PLANTED 2027 profit 408 != 1.830 − 1.522 = 308 (+32 %)")
    p.check(kg[1] / kg[0] == 2.5 and kg[2] / kg[1] == 2.4 and close(rev[1] / rev[0], 2.5) and close(rev[2] / rev[1], 2.4),
            "PLANTED output and revenue ×2,5 then ×2,4")
    p.check(lines[0][2] / 150 > 25, "PLANTED 4,32 tỷ of paddy in 2029 on 150 triệu of working capital")
    p.check(close(kg[0] / 50000, 1.2) and close(kg[2] / 50000, 7.2), "2027 +20 %, 2029 ×7,2 on 2025 (tolerated capacity)")
    items = [p.one("Máy tách màu |", skip=1), p.one("Mở rộng kho thóc"), p.one("Máy đóng túi hút chân không |", skip=1),
             p.one("Cải tạo nhà xưởng"), p.one("Thiết kế bao bì"), p.one("Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 700 + 300 and sum(items[:4]) == 800 and close(800 / 8, 100),
            "capital 1.000, fixed 800, depreciation 100")
    avg = sum(post) / 3
    true_avg = (post[0] - (pre[0] - 308) * 0.85 + post[1] + post[2]) / 3
    p.check(close(avg, 1888.3, 0.001) and close(1000 / (avg + 100), 0.5, 0.02), "stated payback 0,5")
    p.check(close(1000 / (true_avg + 100), 0.5, 0.03), "payback on the true 2027 profit is still 0,5 (not tolerated)")
    p.check(p.row("Cộng |", 2) == [186, 120] and 6 * 12 * 120 == 8640, "186 members, 120 ha, ≈1.440 tấn")
    p.has("150.000 đồng/túi", "64.000 đồng/túi", "(346,8 + 1.348,3 + 3.969,9) : 3 ≈ 1.888,3", "1.000 : (1.888,3 + 100) ≈ 0,5 năm",
          "tối đa 600 tấn thóc/năm", "khoảng 1.200 tấn gạo/năm", "Sản lượng năm 2028 tăng 2,5 lần và năm 2029 tăng 2,4 lần",
          "Hợp tác xã sẽ tiếp tục bán qua các kênh trên trong suốt giai đoạn", "khoảng 50 tấn gạo thơm",
          "chọn 60 ha trồng giống lúa thơm", "Tổng vốn đầu tư 1.000 triệu đồng")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|VietGAP",
            "PLANTED no product standard, declaration or lab test")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def by08() -> Plan:
    p = Plan("by08_cha_muc_mai_huong_cty")
    box, bulk, kg, squid = (p.row("Chả mực hộp 500 g"), p.row("Chả mực bán buôn"), p.row("Tổng sản lượng |"),
                            p.row("Mực ống tươi"))
    staff = p.row("Tổng số |")
    rev, rh, rb = p.row("Doanh thu |"), p.row("Hộp 500 g (160.000"), p.row("Bán buôn (280.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mực tươi (120.000", "Mỡ, gia vị", "Hộp, túi, thùng", "Tiền lương |", "Điện, gas, kho lạnh",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển lạnh", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == box[y] * 0.5 + bulk[y] and close(squid[y], kg[y] * 1.25), f"kg, squid 1,25 {y}")
        p.check(close(rh[y], box[y] * 0.16) and close(rb[y], bulk[y] * 0.28) and close(rev[y], rh[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], squid[y] * 0.12) and close(lines[1][y], kg[y] * 0.01)
                and close(lines[2][y], box[y] * 0.008 + bulk[y] * 0.002) and close(lines[4][y], kg[y] * 0.008),
                f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[5][y], 120)
                and close(lines[6][y], [800, 600, 400][y] * 0.08) and close(lines[7][y], rev[y] * 0.06)
                and close(lines[8][y], 120), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % CIT {y}")
        p.check(squid[y] <= 30000 and kg[y] <= 3 * 40 * 4 * 250, f"squid contract, pounding machines {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Mở rộng xưởng, khu sơ chế", "Kho lạnh 10 tấn", "2 tủ cấp đông nhanh",
                                "Máy quết chả, máy hút chân không", "Bể tách mỡ", "Thiết kế bao bì", "Vốn lưu động")]
    total = p.one("Tổng cộng")
    sources = [p.one("Vốn chủ sở hữu"), p.one("Vay Ngân hàng")]
    p.check(sum(items) == total == 2000 and sum(items[:5]) == 1200 and close(1200 / 10, 120),
            "items add up to the stated 2.000; fixed 1.200, depreciation 120")
    p.check(sum(sources) == 1700 == p.one("Cộng |") and off(sum(sources), total),
            "PLANTED sources 900 + 800 = 1.700 != total 2.000 (−15 %)")
    avg = sum(post) / 3
    true_payback = total / (avg + 120)
    p.check(close(avg, 288.5, 0.001) and close(true_payback, 4.9, 0.01), "true payback 2.000 : (288,5 + 120) ≈ 4,9")
    p.check(off(2, true_payback) and off(2, total / avg) and off(2, total / (post[2] + 120)),
            "PLANTED payback 'khoảng 2 năm' != 4,9 (6,9 without depreciation; 3,8 on 2029 alone)")
    p.check(p.count("Hải Phát") == 3 and p.count("Công ty TNHH Thực phẩm Hải Phát") == 2
            and p.count("Chả mực Hải Phát") == 1, "PLANTED a second producer and product name")
    market = section(p, "# VII – THỊ TRƯỜNG TIÊU THỤ", "# VIII –")
    legal = section(p, "# XIV – HỒ SƠ PHÁP LÝ", "# XV –")
    p.check("Hải Phát" in market and "Hải Phát" in legal, "the second name in the market and legal sections")
    p.check(p.count("Mai Hương") == 9 and p.count("Công ty TNHH Thực phẩm Mai Hương") == 3, "the true name everywhere else")
    p.check(5000 + 3500 + 1500 + 2000 == kg[0], "2027 channel split adds up")
    p.check(close(kg[0] / 9500, 1.26, 0.01), "+26 % on 2025")
    p.has("160.000 đồng/hộp", "280.000 đồng/kg", "Thời gian hoàn vốn của phương án khoảng 2 năm",
          "Lợi nhuận sau thuế bình quân 3 năm khoảng 288,5 triệu đồng/năm", "tổng 30 tấn mực/năm",
          "công suất khoảng 120.000 kg chả/năm", "Tổng vốn đầu tư của phương án là 2.000 triệu đồng")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def by09() -> Plan:
    p = Plan("by09_tom_kho_hoi_thuy_tht")
    jars, bulk, kg, fresh = (p.row("Tôm khô hũ 250 g"), p.row("Tôm khô bán buôn"), p.row("Tổng sản lượng tôm khô"),
                             p.row("Tôm tươi cần dùng"))
    staff = p.row("Cộng |")
    rev, rj, rb = p.row("Doanh thu |"), p.row("Hũ 250 g (290.000"), p.row("Bán buôn (1.050.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Tôm tươi (160.000", "Muối, điện sấy", "Hũ, túi, thùng", "Tiền công |", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng (5%", "Thuế (1,5%", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == jars[y] * 0.25 + bulk[y] and fresh[y] == kg[y] * 4, f"kg, fresh 4:1 {y}")
        p.check(close(rj[y], jars[y] * 0.29) and close(rb[y], bulk[y] * 1.05) and close(rev[y], rj[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.16) and close(lines[1][y], kg[y] * 0.02)
                and close(lines[2][y], jars[y] * 0.01 + bulk[y] * 0.005), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 40)
                and close(lines[5][y], [200, 150, 100][y] * 0.07) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y], rev[y] * 0.015) and close(lines[8][y], 40), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(fresh[y] <= 20000 and kg[y] <= 25 * 200, f"20 tấn of shrimp, dryer 5.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one("Máy sấy bơm nhiệt", skip=1), p.one("Nồi luộc inox", skip=1), p.one("Máy tách vỏ tôm", skip=1),
             p.one("Cải tạo nhà xưởng"), p.one("Kho mát 2 tấn"), p.one("Bao bì, nhãn"), p.one("Vốn lưu động")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 450 and stated == 500 and off(stated, sum(items)),
            "PLANTED investment table total 500 != its items 450 (+11 %)")
    p.check(300 + 200 == stated and 12 * 25 == 300, "sources match the stated (wrong) total; 12 members × 25")
    p.check(sum(items[:5]) == 400 and close(400 / 10, 40), "fixed 400, depreciation 40")
    avg = sum(prof) / 3
    p.check(close(avg, 488.9, 0.001) and close(500 / (avg + 40), 0.9, 0.06), "stated payback 0,9 on 500")
    p.check(close(450 / (avg + 40), 0.85, 0.01) and off(500 / (avg + 40), 450 / (avg + 40)),
            "tolerated knock-on: 0,85 on the true 450")
    p.has("Sản lượng tôm khô năm 2027 đạt 3.500 kg")  # PLANTED figure-inconsistent
    p.has("Để làm 3.000 kg tôm khô năm 2027 cần 12.000 kg tôm tươi")
    p.check(kg[0] == 3000 and off(3500, kg[0]), "PLANTED 3.500 kg (objectives) != 3.000 kg (table, raw need, revenue)")
    p.check(p.row("Cộng |", 2) == [jars[0], bulk[0]], "2027 channel split adds up")
    p.check(close(kg[0] / 2400, 1.25), "+25 % on 2025")
    p.has("290.000 đồng/hũ", "1.050.000 đồng/kg", "(382 + 488,85 + 595,7) : 3 ≈ 488,9", "500 : (488,9 + 40) ≈ 0,9 năm",
          "toàn bộ 20 tấn tôm", "công suất 5.000 kg tôm khô/năm", "Tổng vốn đầu tư của phương án là 500 triệu đồng")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|15/2018|cam kết|đủ điều kiện|khám sức khỏe|tự công bố|công bố sản phẩm|"
            r"HACCP|ISO 22000", "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.check("TCCS 01:2026/HT" in p.body, "a product standard is there")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def by10() -> Plan:
    p = Plan("by10_bun_kho_binh_an")
    brown, white, kg = p.row("Bún gạo lứt khô gói 500 g"), p.row("Bún gạo trắng khô gói 500 g"), p.row("Tổng sản lượng")
    staff = p.row("Cộng lao động thuê")
    rev, rl, rt = p.row("Doanh thu |"), p.row("Bún gạo lứt (30.000"), p.row("Bún gạo trắng (22.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo lứt (20.000", "Gạo tẻ (15.000", "Điện, củi", "Túi, thùng", "Tiền công thuê",
                                 "Khấu hao |", "Lãi vay |", "Vận chuyển, quảng bá")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == (brown[y] + white[y]) * 0.5, f"kg {y}")
        p.check(close(rl[y], brown[y] * 0.03) and close(rt[y], white[y] * 0.022) and close(rev[y], rl[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], brown[y] * 0.5 * 1.2 * 0.02) and close(lines[1][y], white[y] * 0.5 * 1.2 * 0.015)
                and close(lines[2][y], kg[y] * 0.002) and close(lines[3][y], (brown[y] + white[y]) * 0.0012),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 5 * 12) and close(lines[5][y], 30) and close(lines[6][y], [6, 4, 2][y])
                and close(lines[7][y], rev[y] * 0.04), f"wages, depreciation, interest, transport {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 200 * 250, f"line capacity {y}")
        p.check(0.26 < prof[y] / rev[y] < 0.30 and 0.17 < (prof[y] - 120) / rev[y] < 0.22, f"margins 27-29 %, ≈20 % {y}")
        if y:
            p.check(1.09 < rev[y] / rev[y - 1] < 1.12, f"growth 10-11 % {y}")
    p.check(close(brown[2] * 0.5 / kg[2], 0.45, 0.02), "45 % brown rice in 2029")
    p.check(close(12000 * 1.2, 14400) and close(15000 * 1.2, 18000), "14.400 kg brown, 18.000 kg white rice in 2027")
    items = [p.one("Máy ép đùn bún tự động", skip=1), p.one("Lò sấy |"), p.one("Cải tạo nhà xưởng"),
             p.one("Thiết kế bao bì"), p.one("Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 400 == 300 + 100 and sum(items[:3]) == 300, "capital 400, fixed 300")
    p.check(close(sum(prof) / 3, 427.6, 0.001) and close(400 / (427.6 + 30), 0.9, 0.03), "average profit, payback 0,9")
    p.check(close(kg[0] / 22000, 1.23, 0.01) and 9000 + 13000 == 22000, "+23 % on 2025")
    p.has("30.000 đồng/gói", "22.000 đồng/gói", "(372 + 447,56 + 463,12) : 3 ≈ 427,6", "400 : (427,6 + 30) ≈ 0,9 năm",
          "công suất khoảng 50.000 kg bún/năm", "cần 14.400 kg gạo lứt và 18.000 kg gạo tẻ", "Tổng vốn đầu tư 400 triệu đồng")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"đăng ký hộ|thành lập|giấy phép|mã số", "PLANTED no business registration or plan to register")
    p.lacks(r"(?m)^#.*(nguyên liệu|vùng trồng|cung ứng|liên kết)", "PLANTED no raw-material heading")
    p.lacks(r"nguyên liệu|vùng trồng|hợp đồng mua|liên kết sản xuất|cung ứng|ruộng|diện tích lúa|năng suất lúa",
            "PLANTED no raw-material supply anywhere")
    market = section(p, "# 7) Thị trường", "# 8)")
    p.check(not re.search(r"\d|đồng|giá|khách|cửa hàng|đại lý|công ty|bếp ăn|quán", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"cửa hàng|đại lý|\bchợ\b|siêu thị|online|facebook|zalo|shopee|sàn thương mại|bán lẻ|bán buôn|hội chợ|"
            r"khách hàng|nhà phân phối|hợp đồng tiêu thụ|đơn hàng|đặt hàng", "PLANTED no sales channel anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("by11_nuoc_mam_tu_hoa_so_sai")
    a.check(3000 / 0.5 * 50000 == 300e6, "fish-sauce sentence (3.000 lít = 6.000 chai × 50.000 = 300 triệu)")
    a.has("50.000 đồng/chai", "khoảng 3.000 lít", "khoảng 150 triệu đồng", "khoảng 300 triệu đồng/năm",
          "Hộ đã đăng ký hộ kinh doanh năm 2022")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150-300 words")
    a.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn|nhãn hiệu|môi trường|nước thải|truy xuất|nguyên liệu",
            "the gaps tolerated are real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("by12_ca_moi_mot_nang_tan_hai_so_sai")
    b.has("khoảng 120.000 đồng/kg", "6 chị em")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150-300 words")
    b.check(len(re.findall(r"\d[\d.,]*", b.body.split("# Thông tin", 1)[1])) <= 6, "almost no figures")
    b.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|"
            r"môi trường|nhãn hiệu|truy xuất|@", "the gaps tolerated are real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (by01, by02, by03, by04, by05, by06, by07, by08, by09, by10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
