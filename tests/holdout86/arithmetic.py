"""The eighty-sixth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout86/arithmetic.py

For every plan: output and raw-material need from the stated yields, revenue = quantity x price,
cost lines from their stated unit costs, cost lines sum to the total, profit = revenue - cost,
tax by revenue band, equipment rows quantity x unit price and their sum, investment items = capital
sources = total, depreciation, interest on the loan balance, payback, raw-material need vs supply,
output vs capacity (machines, workdays, room-nights), growth, wages from the staff tables, and the
figures quoted in running text (looked up verbatim, so the numbers cannot drift from the text).
Planted numeric defects are asserted wrong by more than 5 % against the true value, everything
else right within 1 %. Textual planted defects (no label, no environmental measure, replaced
instruments cited, no product standard, no trademark, no sales channel, a second homestay name,
no registration, no raw-material section) are asserted by the absence or presence of their words.
Ready plans cite no replaced instrument; no plan carries a template placeholder.
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


REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|01/2021/NĐ-CP|03/2014|"
            r"Luật Hợp tác xã năm 2012")


def tax(pre: float, rev: float) -> float:
    """15 % up to 3 tỷ of revenue, 17 % above (the plans state this rule; amounts in triệu đồng)."""
    return pre * (0.15 if rev <= 3000 else 0.17)


def ready_checks(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument")
    p.has("148/QĐ-TTg")


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def ci01() -> Plan:
    p = Plan("ci01_chieu_coi_dong_khe_htx")
    doi, don, tham, coi = (p.row("Chiếu cói đôi 1,6"), p.row("Chiếu cói đơn 1,0"), p.row("Thảm cói 60"),
                           p.row("Cói khô nguyên liệu"))
    rev, rd, rn, rt = (p.row("Doanh thu |"), p.row("Chiếu đôi (280.000"), p.row("Chiếu đơn (170.000"),
                       p.row("Thảm cói (95.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cói khô (10.000", "Sợi go, phẩm màu", "Tiền công dệt khoán", "Túi vải, hộp, nhãn",
                                 "Lương bộ phận quản lý", "Điện, nước", "Khấu hao tài sản cố định", "Lãi vay |",
                                 "Bán hàng, quảng bá", "Quản lý, chi khác")]
    pre, tx, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(coi[y], doi[y] * 2.2 + don[y] * 1.4 + tham[y] * 0.8), f"sedge 2,2 / 1,4 / 0,8 kg {y}")
        p.check(close(rd[y], doi[y] * 0.28) and close(rn[y], don[y] * 0.17) and close(rt[y], tham[y] * 0.095)
                and close(rev[y], rd[y] + rn[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], coi[y] * 0.010)
                and close(lines[1][y], doi[y] * 0.012 + don[y] * 0.008 + tham[y] * 0.005)
                and close(lines[2][y], doi[y] * 0.11 + don[y] * 0.065 + tham[y] * 0.035)
                and close(lines[3][y], doi[y] * 0.008 + don[y] * 0.006 + tham[y] * 0.004), f"per-unit costs {y}")
        p.check(close(lines[4][y], 5 * 6.5 * 12) and close(lines[5][y], 36) and close(lines[6][y], 80)
                and close(lines[7][y], [600, 400, 200][y] * 0.07) and close(lines[8][y], rev[y] * 0.05)
                and close(lines[9][y], 60), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tx[y], tax(pre[y], rev[y])) and close(post[y], pre[y] - tx[y]), f"15/17 % tax {y}")
        p.check(doi[y] + don[y] <= 8 * 5 * 290 and tham[y] * 0.5 <= 15 * 250 and coi[y] <= 12 * 2500 + 8000,
                f"looms, hand-weaving days, sedge supply {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(8 * 5 * 290 == 11600 and 15 * 250 == 3750 and tham[2] * 0.5 == 2600 and 12 * 2500 + 8000 == 38000,
            "11.600 mats, 3.750 / 2.600 days, 38 tấn")
    eq = [p.row(x) for x in ("Máy dệt chiếu bán tự động", "Máy chẻ cói", "Lò sấy cói bằng nhiệt")]
    p.check(all(close(e[0] * e[1], e[2]) for e in eq) and sum(e[2] for e in eq) == 450, "equipment 450")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng dệt", "Máy móc, thiết bị (mục IX)", "Thiết kế bao bì",
                                "Vốn lưu động mua cói")]
    src = [p.one("Vốn góp bổ sung"), p.one("Vay Ngân hàng Nông nghiệp")]
    p.check(sum(items) == p.one("Tổng cộng") == 1100 == sum(src) and items[0] + items[1] == 800, "capital 1.100")
    p.check(close(800 / 10, 80) and close(500 / 1100, 0.455, 0.01), "depreciation, 45,5 %")
    p.check(avg1(post) == 471.7 and close(1100 / (471.7 + 80), 2.0, 0.01), "average profit, payback 2,0")
    p.check(close(lines[2][0] / 40 / 12, 2.1, 0.02) and close(lines[2][2] / 40 / 12, 2.5, 0.02), "2,1–2,5 tr/hộ/tháng")
    p.check(close((doi[0] + don[0]) / 8200, 1.10, 0.01), "+10 % on 2025")
    p.check(close(post[0] / rev[0], 0.14, 0.04) and close(post[2] / rev[2], 0.18, 0.02), "14–18 % margin")
    p.has("280.000 đồng/chiếc", "170.000 đồng/chiếc", "95.000 đồng/chiếc",
          "20.600 kg năm 2027, 22.820 kg năm 2028 và 25.040 kg năm 2029", "(369,3 + 476,3 + 569,6) : 3 ≈ 471,7",
          "1.100 : (471,7 + 80) ≈ 2,0 năm", "11.600 chiếc chiếu/năm", "5 người × 6,5 triệu đồng × 12 tháng = 390",
          "42 triệu đồng năm 2027, 28 triệu đồng năm 2028 và 14 triệu đồng năm 2029",
          "2,57 tỷ đồng năm 2027 và 3,12 tỷ đồng năm 2029", "Tổng vốn đầu tư 1.100 triệu đồng",
          "9.000 chiếc năm 2027, 9.900 chiếc năm 2028 và 10.800 chiếc năm 2029", "khoảng 38 tấn/năm",
          "TCCS 01:2026", "Nghị định 43/2017/NĐ-CP", "đăng ký nhãn hiệu", "bể lắng", "đăng ký môi trường")
    p.check(doi[0] + don[0] == 9000 and doi[1] + don[1] == 9900 and doi[2] + don[2] == 10800, "mat totals")
    ready_checks(p)
    return p


def ci02() -> Plan:
    p = Plan("ci02_du_lich_cong_dong_thung_may_htx")
    nights, occ, guests, meals, tours = (p.row("Đêm phòng bán được"), p.row("Công suất phòng |"),
                                         p.row("Lượt khách lưu trú"), p.row("Suất ăn phục vụ"), p.row("Lượt trải nghiệm"))
    staff = p.row("Tổng số lao động")
    lines = [p.row(x) for x in ("Thực phẩm cho nhà ăn", "Đồ dùng phòng, giặt là", "Thù lao trải nghiệm", "Tiền lương",
                                 "Điện, nước, gas", "Khấu hao |", "Lãi vay |", "Quảng bá, hoa hồng", "Quản lý, chi khác")]
    cost = p.row("Tổng chi phí")
    summary = [p.row(f"Năm {2027 + y}", 5) for y in Y]  # YEARS AS ROWS: revenue, cost, pre, tax, post
    rooms, food, trips = [n * 0.5 for n in nights], [m * 0.15 for m in meals], [t * 0.2 for t in tours]
    for y in Y:  # triệu đồng
        rev = rooms[y] + food[y] + trips[y]
        p.check(round(nights[y] / 5110 * 100) == occ[y] and guests[y] == 2 * nights[y], f"occupancy, guests {y}")
        p.check(close(lines[0][y], food[y] * 0.45) and close(lines[1][y], nights[y] * 0.08)
                and close(lines[2][y], trips[y] * 0.3) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], [120, 130, 140][y]) and close(lines[5][y], 200)
                and close(lines[6][y], [800, 600, 400][y] * 0.075) and close(lines[7][y], rev * 0.08)
                and close(lines[8][y], 100), f"cost lines {y}")
        s = summary[y]
        p.check(close(s[0], rev) and close(s[1], cost[y]) and close(cost[y], lines_sum(lines, y))
                and close(s[2], s[0] - s[1]), f"summary row {y}")
        p.check(close(s[3], tax(s[2], s[0]), 0.002) and close(s[4], s[2] - s[3]), f"tax {y}")
        p.check(nights[y] <= 14 * 365 and meals[y] <= 40000, f"room-nights, dining capacity {y}")
        if y:
            p.check(s[0] / summary[y - 1][0] < 1.2, f"growth {y}")
    p.check([round(x) for x in rooms] == [1150, 1300, 1450] and [round(x) for x in food] == [1050, 1200, 1350]
            and [round(x) for x in trips] == [600, 700, 800], "revenue lines")
    eq = [p.row(x) for x in ("Giường đôi gỗ", "Đệm, chăn, ga", "Bình nước nóng", "Bếp công nghiệp")]
    p.check(all(close(e[0] * e[1], e[2]) for e in eq) and sum(e[2] for e in eq) == 150, "equipment 150")
    p.check(1200 + 400 + 250 + 150 + 100 + 200 == 2300 == 1500 + 800 and 1200 + 400 + 250 + 150 == 2000,
            "capital 2,3 tỷ, fixed 2.000")
    post = [s[4] for s in summary]
    p.check(avg1(post) == 680.5 and close(2300 / (680.5 + 200), 2.6, 0.01), "average profit, payback 2,6")
    p.check(14 * 365 == 5110 and close(1300 / 2190, 0.59, 0.01) and close(nights[0] / 1300, 1.77, 0.01),
            "5.110; 59 % in 2025; +77 %")
    p.check(800 / 2300 < 0.35, "loans under 35 %")
    pay = [lines[0][y] * 0.8 + lines[2][y] for y in Y]
    p.check(close(pay[0], 558) and close(pay[2], 726), "558–726 triệu to households")
    p.check(staff[0] * 6 * 12 == 648 and staff[1] * 6 * 12 == 720, "wages 648 / 720")
    p.has("500.000 đồng/phòng/đêm", "150.000 đồng/suất", "200.000 đồng/lượt",
          "2.300 đêm phòng × 500.000 đồng = 1.150 triệu đồng", "7.000 suất × 150.000 đồng = 1.050 triệu đồng",
          "3.000 lượt × 200.000 đồng = 600 triệu đồng", "cộng 2.800 triệu đồng", "1.300 + 1.200 + 700 = 3.200",
          "1.450 + 1.350 + 800 = 3.600", "(519,8 + 656,5 + 865,3) : 3 ≈ 680,5", "2.300 : (680,5 + 200) ≈ 2,6 năm",
          "14 phòng × 365 ngày = 5.110", "9 × 6 × 12 = 648", "60 triệu đồng năm 2027, 45 triệu đồng năm 2028 và 30",
          "2,8 tỷ đồng năm 2027, 3,2 tỷ đồng năm 2028 và 3,6 tỷ đồng năm 2029", "558 – 726 triệu đồng",
          "TCVN 7800:2017", "an toàn thực phẩm", "an ninh, trật tự", "nhãn hiệu", "xử lý nước thải")
    ready_checks(p)
    return p


def ci03() -> Plan:
    p = Plan("ci03_non_la_ngoc_ha_hkd")
    a, b, c, la = p.row("Nón lá truyền thống"), p.row("Nón vẽ tay |"), p.row("Nón mini trang trí"), p.row("Lá nón khô sử dụng")
    rev, ra, rb, rc = (p.row("Doanh thu |"), p.row("Nón truyền thống (80.000"), p.row("Nón vẽ tay (180.000"),
                       p.row("Nón mini (45.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Lá nón (60.000", "Vành tre, chỉ cước", "Sơn vẽ", "Tiền công chằm nón", "Hộp, túi, nhãn",
                                 "Khấu hao |", "Lãi vay |", "Chiết khấu, bán hàng", "Điện, vận chuyển", "Thuế GTGT, TNCN")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # đồng
        p.check(close(la[y], (a[y] + b[y]) * 0.12 + c[y] * 0.04), f"leaf 0,12 / 0,04 kg {y}")
        p.check(ra[y] == a[y] * 80000 and rb[y] == b[y] * 180000 and rc[y] == c[y] * 45000
                and rev[y] == ra[y] + rb[y] + rc[y], f"revenue {y}")
        p.check(close(lines[0][y], la[y] * 60000) and lines[1][y] == (a[y] + b[y]) * 10000 + c[y] * 4000
                and lines[2][y] == b[y] * 15000 and lines[3][y] == a[y] * 35000 + b[y] * 70000 + c[y] * 15000
                and lines[4][y] == a[y] * 3000 + b[y] * 15000 + c[y] * 2000, f"per-unit costs {y}")
        p.check(lines[5][y] == 24e6 and close(lines[6][y], [100e6, 100e6, 50e6][y] * 0.072)
                and close(lines[7][y], rev[y] * 0.06) and lines[8][y] == 24e6 and close(lines[9][y], rev[y] * 0.015),
                f"depreciation, interest, selling, flat tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(a[y] * 0.6 + b[y] + c[y] * 0.25 <= 30 * 300 and la[y] <= 1800, f"workdays, leaf contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(a[2] * 0.6 + b[2] + c[2] * 0.25 == 8560 and 30 * 300 == 9000, "8.560 of 9.000 workdays")
    eq = [p.row(x) for x in ("Khuôn nón gỗ", "Tủ sấy lá", "Bàn là lá", "Bàn vẽ, đèn")]
    p.check(all(e[0] * e[1] == e[2] for e in eq) and sum(e[2] for e in eq) == 40e6, "equipment 40 triệu")
    items = [p.one(x) for x in ("Sửa chữa, mở rộng gian trưng bày", "Trang thiết bị (mục 9)", "Thiết kế hộp, nhãn",
                                "Vốn lưu động mua lá")]
    p.check(sum(items) == p.one("Tổng cộng") == 300e6 == 200e6 + 100e6 and items[0] + items[1] == 120e6
            and 120e6 / 5 == 24e6, "capital 300 triệu, fixed 120, depreciation 24")
    avg = sum(prof) / 3
    p.check(avg == 243920000 and close(300e6 / (avg + 24e6), 1.1, 0.02), "average profit, payback 1,1")
    p.check(close(lines[3][0] / 30 / 12, 1.15e6, 0.005) and close(lines[3][2] / 30 / 12, 1.46e6, 0.005), "1,15–1,46 tr")
    p.check(close(a[0] / 7400, 1.08, 0.01) and b[0] - 900 == 600, "+8 % on 2025, 900 → 1.500")
    p.has("80.000 đồng/chiếc", "180.000 đồng/chiếc", "45.000 đồng/chiếc", "1.220 kg năm 2027, 1.368 kg năm 2028 và 1.516 kg",
          "1.800 kg/năm", "9.600 × 0,6 + 2.100 × 1 + 2.800 × 0,25 = 8.560", "cho 9.000 ngày công",
          "(205.600.000 + 242.720.000 + 283.440.000) : 3 = 243.920.000", "300.000.000 : (243.920.000 + 24.000.000) ≈ 1,1 năm",
          "Tổng vốn đầu tư: 300.000.000 đồng", "7.200.000 đồng năm 2027, 7.200.000 đồng năm 2028, 3.600.000 đồng năm 2029",
          "1.000.000.000 đồng, năm 2029 đạt 1.272.000.000", "khoảng 1,15 triệu đồng/thợ/tháng", "khoảng 1,46 triệu đồng/thợ/tháng",
          "TCCS 01:2026", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu", "28H8003152")
    ready_checks(p)
    return p


def ci04() -> Plan:
    p = Plan("ci04_tinh_dau_buoi_huong_trach_cty")
    a, b, c = (p.row("Tinh dầu bưởi nguyên chất 10 ml"), p.row("Tinh dầu bưởi nguyên chất 50 ml"),
               p.row("Xịt dưỡng tóc vỏ bưởi 100 ml"))
    oil, peel, staff = p.row("Tinh dầu cần dùng (lít)"), p.row("Vỏ bưởi tươi cần dùng (kg)"), p.row("Tổng số lao động")
    rev, ra, rb, rc = (p.row("Doanh thu |"), p.row("Tinh dầu 10 ml (95.000"), p.row("Tinh dầu 50 ml (380.000"),
                       p.row("Xịt dưỡng tóc 100 ml (85.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Vỏ bưởi tươi (3.000", "Chai, hộp, nhãn, tem", "Phụ liệu xịt tóc", "Tiền lương",
                                 "Điện, củi nén", "Khấu hao |", "Lãi vay |", "Bán hàng, marketing", "Kiểm nghiệm định kỳ")]
    pre, tx, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (17%)"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(oil[y], a[y] * 0.01 + b[y] * 0.05 + c[y] * 0.002) and close(peel[y], oil[y] * 150),
                f"oil 0,01 / 0,05 / 0,002 l, peel 150 kg/l {y}")
        p.check(close(ra[y], a[y] * 0.095) and close(rb[y], b[y] * 0.38) and close(rc[y], c[y] * 0.085)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], peel[y] * 0.003) and close(lines[1][y], a[y] * 0.012 + b[y] * 0.03 + c[y] * 0.015)
                and close(lines[2][y], c[y] * 0.01) and close(lines[3][y], staff[y] * 7.5 * 12)
                and close(lines[4][y], peel[y] * 0.0008), f"unit costs, wages {y}")
        p.check(close(lines[5][y], 150) and close(lines[6][y], [1200, 900, 600][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.18) and close(lines[8][y], 250), f"fixed lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] > 3000 and close(tx[y], pre[y] * 0.17) and close(post[y], pre[y] - tx[y]), f"17 % tax {y}")
        p.check(peel[y] <= 2 * 150 * 2 * 250 and peel[y] <= 90000, f"still capacity, peel contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and 1.13 < oil[y] / oil[y - 1] < 1.17, f"growth 14–16 % {y}")
    eq = [p.row(x) for x in ("Nồi chưng cất inox 500", "Nồi hơi đốt củi nén", "Máy nghiền vỏ bưởi", "Máy chiết rót, đóng nắp",
                             "Thiết bị phòng kiểm tra")]
    p.check(all(close(e[0] * e[1], e[2]) for e in eq) and sum(e[2] for e in eq) == 900, "equipment 900")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng đạt điều kiện", "Máy móc, thiết bị (mục I)", "Công bố sản phẩm, kiểm nghiệm",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2500 == 1300 + 1200 and items[0] + items[1] == 1500
            and close(1500 / 10, 150), "capital 2,5 tỷ, fixed 1.500, depreciation 150")
    p.check(close(sum(post) / 3, 878.38, 0.0005) and close(2500 / (878.38 + 150), 2.4, 0.02), "average, payback 2,4")
    p.check(close(post[0] / rev[0], 0.15, 0.01) and close(post[2] / rev[2], 0.22, 0.03), "15–22 % margin")
    p.check(2 * 150 * 2 * 250 == 150000 and close(oil[0] / 210, 1.78, 0.01) and staff[0] - 11 == 3, "+78 %, +3 workers")
    p.check(close(14000 * 0.095 + 1200 * 0.38 + 6000 * 0.085, 2300, 0.01), "2025 revenue ≈ 2,3 tỷ")
    p.check(close(14000 * 0.01 + 1200 * 0.05 + 6000 * 0.002, 212, 0.01), "2025: about 210 lít")
    p.check(staff[0] * 7.5 * 12 == 1260 and staff[2] * 7.5 * 12 == 1440, "wages 1.260 / 1.440")
    p.has("95.000 đồng/chai", "380.000 đồng/chai", "85.000 đồng/chai", "56.100 kg năm 2027, 64.950 kg năm 2028 và 73.800 kg",
          "tổng 90 tấn/năm", "150.000 kg vỏ bưởi", "(605,92 + 878,38 + 1.150,84) : 3 ≈ 878,38", "2.500 : (878,38 + 150) ≈ 2,4 năm",
          "4,06 tỷ đồng năm 2027, 4,705 tỷ đồng năm 2028 và 5,35 tỷ đồng năm 2029", "374 lít năm 2027, 433 lít năm 2028 và 492 lít",
          "96 triệu đồng năm 2027, 72 triệu đồng năm 2028 và 48 triệu đồng năm 2029", "168 – 221 triệu đồng/năm",
          "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "phiếu tiếp nhận hồ sơ công bố sản phẩm mỹ phẩm", "TCCS 01:2023/HT",
          "Nghị định 43/2017/NĐ-CP", "4-0498217", "đăng ký môi trường")
    ready_checks(p)
    return p


def ci05() -> Plan:
    p = Plan("ci05_may_tre_dan_huong_binh_htx")
    g, k, d = p.row("Giỏ mây có nắp |"), p.row("Khay mây tre |"), p.row("Chao đèn mây |")
    need, own, bought, supply = (p.row("Nhu cầu mây sợi"), p.row("Mây từ vườn"), p.row("Mây mua theo hợp đồng"),
                                 p.row("Tổng nguồn cung mây"))
    tre_need, tre_sup = p.row("Nhu cầu tre, giang"), p.row("Tre, giang thu mua")
    rev, rg, rk, rd = (p.row("Doanh thu |"), p.row("Giỏ mây có nắp (180.000"), p.row("Khay mây tre (70.000"),
                       p.row("Chao đèn mây (250.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mây sợi (30.000", "Tre, giang (5.000", "Vecni, dầu bóng", "Tiền công đan khoán",
                                 "Thùng carton, túi giấy", "Lương bộ phận quản lý", "Điện, củi sấy", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, vận chuyển", "Quản lý khác")]
    pre, tx, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(need[y], g[y] * 1.2 + k[y] * 0.3 + d[y] * 0.9) and close(tre_need[y], k[y] * 0.4),
                f"rattan 1,2 / 0,3 / 0,9 kg, bamboo 0,4 kg {y}")
        p.check(close(rg[y], g[y] * 0.18) and close(rk[y], k[y] * 0.07) and close(rev[y], rg[y] + rk[y] + rd[y]),
                f"basket, tray revenue; total = sub-rows {y}")
        p.check(close(lines[0][y], need[y] * 0.03) and close(lines[1][y], tre_need[y] * 0.005)
                and close(lines[2][y], g[y] * 0.008 + k[y] * 0.004 + d[y] * 0.015)
                and close(lines[3][y], g[y] * 0.05 + k[y] * 0.02 + d[y] * 0.07)
                and close(lines[4][y], g[y] * 0.004 + k[y] * 0.002 + d[y] * 0.008), f"per-unit costs {y}")
        p.check(close(lines[5][y], 5 * 6 * 12) and close(lines[7][y], 70) and close(lines[8][y], [400, 300, 200][y] * 0.08),
                f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tx[y], tax(pre[y], rev[y]), 0.002) and close(post[y], pre[y] - tx[y]),
                f"cost, profit, tax consistent with the stated revenue {y}")
        p.check(supply[y] == own[y] + bought[y] == 11200 and tre_need[y] <= tre_sup[y], f"supply rows {y}")
        p.check(g[y] * 0.5 + k[y] * 0.25 + d[y] * 0.8 <= 45 * 250, f"weaving days {y}")
    p.check(own[0] == 8 * 900, "8 ha × 900 kg")
    p.check(close(rd[0], d[0] * 0.25) and close(rd[1], d[1] * 0.25), "2027, 2028 lamp-shade revenue right")
    p.check(d[2] * 0.25 == 700 and rd[2] == 900 and off(rd[2], d[2] * 0.25), "PLANTED 2029 shades 900 != 2.800 × 250.000 = 700")
    true_rev = rg[2] + rk[2] + d[2] * 0.25
    p.check(true_rev == 2908 and off(rev[2], true_rev), "PLANTED 2029 revenue 3.108 != 2.908 (+6,9 %)")
    p.has("khoảng 3,1 tỷ đồng")  # the objective follows the wrong total
    p.check(all(need[y] > supply[y] and off(need[y], supply[y]) for y in Y),
            "PLANTED rattan need 12.000 / 13.620 / 15.240 kg > 11.200 kg supply")
    p.check(close(need[0] / supply[0], 1.071, 0.001) and close(need[2] / supply[2], 1.361, 0.001), "shortfall 7 % to 36 %")
    p.has("bảo đảm đủ nguyên liệu cho sản xuất trong cả giai đoạn")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|logo",
            "PLANTED no label, label content, barcode or labelling decree")
    p.check(400 + 300 + 50 + 250 == 1000 == 600 + 400 and close(700 / 10, 70), "capital 1.000, fixed 700")
    eq = [p.row(x) for x in ("Máy chẻ mây, vót sợi", "Lò sấy mây", "Máy ép khuôn khay", "Buồng phun vecni", "Khuôn đan các loại")]
    p.check(all(close(e[0] * e[1], e[2]) for e in eq) and sum(e[2] for e in eq) == 300, "equipment 300")
    written = avg1(post)
    true_post2 = (true_rev - cost[2]) * (1 - (0.15 if true_rev <= 3000 else 0.17))
    true_avg = (post[0] + post[1] + true_post2) / 3
    p.check(written == 542.3 and close(1000 / (written + 70), 1.6, 0.03), "stated payback 1,6 from the written profit")
    p.check(close(1000 / (true_avg + 70), 1.78, 0.01) and off(1.6, 1000 / (true_avg + 70)), "tolerated knock-on: 1,8")
    p.check(close(lines[3][0] / 45 / 12, 1.19, 0.01) and close(lines[3][2] / 45 / 12, 1.51, 0.01), "1,19–1,51 tr")
    p.check(close(g[0] / 5200, 1.15, 0.01) and close(k[0] / 9000, 1.11, 0.01) and close(d[0] / 1500, 1.33, 0.01),
            "+15 / +11 / +33 % on 2025")
    p.check(g[2] * 0.5 + k[2] * 0.25 + d[2] * 0.8 == 9040 and 45 * 250 == 11250, "9.040 of 11.250 days")
    p.has("180.000 đồng/chiếc", "70.000 đồng/chiếc", "250.000 đồng/chiếc", "(368,9 + 491,8 + 766,3) : 3 ≈ 542,3",
          "1.000 : (542,3 + 70) ≈ 1,6 năm", "Tổng vốn đầu tư 1.000 triệu đồng", "= 9.040 ngày công", "11.250 ngày công",
          "32 triệu đồng năm 2027, 24 triệu đồng năm 2028, 16 triệu đồng năm 2029", "5 × 6 × 12 = 360",
          "bình quân 1,19 triệu đồng/thợ/tháng", "1,51 triệu đồng/thợ/tháng", "nhãn hiệu", "tiêu chuẩn cơ sở", "đăng ký môi trường")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ci06() -> Plan:
    p = Plan("ci06_go_my_nghe_quang_vinh_hkd")
    h, t, u, n, wood = (p.row("Hộp trà gỗ chạm khắc"), p.row("Tranh phù điêu gỗ 40"), p.row("Tượng gỗ để bàn"),
                        p.row("Tổng số sản phẩm"), p.row("Gỗ xẻ nguyên liệu"))
    staff = p.row("Tổng số thợ")
    rev, rh, rt, ru = (p.row("Doanh thu |"), p.row("Hộp trà (350.000"), p.row("Tranh phù điêu (1.500.000"),
                       p.row("Tượng để bàn (650.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gỗ xẻ (12 triệu", "Sơn PU, dầu lau", "Hộp, túi, tem nhãn", "Tiền lương thợ", "Điện |",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Thuế GTGT, TNCN")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(n[y] == h[y] + t[y] + u[y] and close(wood[y], h[y] * 0.004 + t[y] * 0.03 + u[y] * 0.012), f"count, wood {y}")
        p.check(close(rh[y], h[y] * 0.35) and close(rt[y], t[y] * 1.5) and close(ru[y], u[y] * 0.65)
                and close(rev[y], rh[y] + rt[y] + ru[y]), f"revenue {y}")
        p.check(close(lines[0][y], wood[y] * 12) and close(lines[1][y], h[y] * 0.02 + t[y] * 0.08 + u[y] * 0.04)
                and close(lines[2][y], h[y] * 0.015 + t[y] * 0.05 + u[y] * 0.02) and close(lines[3][y], staff[y] * 7 * 12),
                f"per-unit costs, wages {y}")
        p.check(close(lines[5][y], 120) and close(lines[6][y], [400, 300, 200][y] * 0.09)
                and close(lines[7][y], rev[y] * 0.06) and close(lines[8][y], rev[y] * 0.015), f"fixed lines, taxes {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(wood[y] <= 60, f"timber contract 60 m³ {y}")
    eq = [p.row(x) for x in ("Máy CNC khắc gỗ", "Máy cưa bàn trượt", "Máy bào cuốn", "Máy chà nhám thùng", "Máy nén khí",
                             "Máy khoan, máy đục", "Lò sấy gỗ mini")]
    p.check(all(close(e[0] * e[1], e[2]) for e in eq), "equipment rows qty × price")
    true_eq = sum(e[2] for e in eq)
    p.has("| | Cộng | | | | 635 |")
    p.check(true_eq == 585 and off(635, true_eq), "PLANTED equipment table total 635 != 585 (+8,5 %)")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng 150", "Máy móc, thiết bị (Bảng 3)", "Thiết kế mẫu, hộp", "Vốn lưu động mua gỗ")]
    p.check(sum(items) == p.one("Tổng cộng") == 1235 == 835 + 400 and items[1] == 635,
            "investment table carries 635; its total equals the sources")
    p.check(close(400 / 10 + 635 / 8, 120, 0.01), "depreciation ≈ 120")
    cap = 10 * 300
    p.has("tối đa 10 sản phẩm/ngày, tương đương 3.000 sản phẩm/năm")
    p.check(cap == 3000 and all(n[y] > cap and off(n[y], cap) for y in Y),
            "PLANTED 4.200 / 4.800 / 5.400 products > 3.000 finishing capacity")
    p.check(close(n[0] / 2600, 1.615, 0.001) and 1600 + 380 + 620 == 2600, "tolerated knock-on: +62 % on 2025")
    p.check(close(1600 * 0.35 + 380 * 1.5 + 620 * 0.65, 1500, 0.03), "2025 revenue ≈ 1,5 tỷ")
    avg = sum(prof) / 3
    p.check(close(avg, 804.12, 0.0005) and close(1235 / (avg + 120), 1.3, 0.03) and close(1185 / (avg + 120), 1.3, 0.02),
            "payback 1,3 (unchanged on the true equipment sum)")
    p.lacks(r"môi trường|bụi|mùn cưa|\bphoi\b|chất thải|\brác\b|xử lý|nước thải|khói|tiếng ồn|dung môi|thu gom|khẩu trang|"
            r"\bhút\b|ô nhiễm|phế liệu|gỗ vụn|đầu mẩu",
            "PLANTED no environmental measure (dust, sawdust, paint, off-cuts) anywhere")
    p.has("Máy chà nhám thùng", "phun sơn PU", "Chương XIII. HIỆU QUẢ XÃ HỘI")
    p.has("350.000 đồng/chiếc", "1.500.000 đồng/bức", "650.000 đồng/chiếc", "41,2 m³ năm 2027, 47 m³ năm 2028 và 52,8 m³",
          "60 m³/năm", "(605,35 + 832,12 + 974,9) : 3 ≈ 804,12", "1.235 : (804,12 + 120) ≈ 1,3 năm",
          "Tổng vốn đầu tư 1.235 triệu đồng", "36 triệu đồng năm 2027, 27 triệu đồng năm 2028, 18 triệu đồng năm 2029",
          "756 triệu đồng năm 2027 và 2028, 840 triệu đồng năm 2029", "nhãn hiệu", "Nghị định 43/2017/NĐ-CP", "TCCS 01:2026/QV")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ci07() -> Plan:
    p = Plan("ci07_tinh_dau_tram_cam_linh_htx")
    a, b, c, oil, leaf = (p.row("Tinh dầu tràm chai 50 ml (chai)"), p.row("Tinh dầu tràm chai 100 ml (chai)"),
                          p.row("Dầu tràm chai lăn 10 ml (chai)"), p.row("Tinh dầu thành phẩm (lít)"), p.row("Lá tràm tươi (kg"))
    staff = p.row("Cộng |")
    rev, ra, rb, rc = (p.row("Doanh thu |"), p.row("Chai 50 ml (85.000"), p.row("Chai 100 ml (150.000"),
                       p.row("Chai lăn 10 ml (35.000"))
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Lá tràm tươi (1.500", "Chai, hộp, nhãn", "Tiền lương", "Củi, điện", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    pre, tx, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập (15%)"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(oil[y], a[y] * 0.05 + b[y] * 0.1 + c[y] * 0.01) and close(leaf[y], oil[y] * 120),
                f"oil litres, 120 kg leaves a litre {y}")
        p.check(close(ra[y], a[y] * 0.085) and close(rb[y], b[y] * 0.15) and close(rc[y], c[y] * 0.035)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 0.0015) and close(lines[1][y], a[y] * 0.008 + b[y] * 0.012 + c[y] * 0.006)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[3][y], leaf[y] * 0.001)
                and close(lines[4][y], 90) and close(lines[5][y], [500, 375, 250][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(tx[y], pre[y] * 0.15) and close(post[y], pre[y] - tx[y]) and rev[y] <= 3000,
                f"15 % tax on the stated profit {y}")
        p.check(leaf[y] <= 60 * 4000 and leaf[y] <= 2 * 500 * 2 * 200, f"leaf supply, still capacity {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[1], rev[1] - cost[1]), "2027, 2028 profit right")
    p.check(rev[2] - cost[2] == 818 and pre[2] == 938 and off(pre[2], rev[2] - cost[2]),
            "PLANTED 2029 pre-tax profit 938 != 2.525 − 1.707 = 818 (+14,7 %)")
    written = avg1(post)
    true_avg = (post[0] + post[1] + 818 * 0.85) / 3
    p.check(written == 630.7 and close(1300 / (written + 90), 1.8, 0.01), "stated payback 1,8 from the written profit")
    p.check(close(1300 / (true_avg + 90), 1.89, 0.01), "tolerated knock-on: 1,9 on the true profit")
    p.check(350 + 550 + 100 + 300 == 1300 == 800 + 500 and close(900 / 10, 90), "capital 1,3 tỷ, fixed 900")
    eq = [p.row(x) for x in ("Nồi chưng cất inox 500", "Hệ thống ngưng tụ", "Bồn lắng tách dầu", "Máy chiết rót |",
                             "Máy dán nhãn, co màng")]
    p.check(all(close(e[0] * e[1], e[2]) for e in eq) and sum(e[2] for e in eq) == 550, "equipment 550")
    p.check(60 * 4000 - leaf[2] == 66000 and 2 * 500 * 2 * 200 == 400000, "66 tấn to spare; 400 tấn capacity")
    p.check(8000 * 0.05 + 3500 * 0.1 + 5000 * 0.01 + 50 == 850 and close(oil[0] / 850, 1.39, 0.01), "2025 850 lít, +39 %")
    p.check(all(1.09 < oil[y] / oil[y - 1] < 1.12 for y in (1, 2)), "10–12 % a year")
    p.has("Luật Hợp tác xã năm 2012", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Bộ tiêu chí ban hành kèm Quyết định 1048/QĐ-TTg")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|Luật Hợp tác xã năm 2023|17/2023/QH15", "PLANTED the current instruments are not cited")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|phiếu tiếp nhận",
            "PLANTED no product standard, cosmetic notification or test report")
    p.has("Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu", "đăng ký môi trường")
    p.has("85.000 đồng/chai", "150.000 đồng/chai", "35.000 đồng/chai", "1.180 lít năm 2027, 1.315 lít năm 2028 và 1.450 lít",
          "141.600 kg năm 2027, 157.800 kg năm 2028 và 174.000 kg", "(477,7 + 617,1 + 797,3) : 3 ≈ 630,7",
          "1.300 : (630,7 + 90) ≈ 1,8 năm", "Tổng vốn đầu tư 1,3 tỷ đồng", "2 nồi × 500 kg lá/mẻ × 2 mẻ/ngày × 200 ngày = 400.000",
          "40 triệu đồng năm 2027, 30 triệu đồng năm 2028, 20 triệu đồng năm 2029", "2,05 tỷ đồng năm 2027, 2,29 tỷ đồng",
          "212 – 261 triệu đồng/năm", "576 triệu đồng năm 2027, 2028 và 648 triệu đồng năm 2029")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ci08() -> Plan:
    p = Plan("ci08_dan_coi_xuan_hoi_tht")
    t, h, d, coi = (p.row("Túi xách cói (chiếc)"), p.row("Hộp cói đựng đồ (chiếc)"), p.row("Dép cói đi trong nhà (đôi)"),
                    p.row("Cói khô sử dụng (kg)"))
    rev, rt, rh, rd = (p.row("Doanh thu |"), p.row("Túi xách cói (150.000"), p.row("Hộp cói (90.000"), p.row("Dép cói (60.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cói khô (12.000", "Vải lót, khóa", "Tiền công đan, may", "Thẻ nhãn, túi đựng",
                                 "Thù lao ban điều hành", "Điện, sấy", "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu",
                                 "Thuế GTGT, TNCN")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(close(coi[y], t[y] * 0.5 + h[y] * 0.4 + d[y] * 0.25) and coi[y] <= 10000, f"sedge need, 10 tấn contract {y}")
        p.check(close(rt[y], t[y] * 0.15) and close(rh[y], h[y] * 0.09) and close(rd[y], d[y] * 0.06)
                and close(rev[y], rt[y] + rh[y] + rd[y]), f"revenue at 150.000 đ a bag {y}")
        p.check(close(lines[0][y], coi[y] * 0.012) and close(lines[1][y], t[y] * 0.025 + h[y] * 0.008 + d[y] * 0.012)
                and close(lines[2][y], t[y] * 0.05 + h[y] * 0.03 + d[y] * 0.02)
                and close(lines[3][y], t[y] * 0.004 + h[y] * 0.003 + d[y] * 0.002), f"per-unit costs {y}")
        p.check(close(lines[4][y], 2 * 4 * 12) and close(lines[6][y], 60) and close(lines[7][y], [300, 200, 100][y] * 0.066)
                and close(lines[8][y], rev[y] * 0.06) and close(lines[9][y], rev[y] * 0.015), f"fixed lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(t[y] * 0.5 + h[y] * 0.3 + d[y] * 0.2 <= 40 * 250, f"weaving days {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(t[2] * 0.5 + h[2] * 0.3 + d[2] * 0.2 == 7160 and 40 * 250 == 10000, "7.160 of 10.000 days")
    eq = [p.row(x) for x in ("Máy may công nghiệp", "Máy ép đế dép", "Máy dệt tấm cói", "Lò sấy cói", "Máy cắt, dập khuôn")]
    p.check(all(close(e[0] * e[1], e[2]) for e in eq) and sum(e[2] for e in eq) == 350, "equipment 350")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng, kho", "Máy móc thiết bị (mục VII)", "Mẫu mã, túi đựng", "Vốn lưu động")]
    total = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == total == 850 and items[0] + items[1] == 600 and close(600 / 10, 60), "investment 850, fixed 600")
    p.has("vốn góp của 12 thành viên 300 triệu đồng", "vay Ngân hàng Chính sách xã hội 300 triệu đồng",
          "kinh phí khuyến công của tỉnh 150 triệu đồng")
    p.check(300 + 300 + 150 == 750 and off(750, total), "PLANTED sources 750 != investment 850 (−11,8 %)")
    p.lacks(r"[Tt]ổng (nguồn vốn|cộng nguồn vốn)", "no sources total is written")
    p.has("giá bán lẻ 185.000 đồng/chiếc", "túi xách cói của tổ bán 150.000 đồng/chiếc", "Túi xách cói (150.000 đ/chiếc)")
    p.check(off(185000, 150000), "PLANTED handbag price 185.000 (product) != 150.000 (market, table)")
    p.check(all(off(t[y] * 0.185, rt[y]) for y in Y) and t[0] * 0.185 == 925, "tolerated knock-on: 925 / 1.017,5 / 1.110")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|độc quyền|logo",
            "PLANTED no trademark or IP anywhere")
    p.has("Nghị định 43/2017/NĐ-CP", "tiêu chuẩn cơ sở", "đăng ký môi trường", "giấy chứng nhận đăng ký tổ hợp tác")
    avg = sum(prof) / 3
    p.check(close(avg, 514.09, 0.0005) and close(850 / (avg + 60), 1.5, 0.02), "payback 1,5")
    p.check(p.one("Tổng số thợ (dòng 2 và 3)") == 40 == 6 + 34, "40 makers")
    p.check(close(lines[2][0] / 40 / 12, 1.23, 0.01) and close(lines[2][2] / 40 / 12, 1.49, 0.01), "1,23–1,49 tr")
    p.check(close(t[0] / 4200, 1.19, 0.01) and close(h[0] / 5000, 1.2) and close(d[0] / 6500, 1.23, 0.01)
            and close(4200 * 0.15 + 5000 * 0.09 + 6500 * 0.06, 1470), "+19 / +20 / +23 % on 2026; 1,47 tỷ")
    p.has("60.000 đồng/đôi", "90.000 đồng/chiếc", "6.900 kg năm 2027, 7.640 kg năm 2028 và 8.380 kg",
          "6.000 × 0,5 + 7.200 × 0,3 + 10.000 × 0,2 = 7.160", "(441,65 + 514,09 + 586,54) : 3 ≈ 514,09",
          "850 : (514,09 + 60) ≈ 1,5 năm", "2 × 4 × 12 = 96", "Tổng vốn đầu tư của phương án là 850 triệu đồng",
          "khoảng 1,23 triệu đồng/thợ/tháng", "khoảng 1,49 triệu đồng/thợ/tháng")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ci09() -> Plan:
    p = Plan("ci09_homestay_khe_giao_hkd")
    nights, meals, tours = p.row("Đêm phòng bán được"), p.row("Suất ăn |"), p.row("Lượt trải nghiệm")
    rev, rr, rm, rt = (p.row("Doanh thu |"), p.row("Lưu trú (600.000"), p.row("Ăn uống (120.000"), p.row("Trải nghiệm (250.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thực phẩm (50%", "Đồ dùng phòng", "Chi phí trải nghiệm", "Tiền công lao động thuê",
                                 "Điện, nước, gas", "Khấu hao |", "Lãi vay |", "Thuế GTGT, TNCN", "Chi khác")]
    prof = p.row("Lợi nhuận |")
    hired = p.row("Cộng |", 2)[1]
    for y in Y:  # triệu đồng
        p.check(close(rr[y], nights[y] * 0.6) and close(rm[y], meals[y] * 0.12) and close(rt[y], tours[y] * 0.25)
                and close(rev[y], rr[y] + rm[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], rm[y] * 0.5) and close(lines[1][y], nights[y] * 0.07) and close(lines[2][y], rt[y] * 0.4)
                and close(lines[3][y], hired * 5 * 12) and close(lines[5][y], 80)
                and close(lines[6][y], [300, 225, 150][y] * 0.08) and close(lines[7][y], rev[y] * 0.06)
                and close(lines[8][y], 30), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(nights[y] <= 6 * 365, f"within 2.190 room-nights {y}")
    p.check(hired == 3 and 6 * 365 == 2190, "3 hired workers all along; 2.190 room-nights")
    g = [nights[1] / nights[0], nights[2] / nights[1], rev[1] / rev[0], rev[2] / rev[1]]
    p.check(g == [2.0, 1.5, 2.0, 1.5] and meals[2] / meals[0] == 3 and tours[2] / tours[0] == 3,
            "PLANTED output and revenue ×2 then ×1,5 (0,86 → 1,72 → 2,58 tỷ)")
    p.check(close(600 / 2190, 0.27, 0.02) and close(nights[2] / 2190, 0.96, 0.01) and nights[2] / 600 == 3.5,
            "27 % → 96 % occupancy; 3,5 × 2026 (tolerated capacity knock-on)")
    p.check(450 + 250 + 100 + 100 == 900 == 600 + 300 and close(800 / 10, 80), "capital 900, fixed 800")
    eq = [p.row(x) for x in ("Thuyền kayak 2 chỗ", "Áo phao |", "Dây, phao cứu hộ", "Dụng cụ câu cá")]
    p.check(all(close(e[0] * e[1], e[2]) for e in eq) and sum(e[2] for e in eq) == 100, "equipment 100")
    avg = sum(prof) / 3
    p.check(close(avg, 740.8, 0.0005) and close(900 / (avg + 80), 1.1, 0.01), "payback 1,1 on the plan's own numbers")
    p.check(close(600 * 0.6 + 1700 * 0.12 + 700 * 0.25, 740, 0.01) and close(nights[0] / 600, 1.17, 0.01), "2026: 740 triệu")
    market = section(p, "# 7. THỊ TRƯỜNG", "# 8.").lower()
    p.check(not any(w in market for w in ("đồng", "giá ", "khách", "công ty", "đại lý", "facebook", "zalo", "website", "booking",
                                          "agoda", "traveloka", "hội chợ", "trường học", "đoàn", "hợp đồng", "gia đình", "học sinh")),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"facebook|zalo|website|booking|agoda|traveloka|tiktok|shopee|lữ hành|công ty du lịch|đại lý|\bOTA\b|"
            r"sàn (đặt phòng|thương mại)|hội chợ|trực tuyến|online|mạng xã hội|qua điện thoại|hợp đồng",
            "PLANTED no sales channel anywhere")
    p.check(p.count("Homestay Rừng Sim") == 2 and p.count("Homestay Khe Giao") >= 4, "PLANTED a second homestay name, twice")
    p.has("600.000 đồng/phòng/đêm", "120.000 đồng/suất", "250.000 đồng/lượt", "6 phòng × 365 ngày = 2.190 đêm phòng",
          "(185,4 + 740,8 + 1.296,2) : 3 ≈ 740,8", "900 : (740,8 + 80) ≈ 1,1 năm", "Tổng vốn đầu tư 900 triệu đồng",
          "0,86 tỷ đồng năm 2027, 1,72 tỷ đồng năm 2028 và 2,58 tỷ đồng năm 2029", "3 người × 5 triệu đồng × 12 tháng = 180",
          "24 triệu đồng năm 2027, 18 triệu đồng năm 2028, 12 triệu đồng năm 2029", "gần 1,3 tỷ đồng",
          "tăng gấp đôi năm 2027 và năm 2029 tăng thêm 50%", "TCVN 7800:2017", "an toàn thực phẩm", "nhãn hiệu", "bể tự hoại")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def ci10() -> Plan:
    p = Plan("ci10_do_tre_phan_tuong_ho")
    d, h, t, tre = p.row("Đèn ngủ tre |"), p.row("Hộp tre |"), p.row("Tranh ghép tre |"), p.row("Tre, luồng sử dụng")
    rev, rd, rh, rt = (p.row("Doanh thu |"), p.row("Đèn ngủ tre (220.000"), p.row("Hộp tre (60.000"),
                       p.row("Tranh ghép tre (350.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Tre, luồng (4.000", "Bóng đèn, dây điện", "Tiền công thợ", "Hộp, túi, nhãn", "Điện, sấy",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(close(tre[y], d[y] * 1.5 + h[y] * 0.4 + t[y] * 2), f"bamboo 1,5 / 0,4 / 2 kg {y}")
        p.check(close(rd[y], d[y] * 0.22) and close(rh[y], h[y] * 0.06) and close(rt[y], t[y] * 0.35)
                and close(rev[y], rd[y] + rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], tre[y] * 0.004) and close(lines[1][y], d[y] * 0.04 + h[y] * 0.005 + t[y] * 0.03)
                and close(lines[2][y], 5 * 5 * 12) and close(lines[3][y], d[y] * 0.01 + h[y] * 0.003 + t[y] * 0.01)
                and close(lines[5][y], 25) and close(lines[6][y], [100, 100, 50][y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(d[y] <= 2000 and h[y] <= 6000 and t[y] <= 800, f"workshop capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    ch = [p.row(x) for x in ("Bán trực tuyến", "Cửa hàng quà tặng", "Quán cà phê, homestay", "Hội chợ, điểm bán OCOP")]
    tot = p.row("Cộng |")
    p.check(tot == [d[0], h[0], t[0]] and all(sum(c[i] for c in ch) == tot[i] for i in range(3))
            and [c[0] / d[0] for c in ch] == [0.5, 0.3, 0.15, 0.05], "2027 sales by channel 50/30/15/5 %")
    eq = [p.row(x) for x in ("Máy chẻ tre", "Máy vót nan", "Máy khoan, máy chà nhám", "Lò sấy tre")]
    p.check(all(close(e[0] * e[1], e[2]) for e in eq) and sum(e[2] for e in eq) == 130, "equipment 130")
    p.check(120 + 130 + 30 + 170 == 450 == 350 + 100 and close(250 / 10, 25), "capital 450, fixed 250")
    avg = sum(prof) / 3
    p.has("Lợi nhuận bình quân khoảng 206 triệu đồng/năm", "Thời gian hoàn vốn dự kiến khoảng 1 năm")
    p.check(close(avg, 206, 0.001), "average profit 206")
    true = 450 / (avg + 25)
    p.check(close(true, 1.95, 0.01) and off(1.0, true) and off(1.0, 450 / avg) and off(1.0, 450 / (prof[2] + 25)),
            "PLANTED payback 1 năm != 1,9 (2,2 without depreciation; 1,5 on the best year)")
    p.lacks(r"(?m)^#+ .*(nguyên liệu|nguồn tre|vùng tre|cung ứng|liên kết)", "PLANTED no raw-material heading")
    p.lacks(r"nguồn nguyên liệu|vùng nguyên liệu|hợp đồng (mua|cung)|mua tre|nhà cung cấp tre|thu mua|liên kết",
            "PLANTED no bamboo source, supplier or contract anywhere")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"đăng ký hộ|thành lập|giấy phép|thuế", "PLANTED no registration, tax code or plan to register")
    p.has("xưởng sản xuất của hộ gia đình ông Tường")
    p.check(close(d[0] / 1000, 1.2) and close(h[0] / 3200, 1.25) and close(t[0] / 400, 1.25)
            and close(1000 * 0.22 + 3200 * 0.06 + 400 * 0.35, 550, 0.01), "+20–25 % on 2026; 550 triệu")
    p.check(close(650 * 0.22 + 2000 * 0.06 + 200 * 0.35, 330, 0.01) and close(800 * 0.22 + 2600 * 0.06 + 300 * 0.35, 440, 0.01),
            "2024 330, 2025 440 triệu")
    p.has("220.000 đồng/chiếc", "60.000 đồng/chiếc", "350.000 đồng/bức", "Tổng vốn đầu tư 450 triệu đồng",
          "5 người × 5 triệu đồng × 12 tháng = 300", "lãi 10 triệu đồng năm 2027, 10 triệu đồng năm 2028, 5 triệu đồng năm 2029",
          "khoảng 679 triệu đồng, năm 2029 khoảng 840 triệu đồng", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu", "tiêu chuẩn cơ sở")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("ci11_non_la_vo_thi_lan_so_sai")
    a.check(3000 * 70000 == 210e6, "hat sentence: 3.000 chiếc × 70.000 đồng = 210 triệu")
    a.has("khoảng 3.000 chiếc nón", "70.000 đồng/chiếc", "khoảng 210 triệu đồng", "khoảng 80 triệu đồng",
          "đã đăng ký hộ kinh doanh", "thương lái", "hun lưu huỳnh")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150–300 words")
    a.lacks(r"tiêu chuẩn|TCCS|công bố|nhãn|\btem\b|sở hữu trí tuệ|kiểm soát chất lượng|truy xuất|môi trường|xử lý",
            "gaps: no standard, label, trademark, quality control, environment (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ci12_homestay_ho_van_binh_so_sai")
    b.has("3 phòng", "khoảng 200 triệu đồng", "nấu các món ăn địa phương cho khách")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150–300 words")
    nums = re.findall(r"\d[\d.,]*", b.body.split("# I.", 1)[1])
    p_nums = [n.rstrip(".,") for n in nums if n.rstrip(".,") not in ("0399", "584", "216")]
    b.check(len(p_nums) == 2, f"only two figures besides the phone number: {p_nums}")
    b.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|giấy phép|nhãn hiệu|an toàn thực phẩm|"
            r"môi trường|nước thải|\brác\b|chất lượng|facebook|zalo|booking|công ty|đại lý|đồng/",
            "gaps: no registration, trademark, food safety, environment, quality, channel, price (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (ci01, ci02, ci03, ci04, ci05, ci06, ci07, ci08, ci09, ci10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
