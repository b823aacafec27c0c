"""The forty-fourth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout44/arithmetic.py

For every plan: revenue = quantity x price, cost lines sum to the total, profit = revenue - cost,
tax, investment items = capital sources = total, depreciation, interest, payback, raw-material
need vs supply, output vs capacity, growth. Planted numeric defects are asserted wrong by more
than 5 % and everything else right (within 1 %). Table figures are read from the plan's source;
figures quoted from running text are looked up verbatim, so the numbers cannot drift from the
text. The textual planted defects (replaced instruments cited, no environment measure, two colony
counts, no product standard, no food safety, a second producer name, no registration, no label,
no trademark, no sales channel) are asserted too, as is the absence of template placeholders.
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


def section(p: Plan, start: str, end: str) -> str:
    return p.body.split(start, 1)[1].split(end, 1)[0]


def as01() -> Plan:
    p = Plan("as01_cha_tom_thien_cam_htx")
    box, bulk, kg, shrimp, staff = (p.row("Chả tôm hộp 500 g"), p.row("Chả tôm cây bán buôn"),
                                    p.row("Tổng sản lượng chả tôm"), p.row("Tôm tươi nguyên liệu"),
                                    p.row("Lao động sản xuất"))
    rev, rb, rc = p.row("Doanh thu |"), p.row("Chả tôm hộp (210.000"), p.row("Chả tôm cây (360.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Tôm tươi (130.000", "Mỡ, hành, gia vị", "Hộp, túi hút", "Điện, nước, gas",
                                 "Tiền lương lao động", "Khấu hao tài sản", "Lãi vay", "Chi phí bán hàng",
                                 "Chi phí quản lý")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(kg[y] == box[y] * 0.5 + bulk[y] and shrimp[y] == kg[y] * 1.5, f"kg, shrimp 1,5 {y}")
        p.check(close(rb[y], box[y] * 0.21) and close(rc[y], bulk[y] * 0.36) and close(rev[y], rb[y] + rc[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], shrimp[y] * 0.13) and close(lines[1][y], kg[y] * 0.02)
                and close(lines[2][y], box[y] * 0.006 + bulk[y] * 0.003) and close(lines[3][y], kg[y] * 0.008),
                f"per-unit costs {y}")
        p.check(close(lines[4][y], staff[y] * 6 * 12) and close(lines[5][y], 120)
                and close(lines[6][y], [600, 400, 200][y] * 0.08) and close(lines[7][y], rev[y] * 0.05),
                f"wages, depreciation, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.1) and close(post[y], pre[y] - tax[y]), f"tax 10 % {y}")
        p.check(kg[y] <= 80 * 280 and shrimp[y] <= 24000, f"capacity 22.400 kg, 24 tấn shrimp {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    items = [p.one(x) for x in ("Cải tạo xưởng", "Kho lạnh lắp ghép", "Máy quết, máy định hình",
                                "Máy hút chân không hai buồng", "Thiết kế bao bì", "Vốn lưu động mua tôm")]
    p.check(sum(items) == p.one("Tổng cộng") == 1600 == 800 + 200 + 600, "capital 1.600 = items = sources")
    p.check(sum(items[:5]) == 1200 and close(1200 / 10, 120), "fixed 1.200, depreciation 120")
    avg = sum(post) / 3
    p.check(close(avg, 664.2, 0.001) and close(1600 / (avg + 120), 2.04, 0.01), "payback ≈ 2,04")
    p.check(kg[0] / 7800 < 1.3, "2026 +28 % on 2025")
    p.has("210.000 đồng/hộp", "360.000 đồng/kg", "1.600 : (664,2 + 120) ≈ 2,04 năm", "22.400 kg/năm",
          "tổng lượng cam kết 24 tấn tôm/năm", "1,5 kg tôm tươi nguyên con cho 1 kg chả tôm",
          "Quyết định số 148/QĐ-TTg", "Nghị định số 111/2021/NĐ-CP", "TCCS 01:2026/HTXTC",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    p.lacks(r"1048/QĐ-TTg|490/QĐ-TTg|123/2018|\bhuyện\b", "no replaced instrument or district body")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def as02() -> Plan:
    p = Plan("as02_trai_nghiem_gom_tung_loc_hkd")
    vis = [p.row(f"{yr}|", 4) for yr in (2027, 2028, 2029)]
    fin = [p.row(f"{yr}|", 6) for yr in (2027, 2028, 2029)]
    cst = [p.row(f"{yr}|", 8) for yr in (2027, 2028, 2029)]
    staff = [6, 7, 8]
    for y in Y:  # nghìn đồng
        hs, le, tot, sp = vis[y]
        vhs, vle, vsp, rev, cost, prof = fin[y]
        mat, elec, wage, dep, intr, comm, other, ctot = cst[y]
        p.check(tot == hs + le, f"visitors {y}")
        p.check(close(vhs, hs * 100) and close(vle, le * 180) and close(vsp, sp * 120)
                and close(rev, vhs + vle + vsp), f"revenue {y}")
        p.check(close(mat, tot * 20 + sp * 30) and close(elec, (tot + sp) * 5) and close(wage, staff[y] * 5500 * 12)
                and dep == 75000 and close(intr, [300000, 200000, 100000][y] * 0.08)
                and close(comm, (vhs + vle) * 0.10), f"cost lines {y}")
        p.check(close(ctot, mat + elec + wage + dep + intr + comm + other) and close(cost, ctot)
                and close(prof, rev - cost), f"cost, profit {y}")
        p.check(tot <= 40 * 2 * 250 and tot + sp <= 150 * 3 * 50, f"wheels 20.000 lượt, kiln 22.500 pieces {y}")
        p.check(tot * 1.2 + sp * 1.5 <= 20000, f"clay within 20 tấn {y}")
        if y:
            p.check(fin[y][3] / fin[y - 1][3] < 1.25, f"growth {y}")
    p.check(250 + 120 + 100 + 60 + 70 == 600 and 600 + 150 == 750 == 450 + 300 and 600 / 8 == 75,
            "capital 750, fixed 600, depreciation 75")
    avg = sum(f[5] for f in fin) / 3
    p.check(close(avg, 248833, 0.001) and close(750000 / (avg + 75000), 2.3, 0.01), "payback ≈ 2,3")
    p.check(close(9000 * 1.2 + 2100 * 1.5, 13950), "13.950 kg clay in 2029")
    p.check(vis[0][2] / 4800 < 1.5, "2027 +35 % on the 2026 estimate, with the new workshop")
    p.has("100.000 đồng/lượt", "180.000 đồng/lượt", "120.000 đồng/sản phẩm", "Tổng vốn đầu tư của phương án là 750 triệu đồng",
          "40 × 2 × 250 = 20.000 lượt/năm", "750.000 : 323.833 ≈ 2,3 năm", "(175.000 + 251.000 + 320.500) : 3 ≈ 248.833",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28C8004176", "Cục Sở hữu trí tuệ", "bể lắng")
    p.lacks(r"1048/QĐ-TTg|490/QĐ-TTg|123/2018", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def as03() -> Plan:
    p = Plan("as03_ghe_may_tre_phu_gia_cty")
    n = 4
    ch, bo, don = p.row("Ghế thư giãn|", n), p.row("Bộ bàn ghế mây|", n), p.row("Ghế đôn mây|", n)
    rev, rc, rb, rd = (p.row("Doanh thu|", n), p.row("Ghế thư giãn (1,2", n), p.row("Bộ bàn ghế (5,5", n),
                       p.row("Ghế đôn (0,35", n))
    cost = p.row("Chi phí|", n)
    lines = [p.row(x, n) for x in ("Song mây, tre", "Công khoán hộ đan", "Dầu bóng", "Lương quản lý",
                                    "Khấu hao|", "Lãi vay|", "Vận chuyển, chiết khấu", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế", n), p.row("Thuế TNDN", n), p.row("Lợi nhuận sau thuế", n)
    for y in range(4):  # triệu đồng
        p.check(close(rc[y], ch[y] * 1.2) and close(rb[y], bo[y] * 5.5) and close(rd[y], don[y] * 0.35)
                and close(rev[y], rc[y] + rb[y] + rd[y]), f"revenue {y}")
        p.check(close(lines[0][y], ch[y] * 0.42 + bo[y] * 2 + don[y] * 0.12)
                and close(lines[1][y], ch[y] * 0.25 + bo[y] * 1.2 + don[y] * 0.07)
                and close(lines[2][y], rev[y] * 0.04) and close(lines[3][y], 3 * 7 * 12) and close(lines[4][y], 100)
                and close(lines[5][y], [500, 375, 250, 125][y] * 0.08) and close(lines[6][y], rev[y] * 0.08),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"tax 20 % {y}")
        p.check(ch[y] * 6 + bo[y] * 30 + don[y] * 2 <= 25000, f"rattan within 25 tấn {y}")
        p.check(ch[y] * 3 + bo[y] * 15 + don[y] <= 60 * 200, f"weaving days within 12.000 {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(ch[3] * 6 + bo[3] * 30 + don[3] * 2 == 21000, "21 tấn rattan in 2029")
    p.check(300 + 250 + 150 + 100 == 800 and 800 + 300 == 1100 == 600 + 500 and 800 / 8 == 100, "capital 1.100")
    avg = sum(post) / 4
    p.check(close(avg, 444.9, 0.001) and close(1100 / (avg + 100), 2.0, 0.01), "payback ≈ 2,0")
    p.check(close(post[0] / rev[0], 0.098, 0.01) and close(post[3] / rev[3], 0.164, 0.01), "margins 9,8 % and 16,4 %")
    p.check(rev[0] / 2050 < 1.2, "2026 +18,5 % on 2025")
    p.has("1.200.000 đồng/chiếc", "5.500.000 đồng/bộ", "350.000 đồng/chiếc", "Tổng vốn đầu tư 1.100 triệu đồng",
          "1.100 : (444,9 + 100) ≈ 2,0 năm", "1.500 × 6 + 240 × 30 + 2.400 × 2 = 21.000 kg", "tổng 25 tấn/năm",
          "TCCS 01:2026/PG", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "đăng ký môi trường")
    p.lacks(r"1048/QĐ-TTg|490/QĐ-TTg|123/2018", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def as04() -> Plan:
    p = Plan("as04_sua_dau_xanh_dong_loc_ctcp")
    pet, gl, lp, lg, lit, beans = (p.row("Chai PET 250 ml (chai)"), p.row("Chai thủy tinh 330 ml (chai)"),
                                   p.row("Quy ra lít – chai PET"), p.row("Quy ra lít – chai thủy tinh"),
                                   p.row("Tổng sản lượng (lít)"), p.row("Đậu xanh cần dùng"))
    rp, rg, rev = p.row("Chai PET 250 ml (10.000"), p.row("Chai thủy tinh 330 ml (18.000"), p.row("Cộng doanh thu")
    lines = [p.row(x) for x in ("Đậu xanh (40.000", "Đường, sữa bột", "Chai, nắp, nhãn", "Điện, nước, hơi",
                                 "Tiền lương", "Khấu hao", "Lãi vay", "Bán hàng, chiết khấu", "Quản lý doanh nghiệp")]
    cost = p.row("Cộng chi phí")
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập"), p.row("Lợi nhuận sau thuế")
    staff = [16, 18, 20]
    for y in Y:  # triệu đồng
        p.check(close(lp[y], pet[y] * 0.25) and close(lg[y], gl[y] * 0.33) and close(lit[y], lp[y] + lg[y])
                and close(beans[y], lit[y] * 0.1), f"litres, beans {y}")
        p.check(close(rp[y], pet[y] * 0.01) and close(rg[y], gl[y] * 0.018) and close(rev[y], rp[y] + rg[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], beans[y] * 0.04) and close(lines[1][y], lit[y] * 0.003)
                and close(lines[2][y], pet[y] * 0.002 + gl[y] * 0.0045) and close(lines[3][y], lit[y] * 0.0025)
                and close(lines[4][y], staff[y] * 6.5 * 12) and close(lines[5][y], 200)
                and close(lines[6][y], [1200, 800, 400][y] * 0.08) and close(lines[7][y], rev[y] * 0.07),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(lit[y] <= 600 * 260 and beans[y] <= 20000, f"capacity 156.000 l, 20 tấn beans {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    p.check(1100 + 350 + 300 + 150 + 100 == 2000 and 2000 + 800 == 2800 == 1600 + 1200, "capital 2.800")
    avg = sum(post) / 3
    p.check(close(avg, 546.7, 0.001) and close(2800 / (avg + 200), 3.75, 0.01), "payback ≈ 3,75")
    p.check(lit[0] / 70000 < 1.4, "2026 +35 % on 2025, new line")
    p.has("10.000 đồng/chai", "18.000 đồng/chai", "138.000 lít", "Tổng vốn đầu tư 2.800 triệu đồng",
          "2.800 : (546,7 + 200) ≈ 3,75 năm", "156.000 lít/năm", "20 tấn đậu xanh/năm", "TCCS 01:2026/ĐLX",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Nghị định số 43/2017/NĐ-CP",
          "Giấy chứng nhận đăng ký nhãn hiệu", "đăng ký môi trường")
    p.lacks(r"1048/QĐ-TTg|490/QĐ-TTg|123/2018", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def as05() -> Plan:
    p = Plan("as05_ruou_thanh_long_ky_lac_cty")
    lit, bot, fruit, staff = (p.row("Rượu thanh long thành phẩm"), p.row("Số chai 500 ml"),
                              p.row("Quả thanh long cần dùng"), p.row("Lao động|"))
    rev, cost = p.row("Doanh thu (120.000"), p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Quả thanh long (10.000", "Đường, men", "Chai, nút", "Điện, nước (3.000",
                                 "Tiền lương", "Khấu hao", "Lãi vay", "Thuế tiêu thụ đặc biệt", "Bán hàng, quảng bá",
                                 "Quản lý|")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    supply = 1.2 * 20000 + 8000
    for y in Y:  # triệu đồng
        p.check(bot[y] == lit[y] * 2 and fruit[y] == lit[y] * 1.5, f"bottles, fruit 1,5 kg/l {y}")
        p.check(close(rev[y], bot[y] * 0.12), f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 0.01) and close(lines[1][y], lit[y] * 0.008)
                and close(lines[2][y], bot[y] * 0.015) and close(lines[3][y], lit[y] * 0.003)
                and close(lines[4][y], staff[y] * 7 * 12) and close(lines[5][y], 150)
                and close(lines[6][y], [1000, 750, 500][y] * 0.08) and close(lines[7][y], rev[y] * 35 / 135)
                and close(lines[8][y], rev[y] * 0.06) and close(lines[9][y], 120), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(lit[y] <= 40000 and lit[y] <= 50000, f"capacity 40.000 l, licence 50.000 l {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.35, f"growth {y}")
    p.check(supply == 32000 and fruit[0] <= supply, "2027 fruit 30.000 kg within 32.000")
    p.check(off(fruit[1], supply) and off(fruit[2], supply) and close(fruit[1] / supply, 1.219, 0.001)
            and close(fruit[2] / supply, 1.5), "PLANTED 2028 39.000 kg (+22 %), 2029 48.000 kg (+50 %) > 32.000 kg")
    p.check(500 + 360 + 340 + 150 + 150 == 1500 and 1500 + 1000 == 2500 == 1500 + 1000, "capital 2.500")
    avg = sum(post) / 3
    p.check(close(avg, 1185.5, 0.001) and close(2500 / (avg + 150), 1.87, 0.01), "payback ≈ 1,87")
    p.check(lit[0] / 17000 < 1.25, "2027 +18 % on the 2026 estimate")
    p.has("120.000 đồng/chai", "Tổng vốn đầu tư 2.500 triệu đồng", "2.500 : (1.185,5 + 150) ≈ 1,87 năm",
          "1,2 ha, năng suất bình quân 20 tấn/ha/năm", "8.000 kg/năm", "Tổng nguồn cung 32.000 kg quả mỗi năm",
          "bảo đảm đủ nguyên liệu cho sản xuất trong cả giai đoạn 2027–2029", "40.000 lít/năm",
          "Giấy phép sản xuất rượu", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-3:2010/BYT",
          "Không dành cho người dưới 18 tuổi", "Giấy chứng nhận đăng ký nhãn hiệu")
    # PLANTED outdated-policy: QĐ 1048/2019 (replaced by QĐ 148/2023) and the lapsed NQ 123/2018 relied on
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Nghị quyết số 123/2018/NQ-HĐND",
          "theo Bộ tiêu chí ban hành kèm Quyết định số 1048/QĐ-TTg", "được thưởng theo Nghị quyết số 123/2018/NQ-HĐND")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg|51/2021|165/2025", "PLANTED no current OCOP instrument cited")
    p.lacks(r"môi trường|nước thải|chất thải|xử lý|\brác\b|\bbã\b|bã quả|cặn bã|\bthải\b|ô nhiễm|đăng ký môi|bể lắng",
            "PLANTED no environmental measure anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def as06() -> Plan:
    p = Plan("as06_mat_ong_hong_xiem_tien_dien_htx")
    eq = [p.row(x) for x in ("Máy quay mật inox", "Máy hạ thủy phần", "Bồn inox lắng lọc", "Máy chiết rót",
                             "Khúc xạ kế")]
    for q, u, t in eq:
        p.check(q * u == t, f"equipment row {q} × {u} = {t}")
    eq_sum, eq_stated = sum(t for *_, t in eq), p.one("Cộng|")
    p.check(eq_sum == 350 and eq_stated == 380 and off(eq_stated, eq_sum),
            "PLANTED equipment table 'Cộng' 380 != items 350 (+8,6 %)")
    col, honey, jars, cans = (p.row("Số đàn ong"), p.row("Sản lượng mật (12"), p.row("Mật đóng hũ 500 g"),
                              p.row("Mật bán can 5 kg"))
    rj, rc, rev = p.row("Doanh thu hũ 500 g"), p.row("Doanh thu can 5 kg"), p.row("Tổng doanh thu")
    lines = [p.row(x) for x in ("Thu mua mật", "Hũ, can, nắp", "Điện, chi phí sơ chế", "Tiền lương", "Khấu hao",
                                 "Lãi vay", "Bán hàng, vận chuyển", "Quản lý hợp tác xã")]
    cost, prof = p.row("Tổng chi phí"), p.row("Lợi nhuận|")
    staff = [5, 5, 6]
    for y in Y:  # triệu đồng
        p.check(honey[y] == col[y] * 12 and honey[y] == jars[y] * 0.5 + cans[y] * 5, f"honey kg {y}")
        p.check(close(rj[y], jars[y] * 0.18) and close(rc[y], cans[y] * 1.2) and close(rev[y], rj[y] + rc[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], honey[y] * 0.15) and close(lines[1][y], jars[y] * 0.008 + cans[y] * 0.025)
                and close(lines[2][y], honey[y] * 0.005) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], 60) and close(lines[5][y], [400, 300, 200][y] * 0.07)
                and close(lines[6][y], rev[y] * 0.06) and close(lines[7][y], 50), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(honey[y] <= 200 * 2 * 60, f"dehumidifier 24 tấn {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.25, f"growth {y}")
    inv = [p.one(x) for x in ("Cải tạo nhà sơ chế", "Máy móc, thiết bị (Bảng 1)", "Ong giống và thùng ong",
                              "Vốn lưu động thu mua")]
    p.check(inv[1] == eq_sum and sum(inv) == p.one("Tổng vốn đầu tư|") == 900 == 500 + 400,
            "investment table uses the right 350; total 900 = sources")
    p.check(sum(inv[:3]) == 600 and close(600 / 10, 60), "fixed 600, depreciation 60")
    avg = sum(prof) / 3
    p.check(close(avg, 313.6, 0.001) and close(900 / (avg + 60), 2.4, 0.01), "payback ≈ 2,4")
    # PLANTED figure-inconsistent: present colonies 420 (Phần 1) vs 350 (Phần 2)
    p.has("Hiện hợp tác xã có 420 đàn ong nội", "Tổng đàn ong hiện có của các thành viên là 350 đàn")
    p.check(off(350, 420), "PLANTED 350 != 420 đàn (−17 %)")
    p.has("180.000 đồng/hũ", "1.200.000 đồng/can", "Tổng vốn đầu tư 900 triệu đồng", "900 : (313,6 + 60) ≈ 2,4 năm",
          "15 kg/đàn/năm", "12 kg/đàn/năm", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
          "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|QCVN|TCVN|hợp quy|hợp chuẩn|phòng thử nghiệm|mẫu thử",
            "PLANTED no product standard, declaration or test anywhere")
    p.lacks(r"1048/QĐ-TTg|490/QĐ-TTg|123/2018", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def as07() -> Plan:
    p = Plan("as07_tra_bo_cong_anh_ngan_truoi_cty")
    box, bag, kg, leaf, staff = (p.row("Trà túi lọc hộp 40 g"), p.row("Trà lá sấy gói 200 g"), p.row("Tổng trà khô"),
                                 p.row("Lá tươi nguyên liệu"), p.row("Lao động|"))
    rev, rb, rg = p.row("Doanh thu|"), p.row("Trà túi lọc (60.000"), p.row("Trà lá sấy (90.000")
    cost = p.row("Chi phí|")
    lines = [p.row(x) for x in ("Lá tươi (6.000", "Bao bì, túi lọc", "Điện sấy", "Tiền lương", "Khấu hao", "Lãi vay",
                                 "Bán hàng (8%", "Quản lý|")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    dryer_fresh = 70 * 1 * 250
    dryer_tea = dryer_fresh / 7
    for y in Y:  # triệu đồng
        p.check(close(kg[y], box[y] * 0.04 + bag[y] * 0.2) and close(leaf[y], kg[y] * 7), f"kg, leaves 7:1 {y}")
        p.check(close(rb[y], box[y] * 0.06) and close(rg[y], bag[y] * 0.09) and close(rev[y], rb[y] + rg[y]),
                f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 0.006) and close(lines[1][y], box[y] * 0.007 + bag[y] * 0.005)
                and close(lines[2][y], kg[y] * 0.01) and close(lines[3][y], staff[y] * 6 * 12)
                and close(lines[4][y], 70) and close(lines[5][y], [500, 375, 250][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.08) and close(lines[7][y], 60), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.2) and close(post[y], pre[y] - tax[y]), f"tax {y}")
        p.check(leaf[y] <= 26000 and box[y] * 20 <= 3000 * 250, f"leaves within 26 tấn, tea-bag machine {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.3, f"growth {y}")
    p.check(kg[0] <= dryer_tea and kg[1] <= dryer_tea and leaf[1] <= dryer_fresh, "2026, 2027 within the dryer")
    p.check(dryer_fresh == 17500 and off(leaf[2], dryer_fresh) and off(kg[2], dryer_tea)
            and close(kg[2] / dryer_tea, 1.12, 0.001), "PLANTED 2028 2.800 kg (19.600 kg fresh) > 2.500 kg dryer (+12 %)")
    p.check(280 + 200 + 60 + 80 + 80 == 700 and 700 + 300 == 1000 == 500 + 500, "capital 1.000")
    avg = sum(post) / 3
    p.check(close(avg, 367.9, 0.001) and close(1000 / (avg + 70), 2.3, 0.01), "payback ≈ 2,3")
    p.check(kg[0] / 1450 < 1.3, "2026 +24 % on 2025")
    p.has("60.000 đồng/hộp", "90.000 đồng/gói", "Tổng vốn đầu tư của phương án là 1.000 triệu đồng",
          "1.000 : (367,9 + 70) ≈ 2,3 năm", "70 kg lá tươi/mẻ, sấy 1 mẻ mỗi ngày, 250 ngày/năm",
          "tương đương khoảng 2,5 tấn trà khô/năm", "không đầu tư thêm máy sấy", "Tổng nguồn cung khoảng 26 tấn",
          "TCCS 01:2026/NT", "Nghị định số 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ")
    # PLANTED name-inconsistent
    p.check(p.count("Công ty TNHH Dược liệu Sơn Kim Xanh") == 2 and p.count("Công ty TNHH Thảo dược Ngàn Trươi") >= 2
            and p.count("CÔNG TY TNHH THẢO DƯỢC NGÀN TRƯƠI") == 1, "PLANTED a second producer name, twice")
    p.lacks(r"an toàn|ATTP|vệ sinh|đủ điều kiện|cam kết|khám sức khỏe|công bố|15/2018|HACCP|ISO 22000",
            "PLANTED no food-safety certificate, commitment or plan anywhere")
    p.lacks(r"1048/QĐ-TTg|490/QĐ-TTg|123/2018", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def as08() -> Plan:
    p = Plan("as08_mam_ruoc_cam_nhuong_ho")
    prod = [p.row(f"{yr}|", 4) for yr in (2026, 2027, 2028)]
    jar_p, kg_p = 0.055, 0.09  # triệu đồng
    hired = [2, 2, 3]
    costs = {"ruoc": [165, 206.25, 247.5], "salt": [30, 37.5, 45], "jar": [28, 36, 44], "wage": [120, 120, 180],
             "dep": [40] * 3, "int": [8] * 3, "sell": [25, 30, 35], "other": [12, 14, 16]}
    cost = [428, 491.75, 615.5]
    true_rev = []
    for y in Y:
        jars, kg_sold, kg, fresh = prod[y]
        p.check(kg == jars * 0.5 + kg_sold and close(fresh, kg * 1.1) and fresh <= 12000, f"kg, ruốc 1,1, 12 tấn {y}")
        true_rev.append(jars * jar_p + kg_sold * kg_p)
        p.check(close(costs["ruoc"][y], fresh * 0.025) and close(costs["salt"][y], kg * 0.005)
                and close(costs["jar"][y], jars * 0.004) and close(costs["wage"][y], hired[y] * 5 * 12),
                f"cost lines {y}")
        p.check(close(cost[y], sum(v[y] for v in costs.values())), f"cost total {y}")
        p.check(kg <= 12000, f"jar capacity 12 tấn {y}")
    p.check(close(true_rev[0], 610) and close(true_rev[2], 920), "2026 and 2028 revenue right")
    p.check(close(true_rev[1], 765) and off(850, true_rev[1]), "PLANTED 2027 revenue 850 != 495 + 270 = 765 (+11 %)")
    p.check(close(610 - 428, 182) and close(850 - 491.75, 358.25) and close(920 - 615.5, 304.5),
            "profits follow the stated revenues")
    avg_stated = (182 + 358.25 + 304.5) / 3
    avg_true = (182 + (765 - 491.75) + 304.5) / 3
    p.check(close(avg_stated, 281.6, 0.001) and close(300 / (avg_stated + 40), 0.93, 0.01),
            "stated payback 0,93 on the stated profits")
    p.check(close(300 / (avg_true + 40), 1.02, 0.01), "tolerated knock-on: true payback 1,02")
    p.check(100 + 60 + 40 == 200 and 200 + 100 == 300 == 200 + 100 and 200 / 5 == 40, "capital 300, depreciation 40")
    p.check(prod[0][2] / 4700 < 1.3, "2026 +28 % on 2025")
    p.has("bán 7.000 hũ với giá 55.000 đồng/hũ, được 385 triệu đồng", "2.500 kg bán theo cân với giá 90.000 đồng/kg, được 225 triệu đồng",
          "tổng doanh thu 610 triệu đồng", "Năm 2027 bán 9.000 hũ và 3.000 kg theo cân với giá như trên; doanh thu năm 2027 khoảng 850 triệu đồng",
          "Năm 2028 bán 11.000 hũ, được 605 triệu đồng, và 3.500 kg theo cân, được 315 triệu đồng; tổng doanh thu 920 triệu đồng",
          "năm 2026 là 428 triệu đồng; năm 2027 là 491,75 triệu đồng; năm 2028 là 615,5 triệu đồng",
          "năm 2027 khoảng 358,25 triệu đồng", "300 : (281,6 + 40) ≈ 0,93 năm", "Tổng vốn đầu tư 300 triệu đồng",
          "mỗi năm khoảng 12 tấn", "bản cam kết bảo đảm an toàn thực phẩm", "tự công bố sản phẩm", "Cục Sở hữu trí tuệ",
          "bể lắng hai ngăn")
    p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|tổ hợp tác|"
            r"thành lập|giấy phép|đăng ký hộ|cá thể", "PLANTED no business registration anywhere")
    no_mark = re.sub(r"nhãn hiệu", "", p.body, flags=re.I)
    p.check(not re.search(r"nhãn|tem\b|mã vạch|mã QR|43/2017|111/2021|ghi trên hũ|in trên", no_mark, re.I),
            "PLANTED no label, label content or labelling decree ('nhãn' only in 'nhãn hiệu')")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def as09() -> Plan:
    p = Plan("as09_banh_com_lang_thuong_tht")
    prod = [p.row(f"{yr}|", 5) for yr in (2026, 2027, 2028)]
    revt = [p.row(f"{yr}|", 3, skip=1) for yr in (2026, 2027, 2028)]
    # the cost table's header row (second cell "2026") is also a 2026 row with 3 numbers, hence skip=3
    summ = [p.row("2026|", 3, skip=3), p.row("2027|", 3, skip=2), p.row("2028|", 3, skip=2)]
    lines = [p.row(x) for x in ("Cốm (90.000", "Đậu xanh, dừa, đường", "Hộp, túi hút khí", "Tiền công làm bánh",
                                 "Điện, gas", "Khấu hao", "Lãi vay", "Bán hàng, vận chuyển", "Chi khác")]
    cost = p.row("Cộng chi phí")
    for y in Y:  # đồng
        boxes, loose, pieces, kg, com = prod[y]
        p.check(pieces == boxes * 10 + loose and close(kg, pieces * 0.06) and close(com, kg * 0.35), f"pieces, kg, cốm {y}")
        p.check(close(revt[y][0], boxes * 95000) and close(revt[y][1], loose * 7000)
                and close(revt[y][2], revt[y][0] + revt[y][1]), f"revenue {y}")
        p.check(close(lines[0][y], com * 90000) and close(lines[1][y], kg * 20000)
                and close(lines[2][y], boxes * 8000 + loose * 500) and close(lines[3][y], pieces * 1500)
                and close(lines[4][y], pieces * 500) and close(lines[5][y], 50e6) and close(lines[6][y], 150e6 * 0.066),
                f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and summ[y][0] == revt[y][2] and summ[y][1] == cost[y],
                f"cost total, summary {y}")
        p.check(com <= 4000 and pieces <= 800 * 250, f"cốm within 4.000 kg, 200.000 pieces capacity {y}")
        if y:
            p.check(revt[y][2] / revt[y - 1][2] < 1.2, f"growth {y}")
    p.check(close(summ[0][2], summ[0][0] - summ[0][1]) and close(summ[1][2], summ[1][0] - summ[1][1]),
            "2026 and 2027 profit right")
    true28 = summ[2][0] - summ[2][1]
    p.check(true28 == 340520000 and summ[2][2] == 400520000 and off(summ[2][2], true28),
            "PLANTED 2028 profit 400.520.000 != 340.520.000 (+17,6 %)")
    p.check(45 + 60 + 55 + 30 + 40 + 20 == 250 and 250 + 150 == 400 == 250 + 150, "capital 400 triệu")
    avg_stated = sum(s[2] for s in summ) / 3 / 1e6
    avg_true = (summ[0][2] + summ[1][2] + true28) / 3 / 1e6
    p.check(close(avg_stated, 303, 0.01), "stated average ≈ 303 triệu")
    for what, pb in (("stated, no depreciation", 400 / avg_stated), ("stated, depreciation", 400 / (avg_stated + 50)),
                     ("true, no depreciation", 400 / avg_true), ("true, depreciation", 400 / (avg_true + 50))):
        p.check(off(2.5, pb) and pb < 1.5, f"PLANTED payback 2,5 năm != {pb:.2f} ({what})")
    p.check(prod[0][2] / 108000 < 1.2, "2026 +11 % on 2025")
    p.has("95.000 đồng/hộp", "7.000 đồng/chiếc", "Tổng vốn đầu tư 400.000.000 đồng",
          "lợi nhuận bình quân khoảng 303 triệu đồng/năm, thời gian hoàn vốn của phương án khoảng 2,5 năm",
          "tổng khoảng 4.000 kg cốm/năm", "200.000 chiếc/năm", "Giấy chứng nhận đăng ký tổ hợp tác",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/LT", "Nghị định số 43/2017/NĐ-CP")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|logo|trademark|độc quyền",
            "PLANTED no trademark or IP anywhere")
    p.lacks(r"1048/QĐ-TTg|490/QĐ-TTg|123/2018", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def as10() -> Plan:
    p = Plan("as10_nuoc_ep_me_thach_hoi_htx")
    bot, fruit, staff = p.row("Nước ép me chai 330 ml"), p.row("Quả me nguyên liệu"), p.row("Công nhân chế biến")
    rev = p.row("Nước ép me (15.000")
    lines = [p.row(x) for x in ("Quả me (20.000", "Đường, phụ liệu", "Chai, nắp, nhãn", "Điện, nước, gas", "Tiền lương",
                                 "Khấu hao", "Lãi vay", "Chi phí bán hàng", "Quản lý|")]
    cost, prof = p.row("Tổng chi phí (2 đến 10)"), p.row("Lợi nhuận|")
    for y in Y:  # triệu đồng
        p.check(close(fruit[y], bot[y] * 0.06) and fruit[y] <= 1500 * 15, f"tamarind 0,06 kg/chai within 22,5 tấn {y}")
        p.check(close(rev[y], bot[y] * 0.015), f"revenue {y}")
        p.check(close(lines[0][y], fruit[y] * 0.02) and close(lines[1][y], bot[y] * 0.001)
                and close(lines[2][y], bot[y] * 0.0035) and close(lines[3][y], bot[y] * 0.0005)
                and close(lines[4][y], staff[y] * 5.5 * 12) and close(lines[5][y], 80) and close(lines[6][y], 40)
                and close(lines[7][y], rev[y] * 0.08) and close(lines[8][y], 40), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(bot[y] <= 1200 * 250, f"line capacity 300.000 chai {y}")
    g1, g2 = bot[1] / bot[0], bot[2] / bot[1]
    p.check(close(g1, 2.4) and close(g2, 2.417, 0.001) and rev[1] / rev[0] > 2 and rev[2] / rev[1] > 2,
            "PLANTED output and revenue ×2,4 twice (50.000 → 120.000 → 290.000 chai)")
    p.check(bot[0] / 30000 < 1.7, "2026 +67 % on 2025, with the new line")
    items = [p.one(x) for x in ("Cải tạo nhà chế biến", "Dây chuyền nấu", "Máy rửa chai", "Kho lạnh bảo quản",
                                "Thiết kế nhãn", "Vốn lưu động|")]
    total = p.one("Tổng vốn đầu tư|")
    p.check(sum(items) == total == 1200 and sum(items[:5]) == 800, "items add up to 1.200, fixed 800")
    sources = 400 + 500 + 150
    p.check(sources == 1050 and off(sources, total), "PLANTED sources 1.050 != total 1.200 (−12,5 %)")
    avg = sum(prof) / 3
    p.check(close(avg, 521.3, 0.001) and close(total / (avg + 80), 2.0, 0.01), "payback ≈ 2,0 on the stated total")
    p.has("Tổng vốn đầu tư của phương án là 1.200 triệu đồng", "vốn góp bổ sung của thành viên 400 triệu đồng",
          "vay Ngân hàng Nông nghiệp và Phát triển nông thôn 500 triệu đồng", "quỹ đầu tư phát triển của hợp tác xã 150 triệu đồng",
          "1.200 : (521,3 + 80) ≈ 2,0 năm", "1.200 chai/ngày, làm việc 250 ngày/năm, tức 300.000 chai/năm",
          "Thị trường tiêu thụ rộng lớn", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Cục Sở hữu trí tuệ")
    market = section(p, "# VI. THỊ TRƯỜNG TIÊU THỤ", "# VII.")
    p.check(not re.search(r"đồng|\bgiá(?! trị)|khách|đại lý|cửa hàng|siêu thị|chợ|online|facebook|zalo|sàn|nhà hàng|quán|"
                          r"trường học|hợp đồng|công ty|bán", market, re.I),
            "PLANTED the market section names no customer, channel or price")
    p.lacks(r"khách|đại lý|cửa hàng|siêu thị|\bchợ\b|online|facebook|zalo|sàn thương mại|nhà hàng|\bquán\b|trường học|"
            r"bán lẻ|bán buôn|hội chợ|nhà phân phối|đơn hàng|đặt hàng|bao tiêu|giá bán",
            "PLANTED no sales channel or customer anywhere")
    p.lacks(r"1048/QĐ-TTg|490/QĐ-TTg|123/2018", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("as11_ngo_nep_hut_chan_khong_so_sai")
    a.check(20000 * 8000 == 160e6, "corn sentence (20.000 bắp × 8.000 đ = 160 triệu)")
    a.has("khoảng 20.000 bắp", "8.000 đồng/bắp", "doanh thu khoảng 160 triệu đồng",
          "Giấy chứng nhận đăng ký hộ kinh doanh số 28A8013572", "bán ở chợ Hà Tĩnh")
    a.check(len(a.rows) == 0 and len(a.body.split()) < 450, "no table, one page")
    a.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn|môi trường|vốn đầu tư|lợi nhuận|chi phí",
            "no compliance paragraph, no capital, cost or profit (tolerated gaps)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("as12_ca_muoi_yen_thinh_so_sai")
    b.has("khoảng 3.000 kg cà muối", "25.000 đồng/kg", "Nhóm chưa đăng ký", "bán ở chợ Phố Châu")
    b.check(len(b.rows) == 0 and len(b.body.split()) < 400, "no table, under a page")
    b.lacks(r"giấy chứng nhận|mã số thuế|doanh thu|vốn đầu tư|lợi nhuận|chi phí|nhãn|tiêu chuẩn|môi trường",
            "no registration, no money beyond the price, no compliance (tolerated gaps)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (as01, as02, as03, as04, as05, as06, as07, as08, as09, as10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
