"""The hundred-and-thirty-first holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout131/arithmetic.py

For every plan: the herd or flock chain (animals placed x survival 92 % x live weight x carcass
yield, hives x honey per hive x yield, stags x antler x drying yield), feed = live weight x feed
conversion, raw-material need against the stated supply, output against barns, ponds, ovens or
machines x working days, revenue = quantity x price, each cost line = its stated norm, cost lines
summing to the total, profit = revenue - cost, tax, investment items = total = capital sources,
depreciation, interest, payback, growth (under 20 % a year except where planted). Planted numeric
defects are asserted wrong by more than 5 % (with the true value computed) and every other number
right within 1 %. Table figures are read from the plan's source, each table inside its own
section; figures quoted in running text are looked up verbatim. Textual plants (no product
standard, no environmental measure, no label, no sales channel, no trademark, no food safety,
another producer's name, replaced instruments, no registration) are asserted through the absence
or presence of their words; ready plans cite QĐ 148 and 1489 and no replaced instrument; no plan
keeps a template placeholder.
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
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện")


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


def calendar(p: Plan, start: str, total: float, what: str) -> None:
    """A monthly calendar table: its months sum to its 'Cả năm' row, which equals the year's output."""
    c = p.part(start, "Cả năm |")
    i = p.body.find(start)
    j = p.body.find("| Cả năm |", i)
    rows = [[x.strip() for x in line.strip().strip("|").split("|")] for line in p.body[i:j + 40].splitlines()
            if re.match(r"\| Tháng \d+ \|", line.strip())]
    months = [plancheck.vn(r[1]) for r in rows]
    year = plancheck.vn(p.body[j:].split("|")[2].strip())
    p.check(close(sum(months), year, 0.0001) and close(year, total) and c is not None, f"{what}: calendar sums to {total}")


def staff_sum(p: Plan, start: str, end: str, want: float, what: str) -> None:
    t = p.part(start, end)
    nums = [plancheck.vn(r[1]) for r in t.rows if len(r) == 3 and re.fullmatch(r"\d+", r[1]) and not r[0].startswith("Cộng")]
    p.check(sum(nums) == want, f"{what}: staff table sums to {want} ({sum(nums)})")


def equipment(p: Plan, start: str, want: float, what: str) -> None:
    """An equipment table: quantity x unit price = amount, amounts sum to 'Cộng thiết bị' = the investment item(s)."""
    t = p.part(start, "Cộng thiết bị")
    rows = [r for r in t.rows if len(r) == 5 and re.fullmatch(r"\d+", r[0])]
    ok = all(close(plancheck.vn(r[2]) * plancheck.vn(r[3]), plancheck.vn(r[4])) for r in rows)
    i = p.body.find("Cộng thiết bị", p.body.find(start))
    total = plancheck.vn(p.body[i:].split("|")[3].strip())
    p.check(ok and close(sum(plancheck.vn(r[4]) for r in rows), total) and close(total, want), f"{what}: equipment {want}")


def supply_table(p: Plan, start: str, end: str, col: int, want: float, what: str) -> None:
    t = p.part(start, end)
    rows = [r for r in t.rows if re.fullmatch(r"\d+", r[0])]
    tot = [r for r in t.rows if len(r) > 1 and r[1] == "Cộng"]
    s = sum(plancheck.vn(r[col]) for r in rows)
    p.check(bool(tot) and close(s, plancheck.vn(tot[0][col])) and close(s, want), f"{what}: table sums to {want} ({s})")


def ratios(p: Plan, start: str, end: str, rl: str, pl: str, inv: float) -> None:
    """The ratio table after the financial table: stated profit / stated revenue and / investment, in %."""
    fin = p.part(start, end)
    rev, prof = fin.row(rl), fin.row(pl)
    t = p.part("Một số chỉ tiêu hiệu quả", "# ")
    m, k = t.row("Tỷ suất lợi nhuận trên doanh thu"), t.row("Tỷ suất lợi nhuận trên tổng vốn")
    p.check(all(abs(m[y] - prof[y] / rev[y] * 100) <= 0.051 and abs(k[y] - prof[y] / inv * 100) <= 0.051 for y in Y),
            "ratio table follows the stated revenue and profit")


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "Nghị định số 43/2017/NĐ-CP", "Nghị định số 111/2021/NĐ-CP",
          "an toàn thực phẩm", "Cục Sở hữu trí tuệ", "mã lô")
    p.check(bool(re.search(r"tiêu chuẩn cơ sở|TCCS", p.body)) and "tự công bố" in p.body, "standard and self-declaration")


def common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")


def fin_lines(fin: Plan, labels: list[str]) -> list[list[float]]:
    return [fin.row(x) for x in labels]


def growth_ok(p: Plan, xs: list[float], what: str) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < 1.2, f"{what} growth {y}")


# --------------------------------------------------------------------------- ready plans

