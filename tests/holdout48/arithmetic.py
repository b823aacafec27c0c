"""The forty-eighth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout48/arithmetic.py

For every plan: revenue = quantity x unit price, cost lines add up to the total, profit = revenue -
cost, investment items = capital sources = total, depreciation, interest, payback, raw-material need
vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more than 5 %
and everything else right (within 1 %). Table figures are read from the plan's source; figures
quoted in running text are looked up verbatim, so the numbers cannot drift from the text. The
textual planted defects (no environmental measure, replaced instruments cited, no label, no
registration, no product standard, no food safety, a second producer name, two worker counts, no
sales channel, no trademark) are asserted too, as is the absence of template placeholders.
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


Y4 = range(4)
REPLACED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|123/2018|01/2021/NĐ-CP|38/2012|89/2006"


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def clean(p: Plan, ready: bool = True) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if ready:
        p.lacks(REPLACED, "cites a replaced instrument")


def aw01() -> Plan:
    p = Plan("aw01_mut_dua_ky_xuan_htx")
    box, bag, kg, nuts, staff = (p.row("Mứt dừa hộp 300 g", 4), p.row("Mứt dừa túi 500 g", 4),
                                 p.row("Tổng khối lượng mứt", 4), p.row("Dừa quả nguyên liệu", 4),
                                 p.row("Lao động trực tiếp", 4))
    rev, rb, rt = p.row("Doanh thu |", 4), p.row("Mứt hộp 300 g (65.000", 4), p.row("Mứt túi 500 g (90.000", 4)
    cost = p.row("Chi phí |", 4)
    lines = [p.row(x, 4) for x in ("Dừa quả (12.000", "Đường, lá dứa", "Hộp, túi, nhãn", "Tiền lương", "Điện, gas",
                                    "Khấu hao tài sản", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    prof = p.row("Lợi nhuận trước thuế", 4)
    for y in Y4:  # triệu đồng
        p.check(close(kg[y], box[y] * 0.3 + bag[y] * 0.5) and close(nuts[y], kg[y] * 0.8 / 0.4), f"kg, coconuts {y}")
        p.check(close(rb[y], box[y] * 0.065) and close(rt[y], bag[y] * 0.09) and close(rev[y], rb[y] + rt[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], nuts[y] * 0.012) and close(lines[1][y], kg[y] * 0.01)
                and close(lines[2][y], box[y] * 0.005 + bag[y] * 0.004) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], kg[y] * 0.006) and close(lines[5][y], 60)
                and close(lines[6][y], [400, 300, 200, 100][y] * 0.07) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[8][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(nuts[y] <= 40000 and kg[y] <= 2 * 30 * 260, f"coconut contract, pan capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "2 chảo sên", "Tủ sấy", "Máy thái sợi", "Máy đóng gói",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 450 + 150 + 400 and sum(items[:5]) == 600, "capital, fixed 600")
    avg = sum(prof) / 4
    p.check(close(avg, 647.2, 0.001) and close(1000 / (647.2 + 60), 1.4, 0.02), "average profit 647,2, payback 1,4")
    p.check(close(kg[0] / 7500, 1.2) and 2 * 30 * 260 == 15600, "+20 % on 2025; 15.600 kg capacity")
    p.check(close(prof[0] / rev[0], 0.215, 0.01) and close(prof[3] / rev[3], 0.322, 0.01), "margin 21,5 % → 32,2 %")
    p.has("65.000 đồng/hộp", "90.000 đồng/túi", "(396 + 571,5 + 747 + 874,25) : 4 ≈ 647,2",
          "1.000 : (647,2 + 60) ≈ 1,4 năm", "40.000 quả/năm", "Tổng nguồn vốn 1.000 triệu đồng",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/HTXKX", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "bể lắng 2 ngăn", "mã lô")
    clean(p)
    return p


def aw02() -> Plan:
    p = Plan("aw02_khay_la_cau_huong_binh_hkd")
    years = [p.row(f"{2026 + y}", 5) for y in Y]  # years as rows: plates, trays, boxes, total, sheaths
    rev, r1, r2, r3 = (p.row("Doanh thu |"), p.row("Đĩa tròn (2.500"), p.row("Khay 3 ngăn (4.000"),
                       p.row("Hộp nắp gập (6.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Bẹ cau (500", "Tiền lương", "Điện (300", "Túi giấy, thùng", "Khấu hao |",
                                 "Lãi vay |", "Vận chuyển, bán hàng", "Sửa chữa, kiểm nghiệm")]
    prof = p.row("Lợi nhuận |")
    staff = [5, 6, 6]
    for y in Y:  # đồng
        a, b, c, n, s = years[y]
        p.check(n == a + b + c and s == n / 2, f"product total, 2 products per sheath {y}")
        p.check(r1[y] == a * 2500 and r2[y] == b * 4000 and r3[y] == c * 6000 and rev[y] == r1[y] + r2[y] + r3[y],
                f"revenue {y}")
        p.check(lines[0][y] == s * 500 and lines[1][y] == staff[y] * 4_500_000 * 12 and lines[2][y] == n * 300
                and lines[3][y] == n * 200 and lines[4][y] == 30_000_000 and lines[5][y] == 150_000_000 * 0.06
                and close(lines[6][y], rev[y] * 0.05) and lines[7][y] == 20_000_000, f"cost lines {y}")
        p.check(cost[y] == lines_sum(lines, y) and prof[y] == rev[y] - cost[y], f"cost, profit {y}")
        p.check(s <= 150_000 and n <= 3 * 400 * 250, f"sheath contract, press capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(95 + 45 + 60 + 40 + 30 + 80 == 350 == 200 + 150 and 95 + 45 + 60 + 40 == 240 and 240 / 8 == 30,
            "capital 350 = 200 + 150, fixed 240, depreciation 30")
    avg = sum(prof) / 3
    p.check(avg == 199_750_000 and close(350e6 / (avg + 30e6), 1.5, 0.03), "average profit, payback 1,5")
    p.check(close(years[0][3] / 150_000, 1.33, 0.01), "+33 % on 2025")
    p.check(close(594e6 - (512e6 - 33e6 + 594e6 * 0.05), 85e6, 0.01) and 67.5e6 == 135_000 * 500,
            "sensitivity: -10 % price → 85 triệu; sheath price ×2 → +67,5 triệu")
    p.has("2.500 đồng/cái", "4.000 đồng/cái", "6.000 đồng/cái", "Tổng vốn đầu tư: 350.000.000 đồng",
          "(148.000.000 + 181.750.000 + 269.500.000) : 3 = 199.750.000", "350.000.000 : (199.750.000 + 30.000.000) ≈ 1,5 năm",
          "150.000 bẹ/năm", "300.000 sản phẩm/năm", "28G8004712", "TCCS 01:2026/LCX", "Nghị định 43/2017/NĐ-CP",
          "nhãn hiệu \"Lá Cau Xanh\"", "hố lắng")
    clean(p)
    return p


def aw03() -> Plan:
    p = Plan("aw03_trai_nghiem_gat_lua_tung_loc_htx")
    half, full, tot = p.row("Gói nửa ngày", 4), p.row("Gói cả ngày", 4), p.row("Tổng lượt khách", 4)
    rev = [half[y] * 0.15 + full[y] * 0.35 for y in Y4]  # triệu đồng
    cost = [135 + full[y] * 0.08 + tot[y] * 0.015 + tot[y] * 0.025 + 288 + tot[y] * 0.005 + 80
            + [300, 225, 150, 75][y] * 0.07 + rev[y] * 0.06 + 40 for y in Y4]
    prof = [rev[y] - cost[y] for y in Y4]
    for y in Y4:
        p.check(tot[y] == half[y] + full[y] and tot[y] <= 80 * 120, f"visits within 80 a day × 120 days {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    p.check([round(x, 2) for x in rev] == [1125, 1450, 1740, 1885], "revenue 1.125 / 1.450 / 1.740 / 1.885")
    p.check([round(x, 2) for x in cost] == [999, 1120.75, 1227.9, 1278.85], "cost 999 / 1.120,75 / 1.227,9 / 1.278,85")
    p.check([round(x, 2) for x in prof] == [126, 329.25, 512.1, 606.15], "profit")
    p.check(close(sum(prof) / 4, 393.4, 0.001) and close(1000 / (393.4 + 80), 2.1, 0.02), "average 393,4, payback 2,1")
    p.check(400 + 150 + 60 + 120 + 70 + 60 + 140 == 1000 == 500 + 200 + 300 and 400 + 150 + 60 + 120 + 70 == 800,
            "capital 1.000, fixed 800, depreciation 80")
    p.check(close(tot[0] / 4300, 1.28, 0.01) and close(3200 * 0.15 + 1100 * 0.35, 865), "+28 % on 2025; 2025 revenue 865")
    p.check(close(tot[3] / 9600, 0.95, 0.01), "95 % of capacity in 2029")
    low = 1125 * 0.8 - (135 + 1500 * 0.8 * 0.08 + 4400 * 0.045 + 288 + 80 + 21 + 900 * 0.06 + 40)
    p.check(abs(low) < 20, "sensitivity: 80 % of visits ≈ break-even")
    p.has("150.000 đồng/lượt", "350.000 đồng/lượt", "4.000 lượt × 150.000 đồng = 600 triệu đồng",
          "1.500 lượt × 350.000 đồng = 525 triệu đồng", "tổng 1.125 triệu đồng", "năm 2027 là 1.450 triệu đồng (750 + 700)",
          "năm 2028 là 1.740 triệu đồng (900 + 840)", "năm 2029 là 1.885 triệu đồng (975 + 910)",
          "khoán ruộng trải nghiệm 135 triệu đồng (3 ha × 45 triệu đồng)", "bữa trưa 120 triệu đồng (80.000 đồng/suất)",
          "82,5 triệu đồng (15.000 đồng/lượt)", "137,5 triệu đồng (25.000 đồng/lượt)", "lương ban điều hành 288 triệu đồng",
          "27,5 triệu đồng (5.000 đồng/lượt)", "khấu hao 80 triệu đồng", "lãi vay 21 triệu đồng",
          "quảng bá 67,5 triệu đồng (6% doanh thu)", "chi khác 40 triệu đồng", "Tổng chi phí năm 2026 là 999 triệu đồng, lợi nhuận 126 triệu đồng",
          "1.120,75 triệu đồng (bữa trưa 160, dụng cụ 105, hướng dẫn 175, bảo hiểm 35, lãi vay 15,75, quảng bá 87), lợi nhuận 329,25",
          "1.227,9 triệu đồng (bữa trưa 192, dụng cụ 126, hướng dẫn 210, bảo hiểm 42, lãi vay 10,5, quảng bá 104,4), lợi nhuận 512,1",
          "1.278,85 triệu đồng (bữa trưa 208, dụng cụ 136,5, hướng dẫn 227,5, bảo hiểm 45,5, lãi vay 5,25, quảng bá 113,1), lợi nhuận 606,15",
          "(126 + 329,25 + 512,1 + 606,15) : 4 ≈ 393,4", "1.000 : (393,4 + 80) ≈ 2,1 năm", "Tổng vốn đầu tư của phương án là 1.000 triệu đồng",
          "9.600 lượt/năm", "3002215596", "an toàn thực phẩm", "nhãn hiệu \"Mùa vàng Tùng Lộc\"", "bể tự hoại")
    clean(p)
    return p


def aw04() -> Plan:
    p = Plan("aw04_nuoc_ep_gac_cam_hung_cty")
    small, large, lit, fruit, staff = (p.row("Chai 250 ml |"), p.row("Chai 500 ml |"), p.row("Tổng nước ép"),
                                       p.row("Quả gấc tươi"), p.row("Công nhân trực tiếp"))
    lines = [p.row(x) for x in ("Quả gấc (15.000", "Đường, chanh", "Chai, nắp, nhãn", "Lương công nhân", "Điện, nước, hơi",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, chiết khấu", "Quản lý, kiểm nghiệm")]
    cost = p.row("Cộng chi phí")
    summary = [p.row(f"{2026 + y}", 5) for y in Y]  # years as rows: 250 ml, 500 ml, revenue, cost, profit
    for y in Y:  # triệu đồng
        s = summary[y]
        p.check(lit[y] == small[y] * 0.25 + large[y] * 0.5 and close(fruit[y], lit[y] * 0.4), f"litres, fruit {y}")
        p.check(close(s[0], small[y] * 0.025) and close(s[1], large[y] * 0.045) and close(s[2], s[0] + s[1]), f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 0.015) and close(lines[1][y], lit[y] * 0.008)
                and close(lines[2][y], small[y] * 0.004 + large[y] * 0.006) and close(lines[3][y], staff[y] * 7 * 12)
                and close(lines[4][y], lit[y] * 0.003) and close(lines[5][y], 150)
                and close(lines[6][y], [800, 600, 400][y] * 0.08) and close(lines[7][y], s[2] * 0.12)
                and close(lines[8][y], 120), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(s[3], cost[y]) and close(s[4], s[2] - s[3]), f"cost, profit {y}")
        p.check(fruit[y] <= 25000 and lit[y] <= 200 * 250, f"fruit contract, line capacity {y}")
        if y:
            p.check(s[2] / summary[y - 1][2] < 1.25, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "Dây chuyền nấu", "Kho lạnh 40", "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 2000 == 1200 + 800 and sum(items[:3]) == 1500, "capital, fixed 1.500")
    prof = [s[4] for s in summary]
    p.check(close(sum(prof) / 3, 559.65, 0.001) and close(2000 / (559.65 + 150), 2.8, 0.02), "average 559,65, payback 2,8")
    p.check(close(lit[0] / 19000, 1.32, 0.01) and sum(small) * 0 + small[0] + large[0] >= 50000, "+32 % on 2025; distributor 50.000 chai")
    p.check(close(2160 - (2079 - 288 + 2160 * 0.12), 109, 0.02) and close(219 * 0.3, 66, 0.01)
            and close(prof[0] / summary[0][2], 0.134, 0.01) and close(prof[2] / summary[2][2], 0.227, 0.01),
            "sensitivity 109 and 66 triệu; margin 13,4 % → 22,7 %")
    p.has("25.000 đồng/chai", "45.000 đồng/chai", "Tổng vốn đầu tư của phương án là 2.000 triệu đồng",
          "(321 + 559,65 + 798,3) : 3 = 559,65", "2.000 : (559,65 + 150) ≈ 2,8 năm", "25 tấn quả/năm",
          "50.000 lít/năm", "3002398871", "118/2024/ATTP-CNĐK", "TCCS 02:2026/GĐCH", "Nghị định 43/2017/NĐ-CP",
          "Giấy chứng nhận đăng ký nhãn hiệu", "đăng ký môi trường")
    clean(p)
    return p


def aw05() -> Plan:
    p = Plan("aw05_ruou_man_son_kim_cty")
    bottles, jars, lit, plums, rice = (p.row("Chai 500 ml |"), p.row("Bình gốm 1 lít |"), p.row("Tổng sản lượng rượu"),
                                       p.row("Mận tươi |"), p.row("Gạo nếp |"))
    rev, rb, rj = p.row("Doanh thu thuần"), p.row("Chai 500 ml (150.000"), p.row("Bình gốm 1 lít (280.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Mận tươi (12.000", "Gạo nếp (25.000", "Chai, bình, hộp", "Lương công nhân",
                                 "Điện, củi, men", "Khấu hao |", "Lãi vay |", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    prof = p.row("Lợi nhuận trước thuế")
    staff = [6, 7, 7]
    for y in Y:  # triệu đồng
        p.check(lit[y] == bottles[y] * 0.5 + jars[y] and plums[y] == lit[y] * 2 and rice[y] == lit[y] * 0.5,
                f"litres, 2 kg plums and 0,5 kg rice per litre {y}")
        p.check(close(rb[y], bottles[y] * 0.15) and close(rj[y], jars[y] * 0.28) and close(rev[y], rb[y] + rj[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], plums[y] * 0.012) and close(lines[1][y], rice[y] * 0.025)
                and close(lines[2][y], bottles[y] * 0.018 + jars[y] * 0.045) and close(lines[3][y], staff[y] * 7 * 12)
                and close(lines[4][y], lit[y] * 0.01) and close(lines[5][y], 70)
                and close(lines[6][y], [500, 375, 250][y] * 0.08) and close(lines[7][y], rev[y] * 0.08)
                and close(lines[8][y], 80), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(plums[y] <= 12000 + 28000 and lit[y] <= 12000, f"plum supply, still capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    items = [p.one(x) for x in ("Nâng cấp nhà xưởng", "Bồn ủ inox", "Máy chiết rót", "Bao bì, hộp quà", "Vốn lưu động mua")]
    total = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == total == 1200 and sum(items[:3]) == 700, "items add up to the stated 1.200, fixed 700")
    p.check(500 + 500 == 1000 and off(500 + 500, total) and close((total - 1000) / total, 0.167, 0.01),
            "PLANTED sources 500 + 500 = 1.000 != 1.200 (-16,7 %)")
    p.check(close(sum(prof) / 3, 521.9, 0.001) and close(1200 / (521.9 + 70), 2.0, 0.03), "payback 2,0 on the stated 1.200")
    p.check(close(lit[0] / 4500, 1.22, 0.01), "+22 % on 2025")
    p.check(close(1458 - (cost[0] - 129.6 + 1458 * 0.08), 180, 0.01) and close(189.6 * 0.3, 57, 0.01)
            and close(prof[0] / rev[0], 0.203, 0.01) and close(prof[2] / rev[2], 0.304, 0.01), "sensitivity, margins")
    p.has("Tổng vốn đầu tư của phương án là 1.200 triệu đồng", "vốn chủ sở hữu của công ty 500 triệu đồng (chiếm 50%)",
          "500 triệu đồng (chiếm 50%), lãi suất 8%/năm", "150.000 đồng/chai", "280.000 đồng/bình",
          "(329,15 + 531,7 + 704,89) : 3 ≈ 521,9", "1.200 : (521,9 + 70) ≈ 2,0 năm", "28 tấn/năm", "12.000 lít",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "QCVN 6-3:2010/BYT", "an toàn thực phẩm",
          "hàm lượng etanol", "Không dành cho người dưới 18 tuổi", "Nghị định 43/2017/NĐ-CP",
          "Giấy chứng nhận đăng ký nhãn hiệu")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "theo Bộ tiêu chí tại Quyết định số 1048/QĐ-TTg")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated-policy: the current criteria are not cited")
    p.lacks(r"môi trường|nước thải|chất thải|\bbã\b|xử lý|\brác\b|khói|bể lắng|hố ga|\bthải\b|vinasse",
            "PLANTED no environmental measure for the distillery")
    clean(p, ready=False)
    return p


def aw06() -> Plan:
    p = Plan("aw06_mat_ong_hoa_tao_ha_linh_htx")
    jars, bottles, kg = p.row("Hũ 500 g |"), p.row("Chai 1 kg |"), p.row("Tổng lượng mật")
    rev, rj, rb = p.row("Tổng doanh thu"), p.row("Hũ 500 g (180.000"), p.row("Chai 1 kg (330.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Mật thu mua", "Hũ, chai, nắp", "Lương 3 lao động", "Điện, lọc", "Khấu hao |",
                                 "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == jars[y] * 0.5 + bottles[y], f"kg {y}")
        p.check(close(rj[y], jars[y] * 0.18) and close(rev[y], rj[y] + rb[y]), f"jar revenue, total = sub-rows {y}")
        p.check(close(lines[0][y], kg[y] * 0.12) and close(lines[1][y], jars[y] * 0.012 + bottles[y] * 0.015)
                and close(lines[2][y], 3 * 6 * 12) and close(lines[3][y], kg[y] * 0.005) and close(lines[4][y], 30)
                and close(lines[5][y], [120, 140, 160][y]) and close(lines[6][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]),
                f"cost and profit consistent with the stated revenue {y}")
    p.check(close(rb[0], bottles[0] * 0.33) and close(rb[2], bottles[2] * 0.33), "2026 and 2028 bottle revenue right")
    p.check(bottles[1] * 0.33 == 858 and off(rb[1], 858) and close(rb[1] / 858, 1.233, 0.01),
            "PLANTED 2027 bottle row 1.058 != 2.600 × 330.000 = 858 (+23 %)")
    true1 = jars[1] * 0.18 + bottles[1] * 0.33
    p.check(close(true1, 1722) and off(rev[1], true1) and close(true1 - cost[1], 554.4),
            "PLANTED 2027 revenue 1.922 != 1.722 (+11,6 %); true profit 554,4")
    supply = 300 * 12
    p.check(supply == 3600 and all(kg[y] > supply and off(kg[y], supply) for y in Y)
            and close(kg[0] / supply, 1.167, 0.01) and close(kg[2] / supply, 1.611, 0.01),
            "PLANTED honey sold 4.200 / 5.000 / 5.800 kg > 300 colonies × 12 kg = 3.600 kg")
    p.check(200 + 80 + 20 + 50 + 250 == 600 == 400 + 200 and 200 + 80 + 20 == 300, "capital 600, fixed 300")
    p.check(close(600 / (prof[0] + 30), 1.35, 0.01), "payback 1,35 on the 2026 profit (not a knock-on)")
    p.check(close(504 / 11, 45.8, 0.01), "45,8 triệu per member household")
    p.has("180.000 đồng/hũ", "330.000 đồng/chai", "Tổng vốn đầu tư 600 triệu đồng", "600 : (414 + 30) ≈ 1,35 năm",
          "300 đàn", "12 kg mật/đàn/năm", "khoảng 3.600 kg mật/năm", "không thu mua mật ngoài",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/ONHL", "tự công bố",
          "nhãn hiệu \"Mật ong Hà Linh\"", "sổ nhật ký đàn ong")
    p.lacks(r"(?<!hoa )nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|in trên",
            "PLANTED no label, label content or labelling decree")
    clean(p)
    return p


def aw07() -> Plan:
    p = Plan("aw07_tra_la_sam_vu_quang_ho")
    box, bag, kg, leaf = (p.row("Hộp trà túi lọc 40 g"), p.row("Túi trà khô 200 g |"), p.row("Tổng trà khô"),
                          p.row("Lá sâm tươi |"))
    rev, rb, rt = p.row("Doanh thu |"), p.row("Hộp túi lọc (45.000"), p.row("Túi trà khô 200 g (70.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Lá sâm tươi (8.000", "Túi lọc, hộp", "Tiền công lao động", "Điện, củi", "Khấu hao máy",
                                 "Lãi vay |", "Bán hàng, vận chuyển", "Chi khác |")]
    prof = p.row("Lợi nhuận |")
    staff = [3, 3, 4]
    for y in Y:  # 1.000 đồng
        p.check(close(kg[y], box[y] * 0.04 + bag[y] * 0.2) and leaf[y] == kg[y] * 5, f"tea kg, 5 kg leaves per kg {y}")
        p.check(rb[y] == box[y] * 45 and rt[y] == bag[y] * 70 and rev[y] == rb[y] + rt[y], f"revenue {y}")
        p.check(lines[0][y] == leaf[y] * 8 and lines[1][y] == box[y] * 9 + bag[y] * 5
                and lines[2][y] == staff[y] * 5000 * 12 and close(lines[3][y], kg[y] * 15) and lines[4][y] == 60000
                and lines[5][y] == 200000 * 0.09 and close(lines[6][y], rev[y] * 0.08) and lines[7][y] == 15000,
                f"cost lines {y}")
        p.check(cost[y] == lines_sum(lines, y) and prof[y] == rev[y] - cost[y], f"cost, profit {y}")
        p.check(leaf[y] <= 10000 and kg[y] <= 12 * 200, f"leaf supply, roaster capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(120 + 80 + 130 + 30 + 40 + 100 == 500 == 300 + 200 and 120 + 80 + 130 + 30 == 360 and 360 / 6 == 60,
            "capital 500, fixed 360, depreciation 60")
    avg = sum(prof) / 3 / 1000
    true = 500 / (avg + 60)
    p.check(close(avg, 163.3, 0.001) and close(true, 2.24, 0.01), "average 163,3; true payback 2,2 (3,1 without depreciation)")
    p.check(off(1.2, true) and off(1.2, 500 / avg), "PLANTED stated payback 1,2 != 2,2 (or 3,1)")
    p.check(close(kg[0] / 700, 1.31, 0.01) and close(box[0] / 6500, 1.23, 0.01) and close(bag[0] / 2200, 1.36, 0.01),
            "+31 % on 2025, +23–36 % per pack")
    p.has("45.000 đồng/hộp", "70.000 đồng/túi", "Tổng vốn đầu tư 500 triệu đồng", "khoảng 163,3 triệu đồng/năm",
          "thời gian hoàn vốn dự kiến khoảng 1,2 năm", "khoảng 10 tấn/năm", "2.400 kg trà khô/năm",
          "bản cam kết bảo đảm an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Trà lá sâm Ngàn Trươi\"",
          "sổ mẻ sao", "ủ làm phân bón")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|đăng ký(?! nhãn hiệu)|\bGCN\b",
            "PLANTED no business registration anywhere")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm",
            "PLANTED no product standard, declaration or lab test")
    clean(p, ready=False)
    return p


def aw08() -> Plan:
    p = Plan("aw08_ca_chuon_mot_nang_mai_phu_cty")
    years = [p.row(f"{2026 + y}", 4) for y in Y4]  # packs, bulk kg, finished kg, fresh kg
    rev, rp, rb = p.row("Doanh thu |", 4), p.row("Gói 500 g (110.000", 4), p.row("Hàng thùng (190.000", 4)
    cost = p.row("Chi phí |", 4)
    lines = [p.row(x, 4) for x in ("Cá tươi (28.000", "Muối, gia vị", "Bao bì (6.000", "Lương công nhân",
                                    "Điện, nước, kho lạnh", "Khấu hao |", "Lãi vay |", "Bán hàng (6%", "Quản lý, thuê")]
    prof = p.row("Lợi nhuận trước thuế", 4)
    staff = [12, 12, 13, 13]
    capacity = 80 * 180
    for y in Y4:  # triệu đồng
        packs, bulk, kg, fresh = years[y]
        p.check(kg == packs * 0.5 + bulk and fresh == kg * 2.5, f"kg, 2,5 kg fresh per kg {y}")
        p.check(close(rp[y], packs * 0.11) and close(rb[y], bulk * 0.19) and close(rev[y], rp[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh * 0.028) and close(lines[1][y], kg * 0.002)
                and close(lines[2][y], packs * 0.006 + bulk * 0.002) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], kg * 0.008) and close(lines[5][y], 90)
                and close(lines[6][y], [1000, 750, 500, 250][y] * 0.08) and close(lines[7][y], rev[y] * 0.06)
                and close(lines[8][y], 360), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(fresh <= 120000, f"fresh fish within the 120 tấn landing contracts {y}")
        p.check(kg > capacity and off(kg, capacity), f"PLANTED output {kg:.0f} kg > drying capacity 14.400 kg {y}")
    p.check(capacity == 14400 and close(years[0][2] / capacity, 1.25) and close(years[3][2] / capacity, 1.806, 0.01),
            "PLANTED +25 % to +81 % over 80 kg/day × 180 days")
    p.check(close(years[0][2] / 13000, 1.385, 0.01), "tolerated: +38 % on 2025 with no new drying capacity")
    p.check(off(25, 16) and 4 + 12 == 16, "PLANTED 25 regular workers (producer) != 16 (organisation, 4 + 12)")
    items = [p.one(x) for x in ("Kho lạnh 30 tấn", "Cải tạo khu sơ chế", "2 máy hút chân không", "Thiết kế bao bì",
                                "Vốn lưu động thu mua")]
    p.check(sum(items) == p.one("Cộng |") == 2000 == 1000 + 1000 and sum(items[:3]) == 900, "capital 2.000, fixed 900")
    p.check(close(sum(prof) / 4, 922.25, 0.001) and close(2000 / (922.25 + 90), 2.0, 0.02), "average 922,25, payback 2,0")
    p.check(close(prof[0] / rev[0], 0.134, 0.01) and close(prof[3] / rev[3], 0.248, 0.01)
            and close(lines[0][0] * 0.2, 252) and close(prof[0] - 252, 238.4)
            and close(3294 - (cost[0] - 219.6 + 3294 * 0.06), 146, 0.01), "margins and sensitivity")
    p.has("110.000 đồng/gói", "190.000 đồng/kg", "Tổng vốn đầu tư: 2.000 triệu đồng",
          "(490,4 + 818,4 + 1.074,4 + 1.305,8) : 4 = 922,25", "2.000 : (922,25 + 90) ≈ 2,0 năm",
          "tối đa 80 kg cá thành phẩm/ngày", "khoảng 180 ngày", "khoảng 14.400 kg cá thành phẩm/năm",
          "Sân phơi và phòng sấy được giữ nguyên", "Tổng số lao động thường xuyên của công ty là 25 người",
          "Hiện nay công ty có 16 lao động thường xuyên", "120 tấn cá chuồn/năm", "TCCS 01:2026/HSMP", "tự công bố",
          "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Cá chuồn Mai Phụ\"", "bể xử lý sinh học", "mã lô")
    p.lacks(r"an toàn thực phẩm|ATTP|HACCP|vệ sinh an toàn|đủ điều kiện|ISO 22000|\bGMP\b|cam kết bảo đảm|thực phẩm an toàn",
            "PLANTED no food-safety certificate, commitment or plan")
    clean(p)
    return p


def aw09() -> Plan:
    p = Plan("aw09_banh_hoi_kho_co_dam_tht")
    assets = [p.one(x) for x in ("Nhà xưởng cấp 4", "Nồi hấp bánh", "Máy xay bột nước", "Khuôn ép sợi", "Nong, giàn phơi",
                                 "Tủ, bàn inox")]
    stated = p.one("Tổng giá trị tài sản")
    p.check(sum(assets) == 140000 and stated == 175000 and off(stated, sum(assets)) and close(stated / sum(assets), 1.25),
            "PLANTED asset table total 175.000 != 140.000 (+25 %)")
    packs, bulk, kg, rice, staff = (p.row("Gói 400 g |"), p.row("Hàng bao 5 kg"), p.row("Tổng bánh hỏi khô"),
                                    p.row("Gạo nguyên liệu"), p.row("Lao động trực tiếp"))
    rp, rb, rev = p.row("Doanh thu gói 400 g"), p.row("Doanh thu hàng bao"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Gạo (15.000", "Bao bì, nhãn", "Công khoán", "Điện, củi", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng (5%", "Chi khác |")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(kg[y] == packs[y] * 0.4 + bulk[y] and rice[y] == kg[y] * 1.25, f"kg, 1,25 kg rice per kg {y}")
        p.check(close(rp[y], packs[y] * 0.025) and close(rb[y], bulk[y] * 0.05) and close(rev[y], rp[y] + rb[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.015) and close(lines[1][y], packs[y] * 0.002 + bulk[y] * 0.0005)
                and close(lines[2][y], kg[y] * 0.015) and close(lines[3][y], kg[y] * 0.003) and close(lines[4][y], 50)
                and close(lines[5][y], 200 * 0.07) and close(lines[6][y], rev[y] * 0.05) and close(lines[7][y], 30),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rice[y] <= 100000 and kg[y] <= 300 * 280, f"rice contract, line capacity {y}")
    g = [kg[0] / 9000, kg[1] / kg[0], kg[2] / kg[1]]
    p.check(close(g[1], 2.25) and close(g[2], 2.222, 0.01) and close(rev[1] / rev[0], 2.222, 0.01)
            and close(rev[2] / rev[1], 2.2), "PLANTED output ×2,25 then ×2,2, revenue ×2,2 a year")
    p.check(staff == [8, 9, 10] and close(kg[2] / staff[2] / (9000 / 8), 5.33, 0.01),
            "same group, 8 → 10 workers: output per worker ×5,3 (tolerated capacity reading)")
    p.check(150 + 200 + 50 + 50 + 150 == 600 == 400 + 200 and 150 + 200 + 50 == 400 and 400 / 8 == 50, "capital, fixed 400")
    p.check(close(sum(prof) / 3, 347.5) and close(600 / (347.5 + 50), 1.5, 0.02), "average 347,5, payback 1,5")
    p.check(close(prof[0] / rev[0], 0.109, 0.01) and close(prof[2] / rev[2], 0.212, 0.01)
            and close(lines[2][2] / staff[2] / 12, 7.5), "margins, 7,5 triệu a month")
    p.check(p.count("Tổ hợp tác Bún bánh Đan Trường") == 2 and p.count("Tổ hợp tác Bánh hỏi Cổ Đạm") == 1
            and p.count("TỔ HỢP TÁC BÁNH HỎI CỔ ĐẠM") == 1, "PLANTED a second producer name, twice")
    p.has("25.000 đồng/gói", "50.000 đồng/kg", "Tổng vốn đầu tư 600 triệu đồng", "(73,25 + 271,25 + 698) : 3 = 347,5",
          "600 : (347,5 + 50) ≈ 1,5 năm", "100 tấn/năm", "84.000 kg/năm", "02/GCN-THT", "TCCS 01:2026/BHCĐ",
          "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Bánh hỏi Cổ Đạm\"", "bể lắng")
    clean(p)
    return p


def aw10() -> Plan:
    p = Plan("aw10_nuoc_chanh_sa_gia_hanh_htx")
    btl, lit, lime, grass = (p.row("Nước chanh sả chai 330 ml"), p.row("Quy ra lít"), p.row("Chanh quả |"),
                             p.row("Sả cây |"))
    lines = [p.row(x) for x in ("Chanh quả (10.000", "Sả cây (6.000", "Đường, gừng", "Chai PET", "Lương lao động",
                                 "Điện, nước (500", "Khấu hao |", "Lãi vay |", "Chi phí tiêu thụ", "Quản lý, kiểm nghiệm")]
    cost, rev, prof = p.row("Tổng chi phí"), p.row("Doanh thu (12.000"), p.row("Lợi nhuận |")
    staff = [5, 5, 6]
    for y in Y:  # triệu đồng
        p.check(close(lit[y], btl[y] * 0.33) and close(lime[y], lit[y] * 0.1) and close(grass[y], lit[y] * 0.05),
                f"litres, lime, lemongrass {y}")
        p.check(close(rev[y], btl[y] * 0.012), f"revenue {y}")
        p.check(close(lines[0][y], lime[y] * 0.01) and close(lines[1][y], grass[y] * 0.006)
                and close(lines[2][y], btl[y] * 0.0015) and close(lines[3][y], btl[y] * 0.0025)
                and close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], btl[y] * 0.0005)
                and close(lines[6][y], 50) and close(lines[7][y], [300, 200, 100][y] * 0.07)
                and close(lines[8][y], rev[y] * 0.08) and close(lines[9][y], 40), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost total {y}")
        p.check(lime[y] <= 60000 and grass[y] <= 40000 and btl[y] <= 800 * 250, f"supply, line capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2026 and 2028 profit right")
    p.check(close(rev[1] - cost[1], 269.32) and off(prof[1], rev[1] - cost[1]) and close(prof[1] / 269.32, 1.371, 0.01),
            "PLANTED 2027 profit 369,32 != 1.440 − 1.170,68 = 269,32 (+37 %)")
    p.check(150 + 300 + 50 + 50 + 250 == 800 == 500 + 300 and 150 + 300 + 50 == 500, "capital 800, fixed 500")
    stated, true = sum(prof) / 3, (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(stated, 278.7, 0.001) and close(800 / (stated + 50), 2.4, 0.02), "stated payback 2,4 from the written profit")
    p.check(close(800 / (true + 50), 2.71, 0.01) and off(2.4, 800 / (true + 50)), "tolerated knock-on: true payback 2,7")
    p.check(close(btl[0] / 80000, 1.25) and close((lime[0] * 0.01 + grass[0] * 0.006) / rev[0], 0.036, 0.01),
            "+25 % on 2025; raw materials ≈ 4 % of revenue")
    p.has("12.000 đồng/chai", "Tổng vốn đầu tư 800 triệu đồng", "(140,1 + 369,32 + 326,54) : 3 ≈ 278,7",
          "800 : (278,7 + 50) ≈ 2,4 năm", "800 chai/ca", "200.000 chai", "3002277415", "53/2024/ATTP",
          "TCCS 01:2026/SCGH", "Nghị định số 43/2017/NĐ-CP", "bể lắng hai ngăn", "mã lô")
    market = section(p, "# 7. Phân tích thị trường", "# 8.")
    p.check(not re.search(r"đồng|giá bán|\bgiá\b(?! thành)|\d+\s*(đồng|đ/|đ\b|nghìn|triệu)", market), "PLANTED the market section has no price")
    p.lacks(r"đại lý|siêu thị|cửa hàng|bán lẻ|bán buôn|\bquán\b|nhà phân phối|phân phối|facebook|zalo|shopee|lazada|tiki|"
            r"sàn thương mại|hội chợ|khách hàng|đơn hàng|hợp đồng tiêu thụ|xúc tiến|showroom|điểm bán|website|trực tuyến",
            "PLANTED no customer or sales channel anywhere")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|logo|chỉ dẫn địa lý", "PLANTED no trademark or IP")
    clean(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("aw11_banh_da_cua_thach_lac_so_sai")
    a.check(3000 * 40000 == 120e6, "bánh đa cua: 3 tấn × 40.000 đ/kg = 120 triệu")
    a.has("khoảng 3 tấn bánh", "40.000 đồng/kg", "khoảng 120 triệu đồng", "đã đăng ký hộ kinh doanh năm 2024")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, one page")
    a.lacks(r"nguyên liệu|vốn đầu tư|lợi nhuận|chi phí", "no raw-material, capital or financial content (genuine gap)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("aw12_cu_cai_muoi_yen_hoa_so_sai")
    b.has("khoảng 2.000 kg", "15.000 đồng một hũ 500 g", "chưa thành lập tổ chức")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"đăng ký|mã số thuế|giấy chứng nhận|hộ kinh doanh", "no registration (tolerated gap)")
    b.lacks(r"chợ|cửa hàng|đại lý|khách hàng|facebook|thương lái", "no channel named (tolerated gap)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (aw01, aw02, aw03, aw04, aw05, aw06, aw07, aw08, aw09, aw10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
