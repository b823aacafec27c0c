"""Holdout set 108: every number of every plan recomputed by hand, as a careful reviewer would.

    .venv/bin/python tests/holdout108/arithmetic.py

For each plan: revenue = quantity x price per product and the revenue total; each cost line =
its stated norm (per kg, per unit, % of revenue, depreciation = fixed assets / years, interest =
loan balance x rate, wages = staff x monthly wage x 12); cost lines = cost total; profit =
revenue - cost (and tax where the producer pays it); investment items = total = capital sources;
average profit and payback as the plan defines it; raw-material need = output x norm against the
contracted or own supply; output against equipment capacity x hours x working days; channel or
customer tables summing to the year's output; year-on-year growth. Tables are read from the
plan's Markdown source inside their own section (`part`), figures quoted in running text are
looked up verbatim. Planted numeric defects are asserted wrong by more than 5 % with the true
value beside them, every other number right within 1 %. Textual defects are asserted through the
absence (or presence) of their words. Ready plans cite QD 148/QD-TTg and QD 1489/QD-TTg and no
replaced instrument or abolished district body; no plan but the two that carry one on purpose
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

# Instruments replaced or lapsed before mid-2026, and district-level bodies abolished on 1/7/2025.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|Phòng Nông nghiệp")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def part(self, start: str, end: str | None = None) -> "Plan":
        """This plan with its table rows cut to the text between two markers (failures shared)."""
        i = self.body.find(start)
        if i < 0:
            self.failures.append(f"marker not found: {start!r}")
            return self
        j = self.body.find(end, i + len(start)) if end else -1
        q = copy.copy(self)
        q.text_part = self.body[i: j if j >= 0 else len(self.body)]
        q.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                  for line in q.text_part.splitlines() if line.strip().startswith("|")]
        return q

    def words(self) -> int:
        return len(self.body.split())


def r1(x: float) -> float:
    """Round half up to one decimal, as the plans print their figures."""
    return float(int(x * 10 + 0.5 + 1e-9)) / 10 if x >= 0 else -r1(-x)


def months_of(cal: Plan) -> list[list[float]]:
    """A monthly calendar's rows 1..12 (first cell = month), each as its numbers."""
    out = {int(r[0]): [plancheck.vn(x) for x in r[1:]] for r in cal.rows if r[0].isdigit()}
    if sorted(out) != list(range(1, 13)):
        cal.failures.append(f"calendar months {sorted(out)}")
        return [[0.0, 0.0]] * 12
    return [out[m] for m in range(1, 13)]


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan keeps a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def growth_ok(p: Plan, xs: list[float], what: str, limit: float = 1.2) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < limit, f"{what} grows under {limit:.0%} in year {y + 1}")


# --------------------------------------------------------------------------- ready plans

def de01() -> Plan:
    p = Plan("de01_gio_lua_hang_nga_hkd")
    pr = p.part("## 7. Kế hoạch sản xuất", "## 8.")
    gio, cha, tot, nac, staff = (pr.row("Giò lụa"), pr.row("Chả quế"), pr.row("Tổng sản lượng"),
                                 pr.row("Thịt nạc"), pr.row("Lao động"))
    fin = p.part("## 9. Hiệu quả kinh tế", "## 10.")
    rev, rg, rc, cost = (fin.row("Doanh thu"), fin.row("Giò lụa (200.000"), fin.row("Chả quế (220.000"),
                         fin.row("Chi phí"))
    lines = [fin.row(x) for x in ("Thịt nạc (110.000", "Mỡ, nước mắm", "Tiền lương", "Điện, nước, gas",
                                   "Khấu hao", "Lãi vay", "Vận chuyển", "Thuế GTGT", "Quản lý")]
    prof = fin.row("Lợi nhuận")
    for y in Y:  # triệu đồng; kg
        p.check(tot[y] == gio[y] + cha[y], f"total kg {y}")
        p.check(close(nac[y], gio[y] * 0.95 + cha[y] * 0.85) and nac[y] <= 35 * 300 + 15 * 300,
                f"lean meat 0,95 / 0,85 within 15.000 kg {y}")
        p.check(nac[y] + cha[y] * 0.15 <= 20 * 3 * 300, f"grinder 18.000 kg {y}")
        p.check(close(rg[y], gio[y] * 0.2) and close(rc[y], cha[y] * 0.22) and close(rev[y], rg[y] + rc[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], nac[y] * 0.11) and close(lines[1][y], tot[y] * 0.015)
                and close(lines[2][y], staff[y] * 6.5 * 12) and close(lines[3][y], tot[y] * 0.005)
                and close(lines[4][y], 700 / 10) and close(lines[5][y], [300, 200, 100][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.04) and close(lines[7][y], rev[y] * 0.045)
                and close(lines[8][y], 40), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y), 0.0005) and close(prof[y], rev[y] - cost[y], 0.001),
                f"cost total, profit {y}")
    growth_ok(p, tot, "output")
    growth_ok(p, rev, "revenue")
    p.check(close(tot[0] / 10500, 1.14, 0.01), "+14 % on the 10.500 kg of 2026")
    ch = p.part("## 3. Thị trường", "Hộ đã có")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 6)) == ch.one("Cộng") == tot[0], "channels = 12.000 kg")
    inv = p.part("## 8. Vốn đầu tư", "## 9.")
    items = [inv.one(f"{i} |") for i in range(1, 9)]
    p.check(sum(items) == inv.one("Tổng cộng") == 900 == 600 + 300 and sum(items[:6]) == 700, "capital 900, fixed 700")
    avg = sum(prof) / 3
    p.check(close(avg, 326.3, 0.001) and r1(900 / (avg + 70)) == 2.3, "average 326,3, payback 2,3")
    app = p.part("# PHỤ LỤC 1", "# PHỤ LỤC 2")
    gl, cq = app.row("Thịt nạc (110.000", 2), app.row("Cộng chi phí", 2)
    p.check(close(gl[0], 0.95 * 110) and close(gl[1], 0.85 * 110) and close(cq[0], gl[0] + 20)
            and close(cq[1], gl[1] + 20), "appendix norms per kg")
    price = p.part("ĐVT: 1.000 đồng", "Như vậy")
    p.check([r[-1] for r in price.rows if r[0].isdigit()] == ["200", "100", "110"], "price list in 1.000 đồng")
    p.has("12.000 kg năm 2027, 13.500 kg năm 2028 và 15.000 kg năm 2029", "2.460 triệu đồng năm 2027",
          "khoảng 3,08 tỷ đồng năm 2029", "200.000 đồng/kg", "220.000 đồng/kg", "Tổng nguồn cung 15.000 kg thịt nạc/năm",
          "20 × 3 × 300 = 18.000 kg", "(268,9 + 300,2 + 409,7) : 3 ≈ 326,3", "900 : (326,3 + 70) ≈ 2,3 năm",
          "Tổng vốn đầu tư 900 triệu đồng", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/HN",
          "tự công bố", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "bể tách mỡ",
          "XÁC NHẬN CỦA UBND XÃ", "| 6 | | | |")
    ready_common(p)
    return p


