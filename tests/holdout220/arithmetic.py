"""The 220th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout220/arithmetic.py [hm01 hm05 ...]

Theme: producers who sell under a mark that is not only their own (a collective mark licensed by
an association, a cooperative or a commune, a geographical indication whose use was granted, a
certification mark, a brand licensed from a partner or parent company) beside their own trading
name. The mark brings its own costs: stamps bought per pack (collective-mark, GI, certification or
traceability stamps), a yearly membership or maintenance fee, an assessment fee or a royalty as a
share of revenue. For every full plan (hm01-hm10) the constants give the products (pack size in the
plan's base unit, price and packs per year), the 2024-2026 history (output, average price,
margin), the raw materials (norm per base unit, price, supply rows as count x yield), the rated
capacity (per day x days), staff by role with a monthly wage, the cost lines (raw material = need x
price, packaging and stamps = packs x price per pack, fixed fees, a royalty = share x revenue,
energy per base unit, wages, straight-line depreciation, interest on the loan balance, fixed
lines), investment items and capital sources. `model()` turns them into every figure the plan
prints; the generator that wrote the plans (kept outside the repository) used the same function,
so every table cell and every number in the prose is computed.

Each table is found by its caption, each row by its label; every number is compared with the
model: planted numeric defects must be wrong by more than 5 % (the true value is computed beside
them), the figures that follow a planted defect are declared (knock-on), everything else must be
right within 1 % (or 0,11 for one-decimal figures). Textual defects are asserted through the
presence or absence of their words. Ready plans must cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and no
replaced instrument or district body, and every paper they list must run to 2030 or later.
Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")


def rnd(x: float, d: int = 1) -> float:
    q = Decimal(1).scaleb(-d)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def fmt(x: float, d: int = 1) -> str:
    """Vietnamese number: 1234.5 -> 1.234,5 (d decimals)."""
    s = f"{Decimal(repr(rnd(x, d))):.{d}f}"
    whole, _, frac = s.partition(".")
    neg = whole.startswith("-")
    whole = whole.lstrip("-")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = ".".join(groups) + ("," + frac if frac else "")
    return ("-" if neg else "") + out


# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, [price đ per year], [packs per year])
# hist: out (base units), price (đ per base unit), margin (profit / revenue) for 2024-2026
# raws: (label, unit, norm per base unit, price đ/unit, [(supply label, [count/year], word, yield)])
# cap: (rating per day in base units, days, how the text names it)
# roles: (role, [staff per year], monthly wage triệu đồng)
# costs, in table order:
#   ("raw", i, label)             raw material i: need x price
#   ("per_pack", label, [đ per pack of each product])      packaging, stamps, boxes
#   ("per_unit", label, đ per base unit)                    energy, minor ingredients
#   ("fixed", label, [triệu per year])                      fees, selling, other
#   ("royalty", label, share of revenue)                    licence fee on the licensed brand
#   ("wage", label) ("dep", label) ("int", label)
# inv: (label, triệu, fixed asset?); life: years; src: (label, triệu); loan: balance per year; rate
PLANS: dict[str, dict] = {
    "hm01": dict(
        unit="kg",
        products=[("Kẹo cu đơ truyền thống, hộp 300 g", "hộp", 0.3, [45000, 45000, 47000], [30000, 33000, 36000]),
                  ("Kẹo cu đơ lát mỏng, túi 200 g", "túi", 0.2, [32000, 32000, 33000], [25000, 27000, 29000]),
                  ("Hộp quà cu đơ Kim Lộc 600 g", "hộp", 0.6, [95000, 95000, 98000], [6000, 6600, 7200])],
        hist=dict(out=[14200, 15300, 16400], price=[120000, 124000, 128000], margin=[0.105, 0.11, 0.115]),
        raws=[("Lạc nhân", "kg", 0.45, 60000,
               [("Hộ trồng lạc thôn Kim Tân", [40, 40, 40], "hộ", 150),
                ("HTX Nông nghiệp Kim Lộc", [1, 1, 1], "hợp đồng", 4000)]),
              ("Mật mía", "kg", 0.35, 25000,
               [("Lò mật mía Kim Song", [1, 1, 1], "hợp đồng", 8000)])],
        cap=(84, 300, "84 kg kẹo/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2], 8.0), ("Nấu mật, cán, cắt kẹo", [5, 5, 6], 6.0),
               ("Đóng gói, dán tem, kho", [3, 3, 3], 5.5), ("Bán hàng, giao hàng", [2, 2, 2], 6.0)],
        costs=[("raw", 0, "Lạc nhân"), ("raw", 1, "Mật mía"),
               ("per_unit", "Bánh đa, gừng, phụ liệu", 12000),
               ("per_pack", "Hộp, túi, màng co", [4500, 1800, 15000]),
               ("per_pack", "Tem nhãn hiệu tập thể", [350, 350, 350]),
               ("per_pack", "Tem truy xuất QR", [200, 200, 200]),
               ("fixed", "Hội phí, quỹ nhãn hiệu tập thể", [4.0, 4.0, 4.0]),
               ("per_unit", "Điện, gas, nước", 6000),
               ("wage", "Tiền lương, bảo hiểm"), ("dep", "Khấu hao tài sản cố định"),
               ("int", "Lãi vay ngân hàng"),
               ("fixed", "Bán hàng, hội chợ, quảng cáo", [70.0, 75.0, 80.0]),
               ("fixed", "Kiểm nghiệm, chi phí khác", [30.0, 30.0, 30.0])],
        inv=[("Nồi nấu mật hai vỏ và máy đảo", 240, True), ("Máy cán, máy cắt kẹo", 180, True),
             ("Cải tạo xưởng một chiều 120 m²", 260, True), ("Máy đóng gói màng co", 90, True),
             ("Bao bì, tem nhãn hiệu tập thể, tem QR", 40, False), ("Vốn lưu động", 290, False)],
        life=10,
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        loan=[500, 380, 260], rate=0.08),
    "hm02": dict(
        unit="kg",
        products=[("Mật ong hoa rừng Ngàn Trươi, chai 500 g", "chai", 0.5, [190000, 190000, 198000], [5000, 5400, 5800]),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [240000, 240000, 250000], [1600, 1700, 1800]),
                  ("Mật ong hoa rừng, lọ 250 g", "lọ", 0.25, [105000, 105000, 110000], [3000, 3300, 3600])],
        hist=dict(out=[3900, 4200, 4450], price=[300000, 305000, 312000], margin=[0.13, 0.135, 0.14]),
        raws=[("Mật ong thô", "kg", 1.08, 150000,
               [("Đàn ong của thành viên", [460, 480, 500], "đàn", 10),
                ("Hộ nuôi ong thôn Trung Lưu", [22, 22, 22], "hộ", 60)])],
        cap=(28, 250, "máy hạ thủy phần 28 kg/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2], 7.0), ("Quay mật, lọc, hạ thủy phần", [2, 2, 2], 6.0),
               ("Chiết chai, dán tem, kho", [2, 2, 2], 5.5), ("Bán hàng", [1, 1, 1], 6.0)],
        costs=[("raw", 0, "Mật ong thô"),
               ("per_pack", "Chai, hũ, lọ, hộp", [6000, 8000, 4500]),
               ("per_pack", "Tem nhãn hiệu chứng nhận", [600, 600, 600]),
               ("fixed", "Phí đánh giá, giám sát quyền sử dụng", [8.0, 8.0, 8.0]),
               ("per_unit", "Điện, nước", 3000),
               ("wage", "Lương, bảo hiểm"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("fixed", "Bán hàng, quảng bá", [60.0, 65.0, 70.0]),
               ("fixed", "Kiểm nghiệm, chi khác", [25.0, 25.0, 25.0])],
        inv=[("Máy hạ thủy phần mật ong", 180, True), ("Phòng chiết rót 40 m²", 150, True),
             ("Bồn inox, máy lọc, máy chiết", 110, True), ("Bổ sung 40 thùng ong và ong giống", 60, True),
             ("Bao bì, tem, kiểm nghiệm", 40, False), ("Vốn lưu động", 260, False)],
        life=8,
        src=[("Vốn góp của thành viên", 400), ("Quỹ hỗ trợ phát triển hợp tác xã tỉnh", 200),
             ("Vay Ngân hàng Chính sách xã hội", 200)],
        loan=[200, 150, 100], rate=0.066),
    "hm03": dict(
        unit="kg",
        products=[("Nhung hươu sấy thái lát, hộp 50 g", "hộp", 0.05, [2000000, 2000000, 2080000], [800, 880, 960]),
                  ("Nhung hươu tươi cắt lát, hộp 100 g", "hộp", 0.1, [2200000, 2200000, 2280000], [400, 430, 460]),
                  ("Bột nhung hươu, lọ 30 g", "lọ", 0.03, [1350000, 1350000, 1400000], [600, 660, 720])],
        hist=dict(out=[76, 84, 90], price=[29000000, 30000000, 31000000], margin=[0.16, 0.165, 0.17]),
        raws=[("Nhung hươu tươi", "kg", 2.2, 11000000,
               [("Đàn hươu đực của hộ", [52, 56, 60], "con", 1.2),
                ("Hộ nuôi hươu thôn Sơn Thịnh", [32, 32, 32], "hộ", 6.0)])],
        cap=(0.7, 200, "0,7 kg thành phẩm/ngày"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1], 8.0), ("Chăm sóc hươu, cắt nhung", [2, 2, 2], 6.0),
               ("Sơ chế, sấy, đóng hộp", [1, 1, 2], 6.0)],
        costs=[("raw", 0, "Nhung hươu tươi"),
               ("per_pack", "Hộp, lọ, túi hút chân không", [18000, 20000, 12000]),
               ("per_pack", "Tem chỉ dẫn địa lý Hương Sơn", [500, 500, 500]),
               ("fixed", "Duy trì nhãn hiệu, kiểm nghiệm", [12.0, 12.0, 12.0]),
               ("per_unit", "Điện sấy, nước", 60000),
               ("wage", "Tiền công lao động"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("fixed", "Quảng bá, hội chợ, giao hàng", [40.0, 42.0, 45.0]),
               ("fixed", "Thức ăn bổ sung, thú y, chi khác", [60.0, 64.0, 68.0])],
        inv=[("Chuồng hươu cải tạo 160 m²", 140, True), ("Tủ sấy nhung chân không", 120, True),
             ("Tủ đông, máy hút chân không, máy thái", 85, True), ("Bổ sung 6 hươu đực giống", 150, True),
             ("Bao bì, tem chỉ dẫn địa lý, kiểm nghiệm", 35, False), ("Vốn lưu động", 160, False)],
        life=10,
        src=[("Vốn tự có của hộ", 390), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        loan=[300, 220, 140], rate=0.08),
    "hm04": dict(
        unit="chiếc",
        products=[("Nón lá trắng Đồng Tiến", "chiếc", 1, [85000, 85000, 85000], [7000, 7600, 8200]),
                  ("Nón lá bài thơ in hoa văn", "chiếc", 1, [150000, 150000, 150000], [2200, 2400, 2600]),
                  ("Nón chóp lưu niệm nhỏ", "chiếc", 1, [55000, 55000, 55000], [1500, 1600, 1700])],
        hist=dict(out=[8900, 9500, 10000], price=[88000, 91000, 93000], margin=[0.16, 0.17, 0.18]),
        raws=[("Lá nón khô", "kg", 0.15, 70000,
               [("Đồi lá của tổ viên", [12, 12, 12], "ha", 150),
                ("Hộ khai thác lá thôn Đồng Văn", [20, 20, 20], "hộ", 40)]),
              ("Vành tre chuốt", "bộ", 1.0, 6000,
               [("Cơ sở chuốt vành Đồng Văn", [1, 1, 1], "hợp đồng", 14000)])],
        cap=(60, 260, "30 khuôn nón × 2 chiếc/ngày"),
        roles=[("Tổ trưởng kiêm kế toán", [1, 1, 1], 5.5), ("Sấy lá, quét dầu, in hoa văn", [1, 1, 2], 4.5),
               ("Kiểm nón, đóng gói, bán hàng", [1, 1, 1], 4.5)],
        costs=[("raw", 0, "Lá nón"), ("raw", 1, "Vành tre chuốt"),
               ("per_unit", "Chỉ cước, dầu bóng, quai", 4000),
               ("per_unit", "Tiền công chằm nón khoán", 22000),
               ("per_pack", "Thẻ treo, túi, hộp", [2500, 6000, 8000]),
               ("per_pack", "Tem nhãn hiệu tập thể", [300, 300, 300]),
               ("fixed", "Phí sử dụng nhãn hiệu tập thể", [3.0, 3.0, 3.0]),
               ("per_unit", "Điện, nước", 1200),
               ("wage", "Lương tổ trưởng, thợ hoàn thiện"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("fixed", "Bán hàng, hội chợ", [30.0, 32.0, 34.0]),
               ("fixed", "Chi khác", [15.0, 15.0, 15.0])],
        inv=[("Nhà xưởng chằm nón và kho 150 m²", 210, True), ("Lò sấy lá, bàn là lá", 60, True),
             ("Buồng quét dầu có quạt hút", 55, True), ("Máy in hoa văn", 45, True),
             ("Thiết kế thẻ treo, tem", 20, False), ("Vốn lưu động", 160, False)],
        life=10,
        src=[("Vốn góp của tổ viên", 350), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 200)],
        loan=[200, 150, 100], rate=0.066),
    "hm05": dict(
        unit="lít",
        products=[("Rượu sim Ngàn Hống 29 độ, chai 500 ml", "chai", 0.5, [110000, 110000, 115000], [16000, 17600, 19000]),
                  ("Rượu sim Ngàn Hống, bình sứ 1,5 lít", "bình", 1.5, [360000, 360000, 375000], [1500, 1650, 1800]),
                  ("Rượu sim Ngàn Hống, chai 300 ml", "chai", 0.3, [72000, 72000, 75000], [5000, 5500, 6000])],
        hist=dict(out=[9200, 10100, 11000], price=[190000, 195000, 200000], margin=[0.12, 0.125, 0.13]),
        raws=[("Quả sim chín", "kg", 1.4, 30000,
               [("Đồi sim của công ty", [8, 8, 8], "ha", 1200),
                ("Hộ thu hái sim thôn Đồng Mốc", [35, 35, 35], "hộ", 350)]),
              ("Rượu nếp nền 40 độ", "lít", 0.75, 60000,
               [("HTX Rượu nếp Sơn Lễ", [1, 1, 1], "hợp đồng", 12000)])],
        cap=(70, 250, "dây chiết rót 70 lít/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2], 8.0), ("Chọn quả, ngâm, lọc", [3, 3, 3], 6.0),
               ("Chiết chai, dán tem, kho", [2, 2, 2], 5.5), ("Bán hàng", [2, 2, 2], 6.5)],
        costs=[("raw", 0, "Quả sim"), ("raw", 1, "Rượu nếp nền"),
               ("per_pack", "Chai, bình sứ, hộp", [9000, 45000, 7000]),
               ("per_pack", "Tem truy xuất, tem chống giả", [400, 400, 400]),
               ("royalty", "Phí li-xăng nhãn hiệu (3 % doanh thu)", 0.03),
               ("per_unit", "Điện, nước", 2000),
               ("wage", "Lương, bảo hiểm"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("fixed", "Bán hàng, vận chuyển", [90.0, 95.0, 100.0]),
               ("fixed", "Kiểm nghiệm, chi khác", [40.0, 40.0, 40.0])],
        inv=[("Nhà ngâm, ủ rượu 100 m²", 320, True), ("Bể ngâm inox và chum sành", 180, True),
             ("Máy lọc, khử andehit, chiết rót", 260, True), ("Kho thành phẩm 60 m²", 140, True),
             ("Bao bì, tem, kiểm nghiệm", 60, False), ("Vốn lưu động", 400, False)],
        life=10,
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 660)],
        loan=[660, 520, 380], rate=0.08),
    "hm06": dict(
        unit="kg",
        products=[("Mắm tôm Thạch Khê, hũ 500 g", "hũ", 0.5, [60000, 60000, 62000], [24000, 26000, 28000]),
                  ("Mắm tôm Thạch Khê, hũ 250 g", "hũ", 0.25, [33000, 33000, 34000], [12000, 13000, 14000]),
                  ("Mắm tôm, can 2 kg cho quán ăn", "can", 2, [210000, 210000, 216000], [1500, 1600, 1700])],
        hist=dict(out=[14000, 15200, 16500], price=[102000, 105000, 108000], margin=[0.11, 0.115, 0.12]),
        raws=[("Tôm moi tươi", "kg", 0.85, 45000,
               [("Thuyền của xã viên", [14, 14, 14], "thuyền", 1000),
                ("Nậu vựa bến Thạch Khê", [2, 2, 2], "hợp đồng", 4000)]),
              ("Muối hạt", "kg", 0.25, 5000,
               [("Diêm dân Hộ Độ", [1, 1, 1], "hợp đồng", 7000)])],
        cap=(85, 300, "đóng hũ 85 kg/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2], 7.0), ("Sơ chế, ủ, đảo mắm", [4, 4, 5], 5.5),
               ("Xay, đóng hũ, dán tem", [3, 3, 3], 5.5), ("Bán hàng", [1, 1, 1], 6.0)],
        costs=[("raw", 0, "Tôm moi"), ("raw", 1, "Muối hạt"),
               ("per_pack", "Hũ, nắp, can, thùng", [3500, 2500, 9000]),
               ("per_pack", "Tem nhãn hiệu tập thể, tem QR", [500, 500, 500]),
               ("fixed", "Hội phí nhãn hiệu tập thể", [5.0, 5.0, 5.0]),
               ("per_unit", "Điện, nước", 2500),
               ("wage", "Lương, bảo hiểm"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("fixed", "Bán hàng, vận chuyển", [80.0, 85.0, 90.0]),
               ("fixed", "Kiểm nghiệm, chi khác", [30.0, 30.0, 30.0])],
        inv=[("Nhà ủ mắm có mái che 200 m²", 380, True), ("Chum sành, bể ủ composite", 150, True),
             ("Máy xay, máy chiết hũ", 160, True), ("Kho thành phẩm", 110, True),
             ("Bao bì, tem, thiết kế", 40, False), ("Vốn lưu động", 360, False)],
        life=10,
        src=[("Vốn góp của xã viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        loan=[600, 480, 360], rate=0.08),
    "hm07": dict(
        unit="kg",
        products=[("Chè búp khô Sơn Thủy, túi 200 g", "túi", 0.2, [56000, 56000, 58000], [16000, 17600, 19400]),
                  ("Chè xanh khô, gói 500 g", "gói", 0.5, [120000, 120000, 125000], [3200, 3500, 3800]),
                  ("Chè búp khô, hộp quà 2 × 100 g", "hộp", 0.2, [90000, 90000, 94000], [2000, 2200, 2400])],
        hist=dict(out=[4000, 4400, 4750], price=[265000, 270000, 276000], margin=[0.12, 0.125, 0.13]),
        raws=[("Búp chè tươi", "kg", 4.6, 12000,
               [("Đồi chè của tổ viên", [4, 4, 4], "ha", 4500),
                ("Hộ hái chè thôn Sơn Tây", [16, 16, 16], "hộ", 400)])],
        cap=(30, 260, "30 kg chè khô/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2], 6.0), ("Hái, héo, sao, vò", [4, 4, 5], 5.5),
               ("Đóng túi, dán tem", [2, 2, 2], 5.0), ("Bán hàng", [1, 1, 1], 5.5)],
        costs=[("raw", 0, "Búp chè tươi"),
               ("per_pack", "Túi, gói, hộp quà", [3000, 4500, 12000]),
               ("per_pack", "Tem nhãn hiệu tập thể", [400, 400, 400]),
               ("fixed", "Phí sử dụng nhãn hiệu tập thể", [6.0, 6.0, 6.0]),
               ("per_unit", "Điện, củi sao chè", 15000),
               ("wage", "Tiền công, bảo hiểm"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("fixed", "Bán hàng, quảng bá", [55.0, 60.0, 65.0]),
               ("fixed", "Chi khác", [20.0, 20.0, 20.0])],
        inv=[("Nhà sao chè và kho 90 m²", 200, True), ("Máy sao chè tôn quay", 120, True),
             ("Máy vò chè, máy sấy", 140, True), ("Máy đóng túi, hàn miệng", 60, True),
             ("Bao bì, tem", 30, False), ("Vốn lưu động", 250, False)],
        life=10,
        src=[("Vốn góp của tổ viên", 450), ("Vay Ngân hàng Chính sách xã hội", 350)],
        loan=[350, 270, 190], rate=0.066),
    "hm08": dict(
        unit="chiếc",
        products=[("Bánh ram Hồng Lộc, túi 10 chiếc", "túi", 10, [45000, 45000, 47000], [8000, 9200, 10800]),
                  ("Bánh ram Hồng Lộc, hộp 20 chiếc", "hộp", 20, [95000, 95000, 98000], [2000, 2300, 2600]),
                  ("Bánh ram cấp đông, túi 50 chiếc", "túi", 50, [200000, 200000, 205000], [600, 680, 800])],
        hist=dict(out=[118000, 130000, 142000], price=[4200, 4300, 4400], margin=[0.09, 0.10, 0.10]),
        raws=[("Gạo nếp", "kg", 0.018, 30000,
               [("Ruộng nếp của hộ", [1, 1, 1], "ha", 2500),
                ("Hộ trồng nếp thôn Thượng Phú", [12, 12, 12], "hộ", 300)])],
        cap=(600, 300, "2 bếp chiên, 600 chiếc/ngày"),
        roles=[("Chủ hộ, quản lý", [1, 1, 1], 6.0), ("Xay bột, nặn bánh", [2, 2, 2], 4.5),
               ("Chiên, đóng túi", [1, 1, 1], 4.5)],
        costs=[("raw", 0, "Gạo nếp"),
               ("per_unit", "Nhân tôm thịt, dầu chiên, rau", 900),
               ("per_pack", "Túi, hộp, màng co", [1500, 4000, 3000]),
               ("per_pack", "Tem nhãn hiệu tập thể", [300, 300, 300]),
               ("fixed", "Hội phí làng nghề", [2.0, 2.0, 2.0]),
               ("per_unit", "Điện, gas, nước", 250),
               ("wage", "Tiền công lao động"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("fixed", "Bán hàng, giao hàng", [25.0, 27.0, 29.0]),
               ("fixed", "Chi khác", [10.0, 10.0, 10.0])],
        inv=[("Cải tạo bếp, phòng đóng gói 50 m²", 120, True), ("Máy xay bột nếp", 35, True),
             ("Tủ cấp đông, tủ mát", 70, True), ("Máy hàn miệng túi, cân", 15, True),
             ("Bao bì, tem", 20, False), ("Vốn lưu động", 90, False)],
        life=8,
        src=[("Vốn tự có của hộ", 200), ("Vay Ngân hàng Chính sách xã hội", 150)],
        loan=[150, 100, 50], rate=0.066),
    "hm09": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, [60000, 60000, 62000], [20000, 38000, 60000]),
                  ("Cà gai leo khô cắt đoạn, túi 500 g", "túi", 0.5, [110000, 110000, 114000], [3000, 5700, 9000]),
                  ("Trà cà gai leo hòa tan, hộp 20 gói", "hộp", 0.1, [85000, 85000, 88000], [4000, 7600, 12000])],
        hist=dict(out=[2700, 2850, 3000], price=[560000, 570000, 575000], margin=[0.06, 0.07, 0.075]),
        raws=[("Cà gai leo tươi", "kg", 5.0, 15000,
               [("Vùng trồng của công ty", [12, 12, 12], "ha", 2000),
                ("Hộ liên kết thôn Thiên Tượng", [20, 40, 70], "hộ", 500)])],
        cap=(40, 280, "40 kg thành phẩm/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2], 8.0), ("Sơ chế, sấy, nghiền", [3, 3, 3], 5.5),
               ("Đóng túi lọc, đóng hộp", [2, 2, 2], 5.5), ("Bán hàng", [2, 2, 2], 6.0)],
        costs=[("raw", 0, "Cà gai leo tươi"),
               ("per_pack", "Túi lọc, hộp, túi", [19000, 8000, 28000]),
               ("per_pack", "Tem truy xuất", [200, 200, 200]),
               ("royalty", "Phí li-xăng nhãn hiệu (2,5 % doanh thu)", 0.025),
               ("per_unit", "Điện, nước", 14000),
               ("wage", "Lương, bảo hiểm"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("fixed", "Bán hàng, marketing", [90.0, 95.0, 100.0]),
               ("fixed", "Chi khác", [20.0, 20.0, 20.0])],
        inv=[("Nhà sơ chế, sấy 180 m²", 420, True), ("Máy sấy bơm nhiệt", 260, True),
             ("Máy nghiền, máy đóng túi lọc", 340, True), ("Dây chuyền trà hòa tan mini", 380, True),
             ("Bao bì, tem truy xuất", 50, False), ("Vốn lưu động", 550, False)],
        life=10,
        src=[("Vốn góp của cổ đông", 1000), ("Vốn vay công ty mẹ", 400), ("Vay ngân hàng thương mại", 600)],
        loan=[1000, 850, 700], rate=0.075),
    "hm10": dict(
        unit="kg",
        products=[("Bưởi loại 1, hộp quà 2 quả", "hộp", 3.0, [180000, 180000, 180000], [2000, 2200, 2400]),
                  ("Bưởi loại 1, bán quả", "quả", 1.5, [60000, 60000, 60000], [9000, 9600, 10200]),
                  ("Bưởi loại 2, bán quả", "quả", 1.2, [35000, 35000, 35000], [6000, 6300, 6600])],
        hist=dict(out=[23500, 24800, 26000], price=[36000, 37000, 38000], margin=[0.24, 0.25, 0.25]),
        raws=[("Bưởi quả từ vườn", "kg", 1.1, 0,
               [("Vườn bưởi của gia đình", [3, 3, 3], "ha", 12000)])],
        cap=(300, 120, "300 kg quả/ngày"),
        roles=[("Chủ vườn, quản lý", [1, 1, 1], 7.0), ("Chăm sóc vườn", [2, 2, 2], 5.0),
               ("Thu hái, phân loại, đóng hộp", [2, 2, 2], 5.0)],
        costs=[("per_unit", "Phân bón, bao quả, tưới", 8000),
               ("per_pack", "Hộp quà, lưới, túi", [18000, 1500, 1000]),
               ("per_pack", "Tem chỉ dẫn địa lý", [500, 500, 500]),
               ("fixed", "Chứng nhận VietGAP, kiểm nghiệm", [15.0, 15.0, 15.0]),
               ("per_unit", "Điện, nước, xăng", 800),
               ("wage", "Tiền công"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("fixed", "Vận chuyển, chi khác", [40.0, 42.0, 44.0])],
        inv=[("Nhà sơ chế, đóng hộp 60 m²", 150, True), ("Hệ thống tưới nhỏ giọt 3 ha", 180, True),
             ("Kho mát bảo quản quả", 120, True), ("Cân, bàn phân loại, xe chở", 40, True),
             ("Hộp quà, tem chỉ dẫn địa lý", 30, False), ("Vốn lưu động", 80, False)],
        life=10,
        src=[("Vốn tự có của gia đình", 400), ("Vay Ngân hàng Chính sách xã hội", 200)],
        loan=[200, 150, 100], rate=0.066),
}

# Table captions (without "Bảng N.", which the plan adds in its own order) and row labels.
CAPTION = {
    "hist": "Kết quả sản xuất kinh doanh",
    "raw": "Nguyên liệu",
    "staff": "Lao động",
    "output": "Sản lượng",
    "price": "Giá bán",
    "rev": "Doanh thu",
    "cost": "Chi phí",
    "inv": "Vốn đầu tư",
    "src": "Nguồn vốn",
    "summ": "Hiệu quả",
}

# --------------------------------------------------------------------------- planted defects
# Overrides of model figures as printed: (table, row label, year index or None) -> printed value.
# Every later figure computed from an overridden one follows it (knock-on) unless listed too.
OVERRIDES: dict[str, dict] = {
    # capital-mismatch: the bank loan in the sources table 460 instead of 660 (sources 1.160
    # against the investment total 1.360); the loan balance used for interest stays 660.
    "hm05": {("src", "Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", None): 460.0},
    # table-total-mismatch: cost table 2028 total printed below the sum of its lines.
    "hm06": {("cost", "total", 1): None},   # value set in model() (true total x 0.91)
    # revenue-mismatch: 2028 line of the 200 g bag inflated (+12 %).
    "hm07": {("rev", "Chè búp khô Sơn Thủy, túi 200 g", 1): None},  # set in model()
    # profit-mismatch: 2027 profit in the summary table inflated (+30 %).
    "hm08": {("summ", "profit", 0): None, ("output", "use", 1): 85.0, ("output", "use", 2): 88.0},
}
PLANTED_FACTOR = {"hm06": 0.91, "hm07": 1.12, "hm08": 1.30}


def _need(out: float, norm: float) -> float:
    return rnd(out * norm, 0) if out * norm >= 100 else rnd(out * norm, 1)


def model(k: str, printed: bool = False) -> dict:
    """Every figure of plan k, as true (printed=False) or as the plan prints it."""
    p = PLANS[k]
    ov = OVERRIDES.get(k, {}) if printed else {}
    m: dict = {"k": k}
    prods = p["products"]
    m["packs"] = [q for (_, _, _, _, q) in prods]
    m["prices"] = [pr for (_, _, _, pr, _) in prods]
    m["out"] = [rnd(sum(q[y] * s for (_, _, s, _, q) in prods), 1) for y in range(3)]
    rating, days, _ = p["cap"]
    m["cap"] = rating * days
    m["use"] = [ov.get(("output", "use", y), rnd(o / m["cap"] * 100, 1)) for y, o in enumerate(m["out"])]
    h = p["hist"]
    m["hist_rev"] = [rnd(o * pr / 1e6, 1) for o, pr in zip(h["out"], h["price"])]
    m["hist_profit"] = [rnd(r * mg, 1) for r, mg in zip(m["hist_rev"], h["margin"])]
    # raw materials
    m["need"], m["supply"], m["supply_rows"] = [], [], []
    for (_, _, norm, _, rows) in p["raws"]:
        m["need"].append([_need(o, norm) for o in m["out"]])
        srows = [[rnd(c[y] * yl, 1) for y in range(3)] for (_, c, _, yl) in rows]
        m["supply_rows"].append(srows)
        m["supply"].append([rnd(sum(r[y] for r in srows), 1) for y in range(3)])
    # staff
    m["staff"] = [sum(n[y] for (_, n, _) in p["roles"]) for y in range(3)]
    m["wages"] = [rnd(sum(n[y] * w * 12 for (_, n, w) in p["roles"]), 1) for y in range(3)]
    # investment
    m["inv_total"] = sum(a for (_, a, _) in p["inv"])
    m["fixed_assets"] = sum(a for (_, a, f) in p["inv"] if f)
    m["dep"] = rnd(m["fixed_assets"] / p["life"], 1)
    src = []
    for (lab, a) in p["src"]:
        src.append(ov.get(("src", lab, None), a))
    m["src"] = src
    m["src_total"] = sum(src)
    m["src_share"] = [rnd(a / m["src_total"] * 100, 1) for a in src]
    m["interest"] = [rnd(b * p["rate"], 1) for b in p["loan"]]
    # revenue
    rev_lines = []
    for (lab, _, _, pr, q) in prods:
        line = [rnd(q[y] * pr[y] / 1e6, 1) for y in range(3)]
        for y in range(3):
            key = ("rev", lab, y)
            if key in ov:
                line[y] = rnd(line[y] * PLANTED_FACTOR[k], 1)
        rev_lines.append(line)
    m["rev_lines"] = rev_lines
    m["rev"] = [rnd(sum(l[y] for l in rev_lines), 1) for y in range(3)]
    # costs
    lines = []
    for c in p["costs"]:
        kind = c[0]
        if kind == "raw":
            i = c[1]
            price = p["raws"][i][3]
            v = [rnd(m["need"][i][y] * price / 1e6, 1) for y in range(3)]
            lab = c[2]
        elif kind == "per_pack":
            v = [rnd(sum(q[y] * c[2][j] for j, q in enumerate(m["packs"])) / 1e6, 1) for y in range(3)]
            lab = c[1]
        elif kind == "per_unit":
            v = [rnd(m["out"][y] * c[2] / 1e6, 1) for y in range(3)]
            lab = c[1]
        elif kind == "fixed":
            v = list(c[2])
            lab = c[1]
        elif kind == "royalty":
            v = [rnd(m["rev"][y] * c[2], 1) for y in range(3)]
            lab = c[1]
        elif kind == "wage":
            v, lab = list(m["wages"]), c[1]
        elif kind == "dep":
            v, lab = [m["dep"]] * 3, c[1]
        elif kind == "int":
            v, lab = list(m["interest"]), c[1]
        else:
            raise ValueError(kind)
        lines.append((lab, v))
    m["cost_lines"] = lines
    total = [rnd(sum(v[y] for (_, v) in lines), 1) for y in range(3)]
    m["cost_sum"] = list(total)  # what the lines add up to (as printed)
    for y in range(3):
        if ("cost", "total", y) in ov:
            total[y] = rnd(total[y] * PLANTED_FACTOR[k], 1)
    m["cost"] = total
    m["profit"] = [rnd(m["rev"][y] - m["cost"][y], 1) for y in range(3)]
    for y in range(3):
        if ("summ", "profit", y) in ov:
            m["profit"][y] = rnd(m["profit"][y] * PLANTED_FACTOR[k], 1)
    m["margin"] = [rnd(m["profit"][y] / m["rev"][y] * 100, 1) for y in range(3)]
    m["avg_profit"] = rnd(sum(m["profit"]) / 3, 1)
    m["payback"] = rnd(m["inv_total"] / (m["avg_profit"] + m["dep"]), 1)
    return m


# Printed figures that a planted defect makes differ from the true ones (the defect itself and its
# knock-on). Keys: (table, row, year index). Anything else must be right.
DIFFER: dict[str, set] = {
    "hm05": {("src", "Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 0), ("src", "total", 0),
             ("src", "share", 0), ("src", "share", 1)},
    "hm06": {("cost", "total", 1), ("summ", "cost", 1), ("summ", "profit", 1), ("summ", "margin", 1)},
    "hm07": {("rev", "Chè búp khô Sơn Thủy, túi 200 g", 1), ("rev", "total", 1),
             ("summ", "rev", 1), ("summ", "profit", 1), ("summ", "margin", 1)},
    "hm08": {("summ", "profit", 0), ("summ", "margin", 0), ("output", "use", 1), ("output", "use", 2)},
}


# --------------------------------------------------------------------------- reading the plan
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.lines = self.body.splitlines()

    def table(self, caption: str) -> list[list[str]]:
        """Rows (cells) of the first table after a line 'Bảng N. <caption>…'."""
        start = None
        for i, ln in enumerate(self.lines):
            if re.match(r"^\**Bảng \d+\.\s*" + re.escape(caption) + r"\b", ln.strip()):
                start = i
                break
        if start is None:
            self.failures.append(f"table not found: {caption!r}")
            return []
        rows, seen = [], False
        for ln in self.lines[start + 1:]:
            s = ln.strip()
            if s.startswith("|"):
                seen = True
                cells = [c.strip() for c in s.strip("|").split("|")]
                if not all(set(c) <= set("-: ") for c in cells):
                    rows.append(cells)
            elif seen and s:
                break
        return rows

    def hasi(self, *snippets: str) -> None:
        """Like has(), ignoring case (a list item or a sentence may start with the words)."""
        low = self.body.lower()
        for x in snippets:
            if x.lower() not in low:
                self.failures.append(f"text not found: {x!r}")

    @staticmethod
    def nums(cells: list[str]) -> list[float]:
        out = []
        for c in cells:
            c = c.replace("**", "").strip()
            if re.fullmatch(r"-?[\d.]+(,\d+)?", c):
                out.append(vn(c))
        return out

    def trow(self, rows: list[list[str]], label: str, n: int = 3) -> list[float]:
        for r in rows:
            cells = [c.replace("**", "").strip() for c in r]
            if any(c == label for c in cells[:2]):
                nums = self.nums(cells[1:])
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {label!r}")
        return [float("nan")] * n


def same(a: float, b: float, d: int = 1) -> bool:
    return abs(a - b) <= max(0.01 * max(abs(a), abs(b)), 0.11 if d else 0.5)


class Checker:
    """Compares a plan's printed figures with the model (true) and the printed model."""

    def __init__(self, plan: Plan, k: str):
        self.p, self.k = plan, k
        self.true, self.pr = model(k), model(k, printed=True)
        self.differ = DIFFER.get(k, set())

    def cmp(self, table: str, row: str, y: int, got: float, true: float, printed: float,
            label: str) -> None:
        where = f"{table} / {label} / {YEARS[y] if y < 3 else y}"
        if got != got:  # nan: row missing, already reported
            return
        if not same(got, printed):
            self.p.failures.append(f"{where}: plan prints {got}, model as printed {printed}")
        if (table, row, y) in self.differ:
            if not off(got, true):
                self.p.failures.append(f"{where}: planted/knock-on {got} not > 5 % off true {true}")
        elif not same(got, true):
            self.p.failures.append(f"{where}: {got} but true {true}")

    def years(self, rows, table, row, label, true3, pr3, n=3):
        got = self.p.trow(rows, label, n)
        for y in range(3):
            self.cmp(table, row, y, got[y], true3[y], pr3[y], label)

    def run(self, labels: dict) -> None:
        P, t, pr, p = self.p, self.true, self.pr, PLANS[self.k]
        L = {"out": "Tổng sản lượng", "cap": "Công suất thiết kế", "use": "Mức sử dụng công suất (%)",
             "rev_total": "Tổng doanh thu", "cost_total": "Tổng chi phí", "rev": "Doanh thu",
             "cost": "Chi phí", "profit": "Lợi nhuận", "margin": "Tỷ suất lợi nhuận/doanh thu (%)",
             "inv_total": "Tổng cộng", "src_total": "Tổng cộng", "staff": "Tổng số lao động",
             "wages": "Quỹ lương (triệu đồng/năm)", "need": "Nhu cầu", "supply": "Cộng nguồn cung",
             "hist_out": "Sản lượng", "hist_price": "Giá bán bình quân", "hist_rev": "Doanh thu",
             "hist_profit": "Lợi nhuận", "dep": "Khấu hao"}
        L.update(labels)
        # history
        rows = P.table(CAPTION["hist"])
        h = p["hist"]
        if labels.get("hist_transposed"):
            for i, yr in enumerate(HIST_YEARS):
                got = P.trow(rows, str(yr), 4)
                exp = [h["out"][i], h["price"][i], t["hist_rev"][i], t["hist_profit"][i]]
                for g, e in zip(got, exp):
                    self.cmp("hist", "x", 9, g, e, e, f"{yr}")
        else:
            for key, vals in (("hist_out", h["out"]), ("hist_price", h["price"]),
                              ("hist_rev", t["hist_rev"]), ("hist_profit", t["hist_profit"])):
                self.years(rows, "hist", key, L[key], vals, vals)
        # raw materials: supply rows, their sums, need
        rows = P.table(CAPTION["raw"])
        for i, (rname, _, _, _, srows) in enumerate(p["raws"]):
            for j, (slab, _, _, _) in enumerate(srows):
                self.years(rows, "raw", slab, slab, t["supply_rows"][i][j], pr["supply_rows"][i][j])
            tag = f" {rname.lower()}" if len(p["raws"]) > 1 else ""
            if len(srows) > 1 or len(p["raws"]) == 1:
                self.years(rows, "raw", f"supply{i}", L["supply"] + tag, t["supply"][i], pr["supply"][i])
            self.years(rows, "raw", f"need{i}", L["need"] + tag, t["need"][i], pr["need"][i])
        # staff
        rows = P.table(CAPTION["staff"])
        for (role, n, _) in p["roles"]:
            self.years(rows, "staff", role, role, n, n)
        self.years(rows, "staff", "total", L["staff"], t["staff"], pr["staff"])
        self.years(rows, "staff", "wages", L["wages"], t["wages"], pr["wages"])
        # output and capacity
        rows = P.table(CAPTION["output"])
        for (lab, _, _, _, q) in p["products"]:
            self.years(rows, "output", lab, lab, q, q)
        self.years(rows, "output", "out", L["out"], t["out"], pr["out"])
        self.years(rows, "output", "cap", L["cap"], [t["cap"]] * 3, [pr["cap"]] * 3)
        self.years(rows, "output", "use", L["use"], t["use"], pr["use"])
        # prices (own table, or a price column inside the revenue table)
        if not labels.get("price_in_rev"):
            rows = P.table(CAPTION["price"])
            for (lab, _, _, prc, _) in p["products"]:
                self.years(rows, "price", lab, lab, prc, prc)
        # revenue
        rows = P.table(CAPTION["rev"])
        for i, (lab, _, _, prc, _) in enumerate(p["products"]):
            self.years(rows, "rev", lab, lab, t["rev_lines"][i], pr["rev_lines"][i])
            if labels.get("price_in_rev"):
                got = P.trow(rows, lab, 4)[0]
                self.cmp("price", lab, 0, got, prc[0], prc[0], lab)
        self.years(rows, "rev", "total", L["rev_total"], t["rev"], pr["rev"])
        # costs
        rows = P.table(CAPTION["cost"])
        for (lab, v), (_, vp) in zip(t["cost_lines"], pr["cost_lines"]):
            self.years(rows, "cost", lab, lab, v, vp)
        self.years(rows, "cost", "total", L["cost_total"], t["cost_sum"], pr["cost"])
        # investment and sources
        rows = P.table(CAPTION["inv"])
        for (lab, a, _) in p["inv"]:
            got = P.trow(rows, lab, 1)[0]
            self.cmp("inv", lab, 0, got, a, a, lab)
        got = P.trow(rows, L["inv_total"], 1)[0]
        self.cmp("inv", "total", 0, got, t["inv_total"], pr["inv_total"], L["inv_total"])
        rows = P.table(CAPTION["src"])
        for i, (lab, a) in enumerate(p["src"]):
            got = P.trow(rows, lab, 2)
            self.cmp("src", lab, 0, got[0], t["src"][i], pr["src"][i], lab)
            self.cmp("src", "share", i, got[1], t["src_share"][i], pr["src_share"][i], lab + " (%)")
        got = P.trow(rows, L["src_total"], 2)
        self.cmp("src", "total", 0, got[0], t["src_total"], pr["src_total"], L["src_total"])
        # summary
        rows = P.table(CAPTION["summ"])
        self.years(rows, "summ", "rev", L["rev"], t["rev"], pr["rev"])
        self.years(rows, "summ", "cost", L["cost"], t["cost_sum"], pr["cost"])
        self.years(rows, "summ", "profit", L["profit"], [t["rev"][y] - t["cost_sum"][y] for y in range(3)],
                   pr["profit"])
        true_margin = [rnd((t["rev"][y] - t["cost_sum"][y]) / t["rev"][y] * 100, 1) for y in range(3)]
        self.years(rows, "summ", "margin", L["margin"], true_margin, pr["margin"])
        # plausibility of the true model
        for y in range(3):
            P.check(0 < true_margin[y] < 40, f"true margin {YEARS[y]} {true_margin[y]} % outside 0-40 %")


