"""The sixty-third holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout63/arithmetic.py

For every plan: revenue = quantity x price (per product line), cost lines = unit norms x volume,
cost lines sum to the total, profit = revenue - cost, tax, investment items = capital sources =
total, depreciation, interest on the loan balance, payback (to the stated rounding), raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right within 1 %. Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so numbers cannot drift from the text.
Textual planted defects (absent words, a second product name, replaced instruments, a second
worker count) are asserted, as is the absence of template placeholders everywhere and of replaced
instruments in every plan but bl06.
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


OUTDATED = r"1048/QĐ-TTg|490/QĐ-TTg|781/QĐ-TTg|919/QĐ-TTg|123/2018|01/2021/NĐ-CP|Luật Hợp tác xã năm 2012|cấp huyện|UBND huyện|Phòng Nông nghiệp"


def rounded(x: float, stated: float, digits: int = 1) -> bool:
    """x shown to the plan's precision equals the stated figure."""
    return round(x + 1e-9, digits) == stated


def common(p: Plan, outdated_ok: bool = False) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if not outdated_ok:
        p.lacks(OUTDATED, "a replaced instrument or abolished district body relied on")


def bl01() -> Plan:
    p = Plan("bl01_dau_goi_bo_ket_ngan_pho_htx")
    ch, can, lit, herb, staff = (p.row("Dầu gội chai 300 ml"), p.row("Dầu gội can 1 lít"),
                                 p.row("Tổng thể tích thành phẩm"), p.row("Dược liệu khô cần dùng"),
                                 p.row("Lao động trực tiếp"))
    rev, rc, rk = p.row("Doanh thu |"), p.row("Chai 300 ml (85.000"), p.row("Can 1 lít (220.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Dược liệu khô (60.000", "Chất hoạt động bề mặt", "Chai, can, nắp, nhãn", "Tiền lương",
                                 "Điện, nước, gas", "Khấu hao tài sản cố định", "Lãi vay", "Bán hàng, chiết khấu",
                                 "Quản lý, thử nghiệm")]
    prof = p.row("Lợi nhuận trước thuế")
    for y in Y:  # triệu đồng
        p.check(lit[y] == ch[y] * 0.3 + can[y] and close(herb[y], lit[y] * 0.25), f"litres, herbs {y}")
        p.check(close(rc[y], ch[y] * 0.085) and close(rk[y], can[y] * 0.22) and close(rev[y], rc[y] + rk[y]), f"revenue {y}")
        p.check(close(lines[0][y], herb[y] * 0.06) and close(lines[1][y], lit[y] * 0.04)
                and close(lines[2][y], ch[y] * 0.008 + can[y] * 0.015), f"per-unit costs {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[5][y], 60)
                and close(lines[6][y], [400, 300, 200][y] * 0.08) and close(lines[7][y], rev[y] * 0.08),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(lit[y] <= 3 * 100 * 48 and herb[y] <= 4000, f"capacity 14.400 l, herbs 4 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Nồi nấu chiết, bồn lắng", "Máy chiết rót, đóng nắp",
                                "Thiết bị kiểm tra chất lượng", "Hồ sơ công bố", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1000 == 600 + 400 and sum(items[:4]) == 600, "capital 1.000, fixed 600")
    avg = sum(prof) / 3
    p.check(close(avg, 349.3, 0.001) and rounded(1000 / (avg + 60), 2.4), "payback 2,4")
    p.check(close(6000 * 0.085 + 800 * 0.22, 686) and close(8500 * 0.085 + 1100 * 0.22, 964.5)
            and close(rev[0] / 964.5, 1.40, 0.01), "2025 686, 2026 ≈ 964, +40 % in 2027")
    p.has("85.000 đồng/chai", "220.000 đồng/can", "14.400 lít/năm", "(203 + 349,3 + 495,6) : 3 ≈ 349,3",
          "1.000 : 409,3 ≈ 2,4 năm", "Vốn của hợp tác xã (vốn điều lệ và quỹ đầu tư phát triển): 600 triệu đồng",
          "400 triệu đồng, thời hạn 4 năm, lãi suất 8%/năm", "khoảng 4 tấn/năm",
          "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", "TCCS 01:2025/NP", "Nghị định 43/2017/NĐ-CP",
          "Cục Sở hữu trí tuệ", "bể lắng lọc 3 ngăn")
    common(p)
    return p


def bl02() -> Plan:
    p = Plan("bl02_du_lich_sinh_thai_khe_giao_cty")
    day, stay, kayak, staff = (p.row("Khách tham quan trong ngày |"), p.row("Khách lưu trú |"),
                               p.row("Lượt chèo thuyền kayak"), p.row("Lao động thường xuyên"))
    r1, r2, r3, rev = (p.row("Tham quan trong ngày (250.000"), p.row("Lưu trú nhà sàn (450.000"),
                       p.row("Chèo thuyền kayak (100.000"), p.row("Cộng doanh thu"))
    lines = [p.row(x) for x in ("Thực phẩm, đồ uống phục vụ khách", "Tiền lương", "Điện, nước, giặt là", "Khấu hao |",
                                 "Lãi vay", "Hoa hồng lữ hành", "Quản lý, bảo hiểm")]
    cost = p.row("Cộng chi phí")
    summ = [p.row(str(2027 + y), 5) for y in Y]  # doanh thu, chi phí, LNTT, thuế, LNST
    for y in Y:  # triệu đồng
        p.check(close(r1[y], day[y] * 0.25) and close(r2[y], stay[y] * 0.45) and close(r3[y], kayak[y] * 0.1)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], day[y] * 0.09 + stay[y] * 0.15) and close(lines[1][y], staff[y] * 7 * 12)
                and close(lines[3][y], 170) and close(lines[4][y], [800, 600, 400][y] * 0.075)
                and close(lines[5][y], rev[y] * 0.1), f"food, wages, depreciation, interest, commission {y}")
        s = summ[y]
        p.check(close(cost[y], lines_sum(lines, y)) and close(s[0], rev[y]) and close(s[1], cost[y])
                and close(s[2], rev[y] - cost[y]) and close(s[3], s[2] * 0.2) and close(s[4], s[2] - s[3]),
                f"cost, profit, tax {y}")
        p.check(stay[y] <= 40 * 300 and day[y] / 300 <= 150 and kayak[y] <= day[y] + stay[y], f"capacity {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(900 + 300 + 250 + 100 + 150 == 1700 and 1700 + 100 + 200 == 2000 == 1200 + 800 and close(1700 / 10, 170),
            "capital 2.000, fixed 1.700, depreciation 170")
    avg = sum(s[4] for s in summ) / 3
    p.check(close(avg, 224.4, 0.001) and rounded(2000 / (avg + 170), 5.1), "payback 5,1")
    p.check(close(5000 * 0.25, 1250) and close(day[0] / 5000, 1.2), "2026 1,25 tỷ; +20 % visitors")
    p.has("250.000 đ/khách", "450.000 đ/khách", "100.000 đ/lượt", "Tổng vốn đầu tư của phương án là 2 tỷ đồng",
          "vốn chủ sở hữu 1.200 triệu đồng", "800 triệu đồng, lãi suất 7,5%/năm, trả gốc 200 triệu đồng/năm",
          "(68,8 + 224,4 + 380) : 3 = 224,4", "2.000 : 394,4 ≈ 5,1 năm", "Giấy chứng nhận đăng ký doanh nghiệp",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCVN 7800:2017", "bể tự hoại 3 ngăn",
          "nhãn hiệu \"Khe Giao\"")
    common(p)
    return p


