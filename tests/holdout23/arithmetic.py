"""The twenty-third holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout23/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted in running text are looked up verbatim, so the numbers cannot drift from the text.
The textual planted defects (no environmental measure, a second producer name, no product
standard, a replaced instrument, no food-safety item, no label, two worker counts, no trademark,
no sales channel, no registration) are asserted too, as is the absence of template placeholders,
replaced instruments and district-level references in every other plan.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402


class Plan(plancheck.Plan):
    src = HERE / "src"


# Instruments replaced before 2026 and district-level references (abolished 1/7/2025).
OUTDATED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|01/2021/NĐ-CP|123/2018|\bhuyện\b|thị xã"
DOTS = r"\.\.\.|…"


def fmt(x: float) -> str:
    """Vietnamese number as the plans write it: 1.687,5 / 3.080 / 0,86."""
    neg = x < 0
    x = abs(x)
    whole = int(round(x * 100)) // 100
    frac = int(round(x * 100)) % 100
    s = f"{whole:,}".replace(",", ".")
    if frac:
        s += "," + f"{frac:02d}".rstrip("0")
    return ("-" if neg else "") + s


def yrow(p: Plan, year: str, n: int, skip: int = 0) -> list[float]:
    """The last n numbers of the (skip+1)-th table row whose FIRST cell is the year (years as rows)."""
    seen = 0
    for r in p.rows:
        if r and r[0] == year:
            nums = [plancheck.vn(x) for x in r[1:] if re.fullmatch(r"[\d.,]+", x)]
            if len(nums) >= n:
                if seen == skip:
                    return nums[-n:]
                seen += 1
    p.failures.append(f"year row not found: {year}")
    return [0.0] * n


def clean(p: Plan, ready: bool = True) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(DOTS, "three dots (template residue)")
    if ready:
        p.lacks(OUTDATED, "replaced instrument or district-level reference")


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


# --------------------------------------------------------------------------- ready plans

def o01() -> Plan:
    p = Plan("o01_cua_dong_xay_dong_lac_htx")
    bags, bagkg, bulk, kg, crab, staff = (p.row("Cua xay túi 500 g"), p.row("Quy đổi"), p.row("Cua xay hộp 1 kg bán buôn"),
                                          p.row("Tổng cua xay thành phẩm"), p.row("Cua sống nguyên liệu"), p.row("Lao động"))
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Cua xay túi 500 g (80.000"), p.row("Cua xay hộp 1 kg (145.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cua sống nguyên liệu (60.000", "Túi, hộp, nhãn", "Điện, nước, cấp đông", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển lạnh", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (17%)"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(bagkg[y], bags[y] * 0.5) and close(kg[y], bagkg[y] + bulk[y]) and close(crab[y], kg[y] * 1.25),
                f"kg, crab 1,25 kg/kg {y}")
        p.check(crab[y] <= 35 * 400 + 20000 and kg[y] <= 120 * 250, f"crab supply 34.000, capacity 30.000 {y}")
        p.check(close(r1[y], bags[y] * 0.08) and close(r2[y], bulk[y] * 0.145) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], crab[y] * 0.06) and close(lines[1][y], bags[y] * 0.002 + bulk[y] * 0.003)
                and close(lines[2][y], kg[y] * 0.004), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 90)
                and close(lines[5][y], [600, 450, 300][y] * 0.07), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(0.09 < post[y] / rev[y] < 0.125, f"margin 10–12 % {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(kg[0] / 15000, 1.333), "+33 % on 2025 with new cold store")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng chế biến", "Máy xay cua công nghiệp", "Tủ cấp đông nhanh",
                                "Máy hút chân không", "Thiết kế bao bì", "Vốn lưu động")]
    src = [p.one(x) for x in ("Vốn góp của thành viên", "Quỹ đầu tư phát triển", "Vay Ngân hàng Nông nghiệp")]
    p.check(sum(items) == p.one("Tổng cộng") == 1200 == sum(src) and sum(items[:5]) == 900 and 900 / 10 == 90,
            "capital 1.200, depreciable 900 / 10 years")
    avg = sum(post) / 3
    p.check(close(avg, 387.3) and close(1200 / (387.3 + 90), 2.5), "average 387,3, payback 2,5")
    fixed = lines[3][0] + lines[4][0] + lines[5][0] + lines[7][0]
    var = cost[0] - fixed
    be = fixed / (1 - var / rev[0])
    p.check(fixed == 912 and var == 1798 and close(be, 2191) and close(be / rev[0], 0.71), "break-even 2.191, 71 %")
    p.check(close((crab[0] - kg[0]) / 1000, 5) and close(crab[0] * 0.06 / 1000, 1.5) and close(crab[2] * 0.06 / 1000, 1.9, 0.02),
            "5 tấn shells, 1,5–1,9 tỷ to crab catchers")
    p.has("80.000 đồng/túi", "145.000 đồng/kg", "400 kg/ha/năm, tổng khoảng 14.000 kg/năm", "tối thiểu 20.000 kg/năm",
          "Tổng nguồn cung khoảng 34.000 kg/năm", "120 kg thành phẩm/ngày", "30.000 kg thành phẩm/năm",
          "(307,1 + 390,1 + 464,8) : 3 ≈ 387,3", "1.200 : (387,3 + 90) ≈ 2,5 năm",
          "42 triệu đồng năm 2026, 31,5 triệu đồng năm 2027 và 21 triệu đồng năm 2028", "912 : (1 − 1.798 : 3.080) ≈ 2.191",
          "khoảng 71%", "(khoảng 5 tấn/năm)", "1,5–1,9 tỷ đồng/năm", "Doanh thu năm 2026 đạt 3.080 triệu đồng",
          "năm 2028 đạt 3.850 triệu đồng", "tăng 33% so với năm 2025")
    p.has("Giấy chứng nhận đăng ký hợp tác xã", "cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/ĐL", "tự công bố",
          "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Cua đồng Đồng Lạc\"", "đăng ký môi trường", "mã lô")
    clean(p)
    return p


def o02() -> Plan:
    p = Plan("o02_cao_kho_qua_rung_huong_lien_htx")
    a, b, kg, dry, staff = (p.row("Lọ 100 g"), p.row("Lọ 200 g"), p.row("Tổng cao thành phẩm"), p.row("Dược liệu khô cần dùng"),
                            p.row("Lao động"))
    rev, cost = p.row("Doanh thu |"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Dược liệu khô (75.000", "Lọ, nắp, hộp, nhãn", "Điện, hơi nóng, nước", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, chiết khấu", "Kiểm nghiệm, quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # nghìn đồng
        p.check(close(kg[y], a[y] * 0.1 + b[y] * 0.2) and close(dry[y], kg[y] * 9), f"kg, 9 kg dry herb per kg {y}")
        p.check(dry[y] <= 30800 and kg[y] <= 12 * 270, f"herb supply, extraction capacity {y}")
        p.check(close(rev[y], a[y] * 180 + b[y] * 340), f"revenue {y}")
        p.check(close(lines[0][y], dry[y] * 75) and close(lines[1][y], a[y] * 8 + b[y] * 12)
                and close(lines[2][y], kg[y] * 30), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6500 * 12) and close(lines[4][y], 110000)
                and close(lines[5][y], [800000, 600000, 400000][y] * 0.065), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3e6 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(0.18 <= post[y] / rev[y] <= 0.23, f"margin 18–23 % {y}")
        if y:
            p.check(1.16 < rev[y] / rev[y - 1] < 1.2, f"growth 17–20 % {y}")
    p.check(close(216000 / 7, 30857) and close(216000 / 7, 30800) and (8 + 4) * 18000 == 216000, "216 t fresh ≈ 30.800 kg dry")
    p.check(close(30800 - dry[2], 5600) and close(dry[2] * 7 / 270, 650, 0.01), "5.600 kg spare; ≈ 650 kg fresh a day")
    p.check(600 + 560 + 130 + 110 + 80 + 520 == 2000 == 700 + 500 + 800 and 600 / 20 + 800 / 10 == 110,
            "capital 2.000, depreciation 30 + 80")
    avg = sum(post) / 3
    p.check(close(avg, 873160) and close(2000 / (873.2 + 110), 2.03), "average 873,2, payback 2,03")
    p.check(close(kg[0] / 1650, 1.21, 0.01), "+21 % on 2025")
    p.check(close(lines[0][0] / 1e6, 1.35) and close(lines[0][2] / 1e6, 1.89), "1,35–1,89 tỷ to growers")
    p.has("180.000 đồng/lọ", "340.000 đồng/lọ", "12.000 lọ × 180.000 đồng = 2.160 triệu đồng",
          "4.000 lọ × 340.000 đồng = 1.360 triệu đồng; cộng 3.520 triệu đồng", "2.520 + 1.700 = 4.220", "2.880 + 2.040 = 4.920",
          "3,52 tỷ đồng năm 2026, 4,22 tỷ đồng năm 2027 và 4,92 tỷ đồng năm 2028", "18 tấn/ha/năm",
          "khoảng 216 tấn/năm, tương đương khoảng 30.800 kg", "12 kg cao/ngày", "3.240 kg cao/năm", "khoảng 650 kg tươi/ngày",
          "2.000 : (873,2 + 110) ≈ 2,03 năm", "1,35–1,89 tỷ đồng")
    p.has("Giấy chứng nhận đăng ký hợp tác xã", "cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/HL", "tự công bố",
          "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu \"Khổ qua rừng Hương Liên\"", "đăng ký môi trường", "lưu mẫu")
    clean(p)
    return p


def o03() -> Plan:
    p = Plan("o03_chieu_truc_ky_thuong_tht")
    m16, m18, mat, bamboo, days, staff = (p.row("Chiếu trúc 1,6 m"), p.row("Chiếu trúc 1,8 m"), p.row("Tấm lót ghế trúc"),
                                          p.row("Tre nguyên liệu"), p.row("Số công lao động cần"), p.row("Lao động"))
    rev, costs, prof = [], [], []
    for y in Y:  # triệu đồng, all from running text
        r = [m16[y] * 0.85, m18[y] * 0.95, mat[y] * 0.12]
        c = [bamboo[y] * 0.025, (m16[y] + m18[y]) * 0.04 + mat[y] * 0.005, days[y] * 0.2,
             (m16[y] + m18[y]) * 0.025 + mat[y] * 0.002, [40, 45, 50][y], 50, [150, 100, 50][y] * 0.066,
             [120, 140, 160][y], [60, 65, 70][y]]
        rev.append(sum(r))
        costs.append(c)
        prof.append(sum(r) - sum(c))
        p.check(close(bamboo[y], m16[y] * 6 + m18[y] * 7 + mat[y]), f"bamboo 6 / 7 / 1 cây {y}")
        p.check(close(days[y], m16[y] * 2 + m18[y] * 2.5 + mat[y] * 0.3), f"workdays 2 / 2,5 / 0,3 {y}")
        p.check(days[y] <= staff[y] * 260 and bamboo[y] <= 25 * 800 + 10000, f"workdays within staff × 260, bamboo supply {y}")
        p.check(3.7 < days[y] * 0.2 / staff[y] / 12 < 4.0, f"3,8–3,9 triệu a month {y}")
        p.check(0.11 < prof[y] / rev[y] < 0.13, f"margin 11–13 % {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check([round(x) for x in rev] == [2020, 2345, 2670], "revenue 2.020 / 2.345 / 2.670")
    p.check([round(sum(c), 1) for c in costs] == [1793.9, 2063.6, 2333.3], "cost 1.793,9 / 2.063,6 / 2.333,3")
    p.check([round(x, 1) for x in prof] == [226.1, 281.4, 336.7] and close(sum(prof) / 3, 281.4), "profit, average 281,4")
    p.check(close(500 / (281.4 + 50), 1.5), "payback 1,5")
    for y in Y:
        c = costs[y]
        p.has(f"tre {fmt(c[0])} triệu đồng" if y else f"14.800 cây × 25.000 đồng = {fmt(c[0])} triệu đồng",
              f"{fmt(c[2])} triệu đồng", f"{fmt(c[1])} triệu đồng", f"{fmt(c[3])} triệu đồng",
              f"lãi vay {fmt(c[6])} triệu đồng", f"{fmt(sum(c))} triệu đồng")
    items = [p.one(x) for x in ("Nhà xưởng mái che", "Máy chẻ nan, máy vót", "Lò luộc", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng") == 500 == 350 + 150 and sum(items[:3]) == 400 and 400 / 8 == 50, "capital 500")
    p.check(25 * 800 == 20000 and 25 * 800 + 10000 == 30000 and staff[2] * 260 == 7280, "30.000 cây supply; 7.280 days")
    p.check(close(850 / 6, 141.7) and close(950 / 7, 135.7) and 135 <= 950 / 7 and 850 / 6 <= 142, "135.000–142.000 per cây")
    p.check(close(bamboo[0] * 0.025, 370) and close(bamboo[2] * 0.025, 490), "370–490 triệu of bamboo")
    p.has("850.000 đồng/chiếc", "950.000 đồng/chiếc", "120.000 đồng/tấm",
          "1.200 chiếc chiếu 1,6 m × 850.000 đồng = 1.020 triệu đồng", "800 chiếc chiếu 1,8 m × 950.000 đồng = 760 triệu đồng",
          "2.000 tấm lót ghế × 120.000 đồng = 240 triệu đồng; tổng cộng 2.020 triệu đồng", "1.190 + 855 + 300 = 2.345",
          "1.360 + 950 + 360 = 2.670", "tiền công khoán 5.000 công × 200.000 đồng = 1.000 triệu đồng",
          "Tổng chi phí năm 2027 là 1.793,9 triệu đồng", "tổng 2.063,6 triệu đồng", "tổng 2.333,3 triệu đồng",
          "226,1 triệu đồng năm 2027, 281,4 triệu đồng năm 2028 và 336,7 triệu đồng năm 2029",
          "500 : (281,4 + 50) ≈ 1,5 năm", "5.720, 6.500 và 7.280 công", "5.000 công năm 2027, 5.800 công năm 2028 và 6.600 công năm 2029",
          "14.800 cây năm 2027, 17.200 cây năm 2028 và 19.600 cây năm 2029", "800 cây/ha/năm, tức 20.000 cây/năm",
          "10.000 cây/năm", "khoảng 30.000 cây/năm", "370–490 triệu đồng/năm", "khoảng 135.000–142.000 đồng")
    p.has("Giấy chứng nhận đăng ký tổ hợp tác", "TCCS 01:2027/CTKT", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Chiếu trúc Kỳ Thượng\"",
          "túi lọc", "bảng kê lâm sản")
    p.check(not any(r for r in p.rows if "Doanh thu" in " ".join(r) or "Lợi nhuận" in " ".join(r)),
            "no financial table: revenue, cost and profit in running text only")
    clean(p)
    return p


def o04() -> Plan:
    p = Plan("o04_tham_quan_vuon_buoi_phuc_trach_hkd")
    yrs = [yrow(p, str(2026 + y), 5) for y in Y]  # years as rows: visitors, tickets, drinks, pomelos, revenue
    summ = [yrow(p, str(2026 + y), 3, skip=1) for y in Y]  # years as rows: revenue, cost, profit
    lines = [p.row(x) for x in ("Giá vốn bưởi quà", "Nguyên liệu suất giải khát", "Tiền lương, tiền công", "Điện, nước, vệ sinh",
                                 "Khấu hao", "Quảng bá, hoa hồng", "Chăm sóc vườn", "Bảo hiểm khách", "Lãi vay")]
    cost = p.row("Tổng chi phí")
    regular, seasonal = [2, 3, 3], [60, 40, 80]
    for y in Y:  # triệu đồng
        v, t, d, f, r = yrs[y]
        drinks, fruit = v / 2, v * 0.75
        p.check(close(t, v * 0.04) and close(d, drinks * 0.05) and close(f, fruit * 0.045) and close(r, t + d + f), f"revenue {y}")
        p.check(close(lines[0][y], fruit * 0.015) and close(lines[1][y], drinks * 0.02)
                and close(lines[2][y], regular[y] * 5 * 12 + seasonal[y]) and close(lines[4][y], 40)
                and close(lines[5][y], (t + d) * 0.1) and close(lines[8][y], [200, 150, 100][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(summ[y][0], r) and close(summ[y][1], cost[y]) and close(summ[y][2], r - cost[y]), f"summary row {y}")
        p.check(v <= 120 * 180 and fruit <= 240 * 60, f"visitor capacity 21.600, garden 14.400 quả {y}")
        if y:
            p.check(yrs[y][0] / yrs[y - 1][0] <= 1.2 and yrs[y][4] / yrs[y - 1][4] <= 1.2, f"growth {y}")
    p.check(close(yrs[1][0] / yrs[0][0], 1.2) and close(yrs[2][0] / yrs[1][0], 1.17, 0.01), "+20 %, ≈ +17 %")
    p.check(close(yrs[0][0] / 4800, 1.25), "+25 % on 2025")
    profit = [s[2] for s in summ]
    p.check(close(sum(profit) / 3, 162.4) and close(450 / (162.4 + 40), 2.22), "average 162,4, payback 2,22")
    p.check(180 + 80 + 80 + 60 + 30 + 20 == 450 == 250 + 200 and 400 / 10 == 40, "capital 450, depreciation 40")
    p.check(120 * 180 == 21600 and 21600 / yrs[2][0] > 2.5 and 240 * 60 == 14400, "21.600 lượt, 14.400 quả")
    p.has("40.000 đồng/người", "50.000 đồng/suất", "45.000 đồng/quả", "(3.000, 3.600 và 4.200 suất)",
          "(4.500, 5.400 và 6.300 quả)", "(119 + 162,7 + 205,4) : 3 ≈ 162,4", "450 : (162,4 + 40) ≈ 2,22 năm",
          "60, 40 và 80 triệu đồng", "21.600 lượt/năm", "khoảng 14.400 quả/năm", "592,5 triệu đồng năm 2026, 829,5 triệu đồng năm 2028")
    p.has("Giấy chứng nhận đăng ký hộ kinh doanh", "cơ sở kinh doanh dịch vụ ăn uống", "Nghị định 43/2017/NĐ-CP",
          "nhãn hiệu \"Vườn bưởi Hòe Thắm\"", "chỉ dẫn địa lý", "bể tự hoại 3 ngăn", "VietGAP", "bảo hiểm du lịch")
    clean(p)
    return p


# --------------------------------------------------------------------------- revise plans

def o05() -> Plan:
    p = Plan("o05_gio_thu_ba_lai_hkd")
    a, b, c, kg, meat = (p.row("Giò thủ cây 500 g"), p.row("Giò thủ cây 1 kg"), p.row("Giò thủ thái lát hộp 250 g"),
                         p.row("Tổng khối lượng giò thủ"), p.row("Nguyên liệu tai, mũi"))
    rev, ra, rb, rc = (p.row("Doanh thu |"), p.row("Giò thủ cây 500 g (105.000"), p.row("Giò thủ cây 1 kg (200.000"),
                       p.row("Giò thủ thái lát hộp 250 g (60.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Nguyên liệu thịt (90.000", "Gia vị, mộc nhĩ", "Bao bì, nhãn, hộp", "Nhân công",
                                 "Điện, gas, nước", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Thuế, chi khác")]
    prof = p.row("Lợi nhuận |")
    staff = [5, 6, 6]
    true_rev = [a[y] * 105000 + b[y] * 200000 + c[y] * 60000 for y in Y]
    for y in Y:  # đồng
        p.check(close(kg[y], a[y] * 0.5 + b[y] + c[y] * 0.25) and close(meat[y], kg[y] * 1.3), f"kg, 1,3 kg meat per kg {y}")
        p.check(meat[y] <= 45 * 360 and kg[y] <= 45 * 300, f"meat contract 16.200, press capacity 13.500 {y}")
        p.check(close(ra[y], a[y] * 105000) and close(rb[y], b[y] * 200000), f"500 g and 1 kg lines {y}")
        p.check(close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue total = its lines {y}")
        p.check(close(lines[0][y], meat[y] * 90000) and close(lines[1][y], kg[y] * 8000)
                and close(lines[2][y], a[y] * 2000 + b[y] * 2500 + c[y] * 4000), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 5.5e6 * 12) and close(lines[4][y], kg[y] * 5000) and close(lines[5][y], 35e6)
                and close(lines[6][y], [200e6, 150e6, 100e6][y] * 0.075) and close(lines[7][y], [40e6, 45e6, 50e6][y])
                and close(lines[8][y], [30e6, 32e6, 34e6][y]), f"wages, energy, depreciation, interest, selling, other {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost sum, stated profit {y}")
        if y != 1:
            p.check(close(rc[y], c[y] * 60000) and close(rev[y], true_rev[y]), f"sliced line right {y}")
    # PLANTED revenue-mismatch: 2.400 hộp × 60.000 = 144.000.000, written 168.000.000
    p.check(c[1] * 60000 == 144e6 and rc[1] == 168e6 and off(rc[1], c[1] * 60000), "PLANTED 2027 sliced line +16,7 %")
    p.check(rev[1] == 1918e6 and true_rev[1] == 1894e6, "2027 total follows the wrong line")
    # tolerated knock-on: 2027 profit vs true revenue − cost
    p.check(off(prof[1], true_rev[1] - cost[1]) and true_rev[1] - cost[1] == 153.4e6, "knock-on: 2027 profit 177,4 vs 153,4")
    stated_avg, true_avg = sum(prof) / 3, (sum(prof) - prof[1] + true_rev[1] - cost[1]) / 3
    p.check(close(stated_avg, 183.4e6) and close(400e6 / (stated_avg + 35e6), 1.83), "stated average 183,4, payback 1,83")
    p.check(not off(400e6 / (true_avg + 35e6), 400e6 / (stated_avg + 35e6)), "payback with the true profit within 5 % (not tolerated)")
    p.check(280e6 / 8 == 35e6 and 100 + 150 + 30 + 40 + 80 == 400 == 200 + 200 and 100 + 150 + 30 == 280, "capital 400, fixed 280")
    p.check(close(kg[0] / 6500, 1.23, 0.01), "+23 % on 2025")
    p.check(close(lines[0][0] / 1e9, 0.94, 0.01) and close(lines[0][2] / 1e9, 1.19, 0.01), "0,94–1,19 tỷ of meat")
    p.has("105.000 đồng/cây", "200.000 đồng/cây", "60.000 đồng/hộp", "45 kg/ngày, tương đương khoảng 16.200 kg/năm",
          "công suất tối đa 13.500 kg/năm", "(141.500.000 + 177.400.000 + 231.300.000) : 3 = 183.400.000",
          "400.000.000 : (183.400.000 + 35.000.000) ≈ 1,83 năm", "0,94–1,19 tỷ đồng", "cạo, thui, rửa")
    # PLANTED name-inconsistent
    p.check(p.count("Hộ kinh doanh Phạm Thị Hạnh") == 2 and p.count("Nguyễn Thị Lài") == 3 and p.count("Phạm Thị Hạnh") == 2,
            "PLANTED a second producer name, twice")
    # PLANTED no-environment-measures
    p.lacks(r"môi trường|nước thải|chất thải|\brác|xử lý|bể lắng|bể tự hoại|biogas|thu gom|khử mùi|xả thải|mùi hôi",
            "PLANTED no environmental measure anywhere")
    p.has("Giấy chứng nhận đăng ký hộ kinh doanh", "cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/BL",
          "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Giò thủ Bà Lài\"", "mã lô")
    clean(p)
    return p


def o06() -> Plan:
    p = Plan("o06_ruou_mia_bau_sen_tht")
    ch = [p.row(x) for x in ("Bán tại cơ sở", "Đại lý, cửa hàng đặc sản", "Nhà hàng, quán ăn", "Điểm bán sản phẩm OCOP",
                              "Bán trực tuyến")]
    ch_total = p.row("Tổng cộng")
    bot, can, lit, cane = p.row("Rượu chai 500 ml"), p.row("Rượu can 2 lít"), p.row("Tổng sản lượng rượu"), p.row("Mía nguyên liệu")
    rev, r1, r2, cost = p.row("Doanh thu |"), p.row("Rượu chai 500 ml (120.000"), p.row("Rượu can 2 lít (380.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mía nguyên liệu (1.200", "Men, chai, can", "Củi, điện, nước", "Tiền công lao động", "Khấu hao",
                                 "Lãi vay", "Thuế TTĐB", "Bán hàng, vận chuyển", "Quản lý, xử lý chất thải")]
    prof = p.row("Lợi nhuận |")
    staff = [7, 8, 8]
    for y in Y:  # triệu đồng
        p.check(close(lit[y], bot[y] * 0.5 + can[y] * 2) and close(cane[y], lit[y] * 6), f"litres, 6 kg cane per litre {y}")
        p.check(cane[y] <= 1.5 * 55000 and lit[y] <= 50 * 250, f"cane 82.500 kg, still 12.500 l {y}")
        p.check(close(ch_total[y], lit[y]), f"channel total = output {y}")
        p.check(close(r1[y], bot[y] * 0.12) and close(r2[y], can[y] * 0.38) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], cane[y] * 0.0012) and close(lines[1][y], bot[y] * 0.008 + can[y] * 0.015)
                and close(lines[2][y], lit[y] * 0.01) and close(lines[3][y], staff[y] * 5 * 12) and close(lines[4][y], 45)
                and close(lines[5][y], [300, 200, 100][y] * 0.07) and close(lines[6][y], rev[y] * 0.35), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
        if y != 1:
            p.check(close(ch_total[y], lines_sum(ch, y)), f"channel table adds up {y}")
    # PLANTED table-total-mismatch in the scanned channel table, 2027
    p.check(lines_sum(ch, 1) == 8700 and ch_total[1] == 9500 and off(ch_total[1], lines_sum(ch, 1)),
            "PLANTED 2027 channel total 9.500 vs items 8.700")
    p.check(close(sum(prof) / 3, 441.6) and close(600 / (441.6 + 45), 1.23), "average 441,6, payback 1,23")
    p.check(180 + 150 + 40 + 40 + 40 + 50 + 100 == 600 == 300 + 300 and 180 + 150 + 40 + 40 + 40 == 450, "capital 600, fixed 450")
    p.check(close(lit[0] / 6300, 1.27, 0.01), "+27 % on 2025")
    p.has("120.000 đồng/chai", "380.000 đồng/can", "1,5 ha mía tím, năng suất khoảng 55 tấn/ha, tức 82.500 kg/năm",
          "khoảng 50 lít rượu thành phẩm", "công suất 12.500 lít/năm", "(314,4 + 421,6 + 588,8) : 3 = 441,6",
          "600 : (441,6 + 45) ≈ 1,23 năm", "8.000 lít năm 2026; 9.500 lít năm 2027; 11.000 lít năm 2028")
    p.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "Giấy chứng nhận đăng ký tổ hợp tác",
          "cơ sở đủ điều kiện an toàn thực phẩm", "độ cồn", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Rượu mía Bàu Sen\"",
          "đăng ký môi trường", "Sổ mẻ" if "Sổ mẻ" in p.body else "sổ mẻ")
    # PLANTED outdated-policy: QĐ 1048/2019 (replaced by QĐ 148/2023) as basis and star target; no current decision
    p.check(p.count("1048/QĐ-TTg") == 2, "PLANTED QĐ 1048 cited twice")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "no current criteria decision cited")
    p.lacks(r"781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|\bhuyện\b|thị xã", "only the one replaced instrument")
    # PLANTED no-product-standard
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|quy chuẩn|hợp quy|hợp chuẩn|kiểm nghiệm|phiếu kết quả",
            "PLANTED no product standard, declaration or lab test anywhere")
    clean(p, ready=False)
    return p


def o07() -> Plan:
    p = Plan("o07_bot_diep_ca_lam_hong_cty")
    jar, bag, kg, leaf, staff = (p.row("Hũ 100 g"), p.row("Túi 500 g"), p.row("Tổng bột thành phẩm"), p.row("Lá diếp cá tươi"),
                                 p.row("Lao động"))
    r1, r2, rev = p.row("Hũ 100 g (135.000"), p.row("Túi 500 g (520.000"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Lá diếp cá tươi (8.000", "Hũ, túi, nhãn, hộp", "Điện sấy, nghiền", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng, quảng cáo", "Quản lý, kiểm nghiệm")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    for y in Y:  # triệu đồng
        p.check(close(kg[y], jar[y] * 0.1 + bag[y] * 0.5) and close(leaf[y], kg[y] * 12), f"kg, 12 kg leaves per kg {y}")
        p.check(leaf[y] <= 13 * 15000 and leaf[y] <= 2 * 250 * 270 and kg[y] <= 11250,
                f"leaf supply 195 t, dryer capacity 135 t = 11.250 kg {y}")
        p.check(close(r1[y], jar[y] * 0.135) and close(r2[y], bag[y] * 0.52) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 0.008) and close(lines[1][y], jar[y] * 0.01 + bag[y] * 0.015)
                and close(lines[2][y], kg[y] * 0.04) and close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], 120)
                and close(lines[5][y], [600, 450, 300][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        if y:
            p.check(close(prof[y], rev[y] - cost[y]), f"profit right {y}")
    # PLANTED profit-mismatch 2026
    p.check(rev[0] - cost[0] == 281 and prof[0] == 341 and off(prof[0], rev[0] - cost[0]), "PLANTED 2026 profit 341 vs 281")
    # no knock-on on the payback
    stated = 1500 / (sum(prof) / 3 + 120)
    true = 1500 / ((sum(prof) - prof[0] + 281) / 3 + 120)
    p.check(close(sum(prof) / 3, 1633.2) and close(stated, 0.856, 0.005) and close(true, stated, 0.015),
            "payback 0,86 from the stated profits, 0,87 from the true ones")
    # PLANTED unrealistic-growth: ×2,6 then ×2,3 a year against a market of ~5 new outlets a year
    p.check(rev[1] / rev[0] > 2.5 and rev[2] / rev[1] > 2.2 and kg[2] / kg[0] == 6, "PLANTED output ×6, revenue ×6 in two years")
    p.check(close(kg[0] / 1200, 1.25), "2026 itself only +25 % on 2025")
    p.has("Mỗi năm mở thêm khoảng 5 điểm bán", "12 nhà thuốc, cửa hàng thực phẩm sạch", "1 gian hàng trên sàn Shopee")
    items = [p.one(x) for x in ("Nhà xưởng sơ chế", "2 máy sấy bơm nhiệt", "Máy rửa ozone", "Máy chiết hũ",
                                "Tiêu chuẩn cơ sở, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == p.one("Nguồn vốn") == 1500 == p.one("Vốn chủ sở hữu") + p.one("Vay ngân hàng")
            and sum(items[:4]) == 1080 and 1080 / 9 == 120, "capital 1.500, fixed 1.080 / 9")
    p.check(2 * 250 * 270 == 135000 and 135000 / 12 == 11250 and 13 * 15000 == 195000, "135 t → 11.250 kg; 195 t")
    p.has("135.000 đồng/hũ", "520.000 đồng/túi", "(341 + 1.276,6 + 3.282) : 3 = 1.633,2", "1.500 : (1.633,2 + 120) ≈ 0,86 năm",
          "2 × 250 × 270 = 135.000 kg lá tươi/năm, tương đương 11.250 kg bột/năm", "tổng khoảng 195 tấn/năm",
          "khoảng 864 triệu đồng", "lãi vay 48, 36 và 24 triệu đồng")
    # PLANTED no-food-safety
    p.lacks(r"an toàn thực phẩm|an toàn vệ sinh|ATTP|đủ điều kiện|HACCP|ISO 22000|GMP|15/2018|vệ sinh thực phẩm",
            "PLANTED no food-safety certificate, commitment or law anywhere")
    p.has("Giấy chứng nhận đăng ký doanh nghiệp", "TCCS 01:2026/LH", "tự công bố", "Nghị định 43/2017/NĐ-CP",
          "nhãn hiệu \"Lam Hồng\"", "đăng ký môi trường", "lưu mẫu")
    clean(p)
    return p


def o08() -> Plan:
    p = Plan("o08_sua_ngo_co_dam_htx")
    small, big, lit, corn = (p.row("Sữa ngô chai 300 ml"), p.row("Sữa ngô chai 1 lít"), p.row("Tổng sản lượng quy đổi"),
                             p.row("Ngô bắp nguyên liệu"))
    r1, r2, rev = p.row("Doanh thu chai 300 ml"), p.row("Doanh thu chai 1 lít"), p.row("Cộng doanh thu")
    lines = [p.row(x) for x in ("Ngô bắp (7.000", "Sữa tươi, đường", "Chai, nắp, thùng carton", "Điện, gas, nước",
                                 "Tiền lương (11", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    cost, prof = p.row("Cộng chi phí"), p.row("Lợi nhuận trước thuế")
    cap = 200 * 260
    for y in Y:  # triệu đồng
        p.check(close(lit[y], small[y] * 0.3 + big[y]) and close(corn[y], lit[y] / 2), f"litres, 2 l per kg corn {y}")
        p.check(corn[y] <= 6 * 2 * 8000, f"corn supply 96 t {y}")
        p.check(close(r1[y], small[y] * 0.015) and close(r2[y], big[y] * 0.04) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], corn[y] * 0.007) and close(lines[1][y], lit[y] * 0.003)
                and close(lines[2][y], small[y] * 0.0035 + big[y] * 0.006) and close(lines[3][y], lit[y] * 0.0015)
                and close(lines[4][y], 11 * 5.5 * 12) and close(lines[5][y], 100)
                and close(lines[6][y], [500, 375, 250][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25 and lit[y] / lit[y - 1] < 1.25, f"growth under 25 % {y}")
        if y < 2:
            p.check(lit[y] <= cap, f"within 52.000 l capacity {y}")
    # PLANTED capacity-exceeded 2029
    p.check(cap == 52000 and lit[2] == 63500 and off(lit[2], cap), "PLANTED 2029 output 63.500 l vs 52.000 l capacity (+22 %)")
    p.has("Công suất dây chuyền 200 lít/ca; hợp tác xã làm 1 ca/ngày, 260 ngày/năm, công suất tối đa 52.000 lít/năm")
    p.lacks(r"2 ca|hai ca|ca 2|ca thứ hai|ca đêm|tăng ca", "no second shift anywhere")
    # PLANTED figure-inconsistent: 18 workers vs 11
    p.check(p.count("18 lao động") == 1 and "Tổng số lao động của xưởng: 11 người" in p.body and off(18, 11)
            and close(lines[4][0], 726), "PLANTED 18 vs 11 workers; wages on 11")
    p.check(close(sum(prof) / 3, 491.75) and close(1000 / (491.75 + 100), 1.7), "average 491,75, payback 1,7")
    p.check(200 + 550 + 50 + 50 + 150 == 1000 == 500 + 500 and 200 + 550 + 50 == 800 and 800 / 8 == 100, "capital 1.000, fixed 800")
    p.check(6 * 2 * 8000 == 96000 and close(corn[0] / 1000, 23) and close(corn[2] / 1000, 32, 0.01), "96 t; 23–32 tấn")
    p.has("15.000 đồng/chai", "40.000 đồng/chai", "(281 + 432,25 + 762) : 3 = 491,75", "1.000 : (491,75 + 100) ≈ 1,7 năm",
          "tổng khoảng 96 tấn/năm", "23–32 tấn ngô bắp/năm")
    # PLANTED no-label-plan
    p.lacks(r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021|ghi nhãn", "PLANTED no label anywhere ('nhãn' only in 'nhãn hiệu')")
    p.has("Giấy chứng nhận đăng ký hợp tác xã", "cơ sở đủ điều kiện an toàn thực phẩm", "tiêu chuẩn cơ sở", "tự công bố",
          "nhãn hiệu \"Sữa ngô Cổ Đạm\"", "đăng ký môi trường", "lưu 6 chai mẫu")
    clean(p)
    return p


def o09() -> Plan:
    p = Plan("o09_mat_ong_hoa_buoi_huong_trach_htx")
    a, b, c, kg = p.row("Lọ 250 g"), p.row("Chai 500 g"), p.row("Mật can 1 kg"), p.row("Tổng mật bán ra")
    lines = [p.row(x) for x in ("Mua mật của thành viên", "Lọ, chai, can", "Điện, vận chuyển mật", "Tiền lương (4 người)",
                                 "Khấu hao", "Bán hàng, quảng bá", "Kiểm nghiệm, quản lý")]
    cost = p.row("Tổng chi phí")
    summ = [yrow(p, str(2026 + y), 3) for y in Y]  # years as rows: revenue, cost, profit
    colonies = [380, 420, 420]
    supply = [n * 10 for n in colonies]
    rev = [a[y] * 0.095 + b[y] * 0.175 + c[y] * 0.32 for y in Y]
    for y in Y:  # triệu đồng
        p.check(close(kg[y], a[y] * 0.25 + b[y] * 0.5 + c[y]), f"kg sold {y}")
        p.check(close(lines[0][y], kg[y] * 0.16) and close(lines[1][y], a[y] * 0.006 + b[y] * 0.009 + c[y] * 0.005)
                and close(lines[3][y], 4 * 6 * 12) and close(lines[4][y], 50), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(summ[y][0], rev[y]) and close(summ[y][1], cost[y]) and close(summ[y][2], rev[y] - cost[y]), f"summary {y}")
        if y < 2:
            p.check(kg[y] <= supply[y], f"honey within colonies × 10 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.21, f"growth {y}")
    # PLANTED material-shortfall 2028: 5.000 kg from 420 colonies × 10 kg
    p.check(supply[2] == 4200 and kg[2] == 5000 and off(kg[2], supply[2]), "PLANTED 2028 honey 5.000 kg vs 4.200 kg supply")
    p.has("từ năm 2027 trở đi các hộ giữ ổn định 420 đàn", "khoảng 10 kg mật hoa bưởi thành phẩm (đã hạ thủy phần) mỗi vụ",
          "không thu mua mật của hộ ngoài", "sản lượng khoảng 4.200 kg/năm", "5.000 kg năm 2028")
    # PLANTED payback-mismatch
    profit = [s[2] for s in summ]
    avg = sum(profit) / 3
    p.check(close(avg, 261.8) and "khoảng 261,8 triệu đồng/năm" in p.body, "average profit 261,8 right")
    true_pb, best_pb = 600 / (avg + 50), 600 / (max(profit) + 50)
    p.check(close(true_pb, 1.92) and off(1.1, true_pb) and off(1.1, best_pb) and off(1.1, 600 / avg),
            "PLANTED payback 1,1 vs 1,92 (1,40 even in the best year)")
    p.has("thời gian hoàn vốn của phương án khoảng 1,1 năm")
    p.check(150 + 150 + 100 + 50 + 150 == 600 == 400 + 200 and 150 + 150 + 100 == 400 and 400 / 8 == 50, "capital 600")
    p.check(close(rev[0], 1225) and close(rev[1], 1470) and close(rev[2], 1750), "revenue 1.225 / 1.470 / 1.750")
    p.check(close(0.095 / 0.25, 0.38) and close(0.175 / 0.5, 0.35), "350.000–380.000 đ/kg retail")
    p.has("95.000 đồng/lọ", "175.000 đồng/chai", "320.000 đồng/kg", "4.000 × 95.000 = 380 triệu đồng",
          "3.000 × 175.000 = 525 triệu đồng", "1.000 kg × 320.000 = 320 triệu đồng; tổng 1.225 triệu đồng",
          "456 + 630 + 384 = 1.470", "570 + 700 + 480 = 1.750", "= 3.500 kg", "560–800 triệu đồng/năm", "1 mẻ/ngày, 100 ngày/năm",
          "20.000 kg/năm")
    # PLANTED no-trademark
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|logo|chỉ dẫn địa lý|biểu tượng|văn bằng",
            "PLANTED no trademark or IP anywhere")
    p.has("Giấy chứng nhận đăng ký hợp tác xã", "cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/OHT", "tự công bố",
          "Nghị định 43/2017/NĐ-CP", "lưu mẫu")
    clean(p)
    return p


def o10() -> Plan:
    p = Plan("o10_ca_nuc_hap_hai_thinh_ctcp")
    tray, box, kg, fish, staff = (p.row("Cá nục hấp khay 500 g"), p.row("Cá nục hấp thùng 5 kg"), p.row("Tổng cá hấp thành phẩm"),
                                  p.row("Cá nục tươi nguyên liệu"), p.row("Lao động"))
    rev, r1, r2, cost = p.row("Doanh thu |"), p.row("Khay 500 g (60.000"), p.row("Thùng 5 kg (90.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá nục tươi (40.000", "Muối, khay tre", "Điện, gas, nước đá", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Chi phí tiêu thụ", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (17%)"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(kg[y], tray[y] * 0.5 + box[y] * 5) and close(fish[y], kg[y] * 1.2), f"kg, 1,2 kg fish per kg {y}")
        p.check(fish[y] <= 80000 and kg[y] <= 300 * 200, f"80 t contracted, 60.000 kg capacity {y}")
        p.check(close(r1[y], tray[y] * 0.06) and close(r2[y], box[y] * 5 * 0.09) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.04) and close(lines[1][y], tray[y] * 0.003 + box[y] * 5 * 0.002)
                and close(lines[2][y], kg[y] * 0.003) and close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], 130)
                and close(lines[5][y], [1000, 800, 600][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(sum(post) / 3, 439.9) and close(2500 / (439.9 + 130), 4.4), "average 439,9, payback 4,4")
    p.check(close(kg[0] / 28000, 1.25), "+25 % on 2026")
    items = [p.one(x) for x in ("Nhà xưởng chế biến 200", "Tủ hấp công nghiệp", "Kho lạnh 30", "Máy hút chân không",
                                "Bao bì, nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 2500 and 900 / 20 + 850 / 10 == 130 and sum(items[1:4]) == 850,
            "items add up to 2.500; depreciation 45 + 85")
    # PLANTED capital-mismatch
    sources = [1100, 1000, 200]
    p.has("vốn góp của các cổ đông 1.100 triệu đồng", "vay Ngân hàng Nông nghiệp và Phát triển nông thôn 1.000 triệu đồng",
          "vốn huy động khác 200 triệu đồng", "Tổng vốn đầu tư 2.500 triệu đồng được huy động từ")
    p.check(sum(sources) == 2300 and off(sum(sources), 2500), "PLANTED sources 2.300 vs total 2.500 (−8 %)")
    p.has("60.000 đ/khay", "90.000 đ/kg", "(290,5 + 439,9 + 589,3) : 3 = 439,9", "2.500 : (439,9 + 130) ≈ 4,4 năm",
          "tối thiểu 80 tấn/năm", "công suất 60.000 kg/năm", "80, 64 và 48 triệu đồng")
    # PLANTED no-sales-channel
    market = section(p, "# 6. Thị trường tiêu thụ", "# 7.")
    p.check(not re.search(r"\d", market), "market section: no figure")
    channel = (r"cửa hàng|siêu thị|\bchợ\b|đại lý|phân phối|hội chợ|facebook|zalo|shopee|\bsàn\b|bán lẻ|bán buôn|xuất khẩu|"
               r"đơn hàng|nhà hàng|bếp ăn|thương lái|khách hàng|điểm bán|giá bán|quán|trực tuyến|online|thương mại điện tử")
    p.lacks(channel, "PLANTED no customer or channel anywhere")
    p.check(not re.search(r"giá|đồng|đ/", market), "PLANTED no price in the market section")
    # PLANTED no-business-registration
    p.lacks(r"đăng ký doanh nghiệp|mã số doanh nghiệp|mã số thuế|giấy chứng nhận đăng ký|giấy phép kinh doanh|đăng ký kinh doanh|"
            r"thành lập|vốn điều lệ|Luật Doanh nghiệp", "PLANTED no registration anywhere")
    p.has("cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2027/HT", "tự công bố", "Nghị định 43/2017/NĐ-CP",
          "nhãn hiệu \"Hải Thịnh\"", "đăng ký môi trường", "lưu mẫu")
    clean(p)
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("o11_khoai_lang_tim_say_deo_so_sai")
    a.check(2000 * 120000 == 240e6, "2 tấn × 120.000 = 240 triệu")
    a.has("khoảng 2 tấn sản phẩm mỗi năm", "120.000 đồng/kg", "khoảng 240 triệu đồng/năm", "Hộ đã đăng ký hộ kinh doanh")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, one page")
    a.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn|môi trường|nguyên liệu|vốn đầu tư|lợi nhuận|chi phí",
            "no compliance, raw-material or financial content (tolerated gaps)")
    clean(a)
    b = Plan("o12_banh_it_la_gai_dong_loc_so_sai")
    b.has("khoảng 300 chiếc", "4.000 đồng/chiếc", "Nhóm chưa đăng ký kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 350, "no table, under a page")
    b.lacks(r"@|email|thư điện tử", "no e-mail")
    b.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn|môi trường|vốn|lợi nhuận|chi phí|doanh thu",
            "no compliance or financial content (tolerated gaps)")
    clean(b)
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (o01, o02, o03, o04, o05, o06, o07, o08, o09, o10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
