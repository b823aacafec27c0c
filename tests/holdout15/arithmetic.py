"""The fifteenth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout15/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (no label, no sales channel, no environmental measure, a
replaced instrument cited, no registration, two worker counts, no trademark, no food safety, no
product standard, a second producer name) are asserted too, as is the absence of template
placeholders in every plan and of any long sentence shared by two plans.
"""

from __future__ import annotations

import itertools
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
OUTDATED = r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|38/2012|89/2006|01/2021/NĐ-CP|03/2014/TT|Luật Hợp tác xã (năm )?2012"
CURRENT_OCOP = ("148/QĐ-TTg", "1489/QĐ-TTg")


def clean(p: Plan, ready: bool = True) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(r"\.\.\.", "three dots")
    if ready:
        p.lacks(OUTDATED, "cites a replaced instrument")


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def b01() -> Plan:
    p = Plan("b01_hong_say_son_tien_htx")
    hop, tui, kg, fresh, seas = (p.row("Hồng sấy hộp 500 g|"), p.row("Hồng sấy túi 250 g|"),
                                 p.row("Tổng sản lượng hồng sấy"), p.row("Hồng tươi nguyên liệu"),
                                 p.row("Lao động thời vụ"))
    rev, rh, rt = p.row("Tổng doanh thu"), p.row("Hồng sấy hộp 500 g ("), p.row("Hồng sấy túi 250 g (")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Hồng tươi (15.000", "Điện sấy", "Hộp, túi, nhãn", "Công lao động thời vụ",
                                 "Lương bộ phận thường xuyên", "Khấu hao tài sản", "Lãi vay ngân hàng",
                                 "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.5 + tui[y] * 0.25 and fresh[y] == kg[y] * 4, f"kg, fresh 4:1 {y}")
        p.check(close(rh[y], hop[y] * 0.16) and close(rt[y], tui[y] * 0.085) and close(rev[y], rh[y] + rt[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.015) and close(lines[1][y], kg[y] * 0.004)
                and close(lines[2][y], hop[y] * 0.008 + tui[y] * 0.003) and close(lines[3][y], fresh[y] * 0.012)
                and close(lines[4][y], 3 * 5 * 12) and close(lines[5][y], 65)
                and close(lines[6][y], [300, 200, 100][y] * 0.08) and close(lines[7][y], rev[y] * 0.05)
                and close(lines[8][y], 30), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(rev[y] <= 3000 and close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(fresh[y] <= 25000 and fresh[y] <= 2 * 150 * 100, f"fruit contract 25 tấn, dryers 30 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(14 * 6 == 84, "14 ha × 6 tấn = 84 tấn")
    p.check(close(kg[0] / 2800, 1.29, 0.01), "+29 % on 2025")
    past = [p.row(x) for x in ("Hồng tươi đưa vào sấy", "Hồng sấy thành phẩm")]
    p.check(all(past[0][y] == past[1][y] * 4 for y in Y), "past years also 4:1")
    items = [p.one(x) for x in ("Máy sấy bơm nhiệt", "Cải tạo nhà sơ chế", "Kho mát bảo quản", "Máy gọt vỏ",
                                "Thiết kế bao bì", "Vốn lưu động thu mua")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == p.one("Nguồn vốn") == 900
            == p.one("Vốn góp của thành viên") + p.one("Vay Ngân hàng"), "items = total = sources = 900")
    p.check(sum(items[:4]) == 650 and close(650 / 10, 65), "fixed 650, depreciation 65")
    avg = sum(post) / 3
    p.check(close(avg, 442.2, 0.001) and close(900 / (442.2 + 65), 1.8, 0.02), "average 442,2, payback 1,8")
    p.has("160.000 đồng/hộp", "85.000 đồng/túi", "(307,9 + 442,2 + 576,5) : 3 ≈ 442,2",
          "900 : (442,2 + 65) ≈ 1,8 năm", "tối thiểu 25 tấn quả/năm", "khoảng 30 tấn quả tươi/vụ",
          "Tổng vốn đầu tư của phương án là 900 triệu đồng", "lãi vay lần lượt 24, 16 và 8 triệu đồng",
          "Nghị định 43/2017/NĐ-CP", "TCCS 01:2026/HTXST", "Cục Sở hữu trí tuệ", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "phân bón hữu cơ", *CURRENT_OCOP)
    clean(p)
    return p


def b02() -> Plan:
    p = Plan("b02_nuoc_ep_dua_ky_lac_cty")
    c3, c1, lit, pine, staff = (p.row("Nước ép dứa chai 330 ml", 4), p.row("Nước ép dứa chai 1 lít", 4),
                                p.row("Sản lượng quy ra lít", 4), p.row("Dứa quả nguyên liệu", 4), p.row("Lao động|", 4))
    r3, r1_, rev = p.row("Chai 330 ml (22.000", 4), p.row("Chai 1 lít (55.000", 4), p.row("Cộng doanh thu", 4)
    lines = [p.row(x, 4) for x in ("Dứa quả (6.000", "Chai, nắp, nhãn", "Điện, nước, gas", "Tiền lương",
                                    "Khấu hao tài sản", "Lãi vay", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    cost = p.row("Cộng chi phí", 4)
    summ = [p.row(str(2026 + y) + "|", 5) for y in Y4]  # years as rows: revenue, cost, pre, tax, post
    for y in Y4:  # nghìn đồng
        p.check(close(lit[y], c3[y] * 0.33 + c1[y]) and close(pine[y], lit[y] * 2), f"litres, pineapple 2 kg/l {y}")
        p.check(close(r3[y], c3[y] * 22) and close(r1_[y], c1[y] * 55) and close(rev[y], r3[y] + r1_[y]), f"revenue {y}")
        p.check(close(lines[0][y], pine[y] * 6) and close(lines[1][y], c3[y] * 4.5 + c1[y] * 6)
                and close(lines[2][y], lit[y] * 2.5) and close(lines[3][y], staff[y] * 6000 * 12)
                and close(lines[4][y], 300000) and close(lines[5][y], [1200000, 900000, 600000, 300000][y] * 0.085)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], 120000), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        s = summ[y]
        p.check(close(s[0], rev[y]) and close(s[1], cost[y]) and close(s[2], s[0] - s[1]), f"summary {y}")
        p.check(s[0] > 3e6 and close(s[3], s[2] * 0.17) and close(s[4], s[2] - s[3]), f"17 % tax {y}")
        p.check(pine[y] <= 250000 and lit[y] <= 500 * 250, f"pineapple contract, line capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] <= 1.25, f"growth {y}")
    items = [p.one(x) for x in ("Dây chuyền rửa", "Cải tạo nhà xưởng", "Kho lạnh 30", "Máy chiết rót",
                                "Thiết kế bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 3000000 == (1800 + 1200) * 1000, "items = total = sources")
    p.check(sum(items[:4]) == 2100000 and close(2100000 / 7, 300000), "fixed 2.100, depreciation 300")
    post = [s[4] for s in summ]
    avg = sum(post) / 4
    p.check(close(avg, 1090776, 0.0001) and close(3000000 / (1090776 + 300000), 2.2, 0.02), "average, payback 2,2")
    p.check(close(lit[0] / 45000, 1.32, 0.01), "+32 % on 2025")
    p.has("22.000 đồng/chai", "55.000 đồng/chai", "bao tiêu tối thiểu 250 tấn dứa quả/năm", "125.000 lít/năm",
          "vốn chủ sở hữu của công ty 1.800 triệu đồng (60%)", "1.200 triệu đồng (40%)",
          "(559.918 + 919.017 + 1.278.117 + 1.606.050) : 4 ≈ 1.090.776", "3.000.000 : (1.090.776 + 300.000) ≈ 2,2 năm",
          "QCVN 6-2:2010/BYT", "TCCS 02:2024/ĐX", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "đăng ký môi trường", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", *CURRENT_OCOP)
    clean(p)
    return p


def b03() -> Plan:
    p = Plan("b03_tham_xo_dua_cam_trung_tht")
    s, l, fib, days = (p.row("Thảm chùi chân 40 x 60 cm"), p.row("Thảm trải sàn 90 x 150 cm"),
                       p.row("Chỉ xơ dừa cần dùng"), p.row("Ngày công dệt cần dùng"))
    rev, rs, rl = p.row("Doanh thu|"), p.row("- Thảm nhỏ"), p.row("- Thảm lớn")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("- Chỉ xơ dừa", "- Nhuộm, chỉ viền", "- Tiền công dệt", "- Bao bì, nhãn", "- Khấu hao",
                                 "- Điện, nước", "- Thù lao quản lý", "- Tiêu thụ", "- Lãi vay")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế khoán"), p.row("Lợi nhuận còn lại")
    workers = [20, 24, 26]
    for y in Y:  # triệu đồng
        p.check(close(fib[y], s[y] * 0.8 + l[y] * 3) and close(days[y], s[y] * 0.25 + l[y]), f"coir, days {y}")
        p.check(fib[y] <= 21000 and days[y] <= workers[y] * 250, f"coir 21 tấn, weavers' days {y}")
        p.check(close(rs[y], s[y] * 0.065) and close(rl[y], l[y] * 0.28) and close(rev[y], rs[y] + rl[y]), f"revenue {y}")
        p.check(close(lines[0][y], fib[y] * 0.018) and close(lines[1][y], s[y] * 0.003 + l[y] * 0.01)
                and close(lines[2][y], s[y] * 0.025 + l[y] * 0.1) and close(lines[3][y], s[y] * 0.002 + l[y] * 0.008)
                and close(lines[4][y], 26) and close(lines[5][y], 12) and close(lines[6][y], 2 * 3 * 12)
                and close(lines[7][y], rev[y] * 0.05) and close(lines[8][y], 150 * 0.066), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], rev[y] * 0.015) and close(post[y], pre[y] - tax[y]), f"1,5 % tax {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(close(lines[2][0] / workers[0] / 12, 1.875) and close(lines[2][2] / workers[2] / 12, 1.96, 0.01),
            "1,8–2 triệu a month")
    ch = [p.row(x, 2) for x in ("Khách sạn, khu nghỉ", "Đơn vị gom hàng", "Bán trực tuyến", "Hội chợ, khách lẻ")]
    tot = p.row("Cộng|", 2)
    p.check(sum(c[0] for c in ch) == tot[0] == s[0] and sum(c[1] for c in ch) == tot[1] == l[0], "2026 channels add up")
    p.check(80 + 120 + 60 + 40 + 200 == 500 == 350 + 150 and 80 + 120 + 60 == 260 and close(260 / 10, 26),
            "capital 500 = 350 + 150, fixed 260")
    avg = sum(post) / 3
    p.check(close(avg, 271.0, 0.001) and close(500 / (271.0 + 26), 1.7, 0.02), "average 271,0, payback 1,7")
    p.check(close(s[0] / 10000, 1.2) and close(l[0] / 1100, 1.36, 0.01), "+20 % / +36 % on 2025")
    p.has("65.000 đồng/tấm", "280.000 đồng/tấm", "Tổng vốn cần cho phương án là 500 triệu đồng", "khoảng 21 tấn/năm",
          "thành viên góp thêm 350 triệu đồng", "150 triệu đồng, lãi suất 6,6%/năm",
          "(211,3 + 271,0 + 330,7) : 3 ≈ 271,0", "500 : (271,0 + 26) ≈ 1,7 năm", "Giấy chứng nhận đăng ký tổ hợp tác",
          "tiêu chuẩn cơ sở", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "chụp hút", *CURRENT_OCOP)
    clean(p)
    return p


def b04() -> Plan:
    p = Plan("b04_cau_ca_ho_khe_may_htx")
    visits = [6000, 7500, 9000]
    lines = [p.row(x) for x in ("Cá thả bổ sung", "Thức ăn cho cá", "Thực phẩm nhà ăn", "Lương nhân viên", "Khấu hao|",
                                 "Điện, nước", "Quảng bá, tổ chức", "Thuê mặt nước", "Lãi vay|")]
    cost, rev = p.row("Tổng chi phí"), p.row("Doanh thu|")
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    staff = [6, 7, 8]
    for y in Y:  # triệu đồng
        tick, rent, food = visits[y] * 0.15, visits[y] * 0.3 * 0.05, visits[y] * 0.5 * 0.12
        p.check(close(rev[y], tick + rent + food), f"revenue = tickets + rods + meals {y}")
        p.check(close(lines[0][y], visits[y] * 0.045) and close(lines[1][y], 60) and close(lines[2][y], food * 0.5)
                and close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 98) and close(lines[5][y], 36)
                and close(lines[6][y], [70, 85, 100][y]) and close(lines[7][y], 50)
                and close(lines[8][y], [500, 375, 250][y] * 0.08), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(visits[y] <= 40 * 2 * 300 and visits[y] * 1 <= 15000, f"huts 24.000 places, fish 15 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] <= 1.25, f"growth {y}")
    items = [p.one(x) for x in ("40 chòi câu", "Nhà ăn 120 chỗ", "Thuyền, áo phao", "Đường nội bộ", "Biển hiệu",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 1200 == p.one("Trong đó: vốn góp") + p.one("Vay Ngân hàng"),
            "items = total = sources = 1.200")
    p.check(sum(items[:4]) == 980 and close(980 / 10, 98), "fixed 980, depreciation 98")
    avg = sum(post) / 3
    p.check(close(avg, 222.7, 0.001) and close(1200 / (222.7 + 98), 3.7, 0.02), "average 222,7, payback 3,7")
    p.has("6.000 lượt × 150.000 đồng = 900 triệu đồng", "1.800 lượt × 50.000 đồng = 90 triệu đồng",
          "3.000 suất × 120.000 đồng = 360 triệu đồng", "Tổng doanh thu năm 2026 là 1.350 triệu đồng",
          "vé câu 1.125 triệu đồng, thuê cần, mồi 112,5 triệu đồng (2.250 lượt), ăn uống 450 triệu đồng (3.750 suất); tổng doanh thu 1.687,5 triệu đồng",
          "vé câu 1.350 triệu đồng, thuê cần, mồi 135 triệu đồng (2.700 lượt), ăn uống 540 triệu đồng (4.500 suất); tổng doanh thu 2.025 triệu đồng",
          "150.000 đồng/lượt", "120.000 đồng/suất", "Tổng vốn 1.200 triệu đồng", "Khoản vay 500 triệu đồng",
          "24.000 lượt/năm", "1.200 : (222,7 + 98) ≈ 3,7 năm", "khả năng khoảng 15 tấn/năm".replace("khả năng", "năng lực"),
          "đăng ký môi trường", "bể tự hoại", "Cục Sở hữu trí tuệ", "an toàn thực phẩm", *CURRENT_OCOP)
    clean(p)
    return p


def b05() -> Plan:
    p = Plan("b05_dua_cai_muoi_duc_quang_cty")
    hu, tui, kg, fresh, staff = (p.row("Dưa cải hũ 500 g"), p.row("Dưa cải túi 1 kg"), p.row("Tổng dưa thành phẩm"),
                                 p.row("Cải bẹ tươi cần dùng"), p.row("Lao động|"))
    rh, rt, rev = p.row("Doanh thu hũ 500 g"), p.row("Doanh thu túi 1 kg"), p.row("Cộng doanh thu")
    lines = [p.row(x) for x in ("Cải bẹ tươi (4.000", "Muối, tỏi, ớt", "Hũ, túi, thùng carton", "Tiền lương",
                                 "Điện, nước (1.000", "Khấu hao tài sản", "Lãi vay", "Chi phí tiêu thụ", "Chi phí quản lý")]
    cost, pre, tax, post = (p.row("Cộng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"),
                            p.row("Lợi nhuận sau thuế", skip=1))  # the first one is 2023–2025
    supply = 72 * 500 / 10000 * 20 * 1000  # 72 sào × 500 m² = 3,6 ha × 20 tấn/ha, one crop
    for y in Y:  # triệu đồng
        p.check(kg[y] == hu[y] * 0.5 + tui[y] and close(fresh[y], kg[y] * 1.4), f"kg, fresh 1,4 {y}")
        p.check(close(rh[y], hu[y] * 0.02) and close(rt[y], tui[y] * 0.032) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 0.004) and close(lines[1][y], kg[y] * 0.0015)
                and close(lines[2][y], hu[y] * 0.0025 + tui[y] * 0.0012) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], kg[y] * 0.001) and close(lines[5][y], 130)
                and close(lines[6][y], [700, 525, 350][y] * 0.08) and close(lines[7][y], rev[y] * 0.06)
                and close(lines[8][y], 120), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(kg[y] <= 100000, f"capacity 100 tấn {y}")
        p.check(fresh[y] > supply and off(fresh[y], supply), f"PLANTED fresh greens {fresh[y]:.0f} kg > 72.000 kg supplied {y}")
    p.check(supply == 72000 and close(fresh[0] / supply, 1.167, 0.001) and close(fresh[2] / supply, 1.556, 0.001),
            "PLANTED shortfall +17 % to +56 %")
    p.check(600 + 200 + 150 + 250 + 100 + 400 == 1700 == 1000 + 700 and 600 + 200 + 150 + 250 + 100 == 1300,
            "capital 1.700, fixed 1.300")
    avg = sum(post) / 3
    p.check(close(avg, 425.7, 0.001) and close(1700 / (425.7 + 130), 3.1, 0.02), "average 425,7, payback 3,1")
    p.check(close(kg[0] / 48000, 1.25), "+25 % on 2025")
    p.has("72 sào (tương đương 3,6 ha, tính 500 m²/sào)", "năng suất bình quân 20 tấn/ha", "khoảng 72 tấn cải tươi/năm",
          "bảo đảm đủ nguyên liệu cho toàn bộ kế hoạch sản xuất", "1,4 kg cải tươi", "20.000 đồng/hũ", "32.000 đồng/túi",
          "Tổng nhu cầu vốn của phương án là 1.700 triệu đồng", "vốn chủ sở hữu 1.000 triệu đồng",
          "1.700 : (425,7 + 130) ≈ 3,1 năm", "khoảng 100 tấn dưa thành phẩm/năm", "TCCS 01:2023/MĐ", "Cục Sở hữu trí tuệ",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "đăng ký môi trường", *CURRENT_OCOP)
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|in trên (bao bì|hũ|túi)",
            "PLANTED no label, label content or labelling decree")
    p.lacks(r"khách hàng|siêu thị|cửa hàng|đại lý|nhà phân phối|\bchợ\b|bán lẻ|bán buôn|điểm bán|hội chợ|nhà hàng|quán|"
            r"bếp ăn|trực tuyến|online|thương mại điện tử|\bsàn\b|facebook|zalo|shopee|xuất khẩu|hợp đồng (tiêu thụ|bán)|"
            r"bao tiêu sản phẩm|giá bán lẻ", "PLANTED no customer or sales channel anywhere")
    market = p.body.split("# 7. Phân tích thị trường", 1)[1].split("# 8.", 1)[0]
    p.check(not re.search(r"giá|đồng/", market), "PLANTED no price in the market section")
    clean(p)
    return p


def b06() -> Plan:
    p = Plan("b06_ruou_gao_lut_tung_loc_htx")
    ch, can, lit, rice = (p.row("Rượu chai 500 ml|"), p.row("Rượu can 2 lít|"), p.row("Tổng sản lượng rượu"),
                          p.row("Gạo lứt nguyên liệu"))
    rev, rc, rn = p.row("Doanh thu|"), p.row("Rượu chai 500 ml ("), p.row("Rượu can 2 lít (")
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Gạo lứt (22.000", "Men lá, củi", "Chai, can, nhãn", "Tiền lương", "Khấu hao|",
                                 "Lãi vay|", "Bán hàng, quảng bá", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [6, 7, 7]
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.5 + can[y] * 2 and close(rice[y], lit[y] / 0.6), f"litres, rice 0,6 l/kg {y}")
        p.check(close(rc[y], ch[y] * 0.08) and close(rn[y], can[y] * 0.22) and close(rev[y], rc[y] + rn[y]), f"revenue {y}")
        p.check(close(lines[0][y], rice[y] * 0.022) and close(lines[1][y], lit[y] * 0.005)
                and close(lines[2][y], ch[y] * 0.01 + can[y] * 0.015) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], 70) and close(lines[5][y], [400, 300, 200][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.06) and close(lines[7][y], 50), f"cost lines {y}")
        p.check(close(pre[y], rev[y] - cost[y]), f"profit follows the stated total {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(rice[y] <= 45000 and lit[y] <= 2 * 45 * 280, f"rice contract 45 tấn, stills 25.200 l {y}")
    for y in (0, 2):
        p.check(close(cost[y], lines_sum(lines, y)), f"2026 and 2028 totals right {y}")
    true1 = lines_sum(lines, 1)
    p.check(close(true1, 1791.3) and cost[1] == 1543.8 and off(cost[1], true1) and close(true1 - cost[1], lines[2][1]),
            "PLANTED 2027 total 1.543,8 != items 1.791,3 (packaging 247,5 left out, -13,8 %)")
    p.check(close(rev[1] - true1, 638.7) and off(pre[1], rev[1] - true1), "tolerated knock-on: 2027 profit 886,2 vs 638,7")
    items = [p.one(x) for x in ("Nồi cất inox 2 bộ", "Hệ thống lọc tách", "Hầm ủ và 200", "Cải tạo nhà xưởng",
                                "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 1000 == 600 + 400 and sum(items[:4]) == 700, "capital 1.000, fixed 700")
    stated_avg = sum(post) / 3
    true_post = [post[0], (rev[1] - true1) * 0.85, post[2]]
    p.check(close(stated_avg, 633.4, 0.001) and close(1000 / (633.4 + 70), 1.4, 0.02), "stated payback 1,4")
    p.check(close(1000 / (sum(true_post) / 3 + 70), 1.58, 0.01), "tolerated knock-on: true payback 1,58")
    p.check(close(lit[0] / 12000, 1.25), "+25 % on 2025")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Bộ tiêu chí tại Quyết định số 1048/QĐ-TTg")  # PLANTED
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the current OCOP instruments are not cited")
    p.lacks(r"môi trường|nước thải|chất thải|\bbã\b|bã rượu|biogas|bể lắng|\brác\b|ô nhiễm|khói|đăng ký môi|"
            r"nước làm mát|xử lý nước|hố ga|thu gom", "PLANTED no environmental measure anywhere")
    p.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "TCCS 01:2024/TL", "QCVN 6-3:2010/BYT", "Không dành cho người dưới 18 tuổi", "Cục Sở hữu trí tuệ",
          "80.000 đồng/chai", "220.000 đồng/can", "2 × 45 × 280 = 25.200 lít/năm", "hợp đồng thu mua 45 tấn gạo lứt/năm",
          "Tổng vốn đầu tư 1.000 triệu đồng", "(400,3 + 753,3 + 746,6) : 3 ≈ 633,4", "1.000 : (633,4 + 70) ≈ 1,4 năm")
    clean(p, ready=False)
    return p


def b07() -> Plan:
    p = Plan("b07_cao_atiso_ha_linh_ho")
    a2, a5, kg, herb = (p.row("Cao atiso hũ 200 g"), p.row("Cao atiso hũ 500 g"), p.row("Tổng sản lượng cao"),
                        p.row("Atiso khô nguyên liệu"))
    rev, r2, r5 = p.row("Doanh thu (triệu đồng)"), p.row("Trong đó hũ 200 g"), p.row("Trong đó hũ 500 g")
    lines = [p.row(x) for x in ("Atiso khô, 35.000", "Điện, củi, nước", "Hũ, nắp, nhãn", "Tiền công 5 lao động",
                                 "Khấu hao (", "Lãi vay (", "Bán hàng, vận chuyển", "Kiểm nghiệm, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận (")
    for y in Y:  # triệu đồng
        p.check(close(kg[y], a2[y] * 0.2 + a5[y] * 0.5) and close(herb[y], kg[y] * 6), f"kg, herb 6:1 {y}")
        p.check(close(r2[y], a2[y] * 0.18) and close(r5[y], a5[y] * 0.4) and close(rev[y], r2[y] + r5[y]), f"revenue {y}")
        p.check(close(lines[0][y], herb[y] * 0.035) and close(lines[1][y], kg[y] * 0.02)
                and close(lines[2][y], a2[y] * 0.008 + a5[y] * 0.012) and close(lines[3][y], 5 * 5.5 * 12)
                and close(lines[4][y], 55) and close(lines[5][y], [300, 225, 150][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.07) and close(lines[7][y], 25), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(herb[y] <= 12000 + 1500 and kg[y] <= 8 * 250, f"herb 13,5 tấn, evaporator 2.000 kg {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    past = [p.row(str(2023 + i) + "|", 2) for i in range(3)]
    p.check([x[0] for x in past] == [700, 820, 950], "past output")
    p.check(close(kg[0] / 1000, 1.2), "+20 % on 2026")
    items = [p.one(x) for x in ("Nồi cô chân không 150 lít", "Máy sấy lạnh, máy nghiền", "Cải tạo nhà xưởng",
                                "Tủ, kệ, kho", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    total = p.one("Tổng vốn đầu tư")
    p.check(sum(items) == total == 800 and sum(items[:4]) == 550 and close(550 / 10, 55), "items 800, fixed 550")
    p.has("vốn tự có của gia đình 350 triệu đồng", "vay Ngân hàng Nông nghiệp và Phát triển nông thôn 300 triệu đồng")
    p.check(350 + 300 == 650 and off(650, total), "PLANTED sources 650 != total 800 (-19 %)")
    avg = sum(prof) / 3
    p.check(close(avg, 361.3, 0.001) and close(800 / (361.3 + 55), 1.9, 0.02), "average 361,3, payback 1,9 on the total")
    p.has("Cơ sở sử dụng 5 lao động thường xuyên", "Tiền công 5 lao động",
          "tạo việc làm thường xuyên cho 8 lao động địa phương")  # PLANTED figure-inconsistent
    p.check(off(8, 5) and close(lines[3][0], 5 * 5.5 * 12), "PLANTED 8 != 5 regular workers; wages follow 5")
    p.lacks(r"hộ kinh doanh|đăng ký (kinh doanh|hộ|doanh nghiệp|hợp tác xã|thuế|tổ hợp tác)|mã số thuế|mã số doanh nghiệp|"
            r"giấy phép kinh doanh|giấy chứng nhận đăng ký|doanh nghiệp|tổ hợp tác|thành lập|công ty",
            "PLANTED no registration of any kind, nor a plan to register")
    p.check(p.body.lower().count("hợp tác xã") == p.count("Hợp tác xã Dược liệu Xuân Thọ") == 1,
            "the only 'hợp tác xã' is the herb supplier")
    p.has("180.000 đồng/hũ", "400.000 đồng/hũ", "hợp đồng mua 12 tấn atiso khô/năm", "khoảng 1,5 tấn khô/năm",
          "khoảng 2.000 kg cao/năm", "Tổng vốn đầu tư của phương án là 800 triệu đồng",
          "(215,6 + 361,3 + 507,0) : 3 ≈ 361,3", "800 : (361,3 + 55) ≈ 1,9 năm", "bản cam kết bảo đảm an toàn thực phẩm",
          "tiêu chuẩn cơ sở", "tự công bố", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "bã dược liệu", *CURRENT_OCOP)
    clean(p, ready=False)
    return p


def b08() -> Plan:
    p = Plan("b08_mat_ong_bac_ha_vu_quang_tht")
    hives, kg, j5, j1, members = (p.row("Số đàn ong"), p.row("Sản lượng mật bạc hà"), p.row("Hũ 500 g|"),
                                  p.row("Hũ 1 kg|"), p.row("Số thành viên"))
    r5, r1_, rev = p.row("Doanh thu hũ 500 g"), p.row("Doanh thu hũ 1 kg"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Vận chuyển đàn ong", "Thức ăn bổ sung", "Thuốc, vật tư", "Điện, hạ thủy phần",
                                 "Hũ, nắp, hộp, nhãn", "Công lao động 12", "Khấu hao|", "Lãi vay|", "Bán hàng, chiết khấu",
                                 "Quản lý, kiểm nghiệm")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận|")
    for y in Y:  # nghìn đồng
        p.check(kg[y] == hives[y] * 12 and close(j5[y] * 0.5, kg[y] * 0.4) and close(j1[y], kg[y] * 0.6),
                f"12 kg per colony, 40/60 split {y}")
        p.check(close(r5[y], j5[y] * 250) and close(r1_[y], j1[y] * 450) and close(rev[y], r5[y] + r1_[y]), f"revenue {y}")
        p.check(close(lines[0][y], hives[y] * 400) and close(lines[1][y], hives[y] * 150)
                and close(lines[2][y], hives[y] * 100) and close(lines[3][y], kg[y] * 5)
                and close(lines[4][y], j5[y] * 12 + j1[y] * 18) and close(lines[5][y], 12 * 5000 * 12)
                and close(lines[6][y], 45000) and close(lines[7][y], 200000 * 0.066)
                and close(lines[8][y], rev[y] * 0.08) and close(lines[9][y], 30000), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(kg[y] <= 100 * 2 * 250, f"extractor 50 tấn a year, no capacity issue in kind {y}")
        p.check(members[y] == 12, f"same 12 members {y}")
    p.check(close(prof[1], rev[1] - cost[1]) and close(prof[2], rev[2] - cost[2]), "2027 and 2028 profit right")
    p.check(rev[0] - cost[0] == 250300 and prof[0] == 310300 and off(prof[0], rev[0] - cost[0]),
            "PLANTED 2026 profit 310.300 != 1.410.000 - 1.159.700 = 250.300 (+24 %)")
    g = [rev[1] / rev[0], rev[2] / rev[1], kg[1] / kg[0], kg[2] / kg[1]]
    p.check(close(g[0], 2.2) and close(g[1], 2.0) and close(g[2], 2.2) and close(g[3], 2.0),
            "PLANTED revenue and output ×2,2 then ×2")
    p.check(close(kg[0] / 2600, 1.154, 0.001) and off(kg[2], 2600 * 1.5 ** 3), "2026 +15 % on 2025; 2028 ×5 on 2025")
    past = [p.row(str(2023 + i) + "|", 3) for i in range(3)]
    p.check([x[1] for x in past] == [1800, 2200, 2600] and [x[2] for x in past] == [720, 900, 1100], "past results")
    items = [p.one(x) for x in ("Máy hạ thủy phần, bồn", "Xây dựng nhà sơ chế", "Thùng ong, cầu", "Thiết kế hũ",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng|") == 600000 == (400 + 200) * 1000 and sum(items[:3]) == 450000,
            "capital 600 = 400 + 200, fixed 450")
    cum = prof[0] + 45000
    p.check(cum == 355300 and close(1 + (600000 - cum) / (prof[1] + 45000), 1.16, 0.01),
            "cumulative payback 1,2 years (stated profit)")
    p.check(close(1 + (600000 - 295300) / (prof[1] + 45000), 1.19, 0.01), "cumulative payback 1,2 with the true 2026 profit")
    p.check(600000 / (sum(prof) / 3 + 45000) < 0.35, "tolerated: an average-profit payback gives 0,3")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|đăng ký bảo|văn bằng",
            "PLANTED no trademark or IP anywhere")
    p.has("250.000 đồng/hũ", "450.000 đồng/hũ", "12 kg mật bạc hà/đàn/vụ", "3 đại lý tại TP Hà Tĩnh và TP Vinh",
          "tiếp tục bán qua 3 đại lý", "Tổng vốn 600 triệu đồng", "khoảng 1,2 năm", "Giấy chứng nhận đăng ký tổ hợp tác",
          "tiêu chuẩn cơ sở", "tự công bố", "Nghị định 43/2017/NĐ-CP", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          *CURRENT_OCOP)
    clean(p, ready=False)
    return p


def b09() -> Plan:
    p = Plan("b09_sua_chua_nep_cam_thach_khe_ctcp")
    jars, milk, rice, staff = p.row("Sữa chua nếp cẩm hũ 100 g"), p.row("Sữa bò tươi"), p.row("Nếp cẩm|"), p.row("Lao động|")
    rev = [j * 0.012 for j in jars]
    lines = [[m * 0.014 for m in milk], [r * 0.04 for r in rice], [j * 0.0003 for j in jars], [j * 0.0008 for j in jars],
             [j * 0.0005 for j in jars], [staff[y] * 6 * 12 for y in Y], [150] * 3, [64, 48, 32], [r * 0.08 for r in rev],
             [120] * 3]
    cost = [lines_sum(lines, y) for y in Y]
    pre = [rev[y] - cost[y] for y in Y]
    rate = [0.15 if r <= 3000 else 0.17 for r in rev]
    post = [pre[y] * (1 - rate[y]) for y in Y]
    for y in Y:
        p.check(close(milk[y], jars[y] * 0.08) and close(rice[y], jars[y] * 0.015), f"milk 0,08 l, rice 15 g {y}")
        p.check(milk[y] <= 25000 and rice[y] <= 6000, f"milk and rice within contracts {y}")
        p.check(close(lines[6][y] * 10, 1500), f"depreciation {y}")
    p.check([round(x) for x in rev] == [2160, 2760, 3360], "revenue 2.160 / 2.760 / 3.360")
    p.check([r1(x) for x in cost] == [1680.4, 1878.4, 2076.4], "cost 1.680,4 / 1.878,4 / 2.076,4")
    p.check([r1(x) for x in pre] == [479.6, 881.6, 1283.6], "profit before tax")
    p.check([r1(pre[y] * rate[y]) for y in Y] == [71.9, 132.2, 218.2] and [r1(x) for x in post] == [407.7, 749.4, 1065.4],
            "15 / 15 / 17 % tax, profit after tax")
    avg = sum(post) / 3
    p.check(close(avg, 740.8, 0.001), "average 740,8")
    true = 2000 / (avg + 150)
    p.check(close(true, 2.25, 0.01) and off(1.3, true) and off(1.3, 2000 / avg) and off(1.3, 2000 / (sum(pre) / 3 + 150)),
            "PLANTED payback 1,3 != 2,25 (2,7 without depreciation, 1,94 before tax)")
    capacity = 800 * 1 * 250
    p.check(capacity == 200000 and 2 * 400 * 250 == 200000, "machine and incubators 200.000 jars a year")
    p.check(jars[0] <= capacity and jars[1] > capacity and jars[2] > capacity and off(jars[1], capacity)
            and off(jars[2], capacity), "PLANTED 2028 / 2029 output 230.000 / 280.000 > 200.000 (+15 % / +40 %)")
    p.check(staff == [8, 8, 8], "same 8 workers")
    items = [p.one(x) for x in ("2 tủ ủ sữa chua", "Kho lạnh 20", "Máy rót, dán màng", "Nồi thanh trùng sữa", "Xe tải lạnh",
                                "Cải tạo nhà xưởng", "Bao bì, nhãn, tiêu chuẩn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 2000 == 1200 + 800 and sum(items[:6]) == 1500,
            "capital 2.000 = 1.200 + 800, fixed 1.500")
    ch = 80000 + 60000 + 30000 + 10000
    p.check(ch == jars[0], "2027 channels add up to 180.000")
    past = [p.row(str(2023 + i) + "|", 3) for i in range(3)]
    p.check([x[0] for x in past] == [70000, 95000, 120000], "past output")
    p.check(close(jars[0] / 150000, 1.2), "+20 % on 2026")
    p.has("180.000 hũ × 12.000 đồng = 2.160 triệu đồng", "sữa tươi 201,6 triệu đồng (14.400 lít × 14.000 đồng)",
          "nếp cẩm 108 triệu đồng (2.700 kg × 40.000 đồng)", "tổng chi phí 1.680,4 triệu đồng",
          "thuế thu nhập doanh nghiệp 15% là 71,9 triệu đồng; lợi nhuận sau thuế 407,7 triệu đồng",
          "230.000 hũ × 12.000 đồng = 2.760 triệu đồng", "tổng chi phí 1.878,4 triệu đồng", "lợi nhuận sau thuế 749,4 triệu đồng",
          "280.000 hũ × 12.000 đồng = 3.360 triệu đồng", "tổng chi phí 2.076,4 triệu đồng", "thuế 218,2 triệu đồng",
          "lợi nhuận sau thuế 1.065,4 triệu đồng", "khoảng 740,8 triệu đồng/năm", "khoảng 1,3 năm",
          "máy rót và dán màng tự động công suất 800 hũ/ca", "2 tủ ủ, mỗi tủ 400 hũ/mẻ, 1 mẻ/ngày",
          "công suất tối đa của dây chuyền sau đầu tư là 200.000 hũ/năm", "không có kế hoạch đầu tư thêm thiết bị",
          "12.000 đồng/hũ", "Tổng vốn đầu tư 2 tỷ đồng", "cổ đông góp thêm 1.200 triệu đồng", "800 triệu đồng, kỳ hạn 48 tháng",
          "hợp đồng 25.000 lít/năm", "hợp đồng 6 tấn/năm", "TCCS 01:2026/VX", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "đăng ký môi trường", *CURRENT_OCOP)
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|HACCP|ISO|GMP|khám sức khỏe|tự công bố|công bố sản phẩm|15/2018|"
            r"cam kết bảo đảm|cam kết an toàn|QCVN|quy chuẩn|Luật An toàn", "PLANTED no food-safety certificate, plan or declaration")
    clean(p, ready=False)
    return p


def b10() -> Plan:
    p = Plan("b10_banh_trang_gao_lut_tien_dien_htx")
    t3, t1, kg, rice = p.row("Bánh tráng túi 300 g"), p.row("Bánh tráng túi 1 kg"), p.row("Tổng sản lượng bánh"), p.row("Gạo lứt nguyên liệu")
    rev, cost = p.row("Doanh thu|"), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Gạo lứt (18.000", "Vừng đen, muối", "Túi, thùng, nhãn", "Điện, củi, gas", "Tiền công tráng",
                                 "Khấu hao|", "Lãi vay|", "Bán hàng, vận chuyển", "Quản lý|")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    true_rev = [t3[y] * 0.025 + t1[y] * 0.07 for y in Y]
    for y in Y:  # triệu đồng
        p.check(kg[y] == t3[y] * 0.3 + t1[y] and close(rice[y], kg[y] * 1.2), f"kg, rice 1,2 {y}")
        p.check(close(lines[0][y], rice[y] * 0.018) and close(lines[1][y], kg[y] * 0.004)
                and close(lines[2][y], t3[y] * 0.002 + t1[y] * 0.003) and close(lines[3][y], kg[y] * 0.003)
                and close(lines[4][y], kg[y] * 0.015) and close(lines[5][y], 70)
                and close(lines[6][y], [400, 300, 200][y] * 0.075) and close(lines[7][y], [100, 120, 140][y])
                and close(lines[8][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit on the stated revenue {y}")
        p.check(close(tax[y], pre[y] * 0.15) and close(post[y], pre[y] - tax[y]), f"15 % tax {y}")
        p.check(rice[y] <= 40000 and kg[y] <= 150 * 260, f"rice contract 40 tấn, machine 39.000 kg {y}")
    p.check(close(rev[0], true_rev[0]) and close(rev[2], true_rev[2]), "2026 and 2028 revenue right")
    p.check(close(true_rev[1], 1950) and rev[1] == 2150 and off(rev[1], true_rev[1]),
            "PLANTED 2027 revenue 2.150 != 50.000 × 25.000 + 10.000 × 70.000 = 1.950 (+10,3 %)")
    stated_avg, true_post1 = sum(post) / 3, (true_rev[1] - cost[1]) * 0.85
    p.check(close(stated_avg, 445.5, 0.001) and close(1000 / (445.5 + 70), 1.9, 0.03), "stated payback 1,9")
    p.check(close(1000 / ((post[0] + true_post1 + post[2]) / 3 + 70), 2.18, 0.01), "tolerated knock-on: true payback 2,18")
    p.check(1000 == 300 + 150 + 200 + 50 + 40 + 260 == 600 + 400 and 300 + 150 + 200 + 50 == 700, "capital 1.000, fixed 700")
    ch = [p.row(x, 2) for x in ("Cửa hàng thực phẩm sạch", "Quán ăn, nhà hàng", "Quầy khu di tích", "Bán trực tuyến")]
    tot = p.row("Cộng|", 2)
    p.check(sum(c[0] for c in ch) == tot[0] == t3[0] and sum(c[1] for c in ch) == tot[1] == t1[0], "2026 channels add up")
    past = [p.row(str(2023 + i) + "|", 3) for i in range(3)]
    p.check([x[0] for x in past] == [11000, 13500, 16000], "past output")
    p.check(close(kg[0] / 16000, 1.25), "+25 % on 2025")
    p.has("25.000 đồng/túi", "70.000 đồng/túi", "Tổng vốn đầu tư 1.000 triệu đồng", "thu mua 40 tấn gạo lứt/năm",
          "công suất 39.000 kg bánh/năm", "(275,4 + 558,9 + 502,3) : 3 ≈ 445,5", "1.000 : (445,5 + 70) ≈ 1,9 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "bể lắng 3 ngăn", *CURRENT_OCOP)
    p.check(p.count("Hợp tác xã Nông nghiệp Xuân Mỹ") == 2 and p.count("Hợp tác xã Sản xuất và Dịch vụ Tiên Điền") == 1
            and p.count("HỢP TÁC XÃ SẢN XUẤT VÀ DỊCH VỤ TIÊN ĐIỀN") == 1, "PLANTED a second producer name, twice")
    for sec in ("# XVI/", "# XVII/"):
        part = p.body.split(sec, 1)[1].split("\n# ", 1)[0]
        p.check("Xuân Mỹ" in part and "Tiên Điền" not in part.replace("Bánh tráng Tiên Điền", ""),
                f"PLANTED {sec} speaks for Xuân Mỹ")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|phòng thí nghiệm",
            "PLANTED no product standard, declaration or lab test")
    clean(p, ready=False)
    return p


def sketchy() -> list[Plan]:
    a = Plan("b11_trung_ga_ac_cam_hung_so_sai")
    a.check(7000 * 4000 == 28e6, "eggs sentence (7.000 quả × 4.000 đồng = 28 triệu đồng a month)")
    a.has("khoảng 600 con", "khoảng 7.000 quả trứng", "4.000 đồng/quả", "khoảng 28 triệu đồng", "khoảng 150 triệu đồng",
          "giấy chứng nhận đăng ký hộ kinh doanh năm 2022")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, one page")
    clean(a, ready=False)
    b = Plan("b12_nam_rom_thach_lac_so_sai")
    b.has("4 vụ", "khoảng 1,5 tấn nấm tươi", "khoảng 60.000 đồng/kg", "chưa thành lập tổ hợp tác hay hợp tác xã")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận", "no registration (tolerated gap)")
    clean(b, ready=False)
    return [a, b]


def shared_sentences(plans: list[Plan]) -> list[str]:
    """Long sentences (12 words or more, outside tables and legal citations) found in two plans."""
    def sentences(p: Plan) -> set[str]:
        text = " ".join(l for l in p.body.splitlines() if not l.startswith("|") and not l.startswith("#"))
        out = set()
        for s in re.split(r"(?<=[.;:!?])\s+", text):
            s = " ".join(s.lower().split()).strip(" -+.;")
            if len(s.split()) >= 12 and not re.search(r"nghị định|quyết định|luật ", s):
                out.add(s)
        return out
    got = {p.stem: sentences(p) for p in plans}
    return [f"{a[:3]}/{b[:3]}: {s[:80]}" for a, b in itertools.combinations(got, 2) for s in got[a] & got[b]]


def main() -> int:
    plans = [fn() for fn in (b01, b02, b03, b04, b05, b06, b07, b08, b09, b10)] + sketchy()
    dup = shared_sentences(plans)
    if dup:
        plans[0].failures += [f"sentence shared by two plans: {d}" for d in dup]
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
