"""The thirty-seventh holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout37/arithmetic.py

For every plan: quantities, revenue = quantity x price, cost lines (per-unit costs, wages, depreciation,
interest) and their sum, profit = revenue - cost, tax, investment items = sources = total, depreciation,
payback, raw-material need vs supply, output vs capacity, growth. Planted numeric defects are asserted
wrong by more than 5 % and everything else right (within 1 %). Table figures are read from the plan's
source; figures quoted from running text are looked up verbatim, so the numbers cannot drift from
the text. The textual planted defects (replaced instruments, no label, no product standard, no food
safety, no trademark, a second producer name, no registration, no sales channel, no environmental
measure, two areas) are asserted too, as are the absence of template placeholders in every plan and
the absence of sentences shared between two plans (each producer wrote its own text).
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

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|UBND huyện|cấp huyện|Phòng Nông nghiệp"


class Plan(plancheck.Plan):
    src = HERE / "src"

    def rows_of(self, labels: list[str], n: int = 3) -> list[list[float]]:
        return [self.row(x, n) for x in labels]

    def section(self, start: str, end: str) -> str:
        return self.body.split(start, 1)[1].split(end, 1)[0]


def common(p: Plan, current_policy: bool = True) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if current_policy:
        p.lacks(OLD, "an instrument replaced before 2026 or a district body")
        p.has("148/QĐ-TTg")


def al01() -> Plan:
    p = Plan("al01_banh_mi_kho_toi_thach_khe_cty")
    goi, hu, kg, toi, staff = p.rows_of(["Bánh mì khô tỏi gói 100 g", "Bánh mì khô tỏi hũ 250 g",
                                         "Tổng sản lượng thành phẩm", "Tỏi khô sử dụng", "Lao động trực tiếp"])
    rev, rg, rh, cost = p.row("Doanh thu |"), p.row("Gói 100 g (18.000"), p.row("Hũ 250 g (42.000"), p.row("Chi phí |")
    lines = p.rows_of(["Bột mì, bơ, sữa", "Tỏi khô (60.000", "Bao bì, nhãn (2.000", "Điện, gas", "Tiền lương lao động",
                       "Khấu hao tài sản", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, chi phí khác"])
    pbt, tax, pat = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(kg[y], goi[y] * 0.1 + hu[y] * 0.25) and close(toi[y], kg[y] * 0.12), f"kg, garlic {y}")
        p.check(close(rg[y], goi[y] * 0.018) and close(rh[y], hu[y] * 0.042) and close(rev[y], rg[y] + rh[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.038) and close(lines[1][y], toi[y] * 0.06)
                and close(lines[2][y], goi[y] * 0.002 + hu[y] * 0.005) and close(lines[3][y], kg[y] * 0.006), f"unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6.5 * 12) and close(lines[5][y], 60)
                and close(lines[6][y], [400, 300, 200][y] * 0.08), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pbt[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pbt[y] * 0.15) and close(pat[y], pbt[y] - tax[y]), f"tax 15 % {y}")
        p.check(kg[y] <= 80 * 280 and toi[y] <= 3000, f"ovens 22.400 kg, garlic contract 3 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "2 lò nướng đối lưu", "Máy thái bánh tự động",
                                "Máy trộn 50 kg", "Thiết kế bao bì, nhãn, mã QR", "Kiểm nghiệm, hồ sơ tự công bố", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1200 == 800 + 400 and sum(items[:4]) == 600, "capital 1.200, fixed 600")
    avg = sum(pat) / 3
    p.check(close(avg, 386.1, 0.001) and close(1200 / (avg + 60), 2.7, 0.01), "payback 2,7")
    p.check(close(kg[0] / 8500, 1.29, 0.01), "+29 % on 2025")
    p.check(close(kg[2] * 0.75, 12800, 0.01), "12,8 tấn flour and butter")
    p.has("18.000 đồng/gói", "42.000 đồng/hũ", "1.200 : (386,1 + 60) ≈ 2,7 năm", "3 tấn tỏi khô/năm",
          "80 kg thành phẩm/ngày", "tiêu chuẩn cơ sở TCCS 01:2025/NDF", "Nghị định 43/2017/NĐ-CP",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "đơn đăng ký nhãn hiệu", "bể tách mỡ",
          "mã số 3002318846")
    common(p)
    return p


def al02() -> Plan:
    p = Plan("al02_mu_la_co_phuc_trach_hkd")
    a, b, c, n = p.row("Mũ lá cọ rộng vành"), p.row("Nón lá cọ du lịch"), p.row("Mũ trẻ em |"), p.row("Cộng |")
    price = [p.row(x, 4)[0] for x in ("Mũ lá cọ rộng vành", "Nón lá cọ du lịch", "Mũ trẻ em |")]
    rev, ra, rb, rc = p.row("1. Doanh thu"), p.row("- Mũ rộng vành"), p.row("- Nón du lịch"), p.row("- Mũ trẻ em")
    cost = p.row("2. Tổng chi phí")
    lines = p.rows_of(["- Lá cọ khô", "- Công đan khoán", "- Quai, viền", "- Túi giấy", "- Khấu hao", "- Điện sấy",
                       "- Vận chuyển", "- Lãi vay"])
    pbt, tax, net = p.row("3. Lợi nhuận"), p.row("4. Thuế"), p.row("5. Thu nhập ròng")
    p.check(price == [85000, 65000, 45000], "prices")
    for y in Y:  # đồng
        p.check(n[y] == a[y] + b[y] + c[y], f"count {y}")
        p.check(ra[y] == a[y] * 85000 and rb[y] == b[y] * 65000 and rc[y] == c[y] * 45000
                and rev[y] == ra[y] + rb[y] + rc[y], f"revenue {y}")
        leaf = a[y] * 0.3 + b[y] * 0.25 + c[y] * 0.15
        p.check(close(lines[0][y], leaf * 20000) and close(lines[1][y], a[y] * 30000 + b[y] * 24000 + c[y] * 16000)
                and close(lines[2][y], n[y] * 5000) and close(lines[3][y], n[y] * 4000), f"per-hat costs {y}")
        p.check(lines[4][y] == 15e6 and lines[7][y] == 100e6 * 0.066, f"depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pbt[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], rev[y] * 0.015) and close(net[y], pbt[y] - tax[y]), f"tax 1,5 % {y}")
        p.check(leaf <= 4000, f"leaf within 4.000 kg {y}")
        p.check(a[y] * 0.5 + b[y] * 0.4 + c[y] * 0.3 <= 30 * 200, f"weaving days within 6.000 {y}")
    p.check(a[2] * 0.5 + b[2] * 0.4 + c[2] * 0.3 == 5500, "5.500 công in 2028")
    p.check(60 + 90 + 30 + 70 == 250 == 150 + 100 and (60 + 90) / 10 == 15, "capital 250, fixed 150")
    avg = sum(net) / 3
    p.check(close(avg, 243925000, 0.001) and close(250e6 / (avg + 15e6), 1.0, 0.04), "payback ≈ 1,0")
    p.check(close(n[0] / 7800, 1.15, 0.01), "+15 % on 2025")
    p.check(close((45 + 224 + 45 + 36 + 10) / 9000 * 1e6, 40000, 0.01) and close(625e6 / 9000, 69444, 0.01),
            "unit cost 40.000, average price 69.000")
    p.has("250.000.000 đồng", "250.000.000 : (243.925.000 + 15.000.000) ≈ 1,0 năm", "4.000 kg lá khô/năm",
          "TCCS 01:2025/LTH", "Nghị định 43/2017/NĐ-CP", "đơn đăng ký nhãn hiệu", "Giấy chứng nhận đăng ký hộ kinh doanh",
          "keo phủ là loại gốc nước")
    common(p)
    return p


def al03() -> Plan:
    p = Plan("al03_lop_nau_mon_que_co_dam_htx")
    years = ["2026|", "2027|", "2028|", "2029|"]
    g = [p.row(y, 7) for y in years]
    c = [p.row(y, 11) for y in years]
    staff = [8, 9, 10, 10]
    pat = []
    for i, (h, f, s, rh, rf, rs, rev) in enumerate(g):
        p.check(close(rh, h * 0.35) and close(rf, f * 0.65) and close(rs, s * 0.15) and close(rev, rh + rf + rs), f"revenue {i}")
        mat, wage, energy, dep, promo, mgmt, interest, cost, pbt, tax, after = c[i]
        p.check(close(mat, h * 0.09 + f * 0.16 + s * 0.05) and close(wage, staff[i] * 6 * 12) and dep == 90
                and close(interest, (500 - 100 * i) * 0.07), f"materials, wages, depreciation, interest {i}")
        p.check(close(cost, mat + wage + energy + dep + promo + mgmt + interest) and close(pbt, rev - cost), f"cost, profit {i}")
        p.check(close(tax, pbt * 0.15) and close(after, pbt - tax), f"tax {i}")
        p.check(h + 2 * f <= 20 * 2 * 300 and s <= 40 * 150, f"stations and yard capacity {i}")
        pat.append(after)
        if i:
            p.check(rev / g[i - 1][6] < 1.3, f"growth {i}")
    p.check(g[0][0] + g[0][1] + g[0][2] == 4400 and g[3][0] + g[3][1] + g[3][2] == 7500, "4.400 → 7.500 guests")
    p.check(close((g[0][0] + g[0][1]) / 1600, 1.5) and close(g[0][6] / 920, 1.43, 0.01), "×1,5 adults, +43 % on 2025")
    p.check(500 + 250 + 100 + 50 == 900 and 900 + 60 + 40 + 100 == 1100 == 600 + 500, "capital 1.100, fixed 900")
    avg = sum(pat) / 4
    p.check(close(avg, 236.2, 0.001) and close(1100 / (avg + 90), 3.4, 0.01), "payback 3,4")
    variable = (c[0][0] + c[0][4]) / 4400 * 1000
    fixed = c[0][7] - c[0][0] - c[0][4]
    p.check(close(variable, 104, 0.01) and close(fixed / (0.3 - variable / 1000), 4000, 0.02), "break-even ≈ 4.000")
    p.has("350.000 đồng/khách", "650.000 đồng/khách", "150.000 đồng/học sinh", "1.100 : (236,2 + 90) ≈ 3,4 năm",
          "12.000 lượt khách–buổi/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống",
          "TCCS 01:2025/BLCĐ", "Giấy chứng nhận đăng ký nhãn hiệu số 512387", "bể tách mỡ", "mã số 3002415587")
    common(p)
    return p


def al04() -> Plan:
    p = Plan("al04_banh_san_nuong_huong_do_tht")
    box, bulk, kg, root = p.rows_of(["Bánh hộp 300 g", "Bánh khay đóng túi 1 kg", "Tổng sản lượng bánh", "Củ sắn tươi cần dùng"])
    rev, rb, rk, cost = p.row("Doanh thu |"), p.row("Bánh hộp (27.000"), p.row("Bánh khay (70.000"), p.row("Chi phí |")
    lines = p.rows_of(["Củ sắn tươi (4.000", "Dừa, đường, trứng", "Hộp, túi, nhãn", "Điện nướng", "Công khoán",
                       "Khấu hao |", "Bán hàng, vận chuyển", "Quản lý, chi khác", "Lãi vay |"])
    prof = p.row("Lợi nhuận |")
    for y in Y:  # nghìn đồng
        p.check(close(kg[y], box[y] * 0.3 + bulk[y]) and close(root[y], kg[y] * 1.5), f"kg, cassava 1,5 {y}")
        p.check(close(rb[y], box[y] * 27) and close(rk[y], bulk[y] * 70) and close(rev[y], rb[y] + rk[y]), f"revenue {y}")
        p.check(close(lines[0][y], root[y] * 4) and close(lines[1][y], kg[y] * 22) and close(lines[2][y], box[y] * 3 + bulk[y])
                and close(lines[3][y], kg[y] * 3) and close(lines[4][y], kg[y] * 15), f"unit costs {y}")
        p.check(lines[5][y] == 20000 and close(lines[8][y], (150000 - 50000 * y) * 0.07), f"depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 60 * 250 and root[y] <= 30000, f"ovens 15.000 kg, 30 tấn cassava {y}")
        p.check(0.23 <= prof[y] / rev[y] <= 0.265, f"margin 24–26 % {y}")
    total = p.one("Tổng vốn đầu tư")
    items = [p.one(x) for x in ("Cải tạo xưởng", "2 lò nướng điện", "Máy mài, vắt", "Tủ mát, bàn inox", "Thiết kế hộp",
                                "Vốn lưu động")]
    p.check(total == sum(items) == p.one("Nguồn vốn") == p.one("Vốn góp") + p.one("Vay Ngân hàng") == 300000, "capital 300.000")
    p.check(sum(items[:4]) == 200000, "fixed 200.000 → 20.000/năm")
    avg = sum(prof) / 3
    p.check(close(avg, 233133, 0.001) and close(300000 / (avg + 20000), 1.2, 0.02), "payback 1,2")
    p.check(close(kg[0] / 7200, 1.25), "+25 % on 2025")
    p.has("27.000 đồng/hộp", "70.000 đồng/kg", "300.000 : (233.133 + 20.000) ≈ 1,2 năm", "30 tấn củ/năm",
          "hợp đồng hợp tác ký ngày 12/3/2023", "mã số thuế 3002398621", "TCCS 01:2026/HĐ", "Nghị định 43/2017/NĐ-CP",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "đăng ký nhãn hiệu", "2 bể lắng")
    common(p)
    return p


def al05() -> Plan:
    p = Plan("al05_ca_trich_say_thien_cam_hkd")
    dry, box, kg, fish = p.rows_of(["Cá trích khô nguyên con", "Cá trích tẩm gia vị hộp", "Tổng thành phẩm", "Cá trích tươi cần dùng"])
    lines = p.rows_of(["Cá trích tươi (25.000", "Muối, gia vị", "Túi, hộp, nhãn", "Điện sấy", "Tiền công",
                       "Khấu hao |", "Lãi vay |", "Vận chuyển, bán hàng"])
    cost, rev, prof = p.row("Tổng chi phí"), p.row("Tổng doanh thu"), p.row("Lợi nhuận |")
    true_rev = [dry[y] * 0.22 + box[y] * 0.07 for y in Y]
    for y in Y:  # triệu đồng
        p.check(close(kg[y], dry[y] + box[y] * 0.2) and close(fish[y], dry[y] * 3.5 + box[y] * 0.8), f"kg, fish need {y}")
        p.check(close(lines[0][y], fish[y] * 0.025) and close(lines[1][y], dry[y] * 0.005 + box[y] * 0.2 * 0.025)
                and close(lines[2][y], dry[y] * 0.006 + box[y] * 0.004) and close(lines[3][y], kg[y] * 0.01), f"unit costs {y}")
        p.check(close(lines[4][y], [6, 7, 8][y] * 6 * 12) and lines[5][y] == 40 and close(lines[6][y], (300 - 100 * y) * 0.075),
                f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit on the stated revenue {y}")
        p.check(fish[y] <= 2 * 200 * 180, f"dryers {y}")
    p.check(close(rev[0], true_rev[0]) and close(rev[1], true_rev[1]), "2026 and 2027 revenue right")
    p.check(rev[2] == 1884 and close(true_rev[2], 1764) and off(rev[2], true_rev[2]) and off(960, 12000 * 70000 / 1e6),
            "PLANTED 2028 revenue: 12.000 hộp × 70.000 = 840 ≠ 960; total 1.884 ≠ 1.764")
    p.has("cá tẩm gia vị 8.000 hộp, giá 70.000 đồng/hộp, thu 560 triệu đồng; tổng doanh thu 1.220 triệu đồng",
          "cá tẩm gia vị 10.000 hộp thu 700 triệu đồng; tổng doanh thu 1.492 triệu đồng",
          "cá tẩm gia vị 12.000 hộp, giá 70.000 đồng/hộp, thu 960 triệu đồng. Tổng doanh thu 1.884 triệu đồng")
    supply = 6000 + 3 * 4000
    p.check(fish[0] <= supply, "2026 fish within 18 tấn")
    p.check(off(fish[1], supply) and off(fish[2], supply), "PLANTED 20.600 / 24.300 kg fresh herring > 18 tấn")
    p.has("mỗi tàu cung cấp 4 tấn/năm", "Tổng nguồn cung ổn định 18 tấn", "đủ cho kế hoạch sản xuất")
    avg = sum(prof) / 3
    p.check(close(avg, 224.4, 0.001) and close(600 / (avg + 40), 2.3, 0.02), "stated payback 2,3 on the stated profits")
    true_avg = (prof[0] + prof[1] + true_rev[2] - cost[2]) / 3
    p.check(close(600 / (true_avg + 40), 2.67, 0.01) and off(2.3, 600 / (true_avg + 40)), "tolerated knock-on: true payback 2,7")
    p.check(200 + 150 + 50 + 30 + 170 == 600 == 300 + 300 and 200 + 150 + 50 == 400, "capital 600, fixed 400")
    p.check(close(kg[0] / 3900, 1.18, 0.01), "+18 % on 2025")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|mùi hôi|\bbể\b|biogas|thu gom|ô nhiễm|khí thải|phân bón|\bủ\b|"
            r"phân hữu cơ|phế phẩm|phụ phẩm|cam kết bảo vệ", "PLANTED no environmental measure anywhere")
    p.has("bỏ đầu và nội tạng", "ngâm nước muối")  # the plan does generate offal and brine
    p.has("220.000 đồng/kg", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/PTH",
          "Nghị định 43/2017/NĐ-CP", "Giấy chứng nhận đăng ký hộ kinh doanh số 28D8007162", "Cục Sở hữu trí tuệ")
    common(p)
    return p


def al06() -> Plan:
    p = Plan("al06_ruou_gao_ha_tho_tung_loc_ctcp")
    ch, bi, lit, rice = p.rows_of(["Rượu chai 500 ml", "Rượu bình gốm 2 lít", "Tổng sản lượng", "Gạo nếp sử dụng"])
    rev, rc, rb, cost = p.row("Doanh thu |"), p.row("Chai 500 ml (220.000"), p.row("Bình gốm 2 lít (800.000"), p.row("Chi phí |")
    lines = p.rows_of(["Thuế tiêu thụ đặc biệt", "Gạo nếp (28.000", "Men lá, củi", "Chai, nút, hộp", "Tiền lương",
                       "Khấu hao |", "Lãi vay |", "Chi phí bán hàng", "Chi phí quản lý"])
    pbt, tax, pat = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + bi[y] * 2 and close(rice[y], lit[y] / 0.6), f"litres, rice 0,6 {y}")
        p.check(close(rc[y], ch[y] * 0.22) and close(rb[y], bi[y] * 0.8) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], rev[y] * 65 / 165) and close(lines[1][y], rice[y] * 0.028) and close(lines[2][y], lit[y] * 0.01)
                and close(lines[3][y], ch[y] * 0.02 + bi[y] * 0.09), f"excise, unit costs {y}")
        p.check(close(lines[4][y], [9, 10, 11][y] * 7 * 12) and lines[5][y] == 150 and close(lines[6][y], (1000 - 250 * y) * 0.08)
                and close(lines[7][y], rev[y] * 0.06), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pbt[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pbt[y] * 0.2) and close(pat[y], pbt[y] - tax[y]), f"tax 20 % {y}")
        p.check(lit[y] <= 100 * 280 and lit[y] <= 300 * 50 * 2 and rice[y] <= 40000, f"still, cellar, rice contract {y}")
    items = [p.one(x) for x in ("Hầm hạ thổ, mở rộng", "Hệ thống nấu, chưng cất", "300 chum sành", "Bồn inox, máy chiết",
                                "Thiết kế chai, hộp", "Vốn lưu động (gạo")]
    total = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == total == 3000 and sum(items[:4]) == 1500, "investment items add up to the stated 3.000, fixed 1.500")
    sources = 1800 + 1000
    p.check(off(sources, total), "PLANTED capital sources 1.800 + 1.000 = 2.800 ≠ 3.000")
    p.has("Vốn điều lệ 1.800 triệu đồng", "vốn góp của các cổ đông 1.800 triệu đồng", "1.000 triệu đồng, thời hạn 4 năm",
          "Tổng vốn đầu tư 3.000 triệu đồng")
    p.lacks(r"vốn hỗ trợ|vốn khác|huy động thêm|nguồn vốn khác", "no third capital source")
    avg = sum(pat) / 3
    p.check(close(avg, 671.8, 0.001) and close(3000 / (avg + 150), 3.7, 0.02), "stated payback 3,7 on the stated total")
    p.check(close(sources / (avg + 150), 3.41, 0.01), "tolerated knock-on: 3,4 on the sources raised")
    p.check(close(pat[0] / rev[0], 0.080, 0.01) and close(pat[2] / rev[2], 0.122, 0.01), "margins 8,0 % and 12,2 %")
    p.check(close(lit[0] / 9200, 1.30, 0.01) and lit[1] / lit[0] == 1.25 and lit[2] / lit[1] == 1.2, "growth 30/25/20 %")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current OCOP instruments are not cited")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021|cảnh báo|ghi trên chai|in trên chai", "PLANTED no label anywhere")
    p.has("Giấy phép sản xuất rượu công nghiệp", "TCCS 01:2024/TL", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "hầm biogas", "Giấy chứng nhận đăng ký nhãn hiệu", "mã số 3002267513", "220.000 đồng/chai", "800.000 đồng/bình")
    common(p, current_policy=False)
    return p


def al07() -> Plan:
    p = Plan("al07_tra_rau_dang_dat_ky_xuan_htx")
    hamlets = [p.row(x) for x in ("Xuân Hải |", "Xuân Thanh |", "Tân Phú |", "Đông Yên |")]
    tot = p.row("Tổng cộng")
    p.check(sum(h[0] for h in hamlets) == tot[0] == 42, "households add up (42)")
    p.check(close(sum(h[2] for h in hamlets), tot[2]) and all(close(h[2], h[1] * 15) for h in hamlets), "fresh output 162 = 15 t/ha")
    area = sum(h[1] for h in hamlets)
    p.check(close(area, 10.8) and tot[1] == 12.0 and off(tot[1], area), "PLANTED area total 12,0 ≠ 10,8 ha")
    box, bag, dry, staff = p.rows_of(["Trà túi lọc hộp 50 g", "Trà khô túi 200 g", "Trà khô thành phẩm", "Lao động chế biến"])
    rev, rb, rt, cost = p.row("Doanh thu |"), p.row("Trà túi lọc (55.000"), p.row("Trà khô (95.000"), p.row("Chi phí |")
    lines = p.rows_of(["Rau đắng khô thu mua", "Túi lọc, hộp, túi, nhãn", "Điện sấy, sao", "Tiền lương", "Khấu hao |",
                       "Lãi vay |", "Bán hàng, quảng cáo", "Quản lý |"])
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(close(dry[y], box[y] * 0.05 + bag[y] * 0.2), f"dry kg {y}")
        p.check(close(rb[y], box[y] * 0.055) and close(rt[y], bag[y] * 0.095) and close(rev[y], rb[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], dry[y] * 0.12) and close(lines[1][y], box[y] * 0.006 + bag[y] * 0.004)
                and close(lines[2][y], dry[y] * 0.01) and close(lines[3][y], staff[y] * 5.5 * 12)
                and lines[4][y] == 95 and lines[5][y] == 35, f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(dry[y] * 6 <= area * 15 * 1000 and box[y] * 25 <= 40 * 60 * 8 * 250 and dry[y] * 6 <= 300 * 250,
                f"no material or machine shortfall {y}")
    p.check(box[1] / box[0] == 2.5 and box[2] / box[1] == 2.4 and rev[1] / rev[0] == 2.5 and rev[2] / rev[1] == 2.4,
            "PLANTED output and revenue ×2,5 then ×2,4")
    p.check(close(rev[0] / 650, 1.31, 0.01) and box[2] / 10000 > 5 and prof[2] / rev[2] > 0.55,
            "2026 +31 % on 2025; 2028 boxes 7× 2025, margin 57 %")
    p.check(320 + 250 + 80 + 300 == 950 and 950 + 50 + 200 == 1200 == 700 + 500, "capital 1.200, fixed 950")
    avg = sum(prof) / 3
    p.check(close(avg, 1300.7, 0.001) and close(1200 / (avg + 95), 0.86, 0.01), "payback ≈ 0,9 on the plan's profits")
    p.has("12,0", "5 cửa hàng đặc sản", "3 nhà thuốc đông y", "đưa sản phẩm vào các hệ thống siêu thị trên toàn quốc",
          "55.000 đồng/hộp", "95.000 đồng/túi")
    p.lacks(r"hợp đồng (tiêu thụ|phân phối|bao tiêu|nguyên tắc)|đã ký", "no sales contract behind the growth")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|chỉ tiêu|quy chuẩn|QCVN|hợp quy|VietGAP|\bISO\b",
            "PLANTED no product standard, declaration or lab test anywhere")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "tem QR", "mã số 3002356418")
    common(p)
    return p


def al08() -> Plan:
    p = Plan("al08_nuoc_ep_so_ri_cam_hung_cty")
    small, big, lit, fruit = p.rows_of(["Nước ép chai 250 ml", "Nước ép chai 1 lít", "Tổng sản lượng quy đổi", "Quả sơ ri nguyên liệu"])
    rev, rs, rbig, cost = p.row("Doanh thu |"), p.row("- Chai 250 ml"), p.row("- Chai 1 lít"), p.row("Chi phí |")
    lines = p.rows_of(["- Quả sơ ri", "- Đường, phụ gia", "- Chai, nắp", "- Điện, nước", "- Tiền lương", "- Khấu hao",
                       "- Lãi vay", "- Bán hàng", "- Quản lý"])
    pbt, tax, pat = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(lit[y] == small[y] * 0.25 + big[y] and close(fruit[y], lit[y] * 0.8 / 1000), f"litres, fruit {y}")
        p.check(close(rs[y], small[y] * 0.015) and close(rbig[y], big[y] * 0.05) and close(rev[y], rs[y] + rbig[y]), f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 12) and close(lines[1][y], lit[y] * 0.005)
                and close(lines[2][y], small[y] * 0.003 + big[y] * 0.007) and close(lines[3][y], lit[y] * 0.004), f"unit costs {y}")
        p.check(close(lines[4][y], 10 * 6.5 * 12) and lines[5][y] == 120 and close(lines[6][y], (800 - 200 * y) * 0.08)
                and close(lines[7][y], rev[y] * 0.08), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pbt[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pbt[y] * 0.2) and close(pat[y], pbt[y] - tax[y]), f"tax 20 % {y}")
        p.check(fruit[y] <= 18 * 8, f"fruit within the smaller of the two areas {y}")
    capacity = 300 * 240
    p.check(lit[0] <= capacity and lit[1] <= capacity, "2026, 2027 within 72.000 lít")
    p.check(off(lit[2], capacity), "PLANTED 2028 output 85.000 lít > 72.000 lít/năm capacity")
    p.has("công suất tối đa 72.000 lít/năm", "thùng thanh trùng và máy chiết rót được giữ nguyên, đủ đáp ứng kế hoạch")
    p.check(close(lit[0] / 38000, 1.32, 0.01), "+32 % on 2025 (the 2028 line is the capacity issue, not growth)")
    p.has("liên kết với 86 hộ trồng sơ ri trên diện tích 18 ha", "có diện tích 25 ha do 86 hộ trồng")  # PLANTED
    p.check(off(18, 25), "PLANTED 18 ha ≠ 25 ha")
    items = [p.one(x) for x in ("Máy rửa sục khí", "Mở rộng kho lạnh", "Cải tạo nhà xưởng, nền", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 1700 == 900 + 800 and sum(items[:3]) == 1200, "capital 1.700, fixed 1.200")
    avg = sum(pat) / 3
    p.check(close(avg, 381.6, 0.001) and close(1700 / (avg + 120), 3.4, 0.01), "payback 3,4")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|HACCP|ISO|tự công bố|Luật An toàn",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.has("TCCS 01:2026/SRCH", "Nghị định 43/2017/NĐ-CP", "văn bằng bảo hộ", "bể lắng 3 ngăn", "đăng ký môi trường",
          "mã số 3002331975", "15.000 đồng/chai", "50.000 đồng/chai")
    common(p)
    return p


def al09() -> Plan:
    p = Plan("al09_mat_ong_bo_ket_son_tay_htx")
    hives, supply, s, l, kg = p.rows_of(["Số đàn ong", "Mật thu mua tối đa", "Chai 350 g (chai)", "Chai 700 g (chai)",
                                         "Tổng mật đóng chai"])
    rev, rs, rl, cost = p.row("Doanh thu |"), p.row("Chai 350 g (130.000"), p.row("Chai 700 g (240.000"), p.row("Chi phí |")
    lines = p.rows_of(["Mật thu mua của thành viên", "Chai, nắp, nhãn, hộp", "Lọc, hạ thủy phần", "Tiền lương", "Khấu hao |",
                       "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, chi khác"])
    prof = p.row("Lợi nhuận |")
    for y in Y:  # nghìn đồng
        p.check(close(kg[y], s[y] * 0.35 + l[y] * 0.7) and supply[y] == hives[y] * 12 and kg[y] <= supply[y], f"honey kg {y}")
        p.check(close(rs[y], s[y] * 130) and close(rl[y], l[y] * 240) and close(rev[y], rs[y] + rl[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 180) and close(lines[1][y], s[y] * 8 + l[y] * 12) and close(lines[2][y], kg[y] * 5)
                and lines[3][y] == 4 * 6000 * 12 and lines[4][y] == 40000 and lines[5][y] == 14000, f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 200 * 150, f"dehumidifier 30.000 kg {y}")
    p.check(150000 + 150000 + 100000 + 40000 + 260000 == 700000 == 500000 + 200000, "capital 700.000, fixed 400.000")
    avg = sum(prof) / 3
    true = 700000 / (avg + 40000)
    p.check(close(avg, 332750, 0.001) and close(true, 1.88, 0.01), "true payback 1,88")
    p.check(off(1.2, true) and off(1.2, 700000 / avg) and off(1.2, 700000 / (prof[2] + 40000)),
            "PLANTED payback 1,2 ≠ 1,88 (2,10 without depreciation; 1,37 on 2028 alone)")
    p.has("700.000 : (332.750 + 40.000) ≈ 1,2 năm", "hoàn vốn đầu tư sau khoảng 1,2 năm")
    p.check(close(kg[0] / 3600, 1.17, 0.01), "+17 % on 2025")
    p.check(close(130 / 0.35, 371.4, 0.001) and close(240 / 0.7, 342.9, 0.001), "343.000–371.000 đồng/kg")
    p.check(p.count("Hợp tác xã Nuôi ong Hương Điền") == 3 and p.count("Hợp tác xã Ong mật Sơn Tây") >= 2
            and "Hương Điền" not in p.section("# I –", "# VII –") and "Hương Điền" not in p.section("# VIII –", "# XIV –"),
            "PLANTED a second producer name, three times in parts VII and XIV only")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|SHTT", "PLANTED no trademark or IP anywhere")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/OMST", "Nghị định 43/2017/NĐ-CP",
          "tem QR", "mã số 3002379264", "130.000 đồng/chai", "240.000 đồng/chai")
    common(p)
    return p


def al10() -> Plan:
    p = Plan("al10_dua_kieu_dan_hai_tht")
    jar, bag, kg, root = p.rows_of(["Dưa kiệu hũ 500 g", "Dưa kiệu túi 1 kg", "Tổng thành phẩm", "Củ kiệu tươi |"])
    rev, rj, rb, cost = p.row("Doanh thu |"), p.row("Hũ 500 g (55.000"), p.row("Túi 1 kg (90.000"), p.row("Tổng chi phí")
    lines = p.rows_of(["Củ kiệu tươi (22.000", "Đường, giấm", "Hũ, túi, nhãn", "Công khoán", "Điện, nước", "Khấu hao |",
                       "Lãi vay |", "Vận chuyển, quảng bá", "Chi khác |"])
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == jar[y] * 0.5 + bag[y] and close(root[y], kg[y] * 1.3), f"kg, bulbs 1,3 {y}")
        p.check(close(rj[y], jar[y] * 0.055) and close(rb[y], bag[y] * 0.09) and close(rev[y], rj[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], root[y] * 0.022) and close(lines[1][y], kg[y] * 0.008)
                and close(lines[2][y], jar[y] * 0.007 + bag[y] * 0.003) and close(lines[3][y], kg[y] * 0.018)
                and lines[5][y] == 25 and lines[6][y] == 7, f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(root[y] <= 3 * 8000 and root[y] <= 48000, f"bulbs within 24 tấn, tanks 48 tấn {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2026 and 2028 profit right")
    p.check(close(rev[1] - cost[1], 272.8) and prof[1] == 302.8 and off(prof[1], rev[1] - cost[1]),
            "PLANTED 2027 profit 302,8 ≠ 975 − 702,2 = 272,8")
    stated = sum(prof) / 3
    true = (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(stated, 282.8, 0.001) and close(300 / (stated + 25), 1.0, 0.03) and close(300 / (true + 25), 1.0, 0.01),
            "payback 1,0 either way (no knock-on)")
    p.check(150 + 50 + 50 + 20 + 30 == 300 == 200 + 100 and 150 + 50 + 50 == 250, "capital 300, fixed 250")
    p.check(close(kg[0] / 6600, 1.21, 0.01) and close(prof[0] / rev[0], 0.27, 0.02), "+21 % on 2025, margin 27 %")
    p.lacks(r"đăng ký (kinh doanh|tổ hợp tác|hộ|thành lập|hoạt động)|giấy chứng nhận đăng ký|mã số thuế|hợp đồng hợp tác|"
            r"chứng thực|thành lập|Luật Hợp tác xã|113/2024|quy chế", "PLANTED no registration or cooperation contract anywhere")
    market = p.section("# 4. Phân tích thị trường", "# 5.")
    p.check(not re.search(r"\b(đồng|giá|cửa hàng|siêu thị|chợ|đại lý|khách|online|trực tuyến|facebook|zalo|shopee|hội chợ|"
                          r"nhà hàng|quán|công ty|phân phối|bán)\b", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"cửa hàng|siêu thị|\bchợ\b|đại lý|facebook|zalo|shopee|hội chợ|bán lẻ|bán buôn|thương lái|nhà hàng|khách hàng|"
            r"\bquán\b|phân phối|trực tuyến|thương mại điện tử|điểm bán|hợp đồng tiêu thụ|xuất khẩu", "PLANTED no sales channel anywhere")
    p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/DKĐH", "Nghị định 43/2017/NĐ-CP",
          "đăng ký nhãn hiệu", "trung hòa bằng vôi", "55.000 đồng/hũ", "90.000 đồng/túi")
    common(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("al11_keo_keo_tien_dien_so_sai")
    a.has("khoảng 80.000 đồng/kg", "khoảng 30 kg kẹo", "đã đăng ký hộ kinh doanh năm 2022")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|Sở hữu trí tuệ|môi trường|truy xuất", "genuine gaps (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("al12_banh_xeo_dong_lanh_ky_khang_so_sai")
    b.has("khoảng 200 kg bánh", "4.000 đồng/cái", "Nhóm chưa đăng ký kinh doanh")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, one page")
    b.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|Sở hữu trí tuệ|môi trường|truy xuất|mã số thuế", "genuine gaps (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def shared_sentences(plans: list[Plan]) -> Plan:
    """No sentence of ten words or more appears in two producers' plans (CONTRACT's boilerplate rule)."""
    seen: dict[str, str] = {}
    report = plans[0].__class__.__new__(plans[0].__class__)
    report.stem, report.failures = "no sentence shared between plans", []
    for p in plans:
        for s in re.split(r"(?<=[.;:!?])\s+|\n", p.body):
            words = re.findall(r"\w+", s.lower())
            if len(words) < 10:
                continue
            key = " ".join(words)
            if key in seen and seen[key] != p.stem:
                report.failures.append(f"{p.stem} and {seen[key]} share: {s[:80]!r}")
            seen.setdefault(key, p.stem)
    return report


def main() -> int:
    plans = [fn() for fn in (al01, al02, al03, al04, al05, al06, al07, al08, al09, al10)] + sketchy()
    return plancheck.report(plans + [shared_sentences(plans)])


if __name__ == "__main__":
    sys.exit(main())
