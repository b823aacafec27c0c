"""The hundred-and-twenty-ninth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout129/arithmetic.py

For every plan: output against last year, raw material need = output x norm against the stated
supply, output against equipment capacity, sales channels summing to the year's output, revenue =
quantity x price, each cost line = its stated norm, cost lines summing to the total, profit =
revenue - cost (and tax), investment items = total = capital sources, depreciation, interest,
average profit and payback as printed, growth. Tables are read from the plan's source inside their
own section; figures quoted in the running text are looked up verbatim so they cannot drift from
the tables. Planted numeric defects are asserted wrong by more than 5 % with the true value computed
beside them; everything else right within 1 %. Textual plants are asserted through the absence (or
presence) of their words. Ready plans cite QĐ 148 and QĐ 1489 and no replaced instrument.
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
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|cấp huyện")


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
        return q

    def words(self) -> int:
        return len(self.body.split())


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "TCCS", "Cục Sở hữu trí tuệ")


def growth_ok(p: Plan, xs: list[float], base: float, what: str) -> None:
    seq = [base] + list(xs)
    for a, b in zip(seq, seq[1:]):
        p.check(b / a < 1.2, f"{what} growth {a} -> {b} under 20 %")


def invest(p: Plan, start: str, end: str, n: int, total: float, fixed_n: int, fixed: float) -> list[float]:
    inv = p.part(start, end)
    items = [inv.one(f"{i} |") for i in range(1, n + 1)]
    p.check(close(sum(items), total), f"investment items {sum(items)} = {total}")
    p.check(close(sum(items[:fixed_n]), fixed), f"fixed assets {sum(items[:fixed_n])} = {fixed}")
    return items


def costs(p: Plan, fin: Plan, labels: list[str], expect: list[list[float]], total_label: str) -> list[float]:
    lines = [fin.row(x) for x in labels]
    for name, got, want in zip(labels, lines, expect):
        for y in Y:
            p.check(close(got[y], want[y]), f"cost {name} {y}: {got[y]} != {want[y]}")
    tot = fin.row(total_label)
    for y in Y:
        p.check(close(tot[y], lines_sum(lines, y)), f"cost total {y}")
    return tot


# --------------------------------------------------------------------------- ready plans

def dz01() -> Plan:
    p = Plan("dz01_cu_do_hai_yen_hkd")
    ready_common(p)
    rv = p.part("# 11.", "# 12.")
    kg, price, rev = rv.row("Sản lượng cu đơ"), rv.row("Giá bán bình quân"), rv.row("Doanh thu")
    p.check(kg == [11000, 12000, 13000] and all(close(rev[y], kg[y] * price[y] / 1e6) for y in Y), "revenue = kg × 120.000")
    growth_ok(p, kg, 10000, "output")
    p.check(close(10000 * 0.12, 1200), "2026: 10.000 kg × 120.000 = 1,2 tỷ")
    p.check(all(k * 0.35 <= 6000 and k * 0.45 <= 7000 for k in kg), "lạc 0,35 ≤ 6 tấn, mật 0,45 ≤ 7 tấn")
    p.check(close(11000 * 0.35, 3850) and close(11000 * 0.45, 4950) and close(13000 * 0.35, 4550) and close(13000 * 0.45, 5850),
            "raw material figures in the text")
    p.check(60 * 280 == 16800 and 16800 >= kg[2], "capacity 60 kg × 280 ngày = 16.800 kg")
    p.check(4000 + 4500 + 1500 + 1000 == kg[0], "channels sum to 11.000 kg")
    p.check(21000 + 13500 + 3500 == 38000 and close(0.35 * 60000, 21000) and close(0.45 * 30000, 13500), "norm 38.000 đ/kg")
    invest(p, "# 12.", "# 13.", 7, 500, 5, 300)
    fin = p.part("# 13.", "# 14.")
    exp = [[k * 0.038 for k in kg], [k * 0.008 for k in kg], [6 * 6 * 12] * 3, [k * 0.003 for k in kg], [30] * 3,
           [200 * 0.08, 150 * 0.08, 100 * 0.08], [r * 0.05 for r in rev], [r * 0.045 for r in rev]]
    tot = costs(p, fin, ["Nguyên liệu", "Bao bì", "Tiền công", "Củi, điện", "Khấu hao", "Lãi vay", "Chi bán hàng",
                         "Thuế khoán"], exp, "Tổng chi phí")
    prof = fin.row("Lợi nhuận |")
    p.check(all(close(prof[y], rev[y] - tot[y]) for y in Y), "profit = revenue − cost")
    avg = sum(prof) / 3
    p.check(close(avg, 241.2) and round(500 / (avg + 30), 1) == 1.8, "payback 1,8")
    p.has("500 : (241,2 + 30) ≈ 1,8 năm", "năm trăm triệu đồng (500.000.000 đ)", "hai trăm triệu đồng (200.000.000 đ)",
          "11.000 kg năm 2027", "khoảng 1,32 tỷ đồng năm 2027, 1,44 tỷ đồng năm 2028 và 1,56 tỷ đồng năm 2029",
          "3.850 kg lạc và 4.950 kg mật", "4.550 kg lạc và 5.850 kg mật", "16.800 kg", "120.000 đồng/kg")
    return p


def dz02() -> Plan:
    p = Plan("dz02_che_xanh_khe_may_tht")
    ready_common(p)
    rv = p.part("# PHẦN XI.", "# PHẦN XII.")
    kg, price, rev = rv.row("Chè búp khô"), rv.row("Giá bán"), rv.row("Doanh thu")
    p.check(all(close(rev[y], kg[y] * price[y]) for y in Y), "revenue (nghìn đồng) = kg × 280")
    growth_ok(p, kg, 4000, "output")
    p.check(close(4000 * 280000, 1.12e9), "2026 1,12 tỷ")
    leaf = [k * 4.5 for k in kg]
    p.check(leaf == [19800, 21600, 23400] and max(leaf) <= 12 * 2000 and max(leaf) <= 50 * 8 * 200, "leaf 4,5 within 24 tấn and 80 tấn")
    p.check(800 + 2400 + 700 + 500 == kg[0], "channels 4.400")
    invest(p, "# PHẦN XII.", "# PHẦN XIII.", 7, 600000, 5, 400000)
    inv = p.part("# PHẦN XII.", "# PHẦN XIII.")
    p.check(inv.one("Vốn góp thành viên") + inv.one("Vốn vay") == inv.one("Cộng |") == 600000, "sources 600.000")
    fin = p.part("# PHẦN XIII.", "# PHẦN XIV.")
    exp = [[l * 12 for l in leaf], [k * 10 for k in kg], [8 * 5500 * 12] * 3, [k * 15 for k in kg], [40000] * 3,
           [21000, 14000, 7000], [r * 0.06 for r in rev], [30000] * 3]
    tot = costs(p, fin, ["Búp chè tươi", "Bao bì", "Tiền công", "Điện, củi", "Khấu hao", "Lãi vay", "Chi bán hàng", "Quản lý"],
                exp, "Tổng chi phí")
    prof = fin.row("Lợi nhuận |")
    p.check(all(close(prof[y], rev[y] - tot[y]) for y in Y), "profit")
    avg = sum(prof) / 3
    p.check(close(avg, 272160) and round(600 / (avg / 1000 + 40), 1) == 1.9, "payback 1,9")
    p.has("600 : (272,2 + 40) ≈ 1,9 năm", "19.800 kg", "23.400 kg", "24.000 kg", "280.000 đồng/kg", "80.000 kg búp")
    return p


def dz03() -> Plan:
    p = Plan("dz03_mat_ong_huong_minh_htx")
    ready_common(p)
    rv = p.part("# L.", "# M.")
    kg, price, rev = rv.row("Mật ong thành phẩm"), rv.row("Giá bán bình quân"), rv.row("Doanh thu")
    p.check(all(close(rev[y], kg[y] * price[y]) for y in Y), "revenue đồng")
    growth_ok(p, kg, 7000, "output")
    raw = [k * 1.05 for k in kg]
    p.check([round(r) for r in raw] == [7875, 8400, 8925] and max(raw) <= 600 * 15 and max(raw) <= 50 * 2 * 150, "raw 1,05 within 9.000 kg, 15.000 kg")
    p.check(1500 + 4000 + 1200 + 800 == kg[0], "channels 7.500")
    invest(p, "# M.", "# N.", 6, 700e6, 4, 350e6)
    p.check(300e6 + 400e6 == 700e6, "sources")
    fin = p.part("# N.", "# O.")
    exp = [[r * 140000 for r in raw], [k * 12000 for k in kg], [5 * 6e6 * 12] * 3, [k * 5000 for k in kg], [35e6] * 3,
           [32e6, 24e6, 16e6], [r * 0.04 for r in rev]]
    tot = costs(p, fin, ["Mật thô", "Chai, nắp", "Tiền lương", "Điện, vận chuyển", "Khấu hao", "Lãi vay", "Chi bán hàng"],
                exp, "Tổng chi phí")
    prof = fin.row("Lợi nhuận |")
    p.check(all(close(prof[y], rev[y] - tot[y]) for y in Y), "profit")
    avg = sum(prof) / 3
    p.check(close(avg, 189e6) and round(700 / (189 + 35), 1) == 3.1, "payback 3,1")
    p.has("700 : (189 + 35) ≈ 3,1 năm", "bảy trăm triệu đồng (700.000.000 đồng)", "7.875 kg", "8.925 kg", "9.000 kg",
          "15.000 kg mật/năm", "250.000 đồng/kg", "1,75 tỷ đồng")
    p.check(close(7000 * 250000, 1.75e9), "2026 1,75 tỷ")
    return p


def dz04() -> Plan:
    p = Plan("dz04_nhut_mit_phuc_dong_cty")
    ready_common(p)
    rv = p.part("# XI.", "# XII.")
    jars, price, rev = rv.row("Nhút mít hũ"), rv.row("Giá bán"), rv.row("Doanh thu")
    p.check(all(close(rev[y], jars[y] * price[y] / 1e6) for y in Y), "revenue")
    growth_ok(p, jars, 50000, "output")
    mit = [j * 0.5 * 1.2 for j in jars]
    p.check(mit == [33000, 36000, 39000] and max(mit) <= 45000, "mít 1,2 kg/kg within 45 tấn")
    p.check(400 * 4 * 280 >= jars[2] and 280 / 4 * 4000 >= mit[2], "capping 448.000 hũ, vats 280 tấn")
    p.check(400 * 4 * 280 == 448000, "448.000")
    p.check(30000 + 12000 + 5000 + 8000 == jars[0], "channels 55.000")
    invest(p, "# XII.", "# XIII.", 6, 1000, 4, 500)
    fin = p.part("# XIII.", "# XIV.")
    exp = [[m * 0.006 for m in mit], [j * 0.004 for j in jars], [j * 0.006 for j in jars], [10 * 6.5 * 12] * 3, [40] * 3,
           [50] * 3, [48, 32, 16], [r * 0.08 for r in rev], [60] * 3]
    tot = costs(p, fin, ["Mít non", "Gia vị", "Hũ, nắp", "Tiền lương", "Điện, nước", "Khấu hao", "Lãi vay", "Chi bán hàng",
                         "Quản lý"], exp, "Tổng chi phí")
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    p.check(all(close(pre[y], rev[y] - tot[y]) and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]) for y in Y),
            "profit, 15 % tax")
    avg = sum(post) / 3
    p.check(close(avg, 365.5) and round(1000 / (avg + 50), 1) == 2.4, "payback 2,4")
    p.has("1.000 : (365,5 + 50) ≈ 2,4 năm", "1 tỷ đồng (một tỷ đồng chẵn)", "55.000 hũ", "40.000 đồng/hũ",
          "khoảng 2,2 tỷ đồng năm 2027, 2,4 tỷ đồng năm 2028 và 2,6 tỷ đồng năm 2029", "448.000 hũ")
    return p


# --------------------------------------------------------------------------- revise plans

def dz05() -> Plan:
    p = Plan("dz05_khoai_deo_cam_lac_tht")
    rv = p.part("# Kế hoạch sản xuất", "# Vốn")
    kg, price, rev = rv.row("Khoai deo"), rv.row("Giá bán"), rv.row("Doanh thu")
    true = [k * price[0] / 1e6 for k in kg]
    p.check(close(rev[0], true[0]) and close(rev[2], true[2]), "2027 and 2029 revenue right")
    p.check(rev[1] == 1089 and close(true[1], 990) and off(rev[1], true[1]) and close(9900 * 0.11, rev[1]),
            "PLANTED 2028 revenue 1.089 != 9.000 × 110.000 = 990 (+10 %), the clerk used 9.900 kg")
    growth_ok(p, kg, 7500, "output")
    p.check(rev[1] / rev[0] > 1.19 and rev[2] < rev[1], "knock-on (tolerated): stated revenue +20 % then falls")
    need = [k * 3.5 for k in kg]
    supply = 4.5 * 6000
    p.check(close(7500 * 3.5, 26250) and 26250 <= supply, "2026 need 26.250 within 27 tấn")
    p.check(all(off(n, supply) and n > supply for n in need), f"PLANTED need {need} > 27.000 kg by more than 5 %")
    p.check(300 * 150 >= max(need), "dryer 45 tấn covers (no capacity plant)")
    p.check(4000 + 2000 + 1500 + 750 == kg[0], "channels 8.250")
    invest(p, "# Vốn đầu tư", "# Chi phí", 7, 400, 5, 250)
    p.check(250 + 150 == 400, "sources 400")
    fin = p.part("# Chi phí và hiệu quả", "# Tiêu chuẩn")
    exp = [[n * 0.004 for n in need], [k * 0.006 for k in kg], [7 * 5 * 12] * 3, [k * 0.008 for k in kg], [25] * 3,
           [10.5, 7, 3.5], [40, 45, 50]]
    tot = costs(p, fin, ["Khoai tươi", "Túi, nhãn", "Tiền công", "Điện, than", "Khấu hao", "Lãi vay", "Vận chuyển"], exp,
                "Tổng chi phí")
    prof = fin.row("Lợi nhuận |")
    p.check(all(close(prof[y], rev[y] - tot[y]) for y in Y), "profit follows the stated revenue")
    p.check(close(true[1] - tot[1], 241) and off(prof[1], true[1] - tot[1]), "true 2028 profit 241")
    avg_s, avg_t = sum(prof) / 3, (prof[0] + true[1] - tot[1] + prof[2]) / 3
    p.check(close(avg_s, 274) and round(400 / (avg_s + 25), 1) == 1.3 and close(400 / (avg_t + 25), 1.504, 0.01)
            and off(1.3, 400 / (avg_t + 25)), "tolerated payback knock-on: 1,3 stated, 1,5 true")
    p.has("1,089 tỷ đồng", "27 tấn khoai tươi", "đủ cho cả giai đoạn", "400 : (274 + 25) ≈ 1,3 năm", "8.250 kg",
          "110.000 đồng/kg", "khoảng 907,5 triệu đồng", "chừng 825 triệu đồng", "400 triệu đồng (bốn trăm triệu đồng)")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|khám sức khỏe|tự công bố|công bố sản phẩm|vệ sinh|cam kết sản xuất|"
            r"giấy chứng nhận cơ sở|tập huấn", "PLANTED no food-safety certificate, commitment or plan")
    p.has("TCCS 01:2027/CL", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "số lô", "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dz06() -> Plan:
    p = Plan("dz06_banh_da_vung_thuan_thien_hkd")
    rv = p.part("# Phần 8", "# Phần 9")
    n, price, rev = rv.row("Bánh đa vừng"), rv.row("Giá bán"), rv.row("Doanh thu")
    p.check(all(close(rev[y], n[y] * price[y] / 1e6) for y in Y), "revenue = chiếc × 5.000")
    p.check(close(n[0] / 200000, 1.1), "2027 +10 %")
    g1, g2 = n[1] / n[0], n[2] / n[1]
    p.check(close(g1, 2.0) and close(g2, 1.818, 0.01) and off(g1, 1.2) and off(g2, 1.2),
            "PLANTED output ×2 in 2028 and ×1,82 in 2029")
    p.check(4000 * 250 >= n[2], "new machine 1.000.000 chiếc covers (capacity not planted)")
    p.check(close(n[2] * 0.055, 44000) and close(n[2] * 0.004, 3200) and 3200 <= 4000, "gạo 44 tấn, vừng 3,2 ≤ 4 tấn")
    p.check(3 * 200 * 365 < n[1], "three agents at most 219.000 chiếc a year: no market for 440.000")
    inv = p.part("# Phần 9", "# Phần 10")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    stated = inv.one("Tổng cộng")
    p.check(sum(items) == 520 and stated == 600 and off(stated, sum(items)) and sum(items) + 80 == stated,
            "PLANTED investment total 600 != items 520 (+15,4 %), the 80-triệu cabinet of the old draft")
    p.check(350 + 250 == stated and sum(items[:4]) == 390, "sources = the wrong 600 (tolerated capital-mismatch); fixed 390")
    fin = p.part("# Phần 10", "# Phần 11")
    exp = [[x * 0.0012 for x in n], [x * 0.0003 for x in n], [x * 0.0002 for x in n], [w * 5 * 12 for w in (6, 10, 14)],
           [39] * 3, [20, 16, 12], [20] * 3]
    tot = costs(p, fin, ["Gạo, vừng", "Than, điện", "Túi, nhãn", "Nhân công", "Khấu hao", "Lãi vay", "Quảng bá"], exp,
                "Tổng chi phí")
    prof = fin.row("Lợi nhuận |")
    p.check(all(close(prof[y], rev[y] - tot[y]) for y in Y), "profit")
    avg = sum(prof) / 3
    p.check(close(avg, 931) and round(600 / (avg + 39), 1) == 0.6 and off(600 / (avg + 39), 520 / (avg + 39)),
            "payback 0,6 on the wrong total (0,54 on 520, tolerated)")
    p.check(fin.row("Quảng bá")[0] == fin.row("Quảng bá")[2] == 20 and items[6] == 60, "promotion flat 20, working capital 60")
    mtext = p.body.split("# Phần 7", 1)[1].split("# Phần 8", 1)[0]
    p.check("rất lớn" in mtext and "hợp đồng" not in mtext and "ba đại lý" in mtext, "market: generic demand, same three agents")
    p.has("600 : (931 + 39) ≈ 0,6 năm", "sáu trăm triệu đồng (600.000.000 đ)", "1.000.000.000 đ (một tỷ đồng)",
          "khoảng 1,1 tỷ đồng", "khoảng 2,2 tỷ đồng", "khoảng 4 tỷ đồng", "5.000 đ/chiếc", "1.000.000 chiếc")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng", "PLANTED no trademark or IP")
    p.has("Nghị định số 43/2017/NĐ-CP", "TCCS 01:2027/TT", "an toàn thực phẩm", "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dz07() -> Plan:
    p = Plan("dz07_dau_lac_huong_trach_tht")
    rv = p.part("# 11.", "# 12.")
    oil, roil, cake, rcake, rev = (rv.row("Dầu lạc (lít)"), rv.row("Doanh thu dầu"), rv.row("Bã lạc (kg)"),
                                   rv.row("Doanh thu bã lạc"), rv.row("Tổng doanh thu"))
    p.check(all(close(roil[y], oil[y] * 0.13) and close(cake[y], oil[y] * 1.5) and close(rcake[y], cake[y] * 0.008)
                and close(rev[y], roil[y] + rcake[y]) for y in Y), "revenue oil + cake")
    growth_ok(p, oil, 19000, "oil")
    p.check(close(47500 / 2.5, 19000) and 47500 <= 60000 and close(19000 * 0.13, 2470), "2026 within capacity, 2,47 tỷ")
    need = [o * 2.5 for o in oil]
    p.check(need == [53750, 63750, 71250] and max(need) <= 40 * 2000, "peanuts 2,5 kg/l within 80 tấn")
    cap = 30 * 8 * 250 * 0.4
    p.check(cap == 24000 and oil[0] <= cap, "capacity 24.000 l covers 2027")
    p.check(off(oil[1], cap) and off(oil[2], cap) and oil[1] > cap and oil[2] > cap,
            "PLANTED 25.500 / 28.500 l > 24.000 l (+6,25 / +18,75 %) with the same press and 8 workers")
    p.check(11000 + 4000 + 3500 + 3000 == oil[0], "channels 21.500")
    items = invest(p, "# 12.", "# 13.", 7, 800, 5, 300)
    p.check(sum(items) == p.part("# 12.", "# 13.").one("Tổng cộng") == 800, "items = total 800")
    p.check(350 + 300 == 650 and off(650, 800), "PLANTED sources 650 != 800 (−18,75 %)")
    fin = p.part("# 13.", "# 14.")
    exp = [[x * 0.032 for x in need], [o * 0.005 for o in oil], [8 * 6 * 12] * 3, [o * 0.003 for o in oil], [30] * 3,
           [24, 16, 8], [120, 140, 160], [40] * 3]
    tot = costs(p, fin, ["Lạc nhân", "Chai, nắp", "Tiền lương", "Điện", "Khấu hao", "Lãi vay", "Chi bán hàng", "Quản lý"], exp,
                "Tổng chi phí")
    prof = fin.row("Lợi nhuận |")
    p.check(all(close(prof[y], rev[y] - tot[y]) for y in Y), "profit")
    avg = sum(prof) / 3
    p.check(close(avg, 557) and round(800 / (avg + 30), 1) == 1.4, "payback 1,4")
    p.has("800 : (557 + 30) ≈ 1,4 năm", "các thành viên góp 350 triệu đồng", "300 triệu đồng, lãi 8 %/năm",
          "Hai nguồn này đủ", "30 kg lạc nhân/giờ", "60 tấn lạc, ra khoảng 24.000 lít dầu", "đủ đáp ứng",
          "21.500 lít", "130.000 đồng/lít", "80 tấn/năm", "800 triệu đồng (tám trăm triệu đồng)")
    p.check(not re.search(r"nhãn(?! hiệu)", p.body, re.I) and "43/2017" not in p.body and "mã vạch" not in p.body,
            "PLANTED no label, label content or labelling decree ('nhãn' only in 'nhãn hiệu')")
    p.has("chai nhựa PET 1 lít", "an toàn thực phẩm", "TCCS 01:2026/HT", "Cục Sở hữu trí tuệ", "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dz08() -> Plan:
    p = Plan("dz08_muc_mot_nang_thu_ha_hkd")
    rv = p.part("## 5. Kế hoạch", "# CHƯƠNG VII")
    kg, price, rev = rv.row("Mực một nắng"), rv.row("Giá bán"), rv.row("Doanh thu")
    p.check(all(close(rev[y], kg[y] * price[y] / 1e6) for y in Y), "revenue")
    growth_ok(p, kg, 6000, "output")
    need = [k * 1.6 for k in kg]
    p.check([round(x) for x in need] == [10560, 11520, 12480] and max(need) <= 15000, "squid 1,6 within 15 tấn")
    p.check(200 * 200 >= max(need), "freezer 40 tấn")
    p.check(2000 + 2500 + 1200 + 900 == kg[0], "channels 6.600")
    invest(p, "## 1. Vốn", "## 2. Chi phí", 7, 800, 5, 400)
    fin = p.part("## 2. Chi phí", "## 3. Thời gian")
    exp = [[x * 0.25 for x in need], [k * 0.015 for k in kg], [6 * 7 * 12] * 3, [k * 0.01 for k in kg], [40] * 3,
           [32, 24, 16], [60, 70, 80], [r * 0.045 for r in rev]]
    tot = costs(p, fin, ["Mực tươi", "Túi, đá", "Tiền lương", "Điện", "Khấu hao", "Lãi vay", "Vận chuyển", "Thuế"], exp,
                "Tổng chi phí")
    prof = fin.row("Lợi nhuận |")
    p.check(all(close(prof[y], rev[y] - tot[y]) for y in Y), "profit")
    avg = sum(prof) / 3
    true = 800 / (avg + 40)
    p.check(close(avg, 427.6) and close(true, 1.711, 0.01) and off(1.1, true) and off(1.1, 800 / avg),
            "PLANTED payback 1,1 != 800 : 467,6 = 1,71 (1,87 without depreciation)")
    p.has("sẽ thu hồi trong khoảng 1,1 năm", "Hoàn vốn sau khoảng 1,1 năm", "6.600 kg", "600.000 đồng/kg", "3,96 tỷ đồng",
          "4,68 tỷ đồng", "3,6 tỷ đồng", "800 triệu đồng (tám trăm triệu đồng)", "15 tấn/năm")
    p.check(p.count("Hộ kinh doanh Hải sản khô Minh Châu") == 2 and p.count("Hộ kinh doanh Mực một nắng Thu Hà") == 1,
            "PLANTED another producer's name twice")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|bể lắng|hố lắng|xử lý nước|mùi hôi|khử mùi|thu gom|phế phẩm|phân bón",
            "PLANTED no environmental measure")
    p.has("bỏ nội tạng, túi mực", "an toàn thực phẩm", "TCCS 01:2026/TH", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dz09() -> Plan:
    p = Plan("dz09_bot_san_day_phuong_thao")
    rv = p.part("# 11.", "# 12.")
    kg, price, rev = rv.row("Bột sắn dây"), rv.row("Giá bán"), rv.row("Doanh thu")
    p.check(all(close(rev[y], kg[y] * price[y] / 1e6) for y in Y), "revenue")
    growth_ok(p, kg, 4000, "output")
    root = [k * 8 for k in kg]
    p.check(root == [35200, 38400, 41600] and max(root) <= 2.5 * 20000 and max(root) <= 3 * 20000,
            "roots 8 kg/kg within 2,5 ha (50 tấn) and 3 ha (60 tấn)")
    p.check(off(3, 2.5) and p.count("3 ha sắn dây") == 1 and p.count("2,5 ha") == 1, "PLANTED 3 ha vs 2,5 ha")
    p.check(1500 + 1600 + 800 + 500 == kg[0], "channels 4.400")
    invest(p, "# 12.", "# 13.", 6, 350, 4, 200)
    p.check(150 + 200 == 350, "sources 350")
    fin = p.part("# 13.", "# 14.")
    exp = [[r * 0.003 for r in root], [k * 0.01 for k in kg], [6 * 5.5 * 12] * 3, [k * 0.012 for k in kg], [20] * 3,
           [14, 10.5, 7], [80, 90, 100]]
    tot = costs(p, fin, ["Củ sắn dây", "Bao bì", "Tiền công", "Củi, điện", "Khấu hao", "Lãi vay", "Bán hàng"], exp,
                "Tổng chi phí")
    prof = fin.row("Lợi nhuận |")
    p.check(close(prof[0], rev[0] - tot[0]) and close(prof[2], rev[2] - tot[2]), "2027 and 2029 profit right")
    p.check(close(rev[1] - tot[1], 222.7) and prof[1] == 322.7 and off(prof[1], rev[1] - tot[1]),
            "PLANTED 2028 profit 322,7 != 960 − 737,3 = 222,7 (+44,9 %)")
    avg_s = sum(prof) / 3
    avg_t = (prof[0] + rev[1] - tot[1] + prof[2]) / 3
    p.check(round(avg_s) == 256 and round(350 / (256 + 20), 1) == 1.3 and close(350 / (avg_t + 20), 1.442, 0.01)
            and off(1.3, 350 / (avg_t + 20)), "tolerated payback knock-on: 1,3 stated, 1,44 true")
    p.has("lãi khoảng 322,7 triệu đồng", "350 : (256 + 20) ≈ 1,3 năm", "4.400 kg", "200.000 đồng/kg", "khoảng 880 triệu đồng",
          "350 triệu đồng (ba trăm năm mươi triệu đồng)", "khoảng 800 triệu đồng", "50 tấn mỗi năm")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|công ty|hợp tác xã|"
            r"tổ hợp tác|\bthuế\b|giấy phép kinh doanh|thành lập", "PLANTED no business registration or plan to register")
    p.has("bản cam kết sản xuất thực phẩm an toàn", "TCCS 01:2027/PT", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dz10() -> Plan:
    p = Plan("dz10_cam_say_deo_son_hong_htx")
    rv = p.part("# XII.", "# XIII.")
    kg, price, rev = rv.row("Cam sấy dẻo"), rv.row("Giá bán"), rv.row("Doanh thu")
    p.check(all(close(rev[y], kg[y] * price[y] / 1e6) for y in Y), "revenue")
    growth_ok(p, kg, 2000, "output")
    fresh = [k * 8 for k in kg]
    p.check(fresh == [17600, 19200, 20800] and max(fresh) <= 30000 and 150 * 200 >= max(fresh) and close(30000 / 8, 3750),
            "oranges 8 kg/kg within 30 tấn; dryers 30 tấn = 3.750 kg")
    invest(p, "# XIII.", "# XIV.", 7, 450, 5, 250)
    p.check(300 + 150 == 450, "sources 450")
    fin = p.part("# XIV.", "# XV.")
    exp = [[f * 0.008 for f in fresh], [k * 0.01 for k in kg], [k * 0.015 for k in kg], [5 * 5.5 * 12] * 3,
           [k * 0.02 for k in kg], [25] * 3, [12, 8, 4], [30] * 3]
    tot = costs(p, fin, ["Cam tươi", "Đường, phụ liệu", "Túi, hộp", "Tiền lương", "Điện sấy", "Khấu hao", "Lãi vay",
                         "Chi khác"], exp, "Tổng chi phí")
    prof = fin.row("Lợi nhuận |")
    p.check(all(close(prof[y], rev[y] - tot[y]) for y in Y), "profit")
    avg = sum(prof) / 3
    p.check(close(avg, 185.4) and round(450 / (avg + 25), 1) == 2.1, "payback 2,1")
    p.has("450 : (185,4 + 25) ≈ 2,1 năm", "2.200 kg", "350.000 đồng/kg", "770 triệu đồng", "910 triệu đồng", "700 triệu đồng",
          "450 triệu đồng (bốn trăm năm mươi triệu đồng)")
    p.has("Quyết định số 1048/QĐ-TTg", "Quyết định số 781/QĐ-TTg", "Nghị quyết số 123/2018/NQ-HĐND", "cấp huyện",
          "Phòng Nông nghiệp và Phát triển nông thôn huyện")
    p.check("148/QĐ-TTg" not in p.body and "1489/QĐ-TTg" not in p.body, "PLANTED outdated-policy: 148 and 1489 not cited")
    p.lacks(r"kiểm soát|truy xuất|nhật ký|\bsổ\b|\blô\b|số lô|mã QR|mã vạch|HACCP|ISO|VietGAP|lưu mẫu|giữ mẫu|kiểm tra chất lượng",
            "PLANTED no internal quality control or traceability")
    mtext = p.body.split("# VIII. Thị trường", 1)[1].split("# IX.", 1)[0]
    p.check(not re.search(r"\d", mtext), "PLANTED market section without a number or price")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|thương lái|nhà phân phối|phân phối|kênh|facebook|"
            r"zalo|shopee|tiktok|thương mại điện tử|trực tuyến|online|hội chợ|xuất khẩu|điểm bán|nhà hàng|hợp đồng tiêu thụ",
            "PLANTED no sales channel anywhere")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/SH", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    gaps = (r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|"
            r"môi trường|nước thải|truy xuất|sổ ghi|\blô\b|kiểm nghiệm|vốn đầu tư|chi phí|lợi nhuận")
    a = Plan("dz11_mat_ong_bay_loc_so_sai")
    a.check(400 * 250000 == 100e6, "400 kg × 250.000 = 100 triệu")
    a.has("khoảng 400 kg mật", "250.000 đồng/kg", "chừng 100 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(gaps, "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dz12_nhut_xo_mit_ha_linh_so_sai")
    b.check(2000 * 30000 == 60e6, "2.000 kg × 30.000 = 60 triệu")
    b.has("khoảng 2.000 kg nhút", "30.000 đồng/kg", "khoảng 60 triệu đồng")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(gaps, "every tolerated gap is real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (dz01, dz02, dz03, dz04, dz05, dz06, dz07, dz08, dz09, dz10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
