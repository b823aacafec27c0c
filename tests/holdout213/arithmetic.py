"""The 213th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout213/arithmetic.py [hf01 hf05 ...]

Theme: headings that are not what a template expects (bold or capital lines only, numbering that
restarts, skips or mixes styles, merged or reordered parts, OCOP product-profile parts mixed in).
The theme lives in the headings; the numbers are ordinary, and every one of them is recomputed here.
For every full plan (hf01-hf10) the constants give the products (pack size in the plan's base unit,
price and packs per year, packaging cost per pack), the 2024-2026 history, the raw materials (norm
per base unit of the products that use them, price, supply rows as count x yield), the limiting
equipment (rating x days), staff by role with monthly wages, the cost lines, investment items,
capital sources, asset life, loan balances and rate, and the sales channels. `model(key)` turns them
into every table cell the plan prints; `model(key, planted=True)` is the same with the planted
defects put in (and the figures a writer would carry on from them). The generator that wrote the
plans' Markdown used this very function. The checks read each table back from the plan's source
(found by its caption) and compare every cell with the printed model within 1 %; every cell where
the printed model differs from the true one by more than 1 % must be a declared planted cell (wrong
by more than 5 %) or a declared knock-on. Defects that are no table cell (capacity, raw-material
balance, growth, payback in the text, two statements of one quantity, textual gaps) are asserted
on their own.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")


# --------------------------------------------------------------------------- number formats
def fm(x: float, d: int = 1) -> str:
    """Vietnamese number with d decimals: 1234.5 -> '1.234,5'."""
    neg = x < 0
    s = f"{abs(x):,.{d}f}"
    s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if neg else "") + s


def fi(x: float) -> str:
    return fm(round(x), 0)


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, [price đ per pack x3], [packs x3], pack cost đ)
# hist: out (base units), price (đ per base unit), profit (triệu) for 2024-2026
# raws: label, unit, norm (raw per base unit), price (đ per raw unit), only (product indexes or None),
#       rows (label, scale text, [count x3], yield per count)
# cap: rating per day (base units), days, text, only (product indexes or None)
# roles: (role, [staff x3], monthly wage triệu, None = paid by the piece)
# costs: (label, kind, arg): raw i | pack | unit đ per base unit | wage | dep | int | fixed [x3]
# groups: optional [(group label, [cost line indexes])]
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance per year; rate
# channels: (label, share of the 2027 output)
Y = range(3)
PLANS: dict[str, dict] = {
    "hf01": dict(
        unit="kg",
        products=[("Bánh đa nem tráng tay, túi 200 g", "túi", 0.2, [20000, 20500, 21000],
                   [55000, 60000, 66000], 1800),
                  ("Bánh đa nem vừng đen, túi 300 g", "túi", 0.3, [33000, 34000, 35000],
                   [18000, 20000, 22000], 2500),
                  ("Bánh đa nem cỡ lớn, gói 1 kg", "gói", 1.0, [95000, 97000, 99000],
                   [4000, 4500, 5000], 3000)],
        hist=dict(out=[16800, 18100, 19300], price=[92000, 95000, 98000], profit=[150.0, 168.0, 186.0]),
        raws=[dict(label="Gạo tẻ Khang dân", unit="kg", norm=1.3, price=15000, only=None,
                   rows=[("Hộ liên kết thôn Khê Thượng", "28 hộ × 600 kg", [28, 28, 28], 600),
                         ("Hộ liên kết thôn Đông Khê", "22 hộ × 600 kg", [22, 22, 22], 600),
                         ("Ruộng lúa của công ty", "2,5 ha × 5.600 kg", [2.5, 2.5, 2.5], 5600)]),
              dict(label="Vừng đen", unit="kg", norm=0.06, price=60000, only=[1],
                   rows=[("Hộ trồng vừng thôn Bãi Khê", "12 hộ × 50 kg", [12, 12, 12], 50)])],
        cap=dict(rating=100, days=300, text="100 kg/ngày × 300 ngày", only=None),
        roles=[("Giám đốc, kế toán", [2, 2, 2], 8.0), ("Tráng, hấp, phơi sấy", [5, 5, 6], 6.5),
               ("Đóng gói, kho", [2, 2, 2], 6.0), ("Bán hàng, giao hàng", [1, 2, 2], 6.5)],
        costs=[("Gạo nguyên liệu", "raw", 0), ("Vừng đen", "raw", 1),
               ("Bao bì, túi, thùng", "pack", None), ("Điện, nước, củi trấu", "unit", 4000),
               ("Tiền lương, tiền công", "wage", None), ("Khấu hao tài sản", "dep", None),
               ("Lãi vay ngân hàng", "int", None), ("Bán hàng, quảng bá", "fixed", [130, 160, 190]),
               ("Thuế, phí và chi khác", "fixed", [80, 95, 110])],
        inv=[("Máy tráng, hấp bánh bán tự động", 420, True), ("Lò sấy bánh bằng hơi nóng", 180, True),
             ("Cải tạo xưởng 150 m² theo nguyên tắc một chiều", 250, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30, False), ("Vốn lưu động", 280, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        channels=[("Chợ đầu mối, đại lý trong tỉnh", 0.40), ("Nhà hàng, quán ăn", 0.20),
                  ("Siêu thị, cửa hàng OCOP", 0.15), ("Nhà phân phối ngoài tỉnh", 0.20),
                  ("Bán lẻ tại xưởng, trực tuyến", 0.05)]),
    "hf02": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, [40000, 41000, 42000],
                   [32000, 35000, 38000], 6500),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, [95000, 97000, 99000],
                   [4600, 5000, 5400], 4000),
                  ("Cà gai leo khô, bao 2 kg", "bao", 2.0, [350000, 358000, 366000],
                   [450, 500, 550], 6000)],
        hist=dict(out=[4100, 4500, 4850], price=[340000, 348000, 356000], profit=[140.0, 158.0, 176.0]),
        raws=[dict(label="Cà gai leo tươi", unit="kg", norm=4.5, price=10000, only=None,
                   rows=[("Vườn dược liệu của hợp tác xã", "7 ha × 2.800 kg", [7, 7, 7], 2800),
                         ("Hộ thành viên thôn Kim Lộc", "14 hộ × 450 kg", [14, 14, 14], 450),
                         ("Hộ liên kết thôn Trung Hòa", "10 hộ × 400 kg", [10, 10, 10], 400)])],
        cap=dict(rating=32, days=250, text="32 kg khô/ngày × 250 ngày", only=None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2], 7.0), ("Trồng, thu hái, sơ chế", [4, 4, 4], 5.5),
               ("Sấy, cắt, đóng túi lọc", [2, 3, 3], 6.0), ("Bán hàng, kho", [1, 1, 2], 6.0)],
        costs=[("Cà gai leo tươi", "raw", 0), ("Túi lọc, hộp, bao bì", "pack", None),
               ("Điện sấy, nước", "unit", 14000), ("Lương, tiền công", "wage", None),
               ("Khấu hao", "dep", None), ("Lãi vay", "int", None),
               ("Bán hàng, hội chợ", "fixed", [170, 200, 230]), ("Thuế, phí, chi khác", "fixed", [70, 80, 90])],
        groups=[("Chi phí biến đổi", [0, 1, 2]), ("Chi phí cố định", [3, 4, 5, 6, 7])],
        inv=[("Nhà sấy và phòng đóng gói 80 m²", 240, True), ("Máy sấy bơm nhiệt 2 buồng", 230, True),
             ("Máy cắt, máy đóng túi lọc tự động", 290, True), ("Bao bì, mã vạch, tem truy xuất", 40, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 35, False), ("Vốn lưu động", 165, False)],
        src=[("Vốn góp của thành viên", 420), ("Quỹ đầu tư phát triển của HTX", 180),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        channels=[("Nhà thuốc, cửa hàng thảo dược", 0.35), ("Cửa hàng OCOP, đặc sản", 0.25),
                  ("Nhà phân phối ở Hà Nội, Vinh", 0.25), ("Bán trực tuyến", 0.15)]),
    "hf03": dict(
        unit="lít",
        products=[("Siro chanh leo, chai 500 ml", "chai", 0.5, [55000, 56000, 57000],
                   [12000, 13200, 14400], 4000),
                  ("Siro chanh leo, chai 1 lít", "chai", 1.0, [100000, 102000, 104000],
                   [3000, 3300, 3600], 6000),
                  ("Cốt chanh leo, can 5 lít", "can", 5.0, [420000, 428000, 436000],
                   [400, 450, 500], 25000)],
        hist=dict(out=[9200, 9900, 10500], price=[96000, 98000, 100000], profit=[120.0, 132.0, 146.0]),
        raws=[dict(label="Quả chanh leo tím", unit="kg", norm=1.6, price=12000, only=None,
                   rows=[("Vườn chanh leo của hộ", "1,2 ha × 12.000 kg", [1.2, 1.2, 1.2], 12000),
                         ("Hộ liên kết thôn Trung Lương", "9 hộ × 1.200 kg", [9, 9, 9], 1200)]),
              dict(label="Đường kính trắng", unit="kg", norm=0.55, price=22000, only=None,
                   rows=[("Đại lý đường Hồng Phúc (hợp đồng)", "1 hợp đồng × 8.000 kg", [1, 1, 1], 8000)])],
        cap=dict(rating=70, days=240, text="70 lít/ngày × 240 ngày", only=None),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1], 7.0), ("Sơ chế, nấu, thanh trùng", [2, 2, 3], 5.5),
               ("Chiết rót, bán hàng", [2, 3, 3], 5.5)],
        costs=[("Quả chanh leo", "raw", 0), ("Đường", "raw", 1), ("Chai, nắp, can", "pack", None),
               ("Điện, nước, gas", "unit", 3000), ("Tiền công", "wage", None), ("Khấu hao", "dep", None),
               ("Lãi vay", "int", None), ("Bán hàng, vận chuyển", "fixed", [65, 80, 95]),
               ("Thuế, phí, chi khác", "fixed", [30, 36, 42])],
        inv=[("Nồi nấu cô đặc, thanh trùng inox", 160, True), ("Máy chiết rót, đóng nắp bán tự động", 120, True),
             ("Kho mát bảo quản quả 30 m³", 110, True), ("Cải tạo phòng chế biến 50 m²", 90, True),
             ("Chai, bao bì, tem truy xuất", 30, False), ("Vốn lưu động", 140, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 200, 100], rate=0.066,
        channels=[("Quán cà phê, trà sữa", 0.45), ("Cửa hàng đặc sản, OCOP", 0.25),
                  ("Bán lẻ tại nhà, trực tuyến", 0.30)]),
    "hf04": dict(
        unit="chiếc",
        products=[("Nón lá trắng truyền thống", "chiếc", 1, [80000, 82000, 84000],
                   [6000, 6500, 7000], 3000),
                  ("Nón lá vẽ tranh thủ công", "chiếc", 1, [220000, 226000, 232000],
                   [1800, 2000, 2200], 8000),
                  ("Bộ nón lá mini trang trí (3 chiếc)", "bộ", 3, [150000, 154000, 158000],
                   [600, 700, 800], 10000)],
        hist=dict(out=[8100, 8600, 9100], price=[92000, 94000, 96000], profit=[96.0, 104.0, 112.0]),
        raws=[dict(label="Lá nón đã phơi, là phẳng", unit="kg", norm=0.15, price=60000, only=None,
                   rows=[("Hộ khai thác lá nón thôn Khe Giao", "15 hộ × 80 kg", [15, 15, 15], 80),
                         ("Vườn lá nón của tổ viên", "20 hộ × 40 kg", [20, 20, 20], 40)])],
        cap=dict(rating=48, days=300, text="32 thợ × 1,5 chiếc/ngày × 300 ngày", only=None),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2], 5.5), ("Bán hàng, giao hàng", [1, 1, 1], 5.5),
               ("Thợ chằm, khâu, vẽ nón", [32, 32, 32], None)],
        costs=[("Lá nón", "raw", 0), ("Tre vành, cước, chỉ, sơn vẽ", "unit", 8000),
               ("Tiền công khoán", "unit", 34000), ("Túi, hộp, thẻ treo", "pack", None),
               ("Lương tổ trưởng, kế toán, bán hàng", "wage", None), ("Khấu hao", "dep", None),
               ("Lãi vay", "int", None), ("Bán hàng, hội chợ", "fixed", [45, 55, 65]),
               ("Điện, phí, chi khác", "fixed", [25, 30, 35])],
        inv=[("Nhà trưng bày, bán hàng 60 m²", 180, True), ("Lò sấy lá bằng hơi nóng", 70, True),
             ("Khuôn nón, bàn là lá, dụng cụ vẽ", 50, True), ("Hộp, thẻ treo, tem truy xuất", 25, False),
             ("Đăng ký nhãn hiệu, thử nghiệm", 20, False), ("Vốn lưu động", 105, False)],
        src=[("Vốn góp của tổ viên", 250), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=10, loan=[200, 150, 100], rate=0.066,
        channels=[("Khách du lịch, điểm bán tại làng", 0.30), ("Cửa hàng lưu niệm Huế, Hội An", 0.35),
                  ("Cửa hàng OCOP, hội chợ", 0.15), ("Bán trực tuyến", 0.20)]),
    "hf05": dict(
        unit="lít",
        products=[("Rượu ngô men lá 35 độ, chai 500 ml", "chai", 0.5, [60000, 62000, 64000],
                   [20000, 23000, 26000], 9000),
                  ("Rượu ngô men lá 40 độ, bình sứ 1 lít", "bình", 1.0, [220000, 226000, 232000],
                   [1500, 1800, 2100], 45000),
                  ("Rượu ngô men lá 35 độ, can 2 lít", "can", 2.0, [150000, 155000, 160000],
                   [2500, 2800, 3100], 8000)],
        hist=dict(out=[13200, 14300, 15400], price=[108000, 111000, 114000], profit=[140.0, 158.0, 176.0]),
        raws=[dict(label="Ngô hạt khô", unit="kg", norm=2.5, price=9000, only=None,
                   rows=[("Hộ thành viên trồng ngô", "40 hộ × 750 kg", [40, 40, 40], 750),
                         ("Hộ liên kết thôn Khe Cò", "15 hộ × 800 kg", [15, 15, 15], 800)])],
        cap=dict(rating=120, days=260, text="3 nồi × 40 lít/ngày × 260 ngày", only=None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2], 7.0), ("Nấu, ủ men, chưng cất", [4, 4, 5], 6.0),
               ("Lọc, chiết, đóng hộp", [2, 2, 2], 5.5), ("Bán hàng", [1, 2, 2], 6.0)],
        costs=[("Ngô hạt", "raw", 0), ("Men lá, củi, điện nước", "unit", 6000),
               ("Chai, bình sứ, can, hộp", "pack", None), ("Lương, tiền công", "wage", None),
               ("Khấu hao", "dep", None), ("Lãi vay", "int", None),
               ("Bán hàng, quảng bá", "fixed", [110, 125, 140]), ("Phí, chi khác", "fixed", [45, 50, 55])],
        groups=[("Chi phí biến đổi", [0, 1, 2]), ("Chi phí cố định", [3, 4, 5, 6, 7])],
        inv=[("Nồi chưng cất inox cách thủy thứ ba", 150, True), ("Kho ủ, hạ thổ rượu 50 m²", 180, True),
             ("Máy lọc, khử andehit, chiết rót", 230, True), ("Hầm biogas, bể chứa bã", 80, True),
             ("Bao bì, nhãn, tem truy xuất", 45, False), ("Vốn lưu động", 215, False)],
        src=[("Vốn góp của thành viên", 450), ("Vay Ngân hàng Nông nghiệp và PTNT", 450)],
        life=10, loan=[450, 350, 250], rate=0.08,
        channels=[("Nhà hàng, quán đặc sản", 0.40), ("Đại lý đồ uống trong tỉnh", 0.30),
                  ("Cửa hàng OCOP, quà biếu", 0.15), ("Bán tại cơ sở", 0.15)]),
    "hf06": dict(
        unit="kg",
        products=[("Mắm tôm, hũ 250 g", "hũ", 0.25, [25000, 26000, 27000],
                   [40000, 76000, 128000], 2000),
                  ("Mắm tôm, hũ 500 g", "hũ", 0.5, [45000, 47000, 49000],
                   [16000, 30000, 50000], 3000),
                  ("Mắm tôm, xô 5 kg", "xô", 5.0, [380000, 395000, 410000],
                   [800, 1500, 2500], 15000)],
        hist=dict(out=[17500, 19200, 20800], price=[84000, 87000, 90000], profit=[150.0, 172.0, 196.0]),
        raws=[dict(label="Moi tươi", unit="kg", norm=0.95, price=22000, only=None,
                   rows=[("Thuyền đánh moi ký hợp đồng", "thuyền × 2.800 kg", [8, 14, 22], 2800),
                         ("Vựa moi Cửa Nhượng (hợp đồng)", "1 vựa × 8.000 kg", [1, 1, 1], 8000)])],
        cap=dict(rating=42000, days=2, text="140 chum × 300 kg × 2 mẻ", only=None),
        roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3], 8.0), ("Ủ chượp, chế biến", [4, 4, 4], 6.0),
               ("Đóng hũ, giao hàng", [2, 2, 2], 5.5)],
        costs=[("Moi tươi", "raw", 0), ("Muối hạt, phụ liệu", "unit", 1500),
               ("Hũ, xô, thùng", "pack", None), ("Điện, nước", "unit", 1000),
               ("Lương, tiền công", "wage", None), ("Khấu hao", "dep", None), ("Lãi vay", "int", None),
               ("Bán hàng, quảng bá", "fixed", [150, 420, 820]), ("Thuế, phí, chi khác", "fixed", [60, 160, 300])],
        inv=[("Chum sành, bể ủ bổ sung 60 chiếc", 180, True), ("Nhà ủ chượp có mái che 200 m²", 420, True),
             ("Máy xay, máy chiết hũ", 160, True), ("Bao bì, tem truy xuất", 40, False),
             ("Vốn lưu động", 400, False)],
        src=[("Vốn góp của cổ đông", 700), ("Vay Ngân hàng thương mại", 500)],
        life=10, loan=[500, 400, 300], rate=0.085,
        channels=[("Chợ, đại lý mắm trong tỉnh", 0.45), ("Nhà hàng, quán bún", 0.25),
                  ("Siêu thị, cửa hàng OCOP", 0.15), ("Đại lý ngoài tỉnh", 0.15)]),
    "hf07": dict(
        unit="kg",
        products=[("Linh chi đỏ thái lát, hộp 200 g", "hộp", 0.2, [200000, 205000, 210000],
                   [4000, 4400, 4800], 12000),
                  ("Linh chi nguyên tai, hộp 500 g", "hộp", 0.5, [450000, 460000, 470000],
                   [1000, 1100, 1200], 20000),
                  ("Linh chi thái lát, túi 1 kg", "túi", 1.0, [760000, 780000, 800000],
                   [300, 330, 360], 5000)],
        hist=dict(out=[1250, 1380, 1500], price=[860000, 880000, 900000], profit=[120.0, 136.0, 152.0]),
        raws=[dict(label="Nấm linh chi tươi", unit="kg", norm=3.2, price=35000, only=None,
                   rows=[("Nhà trồng nấm của công ty", "6 nhà × 900 kg", [6, 6, 6], 900),
                         ("Hộ trồng liên kết thôn Tân Hương", "8 hộ × 200 kg", [8, 8, 8], 200)])],
        cap=dict(rating=20, days=200, text="20 kg khô/mẻ × 200 mẻ", only=None),
        roles=[("Giám đốc, kế toán", [2, 2, 2], 8.0), ("Trồng, chăm sóc, thu hái", [4, 4, 4], 6.0),
               ("Sấy, thái, đóng hộp", [2, 2, 3], 6.0), ("Bán hàng", [1, 2, 2], 6.5)],
        costs=[("Nấm tươi (phôi, giống, chăm sóc)", "raw", 0), ("Hộp, túi, bao bì", "pack", None),
               ("Điện sấy, nước", "unit", 20000), ("Lương, tiền công", "wage", None),
               ("Khấu hao", "dep", None), ("Lãi vay", "int", None),
               ("Bán hàng, quảng bá", "fixed", [110, 140, 170]), ("Thuế, phí, chi khác", "fixed", [50, 60, 70])],
        inv=[("Hai nhà trồng nấm mới 300 m²", 380, True), ("Máy sấy nhiệt 2 buồng", 160, True),
             ("Máy thái lát, máy hút chân không", 90, True), ("Kho mát bảo quản 20 m²", 110, True),
             ("Bao bì, tem truy xuất QR", 40, False), ("Vốn lưu động", 220, False)],
        src=[("Vốn chủ sở hữu", 450), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 320, 240], rate=0.08,
        channels=[("Nhà thuốc đông y, đại lý", 0.40), ("Cửa hàng OCOP, quà biếu", 0.30),
                  ("Bán trực tuyến", 0.20), ("Khách tham quan trại", 0.10)]),
    "hf08": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [170000, 175000, 180000],
                   [3000, 3300, 3600], 9000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1.0, [260000, 268000, 276000],
                   [1200, 1300, 1400], 12000),
                  ("Mật ong hoa keo, can 3 kg", "can", 3.0, [690000, 710000, 730000],
                   [150, 170, 190], 10000)],
        hist=dict(out=[2600, 2800, 2950], price=[260000, 270000, 280000], profit=[80.0, 88.0, 96.0]),
        raws=[dict(label="Mật ong thô", unit="kg", norm=1.05, price=110000, only=None,
                   rows=[("Đàn ong của hộ", "đàn × 14 kg", [200, 215, 230], 14),
                         ("Hộ nuôi ong thôn Rào Tre", "12 hộ × 90 kg", [12, 12, 12], 90)])],
        cap=dict(rating=25, days=240, text="25 kg/mẻ × 240 mẻ", only=None),
        roles=[("Chủ hộ, quản lý", [1, 1, 1], 7.0), ("Chăm đàn ong, quay mật", [2, 2, 2], 5.5),
               ("Lọc, đóng chai, bán hàng", [1, 1, 2], 5.5)],
        costs=[("Mật ong thô", "raw", 0), ("Chai, hũ, can", "pack", None), ("Điện, nước", "unit", 3000),
               ("Tiền công", "wage", None), ("Khấu hao", "dep", None), ("Lãi vay", "int", None),
               ("Bán hàng, vận chuyển", "fixed", [40, 44, 48]), ("Thuế, phí, chi khác", "fixed", [20, 22, 24])],
        inv=[("Máy hạ thủy phần mật ong 25 kg/mẻ", 150, True), ("Thùng ong, đàn giống bổ sung", 80, True),
             ("Phòng lọc, đóng chai 30 m²", 110, True), ("Máy lọc, bồn inox", 60, True),
             ("Chai, hũ, kiểm nghiệm", 40, False), ("Vốn lưu động", 160, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066,
        channels=[("Cửa hàng đặc sản, tạp hóa", 0.40), ("Nhà thuốc, quán giải khát", 0.20),
                  ("Khách quen, trực tuyến", 0.30), ("Cửa hàng OCOP", 0.10)]),
    "hf09": dict(
        unit="kg",
        products=[("Kẹo cu đơ thanh, hộp 300 g", "hộp", 0.3, [35000, 36000, 37000],
                   [30000, 33000, 36000], 3000),
                  ("Kẹo cu đơ gói, túi 500 g", "túi", 0.5, [55000, 57000, 59000],
                   [8000, 8800, 9600], 2000),
                  ("Kẹo cu đơ hộp quà 1 kg", "hộp", 1.0, [125000, 130000, 135000],
                   [1500, 1700, 1900], 12000)],
        hist=dict(out=[11800, 12900, 13800], price=[105000, 110000, 113000], profit=[120.0, 138.0, 152.0]),
        raws=[dict(label="Lạc nhân", unit="kg", norm=0.3, price=55000, only=None,
                   rows=[("Hộ trồng lạc thôn Xuân Tiến", "34 hộ × 180 kg", [34, 34, 34], 180)]),
              dict(label="Mật mía", unit="kg", norm=0.45, price=25000, only=None,
                   rows=[("Lò mật mía Hòa Lạc (hợp đồng)", "1 lò × 9.000 kg", [1, 1, 1], 9000)])],
        cap=dict(rating=75, days=290, text="3 bếp × 25 kg/ngày × 290 ngày", only=None),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2], 6.0), ("Nấu kẹo, cán, cắt", [5, 5, 6], 5.5),
               ("Đóng gói", [2, 2, 2], 5.0), ("Bán hàng", [1, 1, 1], 5.5)],
        costs=[("Lạc nhân", "raw", 0), ("Mật mía", "raw", 1), ("Gừng, vừng, bánh đa", "unit", 6000),
               ("Hộp, túi, bao bì", "pack", None), ("Điện, than, nước", "unit", 2500),
               ("Tiền công", "wage", None), ("Khấu hao", "dep", None), ("Lãi vay", "int", None),
               ("Bán hàng, hội chợ", "fixed", [60, 75, 90]), ("Thuế, phí, chi khác", "fixed", [30, 38, 46])],
        inv=[("Bếp nấu kẹo cải tiến, nồi inox", 90, True), ("Máy cán, cắt kẹo", 150, True),
             ("Cải tạo phòng đóng gói 40 m²", 120, True), ("Máy hàn túi, máy co màng", 40, True),
             ("Bao bì mới, thử nghiệm", 35, False), ("Vốn lưu động", 165, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 250, 200], rate=0.066,
        channels=[("Cửa hàng đặc sản Hà Tĩnh, Vinh", 0.45), ("Chợ, tạp hóa", 0.25),
                  ("Khách du lịch, quà biếu", 0.20), ("Bán trực tuyến", 0.10)]),
    "hf10": dict(
        unit="kg",
        products=[("Miến dong, túi 500 g", "túi", 0.5, [38000, 38500, 39000],
                   [40000, 46000, 51000], 1500),
                  ("Miến dong, túi 1 kg", "túi", 1.0, [72000, 73000, 74000],
                   [12000, 14000, 16000], 2000),
                  ("Miến dong, bao 5 kg", "bao", 5.0, [340000, 345000, 350000],
                   [800, 1000, 1200], 5000)],
        hist=dict(out=[29000, 31000, 33000], price=[72000, 73000, 74000], profit=[190.0, 205.0, 222.0]),
        raws=[dict(label="Tinh bột dong riềng", unit="kg", norm=1.1, price=24000, only=None,
                   rows=[("Cơ sở lọc bột thôn Phúc Đồng", "25 hộ × 1.600 kg", [25, 25, 25], 1600),
                         ("Hộ trồng dong riềng liên kết", "20 hộ × 1.000 kg", [20, 20, 20], 1000)])],
        cap=dict(rating=150, days=260, text="150 kg/ngày × 260 ngày", only=None),
        roles=[("Giám đốc, kế toán", [2, 2, 2], 8.0), ("Pha bột, tráng, hấp", [4, 4, 4], 6.0),
               ("Phơi, sấy, cắt, đóng gói", [3, 3, 3], 5.5), ("Bán hàng", [2, 2, 2], 6.0)],
        costs=[("Tinh bột dong riềng", "raw", 0), ("Túi, bao bì", "pack", None),
               ("Điện, than, nước", "unit", 3500), ("Lương, tiền công", "wage", None),
               ("Khấu hao", "dep", None), ("Lãi vay", "int", None),
               ("Bán hàng, vận chuyển", "fixed", [150, 180, 210]), ("Thuế, phí, chi khác", "fixed", [80, 95, 110])],
        inv=[("Nhà lưới phơi miến 200 m²", 180, True), ("Kho chứa thành phẩm 80 m²", 150, True),
             ("Bao bì mới, kiểm nghiệm", 50, False), ("Vốn lưu động", 420, False)],
        src=[("Vốn chủ sở hữu", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 300)],
        life=10, loan=[300, 200, 100], rate=0.08,
        channels=[("Chợ đầu mối, đại lý", 0.40), ("Nhà hàng, bếp ăn", 0.20),
                  ("Siêu thị, cửa hàng OCOP", 0.20), ("Nhà phân phối ngoài tỉnh", 0.20)]),
}


# --------------------------------------------------------------------------- planted defects
# the printed value of each planted cell; the figures that follow from it are recomputed by model()
PLANTS: dict[str, dict] = {
    "hf05": {"rev": {(0, 1): 1611.4}},      # 2028 line of the 500 ml bottles: true 23.000 × 62.000 đ = 1.426,0
    "hf07": {"payback": 1.9},               # "khoảng 1,9 năm": true 1.000 / (avg profit + depreciation) = 2,8
    "hf08": {"inv_total_row": 540},         # investment table "Tổng cộng": items add up to 600
    "hf09": {"profit": {0: 281.5}},         # summary 2027 profit: true 1.677,5 - 1.459,5 = 218,0
}


# --------------------------------------------------------------------------- model
def supply_rows(raw):
    return [(lab, scale, [c * raw["rows"][k][3] for c in counts])
            for k, (lab, scale, counts, _y) in enumerate(raw["rows"])]


def model(key, planted=False):
    """Every figure the plan prints. planted=True: with the planted defects and their knock-ons."""
    P = PLANS[key]
    pl = PLANTS.get(key, {}) if planted else {}
    m = {"unit": P["unit"]}
    prods = P["products"]
    m["packs"] = [list(p[4]) for p in prods]
    m["price"] = [list(p[3]) for p in prods]
    m["out"] = [sum(p[2] * p[4][y] for p in prods) for y in Y]
    # history
    h = P["hist"]
    m["h_out"], m["h_price"], m["h_profit"] = h["out"], h["price"], h["profit"]
    m["h_rev"] = [r1(h["out"][y] * h["price"][y] / 1e6) for y in Y]
    m["h_margin"] = [r1(h["profit"][y] / m["h_rev"][y] * 100) for y in Y]
    # raw materials
    m["raw"] = []
    for raw in P["raws"]:
        idx = raw["only"] if raw["only"] is not None else range(len(prods))
        base = [sum(prods[i][2] * prods[i][4][y] for i in idx) for y in Y]
        need = [round(base[y] * raw["norm"]) for y in Y]
        rows = supply_rows(raw)
        sup = [sum(r[2][y] for r in rows) for y in Y]
        m["raw"].append(dict(need=need, rows=rows, supply=sup, base=base,
                             balance=[sup[y] - need[y] for y in Y],
                             cost=[r1(need[y] * raw["price"] / 1e6) for y in Y]))
    # capacity
    c = P["cap"]
    m["cap"] = c["rating"] * c["days"]
    idx = c["only"] if c["only"] is not None else range(len(prods))
    m["cap_out"] = [sum(prods[i][2] * prods[i][4][y] for i in idx) for y in Y]
    m["use"] = [r1(m["cap_out"][y] / m["cap"] * 100) for y in Y]
    # staff
    m["staff"] = [sum(r[1][y] for r in P["roles"]) for y in Y]
    m["fund"] = [r1(sum(r[1][y] * r[2] * 12 for r in P["roles"] if r[2])) for y in Y]
    # investment
    m["inv"] = [x[1] for x in P["inv"]]
    m["inv_total"] = sum(m["inv"])
    m["inv_total_row"] = pl.get("inv_total_row", m["inv_total"])
    m["src"] = [x[1] for x in P["src"]]
    m["src_total"] = sum(m["src"])
    m["src_pct"] = [r1(x / m["src_total"] * 100) for x in m["src"]]
    m["fixed"] = sum(x[1] for x in P["inv"] if x[2])
    m["dep"] = r1(m["fixed"] / P["life"])
    m["interest"] = [r1(b * P["rate"]) for b in P["loan"]]
    # revenue
    lines = [[r1(p[4][y] * p[3][y] / 1e6) for y in Y] for p in prods]
    for (i, y), v in pl.get("rev", {}).items():
        lines[i][y] = v
    m["rev_lines"] = lines
    m["rev"] = [r1(sum(l[y] for l in lines)) for y in Y]
    # costs
    cl = []
    for lab, kind, arg in P["costs"]:
        if kind == "raw":
            v = m["raw"][arg]["cost"]
        elif kind == "pack":
            v = [r1(sum(p[4][y] * p[5] for p in prods) / 1e6) for y in Y]
        elif kind == "unit":
            v = [r1(m["out"][y] * arg / 1e6) for y in Y]
        elif kind == "wage":
            v = m["fund"]
        elif kind == "dep":
            v = [m["dep"]] * 3
        elif kind == "int":
            v = m["interest"]
        elif kind == "fixed":
            v = list(arg)
        cl.append((lab, list(v)))
    m["cost_lines"] = cl
    m["groups"] = [(g, [r1(sum(cl[i][1][y] for i in ix)) for y in Y], ix) for g, ix in P.get("groups", [])]
    m["cost"] = [r1(sum(v[y] for _l, v in cl)) for y in Y]
    for y, v in pl.get("cost_total", {}).items():
        m["cost"][y] = v
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in Y]
    for y, v in pl.get("profit", {}).items():
        m["profit"][y] = v
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in Y]
    m["avg_profit"] = sum(m["profit"]) / 3
    m["payback"] = r1(m["inv_total"] / (m["avg_profit"] + m["dep"]))
    if "payback" in pl:
        m["payback"] = pl["payback"]
    # channels (2027 output in base units)
    ch = P.get("channels", [])
    m["channels"] = [(lab, r1(s * 100), round(m["out"][0] * s)) for lab, s in ch]
    return m


# --------------------------------------------------------------------------- how the tables print
LAB = dict(
    h_out="Sản lượng ({u})", h_price="Giá bán bình quân (đồng/{u})", h_rev="Doanh thu (triệu đồng)",
    h_profit="Lợi nhuận (triệu đồng)", h_margin="Tỷ suất lợi nhuận (%)",
    ch_total="Cộng", sup_total="Tổng nguồn cung", need="Nhu cầu theo kế hoạch", balance="Còn dư",
    staff_total="Tổng số lao động", fund="Quỹ lương (triệu đồng)",
    out="Sản lượng quy đổi ({u})", cap="Công suất thiết kế ({u})", use="Sử dụng công suất (%)",
    inv_total="Tổng cộng", src_total="Tổng cộng", rev_total="Tổng doanh thu", cost_total="Tổng chi phí",
    s_rev="Doanh thu", s_cost="Tổng chi phí", s_profit="Lợi nhuận", s_margin="Lợi nhuận/doanh thu (%)",
)
# per plan: the caption of each printed table (its text after "Bảng N." / "Biểu N:"), label overrides,
# and whether the raw-material tables carry a balance row and the output table a capacity-use row
TEXT: dict[str, dict] = {
    "hf01": dict(captions=dict(
        hist="Kết quả sản xuất kinh doanh 2024 – 2026", price="Giá bán dự kiến 2027 – 2029",
        channel="Sản lượng năm 2027 theo kênh bán", raw0="Nhu cầu và nguồn cung gạo",
        staff="Lao động và tiền lương", prod="Kế hoạch sản lượng 2027 – 2029", inv="Tổng vốn đầu tư",
        src="Nguồn vốn", rev="Doanh thu dự kiến", cost="Chi phí sản xuất kinh doanh",
        sum="Tổng hợp hiệu quả kinh tế")),
    "hf02": dict(captions=dict(
        price="Giá bán của hợp tác xã 2027 – 2029", channel="Dự kiến tiêu thụ năm 2027 theo kênh",
        hist="Kết quả sản xuất kinh doanh của hợp tác xã 2024 – 2026", raw0="Cân đối cà gai leo tươi",
        staff="Lao động của hợp tác xã", prod="Sản lượng theo sản phẩm", inv="Hạng mục đầu tư",
        src="Cơ cấu nguồn vốn", rev="Doanh thu theo sản phẩm", cost="Chi phí theo năm",
        sum="Doanh thu, chi phí, lợi nhuận"),
        labels=dict(rev_total="Cộng doanh thu", cost_total="Cộng chi phí")),
    "hf03": dict(captions=dict(
        hist="Kết quả bán hàng 2024 – 2026", price="Giá bán lẻ dự kiến", channel="Kênh bán năm 2027",
        raw0="Quả chanh leo: nhu cầu và nguồn cung", raw1="Đường: nhu cầu và nguồn cung",
        prod="Sản lượng và công suất", inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu",
        cost="Chi phí", sum="Lãi lỗ dự kiến"),
        labels=dict(need="Nhu cầu")),
    "hf04": dict(captions=dict(
        hist="Kết quả hoạt động của tổ 2024 – 2026", price="Giá bán nón của tổ",
        channel="Nơi tiêu thụ năm 2027", raw0="Cân đối lá nón", staff="Nhân lực của tổ hợp tác",
        prod="Số lượng nón sản xuất 2027 – 2029", inv="Nhu cầu vốn đầu tư", src="Nguồn vốn huy động",
        rev="Doanh thu 2027 – 2029", cost="Chi phí 2027 – 2029", sum="Kết quả kinh doanh dự kiến")),
    "hf05": dict(balance=False, captions=dict(
        hist="Kết quả sản xuất 2024 – 2026", price="Giá bán buôn dự kiến (chưa gồm thuế TTĐB)",
        raw0="Nguồn ngô nguyên liệu", staff="Bố trí lao động", prod="Kế hoạch sản lượng rượu",
        inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí", sum="Hiệu quả")),
    "hf06": dict(captions=dict(
        hist="Sản lượng và doanh thu 2024 – 2026", prod="Kế hoạch sản lượng 2027 – 2029",
        inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu dự kiến", cost="Chi phí dự kiến",
        sum="Lợi nhuận dự kiến", price="Giá bán các loại mắm tôm", channel="Sản lượng 2027 theo kênh",
        raw0="Nguồn moi nguyên liệu", staff="Lao động")),
    "hf07": dict(captions=dict(
        hist="Kết quả kinh doanh 2024 – 2026", price="Giá bán", channel="Kênh tiêu thụ năm 2027",
        raw0="Nấm tươi: nhu cầu và nguồn cung", staff="Lao động", prod="Sản lượng nấm khô",
        inv="Tổng vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí", sum="Hiệu quả kinh tế")),
    "hf08": dict(captions=dict(
        hist="Kết quả 2024 – 2026", price="Giá bán mật ong", channel="Nơi bán năm 2027",
        raw0="Nguồn mật ong thô", staff="Lao động của hộ", prod="Sản lượng mật ong thành phẩm",
        inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí", sum="Lợi nhuận")),
    "hf09": dict(captions=dict(
        hist="Kết quả 2024 – 2026", price="Giá bán kẹo cu đơ", channel="Kênh bán năm 2027",
        raw0="Nguồn lạc nhân", raw1="Nguồn mật mía", staff="Lao động của tổ", prod="Sản lượng kẹo",
        inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí", sum="Hiệu quả kinh tế")),
    "hf10": dict(use_row=False, captions=dict(
        hist="Kết quả sản xuất kinh doanh 2024 – 2026", price="Giá bán miến dong",
        channel="Kênh tiêu thụ năm 2027", raw0="Nguồn tinh bột dong riềng", staff="Lao động",
        prod="Kế hoạch sản lượng", inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu",
        cost="Chi phí", sum="Hiệu quả kinh tế")),
}


def lab(key: str, name: str) -> str:
    return TEXT[key].get("labels", {}).get(name, LAB[name]).format(u=PLANS[key]["unit"])


def _row(label, vals, fmt, tt=None, note=None, note_pos="pre", bold=False):
    if isinstance(fmt, str):
        fmt = [fmt] * len(vals)
    return dict(tt=tt, label=label, vals=list(vals), fmt=fmt, note=note, note_pos=note_pos, bold=bold)


def tables(key: str, m: dict) -> dict[str, list[dict]]:
    """Every numeric table of a full plan as rows: label, values, formats ('i' or 'd1')."""
    P, T = PLANS[key], TEXT[key]
    cap = T["captions"]
    out: dict[str, list[dict]] = {}
    if "hist" in cap:
        out["hist"] = [_row(lab(key, "h_out"), m["h_out"], "i", "1"),
                       _row(lab(key, "h_price"), m["h_price"], "i", "2"),
                       _row(lab(key, "h_rev"), m["h_rev"], "d1", "3"),
                       _row(lab(key, "h_profit"), m["h_profit"], "d1", "4"),
                       _row(lab(key, "h_margin"), m["h_margin"], "d1", "5")]
    if "price" in cap:
        out["price"] = [_row(p[0], m["price"][i], "i", str(i + 1)) for i, p in enumerate(P["products"])]
    if "channel" in cap:
        rows = [_row(c[0], [c[1], c[2]], ["d1", "i"], str(i + 1)) for i, c in enumerate(m["channels"])]
        rows.append(_row(lab(key, "ch_total"), [100.0, m["out"][0]], ["d1", "i"], None, bold=True))
        out["channel"] = rows
    for j, raw in enumerate(P["raws"]):
        if f"raw{j}" not in cap:
            continue
        r = m["raw"][j]
        rows = [_row(lab_, vals, "i", str(i + 1), scale) for i, (lab_, scale, vals) in enumerate(r["rows"])]
        rows.append(_row(lab(key, "sup_total"), r["supply"], "i", None, None, bold=True))
        rows.append(_row(lab(key, "need"), r["need"], "i", None, f"{fm(raw['norm'], 2).rstrip('0').rstrip(',')} {raw['unit']}/{P['unit']}"))
        if T.get("balance", True):
            rows.append(_row(lab(key, "balance"), r["balance"], "i", None, None))
        out[f"raw{j}"] = rows
    if "staff" in cap:
        rows = []
        for i, (role, n, w) in enumerate(P["roles"]):
            if w is None:
                rows.append(_row(role, n, "i", str(i + 1), "khoán", "post"))
            else:
                rows.append(_row(role, list(n) + [w], ["i", "i", "i", "d1"], str(i + 1)))
        rows.append(_row(lab(key, "staff_total"), m["staff"], "i", None, bold=True))
        rows.append(_row(lab(key, "fund"), m["fund"], "d1", None))
        out["staff"] = rows
    if "prod" in cap:
        rows = [_row(f"{p[0]} ({p[1]})", m["packs"][i], "i", str(i + 1)) for i, p in enumerate(P["products"])]
        rows.append(_row(lab(key, "out"), m["out"], "i", None, bold=True))
        rows.append(_row(lab(key, "cap"), [m["cap"]] * 3, "i", None))
        if T.get("use_row", True):
            rows.append(_row(lab(key, "use"), m["use"], "d1", None))
        out["prod"] = rows
    if "inv" in cap:
        rows = [_row(x[0], [x[1]], "d1", str(i + 1)) for i, x in enumerate(P["inv"])]
        rows.append(_row(lab(key, "inv_total"), [m["inv_total_row"]], "d1", None, bold=True))
        out["inv"] = rows
    if "src" in cap:
        rows = [_row(x[0], [x[1], m["src_pct"][i]], "d1", str(i + 1)) for i, x in enumerate(P["src"])]
        rows.append(_row(lab(key, "src_total"), [m["src_total"], 100.0], "d1", None, bold=True))
        out["src"] = rows
    if "rev" in cap:
        rows = [_row(p[0], m["rev_lines"][i], "d1", str(i + 1)) for i, p in enumerate(P["products"])]
        rows.append(_row(lab(key, "rev_total"), m["rev"], "d1", None, bold=True))
        out["rev"] = rows
    if "cost" in cap:
        rows = []
        cl = m["cost_lines"]
        if m["groups"]:
            n = 0
            for gi, (g, vals, ix) in enumerate(m["groups"]):
                rows.append(_row(g, vals, "d1", ["I", "II", "III"][gi], bold=True))
                for i in ix:
                    n += 1
                    rows.append(_row(cl[i][0], cl[i][1], "d1", str(n)))
        else:
            rows = [_row(l, v, "d1", str(i + 1)) for i, (l, v) in enumerate(cl)]
        rows.append(_row(lab(key, "cost_total"), m["cost"], "d1", None, bold=True))
        out["cost"] = rows
    if "sum" in cap:
        out["sum"] = [_row(lab(key, "s_rev"), m["rev"], "d1", "1"),
                      _row(lab(key, "s_cost"), m["cost"], "d1", "2"),
                      _row(lab(key, "s_profit"), m["profit"], "d1", "3", bold=True),
                      _row(lab(key, "s_margin"), m["margin"], "d1", "4")]
    return out


def cell(v: float, f: str) -> str:
    return fi(v) if f == "i" else fm(v, 1)


# the printed cells that differ from the true model (table, row label name or product index, column)
# planted: wrong on purpose (> 5 %); follows: a figure the writer carried on from a planted one
def declared(key: str) -> dict[tuple[str, str, int], str]:
    if key == "hf05":
        p0 = PLANS[key]["products"][0][0]
        return {("rev", p0, 1): "planted", ("rev", lab(key, "rev_total"), 1): "follows",
                ("sum", lab(key, "s_rev"), 1): "follows", ("sum", lab(key, "s_profit"), 1): "follows",
                ("sum", lab(key, "s_margin"), 1): "follows"}
    if key == "hf08":
        return {("inv", lab(key, "inv_total"), 0): "planted"}
    if key == "hf09":
        return {("sum", lab(key, "s_profit"), 0): "planted", ("sum", lab(key, "s_margin"), 0): "follows"}
    return {}


PAYBACK_DECLARED = {"hf05": "follows", "hf07": "planted", "hf09": "follows"}


# --------------------------------------------------------------------------- reading the plans back
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        import yaml

        self.meta = yaml.safe_load(self.text.split("---", 2)[1])
        self.key = stem[:4]


_CAPTION = re.compile(r"^\**\s*(?:Bảng|Biểu)\s+[\d.]+\s*[.:–-]\s*(.+?)\s*\**$")


def md_tables(p: Plan) -> dict[str, list[list[str]]]:
    """Caption text -> the data rows of the table that follows it (cells stripped of bold marks)."""
    out: dict[str, list[list[str]]] = {}
    cur, header_seen = None, False
    for line in p.body.splitlines():
        s = line.strip()
        if m := _CAPTION.match(s):
            cur, header_seen = m.group(1).strip(), False
            out[cur] = []
            continue
        if s.startswith("|") and cur is not None:
            if re.fullmatch(r"\|[\s\-|:]+\|", s):
                continue
            if not header_seen:
                header_seen = True
                continue
            out[cur].append([c.strip().strip("*").strip() for c in s.strip("|").split("|")])
    return out


_NUMCELL = re.compile(r"^-?[\d.]+(,\d+)?$")


def near(a: float, b: float, f: str) -> bool:
    if f == "i":
        return abs(a - b) <= max(1.0, 0.01 * abs(b))
    return abs(a - b) <= 0.11 or close(a, b)


def check_tables(p: Plan) -> None:
    key = p.key
    printed = tables(key, model(key, planted=True))
    true = tables(key, model(key))
    found = md_tables(p)
    for tk, rows in printed.items():
        cap = TEXT[key]["captions"][tk]
        if cap not in found:
            p.failures.append(f"table not found: {cap!r}")
            continue
        md = found[cap]
        p.check(len(md) == len(rows), f"{cap}: {len(md)} rows printed, {len(rows)} in the model")
        for r in rows:
            hits = [c for c in md if r["label"] in c]
            if len(hits) != 1:
                p.failures.append(f"{cap}: row {r['label']!r} found {len(hits)} times")
                continue
            nums = [vn(c) for c in hits[0] if _NUMCELL.match(c)]
            n = len(r["vals"])
            if len(nums) < n:
                p.failures.append(f"{cap}: row {r['label']!r} has {len(nums)} numbers, {n} expected")
                continue
            for got, want, f in zip(nums[-n:], r["vals"], r["fmt"]):
                p.check(near(got, want, f), f"{cap} / {r['label']}: printed {got}, model {want}")
    # every printed cell that is not the true figure must be declared, planted ones wrong by > 5 %
    dec = declared(key)
    seen = set()
    for tk, rows in printed.items():
        for r, t in zip(rows, true[tk]):
            for j, (a, b, f) in enumerate(zip(r["vals"], t["vals"], r["fmt"])):
                if near(a, b, f):
                    continue
                k = (tk, r["label"], j)
                seen.add(k)
                if k not in dec:
                    p.failures.append(f"undeclared wrong cell {k}: printed {a}, true {b}")
                elif dec[k] == "planted":
                    p.check(off(a, b, 5.0), f"planted cell {k} only {a} vs {b}")
    for k in dec:
        p.check(k in seen, f"declared cell {k} is not wrong")


PLANT_WORDS = {
    # the words whose absence makes a textual defect
    "hf05": r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm",
    "hf06": r"môi trường|nước thải|chất thải|mùi|xử lý|(?<!\w)rác|khí thải|ô nhiễm|bể lắng|hố lắng|biogas|vệ sinh|hố thấm",
    "hf07": r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|hợp chuẩn|hợp quy|VietGAP|GMP",
    "hf08": r"nhãn(?! hiệu)|(?<!\w)tem(?!\w)|mã vạch|43/2017|111/2021|(?<!\w)QR(?!\w)",
    "hf09": (r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|cam kết|truy xuất|nhật ký|(?<!\w)QR(?!\w)|mã lô|"
             r"số lô|(?<!\w)lô(?!\w)|kiểm soát|lưu mẫu|(?<!\w)tem(?!\w)|mã vạch|kiểm tra|HACCP|ISO"),
    "hf10": r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|148/QĐ-TTg|1489",
}
READY = ("hf01", "hf02", "hf03", "hf04")
SKETCHY = ("hf11", "hf12")


def check_full(p: Plan) -> None:
    key = p.key
    P, m, t = PLANS[key], model(key), model(key, planted=True)
    check_tables(p)
    # the figures the prose states
    for f in p.meta["expected"]["figures"]:
        p.has(f["text"])
    p.has(P["cap"]["text"], f"khoảng {fm(t['payback'])} năm")
    kind = PAYBACK_DECLARED.get(key)
    if kind == "planted":
        p.check(off(t["payback"], m["payback"], 5.0), f"planted payback {t['payback']} vs true {m['payback']}")
    elif kind == "follows":
        p.check(t["payback"] != m["payback"], "declared knock-on payback equals the true one")
    else:
        p.check(close(t["payback"], m["payback"], 0.001), f"payback {t['payback']} vs {m['payback']}")
    # realism of the true model outside the planted defects
    if key != "hf10":
        p.check(max(m["use"]) <= 85.0, f"capacity use {max(m['use'])} %")
    for j, r in enumerate(m["raw"]):
        if key == "hf05":
            continue
        for y in Y:
            lim = 0.95 if key in READY else 1.0
            p.check(r["need"][y] <= r["supply"][y] * lim, f"raw {j} {YEARS[y]}: need {r['need'][y]} > supply {r['supply'][y]}")
    g = [m["out"][0] / m["h_out"][2] - 1] + [m["out"][y] / m["out"][y - 1] - 1 for y in (1, 2)]
    if key != "hf06":
        p.check(max(g) < 0.2, f"output growth {g}")
        p.check(all(0 < x < 40 for x in m["margin"]), f"margins {m['margin']}")
    p.check(all(0 < x < 15 for x in m["h_margin"]), f"history margins {m['h_margin']}")
    if key != "hf07":
        p.check(m["src_total"] == m["inv_total"], f"sources {m['src_total']} vs investment {m['inv_total']}")
    p.check(sum(c[1] for c in m["channels"]) == 100.0 or not m["channels"], "channel shares")
    # placeholders, district level, instruments
    if key != "hf08":
        p.lacks(PLACEHOLDER, "template placeholder")
    if key != "hf10":
        p.lacks(REPLACED, "replaced instrument or abolished level")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if key in PLANT_WORDS:
        p.lacks(PLANT_WORDS[key], "planted gap")
    if key in READY:
        p.has("43/2017/NĐ-CP", "111/2021/NĐ-CP", "Tiêu chuẩn cơ sở", "thử nghiệm", "nhãn hiệu", "truy xuất",
              "đăng ký môi trường")
        for d_, m_, y_ in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
            p.check(int(y_) >= 2028, f"paper valid only to {d_}/{m_}/{y_}")
            if int(y_) < 2030:
                p.has("cấp lại")
        if key == "hf04":
            p.has("không phải là thực phẩm")
        else:
            p.has("an toàn thực phẩm")
        if key == "hf02":
            p.has("không ghi công dụng chữa bệnh")
    # the planted defects that are no table cell
    if key == "hf05":
        r = m["raw"][0]
        p.check(r["need"][0] <= r["supply"][0], "hf05 2027 need within supply")
        p.check(off(r["need"][1], r["supply"][1]) and r["need"][1] > r["supply"][1], "hf05 2028 shortfall")
        p.check(off(r["need"][2], r["supply"][2]) and r["need"][2] > r["supply"][2], "hf05 2029 shortfall")
        p.check(lab(key, "balance") not in p.body, "hf05 has a balance row")
        p.has("bảo đảm đủ cho kế hoạch sản xuất cả giai đoạn", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
              "QCVN 6-3:2010/BYT", "nhãn hiệu", "đăng ký môi trường")
    if key == "hf06":
        p.check(g[1] > 0.5 and g[2] > 0.5, f"hf06 growth {g}")
        hg = [m["h_out"][y] / m["h_out"][y - 1] - 1 for y in (1, 2)]
        p.check(max(hg) < 0.12, f"hf06 history growth {hg}")
        p.check(len(set(m["staff"])) == 1, "hf06 staff changes")
        p.has("giữ nguyên", "nhà xưởng hiện có 600 m²", "Nhà xưởng hiện có 450 m²", "Hiệu quả xã hội")
        p.check(off(600, 450), "hf06 areas")
    if key == "hf07":
        p.check(off(m["src_total"], m["inv_total"]), "hf07 sources vs investment")
        p.has("Nguồn vốn trên bảo đảm đủ cho tổng vốn đầu tư", "an toàn thực phẩm", "43/2017/NĐ-CP")
        p.check(bool(re.search("nhãn hiệu", p.body, re.I)), "hf07 trademark")
    if key == "hf08":
        p.check(bool(re.search(PLACEHOLDER, p.body)), "hf08 placeholder")
        p.has("[tên sản phẩm]", "Website: ……", "Tổng vốn đầu tư 600 triệu đồng", "an toàn thực phẩm",
              "Tiêu chuẩn cơ sở", "nhãn hiệu")
    if key == "hf09":
        p.has("3 sao", "Tiêu chuẩn cơ sở", "thử nghiệm", "43/2017/NĐ-CP", "đăng ký môi trường")
        p.check(bool(re.search("nhãn hiệu", p.body, re.I)), "hf09 trademark")
    if key == "hf10":
        c = m["cap"]
        p.check(m["out"][0] <= c, "hf10 2027 within capacity")
        p.check(off(m["out"][1], c) and m["out"][1] > c, "hf10 2028 over capacity")
        p.check(off(m["out"][2], c) and m["out"][2] > c, "hf10 2029 over capacity")
        p.check(not any("máy" in x[0].lower() or "dây chuyền" in x[0].lower() for x in P["inv"]), "hf10 buys a machine")
        p.check(len(set(m["staff"])) == 1, "hf10 staff changes")
        p.check(lab(key, "use") not in p.body, "hf10 prints a use row")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện", "cấp huyện",
              "không cần đầu tư thêm máy móc", "an toàn thực phẩm", "Tiêu chuẩn cơ sở")


def check_sketchy(p: Plan) -> None:
    n = len(re.findall(r"\w+", p.body))
    p.check(150 <= n <= 350, f"{n} words")
    p.check(not p.rows, "a sketchy plan has a table")
    for f in p.meta["expected"]["figures"]:
        p.has(f["text"])
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(REPLACED, "replaced instrument or abolished level")
    p.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn|truy xuất|môi trường", "a paper the sketchy plan lacks")
    if p.key == "hf11":
        p.lacks(r"Giấy chứng nhận", "registration of an unregistered family")
        p.has("chưa đăng ký kinh doanh")
    if p.key == "hf12":
        p.has("Giấy chứng nhận đăng ký hộ kinh doanh")


def stems() -> list[str]:
    return sorted(f.stem for f in (HERE / "src").glob("hf*.md"))


def main(argv=None) -> int:
    want = list(argv or [])
    plans = []
    for stem in stems():
        if want and not any(stem.startswith(w) for w in want):
            continue
        p = Plan(stem)
        v = p.meta["expected"]["verdict"]
        if v == "sketchy":
            check_sketchy(p)
        else:
            check_full(p)
        exp = HERE / "expected" / f"{stem}.yml"
        p.check(exp.exists(), f"missing {exp.name}")
        n_rules = len(p.meta["expected"]["rules"])
        p.check(n_rules == (3 if v == "revise" else 0), f"{n_rules} planted rules")
        plans.append(p)
    if not want:
        rules = [r for p in plans for r in p.meta["expected"]["rules"]]
        if len(rules) != len(set(rules)) or len(rules) != 18:
            print(f"FAIL set: {len(rules)} planted rules, {len(set(rules))} different")
            return 1
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