# --------------------------------------------------------------------------- per-plan checks
READY = ("hm01", "hm02", "hm03", "hm04")
STEMS = {
    "hm01": "hm01_keo_cu_do_hoa_nguyet_cty",
    "hm02": "hm02_mat_ong_huong_dien_htx",
    "hm03": "hm03_nhung_huou_ngan_pho_hkd",
    "hm04": "hm04_non_la_dong_tien_tht",
    "hm05": "hm05_ruou_sim_ngan_hong_cty",
    "hm06": "hm06_mam_tom_thach_khe_htx",
    "hm07": "hm07_che_bup_son_thuy_tht",
    "hm08": "hm08_banh_ram_hong_loc_hkd",
    "hm09": "hm09_tra_ca_gai_leo_ctcp",
    "hm10": "hm10_buoi_phuc_trach_gia_dinh",
    "hm11": "hm11_cam_khe_vang_so_sai",
    "hm12": "hm12_mat_ong_son_hong_so_sai",
}
# row labels that differ from the defaults, per plan
LABELS: dict[str, dict] = {
    "hm01": {},
    "hm02": {"hist_transposed": True},
    "hm03": {"cost_total": "Cộng chi phí"},
    "hm04": {"price_in_rev": True},
    "hm05": {},
    "hm06": {},
    "hm07": {},
    "hm08": {},
    "hm09": {},
    "hm10": {"price_in_rev": True},
}


