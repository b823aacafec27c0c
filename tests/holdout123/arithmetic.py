"""The hundred-and-twenty-third holdout set's own arithmetic, recomputed by hand's rules.

    .venv/bin/python tests/holdout123/arithmetic.py

For every ready and revise plan: pieces x pack weight = kilograms, dry product x drying or
extraction ratio = fresh raw material against the stated supply (own area x yield plus
contracted households), need against equipment capacity x days, revenue = quantity x price per
product, each cost line = its stated norm (per kg, per pack, % of revenue, staff x wage x 12,
fixed assets / 10 years, loan balance x rate), cost lines = total, profit = revenue - cost, tax,
investment items = total = capital sources, average profit and payback as printed, growth under
20 % a year (except the planted plan). Table figures are read from the plan's source inside
their own section; figures in running text are looked up verbatim. Planted numeric defects are
asserted wrong by more than 5 % with the true value beside them, everything else right within 1 %.
Textual plants are asserted through the absence (or presence) of their words.
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


def calendar(p: Plan, start: str, end: str, totals: list[float], what: str = "calendar") -> None:
    """The monthly calendar (rows 'Tháng 1' … 'Tháng 12', then 'Cả năm') sums to the year's output per column."""
    c = p.part(start, end)
    n = len(totals)
    months = [c.row(f"Tháng {m} |", n) for m in range(1, 13)]
    year = c.row("Cả năm", n)
    for k in range(n):
        p.check(sum(m[k] for m in months) == year[k] == totals[k], f"{what} column {k + 1} sums to {totals[k]}")


def summed(p: Plan, start: str, end: str, labels: list[str], total: str | None, want: float, what: str,
           n: int = 1, k: int = -1, tn: int = 1, tk: int = -1) -> None:
    """A small table's items (number k of each row that has n numbers) sum to its total row (number tk
    of a row with tn numbers) and to the figure used elsewhere in the plan."""
    c = p.part(start, end)
    items = [c.row(x, n)[k] for x in labels]
    ok = close(sum(items), want)
    if total is not None:
        ok = ok and close(sum(items), c.row(total, tn)[tk])
    p.check(ok, f"{what}: {items} sum to {want}")


def households(p: Plan, start: str, end: str, n: int, sao: float | None, per_sao: float | None, kg: float) -> None:
    """A list of linked households: each row's output = its sào x the yield per sào; the rows sum to the 'Cộng' row
    and to the contracted supply stated in the text."""
    c = p.part(start, end)
    width = 1 if sao is None else 2
    rows = [c.row(f"{i} |", width) for i in range(1, n + 1)]
    tot = c.row("Cộng", width)
    if sao is not None:
        p.check(all(close(r[1], r[0] * per_sao) for r in rows), "household output = sào × yield")
        p.check(sum(r[0] for r in rows) == tot[0] == sao, f"households' sào sum to {sao}")
    p.check(close(sum(r[-1] for r in rows), tot[-1]) and close(tot[-1], kg), f"households' output sums to {kg}")
    p.check(len(c.part(start, end).rows) >= n + 2, "household table present")


def channels(p: Plan, start: str, end: str, outs: list[float], what: str = "channel table") -> None:
    """A channel-by-year table: its rows sum to the 'Tổng' row and to the year's output."""
    c = p.part(start, end)
    body = [r for r in c.rows[2:] if r[0] != "Tổng"]
    vals = [[plancheck.vn(x) for x in r[1:4]] for r in body]
    tot = c.row("Tổng |")
    for y in Y:
        p.check(close(sum(r[y] for r in vals), tot[y]) and close(tot[y], outs[y]), f"{what} {y}: sums to {outs[y]}")


def loan(p: Plan, start: str, end: str, bal: float, repay: float, rate: float, interest: list[float]) -> None:
    """The repayment table: balance falls by the repayment, interest = balance x rate = the financial table's line."""
    c = p.part(start, end)
    b = bal
    for y in Y:
        r = c.row(f"{2027 + y} |", 3)
        p.check(close(r[0], b) and close(r[1], min(b, repay)) and close(r[2], b * rate) and close(r[2], interest[y]),
                f"loan row {2027 + y}")
        b -= min(b, repay)


def depreciation(p: Plan, start: str, end: str, n: int, line: list[float]) -> None:
    """The depreciation table: each asset / 10 years; the assets sum to the total row and to the cost line."""
    c = p.part(start, end)
    rows = [c.row(f"{i} |", 3) for i in range(1, n + 1)]
    tot = c.row("Cộng tài sản cố định", 2)
    p.check(all(r[1] == 10 and close(r[2], r[0] / 10) for r in rows), "asset / 10 years")
    p.check(close(sum(r[0] for r in rows), tot[0]) and close(sum(r[2] for r in rows), tot[1])
            and all(close(tot[1], x) for x in line), f"depreciation sums to {line[0]}")


def balance(p: Plan, start: str, end: str, need: list[float], supply: float) -> None:
    """The raw-material balance repeats the production table's need and the stated supply."""
    c = p.part(start, end)
    for y in Y:
        r = c.row(f"{2027 + y} |", 2)
        p.check(close(r[0], need[y]) and close(r[1], supply), f"balance row {2027 + y}")


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")


def items_total(p: Plan, n: int, total: str = "Tổng cộng") -> tuple[float, float]:
    return sum(p.one(f"{i} |") for i in range(1, n + 1)), p.one(total)


def costs_ok(p: Plan, lines, want, cost, what="cost lines"):
    for y in Y:
        for k, (got, w) in enumerate(zip(lines, want)):
            p.check(close(got[y], w[y]), f"{what} {k + 1} year {y}: {got[y]} vs {w[y]}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")


def growth_ok(p: Plan, xs, what):
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < 1.2, f"{what} growth {y} under 20 %")


# --------------------------------------------------------------------------- ready plans

