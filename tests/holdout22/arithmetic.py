"""The twenty-second holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout22/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no environmental measure, no trademark, a replaced instrument,
no product standard, a second producer name, no food safety, two head counts, no registration, no
label, no sales channel) are asserted too, as is the absence of template placeholders and of
replaced instruments in every plan that does not plant one.
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


class Plan(plancheck.Plan):
    src = HERE / "src"


Y4 = range(4)
REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|23/2012/QH13|01/2021/NĐ-CP|UBND huyện|cấp huyện|Phòng [^.]{0,40} huyện"


def clean(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(REPLACED, "cites a replaced instrument or a district body")


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


# --------------------------------------------------------------------------- ready plans

def l01() -> Plan:
    p = Plan("l01_dau_dua_ep_lanh_ky_khang_htx")
    a, b, lit, coco = (p.row("Dầu dừa chai 250 ml"), p.row("Dầu dừa chai 500 ml"), p.row("Tổng sản lượng dầu"),
                       p.row("Dừa quả nguyên liệu"))
    ra, rb, rev = p.row("Doanh thu chai 250 ml"), p.row("Doanh thu chai 500 ml"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Dừa quả (8.000", "Chai, nắp, hộp, nhãn", "Tiền lương", "Điện, nước (10.000",
                                 "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"),
                            p.row("Lợi nhuận sau thuế"))
    staff, wage = [6, 7, 8], [6, 6.5, 6.5]
    for y in Y:  # triệu đồng
        p.check(lit[y] == a[y] * 0.25 + b[y] * 0.5 and coco[y] == lit[y] * 11, f"litres, 11 coconuts/l {y}")
        p.check(close(ra[y], a[y] * 0.095) and close(rb[y], b[y] * 0.175) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], coco[y] * 0.008) and close(lines[1][y], a[y] * 0.009 + b[y] * 0.013)
                and close(lines[2][y], staff[y] * wage[y] * 12) and close(lines[3][y], lit[y] * 0.01)
                and lines[4][y] == 120 and close(lines[5][y], [600, 400, 200][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(lit[y] <= 45 * 260 and coco[y] <= 110000 <= 3400 * 45, f"capacity 11.700 l, contract 110.000 {y}")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng 150", "Máy nạo, máy sấy lạnh", "Bồn lắng, hệ thống lọc",
                                "Thiết bị đo độ ẩm", "Thiết kế bao bì, nhãn", "Vốn lưu động mua dừa")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 700 + 600 + 200 and sum(items[:4]) == 1200, "capital 1.500")
    avg = sum(post) / 3
    p.check(close(avg, 643.2, 0.001) and close(1500 / (avg + 120), 2.0, 0.02), "payback ≈ 2 năm")
    p.check(lit[0] / 4800 == 1.25 and lit[1] / lit[0] == 1.25 and lit[2] / lit[1] == 1.2, "growth 25 %, 25 %, 20 %")
    p.check(close(pre[0] / rev[0], 0.268, 0.005) and close(pre[2] / rev[2], 0.315, 0.005), "margins 26,8 % – 31,5 %")
    p.has("95.000 đồng/chai", "175.000 đồng/chai", "Tổng vốn đầu tư là 1.500 triệu đồng", "1.500 : (643,2 + 120) ≈ 2 năm",
          "(469,4 + 633,6 + 826,6) : 3 ≈ 643,2", "tối thiểu 110.000 quả/năm", "11.700 lít/năm", "mã số 3002361859",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/DBKK", "Nghị định 111/2021/NĐ-CP",
          "Đơn đăng ký nhãn hiệu", "đăng ký môi trường", "Quyết định số 148/QĐ-TTg")
    clean(p)
    return p


def l02() -> Plan:
    p = Plan("l02_tra_hoa_hoe_duc_minh_cty")
    prod = [p.row(str(2026 + y), 4) for y in Y4]  # hộp, túi, kg, kg nụ
    rev, ra, rb = p.row("Doanh thu|", 4), p.row("Trà túi lọc (65.000", 4), p.row("Nụ hòe sao (90.000", 4)
    cost = p.row("Chi phí|", 4)
    lines = [p.row(x, 4) for x in ("Nụ hòe khô (110.000", "Bao bì (8.000", "Tiền lương", "Điện, nhiên liệu", "Khấu hao",
                                    "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế", 4), p.row("Thuế TNDN", 4), p.row("Lợi nhuận sau thuế", 4)
    staff, wage = [8, 9, 10, 10], [6.5, 6.5, 7, 7.5]
    for y in Y4:  # nghìn đồng
        h, t, kg, nu = prod[y]
        p.check(kg == h * 0.05 + t * 0.2 and close(nu, kg * 1.1), f"kg, 1,1 kg buds/kg {y}")
        p.check(close(ra[y], h * 65) and close(rb[y], t * 90) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], nu * 110) and close(lines[1][y], h * 8 + t * 6)
                and close(lines[2][y], staff[y] * wage[y] * 12 * 1000) and lines[4][y] == 120000
                and close(lines[5][y], [500000, 375000, 250000, 125000][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y])
                and close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(nu <= 5000 <= 12 * 500 and nu <= 40 * 2 * 220 and h * 25 <= 10000 * 250, f"buds, roaster, bagger {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(rev[1] / rev[0], 1.224, 0.002) and close(rev[3] / rev[2], 1.112, 0.002), "22 %, 18 %, 11 %")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng 120", "Máy sao, máy sấy", "Kho, kệ, máy hút ẩm",
                                "Bao bì, nhãn, mã vạch", "Vốn lưu động thu mua")]
    p.check(sum(items) == p.one("Cộng") == 1300 == 800 + 500 and sum(items[:3]) == 960 and 960 / 8 == 120,
            "capital 1.300, fixed 960 over 8 years")
    avg = sum(post) / 4 / 1000
    p.check(close(avg, 344.5, 0.001) and close(1300 / (avg + 120), 2.8, 0.01), "payback ≈ 2,8 năm")
    p.has("65.000 đồng/hộp", "90.000 đồng/túi", "Tổng vốn đầu tư của phương án là 1.300 triệu đồng",
          "1.300 : (344,5 + 120) ≈ 2,8 năm", "bao tiêu tối thiểu 5.000 kg nụ khô/năm", "17.600 kg nụ/năm",
          "Công ty hiện có 8 lao động thường xuyên", "mã số 3001985472", "TCCS 01:2026/HV", "tự công bố sản phẩm",
          "Văn bằng bảo hộ nhãn hiệu", "57/2023/ATTP-CNĐK", "111/2021/NĐ-CP", "hố lắng", "Quyết định 148/QĐ-TTg")
    clean(p)
    return p


def l03() -> Plan:
    p = Plan("l03_tranh_gao_hong_phuc_ho")
    s, m, l, n = (p.row("Khổ nhỏ 20 × 30 cm (bức)"), p.row("Khổ vừa 40 × 60 cm (bức)"), p.row("Khổ lớn 60 × 90 cm (bức)"),
                  p.row("Cộng (bức)"))
    rev = [s[y] * 0.28 + m[y] * 0.75 + l[y] * 1.8 for y in Y]  # triệu đồng
    mat = [s[y] * 0.06 + m[y] * 0.16 + l[y] * 0.38 for y in Y]
    lab = [s[y] * 0.08 + m[y] * 0.2 + l[y] * 0.5 for y in Y]
    box = [s[y] * 0.02 + m[y] * 0.035 + l[y] * 0.06 for y in Y]
    sell = [40, 45, 50]
    tax = [round(rev[y] * 0.015, 1) for y in Y]
    cost = [mat[y] + lab[y] + box[y] + 18 + 30 + sell[y] + tax[y] for y in Y]
    prof = [rev[y] - cost[y] for y in Y]
    for y in Y:
        p.check(n[y] == s[y] + m[y] + l[y], f"count {y}")
    p.check([round(x, 1) for x in rev] == [585, 682.5, 780], "revenue 585 / 682,5 / 780")
    p.check([round(x, 2) for x in mat] == [124.8, 145.6, 166.4] and [round(x) for x in lab] == [162, 189, 216]
            and [round(x, 2) for x in box] == [32.1, 37.45, 42.8] and tax == [8.8, 10.2, 11.7], "cost lines")
    p.check(all(close(cost[y], [415.7, 475.3, 534.9][y], 0.001) for y in Y), "cost 415,7 / 475,3 / 534,9")
    p.check([round(x, 1) for x in prof] == [169.3, 207.2, 245.1] and close(sum(prof) / 3, 207.2, 0.001), "profit")
    p.check(80 + 70 + 30 + 40 == 220 == 160 + 60 and 80 + 70 == 150 and 150 / 5 == 30, "capital 220, fixed 150/5")
    p.check(close(220 / (207.2 + 30), 0.93, 0.01) and close(220 / 207.2, 1.06, 0.01), "payback ≈ 1 năm either way")
    days = [s[y] * 0.5 + m[y] * 1.5 + l[y] * 4 for y in Y]
    p.check(days[2] == 1520 and days[2] <= 7 * 260 == 1820, "1.520 of 1.820 workdays")
    p.check(s[2] * 0.3 + m[2] * 1 + l[2] * 2.5 == 960, "under 1 tonne of rice in 2028")
    p.check(780 + 250 + 45 == 1075 and close(n[0] / 1075, 1.172, 0.002) and n[1] / n[0] < 1.17 and n[2] / n[1] < 1.15,
            "growth 14–17 %")
    p.check(close(0.78 * 280 + 0.25 * 750 + 0.045 * 1800, 486.9), "2025 revenue ≈ 487 triệu")
    p.check(close(lab[0] / 6 / 12, 2.25, 0.01) and close(lab[2] / 6 / 12, 3.0, 0.01), "2,2–3 triệu a month")
    p.has("280.000 đồng/bức", "750.000 đồng/bức", "1.800.000 đồng/bức",
          "900 bức nhỏ × 280.000 đồng = 252 triệu đồng", "300 bức vừa × 750.000 đồng = 225 triệu đồng",
          "60 bức lớn × 1.800.000 đồng = 108 triệu đồng; cộng 585 triệu đồng",
          "294 triệu đồng + 262,5 triệu đồng + 126 triệu đồng = 682,5 triệu đồng",
          "336 triệu đồng + 300 triệu đồng + 144 triệu đồng = 780 triệu đồng",
          "124,8 triệu đồng năm 2026, 145,6 triệu đồng năm 2027 và 166,4 triệu đồng năm 2028",
          "162 triệu đồng, 189 triệu đồng và 216 triệu đồng", "32,1 triệu đồng, 37,45 triệu đồng và 42,8 triệu đồng",
          "8,8 triệu đồng, 10,2 triệu đồng và 11,7 triệu đồng", "Tổng chi phí năm 2026 là 415,7 triệu đồng",
          "năm 2027 là 475,3 triệu đồng, năm 2028 là 534,9 triệu đồng",
          "169,3 triệu đồng, 207,2 triệu đồng và 245,1 triệu đồng", "220 : (207,2 + 30) ≈ 0,93 năm",
          "Tổng vốn cần cho phương án là 220 triệu đồng", "7 người × 260 ngày = 1.820 ngày công/năm",
          "28E8003417", "TCCS 01:2026/HP", "Nghị định 43/2017/NĐ-CP", "nộp đơn đăng ký nhãn hiệu",
          "buồng phun kín có quạt hút")
    p.check(len(p.rows) == 6 and sum(1 for r in p.rows if set("".join(r)) <= set("-")) == 1, "one quantity table only")
    p.lacks(r"an toàn thực phẩm|ATTP", "no food-safety item expected for a handicraft")
    clean(p)
    return p


def l04() -> Plan:
    p = Plan("l04_trai_nghiem_hai_che_son_tay_htx")
    half, full, pupil, tot = (p.row("Khách gói nửa ngày (lượt)"), p.row("Khách gói trọn ngày (lượt)"),
                              p.row("Học sinh (lượt)"), p.row("Tổng lượt khách"))
    rh, rf, rp, rev = (p.row("Gói nửa ngày (150.000"), p.row("Gói trọn ngày (350.000"), p.row("Gói học sinh (120.000"),
                       p.row("Tổng doanh thu"))
    lines = [p.row(x) for x in ("Bữa trưa (100.000", "Chè búp, trà, quà tặng", "Tiền lương", "Điện, nước, vệ sinh",
                                 "Khấu hao", "Hoa hồng, quảng bá", "Quản lý, chi khác", "Lãi vay")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    for y in Y:  # triệu đồng
        p.check(tot[y] == half[y] + full[y] + pupil[y], f"guests {y}")
        p.check(close(rh[y], half[y] * 0.15) and close(rf[y], full[y] * 0.35) and close(rp[y], pupil[y] * 0.12)
                and close(rev[y], rh[y] + rf[y] + rp[y]), f"revenue {y}")
        p.check(close(lines[0][y], full[y] * 0.1) and close(lines[1][y], tot[y] * 0.015)
                and close(lines[2][y], [6, 7, 8][y] * 6 * 12) and lines[4][y] == 90
                and close(lines[5][y], rev[y] * 0.1) and close(lines[7][y], [400, 300, 200][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(tot[y] <= 80 * 250 and tot[y] * 0.5 <= 25 * 8000, f"guest capacity, tea {y}")
    p.check(close(tot[2] / 20000, 0.44) and close(tot[0] / 1500, 4.13, 0.01), "44 % of capacity; ×4 on the 2025 trial")
    p.check(close(tot[1] / tot[0], 1.21, 0.01) and close(tot[2] / tot[1], 1.17, 0.01), "≈ 20 %/năm")
    p.check(close((half[0] + full[0]) / tot[0], 0.68, 0.01) and close(pupil[0] / tot[0], 0.32, 0.01), "mix 50+18 / 32 %")
    items = [p.one(x) for x in ("Nhà đón khách, khu sao chè", "Đường dạo, chòi nghỉ", "Bếp, chảo gang",
                                "Quảng bá, website", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 1200 == 500 + 400 + 300 and sum(items[:3]) == 900,
            "capital 1.200, fixed 900")
    avg = sum(prof) / 3
    p.check(close(avg, 248.2, 0.001) and close(1200 / (avg + 90), 3.5, 0.02), "payback ≈ 3,5 năm")
    p.has("150.000 đồng/khách", "350.000 đồng/khách", "120.000 đồng/học sinh", "Tổng vốn 1.200 triệu đồng",
          "1.200 : (248,2 + 90) ≈ 3,5 năm", "tối đa 20.000 lượt khách/năm", "mã số hợp tác xã 3001647210",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "bộ tiêu chuẩn cơ sở về chất lượng dịch vụ",
          "nhãn hiệu \"Đồi Thông\"", "bể tự hoại", "bảo hiểm du lịch", "Luật Du lịch năm 2017")
    clean(p)
    return p


# --------------------------------------------------------------------------- revise plans

def l05() -> Plan:
    p = Plan("l05_cha_lua_viet_xuyen_ho")
    a, b, kg, meat = p.row("Chả cây 500 g"), p.row("Chả cây 1 kg"), p.row("Tổng sản lượng chả"), p.row("Thịt nạc nguyên liệu")
    ra, rb, rev = p.row("Doanh thu chả cây 500 g"), p.row("Doanh thu chả cây 1 kg"), p.row("Cộng doanh thu")
    lines = [p.row(x) for x in ("Thịt nạc (120.000", "Nước mắm, gia vị", "Túi hút chân không, nhãn", "Tiền lương lao động thuê",
                                 "Điện, gas", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển lạnh", "Thuế khoán, quản lý")]
    cost, prof = p.row("Cộng chi phí"), p.row("Lợi nhuận|")
    for y in Y:  # triệu đồng
        p.check(kg[y] == a[y] * 0.5 + b[y] and close(meat[y], kg[y] * 0.95), f"kg, 0,95 kg meat/kg {y}")
        p.check(close(rb[y], b[y] * 0.225) and close(rev[y], ra[y] + rb[y]), f"1 kg rolls, revenue sum {y}")
        p.check(close(lines[0][y], meat[y] * 0.12) and close(lines[1][y], kg[y] * 0.008)
                and close(lines[2][y], a[y] * 0.003 + b[y] * 0.004) and close(lines[3][y], [6, 7, 8][y] * 6 * 12)
                and lines[5][y] == 50 and close(lines[6][y], [300, 200, 100][y] * 0.075), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit as stated {y}")
        p.check(kg[y] <= 80 * 300 and meat[y] <= 20000, f"capacity 24.000 kg, meat contract 20 t {y}")
    p.check(close(ra[0], a[0] * 0.115) and close(ra[2], a[2] * 0.115), "2026 and 2028 500 g revenue right")
    p.check(ra[1] == 2140 and a[1] * 0.115 == 1840 and off(ra[1], a[1] * 0.115), "PLANTED 2.140 != 16.000 × 115.000 = 1.840")
    p.check(rev[1] == 3715 and off(rev[1], 1840 + 1575), "PLANTED 2027 total 3.715 != 3.415 (+8,8 %)")
    p.has("16.000 cây 500 g × 115.000 đồng = 2.140 triệu đồng", "tổng 3.715 triệu đồng",
          "14.000 cây 500 g × 115.000 đồng = 1.610 triệu đồng", "18.000 cây 500 g × 115.000 đồng = 2.070 triệu đồng")
    p.check(150 + 120 + 80 + 30 + 20 + 100 == 500 == 200 + 300 and (500 - 100) / 8 == 50, "capital 500, depreciation 50")
    p.check(close(500 / (prof[0] + 50), 0.83, 0.01), "stated payback on the true 2026 profit: 0,8 năm")
    true_avg = (prof[0] + (3415 - cost[1]) + prof[2]) / 3
    p.check(close(true_avg, 655) and close(500 / (sum(prof) / 3), 0.66, 0.01),
            "tolerated knock-on: averaging the inflated profit gives 0,62–0,66 năm, the true one 0,71")
    p.check(close(kg[0] / 11000, 1.18, 0.01) and kg[1] / kg[0] < 1.16 and kg[2] / kg[1] < 1.14, "growth 18 %, 15 %, 13 %")
    p.has("115.000 đồng/cây", "225.000 đồng/cây", "Tổng vốn đầu tư là 500 triệu đồng", "(500 : 605,5)",
          "28C8001962", "24/2024/ATTP-CNĐK", "TCCS 01:2026/LH", "Nghị định 43/2017/NĐ-CP", "Hộ hiện sử dụng 6 lao động thuê")
    p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|\bbể\b|biogas|thoát nước|hầm|ô nhiễm|mùi hôi|thu gom",
            "PLANTED no environmental measure anywhere")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|chỉ dẫn địa lý|văn bằng|logo", "PLANTED no trademark anywhere")
    clean(p)
    return p


def l06() -> Plan:
    p = Plan("l06_ruou_dinh_lang_ha_linh_htx")
    ch, bi, lit, rice, root = (p.row("Chai 500 ml"), p.row("Bình sứ 1,5 lít"), p.row("Tổng sản lượng rượu"),
                               p.row("Gạo nếp cần dùng"), p.row("Rễ đinh lăng cần dùng"))
    lines = [p.row(x) for x in ("Gạo nếp (22.000", "Rễ đinh lăng (240.000", "Men, củi, điện", "Chai, bình, hộp",
                                 "Tiền lương", "Khấu hao", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, chi khác")]
    cost = p.row("Cộng|")
    res = [[plancheck.vn(c) for c in r[1:]] for r in p.rows if r[0] in ("2026", "2027", "2028")]  # thu, chi, lãi
    p.check(len(res) == 3 and all(len(r) == 3 for r in res), "results table with the years as rows")
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + bi[y] * 1.5 and close(rice[y], lit[y] / 0.8) and close(root[y], lit[y] / 8),
                f"litres, rice 0,8 l/kg, root 8 l/kg {y}")
        rev = ch[y] * 0.13 + bi[y] * 0.42
        p.check(close(res[y][0], rev) and close(res[y][1], cost[y]) and close(res[y][2], rev - cost[y]), f"results {y}")
        p.check(close(lines[0][y], rice[y] * 0.022) and close(lines[1][y], root[y] * 0.24) and close(lines[2][y], lit[y] * 0.005)
                and close(lines[3][y], ch[y] * 0.015 + bi[y] * 0.08) and close(lines[4][y], [7, 8, 9][y] * 6 * 12)
                and lines[5][y] == 105 and close(lines[6][y], [500, 400, 300][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(rice[y] <= 15000 and lit[y] <= 28000 * 0.8, f"rice 15 t, stills 22.400 l {y}")
        p.check(off(root[y], 600) and root[y] > 600, f"PLANTED root need {root[y]} kg > 600 kg supply {y}")
    p.check(1500 * 0.4 == 600 and close(root[0] / 600, 1.354, 0.001) and close(root[2] / 600, 1.896, 0.001),
            "PLANTED 600 kg a year supplies 74 % to 53 % of the need")
    p.has("khoảng 600 kg rễ/năm", "lượng rễ này đáp ứng đủ nhu cầu sản xuất", "1 kg rễ đinh lăng tươi ngâm cho 8 lít")
    p.has("10.000 chai × 130.000 đồng = 1.300 triệu đồng", "1.000 bình × 420.000 đồng = 420 triệu đồng",
          "Năm 2027: 1.560 triệu đồng và 504 triệu đồng", "Năm 2028: 1.820 triệu đồng và 588 triệu đồng")
    items = [p.one(x) for x in ("Cải tạo nhà nấu", "Hai nồi chưng cất", "Thùng inox ngâm ủ", "Máy lọc, chiết rót",
                                "Hầm biogas", "Thiết kế bao bì", "Vốn lưu động (gạo")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 700 + 500 + 300 and sum(items[:5]) == 1050, "capital 1.500, fixed 1.050")
    avg = sum(r[2] for r in res) / 3
    true = 1500 / (avg + 105)
    p.check(close(avg, 421.5, 0.001) and close(true, 2.85, 0.01), "true payback 2,85 năm")
    p.check(off(1.5, true) and off(1.5, 1500 / avg) and off(1.5, 1500 / (res[2][2] + 105)),
            "PLANTED payback 1,5 != 2,85 (3,56 without depreciation; 2,28 even on 2028)")
    p.has("thu hồi đủ vốn đầu tư sau khoảng 1,5 năm", "Lợi nhuận bình quân 421,5 triệu đồng/năm")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Bộ tiêu chí ban hành kèm Quyết định 1048/QĐ-TTg")
    p.lacks(r"(?<!\d)148/QĐ|1489", "PLANTED the current criteria (148, 1489) are not cited")
    p.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "QCVN 6-3:2010/BYT", "35% vol",
          "Không dành cho người dưới 18 tuổi", "Nhãn hiệu \"Đinh Lăng Hà Linh\"", "hầm biogas", "mã số 3002118436")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def l07() -> Plan:
    p = Plan("l07_vien_hoan_xa_den_thuong_duc_cty")
    jar, bag, kg, herb = (p.row("Viên hoàn lọ 150 g"), p.row("Viên hoàn túi 500 g"), p.row("Tổng sản lượng viên hoàn"),
                          p.row("Dược liệu khô sử dụng"))
    rj, rb, rev = p.row("Doanh thu lọ 150 g"), p.row("Doanh thu túi 500 g"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Dược liệu khô (150.000", "Lọ, túi, hộp, nhãn", "Tiền lương", "Điện|", "Khấu hao",
                                 "Lãi vay", "Chi phí bán hàng", "Chi phí quản lý")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế"))
    capacity = 15 * 1 * 250
    for y in Y:  # đồng
        p.check(kg[y] == jar[y] * 0.15 + bag[y] * 0.5 and close(herb[y], kg[y] * 1.15), f"kg, 1,15 kg herbs/kg {y}")
        p.check(close(rj[y], jar[y] * 160000) and close(rb[y], bag[y] * 420000) and close(rev[y], rj[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], herb[y] * 150000) and close(lines[1][y], jar[y] * 12000 + bag[y] * 15000)
                and close(lines[2][y], [10, 11, 12][y] * [7, 7, 7.5][y] * 12e6) and lines[4][y] == 120e6
                and close(lines[5][y], [800, 600, 400][y] * 0.08 * 1e6) and close(lines[6][y], rev[y] * 0.12), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.2)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(herb[y] * 0.8 <= 22500, f"xạ đen within 22,5 t {y}")
    p.check(kg[0] <= capacity and kg[1] <= capacity, "2026, 2027 within the 3.750 kg dryer")
    p.check(capacity == 3750 and kg[2] == 4600 and off(kg[2], capacity), "PLANTED 2028 4.600 kg > 3.750 kg (+22,7 %)")
    p.has("15 kg viên/mẻ, mỗi ngày 1 mẻ", "250 ngày/năm nên công suất tối đa là 3.750 kg viên/năm",
          "công ty sẽ thanh lý khi có tủ sấy mới")
    p.check(close(kg[0] / 2200, 1.27, 0.01) and close(kg[1] / kg[0], 1.27, 0.01) and close(kg[2] / kg[1], 1.30, 0.01),
            "growth 27 %, 27 %, 30 % (not a growth defect)")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Máy nghiền, máy trộn", "Kho dược liệu, kệ",
                                "Thiết kế bao bì, nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng") == 1800 == 1000 + 800 and sum(items[:3]) == 1200, "capital 1.800, fixed 1.200")
    avg = sum(post) / 3 / 1e6
    p.check(close(avg, 784, 0.001) and close(1800 / (avg + 120), 2.0, 0.01), "payback ≈ 2 năm")
    p.has("160.000 đồng/lọ", "420.000 đồng/túi", "Tổng vốn đầu tư là 1.800 triệu đồng", "1.800 : (784 + 120) ≈ 2 năm")
    p.check(p.count("Công ty TNHH Thảo mộc Sơn Kim") == 2 and p.count("Công ty TNHH Thảo dược Ngàn Trươi") == 2
            and p.count("CÔNG TY TNHH THẢO DƯỢC NGÀN TRƯƠI") == 1, "PLANTED a second producer name, twice")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|quy chuẩn|QCVN|hợp quy|chỉ tiêu|thử nghiệm|ISO|GMP|HACCP|phiếu kết quả",
            "PLANTED no product standard, declaration or lab test anywhere")
    p.has("38/2025/GCN-ATTP", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Ngàn Trươi\"", "tem truy xuất QR", "bể lắng hai ngăn")
    clean(p)
    return p


def l08() -> Plan:
    p = Plan("l08_nuoc_chanh_muoi_cam_lac_ctcp")
    small, conc = p.row("Nước chanh muối chai 330 ml (chai)"), p.row("Nước cốt chanh muối chai 500 ml (chai)")
    tot_l, small_l, conc_l = (p.row("Tổng sản lượng quy đổi"), p.row("- Nước chanh muối pha sẵn"),
                              p.row("- Nước cốt chanh muối (chai 500 ml)"))
    rs, rc, rev = p.row("Doanh thu chai 330 ml"), p.row("Doanh thu chai 500 ml"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Chanh tươi (15.000", "Đường, muối, phụ liệu", "Chai, nắp, nhãn, thùng", "Tiền lương (12 người",
                                 "Điện, nước", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý doanh nghiệp")]
    cost, pre, tax, post = (p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế"))
    for y in Y:  # triệu đồng
        lime = small[y] * 0.03 + conc[y] * 0.4
        p.check(close(small_l[y], small[y] * 0.33) and close(conc_l[y], conc[y] * 0.5), f"litres per item {y}")
        p.check(close(rs[y], small[y] * 0.015) and close(rc[y], conc[y] * 0.075) and close(rev[y], rs[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], lime * 0.015) and close(lines[1][y], small[y] * 0.0015 + conc[y] * 0.005)
                and close(lines[2][y], small[y] * 0.0025 + conc[y] * 0.009) and lines[3][y] == 12 * 6.5 * 12
                and lines[5][y] == 100 and close(lines[6][y], [600, 400, 200][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.1), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]) and close(tax[y], pre[y] * 0.2)
                and close(post[y], pre[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(lime <= 20000 <= 90000 and small_l[y] + conc_l[y] <= 100000, f"limes within 20 t, line 100.000 l {y}")
    p.check(close(tot_l[1], small_l[1] + conc_l[1]) and close(tot_l[2], small_l[2] + conc_l[2]), "2027, 2028 totals right")
    p.check(tot_l[0] == 51100 and small_l[0] + conc_l[0] == 47100 and off(tot_l[0], 47100),
            "PLANTED 2026 total 51.100 != 39.600 + 7.500 = 47.100 (+8,5 %)")
    p.check(p.count("51.100") == 1 and p.count("47.100") == 0, "the litre total is stated once, nowhere else")
    p.has("Công ty có 12 lao động thường xuyên", "Tổng số lao động thường xuyên của công ty là 18 người",
          "ban giám đốc 2 người, kế toán 1 người, tổ sản xuất 11 người", "tổ bán hàng 4 người")
    p.check(2 + 1 + 11 + 4 == 18 and off(18, 12), "PLANTED 12 vs 18 permanent workers (company vs organisation section)")
    items = [700, 120, 180, 100, 400]
    p.check(sum(items) == 1500 == 900 + 600 and 700 + 120 + 180 == 1000, "capital 1.500, fixed 1.000")
    avg = sum(post) / 3
    p.check(close(avg, 758, 0.001) and close(1500 / (avg + 100), 1.75, 0.01), "payback 1,75 năm")
    p.check(close(small[0] / 95000, 1.26, 0.01) and small[1] / small[0] == 1.25 and small[2] / small[1] == 1.2, "growth")
    p.check(close(pre[0] / rev[0], 0.183, 0.005) and close(pre[2] / rev[2], 0.318, 0.005), "margins 18,3 % – 31,8 %")
    p.has("15.000 đồng/chai", "75.000 đồng/chai", "Tổng mức đầu tư của phương án: 1.500 triệu đồng",
          "máy móc, thiết bị (rửa, xay, nấu, thanh trùng, chiết rót, dán nhãn): 700 triệu đồng",
          "600 hũ ủ thủy tinh, kệ inox: 120 triệu đồng", "kho mát 40 m² và cải tạo nhà xưởng: 180 triệu đồng",
          "đăng ký nhãn hiệu: 100 triệu đồng", "vốn lưu động (chanh ủ 6 tháng, đường, chai): 400 triệu đồng",
          "1.500 : (758 + 100) ≈ 1,75 năm", "tối thiểu 20 tấn chanh tươi mỗi năm", "khoảng 100.000 lít/năm",
          "mã số 3002309127", "TCCS 01:2025/CVCL", "QCVN 6-2:2010/BYT", "Nghị định 43/2017/NĐ-CP",
          "đơn đăng ký nhãn hiệu \"Chanh Việt Cẩm Lạc\"", "bể lắng và bể điều hòa")
    p.lacks(r"an toàn|ATTP|vệ sinh|đủ điều kiện|15/2018|55/2010|cam kết|khám sức khỏe|HACCP|ISO|GMP|tự công bố|kiến thức",
            "PLANTED no food-safety certificate, commitment, plan or law anywhere")
    clean(p)
    return p


def l09() -> Plan:
    p = Plan("l09_mat_ong_xuyen_chi_kim_hoa_ho")
    prod = [p.row(str(2026 + y), 4) for y in Y]  # đàn, kg, hũ 500 g, hũ 1 kg
    res = [p.row(str(2026 + y), 3, skip=1) for y in Y]  # nghìn đồng
    col, kg = [r[0] for r in prod], [r[1] for r in prod]
    rev = [prod[y][2] * 130 + prod[y][3] * 240 for y in Y]  # nghìn đồng
    cost = [(col[y] * 0.25 + prod[y][2] * 0.008 + prod[y][3] * 0.012 + 144 + 216 + [40, 60, 80][y] + [20, 25, 30][y]
             + 40 + 12 + [40, 60, 80][y]) * 1000 for y in Y]
    for y in Y:
        p.check(kg[y] == col[y] * 20 and kg[y] == prod[y][2] * 0.5 + prod[y][3], f"20 kg a colony, jars {y}")
        p.check(close(res[y][0], rev[y]) and close(res[y][1], cost[y]) and close(res[y][2], rev[y] - cost[y]), f"results {y}")
        p.check(kg[y] <= 100 * 2 * 150, f"dehumidifier 30.000 kg {y}")
    p.check([round(r[2]) for r in res] == [382000, 1454500, 3868000], "profit 382 / 1.454,5 / 3.868 triệu")
    p.check(close(3400 / 180, 18.9, 0.01) and close(kg[0] / 3400, 1.18, 0.01), "2025: 180 colonies, 3.400 kg; 2026 +18 %")
    g1, g2 = kg[1] / kg[0], kg[2] / kg[1]
    p.check(g1 == 2.25 and close(g2, 2.22, 0.01) and res[1][0] / res[0][0] == 2.25 and close(res[2][0] / res[1][0], 2.22, 0.01),
            "PLANTED output and revenue ×2,25 then ×2,2 (4.000 → 9.000 → 20.000 kg)")
    p.check(col[2] / 5 == 200 and 180 + 20 == col[0], "PLANTED 1.000 colonies for the same 5 workers; only 20 bought")
    p.has("Số lao động này giữ nguyên trong cả giai đoạn 2026 – 2028", "20 đàn ong giống kèm thùng nuôi",
          "từ năm 2027 tự chia đàn")
    p.check(30 + 110 + 100 + 60 == 300 == 150 + 150 and 30 + 110 + 100 == 240 and 240 / 6 == 40, "capital 300, fixed 240/6")
    p.check(close(300 / (382 + 40), 0.71, 0.01) and close(300 / (sum(r[2] for r in res) / 3000 + 40), 0.15, 0.05),
            "stated 0,7 năm on 2026; tolerated knock-on 0,15 on the inflated average")
    p.has("130.000 đồng/hũ", "240.000 đồng/hũ", "Tổng vốn đầu tư là 300 triệu đồng", "(300 : 422)",
          "4.000 hũ 500 g × 130.000 đồng = 520 triệu đồng", "2.000 hũ 1 kg × 240.000 đồng = 480 triệu đồng",
          "1.170 triệu đồng + 1.080 triệu đồng = 2.250 triệu đồng", "2.600 triệu đồng + 2.400 triệu đồng = 5.000 triệu đồng",
          "bản cam kết bảo đảm an toàn thực phẩm", "TCCS 01:2026/PL", "tự công bố sản phẩm",
          "nộp đơn đăng ký nhãn hiệu \"Mật ong Phúc Lâm\"", "4 đại lý bán thực phẩm sạch")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|doanh nghiệp|hợp tác xã|tổ hợp tác|thành lập|"
            r"giấy phép|đăng ký hộ|mã số (hộ|doanh)", "PLANTED no business registration or plan to register")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|\bQR\b|ghi nhãn", "PLANTED no label, label content or decree")
    clean(p)
    return p


def l10() -> Plan:
    p = Plan("l10_kho_ga_la_chanh_loc_yen_htx")
    jar, bag, kg, meat = (p.row("Khô gà hũ 200 g"), p.row("Khô gà túi 500 g"), p.row("Tổng sản lượng"),
                          p.row("Thịt gà lọc sử dụng"))
    rj, rb, rev = p.row("Doanh thu hũ 200 g"), p.row("Doanh thu túi 500 g"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Thịt gà lọc (85.000", "Gia vị, lá chanh", "Hũ, túi, nhãn", "Điện, gas", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Tiếp thị, vận chuyển", "Quản lý, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == jar[y] * 0.2 + bag[y] * 0.5 and close(meat[y], kg[y] * 2.2), f"kg, 2,2 kg meat/kg {y}")
        p.check(close(rj[y], jar[y] * 0.095) and close(rb[y], bag[y] * 0.22) and close(rev[y], rj[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], meat[y] * 0.085) and close(lines[1][y], kg[y] * 0.025)
                and close(lines[2][y], jar[y] * 0.006 + bag[y] * 0.005) and close(lines[3][y], kg[y] * 0.015)
                and close(lines[4][y], [8, 9, 10][y] * 6 * 12) and lines[5][y] == 100
                and close(lines[6][y], [400, 300, 200][y] * 0.07), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(meat[y] <= 25000 * 0.8 and kg[y] <= 40 * 260, f"meat 20 t, capacity 10.400 kg {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2026 and 2028 profit right")
    p.check(rev[1] - cost[1] == 336.5 and prof[1] == 436.5 and off(prof[1], rev[1] - cost[1]),
            "PLANTED 2027 profit 436,5 != 2.762,5 − 2.426 = 336,5 (+29,7 %)")
    items = [p.one(x) for x in ("Cải tạo xưởng chế biến", "Tủ sấy (2 chiếc)", "Máy xé thịt", "Máy hàn miệng túi",
                                "Kho lạnh 20", "Bao bì, nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1200 and sum(items[:5]) == 800 and 800 / 8 == 100, "items = 1.200, fixed 800")
    p.has("vốn góp của thành viên 450 triệu đồng", "400 triệu đồng, lãi suất 7%/năm",
          "quỹ đầu tư phát triển của hợp tác xã 150 triệu đồng")
    p.check(450 + 400 + 150 == 1000 and off(1000, 1200), "PLANTED sources 1.000 != total 1.200 (−16,7 %)")
    stated = sum(prof) / 3
    true = (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(stated, 369.8, 0.001) and close(1200 / (stated + 100), 2.6, 0.02), "stated payback 2,6 on stated profits")
    p.check(close(1200 / (true + 100), 2.75, 0.01) and off(1200 / (true + 100), 1200 / (stated + 100)),
            "tolerated knock-on: true 2,75 năm (+7 %)")
    p.check(close(kg[0] / 4200, 1.19, 0.01) and kg[1] / kg[0] == 1.2 and close(kg[2] / kg[1], 1.167, 0.001), "growth")
    market = section(p, "# 1. Tổng quan thị trường", "# 2. Giới thiệu hợp tác xã")
    p.check(not re.search(r"\d[\d.,]*\s*(đồng|đ\b|triệu|nghìn)|\bgiá bán|khách hàng", market, re.I),
            "PLANTED the market section names no price or customer")
    p.lacks(r"cửa hàng|đại lý|siêu thị|facebook|zalo|shopee|tiktok|\bsàn\b|bán lẻ|bán buôn|hội chợ|\bkhách\b|phân phối|"
            r"online|trực tuyến|thương lái|\bchợ\b|showroom|điểm bán|giao hàng|xuất khẩu|bán hàng|đơn hàng|nhà hàng|quán",
            "PLANTED no sales channel anywhere")
    p.has("95.000 đồng/hũ", "220.000 đồng/túi", "Tổng vốn đầu tư của phương án: 1.200 triệu đồng",
          "1.200 : (369,8 + 100) ≈ 2,6 năm", "3002196582", "91/2025/ATTP-CNĐK", "TCCS 01:2026/GĐLY",
          "nhãn hiệu \"Gà đồi Lộc Yên\"", "bể tách mỡ")
    clean(p)
    return p


# --------------------------------------------------------------------------- sketchy plans

def sketchy() -> list[Plan]:
    a = Plan("l11_che_do_den_thach_khe_so_sai")
    a.check(150 * 15000 * 30 == 67.5e6, "about 150 cups × 15.000 đ a day (no revenue is stated)")
    a.has("khoảng 150 cốc", "15.000 đồng/cốc", "khoảng 80 triệu đồng", "giấy đăng ký hộ kinh doanh")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, under a page")
    a.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn|môi trường|nguyên liệu", "the gaps are genuine")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("l12_rau_ma_tuoi_mai_phu_so_sai")
    b.has("khoảng 12.000 đồng/kg", "khoảng 2 ha", "chưa đăng ký thành lập tổ chức")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, half a page")
    b.lacks(r"an toàn thực phẩm|cam kết|tiêu chuẩn|nhãn|môi trường|VietGAP", "the gaps are genuine")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (l01, l02, l03, l04, l05, l06, l07, l08, l09, l10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
