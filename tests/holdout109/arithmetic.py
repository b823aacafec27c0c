"""The hundred-and-ninth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout109/arithmetic.py

For every plan: output = packs × pack weight, raw-material need = output × norm (fresh leaf per kg
of tea, raw honey per kg of honey, turmeric or kudzu roots per kg of starch, shells per kg of
kernels, fresh berries per kg of pepper, seed per kg of powder) against the stated supply
(members' hectares × yield, colonies × kg/đàn/năm, contracts), output against equipment capacity ×
days, channel tables summing to the year's packs, revenue = quantity × price, each cost line = its
stated norm, cost lines summing to the total, profit = revenue − cost, tax, investment items =
total = capital sources, depreciation, interest, average profit and payback as printed, growth.
Planted numeric defects are asserted wrong by more than 5 % (with the true value computed) and
every other number right within 1 %. Table figures are read from the plan's source, each table
looked up inside its own section; figures quoted in running text are looked up verbatim. The
textual planted defects are asserted through the absence or presence of their words; ready plans
cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no replaced instrument; no plan keeps a placeholder.
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
        return q

    def section(self, start: str, end: str) -> str:
        return self.body.split(start, 1)[1].split(end, 1)[0]

    def words(self) -> int:
        return len(self.body.split())


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Cục Sở hữu trí tuệ",
          "đăng ký môi trường" if "đăng ký môi trường" in p.body else "môi trường")
    p.check(bool(re.search(r"an toàn thực phẩm", p.body)) and bool(re.search(r"tiêu chuẩn cơ sở|TCCS", p.body))
            and "tự công bố" in p.body, "ready: food safety, TCCS, self-declaration")


def channels(p: Plan, start: str, end: str, cols: int) -> list[float]:
    """Sum of each column of a channel table (rows before 'Cộng') and the 'Cộng' row."""
    t = p.part(start, end)
    body = [r for r in t.rows[2:] if not r[0].startswith("Cộng")]
    sums = [sum(plancheck.vn(r[-cols + i]) for r in body) for i in range(cols)]
    return sums + t.row("Cộng", cols)


def growth_ok(p: Plan, xs: list[float], what: str, cap: float = 1.2) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < cap, f"growth {what} {y}")


# --------------------------------------------------------------------------- ready plans

def df01() -> Plan:
    p = Plan("df01_che_bup_kho_khe_tho_htx")
    pr = p.part("# XI.", "# XII.")
    tui, bao, kg = pr.row("Túi 500 g"), pr.row("Chè bao 1 kg"), pr.row("Tổng chè búp khô")
    raw = p.part("Bảng 2.", "# IX.")
    kg2, leaf, own = raw.row("Chè búp khô sản xuất"), raw.row("Búp tươi cần dùng"), raw.row("Búp tươi của thành viên")
    fin = p.part("Bảng 5.", "Lợi nhuận sau thuế bình quân")
    rev, r1, r2, cost = fin.row("Doanh thu |"), fin.row("Túi 500 g (150.000"), fin.row("Chè bao (220.000"), fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Búp chè tươi", "Bao bì", "Điện, củi", "Tiền lương", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(kg[y] == tui[y] * 0.5 + bao[y] == kg2[y], f"kg {y}")
        p.check(close(leaf[y], kg[y] * 4.5) and leaf[y] <= own[y] == 25 * 3200, f"leaf 4,5 within 80 tấn {y}")
        p.check(leaf[y] <= 500 * 180, f"line 90 tấn leaf {y}")
        p.check(close(r1[y], tui[y] * 0.15) and close(r2[y], bao[y] * 0.22) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 0.012) and close(lines[1][y], tui[y] * 0.008 + bao[y] * 0.002)
                and close(lines[2][y], kg[y] * 0.01) and close(lines[3][y], 14 * 6 * 12)
                and close(lines[4][y], 1200 / 10) and close(lines[5][y], [400, 300, 200][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.05) and lines[7][y] == 60, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]) and rev[y] > 3000, f"profit, 17 % {y}")
    growth_ok(p, rev, "revenue")
    growth_ok(p, kg, "kg")
    cur = p.part("# IV.", "# V.")
    hk, hr = cur.row("Chè búp khô"), cur.row("Doanh thu")
    p.check(close(kg[0] / hk[2], 1.111, 0.01) and close(rev[0] / hr[2], 1.135, 0.01), "+11,1 % kg, +13,5 % revenue on 2026")
    ch = channels(p, "Bảng 1.", "# VIII.", 2)
    p.check(ch[0] == ch[2] == tui[0] and ch[1] == ch[3] == bao[0], "channels = 2027 output")
    inv = p.part("Bảng 4.", "# XIII.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1500 == 700 + 400 + 400 and sum(items[:4]) == 1200, "capital 1.500")
    avg = sum(post) / 3
    p.check(close(avg, 900.4, 0.001) and close(1500 / (avg + 120), 1.5, 0.03), "average 900,4, payback 1,5")
    p.check(32 * 30 == 960, "charter capital 960")
    p.has("(720,4 + 900,4 + 1.080,3) : 3 ≈ 900,4", "1.500 : (900,4 + 120) ≈ 1,5 năm", "tổng cộng 80.000 kg",
          "tổng cộng 6.000 kg chè bao/năm", "90.000 kg búp tươi/năm, tương đương 20.000 kg chè khô",
          "Giấy chứng nhận đăng ký hợp tác xã", "TCCS 01:2025/KT", "đăng ký môi trường", "mã lô")
    ready_common(p)
    cal = p.part("# PHỤ LỤC 1.", "# PHỤ LỤC 2.")
    months = [cal.row(f"Tháng {m} |", 3) for m in range(3, 11)]
    tot = cal.row("Cả năm", 3)
    p.check([sum(m[i] for m in months) for i in range(3)] == tot and tot[:2] == [leaf[0], kg[0]]
            and all(close(m[0], m[1] * 4.5) and m[0] <= m[2] * 500 for m in months), "calendar sums, 4,5, 500 kg/day")
    org = p.part("# PHỤ LỤC 3.", None)
    p.check(sum(org.one(x) for x in ("Quản lý", "Kỹ thuật", "Công nhân", "Bán hàng")) == org.one("Cộng") == 14, "14 staff")
    return p


def df02() -> Plan:
    p = Plan("df02_mat_ong_bai_dai_hkd")
    pr = p.part("Bảng 3.", "# Phần 12")
    hu, chai, kg = pr.row("Hũ 500 g"), pr.row("Chai 1 kg"), pr.row("Tổng mật")
    raw = p.part("Bảng 2.", "# Phần 9")
    col, thoraw, need, fin_kg = raw.row("Số đàn"), raw.row("Mật thô khai thác"), raw.row("Mật thô cần"), raw.row("Mật thành phẩm")
    fin = p.part("Bảng 5.", "Lợi nhuận bình quân")
    rh, rc, rev = fin.row("Doanh thu hũ"), fin.row("Doanh thu chai"), fin.row("Tổng doanh thu")
    lines = [fin.row(x) for x in ("Thức ăn bổ sung", "Thùng, cầu ong", "Vận chuyển ong", "Bao bì", "Tiền công",
                                   "Điện, kiểm nghiệm", "Khấu hao", "Lãi vay", "Bán hàng", "Thuế GTGT")]
    cost, prof = fin.row("Tổng chi phí"), fin.row("Lợi nhuận |")
    staff = [6, 7, 7]
    for y in Y:  # đồng
        p.check(kg[y] == hu[y] * 0.5 + chai[y] == fin_kg[y], f"kg {y}")
        p.check(col[y] == 300 + 30 * (y + 1) and thoraw[y] == col[y] * 20 and close(need[y], kg[y] / 0.9)
                and need[y] <= thoraw[y] and close(thoraw[y] - need[y], 600), f"colonies × 20 kg, 0,9 yield {y}")
        p.check(need[y] <= 200 * 2 * 100, f"dehumidifier 40 tấn {y}")
        p.check(rh[y] == hu[y] * 150000 and rc[y] == chai[y] * 260000 and rev[y] == rh[y] + rc[y], f"revenue {y}")
        p.check(lines[0][y] == col[y] * 300000 and lines[1][y] == 30 * 600000 and lines[2][y] == 60e6
                and close(lines[3][y], hu[y] * 12000 + chai[y] * 15000) and lines[4][y] == staff[y] * 7e6 * 12
                and lines[5][y] == 30e6 and lines[6][y] == 600e6 / 10 and close(lines[7][y], 200e6 * 0.07)
                and close(lines[8][y], rev[y] * 0.05) and close(lines[9][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(prof[y] / rev[y] < 0.36, f"margin {y}")
    growth_ok(p, rev, "revenue")
    p.check(close(kg[0] / 5000, 1.08) and close(rev[0] / 1.6e9, 0.9375), "+8 % kg on 2026 (price shift to packs)")
    cur = p.part("# Phần 2", "# Phần 3")
    p.check(cur.row("Số đàn ong") == [240, 270, 300] and cur.row("Doanh thu")[2] == 1.6e9, "history")
    ch = channels(p, "Bảng 1.", "# Phần 8", 2)
    p.check(ch[0] == ch[2] == hu[0] and ch[1] == ch[3] == chai[0], "channels = 2027 output")
    inv = p.part("Bảng 4.", "# Phần 13")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 800e6 == 600e6 + 200e6 and sum(items[:4]) == 600e6, "capital 800 tr")
    avg = sum(prof) / 3
    p.check(close(avg, 530.39e6, 0.001) and close(800e6 / (avg + 60e6), 1.4, 0.04), "average, payback 1,4")
    p.has("530.390.000 đồng/năm", "800.000.000 : (530.390.000 + 60.000.000) ≈ 1,4 năm", "20 kg/đàn/năm",
          "Giấy chứng nhận đăng ký hộ kinh doanh số", "TCCS 01:2026/BD", "tem QR", "mã lô")
    ready_common(p)
    cal = p.part("# Phụ lục 1", "# Phụ lục 2")
    months = [cal.row(f"Tháng {m} |", 3) for m in (2, 3, 4, 6, 7)]
    tot = cal.row("Cả năm", 3)
    p.check([sum(m[i] for m in months) for i in range(3)] == tot == [thoraw[0], need[0], kg[0]]
            and all(close(m[2], m[1] * 0.9) and m[1] <= m[0] for m in months), "calendar sums, 0,9 each month")
    p.check(sum(m[0] for m in months[:3]) == 330 * 12 and sum(m[0] for m in months[3:]) == 330 * 8, "spring 3.960, summer 2.640")
    return p


def df03() -> Plan:
    p = Plan("df03_tinh_bot_nghe_tung_chau_cty")
    pr = p.part("Bảng 3.", "Bảng 4.")
    h1, h5, kg = pr.row("Hũ 100 g"), pr.row("Hũ 500 g"), pr.row("Tổng tinh bột")
    raw = p.part("Bảng 2.", "# CHƯƠNG IX")
    kg2, root, contract = raw.row("Tinh bột nghệ"), raw.row("Củ nghệ tươi cần"), raw.row("Củ nghệ theo hợp đồng")
    fin = p.part("Bảng 6.", "Lợi nhuận sau thuế bình quân")
    r1, r5, rev = fin.row("Doanh thu hũ 100 g"), fin.row("Doanh thu hũ 500 g"), fin.row("Tổng doanh thu")
    lines = [fin.row(x) for x in ("Củ nghệ tươi", "Bao bì", "Điện, nước", "Lương lao động", "Công lao động thời vụ",
                                   "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý")]
    cost, pre, tax, post = (fin.row("Tổng chi phí"), fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"),
                            fin.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng; tấn of roots
        p.check(kg[y] == h1[y] * 0.1 + h5[y] * 0.5 == kg2[y], f"kg {y}")
        p.check(close(root[y], kg[y] * 40 / 1000) and root[y] <= contract[y] == 10 * 20 and root[y] <= 2 * 100,
                f"40 kg roots, within 200 tấn and the line {y}")
        p.check(close(r1[y], h1[y] * 0.065) and close(r5[y], h5[y] * 0.3) and close(rev[y], r1[y] + r5[y]), f"revenue {y}")
        p.check(close(lines[0][y], root[y] * 1000 * 0.0035) and close(lines[1][y], h1[y] * 0.006 + h5[y] * 0.012)
                and close(lines[2][y], kg[y] * 0.02) and lines[3][y] == 4 * 6 * 12 and lines[4][y] == 10 * 5 * 4
                and lines[5][y] == 100 and close(lines[6][y], [500, 400, 300][y] * 0.09)
                and close(lines[7][y], rev[y] * 0.06) and lines[8][y] == 60, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]) and rev[y] <= 3000, f"15 % {y}")
    growth_ok(p, rev, "revenue")
    p.check(close(kg[0] / 2700, 1.111, 0.01) and close(rev[0] / 1600, 1.156, 0.01), "+11,1 % kg, +15,6 % revenue")
    norm = p.part("Bảng 4.", "# CHƯƠNG XII")
    p.check(norm.row("Củ nghệ tươi (40", 1)[0] == 40 * 3.5 == 140 and norm.one("Cộng") == 160
            and close(lines[0][0] + lines[2][0], kg[0] * 0.16), "per-kg norm 160 nghìn đồng")
    ch = channels(p, "Bảng 1.", "# CHƯƠNG VIII", 2)
    p.check(ch[0] == ch[2] == h1[0] and ch[1] == ch[3] == h5[0], "channels = 2027 output")
    inv = p.part("Bảng 5.", "# CHƯƠNG XIII")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng |") == 1300 == 800 + 500 and sum(items[:4]) == 1000, "capital 1.300")
    avg = sum(post) / 3
    p.check(close(avg, 494.8, 0.001) and close(1300 / (avg + 100), 2.2, 0.02), "average 494,8, payback 2,2")
    p.has("1.300 : (494,8 + 100) ≈ 2,2 năm", "tổng 200 tấn củ tươi/năm", "2 tấn củ/ngày", "15 m³/ngày",
          "Giấy chứng nhận đăng ký doanh nghiệp", "TCCS 01:2025/TC", "đăng ký môi trường", "mã lô")
    ready_common(p)
    cal = p.part("# PHỤ LỤC 1.", "# PHỤ LỤC 2.")
    months = [cal.row(f"Tháng {m} |", 3) for m in (1, 2, 3, 12)]
    tot = cal.row("Cả năm", 3)
    p.check([sum(m[i] for m in months) for i in range(3)] == tot and tot[1:] == [root[0], kg[0]]
            and all(m[1] <= 2 * m[0] and close(m[2], m[1] * 1000 / 40) for m in months), "calendar, 2 tấn/day, 40 kg")
    org = p.part("# PHỤ LỤC 3.", None)
    p.check(sum(org.one(x) for x in ("Giám đốc", "Kế toán", "Kỹ thuật viên", "Nhân viên bán", "Lao động thời"))
            == org.one("Cộng") == 14, "14 staff")
    return p


def df04() -> Plan:
    p = Plan("df04_tra_ca_gai_leo_khe_giao_tht")
    pr = p.part("## 1. Sản lượng", "## 2. Vốn")
    hop, tui, kg = pr.row("Hộp túi lọc 50 g"), pr.row("Túi khô 500 g"), pr.row("Tổng quy khô")
    raw = p.part("# H.", "# I.")
    dry, fresh, sup = raw.row("Cà gai leo khô cần"), raw.row("Cà gai leo tươi cần"), raw.row("Nguồn cung tươi")
    fin = p.part("## 3. Doanh thu", "Lợi nhuận bình quân")
    rh, rt, rev = fin.row("Doanh thu hộp"), fin.row("Doanh thu túi"), fin.row("Tổng doanh thu")
    lines = [fin.row(x) for x in ("Cà gai leo tươi", "Bao bì", "Điện sấy", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Kiểm nghiệm", "Thuế GTGT")]
    cost, prof = fin.row("Tổng chi phí"), fin.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.05 + tui[y] * 0.5 == dry[y], f"kg {y}")
        p.check(fresh[y] == dry[y] * 5 and fresh[y] <= sup[y] == 2 * 12000 and fresh[y] <= 200 * 150,
                f"5:1, within 24 tấn and the dryer {y}")
        p.check(hop[y] * 25 / 9600 <= 150, f"tea-bag machine days {y}")
        p.check(close(rh[y], hop[y] * 0.045) and close(rt[y], tui[y] * 0.09) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.006) and close(lines[1][y], hop[y] * 0.006 + tui[y] * 0.004)
                and close(lines[2][y], kg[y] * 0.015) and close(lines[3][y], 6 * 5.5 * 12) and lines[4][y] == 60
                and close(lines[5][y], 200 * 0.075) and close(lines[6][y], rev[y] * 0.05) and lines[7][y] == 40
                and close(lines[8][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth_ok(p, rev, "revenue")
    p.check(close(kg[0] / 2700, 1.111, 0.01) and close(rev[0] / 1100, 1.145, 0.01), "+11,1 % kg, +14,5 % revenue")
    p.check(close(24000 * 25 / 9600, 62.5) and close(24000 / 18000, 1.33, 0.01), "63 machine days; supply 1,3 ×")
    ch = channels(p, "Kế hoạch tiêu thụ năm 2027", "# H.", 2)
    p.check(ch[0] == ch[2] == hop[0] and ch[1] == ch[3] == tui[0], "channels = 2027 output")
    inv = p.part("## 2. Vốn", "## 3.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 800 == 5 * 120 + 200 and sum(items[:4]) == 600, "capital 800")
    avg = sum(prof) / 3
    p.check(close(avg, 445.23, 0.001) and close(800 / (avg + 60), 1.6, 0.02), "average 445,23, payback 1,6")
    p.has("800 : (445,23 + 60) ≈ 1,6 năm", "tổng 24.000 kg tươi/năm", "Giấy chứng nhận đăng ký tổ hợp tác",
          "TCCS 01:2026/KG", "không quảng cáo công dụng chữa bệnh", "đăng ký môi trường", "mã lô")
    ready_common(p)
    cal = p.part("## Phụ lục 1.", "## Phụ lục 2.")
    months = [cal.row(f"Tháng {m} |", 3) for m in (5, 6, 8, 9, 11)]
    tot = cal.row("Cả năm", 3)
    p.check([sum(m[i] for m in months) for i in range(3)] == tot and tot[:2] == [fresh[0], kg[0]]
            and all(m[0] == m[1] * 5 and m[0] <= m[2] * 200 for m in months), "calendar, 5:1, 200 kg/day")
    mem = p.part("## Phụ lục 2.", "## Phụ lục 3.")
    p.check(sum(mem.one(f"{i} |") for i in range(1, 6)) == mem.one("Cộng") == 600, "members' capital 600")
    return p


# --------------------------------------------------------------------------- revise plans

def df05() -> Plan:
    p = Plan("df05_lac_nhan_dong_loc_hkd")
    pr = p.part("# 11.", "# 12.")
    tui, buon, kg = pr.row("Túi 1 kg"), pr.row("Bán buôn"), pr.row("Tổng lạc nhân")
    raw = p.part("# 8.", "# 9.")
    kg2, need, sup = raw.row("Lạc nhân sản xuất"), raw.row("Lạc vỏ cần"), raw.row("Lạc vỏ theo hợp đồng")
    fin = p.part("# 13.", "Lợi nhuận bình quân")
    rt, rb, rev = fin.row("Lạc nhân túi"), fin.row("Lạc nhân bán buôn"), fin.row("Tổng doanh thu")
    lines = [fin.row(x) for x in ("Lạc vỏ nguyên liệu", "Tiền công", "Bao bì", "Điện bóc", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Thuế GTGT")]
    cost, prof = fin.row("Tổng chi phí"), fin.row("Lợi nhuận |")
    true_rev = [tui[y] * 0.085 + buon[y] * 0.058 for y in Y]
    for y in Y:
        p.check(kg[y] == tui[y] + buon[y] == kg2[y] and close(need[y], kg[y] * 1.4), f"kg, 1,4 shells {y}")
        p.check(close(rt[y], tui[y] * 0.085), f"retail revenue {y}")
        if y != 1:
            p.check(close(rb[y], buon[y] * 0.058), f"bulk revenue {y}")
        p.check(close(rev[y], rt[y] + rb[y]), f"revenue total = rows {y}")
        p.check(close(lines[0][y], need[y] * 0.022) and lines[1][y] == 4 * 5.5 * 12
                and close(lines[2][y], tui[y] * 0.003 + buon[y] * 0.0006) and close(lines[3][y], kg[y] * 0.0015)
                and lines[4][y] == 400 / 10 and close(lines[5][y], 150 * 0.08) and lines[6][y] == 40
                and close(lines[7][y], rev[y] * 0.045), f"cost lines (tax on the stated revenue) {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(need[y] <= 300 * 8 * 120, f"sheller {y}")
    # PLANTED revenue-mismatch
    p.check(off(rb[1], buon[1] * 0.058) and close(buon[1] * 0.058, 765.6) and close(rb[1] / 765.6, 1.131, 0.01)
            and off(rev[1], true_rev[1]) and close(true_rev[1], 1513.6), "PLANTED 2028 bulk 865,6 != 13.200 × 58.000 = 765,6")
    true_prof = true_rev[1] - (cost[1] - lines[7][1] + true_rev[1] * 0.045)
    p.check(close(true_prof, 344.6, 0.002) and off(prof[1], true_prof), "knock-on: 2028 profit 440,1 != 344,6")
    # PLANTED material-shortfall
    p.check(sup[0] == 14 * 2000 == need[0] and off(need[1], sup[1]) and off(need[2], sup[2])
            and close(need[1] / sup[1], 1.10) and close(need[2] / sup[2], 1.20), "PLANTED shells 30.800 / 33.600 > 28.000")
    p.has("bảo đảm đủ cho cả giai đoạn 2027 – 2029", "tổng 28.000 kg lạc vỏ/năm")
    p.check(p.count("lạc vỏ") >= 3 and not re.search(r"mua (thêm|ngoài)|nguồn khác", p.body), "no other shell source")
    # PLANTED no-food-safety
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|cơ sở đủ điều kiện|khám sức khỏe|tập huấn|cam kết|"
            r"HACCP|ISO 22000|Luật An toàn|15/2018", "PLANTED no food-safety certificate or plan")
    p.has("TCCS 01:2026/TH", "tự công bố sản phẩm", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô")
    # tolerated payback
    avg_s, avg_t = sum(prof) / 3, (prof[0] + true_prof + prof[2]) / 3
    p.check(close(avg_s, 376.4, 0.001) and close(600 / (avg_s + 40), 1.44, 0.01) and close(600 / (avg_t + 40), 1.56, 0.01),
            "stated payback 1,4 on the inflated profit, true 1,6 (tolerated)")
    p.has("600 : (376,4 + 40) ≈ 1,4 năm")
    growth_ok(p, rev, "stated revenue")
    p.check(close(kg[0] / 18000, 1.111, 0.01) and close(rev[0] / 1220, 1.128, 0.01), "+11,1 % / +12,8 % on 2026")
    ch = channels(p, "| Kênh năm 2027", "# 8.", 2)
    p.check(ch[0] == ch[2] == tui[0] and ch[1] == ch[3] == buon[0], "channels = 2027 output")
    inv = p.part("# 12.", "# 13.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 600 == 450 + 150 and sum(items[:4]) == 400, "capital 600")
    p.check(28000 - 20000 == 8000, "8 tấn shells")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument (not planted here)")
    nm = p.part("Bảng định mức", "Danh mục thiết bị")
    p.check(close(nm.row("Lạc vỏ khô (1,4", 1)[0], 1.4 * 22000) and nm.one("Cộng") == 30800 + 1500
            and close(lines[0][0] + lines[3][0], kg[0] * 0.0323), "norm 32.300 đ/kg")
    h = p.part("Kết quả kinh doanh ba năm", "Doanh thu tăng đều")
    hk, hr = h.row("Lạc nhân (kg)"), h.row("Doanh thu (triệu")
    p.check(hk[1:] == [16000, 18000] and hr[1:] == [1080, 1220] and all(1.12 <= hr[i + 1] / hr[i] <= 1.13 for i in (0, 1))
            and h.row("Số hộ bán lạc")[2] == 40, "history 12–13 %, 40 households")
    return p


def df06() -> Plan:
    p = Plan("df06_hat_tieu_den_gia_pho_htx")
    pr = p.part("# 11.", "# 12.")
    hu, tui, bao, kg = pr.row("Hũ 200 g"), pr.row("Túi 100 g"), pr.row("Bao bán buôn"), pr.row("Tổng tiêu đen")
    raw = p.part("# 6.", "# 7.")
    kg2, fresh, own = raw.row("Tiêu đen"), raw.row("Tiêu tươi cần"), raw.row("Tiêu tươi của thành viên")
    fin = p.part("# 13.", "Lợi nhuận sau thuế bình quân")
    r1, r2, r3, rev = (fin.row("Doanh thu hũ"), fin.row("Doanh thu túi"), fin.row("Doanh thu bao"), fin.row("Tổng doanh thu"))
    lines = [fin.row(x) for x in ("Tiêu tươi (40", "Bao bì", "Điện sấy", "Lương", "Khấu hao", "Lãi vay", "Bán hàng",
                                   "Quản lý")]
    cost, pre, tax, post = (fin.row("Tổng chi phí"), fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"),
                            fin.row("Lợi nhuận sau thuế"))
    for y in Y:  # nghìn đồng
        p.check(kg[y] == hu[y] * 0.2 + tui[y] * 0.1 + bao[y] == kg2[y], f"kg {y}")
        p.check(fresh[y] == kg[y] * 3 and fresh[y] <= own[y] == 18 * 2500, f"3:1, within 45 tấn of 18 ha {y}")
        p.check(rev[y] == r1[y] + r2[y] + r3[y] == hu[y] * 70 + tui[y] * 40 + bao[y] * 160, f"revenue {y}")
        p.check(lines[0][y] == fresh[y] * 40 and close(lines[1][y], hu[y] * 5 + tui[y] * 2 + bao[y])
                and close(lines[2][y], kg[y] * 2) and lines[3][y] == 6 * 6000 * 12 and lines[4][y] == 800000 / 10
                and close(lines[5][y], 300000 * 0.08) and close(lines[6][y], rev[y] * 0.04) and lines[7][y] == 40000,
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]) and rev[y] <= 3e6, f"15 % {y}")
    growth_ok(p, rev, "revenue")
    growth_ok(p, kg, "kg")
    p.check(close(kg[0] / 8500, 1.129, 0.01), "+12,9 % on 2026")
    # PLANTED capacity-exceeded
    cap = 500 * 60
    p.check(fresh[0] <= cap and off(fresh[1], cap) and off(fresh[2], cap) and close(fresh[1] / cap, 1.08)
            and close(fresh[2] / cap, 1.20) and cap / 3 == 10000, "PLANTED dryer 30.000 kg fresh < 32.400 / 36.000")
    p.has("xử lý được 30.000 kg tươi/năm, tương đương 10.000 kg tiêu đen",
          "Máy sấy đủ công suất cho sản lượng của cả giai đoạn 2027 – 2029", "tổng 6 lao động")
    p.check(p.count("máy sấy") + p.count("Máy sấy") >= 3 and not re.search(r"máy sấy thứ hai|2 máy sấy|thêm máy sấy", p.body),
            "one dryer only")
    # PLANTED figure-inconsistent
    p.has("vùng tiêu 24 ha", "36 thành viên có 18 ha hồ tiêu")
    p.check(off(24, 18) and 18 * 2500 >= fresh[2] and 24 * 2500 >= fresh[2], "PLANTED 24 ha != 18 ha, both cover 36 tấn")
    # PLANTED no-label-plan
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\bQR\b|\btem\b", "PLANTED no label, decree, barcode or QR")
    p.has("Nhãn hiệu \"Tiêu Gia Phố\"", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/GP",
          "tự công bố sản phẩm", "đăng ký môi trường")
    ch = channels(p, "| Kênh năm 2027", "# 10.", 3)
    p.check(ch[:3] == ch[3:] == [hu[0], tui[0], bao[0]], "channels = 2027 output")
    inv = p.part("# 12.", "# 13.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1.1e6 == 500000 + 300000 + 300000 and sum(items[:4]) == 800000,
            "capital 1,1 tỷ")
    avg = sum(post) / 3
    p.check(close(avg, 397417, 0.001) and close(1.1e6 / (avg + 80000), 2.3, 0.01), "average, payback 2,3")
    p.has("1.100.000 : (397.417 + 80.000) ≈ 2,3 năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument (not planted here)")
    cal = p.part("## 19.1.", "## 19.2.")
    months = [cal.row(f"Tháng {m} |", 3) for m in (2, 3)]
    tot = cal.row("Cả năm", 3)
    p.check([sum(m[i] for m in months) for i in range(3)] == tot == [60, fresh[0], kg[0]]
            and all(m[1] <= m[0] * 500 and m[1] == m[2] * 3 for m in months), "calendar 60 days, 28.800 / 9.600")
    org = p.part("## 19.2.", "## 19.3.")
    p.check(sum(org.one(x) for x in ("Giám đốc", "Kế toán", "Công nhân")) == org.one("Cộng") == 6, "6 staff")
    mem = p.part("## 19.4.", None)
    p.check(sum(mem.one(x) for x in ("Phú Lập", "Tân Phong", "Trung Thịnh")) == mem.one("Cộng") == 36, "36 members")
    return p


def df07() -> Plan:
    p = Plan("df07_bot_san_day_ngoc_lan_hkd")
    pr = p.part("# Kế hoạch sản xuất", "# Vốn đầu tư")
    t5, t1, kg = pr.row("Túi 500 g"), pr.row("Túi 1 kg"), pr.row("Tổng bột")
    raw = p.part("# Nguồn nguyên liệu", "# Quy trình")
    kg2, need, sup = raw.row("Bột sắn dây"), raw.row("Củ sắn dây cần"), raw.row("Củ sắn dây có thể")
    fin = p.part("# Doanh thu, chi phí", "Lợi nhuận bình quân")
    r5, r1, rev = fin.row("Doanh thu túi 500 g"), fin.row("Doanh thu túi 1 kg"), fin.row("Tổng doanh thu")
    lines = [fin.row(x) for x in ("Củ sắn dây (3.000", "Bao bì", "Điện, nước", "Công lao động thường", "Công lao động thời",
                                   "Khấu hao", "Lãi vay", "Bán hàng", "Thuế GTGT")]
    cost, prof = fin.row("Tổng chi phí"), fin.row("Lợi nhuận |")
    for y in Y:
        p.check(kg[y] == t5[y] * 0.5 + t1[y] == kg2[y] and need[y] == kg[y] * 8 and need[y] <= sup[y] == 5 * 12000,
                f"kg, 8 kg roots, within 60 tấn {y}")
        p.check(need[y] <= 400 * 4 * 100, f"grinder 160 tấn {y}")
        p.check(close(r5[y], t5[y] * 0.075) and close(r1[y], t1[y] * 0.14) and close(rev[y], r5[y] + r1[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 0.003) and close(lines[1][y], t5[y] * 0.003 + t1[y] * 0.004)
                and close(lines[2][y], kg[y] * 0.008) and lines[3][y] == 2 * 5 * 12 and lines[4][y] == 6 * 5 * 3
                and lines[5][y] == 300 / 10 and close(lines[6][y], 100 * 0.07) and lines[7][y] == 30
                and close(lines[8][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        if y != 1:
            p.check(close(prof[y], rev[y] - cost[y]), f"profit {y}")
    # PLANTED profit-mismatch
    true = rev[1] - cost[1]
    p.check(close(true, 179.6) and off(prof[1], true) and close(prof[1] / true, 1.557, 0.01), "PLANTED 2028 profit 279,6 != 179,6")
    avg_s, avg_t = sum(prof) / 3, (prof[0] + true + prof[2]) / 3
    p.check(close(avg_s, 213.0, 0.001) and close(400 / (avg_s + 30), 1.6, 0.04) and close(400 / (avg_t + 30), 1.91, 0.01),
            "stated payback 1,6 on the wrong profit, true 1,9 (tolerated)")
    p.has("Lợi nhuận bình quân 213,0 triệu đồng/năm", "400 : (213,0 + 30) ≈ 1,6 năm")
    # PLANTED no-environment-measures
    p.lacks(r"môi trường|nước thải|xử lý|bể lắng nước|hố lắng|biogas|thức ăn (cho )?(lợn|gia súc)|ủ phân|phân bón|"
            r"BVMT|72/2020|08/2022", "PLANTED no environmental measure")
    p.has("lọc bỏ bã", "lắng bột trong bể, gạn nước; lặp lại 4 lần", "# Hiệu quả xã hội")
    # PLANTED outdated-policy
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "38/2012/NĐ-CP", "Hội đồng OCOP cấp huyện", "tháng 01 năm 2027")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|15/2018", "PLANTED the current instruments are not cited")
    growth_ok(p, rev, "revenue")
    p.check(close(kg[0] / 3500, 1.143, 0.01) and close(rev[0] / 500, 1.16), "+14,3 % kg, +16 % revenue on 2026")
    m = p.section("# Thị trường", "# Nguồn")
    p.check(sum([2000, 1500, 500]) == t5[0] and sum([800, 700, 500]) == t1[0] and "2.000 túi 500 g, 800 túi 1 kg" in m,
            "channels = 2027 output")
    inv = p.part("# Vốn đầu tư", "# Doanh thu")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng |") == 400 == 300 + 100 and sum(items[:4]) == 300, "capital 400")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/NL", "Cục Sở hữu trí tuệ", "mã lô")
    p.lacks(PLACEHOLDER, "placeholder")
    cal = p.part("Lịch chế biến năm 2027", "Củ đào tới đâu")
    months = [cal.row(f"Tháng {m} |", 2) for m in (1, 2, 3, 11, 12)]
    tot = cal.row("Cả năm", 2)
    p.check([sum(m[i] for m in months) for i in range(2)] == tot == [need[0], kg[0]]
            and all(m[0] == m[1] * 8 and m[0] / 400 <= 20 for m in months), "calendar, 8:1, 20 h of the grinder")
    tv = p.part("Lao động thời vụ", None)
    p.check(sum(tv.one(x) for x in ("Rửa", "Mài", "Gạn")) == tv.one("Cộng") == 6, "6 seasonal workers")
    h = p.part("Kết quả sản xuất ba năm", "Giá bán bình quân")
    hk, hr = h.row("Bột sắn dây (kg)"), h.row("Doanh thu (triệu")
    p.check(hk[1:] == [3000, 3500] and hr[2] == 500 and close(hr[0] / hk[0], 0.138, 0.01) and close(hr[2] / hk[2], 0.143, 0.01)
            and h.row("Số hộ bán củ")[2] == 15, "history, 138 → 143 nghìn đồng/kg")
    return p


def df08() -> Plan:
    p = Plan("df08_mat_ong_hoa_keo_vu_quang_cp")
    pr = p.part("## 1. Sản lượng", "## 2. Vốn")
    chai, hu, kg = pr.row("Chai 1 kg"), pr.row("Hũ 500 g"), pr.row("Tổng mật")
    raw = p.part("## 1. Nguồn nguyên liệu", "## 2. Quy trình")
    kg2, need, sup = raw.row("Mật ong thành phẩm"), raw.row("Mật thô cần"), raw.row("Mật thô của 4.400")
    fin = p.part("# PHẦN IX", "Lợi nhuận sau thuế bình quân")
    rc, rh, rev = fin.row("Doanh thu chai"), fin.row("Doanh thu hũ"), fin.row("Tổng doanh thu")
    lines = [fin.row(x) for x in ("Mật thô (80", "Bao bì", "Lương", "Điện, kiểm nghiệm", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Quản lý")]
    cost, pre, tax, post = (fin.row("Tổng chi phí"), fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"),
                            fin.row("Lợi nhuận sau thuế"))
    staff = [12, 14, 16]
    for y in Y:
        p.check(kg[y] == chai[y] + hu[y] * 0.5 == kg2[y] and close(need[y], kg[y] * 1.05)
                and need[y] <= sup[y] == 4400 * 20, f"kg, 1,05 raw, within 88 tấn {y}")
        p.check(need[y] <= 1000 * 250, f"line 250 tấn {y}")
        p.check(close(rc[y], chai[y] * 0.2) and close(rh[y], hu[y] * 0.11) and close(rev[y], rc[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 0.08) and close(lines[1][y], chai[y] * 0.012 + hu[y] * 0.008)
                and lines[2][y] == staff[y] * 7 * 12 and lines[3][y] == 60 and lines[4][y] == 2500 / 10
                and close(lines[5][y], 1500 * 0.08) and lines[6][y] == 150 and lines[7][y] == 100, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % {y}")
    # PLANTED unrealistic-growth
    p.check(close(rev[0] / 3600, 1.144, 0.01) and rev[1] / rev[0] == 2 and rev[2] / rev[1] == 1.75
            and kg[1] / kg[0] == 2 and kg[2] / kg[1] == 1.75, "PLANTED ×2 and ×1,75 after +14 %")
    p.check(lines[6][0] == lines[6][2] == 150 and lines[0][2] > 10 * 500, "flat selling cost; 500 working capital vs 5.880 honey")
    p.has("Năm 2028 và 2029 công ty tiếp tục bán qua các kênh trên", "thị trường mật ong còn rất lớn")
    # PLANTED capital-mismatch
    inv = p.part("## 2. Vốn", "# PHẦN IX")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    total = inv.one("Tổng cộng")
    p.check(sum(items) == total == 3500 and sum(items[:3]) == 2500, "items = total 3.500, fixed 2.500")
    p.has("cổ đông góp 1.500 triệu đồng", "1.500 triệu đồng, lãi suất 8 %/năm", "đáp ứng đủ nhu cầu vốn")
    p.check(off(1500 + 1500, total) and close((1500 + 1500) / total, 0.857, 0.01), "PLANTED sources 3.000 != 3.500")
    # PLANTED no-trademark
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|văn bằng", "PLANTED no trademark held or planned")
    p.has("Nghị định số 43/2017/NĐ-CP", "TCCS 02:2025/VQ", "tự công bố", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    avg = sum(post) / 3
    p.check(close(avg, 2372.7, 0.001) and close(3500 / (avg + 250), 1.3, 0.03), "average, payback 1,3 (not planted)")
    p.has("3.500 : (2.372,7 + 250) ≈ 1,3 năm")
    ch = channels(p, "| Kênh năm 2027", "Năm 2028 và 2029", 2)
    p.check(ch[0] == ch[2] == chai[0] and ch[1] == ch[3] == hu[0], "channels = 2027 output")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument (not planted here)")
    cal = p.part("# PHỤ LỤC 1.", "# PHỤ LỤC 2.")
    qs = [cal.row(f"Quý {q} |", 2) for q in ("I", "II", "III", "IV")]
    tot = cal.row("Cả năm", 2)
    p.check([sum(q[i] for q in qs) for i in range(2)] == tot == [need[0], kg[0]]
            and all(close(q[0], q[1] * 1.05) for q in qs), "quarters, 1,05 each")
    org = p.part("# PHỤ LỤC 3.", None)
    p.check(sum(org.one(x) for x in ("Ban giám đốc", "Kế toán", "Kỹ thuật", "Công nhân")) == org.one("Cộng") == staff[0],
            "12 staff in 2027")
    h = p.part("# PHỤ LỤC 6.", None)
    hr = h.row("Doanh thu (triệu")
    p.check(h.row("Số đàn ong của công ty")[2] == 400 and h.row("Mật ong tiêu thụ")[1:] == [15000, 17500]
            and hr[1:] == [3100, 3600] and 1.16 <= hr[2] / hr[1] <= 1.27 and 1.16 <= hr[1] / hr[0] <= 1.27, "history 16–27 %")
    return p


def df09() -> Plan:
    p = Plan("df09_tra_thao_duoc_ngan_pho_cty")
    pr = p.part("# 11.", "Sản lượng năm 2027 tăng")
    hop, tui, kg = pr.row("Hộp túi lọc 60 g"), pr.row("Túi khô 300 g"), pr.row("Tổng thảo mộc")
    raw = p.part("# 8.", "# 9.")
    kg2, fresh, sup = raw.row("Thảo mộc khô"), raw.row("Nguyên liệu tươi cần"), raw.row("Nguyên liệu tươi liên kết")
    fin = p.part("# 13.", "Lợi nhuận sau thuế bình quân")
    rh, rt, rev = fin.row("Doanh thu hộp"), fin.row("Doanh thu túi"), fin.row("Tổng doanh thu")
    lines = [fin.row(x) for x in ("Nguyên liệu tươi (10", "Bao bì", "Điện sấy", "Lương", "Khấu hao", "Lãi vay",
                                   "Bán hàng", "Quản lý")]
    cost, pre, tax, post = (fin.row("Tổng chi phí"), fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"),
                            fin.row("Lợi nhuận sau thuế"))
    for y in Y:
        p.check(close(kg[y], hop[y] * 0.06 + tui[y] * 0.3) and kg[y] == kg2[y] and close(fresh[y], kg[y] * 4)
                and fresh[y] <= sup[y] == 5 * 5000 and fresh[y] <= 300 * 150, f"kg, 4:1, within 25 tấn {y}")
        p.check(hop[y] * 20 / 14400 < 60, f"tea-bag machine days {y}")
        p.check(close(rh[y], hop[y] * 0.055) and close(rt[y], tui[y] * 0.07) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.01) and close(lines[1][y], hop[y] * 0.007 + tui[y] * 0.005)
                and close(lines[2][y], kg[y] * 0.01) and lines[3][y] == 8 * 6 * 12 and lines[4][y] == 100
                and close(lines[5][y], 400 * 0.085) and lines[6][y] == 120 and lines[7][y] == 60, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % {y}")
    growth_ok(p, rev, "revenue")
    p.check(close(hop[0] / 23000, 1.087, 0.01) and 23000 * 55 + 4600 * 70 == 1587000 and 20000 * 55 + 4000 * 70 == 1380000,
            "+8,7 % on 2026; history revenue")
    # PLANTED table-total-mismatch
    t = p.part("Kế hoạch tiêu thụ năm 2027", "# 8.")
    body = [r for r in t.rows[2:] if not r[0].startswith("Cộng")]
    s_hop, s_tui = sum(plancheck.vn(r[1]) for r in body), sum(plancheck.vn(r[2]) for r in body)
    tot = t.row("Cộng", 2)
    p.check(s_tui == tot[1] == tui[0] and s_hop == 22000 and tot[0] == 25000 == hop[0] and off(tot[0], s_hop),
            "PLANTED 'Cộng' 25.000 hộp != 22.000 summed")
    # PLANTED no-product-standard
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|thử nghiệm|hợp chuẩn|hợp quy", "PLANTED no standard or declaration")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP", "Nhãn hiệu \"Ngàn Phố\"", "mã lô")
    # PLANTED name-inconsistent
    p.check(p.count("Công ty TNHH Thảo mộc Hồng Lĩnh") == 2 and p.count("Công ty TNHH MTV Thảo dược Ngàn Phố") >= 1,
            "PLANTED another producer's name twice")
    inv = p.part("# 12.", "# 13.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1250 == 850 + 400 and sum(items[:4]) == 1000, "capital 1.250")
    avg = sum(post) / 3
    p.check(close(avg, 505.75, 0.001) and close(1250 / (avg + 100), 2.1, 0.02), "average, payback 2,1")
    p.has("1.250 : (505,75 + 100) ≈ 2,1 năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument (not planted here)")
    cal = p.part("Lịch thu hái và sấy", "Tỷ lệ phối trộn")
    months = [cal.row(f"Tháng {m} |", 2) for m in (4, 5, 6, 8, 9, 10)]
    tot = cal.row("Cả năm", 2)
    p.check([sum(m[i] for m in months) for i in range(2)] == tot == [fresh[0], kg[0]]
            and all(m[0] == m[1] * 4 for m in months), "calendar, 4:1")
    mix = p.part("Tỷ lệ phối trộn", "Lao động")
    p.check(mix.one("Chè vằng") + mix.one("Cà gai leo") + mix.one("Gừng gió") == mix.one("Cộng") == 100, "mix 50/30/20")
    org = p.part("| Vị trí", "Thiết bị:")
    p.check(sum(org.one(x) for x in ("Giám đốc", "Kế toán", "Nhân viên", "Công nhân")) == org.one("Cộng") == 8, "8 staff")
    h = p.part("Kết quả kinh doanh từ khi", "Năm 2024 là năm đầu")
    hh, ht, hr = h.row("Hộp túi lọc (hộp)"), h.row("Túi khô 300 g (túi)"), h.row("Doanh thu (triệu")
    p.check(all(close(hr[i], hh[i] * 0.055 + ht[i] * 0.07) for i in Y) and hh[2] == 23000, "history revenue = packs × price")
    return p


def df10() -> Plan:
    p = Plan("df10_bot_vung_den_tam_hien_co_so")
    pr = p.part("d) Kế hoạch", "đ) Vốn")
    hu, tui, kg = pr.row("Hũ 250 g"), pr.row("Túi 1 kg"), pr.row("Tổng bột")
    raw = p.part("# VIII", "# IX")
    kg2, need, sup = raw.row("Bột vừng đen"), raw.row("Vừng hạt cần"), raw.row("Vừng hạt của 20")
    fin = p.part("e) Doanh thu", "Lợi nhuận bình quân")
    rh, rt, rev = fin.row("Doanh thu hũ"), fin.row("Doanh thu túi"), fin.row("Tổng doanh thu")
    lines = [fin.row(x) for x in ("Vừng hạt (50", "Bao bì", "Điện, gas", "Công lao động", "Khấu hao", "Vận chuyển")]
    cost, prof = fin.row("Tổng chi phí"), fin.row("Lợi nhuận |")
    for y in Y:
        p.check(kg[y] == hu[y] * 0.25 + tui[y] == kg2[y] and close(need[y], kg[y] * 1.1) and need[y] <= sup[y] == 6 * 700,
                f"kg, 1,1 seed, within 4,2 tấn {y}")
        p.check(need[y] <= 30 * 6 * 100, f"roaster 18 tấn {y}")
        p.check(close(rh[y], hu[y] * 0.06) and close(rt[y], tui[y] * 0.2) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 0.05) and close(lines[1][y], hu[y] * 0.005 + tui[y] * 0.004)
                and close(lines[2][y], kg[y] * 0.005) and lines[3][y] == 3 * 4 * 12 and lines[4][y] == 400 / 8
                and lines[5][y] == 20, f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth_ok(p, rev, "revenue")
    p.check(close(kg[0] / 2100, 1.143, 0.01), "+14,3 % on 2026")
    inv = p.part("đ) Vốn", "e) Doanh thu")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 500 == 350 + 150 and sum(items[:5]) == 400, "capital 500")
    # PLANTED payback-mismatch
    avg = sum(prof) / 3
    true = 500 / (avg + 50)
    p.check(close(avg, 191.6, 0.001) and close(true, 2.07, 0.01) and off(1.2, true) and off(1.2, 500 / avg),
            "PLANTED payback 1,2 != 500 : 241,6 = 2,1 (2,6 without depreciation)")
    p.has("500 : (191,6 + 50) ≈ 1,2 năm", "Hoàn vốn trong khoảng 1,2 năm")
    # PLANTED no-business-registration
    p.lacks(r"đăng ký (hộ )?kinh doanh|hộ kinh doanh|mã số thuế|doanh nghiệp|hợp tác xã|giấy chứng nhận đăng ký|"
            r"\bthuế\b|đăng ký thành lập", "PLANTED no registration, tax code, tax or plan")
    p.has("sản xuất tại nhà", "bản cam kết bảo đảm an toàn thực phẩm")
    # PLANTED no-sales-channel
    m = p.section("# VII – Thị trường", "# VIII")
    p.check(not re.search(r"\d", m) and not re.search(r"giá|đồng|khách|kênh|đại lý|cửa hàng|siêu thị|\bbán\b|công ty", m),
            "PLANTED the market part has no number, price, customer or channel")
    p.has("Thị trường tiêu thụ rộng lớn", "nhu cầu về sản phẩm ngày càng cao")
    p.lacks(r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|bán hàng|\bbán\b|thương lái|nhà phân phối|phân phối|"
            r"hợp đồng|facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|hội chợ|điểm bán|"
            r"nhà thuốc|kênh|người mua", "PLANTED no sales channel anywhere")
    p.has("TCCS" if "TCCS" in p.body else "tiêu chuẩn cơ sở", "tự công bố sản phẩm", "Nghị định số 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "mã lô")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "replaced instrument (not planted here)")
    cal = p.part("a) Lịch sản xuất năm 2027", "b) Định mức")
    months = [cal.row(f"Tháng {m} |", 3) for m in range(1, 13)]
    tot = cal.row("Cả năm", 3)
    p.check([sum(m[i] for m in months) for i in range(3)] == tot and tot[:2] == [need[0], kg[0]]
            and all(close(m[0] / m[2], 27.5) and m[0] / m[2] <= 30 for m in months), "calendar, 27,5 kg a batch")
    nm = p.part("b) Định mức", "c) Thiết bị")
    p.check(nm.row("Vừng hạt (1,1", 1)[0] == 55000 and nm.one("Cộng") == 60000
            and close(lines[0][0] + lines[2][0], kg[0] * 0.06), "norm 60.000 đ/kg")
    hh = p.part("e) Các hộ", None)
    p.check(sum(hh.one(f"Xóm {i}") for i in (1, 2, 3)) + hh.one("Gia đình") == hh.one("Cộng") == 6
            and hh.row("Cộng", 2)[0] == 20, "20 households, 6 ha")
    h = p.part("k) Sản lượng ba năm", None)
    hk, hs = h.row("Bột vừng đen (kg)"), h.row("Vừng hạt dùng")
    p.check(hk == [1500, 1800, 2100] and all(close(hs[i], hk[i] * 1.1) for i in Y) and kg[0] - hk[2] == 300
            and h.row("Số hộ cung cấp")[2] == 20, "history +300 kg a year, 1,1 seed")
    return p


# --------------------------------------------------------------------------- sketchy plans

GAPS = (r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|"
        r"nhãn|môi trường|nước thải|truy xuất|sổ ghi|mã lô|kiểm nghiệm|Cục Sở hữu")


def sketchy() -> list[Plan]:
    a = Plan("df11_mat_ong_khe_bo_so_sai")
    a.check(60 * 10 == 600 and 600 * 250000 == 150e6, "60 đàn × 10 kg = 600 kg × 250.000 = 150 triệu")
    a.has("60 đàn ong", "khoảng 10 kg mật mỗi năm", "khoảng 600 kg mật/năm", "250.000 đồng/kg", "khoảng 150 triệu đồng",
          "thương lái", "cửa hàng tạp hóa ở Phố Châu")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(GAPS, "every compliance gap is real (tolerated)")
    a.lacks(r"vốn đầu tư|chi phí|lợi nhuận|hoàn vốn|quy trình|máy móc", "no investment, financials or technology")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("df12_che_xanh_dong_ran_so_sai")
    b.check(2000 / 5 == 400 and 400 * 180000 == 72e6, "2.000 kg fresh / 5 = 400 kg × 180.000 = 72 triệu")
    b.has("khoảng 0,5 ha", "khoảng 2.000 kg búp tươi", "khoảng 400 kg chè khô", "180.000 đồng/kg", "khoảng 72 triệu đồng",
          "quán nước chè ở Vinh", "thương lái")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(GAPS, "every gap is real (tolerated)")
    b.lacks(r"vốn|chi phí|lợi nhuận|hoàn vốn|máy|công suất", "no capital, cost, profit or machine")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (df01, df02, df03, df04, df05, df06, df07, df08, df09, df10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
