"""The 114th holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout114/arithmetic.py

Theme: producers with several products (or services) in one plan. For every ready and revise
plan: each product's revenue = its volume x its price, the revenue total = its product rows,
each cost line = its stated norm (per kg, per pack, per bag, % of revenue, wages = staff x wage x
12, depreciation = fixed assets / 10, interest = loan balance x rate), cost lines = total cost,
profit = revenue - cost, tax (15 % / 17 % CIT, or 4,5 % of revenue for a household or tổ hợp tác),
investment items = total = capital sources, average profit and payback as printed, raw-material
need (every product's norm) against the stated supply, output against equipment capacity x days,
year-on-year growth under 20 % and the 2027 step over 2026. Planted numeric defects are asserted
wrong by more than 5 % (with the true value computed beside them) and everything else right within
1 %. Table figures are read from the plan's source, each table looked up inside its own section;
figures quoted in running text are looked up verbatim. Textual defects are asserted through the
absence (or presence) of their words; ready plans cite QĐ 148 and QĐ 1489 and no replaced
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
NO_ENV = r"môi trường|nước thải|rác|mùi|khói|bể lắng|hố lắng|chất thải|phế phẩm|xử lý"
NO_TM = r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|chỉ dẫn địa lý|nhãn hiệu tập thể|văn bằng bảo hộ"
NO_LABEL = r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\bQR\b|tem"
NO_QC = r"kiểm soát|truy xuất|mã lô|lưu mẫu|\bsổ\b|nhật ký|kiểm tra chất lượng|HACCP|ISO"
NO_FS = r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|đủ điều kiện|khám sức khỏe|cam kết"
NO_STD = r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|QCVN|TCVN|VietGAP"
NO_CHANNEL = (r"khách hàng|đại lý|cửa hàng|siêu thị|bán buôn|bán lẻ|thương lái|nhà phân phối|phân phối|"
              r"facebook|zalo|shopee|lazada|tiktok|thương mại điện tử|trực tuyến|online|hội chợ|xuất khẩu|"
              r"điểm bán|kênh|đầu mối|nhà hàng|hợp đồng (bán|tiêu thụ)")


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

    def section(self, start: str, end: str) -> str:
        return self.body.split(start, 1)[1].split(end, 1)[0] if start in self.body else ""

    def words(self) -> int:
        return len(self.body.split())


def fmt1(x: float) -> str:
    """A figure as the plan prints it (one decimal, Vietnamese)."""
    x = round(x + 1e-9, 1)
    s = f"{x:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s[:-2] if s.endswith(",0") else s


def money_chain(p: Plan, fin: Plan, rev, cost, lines, pre, tax, post, rate, what="") -> None:
    """Cost lines = total, profit = revenue − cost, tax at `rate` of profit, after-tax = profit − tax."""
    for y in Y:
        p.check(close(cost[y], lines_sum(lines, y)), f"{what}cost lines sum {y}")
        p.check(close(pre[y], rev[y] - cost[y]), f"{what}profit = revenue − cost {y}")
        r = rate[y] if isinstance(rate, list) else rate
        p.check(close(tax[y], pre[y] * r) and close(post[y], pre[y] - tax[y]), f"{what}tax {r:.0%} {y}")


def growth(p: Plan, xs, what: str, limit: float = 1.2) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < limit, f"growth {what} {y}: {xs[y] / xs[y - 1]:.3f}")


def ready_common(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def revise_common(p: Plan, replaced_planted: bool = False) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if not replaced_planted:
        p.lacks(REPLACED, "no replaced instrument (not planted here)")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def calendar(p: Plan, start: str, end: str, total: float, what: str) -> None:
    cal = p.part(start, end)
    months = [cal.one(f"Tháng {m}|") for m in range(1, 13)]
    p.check(sum(months) == cal.one("Cả năm") == total, f"{what}: months sum to the year ({sum(months)} vs {total})")


def staff_rows(p: Plan, start: str, end: str) -> int:
    part = p.part(start, end)
    return sum(1 for r in part.rows if r[0].isdigit() and len(r) >= 5)


# --------------------------------------------------------------------------- ready plans

def dk01() -> Plan:
    p = Plan("dk01_nam_so_phuc_dong_htx")
    o = p.part("# IX.", "Lịch sấy")
    fresh, dry, pw, harv, bags = (o.row("Nấm sò tươi"), o.row("Nấm sò sấy khô"), o.row("Bột nấm sò"),
                                  o.row("Nấm tươi thu hái"), o.row("Bịch phôi"))
    fin = p.part("# XI.", "# XII.")
    rev, rf, rd, rp = (fin.row("Doanh thu"), fin.row("Nấm sò tươi (35.000"), fin.row("Nấm sò sấy khô (320.000"),
                       fin.row("Bột nấm sò (400.000"))
    cost = fin.row("Tổng chi phí")
    lines = [fin.row(x) for x in ("Phôi nấm", "Bao bì", "Tiền công", "Điện, củi", "Khấu hao", "Lãi vay",
                                   "Chi phí bán hàng", "Chi phí quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng, kg
        p.check(harv[y] == fresh[y] + dry[y] * 10 + pw[y] * 11 and bags[y] == harv[y] * 2, f"harvest 10:1, 11:1, 0,5 kg/bịch {y}")
        p.check(bags[y] <= 6 * 25000 and dry[y] * 10 + pw[y] * 11 <= 200 * 300, f"6 houses × 25.000 bịch, dryer 60 tấn {y}")
        p.check(close(rf[y], fresh[y] * 0.035) and close(rd[y], dry[y] * 0.32) and close(rp[y], pw[y] * 0.4)
                and close(rev[y], rf[y] + rd[y] + rp[y]), f"revenue {y}")
        p.check(close(lines[0][y], bags[y] * 0.005) and close(lines[1][y], fresh[y] * 0.001 + dry[y] * 0.01 + pw[y] * 0.03)
                and close(lines[2][y], 10 * 5.5 * 12) and close(lines[3][y], (dry[y] * 10 + pw[y] * 11) * 0.002)
                and close(lines[4][y], 700 / 10) and close(lines[5][y], [300, 200, 100][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.04) and close(lines[7][y], 40), f"cost lines {y}")
    money_chain(p, fin, rev, cost, lines, pre, tax, post, 0.15)
    growth(p, rev, "revenue")
    growth(p, dry, "dried")
    p.check(rev[2] <= 3000, "15 % CIT bracket (revenue ≤ 3 tỷ)")
    r26 = 28000 * 0.035 + 1700 * 0.32 + 450 * 0.4
    p.check(close(r26, 1704) and close(rev[0] / r26, 1.109, 0.01), "2027 over 2026: 1.890 vs 1.704 (≈1,7 tỷ), +10,9 %")
    p.check(close(fresh[0] / 28000, 1.07, 0.01) and close(dry[0] / 1700, 1.18, 0.01)
            and close(28000 + 1700 * 10 + 450 * 11, 50000, 0.01),
            "2026: 28.000 kg fresh, 1.700 kg dried, 450 kg powder from ≈50.000 kg harvest; +7 % / +18 % with the new dryer")
    p.has("tổ trồng nấm 5 người, tổ sơ chế – đóng gói 2 người, tổng 10 lao động")
    inv = p.part("# X.", "# XI.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 900 and sum(items[:4]) == 700, "investment 900, fixed 700")
    p.check(400 + 200 + 300 == inv.one("Cộng") == 900 and close(400 / 900, 0.444, 0.01), "sources 900")
    avg = sum(post) / 3
    p.check(close(avg, 417.9, 0.002) and close(900 / (avg + 70), 1.8, 0.03), "average 417,9, payback 1,8")
    p.has(f"({fmt1(post[0])} + {fmt1(post[1])} + {fmt1(post[2])}) : 3 ≈ 417,9", "900 : (417,9 + 70) ≈ 1,8 năm",
          "đủ cho nhu cầu lớn nhất là 137.640 bịch năm 2029", "nhu cầu sấy lớn nhất là 32.820 kg năm 2029",
          "60.000 kg nấm tươi/năm", "Tổng vốn đầu tư của phương án là 900 triệu đồng")
    p.check(bags[2] * 1.2 / 1000 <= 170 and bags[0] * 1.2 / 1000 >= 130, "spent substrate 130–170 tấn")
    calendar(p, "Lịch sấy nấm", "# X.", dry[0], "dried mushroom calendar 2027")
    p.check(staff_rows(p, "# VIII.", "# IX.") == 10, "10 staff listed")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/PĐ", "tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "111/2021/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "đăng ký môi trường")
    ready_common(p)
    return p


def dk02() -> Plan:
    p = Plan("dk02_du_lich_lang_che_khe_giao_cty")
    m = p.part("# Phần 7", "# Phần 8")
    nights, meals, tix = m.row("Lưu trú homestay"), m.row("Suất ăn"), m.row("Vé trải nghiệm")
    fin = p.part("# Phần 12", "# Phần 13")
    rev, rn, rm, rt, cost = (fin.row("Doanh thu"), fin.row("Lưu trú"), fin.row("Ăn uống"), fin.row("Trải nghiệm"),
                             fin.row("Chi phí"))
    lines = [fin.row(x) for x in ("Thực phẩm", "Tiền lương", "Điện, nước", "Chi trả hộ dân", "Khấu hao", "Lãi vay",
                                   "Quảng bá", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(close(rn[y], nights[y] * 0.35) and close(rm[y], meals[y] * 0.12) and close(rt[y], tix[y] * 0.15)
                and close(rev[y], rn[y] + rm[y] + rt[y]), f"revenue {y}")
        p.check(nights[y] <= 10 * 2 * 365 and meals[y] / 365 <= 40 * 0.75 + 10, f"rooms 7.300 nights, kitchen {y}")
        p.check(close(lines[0][y], meals[y] * 0.045) and close(lines[1][y], 12 * 6 * 12) and close(lines[2][y], nights[y] * 0.04)
                and close(lines[3][y], rt[y] * 0.1) and close(lines[4][y], 150) and close(lines[5][y], [600, 400, 200][y] * 0.07)
                and close(lines[6][y], 150) and close(lines[7][y], 100), f"cost lines {y}")
    money_chain(p, fin, rev, cost, lines, pre, tax, post, 0.17)
    growth(p, rev, "revenue")
    p.check(3000 < rev[0] and close(nights[2] / 7300, 0.49, 0.02), "17 % bracket; 49 % occupancy 2029")
    p.check(close(1100 * 0.35 + 3500 * 0.12 + 2400 * 0.15, 1165, 0.001), "2026 ≈ 1,1 tỷ (1.165) with 4 rooms")
    inv = p.part("# Phần 11", "Khoản vay")
    items = [inv.one(x) for x in ("Cải tạo", "Nhà ăn", "Lối đi", "Thuyền", "Biển chỉ dẫn", "Vốn lưu động")]
    p.check(sum(items) == inv.one("Tổng cộng") == 2000 and sum(items[:4]) == 1500, "investment 2.000, fixed 1.500")
    p.check(1100 + 600 + 300 == 2000, "sources 2.000")
    p.has("Vốn chủ sở hữu của công ty | 1.100 triệu đồng", "| 600 triệu đồng", "| 300 triệu đồng", "| 2.000 triệu đồng")
    avg = sum(post) / 3
    p.check(close(avg, 1132.5, 0.001) and close(2000 / (avg + 150), 1.6, 0.03), "average 1.132,5, payback 1,6")
    p.has("2.000 : (1.132,5 + 150) ≈ 1,6 năm", "3.600 đêm khách lưu trú, 10.800 suất ăn và 7.200 lượt trải nghiệm",
          "doanh thu năm 2029 khoảng 3,6 tỷ đồng", "tối đa 7.300 đêm khách/năm; năm 2029 dùng khoảng 49 % công suất",
          "cam kết tối thiểu 1.200 đêm khách/năm")
    calendar(p, "Số đêm khách dự kiến theo tháng", "Đối tác gửi khách", nights[0], "nights calendar 2027")
    p.check(500 + 400 + 300 == 1200, "partners' commitments 1.200")
    hr = p.part("# Phần 10", "Danh sách nhân viên")
    p.check(sum(hr.one(x) for x in ("Quản lý", "Lễ tân", "Buồng phòng", "Bếp và phục vụ", "Hướng dẫn viên")) == hr.one("Cộng") == 12
            and staff_rows(p, "Danh sách nhân viên", "Lương bình quân") == 12, "12 staff")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Phòng cháy, chữa cháy", "Cục Sở hữu trí tuệ",
          "thông báo đủ điều kiện kinh doanh dịch vụ lưu trú", "bể tự hoại", "phiếu đánh giá của khách")
    p.lacks(r"TCCS|tự công bố|43/2017", "a service plan claims no product standard or goods label")
    ready_common(p)
    return p


def dk03() -> Plan:
    p = Plan("dk03_banh_ram_lam_hong_cty")
    o = p.part("## 3. Sản lượng dự kiến", "Lịch sản xuất")
    ram, gai, te = o.row("Bánh ram (hộp)"), o.row("Bánh gai (chiếc)"), o.row("Bánh tẻ (chiếc)")
    raw = p.part("# CHƯƠNG VI.", "# CHƯƠNG VII.")
    nep_r, nep_g, nep, gao = (raw.row("Gạo nếp cho bánh ram"), raw.row("Gạo nếp cho bánh gai"), raw.row("Tổng gạo nếp"),
                              raw.row("Gạo tẻ cho bánh tẻ"))
    fin = p.part("# CHƯƠNG X.", "# CHƯƠNG XI.")  # 1.000 đồng
    rev, rr, rg, rt, cost = (fin.row("TỔNG DOANH THU"), fin.row("Bánh ram (40.000"), fin.row("Bánh gai (6.000"),
                             fin.row("Bánh tẻ (5.000"), fin.row("TỔNG CHI PHÍ"))
    lines = [fin.row(x) for x in ("Gạo nếp", "Gạo tẻ", "Nhân thịt", "Hộp, túi", "Lương 12", "Điện, gas", "Khấu hao",
                                   "Lãi vay", "Bán hàng", "Quản lý doanh nghiệp")]
    pre, tax, post = fin.row("LỢI NHUẬN TRƯỚC THUẾ"), fin.row("THUẾ TNDN"), fin.row("LỢI NHUẬN SAU THUẾ")
    for y in Y:
        p.check(nep_r[y] == ram[y] * 0.25 and nep_g[y] == gai[y] * 0.06 and nep[y] == nep_r[y] + nep_g[y]
                and gao[y] == te[y] * 0.08 and nep[y] <= 30000, f"rice norms, within 30 tấn {y}")
        p.check(ram[y] * 10 <= 2 * 200 * 8 * 300 and gai[y] + te[y] <= 600 * 3 * 300, f"fryers 960.000, steamer 540.000 {y}")
        p.check(close(rr[y], ram[y] * 40) and close(rg[y], gai[y] * 6) and close(rt[y], te[y] * 5)
                and close(rev[y], rr[y] + rg[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], nep[y] * 25) and close(lines[1][y], gao[y] * 16)
                and close(lines[2][y], ram[y] * 8 + gai[y] * 1.5 + te[y] * 1.2)
                and close(lines[3][y], ram[y] * 3 + (gai[y] + te[y]) * 0.2) and close(lines[4][y], 12 * 5500 * 12)
                and close(lines[5][y], [60000, 66000, 72000][y]) and close(lines[6][y], 600000 / 10)
                and close(lines[7][y], [400000, 300000, 200000][y] * 0.08) and close(lines[8][y], rev[y] * 0.05)
                and close(lines[9][y], 80000), f"cost lines {y}")
    money_chain(p, fin, rev, cost, lines, pre, tax, post, 0.17)
    growth(p, rev, "revenue")
    p.check(rev[0] > 3000000, "17 % bracket")
    r26 = 54000 * 40 + 92000 * 6 + 74000 * 5
    p.check(close(r26, 3082000) and rev[0] / r26 < 1.2, "2026 3,08 tỷ; step +10 %")
    inv = p.part("# CHƯƠNG IX.", "# CHƯƠNG X.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    p.check(sum(items) == inv.row("Cộng", 1)[0] == 1000000 and sum(items[:4]) == 600000, "investment 1 tỷ, fixed 600 triệu")
    srcs = [inv.one(f"{i} |", skip=1) for i in range(1, 4)]
    p.check(sum(srcs) == inv.one("Cộng", skip=1) == 1000000, f"sources {srcs}")
    avg = sum(post) / 3
    p.check(close(avg, 667868, 0.001) and close(1000000 / (avg + 60000), 1.4, 0.03), "average 667.868, payback 1,4")
    p.has("1.000.000 : (667.868 + 60.000) ≈ 1,4 năm", "Nhu cầu gạo nếp lớn nhất 25.200 kg năm 2029",
          "960.000 chiếc/năm, tức 96.000 hộp", "năm 2029 cần 216.000 chiếc", "tiêu thụ 21–25 tấn nếp/năm",
          "doanh thu khoảng 3,08 tỷ đồng", "Bánh ram đạt 60.000 hộp năm 2027, 72.000 hộp năm 2029")
    calendar(p, "Lịch sản xuất bánh ram", "# CHƯƠNG VIII.", ram[0], "bánh ram calendar 2027")
    p.check(staff_rows(p, "# CHƯƠNG VIII.", "# CHƯƠNG IX.") == 12 == 1 + 1 + 1 + 2 + 7, "12 staff")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/LH", "tự công bố",
          "Nghị định 43/2017/NĐ-CP", "111/2021/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "đăng ký môi trường")
    ready_common(p)
    return p


def dk04() -> Plan:
    p = Plan("dk04_buoi_huong_trach_tht")
    o = p.part("# H.", "Lịch chế biến")
    fr, mu, sd, fruit = o.row("Bưởi tươi loại 1"), o.row("Mứt vỏ bưởi hộp"), o.row("Bưởi sấy dẻo túi"), o.row("Số quả cần dùng")
    fin = p.part("# K.", "# L.")
    rev, rf, rm, rs, cost = (fin.row("Doanh thu"), fin.row("– Bưởi tươi (35.000"), fin.row("– Mứt vỏ bưởi (60.000"),
                             fin.row("– Bưởi sấy dẻo (50.000"), fin.row("Chi phí sản xuất"))
    lines = [fin.row("– " + x) for x in ("Phân bón", "Đường, phụ liệu mứt", "Phụ liệu bưởi sấy", "Bao bì", "Công lao động",
                                          "Điện, gas", "Khấu hao", "Lãi vay", "Vận chuyển", "Quản lý")]
    pre, tax, post = fin.row("Thu nhập trước thuế"), fin.row("Thuế GTGT"), fin.row("Thu nhập sau thuế")
    for y in Y:
        p.check(fruit[y] == fr[y] + mu[y] and sd[y] <= mu[y] and fruit[y] <= 9 * 8000, f"fruit need within 72.000 {y}")
        p.check(mu[y] * 0.25 + sd[y] * 0.2 <= 100 * 150, f"dryer 100 kg × 150 mẻ = 15 tấn ≥ output {y}")
        p.check(close(rf[y], fr[y] * 0.035) and close(rm[y], mu[y] * 0.06) and close(rs[y], sd[y] * 0.05)
                and close(rev[y], rf[y] + rm[y] + rs[y]), f"revenue {y}")
        p.check(close(lines[0][y], 9 * 80) and close(lines[1][y], mu[y] * 0.008) and close(lines[2][y], sd[y] * 0.005)
                and close(lines[3][y], fr[y] * 0.001 + mu[y] * 0.006 + sd[y] * 0.003) and close(lines[4][y], 8 * 5 * 12)
                and close(lines[5][y], [30, 33, 36][y]) and close(lines[6][y], 450 / 10)
                and close(lines[7][y], [200, 100, 0][y] * 0.07 or 0) and close(lines[8][y], rev[y] * 0.05)
                and close(lines[9][y], 30), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], rev[y] * 0.045)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, 4,5 % of revenue {y}")
    growth(p, rev, "revenue")
    p.check(close(38000 * 0.035 + 6000 * 0.06 + 4000 * 0.05, 1890) and rev[0] / 1890 < 1.2, "2026 ≈ 1,9 tỷ; +12,7 %")
    inv = p.part("# K.", "Nguồn vốn:")
    items = [inv.one(x) for x in ("Nhà sơ chế", "Máy sấy lạnh", "Nồi sên", "Bao bì, nhãn", "Vốn lưu động")]
    p.check(sum(items) == inv.one("Tổng") == 650 and sum(items[:3]) == 450 and 300 + 200 + 150 == 650, "investment = sources 650")
    avg = sum(post) / 3
    p.check(close(avg, 602.3, 0.001) and close(650 / (avg + 45), 1.0, 0.03), "average 602,3, payback 1,0")
    p.has("650 : (602,3 + 45) ≈ 1 năm", "tổng khoảng 72.000 quả", "58.000 quả năm 2029", "cộng 650 triệu đồng")
    mem = p.part("Danh sách thành viên", "Sổ sách")
    areas = [float(r[3].replace(",", ".")) for r in mem.rows if r[0].isdigit()]
    p.check(len(areas) == 15 and close(sum(areas), 9.0) and mem.one("Cộng") == 9, "15 members, 9 ha")
    calendar(p, "Lịch chế biến mứt", "Khách hàng và đối tác", mu[0], "candied peel calendar 2027")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tiêu chuẩn cơ sở", "tự công bố", "Nghị định 43/2017/NĐ-CP",
          "Nghị định 111/2021/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "hố lắng", "mã số thuế")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def dk05() -> Plan:
    p = Plan("dk05_hai_san_kho_thinh_loc_hkd")
    o = p.part("# 4.", "# 5.")
    mu, ca, tom = o.row("Mực khô (kg)"), o.row("Cá chỉ vàng khô (kg)"), o.row("Tôm khô (kg)")
    h = o.row("Mực khô (kg)", 4)[0], o.row("Cá chỉ vàng khô (kg)", 4)[0], o.row("Tôm khô (kg)", 4)[0]
    raw = p.part("# 7.", "# 8.")
    fm, fc, ft = raw.row("Mực ống tươi"), raw.row("Cá chỉ vàng tươi"), raw.row("Tôm tươi")
    fin = p.part("# 12.", "# 13.")
    rev, rm, rc, rt, cost = (fin.row("Tổng doanh thu"), fin.row("Mực khô (800.000"), fin.row("Cá chỉ vàng khô (180.000"),
                             fin.row("Tôm khô (600.000"), fin.row("Tổng chi phí"))
    lines = [fin.row(x) for x in ("Mực ống tươi", "Cá chỉ vàng tươi", "Tôm tươi", "Tiền công", "Bao bì", "Điện, than",
                                   "Khấu hao", "Lãi vay", "Bán hàng", "Thuế GTGT")]
    prof = fin.row("Lợi nhuận")
    for y in Y:
        p.check(fm[y] == mu[y] * 4 and fc[y] == ca[y] * 3.5 and ft[y] == tom[y] * 3, f"fresh norms {y}")
        p.check(fm[y] + fc[y] + ft[y] <= 60000 and fm[y] + fc[y] + ft[y] <= 300 * 200, f"boats 60 tấn, dryer 60 tấn {y}")
        p.check(close(rm[y], mu[y] * 0.8) and close(rt[y], tom[y] * 0.6), f"squid, shrimp revenue {y}")
        if y != 1:
            p.check(close(rc[y], ca[y] * 0.18), f"fish revenue {y}")
        p.check(close(rev[y], rm[y] + rc[y] + rt[y]), f"revenue total = its rows (as printed) {y}")
        p.check(close(lines[0][y], fm[y] * 0.12) and close(lines[1][y], fc[y] * 0.03) and close(lines[2][y], ft[y] * 0.1)
                and close(lines[3][y], 8 * 6 * 12) and close(lines[4][y], (mu[y] + ca[y] + tom[y]) * 0.01)
                and close(lines[5][y], [60, 66, 72][y]) and close(lines[6][y], 500 / 10)
                and close(lines[7][y], [300, 200, 100][y] * 0.08) and close(lines[8][y], 100)
                and close(lines[9][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    true_fish = ca[1] * 0.18
    p.check(true_fish == 792 and off(rc[1], true_fish, 5) and close(rc[1] / true_fish, 1.202, 0.001),
            "PLANTED 2028 fish row 952 != 4.400 kg × 180.000 đ = 792 (+20,2 %)")
    true_rev = rev[1] - rc[1] + true_fish
    p.check(true_rev == 4092 and close(rev[1] / true_rev, 1.039, 0.001), "knock-on: revenue 4.252 vs 4.092 (+3,9 %)")
    true_prof = [prof[0], true_rev - (cost[1] - lines[9][1] + true_rev * 0.045), prof[2]]
    avg, avg_t = sum(prof) / 3, sum(true_prof) / 3
    p.check(close(avg, 686.8, 0.001) and round(700 / (avg + 50), 1) == 1.0 and round(700 / (avg_t + 50), 1) == 1.0,
            "payback 1,0 either way (not a knock-on)")
    p.has("700 : (686,8 + 50) ≈ 1 năm", "Hộ có 12 lao động thường xuyên", "đủ cho 34,8 tấn nguyên liệu lớn nhất",
          "khoảng 60 tấn hải sản/năm", "doanh thu khoảng 3,35 tỷ đồng", "Sản lượng mực khô 3.000 kg năm 2027 lên 3.600 kg năm 2029")
    p.check(close(h[0] * 0.8 + h[1] * 0.18 + h[2] * 0.6, 3348) and rev[0] / 3348 < 1.2, "2026 3,35 tỷ; +11 %")
    org = p.part("# 9.", "Danh sách lao động")
    n = sum(org.one(x) for x in ("Chủ hộ", "Thu mua", "Phơi", "Đóng gói"))
    p.check(n == org.one("Cộng") == 8 == staff_rows(p, "Danh sách lao động", "Lao động thời vụ") and off(12, 8),
            "PLANTED 12 workers in §1 vs 8 in §9 (table, names, wages)")
    inv = p.part("# 11.", "# 12.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Cộng") == 700 == 300 + 300 + 100 and sum(items[:3]) == 500, "investment = sources 700")
    calendar(p, "Lịch sản xuất mực khô", "Mùa chính", mu[0], "squid calendar")
    cal = p.part("Lịch sản xuất mực khô", "Mùa chính")
    p.check(close(sum(cal.one(f"Tháng {m}|") for m in range(3, 9)) / mu[0], 0.75, 0.02), "Mar–Aug ≈ 75 %")
    p.lacks(NO_ENV, "PLANTED no environmental measure")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/TL", "tự công bố", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "mã lô", "nội tạng", "rửa nước biển", "sấy than")
    revise_common(p)
    return p


def dk06() -> Plan:
    p = Plan("dk06_che_xanh_tan_huong_htx")
    o = p.part("# VIII.", "Lịch chế biến")
    bup, hop, dtl, tuoi, need = (o.row("Chè xanh búp khô"), o.row("Chè túi lọc"), o.row("Chè búp khô dùng cho túi lọc"),
                                 o.row("Chè búp tươi bán"), o.row("Chè búp tươi cần dùng"))
    fin = p.part("# X.", "# XI.")
    rev, rb, rh, rt, cost = (fin.row("Doanh thu"), fin.row("Chè xanh búp khô (250.000"), fin.row("Chè túi lọc (40.000"),
                             fin.row("Chè búp tươi (12.000"), fin.row("Chi phí"))
    lines = [fin.row(x) for x in ("Thu mua chè", "Tiền công", "Bao bì", "Điện, củi", "Khấu hao", "Lãi vay", "Bán hàng",
                                   "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    supply = 10 * 8
    for y in Y:
        proc = (bup[y] + dtl[y]) * 5 / 1000
        p.check(dtl[y] == hop[y] * 0.1 and close(need[y], proc + tuoi[y]), f"need = 5 × dry + fresh sold {y}")
        p.check(proc <= 0.3 * 280, f"processing 84 tấn ≥ {proc} {y}")
        p.check(close(rb[y], bup[y] * 0.25) and close(rh[y], hop[y] * 0.04) and close(rt[y], tuoi[y] * 12)
                and close(rev[y], rb[y] + rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 10) and close(lines[1][y], 15 * 6 * 12)
                and close(lines[2][y], bup[y] * 0.015 + hop[y] * 0.008) and close(lines[3][y], proc * 2)
                and close(lines[4][y], 900 / 10) and close(lines[5][y], [500, 375, 250][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 60), f"cost lines {y}")
    money_chain(p, fin, rev, cost, lines, pre, tax, post, 0.17)
    growth(p, rev, "revenue")
    growth(p, bup, "dry tea")
    p.check(need[0] <= supply and not off(need[1], supply, 5), "2027/2028 within 80 tấn (+0,6 % in 2028)")
    p.check(need[2] == 91 and off(need[2], supply, 5) and close(need[2] / supply, 1.1375, 0.001),
            "PLANTED 2029 need 91 tấn > 10 ha × 8 tấn = 80 (+13,75 %)")
    p.has("Diện tích hiện có đủ đáp ứng nhu cầu nguyên liệu của cả giai đoạn", "tổng khoảng 80 tấn búp tươi/năm",
          "5 kg búp tươi cho 1 kg chè búp khô")
    inv = p.part("# IX.", "# X.")
    items = [inv.one(f"{i} |") for i in range(1, 7)]
    stated = inv.one("Tổng cộng")
    p.check(sum(items) == 1150 and stated == 1250 and off(stated, sum(items), 5) and sum(items[:4]) == 900,
            "PLANTED investment items 1.150 vs 'Tổng cộng' 1.250 (+8,7 %); fixed 900")
    p.check(500 + 500 + 250 == 1250 and p.count("1.250") >= 4, "sources add up to the wrong 1.250 (tolerated capital-mismatch)")
    avg = sum(post) / 3
    p.check(close(avg, 699.3, 0.001) and close(1250 / (avg + 90), 1.6, 0.03) and close(1150 / (avg + 90), 1.46, 0.01),
            "payback 1,6 on the wrong total; 1,46 on the items (tolerated)")
    p.has("1.250 : (699,3 + 90) ≈ 1,6 năm", "Tổng vốn đầu tư là 1.250 triệu đồng")
    p.check(close(7000 * 0.25 + 16000 * 0.04 + 22 * 12, 2654) and rev[0] / 2654 < 1.2, "2026 2,65 tỷ; +14,5 %")
    calendar(p, "Lịch chế biến chè búp khô", "# IX.", bup[0], "tea calendar")
    p.check(staff_rows(p, "# XI.", "Hội đồng quản trị 3") == 15 == 1 + 1 + 8 + 4 + 1, "15 staff = director, accountant, 8 + 4 + 1")
    p.lacks(NO_TM, "PLANTED no trademark")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/TH", "tự công bố", "Nghị định 43/2017/NĐ-CP",
          "mã lô", "bao bì thải")
    revise_common(p)
    return p


def dk07() -> Plan:
    p = Plan("dk07_keo_cu_do_song_la_cty")
    o = p.part("## 8.2.", "Lịch sản xuất")
    cd, la, vu = o.row("Kẹo cu đơ"), o.row("Kẹo lạc"), o.row("Kẹo vừng")
    raw = p.part("# 7.", "# 8.")
    lac, mat, vung = raw.row("Lạc nhân"), raw.row("Mật mía và đường"), raw.row("Vừng")
    fin = p.part("# 9.", "# 10.")
    rev, rc, rl, rv, cost = (fin.row("Doanh thu"), fin.row("Kẹo cu đơ (30.000"), fin.row("Kẹo lạc (25.000"),
                             fin.row("Kẹo vừng (28.000"), fin.row("Chi phí"))
    lines = [fin.row(x) for x in ("Lạc nhân", "Mật mía", "Vừng", "Bánh đa", "Bao bì", "Lương 12", "Điện, gas", "Khấu hao",
                                   "Lãi vay", "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in Y:
        u = cd[y] + la[y] + vu[y]
        p.check(close(lac[y], cd[y] * 0.08 + la[y] * 0.15) and close(mat[y], cd[y] * 0.06 + (la[y] + vu[y]) * 0.08)
                and close(vung[y], vu[y] * 0.15) and lac[y] <= 25000 and mat[y] <= 20000, f"norms, contracts {y}")
        p.check(cd[y] * 0.2 + (la[y] + vu[y]) * 0.3 <= 2 * 40 * 4 * 280, f"kettles 89,6 tấn {y}")
        p.check(close(rc[y], cd[y] * 0.03) and close(rl[y], la[y] * 0.025) and close(rv[y], vu[y] * 0.028)
                and close(rev[y], rc[y] + rl[y] + rv[y]), f"revenue {y}")
        p.check(close(lines[0][y], lac[y] * 0.06) and close(lines[1][y], mat[y] * 0.025) and close(lines[2][y], vung[y] * 0.07)
                and close(lines[3][y], u * 0.002) and close(lines[4][y], u * 0.0025) and close(lines[5][y], 12 * 6 * 12)
                and close(lines[6][y], [48, 52.8, 57.6][y]) and close(lines[7][y], 800 / 10)
                and close(lines[8][y], [400, 300, 200][y] * 0.08) and close(lines[9][y], rev[y] * 0.06)
                and close(lines[10][y], 100), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]),
                f"cost sum; tax and after-tax follow the printed profit {y}")
        if y != 1:
            p.check(close(pre[y], rev[y] - cost[y]), f"profit {y}")
    true = rev[1] - cost[1]
    p.check(off(pre[1], true, 5) and close(true, 584.6, 0.001) and close(pre[1] / true, 1.219, 0.001),
            "PLANTED 2028 profit 712,6 != 3.696 − 3.111,4 = 584,6 (+21,9 %)")
    growth(p, rev, "revenue")
    avg = sum(post) / 3
    true_post = [post[0], true * 0.83, post[2]]
    p.check(close(avg, 520.7, 0.001) and close(1200 / (avg + 80), 2.0, 0.03), "stated average 520,7, payback 2,0")
    p.check(close(1200 / (sum(true_post) / 3 + 80), 2.12, 0.01) and off(2.0, 1200 / (sum(true_post) / 3 + 80), 5),
            "true payback 2,12 (tolerated knock-on)")
    p.has("1.200 : (520,7 + 80) ≈ 2 năm", "khoảng 89,6 tấn kẹo/năm", "năm 2029 cần khoảng 36 tấn", "doanh thu khoảng 3,02 tỷ đồng")
    p.check(close(54000 * 0.03 + 36000 * 0.025 + 18000 * 0.028, 3024) and rev[0] / 3024 < 1.2, "2026 3,02 tỷ; +11 %")
    p.check(rev[0] > 3000, "17 % bracket")
    inv = p.part("# 10.", "# 11.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1200 == 600 + 400 + 200 and sum(items[:4]) == 800, "investment = sources 1.200")
    calendar(p, "Lịch sản xuất kẹo cu đơ", "# 9.", cd[0], "cu đơ calendar")
    p.check(staff_rows(p, "## 1.2.", "# 2.") == 12, "12 staff")
    p.lacks(NO_LABEL, "PLANTED no label plan")
    p.lacks(NO_QC, "PLANTED no quality control / traceability")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/SL", "tự công bố", "Nhãn hiệu \"Sông La\"",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    revise_common(p)
    return p


def dk08() -> Plan:
    p = Plan("dk08_bun_kho_yen_ho_tht")
    o = p.part("## 3. Sản lượng", "Lịch sản xuất")
    bun, pho, mien, tot = o.row("Bún gạo khô"), o.row("Bánh phở khô"), o.row("Miến gạo"), o.row("Tổng sản lượng")
    h = o.row("Tổng sản lượng", 4)[0]
    fin = p.part("# X.", "# XI.")
    rev, rb, rp, rm, cost = (fin.row("Doanh thu"), fin.row("Bún gạo khô (45.000"), fin.row("Bánh phở khô (50.000"),
                             fin.row("Miến gạo (70.000"), fin.row("Chi phí"))
    lines = [fin.row(x) for x in ("Gạo tẻ", "Bao bì", "Tiền công", "Điện, củi", "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý",
                                   "Thuế GTGT")]
    prof = fin.row("Lợi nhuận")
    cap = 160 * 300
    for y in Y:
        p.check(tot[y] == bun[y] + pho[y] + mien[y], f"total output {y}")
        p.check(tot[y] * 1.35 <= 80000, f"rice 1,35 kg/kg within 80 tấn {y}")
        p.check(close(rb[y], bun[y] * 0.045) and close(rp[y], pho[y] * 0.05) and close(rm[y], mien[y] * 0.07)
                and close(rev[y], rb[y] + rp[y] + rm[y]), f"revenue {y}")
        p.check(close(lines[0][y], tot[y] * 1.35 * 0.014) and close(lines[1][y], tot[y] * 0.003) and close(lines[2][y], 8 * 5.5 * 12)
                and close(lines[3][y], tot[y] * 0.002) and close(lines[4][y], 600 / 10)
                and close(lines[5][y], [300, 200, 100][y] * 0.075) and close(lines[6][y], rev[y] * 0.04)
                and close(lines[7][y], 30) and close(lines[8][y], rev[y] * 0.045), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, profit {y}")
    growth(p, tot, "output")
    growth(p, rev, "revenue")
    p.check(h == 35000 and tot[0] / h < 1.2 and close(22000 * 0.045 + 9000 * 0.05 + 4000 * 0.07, 1720), "2026 35.000 kg, 1,72 tỷ")
    p.check(tot[0] <= cap and tot[1] <= cap, "2027/2028 within the line")
    p.check(off(tot[2], cap, 5) and close(tot[2] / cap, 1.104, 0.001),
            "PLANTED 2029 53.000 kg > 160 kg/ngày × 300 ngày = 48.000 (+10,4 %), same line, 8 workers")
    p.has("tức 48.000 kg/năm cho cả ba sản phẩm", "Dây chuyền này đáp ứng đủ kế hoạch sản xuất của cả giai đoạn 2027 – 2029",
          "năm 2029 cần khoảng 71,6 tấn")
    inv = p.part("# IX.", "# X.")
    items = [inv.one(f"{i} |") for i in range(1, 6)]
    total = inv.one("Tổng vốn đầu tư")
    src = [inv.one(x) for x in ("Thành viên góp", "Hỗ trợ của Nhà nước", "Vay Ngân hàng")]
    p.check(sum(items) == total == 900 and sum(items[:3]) == 600, "investment items = 900, fixed 600")
    p.check(sum(src) == inv.one("Tổng nguồn vốn") == 800 and off(sum(src), total, 5) and close(sum(src) / total, 0.889, 0.001),
            "PLANTED sources 800 != investment 900 (−11,1 %)")
    p.has("Nguồn vốn trên bảo đảm đủ nhu cầu đầu tư của phương án", "Tổng vốn đầu tư 900 triệu đồng")
    mem = p.part("Danh sách tổ viên", "Tài sản chung")
    contrib = [plancheck.vn(r[3]) for r in mem.rows if r[0].isdigit()]
    p.check(len(contrib) == 9 and close(sum(contrib), 300) and mem.one("Cộng") == 300 == src[0], "9 members' 300 triệu")
    avg = sum(prof) / 3
    p.check(close(avg, 357.3, 0.001) and close(900 / (avg + 60), 2.2, 0.03), "average 357,3, payback 2,2 on 900")
    p.has("900 : (357,3 + 60) ≈ 2,2 năm")
    calendar(p, "Lịch sản xuất năm 2027", "# IX.", tot[0], "calendar 2027")
    p.check(staff_rows(p, "## 1. Lao động", "## 2. Môi trường") == 8, "8 workers")
    p.check(p.count("Tổ hợp tác Bún gạo Thạch Long") == 2 and p.count("Tổ hợp tác Sản xuất Bún khô Yên Hồ") >= 1,
            "PLANTED another producer's name twice (§XI, §XII)")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/YH", "tự công bố", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "mã lô", "bể lắng")
    revise_common(p)
    return p


def dk09() -> Plan:
    p = Plan("dk09_khoai_lang_say_deo_ky_trung_cty")
    o = p.part("# Nguồn nguyên liệu", "Danh sách 45 hộ")
    tui, tuoi, bot, raw = (o.row("Khoai lang sấy dẻo túi"), o.row("Khoai lang tươi đóng túi"), o.row("Bột khoai lang"),
                           o.row("Khoai lang tươi cần dùng"))
    fin = p.part("# Hiệu quả kinh tế", "# Tiêu chuẩn")
    rev, rs, rt, rb, cost = (fin.row("1. Doanh thu"), fin.row("Khoai lang sấy dẻo (45.000"), fin.row("Khoai lang tươi đóng túi (12.000"),
                             fin.row("Bột khoai lang (120.000"), fin.row("2. Chi phí"))
    lines = [fin.row(x) for x in ("Khoai lang tươi (6.000", "Đường, phụ liệu", "Bao bì", "Lương 10", "Điện sấy", "Khấu hao",
                                   "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý")]
    pre, tax, post = fin.row("3. Lợi nhuận"), fin.row("4. Thuế"), fin.row("5. Lợi nhuận")
    for y in Y:
        p.check(raw[y] == tui[y] * 0.8 + tuoi[y] + bot[y] * 4 and raw[y] <= 20 * 15000, f"raw need within 300 tấn {y}")
        p.check(tui[y] * 0.8 + bot[y] * 4 <= 2 * 300 * 250, f"dryer 150 tấn {y}")
        p.check(close(rs[y], tui[y] * 0.045) and close(rt[y], tuoi[y] * 0.012) and close(rb[y], bot[y] * 0.12)
                and close(rev[y], rs[y] + rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 0.006) and close(lines[1][y], tui[y] * 0.002)
                and close(lines[2][y], tui[y] * 0.003 + tuoi[y] * 0.0005 + bot[y] * 0.01) and close(lines[3][y], 10 * 6 * 12)
                and close(lines[4][y], tui[y] * 0.004) and close(lines[5][y], 1200 / 10)
                and close(lines[6][y], [600, 450, 300][y] * 0.08) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[8][y], 60), f"cost lines {y}")
    money_chain(p, fin, rev, cost, lines, pre, tax, post, 0.15)
    growth(p, rev, "revenue")
    p.check(rev[2] <= 3000 and close(26000 * 0.045 + 45000 * 0.012 + 1800 * 0.12, 1926) and rev[0] / 1926 < 1.2,
            "15 % bracket; 2026 1,93 tỷ; +13,7 %")
    p.check(close(tui[2] * 0.8 + bot[2] * 4, 40000) and raw[2] == 100000, "40 tấn dried, 100 tấn need in 2029")
    inv = p.part("# Vốn đầu tư", "# Hiệu quả")
    items = [inv.one(x) for x in ("Nhà xưởng", "Máy sấy", "Máy rửa", "Máy nghiền", "Bao bì", "Vốn lưu động")]
    p.check(sum(items) == inv.one("Tổng cộng") == 1500 == 700 + 600 + 200 and sum(items[:4]) == 1200, "investment = sources 1.500")
    avg = sum(post) / 3
    true = 1500 / (avg + 120)
    p.check(close(avg, 419.7, 0.001) and off(1.5, true, 5) and close(true, 2.78, 0.01) and close(1500 / avg, 3.57, 0.01),
            "PLANTED payback 1,5 != 1.500 : (419,7 + 120) = 2,78 (3,57 without depreciation)")
    p.has("Thời gian hoàn vốn = 1.500 : (419,7 + 120) ≈ 1,5 năm", "Nhu cầu lớn nhất 100 tấn khoai tươi năm 2029",
          "đủ cho 40 tấn khoai cần sấy năm 2029", "tương đương 300 tấn", "doanh thu khoảng 1,93 tỷ đồng")
    calendar(p, "Lịch sản xuất khoai sấy dẻo", "# Quy trình", tui[0], "calendar")
    p.check(staff_rows(p, "# Tổ chức nhân sự", "Giám đốc, 1 kế toán") == 10, "10 staff")
    hh = p.part("Danh sách 45 hộ", "Nhu cầu lớn nhất")
    p.check(sum(1 for r in hh.rows for c in r if c.isdigit()) == 45, "45 households listed")
    p.lacks(NO_FS, "PLANTED no food-safety paper or plan")
    p.has("Quyết định số 1048/QĐ-TTg", "Quyết định số 781/QĐ-TTg", "Hội đồng đánh giá sản phẩm OCOP cấp huyện",
          "ngày 20 tháng 9 năm 2026")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated policy: the current instruments are not cited")
    p.has("TCCS 01:2026/KT", "tự công bố", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "hố lắng")
    revise_common(p, replaced_planted=True)
    return p


def dk10() -> Plan:
    p = Plan("dk10_tinh_bot_nghe_thach_ngoc_htx")
    o = p.part("# Chương 8.", "Lịch sản xuất")
    tb4, bn4, tu4, pr4 = (o.row("Tinh bột nghệ", 4), o.row("Bột nghệ", 4), o.row("Nghệ tươi sơ chế", 4),
                          o.row("Nghệ tươi đưa vào chế biến", 4))
    tb, bn, tu, proc = tb4[1:], bn4[1:], tu4[1:], pr4[1:]
    fin = p.part("# Chương 11.", "# Chương 12.")
    rev, rtb, rbn, rtu, cost = (fin.row("Doanh thu"), fin.row("Tinh bột nghệ (600.000"), fin.row("Bột nghệ (150.000"),
                                fin.row("Nghệ tươi (10.000"), fin.row("Chi phí"))
    lines = [fin.row(x) for x in ("Nghệ tươi (5.000", "Bao bì", "Tiền công", "Điện, nước", "Khấu hao", "Lãi vay", "Quảng bá",
                                   "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế TNDN"), fin.row("Lợi nhuận sau thuế")
    for y in range(4):
        p.check(pr4[y] == tb4[y] * 20 + bn4[y] * 8, f"turmeric processed 20:1, 8:1 (col {y})")
    for y in Y:
        p.check(proc[y] <= 1500 * 250 and proc[y] + tu[y] <= 30 * 25000, f"line 375 tấn, area 750 tấn cover {y}")
        p.check(close(rtb[y], tb[y] * 0.6) and close(rbn[y], bn[y] * 0.15) and close(rtu[y], tu[y] * 0.01)
                and close(rev[y], rtb[y] + rbn[y] + rtu[y]), f"revenue {y}")
        p.check(close(lines[0][y], (proc[y] + tu[y]) * 0.005) and close(lines[1][y], tb[y] * 0.02 + bn[y] * 0.008)
                and close(lines[2][y], 6 * 5 * 12) and close(lines[3][y], proc[y] * 0.001) and close(lines[4][y], 50)
                and close(lines[5][y], 200 * 0.07) and close(lines[6][y], 20) and close(lines[7][y], 30), f"cost lines {y}")
    money_chain(p, fin, rev, cost, lines, pre, tax, post, [0.15, 0.15, 0.17])
    r26 = tb4[0] * 0.6 + bn4[0] * 0.15 + tu4[0] * 0.01
    p.check(r26 == 990 and rev[0] / r26 < 1.2, "2026 990 triệu; +11 % in 2027")
    p.check(all(x[2] / x[1] >= 2 and x[3] / x[2] >= 1.9 for x in (tb4, bn4, tu4)) and rev[1] / rev[0] > 2 and rev[2] / rev[1] > 2,
            "PLANTED every product and revenue ×2 in 2028 and again in 2029 (1.100 → 2.260 → 4.640)")
    p.check(lines[2][2] == lines[2][0] and lines[6][2] == 20 and lines[0][2] / 100 > 10,
            "same 6 workers, flat 20 triệu promotion, 100 triệu working capital vs 1.160 triệu turmeric in 2029")
    p.has("Thị trường rộng lớn là cơ sở để hợp tác xã tăng gấp đôi sản lượng mỗi năm", "doanh thu tăng từ 1,1 tỷ đồng lên 4,64 tỷ đồng",
          "Nhu cầu năm 2029 là 232 tấn (152 tấn đưa vào chế biến và 80 tấn nghệ tươi sơ chế)", "(375 tấn)",
          "doanh thu khoảng 990 triệu đồng", "Tổng vốn đầu tư bổ sung 400 triệu đồng")
    hist = p.part("Kết quả các năm gần đây", "# Chương 5.")
    for label in ("2024", "2025"):
        fresh_t, t, b, f_, r = hist.row(label, 5)
        p.check(close(fresh_t * 1000, t * 20 + b * 8 + f_) and close(r, t * 0.6 + b * 0.15 + f_ * 0.01), f"history {label}")
    inv = p.part("# Chương 10.", "# Chương 11.")
    items = [inv.one(f"{i} |") for i in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng") == 400 == 200 + 200, "investment = sources 400")
    avg = sum(post) / 3
    p.check(close(avg, 1127.8, 0.001) and 400 / (avg + 50) < 1, "average 1.127,8; payback under 1 year as stated")
    calendar(p, "Lịch sản xuất tinh bột nghệ", "Thiết bị hiện có", tb[0], "calendar")
    p.check(staff_rows(p, "# Chương 9.", "Giám đốc kiêm") == 6, "6 staff")
    mem = p.part("Danh sách thành viên", "# Chương 2.")
    p.check(sum(1 for r in mem.rows for c in r if c.isdigit()) == 32, "32 members")
    market = p.section("# Chương 6. Thị trường", "# Chương 7.")
    p.check(market and not re.search(r"\d", market), "PLANTED the market section has no number, price, customer or channel")
    p.lacks(NO_CHANNEL, "PLANTED no sales channel anywhere")
    p.lacks(NO_STD, "PLANTED no product standard or self-declaration")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "văn bằng bảo hộ", "mã lô",
          "đăng ký môi trường")
    revise_common(p)
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("dk11_mut_gung_cam_binh_so_sai")
    a.check(close(600 * 150000, 90e6), "600 kg × 150.000 = 90 triệu")
    a.has("150.000 đồng/kg", "khoảng 600 kg mứt", "khoảng 90 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|"
            r"môi trường|nước thải|truy xuất|sổ ghi|nguyên liệu|quy trình|vốn đầu tư|chi phí|lợi nhuận",
            "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("dk12_trai_nghiem_lang_non_trung_thanh_so_sai")
    b.check(close(2000 * 50000, 100e6), "2.000 lượt × 50.000 đ = 100 triệu (not stated)")
    b.has("50.000 đồng/lượt", "khoảng 2.000 lượt khách", "gồm 9 hộ")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|giấy phép|mã số thuế|giấy chứng nhận|an toàn|nhãn hiệu|môi trường|rác|chất lượng|vốn|chi phí|"
            r"lợi nhuận|doanh thu|tiến độ", "every tolerated gap is real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (dk01, dk02, dk03, dk04, dk05, dk06, dk07, dk08, dk09, dk10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