def payback_text(x: float) -> str:
    return f"{fmt(x)} năm"


def check_full(P: Plan, k: str) -> None:
    c = Checker(P, k)
    c.run(LABELS.get(k, {}))
    t, pr = c.true, c.pr
    p = PLANS[k]
    P.lacks(PLACEHOLDER, "template placeholder") if k != "hm10" else None
    # capacity text, staff total and payback as the text states them
    P.has(p["cap"][2])
    if k not in ("hm06",):
        P.has(f"khoảng {payback_text(pr['payback'])}")
        P.check(same(pr["payback"], t["payback"]) or k in DIFFER,
                f"payback printed {pr['payback']} true {t['payback']}")
    # supply covers need (except the planted shortfall), output within capacity (except planted)
    for i in range(len(p["raws"])):
        for y in range(3):
            if k == "hm07" and y > 0:
                continue
            P.check(t["supply"][i][y] >= t["need"][i][y],
                    f"raw {i} {YEARS[y]}: need {t['need'][i][y]} > supply {t['supply'][i][y]}")
    for y in range(3):
        if k == "hm08" and y == 2:
            continue
        P.check(t["out"][y] <= t["cap"], f"output {YEARS[y]} {t['out'][y]} > capacity {t['cap']}")
    # growth: under +35 %/year except the planted growth
    if k != "hm09":
        for y in (1, 2):
            g = t["rev"][y] / t["rev"][y - 1] - 1
            P.check(g < 0.35, f"revenue growth {YEARS[y]} {g:.0%}")
        P.check(t["out"][0] <= p["hist"]["out"][2] * 1.25, "2027 output jumps over 2026")
    # sources equal investment in the true model
    P.check(sum(a for (_, a) in p["src"]) == t["inv_total"], "true sources != investment")


