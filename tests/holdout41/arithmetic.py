"""The forty-first holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout41/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no environment measure, replaced instruments cited, a second
producer name, no trademark, no food safety, no label, no product standard, no sales channel, no
registration, two worker counts) are asserted too, as is the absence of template placeholders.
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

REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018|38/2012|89/2006"


class Plan(plancheck.Plan):
    src = HERE / "src"


def rows(p: Plan, labels: list[str]) -> list[list[float]]:
    return [p.row(x) for x in labels]


def ap01() -> Plan:
    p = Plan("ap01_banh_dau_phong_cty")
    kg, hop, tui, lac, staff = (p.row("Tổng sản lượng bánh"), p.row("- Hộp 200 g"), p.row("- Túi 500 g"),
                                p.row("Lạc nhân sử dụng"), p.row("Lao động thường xuyên"))
    rev, rh, rt = p.row("Doanh thu |"), p.row("Hộp 200 g (45.000"), p.row("Túi 500 g (95.000")
    cost = p.row("Tổng chi phí")
    lines = rows(p, ["Lạc nhân (45.000", "Mạch nha, đường, mè", "Bao bì (hộp", "Tiền lương", "Điện, gas",
                     "Khấu hao tài sản", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm"])
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.2 + tui[y] * 0.5 and lac[y] == kg[y] * 0.5, f"kg, peanuts 0,5 {y}")
        p.check(close(rh[y], hop[y] * 0.045) and close(rt[y], tui[y] * 0.095) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], lac[y] * 0.045) and close(lines[1][y], kg[y] * 0.018)
                and close(lines[2][y], hop[y] * 0.004 + tui[y] * 0.003) and close(lines[4][y], kg[y] * 0.006), f"unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and lines[5][y] == 120 and lines[6][y] == [600, 400, 200][y] * 0.08
                and close(lines[7][y], rev[y] * 0.07), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(kg[y] <= 100 * 280 and lac[y] <= 12000, f"line 28.000 kg, 12 tấn peanut contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "Lồng rang, máy tách vỏ", "Máy đóng gói", "Kho nguyên liệu", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1800 == 1200 + 600 and sum(items[:4]) == 1200, "capital 1.800, fixed 1.200")
    p.check(avg1(post) == 748.7 and close(1800 / (748.7 + 120), 2.1, 0.02), "average profit, payback 2,1")
    p.check(close(kg[0] / 11500, 1.22, 0.01) and 6300 + 5200 == 11500, "+22 % on 2025; 2025 channel split")
    p.has("45.000 đồng/hộp", "95.000 đồng/túi", "(563,7 + 744,3 + 938,1) : 3 ≈ 748,7", "1.800 : (748,7 + 120) ≈ 2,1 năm",
          "công suất tối đa khoảng 28.000 kg bánh/năm", "cung cấp 12 tấn lạc nhân", "vay Ngân hàng TMCP Công thương",
          "vốn chủ sở hữu của công ty 1.200 triệu đồng", "Nghị định 43/2017/NĐ-CP", "TCCS 01:2024/HL", "Cục Sở hữu trí tuệ")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def ap02() -> Plan:
    p = Plan("ap02_tham_len_det_tay_htx")
    out = [p.row(f"{2026 + y}|", 6) for y in Y]  # years as rows: small, round, pads, days, wool, revenue
    res = [p.row(f"{2026 + y}|", 5, skip=1) for y in Y]  # revenue, cost, pre-tax, tax, post-tax
    lines = rows(p, ["Len (150.000", "Tiền công dệt khoán", "Sợi nền, đế", "Túi, thẻ bài", "Khấu hao |", "Lãi vay |",
                     "Bán hàng, hội chợ", "Quản lý, điện nước"])
    cost = p.row("Cộng chi phí")
    weavers = [20, 22, 25]
    for y in Y:
        s, t, l, days, wool, rev = out[y]
        p.check(close(rev, s * 1.2 + t * 3.5 + l * 0.15), f"revenue {y}")
        p.check(days == s * 2 + t * 6 + l * 0.4 and close(wool, s * 1.2 + t * 3.5 + l * 0.1), f"days, wool {y}")
        p.check(days <= weavers[y] * 250 and wool <= 3000, f"weavers × 250 days, 3 tấn wool contract {y}")
        p.check(close(lines[0][y], wool * 0.15) and close(lines[1][y], days * 0.18)
                and close(lines[2][y], s * 0.06 + t * 0.15 + l * 0.01) and close(lines[3][y], s * 0.02 + t * 0.04 + l * 0.002),
                f"unit costs {y}")
        p.check(lines[4][y] == 50 and close(lines[5][y], [300, 200, 100][y] * 0.07) and close(lines[6][y], rev * 0.08), f"dep, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        r = res[y]
        p.check(close(r[0], rev) and close(r[1], cost[y]) and close(r[2], r[0] - r[1]) and close(r[3], r[2] * 0.15)
                and close(r[4], r[2] - r[3]), f"results row {y}")
        if y:
            p.check(rev / out[y - 1][5] < 1.2, f"growth {y}")
    post = [r[4] for r in res]
    p.check(avg1(post) == 645.0 and close(800 / (645 + 50), 1.2, 0.05), "average 645, payback 1,2")
    p.check(150 + 250 + 100 + 300 == 800 == 500 + 300 and 150 + 250 + 100 == 500, "capital 800, fixed 500")
    p.check(out[0][0] * 1.2 == 960 and out[0][1] * 3.5 == 700 and out[0][2] * 0.15 == 375, "2026 revenue sentence")
    p.has("1.200.000 đồng/tấm", "3.500.000 đồng/tấm", "150.000 đồng/chiếc", "800 × 1,2 = 960 triệu đồng",
          "800 : (645 + 50) ≈ 1,2 năm", "3 tấn len pha nhuộm sẵn", "Cục Sở hữu trí tuệ", "TCCS 01:2026/GH")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def ap03() -> Plan:
    p = Plan("ap03_trai_nghiem_hai_sim_hkd")
    adult, pupil, meals, sim = p.row("Khách người lớn"), p.row("Khách học sinh"), p.row("Bữa cơm quê|"), p.row("Sim tươi bán thêm")
    va, vp, vm, vs, rev = (p.row("Vé người lớn (80.000"), p.row("Vé học sinh (50.000"), p.row("Bữa cơm quê (120.000"),
                           p.row("Sim tươi (40.000"), p.row("Tổng doanh thu"))
    food = [m * 0.06 for m in meals]
    labour = [288 + 150, 288 + 175, 360 + 200]
    comm = [(va[y] + vp[y]) * 0.10 for y in Y]
    tax = [rev[y] * 0.04 for y in Y]
    cost = [food[y] + labour[y] + 60 + 36 + 60 + [24, 16, 8][y] + comm[y] + 30 + tax[y] for y in Y]
    prof = [rev[y] - cost[y] for y in Y]
    for y in Y:  # triệu đồng
        p.check(close(va[y], adult[y] * 0.08) and close(vp[y], pupil[y] * 0.05) and close(vm[y], meals[y] * 0.12)
                and close(vs[y], sim[y] * 0.04) and close(rev[y], va[y] + vp[y] + vm[y] + vs[y]), f"revenue {y}")
        p.check(adult[y] * 0.5 + sim[y] + pupil[y] * 0.2 <= 8 * 1500, f"sim fruit within 12 tấn {y}")
        p.check(adult[y] + pupil[y] <= 250 * 150, f"visitors within 37.500 {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check([round(x, 1) for x in cost] == [942.4, 1007.3, 1144.2] and [round(x, 1) for x in prof] == [217.6, 337.7, 385.8],
            "costs and profits in the text")
    p.check(labour == [438, 463, 560] and 4 * 6 * 12 == 288 and 6 * 5 * 5 == 150 and 7 * 25 == 175 and 5 * 72 == 360 and 8 * 25 == 200,
            "wages")
    p.check(avg1(prof) == 313.7 and close(700 / (313.7 + 60), 1.9, 0.02), "average 313,7, payback 1,9")
    p.check(300 + 150 + 80 + 70 + 100 == 700 == 400 + 300 and 300 + 150 + 80 + 70 == 600, "capital 700, fixed 600")
    p.check(close((adult[0] + pupil[0]) / 7200, 1.39, 0.01) and 4500 + 2700 == 7200, "+39 % on 2025")
    p.has("80.000 đồng/lượt", "50.000 đồng/lượt", "120.000 đồng/suất", "40.000 đồng/kg", "Tổng chi phí 942,4 triệu đồng",
          "Tổng chi phí 1.007,3 triệu đồng", "Tổng chi phí 1.144,2 triệu đồng", "1.160 – 942,4 = 217,6 triệu đồng",
          "(217,6 + 337,7 + 385,8) : 3 ≈ 313,7", "700 : (313,7 + 60) ≈ 1,9 năm", "tổng 9.000 kg", "khoảng 37.500 lượt/năm",
          "Giấy chứng nhận đăng ký hộ kinh doanh số", "cơ sở đủ điều kiện an toàn thực phẩm", "Cục Sở hữu trí tuệ")
    p.lacks(r"rượu", "no alcohol anywhere in the service plan")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def ap04() -> Plan:
    p = Plan("ap04_banh_u_la_tre_tht")
    man, ngot, tot, nep = p.row("Bánh ú nhân mặn"), p.row("Bánh ú nhân ngọt"), p.row("Tổng số xâu"), p.row("Gạo nếp sử dụng")
    rev = [man[y] * 0.06 + ngot[y] * 0.04 for y in Y]
    main = [man[y] * 0.032 + ngot[y] * 0.02 for y in Y]
    cost = [main[y] + tot[y] * 0.004 + tot[y] * 0.008 + 30 + 24 + rev[y] * 0.05 + 36 + rev[y] * 0.015 for y in Y]
    prof = [rev[y] - cost[y] for y in Y]
    for y in Y:
        p.check(tot[y] == man[y] + ngot[y] and nep[y] == tot[y] * 0.5, f"count, rice {y}")
        p.check(nep[y] <= 18000 + 6000 and tot[y] <= 2 * 80 * 300, f"rice 24 tấn, pots 48.000 {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check([round(x, 1) for x in rev] == [1600, 1820, 2040] and [round(x, 1) for x in main] == [840, 956, 1072], "revenue, main ingredients")
    p.check([round(x, 1) for x in cost] == [1394, 1572.3, 1750.6] and [round(x, 1) for x in prof] == [206, 247.7, 289.4], "costs, profits")
    items = [p.one(x) for x in ("Nồi luộc inox", "Máy hút chân không", "Tủ cấp đông", "Cải tạo khu gói", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 350 == 200 + 150 and sum(items[:4]) == 300, "capital 350, fixed 300")
    p.check(avg1(prof) == 247.7 and close(350 / (247.7 + 30), 1.3, 0.05), "average 247,7, payback 1,3")
    p.check(close(tot[0] / 24000, 1.25, 0.001), "+25 % on 2025")
    p.has("60.000 đồng/xâu", "40.000 đồng/xâu", "20.000 xâu × 60.000 đồng = 1.200 triệu đồng", "Tổng chi phí 1.394 triệu đồng; lợi nhuận 206 triệu đồng",
          "Tổng chi phí 1.572,3 triệu đồng; lợi nhuận 247,7 triệu đồng", "Tổng chi phí 1.750,6 triệu đồng; lợi nhuận 289,4 triệu đồng",
          "(206 + 247,7 + 289,4) : 3 ≈ 247,7", "350 : (247,7 + 30) ≈ 1,3 năm", "công suất tối đa 48.000 xâu/năm",
          "ghi vào sổ theo dõi tổ hợp tác", "TCCS 01:2026/THT-HĐ", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    p.check(len(p.rows) < 20, "financials in running text (only the output and investment tables)")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    return p


def ap05() -> Plan:
    p = Plan("ap05_ca_linh_kho_hkd")
    jar = [p.row("Hũ sành 500 g (hũ)", 3, skip=y) for y in Y]  # quantity, price đ, amount 1.000 đ
    box = [p.row("Hộp 300 g (hộp)", 3, skip=y) for y in Y]
    rev, cost, prof = p.row("Doanh thu |"), p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    lines = rows(p, ["Cá linh tươi (80.000", "Gia vị (15.000", "Hũ, hộp, nắp, nhãn", "Củi, điện", "Tiền lương", "Khấu hao |",
                     "Lãi vay |", "Bán hàng, vận chuyển lạnh", "Quản lý, thuế khoán"])
    kg = [jar[y][0] * 0.5 + box[y][0] * 0.3 for y in Y]
    for y in Y:  # 1.000 đồng
        p.check(jar[y][1] == 120000 and box[y][1] == 75000 and close(box[y][2], box[y][0] * 75), f"box revenue {y}")
        p.check(close(lines[0][y], kg[y] * 80) and close(lines[1][y], kg[y] * 15) and close(lines[3][y], kg[y] * 8)
                and close(lines[2][y], jar[y][0] * 12 + box[y][0] * 4), f"per-kg costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit follow the stated revenue {y}")
        p.check(close(rev[y], jar[y][2] + box[y][2]), f"revenue = table rows {y}")
        p.check(kg[y] * 1.6 <= 17000 and kg[y] <= 16000, f"fish 17 tấn, capacity 16.000 kg {y}")
    p.check(kg == [7000, 8100, 9200], "7.000 / 8.100 / 9.200 kg")
    p.check(close(jar[0][2], jar[0][0] * 120) and close(jar[2][2], jar[2][0] * 120), "2026, 2028 jar rows right")
    p.check(jar[1][2] == 1260000 and jar[1][0] * 120 == 1080000 and off(jar[1][2], jar[1][0] * 120),
            "PLANTED 2027 jar revenue 1.260.000 != 9.000 × 120.000 = 1.080.000 (+16,7 %)")
    p.check(rev[1] == 2160000 and off(rev[1], 1980000), "PLANTED 2027 total 2.160.000 != 1.980.000 (+9,1 %)")
    p.check(close(lines[4][0], 6 * 60000) and close(lines[4][1], 7 * 60000) and lines[6] == [14000, 7000, 0], "wages, interest")
    avg = sum(prof) / 3
    p.check(close(avg, 439700, 0.001) and close(500000 / (avg + 40000), 1.0, 0.05), "stated payback 1,0 on the stated profit")
    p.check(close(500000 / ((prof[0] + 359700 + prof[2]) / 3 + 40000), 1.19, 0.01), "tolerated knock-on: true payback ≈ 1,2")
    p.check(rev[1] / rev[0] < 1.3 and rev[2] / rev[1] < 1.1 and close(kg[0] / 5800, 1.21, 0.01), "no growth issue; +21 % on 2025")
    p.check(2600 + 2400 + 800 == 5800, "2025 channel split")
    p.has("120.000 đồng/hũ", "75.000 đồng/hộp", "(291.000 + 539.700 + 488.400) : 3 = 439.700", "500.000 : (439.700 + 40.000) ≈ 1,0 năm",
          "tổng khoảng 12 tấn", "Tổng nguồn khoảng 17 tấn/năm", "công suất khoảng 16.000 kg/năm", "Tổng vốn đầu tư 500 triệu đồng")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Nghị quyết số 123/2018/NQ-HĐND")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|51/2021|165/2025", "PLANTED the current OCOP instruments are not cited")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|mùi|khói|\bbể\b|ô nhiễm|lắng|vệ sinh|phế phẩm|thu gom",
            "PLANTED no environmental measure anywhere")
    p.has("đánh vảy, bỏ ruột", "đun củi")  # the waste is there
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ap06() -> Plan:
    p = Plan("ap06_ruou_que_cty")
    chai, binh, lit, staff = p.row("Chai 500 ml"), p.row("Bình sứ 1 lít"), p.row("Tổng sản lượng"), p.row("Lao động |")
    rev, rc, rb = p.row("Doanh thu |"), p.row("- Chai 500 ml (150.000"), p.row("- Bình 1 lít (300.000")
    cost = p.row("Chi phí |")
    lines = rows(p, ["- Gạo nếp", "- Vỏ quế", "- Men, củi", "- Chai, bình", "- Tiền lương", "- Khấu hao", "- Lãi vay",
                     "- Bán hàng", "- Quản lý"])
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(lit[y] == chai[y] * 0.5 + binh[y], f"litres {y}")
        p.check(close(rc[y], chai[y] * 0.15) and close(rb[y], binh[y] * 0.3) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], lit[y] * 1.25 * 0.025) and close(lines[1][y], lit[y] * 0.08 * 0.12)
                and close(lines[2][y], lit[y] * 0.015) and close(lines[3][y], chai[y] * 0.018 + binh[y] * 0.045), f"unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6.5 * 12) and lines[5][y] == 200 and lines[6][y] == [1000, 750, 500][y] * 0.08
                and close(lines[7][y], rev[y] * 0.08), f"wages, dep, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(lit[y] * 1.25 <= 20000 and lit[y] * 0.08 <= 3000 and lit[y] <= 80 * 250 == 20000, f"rice, cinnamon, capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    items = [p.one(x) for x in ("Hệ thống chưng cất hai tháp", "Bồn ngâm ủ inox", "Máy chiết rót", "Cải tạo nhà xưởng", "Vốn lưu động (nếp")]
    total = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == total == 2600 and sum(items[:4]) == 2000, "investment table 2.600 adds up, fixed 2.000")
    p.check(1400 + 1000 == 2400 and off(2400, 2600), "PLANTED sources 1.400 + 1.000 = 2.400 != 2.600 (−7,7 %)")
    p.has("Tổng vốn đầu tư của phương án là 2.600 triệu đồng", "vốn góp bổ sung của cổ đông 1.400 triệu đồng",
          "vay Ngân hàng TMCP Đầu tư và Phát triển chi nhánh Hà Tĩnh 1.000 triệu đồng")
    p.check(avg1(post) == 898.4 and close(2600 / (898.4 + 200), 2.4, 0.02), "average 898,4, payback 2,4 on the 2.600 spent")
    p.check(close(lit[0] / 8200, 1.22, 0.01), "+22 % on 2025")
    p.check(p.count("Công ty Cổ phần Dược liệu Kỳ Sơn") == 2 and p.count("Công ty Cổ phần Rượu quế Ngàn Phố") >= 1,
            "PLANTED a second producer name, twice")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|SHTT", "PLANTED no trademark or IP anywhere")
    p.has("Giấy phép sản xuất rượu công nghiệp", "QCVN 6-3:2010/BYT", "độ cồn 29% vol", "Không dành cho người dưới 18 tuổi",
          "đăng ký môi trường", "150.000 đồng/chai", "300.000 đồng/bình", "2.600 : (898,4 + 200) ≈ 2,4 năm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument")
    return p


def ap07() -> Plan:
    p = Plan("ap07_tra_rau_ngo_tht")
    box, loose, kg, silk, staff = (p.row("Hộp túi lọc 75 g"), p.row("Gói trà rời 200 g"), p.row("Trà thành phẩm"),
                                   p.row("Râu ngô tươi cần dùng"), p.row("Lao động |"))
    rb, rl, rev = p.row("Doanh thu túi lọc"), p.row("Doanh thu trà rời"), p.row("Tổng doanh thu")
    lines = rows(p, ["Râu ngô tươi (6.000", "Túi lọc, hộp, gói", "Điện sấy, chất đốt", "Tiền lương", "Khấu hao |", "Lãi vay |",
                     "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm", "Thuế khoán"])
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    supply = 800 * 8 * 2
    for y in Y:  # triệu đồng
        p.check(kg[y] == box[y] * 0.075 + loose[y] * 0.2 and close(silk[y], kg[y] * 5 * 1.1), f"kg, silk 5,5 kg/kg {y}")
        p.check(close(rb[y], box[y] * 0.045) and close(rl[y], loose[y] * 0.06) and close(rev[y], rb[y] + rl[y]), f"revenue {y}")
        p.check(close(lines[0][y], silk[y] * 0.006) and close(lines[1][y], box[y] * 0.007 + loose[y] * 0.003)
                and close(lines[2][y], kg[y] * 0.02) and close(lines[3][y], staff[y] * 5.5 * 12), f"unit costs, wages {y}")
        p.check(lines[4][y] == 40 and close(lines[5][y], [150, 100, 50][y] * 0.07) and close(lines[6][y], rev[y] * 0.08)
                and close(lines[8][y], rev[y] * 0.015), f"dep, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(off(silk[y], supply) and silk[y] > supply, f"PLANTED fresh silk need {silk[y]:.0f} > 12.800 kg supply {y}")
        p.check(silk[y] <= 30000, f"dryer capacity 30.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(supply == 12800 and 40 * 10000 / 500 == 800 and close(silk[0] / supply, 1.074, 0.001)
            and close(silk[2] / supply, 1.504, 0.001), "40 ha = 800 sào; shortfall +7 % to +50 %")
    p.has("khoảng 12.800 kg râu tươi mỗi năm, đủ nguyên liệu cho kế hoạch sản xuất", "1 kg trà cần 5,5 kg râu tươi")
    avg = sum(prof) / 3
    true = 500 / (avg + 40)
    p.check(close(avg, 281.2, 0.001) and close(true, 1.56, 0.01) and off(1.0, true) and off(1.0, 500 / avg),
            "PLANTED payback 'khoảng 1 năm' != 1,56 (1,78 without depreciation)")
    p.has("Lợi nhuận bình quân 3 năm là 281,2 triệu đồng/năm", "thu hồi đủ 500 triệu đồng vốn đầu tư trong khoảng 1 năm")
    p.check(150 + 60 + 150 + 40 == 400 and 400 + 100 == 500 == 350 + 150, "capital 500, fixed 400")
    p.check(close(kg[0] / 1900, 1.32, 0.01), "+32 % on 2025")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|cam kết|vệ sinh|15/2018|khám sức khỏe|công bố|vi sinh",
            "PLANTED no food-safety certificate, commitment, declaration or plan anywhere")
    p.has("TCCS 01:2026/RN", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "45.000 đồng/hộp", "60.000 đồng/gói")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument")
    return p


def ap08() -> Plan:
    p = Plan("ap08_nuoc_ep_luu_cty")
    small, big, lit, fruit = p.row("Chai 250 ml |"), p.row("Chai 1 lít |"), p.row("Tổng sản lượng nước ép"), p.row("Lựu quả sử dụng")
    rev, rs, rb = p.row("Tổng doanh thu"), p.row("Chai 250 ml (30.000"), p.row("Chai 1 lít (110.000")
    cost = p.row("Tổng chi phí")
    lines = rows(p, ["Lựu quả (16.000", "Chai, nắp, thùng", "Điện, nước, hơi", "Tiền lương", "Khấu hao |", "Lãi vay |",
                     "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm"])
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [6, 7, 8]
    cap = 100 * 220
    for y in Y:  # triệu đồng
        p.check(lit[y] == small[y] * 0.25 + big[y] and fruit[y] * 1000 == lit[y] * 2.5, f"litres, fruit 2,5 kg/l {y}")
        p.check(close(rs[y], small[y] * 0.03) and close(rb[y], big[y] * 0.11) and close(rev[y], rs[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 16) and close(lines[1][y], small[y] * 0.004 + big[y] * 0.01)
                and close(lines[2][y], lit[y] * 0.003) and close(lines[3][y], staff[y] * 6 * 12), f"unit costs, wages {y}")
        p.check(lines[4][y] == 100 and lines[5][y] == [500, 375, 250][y] * 0.08 and close(lines[6][y], rev[y] * 0.08), f"dep, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax follows the written pre-tax {y}")
        p.check(fruit[y] <= 60 + 30, f"fruit within 90 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2026, 2028 profit right")
    p.check(close(rev[1] - cost[1], 460.4, 0.0001) and pre[1] == 530.4 and off(pre[1], rev[1] - cost[1]),
            "PLANTED 2027 pre-tax 530,4 != 2.820 − 2.359,6 = 460,4 (+15,2 %)")
    stated = 1300 / (avg1(post) + 100)
    true = 1300 / ((post[0] + (460.4 - 460.4 * 0.15) + post[2]) / 3 + 100)
    p.check(avg1(post) == 407.2 and close(stated, 2.6, 0.05) and close(true, 2.6, 0.05),
            "payback 'khoảng 2,6 năm' within 5 % of both the written (2,56) and the true (2,67) profit")
    p.check(cap == 22000 and lit[0] <= cap and off(lit[1], cap) and off(lit[2], cap) and lit[1] > cap and lit[2] > cap,
            "PLANTED 24.000 and 28.000 lít > 100 lít/ngày × 220 ngày = 22.000")
    p.has("công suất của dây chuyền là 100 lít/ngày", "công suất tối đa của dây chuyền là 22.000 lít/năm",
          "Phương án này không đầu tư thêm thiết bị ép, thanh trùng hay chiết rót")
    p.check(350 + 250 + 300 + 100 + 300 == 1300 == 800 + 500, "capital 1.300")
    p.check(close(lit[0] / 15000, 1.33, 0.01) and 9000 + 4000 + 2000 == 15000, "+33 % on 2025, 2025 split")
    p.lacks(r"nhãn|\btem\b|43/2017|111/2021|mã vạch|ghi nhãn", "PLANTED no label or labelling decree anywhere")
    p.has("30.000 đồng/chai", "110.000 đồng/chai", "Cục Sở hữu trí tuệ", "TCCS 01:2025/LĐ", "bể lắng 3 ngăn",
          "cơ sở đủ điều kiện an toàn thực phẩm")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument")
    return p


def ap09() -> Plan:
    p = Plan("ap09_mat_ong_hoa_chom_chom_htx")
    hives, ch, bi, kg, raw = (p.row("Đàn ong của thành viên"), p.row("Chai 500 g |"), p.row("Bình 1 kg |"),
                              p.row("Mật ong thành phẩm"), p.row("Mật thô thu mua"))
    rev, rc, rb = p.row("Doanh thu |"), p.row("Chai 500 g (150.000"), p.row("Bình 1 kg (280.000")
    cost = p.row("Chi phí |")
    lines = rows(p, ["Mật thô (140.000", "Chai, bình, nắp", "Điện, vận hành", "Tiền lương", "Khấu hao", "Lãi vay",
                     "Bán hàng (6%", "Quản lý, chi khác"])
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == ch[y] * 0.5 + bi[y] and close(raw[y], kg[y] * 1.05), f"kg, raw 1,05 {y}")
        p.check(raw[y] <= hives[y] * 18, f"raw honey within hives × 18 kg {y} (no shortfall)")
        p.check(close(rc[y], ch[y] * 0.15) and close(rb[y], bi[y] * 0.28) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 0.14) and close(lines[1][y], ch[y] * 0.008 + bi[y] * 0.012)
                and close(lines[2][y], kg[y] * 0.002) and lines[3][y] == 6 * 6 * 12 and lines[4][y] == 60
                and close(lines[5][y], [300, 200, 100][y] * 0.07) and close(lines[6][y], rev[y] * 0.06), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(kg[y] <= 300 * 200, f"honey line 60 tấn {y}")
    g1, g2 = rev[1] / rev[0], rev[2] / rev[1]
    p.check(close(g1, 2.17, 0.01) and close(g2, 2.15, 0.01) and kg[1] / kg[0] > 2 and kg[2] / kg[1] > 2,
            "PLANTED output and revenue ×2,17 then ×2,15")
    p.check(hives == [600, 1300, 2800] and close(kg[2] / 7500, 5.6, 0.001) and close(kg[1] / 7500, 2.6, 0.001),
            "hives written up with no money for them; tolerated jump on 2025 (2,6× and 5,6×)")
    p.check(250 + 200 + 80 + 70 + 300 == 900 == 600 + 300, "capital 900: no hives bought")
    p.has("12 lao động làm việc thường xuyên tại xưởng", "Xưởng bố trí 6 lao động")  # PLANTED figure-inconsistent
    p.check(off(12, 6) and lines[3][0] == 6 * 6 * 12, "PLANTED 12 != 6 workers; wages for 6")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|TCVN|QCVN|kiểm nghiệm|thử nghiệm|quy chuẩn|phân tích mẫu",
            "PLANTED no product standard, declaration or lab test anywhere")
    p.lacks(r"hoàn vốn", "no payback stated")
    p.has("cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "150.000 đồng/chai",
          "280.000 đồng/bình")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument")
    return p


def ap10() -> Plan:
    p = Plan("ap10_ca_phao_muoi_htx")
    areas = [plancheck.vn(r[3]) for r in p.rows if len(r) == 4 and r[0].isdigit() and r[2].endswith("Tiến")]
    stated = p.one("Tổng cộng")
    p.check(len(areas) == 8 and sum(areas) == 24 and stated == 28 and off(stated, sum(areas)),
            "PLANTED area table: households 24 sào, 'Tổng cộng' 28 (+16,7 %)")
    hu, xo, kg, fresh = p.row("Cà muối hũ 500 g"), p.row("Cà muối xô 5 kg"), p.row("Tổng thành phẩm"), p.row("Cà tươi nguyên liệu")
    r1, r2, rev = p.row("Doanh thu hũ 500 g"), p.row("Doanh thu xô 5 kg"), p.row("Tổng doanh thu")
    lines = rows(p, ["Cà tươi (6.000", "Muối, tỏi, ớt", "Hũ, xô, nắp", "Tiền công lao động", "Khấu hao |", "Điện, nước |",
                     "Vận chuyển, tiếp thị", "Quản lý |", "Lãi vay |"])
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [5, 5, 6]
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.5 + xo[y] * 5 and fresh[y] == kg[y] * 1.25, f"kg, fresh 1,25 {y}")
        p.check(fresh[y] <= 24 * 1200 and fresh[y] <= 28 * 1200, f"fresh need within either supply figure {y}")
        p.check(close(r1[y], hu[y] * 0.04) and close(r2[y], xo[y] * 0.15) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.006) and close(lines[1][y], kg[y] * 0.003)
                and close(lines[2][y], hu[y] * 0.005 + xo[y] * 0.008) and close(lines[3][y], staff[y] * 4.5 * 12)
                and lines[4][y] == 45 and close(lines[8][y], [200, 150, 100][y] * 0.07), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(kg[y] <= 32000, f"capacity 32.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Nhà sơ chế, đóng gói", "Bể ngâm inox", "Máy rửa, máy thái", "Kho mát |", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng", skip=1) == 550 == 350 + 200 and sum(items[:4]) == 450, "capital 550, fixed 450")
    p.check(avg1(post) == 209.4 and close(550 / (209.4 + 45), 2.2, 0.02), "average 209,4, payback 2,2")
    p.check(close(kg[0] / 11000, 1.27, 0.01), "+27 % on 2025")
    p.has("28 sào × 1,2 tấn = 33,6 tấn/năm", "40.000 đồng/hũ", "150.000 đồng/xô", "Tổng vốn đầu tư 550 triệu đồng")
    market = p.body.split("# 6. Thị trường tiêu thụ", 1)[1].split("# 7.", 1)[0]
    p.check(not re.search(r"đồng|\bgiá\b|khách|người tiêu dùng|cửa hàng|siêu thị|đại lý|chợ|nhà hàng|bếp|online|facebook|zalo|"
                          r"hội chợ|bán", market, re.I), "PLANTED the market section names no customer, channel or price")
    p.lacks(r"khách|người tiêu dùng|cửa hàng|siêu thị|đại lý|\bchợ\b|bán lẻ|bán buôn|facebook|zalo|online|trực tuyến|"
            r"thương mại điện tử|\bsàn\b|hội chợ|nhà hàng|bếp ăn|thương lái|đơn hàng|điểm bán", "PLANTED no sales channel anywhere")
    p.lacks(r"đăng ký kinh doanh|đăng ký hợp tác xã|giấy chứng nhận đăng ký|mã số|thành lập|đăng ký lại",
            "PLANTED no registration certificate, number or date")
    p.has("cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/CD", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bể lắng 2 ngăn")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "no replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("ap11_banh_san_la_chuoi_so_sai")
    a.check(300 * 5000 * 25 == 37.5e6, "300 chiếc × 5.000 đồng × 25 ngày = 37,5 triệu đồng")
    a.has("khoảng 300 chiếc bánh", "5.000 đồng/chiếc", "khoảng 37,5 triệu đồng/tháng", "Hộ đã đăng ký hộ kinh doanh")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ap12_nam_huong_kho_so_sai")
    b.check(1500 * 350000 == 525e6, "1,5 tấn × 350.000 đồng = 525 triệu đồng")
    b.has("khoảng 1,5 tấn nấm khô", "350.000 đồng/kg", "khoảng 525 triệu đồng", "Nhóm chưa đăng ký")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"@|email", "no e-mail (expected null)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def boilerplate() -> Plan:
    """No sentence of 12+ words is shared by two plans (each producer wrote its own text)."""
    plans = [Plan(p.stem) for p in sorted((HERE / "src").glob("*.md"))]
    first = plans[0]
    seen: dict[str, str] = {}
    for p in plans:
        for s in re.split(r"(?<=[.;:])\s+|\n", p.body):
            s = " ".join(s.split())
            if len(s.split()) >= 12 and not s.startswith("|"):
                if s in seen and seen[s] != p.stem:
                    first.failures.append(f"sentence shared by {seen[s]} and {p.stem}: {s[:80]}")
                seen.setdefault(s, p.stem)
    first.stem = "all plans: no shared sentence"
    return first


def main() -> int:
    return plancheck.report([fn() for fn in (ap01, ap02, ap03, ap04, ap05, ap06, ap07, ap08, ap09, ap10)] + sketchy()
                            + [boilerplate()])


if __name__ == "__main__":
    sys.exit(main())
