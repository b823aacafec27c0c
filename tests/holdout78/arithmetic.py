"""The 78th holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout78/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply (both product lines together where two lines share one material), output vs
capacity, growth. Planted numeric defects are asserted wrong by more than 5 % (the true value
computed) and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects are asserted by the absence (or presence) of their words, the
ready plans are checked to cite no replaced instrument, and no plan holds a template placeholder.
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

REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|01/2021/NĐ-CP|123/2018/NQ|919/QĐ-TTg|03/2014/TT"


class Plan(plancheck.Plan):
    src = HERE / "src"


def section(p: Plan, start: str, end: str | None) -> str:
    """The body text between a heading's words and the next heading's words."""
    part = p.body.split(start, 1)[1]
    return part.split(end, 1)[0] if end else part


def ca01() -> Plan:
    p = Plan("ca01_ruou_nep_cai_tung_loc_htx")
    chai, binh, lit, rice = (p.row("Chai 500 ml |"), p.row("Bình sành 2 lít |"), p.row("Tổng sản lượng rượu"),
                             p.row("Gạo nếp nguyên liệu"))
    staff = p.row("Cộng lao động")
    rev, rc, rb = p.row("Doanh thu |", skip=1), p.row("Chai 500 ml (110.000"), p.row("Bình sành 2 lít (320.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo nếp (22.000", "Men lá, củi, điện", "Chai, bình, nút", "Tiền lương lao động",
                                 "Khấu hao tài sản", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(lit[y] == chai[y] * 0.5 + binh[y] * 2 and close(rice[y], lit[y] * 1.2), f"litres, rice 1,2 kg/l {y}")
        p.check(close(rc[y], chai[y] * 0.11) and close(rb[y], binh[y] * 0.32) and close(rev[y], rc[y] + rb[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.022) and close(lines[1][y], lit[y] * 0.004)
                and close(lines[2][y], chai[y] * 0.012 + binh[y] * 0.044), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 65)
                and close(lines[5][y], [400, 300, 200][y] * 0.08) and close(lines[6][y], rev[y] * 0.06),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(lit[y] <= 2 * 25 * 280 and rice[y] <= 14000, f"still capacity, own rice {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and lit[y] / lit[y - 1] < 1.2, f"growth {y}")
    p.check(2 * 25 * 280 == 14000 and close(4.5 * 4.8 * 0.65, 14.04), "14.000 l capacity; 14 tấn rice")
    items = [p.one(x) for x in ("Mở rộng khu chưng cất", "Nồi chưng cất inox 2 bộ", "Hệ thống lọc tinh, khử andehit |",
                                "Chum sành 20 chiếc", "Máy chiết rót, đóng nút |", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 600 + 400 and sum(items[:5]) == 650, "capital, fixed 650")
    p.check(close(650 / 10, 65), "depreciation 10 years")
    p.check(avg1(post) == 501.8 and close(1000 / (501.8 + 65), 1.8, 0.03), "average profit, payback 1,8")
    p.check(close(lit[0] / 7200, 1.11, 0.01) and close(rev[0] / 1300, 1.22, 0.01), "+11 % litres, +22 % revenue on 2026")
    p.check(all(0.24 < post[y] / rev[y] < 0.31 for y in Y), "net margin 25–30 %")
    p.has("110.000 đồng/chai", "320.000 đồng/bình", "(396,9 + 481,4 + 627) : 3 ≈ 501,8", "1.000 : (501,8 + 65) ≈ 1,8 năm",
          "2 × 25 × 280 = 14.000 lít/năm", "khoảng 14 tấn gạo nếp mỗi năm", "Tổng nguồn vốn 1.000 triệu đồng",
          "Giấy phép sản xuất rượu thủ công", "QCVN 6-3:2010/BYT", "TCCS 01:2025/HTXTL", "đăng ký môi trường")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def ca02() -> Plan:
    p = Plan("ca02_gio_lua_ba_hoa_cam_binh_hkd")
    big, small = p.row("Giò lụa cây 1 kg (cây)", 7), p.row("Giò lụa cây 500 g (cây)", 7)
    rev = p.row("Cộng doanh thu", 3)
    kg = [big[1 + 2 * y] + small[1 + 2 * y] * 0.5 for y in Y]
    hired = [3, 4, 4]
    lines = [p.row(x) for x in ("Thịt lợn nạc (125.000", "Nước mắm, bột năng", "Túi hút chân không, nhãn, hộp |",
                                 "Điện, gas, nước", "Tiền công lao động thuê", "Khấu hao tài sản", "Lãi vay ngân hàng",
                                 "Bán hàng, vận chuyển", "Thuế GTGT")]
    cost, rev2, prof = p.row("Cộng chi phí"), p.row("Doanh thu |", skip=1), p.row("Lợi nhuận |", skip=1)
    p.check(big[0] == 220000 and small[0] == 115000, "unit prices in the table")
    p.check(rev2 == rev, "cost table repeats the revenue")
    for y in Y:  # đồng
        p.check(close(big[2 + 2 * y], big[1 + 2 * y] * 220000) and close(small[2 + 2 * y], small[1 + 2 * y] * 115000)
                and close(rev[y], big[2 + 2 * y] + small[2 + 2 * y]), f"revenue {y}")
        pork = kg[y] * 1.05
        p.check(close(lines[0][y], pork * 125000) and close(lines[1][y], kg[y] * 9000)
                and close(lines[2][y], big[1 + 2 * y] * 5000 + small[1 + 2 * y] * 3500)
                and close(lines[3][y], kg[y] * 6000), f"per-unit costs {y}")
        p.check(close(lines[4][y], hired[y] * 6e6 * 12) and close(lines[5][y], 50e6)
                and close(lines[6][y], [300e6, 200e6, 100e6][y] * 0.075) and close(lines[7][y], rev[y] * 0.04)
                and close(lines[8][y], rev[y] * 0.015), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(pork <= 15000 and kg[y] <= 2 * 40 * 2 * 300, f"pork contract, boiling capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and kg[y] / kg[y - 1] < 1.2, f"growth {y}")
    p.check(kg == [10000, 11500, 13000], "10.000 / 11.500 / 13.000 kg")
    p.check(close(kg[0] / 9000, 1.11, 0.01) and close(rev[0] / 1.85e9, 1.21, 0.01), "+11 % output, +21 % revenue on 2026")
    items = [p.one("Cải tạo khu chế biến"), p.one("Cối giã giò điện |"), p.one("Nồi luộc hơi inox 2"),
             p.one("Máy làm đá vảy |", skip=1), p.one("Kho mát 10 m³ |", skip=1),
             p.one("Máy hút chân không, máy in ngày |"), p.one("Thiết kế bao bì"), p.one("Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 600e6 == 300e6 + 300e6 and sum(items[:6]) == 400e6, "capital, fixed")
    p.check(close(400e6 / 8, 50e6), "depreciation 8 years")
    p.check(sum(prof) / 3 == 356e6 and close(600e6 / (356e6 + 50e6), 1.5, 0.03), "average profit, payback 1,5")
    p.check(all(0.12 < prof[y] / rev[y] < 0.16 for y in Y), "margin 13–15 %")
    p.has("220.000 đồng/cây", "115.000 đồng/cây", "(307.800.000 + 332.000.000 + 428.200.000) : 3 = 356.000.000",
          "600.000.000 : (356.000.000 + 50.000.000) ≈ 1,5 năm", "khối lượng tối đa 15 tấn thịt nạc/năm",
          "2 nồi × 40 kg/mẻ × 2 mẻ/ngày = 160 kg/ngày", "công suất tối đa 48.000 kg/năm",
          "Nhu cầu thịt nạc: 10.500 kg năm 2027, 12.075 kg năm 2028, 13.650 kg năm 2029",
          "Tổng vốn đầu tư 600.000.000 đồng", "TCCS 01:2026/GBH", "bể tách mỡ")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def ca03() -> Plan:
    p = Plan("ca03_nuoc_cam_ep_duc_linh_htx")
    small, big, lit, fruit, staff = (p.row("Chai 330 ml (chai)"), p.row("Chai 1 lít (chai)"),
                                     p.row("Tổng sản lượng nước ép"), p.row("Cam tươi nguyên liệu"),
                                     p.row("Lao động thường xuyên (người)"))
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Chai 330 ml × 25.000"), p.row("Chai 1 lít × 65.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cam tươi (8.000", "Chai, nắp, nhãn, thùng |", "Điện, nước, hóa chất", "Tiền lương |",
                                 "Khấu hao |", "Lãi vay |", "Chi phí bán hàng (8%)", "Quản lý, công nhật")]
    summary = [p.row(f"{2027 + y}|", 5) for y in Y]  # years as rows: revenue, cost, pre-tax, tax, post-tax
    for y in Y:  # triệu đồng
        p.check(close(lit[y], small[y] * 0.33 + big[y]) and close(fruit[y], lit[y] * 2.2), f"litres, 2,2 kg/l {y}")
        p.check(close(r1[y], small[y] * 0.025) and close(r2[y], big[y] * 0.065) and close(rev[y], r1[y] + r2[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 0.008) and close(lines[1][y], small[y] * 0.0045 + big[y] * 0.009)
                and close(lines[2][y], lit[y] * 0.002), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 90)
                and close(lines[5][y], [500, 375, 250][y] * 0.08) and close(lines[6][y], rev[y] * 0.08),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summary[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary row {y}")
        p.check(s[0] <= 3000 and close(s[3], s[2] * 0.15) and close(s[4], s[2] - s[3]), f"15 % tax {y}")
        p.check(fruit[y] <= 90000 and lit[y] <= 400 * 150, f"fruit contract, pasteuriser capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and lit[y] / lit[y - 1] < 1.2, f"growth {y}")
    p.check(400 * 150 == 60000, "60.000 l capacity")
    items = [p.one(x) for x in ("Cải tạo xưởng theo", "Máy rửa, máy ép cam tự động |", "Hệ thống thanh trùng, nồi phối trộn |",
                                "Máy chiết rót, đóng nắp |", "Kho lạnh 20 m³ |", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |", skip=1) == 1300 == 800 + 500 and sum(items[:5]) == 900, "capital 1,3 tỷ, fixed 900")
    post = [s[4] for s in summary]
    p.check(avg1(post) == 262.3 and close(1300 / (262.3 + 90), 3.7, 0.02), "average profit, payback 3,7")
    p.check(close(lit[0] / 22000, 1.17, 0.01) and close(rev[0] / 1580, 1.2, 0.01), "+17 % on 2026")
    p.check(close(rev[0] / 1000, 1.89) and close(rev[2] / 1000, 2.52), "1,89 and 2,52 tỷ")
    p.has("25.000 đồng/chai", "65.000 đồng/chai", "(165,8 + 241,9 + 379,3) : 3 ≈ 262,3", "1.300 : (262,3 + 90) ≈ 3,7 năm",
          "90 tấn cam loại 2/năm", "công suất tối đa 60.000 lít/năm", "Tổng vốn đầu tư 1,3 tỷ đồng",
          "QCVN 6-2:2010/BYT", "TCCS 02:2025/HTXĐL", "đã đăng ký môi trường")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def ca04() -> Plan:
    p = Plan("ca04_chuoi_say_deo_huong_do_tht")
    bags, boxes, kg, fresh, staff = (p.row("Túi 200 g (túi)"), p.row("Hộp 500 g (hộp)"), p.row("Sản lượng chuối sấy (kg)"),
                                     p.row("Chuối tươi nguyên liệu (kg)"), p.row("Lao động (người)"))
    r1, r2, rev = p.row("Doanh thu túi 200 g"), p.row("Doanh thu hộp 500 g"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Chuối tươi (5.000", "Điện sấy", "Túi zip, hộp, nhãn", "Tiền công |", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng bá (7%)", "Quản lý, kiểm nghiệm", "Thuế khoán")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    pay = [5000, 5500, 5500]
    for y in Y:  # nghìn đồng
        p.check(kg[y] == bags[y] * 0.2 + boxes[y] * 0.5 and close(fresh[y], kg[y] * 4.5), f"kg, 4,5 kg fresh/kg {y}")
        p.check(close(r1[y], bags[y] * 35) and close(r2[y], boxes[y] * 80) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 5) and close(lines[1][y], kg[y] * 12)
                and close(lines[2][y], bags[y] * 2.5 + boxes[y] * 6), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * pay[y] * 12) and close(lines[4][y], 37500)
                and lines[5][y] == [13200, 6600, 0][y] and close(lines[6][y], rev[y] * 0.07)
                and close(lines[8][y], rev[y] * 0.015), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(fresh[y] <= 40000 and fresh[y] <= 2 * 150 * 220, f"banana contract, dryer capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and kg[y] / kg[y - 1] < 1.2, f"growth {y}")
    p.check(2 * 150 * 220 == 66000 and 200000 * 0.066 == 13200 and 100000 * 0.066 == 6600, "capacity, interest")
    items = [p.one(x) for x in ("Máy sấy bơm nhiệt 150 kg/mẻ (2 máy)", "Cải tạo phòng sơ chế", "Máy hàn túi liên tục, cân",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == 450000 == 250000 + 200000 and sum(items[:3]) == 300000 and close(300000 / 8, 37500),
            "capital 450.000 in the sentence under the table, fixed 300.000, depreciation")
    p.check(sum(prof) / 3 == 215100 and close(450000 / (215100 + 37500), 1.8, 0.02), "average profit, payback 1,8")
    p.check(close(kg[0] / 4600, 1.2, 0.01) and close(rev[0] / 790000, 1.19, 0.01), "+20 % on 2026")
    p.check(all(0.17 <= prof[y] / rev[y] < 0.22 for y in Y), "margin 17–21 %")
    channels = [p.row(x, 1) for x in ("Cửa hàng OCOP, cửa hàng đặc sản |", "Điểm dừng chân du lịch |", "Đại lý Vinh, Hà Nội |")]
    p.check(sum(c[-1] for c in channels) + 825 == kg[0], "2027 channel split adds up to 5.500 kg")
    p.has("35.000 đồng/túi", "80.000 đồng/hộp", "Tổng cộng vốn đầu tư là 450.000 nghìn đồng",
          "(161.650 + 225.100 + 258.550) : 3 = 215.100", "450.000 : (215.100 + 37.500) ≈ 1,8 năm",
          "40 tấn chuối chín cây/năm", "2 × 150 × 220 = 66.000 kg chuối tươi/năm", "TCCS 01:2026/THTHĐ",
          "Giấy chứng nhận đăng ký tổ hợp tác số 05/2025/ĐKTHT")
    p.check(p.count("| Tổng cộng") == 0, "the investment table has no total row")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def ca05() -> Plan:
    p = Plan("ca05_vang_sim_phuc_dong_htx")
    chai, lit, sim, staff = (p.row("Vang sim chai 750 ml"), p.row("Sản lượng vang"), p.row("Quả sim nguyên liệu"),
                             p.row("Lao động |"))
    rev, cost = p.row("Doanh thu (160.000"), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Quả sim (15.000", "Đường, men", "Chai, nút, nhãn, hộp", "Điện, nước (2.000",
                                 "Tiền lương", "Khấu hao", "Lãi vay", "Bán hàng, quảng bá (10%)", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(lit[y] == chai[y] * 0.75 and close(sim[y], lit[y] * 1.6) and close(rev[y], chai[y] * 0.16),
                f"litres, sim 1,6 kg/l, revenue {y}")
        p.check(close(lines[0][y], sim[y] * 0.015) and close(lines[1][y], chai[y] * 0.004)
                and close(lines[2][y], chai[y] * 0.022) and close(lines[3][y], chai[y] * 0.002), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6.5 * 12) and close(lines[5][y], 82)
                and close(lines[6][y], [500, 375, 250][y] * 0.08) and close(lines[7][y], rev[y] * 0.1),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(sim[y] <= 100000 and lit[y] <= 6 * 1000 * 10, f"sim supply, tank capacity as stated {y}")
    # PLANTED unrealistic-growth
    p.check(chai[1] / chai[0] == 2.5 and chai[2] / chai[1] == 2.0 and rev[2] / rev[0] == 5.0,
            "PLANTED output ×2,5 then ×2, revenue ×5 in two years")
    p.has("tăng khoảng 10–15% mỗi năm", "Vốn lưu động | 320")
    p.check(off(chai[2], chai[0] * 1.15 ** 2) and lines[0][2] / 320 > 3, "PLANTED growth far above the stated 10–15 % "
            "market; sim purchases 3× the working capital")
    p.check(post[2] / rev[2] > 0.40, "net margin 41 % in 2029 (knock-on of the growth)")
    p.check(close(chai[0] / 9500, 1.26, 0.01), "2027 +26 % on 2026 with the new tanks (not planted)")
    # PLANTED table-total-mismatch
    eq = [p.row(x, 2)[1] for x in ("Bể lên men inox 1.000 lít |", "Máy rửa, nghiền quả |", "Máy lọc khung bản |",
                                   "Máy chiết rót, đóng nút |", "Hệ thống làm lạnh bể lên men |")]
    stated = p.one("Cộng |")
    p.check(sum(eq) == 460 and stated == 520 and off(stated, sum(eq)), "PLANTED equipment total 520 != 460 (+13 %)")
    items = [p.one(x) for x in ("Nhà xưởng lên men", "Thiết bị (chi tiết Bảng 5)", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(items[1] == stated and sum(items) == p.one("Tổng vốn đầu tư") == 1200 == 700 + 500,
            "investment carries the stated 520; sources = total")
    p.check(close((300 + 520) / 10, 82), "depreciation on the stated 820")
    p.check(avg1(post) == 1927.7 and close(1200 / (1927.7 + 82), 0.6, 0.01), "stated payback 0,6 consistent with the table")
    # PLANTED no-alcohol-license
    p.lacks(r"giấy phép|rượu thủ công|105/2017|17/2020|điều kiện kinh doanh|kinh doanh có điều kiện|cấp phép",
            "PLANTED no alcohol production licence or plan to obtain one")
    p.has("QCVN 6-3:2010/BYT", "an toàn thực phẩm số 93/2025", "TCCS 01:2025/HTXPĐ", "độ cồn 12% vol")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ca06() -> Plan:
    p = Plan("ca06_gio_nem_thanh_lan_tien_dien_hkd")
    gio, nem = p.row("Giò lụa |", 7), p.row("Nem chua gói 500 g |", 7)
    total = p.row("Cộng doanh thu")
    kg_gio = [gio[1 + 2 * y] for y in Y]
    goi = [nem[1 + 2 * y] for y in Y]
    kg_nem = [g * 0.5 for g in goi]
    lean_gio, lean_nem, skin = p.row("Thịt nạc dùng cho giò lụa"), p.row("Thịt nạc dùng cho nem chua"), p.row("Bì lợn |")
    rev, cost = p.row("Doanh thu |"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thịt nạc (125.000", "Bì lợn (40.000", "Gia vị, thính, lá gói", "Túi hút chân không, nhãn",
                                 "Điện, gas, nước", "Tiền công lao động thuê", "Khấu hao", "Lãi vay",
                                 "Bán hàng, vận chuyển", "Thuế GTGT")]
    prof = p.row("Lợi nhuận |")
    p.check(gio[0] == 230000 and nem[0] == 85000, "unit prices")
    for y in Y:  # triệu đồng
        p.check(close(gio[2 + 2 * y], kg_gio[y] * 0.23) and close(nem[2 + 2 * y], goi[y] * 0.085)
                and close(total[y], gio[2 + 2 * y] + nem[2 + 2 * y]) and rev[y] == total[y], f"revenue {y}")
        p.check(close(lean_gio[y], kg_gio[y] * 1.05) and close(lean_nem[y], kg_nem[y] * 0.8)
                and close(skin[y], kg_nem[y] * 0.15), f"lean pork 1,05 and 0,8 kg/kg, skin 0,15 {y}")
        need = lean_gio[y] + lean_nem[y]
        p.check(close(lines[0][y], need * 0.125) and close(lines[1][y], skin[y] * 0.04)
                and close(lines[2][y], kg_gio[y] * 0.009 + kg_nem[y] * 0.012)
                and close(lines[3][y], kg_gio[y] * 0.004 + goi[y] * 0.003)
                and close(lines[4][y], (kg_gio[y] + kg_nem[y]) * 0.005), f"per-unit costs on the full pork need {y}")
        p.check(close(lines[5][y], 4 * 6 * 12) and close(lines[6][y], 35) and close(lines[7][y], [300, 200, 100][y] * 0.08)
                and close(lines[8][y], rev[y] * 0.05) and close(lines[9][y], rev[y] * 0.015),
                f"wages for 4 hired, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        # PLANTED material-shortfall: each line alone fits the 12-tấn contract, both together do not
        p.check(lean_gio[y] <= 12000 and lean_nem[y] <= 12000 and need > 12000 and off(need, 12000),
                f"PLANTED lean pork {need:.0f} kg > 12.000 kg contracted {y}")
        p.check(kg_gio[y] <= 36000 and kg_nem[y] <= 30000, f"capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(kg_nem == [6000, 7000, 8000], "nem 6.000 / 7.000 / 8.000 kg")
    p.check([round(lean_gio[y] + lean_nem[y]) for y in Y] == [13200, 15050, 16900], "true need 13.200 / 15.050 / 16.900 kg")
    p.check(close(kg_gio[0] / 7200, 1.11, 0.01) and close(kg_nem[0] / 5400, 1.11, 0.01), "+11 % on 2026")
    p.check(7200 * 1.05 + 5400 * 0.8 <= 12000, "2026 need (11.880 kg) still within the contract")
    p.has("khối lượng 12 tấn thịt nạc/năm", "Nguồn thịt này đáp ứng đủ nhu cầu sản xuất",
          "Mỗi kg nem chua cần 0,8 kg thịt nạc")
    items = [p.one("Cải tạo, mở rộng khu chế biến"), p.one("Máy xay thịt công nghiệp |", skip=1),
             p.one("Cối giã giò điện |", skip=1), p.one("Nồi luộc inox 2 chiếc"), p.one("Tủ đông, tủ mát |"),
             p.one("Máy hút chân không |", skip=1), p.one("Bao bì, nhãn, kiểm nghiệm"), p.one("Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 600 == 300 + 300 and sum(items[:6]) == 350, "capital, fixed 350")
    p.check(avg1(prof) == 462.8 and close(600 / (462.8 + 35), 1.2, 0.01), "average profit, payback 1,2")
    # PLANTED figure-inconsistent: 9 workers vs 6
    staff = p.one("Cộng |")
    p.has("Cơ sở hiện có 9 lao động thường xuyên", "Tổng số lao động: 6 người", "việc làm ổn định cho 6 lao động")
    p.check(staff == 6 and off(9, staff), "PLANTED 9 workers != 6 (+50 %)")
    # PLANTED no-environment-measures
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|bể lắng|tách mỡ|thu gom|hố thấm|phế liệu|vệ sinh|khí thải|mùi hôi",
            "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ca07() -> Plan:
    p = Plan("ca07_mit_say_huong_trach_htx")
    goi, tui, kg, fruit = (p.row("Mít sấy gói 250 g |"), p.row("Mít sấy túi 1 kg |"), p.row("Tổng sản lượng mít sấy"),
                           p.row("Mít quả nguyên liệu"))
    rev, rg, rt = p.row("Doanh thu |"), p.row("Mít sấy gói 250 g (65.000"), p.row("Mít sấy túi 1 kg (200.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mít quả (6.000", "Dầu thực vật, gas chiên", "Bao bì đóng gói", "Điện (10.000", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [5, 6, 6]
    for y in Y:  # triệu đồng
        p.check(kg[y] == goi[y] * 0.25 + tui[y] and fruit[y] == kg[y] * 10, f"kg, 10 kg fruit/kg {y}")
        p.check(close(rt[y], tui[y] * 0.2) and close(rev[y], rg[y] + rt[y]), f"bulk revenue, total = sub-rows {y}")
        p.check(close(lines[0][y], fruit[y] * 0.006) and close(lines[1][y], kg[y] * 0.015)
                and close(lines[2][y], goi[y] * 0.003 + tui[y] * 0.006) and close(lines[3][y], kg[y] * 0.01),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 5.5 * 12) and close(lines[5][y], 40)
                and close(lines[6][y], [300, 200, 100][y] * 0.07), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit vs stated revenue {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(fruit[y] <= 80000 and kg[y] <= 18750, f"fruit contract, fryer capacity {y}")
    p.check(close(rg[0], goi[0] * 0.065) and close(rg[2], goi[2] * 0.065), "2027 and 2029 bag revenue right")
    # PLANTED revenue-mismatch
    true_rg1 = goi[1] * 0.065
    p.check(true_rg1 == 910 and rg[1] == 1040 and off(rg[1], true_rg1), "PLANTED 2028 bags 1.040 != 14.000 × 65.000 = 910")
    true_rev1 = true_rg1 + rt[1]
    p.check(true_rev1 == 1270 and off(rev[1], true_rev1), "PLANTED 2028 revenue 1.400 != 1.270 (+10 %)")
    true_pre1 = true_rev1 - cost[1]
    p.check(close(true_pre1, 216.7) and off(pre[1], true_pre1), "knock-on: 2028 profit 346,7 != 216,7")
    items = [p.one(x) for x in ("Máy chiên chân không 100 kg/mẻ", "Máy ly tâm tách dầu |", "Máy đóng gói bơm nitơ |",
                                "Cải tạo xưởng", "Thiết kế bao bì", "Vốn lưu động")]
    items[1], items[2] = p.one("Máy ly tâm tách dầu |", skip=1), p.one("Máy đóng gói bơm nitơ |", skip=1)
    p.check(sum(items) == p.one("Tổng cộng") == 800 == 500 + 300 and sum(items[:4]) == 400, "capital, fixed 400")
    written = avg1(post)
    true_post1 = round(true_pre1 * 0.85, 1)
    true = (post[0] + true_post1 + post[2]) / 3
    p.check(written == 239.7 and close(800 / (written + 40), 2.9, 0.02), "stated payback 2,9 from the written profit")
    p.check(close(800 / (true + 40), 3.3, 0.01) and off(800 / (true + 40), 800 / (written + 40)),
            "tolerated knock-on: true payback 3,3 years")
    p.check(close(kg[0] / 3800, 1.18, 0.01), "+18 % on 2026")
    p.has("65.000 đồng/gói", "200.000 đồng/kg", "(145,8 + 294,7 + 278,7) : 3 ≈ 239,7", "800 : (239,7 + 40) ≈ 2,9 năm",
          "hợp đồng thu mua 80 tấn/năm", "công suất khoảng 18.750 kg/năm", "Tổng vốn đầu tư 800 triệu đồng")
    # PLANTED name-inconsistent
    p.check(p.count("Hợp tác xã Dịch vụ nông nghiệp Sơn Hồng") == 2 and p.count("Sơn Hồng") == 2,
            "PLANTED a second producer name, twice")
    p.check(p.count("Hợp tác xã Nông sản sạch Hương Trạch") == 1 and p.count("HỢP TÁC XÃ NÔNG SẢN SẠCH HƯƠNG TRẠCH") == 1,
            "the producer's own name (title and section 1.1)")
    # PLANTED no-label-plan
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|in logo|in thông tin",
            "PLANTED no label, label content or labelling decree")
    p.has("TCCS 01:2025/HTXHT", "an toàn thực phẩm số 54/2025", "đã đăng ký môi trường")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ca08() -> Plan:
    p = Plan("ca08_banh_chung_thach_khe_hkd")
    big, small, kg, staff = (p.row("Bánh chưng 1 kg |"), p.row("Bánh chưng 0,5 kg |"), p.row("Tổng khối lượng bánh"),
                             p.row("Lao động thuê |"))
    rev, ra, rb = p.row("Doanh thu |", skip=1), p.row("Bánh 1 kg (75.000"), p.row("Bánh 0,5 kg (40.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo nếp (24.000", "Đậu xanh (45.000", "Thịt ba chỉ (120.000", "Lá dong, lạt, gia vị",
                                 "Nhiên liệu, điện, nước", "Túi hút chân không, nhãn", "Tiền công lao động thuê", "Khấu hao",
                                 "Lãi vay ngân hàng", "Bán hàng, vận chuyển (5%)", "Thuế khoán")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # nghìn đồng
        p.check(kg[y] == big[y] + small[y] * 0.5, f"kg {y}")
        p.check(close(ra[y], big[y] * 75) and close(rb[y], small[y] * 40) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.5 * 24) and close(lines[1][y], kg[y] * 0.12 * 45)
                and close(lines[2][y], kg[y] * 0.15 * 120) and close(lines[3][y], kg[y] * 4)
                and close(lines[4][y], kg[y] * 3) and close(lines[5][y], big[y] * 3 + small[y] * 2), f"per-kg costs {y}")
        p.check(close(lines[6][y], staff[y] * 5500 * 12) and close(lines[7][y], 60000)
                and close(lines[8][y], [300000, 200000, 100000][y] * 0.08) and close(lines[9][y], rev[y] * 0.05)
                and close(lines[10][y], rev[y] * 0.015), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] * 0.5 <= 40000 and kg[y] * 0.12 <= 10000 and kg[y] * 0.15 <= 12000, f"rice, beans, pork supply {y}")
    p.check(p.row("Gạo nếp cái", 2) == [21000, 35000] and p.row("Đậu xanh |", 2) == [5040, 8400]
            and p.row("Thịt lợn ba chỉ", 2) == [6300, 10500], "raw-material table = output × norms")
    # PLANTED capacity-exceeded
    cap = 2 * 100 * 1 * 250
    p.has("2 nồi × 100 kg/mẻ × 1 mẻ/ngày × 250 ngày = 50.000 kg bánh/năm")
    p.check(kg[0] <= cap and kg[1] > cap and kg[2] > cap and off(kg[1], cap) and off(kg[2], cap),
            "PLANTED 56.000 and 70.000 kg > 50.000 kg capacity (+12 %, +40 %)")
    p.check(kg[1] / kg[0] > 1.3 and kg[2] / kg[1] == 1.25, "tolerated knock-on: +33 % and +25 % a year past capacity")
    p.check(close(kg[0] / 36000, 1.17, 0.01), "2027 +17 % on 2026")
    # PLANTED capital-mismatch
    items = [p.one(x) for x in ("Mở rộng nhà xưởng", "Nồi nấu bánh bằng hơi 100 kg/mẻ và lò hơi", "Máy hút chân không (2 máy)",
                                "Kho mát 15 m³", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    total = p.one("Tổng cộng")
    sources = [p.one(x) for x in ("Vốn tự có của gia đình", "Vay Ngân hàng Nông nghiệp", "Vay người thân")]
    p.check(sum(items) == total == 900000 and sum(items[:4]) == 600000, "items = total 900.000, fixed 600.000")
    p.check(sum(sources) == p.one("Cộng nguồn vốn") == 800000 and off(sum(sources), total),
            "PLANTED sources 800.000 != total 900.000 (−11 %)")
    p.has("Tổng vốn đầu tư của phương án là 900 triệu đồng")
    p.check(sum(prof) / 3 == 707400 and close(900000 / (707400 + 60000), 1.2, 0.03), "average profit, payback 1,2")
    p.check(close(rev[0] / 1e6, 3.21) and close(rev[2] / 1e6, 5.35), "3,21 and 5,35 tỷ")
    p.has("75.000 đồng/chiếc", "40.000 đồng/chiếc", "(470.550 + 707.400 + 944.250) : 3 = 707.400",
          "900.000 : (707.400 + 60.000) ≈ 1,2 năm", "TCCS 01:2026/BCLH", "bể lắng 3 ngăn")
    # PLANTED no-food-safety
    p.lacks(r"an toàn|ATTP|vệ sinh|cam kết|tự công bố|đủ điều kiện|HACCP|ISO|sức khỏe|kiểm dịch|15/2018|55/2010",
            "PLANTED no food-safety certificate, commitment or plan")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ca09() -> Plan:
    p = Plan("ca09_banh_da_vung_xuan_loc_htx")
    bags, boxes, kg = p.row("Bánh đa phơi khô túi 10 chiếc"), p.row("Bánh đa nướng hộp 5 chiếc"), p.row("Tổng khối lượng bánh")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Bánh phơi khô (28.000"), p.row("Bánh nướng (40.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo tẻ (14.000", "Vừng đen (60.000", "Gừng, muối, điện, than", "Túi, hộp, nhãn",
                                 "Tiền công khoán", "Khấu hao", "Lãi vay", "Bán hàng, chiết khấu (7%)", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == bags[y] * 0.5 + boxes[y] * 0.25, f"kg {y}")
        p.check(close(r1[y], bags[y] * 0.028) and close(r2[y], boxes[y] * 0.04) and close(rev[y], r1[y] + r2[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.9 * 0.014) and close(lines[1][y], kg[y] * 0.1 * 0.06)
                and close(lines[2][y], kg[y] * 0.004) and close(lines[3][y], bags[y] * 0.0015 + boxes[y] * 0.005)
                and close(lines[4][y], kg[y] * 0.015), f"per-unit costs {y}")
        p.check(close(lines[5][y], 70) and close(lines[6][y], [400, 300, 200][y] * 0.075)
                and close(lines[7][y], rev[y] * 0.07), f"depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} on the stated profit {y}")
        p.check(kg[y] * 0.9 <= 50000 and kg[y] * 0.1 <= 6000 and kg[y] <= 200 * 280, f"rice, sesame, machine {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    # PLANTED profit-mismatch
    true1 = rev[1] - cost[1]
    p.check(close(true1, 776.5) and pre[1] == 936.5 and off(pre[1], true1), "PLANTED 2028 profit 936,5 != 776,5 (+20,6 %)")
    items = [p.one(x) for x in ("Cải tạo xưởng", "Máy tráng bánh tự động |", "Lò nướng than không khói, máy xay",
                                "Nhà phơi có mái che, giàn phơi inox |", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    items[1] = p.one("Máy tráng bánh tự động |", skip=1)
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 600 + 400 and sum(items[:4]) == 700, "capital 1 tỷ, fixed 700")
    written = avg1(post)
    true = (post[0] + true1 * 0.85 + post[2]) / 3
    p.check(written == 699.1 and close(1000 / (written + 70), 1.3, 0.02), "stated payback 1,3 from the written profit")
    p.check(close(1000 / (true + 70), 1.38, 0.01) and off(1000 / (true + 70), 1000 / (written + 70)),
            "tolerated knock-on: true payback 1,38 (+6 %)")
    p.check(close(kg[0] / 31000, 1.13, 0.01), "+13 % on 2026")
    p.has("28.000 đồng/túi", "40.000 đồng/hộp", "(527,3 + 796 + 774,1) : 3 ≈ 699,1", "1.000 : (699,1 + 70) ≈ 1,3 năm",
          "50 tấn/năm", "đạt 56.000 kg/năm", "Tổng vốn đầu tư 1 tỷ đồng", "TCCS 01:2025/HTXXL", "đã đăng ký môi trường")
    # PLANTED outdated-policy
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "theo Bộ tiêu chí ban hành kèm theo Quyết định số 1048/QĐ-TTg")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current OCOP instruments are not cited")
    # PLANTED no-quality-control
    p.lacks(r"truy xuất|kiểm soát(?! viên)|nhật ký|\bsổ\b|mã lô|\bQR\b|lưu mẫu|kiểm tra|ghi chép|HACCP|ISO|số lô|lô sản xuất",
            "PLANTED no internal quality control or traceability")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ca10() -> Plan:
    p = Plan("ca10_nuoc_ep_dua_ky_lac_ho")
    small, big, lit, fruit = (p.row("Chai 350 ml |"), p.row("Chai 1 lít |"), p.row("Tổng sản lượng |"),
                              p.row("Dứa quả nguyên liệu"))
    rev, r1, r2 = p.row("Doanh thu |", skip=1), p.row("Chai 350 ml (15.000"), p.row("Chai 1 lít (38.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Dứa quả (5.000", "Chai, nắp, nhãn |", "Điện, nước, hóa chất", "Tiền công lao động thuê",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển (8%)", "Chi phí khác")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(close(lit[y], small[y] * 0.35 + big[y]) and close(fruit[y], lit[y] * 1.8), f"litres, 1,8 kg/l {y}")
        p.check(close(r1[y], small[y] * 0.015) and close(r2[y], big[y] * 0.038) and close(rev[y], r1[y] + r2[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 0.005) and close(lines[1][y], small[y] * 0.0025 + big[y] * 0.005)
                and close(lines[2][y], lit[y] * 0.0015), f"per-unit costs {y}")
        p.check(close(lines[3][y], 3 * 5.5 * 12) and close(lines[4][y], 45) and lines[5][y] == [13.2, 6.6, 0][y]
                and close(lines[6][y], rev[y] * 0.08), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(fruit[y] <= 75000 and lit[y] <= 300 * 2 * 250, f"pineapple supply, pasteuriser capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(200 * 0.066, 13.2) and close(100 * 0.066, 6.6), "interest 6,6 %")
    items = [p.one(x) for x in ("Cải tạo khu chế biến", "Máy gọt vỏ, máy ép trục vít |", "Nồi thanh trùng 300 lít |",
                                "Máy chiết rót, đóng nắp |", "Tủ mát |", "Thiết kế nhãn", "Vốn lưu động")]
    p.check(sum(items) == 500e6 == 300e6 + 200e6 and sum(items[:5]) == 360e6 and close(360 / 8, 45),
            "capital 500 in the sentence under the table, fixed 360, depreciation 45")
    p.check(p.count("| Tổng cộng") == 0, "no total row in the investment table")
    # PLANTED payback-mismatch
    avg = avg1(prof)
    true_with, true_without = 500 / (avg + 45), 500 / avg
    p.has("(102,6 + 166,6 + 230,7) : 3 ≈ 166,6 triệu đồng/năm", "Thời gian hoàn vốn khoảng 1,2 năm")
    p.check(avg == 166.6 and close(true_with, 2.36, 0.01) and close(true_without, 3.0, 0.01)
            and off(1.2, true_with) and off(1.2, true_without), "PLANTED stated 1,2 years != 2,4 (3,0 without depreciation)")
    p.check(close(lit[0] / 15000, 1.2, 0.01), "+20 % on 2026")
    p.has("15.000 đồng/chai", "38.000 đồng/chai", "Tổng nguồn dứa khoảng 75 tấn/năm", "tối đa 150.000 lít/năm",
          "Tổng cộng: 500.000.000 đồng", "bản cam kết bảo đảm an toàn thực phẩm", "43/2017/NĐ-CP")
    # PLANTED no-product-standard
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|quy chuẩn|kiểm nghiệm|hợp chuẩn|hợp quy|phiếu kết quả",
            "PLANTED no product standard, declaration or lab test")
    # PLANTED no-business-registration
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|đăng ký hộ|"
            r"thành lập|giấy phép|\bthuế\b", "PLANTED no business registration or plan to register")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("ca11_ruou_men_la_son_kim_so_sai")
    a.check(3000 * 50000 == 150e6, "rice-wine sentence (3.000 lít × 50.000 đ = 150 triệu)")
    a.has("khoảng 3.000 lít rượu", "50.000 đồng/lít", "doanh thu khoảng 150 triệu đồng", "khoảng 40 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150–300 words")
    a.lacks(r"đăng ký kinh doanh|hộ kinh doanh|giấy phép|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn hiệu|môi trường|"
            r"truy xuất|mã số thuế", "the tolerated gaps are real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ca12_banh_ram_mai_phu_so_sai")
    b.check(8000 * 60000 == 480e6, "bánh ram sentence (8.000 túi × 60.000 đ = 480 triệu)")
    b.has("khoảng 8.000 túi", "60.000 đồng/túi", "doanh thu khoảng 480 triệu đồng", "Giấy chứng nhận đăng ký hộ kinh doanh")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150–300 words")
    b.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn(?! hiệu)|nhãn hiệu|môi trường|truy xuất|kiểm nghiệm",
            "the tolerated gaps are real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


PLANS = [ca01, ca02, ca03, ca04, ca05, ca06, ca07, ca08, ca09, ca10]


def main() -> int:
    return plancheck.report([fn() for fn in PLANS] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
