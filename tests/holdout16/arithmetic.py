"""The sixteenth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout16/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, wages, payback,
raw-material need vs supply, output vs capacity, growth. Planted numeric defects are asserted
wrong by more than 5 % and everything else right (within 1 %). Table figures are read from the
plan's source; figures quoted from running text are looked up verbatim, so the numbers cannot
drift from the text. The textual planted defects (no label, no registration, no sales channel,
no food safety, a second producer name, no product standard, no environmental measure, no
trademark, replaced instruments cited) are asserted too, as is the absence of template
placeholders and of replaced instruments in every plan that is not meant to cite one.
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

# Instruments replaced before 2026 (or district bodies abolished on 1/7/2025): only c10 may cite one.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|01/2021/NĐ|94/2012|NQ 123|123/2018|"
            r"Luật Hợp tác xã năm 2012|UBND huyện|cấp huyện|Phòng Nông nghiệp")
Y4 = range(4)


class Plan(plancheck.Plan):
    src = HERE / "src"

    def section(self, start: str, end: str) -> str:
        """The body text between two heading lines (start included, end excluded)."""
        part = self.body.split(start, 1)
        if len(part) < 2:
            self.failures.append(f"section not found: {start!r}")
            return ""
        return part[1].split(end, 1)[0]

    def common(self, replaced_ok: bool = False) -> None:
        self.lacks(PLACEHOLDER, "placeholder")
        if not replaced_ok:
            self.lacks(REPLACED, "cites a replaced instrument or an abolished body")


def pct(a: float, b: float) -> float:
    return (a - b) / b * 100


# --------------------------------------------------------------------------- ready plans

def c01() -> Plan:
    p = Plan("c01_gao_huu_co_yen_ho_htx")
    area, paddy = p.row("Diện tích lúa hữu cơ", 4), p.row("Lúa hữu cơ thu mua |", 4)
    b2, b5, bl = p.row("Gạo trắng túi 2 kg |", 4), p.row("Gạo trắng túi 5 kg |", 4), p.row("Gạo lứt túi 1 kg |", 4)
    kg = p.row("Tổng sản lượng gạo", 4)
    rev, r2, r5, rl = (p.row("Doanh thu |", 4), p.row("Gạo trắng túi 2 kg (90.000", 4),
                       p.row("Gạo trắng túi 5 kg (210.000", 4), p.row("Gạo lứt túi 1 kg (50.000", 4))
    cost = p.row("Chi phí |", 4)
    lines = [p.row(x, 4) for x in ("Lúa hữu cơ (14.000", "Túi, thùng, nhãn", "Điện sấy, xay xát", "Tiền lương",
                                   "Chứng nhận hữu cơ", "Khấu hao tài sản", "Lãi vay", "Bán hàng, quảng bá",
                                   "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế", 4), p.row("Thuế TNDN", 4), p.row("Lợi nhuận sau thuế", 4)
    staff = [8, 9, 10, 10]
    for y in Y4:  # triệu đồng; rice in kg, paddy in tấn
        white, brown = b2[y] * 2 + b5[y] * 5, bl[y]
        p.check(kg[y] == white + brown, f"rice kg {y}")
        p.check(close(paddy[y] * 1000, white / 0.64 + brown / 0.8), f"paddy 0,64 / 0,8 {y}")
        p.check(paddy[y] <= area[y] * 2 * 4.5 and not close(paddy[y], area[y] * 9, 0.05), f"paddy within area × 9 t {y}")
        p.check(close(r2[y], b2[y] * 0.09) and close(r5[y], b5[y] * 0.21) and close(rl[y], bl[y] * 0.05)
                and close(rev[y], r2[y] + r5[y] + rl[y]), f"revenue {y}")
        p.check(close(lines[0][y], paddy[y] * 14) and close(lines[1][y], b2[y] * 0.004 + b5[y] * 0.006 + bl[y] * 0.003)
                and close(lines[2][y], paddy[y] * 0.4), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and lines[4][y] == 60 and close(lines[5][y], 1520 / 10)
                and close(lines[6][y], [1000, 750, 500, 250][y] * 0.07), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(paddy[y] <= 0.5 * 8 * 120, f"mill 480 t {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo kho chứa lúa", "Dây chuyền xay xát", "Máy sấy lúa 4 tấn", "Máy đóng gói hút",
                                "Thiết kế bao bì, nhãn; chứng nhận", "Vốn lưu động thu mua")]
    p.check(sum(items) == p.one("Tổng cộng") == 2200 == 700 + 200 + 1000 + 300 and sum(items[:4]) == 1520,
            "investment 2.200 = items = sources; fixed 1.520")
    avg = sum(post) / 4
    p.check(close(avg, 1121.8, 0.001) and close(2200 / (avg + 152), 1.7, 0.02), "average 1.121,8, payback 1,7")
    p.check(close(post[0] / rev[0], 0.155, 0.01) and close(post[3] / rev[3], 0.198, 0.01), "margins 15,5 % / 19,8 %")
    p.check(close(kg[0] / 1000, 115) and close(kg[3] / 1000, 166) and kg[0] / 85000 < 1.4, "115 → 166 t; +35 % on 2025")
    p.check(close(4.5 * 5000 / 1000, 22, 0.03), "≈22 triệu more per ha per crop")
    p.check(close(30 * 30 / 12, 75) and close(2.5 * 12 / (b5[0] * 5 / 1000), 0.5, 0.01), "kitchens 30 t ≈ 50 % of the 5 kg bags")
    p.has("90.000 đồng/túi 2 kg", "210.000 đồng/túi 5 kg", "50.000 đồng/túi 1 kg", "115 tấn gạo năm 2026 và 166 tấn năm 2029",
          "Doanh thu năm 2026 đạt 5.070 triệu đồng, năm 2029 đạt 7.316 triệu đồng", "4,5 tấn lúa/ha/vụ",
          "khoảng 198 tấn năm 2026, 225 tấn năm 2027, 252 tấn năm 2028 và 270 tấn năm 2029",
          "175 tấn năm 2026, 203,75 tấn năm 2027, 231,25 tấn năm 2028 và 252,5 tấn năm 2029",
          "(786 + 1.020,5 + 1.230,9 + 1.449,9) : 4 ≈ 1.121,8", "2.200 : (1.121,8 + 152) ≈ 1,7 năm",
          "khoảng 480 tấn lúa/năm", "1.520 triệu đồng, khấu hao đều trong 10 năm, mỗi năm 152 triệu đồng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tiêu chuẩn cơ sở TCCS 01:2025/YH",
          "tự công bố sản phẩm", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "cyclone thu bụi",
          "mã số 3001948265")
    p.common()
    return p


def c02() -> Plan:
    p = Plan("c02_tinh_dau_que_phuc_dong_cty")
    l10, l50, ws, lit, leaves, staff = (p.row("Lọ 10 ml"), p.row("Chai 50 ml |"), p.row("Bán buôn theo can"),
                                        p.row("Tổng tinh dầu"), p.row("Cành lá quế sử dụng"), p.row("Lao động |"))
    r10, r50, rw, rev = (p.row("Doanh thu lọ 10 ml"), p.row("Doanh thu chai 50 ml"), p.row("Doanh thu bán buôn"),
                         p.row("Cộng doanh thu"))
    lines = [p.row(x) for x in ("Cành lá quế (2.000", "Nhiên liệu, điện", "Bao bì, nhãn |", "Tiền lương", "Khấu hao |",
                                "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost = p.row("Cộng chi phí")
    summary = [p.row(f"{2027 + y} |", 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    for y in Y:  # triệu đồng; litres; tấn
        p.check(lit[y] == l10[y] * 0.01 + l50[y] * 0.05 + ws[y] and close(leaves[y], lit[y] * 0.25), f"litres, 250 kg/l {y}")
        p.check(leaves[y] <= 700 and leaves[y] <= 3 * 2 * 0.5 * 260, f"contract 700 t, stills 780 t {y}")
        p.check(close(r10[y], l10[y] * 0.075) and close(r50[y], l50[y] * 0.28) and close(rw[y], ws[y] * 0.85)
                and close(rev[y], r10[y] + r50[y] + rw[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaves[y] * 2) and close(lines[1][y], leaves[y] * 0.3)
                and close(lines[2][y], l10[y] * 0.012 + l50[y] * 0.025 + ws[y] * 0.02), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and lines[4][y] == 180 and close(lines[5][y], [1200, 900, 600][y] * 0.08),
                f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summary[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary row {y}")
        p.check(s[0] > 3000 and close(s[3], s[2] * 0.17) and close(s[4], s[2] - s[3]), f"17 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(700 + 850 + 250 + 220 + 130 + 100 + 750 == 3000 == 1800 + 1200 and 850 + 250 + 220 + 130 == 1450
            and 700 / 20 + 1450 / 10 == 180, "capital 3 tỷ, depreciation 180")
    post = [s[4] for s in summary]
    p.check(close(sum(post) / 3, 937.2, 0.001) and close(3000 / (937.2 + 180), 2.7, 0.02), "average 937,2, payback 2,7")
    p.check(close(lit[0] / 1420, 1.41, 0.01) and lit[0] / 1420 < 2, "+41 % on 2025 with new stills")
    p.check(close(lines[0][0], 1000) and close(lines[0][2], 1300), "1–1,3 tỷ paid for leaves")
    p.has("75.000 đồng/lọ", "280.000 đồng/chai", "850.000 đồng/lít", "2.000 lít năm 2027, 2.300 lít năm 2028 và 2.600 lít năm 2029",
          "3 × 2 × 500 kg × 260 = 780 tấn cành lá/năm", "tối thiểu 700 tấn cành lá/năm", "250 kg cành lá cho 1 lít",
          "700 : 20 + 1.450 : 10 = 35 + 145 = 180 triệu đồng", "(556,9 + 937,2 + 1.317,5) : 3 = 937,2",
          "3.000 : (937,2 + 180) ≈ 2,7 năm", "Tổng vốn đầu tư 3 tỷ đồng", "năm 2025 được 1.420 lít",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/HQPĐ", "tự công bố sản phẩm",
          "Nghị định số 43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu", "đăng ký môi trường")
    p.common()
    return p


def c03() -> Plan:
    p = Plan("c03_tranh_cat_hai_au_hkd")
    s, l, c = [1500, 1700, 1900], [300, 340, 380], [3000, 3400, 3800]
    rev = [s[y] * 380000 + l[y] * 1350000 + c[y] * 60000 for y in Y]
    lines = [p.row(x) for x in ("Cát, bột màu, keo", "Khung, kính, hộp", "Tiền công thợ", "Điện, nước", "Khấu hao",
                                "Lãi vay", "Chiết khấu, quảng bá", "Thuế GTGT và thuế TNCN")]
    cost = p.row("Tổng chi phí")
    artisans = [8, 9, 10]
    for y in Y:  # whole đồng
        p.check(close(lines[0][y], s[y] * 40000 + l[y] * 150000 + c[y] * 12000)
                and close(lines[1][y], s[y] * 55000 + l[y] * 190000 + c[y] * 8000), f"materials, frames {y}")
        p.check(lines[2][y] == artisans[y] * 5000000 * 12 and lines[4][y] == 27000000
                and close(lines[5][y], [150e6, 100e6, 50e6][y] * 0.066) and close(lines[6][y], rev[y] * 0.08)
                and close(lines[7][y], rev[y] * 0.045), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        days = s[y] * 0.5 + l[y] * 2 + c[y] * 0.2
        p.check(days <= artisans[y] * 280 and 1.13 <= artisans[y] * 280 / days <= 1.15, f"artisan-days {y}")
        sand = s[y] * 0.8 + l[y] * 3 + c[y] * 0.3
        p.check(sand == [3000, 3400, 3800][y] and sand <= 5000, f"sand need within 5 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    prof = [rev[y] - cost[y] for y in Y]
    p.check(prof == [165225000, 202675000, 240125000] and sum(prof) / 3 == 202675000, "profit and average")
    p.check(close(400e6 / (202675000 + 27e6), 1.7, 0.03), "payback 1,7")
    p.check(180e6 + 60e6 + 30e6 + 30e6 + 100e6 == 400e6 == 250e6 + 150e6 and close(270e6 / 10, 27e6), "capital 400 triệu")
    p.check(close(rev[0] / 1e9, 1.16, 0.01) and close(rev[2] / 1e9, 1.47, 0.01), "1,16 and ≈1,47 tỷ")
    p.check((s[0] + l[0]) / 1200 < 2 and rev[0] / 720e6 < 1.7, "1.800 pictures vs 1.200 in 2025; revenue +60 % in two years")
    p.has("1.500 bức × 380.000 đồng = 570.000.000 đồng", "300 bức × 1.350.000 đồng = 405.000.000 đồng",
          "3.000 chai × 60.000 đồng = 180.000.000 đồng. Cộng 1.155.000.000 đồng",
          "1.700 bức × 380.000 đồng = 646.000.000 đồng", "340 bức × 1.350.000 đồng = 459.000.000 đồng",
          "3.400 chai × 60.000 đồng = 204.000.000 đồng. Cộng 1.309.000.000 đồng",
          "1.900 bức × 380.000 đồng = 722.000.000 đồng", "380 bức × 1.350.000 đồng = 513.000.000 đồng",
          "3.800 chai × 60.000 đồng = 228.000.000 đồng. Cộng 1.463.000.000 đồng",
          "năm 2027 là 165.225.000 đồng, năm 2028 là 202.675.000 đồng, năm 2029 là 240.125.000 đồng",
          "400.000.000 : (202.675.000 + 27.000.000) ≈ 1,7 năm", "Tổng vốn đầu tư của phương án là 400.000.000 đồng",
          "1.950 năm 2027, 2.210 năm 2028 và 2.470 năm 2029", "2.240, 2.520 và 2.800 ngày công",
          "3.000 kg năm 2027, 3.400 kg năm 2028 và 3.800 kg năm 2029", "tổng cộng 5 tấn/năm",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28C8004126", "TCCS 01:2026/HA", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "buồng kín có quạt hút", "nguồn gốc gỗ rừng trồng hợp pháp")
    p.check(len(p.rows) > 0 and all("Doanh thu" not in r[1] for r in p.rows if len(r) > 1), "revenue only in running text")
    p.common()
    return p


def c04() -> Plan:
    p = Plan("c04_du_lich_lang_nghe_van_tri_htx")
    tours, meals, nights, hats = (p.row("Khách trải nghiệm làng nghề"), p.row("Suất ăn |"), p.row("Lưu trú |"),
                                  p.row("Nón lá lưu niệm"))
    rev, rt, rm, rn, rh = (p.row("Doanh thu |"), p.row("Trải nghiệm (250.000"), p.row("Ăn uống (150.000"),
                           p.row("Lưu trú (500.000"), p.row("Nón lưu niệm (120.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Trả hộ làm nón", "Thực phẩm, gia vị", "Trả chủ nhà lưu trú", "Nón lưu niệm mua",
                                "Tiền lương", "Khấu hao |", "Lãi vay |", "Quảng bá, hoa hồng", "Điện, nước, vệ sinh",
                                "Quản lý, bảo hiểm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [9, 10, 10]
    for y in Y:  # nghìn đồng
        p.check(close(rt[y], tours[y] * 250) and close(rm[y], meals[y] * 150) and close(rn[y], nights[y] * 500)
                and close(rh[y], hats[y] * 120) and close(rev[y], rt[y] + rm[y] + rn[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], tours[y] * 80) and close(lines[1][y], rm[y] * 0.5) and close(lines[2][y], rn[y] * 0.4)
                and close(lines[3][y], hats[y] * 70), f"pass-through costs {y}")
        p.check(close(lines[4][y], staff[y] * 6500 * 12) and lines[5][y] == 120000
                and close(lines[6][y], [600000, 450000, 300000][y] * 0.08), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3e6 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(nights[y] <= 12 * 365 and tours[y] <= 2 * 60 * 300, f"rooms 4.380, 60 × 2 a day {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(nights[0] / 4380, 0.41, 0.01) and close(nights[2] / 4380, 0.55, 0.01), "41–55 % occupancy")
    items = [p.one(x) for x in ("Nhà đón tiếp kiêm", "Nhà ăn, bếp", "Khu vệ sinh công cộng", "25 xe đạp",
                                "Bể thu gom", "Website, quảng bá", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 1500 == 600 + 600 + 300 and sum(items[:5]) == 1200, "capital 1.500, fixed 1.200")
    avg = sum(post) / 3 / 1000
    p.check(close(avg, 812.6, 0.001) and close(1500 / (avg + 120), 1.6, 0.02), "average 812,6, payback 1,6")
    p.check(tours[0] / 3900 < 2 and close(rev[0] / 2.6e6, 1.32, 0.01), "+54 % visitors on 2025, +32 % revenue on 2026")
    p.check(close(rev[0] / 1e6, 3.44, 0.01) and close(rev[2] / 1e6, 4.75, 0.01), "3,44 and 4,75 tỷ")
    p.check(lines[0][0] / 1000 == 480 and lines[0][2] / 1000 == 672 and lines[3][0] / 1000 == 210
            and lines[3][2] / 1000 == 294 and lines[2][0] / 1000 == 360 and lines[2][2] / 1000 == 480, "income to households")
    p.has("250.000 đồng/khách", "150.000 đồng/suất", "500.000 đồng/phòng/đêm", "120.000 đồng/chiếc",
          "12 × 365 = 4.380 đêm phòng/năm", "(554 + 791 + 1.092,7) : 3 ≈ 812,6", "1.500 : (812,6 + 120) ≈ 1,6 năm",
          "Tổng nguồn vốn 1.500 triệu đồng", "Giấy chứng nhận đăng ký hợp tác xã mã số 3002406931",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCVN 7800:2017", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "bể tự hoại", "năm 2025 đón 3.900 lượt", "Năm 2026 ước đón 4.800 lượt, doanh thu khoảng 2,6 tỷ đồng")
    p.common()
    return p


# --------------------------------------------------------------------------- revise plans

def c05() -> Plan:
    p = Plan("c05_xuc_xich_lon_rung_son_kim_cty")
    t, h, kg, meat = (p.row("Xúc xích tươi gói 500 g |"), p.row("Xúc xích hun khói gói 300 g |"),
                      p.row("Tổng khối lượng thành phẩm"), p.row("Thịt lợn rừng lai nguyên liệu"))
    rev, rt, rh = p.row("Doanh thu |"), p.row("Xúc xích tươi gói 500 g (130.000"), p.row("Xúc xích hun khói gói 300 g (95.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thịt lợn rừng lai (88.000", "Gia vị, vỏ collagen", "Túi hút chân không", "Điện, nước, gas",
                                "Tiền lương", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff, capacity = [14, 15, 15], 80 * 300
    for y in Y:  # triệu đồng, kg
        p.check(kg[y] == t[y] * 0.5 + h[y] * 0.3 and close(meat[y], kg[y] * 1.25), f"kg, meat 1,25 {y}")
        p.check(close(rt[y], t[y] * 0.13) and close(rev[y], rt[y] + rh[y]), f"fresh revenue; total = sub-rows {y}")
        p.check(close(lines[0][y], meat[y] * 0.088) and close(lines[1][y], kg[y] * 0.012)
                and close(lines[2][y], (t[y] + h[y]) * 0.003) and close(lines[3][y], kg[y] * 0.01), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 7 * 12) and lines[5][y] == 200
                and close(lines[6][y], [1500, 1125, 750][y] * 0.08), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit (as written) {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(meat[y] <= 38000, f"meat within 20 + 18 tấn {y}")
    p.check(close(rh[0], h[0] * 0.095) and close(rh[2], h[2] * 0.095), "2026 and 2028 smoked revenue right")
    true_h1 = h[1] * 0.095
    p.check(true_h1 == 2375 and rh[1] == 2775 and off(rh[1], true_h1) and close(pct(rh[1], true_h1), 16.8, 0.01),
            "PLANTED 2027 smoked 2.775 != 25.000 × 95.000 = 2.375 (+16,8 %)")
    true_rev1 = rt[1] + true_h1
    p.check(true_rev1 == 6275 and rev[1] == 6675 and off(rev[1], true_rev1), "PLANTED 2027 revenue 6.675 != 6.275 (+6,4 %)")
    p.check(kg[0] <= capacity and kg[1] <= capacity, "2026, 2027 within 24 tấn")
    p.check(kg[2] == 27000 and off(kg[2], capacity) and close(pct(kg[2], capacity), 12.5, 0.001),
            "PLANTED 2028 output 27.000 kg > 80 kg × 300 days = 24.000 (+12,5 %)")
    p.check(staff[2] - staff[0] == 1, "one more worker, no new equipment")
    items = [600, 1050, 300, 350, 100, 500]
    p.check(sum(items) == p.one("Tổng cộng") == 2900 == 1400 + 1500 and close(600 / 20 + 1700 / 10, 200),
            "capital 2.900, depreciation 200")
    avg = sum(post) / 3
    p.check(close(avg, 958.4, 0.001) and close(2900 / (avg + 200), 2.5, 0.01), "stated payback 2,5 from the written profit")
    true_avg = (post[0] + (true_rev1 - cost[1]) * 0.83 + post[2]) / 3
    p.check(close(2900 / (true_avg + 200), 2.77, 0.01) and off(2.5, 2900 / (true_avg + 200)),
            "tolerated knock-on: 2,77 years with the true revenue")
    p.check(close(kg[0] / 15000, 1.2), "+20 % on 2025")
    p.has("130.000 đồng/gói", "95.000 đồng/gói", "80 kg thành phẩm/ngày", "300 ngày/năm, tức khoảng 24 tấn/năm",
          "không đầu tư thêm thiết bị", "18 tấn thịt/năm", "khoảng 20 tấn thịt pha lọc", "Tổng nguồn cung khoảng 38 tấn/năm",
          "(403,4 + 1.153,7 + 1.318) : 3 ≈ 958,4", "2.900 : (958,4 + 200) ≈ 2,5 năm", "Tổng cộng 2.900 triệu đồng",
          "18.000 kg năm 2026, 22.500 kg năm 2027 và 27.000 kg năm 2028", "năm 2025 đạt 15.000 kg",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố sản phẩm", "Nhãn hiệu \"Rừng Xanh Sơn Kim\"",
          "đăng ký môi trường", "mã số 3002198534")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|in ngày",
            "PLANTED no label, label content, barcode or labelling decree")
    p.common()
    return p


def c06() -> Plan:
    p = Plan("c06_ruou_nep_than_thuy_hoa_ho")
    a, b, lit, rice, hired = (p.row("Rượu chai 500 ml |"), p.row("Rượu chai 300 ml hộp quà"), p.row("Tổng lượng rượu"),
                              p.row("Gạo nếp than cần dùng"), p.row("Lao động thuê"))
    ra, rb, rev = p.row("Doanh thu chai 500 ml (70.000"), p.row("Doanh thu chai 300 ml (55.000"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Gạo nếp than (34.000", "Men lá, củi", "Chai, nút, hộp, nhãn", "Tiền công lao động",
                                "Khấu hao |", "Lãi vay |", "Chi phí bán hàng", "Kiểm nghiệm định kỳ")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    supply = 1 * 4.5 * 1000 * 0.65 + 8000
    for y in Y:  # triệu đồng, litres, kg
        p.check(lit[y] == a[y] * 0.5 + b[y] * 0.3 and close(rice[y], lit[y] / 0.8), f"litres, rice 0,8 l/kg {y}")
        p.check(close(ra[y], a[y] * 0.07) and close(rb[y], b[y] * 0.055) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.034) and close(lines[1][y], lit[y] * 0.006)
                and close(lines[2][y], a[y] * 0.009 + b[y] * 0.012), f"per-unit costs {y}")
        p.check(close(lines[3][y], hired[y] * 5.5 * 12) and lines[4][y] == 38 and close(lines[5][y], [200, 150, 100][y] * 0.07),
                f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(lit[y] <= 2 * 2 * 25 * 250, f"stills 25.000 l {y}")
        p.check(rice[y] > supply and off(rice[y], supply), f"PLANTED rice need {rice[y]:.0f} > supply {supply:.0f} {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(supply == 10925 and close(rice[0] / supply, 1.144, 0.001) and close(rice[2] / supply, 1.373, 0.001),
            "PLANTED shortfall +14 % (2027) to +37 % (2029)")
    p.check(150 + 120 + 110 + 30 + 40 == 450 == 250 + 200 and 150 + 120 + 110 == 380, "capital 450, fixed 380")
    avg = sum(prof) / 3
    p.check(close(avg, 412.4, 0.001) and close(450 / (avg + 38), 1.0, 0.01), "average 412,4, payback 1,0")
    p.check(close(lit[0] / 8200, 1.22, 0.01) and close(rev[0] / 1.1e3, 1.39, 0.01), "+22 % litres on 2025")
    p.has("1 ha lúa nếp than", "4,5 tấn thóc/ha", "tỷ lệ xay ra gạo 65%", "khoảng 2.925 kg gạo nếp than",
          "8.000 kg gạo nếp than/năm", "khoảng 11 tấn/năm (10.925 kg), đáp ứng đủ nhu cầu",
          "1 kg gạo nếp than cho 0,8 lít rượu", "10.000 lít năm 2027, 11.000 lít năm 2028 và 12.000 lít năm 2029",
          "(383 + 390,4 + 463,8) : 3 = 412,4", "450 : (412,4 + 38) ≈ 1,0 năm", "Tổng vốn đầu tư 450 triệu đồng",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "QCVN 6-3:2010/BYT", "tự công bố sản phẩm",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "hầm biogas", "đạt 8.200 lít")
    # PLANTED no-business-registration
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"thành lập|đăng ký hộ|đăng ký thành", "PLANTED no registration of the producer anywhere")
    # PLANTED no-sales-channel
    p.lacks(r"cửa hàng|đại lý|siêu thị|nhà hàng|quán|hội chợ|facebook|zalo|shopee|tiktok|trực tuyến|online|bán lẻ|"
            r"bán buôn|khách|nhà phân phối|xuất khẩu|đơn hàng|điểm bán|kênh|giá bán|hợp đồng tiêu thụ",
            "PLANTED no customer, channel or selling price anywhere")
    market = p.section("# 5) Thị trường", "# 6)")
    p.check(len(market.split()) > 150 and not re.search(r"\d+\.\d{3} ?(đồng|đ)|đồng/", market),
            "PLANTED the market section is substantial but has no price")
    p.common()
    return p


def c07() -> Plan:
    p = Plan("c07_tra_la_voi_thach_chau_htx")
    own, dong, bac, tay, tot = (p.row("Vườn vối của hợp tác xã", 2), p.row("Thôn Đông Châu", 3), p.row("Thôn Bắc Châu", 3),
                                p.row("Thôn Tây Châu", 3), p.row("Tổng cộng", 3))
    plan = [p.row(f"{2027 + y} |", 4) for y in Y]  # years as rows: boxes, bags, kg, fresh leaves
    rev, rb, rg = p.row("Doanh thu |"), p.row("- Trà túi lọc (35.000"), p.row("- Trà lá khô (48.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("- Lá vối tươi (10.000", "- Túi lọc, hộp, gói", "- Điện sấy, nước", "- Tiền lương",
                                "- Khấu hao", "- Lãi vay", "- Bán hàng, quảng bá", "- Quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [8, 9, 10]
    items = own[1] + dong[2] + bac[2] + tay[2]
    p.check(items == 42 and tot[2] == 46 and off(tot[2], items) and close(pct(tot[2], items), 9.5, 0.01),
            "PLANTED supply total 46 != 9 + 14 + 10 + 9 = 42 (+9,5 %)")
    p.check(tot[0] == dong[0] + bac[0] + tay[0] == 59 and close(tot[1], own[0] + dong[1] + bac[1] + tay[1]),
            "households 59 and area 13,7 ha add up")
    for y in Y:  # triệu đồng, kg
        boxes, bags, kg, fresh = plan[y]
        p.check(kg == boxes * 0.05 + bags * 0.3 and fresh == kg * 5, f"kg, 5 kg leaves per kg {y}")
        p.check(fresh / 1000 <= items and fresh / 1000 <= 300 * 250 / 1000, f"leaves within 42 t and the 75 t dryer {y}")
        p.check(boxes * 25 <= 40 * 60 * 6 * 250, f"tea-bag machine {y}")
        p.check(close(rb[y], boxes * 0.035) and close(rg[y], bags * 0.048) and close(rev[y], rb[y] + rg[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh * 0.01) and close(lines[1][y], boxes * 0.006 + bags * 0.004)
                and close(lines[2][y], fresh * 0.002), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and lines[4][y] == 90 and close(lines[5][y], [500, 375, 250][y] * 0.08),
                f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum (the cost table is right), profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(400 + 250 + 200 + 50 + 100 + 300 == 1300 == 500 + 500 + 300 and 400 + 250 + 200 + 50 == 900, "capital 1.300")
    avg = sum(post) / 3
    p.check(close(avg, 350.2, 0.001) and close(1300 / (avg + 90), 3.0, 0.02), "average 350,2, payback 3,0")
    p.check(close(plan[0][2] / 4200, 1.33, 0.01) and close(plan[0][2] / 4800, 1.17, 0.01), "+17 % on 2026, +33 % on 2025")
    hh = [(plan[y][3] / 1000 - own[1]) * 1000 * 10000 / 1e6 / 59 for y in (0, 2)]
    p.check(close(hh[0], 3.2, 0.01) and close(hh[1], 4.7, 0.01), "3–5 triệu per household a year (19 → 28 t bought)")
    p.check(close(rev[0] / 1000, 1.98, 0.01) and close(rev[2] / 1000, 2.59, 0.01), "gần 2 tỷ, 2,59 tỷ")
    p.has("35.000 đồng/hộp", "48.000 đồng/gói", "5 kg lá tươi cho 1 kg trà thành phẩm",
          "28 tấn năm 2027, 32,5 tấn năm 2028 và 37 tấn năm 2029", "sấy được 75 tấn lá tươi/năm",
          "1.300 : (350,2 + 90) ≈ 3,0 năm", "Tổng vốn đầu tư 1.300 triệu đồng", "TCCS 01:2025/TVTC",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "Máy sấy bơm nhiệt thay lò củi",
          "mã số 3002379640")
    # PLANTED name-inconsistent: a second producer name, twice
    p.check(p.count("Hợp tác xã Dược liệu Hương Giang") == 2 and p.count("Hợp tác xã Trà vối Thạch Châu") == 2
            and p.count("HỢP TÁC XÃ TRÀ VỐI THẠCH CHÂU") == 1 and "Hương Giang" not in p.section("# I –", "# IX –"),
            "PLANTED the organisation section and the schedule name 'Hợp tác xã Dược liệu Hương Giang'")
    p.check("Dược liệu Hương Giang" in p.section("# IX –", "# X –") and "Dược liệu Hương Giang" in p.section("# XVI –", "# XVII –"),
            "the second name sits in sections IX and XVI")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|tự công bố|công bố|HACCP|ISO|GMP|"
            r"một chiều|giấy xác nhận", "PLANTED no food-safety certificate, commitment or declaration anywhere")
    p.common()
    return p


def c08() -> Plan:
    p = Plan("c08_nuoc_mia_ky_tay_ctcp")
    a, b, n, lit, cane = (p.row("Nước mía chai 330 ml"), p.row("Nước mía chai 1 lít"), p.row("Tổng số chai"),
                          p.row("Sản lượng quy lít"), p.row("Mía cây nguyên liệu"))
    ra, rb, rev = p.row("Doanh thu chai 330 ml"), p.row("Doanh thu chai 1 lít"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Mía cây (1.500", "Chai, nắp, nhãn, thùng", "Chanh, quất, gừng", "Điện, nước, thanh trùng",
                                "Tiền lương", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý |")]
    cost = p.row("Tổng chi phí |")
    summary = [p.row(f"{2026 + y} |", 5) for y in Y]  # years as rows: revenue, cost, pre, tax, post
    staff = [14, 22, 30]
    for y in Y:  # triệu đồng, chai, lít, tấn
        p.check(n[y] == a[y] + b[y] and lit[y] == a[y] * 0.33 + b[y] and close(cane[y], lit[y] / 0.5 / 1000), f"bottles, litres, cane {y}")
        p.check(close(ra[y], a[y] * 0.012) and close(rb[y], b[y] * 0.032) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], cane[y] * 1.5) and close(lines[1][y], a[y] * 0.003 + b[y] * 0.005)
                and close(lines[2][y], lit[y] * 0.001) and close(lines[3][y], lit[y] * 0.002), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 7 * 12) and lines[5][y] == 300 and close(lines[6][y], [1500, 1125, 750][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.12), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summary[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]), f"summary revenue and cost {y}")
        p.check(abs(s[3] - s[2] * 0.17) <= 0.05 and close(s[4], s[2] - s[3]), f"tax and post-tax follow the written profit {y}")
        p.check(n[y] <= 1500 * 8 * 280 and cane[y] <= 30 * 70, f"line 3,36 triệu chai, cane 2.100 t {y} (not the defect)")
    p.check(close(summary[0][2], summary[0][0] - summary[0][1]) and close(summary[2][2], summary[2][0] - summary[2][1]),
            "2026 and 2028 profit right")
    s1 = summary[1]
    p.check(s1[0] - s1[1] == 3044 and s1[2] == 3544 and off(s1[2], s1[0] - s1[1]) and close(pct(s1[2], 3044), 16.4, 0.01),
            "PLANTED 2027 profit 3.544 != 11.520 − 8.476 = 3.044 (+16,4 %)")
    g1, g2 = rev[1] / rev[0], rev[2] / rev[1]
    p.check(g1 == 3.0 and close(g2, 2.49, 0.01) and n[1] / n[0] == 3 and close(n[2] / n[1], 2.49, 0.01),
            "PLANTED revenue and bottles ×3,0 then ×2,5 a year")
    p.check(n[0] / 200000 < 1.4, "2026 +35 % on 2025 (the jump comes later)")
    p.check(1250 + 2000 + 250 + 500 == 4000 == 2500 + 1500 and 1250 / 25 + 2000 / 10 + 250 / 10 + 25 == 300,
            "capital 4.000, depreciation 300")
    post = [s[4] for s in summary]
    avg = sum(post) / 3
    true_post1 = 3044 * 0.83
    true_avg = (post[0] + true_post1 + post[2]) / 3
    p.check(close(avg, 3926.2, 0.001) and close(4000 / (avg + 300), 0.95, 0.01), "stated payback 0,95")
    p.check(not off(4000 / (true_avg + 300), 4000 / (avg + 300)), "payback with the true profit 0,98: within 5 %")
    p.has("12.000 đồng/chai", "32.000 đồng/chai", "1.500 chai/giờ", "3,36 triệu chai/năm", "30 ha", "2.100 tấn mía/năm",
          "(6,6 + 2.941,5 + 8.830,5) : 3 = 3.926,2", "4.000 : (3.926,2 + 300) ≈ 0,95 năm", "Tổng nguồn vốn 4.000 triệu đồng",
          "60 đại lý tạp hóa và 25 quán giải khát trong tỉnh đang nhận hàng từ năm 2025",
          "tăng gấp 3 lần vào năm 2027", "Năm 2028: 2.020.000 chai, doanh thu 28,64 tỷ đồng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-2:2010/BYT", "tự công bố sản phẩm",
          "Nghị định số 43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu", "số 3002451872")
    p.lacks(r"hợp đồng (tiêu thụ|phân phối|đại lý) mới|nhà phân phối|xuất khẩu|mở (thêm|rộng) (kênh|đại lý|thị trường)|"
            r"tăng vốn|vốn bổ sung|vay thêm", "no new channel, contract or capital to explain the growth")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|\bbã\b|khói|bụi|thu gom|biogas|tái chế|phân bón|ô nhiễm|\bthải",
            "PLANTED no environmental measure anywhere")
    p.common()
    return p


def c09() -> Plan:
    p = Plan("c09_ruoc_tom_xuan_hoi_tht")
    a, b, kg, shrimp = p.row("Ruốc hũ 100 g |"), p.row("Ruốc hũ 250 g |"), p.row("Tổng sản lượng ruốc"), p.row("Tôm tươi nguyên liệu")
    rev, ra, rb = p.row("Doanh thu |"), p.row("Ruốc hũ 100 g (65.000"), p.row("Ruốc hũ 250 g (150.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Tôm tươi (50.000", "Nước mắm, đường, tiêu", "Hũ, nắp, nhãn, hộp", "Điện, gas",
                                "Tiền công thành viên", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Chi phí quản lý")]
    inc = p.row("Thu nhập của tổ")
    staff = [10, 11, 12]
    for y in Y:  # triệu đồng, kg
        p.check(kg[y] == a[y] * 0.1 + b[y] * 0.25 and shrimp[y] == kg[y] * 5, f"kg, shrimp 5:1 {y}")
        p.check(close(ra[y], a[y] * 0.065) and close(rb[y], b[y] * 0.15) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], shrimp[y] * 0.05) and close(lines[1][y], kg[y] * 0.02)
                and close(lines[2][y], a[y] * 0.005 + b[y] * 0.008) and close(lines[3][y], kg[y] * 0.015), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 5.5 * 12) and lines[5][y] == 60 and close(lines[6][y], [400, 300, 200][y] * 0.07),
                f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(inc[y], rev[y] - cost[y]), f"cost, income {y}")
        p.check(shrimp[y] <= 8 * 4000 and kg[y] <= 2 * 4 * 6 * 250, f"8 boats 32 t, roasters 12 t {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo xưởng chế biến", "Máy xé tơi", "Tủ đông, kho lạnh", "Thiết kế hũ, hộp", "Vốn lưu động thu mua")]
    total, sources = p.one("Tổng cộng"), 500 + 400 + 200
    p.check(sum(items) == total == 1200 and sum(items[:3]) == 600, "investment items add up to 1.200; fixed 600")
    p.check(sources == 1100 and off(sources, total) and close(pct(sources, total), -8.3, 0.01),
            "PLANTED sources 500 + 400 + 200 = 1.100 != 1.200 (−8,3 %)")
    avg = sum(inc) / 3
    p.check(close(avg, 428.3, 0.001) and close(1200 / (avg + 60), 2.5, 0.02), "average 428,3, payback 2,5 on 1.200")
    p.check(off(3200, 2600) and close(pct(3200, 2600), 23.1, 0.01), "PLANTED 2025 output 3.200 kg vs 2.600 kg (+23 %)")
    p.check(kg[0] / 3200 < 2 and kg[0] / 2600 < 2 and close(2600 * 5, 13000), "2026 under 2× either 2025 figure; 2.600 kg ↔ 13 tấn")
    p.check(close(1.9e9 / 3200, 594000, 0.01), "2025 revenue 1,9 tỷ ÷ 3.200 kg ≈ 594.000 đ/kg")
    cs, rm = p.section("# 2. Tình hình sản xuất hiện nay", "# 3."), p.section("# 6. Nguồn nguyên liệu", "# 7.")
    p.check("sản lượng năm 2025 đạt 3.200 kg ruốc" in cs and "Năm 2025 sản lượng ruốc của tổ là 2.600 kg" in rm,
            "PLANTED the two 2025 outputs sit in two sections")
    p.has("65.000 đồng/hũ", "150.000 đồng/hũ", "4.000 kg năm 2026, 4.800 kg năm 2027 và 5.400 kg năm 2028",
          "Tổng vốn đầu tư của phương án là 1.200 triệu đồng. Nguồn vốn: các thành viên góp 500 triệu đồng",
          "vay Ngân hàng Chính sách xã hội 400 triệu đồng", "Nghị định số 113/2024/NĐ-CP 200 triệu đồng.",
          "(288 + 448,2 + 548,6) : 3 ≈ 428,3", "1.200 : (428,3 + 60) ≈ 2,5 năm", "khoảng 12 tấn ruốc/năm",
          "giấy chứng nhận đăng ký tổ hợp tác", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|phòng thử nghiệm",
            "PLANTED no product standard, declaration or lab test")
    p.common()
    return p


def c10() -> Plan:
    p = Plan("c10_mat_ong_hoa_keo_hoa_hai_htx")
    a, b, w, kg, col = (p.row("Chai 500 ml |"), p.row("Chai 1 lít |"), p.row("Mật bán buôn |"), p.row("Tổng mật chế biến"),
                        p.row("Số đàn ong"))
    rev, ra, rb, rw = (p.row("Doanh thu |"), p.row("Chai 500 ml (120.000"), p.row("Chai 1 lít (220.000"),
                       p.row("Mật bán buôn (70.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mật thu mua (45.000", "Chai, nắp, hộp, nhãn, thùng", "Điện, nước (2.000", "Tiền lương",
                                "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [8, 9, 9]
    for y in Y:  # triệu đồng, kg
        p.check(close(kg[y], a[y] * 0.7 + b[y] * 1.4 + w[y]), f"kg {y}")
        p.check(kg[y] <= col[y] * 25 and kg[y] <= 500 * 150, f"colonies × 25 kg, 75 t dehumidifier {y}")
        p.check(close(ra[y], a[y] * 0.12) and close(rb[y], b[y] * 0.22) and close(rw[y], w[y] * 0.07)
                and close(rev[y], ra[y] + rb[y] + rw[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.045) and close(lines[1][y], a[y] * 0.006 + b[y] * 0.009 + w[y] * 0.001)
                and close(lines[2][y], kg[y] * 0.002), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and lines[4][y] == 130 and close(lines[5][y], [800, 600, 400][y] * 0.08),
                f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(500 + 600 + 200 + 100 + 800 == 2200 == 900 + 800 + 500 and 500 + 600 + 200 == 1300, "capital 2.200, fixed 1.300")
    avg = sum(post) / 3
    true_payback = 2200 / (avg + 130)
    p.check(close(avg, 661.1, 0.001) and close(true_payback, 2.78, 0.01), "true payback 2,78 years")
    p.check(off(1.5, true_payback) and off(1.5, 2200 / avg) and off(1.5, 2200 / (post[2] + 130)),
            "PLANTED payback 1,5 != 2,78 (3,33 without depreciation; 2,39 even on 2029 alone)")
    p.check(p.count("khoảng 1,5 năm") == 2, "the 1,5 years is stated twice")
    p.check(close(kg[0] * 0.005, 140) and close(kg[2] * 0.005, 167.5), "140–170 triệu more for households")
    p.has("120.000 đồng/chai", "220.000 đồng/chai", "70.000 đồng/kg", "28.000 kg mật năm 2027, 31.000 kg năm 2028 và 33.500 kg năm 2029",
          "25 kg mật thành phẩm (đã hạ thủy phần)/đàn/năm", "30.000 kg, 32.500 kg và 35.000 kg",
          "(559,4 + 639,8 + 784,2) : 3 ≈ 661,1", "Tổng vốn đầu tư: 2.200 triệu đồng", "Thu hồi vốn đầu tư trong khoảng 1,5 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCVN 5267-1:2008", "tự công bố sản phẩm",
          "Nghị định số 43/2017/NĐ-CP", "mã số 3002264819")
    # PLANTED outdated-policy
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "theo Bộ tiêu chí ban hành kèm Quyết định số 1048/QĐ-TTg")
    p.lacks(r"148/QĐ|1489|QĐ 148", "PLANTED the current OCOP decisions are not cited")
    # PLANTED no-trademark
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|chỉ dẫn địa lý|logo|Cục Sở hữu", "PLANTED no trademark or IP anywhere")
    p.common(replaced_ok=True)
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("c11_keo_me_xung_thu_lan_so_sai")
    a.check(close(300 * 12 * 120000, 430e6), "300 kg × 12 × 120.000 ≈ 430 triệu")
    a.check(50 + 30 == 80, "capital 80 = 50 + 30")
    a.has("khoảng 300 kg kẹo", "120.000 đồng/kg", "khoảng 430 triệu đồng/năm", "khoảng 80 triệu đồng", "tự có 50 triệu đồng",
          "vay thêm 30 triệu đồng", "giấy đăng ký hộ kinh doanh")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, about one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|Sở hữu trí tuệ|môi trường|nguyên liệu|quy trình|lợi nhuận|hoàn vốn",
            "the gaps the tolerated findings report")
    a.common()
    b = Plan("c12_chuoi_say_son_hong_so_sai")
    b.check(close(12 / 50, 0.24), "50 kg fresh → 12 kg dried")
    b.has("Mỗi mẻ 50 kg chuối tươi được khoảng 12 kg chuối sấy", "150.000 đồng/kg", "Nhóm chưa đăng ký kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 300, "no table, under a page")
    b.lacks(r"giấy chứng nhận|mã số|hộ kinh doanh|hợp tác xã|doanh nghiệp|an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường|"
            r"doanh thu|vốn", "the gaps the tolerated findings report")
    b.common()
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
