"""The 57th holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout57/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, labour tables, growth. Planted numeric defects are asserted
wrong by more than 5 % and everything else right (within 1 %). Table figures are read from the
plan's source; figures quoted from running text are looked up verbatim, so the numbers cannot
drift from the text. The textual planted defects (no environmental measure, a second producer
name, no food safety, no trademark, replaced instruments cited, no product standard, no
registration, no label, no sales channel, two worker counts) are asserted too, as is the absence
of template placeholders in every plan.
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


OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018|38/2012|89/2006|TT 03/2014"


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def bf01() -> Plan:
    p = Plan("bf01_tour_sinh_thai_ke_go_ctcp")
    day, camp, boat = p.row("Tour ngày", 6), p.row("Cắm trại qua đêm", 6), p.row("Thuê thuyền theo lượt", 6)
    rev = p.row("Cộng doanh thu")
    lines = [p.row(x) for x in ("Thực phẩm phục vụ khách", "Thuê đất, mặt nước", "Tiền lương", "Khấu hao tài sản cố định",
                                 "Lãi vay", "Quảng bá, hoa hồng", "Bảo hiểm du khách", "Quản lý chung")]
    cost = p.row("Tổng chi phí")
    summary = [p.row(f"{2027 + y}|", 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    staff = [18, 20, 22]
    for y in Y:  # triệu đồng
        d, c, b = day[y], camp[y], boat[y]
        p.check(close(day[3 + y], d * 0.45) and close(camp[3 + y], c * 0.9) and close(boat[3 + y], b * 0.1)
                and close(rev[y], day[3 + y] + camp[3 + y] + boat[3 + y]), f"revenue {y}")
        p.check(close(lines[0][y], d * 0.12 + c * 0.3) and close(lines[1][y], 150)
                and close(lines[2][y], staff[y] * 7 * 12) and close(lines[3][y], 300)
                and close(lines[4][y], [1000, 750, 500][y] * 0.09) and close(lines[5][y], rev[y] * 0.08)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 180), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summary[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1])
                and close(s[3], s[2] * 0.17) and close(s[4], s[2] - s[3]), f"summary row, 17 % tax {y}")
        p.check(d <= 60 * 300 and c <= 60 * 150, f"capacity 18.000 / 9.000 {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    hist = [p.row("Khách tour ngày"), p.row("Khách cắm trại qua đêm"), p.row("Lượt thuê thuyền"), p.row("Doanh thu |")]
    for y in Y:
        p.check(close(hist[3][y], hist[0][y] * 0.45 + hist[1][y] * 0.9 + hist[2][y] * 0.1), f"history revenue {y}")
    p.check(close(rev[0] / hist[3][2], 1.28, 0.01), "+28 % on 2026")
    items = [p.one(x) for x in ("Thuyền kayak đôi", "Ván chèo đứng SUP", "Nhà đón khách kiên cố", "Lều cắm trại cao cấp",
                                "Áo phao, xuồng cứu hộ", "Nhận diện thương hiệu", "Vốn lưu động")]
    p.check(items[0] == 40 * 12 and items[1] == 20 * 8 and items[3] == 18 * 9, "unit prices × quantities")
    p.check(sum(items) == p.one("Tổng cộng") == 2200 == 1200 + 1000 and sum(items[:5]) == 1800
            and close(1800 / 6, 300), "capital 2.200 = 1.200 + 1.000, fixed 1.800, depreciation 300")
    post = [s[4] for s in summary]
    p.check(avg1(post) == 650.6 and close(2200 / (650.6 + 300), 2.3, 0.02), "average 650,6, payback 2,3")
    p.check(close(post[0] / rev[0], 0.088, 0.01) and close(post[2] / rev[2], 0.152, 0.01), "margins 8,8 % / 15,2 %")
    p.check(20 + 40 == 60 and 6 + 20 == 26 and 12 + 18 == 30, "kayaks, SUPs, tents after investment")
    p.has("450.000 đồng/khách", "900.000 đồng/khách", "100.000 đồng/lượt", "(389,7 + 650,6 + 911,6) : 3 ≈ 650,6",
          "2.200 : (650,6 + 300) ≈ 2,3 năm", "Tổng vốn đầu tư của phương án là 2.200 triệu đồng",
          "60 khách/ngày × 300 ngày hoạt động = 18.000 khách/năm", "60 khách/đêm × 150 đêm mùa khô = 9.000 khách/năm",
          "Lãi vay: 90 triệu đồng năm 2027, 67,5 triệu đồng năm 2028, 45 triệu đồng năm 2029",
          "từ 1,17 đến 1,59 tỷ đồng", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "đăng ký môi trường")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def bf02() -> Plan:
    p = Plan("bf02_xa_phong_thao_duoc_huong_do_htx")
    hs, hd, hrev = p.row("Xà phòng bánh 100 g (bánh)"), p.row("Dầu gội chai 300 ml (chai)"), p.row("Doanh thu |")
    soap, sham, herb = (p.row("Xà phòng thảo dược bánh 100 g"), p.row("Dầu gội thảo dược chai 300 ml"),
                        p.row("Dược liệu khô sử dụng"))
    rev, rs, rd = p.row("Doanh thu |", skip=1), p.row("Xà phòng (45.000"), p.row("Dầu gội (95.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Nguyên liệu (12.000", "Bao bì, nhãn (4.000", "Tiền lương |", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, chiết khấu", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế", skip=1), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Cộng |")
    for y in Y:  # nghìn đồng
        p.check(close(hrev[y], hs[y] * 45 + hd[y] * 95), f"history revenue {y}")
        p.check(close(rs[y], soap[y] * 45) and close(rd[y], sham[y] * 95) and close(rev[y], rs[y] + rd[y]), f"revenue {y}")
        p.check(close(herb[y], soap[y] * 0.02 + sham[y] * 0.06) and herb[y] <= 3000, f"herbs 0,02 / 0,06 kg, within 3 tấn {y}")
        p.check(close(lines[0][y], soap[y] * 12 + sham[y] * 28) and close(lines[1][y], soap[y] * 4 + sham[y] * 9)
                and close(lines[2][y], staff[y] * 5500 * 12) and close(lines[3][y], 60000)
                and close(lines[4][y], [300000, 200000, 100000][y] * 0.07) and close(lines[5][y], rev[y] * 0.10)
                and close(lines[6][y], 60000), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3e6 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(soap[y] <= 96000 and sham[y] <= 28800, f"curing and shampoo capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(staff == [8, 9, 10] and 1 + 1 + 1 + 1 == 4, "staff 8 / 9 / 10 (4–6 in production)")
    p.check(20 * 400 == 8000 and 8000 * 12 == 96000 and 48 * 600 == 28800, "capacities")
    p.check(close(rev[0] / hrev[2], 1.245, 0.01), "+24,5 % on 2026")
    items = [p.one("Cải tạo nhà xưởng"), p.one("Nồi nấu 50 kg"), p.one("Máy chiết rót, đóng nắp, nồi"),
             p.one("Tủ sấy dược liệu bằng điện", skip=1), p.one("Thiết kế bao bì, công bố"), p.one("Vốn lưu động")]
    p.check(items == [250000, 180000, 90000, 80000, 60000, 240000], f"investment items {items}")
    p.check(sum(items) == p.one("Cộng |", skip=1) == 900000 == 600000 + 300000 and sum(items[:4]) == 600000,
            "capital 900.000 = 600.000 + 300.000, fixed 600.000")
    avg = sum(post) / 3
    p.check(close(avg, 537657, 0.0001) and close(900000 / (avg + 60000), 1.5, 0.01), "average 537.657, payback 1,5")
    p.check(close(pre[0] / rev[0], 0.215, 0.01) and close(pre[2] / rev[2], 0.272, 0.01), "margins 21,5 % / 27,2 %")
    p.has("45.000 đồng/bánh", "95.000 đồng/chai", "Tổng vốn đầu tư: 900 triệu đồng",
          "(385.900 + 543.150 + 683.920) : 3 ≈ 537.657", "900.000 : (537.657 + 60.000) ≈ 1,5 năm",
          "khoảng 3.000 kg/năm", "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "phiếu tiếp nhận công bố sản phẩm mỹ phẩm",
          "không thuộc đối tượng cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def bf03() -> Plan:
    p = Plan("bf03_nam_bao_ngu_thach_xuan_hkd")
    hb, hk, htray, hrev = (p.row("Số bịch phôi đưa vào trồng (bịch)"), p.row("Sản lượng nấm tươi (kg)"),
                           p.row("Trong đó đóng khay"), p.row("Doanh thu |"))
    bags, kg, tray, bulk, dust = (p.row("Bịch phôi đưa vào trồng"), p.row("Sản lượng nấm tươi |"),
                                  p.row("- Bán lẻ đóng khay"), p.row("- Bán buôn |"), p.row("Mùn cưa sử dụng"))
    rt, rb, rev = p.row("Doanh thu nấm khay"), p.row("Doanh thu nấm bán buôn"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Nguyên liệu phôi", "Giống nấm", "Điện, củi hấp phôi", "Khay, màng, nhãn", "Tiền công lao động",
                                 "Khấu hao |", "Lãi vay |", "Vận chuyển, bán hàng", "Thuế khoán", "Quản lý, kiểm nghiệm")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |", skip=1)
    staff = p.row("Cộng |")
    for y in Y:  # triệu đồng
        p.check(close(hk[y], hb[y] * 0.4) and close(hrev[y], htray[y] * 0.022 + (hk[y] - htray[y] * 0.3) * 0.04),
                f"history: 0,4 kg/bịch, revenue {y}")
        p.check(close(kg[y], bags[y] * 0.4) and close(kg[y], tray[y] * 0.3 + bulk[y]) and close(dust[y], bags[y] / 1000),
                f"yield, split, sawdust 1 kg/bịch {y}")
        p.check(close(rt[y], tray[y] * 0.022) and close(rb[y], bulk[y] * 0.04) and close(rev[y], rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], bags[y] * 0.003) and close(lines[1][y], bags[y] * 0.0015)
                and close(lines[2][y], bags[y] * 0.001) and close(lines[3][y], tray[y] * 0.0025)
                and close(lines[4][y], staff[y] * 5.5 * 12) and close(lines[5][y], 100), f"costs {y}")
        p.check(lines[6][y] == [16, 8, 0][y] and abs(lines[6][y] - [200, 100, 0][y] * 0.08) < 1e-9, f"interest {y}")
        p.check(close(lines[7][y], rev[y] * 0.06) and close(lines[8][y], rev[y] * 0.015) and close(lines[9][y], 40),
                f"selling 6 %, flat tax 1,5 % {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(bags[y] <= 4 * 10000 * 3 and bags[y] <= 1000 * 150 and dust[y] <= 150, f"houses, steamer, sawdust {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(rev[0] / hrev[2], 1.227, 0.01) and close(kg[0] / hk[2], 1.2), "+23 % revenue, +20 % kg on 2026")
    p.check(12000 + 6000 + 6000 == bulk[0] and 40000 == tray[0], "2027 customer split = bulk + trays")
    items = [p.one(x) for x in ("Nhà trồng nấm số 4 và", "Kho lạnh 20", "Máy đóng khay, máy co màng", "Máy trộn, máy đóng bịch",
                                "Chứng nhận VietGAP", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 650 == 450 + 200 and sum(items[:4]) == 500 and close(500 / 5, 100),
            "capital 650 = 450 + 200, fixed 500, depreciation 100")
    p.check(sum(prof) / 3 == 586.5 and close(650 / (586.5 + 100), 0.95, 0.01), "average 586,5, payback 0,95")
    p.check(staff == [7, 8, 8], "staff 7 / 8 / 8")
    p.has("22.000 đồng/khay", "40.000 đồng/kg", "Tổng vốn đầu tư 650 triệu đồng", "(489 + 564,5 + 706) : 3 = 586,5",
          "650 : (586,5 + 100) ≈ 0,95 năm", "tổng cộng 150 tấn/năm", "công suất 120.000 bịch/năm",
          "bản cam kết bảo đảm an toàn thực phẩm", "Giấy chứng nhận đăng ký hộ kinh doanh")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def bf04() -> Plan:
    p = Plan("bf04_khoai_lang_deo_co_dam_cty")
    packs, boxes, kg, fresh = (p.row("Gói 250 g |"), p.row("Hộp quà 500 g |"), p.row("Khoai deo thành phẩm"),
                               p.row("Khoai lang tươi nguyên liệu"))
    rev, rp, rb = p.row("Tổng doanh thu"), p.row("- Gói 250 g (38.000"), p.row("- Hộp quà 500 g (85.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("- Khoai tươi", "- Điện sấy", "- Bao bì (3.000", "- Tiền lương", "- Khấu hao", "- Lãi vay",
                                 "- Bán hàng", "- Quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Tổng |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == packs[y] * 0.25 + boxes[y] * 0.5 and close(fresh[y], kg[y] * 4 / 1000), f"kg, fresh 4:1 {y}")
        p.check(close(rp[y], packs[y] * 0.038) and close(rb[y], boxes[y] * 0.085) and close(rev[y], rp[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 4 * 0.008) and close(lines[1][y], kg[y] * 0.006)
                and close(lines[2][y], packs[y] * 0.003 + boxes[y] * 0.012) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], 80) and close(lines[5][y], [400, 300, 200][y] * 0.08)
                and close(lines[7][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(fresh[y] <= 100 and fresh[y] <= 2 * 0.5 * 150, f"contract 100 tấn, dryers 150 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    hist = p.row("Ước 2026|", 4)
    p.check(close(hist[1], 34000 * 0.038 + 5000 * 0.085) and hist[0] == 34000 * 0.25 + 5000 * 0.5, "2026: 11.000 kg, 1.717")
    p.check(close(rev[0] / hist[1], 1.18, 0.01), "+18 % on 2026")
    p.check(5200 + 4550 + 3250 == kg[0] and close(5200 / kg[0], 0.40) and close(3250 / kg[0], 0.25), "quarters")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "2 lò sấy bơm nhiệt", "Nồi hấp hơi", "Máy đóng gói hút chân không",
                                "Tiêu chuẩn cơ sở, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng |", skip=1) == 1200 == 800 + 400 and sum(items[:4]) == 800 and close(800 / 10, 80),
            "capital 1.200 = 800 + 400, fixed 800, depreciation 80")
    p.check(close(sum(post) / 3, 361.25, 0.0001) and close(1200 / (361.25 + 80), 2.7, 0.02), "average 361,25, payback 2,7")
    fixed = lines[3][0] + lines[4][0] + lines[5][0] + lines[6][0] + lines[7][0]
    unit_margin = rev[0] / kg[0] - (lines[0][0] + lines[1][0] + lines[2][0]) / kg[0]
    p.check(fixed == 1042 and close(fixed / unit_margin, 10100, 0.01) and close(fixed / unit_margin / kg[0], 0.78, 0.01),
            "break-even 10.100 kg, 78 %")
    p.check(staff == [10, 11, 12], "staff 10 / 11 / 12")
    p.has("38.000 đồng/gói", "85.000 đồng/hộp", "Tổng mức đầu tư: 1,2 tỷ đồng", "(256,7 + 361,25 + 465,8) : 3 = 361,25",
          "1.200 : (361,25 + 80) ≈ 2,7 năm", "bao tiêu 100 tấn", "150 tấn khoai tươi/năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def bf05() -> Plan:
    p = Plan("bf05_ruou_nep_cam_son_kim_htx")
    rows = [p.row(f"{2027 + y}|", 6) for y in Y]  # bottles, bottle revenue, jars, jar revenue, litres, total
    rev = p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Gạo nếp cẩm", "Men lá, củi, điện", "Chai, bình, nút", "Tiền lương", "Thuế tiêu thụ đặc biệt",
                                 "Khấu hao", "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    staff = p.row("Cộng |")
    true_rev = [r[0] * 0.18 + r[2] * 0.6 for r in rows]
    for y in Y:  # triệu đồng
        b, br, j, jr, lit, tot = rows[y]
        p.check(lit == b * 0.5 + j * 2 and close(jr, j * 0.6) and close(tot, br + jr) and close(rev[y], tot),
                f"litres, jar revenue, total = parts = cost table {y}")
        p.check(close(lines[0][y], lit * 0.045) and close(lines[1][y], lit * 0.01)
                and close(lines[2][y], b * 0.018 + j * 0.06) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], rev[y] * 0.35) and close(lines[5][y], 90)
                and close(lines[6][y], [400, 300, 200][y] * 0.08) and close(lines[7][y], rev[y] * 0.08)
                and close(lines[8][y], 80), f"cost lines (on the written revenue) {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"profit = written revenue − cost {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(lit * 1.5 <= 25000 and lit * 1.5 <= 75000 and lit <= 23000 * 2, f"rice contract, stills, jars {y}")
    p.check(close(rows[0][1], rows[0][0] * 0.18) and close(rows[2][1], rows[2][0] * 0.18), "2027, 2029 bottle revenue right")
    p.check(rows[1][0] * 0.18 == 3240 and off(rows[1][1], 3240), "PLANTED 2028 bottles 3.690 != 18.000 × 180.000 = 3.240 (+13,9 %)")
    p.check(close(true_rev[1], 4290) and off(rev[1], true_rev[1]), "PLANTED 2028 total 4.740 != 4.290 (+10,5 %)")
    p.check(close(true_rev[0], rev[0]) and close(true_rev[2], rev[2]), "2027, 2029 totals right")
    true_cost1 = cost[1] - (rev[1] - true_rev[1]) * (0.35 + 0.08)
    true_pre1 = true_rev[1] - true_cost1
    p.check(close(true_pre1, 414.8, 0.001) and off(pre[1], true_pre1), "tolerated knock-on: true 2028 profit 414,8")
    written_avg = sum(post) / 3
    true_avg = (post[0] + true_pre1 * 0.83 + post[2]) / 3
    p.check(close(written_avg, 435.2, 0.001) and close(1200 / (written_avg + 90), 2.3, 0.02), "stated 435,2 and 2,3 years")
    p.check(close(1200 / (true_avg + 90), 2.64, 0.01) and off(2.3, 1200 / (true_avg + 90)), "tolerated knock-on: true payback 2,64")
    p.check(rev[1] / rev[0] < 1.3 and rev[2] / rev[1] < 1.2, "growth")
    p.check(close(rev[0] / (14000 * 0.18 + 1000 * 0.6), 1.21, 0.01), "+21 % on 2026 (3.120)")
    p.check(staff == [9, 10, 10] and 80 + 150 == 230, "staff, 230 jars")
    p.check(300 + 250 + 200 + 100 + 50 + 50 + 250 == 1200 == 800 + 400 and 300 + 250 + 200 + 100 + 50 == 900,
            "capital 1.200 = 800 + 400, fixed 900")
    p.has("180.000 đồng/chai", "600.000 đồng/bình", "Tổng vốn đầu tư: 1.200 triệu đồng", "(266,9 + 557,2 + 481,4) : 3 ≈ 435,2",
          "1.200 : (435,2 + 90) ≈ 2,3 năm", "bao tiêu 25 tấn gạo", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
          "QCVN 6-3:2010/BYT", "Hiệu quả xã hội")
    p.lacks(r"môi trường|thải|xử lý|\brác\b|khói|lắng|vệ sinh|ô nhiễm|\bbã\b|hèm|biogas|mùi|\bbể\b|\btro\b",
            "PLANTED no environmental word or measure anywhere")
    p.check(p.count("Hợp tác xã Rượu làng nghề Đức Lĩnh") == 2
            and p.count("Hợp tác xã Nông nghiệp và Dịch vụ Sơn Kim Xanh") == 1
            and p.count("HỢP TÁC XÃ NÔNG NGHIỆP VÀ DỊCH VỤ SƠN KIM XANH") == 1, "PLANTED a second producer name, twice")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bf06() -> Plan:
    p = Plan("bf06_ruoc_ca_ngu_ky_xuan_cty")
    jars, bags, kg, fish = p.row("Hũ 200 g |"), p.row("Túi 500 g |"), p.row("Ruốc thành phẩm"), p.row("Cá ngừ tươi sử dụng")
    rev, rj, rb = p.row("1. Doanh thu"), p.row("Hũ 200 g (95.000"), p.row("Túi 500 g (220.000")
    cost = p.row("2. Chi phí")
    lines = [p.row(x) for x in ("Cá ngừ tươi (55.000", "Dầu, gia vị", "Hũ, túi, nhãn", "Lương |", "Gas, điện", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, chiết khấu", "Quản lý |")]
    pre, tax, post = p.row("3. Lợi nhuận trước thuế"), p.row("4. Thuế TNDN"), p.row("5. Lợi nhuận sau thuế")
    staff, month = p.row("Cộng |"), p.row("Cá ngừ tươi (tấn)", 8)
    supply = 17500
    for y in Y:  # triệu đồng
        p.check(kg[y] == jars[y] * 0.2 + bags[y] * 0.5 and close(fish[y], kg[y] * 3.5), f"kg, fish 3,5:1 {y}")
        p.check(close(rj[y], jars[y] * 0.095) and close(rb[y], bags[y] * 0.22) and close(rev[y], rj[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.055) and close(lines[1][y], kg[y] * 0.015)
                and close(lines[2][y], jars[y] * 0.006 + bags[y] * 0.008) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], kg[y] * 0.005) and close(lines[5][y], 70)
                and close(lines[6][y], [500, 375, 250][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} on the written profit {y}")
        p.check(kg[y] <= 60 * 250, f"roasting capacity 15.000 kg {y}")
        p.check(fish[y] > supply and off(fish[y], supply), f"PLANTED fish need {fish[y]:.0f} kg > 17.500 kg supply {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(sum(month[:7]), month[7]) and month[7] == 17.5 and 2.5 * 7 == 17.5, "monthly purchases 7 × 2,5 = 17,5 tấn")
    p.check(close(fish[0] / supply, 1.2, 0.001) and close(fish[2] / supply, 1.6, 0.001), "shortfall 20 % to 60 % over supply")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(close(rev[1] - cost[1], 609.1, 0.0001) and off(pre[1], rev[1] - cost[1]), "PLANTED 2028 profit 809,1 != 609,1 (+32,8 %)")
    written = sum(post) / 3
    true = (post[0] + (rev[1] - cost[1]) * 0.83 + post[2]) / 3
    p.check(close(written, 583.9, 0.001) and close(1200 / (written + 70), 1.8, 0.02), "stated 583,9 and 1,8 years")
    p.check(close(1200 / (true + 70), 2.0, 0.01) and off(1.8, 1200 / (true + 70)), "tolerated knock-on: true payback 2,0")
    p.check(staff == [8, 9, 9], "staff 8 / 9 / 9")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "Kho lạnh 15 m³", "Chảo rang tự động, máy xé tơi",
                                "Máy đóng hũ, máy hút chân không", "Tiêu chuẩn cơ sở, thiết kế nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |", skip=1) == 1200 == 700 + 500 and sum(items[:4]) == 700,
            "capital 1.200 = 700 + 500, fixed 700")
    p.check(close(kg[0] / 4800, 1.25) and close(16000 * 0.095 + 3200 * 0.22, 2224), "+25 % on 2026 (2.224)")
    p.check(close(rev[0] / kg[0] * 1e6, 463333, 0.01) and close(3.5 * 55000, 192500), "460.000 đ/kg vs 190.000 đ of fish")
    p.has("95.000 đồng/hũ", "220.000 đồng/túi", "Tổng vốn đầu tư: 1.200 triệu đồng", "(396,9 + 671,6 + 683,3) : 3 ≈ 583,9",
          "1.200 : (583,9 + 70) ≈ 1,8 năm", "tổng cộng 17,5 tấn/năm",
          "bảo đảm đủ nguyên liệu cho kế hoạch sản xuất của công ty trong cả giai đoạn 2027–2029",
          "3,5 kg cá ngừ tươi cho 1 kg ruốc thành phẩm", "tiêu chuẩn cơ sở TCCS 01:2027/KX", "đăng ký môi trường")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|55/2010|cam kết|HACCP|ISO 22000|công bố|khám sức khỏe"
            r"|ngộ độc|sức khỏe định kỳ", "PLANTED no food-safety certificate, commitment, declaration or law anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bf07() -> Plan:
    p = Plan("bf07_dan_luc_binh_ha_linh_tht")
    prod = [p.row(f"{2027 + y}|", 5) for y in Y]  # baskets, mats, box sets, pieces, dry hyacinth kg
    revs = [p.row(f"{2027 + y}|", 4, skip=1) for y in Y]  # basket, mat, box revenue, total
    lines = [p.row(x) for x in ("Lục bình khô (15.000", "Khung, chỉ, sơn", "Tiền công đan khoán", "Điện sấy, sơn phủ",
                                 "Thùng carton, tem nhãn", "Khấu hao", "Lãi vay", "Bán hàng, hội chợ", "Quản lý")]
    cost, prof, chan = p.row("Tổng chi phí"), p.row("Lợi nhuận |"), p.row("Cộng |")
    for y in Y:  # triệu đồng
        g, m, h, n, dry = prod[y]
        rg, rm, rh, tot = revs[y]
        p.check(n == g + m + h and close(dry, g * 0.8 + m * 1.5 + h * 1.2), f"pieces, 0,8 / 1,5 / 1,2 kg {y}")
        p.check(close(rg, g * 0.12) and close(rm, m * 0.18) and close(rh, h * 0.26) and close(tot, rg + rm + rh), f"revenue {y}")
        p.check(close(lines[0][y], dry * 0.015) and close(lines[1][y], n * 0.01)
                and close(lines[2][y], g * 0.045 + m * 0.07 + h * 0.1) and close(lines[4][y], n * 0.005)
                and close(lines[5][y], 40) and close(lines[6][y], [150, 100, 50][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], tot - cost[y]), f"cost, profit {y}")
        p.check(g * 0.4 + m * 0.8 + h * 1.0 <= 35 * 250 and dry <= 20000, f"weaving days 8.750, hyacinth 20 tấn {y}")
        p.check(chan[y] == n, f"channel table = pieces {y}")
        if y:
            p.check(tot / revs[y - 1][3] < 1.2, f"growth {y}")
    p.check(prod[2][0] * 0.4 + prod[2][1] * 0.8 + prod[2][2] == 7180, "7.180 weaving days in 2029")
    p.check(close(revs[0][3] / 1268, 1.16, 0.01) and 5200 * 0.12 + 1700 * 0.18 + 1300 * 0.26 == 1268, "+16 % on 2026 (1.268)")
    p.check(close(lines[2][0] / 35 / 12, 1.33, 0.01) and close(lines[2][2] / 35 / 12, 1.74, 0.01), "1,3–1,8 tr/tháng")
    items = [220, 140, 40, 50, 150]
    p.has("nhà xưởng 200 m² khung thép mái tôn 220 triệu đồng", "lò sấy, máy ép phẳng, máy chẻ 140 triệu đồng",
          "khuôn, khung mẫu 40 triệu đồng", "thiết kế mẫu, bao bì, trang bán hàng 50 triệu đồng", "vốn lưu động 150 triệu đồng",
          "Tổng vốn đầu tư: 600 triệu đồng", "Tổng nguồn vốn: 600 triệu đồng", "Vốn góp của 12 thành viên: 300 triệu đồng",
          ": 150 triệu đồng, lãi suất 7%/năm", "Nghị quyết số 123/2018/NQ-HĐND: 50 triệu đồng")
    p.check(sum(items) == 600 and 220 + 140 + 40 == 400, "items add up to the stated 600, fixed 400")
    p.check(300 + 150 + 50 == 500 and off(500, 600), "PLANTED sources 500 != total 600 (−16,7 %)")
    p.check(avg1(prof) == 520.1 and close(600 / (520.1 + 40), 1.1, 0.03), "average 520,1, payback 1,1")
    p.has("(433 + 524,9 + 602,3) : 3 ≈ 520,1", "600 : (520,1 + 40) ≈ 1,1 năm", "120.000 đồng/chiếc", "260.000 đồng/bộ",
          "9.500 sản phẩm", "Nghị định số 43/2017/NĐ-CP", "TCCS 01:2027/LBHL")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Nghị quyết số 123/2018/NQ-HĐND")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|919/QĐ-TTg|51/2021", "PLANTED the current instruments are not cited")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|chỉ dẫn địa lý|logo|văn bằng|trademark",
            "PLANTED no trademark or IP anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bf08() -> Plan:
    p = Plan("bf08_tra_giao_co_lam_ngan_truoi_ho")
    hb, hg, hrev = p.row("Trà túi lọc |"), p.row("Giảo cổ lam khô |"), p.row("Doanh thu |")
    boxes, packs, dry = p.row("Trà túi lọc hộp 50 g"), p.row("Giảo cổ lam khô gói 200 g"), p.row("Giảo cổ lam khô sử dụng")
    rb, rp, rev = p.row("Doanh thu trà túi lọc"), p.row("Doanh thu giảo cổ lam khô"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Giảo cổ lam khô (120.000", "Túi lọc, hộp, gói, nhãn", "Tiền công lao động", "Điện sấy",
                                 "Khấu hao |", "Lãi vay |", "Vận chuyển, bán hàng", "Chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    staff = [5, 6, 6]
    for y in Y:  # triệu đồng
        p.check(close(hrev[y], hb[y] * 0.06 + hg[y] * 0.09), f"history revenue {y}")
        p.check(close(dry[y], boxes[y] * 0.05 + packs[y] * 0.2) and dry[y] <= 3000, f"dry herb, within 3 tấn {y}")
        p.check(close(rb[y], boxes[y] * 0.06) and close(rp[y], packs[y] * 0.09) and close(rev[y], rb[y] + rp[y]), f"revenue {y}")
        p.check(close(lines[0][y], dry[y] * 0.12) and close(lines[1][y], boxes[y] * 0.008 + packs[y] * 0.004)
                and close(lines[2][y], staff[y] * 5 * 12) and close(lines[4][y], 45)
                and close(lines[5][y], [200, 150, 100][y] * 0.07), f"cost lines {y}")
        p.check(close(prof[y], rev[y] - lines_sum(lines, y)), f"profit = revenue − sum of the items {y}")
        p.check(dry[y] <= 20 * 200 and boxes[y] * 25 <= 1500 * 6 * 250, f"dryer 4.000 kg, bagger {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(cost[0], lines_sum(lines, 0)) and close(cost[2], lines_sum(lines, 2)), "2027 and 2029 totals right")
    p.check(lines_sum(lines, 1) == 917.5 and cost[1] == 817.5 and off(cost[1], lines_sum(lines, 1)),
            "PLANTED 2028 cost total 817,5 != items 917,5 (−10,9 %)")
    p.check(off(prof[1], rev[1] - cost[1]), "tolerated knock-on: revenue − stated total 667,5 != stated profit 567,5")
    p.check(close(rev[0] / hrev[2], 1.17, 0.01), "+17 % on 2026")
    grp = [p.row("Nhóm 1 – thôn Kim Sơn"), p.row("Nhóm 2 – thôn Bắc Sơn"), p.row("Cộng |")]
    p.check(all(close(grp[2][i], grp[0][i] + grp[1][i]) for i in range(3)) and grp[2][2] == 1200 and 1800 + 1200 == 3000,
            "15 households 1,5 ha 1.200 kg + own 1.800 kg = 3.000 kg")
    items = [p.one("Máy sấy bơm nhiệt", skip=1), p.one("Máy đóng túi lọc tự động", skip=1), p.one("Cải tạo nhà sơ chế"),
             p.one("Cân điện tử, máy hàn, dụng cụ"), p.one("Thiết kế bao bì, in nhãn"), p.one("Vốn lưu động")]
    p.check(items == [120, 180, 100, 50, 30, 70], f"investment items {items}")
    p.check(sum(items) == p.one("Tổng cộng") == 550 == 350 + 200 and sum(items[:4]) == 450 and close(450 / 10, 45),
            "capital 550 = 350 + 200, fixed 450, depreciation 45")
    p.check(sum(prof) / 3 == 587.5 and close(550 / (587.5 + 45), 0.87, 0.01), "average 587,5 (from the right profits), payback 0,9")
    p.check(close(21000 * 25 / 1500, 350), "350 machine hours in 2029")
    p.has("60.000 đồng/hộp", "90.000 đồng/gói", "Tổng vốn đầu tư 550 triệu đồng", "(469 + 567,5 + 726) : 3 = 587,5",
          "550 : (587,5 + 45) ≈ 0,9 năm", "khoảng 3.000 kg khô/năm", "bản cam kết bảo đảm an toàn thực phẩm",
          "Nghị định số 43/2017/NĐ-CP", "Nhãn hiệu \"Ngàn Trươi\"")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|phiếu thử nghiệm",
            "PLANTED no product standard, declaration or lab test")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|đăng ký hộ"
            r"|thành lập|giấy phép|pháp nhân", "PLANTED no business registration or plan to register")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bf09() -> Plan:
    p = Plan("bf09_nuoc_cam_ep_ngan_sau_ctcp")
    prod = [p.row(f"{2027 + y}|", 4) for y in Y]  # 330 ml bottles, 1 l bottles, litres, tấn oranges
    r1, r2, rev = p.row("Doanh thu chai 330 ml"), p.row("Doanh thu chai 1 lít"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Cam nguyên liệu (10.000", "Chai, nắp, thùng", "Điện, nước, hóa chất", "Tiền lương (24",
                                 "Bán hàng, vận chuyển lạnh", "Khấu hao |", "Lãi vay |", "Quản lý doanh nghiệp",
                                 "Kiểm nghiệm, duy trì")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    chan = p.row("Cộng |")
    capacity = 500 * 220
    for y in Y:  # triệu đồng
        a, b, lit, tấn = prod[y]
        p.check(close(lit, a * 0.33 + b) and close(tấn, lit * 2 / 1000) and tấn <= 350, f"litres, oranges 2 kg/l, contract {y}")
        p.check(close(r1[y], a * 0.028) and close(r2[y], b * 0.075) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], lit * 2 * 0.01) and close(lines[1][y], a * 0.003 + b * 0.009)
                and close(lines[2][y], lit * 0.003) and close(lines[3][y], 24 * 7 * 12)
                and close(lines[4][y], rev[y] * 0.1) and close(lines[5][y], 300)
                and close(lines[6][y], [1500, 1125, 750][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(close(chan[y], lit), f"channel table = litres {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth rate itself moderate {y}")
    p.check(capacity == 110000 and prod[0][2] <= capacity, "2027 within the line's 110.000 lít")
    p.check(off(prod[1][2], capacity) and off(prod[2][2], capacity) and close(prod[1][2] / capacity, 1.085, 0.001)
            and close(prod[2][2] / capacity, 1.266, 0.001), "PLANTED 2028 / 2029 output 119.400 / 139.300 lít > 110.000")
    p.check(close(65 * 8, 500, 0.05), "filter and pasteuriser 65 lít/giờ ≈ 500 lít a shift")
    p.check(p.one("Cộng |", skip=1) == 24 == 2 + 3 + 5 + 2 + 10 + 2, "organisation table 24")
    p.has("Công ty hiện có 32 lao động thường xuyên", "Tổng số lao động 24 người, giữ nguyên trong 3 năm")
    p.check(off(32, 24), "PLANTED 32 workers != 24 workers (+33 %)")
    items = [p.one("Kho lạnh 50 m³", skip=1), p.one("Xe tải lạnh 2,5 tấn", skip=1), p.one("Hệ thống xử lý nước thải"),
             p.one("Bao bì mới, kiểm nghiệm"), p.one("Vốn lưu động")]
    p.check(items == [500, 800, 200, 100, 400] and sum(items) == p.one("Tổng cộng") == 2000 == 500 + 1500,
            "capital 2.000 = 500 + 1.500")
    p.check(close((500 + 800 + 200) / 10, 150) and 150 + 150 == 300, "depreciation 150 new + 150 existing")
    avg = sum(post) / 3
    p.check(close(avg, 1663.2, 0.001) and close(2000 / (avg + 150), 1.1, 0.02), "average 1.663,2, payback 1,1")
    p.check(close(130000 * 0.028 + 45000 * 0.075, 7015) and close(130000 * 0.33 + 45000, 87900)
            and close(87900 / capacity, 0.8, 0.01), "2026: 7.015 triệu, 87.900 lít, 80 % of capacity")
    p.has("28.000 đồng/chai", "75.000 đồng/chai", "500 lít/ngày (1 ca), làm việc 220 ngày/năm, tương đương 110.000 lít/năm",
          "không phải đầu tư thêm thiết bị ép, thanh trùng hay chiết rót", "Tổng vốn đầu tư mới: 2.000 triệu đồng",
          "(979,8 + 1.663,2 + 2.346,5) : 3 ≈ 1.663,2", "2.000 : (1.663,2 + 150) ≈ 1,1 năm", "QCVN 6-2:2010/BYT",
          "Giấy chứng nhận đăng ký nhãn hiệu")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|số lô|in date|in hạn",
            "PLANTED no label, label content, labelling decree or code")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bf10() -> Plan:
    p = Plan("bf10_mat_ong_rao_tre_hkd")
    col, yld, kg = p.row("Số đàn ong |"), p.row("Năng suất |"), p.row("Sản lượng mật |")
    rev = p.row("Doanh thu (280.000")
    lines = [p.row(x) for x in ("Đường, thuốc thú y", "Chai lọ, nhãn (8.000", "Tiền công lao động", "Khấu hao |", "Lãi vay |",
                                 "Di chuyển đàn ong", "Kiểm nghiệm định kỳ", "Thuế khoán", "Chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == col[y] * yld[y] and close(rev[y], kg[y] * 0.28), f"honey = colonies × 10 kg, revenue {y}")
        p.check(close(lines[0][y], col[y] * 0.15) and close(lines[1][y], kg[y] * 0.008) and close(lines[2][y], 3 * 6 * 12)
                and close(lines[3][y], 50) and close(lines[7][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(lines[4][y] == [14, 7, 0][y] and abs(lines[4][y] - [200, 100, 0][y] * 0.07) < 1e-9, f"interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    hist = p.row("Ước 2026|", 3)
    p.check(hist[0] == 300 and hist[1] == 3000 and close(rev[0] / hist[2], 1.21, 0.01), "2026: 300 colonies, +21 % in 2027")
    g1, g2 = rev[1] / rev[0], rev[2] / rev[1]
    p.check(close(g1, 2.29, 0.01) and close(g2, 2.25, 0.001) and col[2] / col[1] == 2.25,
            "PLANTED revenue ×2,29 then ×2,25, colonies 350 → 800 → 1.800")
    p.check(col[1] > 320 + 100 and col[2] > 320 + 100, "800 and 1.800 colonies in 420 hives (tolerated capacity knock-on)")
    p.check(close(prof[2] / rev[2], 0.822, 0.001), "2029 margin 82 %")
    p.has("Số lao động 3 người, giữ nguyên trong cả giai đoạn", "Hộ có 320 thùng ong", "100 thùng ong gỗ")
    items = [p.one(x) for x in ("50 đàn ong giống", "100 thùng ong gỗ", "Máy quay mật inox, máy lọc", "Nhà sơ chế và kho",
                                "Chai lọ, nhãn, kiểm nghiệm lần đầu", "Vốn lưu động")]
    p.check(items[0] == 50 * 1.2 and items[1] == 100 * 0.5 and sum(items) == p.one("Cộng |") == 500 == 300 + 200
            and sum(items[:4]) == 400 and close(400 / 8, 50), "capital 500 = 300 + 200, fixed 400, depreciation 50")
    p.check(p.one("50 đàn ong giống, 100 thùng ong") == 110 and p.one("Máy quay mật, máy lọc") == 150, "schedule table")
    avg = sum(prof) / 3
    p.check(close(avg, 2099.5, 0.0001), "average 2.099,5")
    p.has("500 : 2.099,5 ≈ 2,4 năm")
    p.check(close(500 / avg, 0.238, 0.01) and off(2.4, 500 / avg) and off(2.4, 500 / (avg + 50)),
            "PLANTED payback 2,4 != 500 : 2.099,5 = 0,24 (0,23 with depreciation)")
    p.has("280.000 đồng/kg", "Tổng vốn đầu tư 500 triệu đồng")
    market = section(p, "# THỊ TRƯỜNG", "# MỤC TIÊU")
    p.check(not re.search(r"đồng|giá|khách|người tiêu dùng|người mua|\bbán\b|cửa hàng|đại lý|siêu thị|hội chợ|hợp đồng",
                          market, re.I), "PLANTED the market section names no customer, channel or price")
    p.lacks(r"cửa hàng|đại lý|siêu thị|hội chợ|facebook|zalo|shopee|tiktok|sàn thương mại|bán lẻ|bán buôn|thương lái"
            r"|khách hàng|khách du lịch|xuất khẩu|điểm bán|online|trực tuyến|người tiêu dùng|người mua|đơn hàng|nhà phân phối"
            r"|bao tiêu|tiêu thụ tại|kênh", "PLANTED no sales channel anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("bf11_non_la_cam_thanh_tht_so_sai")
    a.check(6000 * 80000 == 480e6, "hat revenue sentence (6.000 × 80.000 = 480 triệu)")
    a.has("khoảng 6.000 chiếc nón", "80.000 đồng/chiếc", "khoảng 480 triệu đồng", "Hợp đồng hợp tác được UBND xã chứng thực",
          "bán cho thương lái")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"nhãn|tiêu chuẩn|môi trường|vốn đầu tư|nguyên liệu", "genuine gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("bf12_bot_san_day_thach_long_so_sai")
    b.has("khoảng 1.500 kg", "180.000 đồng/kg", "Hộ đã đăng ký hộ kinh doanh năm 2024", "các cửa hàng tạp hóa trong xã")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải", "genuine gaps (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (bf01, bf02, bf03, bf04, bf05, bf06, bf07, bf08, bf09, bf10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