def de02() -> Plan:
    p = Plan("de02_banh_da_vung_kim_song_htx")
    pr = p.part("## VI. Kế hoạch sản xuất", "## VII.")
    tui, hop, pcs = pr.row("Bánh đa vừng túi"), pr.row("Bánh đa nướng hộp"), pr.row("Quy ra số chiếc")
    bal = p.part("## III. Nguồn nguyên liệu", "## IV.")
    rv = p.part("1. Doanh thu", "2. Chi phí")
    cst = p.part("2. Chi phí", "3. Lợi nhuận")
    lines = [cst.row(x) for x in ("Gạo tẻ", "Vừng đen", "Gừng", "Bao bì", "Công tráng", "Lương", "Điện",
                                   "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý")]
    total = cst.row("Tổng chi phí")
    pl = p.part("3. Lợi nhuận", "Thuế suất")
    post = []
    for y, year in zip(Y, ("2027", "2028", "2029")):
        b = bal.row(f"{year} |", 3)
        r = rv.row(f"{year} |", 7)
        q = pl.row(f"{year} |", 5)
        p.check(pcs[y] == tui[y] * 10 + hop[y] * 5 == b[0], f"pieces {y}")
        p.check(close(b[1], pcs[y] * 0.055) and close(b[2], pcs[y] * 0.004) and b[1] <= 60000 and b[2] <= 8 * 500,
                f"rice 55 g within 60 tấn, sesame 4 g within 4 tấn {y}")
        p.check(pcs[y] <= 250 * 8 * 250 + 25 * 80 * 250, f"capacity 1.000.000 pieces {y}")
        p.check(r[0] == tui[y] and r[3] == hop[y] and r[1] == 45 and r[4] == 40 and close(r[2], tui[y] * 0.045)
                and close(r[5], hop[y] * 0.04) and close(r[6], r[2] + r[5]), f"revenue {y}")
        rev = r[6]
        p.check(close(lines[0][y], b[1] * 0.016) and close(lines[1][y], b[2] * 0.07)
                and close(lines[2][y], pcs[y] * 0.0002) and close(lines[3][y], tui[y] * 0.002 + hop[y] * 0.005)
                and close(lines[4][y], pcs[y] * 0.001) and close(lines[5][y], 6 * 6.5 * 12)
                and close(lines[6][y], pcs[y] * 0.00015) and close(lines[7][y], 1000 / 10)
                and close(lines[8][y], [600, 400, 200][y] * 0.08) and close(lines[9][y], rev * 0.05)
                and close(lines[10][y], 60), f"cost lines {y}")
        p.check(close(total[y], lines_sum(lines, y), 0.0005) and q[0] == rev and q[1] == total[y]
                and close(q[2], rev - total[y]) and close(q[3], q[2] * 0.17) and close(q[4], q[2] - q[3]),
                f"profit, 17 % tax {y}")
        post.append(q[4])
        p.check(3000 < rev <= 50000, f"17 % bracket {y}")
    growth_ok(p, pcs, "pieces")
    p.check(close(pcs[0] / 620000, 1.13, 0.01), "+13 % on 2026")
    inv = p.part("## VII. Vốn đầu tư", "## VIII.")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1600 == 800 + 200 + 600 and sum(items[:5]) == 1000,
            "capital 1.600 = sources, fixed 1.000")
    avg = sum(post) / 3
    p.check(close(avg, 742.8, 0.001) and r1(1600 / (avg + 100)) == 1.9, "average 742,8, payback 1,9")
    p.check(45000 / 10 == 4500, "4.500 đồng a piece")
    p.has("700.000 chiếc năm 2027, 800.000 chiếc năm 2028, 900.000 chiếc năm 2029", "45.000 đồng/túi", "40.000 đồng/hộp",
          "250 × 8 × 250 = 500.000 chiếc", "Tổng năng lực 1.000.000 chiếc/năm", "khoảng 4.000 kg vừng đen",
          "60 tấn gạo tẻ/năm", "(557,8 + 742,8 + 927,9) : 3 ≈ 742,8", "1.600 : (742,8 + 100) ≈ 1,9 năm",
          "Tổng vốn đầu tư 1.600 triệu đồng", "khoảng 4.500 đồng/chiếc", "Bản chỉnh sửa lần 2", "| 4 | | |",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/KS", "tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "bể lắng", "XÁC NHẬN CỦA UBND XÃ")
    ready_common(p)
    return p


def de03() -> Plan:
    p = Plan("de03_mien_dong_son_tay_tht")
    pr = p.part("## 7. Kế hoạch sản xuất", "## 8.")
    g, w, t, tb, st = (pr.row("Miến dong gói"), pr.row("Miến dong bán buôn"), pr.row("Tổng sản lượng"),
                       pr.row("Tinh bột dong"), pr.row("Lao động"))
    fin = p.part("## 9. Hiệu quả kinh tế", "## 10.")
    rev, rg, rw, cost = fin.row("Doanh thu"), fin.row("Miến gói"), fin.row("Miến bán buôn"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Tinh bột dong", "Bao bì", "Tiền công", "Điện, củi", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Quản lý", "Thuế")]
    prof = fin.row("Lợi nhuận")
    for y in Y:  # đồng; kg
        p.check(t[y] == g[y] * 0.5 + w[y] and close(tb[y], t[y] * 1.1) and tb[y] <= 12 * 40000 * 0.15,
                f"kg, starch 1,1 within 72 tấn {y}")
        p.check(t[y] <= 28 * 8 * 250, f"line 56.000 kg {y}")
        p.check(rg[y] == g[y] * 45000 and rw[y] == w[y] * 75000 and rev[y] == rg[y] + rw[y], f"revenue {y}")
        p.check(close(lines[0][y], tb[y] * 32000) and lines[1][y] == g[y] * 2500 + w[y] * 1000
                and lines[2][y] == st[y] * 6e6 * 12 and lines[3][y] == t[y] * 3000 and lines[4][y] == 1.2e9 / 10
                and lines[5][y] == [600e6, 400e6, 200e6][y] * 0.075 and close(lines[6][y], rev[y] * 0.04)
                and lines[7][y] == 50e6 and close(lines[8][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y), 1e-9) and prof[y] == rev[y] - cost[y], f"cost total, profit {y}")
    growth_ok(p, t, "output")
    growth_ok(p, rev, "revenue")
    p.check(close(t[0] / 36000, 1.11, 0.01), "+11 % on 2026")
    p.check(12 * 40 == 480 and 480 * 1000 * 0.15 == 72000, "12 ha × 40 tấn = 480 tấn củ, 15 % = 72.000 kg")
    inv = p.part("## 8. Tổng vốn", "## 9.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1.7e9 == 1.1e9 + 0.6e9 and sum(items[:4]) == 1.2e9 and 900e6 + 200e6 == 1.1e9,
            "capital 1,7 tỷ = sources, fixed 1,2 tỷ")
    avg = sum(prof) / 3
    p.check(close(avg, 540.65e6, 1e-6) and r1(1.7e9 / (avg + 120e6)) == 2.6, "average 540,65 triệu, payback 2,6")
    p.has("40.000 kg năm 2027, 44.000 kg năm 2028 và 48.000 kg năm 2029", "khoảng 3,3 tỷ đồng", "45.000 đồng/gói",
          "75.000 đồng/kg", "72.000 kg tinh bột/năm", "28 × 8 × 250 = 56.000 kg", "1,7 tỷ đồng : (540,65 + 120) triệu đồng/năm ≈ 2,6 năm", "900.000.000 đồng đã góp",
          "Tổng vốn đầu tư 1.700.000.000 đồng", "| 5 | | |", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2025/ST", "tự công bố", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "bể lắng",
          "XÁC NHẬN CỦA UBND XÃ")
    ready_common(p)
    chn = p.part("Dự kiến sản lượng tiêu thụ năm 2027", "Khách hàng mua miến gói")
    p.check(sum(chn.one(f"{i} |") for i in range(1, 6)) == chn.one("Cộng") == t[0], "channels = 40.000 kg")
    cal = p.part("# PHỤ LỤC: LỊCH SẢN XUẤT")
    months = months_of(cal)
    tot_c = cal.row("Cả năm", 2)
    p.check([sum(m[i] for m in months) for i in range(2)] == tot_c == [250, t[0]]
            and all(m[1] <= m[0] * 28 * 8 for m in months), "calendar: 250 days, 40.000 kg, each month within 224 kg/day")
    p.check(round(3800 / 21) == 181 and months[10][1] == 3800, "November 181 kg/day")
    return p