def bl03() -> Plan:
    p = Plan("bl03_mat_ong_khe_bo_hkd")
    col, jars, bulk, kg, staff = (p.row("Số đàn ong"), p.row("Mật đóng hũ 500 g"), p.row("Mật bán theo ký"),
                                  p.row("Tổng sản lượng mật"), p.row("Lao động thường xuyên"))
    rj, rb, rev = p.row("Doanh thu mật đóng hũ"), p.row("Doanh thu mật bán theo ký"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Mua đàn giống bổ sung", "Thức ăn bổ sung", "Thuốc thú y", "Hũ, nắp, nhãn, hộp",
                                 "Công lao động", "Vận chuyển, di đàn", "Thuê điểm đặt đàn", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, quảng bá", "Thử nghiệm, chi khác")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận |")
    for y in Y:  # tr.đ
        p.check(kg[y] == jars[y] * 0.5 + bulk[y] and kg[y] <= col[y] * 12 and col[y] == 240 + 60 * (y + 1),
                f"honey within 12 kg/đàn; +60 colonies a year {y}")
        p.check(close(rj[y], jars[y] * 0.17) and close(rb[y], bulk[y] * 0.26) and close(rev[y], rj[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], 60 * 1.2) and close(lines[1][y], col[y] * 0.08) and close(lines[3][y], jars[y] * 0.012)
                and close(lines[4][y], staff[y] * 6.5 * 12) and close(lines[7][y], 35) and close(lines[8][y], 200 * 0.07),
                f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(prof[y] / rev[y] < 0.40, f"margin under 40 % {y}")
    p.check(150 + 150 + 50 == 350 and 350 + 50 + 200 == 600 == 400 + 200, "capital 600, fixed 350")
    avg = sum(prof) / 3
    p.check(close(avg, 480.2, 0.001) and rounded(600 / (avg + 35), 1.2), "payback 1,2")
    p.check(close(kg[0] / 2800, 1.29, 0.01), "+29 % on 2026")
    p.has("170.000 đồng/hũ", "260.000 đồng/kg", "Tổng vốn đầu tư 600 triệu đồng", "vốn tự có của gia đình 400 triệu đồng",
          "200 triệu đồng, lãi suất 7%/năm", "300 đàn × 12 kg = 3.600 kg", "(331 + 506,2 + 603,4) : 3 = 480,2",
          "600 : (480,2 + 35) ≈ 1,2 năm", "Giấy chứng nhận đăng ký hộ kinh doanh", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "tự công bố sản phẩm", "Nghị định 43/2017/NĐ-CP", "Mật ong Khe Bò\" đã nộp đơn")
    common(p)
    return p


def bl04() -> Plan:
    p = Plan("bl04_non_la_xuan_hoi_tht")
    s, g, m, days, leaf = (p.row("Nón lá trơn"), p.row("Nón vẽ tay hộp quà"), p.row("Nón mini trang trí"),
                           p.row("Ngày công chằm"), p.row("Lá nón khô"))
    rs, rg, rm, rev = (p.row("Nón trơn (60.000"), p.row("Nón vẽ tay (180.000"), p.row("Nón mini (45.000"),
                       p.row("Tổng doanh thu"))
    lines = [p.row(x) for x in ("Lá nón, vành tre", "Tiền công khoán cho thợ", "Hộp quà, túi, nhãn", "Khấu hao",
                                 "Bán hàng, hội chợ", "Quản lý, điện nước")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận")
    for y in Y:  # triệu đồng
        p.check(close(days[y], s[y] * 0.4 + g[y] + m[y] * 0.2) and days[y] <= 80 * 220, f"hat-making days {y}")
        p.check(close(leaf[y], (s[y] + g[y]) * 0.1 + m[y] * 0.03) and leaf[y] <= 5000, f"leaves within 5 tấn {y}")
        p.check(close(rs[y], s[y] * 0.06) and close(rg[y], g[y] * 0.18) and close(rm[y], m[y] * 0.045)
                and close(rev[y], rs[y] + rg[y] + rm[y]), f"revenue {y}")
        p.check(close(lines[0][y], s[y] * 0.018 + g[y] * 0.035 + m[y] * 0.01)
                and close(lines[1][y], s[y] * 0.025 + g[y] * 0.07 + m[y] * 0.018)
                and close(lines[2][y], s[y] * 0.002 + g[y] * 0.02 + m[y] * 0.005) and close(lines[3][y], 30), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Sửa chữa nhà xưởng chung", "Lò sấy lá, máy là lá", "Tủ, kệ trưng bày",
                                "Thiết kế mẫu, nhãn", "Vốn lưu động")]
    p.check(sum(items) == p.one("Cộng |") == 400 == 320 + 80 == 16 * 20 + 80 and sum(items[:3]) == 300, "capital 400")
    p.check(sum(prof) / 3 == 435 and rounded(400 / (435 + 30), 0.86, 2), "payback 0,86")
    p.check(close(17500 * 0.06 + 1200 * 0.18 + 2000 * 0.045, 1356) and close(18500 * 0.06 + 2000 * 0.18 + 3000 * 0.045, 1605)
            and close(rev[0] / 1605, 1.196, 0.01), "2025 1.356, 2026 1.605, +20 %")
    p.check(8 + 6 + 6 == 20, "20 young makers trained")
    p.has("60.000 đồng/chiếc", "180.000 đồng/chiếc", "45.000 đồng/chiếc", "Tổng vốn đầu tư 400 triệu đồng",
          "24.000 × 0,4 + 5.000 × 1 + 6.000 × 0,2 = 15.800 ngày công", "17.600 ngày công", "5 tấn lá khô/năm",
          "400 : (435 + 30) ≈ 0,86 năm", "hợp đồng hợp tác được UBND xã chứng thực", "mã số thuế", "TCCS 01:2026/XH",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "không xông lưu huỳnh")
    common(p)
    return p


def bl05() -> Plan:
    p = Plan("bl05_ruou_nep_cam_ky_phong_cty")
    out, rice, staff = p.row("Rượu thành phẩm"), p.row("Gạo nếp cẩm |"), p.row("Lao động |")
    lines = [p.row(x) for x in ("Gạo nếp cẩm (49.000", "Men lá, nấm men", "Chai, nút, nhãn, hộp", "Củi, điện, nước",
                                 "Tiền lương", "Khấu hao |", "Lãi vay", "Bán hàng, vận chuyển", "Quản lý, thử nghiệm")]
    cost = p.row("Tổng chi phí |")
    res = [p.row(str(2027 + y), 7) for y in Y]  # lít, đ/lít, doanh thu, chi phí, LNTT, thuế, LNST
    for y in Y:  # triệu đồng
        r = res[y]
        p.check(close(rice[y], out[y] * 1.4) and r[0] == out[y] and r[1] == 150000, f"rice 1,4 kg/l; results row {y}")
        p.check(close(lines[0][y], out[y] * 0.049) and close(lines[1][y], out[y] * 0.003) and close(lines[2][y], out[y] * 0.015)
                and close(lines[3][y], out[y] * 0.004) and close(lines[4][y], staff[y] * 7 * 12) and close(lines[5][y], 80)
                and close(lines[6][y], [500, 375, 250][y] * 0.08) and close(lines[7][y], out[y] * 0.0075)
                and close(lines[8][y], 60), f"cost norms {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(r[3], cost[y]), f"cost sum {y}")
        p.check(close(r[4], r[2] - r[3]) and close(r[5], r[4] * 0.2) and close(r[6], r[4] - r[5]),
                f"profit and tax follow the written revenue {y}")
        p.check(out[y] <= 80 * 250 and rice[y] <= 30000, f"capacity 20.000 l, rice 30 tấn {y}")
    p.check(close(res[0][2], 12000 * 0.15) and close(res[2][2], 16000 * 0.15), "2027 and 2029 revenue right")
    p.check(close(14000 * 0.15, 2100) and res[1][2] == 2450 and off(res[1][2], 2100),
            "PLANTED 2028 revenue 2.450 != 14.000 l × 150.000 = 2.100 (+16,7 %)")
    p.check(300 + 250 + 120 + 130 == 800 and 800 + 80 + 320 == 1200 == 700 + 500, "capital 1.200, fixed 800")
    avg = sum(r[6] for r in res) / 3
    p.check(close(avg, 287.7, 0.001) and rounded(1200 / (avg + 80), 3.3), "stated payback 3,3 on the written profits")
    true_pat = (2100 - 1857) * 0.8
    true = 1200 / ((res[0][6] + true_pat + res[2][6]) / 3 + 80)
    p.check(close(true, 4.37, 0.01) and off(3.3, true), "tolerated knock-on: true payback ≈ 4,4 năm")
    p.check(close(out[0] / 10000, 1.2), "+20 % on 2026")
    p.check(p.count("Rượu ngô men lá Sơn Kim") == 2 and p.count("Rượu nếp cẩm Kỳ Phong") >= 4,
            "PLANTED a second product name (maize wine of Sơn Kim), twice")
    p.lacks(r"môi trường|nước thải|chất thải|\bbã\b|xử lý|\brác\b|khí thải|ô nhiễm|\bbể\b|\bhầm\b|biogas|khói|phân hữu cơ|"
            r"đăng ký môi trường|thu gom", "PLANTED no environmental measure anywhere")
    p.has("150.000 đ/lít", "120.000 đồng/chai 500 ml", "Tổng vốn đầu tư 1.200 triệu đồng", "vốn chủ sở hữu 700 triệu đồng",
          "500 triệu đồng, lãi suất 8%/năm, trả gốc 125 triệu đồng/năm", "1.200 : (287,7 + 80) ≈ 3,3 năm",
          "Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "QCVN 6-3:2010/BYT", "Nghị định 43/2017/NĐ-CP",
          "Nhãn hiệu \"Kỳ Phong\"", "tối thiểu 30 tấn gạo/năm", "80 lít rượu thành phẩm/ngày")
    common(p)
    return p


def bl06() -> Plan:
    p = Plan("bl06_tra_voi_ca_gai_leo_son_hong_htx")
    boxes, packs, tea, leaf, staff = (p.row("Hộp 25 túi lọc (50 g)"), p.row("Gói trà khô 500 g"), p.row("Trà thành phẩm"),
                                      p.row("Lá tươi cần dùng"), p.row("Lao động |"))
    rev, rb, rp = p.row("Doanh thu |"), p.row("- Hộp túi lọc (45.000"), p.row("- Gói trà khô (120.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Lá tươi (8.000", "Túi lọc, hộp, túi zip, nhãn", "Điện sấy, nhiên liệu", "Tiền lương",
                                 "Khấu hao |", "Lãi vay", "Bán hàng, chiết khấu, quảng cáo", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |")
    supply = 2 * 5000 + 5000
    for y in Y:  # triệu đồng
        p.check(tea[y] == boxes[y] * 0.05 + packs[y] * 0.5 and close(leaf[y], tea[y] * 5.5), f"tea, leaves 5,5 {y}")
        p.check(close(rb[y], boxes[y] * 0.045) and close(rp[y], packs[y] * 0.12) and close(rev[y], rb[y] + rp[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 0.008) and close(lines[1][y], boxes[y] * 0.009 + packs[y] * 0.006)
                and close(lines[2][y], tea[y] * 0.003) and close(lines[3][y], staff[y] * 6 * 12) and close(lines[4][y], 90)
                and close(lines[5][y], [600, 400, 200][y] * 0.07) and close(lines[6][y], rev[y] * 0.1), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(leaf[y] <= 100 * 2 * 200 and boxes[y] * 25 <= 30 * 60 * 8 * 250, f"dryer 40 tấn, tea-bag machine {y}")
    p.check(leaf[0] <= supply, "2027 leaves 13.200 kg within 15 tấn")
    p.check(leaf[1] > supply and leaf[2] > supply and off(leaf[1], supply) and off(leaf[2], supply)
            and close(leaf[2] / supply, 1.32, 0.001), "PLANTED 2028 / 2029 need 16,5 / 19,8 tấn of leaves, supply 15 tấn")
    items = [p.one(x) for x in ("Cải tạo xưởng sơ chế, kho", "Máy sấy khí nóng", "Máy nghiền, máy đóng túi lọc",
                                "Máy hàn hộp, cân", "Bao bì, nhãn, kiểm nghiệm", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng vốn đầu tư") == 1300 == p.one("Trong đó: vốn góp") + p.one("Vay Ngân hàng")
            and sum(items[:4]) == 900, "capital 1.300 = 700 + 600, fixed 900")
    p.check(sum(prof) / 3 == 695 and rounded(1300 / (695 + 90), 1.7), "payback 1,7")
    p.check(close(26000 * 0.045 + 500 * 0.12, 1230) and close(32000 * 0.045 + 650 * 0.12, 1518), "2025, 2026 revenue")
    p.has("45.000 đồng/hộp", "120.000 đồng/gói", "khoảng 15 tấn lá tươi mỗi năm, đáp ứng đủ nhu cầu",
          "5 tấn lá tươi/ha/năm, được 10 tấn", "khoảng 5 tấn lá tươi/năm", "cần 5,5 kg lá tươi cho 1 kg trà thành phẩm",
          "1.300 : (695 + 90) ≈ 1,7 năm", "TCCS 01:2026/SH", "Giấy chứng nhận đăng ký hợp tác xã")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 490/QĐ-TTg ngày 07/5/2018",
          "Nghị quyết số 123/2018/NQ-HĐND", "Hội đồng đánh giá OCOP huyện Hương Sơn",
          "Phòng Nông nghiệp và Phát triển nông thôn huyện Hương Sơn")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|hai cấp", "PLANTED the current instruments are not cited")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh|đủ điều kiện|15/2018|cam kết|khám sức khỏe|tự công bố|công bố sản phẩm|"
            r"HACCP|\bGMP\b|\bISO\b", "PLANTED no food-safety certificate, commitment or plan anywhere")
    common(p, outdated_ok=True)
    return p


def bl07() -> Plan:
    p = Plan("bl07_ruoc_ca_thu_thach_kim_ho")
    hu, tui, kg, fish = p.row("Hũ 200 g |"), p.row("Túi 500 g |"), p.row("Tổng ruốc thành phẩm"), p.row("Cá thu tươi |")
    rev, rh, rt = p.row("Doanh thu |"), p.row("Hũ 200 g (110.000"), p.row("Túi 500 g (250.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cá thu tươi (80.000", "Gia vị, dầu, gas", "Hũ nhựa, túi zip", "Công lao động thuê",
                                 "Khấu hao máy móc", "Điện, nước", "Vận chuyển, gửi hàng", "Chi khác")]
    prof = p.row("Lợi nhuận |")
    hired = [2, 2, 3]
    for y in Y:  # 1.000 đồng
        p.check(close(kg[y], hu[y] * 0.2 + tui[y] * 0.5) and close(fish[y], kg[y] * 3.5), f"kg, fish 3,5 {y}")
        p.check(close(rh[y], hu[y] * 110) and close(rt[y], tui[y] * 250) and close(rev[y], rh[y] + rt[y]), f"revenue {y}")
        p.check(close(lines[0][y], fish[y] * 80) and close(lines[1][y], kg[y] * 15) and close(lines[2][y], hu[y] * 4 + tui[y] * 3)
                and close(lines[3][y], hired[y] * 5500 * 12) and close(lines[4][y], 30000), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(kg[y] <= 30 * 250 and fish[y] <= 15000, f"pan 7.500 kg, fish 15 tấn {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[1], rev[1] - cost[1]), "2027 and 2028 profit right")
    p.check(rev[2] - cost[2] == 307300 and prof[2] == 407300 and off(prof[2], rev[2] - cost[2]),
            "PLANTED 2029 profit 407.300 != 1.450.000 − 1.142.700 = 307.300 (+32,5 %)")
    p.check(70 + 25 + 35 + 20 == 150 and 150 + 100 == 250 == 150 + 100 and close(150000 / 5, 30000), "capital 250, fixed 150")
    p.check(rounded(250000 / (prof[0] + 30000), 0.9), "payback on the 2027 profit 0,9 (independent of the wrong 2029 figure)")
    p.check(close(kg[0] / 1800, 1.17, 0.01), "+17 % on 2026")
    p.has("110.000 đồng/hũ", "250.000 đồng/túi", "80.000 đồng/kg", "Tổng vốn cần 250 triệu đồng",
          "250.000 : (251.500 + 30.000) ≈ 0,9 năm", "khoảng 15 tấn cá thu tươi/năm", "30 kg/ngày × 250 ngày = 7.500 kg/năm",
          "bản cam kết bảo đảm an toàn thực phẩm", "tự công bố sản phẩm", "tiêu chuẩn cơ sở", "bể lắng tách mỡ",
          "Nhãn hiệu \"Ruốc cá Bà Lài\"")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|giấy phép kinh doanh|doanh nghiệp|"
            r"hợp tác xã|tổ hợp tác|thành lập|đăng ký hộ|\bthuế\b", "PLANTED no business registration or plan to register")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021|ghi nhãn|mã QR|mã vạch|in hạn|in ngày",
            "PLANTED no label, label content or labelling decree ('nhãn' only in 'nhãn hiệu')")
    common(p)
    return p


def bl08() -> Plan:
    p = Plan("bl08_bot_san_day_duc_linh_ctcp")
    hop, tui, buon, kg, cu, staff = (p.row("Hộp 500 g |"), p.row("Túi 1 kg |"), p.row("Bán buôn bao 10 kg"),
                                     p.row("Tổng bột thành phẩm"), p.row("Củ sắn dây tươi |"), p.row("Lao động thường xuyên"))
    rh, rt, rb, rev = (p.row("Hộp 500 g (120.000"), p.row("Túi 1 kg (200.000"), p.row("Bán buôn (160.000"),
                       p.row("Tổng doanh thu"))
    lines = [p.row(x) for x in ("Củ sắn dây tươi (8.000", "Hộp, túi, bao, nhãn", "Điện, nước, năng lượng sấy",
                                 "Lương lao động thường xuyên", "Công lao động mùa vụ", "Khấu hao |", "Lãi vay",
                                 "Bán hàng, vận chuyển (6%", "Quản lý, kiểm nghiệm")]
    cost, pbt, tax, pat = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == hop[y] * 0.5 + tui[y] + buon[y] and cu[y] * 1000 == kg[y] * 10, f"kg, roots 10:1 {y}")
        p.check(close(rh[y], hop[y] * 0.12) and close(rt[y], tui[y] * 0.2) and close(rb[y], buon[y] * 0.16)
                and close(rev[y], rh[y] + rt[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], cu[y] * 8) and close(lines[1][y], hop[y] * 0.006 + tui[y] * 0.004 + buon[y] * 0.001)
                and close(lines[2][y], kg[y] * 0.005) and close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], cu[y] * 1)
                and close(lines[5][y], 200) and close(lines[6][y], [1200, 900, 600][y] * 0.08)
                and close(lines[7][y], rev[y] * 0.06), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pbt[y], rev[y] - cost[y]) and close(tax[y], pbt[y] * 0.2)
                and close(pat[y], pbt[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(cu[y] <= 300, f"roots within the 300 tấn contract {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    cap_roots = 2 * 120
    p.check(cu[0] <= cap_roots and cu[1] <= cap_roots, "2027, 2028 within 240 tấn củ")
    p.check(cu[2] == 280 and off(cu[2], cap_roots) and off(kg[2], 24000), "PLANTED 2029 needs 280 tấn củ / 28 tấn bột > 240 / 24")
    eq = [p.row(x) for x in ("Máy rửa, bóc vỏ củ", "Máy nghiền củ", "Máy lọc ly tâm", "Bồn lắng inox", "Máy sấy bột",
                             "Máy đóng gói, hàn túi")]
    p.check(all(close(e[0] * e[1], e[2]) for e in eq), "equipment quantity × price")
    stated = p.one("Tổng cộng")
    p.check(sum(e[2] for e in eq) == 900 and stated == 1000 and off(stated, 900),
            "PLANTED Bảng 3 total 1.000 != items 900 (+11 %)")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "Máy móc, thiết bị (Bảng 3)", "Bao bì, nhãn, mã vạch", "Vốn lưu động")]
    p.check(items[1] == stated and sum(items) == p.one("Tổng vốn đầu tư") == 2600 == 1400 + 1200, "investment carries the 1.000 on; sources 2.600")
    avg = sum(pat) / 3
    p.check(close(avg, 612, 0.001) and rounded(2600 / (avg + 200), 3.2), "payback 3,2 on the stated total")
    p.check(not off(2500 / (avg + 190), 3.2), "on the true 2.500 the payback moves under 5 % (no knock-on)")
    p.check(close(kg[0] / 15000, 1.2), "+20 % on 2026")
    p.has("120.000 đồng/hộp", "200.000 đồng/túi", "160.000 đồng/kg", "Tổng nguồn vốn 2.600 triệu đồng",
          "vốn góp của cổ đông 1.400 triệu đồng", "1.200 triệu đồng, lãi suất 8%/năm, trả gốc 300 triệu đồng/năm",
          "tối đa 2 tấn củ tươi/ngày", "khoảng 120 ngày chế biến", "240 tấn củ/năm, tương đương khoảng 24 tấn bột",
          "Sau năm 2027 công ty không đầu tư thêm thiết bị", "cam kết mua tối thiểu 300 tấn củ/năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố", "Nghị định 43/2017/NĐ-CP", "đăng ký môi trường")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|độc quyền|văn bằng",
            "PLANTED no trademark or IP protection anywhere")
    common(p)
    return p