def check_ready(P: Plan) -> None:
    P.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "truy xuất")
    P.lacks(REPLACED, "replaced instrument or district body")
    for m in re.finditer(r"đến (?:ngày )?(\d{1,2})/(\d{1,2})/(\d{4})", P.body):
        P.check(int(m.group(3)) >= 2030, f"paper valid only to {m.group(0)}")
    P.lacks(PLACEHOLDER, "template placeholder")


def words(P: Plan) -> int:
    return len(re.findall(r"\w+", P.body))


def check(k: str) -> Plan:
    P = Plan(STEMS[k])
    if k in PLANS:
        check_full(P, k)
    if k in READY:
        check_ready(P)
    getattr(sys.modules[__name__], f"check_{k}")(P)
    return P


def check_hm01(P: Plan) -> None:
    P.hasi("Cu đơ Kim Lộc", "Hoa Nguyệt", "nhãn hiệu tập thể", "Hội Sản xuất và Kinh doanh kẹo cu đơ Kim Lộc",
          "an toàn thực phẩm", "tiêu chuẩn cơ sở", "tự công bố", "đăng ký môi trường",
          "Giấy chứng nhận đăng ký doanh nghiệp")


def check_hm02(P: Plan) -> None:
    P.hasi("nhãn hiệu chứng nhận", "Mật ong Ngàn Trươi", "Sở Khoa học và Công nghệ", "an toàn thực phẩm",
          "tiêu chuẩn cơ sở", "tự công bố", "hợp tác xã", "Luật Hợp tác xã năm 2023")


