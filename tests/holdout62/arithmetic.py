"""The sixty-second holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout62/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, wages = workers x wage,
payback, raw-material need vs supply, output vs capacity, growth on the year before the plan.
Planted numeric defects are asserted wrong by more than 5 % and everything else right (within
1 %). Table figures are read from the plan's source; figures quoted from running text are looked
up verbatim, so the numbers cannot drift from the text. The textual planted defects (no label,
no environmental measure, replaced instruments, no food safety, no sales channel, a second
producer name, no registration, no product standard, two head-counts, no trademark) are asserted
too, as is the absence of template placeholders in every plan.
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

OUTDATED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|23/2012|3292/QĐ|123/2018|01/2021/NĐ|19/2014|UBND huyện|Phòng .{0,30} huyện"


class Plan(plancheck.Plan):
    src = HERE / "src"


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def bk01() -> Plan:
    p = Plan("bk01_dau_goi_bo_ket_son_hong_ctcp")
    a, b, lit, herb = p.row("Chai 300 ml |"), p.row("Chai 500 ml |"), p.row("Tổng sản lượng quy đổi"), p.row("Dược liệu khô sử dụng")
    staff = p.row("Lao động thường xuyên", skip=1)
    rev, ra, rb, cost = p.row("Doanh thu |", skip=1), p.row("Chai 300 ml (85.000"), p.row("Chai 500 ml (125.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Dược liệu khô (60.000", "Chất hoạt động bề mặt", "Chai, nắp, nhãn, hộp", "Tiền lương",
                                 "Điện, nước", "Khấu hao tài sản cố định", "Lãi vay ngân hàng", "Chi phí bán hàng",
                                 "Quản lý, kiểm nghiệm")]
    res = [p.row(str(2027 + y), 5) for y in Y]  # years as rows: revenue, cost, pre-tax, tax, post-tax
    for y in Y:  # triệu đồng
        p.check(lit[y] == a[y] * 0.3 + b[y] * 0.5 and close(herb[y], lit[y] * 0.15), f"litres, herbs 0,15 kg/l {y}")
        p.check(close(ra[y], a[y] * 0.085) and close(rb[y], b[y] * 0.125) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], herb[y] * 0.06) and close(lines[1][y], lit[y] * 0.04)
                and close(lines[2][y], a[y] * 0.009 + b[y] * 0.012), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[5][y], 150)
                and close(lines[6][y], [600, 400, 200][y] * 0.08) and close(lines[7][y], rev[y] * 0.08),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        r = res[y]
        p.check(close(r[0], rev[y]) and close(r[1], cost[y]) and close(r[2], rev[y] - cost[y]), f"result row {y}")
        p.check(rev[y] > 3000 and close(r[3], r[2] * 0.17) and close(r[4], r[2] - r[3]), f"17 % tax {y}")
        p.check(herb[y] <= 600 + 2500 and lit[y] <= 200 * 250, f"herb supply 3.100 kg, capacity 50.000 l {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Dây chuyền nấu chiết", "Máy dán nhãn, máy in",
                                "Thiết kế bao bì, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 900 + 600 and sum(items[:3]) == 1200 and close(1200 / 8, 150),
            "capital 1.500 = 900 + 600, fixed 1.200 / 8")
    post = [r[4] for r in res]
    p.check(avg1(post) == 918.0 and close(1500 / (918.0 + 150), 1.4, 0.02), "average 918,0, payback 1,4")
    p.check(close(lit[0] / 8800, 1.27, 0.01) and staff == [10, 11, 12], "+27 % on 2026; 10-12 workers")
    p.check(close(post[0] / rev[0] * 100, 21.8, 0.01) and close(post[2] / rev[2] * 100, 27.8, 0.01), "margins 21,8-27,8 %")
    p.has("85.000 đồng/chai", "125.000 đồng/chai", "(662,3 + 918,0 + 1.173,6) : 3 ≈ 918,0",
          "1.500 : (918,0 + 150) ≈ 1,4 năm", "Tổng nguồn vốn 1.500 triệu đồng", "khoảng 3.100 kg/năm",
          "khoảng 50.000 lít/năm", "Phiếu tiếp nhận hồ sơ công bố sản phẩm mỹ phẩm", "đăng ký môi trường")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument or a district body")
    return p


def bk02() -> Plan:
    p = Plan("bk02_du_lich_bau_sim_cam_my_htx")
    plan = [p.row(str(2027 + y), 4) for y in Y]  # visitors, campers, meals, staff
    lake, camp, meal, staff = ([r[i] for r in plan] for i in range(4))
    ra = [x * 0.06 for x in lake]
    rc = [x * 0.25 for x in camp]
    rm = [x * 0.15 for x in meal]
    rev = [ra[y] + rc[y] + rm[y] for y in Y]
    cost = [rm[y] * 0.5 + staff[y] * 6 * 12 + lake[y] * 0.01 + 60 + 140 + [600, 400, 200][y] * 0.07 + rev[y] * 0.10
            + 50 + 80 for y in Y]
    pre = [rev[y] - cost[y] for y in Y]
    tax = [round(x * 0.15, 1) for x in pre]
    post = [round(pre[y] - tax[y], 1) for y in Y]
    p.check(rev == [1995, 2340, 2685], "revenue 1.995 / 2.340 / 2.685")
    p.check([round(x, 1) for x in cost] == [1789.5, 1977, 2164.5], "cost 1.789,5 / 1.977 / 2.164,5")
    p.check([round(x, 1) for x in pre] == [205.5, 363, 520.5], "pre-tax profit")
    p.check(all(close(tax[y], [30.8, 54.5, 78.1][y]) and close(post[y], [174.7, 308.5, 442.4][y]) for y in Y)
            and close(avg1(post), 308.5, 0.001), "15 % tax, average 308,5")
    p.check(500 + 300 + 400 + 200 == 1400 and 1400 + 200 + 200 == 1800 == 1200 + 600 and close(1400 / 10, 140),
            "capital 1.800 = 1.200 + 600, fixed 1.400 / 10")
    p.check(close(1800 / (308.5 + 140), 4.0, 0.01), "payback 4,0")
    var = rm[0] * 0.5 + lake[0] * 0.01 + rev[0] * 0.10
    fixed = staff[0] * 72 + 60 + 140 + 42 + 50 + 80
    p.check(close(fixed / (1 - var / rev[0]) / rev[0] * lake[0], 10000, 0.02), "break-even ≈ 10.000 visitors")
    p.check(close(lake[0] / 9500, 1.26, 0.01) and close(rev[0] / 1350, 1.48, 0.01), "+26 % visitors, +48 % revenue on 2026")
    p.check(all(rev[y] / rev[y - 1] < 1.2 for y in (1, 2)) and lake[2] <= 400 * 100 and camp[2] <= 70 * 365,
            "growth, lake and camp capacity")
    p.check(staff == [9, 10, 11] and 1 + 1 + 1 + 2 + 1 + 3 == 9, "staff table 9")
    p.has("60.000 đồng/lượt", "250.000 đồng/lượt", "150.000 đồng/suất",
          "12.000 lượt × 60.000 đồng = 720 tr.đ", "1.500 lượt × 250.000 đồng = 375 tr.đ",
          "6.000 suất × 150.000 đồng = 900 tr.đ", "tổng doanh thu 1.995 tr.đ",
          "840 tr.đ + 450 tr.đ + 1.050 tr.đ = 2.340 tr.đ", "960 tr.đ + 525 tr.đ + 1.200 tr.đ = 2.685 tr.đ",
          "thực phẩm chế biến 450 tr.đ", "tiền lương 9 lao động 648 tr.đ", "120 tr.đ; điện, nước, thu gom rác 60 tr.đ",
          "khấu hao 140 tr.đ; lãi vay 42 tr.đ", "199,5 tr.đ; thuê đất, mặt nước 50 tr.đ; quản lý và chi khác 80 tr.đ",
          "Tổng chi phí năm 2027 là 1.789,5 tr.đ",
          "Năm 2028 tổng chi phí 1.977 tr.đ (thực phẩm 525 tr.đ, tiền lương 720 tr.đ, bảo hiểm và vật tư 140 tr.đ, lãi vay 28 tr.đ, quảng bá và hoa hồng 234 tr.đ",
          "Năm 2029 tổng chi phí 2.164,5 tr.đ (thực phẩm 600 tr.đ, tiền lương 792 tr.đ, bảo hiểm và vật tư 160 tr.đ, lãi vay 14 tr.đ, quảng bá và hoa hồng 268,5 tr.đ",
          "205,5 tr.đ năm 2027, 363 tr.đ năm 2028 và 520,5 tr.đ năm 2029", "30,8 tr.đ, 54,5 tr.đ và 78,1 tr.đ",
          "174,7 tr.đ, 308,5 tr.đ và 442,4 tr.đ; bình quân 308,5 tr.đ/năm",
          "1.800 tr.đ : (308,5 + 140) tr.đ/năm ≈ 4,0 năm", "Tổng vốn đầu tư của phương án là 1.800 tr.đ",
          "thành viên HTX góp bổ sung 1.200 tr.đ", "vay Ngân hàng Nông nghiệp và Phát triển nông thôn 600 tr.đ",
          "khoảng 10.000 lượt khách mặt hồ", "400 lượt khách/ngày", "ước năm 2026 đạt 1.350 tr.đ")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument or a district body")
    return p


def bk03() -> Plan:
    p = Plan("bk03_mat_ong_hoa_tram_ky_tay_hkd")
    hu, ch, kg, col = p.row("Hũ 500 g |"), p.row("Chai 1 kg |"), p.row("Tổng mật đóng chai"), p.row("Số đàn ong của hộ")
    own, bought, supply, need = (p.row("Mật của gia đình (số đàn"), p.row("Mật thu mua hộ liên kết"),
                                 p.row("Tổng nguồn mật"), p.row("Mật cần cho sản xuất"))
    rh, rc, rev = p.row("Hũ 500 g |", skip=1), p.row("Chai 1 kg |", skip=1), p.row("Tổng doanh thu")
    lines = [p.row("Mật thu mua hộ liên kết", skip=1)] + [p.row(x) for x in (
        "Đường, phấn hoa bổ sung", "Hũ, chai, nắp, nhãn, hộp", "Di chuyển đàn theo mùa hoa", "Duy tu thùng ong",
        "Tiền công lao động thuê", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển (6%", "Thuế khoán (1,5%",
        "Kiểm nghiệm, điện nước")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    hired = [4, 5, 5]
    for y in Y:  # nghìn đồng
        p.check(kg[y] == hu[y] * 0.5 + ch[y] and own[y] == col[y] * 12 and bought[y] == 2400
                and supply[y] == own[y] + bought[y], f"kg, own honey = colonies × 12, supply {y}")
        p.check(close(need[y], kg[y] / 0.95, 0.001) and need[y] <= supply[y], f"need = kg / 0,95 within supply {y}")
        p.check(close(rh[y], hu[y] * 140) and close(rc[y], ch[y] * 260) and close(rev[y], rh[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], 2400 * 120) and close(lines[1][y], col[y] * 250)
                and close(lines[2][y], hu[y] * 12 + ch[y] * 15) and close(lines[5][y], hired[y] * 5500 * 12)
                and close(lines[6][y], 35000) and close(lines[7][y], [200000, 150000, 100000][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.06) and close(lines[9][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] / 0.95 <= 200 * 120, f"dehumidifier capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    items = [p.one(x) for x in ("140 đàn ong giống", "Máy hạ thủy phần, máy quay mật", "Cải tạo nhà chế biến",
                                "Hũ, chai, nhãn, tem QR")]
    p.check(sum(items) == p.one("Cộng |") == 400000 == 200000 + 200000 and sum(items[:3]) == 350000
            and close(350000 / 10, 35000), "capital 400.000 = 200 + 200 triệu, fixed 350.000 / 10")
    p.check(sum(prof) / 3 == 579800 and close(400000 / (579800 + 35000), 0.65, 0.01), "average 579.800, payback 0,65")
    p.check(close(prof[0] / rev[0] * 100, 33.6, 0.01) and close(prof[2] / rev[2] * 100, 38.5, 0.01), "margin 33,6-38,5 %")
    p.check(close(kg[0] / 3900, 1.38, 0.01) and close(rev[0] / 1090000, 1.34, 0.01), "+38 % bottled, +34 % revenue on 2026")
    p.check(3150 / 260 > 12 and 2400 * 0.265 + (3400 - 2400 / 0.95) * 0.15 > 760, "2025-2026 history plausible")
    p.has("140.000 đồng/hũ", "260.000 đồng/chai", "(491.200 + 557.800 + 690.400) : 3 = 579.800",
          "400.000 : (579.800 + 35.000) ≈ 0,65 năm", "tổng 2.400 kg mật/năm", "12 kg mật/đàn/năm",
          "Tổng vốn đầu tư 400 triệu đồng", "vốn tự có của hộ 200 triệu đồng", "tỷ lệ 1,5% doanh thu",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28H8003127")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument or a district body")
    return p


def bk04() -> Plan:
    p = Plan("bk04_ruou_ngo_men_la_rao_tre_cty")
    c, b, lit, corn, staff = (p.row("Chai 500 ml |"), p.row("Bình sành 5 lít |"), p.row("Tổng sản lượng rượu"),
                              p.row("Ngô nguyên liệu"), p.row("Lao động |"))
    rev, rc, rb = p.row("Doanh thu |"), p.row("- Chai 500 ml (90.000"), p.row("- Bình 5 lít (650.000")
    lines = [p.row(x) for x in ("- Ngô (9.000", "- Men lá, củi, điện", "- Chai, bình, nhãn, hộp", "- Tiền lương",
                                 "- Khấu hao", "- Lãi vay", "- Bán hàng, quảng bá", "- Quản lý, kiểm nghiệm",
                                 "- Vận hành hầm biogas")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (15%)"),
                            p.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng
        p.check(lit[y] == c[y] * 0.5 + b[y] * 5 and close(corn[y], lit[y] * 2.2), f"litres, maize 2,2 kg/l {y}")
        p.check(close(rc[y], c[y] * 0.09) and close(rb[y], b[y] * 0.65) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], corn[y] * 0.009) and close(lines[1][y], lit[y] * 0.004)
                and close(lines[2][y], c[y] * 0.01 + b[y] * 0.06) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], 100) and close(lines[5][y], [500, 375, 250][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(lit[y] <= 60 * 280 and corn[y] <= 40000, f"stills 16.800 l, maize contract 40 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng, kho hạ thổ", "Nồi chưng cất inox", "Chum sành, bể ủ",
                                "Máy lọc, máy chiết chai", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |", skip=1) == 1200 == 700 + 500 and sum(items[:4]) == 900 and close(900 / 9, 100),
            "capital 1.200 = 700 + 500, fixed 900 / 9")
    p.check(avg1(post) == 538.3 and close(1200 / (538.3 + 100), 1.9, 0.02), "average 538,3, payback 1,9")
    p.check(close(lit[0] / 9500, 1.26, 0.01) and close(rev[0] / 1550, 1.26, 0.01), "+26 % on 2026")
    p.check(35 + 25 == 60 and 20 * 3.5 == 70 and staff[0] == 1 + 1 + 1 + 5, "stills 35 + 25 l/day, 70 tấn maize area, staff 8")
    p.has("90.000 đồng/chai", "650.000 đồng/bình", "(411,1 + 558,7 + 645,1) : 3 ≈ 538,3", "1.200 : (538,3 + 100) ≈ 1,9 năm",
          "tối thiểu 40 tấn/năm", "khoảng 16.800 lít/năm", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
          "hàm lượng etanol 40% vol", "Không sử dụng cho người dưới 18 tuổi", "hầm biogas", "QCVN 6-3:2010/BYT")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OUTDATED, "ready plan cites a replaced instrument or a district body")
    return p


def bk05() -> Plan:
    p = Plan("bk05_cha_bong_ca_ngu_cam_nhuong_cty")
    t = [p.row(str(2027 + y), 6) for y in Y]  # jars, jar price, bags, bag price, kg, revenue
    jars, bags, kg, rev = ([r[i] for r in t] for i in (0, 2, 4, 5))
    true_rev = [jars[y] * 0.095 + bags[y] * 0.22 for y in Y]
    frev = p.row("Doanh thu |")
    lines = [p.row(x) for x in ("Cá ngừ tươi (50.000", "Gia vị, dầu, gas", "Hũ, túi, thùng carton", "Tiền lương",
                                 "Khấu hao |", "Lãi vay |", "Điện, nước, kho lạnh", "Bán hàng, chiết khấu",
                                 "Quản lý doanh nghiệp")]
    cost, prof = p.row("Tổng chi phí (2 đến 10)"), p.row("Lợi nhuận trước thuế")
    staff = [10, 11, 12]
    for y in Y:  # triệu đồng
        p.check(t[y][1] == 95000 and t[y][3] == 220000 and kg[y] == jars[y] * 0.2 + bags[y] * 0.5, f"prices, kg {y}")
        p.check(close(lines[0][y], kg[y] * 3 * 0.05) and close(lines[1][y], kg[y] * 0.025)
                and close(lines[2][y], jars[y] * 0.006 + bags[y] * 0.005) and close(lines[3][y], staff[y] * 6.5 * 12)
                and close(lines[4][y], 120) and close(lines[5][y], [800, 600, 400][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(frev[y], rev[y]) and close(prof[y], rev[y] - cost[y]),
                f"cost sum; profit follows the stated revenue {y}")
        p.check(kg[y] * 3 <= 40000 and kg[y] <= 50 * 280, f"tuna contract 40 tấn, roaster 14.000 kg {y}")
    p.check(close(rev[0], true_rev[0]) and close(rev[2], true_rev[2]), "2027 and 2029 revenue right")
    p.check(true_rev[1] == 3725 and rev[1] == 4125 and off(rev[1], true_rev[1]),
            "PLANTED 2028 revenue 4.125 != 23.000 × 95.000 + 7.000 × 220.000 = 3.725 (+10,7 %)")
    stated_avg, true_avg = sum(prof) / 3, (prof[0] + true_rev[1] - cost[1] + prof[2]) / 3
    p.check(close(stated_avg, 821.8, 0.001) and close(1600 / (stated_avg + 120), 1.7, 0.01), "stated payback 1,7")
    p.check(close(true_avg, 688.5) and close(1600 / (true_avg + 120), 1.98, 0.01) and off(1.7, 1600 / (true_avg + 120)),
            "tolerated knock-on: true payback ≈ 2,0")
    items = [p.one(x) for x in ("Mở rộng, cải tạo khu sơ chế", "2 chảo rang tự động", "Kho lạnh 15 tấn",
                                "Máy hút chân không", "Mẫu hũ, túi", "Vốn lưu động mua cá")]
    p.check(sum(items) == p.one("Tổng cộng") == 1600 == 800 + 800 and sum(items[:4]) == 1200 and close(1200 / 10, 120),
            "capital 1.600 = 800 + 800, fixed 1.200 / 10")
    p.check(close(kg[0] / 5800, 1.21, 0.01) and staff[0] == 1 + 1 + 1 + 3 + 2 + 2, "+21 % on 2026, staff table 10")
    p.has("95.000 đồng/hũ", "220.000 đồng/túi", "3 kg cá ngừ tươi nguyên con cho 1 kg", "tổng cam kết 40 tấn cá ngừ/năm",
          "(501 + 1.088,5 + 876) : 3 ≈ 821,8", "1.600 : (821,8 + 120) ≈ 1,7 năm", "4,125 tỷ đồng năm 2028",
          "lợi nhuận năm 2028 đạt 1.088,5 triệu đồng", "50 kg chà bông/ngày", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Tiêu chuẩn cơ sở TCCS 02:2025/NB", "Nhãn hiệu \"Nhượng Bạn\"")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|số lô|mã lô|ngày sản xuất",
            "PLANTED no label, label content, barcode or labelling decree")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|mùi hôi|khử mùi|\bbể\b|biogas|phế phẩm|phụ phẩm|phế liệu|đầu cá|xương cá|ủ phân|thu gom",
            "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bk06() -> Plan:
    p = Plan("bk06_tra_gung_sa_xuan_linh_htx")
    box, zip_, dry, fresh = (p.row("Hộp 20 túi lọc (40 g) |"), p.row("Túi zip 50 túi lọc (100 g) |"),
                             p.row("Trà khô thành phẩm"), p.row("Gừng, sả tươi cần dùng"))
    staff = p.row("Lao động thường xuyên")
    rev, rb, rz, cost = (p.row("Doanh thu |"), p.row("Hộp 20 túi lọc (45.000"), p.row("Túi zip 50 túi lọc (95.000"),
                         p.row("Chi phí |"))
    lines = [p.row(x) for x in ("Gừng, sả tươi (7.500", "Túi lọc, hộp, túi zip", "Điện sấy", "Tiền lương", "Khấu hao |",
                                 "Lãi vay |", "Chiết khấu nhà phân phối", "Quảng bá, hội chợ", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    supply = 20 * 500 + 10 * 600  # 20 sào × 5 tạ + 10 sào × 6 tạ, kg
    for y in Y:  # triệu đồng
        p.check(dry[y] == box[y] * 0.04 + zip_[y] * 0.1 and fresh[y] == dry[y] * 8, f"dry tea, fresh 8:1 {y}")
        p.check(close(rb[y], box[y] * 0.045) and close(rz[y], zip_[y] * 0.095) and close(rev[y], rb[y] + rz[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.0075) and close(lines[1][y], box[y] * 0.004 + zip_[y] * 0.006)
                and close(lines[2][y], dry[y] * 0.005) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], 110) and close(lines[5][y], [600, 400, 200][y] * 0.075)
                and close(lines[6][y], rev[y] * 0.25), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(dry[y] <= 38.4 * 250 and fresh[y] <= 300 * 2 * 250, f"bagging and dryer capacity {y}")
        p.check(off(fresh[y], supply) and fresh[y] > supply, f"PLANTED fresh need {fresh[y]:.0f} kg > 16.000 kg supply {y}")
    p.check(supply == 16000 and close(fresh[0] / supply, 1.30, 0.001) and close(fresh[2] / supply, 1.74, 0.001),
            "shortfall +30 % to +74 %")
    items = [p.one(x) for x in ("Máy sấy bơm nhiệt 300 kg/mẻ", "Máy nghiền, sàng rung", "Máy đóng túi lọc tự động",
                                "Cải tạo nhà xưởng", "Thiết kế bao bì, nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng |") == 1400 == 800 + 600 and sum(items[:4]) == 1100 and close(1100 / 10, 110),
            "capital 1.400 = 800 + 600, fixed 1.100 / 10")
    p.check(avg1(post) == 696.3 and close(1400 / (696.3 + 110), 1.7, 0.03), "average 696,3, payback 1,7")
    p.check(close(dry[0] / 1900, 1.37, 0.01) and staff == [9, 10, 11] and 1 + 1 + 1 + 6 == 9, "+37 % on 2026, staff 9")
    p.check(40 * 60 * 8 * 2 / 1000 == 38.4, "bagging 38,4 kg per shift")
    p.has("45.000 đồng/hộp", "95.000 đồng/túi", "20 sào gừng, năng suất bình quân 5 tạ/sào", "10 sào sả, năng suất 6 tạ/sào",
          "khoảng 16 tấn gừng, sả tươi mỗi năm", "bảo đảm đáp ứng đủ nguyên liệu", "8 kg gừng, sả tươi cho 1 kg trà khô",
          "(535,9 + 692,1 + 861,0) : 3 ≈ 696,3", "1.400 : (696,3 + 110) ≈ 1,7 năm")
    p.has("Luật Hợp tác xã số 23/2012/QH13", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019")  # PLANTED outdated-policy
    p.lacks(r"17/2023|148/QĐ-TTg|1489/QĐ-TTg|919/QĐ-TTg|113/2024", "PLANTED the current instruments are not cited")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|tự công bố|công bố|HACCP|ISO 22000|GMP",
            "PLANTED no food-safety certificate, commitment or declaration anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bk07() -> Plan:
    p = Plan("bk07_choi_dot_hoa_hai_tht")
    s, g, n, fib = p.row("Chổi đót cán tre |"), p.row("Chổi đót cán gỗ bọc cước |"), p.row("Cộng |"), p.row("Bông đót khô sử dụng")
    rev, rs, rg = p.row("A. Doanh thu"), p.row("- Chổi đót cán tre (25.000"), p.row("- Chổi đót cán gỗ bọc cước (45.000")
    total = p.row("B. Tổng chi phí")
    lines = [p.row(x) for x in ("- Bông đót khô (12.000", "- Cán tre, cán gỗ", "- Tiền công khoán", "- Khấu hao tài sản",
                                 "- Chất đốt lò sấy", "- Vận chuyển", "- Quản lý, tem", "- Lãi vay")]
    prof = p.row("C. Lợi nhuận")
    for y in Y:  # triệu đồng
        p.check(n[y] == s[y] + g[y] and close(fib[y], s[y] * 0.4 + g[y] * 0.5), f"count, fibre {y}")
        p.check(close(rs[y], s[y] * 0.025) and close(rg[y], g[y] * 0.045) and close(rev[y], rs[y] + rg[y]), f"revenue {y}")
        p.check(close(lines[0][y], fib[y] * 0.012) and close(lines[1][y], s[y] * 0.004 + g[y] * 0.009)
                and close(lines[2][y], s[y] * 0.006 + g[y] * 0.01) and close(lines[3][y], 25)
                and close(lines[7][y], [150, 100, 50][y] * 0.07), f"cost lines {y}")
        p.check(close(prof[y], rev[y] - total[y]), f"profit follows the stated total {y}")
        p.check(fib[y] <= 30000 and n[y] <= 30 * 8 * 260, f"fibre contract 30 tấn, 62.400 brooms {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(total[0], lines_sum(lines, 0)) and close(total[2], lines_sum(lines, 2)), "2027 and 2029 totals right")
    p.check(close(lines_sum(lines, 1), 983.2) and total[1] == 1083.2 and off(total[1], lines_sum(lines, 1)),
            "PLANTED 2028 'Tổng chi phí' 1.083,2 != items 983,2 (+10,2 %)")
    stated, true = sum(prof) / 3, (prof[0] + rev[1] - lines_sum(lines, 1) + prof[2]) / 3
    p.check(close(stated, 463.5, 0.001) and close(300 / (stated + 25), 0.6, 0.03) and close(300 / (true + 25), 0.6, 0.05),
            "payback ≈ 0,6 either way (no payback knock-on)")
    p.check(120 + 80 == 200 and 200 + 100 == 300 == 150 + 150 and close(200 / 8, 25), "capital 300 = 150 + 150, fixed 200 / 8")
    p.check(close(n[0] / 36000, 1.17, 0.01) and 4 + 20 + 4 + 2 == 30, "+17 % on 2026, 30 workers")
    p.check(close(lines[2][0] / 30 / 12, 0.83, 0.01) and close(lines[2][2] / 30 / 12, 1.08, 0.01), "0,8–1,1 tr/tháng")
    p.has("300 : (463,5 + 25) ≈ 0,6 năm", "42.000 chiếc năm 2027", "30 tấn bông khô/năm", "khoảng 62.400 chiếc/năm",
          "Tổng vốn đầu tư 300 triệu đồng", "| Cộng | 30 |")
    p.check(p.count("Tổ hợp tác Chổi chít Phúc Đồng") == 3 and p.count("Tổ hợp tác Chổi đót Hòa Hải") == 1
            and p.count("TỔ HỢP TÁC CHỔI ĐÓT HÒA HẢI") == 1, "PLANTED a second producer name, three times (the true one once in the body, once in the title)")
    market = section(p, "# 5. Thị trường tiêu thụ", "# 6.")
    p.check(not re.search(r"đồng|đ/|(?<!đánh )giá|khách|cửa hàng|đại lý|chợ|hội chợ|online|trực tuyến|facebook|công ty|cơ quan|trường học",
                          market, re.I), "PLANTED the market section names no customer, channel or price")
    p.lacks(r"cửa hàng|hội chợ|đại lý|showroom|trưng bày|facebook|zalo|shopee|sàn thương mại|bán lẻ|bán buôn|du lịch|xuất khẩu|"
            r"đơn hàng|thương lái|\bchợ\b|siêu thị|khách hàng|online|trực tuyến|bán hàng|người mua|giá bán",
            "PLANTED no sales channel anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bk08() -> Plan:
    p = Plan("bk08_nam_so_tung_loc_ho")
    t = [p.row(str(2027 + y), 6) for y in Y]  # bags, fresh, fresh sold, to dryer, dried kg, dried bags
    bags, fresh, sold, dried, packs = ([r[i] for r in t] for i in (0, 1, 2, 4, 5))
    lines = [p.row(x) for x in ("Phôi nấm (3.000", "Điện, nước, nhiên liệu hấp", "Khay, túi, bao bì", "Tiền công lao động thuê",
                                 "Khấu hao thiết bị", "Lãi vay", "Vận chuyển, bán hàng")]
    cost, rev, prof = p.row("Tổng chi phí"), p.row("Doanh thu |"), p.row("Lợi nhuận |")
    hired = [6, 6, 7]
    capacity_bags = 3 * 6000 * 3
    for y in Y:  # triệu đồng
        p.check(fresh[y] == bags[y] * 0.5 and sold[y] + t[y][3] == fresh[y] and dried[y] == t[y][3] / 10
                and packs[y] == dried[y] * 10, f"bags 0,5 kg, 10:1 drying, 100 g packs {y}")
        p.check(close(rev[y], sold[y] * 0.03 + packs[y] * 0.045), f"revenue {y}")
        p.check(close(lines[0][y], bags[y] * 0.003) and close(lines[2][y], packs[y] * 0.002 + sold[y] * 0.0005)
                and close(lines[3][y], hired[y] * 5 * 12) and close(lines[4][y], 30) and close(lines[5][y], 6),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(bags[y] > capacity_bags and off(fresh[y], capacity_bags * 0.5),
                f"PLANTED {fresh[y]:.0f} kg > 27.000 kg (3 houses × 6.000 bags × 3 crops × 0,5 kg) {y}")
    p.check(capacity_bags == 54000 and close(fresh[0] / 27000, 1.11, 0.01) and close(fresh[2] / 27000, 1.41, 0.01),
            "capacity 27 tấn; over by 11-41 %")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(close(rev[1] - cost[1], 368.9) and prof[1] == 438.9 and off(prof[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 438,9 != 1.071 − 702,1 = 368,9 (+19 %)")
    stated, true = sum(prof) / 3, (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(stated, 372.2, 0.001) and close(250 / stated, 0.7, 0.05) and close(250 / true, 0.7, 0.05),
            "payback ≈ 0,7 either way (no payback knock-on)")
    items = [p.one(x) for x in ("Lò hấp phôi bằng hơi nước", "Máy sấy nấm 100 kg/mẻ", "Hệ thống tưới phun sương",
                                "Máy hàn túi, máy hút chân không", "Thiết kế bao bì, nhãn")]
    p.check(sum(items) == p.one("Cộng |") == 250 == 150 + 100 and sum(items[:4]) == 240 and close(240 / 8, 30),
            "capital 250 = 150 + 100, fixed 240 / 8")
    p.check(close(fresh[0] / 22000, 1.36, 0.01) and 44000 * 0.5 == 22000, "2027 +36 % on 2026 (tolerated growth)")
    p.has("30.000 đồng/kg", "45.000 đồng/túi", "(279,5 + 438,9 + 398,3) : 3 ≈ 372,2", "250 : 372,2 ≈ 0,7 năm",
          "khoảng 27 tấn nấm tươi/năm", "54.000 bịch/năm", "xếp tối đa 6.000 bịch/lứa",
          "27.000 kg × 30.000 đồng/kg = 810 triệu đồng", "3.000 túi × 45.000 đồng/túi = 135 triệu đồng",
          "vay Quỹ hỗ trợ nông dân của Hội Nông dân 100 triệu đồng", "bản cam kết bảo đảm an toàn thực phẩm")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|giấy phép|"
            r"đăng ký hộ|thành lập|đăng ký thành|công ty", "PLANTED no business registration or plan to register")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bk09() -> Plan:
    p = Plan("bk09_tra_gao_lut_dong_loc_ctcp")
    box, tea, kg, rice, staff = (p.row("Hộp 500 g |"), p.row("Hộp 30 gói túi lọc (150 g) |"), p.row("Trà thành phẩm"),
                                 p.row("Gạo lứt nguyên liệu"), p.row("Lao động |"))
    rev, rb, rt, cost = p.row("Doanh thu |"), p.row("Hộp 500 g (60.000"), p.row("Hộp túi lọc (55.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo lứt (30.000", "Hộp, túi lọc, bao bì", "Gas, điện", "Tiền lương", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng cáo", "Quản lý |")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == box[y] * 0.5 + tea[y] * 0.15 and close(rice[y], kg[y] * 1.15), f"kg, rice 1,15 {y}")
        p.check(close(rb[y], box[y] * 0.06) and close(rt[y], tea[y] * 0.055) and close(rev[y], rb[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.03) and close(lines[1][y], box[y] * 0.006 + tea[y] * 0.009)
                and close(lines[2][y], kg[y] * 0.003) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], 200) and close(lines[5][y], [800, 600, 400][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.12), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate, 0.01) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(kg[y] <= 2 * 50 * 4 * 280 and rice[y] <= 78000, f"roasting 112 tấn, rice area 78 tấn not exceeded {y}")
    p.check(close(30 * 4.5 * 0.58, 78, 0.01), "30 ha × 4,5 t × 58 % ≈ 78 tấn brown rice")
    g = [rev[1] / rev[0], rev[2] / rev[1], kg[1] / kg[0], kg[2] / kg[1]]
    p.check(g == [2.5, 2.2, 2.5, 2.2] and close(kg[0] / 5500, 1.96, 0.01),
            "PLANTED output and revenue ×2,5 then ×2,2 (10,8 → 27 → 59,4 tấn; 5,5 tấn in 2026)")
    p.check(staff == [6, 8, 10] and kg[2] / staff[2] > 3 * kg[0] / staff[0] / 1.4, "6 → 10 workers for 5,5 × the output")
    p.check(close(post[2] / rev[2] * 100, 33.6, 0.01), "net margin 34 % in 2029")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng, kho thành phẩm", "2 máy rang tang trống", "Máy nghiền, sàng, máy đóng túi lọc",
                                "Thiết kế bao bì, nhãn", "Vốn lưu động mua thóc")] + [p.one("Máy đóng gói hút chân không", skip=1)]
    p.check(sum(items) == p.one("Tổng cộng") == 2400 and sum(items[:3]) + items[5] == 1600 and close(1600 / 8, 200), "items 2.400, fixed 1.600 / 8")
    p.check(1200 + 800 == 2000 and off(1200 + 800, 2400), "PLANTED sources 1.200 + 800 = 2.000 != 2.400 (−16,7 %)")
    p.check(avg1(post) == 1458.6 and close(2400 / (1458.6 + 200), 1.4, 0.04), "average 1.458,6, payback 1,4 on the stated total")
    p.has("60.000 đồng/hộp", "55.000 đồng/hộp", "Tổng vốn đầu tư của phương án là 2.400 triệu đồng",
          "vốn góp bổ sung của cổ đông 1.200 triệu đồng", "vay Ngân hàng TMCP Đầu tư và Phát triển Việt Nam 800 triệu đồng",
          "(80,1 + 1.080,2 + 3.215,5) : 3 ≈ 1.458,6", "2.400 : (1.458,6 + 200) ≈ 1,4 năm", "15 cửa hàng thực phẩm sạch",
          "khoảng 78 tấn/năm", "tương đương 112 tấn/năm")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|thử nghiệm|phân tích mẫu",
            "PLANTED no product standard, declaration or lab test")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def bk10() -> Plan:
    p = Plan("bk10_mut_gung_son_tra_htx")
    box, bag, kg, ginger = p.row("Hộp 300 g |"), p.row("Túi 1 kg |"), p.row("Tổng sản lượng mứt"), p.row("Gừng tươi nguyên liệu")
    rb, rk, rev = p.row("Doanh thu hộp 300 g"), p.row("Doanh thu túi 1 kg"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Gừng tươi (10.000", "Đường (20.000", "Hộp, túi, nhãn", "Gas, điện", "Tiền lương (10 lao động)",
                                 "Khấu hao", "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |", skip=1)
    for y in Y:  # triệu đồng
        p.check(kg[y] == box[y] * 0.3 + bag[y] and ginger[y] == kg[y] * 2, f"kg, ginger 2:1 {y}")
        p.check(close(rb[y], box[y] * 0.06) and close(rk[y], bag[y] * 0.17) and close(rev[y], rb[y] + rk[y]), f"revenue {y}")
        p.check(close(lines[0][y], ginger[y] * 0.01) and close(lines[1][y], kg[y] * 0.5 * 0.02)
                and close(lines[2][y], box[y] * 0.005 + bag[y] * 0.006) and close(lines[3][y], kg[y] * 0.006)
                and close(lines[4][y], 10 * 5 * 12) and close(lines[5][y], 100)
                and close(lines[6][y], [400, 300, 200][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(ginger[y] <= 40000 and kg[y] <= 3 * 40 * 3 * 250, f"ginger contract 40 tấn, 90 tấn capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x, skip=s) for x, s in (("Mở rộng nhà xưởng, kho mát", 0), ("Máy chà vỏ, máy thái, máy sấy", 0),
                                        ("Nồi sên có cánh khuấy", 1), ("Máy đóng gói, hàn miệng", 1),
                                        ("Bao bì, nhãn, kiểm nghiệm", 0), ("Vốn lưu động mua gừng", 0))]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 1600 == 1200 + 400 and sum(items[:4]) == 1000 and close(1000 / 10, 100),
            "capital 1.600 = 1.200 + 400, fixed 1.000 / 10")
    avg = sum(prof) / 3
    p.check(avg == 508 and close(1600 / (avg + 100), 2.63, 0.01) and off(1.5, 1600 / (avg + 100)) and off(1.5, 1600 / avg),
            "PLANTED payback 1,5 năm != 1.600 : (508 + 100) ≈ 2,6 (3,1 without depreciation)")
    p.has("Thời gian hoàn vốn của phương án khoảng 1,5 năm", "Lợi nhuận bình quân 3 năm là 508 triệu đồng/năm")
    p.has("10 lao động thường xuyên làm việc tại xưởng", "Xưởng chế biến có 10 lao động thường xuyên",
          "Duy trì việc làm ổn định cho 10 lao động", "| Cộng | 10 | |", "tạo việc làm thường xuyên cho 16 lao động")
    p.check(off(16, 10) and 1 + 6 + 2 + 1 == 10, "PLANTED 16 != 10 regular workers")
    p.check(close(kg[0] / 7000, 1.29, 0.01), "+29 % on 2026")
    p.has("60.000 đồng/hộp", "170.000 đồng/túi", "tối thiểu 40 tấn gừng/năm", "khoảng 90 tấn mứt/năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Tiêu chuẩn cơ sở TCCS 01:2026/ST", "Nghị định số 43/2017/NĐ-CP")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|độc quyền|văn bằng",
            "PLANTED no trademark or IP anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("bk11_non_la_tan_lam_huong_so_sai")
    a.check(3000 * 55000 == 165e6, "hat revenue sentence (3.000 × 55.000 = 165 triệu)")
    a.has("khoảng 3.000 chiếc nón", "khoảng 55.000 đồng/chiếc", "khoảng 165 triệu đồng/năm", "khoảng 50 triệu đồng",
          "đã đăng ký hộ kinh doanh từ năm 2022", "bán nón tại nhà và cho thương lái")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"tiêu chuẩn|nhãn|nhãn hiệu|môi trường|diêm sinh|lưu huỳnh|kiểm soát", "genuine gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("bk12_khoai_deo_ky_xuan_tht_so_sai")
    b.check(5000 * 120000 == 600e6, "khoai deo sentence (5 tấn × 120.000 = 600 triệu)")
    b.has("khoảng 5 tấn khoai deo", "120.000 đồng/kg", "doanh thu khoảng 600 triệu đồng", "gồm 8 hộ")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|an toàn thực phẩm|cam kết|tiêu chuẩn|công bố|nhãn|môi trường|chợ|cửa hàng|"
            r"đại lý|khách du lịch|online|facebook", "genuine gaps (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (bk01, bk02, bk03, bk04, bk05, bk06, bk07, bk08, bk09, bk10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
