"""The 118th holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout118/arithmetic.py

For every plan: output = bottles x volume (or packs x weight), raw-material need = output x ratio
against the stated supply, output against equipment capacity x working days, channel tables
summing to the year's sales, revenue = quantity x price, cost lines = their stated unit costs,
cost lines summing to the total, profit = revenue - cost, tax, investment items = total = capital
sources, depreciation, interest, payback, growth. Planted numeric defects are asserted wrong by
more than 5 % (with the true value computed) and every other number right within 1 %. Table
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


def appendices(p: Plan, year1: float, interest: list[float], rate: float, staff: int,
               supply: float | None = None, capital: float | None = None, scale: float = 1.0) -> None:
    """Phụ lục 1 (monthly calendar = the 2027 total), 2 (loan: interest = balance × rate = the cost
    line), 3 (staff list = the head count), 4/5 (suppliers = the stated supply, members' capital)."""
    cal = p.part("# Phụ lục 1.", "# Phụ lục 2.")
    months = [cal.one(f"Tháng {m} |") for m in range(1, 13)]
    p.check(close(sum(months), cal.one("Cả năm")) and close(sum(months), year1), "calendar sums to the 2027 total")
    loan = p.part("# Phụ lục 2.", "# Phụ lục 3.")
    bal = [loan.row(f"{y} |", 4) for y in (2027, 2028, 2029)]
    for i, (b, rep, it, end) in enumerate(bal):
        p.check(close(it, b * rate) and close(end, b - rep) and close(it * scale, interest[i]), f"loan year {i}")
        if i:
            p.check(b == bal[i - 1][3], f"loan balance carried {i}")
    st = p.part("# Phụ lục 3.", "# Phụ lục 4.")
    n = sum(1 for r in st.rows if r and r[0].isdigit())
    p.check(n == staff, f"staff list {n} = {staff}")
    if supply is not None:
        sup = p.part("# Phụ lục 4.", "# Phụ lục 5.")
        q = [float(plancheck.vn(r[-1])) for r in sup.rows[2:-1]]
        a = [float(plancheck.vn(r[-2])) for r in sup.rows[2:-1]]
        tot = sup.rows[-1]
        p.check(close(sum(q), supply) and close(sum(q), plancheck.vn(tot[-1])) and close(sum(a), plancheck.vn(tot[-2])),
                "supplier list sums to the stated supply")
        y = supply / sum(a)
        p.check(all(close(qq / aa, y, 0.06) for qq, aa in zip(q, a)), "each supplier at the same yield")
    if capital is not None:  # the members' (shareholders') capital appendix
        start = p.body.find("Vốn góp của", p.body.find("# Phụ lục 1."))
        end = p.body.find("# Phụ lục", start)
        body = p.body[start: end if end > 0 else len(p.body)]
        rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in body.splitlines() if ln.startswith("| ")]
        vals = [plancheck.vn(r[2]) for r in rows if r[0].isdigit()]
        p.check("Vốn góp của" in body and close(sum(vals), capital) and close(plancheck.vn(rows[-1][2]), capital),
                f"members' capital list sums to {capital}")


def equipment(p: Plan, total: float) -> None:
    """The equipment appendix: quantity × unit price = amount, amounts = the machine items of the investment table."""
    eq = p.part("Danh mục máy móc, thiết bị đầu tư", "# Phụ lục")
    rows = [r for r in eq.rows if r[0].isdigit()]
    p.check(all(close(plancheck.vn(r[2]) * plancheck.vn(r[3]), plancheck.vn(r[4])) for r in rows), "equipment q × price")
    p.check(close(sum(plancheck.vn(r[4]) for r in rows), total) and close(eq.one("Cộng"), total), f"equipment sums to {total}")


def history(p: Plan, out2026: float, out2027: float, rev2027: float) -> None:
    """The 2024–2026 results appendix: 2026 = the figure in the text, the 2027 step under 20 %,
    2026 revenue in line with 2026 output at the 2027 prices."""
    h = p.part("Kết quả sản xuất kinh doanh 2024", None)
    rows = [h.row(f"{y} |", 3) for y in (2024, 2025, 2026)]
    p.check(rows[2][0] == out2026 and out2027 / out2026 < 1.2 and close(rows[2][1], rev2027 * out2026 / out2027, 0.01)
            and rows[0][0] < rows[1][0] < rows[2][0], "2024–2026 results lead to 2027")


def common(p: Plan, ready: bool) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if ready:
        p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def growth_ok(p: Plan, xs: list[float], what: str) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < 1.2, f"{what} growth under 20 % in year {y}")


def fin_block(p: Plan, rev, lines, cost, pre, what="") -> None:
    for y in Y:
        p.check(close(cost[y], lines_sum(lines, y)), f"cost lines sum {y} {what}")
        p.check(close(pre[y], rev[y] - cost[y]), f"profit = revenue - cost {y} {what}")


# --------------------------------------------------------------------------- ready plans

