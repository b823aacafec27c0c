"""The hundred-and-twentieth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout120/arithmetic.py

For every plan: pieces = the product rows, raw material = pieces × norm against the stated supply,
output against the artisans' or the equipment's capacity (workers × pieces a day × days, kiln
loads, curing racks, stills), channel tables summing to the year's output, revenue = quantity ×
price, each cost line = its stated norm (per piece, per kg, % of revenue, wages, depreciation,
interest), costs summing to the total, profit = revenue − cost, CIT or the household's 4,5 %,
investment items = total = sources, appendices (cost norms per piece, fixed assets, staff,
monthly and quarterly calendars, cash flow) agreeing with the body, payback, growth. Planted
numeric defects are asserted wrong by more than 5 % (with the true value computed) and every
other number right within 1 %. Textual plants are asserted through the absence or presence of
their words; ready plans cite QĐ 148 and 1489 and no replaced instrument; no plan keeps a
template placeholder.
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
from tests.holdout.plancheck import PLACEHOLDER, Y, close, off  # noqa: E402

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|cấp huyện|huyện Can Lộc|UBND huyện")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def part(self, start: str, end: str | None = None) -> "Plan":
        i = self.body.find(start)
        if i < 0:
            self.failures.append(f"marker not found: {start!r}")
            return self
        j = self.body.find(end, i + len(start)) if end else -1
        q = copy.copy(self)
        q.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                  for line in self.body[i: j if j >= 0 else len(self.body)].splitlines() if line.strip().startswith("|")]
        return q

    def words(self) -> int:
        return len(self.body.split())


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def finance(p: Plan, start: str, end: str, revs, costs, rates=None, bad=()):
    """revs: [(label, qty×3, price in the table's unit)]; costs: [(label, value×3 in the table's unit)].
    Each row checked (a label in `bad` is asserted off by > 5 %); totals, profit, tax recomputed from the
    stated rows. Returns the stated rows."""
    f = p.part(start, end)
    got = {}
    for lab, q, pr in revs:
        got[lab] = f.row(lab)
        for y in Y:
            want = q[y] * pr
            if (lab, y) in bad:
                p.check(off(got[lab][y], want), f"PLANTED {lab} {y}: {got[lab][y]} vs true {want}")
            else:
                p.check(close(got[lab][y], want), f"{lab} {y}: {got[lab][y]} vs {want}")
    for lab, v in costs:
        got[lab] = f.row(lab)
        p.check(all(close(got[lab][y], v[y]) for y in Y), f"cost line {lab}: {got[lab]} vs {v}")
    rev = _first(f, ("**Doanh thu**", "**Tổng doanh thu**"))
    cost = _first(f, ("**Chi phí**", "**Tổng chi phí**"))
    p.check(all(close(rev[y], sum(got[l][y] for l, _, _ in revs)) for y in Y), "revenue = its rows")
    p.check(all(close(cost[y], sum(got[l][y] for l, _ in costs)) for y in Y), "cost = its lines")
    out = {"rev": rev, "cost": cost}
    if rates:
        pre, tax, post = f.row("**Lợi nhuận trước thuế**"), f.row("Thuế"), f.row("**Lợi nhuận sau thuế**")
        for y in Y:
            if ("PRE", y) in bad:
                p.check(off(pre[y], rev[y] - cost[y]), f"PLANTED profit {y}: {pre[y]} vs true {rev[y] - cost[y]}")
            else:
                p.check(close(pre[y], rev[y] - cost[y]), f"profit {y}")
            p.check(close(tax[y], pre[y] * rates[y]) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        out.update(pre=pre, tax=tax, post=post)
    else:
        pre = f.row("**Lợi nhuận**")
        p.check(all(close(pre[y], rev[y] - cost[y]) for y in Y), "profit = revenue - cost")
        out.update(pre=pre, post=pre)
    return out


def _first(f: Plan, labels):
    for lab in labels:
        before = len(f.failures)
        v = f.row(lab)
        if len(f.failures) == before:
            return v
        del f.failures[before:]
    f.failures.append(f"row not found: {labels}")
    return [0.0] * 3


def growth(p: Plan, xs, what):
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < 1.2, f"{what} growth {y}: {xs[y] / xs[y - 1]:.3f}")


def months(p: Plan, start: str, end: str | None, ncol: int):
    """The 12 month rows and the year row of a calendar table."""
    c = p.part(start, end)
    ms = [c.row(f"Tháng {m}|", ncol) for m in range(1, 13)]
    tot = c.row("Cả năm", ncol)
    p.check(all(close(sum(m[i] for m in ms), tot[i]) for i in range(ncol)), f"calendar {start[:30]} sums")
    return ms, tot


def norms(p: Plan, start: str, end: str | None, ncol: int, want: list[list[float]]):
    t = p.part(start, end)
    rows = [t.row(f"{i + 1} |", ncol) for i in range(len(want))]
    p.check(all(close(rows[i][j], want[i][j]) if want[i][j] else True for i in range(len(want)) for j in range(ncol)),
            f"norms {start[:30]}")
    tot = t.row("**Cộng**", ncol)
    p.check(all(close(tot[j], sum(w[j] for w in want)) for j in range(ncol)), "norm sum")
    return tot


def assets(p: Plan, start: str, end: str | None, total: float):
    t = p.part(start, end)
    items = [r for r in t.rows if r and r[0].isdigit()]
    s = sum(plancheck.vn(r[2]) * plancheck.vn(r[3]) for r in items)
    p.check(close(s, total) and all(close(plancheck.vn(r[2]) * plancheck.vn(r[3]), plancheck.vn(r[4])) for r in items)
            and close(t.one("**Cộng tài sản cố định**"), total), f"fixed assets {s} = {total}")


def cashflow(p: Plan, post, dep, prin, inv):
    t = p.part("PHỤ LỤC. DÒNG TIỀN", None)
    cum = -inv
    for y in Y:
        raw = next((x for x in t.rows if x[0] == str(2027 + y)), None)
        if raw is None:
            p.failures.append(f"cash row {2027 + y}")
            continue
        r = [float(c.replace("-", "")) if False else (-1 if c.startswith("-") else 1) * plancheck.vn(c.lstrip("-")) for c in raw[1:6]]
        cum += post[y] + dep
        p.check(close(r[0], post[y]) and close(r[1], dep) and close(r[2], prin) and close(r[3], post[y] + dep - prin)
                and close(r[4], cum, 0.01), f"cash flow {y}")


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "Nghị định số 43/2017/NĐ-CP", "Nghị định số 111/2021/NĐ-CP", "Cục Sở hữu trí tuệ")


# --------------------------------------------------------------------------- ready plans

def dq01() -> Plan:
    p = Plan("dq01_non_la_trung_le_htx")
    pr = p.part("# XI. KẾ HOẠCH", "# XII.")
    w, b, t, bo = pr.row("Nón lá trắng"), pr.row("Nón bài thơ"), pr.row("Tổng số nón"), pr.row("Lá nón cần dùng")
    for y in Y:
        p.check(t[y] == w[y] + b[y] and close(bo[y], t[y] * 0.25) and bo[y] <= 4000 and t[y] <= 30 * 2 * 250, f"output, leaves, capacity {y}")
    rev = [w[y] * 0.06 + b[y] * 0.15 for y in Y]
    F = finance(p, "# XIII. HIỆU QUẢ", "Lợi nhuận sau thuế bình quân",
                [("Nón lá trắng (60.000", w, 0.06), ("Nón bài thơ hộp quà (150.000", b, 0.15)],
                [("Lá nón (40.000", [x * 0.04 for x in bo]), ("Vành tre", [x * 0.01 for x in t]),
                 ("Tiền công khoán", [w[y] * 0.025 + b[y] * 0.045 for y in Y]),
                 ("Tranh in, hộp quà", [w[y] * 0.002 + b[y] * 0.02 for y in Y]), ("Điện, sấy", [24] * 3),
                 ("Khấu hao", [300 / 10] * 3), ("Lãi vay", [x * 0.07 for x in (200, 150, 100)]),
                 ("Bán hàng, hội chợ (5 %", [r * 0.05 for r in rev]), ("Quản lý, văn phòng", [36] * 3)], rates=(.15,) * 3)
    growth(p, F["rev"], "revenue"); growth(p, t, "output")
    p.check(close(t[0] / 11000, 1.09, 0.01) and close(F["rev"][0] / 795, 1.13, 0.01), "2027 on 2026 (+9 % pieces, +13 % money)")
    p.check(9500 * 60000 + 1500 * 150000 == 795e6, "2026: 9.500 white + 1.500 poem hats = 795 triệu")
    ch = p.part("# VII. THỊ TRƯỜNG", "# VIII.")
    p.check(sum(ch.row(f"{i} |", 2)[0] for i in range(1, 5)) == w[0] == ch.row("Cộng", 2)[0]
            and sum(ch.row(f"{i} |", 2)[1] for i in range(1, 5)) == b[0] == ch.row("Cộng", 2)[1], "channels = 2027 output")
    inv = p.part("# XII. VỐN", "Tài sản cố định 300")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("**Tổng vốn") == inv.one("**Cộng nguồn") == 500 == inv.one("Vốn góp") + inv.one("Vay Ngân hàng")
            and sum(items[:3]) == 300, "capital 500, fixed 300")
    avg = r1(sum(F["post"]) / 3)
    p.has(f"≈ {plancheck_fmt(avg)} triệu đồng/năm", f"500 : ({plancheck_fmt(avg)} + 30) ≈ {plancheck_fmt(r1(500 / (avg + 30)))} năm")
    ms, tot = months(p, "PHỤ LỤC 1.", "Người lập", 3)
    p.check(tot == [w[0], b[0], t[0]] and all(m[0] + m[1] == m[2] and m[2] <= 1260 for m in ms), "calendar 12.000 within 1.260 a month")
    norms(p, "PHỤ LỤC 2.", "PHỤ LỤC 3.", 2, [[10000, 10000], [10000, 10000], [25000, 45000], [2000, 20000]])
    assets(p, "PHỤ LỤC 3.", "PHỤ LỤC 4.", 300)
    st = p.part("PHỤ LỤC 4.", None)
    p.check(st.one("**Cộng**") == 33 == 3 + 30, "33 workers")
    p.has("60.000 đồng/chiếc", "150.000 đồng/chiếc", "4.000 bó/năm", "15.000 chiếc/năm", "TCCS 01:2026/NLTL", "miễn đăng ký môi trường")
    ready_common(p)
    return p


def plancheck_fmt(x: float) -> str:
    x = round(x, 1)
    i = int(abs(x)); d = round(abs(x) - i, 1)
    s = f"{i:,}".replace(",", ".")
    return s + ("," + str(int(round(d * 10))) if d else "")


def dq02() -> Plan:
    p = Plan("dq02_xa_phong_thao_duoc_son_ha_cty")
    pr = p.part("# Phần 11", "# Phần 12")
    a, h, b, oil, herb = (pr.row("Xà phòng bánh lẻ"), pr.row("Hộp quà 3 bánh"), pr.row("Tổng số bánh"),
                          pr.row("Dầu dừa, dầu cọ cần"), pr.row("Dược liệu khô cần"))
    for y in Y:
        p.check(b[y] == a[y] + 3 * h[y] and close(oil[y], b[y] * 0.075) and close(herb[y], b[y] * 0.01)
                and herb[y] <= 800 and b[y] <= 6000 * 13, f"bars, oil, herbs ≤ 800 kg, racks 78.000 {y}")
    R = [a[y] * 40 + h[y] * 120 for y in Y]
    F = finance(p, "# Phần 13", "Lợi nhuận sau thuế bình quân",
                [("Xà phòng bánh 100 g (40.000", a, 40), ("Hộp quà 3 bánh (120.000", h, 120)],
                [("Dầu dừa, dầu cọ (45.000", [x * 45 for x in oil]), ("Dược liệu khô (60.000", [x * 60 for x in herb]),
                 ("Xút", [x * 1.5 for x in b]), ("Giấy gói", [a[y] * 2 + h[y] * 15 for y in Y]),
                 ("Tiền lương (8 lao động", [8 * 6500 * 12] * 3), ("Điện, nước", [36000] * 3), ("Khấu hao", [800000 / 10] * 3),
                 ("Lãi vay", [x * 0.08 for x in (400000, 300000, 200000)]), ("Bán hàng, quảng cáo (10 %", [r * 0.1 for r in R]),
                 ("Quản lý, kiểm nghiệm", [180000] * 3)], rates=(.15,) * 3)
    growth(p, F["rev"], "revenue"); growth(p, b, "bars")
    p.check(close(b[0] / 48000, 1.146, 0.01) and close(F["rev"][0] / 1.9e6, 1.158, 0.01) and max(F["rev"]) <= 3e6,
            "2027 on 2026; revenue under 3 tỷ (15 % CIT)")
    p.check(all(F["pre"][y] / F["rev"][y] < 0.4 for y in Y), "margin under 40 %")
    inv = p.part("# Phần 12", "Tài sản cố định 800")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("**Tổng cộng") == inv.one("**Cộng") == 1200000 and sum(items[:3]) == 800000
            and inv.row("Vốn chủ sở hữu", 1)[0] + inv.row("Vay Ngân hàng", 1)[0] == 1200000, "capital 1,2 tỷ, fixed 800")
    avg = r1(sum(F["post"]) / 3)
    p.has(f"1.200.000 : ({plancheck_fmt(avg)} + 80.000) ≈ {plancheck_fmt(r1(1200000 / (avg + 80000)))} năm")
    ch = p.part("# Phần 7", "# Phần 8")
    p.check(18000 + 8000 + 9000 + 5000 == a[0] and 2000 + 2000 + 1000 == h[0] and ch.row("Cộng", 1)[0] == 65 == 35 + 10 + 20,
            "channels = 2027 output")
    p.has("4.125 – 5.295 kg/năm", "800 kg/năm", "706 kg năm 2029", "6.000 × 13 = 78.000 bánh/năm", "40.000 đồng/bánh", "120.000 đồng/hộp",
          "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "công bố sản phẩm mỹ phẩm", "TCCS 01:2026/SH", "đăng ký môi trường")
    n = norms(p, "PHỤ LỤC 1.", "PHỤ LỤC 2.", 2, [[3375, 10125], [600, 1800], [1500, 4500], [2000, 15000]])
    p.check(n == [7475, 31425], "norms per bar and box")
    assets(p, "PHỤ LỤC 2.", "PHỤ LỤC 3.", 800000)
    p.check(p.part("PHỤ LỤC 3.", "PHỤ LỤC 4.").one("**Cộng**") == 8, "8 staff")
    ms, tot = months(p, "PHỤ LỤC 4.", None, 3)
    p.check(tot == [a[0], h[0], b[0]] and all(m[0] + 3 * m[1] == m[2] and m[2] <= 6500 for m in ms), "calendar within the racks")
    ready_common(p)
    return p


def dq03() -> Plan:
    p = Plan("dq03_choi_dot_huong_trach_tht")
    pr = p.part("# XI. KẾ HOẠCH", "# XII.")
    a, w, t, dot = pr.row("Chổi đót cán tre bán lẻ"), pr.row("Chổi đót bán buôn"), pr.row("Tổng số chổi"), pr.row("Bông đót khô cần")
    for y in Y:
        p.check(t[y] == a[y] + w[y] and close(dot[y], t[y] * 0.35) and dot[y] <= 18000 and t[y] <= 9 * 25 * 220, f"brooms {y}")
    R = [a[y] * 35000 + w[y] * 28000 for y in Y]
    F = finance(p, "# XIII. HIỆU QUẢ", "Lợi nhuận bình quân",
                [("Chổi đót cán tre bán lẻ (35.000", a, 35000), ("Chổi đót bán buôn theo đơn (28.000", w, 28000)],
                [("Bông đót khô (25.000", [x * 25000 for x in dot]), ("Cán tre", [x * 5000 for x in t]), ("Công bó chổi", [x * 8000 for x in t]),
                 ("Tem nhãn", [x * 1000 for x in t]), ("Điện sấy", [18e6] * 3), ("Khấu hao", [250e6 / 10] * 3),
                 ("Lãi vay", [x * 0.06 for x in (90e6, 60e6, 30e6)]), ("Vận chuyển, bán hàng (4 %", [r * 0.04 for r in R]),
                 ("Quản lý, sổ sách", [24e6] * 3), ("Thuế giá trị gia tăng", [r * 0.045 for r in R])])
    growth(p, F["rev"], "revenue")
    p.check(close(t[0] / 32000, 1.125) and close(F["rev"][0] / 1.05e9, 1.12, 0.01), "+12,5 % on 2026")
    avg = round(sum(F["post"]) / 3 / 1e6, 1)
    p.has(f"khoảng {plancheck_fmt(avg)} triệu đồng/năm", f"400 : ({plancheck_fmt(avg)} + 25) ≈ {plancheck_fmt(r1(400 / (avg + 25)))} năm")
    ch = p.part("# VII. THỊ TRƯỜNG", "# VIII.")
    p.check(sum(ch.row(f"{i} |", 1)[0] for i in range(1, 5)) == ch.one("Cộng") == t[0] and 12000 == w[0], "channels = 36.000, the wholesale contract")
    inv = p.part("# XII. VỐN", "Tài sản cố định 250")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 400e6 == inv.one("Trong đó") + inv.one("Vay Ngân hàng") and sum(items[:3]) == 250e6,
            "capital 400 triệu, fixed 250")
    ms, tot = months(p, "PHỤ LỤC 1.", "PHỤ LỤC 2.", 2)
    p.check(tot == [t[0], dot[1]] and all(m[0] <= 4050 for m in ms), "calendar 36.000, đót bought for 2028, ≤ 4.050 a month")
    n = norms(p, "PHỤ LỤC 2.", "PHỤ LỤC 3.", 1, [[8750], [5000], [8000], [1000]])
    p.check(n == [22750], "norm per broom")
    assets(p, "PHỤ LỤC 3.", "PHỤ LỤC 4.", 250e6)
    p.check(p.part("PHỤ LỤC 4.", None).one("**Cộng**") == 12, "12 people")
    p.has("35.000 đồng/cây", "28.000 đồng/cây", "18.000 kg bông đót khô/năm", "9 × 25 × 220 = 49.500 cây/năm", "TCCS 01:2026/CĐHT",
          "mã số thuế riêng")
    ready_common(p)
    return p


def dq04() -> Plan:
    p = Plan("dq04_gom_dong_loc_hkd")
    pr = p.part("# 11. Kế hoạch", "# 12.")
    c, b, t, me, clay = (pr.row("Chậu gốm trồng cây"), pr.row("Bình hoa men rạn"), pr.row("Tổng sản phẩm"), pr.row("Số mẻ nung"),
                         pr.row("Đất sét cần dùng"))
    for y in Y:
        p.check(t[y] == c[y] + b[y] and close(me[y], t[y] / 150) and me[y] <= 100 and close(clay[y], t[y] * 3) and clay[y] <= 50000,
                f"kiln 100 loads, clay 50 tấn {y}")
    R = [c[y] * 0.08 + b[y] * 0.18 for y in Y]
    F = finance(p, "# 13. Hiệu quả", "Lợi nhuận bình quân",
                [("Chậu gốm trồng cây (80.000", c, 0.08), ("Bình hoa men rạn (180.000", b, 0.18)],
                [("Đất sét (1.200", [x * 0.0012 for x in clay]), ("Men, màu", [c[y] * 0.003 + b[y] * 0.015 for y in Y]),
                 ("Gas nung", [x * 0.012 for x in t]), ("Tiền công (5", [5 * 6 * 12] * 3), ("Bao bì chống vỡ", [x * 0.005 for x in t]),
                 ("Khấu hao", [40] * 3), ("Lãi vay", [21, 14, 7]), ("Vận chuyển, bán hàng (6 %", [r * 0.06 for r in R]),
                 ("Điện, nước", [30] * 3), ("Thuế giá trị gia tăng", [r * 0.045 for r in R])])
    growth(p, F["rev"], "revenue")
    p.check(close(t[0] / 10000, 1.15) and close(F["rev"][0] / 1100, 1.155, 0.01), "+15 % on 2026")
    avg = r1(sum(F["post"]) / 3)
    p.has(f"600 : ({plancheck_fmt(avg)} + 40) ≈ {plancheck_fmt(r1(600 / (avg + 40)))} năm", "150 sản phẩm/mẻ", "15.000 sản phẩm/năm", "50 tấn/năm")
    inv = p.part("# 12. Vốn", "Nguồn vốn")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 600 == 300 + 300 and sum(items[:3]) == 400, "capital 600, fixed 400")
    ch = p.part("# 7. Thị trường", "# 8.")
    p.check(5500 + 2500 == c[0] and 2000 + 1500 == b[0], "customers = 2027 output")
    norms(p, "Phụ lục 1.", "Phụ lục 2.", 2, [[3600, 3600], [3000, 15000], [12000, 12000], [5000, 5000]])
    assets(p, "Phụ lục 2.", "Phụ lục 3.", 400)
    ms, tot = months(p, "Phụ lục 3.", "Phụ lục 4.", 3)
    p.check(tot == [c[0], b[0], t[0]] and all(m[2] <= 1350 for m in ms), "calendar within 9 loads a month")
    q = p.part("Phụ lục 4.", "Phụ lục 5.")
    p.check(close(q.row("Cả năm", 3)[2], F["rev"][0]) and all(close(q.row(f"Quý {r}|", 3)[2], q.row(f"Quý {r}|", 3)[0] * 0.08 + q.row(f"Quý {r}|", 3)[1] * 0.18)
                                                         for r in ("I", "II", "III", "IV")), "quarterly revenue")
    p.check(p.part("Phụ lục 5.", "PHỤ LỤC. DÒNG").one("**Cộng**") == 5, "5 workers")
    cashflow(p, F["post"], 40, 100, 600)
    p.has("28F8004127", "TCCS 01:2026/GĐL", "đăng ký môi trường", "80.000 đồng/chiếc", "180.000 đồng/chiếc")
    ready_common(p)
    return p


def quarters(p: Plan, start: str, end: str | None, prices, year_rev):
    q = p.part(start, end)
    rows = [q.row(f"Quý {r}|", 3) for r in ("I", "II", "III", "IV")]
    tot = q.row("Cả năm", 3)
    p.check(all(close(r[2], r[0] * prices[0] + r[1] * prices[1]) for r in rows) and close(tot[2], year_rev)
            and all(close(sum(r[i] for r in rows), tot[i]) for i in range(3)), f"quarters {start[:20]}")


def suppliers(p: Plan, start: str, end: str | None, households: int, amount: float):
    s = p.part(start, end)
    items = [r for r in s.rows if r and r[0].isdigit()]
    p.check(sum(int(r[2]) for r in items) == households and close(sum(plancheck.vn(r[3]) for r in items), amount)
            and s.row("**Cộng**", 2) == [households, amount], f"suppliers {households} / {amount}")


# --------------------------------------------------------------------------- revise plans

def dq05() -> Plan:
    p = Plan("dq05_may_tre_dan_ha_linh_htx")
    pr = p.part("# 11. Kế hoạch", "# 12.")
    g, l, t, may, th = (pr.row("Giỏ mây đựng quà"), pr.row("Làn mây đi chợ"), pr.row("Tổng sản phẩm"), pr.row("Mây sợi cần"), pr.row("Thợ đan"))
    cap = 25 * 4 * 260
    for y in Y:
        p.check(t[y] == g[y] + l[y] and close(may[y], t[y] * 0.4) and may[y] <= 15000 and th[y] == 25, f"pieces, rattan ≤ 15 tấn {y}")
        p.check(off(t[y], cap) and t[y] > cap, f"PLANTED output {t[y]} over the weavers' {cap}")
    p.check([round(t[y] / cap - 1, 3) for y in Y] == [0.077, 0.192, 0.308], "+7,7 / +19,2 / +30,8 % over capacity")
    p.has("25 thợ × 4 sản phẩm/ngày × 260 ngày = 26.000 sản phẩm/năm", "bảo đảm sản lượng kế hoạch")
    R = [g[y] * 0.1 + l[y] * 0.075 for y in Y]
    F = finance(p, "# 13. Hiệu quả", "Lợi nhuận sau thuế bình quân",
                [("Giỏ mây đựng quà (100.000", g, 0.1), ("Làn mây đi chợ (75.000", l, 0.075)],
                [("Mây sợi (60.000", [x * 0.06 for x in may]), ("Tre, nan khung", [x * 0.005 for x in t]), ("Công đan khoán", [x * 0.02 for x in t]),
                 ("Luộc, hun sấy", [x * 0.004 for x in t]), ("Bao bì, nhãn", [x * 0.003 for x in t]), ("Khấu hao", [35] * 3),
                 ("Lãi vay", [24, 16, 8]), ("Bán hàng (6 %", [r * 0.06 for r in R]), ("Quản lý hợp tác xã", [60] * 3)], rates=(.15, .15, .17))
    growth(p, F["rev"], "revenue"); growth(p, t, "output")
    p.check(close(t[0] / 25000, 1.12) and close(F["rev"][2], 3025) and F["rev"][1] <= 3000, "+12 % on 2026; 17 % CIT only in 2029")
    avg = r1(sum(F["post"]) / 3)
    p.has(f"600 : ({plancheck_fmt(avg)} + 35) ≈ {plancheck_fmt(r1(600 / (avg + 35)))} năm")
    inv = p.part("# 12. Vốn", "Nguồn vốn")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 600 == 300 + 300 and sum(items[:4]) == 350, "capital 600, fixed 350")
    ch = p.part("# 7. Thị trường", "# 8.")
    p.check(9000 + 5000 + 2000 == g[0] and 10000 + 2000 == l[0] and ch.one("Cộng") == t[0], "customers = 2027 output")
    norms(p, "PHỤ LỤC 1.", "PHỤ LỤC 2.", 1, [[24000], [5000], [20000], [4000], [3000]])
    assets(p, "PHỤ LỤC 2.", "PHỤ LỤC 3.", 350)
    ms, tot = months(p, "PHỤ LỤC 3.", "PHỤ LỤC 4.", 3)
    p.check(tot == [g[0], l[0], t[0]], "2027 calendar")
    quarters(p, "PHỤ LỤC 4.", "PHỤ LỤC 5.", (0.1, 0.075), F["rev"][0])
    suppliers(p, "PHỤ LỤC 5.", "PHỤ LỤC. LỊCH SẢN XUẤT NĂM 2028", 40, 15000)
    ms28, tot28 = months(p, "PHỤ LỤC. LỊCH SẢN XUẤT NĂM 2028", "PHỤ LỤC. DÒNG", 3)
    p.check(tot28 == [g[1], l[1], t[1]], "2028 calendar")
    cashflow(p, F["post"], 35, 100, 600)
    p.check(p.count("Hợp tác xã Mây tre đan Phú Gia") == 2 and p.count("Hợp tác xã Mây tre đan Hà Linh") >= 1 and p.count("HỢP TÁC XÃ MÂY TRE ĐAN HÀ LINH") == 1,
            "PLANTED another producer's name, twice in §14")
    p.has("hun sấy bằng lưu huỳnh", "phun sơn phủ bóng")
    p.lacks(r"môi trường|nước thải|khí thải|khói|bụi|chất thải|rác|thu gom|bể lắng|hố lắng|xử lý|khẩu trang|thông gió",
            "PLANTED no environmental measure anywhere")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "TCCS 01:2026/MTHL", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "3002374251")
    p.lacks(PLACEHOLDER, "placeholder"); p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dq06() -> Plan:
    p = Plan("dq06_khay_go_kim_son_cty")
    pr = p.part("# Chương 11.", "# Chương 12.")
    k, r, t, go = pr.row("Khay gỗ chữ nhật"), pr.row("Bộ khay trà tròn"), pr.row("Cộng sản phẩm"), pr.row("Gỗ keo tràm sấy cần")
    for y in Y:
        p.check(t[y] == k[y] + r[y] and close(go[y], k[y] * 0.01 + r[y] * 0.005) and go[y] <= 100 and t[y] <= 60 * 280, f"wood ≤ 100 m³, line 16.800 {y}")
    F = finance(p, "# Chương 13.", "Lợi nhuận sau thuế bình quân",
                [("Khay gỗ chữ nhật (250.000", k, 0.25), ("Bộ khay trà tròn (180.000", r, 0.18)],
                [("Gỗ keo tràm sấy (6", [x * 6 for x in go]), ("Keo, dầu lau", [x * 0.01 for x in t]), ("Tiền lương (8", [8 * 6.5 * 12] * 3),
                 ("Điện sản xuất", [48] * 3), ("Hộp, túi vải", [x * 0.008 for x in t]), ("Khấu hao", [90] * 3),
                 ("Lãi vay", [x * 0.08 for x in (500, 375, 250)]), ("Bán hàng, hội chợ", [120] * 3), ("Quản lý doanh nghiệp", [100] * 3)],
                rates=(.15,) * 3, bad={("Khay gỗ chữ nhật (250.000", 1)})
    row = p.part("# Chương 13.", "Lợi nhuận sau thuế").row("Khay gỗ chữ nhật (250.000")
    p.check(row[1] == 1350 and k[1] * 0.25 == 1125 and close(row[1] / 1125, 1.2) and 5400 * 0.25 == 1350,
            "PLANTED 2028 row 1.350 = 5.400 khay of a draft, true 4.500 × 250.000 = 1.125 (+20 %)")
    true_rev = 1125 + r[1] * 0.18
    true_pre = true_rev - F["cost"][1]
    true_post = true_pre - r1(true_pre * 0.15)
    p.check(close(F["rev"][1], 2574) and close(true_rev, 2349) and close(true_pre, 659.6), "knock-on: 2028 revenue 2.574 (true 2.349)")
    avg = r1(sum(F["post"]) / 3)
    stated = r1(1500 / (avg + 90))
    true_pb = 1500 / ((F["post"][0] + true_post + F["post"][2]) / 3 + 90)
    p.has(f"1.500 : ({plancheck_fmt(avg)} + 90) ≈ {plancheck_fmt(stated)} năm")
    p.check(off(stated, true_pb) and close(true_pb, 2.31, 0.01), "tolerated knock-on: payback truly 2,3")
    p.check(F["rev"][1] / F["rev"][0] > 1.2 and F["rev"][2] / (true_rev) < 1.2 and true_rev / F["rev"][0] < 1.2, "tolerated: stated +23,8 % only via the plant")
    inv = p.part("# Chương 12.", "Tài sản cố định 900")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng vốn đầu tư") == 1500 and sum(items[:4]) == 900, "items = total 1.500, fixed 900")
    p.has("Tổng vốn đầu tư của phương án là 1,5 tỷ đồng", "vốn góp của các cổ đông 700 triệu đồng", "500 triệu đồng, lãi suất 8 %/năm",
          "bảo đảm đủ vốn")
    p.check(off(700 + 500, 1500) and close((700 + 500) / 1500, 0.8), "PLANTED sources 1.200 vs 1.500 (−20 %)")
    ch = p.part("# Chương 7.", "# Chương 8.")
    p.check(2500 + 1500 == k[0] and 3500 + 1500 + 1000 == r[0], "channels = 2027 output")
    norms(p, "PHỤ LỤC 1.", "PHỤ LỤC 2.", 2, [[60000, 30000], [10000, 10000], [8000, 8000]])
    assets(p, "PHỤ LỤC 2.", "PHỤ LỤC 3.", 900)
    p.check(p.part("PHỤ LỤC 3.", "PHỤ LỤC 4.").one("**Cộng**") == 8, "8 staff")
    ms, tot = months(p, "PHỤ LỤC 4.", "PHỤ LỤC 5.", 3)
    p.check(tot == [k[0], r[0], t[0]], "2027 calendar")
    quarters(p, "PHỤ LỤC 5.", "PHỤ LỤC 6.", (0.25, 0.18), F["rev"][0])
    suppliers(p, "PHỤ LỤC 6.", "PHỤ LỤC. LỊCH SẢN XUẤT NĂM 2028", 46, 100)
    ms28, tot28 = months(p, "PHỤ LỤC. LỊCH SẢN XUẤT NĂM 2028", "PHỤ LỤC. DÒNG", 3)
    p.check(tot28 == [k[1], r[1], t[1]], "2028 calendar (the true 4.500 khay)")
    cashflow(p, F["post"], 90, 125, 1500)
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|\blogo\b|văn bằng bảo hộ", "PLANTED no trademark or IP protection")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "TCCS 01:2026/KS", "Nghị định số 43/2017/NĐ-CP", "mã lô", "đăng ký môi trường", "3002427316")
    p.lacks(PLACEHOLDER, "placeholder"); p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dq07() -> Plan:
    p = Plan("dq07_chieu_coi_ky_tho_htx")
    pr = p.part("# L. KẾ HOẠCH", "# M.")
    h, pl, t, coi = pr.row("Chiếu cói in hoa"), pr.row("Chiếu cói trơn"), pr.row("Tổng số chiếu"), pr.row("Cói khô cần")
    for y in Y:
        p.check(t[y] == h[y] + pl[y] and close(coi[y], t[y] * 2.5) and coi[y] <= 12 * 4000 and t[y] <= 18 * 4 * 250, f"sedge 48 tấn, 18 looms {y}")
    R = [h[y] * 220 + pl[y] * 150 for y in Y]
    F = finance(p, "# N. DOANH THU", "Lợi nhuận sau thuế bình quân",
                [("Chiếu cói in hoa 1,6 m (220.000", h, 220), ("Chiếu cói trơn 1,2 m (150.000", pl, 150)],
                [("Cói khô (15.000", [x * 15 for x in coi]), ("Sợi đay", [x * 8 for x in t]), ("Nhuộm, in hoa", [x * 12 for x in h]),
                 ("Công dệt khoán", [x * 40 for x in t]), ("Bao bì, nhãn", [x * 5 for x in t]), ("Khấu hao", [50000] * 3),
                 ("Lãi vay", [21000, 14000, 7000]), ("Bán hàng (6 %", [r * 0.06 for r in R]), ("Quản lý hợp tác xã", [90000] * 3)],
                rates=(.15,) * 3, bad={("PRE", 1)})
    true = F["rev"][1] - F["cost"][1]
    p.check(F["pre"][1] == 1138150 and close(true, 958150) and close(F["pre"][1] - true, 180000) and close(F["pre"][1] / true, 1.188, 0.01),
            "PLANTED 2028 profit 1.138.150 vs 958.150 (+18,8 %)")
    growth(p, F["rev"], "revenue"); growth(p, t, "output")
    p.check(close(t[0] / 10500, 1.143, 0.01) and close(F["rev"][0] / 1.98e6, 1.157, 0.01), "2027 on 2026")
    avg = round(sum(F["post"]) / 3)
    stated = r1(1e6 / (avg + 50000))
    true_post = true - true * 0.15
    true_pb = 1e6 / ((F["post"][0] + true_post + F["post"][2]) / 3 + 50000)
    p.has(f"khoảng {avg:,} nghìn đồng/năm".replace(",", "."), f"({avg:,} + 50.000) ≈ {plancheck_fmt(stated)} năm".replace(",", ".", 1))
    p.check(close(true_pb, 1.157, 0.01), "tolerated knock-on: payback truly 1,16 (stated 1,1)")
    inv = p.part("# M. VỐN", "Tài sản cố định 500")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1e6 == inv.one("Nguồn: vốn góp") + inv.one("Nguồn: vay") and sum(items[:3]) == 500000,
            "capital 1 tỷ, fixed 500 triệu")
    ch = p.part("# G. THỊ TRƯỜNG", "# H.")
    p.check(ch.row("Cộng năm 2027", 2) == [h[0], pl[0]] and sum(ch.row(f"{i} |", 2)[0] for i in range(1, 5)) == h[0]
            and sum(ch.row(f"{i} |", 2)[1] for i in range(1, 5)) == pl[0], "channels = 2027 output")
    p.check(p.count("18 khung dệt") == 2 and p.count("24 khung dệt") == 1 and off(24, 18) and 24 * 4 * 250 >= t[2],
            "PLANTED 18 vs 24 looms (either covers the output)")
    p.lacks(r"kiểm soát|kiểm tra|truy xuất|\blô\b|\bsổ\b|nhật ký|mã QR|mã vạch|phiếu|lưu mẫu|loại bỏ|quản lý chất lượng",
            "PLANTED no quality control or traceability")
    norms(p, "PHỤ LỤC 1.", "PHỤ LỤC 2.", 2, [[37500, 37500], [8000, 8000], [12000, 0], [40000, 40000], [5000, 5000]])
    assets(p, "PHỤ LỤC 2.", "PHỤ LỤC 3.", 500000)
    ms, tot = months(p, "PHỤ LỤC 3.", "PHỤ LỤC 4.", 3)
    p.check(tot == [h[0], pl[0], t[0]] and all(m[2] <= 18 * 4 * 22 for m in ms), "2027 calendar within 18 looms")
    quarters(p, "PHỤ LỤC 4.", "PHỤ LỤC 5.", (220, 150), F["rev"][0])
    s = p.part("PHỤ LỤC 5.", "PHỤ LỤC. LỊCH SẢN XUẤT NĂM 2028")
    p.check(s.row("**Cộng**", 2) == [56, 12] and 56 == 21 + 35, "sedge zone 12 ha, 21 members + 35 households")
    ms28, tot28 = months(p, "PHỤ LỤC. LỊCH SẢN XUẤT NĂM 2028", "PHỤ LỤC. DÒNG", 3)
    p.check(tot28 == [h[1], pl[1], t[1]], "2028 calendar")
    cashflow(p, F["post"], 50000, 100000, 1e6)
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "TCCS 01:2026/CCKT", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng 3 ngăn", "3002385540")
    p.lacks(PLACEHOLDER, "placeholder"); p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dq08() -> Plan:
    p = Plan("dq08_dau_goi_bo_ket_ngoc_lan_hkd")
    pr = p.part("# XI. Kế hoạch", "# XII.")
    a, b, lit, herb = pr.row("Dầu gội chai 300 ml"), pr.row("Dầu gội chai 500 ml"), pr.row("Tổng dầu gội"), pr.row("Dược liệu khô cần")
    for y in Y:
        p.check(close(lit[y], a[y] * 0.3 + b[y] * 0.5) and close(herb[y], lit[y] * 0.2) and herb[y] <= 400 + 1000 and lit[y] <= 150 * 120,
                f"litres, herbs ≤ 1.400 kg, 18.000 l {y}")
    R = [a[y] * 95000 + b[y] * 140000 for y in Y]
    F = finance(p, "# XIII. Hiệu quả", "Lợi nhuận bình quân",
                [("Chai 300 ml (95.000", a, 95000), ("Chai 500 ml (140.000", b, 140000)],
                [("Dược liệu khô (70.000", [x * 70000 for x in herb]), ("Gốc gội", [x * 40000 for x in lit]),
                 ("Chai, nắp, nhãn", [a[y] * 9000 + b[y] * 12000 for y in Y]), ("Tiền công (5", [5 * 6e6 * 12] * 3), ("Điện, nước", [24e6] * 3),
                 ("Khấu hao", [60e6] * 3), ("Lãi vay", [21e6, 14e6, 7e6]), ("Chi phí tiêu thụ, quảng cáo (8 %", [r * 0.08 for r in R]),
                 ("Quản lý, kiểm nghiệm", [60e6] * 3), ("Thuế giá trị gia tăng", [r * 0.045 for r in R])])
    growth(p, F["rev"], "revenue")
    p.check(close(lit[0] / 4100, 1.146, 0.01) and 11000 * 0.3 + 1600 * 0.5 == 4100 and close(F["rev"][0] / 1.269e9, 1.115, 0.01), "2027 on 2026")
    inv = p.part("# XII. Vốn", "Nguồn vốn")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    tot = inv.one("Tổng cộng")
    p.check(sum(items) == 800e6 and tot == 900e6 and off(tot, sum(items)) and close(tot / sum(items), 1.125),
            "PLANTED investment 'Tổng cộng' 900.000.000 vs items 800.000.000 (+12,5 %)")
    p.check(sum(items[:3]) == 600e6 and 600e6 + 300e6 == tot and off(600e6 + 300e6, sum(items)), "fixed 600; tolerated: sources = the wrong total")
    avg = round(sum(F["post"]) / 3, -6)
    stated = r1(900e6 / (avg + 60e6))
    p.has(f"900.000.000 : ({avg:,.0f}".replace(",", ".") + f" + 60.000.000) ≈ {plancheck_fmt(stated)} năm")
    p.check(off(stated, 800e6 / (avg + 60e6)), "tolerated knock-on: payback on the items 1,6")
    market = p.body.split("# VII. Thị trường", 1)[1].split("# VIII.", 1)[0]
    p.check(not re.search(r"\d", market) and "rất rộng lớn" in market and not re.search(r"giá|đồng", market),
            "PLANTED market section: no number, price, customer or channel")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|thương lái|phân phối|hợp đồng (bán|tiêu thụ|cung cấp sản phẩm)|"
            r"facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|hội chợ|xuất khẩu|showroom|điểm bán|nhà thuốc|kênh|\bspa\b|giao hàng",
            "PLANTED no sales channel anywhere")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020", "Phòng Nông nghiệp và Phát triển nông thôn huyện Can Lộc",
          "Hội đồng đánh giá OCOP huyện Can Lộc", "tháng 12 năm 2026")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current instruments are not cited")
    norms(p, "PHỤ LỤC 1.", "PHỤ LỤC 2.", 2, [[4200, 7000], [12000, 20000], [9000, 12000]])
    assets(p, "PHỤ LỤC 2.", "PHỤ LỤC 3.", 600e6)
    ms, t27 = months(p, "PHỤ LỤC 3.", "PHỤ LỤC 4.", 2)
    p.check(t27 == [a[0], b[0]] and all(m[0] * 0.3 + m[1] * 0.5 <= 150 * 10 for m in ms), "2027 calendar")
    quarters(p, "PHỤ LỤC 4.", "PHỤ LỤC 5.", (95000, 140000), F["rev"][0])
    suppliers(p, "PHỤ LỤC 5.", "PHỤ LỤC. LỊCH SẢN XUẤT NĂM 2028", 20, 1000)
    ms28, t28 = months(p, "PHỤ LỤC. LỊCH SẢN XUẤT NĂM 2028", "PHỤ LỤC. DÒNG", 3)
    p.check(t28[:2] == [a[1], b[1]], "2028 calendar")
    cashflow(p, F["post"], 60e6, 100e6, 900e6)
    p.has("28C8006315", "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "TCCS 01:2026/NL", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "bể lắng lọc 3 ngăn", "18.000 lít/năm")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def dq09() -> Plan:
    p = Plan("dq09_tinh_dau_sa_son_kim_nhom_ho")
    pr = p.part("# PHẦN XI.", "# PHẦN XII.")
    c, k, lit, sa, me = (pr.row("Tinh dầu sả chanh chai"), pr.row("Tinh dầu can 1 lít"), pr.row("Tổng tinh dầu"), pr.row("Sả tươi cần"),
                         pr.row("Số mẻ chưng cất"))
    supply = 8 * 25
    for y in Y:
        p.check(close(lit[y], c[y] * 0.01 + k[y]) and close(sa[y], lit[y] / 8) and close(me[y], sa[y] * 2) and sa[y] <= 2 * 0.5 * 260,
                f"litres, 8 l/tấn, still 260 tấn {y}")
    p.check(sa[0] <= supply and off(sa[1], supply) and off(sa[2], supply) and sa[1] / supply == 1.125 and sa[2] / supply == 1.25,
            "PLANTED sả need 225 / 250 tấn vs 8 ha × 25 = 200 tấn (+12,5 / +25 %)")
    p.has("8 ha sả chanh, năng suất bình quân 25 tấn/ha/năm", "khoảng 200 tấn sả tươi/năm", "đủ nguyên liệu cho cả giai đoạn")
    p.lacks(r"mua (thêm )?sả|hợp đồng mua|liên kết", "PLANTED no other source of lemongrass")
    R = [c[y] * 0.045 + k[y] * 0.7 for y in Y]
    F = finance(p, "# PHẦN XIII.", "Lợi nhuận bình quân",
                [("Tinh dầu chai 10 ml (45.000", c, 0.045), ("Tinh dầu can 1 lít bán buôn (700.000", k, 0.7)],
                [("Sả tươi (1.000", [x * 1 for x in sa]), ("Củi, điện", [x * 0.3 for x in sa]),
                 ("Chai, nắp, hộp", [c[y] * 0.008 + k[y] * 0.03 for y in Y]), ("Công lao động (12", [12 * 6.5 * 12] * 3),
                 ("Khấu hao", [60] * 3), ("Lãi vay", [24, 16, 8]), ("Chi phí tiêu thụ (6 %", [r * 0.06 for r in R]), ("Chi phí quản lý", [40] * 3)])
    growth(p, F["rev"], "revenue")
    p.check(close(lit[0] / 1400, 1.143, 0.01) and close(F["rev"][0] / 2300, 1.148, 0.01) and all(F["pre"][y] / F["rev"][y] < 0.4 for y in Y),
            "2027 on 2026; margin under 40 %")
    avg = r1(sum(F["post"]) / 3)
    p.has(f"900 : ({plancheck_fmt(avg)} + 60) ≈ {plancheck_fmt(r1(900 / (avg + 60)))} năm")
    inv = p.part("# PHẦN XII.", "Tài sản cố định 600")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 900 == inv.one("Vốn góp") + inv.one("Vay Ngân hàng") and sum(items[:3]) == 600, "capital 900")
    p.check(800 + 400 == k[0] and 28000 + 12000 == c[0], "buyers = 2027 output")
    norms(p, "PHỤ LỤC 1.", "PHỤ LỤC 2.", 2, [[1250, 125000], [375, 37500], [8000, 30000]])
    assets(p, "PHỤ LỤC 2.", "PHỤ LỤC 3.", 600)
    ms, tot = months(p, "PHỤ LỤC 3.", "PHỤ LỤC 4.", 3)
    p.check(tot == [sa[0], me[0], lit[0]] and all(m[0] <= 26 and m[1] == 2 * m[0] and m[2] == 8 * m[0] for m in ms), "2027 distilling calendar")
    z = p.part("PHỤ LỤC 4.", "PHỤ LỤC 5.")
    p.check(z.row("**Cộng**", 2) == [8, 200] and all(close(plancheck.vn(r[3]), plancheck.vn(r[2]) * 25) for r in z.rows if r[0].isdigit()),
            "6 households, 8 ha × 25 tấn")
    q = p.part("PHỤ LỤC 5.", "PHỤ LỤC 6.")
    p.check([q.one(f"Quý {r}|") for r in ("I", "II", "III", "IV")] == [sum(x[2] for x in ms[i:i + 3]) for i in (0, 3, 6, 9)]
            and q.one("Cả năm") == lit[0], "quarters = calendar")
    ms28, tot28 = months(p, "PHỤ LỤC 6.", "PHỤ LỤC 7.", 3)
    p.check(tot28 == [sa[1], me[1], lit[1]] and all(m[0] <= 26 for m in ms28), "2028 calendar: 225 tấn (the shortfall year)")
    p.check(p.part("PHỤ LỤC 7.", "PHỤ LỤC. DÒNG").one("**Cộng**") == 12, "12 workers")
    cashflow(p, F["post"], 60, 100, 900)
    p.lacks(r"nhãn(?! hiệu)|Nghị định số 43|111/2021|\btem\b|mã vạch|mã QR|barcode", "PLANTED no label or label plan")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|hợp tác xã|tổ hợp tác|công ty|doanh nghiệp|"
            r"thành lập|giấy phép|thuế", "PLANTED no registration, tax code or plan to register")
    p.has("Nhóm sản xuất tinh dầu sả Sơn Kim gồm 6 hộ", "148/QĐ-TTg", "1489/QĐ-TTg", "TCCS 01:2026/TDS", "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    p.lacks(PLACEHOLDER, "placeholder"); p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dq10() -> Plan:
    p = Plan("dq10_ro_ra_tre_phu_phong_cty")
    pr = p.part("# 11. Kế hoạch", "# 12.")
    b, m, t, th, cap, tre = (pr.row("Bộ rổ rá tre 3"), pr.row("Mẹt tre trang trí"), pr.row("Tổng sản phẩm"), pr.row("Thợ đan"),
                             pr.row("Công suất"), pr.row("Tre cây cần"))
    for y in Y:
        p.check(t[y] == b[y] + m[y] and cap[y] == th[y] * 10 * 280 and t[y] <= cap[y] and tre[y] == t[y] / 4 and tre[y] <= 20000,
                f"hired weavers cover output, bamboo within 20.000 cây {y}")
    F = finance(p, "# 13. Hiệu quả", "Lợi nhuận sau thuế bình quân",
                [("Bộ rổ rá tre 3 chiếc (90.000", b, 0.09), ("Mẹt tre trang trí (45.000", m, 0.045)],
                [("Tre cây (15.000", [x * 0.015 for x in tre]), ("Mây buộc", [x * 0.006 for x in t]), ("Tiền lương thợ", [n * 6 * 12 for n in th]),
                 ("Ngâm, luộc", [x * 0.002 for x in t]), ("Bao bì, nhãn", [x * 0.003 for x in t]), ("Khấu hao", [40] * 3),
                 ("Lãi vay", [16, 12, 8]), ("Bán hàng, quảng bá", [30] * 3), ("Quản lý công ty", [60] * 3)], rates=(.15, .15, .17))
    g1, g2 = F["rev"][1] / F["rev"][0], F["rev"][2] / F["rev"][1]
    p.check(close(F["rev"][0] / 900, 1.15) and close(g1, 2.0) and close(g2, 1.8) and close(t[1] / t[0], 2.0) and close(t[2] / t[1], 1.8)
            and off(g1, 1.2) and off(g2, 1.2), "PLANTED output and revenue ×2 in 2028 and ×1,8 in 2029")
    mat29 = F["cost"][2] - sum(x[2] for x in (p.part("# 13. Hiệu quả", "Lợi nhuận sau thuế").row(l) for l in
                                                ("Tiền lương thợ", "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý công ty")))
    p.check(close(mat29, 849.6) and mat29 / 150 > 5, "materials 849,6 triệu in 2029 vs 150 triệu working capital")
    market = p.body.split("# 7. Thị trường tiêu thụ", 1)[1].split("# 8.", 1)[0]
    p.check("3 thương lái" in market and "5 cửa hàng" in market and "còn rất lớn" in market and "hợp đồng" not in market,
            "market: the same 3 traders and 5 shops, generic demand, no contract")
    avg = r1(sum(F["post"]) / 3)
    true_pb = 600 / (avg + 40)
    p.has(f"600 : ({plancheck_fmt(avg)} + 40) ≈ 0,5 năm")
    p.check(close(true_pb, 1.05, 0.01) and off(0.5, true_pb) and off(0.5, 600 / avg), "PLANTED payback 0,5 vs 600 : 568,8 = 1,05 (1,13 without depreciation)")
    inv = p.part("# 12. Vốn", "Tài sản cố định 400")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng vốn đầu tư") == 600 == inv.one("Vốn chủ sở hữu") + inv.one("Vay Quỹ") and sum(items[:3]) == 400, "capital 600")
    norms(p, "PHỤ LỤC 1.", "PHỤ LỤC 2.", 1, [[3750], [6000], [2000], [3000]])
    assets(p, "PHỤ LỤC 2.", "PHỤ LỤC 3.", 400)
    ms, tot = months(p, "PHỤ LỤC 3.", "PHỤ LỤC 4.", 3)
    p.check(tot == [b[0], m[0], t[0]] and all(x[2] <= 8 * 10 * 24 for x in ms), "2027 calendar")
    quarters(p, "PHỤ LỤC 4.", "PHỤ LỤC 5.", (0.09, 0.045), F["rev"][0])
    suppliers(p, "PHỤ LỤC 5.", "PHỤ LỤC. LỊCH SẢN XUẤT NĂM 2028", 30, 20000)
    ms28, tot28 = months(p, "PHỤ LỤC. LỊCH SẢN XUẤT NĂM 2028", "PHỤ LỤC. DÒNG", 3)
    p.check(tot28 == [b[1], m[1], t[1]], "2028 calendar")
    cashflow(p, F["post"], 40, 50, 600)
    st = p.part("PHỤ LỤC. BỐ TRÍ LAO ĐỘNG", None)
    p.check(st.row("Thợ đan") == th and st.row("**Cộng**") == [x + 3 for x in th], "staff by year")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|hợp chuẩn|hợp quy|chứng nhận chất lượng",
            "PLANTED no product standard or declaration")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "đăng ký môi trường", "3002440918")
    p.lacks(PLACEHOLDER, "placeholder"); p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("dq11_tinh_dau_buoi_phuc_trach_so_sai")
    a.check(500 * 120000 == 60e6, "500 chai × 120.000 = 60 triệu")
    a.has("giá 120.000 đồng/chai", "khoảng 500 chai", "khoảng 60 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|mỹ phẩm|tiêu chuẩn|công bố|nhãn(?! mác)|môi trường|bã|nước thải|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận", "every gap is real (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dq12_choi_chit_thach_bang_so_sai")
    b.has("khoảng 25.000 đồng/cây", "khoảng 6.000 cây")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.check(len(re.findall(r"\d[\d.]* (?:cây|đồng)", b.body)) == 2, "two figures")
    b.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|tiêu chuẩn|công bố|nhãn hiệu|Nghị định|môi trường|bụi|truy xuất|sổ ghi|"
            r"vốn đầu tư|chi phí|lợi nhuận|doanh thu|huyện cũ", "every gap is real (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (dq01, dq02, dq03, dq04, dq05, dq06, dq07, dq08, dq09, dq10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