def dt01() -> Plan:
    p = Plan("dt01_tra_ca_gai_leo_thien_loc_htx")
    pr = p.part("# X. KẾ HOẠCH SẢN XUẤT", "# XI.")
    hop, tui, kg, fresh = pr.row("Trà túi lọc"), pr.row("Cà gai leo khô túi"), pr.row("Tổng khối lượng"), pr.row("Cà gai leo tươi")
    fin = p.part("# XII. HIỆU QUẢ", "Lợi nhuận sau thuế bình quân")
    rev, r1, r2, cost = fin.row("Doanh thu |"), fin.row("Trà túi lọc cà gai leo (60.000"), fin.row("Cà gai leo khô túi 500 g (120.000"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Cà gai leo tươi (8.000", "Hộp, túi lọc", "Điện sấy", "Tiền lương", "Khấu hao",
                                   "Lãi vay", "Chi phí bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng; kg
        p.check(close(kg[y], hop[y] * 0.05 + tui[y] * 0.5) and close(fresh[y], kg[y] * 4) and fresh[y] <= 6000 + 8000,
                f"kg, fresh 4:1 within 14 tấn {y}")
        p.check(fresh[y] <= 300 * 250 and hop[y] * 25 <= 30 * 60 * 8 * 250, f"dryer 75 tấn, packer 3,6 M bags {y}")
        p.check(close(r1[y], hop[y] * 0.06) and close(r2[y], tui[y] * 0.12) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]) and rev[y] < 3000,
                f"profit, 15 % tax {y}")
    costs_ok(p, lines, [[f * 0.008 for f in fresh], [h * 0.008 + t * 0.003 for h, t in zip(hop, tui)], [k * 0.004 for k in kg],
                        [8 * 5.5 * 12] * 3, [800 / 10] * 3, [b * 0.08 for b in (400, 300, 200)], [r * 0.05 for r in rev], [60] * 3], cost)
    growth_ok(p, rev, "revenue")
    growth_ok(p, hop, "boxes")
    p.check(close(17000 * 0.06 + 3000 * 0.12, 1380) and close(rev[0] / 1380, 1.13, 0.01), "2026 1.380, +13 %")
    inv = p.part("# XI. VỐN", "# XII.")
    s, t = items_total(inv, 5)
    p.check(s == t == 1000 == 600 + 400 and 200 + 250 + 350 == 800, "capital 1.000 = 600 + 400, fixed 800")
    avg = sum(post) / 3
    p.check(close(avg, 603.3, 0.001) and close(1000 / (avg + 80), 1.5, 0.03), "average 603,3, payback 1,5")
    p.check(close(post[0] / rev[0], 0.285, 0.01), "margin 28 %")
    p.check(8000 + 6000 + 6000 == hop[0] and tui[0] == 3000, "channels = 2027 output")
    p.has("1.000 : (603,3 + 80) ≈ 1,5 năm", "60.000 đồng/hộp", "120.000 đồng/túi 500 g", "0,6 ha", "0,8 ha (16 sào)",
          "khoảng 14 tấn tươi/năm", "Giấy chứng nhận đăng ký hợp tác xã", "11 thành viên chính thức",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/HTXTL", "tự công bố", "Cục Sở hữu trí tuệ",
          "mã lô", "đăng ký môi trường", "bể lắng")
    calendar(p, "Lịch sản xuất dự kiến năm 2027", "# XI.", [hop[0], tui[0]])
    summed(p, "| TT | Nguồn cung |", "# VIII.", ["1 |", "2 |"], "Cộng", 14000, "supply table")
    households(p, "Danh sách hộ liên kết", "| TT | Nguồn cung |", 15, 16, 500, 0.8 * 10000)
    summed(p, "# IX. TỔ CHỨC", "# X.", ["1 |", "2 |"], "Cộng lao động", 8, "staff table")
    channels(p, "Kế hoạch tiêu thụ trà túi lọc", "# VII.", hop)
    loan(p, "Kế hoạch trả nợ vay", "# XII.", 400, 100, 0.08, lines[5])
    depreciation(p, "Khấu hao tài sản cố định", "# XII.", 3, lines[4])
    balance(p, "Cân đối cà gai leo tươi", "# VIII.", fresh, 14000)
    ready_common(p)
    return p


