"""The forty-fifth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout45/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no environmental measure, replaced instruments cited, no
registration, no label, no product standard, a second producer name, two worker counts, no
trademark, no food safety, no sales channel) are asserted too, as is the absence of template
placeholders in every plan.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, lines_sum, off  # noqa: E402

OLD = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|01/2021/NĐ-CP|123/2018"


class Plan(plancheck.Plan):
    src = HERE / "src"


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def at01() -> Plan:
    p = Plan("at01_nhan_say_tien_dien_htx")
    Y4 = range(4)
    hop, bulk, kg, fresh = (p.row("Long nhãn hộp 250 g", 4), p.row("Long nhãn bán buôn", 4),
                            p.row("Tổng long nhãn thành phẩm", 4), p.row("Nhãn tươi nguyên liệu", 4))
    rev, rh, rb = p.row("Doanh thu |", 4), p.row("Hộp 250 g (90.000", 4), p.row("Bán buôn (300.000", 4)
    cost = p.row("Chi phí |", 4)
    lines = [p.row(x, 4) for x in ("Nhãn tươi (12.000", "Công bóc cùi", "Củi, điện sấy", "Hộp, túi, nhãn",
                                   "Lương quản lý", "Khấu hao tài sản", "Lãi vay ngân hàng", "Bán hàng, quảng bá",
                                   "Kiểm nghiệm, điện nước")]
    pre, tax, post = p.row("Lợi nhuận trước thuế", 4), p.row("Thuế TNDN (15%)", 4), p.row("Lợi nhuận sau thuế", 4)
    for y in Y4:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.25 + bulk[y] and fresh[y] == kg[y] * 9, f"kg, 9 kg fresh per kg {y}")
        p.check(close(rh[y], hop[y] * 0.09) and close(rb[y], bulk[y] * 0.3) and close(rev[y], rh[y] + rb[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.012) and close(lines[1][y], kg[y] * 0.025)
                and close(lines[2][y], kg[y] * 0.008) and close(lines[3][y], hop[y] * 0.006 + bulk[y] * 0.002),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], 60) and close(lines[5][y], 50) and close(lines[6][y], [200, 150, 100, 50][y] * 0.07)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], 20), f"fixed lines, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(fresh[y] <= 43000 and fresh[y] <= 2 * 1000 * 60, f"members' 43 tấn, dryers 120 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(12 * 6 == 72 and close(72 * 0.6, 43, 0.01), "72 tấn, 60 % ≈ 43 tấn")
    items = [p.one(x) for x in ("Hai lò sấy", "Cải tạo xưởng", "Kho bảo quản", "Máy hút chân không",
                                "Thiết kế hộp", "Vốn lưu động mua")]
    p.check(sum(items) == p.one("Tổng cộng") == 600 == 400 + 200 and sum(items[:4]) == 400, "capital 600, fixed 400")
    p.check(close(400 / 8, 50), "depreciation 8 years")
    avg = sum(post) / 4
    p.check(close(avg, 372.4, 0.001) and close(600 / (372.4 + 50), 1.4, 0.02), "average 372,4, payback 1,4")
    p.check(close(post[0] / rev[0], 0.287, 0.005) and close(post[3] / rev[3], 0.330, 0.005), "margins 28,7 / 33,0 %")
    p.check(kg[0] / 2500 < 1.25, "+20 % on 2025")
    p.check(close(400 / 24, 16.7, 0.01), "16,7 triệu per member")
    p.has("90.000 đồng/hộp", "300.000 đồng/kg", "(284,3 + 344,5 + 401,7 + 458,9) : 4 ≈ 372,4",
          "600 : (372,4 + 50) ≈ 1,4 năm", "khoảng 72 tấn/năm", "vay Ngân hàng Nông nghiệp và Phát triển nông thôn "
          "chi nhánh Nghi Xuân 200 triệu đồng", "Tổng vốn đầu tư 600 triệu đồng", "thành viên góp bổ sung 400 triệu đồng")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def at02() -> Plan:
    p = Plan("at02_thot_go_nghien_thai_yen_hkd")
    a, b, c, n = p.row("Thớt tròn 30 cm"), p.row("Thớt tròn 40 cm"), p.row("Thớt chữ nhật 25"), p.row("Cộng |")
    m3, staff = p.row("Phôi gỗ nghiến cần dùng"), p.row("Lao động (người)")
    rev, ra, rb, rc = (p.row("Doanh thu |"), p.row("Thớt 30 cm (350.000"), p.row("Thớt 40 cm (650.000"),
                       p.row("Thớt chữ nhật (220.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Phôi gỗ nghiến (18", "Dầu khoáng", "Hộp, túi vải", "Tiền công (6.500.000",
                                "Điện (5.000", "Khấu hao máy", "Lãi vay |", "Bán hàng, phí sàn", "Chi khác |",
                                "Thuế khoán")]
    prof = p.row("Lợi nhuận |")
    for y in range(3):  # nghìn đồng
        p.check(n[y] == a[y] + b[y] + c[y] and close(m3[y], a[y] * 0.008 + b[y] * 0.015 + c[y] * 0.005), f"count, wood {y}")
        p.check(close(ra[y], a[y] * 350) and close(rb[y], b[y] * 650) and close(rc[y], c[y] * 220)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], m3[y] * 18000) and close(lines[1][y], n[y] * 8)
                and close(lines[2][y], a[y] * 25 + b[y] * 35 + c[y] * 15) and close(lines[4][y], n[y] * 5),
                f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6500 * 12) and close(lines[5][y], 36000)
                and close(lines[6][y], [150000, 100000, 50000][y] * 0.075) and close(lines[7][y], rev[y] * 0.06)
                and close(lines[9][y], rev[y] * 0.015), f"wages, depreciation, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(m3[y] <= 60 and n[y] <= 25 * 290, f"60 m³ contract, 7.250 boards capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(25 * 290 == 7250, "capacity 7.250")
    items = [p.one(x) for x in ("Mở rộng nhà xưởng", "Máy cưa vòng", "Máy tiện gỗ", "Máy chà nhám", "Hệ thống hút bụi",
                                "Thiết kế hộp", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 450000 == 300000 + 150000 and sum(items[:5]) == 288000,
            "capital 450.000, fixed 288.000")
    p.check(close(288000 / 8, 36000), "depreciation 8 years")
    p.check(sum(prof) / 3 == 255700 and close(450000 / (255700 + 36000), 1.5, 0.03), "average 255.700, payback 1,5")
    p.check(close(prof[0] / rev[0], 0.103, 0.01) and close(prof[2] / rev[2], 0.136, 0.01), "margins 10,3 / 13,6 %")
    p.check(n[0] / 4300 < 1.2, "+16 % on 2025")
    p.has("350.000 đồng/chiếc", "650.000 đồng/chiếc", "220.000 đồng/chiếc", "60 m³ phôi nghiến/năm",
          "(181.450 + 281.700 + 303.950) : 3 = 255.700", "450.000 : (255.700 + 36.000) ≈ 1,5 năm",
          "Tổng vốn đầu tư của phương án là 450 triệu đồng", "khoảng 7.250 chiếc/năm")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def at03() -> Plan:
    p = Plan("at03_trai_nghiem_ren_phu_thuong_htx")
    rows = [p.row(f"{2026 + y} |", 5) for y in range(4)]  # visits, sessions, meals, sets, revenue
    res = [p.row(f"{2026 + y} |", 5, skip=1) for y in range(4)]  # revenue, cost, pre, tax, post
    staff = [9, 10, 10, 11]
    post = []
    for y in range(4):
        v, e, m, s, rev = rows[y]
        p.check(close(rev, v * 0.05 + e * 0.25 + m * 0.12 + s * 0.35), f"revenue {y}")
        cost = e * 0.06 + m * 0.06 + s * 0.2 + staff[y] * 6 * 12 + 70 + [400, 300, 200, 100][y] * 0.07 + rev * 0.08 + 60
        R, C, pre, tax, po = res[y]
        p.check(close(R, rev) and close(C, cost) and close(pre, R - C), f"cost, profit {y}")
        p.check(close(tax, pre * 0.15) and close(po, pre - tax) and R <= 3000, f"15 % tax {y}")
        p.check(e <= 8 * 2 * 3 * 250 and s <= 12 * 15 * 12, f"forge sessions, knife sets within capacity {y}")
        if y:
            p.check(rev / rows[y - 1][4] < 1.2, f"growth {y}")
        post.append(po)
    p.check(8 * 2 * 3 * 250 == 12000, "12.000 sessions a year")
    p.check(350 + 160 + 120 + 70 + 40 + 60 == 800 == 400 + 400 and 350 + 160 + 120 + 70 == 700, "capital 800, fixed 700")
    p.check(close(sum(post) / 4, 262.0, 0.001) and close(800 / (262 + 70), 2.4, 0.01), "average 262,0, payback 2,4")
    p.check(rows[0][0] / 4800 < 1.3 and rows[0][1] / 1900 < 1.3, "+25 % visits, +26 % sessions on 2025")
    p.has("50.000 đồng/lượt", "250.000 đồng/lượt", "120.000 đồng/suất", "350.000 đồng/bộ",
          "6.000 lượt × 50.000 đồng = 300 triệu đồng", "2.400 lượt × 250.000 đồng = 600 triệu đồng",
          "3.000 suất × 120.000 đồng = 360 triệu đồng", "900 bộ × 350.000 đồng = 315 triệu đồng",
          "Tổng chi phí năm 2026 là 1.436 triệu đồng", "phôi, than 168; thực phẩm 210; giá vốn dao kéo 204; lương 720; "
          "khấu hao 70; lãi vay 21; quảng bá 146,2; chi khác 60; cộng 1.599,2",
          "phôi, than 192; thực phẩm 240; giá vốn dao kéo 228; lương 720; khấu hao 70; lãi vay 14; quảng bá 166,3; "
          "chi khác 60; cộng 1.690,3", "phôi, than 216; thực phẩm 270; giá vốn dao kéo 252; lương 792; khấu hao 70; "
          "lãi vay 7; quảng bá 186,5; chi khác 60; cộng 1.853,5",
          "(118,1 + 193,6 + 330,4 + 405,9) : 4 = 262,0", "800 : (262,0 + 70) ≈ 2,4 năm", "Tổng vốn đầu tư 800 triệu đồng",
          "tối đa 12.000 lượt/năm")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def at04() -> Plan:
    p = Plan("at04_siro_dau_tam_song_la_ctcp")
    c5, c2, lit, fruit, staff = (p.row("Siro chai 500 ml"), p.row("Siro chai 250 ml"), p.row("Tổng sản lượng siro"),
                                 p.row("Quả dâu tươi sử dụng"), p.row("Lao động |"))
    rev, r5, r2 = p.row("Tổng doanh thu"), p.row("- Chai 500 ml × 85.000"), p.row("- Chai 250 ml × 48.000")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("- Quả dâu (22.000", "- Đường (0,6", "- Chai, nắp, nhãn, hộp", "- Điện, gas",
                                "- Tiền lương", "- Khấu hao", "- Lãi vay", "- Bán hàng, chiết khấu",
                                "- Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in range(3):  # triệu đồng
        p.check(lit[y] == c5[y] * 0.5 + c2[y] * 0.25 and fruit[y] == lit[y], f"litres, 1 kg fruit per litre {y}")
        p.check(close(r5[y], c5[y] * 0.085) and close(r2[y], c2[y] * 0.048) and close(rev[y], r5[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 0.022) and close(lines[1][y], lit[y] * 0.6 * 0.024)
                and close(lines[2][y], c5[y] * 0.009 + c2[y] * 0.007) and close(lines[3][y], lit[y] * 0.004),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 7 * 12) and close(lines[5][y], 130)
                and close(lines[6][y], [600, 450, 300][y] * 0.08) and close(lines[7][y], rev[y] * 0.1)
                and close(lines[8][y], 150), f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(fruit[y] <= 54000 and lit[y] <= 400 * 200, f"54 tấn fruit, 80.000 l line {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(3 * 8 + 30 == 54 and 400 * 200 == 80000, "24 + 30 = 54 tấn; 80.000 l")
    p.check(450 + 320 + 180 + 250 + 100 + 80 + 420 == 1800 == 1200 + 600 and 450 + 320 + 180 + 250 + 100 == 1300,
            "capital 1.800, fixed 1.300")
    p.check(close(sum(post) / 3, 282.7, 0.001) and close(1800 / (282.7 + 130), 4.4, 0.02), "average 282,7, payback 4,4")
    p.check(lit[0] / 13000 < 1.3, "+23 % on 2025")
    p.has("85.000 đồng/chai", "48.000 đồng/chai", "Tổng vốn đầu tư: 1.800 triệu đồng", "vốn chủ sở hữu 1.200 triệu đồng",
          "600 triệu đồng, thời hạn 4 năm, lãi suất 8%/năm, trả gốc 150 triệu đồng/năm",
          "(184,3 + 281,3 + 382,6) : 3 ≈ 282,7", "1.800 : (282,7 + 130) ≈ 4,4 năm", "khoảng 80.000 lít/năm",
          "cam kết mua 30 tấn quả/năm", "QCVN 6-2:2010/BYT")
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(OLD, "ready plan cites a replaced instrument")
    return p


def at05() -> Plan:
    p = Plan("at05_ruou_oi_cam_binh_htx")
    lit, ch, oi = p.row("Rượu ổi thành phẩm"), p.row("Số chai 500 ml"), p.row("Ổi chín nguyên liệu")
    staff = p.row("Lao động |")
    rev, cost = p.row("Doanh thu (200.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Ổi chín (5.000", "Men, phụ liệu", "Củi, điện", "Chai, nắp, nhãn, hộp", "Tiền lương",
                                "Khấu hao |", "Lãi vay |", "Thuế tiêu thụ đặc biệt", "Bán hàng (6%", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    supply = 35000
    for y in range(3):  # tr.đ
        p.check(lit[y] == ch[y] * 0.5 and oi[y] == lit[y] * 7, f"bottles, 7 kg guava per litre {y}")
        p.check(close(rev[y], ch[y] * 0.2), f"revenue {y}")
        p.check(close(lines[0][y], oi[y] * 0.005) and close(lines[1][y], lit[y] * 0.008)
                and close(lines[2][y], lit[y] * 0.01) and close(lines[3][y], ch[y] * 0.02), f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 90)
                and close(lines[6][y], [500, 400, 300][y] * 0.07) and close(lines[7][y], rev[y] * 65 / 165)
                and close(lines[8][y], rev[y] * 0.06) and close(lines[9][y], 60),
                f"wages, depreciation, interest, excise, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(lit[y] <= 50 * 250, f"12.500 l still capacity {y}")
        p.check(oi[y] > supply and off(oi[y], supply), f"PLANTED guava need {oi[y]:.0f} kg > 35 tấn supply {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(oi[0] / supply, 1.2, 0.001) and close(oi[2] / supply, 1.6, 0.001), "shortfall +20 % to +60 %")
    items = [p.one(x) for x in ("Xây dựng nhà xưởng", "Hai bộ nồi", "20 thùng lên men", "Máy nghiền", "Máy chiết chai",
                                "Thiết kế nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 1100 == 600 + 500 and sum(items[:5]) == 900, "capital 1.100, fixed 900")
    p.check(close(sum(post) / 3, 245.5, 0.001) and close(1100 / (245.5 + 90), 3.3, 0.02), "average 245,5, payback 3,3")
    p.check(lit[0] / 4800 < 1.3, "+25 % on 2025")
    p.has("200.000 đồng/chai", "cam kết bán cho xưởng rượu 35 tấn ổi chín/năm",
          "Như vậy nguồn nguyên liệu bảo đảm cho sản xuất", "Định mức: 7 kg ổi chín cho 1 lít rượu thành phẩm",
          "(176,4 + 227,8 + 332,3) : 3 = 245,5", "1.100 : (245,5 + 90) ≈ 3,3 năm", "Tổng nguồn vốn 1.100 triệu đồng",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "QCVN 6-3:2010/BYT")
    # the two halves of the material defect sit in two sections
    raw = section(p, "## II. Nguồn nguyên liệu", "## III.")
    tech = section(p, "## III. Quy trình công nghệ và thiết bị", "## IV.")
    p.check("35 tấn" in raw and "7 kg" not in raw and "7 kg ổi chín" in tech and "35 tấn" not in tech,
            "PLANTED supply and yield stated in two sections")
    p.lacks(r"môi trường|nước thải|chất thải|\bbã\b|\brác\b|xử lý|khói|bể lắng|tự hoại|phế liệu|hầm biogas|"
            r"đăng ký môi trường|cam kết bảo vệ", "PLANTED no environmental measure anywhere")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Bộ tiêu chí ban hành kèm Quyết định số 1048/QĐ-TTg")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current OCOP instruments are not cited")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def at06() -> Plan:
    p = Plan("at06_mat_ong_lac_tien_huong_quang_ho")
    hives, kg, lo, bulk, staff = (p.row("Số đàn ong"), p.row("Sản lượng mật ong"), p.row("Mật đóng lọ 500 g"),
                                  p.row("Mật bán can 5 kg"), p.row("Lao động |"))
    rev, rl, rb = p.row("Doanh thu |"), p.row("Mật lọ 500 g (240.000"), p.row("Mật can (400.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Đường nuôi ong", "Thuốc thú y", "Mua đàn giống", "Lọ thủy tinh, nắp", "Tiền công lao động",
                                "Vận chuyển, di chuyển", "Khấu hao |", "Bán hàng, giao hàng", "Điện, chi khác")]
    prof = p.row("Lợi nhuận |")
    new = [10, 180, 300]
    for y in range(3):  # đồng
        p.check(kg[y] == hives[y] * 10 and kg[y] == lo[y] * 0.5 + bulk[y], f"10 kg/colony, jars + cans {y}")
        p.check(close(rl[y], lo[y] * 240000) and close(rb[y], bulk[y] * 400000) and close(rev[y], rl[y] + rb[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], hives[y] * 144000) and close(lines[1][y], hives[y] * 50000)
                and close(lines[2][y], new[y] * 1200000) and close(lines[3][y], lo[y] * 15000 + bulk[y] * 5000)
                and close(lines[4][y], staff[y] * 5e6 * 12) and close(lines[6][y], 15e6) and close(lines[7][y], rev[y] * 0.05),
                f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(kg[y] <= 100 * 250, f"extractor {y}")
    p.check(hives[0] == 110 + new[0] and hives[1] - hives[0] < new[1] + hives[0], "colonies bought or split")
    g1, g2 = rev[1] / rev[0], rev[2] / rev[1]
    p.check(g1 == 2.5 and g2 == 2.0 and kg[1] / kg[0] == 2.5 and kg[2] / kg[1] == 2.0,
            "PLANTED output and revenue ×2,5 then ×2")
    p.check(off(g1, 1.5) and off(g2, 1.5) and kg[2] / 1000 == 6, "PLANTED far beyond 50 %/year; ×6 on 2025")
    p.check(kg[0] / 1000 < 1.3, "2026 +20 % on 2025 (the jump is later)")
    p.check(60e6 + 50e6 + 40e6 + 50e6 == 200e6 == 120e6 + 80e6 and close(150e6 / 10, 15e6), "capital 200 triệu, depreciation")
    avg = sum(prof) / 3
    p.check(avg == 832740000 and close(200e6 / (avg + 15e6), 0.24, 0.02), "average, payback 0,24")
    p.has("240.000 đồng/lọ", "400.000 đồng/kg", "(278.320.000 + 680.300.000 + 1.539.600.000) : 3 = 832.740.000",
          "200.000.000 : (832.740.000 + 15.000.000) ≈ 0,24 năm", "Tổng vốn đầu tư của phương án là 200.000.000 đồng",
          "bình quân 10 kg mật/năm")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|đăng ký hộ|thành lập|giấy phép|"
            r"doanh nghiệp|hợp tác xã|tổ hợp tác|\bthuế\b", "PLANTED no business registration or plan to register")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|in hạn",
            "PLANTED no label, label content or labelling decree")
    p.check(p.count("nhãn hiệu") == 2, "the word 'nhãn' only in 'nhãn hiệu' (trademark), twice")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "no replaced instrument")
    return p


def at07() -> Plan:
    p = Plan("at07_tra_thia_canh_ky_thuong_cty")
    plan = [p.row(f"{2026 + y} |", 5) for y in range(4)]  # boxes, bags, kg, fresh t, staff
    rev, rh, rt = p.row("Doanh thu |", 4), p.row("Trà túi lọc (75.000", 4), p.row("Trà khô (90.000", 4)
    cost = p.row("Chi phí |", 4)
    lines = [p.row(x, 4) for x in ("Lá tươi (8.000", "Túi lọc, hộp", "Điện sấy", "Tiền lương", "Khấu hao |", "Lãi vay |",
                                   "Chiết khấu, bán hàng", "Quản lý doanh nghiệp")]
    pre, tax, post = p.row("Lợi nhuận trước thuế", 4), p.row("Thuế TNDN (17%)", 4), p.row("Lợi nhuận sau thuế", 4)
    for y in range(4):  # triệu đồng
        box, bag, kg, fresh, staff = plan[y]
        p.check(kg == box * 0.05 + bag * 0.2 and close(fresh * 1000, kg * 5), f"kg, 5 kg fresh leaves per kg {y}")
        p.check(close(rh[y], box * 0.075) and close(rt[y], bag * 0.09) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh * 8) and close(lines[1][y], box * 0.009 + bag * 0.005)
                and close(lines[2][y], kg * 0.006), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff * 7 * 12) and close(lines[4][y], 200) and close(lines[5][y], [80, 60, 40, 20][y])
                and close(lines[6][y], rev[y] * 0.12) and close(lines[7][y], 240), f"wages, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(fresh <= 30 and fresh <= 2 * 0.2 * 280, f"30 tấn leaves, 112 tấn dryer {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(6 * 5 == 30 and close(2 * 200 * 280 / 1000, 112), "6 ha × 5 tấn; dryer 112 tấn")
    p.check(700 + 400 + 600 + 300 + 100 + 300 == 2400 == 1400 + 1000 and 700 + 400 + 600 + 300 == 2000,
            "capital 2.400, fixed 2.000")
    avg = sum(post) / 4
    true = 2400 / (avg + 200)
    p.check(close(avg, 802.4, 0.001) and close(true, 2.39, 0.01), "true payback 2,4 years")
    p.check(off(1.2, true) and off(1.2, 2400 / avg), "PLANTED payback 1,2 != 2,4 (3,0 without depreciation)")
    p.check(plan[0][2] / 3000 < 1.2, "+17 % on 2025")
    p.has("75.000 đồng/hộp", "90.000 đồng/túi", "Tổng vốn đầu tư 2.400 triệu đồng",
          "= 2.400 : (802,4 + 200) ≈ 1,2 năm", "(493,8 + 676,3 + 928,4 + 1.110,9) : 4 ≈ 802,4")
    right, wrong = "Công ty TNHH Thảo mộc Kỳ Thượng", "Công ty TNHH Dược liệu Hương Trà"
    p.check(p.count(right) >= 2 and p.count(wrong) == 2 and p.count("CÔNG TY TNHH THẢO MỘC KỲ THƯỢNG") == 1,
            "PLANTED a second producer name, twice")
    p.check(wrong in section(p, "# 9. Tổ chức sản xuất", "# 10.") and wrong in section(p, "# 17. Kiến nghị", "\n\x00"),
            "PLANTED the wrong name in organisation and proposals")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|thử nghiệm",
            "PLANTED no product standard, declaration or lab test")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "no replaced instrument")
    return p


def at08() -> Plan:
    p = Plan("at08_mam_ca_com_cua_sot_ctcp")
    hu, bulk, kg, fish, salt = (p.row("Mắm hũ 500 g"), p.row("Mắm bán buôn"), p.row("Tổng mắm thành phẩm"),
                                p.row("Cá cơm tươi |"), p.row("Muối |"))
    rev, rh, rb = p.row("Doanh thu |"), p.row("- Hũ 500 g (65.000"), p.row("- Bán buôn (85.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("- Cá cơm tươi (30.000", "- Muối (4.000", "- Hũ, thùng, nhãn", "- Tiền lương", "- Khấu hao",
                                "- Lãi vay", "- Điện, nước", "- Bán hàng, chiết khấu", "- Quản lý doanh nghiệp",
                                "- Vận hành xử lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (17%)"), p.row("Lợi nhuận sau thuế")
    staff = [12, 12, 13]
    for y in range(3):  # triệu đồng
        p.check(kg[y] == hu[y] * 0.5 + bulk[y] and close(fish[y], kg[y] * 0.85) and close(salt[y], kg[y] * 0.25),
                f"kg, fish 0,85, salt 0,25 {y}")
        p.check(close(rh[y], hu[y] * 0.065) and close(rb[y], bulk[y] * 0.085) and close(rev[y], rh[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 0.03) and close(lines[1][y], salt[y] * 0.004)
                and close(lines[2][y], hu[y] * 0.008 + bulk[y] * 0.003) and close(lines[6][y], kg[y] * 0.002),
                f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 170)
                and close(lines[5][y], [800, 600, 400][y] * 0.08) and close(lines[7][y], rev[y] * 0.08),
                f"wages (12, 12, 13 workers), depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(fish[y] <= 60000 and fish[y] + salt[y] <= 2 * 130000, f"60 tấn contract, tank capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(0.85 / 0.25, 3.4), "3,4 kg fish : 1 kg salt")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "60 bể chượp", "Máy xay, máy chiết", "Kho thành phẩm, kho muối",
                                "Hệ thống xử lý nước thải", "Bao bì mới", "Vốn lưu động")]
    total, equity, loan, sources = (p.one("Tổng vốn đầu tư"), p.one("Vốn chủ sở hữu"), p.one("Vay Ngân hàng TMCP"),
                                    p.one("Cộng nguồn vốn"))
    p.check(sum(items) == total == 2300 and sum(items[:5]) == 1700 and close(1700 / 10, 170), "investment 2.300, fixed 1.700")
    p.check(equity + loan == sources == 2000 and off(sources, total), "PLANTED sources 2.000 != investment 2.300 (−13 %)")
    avg = sum(post) / 3
    p.check(close(avg, 1389.6, 0.001) and close(2300 / (1389.6 + 170), 1.5, 0.03), "average 1.389,6, payback 1,5 on 2.300")
    p.check(kg[0] / 34000 < 1.2, "+18 % on 2025")
    p.has("65.000 đồng/hũ", "85.000 đồng/kg", "Tổng vốn đầu tư của phương án là 2.300 triệu đồng",
          "(1.045,8 + 1.409,5 + 1.713,4) : 3 ≈ 1.389,6", "2.300 : (1.389,6 + 170) ≈ 1,5 năm",
          "cung cấp tổng cộng 60 tấn cá cơm/năm")
    p.has("Công ty có 18 lao động thường xuyên", "Hiện công ty có 12 lao động thường xuyên")  # PLANTED figure-inconsistent
    p.check(off(18, 12) and "18 lao động" in section(p, "# I. Thông tin chung", "# II.")
            and "12 lao động" in section(p, "# VII. Tổ chức sản xuất", "# VIII."), "PLANTED 18 != 12 workers, two sections")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|văn bằng",
            "PLANTED no trademark or IP anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "no replaced instrument")
    return p


def at09() -> Plan:
    p = Plan("at09_hu_tieu_kho_thach_lac_tht")
    rows = [p.row(f"{2026 + y} |", 6) for y in range(3)]  # packs, bulk, kg, rev packs, rev bulk, total
    rev, cost = p.row("Tổng doanh thu |"), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Gạo (1,3", "Điện, củi", "Bao bì (1.500", "Tiền công khoán", "Khấu hao |", "Lãi vay |",
                                "Vận chuyển, bán hàng", "Thù lao quản lý")]
    prof = p.row("Lợi nhuận |")
    capacity = 300 * 260
    true_rev = []
    for y in range(3):  # triệu đồng
        packs, bulk, kg, rp, rb, tot = rows[y]
        p.check(kg == packs * 0.5 + bulk, f"kg {y}")
        p.check(close(rb, bulk * 0.03) and close(tot, rp + rb) and close(rev[y], tot), f"bulk revenue, total = cells {y}")
        true_rev.append(packs * 0.022 + bulk * 0.03)
        p.check(close(lines[0][y], kg * 1.3 * 0.014) and close(lines[1][y], kg * 0.002)
                and close(lines[2][y], packs * 0.0015 + bulk * 0.0005) and close(lines[3][y], kg * 0.004)
                and close(lines[4][y], 60) and close(lines[5][y], [300, 200, 100][y] * 0.075)
                and close(lines[6][y], kg * 0.001) and close(lines[7][y], 36), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"profit on the stated revenue {y}")
        p.check(kg * 1.3 <= 130000, f"rice within 130 tấn {y}")
        if y < 2:
            p.check(kg <= capacity, f"within 78.000 kg {y}")
    p.check(close(rows[0][3], rows[0][0] * 0.022) and close(rows[2][3], rows[2][0] * 0.022), "2026, 2028 pack revenue right")
    p.check(rows[1][0] * 0.022 == 1540 and off(rows[1][3], 1540), "PLANTED 2027 packs 1.900 != 70.000 × 22.000 = 1.540")
    p.check(close(true_rev[1], 2590) and off(rev[1], true_rev[1]), "PLANTED 2027 revenue 2.950 != 2.590 (+13,9 %)")
    p.check(capacity == 78000 and rows[2][2] == 90000 and off(rows[2][2], capacity),
            "PLANTED 2028 output 90.000 kg > 78.000 kg capacity")
    p.check(150 + 200 + 80 + 170 + 40 + 60 == 700 == 400 + 300 and 150 + 200 + 80 + 170 == 600, "capital 700, fixed 600")
    written = sum(prof) / 3
    true = (prof[0] + true_rev[1] - cost[1] + prof[2]) / 3
    p.check(close(written, 746, 0.001) and close(700 / (written + 60), 0.87, 0.01), "stated 0,9 from the written profit")
    p.check(close(700 / (true + 60), 1.02, 0.01), "tolerated knock-on: true payback 1,0")
    p.check(rows[0][2] / 52000 < 1.2, "+15 % on 2025")
    p.has("22.000 đồng/gói", "30.000 đồng/kg", "công suất 300 kg hủ tiếu khô/ngày",
          "công suất tối đa của dây chuyền là 78.000 kg/năm", "không đầu tư thêm máy tráng",
          "(484,5 + 952,5 + 801) : 3 = 746", "700 : (746 + 60) ≈ 0,9 năm", "Tổng vốn đầu tư: 700 triệu đồng",
          "130 tấn/năm")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|tự công bố|công bố|"
            r"kiểm nghiệm|Luật An toàn", "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "no replaced instrument")
    return p


def at10() -> Plan:
    p = Plan("at10_nuoc_ep_dua_luoi_viet_xuyen_htx")
    ch, lit, melon, staff = (p.row("Nước ép chai 330 ml"), p.row("Thể tích nước ép"), p.row("Dưa lưới nguyên liệu"),
                             p.row("Lao động |"))
    rev, cost = p.row("Doanh thu (25.000"), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Dưa lưới loại 2", "Chai PET", "Đường phèn", "Điện, nước (500", "Tiền lương", "Khấu hao |",
                                "Lãi vay |", "Chi phí bán hàng", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN (15%)"), p.row("Lợi nhuận sau thuế")
    for y in range(3):  # triệu đồng
        p.check(close(lit[y], ch[y] * 0.33) and close(melon[y] * 1000, lit[y] / 0.6), f"litres, 0,6 l/kg {y}")
        p.check(close(rev[y], ch[y] * 0.025), f"revenue {y}")
        p.check(close(lines[0][y], melon[y] * 8) and close(lines[1][y], ch[y] * 0.0035)
                and close(lines[2][y], ch[y] * 0.0008) and close(lines[3][y], ch[y] * 0.0005)
                and close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 120)
                and close(lines[6][y], [500, 400, 300][y] * 0.07) and close(lines[7][y], rev[y] * 0.08)
                and close(lines[8][y], 50), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"tax on the stated profit {y}")
        p.check(melon[y] <= 65, f"65 tấn melons {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(pre[0], rev[0] - cost[0]) and close(pre[2], rev[2] - cost[2]), "2026, 2028 profit right")
    p.check(rev[1] - cost[1] == 408 and off(pre[1], 408), "PLANTED 2027 profit 508 != 1.750 − 1.342 = 408")
    items = [p.one(x) for x in ("Xây xưởng chế biến", "Máy ép trục vít", "Thiết bị thanh trùng", "Máy chiết rót",
                                "Kho lạnh 20", "Thiết kế bao bì", "Vốn lưu động")]
    stated = p.one("Tổng cộng")
    p.check(sum(items) == 1500 and stated == 1650 and off(stated, sum(items)), "PLANTED table total 1.650 != items 1.500")
    p.check(1150 + 500 == stated, "sources match the stated total (no capital mismatch)")
    p.check(sum(items[:5]) == 1200 and close(1200 / 10, 120), "fixed 1.200, depreciation 120")
    avg = sum(post) / 3
    p.check(close(avg, 354.7, 0.001) and close(1650 / (avg + 120), 3.5, 0.01), "stated payback 3,5")
    true_post = [post[0], (408 - 408 * 0.15), post[2]]
    p.check(close(1500 / (sum(true_post) / 3 + 120), 3.36, 0.01), "tolerated knock-on: 3,4 with true figures")
    p.check(close(112.5 * 0.4, 45) and 45 + 20 == 65, "45 + 20 = 65 tấn")
    p.check(ch[0] / 48000 < 1.3, "+25 % on 2025")
    p.has("(223,5 + 431,8 + 408,8) : 3 = 354,7", "1.650 : (354,7 + 120) ≈ 3,5 năm", "Tổng vốn đầu tư 1.650 triệu đồng",
          "vốn góp của thành viên 1.150 triệu đồng")
    market = section(p, "## III. Thị trường tiêu thụ", "# PHẦN IV")
    p.check(not re.search(r"đồng|đ/|giá|khách|cửa hàng|siêu thị|đại lý|phân phối|hội chợ|online|facebook|zalo|shopee|"
                          r"trường học|nhà hàng|quán|bán|hợp đồng|công ty", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"cửa hàng|siêu thị|đại lý|phân phối|hội chợ|facebook|zalo|shopee|tiktok|lazada|sàn thương mại|bán lẻ|"
            r"bán buôn|khách hàng|nhà hàng|quán|trường học|bếp ăn|đơn hàng|xuất khẩu|du lịch|điểm bán|người mua hàng",
            "PLANTED no sales channel anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(OLD, "no replaced instrument")
    return p


def sketchy() -> list[Plan]:
    a = Plan("at11_banh_te_tan_loc_so_sai")
    a.check(300 * 5000 == 1.5e6, "bánh tẻ sentence (300 × 5.000 = 1,5 triệu a day)")
    a.has("khoảng 300 chiếc bánh", "5.000 đồng/chiếc", "khoảng 1,5 triệu đồng", "Hộ đã đăng ký hộ kinh doanh năm 2024")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, under a page")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("at12_rau_san_muoi_khe_giao_so_sai")
    b.check(2000 * 40000 == 80e6, "rau sắn sentence (2 tấn × 40.000 = 80 triệu)")
    b.has("khoảng 2 tấn", "40.000 đồng/kg", "khoảng 80 triệu đồng", "Nhóm chưa đăng ký")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận", "no registration (tolerated gap)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def no_shared_sentences(plans: list[Plan]) -> Plan:
    """No body sentence of 10 words or more appears in two plans (boilerplate must not fire); headings, list
    items and citations of legal instruments are left out (they are legitimately the same)."""
    p = plans[0].__class__.__new__(plans[0].__class__)
    p.stem, p.failures = "(all plans) no shared sentences", []
    seen: dict[str, str] = {}
    for q in plans:
        for s in re.split(r"(?<=[.;:!?])\s+|\n", q.body):
            s = " ".join(s.split())
            if (len(s.split()) >= 10 and not s.startswith(("|", "#", "-"))
                    and not re.search(r"Nghị định số|Quyết định số|Luật ", s)):
                if s in seen and seen[s] != q.stem:
                    p.failures.append(f"shared sentence in {seen[s]} and {q.stem}: {s[:80]!r}")
                seen.setdefault(s, q.stem)
    return p


def main() -> int:
    plans = [fn() for fn in (at01, at02, at03, at04, at05, at06, at07, at08, at09, at10)] + sketchy()
    return plancheck.report(plans + [no_shared_sentences(plans)])


if __name__ == "__main__":
    sys.exit(main())