def check_hm03(P: Plan) -> None:
    P.hasi("chỉ dẫn địa lý", "Hương Sơn", "Ngàn Phố", "an toàn thực phẩm", "tiêu chuẩn cơ sở", "tự công bố",
          "hộ kinh doanh", "không ghi công dụng chữa bệnh", "chất thải")


def check_hm04(P: Plan) -> None:
    P.hasi("nhãn hiệu tập thể", "Nón lá Đồng Tiến", "UBND xã Đồng Tiến", "không phải là thực phẩm",
          "thẻ treo", "tiêu chuẩn cơ sở", "tổ hợp tác")


def check_hm05(P: Plan) -> None:
    t, pr = model("hm05"), model("hm05", printed=True)
    P.check(off(pr["src_total"], t["inv_total"]), "sources not > 5 % off investment")
    P.hasi("đủ vốn")
    # no-alcohol-license: no production licence held or planned
    P.lacks(r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm|giấy phép sản xuất",
            "alcohol licence mentioned")
    P.hasi("li-xăng", "an toàn thực phẩm", "tiêu chuẩn cơ sở", "QCVN 6-3:2010/BYT", "44/2019/QH14",
          "đăng ký môi trường")
    # name-inconsistent: another company's name where the producer speaks of itself
    P.check(P.count("Công ty TNHH Rượu quê Hòa Lạc") >= 2, "other company's name not left in")
    P.check(P.count("Công ty TNHH Sản xuất Rượu sim Hồng Lĩnh") >= 5, "own name too rare")


