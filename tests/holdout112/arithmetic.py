"""The hundred-and-twelfth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout112/arithmetic.py

Coastal and aquatic products of Hà Tĩnh's sea communes. For every plan: the raw-material balance
(fish salted in year N gives the sauce of year N+1; fresh : dried ratios; salt : fish ratios)
against the stated supply, output against vats, dryers or racks x batches or days, monthly
calendars and quarterly splits summing to the year, channel and customer tables summing to the
year's output, revenue = quantity x price, cost lines = their stated norms, cost lines = total,
profit = revenue - cost, tax, investment items = total = capital sources, depreciation, interest,
payback, growth. Planted numeric defects are asserted wrong by more than 5 % (with the true value
computed) and every other number right within 1 %. Table figures are read from the plan's source,
each table inside its own section; figures quoted in running text are looked up verbatim. Textual
plants are asserted through the absence (or presence) of their words; ready plans cite QĐ 148 and
QĐ 1489 and no replaced instrument; no plan keeps a template placeholder.
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
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off, vn  # noqa: E402

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|huyện Nghi Xuân|UBND huyện")


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
        q.sect = text
        return q

    def words(self) -> int:
        return len(self.body.split())

    def months(self, start: str, end: str | None, ncol: int = 2) -> tuple[list[list[float]], list[float]]:
        """Monthly calendar rows 1..12 and the 'Cả năm' row."""
        c = self.part(start, end)
        ms = [[vn(x) for x in r[1:1 + ncol]] for r in c.rows if r[0].isdigit()]
        self.check(len(ms) == 12, f"12 months in {start!r}")
        return ms, c.row("Cả năm", ncol)

    def quarters(self, start: str, years: list[list[float]]) -> None:
        """Quarter table: each year's four quarters sum to its total, and the totals equal the plan."""
        c = self.part(start, None)
        for y in Y:
            r = c.row(f"{2027 + y} |", 5)
            self.check(close(sum(r[:4]), r[4]) and all(close(r[4], ys[y]) for ys in years), f"quarters {2027 + y}")


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Cục Sở hữu trí tuệ")
    p.check(bool(re.search(r"đủ điều kiện an toàn thực phẩm", p.body)), "food-safety certificate")
    p.check(bool(re.search(r"TCCS", p.body)) and "tự công bố" in p.body, "TCCS and self-declaration")
    p.check(bool(re.search(r"đăng ký môi trường", p.body)), "environmental registration")
    p.check(bool(re.search(r"mã lô|truy xuất", p.body)), "traceability")


def growth(p: Plan, xs: list[float], what: str, limit: float = 1.2) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < limit, f"{what} growth {2027 + y}: {xs[y] / xs[y - 1]:.3f}")


# --------------------------------------------------------------------------- ready plans

