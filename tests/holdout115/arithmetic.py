"""The hundred-and-fifteenth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout115/arithmetic.py

For every plan (rice and grain products of Hà Tĩnh's plains): output = packs × pack weight (or
crackers = bundles × 10 + loose), raw-material need = output × the plan's ratio (rice a kg of
noodles, paddy at the milling ratio, young paddy a kg of cốm, rice and sesame a cracker) against
the stated supply (ha × yield × seasons, contracts), output against equipment capacity × hours ×
working days, monthly calendars summing to the year and within the daily limit, channel and
member tables summing to their totals, staff tables summing to the head count, revenue = quantity
× price, cost lines = their stated norms (per kg, per pack, % of revenue, wages = staff × wage ×
months, depreciation = fixed assets / years, interest = loan balance × rate), cost lines = total,
profit = revenue − cost, tax, loan schedules, cash-flow tables, investment items = total = capital
sources, average profit and payback as printed, growth under 20 % a year unless explained.
Planted numeric defects are asserted wrong by more than 5 % (with the true value computed) and
every other number right within 1 %. Table figures are read from the plan's source, each table
looked up inside its own section; figures quoted in running text are looked up verbatim. The
textual planted defects are asserted through the absence (or presence) of their words; ready
plans cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no replaced instrument; no plan keeps a
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
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

# Instruments replaced or lapsed before mid-2026, and the abolished district level.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện")


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
        q.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                  for line in text.splitlines() if line.strip().startswith("|")]
        q.text_part = text
        return q

    def words(self) -> int:
        return len(self.body.split())


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")


def revise_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def calendar(p: Plan, start: str, end: str, year_out: float, days: int, per_day: float) -> None:
    cal = p.part(start, end)
    months = [cal.row(f"Tháng {m} |", 2) for m in range(1, 13)]
    tot = cal.row("Cả năm", 2)
    p.check(sum(m[0] for m in months) == tot[0] == days, f"calendar days {days}")
    p.check(close(sum(m[1] for m in months), tot[1], 0.0001) and close(tot[1], year_out, 0.0001), f"calendar output {year_out}")
    p.check(all(m[1] <= m[0] * per_day + 1e-9 for m in months), f"each month within {per_day}/day")


def loan(p: Plan, start: str, end: str, amount: float, rate: float, repay: float, interest: list[float]) -> None:
    t = p.part(start, end)
    bal = amount
    for y in Y:
        r = t.row(f"{2027 + y} |", 4)
        p.check(close(r[0], bal) and close(r[1], bal * rate) and close(r[2], repay) and close(r[3], bal - repay)
                and close(interest[y], r[1]), f"loan schedule {2027 + y}")
        bal -= repay


def growth(p: Plan, xs: list[float], what: str, limit: float = 1.2) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < limit, f"{what} growth {2027 + y} under {limit - 1:.0%}")


def cash_flow(p: Plan, start: str, end: str, prof: list[float], dep: float, repay: float) -> None:
    t = p.part(start, end)
    pr, de, re_, rest = t.row("Lợi nhuận |"), t.row("Khấu hao |"), t.row("Trả nợ gốc"), t.row("Dòng tiền còn lại")
    p.check(all(close(pr[y], prof[y]) and close(de[y], dep) and close(re_[y], repay)
                and close(rest[y], prof[y] + dep - repay) for y in Y), "cash-flow table")


# --------------------------------------------------------------------------- ready plans

def dl01() -> Plan:
    p = Plan("dl01_bun_kho_duc_lac_htx")
    pr = p.part("Bảng 2. Kế hoạch sản xuất", "Lịch sản xuất năm 2027")
    goi, bao, kg, rice, paddy, cap = (pr.row("Bún khô gói 500 g |"), pr.row("Bún khô bao 10 kg"), pr.row("Tổng sản lượng bún khô"),
                                      pr.row("Gạo nguyên liệu (1,15"), pr.row("Thóc tương ứng"), pr.row("Công suất sấy"))
    for y in Y:  # kg; tấn thóc
        p.check(kg[y] == goi[y] * 0.5 + bao[y] and close(rice[y], kg[y] * 1.15) and close(paddy[y], rice[y] / 0.65 / 1000),
                f"output, rice 1,15, paddy 65 % {y}")
        p.check(paddy[y] <= 18 * 5.6 * 2 and kg[y] <= cap[y], f"within 201,6 tấn thóc and the drying limit {y}")
    p.check(cap == [250 * 280, 400 * 280, 400 * 280] and 50 * 8 * 280 == 112000 and 250 + 200 > 400,
            "old dryer 70 tấn; from 2028 the extruder (112 tấn) is the limit")
    p.check(close(kg[1] / kg[0], 1.364, 0.001) and kg[2] / kg[1] < 1.2 and close(kg[0] / 60000, 1.1),
            "2028 +36 % explained by the 420-triệu dryer and a 36-tấn contract; 2027 +10 %, 2029 +11 %")
    p.has("máy sấy bơm nhiệt 200 kg bún khô/ngày, giá 420 triệu đồng", "36 tấn/năm", "thêm 1 người vận hành máy sấy mới")
    ch = p.part("Bảng 1. Sản lượng tiêu thụ theo kênh", "Ngoài ra")
    chans = [ch.row(f"{i} |") for i in (1, 2, 3)]
    cs = ch.row("Cộng")
    p.check(all(sum(c[y] for c in chans) == cs[y] == kg[y] / 1000 for y in Y), "channels = output")
    p.check(all(chans[0][y] + chans[1][y] == goi[y] * 0.5 / 1000 and chans[2][y] == bao[y] / 1000 for y in Y),
            "packs to shops, sacks to kitchens")
    st = p.part("Bảng bố trí lao động", "# X.")
    staff = [st.row(x) for x in ("Ngâm, xay", "Sấy, phơi", "Đóng gói", "Kho, giao")]
    tot = st.row("Tổng lao động")
    p.check(all(sum(s[y] for s in staff) == tot[y] for y in Y) and tot == [10, 13, 13], "staff 10, 13, 13")
    calendar(p, "Lịch sản xuất năm 2027", "# XI.", kg[0], 280, 250)
    rw = p.part("Bảng cân đối thóc", "Thóc được phơi")
    p.check(rw.row("Sản lượng thóc liên kết") == [201.6] * 3 and all(close(rw.row("Thóc cần")[y], paddy[y]) and
            close(rw.row("Còn dư")[y], 201.6 - paddy[y]) for y in Y), "paddy balance")
    fin = p.part("Bảng 4. Doanh thu", "Lợi nhuận sau thuế bình quân")
    rev, rg, rb, cost = fin.row("Doanh thu |"), fin.row("Bún khô gói 500 g (20.000"), fin.row("Bún khô bao bán buôn (32.000"), fin.row("Tổng chi phí")
    lines = [fin.row(x) for x in ("Gạo nguyên liệu (14.000", "Bao bì (1.000", "Điện, trấu", "Tiền lương", "Khấu hao", "Lãi vay",
                                   "Chi phí bán hàng", "Chi phí quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    lab = [10, 13, 13]
    for y in Y:  # triệu đồng
        p.check(close(rg[y], goi[y] * 0.02) and close(rb[y], bao[y] * 0.032) and close(rev[y], rg[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.014) and close(lines[1][y], goi[y] * 0.001 + bao[y] * 0.0004)
                and close(lines[2][y], kg[y] * 0.0015) and close(lines[3][y], lab[y] * 5.5 * 12)
                and close(lines[4][y], (530 + (420 if y else 0)) / 10) and close(lines[5][y], (600 - 200 * y) * 0.07)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], [60, 70, 70][y]), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], pre[y] * (0.15 if rev[y] <= 3000 else 0.17)) and close(post[y], pre[y] - tax[y]), f"CIT 15/17 % {y}")
    p.check(close(rev[0] / 2100, 1.12) and rev[2] / rev[1] < 1.2, "revenue +12 % in 2027, +11,3 % in 2029")
    inv = p.part("Bảng 3. Nhu cầu vốn", "Tổng vốn đầu tư")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1500 == 500 + 400 + 600 and sum(items[:4]) == 950 and items[1] == 420,
            "capital 1.500 = 500 + 400 + 600, fixed 950, dryer 420")
    avg = sum(post) / 3
    p.check(close(avg, 267.2, 0.001) and close(1500 / (avg + 81), 4.3, 0.01) and close((53 + 95 + 95) / 3, 81),
            "average 267,2, payback 4,3")
    p.has("(155,9 + 253,1 + 392,6) : 3 ≈ 267,2", "1.500 : (267,2 + 81) ≈ 4,3 năm", "18 ha", "5,6 tấn/ha/vụ",
          "tổng khoảng 201,6 tấn thóc/năm", "20.000 đồng/gói", "32.000 đồng/kg", "mã số 3001876452",
          "TCCS 01:2026/ĐL", "tự công bố", "Cục Sở hữu trí tuệ", "đăng ký môi trường", "tro trấu")
    ready_common(p)
    return p


def dl02() -> Plan:
    p = Plan("dl02_mien_gao_lut_an_phuc_cty")
    pr = p.part("Bảng 2. Sản lượng", "Bảng 2a.")
    goi, buon, kg, rice, paddy, lab = (pr.row("Miến gạo lứt gói 300 g"), pr.row("Miến gạo lứt túi 1 kg"), pr.row("Tổng sản lượng miến"),
                                       pr.row("Gạo lứt cần"), pr.row("Thóc tương ứng"), pr.row("Lao động"))
    for y in Y:
        p.check(kg[y] == goi[y] * 0.3 + buon[y] and close(rice[y], kg[y] * 1.25) and close(paddy[y], rice[y] / 0.78 / 1000),
                f"output, brown rice 1,25, paddy 78 % {y}")
        p.check(paddy[y] <= 15 * 5 and kg[y] <= 200 * 250 and kg[y] <= 30 * 8 * 250, f"within 75 tấn, dryer 50 tấn, line 60 tấn {y}")
    growth(p, kg, "output")
    p.check(close(kg[0] / 28000, 1.143, 0.001), "+14 % on 2026")
    ch = p.part("Bảng 1. Dự kiến tiêu thụ", "# Chương V.")
    chans = [ch.row(x) for x in ("Siêu thị", "Đại lý", "Sàn thương mại", "Nhà hàng chay")]
    p.check(all(sum(c[y] for c in chans) == ch.row("Tổng")[y] == kg[y] for y in Y), "channels = output")
    p.check(0.6 * 12 * 1000 <= chans[0][0] + chans[1][0] + chans[3][0], "Lam Hồng 600 kg/month fits")
    staff = p.part("## 3. Tổ chức, lao động", "# Chương VII.")
    p.check(all(sum(staff.row(x)[y] for x in ("Giám đốc", "Kế toán", "Nhân viên kinh doanh", "Công nhân")) == staff.row("Tổng lao động")[y]
                == lab[y] for y in Y), "staff table = labour row")
    calendar(p, "Bảng 2a.", "# Chương VIII.", kg[0], 250, 200)
    rw = p.part("Bảng cân đối nguyên liệu", "# Chương VI.")
    p.check(all(close(rw.row("Thóc cần")[y], paddy[y]) and close(rw.row("Còn dư")[y], 75 - paddy[y]) for y in Y), "paddy balance")
    fin = p.part("Bảng 4. Hiệu quả", "Thuế thu nhập doanh nghiệp 15 %")
    rev, rg, rb, cost = fin.row("Doanh thu |"), fin.row("Miến gói 300 g (28.000"), fin.row("Miến túi 1 kg (75.000"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Gạo lứt (24.000", "Bao bì", "Điện, nước", "Tiền lương", "Khấu hao", "Lãi vay", "Bán hàng",
                                   "Quản lý doanh nghiệp")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # nghìn đồng
        p.check(close(rg[y], goi[y] * 28) and close(rb[y], buon[y] * 75) and close(rev[y], rg[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 24) and close(lines[1][y], goi[y] * 1.8 + buon[y]) and close(lines[2][y], kg[y] * 3)
                and close(lines[3][y], lab[y] * 7000 * 12) and close(lines[4][y], 1400000 / 10)
                and close(lines[5][y], (800000 - 200000 * y) * 0.08) and close(lines[6][y], rev[y] * 0.06)
                and close(lines[7][y], [150000, 160000, 170000][y]), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], pre[y] * (0.15 if rev[y] <= 3e6 else 0.17)) and close(post[y], pre[y] - tax[y]), f"CIT {y}")
    growth(p, rev, "revenue")
    inv = p.part("Bảng 3. Vốn đầu tư", "Tổng vốn đầu tư 1,8")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1800000 == 1000000 + 800000 and sum(items[:4]) == 1400000, "capital 1,8 tỷ")
    avg = sum(post) / 3
    p.check(close(avg, 330717, 0.0001) and close(1800000 / (avg + 140000), 3.8, 0.01), "average 330.717, payback 3,8")
    p.has("(236.470 + 305.623 + 450.059) : 3 ≈ 330.717", "1.800.000 : (330.717 + 140.000) ≈ 3,8 năm", "28.000 đồng/gói",
          "75.000 đồng/kg", "mã số doanh nghiệp 3002416873", "TCCS 02:2025/AP", "tự công bố", "Cục Sở hữu trí tuệ",
          "đăng ký môi trường", "HACCP")
    ready_common(p)
    return p


def dl03() -> Plan:
    p = Plan("dl03_banh_da_vung_viet_xuyen_tht")
    pr = p.part("Bảng 1. Sản lượng", "# PHẦN 10")
    xap, buon, pcs, tons, rice, ses = (pr.row("Bánh đóng xấp"), pr.row("Bánh bán buôn theo chiếc"), pr.row("Tổng số bánh"),
                                       pr.row("Khối lượng bánh"), pr.row("Gạo cần"), pr.row("Vừng đen cần"))
    for y in Y:
        p.check(pcs[y] == xap[y] * 10 + buon[y] and close(tons[y], pcs[y] * 0.06 / 1000) and close(rice[y], pcs[y] * 0.055 / 1000)
                and close(ses[y], pcs[y] * 0.004 / 1000), f"crackers, 60 g, rice 55 g, sesame 4 g {y}")
        p.check(rice[y] <= 6 * 5.5 * 2 * 0.65 and ses[y] <= 3 and pcs[y] <= 6 * 500 * 260, f"rice 42,9, sesame 3, 780.000 crackers {y}")
    growth(p, pcs, "output")
    p.check(close(pcs[0] / 550000, 1.09, 0.01), "+9 % on 2026")
    mem = p.part("Danh sách hộ thành viên", "# PHẦN 9")
    rows = [mem.row(f"{i} |", 3) for i in range(1, 15)]
    tot = mem.row("Cộng", 3)
    p.check(close(sum(r[0] for r in rows), tot[0]) and tot[0] == 6 and sum(r[1] for r in rows) == tot[1] == 28
            and sum(r[2] for r in rows) == tot[2] == 200, "members: 6 ha, 28 workers, 200 triệu")
    calendar(p, "Lịch sản xuất năm 2027", "# PHẦN 11", pcs[0], 260, 3000)
    fin = p.part("Bảng 3. Doanh thu", "Lợi nhuận bình quân")
    rev, rx, rb, cost = fin.row("Doanh thu |"), fin.row("Bánh xấp 10 chiếc (35.000"), fin.row("Bánh bán buôn (3.000"), fin.row("Tổng chi phí")
    lines = [fin.row(x) for x in ("Gạo (15.000", "Vừng đen (60.000", "Củi, than", "Bao bì", "Công tráng", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Quản lý", "Thuế GTGT")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:
        p.check(close(rx[y], xap[y] * 0.035) and close(rb[y], buon[y] * 0.003) and close(rev[y], rx[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 15) and close(lines[1][y], ses[y] * 60) and close(lines[2][y], pcs[y] * 0.0005)
                and close(lines[3][y], xap[y] * 0.0015 + buon[y] * 0.0001) and close(lines[4][y], pcs[y] * 0.0008)
                and close(lines[5][y], 300 / 10) and close(lines[7][y], rev[y] * 0.04) and close(lines[8][y], 36)
                and close(lines[9][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    loan(p, "Kế hoạch trả nợ vay", "Bảng 3.", 300, 0.07, 100, [l for l in lines[6]])
    cash_flow(p, "Bảng dòng tiền", "# PHẦN 12", prof, 30, 100)
    inv = p.part("Bảng 2. Nhu cầu vốn", "Tổng vốn đầu tư 500")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Cộng") == 500 == 200 + 300 and sum(items[:3]) == 300 and items[0] == 6 * 20, "capital 500, fixed 300")
    avg = sum(prof) / 3
    p.check(close(avg, 284.1, 0.001) and close(500 / (avg + 30), 1.6, 0.01), "average 284,1, payback 1,6")
    p.check(30000 + 10000 == xap[0] and 200000 == buon[0], "market section quantities = 2027 plan")
    p.has("(244 + 284,1 + 324,2) : 3 ≈ 284,1", "500 : (284,1 + 30) ≈ 1,6 năm", "35.000 đồng/xấp", "3.000 đồng/chiếc",
          "600.000 chiếc", "Nghị định 77/2019/NĐ-CP", "hộ kinh doanh", "TCCS 01:2026/VX", "tự công bố", "Cục Sở hữu trí tuệ",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "hố lắng")
    ready_common(p)
    return p


def dl04() -> Plan:
    p = Plan("dl04_tra_gao_lut_minh_tam_hkd")
    pr = p.part("Bảng 1. Sản lượng", "Bảng 2.")
    hop, loc, kg, rice, paddy = (pr.row("Trà gạo lứt hộp 250 g"), pr.row("Trà gạo lứt túi lọc"), pr.row("Tổng khối lượng trà"),
                                 pr.row("Gạo lứt cần"), pr.row("Thóc cần"))
    for y in Y:
        p.check(kg[y] == hop[y] * 0.25 + loc[y] * 0.1 and close(rice[y], kg[y] * 1.2) and close(paddy[y], rice[y] / 0.75),
                f"kg, brown rice 1,2, paddy 75 % {y}")
        p.check(paddy[y] <= 2 * 4500 and kg[y] <= 40 * 150 and loc[y] * 20 / 2000 <= 8 * 250, f"9 tấn thóc, roaster 6 tấn {y}")
    growth(p, kg, "output")
    p.check(close(kg[0] / 3600, 1.11, 0.01), "+11 % on 2026")
    calendar(p, "Lịch rang trà năm 2027", "# 12.", kg[0], 150, 40)
    rw = p.part("Bảng cân đối thóc", "# 9.")
    p.check(all(close(rw.row("Thóc cần")[y], paddy[y]) and close(rw.row("Còn dư")[y], 9000 - paddy[y]) for y in Y), "paddy balance")
    fin = p.part("Bảng 3. Doanh thu", "Lợi nhuận bình quân")
    rev, rh, rl, cost = fin.row("Tổng doanh thu"), fin.row("Hộp 250 g (65.000"), fin.row("Hộp túi lọc (45.000"), fin.row("Tổng chi phí")
    lines = [fin.row(x) for x in ("Gạo lứt đỏ (30.000", "Hộp, túi lọc", "Điện, gas", "Tiền công", "Khấu hao", "Lãi vay", "Bán hàng",
                                   "Thuế GTGT", "Chi phí khác")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:  # đồng
        p.check(close(rh[y], hop[y] * 65000) and close(rl[y], loc[y] * 45000) and close(rev[y], rh[y] + rl[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 30000) and close(lines[1][y], hop[y] * 8000 + loc[y] * 9000)
                and close(lines[2][y], kg[y] * 6000) and close(lines[3][y], 4 * 6e6 * 12) and close(lines[4][y], 360e6 / 10)
                and close(lines[5][y], (150e6 - 50e6 * y) * 0.08) and close(lines[6][y], rev[y] * 0.08)
                and close(lines[7][y], rev[y] * 0.045) and close(lines[8][y], 24e6), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth(p, rev, "revenue")
    inv = p.part("Bảng 2. Vốn đầu tư", "Tổng vốn đầu tư 420")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 420e6 == 270e6 + 150e6 and sum(items[:3]) == 360e6, "capital 420 triệu")
    avg = sum(prof) / 3
    p.check(close(avg, 438475000, 0.0001) and close(420e6 / (avg + 36e6), 0.9, 0.02), "average, payback 0,9")
    p.check(close(65000 / 0.25, 260000), "260.000 đồng/kg")
    p.has("(362.250.000 + 438.475.000 + 514.700.000) : 3 = 438.475.000", "khoảng 0,9 năm", "65.000 đồng/hộp", "45.000 đồng/hộp",
          "4.000 kg", "Giấy chứng nhận đăng ký hộ kinh doanh số 28E8004127", "TCCS 01:2025/MT", "tự công bố",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    p.lacks(r"[→×≈²]", "TCVN3 build: characters outside the legacy code page")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def dl05() -> Plan:
    p = Plan("dl05_com_nep_truong_luu_htx")
    pr = p.part("Bảng 1. Kế hoạch sản xuất", "# M.")
    tui, buon, kg, lua = pr.row("Cốm túi 200 g"), pr.row("Cốm bán buôn"), pr.row("Tổng sản lượng cốm"), pr.row("Lúa nếp non cần")
    supply = 4 * 4.2 * 2
    for y in Y:
        p.check(kg[y] == tui[y] * 0.2 + buon[y] and close(lua[y], kg[y] * 4 / 1000), f"cốm, 4 kg young paddy a kg {y}")
        p.check(kg[y] <= 60 * 180, f"line 10.800 kg {y}")
    p.check(lua[0] <= supply and lua[1] <= supply, "2027–2028 within 33,6 tấn")
    p.check(lua[2] == 38 and off(lua[2], supply) and close(lua[2] / supply, 1.131, 0.001),
            "PLANTED material-shortfall: 2029 needs 38 tấn young paddy, supply 4 ha × 4,2 × 2 = 33,6 (+13,1 %)")
    p.has("đủ nguyên liệu cho cả giai đoạn 2027 – 2029", "4,2 tấn/ha, hai vụ mỗi năm, tổng khoảng 33,6 tấn")
    mem = p.part("Danh sách hộ liên kết", "# K.")
    rows = [mem.row(f"{i} |", 2) for i in range(1, 31)]
    p.check(close(sum(r[0] for r in rows), 4) and close(sum(r[1] for r in rows), 33.6) and mem.row("Cộng", 2) == [4, 33.6]
            and all(close(r[1], r[0] * 8.4) for r in rows), "30 households, 4 ha, 33,6 tấn")
    growth(p, kg, "output")
    p.has("15 lao động thường xuyên", "tổng 11 lao động")  # PLANTED figure-inconsistent
    st = p.part("Bảng bố trí lao động", "Lịch sản xuất")
    p.check(sum(st.row(x, 2)[0] for x in ("Giám đốc", "Tuốt", "Rang", "Đóng gói")) == st.row("Tổng", 1)[0] == 11 and off(15, 11),
            "PLANTED figure-inconsistent: 15 workers in part A, 11 in part I and the wage line (+36 %)")
    calendar(p, "Lịch sản xuất năm 2027", "Tháng 5 – 6", kg[0], 180, 60)
    fin = p.part("Bảng 3. Doanh thu", "Lợi nhuận sau thuế bình quân")
    rev, rt, rb, cost = fin.row("Doanh thu |"), fin.row("- Cốm túi 200 g (40.000"), fin.row("- Cốm bán buôn (170.000"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("- Lúa nếp non", "- Bao bì", "- Điện, củi", "- Tiền công", "- Khấu hao", "- Lãi vay", "- Bán hàng",
                                   "- Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(close(rt[y], tui[y] * 0.04) and close(rb[y], buon[y] * 0.17) and close(rev[y], rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], lua[y] * 12) and close(lines[1][y], tui[y] * 0.003 + buon[y] * 0.0015)
                and close(lines[2][y], kg[y] * 0.01) and close(lines[3][y], 11 * 5 * 8) and close(lines[4][y], 400 / 10)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 40), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"CIT 15 % {y}")
    growth(p, rev, "revenue")
    loan(p, "Kế hoạch trả nợ vay", "Bảng 3.", 300, 0.07, 100, lines[5])
    inv = p.part("Bảng 2. Vốn đầu tư", "Tổng vốn đầu tư 600")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng") == 600 == 300 + 300 and sum(items[:3]) == 400, "capital 600, fixed 400")
    avg = sum(post) / 3
    p.check(close(avg, 311.5, 0.001) and close(600 / (avg + 40), 1.7, 0.01), "average 311,5, payback 1,7")
    nm = p.part("Định mức chi phí cho 1 kg cốm", "# R.")
    p.check(nm.one("Lúa nếp non") == 4 * 12000 and nm.one("Cộng chi phí") == 48000 + 10000 + 15000
            and nm.one("Giá bán cốm túi") == 5 * 40000, "per-kg norms")
    p.has("(198 + 297,1 + 439,4) : 3 ≈ 311,5", "600 : (311,5 + 40) ≈ 1,7 năm", "40.000 đồng/túi", "170.000 đồng/kg",
          "Giấy chứng nhận đăng ký hợp tác xã mã số 3002195068", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "số lô")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|hợp quy|hợp chuẩn|phân tích mẫu|phiếu kết quả",
            "PLANTED no-product-standard: no standard, declaration or laboratory test")
    revise_common(p)
    return p


def dl06() -> Plan:
    p = Plan("dl06_gao_lut_do_hoa_hai_co_so")
    pr = p.part("Bảng 1. Kế hoạch sản xuất", "Bảng 2.")
    tui, bao, t, paddy = pr.row("Gạo lứt đỏ túi 2 kg"), pr.row("Gạo lứt đỏ bao 25 kg"), pr.row("Tổng gạo lứt"), pr.row("Thóc cần")
    for y in Y:
        p.check(t[y] * 1000 == tui[y] * 2 + bao[y] and close(paddy[y], t[y] / 0.78) and paddy[y] <= 24 * 5.8, f"tấn, paddy 78 %, 139,2 {y}")
        p.check(tui[y] <= 120 * 8 * 280, f"vacuum packer {y}")
    growth(p, t, "output")
    mem = p.part("Danh sách hộ liên kết", "# 8.")
    rows = [mem.row(f"{i} |", 2) for i in range(1, 17)]
    p.check(close(sum(r[0] for r in rows), 24) and close(sum(r[1] for r in rows), 139.2) and mem.row("Cộng", 2) == [24, 139.2]
            and all(close(r[1], r[0] * 5.8) for r in rows) and close(sum(r[0] for r in rows[1:]), 20), "4 + 20 ha, 139,2 tấn")
    p.check(all(close(mem.row("Thóc cần")[y], paddy[y]) and close(mem.row("Còn dư")[y], 139.2 - paddy[y]) for y in Y), "paddy balance")
    ch = p.part("Bảng dự kiến tiêu thụ", "Khách hàng mục tiêu")
    p.check(all(sum(ch.row(x)[y] for x in ("Cửa hàng gạo", "Bếp ăn", "Khách lẻ")) == ch.row("Cộng")[y] == t[y] for y in Y), "channels = output")
    staff = p.part("# 9. Kế hoạch", "Mỗi năm cơ sở")  # staff table sits just before part 9
    st = p.part("## 8.3.", "# 9.")
    p.check(sum(st.row(x, 1)[0] for x in ("Ông Hòa", "Bà Hải")) + st.row("Lao động thuê", 1)[0] + st.row("Lao động thuê", 1, 1)[0]
            == st.row("Tổng", 1)[0] == 6, "6 workers")
    fin = p.part("Bảng 2. Doanh thu", "# 10.")
    rev, rt, rb, cost = fin.row("Doanh thu |"), fin.row("Gạo lứt túi 2 kg (70.000"), fin.row("Gạo lứt bao (28.000"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Thóc (9.000", "Túi hút chân không", "Xay xát, điện", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Vận chuyển, bán hàng", "Chi khác")]
    prof = fin.row("Lợi nhuận |")
    true_rev = [tui[y] * 0.07 + bao[y] * 0.028 for y in Y]
    for y in Y:
        p.check(close(rb[y], bao[y] * 0.028) and close(rev[y], rt[y] + rb[y]), f"sack row, total adds its rows {y}")
        p.check(close(lines[0][y], paddy[y] * 9) and close(lines[1][y], tui[y] * 0.004 + bao[y] * 0.0003)
                and close(lines[2][y], t[y] * 0.5) and close(lines[3][y], 6 * 6 * 12) and close(lines[4][y], 500 / 10)
                and close(lines[7][y], 30), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit on stated revenue {y}")
    p.check(close(rt[1], tui[1] * 0.07) and close(rt[2], tui[2] * 0.07), "2028, 2029 pouch rows right")
    p.check(rt[0] == 1950 and off(rt[0], tui[0] * 0.07) and close(rt[0] / (tui[0] * 0.07), 1.114, 0.001)
            and off(rev[0], true_rev[0]) and close(true_rev[0], 2590),
            "PLANTED revenue-mismatch: 2027 pouch row 1.950 != 25.000 × 70.000 = 1.750 (+11,4 %); total 2.790 != 2.590 (+7,7 %)")
    p.has("doanh thu 2,79 tỷ đồng năm 2027")
    loan(p, "Kế hoạch trả nợ vay", "Lợi nhuận bình quân (", 400, 0.08, 100, lines[5])
    cash_flow(p, "Bảng dòng tiền", "# 11.", prof, 50, 100)
    inv = p.part("Bảng 3. Vốn đầu tư", "Tổng vốn đầu tư 1 tỷ")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1000 == 600 + 400 and sum(items[:3]) == 500, "capital 1 tỷ, fixed 500")
    avg = sum(prof) / 3
    true_avg = (sum(prof) - (rev[0] - true_rev[0])) / 3
    p.check(close(avg, 1106.9, 0.001) and round(1000 / (avg + 50), 1) == 0.9 == round(1000 / (true_avg + 50), 1),
            "stated payback 0,9 stays 0,9 with the true profit (not a knock-on)")
    p.check(rev[0] / 2450 < 1.2 and rev[1] / rev[0] < 1.2 and rev[2] / rev[1] < 1.2, "stated revenue growth under 20 % (2026: 2,45 tỷ)")
    p.has("(1.053,6 + 1.040,2 + 1.226,8) : 3 ≈ 1.106,9", "1.000 : (1.106,9 + 50) ≈ 0,9 năm", "70.000 đồng/túi", "28.000 đồng/kg",
          "bản cam kết bảo đảm an toàn thực phẩm", "TCCS 01:2027/HH", "tự công bố", "Cục Sở hữu trí tuệ", "sổ mẻ xát")
    p.lacks(r"nhãn(?! hiệu)|Nghị định 43|111/2021|mã vạch|QR|tem ", "PLANTED no-label-plan: no label, decree, barcode or QR")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|đăng ký hộ|đăng ký doanh nghiệp|doanh nghiệp|giấy phép kinh doanh|"
            r"thuế (GTGT|TNCN|TNDN|khoán)|nộp thuế", "PLANTED no-business-registration: no registration, tax code or tax")
    revise_common(p)
    return p


def dl07() -> Plan:
    p = Plan("dl07_pho_kho_kim_hoa_tht")
    pr = p.part("Bảng 1. Sản lượng", "Lịch sản xuất năm 2027")
    goi, bao, kg, rice, lab = (pr.row("Phở khô gói 400 g"), pr.row("Phở khô bao 5 kg"), pr.row("Tổng sản lượng phở khô"),
                               pr.row("Gạo nguyên liệu"), pr.row("Lao động"))
    cap = 40 * 8 * 260
    for y in Y:
        p.check(kg[y] == goi[y] * 0.4 + bao[y] and close(rice[y], kg[y] * 1.15 / 1000) and rice[y] <= 120, f"output, rice 1,15, 120 tấn {y}")
    p.check(cap == 83200 and kg[0] <= cap and kg[1] <= cap and lab == [9, 9, 9], "2027–2028 within 83.200 kg; 9 workers")
    p.check(kg[2] == 95000 and off(kg[2], cap) and close(kg[2] / cap, 1.142, 0.001),
            "PLANTED capacity-exceeded: 2029 plans 95.000 kg on one 40 kg/giờ line, 8 giờ, 260 ngày = 83.200 kg (+14,2 %)")
    p.has("Công suất dây chuyền đủ cho kế hoạch sản xuất đến năm 2029", "40 kg/giờ, chạy 8 giờ/ngày, 260 ngày/năm")
    inv = p.part("Bảng 2. Vốn đầu tư", "Tổng vốn đầu tư 600")
    p.lacks(r"dây chuyền (mới|thứ hai)|mua thêm dây chuyền|ca 2|hai ca|2 ca", "no second line or shift (the capacity defect stands)")
    growth(p, kg, "output")
    calendar(p, "Lịch sản xuất năm 2027", "# PHẦN VII.", kg[0], 260, 320)
    rw = p.part("Bảng cân đối gạo", "## 2. Quy trình")
    p.check(all(close(rw.row("Gạo cần")[y], rice[y]) and close(rw.row("Còn dư")[y], 120 - rice[y]) for y in Y), "rice balance")
    mem = p.part("Danh sách hộ thành viên", "# PHẦN VI.")
    rows = [mem.row(f"{i} |", 2) for i in range(1, 10)]
    p.check(sum(r[0] for r in rows) == mem.row("Cộng", 2)[0] == 9 and sum(r[1] for r in rows) == mem.row("Cộng", 2)[1] == 300,
            "9 households, 300 triệu")
    st = p.part("## 3. Lao động", "# PHẦN VI.")
    p.check(sum(st.row(x, 1)[0] for x in ("Ngâm", "Vận hành", "Đóng gói", "Quản lý")) == st.row("Tổng", 1)[0] == 9, "staff 9")
    fin = p.part("Bảng 3. Hiệu quả", "Lợi nhuận bình quân")
    rev, rg, rb, cost = fin.row("Doanh thu |"), fin.row("Phở gói 400 g (18.000"), fin.row("Phở bao (36.000"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Gạo (14.000", "Bao bì", "Điện, trấu", "Tiền công", "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý",
                                   "Thuế của các hộ")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:
        p.check(close(rg[y], goi[y] * 0.018) and close(rb[y], bao[y] * 0.036) and close(rev[y], rg[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 14) and close(lines[1][y], goi[y] * 0.0008 + bao[y] * 0.0003)
                and close(lines[2][y], kg[y] * 0.0012) and close(lines[3][y], 9 * 5.5 * 12) and close(lines[4][y], 450 / 10)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 30) and close(lines[8][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(prof[1] == 899 and close(rev[1] - cost[1], 799) and off(prof[1], rev[1] - cost[1]),
            "PLANTED profit-mismatch: 2028 profit 899 != 3.276 − 2.477 = 799 (+12,5 %)")
    growth(p, rev, "revenue")
    loan(p, "Kế hoạch trả nợ vay", "## 2. Doanh thu", 300, 0.07, 100, lines[5])
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Cộng") == 600 == 300 + 300 and sum(items[:3]) == 450, "capital 600, fixed 450")
    avg = sum(prof) / 3
    true_avg = (prof[0] + 799 + prof[2]) / 3
    p.check(close(avg, 861.6, 0.001) and round(600 / (avg + 45), 1) == 0.7 == round(600 / (true_avg + 45), 1),
            "payback 0,66 → 0,7 either way (not a knock-on)")
    p.has("(616,4 + 899 + 1.069,3) : 3 ≈ 861,6", "600 : (861,6 + 45) ≈ 0,7 năm", "18.000 đồng/gói", "36.000 đồng/kg",
          "Giấy chứng nhận đăng ký hộ kinh doanh", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/KH",
          "Nghị định 43/2017/NĐ-CP", "sổ nhập gạo theo lô", "đăng ký môi trường")
    p.lacks(r"nhãn hiệu|thương hiệu|Sở hữu trí tuệ|bảo hộ|logo|văn bằng", "PLANTED no-trademark")
    revise_common(p)
    return p


def dl08() -> Plan:
    p = Plan("dl08_banh_trang_ha_hoang_ctcp")
    pr = p.part("Bảng 1. Kế hoạch sản xuất", "# IX.")
    tui, buon, kg, rice, lab = (pr.row("Bánh tráng cuốn túi 300 g"), pr.row("Bánh tráng bán buôn"), pr.row("Tổng sản lượng bánh tráng"),
                                pr.row("Gạo nguyên liệu"), pr.row("Lao động sản xuất"))
    for y in Y:
        p.check(kg[y] == tui[y] * 0.3 + buon[y] and close(rice[y], kg[y] * 1.2) and rice[y] <= 150000 and kg[y] <= 500 * 280,
                f"output, rice 1,2 within 150 tấn, line 140 tấn {y}")
    st = p.part("Bảng bố trí lao động", "Bảng 1.")
    p.check(all(sum(st.row(x)[y] for x in ("Xay bột", "Vận hành", "Cắt, đếm", "Kho, giao")) == st.row("Tổng")[y] == lab[y] for y in Y),
            "staff table = labour row")
    calendar(p, "Lịch sản xuất năm 2027", "# IX.", kg[0], 280, 500)
    rw = p.part("Bảng cân đối gạo", "## 2. Quy trình")
    p.check(all(close(rw.row("Gạo cần")[y], rice[y]) and close(rw.row("Còn dư")[y], 150000 - rice[y]) for y in Y), "rice balance")
    fin = p.part("Bảng 3. Doanh thu", "Thuế thu nhập doanh nghiệp 15 %")
    rev, rt, rb, cost = fin.row("Doanh thu |"), fin.row("Bánh tráng túi 300 g (22.000"), fin.row("Bánh tráng bán buôn (48.000"), fin.row("Tổng chi phí")
    lines = [fin.row(x) for x in ("Gạo (14.000", "Bao bì", "Điện, nhiên liệu", "Tiền lương", "Khấu hao", "Lãi vay", "Chi phí bán hàng",
                                   "Chi phí quản lý", "Quảng bá")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # đồng
        p.check(close(rt[y], tui[y] * 22000) and close(rb[y], buon[y] * 48000) and close(rev[y], rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 14000) and close(lines[1][y], tui[y] * 1500 + buon[y] * 500)
                and close(lines[2][y], kg[y] * 2000) and close(lines[3][y], lab[y] * 6e6 * 12) and close(lines[4][y], 2e9 / 10)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 180e6) and close(lines[8][y], 50e6), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], pre[y] * (0.15 if rev[y] <= 3e9 else 0.17)) and close(post[y], pre[y] - tax[y]), f"CIT {y}")
    loan(p, "Kế hoạch trả nợ vay", "# X.", 800e6, 0.08, 200e6, lines[5])
    cash_flow(p, "Bảng dòng tiền", "# XI.", post, 200e6, 200e6)
    p.check(close(kg[0] / 27000, 1.11, 0.01), "2027 +11 % on 2026")
    p.check(kg[1] / kg[0] == 2 and kg[2] / kg[1] == 1.75 and rev[1] / rev[0] == 2 and rev[2] / rev[1] == 1.75,
            "PLANTED unrealistic-growth: output and revenue ×2 then ×1,75")
    p.check(lines[8] == [50e6] * 3 and 500e6 < lines[0][2], "flat promotion; 500 triệu working capital < 1,76 tỷ of rice in 2029")
    p.has("Thị trường bánh tráng còn rất lớn", "3 nhà phân phối", "40 đại lý")
    p.lacks(r"hợp đồng (bao tiêu|tiêu thụ|cung cấp bánh)|đơn hàng|ký (thêm|mới)|thị trường mới|xuất khẩu",
            "no new buyer or contract explains the growth")
    inv = p.part("Bảng 2. Tổng vốn đầu tư", "Tổng vốn đầu tư là")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    total = inv.one("Tổng vốn đầu tư")
    p.check(sum(items) == total == 2.5e9 and sum(items[:4]) == 2e9, "items = total 2,5 tỷ, fixed 2 tỷ")
    src = 1.2e9 + 0.8e9
    p.check(off(src, total) and close(src / total, 0.8), "PLANTED capital-mismatch: sources 1,2 + 0,8 = 2,0 tỷ != 2,5 tỷ (−20 %)")
    p.has("vốn chủ sở hữu 1.200.000.000 đồng", "800.000.000 đồng, lãi 8 %/năm", "bảo đảm đủ vốn")
    avg = sum(post) / 3
    p.check(close(avg, 1013159167, 0.0001) and round(2.5e9 / (avg + 2e8), 1) == 2.1, "average, payback 2,1")
    p.has("1.013.159.167", "≈ 2,1 năm", "22.000 đồng/túi", "48.000 đồng/kg", "mã số 3002309815",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/HH", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    p.lacks(r"môi trường|nước thải|xử lý|bể lắng|hố lắng|khói|bụi|\btro\b|chất thải|\brác\b|khí thải|tiếng ồn|bã|cặn",
            "PLANTED no-environment-measures")
    revise_common(p)
    return p


def dl09() -> Plan:
    p = Plan("dl09_gao_thom_song_nghen_htx")
    pr = p.part("Bảng 2. Kế hoạch sản lượng", "# Chương 10.")
    tui, bao, t, paddy = pr.row("Gạo thơm túi 5 kg"), pr.row("Gạo thơm bao 25 kg"), pr.row("Tổng sản lượng gạo"), pr.row("Thóc cần")
    for y in Y:
        p.check(t[y] == tui[y] * 5 / 1000 + bao[y] and close(paddy[y], t[y] / 0.65) and paddy[y] <= 40 * 5.8 and paddy[y] <= 300,
                f"tấn, paddy 65 % within 232 tấn and the 300-tấn dryer {y}")
    growth(p, t, "output")
    zones = p.part("Bảng vùng nguyên liệu", "# Chương 8.")
    z = [zones.row(f"Tổ {i} ", 3) for i in range(1, 7)]
    p.check([sum(r[i] for r in z) for i in range(3)] == [86, 40, 232] == zones.row("Cộng", 3)
            and all(close(r[2], r[1] * 5.8) for r in z), "6 groups, 86 households, 40 ha, 232 tấn")
    p.check(all(close(zones.row("Thóc cần")[y], paddy[y]) and close(zones.row("Còn dư")[y], 232 - paddy[y]) for y in Y), "paddy balance")
    st = p.part("## 8.3. Nhân lực", "# Chương 9.")
    p.check(sum(st.row(x, 1)[0] for x in ("Giám đốc", "Kế toán", "Nhân viên bán", "Vận hành", "Đóng gói")) == st.row("Tổng lao động", 1)[0] == 8,
            "staff 8")
    calendar(p, "Lịch xay xát", "# Chương 10.", t[0], 280, 1e9)
    ch = p.part("Bảng 1. Dự kiến tiêu thụ", "# Chương 7.")
    chans = [ch.row(f"{i} |") for i in range(1, 5)]
    tot = ch.row("Cộng")
    sums = [sum(c[y] for c in chans) for y in Y]
    p.check(sums[0] == tot[0] == t[0] and sums[2] == tot[2] == t[2], "2027 and 2029 channel columns add up")
    p.check(sums[1] == 118 and tot[1] == 130 and off(tot[1], sums[1]) and close(tot[1] / sums[1], 1.102, 0.001),
            "PLANTED table-total-mismatch: 2028 channels 50 + 38 + 20 + 10 = 118, 'Cộng' 130 (+10,2 %)")
    fin = p.part("Bảng 4. Hiệu quả", "Lợi nhuận sau thuế bình quân")
    rev, rt, rb, cost = fin.row("Doanh thu |"), fin.row("Gạo túi 5 kg (150.000"), fin.row("Gạo bao bán buôn (24.000"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Thóc (9.500", "Bao bì", "Sấy, xay xát", "Tiền lương", "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(close(rt[y], tui[y] * 0.15) and close(rb[y], bao[y] * 24) and close(rev[y], rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], paddy[y] * 9.5) and close(lines[1][y], tui[y] * 0.006 + bao[y] * 0.4)
                and close(lines[2][y], t[y] * 0.6) and close(lines[3][y], 8 * 6 * 12) and close(lines[4][y], 800 / 10)
                and close(lines[6][y], rev[y] * 0.04) and close(lines[7][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"CIT 17 % {y}")
    growth(p, rev, "revenue")
    loan(p, "Kế hoạch trả nợ vay", "Bảng 4.", 500, 0.07, 100, lines[5])
    inv = p.part("Bảng 3. Vốn đầu tư", "Tổng vốn đầu tư 1.300")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1300 == 500 + 300 + 500 and sum(items[:4]) == 800, "capital 1.300, fixed 800")
    avg = sum(post) / 3
    true = 1300 / (avg + 80)
    p.check(close(avg, 410, 0.001) and close(true, 2.65, 0.01) and off(1.8, true) and off(1.8, 1300 / avg),
            "PLANTED payback-mismatch: '1.300 : (410 + 80) ≈ 1,8 năm' while 1.300 : 490 = 2,65 (3,2 without depreciation)")
    p.has("1.300 : (410 + 80) ≈ 1,8 năm", "Thu hồi vốn đầu tư trong khoảng 1,8 năm", "(291,3 + 410 + 528,6) : 3 ≈ 410")
    p.has("150.000 đồng/túi", "24.000 đồng/kg", "mã số 3001652407", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2026/SN", "tự công bố", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    p.lacks(r"kiểm soát chất lượng|quản lý chất lượng|truy xuất|QR|số lô|mã lô|theo lô|lưu mẫu|sổ (ghi|nhật ký|theo dõi|mẻ)|"
            r"HACCP|ISO|GAP|hữu cơ|nhật ký", "PLANTED no-quality-control")
    revise_common(p)
    return p


def dl10() -> Plan:
    p = Plan("dl10_bun_gao_lut_thu_ha_hkd")
    pr = p.part("Bảng 1. Kế hoạch sản xuất", "Bảng 2.")
    a, b, kg, rice = pr.row("Bún gạo lứt túi 500 g"), pr.row("Bún gạo lứt túi 1 kg"), pr.row("Tổng sản lượng bún"), pr.row("Gạo lứt cần")
    supply = 5 * 5.2 * 2 * 0.78 * 1000
    for y in Y:
        p.check(kg[y] == a[y] * 0.5 + b[y] and close(rice[y], kg[y] * 1.2) and rice[y] <= supply, f"kg, brown rice 1,2, 40,6 tấn {y}")
        p.check(kg[y] <= 80 * 250 and kg[y] <= 25 * 8 * 250, f"dryer 20 tấn, extruder 50 tấn {y}")
    growth(p, kg, "output")
    hh = p.part("Danh sách hộ liên kết", "Thóc 52 tấn")
    rows = [hh.row(f"{i} |", 2) for i in range(1, 7)]
    p.check(close(sum(r[0] for r in rows), 5) and close(sum(r[1] for r in rows), 52) and all(close(r[1], r[0] * 10.4) for r in rows),
            "5 ha, 52 tấn thóc")
    calendar(p, "Lịch sản xuất năm 2027", "Định mức chi phí", kg[0], 250, 80)
    nm = p.part("Định mức chi phí cho 1 kg bún", "Bảng 2.")
    p.check(nm.one("Gạo lứt") == 1.2 * 22000 and nm.one("Cộng chi phí") == 26400 + 2000 + 2400, "per-kg norms")
    fin = p.part("Bảng 3. Doanh thu", "Lợi nhuận bình quân")
    rev, ra, rb, cost = fin.row("Doanh thu |"), fin.row("Túi 500 g (30.000"), fin.row("Túi 1 kg (55.000"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Gạo lứt (22.000", "Túi, thùng", "Điện (2.000", "Tiền công", "Khấu hao", "Lãi vay", "Vận chuyển",
                                   "Thuế GTGT", "Chi khác")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:  # nghìn đồng
        p.check(close(ra[y], a[y] * 30) and close(rb[y], b[y] * 55) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 22) and close(lines[1][y], a[y] * 1.2 + b[y] * 1.8) and close(lines[2][y], kg[y] * 2)
                and close(lines[3][y], 3 * 5500 * 12) and close(lines[4][y], 250000 / 10) and close(lines[6][y], rev[y] * 0.03)
                and close(lines[7][y], rev[y] * 0.045) and close(lines[8][y], 12000), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth(p, rev, "revenue")
    loan(p, "Kế hoạch trả nợ vay", "Bảng 3.", 100000, 0.08, 25000, lines[5])
    cash_flow(p, "Bảng dòng tiền", "# 11.", prof, 25000, 25000)
    inv = p.part("Bảng 2. Vốn đầu tư", "Tổng vốn đầu tư 300")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 300000 == 200000 + 100000 and sum(items[:3]) == 250000, "capital 300 triệu")
    avg = sum(prof) / 3
    p.check(close(avg, 112815, 0.0001) and round(300000 / (avg + 25000), 1) == 2.2, "average, payback 2,2")
    p.has("(78.650 + 112.815 + 146.980) : 3 = 112.815", "≈ 2,2 năm", "30.000 đồng/túi", "55.000 đồng/túi",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28C8003516", "TCCS 01:2026/TH", "tự công bố", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "số lô in trên túi", "hố lắng")
    p.check(p.count("Hộ kinh doanh Bún Minh Châu") == 2 and p.count("Hộ kinh doanh Bún gạo lứt Thu Hà") >= 1,
            "PLANTED name-inconsistent: 'Hộ kinh doanh Bún Minh Châu' in §8 and §12")
    market = p.body.split("# 6. Thị trường tiêu thụ", 1)[1].split("# 7.", 1)[0]
    p.check(not re.search(r"\d", market) and not re.search(r"giá|đồng|khách hàng|kênh|đại lý|cửa hàng|siêu thị|\bbán\b", market),
            "PLANTED the market section has no number, price, customer or channel")
    p.lacks(r"khách|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|thương lái|phân phối|hợp đồng (bán|tiêu thụ|cung cấp)|"
            r"facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|hội chợ|xuất khẩu|điểm bán|kênh|\bchợ\b|"
            r"nhà hàng|quán|bếp ăn|trường học|người mua|đơn hàng|đặt hàng|giao hàng", "PLANTED no sales channel anywhere")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|khám sức khỏe|tập huấn|đủ điều kiện|cam kết|15/2018|Luật An toàn",
            "PLANTED no-food-safety")
    revise_common(p)
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("dl11_gao_nep_cam_thach_xuan_so_sai")
    a.check(2000 * 40000 == 80e6, "2 tấn × 40.000 = 80 triệu")
    a.has("khoảng 2 tấn gạo nếp cẩm lứt", "40.000 đồng/kg", "khoảng 80 triệu đồng", "hai cửa hàng tạp hóa")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|"
            r"nước thải|trấu|truy xuất|sổ ghi|số lô|vốn đầu tư|chi phí|lợi nhuận", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dl12_mien_gao_tung_anh_so_sai")
    b.check(3000 * 60000 == 180e6, "3 tấn × 60.000 = 180 triệu")
    b.has("khoảng 3 tấn miến", "60.000 đồng/kg", "khoảng 180 triệu đồng", "thương lái", "quán miến lươn")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|"
            r"nước thải|truy xuất|sổ ghi|số lô|vốn đầu tư|chi phí|lợi nhuận|nguyên liệu|\bha\b", "every tolerated gap is real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (dl01, dl02, dl03, dl04, dl05, dl06, dl07, dl08, dl09, dl10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
