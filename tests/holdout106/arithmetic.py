"""The hundred-and-sixth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout106/arithmetic.py

The theme is material bought in one year that becomes product in a later one (fish sauce, shrimp
and krill paste, soybean sauce, salted eggplant and jackfruit, sim liquor, banana vinegar). For every
plan: the carry-over (stock at the start + made in the year - sold = stock at the end, and the
year's sales made from the previous year's material), material need = output x ratio against the
stated supply, vats or jars x size x turns a year against what is salted or steeped, the calendar
summing to the year, staff rows summing to the head count, revenue = quantity x price, each cost
line = its stated unit cost (material costed on what is sold), cost lines summing to the total,
profit = revenue - cost, tax, investment items = total = capital sources, depreciation, interest,
payback, growth. Planted numeric defects are asserted wrong by more than 5 % (with the true value
computed) and every other number right within 1 %. Table figures are read from the plan's source,
each table looked up inside its own section; figures quoted in running text are looked up
verbatim. Textual planted defects are asserted through the absence or presence of their words;
ready plans cite QĐ 148 and QĐ 1489 and no replaced instrument; no plan keeps a template placeholder.
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

# Instruments replaced or lapsed before mid-2026, and the abolished district level.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|huyện cũ")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def part(self, start: str, end: str | None = None) -> "Plan":
        """The same plan with its table rows cut to the text between two markers (failures shared)."""
        i = self.body.find(start)
        if i < 0:
            self.failures.append(f"marker not found: {start!r}")
            return self
        j = self.body.find(end, i + len(start)) if end else -1
        text = self.body[i: j if j >= 0 else len(self.body)]
        q = copy.copy(self)
        q.text_part = text
        q.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                  for line in text.splitlines() if line.strip().startswith("|")]
        return q

    def words(self) -> int:
        return len(self.body.split())


def chain(start: float, *factors: float) -> list[float]:
    out, x = [], start
    for f in factors:
        x *= f
        out.append(x)
    return out


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def cumulative_ok(inflow: list[float], outflow: list[float], opening: float = 0.0) -> bool:
    """Never more taken out than there was: opening + Σ inflow ≥ Σ outflow at every step."""
    have = opening
    for i, o in zip(inflow, outflow):
        have += i - o
        if have < -1e-6:
            return False
    return True


# --------------------------------------------------------------------------- ready plans

def dc01() -> Plan:
    p = Plan("dc01_nuoc_mam_cam_linh_htx")
    hist = p.part("# III. HIỆN TRẠNG", "# IV.")
    fish_h, out_h = hist.row("Cá cơm muối chượp trong năm"), hist.row("Nước mắm kéo rút")
    raw = p.part("# VIII. NGUỒN NGUYÊN LIỆU", "# IX.")
    nxt, need, salt, mem, con, sup = (raw.row("Nước mắm bán năm sau"), raw.row("Cá cơm cần muối"),
                                      raw.row("Muối hạt cần dùng"), raw.row("Nguồn cá từ tàu thành viên"),
                                      raw.row("Nguồn cá theo hợp đồng"), raw.row("Tổng nguồn cá"))
    bal = p.part("## 1. Cân đối chượp", "## 2. Sản lượng")
    start, new, drawn, end = (bal.row("Chượp tồn đầu năm"), bal.row("Cá muối mới trong năm"),
                              bal.row("Chượp chín đưa vào kéo rút"), bal.row("Chượp tồn cuối năm"))
    pr = p.part("## 2. Sản lượng và cơ cấu", "# XII.")
    c35, pet, can, lit = (pr.row("Nước mắm cốt 35"), pr.row("Nước mắm 25 độ đạm chai PET"),
                          pr.row("Nước mắm 25 độ đạm can"), pr.row("Tổng sản lượng quy lít"))
    org = p.part("# X. TỔ CHỨC", "# XI.")
    staff = org.row("Cộng")
    fin = p.part("# XIII. HIỆU QUẢ", "# XIV.")
    rev, r1, r2, r3, cost = (fin.row("Doanh thu |"), fin.row("Nước mắm cốt chai 500 ml (90.000"),
                             fin.row("Nước mắm chai PET 1 lít (55.000"), fin.row("Nước mắm can 5 lít (230.000"),
                             fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Cá cơm (20.000", "Muối hạt (3.000", "Chai, can, nắp, nhãn", "Tiền lương",
                                   "Điện, nước (1.000", "Khấu hao", "Lãi vay", "Bán hàng, quảng bá",
                                   "Quản lý, kiểm nghiệm")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    capacity = 28 * 2 + 10 * 2.5  # tấn cá a year, 1 turn (12 months)
    for y in Y:  # triệu đồng; lít; tấn
        p.check(lit[y] == c35[y] * 0.5 + pet[y] + can[y] * 5 == drawn[y] * 650, f"litres = drawn chượp × 650 {y}")
        p.check(drawn[y] == start[y] and end[y] == start[y] + new[y] - drawn[y] and new[y] == need[y]
                and (y == 0 or start[y] == end[y - 1]), f"chượp carried over {y}")
        p.check(nxt[y] == need[y] * 650 and close(salt[y], need[y] / 3, 0.01), f"next year's sauce, salt 1:3 {y}")
        p.check(need[y] <= capacity and need[y] <= sup[y] == mem[y] + con[y], f"vats 81 tấn, supply 85 tấn {y}")
        p.check(close(r1[y], c35[y] * 0.09) and close(r2[y], pet[y] * 0.055) and close(r3[y], can[y] * 0.23)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], drawn[y] * 20) and close(lines[1][y], drawn[y] / 3 * 3)
                and close(lines[2][y], c35[y] * 0.007 + pet[y] * 0.004 + can[y] * 0.012)
                and close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], lit[y] / 1000)
                and close(lines[5][y], 1400 / 10) and close(lines[6][y], [800, 600, 400][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], 120), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]) and 3000 < rev[y] <= 50000,
                f"17 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and lit[y] / lit[y - 1] < 1.2, f"growth {y}")
    p.check(fish_h == [50, 52, 56] and out_h[1] == fish_h[0] * 650 and out_h[2] == fish_h[1] * 650
            and start[0] == fish_h[2] == 28 * 2, "history: fish of year N → sauce of N+1; 28 vats full in 2026")
    p.check(close(lit[0] / out_h[2], 1.077, 0.01), "+7,7 % on 2026")
    p.check(capacity == 81 and capacity * 650 == 52650 and 85 - need[2] == 11, "capacity 81 tấn ≈ 52.650 lít; 11 tấn spare")
    p.check(all(sum(org.row(f"{i} |", 3)[y] for i in range(1, 6)) == staff[y] for y in Y), "staff rows sum")
    cal = p.part("## 3. Lịch muối chượp", "# X.")
    qs = [cal.row(f"Quý {q} |", 3) for q in ("I", "II", "III", "IV")]
    tot = cal.row("Cả năm", 3)
    p.check([sum(q[i] for q in qs) for i in range(3)] == tot == [new[0], drawn[0], lit[0]], "quarters sum")
    p.check(cumulative_ok([q[1] * 650 for q in qs], [q[2] for q in qs]), "never bottled ahead of what was drawn")
    ch = p.part("## 2. Dự kiến tiêu thụ năm 2027", "## 3. Giá")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 5)) == ch.one("Cộng") == lit[0], "channels cover 36.400 lít")
    inv = p.part("# XII. TỔNG VỐN", "# XIII.")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    src = [inv.one(x) for x in ("Vốn góp bổ sung", "Quỹ đầu tư phát triển", "Vay Ngân hàng")]
    p.check(sum(items) == inv.one("Tổng cộng") == sum(src) == inv.one("Cộng |") == 1800 and sum(items[:5]) == 1400
            and items[1] == 10 * 25, "capital 1.800 = sources, fixed 1.400, 10 vats × 25")
    avg = sum(post) / 3
    p.check(close(avg, 749.7, 0.001) and close(1800 / (avg + 140), 2.0, 0.02), "average 749,7, payback 2,0")
    p.has("36.400 lít năm 2027, 40.300 lít năm 2028 và 44.200 lít năm 2029", "3.412 triệu đồng năm 2027",
          "4.207 triệu đồng năm 2029", "90.000 đồng/chai", "55.000 đồng/chai", "230.000 đồng/can",
          "tổng nguồn cá khoảng 85 tấn/năm", "28 × 2 + 10 × 2,5 = 81 tấn cá/năm", "khoảng 52.650 lít",
          "(617 + 749,7 + 882,5) : 3 ≈ 749,7", "1.800 : (749,7 + 140) ≈ 2,0 năm",
          "Tổng vốn đầu tư của phương án là 1.800 triệu đồng", "16 thành viên chính thức",
          "Giấy chứng nhận đăng ký hợp tác xã", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2026/CL", "tự công bố sản phẩm", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "đăng ký môi trường", "bể lắng 3 ngăn", "Luật Hợp tác xã số 17/2023/QH15")
    ready_common(p)
    return p


def dc02() -> Plan:
    p = Plan("dc02_mam_tom_thach_bang_hkd")
    spring, autumn = [5000, 5400, 5800], [4400, 4800, 5200]  # kg tôm bought (text, §8)
    autumn_prev = [4000] + autumn[:2]
    st = p.part("a) Cân đối mắm tôm", "b) Lịch")
    stock = [st.row(f"{2027 + y} |", 5) for y in Y]  # start, spring, autumn, sold, end
    mix = p.part("c) Cơ cấu bán ra", "# 12/")
    h200, h500, can, kg = mix.row("Hũ 200 g (hũ)"), mix.row("Hũ 500 g (hũ)"), mix.row("Can 5 kg (can)"), mix.row("Tổng mắm tôm")
    ct = p.part("b) Chi phí (đồng)", "c) Tổng hợp")
    lines = [ct.row(x) for x in ("Tôm moi (25.000", "Muối (4.000", "Hũ, nắp, can, nhãn", "Lao động thuê",
                                  "Công lao động gia đình", "Khấu hao", "Lãi vay", "Bán hàng, quảng bá",
                                  "Điện, nước, lao động thời vụ", "Thuế của hộ")]
    cost = ct.row("Tổng chi phí")
    summ = p.part("c) Tổng hợp kết quả", "Lợi nhuận bình quân")
    rows = [summ.row(f"{2027 + y} |", 4) for y in Y]  # kg, revenue, cost, profit
    for y in Y:  # đồng; kg
        s0, sp, au, sold, s1 = stock[y]
        shrimp = autumn_prev[y] + spring[y]
        rv = h200[y] * 30000 + h500[y] * 60000 + can[y] * 400000
        p.check(kg[y] == h200[y] * 0.2 + h500[y] * 0.5 + can[y] * 5 == sold == rows[y][0], f"kg {y}")
        p.check(s0 == autumn_prev[y] * 0.9 and sp == spring[y] * 0.9 and au == autumn[y] * 0.9 and s1 == au
                and sold == s0 + sp and (y == 0 or s0 == stock[y - 1][4]), f"stock carried, 0,9 kg/kg {y}")
        p.check(spring[y] <= 6500 and autumn[y] <= 5500 and max(sp, au) <= 60 * 100, f"supply and 6.000 kg a turn {y}")
        p.check(close(rows[y][1], rv), f"revenue {y}")
        p.check(close(lines[0][y], shrimp * 25000) and close(lines[1][y], shrimp * 0.2 * 4000)
                and close(lines[2][y], h200[y] * 4000 + h500[y] * 6000 + can[y] * 15000)
                and close(lines[3][y], 2 * 5.5e6 * 12) and close(lines[4][y], 2 * 5e6 * 12)
                and close(lines[5][y], 200e6 / 10) and close(lines[6][y], [100e6, 60e6, 20e6][y] * 0.07)
                and close(lines[7][y], rv * 0.05) and close(lines[8][y], 15e6) and close(lines[9][y], rv * 0.045),
                f"cost lines (shrimp of the paste sold) {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(rows[y][2], cost[y]) and close(rows[y][3], rv - cost[y]),
                f"cost sum, profit {y}")
        if y:
            p.check(rows[y][1] / rows[y - 1][1] < 1.2, f"growth {y}")
    p.check(close(kg[0] / 7380, 1.098, 0.01) and 0.9 * (3800 + 4400) == 7380, "+9,8 % on 2026 (7.380 kg)")
    p.has("1.880 kg năm 2027, 2.040 kg năm 2028, 2.200 kg năm 2029")
    p.check([0.2 * (spring[y] + autumn[y]) for y in Y] == [1880, 2040, 2200], "salt need 0,2 kg/kg")
    steps = [1000 + 200, 1200 * 0.8, 1200 * 0.8 * 0.9375]
    p.check(steps == [1200, 960, 900], "chain 1.200 → 960 → 900 kg, 0,9 kg/kg")
    p.has("| Trộn 200 kg muối | 1.200 |", "| 960 |", "| 900 |")
    cal = p.part("b) Lịch mua tôm", "c) Cơ cấu")
    months = [cal.row(f"Tháng {m} |", 2) for m in range(1, 13)]
    tot = cal.row("Cả năm", 2)
    p.check([sum(m[i] for m in months) for i in range(2)] == tot == [spring[0] + autumn[0], kg[0]]
            and sum(m[0] for m in months[2:5]) == spring[0] and sum(m[0] for m in months[8:11]) == autumn[0],
            "calendar: 9.400 kg shrimp, 8.100 kg paste")
    p.check(sum(m[1] for m in months[:5]) == 3400 <= stock[0][0] and sum(m[1] for m in months[5:]) == 4700
            == stock[0][0] - 3400 + stock[0][1], "Jan–May from the old stock, Jun–Dec from spring paste")
    items = [p.part("# 12/", "# 13/").one(x) for x in ("Nhà phơi mái tôn", "30 chum sành", "Máy xay tôm",
                                                       "Máy dán màng co", "Thiết kế nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.part("# 12/", "# 13/").one("Tổng cộng") == 350e6 == 250e6 + 100e6
            and sum(items[:4]) == 200e6 and items[1] == 30 * 1.5e6, "capital 350 tr = 250 + 100, fixed 200")
    prof = [r[3] for r in rows]
    avg = sum(prof) / 3
    p.check(close(avg, 259.798e6, 0.0001) and close(350e6 / (avg + 20e6), 1.25, 0.01), "average, payback 1,25")
    p.has("10.000 hũ × 30.000 đồng = 300.000.000 đồng", "6.000 hũ × 60.000 đồng = 360.000.000 đồng",
          "620 can × 400.000 đồng = 248.000.000 đồng", "Doanh thu năm 2027 đạt 908.000.000 đồng",
          "350.000.000 : (259.798.000 + 20.000.000) ≈ 1,25 năm", "60 chum × 100 kg × 2 lượt = 12.000 kg mắm/năm",
          "khoảng 6.500 kg vụ xuân và 5.500 kg vụ thu", "Giấy chứng nhận đăng ký hộ kinh doanh số",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/BL", "tự công bố sản phẩm",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng 2 ngăn", "Nghị định số 05/2025/NĐ-CP")
    ready_common(p)
    return p


def dc03() -> Plan:
    p = Plan("dc03_tuong_nep_hong_lam_cty")
    raw = p.part("## 3.1.", "## 3.2.")
    made, nep, dau, muoi, nep_c, dau_c = (raw.row("Tương làm ra trong năm"), raw.row("Gạo nếp cần dùng"),
                                          raw.row("Đậu tương cần dùng"), raw.row("Muối |"),
                                          raw.row("Nếp theo hợp đồng"), raw.row("Đậu tương theo hợp đồng"))
    org = p.part("## 4.1.", "## 4.2.")
    staff = org.row("Tổng lao động")
    pr = p.part("## 4.2.", "# CHƯƠNG V")
    chai, can, ul, sold = (pr.row("Tương thường chai 500 ml"), pr.row("Tương thường can 5 lít"),
                           pr.row("Tương ủ lâu chai 500 ml"), pr.row("Tổng tương bán ra"))
    aged = [pr.row(f"{2027 + y} |", 4) for y in Y]  # start, made, sold, end
    fin = p.part("## 5.2.", "## 5.3.")
    rev, r1, r2, r3, cost = (fin.row("Doanh thu |"), fin.row("Tương thường chai 500 ml (28.000"),
                             fin.row("Tương thường can 5 lít (180.000"), fin.row("Tương ủ lâu chai 500 ml (55.000"),
                             fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Nếp, đậu tương, muối", "Chai, can, hộp", "Tiền lương", "Củi, điện",
                                   "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý doanh nghiệp")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    dep = (800 + 200) / 20 + (180 + 350 + 250 + 120) / 10
    for y in Y:  # 1.000 đồng; lít; kg
        ordinary = chai[y] * 0.5 + can[y] * 5
        s0, mk, sd, s1 = aged[y]
        p.check(sd == s0 == ul[y] * 0.5 and s1 == s0 + mk - sd and (y == 0 or s0 == aged[y - 1][3]),
                f"aged tương carried one year {y}")
        p.check(sold[y] == ordinary + sd and made[y] == ordinary + mk, f"sold and made {y}")
        p.check(close(nep[y], made[y] / 6) and close(dau[y], made[y] / 6) and close(muoi[y], made[y] * 0.1)
                and nep[y] <= nep_c[y] == 12000 and dau[y] <= dau_c[y] == 12000, f"1/6 kg nếp and đậu, within 12 tấn {y}")
        p.check(ordinary <= 240 * 100 * 3 and mk <= 60 * 100 * 1, f"jars: 72.000 and 6.000 lít {y}")
        p.check(close(r1[y], chai[y] * 28) and close(r2[y], can[y] * 180) and close(r3[y], ul[y] * 55)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], sold[y] * 8) and close(lines[1][y], chai[y] * 2.5 + can[y] * 10 + ul[y] * 8)
                and close(lines[2][y], staff[y] * 6500 * 12) and close(lines[3][y], sold[y] * 1)
                and close(lines[4][y], dep * 1000) and close(lines[5][y], [1e6, 0.75e6, 0.5e6][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.06) and close(lines[7][y], 180000), f"cost lines {y}")
        rate = 0.15 if rev[y] < 3e6 else 0.17
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"cost sum, profit, tax {rate} {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and sold[y] / sold[y - 1] < 1.2, f"growth {y}")
    p.check(close(24000 / 6 + 21000 / 6 + 5000 * 0.1, 8000), "8.000 đ per lít of materials")
    p.check(dep == 140 and 140 * 100 * 3 == 42000 and 40 * 100 == 4000 and 140 + 40 == 180,
            "2026: 180 jars full; depreciation 140 triệu")
    p.check(all(sum(org.row(f"{i} |", 3)[y] for i in range(1, 7)) == staff[y] for y in Y), "staff rows sum")
    ch = p.part("## 2.3.", "## 2.4.")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 5)) == ch.one("Cộng") == sold[0], "channels cover 52.000 lít")
    inv = p.part("## 5.1.", "## 5.2.")
    items = [inv.one(f"{i} |") for i in range(1, 9)]
    p.check(sum(items) == inv.one("Tổng cộng") == 2.5e6 == 1.5e6 + 1e6 and sum(items[:6]) == 1.9e6,
            "capital 2,5 tỷ = 1,5 + 1, fixed 1,9 tỷ")
    avg = sum(post) / 3
    p.check(close(avg, 478502, 0.0001) and close(2.5e6 / (avg + dep * 1000), 4.0, 0.02), "average, payback 4,0")
    p.has("Sản lượng tương thường đạt 48.000 lít năm 2027, 54.000 lít năm 2028, 60.000 lít năm 2029",
          "240 chum × 100 lít × 3 lượt/năm = 72.000 lít/năm", "60 chum × 100 lít × 1 lượt/năm = 6.000 lít/năm",
          "Tổng vốn đầu tư của phương án là 2,5 tỷ đồng", "(333.132 + 475.889 + 626.484) : 3 ≈ 478.502",
          "2.500.000 : (478.502 + 140.000) ≈ 4,0 năm", "khoảng 2,77 tỷ đồng năm 2027 và 3,47 tỷ đồng năm 2029",
          "Mã số doanh nghiệp", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/HL",
          "tự công bố sản phẩm", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    ready_common(p)
    return p


def dc04() -> Plan:
    p = Plan("dc04_ca_muoi_tung_loc_tht")
    fresh = [25000, 27500, 30000, 32500]  # kg cà tươi of the winter crops 2026–2029
    st = p.part("1. Cân đối cà muối", "2. Lịch thu mua")
    start, sold, new, end = st.row("Tồn đầu năm"), st.row("Bán trong năm"), st.row("Muối mới vụ đông"), st.row("Tồn cuối năm")
    mix = p.part("3. Cơ cấu sản phẩm", "# M.")
    hu, tui, buon, kg = mix.row("Hũ 500 g (hũ)"), mix.row("Túi 1 kg (túi)"), mix.row("Bán buôn (kg)"), mix.row("Tổng cà muối")
    fin = p.part("# N. DỰ TOÁN", "Chi phí cà tươi, muối")
    rev, r1, r2, r3, cost = (fin.row("Doanh thu |"), fin.row("Hũ 500 g (30.000"), fin.row("Túi 1 kg (50.000"),
                             fin.row("Bán buôn (35.000"), fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Cà tươi (10.000", "Muối (8%", "Tỏi, ớt, riềng", "Hũ, túi, thùng",
                                   "Tiền công 6", "Khấu hao", "Bán hàng, vận chuyển", "Điện, nước", "Thuế (1,5%")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:  # triệu đồng; kg
        f = fresh[y]
        p.check(kg[y] == hu[y] * 0.5 + tui[y] + buon[y] == sold[y] == start[y] == f * 0.8, f"sold = last crop × 0,8 {y}")
        p.check(new[y] == fresh[y + 1] * 0.8 == end[y] and (y == 0 or start[y] == end[y - 1]), f"stock carried {y}")
        p.check(fresh[y + 1] <= 220 * 150 and fresh[y + 1] <= 2.5 * 14 * 1000, f"jars 33.000 kg, 35 tấn of eggplant {y}")
        p.check(close(r1[y], hu[y] * 0.03) and close(r2[y], tui[y] * 0.05) and close(r3[y], buon[y] * 0.035)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], f * 0.01) and close(lines[1][y], f * 0.08 * 0.004) and close(lines[2][y], f * 0.002)
                and close(lines[3][y], hu[y] * 0.0035 + tui[y] * 0.002 + buon[y] * 0.0005)
                and close(lines[4][y], 6 * 5 * 12) and close(lines[5][y], 150 / 10) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[7][y], 20) and close(lines[8][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(170 * 150 >= fresh[0] and close(kg[0] / 17600, 1.136, 0.01) and 22000 * 0.8 == 17600,
            "2026 in 170 jars; +13,6 % on the 17.600 kg of 2026")
    p.check([fresh[y + 1] * 0.08 for y in Y] == [2200, 2400, 2600], "salt 8 %")
    p.has("vụ năm 2027 cần 27.500 kg, vụ năm 2028 cần 30.000 kg, vụ năm 2029 cần 32.500 kg",
          "tương ứng 2.200 kg, 2.400 kg và 2.600 kg", "220 × 150 × 1 = 33.000 kg cà tươi/vụ",
          "năng suất bình quân 14 tấn/ha, sản lượng khoảng 35 tấn cà tươi/vụ")
    p.check(950 * (800 / 950) == 800 and close(150 / 950, 0.158, 0.01), "chain 1.000 → 950 → 800 kg")
    cal = p.part("2. Lịch thu mua", "3. Cơ cấu sản phẩm")
    periods = [cal.row(f"{x} |", 2) for x in ("Quý I", "Quý II", "Quý III", "Tháng 10", "Tháng 11", "Tháng 12")]
    p.check([sum(m[i] for m in periods) for i in range(2)] == cal.row("Cả năm", 2) == [fresh[1], sold[0]],
            "calendar: 27.500 kg salted, 20.000 kg sold")
    p.check(5000 + 3000 + 7000 + 5000 == sold[0] and hu[0] * 0.5 + tui[0] == 7000 + 5000, "channels cover 20.000 kg")
    p.has("khoảng 5.000 kg;", "khoảng 3.000 kg;", "khoảng 7.000 kg;", "khoảng 5.000 kg.")
    p.check(50 + 60 + 15 + 10 + 15 + 20 + 30 == 200 == 140 + 60 and 50 + 60 + 15 + 10 + 15 == 150 and 50 * 1.2 == 60,
            "capital 200 = 140 + 60, fixed 150")
    p.has("Tổng nhu cầu vốn 200 triệu đồng", "50 vại sành mới (1,2 triệu đồng/vại): 60 triệu đồng",
          "14 thành viên góp 140 triệu đồng", "quỹ tích lũy của tổ hợp tác 60 triệu đồng")
    avg = sum(prof) / 3
    p.check(close(avg, 169.2, 0.001) and close(200 / (avg + 15), 1.1, 0.02), "average 169,2, payback 1,1")
    p.has("(117,9 + 169,2 + 220,5) : 3 ≈ 169,2", "200 : (169,2 + 15) ≈ 1,1 năm", "Giấy chứng nhận đăng ký tổ hợp tác",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/TL", "tự công bố sản phẩm",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng 2 ngăn", "Luật Hợp tác xã năm 2023")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def dc05() -> Plan:
    p = Plan("dc05_nuoc_mam_ky_xuan_cty")
    hist = p.part("# 2. Thực trạng", "# 3.")
    fish_h, out_h = hist.row("Cá muối chượp trong năm"), hist.row("Nước mắm kéo rút")
    raw = p.part("## 8.1.", "## 8.2.")
    need, salt, own, con, sup = (raw.row("Cá cơm cần muối"), raw.row("Muối hạt cần dùng"), raw.row("Cá từ 2 tàu"),
                                 raw.row("Cá mua theo hợp đồng"), raw.row("Tổng nguồn cá"))
    bal = p.part("## 11.1.", "## 11.2.")
    start, drawn, new, end = (bal.row("Chượp trong bể đầu năm"), bal.row("Chượp chín kéo rút"),
                              bal.row("Cá muối mới trong năm"), bal.row("Chượp trong bể cuối năm"))
    pr = p.part("## 11.2.", "# 12.")
    a, b, c, lit = (pr.row("Nước mắm nhỉ 40 độ đạm chai 500 ml"), pr.row("Nước mắm 30 độ đạm chai PET"),
                    pr.row("Nước mắm 25 độ đạm can 2 lít"), pr.row("Tổng sản lượng"))
    staff = p.part("# 10.", "# 11.").row("Cộng")
    fin = p.part("# 13. Hiệu quả", "# 14.")
    rev, ra, rb, rc, cost = (fin.row("Doanh thu |"), fin.row("Nước mắm nhỉ 40 độ đạm chai 500 ml (85.000"),
                             fin.row("Nước mắm 30 độ đạm chai PET 500 ml (45.000"),
                             fin.row("Nước mắm 25 độ đạm can 2 lít (120.000"), fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Cá cơm (22.000", "Muối hạt (3.000", "Chai, can, nắp, thùng", "Tiền lương",
                                   "Điện, nước (1.000", "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý doanh nghiệp")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    fish = {2025: 80, 2026: 85, 2027: new[0], 2028: new[1], 2029: new[2]}
    true_rev = [a[y] * 0.085 + b[y] * 0.045 + c[y] * 0.12 for y in Y]
    for y in Y:  # triệu đồng; lít; tấn
        p.check(lit[y] == a[y] * 0.5 + b[y] * 0.5 + c[y] * 2 == fish[2025 + y] * 750 and drawn[y] == fish[2025 + y],
                f"litres = fish salted two years before × 750 {y}")
        p.check(end[y] == start[y] - drawn[y] + new[y] and (y == 0 or start[y] == end[y - 1]) and new[y] == need[y]
                and close(salt[y], need[y] / 3, 0.01), f"chượp carried two years; salt 1:3 {y}")
        p.check(new[y] <= 54 * 4 * 0.5 and max(start[y], end[y]) <= 54 * 4 and lit[y] <= 81000,
                f"vats: 108 tấn a year, 216 tấn held (not a capacity defect) {y}")
        p.check(sup[y] == own[y] + con[y] == 85, f"supply 85 tấn {y}")
        p.check(close(rb[y], b[y] * 0.045) and close(rc[y], c[y] * 0.12) and close(rev[y], ra[y] + rb[y] + rc[y]),
                f"PET and can rows, revenue adds its rows {y}")
        p.check(close(lines[0][y], drawn[y] * 22) and close(lines[1][y], drawn[y] / 3 * 3)
                and close(lines[2][y], a[y] * 0.006 + b[y] * 0.0025 + c[y] * 0.006)
                and close(lines[3][y], staff[y] * 7.5 * 12) and close(lines[4][y], lit[y] / 1000)
                and close(lines[5][y], 2600 / 10) and close(lines[6][y], [1500, 1000, 500][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.06) and close(lines[8][y], 400), f"cost lines (selling on the stated revenue) {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"cost sum, profit, tax {y}")
        if y:
            p.check(true_rev[y] / true_rev[y - 1] < 1.2 and lit[y] / lit[y - 1] < 1.2, f"growth {y}")
    p.check(close(ra[0], a[0] * 0.085) and close(ra[2], a[2] * 0.085), "2027 and 2029 bottle rows right")
    p.check(ra[1] == 4250 and close(a[1] * 0.085, 3612.5) and off(ra[1], a[1] * 0.085) and close(true_rev[1], 6800)
            and off(rev[1], true_rev[1]), "PLANTED 2028 row 4.250 != 42.500 × 85.000 = 3.612,5; revenue 7.437,5 != 6.800")
    p.has("7,44 tỷ đồng năm 2028")
    true_pre = true_rev[1] - (cost[1] - lines[7][1] + true_rev[1] * 0.06)
    true_post = [post[0], true_pre * 0.83, post[2]]
    avg, true_avg = sum(post) / 3, sum(true_post) / 3
    p.check(close(avg, 1512.9, 0.001) and close(3500 / (avg + 260), 2.0, 0.02), "stated payback 2,0")
    p.check(close(3500 / (true_avg + 260), 2.18, 0.01) and off(2.0, 3500 / (true_avg + 260)), "tolerated: truly 2,2 years")
    p.check(fish_h == [75, 80, 85] and out_h[2] == fish_h[0] * 750 and start[0] == 80 + 85 <= 42 * 4,
            "history: fish of N → sauce of N+2; 42 old vats hold 165 tấn")
    p.check(lit[0] == 60000 and close(lit[0] / out_h[2], 1.067, 0.01), "+6,7 % on 2026")
    p.check(all(n == 100 for n in need) and off(need[0], sup[0]) and close(need[0] / sup[0], 1.176, 0.01)
            and lit[2] == need[0] * 750, "PLANTED 100 tấn of fish a year (75.000 lít in 2029) vs 85 tấn of supply (+17,6 %)")
    p.has("Tổng nguồn cá 85 tấn/năm đáp ứng đủ nhu cầu nguyên liệu", "54 × 4 × 0,5 = 108 tấn cá/năm",
          "Cá muối năm 2025 cho nước mắm năm 2027, cá muối năm 2026 cho nước mắm năm 2028, cá muối năm 2027 cho nước mắm năm 2029")
    inv = p.part("# 12. Tổng vốn", "# 13.")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    p.check(sum(items) == inv.one("Tổng cộng") == 3500 == 2000 + 1500 and sum(items[:5]) == 2600, "capital 3.500, fixed 2.600")
    p.lacks(r"nhãn(?! hiệu)|ghi nhãn|43/2017|111/2021|\btem\b|mã vạch|\bQR\b",
            "PLANTED no label, label content or labelling decree (only 'nhãn hiệu')")
    p.has("chai thủy tinh 500 ml", "can 2 lít", "Nhãn hiệu \"Nước mắm Biển Kỳ Xuân\"", "TCCS 01:2025/KX", "tự công bố",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "đăng ký môi trường", "Mã số doanh nghiệp",
          "148/QĐ-TTg", "1489/QĐ-TTg", "85.000 đồng/chai", "45.000 đồng/chai", "120.000 đồng/can",
          "(1.092,3 + 1.740,8 + 1.705,6) : 3 ≈ 1.512,9", "3.500 : (1.512,9 + 260) ≈ 2,0 năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dc06() -> Plan:
    p = Plan("dc06_mam_ruoc_cam_nhuong_htx")
    raw = p.part("## II. Nguồn nguyên liệu", "## III.")
    salted, salt, sup = raw.row("Ruốc muối trong năm"), raw.row("Muối hạt cần dùng"), raw.row("Nguồn ruốc của 20 ghe")
    pr = p.part("## V. Kế hoạch sản xuất", "Lịch muối ruốc")
    start, h250, h500, th, sold, newend = (pr.row("Mắm ruốc tồn đầu năm"), pr.row("Hũ 250 g"), pr.row("Hũ 500 g"),
                                          pr.row("Thùng 10 kg"), pr.row("Tổng mắm ruốc bán ra"),
                                          pr.row("Ruốc muối mới, tồn cuối năm"))
    staff = p.part("## IV. Tổ chức", "## V.").row("Cộng")
    fin = p.part("## II. Doanh thu, chi phí", "## III. Hiệu quả xã hội")
    rev, r1, r2, r3, cost = (fin.row("Doanh thu |"), fin.row("Hũ 250 g (25.000"), fin.row("Hũ 500 g (45.000"),
                             fin.row("Thùng 10 kg (700.000"), fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Ruốc (25.000", "Muối (3.000", "Hũ, thùng, nhãn", "Tiền lương", "Điện, nước (500",
                                   "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, ngày công")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    salted_prev = [28000] + salted[:2]
    capacity = 80 * 400 * 1  # kg ruốc a year
    for y in Y:  # triệu đồng; kg
        p.check(sold[y] == h250[y] * 0.25 + h500[y] * 0.5 + th[y] * 10 == start[y] == salted_prev[y]
                and newend[y] == salted[y], f"paste sold = krill salted the year before, 1 kg/kg {y}")
        p.check(salt[y] == salted[y] * 0.25 and salted[y] <= sup[y] == 45000, f"salt 1:4, within 45 tấn of krill {y}")
        p.check(close(r1[y], h250[y] * 0.025) and close(r2[y], h500[y] * 0.045) and close(r3[y], th[y] * 0.7)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], sold[y] * 0.025) and close(lines[1][y], sold[y] * 0.25 * 0.003)
                and close(lines[2][y], h250[y] * 0.003 + h500[y] * 0.0045 + th[y] * 0.02)
                and close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], sold[y] * 0.0005)
                and close(lines[5][y], 1000 / 10) and close(lines[6][y], [400, 300, 200][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], 80), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and rev[y] < 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"profit, 15 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and sold[y] / sold[y - 1] < 1.2, f"growth {y}")
    p.check(salted[0] <= capacity and sold[0] <= capacity and sold[1] <= capacity, "2027 salting, 2027–2028 sales within 32.000 kg")
    p.check(salted[1] == salted[2] == sold[2] == 36000 and off(salted[1], capacity) and close(salted[1] / capacity, 1.125),
            "PLANTED 36.000 kg salted in 2028 and 2029 (sold 2029) > 80 tubs × 400 kg × 1 turn = 32.000 kg (+12,5 %)")
    inv = p.part("## I. Nhu cầu vốn", "## II. Doanh thu")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(not any("thùng" in r[1].lower() for r in inv.rows if len(r) > 1), "PLANTED no tub bought")
    p.has("Số thùng composite hiện có đáp ứng sản lượng kế hoạch của cả giai đoạn, hợp tác xã không cần mua thêm thùng",
          "80 thùng × 400 kg × 1 lượt/năm = 32.000 kg ruốc/năm")
    p.check(sum(items) == inv.one("Tổng cộng") == 1300 and sum(items[:4]) == 1000, "investment 1.300 adds up, fixed 1.000")
    sources = 500 + 200 + 400
    p.check(sources == 1100 and off(sources, 1300) and close(sources / 1300, 0.846, 0.01),
            "PLANTED sources 500 + 200 + 400 = 1.100 != 1.300 (−15,4 %)")
    p.has("vốn góp của thành viên 500 triệu đồng", "quỹ đầu tư phát triển của hợp tác xã 200 triệu đồng",
          "vay Ngân hàng Nông nghiệp và Phát triển nông thôn 400 triệu đồng",
          "Các nguồn vốn trên bảo đảm đủ tổng vốn đầu tư", "Tổng vốn đầu tư của phương án là 1.300 triệu đồng")
    avg = sum(post) / 3
    p.check(close(avg, 541, 0.001) and close(1300 / (avg + 100), 2.0, 0.02), "average 541, payback 2,0 (right)")
    p.check(close(sold[0] / 25000, 1.12) and 1000 * 1.25 * 0.84 == 1050 and close(1050 * (1 - 0.0476), 1000, 0.001),
            "+12 % on 2026; chain 1.250 → 1.050 → 1.000 kg")
    cal = p.part("Lịch muối ruốc", "# PHẦN D")
    per = [cal.row(f"{x} |", 2) for x in ("Tháng 1–2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7–9", "Tháng 10–12")]
    p.check([sum(m[i] for m in per) for i in range(2)] == cal.row("Cả năm", 2) == [salted[0], sold[0]], "calendar sums")
    p.check(14000 + 9000 + 5000 == sold[0] and h250[0] * 0.25 + h500[0] * 0.5 == 9000 + 5000, "channels cover 28.000 kg")
    p.check(all(sum(p.part("## IV. Tổ chức", "## V.").row(f"{i} |", 3)[y] for i in range(1, 6)) == staff[y] for y in Y),
            "staff rows sum")
    p.lacks(r"môi trường|nước thải|chất thải|xả thải|xử lý|thu gom|ô nhiễm|\bbã\b|\brác\b|bể lắng|hố lắng|phân bón|"
            r"khử mùi|mùi hôi|ruồi|cây xanh", "PLANTED no environmental measure (brine, washing, odour)")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/CN", "tự công bố sản phẩm",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "Giấy chứng nhận đăng ký hợp tác xã", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dc07() -> Plan:
    p = Plan("dc07_ruou_sim_son_kim_hkd")
    sim_prev = [3000, 3300, 3600]
    st = p.part("1. Cân đối rượu sim", "2. Lịch mua sim")
    stock = [st.row(f"{2027 + y} |", 4) for y in Y]  # start, sold, sim steeped (kg), end
    mix = p.part("3. Cơ cấu sản phẩm", "# XI")
    chai, binh, can, lit = mix.row("Chai 500 ml (chai)"), mix.row("Bình 2 lít (bình)"), mix.row("Can 5 lít (can)"), mix.row("Tổng rượu sim")
    ct = p.part("2. Chi phí:", "3. Tổng hợp")
    lines = [ct.row(x) for x in ("Sim (40.000", "Rượu nếp (45.000", "Chai, hộp, bình", "Tiền công (4", "Khấu hao",
                                  "Lãi vay", "Bán hàng, quảng bá (8%", "Điện, nước, kiểm nghiệm", "Thuế giá trị gia tăng",
                                  "Thuế tiêu thụ đặc biệt")]
    cost = ct.row("Tổng chi phí")
    summ = p.part("3. Tổng hợp", "Lợi nhuận bình quân")
    rows = [summ.row(f"{2027 + y} |", 4) for y in Y]  # litres, revenue, cost, profit
    for y in Y:  # đồng; lít; kg
        s0, sd, sim_new, s1 = stock[y]
        rv = chai[y] * 220000 + binh[y] * 750000 + can[y] * 1500000
        p.check(lit[y] == chai[y] * 0.5 + binh[y] * 2 + can[y] * 5 == sd == s0 == sim_prev[y] * 2 == rows[y][0],
                f"litres = last season's sim × 2 {y}")
        p.check(s1 == sim_new * 2 and (y == 0 or s0 == stock[y - 1][3]) and (y == 2 or sim_new == sim_prev[y + 1]),
                f"liquor steeping carried over {y}")
        p.check(sim_new <= 5000 and sim_new * 2 <= 10000 and sim_new * 2 <= 80 * 100, f"sim, rice spirit, 80 jars {y}")
        p.check(close(rows[y][1], rv), f"revenue {y}")
        p.check(close(lines[0][y], sim_prev[y] * 40000) and close(lines[1][y], lit[y] * 45000)
                and close(lines[2][y], chai[y] * 20000 + binh[y] * 60000 + can[y] * 25000)
                and close(lines[3][y], 4 * 6e6 * 12) and close(lines[4][y], 250e6 / 10)
                and close(lines[5][y], [150e6, 100e6, 50e6][y] * 0.08) and close(lines[6][y], rv * 0.08)
                and close(lines[7][y], 30e6) and close(lines[8][y], rv * 0.045) and close(lines[9][y], rv * 65 / 165),
                f"cost lines (excise 65 % of the price before it) {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(rows[y][2], cost[y]) and close(rows[y][3], rv - cost[y]),
                f"cost sum, profit {y}")
        if y:
            p.check(rows[y][1] / rows[y - 1][1] < 1.2, f"growth {y}")
    p.check(sim_prev[0] * 2 <= 60 * 100 and close(lit[0] / 5200, 1.154, 0.01), "2026 in 60 jars; +15 % on 5.200 lít")
    p.check(close((1.7 + 0.35) * 0.975, 2.0, 0.01), "chain 1,7 + 0,35 = 2,05 lít, 2 after filtering")
    cal = p.part("2. Lịch mua sim", "3. Cơ cấu sản phẩm")
    per = [cal.row(f"{x} |", 2) for x in ("Quý I", "Quý II", "Tháng 7", "Tháng 8", "Tháng 9", "Quý IV")]
    p.check([sum(m[i] for m in per) for i in range(2)] == cal.row("Cả năm", 2) == [stock[0][2], lit[0]], "calendar sums")
    p.check(can[0] * 5 == 1500, "1.500 lít of cans for the 12 eateries")
    p.has("khoảng 1.500 lít/năm")
    p.check(100 + 40 + 80 + 30 + 50 + 100 == 400 and 100 + 40 + 80 + 30 == 250 and 20 * 2 == 40, "capital 400, fixed 250")
    inv = p.part("# XI", "# XII")
    p.check(sum(inv.one(f"{i} |") for i in range(1, 7)) == inv.one("Tổng cộng") == 400e6 == 250e6 + 150e6,
            "investment table = sources")
    prof = [r[3] for r in rows]
    avg = sum(prof) / 3
    true = 400e6 / (avg + 25e6)
    p.check(close(avg, 264531250, 0.0001) and close(true, 1.38, 0.01) and off(0.8, true),
            "PLANTED payback 0,8 years != 400.000.000 : 289.531.250 = 1,38")
    p.has("400.000.000 : (264.531.250 + 25.000.000) ≈ 0,8 năm")
    p.has("Hộ có 7 lao động thường xuyên", "Hộ có 4 lao động thường xuyên", "Tiền công (4 lao động)")
    p.check(p.count("7 lao động") == 1 and off(7, 4), "PLANTED 7 workers in §I, 4 in §IX and the wage line")
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công|đăng ký sản xuất rượu|Công Thương|Phòng Kinh tế|"
            r"điều kiện sản xuất rượu", "PLANTED no alcohol production licence or plan for one")
    p.has("Giấy chứng nhận đăng ký hộ kinh doanh số", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2026/SK", "tự công bố sản phẩm", "hàm lượng etanol", "Không sử dụng cho người dưới 18 tuổi",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "hố lắng", "148/QĐ-TTg", "1489/QĐ-TTg",
          "80 chum × 100 lít × 1 lượt = 8.000 lít/năm", "6.000 chai × 220.000 đồng = 1.320.000.000 đồng",
          "Doanh thu năm 2027 đạt 2.332.500.000 đồng")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dc08() -> Plan:
    p = Plan("dc08_giam_chuoi_ngan_truoi_ctcp")
    bal = p.part("## a) Cân đối giấm", "## b) Cơ cấu")
    start, started, sold, end, banana = (bal.row("Giấm đang ủ đầu năm"), bal.row("Giấm đưa vào ủ"),
                                         bal.row("Giấm thành phẩm bán ra"), bal.row("Giấm đang ủ cuối năm"),
                                         bal.row("Chuối chín cần mua"))
    mix = p.part("## b) Cơ cấu sản phẩm", "# 12.")
    c500, pet, can, tot = mix.row("Chai thủy tinh 500 ml"), mix.row("Chai PET 1 lít"), mix.row("Can 5 lít"), mix.row("Tổng giấm")
    org = p.part("# 10. TỔ CHỨC", "# 11.")
    staff = org.row("Cộng")
    fin = p.part("# 13. HIỆU QUẢ", "# 14.")
    rev, r1, r2, r3, cost = (fin.row("Doanh thu |"), fin.row("Chai 500 ml (35.000"), fin.row("Chai PET 1 lít (40.000"),
                             fin.row("Can 5 lít (150.000"), fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Chuối chín (5.000", "Men, phụ liệu", "Chai, can, nắp, nhãn", "Tiền lương",
                                   "Điện, nước", "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý |")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng; lít; kg
        p.check(tot[y] == c500[y] * 0.5 + pet[y] + can[y] * 5 == sold[y], f"litres {y}")
        p.check(end[y] == start[y] + started[y] - sold[y] and (y == 0 or start[y] == end[y - 1])
                and banana[y] == started[y] * 1.25, f"vinegar carried over; 1,25 kg banana/lít {y}")
        p.check(started[y] <= 14 * 1000 * 3 and end[y] <= 14 * 1000 and banana[y] <= 80000, f"tanks 42.000 lít; 80 tấn {y}")
        p.check(close(r1[y], c500[y] * 0.035) and close(r2[y], pet[y] * 0.04) and close(r3[y], can[y] * 0.15)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], sold[y] * 1.25 * 0.005) and close(lines[1][y], sold[y] * 0.0005)
                and close(lines[2][y], c500[y] * 0.005 + pet[y] * 0.003 + can[y] * 0.01)
                and close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 20) and close(lines[5][y], 900 / 10)
                and close(lines[6][y], [500, 375, 250][y] * 0.08) and close(lines[7][y], rev[y] * 0.07)
                and close(lines[8][y], 100), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y])
                and rev[y] < 3000, f"cost sum, 15 % tax on the stated profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(close(rev[1] - cost[1], 407.2) and pre[1] == 507.2 and off(pre[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 507,2 != 1.690 − 1.282,8 = 407,2 (+24,6 %)")
    avg = sum(post) / 3
    true_post = [post[0], (rev[1] - cost[1]) * 0.85, post[2]]
    true = 1400 / (sum(true_post) / 3 + 90)
    p.check(close(avg, 354, 0.001) and close(1400 / (avg + 90), 3.2, 0.02), "stated payback 3,2")
    p.check(close(true, 3.37, 0.01) and abs(3.2 - true) / true > 0.045,
            "tolerated knock-on: truly 3,37 years (5 % off, borderline)")
    p.check(10 * 1000 * 3 == 30000 and sold[0] / 26000 < 1.2, "10 old tanks 30.000 lít; +15 % on 2026")
    ch = p.part("## b) Kênh phân phối", "## c) Giá")
    p.check(sum(ch.one(f"{i} |") for i in range(1, 5)) == ch.one("Cộng") == sold[0], "channels cover 30.000 lít")
    p.check(all(sum(org.row(f"{i} |", 3)[y] for i in range(1, 5)) == staff[y] for y in Y), "staff rows sum")
    inv = p.part("# 12. VỐN", "# 13.")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1400 == 900 + 500 and sum(items[:5]) == 900, "capital 1.400, fixed 900")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Nghị quyết số 123/2018/NQ-HĐND", "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện",
          "UBND huyện Vũ Quang", "Bộ tiêu chí ban hành kèm Quyết định số 1048/QĐ-TTg")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|51/2021/NQ-HĐND|165/2025", "PLANTED the current instruments are not cited")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng|độc quyền",
            "PLANTED no trademark or IP protection held or planned")
    p.has("Nghị định số 43/2017/NĐ-CP", "mã QR", "TCCS 01:2026/NT", "tự công bố sản phẩm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "đăng ký môi trường", "Mã số doanh nghiệp",
          "14 thùng × 1.000 lít × 3 lượt = 42.000 lít/năm", "khoảng 80 tấn chuối chín/năm",
          "(215,8 + 431,1 + 415,2) : 3 ≈ 354", "1.400 : (354 + 90) ≈ 3,2 năm")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dc09() -> Plan:
    p = Plan("dc09_tuong_ba_thin_hkd")
    st = p.part("a. Cân đối tương", "b. Lịch làm tương")
    stock = [st.row(f"{2027 + y} |", 4) for y in Y]  # start, made, sold, end
    mix = p.part("c. Sản phẩm bán ra", "# 13)")
    chai, can, lit = mix.row("Chai 500 ml (chai)"), mix.row("Can 5 lít (can)"), mix.row("Tổng tương bán ra")
    fin = p.part("b. Chi phí và lợi nhuận", "Chai kèm nhãn")
    lines = [fin.row(x) for x in ("Nếp, đậu tương, muối", "Chai, can, nhãn", "Tiền công", "Củi, điện", "Khấu hao",
                                   "Lãi vay", "Bán hàng, quảng bá", "Chi khác", "Thuế của hộ")]
    cost, rev, prof = fin.row("Tổng chi phí"), fin.row("Doanh thu |"), fin.row("Lợi nhuận |")
    staff = [3, 5, 8]
    for y in Y:  # triệu đồng; lít
        s0, made, sold, s1 = stock[y]
        p.check(lit[y] == chai[y] * 0.5 + can[y] * 5 == sold and s1 == s0 + made - sold
                and (y == 0 or s0 == stock[y - 1][3]), f"stock carried {y}")
        p.check(made <= 180 * 100 * 3 and made / 6 <= 10000, f"180 jars (54.000 lít), 10 tấn nếp and đậu: not the defect {y}")
        p.check(close(rev[y], chai[y] * 0.025 + can[y] * 0.15), f"revenue {y}")
        p.check(close(lines[0][y], sold * 0.008) and close(lines[1][y], chai[y] * 0.0025 + can[y] * 0.01)
                and close(lines[2][y], staff[y] * 5 * 12) and close(lines[3][y], sold * 0.001)
                and close(lines[4][y], 360 / 10) and close(lines[5][y], 200 * 0.07) and close(lines[6][y], 20)
                and close(lines[7][y], 15) and close(lines[8][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    hist = p.part("# 3) Thực trạng", "# 4)")
    h = [hist.row(f"{2024 + i} |", 2) for i in range(3)]
    p.check(h[2][0] == 10000 and close(lit[0] / h[2][0], 1.2) and all(h[i + 1][0] / h[i][0] < 1.13 for i in range(2)),
            "history +11–13 % a year; 2027 +20 %")
    g1, g2 = lit[1] / lit[0], lit[2] / lit[1]
    p.check(close(g1, 2.0) and close(g2, 1.9) and close(rev[1] / rev[0], 2.0) and close(rev[2] / rev[1], 1.9)
            and off(g1, 1.5) and off(g2, 1.5), "PLANTED output and revenue ×2 in 2028 and ×1,9 in 2029")
    p.check(lines[6][0] == lines[6][2] == 20 and lines[0][2] / 60 > 6, "flat 20 triệu selling; 364,8 triệu of material vs 60")
    market = p.body.split("# 8) Thị trường tiêu thụ", 1)[1].split("# 9)", 1)[0]
    p.check("rất rộng lớn" in market and "ngày càng tăng" in market and "hợp đồng" not in market
            and "2 người buôn" in market and "6 quán ăn" in market and "trong cả giai đoạn" in market,
            "market: generic demand, the same two traders and six eateries, no contract")
    cal = p.part("b. Lịch làm tương", "c. Sản phẩm bán ra")
    months = [cal.row(f"Tháng {m} |", 2) for m in range(1, 13)]
    p.check([sum(m[i] for m in months) for i in range(2)] == cal.row("Cả năm", 2) == [stock[0][1], stock[0][2]],
            "calendar: 12.400 made, 12.000 sold")
    ripe = [0, 0, 0, 0, 0] + [months[m - 3][0] for m in range(5, 12)]  # made in month m ripens 3 months later
    p.check(cumulative_ok(ripe, [m[1] for m in months], opening=stock[0][0])
            and sum(m[0] for m in months[9:]) == stock[0][3], "sales never ahead of ripe tương; Oct–Dec batches carried")
    p.check(close(10 * 0.92, 9.2) and close(16 * 0.95, 15.2), "batch chain 9,2 kg, 15,2 kg")
    inv = p.part("# 13) Vốn đầu tư", "# 14)")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    stated = inv.one("Tổng cộng")
    p.check(sum(items) == 450 and stated == 500 and off(stated, sum(items)) and close(stated / sum(items), 1.111, 0.01),
            "PLANTED investment total 500 != items 450 (+11,1 %)")
    p.check(300 + 200 == stated and sum(items[:4]) == 360 and items[1] == 130 * 1.2, "sources match the wrong total (tolerated)")
    p.has("Tổng vốn đầu tư 500 triệu đồng", "vốn tự có của hộ 300 triệu đồng", "vay Ngân hàng Chính sách xã hội 200 triệu đồng")
    avg = sum(prof) / 3
    p.check(close(avg, 330.5, 0.001) and round(500 / (avg + 36), 1) == 1.4, "stated 1,4 years on 500")
    p.check(close(450 / (avg + 36), 1.23, 0.01) and off(1.4, 450 / (avg + 36)), "tolerated: 1,2 years on the true 450")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|khám sức khỏe|tự công bố|công bố sản phẩm|vệ sinh|cam kết|"
            r"giấy chứng nhận cơ sở|kiến thức an toàn", "PLANTED no food-safety certificate, commitment or plan")
    p.has("TCCS 01:2026/BT", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng 2 ngăn",
          "Giấy chứng nhận đăng ký hộ kinh doanh số", "180 × 100 × 3 = 54.000 lít/năm", "25.000 đồng/chai",
          "150.000 đồng/can", "12.000 lít năm 2027, 24.000 lít năm 2028, 45.600 lít năm 2029",
          "khoảng 2.067 kg năm 2027, 4.400 kg năm 2028 và 8.300 kg năm 2029", "(59,5 + 264 + 668,1) : 3 ≈ 330,5",
          "500 : (330,5 + 36) ≈ 1,4 năm", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dc10() -> Plan:
    p = Plan("dc10_nhut_mit_thach_lac_co_so")
    st = p.part("Cân đối nhút (kg):", "Lịch muối và bán nhút")
    start, made, sold, end = st.row("Tồn đầu năm"), st.row("Nhút muối trong năm"), st.row("Nhút bán ra"), st.row("Tồn cuối năm")
    mix = p.part("Sản phẩm bán ra:", "# E –")
    h500, h1, buon, tot = mix.row("Hũ 500 g (hũ)"), mix.row("Hũ 1 kg (hũ)"), mix.row("Bán buôn (kg)"), mix.row("Tổng nhút")
    fin = p.part("## II. Doanh thu, chi phí", "Mít tính theo")
    rev, r1, r2, r3, cost = (fin.row("Doanh thu |"), fin.row("Hũ 500 g (35.000"), fin.row("Hũ 1 kg (60.000"),
                             fin.row("Bán buôn (40.000"), fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Mít non (6.000", "Muối (5%", "Ớt, tỏi, gừng", "Hũ, xô, nhãn", "Tiền công",
                                   "Khấu hao", "Bán hàng, vận chuyển", "Điện, nước, chi khác")]
    prof = fin.row("Lợi nhuận |")
    ch = p.part("Dự kiến tiêu thụ theo kênh", "Nhút mít đóng hũ")
    k1, k2, k3, kt = ch.row("Quán cơm, nhà hàng"), ch.row("Cửa hàng đặc sản"), ch.row("Bán trực tuyến"), ch.row("Cộng")
    for y in Y:  # 1.000 đồng; kg
        p.check(tot[y] == h500[y] * 0.5 + h1[y] + buon[y] == sold[y] and end[y] == start[y] + made[y] - sold[y]
                and (y == 0 or start[y] == end[y - 1]), f"stock carried {y}")
        p.check(made[y] <= 70 * 80 * 2 and made[y] / 0.6 <= 20000, f"70 jars × 80 kg × 2; 20 tấn of jackfruit {y}")
        p.check(k1[y] == buon[y] and k2[y] + k3[y] == h500[y] * 0.5 + h1[y] and kt[y] == k1[y] + k2[y] + k3[y] == sold[y],
                f"channels cover the sales {y}")
        p.check(close(r1[y], h500[y] * 35) and close(r2[y], h1[y] * 60) and close(r3[y], buon[y] * 40)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        mit = sold[y] / 0.6
        p.check(close(lines[0][y], mit * 6) and close(lines[1][y], mit * 0.05 * 4) and close(lines[2][y], sold[y] * 1)
                and close(lines[3][y], h500[y] * 3 + h1[y] * 4.5 + buon[y] * 0.5)
                and close(lines[4][y], 3 * 4000 * 12 + 2 * 5000 * 4) and close(lines[5][y], 80000 / 10)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 10000), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    hist = p.part("Kết quả ba năm gần đây", "Năm 2026 cơ sở muối")
    h = [hist.row(f"{2024 + i} |", 3) for i in range(3)]
    p.check(h[2][:2] == [8000, 7900] and h[2][0] <= 50 * 80 * 2 and close(sold[0] / h[2][1], 1.101, 0.01),
            "2026 in 50 jars; +10 % on 2026")
    src = p.part("Tổng nguồn khoảng 20 tấn", "Mít được hái")
    p.check(sum(src.row(x, 2)[1] for x in ("Vườn nhà", "Thôn Đông Lạc", "Thôn Tây Lạc", "Thôn Trung Lạc"))
            == src.row("Cộng", 2)[1] == 20 and src.row("Cộng", 2)[0] == 26, "20 tấn of jackfruit from 26 gardens")
    p.check(close(700 / 1000, 0.7) and close(600 / 700, 1 - 0.143, 0.01), "chain 1.000 → 700 → 600 kg, 0,6")
    cal = p.part("Lịch muối và bán nhút", "Sản phẩm bán ra:")
    per = [cal.row(f"{x} |", 2) for x in ("Quý I", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8–9", "Quý IV")]
    p.check([sum(m[i] for m in per) for i in range(2)] == cal.row("Cả năm", 2) == [made[0], sold[0]]
            and per[0][1] <= start[0], "calendar sums; Q1 from the 3.000 kg stock")
    p.check(50 + 20 + 10 + 20 + 50 == 150 and 50 + 20 + 10 == 80, "capital 150, fixed 80")
    avg = sum(prof) / 3
    p.check(close(avg, 170100, 0.0001) and close(150000 / (avg + 8000), 0.84, 0.01), "average, payback 0,8")
    p.check(p.count("Cơ sở nhút mít Hương Trà") == 2 and p.count("Cơ sở nhút mít Thạch Lạc") == 2
            and p.count("CƠ SỞ NHÚT MÍT THẠCH LẠC") == 1,
            "PLANTED another producer's name, twice")
    p.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|mã số doanh nghiệp|giấy chứng nhận|thành lập|giấy phép|công ty|"
            r"doanh nghiệp|tổ hợp tác|hợp tác xã", "PLANTED no business registration or plan to register")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|hợp quy|hợp chuẩn|phiếu kết quả|phân tích mẫu",
            "PLANTED no product standard, declaration or laboratory test")
    p.has("bản cam kết bảo đảm an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "hố lắng",
          "70 × 80 × 2 = 11.200 kg nhút/năm", "35.000 đồng/hũ", "60.000 đồng/hũ", "40.000 đồng/kg",
          "15.000 kg năm 2027, 16.500 kg năm 2028, 18.000 kg năm 2029", "(135.150 + 170.100 + 205.050) : 3 = 170.100",
          "150.000 : (170.100 + 8.000) ≈ 0,8 năm", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("dc11_mam_tom_xuan_hoi_so_sai")
    a.check(2000 * 80000 == 160e6, "2.000 kg × 80.000 = 160 triệu")
    a.has("khoảng 2.000 kg mắm tôm", "khoảng 80.000 đồng/kg", "khoảng 160 triệu đồng", "khoảng 50 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 300, f"no table, 150–300 words ({a.words()})")
    a.check(len(set(re.findall(r"\d[\d.,]* (?:kg|đồng|triệu)", a.body))) == 4, "four figures in all")
    a.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|"
            r"môi trường|nước thải|truy xuất|sổ ghi|chi phí|lợi nhuận|nguyên liệu|quy trình",
            "every gap is real (tolerated); no raw-material, process or financial section")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dc12_dua_cai_muoi_cam_quan_so_sai")
    b.check(3000 * 25000 == 75e6, "3 tấn × 25.000 = 75 triệu")
    b.has("khoảng 3 tấn dưa", "khoảng 25.000 đồng/kg", "khoảng 75 triệu đồng")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 300, f"no table, 150–300 words ({b.words()})")
    b.lacks(r"đăng ký|giấy phép|mã số thuế|giấy chứng nhận|an toàn|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận|triệu đồng để", "every gap is real (tolerated); no capital, cost or profit")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (dc01, dc02, dc03, dc04, dc05, dc06, dc07, dc08, dc09, dc10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