def do01() -> Plan:
    p = Plan("do01_ruou_nep_cam_quan_htx")
    pr = p.part("# X. KẾ HOẠCH", "# XI.")
    ch, can, tot, rice = pr.row("Rượu chai"), pr.row("Rượu can"), pr.row("Tổng rượu"), pr.row("Gạo nếp")
    fin = p.part("# XII. HIỆU QUẢ", "Chai, nút, nhãn, hộp tính")
    rev, r1, r2, cost = fin.row("Doanh thu |"), fin.row("Rượu chai 500 ml (90"), fin.row("Rượu can (120"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Gạo nếp (22", "Men lá", "Chai, nút", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Chi phí bán hàng", "Chi phí quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau")
    for y in Y:
        p.check(tot[y] == ch[y] * 0.5 + can[y] and rice[y] == tot[y] * 2 and rice[y] <= 50000
                and rice[y] <= 2 * 100 * 280 and tot[y] <= 120 * 200, f"volume, rice 2 kg/l within 50 tấn, stills {y}")
        p.check(close(r1[y], ch[y] * 0.09) and close(r2[y], can[y] * 0.12) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.022) and close(lines[1][y], tot[y] * 0.008)
                and close(lines[2][y], ch[y] * 0.012 + can[y] * 0.003) and close(lines[3][y], 8 * 6 * 12)
                and close(lines[4][y], 800 / 10) and close(lines[5][y], [500, 350, 200][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 60), f"cost lines {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"CIT {y}")
    fin_block(p, rev, lines, cost, pre)
    growth_ok(p, tot, "litres")
    growth_ok(p, rev, "revenue")
    p.check(close(tot[0] / 14500, 1.103, 0.01) and close(rev[0] / 2280, 1.105, 0.01), "2027 step over 2026")
    ch_tab = p.part("# VI. THỊ TRƯỜNG", "# VII.")
    p.check(ch_tab.row("Cộng", 2) == [ch[0], can[0]] and sum(ch_tab.row(f"{i} |", 2)[0] for i in (1, 2, 3)) == ch[0],
            "channels = 2027 sales")
    inv = p.part("# XI. VỐN", "# XII.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1200 == 700 + 500 and sum(items[:4]) == 800, "capital 1.200, fixed 800")
    avg = sum(post) / 3
    p.check(close(avg, 601, 0.001) and close(1200 / (avg + 80), 1.8, 0.03), "payback 1,8")
    p.has("2 × 100 × 280 = 56.000 kg", "Tổng vốn đầu tư 1.200 triệu đồng", "1.200 : (601 + 80) ≈ 1,8 năm",
          "Giấy phép sản xuất rượu thủ công", "an toàn thực phẩm", "TCCS 01:2024/CQ", "tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "Nghị định số 111/2021/NĐ-CP", "40 % vol", "Cục Sở hữu trí tuệ",
          "bể lắng 3 ngăn", "đăng ký môi trường", "ghi sổ từng lô")
    common(p, True)
    appendices(p, tot[0], lines[5], 0.08, 8, capital=700)
    return p


def do02() -> Plan:
    p = Plan("do02_ruou_ngo_son_kim_cty")
    pr = p.part("Mục tiêu và kế hoạch", "# Phần 11")
    ch, bi, tot, corn = pr.row("Chai 750"), pr.row("Bình gốm"), pr.row("Tổng rượu"), pr.row("Ngô nguyên liệu")
    rv = p.part("# Phần 11 – Doanh thu", "# Phần 12")
    rch, rbi, rtot = rv.row("Chai 750"), rv.row("Bình gốm"), rv.row("Tổng doanh thu")
    fin = p.part("# Phần 13", "Chai, hộp, nhãn tính")
    lines = [fin.row(x) for x in ("Ngô (9", "Men lá", "Chai, bình", "Tiền lương", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Quản lý")]
    cost, rev, pre, tax, post = (fin.row("Tổng chi phí"), fin.row("Doanh thu"), fin.row("Lợi nhuận trước"),
                                 fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau"))
    for y in Y:
        p.check(tot[y] == ch[y] * 0.75 + bi[y] * 2 and corn[y] == tot[y] * 2.5 and corn[y] <= 60000
                and corn[y] <= 3 * 80 * 250 and tot[y] <= 32000, f"volume, corn 2,5 kg/l, 60 tấn, stills {y}")
        p.check(close(rch[y], ch[y] * 150000) and close(rbi[y], bi[y] * 420000) and close(rtot[y], rch[y] + rbi[y])
                and close(rev[y] * 1e6, rtot[y]), f"revenue in đồng = triệu {y}")
        p.check(close(lines[0][y], corn[y] * 0.009) and close(lines[1][y], tot[y] * 0.01)
                and close(lines[2][y], ch[y] * 0.018 + bi[y] * 0.06) and close(lines[3][y], 9 * 6.5 * 12)
                and close(lines[4][y], 900 / 10) and close(lines[5][y], [600, 400, 200][y] * 0.08), f"cost lines {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"CIT 15 % {y}")
    fin_block(p, rev, lines, cost, pre)
    growth_ok(p, tot, "litres")
    growth_ok(p, rev, "revenue")
    p.check(close(tot[0] / 11000, 1.09, 0.01), "2027 step +9 %")
    p.check(7000 + 3000 + 2000 == ch[0] and 1000 + 500 == bi[0], "channels = 2027 sales")
    inv = p.part("# Phần 12", "# Phần 13")
    p.check(300 + 240 + 200 + 160 + 600 == 1500 == inv.one("Tổng") == inv.one("Vốn chủ") + inv.one("Vay"), "capital 1.500")
    avg = sum(post) / 3
    p.check(close(avg, 716.9, 0.001) and close(1500 / (avg + 90), 1.9, 0.03), "payback 1,9")
    p.has("3 × 80 × 250 = 60.000 kg", "Tổng vốn đầu tư 1,5 tỷ đồng", "1.500 : (716,9 + 90) ≈ 1,9 năm",
          "Giấy phép sản xuất rượu thủ công", "an toàn thực phẩm", "TCCS 01:2023/SK", "35 % vol",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng")
    common(p, True)
    appendices(p, tot[0], lines[5], 0.08, 9, supply=60000)
    equipment(p, 240 + 200 + 160)
    history(p, 11000, tot[0], rev[0])
    return p


def do03() -> Plan:
    p = Plan("do03_nuoc_cam_bu_hoang_lam_hkd")
    pr = p.part("# L. KẾ HOẠCH", "# M.")
    c3, c1, tot, fr = pr.row("Chai 330"), pr.row("Chai 1 lít"), pr.row("Tổng nước cam"), pr.row("Cam nguyên liệu")
    fin = p.part("# N. HIỆU QUẢ", "Chai, nắp, nhãn:")
    rev, r1, r2, cost = fin.row("Doanh thu"), fin.row("– Chai 330"), fin.row("– Chai 1 lít"), fin.row("Chi phí")
    lines = [fin.row(x) for x in ("– Cam quả", "– Đường", "– Chai, nắp", "– Tiền công", "– Khấu hao", "– Lãi vay",
                                   "– Bán hàng", "– Thuế")]
    prof = fin.row("Lợi nhuận")
    for y in Y:
        p.check(close(tot[y], c3[y] * 0.33 + c1[y]) and close(fr[y], tot[y] * 2.2) and fr[y] <= 18000 + 20000
                and fr[y] <= 200 * 6 * 120, f"litres, 2,2 kg/l within 38 tấn and the press {y}")
        p.check(close(r1[y], c3[y] * 0.035) and close(r2[y], c1[y] * 0.1) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fr[y] * 0.012) and close(lines[1][y], tot[y] * 0.003)
                and close(lines[2][y], c3[y] * 0.004 + c1[y] * 0.008) and close(lines[3][y], 5 * 5.5 * 12)
                and close(lines[4][y], 50) and close(lines[5][y], [200, 150, 100][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.045), f"cost lines {y}")
    fin_block(p, rev, lines, cost, prof)
    growth_ok(p, tot, "litres")
    growth_ok(p, rev, "revenue")
    p.check(close(tot[0] / 10800, 1.11, 0.01), "2027 step +11 %")
    chn = p.part("# G. THỊ TRƯỜNG", "# H.")
    p.check(chn.row("Cộng", 2) == [c3[0], c1[0]] and 15000 + 9000 + 6000 == c3[0] and 800 + 900 + 400 == c1[0], "channels")
    inv = p.part("# M. VỐN", "# N.")
    p.check(sum(inv.one(f"{i} |") for i in range(1, 6)) == inv.one("Tổng") == 700 == 500 + 200, "capital 700")
    avg = sum(prof) / 3
    p.check(close(avg, 304.5, 0.001) and close(700 / (avg + 50), 2.0, 0.03), "payback 2")
    p.has("1,5 ha × 12 tấn/ha = 18 tấn", "Tổng vốn 700 triệu đồng", "700 : (304,5 + 50) ≈ 2 năm",
          "đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/HL", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "nhật ký từng mẻ", "bể lắng", "hộ kinh doanh số")
    common(p, True)
    appendices(p, tot[0], lines[5], 0.07, 5, supply=20000)
    equipment(p, 120 + 80 + 150 + 150)
    history(p, 10800, tot[0], rev[0])
    return p


def do04() -> Plan:
    p = Plan("do04_tra_che_vang_thuong_loc_tht")
    pr = p.part("# Chương XI.", "# Chương XII.")
    hop, goi, tot, leaf = pr.row("Trà túi lọc hộp"), pr.row("Trà lá khô gói"), pr.row("Tổng trà"), pr.row("Lá tươi")
    fin = p.part("# Chương XIII.", "Bao bì:")
    rev, r1, r2, cost = fin.row("Doanh thu |"), fin.row("Trà túi lọc (45"), fin.row("Trà lá khô (60"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Lá tươi (8", "Điện, củi", "Hộp, túi", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Quản lý", "Thuế (4,5")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:
        p.check(tot[y] == hop[y] * 0.05 + goi[y] * 0.2 and leaf[y] == tot[y] * 5 and leaf[y] <= 8 * 4000
                and leaf[y] <= 150 * 2 * 200 and hop[y] * 25 <= 30 * 60 * 8 * 250, f"kg, 5 kg leaf, 32 tấn, dryer, bags {y}")
        p.check(close(r1[y], hop[y] * 0.045) and close(r2[y], goi[y] * 0.06) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 0.008) and close(lines[1][y], tot[y] * 0.005)
                and close(lines[2][y], hop[y] * 0.009 + goi[y] * 0.005) and close(lines[3][y], 12 * 5.5 * 12)
                and close(lines[4][y], 100) and close(lines[5][y], [400, 300, 200][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], 60) and close(lines[8][y], rev[y] * 0.045),
                f"cost lines {y}")
    fin_block(p, rev, lines, cost, prof)
    growth_ok(p, tot, "kg")
    growth_ok(p, rev, "revenue")
    p.check(close(tot[0] / 3600, 1.11, 0.01), "2027 step +11 %")
    p.check(20000 + 12000 + 8000 == hop[0] and 6000 + 4000 == goi[0] and hop[2] * 25 == 1.2e6, "channels, bags 2029")
    inv = p.part("# Chương XII.", "# Chương XIII.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Cộng") == 1600 == 1200 + 400 and sum(items[:4]) == 1000, "capital 1.600, fixed 1.000")
    avg = sum(prof) / 3
    p.check(close(avg, 688, 0.001) and close(1600 / (avg + 100), 2.0, 0.03), "payback 2")
    p.has("Tổng vốn đầu tư 1,6 tỷ đồng", "1.600 : (688 + 100) ≈ 2 năm", "Giấy chứng nhận đăng ký tổ hợp tác",
          "đủ điều kiện an toàn thực phẩm", "TCCS 02:2024/TL", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
          "văn bằng", "mã lô", "phân hữu cơ")
    common(p, True)
    appendices(p, tot[0], lines[5], 0.07, 12, supply=32000, capital=1200)
    equipment(p, 250 + 300 + 100)
    history(p, 3600, tot[0], rev[0])
    return p


# --------------------------------------------------------------------------- revise plans

def do05() -> Plan:
    p = Plan("do05_ruou_nep_cam_hai_duong_hkd")
    pr = p.part("# 11. Kế hoạch", "# 12.")
    ch, can, tot, rice = pr.row("Rượu chai"), pr.row("Rượu can"), pr.row("Tổng rượu"), pr.row("Gạo nếp cẩm")
    fin = p.part("# 12. Hiệu quả", "Lợi nhuận bình quân")
    rev, r1, r2, cost = fin.row("Doanh thu |"), fin.row("Rượu chai (80"), fin.row("Rượu can (100"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Gạo nếp cẩm (25", "Men, củi", "Chai, nút", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Thuế GTGT")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:
        p.check(tot[y] == ch[y] * 0.5 + can[y] and close(rice[y], tot[y] * 2.2) and rice[y] <= 25000
                and rice[y] <= 2 * 50 * 300, f"litres, rice 2,2 within 25 tấn and 2 stills {y}")
        p.check(close(r1[y], ch[y] * 0.08) and close(r2[y], can[y] * 0.1) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.025) and close(lines[1][y], tot[y] * 0.006)
                and close(lines[2][y], ch[y] * 0.01) and close(lines[3][y], 4 * 5.5 * 12) and close(lines[4][y], 30)
                and close(lines[5][y], [150, 100, 50][y] * 0.08) and close(lines[7][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
    growth_ok(p, tot, "litres")
    growth_ok(p, rev, "revenue")
    p.check(close(tot[0] / 7200, 1.11, 0.01), "2027 step +11 %")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027, 2029 profit right")
    true = rev[1] - cost[1]
    p.check(close(true, 161.7) and prof[1] == 261.7 and off(prof[1], true), "PLANTED 2028 profit 261,7 != 161,7 (+61,8 %)")
    stated = sum(prof) / 3
    true_avg = (prof[0] + true + prof[2]) / 3
    p.check(close(stated, 195.1, 0.001) and close(500 / (stated + 30), 2.2, 0.01), "stated payback 2,2 follows the wrong profit")
    p.check(close(500 / (true_avg + 30), 2.61, 0.01) and off(2.2, 500 / (true_avg + 30)), "tolerated knock-on: truly 2,6 years")
    p.check(6000 + 4000 == ch[0] and can[0] == 3000, "channels = 2027 sales")
    p.check(120 + 80 + 100 + 200 == 500 == 350 + 150, "capital 500")
    p.has("Hộ hiện sử dụng 6 lao động thường xuyên", "Hộ sử dụng 4 lao động")
    p.check(off(6, 4) and p.count("6 lao động") == 1, "PLANTED 6 != 4 workers, same time")
    p.lacks(r"giấy phép|105/2017|17/2020|rượu thủ công|sản xuất rượu công nghiệp|cấp phép",
            "PLANTED no alcohol production licence or plan to obtain one")
    p.has("đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/HĐ", "tự công bố", "35 % vol", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "sổ ghi từng mẻ", "hố lắng", "500 : (195,1 + 30) ≈ 2,2 năm", "148/QĐ-TTg", "1489/QĐ-TTg")
    common(p, False)
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    appendices(p, tot[0], lines[5], 0.08, 4, supply=25000)
    equipment(p, 120 + 80 + 100)
    history(p, 7200, tot[0], rev[0])
    return p


def do06() -> Plan:
    p = Plan("do06_giam_chuoi_gia_hanh_htx")
    pr = p.part("## 7.2. Kế hoạch", "# 8.")
    ch, can, tot, ban = pr.row("Giấm chai"), pr.row("Giấm can"), pr.row("Tổng giấm"), pr.row("Chuối chín")
    fin = p.part("## 8.2.", "Chai, nắp, nhãn 5")
    rev, r1, r2, cost = fin.row("Doanh thu |"), fin.row("Giấm chai 500 ml (30"), fin.row("Giấm can (20"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Chuối chín (6", "Men, đường", "Chai, nắp", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau")
    for y in Y:  # 1.000 đồng
        p.check(tot[y] == ch[y] * 0.5 + can[y] and ban[y] == tot[y] * 1.5 and tot[y] <= 60 * 500 * 4, f"litres, tanks {y}")
        p.check(close(r2[y], can[y] * 20) and close(lines[0][y], ban[y] * 6) and close(lines[1][y], tot[y] * 2)
                and close(lines[2][y], ch[y] * 5 + can[y] * 1) and close(lines[3][y], 8 * 5000 * 12)
                and close(lines[4][y], 60000) and close(lines[5][y], [300000, 200000, 100000][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, stated profit {y}")
        p.check(close(rev[y], r1[y] + r2[y]) and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]),
                f"revenue rows sum, tax {y}")
    p.check(close(r1[0], ch[0] * 30) and close(r1[1], ch[1] * 30), "2027, 2028 bottle revenue right")
    true = ch[2] * 30
    p.check(true == 1440000 and r1[2] == 1640000 and off(r1[2], true), "PLANTED 2029 bottles 1.640.000 != 48.000 × 30.000 (+13,9 %)")
    p.check(off(rev[2], true + r2[2]) and close(true + r2[2], 1680000), "revenue total 1.880.000 != 1.680.000 (+11,9 %)")
    p.check(rev[1] / rev[0] < 1.2 and rev[2] / rev[1] > 1.2 and (true + r2[2]) / rev[1] < 1.2,
            "tolerated: the stated 2029 revenue grows 22 %, the true one 9,1 %")
    supply = 3 * 15000
    p.check(ban[0] <= supply and off(ban[1], supply) and off(ban[2], supply) and close(ban[2] / supply, 1.2),
            "PLANTED banana need 49.500 / 54.000 kg > 45 tấn (+10 % / +20 %)")
    p.has("Nguồn chuối này đủ cho cả giai đoạn", "Vùng chuối của các thành viên 3 ha, năng suất khoảng 15 tấn/ha/năm")
    tp2029 = (true + r2[2] - cost[2]) * 0.85
    stated_avg = sum(post) / 3
    true_avg = (post[0] + post[1] + tp2029) / 3
    p.check(close(stated_avg, 292117, 0.001) and close(1e6 / (stated_avg + 60000), 2.84, 0.01), "stated payback 2,8")
    p.check(close(1e6 / (true_avg + 60000), 3.38, 0.01) and off(2.8, 1e6 / (true_avg + 60000)), "tolerated knock-on 3,4 years")
    p.check(30000 + 10000 == ch[0] and can[0] == 10000, "channels = 2027 sales")
    p.check(200 + 200 + 150 + 50 + 400 == 1000 == 700 + 300, "capital 1.000")
    p.check(close(tot[0] / 27000, 1.11, 0.01), "2027 step")
    p.lacks(r"nhật ký|sổ ghi|ghi sổ|mã lô|số lô|lưu mẫu|truy xuất|kiểm soát chất lượng|kiểm tra chất lượng|"
            r"\bQR\b|HACCP|ISO|theo dõi từng|kiểm nghiệm", "PLANTED no internal quality control or traceability")
    p.has("đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/GH", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "bể lắng", "148/QĐ-TTg", "1489/QĐ-TTg")
    common(p, False)
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    appendices(p, tot[0], lines[5], 0.07, 8, supply=45000, capital=700, scale=1000)
    equipment(p, 200 + 150 + 50)
    history(p, 27000, tot[0], rev[0] / 1000)
    return p


def do07() -> Plan:
    p = Plan("do07_tra_thao_moc_phuc_trach_tht")
    pr = p.part("# IX.", "# X.")
    hop, tui, tot, raw = pr.row("Hộp 60"), pr.row("Túi 500"), pr.row("Tổng trà"), pr.row("Nguyên liệu tươi")
    fin = p.part("# XI.", "Bao bì:")
    rev, r1, r2, cost = fin.row("Doanh thu |"), fin.row("Hộp 60 g (55"), fin.row("Túi 500 g (150"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Nguyên liệu tươi (7", "Điện, củi", "Bao bì", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Thuế (4,5")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:
        p.check(close(tot[y], hop[y] * 0.06 + tui[y] * 0.5) and close(raw[y], tot[y] * 4.5) and raw[y] <= 25000
                and raw[y] <= 100 * 2 * 220, f"kg, 4,5 kg fresh within 25 tấn and the dryer {y}")
        p.check(close(r1[y], hop[y] * 0.055) and close(r2[y], tui[y] * 0.15) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 0.007) and close(lines[1][y], tot[y] * 0.006)
                and close(lines[2][y], hop[y] * 0.01 + tui[y] * 0.008) and close(lines[3][y], 10 * 5.5 * 12)
                and close(lines[4][y], 60) and close(lines[5][y], [300, 200, 100][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.045), f"cost lines {y}")
    fin_block(p, rev, lines, cost, prof)
    growth_ok(p, tot, "kg")
    growth_ok(p, rev, "revenue")
    p.check(close(tot[0] / 2700, 1.11, 0.01) and 18000 + 12000 == hop[0] and tui[0] == 2400, "2027 step, channels")
    inv = p.part("# X. VỐN", "# XI.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    total = inv.one("Tổng cộng")
    p.check(sum(items) == 820 and total == 900 and off(total, sum(items)), "PLANTED table total 900 != 820 (+9,8 %)")
    p.check(sum(items[:4]) == 600 and 520 + 300 == sum(items), "fixed 600; sources 520 + 300 = the items")
    avg = sum(prof) / 3
    p.check(close(avg, 680.6, 0.001) and close(820 / (avg + 60), 1.1, 0.02), "payback 1,1 on 820")
    p.has("Tổng vốn đầu tư 820 triệu đồng", "820 : (680,6 + 60) ≈ 1,1 năm")
    p.check(p.count("Tổ hợp tác Thảo mộc Lộc Yên") == 2 and p.count("Tổ hợp tác Thảo mộc Phúc Trạch") == 1
            and p.count("TỔ HỢP TÁC THẢO MỘC PHÚC TRẠCH") == 1, "PLANTED another group's name, twice")
    p.lacks(r"môi trường|nước thải|chất thải|rác|phân hữu cơ|phân bón|\bủ\b|khói|bụi|bể lắng|thu gom|xử lý",
            "PLANTED no environmental measure")
    p.has("đủ điều kiện an toàn thực phẩm", "TCCS 01:2024", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "mã lô", "148/QĐ-TTg", "1489/QĐ-TTg", "Giấy chứng nhận đăng ký tổ hợp tác")
    common(p, False)
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    appendices(p, tot[0], lines[5], 0.08, 10, supply=25000, capital=520)
    equipment(p, 150 + 200 + 50)
    history(p, 2700, tot[0], rev[0])
    return p


def do08() -> Plan:
    p = Plan("do08_vang_sim_thien_loc_cp")
    pr = p.part("## 4. Kế hoạch", "# Phần VII")
    ch, lit, fruit, staff = pr.row("Vang sim chai"), pr.row("Vang thành phẩm"), pr.row("Quả sim"), pr.row("Lao động")
    fin = p.part("# Phần VIII", "Thuế thu nhập")
    rev, cost = fin.row("Doanh thu (180"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Quả sim (20", "Đường, men", "Chai, nút", "Tiền lương", "Khấu hao", "Lãi vay",
                                   "Quảng bá", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau")
    for y in Y:
        p.check(lit[y] == ch[y] * 0.75 and fruit[y] == lit[y] * 1.6 and fruit[y] <= 150000 and lit[y] <= 100000,
                f"litres, 1,6 kg fruit within 150 tấn, 100 tanks {y}")
        p.check(close(rev[y], ch[y] * 0.18), f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 0.02) and close(lines[1][y], lit[y] * 0.015)
                and close(lines[2][y], ch[y] * 0.02) and close(lines[3][y], staff[y] * 7 * 12)
                and close(lines[4][y], 150) and close(lines[5][y], [1000, 750, 500][y] * 0.08), f"cost lines {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"CIT {y}")
    fin_block(p, rev, lines, cost, pre)
    g1, g2 = ch[1] / ch[0], ch[2] / ch[1]
    p.check(close(g1, 2.0) and close(g2, 1.875) and off(g1, 1.2) and off(g2, 1.2)
            and close(rev[1] / rev[0], 2.0) and close(rev[2] / rev[1], 1.875), "PLANTED ×2 and ×1,875 in a row")
    p.check(lines[6][0] == lines[6][1] == lines[6][2] == 120, "promotion flat at 120 triệu")
    need29 = lines[0][2] + lines[1][2] + lines[2][2]
    p.check(close(need29, 3315) and need29 / 1500 > 2, "3.315 triệu of fruit, sugar, bottles in 2029 against 1.500 working capital")
    p.check(close(ch[0] / 14000, 1.14, 0.01) and 10000 + 4000 + 2000 == ch[0], "2027 step +14 %, channels")
    p.has("3 nhà phân phối", "20 cửa hàng", "Thị trường rượu vang còn rất lớn")
    inv = p.part("# Phần VII", "# Phần VIII")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 3000 and sum(items[:4]) == 1500, "items = total 3.000, fixed 1.500")
    p.check(1500 + 1000 == 2500 and off(2500, 3000) and close(2500 / 3000, 0.833, 0.01),
            "PLANTED sources 2.500 != 3.000 (−16,7 %)")
    p.has("vốn góp của cổ đông 1.500 triệu đồng", "1.000 triệu đồng (lãi 8 %/năm", "bảo đảm đủ nhu cầu vốn")
    avg = sum(post) / 3
    p.check(close(avg, 2216.8, 0.001) and close(3000 / (avg + 150), 1.3, 0.03), "payback 1,3 follows the figures")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|ghi độ cồn|cảnh báo|dưới 18 tuổi|tham gia giao thông",
            "PLANTED no label, label content or labelling decree")
    p.has("Giấy phép sản xuất rượu công nghiệp", "đủ điều kiện an toàn thực phẩm", "TCCS 01:2023/TL", "tự công bố",
          "văn bằng bảo hộ", "lưu mẫu", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    common(p, False)
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    appendices(p, ch[0], lines[5], 0.08, 12, capital=1500)
    equipment(p, 500 + 200 + 200)
    history(p, 14000, ch[0], rev[0])
    return p


def do09() -> Plan:
    p = Plan("do09_nuoc_buoi_huong_binh_cty")
    pr = p.part("# VIII", "# IX")
    ch, lit, fruit, wk = pr.row("Nước ép bưởi chai"), pr.row("Nước ép thành phẩm"), pr.row("Bưởi quả"), pr.row("Công nhân")
    fin = p.part("| Khoản mục", "Lợi nhuận sau thuế bình quân")
    rev, cost = fin.row("Doanh thu (25"), fin.row("Tổng chi phí")
    lines = [fin.row(x) for x in ("Bưởi quả (5", "Đường, phụ gia", "Chai, nắp", "Tiền lương", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau")
    for y in Y:
        p.check(close(lit[y], ch[y] * 0.3) and fruit[y] == lit[y] * 3 and fruit[y] <= 400000 and wk[y] == 20,
                f"litres, 3 kg/l within 400 tấn, 20 workers {y}")
        p.check(close(rev[y], ch[y] * 0.025), f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 0.005) and close(lines[1][y], ch[y] * 0.002)
                and close(lines[2][y], ch[y] * 0.004) and close(lines[3][y], 20 * 7 * 12) and close(lines[4][y], 200)
                and close(lines[5][y], [1500, 1125, 750][y] * 0.08) and close(lines[6][y], rev[y] * 0.1)
                and close(lines[7][y], 200), f"cost lines {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"CIT 17 % {y}")
    fin_block(p, rev, lines, cost, pre)
    growth_ok(p, ch, "bottles")
    p.check(close(ch[0] / 180000, 1.11, 0.01) and 120000 + 50000 + 30000 == ch[0], "2027 step, channels")
    cap = 240 * 250
    p.check(lit[0] <= cap and off(lit[1], cap) and off(lit[2], cap) and close(lit[2] / cap, 1.2),
            "PLANTED 66.000 / 72.000 lít > 240 × 250 = 60.000 (+10 % / +20 %)")
    p.has("công suất 240 lít nước ép/ngày", "tức 60.000 lít/năm", "không đầu tư thêm máy ép, vì công suất hiện tại đủ cho cả giai đoạn")
    inv = p.part("# IX", "ĐVT: triệu đồng\n\n| Khoản")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 3000 == 1500 + 1500 and sum(items[:4]) == 2000, "capital 3.000, fixed 2.000")
    avg = sum(post) / 3
    true = 3000 / (avg + 200)
    p.check(close(avg, 390.1, 0.001) and close(true, 5.08, 0.01) and off(3.2, true) and off(3.2, 3000 / avg),
            "PLANTED payback 3,2 != 3.000 : 590,1 = 5,1 (7,7 without depreciation)")
    p.check(close(3000 / (pre[2] + 200), 3.2, 0.01), "3,2 is what the 2029 pre-tax profit gives")
    p.has("thời gian hoàn vốn khoảng 3,2 năm")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|\blogo\b|văn bằng|chỉ dẫn địa lý|đăng ký nhãn",
            "PLANTED no trademark or IP protection")
    p.has("đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/HB", "tự công bố", "Nghị định số 43/2017/NĐ-CP",
          "lưu mẫu", "mã lô", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    common(p, False)
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    appendices(p, lit[0], lines[5], 0.08, 20)
    equipment(p, 600 + 700 + 300)
    history(p, 54000, lit[0], rev[0])
    return p


def do10() -> Plan:
    p = Plan("do10_tra_xanh_ky_son_htx")
    pr = p.part("# 11/", "# 12/")
    hop, goi, tot, bud = pr.row("Trà túi lọc hộp"), pr.row("Trà búp gói"), pr.row("Tổng trà"), pr.row("Búp tươi")
    fin = p.part("# 13/", "Bao bì:")
    rev, r1, r2, cost = fin.row("Doanh thu |"), fin.row("Trà túi lọc (40"), fin.row("Trà búp (60"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Búp tươi (10", "Điện, củi", "Hộp, túi", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Tiêu thụ", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau")
    for y in Y:
        p.check(tot[y] == hop[y] * 0.05 + goi[y] * 0.2 and bud[y] == tot[y] * 5 and bud[y] <= 15 * 6000
                and bud[y] <= 500 * 200 and hop[y] * 25 <= 30 * 60 * 8 * 250, f"kg, 5 kg bud within 90 tấn, line {y}")
        p.check(close(r1[y], hop[y] * 0.04) and close(r2[y], goi[y] * 0.06) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], bud[y] * 0.01) and close(lines[1][y], tot[y] * 0.008)
                and close(lines[2][y], hop[y] * 0.008 + goi[y] * 0.004) and close(lines[3][y], 14 * 5.5 * 12)
                and close(lines[4][y], 120) and close(lines[5][y], [600, 400, 200][y] * 0.07), f"cost lines {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"CIT {y}")
    fin_block(p, rev, lines, cost, pre)
    growth_ok(p, tot, "kg")
    growth_ok(p, rev, "revenue")
    p.check(close(tot[0] / 3600, 1.11, 0.01), "2027 step")
    inv = p.part("# 12/", "# 13/")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng") == 2000 == 1400 + 600 and sum(items[:3]) == 1200, "capital 2.000, fixed 1.200")
    avg = sum(post) / 3
    p.check(close(avg, 556.6, 0.001) and close(2000 / (avg + 120), 3.0, 0.03), "payback 3")
    market = p.body.split("# 7/", 1)[1].split("# 8/", 1)[0]
    p.check(not re.search(r"\d", market.split("\n", 1)[1]) and not re.search(
        r"giá|đồng|khách hàng|kênh|đại lý|cửa hàng|siêu thị|nhà hàng|\bbán\b", market),
        "PLANTED the market section has no number, price, customer or channel")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|thương lái|nhà phân phối|phân phối|"
            r"hợp đồng (bán|tiêu thụ|cung cấp)|facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|"
            r"online|hội chợ|xuất khẩu|điểm bán|quán|nhà hàng|kênh", "PLANTED no sales channel anywhere")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|khám sức khỏe|tự công bố|công bố sản phẩm|vệ sinh|"
            r"giấy chứng nhận cơ sở|kiến thức", "PLANTED no food-safety certificate, commitment or plan")
    p.has("1048/QĐ-TTg ngày 21/8/2019", "781/QĐ-TTg ngày 08/6/2021", "OCOP cấp huyện")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated: the current decisions are not cited")
    p.has("TCCS 01:2025/KS", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "Giấy chứng nhận đăng ký hợp tác xã")
    common(p, False)
    appendices(p, tot[0], lines[5], 0.07, 14, supply=90000, capital=1400)
    equipment(p, 550 + 350)
    history(p, 3600, tot[0], rev[0])
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("do11_ruou_ngo_ha_tan_so_sai")
    a.check(2000 * 120000 == 240e6, "2.000 lít × 120.000 = 240 triệu")
    a.has("khoảng 2.000 lít rượu", "120.000 đồng/lít", "khoảng 240 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký|giấy phép|mã số thuế|giấy chứng nhận|an toàn|tiêu chuẩn|công bố|nhãn|môi trường|bã|"
            r"truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận|độ cồn|% vol", "every gap is real (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("do12_siro_gung_thach_kim_so_sai")
    b.check(3000 * 65000 == 195e6, "3.000 chai × 65.000 = 195 triệu")
    b.has("khoảng 3.000 chai", "65.000 đồng/chai", "khoảng 195 triệu đồng")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|giấy phép|mã số thuế|giấy chứng nhận|an toàn|tiêu chuẩn|công bố|nhãn|môi trường|"
            r"truy xuất|sổ ghi|vốn đầu tư|lợi nhuận|hạn dùng", "every gap is real (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (do01, do02, do03, do04, do05, do06, do07, do08, do09, do10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