def check_hm06(P: Plan) -> None:
    t, pr = model("hm06"), model("hm06", printed=True)
    P.check(off(pr["cost"][1], t["cost_sum"][1]), "cost total 2028 not > 5 % off")
    stated = 1.5
    P.hasi(f"khoảng {payback_text(stated)}")
    P.check(off(stated, t["payback"], 20) and off(stated, pr["payback"], 20),
            f"stated payback {stated} vs true {t['payback']} / printed {pr['payback']}")
    P.lacks(r"môi trường|chất thải|nước thải|(?<!\w)mùi|xử lý|bể lắng|biogas|(?<!\w)rác|vệ sinh chuồng",
            "environment mentioned")
    P.hasi("an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu tập thể", "Hội Nghề cá xã Thạch Khê")


def check_hm07(P: Plan) -> None:
    t, pr = model("hm07"), model("hm07", printed=True)
    lab = PLANS["hm07"]["products"][0][0]
    P.check(off(pr["rev_lines"][0][1], t["rev_lines"][0][1]), "revenue line not > 5 % off")
    for y in (1, 2):
        P.check(off(t["need"][0][y], t["supply"][0][y]) and t["need"][0][y] > t["supply"][0][y],
                f"shortfall {YEARS[y]} not > 5 %")
    P.hasi("đủ búp chè tươi")
    P.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food safety mentioned")
    P.lacks(r"Thiếu|thiếu hụt|Chênh lệch|Còn dư", "balance row")
    P.hasi("tiêu chuẩn cơ sở", "tự công bố", "nhãn hiệu tập thể", lab)


