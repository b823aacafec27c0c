"""The sixty-ninth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout69/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback (investment :
(average profit + depreciation)), raw-material need vs supply, output vs capacity, growth. Planted
numeric defects are asserted wrong by more than 5 % and everything else right (within 1 %).
Table figures are read from the plan's source; figures quoted from running text are looked up
verbatim, so the numbers cannot drift from the text. The textual planted defects (no alcohol
licence, no environmental measure, no product standard, no trademark, no food safety, no label,
no registration, replaced instruments cited, a second product and producer name) are asserted
by the absence or presence of words, as is the absence of template placeholders in every
substantive plan.
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

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018|01/2021/NĐ-CP|UBND huyện|Phòng .{0,30} huyện"


class Plan(plancheck.Plan):
    src = HERE / "src"


def clean(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "a replaced instrument or a district body cited")


def br01() -> Plan:
    p = Plan("br01_nuoc_mam_ca_com_thach_khe_cty")
    chai, can, lit = p.row("Nước mắm chai 500 ml"), p.row("Nước mắm can 2 lít"), p.row("Tổng sản lượng quy lít")
    fish, salt = p.row("Cá cơm tươi"), p.row("Muối hạt")
    rev, rc, rn = p.row("Doanh thu |"), p.row("Chai 500 ml (55.000"), p.row("Can 2 lít (90.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá cơm (25.000", "Muối (3.000", "Chai, can, nắp", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng, quảng bá", "Điện, nước, quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:
        p.check(close(lit[y], chai[y] * 0.5 + can[y] * 2), f"litres {y}")
        p.check(close(fish[y], lit[y] * 1.2) and close(salt[y], fish[y] / 3), f"fish, salt need {y}")
        p.check(fish[y] <= 70000 and salt[y] <= 30000 and lit[y] <= 100000, f"supply, capacity {y}")
        p.check(close(rc[y], chai[y] * 0.055) and close(rn[y], can[y] * 0.09) and close(rev[y], rc[y] + rn[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.025) and close(lines[1][y], salt[y] * 0.003)
                and close(lines[2][y], chai[y] * 0.006 + can[y] * 0.008), f"per-unit costs {y}")
        p.check(close(lines[3][y], 10 * 7 * 12) and close(lines[4][y], 123)
                and close(lines[5][y], [600, 400, 200][y] * 0.08) and close(lines[6][y], rev[y] * 0.05),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Nhà xưởng đóng chai", "40 thùng ủ", "Máy chiết rót, đóng nắp, hệ thống",
                                "Bể thu gom", "Thiết kế nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 900 + 600, "capital 1.500 = 900 + 600")
    p.check(close(580 / 20 + 520 / 5.5, 123, 0.01) and items[0] + items[3] == 580 and items[1] + items[2] == 520,
            "depreciation 123")
    p.check(avg1(post) == 415.7 and close(1500 / (415.7 + 123), 2.8, 0.01), "average profit, payback 2,8")
    p.has("55.000 đồng/chai", "90.000 đồng/can", "38.000 lít năm 2027", "1.500 : (415,7 + 123) ≈ 2,8 năm",
          "tổng cộng 70 tấn cá/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/KH",
          "Nghị định số 43/2017/NĐ-CP", "Nhãn hiệu \"Khê Hương\"", "đăng ký môi trường")
    clean(p)
    return p


def br02() -> Plan:
    p = Plan("br02_mat_ong_rung_son_hong_htx")
    for y, yr in enumerate(("2027", "2028", "2029")):
        colonies, supply, bought = p.row(yr + " |", 3, 0)
        jars, bulk, total, rev = p.row(yr + " |", 4, 0)
        rj, rb, rt, ct, prof = p.row(yr + " |", 5, 0)
        p.check(close(supply, colonies * 16) and bought <= supply and close(bought, total), f"honey supply {yr}")
        p.check(close(total, jars * 0.5 + bulk), f"jars + bulk = total kg {yr}")
        p.check(close(rj, jars * 180) and close(rb, bulk * 250) and close(rt, rj + rb) and close(rev, rt),
                f"revenue {yr}")
        p.check(close(prof, rt - ct), f"profit {yr}")
        p.check(total <= 100 * 2 * 150, f"dehumidifier capacity {yr}")
    cost = p.row("Tổng chi phí |")
    lines = [p.row(x) for x in ("Thu mua mật", "Hũ, hộp, can", "Tiền lương 5", "Khấu hao", "Lãi vay",
                                 "Bán hàng, quảng bá", "Quản lý, điện")]
    totals = [p.row(y + " |", 5, 0)[3] for y in ("2027", "2028", "2029")]
    kg = [p.row(y + " |", 4, 0) for y in ("2027", "2028", "2029")]
    for y in Y:
        jars, bulk, total, rev = kg[y]
        p.check(close(lines[0][y], total * 150) and close(lines[1][y], jars * 8 + bulk * 2), f"honey, packaging {y}")
        p.check(close(lines[2][y], 5 * 6000 * 12) and close(lines[3][y], 60000)
                and close(lines[4][y], [300000, 200000, 100000][y] * 0.07) and close(lines[5][y], rev * 0.06),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(cost[y], totals[y]), f"cost total {y}")
        if y:
            p.check(kg[y][3] / kg[y - 1][3] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Nhà sơ chế", "Máy hạ thủy phần", "Máy lọc tinh", "Bao bì, nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 800000 == 500000 + 300000, "capital 800 triệu = 500 + 300")
    p.check(close((items[0] + items[1] + items[2]) / 7, 60000), "depreciation 420 triệu / 7")
    profits = [p.row(y + " |", 5, 0)[4] for y in ("2027", "2028", "2029")]
    p.check(close(sum(profits) / 3, 918900) and close(800000 / (918900 + 60000), 0.8, 0.03), "payback 0,8")
    p.has("180.000 đồng/hũ", "250.000 đồng/kg", "9.000 kg năm 2027", "khoảng 16 kg mật/đàn/năm",
          "800.000 : (918.900 + 60.000) ≈ 0,8 năm", "TCCS 01:2026/NT", "Nghị định số 43/2017/NĐ-CP",
          "Nhãn hiệu \"Ngàn Trươi\"", "hố thấm")
    p.check(sum(p.one(x) for x in ("Lao động sơ chế", "Lao động bán hàng")) == 5, "5 paid workers")
    clean(p)
    return p


def br03() -> Plan:
    p = Plan("br03_du_lich_cong_dong_trai_tranh_tht")
    nights, meals, tours = p.row("Lưu trú |"), p.row("Suất ăn"), p.row("Tour trải nghiệm |", 3, 0)
    r_stay, r_meal, r_tour = p.row("Lưu trú |", 3, 1), p.row("Ăn uống |"), p.row("Tour trải nghiệm |", 3, 1)
    rev = p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Thực phẩm (80.000", "Vận hành lưu trú", "Lương 8", "Công hướng dẫn", "Khấu hao",
                                 "Lãi vay", "Hoa hồng đại lý", "Quản lý, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận")
    for y in Y:
        p.check(close(r_stay[y], nights[y] * 350000) and close(r_meal[y], meals[y] * 150000)
                and close(r_tour[y], tours[y] * 120000) and close(rev[y], r_stay[y] + r_meal[y] + r_tour[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], meals[y] * 80000) and close(lines[1][y], nights[y] * 60000)
                and close(lines[3][y], tours[y] * 30000), f"per-unit costs {y}")
        p.check(close(lines[2][y], 8 * 5e6 * 12) and close(lines[4][y], 1e8)
                and close(lines[5][y], [3e8, 2e8, 1e8][y] * 0.08) and close(lines[6][y], rev[y] * 0.10),
                f"wages, depreciation, interest, commission {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(nights[y] <= 30 * 365 and meals[y] / 5200 * 900 <= 1200, f"beds, chickens {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo 4 nhà gỗ", "Nhà bếp, nhà ăn", "Khu vệ sinh", "Xe đạp, kayak",
                                "Website, biển", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1.2e9 == 9e8 + 3e8, "capital 1,2 tỷ = 900 + 300 triệu")
    p.check(items[0] + items[1] + items[2] == 9e8 and close(9e8 / 10 + items[3] / 10, 1e8), "depreciation 100 triệu")
    p.check(close(sum(prof) / 3, 420.5e6) and close(1.2e9 / (420.5e6 + 1e8), 2.3, 0.01), "payback 2,3")
    p.has("350.000 đồng/đêm", "150.000 đồng/suất", "120.000 đồng/lượt", "1.200.000.000 : (420.500.000 + 100.000.000) ≈ 2,3 năm",
          "TCVN 7800:2017", "an toàn thực phẩm", "bể tự hoại", "mã số thuế 3002389417", "Nhãn hiệu")
    clean(p)
    return p


def br04() -> Plan:
    p = Plan("br04_non_la_thach_lac_htx")
    trad, poem, mini = p.row("Nón lá truyền thống"), p.row("Nón bài thơ |"), p.row("Nón mini trang trí")
    big = [p.row(y + " |", 3)[0] for y in ("2027", "2028", "2029")]
    leaves = [p.row(y + " |", 3)[2] for y in ("2027", "2028", "2029")]
    rev, rt, rp, rm = (p.row("Tổng doanh thu"), p.row("- Nón truyền thống"), p.row("- Nón bài thơ"),
                       p.row("- Nón mini"))
    lines = [p.row(x) for x in ("- Lá nón", "- Vành, cước", "- Tiền công", "- Hộp, túi", "- Khấu hao", "- Lãi vay",
                                 "- Bán hàng", "- Quản lý")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận")
    for y in Y:
        p.check(big[y] == trad[y] + poem[y] and close(leaves[y], big[y] * 25 + mini[y] * 8) and leaves[y] <= 600000,
                f"leaves {y}")
        p.check(big[y] <= 65 * 300 and mini[y] <= 5 * 6 * 280, f"workers' capacity {y}")
        p.check(close(rt[y], trad[y] * 0.065) and close(rp[y], poem[y] * 0.15) and close(rm[y], mini[y] * 0.04)
                and close(rev[y], rt[y] + rp[y] + rm[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaves[y] * 0.0005) and close(lines[1][y], big[y] * 0.008 + mini[y] * 0.003)
                and close(lines[2][y], trad[y] * 0.025 + poem[y] * 0.05 + mini[y] * 0.012)
                and close(lines[3][y], (big[y] + mini[y]) * 0.003), f"per-unit costs {y}")
        p.check(close(lines[4][y], 40) and close(lines[5][y], [300, 200, 100][y] * 0.07), f"depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Xưởng hoàn thiện", "Máy ủi lá", "Thiết kế hộp", "Website, quảng bá", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 600 == 300 + 300, "capital 600 = 300 + 300")
    p.check(close(items[0] / 10 + items[1] / 5, 40), "depreciation 40")
    p.check(avg1(prof) == 398.9 and close(600 / (398.9 + 40), 1.4, 0.03), "payback 1,4")
    p.check(close(rev[0] / 1000, 1.43) and close(rev[2] / 1000, 1.82), "1,43 and 1,82 tỷ")
    p.has("65.000 đồng/chiếc", "150.000 đồng/chiếc", "khoảng 1,43 tỷ đồng", "600 : (398,9 + 40) ≈ 1,4 năm",
          "600.000 lá/năm", "TCCS 01:2026/NLTL", "Nghị định số 43/2017/NĐ-CP", "Nhãn hiệu tập thể", "sơn bóng dùng loại gốc nước")
    clean(p)
    return p


def br05() -> Plan:
    p = Plan("br05_ruou_nep_cai_ky_van_cty")
    chai, can, lit, rice = p.row("Rượu chai 500 ml |"), p.row("Rượu can 5 lít |"), p.row("Tổng sản lượng"), p.row("Gạo nếp |")
    rev, rc, rn = p.row("Doanh thu |"), p.row("Rượu chai 500 ml (90.000"), p.row("Rượu can 5 lít (300.000")
    lines = [p.row(x) for x in ("Gạo nếp (22.000", "Men lá, củi", "Chai, nút, nhãn", "Tiền lương", "Khấu hao", "Lãi vay",
                                 "Bán hàng (5", "Quản lý, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:
        p.check(close(lit[y], chai[y] * 0.5 + can[y] * 5) and close(rice[y], lit[y] / 0.7), f"litres, rice {y}")
        p.check(rice[y] <= 50000 and rice[y] <= 60 * 2 * 2 * 280, f"rice contract, still capacity {y}")
        p.check(close(rc[y], chai[y] * 0.09) and close(rn[y], can[y] * 0.3) and close(rev[y], rc[y] + rn[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.022) and close(lines[1][y], lit[y] * 0.004)
                and close(lines[2][y], chai[y] * 0.01 + can[y] * 0.015), f"per-unit costs {y}")
        p.check(close(lines[3][y], 8 * 6.5 * 12) and close(lines[5][y], [450, 300, 150][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.05), f"wages, interest, selling {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit = revenue - stated total {y}")
        if y != 1:
            p.check(close(cost[y], lines_sum(lines, y)), f"cost total {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    true28 = lines_sum(lines, 1)
    p.check(true28 == 2140 and cost[1] == 1940 and off(cost[1], true28), "PLANTED 2028 total 1.940 vs items 2.140 (-9,3 %)")
    p.check(off(prof[1], p.row("Doanh thu |")[1] - true28), "knock-on: 2028 profit 1.210 vs 1.010")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng", "Hệ thống nấu", "Bồn inox hạ thổ", "Máy lọc, máy chiết", "Bao bì, nhãn",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1800 == 1350 + 450, "capital 1.800 = 1.350 + 450")
    p.check(close(sum(prof) / 3, 1076.7) and close(1800 / (1076.7 + 90), 1.5, 0.03), "stated payback 1,5 on stated profit")
    true_pb = 1800 / ((prof[0] + (rev[1] - true28) + prof[2]) / 3 + 90)
    p.check(off(1.5, true_pb), "knock-on: true payback 1,64")
    p.has("90.000 đồng/chai", "300.000 đồng/can", "21.000 lít năm 2027", "1.800 : (1.076,7 + 90) ≈ 1,5 năm",
          "QCVN 6-3:2010/BYT", "độ cồn", "an toàn thực phẩm", "Nhãn hiệu")
    p.lacks(r"giấy phép|cấp phép|sản xuất rượu thủ công nhằm mục đích kinh doanh|105/2017|17/2020",
            "PLANTED no alcohol licence")
    p.lacks(r"môi trường|nước thải|chất thải|bã rượu|bã|xử lý|khói|bụi|hầm biogas|ô nhiễm",
            "PLANTED no environmental measure")
    clean(p)
    return p


def br06() -> Plan:
    p = Plan("br06_tinh_bot_nghe_son_tien_hkd")
    past = p.row("2025 |", 3)
    p.check(past == [1300, 470, 20] and close(470 / 1.3, 361.5, 0.01), "2025 results as in the text")
    out, price = [2400, 2800, 3200], 380000
    rev_stated = [1050, 1064, 1216]
    fresh, wages, pack, dep, sell, intr = [288, 336, 384], 264, [48, 56, 64], 50, [40, 45, 50], [15, 10, 5]
    cost = [705, 761, 817]
    profit = [345, 303, 399]
    for y in Y:
        true_rev = out[y] * price / 1e6
        if y == 0:
            p.check(off(rev_stated[0], true_rev) and close(true_rev, 912), "PLANTED 2027 revenue 1.050 vs 912 (+15 %)")
        else:
            p.check(close(rev_stated[y], true_rev), f"revenue {y}")
        p.check(close(fresh[y], out[y] * 20 * 6000 / 1e6) and close(pack[y], out[y] * 20000 / 1e6), f"turmeric, packaging {y}")
        p.check(close(cost[y], fresh[y] + wages + pack[y] + dep + sell[y] + intr[y]), f"cost total {y}")
        p.check(close(profit[y], rev_stated[y] - cost[y]), f"profit = stated revenue - cost {y}")
        p.check(out[y] * 20 / 1000 <= 87.5 and out[y] <= 20 * 250, f"turmeric supply, capacity {y}")
    p.check(close(wages, 4 * 5.5 * 12) and close(intr[0], 200 * 0.075) and close(intr[1], 200 * 2 / 3 * 0.075)
            and close(intr[2], 200 / 3 * 0.075, 0.02), "wages, interest")
    p.check(0.5 * 25 + 3 * 25 == 87.5 and 150 + 180 + 120 == 450 and close(450 / 9, dep), "supply 87,5 tấn, depreciation 50")
    p.check(off(profit[0], 912 - cost[0]), "knock-on: 2027 profit 345 vs 207")
    p.check(close(sum(profit) / 3, 349), "average profit 349")
    for basis in (600 / (349 + 50), 600 / 349, 600 / ((207 + 303 + 399) / 3 + 50), 600 / ((207 + 303 + 399) / 3)):
        p.check(off(2.5, basis), f"PLANTED payback 2,5 vs {basis:.2f}")
    items = [p.one(x) for x in ("Cải tạo, mở rộng", "Máy rửa, máy nghiền", "Tủ sấy nhiệt độ thấp, máy", "Bao bì, nhãn",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 600 == 400 + 200, "capital 600 = 400 + 200")
    p.has("sản lượng 2.400 kg tinh bột nghệ, giá bán bình quân 380.000 đồng/kg, doanh thu khoảng 1.050 triệu đồng",
          "48 tấn × 6.000 đồng/kg = 288 triệu đồng", "tổng chi phí 705 triệu đồng", "Lợi nhuận khoảng 345 triệu đồng",
          "doanh thu 1.064 triệu đồng", "tổng chi phí 761 triệu đồng; lợi nhuận 303 triệu đồng",
          "doanh thu 1.216 triệu đồng", "tổng chi phí 817 triệu đồng; lợi nhuận 399 triệu đồng",
          "khoảng 349 triệu đồng/năm, khấu hao 50 triệu đồng/năm", "Thời gian hoàn vốn dự kiến khoảng 2,5 năm",
          "khoảng 20 kg tinh bột nghệ/ngày", "tổng nguồn cung khoảng 87,5 tấn/năm", "an toàn thực phẩm",
          "Nghị định số 43/2017/NĐ-CP", "Nhãn hiệu \"Lài Sơn\"")
    fin = p.body.split("# M. Hiệu quả kinh tế", 1)[1].split("# N.", 1)[0]
    plan = p.body.split("# K. Kế hoạch sản xuất kinh doanh", 1)[1].split("# L.", 1)[0]
    p.check("|" not in fin and "|" not in plan, "revenue, costs, profit, payback and output only in running text")
    p.lacks(r"tiêu chuẩn|công bố|kiểm nghiệm|QCVN|TCVN|TCCS|hợp quy|hợp chuẩn|quy chuẩn|chỉ tiêu|VietGAP",
            "PLANTED no product standard")
    clean(p)
    return p


def br07() -> Plan:
    p = Plan("br07_che_bup_son_lam_htx")
    p.check(p.row("Chè khô chế biến", 2) == [6800, 7500] and p.row("Doanh thu |", 2, 0)[1] == 2150
            and p.row("Lao động thường xuyên", 2)[1] == 14, "2024–2025 results as in the text")
    box, bag, dry = p.row("Chè búp đặc biệt hộp"), p.row("Chè búp loại 1 túi"), p.row("Tổng sản lượng chè khô")
    rev, rb, rg = p.row("Doanh thu |"), p.row("Chè hộp 200 g (90.000"), p.row("Chè túi 1 kg (250.000")
    lines = [p.row(x) for x in ("Búp chè tươi", "Củi, điện", "Hộp, túi, nhãn", "Lương 14", "Khấu hao", "Lãi vay",
                                 "Bán hàng (6", "Quản lý, chi khác")]
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    supply, capacity = 11 * 5 * 1000, 40 * 200
    for y in Y:
        need = dry[y] * 5
        p.check(close(dry[y], box[y] * 0.2 + bag[y]), f"dry tea kg {y}")
        p.check(close(rb[y], box[y] * 0.09) and close(rg[y], bag[y] * 0.25) and close(rev[y], rb[y] + rg[y]), f"revenue {y}")
        p.check(close(lines[0][y], need * 0.015) and close(lines[1][y], dry[y] * 0.015)
                and close(lines[2][y], box[y] * 0.006 + bag[y] * 0.005), f"per-unit costs {y}")
        p.check(close(lines[3][y], 14 * 6 * 12) and close(lines[4][y], 120) and close(lines[5][y], [600, 400, 200][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.06), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(dry[y] > capacity and off(dry[y], capacity), f"PLANTED output {dry[y]:.0f} kg > capacity 8.000 {y}")
        if y:
            p.check(need > supply and off(need, supply), f"PLANTED buds needed {need:.0f} > 55.000 kg {y}")
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
        else:
            p.check(need <= supply, "2027 buds within supply")
    p.check(close(70000 / 55000 - 1, 0.27, 0.02) and close(60000 / 55000 - 1, 0.09, 0.05), "shortfall +9 %, +27 %")
    items = [p.one(x) for x in ("Kho bảo quản", "Máy đóng gói", "Xe tải 1,5", "Bao bì, nhãn, tiêu chuẩn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 1500 == 900 + 600, "capital 1.500 = 900 + 600")
    p.check(close(items[0] / 10 + items[1] / 5 + items[2] / 10, 120), "depreciation 120")
    p.check(close(sum(prof) / 3, 1087) and close(1500 / (1087 + 120), 1.2, 0.05), "payback 1,2")
    p.has("5 kg búp tươi cho 1 kg chè khô", "11 ha chè kinh doanh của các hộ thành viên, năng suất bình quân 5 tấn búp tươi/ha/năm",
          "tổng khoảng 55 tấn búp tươi mỗi năm", "khoảng 40 kg chè khô/ngày", "khoảng 200 ngày/năm",
          "năm 2025 chế biến 7.500 kg", "90.000 đồng/hộp", "250.000 đồng/kg", "TCCS 01:2026/KG",
          "Nghị định số 43/2017/NĐ-CP", "an toàn thực phẩm")
    raw = p.body.split("# Mục 7. Nguồn nguyên liệu", 1)[1].split("# Mục 8.", 1)[0]
    p.check("|" not in raw, "supply and yield only in running text")
    p.lacks(r"máy sao.{0,80}(mới|đầu tư)|đầu tư.{0,60}máy (sao|vò|sấy)|lò sấy mới", "no new processing machine")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|chỉ dẫn địa lý|bảo hộ|Cục SHTT|văn bằng", "PLANTED no trademark")
    clean(p)
    return p


def br08() -> Plan:
    p = Plan("br08_cam_chanh_huong_xuan_htx")
    past_t, past_r, past_p = p.row("Cam tiêu thụ qua", 2), p.row("Doanh thu |", 2), p.row("Giá bán bình quân", 2)
    p.check(all(close(past_r[i], past_t[i] * past_p[i] / 1000) for i in (0, 1)) and past_t[1] == 140, "2024–2025 results")
    g1, g2, tot = p.row("Cam loại 1 |"), p.row("Cam loại 2 |"), p.row("Tổng sản lượng")
    r1, r2, rev = p.row("Doanh thu cam loại 1"), p.row("Doanh thu cam loại 2"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Thu mua cam", "Hộp, tem", "Vận chuyển, bảo quản", "Lương", "Khấu hao", "Lãi vay",
                                 "Bán hàng, quảng bá", "Quản lý, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:
        p.check(tot[y] == g1[y] + g2[y] and close(g1[y], tot[y] * 0.6), f"grades {y}")
        p.check(close(r1[y], g1[y] * 28) and close(r2[y], g2[y] * 18) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], g1[y] * 20 + g2[y] * 12) and close(lines[1][y], g1[y] * 1)
                and close(lines[2][y], tot[y] * 0.8), f"per-unit costs {y}")
        p.check(close(lines[3][y], 6 * 6 * 12) and close(lines[4][y], 80) and close(lines[5][y], [400, 300, 200][y] * 0.07),
                f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    for y in (1, 2):
        p.check(tot[y] / tot[y - 1] > 1.5 and rev[y] / rev[y - 1] > 1.5, f"PLANTED growth > 50 % a year {y}")
        p.check(tot[y] > 18 * 12 and off(tot[y], 18 * 12), f"knock-on: {tot[y]:.0f} tấn > orchard 180–216 tấn {y}")
    p.check(tot[0] <= 15 * 12 and close(tot[0] / 140, 1.07, 0.01), "2027 within orchard, +7 % on 2025")
    items = [p.one(x) for x in ("Kho lạnh 50", "Nhà sơ chế, đóng", "Máy rửa, phân loại", "Hệ thống tưới", "Hộp, tem truy",
                                "Vốn lưu động")]
    total, src = p.one("Tổng vốn đầu tư"), [p.one("Thành viên góp vốn"), p.one("Vay Ngân hàng Nông nghiệp")]
    p.check(sum(items) == total == 1200, "investment items = 1.200")
    p.check(sum(src) == 1100 and off(sum(src), total), "PLANTED sources 700 + 400 = 1.100 vs 1.200 (-8,3 %)")
    p.check(close(sum(prof) / 3, 735) and close(1200 / (735 + 80), 1.5, 0.02), "payback 1,5 on stated profit")
    p.check(p.count("15 ha") == 1 and p.count("18 ha") == 1 and off(18, 15), "PLANTED 15 ha vs 18 ha, once each")
    p.has("Tổng diện tích cam của các thành viên là 15 ha", "có tổng diện tích 18 ha", "năng suất bình quân 12 tấn/ha",
          "Năm 2025 hợp tác xã tiêu thụ 140 tấn cam", "28.000 đồng/kg", "18.000 đồng/kg", "VietGAP", "TCCS 01:2026/CHX",
          "Nghị định số 43/2017/NĐ-CP", "Nhãn hiệu tập thể")
    p.lacks(r"trồng mới|mở rộng diện tích|thuê thêm.{0,20}đất|thâm canh tăng năng suất", "no new planting explains growth")
    clean(p)
    return p


def br09() -> Plan:
    p = Plan("br09_ruoc_ca_ngu_thach_kim_cty")
    p.check(p.row("Ruốc cá |", 3) == [1200, 2200, 3100] and p.row("Doanh thu |", 3, 0)[2] == 1480
            and p.row("Lao động |", 3)[2] == 9, "2023–2025 results as in the text")
    jar, bag, kg, fish = p.row("Ruốc hũ 200 g"), p.row("Ruốc túi 1 kg |"), p.row("Tổng sản lượng ruốc"), p.row("Cá ngừ tươi |")
    rj, rb, rev = p.row("Doanh thu ruốc hũ"), p.row("Doanh thu ruốc túi"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Cá ngừ tươi (60.000", "Gia vị, phụ liệu", "Hũ, túi, thùng", "Điện, gas", "Lương 9",
                                 "Khấu hao", "Lãi vay", "Bán hàng (5", "Quản lý, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    for y in Y:
        p.check(close(kg[y], jar[y] * 0.2 + bag[y]) and close(fish[y], kg[y] * 3), f"kg, fish {y}")
        p.check(fish[y] <= 25000 and kg[y] <= 60 * 250, f"fish contract, roaster capacity {y}")
        p.check(close(rj[y], jar[y] * 0.11) and close(rb[y], bag[y] * 0.45) and close(rev[y], rj[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.06) and close(lines[1][y], kg[y] * 0.02)
                and close(lines[2][y], jar[y] * 0.005 + bag[y] * 0.003) and close(lines[3][y], kg[y] * 0.015),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], 9 * 6.5 * 12) and close(lines[5][y], 95) and close(lines[6][y], [500, 350, 200][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.05), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost total {y}")
        if y == 1:
            p.check(off(prof[1], rev[1] - cost[1]) and close(rev[1] - cost[1], 580.6), "PLANTED 2028 profit 680,6 vs 580,6 (+17 %)")
        else:
            p.check(close(prof[y], rev[y] - cost[y]), f"profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Nhà xưởng chế biến", "Chảo rang tự động", "Kho lạnh, tủ", "Máy hàn túi", "Hệ thống xử lý",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 1600 == 1100 + 500, "capital 1.600 = 1.100 + 500")
    p.check(close(sum(prof) / 3, 613.9) and close(1600 / (613.9 + 95), 2.3, 0.03), "stated payback 2,3 on stated profit")
    p.check(close(1600 / ((rev[0] - cost[0] + 580.6 + prof[2]) / 3 + 95), 2.37, 0.01), "true payback 2,37 (tolerated)")
    p.has("110.000 đồng/hũ", "450.000 đồng/kg", "5.000 kg năm 2027", "1.600 : (613,9 + 95) ≈ 2,3 năm", "TCCS 01:2026/LA",
          "hệ thống xử lý nước thải", "đăng ký môi trường", "Nhãn hiệu \"Lộc An Food\"", "Hũ nhựa PET nắp vặn 200 g")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|cam kết|vệ sinh thực phẩm|15/2018|55/2010|HACCP|ISO 22000|khám sức khỏe|tập huấn",
            "PLANTED no food safety")
    p.lacks(r"nhãn(?! hiệu)|tem|43/2017|111/2021|hạn sử dụng in|ghi nhãn", "PLANTED no label")
    clean(p)
    return p


def br10() -> Plan:
    p = Plan("br10_choi_dot_huong_do_co_so")
    p.check(p.row("Chổi các loại", 3)[2] == 38000 and p.row("Doanh thu |", 3, 0)[2] == 1300
            and p.row("Thợ bó chổi", 3)[2] == 25, "2023–2025 results as in the text")
    tre, inox, mini, dot = p.row("Chổi đót cán tre |"), p.row("Chổi đót cán inox |"), p.row("Chổi mini |"), p.row("Bông đót khô")
    rt, ri, rm, rev = (p.row("Doanh thu chổi cán tre"), p.row("Doanh thu chổi cán inox"), p.row("Doanh thu chổi mini"),
                       p.row("Cộng doanh thu"))
    lines = [p.row(x) for x in ("Bông đót (18.000", "Cán, dây cước |", "Công bó chổi", "Túi, tem |", "Khấu hao",
                                 "Vận chuyển, bán hàng", "Quản lý, chi khác")]
    cost, prof = p.row("Cộng chi phí"), p.row("Lợi nhuận |")
    for y in Y:
        big = tre[y] + inox[y]
        p.check(close(dot[y], big * 0.4 + mini[y] * 0.15) and dot[y] <= 25000, f"broom grass {y}")
        p.check(big + mini[y] <= 25 * 9 * 280, f"capacity {y}")
        p.check(close(rt[y], tre[y] * 0.035) and close(ri[y], inox[y] * 0.055) and close(rm[y], mini[y] * 0.02)
                and close(rev[y], rt[y] + ri[y] + rm[y]), f"revenue {y}")
        p.check(close(lines[0][y], dot[y] * 0.018) and close(lines[1][y], tre[y] * 0.005 + inox[y] * 0.012 + mini[y] * 0.002)
                and close(lines[2][y], big * 0.01 + mini[y] * 0.005) and close(lines[3][y], (big + mini[y]) * 0.0015),
                f"per-unit costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Mở rộng xưởng", "Máy tuốt hạt", "Thiết kế túi", "Vốn lưu động mua đót")]
    p.check(sum(items) == p.one("Tổng cộng") == 400 == 300 + 100, "capital 400 = 300 + 100")
    p.check(avg1(prof) == 547.3 and close(400 / (547.3 + 30), 0.7, 0.02), "payback 0,7")
    p.check(close(rev[0] / 1000, 1.7) and close(rev[2] / 1000, 2.17), "1,7 and 2,17 tỷ")
    p.has("35.000 đồng/chiếc", "55.000 đồng/chiếc", "400 : (547,3 + 30) ≈ 0,7 năm", "TCCS 01:2026/PH",
          "Nghị định số 43/2017/NĐ-CP", "Nhãn hiệu \"Chổi đót Phúc Hương\"", "máy hút bụi")
    p.lacks(r"đăng ký (hộ )?kinh doanh|hộ kinh doanh|mã số thuế|doanh nghiệp|giấy chứng nhận đăng ký|hợp tác xã (đã|được) cấp|đăng ký thành lập",
            "PLANTED no registration")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "theo Nghị quyết số 123/2018/NQ-HĐND")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|51/2021|165/2025", "PLANTED only replaced instruments cited")
    p.check(p.count("Chổi đót Tân Lộc") == 2 and p.count("Hợp tác xã Chổi đót Tân Lộc") == 1
            and p.count("Tân Lộc") == 2 and p.count("Chổi đót Phúc Hương") >= 2, "PLANTED a second product/producer name")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("br11_banh_gai_tung_loc_so_sai")
    a.check(300 * 5000 * 300 == 450e6, "bánh gai sentence (300 chiếc × 5.000 × 300 days = 450 triệu)")
    a.has("khoảng 300 chiếc bánh", "5.000 đồng/chiếc", "khoảng 300 ngày", "khoảng 450 triệu đồng/năm",
          "khoảng 100 triệu đồng", "Hộ đã đăng ký hộ kinh doanh năm 2024")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 330, "no table, a third of a page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn|công bố|môi trường", "genuine gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("br12_dua_luoi_cam_binh_so_sai")
    b.has("nhà màng 2.000 m²", "khoảng 10 tấn quả", "khoảng 35.000 đồng/kg", "khoảng 500 triệu đồng")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 330, "no table, under half a page")
    b.lacks(r"an toàn thực phẩm|VietGAP|nhãn|công bố|môi trường|doanh thu|lợi nhuận", "genuine gaps (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (br01, br02, br03, br04, br05, br06, br07, br08, br09, br10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