def de04() -> Plan:
    p = Plan("de04_keo_cu_do_thanh_tam_cty")
    pr = p.part("# Mục 11. Kế hoạch sản xuất", "# Mục 12.")
    h, t, kg, st = pr.row("Hộp 500 g"), pr.row("Túi mini"), pr.row("Tổng khối lượng"), pr.row("Lao động")
    fin = p.part("# Mục 13. Hiệu quả", "# Mục 14.")
    rh, rt, rev = fin.row("Doanh thu hộp"), fin.row("Doanh thu túi"), fin.row("Tổng doanh thu")
    lines = [fin.row(x) for x in ("Lạc nhân", "Mật mía", "Bánh tráng", "Bao bì", "Tiền lương", "Điện, gas",
                                   "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý")]
    cost, pre, tax, post = (fin.row("Tổng chi phí"), fin.row("Lợi nhuận trước"), fin.row("Thuế TNDN"),
                            fin.row("Lợi nhuận sau"))
    bal = p.part("# Phụ lục 1", "# Phụ lục 2")
    kg2, lac, lac_c, mat, mat_c = (bal.row("Kẹo thành phẩm"), bal.row("Lạc nhân cần"), bal.row("Lạc nhân theo"),
                                   bal.row("Mật mía cần"), bal.row("Mật mía theo"))
    for y in Y:  # triệu đồng; kg
        p.check(kg[y] == h[y] * 0.5 + t[y] * 0.3 == kg2[y], f"kg {y}")
        p.check(close(lac[y], kg[y] * 0.35) and close(mat[y], kg[y] * 0.45) and lac[y] <= lac_c[y] == 16000
                and mat[y] <= mat_c[y] == 22000, f"peanuts, molasses within contracts {y}")
        p.check(kg[y] <= 25 * 8 * 280 and kg[y] <= 2 * 60 * 4 * 280, f"line 56.000 kg, pots {y}")
        p.check(close(rh[y], h[y] * 0.06) and close(rt[y], t[y] * 0.04) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], lac[y] * 0.055) and close(lines[1][y], mat[y] * 0.02)
                and close(lines[2][y], kg[y] * 0.015) and close(lines[3][y], h[y] * 0.006 + t[y] * 0.003)
                and close(lines[4][y], st[y] * 7 * 12) and close(lines[5][y], kg[y] * 0.004)
                and close(lines[6][y], 1500 / 10) and close(lines[7][y], [1000, 750, 500][y] * 0.08)
                and close(lines[8][y], rev[y] * 0.06) and close(lines[9][y], 120), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y), 0.0005) and close(pre[y], rev[y] - cost[y], 0.001)
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y], 0.001) and 3000 < rev[y],
                f"profit, 17 % tax {y}")
    growth_ok(p, kg, "output")
    growth_ok(p, rev, "revenue")
    p.check(round((kg[0] / 30500 - 1) * 100, 1) == 11.5 and round((kg[1] / kg[0] - 1) * 100, 1) == 12.4
            and round((kg[2] / kg[1] - 1) * 100) == 11, "growth as stated")
    p.check(0.35 * 55000 == 19250 and 0.45 * 20000 == 9000, "per-kg norms in running text")
    inv = p.part("# Mục 12. Vốn", "# Mục 13.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Cộng") == 2500 == 1500 + 1000 and sum(items[:4]) == 1500, "capital 2.500, fixed 1.500")
    avg = sum(post) / 3
    p.check(close(avg, 663.9, 0.001) and r1(2500 / (avg + 150)) == 3.1, "average 663,9, payback 3,1")
    p.check(close(post[0] / rev[0], 0.117, 0.01), "11,7 % margin")
    p.has("34.000 kg năm 2027, 38.200 kg năm 2028 và 42.400 kg năm 2029", "4.200 triệu đồng năm 2027", "60.000 đồng/hộp",
          "40.000 đồng/túi", "16.000 kg lạc nhân/năm", "22.000 kg mật mía/năm", "25 × 8 × 280 = 56.000 kg",
          "2 × 60 × 4 × 280 = 134.400 kg", "(492,6 + 640,6 + 858,4) : 3 ≈ 663,9", "2.500 : (663,9 + 150) ≈ 3,1 năm",
          "Tổng vốn đầu tư 2,5 tỷ đồng", "| 7 | | | |", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2024/TT", "tự công bố", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "bể lắng",
          "XÁC NHẬN CỦA UBND XÃ")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

ENV_WORDS = (r"môi trường|nước thải|chất thải|\brác\b|khói|bể lắng|bể tách|xử lý|thu gom|ống thải|tách mỡ|"
             r"bụi|mùi hôi|thoát nước")


