"""Set 77's own arithmetic, recomputed from the plans' sources: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout77/arithmetic.py

For every plan: revenue = quantity x price per line, cost lines sum to the total, profit =
revenue - cost, tax, investment items = capital sources = total, depreciation, interest, payback,
raw-material need vs supply, output vs equipment or labour capacity, growth on the last actual
year. Table figures are read from the plan's source (tests/holdout/plancheck.py); figures quoted
in running text are looked up verbatim, so the numbers cannot drift from the text. Planted
numeric defects are asserted wrong by more than 5 % with the true value computed; every other
number is asserted right within 1 %. Textual planted defects are asserted by the absence (or
presence) of their words; ready plans cite no replaced instrument and no district-level body;
no plan but bz10 holds a template placeholder.
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


REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|01/2021/NĐ-CP|123/2018|"
            r"cấp huyện|UBND huyện|Phòng Nông nghiệp")


def ready_text(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")


def bz01() -> Plan:
    p = Plan("bz01_mat_ong_hoa_rung_ngan_truoi_htx")
    lo, chai, bulk, kg = (p.row("Mật ong lọ 500 g"), p.row("Mật ong chai 1 kg"), p.row("Mật ong bán buôn"),
                          p.row("Tổng mật ong thành phẩm"))
    col, own, bought, supply, need = (p.row("Số đàn ong của thành viên", skip=1), p.row("Mật ong của thành viên (12"),
                                      p.row("Mật mua của hộ liên kết"), p.row("Tổng nguồn mật nguyên liệu"),
                                      p.row("Nhu cầu mật nguyên liệu"))
    rev, rl, rc, rb = (p.row("Doanh thu |", skip=1), p.row("Mật lọ 500 g (180.000"), p.row("Mật chai 1 kg (330.000"),
                       p.row("Mật bán buôn (220.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mật nguyên liệu (150.000", "Lọ, chai, can", "Tiền lương", "Khấu hao tài sản",
                                 "Lãi vay", "Bán hàng, quảng bá", "Điện, kiểm nghiệm")]
    prof, staff = p.row("Lợi nhuận trước thuế"), p.row("Tổng số")
    for y in Y:  # triệu đồng
        p.check(kg[y] == lo[y] * 0.5 + chai[y] + bulk[y] and close(need[y], kg[y] * 1.04), f"kg, need 1,04 {y}")
        p.check(own[y] == col[y] * 12 and bought[y] == 1500 and supply[y] == own[y] + bought[y] and supply[y] > need[y],
                f"supply = colonies × 12 + 1.500 ≥ need {y}")
        p.check(close(rl[y], lo[y] * 0.18) and close(rc[y], chai[y] * 0.33) and close(rb[y], bulk[y] * 0.22)
                and close(rev[y], rl[y] + rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 0.15) and close(lines[1][y], lo[y] * 0.009 + chai[y] * 0.012 + bulk[y] * 0.002)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[3][y], 60)
                and close(lines[4][y], [450, 300, 150][y] * 0.07) and close(lines[5][y], rev[y] * 0.04)
                and close(lines[6][y], 70), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(need[y] <= 200 * 150, f"dryer 30.000 kg/năm {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Nhà sơ chế, đóng lọ và kho", "Máy móc, thiết bị (Bảng 4)", "Thùng ong và đàn giống",
                                "Bao bì, thiết kế nhãn", "Vốn lưu động thu mua mật")]
    equip = [p.one(x) for x in ("Máy hạ thủy phần mật ong", "Máy lọc mật 3 cấp", "Máy chiết rót", "Bồn inox 500 lít",
                                "Máy quay mật inox")]
    p.check(sum(equip) == p.one("Cộng |") == items[1] == 200, "equipment 200")
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == p.one("Vốn góp bổ sung") + p.one("Vay Ngân hàng")
            == p.one("Tổng cộng", skip=1), "capital 1.000 = items = sources")
    p.check(items[0] + items[1] + items[2] == 600 and items[2] == 160 * 1, "fixed 600, 160 colonies × 1 triệu")
    avg = sum(prof) / 3
    p.check(close(avg, 522.4, 0.001) and close(1000 / (avg + 60), 1.7, 0.02), "average 522,4; payback 1,7 with depreciation")
    p.check(close(kg[0] / 6100, 1.23, 0.01) and close(kg[1] / kg[0], 1.133, 0.01) and close(kg[2] / kg[1], 1.118, 0.01),
            "+23 % on 2025, then 12–13 %")
    p.check(all(0.07 <= supply[y] / need[y] - 1 <= 0.12 for y in Y), "supply 7–12 % above need")
    p.check(close(own[0] * 0.15 / 26, 41.5, 0.01) and close(own[2] * 0.15 / 26, 52.6, 0.01), "member income 41,5 → 52,6")
    p.check(all(0.17 <= prof[y] / rev[y] <= 0.221 for y in Y), "margin 17–22 %")
    p.has("180.000 đồng/lọ", "330.000 đồng/chai", "220.000 đồng/kg", "(399,7 + 498,4 + 669,1) : 3 ≈ 522,4",
          "1.000 : (522,4 + 60) ≈ 1,7 năm", "khoảng 30.000 kg mật/năm", "12 kg mật/đàn/năm", "1.500 kg/năm",
          "31,5 triệu, 21 triệu và 10,5 triệu đồng", "Tổng vốn đầu tư là 1.000 triệu đồng", "TCCS 01:2026/ONT",
          "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP", "Giấy chứng nhận đăng ký hợp tác xã mã số 3001986452")
    ready_text(p)
    return p


def bz02() -> Plan:
    p = Plan("bz02_dan_giang_son_hong_tht")
    g, k, h, n = (p.row("Giỏ giang có quai (chiếc)"), p.row("Khay giang tròn (chiếc)"), p.row("Hộp quà giang có nắp (hộp)"),
                  p.row("Tổng số sản phẩm"))
    need, supply = p.row("Nhu cầu giang"), p.row("Nguồn cung theo hợp đồng")
    rev, rg, rk, rh = (p.row("Doanh thu |"), p.row("Giỏ giang (85.000"), p.row("Khay giang (45.000"),
                       p.row("Hộp quà (120.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cây giang (8.000", "Mây nẹp, dầu bóng", "Tiền công đan khoán", "Bao bì, tem nhãn (3.000",
                                 "Khấu hao |", "Lãi vay |", "Điện, nhiên liệu sấy", "Bán hàng, vận chuyển (6%",
                                 "Thù lao quản lý")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # đồng
        p.check(n[y] == g[y] + k[y] + h[y] and need[y] == g[y] * 2 + k[y] + h[y] * 1.5 and supply[y] == 25000
                and need[y] <= supply[y], f"giang need ≤ 25.000 cây {y}")
        p.check(rg[y] == g[y] * 85000 and rk[y] == k[y] * 45000 and rh[y] == h[y] * 120000
                and rev[y] == rg[y] + rk[y] + rh[y], f"revenue {y}")
        p.check(lines[0][y] == need[y] * 8000 and lines[1][y] == g[y] * 6000 + k[y] * 3000 + h[y] * 8000
                and lines[2][y] == g[y] * 30000 + k[y] * 15000 + h[y] * 40000 and lines[3][y] == n[y] * 3000
                and lines[4][y] == 24e6 and close(lines[5][y], [120e6, 80e6, 40e6][y] * 0.07) and lines[6][y] == 18e6
                and close(lines[7][y], rev[y] * 0.06) and lines[8][y] == 36e6, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(g[y] * 0.5 + k[y] * 0.25 + h[y] * 0.6 <= 30 * 250, f"weaving days ≤ 7.500 {y}")
        if y:
            p.check(1.12 <= rev[y] / rev[y - 1] <= 1.15, f"growth 12–14 % {y}")
    p.check(g[0] * 0.5 + k[0] * 0.25 + h[0] * 0.6 == 5300 and g[2] * 0.5 + k[2] * 0.25 + h[2] * 0.6 == 6775,
            "5.300 and 6.775 ngày công")
    items = [p.one(x) for x in ("Nhà xưởng sơ chế và kho", "Lò sấy nan |", "Máy chẻ nan, máy vót nan |",
                                "Hệ thống hút bụi, buồng phun", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 400e6 == p.one("Vốn góp của thành viên") + p.one("Vay Ngân hàng")
            == p.one("Tổng cộng", skip=1), "capital 400.000.000 = items = sources")
    p.check(sum(items[:4]) == 240e6 and close(240e6 / 10, lines[4][0]), "fixed 240.000.000, depreciation 24.000.000")
    p.check(p.one("Lò sấy nan đốt") == items[1] and p.one("Máy chẻ nan, máy vót nan", skip=0) == items[2], "equipment = items")
    avg = sum(prof) / 3
    p.check(close(avg, 292746667, 0.0001) and close(400e6 / avg, 1.4, 0.03), "average 292.746.667, payback 1,4")
    true25 = 3400 * 80000 + 5200 * 42000 + 2400 * 110000
    p.check(true25 == 754.4e6 and close(rev[0] / true25, 1.286, 0.01), "+28,6 % on 2025")
    p.check(close(lines[2][0] / 30, 11e6) and close(lines[2][2] / 30, 14.08e6, 0.01), "11–14 triệu per weaver")
    p.has("85.000 đồng/chiếc", "45.000 đồng/chiếc", "120.000 đồng/hộp", "25.000 cây/năm",
          "(242.400.000 + 293.190.000 + 342.650.000) : 3 ≈ 292.746.667", "400.000.000 : 292.746.667 ≈ 1,4 năm",
          "năng lực là 7.500 ngày công/năm", "mã số thuế 3002465871", "TCCS 01:2026/ĐGSH")
    ready_text(p)
    return p


def bz03() -> Plan:
    p = Plan("bz03_du_lich_lang_nghe_ha_linh_cty")
    day, nights, meals = [9000, 10000, 11000], [2400, 2700, 3000], [8000, 9000, 10000]
    rd, rn, rm = [d * 0.25 for d in day], [n * 0.5 for n in nights], [m * 0.15 for m in meals]  # triệu đồng
    rev = [rd[y] + rn[y] + rm[y] for y in Y]
    food, supplies, mat, art = [x * 0.5 for x in rm], [n * 0.08 for n in nights], [d * 0.04 for d in day], [d * 0.03 for d in day]
    wages = [s * 7 * 12 for s in p.row("Tổng số")]
    cost = [food[y] + supplies[y] + mat[y] + art[y] + wages[y] + 300 + [120, 96, 72][y] + rev[y] * 0.06 + 180 for y in Y]
    pre = [rev[y] - cost[y] for y in Y]
    tax = [x * 0.17 for x in pre]
    post = [pre[y] - tax[y] for y in Y]
    p.check(p.row("Tổng số") == [18, 19, 20], "staff 18 / 19 / 20")
    p.check([round(x, 2) for x in rev] == [4650, 5200, 5750], "revenue 4,65 / 5,2 / 5,75 tỷ")
    p.check([round(x) for x in cost] == [3813, 4075, 4337], "cost 3.813 / 4.075 / 4.337")
    p.check([round(x) for x in pre] == [837, 1125, 1413], "pre-tax profit")
    p.check([round(x, 1) for x in tax] == [142.3, 191.2, 240.2] or [round(x, 2) for x in tax] == [142.29, 191.25, 240.21],
            "17 % tax")
    avg = sum(post) / 3
    p.check(close(avg, 933.75, 0.001) and close(3600 / avg, 3.9, 0.02) and close(3600 / (avg + 300), 2.9, 0.02),
            "average 933,8; payback 3,9 (2,9 with depreciation)")
    p.check(1200 + 800 + 500 + 500 + 200 + 400 == 3600 == 2100 + 1500 and 1200 + 800 + 500 + 500 == 3000
            and close(3000 / 10, 300), "capital 3,6 tỷ = items = sources; fixed 3,0; depreciation 300")
    p.check(nights[2] <= 12 * 365 and close(nights[0] / 4380, 0.55, 0.01) and close(nights[2] / 4380, 0.68, 0.01),
            "room-nights within 4.380; 55–68 %")
    p.check(day[2] <= 60 * 2 * 300 and 60 * 2 * 300 == 36000, "workshop 36.000 visitors/năm")
    base25 = 8000 * 0.23 + 2000 * 0.48 + 7000 * 0.15
    p.check(close(base25, 3850) and close(rev[0] / base25, 1.208, 0.01), "2025 3,85 tỷ; +20,8 %")
    p.check(all(0.145 <= post[y] / rev[y] <= 0.205 for y in Y), "after-tax margin about 15–20 %")
    p.check(close(sum(art[:1]), 270) and close(art[2], 330), "artisans 270–330 triệu")
    p.has("250.000 đồng/khách", "500.000 đồng/phòng/đêm", "150.000 đồng/suất",
          "9.000 khách × 250.000 đồng = 2,25 tỷ đồng", "2.400 đêm × 500.000 đồng = 1,2 tỷ đồng",
          "8.000 suất × 150.000 đồng = 1,2 tỷ đồng", "tổng cộng 4,65 tỷ đồng",
          "Năm 2028 doanh thu 5,2 tỷ đồng (trải nghiệm 2,5 tỷ, lưu trú 1,35 tỷ, ăn uống 1,35 tỷ)",
          "Năm 2029 doanh thu 5,75 tỷ đồng (trải nghiệm 2,75 tỷ, lưu trú 1,5 tỷ, ăn uống 1,5 tỷ)",
          "thực phẩm cho nhà ăn 600 triệu đồng", "đồ dùng phòng, giặt là 192 triệu đồng", "vật liệu trải nghiệm 360 triệu đồng",
          "thù lao nghệ nhân 270 triệu đồng", "tiền lương 18 lao động 1.512 triệu đồng", "khấu hao 300 triệu đồng",
          "lãi vay 120 triệu đồng", "quảng bá, hoa hồng 279 triệu đồng", "chi khác 180 triệu đồng",
          "Tổng chi phí năm 2027 là 3.813 triệu đồng",
          "Năm 2028 tổng chi phí 4.075 triệu đồng (thực phẩm 675 triệu, đồ dùng phòng 216 triệu, vật liệu 400 triệu, thù lao nghệ nhân 300 triệu, tiền lương 1.596 triệu, khấu hao 300 triệu, lãi vay 96 triệu, quảng bá 312 triệu, chi khác 180 triệu)",
          "Năm 2029 tổng chi phí 4.337 triệu đồng (thực phẩm 750 triệu, đồ dùng phòng 240 triệu, vật liệu 440 triệu, thù lao nghệ nhân 330 triệu, tiền lương 1.680 triệu, khấu hao 300 triệu, lãi vay 72 triệu, quảng bá 345 triệu, chi khác 180 triệu)",
          "837 triệu đồng (2027), 1.125 triệu đồng (2028) và 1.413 triệu đồng (2029)",
          "142,3 triệu, 191,3 triệu và 240,2 triệu đồng", "694,7 triệu, 933,8 triệu và 1.172,8 triệu đồng",
          "3.600 : 933,8 ≈ 3,9 năm", "Tổng vốn đầu tư của phương án là 3,6 tỷ đồng", "vốn chủ sở hữu của công ty 2,1 tỷ đồng",
          "1,5 tỷ đồng, thời hạn 5 năm, lãi suất 8%/năm, trả gốc 300 triệu đồng/năm", "12 phòng × 365 ngày = 4.380 đêm phòng",
          "TCVN 7800:2017", "mã số 3002519846")
    ready_text(p)
    return p


def bz04() -> Plan:
    p = Plan("bz04_cao_xa_den_ngan_pho_ctcp")
    cao, tra, herb = p.row("Cao xạ đen hũ 100 g"), p.row("Trà túi lọc xạ đen hộp 25 túi"), p.row("Dược liệu khô sử dụng")
    need, supply, staff = p.row("Nhu cầu dược liệu khô"), p.row("Sản lượng dược liệu khô (0,6"), p.row("Tổng số")
    lines = [p.row(x) for x in ("Dược liệu khô (70.000", "Bao bì (hũ", "Tiền lương", "Năng lượng", "Khấu hao", "Lãi vay",
                                 "Bán hàng, quảng bá (10%", "Quản lý, kiểm nghiệm")]
    cost = p.row("Tổng chi phí |")
    summary = [p.row(f"Năm {2027 + y}", 5) for y in Y]  # YEARS AS ROWS, tỷ đồng: revenue, cost, pre-tax, tax, after-tax
    rev = [cao[y] * 0.35 + tra[y] * 0.08 for y in Y]  # triệu đồng
    for y in Y:
        p.check(herb[y] == cao[y] * 0.1 * 10 + tra[y] * 0.05 and need[y] == herb[y], f"herb 1 kg/hũ + 50 g/hộp {y}")
        p.check(supply[y] == 35 * 0.6 * 1000 and herb[y] <= supply[y], f"herb ≤ 21 tấn {y}")
        p.check(cao[y] * 0.1 * 10 <= 80 * 250 and tra[y] * 25 <= 10000 * 250, f"extraction and tea-bag capacity {y}")
        p.check(close(lines[0][y], herb[y] * 0.07) and close(lines[1][y], cao[y] * 0.015 + tra[y] * 0.012)
                and close(lines[2][y], staff[y] * 8 * 12) and lines[4][y] == 500 and close(lines[5][y], [3000, 2250, 1500][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summary[y]
        p.check(close(s[0] * 1000, rev[y]) and close(s[1] * 1000, cost[y]) and close(s[2], s[0] - s[1])
                and close(s[3], s[2] * 0.2) and close(s[4], s[2] - s[3]), f"summary row (tỷ) {y}")
        if y:
            p.check(1.15 <= rev[y] / rev[y - 1] <= 1.18, f"growth 15–18 % {y}")
    p.check([round(x) for x in rev] == [6600, 7780, 8960], "revenue 6,6 / 7,78 / 8,96 tỷ")
    p.check(close(2.2 + 1.6 + 0.8 + 0.4, 5.0) and close(2.2 + 1.6 + 0.8 + 0.4 + 0.5 + 0.3 + 1.2, 7.0) and 4.0 + 3.0 == 7.0,
            "capital 7,0 tỷ = items = sources; fixed 5,0 tỷ")
    post = [s[4] * 1000 for s in summary]
    avg = sum(post) / 3
    p.check(close(avg, 1106.7, 0.001) and close(7000 / (avg + 500), 4.4, 0.02), "average 1.106,7; payback 4,4 with depreciation")
    base25 = 10500 * 0.34 + 26000 * 0.078
    p.check(close(base25, 5598) and close(rev[0] / base25, 1.18, 0.01), "2025 5,6 tỷ; +18 %")
    p.has("350.000 đồng/hũ", "80.000 đồng/hộp", "0,6 tấn khô/ha/năm", "khoảng 21 tấn/năm", "80 kg dược liệu khô/ngày",
          "10.000 túi/ngày", "12.000 hũ × 350.000 đồng = 4,2 tỷ đồng", "30.000 hộp × 80.000 đồng = 2,4 tỷ đồng",
          "4,9 tỷ + 2,88 tỷ = 7,78 tỷ đồng", "5,6 tỷ + 3,36 tỷ = 8,96 tỷ đồng", "(600 + 1.120 + 1.600) : 3 ≈ 1.106,7",
          "7.000 : (1.106,7 + 500) ≈ 4,4 năm", "Tổng vốn đầu tư 7,0 tỷ đồng", "vốn chủ sở hữu 4,0 tỷ đồng",
          "3,0 tỷ đồng, thời hạn 4 năm, lãi suất 8%/năm, trả gốc 750 triệu đồng/năm", "TCCS 01:2024/NP",
          "không ghi công dụng chữa bệnh")
    ready_text(p)
    return p


def bz05() -> Plan:
    p = Plan("bz05_che_bup_tay_son_htx")
    goi, hop, bulk, kg, leaf = (p.row("Chè gói 200 g |"), p.row("Chè hộp 500 g |"), p.row("Chè bán buôn |"),
                                p.row("Tổng chè búp khô"), p.row("Chè búp tươi nguyên liệu"))
    rev, rg, rh, rb = (p.row("Doanh thu |", skip=1), p.row("Chè gói 200 g (60.000"), p.row("Chè hộp 500 g (160.000"),
                       p.row("Chè bán buôn (190.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Chè búp tươi (12.000", "Bao bì, nhãn |", "Củi, điện", "Công chế biến khoán",
                                 "Lương lao động cố định", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển (12%",
                                 "Quản lý, chi khác")]
    prof, staff, need, avail = (p.row("Lợi nhuận |", skip=1), p.row("Tổng số"), p.row("Nhu cầu búp tươi"),
                                p.row("Sản lượng búp tươi có thể"))
    true_rev = [goi[y] * 0.06 + hop[y] * 0.16 + bulk[y] * 0.19 for y in Y]
    for y in Y:  # triệu đồng
        p.check(kg[y] == goi[y] * 0.2 + hop[y] * 0.5 + bulk[y] and leaf[y] == kg[y] * 4.5 and need[y] * 1000 == leaf[y],
                f"kg, fresh leaf 4,5 {y}")
        p.check(leaf[y] <= avail[y] * 1000 == 48 * 5 * 1000 and leaf[y] <= 1.2 * 200 * 1000, f"leaf ≤ 240 tấn, line 240 tấn {y}")
        p.check(close(rh[y], hop[y] * 0.16) and close(rb[y], bulk[y] * 0.19) and close(rev[y], rg[y] + rh[y] + rb[y]),
                f"box and bulk revenue; total = rows {y}")
        p.check(close(lines[0][y], leaf[y] * 0.012) and close(lines[1][y], goi[y] * 0.004 + hop[y] * 0.012 + bulk[y] * 0.002)
                and close(lines[2][y], kg[y] * 0.008) and close(lines[3][y], kg[y] * 0.02)
                and close(lines[4][y], staff[y] * 6 * 12) and lines[5][y] == 130 and close(lines[6][y], [800, 600, 400][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.12) and lines[8][y] == 120, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit as written {y}")
    p.check(close(rg[0], goi[0] * 0.06) and close(rg[2], goi[2] * 0.06), "2027 and 2029 pack revenue right")
    p.check(goi[1] * 0.06 == 2400 and rg[1] == 2880 and off(rg[1], goi[1] * 0.06),
            "PLANTED 2028 packs 2.880 != 40.000 × 60.000 = 2.400 (+20 %)")
    p.check(close(true_rev[1], 5330) and off(rev[1], true_rev[1]), "PLANTED 2028 revenue 5.810 != 5.330 (+9 %)")
    p.check(kg[0] / 6500 < 1.25 and kg[1] / kg[0] == 2.5 and kg[2] / kg[1] == 2.4,
            "PLANTED output 8 → 20 → 48 tấn (×2,5, ×2,4) after +23 % on 2025")
    p.check(rev[1] / rev[0] > 2.7 and true_rev[1] / true_rev[0] > 2.5 and rev[2] / rev[1] > 2.1,
            "PLANTED revenue ×2,75 then ×2,2 (true ×2,5 then ×2,4)")
    p.check(kg[2] / 1000 > 5 * 9 and prof[2] / rev[2] > 0.44 and prof[0] / rev[0] < 0.17,
            "PLANTED 48 tấn against ~9 tấn/năm of named customers; margin 16 % → 45 %")
    p.check(1.2 * 200 / 4.5 > kg[2] / 1000, "capacity 53 tấn dry covers 48 tấn (not a capacity defect)")
    written = sum(prof) / 3
    true1 = true_rev[1] - (cost[1] - lines[7][1] + true_rev[1] * 0.12)
    true_avg = (prof[0] + true1 + prof[2]) / 3
    p.check(close(written, 2819.7, 0.001) and close(1800 / written, 0.64, 0.01), "stated payback 0,64 from the written profit")
    p.check(close(true1, 1954.4, 0.001) and off(prof[1], true1) and close(1800 / true_avg, 0.672, 0.01),
            "tolerated knock-ons: true 2028 profit 1.954,4 (written +22 %); payback 0,67")
    items = [p.one(x) for x in ("Dây chuyền chế biến chè xanh |", "Mở rộng nhà xưởng lên", "Thiết kế bao bì",
                                "Đào tạo, tập huấn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1800 == p.one("Vốn góp của thành viên") + p.one("Vay Ngân hàng")
            == p.one("Tổng cộng", skip=1) and items[0] + items[1] == 1300, "capital 1.800 = items = sources; fixed 1.300")
    hist_dry, hist_fresh, hist_rev = p.row("Chè búp khô bán ra"), p.row("Chè búp tươi thu mua"), p.row("Doanh thu |")
    p.check(all(close(hist_fresh[y] * 1000 / hist_dry[y], 4.5, 0.01) for y in Y) and hist_dry[2] == 6500
            and hist_rev[2] == 1700 and close(rev[0] / 1700, 1.24, 0.01), "2023–2025 at about 4,5 kg fresh per kg; +24 % on 2025")
    p.has("60.000 đồng/gói", "160.000 đồng/hộp", "190.000 đồng/kg", "khoảng 6.500 kg chè búp khô",
          "1,2 tấn chè tươi/ngày", "khoảng 200 ngày/năm", "240 tấn chè tươi/năm", "mua khoảng 6 tấn/năm",
          "khoảng 3 tấn/năm", "khoảng 9 tấn/năm", "(340,8 + 2.376,8 + 5.741,6) : 3 ≈ 2.819,7", "1.800 : 2.819,7 ≈ 0,64 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Chè búp Tây Sơn\"")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|VietGAP|phiếu kết quả",
            "PLANTED no product standard, declaration or lab test")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def bz06() -> Plan:
    p = Plan("bz06_moc_nhi_huong_binh_hkd")
    bags, fresh, dry, goi, bulk = (p.row("Bịch phôi sản xuất", skip=1), p.row("Mộc nhĩ tươi thu hoạch"),
                                   p.row("Mộc nhĩ khô |", skip=1), p.row("Trong đó: gói 200 g"), p.row("Trong đó: bán buôn"))
    saw, saw_k = p.row("Mùn cưa cần dùng"), p.row("Mùn cưa theo hợp đồng")
    rev, rg, rb = p.row("Doanh thu |", skip=1), p.row("Gói 200 g (45.000"), p.row("Bán buôn (160.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Vật tư làm phôi", "Giống (500", "Nhiên liệu hấp, sấy", "Bao bì, nhãn |", "Tiền công lao động thuê",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển |", "Chi phí khác")]
    prof = p.row("Lợi nhuận |", skip=1)
    hired = [6, 7, 7]
    for y in Y:  # triệu đồng
        p.check(close(fresh[y], bags[y] * 0.6) and close(dry[y], fresh[y] / 8) and dry[y] == goi[y] * 0.2 + bulk[y],
                f"fresh 0,6/bịch, dry 8:1, packs + bulk {y}")
        p.check(close(saw[y] * 1000, bags[y] * 1.2) and saw[y] <= saw_k[y] == 180 and bags[y] <= 8 * 10000 * 2,
                f"sawdust ≤ 180 tấn, growing houses 160.000 bịch {y}")
        p.check(close(rg[y], goi[y] * 0.045) and close(rb[y], bulk[y] * 0.16) and close(rev[y], rg[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], bags[y] * 0.003) and close(lines[1][y], bags[y] * 0.0005)
                and close(lines[2][y], bags[y] * 0.0015) and close(lines[3][y], goi[y] * 0.003 + bulk[y] * 0.001)
                and close(lines[4][y], hired[y] * 4.5 * 12) and lines[5][y] == 30 and close(lines[6][y], [150, 100, 50][y] * 0.08),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    capacity = 2 * 150 * 1 * 200
    p.check(capacity == 60000 and capacity / 8 == 7500 and fresh[0] <= capacity, "dryers 60.000 kg fresh = 7.500 kg dry; 2027 fits")
    p.check(fresh[1] > capacity and off(fresh[1], capacity) and off(fresh[2], capacity)
            and close(fresh[1] / capacity, 1.12) and close(fresh[2] / capacity, 1.28),
            "PLANTED 2028–2029 drying 67.200 / 76.800 kg fresh > 60.000 (+12 %, +28 %), no dryer bought")
    p.check(p.count("Lò sấy mộc nhĩ | 2 | 150 kg tươi/mẻ | hiện có") == 1, "dryers are the existing ones")
    p.check(p.count("9 lao động thường xuyên") == 1 and p.count("14 lao động thường xuyên") == 1 and off(14, 9)
            and 3 + hired[0] == 9, "PLANTED 9 vs 14 regular workers (the staff table says 3 + 6 = 9)")
    items = [p.one(x) for x in ("Xây 2 nhà trại mới", "Máy đóng bịch, nồi hấp", "Hệ thống tưới phun sương |",
                                "Máy hút chân không, hàn miệng", "Bao bì, nhãn, nhãn hiệu", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 480 == p.one("Vốn tự có") + p.one("Vay Ngân hàng")
            == p.one("Tổng cộng", skip=1) and sum(items[:4]) == 300, "capital 480 = items = sources; fixed 300")
    avg = sum(prof) / 3
    p.check(avg == 432 and close(480 / avg, 1.1, 0.02), "average 432; payback 1,1")
    p.check(close(dry[0] / 4800, 1.25) and close(dry[1] / dry[0], 1.4), "+25 % on 2025, +40 % in 2028")
    p.check(p.row("Bịch phôi sản xuất")[2] * 0.6 / 8 == 4800, "2025 64.000 bịch → 4.800 kg")
    p.has("45.000 đồng/gói", "160.000 đồng/kg", "150 kg mộc nhĩ tươi/mẻ", "khoảng 200 ngày/năm",
          "60.000 kg tươi/năm, tương đương khoảng 7.500 kg mộc nhĩ khô/năm", "180 tấn/năm", "(245 + 457,8 + 593,2) : 3 = 432",
          "480 : 432 ≈ 1,1 năm", "Giấy chứng nhận đăng ký hộ kinh doanh số 28E8004517", "TCCS 01:2027/NSHB")
    p.lacks(r"môi trường|chất thải|nước thải|\brác|xử lý|\bbể\b|phân bón|phân hữu cơ|\bủ\b(?! mùn)|khói|\btro\b|vệ sinh|tái sử dụng|tận dụng",
            "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def bz07() -> Plan:
    p = Plan("bz07_tra_ca_gai_leo_ky_thuong_cty")
    a, b, t, herb = (p.row("Trà hộp 20 túi |", skip=1), p.row("Trà hộp 50 túi |", skip=1), p.row("Cà gai leo khô túi 500 g", skip=1),
                     p.row("Cà gai leo khô sử dụng"))
    supply, need, staff = p.row("Nguồn cà gai leo khô"), p.row("Nhu cầu cà gai leo khô"), p.row("Tổng số")
    rev, ra, rb, rt = (p.row("Tổng doanh thu"), p.row("Trà hộp 20 túi (40.000"), p.row("Trà hộp 50 túi (90.000"),
                       p.row("Cà gai leo khô (110.000"))
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Cà gai leo khô (60.000", "Bao bì, nhãn |", "Tiền lương", "Điện, năng lượng", "Khấu hao",
                                 "Lãi vay", "Bán hàng (10%", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận trước thuế")
    for y in Y:  # triệu đồng
        p.check(herb[y] == a[y] * 0.04 + b[y] * 0.1 + t[y] * 0.5 == need[y] and herb[y] <= supply[y] == 8000,
                f"herb 2 g/túi ≤ 8 tấn {y}")
        p.check(a[y] * 20 + b[y] * 50 <= 12000 * 250, f"tea-bag machine {y}")
        p.check(close(ra[y], a[y] * 0.04) and close(rb[y], b[y] * 0.09) and close(rt[y], t[y] * 0.11)
                and close(rev[y], ra[y] + rb[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], herb[y] * 0.06) and close(lines[1][y], a[y] * 0.006 + b[y] * 0.01 + t[y] * 0.005)
                and close(lines[2][y], staff[y] * 7 * 12) and lines[4][y] == 120 and close(lines[5][y], [600, 450, 300][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        if y:
            p.check(1.13 <= rev[y] / rev[y - 1] <= 1.16, f"growth 13–16 % {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    true1 = rev[1] - cost[1]
    p.check(close(true1, 1013.6, 0.001) and prof[1] == 1169.6 and off(prof[1], true1)
            and close(prof[1] - true1, lines[4][1] + lines[5][1]),
            "PLANTED 2028 profit 1.169,6 != 3.485 − 2.471,4 = 1.013,6 (+15 %: depreciation and interest left out)")
    written, true_avg = sum(prof) / 3, (prof[0] + true1 + prof[2]) / 3
    p.check(close(written, 1065.6, 0.001) and close(1500 / written, 1.4, 0.02), "stated payback 1,4 from the written profit")
    p.check(close(1500 / true_avg, 1.48, 0.01) and close(1500 / (true_avg + 120), 1.32, 0.01), "tolerated knock-on: 1,48 / 1,32")
    items = [p.one("Mở rộng nhà xưởng, kho"), p.one("Máy đóng túi lọc tự động |", skip=1)] + [p.one(x) for x in (
        "Máy sấy, máy nghiền, máy co màng",
                                "Bao bì, tiêu chuẩn cơ sở", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == p.one("Vốn chủ sở hữu") + p.one("Vay ngân hàng")
            == p.one("Tổng cộng", skip=1) and sum(items[:3]) == 1200, "capital 1.500 = items = sources; fixed 1.200")
    hist = [p.row("Trà hộp 20 túi |"), p.row("Trà hộp 50 túi |"), p.row("Cà gai leo khô túi 500 g")]
    hrev = p.row("Doanh thu |")
    p.check(all(close(hrev[y], hist[0][y] * 0.04 + hist[1][y] * 0.09 + hist[2][y] * 0.11) for y in Y)
            and close(rev[0] / hrev[2], 1.18, 0.01), "2023–2025 revenue at today's prices; +18 % on 2025")
    p.check(close(supply[0] / need[2], 1.41, 0.01), "supply 40 % above the 2029 need")
    p.has("40.000 đồng/hộp", "90.000 đồng/hộp", "110.000 đồng/túi", "(768 + 1.169,6 + 1.259,2) : 3 ≈ 1.065,6",
          "1.500 : 1.065,6 ≈ 1,4 năm", "1.840.000 túi", "3.000.000 túi", "TCCS 01:2023/KT")
    p.has("Nghị định số 38/2012/NĐ-CP ngày 25/4/2012", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019",
          "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|15/2018|43/2017|111/2021", "PLANTED no current instrument cited")
    p.check(p.count("Công ty TNHH Thảo mộc Hương Giang") == 2 and p.count("trà cà gai leo Hương Giang") == 1
            and p.count("Công ty TNHH Dược liệu Kỳ Thượng") == 1 and p.count("CÔNG TY TNHH DƯỢC LIỆU KỲ THƯỢNG") == 1
            and p.count("Trà túi lọc cà gai leo Kỳ Thượng") == 1,
            "PLANTED a second producer name (twice) and product name (once)")
    p.lacks(r"chữa bệnh gan|điều trị|chữa khỏi", "no therapeutic claim")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bz08() -> Plan:
    p = Plan("bz08_mat_ong_rung_khe_dau_hkd")
    lo, chai, kg = p.row("Mật ong lọ 500 g"), p.row("Mật ong chai 1 kg"), p.row("Tổng mật ong thành phẩm")
    colonies, wild = [150, 170, 190], 800
    supply = [c * 10 + wild for c in colonies]
    rev = [lo[y] * 0.2 + chai[y] * 0.38 for y in Y]  # triệu đồng
    bought = [kg[y] - colonies[y] * 10 for y in Y]
    hired = [2, 3, 3]
    cost = [colonies[y] * 0.6 + bought[y] * 0.2 + lo[y] * 0.008 + chai[y] * 0.012 + hired[y] * 5 * 12 + 3 * 4 * 12 + 20
            + round(rev[y] * 0.05, 1) + 24 for y in Y]
    prof = [rev[y] - cost[y] for y in Y]
    p.check(all(kg[y] == lo[y] * 0.5 + chai[y] for y in Y), "kg = jars × 0,5 + bottles")
    p.check([round(x) for x in rev] == [860, 1094, 1290], "revenue 860 / 1.094 / 1.290")
    p.check([round(x, 1) for x in cost] == [612.2, 784.3, 873.3], "cost 612,2 / 784,3 / 873,3")
    p.check([round(x, 1) for x in prof] == [247.8, 309.7, 416.7], "profit")
    p.check(supply == [2300, 2500, 2700] and kg[0] <= supply[0], "supply 2.300 / 2.500 / 2.700; 2027 fits")
    p.check(off(kg[1], supply[1]) and off(kg[2], supply[2]) and close(kg[1] / supply[1], 1.12) and close(kg[2] / supply[2], 1.222, 0.01),
            "PLANTED 2028–2029 honey 2.800 / 3.300 kg > supply 2.500 / 2.700 (+12 %, +22 %)")
    p.check(bought == [700, 1100, 1400] and bought[1] > wild and bought[2] > wild,
            "PLANTED the cost text buys 1.100 / 1.400 kg from households that supply about 800")
    p.check(600 * 0 == 0 and 80 + 120 + 30 + 120 == 350 == 250 + 100 and 80 + 120 == 200, "capital 350 = items = sources; fixed 200")
    p.check(p.one("Cộng |") == 120 == sum(p.one(x) for x in ("Máy quay mật inox", "Máy lọc mật 2 cấp", "Máy hạ thủy phần mini",
                                                              "Bồn inox 300 lít", "Khúc xạ kế")), "equipment 120")
    avg = sum(prof) / 3
    p.check(close(avg, 324.7, 0.001) and close(350 / avg, 1.1, 0.03), "average 324,7; payback 1,1")
    p.check(100 * 120 == 12000 and kg[2] <= 12000, "honey dryer 12.000 kg/năm")
    p.check(1200 + 800 + 200 == kg[0] and close(1200 / kg[0], 0.55, 0.01) and close(200 / kg[0], 0.09, 0.02),
            "2027 channel split 1.200 + 800 + 200 kg (55 / 36 / 9 %)")
    p.check(close(kg[0] / 1850, 1.19, 0.01) and close(680 / 1850 * 1000, 368, 0.01), "+19 % on 2025; 368.000 đ/kg")
    p.has("200.000 đồng/lọ", "380.000 đồng/chai", "10 kg mật/đàn/năm", "khoảng 800 kg/năm",
          "khoảng 2.300 kg năm 2027, 2.500 kg năm 2028 và 2.700 kg năm 2029, bảo đảm đủ nguyên liệu",
          "2.400 lọ × 200.000 đồng = 480 triệu đồng", "1.000 chai × 380.000 đồng = 380 triệu đồng",
          "3.000 lọ (600 triệu đồng) và 1.300 chai (494 triệu đồng), tổng 1.094 triệu đồng",
          "3.600 lọ (720 triệu đồng) và 1.500 chai (570 triệu đồng), tổng 1.290 triệu đồng",
          "600.000 đồng/đàn, tức 90 triệu đồng", "mua 700 kg mật ong rừng của các hộ 140 triệu đồng",
          "31,2 triệu đồng (8.000 đồng/lọ, 12.000 đồng/chai)", "tổng chi phí 612,2 triệu đồng",
          "Năm 2028 chi phí 784,3 triệu đồng (chăm sóc đàn 102 triệu, mua 1.100 kg mật 220 triệu, bao bì 39,6 triệu, lao động thuê 180 triệu, công gia đình 144 triệu, khấu hao 20 triệu, bán hàng 54,7 triệu, chi khác 24 triệu)",
          "Năm 2029 chi phí 873,3 triệu đồng (chăm sóc đàn 114 triệu, mua 1.400 kg mật 280 triệu, bao bì 46,8 triệu, lao động thuê 180 triệu, công gia đình 144 triệu, khấu hao 20 triệu, bán hàng 64,5 triệu, chi khác 24 triệu)",
          "247,8 triệu đồng năm 2027, 309,7 triệu đồng năm 2028 và 416,7 triệu đồng năm 2029",
          "350 : 324,7 ≈ 1,1 năm", "Tổng vốn đầu tư 350 triệu đồng", "TCCS 01:2027/KD")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|tự công bố|công bố sản phẩm|"
            r"Luật An toàn", "PLANTED no food-safety certificate, commitment or plan")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|in thông tin",
            "PLANTED no label, label content or labelling decree")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def bz09() -> Plan:
    p = Plan("bz09_may_tre_dan_hoang_tuan")
    lan, khay, den, n = (p.row("Làn mây xách tay |", skip=0), p.row("Khay mây chữ nhật |"), p.row("Chụp đèn mây |", skip=1),
                         p.row("Tổng số sản phẩm"))
    rev, rl, rk, rd = (p.row("Doanh thu |", skip=1), p.row("Làn mây (150.000"), p.row("Khay mây (70.000"),
                       p.row("Chụp đèn (220.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mây, tre nguyên liệu", "Dầu bóng, khung đèn", "Tiền công đan khoán", "Bao bì, tem nhãn (4.000",
                                 "Khấu hao |", "Lãi vay |", "Điện, nhiên liệu sấy", "Bán hàng, vận chuyển |", "Chi khác |")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(n[y] == lan[y] + khay[y] + den[y], f"pieces {y}")
        p.check(close(rl[y], lan[y] * 0.15) and close(rk[y], khay[y] * 0.07) and close(rd[y], den[y] * 0.22)
                and close(rev[y], rl[y] + rk[y] + rd[y]), f"revenue {y}")
        p.check(close(lines[0][y], lan[y] * 0.03 + khay[y] * 0.015 + den[y] * 0.04)
                and close(lines[1][y], lan[y] * 0.008 + khay[y] * 0.004 + den[y] * 0.02)
                and close(lines[2][y], lan[y] * 0.045 + khay[y] * 0.02 + den[y] * 0.06) and close(lines[3][y], n[y] * 0.004)
                and lines[4][y] == 18 and abs(lines[5][y] - [100, 50, 0][y] * 0.06) < 1e-9, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(lan[y] * 0.8 + khay[y] * 0.4 + den[y] * 1.2 <= 20 * 260, f"weaving days ≤ 5.200 {y}")
    p.check(lan[2] * 0.8 + khay[2] * 0.4 + den[2] * 1.2 == 4920, "4.920 ngày công in 2029")
    items = [p.one(x) for x in ("Nhà xưởng sấy và kho", "Lò sấy nan |", "Máy chẻ nan, máy vót nan |",
                                "Hệ thống hút bụi, buồng phun", "Thiết kế bao bì, tem nhãn", "Vốn lưu động")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 300 and stated == 340 and off(stated, sum(items)),
            "PLANTED investment table total 340 != items 300 (+13 %)")
    p.check(p.one("Vốn tự có") + p.one("Vay Ngân hàng Chính sách") == p.one("Tổng nguồn vốn") == stated,
            "sources match the stated (wrong) total; tolerated capital-mismatch against the true 300")
    p.check(sum(items[:4]) == 180 and close(180 / 10, 18), "fixed 180, depreciation 18")
    avg = sum(prof) / 3
    p.check(close(avg, 216.9, 0.001) and close(340 / avg, 1.6, 0.03), "stated payback 1,6 on the stated total")
    p.check(close(300 / avg, 1.38, 0.01) and close(300 / (avg + 18), 1.28, 0.01), "tolerated knock-on: 1,4 / 1,3 on the true 300")
    hist = [p.row("Làn mây |"), p.row("Khay mây |"), p.row("Chụp đèn mây |")]
    hrev = p.row("Doanh thu |")
    p.check(all(close(hrev[y], hist[0][y] * 0.14 + hist[1][y] * 0.065 + hist[2][y] * 0.2) for y in Y)
            and close(rev[0] / hrev[2], 1.318, 0.01), "2023–2025 revenue at the old prices; +32 % on 2025")
    p.check(close(lines[2][0] / 20, 9.9) and close(lines[2][2] / 20, 12.95), "10–13 triệu per weaver")
    p.has("150.000 đồng/chiếc", "70.000 đồng/chiếc", "220.000 đồng/chiếc", "(177,8 + 216,9 + 256) : 3 = 216,9",
          "340 : 216,9 ≈ 1,6 năm", "năng lực là 5.200 ngày công/năm")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|thành lập|"
            r"giấy phép|đăng ký hộ|mã số hộ", "PLANTED no business registration or plan to register")
    p.lacks(r"(?m)^#.*(nguyên liệu|nguồn nguyên|nguồn cung|vùng|cung ứng|liên kết|vật tư)", "PLANTED no raw-material section")
    p.lacks(r"hợp đồng (mua|cung)|nhà cung cấp|nguồn cung|vùng nguyên liệu|tấn mây|kg mây",
            "PLANTED no raw-material supply stated anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def bz10() -> Plan:
    p = Plan("bz10_du_lich_thac_may_kim_hoa_htx")
    vis, guests, meals = p.row("Khách tham quan |"), p.row("Khách lưu trú |"), p.row("Suất ăn |")
    rev, rv, rn, rm = (p.row("Doanh thu |"), p.row("Vé tham quan (60.000"), p.row("Lưu trú (300.000"),
                       p.row("Ăn uống (120.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thực phẩm |", "Chi trả hộ homestay", "Tiền lương", "Khấu hao", "Lãi vay", "Quảng bá (5%",
                                 "Vệ sinh, điện nước", "Chia sẻ cho bảo vệ rừng")]
    prof, staff = p.row("Lợi nhuận |"), p.row("Tổng số")
    for y in Y:  # triệu đồng
        p.check(close(rv[y], vis[y] * 0.06) and close(rn[y], guests[y] * 0.3) and close(rm[y], meals[y] * 0.12)
                and close(rev[y], rv[y] + rn[y] + rm[y]), f"revenue {y}")
        p.check(close(lines[0][y], rm[y] * 0.5) and close(lines[1][y], rn[y] * 0.6) and close(lines[2][y], staff[y] * 6 * 12)
                and lines[3][y] == 200 and close(lines[4][y], [1000, 750, 500][y] * 0.08) and close(lines[5][y], rev[y] * 0.05)
                and close(lines[7][y], rv[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(guests[y] <= 60 * 365 and vis[y] <= 400 * 365, f"beds 21.900, trail 400/day {y}")
        if y:
            p.check(1.12 <= rev[y] / rev[y - 1] <= 1.14, f"growth 12–14 % {y}")
    items = [p.one(x) for x in ("Đường đi bộ, cầu treo, chòi nghỉ", "Nhà đón tiếp, nhà ăn 100", "Khu vệ sinh công cộng, bãi xe |",
                                "Hỗ trợ nâng cấp 5 homestay", "Quảng bá, biển chỉ dẫn", "Vốn lưu động")]
    total = p.one("Tổng cộng")
    p.check(sum(items) == total == 3000 and sum(items[:3]) == 2000, "investment items = stated total 3.000; fixed 2.000")
    sources = 1200 + 1000 + 400
    p.check(off(sources, total) and sources == 2600, "PLANTED sources 1.200 + 1.000 + 400 = 2.600 != 3.000 (−13 %)")
    avg = sum(prof) / 3
    p.check(avg == 587.5 and close(1200 / avg, 2.04, 0.01), "stated 'khoảng 2 năm' is 1.200 : 587,5")
    p.check(off(2.0, total / avg) and close(total / avg, 5.1, 0.01) and off(2.0, total / (avg + 200))
            and close(total / (avg + 200), 3.81, 0.01), "PLANTED payback 2 năm != 5,1 (3,8 with depreciation)")
    base25 = 18500 * 0.055 + 2600 * 0.3 + 5200 * 0.12
    p.check(close(base25, 2421.5) and p.row("Doanh thu |", 2) == [1372, 2421.5] and close(12000 * 0.05 + 1500 * 0.28 + 3200 * 0.11, 1372)
            and close(rev[0] / base25, 1.165, 0.01), "2024–2025 revenue; +16,5 % on 2025")
    p.has("60.000 đồng/khách", "300.000 đồng/khách/đêm", "120.000 đồng/suất", "(425 + 587,5 + 750) : 3 = 587,5",
          "1.200 : 587,5, tức khoảng 2 năm", "Tổng vốn đầu tư 3.000 triệu đồng", "vốn góp của thành viên 1.200 triệu đồng",
          "vay Ngân hàng Nông nghiệp và Phát triển nông thôn 1.000 triệu đồng",
          "vốn góp của công ty lữ hành liên kết 400 triệu đồng", "21.900 khách/đêm", "TCVN 7800:2017")
    p.check(p.count("[tên sản phẩm]") == 2, "PLANTED template placeholder '[tên sản phẩm]' left twice")
    p.lacks(r"Tổng nguồn vốn|nguồn vốn còn thiếu|huy động thêm", "PLANTED the 400 gap is not explained")
    p.lacks(REPLACED, "replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("bz11_nam_so_huong_do_so_sai")
    a.check(3000 * 0.5 == 1500 and 1500 * 30000 == 45e6, "3.000 bịch × 0,5 kg = 1,5 tấn; × 30.000 = 45 triệu")
    a.has("3.000 bịch phôi", "0,5 kg nấm", "khoảng 1,5 tấn nấm tươi/năm", "30.000 đồng/kg", "khoảng 45 triệu đồng/năm",
          "khoảng 50 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150–300 words")
    a.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|"
            r"môi trường|truy xuất", "no registration, food safety, standard, label, environment, traceability (tolerated gaps)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("bz12_che_vang_duc_linh_so_sai")
    b.has("khoảng 2 tấn chè vằng khô", "80.000 đồng/kg", "8 hộ", "hợp đồng hợp tác được UBND xã chứng thực")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150–300 words")
    b.lacks(r"doanh thu|lợi nhuận|triệu đồng|vốn|chi phí", "no revenue, profit, cost or capital (tolerated no-figures)")
    b.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|truy xuất|cửa hàng|đại lý|hợp đồng tiêu thụ|siêu thị",
            "no food safety, standard, label, trademark, traceability or named channel (tolerated gaps)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (bz01, bz02, bz03, bz04, bz05, bz06, bz07, bz08, bz09, bz10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