def eb01() -> Plan:
    p = Plan("eb01_ga_doi_son_kim_htx")
    pr = p.part("# X. KẾ HOẠCH", "# XI.")
    g, x, hoi, thit, feed = (pr.row("Gà giống"), pr.row("Gà xuất chuồng"), pr.row("Khối lượng gà hơi"),
                             pr.row("Thịt gà làm sẵn"), pr.row("Thức ăn hỗn hợp"))
    fin = p.part("# XII. HIỆU QUẢ", "Lợi nhuận bình quân")
    rev, r1, cost, prof = fin.row("Doanh thu"), fin.row("Gà đồi làm sẵn"), fin.row("Chi phí"), fin.row("Lợi nhuận")
    L = fin_lines(fin, ["Con giống", "Thức ăn hỗn hợp", "Vắc xin", "Giết mổ", "Tiền lương", "Điện, nước",
                        "Khấu hao", "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý"])
    for y in Y:
        p.check(close(x[y], g[y] * 0.92) and close(hoi[y], x[y] * 2) and close(thit[y], hoi[y] * 0.7)
                and close(feed[y], hoi[y] * 2.6), f"flock chain {y}")
        p.check(g[y] <= 4 * 1500 * 3 and x[y] <= 150 * 250 and g[y] <= 20000, f"4 barns 18.000, slaughter room, chick contract {y}")
        p.check(close(r1[y], thit[y] * 0.16) and close(rev[y], r1[y]), f"revenue {y}")
        p.check(close(L[0][y], g[y] * 0.012) and close(L[1][y], feed[y] * 0.0115) and close(L[2][y], g[y] * 0.004)
                and close(L[3][y], thit[y] * 0.006) and close(L[4][y], 9 * 6.5 * 12) and close(L[5][y], 60)
                and close(L[6][y], 1500 / 10) and close(L[7][y], [600, 400, 200][y] * 0.07)
                and close(L[8][y], rev[y] * 0.05) and close(L[9][y], 80), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth_ok(p, rev, "revenue")
    growth_ok(p, g, "flock")
    hist = p.part("# IV. THỰC TRẠNG", "# V.")
    hg, hx, hr = hist.row("Gà giống nhập nuôi", 3), hist.row("Gà xuất chuồng", 3), hist.row("Doanh thu", 3)
    p.check(all(close(hx[i], hg[i] * 0.92) and close(hr[i], hx[i] * 2 * 0.7 * 0.16) for i in range(3))
            and hg[2] <= 3 * 1500 * 3 and close(g[0] / hg[2], 1.12), "history chain, 3 barns in 2026, +12 %")
    inv = p.part("# XI. TỔNG VỐN", "# XII.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1800 == inv.one("Cộng") and sum(items[:4]) == 1500
            and 800 + 400 + 600 == 1800, "capital 1.800 = items = sources, fixed 1.500")
    avg = sum(prof) / 3
    p.check(close(avg, 794.0, 0.001) and close(1800 / (avg + 150), 1.9, 0.01), "average 794, payback 1,9")
    p.check(8000 + 5000 + 5000 <= thit[0] * 1.01, "channels within the 2027 output")
    p.has("160.000 đồng/kg", "1.800 : (794 + 150) ≈ 1,9 năm", "tổng sức chứa 18.000 con/năm", "tỷ lệ sống 92 %")
    ready_common(p)
    calendar(p, "Lịch giết mổ", thit[0], "2027 dressed kg")
    staff_sum(p, "# IX. TỔ CHỨC", "# X.", 12, "3 managers + 9 paid")
    return p


def eb02() -> Plan:
    p = Plan("eb02_mat_ong_ngan_truoi_cty")
    pr = p.part("# Phần 10", "# Phần 11")
    dan, tho, tp, ch, hu, bk = (pr.row("Số đàn ong"), pr.row("Mật thô"), pr.row("Mật thành phẩm"),
                                pr.row("Trong đó: chai"), pr.row("hũ 1 kg"), pr.row("mật bán buôn"))
    fin = p.part("# Phần 12", "Lợi nhuận sau thuế bình quân")
    rev, r1, r2, r3, cost = (fin.row("Doanh thu"), fin.row("Mật ong chai"), fin.row("Mật ong hũ"),
                             fin.row("Mật ong bán buôn"), fin.row("Chi phí"))
    L = fin_lines(fin, ["Chăm sóc đàn ong", "Chai, hũ", "Tiền lương", "Vận chuyển", "Điện", "Khấu hao",
                        "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý"])
    pre, tax, post = fin.row("Lợi nhuận trước"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau")
    for y in Y:
        p.check(tho[y] == dan[y] * 22 and close(tp[y], tho[y] * 0.95) and close(tp[y], ch[y] * 0.5 + hu[y] + bk[y])
                and tp[y] <= 200 * 200, f"honey chain, 40.000 kg dryer {y}")
        p.check(close(r1[y], ch[y] * 120000) and close(r2[y], hu[y] * 220000) and close(r3[y], bk[y] * 130000)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(L[0][y], dan[y] * 700000) and close(L[1][y], ch[y] * 15000 + hu[y] * 25000 + bk[y] * 1000)
                and close(L[2][y], 12 * 7e6 * 12) and close(L[3][y], 150e6) and close(L[4][y], 60e6)
                and close(L[5][y], 1.8e9 / 10) and close(L[6][y], [1e9, 0.7e9, 0.4e9][y] * 0.08)
                and close(L[7][y], rev[y] * 0.06) and close(L[8][y], 200e6), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17)
                and close(post[y], pre[y] - tax[y]), f"cost sum, profit, 17 % tax {y}")
    growth_ok(p, rev, "revenue")
    p.check(dan[0] / 900 < 1.2 and rev[0] / 3.9e9 < 1.2, "2027 step over 2026 under 20 %")
    p.check(12000 + 6000 + 2000 == ch[0] and 4000 + 4000 == hu[0] and close(3000, bk[0], 0.04), "channels = 2027 output")
    inv = p.part("# Phần 11", "# Phần 12")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 2.5e9 == 1.5e9 + 1e9 and sum(items[:5]) == 1.8e9,
            "capital 2,5 tỷ = sources, fixed 1,8 tỷ")
    avg = sum(post) / 3
    p.check(close(avg, 1432736040, 0.0001) and round(2.5e9 / (avg + 180e6), 1) == 1.6, "payback 1,6")
    p.has("2.500.000.000 : (1.432.736.040 + 180.000.000) ≈ 1,6 năm", "120.000 đồng/chai", "220.000 đồng/hũ",
          "130.000 đồng/kg", "22 kg/đàn/năm")
    ready_common(p)
    calendar(p, "Lịch khai thác", tho[0], "2027 raw honey")
    staff_sum(p, "# Phần 9", "# Phần 10", 12, "12 staff")
    return p