def de05() -> Plan:
    p = Plan("de05_gio_me_tuyet_mai_hkd")
    pr = p.part("# 11. Kế hoạch sản xuất", "# 12.")
    me, lu, tot, st = pr.row("Giò me"), pr.row("Giò lụa"), pr.row("Tổng sản lượng"), pr.row("Lao động")
    fin = p.part("# 13. Hiệu quả kinh tế", "# 14.")
    rev, rme, rlu, cost = fin.row("Doanh thu"), fin.row("Giò me (320.000"), fin.row("Giò lụa (200.000"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Thịt bê", "Thịt lợn", "Nước mắm", "Tiền công", "Điện, gas", "Khấu hao", "Lãi vay",
                                   "Vận chuyển", "Thuế GTGT", "Chi khác")]
    prof = fin.row("Lợi nhuận")
    true_prof = []
    for y in Y:  # triệu đồng; kg
        be, lon = me[y] * 0.95, lu[y] * 0.95
        p.check(tot[y] == me[y] + lu[y] and be <= 12 * 300 and lon <= 20 * 300 and be + lon <= 15 * 3 * 300,
                f"kg, veal and pork within the contract, grinder {y}")
        p.check(close(rlu[y], lu[y] * 0.2) and close(rev[y], rme[y] + rlu[y]), f"revenue total = its rows {y}")
        p.check(close(lines[0][y], be * 0.22) and close(lines[1][y], lon * 0.11) and close(lines[2][y], tot[y] * 0.015)
                and close(lines[3][y], st[y] * 6 * 12) and close(lines[4][y], tot[y] * 0.005)
                and close(lines[5][y], 500 / 10) and close(lines[6][y], [200, 100, 0][y] * 0.07, 0.01)
                and close(lines[7][y], rev[y] * 0.04) and close(lines[8][y], rev[y] * 0.045)
                and close(lines[9][y], 30), f"cost lines follow the stated revenue {y}")
        p.check(close(cost[y], lines_sum(lines, y), 0.0005) and close(prof[y], rev[y] - cost[y], 0.001),
                f"cost total, profit (as written) {y}")
        true_rev = me[y] * 0.32 + lu[y] * 0.2
        true_cost = cost[y] - lines[7][y] - lines[8][y] + r1(true_rev * 0.04) + r1(true_rev * 0.045)
        true_prof.append(true_rev - true_cost)
        if y != 1:
            p.check(close(rme[y], me[y] * 0.32), f"veal revenue right {y}")
    p.check(rme[1] == 1216 and close(me[1] * 0.32, 1056) and off(rme[1], 1056) and round((1216 / 1056 - 1) * 100, 1) == 15.2,
            "PLANTED 2028 giò me 1.216 != 3.300 kg × 320.000 đ = 1.056 (+15,2 %)")
    p.check(rev[1] == 2316 and off(rev[1], 2156) and round((2316 / 2156 - 1) * 100, 1) == 7.4, "2028 total 2.316 vs 2.156 (+7,4 %)")
    p.check(close(true_prof[1], 157.3, 0.001), "true 2028 profit 157,3")
    p.check(rev[1] / rev[0] < 1.2 and rev[2] / rev[1] < 1.2, "stated revenue grows under 20 % (no growth defect)")
    growth_ok(p, tot, "output")
    p.check(close(tot[0] / 7300, 1.096, 0.001), "+9,6 % on 2026")
    inv = p.part("# 12. Vốn", "# 13.")
    items = [inv.one(f"{i} |") for i in range(1, 9)]
    p.check(sum(items) == inv.one("Tổng cộng") == 700 == 500 + 200 and sum(items[:6]) == 500, "capital 700, fixed 500")
    avg, avg_true = sum(prof) / 3, sum(true_prof) / 3
    p.check(close(avg, 182.1, 0.001) and r1(700 / (avg + 50)) == 3.0, "stated payback 3 follows the stated profit")
    p.check(close(avg_true, 133.3, 0.001) and r1(700 / (avg_true + 50)) == 3.8 and off(3.0, 700 / (avg_true + 50)),
            "tolerated knock-on: true payback 3,8 years")
    p.check(p.count("[tên sản phẩm]") == 2, "PLANTED the form's placeholder [tên sản phẩm] left in twice")
    p.lacks(ENV_WORDS, "PLANTED no environmental measure")
    p.has("8.000 kg năm 2027, 8.800 kg năm 2028, 9.600 kg năm 2029", "khoảng 1,96 tỷ đồng năm 2027 và 2,35 tỷ đồng năm 2029",
          "320.000 đồng/kg", "200.000 đồng/kg", "15 × 3 × 300 = 13.500 kg", "3.600 kg thịt bê và 6.000 kg thịt lợn/năm",
          "(101,9 + 303,7 + 140,7) : 3 = 182,1", "700 : (182,1 + 50) ≈ 3 năm", "Tổng vốn 700 triệu đồng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/TM", "tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "148/QĐ-TTg", "1489/QĐ-TTg", "| 5 | | | | | |")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    cust = p.part("Phụ lục: Khách hàng", "Các khách hàng trên")
    mon = [cust.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(mon) == cust.one("Cộng") == 300 and 300 * 12 == 3600 and close(3600 / tot[0], 0.45),
            "regular customers 300 kg/month = 3.600 kg = 45 % of 2027")
    return p


def de06() -> Plan:
    p = Plan("de06_banh_gai_phuc_dong_tht")
    pr = p.part("## 4.3. Kế hoạch sản xuất", "## 4.4.")
    hop, le, c = pr.row("Bánh gai hộp"), pr.row("Bánh gai chiếc rời"), pr.row("Tổng số bánh")
    bal = p.part("## 3.3. Nguồn nguyên liệu", "# Phần 4")
    c2, gao, do, la = bal.row("Số bánh"), bal.row("Gạo nếp"), bal.row("Đỗ xanh"), bal.row("Lá gai")
    fin = p.part("## 4.5. Hiệu quả kinh tế", "Định mức tính")
    rev, rh, rl, cost = fin.row("Doanh thu"), fin.row("Bánh hộp"), fin.row("Bánh chiếc rời"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Gạo nếp", "Đỗ xanh", "Lá gai", "Đường, dừa", "Hộp, túi", "Công gói", "Lương",
                                   "Điện, củi", "Khấu hao", "Lãi vay", "Bán hàng", "Thuế")]
    prof = fin.row("Lợi nhuận")
    leaf_supply = 1.5 * 1500
    for y in Y:  # triệu đồng; chiếc; kg
        p.check(c[y] == hop[y] * 10 + le[y] == c2[y], f"cakes {y}")
        p.check(close(gao[y], c[y] * 0.045) and close(do[y], c[y] * 0.015) and close(la[y], c[y] * 0.007)
                and gao[y] <= 20000 and do[y] <= 6000, f"norms; rice and beans within contracts {y}")
        p.check(c[y] <= 500 * 3 * 300 and c[y] <= 10 * 160 * 300, f"steamer 450.000, wrappers 480.000 {y}")
        p.check(close(rh[y], hop[y] * 0.07) and close(rl[y], le[y] * 0.0055) and close(rev[y], rh[y] + rl[y]), f"revenue {y}")
        p.check(close(lines[0][y], gao[y] * 0.022) and close(lines[1][y], do[y] * 0.04) and close(lines[2][y], la[y] * 0.06)
                and close(lines[3][y], c[y] * 0.0006) and close(lines[4][y], hop[y] * 0.004 + le[y] * 0.0003)
                and close(lines[5][y], c[y] * 0.0007) and close(lines[6][y], 3 * 6 * 12)
                and close(lines[7][y], c[y] * 0.0002) and close(lines[8][y], 700 / 10)
                and close(lines[9][y], [400, 300, 200][y] * 0.07) and close(lines[10][y], rev[y] * 0.05)
                and close(lines[11][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y), 0.0005) and close(prof[y], rev[y] - cost[y], 0.001), f"cost total, profit {y}")
    growth_ok(p, c, "cakes")
    growth_ok(p, rev, "revenue")
    p.check(close(c[0] / 265000, 1.13, 0.01), "+13 % on 2026")
    p.check(la[0] <= leaf_supply, "2027 leaf within the members' 2.250 kg")
    p.check(la[1] > leaf_supply and la[2] > leaf_supply and off(la[2], leaf_supply) and off(la[1], leaf_supply)
            and round((la[2] / leaf_supply - 1) * 100, 1) == 18.2 and round((la[1] / leaf_supply - 1) * 100, 1) == 5.8,
            "PLANTED ramie leaf 2.380 / 2.660 kg needed vs 2.250 kg from 1,5 ha (+5,8 % / +18,2 %)")
    p.has("cho khoảng 2.250 kg lá gai khô mỗi năm, đủ cho sản xuất cả giai đoạn 2027 – 2029")
    p.lacks(r"mua (thêm )?lá gai|lá gai (mua|của các hộ|theo hợp đồng)", "no other ramie source")
    inv = p.part("## 4.4. Vốn đầu tư", "## 4.5.")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1200 and sum(items[:5]) == 700, "items = total 1.200, fixed 700")
    p.check(600 + 400 == 1000 and off(1000, 1200) and round((1000 / 1200 - 1) * 100, 1) == -16.7,
            "PLANTED sources 600 + 400 = 1.000 vs total 1.200 (−16,7 %)")
    p.has("vốn góp của các thành viên 600 triệu đồng; vay Ngân hàng Chính sách xã hội 400 triệu đồng",
          "Tổng nguồn vốn trên bảo đảm đủ cho nhu cầu đầu tư")
    avg = sum(prof) / 3
    p.check(close(avg, 372.9, 0.001) and r1(1200 / (avg + 70)) == 2.7, "payback 2,7 on the table total")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "38/2012/NĐ-CP", "UBND huyện Hương Khê", "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện",
          "Bản chỉnh sửa lần 2")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|15/2018", "PLANTED outdated policy: the current instruments are not cited")
    p.has("300.000 chiếc bánh năm 2027, 340.000 chiếc năm 2028 và 380.000 chiếc năm 2029", "70.000 đồng/hộp",
          "5.500 đồng/chiếc", "500 × 3 × 300 = 450.000 chiếc", "20 tấn gạo nếp", "6 tấn/năm",
          "(287,7 + 372,9 + 458) : 3 ≈ 372,9", "1.200 : (372,9 + 70) ≈ 2,7 năm", "Tổng vốn đầu tư 1.200 triệu đồng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/PĐ", "tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng", "XÁC NHẬN CỦA UBND XÃ")
    p.lacks(PLACEHOLDER, "placeholder")
    a1 = p.part("# Phụ lục 1", "# Phụ lục 2")
    per100 = [a1.one(f"{i} |") for i in range(1, 7)]
    p.check(per100 == [4.5 * 22000, 1.5 * 40000, 0.7 * 60000, 100 * 600, 100 * 200, 100 * 700]
            and sum(per100) == a1.one("Cộng") == 351000, "appendix: direct cost of 100 cakes = 351.000 đ")
    p.check(close(sum(per100) / 100 * c[0] / 1e6, lines[0][0] + lines[1][0] + lines[2][0] + lines[3][0] + lines[5][0]
                  + lines[7][0]), "appendix norms = 2027 direct cost lines")
    a2 = p.part("# Phụ lục 2")
    roles = [r[3] for r in a2.rows if r[0].isdigit() and r[1]]
    p.check(len(roles) == 12 and sum("Gói bánh" in x or "gói bánh" in x for x in roles) == 10, "12 members, 10 wrappers")
    return p


