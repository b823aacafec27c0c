"""The 128th holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout128/arithmetic.py

Theme: unit conversions. For every plan: batches (mẻ) x yield = output; output in kg or lít =
bottles / boxes / cartons x their size; raw material bought in tấn or tạ = output x the stated
ratio ("cứ 3,5 kg ... được 1 kg", "tỷ lệ thu hồi 35 %") against the stated supply; output against
equipment capacity x batches a day x working days; channel splits summing to the year; revenue =
quantity x price (per bottle, per carton, per kg); cost lines = their stated unit costs; cost lines
summing to the total; profit = revenue - cost; tax; investment items = total = capital sources;
depreciation, interest, average profit, payback; growth. Planted numeric defects are asserted wrong
by more than 5 % (with the true value computed) and every other number right within 1 %. Table
figures are read from the plan's source, each table looked up inside its own section; figures
quoted in running text are looked up verbatim. Textual planted defects are asserted through the
absence or presence of their words; ready plans cite QĐ 148 and QĐ 1489 and no replaced
instrument; no plan keeps a template placeholder.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def part(self, start: str, end: str | None = None) -> "Plan":
        i = self.body.find(start)
        if i < 0:
            self.failures.append(f"marker not found: {start!r}")
            return self
        j = self.body.find(end, i + len(start)) if end else -1
        text = self.body[i: j if j >= 0 else len(self.body)]
        q = copy.copy(self)
        q.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                  for line in text.splitlines() if line.strip().startswith("|")]
        q.section = text
        return q

    def words(self) -> int:
        return len(self.body.split())


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "đủ điều kiện an toàn thực phẩm",
          "tự công bố", "Cục Sở hữu trí tuệ", "đăng ký môi trường", "mã lô")


def growth_ok(p: Plan, xs: list[float], what: str, limit: float = 1.2) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < limit, f"growth {what} {y}")


def profit_block(p: Plan, rev, cost, lines, pre) -> None:
    for y in Y:
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}: {cost[y]} vs {lines_sum(lines, y)}")
        p.check(close(pre[y], rev[y] - cost[y]), f"profit {y}: {pre[y]} vs {rev[y] - cost[y]}")


# --------------------------------------------------------------------------- ready plans

def dy01() -> Plan:
    p = Plan("dy01_nuoc_mam_kim_hai_cty")
    h = p.part("# IV. HIỆN TRẠNG", "# V.")
    fish_h, out_h = h.row("Cá cơm đưa vào"), h.row("Nước mắm thành phẩm")
    p.check(all(close(out_h[i], fish_h[i] * 0.7) for i in range(3)), "history 0,7 l/kg")
    pr = p.part("# XI. KẾ HOẠCH", "# XII.")
    chai, thung, can, lit = pr.row("Chai 500 ml"), pr.row("Số thùng 24 chai"), pr.row("Can 2 lít"), pr.row("Tổng sản lượng")
    raw = p.part("# VIII. NGUỒN NGUYÊN LIỆU", "# IX.")
    fish, salt, contract = raw.row("Cá cơm tươi cần"), raw.row("Muối hạt cần"), raw.row("Cá cơm theo hợp đồng")
    fin = p.part("# XIII. HIỆU QUẢ", "# XIV.")
    rev, rc, rcan, cost = fin.row("Doanh thu"), fin.row("Chai 500 ml (90.000"), fin.row("Can 2 lít (140.000"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Cá cơm tươi (15.000", "Muối hạt (4.000", "Chai, can, nắp", "Tiền lương", "Khấu hao",
                                   "Lãi vay", "Điện, nước", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    staff = [10, 10, 11]
    for y in Y:  # triệu đồng
        p.check(lit[y] == chai[y] * 0.5 + can[y] * 2 and thung[y] * 24 == chai[y], f"litres, cartons {y}")
        p.check(close(fish[y], lit[y] / 0.7) and close(salt[y], fish[y] / 4) and fish[y] <= contract[y]
                and fish[y] <= 20 * 3000, f"fish 0,7 l/kg, 4:1 salt, contract 55 tấn, 20 vats × 3 tấn {y}")
        p.check(close(rc[y], chai[y] * 0.09) and close(rcan[y], can[y] * 0.14) and close(rev[y], rc[y] + rcan[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.015) and close(lines[1][y], salt[y] * 0.004)
                and close(lines[2][y], chai[y] * 0.009 + can[y] * 0.02) and close(lines[3][y], staff[y] * 7 * 12)
                and close(lines[4][y], 1500 / 10) and close(lines[5][y], [1000, 700, 400][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.06) and close(lines[8][y], 100), f"cost lines {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(chai[y] / 2400 < 300, f"bottling line {y}")
    profit_block(p, rev, cost, lines, pre)
    growth_ok(p, rev, "revenue"); growth_ok(p, lit, "litres")
    p.check(close(lit[0] / out_h[2], 1.111, 0.01), "+11,1 % on 2026")
    ch = p.part("# VII. THỊ TRƯỜNG", "# VIII.")
    chans = [ch.row(f"{i} |", 2) for i in range(1, 5)]
    p.check(sum(c[0] for c in chans) == ch.row("Cộng", 2)[0] == lit[0] and sum(c[1] for c in chans) == 100
            and all(close(c[0] / lit[0] * 100, c[1]) for c in chans), "channels = 28.000 lít, shares")
    inv = p.part("# XII. TỔNG VỐN", "# XIII.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1000 + 1000 == 2000 and sum(items[:4]) == 1500, "capital 2.000")
    avg = sum(post) / 3
    p.check(close(avg, 1335.3, 0.001) and close(2000 / (avg + 150), 1.35, 0.01), "average, payback 1,35")
    p.check(close(2160000, 24 * 90000) and close(90000 / 0.5, 180000) and close(140000 / 2, 70000), "per-litre prices")
    p.has("90.000 đồng/chai", "140.000 đồng/can", "2.160.000 đồng", "28.000 lít", "cần 40 tấn cá", "50 tấn cá",
          "20 thùng × 3 tấn = 60 tấn", "55 tấn cá cơm", "Tổng vốn đầu tư 2.000 triệu đồng", "≈ 1.335,3", "≈ 1,35 năm")
    ready_common(p)
    return p


def dy02() -> Plan:
    p = Plan("dy02_tra_ca_gai_leo_son_kim_htx")
    pr = p.part("# Phần 5", "# Phần 6")
    hop, thung, tui, kg = pr.row("Hộp trà túi lọc"), pr.row("Quy ra thùng"), pr.row("Túi cà gai leo"), pr.row("Tổng dược liệu")
    raw = p.part("## 4.1.", "## 4.2.")
    kg2, fresh, supply = raw.row("Dược liệu khô"), raw.row("Cà gai leo tươi cần"), raw.row("Nguồn cung")
    fin = p.part("## 6.2.", "# Phần 7")
    rev, rh, rt, cost = fin.row("Tổng doanh thu"), fin.row("Trà túi lọc (65.000"), fin.row("Cà gai leo khô (120.000"), fin.row("Tổng chi phí")
    lines = [fin.row(x) for x in ("Cà gai leo tươi (6.000", "Túi lọc, hộp", "Điện sấy", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Bán hàng, quảng bá", "Kiểm nghiệm, quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    staff = [6, 6, 7]
    for y in Y:  # nghìn đồng
        p.check(kg[y] == hop[y] * 0.05 + tui[y] * 0.5 == kg2[y] and thung[y] * 40 == hop[y], f"kg, cartons {y}")
        p.check(close(fresh[y], kg[y] * 4) and fresh[y] <= supply[y] == 6 * 3000, f"25 % recovery, 18 tấn {y}")
        p.check(fresh[y] <= 200 * 120 and hop[y] * 25 / 14400 <= 60, f"dryer 24 tấn, bagging shifts {y}")
        p.check(close(rh[y], hop[y] * 65) and close(rt[y], tui[y] * 120) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 6) and close(lines[1][y], hop[y] * 9 + tui[y] * 5)
                and close(lines[2][y], fresh[y] * 1.5) and close(lines[3][y], staff[y] * 6000 * 12)
                and close(lines[4][y], 800000 / 8) and close(lines[5][y], [400000, 300000, 200000][y] * 0.06)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], 60000), f"cost lines {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
    profit_block(p, rev, cost, lines, pre)
    growth_ok(p, rev, "revenue")
    p.check(close(kg[0] / 2150, 1.116, 0.01), "+11,6 % on 2026")
    p.check(9600 + 10000 + 4400 == hop[0], "channels 24.000 boxes")
    inv = p.part("## 6.1.", "## 6.2.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 600000 + 400000 and sum(items[:3]) == 800000, "capital 1.000.000")
    avg = sum(post) / 3
    p.check(close(avg, 800003, 0.0001) and close(1000000 / (avg + 100000), 1.11, 0.01), "average, payback 1,11")
    p.check(close(120000 / 0.5, 240000) and 750000 / 14400 < 53, "240.000 đ/kg, 52 shifts")
    p.has("65.000 đồng/hộp", "120.000 đồng/túi", "cần 9.600 kg tươi (96 tạ)", "12.000 kg (120 tạ)", "tổng 18 tấn",
          "600.000 đồng/tạ", "24.000 kg tươi", "khoảng 52 ca", "800.003", "≈ 1,11 năm")
    ready_common(p)
    return p


def dy03() -> Plan:
    p = Plan("dy03_siro_chanh_leo_huong_trach_hkd")
    pr = p.part("## 1. Kế hoạch sản xuất và tiêu thụ", "## 2. Vốn")
    lit, chai, thung, le = pr.row("Siro (lít)"), pr.row("Tổng số chai"), pr.row("Bán buôn (thùng"), pr.row("Bán lẻ (chai)")
    raw = p.part("## 1. Nguồn nguyên liệu", "## 2. Quy trình")
    me, fruit, sugar, supply = raw.row("Số mẻ"), raw.row("Quả chanh leo cần"), raw.row("Đường kính cần"), raw.row("Nguồn quả")
    fin = p.part("## 3. Doanh thu", "# CHƯƠNG VI")
    rev, rb, rl, cost = fin.row("Doanh thu"), fin.row("Bán buôn (1.320.000"), fin.row("Bán lẻ (65.000"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Quả chanh leo (12.000", "Đường kính (22.000", "Chai, nắp", "Gas, điện", "Tiền công",
                                   "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Thuế GTGT", "Kiểm nghiệm, chi khác")]
    prof = fin.row("Lợi nhuận")
    for y in Y:  # đồng
        p.check(lit[y] == me[y] * 30 and chai[y] == lit[y] * 2 == thung[y] * 24 + le[y], f"batches, bottles {y}")
        p.check(close(thung[y] * 24, chai[y] * 0.6), f"60 % wholesale {y}")
        p.check(fruit[y] == me[y] * 60 and close(fruit[y] * 0.35, me[y] * 21) and sugar[y] == me[y] * 15
                and fruit[y] <= supply[y] == 1.5 * 15000 + 12000 and me[y] <= 2 * 300, f"fruit, sugar, supply, capacity {y}")
        p.check(close(rb[y], thung[y] * 1320000) and close(rl[y], le[y] * 65000) and close(rev[y], rb[y] + rl[y]), f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 12000) and close(lines[1][y], sugar[y] * 22000)
                and close(lines[2][y], chai[y] * 6500) and close(lines[3][y], me[y] * 50000)
                and close(lines[4][y], 4 * 6e6 * 12) and close(lines[5][y], 600e6 / 10)
                and close(lines[6][y], [300e6, 200e6, 100e6][y] * 0.08) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[8][y], rev[y] * 0.045) and close(lines[9][y], 15e6), f"cost lines {y}")
    profit_block(p, rev, cost, lines, prof)
    growth_ok(p, rev, "revenue")
    p.check(close(lit[0] / 10800, 1.111, 0.01) and 10800 == 360 * 30, "+11,1 % on 2026 (360 mẻ)")
    p.check(close(1320000 / 24, 55000), "55.000 đ a bottle wholesale")
    inv = p.part("## 2. Vốn đầu tư", "## 3.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 400e6 + 300e6 and sum(items[:5]) == 600e6, "capital 700 tr")
    avg = sum(prof) / 3
    p.check(close(avg, 392165000, 0.0001) and close(700e6 / (avg + 60e6), 1.55, 0.01), "average, payback 1,55")
    p.has("65.000 đồng/chai", "1.320.000 đồng/thùng", "12.000 lít", "24 tấn quả và 6 tấn đường", "22,5 tấn quả/năm (15 tấn/ha)",
          "12 tấn/năm", "được 600 mẻ", "700.000.000 đồng", "≈ 1,55 năm")
    ready_common(p)
    return p


def dy04() -> Plan:
    p = Plan("dy04_khoai_lang_say_ky_phong_tht")
    pr = p.part("# 11. Kế hoạch", "# 12.")
    me, goi, thung, xa, kg = (pr.row("Số mẻ sấy"), pr.row("Gói 250 g bán lẻ"), pr.row("Thùng 40 gói"), pr.row("Bán xá"),
                              pr.row("Tổng thành phẩm"))
    raw = p.part("# 8. Nguồn nguyên liệu", "# 9.")
    kg2, fresh, supply = raw.row("Khoai sấy thành phẩm"), raw.row("Khoai tươi cần"), raw.row("Khoai tươi của vùng")
    fin = p.part("# 13. Hiệu quả", "# 14.")
    rev, rg, rt, rx, cost = (fin.row("Doanh thu"), fin.row("Gói 250 g (45.000"), fin.row("Thùng 40 gói (1.600.000"),
                             fin.row("Bán xá (140.000"), fin.row("Chi phí"))
    lines = [fin.row(x) for x in ("Khoai lang tươi (8.000", "Bao bì (12.000", "Trấu, điện", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Bán hàng, vận chuyển", "Thuế (4,5", "Quản lý, kiểm nghiệm")]
    prof = fin.row("Lợi nhuận")
    for y in Y:  # triệu đồng
        p.check(kg[y] == goi[y] * 0.25 + thung[y] * 10 + xa[y] == kg2[y] == me[y] * 100, f"kg = packs, batches {y}")
        p.check(close(fresh[y], kg[y] * 3.5) and fresh[y] == me[y] * 350 and fresh[y] <= supply[y] == 8 * 12000
                and me[y] <= 250, f"3,5 kg/kg, 96 tấn, 250 batches {y}")
        p.check(close(rg[y], goi[y] * 0.045) and close(rt[y], thung[y] * 1.6) and close(rx[y], xa[y] * 0.14)
                and close(rev[y], rg[y] + rt[y] + rx[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.008) and close(lines[1][y], kg[y] * 0.012)
                and close(lines[2][y], me[y] * 0.6) and close(lines[3][y], 12 * 6 * 12) and close(lines[4][y], 90)
                and close(lines[5][y], [500, 400, 300][y] * 0.07) and close(lines[6][y], rev[y] * 0.07)
                and close(lines[7][y], rev[y] * 0.045) and close(lines[8][y], 50), f"cost lines {y}")
    profit_block(p, rev, cost, lines, prof)
    growth_ok(p, rev, "revenue")
    p.check(close(kg[0] / 18000, 1.111, 0.01), "+11,1 % on 2026")
    p.check(close(1600000 / 40, 40000) and close(40000 / 0.25, 160000), "40.000 đ a pack, 160.000 đ/kg")
    inv = p.part("# 12. Vốn", "# 13.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 600 + 500 and sum(items[:3]) == 900, "capital 1.100")
    avg = sum(prof) / 3
    p.check(close(avg, 1110.1, 0.001) and close(1100 / (avg + 90), 0.92, 0.01), "average, payback 0,92")
    p.has("45.000 đồng/gói", "1.600.000 đồng/thùng", "140.000 đồng/kg", "cần 70 tấn khoai tươi (700 tạ)", "cần 84 tấn",
          "tổng 96 tấn", "800.000 đồng/tạ", "250 mẻ = 25.000 kg", "Tổng vốn đầu tư 1.100 triệu đồng", "≈ 0,92 năm")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def dy05() -> Plan:
    p = Plan("dy05_bot_san_day_son_tay_cty")
    pr = p.part("## 1. Kế hoạch sản xuất kinh doanh", "## 2.")
    hop, tui, kg = pr.row("Hộp 500 g"), pr.row("Túi 1 kg"), pr.row("Tổng bột")
    raw = p.part("## 1. Nguồn nguyên liệu", "## 2. Quy trình")
    kg2, supply_t = raw.row("Bột sắn dây (kg)"), raw.row("Củ sắn dây tươi theo hợp đồng")
    fin = p.part("## 3. Dự toán", "# G.")
    rev, rh, rt, cost = fin.row("Doanh thu"), fin.row("Hộp 500 g (95.000"), fin.row("Túi 1 kg (170.000"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Củ sắn dây tươi (3.000", "Hộp, túi, thùng", "Điện, nước", "Tiền lương", "Khấu hao",
                                   "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    need_t = [k / 0.12 / 1000 for k in kg]
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.5 + tui[y] == kg2[y], f"kg {y}")
        p.check(close(lines[0][y], need_t[y] * 3) and close(lines[1][y], hop[y] * 0.007 + tui[y] * 0.004)
                and close(lines[2][y], need_t[y] * 1) and close(lines[3][y], 8 * 6.5 * 12) and close(lines[4][y], 100)
                and close(lines[5][y], [600, 450, 300][y] * 0.07) and close(lines[7][y], 80), f"cost lines {y}")
        p.check(close(rt[y], tui[y] * 0.17), f"bag revenue {y}")
        p.check(close(rev[y], rh[y] + rt[y]) and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]),
                f"stated revenue = its rows, 15 % tax {y}")
        p.check(need_t[y] <= 150, f"settling tanks 150 tấn a season {y}")
    profit_block(p, rev, cost, lines, pre)
    # PLANTED material-shortfall: 12 % recovery needs 110 / 120 tấn against 100 tấn, the only source
    p.check(close(need_t[0], 100) and supply_t[0] == 100, "2027 need = supply 100 tấn")
    p.check(off(need_t[1], supply_t[1]) and off(need_t[2], supply_t[2]) and close(need_t[2], 120),
            "PLANTED 2028/2029 need 110/120 tấn vs 100 (+10 %/+20 %)")
    p.check(10 * 10 == 100, "10 ha × 10 tấn = 100 tấn")
    p.has("Tỷ lệ thu hồi bột 12 %", "tổng 100 tấn củ/năm", "Vùng liên kết đủ cho cả giai đoạn 2027–2029", "(100, 110, 120 tấn)")
    # PLANTED revenue-mismatch: the 2028 box row
    true_rh = [h * 0.095 for h in hop]
    p.check(close(rh[0], true_rh[0]) and close(rh[2], true_rh[2]), "2027/2029 box rows right")
    p.check(off(rh[1], true_rh[1], 10) and close(true_rh[1], 1504.8), "PLANTED 2028 box row 1.684,8 vs 1.504,8 (+12 %)")
    true_rev = true_rh[1] + rt[1]
    p.check(off(rev[1], true_rev) and close(true_rev, 2402.4), "PLANTED knock-on: 2028 revenue 2.582,4 vs 2.402,4 (+7,5 %)")
    true_pre = true_rev - cost[1]
    true_post = true_pre - r1(true_pre * 0.15)
    avg = sum(post) / 3
    p.check(close(avg, 752.2, 0.001) and close(1500 / (avg + 100), 1.76, 0.01), "stated average, payback 1,76")
    true_avg = (post[0] + true_post + post[2]) / 3
    p.check(close(true_avg, 701.2, 0.001) and close(1500 / (true_avg + 100), 1.87, 0.01),
            "tolerated knock-on: true payback 1,87")
    p.check(rev[1] / rev[0] < 1.2 and kg[1] / kg[0] < 1.2, "stated growth under 20 %")
    inv = p.part("## 2. Tổng vốn đầu tư", "## 3.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 900 + 600 and sum(items[:4]) == 1000, "capital 1.500 = 900 + 600")
    # PLANTED no-trademark
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|văn bằng|bảo hộ|đăng ký nhãn|chỉ dẫn địa lý|logo",
            "PLANTED no trademark anywhere")
    p.has("Nghị định số 43/2017/NĐ-CP", "đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/ST", "mã lô", "đăng ký môi trường",
          "95.000 đồng/hộp", "170.000 đồng/kg", "1.500 triệu đồng", "≈ 1,76 năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument (not planted here)")
    return p


def dy06() -> Plan:
    p = Plan("dy06_mit_say_phuc_dong_cty")
    pr = p.part("# 11. Kế hoạch", "# 12.")
    goi, thung, kg = pr.row("Gói 200 g bán lẻ"), pr.row("Thùng 50 gói"), pr.row("Tổng mít sấy")
    raw = p.part("# 8. Nguồn nguyên liệu", "# 9.")
    fruit_t, mui, contract = raw.row("Mít quả cần"), raw.row("Múi mít"), raw.row("Mít quả theo hợp đồng")
    fin = p.part("# 13. Hiệu quả", "# 14.")
    rev, rg, rt, cost = fin.row("Doanh thu"), fin.row("Gói 200 g (52.000"), fin.row("Thùng 50 gói (2.400.000"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Mít quả (7.000", "Dầu thực vật", "Bao bì (10.000", "Điện, gas", "Tiền lương",
                                   "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == goi[y] * 0.2 + thung[y] * 10, f"kg = packs {y}")
        p.check(mui[y] == kg[y] * 4 and close(fruit_t[y] * 1000 * 0.4, mui[y]) and fruit_t[y] <= contract[y] == 12 * 20,
                f"40 % flesh, 4 kg/kg, 240 tấn {y}")
        p.check(close(rg[y], goi[y] * 0.052) and close(rt[y], thung[y] * 2.4) and close(rev[y], rg[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fruit_t[y] * 7) and close(lines[1][y], kg[y] * 0.015) and close(lines[2][y], kg[y] * 0.01)
                and close(lines[3][y], kg[y] * 0.02) and close(lines[4][y], 14 * 6.5 * 12) and close(lines[5][y], 1600 / 8)
                and close(lines[6][y], [800, 600, 400][y] * 0.075) and close(lines[8][y], 90), f"cost lines {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
    profit_block(p, rev, cost, lines, pre)
    growth_ok(p, kg, "output")
    p.check(close(kg[0] / 12000, 1.167, 0.01) and 48000 == 240 * 200, "+16,7 % on 2026; 2026 = 240 days × 200 kg")
    p.check(1000 * 10 + 20000 * 0.2 == kg[0], "channels 2027")
    # PLANTED capacity-exceeded: one fryer 100 kg × 2 × 300 = 60.000 kg múi
    cap = 100 * 2 * 300
    p.check(mui[0] <= cap, "2027 within capacity")
    p.check(off(mui[1], cap) and off(mui[2], cap) and close(mui[2] / cap, 1.2),
            "PLANTED 2028/2029 need 66.000/72.000 kg múi vs 60.000 (+10 %/+20 %)")
    p.has("Máy chiên chân không 100 kg múi/mẻ", "chạy 2 mẻ/ngày; 300 ngày làm việc", "Máy hiện có đáp ứng đủ kế hoạch")
    inv = p.part("# 12. Tổng vốn", "# 13.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1200 + 800 and sum(items[:4]) == 1600, "capital 2.000")
    p.check(not re.search(r"máy chiên|chân không", inv.section), "no new fryer in the investment")
    # PLANTED payback-mismatch
    avg = sum(post) / 3
    true_pb = 2000 / (avg + 200)
    p.check(close(avg, 404.3, 0.001), "average 404,3")
    p.check(off(2.3, true_pb, 25) and close(true_pb, 3.31, 0.01), "PLANTED payback 2,3 vs 3,31 years")
    p.has("2.000 : (404,3 + 200) ≈ 2,3 năm", "hoàn vốn đầu tư trong khoảng 2,3 năm")
    # PLANTED no-label-plan
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\bQR\b|tem ", "PLANTED no label anywhere")
    p.has("đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/PĐ", "Cục Sở hữu trí tuệ", "đăng ký môi trường",
          "52.000 đồng/gói", "2.400.000 đồng/thùng")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument (not planted here)")
    return p


def dy07() -> Plan:
    p = Plan("dy07_mam_tom_cam_nhuong_tht")
    pr = p.part("# VIII. KẾ HOẠCH", "# IX.")
    hu, thung, can, kg = pr.row("Hũ 500 g"), pr.row("Quy ra thùng"), pr.row("Can 5 kg"), pr.row("Tổng (kg)")
    raw = p.part("# VI. NGUỒN NGUYÊN LIỆU", "# VII.")
    kg2, moi, salt, contract = raw.row("Mắm tôm (kg)"), raw.row("Moi tươi cần"), raw.row("Muối cần"), raw.row("Moi theo hợp đồng")
    fin = p.part("## 2. Doanh thu", "# XI.")
    rev, rh, rc, cost = fin.row("Doanh thu"), fin.row("Hũ 500 g (40.000"), fin.row("Can 5 kg (300.000"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Moi tươi (15.000", "Muối (3.000", "Hũ, can", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Vận chuyển, quảng bá", "Điện nước", "Thuế GTGT")]
    prof = fin.row("Lợi nhuận")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.5 + can[y] * 5 == kg2[y] and thung[y] * 24 == hu[y], f"kg, cartons {y}")
        p.check(close(moi[y], kg[y] * 1.2) and close(salt[y], kg[y] * 0.3) and moi[y] <= contract[y] == 30000
                and kg[y] <= 160 * 150, f"1,2 kg moi, 0,3 kg salt, 30 tấn, 160 chum {y}")
        p.check(close(rh[y], hu[y] * 0.04) and close(rc[y], can[y] * 0.3) and close(rev[y], rh[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], moi[y] * 0.015) and close(lines[1][y], salt[y] * 0.003)
                and close(lines[2][y], hu[y] * 0.004 + can[y] * 0.015) and close(lines[3][y], 8 * 5 * 12)
                and close(lines[4][y], 50) and close(lines[5][y], [200, 100, 0][y] * 0.07)
                and close(lines[7][y], 25) and close(lines[8][y], rev[y] * 0.045), f"cost lines {y}")
    profit_block(p, rev, cost, lines, prof)
    growth_ok(p, rev, "revenue")
    p.check(close(kg[0] / 16000, 1.125), "+12,5 % on 2026")
    inv = p.part("## 1. Vốn đầu tư", "## 2.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 400 + 200 and sum(items[:4]) == 500, "capital 600")
    avg = sum(prof) / 3
    p.check(close(avg, 287.1, 0.001) and close(600 / (avg + 50), 1.78, 0.01), "average, payback 1,78")
    p.check(110 + 50 == 160 and 160 * 150 == 24000 and 110 * 150 == 16500 >= 16000, "110 → 160 chum × 150 kg")
    # PLANTED figure-inconsistent: members 15 vs 11
    p.has("Tổ có 15 thành viên", "Tổ hợp tác gồm 11 thành viên")
    p.check(off(15, 11), "PLANTED 15 vs 11 members")
    # PLANTED no-food-safety
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|tự công bố|công bố sản phẩm|sức khỏe|tập huấn|đủ điều kiện|"
            r"cam kết|15/2018|55/2010|HACCP|ISO 22000", "PLANTED no food safety anywhere")
    # PLANTED no-sales-channel
    market = p.part("# V. THỊ TRƯỜNG", "# VI.").section
    p.check(not re.search(r"\d|đồng|khách|đại lý|cửa hàng|siêu thị|\bbán\b|chợ|nhà hàng|quán|công ty", market),
            "PLANTED the market section has no number, price, customer or channel")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|thương lái|nhà phân phối|phân phối|chợ|"
            r"nhà hàng|quán|hợp đồng (bán|tiêu thụ|cung cấp)|facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|"
            r"trực tuyến|online|hội chợ|xuất khẩu|điểm bán|kênh", "PLANTED no sales channel anywhere")
    p.has("40.000 đồng/hũ", "300.000 đồng/can", "TCCS 01:2026/CN", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "mã lô", "đăng ký môi trường", "600 triệu đồng")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument (not planted here)")
    return p


def dy08() -> Plan:
    p = Plan("dy08_lac_rang_duc_lang_htx")
    pr = p.part("## 1. Kế hoạch sản xuất", "## 2.")
    hop, goi, tui, kg = pr.row("Hộp 12 gói"), pr.row("Số gói 200 g"), pr.row("Túi 1 kg"), pr.row("Tổng thành phẩm")
    raw = p.part("## 1. Nguồn nguyên liệu", "## 2.")
    kg2, shell, bought = raw.row("Lạc rang thành phẩm"), raw.row("Lạc vỏ khô cần"), raw.row("Lạc vỏ mua")
    fin = p.part("## 3. Doanh thu", "# PHẦN VI")
    rev, rh, rt, cost = fin.row("Doanh thu"), fin.row("Hộp 12 gói (340.000"), fin.row("Túi 1 kg (130.000"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Lạc vỏ khô (25.000", "Tỏi, ớt", "Bao bì (24.000", "Điện, gas", "Tiền công", "Khấu hao",
                                   "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(goi[y] == hop[y] * 12 and kg[y] == goi[y] * 0.2 + tui[y] == kg2[y], f"packs, kg {y}")
        p.check(close(shell[y] * 0.75, kg[y]) and shell[y] <= bought[y] == 30000 <= 20 * 2 * 1500, f"75 % kernels, 30 tấn {y}")
        p.check(kg[y] <= 50 * 4 * 280, f"pan 56.000 kg {y}")
        p.check(close(rh[y], hop[y] * 0.34) and close(rt[y], tui[y] * 0.13) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], shell[y] * 0.025) and close(lines[1][y], kg[y] * 0.012)
                and close(lines[2][y], hop[y] * 0.024 + tui[y] * 0.003) and close(lines[3][y], kg[y] * 0.002)
                and close(lines[4][y], 10 * 5.5 * 12) and close(lines[5][y], 700 / 7)
                and close(lines[6][y], [300, 200, 100][y] * 0.07) and close(lines[8][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax on the stated profit {y}")
    growth_ok(p, rev, "revenue")
    p.check(close(kg[0] / 16500, 1.091, 0.01), "+9,1 % on 2026")
    p.check(3500 + 1500 == hop[0] and tui[0] == 6000, "channels 2027")
    # PLANTED profit-mismatch (2028)
    true_pre = [rev[y] - cost[y] for y in Y]
    p.check(close(pre[0], true_pre[0]) and close(pre[2], true_pre[2]), "2027/2029 profit right")
    p.check(off(pre[1], true_pre[1], 10) and close(true_pre[1], 651.1), "PLANTED 2028 profit 751,1 vs 651,1 (+15,4 %)")
    # PLANTED table-total-mismatch (investment)
    inv = p.part("## 2. Vốn đầu tư", "## 3.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    stated = inv.one("Tổng cộng")
    p.check(sum(items) == 1000 and sum(items[:3]) == 700 and stated == 1150 and off(stated, sum(items), 10),
            "PLANTED investment total 1.150 vs items 1.000 (+15 %)")
    p.check(750 + 400 == stated, "sources match the wrong total (tolerated capital-mismatch)")
    p.has("Tổng vốn đầu tư 1.150 triệu đồng")
    avg = sum(post) / 3
    p.check(close(avg, 581.7, 0.001) and close(1150 / (avg + 100), 1.69, 0.01), "stated average, payback 1,69")
    true_post1 = true_pre[1] - r1(true_pre[1] * 0.15)
    true_avg = (post[0] + true_post1 + post[2]) / 3
    p.check(close(true_avg, 553.4, 0.001) and close(1000 / (true_avg + 100), 1.53, 0.01), "tolerated: true payback 1,53")
    # PLANTED outdated-policy
    p.has("Quyết định số 1048/QĐ-TTg", "Quyết định số 781/QĐ-TTg", "Luật Hợp tác xã năm 2012", "cấp huyện", "UBND huyện",
          "tháng 10 năm 2026")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|17/2023/QH15", "PLANTED the instruments in force are not cited")
    p.has("340.000 đồng/hộp", "130.000 đồng/kg", "đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/ĐL",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "đăng ký môi trường")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dy09() -> Plan:
    p = Plan("dy09_mach_nha_tung_loc_hkd")
    pr = p.part("## 10.1.", "# 11.")
    hu, thung, xa, kg, me = pr.row("Hũ 500 g"), pr.row("Quy ra thùng"), pr.row("Mạch nha xá"), pr.row("Tổng (kg)"), pr.row("Số mẻ")
    raw = p.part("# 8. Nguồn nguyên liệu", "# 9.")
    kg2, rice, malt = raw.row("Mạch nha (kg)"), raw.row("Gạo nếp cần"), raw.row("Mầm lúa cần")
    fin = p.part("# 12. Hiệu quả", "# 13.")
    rev, rh, rx, cost = fin.row("Doanh thu"), fin.row("Hũ 500 g (50.000"), fin.row("Mạch nha xá (70.000"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Gạo nếp (20.000", "Mầm lúa (12.000", "Hũ, nắp", "Củi, điện", "Tiền công", "Khấu hao",
                                   "Lãi vay", "Quảng bá, vận chuyển", "Thuế (4,5")]
    prof = fin.row("Lợi nhuận")
    staff = [4, 6, 8]
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.5 + xa[y] == kg2[y] and thung[y] * 20 == hu[y] and kg[y] == me[y] * 80, f"kg, cartons, batches {y}")
        p.check(close(rice[y], kg[y] * 10 / 8) and close(malt[y], kg[y] / 8) and rice[y] <= 40000, f"10 kg rice → 8 kg, 40 tấn {y}")
        p.check(me[y] <= 2 * 300, f"2 pots × 300 days (capacity covers: not planted) {y}")
        p.check(close(rh[y], hu[y] * 0.05) and close(rx[y], xa[y] * 0.07) and close(rev[y], rh[y] + rx[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.02) and close(lines[1][y], malt[y] * 0.012) and close(lines[2][y], hu[y] * 0.004)
                and close(lines[3][y], kg[y] * 0.003) and close(lines[4][y], staff[y] * 5 * 12) and close(lines[5][y], 30)
                and close(lines[6][y], 300 * 0.08) and close(lines[7][y], 20) and close(lines[8][y], rev[y] * 0.045),
                f"cost lines {y}")
    profit_block(p, rev, cost, lines, prof)
    p.check(8000 == 100 * 80 and close(kg[0] / 8000, 1.15), "+15 % on 2026 (100 mẻ)")
    # PLANTED unrealistic-growth
    p.check(rev[0] / 700 < 1.2, "2027 step under 20 %")
    p.check(kg[1] / kg[0] > 1.7 and kg[2] / kg[1] > 1.6 and rev[1] / rev[0] > 1.7 and rev[2] / rev[1] > 1.6,
            "PLANTED ×1,74 then ×1,63 in output and revenue")
    p.check(lines[7][0] == lines[7][1] == lines[7][2] == 20, "flat promotion 20 triệu")
    wc_2029 = lines[0][2] + lines[1][2] + lines[2][2]
    p.check(close(wc_2029, 817) and wc_2029 > 2.5 * 300, "2029 rice, malt, jars 817 vs 300 working capital")
    p.has("Thị trường còn rất lớn", "qua chính các đại lý và sạp chợ hiện có")
    # PLANTED capital-mismatch
    inv = p.part("# 11. Vốn đầu tư", "# 12.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    total = inv.one("Tổng cộng")
    p.check(sum(items) == total == 600 and sum(items[:4]) == 300, "items = total 600, fixed 300")
    p.check(off(200 + 300, total, 10), "PLANTED sources 200 + 300 = 500 vs 600 (−16,7 %)")
    p.has("vốn tự có của gia đình 200 triệu đồng và vay Ngân hàng Chính sách xã hội 300 triệu đồng", "đủ vốn thực hiện")
    avg = sum(prof) / 3
    p.check(close(avg, 423.7, 0.001) and close(600 / (avg + 30), 1.32, 0.01), "stated average, payback 1,32")
    p.check(close(500 / (avg + 30), 1.10, 0.01), "tolerated: 1,10 with the 500 raised")
    # PLANTED no-environment-measures
    p.lacks(r"môi trường|nước thải|khói|bã|xử lý|hố lắng|bể lắng|phân bón|ủ phân|\brác\b|chất thải|thu gom",
            "PLANTED no environmental measure anywhere")
    p.has("Vo gạo", "bếp củi", "ép lấy dịch")
    p.has("50.000 đồng/hũ", "70.000 đồng/kg", "148/QĐ-TTg", "1489/QĐ-TTg", "đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2026/LH", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument (not planted here)")
    return p


def dy10() -> Plan:
    p = Plan("dy10_tuong_ot_cam_quang_ho")
    pr = p.part("## 5.1.", "## 5.2.")
    lit, chai, thung, le = pr.row("Tương ớt (lít)"), pr.row("Tổng số chai"), pr.row("Bán buôn (thùng"), pr.row("Bán lẻ (chai)")
    raw = p.part("## 4.1.", "## 4.2.")
    me, chili, supply = raw.row("Số mẻ"), raw.row("Ớt tươi cần"), raw.row("Ớt của 15 hộ")
    fin = p.part("## 5.3.", "# Chương 6")
    rev, rb, rl, cost = fin.row("Doanh thu"), fin.row("Bán buôn (900.000"), fin.row("Bán lẻ (25.000"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Ớt tươi (20.000", "Tỏi, đường", "Chai, nắp", "Gas, điện", "Tiền công", "Khấu hao",
                                   "Lãi vay", "Vận chuyển, quảng bá")]
    prof = fin.row("Lợi nhuận")
    for y in Y:  # đồng
        p.check(lit[y] == me[y] * 40 and chai[y] == lit[y] * 4 == me[y] * 160 == thung[y] * 40 + le[y], f"batches, bottles {y}")
        p.check(chili[y] == me[y] * 50 and chili[y] <= supply[y] == 3 * 8000 and me[y] <= 2 * 250, f"chillies, supply, capacity {y}")
        p.check(close(rb[y], thung[y] * 900000) and close(rl[y], le[y] * 25000) and close(rev[y], rb[y] + rl[y]), f"revenue {y}")
        p.check(close(lines[0][y], chili[y] * 20000) and close(lines[1][y], me[y] * 400000) and close(lines[2][y], chai[y] * 3500)
                and close(lines[3][y], me[y] * 60000) and close(lines[4][y], 2 * 5e6 * 12) and close(lines[5][y], 200e6 / 10)
                and close(lines[6][y], 100e6 * 0.08), f"cost lines {y}")
    profit_block(p, rev, cost, lines, prof)
    growth_ok(p, rev, "revenue")
    p.check(9000 == 225 * 40 and close(lit[0] / 9000, 1.111, 0.01), "+11,1 % on 2026 (225 mẻ)")
    p.check(close(900000 / 40, 22500), "22.500 đ a bottle wholesale")
    inv = p.part("## 5.2.", "## 5.3.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 200e6 + 100e6 and sum(items[:4]) == 200e6, "capital 300 tr")
    avg = sum(prof) / 3
    p.check(close(avg, 298.5e6, 0.0001) and close(300e6 / (avg + 20e6), 0.94, 0.01), "average, payback 0,94")
    # PLANTED name-inconsistent
    p.check(p.count("Cơ sở Tương ớt Minh Phương") == 1 and p.count("Tương ớt Xuân Thành") == 1, "PLANTED two foreign names")
    p.check(p.count("Hồng Nhung") >= 3 and p.count("Tương ớt Cẩm Quang") >= 2, "the plan's own names elsewhere")
    # PLANTED no-quality-control
    p.lacks(r"mã lô|số lô|truy xuất|nhật ký|sổ (ghi|theo dõi)|kiểm soát chất lượng|kiểm tra|kiểm nghiệm|\bQR\b|mã vạch|"
            r"HACCP|ISO|VietGAP|lưu mẫu", "PLANTED no quality control or traceability anywhere")
    # PLANTED no-business-registration
    p.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|giấy phép|\bthuế\b|hộ kinh doanh|doanh nghiệp|hợp tác xã",
            "PLANTED no registration, tax code or tax anywhere")
    p.has("bản cam kết bảo đảm an toàn thực phẩm", "TCCS 01:2026/HN", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "hố lắng", "25.000 đồng/chai", "900.000 đồng/thùng", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument (not planted here)")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("dy11_siro_dau_tam_so_sai")
    a.check(200 * 15 == 3000 and 3000 * 60000 == 180e6, "200 mẻ × 15 chai = 3.000 chai × 60.000 = 180 triệu")
    a.has("Mỗi mẻ nấu 20 kg quả được khoảng 15 chai 500 ml", "khoảng 200 mẻ", "khoảng 3.000 chai", "60.000 đồng/chai",
          "khoảng 180 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận|quy trình", "every tolerated gap is real")
    a.has("Zalo", "2 cửa hàng tạp hóa")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dy12_ca_com_say_so_sai")
    b.check(80 * 25 == 2000 and 2000 * 250000 == 500e6, "80 mẻ × 25 kg = 2.000 kg × 250.000 = 500 triệu")
    b.has("Mỗi mẻ 1 tạ cá tươi được khoảng 25 kg", "khoảng 80 mẻ", "khoảng 2.000 kg", "250.000 đồng/kg",
          "khoảng 500 triệu đồng")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|"
            r"môi trường|nước thải|truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận|quy trình", "every tolerated gap is real")
    b.has("Facebook", "1 nhà hàng hải sản")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


# --------------------------------------------------------------------------- calendars, equipment, staff, norms

def months(q: Plan, n: int) -> list[list[float]]:
    """Rows of a monthly table (first cell a month number), the last n numbers of each."""
    out = []
    for r in q.rows:
        if r and r[0].isdigit() and 1 <= int(r[0]) <= 12:
            nums = [plancheck.vn(x) for x in r[1:] if re.fullmatch(r"[\d.,]+", x)]
            if len(nums) >= n:
                out.append(nums[-n:])
    return out


def col(rows: list[list[float]], i: int) -> float:
    return sum(r[i] for r in rows)


def equipment(p: Plan, q: Plan, n: int) -> float:
    items = [q.row(f"{i} |", 3) for i in range(1, n + 1)]
    p.check(all(close(a * b, c) for a, b, c in items), "equipment qty × price = amount")
    total = sum(c for *_, c in items)
    p.check(close(total, q.row("Cộng", 1)[0]), "equipment total")
    return total


def staff_table(p: Plan, q: Plan, n: int, want: int) -> None:
    p.check(sum(q.one(f"{i} |") for i in range(1, n + 1)) == q.one("Cộng") == want, f"staff table = {want}")


def x01(p: Plan) -> None:
    cal = months(p.part("Lịch chiết chai", "Tháng 12 và tháng 1"), 2)
    p.check(len(cal) == 12 and col(cal, 0) == 28000 and col(cal, 1) == 45000, "calendar 28.000 lít, 45.000 kg fish")
    p.check(close(45000, 31500 / 0.7) and 45000 <= 60000, "fish salted in 2027 = need of 2028, within 60 tấn")
    q = p.part("Danh mục máy móc", "# X.")
    p.check(equipment(p, q, 6) == 300 + 400 + 200 == 900, "equipment 900 = investment items 2–4")
    staff_table(p, p.part("Bố trí lao động", "# XI."), 4, 10)


def x02(p: Plan) -> None:
    cal = months(p.part("Lịch sấy năm 2027", "Danh mục thiết bị"), 3)
    p.check(len(cal) == 6 and col(cal, 0) == 9600 and col(cal, 1) == 48 and col(cal, 2) == 2400
            and all(r[0] == r[1] * 200 and r[2] * 4 == r[0] for r in cal), "drying calendar 9.600 → 2.400, 200 kg a batch")
    p.check(48 <= 120, "48 batches within 120 drying days")
    q = p.part("Danh mục thiết bị đầu tư", "Định mức bao bì")
    p.check(equipment(p, q, 3) == 250000 + 250000, "equipment 500.000 = dryer + mills")
    p.check(25 * 120 + 5000 + 1000 == 9000, "9.000 đ a box")
    p.has("25 × 120 đồng = 3.000 đồng", "cộng 9.000 đồng/hộp")


def x03(p: Plan) -> None:
    cal = months(p.part("Lịch sản xuất năm 2027", "Tháng cao điểm"), 3)
    p.check(len(cal) == 12 and col(cal, 0) == 400 and col(cal, 1) == 12000 and col(cal, 2) == 24000
            and all(r[1] == r[0] * 30 and r[2] == r[0] * 60 and r[0] <= 50 for r in cal), "calendar 400 mẻ, ≤ 50 a month")
    p.check(3500 + 500 + 1000 + 1500 == 6500, "6.500 đ a bottle")


def x04(p: Plan) -> None:
    cal = months(p.part("Lịch sấy năm 2027", "Tháng nhiều nhất"), 3)
    p.check(len(cal) == 12 and col(cal, 0) == 200 and col(cal, 1) == 70000 and col(cal, 2) == 20000
            and all(r[1] == r[0] * 350 and r[2] == r[0] * 100 and r[0] <= 250 / 12 for r in cal), "calendar 200 mẻ")
    p.check(3.5 * 8000 == 28000 and 600000 / 100 == 6000 and 28000 + 12000 + 6000 == 46000, "46.000 đ/kg direct")


def x05(p: Plan) -> None:
    q = p.part("Phân bổ sản lượng năm 2027", "# E.")
    ch = [q.row(x, 2) for x in ("Nhà phân phối", "Cửa hàng đặc sản", "Gian hàng OCOP")]
    p.check(col(ch, 0) == 100 and col(ch, 1) == 12000 == q.row("Cộng", 2)[1]
            and all(close(c[1], 12000 * c[0] / 100) for c in ch), "channels 60/25/15 % of 12.000 kg")
    q = p.part("Danh mục thiết bị đầu tư", "# F.")
    p.check(equipment(p, q, 5) == 350 + 300 + 100 == 750, "equipment 750 = dryer, tanks, packing")
    p.check(1000 * 0.12 == 120 and 120 / 0.5 == 240, "1 tấn → 120 kg → 240 hộp")


def x06(p: Plan) -> None:
    cal = months(p.part("Lịch chiên năm 2027", "Mỗi tháng máy chạy"), 2)
    p.check(len(cal) == 12 and col(cal, 0) == 56000 and col(cal, 1) == 14000
            and all(r[0] == r[1] * 4 and r[0] <= 25 * 2 * 100 for r in cal), "calendar 56.000 kg múi, ≤ 5.000 a month")
    p.check(12 * 5000 == 60000, "12 months × 5.000 = 60.000 kg múi a year (the planted ceiling)")
    staff_table(p, p.part("| TT | Vị trí |", "# 11."), 5, 14)
    p.has("Tổng 14 người", "9 công nhân")
    p.check(10 * 7000 + 15000 + 10000 + 20000 == 115000, "115.000 đ/kg direct")


def x07(p: Plan) -> None:
    cal = months(p.part("Lịch ủ mắm năm 2027", "Danh mục thiết bị"), 3)
    p.check(len(cal) == 6 and col(cal, 0) == 21600 and col(cal, 1) == 5400 and col(cal, 2) == 18000
            and all(close(r[0], r[2] * 1.2) and close(r[1], r[2] * 0.3) for r in cal), "calendar 21.600 moi → 18.000")
    q = p.part("Danh mục thiết bị, dụng cụ", "Thông số kỹ thuật")
    p.check(equipment(p, q, 3) == 100 + 80 + 70 == 250, "equipment 250 = chum + grinder + capper")
    staff_table(p, p.part("Bố trí 8 lao động", "# X."), 4, 8)
    s = p.part("Phân tích độ nhạy năm 2027", "Khi giá bán giảm")
    base, price, moi = s.row("Kế hoạch"), s.row("Giá bán giảm 10"), s.row("Giá moi tăng 20")
    p.check(base == [1320, 1122.6, 197.4], "sensitivity base = 2027")
    p.check(close(price[0], 1320 * 0.9) and close(price[1], 1122.6 - (59.4 - r1(1188 * 0.045)))
            and close(price[2], price[0] - price[1]), "price −10 %: tax falls 5,9")
    p.check(close(moi[1], 1122.6 + 324 * 0.2) and close(moi[2], 1320 - moi[1]), "moi +20 %: +64,8")
    p.has("giảm 5,9 triệu đồng", "tăng 64,8 triệu đồng")
    n = p.part("Chi phí trực tiếp cho 1 kg", "Phần chênh lệch")
    hu_, can_ = [n.row(x, 2) for x in ("Moi tươi", "Muối (0,3", "Bao bì (4.000")], n.row("Cộng", 2)
    p.check(hu_[0] == [1.2 * 15000] * 2 and hu_[1] == [0.3 * 3000] * 2 and hu_[2] == [4000 / 0.5, 15000 / 5]
            and can_ == [sum(r[0] for r in hu_), sum(r[1] for r in hu_)] and n.row("Giá bán quy ra kg", 2) == [40000 / 0.5, 300000 / 5],
            "direct cost per kg 26.900 / 21.900, prices per kg")


def x08(p: Plan) -> None:
    cal = months(p.part("Lịch rang năm 2027", "Danh mục thiết bị"), 2)
    p.check(len(cal) == 12 and col(cal, 0) == 360 and col(cal, 1) == 18000
            and all(r[1] == r[0] * 50 and r[0] <= 4 * 25 for r in cal), "calendar 360 mẻ × 50 kg")
    q = p.part("Danh mục thiết bị đầu tư", "Thông số:")
    p.check(equipment(p, q, 4) == 250 + 150 == 400, "equipment 400 = pans + packing (items 2–3)")


def x09(p: Plan) -> None:
    cal = months(p.part("Lịch nấu năm 2027", "Thông số kỹ thuật"), 2)
    p.check(len(cal) == 12 and col(cal, 0) == 115 and col(cal, 1) == 9200
            and all(r[1] == r[0] * 80 and r[0] <= 2 * 25 for r in cal), "calendar 115 mẻ × 80 kg")
    staff_table(p, p.part("Bố trí lao động năm 2027", "## 10.1."), 3, 4)
    p.check(2500 + 1000 + 500 == 4000, "4.000 đ a jar")
    p.has("Kinh phí 20 triệu đồng mỗi năm")


def x10(p: Plan) -> None:
    cal = months(p.part("Lịch nấu năm 2027", "Thông số nấu"), 3)
    p.check(len(cal) == 12 and col(cal, 0) == 250 and col(cal, 1) == 10000 and col(cal, 2) == 40000
            and all(r[1] == r[0] * 40 and r[2] == r[0] * 160 and r[0] <= 2 * 21 for r in cal), "calendar 250 mẻ")
    p.check(2000 + 500 + 500 + 500 == 3500, "3.500 đ a bottle")



def history(p: Plan, start: str, end: str, out_label: str, rev_label: str, out26: float, rev26: float,
            batch: tuple[str, float] | None = None, raw: tuple[str, float] | None = None) -> None:
    """Past results 2024–2026: the 2026 column matches the text and the first plan year's step; growth < 20 %;
    batches × yield and raw material × ratio where given."""
    q = p.part(start, end)
    out, rev = q.row(out_label), q.row(rev_label)
    p.check(out[2] == out26 and close(rev[2], rev26), f"history 2026 = {out26}, {rev26}")
    growth_ok(p, out, "history output"); growth_ok(p, rev, "history revenue")
    if batch:
        b = q.row(batch[0])
        p.check(all(close(out[i], b[i] * batch[1]) for i in range(3)), "history batches × yield")
    if raw:
        r = q.row(raw[0])
        p.check(all(close(out[i], r[i] * raw[1]) for i in range(3)), "history raw material × ratio")


HIST = {
    "dy02": lambda p: history(p, "Kết quả sản xuất kinh doanh ba năm", "# Phần 3", "Dược liệu khô", "Doanh thu", 2150, 1600),
    "dy03": lambda p: history(p, "Kết quả ba năm gần đây", "# CHƯƠNG III", "Siro (lít)", "Doanh thu", 10800, 1270,
                              batch=("Số mẻ nấu", 30)),
    "dy04": lambda p: history(p, "Kết quả ba năm gần đây", "# 3. Sự cần thiết", "Khoai sấy (kg)", "Doanh thu", 18000, 2900,
                              batch=("Số mẻ sấy", 100)),
    "dy05": lambda p: history(p, "Kết quả ba năm gần đây", "## 2. Mô tả", "Bột sắn dây (kg)", "Doanh thu", 10800, 1950,
                              raw=("Củ sắn dây chế biến", 120)),
    "dy06": lambda p: history(p, "Kết quả ba năm gần đây", "# 5. Mô tả", "Mít sấy (kg)", "Doanh thu", 12000, 2950,
                              raw=("Múi mít chiên", 0.25)),
    "dy07": lambda p: history(p, "Kết quả ba năm gần đây", "## 2. Sản phẩm", "Mắm tôm (kg)", "Doanh thu", 16000, 1150,
                              raw=("Moi tươi đưa vào", 1 / 1.2)),
    "dy08": lambda p: history(p, "Kết quả ba năm gần đây", "## 2. Sản phẩm", "Lạc rang (kg)", "Doanh thu", 16500, 2250),
    "dy09": lambda p: history(p, "Kết quả ba năm gần đây", "# 3. Sự cần thiết", "Mạch nha (kg)", "Doanh thu", 8000, 700,
                              batch=("Số mẻ nấu", 80)),
    "dy10": lambda p: history(p, "Kết quả ba năm gần đây", "## 3.2.", "Tương ớt (lít)", "Doanh thu", 9000, 840,
                              batch=("Số mẻ nấu", 40)),
}


def loan_cash(p: Plan, rate: float, bal: list[float], repay: list[float], interest_label: str,
              profit: list[float] | None = None, kh: float | None = None) -> None:
    """The loan schedule (balance × rate = the interest cost line; repayments) and the cash-flow table."""
    q = p.part("Kế hoạch trả nợ vay", "Dòng tiền" if profit else "\n#")
    rows = [q.row(f"{y} |", 3) for y in (2027, 2028, 2029)]
    p.check([r[0] for r in rows] == bal and [r[2] for r in rows] == repay, "loan balances, repayments")
    p.check(all(close(r[1], r[0] * rate) or r[0] == r[1] == 0 for r in rows), "interest = balance × rate")
    p.check(close(q.row("Cộng", 2)[0], sum(r[1] for r in rows)) and q.row("Cộng", 2)[1] == sum(repay), "loan totals")
    lines = [p.row(interest_label, 3, 0)]
    p.check(all(close(lines[0][y], rows[y][1]) or rows[y][1] == lines[0][y] == 0 for y in Y), "schedule = interest cost line")
    if profit:
        c = p.part("Dòng tiền của phương án", "\n#")
        cf = [c.row(f"{y} |", 4) for y in (2027, 2028, 2029)]
        p.check(all(close(cf[y][0], profit[y]) and cf[y][1] == kh and cf[y][2] == repay[y]
                    and close(cf[y][3], profit[y] + kh - repay[y]) for y in Y), "cash flow = profit + depreciation − repayment")


def customers(p: Plan, start: str, end: str, labels: list[str], col_: int, total: float, ncols: int = 1) -> None:
    q = p.part(start, end)
    vals = [q.row(x, ncols)[col_] for x in labels]
    p.check(close(sum(vals), total) and close(q.row("Cộng", ncols)[col_], total), f"customers sum to {total}")


LOANS = {
    "dy02": lambda p: loan_cash(p, 0.06, [400000, 300000, 200000], [100000] * 3, "Lãi vay",
                                [666536, 820403, 913070], 100000),
    "dy03": lambda p: loan_cash(p, 0.08, [300e6, 200e6, 100e6], [100e6] * 3, "Lãi vay",
                                [298480000, 392165000, 485850000], 60e6),
    "dy04": lambda p: loan_cash(p, 0.07, [500, 400, 300], [100] * 3, "Lãi vay", [908.4, 1110.1, 1311.8], 90),
    "dy05": lambda p: (loan_cash(p, 0.07, [600, 450, 300], [150] * 3, "Lãi vay"),
                       customers(p, "Nhà phân phối đã ký", "# E.", ["Nhà phân phối thứ nhất", "Nhà phân phối thứ hai",
                                 "Hai nhà phân phối phía Bắc", "Hai nhà phân phối phía Nam"], 0, 7200)),
    "dy06": lambda p: (loan_cash(p, 0.075, [800, 600, 400], [200] * 3, "Lãi vay", [180.9, 436.2, 595.9], 200),
                       customers(p, "Nhà phân phối năm 2027", "# 8.", ["Nhà phân phối thứ nhất", "Nhà phân phối thứ hai",
                                 "Nhà phân phối thứ ba", "Nhà phân phối thứ tư"], 0, 1000)),
    "dy07": lambda p: loan_cash(p, 0.07, [200, 100, 0], [100, 100, 0], "Lãi vay", [197.4, 287.1, 376.8], 50),
    "dy08": lambda p: (loan_cash(p, 0.07, [300, 200, 100], [100] * 3, "Lãi vay"),
                       customers(p, "Nhà phân phối năm 2027", "# PHẦN IV.", ["Nhà phân phối thứ nhất",
                                 "Nhà phân phối thứ hai", "Nhà phân phối thứ ba"], 0, 3500)),
    "dy09": lambda p: (loan_cash(p, 0.08, [300, 300, 300], [0, 0, 300], "Lãi vay", [153.5, 370.1, 747.5], 30),
                       customers(p, "Khách hàng năm 2027", "# 8.", ["Đại lý tạp hóa ở Can Lộc", "Đại lý tạp hóa ở Thạch Hà",
                                 "Đại lý tạp hóa thứ ba", "2 sạp"], 0, 600, 2),
                       customers(p, "Khách hàng năm 2027", "# 8.", ["4 cơ sở", "Cơ sở làm bánh"], 1, 3200, 2)),
    "dy10": lambda p: (loan_cash(p, 0.08, [100e6] * 3, [0, 0, 100e6], "Lãi vay", [257e6, 298.5e6, 340e6], 20e6),
                       customers(p, "Khách mua buôn năm 2027", "# Chương 4.", ["Cẩm Xuyên", "Kỳ Anh", "Thành phố"], 1, 600, 2),
                       customers(p, "Khách mua buôn năm 2027", "# Chương 4.", ["Cẩm Xuyên", "Kỳ Anh", "Thành phố"], 0, 120, 2)),
}

EXTRA = {"dy01": x01, "dy02": x02, "dy03": x03, "dy04": x04, "dy05": x05, "dy06": x06, "dy07": x07, "dy08": x08,
         "dy09": x09, "dy10": x10}


def main() -> int:
    plans = [fn() for fn in (dy01, dy02, dy03, dy04, dy05, dy06, dy07, dy08, dy09, dy10)]
    for p in plans:
        EXTRA[p.stem[:4]](p)
        if p.stem[:4] in HIST:
            HIST[p.stem[:4]](p)
        if p.stem[:4] in LOANS:
            LOANS[p.stem[:4]](p)
    return plancheck.report(plans + sketchy())


if __name__ == "__main__":
    sys.exit(main())
