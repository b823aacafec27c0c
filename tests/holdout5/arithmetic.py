"""The fifth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout5/arithmetic.py

For every plan with numbers (the two sketchy ones have one revenue sentence each, checked too):
revenue = quantity x price, cost lines sum to the total, profit = revenue - cost, tax, investment
items = capital sources = total, payback, raw-material need vs supply, output vs capacity, growth.
Planted defects are asserted wrong by more than 5 % and everything else right (within 1 %). Table
figures are read from the plan's source; figures quoted from running text are looked up verbatim,
so the numbers cannot drift from the text. The textual planted defects (no alcohol licence,
replaced instruments cited, no label, two colony counts, no food-safety certificate, no
environmental measure, a second producer name, no registration, no product standard, template
placeholders) are asserted too.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, lines_sum, off, vn  # noqa: E402,F401


class Plan(plancheck.Plan):
    src = HERE / "src"

    def srow(self, label: str, n: int = 3) -> list[float]:
        """Like row(), but the numbers may carry a minus sign (a loss year)."""
        exact = label.endswith("|")
        lab = label.rstrip(" |")
        for r in self.rows:
            if any((c == lab) if exact else c.startswith(lab) for c in r[:2]):
                nums = [m.group(1) for x in r[1:] if (m := re.match(r"^(-?[\d.,]+)$", x))]
                if len(nums) >= n:
                    return [(-1 if x.startswith("-") else 1) * vn(x.lstrip("-")) for x in nums[-n:]]
        self.failures.append(f"row not found: {label}")
        return [0.0] * n


def payback(p: Plan, invest: float, profits: list[float], dep: float, stated: float, what: str) -> None:
    avg = round(sum(profits) / len(profits), 1)
    p.check(close(invest / (avg + dep), stated, 0.05), f"{what}: {invest} : ({avg} + {dep}) ≈ {stated}")


def p01() -> Plan:
    p = Plan("p01_du_lich_suoi_da_ban_htx")
    vis, nights, meals, exp, staff = (p.row("Khách tham quan"), p.row("Khách lưu trú"), p.row("Suất ăn phục vụ"),
                                      p.row("Lượt trải nghiệm"), p.row("Lao động thường xuyên"))
    rev = p.row("Doanh thu |")
    parts = [p.row(x) for x in ("Vé tham quan (50.000", "Lưu trú (300.000", "Ăn uống (150.000", "Trải nghiệm (100.000")]
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Thực phẩm, đồ uống", "Vật tư buồng phòng", "Vật tư, thù lao", "Tiền công lao động",
                                 "Điện, nước, nhiên liệu", "Khấu hao tài sản cố định", "Lãi vay", "Quảng bá, hoa hồng",
                                 "Bảo trì, chi phí khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    wage = [6, 6, 6.5]
    for y in Y:
        p.check(close(parts[0][y], vis[y] * 0.05) and close(parts[1][y], nights[y] * 0.3)
                and close(parts[2][y], meals[y] * 0.15) and close(parts[3][y], exp[y] * 0.1)
                and close(rev[y], lines_sum(parts, y)), f"revenue {y}")
        p.check(close(lines[0][y], parts[2][y] * 0.45) and close(lines[1][y], parts[1][y] * 0.1)
                and close(lines[2][y], parts[3][y] * 0.3), f"variable costs {y}")
        p.check(close(lines[3][y], staff[y] * wage[y] * 12) and close(lines[6][y], [1000, 750, 500][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.05), f"wages, interest, promotion {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]) and rev[y] <= 3000,
                f"15 % tax, revenue within the 3 tỷ band {y}")
        p.check(nights[y] <= 10 * 2 * 365, f"room capacity {y}")
    items = [p.one(x) for x in ("5 nhà gỗ lưu trú", "Nhà ăn 80 chỗ", "Đường dạo 1,2 km", "10 thuyền kayak",
                                "Bể tự hoại, bể lắng", "Biển chỉ dẫn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2600 == 1600 + 1000, "capital")
    p.check(sum(items[:5]) == 2300 and 2300 / 10 == lines[5][0], "depreciation 2.300 / 10")
    payback(p, 2600, post, 230, 3.1, "payback")
    p.check(close((post[0] + post[1] + post[2]) / 3, 598.2, 0.001), "average profit 598,2")
    p.check(close(nights[2] / 7300, 0.33, 0.02) and close(rev[2] / 1000, 2.995), "occupancy 33 %, 2029 revenue")
    p.check(meals[1] * 0.05 <= 2000 * 1.8 / 1.0, "chicken need within the households' flocks")
    p.has("(453,9 + 660,0 + 680,8) : 3 = 598,2", "2.600 : (598,2 + 230) ≈ 3,1 năm", "50.000 đồng/lượt",
          "300.000 đồng/đêm", "tối đa 20 khách/đêm, công suất 7.300 đêm khách/năm", "khoảng 33%")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    return p


def p02() -> Plan:
    p = Plan("p02_non_la_ba_giang_tht")
    a, b, c, total, makers = (p.row("Nón lá trắng |"), p.row("Nón bài thơ |"), p.row("Nón vẽ, hộp quà |"),
                              p.row("Cộng |"), p.row("Số thợ tham gia"))
    rev = p.row("Tổng doanh thu")
    ra, rb, rc = p.row("Nón lá trắng (60.000"), p.row("Nón bài thơ (110.000"), p.row("Nón vẽ, hộp quà (250.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Vật tư (lá", "Tiền công khoán", "Tem, túi, hộp", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, hội chợ", "Quản lý tổ")]
    prof = p.row("Lợi nhuận (I – II)")
    for y in Y:  # table in thousand đồng
        n = a[y] + b[y] + c[y]
        p.check(total[y] == n, f"hat count {y}")
        p.check(close(ra[y], a[y] * 60) and close(rb[y], b[y] * 110) and close(rc[y], c[y] * 250)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], a[y] * 12 + b[y] * 20 + c[y] * 35) and close(lines[1][y], a[y] * 25 + b[y] * 45 + c[y] * 90)
                and close(lines[2][y], n * 3), f"per-hat costs {y}")
        p.check(close(lines[4][y], [16500, 8250, 0][y], 0.01) if y < 2 else lines[4][y] == 0, f"interest {y}")
        p.check(close(lines[5][y], rev[y] * 0.06), f"selling 6 % {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        need = a[y] / 2 + b[y] + c[y] / 0.5
        p.check(need <= makers[y] * 250, f"workdays within the makers' capacity {y}")
        p.check(n * 0.25 <= 6000, f"leaf within the 6-tonne contracts {y}")
    p.check(close(total[0] * 0.25, 4375) and close(total[2] * 0.25, 5250), "leaf 4.375 / 5.250 kg")
    p.check(a[0] / 2 + b[0] + c[0] / 0.5 == 13000 and a[2] / 2 + b[2] + c[2] / 0.5 == 16000, "13.000 and 16.000 workdays")
    p.check(250 + 80 + 60 + 210 == 600 == 350 + 250, "capital")
    payback(p, 600, [x / 1000 for x in prof], 40, 1.2, "payback")
    p.check(close(sum(prof) / 3000, 475.3, 0.001), "average profit 475,3")
    p.check(2 * 25000 == 50000 and 45000 == 45000 and 0.5 * 90000 == 45000, "income 45.000 – 50.000 đồng/công")
    p.has("600 : 515,3 ≈ 1,2 năm", "60.000 đồng/chiếc", "110.000 đồng/chiếc", "250.000 đồng/chiếc",
          "tổng 6 tấn lá khô/năm", "0,25 kg lá nón khô")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    return p


def p03() -> Plan:
    p = Plan("p03_banh_ram_hung_phat_cty")
    box, bag, pcs, kg = p.row("Hộp 10 chiếc |"), p.row("Túi 30 chiếc |"), p.row("Tổng số bánh"), p.row("Khối lượng bánh")
    rev, rbox, rbag = p.row("Doanh thu |"), p.row("- Hộp 10 chiếc"), p.row("- Túi 30 chiếc")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("- Nguyên liệu", "- Bao bì, nhãn", "- Tiền lương", "- Điện, nước, gas", "- Khấu hao",
                                 "- Lãi vay", "- Bán hàng, vận chuyển", "- Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    workers, wage = [10, 11, 12], [6, 6, 6.5]
    for y in Y:
        p.check(pcs[y] == box[y] * 10 + bag[y] * 30 and close(kg[y], pcs[y] * 0.025), f"pieces, kg {y}")
        p.check(close(rbox[y], box[y] * 0.055) and close(rbag[y], bag[y] * 0.15) and close(rev[y], rbox[y] + rbag[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.06) and close(lines[1][y], box[y] * 0.004 + bag[y] * 0.006)
                and close(lines[3][y], kg[y] * 0.004), f"per-unit costs {y}")
        p.check(close(lines[2][y], workers[y] * wage[y] * 12) and close(lines[5][y], [600, 400, 200][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.07), f"wages, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax band {rate} {y}")
        p.check(pcs[y] <= 4000 * 280, f"line capacity {y}")
        p.check(kg[y] * 0.4 <= 10000 and kg[y] * 0.25 <= 6000 and kg[y] * 0.1 <= 2000, f"rice, pork, shrimp contracts {y}")
    p.check(close(pcs[2] / 1120000, 0.58, 0.01), "58 % of capacity")
    p.check(close(kg[2] * 0.4 / 1000, 6.5) and close(kg[2] * 0.25 / 1000, 4.1, 0.02) and close(kg[2] * 0.1 / 1000, 1.6, 0.02),
            "2029 needs 6,5 / 4,1 / 1,6 tấn")
    p.check(500 + 380 + 220 + 100 + 50 + 250 == 1500 == 900 + 600 and 500 + 380 + 220 + 100 == 1200 == lines[4][0] * 10,
            "capital, depreciation")
    payback(p, 1500, post, 120, 2.1, "payback")
    p.check(close(sum(post) / 3, 594.7, 0.001), "average profit 594,7")
    p.check(close(rev[0] / 1000, 2.7) and close(rev[2] / 1000, 3.44), "revenue in tỷ")
    p.has("(497,2 + 613,5 + 673,3) : 3 = 594,7", "1.500 : (594,7 + 120) ≈ 2,1 năm", "55.000 đồng/hộp",
          "150.000 đồng/túi", "4.000 chiếc/ngày, làm 280 ngày/năm, tức 1.120.000 chiếc/năm")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    return p


def p04() -> Plan:
    p = Plan("p04_dua_luoi_binh_an_htx")
    houses, yld, tons, g1, g2 = (p.row("Số nhà màng"), p.row("Năng suất bình quân"), p.row("Tổng sản lượng (3 vụ)"),
                                 p.row("Dưa loại 1 (70%)"), p.row("Dưa loại 2 (30%)"))
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Dưa loại 1 (40.000"), p.row("Dưa loại 2 (25.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Hạt giống", "Giá thể, phân bón", "Hộp carton, tem nhãn", "Tiền công lao động",
                                 "Điện, nước", "Khấu hao |", "Lãi vay |", "Vận chuyển, bán hàng", "Quản lý, chứng nhận")]
    prof = p.row("Lợi nhuận (I – II)")
    staff, wage = [8, 10, 10], [6, 6, 6.5]
    for y in Y:
        p.check(close(tons[y], houses[y] * 3 * yld[y]) and close(g1[y], tons[y] * 0.7) and close(g2[y], tons[y] * 0.3),
                f"tonnes, grades {y}")
        p.check(close(r1[y], g1[y] * 40) and close(r2[y], g2[y] * 25) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], houses[y] * 3 * 2.5) and close(lines[1][y], houses[y] * 3 * 18)
                and close(lines[2][y], tons[y] * 1.5) and close(lines[4][y], houses[y] * 12), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * wage[y] * 12) and close(lines[6][y], [800, 600, 400][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.05), f"wages, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(tons[y] * 1000 / (3 * 70) <= 2000 * 1.0 and houses[y] <= 10, f"packhouse 2 t/day, houses {y}")
    p.check(700 + 300 + 400 + 350 + 50 + 200 == 2000 == 1200 + 800, "capital")
    payback(p, 2000, prof, 230, 2.4, "payback")
    p.check(close(sum(prof) / 3, 591.3, 0.001), "average profit 591,3")
    p.check(20 + 15 + 15 <= tons[0], "contracts 50 t within the output")
    p.check(close(rev[0] / 1000, 2.13) and close(rev[2] / 1000, 2.77, 0.001), "revenue in tỷ")
    p.has("(473,5 + 629,9 + 670,5) : 3 = 591,3", "2.000 : (591,3 + 230) ≈ 2,4 năm", "40.000 đồng/kg", "25.000 đồng/kg",
          "2,5 triệu đồng/nhà/vụ", "18 triệu đồng/nhà/vụ", "12 triệu đồng/nhà/năm")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    return p


def p05() -> Plan:
    p = Plan("p05_ruou_sim_doi_mong_htx")
    c, b, litres, workers = (p.row("Rượu sim chai 500 ml"), p.row("Rượu sim bình sứ 1 lít"), p.row("Tổng lượng rượu sim"),
                             p.row("Lao động thường xuyên"))
    rev, rc, rb = p.row("Doanh thu |"), p.row("Chai 500 ml (120.000"), p.row("Bình sứ 1 lít (250.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Gạo nếp cái (22.000", "Quả sim (30.000", "Men lá, củi, điện", "Chai, bình sứ",
                                 "Tiền công lao động", "Khấu hao tài sản", "Lãi vay", "Bán hàng, quảng bá",
                                 "Quản lý, kiểm nghiệm")]
    prof = p.row("Lợi nhuận (A – B)")
    sim_supply = 3500
    for y in Y:
        p.check(litres[y] == c[y] * 0.5 + b[y], f"litres {y}")
        p.check(close(rc[y], c[y] * 0.12) and close(rb[y], b[y] * 0.25) and close(rev[y], rc[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], litres[y] * 1.2 * 0.022) and close(lines[1][y], litres[y] * 0.5 * 0.03)
                and close(lines[2][y], litres[y] * 0.008) and close(lines[3][y], c[y] * 0.015 + b[y] * 0.04),
                f"per-litre costs {y}")
        p.check(close(lines[4][y], workers[y] * 5.5 * 12) and close(lines[6][y], [500, 350, 200][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.08), f"wages, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(litres[y] * 1.2 <= 20000 and litres[y] * 1.2 <= 2 * 80 * 250 and litres[y] <= 60 * 250 * 2,
                f"rice supply, stills, jars {y}")
        p.check(off(litres[y] * 0.5, sim_supply), f"PLANTED sim need {litres[y] * 0.5:.0f} kg > 3.500 kg supply {y}")
    p.check(close(litres[0] * 0.5 / sim_supply, 1.14, 0.01) and close(litres[2] * 0.5 / sim_supply, 1.57, 0.01),
            "shortfall +14 % to +57 %")
    p.check(400 + 250 + 80 + 70 + 400 == 1200 == 700 + 500, "capital")
    payback(p, 1200, prof, 70, 1.7, "payback")
    p.check(close(sum(prof) / 3, 633.1, 0.001), "average profit 633,1")
    p.has("khoảng 3,5 tấn quả sim chín", "0,5 kg quả sim cho 1 lít rượu thành phẩm", "đáp ứng đủ nhu cầu sản xuất",
          "1.200 : (633,1 + 70) ≈ 1,7 năm", "120.000 đồng/chai", "250.000 đồng/bình", "29% vol")
    p.has("Luật Hợp tác xã số 23/2012/QH13", "Quyết định số 1048/QĐ-TTg")  # PLANTED outdated-policy
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|17/2023|148/QĐ-TTg", "PLANTED no alcohol licence, no current instrument")
    return p


def p06() -> Plan:
    p = Plan("p06_mat_ong_huong_do_hkd")
    col, yld, kg, price, rev = (p.row("Số đàn ong (đàn)"), p.row("Năng suất bình quân (kg/đàn)"), p.row("Sản lượng mật (kg)"),
                                p.row("Giá bán bình quân (đồng/kg)"), p.row("Doanh thu (triệu đồng)"))
    lines = [p.row(x) for x in ("Đường, thuốc thú y", "Chai thủy tinh, nắp", "Tiền công lao động", "Vận chuyển, di chuyển",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng (5%", "Chi khác |")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:
        p.check(kg[y] == col[y] * yld[y], f"honey = colonies x yield {y}")
        p.check(close(lines[0][y], col[y] * 0.15) and close(lines[1][y], kg[y] * 0.012), f"per-colony, per-kg costs {y}")
        p.check(close(lines[2][y], 4 * [5, 5, 5.5][y] * 12) and close(lines[5][y], [300, 200, 100][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.05), f"wages, interest, selling on the written revenue {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit follow the table {y}")
        p.check(col[y] <= 400, f"flowers for 400 colonies {y}")
    p.check(close(rev[1], kg[1] * price[1] / 1e6) and close(rev[2], kg[2] * price[2] / 1e6), "2028, 2029 revenue right")
    true0 = kg[0] * price[0] / 1e6
    p.check(close(true0, 896) and off(rev[0], true0), "PLANTED 2027 revenue 1.046 != 3.200 kg x 280.000 = 896")
    p.check(rev[0] > rev[1] and kg[0] < kg[1], "written revenue falls in 2028 while output rises")
    true_prof0 = true0 - (cost[0] - lines[6][0] + true0 * 0.05)
    p.check(close(true_prof0, 375.8, 0.001) and off(prof[0], true_prof0), "2027 profit wrong against true revenue (tolerated)")
    p.check(120 + 180 + 150 + 150 == 600 == 300 + 300, "capital")
    payback(p, 600, prof, 60, 1.0, "payback on the written profits")
    p.check(close(600 / ((true_prof0 + prof[1] + prof[2]) / 3 + 60), 1.12, 0.01), "true payback ≈ 1,12 (tolerated)")
    p.has("Hộ hiện đang nuôi 250 đàn ong nội", "Tổng đàn ong hiện có 320 đàn")  # PLANTED figure-inconsistent
    p.check(col[0] == 320, "the table uses 320")
    p.has("280.000 đồng/kg", "600 : (524,9 + 60) ≈ 1,0 năm", "nhãn hiệu")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn",
            "PLANTED no label, label content or labelling decree anywhere")
    return p


def p07() -> Plan:
    p = Plan("p07_banh_da_vung_tung_lam_cty")
    g, h, kg = p.row("Bánh đa chưa nướng, gói 500 g"), p.row("Bánh đa nướng sẵn, hộp 250 g"), p.row("Tổng khối lượng")
    rev, rg, rh = p.row("Doanh thu |"), p.row("Gói 500 g (32.000"), p.row("Hộp 250 g (38.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Nguyên liệu |", "Bao bì, nhãn |", "Tiền lương |", "Điện |", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, vận chuyển (7%)", "Quản lý |")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN 15%"), p.row("Lợi nhuận sau thuế |")
    workers = [9, 10, 11]
    for y in Y:
        p.check(kg[y] == g[y] * 0.5 + h[y] * 0.25, f"kg {y}")
        p.check(close(rg[y], g[y] * 0.032) and close(rh[y], h[y] * 0.038) and close(rev[y], rg[y] + rh[y]) and rev[y] <= 3000,
                f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.028) and close(lines[1][y], g[y] * 0.0025 + h[y] * 0.004)
                and close(lines[3][y], kg[y] * 0.003), f"per-unit costs {y}")
        p.check(close(lines[2][y], workers[y] * 5.5 * 12) and close(lines[5][y], [700, 560, 420][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.07), f"wages, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(kg[y] <= 200 * 250 and kg[y] * 0.85 <= 40000 and kg[y] * 0.08 <= 15 * 0.6 * 1000, f"capacity, rice, sesame {y}")
    items = [p.one(x) for x in ("Nhà xưởng 250", "Máy tráng bánh", "Máy nướng hồng ngoại", "Bể lắng nước thải",
                                "Bao bì, nhãn, mã vạch", "Vốn lưu động")]
    total, own, loan, sources = p.one("Tổng vốn đầu tư"), p.one("Vốn chủ sở hữu"), p.one("Vay ngân hàng"), p.one("Tổng nguồn vốn")
    p.check(sum(items) == total == 1850, "investment items add up to 1.850")
    p.check(own + loan == sources == 1650 and off(sources, total), "PLANTED sources 1.650 != investment 1.850")
    p.check(sum(items[:4]) == 1250 == lines[4][0] * 10, "depreciation 1.250 / 10")
    avg = round(sum(post) / 3, 1)
    stated = p.one("Thời gian hoàn vốn")
    p.check(avg == p.one("Lợi nhuận sau thuế bình quân") == 268.5, "average profit 268,5")
    p.check(close(avg / (sum(rev) / 3) * 100, p.one("Tỷ suất lợi nhuận"), 0.01), "margin 10,0 %")
    p.check(stated == 2.0 and off(stated, 1850 / (avg + 125)) and off(stated, 1850 / avg) and off(stated, 1650 / (avg + 125)),
            "PLANTED payback 2,0 != 4,7 (6,9 without depreciation, 4,2 on the sources)")
    p.check(close(1850 / (avg + 125), 4.7, 0.01), "true payback 4,7")
    p.has("32.000 đồng/gói", "38.000 đồng/hộp", "200 kg bánh/ngày, làm 250 ngày/năm, tức 50 tấn/năm")
    p.lacks(r"ATTP|đủ điều kiện|giấy chứng nhận cơ sở|cam kết|15/2018|an toàn thực phẩm",
            "PLANTED no food-safety certificate or commitment anywhere")
    return p


def p08() -> Plan:
    p = Plan("p08_cha_ca_hai_thinh_tht")
    k, t, kg, fish = (p.row("Chả cá thu chiên, khay 500 g"), p.row("Chả cá viên, túi 1 kg"), p.row("Tổng sản lượng chả"),
                      p.row("Cá tươi nguyên liệu"))
    rev, rk, rt = p.row("Doanh thu |"), p.row("Chả cá chiên khay (120.000"), p.row("Chả cá viên túi 1 kg (160.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá tươi (60.000", "Gia vị, bột", "Khay, túi, nhãn", "Tiền lương |", "Điện, nước, gas",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá", "Quản lý |")]
    prof = p.row("Lợi nhuận |")
    workers, wage = [10, 11, 12], [6000, 6000, 6500]
    for y in Y:  # table in thousand đồng
        p.check(kg[y] == k[y] * 0.5 + t[y] and close(fish[y], kg[y] * 1.3), f"kg, fish 1,3:1 {y}")
        p.check(close(rk[y], k[y] * 120) and close(rt[y], t[y] * 160) and close(rev[y], rk[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 60) and close(lines[1][y], kg[y] * 10) and close(lines[2][y], k[y] * 6 + t[y] * 5)
                and close(lines[4][y], kg[y] * 8), f"per-unit costs {y}")
        p.check(close(lines[3][y], workers[y] * wage[y] * 12) and close(lines[6][y], [600, 450, 300][y] * 80)
                and close(lines[7][y], rev[y] * 0.06), f"wages, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(fish[y] <= 36000 and kg[y] <= 400 * 280, f"fish purchases, quết capacity {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(close(rev[1] - cost[1], 730200) and off(prof[1], rev[1] - cost[1]), "PLANTED 2028 profit 840.200 != 730.200")
    p.check(450 + 300 + 350 + 100 + 50 + 150 == 1400 == 800 + 600, "capital")
    payback(p, 1400, [x / 1000 for x in prof], 90, 1.7, "payback on the written profits")
    true_avg = (prof[0] + rev[1] - cost[1] + prof[2]) / 3000
    p.check(close(1400 / (true_avg + 90), 1.77, 0.01), "true payback ≈ 1,77 (tolerated)")
    p.has("Lợi nhuận bình quân năm khoảng 739,5 triệu đồng", "1.400 : (739,5 + 90) ≈ 1,7 năm", "120.000 đồng/khay",
          "160.000 đồng/túi", "khoảng 27,3 tấn", "khả năng thu mua 36 tấn/năm")
    p.check(p.count("Tổ hợp tác Hải sản Thạch Bằng") == 2 and p.count("Tổ hợp tác Chế biến hải sản Hải Thịnh") >= 1
            and p.count("Hải Thịnh") >= 6,
            "PLANTED a second producer name, in the market section and the commitment")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|thu gom|bể lắng|tự hoại|mùi hôi|khí thải|phế phẩm|ruột",
            "PLANTED no environmental measure anywhere")
    return p


def p09() -> Plan:
    p = Plan("p09_choi_dot_trung_thuy")
    a, b, n, workers = p.row("Chổi đót cán tre |"), p.row("Chổi đót cán inox |"), p.row("Tổng số chổi"), p.row("Lao động |")
    rev, ra, rb = p.row("Doanh thu |"), p.row("Chổi cán tre (28.000"), p.row("Chổi cán inox (45.000")
    lines = [p.row(x) for x in ("Nguyên vật liệu", "Tiền công bó chổi", "Tem, dây buộc", "Vận chuyển, bán hàng",
                                 "Khấu hao |", "Lãi vay |", "Quản lý, chi khác")]
    cost, prof = p.row("Cộng chi phí"), p.row("Lợi nhuận |")
    capacity = 15 * 30 * 200
    for y in Y:
        p.check(n[y] == a[y] + b[y] and workers[y] == 15, f"count, workers {y}")
        p.check(close(ra[y], a[y] * 0.028) and close(rb[y], b[y] * 0.045) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], a[y] * 0.012 + b[y] * 0.022) and close(lines[1][y], n[y] * 0.005)
                and close(lines[2][y], n[y] * 0.001) and close(lines[3][y], rev[y] * 0.05), f"per-broom costs {y}")
        p.check(close(lines[5][y], [200, 100, 0][y] * 0.09) if y < 2 else lines[5][y] == 0, f"interest {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit follows the written total {y}")
        p.check(n[y] * 0.4 <= 65000, f"đót supply {y}")
    p.check(close(cost[0], lines_sum(lines, 0)) and close(cost[2], lines_sum(lines, 2)), "2027, 2029 totals right")
    p.check(close(lines_sum(lines, 1), 2825) and off(cost[1], lines_sum(lines, 1)), "PLANTED 2028 total 2.625 != 2.825")
    p.check(capacity == 90000 and n[0] <= capacity, "2027 within 90.000 brooms")
    p.check(off(n[1], capacity) and off(n[2], capacity), "PLANTED 2028-2029 output 120.000 / 135.000 > 90.000")
    p.check(rev[1] / rev[0] > 1.4, "revenue +44 % in 2028 (tolerated unrealistic-growth)")
    p.check(220 + 60 + 50 + 270 == 600 == 400 + 200 and close((220 + 60 + 50) / 11, 30, 0.01), "capital, depreciation")
    payback(p, 600, prof, 30, 0.5, "payback")
    p.has("30 chiếc chổi/ngày, làm khoảng 200 ngày/năm", "khoảng 90.000 chiếc/năm", "giữ ổn định 15 lao động",
          "28.000 đồng/chiếc", "45.000 đồng/chiếc", "khoảng 1.201,8 triệu đồng/năm")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|tổ hợp tác",
            "PLANTED no business registration anywhere")
    return p


def p10() -> Plan:
    p = Plan("p10_che_vang_ky_phong_cty")
    h, g, dry = p.row("Chè vằng túi lọc, hộp 25 túi"), p.row("Chè vằng khô, gói 500 g"), p.row("Chè khô cần dùng")
    rev, rh, rg = p.row("Doanh thu |"), p.row("- Chè túi lọc (45.000"), p.row("- Chè khô (90.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("- Nguyên liệu", "- Bao bì", "- Tiền lương", "- Điện", "- Khấu hao", "- Lãi vay",
                                 "- Bán hàng, quảng cáo", "- Quản lý")]
    pre, tax, post = p.srow("Lợi nhuận trước thuế"), p.srow("Thuế TNDN"), p.srow("Lợi nhuận sau thuế")
    workers = [6, 8, 10]
    for y in Y:
        p.check(close(dry[y], h[y] * 0.05 + g[y] * 0.5), f"dry tea {y}")
        p.check(close(rh[y], h[y] * 0.045) and close(rg[y], g[y] * 0.09) and close(rev[y], rh[y] + rg[y]), f"revenue {y}")
        p.check(close(lines[0][y], dry[y] * 0.06) and close(lines[1][y], h[y] * 0.008 + g[y] * 0.006)
                and close(lines[3][y], dry[y] * 0.01), f"per-unit costs {y}")
        p.check(close(lines[2][y], workers[y] * 6 * 12) and close(lines[5][y], [300, 200, 100][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.03), f"wages, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0 if pre[y] < 0 else (0.15 if rev[y] <= 3000 else 0.17)
        p.check(close(tax[y], max(pre[y], 0) * rate, 0.01) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(h[y] * 25 <= 40 * 480 * 250 and dry[y] * 4 <= 240000, f"bagging capacity, leaf supply {y}")
    g1, g2 = rev[1] / rev[0], rev[2] / rev[1]
    p.check(g1 > 2.5 and g2 > 2.5 and rev[0] / 380 > 1.9 and rev[2] / 380 > 15,
            "PLANTED revenue 380 → 756 → 2.160 → 5.850 triệu (×2,9, ×2,7)")
    p.check(pre[0] / rev[0] < 0 and pre[2] / rev[2] > 0.5, "margin −9 % to 51 %")
    p.check(150 + 250 + 100 + 50 + 150 == 700 == 400 + 300 and (150 + 250 + 100) / 10 == 50, "capital, depreciation")
    payback(p, 700, post, 50, 0.66, "payback")
    p.check(close(4200 * 0.09, 380, 0.01), "2025 revenue 4.200 packs")
    p.has("khoảng 8.000 hộp/năm", "3% doanh thu", "2 nhân viên bán hàng", "45.000 đồng/hộp", "90.000 đồng/gói",
          "700 : (1.012,2 + 50) ≈ 0,66 năm")
    p.has("Website: ……", "Mã số mã vạch: ……", "Rủi ro về [nêu cụ thể rủi ro khác]: ……")  # PLANTED boilerplate
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|QCVN|TCVN", "PLANTED no product standard or declaration anywhere")
    return p


def sketchy() -> list[Plan]:
    a = Plan("p11_cam_bu_son_hong_so_sai")
    a.check(close(30000 * 35000, 1e9, 0.05), "orange revenue sentence (≈ 1 tỷ within 5 %)")
    a.has("khoảng 30 tấn/năm", "35.000 đồng/kg", "khoảng 1 tỷ đồng/năm", "khoảng 2 ha")
    a.check(len(a.rows) == 0, "no table")
    b = Plan("p12_banh_gai_yen_lac_so_sai")
    b.check(500 * 300 * 5000 == 750e6, "cake revenue sentence")
    b.has("khoảng 500 chiếc bánh", "khoảng 300 ngày/năm", "5.000 đồng/chiếc", "khoảng 750 triệu đồng/năm",
          "khoảng 200 triệu đồng")
    b.check(len(b.rows) == 0, "no table")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (p01, p02, p03, p04, p05, p06, p07, p08, p09, p10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