def de07() -> Plan:
    p = Plan("de07_keo_lac_minh_huong_hkd")
    pr = p.part("## 7. Kế hoạch sản xuất", "## 8.")
    g, h, kg, lac, st = (pr.row("Kẹo gói"), pr.row("Kẹo hộp"), pr.row("Tổng khối lượng"), pr.row("Lạc nhân"),
                         pr.row("Lao động"))
    fin = p.part("Hiệu quả kinh tế:", "## 9.")
    rev, rg, rh, cost = fin.row("Doanh thu"), fin.row("Kẹo gói"), fin.row("Kẹo hộp"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Lạc nhân", "Đường, mạch nha", "Gừng", "Bao bì", "Tiền công", "Điện, gas",
                                   "Khấu hao", "Lãi vay", "Bán hàng", "Thuế GTGT", "Chi khác")]
    prof = fin.row("Lợi nhuận")
    for y in Y:  # triệu đồng; kg
        p.check(kg[y] == g[y] * 0.25 + h[y] * 0.5 and close(lac[y], kg[y] * 0.6) and lac[y] <= 15000,
                f"kg, peanuts 0,6 within 15.000 kg {y}")
        p.check(kg[y] <= 2 * 30 * 2 * 250 and kg[y] <= 15 * 8 * 250, f"pots and cutter 30.000 kg {y}")
        p.check(close(rg[y], g[y] * 0.025) and close(rh[y], h[y] * 0.055) and close(rev[y], rg[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], lac[y] * 0.05) and close(lines[1][y], kg[y] * 0.35 * 0.022)
                and close(lines[2][y], kg[y] * 0.005) and close(lines[3][y], g[y] * 0.0015 + h[y] * 0.005)
                and close(lines[4][y], st[y] * 6 * 12) and close(lines[5][y], kg[y] * 0.003)
                and close(lines[6][y], 400 / 8) and close(lines[7][y], [300, 200, 100][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.05) and close(lines[9][y], rev[y] * 0.045)
                and close(lines[10][y], 25), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y), 0.0005), f"cost total {y}")
    p.check(close(prof[0], rev[0] - cost[0], 0.001) and close(prof[2], rev[2] - cost[2], 0.001), "2027 and 2029 profit right")
    p.check(prof[1] == 398.7 and close(rev[1] - cost[1], 298.7, 0.001) and off(prof[1], rev[1] - cost[1])
            and round((398.7 / 298.7 - 1) * 100, 1) == 33.5, "PLANTED 2028 profit 398,7 != 2.092,5 − 1.793,8 = 298,7 (+33,5 %)")
    growth_ok(p, kg, "output")
    growth_ok(p, rev, "revenue")
    p.check(close(kg[0] / 16200, 1.11, 0.01), "+11 % on 2026")
    p.check(25000 / 0.25 == 100000 and 55000 / 0.5 == 110000, "100.000 and 110.000 đ/kg")
    inv = p.part("## 8. Vốn đầu tư", "Hiệu quả kinh tế:")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    p.check(sum(items) == inv.one("Cộng") == 600 == 300 + 300 and sum(items[:5]) == 400, "capital 600, fixed 400")
    avg, true_avg = sum(prof) / 3, (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(avg, 356.1, 0.001) and r1(600 / (avg + 50)) == 1.5, "stated payback 1,5 follows the stated profits")
    p.check(close(true_avg, 322.7, 0.001) and r1(600 / (true_avg + 50)) == 1.6 and off(1.5, 600 / (true_avg + 50)),
            "tolerated knock-on: true payback ≈ 1,6 years")
    p.check(p.count("Kẹo lạc Thanh Bình") == 2 and p.count("Hộ kinh doanh Kẹo lạc Minh Hương") >= 2,
            "PLANTED another producer's name, twice")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|sức khỏe|công bố|vệ sinh|cam kết|giấy chứng nhận cơ sở|"
            r"tập huấn|kiểm nghiệm|Luật An toàn", "PLANTED no food-safety certificate, commitment or plan")
    p.has("18.000 kg năm 2027, 20.250 kg năm 2028 và 22.500 kg năm 2029", "1.860 triệu đồng năm 2027", "25.000 đồng/gói",
          "55.000 đồng/hộp", "15.000 kg lạc nhân/năm", "2 × 30 × 2 × 250 = 30.000 kg", "15 × 8 × 250 = 30.000 kg",
          "(272,7 + 398,7 + 396,8) : 3 ≈ 356,1", "600 : (356,1 + 50) ≈ 1,5 năm", "Tổng vốn đầu tư 600 triệu đồng",
          "TCCS 01:2026/MH", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "hố lắng", "148/QĐ-TTg",
          "1489/QĐ-TTg", "Giấy chứng nhận đăng ký hộ kinh doanh", "| 5 | | | |")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    cal = p.part("# PHỤ LỤC 2: LỊCH SẢN XUẤT")
    months = months_of(cal)
    tot_c = cal.row("Cả năm", 2)
    p.check([sum(m[i] for m in months) for i in range(2)] == tot_c == [250, kg[0]]
            and all(m[1] <= m[0] * min(2 * 30 * 2, 15 * 8) for m in months), "calendar: 250 days, 18.000 kg, 120 kg/day")
    p.check(round(months[11][1] / months[11][0]) == 117, "December 117 kg/day")
    return p