def eb03() -> Plan:
    p = Plan("eb03_nhung_huou_son_tay_hkd")
    pr = p.part("# CHƯƠNG X.", "# CHƯƠNG XI.")
    duc, dan, tuoi, ban, say, kho, hop = (pr.row(x, 4) for x in ("Hươu đực", "Tổng đàn", "Nhung tươi (", "Nhung tươi bán",
                                                                  "Nhung đưa vào sấy", "Nhung sấy khô", "Hộp nhung"))
    fin = p.part("# CHƯƠNG XII.", "Lợi nhuận bình quân")
    rev, r1, r2, cost, prof = (fin.row("Tổng doanh thu"), fin.row("Nhung hươu tươi"), fin.row("Nhung hươu sấy"),
                               fin.row("Tổng chi phí"), fin.row("Lợi nhuận"))
    L = fin_lines(fin, ["Thức ăn", "Thuốc thú y", "Sấy nhung", "Công lao động", "Điện, nước", "Khấu hao", "Lãi vay",
                        "Bán hàng", "Chi khác"])
    for i in range(4):  # 2026..2029
        p.check(tuoi[i] == duc[i] * 1.0 and close(tuoi[i], ban[i] + say[i]) and close(kho[i], say[i] * 0.35)
                and close(hop[i], kho[i] * 10), f"antler chain col {i}")
    for y in Y:
        i = y + 1
        p.check(duc[i] <= 60 and dan[i] <= 100 and say[i] <= 180, f"60 stag pens, 100 head, dryer {y}")
        p.check(close(r1[y], ban[i] * 25) and close(r2[y], hop[i] * 9) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(L[0][y], dan[i] * 4.5) and close(L[1][y], dan[i] * 0.3) and close(L[2][y], say[i] * 1.5 + hop[i] * 0.2)
                and close(L[3][y], 216) and close(L[4][y], 24) and close(L[5][y], 60) and close(L[6][y], [300, 200, 100][y] * 0.07)
                and close(L[7][y], rev[y] * 0.05) and close(L[8][y], 20), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    rev26 = ban[0] * 25 + hop[0] * 9
    p.check(close(rev26, 965) and rev[0] / rev26 < 1.2 and duc[0] <= 40, "2026: 0,97 tỷ, +17 % in 2027, 40 pens")
    growth_ok(p, rev, "revenue")
    p.check(40 + 30 == hop[1], "two pharmacies + shop/online = 70 boxes")
    p.check(250 + 180 + 120 + 50 + 100 == 700 == 400 + 300 and 180 + 120 == 300 and 250 + 180 + 120 + 50 == 600,
            "capital 700 = own 400 + loan 300 (items 2 and 3), fixed 600")
    p.check(p.part("# CHƯƠNG XI.", "# CHƯƠNG XII.").one("Tổng cộng") == 700, "table total 700")
    avg = sum(prof) / 3
    p.check(close(avg, 371.05, 0.0001) and close(700 / (avg + 60), 1.6, 0.02), "payback 1,6")
    p.has("700 : (371,05 + 60) ≈ 1,6 năm", "25 triệu đồng/kg", "9 triệu đồng/hộp", "khoảng 1,13 tỷ đồng")
    ready_common(p)
    calendar(p, "Lịch cắt nhung", tuoi[1], "2027 fresh antler")
    staff_sum(p, "# CHƯƠNG IX.", "# CHƯƠNG X.", 3, "3 workers")
    equipment(p, "Thiết bị sơ chế nhung", 120, "item 3")
    ratios(p, "# CHƯƠNG XII.", "Lợi nhuận bình quân", "Tổng doanh thu", "Lợi nhuận", 700)
    return p


def eb04() -> Plan:
    p = Plan("eb04_gio_lon_den_phuc_dong_tht")
    pr = p.part("# 10. Kế hoạch", "# 11.")
    con, xu, hoi, xe, tg, gio, tuoi, feed = (pr.row(x) for x in ("Lợn đen giống", "Lợn xuất chuồng", "Khối lượng lợn hơi",
                                                                  "Thịt xẻ", "Thịt nạc", "Giò lụa", "Thịt lợn đen tươi",
                                                                  "Thức ăn"))
    fin = p.part("# 12. Hiệu quả", "Lợi nhuận bình quân")
    rev, r1, r2, cost, prof = (fin.row("Doanh thu"), fin.row("Thịt lợn đen tươi"), fin.row("Giò lụa lợn đen"),
                               fin.row("Chi phí"), fin.row("Lợi nhuận"))
    L = fin_lines(fin, ["Lợn giống", "Thức ăn", "Thú y", "Giết mổ", "Gia vị", "Công lao động", "Điện, nước", "Khấu hao",
                        "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý"])
    for y in Y:  # nghìn đồng
        p.check(close(xu[y], con[y] * 0.92) and close(hoi[y], xu[y] * 45) and close(xe[y], hoi[y] * 0.7)
                and close(tg[y], gio[y] * 0.95) and close(tuoi[y], xe[y] - tg[y]) and close(feed[y], xu[y] * 37 * 3.2),
                f"pig chain {y}")
        p.check(con[y] <= 12 * 25 * 1.4 and con[y] <= 450 and xu[y] <= 3 * 250 and gio[y] <= 80 * 250, f"capacity {y}")
        p.check(close(r1[y], tuoi[y] * 150) and close(r2[y], gio[y] * 280) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(L[0][y], con[y] * 1200) and close(L[1][y], feed[y] * 8) and close(L[2][y], con[y] * 80)
                and close(L[3][y], xu[y] * 150) and close(L[4][y], gio[y] * 25) and close(L[5][y], 6 * 5500 * 12)
                and close(L[6][y], 30000) and close(L[7][y], 500000 / 10) and close(L[8][y], [200000, 200000, 100000][y] * 0.07)
                and close(L[9][y], rev[y] * 0.04) and close(L[10][y], 24000), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth_ok(p, rev, "revenue")
    p.check(rev[0] / 1660000 < 1.2 and 320 <= 10 * 25 * 1.4, "2027 step over 2026 (+8 %), old 10 pens held 320")
    p.check(close(5000 + 3000, tuoi[0], 0.03) and 1000 + 1000 == gio[0], "channels = 2027 output")
    p.check(250000 + 150000 + 80000 + 20000 + 150000 == 650000 == 450000 + 200000, "capital 650.000 = sources")
    p.check(p.part("# 11. Vốn", "# 12.").one("Tổng cộng") == 650000, "table total 650.000")
    avg = sum(prof) / 3
    p.check(close(avg, 430119, 0.0001) and close(650000 / (avg + 50000), 1.4, 0.04), "payback 1,4")
    p.has("650.000 : (430.119 + 50.000) ≈ 1,4 năm", "150.000 đồng/kg", "280.000 đồng/kg", "sức chứa 420 con/năm")
    ready_common(p)
    calendar(p, "Lịch làm giò", gio[0], "2027 giò")
    staff_sum(p, "# 9. Tổ chức", "# 10.", 7, "leader + 6 paid")
    supply_table(p, "Các hộ cung cấp lợn con", "# 9.", 2, 450, "piglet contract 450")
    ratios(p, "# 12. Hiệu quả", "Lợi nhuận bình quân", "Doanh thu", "Lợi nhuận", 650000)
    return p


# --------------------------------------------------------------------------- revise plans

def eb05() -> Plan:
    p = Plan("eb05_ruoc_ca_qua_cam_binh_cty")
    pr = p.part("# 10. Kế hoạch", "# 11.")
    ru, hu, tui, fr, need = (pr.row("Ruốc cá quả"), pr.row("Trong đó: hũ"), pr.row("Túi 500 g"),
                             pr.row("Cá quả tươi"), pr.row("Cá quả nguyên liệu"))
    fin = p.part("# 12. Hiệu quả", "Lợi nhuận sau thuế bình quân")
    rev, r1, r2, cost = fin.row("Tổng doanh thu"), fin.row("Ruốc cá quả"), fin.row("Cá quả tươi"), fin.row("Tổng chi phí")
    L = fin_lines(fin, ["Cá nguyên liệu", "Gia vị", "Tiền lương", "Điện, gas", "Khấu hao", "Lãi vay", "Bán hàng",
                        "Quản lý"])
    pre, tax, post = fin.row("Lợi nhuận trước"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau")
    supply = 3 * 12 + 10
    for y in Y:
        p.check(close(hu[y] * 0.2 + tui[y] * 0.5, ru[y]) and close(need[y], ru[y] * 4 / 1000 + fr[y]), f"output, need {y}")
        p.check(ru[y] <= 60 * 280, f"line 16.800 kg {y}")
        p.check(close(r1[y], ru[y] * 0.5) and close(r2[y], fr[y] * 70) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(L[0][y], need[y] * 45) and close(L[1][y], ru[y] * 0.04) and close(L[2][y], 14 * 7 * 12)
                and close(L[3][y], ru[y] * 0.008) and close(L[4][y], 240) and close(L[5][y], [1200, 900, 600][y] * 0.08)
                and close(L[6][y], rev[y] * 0.07) and close(L[7][y], 150), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17)
                and close(post[y], pre[y] - tax[y]), f"cost sum, profit, tax {y}")
    growth_ok(p, rev, "revenue")
    p.check(rev[0] / 4460 < 1.2 and close(7800 * 0.5 + 8 * 70, 4460) and 7800 * 4 / 1000 + 8 <= supply, "2026 step, 2026 fish fits")
    p.check(need[0] <= supply and off(need[1], supply) and off(need[2], supply) and close(need[2] / supply, 1.217, 0.01),
            "PLANTED fish need 50 / 56 tấn > 46 tấn supply in 2028 (+8,7 %) and 2029 (+21,7 %)")
    p.has("Tổng nguồn cá 46 tấn/năm, bảo đảm đủ nguyên liệu")
    p.check(4000 + 3500 + 1500 == ru[0], "channels = 2027 floss")
    p.check(1100 + 850 + 250 + 200 + 600 == 3000 == 1800 + 1200, "capital 3.000 = sources")
    avg = sum(post) / 3
    true = 3000 / (avg + 240)
    p.check(close(avg, 839.4, 0.001) and close(true, 2.78, 0.01) and off(1.6, true) and off(1.6, 3000 / avg),
            "PLANTED payback 1,6 years != 3.000 : 1.079,4 = 2,8")
    p.has("3.000 : (839,4 + 240) ≈ 1,6 năm", "hoàn vốn sau khoảng 1,6 năm")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|thử nghiệm|quy chuẩn|VietGAP|HACCP|ISO",
            "PLANTED no product standard, declaration or test")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "bể lắng 3 ngăn", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    common(p)
    calendar(p, "Lịch sản xuất ruốc", ru[0], "2027 floss")
    staff_sum(p, "# 9. Tổ chức", "# 10.", 14, "14 staff")
    equipment(p, "Thiết bị dây chuyền", 850 + 250, "items 2 and 3")
    ratios(p, "# 12. Hiệu quả", "Lợi nhuận sau thuế bình quân", "Tổng doanh thu", "Lợi nhuận sau", 3000)
    return p


def eb06() -> Plan:
    p = Plan("eb06_vit_co_duc_lam_htx")
    pr = p.part("# L. KẾ HOẠCH", "# M.")
    g, x, song, ls, kgs, kgl, feed = (pr.row(s) for s in ("Vịt giống", "Vịt xuất chuồng", "Trong đó: bán", "Giết mổ làm sẵn",
                                                          "Vịt hơi bán", "Vịt làm sẵn", "Thức ăn"))
    fin = p.part("# N. HIỆU QUẢ", "Lợi nhuận bình quân")
    rev, r1, r2, cost, prof = (fin.row("Doanh thu"), fin.row("Vịt hơi (55"), fin.row("Vịt làm sẵn (110"),
                               fin.row("Chi phí"), fin.row("Lợi nhuận"))
    L = fin_lines(fin, ["Vịt giống", "Thức ăn", "Thú y", "Giết mổ", "Tiền công", "Điện, nước", "Khấu hao", "Lãi vay",
                        "Bán hàng", "Quản lý"])
    cap = 4 * 1100 * 4
    true_r2 = [kgl[y] * 0.11 for y in Y]
    for y in Y:
        p.check(close(x[y], g[y] * 0.92) and close(song[y] + ls[y], x[y]) and close(kgs[y], song[y] * 2.5)
                and close(kgl[y], ls[y] * 2.5 * 0.7) and close(feed[y], x[y] * 2.5 * 2.6), f"duck chain {y}")
        p.check(ls[y] <= 100 * 280, f"slaughter room {y}")
        p.check(close(r1[y], kgs[y] * 0.055) and close(rev[y], r1[y] + r2[y]), f"revenue total = rows {y}")
        p.check(close(L[0][y], g[y] * 0.008) and close(L[1][y], feed[y] * 0.0095) and close(L[2][y], g[y] * 0.002)
                and close(L[3][y], ls[y] * 0.015) and close(L[4][y], 504) and close(L[5][y], 40) and close(L[6][y], 80)
                and close(L[7][y], [400, 300, 200][y] * 0.07) and close(L[8][y], 100) and close(L[9][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    p.check(close(r2[0], true_r2[0]) and close(r2[2], true_r2[2]), "dressed duck 2027, 2029 right")
    p.check(close(true_r2[1], 2213.75) and r2[1] == 2415 and off(r2[1], true_r2[1]) and close(r2[1], kgl[1] * 0.12),
            "PLANTED 2028 dressed duck 2.415 != 20.125 kg × 110.000 = 2.213,75 (+9,1 %, the old 120.000 đ/kg)")
    true_rev1 = r1[1] + true_r2[1]
    p.check(off(rev[1], true_rev1) and close(true_rev1, 3289), "knock-on: 2028 revenue 3.490,25 (true 3.289, +6,1 %)")
    p.check(17000 <= cap and all(off(g[y], cap) and g[y] > cap for y in Y) and close(g[2] / cap, 1.307, 0.01),
            "PLANTED 19.000 / 21.000 / 23.000 ducklings > 4 × 1.100 × 4 = 17.600 (no barn built)")
    p.has("4 chuồng hiện có đáp ứng quy mô nuôi của cả giai đoạn 2027–2029, không cần xây thêm")
    p.check(g[1] / g[0] < 1.2 and g[2] / g[1] < 1.2 and g[0] / 17000 < 1.2, "flock growth itself under 20 %")
    avg = sum(prof) / 3
    true_avg = (prof[0] + true_rev1 - cost[1] + prof[2]) / 3
    p.check(close(900 / (avg + 80), 0.9, 0.06) and off(900 / (avg + 80), 900 / (true_avg + 80)),
            "tolerated knock-on: stated payback 0,9 (0,85) vs true 0,91")
    p.check(350 + 250 + 120 + 80 + 100 == 900 == 500 + 400, "capital 900 = sources")
    p.lacks(r"môi trường|chất thải|nước thải|phân vịt|biogas|đệm lót|xử lý|bể lắng|vệ sinh chuồng|ô nhiễm|mùi hôi|"
            r"lông vịt|\bhố\b|ủ phân|chế phẩm", "PLANTED no environmental measure")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2027/ĐL", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    common(p)
    calendar(p, "Lịch giết mổ", ls[0], "2027 dressed ducks")
    staff_sum(p, "# K. TỔ CHỨC", "# L.", 9, "2 managers + 7 paid")
    equipment(p, "Thiết bị nhà giết mổ", 250, "item 2")
    supply_table(p, "Thành viên giao thóc", "# L.", 2, 53, "members' grain 53 tấn")
    ratios(p, "# N. HIỆU QUẢ", "Lợi nhuận bình quân", "Doanh thu", "Lợi nhuận", 900)
    return p


def eb07() -> Plan:
    p = Plan("eb07_ca_tram_kho_nieu_thach_ha_hkd")
    pr = p.part("# 10. Kế hoạch", "# 11.")
    n, ca = pr.row("Cá kho niêu"), pr.row("Cá trắm tươi")
    fin = p.part("# 12. Hiệu quả", "Lợi nhuận bình quân")
    rev, cost, prof = fin.row("Doanh thu"), fin.row("Chi phí"), fin.row("Lợi nhuận")
    L = fin_lines(fin, ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8"])
    for y in Y:
        p.check(close(ca[y], n[y] * 1.3 / 1000) and ca[y] <= 20 and n[y] <= 160 * 300, f"fish within 20 tấn, pots {y}")
        p.check(close(rev[y], n[y] * 0.18), f"revenue {y}")
        p.check(close(L[0][y], ca[y] * 40) and close(L[1][y], n[y] * 0.035) and close(L[2][y], n[y] * 0.005)
                and close(L[3][y], 330) and close(L[4][y], 30) and close(L[5][y], 10.5) and close(L[6][y], 60)
                and close(L[7][y], 24), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)), f"cost sum {y}")
    growth_ok(p, rev, "revenue")
    p.check(close(7000 * 0.18, 1260) and rev[0] / 1260 < 1.2, "2026 1,26 tỷ, +14 %")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027, 2029 profit right")
    p.check(close(rev[1] - cost[1], 337.5) and prof[1] == 437.5 and off(prof[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 437,5 != 1.620 − 1.282,5 = 337,5 (+29,6 %)")
    avg = sum(prof) / 3
    true = 400 / ((prof[0] + rev[1] - cost[1] + prof[2]) / 3 + 30)
    p.check(close(400 / (avg + 30), 1.0, 0.01) and close(true, 1.09, 0.01), "tolerated knock-on: stated 1,0, true 1,1")
    p.check(120 + 80 + 70 + 30 + 100 == 400 == 250 + 150, "capital 400 = sources")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|ghi nhãn|mã vạch|\bQR\b|tem", "PLANTED no label plan")
    market = p.part("# 6. Thị trường", "# 7.").section.split("\n", 1)[1]  # without its heading "# 6."
    p.check(not re.search(r"\d", market) and not re.search(r"giá|đồng|khách hàng|kênh|đại lý|cửa hàng|siêu thị|nhà hàng|"
                                                            r"chợ|thương lái|\bbán\b|online|facebook|zalo", market, re.I),
            "PLANTED the market section has no number, price, customer or channel")
    p.lacks(r"khách hàng|khách quen|đại lý|cửa hàng|siêu thị|bán lẻ|bán buôn|thương lái|nhà phân phối|phân phối|nhà hàng|"
            r"quán|hợp đồng (bán|tiêu thụ)|facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|"
            r"hội chợ|điểm bán|kênh", "PLANTED no sales channel anywhere")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2027/LM", "Cục Sở hữu trí tuệ", "bể lắng 2 ngăn",
          "180.000 đồng/niêu", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    common(p)
    calendar(p, "Lịch sản xuất", n[0], "2027 pots")
    staff_sum(p, "# 9. Tổ chức", "# 10.", 5, "5 workers")
    equipment(p, "Thiết bị đầu tư", 80 + 70, "items 2 and 3")
    supply_table(p, "Các ao nuôi", "# 8.", 2, 2, "2 ha")
    supply_table(p, "Các ao nuôi", "# 8.", 3, 20, "20 tấn")
    ratios(p, "# 12. Hiệu quả", "Lợi nhuận bình quân", "Doanh thu", "Lợi nhuận", 400)
    h = p.part("Kết quả ba năm gần đây", "# 4.")
    hn, hc, hr = h.row("Cá kho niêu (niêu)"), h.row("Cá trắm dùng"), h.row("Doanh thu cá kho")
    p.check(all(close(hc[i], hn[i] * 1.3 / 1000) and close(hr[i], hn[i] * 0.18) for i in range(3)) and hn[2] == 7000
            and all(hr[i] / hr[i - 1] < 1.2 for i in (1, 2)), "history 2024–2026 at 1,3 kg and 180.000 đ")
    return p


def eb08() -> Plan:
    p = Plan("eb08_mat_ong_hoa_tram_ky_xuan_tht")
    pr = p.part("# X. KẾ HOẠCH", "# XI.")
    dan, tho, tp, ch, bk = (pr.row(s) for s in ("Đàn ong", "Mật thô", "Mật thành phẩm", "Mật đóng chai", "Mật bán buôn"))
    fin = p.part("# XII. HIỆU QUẢ", "Lợi nhuận bình quân")
    rev, r1, r2, cost, prof = (fin.row("Doanh thu"), fin.row("Mật ong chai"), fin.row("Mật ong bán buôn"),
                               fin.row("Chi phí"), fin.row("Lợi nhuận"))
    L = fin_lines(fin, ["Chăm sóc đàn ong", "Chai, nắp", "Can đựng", "Tiền công", "Di chuyển", "Điện", "Khấu hao",
                        "Lãi vay", "Bán hàng", "Chi phí quản lý"])
    for y in Y:
        p.check(tho[y] == dan[y] * 18 and close(tp[y], tho[y] * 0.95) and close(tp[y], ch[y] * 0.5 + bk[y])
                and tho[y] <= 100 * 160, f"honey chain, 16.000 kg dryer {y}")
        p.check(close(r1[y], ch[y] * 0.11) and close(r2[y], bk[y] * 0.12) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(L[0][y], dan[y] * 0.6) and close(L[1][y], ch[y] * 0.008) and close(L[2][y], bk[y] * 0.001)
                and close(L[3][y], 11 * 4.5 * 12) and close(L[4][y], 60) and close(L[5][y], 12) and close(L[6][y], 48)
                and close(L[7][y], [200, 150, 100][y] * 0.07) and close(L[8][y], rev[y] * 0.04) and close(L[9][y], 30),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth_ok(p, rev, "revenue")
    p.check(rev[0] / 1600 < 1.2 and dan[0] / 550 < 1.2, "2027 step over 2026")
    p.check(6000 + 3000 + 3000 == ch[0] and close(4000, bk[0], 0.07), "channels = 2027 output")
    inv = p.part("# XI. VỐN", "Tổng vốn đầu tư")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    total = inv.one("Tổng cộng")
    p.check(sum(items) == 520 and total == 580 and off(total, sum(items)) and close(total / sum(items), 1.115, 0.01),
            "PLANTED investment 'Tổng cộng' 580 != items 520 (+11,5 %)")
    p.check(380 + 200 == 580 and sum(items[:5]) == 480, "tolerated: sources 580 match only the wrong total; fixed 480")
    p.has("Tổng vốn đầu tư 580 triệu đồng")
    avg = sum(prof) / 3
    p.check(close(580 / (avg + 48), 0.8, 0.02) and off(580 / (avg + 48), 520 / (avg + 48)), "tolerated: payback on 580")
    p.has("Tổ có 14 thành viên", "Tổ hợp tác hiện có 11 thành viên", "(11 người × 4,5 triệu × 12 tháng)")
    p.check(off(14, 11) and p.count("14 thành viên") == 1, "PLANTED 14 != 11 members, same time")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng|nhãn hiệu tập thể",
            "PLANTED no trademark or IP protection")
    p.has("Nghị định số 43/2017/NĐ-CP", "TCCS 01:2027/KX", "an toàn thực phẩm", "148/QĐ-TTg", "1489/QĐ-TTg",
          "110.000 đồng/chai", "120.000 đồng/kg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    common(p)
    calendar(p, "Lịch khai thác", tho[0], "2027 raw honey")
    staff_sum(p, "# IX. TỔ CHỨC", "# X.", 11, "11 members")
    supply_table(p, "Đàn ong của thành viên", "# VIII.", 2, dan[0], "600 hives")
    ratios(p, "# XII. HIỆU QUẢ", "Lợi nhuận bình quân", "Doanh thu", "Lợi nhuận", 580)
    return p


def eb09() -> Plan:
    p = Plan("eb09_ga_u_muoi_hoa_tieu_cty")
    pr = p.part("# Phần X –", "# Phần XI")
    con, nl, rv, st = pr.row("Gà ủ muối", 4), pr.row("Gà đồi nguyên liệu", 4), pr.row("Doanh thu", 4), pr.row("Lao động", 4)
    fin = p.part("# Phần XII", "Lợi nhuận sau thuế bình quân")
    rev, cost = fin.row("Doanh thu"), fin.row("Tổng chi phí")
    L = fin_lines(fin, [f"2.{i}" for i in range(1, 9)])
    pre, tax, post = fin.row("Lợi nhuận trước"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau")
    for y in Y:
        i = y + 1
        p.check(con[i] == nl[i] and close(rev[y], con[i] * 0.28) and close(rv[i], rev[y]), f"revenue {y}")
        p.check(con[i] <= 300 * 300 and nl[i] <= 60000 and con[i] / st[i] <= 2000, f"oven 90.000, farms 60.000, staff {y}")
        p.check(close(L[0][y], con[i] * 0.13) and close(L[1][y], con[i] * 0.02) and close(L[2][y], st[i] * 7 * 12)
                and close(L[3][y], con[i] * 0.003) and close(L[4][y], 270) and close(L[5][y], [1200, 1200, 900][y] * 0.08)
                and close(L[6][y], 120) and close(L[7][y], 150), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17)
                and close(post[y], pre[y] - tax[y]), f"cost sum, profit, tax {y}")
    p.check(close(rv[0], con[0] * 0.28) and close(con[1] / con[0], 1.167, 0.01), "2026 and the +16,7 % of 2027")
    g1, g2 = con[2] / con[1], con[3] / con[2]
    p.check(close(g1, 2.14, 0.01) and close(g2, 1.83, 0.01) and off(g1, 1.2) and off(g2, 1.2),
            "PLANTED ×2,14 and ×1,83 with the same distributors")
    p.check(L[6][0] == L[6][2] == 120 and L[0][2] / 300 > 20, "promotion flat; 7.150 triệu of chickens vs 300 working capital")
    market = p.part("# Phần VI", "# Phần VII").section
    p.check("3 nhà phân phối hiện có" in market and "hợp đồng" not in market and "còn rất lớn" in market,
            "market: same three distributors, no contract, generic demand")
    inv = p.part("# Phần XI", "Tổng vốn đầu tư 3,2")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 3200 and sum(items[:3]) == 2700, "items 3.200, fixed 2.700")
    p.check(off(1500 + 1200, 3200) and close((1500 + 1200) / 3200, 0.844, 0.01),
            "PLANTED sources 1,5 + 1,2 = 2,7 tỷ != 3,2 tỷ (−15,6 %)")
    p.has("Tổng vốn đầu tư 3,2 tỷ đồng", "vốn chủ sở hữu 1,5 tỷ đồng", "1,2 tỷ đồng", "đáp ứng đủ nhu cầu vốn")
    avg = sum(post) / 3
    p.check(close(3200 / (avg + 270), 1.7, 0.03), "payback 1,7 follows the figures")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|khám sức khỏe|tự công bố|công bố sản phẩm|vệ sinh|"
            r"kiến thức|cam kết|giấy chứng nhận cơ sở|Luật An toàn", "PLANTED no food-safety certificate, commitment or plan")
    p.has("TCCS 01:2026/HLX", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    common(p)
    calendar(p, "Lịch sản xuất", con[1], "2027 chickens")
    staff_sum(p, "# Phần IX", "# Phần X –", 10, "10 staff in 2027")
    equipment(p, "Thiết bị của xưởng", 900, "item 2")
    supply_table(p, "Các hợp tác xã liên kết", "# Phần VIII", 2, 60000, "60.000 chickens")
    ratios(p, "# Phần XII", "Lợi nhuận sau thuế bình quân", "Doanh thu", "Lợi nhuận sau", 3200)
    return p


def eb10() -> Plan:
    p = Plan("eb10_thit_lon_gac_bep_son_hong_ho")
    pr = p.part("# X – Kế hoạch", "# XI")
    sp, th, sup = pr.row("Thịt lợn gác bếp", 4), pr.row("Thịt lợn đen tươi cần", 4), pr.row("Thịt lợn đen mua", 4)
    fin = p.part("# XII – Hiệu quả", "Lợi nhuận bình quân")
    rev, cost, prof = fin.row("Doanh thu"), fin.row("Chi phí"), fin.row("Lợi nhuận")
    L = fin_lines(fin, ["Thịt lợn đen tươi", "Gia vị", "Củi, điện", "Túi hút", "Tiền công", "Khấu hao", "Lãi vay", "Vận chuyển"])
    for i in range(4):
        p.check(close(th[i], sp[i] * 2.5) and th[i] <= sup[i] and th[i] <= 80 * 250 / 3, f"meat within 5 tấn and the smokehouse {i}")
    for y in Y:
        i = y + 1
        p.check(close(rev[y], sp[i] * 0.9), f"revenue {y}")
        p.check(close(L[0][y], th[i] * 0.12) and close(L[1][y], sp[i] * 0.04) and close(L[2][y], sp[i] * 0.02)
                and close(L[3][y], sp[i] * 0.015) and close(L[4][y], 240) and close(L[5][y], 20) and close(L[6][y], 7)
                and close(L[7][y], 50), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(L, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth_ok(p, rev, "revenue")
    p.check(close(1050 * 0.9, 945) and sp[1] / sp[0] < 1.2, "2026 945 triệu, +14 %")
    p.check(500 + 300 + 400 == sp[1], "channels = 2027 output")
    p.check(120 + 30 + 50 + 100 == 300 == 200 + 100, "capital 300 = sources")
    avg = sum(prof) / 3
    p.check(round(300 / (avg + 20), 1) == 0.7, "payback 0,7")
    p.check(p.count("Cơ sở chế biến Thịt gác bếp Tây Sơn") == 2 and p.count("Thoa Hùng") >= 3,
            "PLANTED another producer's name twice")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "38/2012/NĐ-CP", "cấp huyện Hương Sơn", "Hội đồng OCOP huyện")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current instruments are not cited")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|mã số doanh nghiệp|giấy chứng nhận đăng ký|đăng ký hộ|"
            r"thành lập|giấy phép kinh doanh|công ty|doanh nghiệp|hợp tác xã|tổ hợp tác|đăng ký thành",
            "PLANTED no business registration or plan to register")
    p.has("Nghị định số 43/2017/NĐ-CP", "tiêu chuẩn cơ sở", "tự công bố", "Cục Sở hữu trí tuệ", "hố lắng")
    common(p)
    calendar(p, "Lịch sản xuất", sp[1], "2027 kg")
    staff_sum(p, "# VIII – Tổ chức", "# IX", 4, "4 workers")
    equipment(p, "Thiết bị đầu tư", 200, "items 1-3")
    supply_table(p, "Các hộ bán thịt", "# VIII", 2, 15, "15 households")
    supply_table(p, "Các hộ bán thịt", "# VIII", 3, 5000, "5.000 kg")
    ratios(p, "# XII – Hiệu quả", "Lợi nhuận bình quân", "Doanh thu", "Lợi nhuận", 300)
    h = p.part("Kết quả ba năm gần đây", "# IV")
    hs, ht, hr = h.row("Thịt gác bếp thành phẩm"), h.row("Thịt lợn tươi dùng"), h.row("Doanh thu (triệu")
    p.check(all(close(ht[i], hs[i] * 2.5) and close(hr[i], hs[i] * 0.9) for i in range(3)) and hs[2] == sp[0]
            and all(hr[i] / hr[i - 1] < 1.2 for i in (1, 2)), "history 2024–2026 at 2,5 kg and 900.000 đ")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("eb11_ca_ro_dong_cam_trung_so_sai")
    a.check(3000 * 90000 == 270e6, "3.000 kg × 90.000 = 270 triệu")
    a.has("khoảng 3.000 kg", "90.000 đồng/kg", "khoảng 270 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận|nguyên liệu|quy trình", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("eb12_trung_vit_muoi_xuan_lien_so_sai")
    b.check(60000 * 5000 == 300e6, "60.000 quả × 5.000 = 300 triệu")
    b.has("khoảng 800 con", "khoảng 60.000 quả", "5.000 đồng/quả", "khoảng 300 triệu đồng")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận|quy trình|thiết bị", "every tolerated gap is real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (eb01, eb02, eb03, eb04, eb05, eb06, eb07, eb08, eb09, eb10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
