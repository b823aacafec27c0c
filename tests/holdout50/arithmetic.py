"""The fiftieth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout50/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim. The textual planted defects (no
environmental measure, a replaced instrument, two worker counts, no product standard, a second
producer name, no label, no trademark, no registration, no sales channel, no food safety) are
asserted too, as is the absence of template placeholders in every plan.
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


OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|01/2021/NĐ-CP|123/2018"


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def money(p: Plan, rev, lines, cost, pre, what=""):
    for y in Y:
        p.check(close(cost[y], lines_sum(lines, y)), f"{what} cost sum {y}")
        p.check(close(pre[y], rev[y] - cost[y]), f"{what} profit {y}")


def ay01() -> Plan:
    p = Plan("ay01_hat_bi_rang_song_phuc_cty")
    hu, tui, kg, seed, staff = (p.row("Hạt bí rang hũ 250 g"), p.row("Hạt bí rang túi 500 g"),
                                p.row("Tổng thành phẩm quy đổi"), p.row("Hạt bí khô nguyên liệu"),
                                p.row("Lao động trực tiếp"))
    r1, r2, rev = p.row("Doanh thu hũ 250 g"), p.row("Doanh thu túi 500 g"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Hạt bí nguyên liệu (70.000", "Muối, lá dứa", "Hũ, túi, nhãn, thùng", "Điện, gas",
                                 "Tiền lương", "Khấu hao", "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, chi khác")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"),
                            p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế"))
    money(p, rev, lines, cost, pre)
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.25 + tui[y] * 0.5 and close(seed[y], kg[y] * 1.2), f"kg, seeds {y}")
        p.check(close(r1[y], hu[y] * 0.065) and close(r2[y], tui[y] * 0.12) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], seed[y] * 0.07) and close(lines[1][y], kg[y] * 0.005)
                and close(lines[2][y], hu[y] * 0.006 + tui[y] * 0.005) and close(lines[3][y], kg[y] * 0.004),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6 * 12) and lines[5][y] == 80
                and close(lines[6][y], [500, 400, 300][y] * 0.08) and close(lines[7][y], rev[y] * 0.07),
                f"wages, depreciation, interest, selling {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(seed[y] <= 16000 and kg[y] <= 60 * 260, f"seed contract, roaster capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Máy rang lồng quay", "Máy sàng rung", "Máy đóng gói định lượng", "Cải tạo xưởng",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1200 == 700 + 500 and sum(items[:4]) == 800 == 80 * 10,
            "capital 1.200, fixed 800, depreciation 80")
    p.check(avg1(post) == 427.6 and close(1200 / (427.6 + 80), 2.4, 0.02), "average profit, payback 2,4")
    p.check(close(kg[0] / 7600, 1.18, 0.01), "+18 % on 2025")
    p.check(close(35 * 450, 15750) and 35 * 450 >= 13800, "35 ha × 450 kg covers the need")
    p.has("65.000 đồng/hũ", "120.000 đồng/túi", "(331 + 407,1 + 544,7) : 3 ≈ 427,6", "1.200 : (427,6 + 80) ≈ 2,4 năm",
          "16 tấn hạt khô/năm", "khoảng 15.600 kg/năm", "Tổng vốn đầu tư 1.200 triệu đồng")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def ay02() -> Plan:
    p = Plan("ay02_long_den_giay_dong_loc_tht")
    a, b, c, n = (p.row("Đèn xếp giấy kiếng 30 cm"), p.row("Đèn giấy dó vẽ tay 40 cm"), p.row("Bộ đèn trang trí 5 chiếc"),
                  p.row("Cộng số sản phẩm"))
    rev, ra, rb, rc = p.row("Tổng doanh thu"), p.row("Đèn xếp (45.000"), p.row("Đèn giấy dó (150.000"), p.row("Bộ đèn (320.000")
    lines = [p.row(x) for x in ("Nguyên vật liệu", "Tiền công theo sản phẩm", "Hộp, túi, nhãn", "Khấu hao",
                                 "Bán hàng, chiết khấu", "Điện, quản lý", "Lãi vay")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận")
    money(p, rev, lines, cost, prof)
    for y in Y:  # nghìn đồng
        p.check(n[y] == a[y] + b[y] + c[y], f"count {y}")
        p.check(ra[y] == a[y] * 45 and rb[y] == b[y] * 150 and rc[y] == c[y] * 320 and rev[y] == ra[y] + rb[y] + rc[y],
                f"revenue {y}")
        p.check(lines[0][y] == a[y] * 12 + b[y] * 40 + c[y] * 90 and lines[1][y] == a[y] * 10 + b[y] * 35 + c[y] * 60
                and close(lines[2][y], a[y] * 3 + b[y] * 8 + c[y] * 20), f"per-unit costs {y}")
        p.check(lines[3][y] == 25000 and close(lines[4][y], rev[y] * 0.08) and lines[5][y] == 18000
                and lines[6][y] == [7000, 3500, 0][y], f"depreciation, selling, other, interest {y}")
        days = a[y] / 8 + b[y] / 2 + c[y]
        p.check(days <= 12 * 250, f"workdays {y}")
        p.check(a[y] / 25 + b[y] / 10 + c[y] / 4 <= 1200, f"bamboo {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(a[2] / 8 == 1000 and b[2] / 2 == 1050 and c[2] == 600, "2.650 workdays in 2028")
    items = [p.one(x) for x in ("Nhà xưởng mái che", "Máy chẻ nan", "Tủ sấy giấy", "Bàn làm việc", "Thiết kế hộp",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 300000 == 200000 + 100000 and sum(items[:4]) == 200000 == 25000 * 8,
            "capital, fixed 200.000 over 8 years")
    p.check(sum(prof) / 3 == 229500 and close(300000 / (229500 + 25000), 1.2, 0.02), "average profit, payback 1,2")
    p.check(close(n[0] / 5200, 1.52, 0.01) and close(rev[0] / 520000, 1.2, 0.01), "+20 % revenue on 2025")
    p.has("45.000 đồng/chiếc", "150.000 đồng/chiếc", "320.000 đồng/bộ", "300.000 : (229.500 + 25.000) ≈ 1,2 năm",
          "Tổng vốn đầu tư 300 triệu đồng", "3.000 ngày công")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def ay03() -> Plan:
    p = Plan("ay03_du_lich_song_nuoc_cua_sot_hkd")
    tours, meals, exp = [6000, 7000, 8000], [3000, 3600, 4200], [1000, 1200, 1400]
    staff = [6, 7, 7]
    rev = [tours[y] * 0.15 + meals[y] * 0.25 + exp[y] * 0.3 for y in Y]
    parts = [[meals[y] * 0.25 * 0.45, tours[y] * 0.025 + exp[y] * 0.06, staff[y] * 6.5 * 12, 100,
              [600, 450, 300][y] * 0.08, 60, rev[y] * 0.10, 48, rev[y] * 0.05] for y in Y]
    cost = [sum(x) for x in parts]
    prof = [rev[y] - cost[y] for y in Y]
    table = [p.row(f"{2026 + y} |", 4) for y in Y]  # years as rows: tours, revenue, cost, profit
    for y in Y:
        t = table[y]
        p.check(t[0] == tours[y] and close(t[1], rev[y]) and close(t[2], cost[y]) and close(t[3], prof[y]),
                f"summary row {2026 + y}")
        p.check(tours[y] <= 2 * 50 * 250 and exp[y] <= 12 * 150, f"boat capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check([round(x, 1) for x in cost] == [1564, 1788.5, 1935] and [round(x, 1) for x in prof] == [386, 521.5, 735],
            "cost, profit")
    p.check(550 + 120 + 180 + 60 + 90 + 100 + 300 == 1400 == 800 + 600 and 550 + 120 + 180 + 60 + 90 == 1000,
            "capital 1,4 tỷ, fixed 1.000")
    p.check(avg1(prof) == 547.5 and close(1400 / (547.5 + 100), 2.2, 0.02), "average profit, payback 2,2")
    p.check(close(tours[0] / 4300, 1.40, 0.01) and close(rev[0] / 1320, 1.48, 0.01), "+40 % visitors on 2025 with a second boat")
    p.has("6.000 lượt × 150.000 đồng = 900 triệu đồng", "3.000 suất × 250.000 đồng = 750 triệu đồng",
          "1.000 lượt × 300.000 đồng = 300 triệu đồng", "tổng doanh thu 1.950 triệu đồng",
          "tổng doanh thu 2.310 triệu đồng", "tổng doanh thu 2.670 triệu đồng", "thực phẩm cho nhà hàng 337,5 triệu đồng",
          "nhiên liệu 210 triệu đồng", "tiền lương 468 triệu đồng", "lãi vay 48 triệu đồng", "195 triệu đồng (10% doanh thu)",
          "97,5 triệu đồng", "Tổng chi phí năm 2026 là 1.564 triệu đồng", "(386 + 521,5 + 735) : 3 = 547,5",
          "1.400 : (547,5 + 100) ≈ 2,2 năm", "khoảng 25.000 lượt chỗ", "tối đa 1.800 lượt")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def ay04() -> Plan:
    p = Plan("ay04_sua_bap_tung_anh_htx")
    s, l, lit, corn = p.row("Sữa bắp chai 250 ml"), p.row("Sữa bắp chai 1 lít"), p.row("Tổng sản lượng"), p.row("Bắp nếp tươi")
    r1, r2, rev = p.row("Doanh thu chai 250 ml"), p.row("Doanh thu chai 1 lít"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("- Bắp nếp", "- Sữa tươi, đường", "- Chai, nắp, nhãn", "- Điện, gas", "- Tiền lương",
                                 "- Khấu hao", "- Lãi vay", "- Bán hàng, chiết khấu", "- Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    money(p, rev, lines, cost, pre)
    staff = [8, 9, 10]
    for y in Y:  # triệu đồng
        p.check(lit[y] == s[y] * 0.25 + l[y] and close(corn[y], lit[y] * 0.7), f"litres, corn {y}")
        p.check(close(r1[y], s[y] * 0.015) and close(r2[y], l[y] * 0.045) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], corn[y] * 0.008) and close(lines[1][y], lit[y] * 0.006)
                and close(lines[2][y], s[y] * 0.0022 + l[y] * 0.004) and close(lines[3][y], lit[y] * 0.0015),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 5.5 * 12) and lines[5][y] == 90 and close(lines[6][y], [400, 300, 200][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.08), f"wages, depreciation, interest, selling {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(corn[y] <= 4 * 2 * 10000 and lit[y] <= 250 * 260, f"corn area, line capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Nồi nấu, máy xay", "Nồi tiệt trùng", "Máy chiết rót", "Cải tạo xưởng", "Bao bì, nhãn",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng") == 1300 == 900 + 400 and sum(items[:4]) == 900 == 90 * 10, "capital, fixed 900")
    p.check(avg1(post) == 547.0 and close(1300 / (547 + 90), 2.0, 0.03), "average profit, payback 2,0")
    p.check(close(lit[0] / 21000, 1.81, 0.01), "+81 % on 2025 with the sterilising line and 4 more workers")
    p.has("15.000 đồng/chai", "45.000 đồng/chai", "1.300 : (547 + 90) ≈ 2,0 năm", "tổng khoảng 80 tấn/năm",
          "250 lít/ngày", "được 65.000 lít", "Tổng vốn đầu tư 1.300 triệu đồng")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def ay05() -> Plan:
    p = Plan("ay05_ruou_khoai_lang_ky_khang_htx")
    c, b, lit, need = p.row("Rượu chai 500 ml"), p.row("Rượu bình sứ 2 lít"), p.row("Tổng sản lượng rượu"), p.row("Khoai lang tươi cần dùng")
    r1, r2, rev = p.row("Doanh thu chai 500 ml"), p.row("Doanh thu bình 2 lít"), p.row("Cộng doanh thu")
    lines = [p.row(x) for x in ("Khoai lang (5.000", "Men lá, phụ liệu", "Chai, bình, nút", "Củi, điện, nước", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = p.row("Cộng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    money(p, rev, lines, cost, pre)
    for y in Y:  # triệu đồng
        p.check(lit[y] == c[y] * 0.5 + b[y] * 2 and need[y] == lit[y] * 3, f"litres, 3 kg/l {y}")
        p.check(close(r1[y], c[y] * 0.09) and close(r2[y], b[y] * 0.3) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y] * 0.005) and close(lines[1][y], lit[y] * 0.004)
                and close(lines[2][y], c[y] * 0.012 + b[y] * 0.03) and close(lines[3][y], lit[y] * 0.006)
                and close(lines[4][y], [7, 8, 9][y] * 6 * 12) and lines[5][y] == 70
                and close(lines[6][y], [400, 300, 200][y] * 0.07) and close(lines[7][y], rev[y] * 0.10), f"costs {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(lit[y] <= 2 * 40 * 280 and lit[y] <= 25000, f"still capacity, licence {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    p.check(700 + 300 == 1000 and 300 + 120 + 150 + 130 == 700 == 70 * 10 and 700 + 60 + 240 == 1000 == 600 + 400,
            "capital 1.000, fixed 700")
    p.check(avg1(post) == 762.4 and close(1000 / (762.4 + 70), 1.2, 0.02), "average profit, payback 1,2")
    p.check(close(lit[0] / 9500, 1.26, 0.01), "+26 % on 2025 with new stills")
    supply = 2.5 * 14000 + 5000
    p.check(supply == 40000 and need[0] <= supply, "2026 need within the 40 tấn")
    p.check(need[1] > supply and off(need[1], supply) and need[2] > supply and off(need[2], supply),
            "PLANTED material-shortfall: 45 and 54 tấn needed against 40 tấn supply (+12,5 %, +35 %)")
    p.has("2,5 ha", "14 tấn/ha/năm", "khoảng 35 tấn/năm", "mua 5 tấn/năm", "Tổng nguồn cung 40 tấn khoai tươi mỗi năm",
          "đủ đáp ứng kế hoạch sản xuất", "3 kg khoai lang tươi cho 1 lít", "90.000 đồng/chai", "300.000 đồng/bình",
          "đạt 22.400 lít/năm", "Giấy phép sản xuất rượu thủ công", "QCVN 6-3:2010/BYT", "độ cồn 35% vol")
    p.lacks(r"môi trường|nước thải|chất thải|bã rượu|bã khoai|hầm biogas|xử lý|khói|đăng ký môi trường",
            "PLANTED no environmental measure anywhere")
    p.has("1048/QĐ-TTg ngày 21/8/2019", "781/QĐ-TTg ngày 08/6/2020", "Bộ tiêu chí ban hành kèm Quyết định 1048/QĐ-TTg")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated-policy: the current criteria are not cited")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ay06() -> Plan:
    p = Plan("ay06_mat_ong_sau_dau_huong_do_hkd")
    rows = [p.row(f"{y} |", 3) for y in (2026, 2027, 2028)]
    base = p.row("2025 (thực hiện)", 3)
    col, kg, jars = [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]
    rev = p.row("Doanh thu (150.000")
    lines = [p.row(x) for x in ("Đường, phấn hoa", "Thuốc thú y", "Hũ, nắp, nhãn", "Vận chuyển, di đàn", "Tiền công (4",
                                 "Khấu hao", "Lãi vay", "Bán hàng (8%", "Chi khác", "Thuế GTGT")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận")
    money(p, rev, lines, cost, prof)
    for y in Y:  # triệu đồng
        p.check(kg[y] == col[y] * 15 and jars[y] == kg[y] * 2 and close(rev[y], jars[y] * 0.15), f"colonies, kg, jars, revenue {y}")
        p.check(close(lines[0][y], col[y] * 0.15) and close(lines[1][y], col[y] * 0.05) and close(lines[2][y], jars[y] * 0.006)
                and close(lines[3][y], col[y] * 0.2) and lines[4][y] == 4 * 6 * 12 and lines[5][y] == 25
                and close(lines[6][y], 80 * 0.07) and close(lines[7][y], rev[y] * 0.08) and close(lines[9][y], rev[y] * 0.015),
                f"costs {y}")
    p.check(base == [150, 2100, 4200], "2025: 150 colonies, 2.100 kg")
    p.check(90 + 70 + 40 + 20 + 30 == 250 == 170 + 80 and 90 + 70 + 40 == 200 == 25 * 8, "capital 250, fixed 200")
    p.check(close(250 / (prof[0] + 25), 0.66, 0.01), "payback on the first year 0,66")
    p.check(rev[1] / rev[0] == 2.25 and rev[2] / rev[1] == 2.0 and col[2] / col[0] == 4.5,
            "PLANTED unrealistic-growth: revenue +125 % then +100 %, colonies ×4,5 in two years")
    p.check(150 + 60 < col[1] and lines[4][0] == lines[4][2], "only 60 colonies bought, wage bill flat (4 workers)")
    p.has("Hộ có 4 lao động thường xuyên", "Hộ có 6 lao động thường xuyên")
    p.check(p.count("4 lao động thường xuyên") == 1 and p.count("6 lao động thường xuyên") == 1,
            "PLANTED figure-inconsistent: 4 regular workers in 1/, 6 in 9/")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|QCVN|TCVN|hợp quy|chỉ tiêu|phân tích mẫu",
            "PLANTED no product standard, declaration or lab test")
    p.has("150.000 đồng/hũ", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "Giấy chứng nhận đăng ký hộ kinh doanh")
    p.lacks(OLD, "cites a replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ay07() -> Plan:
    p = Plan("ay07_tra_vo_buoi_phuc_trach_ctcp")
    box, bag, kg, peel = p.row("Trà túi lọc hộp 20 túi"), p.row("Trà sợi túi 200 g"), p.row("Trà thành phẩm"), p.row("Vỏ bưởi tươi |")
    r1, r2, rev = p.row("Trà túi lọc (45.000"), p.row("Trà sợi (60.000"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Vỏ bưởi tươi (3.000", "Gừng, cam thảo", "Hộp, túi lọc", "Điện sấy", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng (10%", "Quản lý")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == box[y] * 0.04 + bag[y] * 0.2 and peel[y] == kg[y] * 6, f"kg, peel {y}")
        p.check(close(r1[y], box[y] * 0.045) and close(r2[y], bag[y] * 0.06) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], peel[y] * 0.003) and close(lines[1][y], kg[y] * 0.02)
                and close(lines[2][y], box[y] * 0.008 + bag[y] * 0.004) and close(lines[3][y], kg[y] * 0.01)
                and close(lines[4][y], [6, 6, 7][y] * 6 * 12) and lines[5][y] == 60 and close(lines[6][y], [300, 200, 100][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.10), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"tax follows the stated profit {y}")
        p.check(peel[y] <= 20000 and kg[y] <= 12 * 260, f"peel contract, dryer capacity {y}")
        if y:
            p.check(close(pre[y], rev[y] - cost[y]), f"profit {y}")
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(off(pre[0], rev[0] - cost[0]) and close(rev[0] - cost[0], 237.6),
            "PLANTED profit-mismatch: 2026 pre-tax 267,6 against 1.200 − 962,4 = 237,6 (+12,6 %)")
    p.check(220 + 60 + 200 + 120 + 50 + 150 == 800 == 500 + 300 and 220 + 60 + 200 + 120 == 600 == 60 * 10, "capital 800")
    stated = avg1(post)
    true_post = [(rev[0] - cost[0]) * 0.85, post[1], post[2]]
    p.check(stated == 335.2 and close(800 / (stated + 60), 2.0, 0.02), "stated average, payback 2,0")
    p.check(not off(800 / (sum(true_post) / 3 + 60), 2.0, 5.0), "payback on the true profits within 5 % (no knock-on)")
    p.check(close(kg[0] / 1300, 1.38, 0.01), "+38 % on 2025 with the new dryer and packer")
    p.check(p.count("Công ty Cổ phần Trà thảo mộc Sơn Kim") == 2
            and p.count("Công ty Cổ phần Nông sản Hương Bưởi Phúc Trạch") >= 1,
            "PLANTED name-inconsistent: a second producer name, twice")
    p.lacks(r"nhãn(?! hiệu)|ghi nhãn|43/2017|111/2021|tem truy", "PLANTED no label or labelling decree anywhere")
    p.has("45.000 đồng/hộp", "60.000 đồng/túi", "TCCS 02:2025/HBPT", "an toàn thực phẩm số 27/2024", "Cục Sở hữu trí tuệ")
    p.lacks(OLD, "cites a replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ay08() -> Plan:
    p = Plan("ay08_ruoc_ca_thu_thien_cam_htx")
    a, b, kg, fish = p.row("Ruốc hũ 200 g |"), p.row("Ruốc hũ 100 g |"), p.row("Tổng sản lượng ruốc"), p.row("Cá thu tươi")
    r1, r2, rev = p.row("Ruốc hũ 200 g (180.000"), p.row("Ruốc hũ 100 g (95.000"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Cá thu (120.000", "Nước mắm, gia vị", "Hũ, màng seal", "Điện, gas", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Bán hàng, hoa hồng", "Quản lý, kiểm nghiệm")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    money(p, rev, lines, cost, pre)
    for y in Y:  # triệu đồng
        p.check(kg[y] == a[y] * 0.2 + b[y] * 0.1 and close(fish[y], kg[y] * 3.2), f"kg, fish {y}")
        p.check(close(r1[y], a[y] * 0.18) and close(r2[y], b[y] * 0.095) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.12) and close(lines[1][y], kg[y] * 0.015)
                and close(lines[2][y], a[y] * 0.007 + b[y] * 0.005) and close(lines[3][y], kg[y] * 0.012)
                and close(lines[4][y], [6, 7, 7][y] * 5.5 * 12) and lines[5][y] == 60
                and close(lines[6][y], [500, 400, 300][y] * 0.07) and close(lines[7][y], rev[y] * 0.08), f"costs {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(fish[y] <= 15000 and kg[y] <= 15 * 260, f"fish contract, capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Máy xé tơi", "Tủ cấp đông", "Cải tạo xưởng", "Bao bì, nhãn", "Vốn lưu động")]
    total = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == total == 1000 and sum(items[:3]) == 600 == 60 * 10, "items = total 1.000, fixed 600")
    p.check(400 + 500 == 900 and off(900, total), "PLANTED capital-mismatch: sources 400 + 500 = 900 against 1.000 (−10 %)")
    avg = avg1(post)
    p.check(avg == 379.9, "average profit 379,9")
    for what, v in (("with depreciation", 1000 / (avg + 60)), ("without", 1000 / avg), ("on 900", 900 / (avg + 60)),
                    ("on 900 without", 900 / avg), ("best year", 1000 / (post[2] + 60))):
        p.check(off(1.5, v), f"PLANTED payback-mismatch: 1,5 against {v:.2f} ({what})")
    p.has("1.000 : (379,9 + 60) ≈ 1,5 năm", "vốn góp của thành viên 400 triệu đồng", "500 triệu đồng, lãi suất 7%/năm",
          "180.000 đồng/hũ", "95.000 đồng/hũ", "tổng 15 tấn cá thu/năm", "đạt 3.900 kg", "Nghị định 43/2017/NĐ-CP")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|chỉ dẫn địa lý|logo", "PLANTED no trademark or IP anywhere")
    p.lacks(OLD, "cites a replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ay09() -> Plan:
    p = Plan("ay09_banh_canh_bot_loc_thach_lac_hkd")
    bag, bulk, kg, flour = (p.row("Bánh canh túi 500 g |"), p.row("Bánh canh bán sỉ |"), p.row("Tổng sản lượng bánh khô"),
                            p.row("Bột năng, bột gạo"))
    rev, r1, r2 = p.row("Tổng doanh thu"), p.row("- Bánh canh túi 500 g (30.000"), p.row("- Bánh canh bán sỉ (52.000")
    lines = [p.row(x) for x in ("- Bột (14.000", "- Túi, bao, thùng", "- Điện, chất đốt", "- Tiền lương", "- Khấu hao",
                                 "- Lãi vay", "- Vận chuyển, bán hàng", "- Chi khác", "- Thuế")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận")
    money(p, rev, lines, cost, prof)
    for y in Y:  # triệu đồng
        p.check(kg[y] == bag[y] * 0.5 + bulk[y] and close(flour[y], kg[y] * 1.1), f"kg, flour {y}")
        p.check(close(r2[y], bulk[y] * 0.052) and close(rev[y], r1[y] + r2[y]), f"wholesale revenue, total = sub-rows {y}")
        p.check(close(lines[0][y], flour[y] * 0.014) and close(lines[1][y], bag[y] * 0.002 + bulk[y] * 0.0005)
                and close(lines[2][y], kg[y] * 0.003) and close(lines[3][y], [5, 5, 6][y] * 5 * 12) and lines[4][y] == 30
                and close(lines[5][y], [200, 150, 100][y] * 0.07), f"costs {y}")
        p.check(flour[y] <= 35000, f"flour contract {y}")
        if y != 1:
            p.check(close(r1[y], bag[y] * 0.03), f"bag revenue {y}")
    p.check(off(r1[1], bag[1] * 0.03) and off(rev[1], bag[1] * 0.03 + r2[1]),
            "PLANTED revenue-mismatch: 2027 bag revenue 940 against 28.000 × 30.000 = 840 (+11,9 %), total 1.408 against 1.308")
    cap = 80 * 300
    p.check(kg[0] <= cap and kg[1] <= cap, "2026–2027 within the dryer")
    p.check(kg[2] > cap and off(kg[2], cap), "PLANTED capacity-exceeded: 27.000 kg in 2028 against 24.000 kg (+12,5 %)")
    p.check(120 + 100 + 80 + 30 + 70 == 400 == 200 + 200 and 120 + 100 + 80 == 300, "capital 400, fixed 300")
    p.check(close(400 / (prof[0] + 30), 1.33, 0.01), "payback on 2026 profit 1,3 (not touched by the 2027 error)")
    p.check(close(kg[0] / 15000, 1.33, 0.01), "+33 % on 2025 with the new dryer")
    p.has("80 kg bánh khô/ngày", "đạt 24.000 kg/năm", "đáp ứng đủ kế hoạch sản xuất", "30.000 đồng/túi", "52.000 đồng/kg",
          "400 : (270 + 30) ≈ 1,3 năm", "hộ kinh doanh cá thể")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ kinh doanh|giấy chứng nhận đăng ký|mã số thuế|mã số hộ|số đăng ký",
            "PLANTED no business registration anywhere")
    p.lacks(OLD, "cites a replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ay10() -> Plan:
    p = Plan("ay10_nuoc_ep_thanh_long_cam_hung_cty")
    small, big, lit, fruit = p.row("Nước ép chai 330 ml"), p.row("Nước ép chai 1 lít"), p.row("Tổng sản lượng"), p.row("Thanh long quả |")
    r1, r2, rev = p.row("Chai 330 ml (25.000"), p.row("Chai 1 lít (65.000"), p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Thanh long quả (8.000", "Đường, chanh", "Chai, nắp, nhãn", "Điện, nước", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Tiếp thị, quảng bá", "Quản lý")]
    cost, pre, tax, post = p.row("Chi phí |"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    money(p, rev, lines, cost, pre)
    for y in Y:  # triệu đồng
        p.check(close(lit[y], small[y] * 0.33 + big[y]) and close(fruit[y], lit[y] * 1.5), f"litres, fruit {y}")
        p.check(close(r1[y], small[y] * 0.025) and close(r2[y], big[y] * 0.065) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 0.008) and close(lines[1][y], lit[y] * 0.002)
                and close(lines[2][y], small[y] * 0.003 + big[y] * 0.005) and close(lines[3][y], lit[y] * 0.0025)
                and close(lines[4][y], [7, 8, 8][y] * 6 * 12) and lines[5][y] == 100
                and close(lines[6][y], [600, 450, 300][y] * 0.08) and close(lines[7][y], rev[y] * 0.08), f"costs {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(lit[y] <= 200 * 250 and fruit[y] <= 250000, f"line capacity, true supply {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    p.check(300 + 350 + 200 + 150 + 100 + 400 == 1500 == 900 + 600 and 300 + 350 + 200 + 150 == 1000, "capital 1.500")
    p.check(avg1(post) == 454.8 and close(1500 / (454.8 + 100), 2.7, 0.02), "average profit, payback 2,7")
    zones = [p.row(f"{n} |", 2) for n in range(1, 6)]
    zones = [z for z in zones]  # area (ha), output (tấn)
    p.check(close(sum(z[0] for z in zones), 10.5) and sum(z[1] for z in zones) == 250, "zones: 10,5 ha, 250 tấn")
    total = p.row("Tổng cộng", 2)
    p.check(close(total[0], 10.5), "area total right")
    p.check(total[1] == 290 and off(total[1], 250), "PLANTED table-total-mismatch: 290 tấn written against 250 (+16 %)")
    market = section(p, "# VI – THỊ TRƯỜNG", "# VII")
    p.check(not re.search(r"\d|đồng|giá|cửa hàng|siêu thị|đại lý|khách hàng|hợp đồng|kênh|sàn|online|facebook|shopee|công ty [A-Z]",
                          market.replace("Công ty sẽ", "")),
            "PLANTED market section names no customer, channel or price")
    p.lacks(r"cửa hàng|siêu thị|đại lý|phân phối|bán lẻ|bán buôn|bán sỉ|hội chợ|điểm bán|sàn thương mại|shopee|facebook|zalo|"
            r"tiktok|khách hàng|đơn hàng|nhà hàng|quán|trường học|bếp ăn|xuất khẩu|giá bán", "PLANTED no sales channel anywhere")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|đủ điều kiện|HACCP|ISO 22000|GMP|15/2018|cam kết|tự công bố|chỉ tiêu vi sinh|vi sinh vật",
            "PLANTED no food-safety certificate or plan anywhere")
    p.has("TCCS 01:2026/HL", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đã đăng ký môi trường")
    p.lacks(OLD, "cites a replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("ay11_banh_chung_nho_gia_hanh_so_sai")
    a.has("khoảng 100 cái/ngày", "15.000 đồng/cái", "khoảng 50 triệu đồng", "Hộ đã đăng ký hộ kinh doanh năm 2024")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ay12_ca_phao_dam_tan_lam_huong_so_sai")
    b.has("40.000 đồng/hũ", "chưa đăng ký thành tổ hợp tác hay hộ kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (ay01, ay02, ay03, ay04, ay05, ay06, ay07, ay08, ay09, ay10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
