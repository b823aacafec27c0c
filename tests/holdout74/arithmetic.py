"""The 74th holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout74/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
interest on the loan balance, investment items = capital sources = total, depreciation, payback,
raw-material need vs supply, output vs capacity, growth, channel and quarter splits that add up to
the year, staff tables that add up to the head count. Planted numeric defects are asserted wrong by
more than 5 % and everything else right (within 1 %). Table figures are read from the plan's
source; figures quoted from running text are looked up verbatim. The textual planted defects (no
alcohol licence, no environmental measure, replaced instruments cited, no label, no registration,
no food safety, no product standard, no raw-material section, no trademark, two room counts) are
asserted by the absence or presence of words, as is the absence of template placeholders and of
replaced instruments in every plan.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, avg1, close, lines_sum, off  # noqa: E402,F401


class Plan(plancheck.Plan):
    src = HERE / "src"


OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|01/2021/NĐ-CP|UBND huyện|Phòng Nông nghiệp"


def common(p: Plan, old_ok: bool = False) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if not old_ok:
        p.lacks(OLD, "cites a replaced instrument or a district body")


def costs(p: Plan, labels: list[str], total: str, n: int = 3) -> tuple[list[list[float]], list[float]]:
    lines = [p.row(x, n) for x in labels]
    tot = p.row(total, n)
    for y in range(n):
        p.check(close(tot[y], lines_sum(lines, y)), f"cost lines add up to '{total}' {y}")
    return lines, tot


def interest(p: Plan, line: list[float], loan: float, repay: float, rate: float) -> None:
    bal = loan
    for y in Y:
        p.check(close(line[y], bal * rate), f"interest {y}: {line[y]} vs {bal} x {rate}")
        bal -= repay


def bw01() -> Plan:
    p = Plan("bw01_dua_luoi_thach_lac_htx")
    kg, price, rev1 = p.row("Sản lượng dưa thương phẩm"), p.row("Giá bán bình quân"), p.row("Doanh thu |")
    rev2 = p.row("Doanh thu |", skip=1)
    lines, cost = costs(p, ["Giống, giá thể", "Điện, nước", "Tiền lương 10", "Thùng, tem", "Khấu hao tài sản",
                            "Lãi vay |", "Chi phí bán hàng", "Quản lý, chi khác"], "Tổng chi phí")
    prof = p.row("Lợi nhuận (B")
    for y in Y:
        p.check(close(rev1[y], kg[y] * price[y] / 1e6) and rev1[y] == rev2[y], f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.009) and close(lines[1][y], kg[y] * 0.002)
                and close(lines[2][y], 10 * 6 * 12) and close(lines[3][y], kg[y] * 0.0015)
                and close(lines[4][y], 100) and close(lines[6][y], rev1[y] * 0.05), f"cost lines {y}")
        p.check(close(prof[y], rev1[y] - cost[y]), f"profit {y}")
        p.check(kg[y] <= 12 * 3 * 2200, f"greenhouse capacity {y}")
        if y:
            p.check(close(kg[y] / kg[y - 1], 1.10, 0.01), f"growth 10 % {y}")
    interest(p, lines[5], 500, 150, 0.07)
    p.check(p.row("2027|")[0] == 500 and p.row("2028|")[0] == 350 and p.row("2029|")[0] == 200, "loan table")
    p.check(12 * 3 * 2200 == 79200 and 12 * 2400 * 3 == 86400, "79.200 kg capacity, 86.400 seeds")
    p.check(700 + 150 + 150 + 200 == 1200 == 500 + 500 + 200 and 700 + 150 + 150 == 1000, "capital 1.200, fixed 1.000")
    p.check(sum(prof) / 3 == 465 and close(1200 / (465 + 100), 2.1, 0.02), "average profit, payback 2,1")
    p.check(close(kg[0] / 55000, 1.09, 0.01), "+9 % on 2026")
    ch = [p.row(x, 2) for x in ("Siêu thị |", "Cửa hàng trái cây", "Bếp ăn, quà tặng", "Bán lẻ, trực tuyến")]
    p.check(sum(c[0] for c in ch) == kg[0] and close(sum(c[0] * c[1] for c in ch) / kg[0], 35000, 0.01),
            "channels add to 60.000 kg at ~35.000 đ")
    p.has("35.000 đồng/kg", "1.200 : (465 + 100) ≈ 2,1 năm", "khoảng 79.200 kg/năm", "Cộng nguồn vốn: 1.200 triệu đồng")
    common(p)
    return p


def bw02() -> Plan:
    p = Plan("bw02_nuoc_mam_thach_bang_ctcp")
    yrs = [p.row(f"{2027 + y}|", 4) for y in Y]  # chai, lít, cá, doanh thu
    lines, cost = costs(p, ["Cá cơm (25.000", "Muối (1.200", "Chai, nắp, nhãn", "Tiền lương 10", "Khấu hao tài sản",
                            "Lãi vay (8%", "Chi phí bán hàng", "Quản lý, kiểm nghiệm"], "Tổng chi phí")
    res = [p.row(f"{2027 + y}|", 3, skip=1) for y in Y]  # revenue, cost, profit
    for y in Y:
        ch, lit, fish, rev = yrs[y]
        p.check(lit == ch * 0.5 and close(fish, lit * 1.3) and close(rev, ch * 0.045), f"bottles, fish, revenue {y}")
        p.check(close(lines[0][y], fish * 0.025) and close(lines[1][y], lit * 0.0012)
                and close(lines[2][y], ch * 0.006) and close(lines[3][y], 10 * 6.5 * 12)
                and close(lines[4][y], 150) and close(lines[6][y], rev * 0.08), f"cost lines {y}")
        p.check(close(res[y][0], rev) and close(res[y][1], cost[y]) and close(res[y][2], rev - cost[y]), f"summary {y}")
        p.check(lit <= 60000 and fish <= 70000, f"60 thùng capacity, 70 tấn fish {y}")
        if y:
            p.check(rev / yrs[y - 1][3] < 1.15, f"growth {y}")
    interest(p, lines[5], 800, 200, 0.08)
    items = [p.one(x) for x in ("15 thùng chượp", "Mở rộng nhà ủ", "Dây chuyền chiết rót, máy lọc", "Hệ thống thu gom",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 2000 == 1200 + 800 and sum(items[:4]) == 1500, "capital 2.000")
    prof = [r[2] for r in res]
    p.check(close(sum(prof) / 3, 534.4) and close(2000 / (534.4 + 150), 2.9, 0.02), "average profit, payback 2,9")
    p.check(close(yrs[0][1] / 36000, 1.11, 0.01), "+11 % on 2026")
    p.check(3 + 1 + 1 + 1 + 4 == 10, "staff table")
    p.has("45.000 đồng/chai", "2.000 : (534,4 + 150) ≈ 2,9 năm", "70.000 kg/năm", "khoảng 60.000 lít/năm",
          "3 m³/ngày", "| Cộng | 10 | |")
    common(p)
    return p


def bw03() -> Plan:
    p = Plan("bw03_che_bup_huong_do_hkd")
    kg, leaf, price = p.row("Chè búp khô |"), p.row("Búp tươi nguyên liệu"), p.row("Đơn giá bình quân")
    rev = p.row("Doanh thu |", skip=1)  # the summary table (triệu đồng) comes first
    lines, cost = costs(p, ["Búp tươi (12.000", "Bao bì, nhãn", "Gas, điện", "Tiền công 5", "Khấu hao |",
                            "Lãi vay |", "Bán hàng (5%", "Chi khác"], "Tổng chi phí")
    prof = p.row("Lợi nhuận |", skip=1)
    summ_rev, summ_prof = p.row("Doanh thu |"), p.row("Lợi nhuận |")
    for y in Y:  # nghìn đồng
        p.check(leaf[y] == kg[y] * 5 and close(rev[y], kg[y] * price[y]), f"leaf 5:1, revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 12) and close(lines[1][y], kg[y] * 10) and close(lines[2][y], kg[y] * 8)
                and close(lines[3][y], 5 * 5000 * 12) and close(lines[4][y], 30000) and close(lines[6][y], rev[y] * 0.05),
                f"cost lines {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit {y}")
        p.check(close(summ_rev[y] * 1000, rev[y]) and close(summ_prof[y] * 1000, prof[y]), f"summary table {y}")
        p.check(leaf[y] <= 12000 + 8000 and kg[y] <= 30 * 150, f"leaf supply, 4.500 kg capacity {y}")
    interest(p, lines[5], 200000, 50000, 0.07)
    p.check(120000 + 60000 + 30000 + 90000 + 100000 == 400000 == 200000 + 200000, "capital 400 triệu")
    p.check(close(sum(prof) / 3, 322600) and close(400000 / (322600 + 30000), 1.13, 0.01), "average, payback 1,13")
    p.check(1200 + 600 + 500 + 700 == kg[0] and 600 + 1000 + 800 + 600 == kg[0], "channels and quarters add to 3.000 kg")
    p.check(2 * 6000 == 12000, "own garden 12.000 kg")
    p.has("300.000 đồng/kg", "400.000 : (322.600 + 30.000) ≈ 1,13 năm", "công suất tối đa 4.500 kg/năm", "| Cộng | 5 | |")
    common(p)
    return p


def bw04() -> Plan:
    p = Plan("bw04_may_tre_dan_cam_thinh_cty")
    rev, a, b, c = p.row("Tổng doanh thu"), p.row("Giỏ đựng đồ (120"), p.row("Khay (80"), p.row("Đèn trang trí (250")
    n_a, n_b, n_c = [6000, 6600, 7200], [8000, 8800, 9600], [1200, 1400, 1600]
    lines = [p.row(x) for x in ("Nguyên liệu tre, mây", "Công đan khoán", "Xử lý, sơn phủ", "Lương bộ máy",
                                 "Khấu hao |", "Bán hàng, hội chợ", "Chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    need = p.row("Tổng nhu cầu (kg)")
    for y in Y:
        p.check(close(a[y], n_a[y] * 0.12) and close(b[y], n_b[y] * 0.08) and close(c[y], n_c[y] * 0.25)
                and close(rev[y], a[y] + b[y] + c[y]), f"revenue {y}")
        p.check(close(lines[0][y], n_a[y] * 0.025 + n_b[y] * 0.015 + n_c[y] * 0.05)
                and close(lines[1][y], n_a[y] * 0.035 + n_b[y] * 0.022 + n_c[y] * 0.07)
                and close(lines[2][y], rev[y] * 0.08) and close(lines[3][y], 3 * 7 * 12)
                and close(lines[5][y], rev[y] * 0.06), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(need[y], n_a[y] * 1.2 + n_b[y] * 0.8 + n_c[y] * 1.5) and need[y] <= 30000, f"material {y}")
        p.check(n_a[y] + n_b[y] + n_c[y] <= 42 * 1.5 * 300, f"weaver capacity {y}")
    p.check(300 + 150 + 150 + 200 == 800 and close(600 / 10, 60), "capital 800, depreciation 60")
    p.check(close(sum(prof) / 3, 345.96) and close(800 / (345.96 + 60), 2.0, 0.02), "payback 2,0")
    p.check(sum(p.row("Giỏ đựng đồ (chiếc)", 5)[:4]) == 6000 and sum(p.row("Khay (chiếc)", 5)[:4]) == 8000
            and sum(p.row("Đèn trang trí (chiếc)", 5)[:4]) == 1200, "quarters add up")
    p.check(24 + 10 + 8 == 42 and close(rev[0] / 1350, 1.23, 0.01), "42 households; +23 % over two years")
    p.has("120.000 đồng/chiếc", "800 : (345,96 + 60) ≈ 2,0 năm", "khoảng 18.900 sản phẩm/năm", "| Cộng | 42 | |")
    common(p)
    return p


def bw05() -> Plan:
    p = Plan("bw05_ruou_ngo_son_hong_cty")
    lit, corn, price, rev = (p.row("Sản lượng rượu (lít)"), p.row("Ngô nguyên liệu (kg)"),
                             p.row("Giá bán bình quân (đồng/lít)"), p.row("Doanh thu (triệu đồng)"))
    fin_rev = p.row("Doanh thu |")
    lines, cost = costs(p, ["Ngô nguyên liệu (9.000", "Men lá, củi", "Chai, nhãn, hộp", "Tiền lương 8", "Khấu hao |",
                            "Lãi vay |", "Bán hàng, quảng cáo", "Quản lý, chi khác"], "Tổng chi phí")
    prof = p.row("Lợi nhuận trước thuế (1")
    true_rev = [lit[y] * price[y] / 1e6 for y in Y]
    for y in Y:
        p.check(close(corn[y], lit[y] * 2.5) and corn[y] <= 80000 and lit[y] <= 100 * 280, f"corn, capacity {y}")
        p.check(fin_rev[y] == rev[y] and close(prof[y], rev[y] - cost[y]), f"stated profit follows stated revenue {y}")
        p.check(close(lines[0][y], corn[y] * 0.009) and close(lines[1][y], lit[y] * 0.01)
                and close(lines[2][y], lit[y] * 0.015) and close(lines[3][y], 8 * 6.5 * 12), f"cost lines {y}")
    p.check(close(rev[0], true_rev[0]) and close(rev[2], true_rev[2]), "2027 and 2029 revenue right")
    p.check(off(rev[1], true_rev[1], 5) and close(rev[1] / true_rev[1], 1.109, 0.01),
            "PLANTED 2028 revenue 3.060 vs 23.000 x 120.000 = 2.760 (+10,9 %)")
    interest(p, lines[5], 600, 150, 0.08)
    p.check(250 + 150 + 300 + 100 + 200 == 1000 == 400 + 600 and close(800 / 8, 100), "capital 1.000, depreciation")
    stated = 1000 / (sum(prof) / 3 + 100)
    true_prof = [true_rev[y] - cost[y] for y in Y]
    true_pb = 1000 / (sum(true_prof) / 3 + 100)
    p.check(close(stated, 1.1, 0.02) and off(1.1, true_pb, 5), "tolerated knock-on: payback 1,1 vs 1,24")
    p.check(close(rev[1] / rev[0], 1.275, 0.01) and close(lit[1] / lit[0], 1.15), "tolerated knock-on: +27,5 % on +15 %")
    p.check(6000 + 4000 + 4000 + 6000 == lit[0] and 1 + 1 + 1 + 3 + 2 == 8, "quarters, staff")
    p.has("120.000 đồng/lít", "1.000 : (807,5 + 100) ≈ 1,1 năm", "80.000 kg/năm", "28.000 lít/năm",
          "QCVN 6-3:2010/BYT", "Giấy chứng nhận đăng ký doanh nghiệp", "an toàn thực phẩm")
    p.lacks(r"giấy phép|105/2017|17/2020|sản xuất rượu thủ công", "PLANTED no alcohol licence anywhere")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|\bbã\b|biogas|xử lý nước|khói", "PLANTED no environmental measure anywhere")
    common(p)
    return p


def bw06() -> Plan:
    p = Plan("bw06_mat_ong_huong_lien_hkd")
    hives, kg, price, rev = (p.row("Số đàn ong của hộ"), p.row("Mật ong thành phẩm |"), p.row("Giá bán bình quân"),
                             p.row("Doanh thu |"))
    lines, cost = costs(p, ["Chăm sóc đàn ong", "Mua mật của hộ", "Lọ thủy tinh, nắp", "Di chuyển đàn", "Tiền công 6",
                            "Khấu hao |", "Lãi vay |", "Bán hàng (8%", "Chi khác"], "Tổng chi phí")
    prof = p.row("Lợi nhuận |")
    supply = 250 * 20 + 1000
    for y in Y:
        p.check(close(rev[y], kg[y] * price[y] / 1e6) and close(prof[y], rev[y] - cost[y]), f"revenue, profit {y}")
        p.check(close(lines[2][y], kg[y] * 0.012) and close(lines[4][y], 6 * 6 * 12) and close(lines[7][y], rev[y] * 0.08)
                and close(lines[1][y], 1000 * 0.15), f"cost lines {y}")
        p.check(hives[y] == 250 and kg[y] > supply and off(kg[y], supply, 5),
                f"PLANTED need {kg[y]} kg > supply 5.000 + 1.000 = 6.000 kg {y}")
    p.check(close(kg[0] / supply, 1.167, 0.01) and close(kg[2] / supply, 1.5), "shortfall 16,7 % to 50 %")
    interest(p, lines[6], 600, 200, 0.07)
    p.check(500 + 300 + 200 + 200 == 1200 == 600 + 600, "capital 1.200")
    p.check(sum(prof) / 3 == 744 and close(1200 / (744 + 100), 1.4, 0.02), "payback 1,4")
    p.check(2000 + 1500 + 2500 + 1000 == kg[0] and 1200 + 2400 + 1800 + 1600 == kg[0] and 1 + 1 + 3 + 1 == 6,
            "channels, quarters, staff")
    p.has("250.000 đồng/kg", "năng suất bình quân 20 kg/đàn/năm", "khoảng 1.000 kg/năm", "1.200 : (744 + 100) ≈ 1,4 năm",
          "Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current criteria decision is never cited")
    p.lacks(r"nhãn|43/2017|111/2021|ghi (rõ )?thành phần|hạn sử dụng in|tem", "PLANTED no label anywhere")
    p.lacks(r"^#+\s*[\dIVX]+[.)/]", "headings carry no numbering")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bw07() -> Plan:
    p = Plan("bw07_ruoc_ca_xuan_lien_coso")
    kg, fish, rev = p.row("Ruốc cá (kg)"), p.row("Cá ngừ tươi (kg)"), p.row("Doanh thu (triệu đồng)")
    lines, cost = costs(p, ["Cá ngừ (35.000", "Gia vị, dầu", "Hũ, túi (15", "Tiền công 6", "Điện, gas", "Khấu hao |",
                            "Lãi vay |", "Bán hàng (5%", "Chi khác"], "Tổng chi phí")
    prof, rev2 = p.row("Lợi nhuận |"), p.row("Doanh thu |")
    for y in Y:
        p.check(fish[y] == kg[y] * 4 and close(rev[y], kg[y] * 0.4) and rev2[y] == rev[y], f"fish, revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.035) and close(lines[1][y], kg[y] * 0.02) and close(lines[2][y], kg[y] * 0.015)
                and close(lines[3][y], 6 * 5.5 * 12) and close(lines[4][y], kg[y] * 0.01) and close(lines[7][y], rev[y] * 0.05),
                f"cost lines {y}")
        p.check(close(prof[y], rev[y] - cost[y]) and fish[y] <= 25000 and kg[y] <= 25 * 250, f"profit, supply, capacity {y}")
    interest(p, lines[6], 200, 50, 0.08)
    items = [p.one(x) for x in ("Chảo đảo tự động, máy xé", "Xây bếp chế biến", "Tủ đông 1.000", "Thiết kế, in bao bì",
                                "Vốn lưu động")]
    total = p.one("Tổng cộng")
    p.check(sum(items) == 460 and total == 520 and off(total, sum(items), 5),
            "PLANTED investment table total 520 vs items 460 (+13 %)")
    p.check(320 + 200 == total and off(320 + 200, sum(items), 5), "tolerated knock-on: sources 520 vs items 460")
    p.check(sum(prof) / 3 == 390 and close(520 / (390 + 40), 1.2, 0.02) and off(1.2, 460 / (390 + 40), 5),
            "tolerated knock-on: payback 1,2 on 520, 1,07 on 460")
    p.check(1100 + 900 + 1000 + 1000 == kg[0] and 1 + 1 + 4 == 6, "quarters, staff")
    p.has("400.000 đồng/kg", "25 tấn cá ngừ/năm", "Công suất 25 kg ruốc/ngày", "520 : (390 + 40) ≈ 1,2 năm")
    p.lacks(r"đăng ký (hộ )?kinh doanh|hộ kinh doanh|mã số thuế|doanh nghiệp|hợp tác xã|giấy chứng nhận",
            "PLANTED no business registration or legal form anywhere")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|đủ điều kiện|15/2018", "PLANTED no food safety anywhere")
    common(p)
    return p


def bw08() -> Plan:
    p = Plan("bw08_tra_ca_gai_leo_thien_loc_htx")
    box, kg, leaf, rev = (p.row("Trà túi lọc (hộp 50 g)"), p.row("Trà thành phẩm"), p.row("Cà gai leo tươi |"),
                          p.row("Doanh thu (60.000"))
    rev2 = p.row("Doanh thu |")
    lines, cost = costs(p, ["Cà gai leo tươi (8.000", "Hộp, túi lọc, nhãn", "Điện sấy, nghiền", "Tiền lương 8",
                            "Khấu hao |", "Lãi vay |", "Bán hàng (10%", "Quản lý, chi khác"], "Tổng chi phí")
    prof = p.row("Lợi nhuận |")
    cap = 5 * 250
    for y in Y:
        p.check(kg[y] == box[y] * 0.05 and leaf[y] == kg[y] * 5 and close(rev[y], box[y] * 0.06) and rev2[y] == rev[y],
                f"kg, leaf, revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 0.008) and close(lines[1][y], box[y] * 0.006)
                and close(lines[2][y], kg[y] * 0.005) and close(lines[3][y], 8 * 6 * 12) and close(lines[6][y], rev[y] * 0.1),
                f"cost lines {y}")
        p.check(close(prof[y], rev[y] - cost[y]) and leaf[y] <= 20000, f"profit, leaf supply {y}")
        p.check(kg[y] > cap and off(kg[y], cap, 5), f"PLANTED output {kg[y]} kg > dryer 5 kg x 250 days = 1.250 kg {y}")
    p.check(close(kg[0] / cap, 1.2) and close(kg[2] / cap, 1.68), "over capacity by 20 % to 68 %")
    interest(p, lines[5], 500, 150, 0.07)
    items, sources = [600, 450, 150, 300], [700, 500, 150]
    p.check(sum(items) == 1500 and sum(sources) == 1350 and off(sum(sources), sum(items), 5),
            "PLANTED sources 1.350 vs total investment 1.500 (−10 %)")
    p.check(close(sum(prof) / 3, 866.5) and close(1500 / (866.5 + 120), 1.5, 0.02) and close(1200 / 10, 120), "payback 1,5")
    p.check(close(box[0] / 18000, 1.67, 0.01), "tolerated: +67 % on 2025 with the same dryer")
    p.check(9000 + 6000 + 6000 + 9000 == box[0] and 3 + 3 + 2 == 8, "quarters, staff")
    p.has("Tổng vốn đầu tư 1.500 triệu đồng", "Vốn góp của thành viên: 700 triệu đồng", "Hỗ trợ từ kinh phí Chương trình OCOP của tỉnh: 150 triệu đồng",
          "Vay Ngân hàng Nông nghiệp và Phát triển nông thôn: 500 triệu đồng", "công suất 5 kg sản phẩm khô/ngày",
          "250 ngày/năm", "60.000 đồng/hộp", "1.500 : (866,5 + 120) ≈ 1,5 năm")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|QCVN|TCVN|hợp quy|hợp chuẩn|chỉ tiêu chất lượng",
            "PLANTED no product standard anywhere")
    common(p)
    return p


def bw09() -> Plan:
    p = Plan("bw09_banh_da_vung_truong_luu_tht")
    n, price, rev = p.row("Sản lượng bánh |"), p.row("Giá bán bình quân"), p.row("Doanh thu |")
    lines, cost = costs(p, ["Gạo, vừng, gừng", "Củi, than", "Túi, nhãn (200", "Tiền công 6", "Khấu hao |",
                            "Lãi vay |", "Bán hàng (4%", "Chi khác"], "Tổng chi phí")
    prof = p.row("Lợi nhuận |", skip=1)  # the finance table (the summary table comes first)
    summ = p.row("Lợi nhuận |")
    true = [rev[y] - cost[y] for y in Y]
    for y in Y:
        p.check(close(rev[y], n[y] * price[y] / 1e6), f"revenue {y}")
        p.check(close(lines[0][y], n[y] * 0.0018) and close(lines[1][y], n[y] * 0.0003) and close(lines[2][y], n[y] * 0.0002)
                and close(lines[3][y], 6 * 5 * 12) and close(lines[4][y], 30) and close(lines[5][y], 150 * 0.06)
                and close(lines[6][y], rev[y] * 0.04), f"cost lines {y}")
        p.check(n[y] <= 1500 * 280 and summ[y] == prof[y], f"capacity, summary {y}")
    p.check(close(prof[0], true[0]) and close(prof[2], true[2]), "2027 and 2029 profit right")
    p.check(off(prof[1], true[1], 5) and close(prof[1] / true[1], 1.246, 0.01),
            "PLANTED 2028 profit 506 vs 1.650 − 1.244 = 406 (+24,6 %)")
    p.check(200 + 60 + 40 + 100 == 400 == 250 + 150 and close(300 / 10, 30), "capital 400")
    p.check(close(400 / (avg1(prof) + 30), 0.85, 0.01) and off(0.85, 400 / (sum(true) / 3 + 30), 5),
            "tolerated knock-on: payback 0,85 vs 0,92")
    ch = [p.row(x, 2) for x in ("10 đại lý", "25 quán ăn", "Siêu thị mini qua", "Bán lẻ tại điểm")]
    p.check(sum(c[0] for c in ch) == n[0] and close(sum(c[0] * c[1] for c in ch) / n[0], 5000, 0.01), "channels")
    p.check(90000 + 60000 + 60000 + 90000 == n[0], "quarters")
    p.has("5.000 đồng/chiếc", "439,3", "≈ 0,85 năm", "khoảng 420.000 chiếc/năm")
    heads = [l for l in p.body.splitlines() if l.startswith("#")]
    p.check(not any(re.search(r"nguyên liệu|vật tư|cung ứng", h, re.I) for h in heads),
            "PLANTED no raw-material heading")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo", "PLANTED no trademark anywhere")
    common(p)
    return p


def bw10() -> Plan:
    p = Plan("bw10_du_lich_cong_dong_ky_thuong_ctcp")
    vis, meals, nights = p.row("Lượt khách trải nghiệm |"), p.row("Suất ăn |"), p.row("Đêm phòng lưu trú")
    r1, r2, r3, rev = (p.row("Doanh thu trải nghiệm"), p.row("Doanh thu ăn uống"), p.row("Doanh thu lưu trú"),
                       p.row("Tổng doanh thu |"))
    lines, cost = costs(p, ["Thực phẩm (50%", "Tiền lương 15", "Vật tư phòng", "Hướng dẫn, văn nghệ", "Khấu hao |",
                            "Lãi vay |", "Quảng bá, hoa hồng", "Quản lý, chi khác"], "Tổng chi phí")
    prof, rev2 = p.row("Lợi nhuận trước thuế |", skip=1), p.row("Tổng doanh thu |", skip=1)
    for y in Y:
        p.check(close(r1[y], vis[y] * 0.25) and close(r2[y], meals[y] * 0.15) and close(r3[y], nights[y] * 0.5)
                and close(rev[y], r1[y] + r2[y] + r3[y]) and rev2[y] == rev[y], f"revenue {y}")
        p.check(close(lines[0][y], r2[y] * 0.5) and close(lines[1][y], 15 * 6 * 12) and close(lines[2][y], r3[y] * 0.2)
                and close(lines[3][y], vis[y] * 0.05) and close(lines[6][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(prof[y], rev[y] - cost[y]) and nights[y] <= 8 * 365, f"profit, 8 rooms {y}")
    interest(p, lines[5], 1000, 250, 0.08)
    p.check(vis[1] / vis[0] == 1.8 and close(vis[2] / vis[1], 1.78, 0.01) and off(vis[1] / vis[0], 1.10, 5)
            and close(rev[2] / rev[0], 2.81, 0.01), "PLANTED visitors +80 % and +78 % a year vs a 10 % market")
    p.check(p.count("15 lao động") >= 3 and "| Cộng | 15 | |" in p.body, "staff flat at 15")
    p.check(1200 + 800 + 500 + 500 == 3000 == 2000 + 1000 and close(2500 / 10, 250), "capital 3.000, depreciation 250")
    avg = sum(prof) / 3
    p.check(avg == 1385 and close(3000 / (avg + 250), 1.835, 0.01) and off(1.2, 3000 / (avg + 250), 5),
            "PLANTED payback 1,2 vs 3.000 : (1.385 + 250) ≈ 1,83 (−35 %)")
    p.check(p.count("12 phòng nghỉ") == 1 and p.count("8 phòng") >= 3,
            "PLANTED 12 rooms in the company section, 8 rooms elsewhere")
    p.check(800 + 1800 + 1600 + 800 == vis[0] and 1 + 1 + 2 + 4 + 3 + 4 == 15, "quarters, staff")
    p.has("250.000 đồng/lượt", "500.000 đồng/đêm", "tăng bình quân khoảng 10%/năm", "thời gian hoàn vốn khoảng 1,2 năm",
          "8 × 365 = 2.920")
    common(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("bw11_nam_so_cam_duong_so_sai")
    a.has("30.000 đồng/kg", "khoảng 5 tấn nấm")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 300, "no table, a third of a page")
    a.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|an toàn thực phẩm|triệu|tỷ", "no registration, no money figure")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("bw12_tinh_dau_sa_ky_tho_so_sai")
    b.has("khoảng 3 ha", "1 nồi chưng cất")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 300, "no table, under half a page")
    b.lacks(r"\d\s*(đồng|đ\b)|triệu|tỷ|\d+\s*(lít|kg|ml|chai)", "no price, money or output figure")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (bw01, bw02, bw03, bw04, bw05, bw06, bw07, bw08, bw09, bw10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