def bl09() -> Plan:
    p = Plan("bl09_dua_luoi_cam_binh_htx")
    area, out, staff = p.row("Diện tích nhà màng sản xuất"), p.row("Sản lượng dưa thương phẩm"), p.row("Lao động thường xuyên")
    rev, cost = p.row("Doanh thu (35.000"), p.row("Chi phí |")
    lines = [p.row(x) for x in ("Giống, phân bón, giá thể", "Điện, nước tưới", "Lưới xốp, tem, thùng", "Vận chuyển (2.500",
                                 "Tiền lương", "Khấu hao", "Lãi vay", "Quản lý, chi khác")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(close(rev[y], out[y] * 0.035), f"revenue {y}")
        p.check(close(lines[0][y], out[y] * 0.009) and close(lines[1][y], out[y] * 0.002) and close(lines[2][y], out[y] * 0.003)
                and close(lines[3][y], out[y] * 0.0025) and close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 250)
                and close(lines[6][y], [600, 400, 200][y] * 0.075), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(area[y] == 25000 and out[y] <= area[y] / 1000 * 3 * 2800, f"greenhouse 210 tấn not exceeded {y}")
    g1, g2 = out[1] / out[0], out[2] / out[1]
    p.check(close(g1, 1.875) and close(g2, 2.267, 0.001) and close(rev[1] / rev[0], 1.875) and close(rev[2] / rev[1], 2.267, 0.001)
            and out[2] / staff[2] > 2 * out[0] / staff[0], "PLANTED output and revenue ×1,9 then ×2,3 on the same area, "
            "8 → 18,9 tấn per worker, no market named")
    p.check(close(out[0] / 34000, 1.18, 0.01), "+18 % on 2026 (the jump is later)")
    p.check(300 + 400 + 300 + 200 == 1200 == 600 + 600 and close(1000 / 10, 100) and 150 + 100 == 250, "capital 1.200, depreciation 250")
    avg = sum(prof) / 3
    cum = prof[0] + prof[1]
    bases = [1200 / avg, 1200 / (avg + 250), 1200 / (avg + 100), 2 + (1200 - cum) / prof[2],
             2 + (1200 - cum - 500) / (prof[2] + 250), 1200 / (prof[0] + 250), 1200 / (prof[0] + 100)]
    p.check(close(avg, 913.5, 0.001) and all(off(3.5, b) for b in bases),
            "PLANTED payback 3,5 năm matches no basis (1,3 / 1,0 / 1,2 / 2,3 / 2,1 / 4,2 / 8,9)")
    market = p.body.split("# 5. Thị trường tiêu thụ", 1)[1].split("# 6. Phân tích SWOT", 1)[0]
    p.check(not re.search(r"\d|giá(?! trị)|đồng", market), "PLANTED the market section has no figure and no price")
    p.lacks(r"khách|siêu thị|\bchợ\b|thương lái|cửa hàng|đại lý|bán lẻ|bán buôn|sàn thương mại|trực tuyến|online|facebook|"
            r"zalo|shopee|tiktok|hợp đồng tiêu thụ|bao tiêu|nhà hàng|xuất khẩu|đơn hàng|phân phối|đầu mối|người mua|"
            r"người tiêu dùng|\bbán\b", "PLANTED no customer, buyer or sales channel anywhere")
    p.has("Lợi nhuận bình quân 3 năm đạt 913,5 triệu đồng/năm", "Thời gian hoàn vốn của phương án khoảng 3,5 năm",
          "Tổng vốn đầu tư 1.200 triệu đồng", "vốn góp của thành viên 600 triệu đồng", "tối đa khoảng 210 tấn/năm",
          "Giấy chứng nhận đăng ký hợp tác xã", "VietGAP", "bản cam kết bảo đảm an toàn thực phẩm", "tiêu chuẩn cơ sở",
          "Nghị định 43/2017/NĐ-CP", "Nhãn hiệu tập thể", "bể chứa riêng")
    common(p)
    return p


def bl10() -> Plan:
    p = Plan("bl10_nuoc_cot_chanh_leo_ngan_sau_cty")
    c5, c2, lit, fruit, staff = (p.row("Chai 500 ml |"), p.row("Chai 250 ml |"), p.row("Tổng sản lượng nước cốt"),
                                 p.row("Quả chanh leo tươi"), p.row("Lao động |"))
    rev, r5, r2 = p.row("Doanh thu |"), p.row("Chai 500 ml (65.000"), p.row("Chai 250 ml (38.000")
    lines = [p.row(x) for x in ("Quả chanh leo (12.000", "Đường, phụ liệu", "Chai, nắp, nhãn, thùng", "Điện, nước, gas",
                                 "Tiền lương", "Khấu hao", "Lãi vay", "Bán hàng, chiết khấu", "Quản lý, chi khác")]
    cost, pbt = p.row("Tổng chi phí"), p.row("Lợi nhuận trước thuế")
    tax, pat = p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(lit[y] == c5[y] * 0.5 + c2[y] * 0.25 and fruit[y] * 1000 == lit[y] * 2, f"litres, fruit 2 kg/l {y}")
        p.check(close(r5[y], c5[y] * 0.065) and close(r2[y], c2[y] * 0.038) and close(rev[y], r5[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 12) and close(lines[1][y], lit[y] * 0.008)
                and close(lines[2][y], c5[y] * 0.007 + c2[y] * 0.005) and close(lines[3][y], lit[y] * 0.003)
                and close(lines[4][y], staff[y] * 7 * 12) and close(lines[5][y], 120)
                and close(lines[6][y], [600, 400, 200][y] * 0.08) and close(lines[7][y], rev[y] * 0.1), f"costs {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pbt[y], rev[y] - cost[y]) and close(tax[y], pbt[y] * 0.2)
                and close(pat[y], pbt[y] - tax[y]), f"cost, profit, tax {y}")
        p.check(lit[y] <= 150 * 250 and fruit[y] <= 70, f"capacity 37.500 l, fruit 70 tấn {y}")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Dây chuyền rửa, tách ruột", "Máy chiết rót, đóng nắp |",
                                "Kho lạnh |", "Thiết kế bao bì, nhãn", "Vốn lưu động")]
    total, sources = p.one("Tổng vốn đầu tư"), p.one("Cộng nguồn vốn")
    p.check(sum(items) == total == 1800 and sum(items[:4]) == 1200, "investment items = 1.800, fixed 1.200")
    p.check(p.one("Vốn góp của các thành viên") + p.one("Vay Ngân hàng TMCP") == sources == 1600, "sources table adds up")
    p.check(off(sources, total) and close(sources / total, 0.889, 0.001), "PLANTED sources 1.600 != investment 1.800 (−11 %)")
    avg = sum(pat) / 3
    p.check(close(avg, 555, 0.001) and rounded(1800 / (avg + 120), 2.7), "payback 2,7")
    p.has("khi thực hiện phương án (năm 2027) là 14 người", "Năm 2027 công ty sử dụng 9 lao động")
    p.check(staff[0] == 9 and off(14, staff[0]) and close(lines[4][0], 9 * 7 * 12), "PLANTED 14 vs 9 workers in 2027 (wages on 9)")
    p.check(close(lit[0] / 14000, 1.43, 0.01), "+43 % on 2026 with the new line")
    p.has("65.000 đồng/chai", "38.000 đồng/chai", "(340 + 577,4 + 747,7) : 3 ≈ 555", "1.800 : (555 + 120) ≈ 2,7 năm",
          "tối thiểu 70 tấn quả/năm", "công suất 37.500 lít/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Nghị định 43/2017/NĐ-CP", "nhãn hiệu \"Ngàn Sâu\"", "bể lắng 2 ngăn", "Giấy chứng nhận đăng ký doanh nghiệp")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|QCVN|TCVN|kiểm nghiệm|thử nghiệm|chỉ tiêu (chất|an toàn|vi sinh|cảm quan|lý|hóa)|\bISO\b|HACCP|VietGAP|phiếu kết quả|"
            r"phòng thí nghiệm", "PLANTED no product standard, declaration or lab test anywhere")
    common(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("bl11_khoai_lang_say_deo_ky_xuan_so_sai")
    a.check(3000 * 120000 == 360e6, "3 tấn × 120.000 đồng/kg = 360 triệu")
    a.has("khoảng 3 tấn khoai sấy dẻo mỗi năm", "120.000 đồng/kg", "khoảng 360 triệu đồng/năm", "khoảng 150 triệu đồng",
          "Hộ đã đăng ký hộ kinh doanh năm 2024")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 400, "no table, under a page")
    a.lacks(r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|bao bì|môi trường|cửa hàng|đại lý|siêu thị|khách hàng|nguyên liệu|"
            r"rủi ro|tiến độ", "the gaps are real")
    common(a)
    b = Plan("bl12_choi_dot_huong_lam_tht_so_sai")
    b.check(20000 * 35000 == 700e6, "20.000 chiếc × 35.000 đồng = 700 triệu")
    b.has("khoảng 20.000 chiếc chổi", "35.000 đồng/chiếc", "khoảng 700 triệu đồng", "hợp đồng hợp tác được UBND xã chứng thực")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"tiêu chuẩn|nhãn|cửa hàng|đại lý|khách hàng|nguyên liệu|rủi ro|tiến độ|vốn đầu tư", "the gaps are real")
    common(b)
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (bl01, bl02, bl03, bl04, bl05, bl06, bl07, bl08, bl09, bl10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