def de08() -> Plan:
    p = Plan("de08_bun_gao_lut_dong_mon_htx")
    pr = p.part("## 1. Kế hoạch sản xuất và tiêu thụ", "## 2. Vốn")
    g, w, kg, gao, st = (pr.row("Bún gói"), pr.row("Bún bán buôn"), pr.row("Tổng sản lượng"), pr.row("Gạo lứt"),
                         pr.row("Lao động"))
    fin = p.part("## 3. Hiệu quả kinh tế", "# Chương VI")
    rev, rg, rw, cost = fin.row("Doanh thu"), fin.row("Bún gói"), fin.row("Bún bán buôn"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Gạo lứt", "Bao bì", "Lương", "Điện", "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau")
    cap = 200 * 260
    for y in Y:  # triệu đồng; kg
        p.check(kg[y] == g[y] * 0.5 + w[y] and close(gao[y], kg[y] * 1.2) and gao[y] <= 80000,
                f"kg, brown rice 1,2 within 80 tấn {y}")
        p.check(close(rg[y], g[y] * 0.035) and close(rw[y], w[y] * 0.055) and close(rev[y], rg[y] + rw[y]), f"revenue {y}")
        p.check(close(lines[0][y], gao[y] * 0.018) and close(lines[1][y], g[y] * 0.002 + w[y] * 0.0008)
                and close(lines[2][y], st[y] * 6.5 * 12) and close(lines[3][y], kg[y] * 0.004)
                and close(lines[4][y], 1200 / 10) and close(lines[5][y], [600, 400, 200][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 80), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y), 0.0005) and close(pre[y], rev[y] - cost[y], 0.001)
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y], 0.001) and rev[y] > 3000,
                f"profit, 17 % tax {y}")
    growth_ok(p, kg, "output")
    growth_ok(p, rev, "revenue")
    p.check(170 * 260 >= 44000 and close(kg[0] / 44000, 1.136, 0.001), "old line made the 44.000 kg of 2026; +13,6 %")
    p.check(kg[0] <= cap, "2027 within the new line's 52.000 kg")
    p.check(kg[1] > cap and kg[2] > cap and off(kg[2], cap) and off(kg[1], cap)
            and round((kg[1] / cap - 1) * 100, 1) == 7.7 and round((kg[2] / cap - 1) * 100, 1) == 19.2
            and st[0] == st[1] == st[2] == 9,
            "PLANTED 56.000 / 62.000 kg vs 200 kg/ngày × 260 ngày = 52.000 kg (+7,7 % / +19,2 %), same 9 workers")
    p.has("công suất 200 kg bún khô/ngày", "Hợp tác xã làm việc 260 ngày/năm", "Dây chuyền cũ sẽ được thanh lý",
          "bảo đảm đáp ứng sản lượng kế hoạch của cả giai đoạn 2027 – 2029")
    app = p.part("# Phụ lục 1", "# Phụ lục 2")
    contrib = [app.one(f"{i} |") for i in range(1, 11)]
    written = app.one("Cộng")
    p.check(sum(contrib) == 1100 and written == 1250 and off(written, sum(contrib))
            and round((1250 / 1100 - 1) * 100, 1) == 13.6, "PLANTED contributions sum to 1.100, 'Cộng' says 1.250 (+13,6 %)")
    inv = p.part("## 2. Vốn đầu tư", "## 3.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1850 == written + 600 and sum(items[:4]) == 1200,
            "investment 1.850 = 1.250 (as written) + 600, fixed 1.200")
    p.check(off(sum(contrib) + 600, 1850), "tolerated knock-on: real sources 1.700 vs 1.850")
    ct = p.part("# Phụ lục 2")
    p.check(sum(ct.one(f"{i} |") for i in range(1, 6)) == ct.one("Cộng") == 40000 <= kg[0], "contracts 40.000 kg")
    avg = sum(post) / 3
    p.check(close(avg, 738.1, 0.001) and r1(1850 / (avg + 120)) == 2.2, "average 738,1, payback 2,2")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|quy chuẩn|phòng thí nghiệm|phân tích mẫu|xét nghiệm",
            "PLANTED no product standard, declaration or test")
    p.has("50.000 kg năm 2027, 56.000 kg năm 2028 và 62.000 kg năm 2029", "khoảng 3,2 tỷ đồng", "35.000 đồng/gói",
          "55.000 đồng/kg", "80 tấn gạo lứt/năm", "(559,4 + 738,1 + 916,8) : 3 ≈ 738,1", "1.850 : (738,1 + 120) ≈ 2,2 năm",
          "Tổng vốn đầu tư 1.850 triệu đồng", "vốn góp của thành viên 1.250 triệu đồng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "mã lô", "bể lắng", "148/QĐ-TTg", "1489/QĐ-TTg", "| 11 | | | |", "XÁC NHẬN CỦA UBND XÃ")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    hist = p.part("# Phụ lục 3")
    h = [hist.row(f"{y} |", 2) for y in (2023, 2024, 2025, 2026)]
    p.check(all(x[0] <= 170 * 260 for x in h) and h[3] == [44000, 2800] and h[2][0] == 40000,
            "history within the old line; 2025 40.000 kg, 2026 44.000 kg and 2,8 tỷ as in the text")
    return p


CHANNEL_WORDS = (r"khách hàng|đại lý|cửa hàng|siêu thị|\bchợ\b|thương lái|tiểu thương|bán buôn|bán lẻ|bán hàng|"
                 r"nhà phân phối|phân phối|facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|"
                 r"hội chợ|điểm bán|kênh|nhà hàng|\bquán\b|giao hàng|xuất khẩu|bếp ăn|hợp đồng (bán|tiêu thụ|cung cấp cho)")
LABEL_WORDS = (r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|thông tin trên bao bì|in trên")


def de09() -> Plan:
    p = Plan("de09_che_lam_hanh_lai_hkd")
    pr = p.part("## 7. Kế hoạch sản xuất", "## 8.")
    h, t, kg, st = pr.row("Chè lam hộp"), pr.row("Chè lam túi"), pr.row("Tổng khối lượng"), pr.row("Lao động")
    fin = p.part("## 9. Hiệu quả kinh tế", "## 10.")
    rev, rh, rt, cost = fin.row("Doanh thu"), fin.row("Hộp 300 g"), fin.row("Túi 500 g"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Gạo nếp", "Mật mía", "Lạc nhân", "Gừng", "Hộp, túi", "Tiền công", "Điện, gas",
                                   "Khấu hao", "Lãi vay", "Chi phí tiêu thụ", "Thuế GTGT", "Chi khác")]
    prof = fin.row("Lợi nhuận")
    for y in Y:  # triệu đồng; kg
        nep, lac = kg[y] * 0.45, kg[y] * 0.15
        p.check(kg[y] == h[y] * 0.3 + t[y] * 0.5 and nep <= 8000 and lac <= 2500 and kg[y] <= 25 * 3 * 250,
                f"kg, rice and peanuts within contracts, one pan 18.750 kg {y}")
        p.check(close(rh[y], h[y] * 0.036) and close(rt[y], t[y] * 0.05) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], nep * 0.025) and close(lines[1][y], kg[y] * 0.35 * 0.02) and close(lines[2][y], lac * 0.05)
                and close(lines[3][y], kg[y] * 0.006) and close(lines[4][y], h[y] * 0.005 + t[y] * 0.002)
                and close(lines[5][y], st[y] * 6 * 12) and close(lines[6][y], kg[y] * 0.004)
                and close(lines[7][y], 500 / 10) and close(lines[8][y], [400, 300, 200][y] * 0.07)
                and close(lines[9][y], rev[y] * 0.06) and close(lines[10][y], rev[y] * 0.045)
                and close(lines[11][y], 30), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y), 0.0005) and close(prof[y], rev[y] - cost[y], 0.001), f"cost total, profit {y}")
    p.check(all(close(kg[y], x) for y, x in zip(Y, (12000, 13200, 14400))) and close(kg[0] / 10900, 1.10, 0.01),
            "10 % a year, +10 % on 2026")
    growth_ok(p, rev, "revenue")
    p.has("5.400 kg năm 2027, 5.940 kg năm 2028, 6.480 kg năm 2029", "1.800 kg, 1.980 kg và 2.160 kg")
    app = p.part("# PHỤ LỤC 1", "# PHỤ LỤC 2")
    a = [app.one(f"{i} |") for i in range(1, 6)]
    p.check(a == [11250, 7000, 7500, 6000, 4000] and sum(a) == app.one("Cộng") == 35750
            and 0.45 * 25000 == 11250 and 0.35 * 20000 == 7000 and 0.15 * 50000 == 7500, "appendix per kg")
    inv = p.part("## 8. Vốn đầu tư", "## 9.")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    p.check(sum(items) == inv.one("Tổng cộng") == 900 == 500 + 400 and sum(items[:5]) == 500, "capital 900, fixed 500")
    avg = sum(prof) / 3
    true = 900 / (avg + 50)
    p.check(close(avg, 230.3, 0.001) and r1(true) == 3.2 and off(1.8, true) and r1(900 / avg) == 3.9,
            "PLANTED payback 1,8 years != 900 : 280,3 = 3,2 (3,9 without depreciation)")
    p.has("900 : (230,3 + 50) ≈ 1,8 năm", "Thu hồi vốn đầu tư trong khoảng 1,8 năm")
    market = p.body.split("## 3. Thị trường tiêu thụ", 1)[1].split("## 4.", 1)[0]
    p.check(not re.search(r"\d", market) and not re.search(r"giá|đồng|" + CHANNEL_WORDS, market, re.I),
            "PLANTED the market section has no number, price, customer or channel")
    p.lacks(CHANNEL_WORDS, "PLANTED no sales channel anywhere")
    p.lacks(LABEL_WORDS, "PLANTED no label plan")
    p.has("túi PE", "hộp giấy 300 g", "nhãn hiệu")
    p.has("12.000 kg năm 2027, 13.200 kg năm 2028 và 14.400 kg năm 2029", "1.320 triệu đồng năm 2027", "36.000 đồng/hộp",
          "50.000 đồng/túi", "8.000 kg gạo nếp", "2.500 kg lạc nhân/năm", "25 kg/mẻ × 3 mẻ/ngày × 250 ngày = 18.750 kg/năm",
          "(160,4 + 230,3 + 300,1) : 3 ≈ 230,3", "Tổng vốn đầu tư 900 triệu đồng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/HL", "tự công bố", "Cục Sở hữu trí tuệ",
          "hố lắng", "148/QĐ-TTg", "1489/QĐ-TTg", "XÁC NHẬN CỦA UBND XÃ")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    cal = p.part("# PHỤ LỤC 2: LỊCH SẢN XUẤT")
    months = months_of(cal)
    tot_c = cal.row("Cả năm", 2)
    p.check([sum(m[i] for m in months) for i in range(2)] == tot_c == [250, kg[0]]
            and all(m[1] <= m[0] * 25 * 3 for m in months), "calendar: 250 days, 12.000 kg, one pan 75 kg/day")
    p.check(round(months[11][1] / months[11][0]) == 71, "December 71 kg/day")
    return p


