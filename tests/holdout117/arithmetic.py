"""The hundred-and-seventeenth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout117/arithmetic.py

For every plan: packs × pack weight = kg (eggs: boxes × eggs a box), raw-material need = output ×
the plan's norm (lean meat, pork skin, head meat, fresh beef or veal, fresh eggs with 3 % loss),
live animals → carcass → usable meat, need against the stated supply (members' pigs, calves,
cattle, a slaughterhouse contract, members' eggs), output against the bottleneck equipment
(boiling pots, fermenting room, drying cabinets, jars and vats × batches, moulds, slaughter a day),
channel tables summing to the year's output, revenue = quantity × price per product, each cost
line = its stated norm (per kg, per egg, % of revenue, wages = staff × wage × 12, depreciation =
fixed assets / 10, interest = loan balance × rate), cost lines = total, profit = revenue − cost,
CIT 17 % / 15 % or the household's 4,5 % of revenue, investment items = total = sources,
average profit and payback as printed, growth under 20 % a year and the 2027 step over 2026.
Planted numeric defects are asserted wrong by more than 5 % (with the true value computed) and
every other number right within 1 %. Table figures are read from the plan's source, each table
looked up inside its own section; figures quoted in running text are looked up verbatim. Textual
planted defects are asserted through the absence (or presence) of their words; ready plans cite
QĐ 148 and QĐ 1489 and no replaced instrument; no plan keeps a template placeholder.
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


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "Nghị định số 43/2017/NĐ-CP", "111/2021/NĐ-CP", "Cục Sở hữu trí tuệ",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố", "TCCS")


def money(p: Plan, fin: Plan, revs, lines, tax: float | None, skip=()) -> dict:
    """revs: (row label, quantities, price in the table's unit); lines: (row label, expected values).
    skip: (kind, index, year) cells left to the planted checks."""
    rv = [fin.row(lab) for lab, _, _ in revs]
    rev, cost = fin.row("Doanh thu |"), fin.row("Chi phí |")
    got = [fin.row(lab) for lab, _ in lines]
    for y in Y:
        for i, (lab, q, pr) in enumerate(revs):
            if ("rev", i, y) not in skip:
                p.check(close(rv[i][y], q[y] * pr), f"revenue row {lab} {y}: {rv[i][y]} != {q[y] * pr}")
        p.check(close(rev[y], sum(r[y] for r in rv)), f"revenue total {y}")
        for i, (lab, want) in enumerate(lines):
            if ("cost", i, y) not in skip:
                p.check(close(got[i][y], want[y]), f"cost line {lab} {y}: {got[i][y]} != {want[y]}")
        p.check(close(cost[y], lines_sum(got, y)), f"cost total {y}")
    out = {"rev": rev, "cost": cost, "rows": rv, "lines": got}
    if tax is None:
        prof = fin.row("Lợi nhuận |")
        out["pre"] = out["post"] = prof
    else:
        pre, t, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế"), fin.row("Lợi nhuận sau thuế")
        for y in Y:
            p.check(close(t[y], pre[y] * tax) and close(post[y], pre[y] - t[y]), f"tax {tax} {y}")
        out.update(pre=pre, post=post)
    for y in Y:
        if ("profit", 0, y) not in skip:
            p.check(close(out["pre"][y], rev[y] - cost[y]), f"profit {y}: {out['pre'][y]} != {rev[y] - cost[y]}")
    return out


def growth(p: Plan, xs, first: float | None = None, cap: float = 1.2) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < cap, f"growth {y}: {xs[y] / xs[y - 1]:.3f}")
    if first:
        p.check(1 < xs[0] / first < cap, f"2027 over 2026: {xs[0] / first:.3f}")


def calendar(p: Plan, start: str, end: str, year_out: float, ratio: float, cap: float, on_raw: bool = True) -> None:
    """Monthly calendar of 2027: output and raw material a month; months sum to the year; the raw
    column = output × norm; the busiest month within the stated monthly capacity."""
    cal = p.part(start, end)
    months = [cal.row(f"Tháng {m} |", 2) for m in range(1, 13)]
    tot = cal.row("Cả năm", 2)
    p.check(sum(m[0] for m in months) == tot[0] == year_out, f"calendar sums to {year_out}")
    p.check(close(sum(m[1] for m in months), tot[1]) and close(tot[1], year_out * ratio), "calendar raw column sums")
    p.check(all(close(m[1], m[0] * ratio) for m in months), "each month at the norm")
    peak = max(m[1] if on_raw else m[0] for m in months)
    p.check(peak <= cap, f"busiest month {peak} within {cap}")


def members(p: Plan, start: str, end: str, col: int, total: float) -> None:
    """A supplier / member table: the column `col` of its rows adds up to its 'Cộng' row and to `total`."""
    t = p.part(start, end)
    num = re.compile(r"^[\d.,]+$")
    body = [r for r in t.rows[2:] if len(r) > col and num.match(r[col])]
    tot = [r for r in body if "Cộng" in r[:2]]
    vals = [plancheck.vn(r[col]) for r in body if "Cộng" not in r[:2]]
    p.check(len(tot) == 1 and close(sum(vals), plancheck.vn(tot[0][col])) and close(sum(vals), total),
            f"{start} column {col}: {sum(vals)} = {total}")


def interest(loan: float, repay: float, rate: float) -> list[float]:
    return [(loan - repay * y) * rate for y in Y]


# --------------------------------------------------------------------------- ready plans

def dn01() -> Plan:
    p = Plan("dn01_gio_lua_thach_lac_htx")
    pr = p.part("# XI. KẾ HOẠCH", "# XII.")
    gl, cq, kg, lean, fat, st = (pr.row("Giò lụa"), pr.row("Chả quế"), pr.row("Tổng sản lượng"),
                                 pr.row("Thịt nạc lợn cần dùng"), pr.row("Mỡ phần cần dùng"), pr.row("Lao động"))
    for y in Y:
        p.check(kg[y] == gl[y] + cq[y] and close(lean[y], kg[y] * 0.85) and close(fat[y], kg[y] * 0.1), f"kg, norms {y}")
        p.check(lean[y] <= 750 * 30 and fat[y] <= 750 * 8, f"750 pigs × 30 kg lean / 8 kg fat cover {y}")
        p.check(kg[y] <= 2 * 40 * 2 * 300, f"2 pots × 40 kg × 2 × 300 = 48.000 kg ≥ output {y}")
    p.check(750 * 30 == 22500 and 750 * 8 == 6000 and 100 * 0.72 == 72 and 2 * 40 * 2 * 300 == 48000, "pig chain, pots")
    hist = p.part("# IV. THỰC TRẠNG", "# V.")
    hk = hist.row("Sản lượng giò, chả")
    growth(p, kg, hk[2])
    ch = p.part("# VII. THỊ TRƯỜNG", "# VIII.")
    p.check(sum(ch.one(x) for x in ("Cỗ cưới", "Nhà hàng, bếp ăn", "Điểm bán OCOP", "Bán qua Zalo")) == ch.one("Cộng")
            == kg[0], "channels sum to the 2027 output")
    fin = p.part("# XIII. HIỆU QUẢ", "# XIV.")
    rev_guess = [gl[y] * 0.22 + cq[y] * 0.24 for y in Y]
    m = money(p, fin, [("Giò lụa (220.000", gl, 0.22), ("Chả quế (240.000", cq, 0.24)],
              [("Thịt nạc lợn (120.000", [x * 0.12 for x in lean]), ("Mỡ phần (60.000", [x * 0.06 for x in fat]),
               ("Gia vị, lá chuối", [k * 0.01 for k in kg]), ("Tiền lương", [s * 6.5 * 12 for s in st]),
               ("Điện, nước, gas", [k * 0.005 for k in kg]), ("Khấu hao", [1500 / 10] * 3),
               ("Lãi vay", interest(600, 200, 0.075)), ("Bán hàng, quảng bá", [r * 0.05 for r in rev_guess]),
               ("Quản lý, kiểm nghiệm", [60] * 3)], 0.17)
    growth(p, m["rev"])
    inv = p.part("# XII. TỔNG VỐN", "# XIII.")
    items = [inv.one(f"{i} |") for i in range(1, 9)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1800 == 1200 + 600 and sum(items[:6]) == 1500, "capital 1.800 = sources")
    avg = sum(m["post"]) / 3
    p.check(close(avg, 632.0, 0.001) and close(1800 / (avg + 150), 2.3, 0.01), "average 632,0, payback 2,3")
    p.has("(533,7 + 632,0 + 730,4) : 3 ≈ 632,0", "1.800 : (632,0 + 150) ≈ 2,3 năm", "20.000 kg năm 2027, 22.000 kg năm 2028 và 24.000 kg năm 2029",
          "4.520 triệu đồng", "5.420 triệu đồng", "220.000 đ/kg", "240.000 đ/kg", "750 con/năm, tương đương 22.500 kg nạc và 6.000 kg mỡ phần",
          "20.400 kg nạc và 2.400 kg mỡ", "= 48.000 kg/năm", "15 thành viên chính thức", "đăng ký môi trường", "sổ nhật ký ghi từng lô")
    p.check(close(m["rev"][0], 4520) and close(m["rev"][2], 5420) and close(lean[2], 20400), "text figures = tables")
    calendar(p, "## Phụ lục 1.", "## Phụ lục 2.", kg[0], 0.85, 2 * 40 * 2 * 26, on_raw=False)
    members(p, "## Phụ lục 2.", "## Phụ lục 3.", 3, 750)
    p.has("2 × 40 kg × 2 mẻ × 26 ngày = 4.160 kg")
    ready_common(p)
    return p


def dn02() -> Plan:
    p = Plan("dn02_nem_chua_tung_loc_hkd")
    pr = p.part("# Phần 9", "# Phần 10")
    g, h, kg, ln, bi = (pr.row("Nem chua gói"), pr.row("Nem chua hộp"), pr.row("Tổng nem"), pr.row("Thịt nạc mông"),
                        pr.row("Bì lợn cần dùng"))
    for y in Y:
        p.check(close(kg[y], g[y] * 0.3 + h[y] * 0.5) and close(ln[y], kg[y] * 0.8) and close(bi[y], kg[y] * 0.25), f"kg, norms {y}")
        p.check(ln[y] <= 40 * 300 and bi[y] <= 15 * 300, f"contract 12.000 kg lean, 4.500 kg skin {y}")
        p.check(kg[y] <= 200 / 3 * 300 + 1, f"fermenting room 200 kg / 3 days × 300 = 20.000 kg {y}")
    growth(p, kg, 10800)
    ch = p.part("# Phần 5", "# Phần 6")
    p.check(sum(ch.one(x) for x in ("Quán nhậu", "Cửa hàng đặc sản", "Điểm bán OCOP", "Bán online")) == ch.one("Cộng") == kg[0],
            "customer groups sum to 12.000 kg")
    fin = p.part("# Phần 11", "# Phần 12")
    R = [g[y] * 60 + h[y] * 95 for y in Y]  # nghìn đồng
    m = money(p, fin, [("Nem gói 300 g (60.000", g, 60), ("Nem hộp 500 g (95.000", h, 95)],
              [("Thịt nạc (115.000", [x * 115 for x in ln]), ("Bì lợn (30.000", [x * 30 for x in bi]),
               ("Thính gạo", [k * 12 for k in kg]), ("Tiền công 5", [5 * 5500 * 12] * 3), ("Điện, nước", [k * 3 for k in kg]),
               ("Khấu hao", [500000 / 10] * 3), ("Lãi vay", interest(300000, 100000, 0.08)),
               ("Bán hàng, vận chuyển", [r * 0.04 for r in R]), ("Thuế GTGT", [r * 0.045 for r in R]), ("Chi phí khác", [30000] * 3)],
              None)
    growth(p, m["rev"])
    inv = p.part("# Phần 10", "# Phần 11")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    p.check(sum(items) == inv.one("Tổng cộng") == 600000 == 300000 + 300000 and sum(items[:5]) == 500000, "capital 600 triệu")
    avg = sum(m["post"]) / 3
    p.check(close(avg, 429888, 0.001) and close(600000 / (avg + 50000), 1.3, 0.05), "average 429.888, payback 1,25 ≈ 1,3")
    p.check(close(m["rev"][0], 2352000) and close(m["rev"][2] / 1e6, 2.82, 0.01), "2,35 → 2,82 tỷ")
    p.has("600.000 : (429.888 + 50.000) ≈ 1,3 năm", "60.000 đ/gói", "95.000 đ/hộp", "12.000 kg năm 2027, 13.200 kg năm 2028, 14.400 kg năm 2029",
          "12.000 kg nạc và 4.500 kg bì", "11.520 kg nạc và 3.600 kg bì", "= 20.000 kg/năm", "Giấy chứng nhận đăng ký hộ kinh doanh số")
    calendar(p, "## 1. Lịch sản xuất năm 2027", "## 2. Thiết bị", kg[0], 0.8, 200 / 3 * 26, on_raw=False)
    p.has("khoảng 1.730 kg/tháng (26 ngày)")
    ready_common(p)
    return p


def dn03() -> Plan:
    p = Plan("dn03_bo_kho_cam_due_cty")
    pr = p.part("# CHƯƠNG VIII.", "# CHƯƠNG IX.")
    t, h, kg, beef = pr.row("Bò khô túi"), pr.row("Bò khô hộp"), pr.row("Bò khô thành phẩm"), pr.row("Thịt bò tươi cần dùng")
    for y in Y:
        p.check(close(kg[y], t[y] * 0.2 + h[y] * 0.5) and close(beef[y], kg[y] * 2.5), f"kg, 2,5 kg beef/kg {y}")
        p.check(beef[y] <= 220 * 90 and beef[y] <= 2 * 40 * 280, f"220 head × 90 kg, 2 cabinets × 40 kg × 280 {y}")
    p.check(300 * 0.5 == 150 and 220 * 90 == 19800 and 2 * 40 * 280 == 22400, "cattle chain, drying capacity")
    growth(p, kg, 5400)
    fin = p.part("# CHƯƠNG X.", "# CHƯƠNG XI.")
    R = [t[y] * 0.19 + h[y] * 0.45 for y in Y]
    m = money(p, fin, [("Bò khô túi 200 g (190.000", t, 0.19), ("Bò khô hộp 500 g (450.000", h, 0.45)],
              [("Thịt bò tươi (220.000", [b * 0.22 for b in beef]), ("Gia vị, lá chanh", [k * 0.025 for k in kg]),
               ("Tiền lương 10", [10 * 7 * 12] * 3), ("Điện sấy", [k * 0.02 for k in kg]), ("Khấu hao", [1200 / 10] * 3),
               ("Lãi vay", interest(800, 200, 0.08)), ("Bán hàng, tiếp thị", [r * 0.06 for r in R]), ("Quản lý doanh nghiệp", [120] * 3)],
              0.17)
    growth(p, m["rev"])
    inv = p.part("# CHƯƠNG IX.", "# CHƯƠNG X.")
    items = [inv.one(f"{i} |") for i in range(1, 9)]
    p.check(sum(items) == inv.one("Tổng cộng") == 2000 == 1200 + 800 and sum(items[:6]) == 1200, "capital 2 tỷ")
    avg = sum(m["post"]) / 3
    p.check(close(avg, 610.4, 0.001) and close(2000 / (avg + 120), 2.7, 0.02), "average 610,4, payback 2,7")
    p.check(close(m["rev"][0], 5600) and close(m["rev"][2], 6720), "5,6 and 6,72 tỷ")
    p.check(45 + 15 + 30 + 10 == 100, "channel shares")
    p.has("(456,5 + 610,4 + 764,3) : 3 = 610,4", "2.000 : (610,4 + 120) ≈ 2,7 năm", "190.000 đ/túi", "450.000 đ/hộp",
          "6.000 kg năm 2027, 6.600 kg năm 2028, 7.200 kg năm 2029", "220 con × 90 kg = 19.800 kg/năm", "= 22.400 kg thịt tươi/năm",
          "Tổng vốn đầu tư 2 tỷ đồng", "Doanh thu 5,6 tỷ đồng năm 2027, 6,72 tỷ đồng năm 2029", "đăng ký môi trường", "mã lô")
    calendar(p, "## 1. Lịch sản xuất năm 2027", "## 2. Hộ nuôi", kg[0], 2.5, 2 * 40 * 24)
    members(p, "## 2. Hộ nuôi bò", "## 3.", 2, 220)
    p.check(8 + 6 + 5 + 6 == 25, "25 households")
    p.has("2 × 40 kg × 24 ngày = 1.920 kg")
    ready_common(p)
    return p


def dn04() -> Plan:
    p = Plan("dn04_trung_vit_muoi_xuan_hoi_tht")
    pr = p.part("## 1. Sản lượng", "## 2.")
    b, k, q, e = pr.row("Hộp 10 quả"), pr.row("Khay 30 quả"), pr.row("Trứng muối thành phẩm"), pr.row("Trứng vịt tươi")
    for y in Y:
        p.check(q[y] == b[y] * 10 + k[y] * 30 and close(e[y], q[y] * 1.03), f"eggs, 1,03 {y}")
        p.check(e[y] <= 600000 <= 2800 * 220 and e[y] <= 45 * 1000 * 14, f"600.000 committed, 630.000 jar capacity {y}")
    growth(p, q, 410000)
    ch = p.part("# H. THỊ TRƯỜNG", "# I.")
    p.check(sum(ch.one(x) for x in ("Tiệm bánh", "Nhà hàng", "Cửa hàng đặc sản", "Bán online")) == ch.one("Cộng") == q[0],
            "channels 450.000")
    fin = p.part("## 2. Doanh thu", "# M.")
    R = [b[y] * 60000 + k[y] * 165000 for y in Y]
    m = money(p, fin, [("Hộp 10 quả (60.000", b, 60000), ("Khay 30 quả (165.000", k, 165000)],
              [("Trứng vịt tươi (3.000", [x * 3000 for x in e]), ("Muối, tro", [x * 300 for x in q]),
               ("Hộp giấy", [b[y] * 4000 + k[y] * 9000 for y in Y]), ("Tiền công 5", [5 * 5e6 * 12] * 3), ("Điện, nước", [30e6] * 3),
               ("Khấu hao", [400e6 / 10] * 3), ("Lãi vay", [14e6, 7e6, 0]), ("Bán hàng, vận chuyển", [r * 0.05 for r in R]),
               ("Kiểm nghiệm, quản lý", [25e6] * 3)], None)
    p.check(close(200e6 * 0.07, 14e6) and close(100e6 * 0.07, 7e6), "interest 7 % on 200 then 100 triệu")
    growth(p, m["rev"])
    inv = p.part("# M. VỐN", "# N.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 500e6 == 300e6 + 200e6 and sum(items[:4]) == 400e6, "capital 500 triệu")
    avg = sum(m["post"]) / 3
    p.check(close(avg, 481575000, 0.0001) and close(500e6 / (avg + 40e6), 1.0, 0.05), "average, payback ≈ 1")
    p.check(close(m["rev"][0], 2625e6) and close(m["rev"][2], 3150e6), "text revenue")
    p.has("450.000 quả năm 2027, 495.000 quả năm 2028, 540.000 quả năm 2029", "2.625.000.000 đồng", "3.150.000.000 đồng",
          "60.000 đ/hộp", "165.000 đ/khay", "45 chum × 1.000 quả × 14 mẻ = 630.000 quả/năm", "556.200 quả", "tối thiểu 600.000 quả/năm",
          "Lợi nhuận bình quân 481.575.000", "500.000.000 : (481.575.000 + 40.000.000) ≈ 1 năm", "Giấy chứng nhận đăng ký tổ hợp tác")
    calendar(p, "## 1. Lịch ngâm trứng năm 2027", "## 2. Tổ viên", q[0], 1.03, 45 * 1000 * 14 / 12)
    members(p, "## 2. Tổ viên cung cấp", "## 3.", 3, 600000)
    members(p, "## 2. Tổ viên cung cấp", "## 3.", 2, 2800)
    p.has("45 × 1.000 × 14 : 12 = 52.500 quả", "cần 41.715 quả trứng tươi")
    members(p, "## Phụ lục: Vốn góp", "XÁC NHẬN", 2, 300e6)
    p.has("Vốn góp của các tổ viên 300 triệu đồng")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def dn05() -> Plan:
    p = Plan("dn05_lap_xuong_son_kim_htx")
    pr = p.part("# 10. Kế hoạch", "# 11.")
    a, b, kg, raw, sup = (pr.row("Lạp xưởng túi 500 g"), pr.row("Lạp xưởng túi 1 kg"), pr.row("Tổng lạp xưởng"),
                          pr.row("Thịt lợn nạc, mỡ cần dùng"), pr.row("Thịt từ lợn của thành viên"))
    for y in Y:
        p.check(close(kg[y], a[y] * 0.5 + b[y]) and close(raw[y], kg[y] * 1.6), f"kg, 1,6 kg/kg {y}")
        p.check(sup[y] == 400 * 32 == 12800 and raw[y] <= 2 * 200 / 2 * 290, f"supply 12.800, oven 58.000 {y}")
    p.check(raw[0] <= sup[0], "2027 covered exactly")
    p.check(off(sup[1], raw[1]) and off(sup[2], raw[2]) and raw[1] - sup[1] == 1280 and raw[2] - sup[2] == 2560,
            "PLANTED material-shortfall: 14.080 / 15.360 kg needed against 12.800 (−9,1 % / −16,7 %)")
    p.has("Nguồn thịt từ đàn lợn của thành viên là 12.800 kg/năm, đủ cho sản xuất của cả giai đoạn 2027–2029")
    p.lacks(r"giết mổ tập trung|mua thêm|lò mổ|thịt mua|thương lái", "PLANTED no second meat source")
    growth(p, kg, 7200)
    p.check(3500 + 2000 + 1500 + 1000 == kg[0], "channels 8.000 kg")
    fin = p.part("# 12. Hiệu quả", "# 13.")
    R = [a[y] * 0.15 + b[y] * 0.29 for y in Y]
    m = money(p, fin, [("Túi 500 g (150.000", a, 0.15), ("Túi 1 kg (290.000", b, 0.29)],
              [("Thịt nạc, mỡ lợn (95.000", [x * 0.095 for x in raw]), ("Ruột, rượu", [k * 0.02 for k in kg]),
               ("Tiền công 6", [6 * 6 * 12] * 3), ("Điện lò sấy", [k * 0.008 for k in kg]), ("Khấu hao", [900 / 10] * 3),
               ("Lãi vay", interest(400, 100, 0.08)), ("Bán hàng", [r * 0.05 for r in R]), ("Quản lý, kiểm nghiệm", [40] * 3)], 0.15)
    growth(p, m["rev"])
    p.check(all(r < 3000 for r in m["rev"]), "revenue under 3 tỷ: 15 % CIT")
    inv = p.part("# 11. Tổng vốn", "# 12.")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1200 and sum(items[:5]) == 900, "items = total 1.200, fixed 900")
    p.has("Tổng vốn đầu tư của phương án là 1.200 triệu đồng", "vốn góp của thành viên 600 triệu đồng",
          "400 triệu đồng, lãi suất 8 %/năm", "Hai nguồn vốn trên đủ đáp ứng nhu cầu vốn")
    p.check(off(600 + 400, 1200) and close((600 + 400 - 1200) / 1200, -0.1667, 0.01), "PLANTED capital-mismatch 1.000 vs 1.200 (−16,7 %)")
    avg = sum(m["post"]) / 3
    p.check(close(avg, 260.7, 0.001) and close(1200 / (avg + 90), 3.4, 0.01), "payback 3,4 right")
    p.has("(184,9 + 260,7 + 336,4) : 3 ≈ 260,7", "1.200 : (260,7 + 90) ≈ 3,4 năm", "150.000 đ/túi", "290.000 đ/túi",
          "8.000 kg lạp xưởng năm 2027, 8.800 kg năm 2028 và 9.600 kg năm 2029", "2.370 triệu đồng năm 2027, 2.844 triệu đồng năm 2029",
          "= 58.000 kg nguyên liệu/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/SK", "tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(r"kiểm soát|truy xuất|nhật ký|sổ (ghi|theo dõi)|mã (lô|mẻ)|\blô\b|\bmẻ\b.*ghi|lưu mẫu|HACCP|ISO|\bQR\b|kiểm tra nội bộ",
            "PLANTED no internal quality control or traceability")
    calendar(p, "## 1. Lịch sản xuất năm 2027", "## 2. Danh mục", kg[0], 1.6, 200 * 24)
    p.has("200 kg × 24 ngày = 4.800 kg")
    members(p, "## Phụ lục: Vốn góp", "Sơn Kim, ngày", 3, 800)
    p.has("10 thành viên chính thức, vốn điều lệ 800 triệu đồng")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dn06() -> Plan:
    p = Plan("dn06_ruoc_thit_ngan_pho_ctcp")
    pr = p.part("## 8.5.", "# 9.")
    h, t, kg, meat = pr.row("Ruốc hũ"), pr.row("Ruốc túi"), pr.row("Ruốc thành phẩm"), pr.row("Thịt nạc thăn")
    for y in Y:
        p.check(close(kg[y], h[y] * 0.2 + t[y] * 0.5) and close(meat[y], kg[y] * 2.5), f"kg, 2,5 kg/kg {y}")
        p.check(meat[y] <= 90 * 300 and kg[y] <= 2 * 40 * 290, f"27.000 kg contract, 23.200 kg roasters {y}")
    growth(p, kg, 7200)
    p.check(3200 + 2000 + 2000 + 800 == kg[0], "channels 8.000 kg")
    fin = p.part("## 9.2.", "# 10.")
    R = [h[y] * 0.11 + t[y] * 0.26 for y in Y]
    m = money(p, fin, [("Ruốc hũ 200 g (110.000", h, 0.11), ("Ruốc túi 500 g (260.000", t, 0.26)],
              [("Thịt nạc (110.000", [x * 0.11 for x in meat]), ("Nước mắm, gia vị", [k * 0.025 for k in kg]),
               ("Tiền lương 10", [10 * 6.5 * 12] * 3), ("Điện, gas", [k * 0.01 for k in kg]), ("Khấu hao", [150] * 3),
               ("Lãi vay", interest(1000, 250, 0.08)), ("Bán hàng", [r * 0.05 for r in R]), ("Quản lý", [100] * 3)], 0.17)
    growth(p, m["rev"])
    inv = p.part("## 9.1.", "## 9.2.")
    items = [inv.one(f"{i} |") for i in range(1, 9)]
    p.check(sum(items) == inv.one("Tổng cộng") == 2500 == 1500 + 1000 and sum(items[:6]) == 1500, "capital 2,5 tỷ = sources")
    avg = sum(m["post"]) / 3
    true = 2500 / (avg + 150)
    p.check(close(avg, 569.3, 0.001) and close(true, 3.48, 0.01) and off(2.1, true) and off(2.1, 2500 / avg),
            "PLANTED payback 2,1 years != 2.500 : (569,3 + 150) = 3,5 (4,4 without depreciation)")
    p.check(close(1500 / (avg + 150), 2.1, 0.01), "2,1 is the payback of the 1,5-tỷ draft")
    p.has("(418,7 + 569,3 + 719,9) : 3 ≈ 569,3", "(tổng vốn đầu tư chia cho lợi nhuận sau thuế bình quân cộng khấu hao) ≈ 2,1 năm",
          "Hoàn vốn đầu tư trong khoảng 2 năm", "Tổng vốn đầu tư 2,5 tỷ đồng")
    p.check(p.count("Công ty Cổ phần Thực phẩm Hương Trà") == 2 and p.count("Công ty Cổ phần Thực phẩm Ngàn Phố") == 1
            and p.count("CÔNG TY CỔ PHẦN THỰC PHẨM NGÀN PHỐ") == 1, "PLANTED another company's name, twice")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|khám sức khỏe|tự công bố|công bố sản phẩm|vệ sinh|cam kết|"
            r"giấy chứng nhận cơ sở|kiến thức", "PLANTED no food-safety certificate, commitment or plan")
    p.has("110.000 đ/hũ", "260.000 đ/túi", "8.000 kg năm 2027, 8.800 kg năm 2028, 9.600 kg năm 2029", "27.000 kg/năm",
          "2 × 40 × 290 ngày = 23.200 kg/năm", "TCCS 01:2026/NP", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "ghi sổ từng mẻ",
          "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.check(close(m["rev"][0], 4310) and close(m["rev"][2], 5172), "4,3 → 5,2 tỷ")
    calendar(p, "## 1. Lịch sản xuất năm 2027", "## 2. Danh mục", kg[0], 2.5, 80 * 24, on_raw=False)
    p.has("80 kg × 24 ngày = 1.920 kg ruốc/tháng")
    members(p, "## Phụ lục: Cơ cấu cổ đông", "Sơn Tây, ngày", 2, 4000)
    sh = p.part("## Phụ lục: Cơ cấu cổ đông", "Sơn Tây, ngày")
    p.check(all(close(plancheck.vn(r[2]) / 4000 * 100, plancheck.vn(r[3].rstrip(" %"))) for r in sh.rows[2:]), "shares in %")
    p.has("Vốn điều lệ 4 tỷ đồng, 7 cổ đông")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dn07() -> Plan:
    p = Plan("dn07_be_mot_nang_huong_khe_hkd")
    pr = p.part("# IX. KẾ HOẠCH", "# X.")
    a, b, kg, veal, live = pr.row("Túi 500 g"), pr.row("Hộp 1 kg"), pr.row("Bê một nắng"), pr.row("Thịt bê tươi"), pr.row("Bê hơi")
    for y in Y:
        p.check(close(kg[y], a[y] * 0.5 + b[y]) and close(veal[y], kg[y] * 1.6) and close(live[y], veal[y] / 0.45), f"kg, 1,6, 45 % {y}")
        p.check(live[y] / 100 <= 220 and veal[y] <= 45 * 290, f"220 calves, 1 a day × 45 kg × 290 = 13.050 {y}")
    p.check([live[y] / 100 for y in Y] == [160, 176, 192], "160 / 176 / 192 calves")
    growth(p, kg, 4000)
    p.check(1800 + 1200 + 1000 + 500 == kg[0], "channels 4.500 kg")
    fin = p.part("# X. DOANH THU", "# XI.")
    rv = [fin.row("Túi 500 g (300.000"), fin.row("Hộp 1 kg (580.000")]
    true_r = [a[y] * 0.3 + b[y] * 0.58 for y in Y]
    stated = fin.row("Doanh thu |")
    m = money(p, fin, [("Túi 500 g (300.000", a, 0.3), ("Hộp 1 kg (580.000", b, 0.58)],
              [("Bê hơi (80.000", [x * 0.08 for x in live]), ("Muối, sả", [k * 0.02 for k in kg]), ("Tiền công 6", [6 * 5.5 * 12] * 3),
               ("Điện, than", [k * 0.005 for k in kg]), ("Khấu hao", [500 / 10] * 3), ("Lãi vay", interest(300, 100, 0.08)),
               ("Bán hàng", [r * 0.05 for r in stated]), ("Thuế GTGT", [r * 0.045 for r in stated]), ("Chi khác", [30] * 3)],
              None, skip={("rev", 1, 1)})
    p.check(rv[1][1] == 1157 and close(b[1] * 0.58, 957) and off(rv[1][1], b[1] * 0.58),
            "PLANTED 2028 'Hộp 1 kg' 1.157 != 1.650 × 580.000 đ = 957 (+20,9 %)")
    p.check(close(stated[1], 3137) and close(true_r[1], 2937) and off(stated[1], true_r[1]), "revenue total 3.137 vs 2.937 (+6,8 %)")
    p.check(close(stated[0], true_r[0]) and close(stated[2], true_r[2]), "2027 and 2029 revenue right")
    true_p1 = true_r[1] - (m["cost"][1] - 200 * 0.095)
    p.check(close(true_p1, 634.1, 0.001) and close(m["pre"][1], 815.1), "true 2028 profit 634,1 (stated 815,1)")
    growth(p, true_r)
    avg = sum(m["post"]) / 3
    true_avg = (m["post"][0] + true_p1 + m["post"][2]) / 3
    p.check(close(avg, 694.5, 0.001) and close(900 / (avg + 50), 1.2, 0.02), "stated 1,2 years")
    p.check(close(900 / (true_avg + 50), 1.32, 0.01) and off(1.2, 900 / (true_avg + 50)), "tolerated knock-on: truly 1,3 years")
    inv = p.part("# XI. VỐN", "Tổng vốn 900")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 900 == 600 + 300 and sum(items[:4]) == 500, "capital 900, fixed 500")
    org = p.part("## 3. Lao động", "# IX.")
    staff = org.one("Cộng")
    p.check(sum(org.one(x) for x in ("Chủ hộ", "Giết mổ", "Ướp", "Đóng gói")) == staff == 6, "6 workers by task")
    p.has("Trong giai đoạn 2027–2029 hộ sử dụng 4 lao động thường xuyên", "Tiền công 6 lao động")
    p.check(off(4, 6), "PLANTED figure-inconsistent: 4 vs 6 regular workers, same period")
    p.has("Bê được giết mổ ngay tại nhà", "khu giết mổ nhỏ 40 m² sau nhà")
    p.lacks(r"môi trường|nước thải|chất thải|biogas|\bbể\b|\bhố\b|xử lý|mùi|ô nhiễm|phân bón|ủ phân|thu gom|\brác\b",
            "PLANTED no environmental measure for on-site slaughter")
    p.has("(523,9 + 815,1 + 744,6) : 3 ≈ 694,5", "900 : (694,5 + 50) ≈ 1,2 năm", "300.000 đ/túi", "580.000 đ/hộp",
          "4.500 kg năm 2027, 4.950 kg năm 2028, 5.400 kg năm 2029", "doanh thu năm 2027 là 2.670 triệu đồng",
          "160 con năm 2027, 176 con năm 2028, 192 con năm 2029", "45 kg thịt × 290 ngày = 13.050 kg", "tối đa 220 con/năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/HT", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "Ghi sổ từng con bê", "148/QĐ-TTg", "1489/QĐ-TTg")
    calendar(p, "## 1. Lịch sản xuất năm 2027", "## 2. Hộ nuôi", kg[0], 1.6, 45 * 24)
    members(p, "## 2. Hộ nuôi bê", "## 3.", 2, 220)
    p.has("45 kg thịt × 24 ngày = 1.080 kg thịt/tháng")
    res = p.part("## Phụ lục: Kết quả", "Hương Trạch, ngày")
    for yr, out in (("2024 |", 3000), ("2025 |", 3500), ("2026 (ước)", 4000)):
        r = res.row(yr, 3)
        p.check(r[0] == out and round(out * 1.6 / 45) == r[1] and 500 <= r[2] * 1000 / out <= 600, f"history {yr}")
    p.check(res.row("2026 (ước)", 3)[2] == 2300, "2,3 tỷ in 2026 as in the text")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dn08() -> Plan:
    p = Plan("dn08_gio_bo_ky_trinh_tht")
    pr = p.part("# IX. KẾ HOẠCH", "# X.")
    a, b, kg, beef, st = (pr.row("Giò bò cây 1 kg"), pr.row("Giò bò cây 500 g"), pr.row("Tổng sản lượng"),
                          pr.row("Thịt bò bắp, đùi cần dùng"), pr.row("Lao động"))
    for y in Y:
        p.check(close(kg[y], a[y] + b[y] * 0.5) and close(beef[y], kg[y] * 0.85), f"kg, 0,85 {y}")
        p.check(beef[y] <= 35000 and kg[y] <= 60 * 6 * 300, f"35 tấn contract, cutter 108.000 kg {y} (not planted)")
    p.check(close(kg[0] / 8000, 1.15) and kg[1] / kg[0] == 2 and kg[2] / kg[1] == 2 and off(kg[1] / kg[0], 1.2)
            and off(kg[2] / kg[1], 1.2), "PLANTED unrealistic-growth: +15 %, then ×2 and ×2")
    fin = p.part("# X. DOANH THU", "# XI.")
    R = [a[y] * 0.3 + b[y] * 0.155 for y in Y]
    m = money(p, fin, [("Giò bò cây 1 kg (300.000", a, 0.3), ("Giò bò cây 500 g (155.000", b, 0.155)],
              [("Thịt bò (190.000", [x * 0.19 for x in beef]), ("Gia vị, lá chuối", [k * 0.015 for k in kg]),
               ("Tiền công", [s * 6 * 12 for s in st]), ("Điện, gas", [k * 0.006 for k in kg]), ("Khấu hao", [600 / 10] * 3),
               ("Lãi vay", interest(300, 100, 0.08)), ("Bán hàng", [r * 0.04 for r in R]), ("Quảng bá", [20] * 3),
               ("Chi khác", [30] * 3)], None, skip={("profit", 0, 0)})
    true0 = m["rev"][0] - m["cost"][0]
    p.check(m["pre"][0] == 391.3 and close(true0, 291.3, 0.001) and off(m["pre"][0], true0),
            "PLANTED 2027 profit 391,3 != 2.792 − 2.500,7 = 291,3 (+34,3 %)")
    p.check(m["rev"][1] / m["rev"][0] == 2 and m["rev"][2] / m["rev"][1] == 2, "revenue ×2 and ×2")
    p.check(m["lines"][7] == [20, 20, 20] and close(m["lines"][0][2], 5943.2) and 5943.2 / 100 > 50,
            "promotion flat; 5,9 tỷ of beef in 2029 against 100 triệu working capital")
    market = p.part("# VI. THỊ TRƯỜNG", "# VII.").section
    p.check("còn rất lớn" in market and "ngày càng tăng" in market and "3 đại lý" in market and "5 quán ăn" in market
            and "hợp đồng" not in market, "market: same 3 agents and 5 eateries, generic demand, no contract")
    inv = p.part("# XI. VỐN", "Tổng vốn 750")
    items = [inv.one(f"{i} |") for i in range(1, 8)]
    p.check(sum(items) == inv.one("Tổng cộng") == 750 == 450 + 300 and sum(items[:5]) == 600, "capital 750, fixed 600")
    avg = sum(m["post"]) / 3
    true_avg = (true0 + m["post"][1] + m["post"][2]) / 3
    p.check(close(avg, 1379.7, 0.001) and close(750 / (avg + 60), 0.52, 0.01), "stated 0,52 years follows the stated profits")
    p.check(close(750 / (true_avg + 60), 0.533, 0.01), "true 0,53 years (tolerated knock-on)")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|\blogo\b|chỉ dẫn địa lý|văn bằng", "PLANTED no trademark or IP")
    p.has("Lợi nhuận năm 2027 đạt 391,3 triệu đồng", "(391,3 + 1.012,6 + 2.735,3) : 3 ≈ 1.379,7", "750 : (1.379,7 + 60) ≈ 0,52 năm",
          "300.000 đ/cây", "155.000 đ/cây", "9.200 kg năm 2027, 18.400 kg năm 2028 và 36.800 kg năm 2029",
          "tối đa 35.000 kg thịt bắp, đùi/năm", "60 kg × 6 giờ × 300 ngày = 108.000 kg/năm", "từ 2,8 tỷ đồng năm 2027 lên 11,2 tỷ đồng năm 2029",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/KT", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
          "Sổ ghi từng mẻ giò", "bể tách mỡ", "148/QĐ-TTg", "1489/QĐ-TTg", "Giấy chứng nhận đăng ký tổ hợp tác")
    calendar(p, "## 1. Lịch sản xuất năm 2027", "## 2. Danh mục", kg[0], 0.85, 60 * 6 * 25, on_raw=False)
    p.check((15 + 10) * 300 == 7500 and 7500 < kg[0], "present buyers take about 25 kg a day (7.500 kg a year)")
    p.has("60 kg × 6 giờ × 25 ngày = 9.000 kg/tháng")
    members(p, "## Phụ lục: Danh sách tổ viên", "XÁC NHẬN", 3, 450)
    p.check(sum(1 for r in p.part("## Phụ lục: Danh sách tổ viên", "XÁC NHẬN").rows[2:] if r[0].isdigit()) == st[0],
            "8 people in 2027")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dn09() -> Plan:
    p = Plan("dn09_trung_muoi_thach_ha_cty")
    pr = p.part("# 12/", "# 13/")
    h, k, q, e = pr.row("Trứng vịt muối hộp"), pr.row("Lòng đỏ trứng muối khay"), pr.row("Số trứng muối"), pr.row("Trứng vịt tươi")
    cap = 40 * 1200 * 11
    for y in Y:
        p.check(q[y] == h[y] * 6 + k[y] * 10 and close(e[y], q[y] * 1.03) and e[y] <= 700000, f"eggs, 1,03, 700.000 contract {y}")
    p.check(cap == 528000 and e[0] <= cap and close(460000 * 1.03, 473800), "2027 (515.000) and 2026 (473.800) within 528.000")
    p.check(off(e[1], cap) and off(e[2], cap) and close(e[1] / cap, 1.073, 0.001) and close(e[2] / cap, 1.17, 0.001),
            "PLANTED capacity-exceeded: 566.500 / 618.000 eggs against 528.000 (+7,3 % / +17 %)")
    p.has("40 bể × 1.200 quả × 11 mẻ = 528.000 quả/năm", "40 bể hiện có đủ công suất cho cả giai đoạn 2027–2029",
          "không đầu tư thêm bể")
    growth(p, q, 460000)
    ch = p.part("# 8/", "# 9/")
    box = [ch.row(x, 2)[0] for x in ("Đại lý", "Siêu thị", "Cửa hàng OCOP", "Bán online", "Tiệm bánh", "Cơ sở bánh")]
    tray = [ch.row(x, 2)[1] for x in ("Đại lý", "Siêu thị", "Cửa hàng OCOP", "Bán online", "Tiệm bánh", "Cơ sở bánh")]
    tot = ch.row("Cộng", 2)
    p.check(sum(tray) == tot[1] == k[0], "yolk trays 20.000 add up")
    p.check(sum(box) == 45000 and tot[0] == 50000 == h[0] and off(tot[0], sum(box)),
            "PLANTED table-total-mismatch: boxes 45.000 by channel, 'Cộng' 50.000 (+11,1 %)")
    fin = p.part("# 14/", "# 15/")
    R = [h[y] * 0.042 + k[y] * 0.06 for y in Y]
    m = money(p, fin, [("Hộp 6 quả (42.000", h, 0.042), ("Khay 10 lòng đỏ (60.000", k, 0.06)],
              [("Trứng vịt tươi (3.000", [x * 0.003 for x in e]), ("Muối, tro", [x * 0.0002 for x in q]),
               ("Hộp, khay", [(h[y] + k[y]) * 0.003 for y in Y]), ("Tiền lương 7", [7 * 6.5 * 12] * 3),
               ("Điện, nước, kho lạnh", [60] * 3), ("Khấu hao", [700 / 10] * 3), ("Lãi vay", interest(500, 125, 0.08)),
               ("Bán hàng", [r * 0.05 for r in R]), ("Quản lý", [90] * 3)], 0.17)
    growth(p, m["rev"])
    inv = p.part("# 13/", "# 14/")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1000 == 500 + 500 and sum(items[:4]) == 700, "capital 1 tỷ, fixed 700, no vat")
    avg = sum(m["post"]) / 3
    p.check(close(avg, 508, 0.001) and close(1000 / (avg + 70), 1.7, 0.02), "average 508, payback 1,7")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi rõ|in trên hộp", "PLANTED no label or label plan")
    p.has("(393,4 + 508 + 622,5) : 3 ≈ 508", "1.000 : (508 + 70) ≈ 1,7 năm", "42.000 đ/hộp", "60.000 đ/khay",
          "500.000 quả năm 2027, 550.000 quả năm 2028, 600.000 quả năm 2029", "mua 700.000 quả/năm", "3,3 tỷ đồng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/TK", "tự công bố", "Cục Sở hữu trí tuệ",
          "Sổ theo dõi từng bể ngâm", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    res = p.part("## Phụ lục: Kết quả", "## Phụ lục: Danh sách")
    p.check(res.row("2025 |", 3)[0] == 410000 and res.row("2026 (ước)", 3)[0] == 460000 and res.row("2026 (ước)", 3)[1] == 3000
            and res.row("2026 (ước)", 3)[2] == 7, "results table = text (410.000 / 460.000 quả, 3 tỷ, 7 workers)")
    p.has("Năm 2025 công ty muối 410.000 quả, năm 2026 ước 460.000 quả, doanh thu năm 2026 khoảng 3 tỷ đồng", "Công ty có 7 lao động")
    members(p, "| Trại vịt cung cấp", "| Nhóm khách hàng", 2, 700000)
    members(p, "| Trại vịt cung cấp", "| Nhóm khách hàng", 1, 3500)
    p.has("| Bể ngâm xi măng ốp gạch men | 40 | 1.200 quả/bể | có sẵn |")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def dn10() -> Plan:
    p = Plan("dn10_gio_thu_duc_lam_htx")
    pr = p.part("## 1. Sản lượng", "## 2.")
    a, b, kg, hd, ln = (pr.row("Giò thủ cây"), pr.row("Giò lụa cây"), pr.row("Tổng sản lượng"), pr.row("Thịt thủ, tai, lưỡi"),
                        pr.row("Thịt nạc cần dùng"))
    for y in Y:
        p.check(close(kg[y], (a[y] + b[y]) * 0.5) and close(hd[y], a[y] * 0.5 * 1.2) and close(ln[y], b[y] * 0.5 * 0.85), f"norms {y}")
        p.check(hd[y] <= 40 * 300 and ln[y] <= 25 * 300, f"12.000 / 7.500 kg contract {y}")
        p.check(a[y] * 0.5 <= 60 * 300 and b[y] * 0.5 <= 2 * 30 * 5 * 300, f"moulds 18.000, grinders 90.000 {y}")
    growth(p, kg, 12600)
    fin = p.part("## 2. Doanh thu", "# Phần VII")
    R = [a[y] * 0.11 + b[y] * 0.12 for y in Y]
    m = money(p, fin, [("Giò thủ (110.000", a, 0.11), ("Giò lụa (120.000", b, 0.12)],
              [("Thịt thủ, tai, lưỡi (70.000", [x * 0.07 for x in hd]), ("Thịt nạc (120.000", [x * 0.12 for x in ln]),
               ("Mộc nhĩ", [k * 0.015 for k in kg]), ("Tiền công 9", [9 * 6 * 12] * 3), ("Điện, gas", [k * 0.006 for k in kg]),
               ("Khấu hao", [1000 / 10] * 3), ("Lãi vay", interest(600, 200, 0.07)), ("Chi phí tiêu thụ", [r * 0.05 for r in R]),
               ("Quản lý", [60] * 3)], 0.17)
    growth(p, m["rev"])
    inv = p.part("# Phần VII", "# Phần VIII")
    items = [inv.one(f"{i} |") for i in range(1, 9)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1500 == 900 + 600 and sum(items[:6]) == 1000, "capital 1.500, fixed 1.000")
    avg = sum(m["post"]) / 3
    p.check(close(avg, 640.9, 0.001) and close(1500 / (avg + 100), 2.0, 0.02), "average 640,9, payback 2")
    market = p.part("## 2. Thị trường", "# Phần IV").section
    p.check(not re.search(r"\d", market.split("\n", 1)[1]) and not re.search(r"giá|đồng|khách|kênh|đại lý|cửa hàng|siêu thị|nhà hàng|\bbán\b",
                                                                          market, re.I),
            "PLANTED the market section has no number, price, customer or channel")
    p.lacks(r"khách|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|thương lái|phân phối|hợp đồng (bán|tiêu thụ)|facebook|zalo|"
            r"shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|hội chợ|xuất khẩu|showroom|điểm bán|nhà hàng|quán|\bchợ\b|"
            r"bếp ăn|kênh|đối thủ", "PLANTED no sales channel anywhere")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|hợp quy|hợp chuẩn|chỉ tiêu (vi sinh|an toàn|chất lượng|cảm quan)",
            "PLANTED no product standard")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020", "Hội đồng đánh giá sản phẩm OCOP cấp huyện",
          "UBND huyện Đức Thọ", "Đức Lâm, tháng 9 năm 2026")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|cấp tỉnh", "PLANTED outdated-policy: the current instruments are not cited")
    p.has("(508 + 640,9 + 773,9) : 3 ≈ 640,9", "1.500 : (640,9 + 100) ≈ 2 năm", "110.000 đ/cây", "120.000 đ/cây",
          "14.000 kg năm 2027, 15.400 kg năm 2028, 16.800 kg năm 2029", "doanh thu năm 2027 là 3.200 triệu đồng",
          "11.520 kg thịt thủ và 6.120 kg nạc", "60 khuôn × 1 kg × 1 mẻ/ngày × 300 ngày = 18.000 kg", "2 × 30 kg × 5 giờ × 300 ngày = 90.000 kg/năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "Sổ theo dõi từng lô",
          "đăng ký môi trường")
    calendar(p, "## 1. Lịch sản xuất giò thủ", "## 2. Danh mục", a[0] * 0.5, 1.2, 60 * 25, on_raw=False)
    p.has("60 kg × 25 ngày = 1.500 kg giò thủ/tháng")
    p.check(sum(1 for r in p.part("## Phụ lục: Danh sách lao động", "Đức Lâm, ngày").rows[2:] if r[0].isdigit()) == 9,
            "nine workers listed, as in the wage line")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("dn11_cha_bong_mai_anh_so_sai")
    a.check(1500 * 380000 == 570e6, "1.500 kg × 380.000 = 570 triệu")
    a.has("khoảng 1.500 kg chà bông/năm", "380.000 đồng/kg", "khoảng 570 triệu đồng", "khoảng 150 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"giấy chứng nhận|mã số|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|truy xuất|sổ ghi|"
            r"chi phí|lợi nhuận|nguyên liệu|công suất", "every tolerated gap is real")
    a.has("quán cháo", "Facebook", "Khách du lịch")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dn12_lap_xuong_hoa_hai_so_sai")
    b.check(200 * 12 == 2400 and 2400 * 280000 == 672e6, "200 kg × 12 = 2.400 kg × 280.000 = 672 triệu")
    b.has("khoảng 200 kg", "khoảng 2.400 kg", "280.000 đồng/kg", "khoảng 672 triệu đồng", "gồm 4 hộ")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|giấy chứng nhận|mã số|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|nước thải|truy xuất|"
            r"sổ ghi|vốn đầu tư|chi phí|lợi nhuận|công suất", "every tolerated gap is real; no capital, cost or profit")
    b.has("cửa hàng tạp hóa", "Zalo")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def selfscore(p: Plan, weights: tuple[int, int, int]) -> None:
    """The OCOP self-assessment table: part maxima are the instrument's weights, scores add up, 50–69 = 3 sao."""
    parts = [p.row(x, 2) for x in ("A. Sản phẩm", "B. Khả năng", "C. Chất lượng")]
    tot = p.row("Tổng |", 2)
    p.check(tuple(int(x[0]) for x in parts) == weights and tot[0] == 100, f"weights {weights}")
    p.check(sum(x[1] for x in parts) == tot[1] and all(x[1] <= x[0] for x in parts) and 50 <= tot[1] <= 69,
            f"self-score {tot[1]} adds up, 3 sao")
    p.has(f"{int(tot[1])} điểm")


def main() -> int:
    full = [fn() for fn in (dn01, dn02, dn03, dn04, dn05, dn06, dn07, dn08, dn09, dn10)]
    for p in full:  # QĐ 148 weights; dn10 (planted outdated-policy) scores itself on QĐ 1048's
        selfscore(p, (35, 25, 40) if p.stem.startswith("dn10") else (40, 25, 35))
    return plancheck.report(full + sketchy())


if __name__ == "__main__":
    sys.exit(main())
