"""Holdout set 71's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout71/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, sales by channel = planned sales, growth. Planted numeric
defects are asserted wrong by more than 5 % and everything else right (within 1 %). Table figures
are read from the plan's source; figures quoted in running text are looked up verbatim. The
textual planted defects (no label, no environmental measure, replaced instruments cited, no
alcohol licence, no product standard, no registration, two worker counts, a second producer name,
one risk section copied word for word into two plans) are asserted too, as is the absence of
template placeholders in every plan.
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

    def section(self, start: str, end: str) -> str:
        return self.body.split(start, 1)[1].split(end, 1)[0]


REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|01/2021/NĐ-CP"


def clean(p: Plan, ready: bool = True) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if ready:
        p.lacks(REPLACED, "cites a replaced instrument")


def growth(p: Plan, xs: list[float], cap: float = 1.25, what: str = "growth") -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < cap, f"{what} {y}: {xs[y] / xs[y - 1]:.2f}")


def bt01() -> Plan:
    p = Plan("bt01_mat_ong_rung_huong_quang_htx")
    jar, bulk, kg = p.row("Hũ mật ong 500 g"), p.row("Mật ong can bán buôn"), p.row("Tổng lượng mật tiêu thụ")
    hives, bought = p.row("Số đàn ong của thành viên"), p.row("Mật ong thu mua của thành viên")
    rev, rj, rb = p.row("Doanh thu|"), p.row("Hũ 500 g (150.000"), p.row("Mật can (220.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Thu mua mật (140.000", "Hũ, can, hộp, nhãn, tem", "Tiền lương",
                                 "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, quảng bá (5%",
                                 "Quản lý, kiểm nghiệm định kỳ")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [6, 7, 7]
    for y in Y:  # triệu đồng
        p.check(kg[y] == jar[y] * 0.5 + bulk[y] and bought[y] == hives[y] * 15 == kg[y], f"kg, 15 kg/đàn {y}")
        p.check(close(rj[y], jar[y] * 0.15) and close(rb[y], bulk[y] * 0.22) and close(rev[y], rj[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.14) and close(lines[1][y], jar[y] * 0.012 + bulk[y] * 0.003), f"honey, packaging {y}")
        p.check(close(lines[2][y], staff[y] * 6 * 12) and lines[3][y] == 60 and close(lines[4][y], [300, 200, 100][y] * 0.08)
                and close(lines[5][y], rev[y] * 0.05), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(kg[y] <= 150 * 120, f"processing capacity 18.000 kg {y}")
    growth(p, rev)
    p.check(close(kg[0] / 7500, 1.2) and rev[0] / 1800 < 1.3, "+20 % on 2026 (7.500 kg, 1,8 tỷ) with 100 more colonies")
    items = [p.one(x) for x in ("Nâng cấp nhà sơ chế", "Máy quay mật, máy hạ", "Máy chiết rót, đóng nắp",
                                "Thiết kế bao bì, tem", "Vốn lưu động thu mua")]
    p.check(sum(items) == p.one("Tổng cộng") == 780 == 480 + 300 and sum(items[:3]) == 540 == 60 * 9, "capital 780, fixed 540/9")
    avg = sum(post) / 3
    p.check(close(avg, 272.9, 0.001) and close(780 / (avg + 60), 2.3, 0.02), "average 272,9, payback 2,3")
    ch = p.row("Cộng", 2)
    p.check(ch == [jar[0], bulk[0]], "2027 sales by channel = plan")
    p.check(p.row("Cộng", 2, skip=1) == [6, 7], "staff table 6 / 7")
    p.check(close(lines[0][0] / 32, 39, 0.02), "39 triệu/hộ")
    p.has("150.000 đồng/hũ", "220.000 đồng/kg", "(202,3 + 255,4 + 361,0) : 3 ≈ 272,9", "780 : (272,9 + 60) ≈ 2,3 năm",
          "150 kg mật/ngày", "khoảng 18.000 kg/năm", "Tổng nguồn vốn 780 triệu đồng", "43/2017/NĐ-CP",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Tiêu chuẩn cơ sở", "Giấy chứng nhận đăng ký nhãn hiệu")
    clean(p)
    return p


def bt02() -> Plan:
    p = Plan("bt02_ruou_nep_cam_tung_loc_cty")
    ch, bi, lit, rice = (p.row("Rượu chai 500 ml (chai)"), p.row("Rượu bình gốm 2 lít"), p.row("Tổng sản lượng rượu"),
                         p.row("Gạo nếp cẩm sử dụng"))
    rev, rc, rb = p.row("Doanh thu|"), p.row("Chai 500 ml (180.000"), p.row("Bình 2 lít (600.000")
    cost = p.row("Tổng chi phí|")
    lines = [p.row(x) for x in ("Gạo nếp cẩm (30.000", "Men, củi, điện", "Chai, bình, hộp, nhãn", "Tiền lương", "Khấu hao|",
                                 "Lãi vay|", "Bán hàng (6%", "Quản lý, kiểm nghiệm, phí", "Thuế tiêu thụ đặc biệt")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [8, 9, 9]
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + bi[y] * 2 and close(rice[y], lit[y] * 1.25), f"litres, 1,25 kg rice/l {y}")
        p.check(close(rc[y], ch[y] * 0.18) and close(rb[y], bi[y] * 0.6) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.03) and close(lines[1][y], lit[y] * 0.005)
                and close(lines[2][y], ch[y] * 0.012 + bi[y] * 0.06), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and lines[4][y] == 100 and close(lines[5][y], [600, 400, 200][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.06) and close(lines[8][y], rev[y] * 0.4), f"wages, dep, interest, selling, excise {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(rice[y] <= 30000 and lit[y] <= 2 * 40 * 300, f"rice contract, still capacity {y}")
    growth(p, rev)
    p.check(close(lit[0] / 13500, 1.185, 0.01) and rev[0] / 4500 < 1.25, "+18,5 % on 2026")
    p.check(400 + 350 + 150 + 100 + 100 + 400 == 1500 == 900 + 600 and 400 + 350 + 150 + 100 == 1000, "capital 1,5 tỷ, fixed 1.000")
    avg = sum(post) / 3
    p.check(close(avg, 917.5, 0.001) and close(1500 / (avg + 100), 1.5, 0.03), "average 917,5, payback 1,5")
    p.check(p.row("Cộng", 2) == [ch[0], bi[0]] and p.row("Cộng", 2, skip=1) == [8, 9], "channels = plan; staff 8 / 9")
    p.has("180.000 đồng/chai", "600.000 đồng/bình", "Tổng vốn đầu tư 1,5 tỷ đồng", "(766,9 + 895,9 + 1.089,6) : 3 ≈ 917,5",
          "1.500 : (917,5 + 100) ≈ 1,5 năm", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
          "QCVN 6-3:2010/BYT", "hàm lượng etanol", "đăng ký môi trường", "30 tấn gạo nếp cẩm/năm")
    clean(p)
    return p


def bt03() -> Plan:
    p = Plan("bt03_non_la_thach_bang_tht")
    a, b, c, n = p.row("Nón lá thường"), p.row("Nón bài thơ cao cấp"), p.row("Nón mini lưu niệm"), p.row("Cộng", skip=1)
    rev, ra, rb, rc = p.row("Doanh thu|"), p.row("Nón thường (60.000"), p.row("Nón cao cấp (180.000"), p.row("Nón mini (45.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Lá nón (60.000", "Vành tre, chỉ cước", "Tiền công khoán", "Hộp, túi, tem nhãn", "Khấu hao|",
                                 "Lãi vay|", "Bán hàng, vận chuyển, hội chợ", "Quản lý, điện, chi khác", "Thuế khoán")]
    prof = p.row("Lợi nhuận|")
    for y in Y:  # nghìn đồng
        p.check(n[y] == a[y] + b[y] + c[y], f"count {y}")
        p.check(rev[y] == ra[y] + rb[y] + rc[y] == a[y] * 60 + b[y] * 180 + c[y] * 45, f"revenue {y}")
        leaf = a[y] * 0.12 + b[y] * 0.15 + c[y] * 0.04
        p.check(close(lines[0][y], leaf * 60) and close(lines[1][y], a[y] * 8 + b[y] * 15 + c[y] * 4)
                and close(lines[2][y], a[y] * 25 + b[y] * 70 + c[y] * 15) and close(lines[3][y], (b[y] + c[y]) * 10),
                f"leaf, parts, piece wages, boxes {y}")
        p.check(lines[4][y] == 20000 and close(lines[5][y], [60000, 40000, 20000][y] * 0.06) and close(lines[6][y], rev[y] * 0.08)
                and close(lines[8][y], rev[y] * 0.02), f"dep, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(leaf <= 1500 and a[y] / 2 + b[y] + c[y] / 5 <= 30 * 250, f"leaf contract, worker-days {y}")
    p.check([a[y] * 0.12 + b[y] * 0.15 + c[y] * 0.04 for y in Y] == [1065, 1190, 1300], "1.065 / 1.190 / 1.300 kg leaf")
    p.check([a[y] / 2 + b[y] + c[y] / 5 for y in Y] == [5100, 5750, 6300], "5.100 / 5.750 / 6.300 worker-days")
    growth(p, rev)
    y26 = 5500 * 60 + 1200 * 180 + 2500 * 45
    p.check(y26 == 658500 and rev[0] / y26 < 1.2, "2026 658,5 triệu, +16 %")
    p.check(close((a[0] * 25 + b[0] * 70 + c[0] * 15) / (5500 * 25 + 1200 * 70 + 2500 * 15), 1.158, 0.01), "wages +15 %")
    p.check(90 + 70 + 20 + 60 == 240 == 180 + 60 and (90 + 70) * 1000 / 8 == 20000, "capital 240, fixed 160/8")
    avg = sum(prof) / 3
    p.check(close(avg / 1000, 177.6, 0.001) and close(240000 / (avg + 20000), 1.2, 0.02), "average 177,6, payback 1,2")
    p.check(close(lines[2][0] / 30 / 1000, 10) and close(lines[2][2] / 30 / 1000, 12.5), "10–12,5 triệu/thợ")
    p.check(p.row("Cộng", 3) == [a[0], b[0], c[0]], "2027 channels = plan")
    p.has("60.000 đồng/chiếc", "180.000 đồng/chiếc", "45.000 đồng/chiếc", "Tổng vốn đầu tư 240 triệu đồng",
          "240 : (177,6 + 20) ≈ 1,2 năm", "1.500 kg/năm", "TCCS 01:2026/NLTB", "43/2017/NĐ-CP", "mã số thuế")
    clean(p)
    return p


def bt04() -> Plan:
    p = Plan("bt04_du_lich_sinh_thai_ngan_truoi_ctcp")
    nights, meals, acts, tickets = p.row("Đêm phòng"), p.row("Suất ăn"), p.row("Lượt trải nghiệm"), p.row("Lượt khách tham quan")
    staff = p.row("Cộng")
    rooms = [x * 0.6 for x in nights]
    food = [x * 0.15 for x in meals]
    trips = [x * 0.1 for x in acts]
    gate = [x * 0.03 for x in tickets]
    rev = [rooms[y] + food[y] + trips[y] + gate[y] for y in Y]
    cost = [food[y] * 0.45 + nights[y] * 0.12 + acts[y] * 0.03 + staff[y] * 6.5 * 12 + 240 + [1000, 750, 500][y] * 0.08
            + rev[y] * 0.08 + 150 for y in Y]
    summary = [p.row(f"{2027 + y}", 5) for y in Y]
    for y in Y:  # triệu đồng
        s = summary[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary {y}")
        rate = 0.15 if s[0] <= 3000 else 0.17
        p.check(close(s[3], s[2] * rate) and close(s[4], s[2] - s[3]), f"tax {rate} {y}")
        p.check(nights[y] <= 10 * 365, f"room capacity {y}")
    p.check([round(x) for x in rev] == [2840, 3300, 3760], "revenue 2.840 / 3.300 / 3.760")
    p.check([round(x, 1) for x in cost] == [2572.2, 2800.5, 3028.8], "cost 2.572,2 / 2.800,5 / 3.028,8")
    p.check(staff == [14, 15, 16], "staff 14 / 15 / 16")
    growth(p, rev)
    p.check(rev[0] / 2400 < 1.2 and 10 * 365 == 3650 and close(2500 / 3650, 0.68, 0.01), "+18 % on 2026, 68 % occupancy")
    p.check(1200 + 500 + 300 + 400 + 100 + 500 == 3000 == 2000 + 1000 and 1200 + 500 + 300 + 400 == 2400, "capital 3 tỷ, fixed 2.400")
    post = [s[4] for s in summary]
    p.check(close(sum(post) / 3, 416.4, 0.001) and close(3000 / (416.4 + 240), 4.6, 0.02), "average 416,4, payback 4,6")
    p.has("600.000 đồng/phòng/đêm", "150.000 đồng/suất", "100.000 đồng/lượt", "30.000 đồng/lượt",
          "1.900 đêm × 600.000 đồng = 1.140 triệu đồng", "6.000 suất × 150.000 đồng = 900 triệu đồng",
          "5.000 lượt × 100.000 đồng = 500 triệu đồng", "10.000 lượt × 30.000 đồng = 300 triệu đồng", "cộng 2.840 triệu đồng",
          "lưu trú 1.320 triệu, ăn uống 1.050 triệu, trải nghiệm 600 triệu, vé 330 triệu, cộng 3.300 triệu đồng",
          "lưu trú 1.500 triệu, ăn uống 1.200 triệu, trải nghiệm 700 triệu, vé 360 triệu, cộng 3.760 triệu đồng",
          "thực phẩm 405 triệu đồng", "228 triệu đồng (120.000 đồng/đêm phòng)", "150 triệu đồng (30.000 đồng/lượt)",
          "tiền lương 1.092 triệu đồng", "khấu hao 240 triệu đồng", "lãi vay 80 triệu đồng", "227,2 triệu đồng (8% doanh thu)",
          "cộng 2.572,2 triệu đồng", "thực phẩm 472,5; phòng 264; trải nghiệm 180; lương 1.170; khấu hao 240; lãi vay 60; quảng bá 264; quản lý 150; cộng 2.800,5",
          "thực phẩm 540; phòng 300; trải nghiệm 210; lương 1.248; khấu hao 240; lãi vay 40; quảng bá 300,8; quản lý 150; cộng 3.028,8",
          "Tổng vốn đầu tư 3 tỷ đồng", "(227,6 + 414,6 + 606,9) : 3 ≈ 416,4", "3.000 : (416,4 + 240) ≈ 4,6 năm",
          "10 × 365 = 3.650 đêm phòng/năm", "doanh thu khoảng 2,4 tỷ đồng", "bể tự hoại", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    clean(p)
    return p


BOILER_START = "Rủi ro về thời tiết, thiên tai, dịch bệnh"
BOILER_END = "ngày càng tốt hơn."


def boiler(p: Plan) -> str:
    i = p.body.index(BOILER_START)
    return p.body[i:p.body.index(BOILER_END, i) + len(BOILER_END)]


def bt05() -> Plan:
    p = Plan("bt05_che_vang_tui_loc_cam_quan_hkd")
    box, bag, dry, leaf = p.row("Trà túi lọc hộp 50 g"), p.row("Chè vằng khô gói 500 g"), p.row("Chè khô sử dụng"), p.row("Lá chè vằng tươi")
    rev, rx, rg = p.row("1|"), p.row("- Trà túi lọc (45.000"), p.row("- Chè khô (90.000")
    cost = p.row("2|")
    lines = [p.row(x) for x in ("- Lá chè vằng tươi", "- Túi lọc, hộp, túi zip", "- Điện sấy", "- Tiền công lao động",
                                 "- Khấu hao", "- Lãi vay", "- Bán hàng, quảng bá", "- Thuế khoán, chi khác")]
    prof = p.row("3|")
    staff = [4, 4, 5]
    for y in Y:  # triệu đồng
        p.check(dry[y] == box[y] * 0.05 + bag[y] * 0.5 and leaf[y] == dry[y] * 4, f"dry tea, 4:1 leaf {y}")
        p.check(close(rx[y], box[y] * 0.045) and close(rg[y], bag[y] * 0.09) and close(rev[y], rx[y] + rg[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 0.008) and close(lines[1][y], box[y] * 0.006 + bag[y] * 0.005)
                and close(lines[2][y], dry[y] * 0.003) and close(lines[3][y], staff[y] * 5 * 12) and lines[4][y] == 30
                and close(lines[5][y], [150, 100, 50][y] * 0.07), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(leaf[y] <= 4000 + 6000 and box[y] * 25 / 1500 <= 300, f"leaf supply 10 tấn, bagging hours {y}")
        p.check(prof[y] / rev[y] < 0.4, f"margin under 40 % {y}")
    growth(p, rev)
    y26 = 10500 * 0.045 + 1800 * 0.09
    p.check(close(y26, 634.5) and rev[0] / y26 < 1.2, "2026 634,5 triệu, +13 %")
    items = [p.one("Máy sấy điện|", skip=1), p.one("Máy cắt, máy nghiền thô|"), p.one("Máy đóng túi lọc tự động|", skip=1)]
    items += [p.one(x) for x in ("Cải tạo phòng đóng gói", "Thiết kế bao bì, kiểm nghiệm", "Vốn lưu động")]
    total = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == total == 350 and sum(items[:4]) == 240 == 30 * 8, "items = 350, fixed 240/8")
    p.has("vốn tự có của gia đình 150 triệu đồng", "vay Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Cẩm Xuyên 150 triệu đồng")
    p.check(off(150 + 150, total), "PLANTED sources 150 + 150 = 300 != 350 (−14,3 %)")
    p.lacks(r"[Tt]ổng nguồn vốn|[Cc]ộng nguồn vốn", "PLANTED no sources total written")
    avg = sum(prof) / 3
    p.check(avg == 296.5 and close(350 / (avg + 30), 1.1, 0.03), "average 296,5, payback 1,1 on the stated total")
    p.check(p.row("Cộng", 2) == [box[0], bag[0]], "2027 channels = plan")
    p.has("45.000 đồng/hộp", "90.000 đồng/gói", "Tổng vốn đầu tư của phương án là 350 triệu đồng",
          "(221,5 + 316,5 + 351,5) : 3 = 296,5", "350 : (296,5 + 30) ≈ 1,1 năm", "TCCS 01:2025/HN", "tự công bố",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.lacks(r"nhãn|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|bao bì ghi", "PLANTED no label, label content or labelling decree")
    p.check(p.count(BOILER_START) == 1, "one copy of the template risk section")
    clean(p)
    return p


def bt06() -> Plan:
    p = Plan("bt06_nuoc_mam_ca_com_thach_kim_cty")
    ch, can, lit, fish = p.row("Nước mắm chai 500 ml|"), p.row("Nước mắm can 2 lít|"), p.row("Tổng sản lượng"), p.row("Cá cơm nguyên liệu")
    rev, rc, rn = p.row("Tổng doanh thu"), p.row("Nước mắm chai 500 ml (65.000"), p.row("Nước mắm can 2 lít (110.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Cá cơm (18.000", "Muối (3.000", "Chai, can, nắp, nhãn, thùng", "Tiền lương",
                                 "Khấu hao tài sản cố định", "Lãi vay", "Chi phí bán hàng (8%", "Chi phí quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [10, 11, 12]
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + can[y] * 2 and close(fish[y], lit[y] * 1.2), f"litres, fish 1,2 kg/l {y}")
        p.check(close(rn[y], can[y] * 0.11) and close(rev[y], rc[y] + rn[y]), f"can revenue, total = rows {y}")
        p.check(close(lines[0][y], fish[y] * 0.018) and close(lines[1][y], fish[y] / 3 * 0.003)
                and close(lines[2][y], ch[y] * 0.007 + can[y] * 0.012) and close(lines[3][y], staff[y] * 6 * 12)
                and lines[4][y] == 120 and close(lines[5][y], [800, 600, 400][y] * 0.08) and close(lines[6][y], rev[y] * 0.08),
                f"costs on the stated revenue {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit consistent {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(fish[y] <= 60000 and fish[y] <= 40 * 1500, f"fish contract and vat capacity {y}")
    p.check(close(rc[0], ch[0] * 0.065) and close(rc[1], ch[1] * 0.065), "2027, 2028 bottle revenue right")
    true2 = ch[2] * 0.065
    p.check(true2 == 3380 and off(rc[2], true2) and close(rc[2], ch[2] * 0.075), "PLANTED 2029 bottles 3.900 != 52.000 × 65.000 = 3.380 (75.000 used)")
    true_rev = true2 + rn[2]
    p.check(true_rev == 4260 and off(rev[2], true_rev), "PLANTED 2029 revenue 4.780 != 4.260 (+12,2 %)")
    p.check(rev[2] / rev[1] > 1.25 and lit[2] / lit[1] < 1.15, "tolerated knock-on: stated revenue +27 % on +13,5 % volume")
    true_cost = cost[2] - lines[6][2] + true_rev * 0.08
    true_post = (true_rev - true_cost) * 0.83
    avg, true_avg = sum(post) / 3, (post[0] + post[1] + true_post) / 3
    p.check(close(avg, 1045, 0.001) and close(2000 / (avg + 120), 1.7, 0.02), "stated 1.045, 1,7 years")
    p.check(close(2000 / (true_avg + 120), 1.94, 0.01) and off(1.7, 2000 / (true_avg + 120)), "tolerated knock-on: true payback 1,9")
    growth(p, rev[:2] + [true_rev])
    p.check(close(lit[0] / 28000, 1.14, 0.01) and rev[0] / 2850 < 1.2, "+14 % on 2026")
    p.check(600 + 300 + 250 + 50 + 100 + 700 == 2000 == 1200 + 800 and 600 + 300 + 250 + 50 == 1200, "capital 2 tỷ, fixed 1.200")
    p.check(p.row("Cộng", 2) == [ch[0], can[0]], "2027 channels = plan")
    p.has("65.000 đồng/chai", "110.000 đồng/can", "Tổng vốn đầu tư 2 tỷ đồng", "(716,8 + 912,7 + 1.505,6) : 3 ≈ 1.045",
          "2.000 : (1.045 + 120) ≈ 1,7 năm", "tổng 60 tấn", "TCVN 5107:2018")
    p.has("Nghị định số 38/2012/NĐ-CP", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|15/2018", "PLANTED the replacing instruments are not cited")
    p.lacks(r"môi trường|nước thải|xử lý|chất thải|\brác\b|bể lắng|hố lắng|khử mùi|mùi hôi|ô nhiễm|bể tự hoại|nước rửa",
            "PLANTED no environmental measure anywhere")
    clean(p, ready=False)
    return p


def bt07() -> Plan:
    p = Plan("bt07_ruou_sim_rung_ky_lac_tht")
    ch, can, lit, rice = p.row("Rượu sim chai 500 ml"), p.row("Rượu sim can 2 lít"), p.row("Tổng sản lượng"), p.row("Gạo nếp|")
    rev, rc, rn = p.row("Doanh thu|"), p.row("Chai 500 ml (150.000"), p.row("Can 2 lít (280.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Gạo nếp (25.000", "Quả sim (30.000", "Men, củi, điện", "Chai, can, nút, hộp, nhãn", "Tiền công",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Thuế tiêu thụ đặc biệt")]
    prof = p.row("Lợi nhuận|")
    workers = [5, 5, 6]
    sim = [x * 0.4 for x in lit]
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + can[y] * 2 and rice[y] == lit[y], f"litres, 1 kg rice/l {y}")
        p.check(close(rc[y], ch[y] * 0.15) and close(rn[y], can[y] * 0.28) and close(rev[y], rc[y] + rn[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.025) and close(lines[1][y], sim[y] * 0.03) and close(lines[2][y], lit[y] * 0.004)
                and close(lines[3][y], ch[y] * 0.015 + can[y] * 0.02) and close(lines[4][y], workers[y] * 5 * 12)
                and lines[5][y] == 50 and close(lines[6][y], [200, 150, 100][y] * 0.07) and close(lines[8][y], rev[y] * 0.4),
                f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rice[y] <= 12000 and lit[y] * 0.8 <= 2 * 20 * 250, f"rice contract, still capacity {y}")
    supply = 20 * 120 + 500
    p.check(supply == 2900 and all(sim[y] > supply and off(sim[y], supply) for y in Y),
            "PLANTED sim need 3.200 / 3.600 / 4.000 kg > 2.900 kg supply")
    p.check(close(sim[0] / supply, 1.103, 0.001) and close(sim[2] / supply, 1.379, 0.001), "short 10 % to 38 %")
    p.has("mỗi hộ khoảng 120 kg/mùa", "khoảng 500 kg/mùa, tổng cộng 2.900 kg/năm", "bảo đảm đủ nguyên liệu", "0,4 kg quả sim chín")
    avg = sum(prof) / 3
    p.check(avg == 340.5 and off(3.5, 700 / avg) and off(3.5, 700 / (avg + 50)),
            "PLANTED payback 3,5 years != 700 : 340,5 = 2,1 (1,8 with depreciation)")
    p.has("(296 + 360,5 + 365) : 3 = 340,5 triệu đồng/năm", "Thời gian hoàn vốn dự kiến khoảng 3,5 năm")
    p.check(200 + 150 + 80 + 70 + 60 + 140 == 700 == 500 + 200 and 200 + 150 + 80 + 70 == 500, "capital 700, fixed 500")
    growth(p, rev)
    p.check(rev[0] / 1700 < 1.25 and close(lit[0] / 7000, 1.14, 0.01), "+14 % on 2026")
    p.check(p.row("Cộng", 2) == [ch[0], can[0]], "2027 channels = plan")
    p.check(close(120 * 0.03, 3.6), "3,6 triệu/hộ")
    p.has("150.000 đồng/chai", "280.000 đồng/can", "Tổng vốn đầu tư 700 triệu đồng", "QCVN 6-3:2010/BYT", "nồng độ cồn 29% vol",
          "đăng ký môi trường")
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|phép sản xuất", "PLANTED no alcohol production licence held or planned")
    clean(p)
    return p


def bt08() -> Plan:
    p = Plan("bt08_cam_bu_son_linh_htx")
    tot, g1, g2, area = (p.row("Tổng sản lượng cam tiêu thụ"), p.row("Cam loại 1 (hộp, thùng)"), p.row("Cam loại 2 (bán buôn)"),
                         p.row("Diện tích cho thu hoạch"))
    rev, r1, r2 = p.row("Doanh thu|"), p.row("Cam loại 1 (45.000"), p.row("Cam loại 2 (25.000")
    lines = [p.row(x) for x in ("Thu mua cam của thành viên", "Hộp, thùng carton, tem", "Vận chuyển, bán hàng", "Lương bộ máy",
                                 "Điện kho mát", "Khấu hao", "Lãi vay", "Quản lý, chi khác")]
    stated = p.row("Cộng chi phí")
    pre = p.row("Lợi nhuận trước thuế")
    for y in Y:  # tỷ đồng
        p.check(tot[y] == g1[y] + g2[y] and close(g1[y], tot[y] * 0.4), f"grades, 40 % grade 1 {y}")
        p.check(close(r1[y], g1[y] * 0.045) and close(r2[y], g2[y] * 0.025) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], tot[y] * 0.02) and close(lines[1][y], g1[y] * 0.003) and close(lines[2][y], tot[y] * 0.0015)
                and close(lines[3][y], 8 * 7 * 12 / 1000) and close(lines[6][y], [1.0, 0.75, 0.5][y] * 0.08), f"cost lines {y}")
        items = lines_sum(lines, y)
        p.check(close(stated[y], items - lines[1][y] - lines[2][y]), f"stated total = items without rows 2 and 3 {y}")
        p.check(off(stated[y], items), f"PLANTED 'Cộng chi phí' {stated[y]} != items {items:.3f} {y}")
        p.check(close(pre[y], rev[y] - stated[y]) and off(pre[y], rev[y] - items), f"tolerated: profit on the short total {y}")
        p.check(area[y] == 30, f"same 30 ha {y}")
    p.check([round(lines_sum(lines, y), 3) for y in Y] == [9.167, 14.822, 22.293], "items 9,167 / 14,822 / 22,293")
    p.check(tot[1] / tot[0] > 1.5 and tot[2] / tot[1] > 1.5 and rev[1] / rev[0] > 1.5 and rev[2] / rev[1] > 1.5,
            "PLANTED output and revenue +71 % and +55 % a year on the same 30 ha")
    p.has("không mở rộng diện tích", "Tổng cộng 8 người hưởng lương")
    p.check(close(tot[0] / 320, 1.094, 0.01) and close(rev[0] / 10.56, 1.094, 0.01), "2027 +9 % on 2026 (320 tấn, 10,56 tỷ)")
    p.check(close(2.5 / pre[0], 0.75, 0.01) and close(2.5 / (rev[0] - lines_sum(lines, 0) + 0.2), 0.97, 0.01),
            "tolerated knock-on: payback 0,75 stated, 0,97 on the items")
    p.check(1.2 + 0.5 + 0.3 + 0.1 + 0.4 == 2.5 == 1.5 + 1.0, "capital 2,5 tỷ")
    p.check(p.row("Cộng", 2) == [g1[0], g2[0]], "2027 channels = plan")
    p.has("45.000 đồng/kg", "25.000 đồng/kg", "Tổng vốn đầu tư 2,5 tỷ đồng", "2,5 : 3,328 ≈ 0,75 năm", "VietGAP")
    p.check(p.count(BOILER_START) == 1, "one copy of the template risk section")
    clean(p, ready=False)
    return p


def bt09() -> Plan:
    p = Plan("bt09_banh_gai_truong_luu_ctcp")
    box, loose, n = p.row("Bánh gai hộp 10 chiếc"), p.row("Bánh gai lẻ bán buôn"), p.row("Tổng số bánh")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Nguyên liệu (2.900", "Hộp, túi, nhãn", "Tiền lương", "Điện, gas", "Khấu hao", "Lãi vay",
                                 "Bán hàng (6%", "Quản lý, chi khác")]
    res = [p.row(f"{2027 + y}", 5) for y in Y]
    staff = p.row("Cộng", 3)
    rev = [box[y] * 75 + loose[y] * 6.5 for y in Y]  # nghìn đồng
    for y in Y:
        p.check(n[y] == box[y] * 10 + loose[y], f"count {y}")
        p.check(close(res[y][0], rev[y]) and close(res[y][1], cost[y]), f"revenue, cost in the result table {y}")
        p.check(close(lines[0][y], n[y] * 2.9) and close(lines[1][y], box[y] * 6 + loose[y] * 0.1)
                and close(lines[2][y], staff[y] * 5500 * 12) and close(lines[3][y], n[y] * 0.3) and lines[4][y] == 80000
                and close(lines[5][y], [600000, 400000, 200000][y] * 0.08) and close(lines[6][y], rev[y] * 0.06), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost total {y}")
        p.check(close(res[y][3], res[y][2] * 0.17) and close(res[y][4], res[y][2] - res[y][3]), f"tax on the stated profit {y}")
        p.check(n[y] * 0.04 <= 30000 and n[y] * 0.015 <= 12000 and n[y] * 0.005 <= 4000, f"rice, beans, leaves within contracts {y}")
        p.check(off(n[y], 1500 * 300) and n[y] > 1500 * 300, f"PLANTED output {n[y]:.0f} > 450.000 capacity {y}")
    p.check(close(res[0][2], rev[0] - cost[0]) and close(res[2][2], rev[2] - cost[2]), "2027, 2029 profit right")
    p.check(rev[1] - cost[1] == 661300 and off(res[1][2], rev[1] - cost[1]), "PLANTED 2028 profit 761.300 != 661.300 (+15,1 %)")
    p.check([round(n[y] / 450000 - 1, 2) for y in Y] == [0.11, 0.27, 0.42], "capacity exceeded by 11 / 27 / 42 %")
    p.has("khoảng 1.500 chiếc/ngày, làm việc 300 ngày/năm, đáp ứng đủ kế hoạch")
    avg = sum(r[4] for r in res) / 3
    true_avg = (res[0][4] + (rev[1] - cost[1]) * 0.83 + res[2][4]) / 3
    p.check(close(avg, 576546, 0.0001) and close(1500000 / (avg + 80000), 2.3, 0.02), "stated 576.546, 2,3 years")
    p.check(close(1500000 / (true_avg + 80000), 2.38, 0.01), "tolerated knock-on: true payback 2,4")
    p.check(400 + 300 + 100 + 100 + 600 == 1500 == 900 + 600 and 400 + 300 + 100 == 800, "capital 1,5 tỷ, fixed 800")
    growth(p, rev)
    p.check(close(n[0] / 420000, 1.19, 0.01) and rev[0] / 3e6 < 1.2, "+19 % on 2026")
    p.check(p.row("Cộng", 2) == [box[0], loose[0]] and staff == [12, 13, 14], "2027 channels = plan; staff 12 / 13 / 14")
    p.has("75.000 đồng/hộp", "6.500 đồng/chiếc", "Tổng vốn đầu tư 1,5 tỷ đồng", "1.500.000 : (576.546 + 80.000) ≈ 2,3 năm",
          "2.250.000 + 1.300.000", "2.550.000 + 1.495.000", "2.850.000 + 1.690.000", "43/2017/NĐ-CP",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|QCVN|TCVN|quy chuẩn|hợp quy|hợp chuẩn|phòng thí nghiệm",
            "PLANTED no product standard, declaration or lab test")
    clean(p)
    return p


def bt10() -> Plan:
    p = Plan("bt10_dan_coi_thach_lac_co_so")
    g, t, h, n = p.row("Giỏ cói"), p.row("Thảm cói"), p.row("Hộp cói"), p.row("Tổng số sản phẩm")
    rev = p.row("Doanh thu")
    lines = [p.row(x) for x in ("Cói khô (20.000", "Quai, khung, màu", "Tiền công khoán", "Túi, tem (3.000", "Khấu hao",
                                 "Bán hàng, vận chuyển", "Điện, lãi vay, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận")
    for y in Y:  # đồng
        p.check(n[y] == g[y] + t[y] + h[y], f"count {y}")
        p.check(rev[y] == g[y] * 85000 + t[y] * 120000 + h[y] * 45000, f"revenue {y}")
        sedge = g[y] * 0.5 + t[y] * 1.2 + h[y] * 0.25
        p.check(close(lines[0][y], sedge * 20000) and close(lines[1][y], n[y] * 8000)
                and close(lines[2][y], g[y] * 35000 + t[y] * 45000 + h[y] * 18000) and close(lines[3][y], n[y] * 3000)
                and lines[4][y] == 15e6, f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(sedge <= 8000 and g[y] / 3 + t[y] / 2 + h[y] / 6 <= 18 * 250, f"sedge supply, worker-days {y}")
    p.check([g[y] * 0.5 + t[y] * 1.2 + h[y] * 0.25 for y in Y] == [4550, 5165, 5780], "4.550 / 5.165 / 5.780 kg")
    growth(p, rev)
    y26 = 3600 * 85000 + 1300 * 120000 + 2600 * 45000
    p.check(close(y26 / 1e6, 580, 0.01) and rev[0] / y26 < 1.2, "2026 about 580 triệu, +13 %")
    p.check(60 + 60 + 10 + 20 == 150 == 100 + 50 and close(120 / 8, 15), "capital 150, fixed 120/8")
    p.check(sum(prof) / 3 == 155e6 and close(150 / (155 + 15), 0.9, 0.03), "average 155, payback 0,9")
    p.check(p.row("Cộng", 3) == [g[0], t[0], h[0]], "2027 channels = plan")
    p.has("340 triệu đồng (4.000 × 85.000)", "180 triệu đồng (1.500 × 120.000)", "135 triệu đồng (3.000 × 45.000)",
          "Tổng vốn đầu tư 150 triệu đồng", "150 : (155 + 15) ≈ 0,9 năm", "85.000 đồng/chiếc", "120.000 đồng/chiếc")
    # PLANTED figure-inconsistent: 25 workers in section 1, 6 + 12 = 18 in section 9
    p.has("Đến nay cơ sở có 25 lao động", "6 thợ chính làm tại xưởng và 12 hộ nhận cói về đan tại nhà, tổng cộng 18 lao động")
    p.check(p.row("Cộng", 1, skip=1) == [18] and off(25, 18), "PLANTED 25 != 18 workers (39 %)")
    p.check(p.count("Cơ sở thêu ren Minh Châu") == 2 and p.count("Cơ sở đan cói Hải Yến") >= 1,
            "PLANTED a second producer name, twice")
    p.lacks(r"đăng ký|mã số thuế|hộ kinh doanh|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|thành lập|giấy phép",
            "PLANTED no business registration or plan to register")
    clean(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("bt11_cheo_thach_son_so_sai")
    a.has("khoảng 300 hũ", "khoảng 50 triệu đồng", "tăng gấp đôi", "giấy chứng nhận đăng ký hộ kinh doanh")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 300, "no table, a third of a page")
    a.lacks(r"\d+\.\d{3} ?(đồng|đ)\b|đồng/|doanh thu|lợi nhuận|an toàn thực phẩm|nhãn|công bố|tiêu chuẩn", "no price, finance or compliance")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("bt12_tinh_dau_sa_ky_son_so_sai")
    b.has("khoảng 2 ha sả", "6 thành viên", "1 nồi chưng cất")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 350, "no table, under half a page")
    b.lacks(r"đồng|doanh thu|lợi nhuận|đăng ký|mã số thuế|giấy chứng nhận|nhãn|tiêu chuẩn|môi trường", "no money, registration or compliance")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def cross(plans: dict[str, Plan]) -> Plan:
    """PLANTED boilerplate: bt05's and bt08's risk sections are the same consultant template, word for word."""
    p05, p08 = plans["bt05"], plans["bt08"]
    t05, t08 = boiler(p05), boiler(p08)
    p05.check(t05 == t08 and len(t05.split()) > 250, "PLANTED bt05 risks == bt08 risks (template, > 250 words)")
    p05.check(not re.search(r"\d", t05) and "chè" not in t05 and "cam" not in t05.lower().replace("cảm", ""),
              "the template names no product, place or number")
    for k, p in plans.items():
        if k not in ("bt05", "bt08"):
            p.check(BOILER_START not in p.body, "template risk text only in bt05 and bt08")
    return p05


def main() -> int:
    fns = (bt01, bt02, bt03, bt04, bt05, bt06, bt07, bt08, bt09, bt10)
    plans = {fn.__name__: fn() for fn in fns}
    cross(plans)
    return plancheck.report(list(plans.values()) + sketchy())


if __name__ == "__main__":
    sys.exit(main())