def de10() -> Plan:
    p = Plan("de10_mut_gung_thoa_loi_ho")
    pr = p.part("## 5.3. Kế hoạch sản xuất", "# 6")
    h, t, kg, g, st = (pr.row("Mứt gừng hộp"), pr.row("Mứt gừng túi"), pr.row("Tổng khối lượng"), pr.row("Gừng tươi"),
                       pr.row("Lao động"))
    fin = p.part("## 6.2. Doanh thu", "# 7")
    rev, rh, rt, cost = fin.row("Doanh thu"), fin.row("Hộp 250 g"), fin.row("Túi 500 g"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Gừng tươi", "Đường", "Hộp, túi", "Tiền công", "Điện sấy", "Khấu hao", "Lãi vay",
                                   "Quảng bá", "Chi khác")]
    prof = fin.row("Lợi nhuận")
    for y in Y:  # triệu đồng; kg
        p.check(kg[y] == h[y] * 0.25 + t[y] * 0.5 and close(g[y], kg[y] * 1.8) and g[y] <= 3 * 10000 <= 4 * 10000,
                f"kg, ginger 1,8 within either 3 ha or 4 ha {y}")
        p.check(kg[y] <= 100 * 200, f"dryer 20.000 kg {y}")
        p.check(close(rh[y], h[y] * 0.04) and close(rt[y], t[y] * 0.07) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], g[y] * 0.012) and close(lines[1][y], kg[y] * 0.7 * 0.018)
                and close(lines[2][y], h[y] * 0.004 + t[y] * 0.0025) and close(lines[3][y], st[y] * 5 * 12)
                and close(lines[4][y], kg[y] * 0.005) and close(lines[5][y], 200 / 5)
                and close(lines[6][y], [100, 50, 0][y] * 0.08, 0.01) and lines[7][y] == 20 and lines[8][y] == 10,
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y), 0.0005) and close(prof[y], rev[y] - cost[y], 0.001), f"cost total, profit {y}")
    p.check(close(kg[0] / 3500, 1.14, 0.01) and rev[0] / 520 < 1.2, "2027 +14 % on 2026 (not the defect)")
    g1, g2 = kg[1] / kg[0], kg[2] / kg[1]
    p.check(g1 == 2 and g2 == 1.75 and rev[1] / rev[0] == 2 and rev[2] / rev[1] == 1.75 and off(g1, 1.2) and off(g2, 1.2),
            "PLANTED output and revenue ×2 in 2028 and ×1,75 in 2029")
    p.check(lines[7][0] == lines[7][1] == lines[7][2] == 20, "flat 20 triệu promotion")
    p.check(close(lines[0][2] + lines[1][2], 478.8) and 478.8 / 100 > 4, "478,8 triệu of ginger and sugar vs 100 triệu working capital")
    market = p.part("## 4.1. Thị trường", "## 4.2.").text_part
    p.check("2 thương lái" in market and "4 cửa hàng" in market and "hợp đồng" not in market and "rất lớn" in market,
            "market: the same two traders and four shops, no contract, 'rất lớn'")
    p.check(p.count("2 thương lái") == 2 and p.count("4 cửa hàng") == 2, "the same buyers as in 2026")
    p.has("gia đình và 12 hộ liên kết trồng 4 ha gừng", "Vùng gừng liên kết của gia đình và các hộ trong thôn rộng 3 ha")
    p.check(off(4, 3) and p.count("4 ha") == 1 and p.count("3 ha") == 1, "PLANTED 4 ha vs 3 ha of ginger, same time")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|mã số doanh nghiệp|giấy chứng nhận đăng ký|công ty|"
            r"doanh nghiệp|hợp tác xã|tổ hợp tác|thuế|thành lập|đăng ký (hộ|thành|tại|hoạt động)|giấy phép",
            "PLANTED no business registration, tax code or plan to register")
    inv = p.part("## 6.1. Vốn", "## 6.2.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Cộng") == 300 == 200 + 100 and sum(items[:4]) == 200, "capital 300, fixed 200")
    avg = sum(prof) / 3
    p.check(close(avg, 415.3, 0.001) and r1(300 / (avg + 40)) == 0.7, "average 415,3, payback 0,7")
    p.has("4.000 kg năm 2027, 8.000 kg năm 2028 và 14.000 kg năm 2029", "600 triệu đồng năm 2027", "40.000 đồng/hộp",
          "70.000 đồng/túi", "100 × 200 = 20.000 kg", "(83,2 + 368,4 + 794,2) : 3 ≈ 415,3", "300 : (415,3 + 40) ≈ 0,7 năm",
          "Tổng vốn đầu tư 300 triệu đồng", "bản cam kết bảo đảm an toàn thực phẩm", "TCCS 01:2027/TL", "tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "hố lắng", "148/QĐ-TTg", "1489/QĐ-TTg",
          "XÁC NHẬN CỦA UBND XÃ")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    cal = p.part("# 10 – PHỤ LỤC", "# 11")
    months = months_of(cal)
    tot_c = cal.row("Cả năm", 2)
    p.check([sum(m[i] for m in months) for i in range(2)] == tot_c == [200, kg[0]]
            and all(m[1] <= m[0] * 100 for m in months[6:]), "calendar: 200 days, 4.000 kg, dryer 100 kg/day from July")
    p.check(round(months[0][1] / months[0][0]) == 33 and sum(m[1] for m in months[:3]) <= 3500 / 12 * 3 * 1.2,
            "Jan–Mar on the old pans, at the 2026 pace")
    p.check(2 * 30 * 3 * 200 == 36000 >= g[2], "pans 36.000 kg ginger")
    a = p.part("# 11 – PHỤ LỤC")
    pk = [a.one(f"{i} |") for i in range(1, 4)]
    p.check(pk == [1.8 * 12000, 0.7 * 18000, 5000] and sum(pk) == a.one("Cộng") == 39200, "per kg 39.200 đ")
    return p


