"""The second holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout2/arithmetic.py

For every plan with numbers: revenue = quantity x price, cost lines sum to the total, profit =
revenue - cost, tax, investment items = capital sources = total, payback, raw-material need vs
supply, output vs capacity, growth. Planted defects are asserted wrong by more than 5 % and
everything else right. Table figures are read from the plan's source; figures quoted from
running text are looked up verbatim, so the numbers cannot drift from the text.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent / "src"


def vn(s: str) -> float:
    """Vietnamese number: 1.234,5 -> 1234.5."""
    return float(s.replace(".", "").replace(",", "."))


def anglo(s: str) -> float:
    """Anglo number: 1,234.5 -> 1234.5."""
    return float(s.replace(",", ""))


def close(a: float, b: float, tol: float = 0.005) -> bool:
    return abs(a - b) <= tol * max(abs(a), abs(b), 1e-9)


def off(a: float, b: float, pct: float = 5.0) -> bool:
    return abs(a - b) / abs(b) * 100 > pct


_NUM = re.compile(r"^([\d.,]+)(?:\s*tr\.đ)?$")


class Plan:
    def __init__(self, stem: str):
        self.stem = stem
        self.text = (SRC / f"{stem}.md").read_text(encoding="utf-8")
        self.body = self.text.split("---", 2)[2]
        self.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                     for line in self.body.splitlines() if line.strip().startswith("|")]
        self.failures: list[str] = []

    def has(self, *snippets: str) -> None:
        for s in snippets:
            if s not in self.body:
                self.failures.append(f"text not found: {s!r}")

    def check(self, ok: bool, what: str) -> None:
        if not ok:
            self.failures.append(what)

    def row(self, label: str, n: int = 3, parse=vn) -> list[float]:
        """The last n numbers of the first table row whose first or second cell starts with
        `label` (a label ending in '|' must equal the whole cell)."""
        exact = label.endswith("|")
        lab = label.rstrip(" |")
        for r in self.rows:
            for c in r[:2]:
                if (c == lab) if exact else c.startswith(lab):
                    nums = [m.group(1) for x in r[1:] if (m := _NUM.match(x))]
                    if len(nums) >= n:
                        return [parse(x) for x in nums[-n:]]
        self.failures.append(f"row not found: {label}")
        return [0.0] * n


def k01() -> Plan:
    p = Plan("k01_banh_ram_ba_tu")
    hop, tui, tons = p.row("Hộp 10 chiếc (500 g)"), p.row("Túi 20 chiếc (1 kg)"), p.row("Tổng khối lượng")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Hộp 10 chiếc (45.000"), p.row("Túi 20 chiếc (85.000")
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    labels = ("Nguyên liệu (32.000", "Bao bì, nhãn", "Tiền công lao động", "Điện, nước, gas",
              "Khấu hao tài sản", "Vận chuyển, bán hàng", "Lãi vay", "Kiểm nghiệm, quản lý")
    lines = [p.row(x) for x in labels]
    workers, loan = [7, 8, 9], [300, 200, 100]
    for y in range(3):
        p.check(close(r1[y], hop[y] * 45000 / 1e6) and close(r2[y], tui[y] * 85000 / 1e6), f"revenue parts {y}")
        p.check(close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(tons[y], hop[y] * 0.5 / 1000 + tui[y] / 1000), f"tonnage {y}")
        p.check(close(cost[y], sum(x[y] for x in lines)), f"cost sum {y}")
        p.check(close(prof[y], rev[y] - cost[y]), f"profit {y}")
        p.check(close(lines[0][y], tons[y] * 32000 / 1000), f"material {y}")
        p.check(close(lines[1][y], (hop[y] * 3000 + tui[y] * 2000) / 1e6), f"packaging {y}")
        p.check(close(lines[2][y], workers[y] * 5 * 12), f"wages {y}")
        p.check(close(lines[6][y], loan[y] * 0.08), f"interest {y}")
        p.check(0.45 * tons[y] <= 30 * 0.65, f"rice supply {y}")
    p.check(200 + 250 + 150 + 40 + 30 + 130 == 800 == 500 + 300, "capital")
    avg = sum(prof) / 3
    p.check(close(avg, 492) and close(800 / avg, 1.6, 0.02) and close(800 / avg, 1 + 8 / 12, 0.05), "payback")
    p.check(150 * 250 / 1000 >= tons[2], "capacity")
    p.check(close(tons[0] / 14, 1.5) and all(tons[i + 1] / tons[i] - 1 <= 0.2 for i in range(2)), "growth")
    p.has("800 : 492 ≈ 1,6 năm", "khoảng 9,5 tấn gạo nếp", "khoảng 13,1 tấn gạo nếp", "trên 19 tấn gạo nếp")
    return p


def k02() -> Plan:
    p = Plan("k02_linh_chi_ngan_truoi_htx")
    bich, kg = p.row("Số bịch phôi (bịch, 2 vụ)"), p.row("Sản lượng linh chi khô (kg)")
    hop, tui, lab = p.row("Hộp thái lát 250 g (hộp)"), p.row("Túi nguyên tai 500 g (túi)"), p.row("Lao động thường xuyên")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Hộp thái lát 250 g (380.000"), p.row("Túi nguyên tai 500 g (680.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Giống, mùn cưa", "Điện, nhiên liệu", "Tiền lương", "Bao bì, nhãn (25.000",
                                 "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế |"), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    loan, cap = [1000, 800, 600], [36000, 48000, 48000]
    for y in range(3):
        p.check(close(kg[y], bich[y] * 40 / 1000) and close(kg[y], hop[y] * 0.25 + tui[y] * 0.5), f"yield {y}")
        p.check(close(r1[y], hop[y] * 0.38) and close(r2[y], tui[y] * 0.68) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(cost[y], sum(x[y] for x in lines)), f"cost sum {y}")
        p.check(close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"profit {y}")
        p.check(close(lines[0][y], bich[y] * 8000 / 1e6), f"substrate cost {y}")
        p.check(close(lines[2][y], lab[y] * 6 * 12), f"wages {y}")
        p.check(close(lines[3][y], (hop[y] * 25000 + tui[y] * 15000) / 1e6), f"packaging {y}")
        p.check(close(lines[5][y], loan[y] * 0.07), f"interest {y}")
        p.check(bich[y] / 2 <= cap[y], f"growing-house capacity {y}")
        p.check(bich[y] * 1.2 / 1000 <= 150, f"sawdust supply {y}")
    p.check(450 + 250 + 420 + 380 + 150 + 80 + 70 + 700 == 2500 == 1500 + 1000, "capital")
    avg_post, avg_dep = sum(post) / 3, sum(lines[4]) / 3
    p.check(close(avg_post, 1074.7, 0.001) and close(avg_dep, 246.7, 0.001), "averages")
    p.check(close(2500 / (avg_post + avg_dep), 1.9, 0.02), "payback")
    p.check(close(post[0] / rev[0], 0.20, 0.05) and close(post[2] / rev[2], 0.28, 0.05), "margins")
    p.check(close(kg[0] / 1980, 1.21, 0.01), "growth over 2025")
    p.has("2.500 : 1.321,3 ≈ 1,9 năm", "tổng khối lượng cam kết 150 tấn/năm")
    return p


def k03() -> Plan:
    p = Plan("k03_trung_vit_muoi_bau_sen")
    eggs, hop, hu = p.row("Trứng đưa vào chế biến"), p.row("Trứng muối hộp 10 quả"), p.row("Lòng đỏ trứng muối hũ")
    lines = [p.row(x) for x in ("Trứng vịt tươi", "Muối, tro", "Hộp, hũ, nhãn", "Tiền công lao động", "Điện, nước",
                                 "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Kiểm nghiệm, quản lý")]
    cost = p.row("Tổng chi phí")
    rev = [h * 0.065 + u * 0.09 for h, u in zip(hop, hu)]
    p.check(rev == [1830, 2180, 2530], "revenue")
    prof = [r - c for r, c in zip(rev, cost)]
    p.check(prof == [419, 550, 621], "profit")
    for y in range(3):
        p.check(close(eggs[y], hop[y] * 10 + hu[y] * 20), f"eggs {y}")
        p.check(close(cost[y], sum(x[y] for x in lines)), f"cost sum {y}")
        p.check(close(lines[0][y], eggs[y] * 2800 / 1e6) and close(lines[1][y], eggs[y] * 300 / 1e6), f"egg and salt {y}")
        p.check(close(lines[2][y], (hop[y] * 4000 + hu[y] * 5000) / 1e6), f"packaging {y}")
        p.check(close(lines[3][y], [4, 4, 5][y] * 5 * 12), f"wages {y}")
        p.check(eggs[y] * 1.03 <= 2400 * 220, f"egg supply {y}")
        p.check(eggs[y] <= 140 * 300 * 12, f"curing capacity {y}")
    p.check(close(lines[6][0], 200 * 0.065, 0.02), "interest")
    p.check(120 + 60 + 50 + 80 + 30 + 30 + 80 == 450 == 250 + 200, "capital")
    p.check(close(450 / (sum(prof) / 3) * 12, 10, 0.03), "payback ~10 months")
    p.has("1.830 - 1.411 = 419 triệu đồng", "năm 2027 là 550 triệu đồng", "năm 2028 là 621 triệu đồng",
          "450 : 530 = 0,85 năm", "khoảng 528.000 quả/năm", "khoảng 433.000 quả", "công suất đạt 504.000 quả/năm",
          "doanh thu 1.820 + 360 = 2.180 triệu đồng", "doanh thu 2.080 + 450 = 2.530 triệu đồng")
    return p


def k04() -> Plan:
    p = Plan("k04_trai_nghiem_thuy_huong")
    hs, le, tot = p.row("Học sinh (lượt)"), p.row("Khách lẻ, gia đình"), p.row("Tổng lượt khách")
    meals, farm = p.row("Suất ăn khách lẻ"), p.row("Nông sản bán tại quầy")
    rev = [a * 0.18 + b * 0.12 + c * 0.15 + d for a, b, c, d in zip(hs, le, meals, farm)]
    table = {y: p.row(f"{y} |", 5) for y in (2026, 2027, 2028)}
    costs = [[990, 180, 1404, 230, 120, 400, 120, 250, 100], [1138, 210, 1560, 265, 130, 400, 96, 280, 110],
             [1280, 240, 1716, 300, 140, 400, 72, 310, 120]]
    for i, y in enumerate((2026, 2027, 2028)):
        r, c, pre, tax, post = table[y]
        p.check(close(tot[i], hs[i] + le[i]), f"visitors {y}")
        p.check(close(r, rev[i]), f"revenue {y}")
        p.check(close(c, sum(costs[i])), f"cost {y}")
        p.check(close(pre, r - c) and close(tax, pre * 0.2) and close(post, pre - tax), f"profit {y}")
        p.check(close(costs[i][0], (hs[i] * 50000 + meals[i] * 60000) / 1e6), f"food {y}")
        p.check(close(costs[i][1], farm[i] * 0.6), f"farm produce {y}")
        p.check(close(costs[i][2], [18, 20, 22][i] * 6.5 * 12), f"wages {y}")
        p.check(close(costs[i][3], tot[i] * 10000 / 1e6), f"activity supplies {y}")
        p.check(close(costs[i][6], [1500, 1200, 900][i] * 0.08), f"interest {y}")
        p.check(tot[i] <= 400 * 260, f"capacity {y}")
    p.check(1200 + 900 + 600 + 250 + 350 + 100 + 100 + 500 == 4000 == 2500 + 1500, "capital")
    avg = sum(table[y][4] for y in table) / 3
    p.check(close(avg, 862.4, 0.001) and close(4000 / (avg + 400), 3.2, 0.02), "payback")
    p.check(all(0.63 <= hs[i] / tot[i] <= 0.655 for i in range(3)), "pupil share 63-65 %")
    p.has("15.000 lượt × 180.000 đồng = 2.700 triệu đồng", "3.060 + 1.140 + 720 + 350", "3.420 + 1.320 + 825 + 400",
          "lương 1.404 triệu đồng", "1.138 và 1.280; 210 và 240; 1.560 và 1.716; 265 và 300; 130 và 140; 400 và 400; "
          "96 và 72; 280 và 310; 110 và 120", "4.000 : (862,4 + 400) ≈ 3,2 năm")
    return p


def k07() -> Plan:
    p = Plan("k07_ho_tieu_phuc_dong_htx")
    hat, xay, tui, xa, tons = (p.row("Tiêu hạt hũ 100 g |"), p.row("Tiêu xay hũ 100 g |"), p.row("Tiêu hạt túi 500 g |"),
                               p.row("Tiêu hạt bán xá |"), p.row("Tổng tiêu khô sử dụng"))
    rev = p.row("Doanh thu")
    parts = [p.row("- Tiêu hạt hũ"), p.row("- Tiêu xay hũ"), p.row("- Tiêu hạt túi"), p.row("- Tiêu hạt bán xá")]
    cost, prof = p.row("Chi phí |"), p.row("Lợi nhuận |")
    lines = [p.row(f"- {x}") for x in ("Thu mua", "Bao bì", "Tiền công", "Sấy", "Khấu hao", "Lãi vay", "Bán hàng", "Quản lý")]
    for y in range(3):
        p.check(close(tons[y], (hat[y] + xay[y]) * 0.1 / 1000 + tui[y] * 0.5 / 1000 + xa[y]), f"tonnage {y}")
        p.check(close(parts[0][y], hat[y] * 0.045) and close(parts[1][y], xay[y] * 0.048)
                and close(parts[2][y], tui[y] * 0.18) and close(parts[3][y], xa[y] * 140), f"revenue parts {y}")
        p.check(close(rev[y], sum(x[y] for x in parts)), f"revenue {y}")
        p.check(close(cost[y], sum(x[y] for x in lines)) and close(prof[y], rev[y] - cost[y]), f"cost/profit {y}")
        p.check(close(lines[0][y], tons[y] * 125), f"purchase {y}")
        p.check(close(lines[1][y], ((hat[y] + xay[y]) * 6000 + tui[y] * 4000) / 1e6 + xa[y]), f"packaging {y}")
        p.check(close(lines[2][y], [8, 9, 10][y] * 5.5 * 12), f"wages {y}")
        p.check(close(lines[5][y], [600, 400, 200][y] * 0.075), f"interest {y}")
    supply = 9.5 * 1.6
    p.check(close(supply, 15.2) and tons[0] <= supply, "2026 within supply")
    p.check(off(tons[1], supply) and off(tons[2], supply), "PLANTED 2027-2028 need 17 / 20 t > 15,2 t")
    p.check("[tên sản phẩm]" in p.body, "PLANTED placeholder left in")
    p.check(350 + 300 + 150 + 50 + 60 + 40 + 450 == 1400 == 800 + 600, "capital")
    p.check(close(sum(prof) / 3, 832.3, 0.001) and close(1400 / (sum(prof) / 3), 1.7, 0.02), "payback")
    p.check(0.5 * 200 >= tons[2], "sorting capacity")
    p.has("9,5 ha tiêu đang cho thu hoạch, năng suất bình quân 1,6 tấn tiêu khô/ha/năm", "khoảng 15,2 tấn",
          "không thu mua tiêu ngoài vùng", "1.400 : 832,3 ≈ 1,7 năm")
    return p


def k08() -> Plan:
    p = Plan("k08_tranh_go_thai_yen_cty")
    small, big, statue, total = (p.row("Tranh cỡ nhỏ", parse=anglo), p.row("Tranh cỡ lớn", parse=anglo),
                                 p.row("Tượng để bàn", parse=anglo), p.row("Cộng |", parse=anglo))
    rev, cost, prof = p.row("Doanh thu", parse=anglo), p.row("Chi phí |", parse=anglo), p.row("Lợi nhuận", parse=anglo)
    lines = [p.row(f"2.{i} |", parse=anglo) for i in range(1, 9)]
    for y in range(3):
        p.check(close(total[y], small[y] + big[y] + statue[y]), f"pieces {y}")
        p.check(close(rev[y], small[y] * 1.2 + big[y] * 2.5 + statue[y] * 0.85), f"revenue {y}")
        p.check(close(cost[y], sum(x[y] for x in lines)) and close(prof[y], rev[y] - cost[y]), f"cost/profit {y}")
        p.check(close(lines[2][y], [12, 13, 14][y] * 6.5 * 12), f"wages {y}")
        p.check(close(lines[5][y], [800, 600, 400][y] * 0.08), f"interest {y}")
    items = [p.row(f"{i} |", 1, parse=anglo)[0] for i in range(1, 7)]
    stated_total = p.row("Tổng cộng", 1, parse=anglo)[0]
    p.check(sum(items) == stated_total == 2100, "items = stated total 2,100")
    p.check(off(1200 + 800 + 300, stated_total), "PLANTED sources 2,300 != 2,100")
    p.check(close(stated_total / (sum(prof) / 3), 3.7, 0.02), "payback")
    p.check(47 <= 60 and 12 * 280 >= total[2], "wood supply and CNC capacity")
    p.check(not re.search(r"(?i)môi trường|bụi|nước thải|chất thải|rác|dung môi", p.body),
            "PLANTED no environmental measure anywhere")
    p.has("SP tượng gỗ Trường Sơn", "Cty TNHH Mỹ nghệ Trường Sơn", "1,200,000đ/bức", "2,100 : 573 = 3.7 năm",
          "vốn tự có của Cty 1,200 tr.đ", "800 tr.đ (thời hạn", "vốn hỗ trợ từ chương trình khuyến công của tỉnh 300 tr.đ")
    return p


def k09() -> Plan:
    p = Plan("k09_tinh_bot_nghe_son_tay")
    hu, kg = [9000, 12000, 15000], [1800, 2400, 3000]
    true_rev = [h * 0.13 for h in hu]
    stated = [1170, 1560, 2250]
    p.has("9.000 hũ × 130.000 đồng/hũ = 1,17 tỷ đồng", "12.000 hũ × 130.000 đồng/hũ = 1,56 tỷ đồng",
          "15.000 hũ × 130.000 đồng/hũ, doanh thu khoảng 2,25 tỷ đồng", "1.800 kg tinh bột nghệ (9.000 hũ)",
          "2.400 kg (12.000 hũ)", "3.000 kg (15.000 hũ)", "khoảng 273 triệu đồng", "khoảng 436 triệu đồng",
          "khoảng 959 triệu đồng", "khoảng 3 năm", "Quyết định số 1048/QĐ-TTg")
    p.check(all(close(k, h * 0.2) for k, h in zip(kg, hu)), "kg = 200 g jars")
    p.check(close(stated[0], true_rev[0]) and close(stated[1], true_rev[1]), "2026-2027 revenue right")
    p.check(off(stated[2], true_rev[2]), "PLANTED 2028 revenue 2,25 tỷ != 1,95 tỷ")
    lines = [p.row(x) for x in ("Nghệ tươi", "Hũ, nắp", "Tiền công", "Điện, nước", "Khấu hao", "Lãi vay",
                                 "Bán hàng", "Kiểm nghiệm")]
    cost = p.row("Tổng chi phí")
    for y in range(3):
        p.check(close(cost[y], sum(x[y] for x in lines)), f"cost sum {y}")
        p.check(close(lines[0][y], kg[y] * 30 * 6000 / 1e6) and close(lines[1][y], hu[y] * 8000 / 1e6), f"material {y}")
        p.check(close(lines[2][y], [5, 6, 6][y] * 5 * 12), f"wages {y}")
        p.check(kg[y] * 30 / 1000 <= 1.5 * 25 + 100, f"turmeric supply {y}")
    profit = [s - c for s, c in zip(stated, cost)]
    p.check(profit == [273, 436, 959], "stated profits follow stated revenue")
    p.check(off(profit[2], true_rev[2] - cost[2]), "2028 profit wrong against the true revenue (knock-on)")
    p.check(180 + 100 + 150 + 70 + 40 + 60 == 600 == 300 + 300, "capital")
    pb_stated, pb_true = 600 / (sum(profit) / 3), 600 / ((true_rev[0] + true_rev[1] + true_rev[2] - sum(cost)) / 3)
    p.check(off(3, pb_stated, 50) and off(3, pb_true, 50), "PLANTED payback 3 năm vs 1,1-1,3")
    p.check("148/QĐ-TTg" not in p.body, "PLANTED only the replaced criteria decision is cited")
    return p


def k10() -> Plan:
    p = Plan("k10_nuoc_mam_nhi_hai_phong")
    fish, litres, chai, can = p.row("Cá cơm đưa vào ủ"), p.row("Nước mắm nhĩ thành phẩm"), p.row("Chai 500 ml |"), p.row("Can 2 lít |")
    rev, r1, r2 = p.row("Doanh thu"), p.row("Chai 500 ml (120.000"), p.row("Can 2 lít (380.000")
    cost, pre = p.row("Chi phí |"), p.row("Lợi nhuận trước thuế")
    tax, post = p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    lines = [p.row(f"2.{i} |") for i in range(1, 10)]
    for y in range(3):
        p.check(close(litres[y], chai[y] * 0.5 + can[y] * 2) and close(litres[y], fish[y] * 300), f"volumes {y}")
        p.check(close(r1[y], chai[y] * 120) and close(r2[y], can[y] * 380) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(cost[y], sum(x[y] for x in lines)), f"cost sum {y}")
        p.check(close(lines[0][y], fish[y] * 22000) and close(lines[1][y], fish[y] * 0.3 * 3000), f"fish and salt {y}")
        p.check(close(lines[2][y], chai[y] * 12 + can[y] * 15), f"bottles {y}")
        p.check(close(lines[3][y], [10, 11, 12][y] * 6000 * 12), f"wages {y}")
        p.check(close(lines[6][y], [1500, 1200, 900][y] * 80), f"interest {y}")
        p.check(close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"tax follows stated profit {y}")
        p.check(fish[y] <= 150, f"fish supply {y}")
        if y != 1:
            p.check(close(pre[y], rev[y] - cost[y]), f"profit {y}")
    p.check(off(pre[1], rev[1] - cost[1]), "PLANTED 2027 profit 1.953.000 != 1.653.000")
    capacity = 40 * 2.5 * 300
    p.check(capacity == 30000 and litres[1] <= capacity and off(litres[2], capacity), "PLANTED 2028 beyond 30.000 lít")
    p.check(900 + 800 + 500 + 300 + 150 + 350 == 3000 == 1500 + 1500, "capital")
    avg = sum(post) / 3 / 1000
    p.check(close(avg, 1592) and close(3000 / avg, 1.9, 0.02), "payback from the stated table")
    true_avg = (sum(post) - (pre[1] - (rev[1] - cost[1])) * 0.8) / 3 / 1000
    p.check(close(3000 / true_avg, 1.9, 0.06), "payback with the corrected profit still about 2 years")
    p.check(not re.search(r"(?i)nhãn(?! hiệu)|\btem\b", p.body), "PLANTED no label anywhere")
    p.has("40 thùng gỗ ủ chượp, mỗi thùng ủ được 2,5 tấn cá", "300 lít nước mắm nhĩ, như vậy năng lực",
          "3.000 : 1.592 ≈ 1,9 năm")
    return p


def main() -> int:
    bad = 0
    for fn in (k01, k02, k03, k04, k07, k08, k09, k10):
        p = fn()
        print(f"{'ok' if not p.failures else 'FAIL':<5}{p.stem}")
        for f in p.failures:
            print(f"      {f}")
        bad += bool(p.failures)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