def dt02() -> Plan:
    p = Plan("dt02_cao_xa_den_son_hong_cty")
    pr = p.part("# PHẦN X.", "# PHẦN XI.")
    hu, tui, cao, dc, dt, dry, fresh = (pr.row("Cao xạ đen hũ"), pr.row("Xạ đen khô túi"), pr.row("Cao thành phẩm"),
                                        pr.row("Xạ đen khô dùng nấu"), pr.row("Xạ đen khô đóng túi"), pr.row("Tổng xạ đen khô"),
                                        pr.row("Xạ đen tươi cần"))
    fin = p.part("# PHẦN XII.", "Lợi nhuận sau thuế bình quân")
    rev, r1, r2, cost = fin.row("Tổng doanh thu"), fin.row("Cao xạ đen (250.000"), fin.row("Xạ đen khô (90.000"), fin.row("Tổng chi phí")
    lines = [fin.row(x) for x in ("Xạ đen tươi (7.000", "Hũ, túi", "Điện, củi", "Tiền lương", "Khấu hao", "Lãi vay",
                                   "Chi phí bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # đồng; kg
        p.check(close(cao[y], hu[y] * 0.1) and close(dc[y], cao[y] * 10) and close(dt[y], tui[y] * 0.5)
                and close(dry[y], dc[y] + dt[y]) and close(fresh[y], dry[y] * 3.5) and fresh[y] <= 24000 + 16000,
                f"cao 10:1, fresh 3,5:1 within 40 tấn {y}")
        p.check(dc[y] <= 200 * 250, f"extractor 50 tấn khô {y}")
        p.check(close(r1[y], hu[y] * 250000) and close(r2[y], tui[y] * 90000) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]) and rev[y] < 3e9,
                f"profit, 15 % {y}")
    costs_ok(p, lines, [[f * 7000 for f in fresh], [h * 12000 + t * 4000 for h, t in zip(hu, tui)], [d * 20000 for d in dry],
                        [9 * 6.5e6 * 12] * 3, [1.2e9 / 10] * 3, [b * 0.08 for b in (600e6, 400e6, 200e6)],
                        [r * 0.06 for r in rev], [80e6] * 3], cost)
    growth_ok(p, rev, "revenue")
    p.check(close(5300 * 250000 + 3600 * 90000, 1.65e9, 0.01), "2026 ≈ 1,65 tỷ")
    p.check(close(fresh[2] / 40000, 0.88, 0.01), "88 % of supply")
    p.check(2000 + 2500 + 1500 == hu[0], "channels = 6.000 jars")
    inv = p.part("# PHẦN XI.", "# PHẦN XII.")
    s, t = items_total(inv, 6, "Cộng")
    p.check(s == t == 1.5e9 == 900e6 + 600e6 and 400e6 + 500e6 + 200e6 + 100e6 == 1.2e9, "capital 1,5 tỷ, fixed 1,2 tỷ")
    avg = sum(post) / 3
    p.check(close(avg, 461018750, 0.0001) and close(1.5e9 / (avg + 120e6), 2.6, 0.01), "average, payback 2,6")
    p.check(4 + 3 + 2 == 9 and 1 + 1 + 1 + 9 == 12, "staff 9 workers, 12 in all")
    p.has("≈ 2,6 năm", "250.000 đồng/hũ 100 g", "90.000 đồng/túi 500 g", "8 tấn/ha/năm", "Tổng nguồn cung 40 tấn tươi/năm",
          "Giấy chứng nhận đăng ký doanh nghiệp", "TCCS 02:2026/SH", "tự công bố", "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    calendar(p, "Kế hoạch nấu cao", "# PHẦN XI.", [hu[0], tui[0]])
    summed(p, "| Nguồn | Diện tích (ha)", "# PHẦN VIII.", ["Vườn xạ đen", "20 hộ"], "Tổng", 40, "supply table (tấn)")
    households(p, "Các hộ liên kết trồng xạ đen", "| Nguồn | Diện tích (ha)", 20, 40, 400, 16000)
    summed(p, "# PHẦN IX.", "# PHẦN X.", ["Tổ nấu cao", "Tổ sơ chế", "Tổ đóng gói"], "Cộng công nhân", 9, "staff table", 2, 0)
    channels(p, "Kế hoạch tiêu thụ cao xạ đen", "# PHẦN VII.", hu)
    loan(p, "Lịch trả nợ vay", "# PHẦN XII.", 600e6, 200e6, 0.08, lines[5])
    depreciation(p, "Bảng khấu hao", "# PHẦN XII.", 4, lines[4])
    balance(p, "Cân đối xạ đen tươi", "# PHẦN VIII.", fresh, 40000)
    ready_common(p)
    return p


def dt03() -> Plan:
    p = Plan("dt03_tinh_bot_nghe_huong_minh_tht")
    pr = p.part("# 10. Kế hoạch", "# 11.")
    hn, ts, kn, ks, fn, fs = (pr.row("Tinh bột nghệ hũ"), pr.row("Bột sắn dây túi"), pr.row("Tinh bột nghệ |"),
                              pr.row("Bột sắn dây |"), pr.row("Củ nghệ tươi"), pr.row("Củ sắn dây tươi"))
    fin = p.part("# 12. Hiệu quả", "Lợi nhuận bình quân")
    rev, r1, r2, cost, prof = (fin.row("Doanh thu |"), fin.row("Tinh bột nghệ (110.000"), fin.row("Bột sắn dây (75.000"),
                               fin.row("Chi phí |"), fin.row("Lợi nhuận |"))
    lines = [fin.row(x) for x in ("Củ nghệ tươi", "Củ sắn dây tươi", "Bao bì", "Điện, nước", "Tiền công", "Khấu hao",
                                   "Lãi vay", "Chi phí tiêu thụ", "Chi phí quản lý")]
    for y in Y:  # nghìn đồng; kg
        p.check(close(kn[y], hn[y] * 0.2) and close(ks[y], ts[y] * 0.5) and close(fn[y], kn[y] * 25) and close(fs[y], ks[y] * 8)
                and fn[y] <= 40000 and fs[y] <= 50000, f"kg, 25:1 and 8:1 within 40 / 50 tấn {y}")
        p.check((fn[y] + fs[y]) / 300 <= 300, f"grinder hours {y}")
        p.check(close(r1[y], hn[y] * 110) and close(r2[y], ts[y] * 75) and close(rev[y], r1[y] + r2[y])
                and close(prof[y], rev[y] - cost[y]), f"revenue, profit {y}")
    kg = [kn[y] + ks[y] for y in Y]
    costs_ok(p, lines, [[f * 5 for f in fn], [f * 4 for f in fs], [h * 6 + t * 3 for h, t in zip(hn, ts)], [k * 3 for k in kg],
                        [7 * 5000 * 12] * 3, [500000 / 10] * 3, [b * 0.07 for b in (200000, 150000, 100000)],
                        [r * 0.05 for r in rev], [30000] * 3], cost)
    growth_ok(p, rev, "revenue")
    p.check(close(4500 * 110 + 7200 * 75, 1035000) and close(rev[0] / 1035000, 1.11, 0.01), "2026 ≈ 1,03 tỷ, +11 %")
    p.check(3000 + 1500 + 3500 == ts[0] and 2000 + 1000 + 2000 == hn[0], "channels = 2027 output")
    p.check(close((fn[2] + fs[2]) / 300, 237, 0.01), "237 machine hours")
    inv = p.part("# 11. Vốn", "# 12.")
    s, t = items_total(inv, 6)
    p.check(s == t == 700000 == 500000 + 200000 and 120000 + 150000 + 180000 + 50000 == 500000, "capital 700 tr, fixed 500 tr")
    avg = sum(prof) / 3
    p.check(close(avg, 354490) and close(700000 / (avg + 50000), 1.7, 0.02), "average, payback 1,7")
    p.check(3 + 2 + 2 == 7, "7 workers by step")
    p.has("≈ 1,7 năm", "110.000 đồng/hũ 200 g", "75.000 đồng/túi 500 g", "20 sào", "40 sào", "khoảng 40 tấn/năm",
          "khoảng 50 tấn/năm", "1,15 tỷ đồng", "hợp đồng hợp tác", "Bản cam kết sản xuất thực phẩm an toàn",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố", "Cục Sở hữu trí tuệ", "mã lô", "bể lắng")
    calendar(p, "Lịch sản xuất theo mùa", "# 11.", [kn[0], ks[0]])
    summed(p, "| STT | Nguồn củ |", "# 8.", ["1 |", "2 |", "3 |"], "Tổng", 90, "supply table (tấn)")
    households(p, "Hộ liên kết trồng sắn dây", "| STT | Nguồn củ |", 12, 40, 1250, 50000)
    summed(p, "# 9. Tổ chức", "# 10.", ["1 |", "2 |", "3 |"], "Cộng", 7, "staff table", 2, 0)
    channels(p, "Kế hoạch tiêu thụ bột sắn dây", "# 7.", ts)
    loan(p, "Trả nợ vay Ngân hàng", "# 12.", 200000, 50000, 0.07, lines[6])
    depreciation(p, "Khấu hao máy móc", "# 12.", 4, lines[5])
    balance(p, "Cân đối củ sắn dây", "# 8.", fs, 50000)
    ready_common(p)
    return p


def dt04() -> Plan:
    p = Plan("dt04_tra_gung_sa_ngan_sau_cty")
    pr = p.part("# Chương 10.", "# Chương 11.")
    hop, lo, lit, gung, sa = (pr.row("Trà gừng sả hòa tan"), pr.row("Tinh dầu sả chanh lọ"), pr.row("Tinh dầu sả chanh |"),
                              pr.row("Gừng tươi"), pr.row("Sả tươi"))
    fin = p.part("# Chương 12.", "Doanh thu trên 3 tỷ")
    rev, r1, r2, cost = fin.row("Doanh thu |"), fin.row("Trà gừng sả (65.000"), fin.row("Tinh dầu sả chanh (120.000"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Gừng tươi (10.000", "Sả tươi (1.500", "Đường, phụ liệu", "Bao bì", "Điện, củi", "Tiền lương",
                                   "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng; kg, lít
        p.check(close(lit[y], lo[y] * 0.05) and close(gung[y], hop[y] * 0.5) and close(sa[y], hop[y] * 0.1 + lit[y] * 200)
                and gung[y] <= 30000 and sa[y] <= 200000, f"ginger 0,5, lemongrass 0,1 + 200 kg/l, within 30 / 200 tấn {y}")
        p.check(lit[y] * 200 <= 2 * 500 * 250 and hop[y] <= 200 * 8 * 250, f"stills 250 tấn, dryer 400.000 boxes {y}")
        p.check(close(r1[y], hop[y] * 0.065) and close(r2[y], lo[y] * 0.12) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]) and rev[y] > 3000,
                f"profit, 17 % above 3 tỷ {y}")
    costs_ok(p, lines, [[g * 0.01 for g in gung], [s * 0.0015 for s in sa], [h * 0.005 for h in hop],
                        [h * 0.009 + l * 0.008 for h, l in zip(hop, lo)], [h * 0.002 + x * 0.05 for h, x in zip(hop, lit)],
                        [14 * 7 * 12] * 3, [1800 / 10] * 3, [b * 0.08 for b in (1000, 700, 400)], [r * 0.06 for r in rev], [100] * 3], cost)
    growth_ok(p, rev, "revenue")
    h26 = 26500 * 0.065 + 9000 * 0.12
    p.check(close(h26, 2802.5) and close(rev[0] / h26, 1.124, 0.01) and close(hop[0] / 26500, 1.13, 0.01), "2026 ≈ 2,8 tỷ, +12 %")
    p.check(18000 + 8000 + 4000 == hop[0] and 5000 + 3000 + 2000 == lo[0], "channels = 2027 output")
    p.check(9 + 5 == 14, "14 workers by team")
    inv = p.part("# Chương 11.", "# Chương 12.")
    s, t = items_total(inv, 6)
    p.check(s == t == 2500 == 1500 + 1000 and 600 + 400 + 500 + 300 == 1800, "capital 2.500, fixed 1.800")
    avg = sum(post) / 3
    p.check(close(avg, 669.5, 0.001) and close(2500 / (avg + 180), 2.9, 0.02), "average 669,5, payback 2,9")
    p.has("(444,5 + 669,5 + 894,5) : 3 = 669,5", "≈ 2,9 năm", "65.000 đồng/hộp", "120.000 đồng/lọ", "3,15 tỷ đồng", "200 tấn",
          "Giấy chứng nhận đăng ký doanh nghiệp", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "phiếu công bố sản phẩm mỹ phẩm", "TCCS 01:2024/NS", "tự công bố",
          "Giấy chứng nhận đăng ký nhãn hiệu", "mã QR", "đăng ký môi trường")
    calendar(p, "Lịch sản xuất năm 2027", "# Chương 11.", [hop[0], lo[0]])
    summed(p, "# Chương 7.", "# Chương 8.", ["1 |", "2 |"], None, 120 + 80, "lemongrass 120 + 80 tấn")
    summed(p, "# Chương 7.", "# Chương 8.", ["3 |"], None, 30, "ginger 30 tấn")
    summed(p, "# Chương 9.", "# Chương 10.", ["1 |", "2 |"], "Cộng công nhân", 14, "staff table", 2, 0)
    channels(p, "Kế hoạch tiêu thụ trà gừng sả", "Kế hoạch tiêu thụ tinh dầu", hop)
    channels(p, "Kế hoạch tiêu thụ tinh dầu", "# Chương 7.", lo)
    loan(p, "Kế hoạch trả nợ vay", "# Chương 12.", 1000, 300, 0.08, lines[7])
    depreciation(p, "Khấu hao tài sản cố định", "# Chương 12.", 4, lines[6])
    balance(p, "Cân đối sả tươi", "# Chương 8.", sa, 200000)
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def dt05() -> Plan:
    p = Plan("dt05_dinh_lang_son_tay_hkd")
    pr = p.part("# 10. Kế hoạch", "# 11.")
    tui, hop, kr, kt, re_, la = (pr.row("Rễ đinh lăng khô túi"), pr.row("Trà túi lọc đinh lăng hộp"), pr.row("Rễ đinh lăng khô |"),
                                 pr.row("Trà đinh lăng"), pr.row("Rễ đinh lăng tươi"), pr.row("Lá đinh lăng tươi"))
    fin = p.part("# 12. Hiệu quả", "Lợi nhuận bình quân")
    rev, r1, r2, cost, prof = (fin.row("Doanh thu |"), fin.row("Rễ đinh lăng khô (200.000"), fin.row("Trà túi lọc đinh lăng (50.000"),
                               fin.row("Chi phí |"), fin.row("Lợi nhuận |"))
    lines = [fin.row(x) for x in ("Rễ tươi", "Lá tươi", "Bao bì", "Điện sấy", "Nhân công", "Khấu hao", "Lãi vay",
                                   "Chi phí tiêu thụ", "Chi phí khác", "Thuế GTGT")]
    supply = 1200 + 400
    for y in Y:  # triệu đồng; kg
        p.check(close(kr[y], tui[y] * 0.5) and close(kt[y], hop[y] * 0.06) and close(re_[y], kr[y] * 3) and close(la[y], kt[y] * 5)
                and la[y] <= 4000, f"kg, 3:1 root, 5:1 leaf within 4 tấn {y}")
        p.check(re_[y] + la[y] <= 100 * 200 and hop[y] * 30 <= 1500 * 8 * 250, f"dryer 20 tấn, packer {y}")
        p.check(close(r1[y], tui[y] * 0.2) and close(r2[y], hop[y] * 0.05) and close(rev[y], r1[y] + r2[y])
                and close(prof[y], rev[y] - cost[y]), f"revenue, profit {y}")
    kg = [kr[y] + kt[y] for y in Y]
    costs_ok(p, lines, [[x * 0.04 for x in re_], [x * 0.005 for x in la], [t * 0.01 + h * 0.006 for t, h in zip(tui, hop)],
                        [k * 0.01 for k in kg], [4 * 5 * 12] * 3, [250 / 10] * 3, [b * 0.07 for b in (150, 100, 50)],
                        [r * 0.05 for r in rev], [15] * 3, [r * 0.045 for r in rev]], cost)
    growth_ok(p, rev, "revenue")
    p.check(close(900 * 0.2 + 7000 * 0.05, 530), "2026 530 triệu")
    # PLANTED material-shortfall
    p.check(re_[0] <= supply, "2027 root within 1.600 kg")
    p.check(re_[1] > supply and off(re_[1], supply) and re_[2] > supply and off(re_[2], supply),
            f"PLANTED roots {re_[1]:.0f} / {re_[2]:.0f} kg needed against {supply} kg (+7,8 % / +21,9 %)")
    p.has("khoảng 1.200 kg rễ tươi", "khoảng 400 kg rễ tươi", "Tổng nguồn rễ tươi khoảng 1.600 kg/năm, đủ cho sản xuất của cả giai đoạn",
          "3 kg rễ tươi cho 1 kg rễ khô")
    # PLANTED capital-mismatch
    inv = p.part("# 11. Vốn", "# 12.")
    s, t = items_total(inv, 6)
    p.check(s == t == 400 and 60 + 90 + 40 + 60 == 250, "items = total 400, fixed 250")
    p.check(off(200 + 150, 400), "PLANTED sources 200 + 150 = 350 against 400 (-12,5 %)")
    p.has("Tổng vốn đầu tư 400 triệu đồng, trong đó vốn tự có của hộ 200 triệu đồng, vay Ngân hàng Chính sách xã hội 150 triệu đồng")
    p.check(p.count("vốn tự có") == 1, "no second statement of own capital")
    avg = sum(prof) / 3
    p.check(close(avg, 169.25, 0.001) and close(400 / (avg + 25), 2.1, 0.02), "average 169,25, payback 2,1 (follows the figures)")
    # PLANTED no-sales-channel
    market = p.body.split("# 6. Thị trường tiêu thụ", 1)[1].split("# 7.", 1)[0]
    p.check(not re.search(r"\d", market) and "rất rộng lớn" in market, "PLANTED market: no number, generic demand")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|thương lái|nhà phân phối|phân phối|nhà thuốc|"
            r"hợp đồng (bán|tiêu thụ|cung cấp)|facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|"
            r"hội chợ|xuất khẩu|điểm bán|chợ|đồng/túi|đồng/hộp|giá bán", "PLANTED no sales channel or price outside the revenue table")
    p.has("Giấy chứng nhận đăng ký hộ kinh doanh", "tự công bố", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "hố lắng")
    calendar(p, "Lịch sản xuất năm 2027", "# 11.", [tui[0], hop[0]])
    summed(p, "| TT | Nguồn rễ tươi |", "# 8.", ["1 |", "2 |"], "Tổng", supply, "root supply table")
    households(p, "Các hộ liên kết cung cấp", "| TT | Nguồn rễ tươi |", 10, None, None, 400)
    loan(p, "Kế hoạch trả nợ vay", "# 12.", 150, 50, 0.07, lines[6])
    depreciation(p, "Khấu hao tài sản cố định", "# 12.", 4, lines[5])
    balance(p, "Nhu cầu và nguồn rễ", "# 8.", re_, supply)
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dt06() -> Plan:
    p = Plan("dt06_ha_thu_o_huong_quang_htx")
    pr = p.part("# Phần 10 –", "# Phần 11 –")
    tui, hop, kg, fresh = pr.row("Hà thủ ô đỏ chế túi"), pr.row("Trà hà thủ ô túi lọc"), pr.row("Tổng thành phẩm"), pr.row("Củ hà thủ ô tươi")
    fin = p.part("# Phần 12 –", "Lợi nhuận bình quân")
    rev, r1, r2, cost, prof = (fin.row("Doanh thu |"), fin.row("Hà thủ ô đỏ chế (250.000"), fin.row("Trà hà thủ ô (70.000"),
                               fin.row("Chi phí |"), fin.row("Lợi nhuận |"))
    lines = [fin.row(x) for x in ("Củ tươi", "Đậu đen", "Bao bì", "Điện, củi", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Chi phí tiêu thụ", "Chi phí quản lý")]
    for y in Y:  # triệu đồng; kg
        p.check(close(kg[y], tui[y] * 0.5 + hop[y] * 0.075) and close(fresh[y], kg[y] * 3) and fresh[y] <= 4000 + 3000
                and kg[y] <= 3000, f"kg, 3:1 within 7 tấn, 3 tấn capacity {y}")
        p.check(close(r1[y], tui[y] * 0.25) and close(r2[y], hop[y] * 0.07) and close(rev[y], r1[y] + r2[y])
                and close(prof[y], rev[y] - cost[y]), f"revenue, profit {y}")
    costs_ok(p, lines, [[f * 0.02 for f in fresh], [k * 0.002 for k in kg], [t * 0.008 + h * 0.007 for t, h in zip(tui, hop)],
                        [k * 0.01 for k in kg], [6 * 5.5 * 12] * 3, [400 / 10] * 3, [b * 0.07 for b in (300, 200, 100)],
                        [r * 0.05 for r in rev], [20] * 3], cost)
    growth_ok(p, rev, "revenue")
    p.check(close(1800 * 0.25 + 5200 * 0.07, 814) and 1200 + 500 + 300 == tui[0] and 2000 + 2500 + 1500 == hop[0],
            "2026 814 triệu; channels = 2027 output")
    p.check(close(3000 / kg[2], 1.63, 0.01), "capacity 1,6 × 2029 need")
    inv = p.part("# Phần 11 –", "# Phần 12 –")
    s, t = items_total(inv, 6)
    p.check(s == t == 600 == 300 + 300 and 150 + 120 + 50 + 80 == 400, "capital 600 = 300 + 300, fixed 400")
    avg = sum(prof) / 3
    true = 600 / (avg + 40)
    p.check(close(avg, 332.11, 0.001) and close(true, 1.61, 0.01) and off(1.1, true) and off(1.1, 600 / avg),
            "PLANTED payback 1,1 years != 600 : 372,1 = 1,6 (1,8 without depreciation)")
    p.has("Thời gian hoàn vốn = 600 : (332,1 + 40) ≈ 1,1 năm", "Lợi nhuận bình quân 332,1 triệu đồng/năm")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng", "PLANTED no trademark or IP protection")
    p.lacks(r"an toàn|ATTP|đủ điều kiện|15/2018|khám sức khỏe|tự công bố|công bố|vệ sinh|cam kết|giấy chứng nhận cơ sở|"
            r"55/2010|thực phẩm", "PLANTED no food-safety certificate, commitment or plan")
    p.has("tiêu chuẩn cơ sở", "Nghị định 43/2017/NĐ-CP", "mã vạch", "mã lô", "Giấy chứng nhận đăng ký hợp tác xã", "bể lắng")
    calendar(p, "Lịch chế biến năm 2027", "# Phần 11 –", [tui[0], hop[0]])
    summed(p, "| TT | Nguồn củ |", "# Phần 8 –", ["1 |", "2 |"], "Tổng", 7000, "root supply table")
    households(p, "Các hộ liên kết bán củ", "| TT | Nguồn củ |", 15, None, None, 3000)
    summed(p, "# Phần 9 –", "# Phần 10 –", ["1 |", "2 |"], "Cộng", 6, "staff table")
    channels(p, "Kế hoạch tiêu thụ theo kênh", "# Phần 7 –", tui)
    loan(p, "Kế hoạch trả nợ vay", "# Phần 12 –", 300, 100, 0.07, lines[6])
    depreciation(p, "Khấu hao tài sản cố định", "# Phần 12 –", 4, lines[5])
    balance(p, "Cân đối củ hà thủ ô", "# Phần 8 –", fresh, 7000)
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dt07() -> Plan:
    p = Plan("dt07_cao_ca_gai_leo_tung_loc_cty")
    pr = p.part("# K. KẾ HOẠCH", "# L.")
    hu, tui, cao, dc, dt, fresh = (pr.row("Cao cà gai leo hũ"), pr.row("Cà gai leo khô túi"), pr.row("Cao thành phẩm"),
                                   pr.row("Dược liệu khô đưa vào"), pr.row("Dược liệu khô đóng túi"), pr.row("Cà gai leo tươi"))
    fin = p.part("# M. HIỆU QUẢ", "Lợi nhuận sau thuế bình quân")
    rev, r1, r2, cost = fin.row("Doanh thu |"), fin.row("Cao cà gai leo hũ 100 g (180.000"), fin.row("Cà gai leo khô túi 500 g (100.000"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Cà gai leo tươi (6.000", "Hũ, túi", "Điện, hơi", "Lương", "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    dry = [dc[y] + dt[y] for y in Y]
    cap = 50 * 1 * 240
    for y in Y:  # triệu đồng; kg
        p.check(close(cao[y], hu[y] * 0.1) and close(dc[y], cao[y] * 10) and close(dt[y], tui[y] * 0.5)
                and close(fresh[y], dry[y] * 4) and fresh[y] <= 36000 + 36000, f"cao 10:1, fresh 4:1 within 72 tấn {y}")
        p.check(close(r2[y], tui[y] * 0.1) and close(rev[y], r1[y] + r2[y]), f"revenue sums {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"profit, tax {y}")
    costs_ok(p, lines, [[f * 0.006 for f in fresh], [h * 0.01 + t * 0.004 for h, t in zip(hu, tui)], [d * 0.008 for d in dry],
                        [12 * 6.5 * 12] * 3, [1500 / 10] * 3, [b * 0.08 for b in (800, 600, 400)], [r * 0.06 for r in rev], [120] * 3], cost)
    # PLANTED revenue-mismatch
    p.check(close(r1[0], hu[0] * 0.18) and close(r1[2], hu[2] * 0.18), "2027 and 2029 jar revenue right")
    p.check(r1[1] == 2270 and close(hu[1] * 0.18, 2070) and off(r1[1], hu[1] * 0.18),
            "PLANTED 2028 jars 2.270 != 11.500 × 180.000 = 2.070 (+9,7 %)")
    p.check(rev[1] == 2600 and off(rev[1], 2400), "revenue total 2.600 follows the wrong row (true 2.400, +8,3 %)")
    # PLANTED capacity-exceeded
    p.check(dc[0] <= cap and dc[1] <= cap, "2027–2028 within the extractor")
    p.check(dc[2] > cap and off(dc[2], cap), f"PLANTED 2029 needs {dc[2]:.0f} kg dry in the extractor against 50 × 240 = {cap} (+12,5 %)")
    p.has("Nồi chiết xuất 50 kg dược liệu khô/mẻ, mỗi ngày 1 mẻ, làm việc 240 ngày/năm",
          "Công suất hiện có đủ đáp ứng kế hoạch sản xuất đến năm 2029, công ty không đầu tư thêm nồi chiết")
    p.check(p.count("50 kg/mẻ") == 2, "the only extractor is the 50 kg one (xưởng and investment)")
    # tolerated knock-ons
    g = [hu[1] / hu[0], hu[2] / hu[1]]
    p.check(g[0] < 1.2 and g[1] < 1.2 and rev[1] / rev[0] > 1.2 and close(2400 / 2100, 1.143, 0.01),
            "output grows 15 % / 17 %; stated revenue +23,8 % only through the wrong row (true +14,3 %)")
    avg = sum(post) / 3
    p.check(close(avg, 456.3, 0.001) and close(1800 / (avg + 150), 3.0, 0.02), "stated payback 3,0 follows the stated profit")
    tpre = 2400 - (cost[1] - 156 + 144)
    tavg = (post[0] + tpre * 0.85 + post[2]) / 3
    p.check(close(tavg, 403.1, 0.001) and close(1800 / (tavg + 150), 3.25, 0.01) and off(3.0, 1800 / (tavg + 150)),
            "tolerated: true payback 3,3 years")
    p.check(close(8800 * 0.18 + 2800 * 0.1, 1864) and close(rev[0] / 1864, 1.127, 0.01), "2026 1,86 tỷ, +12,7 %")
    p.check(5000 + 3000 + 2000 == hu[0] and 2000 + 1000 == tui[0] and 4 + 5 + 3 == 12, "channels; 12 workers")
    inv = p.part("# L. VỐN", "# M.")
    s, t = items_total(inv, 6, "Tổng |")
    p.check(s == t == 1800 == 1000 + 800 and 600 + 500 + 250 + 150 == 1500, "capital 1.800, fixed 1.500")
    p.has("≈ 3 năm")
    # PLANTED no-label-plan
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\bQR\b|tem |bao bì ghi|thông tin trên bao bì", "PLANTED no label, label content or decree")
    p.has("hũ thủy tinh 100 g", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/TL", "tự công bố",
          "Nhãn hiệu \"Thảo dược Tùng Lộc\"", "lưu mẫu", "đăng ký môi trường")
    calendar(p, "Lịch sản xuất năm 2027", "# L. VỐN", [hu[0], tui[0]])
    summed(p, "| STT | Nguồn cung |", "# H.", ["1 |", "2 |"], "Cộng", 72, "supply table (tấn)")
    households(p, "Danh sách hộ liên kết", "| STT | Nguồn cung |", 25, 60, 600, 36000)
    summed(p, "# I. TỔ CHỨC", "# K.", ["1 |", "2 |", "3 |"], "Cộng công nhân", 12, "staff table")
    channels(p, "Kế hoạch tiêu thụ cao cà gai leo", "# G.", hu)
    loan(p, "Kế hoạch trả nợ vay", "# M.", 800, 200, 0.08, lines[5])
    depreciation(p, "Khấu hao (triệu đồng)", "# M.", 4, lines[4])
    balance(p, "Cân đối cà gai leo tươi", "# H.", fresh, 72000)
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dt08() -> Plan:
    p = Plan("dt08_bot_san_day_phuc_dong_ho")
    pr = p.part("# X. KẾ HOẠCH", "# XI.")
    tui, hu, kg, fresh = pr.row("Bột sắn dây túi"), pr.row("Bột sắn dây hũ"), pr.row("Tổng bột"), pr.row("Củ sắn dây tươi")
    fin = p.part("# XII. HIỆU QUẢ", "Lợi nhuận bình quân")
    rev, r1, r2, cost, prof = (fin.row("Doanh thu |"), fin.row("Túi 500 g (80.000"), fin.row("Hũ 1 kg (150.000"),
                               fin.row("Chi phí |"), fin.row("Lợi nhuận |"))
    lines = [fin.row(x) for x in ("Củ sắn dây tươi", "Túi, hũ", "Điện, nước", "Công lao động gia đình", "Công thời vụ",
                                   "Khấu hao", "Lãi vay", "Chi phí tiêu thụ", "Chi phí khác")]
    for y in Y:  # đồng; kg
        p.check(close(kg[y], tui[y] * 0.5 + hu[y]) and close(fresh[y], kg[y] * 8) and fresh[y] <= 50000
                and fresh[y] <= 250 * 4 * 100, f"kg, 8:1 within 50 tấn and the 100-tấn grinder {y}")
        p.check(close(r1[y], tui[y] * 80000) and close(r2[y], hu[y] * 150000) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
    costs_ok(p, lines[:6] + lines[7:], [[f * 4000 for f in fresh], [t * 3000 + h * 8000 for t, h in zip(tui, hu)], [k * 5000 for k in kg],
                                        [3 * 4.5e6 * 12] * 3, [6 * 250000 * 60] * 3, [200e6 / 10] * 3,
                                        [r * 0.04 for r in rev], [10e6] * 3], [cost[y] - lines[6][y] for y in Y])
    growth_ok(p, rev, "revenue")
    p.check(close(rev[0] / 560e6, 1.125) and 3000 + 2000 + 1000 == tui[0] and 600 + 400 == hu[0], "+12,5 % on 2026; channels")
    # PLANTED profit-mismatch
    true = [rev[y] - cost[y] for y in Y]
    p.check(close(prof[0], true[0]) and close(prof[2], true[2]), "2027 and 2029 profit right")
    p.check(prof[1] == 249440000 and close(true[1], 199440000) and off(prof[1], true[1]),
            "PLANTED 2028 profit 249.440.000 != 709.000.000 − 509.560.000 = 199.440.000 (+25,1 %)")
    avg = sum(prof) / 3
    p.check(close(avg, 216106667, 0.0001) and close(300e6 / (avg + 20e6), 1.3, 0.03), "stated payback 1,3 follows the wrong profit")
    tavg = sum(true) / 3
    p.check(close(300e6 / (tavg + 20e6), 1.37, 0.01) and off(1.3, 300e6 / tavg), "tolerated: true 1,4 years (1,5 without depreciation)")
    inv = p.part("# XI. VỐN", "# XII.")
    s, t = items_total(inv, 4, "Cộng")
    p.check(s == t == 300e6 == 200e6 + 100e6 and 60e6 + 80e6 + 60e6 == 200e6, "capital 300 tr, machines 200 tr")
    # the interest line: 100 tr × 7 %, 50 tr × 7 %, nothing in 2029
    p.check(lines[6] == [7e6, 3.5e6, 0.0], "interest 7 / 3,5 / 0 triệu")
    # PLANTED no-environment-measures
    p.lacks(r"môi trường|nước thải|\bbã\b|xử lý|\brác\b|ô nhiễm|thu gom|khói|mùi hôi|bể lắng|hố lắng|biogas|phân bón|"
            r"chất thải|ủ phân|tưới", "PLANTED no environmental measure")
    p.has("thay nước 6–7 lần", "lắng trong thùng inox")
    # PLANTED no-business-registration
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|đăng ký hộ|công ty|doanh nghiệp|hợp tác xã|"
            r"tổ hợp tác|thành lập|giấy phép|thuế|đăng ký thành|đăng ký tại", "PLANTED no business registration, tax code or plan")
    p.has("Bản cam kết sản xuất thực phẩm an toàn", "tự công bố", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô")
    calendar(p, "Lịch làm bột năm 2027", "# XI. VỐN", [tui[0] * 0.5, hu[0]])
    summed(p, "| TT | Nguồn củ |", "# VIII.", ["1 |", "2 |"], "Tổng", 50000, "root supply table")
    households(p, "Các hộ trồng sắn dây", "| TT | Nguồn củ |", 8, 20, 1250, 25000)
    channels(p, "Kế hoạch tiêu thụ bột túi", "# VII.", tui)
    loan(p, "Kế hoạch trả nợ vay", "# XII.", 100e6, 50e6, 0.07, lines[6])
    depreciation(p, "Khấu hao máy móc", "# XII.", 3, lines[5])
    balance(p, "Cân đối củ sắn dây", "# VIII.", fresh, 50000)
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dt09() -> Plan:
    p = Plan("dt09_gung_say_son_giang_tht")
    pr = p.part("# 10. Kế hoạch", "# 11.")
    tui, hu, kl, kb, kg, fresh = (pr.row("Gừng lát sấy túi"), pr.row("Bột gừng hũ"), pr.row("Gừng lát sấy |"), pr.row("Bột gừng |"),
                                  pr.row("Tổng thành phẩm"), pr.row("Gừng tươi"))
    fin = p.part("# 12. Hiệu quả", "Lợi nhuận bình quân")
    rev, r1, r2, cost, prof = (fin.row("Doanh thu |"), fin.row("Gừng lát sấy (45.000"), fin.row("Bột gừng (35.000"),
                               fin.row("Chi phí |"), fin.row("Lợi nhuận |"))
    lines = [fin.row(x) for x in ("Gừng tươi", "Bao bì", "Điện sấy", "Tiền công", "Khấu hao", "Lãi vay", "Chi phí tiêu thụ", "Quản lý")]
    for y in Y:  # nghìn đồng; kg
        p.check(close(kl[y], tui[y] * 0.2) and close(kb[y], hu[y] * 0.1) and close(kg[y], kl[y] + kb[y]) and close(fresh[y], kg[y] * 8)
                and fresh[y] <= 2 * 15000 and fresh[y] <= 300 * 200, f"kg, 8:1 within 2 ha or 3 ha and the 60-tấn dryer {y}")
        p.check(close(r1[y], tui[y] * 45) and close(r2[y], hu[y] * 35) and close(rev[y], r1[y] + r2[y])
                and close(prof[y], rev[y] - cost[y]), f"revenue, profit {y}")
    costs_ok(p, lines, [[f * 8 for f in fresh], [t * 2 + h * 4 for t, h in zip(tui, hu)], [k * 6 for k in kg], [5 * 4500 * 12] * 3,
                        [400000 / 10] * 3, [b * 0.07 for b in (200000, 150000, 100000)], [r * 0.05 for r in rev], [20000] * 3], cost)
    growth_ok(p, rev, "revenue")
    p.check(close(rev[0] / kg[0] * 2500, 651786, 0.001) and 5000 + 3000 + 2000 == tui[0] and 4000 + 2500 + 1500 == hu[0]
            and 2 + 1 + 2 == 5, "2026 ≈ 650 triệu; channels; 5 workers")
    # PLANTED table-total-mismatch
    inv = p.part("# 11. Vốn", "# 12.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    tot = inv.one("Tổng cộng")
    p.check(sum(items) == 520000 and tot == 580000 and off(tot, sum(items)),
            "PLANTED investment table: items sum to 520.000, 'Tổng cộng' 580.000 (+11,5 %)")
    p.check(sum(items[:4]) == 400000, "fixed assets 400.000")
    p.has("Tổng vốn đầu tư 580 triệu đồng, gồm vốn góp của tổ viên 380 triệu đồng và vay Ngân hàng Chính sách xã hội 200 triệu đồng")
    p.check(380 + 200 == 580 and off(580, 520), "tolerated: sources match only the wrong total")
    avg = sum(prof) / 3
    p.check(close(avg, 159350) and close(580000 / (avg + 40000), 2.9, 0.01), "stated payback 2,9 uses 580")
    p.check(close(520000 / (avg + 40000), 2.61, 0.01) and off(2.9, 2.61), "tolerated: 520 gives 2,6 years")
    # PLANTED figure-inconsistent
    p.has("các tổ viên trồng tổng cộng 2 ha gừng sẻ", "diện tích gừng của các tổ viên là 3 ha (60 sào)")
    p.check(off(3, 2) and fresh[2] <= 2 * 15000, "PLANTED 2 ha vs 3 ha, either covers 27,8 tấn")
    # PLANTED outdated-policy
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện Hương Sơn",
          "UBND huyện Hương Sơn")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|Luật Hợp tác xã", "PLANTED the current decisions are not cited")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "mã lô", "hố lắng", "mã số thuế 3002427719")
    calendar(p, "Lịch sản xuất năm 2027", "# 11. Vốn", [tui[0], hu[0]])
    summed(p, "# 7. Vùng", "# 8.", ["1 |", "2 |", "3 |"], "Cộng", 45, "members' ginger (tấn), i.e. 60 sào = 3 ha")
    summed(p, "# 7. Vùng", "# 8.", ["1 |", "2 |", "3 |"], "Cộng", 60, "sào", 3, 1, 3, 1)
    channels(p, "Kế hoạch tiêu thụ gừng lát", "# 7.", tui)
    loan(p, "Kế hoạch trả nợ vay", "# 12.", 200000, 50000, 0.07, lines[5])
    depreciation(p, "Khấu hao (nghìn đồng)", "# 12.", 4, lines[4])
    balance(p, "Cân đối gừng tươi", "# 8.", fresh, 45000)
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dt10() -> Plan:
    p = Plan("dt10_tra_xa_den_ha_linh_hkd")
    pr = p.part("# PHẦN THỨ MƯỜI: KẾ HOẠCH", "# PHẦN THỨ MƯỜI MỘT")
    hop, kg, fresh, staff, rv = (pr.row("Trà túi lọc xạ đen hộp", 4), pr.row("Trà khô thành phẩm", 4), pr.row("Xạ đen tươi", 4),
                                 pr.row("Lao động", 4), pr.row("Doanh thu", 4))
    fin = p.part("# PHẦN THỨ MƯỜI HAI", "Lợi nhuận bình quân")
    rev, cost, prof = fin.row("Doanh thu (65.000"), fin.row("Tổng chi phí"), fin.row("Lợi nhuận |")
    lines = [fin.row(x) for x in ("Xạ đen tươi (8.000", "Hộp, túi lọc", "Điện (1.000", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Quảng bá", "Thuế GTGT", "Chi khác")]
    for i in range(4):
        p.check(close(kg[i], hop[i] * 0.05) and close(fresh[i], kg[i] * 3.5) and close(rv[i], hop[i] * 0.065), f"production row {i}")
        p.check(fresh[i] <= 8000 and fresh[i] <= 50 * 250 and hop[i] * 20 <= 20 * 60 * 8 * 250, f"garden 8 tấn, dryer, packer {i}")
    for y in Y:
        p.check(close(rev[y], rv[y + 1]) and close(prof[y], rev[y] - cost[y]), f"revenue, profit {y}")
    costs_ok(p, lines, [[f * 0.008 for f in fresh[1:]], [h * 0.007 for h in hop[1:]], [h * 0.001 for h in hop[1:]],
                        [s * 5 * 12 for s in staff[1:]], [15] * 3, [7] * 3, [15] * 3, [r * 0.045 for r in rev], [10] * 3], cost)
    # PLANTED unrealistic-growth
    g = [hop[i + 1] / hop[i] for i in range(3)]
    p.check(close(g[0], 1.16) and g[1] > 2 and g[2] > 2 and off(g[1], 1.2) and off(g[2], 1.2)
            and rev[1] / rev[0] > 2 and rev[2] / rev[1] > 2, "PLANTED ×2,07 and ×2,08 after +16 %")
    p.check(lines[6] == [15, 15, 15] and close(lines[0][2] + lines[1][2], 210) and 210 > 50,
            "flat 15 triệu promotion; 210 triệu of leaf and boxes in 2029 against 50 triệu working capital")
    market = p.body.split("# PHẦN THỨ SÁU: THỊ TRƯỜNG", 1)[1].split("# PHẦN THỨ BẢY", 1)[0]
    p.check("2 cửa hàng" in market and "hợp đồng" not in market and "tăng gấp đôi mỗi năm" in market, "market: two shops, no contract")
    avg = sum(prof) / 3
    p.check(close(avg, 464.5, 0.001) and close(250 / (avg + 15), 0.5, 0.05), "payback 0,5 follows the figures")
    p.check(close(prof[2] / rev[2], 0.597, 0.01), "2029 margin 60 % (a knock-on of the growth, inside the planted defect)")
    inv = p.part("# PHẦN THỨ MƯỜI MỘT", "# PHẦN THỨ MƯỜI HAI")
    s, t = items_total(inv, 5)
    p.check(s == t == 250 == 150 + 100 and 80 + 40 + 30 == 150, "capital 250, fixed 150")
    # PLANTED name-inconsistent
    p.check(p.count("Hộ kinh doanh Trà thảo dược Sơn Kim") == 2 and p.count("Hộ kinh doanh Thảo mộc Hà Linh") == 1
            and p.count("HỘ KINH DOANH THẢO MỘC HÀ LINH") == 1, "PLANTED another producer's name twice")
    # PLANTED no-quality-control
    p.lacks(r"kiểm soát|truy xuất|\bsổ\b|mã lô|\blô\b|\bQR\b|lưu mẫu|nhật ký|HACCP|ISO|mã vạch|định kỳ|kiểm tra chất lượng|ghi chép",
            "PLANTED no internal quality control or traceability")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "Giấy chứng nhận đăng ký hộ kinh doanh", "148/QĐ-TTg", "1489/QĐ-TTg")
    calendar(p, "Lịch sản xuất năm 2027", "# PHẦN THỨ MƯỜI MỘT", [hop[1]])
    lab = p.part("# PHẦN THỨ CHÍN", "# PHẦN THỨ MƯỜI:")
    p.check([lab.row(f"{y} |", 4) for y in (2027, 2028, 2029)] == [[1, 1, 1, 3], [1, 1, 2, 4], [1, 1, 3, 5]]
            and [3, 4, 5] == staff[1:], "staff by year = production table")
    channels(p, "Dự kiến tiêu thụ theo kênh", "# PHẦN THỨ BẢY", hop[1:])
    loan(p, "Vay Ngân hàng Chính sách", "# PHẦN THỨ MƯỜI HAI", 100, 0, 0.07, lines[5])
    depreciation(p, "Khấu hao tài sản cố định", "# PHẦN THỨ MƯỜI HAI", 3, lines[4])
    balance(p, "Cân đối xạ đen tươi", "# PHẦN THỨ TÁM", fresh[1:], 8000)
    unit = p.part("Chi phí trực tiếp cho một hộp", "Kế hoạch quảng bá")
    p.check(unit.one("Xạ đen tươi |") == 1400 == 0.175 * 8000 and unit.one("Hộp, túi lọc") == 7000
            and unit.one("Điện sấy") == 1000 and unit.one("Cộng chi phí") == 9400, "unit cost 9.400 đ = the cost norms")
    summed(p, "Kế hoạch quảng bá", "# PHẦN THỨ MƯỜI BA", ["1 |", "2 |", "3 |"], "Cộng", 15, "promotion = the flat 15 triệu line")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("dt11_bot_nghe_den_duc_linh_so_sai")
    a.check(200 * 300000 == 60e6, "200 kg × 300.000 = 60 triệu")
    a.has("khoảng 200 kg bột nghệ đen", "300.000 đồng/kg", "khoảng 60 triệu đồng", "2 quầy tạp hóa")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|"
            r"môi trường|nước thải|truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận|\bha\b|sào", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dt12_cao_che_vang_kim_hoa_so_sai")
    b.check(600 / 400 == 1.5, "400 → 600 hộp")
    b.has("250.000 đồng/hộp 500 g", "khoảng 400 hộp", "khoảng 600 hộp", "Phố Châu", "Facebook")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|giấy phép|mã số thuế|giấy chứng nhận|an toàn|tiêu chuẩn|công bố|nhãn|môi trường|bã|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận|doanh thu", "every tolerated gap is real; no capital, cost or profit")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (dt01, dt02, dt03, dt04, dt05, dt06, dt07, dt08, dt09, dt10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