# @@MORE@@


def main() -> int:
    plans = [fn() for name, fn in sorted(globals().items()) if re.fullmatch(r"de\d\d", name)]
    return plancheck.report(plans + sketchy())


def sketchy() -> list[Plan]:
    a = Plan("de11_banh_trang_cam_trung_so_sai")
    a.check(300 * 25 * 3000 == 22_500_000, "300 chiếc × 25 ngày × 3.000 đ = 22,5 triệu/tháng")
    a.has("khoảng 300 chiếc", "3.000 đồng/chiếc", "khoảng 22,5 triệu đồng", "| 2027 | | |", "| 2029 | | |")
    a.check(150 <= a.words() <= 320, f"150–320 words ({a.words()})")
    a.check(all(not any(c for c in r[1:]) for r in a.rows if r[0] in ("2027", "2028", "2029")), "plan-year rows empty")
    a.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|"
            r"nhãn|môi trường|nước thải|truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận|nguyên liệu|quy trình",
            "every tolerated gap is real; no capital, cost, profit, raw-material or process section")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("de12_bun_tuoi_hoa_lan_so_sai")
    b.check(150 * 12000 == 1_800_000, "150 kg × 12.000 đ = 1.800.000 đ a day")
    b.has("khoảng 150 kg bún", "12.000 đồng/kg", "khoảng 1.800.000 đồng", "Email: ……", "Số lao động: ……",
          "Vốn đầu tư dự kiến: …… triệu đồng")
    b.check(len(b.rows) == 3 and 150 <= b.words() <= 320, f"only the signature table, 150–320 words ({b.words()})")
    b.check(len(re.findall(r"……", b.body)) == 3, "three unfilled fields (tolerated boilerplate)")
    b.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|"
            r"truy xuất|sổ ghi|chi phí|lợi nhuận|nguyên liệu|năm 2028|năm 2029", "every tolerated gap is real")
    return [a, b]


if __name__ == "__main__":
    sys.exit(main())
