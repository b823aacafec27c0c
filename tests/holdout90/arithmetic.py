"""The ninetieth holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout90/arithmetic.py

For every plan: revenue = quantity x price, cost lines = total cost, profit = revenue - cost,
tax, investment items (and their subtotals) = total = capital sources, depreciation, interest,
payback, raw-material need vs supply, output vs capacity, growth, staff counts and wages. Table
figures are read from the plan's source (tests/holdout/plancheck.py); figures quoted in running
text are looked up verbatim, so the numbers cannot drift from the text. Planted numeric defects are
asserted wrong by more than 5 % with the true value computed; everything else is asserted right
within 1 %. The textual planted defects (no product standard, no environmental measure, no
internal quality control, no food safety, replaced instruments cited, no registration, two areas,
no label, a second producer name, no trademark) are asserted by the absence or presence of their
words, and every ready plan is checked to cite no replaced instrument and to hold no template
placeholder.
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


# Instruments replaced or lapsed before mid-2026 (QĐ 1048/781/490 by QĐ 148 in 2023; NĐ 01/2021 by
# NĐ 168/2025; TT 03/2014 by TT 07/2019; Hà Tĩnh NQ 123/2018 lapsed) and district-level bodies (gone
# since 1/7/2025): a ready plan must not rely on any of them.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|01/2021/NĐ-CP|03/2014|123/2018|UBND huyện|"
            r"Phòng Nông nghiệp và Phát triển nông thôn huyện|cấp huyện")


def ready_text(p: Plan) -> None:
    p.lacks(PLACEHOLDER, "ready plan has a placeholder")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def cm01() -> Plan:
    """Herbal soap, money in đồng."""
    p = Plan("cm01_xa_phong_thao_duoc_ngan_truoi_cty")
    a, b, box, bars = (p.row("Xà phòng sả chanh – tràm gió 100 g"), p.row("Xà phòng bồ kết – vỏ bưởi 100 g"),
                       p.row("Hộp quà thảo mộc 4 bánh"), p.row("Tổng số bánh quy đổi"))
    herbs, oils, staff = p.row("Thảo dược tươi sử dụng"), p.row("Dầu thực vật, bơ hạt mỡ |"), p.row("Cộng lao động")
    rev, ra, rb, rc = (p.row("Doanh thu |"), p.row("Xà phòng sả chanh – tràm gió (45.000"),
                       p.row("Xà phòng bồ kết – vỏ bưởi (45.000"), p.row("Hộp quà thảo mộc (190.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Dầu thực vật, bơ hạt mỡ, xút", "Thảo dược, tinh dầu (3.000", "Giấy gói, nhãn",
                                 "Tiền lương, bảo hiểm", "Khấu hao |", "Lãi vay |", "Chi phí bán hàng",
                                 "Chi phí quản lý", "Điện, nước, gas")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế thu nhập doanh nghiệp"), p.row("Lợi nhuận sau thuế")
    parts = [p.row(x) for x in ("Quản lý, kỹ thuật pha chế", "Công nhân sản xuất", "Kiểm soát chất lượng |",
                                 "Kế toán |", "Bán hàng, chăm sóc")]
    for y in Y:  # đồng
        p.check(bars[y] == a[y] + b[y] + 4 * box[y], f"bars = singles + 4 per box {y}")
        p.check(close(herbs[y], bars[y] * 0.15) and close(oils[y], bars[y] * 0.07), f"herbs 0,15 kg, oils 70 g/bar {y}")
        p.check(close(ra[y], a[y] * 45000) and close(rb[y], b[y] * 45000) and close(rc[y], box[y] * 190000)
                and close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], bars[y] * 9000) and close(lines[1][y], bars[y] * 3000)
                and close(lines[2][y], bars[y] * 2500 + box[y] * 25000) and close(lines[8][y], bars[y] * 1000),
                f"per-bar costs {y}")
        p.check(staff[y] == lines_sum(parts, y) and close(lines[3][y], staff[y] * 7e6 * 12), f"staff, wages {y}")
        p.check(close(lines[4][y], 150e6) and close(lines[5][y], [600e6, 400e6, 200e6][y] * 0.08)
                and close(lines[6][y], rev[y] * 0.10) and close(lines[7][y], 120e6), f"dep, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]) and rev[y] > 3e9, f"17 % tax {y}")
        p.check(bars[y] <= 120000 and herbs[y] <= 30000 + 8000 and oils[y] <= 10000, f"capacity, herbs, oils {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2 and bars[y] / bars[y - 1] < 1.2, f"growth {y}")
    p.check(12000 * 10 == 120000 and 2 * 2 * 280 * 250 > 270000, "ageing racks 120.000, mixers > 270.000")
    p.check(close(bars[2] / 120000, 0.8) and close(bars[0] / 60000, 1.2), "80 % of capacity, +20 % on 2026")
    items = [p.one(x) for x in ("Cải tạo, mở rộng nhà xưởng", "Nồi nấu chiết, máy khuấy", "Giá ủ inox, khuôn",
                                "Bể lắng, bể trung hòa", "Máy đo pH, cân phân tích", "Thiết kế bao bì, nhãn, hồ sơ",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 1.6e9 == 1.0e9 + 0.6e9 and sum(items[:6]) == 1.2e9,
            "investment 1,6 tỷ = 1,0 + 0,6; fixed 1,2 tỷ")
    p.check(close(1.2e9 / 8, 150e6), "depreciation 8 years")
    avg = sum(post) / 3
    p.check(close(avg, 519.58e6, 0.0001) and close(1.6e9 / (avg + 150e6), 2.4, 0.01), "average profit, payback 2,4")
    p.check(close(pre[0] / rev[0], 0.125, 0.001) and close(pre[2] / rev[2], 0.192, 0.002), "12,5 % and 19,2 % margins")
    p.has("45.000 đồng/bánh", "190.000 đồng/hộp", "(340.300.000 + 519.580.000 + 698.860.000) : 3 = 519.580.000",
          "1.600.000.000 : (519.580.000 + 150.000.000) ≈ 2,4 năm", "tối đa 120.000 bánh/năm",
          "khoảng 30 tấn/năm", "tổng khoảng 8 tấn/năm", "tối đa 10 tấn/năm", "10.800 kg năm 2027",
          "14.400 kg năm 2029", "5.040 kg năm 2027", "6.720 kg năm 2029", "Năm 2026 ước đạt 60.000 bánh",
          "1.000.000.000 đồng (62,5%)", "600.000.000 đồng (37,5%)", "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
          "phiếu công bố sản phẩm mỹ phẩm", "TCCS 01:2024/NT", "Nghị định 43/2017/NĐ-CP", "mã QR",
          "Cục Sở hữu trí tuệ", "bể trung hòa, bể lắng")
    p.lacks(r"an toàn thực phẩm|ATTP", "a cosmetic plan claims no food-safety certificate")
    ready_text(p)
    return p


def cm02() -> Plan:
    """Fresh pomelo; years as rows, units in the header."""
    p = Plan("cm02_buoi_phuc_trach_huong_do_htx")
    out = [p.row(f"Năm {2027 + y}", 4) for y in Y]  # loại 1, loại 2, tổng quả, tấn
    summ = [p.row(f"Năm {2027 + y}", 5) for y in Y]  # revenue, cost, pre, tax, post
    lines = [p.row(x) for x in ("Thu mua bưởi loại 1", "Thu mua bưởi loại 2", "Túi lưới, tem", "Tiền lương |",
                                 "Sáp, điện, nước", "Vận chuyển, bán hàng", "Khấu hao |", "Lãi vay |",
                                 "Quản lý, chi khác")]
    cost = p.row("Tổng chi phí")
    staff = [10, 11, 11]
    for y in Y:  # triệu đồng
        l1, l2, n, t = out[y]
        rev, c, pre, tax, post = summ[y]
        p.check(n == l1 + l2 and close(t, n * 1.1 / 1000), f"fruits, 1,1 kg/fruit {y}")
        p.check(close(rev, l1 * 0.045 + l2 * 0.03), f"revenue 45.000 / 30.000 per fruit {y}")
        p.check(close(lines[0][y], l1 * 0.028) and close(lines[1][y], l2 * 0.017) and close(lines[2][y], n * 0.002)
                and close(lines[4][y], n * 0.001), f"purchase, packing, storage per fruit {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[5][y], rev * 0.06) and close(lines[6][y], 90)
                and close(lines[7][y], [500, 350, 200][y] * 0.07) and close(lines[8][y], 100),
                f"wages, selling, depreciation, interest {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(c, cost[y]), f"cost sum, carried to the summary {y}")
        p.check(close(pre, rev - c) and close(tax, pre * 0.17) and close(post, pre - tax), f"profit, 17 % tax {y}")
        p.check(t <= 22 * 12, f"within the 22 ha × 12 t/ha {y}")
        if y:
            p.check(rev / summ[y - 1][0] < 1.15 and n / out[y - 1][2] < 1.15, f"growth ≤ 10 % {y}")
    p.check(close(out[2][3] / 264, 0.75, 0.001), "198 tấn = 75 % of 264 tấn")
    p.check(close(out[0][2] / 138000, 1.087, 0.001), "+9 % on the 2026 estimate")
    items = [p.one(x) for x in ("Nhà sơ chế, đóng gói", "Dây chuyền rửa", "Kho bảo quản thông gió", "Bao bì mẫu",
                                "Vốn lưu động thu mua")]
    p.check(sum(items) == p.one("Tổng cộng") == 1500 == 1000 + 500 and sum(items[:4]) == 900, "capital 1.500, fixed 900")
    p.check(close(900 / 10, 90) and 200 * 1000 / 1000 * 6 * 100 >= 1200, "depreciation 90; line 1.200 tấn/vụ")
    post = [s[4] for s in summ]
    p.check(avg1(post) == 511.7 and close(1500 / (511.7 + 90), 2.5, 0.01), "average profit 511,7, payback 2,5")
    p.check(60000 + 40000 + 20000 + 30000 == out[0][2], "2027 sales plan by channel = 150.000 fruits")
    p.has("45.000 đồng/quả", "30.000 đồng/quả", "90.000 quả × 45.000 đồng = 4.050 triệu đồng",
          "60.000 quả × 30.000 đồng = 1.800 triệu đồng", "4.500 + 1.950 = 6.450", "4.950 + 2.100 = 7.050",
          "(418,3 + 490,1 + 626,6) : 3 ≈ 511,7", "1.500 : (511,7 + 90) ≈ 2,5 năm", "28.000 đồng/quả loại 1",
          "17.000 đồng/quả loại 2", "khoảng 264 tấn quả/năm", "28 thành viên chính thức", "VietGAP",
          "bản cam kết bảo đảm an toàn thực phẩm", "TCCS 01:2025/HĐ", "chỉ dẫn địa lý", "Nghị định 43/2017/NĐ-CP",
          "mã QR", "hố lắng", "khoảng 60.000 quả")
    ready_text(p)
    return p


def cm03() -> Plan:
    """Cajeput and lemongrass oil; units in row labels; investment subtotals per group."""
    p = Plan("cm03_tinh_dau_tram_thach_lac_tht")
    t50, t100, s10 = p.row("Tinh dầu tràm chai 50 ml"), p.row("Tinh dầu tràm chai 100 ml"), p.row("Tinh dầu sả chanh chai 10 ml")
    tram, sa, oil = p.row("Tinh dầu tràm (lít)"), p.row("Tinh dầu sả chanh (lít)"), p.row("Tổng tinh dầu")
    leaf, grass = p.row("Lá tràm nguyên liệu"), p.row("Sả chanh nguyên liệu")
    rev, r1, r2, r3 = (p.row("Doanh thu |"), p.row("Tinh dầu tràm 50 ml (60.000"), p.row("Tinh dầu tràm 100 ml (110.000"),
                       p.row("Tinh dầu sả chanh 10 ml (35.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Lá tràm (1.500", "Sả chanh (2.000", "Củi, điện", "Chai, nắp, nhãn, hộp",
                                 "Tiền công lao động", "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển",
                                 "Quản lý, kiểm nghiệm", "Thuế khoán")]
    prof = p.row("Lợi nhuận |")
    workers = [11, 12, 12]
    for y in Y:  # triệu đồng
        p.check(close(tram[y], t50[y] * 0.05 + t100[y] * 0.1) and close(sa[y], s10[y] * 0.01)
                and oil[y] == tram[y] + sa[y], f"litres from bottles {y}")
        p.check(close(leaf[y], tram[y] * 100 / 1000) and close(grass[y], sa[y] * 200 / 1000),
                f"100 kg leaves / 200 kg grass per litre {y}")
        p.check(close(r1[y], t50[y] * 0.06) and close(r2[y], t100[y] * 0.11) and close(r3[y], s10[y] * 0.035)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], leaf[y] * 1.5) and close(lines[1][y], grass[y] * 2.0)
                and close(lines[2][y], (leaf[y] + grass[y]) * 0.2)
                and close(lines[3][y], t50[y] * 0.006 + t100[y] * 0.009 + s10[y] * 0.004), f"material costs {y}")
        p.check(close(lines[4][y], workers[y] * 6 * 12) and close(lines[5][y], 100)
                and close(lines[6][y], [300, 200, 100][y] * 0.075) and close(lines[7][y], rev[y] * 0.15)
                and close(lines[8][y], 60) and close(lines[9][y], rev[y] * 0.045), f"wages, dep, interest, selling, tax {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(leaf[y] <= 280 and grass[y] <= 75 and leaf[y] + grass[y] <= 396, f"supply 280 / 75 t, still 396 t {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(35 * 8 == 280 and 3 * 25 == 75 and 3 * 300 * 2 * 220 / 1000 == 396, "280 t leaves, 75 t grass, 396 t still")
    p.check(close((leaf[2] + grass[2]) / 396, 0.72, 0.01) and close(oil[0] / 1700, 1.18, 0.01), "72 % of capacity, +18 %")
    a = [p.one(x) for x in ("Nhà xưởng chưng cất", "Kho nguyên liệu và thành phẩm")]
    b = [p.one(x) for x in ("2 nồi chưng cất inox", "Bộ ngưng tụ, phân ly", "Máy chiết rót, đóng nắp", "Thùng lắng lọc")]
    c = [p.one("Thiết kế bao bì, nhãn, kiểm nghiệm")]
    d = p.one("D |")
    sa_, sb, sc = p.one("Cộng A"), p.one("Cộng B"), p.one("Cộng C")
    p.check(sum(a) == sa_ == 310 and sum(b) == sb == 370 and sum(c) == sc == 20, "group subtotals A, B, C")
    p.check(sa_ + sb + sc + d == p.one("Tổng cộng") == 1000 == 700 + 300 and sa_ + sb + sc == 700,
            "grand total 1.000 = A + B + C + D = sources 700 + 300; fixed 700")
    p.check(close(700 / 7, 100), "depreciation 7 years")
    avg = sum(prof) / 3
    p.check(close(avg, 810.05, 0.0001) and close(1000 / (810 + 100), 1.1, 0.01), "average 810, payback 1,1")
    p.check(close(prof[0] / 7, 87, 0.01) and close(prof[2] / 7, 148, 0.01), "87–148 triệu per household")
    p.has("60.000 đồng/chai", "110.000 đồng/chai", "35.000 đồng/chai", "(607,5 + 786,05 + 1.036,6) : 3 ≈ 810",
          "1.000 : (810 + 100) ≈ 1,1 năm", "3 × 300 kg × 2 × 220 = 396 tấn", "khoảng 280 tấn/năm",
          "khoảng 75 tấn/năm", "2.000 lít năm 2027", "Giấy chứng nhận đăng ký tổ hợp tác số 03/GCN-ĐKTHT",
          "TCCS 01:2026/THTTL", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "miễn đăng ký môi trường")
    ready_text(p)
    return p


def cm04() -> Plan:
    """Grafted seedlings; money in triệu đồng and tỷ."""
    p = Plan("cm04_cay_giong_buoi_huong_trach_ctcp")
    bu, cam, n, g, staff = (p.row("Cây giống bưởi Phúc Trạch ghép |"), p.row("Cây giống cam ghép |"),
                            p.row("Tổng cây giống xuất vườn"), p.row("Cây gốc ghép đưa"), p.row("Lao động thường xuyên"))
    rev, rb, rc = p.row("Doanh thu |"), p.row("Cây giống bưởi (35.000"), p.row("Cây giống cam (30.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Cây gốc ghép (4.000", "Mắt ghép, công ghép", "Bầu, giá thể", "Phân bón, thuốc sinh học",
                                 "Tiền lương |", "Khấu hao |", "Lãi vay |", "Hoa hồng đại lý", "Quản lý, xét nghiệm",
                                 "Điện, nước tưới")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(n[y] == bu[y] + cam[y] and close(g[y], n[y] / 0.8), f"80 % of grafted plants sold {y}")
        p.check(close(rb[y], bu[y] * 0.035) and close(rc[y], cam[y] * 0.03) and close(rev[y], rb[y] + rc[y]), f"revenue {y}")
        p.check(close(lines[0][y], g[y] * 0.004) and close(lines[1][y], g[y] * 0.001) and close(lines[2][y], g[y] * 0.003)
                and close(lines[3][y], g[y] * 0.002) and close(lines[9][y], g[y] * 0.0005), f"per-plant costs {y}")
        p.check(close(lines[4][y], staff[y] * 6.5 * 12) and close(lines[5][y], 250)
                and close(lines[6][y], [1200, 800, 400][y] * 0.08) and close(lines[7][y], rev[y] * 0.08)
                and close(lines[8][y], 200), f"wages, dep, interest, commission {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(g[y] <= 8000 * 0.7 * 50 and g[y] <= 260000, f"net-house places, rootstock contract {y}")
        p.check(bu[y] / 0.8 <= 600 * 400 and cam[y] / 0.8 <= 200 * 400, f"budwood from mother trees {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(8000 * 0.7 * 50 == 280000 and close(g[2] / 280000, 0.89, 0.01), "280.000 places, 89 % used")
    p.check(bu[2] / 0.8 == 187500 and cam[2] / 0.8 == 62500, "187.500 / 62.500 buds in 2029")
    p.check(close(n[0] / 135000, 1.185, 0.001), "+18,5 % on 2026")
    items = [p.one(x) for x in ("Nhà lưới chống côn trùng", "Hệ thống tưới phun sương", "Nhà lưới cây đầu dòng",
                                "Kho vật tư", "Dụng cụ ghép", "Thẻ treo, bao bì", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 3000 == 1800 + 1200 and sum(items[:6]) == 2500, "3 tỷ, fixed 2,5 tỷ")
    p.check(close(2500 / 10, 250), "depreciation 10 years")
    p.check(avg1(post) == 1150.8 and close(3000 / (1150.8 + 250), 2.1, 0.02), "average 1.150,8, payback 2,1")
    p.check(close(post[0] / rev[0], 0.165, 0.002) and close(post[2] / rev[2], 0.209, 0.002), "16,5–20,9 % net margin")
    p.check(close(rev[0], 5400) and close(rev[1], 6075) and close(rev[2], 6750), "5,4 / 6,075 / 6,75 tỷ")
    p.check(n[0] / 400 == 400 and n[2] / 400 == 500, "400–500 ha at 400 trees/ha")
    p.has("35.000 đồng/cây", "30.000 đồng/cây", "Doanh thu 5,4 tỷ đồng năm 2027, 6,075 tỷ đồng năm 2028 và 6,75 tỷ đồng",
          "Tổng vốn đầu tư 3 tỷ đồng", "vốn góp của cổ đông 1,8 tỷ đồng", "1,2 tỷ đồng, thời hạn 3 năm",
          "8.000 × 0,7 × 50 = 280.000 bầu", "(891,4 + 1.150,8 + 1.410,2) : 3 ≈ 1.150,8", "3.000 : (1.150,8 + 250) ≈ 2,1 năm",
          "khoảng 240.000 mắt bưởi và 80.000 mắt cam", "tối đa 260.000 cây/năm", "công nhận là cây đầu dòng",
          "TCCS 01:2024/HT", "công bố hợp quy", "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ",
          "không phải thực phẩm")
    ready_text(p)
    return p


def cm05() -> Plan:
    """Bồ kết shampoo; nghìn đồng. PLANTED revenue-mismatch, no-product-standard, no-environment-measures."""
    p = Plan("cm05_dau_goi_bo_ket_duc_dong_htx")
    a, b, c, lit = (p.row("Dầu gội bồ kết chai 300 ml |"), p.row("Dầu gội bồ kết chai 500 ml |"),
                    p.row("Dầu gội bồ kết can 5 lít |"), p.row("Tổng sản lượng quy đổi"))
    pods, herbs, staff = p.row("Bồ kết khô (0,12"), p.row("Vỏ bưởi, hương nhu"), p.row("Tổng số lao động")
    rev, ra, rb, rc = (p.row("Doanh thu |"), p.row("Dầu gội bồ kết chai 300 ml (85.000"),
                       p.row("Dầu gội bồ kết chai 500 ml (125.000"), p.row("Dầu gội bồ kết can 5 lít (380.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Bồ kết, thảo dược", "Chất tạo bọt", "Chai, can, nắp, nhãn", "Tiền lương |",
                                 "Khấu hao |", "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, chi khác", "Điện, củi")]
    prof = p.row("Lợi nhuận trước thuế")
    for y in Y:  # nghìn đồng
        p.check(close(lit[y], a[y] * 0.3 + b[y] * 0.5 + c[y] * 5) and close(pods[y], lit[y] * 0.12)
                and close(herbs[y], lit[y] * 0.5), f"litres, pods, herbs {y}")
        p.check(close(ra[y], a[y] * 85) and close(rc[y], c[y] * 380), f"300 ml and can revenue {y}")
        p.check(close(rev[y], ra[y] + rb[y] + rc[y]), f"revenue total = its rows as written {y}")
        p.check(close(lines[0][y], lit[y] * 18) and close(lines[1][y], lit[y] * 22)
                and close(lines[2][y], a[y] * 6 + b[y] * 8 + c[y] * 15) and close(lines[8][y], lit[y] * 3),
                f"per-litre and per-bottle costs {y}")
        p.check(close(lines[3][y], staff[y] * 6500 * 12) and close(lines[4][y], 150000)
                and close(lines[5][y], [600000, 400000, 200000][y] * 0.07)
                and close(lines[6][y], a[y] * 12 + b[y] * 18 + c[y] * 30) and close(lines[7][y], 90000),
                f"wages, dep, interest, selling per unit {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(prof[y], rev[y] - cost[y]),
                f"cost, profit consistent with the written revenue {y}")
        p.check(pods[y] <= 1200 * 8 and lit[y] <= 2 * 200 * 200, f"pods 9.600 kg, still 80.000 l {y}")
        if y:
            p.check(lit[y] / lit[y - 1] < 1.2, f"growth {y}")
    p.check(close(rb[0], b[0] * 125) and close(rb[2], b[2] * 125), "2027 and 2029 500 ml revenue right")
    p.check(b[1] * 125 == 1125000 and rb[1] == 1350000 and off(rb[1], b[1] * 125),
            "PLANTED 2028 500 ml revenue 1.350.000 != 9.000 × 125 = 1.125.000 (+20 %)")
    true_rev1 = a[1] * 85 + b[1] * 125 + c[1] * 380
    p.check(true_rev1 == 3346000 and off(rev[1], true_rev1), "PLANTED 2028 revenue 3.571.000 != 3.346.000 (+6,7 %)")
    true_prof1 = true_rev1 - cost[1]
    p.check(close(true_prof1, 899800) and off(prof[1], true_prof1), "2028 profit follows: 1.124.800 instead of 899.800")
    written, true = sum(prof) / 3, (prof[0] + true_prof1 + prof[2]) / 3
    p.check(close(written, 974800) and close(1600000 / (written + 150000), 1.4, 0.03), "stated payback 1,4")
    p.check(close(1600000 / (true + 150000), 1.52, 0.01) and off(1.4, 1600000 / (true + 150000)),
            "tolerated knock-on: true payback 1,52 (stated 1,4)")
    p.check(600 + 300 + 150 + 150 + 400 == 1600 == 1000 + 600 and close(1200000 / 8, 150000), "capital 1,6 tỷ; dep 150")
    p.check(close(lit[0] / 11000, 1.18, 0.01), "+18 % on 2026")
    p.has("85.000 đồng/chai", "125.000 đồng/chai", "380.000 đồng/can", "Tổng vốn đầu tư 1,6 tỷ đồng",
          "(712.000 + 1.124.800 + 1.087.600) : 3 = 974.800", "1.600.000 : (974.800 + 150.000) ≈ 1,4 năm",
          "lọc bỏ bã", "được rửa bằng nước nóng", "Giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
          "Nghị định 43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "mã lô", "80.000 lít dịch chiết/năm")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|hợp quy|hợp chuẩn|QCVN|TCVN|quy chuẩn|kiểm nghiệm|thử nghiệm|"
            r"chỉ tiêu (chất lượng|cảm quan|vi sinh|hóa|kỹ thuật)|phiếu kết quả|phân tích mẫu",
            "PLANTED no product notification, standard or lab test")
    p.lacks(r"môi trường|nước thải|chất thải|xử lý|bể lắng|hố lắng|hố ga|\brác\b|thu gom|ủ (làm )?phân|khí thải|"
            r"bảo vệ|phế liệu|tái chế",
            "PLANTED no environmental measure")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|UBND huyện", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cm06() -> Plan:
    """Dried herbs; units in the header cells. PLANTED material-shortfall, capital-mismatch, no-quality-control."""
    p = Plan("cm06_duoc_lieu_kho_ky_thuong_cty")
    cg, xd, bb, kg, fresh = (p.row("Cà gai leo khô túi 500 g"), p.row("Xạ đen khô túi 500 g"),
                             p.row("Cà gai leo khô bán buôn"), p.row("Tổng dược liệu khô"), p.row("Dược liệu tươi cần"))
    rev, r1, r2, r3 = (p.row("Doanh thu |"), p.row("Cà gai leo túi 500 g (100.000"), p.row("Xạ đen túi 500 g (120.000"),
                       p.row("Cà gai leo bán buôn (120.000"))
    cost = p.row("Tổng chi phí")
    lines = [p.row(x) for x in ("Dược liệu tươi (10.000", "Bao bì, nhãn", "Điện sấy", "Tiền lương |", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, vận chuyển", "Quản lý, kiểm nghiệm")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    staff = [14, 15, 16]
    supply = 5 * 6 + 30  # tấn fresh a year: own 5 ha × 6 t + 30 t contracted
    for y in Y:  # triệu đồng
        p.check(kg[y] == cg[y] * 0.5 + xd[y] * 0.5 + bb[y] and close(fresh[y], kg[y] * 4 / 1000), f"kg, 4:1 fresh {y}")
        p.check(close(r1[y], cg[y] * 0.1) and close(r2[y], xd[y] * 0.12) and close(r3[y], bb[y] * 0.12)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], fresh[y] * 10) and close(lines[1][y], (cg[y] + xd[y]) * 0.004 + bb[y] * 0.001)
                and close(lines[2][y], kg[y] * 0.003), f"herbs, packaging, drying {y}")
        p.check(close(lines[3][y], staff[y] * 6.5 * 12) and close(lines[4][y], 140)
                and close(lines[5][y], [700, 525, 350][y] * 0.08) and close(lines[6][y], rev[y] * 0.1)
                and close(lines[7][y], 150), f"wages, dep, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(fresh[y] <= 2 * 500 * 250 / 1000, f"dryers 250 t: no capacity problem {y}")
        p.check(fresh[y] > supply and off(fresh[y], supply), f"PLANTED fresh herb need {fresh[y]:.0f} t > 60 t supply {y}")
    p.check(close(fresh[0] / supply, 1.2) and close(fresh[2] / supply, 1.533, 0.001), "shortfall +20 % to +53 %")
    p.check(close(kg[0] / 15000, 1.2) and all(kg[y] / kg[y - 1] < 1.15 for y in (1, 2)), "growth")
    items = [p.one(x) for x in ("Nhà sơ chế, sấy, kho", "2 máy sấy bơm nhiệt", "Máy rửa, máy thái", "Hố ga, bể lắng",
                                "Thiết kế bao bì", "Vốn lưu động")]
    total = p.one("Tổng vốn đầu tư |")
    p.check(sum(items) == total == 2000 and sum(items[:5]) == 1400 and close(1400 / 10, 140),
            "items add up to 2.000; fixed 1.400, depreciation 140")
    p.check(900 + 700 == 1600 and off(900 + 700, total), "PLANTED sources 900 + 700 = 1.600 != total 2.000 (−20 %)")
    p.check(close(700 / total, 0.35), "'vay 35% tổng vốn' measured on the 2.000 total")
    p.check(close(avg1(post), 705.1, 0.001) and close(2000 / (705.1 + 140), 2.4, 0.02), "payback 2,4 is right")
    p.has("100.000 đồng/túi", "120.000 đồng/túi", "120.000 đồng/kg", "Tổng vốn đầu tư của phương án là 2.000 triệu đồng",
          "vốn chủ sở hữu của công ty 900 triệu đồng", "700 triệu đồng, thời hạn 4 năm",
          "4 kg dược liệu tươi cho 1 kg dược liệu khô", "cho khoảng 30 tấn/năm", "khoảng 30 tấn tươi/năm",
          "Tổng nguồn cung khoảng 60 tấn dược liệu tươi/năm, bảo đảm đủ nguyên liệu",
          "(529,5 + 705,1 + 880,6) : 3 ≈ 705,1", "2.000 : (705,1 + 140) ≈ 2,4 năm",
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/KT", "tự công bố",
          "phiếu kết quả kiểm nghiệm", "Nghị định 43/2017/NĐ-CP", "đơn đăng ký nhãn hiệu", "bể lắng")
    p.lacks(r"truy xuất|nhật ký|sổ theo dõi|sổ ghi|ghi chép|kiểm soát|mã lô|số lô|\bQR\b|GACP|GMP|lưu mẫu|HACCP|\bISO\b|"
            r"nội bộ|mã vạch|quản lý chất lượng",
            "PLANTED no internal quality control or traceability")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|UBND huyện", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cm07() -> Plan:
    """Health-supplement tea. PLANTED no-food-safety, payback-mismatch, outdated-policy."""
    p = Plan("cm07_tra_giao_co_lam_ngan_pho_ctcp")
    h25, h50, kg, raw = (p.row("Trà túi lọc hộp 25 túi"), p.row("Trà túi lọc hộp 50 túi"), p.row("Giảo cổ lam đóng túi"),
                         p.row("Giảo cổ lam khô nguyên liệu"))
    ch = [p.row(x) for x in ("Nhà thuốc, chuỗi nhà thuốc", "Bán trực tuyến (25%)", "Siêu thị, cửa hàng đặc sản")]
    boxes, staff = p.row("Tổng số hộp tiêu thụ"), p.row("Cộng |")
    parts = [p.row(x) for x in ("Ban giám đốc, kế toán", "Kỹ thuật – chất lượng", "Sơ chế, sấy, nghiền", "Đóng gói, kho",
                                 "Kinh doanh, bán hàng")]
    rev, ra, rb = p.row("Doanh thu |"), p.row("Hộp 25 túi (95.000"), p.row("Hộp 50 túi (170.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Giảo cổ lam khô (150.000", "Túi lọc, hộp, nhãn", "Tiền lương |", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, tiếp thị", "Quản lý, kiểm nghiệm", "Điện, nhiên liệu")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    for y in Y:  # triệu đồng
        p.check(close(kg[y], h25[y] * 0.05 + h50[y] * 0.1) and close(raw[y], kg[y] * 1.05), f"kg, 5 % loss {y}")
        p.check(boxes[y] == h25[y] + h50[y] == lines_sum(ch, y)
                and close(ch[0][y], boxes[y] * 0.55) and close(ch[1][y], boxes[y] * 0.25), f"channel split {y}")
        p.check(staff[y] == lines_sum(parts, y) == [18, 19, 20][y], f"staff {y}")
        p.check(close(ra[y], h25[y] * 0.095) and close(rb[y], h50[y] * 0.17) and close(rev[y], ra[y] + rb[y]), f"revenue {y}")
        p.check(close(lines[0][y], raw[y] * 0.15) and close(lines[1][y], h25[y] * 0.012 + h50[y] * 0.018)
                and close(lines[2][y], staff[y] * 7 * 12) and close(lines[3][y], 300)
                and close(lines[4][y], [1500, 1000, 500][y] * 0.08) and close(lines[5][y], rev[y] * 0.2)
                and close(lines[6][y], 300) and close(lines[7][y], kg[y] * 0.02), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(raw[y] <= 8000 and h25[y] * 25 + h50[y] * 50 <= 60 * 60 * 8 * 250, f"leaf supply 8 t, 7,2 million bags {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.2, f"growth {y}")
    p.check(60 * 60 * 8 * 250 == 7200000 and h25[2] * 25 + h50[2] * 50 == 2000000, "7,2 million bags, 2 million needed")
    p.check(100 * 35 * 12 > 40000, "100 pharmacies × 35 boxes × 12 > 40.000")
    items = [p.one(x) for x in ("Nhà xưởng 400 m²", "Dây chuyền đóng túi lọc", "Máy sấy, máy nghiền", "Thiết kế bao bì",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 4000 == 2500 + 1500 and sum(items[:4]) == 2400, "capital 4.000, fixed 2.400")
    p.check(close(2400 / 8, 300), "depreciation 8 years")
    avg = sum(post) / 3
    true = 4000 / (avg + 300)
    p.check(close(avg, 1214.1, 0.001) and close(true, 2.64, 0.01), "true payback 2,64 with depreciation")
    p.check(off(1.2, true) and off(1.2, 4000 / avg) and off(1.2, 4000 / (post[2] + 300)),
            "PLANTED payback 1,2 năm != 2,6 (3,3 without depreciation; 2,1 on the best year)")
    p.has("thu hồi toàn bộ vốn đầu tư trong khoảng 1,2 năm", "95.000 đồng/hộp", "170.000 đồng/hộp",
          "Tổng vốn đầu tư 4.000 triệu đồng", "Doanh thu 5.500 triệu đồng năm 2027", "3.150 kg năm 2027",
          "Tổng nguồn cung khoảng 8 tấn/năm", "khoảng 7,2 triệu túi/năm", "thực phẩm bảo vệ sức khỏe",
          "TCCS 01:2025/NP", "số lô", "tem QR")
    p.has("Quyết định số 1048/QĐ-TTg ngày 21/8/2019", "Quyết định số 781/QĐ-TTg ngày 08/6/2020",
          "Nghị quyết số 123/2018/NQ-HĐND", "UBND huyện Hương Sơn", "theo Bộ tiêu chí ban hành kèm Quyết định 1048/QĐ-TTg")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated-policy: the current OCOP decisions are not cited")
    p.lacks(r"an toàn thực phẩm|ATTP|\bGMP\b|đủ điều kiện|vệ sinh|HACCP|ISO 22000|15/2018|cam kết|khám sức khỏe|"
            r"thực hành sản xuất tốt",
            "PLANTED no food-safety certificate, GMP or commitment anywhere")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cm08() -> Plan:
    """Fresh oranges. PLANTED no-business-registration, profit-mismatch, figure-inconsistent."""
    p = Plan("cm08_cam_bu_kim_hoa_tht")
    l1, l2, t, area = p.row("Cam loại 1 |"), p.row("Cam loại 2 |"), p.row("Tổng sản lượng tiêu thụ"), p.row("Diện tích cho thu")
    ch = [p.row(x) for x in ("Siêu thị, cửa hàng trái cây", "Quà Tết", "Bán trực tuyến |", "Điểm bán OCOP")]
    sold = p.row("Cộng |")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Cam loại 1 (30.000"), p.row("Cam loại 2 (18.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Phân bón (18", "Thuốc bảo vệ thực vật", "Thuê lao động thu hái", "Điện tưới",
                                 "Hộp, tem (800", "Vận chuyển, bán hàng", "Khấu hao |", "Lãi vay |", "Chi phí chung",
                                 "Công lao động thành viên")]
    prof = p.row("Lợi nhuận |")
    for y in Y:  # triệu đồng
        p.check(t[y] == l1[y] + l2[y] == sold[y] == lines_sum(ch, y), f"tonnes, channels {y}")
        p.check(close(r1[y], l1[y] * 30) and close(r2[y], l2[y] * 18) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], 14 * 18) and close(lines[1][y], 14 * 6) and close(lines[3][y], 14 * 3),
                f"per-hectare costs on 14 ha {y}")
        p.check(close(lines[2][y], t[y] * 1.5) and close(lines[4][y], t[y] * 0.8) and close(lines[5][y], t[y] * 2),
                f"per-kg costs {y}")
        p.check(close(lines[6][y], 160) and close(lines[7][y], [600, 400, 200][y] * 0.08) and close(lines[8][y], 40)
                and close(lines[9][y], 18 * 5 * 12), f"dep, interest, members' labour {y}")
        p.check(close(cost[y], lines_sum(lines, y)), f"cost sum {y}")
        p.check(area[y] == 14 and t[y] <= 14 * 12, f"output within 14 ha × 12 t/ha (no shortfall) {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.15, f"growth {y}")
    p.check(close(prof[0], rev[0] - cost[0]) and close(prof[2], rev[2] - cost[2]), "2027 and 2029 profit right")
    p.check(rev[1] - cost[1] == 1299.5 and prof[1] == 1599.5 and off(prof[1], rev[1] - cost[1]),
            "PLANTED 2028 profit 1.599,5 != 3.570 − 2.270,5 = 1.299,5 (+23 %)")
    written = sum(prof) / 3
    true = (prof[0] + rev[1] - cost[1] + prof[2]) / 3
    p.check(close(written, 1395.5) and close(2000 / (written + 160), 1.3, 0.02), "stated payback 1,3 on the written profit")
    p.check(close(2000 / (true + 160), 1.37, 0.01) and off(1.3, 2000 / (true + 160)), "tolerated knock-on: true 1,37")
    p.check(close(written / 9, 155, 0.01), "155 triệu per household (from the written average)")
    p.has("Tổng diện tích cam bù của các hộ thành viên là 18 ha", "Diện tích cam bù đang cho thu hoạch của 9 hộ thành viên là 14 ha",
          "14 ha của 9 hộ được cấp Giấy chứng nhận VietGAP")  # PLANTED figure-inconsistent 18 vs 14 ha
    p.check(off(18, 14), "PLANTED 18 ha != 14 ha (+28,6 %)")
    p.check(14 * 12 == 168 and close(t[2] / 168, 0.89, 0.01), "168 tấn; 150 = 89 %")
    items = [p.one(x) for x in ("Hệ thống tưới nhỏ giọt", "Nhà sơ chế, đóng gói", "Máy phân loại quả", "Xe tải nhỏ",
                                "Hộp, tem, tái chứng nhận", "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 2000 == 1400 + 600 and sum(items[:5]) == 1600, "capital 2 tỷ, fixed 1,6")
    p.check(close(1600 / 10, 160), "depreciation")
    p.has("30.000 đồng/kg", "18.000 đồng/kg", "Tổng vốn đầu tư 2 tỷ đồng", "(946 + 1.599,5 + 1.641) : 3 = 1.395,5",
          "2.000 : (1.395,5 + 160) ≈ 1,3 năm", "bản cam kết bảo đảm an toàn thực phẩm", "tiêu chuẩn cơ sở",
          "Nghị định 43/2017/NĐ-CP", "nhãn hiệu", "mã QR", "bể chứa")
    p.lacks(r"đăng ký (kinh doanh|tổ hợp tác|hợp tác xã|hộ kinh doanh|doanh nghiệp|thành lập)|giấy chứng nhận đăng ký|"
            r"mã số (thuế|doanh nghiệp|hợp tác xã)|hợp đồng hợp tác|Luật Hợp tác xã|113/2024|thành lập|pháp nhân|"
            r"chứng thực|xác nhận của UBND",
            "PLANTED no business registration, cooperation contract or tax code")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|UBND huyện", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cm09() -> Plan:
    """Pomelo-peel oil. PLANTED capacity-exceeded, table-total-mismatch, no-label-plan."""
    p = Plan("cm09_tinh_dau_buoi_ha_linh_htx")
    a, b, c, oil, peel = (p.row("Tinh dầu bưởi chai 10 ml"), p.row("Tinh dầu bưởi chai 50 ml"),
                          p.row("Xịt dưỡng tóc vỏ bưởi 100 ml"), p.row("Tổng tinh dầu sử dụng"),
                          p.row("Vỏ bưởi tươi nguyên liệu"))
    staff = p.row("Cộng |")  # the staff table: the only "Cộng" row with three numbers
    parts = [p.row(x) for x in ("Quản lý, kế toán", "Thu mua, sơ chế vỏ", "Chưng cất |", "Chiết rót, đóng gói",
                                 "Bán hàng trực tuyến")]
    rev, r1, r2, r3 = (p.row("Doanh thu |"), p.row("Tinh dầu 10 ml (45.000"), p.row("Tinh dầu 50 ml (180.000"),
                       p.row("Xịt dưỡng tóc 100 ml (75.000"))
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Vỏ bưởi (5.000", "Củi, điện", "Chai, nắp, hộp", "Tiền lương |", "Khấu hao |",
                                 "Lãi vay |", "Bán hàng, chiết khấu", "Quản lý, chi khác")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    cap_peel = 2 * 200 * 2 * 200 / 1000  # tấn a year
    cap_oil = cap_peel * 1000 * 0.005     # litres: 0,5 l per 100 kg
    for y in Y:  # triệu đồng
        p.check(close(oil[y], a[y] * 0.01 + b[y] * 0.05 + c[y] * 0.001) and close(peel[y], oil[y] / 0.5 * 100 / 1000),
                f"oil from bottles, 0,5 l per 100 kg peel {y}")
        p.check(staff[y] == lines_sum(parts, y) == [12, 14, 16][y], f"staff {y}")
        p.check(close(r1[y], a[y] * 0.045) and close(r2[y], b[y] * 0.18) and close(r3[y], c[y] * 0.075)
                and close(rev[y], r1[y] + r2[y] + r3[y]), f"revenue {y}")
        p.check(close(lines[0][y], peel[y] * 5) and close(lines[1][y], peel[y] * 0.3)
                and close(lines[2][y], a[y] * 0.005 + b[y] * 0.012 + c[y] * 0.01), f"peel, fuel, bottles {y}")
        p.check(close(lines[3][y], staff[y] * 7 * 12) and close(lines[4][y], 125)
                and close(lines[5][y], [500, 350, 200][y] * 0.07) and close(lines[6][y], rev[y] * 0.2)
                and close(lines[7][y], 200), f"wages, dep, interest, selling {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        p.check(close(tax[y], pre[y] * 0.17) and close(post[y], pre[y] - tax[y]), f"17 % tax {y}")
        p.check(peel[y] <= 300, f"peel within the 300 t contracts (no shortfall) {y}")
        if y:
            p.check(rev[y] / rev[y - 1] < 1.35, f"growth under 35 % {y}")
    p.check(cap_peel == 160 and cap_oil == 800, "capacity 160 t peel = 800 l oil")
    p.check(oil[0] <= cap_oil, "2027 within capacity")
    p.check(oil[1] > cap_oil and off(oil[1], cap_oil) and oil[2] > cap_oil and off(oil[2], cap_oil)
            and peel[1] > cap_peel and peel[2] > cap_peel,
            "PLANTED 2028–2029 oil 920 / 1.125 l > 800 l capacity (+15 %, +41 %); peel 184 / 225 t > 160 t")
    sup = [p.one(x) for x in ("Cơ sở chè bưởi Đông Trà", "Cơ sở nước ép bưởi", "Cơ sở chè bưởi Phúc Đồng", "Chợ đầu mối")]
    p.check(sum(sup) == p.one("Cộng |") == 300, "peel contracts 300 t")
    eq = [p.row(x, 3) for x in ("Nồi chưng cất inox 200 kg", "Bộ ngưng tụ, bình phân ly", "Máy chiết rót chai",
                                "Bồn inox chứa")]
    p.check(all(q * u == v for q, u, v in eq), "equipment rows: quantity × unit price = amount")
    eq_sum, eq_stated = sum(v for *_, v in eq), p.one("Cộng |", skip=1)
    p.check(eq_sum == 300 and eq_stated == 350 and off(eq_stated, eq_sum),
            "PLANTED equipment table 'Cộng' 350 != 190 + 50 + 40 + 20 = 300 (+16,7 %)")
    items = [p.one(x) for x in ("Nhà xưởng chưng cất", "Máy móc thiết bị (Bảng 5)", "Kho vỏ bưởi", "Thiết kế bao bì",
                                "Vốn lưu động")]
    p.check(items[1] == eq_stated and sum(items) == p.one("Tổng cộng") == 2000 == 1500 + 500
            and sum(items[:4]) == 1250, "investment carries the wrong 350; total 2.000 = sources; fixed 1.250")
    p.check(close(1250 / 10, 125), "depreciation 10 years")
    p.check(avg1(post) == 879.2 and close(2000 / (879.2 + 125), 2.0, 0.01), "payback 2,0")
    p.has("45.000 đồng/chai", "180.000 đồng/chai", "75.000 đồng/chai", "khoảng 800 lít tinh dầu/năm",
          "tổng cộng 160 tấn vỏ/năm", "Nồi 50 kg cũ sẽ được thanh lý", "Tổng vốn đầu tư 2.000 triệu đồng",
          "(506,4 + 879,2 + 1.252,1) : 3 ≈ 879,2", "2.000 : (879,2 + 125) ≈ 2,0 năm", "100 kg vỏ bưởi tươi cho khoảng 0,5 lít",
          "chai thủy tinh nâu 10 ml", "hộp giấy cứng", "TCCS 01:2026/HL", "phiếu công bố sản phẩm mỹ phẩm",
          "Cục Sở hữu trí tuệ", "bể lắng")
    p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|\bQR\b|43/2017|111/2021|ghi nhãn|mã lô|số lô|in thông tin|hạn sử dụng in",
            "PLANTED no label, label content or labelling decree")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|UBND huyện", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def cm10() -> Plan:
    """Herbal foot-soak salt. PLANTED unrealistic-growth, name-inconsistent, no-trademark."""
    p = Plan("cm10_muoi_ngam_chan_thao_duoc_cam_lac_cty")
    h, t, kg, staff = (p.row("Muối ngâm chân hộp 10 gói × 50 g"), p.row("Muối ngâm chân túi 1 kg", 3),
                       p.row("Tổng thành phẩm"), p.row("Lao động |"))
    past_h, past_t, past_rev = p.row("Muối ngâm chân hộp 10 gói |", 2), p.row("Muối ngâm chân túi 1 kg", 2), p.row("Doanh thu |", 2)
    salt, herb = p.row("Muối hột (0,6"), p.row("Thảo dược khô (0,4")
    rev, r1, r2 = p.row("Doanh thu |"), p.row("Hộp 10 gói (85.000"), p.row("Túi 1 kg (120.000")
    cost = p.row("Chi phí |")
    lines = [p.row(x) for x in ("Muối, thảo dược (20.000", "Hộp, gói, túi, nhãn", "Tiền lương |", "Khấu hao |", "Lãi vay |",
                                 "Bán hàng, quảng cáo", "Quản lý, chi khác", "Điện (1.000")]
    pre, tax, post = p.row("Lợi nhuận trước thuế"), p.row("Thuế TNDN"), p.row("Lợi nhuận sau thuế")
    parts = p.row("Cộng lao động")
    for y in Y:  # triệu đồng
        p.check(kg[y] == h[y] * 0.5 + t[y] and close(salt[y], kg[y] * 0.6) and close(herb[y], kg[y] * 0.4), f"kg, salt, herbs {y}")
        p.check(staff[y] == parts[y] == [8, 10, 12][y], f"staff {y}")
        p.check(close(r1[y], h[y] * 0.085) and close(r2[y], t[y] * 0.12) and close(rev[y], r1[y] + r2[y]), f"revenue {y}")
        p.check(close(lines[0][y], kg[y] * 0.02) and close(lines[1][y], h[y] * 0.009 + t[y] * 0.006)
                and close(lines[2][y], staff[y] * 6 * 12) and close(lines[3][y], 75)
                and close(lines[4][y], [300, 200, 100][y] * 0.08) and close(lines[5][y], rev[y] * 0.15)
                and close(lines[6][y], 80) and close(lines[7][y], kg[y] * 0.001), f"cost lines {y}")
        p.check(close(cost[y], lines_sum(lines, y)) and close(pre[y], rev[y] - cost[y]), f"cost, profit {y}")
        rate = 0.15 if rev[y] <= 3000 else 0.17
        p.check(close(tax[y], pre[y] * rate) and close(post[y], pre[y] - tax[y]), f"tax {rate} {y}")
        p.check(kg[y] <= 400 * 250 and herb[y] <= 60000, f"line 100 t, herbs 60 t: no capacity or material issue {y}")
    p.check(close(past_rev[1], past_h[1] * 0.085 + past_t[1] * 0.12) and close(past_rev[0], past_h[0] * 0.085 + past_t[0] * 0.12),
            "2025 and 2026 revenue")
    g1, g2 = rev[1] / rev[0], rev[2] / rev[1]
    p.check(close(g1, 2.405, 0.001) and close(g2, 2.337, 0.001) and h[1] / h[0] == 2.5 and h[2] / h[1] == 2.4,
            "PLANTED revenue ×2,4 then ×2,3; boxes ×2,5 then ×2,4")
    p.check(close(rev[2] / past_rev[1], 7.49, 0.001) and close(kg[2] / (past_h[1] * 0.5 + past_t[1]), 7.33, 0.001),
            "2029 = 7,5 × the 2026 revenue, 7,3 × the 2026 output")
    p.check(close(pre[0] / rev[0], 0.022, 0.05) and close(pre[2] / rev[2], 0.476, 0.001), "margin 2 % → 48 %")
    p.check(close(kg[2] / 12 / (6000 / 7), 4.28, 0.01), "tolerated knock-on: output per worker ×4,3 on 2026")
    items = [p.one(x) for x in ("Cải tạo nhà xưởng", "Máy sấy, máy xay", "Máy đóng gói định lượng", "Thiết kế hộp",
                                "Vốn lưu động")]
    p.check(sum(items) == p.one("Tổng cộng") == 900 == 600 + 300 and sum(items[:4]) == 600 and close(600 / 8, 75),
            "capital 900, fixed 600, depreciation 75")
    p.check(close(avg1(post), 1214.9, 0.001) and close(900 / (1214.9 + 75), 0.7, 0.01), "payback 0,7 from its own figures")
    p.has("Thị trường sản phẩm ngâm chân thảo dược rất rộng lớn", "nhờ đẩy mạnh bán hàng trực tuyến",
          "85.000 đồng/hộp", "120.000 đồng/túi", "Tổng vốn đầu tư 900 triệu đồng", "tương đương 100 tấn/năm",
          "tổng khoảng 60 tấn khô/năm", "(23,8 + 822,9 + 2.797,9) : 3 ≈ 1.214,9", "900 : (1.214,9 + 75) ≈ 0,7 năm",
          "phiếu công bố sản phẩm mỹ phẩm", "Nghị định 43/2017/NĐ-CP", "mã lô", "mã QR")
    p.lacks(r"hợp đồng (tiêu thụ|phân phối|nguyên tắc|cung cấp cho)|nhà phân phối|đại lý|siêu thị|chuỗi|"
            r"biên bản|thỏa thuận|đơn đặt hàng|nghiên cứu thị trường|xuất khẩu",
            "no contract, distributor or market study explains the growth")
    p.check(p.count("Công ty TNHH Dược liệu Tân Hương") == 2 and p.count("Công ty TNHH Thảo mộc Cẩm Lạc") == 1
            and p.count("CÔNG TY TNHH THẢO MỘC CẨM LẠC") == 1, "PLANTED a second producer name, twice")
    market = p.body.split("# 7/ Thị trường tiêu thụ", 1)[1].split("# 8/", 1)[0]
    p.check("Công ty TNHH Dược liệu Tân Hương" in market, "the copied name sits in the market section")
    p.lacks(r"nhãn hiệu|sở hữu trí tuệ|thương hiệu|bảo hộ|chỉ dẫn địa lý|logo|văn bằng",
            "PLANTED no trademark or IP anywhere")
    p.lacks(r"1048/QĐ-TTg|781/QĐ-TTg|UBND huyện", "no replaced instrument")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def sketchy() -> list[Plan]:
    a = Plan("cm11_che_vang_dong_loc_tht_so_sai")
    a.check(3000 * 150000 == 450e6, "3 tấn × 150.000 đ/kg = 450 triệu")
    a.has("khoảng 3 tấn chè vằng khô", "150.000 đồng/kg", "khoảng 450 triệu đồng/năm", "khoảng 200 triệu đồng")
    a.check(len(a.rows) == 0 and 150 <= len(a.body.split()) <= 300, "no table, 150–300 words")
    a.lacks(r"đăng ký|giấy chứng nhận|mã số|hợp đồng hợp tác|@", "no registration (tolerated gap), no e-mail")
    a.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn|kiểm nghiệm|môi trường|truy xuất",
            "no food safety, standard, label, trademark, test, environment or traceability (tolerated gaps)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("cm12_nuoc_rua_chen_bo_hon_thach_van_htx_so_sai")
    b.check(12000 * 35000 == 420e6, "12.000 lít × 35.000 đ = 420 triệu")
    b.has("khoảng 12.000 lít", "35.000 đồng/can 1 lít", "khoảng 420 triệu đồng/năm", "mã số 3002217836")
    b.check(len(b.rows) == 0 and 150 <= len(b.body.split()) <= 300, "no table, 150–300 words")
    b.lacks(r"tiêu chuẩn|công bố|nhãn|kiểm nghiệm|môi trường|truy xuất|nước thải|triệu đồng để|vốn (đầu tư|tự có|vay|góp)",
            "no standard, label, trademark, test, environment, traceability or capital figure (tolerated gaps)")
    b.lacks(PLACEHOLDER, "placeholder")
    tail = "Đề nghị các cấp, các ngành quan tâm hỗ trợ về vốn, thiết kế bao bì, xúc tiến thương mại để sản phẩm tham gia"
    a.check(a.body.split("# 6)", 1)[1].split("\n\n", 2)[1] == b.body.split("# VI.", 1)[1].split("\n\n", 2)[1]
            and tail in a.body, "tolerated boilerplate: the proposals paragraph is the same in both")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (cm01, cm02, cm03, cm04, cm05, cm06, cm07, cm08, cm09, cm10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
