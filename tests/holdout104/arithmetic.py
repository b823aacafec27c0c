"""The hundred-and-fourth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout104/arithmetic.py

Theme: producers already selling, whose plans put what was achieved (2024–2026, 2026 often an
estimate) beside what is planned (2027–2029). So every combined table is checked in ALL its
columns, actual and planned: quantities by pack summing to the total, revenue = quantity x that
year's price, raw material = output x the stated ratio, workers; the planned columns must equal
the financial table. Then, for the plan years: revenue = quantity x price per line, each cost line
= its stated unit cost, cost lines = total, profit = revenue - cost, tax (15 % / 17 % by revenue,
4,5 % of revenue for households), investment items = total = sources, depreciation, interest,
average profit and payback, raw-material need against the stated supply, output against
equipment or labour capacity, year-on-year growth and the jump over the last actual year.
Planted numeric defects are asserted wrong by more than 5 % (with the true value computed) and
every other number right within 1 %. Table figures are read from the plan's source, each table
looked up inside its own section; figures quoted in running text are looked up verbatim. The
textual planted defects (replaced instruments, a food-safety certificate 'chưa có' with no plan,
no environmental measure, another producer's name, no label, no quality control, no registration,
template placeholders, no raw-material section) are asserted through the absence or presence of
their words; ready plans cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no replaced instrument; no
plan but the planted one keeps a template placeholder.
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

# Instruments replaced or lapsed before mid-2026 (a ready plan must not rely on them).
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|Phòng Nông nghiệp")
A = range(6)        # the six columns of a combined table: 2024, 2025, 2026 (actual) and 2027–2029 (plan)
P = (3, 4, 5)       # the plan columns in it


class Plan(plancheck.Plan):
    src = HERE / "src"

    def part(self, start: str, end: str | None = None) -> "Plan":
        """The same plan with its table rows cut to the text between two markers (failures shared)."""
        i = self.body.find(start)
        if i < 0:
            self.failures.append(f"marker not found: {start!r}")
            return self
        j = self.body.find(end, i + len(start)) if end else -1
        if end and j < 0:
            self.failures.append(f"end marker not found: {end!r}")
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
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def growth(xs: list[float]) -> list[float]:
    return [xs[i] / xs[i - 1] for i in range(1, len(xs))]


# --------------------------------------------------------------------------- ready plans

def da01() -> Plan:
    p = Plan("da01_dau_lac_thuong_phong_htx")
    tab = p.part("Bảng 4.", "# XII.")
    c5, c1, lit, cake, kern = (tab.row("Chai 500 ml", 6), tab.row("Chai 1 lít", 6), tab.row("Tổng dầu lạc", 6),
                               tab.row("Khô dầu lạc", 6), tab.row("Lạc nhân sử dụng", 6))
    p5, p1, rev6, post6, lab6 = (tab.row("Giá chai 500 ml", 6), tab.row("Giá chai 1 lít", 6), tab.row("Doanh thu", 6),
                                 tab.row("Lợi nhuận sau thuế", 6), tab.row("Lao động thường xuyên", 6))
    for i in A:  # actual and planned columns alike
        p.check(lit[i] == c5[i] * 0.5 + c1[i] and close(cake[i], lit[i] * 1.4) and close(kern[i], lit[i] * 2.5),
                f"litres, cake 1,4 kg/l, kernel 2,5 kg/l, column {i}")
        p.check(close(rev6[i], (c5[i] * p5[i] + c1[i] * p1[i]) / 1e6 + cake[i] * 0.01), f"revenue column {i}")
    p.check(p5[:3] == [85000, 90000, 95000] and p1[:3] == [160000, 170000, 180000], "history prices as in §III")
    fin = p.part("# XIII.", "# XIV.")
    rev, r5, r1, rk = (fin.row("Doanh thu"), fin.row("Chai 500 ml (100.000"), fin.row("Chai 1 lít (190.000"),
                       fin.row("Khô dầu lạc (10.000"))
    cost = fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Lạc nhân (42.000", "Chai, nắp", "Điện rang", "Tiền lương", "Khấu hao", "Lãi vay",
                                   "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        i = P[y]
        p.check(close(r5[y], c5[i] * 0.1) and close(r1[y], c1[i] * 0.19) and close(rk[y], cake[i] * 0.01)
                and close(rev[y], r5[y] + r1[y] + rk[y]) and close(rev[y], rev6[i]), f"revenue {y}")
        p.check(close(lines[0][y], kern[i] * 0.042) and close(lines[1][y], c5[i] * 0.0045 + c1[i] * 0.0065)
                and close(lines[2][y], lit[i] * 0.0025) and close(lines[3][y], lab6[i] * 6 * 12)
                and close(lines[4][y], 30 + 700 / 10) and close(lines[5][y], [600, 400, 200][y] * 0.07)
                and close(lines[6][y], [80, 90, 100][y]) and close(lines[7][y], [60, 61, 62][y]), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost sum, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y])
                and close(post[y], post6[i]), f"15 % tax {y}")
        p.check(kern[i] <= 24 * 2000 and kern[i] <= 40 * 8 * 250, f"kernel within 48 tấn supply and 80 tấn press {y}")
    p.check(close(kern[5] / 48000, 0.73, 0.01), "2029 uses 73 % of the area's kernels")
    p.check(close(lit[3] / lit[2], 1.091, 0.001) and close(rev6[3] / rev6[2], 1.145, 0.001)
            and all(g < 1.2 for g in growth(lit[2:]) + growth(rev6[2:])), "+9,1 % output, +14,5 % revenue, then < 20 %")
    inv = p.part("# XII.", "# XIII.")
    items = [inv.one(f"{k} |") for k in range(1, 8)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1300 == 700 + 600 and sum(items[:5]) == 700, "capital 1.300, fixed 700")
    avg = sum(post) / 3
    p.check(close(avg, 336.6, 0.001) and close(1300 / (avg + 100), 3.0, 0.01), "average 336,6, payback 3,0")
    p.check(all(0.11 <= post[y] / rev[y] <= 0.135 for y in Y), "margin 11 – 13 %")
    p.has("8.500 lít năm 2024, 9.800 lít năm 2025 và ước 11.000 lít năm 2026", "1.509 triệu đồng năm 2024",
          "1.838,2 triệu đồng năm 2025, ước 2.172 triệu đồng năm 2026", "12.000 lít năm 2027, 13.000 lít năm 2028 và 14.000 lít",
          "100.000 đồng/chai", "190.000 đồng/chai", "42.000 đồng/kg", "tổng 24 ha", "khoảng 48 tấn lạc nhân/năm",
          "80 tấn lạc nhân/năm", "1.300 : (336,6 + 100) ≈ 3,0 năm", "(275,4 + 357 + 377,4) : 3 ≈ 336,6",
          "Tổng vốn đầu tư của phương án là 1.300 triệu đồng", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2024/TP", "tự công bố", "Nghị định số 43/2017/NĐ-CP", "Đăng ký môi trường", "ghi sổ lô",
          "Đang làm thủ tục", "Dự kiến", "Sẽ nộp hồ sơ cấp lại")
    ready_common(p)
    return p


def da02() -> Plan:
    p = Plan("da02_cao_ca_gai_leo_an_my_cty")
    tab = p.part("Bảng 3.", "# PHẦN V")
    hu, hop, ph, pt = (tab.row("Cao đặc hũ 100 g", 6), tab.row("Trà túi lọc hộp 50 g", 6), tab.row("Giá cao", 6),
                       tab.row("Giá trà", 6))
    rev6, post6, lab6 = tab.row("Doanh thu", 6), tab.row("Lợi nhuận sau thuế", 6), tab.row("Lao động", 6)
    for i in A:
        p.check(close(rev6[i], hu[i] * ph[i] / 1000 + hop[i] * pt[i] / 1000), f"revenue = jars × price + boxes × price, column {i}")
    dry = [hu[i] * 0.1 * 10 + hop[i] * 0.05 * 1.05 for i in P]  # kg dry herb
    fin = p.part("## 5.2.", "## 5.3.")
    rev, rh, rt, cost = (fin.row("Doanh thu"), fin.row("Cao đặc hũ 100 g (250.000"), fin.row("Trà túi lọc (60.000"),
                         fin.row("Chi phí |"))
    lines = [fin.row(x) for x in ("Dược liệu khô", "Bao bì", "Điện, viên nén", "Tiền lương", "Khấu hao", "Lãi vay",
                                   "Bán hàng, chiết khấu", "Quản lý, kiểm nghiệm")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    for y in Y:
        i = P[y]
        p.check(close(rh[y], hu[i] * 0.25) and close(rt[y], hop[i] * 0.06) and close(rev[y], rh[y] + rt[y])
                and close(rev[y], rev6[i]), f"revenue {y}")
        p.check(close(lines[0][y], dry[y] * 0.06) and close(lines[1][y], hu[i] * 0.015 + hop[i] * 0.012)
                and close(lines[2][y], hu[i] * 0.1 * 0.04) and close(lines[3][y], lab6[i] * 7 * 12)
                and close(lines[4][y], 1500 / 10) and close(lines[5][y], [800, 600, 400][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], 120), f"cost lines {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * rate)
                and close(post[y], pre[y] - tax[y]) and close(post[y], post6[i]), f"cost sum, profit, tax {rate} {y}")
        p.check(dry[y] <= 4.7 * 12000 / 4 and hu[i] <= 50 * 250, f"dry herb within 14,1 tấn; extractor 12,5 tấn {y}")
    p.check([round(d) for d in dry] == [8630, 9735, 10840] and close(dry[2] / 14100, 0.77, 0.01)
            and close(hu[5] / 12500, 0.8), "need 8.630 – 10.840 kg, 77 % of supply, 80 % of the extractor")
    p.check(hu[2] <= 2 * 16 * 250 and close(hu[2] / 8000, 0.9), "old kettles 8 tấn, 90 % used in 2026")
    p.check(close(hop[5] * 25 / (30 * 60 * 8), 28, 0.01), "tea bags: 28 machine days")
    p.check(close(rev6[3] / rev6[2], 1.15, 0.01) and all(g < 1.2 for g in growth(rev6[2:])), "+15 % on 2026, then < 20 %")
    p.check([round(g, 3) for g in growth(hu[2:])] == [1.111, 1.125, 1.111]
            and 1.09 <= min(growth(hop[2:])) and max(growth(hop[2:])) <= 1.17, "jars +11 – 12,5 %, boxes +9 – 17 %")
    p.check(close(rev6[1] / rev6[0], 1.228, 0.001) and close(rev6[2] / rev6[1], 1.167, 0.001), "history +17 – 23 %")
    inv = p.part("## 5.1.", "## 5.2.")
    items = [inv.one(f"{k} |") for k in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 2000 == 1200 + 800 and sum(items[:4]) == 1500, "capital 2.000, fixed 1.500")
    avg = sum(post) / 3
    p.check(close(avg, 659.4, 0.001) and close(2000 / (avg + 150), 2.5, 0.02), "average 659,4, payback 2,5")
    p.has("250.000 đồng/hũ", "60.000 đồng/hộp", "8.630 kg năm 2027, 9.735 kg năm 2028 và 10.840 kg năm 2029",
          "tương đương 56,4 tấn tươi hay 14,1 tấn khô/năm", "12,5 tấn dược liệu khô/năm", "2.000 : (659,4 + 150) ≈ 2,5 năm",
          "Tổng vốn đầu tư 2.000 triệu đồng", "800 kg năm 2027, 900 kg năm 2028, 1.000 kg năm 2029",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2023/AM", "bản tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "nhãn hiệu", "hồ sơ mẻ", "đăng ký môi trường", "đang làm thủ tục",
          "không ghi công dụng chữa bệnh")
    ready_common(p)
    return p


def da03() -> Plan:
    p = Plan("da03_non_la_trung_hoa_tht")
    tab = p.part("Bảng 2.", "# 13.")
    a, b, c, n = (tab.row("Nón lá trắng (chiếc)", 6), tab.row("Nón bài thơ (chiếc)", 6),
                  tab.row("Nón quà tặng vẽ tay (chiếc)", 6), tab.row("Tổng số nón", 6))
    pa, pb, pc = tab.row("Giá nón trắng", 6), tab.row("Giá nón bài thơ", 6), tab.row("Giá nón quà tặng", 6)
    rev6, makers = tab.row("Doanh thu", 6), tab.row("Số thợ", 6)
    for i in A:
        p.check(n[i] == a[i] + b[i] + c[i] and close(rev6[i], (a[i] * pa[i] + b[i] * pb[i] + c[i] * pc[i]) / 1000),
                f"hats and revenue, column {i}")
        p.check(n[i] <= makers[i] * 800, f"makers × 800 hats {i}")
    fin = p.part("# 14.", "# 15.")
    rev, ra, rb, rc = (fin.row("Doanh thu"), fin.row("Nón lá trắng (35"), fin.row("Nón bài thơ (90"),
                       fin.row("Nón quà tặng (150"))
    cost = fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Lá nón", "Vòng tre", "Tranh lồng", "Tiền công khoán", "Khấu hao", "Lãi vay",
                                   "Bán hàng, hội chợ", "Quản lý, chi khác")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế giá trị gia tăng"), fin.row("Lợi nhuận sau thuế")
    for y in Y:
        i = P[y]
        p.check(close(ra[y], a[i] * 0.035) and close(rb[y], b[i] * 0.09) and close(rc[y], c[i] * 0.15)
                and close(rev[y], ra[y] + rb[y] + rc[y]) and close(rev[y], rev6[i]), f"revenue {y}")
        p.check(close(lines[0][y], n[i] * 0.12 * 0.06) and close(lines[1][y], n[i] * 0.005)
                and close(lines[2][y], b[i] * 0.006 + c[i] * 0.025)
                and close(lines[3][y], a[i] * 0.018 + b[i] * 0.04 + c[i] * 0.06) and close(lines[4][y], 200 / 10)
                and close(lines[5][y], [150, 100, 50][y] * 0.06) and close(lines[6][y], [50, 55, 60][y])
                and close(lines[7][y], 20), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], rev[y] * 0.045)
                and close(post[y], pre[y] - tax[y]), f"cost sum, profit, 4,5 % tax {y}")
        p.check(n[i] * 0.12 <= 4000, f"leaf within the 4.000 kg contract {y}")
    p.check(close(n[5] * 0.12 / 4000, 0.84), "84 % of the leaf contract in 2029")
    p.check(close((b[2] + c[2]) / n[2], 0.318, 0.005) and close((b[5] + c[5]) / n[5], 0.357, 0.005), "share 31,8 → 35,7 %")
    p.check(close(lines[3][0] / makers[3] / 12, 1.5) and close(lines[3][2] / makers[5] / 12, 1.63, 0.01),
            "piece wages 1,5 – 1,6 triệu/maker/month")
    p.check(min(growth(n[2:])) > 1.07 and max(growth(n[2:])) < 1.1 and close(n[2] / makers[2], 647, 0.01),
            "growth 7,7 – 9,1 %, 650 hats per maker in 2026")
    inv = p.part("# 13.", "# 14.")
    items = [inv.one(f"{k} |") for k in range(1, 5)]
    p.check(sum(items) == inv.one("Tổng cộng") == 400 == 250 + 150 and sum(items[:2]) == 200, "capital 400, fixed 200")
    avg = sum(post) / 3
    p.check(close(avg, 249.3, 0.001) and close(400 / (avg + 20), 1.5, 0.02), "average 249,3, payback 1,5")
    p.has("35 nghìn đồng/chiếc", "90 nghìn đồng/chiếc", "150 nghìn đồng/chiếc", "840 triệu đồng năm 2024, 1.024 triệu đồng",
          "ước 1.202,2 triệu đồng năm 2026", "2.880 kg năm 2027, 3.120 kg năm 2028, 3.360 kg năm 2029",
          "tổng cộng 4.000 kg lá khô/năm", "800 chiếc/năm", "400 : (249,3 + 20) ≈ 1,5 năm", "Tổng vốn 400 triệu đồng",
          "18 nghìn đồng/chiếc nón trắng, 40 nghìn đồng/chiếc nón bài thơ, 60 nghìn đồng/chiếc nón quà tặng",
          "TCCS 01:2024/NLTH", "Nghị định số 43/2017/NĐ-CP", "Nhãn hiệu tập thể", "đang làm thủ tục", "dự kiến",
          "sổ giao nhận", "không xông lưu huỳnh", "mã số thuế")
    ready_common(p)
    return p


def da04() -> Plan:
    p = Plan("da04_khoai_deo_tham_loi_hkd")
    hist = p.part("Bảng 1.", "Bảng 2.")
    yrs = [hist.row(f"{2024 + k} |", 4) for k in A]  # kg, fresh kg, revenue đồng, seasonal workers
    price = [115000, 118000, 123000]
    for k in A:
        p.check(yrs[k][1] == yrs[k][0] * 4, f"4 kg fresh per kg, row {2024 + k}")
    for k in range(3):
        p.check(yrs[k][2] == yrs[k][0] * price[k], f"history revenue = kg × average price {2024 + k}")
    mix = p.part("Bảng 2.", "# XII")
    t250, t500, bulk, kg = mix.row("Túi 250 g (túi)"), mix.row("Túi 500 g (túi)"), mix.row("Bán buôn túi 1 kg"), mix.row("Cộng khoai deo")
    fin = p.part("# XIII", "# XIV")
    rev, r1, r2, r3 = fin.row("Doanh thu"), fin.row("Túi 250 g (35.000"), fin.row("Túi 500 g (65.000"), fin.row("Bán buôn (110.000")
    cost = fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Khoai lang tươi", "Túi, nhãn, thùng", "Điện, gas", "Công lao động thời vụ",
                                   "Công lao động gia đình", "Khấu hao", "Lãi vay", "Vận chuyển, chiết khấu",
                                   "Thuế giá trị gia tăng")]
    prof = fin.row("Lợi nhuận")
    for y in Y:  # đồng
        k = P[y]
        p.check(kg[y] == t250[y] * 0.25 + t500[y] * 0.5 + bulk[y] == yrs[k][0], f"kg {y}")
        p.check(r1[y] == t250[y] * 35000 and r2[y] == t500[y] * 65000 and r3[y] == bulk[y] * 110000
                and rev[y] == r1[y] + r2[y] + r3[y] == yrs[k][2], f"revenue {y}")
        want = [kg[y] * 4 * 8000, t250[y] * 2500 + t500[y] * 3500 + bulk[y] * 1000, kg[y] * 8000,
                yrs[k][3] * 6e6 * 4, 2 * 5e6 * 12, 300e6 / 10, [200e6, 100e6, 0][y] * 0.07, rev[y] * 0.05, rev[y] * 0.045]
        p.check(all(abs(lines[j][y] - want[j]) < 1 for j in range(9)), f"cost lines (exact, đồng) {y}")
        p.check(abs(cost[y] - lines_sum(lines, y)) < 1 and abs(prof[y] - (rev[y] - cost[y])) < 1, f"cost sum, profit {y}")
        p.check(yrs[k][1] <= 7.5 * 8000 and yrs[k][1] <= 500 * 120, f"fresh within 60 tấn supply and drying {y}")
    p.check(300 * 75 + 500 * 45 == 45000 >= yrs[3][1] and yrs[2][1] <= 300 * 120, "2027 mixes old and new drying; 2026 within old")
    p.check(close(yrs[5][1] / 60000, 0.73, 0.01), "73 % of the supply in 2029")
    p.check(close(yrs[3][0] / yrs[2][0], 1.125) and close(yrs[3][2] / yrs[2][2], 1.159, 0.001)
            and all(g < 1.2 for g in growth([r[2] for r in yrs[2:]])), "+12,5 % output, +15,9 % revenue, then < 20 %")
    inv = p.part("# XII", "# XIII")
    items = [inv.one(f"{k} |") for k in range(1, 8)]
    p.check(sum(items) == inv.one("Tổng cộng") == 500e6 == 300e6 + 200e6 and sum(items[:5]) == 300e6, "capital, fixed")
    avg = sum(prof) / 3
    p.check(avg == 363955000 and close(500e6 / (avg + 30e6), 1.3, 0.03), "average 363.955.000, payback 1,3")
    p.has("35.000 đồng/túi", "65.000 đồng/túi", "110.000 đồng/kg", "115.000 đồng/kg năm 2024, 118.000 đồng/kg năm 2025",
          "123.000 đồng/kg năm 2026", "36.000 kg năm 2027, 40.000 kg năm 2028 và 44.000 kg năm 2029",
          "khoảng 60 tấn khoai tươi mỗi năm", "500.000.000 : (363.955.000 + 30.000.000) ≈ 1,3 năm",
          "Tổng vốn đầu tư 500.000.000 đồng", "Giấy chứng nhận đăng ký hộ kinh doanh số", "đang làm thủ tục",
          "Bản tự công bố", "Nghị định số 43/2017/NĐ-CP", "sẽ đăng ký", "dự kiến", "ghi sổ", "bể lắng 2 ngăn")
    ready_common(p)
    return p


# --------------------------------------------------------------------------- revise plans

def da05() -> Plan:
    p = Plan("da05_keo_cu_do_lam_hong_ctcp")
    tab = p.part("## 11.1.", "## 11.2.")
    hop, tui, qua, kg = (tab.row("Kẹo cu đơ hộp 300 g", 6), tab.row("Kẹo cu đơ túi 500 g", 6),
                         tab.row("Hộp quà cu đơ gừng", 6), tab.row("Tổng sản lượng kẹo", 6))
    ph, pt, pq = tab.row("Giá hộp 300 g", 6), tab.row("Giá túi 500 g", 6), tab.row("Giá hộp quà 600 g", 6)
    lac, lab = tab.row("Lạc nhân sử dụng", 6), tab.row("Lao động", 6)
    hist_rev = [(hop[i] * ph[i] + tui[i] * pt[i] + qua[i] * pq[i]) / 1e6 for i in A]
    for i in A:
        p.check(close(kg[i], hop[i] * 0.3 + tui[i] * 0.5 + qua[i] * 0.6) and close(lac[i], kg[i] * 0.45), f"kg, kernels {i}")
    p.check([round(x, 1) for x in hist_rev[:3]] == [3390, 3954, 4278.5], "history revenue 3.390 / 3.954 / 4.278,5")
    p.has("3.390 triệu đồng, 3.954 triệu đồng và ước 4.278,5 triệu đồng")
    fin = p.part("## 12.2.", "## 12.3.")
    rev, rh, rt, rq = (fin.row("Doanh thu"), fin.row("Kẹo cu đơ hộp 300 g (45.000"), fin.row("Kẹo cu đơ túi 500 g (55.000"),
                       fin.row("Hộp quà 600 g (110.000"))
    cost = fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Nguyên liệu (37.500", "Bao bì", "Điện, than", "Tiền lương", "Khấu hao", "Lãi vay",
                                   "Chi phí bán hàng", "Chi phí quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    true_rev = [hist_rev[i] for i in P]
    for y in Y:
        i = P[y]
        p.check(close(rt[y], tui[i] * 0.055) and close(rq[y], qua[i] * 0.11), f"pouch and gift rows {y}")
        p.check(close(rev[y], rh[y] + rt[y] + rq[y]), f"revenue adds its rows {y}")
        p.check(close(lines[0][y], kg[i] * 0.0375) and close(lines[1][y], hop[i] * 0.004 + tui[i] * 0.002 + qua[i] * 0.015)
                and close(lines[2][y], kg[i] * 0.003) and close(lines[3][y], lab[i] * 6.5 * 12)
                and close(lines[4][y], 1600 / 10 + 40) and close(lines[5][y], [900, 600, 300][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.06) and close(lines[7][y], 180), f"cost lines (selling on the stated revenue) {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17)
                and close(post[y], pre[y] - tax[y]) and rev[y] > 3000, f"cost sum, profit, 17 % tax {y}")
        p.check(lac[i] <= 25000 and kg[i] * 0.4 <= 20000 and kg[i] <= 200 * 8 * 280, f"kernels, molasses, line {y}")
    p.check(close(rh[0], hop[3] * 0.045) and close(rh[2], hop[5] * 0.045), "2027 and 2029 box rows right")
    p.check(rh[1] == 3370 and close(hop[4] * 0.045, 2970) and off(rh[1], hop[4] * 0.045)
            and close(true_rev[1], 5390) and rev[1] == 5790 and off(rev[1], true_rev[1]),
            "PLANTED 2028 box row 3.370 != 66.000 × 45.000 = 2.970 (+13,5 %); revenue 5.790 != 5.390 (+7,4 %)")
    p.has("4.900 triệu đồng năm 2027, 5.790 triệu đồng năm 2028")
    inv = p.part("## 12.1.", "## 12.2.")
    items = [inv.one(f"{k} |") for k in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 2400 and sum(items[:4]) == 1600, "investment items = 2.400, fixed 1.600")
    sources = 1200 + 900
    p.check(off(sources, 2400) and close(sources / 2400, 0.875), "PLANTED sources 1.200 + 900 = 2.100 != 2.400 (−12,5 %)")
    p.has("vốn góp bổ sung của các cổ đông 1.200 triệu đồng; vay Ngân hàng thương mại 900 triệu đồng",
          "Như vậy nguồn vốn đáp ứng đủ nhu cầu đầu tư của phương án")
    avg = sum(post) / 3
    p.check(close(avg, 750.5, 0.001) and close(2400 / (avg + 200), 2.5, 0.02), "stated 2,5 years follows the stated profits")
    true_cost = cost[1] - (rev[1] - true_rev[1]) * 0.06
    true_post = (true_rev[1] - true_cost) * 0.83
    true_pb = 2400 / ((post[0] + true_post + post[2]) / 3 + 200)
    p.check(close(true_post, 624.9, 0.001) and close(true_pb, 2.84, 0.01) and off(2.5, true_pb),
            "tolerated knock-on: true 2028 profit 624,9, payback 2,8 years")
    p.check(close(kg[3] / kg[2], 1.094, 0.001) and all(g < 1.2 for g in growth(rev)), "+9,4 % on 2026, growth < 20 %")
    p.has("Quyết định số 1048/QĐ-TTg", "Quyết định số 781/QĐ-TTg", "Nghị quyết số 123/2018/NQ-HĐND",
          "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện", "Phòng Nông nghiệp và Phát triển nông thôn huyện")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|cấp tỉnh|UBND xã .* tiêu chí", "PLANTED outdated-policy: the current instruments are never cited")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2022/LH", "tự công bố",
          "Nghị định số 43/2017/NĐ-CP", "Nhãn hiệu \"Lam Hồng\"", "đăng ký môi trường", "ghi sổ", "bể lắng",
          "45.000 đồng/hộp", "55.000 đồng/túi", "110.000 đồng/hộp", "36.000 kg năm 2027")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def da06() -> Plan:
    p = Plan("da06_che_vang_khe_lim_htx")
    tab = p.part("Bảng 1.", "## II. Sản phẩm")
    cat, tl, kg = tab.row("Chè vằng khô cắt", 6), tab.row("Chè vằng túi lọc", 6), tab.row("Tổng sản lượng", 6)
    rc, rt, rtot = tab.row("Doanh thu chè khô cắt", 6), tab.row("Doanh thu chè túi lọc", 6), tab.row("Tổng doanh thu", 6)
    fresh, lab = tab.row("Lá chè vằng tươi", 6), tab.row("Lao động tại xưởng", 6)
    pc = [0.12, 0.13, 0.135, 0.14, 0.14, 0.14]
    pt = [0.040, 0.042, 0.044, 0.045, 0.045, 0.045]
    for i in A:
        p.check(kg[i] == cat[i] + tl[i] and close(fresh[i], kg[i] * 4.2 / 1000), f"kg, 4,2 kg fresh per kg, column {i}")
        p.check(close(rc[i], cat[i] * pc[i]) and close(rt[i], tl[i] * 10 * pt[i]), f"revenue rows = kg × that year's price {i}")
        if i != 1:
            p.check(close(rtot[i], rc[i] + rt[i]), f"revenue total adds its rows, column {i}")
    p.check(rtot[1] == 2030 and rc[1] + rt[1] == 1830 and off(rtot[1], rc[1] + rt[1]),
            "PLANTED actual column TH 2025: total 2.030 != 780 + 1.050 = 1.830 (+10,9 %)")
    p.has("năm 2024 là 120.000 đồng/kg, năm 2025 là 130.000 đồng/kg, năm 2026 là 135.000 đồng/kg",
          "lần lượt 40.000, 42.000 và 44.000 đồng/hộp", "doanh thu ước đạt 2.238 triệu đồng năm 2026")
    tui, hop = [16000, 18000, 21000], [30000, 35000, 40000]
    fin = p.part("## VI. Hiệu quả", "## VII.")
    rev, r1, r2 = fin.row("Doanh thu"), fin.row("Chè khô cắt túi 500 g (70.000"), fin.row("Chè túi lọc hộp 100 g (45.000")
    cost = fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Lá tươi (8.000", "Bao bì", "Nhiên liệu sấy", "Tiền công", "Khấu hao", "Lãi vay",
                                   "Bán hàng, chiết khấu", "Quản lý, chi khác")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    for y in Y:
        i = P[y]
        p.check(cat[i] == tui[y] * 0.5 and tl[i] == hop[y] * 0.1, f"bags and boxes {y}")
        p.check(close(r1[y], tui[y] * 0.07) and close(r2[y], hop[y] * 0.045) and close(rev[y], r1[y] + r2[y])
                and close(rev[y], rtot[i]), f"revenue {y}")
        p.check(close(lines[0][y], kg[i] * 4.2 * 0.008) and close(lines[1][y], tui[y] * 0.003 + hop[y] * 0.008)
                and close(lines[2][y], kg[i] * 0.006) and close(lines[3][y], lab[i] * 6 * 12)
                and close(lines[4][y], 800 / 10) and close(lines[5][y], [450, 300, 150][y] * 0.07)
                and close(lines[6][y], [170, 195, 225][y]) and close(lines[7][y], 90), f"cost lines {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * rate)
                and close(post[y], pre[y] - tax[y]), f"cost sum, profit, tax {rate} {y}")
        p.check(fresh[i] <= 400 * 220 / 1000 and hop[y] * 25 <= 40 * 60 * 8 * 220, f"dryer 88 tấn, bag machine {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and kg[i] / kg[i - 1] < 1.2, f"growth under 20 % {y}")
    supply = 6 * 8 + 6
    p.check(supply == 54 and fresh[3] <= supply and fresh[4] <= supply, "2027 and 2028 within the 54 tấn")
    p.check(fresh[5] == 60.9 and off(fresh[5], supply) and close(fresh[5] / supply, 1.128, 0.001),
            "PLANTED 2029 needs 60,9 tấn fresh leaves, supply 54 tấn (+12,8 %)")
    p.has("bảo đảm đủ nguyên liệu cho sản xuất của hợp tác xã giai đoạn 2027 – 2029",
          "Nhu cầu lá tươi: 46,2 tấn năm 2027, 52,5 tấn năm 2028 và 60,9 tấn năm 2029", "1 kg thành phẩm cần 4,2 kg lá tươi")
    inv = p.part("## V. Vốn", "## VI.")
    items = [inv.one(f"{k} |") for k in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1000 == 550 + 450 and sum(items[:4]) == 800, "capital 1.000, fixed 800")
    avg = sum(post) / 3
    p.check(close(avg, 587.4, 0.001) and close(1000 / (avg + 80), 1.5, 0.01), "average 587,4, payback 1,5")
    p.check(close(kg[3] / kg[2], 1.122, 0.001), "+12,2 % on 2026")
    p.check(p.count("an toàn thực phẩm") == 1, "PLANTED food safety named once only, in the legal table")
    p.has("| Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm | Chưa có |")
    p.lacks(r"tự công bố|công bố sản phẩm|cam kết|khám sức khỏe|ATTP|vệ sinh thực phẩm|15/2018",
            "PLANTED no food-safety certificate, self-declaration, commitment or plan")
    p.has("TCCS 01:2025/KL", "Phiếu kết quả kiểm nghiệm", "Nghị định số 43/2017/NĐ-CP", "Sẽ đăng ký tại Cục Sở hữu trí tuệ",
          "sổ theo dõi", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg", "70.000 đồng/túi", "45.000 đồng/hộp",
          "Tổng vốn đầu tư 1.000 triệu đồng")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def da07() -> Plan:
    p = Plan("da07_chieu_coi_hoi_thuy_htx")
    tab = p.part("## 4.4", "# Phần 5")
    tr, hoa, n = tab.row("Chiếu cói trơn (chiếc)", 6), tab.row("Chiếu cói dệt hoa (chiếc)", 6), tab.row("Tổng số chiếu", 6)
    ptr, phoa, rev6 = tab.row("Giá chiếu trơn", 6), tab.row("Giá chiếu dệt hoa", 6), tab.row("Doanh thu", 6)
    sedge, looms, weavers = tab.row("Cói khô sử dụng", 6), tab.row("Máy dệt", 6), tab.row("Thợ dệt", 6)
    for i in A:
        p.check(n[i] == tr[i] + hoa[i] and close(rev6[i], (tr[i] * ptr[i] + hoa[i] * phoa[i]) / 1000)
                and close(sedge[i], n[i] * 2.4 / 1000), f"mats, revenue, sedge 2,4 kg, column {i}")
    cap = 8 * 12 * 280
    p.check(looms == [8] * 6 and weavers == [16] * 6 and cap == 26880, "same 8 looms and 16 weavers every year")
    p.check(all(n[i] <= cap for i in range(4)) and close(n[3] / cap, 0.93, 0.01), "2024–2027 within 26.880 (2027 at 93 %)")
    p.check(off(n[4], cap) and off(n[5], cap) and close(n[4] / cap, 1.079, 0.001) and close(n[5] / cap, 1.19, 0.001),
            "PLANTED 29.000 (+7,9 %) and 32.000 (+19 %) mats on 8 looms × 12 × 280 = 26.880")
    p.has("8 × 12 × 280 = 26.880 chiếc/năm", "Với 8 máy dệt hiện có, năng lực sản xuất của hợp tác xã bảo đảm sản lượng kế hoạch")
    inv = p.part("## 5.1", "## 5.2")
    items = [inv.one(f"{k} |") for k in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 1700 == 1100 + 600 and sum(items[:3]) == 1200, "capital 1.700, fixed 1.200")
    p.check(not any("máy dệt" in " ".join(r).lower() for r in inv.rows), "no loom in the investment")
    fin = p.part("## 5.2", "# Phần 6")
    rev, rtr, rh = fin.row("Doanh thu"), fin.row("Chiếu trơn (140"), fin.row("Chiếu dệt hoa (210")
    cost = fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Cói khô", "Sợi đay", "Phẩm nhuộm", "Túi, tem nhãn", "Điện", "Lương khoán",
                                   "Lương lao động khác", "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    for y in Y:
        i = P[y]
        p.check(close(rtr[y], tr[i] * 0.14) and close(rh[y], hoa[i] * 0.21) and close(rev[y], rtr[y] + rh[y])
                and close(rev[y], rev6[i]), f"revenue {y}")
        want = [n[i] * 2.4 * 0.018, n[i] * 0.008, hoa[i] * 0.006, n[i] * 0.004, n[i] * 0.003, n[i] * 0.03, 10 * 6 * 12,
                1200 / 10, [600, 400, 200][y] * 0.07, [250, 290, 320][y], 100]
        p.check(all(close(lines[j][y], want[j]) for j in range(11)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.17)
                and close(post[y], pre[y] - tax[y]) and rev[y] > 3000, f"cost sum, profit, 17 % tax {y}")
        p.check(sedge[i] <= 18 * 6, f"sedge within 108 tấn {y}")
    p.check(all(g < 1.17 for g in growth(n[2:])) and close(n[4] / n[3], 1.16) and close(n[5] / n[4], 1.103, 0.001),
            "growth under 17 % (not the defect)")
    p.check(close(rev6[3] / rev6[2], 1.087, 0.001), "+8,7 % on 2026")
    p.check(close(lines[5][0] / 16 / 12, 3.9, 0.01) and close(lines[5][2] / 16 / 12, 5.0), "weavers 3,9 → 5 triệu/month")
    p.check(close(lines[0][0] / 60, 18) and close(lines[0][2] / 60, 23, 0.01), "60 households, 18 – 23 triệu each")
    avg = sum(post) / 3
    p.check(close(avg, 819.7, 0.001) and close(1700 / (avg + 120), 1.8, 0.01), "average 819,7, payback 1,8")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|bể lắng|khói|bụi|ô nhiễm|thải|đăng ký môi",
            "PLANTED no environmental measure")
    p.has("nhuộm màu bằng phẩm nhuộm trong bể nhuộm nóng", "Khu nhuộm cói", "# Phần 7 – Hiệu quả xã hội")
    p.check(p.count("Hợp tác xã Cói Phú Lương") == 2 and p.count("Hợp tác xã Chiếu cói Hội Thủy") == 1
            and p.count("HỢP TÁC XÃ CHIẾU CÓI HỘI THỦY") == 1, "PLANTED another producer's name, twice")
    p.has("140 nghìn đồng/chiếc", "210 nghìn đồng/chiếc", "Tổng vốn 1.700 triệu đồng", "TCCS 01:2023/HT",
          "Nghị định số 43/2017/NĐ-CP", "Nhãn hiệu tập thể", "ghi sổ", "148/QĐ-TTg", "1489/QĐ-TTg", "76,8 tấn",
          "tổng khoảng 108 tấn/năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def da08() -> Plan:
    p = Plan("da08_banh_da_vung_phuc_hau_hkd")
    tab = p.part("# 11.", "Cơ cấu sản phẩm")
    ch, pr, rev6, lab = tab.row("Sản lượng bánh", 6), tab.row("Giá bán bình quân", 6), tab.row("Doanh thu", 6), tab.row("Lao động", 6)
    for i in A:
        p.check(close(rev6[i], ch[i] * pr[i] / 1e6, 0.001), f"revenue = pieces × average price, column {i}")
    tui, bo = [30000, 54000, 97000], [7000, 12600, 22600]
    fin = p.part("# 13.", "Túi PE 2.000")
    rev, rt, rb = fin.row("Doanh thu"), fin.row("Túi 10 chiếc (38.000"), fin.row("Bó 50 chiếc (175.000")
    cost = fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Gạo (16.000", "Vừng đen (80.000", "Củi, điện", "Túi PE, dây buộc", "Tiền công",
                                   "Khấu hao", "Lãi vay", "Chiết khấu đại lý", "Quảng bá", "Quản lý, chi khác",
                                   "Thuế giá trị gia tăng")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:  # tr.đ
        i = P[y]
        p.check(ch[i] == tui[y] * 10 + bo[y] * 50, f"pieces {y}")
        p.check(close(rt[y], tui[y] * 0.038) and close(rb[y], bo[y] * 0.175) and close(rev[y], rt[y] + rb[y])
                and close(rev[y], rev6[i]), f"revenue {y}")
        want = [ch[i] * 0.045 * 16 / 1000, ch[i] * 0.004 * 80 / 1000, ch[i] * 150 / 1e6, tui[y] * 0.002 + bo[y] * 0.003,
                lab[i] * 6 * 12, 800 / 10, [400, 300, 200][y] * 0.08, rev[y] * 0.05, 20, 30, rev[y] * 0.045]
        p.check(all(close(lines[j][y], want[j]) for j in range(11)), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(ch[i] <= 1000 * 8 * 280 and ch[i] <= 2 * 3000 * 2 * 280, f"line 2.240.000 and dryer 3.360.000 {y}")
        p.check(ch[i] * 0.045 <= 120000 and ch[i] * 0.004 <= 10000, f"rice 120 tấn, sesame 10 tấn {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(close(rev[1] - cost[1], 1008.4) and prof[1] == 1108.4 and off(prof[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 1.108,4 != 4.257 − 3.248,6 = 1.008,4 (+9,9 %)")
    stated = sum(prof) / 3
    true = (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(stated, 1264.2, 0.001) and close(900 / (stated + 80), 0.67, 0.01)
            and close(900 / (true + 80), 0.67, 0.03), "payback 0,67 right within 2,5 % either way (no knock-on)")
    g = growth(ch)
    p.check(close(g[0], 1.1) and close(g[1], 1.09, 0.01), "history +10 % and +9 %")
    p.check(close(g[2], 1.806, 0.001) and close(g[3], 1.8) and close(g[4], 1.795, 0.001)
            and all(off(x, 1.2, 40) for x in g[2:]) and close(rev6[3] / rev6[2], 1.877, 0.001)
            and close(rev6[5] / rev6[2], 6.06, 0.01), "PLANTED output ×1,8 a year three times (revenue ×6 over 2026)")
    market = p.body.split("# 7. Thị trường tiêu thụ", 1)[1].split("# 8.", 1)[0]
    p.check("rất rộng lớn" in market and "hợp đồng" not in market and "khách hàng hiện có" in market
            and market.count("15 đại lý") == 1, "market: the same 15 agents, no contract, generic demand")
    p.check(all(x == 20 for x in lines[8]) and close(cost[2], 5360.7) and 100 / cost[2] < 0.02,
            "flat 20 tr.đ promotion; 100 tr.đ working capital against 5,4 tỷ of costs")
    p.check(lab[2:] == [6, 10, 16, 24], "workers added with the line (capacity covered)")
    q = p.part("Sản lượng năm 2027 theo quý", "Quý IV là mùa")
    quarters = [q.one(f"Quý {r} |") for r in ("I", "II", "III", "IV")]
    p.check(sum(quarters) == q.one("Cả năm") == ch[3] and quarters[0] <= 4 * 350 * 65 and 90000 + 1000 * 8 * 210 >= ch[3],
            "quarters sum to 650.000; manual quarter I (4 stoves × 350 × 65 days), line for the rest")
    p.check(ch[2] <= 4 * 350 * 290 and ch[1] <= 4 * 350 * 290, "2025–2026 within 4 stoves × 350 × 290 days")
    p.has("khoảng 90.000 chiếc (4 bếp × 350 chiếc/ngày × khoảng 65 ngày)", "làm được khoảng 1.680.000 chiếc")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021", "PLANTED no label, label content or labelling decree")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/PH", "bản tự công bố",
          "Nhãn hiệu \"Bánh đa Phúc Hậu\": đang làm thủ tục", "ghi sổ", "bể lắng 3 ngăn", "38.000 đồng/túi",
          "175.000 đồng/bó", "Tổng vốn đầu tư 900 triệu đồng", "94,5 tấn", "148/QĐ-TTg", "1489/QĐ-TTg",
          "(403,8 + 1.108,4 + 2.280,3) : 3 ≈ 1.264,2", "900 : (1.264,2 + 80) ≈ 0,67 năm")
    p.check(500 + 400 == 900 == 480 + 200 + 120 + 100, "capital 900 = 500 + 400")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def da09() -> Plan:
    p = Plan("da09_tra_giao_co_lam_ngan_pho_cty")
    tab = p.part("# XI.", "# XII.")
    hop, tui, kg = tab.row("Trà túi lọc (hộp 60 g)", 6), tab.row("Giảo cổ lam khô (túi 500 g)", 6), tab.row("Tổng thành phẩm", 6)
    rev6, lab = tab.row("Doanh thu", 6), tab.row("Lao động", 6)
    price = [0.052, 0.053, 0.055, 0.055, 0.055, 0.055]
    for i in A:
        p.check(close(kg[i], hop[i] * 0.06 + tui[i] * 0.5) and close(rev6[i], hop[i] * price[i] + tui[i] * 0.15),
                f"kg and revenue, column {i}")
    p.has("Năm 2025 công ty sản xuất và tiêu thụ 3.500 kg trà các loại", "doanh thu 1.845 triệu đồng")
    p.check(kg[1] == 3000 and off(3500, kg[1]), "PLANTED 2025 output 3.500 kg in §II, 3.000 kg in the table (+16,7 %)")
    fin = p.part("# XIII.", "# XIV.")
    rev, rh, rt = fin.row("Doanh thu"), fin.row("Trà túi lọc (55.000"), fin.row("Giảo cổ lam khô (150.000")
    cost = fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Nguyên liệu tươi", "Bao bì", "Điện, nhiên liệu", "Tiền lương", "Khấu hao", "Lãi vay",
                                   "Bán hàng, chiết khấu", "Quản lý, chi khác")]
    pre, tax, post = fin.row("Lợi nhuận trước thuế"), fin.row("Thuế thu nhập"), fin.row("Lợi nhuận sau thuế")
    for y in Y:
        i = P[y]
        fresh = kg[i] * 5.25
        p.check(close(rh[y], hop[i] * 0.055) and close(rt[y], tui[i] * 0.15) and close(rev[y], rh[y] + rt[y])
                and close(rev[y], rev6[i]), f"revenue {y}")
        want = [fresh * 0.008, hop[i] * 0.007 + tui[i] * 0.005, kg[i] * 0.008, lab[i] * 7 * 12, 1200 / 10,
                [600, 400, 200][y] * 0.08, rev[y] * 0.1, 150]
        p.check(all(close(lines[j][y], want[j]) for j in range(8)), f"cost lines {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * rate)
                and close(post[y], pre[y] - tax[y]), f"cost sum, profit, tax {rate} {y}")
        p.check(fresh <= 6 * 6000 and fresh <= 300 * 2 * 200 and hop[i] * 30 <= 60 * 60 * 8 * 200,
                f"fresh within 36 tấn, dryer 120 tấn, bag machine {y}")
        if y:
            p.check(kg[i] / kg[i - 1] < 1.2 and rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(kg[3] / kg[2], 1.135, 0.001) and close(kg[5] * 5.25 / 36000, 0.76, 0.01), "+13,5 % on 2026; 76 % of supply")
    p.has("22,05 tấn năm 2027, 24,675 tấn năm 2028 và 27,3 tấn năm 2029", "khoảng 36 tấn/năm")
    inv = p.part("# XII.", "# XIII.")
    items = [inv.one(f"{k} |") for k in range(1, 7)]
    p.check(sum(items) == inv.one("Tổng cộng") == 2400 == 1800 + 600 and sum(items[:3]) == 1200, "capital 2.400, fixed 1.200")
    avg = sum(post) / 3
    true = 2400 / (avg + 120)
    p.check(close(avg, 811.7, 0.001) and close(true, 2.58, 0.01) and off(1.7, true) and off(1.7, 2400 / avg),
            "PLANTED payback 1,7 years != 2.400 : 931,7 = 2,6 (3,0 without depreciation)")
    p.has("(680 + 806,3 + 948,7) : 3 = khoảng 811,7", "2.400 : (811,7 + 120) = khoảng 1,7 năm")
    p.lacks(r"kiểm soát|kiểm tra|truy xuất|\bQR\b|mã lô|số lô|\blô\b|\bsổ\b|nhật ký|lưu mẫu|HACCP|ISO|GACP|định kỳ",
            "PLANTED no internal quality control or traceability")
    p.check(p.count("kiểm nghiệm") == 1, "the lab test appears once, for the self-declaration only")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm: đã có", "bản tự công bố", "Nghị định số 43/2017/NĐ-CP",
          "Nhãn hiệu \"Ngàn Phố\"", "Đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg", "55.000 đồng/hộp",
          "150.000 đồng/túi", "Tổng vốn đầu tư 2,4 tỷ đồng", "bể lắng")
    p.lacks(r"[≈×–→²°]", "TCVN3 build: no symbol outside the TCVN3 repertoire")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def da10() -> Plan:
    p = Plan("da10_do_go_my_nghe_duc_tai_ho")
    tab = p.part("# H –", "# I –")
    k, h, l = tab.row("Khay trà (chiếc)", 6), tab.row("Hộp trà (chiếc)", 6), tab.row("Bộ lót ly (bộ)", 6)
    pk, ph, pl = tab.row("Giá khay trà", 6), tab.row("Giá hộp trà", 6), tab.row("Giá bộ lót ly", 6)
    rev6 = tab.row("Doanh thu (1.000 đồng)", 6)
    for i in A:  # nghìn đồng
        p.check(rev6[i] == k[i] * pk[i] + h[i] * ph[i] + l[i] * pl[i], f"revenue = Σ pieces × that year's price, column {i}")
    p.has("Doanh thu 549 triệu đồng năm 2024, 675 triệu đồng năm 2025 và 812 triệu đồng năm 2026")
    fin = p.part("# L –", "# M –")
    rev, rk, rh, rl = (fin.row("Doanh thu"), fin.row("Khay trà (950.000"), fin.row("Hộp trà (320.000"),
                       fin.row("Bộ lót ly (160.000"))
    cost = fin.row("Chi phí |")
    lines = [fin.row(x) for x in ("Gỗ hương", "Sơn, dầu", "Hộp đựng, tem", "Điện", "Tiền công thợ thuê",
                                   "Công lao động gia đình", "Khấu hao", "Bán hàng, vận chuyển")]
    prof = fin.row("Lợi nhuận |")
    for y in Y:
        i = P[y]
        p.check(rk[y] == k[i] * 950 and rh[y] == h[i] * 320 and rl[y] == l[i] * 160
                and rev[y] == rk[y] + rh[y] + rl[y] == rev6[i], f"revenue {y}")
        want = [k[i] * 250 + h[i] * 80 + l[i] * 40, k[i] * 60 + h[i] * 25 + l[i] * 10, k[i] * 30 + h[i] * 15 + l[i] * 10,
                [12000, 13000, 14000][y], 3 * 6500 * 12, 2 * 5000 * 12, 250000 / 10, [40000, 45000, 50000][y]]
        p.check(all(lines[j][y] == want[j] for j in range(8)), f"cost lines {y}")
        p.check(cost[y] == lines_sum(lines, y) and prof[y] == rev[y] - cost[y], f"cost sum, profit {y}")
        p.check(k[i] * 0.8 + h[i] * 0.4 + l[i] * 0.15 <= 5 * 290, f"workdays within 1.450 {y}")
    p.check(k[3] * 0.8 + h[3] * 0.4 + l[3] * 0.15 == 920 and k[5] * 0.8 + h[5] * 0.4 + l[5] * 0.15 == 1110
            and k[2] * 1.5 + h[2] * 0.6 + l[2] * 0.25 == 1375 <= 1450, "920 / 1.110 workdays; 1.375 by hand in 2026")
    p.check(close(rev6[3] / rev6[2], 1.118, 0.001) and all(1.08 <= x <= 1.15 for s in (k, h, l) for x in growth(s[2:])),
            "+11,8 % revenue; each line +8 – 14 %")
    inv = p.part("# K –", "# L –")
    items = [inv.one(f"{j} |") for j in range(1, 6)]
    p.check(sum(items) == inv.one("Tổng cộng") == 370000 == 270000 + 100000 and sum(items[:3]) == 250000,
            "capital 370 triệu, machines 250 triệu")
    avg = sum(prof) / 3
    p.check(avg == 198000 and close(370000 / (avg + 25000), 1.7, 0.03), "average 198.000, payback 1,7")
    p.has("- Đăng ký hộ kinh doanh: chưa có.", "- Mã số thuế: chưa có.")
    p.check(p.count("hộ kinh doanh") == 1, "registration named once, as missing")
    p.lacks(r"giấy chứng nhận đăng ký (hộ|doanh|hợp)|đăng ký kinh doanh|sẽ đăng ký hộ|thành lập|hợp tác xã|"
            r"mã số (doanh nghiệp|hộ)|thuế (giá trị|thu nhập)|kê khai|nộp thuế|xưởng (đã|sẽ) đăng ký",
            "PLANTED no registration, tax or plan to register")
    found = re.findall(PLACEHOLDER, p.body, re.I)
    p.check(len(found) == 3, f"PLANTED three template placeholders ({found})")
    p.has("[nêu tên các cơ sở, làng nghề cạnh tranh chính và giá bán của họ]", "- Tháng ……/2027: nộp đơn")
    p.lacks(r"^#.*(nguyên liệu|vùng nguyên|liên kết|cung ứng)", "PLANTED no raw-material heading")
    p.lacks(r"nguồn gỗ|nguồn gốc gỗ|gỗ hợp pháp|nhà cung cấp gỗ|hợp đồng mua|mua gỗ|khối gỗ|m3|m³|bán gỗ|xưởng xẻ",
            "PLANTED no wood supply, volume or legality paragraph")
    p.has("Nghị định số 43/2017/NĐ-CP", "Tiêu chuẩn cơ sở", "Nhãn hiệu \"Đức Tài\": sẽ đăng ký", "ghi sổ",
          "hệ thống hút bụi tập trung gom mùn cưa", "148/QĐ-TTg", "1489/QĐ-TTg", "950.000 đồng/chiếc",
          "320.000 đồng/chiếc", "Tổng vốn đầu tư 370 triệu đồng")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("da11_bot_san_day_son_tien_so_sai")
    a.check(300 * 150000 == 45e6, "300 kg × 150.000 = 45 triệu")
    a.has("khoảng 300 kg", "150.000 đồng/kg", "45 triệu đồng", "khoảng 350 kg", "khoảng 500 kg/năm",
          "khách quen", "2 quán giải khát")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 300, f"no table, 150–300 words ({a.words()})")
    a.lacks(r"đăng ký (hộ )?kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|"
            r"môi trường|nước thải|truy xuất|sổ ghi|vốn đầu tư|chi phí|lợi nhuận",
            "every gap is real (tolerated); no capital, cost or profit")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("da12_choi_dot_huong_tra_so_sai")
    b.check(6000 * 35000 == 210e6, "6.000 chổi × 35.000 = 210 triệu")
    b.has("khoảng 6.000 chiếc chổi", "35.000 đồng/chiếc", "khoảng 210 triệu đồng", "khoảng 7.000 chiếc",
          "khoảng 8.000 chiếc", "giấy chứng nhận đăng ký hộ kinh doanh", "cửa hàng tạp hóa")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 300, f"no table, 150–300 words ({b.words()})")
    b.lacks(r"tiêu chuẩn|công bố|nhãn hiệu|sở hữu trí tuệ|môi trường|truy xuất|sổ ghi|kiểm tra|vốn đầu tư|chi phí|"
            r"lợi nhuận|máy", "every gap is real (tolerated); no equipment, capital, cost or profit")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (da01, da02, da03, da04, da05, da06, da07, da08, da09, da10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