def di01() -> Plan:
    p = Plan("di01_nuoc_mam_nhuong_ban_htx")
    hist = p.part("# IV. THỰC TRẠNG", "# V.")
    salted_h, lit_h, rev_h = hist.row("Cá cơm muối chượp trong năm"), hist.row("Nước mắm thành phẩm"), hist.row("Doanh thu")
    p.check(close(lit_h[1], salted_h[0] * 700) and close(lit_h[2], salted_h[1] * 700), "history: fish of N → litres of N+1")
    raw = p.part("# VIII. NGUỒN NGUYÊN LIỆU", "# IX.")
    salted, salt, contract, lit_raw = (raw.row("Cá cơm muối chượp trong năm"), raw.row("Muối hạt"),
                                       raw.row("Cá cơm theo hợp đồng"), raw.row("Nước mắm rút"))
    pr = p.part("# XI. KẾ HOẠCH", "# XII.")
    chai, can, lit, staff = pr.row("Nước mắm cốt 35"), pr.row("Nước mắm 25"), pr.row("Tổng sản lượng quy lít"), pr.row("Lao động")
    prev = [salted_h[2]] + salted[:2]
    for y in Y:
        p.check(lit[y] == chai[y] * 0.5 + can[y] * 2 == lit_raw[y], f"litres {y}")
        p.check(close(lit[y], prev[y] * 700), f"litres = fish salted the year before × 0,7 {y}")
        p.check(close(salt[y], salted[y] / 3, 0.01) and salted[y] <= contract[y] and salted[y] <= 60, f"salt 3:1, contract, vats {y}")
    p.check(close(lit[0] / lit_h[2], 1.111, 0.01) and close(rev_h[2] * 1.117, 3440, 0.01), "+11 % on 2026")
    growth(p, lit, "litres")
    ch = p.part("# VII. THỊ TRƯỜNG", "# VIII.")
    p.check(ch.row("Cộng", 2) == [chai[0], can[0]], "channels = 2027 output")
    p.check(sum(r[0] for r in [ch.row(x, 2) for x in ("12 đại lý", "Siêu thị", "Bếp ăn", "Bán trực tuyến")]) == chai[0]
            and sum(r[1] for r in [ch.row(x, 2) for x in ("12 đại lý", "Siêu thị", "Bếp ăn", "Bán trực tuyến")]) == can[0],
            "channel rows sum")
    inv = p.part("# XII. TỔNG VỐN", "# XIII.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1500 == 700 + 300 + 500 and sum(items[:4]) == 1000, "capital 1.500")
    fin = p.part("# XIII. HIỆU QUẢ", "# XIV.")
    rev, rc, rk, cost = fin.row("Doanh thu"), fin.row("Nước mắm chai 500 ml"), fin.row("Nước mắm can 2 lít"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Cá cơm muối trong năm", "Muối hạt", "Chai, can", "Tiền lương", "Điện, nước", "Khấu hao",
                                   "Lãi vay", "Chi phí bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(rc[y], chai[y] * 0.085) and close(rk[y], can[y] * 0.12) and close(rev[y], rc[y] + rk[y]), f"revenue {y}")
        p.check(close(lines[0][y], salted[y] * 16) and close(lines[1][y], salted[y] * 1000 / 3 * 0.003)
                and close(lines[2][y], chai[y] * 0.006 + can[y] * 0.01) and close(lines[3][y], staff[y] * 6.5 * 12)
                and close(lines[5][y], 100) and close(lines[6][y], (500 - 100 * y) * 0.07)
                and close(lines[7][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]) and 3000 < rev[y] <= 50000, f"17 % tax {y}")
    growth(p, rev, "revenue")
    avg = sum(post) / 3
    p.check(close(avg, 1193.3, 0.001) and abs(1500 / (avg + 100) - 1.2) < 0.05, "average 1.193,3, payback 1,2")
    cal, tot = p.months("Phụ lục 1. Lịch muối cá", "## Phụ lục 2")
    p.check(sum(m[0] for m in cal) == tot[0] == salted[0] and sum(m[1] for m in cal) == tot[1] == lit[0], "calendar sums")
    p.check(sum(cal[m][0] for m in range(2, 8)) == 36 and close(36 / 45, 0.8), "80 % in March–August")
    eq = p.part("## Phụ lục 2", "## Phụ lục 3")
    p.check(eq.one("Thùng chượp gỗ") == 10 and eq.one("Thùng chượp composite") == 40, "10 wooden + 40 composite vats")
    p.check(10 + 20 + 20 == 50 and 30 * 2 == 60, "50 vats, 30 a season × 2 tấn = 60")
    nm = p.part("## Phụ lục 3", None)
    p.check(close(0.5 / 0.7, 0.714, 0.001) and close(0.714 / 3, 0.238, 0.001) and close(nm.one("Cá cơm"), 0.5 / 0.7 * 16000, 0.001)
            and close(nm.one("Muối hạt"), 0.5 / 0.7 / 3 * 3000, 0.001)
            and nm.one("Cộng chi phí vật tư") == nm.one("Cá cơm") + nm.one("Muối hạt") + 6000, "norms per bottle")
    p.has("28.000 lít năm 2027, 31.500 lít năm 2028 và 35.000 lít năm 2029", "3.440 triệu đồng năm 2027",
          "4.300 triệu đồng năm 2029", "tổng cộng 60 tấn/năm", "mỗi vụ muối tối đa 60 tấn cá", "Tổng vốn đầu tư 1.500 triệu đồng",
          "1.500 : (1.193,3 + 100) ≈ 1,2 năm", "(1.009,3 + 1.188,6 + 1.381,9) : 3 ≈ 1.193,3",
          "36 tấn cá muối năm 2025 cho 25.200 lít năm 2026; 40 tấn cá muối năm 2026 cho 28.000 lít năm 2027")
    ready_common(p)
    return p


def di02() -> Plan:
    p = Plan("di02_muc_kho_thach_kim_cty")
    hist = p.part("# III. THỰC TRẠNG", "# IV.")
    for yr in ("2024", "2025", "2026 (ước)"):
        h = hist.row(f"{yr} |", 3)
        p.check(close(h[0], h[1] * 8) and close(h[2], h[1] * 1.5e6), f"history {yr}: 8:1, 1,5 triệu/kg")
    p.check(150 * 180 == 27000 and 450 * 180 == 81000, "dryer 27.000 → 81.000 kg fresh")
    pr = p.part("# XI. KẾ HOẠCH", "# XII.")
    tui, buon, kg = pr.row("Mực loại 1"), pr.row("Mực loại 2"), pr.row("Tổng mực khô")
    raw = p.part("# VIII. NGUỒN NGUYÊN LIỆU", "# IX.")
    kg2, fresh, contract = raw.row("Mực khô sản xuất"), raw.row("Mực tươi cần dùng"), raw.row("Mực tươi theo hợp đồng")
    for y in Y:
        p.check(kg[y] == tui[y] * 0.5 + buon[y] == kg2[y], f"kg {y}")
        p.check(fresh[y] == kg[y] * 8 <= contract[y] and fresh[y] <= 81000, f"fresh 8:1 within contract and dryers {y}")
    p.check(close(kg[0] / 4000, 1.40) and close(8480 / 6000, 1.413, 0.01), "2027 step +40 % / +41 % (explained)")
    growth(p, kg, "kg")
    ch = p.part("# VII. THỊ TRƯỜNG", "# VIII.")
    chrows = [ch.row(x, 3) for x in ("Chuỗi siêu thị", "15 cửa hàng", "4 đại lý", "Bán lẻ")]
    p.check(all(close(r[2], r[0] * 0.5 + r[1]) for r in chrows) and ch.row("Cộng", 3) == [tui[0], buon[0], kg[0]]
            and [sum(r[i] for r in chrows) for i in range(3)] == [tui[0], buon[0], kg[0]], "channels = 2027 output")
    p.check(chrows[0][2] == 1200, "supermarket contract 1.200 kg")
    inv = p.part("# XII. VỐN", "# XIII.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 2e9 == 1e9 + 1e9 and sum(items[:3]) == 1.2e9, "capital 2 tỷ")
    fin = p.part("# XIII. HIỆU QUẢ", "# XIV.")
    rev, r1, r2, cost = fin.row("Doanh thu"), fin.row("Mực túi 500 g"), fin.row("Mực bán buôn"), fin.row("Tổng chi phí")
    lines = [fin.row(x) for x in ("Mực tươi (120", "Điện sấy", "Bao bì", "Tiền lương", "Khấu hao", "Lãi vay",
                                   "Chi phí bán hàng", "Chi phí quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    staff = [14, 15, 16]
    for y in Y:  # đồng
        p.check(close(r1[y], tui[y] * 850000) and close(r2[y], buon[y] * 1.3e6) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 120000) and close(lines[1][y], kg[y] * 25000)
                and close(lines[2][y], tui[y] * 12000 + buon[y] * 5000) and close(lines[3][y], staff[y] * 7e6 * 12)
                and close(lines[4][y], 1.2e9 / 8) and close(lines[5][y], (1e9 - 250e6 * y) * 0.08)
                and close(lines[6][y], rev[y] * 0.04) and close(lines[7][y], 180e6), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"tax {y}")
    growth(p, rev, "revenue")
    avg = sum(post) / 3
    p.check(close(avg, 1009612000, 0.0001) and abs(2e9 / (avg + 150e6) - 1.7) < 0.05, "average, payback 1,7")
    cal, tot = p.months("Phụ lục 1. Lịch thu mua", "## Phụ lục 2")
    p.check(sum(m[0] for m in cal) == tot[0] == fresh[0] and sum(m[1] for m in cal) == tot[1] == kg[0]
            and all(m[0] == m[1] * 8 for m in cal), "calendar sums, 8:1 each month")
    main = sum(cal[m][0] for m in range(2, 9))
    p.check(main == 31200 and close(main / fresh[0], 0.70, 0.01) and close(5600 / 25, 224) and 224 <= 450, "70 % main season, peak 224 kg/day")
    lab = p.part("## Phụ lục 3", None)
    p.check(sum(lab.one(x) for x in ("Quản lý", "Thu mua", "Sấy, đóng gói")) == lab.one("Cộng") == 14, "14 staff")
    p.has("5.600 kg mực khô, năm 2028 đạt 6.300 kg, năm 2029 đạt 7.000 kg", "8.480.000.000 đồng", "10.620.000.000 đồng",
          "tổng 60.000 kg mực tươi/năm", "81.000 kg mực tươi trong 180 ngày", "1.200 kg mực khô/năm",
          "2.000.000.000 : (1.009.612.000 + 150.000.000) ≈ 1,7 năm", "Tổng vốn đầu tư 2.000.000.000 đồng")
    ready_common(p)
    return p


def di03() -> Plan:
    p = Plan("di03_mam_ruoc_xuan_hoi_tht")
    pr = p.part("# Chương 10.", "# Chương 11.")
    h1, h2, kg = pr.row("Hũ 250 g"), pr.row("Hũ 500 g"), pr.row("Tổng mắm ruốc")
    raw = p.part("# Chương 7.", "# Chương 8.")
    kg2, ru, salt, sup = raw.row("Mắm ruốc thành phẩm"), raw.row("Ruốc tươi cần"), raw.row("Muối (0,2"), raw.row("Ruốc thành viên")
    for y in Y:
        p.check(kg[y] == h1[y] * 0.25 + h2[y] * 0.5 == kg2[y], f"kg {y}")
        p.check(close(ru[y], kg[y] * 1.2) and close(salt[y], ru[y] * 0.2) and ru[y] <= sup[y] and ru[y] <= 40 * 250 * 2,
                f"ruốc 1,2, salt 0,2, within 20 tấn and 40 jars × 2 batches {y}")
    p.check(close(kg[0] / 11000, 1.091, 0.01) and close(1520000 / 1390000, 1.094, 0.01), "+9 % on 2026")
    growth(p, kg, "kg")
    ch = p.part("# Chương 6.", "# Chương 7.")
    rows = [ch.row(x, 2) for x in ("25 cửa hàng", "10 nhà hàng", "Điểm bán OCOP", "Bán qua Zalo")]
    p.check([sum(r[i] for r in rows) for i in (0, 1)] == ch.row("Cộng", 2) == [h1[0], h2[0]], "channels = 2027 output")
    p.check(35000 / 0.25 == 140000 and 60000 / 0.5 == 120000, "140.000 and 120.000 đ/kg")
    inv = p.part("# Chương 11.", "# Chương 12.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 450000 == 18 * 25000 and sum(items[:3]) == 300000, "capital 450 triệu, fixed 300")
    fin = p.part("# Chương 12.", "# Chương 13.")
    rev, a, b, cost = fin.row("Doanh thu"), fin.row("Hũ 250 g (35"), fin.row("Hũ 500 g (60"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Ruốc tươi (30", "Muối (4", "Hũ, nắp, nhãn", "Tiền công", "Điện, nước", "Khấu hao",
                                   "Bán hàng, vận chuyển", "Kiểm nghiệm", "Thuế (4,5")]
    prof = fin.row("Lợi nhuận")
    staff = [8, 8, 9]
    for y in Y:  # 1.000 đồng
        p.check(close(a[y], h1[y] * 35) and close(b[y], h2[y] * 60) and close(rev[y], a[y] + b[y]), f"revenue {y}")
        p.check(close(lines[0][y], ru[y] * 30) and close(lines[1][y], salt[y] * 4) and close(lines[2][y], h1[y] * 3 + h2[y] * 4.5)
                and close(lines[3][y], staff[y] * 5000 * 12) and close(lines[5][y], 300000 / 10)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[8][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth(p, rev, "revenue")
    avg = sum(prof) / 3
    p.check(close(avg, 309288, 0.0001) and abs(450000 / (avg + 30000) - 1.3) < 0.05, "average, payback 1,3")
    cal, tot = p.months("Phụ lục 1. Lịch nhập ruốc", "## Phụ lục 2")
    p.check(sum(m[0] for m in cal) == tot[0] == ru[0] and sum(m[1] for m in cal) == tot[1] == kg[0], "calendar sums")
    p.check(sum(cal[m][0] for m in range(1, 5)) == 10000 == 40 * 250 and sum(cal[m][0] for m in (7, 8)) == 4400, "batch 1 = 40 jars")
    mem = p.part("## Phụ lục 2", "## Phụ lục 3")
    g = [mem.row(x, 3) for x in ("Thôn Hội Thành", "Thôn Hội Long", "Thôn Hội Mỹ")]
    p.check(all(r[0] * r[1] == r[2] for r in g) and sum(r[0] for r in g) == 18 and sum(r[2] for r in g) == mem.row("Cộng", 2)[1] == 450000,
            "members' capital")
    p.quarters("Phụ lục 4. Sản lượng", [kg])
    qt = p.part("Phụ lục 4.", None)
    p.check(qt.row("2027 |", 5)[:4] == [sum(m[1] for m in cal[i:i + 3]) for i in (0, 3, 6, 9)], "quarters = calendar")
    p.has("12.000 kg năm 2027, 13.200 kg năm 2028 và 14.400 kg năm 2029", "khoảng 1,52 tỷ đồng", "khoảng 1,82 tỷ đồng",
          "tổng cộng 20.000 kg ruốc tươi/năm", "40 chum × 250 kg ruốc/mẻ × 2 mẻ/năm = 20.000 kg ruốc/năm",
          "450.000 : (309.288 + 30.000) ≈ 1,3 năm", "tổng 450 triệu đồng")
    ready_common(p)
    return p


def di04() -> Plan:
    p = Plan("di04_muoi_sach_ky_xuan_hkd")
    pr = p.part("# K. TỔ CHỨC", "# L.")
    tui, bao, t = [pr.row(f"{2027 + y} |", 3) for y in Y], None, None
    tui, bao, t = [r[0] for r in tui], [r[1] for r in tui], [r[2] for r in tui]
    raw = p.part("# H. NGUỒN NGUYÊN LIỆU", "# I.")
    t2, need, sup = raw.row("Muối sạch"), raw.row("Muối hạt cần dùng"), raw.row("Nguồn muối hạt")
    for y in Y:
        p.check(close(t[y], tui[y] * 0.0005 + bao[y] * 0.025) and t[y] == t2[y], f"tấn {y}")
        p.check(close(need[y], t[y] * 1.25) and need[y] <= sup[y] == 1.5 * 60 + 220 and need[y] <= 2 * 200, f"raw salt 1,25, supply 310, dryer 400 {y}")
    p.check(close(t[0] / 185, 1.081, 0.01), "+8 % on 2026")
    growth(p, t, "tấn")
    ch = p.part("# G. THỊ TRƯỜNG", "# H.")
    rows = [ch.row(x, 2) for x in ("6 cơ sở", "3 cơ sở", "40 cửa hàng", "Siêu thị")]
    p.check([sum(r[i] for r in rows) for i in (0, 1)] == ch.row("Cộng", 2) == [tui[0], bao[0]], "channels = 2027 output")
    inv = p.part("## 1. Vốn đầu tư", "## 2.")
    items = [inv.one(x) for x in ("Máy rửa", "Nhà kho", "Bạt HDPE", "Vốn lưu động")]
    p.check(sum(items) == inv.one("Tổng cộng") == 600 == 400 + 200 and sum(items[:3]) == 400, "capital 600 = 0,6 tỷ")
    fin = p.part("## 2. Doanh thu", "# M.")
    rev, a, b, cost = fin.row("Doanh thu"), fin.row("Muối túi 500 g"), fin.row("Muối bao 25 kg"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Muối hạt (1.500", "Túi 500 g", "Bao 25 kg (5", "Tiền công", "Điện, nhiên liệu", "Khấu hao",
                                   "Lãi vay", "Vận chuyển", "Quản lý", "Thuế hộ")]
    prof = fin.row("Lợi nhuận")
    for y in Y:  # triệu đồng
        p.check(close(a[y], tui[y] * 0.008) and close(b[y], bao[y] * 0.08) and close(rev[y], a[y] + b[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 1.5) and close(lines[1][y], tui[y] * 0.0005) and close(lines[2][y], bao[y] * 0.005)
                and close(lines[3][y], 5 * 5.5 * 12) and close(lines[4][y], t[y] * 0.15) and close(lines[5][y], 40)
                and close(lines[6][y], (200 - 50 * y) * 0.07) and close(lines[7][y], t[y] * 0.4)
                and close(lines[9][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth(p, rev, "revenue")
    avg = sum(prof) / 3
    p.check(close(avg, 461.2, 0.001) and abs(600 / (avg + 40) - 1.2) < 0.05, "average, payback 1,2")
    cal, tot = p.months("Phụ lục 1. Lịch nhập", "## Phụ lục 2")
    p.check(sum(m[0] for m in cal) == tot[0] == need[0] and sum(m[1] for m in cal) == tot[1] == t[0], "calendar sums")
    p.check(close(max(m[1] for m in cal) * 1.25 / 20, 1.125) and 1.125 <= 2, "peak 1,1 tấn/day")
    hd = p.part("## Phụ lục 2", "## Phụ lục 3")
    g = [hd.row(x, 3) for x in ("Xóm Hải Phong 1", "Xóm Hải Phong 2", "Xóm Hải Thanh")]
    tot = hd.row("Cộng", 3)
    p.check(all(close(tot[i], sum(r[i] for r in g)) for i in range(3)) and tot == [12, 3.9, 220], "contract table")
    p.quarters("Phụ lục 4. Sản lượng", [t])
    p.has("200 tấn năm 2027, 220 tấn năm 2028, 240 tấn năm 2029", "khoảng 1,4 tỷ đồng", "khoảng 1,74 tỷ đồng",
          "Tổng nguồn 310 tấn/năm", "200 ngày/năm được 400 tấn muối hạt", "600 : (461,2 + 40) ≈ 1,2 năm",
          "Tổng vốn 600 triệu đồng (0,6 tỷ đồng)")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def di05() -> Plan:
    p = Plan("di05_ca_chi_vang_kho_ky_ninh_htx")
    pr = p.part("# 11. Kế hoạch", "# 12.")
    tui, buon, kg = pr.row("Cá khô túi 500 g"), pr.row("Cá khô bán buôn"), pr.row("Tổng cá khô")
    raw = p.part("# 8. Nguồn nguyên liệu", "# 9.")
    kg2, fresh = raw.row("Cá khô sản xuất"), raw.row("Cá tươi cần dùng")
    supply = 16 * 2000
    for y in Y:
        p.check(kg[y] == tui[y] * 0.5 + buon[y] == kg2[y] and close(fresh[y], kg[y] * 3.5), f"kg, fresh 3,5 {y}")
        p.check(fresh[y] <= 2 * 200 * 220, f"dryers 88 tấn {y}")
    p.check(fresh[0] <= supply, "2027 within the 32.000 kg")
    for y in (1, 2):  # PLANTED material-shortfall
        p.check(off(fresh[y], supply) and fresh[y] > supply, f"PLANTED shortfall {2027 + y}: need {fresh[y]:.0f} vs {supply}")
    p.check(close(fresh[1] / supply, 1.094, 0.01) and close(fresh[2] / supply, 1.203, 0.01), "+9,4 % / +20,3 %")
    p.has("tổng 32.000 kg cá tươi/năm", "Nguồn cá của thành viên đủ đáp ứng kế hoạch sản xuất của cả giai đoạn")
    growth(p, kg, "kg")
    p.check(close(kg[0] / 8200, 1.098, 0.01), "+10 % on 2026")
    ch = p.part("# 6. Thị trường", "# 7.")
    rows = [ch.row(x, 2) for x in ("18 cửa hàng", "5 đại lý", "Nhà hàng", "Điểm bán OCOP")]
    p.check([sum(r[i] for r in rows) for i in (0, 1)] == ch.row("Cộng", 2) == [tui[0], buon[0]], "channels = 2027 output")
    inv = p.part("# 12. Vốn", "# 13.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 900 == 600 + 300 and sum(items[:3]) == 600, "capital 900")
    fin = p.part("# 13. Hiệu quả", "# 14.")
    rev, a, b, cost = fin.row("Doanh thu"), fin.row("Túi 500 g (130"), fin.row("Bán buôn (220"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Cá tươi (25", "Muối, gia vị", "Bao bì", "Tiền công", "Điện sấy", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    staff = [9, 9, 10]
    for y in Y:  # triệu đồng
        p.check(close(a[y], tui[y] * 0.13) and close(b[y], buon[y] * 0.22) and close(rev[y], a[y] + b[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.025) and close(lines[1][y], kg[y] * 0.002) and close(lines[2][y], tui[y] * 0.005 + buon[y] * 0.002)
                and close(lines[3][y], staff[y] * 5.5 * 12) and close(lines[4][y], kg[y] * 0.008) and close(lines[5][y], 60)
                and close(lines[6][y], (300 - 100 * y) * 0.07) and close(lines[7][y], rev[y] * 0.04), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]) and rev[y] <= 3000, f"15 % tax {y}")
    growth(p, rev, "revenue")
    avg = sum(post) / 3
    p.check(close(avg, 445.2, 0.001) and abs(900 / (avg + 60) - 1.8) < 0.05, "average, payback 1,8")
    cal, tot = p.months("## Phụ lục 1. Lịch sản xuất", "## Phụ lục 2")
    p.check(sum(m[0] for m in cal) == tot[0] == fresh[0] and sum(m[1] for m in cal) == tot[1] == kg[0]
            and all(close(m[0], m[1] * 3.5) for m in cal) and max(m[0] for m in cal) / 22 <= 400, "calendar")
    boats = p.part("## Phụ lục 3", "## Phụ lục 4")
    g = [boats.row(x, 3) for x in ("Tàu lưới rê thôn Tân Phúc", "Tàu lưới vây", "Tàu lưới rê thôn Hải Thượng")]
    p.check(all(r[0] * r[1] == r[2] for r in g) and sum(r[2] for r in g) == boats.row("Cộng", 2)[1] == supply
            and sum(r[0] for r in g) == 16, "boats table = 32.000")
    p.quarters("Phụ lục 4. Sản lượng", [kg])
    res = p.part("Phụ lục 6.", None)
    p.check(res.row("2026 (ước)", 3)[0] == 8200, "2026 output 8.200")
    # PLANTED no-quality-control
    p.lacks(r"truy xuất|mã lô|\blô\b|\bsổ\b|nhật ký|kiểm soát chất lượng|kiểm tra chất lượng|lưu mẫu|ghi chép|theo dõi",
            "PLANTED no internal quality control or traceability")
    # PLANTED name-inconsistent
    p.check(p.count("Hợp tác xã Hải sản Cửa Khẩu") == 2 and p.count("Hợp tác xã Dịch vụ Nghề cá Kỳ Ninh") >= 1,
            "PLANTED another HTX's name twice")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/KN", "tự công bố", "43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def di06() -> Plan:
    p = Plan("di06_mam_tom_thach_van_hkd")
    pr = p.part("## 6.3. Kế hoạch", "## 6.4.")
    h2, h5, kg, tom, salt = pr.row("Hũ 200 g"), pr.row("Hũ 500 g"), pr.row("Tổng mắm tôm"), pr.row("Tôm moi cần"), pr.row("Muối hạt")
    cap_shrimp = 30 * 120 * 2
    for y in Y:
        p.check(close(kg[y], h2[y] * 0.2 + h5[y] * 0.5) and close(tom[y], kg[y] * 1.1) and close(salt[y], tom[y] * 0.25)
                and tom[y] <= 10000, f"kg, shrimp 1,1, salt 0,25, supply {y}")
    p.check(tom[0] <= cap_shrimp, "2027 within the vats")
    for y in (1, 2):  # PLANTED capacity-exceeded
        p.check(off(tom[y], cap_shrimp) and tom[y] > cap_shrimp, f"PLANTED vats exceeded {2027 + y}: {tom[y]:.0f} vs {cap_shrimp}")
    p.check(close(cap_shrimp / 1.1, 6545, 0.001) and close(tom[1] / cap_shrimp, 1.10) and close(tom[2] / cap_shrimp, 1.222, 0.01),
            "max 6.545 kg paste; +10 % / +22 %")
    p.has("mỗi năm cơ sở ủ tối đa 7.200 kg tôm", "Cơ sở giữ nguyên 30 vại sành hiện có; số vại này đủ cho kế hoạch của cả giai đoạn")
    p.check(5800 * 1.1 <= cap_shrimp and close(kg[0] / 5800, 1.103, 0.01), "2026 within the vats; +10 % in 2027")
    growth(p, kg, "kg")
    ch = p.part("# Phần 5", "# Phần 6")
    rows = [ch.row(x, 2) for x in ("4 đại lý", "20 quán bún", "30 cửa hàng", "Khách lẻ")]
    p.check([sum(r[i] for r in rows) for i in (0, 1)] == ch.row("Cộng", 2) == [h2[0], h5[0]], "channels = 2027 output")
    inv = p.part("## 7.1.", "## 7.2.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 250 == 150 + 100 and sum(items[:3]) == 150, "capital 250")
    fin = p.part("## 7.2.", "# Phần 8")
    rev, a, b, cost = fin.row("Doanh thu"), fin.row("Hũ 200 g (30"), fin.row("Hũ 500 g (65"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Tôm moi (40", "Muối (3", "Hũ, nắp", "Tiền công", "Điện, nước", "Khấu hao", "Lãi vay",
                                   "Vận chuyển", "Chi khác", "Thuế (4,5")]
    prof = fin.row("Lợi nhuận")
    true_b = [h5[y] * 0.065 for y in Y]
    for y in Y:  # triệu đồng
        p.check(close(a[y], h2[y] * 0.03) and close(rev[y], a[y] + b[y]), f"revenue sum of stated rows {y}")
        if y == 1:  # PLANTED revenue-mismatch
            p.check(off(b[y], true_b[y]) and close(b[y], h5[y] * 0.076), f"PLANTED 500 g row {b[y]} vs {true_b[y]} (76.000 đ used)")
            p.check(off(rev[y], a[y] + true_b[y]) and close(a[y] + true_b[y], 990), "PLANTED revenue 1.089 vs 990")
        else:
            p.check(close(b[y], true_b[y]), f"500 g row {y}")
        p.check(close(lines[0][y], tom[y] * 0.04) and close(lines[1][y], salt[y] * 0.003) and close(lines[2][y], h2[y] * 0.003 + h5[y] * 0.0045)
                and close(lines[3][y], 4 * 5 * 12) and close(lines[5][y], 150 / 5) and close(lines[6][y], 100 * 0.08)
                and close(lines[9][y], rev[y] * 0.045), f"cost lines {y} (tax follows the stated revenue)")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    true_prof = prof[1] - (rev[1] - 990) + (lines[9][1] - 990 * 0.045)
    p.check(close(true_prof, 196.7, 0.002) and off(prof[1], true_prof), "true 2028 profit 196,7")
    avg, tavg = sum(prof) / 3, (prof[0] + true_prof + prof[2]) / 3
    p.check(abs(250 / (avg + 30) - 1.0) < 0.05 and abs(250 / (tavg + 30) - 1.1) < 0.05, "stated payback 1,0 (true 1,1, tolerated)")
    cal, tot = p.months("## Phụ lục 1. Lịch nhập tôm", "## Phụ lục 2")
    p.check(sum(m[0] for m in cal) == tot[0] == tom[0] and sum(m[1] for m in cal) == tot[1] == kg[0], "calendar sums")
    p.check(sum(cal[m][0] for m in range(1, 5)) == 3520 == sum(cal[m][0] for m in range(7, 10)) and 3520 <= 3600, "two batches ≤ 3.600")
    p.quarters("Phụ lục 3. Sản lượng", [kg])
    # PLANTED no-environment-measures
    p.lacks(r"môi trường|nước thải|xử lý|\bmùi\b|khử|chất thải|\brác\b|bể lắng|bể tự hoại|ô nhiễm|vệ sinh|thu gom|phế phẩm|vỏ tôm",
            "PLANTED no environmental measure")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/BT", "tự công bố", "43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "mã lô", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def di07() -> Plan:
    p = Plan("di07_hau_say_mai_phu_cp")
    pr = p.part("# 9. KẾ HOẠCH", "# 10.")
    tui, buon, kg = pr.row("Hàu sấy túi 250 g"), pr.row("Hàu sấy bán buôn"), pr.row("Tổng hàu sấy")
    raw = p.part("## 7.1.", "## 7.2.")
    kg2, hau, sup = raw.row("Hàu sấy |"), raw.row("Hàu nguyên con cần"), raw.row("Nguồn hàu")
    for y in Y:
        p.check(kg[y] == tui[y] * 0.25 + buon[y] == kg2[y] and hau[y] == kg[y] * 12 <= sup[y] == 20000 + 30000
                and hau[y] <= 60000, f"kg, 12:1, supply 50 tấn, dryers 60 tấn {y}")
    p.check(21 + 11.4 == 32.4 and 2700 * 12 == 32400 and 2700 * 850000 == 2295e6 and close(kg[0] / 2700, 1.111, 0.01),
            "2026: 32,4 tấn → 2.700 kg, 2.295 triệu; +11 %")
    growth(p, kg, "kg")
    ch = p.part("# 6. THỊ TRƯỜNG", "# 7.")
    rows = [ch.row(x, 2) for x in ("2 chuỗi", "12 cửa hàng", "3 nhà hàng", "2 nhà phân phối", "Bán trực tuyến")]
    p.check([sum(r[i] for r in rows) for i in (0, 1)] == ch.row("Cộng", 2) == [tui[0], buon[0]] and 220000 / 0.25 == 880000,
            "channels = 2027 output, 880.000 đ/kg")
    org = p.part("# 8. TỔ CHỨC", "# 9.")
    staff = org.one("Tổng số lao động thường xuyên")
    p.check(sum(org.one(x) for x in ("Quản lý", "Nuôi, thu hoạch", "Chế biến")) == staff == 12, "12 permanent staff")
    inv = p.part("# 10. VỐN", "# 11.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng vốn đầu tư") == 2400 == 1600 + 800 and sum(items[:3]) == 1600, "capital 2.400")
    fin = p.part("# 11. HIỆU QUẢ", "# 12.")
    rev, a, b, cost = fin.row("Doanh thu"), fin.row("Túi 250 g (220"), fin.row("Bán buôn (800"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Hàu nguyên con (18", "Điện sấy", "Túi zip", "Tiền lương", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(a[y], tui[y] * 0.22) and close(b[y], buon[y] * 0.8) and close(rev[y], a[y] + b[y]), f"revenue {y}")
        p.check(close(lines[0][y], hau[y] * 0.018) and close(lines[1][y], kg[y] * 0.03) and close(lines[2][y], tui[y] * 0.004 + buon[y] * 0.003)
                and close(lines[3][y], staff * 6.5 * 12) and close(lines[4][y], 1600 / 10) and close(lines[5][y], (800 - 200 * y) * 0.08)
                and close(lines[6][y], rev[y] * 0.05), f"cost lines {y}")
        rate = 0.17 if rev[y] > 3000 else 0.15
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
    growth(p, rev, "revenue")
    avg = sum(post) / 3
    p.check(close(avg, 442.6, 0.001), "average 442,6")
    true_pb = 2400 / (avg + 160)  # PLANTED payback-mismatch
    p.check(off(2.5, true_pb) and close(true_pb, 3.98, 0.01) and close(2400 / avg, 5.42, 0.01), f"PLANTED payback 2,5 vs {true_pb:.2f}")
    p.has("Thời gian hoàn vốn = 2.400 : (442,6 + 160) ≈ 2,5 năm", "Thu hồi vốn đầu tư trong khoảng 2,5 năm")
    # PLANTED figure-inconsistent
    p.has("Tổng số lao động thường xuyên | 12", "việc làm thường xuyên cho 20 lao động của công ty", "Tiền lương (12 người)")
    p.check(off(20, 12), "PLANTED 20 vs 12 permanent workers")
    cal, tot = p.months("## 16.1. Lịch chế biến", "## 16.2")
    p.check(sum(m[0] for m in cal) == tot[0] == hau[0] and sum(m[1] for m in cal) == tot[1] == kg[0]
            and all(m[0] == m[1] * 12 for m in cal), "calendar sums, 12:1")
    sh = p.part("## 16.2.", "## 16.3.")
    p.check(sum(sh.one(x) for x in ("Ông Đặng", "Bà Nguyễn", "Ông Phan", "Ông Trần", "3 cổ đông")) == sh.one("Cộng") == 1600, "shareholders 1.600")
    p.quarters("## 16.4.", [kg])
    # PLANTED no-label-plan
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\bQR\b|\btem\b|mã lô", "PLANTED no label, label decree, barcode or QR")
    p.has("túi zip 250 g", "Cục Sở hữu trí tuệ", "TCCS 01:2026/CS", "đủ điều kiện an toàn thực phẩm", "đăng ký môi trường",
          "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def di08() -> Plan:
    p = Plan("di08_nuoc_mam_co_dam_cty")
    raw = p.part("## 3.1.", "## 3.2.")
    salted, salt, lit, chai = raw.row("Cá muối trong năm"), raw.row("Muối hạt"), raw.row("Nước mắm rút"), raw.row("Số chai")
    prev = [25000] + salted[:2]
    for y in Y:
        p.check(close(lit[y], prev[y] * 0.8) and lit[y] == chai[y] * 0.5 and close(salt[y], salted[y] / 4)
                and salted[y] <= 40000 and salted[y] <= 20 * 2000, f"litres from last year's fish, 4:1, contract, vats {y}")
    p.has("Năm 2026 công ty muối 25 tấn cá")
    growth(p, lit, "litres")
    pr = p.part("## 5.1.", "## 5.2.")
    p.check(pr.row("Nước mắm đóng chai") == lit and pr.row("Chai 500 ml") == chai, "plan = raw-material table")
    staff = pr.row("Lao động")
    inv = p.part("# IV. VỐN", "# V.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 2e6 == 1.4e6 + 0.6e6 and sum(items[:4]) == 1.2e6, "capital 2 tỷ")
    fin = p.part("## 5.2.", "# VI.")
    rev, cost = fin.row("Doanh thu"), fin.row("Tổng chi phí")
    lines = [fin.row(x) for x in ("Cá cơm (20", "Muối hạt (3", "Chai, nắp", "Tiền lương", "Điện, nước", "Khấu hao", "Lãi vay",
                                   "Quảng bá", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # 1.000 đồng
        p.check(close(rev[y], chai[y] * 80), f"revenue {y}")
        p.check(close(lines[0][y], salted[y] * 20) and close(lines[1][y], salt[y] * 3) and close(lines[2][y], chai[y] * 7)
                and close(lines[3][y], staff[y] * 7000 * 12) and close(lines[5][y], 1.2e6 / 10)
                and close(lines[6][y], (600000 - 150000 * y) * 0.08) and close(lines[7][y], rev[y] * 0.06), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        if y == 1:  # PLANTED profit-mismatch
            p.check(off(pre[y], rev[y] - cost[y]) and rev[y] - cost[y] == 1414300 and pre[y] == 1614300,
                    f"PLANTED 2028 profit {pre[y]} vs {rev[y] - cost[y]}")
        else:
            p.check(close(pre[y], rev[y] - cost[y]), f"profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"tax follows the stated profit {y}")
    growth(p, rev, "revenue")
    avg = sum(post) / 3
    true_post1 = (rev[1] - cost[1]) * 0.83
    tavg = (post[0] + true_post1 + post[2]) / 3
    p.check(abs(2e6 / (avg + 120000) - 1.5) < 0.05 and close(tavg, 1164981, 0.001) and abs(2e6 / (tavg + 120000) - 1.56) < 0.01,
            "stated payback 1,5 (true 1,56, tolerated)")
    cal, tot = p.months("## 10.1. Lịch", "## 10.2")
    p.check(sum(m[0] for m in cal) == tot[0] == salted[0] and sum(m[1] for m in cal) == tot[1] == chai[0], "calendar sums")
    lab = p.part("## 10.3.", "## 10.4.")
    p.check(all(sum(lab.row(x)[y] for x in ("Muối chượp", "Lọc, chiết", "Kho, giao")) == lab.row("Cộng")[y] == staff[y] for y in Y),
            "staff table")
    p.quarters("## 10.4.", [chai])
    p.has("20.000 lít năm 2027, 22.000 lít năm 2028, 24.000 lít năm 2029", "Doanh thu năm 2027 khoảng 3,2 tỷ đồng",
          "Tổng vốn đầu tư 2 tỷ đồng", "hợp đồng thu mua 40 tấn/năm", "2.000.000 : (1.220.314 + 120.000) ≈ 1,5 năm")
    # PLANTED no-sales-channel
    market = p.part("## 2.2. Thị trường", "## 2.3.").sect
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|thương lái|nhà phân phối|phân phối|"
            r"hợp đồng (bán|tiêu thụ|cung cấp)|facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|"
            r"hội chợ|xuất khẩu|showroom|điểm bán|nhà hàng|kênh|tiêu thụ", "PLANTED no sales channel anywhere")
    market_text = market.split("\n", 1)[1]
    p.check(not re.search(r"\d", market_text) and "đồng" not in market_text, "PLANTED the market section has no number or price")
    # PLANTED outdated-policy
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "38/2012/NĐ-CP", "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Nghi Xuân",
          "tháng 02 năm 2027")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|15/2018", "PLANTED no current instrument")
    p.has("đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/HĐ", "tự công bố", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "đăng ký môi trường", "mã lô")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def di09() -> Plan:
    p = Plan("di09_ca_com_say_ky_khang_tht")
    pr = p.part("# 9. Kế hoạch", "# 10.")
    tui, buon, kg = pr.row("Túi 200 g"), pr.row("Bán buôn"), pr.row("Tổng cá cơm sấy")
    raw = p.part("# 7. Nguồn nguyên liệu", "# 8.")
    groups = [raw.row(x, 2) for x in ("Tổ thuyền thôn Hải Hà", "Tổ thuyền thôn Hải Thanh", "Tổ thuyền thôn Tân Khang",
                                       "Tổ thuyền thôn Đông Yên")]
    total = raw.row("Tổng cộng", 2)
    true_total = sum(g[1] for g in groups)
    p.check(sum(g[0] for g in groups) == total[0] == 14, "14 boats")
    p.check(off(total[1], true_total) and true_total == 41000 and total[1] == 45000, f"PLANTED table total {total[1]} vs {true_total}")
    p.has("Tổng nguồn cá cơm tươi của các thành viên là 45.000 kg/năm")
    kg2, fresh = raw.row("Cá cơm sấy |"), raw.row("Cá cơm tươi cần dùng")
    for y in Y:
        p.check(kg[y] == tui[y] * 0.2 + buon[y] == kg2[y] and fresh[y] == kg[y] * 4 <= true_total
                and fresh[y] <= 2 * 250 * 180, f"kg, 4:1, within the true 41.000, dryers {y}")
    p.check(close(kg[0] / 7300, 1.096, 0.01), "+10 % on 2026")
    growth(p, kg, "kg")
    ch = p.part("# 6. Thị trường", "# 7.")
    rows = [ch.row(x, 2) for x in ("2 đại lý", "Bếp ăn", "20 cửa hàng", "Điểm bán OCOP")]
    p.check([sum(r[i] for r in rows) for i in (0, 1)] == ch.row("Cộng", 2) == [tui[0], buon[0]] and 50000 / 0.2 == 250000,
            "channels = 2027 output")
    inv = p.part("# 10. Vốn", "# 11.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 600 and sum(items[:3]) == 500, "items = total 600, fixed 500")
    sources = 300 + 200  # PLANTED capital-mismatch
    p.check(off(sources, 600) and close(sources / 600, 0.833, 0.01), "PLANTED sources 500 vs 600")
    p.has("Tổng vốn đầu tư của phương án là 600 triệu đồng", "các thành viên góp 300 triệu đồng",
          "vay Quỹ hỗ trợ phát triển hợp tác xã tỉnh 200 triệu đồng", "Tổ hợp tác đủ vốn để thực hiện phương án")
    fin = p.part("# 11. Hiệu quả", "# 12.")
    rev, a, b, cost = fin.row("Doanh thu"), fin.row("Túi 200 g (50"), fin.row("Bán buôn (180"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Cá cơm tươi (22", "Muối, nhiên liệu", "Túi, thùng", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Chi khác", "Thuế (4,5")]
    prof = fin.row("Lợi nhuận")
    staff = [7, 7, 8]
    for y in Y:  # triệu đồng
        p.check(close(a[y], tui[y] * 0.05) and close(b[y], buon[y] * 0.18) and close(rev[y], a[y] + b[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.022) and close(lines[1][y], kg[y] * 0.01) and close(lines[2][y], tui[y] * 0.0025 + buon[y] * 0.002)
                and close(lines[3][y], staff[y] * 5 * 12) and close(lines[4][y], 50) and close(lines[5][y], 200 * 0.07)
                and close(lines[6][y], rev[y] * 0.04) and close(lines[8][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth(p, rev, "revenue")
    avg = sum(prof) / 3
    p.check(close(avg, 222.0, 0.001) and abs(600 / (avg + 50) - 2.2) < 0.05, "average 222, payback 2,2")
    cal, tot = p.months("## 17.1. Lịch", "## 17.2")
    p.check(sum(m[0] for m in cal) == tot[0] == fresh[0] and sum(m[1] for m in cal) == tot[1] == kg[0]
            and all(m[0] == m[1] * 4 for m in cal) and max(m[0] for m in cal) / 25 <= 500, "calendar")
    p.quarters("## 17.3.", [kg])
    # PLANTED no-food-safety
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh an toàn|đủ điều kiện|khám sức khỏe|tự công bố|công bố sản phẩm|"
            r"giấy xác nhận kiến thức|cam kết bảo đảm", "PLANTED no food-safety paper or plan")
    p.has("TCCS 01:2026/KK", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def di10() -> Plan:
    p = Plan("di10_ca_thu_mot_nang_cam_linh")
    raw = p.part("# 8 – Nguồn nguyên liệu", "# 9 –")
    kg, fresh = raw.row("Cá thu một nắng (kg)"), raw.row("Cá thu tươi cần")
    pr = p.part("## 11.1.", "## 11.2.")
    p.check(pr.row("Sản lượng") == kg, "plan = raw-material table")
    hired = pr.row("Lao động thuê")
    for y in Y:
        p.check(close(fresh[y], kg[y] * 1.4) and fresh[y] <= 30000, f"fresh 1,4, 30 tấn offered {y}")
    racks = [80 * 200, 160 * 200, 160 * 200]
    p.check(all(fresh[y] <= racks[y] for y in Y) and racks[2] == 32000, "racks cover the fish (capacity not exceeded)")
    # PLANTED unrealistic-growth
    g = [kg[0] / 2000, kg[1] / kg[0], kg[2] / kg[1]]
    p.check(close(g[0], 1.15) and g[1] == 2.0 and close(g[2], 1.739, 0.01), f"PLANTED growth {g}")
    ch = p.part("# 7 – Thị trường", "# 8 –")
    p.check(sum(ch.one(x) for x in ("3 nhà hàng", "1 đại lý", "Khách du lịch")) == ch.one("Cộng") == kg[0],
            "2027 customers = 2.300 kg, the same buyers later")
    p.has("Các khách hàng hiện có sẽ lấy thêm hàng", "Thị trường cá thu một nắng còn rất lớn",
          "Cơ sở chưa có hợp đồng với siêu thị hay nhà phân phối nào")
    inv = p.part("## 11.2.", "## 11.3.")
    items = [inv.one(x) for x in ("Kho lạnh", "2 tủ đông", "Giàn phơi", "Vốn lưu động")]
    p.check(sum(items) == inv.one("Tổng cộng") == 500e6 == 300e6 + 200e6 and sum(items[:3]) == 400e6, "capital 500 triệu")
    fin = p.part("## 11.3.", "# 12 –")
    rev, cost = fin.row("Doanh thu"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("Cá thu tươi", "Muối, tiêu", "Túi hút", "Tiền công thuê", "Điện, đá", "Khấu hao", "Lãi vay",
                                   "Quảng bá", "Chi khác")]
    prof = fin.row("Lợi nhuận")
    for y in Y:  # đồng
        p.check(close(rev[y], kg[y] * 350000), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 130000) and close(lines[1][y], kg[y] * 8000) and close(lines[2][y], kg[y] * 6000)
                and close(lines[3][y], hired[y] * 6e6 * 12) and close(lines[4][y], kg[y] * 10000) and close(lines[5][y], 400e6 / 10)
                and close(lines[6][y], 200e6 * 0.09) and close(lines[7][y], 20e6), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    p.check(close(rev[1] / rev[0], 2.0) and close(rev[2] / rev[1], 1.739, 0.01), "PLANTED revenue ×2 and ×1,74")
    p.check(lines[7][0] == lines[7][2] and lines[0][2] / items[3] > 14, "flat promotion; fish of 2029 = 14,6 × working capital")
    avg = sum(prof) / 3
    p.check(close(avg, 339.2e6, 0.0001) and abs(500e6 / (avg + 40e6) - 1.3) < 0.05, "average, payback 1,3")
    p.check(350000 - 1.4 * 130000 == 168000, "gross margin 168.000 đ/kg")
    cal, tot = p.months("## Phụ lục 1. Lịch chế biến", "## Phụ lục 2")
    p.check(sum(m[0] for m in cal) == tot[0] == fresh[0] and sum(m[1] for m in cal) == tot[1] == kg[0]
            and all(close(m[0], m[1] * 1.4) for m in cal), "calendar")
    p.quarters("## Phụ lục 3.", [kg])
    cu = p.part("## Phụ lục 4.", "## Phụ lục 5.")
    p.check(sum(cu.one(x) for x in ("Nhà hàng Biển", "Nhà hàng Hải", "Nhà hàng Cầm", "Đại lý", "Khách lẻ")) == cu.one("Cộng") == 2000,
            "2026 customers = 2.000 kg")
    nm = p.part("## Phụ lục 6.", None)
    p.check(nm.one("Cá thu tươi") == 182000 and nm.one("Cộng chi phí") == 182000 + 8000 + 6000 + 10000, "norm per kg 206.000")
    # PLANTED no-business-registration
    p.lacks(r"đăng ký (hộ )?kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|\bthuế\b|"
            r"sẽ đăng ký kinh doanh", "PLANTED no registration, tax code or tax")
    # PLANTED no-product-standard
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|phòng thí nghiệm|chỉ tiêu", "PLANTED no product standard")
    p.has("bản cam kết bảo đảm an toàn thực phẩm", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã mẻ", "bể lắng",
          "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("di11_ngao_thach_bang_so_sai")
    a.check(12000 * 40000 == 480e6, "12 tấn × 40.000 = 480 triệu")
    a.has("1,5 ha", "khoảng 12 tấn ngao", "40.000 đồng/kg", "khoảng 480 triệu đồng", "hai nhà hàng hải sản ở Thạch Kim")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận|\d{4} – \d{4}", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("di12_mam_ca_com_xuan_thanh_so_sai")
    b.has("khoảng 2.000 kg cá", "90.000 đồng/hũ", "khoảng 1.500 hũ", "chợ Xuân Thành")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|"
            r"truy xuất|sổ ghi|vốn|chi phí|lợi nhuận|doanh thu|triệu", "every tolerated gap is real; no money beyond the price")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (di01, di02, di03, di04, di05, di06, di07, di08, di09, di10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