def check_hm08(P: Plan) -> None:
    t, pr = model("hm08"), model("hm08", printed=True)
    P.check(off(pr["profit"][0], t["profit"][0]), "profit 2027 not > 5 % off")
    P.check(t["out"][2] > t["cap"] * 1.05, "2029 output not > capacity")
    P.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện")
    P.lacks(r"148/QĐ-TTg|1489", "current instrument cited")
    P.has("không cần đầu tư thêm bếp")


def check_hm09(P: Plan) -> None:
    t = model("hm09")
    g1, g2 = t["out"][1] / t["out"][0] - 1, t["out"][2] / t["out"][1] - 1
    P.check(g1 > 0.5 and g2 > 0.4, f"growth {g1:.0%} {g2:.0%} not unrealistic")
    P.check(t["staff"][0] == t["staff"][2], "staff grows")
    P.hasi("giữ nguyên")
    # figure-inconsistent: area of the company's own growing area
    P.hasi("vùng trồng cà gai leo 20 ha", "12 ha")
    P.lacks(r"tiêu chuẩn cơ sở|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng",
            "product standard mentioned")
    P.hasi("an toàn thực phẩm", "li-xăng", "nhãn hàng hóa")


def check_hm10(P: Plan) -> None:
    P.check(bool(re.search(PLACEHOLDER, P.body)), "no template placeholder")
    P.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|Giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã",
            "registration mentioned")
    P.hasi("chỉ dẫn địa lý", "Phúc Trạch", "cam kết", "VietGAP")
    # no-sales-channel: the market part names no customer, channel or price
    m = re.search(r"\n# [^\n]*THỊ TRƯỜNG[^\n]*\n(.*?)\n# ", P.body, re.S)
    P.check(bool(m), "market section not found")
    if m:
        part = m.group(1)
        for w in (r"đồng", r"siêu thị", r"cửa hàng", r"đại lý", r"thương lái", r"chợ", r"online",
                  r"sàn", r"khách", r"hợp đồng", r"\d"):
            P.check(not re.search(w, part, re.I), f"market part names {w!r}")


def check_sketchy(P: Plan, must: list[str], must_not: str) -> None:
    n = words(P)
    P.check(150 <= n <= 350, f"{n} words")
    P.check(not P.rows, "a table")
    P.has(*must)
    P.lacks(must_not, "paper present")


def check_hm11(P: Plan) -> None:
    check_sketchy(P, ["nhãn hiệu tập thể", "4 sào", "25.000 đồng/kg", "120 triệu"],
                  r"an toàn thực phẩm|tiêu chuẩn cơ sở|công bố|tem|truy xuất|môi trường|VietGAP")


def check_hm12(P: Plan) -> None:
    check_sketchy(P, ["nhãn hiệu chứng nhận", "60 đàn", "250.000 đồng", "45 triệu"],
                  r"an toàn thực phẩm|tiêu chuẩn cơ sở|công bố|truy xuất|kiểm nghiệm")


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if a in STEMS] or list(STEMS)
    return plancheck.report([check(k) for k in keys])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
