"""The fifty-first holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout51/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim. The textual planted defects (no
environmental measure, a second producer name, no trademark, no food safety, no registration,
two worker counts, replaced instruments, no product standard, no sales channel, no label) are
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
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off  # noqa: E402

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|94/2012|89/2006|919/QĐ-TTg|01/2021/NĐ-CP|123/2018"


class Plan(plancheck.Plan):
    src = HERE / "src"


def growth_ok(p: Plan, xs: list[float], what: str, cap: float = 1.35) -> None:
    for y in (1, 2):
        p.check(xs[y] / xs[y - 1] < cap, f"{what} growth {y}")


def az01() -> Plan:
    p = Plan("az01_tinh_dau_sa_chanh_huong_sa_ky_son_cty")
    lo, ms, can, oil, leaf, staff = (p.row("Tinh dầu lọ 20 ml |"), p.row("Dầu massage chai 50 ml |"),
                                     p.row("Tinh dầu can 1 lít"), p.row("Tổng tinh dầu sử dụng"),
                                     p.row("Lá sả tươi đưa vào"), p.row("Lao động thường xuyên", skip=1))
    rev, r1, r2, r3 = (p.row("Doanh thu |", skip=1), p.row("Tinh dầu lọ 20 ml (65.000"), p.row("Dầu massage 50 ml (45.000"),
                       p.row("Tinh dầu can (900.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Lá sả tươi (1.500", "Lọ, chai, can", "Dầu dừa nền", "Nhiên liệu sinh khối",
                                 "Tiền lương |", "Khấu hao tài sản", "Lãi vay |", "Bán hàng, quảng bá (8%",
                                 "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế", skip=1)
    for y in Y:  # triệu đồng
        p.check(close(oil[y], lo[y] * 0.02 + ms[y] * 0.003 + can[y]) and close(leaf[y] * 1000, oil[y] * 200), f"oil, leaves {y}")
        p.check(close(r1[y], lo[y] * 0.065) and close(r2[y], ms[y] * 0.045) and close(r3[y], can[y] * 0.9)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 1000 * 0.0015) and close(lines[1][y], lo[y] * 0.008 + ms[y] * 0.006 + can[y] * 0.05)
                and close(lines[2][y], ms[y] * 0.002) and close(lines[3][y], leaf[y] * 1000 * 0.00025), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6.5 * 12) and close(lines[5][y], 120) and close(lines[6][y], [800, 600, 400][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.08), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, pre-tax {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(leaf[y] <= 240 and leaf[y] <= 400, f"leaves within 240 tấn supply and 400 tấn stills {y}")
    p.check(6 * 40 == 240 and 2 * 2 * 0.5 * 200 == 400 and 400 * 1000 / 200 == 2000, "supply 240, capacity 400 tấn = 2.000 lít")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng chưng cất", "02 nồi chưng cất", "Máy chiết rót, đóng nắp",
                                "Phòng kiểm tra chất lượng", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2000 == 1200 + 800 and sum(items[:4]) == 1200, "capital 2.000, fixed 1.200")
    avg = sum(post) / 3
    p.check(close(avg, 1004.9, 0.001) and close(2000 / (avg + 120), 1.8, 0.02), "average profit, payback 1,8")
    p.check(close(oil[0] / 620, 1.27, 0.01) and close(rev[0] / 2350, 1.24, 0.01), "+27 % oil, +24 % revenue on 2026")
    growth_ok(p, rev, "revenue", 1.25)
    p.check(close(post[2] / rev[2], 0.31, 0.02) and post[0] / rev[0] > 0.25, "net margin 26-31 %")
    p.has("(748,8 + 999,0 + 1.266,8) : 3 ≈ 1.004,9", "2.000 : (1.004,9 + 120) ≈ 1,8 năm", "65.000 đồng/lọ", "45.000 đồng/chai",
          "900.000 đồng/lít", "khoảng 40 tấn lá/ha/năm", "công suất là 400 tấn lá/năm", "TCCS 01:2025/HSKS",
          "Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP", "đăng ký môi trường")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def az02() -> Plan:
    p = Plan("az02_du_lich_cam_trai_ke_go_htx")
    plan = [p.row(f"{2027 + y} |", 4) for y in Y]  # khách-đêm, kayak, suất ăn, lao động
    rev = [p.row(f"{2027 + y} |", 4, skip=1) for y in Y]
    cost = [p.row(f"{2027 + y} |", 9) for y in Y]
    summ = [p.row(f"{2027 + y} |", 3, skip=3) for y in Y]
    for y in Y:  # triệu đồng
        n, k, m, staff = plan[y]
        p.check(close(rev[y][0], n * 0.35) and close(rev[y][1], k * 0.12) and close(rev[y][2], m * 0.15)
                and close(rev[y][3], sum(rev[y][:3])), f"revenue {y}")
        c = cost[y]
        p.check(close(c[0], rev[y][2] * 0.5) and close(c[1], n * 0.06) and close(c[2], k * 0.01)
                and close(c[3], staff * 6 * 12) and close(c[4], 150) and close(c[5], [600, 400, 200][y] * 0.075)
                and close(c[6], rev[y][3] * 0.08) and close(c[7], 120), f"cost lines {y}")
        p.check(close(c[8], sum(c[:8])), f"cost total {y}")
        p.check(close(summ[y][0], rev[y][3]) and close(summ[y][1], c[8]) and close(summ[y][2], rev[y][3] - c[8]), f"profit {y}")
        p.check(n <= 20 * 4 * 365 and k <= 30 * 8 * 250 and m / 2 <= 120 * 365, f"capacity {y}")
    p.check(20 * 4 * 365 == 29200 and 30 * 8 * 250 == 60000 and close(4200 / 29200, 0.14, 0.03), "capacity, 14 % use")
    items = [p.one(x) for x in ("20 lều cắm trại", "30 thuyền kayak", "Nhà bếp, nhà ăn", "Khu vệ sinh, nhà tắm",
                                "Biển chỉ dẫn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 900 + 600 and sum(items[:4]) == 1200 and close(1200 / 8, 150),
            "capital 1.500, fixed 1.200, depreciation 150")
    profit = [s[2] for s in summ]
    avg = sum(profit) / 3
    p.check(close(avg, 864.5, 0.001) and close(1500 / (avg + 150), 1.5, 0.02), "average profit, payback 1,5")
    hist = [p.row(x, 5) for x in ("2024 |", "2025 |", "Ước 2026")]
    for h in hist:
        p.check(close(h[3], h[0] * 0.35 + h[1] * 0.12 + h[2] * 0.15), f"history revenue {h}")
    p.check(close(plan[0][0] / 2500, 1.2) and close(rev[0][3] / 2450, 1.21, 0.01), "+20 % guests on 2026 with 10 more tents")
    growth_ok(p, [r[3] for r in rev], "revenue", 1.2)
    p.has("cần khoảng 3 tấn cá và 2.500 con gà", "khoảng 6 tấn/năm", "khoảng 4.000 con/năm")
    p.check(3 <= 6 and 2500 <= 4000, "2029 meals within the fish and chicken supplied")
    p.has("350.000 đồng/khách/đêm", "120.000 đồng/lượt", "150.000 đồng/suất", "1.500 : (864,5 + 150) ≈ 1,5 năm",
          "(569,4 + 864,5 + 1.159,6) : 3 = 864,5", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "nộp đơn đăng ký nhãn hiệu", "bể tự hoại 3 ngăn", "Luật Du lịch năm 2017")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def az03() -> Plan:
    p = Plan("az03_oi_le_thach_dai_tht")
    area = [p.row(f"{2027 + y} |", 5) for y in Y]  # ha, t/ha, tấn, loại 1, loại 2
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Ổi loại 1 (20.000"), p.row("Ổi loại 2 (12.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Phân bón, chế phẩm", "Túi bao quả", "Công chăm sóc", "Hộp, túi lưới, tem",
                                 "Điện tưới, nước", "Khấu hao |", "Vận chuyển, bán hàng", "Quản lý, chứng nhận",
                                 "Lãi vay |")]
    prof = p.row("Lợi nhuận (A – B)")
    for y in Y:  # nghìn đồng
        ha, yld, t, g1, g2 = area[y]
        p.check(t == ha * yld and t == g1 + g2 and close(g1, t * 0.6), f"area x yield, 60 % grade 1 {y}")
        p.check(yld <= 30 and t <= 360, f"below orchard ceiling 30 t/ha and packing 360 t {y}")
        p.check(close(r1[y], g1 * 20000) and close(r2[y], g2 * 12000) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], t * 2000) and close(lines[1][y], t * 800) and close(lines[2][y], t * 6000)
                and close(lines[3][y], g1 * 1500) and close(lines[5][y], 100000) and close(lines[6][y], rev[y] * 0.05)
                and close(lines[8][y], [400000, 300000, 200000][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
    items = [p.one(x) for x in ("Hệ thống tưới nhỏ giọt 10 ha |", "Nhà sơ chế, đóng gói 150 m² |", "Kho mát 30 m³ |",
                                "Bàn phân loại, cân", "Chứng nhận VietGAP, tem", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 600 + 400 and sum(items[:4]) == 800 and close(800 / 8, 100),
            "capital 1.000, fixed 800, depreciation 100")
    avg = sum(prof) / 3
    p.check(close(avg, 1116200, 0.001) and close(1000000 / (avg + 100000), 0.8, 0.03), "average profit, payback 0,8")
    p.check(close(rev[0] / 2590000, 1.30, 0.01) and close(185 * 14000, 2590000), "+30 % on 2026")
    growth_ok(p, rev, "revenue", 1.15)
    # sensitivity table (running text) recomputed
    fixed = 60000 + 100000 + 80000 + 28000
    p.check(close(prof[0] - 120000 * 2 * 0.95, 756000) and close(prof[0] - 160000 * 0.95 + 20000 * 1.5, 862000),
            "sensitivity: price -10 %, 50 % grade 1")
    t18 = 180000
    p18 = (108000 * 20 + 72000 * 12) - t18 * 8.8 - 108000 * 1.5 - (108000 * 20 + 72000 * 12) * 0.05 - fixed
    p.check(close(p18, 858800) and close(1000000 / (858800 + 100000), 1.04, 0.01), "sensitivity: 18 t/ha")
    margin = 16800 - 8800 - 900 - 840
    p.check(margin == 6260 and close(fixed * 1000 / margin, 42811, 0.01) and close(42.8 / 200, 0.21, 0.02), "break-even 43 tấn")
    p.has("20.000 đồng/kg", "12.000 đồng/kg", "(984.000 + 1.116.200 + 1.248.400) : 3 = 1.116.200",
          "1.000.000 : (1.116.200 + 100.000) ≈ 0,8 năm", "khoảng 30 tấn/ha/năm", "khoảng 360 tấn/năm",
          "bản cam kết bảo đảm an toàn thực phẩm", "TCCS 01:2026/OTĐ", "nhãn hiệu tập thể", "giấy chứng nhận đăng ký tổ hợp tác")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def az04() -> Plan:
    p = Plan("az04_mat_ong_hoa_rung_son_hong_hkd")
    hu, can, kg, hives = p.row("Mật đóng hũ 500 g"), p.row("Mật bán buôn can 5 kg"), p.row("Tổng sản lượng mật"), p.row("Số đàn ong |")
    rh, rc, rev = p.row("Doanh thu mật hũ"), p.row("Doanh thu mật can"), p.row("Cộng doanh thu")
    lines = [p.row(x) for x in ("Đường, phấn hoa bổ sung", "Thuốc thú y, cầu, chúa", "Hũ, nắp, hộp, nhãn",
                                 "Can nhựa thực phẩm", "Tiền công lao động", "Di chuyển đàn ong", "Khấu hao |",
                                 "Lãi vay |", "Kiểm nghiệm, quản lý", "Bán hàng (6%", "Thuế khoán")]
    cost, prof = p.row("Cộng chi phí"), p.row("Lợi nhuận |")
    staff = [6, 6, 7]
    for y in Y:  # nghìn đồng
        p.check(kg[y] == hu[y] * 0.5 + can[y] and close(hu[y] * 0.5, kg[y] * 0.6) and kg[y] == hives[y] * 20, f"kg = hives x 20, 60/40 {y}")
        p.check(close(rh[y], hu[y] * 100) and close(rc[y], can[y] * 140) and close(rev[y], rh[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], hives[y] * 60) and close(lines[1][y], hives[y] * 40) and close(lines[2][y], hu[y] * 12)
                and close(lines[3][y], can[y] * 3) and close(lines[4][y], staff[y] * 6500 * 12) and close(lines[6][y], 80000)
                and close(lines[7][y], [300000, 200000, 100000][y] * 0.07) and close(lines[9][y], rev[y] * 0.06)
                and close(lines[10][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 60 * 220, f"dehumidifier 13.200 kg {y}")
        p.check(0.30 < prof[y] / rev[y] < 0.40, f"margin {y}")
    p.check(180 + 180 + 120 + 40 + 80 == 600 == 300 + 300 and 180 + 180 + 120 == 480 and close(480 / 6, 80),
            "capital 600, fixed 480, depreciation 80")
    avg = sum(prof) / 3
    p.check(close(avg, 576800, 0.001) and close(600000 / (avg + 80000), 0.9, 0.02), "average profit, payback 0,9")
    p.check(close(kg[0] / 7200, 1.11, 0.01) and close(rev[0] / 1100000, 1.28, 0.01), "+11 % output, +28 % revenue on 2026")
    growth_ok(p, rev, "revenue", 1.15)
    p.has("100.000 đồng/hũ", "140.000 đồng/kg", "(458.600 + 602.800 + 669.000) : 3 = 576.800",
          "600.000 : (576.800 + 80.000) ≈ 0,9 năm", "Tổng vốn đầu tư 600 triệu đồng", "vốn tự có của hộ 300 triệu đồng",
          "13.200 kg mật/năm", "Giấy chứng nhận đăng ký hộ kinh doanh số 28F8002417", "TCVN 5267-1:2008",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def az05() -> Plan:
    p = Plan("az05_mam_cay_xuan_hoi_cty")
    a, b, c, kg = p.row("Mắm cáy hũ 250 g |"), p.row("Mắm cáy hũ 500 g |"), p.row("Mắm cáy can (bán theo kg)"), p.row("Tổng mắm thành phẩm")
    need = [p.row(f"{2027 + y} |", 3)[1] for y in Y]
    rows = {(y, name): p.row(name, 2, skip=y + 1) for y in Y for name in ("Mắm cáy hũ 250 g", "Mắm cáy hũ 500 g")}
    rcan = [p.row("Mắm cáy can |", 2, skip=y) for y in Y]
    tot = [p.one(f"Cộng năm {2027 + y}") for y in Y]
    lines = [p.row(x) for x in ("Cáy tươi (40.000", "Muối, thính, gia vị", "Hũ, nắp, can", "Tiền lương |", "Khấu hao |",
                                 "Lãi vay |", "Chi phí bán hàng", "Quản lý, kiểm nghiệm")]
    cost, rev, prof = p.row("Tổng chi phí"), p.row("Doanh thu |", skip=1), p.row("Lợi nhuận trước thuế", skip=1)
    staff = [8, 9, 10]
    true_rev = []
    for y in Y:  # triệu đồng
        p.check(kg[y] == a[y] * 0.25 + b[y] * 0.5 + c[y] and close(need[y], kg[y] * 0.9) and need[y] <= 27000,
                f"kg, cáy 0,9 within 27 tấn {y}")
        p.check(kg[y] <= 230 * 160 * 1.5, f"jars 55 tấn {y}")
        r250, r500 = rows[(y, "Mắm cáy hũ 250 g")], rows[(y, "Mắm cáy hũ 500 g")]
        p.check(r250[0] == 45000 and r500[0] == 80000 and rcan[y][0] == 110000, f"prices {y}")
        t = a[y] * 0.045 + b[y] * 0.08 + c[y] * 0.11
        true_rev.append(t)
        p.check(close(r500[1], b[y] * 0.08) and close(rcan[y][1], c[y] * 0.11), f"500 g and can revenue {y}")
        p.check(close(tot[y], r250[1] + r500[1] + rcan[y][1]) and close(rev[y], tot[y]), f"stated total adds up {y}")
        p.check(close(lines[0][y], need[y] * 0.04) and close(lines[1][y], kg[y] * 0.008)
                and close(lines[2][y], a[y] * 0.006 + b[y] * 0.008 + c[y] * 0.002) and close(lines[3][y], staff[y] * 72)
                and close(lines[4][y], 100) and close(lines[5][y], [500, 375, 250][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit on stated revenue {y}")
        if y != 1:
            p.check(close(rows[(y, "Mắm cáy hũ 250 g")][1], a[y] * 0.045) and close(rev[y], t), f"revenue right {y}")
    p.check(rows[(1, "Mắm cáy hũ 250 g")][1] == 1820 and a[1] * 0.045 == 1620 and off(1820, 1620),
            "PLANTED 2028 hũ 250 g 36.000 x 45.000 = 1.620, written 1.820 (+12,3 %)")
    p.check(rev[1] == 3435 and close(true_rev[1], 3235) and off(rev[1], true_rev[1]), "PLANTED 2028 total 3.435 != 3.235 (+6,2 %)")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng, mái che", "150 chum sành, giá kệ", "Máy xay, máy trộn",
                                "Kho mát |", "Thiết kế bao bì", "Vốn lưu động")]
    items[3] = p.one("Kho mát |", skip=1)
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 1500 == 1000 + 500 and sum(items[:4]) == 1000, "capital 1.500, fixed 1.000")
    avg = sum(prof) / 3
    true_avg = (prof[0] + true_rev[1] - cost[1] + prof[2]) / 3
    p.check(close(avg, 949.7, 0.001) and close(1500 / (avg + 100), 1.4, 0.03), "stated payback 1,4 on the stated profit")
    p.check(close(1500 / (true_avg + 100), 1.526, 0.005) and off(1.4, 1500 / (true_avg + 100)),
            "tolerated knock-on: true payback 1,53")
    p.check(close(kg[0] / 14000, 1.25), "+25 % on 2026")
    p.has("45.000 đồng/hũ", "80.000 đồng/hũ", "110.000 đồng/kg", "(680 + 1.083 + 1.086) : 3 ≈ 949,7",
          "1.500 : (949,7 + 100) ≈ 1,4 năm", "khoảng 27 tấn/năm", "khoảng 55 tấn mắm/năm")
    p.check(p.count("Công ty TNHH Thực phẩm Biển Thịnh") == 2 and p.count("Công ty TNHH Thực phẩm Hải Hội") == 1
            and p.count("CÔNG TY TNHH THỰC PHẨM HẢI HỘI") == 1, "PLANTED a second producer name, twice")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|thải|\bbể\b|mùi hôi|khử mùi|biogas|vỏ cáy|ô nhiễm",
            "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "a replaced instrument (not planted here)")
    return p


def az06() -> Plan:
    p = Plan("az06_bot_san_day_duc_lang_htx")
    hu, bulk, kg = p.row("Bột sắn dây hũ 500 g"), p.row("Bột sắn dây túi 1 kg"), p.row("Tổng sản lượng bột")
    roots = p.row("Củ sắn dây tươi cần dùng")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Bột hũ 500 g (95.000"), p.row("Bột túi bán buôn (160.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Củ sắn dây (5.000", "Điện, than sấy", "Hũ, túi, thùng, nhãn", "Tiền lương |",
                                 "Khấu hao |", "Lãi vay |", "Chi phí bán hàng (5%", "Quản lý, kiểm nghiệm")]
    prof = p.row("Lợi nhuận |")
    staff = [8, 9, 10]
    supply = 8 * 12
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.5 + bulk[y] and close(roots[y] * 1000, kg[y] * 9), f"kg, roots 9 kg/kg {y}")
        p.check(close(r1[y], hu[y] * 0.095) and close(r2[y], bulk[y] * 0.16) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], roots[y] * 5) and close(lines[1][y], kg[y] * 0.006) and close(lines[2][y], hu[y] * 0.007 + bulk[y] * 0.002)
                and close(lines[3][y], staff[y] * 5.5 * 12) and close(lines[4][y], 90) and close(lines[5][y], [600, 400, 200][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.05), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(roots[y] <= 180 and kg[y] <= 180 * 120, f"grinder 180 tấn roots, dryer 21,6 tấn {y}")
        p.check(off(roots[y], supply), f"PLANTED roots needed {roots[y]} tấn > supply 96 tấn {y}")
    p.check([roots[y] / supply for y in Y] == [1.125, 1.3125, 1.5], "PLANTED shortfall 12,5 % / 31 % / 50 %")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(rev[1] - cost[1] == 704.5 and prof[1] == 904.5 and off(prof[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 904,5 != 2.450 - 1.745,5 = 704,5")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Máy rửa củ, máy nghiền", "Hệ thống bồn lắng inox, lưới",
                                "Lò sấy khay |", "Bao bì, nhãn hàng hóa", "Vốn lưu động mua củ")]
    p.check(sum(items) == p.one("Tổng cộng") == 1400 == 800 + 600 and sum(items[:4]) == 900, "capital 1.400, fixed 900")
    avg = sum(prof) / 3
    true_avg = (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(avg, 771.2, 0.001) and close(1400 / (avg + 90), 1.6, 0.03), "stated payback 1,6 on the stated profit")
    p.check(close(1400 / (true_avg + 90), 1.76, 0.01) and off(1.6, 1400 / (true_avg + 90)), "tolerated knock-on: true 1,76")
    p.check(close(kg[0] / 10000, 1.2) and close(90 * 1000 / 10000, 9), "+20 % on 2026; 2026 used 90 tấn")
    p.has("95.000 đồng/hũ", "160.000 đồng/kg", "Năng suất bình quân 12 tấn củ/ha, sản lượng củ khoảng 96 tấn/năm",
          "bảo đảm đáp ứng đủ nguyên liệu", "9 kg củ sắn dây tươi cho 1 kg bột", "(547 + 904,5 + 862) : 3 ≈ 771,2",
          "1.400 : (771,2 + 90) ≈ 1,6 năm", "Nghị định 43/2017/NĐ-CP", "TCCS 01:2025/SDĐL", "đăng ký môi trường")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|chỉ dẫn địa lý|logo|văn bằng", "PLANTED no trademark or IP anywhere")
    p.lacks(r"thu mua (củ )?(của|từ) (hộ|các hộ) (ngoài|khác)|mua thêm củ", "no supply beyond the 8 ha")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "a replaced instrument (not planted here)")
    return p


def az07() -> Plan:
    p = Plan("az07_tra_gao_lut_dau_den_truong_luu_ctcp")
    box, bag, kg, staff = p.row("Trà túi lọc hộp 300 g"), p.row("Trà rang túi 500 g"), p.row("Tổng trà thành phẩm"), p.row("Lao động |")
    rice, bean, tot = p.row("Gạo lứt đỏ |"), p.row("Đậu đen xanh lòng |"), p.row("Cộng nguyên liệu")
    r1, r2, rev = p.row("Doanh thu trà túi lọc"), p.row("Doanh thu trà rang"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Gạo lứt đỏ (25.000", "Đậu đen (45.000", "Túi lọc, hộp, túi zip", "Điện, gas rang",
                                 "Tiền lương |", "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá", "Quản lý doanh nghiệp")]
    cost = p.row("Tổng chi phí")
    prof = [-274.0] + p.row("Lợi nhuận trước thuế (A – B)", 2)
    p.has("| C | Lợi nhuận trước thuế (A – B) | -274 | 1.025 | 3.302 |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == box[y] * 0.3 + bag[y] * 0.5 and close(rice[y], kg[y] * 0.8) and close(bean[y], kg[y] * 0.4), f"kg, raw {y}")
        p.check(close(r1[y], box[y] * 0.085) and close(r2[y], bag[y] * 0.07) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.025) and close(lines[1][y], bean[y] * 0.045)
                and close(lines[2][y], box[y] * 0.012 + bag[y] * 0.004) and close(lines[3][y], kg[y] * 0.003)
                and close(lines[4][y], staff[y] * 7 * 12) and close(lines[5][y], 200) and close(lines[6][y], [1000, 750, 500][y] * 0.08),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rice[y] + bean[y] <= 2 * 100 * 3 * 250 and box[y] * 20 <= 40 * 60 * 8 * 250, f"roasters, bag machine {y}")
        p.check(rice[y] <= 35000 and bean[y] <= 15000 and tot[y] <= 50000, f"within 35 + 15 tấn contracts {y}")
    p.check(close(tot[0], rice[0] + bean[0]) and close(tot[2], rice[2] + bean[2]), "2027 and 2029 totals add up")
    p.check(rice[1] + bean[1] == 21000 and tot[1] == 23000 and off(tot[1], rice[1] + bean[1]),
            "PLANTED 2028 raw-material total 23.000 != 14.000 + 7.000 = 21.000 (+9,5 %)")
    p.check(box[1] / box[0] == 2.5 and box[2] / box[1] == 2 and close(rev[1] / rev[0], 2.5) and close(rev[2] / rev[1], 2.0),
            "PLANTED output and revenue x2,5 then x2")
    p.check(staff[2] - staff[0] == 4, "only 2 more workers a year")
    p.check(close(box[0] / 12000, 1.25) and close(rev[0] / 1300, 1.25), "+25 % on 2026 (the jump comes later)")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng, kho", "2 máy rang lồng quay 100 kg/mẻ |", "Máy nghiền, máy phối trộn, hệ thống",
                                "Máy đóng túi lọc tự động |", "Thiết kế bao bì", "Vốn lưu động")]
    items[3] = p.one("Máy đóng túi lọc tự động |", skip=1)
    p.check(sum(items) == p.one("Tổng cộng") == 2300 == 1300 + 1000 and sum(items[:4]) == 1600 and close(1600 / 8, 200),
            "capital 2.300 (no capital added for the growth), fixed 1.600")
    avg = sum(prof) / 3
    p.check(close(avg, 1351) and close(2300 / (avg + 200), 1.5, 0.02), "average profit, payback 1,5")
    p.has("gấp 2,5 lần vào năm 2028 và gấp đôi vào năm 2029", "85.000 đồng/hộp", "70.000 đồng/túi", "TCCS 01:2026/TX",
          "Nghị định 43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu", "xyclon lọc bụi", "2.300 : (1.351 + 200) ≈ 1,5 năm")
    p.lacks(r"hợp đồng (tiêu thụ|phân phối|đại lý)|nhà phân phối mới|ký (thêm|mới)|mở (thêm|rộng) (điểm bán|đại lý|cửa hàng)",
            "no new contract or channel to explain the growth")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|55/2010|cam kết|khám sức khỏe|công bố|HACCP|ISO 22000",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "a replaced instrument (not planted here)")
    return p


def az08() -> Plan:
    p = Plan("az08_non_la_ha_linh_co_so")
    n, q, tot = p.row("Nón bài thơ |"), p.row("Nón vẽ tay hộp quà |"), p.row("Tổng số nón")
    r1, r2, rev = p.row("Doanh thu nón bài thơ"), p.row("Doanh thu nón quà tặng"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Vật liệu lá, vành", "Tiền công chằm nón", "Sơn vẽ, hộp quà", "Khấu hao |",
                                 "Bán hàng, vận chuyển (8%)", "Điện, quản lý, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    leaves = [p.row(f"{2027 + y} |", 3)[1:] for y in Y]
    for y in Y:  # triệu đồng
        p.check(tot[y] == n[y] + q[y], f"hat count {y}")
        p.check(close(r1[y], n[y] * 0.07) and close(r2[y], q[y] * 0.16) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], n[y] * 0.01 + q[y] * 0.013) and close(lines[1][y], n[y] * 0.03 + q[y] * 0.06)
                and close(lines[2][y], q[y] * 0.025) and close(lines[3][y], 40) and close(lines[4][y], rev[y] * 0.08),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(tot[y] <= 41 * 1.8 * 280, f"41 weavers x 1,8 x 280 {y}")
        p.check(close(leaves[y][0], tot[y] * 24) and leaves[y][0] <= leaves[y][1] == 500000, f"leaves within 500.000 {y}")
    p.check(close(41 * 1.8 * 280, 20664) and close(400 / 20 + 200 / 10, 40), "capacity 20.664, depreciation 40")
    p.check(400 + 200 + 100 + 300 == 1000 == 700 + 300, "capital 1.000")
    avg = sum(prof) / 3
    true_payback = 1000 / (avg + 40)
    p.check(close(avg, 411.2, 0.001) and close(true_payback, 2.2, 0.01), "true payback 2,2 years")
    p.check(off(10 / 12, true_payback) and off(10 / 12, 1000 / avg) and off(10 / 12, 1000 / (prof[2] + 40)),
            "PLANTED payback 'khoảng 10 tháng' != 2,2 years (2,4 without depreciation; 1,95 on the best year)")
    p.has("Hiện cơ sở thu hút 60 lao động", "Tổng số lao động tham gia: 45 người")
    p.check(off(60, 45), "PLANTED 60 != 45 workers")
    p.has("trong khoảng 10 tháng", "70.000 đồng/chiếc", "160.000 đồng/chiếc", "(350 + 411,2 + 472,4) : 3 = 411,2",
          "Tổng vốn đầu tư 1.000 triệu đồng", "41 thợ làm được khoảng 20.600 chiếc/năm", "Nghị định 43/2017/NĐ-CP")
    p.check(close(rev[0] / 1182, 1.10, 0.01), "+10 % on 2026")
    p.check(close(1085 * 0.1 * 0.92, 100, 0.01), "sensitivity: price -10 % ≈ -100 triệu")
    var = (sum(lines[0]) + sum(lines[1]) + sum(lines[2]) + sum(lines[4])) / 3
    p.check(70 <= (sum(rev) / 3 - var) * 0.15 <= 80, "sensitivity: 85 % output ≈ -70-80 triệu")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận (đăng ký|hộ)|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"đăng ký hộ|thành lập|giấy phép|thuế", "PLANTED no business registration or plan to register")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "a replaced instrument (not planted here)")
    return p


def az09() -> Plan:
    p = Plan("az09_ruou_chuoi_hot_khe_hao_cty")
    ch, bi, lit = p.row("Rượu chai 500 ml |"), p.row("Rượu bình sứ 1,5 lít |"), p.row("Tổng rượu thành phẩm")
    need = [p.row(f"{2027 + y} |", 3) for y in Y]
    r1, r2, rev = p.row("Doanh thu rượu chai"), p.row("Doanh thu rượu bình"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Gạo (18.000", "Chuối hột khô (60.000", "Men, củi, điện", "Chai, bình, hộp",
                                 "Tiền lương |", "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, xử lý")]
    cost, pre, tax, post = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [10, 11, 12]
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + bi[y] * 1.5, f"litres {y}")
        p.check(need[y][0] == lit[y] and close(need[y][1], lit[y] * 1.25) and close(need[y][2], lit[y] * 0.2), f"rice, banana {y}")
        p.check(need[y][1] <= 25000 and need[y][2] <= 4000 and lit[y] <= 48000 and lit[y] <= 40000, f"supply, capacity {y}")
        p.check(close(r1[y], ch[y] * 0.15) and close(r2[y], bi[y] * 0.45) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], need[y][1] * 0.018) and close(lines[1][y], need[y][2] * 0.06) and close(lines[2][y], lit[y] * 0.008)
                and close(lines[3][y], ch[y] * 0.015 + bi[y] * 0.08) and close(lines[4][y], staff[y] * 6.5 * 12)
                and close(lines[5][y], 150) and close(lines[6][y], [1000, 750, 500][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, pre-tax {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"tax 17 % {y}")
    p.check(2 * 80 * 300 == 48000 and 200 * 100 * 2 == 40000, "stills 48.000, jars 40.000 lít")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng, kho ngâm", "Nồi chưng cất, bồn hạ độ", "140 chum sành",
                                "Máy chiết rót, đóng nút", "Thiết kế bao bì, nhãn", "Vốn lưu động")]
    items[3] = p.one("Máy chiết rót, đóng nút", skip=1)
    p.check(sum(items) == p.one("Tổng cộng") == 2500 == 1500 + 1000 and sum(items[:4]) == 1500, "capital 2.500, fixed 1.500")
    avg = sum(post) / 3
    p.check(close(avg, 951.6, 0.001) and close(2500 / (avg + 150), 2.3, 0.02), "average profit, payback 2,3")
    p.check(close(lit[0] / 9400, 1.17, 0.01), "+17 % on 2026")
    growth_ok(p, rev, "revenue", 1.15)
    p.check(close(3.5 * 3 + 3.25, 13.75) and 1400 + 800 == 2200, "quarterly purchases sum to 2027 need")
    p.check(close((247.5 + 132) * 0.2, 75.9) and close((319.5 + 170.4) * 0.2, 98, 0.01)
            and (pre[0] - 75.9) * 0.83 > 680, "sensitivity: raw +20 %")
    p.has("Nghị định số 94/2012/NĐ-CP ngày 12/11/2012", "Quyết định số 1048/QĐ-TTg ngày 21/8/2019")  # PLANTED outdated-policy
    p.lacks(r"105/2017|17/2020|148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current instruments are not cited")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|quy chuẩn|kiểm nghiệm|phiếu kết quả|hợp quy|hợp chuẩn|chỉ tiêu|thử nghiệm|ISO",
            "PLANTED no product standard, declaration or lab test anywhere")
    market = p.body.split("# E. THỊ TRƯỜNG", 1)[1].split("# F.", 1)[0]
    p.check(not re.search(r"\d|đồng|giá|khách|cửa hàng|đại lý|siêu thị|hội chợ|nhà hàng|công ty (?!tập trung)", market.replace(
        "2027–2029", "")), "PLANTED the market section names no customer, channel or price")
    p.lacks(r"cửa hàng|đại lý|siêu thị|hội chợ|facebook|zalo|shopee|sàn thương mại|bán lẻ|bán buôn|nhà hàng|khách sạn|du lịch|"
            r"đơn hàng|khách hàng|xuất khẩu|phân phối|trực tuyến|online|hợp đồng tiêu thụ", "PLANTED no sales channel anywhere")
    p.has("150.000 đ/chai", "450.000 đ/bình", "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Giấy chứng nhận đăng ký nhãn hiệu", "đăng ký môi trường",
          "độ cồn 29% vol", "(757,4 + 951,6 + 1.145,8) : 3 = 951,6", "2.500 : (951,6 + 150) ≈ 2,3 năm", "2,5 tỷ đồng",
          "11.000 lít")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def az10() -> Plan:
    p = Plan("az10_tra_muop_dang_rung_binh_minh_hkd")
    box, bag, kg, staff = p.row("Trà túi lọc hộp 50 g"), p.row("Trà khô túi 200 g"), p.row("Tổng trà khô thành phẩm"), p.row("Lao động |")
    need = [p.row(f"{2027 + y} |", 3) for y in Y]
    r1, r2, rev = p.row("Doanh thu trà túi lọc"), p.row("Doanh thu trà khô"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Dây lá tươi (6.000", "Túi lọc, hộp, túi zip", "Điện sấy", "Tiền công lao động",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng (8%", "Thuế khoán", "Quản lý, kiểm nghiệm, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    cap = 50 * 2 * 250 / 5  # kg dried tea a year
    for y in Y:  # triệu đồng
        p.check(kg[y] == box[y] * 0.05 + bag[y] * 0.2 and need[y][0] == kg[y] and close(need[y][1] * 1000, kg[y] * 5)
                and need[y][1] <= need[y][2] == 40, f"kg, leaves 5:1 within 40 tấn {y}")
        p.check(close(r1[y], box[y] * 0.025) and close(r2[y], bag[y] * 0.06) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 5 * 0.006) and close(lines[1][y], box[y] * 0.006 + bag[y] * 0.004)
                and close(lines[2][y], kg[y] * 0.004) and close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], 60)
                and close(lines[5][y], [300, 200, 100][y] * 0.07) and close(lines[6][y], rev[y] * 0.08)
                and close(lines[7][y], rev[y] * 0.015), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(box[y] * 25 <= 30 * 60 * 8 * 250, f"bag machine 3,6 million {y}")
    p.check(cap == 5000 and kg[0] <= cap, "dryer 5 tấn dried a year; 2027 within")
    p.check(off(kg[1], cap) and off(kg[2], cap) and kg[1] / cap == 1.2 and kg[2] / cap == 1.4,
            "PLANTED 2028-2029 output 6 / 7 tấn > 5 tấn dryer capacity (+20 % / +40 %)")
    items = [p.one(x) for x in ("Nâng cấp nhà sơ chế", "Máy sấy khay bơm nhiệt |", "Máy rửa, máy cắt, máy nghiền |",
                                "Máy đóng túi lọc tự động |", "Thiết kế hộp, túi", "Vốn lưu động")]
    items[1] = p.one("Máy sấy khay bơm nhiệt |", skip=1)
    items[3] = p.one("Máy đóng túi lọc tự động |", skip=1)
    stated = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == stated == 900 and sum(items[:4]) == 600 and close(600 / 10, 60), "items add up to 900, fixed 600")
    p.check(500 + 300 == 800 and off(800, stated), "PLANTED sources 500 + 300 = 800 != 900 (-11 %)")
    avg = sum(prof) / 3
    p.check(close(avg, 730) and close(900 / (avg + 60), 1.1, 0.05), "average profit, payback 1,1")
    p.check(close(kg[0] / 3600, 1.25) and close(rev[0] / 1560, 1.25), "+25 % on 2026")
    p.check(close(sum(r1) / 3 * 0.1 * 0.905, 177, 0.02) and close(135 * 0.3, 40.5) and close(210 * 0.3, 63), "sensitivity")
    p.has("25.000 đồng/hộp", "60.000 đồng/túi", "(436,75 + 773 + 980,25) : 3 = 730", "900 : (730 + 60) ≈ 1,1 năm",
          "vốn tự có của hộ 500 triệu đồng", "vay Ngân hàng Nông nghiệp và Phát triển nông thôn 300 triệu đồng",
          "tương đương tối đa 5 tấn trà khô/năm", "Giấy chứng nhận đăng ký hộ kinh doanh số 28G8001935",
          "TCCS 01:2025/BM", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "đơn đăng ký nhãn hiệu")
    p.lacks(r"máy sấy (thứ hai|thứ 2|mới thứ)|thêm (1 )?máy sấy|2 máy sấy|hai máy sấy", "no second dryer")
    p.lacks(r"nhãn(?! hiệu)|ghi nhãn|tem nhãn|43/2017|111/2021|thông tin (in )?trên bao bì",
            "PLANTED no label, label content or labelling decree anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "a replaced instrument (not planted here)")
    return p


def sketchy() -> list[Plan]:
    a = Plan("az11_khoai_lang_say_deo_thach_kenh_so_sai")
    a.check(3000 * 150000 == 450e6, "3 tấn × 150.000 = 450 triệu")
    a.has("khoảng 3 tấn khoai sấy dẻo", "150.000 đồng/kg", "khoảng 450 triệu đồng/năm", "khoảng 200 triệu đồng",
          "Hộ đã đăng ký hộ kinh doanh năm 2024")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, under a page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn|môi trường|cửa hàng|đại lý|siêu thị", "genuine gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("az12_huong_tram_quang_loc_so_sai")
    b.has("khoảng 60.000 đồng một hộp", "mỗi năm làm khoảng vài nghìn hộp")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 350, "no table, half a page")
    b.lacks(r"đăng ký|giấy chứng nhận|hợp đồng hợp tác|mã số thuế|@", "no registration, no e-mail (tolerated gap)")
    b.lacks(PLACEHOLDER, "placeholder")
    shared = set(re.findall(r"[^.]{40,}\.", a.body)) & set(re.findall(r"[^.]{40,}\.", b.body))
    b.check(not shared, f"the two sketchy plans share no sentence: {shared}")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (az01, az02, az03, az04, az05, az06, az07, az08, az09, az10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
