"""The thirty-ninth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout39/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no environment measure, a second producer name, a replaced
instrument cited, no trademark, no food safety, no registration, no product standard, no label,
no sales channel) are asserted too, as is the absence of template placeholders in every plan.
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


OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|NQ 123|123/2018"


def growth_ok(p: Plan, xs: list[float], what: str, cap: float = 1.25) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < cap, f"{what} growth {y}")


def r01() -> Plan:
    p = Plan("an01_banh_trang_dua_ky_khang_cty")
    g, k, kg = p.row("Bánh nướng sẵn gói 200 g"), p.row("Bánh chưa nướng túi 1 kg"), p.row("Tổng khối lượng bánh")
    rice, coco = p.row("Gạo tẻ nguyên liệu"), p.row("Dừa khô nguyên liệu")
    rev, rg, rk = p.row("Doanh thu|"), p.row("Bánh nướng sẵn (35.000"), p.row("Bánh chưa nướng (90.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Gạo tẻ (15.000", "Dừa khô (8.000", "Mè, đường, muối", "Bao bì, nhãn", "Điện, củi",
                                 "Tiền lương", "Khấu hao tài sản", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(kg[y], g[y] * 0.2 + k[y]) and close(rice[y], kg[y] * 0.7) and close(coco[y], kg[y] * 1.2), f"kg, rice, coconuts {y}")
        p.check(close(rg[y], g[y] * 0.035) and close(rk[y], k[y] * 0.09) and close(rev[y], rg[y] + rk[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.015) and close(lines[1][y], coco[y] * 0.008) and close(lines[2][y], kg[y] * 0.012)
                and close(lines[3][y], g[y] * 0.003 + k[y] * 0.002) and close(lines[4][y], kg[y] * 0.006), f"per-unit costs {y}")
        p.check(close(lines[5][y], [9, 10, 11][y] * 6 * 12) and close(lines[6][y], 90) and close(lines[7][y], [600, 400, 200][y] * 0.08)
                and close(lines[8][y], rev[y] * 0.05) and close(lines[9][y], 60), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] < 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(kg[y] <= 100 * 260 and g[y] * 0.2 <= 80 * 260 and rice[y] <= 20000 and coco[y] <= 30000,
                f"capacity, rice and coconut contracts {y}")
    growth_ok(p, rev, "revenue")
    p.check(close(kg[0] / 11500, 1.22, 0.01), "+22 % on 2025")
    items = [300, 250, 180, 130, 40, 50, 350]
    p.check(sum(items) == 1300 == 700 + 600 and sum(items[:5]) == 900 and 900 / 10 == 90, "capital 1.300, fixed 900")
    p.check(avg1(post) == 388.3 and close(1300 / (388.3 + 90), 2.7, 0.01), "average profit, payback 2,7")
    p.has("35.000 đồng/gói", "90.000 đồng/kg", "Tổng vốn đầu tư của phương án là 1.300 triệu đồng", "máy tráng bánh bằng hơi và nồi hơi: 250 triệu đồng".capitalize(),
          "vốn chủ sở hữu của Công ty 700 triệu đồng", "600 triệu đồng, thời hạn 3 năm, lãi suất 8%/năm", "1.300 : 478,3 ≈ 2,7 năm",
          "(281,9 + 388,3 + 494,7) : 3 ≈ 388,3", "các hộ cam kết bán cho Công ty 30.000 quả/năm", "khối lượng tối đa 20 tấn/năm",
          "công suất tráng bánh đạt 26.000 kg/năm", "công suất nướng đạt 20.800 kg/năm", "TCCS 01:2025/HDKK", "Nghị định 43/2017/NĐ-CP")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def r02() -> Plan:
    p = Plan("an02_gio_tre_dung_qua_ha_linh_htx")
    s, l, b, n, tre = (p.row("Giỏ quà cỡ nhỏ"), p.row("Giỏ quà cỡ lớn có nắp"), p.row("Bộ giỏ Tết 3 chiếc"), p.row("Cộng"),
                       p.row("Tre nguyên liệu |"))
    rs, rl, rb, rev = p.row("Giỏ nhỏ (65.000"), p.row("Giỏ lớn có nắp (120.000"), p.row("Bộ giỏ Tết (220.000"), p.row("Tổng doanh thu")
    cost = p.row("TỔNG CHI PHÍ")
    lines = [p.row(x) for x in ("Tre nguyên liệu (25.000", "Mây, dây, dầu bóng", "Tiền công đan khoán", "Túi giấy, thẻ treo",
                                 "Điện sấy", "Khấu hao tài sản", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý hợp tác xã")]
    yrs = [p.row(f"{2026 + y}", 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    for y in Y:  # triệu đồng
        p.check(n[y] == s[y] + l[y] + b[y] and close(tre[y], s[y] * 0.25 + l[y] * 0.5 + b[y]), f"count, bamboo {y}")
        p.check(close(rs[y], s[y] * 0.065) and close(rl[y], l[y] * 0.12) and close(rb[y], b[y] * 0.22)
                and close(rev[y], rs[y] + rl[y] + rb[y]), f"revenue {y}")
        work = s[y] * 0.15 + l[y] * 0.3 + b[y] * 0.6
        p.check(close(lines[0][y], tre[y] * 0.025) and close(lines[1][y], s[y] * 0.006 + l[y] * 0.01 + b[y] * 0.018)
                and close(lines[2][y], work * 0.15) and close(lines[3][y], n[y] * 0.003), f"per-unit costs {y}")
        p.check(close(lines[5][y], 60) and close(lines[6][y], [300, 200, 100][y] * 0.07) and close(lines[7][y], rev[y] * 0.06),
                f"depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost total at the top {y}")
        r = yrs[y]
        p.check(close(r[0], rev[y]) and close(r[1], cost[y]) and close(r[2], r[0] - r[1]) and close(r[3], r[2] * 0.15)
                and close(r[4], r[2] - r[3]), f"year row {y}")
        p.check(tre[y] <= 10000 and work <= 25 * 200, f"bamboo contract, weavers' workdays {y}")
    growth_ok(p, rev, "revenue")
    p.check(close(n[0] / 11000, 1.32, 0.01), "+32 % pieces on 2025, with new machines and a weaving class")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng đan", "Máy chẻ tre, máy vót", "Lò sấy nan", "Hệ thống hút bụi",
                                "Thiết kế mẫu mã", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 900 == 500 + 100 + 300 and sum(items[:4]) == 600, "capital 900, fixed 600")
    post = [r[4] for r in yrs]
    p.check(avg1(post) == 349.5 and close(900 / (349.5 + 60), 2.2, 0.01), "average profit, payback 2,2")
    p.has("65.000 đồng/chiếc", "120.000 đồng/chiếc", "220.000 đồng/bộ", "cung cấp 10.000 cây/năm", "25 thợ đan làm 200 ngày/năm cho 5.000 công",
          "900 : (349,5 + 60) ≈ 2,2 năm", "TCCS 01:2026/HTXHL", "Nghị định 43/2017/NĐ-CP", "Mây tre Hà Linh\" nộp đơn")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def r03() -> Plan:
    p = Plan("an03_trai_nghiem_nuoi_ong_son_hong_hkd")
    half, day, pupils, litres = [2400, 2800, 3200], [900, 1100, 1300], [3000, 3500, 4000], [800, 900, 1000]
    guests = [half[y] + day[y] + pupils[y] for y in Y]
    rev = p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Vật tư trải nghiệm", "Bữa trưa gói một ngày", "Chăm sóc đàn ong", "Chai, nắp, nhãn cho mật",
                                 "Tiền lương lao động thuê", "Khấu hao tài sản", "Quảng bá, hoa hồng", "Điện nước, bảo hiểm", "Lãi vay",
                                 "Thuế khoán")]
    cost, prof = p.row("Cộng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # nghìn đồng
        parts = [half[y] * 150, day[y] * 280, pupils[y] * 90, litres[y] * 250]
        p.check(close(rev[y], sum(parts)), f"revenue = packages × prices + honey {y}")
        p.check(close(lines[0][y], guests[y] * 15) and close(lines[1][y], day[y] * 80) and close(lines[2][y], 150 * 600)
                and close(lines[3][y], litres[y] * 15), f"per-unit costs {y}")
        p.check(close(lines[4][y], [4, 5, 5][y] * 6000 * 12) and close(lines[5][y], 70000)
                and close(lines[8][y], [400000, 300000, 200000][y] * 0.07), f"wages, depreciation, interest {y}")
        p.check(close(lines[9][y], (sum(parts) - parts[3]) * 0.07 + parts[3] * 0.015), f"flat tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(guests[y] <= 80 * 300 and litres[y] * 1.4 <= 150 * 15, f"site capacity, honey from 150 colonies {y}")
    growth_ok(p, rev, "revenue")
    p.check(sum(prof) / 3 == 362115 and close(900000 / (362115 + 70000), 2.1, 0.01), "average profit, payback 2,1")
    p.check(350 + 120 + 50 + 180 + 50 + 150 == 900 == 500 + 400 and 350 + 120 + 50 + 180 == 700, "capital 900, fixed 700")
    p.has("150.000 đồng/khách", "280.000 đồng/khách", "90.000 đồng/em", "Tổng doanh thu 1.082 triệu đồng", "tổng doanh thu 1.268 triệu đồng",
          "tổng doanh thu 1.454 triệu đồng", "2.400 khách gói nửa ngày, doanh thu 360 triệu đồng", "900 khách gói một ngày, 252 triệu đồng",
          "3.000 học sinh, 270 triệu đồng", "bán 800 lít mật, 200 triệu đồng", "Tổng vốn đầu tư 900 triệu đồng",
          "vốn tự có của gia đình 500 triệu đồng", "400 triệu đồng, lãi suất 7%/năm", "900.000 : (362.115 + 70.000) ≈ 2,1 năm",
          "tương ứng 24.000 lượt/năm", "28E8004317", "TCCS 01:2026/KH", "bản cam kết bảo đảm an toàn thực phẩm")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def r04() -> Plan:
    p = Plan("an04_banh_nam_viet_xuyen_tht")
    packs, loose, n = p.row("Bánh nậm cấp đông gói 10 chiếc"), p.row("Bánh nậm tươi bán lẻ"), p.row("Tổng số bánh")
    rev, rp, rl = p.row("Doanh thu|"), p.row("Bánh cấp đông (50.000"), p.row("Bánh tươi (4.000")
    cost = p.row("Chi phí|")
    names = ("Bột gạo|", "Tôm nõn|", "Thịt lợn|", "Gia vị|", "Lá dong|", "Chất đốt, điện|", "Công khoán|", "Bao bì, nhãn|",
             "Khấu hao|", "Bán hàng, vận chuyển lạnh", "Quản lý, kiểm nghiệm", "Lãi vay|", "Thuế khoán")
    lines = [p.row(x) for x in names]
    prof = p.row("Lợi nhuận|")
    per = [400, 600, 720, 150, 150, 100, 900]
    for y in Y:  # đồng
        p.check(n[y] == packs[y] * 10 + loose[y], f"pieces {y}")
        p.check(close(rp[y], packs[y] * 50000) and close(rl[y], loose[y] * 4000) and close(rev[y], rp[y] + rl[y]), f"revenue {y}")
        p.check(all(close(lines[i][y], n[y] * per[i]) for i in range(7)) and close(lines[7][y], packs[y] * 2500), f"per-piece costs {y}")
        p.check(close(lines[8][y], 40e6) and close(lines[9][y], rev[y] * 0.05) and close(lines[10][y], 36e6)
                and lines[11][y] == [14e6, 7e6, 0][y] and close(lines[12][y], rev[y] * 0.015), f"fixed lines, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(n[y] <= 2000 * 300 and n[y] * 0.003 <= 2000 and n[y] * 0.006 <= 4000 and n[y] * 0.02 <= 12000 and n[y] <= 600000,
                f"steamer capacity, shrimp, pork, rice, leaves {y}")
    growth_ok(p, rev, "revenue")
    p.check(close(n[0] / 300000, 1.3, 0.01), "+30 % on 2025 with new steamers and freezer")
    p.check(180 + 60 + 40 + 120 + 35 + 165 == 600 == 400 + 200 and 180 + 60 + 40 + 120 == 400, "capital 600, fixed 400")
    p.check(sum(prof) / 3 == 415150000 and close(600e6 / (415150000 + 40e6), 1.3, 0.02), "average profit, payback 1,3")
    p.has("50.000 đồng/gói", "4.000 đồng/chiếc", "Tổng vốn đầu tư: 600.000.000 đồng", "vốn góp của 8 thành viên 400.000.000 đồng",
          "vay Ngân hàng Chính sách xã hội 200.000.000 đồng", "600.000.000 : 455.150.000 ≈ 1,3 năm", "cung cấp tối đa 2 tấn/năm",
          "tối đa 4 tấn/năm", "12 tấn/năm", "khoảng 600.000 lá/năm", "công suất hấp đạt 600.000 chiếc/năm", "05/GCN-THT",
          "TCCS 01:2026/BNVX", "Nghị định 43/2017/NĐ-CP")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def r05() -> Plan:
    p = Plan("an05_ghe_sua_rim_cam_nhuong_hkd")
    a, b, kg, crab = p.row("Hũ 200 g |"), p.row("Hũ 500 g |"), p.row("Ghẹ rim thành phẩm"), p.row("Ghẹ sữa tươi nguyên liệu")
    rev, ra, rb = p.row("Doanh thu|"), p.row("Hũ 200 g (85.000"), p.row("Hũ 500 g (195.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Ghẹ sữa tươi (90.000", "Me, đường, tỏi", "Hũ, nắp, màng seal", "Gas, điện", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm", "Thuế khoán")]
    prof = p.row("Lợi nhuận|")
    for y in Y:  # triệu đồng
        p.check(close(kg[y], a[y] * 0.2 + b[y] * 0.5) and close(crab[y], kg[y] * 1.6), f"kg, crab {y}")
        p.check(close(ra[y], a[y] * 0.085) and close(rev[y], ra[y] + rb[y]), f"200 g revenue, total = sub-rows {y}")
        p.check(close(lines[0][y], crab[y] * 0.09) and close(lines[1][y], kg[y] * 0.025) and close(lines[2][y], a[y] * 0.006 + b[y] * 0.01)
                and close(lines[3][y], kg[y] * 0.008) and close(lines[4][y], [5, 6, 6][y] * 6 * 12) and close(lines[5][y], 50)
                and close(lines[6][y], [300, 200, 100][y] * 0.07) and close(lines[9][y], rev[y] * 0.015), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit follow the stated revenue {y}")
        p.check(crab[y] <= 10000 and kg[y] <= 2 * 30 * 250, f"crab contract, pan capacity {y}")
    true_b = [b[y] * 0.195 for y in Y]
    p.check(close(rb[0], true_b[0]) and close(rb[2], true_b[2]), "500 g revenue right in 2026 and 2028")
    p.check(off(rb[1], true_b[1]) and rb[1] == 780 and close(true_b[1], 663), "PLANTED 2027 500 g revenue 780 vs 3.400 × 195.000 = 663")
    p.check(off(rev[1], ra[1] + true_b[1]) and close((rev[1] - 1810.5) / 1810.5, 0.0646, 0.02), "PLANTED 2027 total +6,5 % over 1.810,5")
    p.check(close(800 / (prof[0] + 50), 2.8, 0.01), "payback 2,8 on the 2026 profit (unaffected)")
    p.check(200 + 120 + 80 + 100 + 40 + 260 == 800 == 500 + 300 and 200 + 120 + 80 + 100 == 500, "capital 800, fixed 500")
    p.has("85.000 đồng/hũ", "195.000 đồng/hũ", "Tổng vốn đầu tư 800 triệu đồng", "800 : (237,6 + 50) ≈ 2,8 năm",
          "tổng khối lượng cam kết 10 tấn ghẹ sữa/năm", "công suất đạt 15.000 kg thành phẩm/năm", "28C8002961")
    # PLANTED no-environment-measures
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|bể lắng|bể tách|thu gom|phế phẩm|khói|mùi hôi", "PLANTED no environmental measure")
    # PLANTED name-inconsistent
    p.check(p.count("Hộ kinh doanh Lê Thị Thu Hà") == 1 and p.body.lower().count("hộ kinh doanh nguyễn thị bích hạnh") >= 2
            and p.count("Lê Thị Thu Hà") == 1,
            "PLANTED a second producer name in the commitment")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument (not planted here)")
    return p


def r06() -> Plan:
    p = Plan("an06_ruou_man_son_tay_htx")
    c5, c2, lit = p.row("Rượu mận chai 500 ml"), p.row("Rượu mận can 2 lít"), p.row("Tổng sản lượng rượu mận")
    plum, base, rice = p.row("Quả mận tươi"), p.row("Rượu nếp nền"), p.row("Gạo nếp cái hoa vàng")
    rev, r5, r2 = p.row("Tổng doanh thu"), p.row("Chai 500 ml (180.000"), p.row("Can 2 lít (550.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Quả mận (25.000", "Gạo nếp (22.000", "Men, củi, điện", "Chai, hộp, can", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng, vận chuyển", "Quản lý", "Thuế tiêu thụ đặc biệt")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(lit[y], c5[y] * 0.5 + c2[y] * 2) and close(plum[y], lit[y] * 0.6) and close(base[y], lit[y] * 0.9)
                and close(rice[y], base[y] / 0.75), f"litres, plums 0,6 kg/l, base 0,9 l/l, rice {y}")
        p.check(close(r5[y], c5[y] * 0.18) and close(r2[y], c2[y] * 0.55) and close(rev[y], r5[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], plum[y] * 0.025) and close(lines[1][y], rice[y] * 0.022) and close(lines[2][y], lit[y] * 0.003)
                and close(lines[3][y], c5[y] * 0.015 + c2[y] * 0.03) and close(lines[4][y], [9, 10, 10][y] * 6 * 12)
                and close(lines[5][y], 120) and close(lines[6][y], [800, 600, 400][y] * 0.08) and close(lines[7][y], rev[y] * 0.08)
                and close(lines[9][y], rev[y] * 65 / 165), f"costs, excise 65/165 {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(rice[y] <= 25000 and base[y] <= 2 * 60 * 300, f"rice contract, still capacity {y}")
        # PLANTED material-shortfall: 3,5 ha × 2 tấn/ha = 7 tấn of plums
        p.check(plum[y] > 3.5 * 2000 and off(plum[y], 7000), f"PLANTED plum need over the 7 tấn supply {y}")
    p.check(close(plum[0] / 7000, 1.2) and close(plum[2] / 7000, 1.543, 0.01), "shortfall 20 % in 2026, 54 % in 2028")
    growth_ok(p, rev, "revenue")
    p.check(close(lit[0] / 11800, 1.19, 0.01), "+19 % on 2025 with a second still")
    p.check(500 + 300 + 200 + 200 + 50 + 750 == 2000 == 1200 + 800 and 500 + 300 + 200 + 200 == 1200, "capital 2.000, fixed 1.200")
    p.check(avg1(post) == 558.4 and close(2000 / (558.4 + 120), 2.9, 0.02), "average profit, payback 2,9")
    p.has("180.000 đồng/chai", "550.000 đồng/can", "tổng diện tích 3,5 ha, năng suất bình quân 2 tấn/ha/năm", "khoảng 7 tấn quả/năm",
          "25 tấn nếp cái hoa vàng/năm", "Tổng vốn đầu tư: 2.000 triệu đồng", "2.000 : (558,4 + 120) ≈ 2,9 năm",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "QCVN 6-3:2010/BYT", "Nghị định 43/2017/NĐ-CP")
    # PLANTED outdated-policy
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020", "kèm Quyết định 1048/QĐ-TTg")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current instruments are not cited")
    # PLANTED no-trademark
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo", "PLANTED no trademark or IP anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def r07() -> Plan:
    p = Plan("an07_tra_co_man_trau_tung_loc_ctcp")
    box, zip_, bags, dry = p.row("Hộp 25 túi lọc"), p.row("Túi zip 100 túi lọc"), p.row("Số túi lọc đóng gói"), p.row("Trà khô |")
    rb, rz, rev = p.row("Doanh thu hộp 25 túi"), p.row("Doanh thu túi zip"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Cỏ mần trầu tươi (6.000", "Túi lọc, hộp, túi zip", "Điện sấy, đóng gói", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng, quảng cáo", "Quản lý doanh nghiệp", "Kiểm nghiệm định kỳ")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    cap = 1200 * 7 * 240
    for y in Y:  # triệu đồng
        p.check(bags[y] == box[y] * 25 + zip_[y] * 100 and close(dry[y], bags[y] * 0.002), f"bags, dry tea 2 g/bag {y}")
        p.check(close(rb[y], box[y] * 0.045) and close(rz[y], zip_[y] * 0.15) and close(rev[y], rb[y] + rz[y]), f"revenue {y}")
        fresh = dry[y] * 5
        p.check(close(lines[0][y], fresh * 0.006) and close(lines[1][y], box[y] * 0.007 + zip_[y] * 0.015) and close(lines[2][y], dry[y] * 0.006)
                and close(lines[3][y], [14, 15, 16][y] * 7 * 12) and close(lines[4][y], 150) and close(lines[5][y], [1000, 750, 500][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.12), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(fresh <= 45000 and fresh <= 600 * 240, f"fresh herb within the true supply 45 tấn and dryer capacity {y}")
        # PLANTED capacity-exceeded
        p.check(bags[y] > cap and off(bags[y], cap), f"PLANTED bags over the packing machine's {cap} {y}")
    p.check(cap == 2016000 and close(bags[0] / cap, 1.24, 0.01) and close(bags[2] / cap, 1.587, 0.01), "+24 % … +59 % over capacity")
    growth_ok(p, rev, "revenue")
    # PLANTED table-total-mismatch in the linkage table
    area = [p.row(x, 2) for x in ("Ruộng của Công ty", "Hộ ông Lê Văn Hùng", "Hộ bà Trần Thị Mai", "Hộ ông Phan Văn Đức",
                                  "Hộ bà Võ Thị Lan", "Hộ ông Nguyễn Đình Thái")]
    tot = p.row("Tổng cộng", 2)
    p.check(sum(a[0] for a in area) == tot[0] == 30000, "area total right (3 ha)")
    p.check(all(close(a[1], a[0] / 10000 * 15) for a in area), "15 tấn/ha on every row")
    p.check(sum(a[1] for a in area) == 45 and tot[1] == 52 and off(tot[1], 45), "PLANTED output total 52 vs rows 45 (+15,6 %)")
    p.check(600 + 300 + 100 + 150 + 350 + 100 + 700 == 2300 == 1300 + 1000 and 600 + 300 + 100 + 150 + 350 == 1500,
            "capital 2.300, fixed 1.500")
    p.check(avg1(post) == 1367.3 and close(2300 / (1367.3 + 150), 1.5, 0.02), "average profit, payback 1,5")
    p.has("45.000 đồng/hộp", "150.000 đồng/túi", "công suất 1.200 túi/giờ", "1 ca 7 giờ/ngày, 240 ngày/năm",
          "Công ty chưa có kế hoạch mua thêm máy đóng gói", "Tổng vốn đầu tư 2.300 triệu đồng", "2.300 : (1.367,3 + 150) ≈ 1,5 năm",
          "TCCS 01:2026/TLX", "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP", "Tùng Lộc Xanh\" đã được cấp")
    # PLANTED no-food-safety
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|HACCP|ISO 22000|GMP|cam kết sản xuất|15/2018", "PLANTED no food-safety certificate or plan")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument (not planted here)")
    return p


def r08() -> Plan:
    p = Plan("an08_nuoc_dau_den_rang_tung_anh_hkd")
    le, th, ch, beans = p.row("Chai 330 ml bán lẻ"), p.row("Thùng 24 chai |"), p.row("Tổng số chai"), p.row("Đậu đen nguyên liệu")
    rev, rl, rt = p.row("Doanh thu|"), p.row("Chai lẻ (12.000"), p.row("Thùng 24 chai (250.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Đậu đen (45.000", "Đường phèn, lá dứa", "Chai PET, nắp", "Thùng carton", "Điện, gas",
                                 "Tiền công lao động thuê", "Khấu hao", "Bán hàng, vận chuyển", "Lãi vay", "Thuế khoán", "Chi phí khác")]
    prof = p.row("Lợi nhuận|")
    for y in Y:  # triệu đồng
        p.check(ch[y] == le[y] + th[y] * 24 and close(beans[y], ch[y] * 0.015), f"bottles, beans 15 g {y}")
        p.check(close(rl[y], le[y] * 0.012) and close(rt[y], th[y] * 0.25) and close(rev[y], rl[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], beans[y] * 0.045) and close(lines[1][y], ch[y] * 0.001) and close(lines[2][y], ch[y] * 0.0025)
                and close(lines[3][y], th[y] * 0.005) and close(lines[4][y], ch[y] * 0.0004) and close(lines[5][y], [3, 3, 4][y] * 5.5 * 12)
                and close(lines[6][y], 30) and close(lines[8][y], [150, 100, 50][y] * 0.07) and close(lines[9][y], rev[y] * 0.015),
                f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost lines add up {y}")
        p.check(beans[y] <= 3000 and ch[y] <= 1200 * 250, f"bean agreement, bottling capacity {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "profit right in 2026 and 2028")
    p.check(prof[1] == 532.9 and close(rev[1] - cost[1], 452.9) and off(prof[1], rev[1] - cost[1]), "PLANTED 2027 profit 532,9 vs 452,9 (+17,7 %)")
    growth_ok(p, rev, "revenue")
    p.check(60 + 30 + 90 + 50 + 70 + 20 + 100 == 420 == 270 + 150 and 60 + 30 + 90 + 50 + 70 == 300, "capital 420, fixed 300")
    p.check(close(420 / (prof[0] + 30), 1.1, 0.05), "payback 1,1 on the 2026 profit (unaffected)")
    p.has("12.000 đồng/chai", "250.000 đồng/thùng", "Tổng vốn đầu tư: 420 triệu đồng", "420 : 395,6 ≈ 1,1 năm", "cam kết bán cho cơ sở 3 tấn đậu/năm",
          "công suất khoảng 300.000 chai/năm", "hộ kinh doanh cá thể do bà Nguyễn Thị Liên", "Nghị định 43/2017/NĐ-CP",
          "nộp đơn bảo hộ nhãn hiệu \"Tư Liên\"", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm trong quý IV/2026")
    # PLANTED no-business-registration
    p.lacks(r"đăng ký|mã số|MST|giấy phép kinh doanh|28[A-Z]\d{7}|Giấy chứng nhận hộ", "PLANTED no registration anywhere")
    # PLANTED no-product-standard
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|kiểm nghiệm|hợp quy|hợp chuẩn", "PLANTED no product standard anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument (not planted here)")
    return p


def r09() -> Plan:
    p = Plan("an09_mat_ong_hoa_dieu_huong_xuan_tht")
    jar, btl, bulk, kg = p.row("Hũ 500 g |"), p.row("Chai 1 kg |"), p.row("Mật bán buôn |"), p.row("Tổng lượng mật")
    rev, rj, rbt, rbu = p.row("Doanh thu|"), p.row("Hũ 500 g (150.000"), p.row("Chai 1 kg (280.000"), p.row("Mật bán buôn (120.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Chăm sóc đàn ong", "Thuê bãi, vận chuyển", "Hũ, chai, can, hộp", "Tiền công thành viên", "Khấu hao|",
                                 "Lãi vay|", "Bán hàng, hội chợ", "Kiểm nghiệm, quản lý", "Thuế khoán")]
    prof = p.row("Lợi nhuận|")
    for y in Y:  # triệu đồng
        p.check(close(kg[y], jar[y] * 0.5 + btl[y] + bulk[y]), f"kg {y}")
        p.check(close(rj[y], jar[y] * 0.15) and close(rbt[y], btl[y] * 0.28) and close(rbu[y], bulk[y] * 0.12)
                and close(rev[y], rj[y] + rbt[y] + rbu[y]), f"revenue {y}")
        p.check(close(lines[0][y], 500 * 0.5) and close(lines[2][y], jar[y] * 0.008 + btl[y] * 0.012 + bulk[y] * 0.001)
                and close(lines[3][y], 10 * 4.5 * 12) and close(lines[4][y], 60) and close(lines[5][y], [200, 150, 100][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.015), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 500 * 18 and kg[y] <= 650 * 18 and kg[y] <= 400 * 30, f"honey within either colony count, processing {y}")
        p.check(prof[y] / rev[y] < 0.4, f"margin under 40 % {y}")
    growth_ok(p, rev, "revenue")
    # PLANTED figure-inconsistent: 650 vs 500 colonies
    p.has("hiện có 650 đàn", "Tổng đàn ong của 10 thành viên là 500 đàn ong ngoại", "khoảng 9.000 kg mật/năm")
    p.check(off(650, 500), "PLANTED 650 vs 500 colonies (+30 %)")
    # PLANTED payback-mismatch
    avg = sum(prof) / 3
    p.check(avg1(prof) == 533.5 and close(1050 / (avg + 60), 1.77, 0.01), "true payback 1,8 (2,0 without depreciation)")
    p.has("sẽ được thu hồi sau khoảng 0,9 năm (11 tháng)")
    p.check(off(0.9, 1050 / (avg + 60)) and off(0.9, 1050 / avg), "PLANTED stated 0,9 năm vs 1,8")
    p.check(200 + 100 + 200 + 100 + 50 + 400 == 1050 == 850 + 200 and 200 + 100 + 200 + 100 == 600, "capital 1.050, fixed 600")
    p.has("150.000 đồng/hũ", "280.000 đồng/chai", "120.000 đồng/kg", "Tổng vốn đầu tư của phương án là 1.050 triệu đồng",
          "TCCS 01:2026/ONHX", "12/GCN-THT", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nhãn hiệu tập thể")
    # PLANTED no-label-plan: 'nhãn' only in 'nhãn hiệu'
    p.check(len(re.findall(r"nhãn(?! hiệu)", p.body, re.I)) == 0, "PLANTED no label word except the collective mark")
    p.lacks(r"43/2017|111/2021|dán tem|tem nhãn|ghi trên bao bì", "PLANTED no labelling decree or label content")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument (not planted here)")
    return p


def r10() -> Plan:
    p = Plan("an10_cha_ca_chuon_mai_phu_cty")
    trays, bags, kg, fish = p.row("Chả cá khay 500 g"), p.row("Chả cá túi 1 kg"), p.row("Tổng sản lượng chả"), p.row("Cá chuồn tươi nguyên liệu")
    lines = [p.row(x) for x in ("Cá chuồn tươi (30.000", "Tinh bột, thì là", "Khay, túi hút chân không", "Điện, nước, đá lạnh",
                                 "Tiền lương công nhân", "Khấu hao tài sản", "Lãi vay", "Bán hàng, vận chuyển lạnh", "Quản lý doanh nghiệp")]
    cost = p.row("Cộng")
    yrs = [p.row(f"{2026 + y}", 6) for y in Y]  # years as rows: kg, revenue, cost, pre, tax, post
    rev = [r[1] for r in yrs]
    for y in Y:  # triệu đồng
        p.check(close(kg[y], trays[y] * 0.5 + bags[y]) and close(fish[y], kg[y] * 1.6), f"kg, fish 1,6 kg/kg {y}")
        p.check(close(rev[y], trays[y] * 0.11 + bags[y] * 0.19) and close(yrs[y][0], kg[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.03) and close(lines[1][y], kg[y] * 0.01) and close(lines[2][y], trays[y] * 0.004 + bags[y] * 0.002)
                and close(lines[3][y], kg[y] * 0.006) and close(lines[4][y], [8, 12, 18][y] * 6.5 * 12) and close(lines[5][y], 200)
                and close(lines[6][y], [1200, 900, 600][y] * 0.08) and close(lines[7][y], rev[y] * 0.08), f"costs {y}")
        r = yrs[y]
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(cost[y], lines_sum(lines, y)) and close(r[2], cost[y]) and close(r[3], r[1] - r[2]) and close(r[4], r[3] * rate)
                and close(r[5], r[3] - r[4]), f"cost, profit, tax {y}")
        p.check(kg[y] <= 400 * 280 and fish[y] <= 200000, f"line capacity 112 tấn, fish contract 200 tấn (not exceeded) {y}")
        p.check(r[5] / r[1] < 0.4, f"margin under 40 % {y}")
    # PLANTED unrealistic-growth
    p.check(rev[1] / rev[0] == 2.5 and close(rev[2] / rev[1], 2.2) and kg[2] / kg[0] == 5.5, "PLANTED ×2,5 then ×2,2 a year")
    p.check(close(kg[0] / 10000, 1.2), "year 1 only +20 % on 2025 (growth comes later, unexplained)")
    # PLANTED capital-mismatch
    items = [900, 500, 400, 200, 100, 1400]
    p.check(sum(items) == 3500 and sum(items[:4]) == 2000 and 2000 / 10 == 200, "items 3.500, fixed 2.000")
    p.check(1500 + 300 + 1200 == 3000 and off(3000, 3500), "PLANTED sources 3.000 vs total 3.500 (−14 %)")
    p.has("Tổng vốn đầu tư của phương án là 3.500 triệu đồng", "vốn chủ sở hữu của Công ty 1.500 triệu đồng",
          "chủ sở hữu góp bổ sung 300 triệu đồng", "Lộc Hà 1.200 triệu đồng", "Vốn lưu động mua cá mùa vụ: 1.400 triệu đồng")
    post = [r[5] for r in yrs]
    p.check(avg1(post) == 2378.1 and round(3500 / (2378.1 + 200), 1) == 1.4, "average profit, payback 1,4 (on the stated total)")
    p.has("110.000 đồng/khay", "190.000 đồng/túi", "công suất tối đa 112.000 kg/năm", "cam kết cung cấp tổng cộng 200 tấn cá chuồn/năm",
          "3.500 : (2.378,1 + 200) ≈ 1,4 năm", "TCCS 01:2026/SB", "Nghị định 43/2017/NĐ-CP", "giấy xác nhận đăng ký môi trường")
    # PLANTED no-sales-channel: the market section names no customer, channel or price
    market = p.body.split("# 6. Thị trường tiêu thụ", 1)[1].split("# 7.", 1)[0]
    p.check(len(market.split()) < 120 and not re.search(r"\d", re.sub(r"20\d\d", "", market)), "PLANTED market section: no figure but the period")
    p.check(not re.search(r"siêu thị|đại lý|cửa hàng|nhà hàng|chợ|Facebook|Zalo|Shopee|sàn|phân phối|khách hàng|hợp đồng|đồng/", market, re.I),
            "PLANTED market section: no customer, channel or price")
    p.lacks(r"siêu thị|đại lý|cửa hàng|nhà phân phối|Facebook|Zalo|Shopee|TikTok|bán buôn|bếp ăn", "PLANTED no channel anywhere in the plan")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "replaced instrument (not planted here)")
    return p


def sketchy() -> list[Plan]:
    a = Plan("an11_banh_gio_thach_lac_so_sai")
    a.check(200 * 5000 * 300 == 300e6, "bánh gio sentence (200 chiếc × 5.000 đ × ~300 ngày ≈ 300 triệu/năm)")
    a.has("khoảng 200 chiếc bánh", "5.000 đồng/chiếc", "khoảng 300 triệu đồng/năm", "khoảng 100 triệu đồng", "giấy đăng ký hộ kinh doanh năm 2022")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, one page")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("an12_rau_muong_say_cam_due_so_sai")
    b.has("khoảng 30.000 đồng một túi", "khoảng 2 tạ rau sấy", "khoảng 150 triệu đồng", "hiện chưa đăng ký kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"@", "no e-mail")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def shared_sentences(plans: list[Plan]) -> list[str]:
    """Sentences of 12+ words that appear in two plans (the boilerplate rule's signal): there must be none."""
    seen: dict[str, str] = {}
    dup = []
    for p in plans:
        for s in {x.strip() for x in re.split(r"(?<=[.;:])\s+|\n", p.body) if len(x.split()) >= 12 and not x.strip().startswith("|")}:
            if s in seen and seen[s] != p.stem:
                dup.append(f"{seen[s]} / {p.stem}: {s[:80]}")
            seen.setdefault(s, p.stem)
    return dup


def main() -> int:
    plans = [fn() for fn in (r01, r02, r03, r04, r05, r06, r07, r08, r09, r10)] + sketchy()
    dup = shared_sentences(plans)
    if dup:
        plans[0].failures += [f"shared sentence {d}" for d in dup]
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
