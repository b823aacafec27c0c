"""Holdout set 221: every number of the twelve plans recomputed from constants.

Theme: plans that quote other people's numbers beside their own (the province's and the commune's
area and output, the village's households, competitors' prices and outputs, a buyer's yearly
purchases of which the producer supplies a part, a supplier's harvest of which the producer buys a
part, survey counts, the province's OCOP counts and targets).

`model(k)` turns the constants of plan k into every figure its tables print (the true values);
`printed(k)` is the same with the planted numeric defects put in; `tables(k)` lays every table out
cell by cell (the generator in /tmp writes the plans' Markdown from it, so every cell is computed).
The checks read each table back from the plan's source by its caption and compare every numeric
cell with the recomputed value: a planted cell must be wrong by more than 5 % (the true value is
computed beside it), every other cell right within 1 % (or half a unit of its last printed digit).
Independently of the layout they recompute from the numbers as read: revenue = quantity x price,
every total, profit = revenue - cost, sources = investment, shares of the province / commune /
buyer columns, survey percentages, need vs supply of raw material, output vs rated capacity, and
the payback. Textual defects are asserted by the presence or absence of their words. Sketchy
plans: 150-350 words, no table.

    .venv/bin/python tests/holdout221/arithmetic.py [hn01 hn05 ...]
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
HIST = (2024, 2025, 2026)
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")


def fnum(x: float, d: int = 0) -> str:
    """Vietnamese number: 1234567.8 -> '1.234.567,8'."""
    s = f"{x:,.{d}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def P(label, pack, size, price, qty, pcost):
    return dict(label=label, pack=pack, size=size, price=price, qty=qty, pcost=pcost)


# --------------------------------------------------------------------------- constants
# products: label, pack word, size in the base unit, price đ/pack per year, packs per year, pack cost đ
# raws: label, unit, norm per base unit (or per product), price đ per raw unit, supply rows (label, amounts)
# cap: rating per day (base unit), days, products it binds (None = all)
# roles: (role, staff per year); wage: triệu đồng/month per year; energy: đ per base unit
# inv: (item, triệu, fixed asset?); src: (source, triệu); loan: balance per year; sell/other: triệu per year
# tax: share of revenue; hist: 2024-2026 output, average price đ per base unit, total cost triệu
PLANS: dict[str, dict] = {
    "hn01": dict(
        unit="kg", disp=("tấn", 1000, 1),
        products=[P("Bưởi loại 1, hộp quà 2 quả (3 kg)", "hộp", 3, [135000, 140000, 145000], [8000, 9000, 10000], 18000),
                  P("Bưởi loại 1, thùng 10 kg", "thùng", 10, [380000, 390000, 400000], [8000, 8800, 9600], 14000),
                  P("Bưởi loại 2, thùng 20 kg", "thùng", 20, [460000, 470000, 480000], [5000, 5400, 5800], 16000)],
        raws=[dict(label="Quả bưởi tươi mua của thành viên", unit="kg", norm=1.1, price=19000,
                   rows=[("Lượng quả HTX thu mua (60 % sản lượng vườn liên kết)", [252000, 264600, 283500])])],
        cap=dict(rating=2000, days=150, idx=None),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Thu mua, phân loại, đóng gói", [4, 5, 5]),
               ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1], energy=300,
        inv=[("Nhà sơ chế, đóng gói và kho mát 150 m²", 650, True),
             ("Dây chuyền rửa, phân loại, phủ màng 2 tấn/ngày", 420, True),
             ("Xe tải thùng kín 1,5 tấn", 380, True),
             ("Bao bì, tem truy xuất QR", 50, False),
             ("Gia hạn VietGAP, kiểm nghiệm", 40, False),
             ("Vốn lưu động", 460, False)],
        src=[("Quỹ đầu tư phát triển của HTX", 700), ("Vốn góp bổ sung của thành viên", 500),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 600, 400], rate=0.08, sell=[180, 190, 200], other=[60, 60, 65], tax=0.015,
        hist=dict(out=[150000, 168000, 185000], price=[26000, 27500, 29000], cost=[3560, 4180, 4830])),
    "hn02": dict(
        unit="kg", disp=("kg", 1, 0),
        products=[P("Trà cà gai leo túi lọc, hộp 20 túi × 2 g", "hộp", 0.04, [36000, 37000, 38000], [30000, 34000, 38000], 8000),
                  P("Cà gai leo khô thái lát, túi 500 g", "túi", 0.5, [115000, 120000, 125000], [3000, 3300, 3600], 4000),
                  P("Cà gai leo khô, túi 1 kg", "túi", 1, [210000, 215000, 220000], [600, 700, 800], 5000)],
        raws=[dict(label="Cây cà gai leo tươi", unit="kg", norm=4.5, price=14000,
                   rows=[("Vườn của hộ: 1,2 ha × 9.000 kg/ha", [10800, 10800, 10800]),
                         ("HTX Dược liệu Thiên Lộc (theo hợp đồng)", [10000, 12000, 14000])])],
        cap=dict(rating=25, days=250, idx=None),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Sơ chế, sấy, nghiền", [3, 3, 4]),
               ("Đóng túi lọc, đóng hộp, bán hàng", [3, 4, 4])],
        wage=[5.0, 5.3, 5.6], energy=6000,
        inv=[("Máy sấy bơm nhiệt 25 kg khô/ngày", 220, True),
             ("Máy nghiền, máy đóng túi lọc tự động", 280, True),
             ("Cải tạo phòng chế biến một chiều 50 m²", 150, True),
             ("Bao bì, tem QR, kiểm nghiệm", 40, False),
             ("Vốn lưu động", 160, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 350)],
        life=10, loan=[350, 250, 150], rate=0.08, sell=[180, 190, 200], other=[40, 40, 45], tax=0.015,
        hist=dict(out=[2300, 2650, 3000], price=[420000, 440000, 460000], cost=[780, 930, 1100])),
    "hn03": dict(
        unit="sản phẩm", disp=("sản phẩm", 1, 0),
        products=[P("Khay trà gỗ mít chạm hoa sen", "chiếc", 1, [850000, 880000, 910000], [1500, 1650, 1800], 25000),
                  P("Hộp gỗ đựng quà lưu niệm", "chiếc", 1, [280000, 290000, 300000], [4000, 4400, 4800], 12000),
                  P("Lục bình gỗ mít cao 60 cm", "chiếc", 1, [1500000, 1550000, 1600000], [300, 330, 360], 60000)],
        raws=[dict(label="Gỗ xẻ rừng trồng và gỗ mít", unit="m³", norm=[0.012, 0.004, 0.05], price=12000000,
                   rows=[("Công ty TNHH Lâm nghiệp Ngàn Trươi (hợp đồng)", [45, 50, 55]),
                         ("Gỗ mít vườn hộ trong xã", [12, 12, 12])])],
        cap=dict(rating=28, days=290, idx=None),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Xẻ, phay CNC", [3, 3, 3]),
               ("Chạm khắc, hoàn thiện", [6, 7, 7]), ("Sơn, đóng gói, bán hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1], energy=15000,
        inv=[("Nhà xưởng 300 m² và kho gỗ", 700, True),
             ("Máy phay CNC 4 đầu, máy cưa, bào", 600, True),
             ("Hệ thống hút bụi và buồng sơn màng nước", 250, True),
             ("Lò sấy gỗ 6 m³/mẻ", 150, True),
             ("Mẫu mã, thẻ treo, đăng ký nhãn hiệu", 60, False),
             ("Vốn lưu động", 240, False)],
        src=[("Vốn góp của tổ viên", 800), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1200)],
        life=10, loan=[1200, 900, 600], rate=0.066, sell=[120, 130, 140], other=[60, 60, 65], tax=0.015,
        hist=dict(out=[4300, 4700, 5200], price=[440000, 455000, 470000], cost=[1720, 1900, 2110])),
    "hn04": dict(
        unit="lượt khách", disp=("lượt khách", 1, 0),
        products=[P("Tham quan, trải nghiệm trong ngày", "lượt", 1, [280000, 290000, 300000], [9000, 10000, 11000], 15000),
                  P("Lưu trú 2 ngày 1 đêm", "lượt", 1, [950000, 980000, 1010000], [2200, 2500, 2800], 40000),
                  P("Đoàn học sinh nửa ngày", "lượt", 1, [120000, 125000, 130000], [4000, 4400, 4800], 8000)],
        raws=[dict(label="Rau, gà, cá, gạo cho bữa ăn", unit="kg", norm=[0.6, 1.8, 0.2], price=60000,
                   rows=[("18 hộ cung ứng theo hợp đồng", [12000, 13500, 15000])])],
        cap=dict(rating=28, days=300, idx=[1]),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Hướng dẫn viên", [5, 5, 6]),
               ("Lễ tân, buồng phòng", [6, 6, 7]), ("Bếp, phục vụ", [7, 8, 8])],
        wage=[6.0, 6.3, 6.6], energy=25000,
        inv=[("14 phòng nghỉ nhà sàn gỗ", 1800, True), ("Nhà ăn 120 chỗ, bếp một chiều", 900, True),
             ("Đường dạo, chòi nghỉ, bãi đỗ xe", 600, True),
             ("Xử lý nước thải, điểm tập kết rác", 250, True),
             ("Trang thiết bị phòng, xe điện 8 chỗ", 450, True),
             ("Nhận diện, website, đăng ký nhãn hiệu", 100, False), ("Vốn lưu động", 400, False)],
        src=[("Vốn góp của cổ đông", 2500), ("Vay Ngân hàng thương mại", 2000)],
        life=10, loan=[2000, 1600, 1200], rate=0.09, sell=[380, 400, 420], other=[320, 330, 340], tax=0.015,
        hist=dict(out=[9800, 11500, 13200], price=[270000, 285000, 300000], cost=[2250, 2780, 3300])),
    "hn05": dict(
        unit="lít", disp=("lít", 1, 0),
        products=[P("Rượu nếp 35 độ, chai 500 ml", "chai", 0.5, [85000, 88000, 91000], [24000, 27000, 30000], 14000),
                  P("Rượu nếp, bình sứ 1,5 lít", "bình", 1.5, [260000, 270000, 280000], [3000, 3400, 3800], 55000),
                  P("Rượu nếp 35 độ, can 10 lít", "can", 10, [700000, 720000, 740000], [900, 950, 1000], 15000)],
        raws=[dict(label="Gạo nếp cái", unit="kg", norm=1.25, price=28000,
                   rows=[("Gạo nếp của thành viên", [7000, 7000, 7000]),
                         ("Mua của HTX Nông nghiệp Tùng Lộc 2", [22000, 22000, 22000])])],
        cap=dict(rating=150, days=280, idx=None),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Lọc, hạ thổ, chiết chai", [2, 3, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[5.8, 6.1, 6.4], energy=4000,
        inv=[("Nhà ủ, hạ thổ rượu 80 m²", 280, True), ("Hệ thống lọc, khử andehit, chiết rót", 320, True),
             ("Nồi chưng cất inox thứ ba", 90, True), ("Hầm biogas, chuồng nuôi lợn bằng bỗng rượu", 110, True),
             ("Bao bì, nhãn, tem truy xuất", 60, False), ("Vốn lưu động", 340, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của HTX", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, sell=[200, 210, 220], other=[80, 80, 85], tax=0.015,
        hist=dict(out=[20500, 22300, 23800], price=[120000, 125000, 130000], cost=[2150, 2430, 2690])),
    "hn06": dict(
        unit="kg", disp=("kg", 1, 0),
        products=[P("Tinh bột sắn dây, túi 500 g", "túi", 0.5, [95000, 98000, 100000], [8000, 9000, 10000], 4000),
                  P("Tinh bột sắn dây, hũ 1 kg", "hũ", 1, [180000, 185000, 190000], [2500, 2800, 3000], 9000),
                  P("Tinh bột sắn dây, bao 5 kg", "bao", 5, [800000, 820000, 840000], [300, 340, 380], 6000)],
        raws=[dict(label="Củ sắn dây tươi", unit="kg", norm=7, price=5000,
                   rows=[("Ruộng của 14 tổ viên: 6 ha × 12.000 kg/ha", [72000, 72000, 72000]),
                         ("10 hộ liên kết thôn Thành Vân", [10000, 10000, 10000])])],
        cap=dict(rating=60, days=200, idx=None),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Đào, rửa, xay, lọc", [4, 5, 5]),
               ("Phơi sấy, đóng gói, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.2, 5.4], energy=4000,
        inv=[("Máy rửa, máy xay củ", 180, True), ("Bể gạn tinh bột inox", 160, True),
             ("Nhà sấy, phòng đóng gói 80 m²", 220, True), ("Máy sấy tinh bột", 140, True),
             ("Bao bì, tem QR, kiểm nghiệm", 40, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=10, loan=[400, 300, 200], rate=0.066, sell=[80, 90, 100], other=[40, 40, 45], tax=0.015,
        hist=dict(out=[6200, 6800, 7300], price=[150000, 155000, 160000], cost=[760, 850, 930])),
    "hn07": dict(
        unit="kg", disp=("kg", 1, 0),
        products=[P("Nhung hươu sấy thái lát, hộp 100 g", "hộp", 0.1, [4200000, 4300000, 4400000], [500, 1100, 1900], 45000),
                  P("Bột nhung hươu, lọ 50 g", "lọ", 0.05, [2300000, 2350000, 2400000], [400, 900, 1600], 20000),
                  P("Nhung hươu sấy nguyên cành", "kg", 1, [36000000, 37000000, 38000000], [20, 40, 60], 50000)],
        raws=[dict(label="Nhung hươu tươi", unit="kg", norm=2.8, price=8000000,
                   rows=[("Đàn hươu của công ty: 48 con đực × 1,1 kg", [52.8, 52.8, 52.8]),
                         ("Hộ liên kết trong xã (6 kg/hộ)", [240, 540, 930])])],
        cap=dict(rating=3, days=200, idx=None),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Chăm sóc hươu, cắt nhung", [4, 4, 4]),
               ("Sấy, thái, đóng hộp, bán hàng", [2, 2, 2])],
        wage=[7.0, 7.3, 7.6], energy=200000,
        inv=[("Chuồng nuôi và khu cắt nhung", 900, True), ("Nâng cấp lò sấy, máy thái, máy nghiền", 700, True),
             ("Showroom và kho lạnh", 450, True), ("Bao bì, tem QR, nhãn hiệu", 150, False),
             ("Vốn lưu động", 800, False)],
        src=[("Vốn góp của cổ đông", 1200), ("Lợi nhuận giữ lại", 600), ("Vay Ngân hàng thương mại", 800)],
        life=10, loan=[800, 650, 500], rate=0.08, sell=[150, 160, 170], other=[80, 80, 85], tax=0.015,
        hist=dict(out=[68, 74, 80], price=[38000000, 39000000, 40000000], cost=[2250, 2500, 2780])),
    "hn08": dict(
        unit="kg", disp=("kg", 1, 0),
        products=[P("Mật ong hoa rừng, chai 500 ml (0,7 kg)", "chai", 0.7, [210000, 220000, 230000], [4000, 4400, 4800], 9000),
                  P("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [230000, 240000, 250000], [1500, 1700, 1900], 12000),
                  P("Mật ong hoa keo, can 5 kg", "can", 5, [1050000, 1100000, 1150000], [300, 320, 340], 20000)],
        raws=[dict(label="Mật ong thô", unit="kg", norm=1.06, price=120000,
                   rows=[("Đàn ong của hộ (15 kg/đàn)", [2400, 2625, 2850]),
                         ("Hộ nuôi ong liên kết (350 kg/hộ)", [4200, 4900, 5600])])],
        cap=dict(rating=60, days=150, idx=None),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Chăm sóc ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [2, 2, 3])],
        wage=[5.5, 5.8, 6.1], energy=2000,
        inv=[("Máy hạ thủy phần 30 kg/mẻ", 180, True), ("Máy quay mật, bồn lắng inox", 120, True),
             ("Bổ sung 30 thùng ong và đàn giống", 150, True), ("Phòng lọc, đóng chai 40 m²", 150, True),
             ("Chai, hũ, nhãn, kiểm nghiệm", 40, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=8, loan=[400, 300, 200], rate=0.066, sell=[60, 65, 70], other=[25, 25, 30], tax=0.015,
        hist=dict(out=[4600, 5000, 5400], price=[230000, 235000, 240000], cost=[930, 1020, 1110])),
    "hn09": dict(
        unit="kg", disp=("kg", 1, 0),
        products=[P("Chè búp đặc biệt, hộp 200 g", "hộp", 0.2, [60000, 62000, 64000], [14000, 16500, 18000], 8000),
                  P("Chè búp loại 1, túi 500 g", "túi", 0.5, [110000, 113000, 116000], [7000, 9000, 10000], 4000),
                  P("Chè xanh khô, bao 2 kg", "bao", 2, [360000, 370000, 380000], [2000, 2400, 2800], 6000)],
        raws=[dict(label="Búp chè tươi", unit="kg", norm=4.5, price=15000,
                   rows=[("30 % sản lượng búp của 36 ha vườn thành viên", [86400, 86400, 86400])])],
        cap=dict(rating=46, days=250, idx=None),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Sao, vò, sấy chè", [6, 6, 7]),
               ("Phân loại, đóng gói", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1], energy=9000,
        inv=[("Cải tạo xưởng chế biến", 300, True), ("Máy phân loại, máy hút chân không", 200, True),
             ("Bao bì, tem QR", 60, False), ("Vốn lưu động", 240, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.08, sell=[120, 130, 140], other=[50, 50, 55], tax=0.015,
        hist=dict(out=[8200, 8900, 9500], price=[190000, 195000, 200000], cost=[1380, 1500, 1630])),
    "hn10": dict(
        unit="chiếc", disp=("chiếc", 1, 0),
        products=[P("Bánh ram chiên sẵn, hộp 10 chiếc", "hộp", 10, [50000, 52000, 54000], [30000, 34000, 38000], 4000),
                  P("Bánh ram cấp đông, túi 20 chiếc", "túi", 20, [70000, 72000, 75000], [15000, 17000, 19000], 3000),
                  P("Bánh ram cấp đông, thùng 100 chiếc", "thùng", 100, [320000, 330000, 340000], [1200, 1400, 1600], 12000)],
        raws=[dict(label="Gạo nếp", unit="kg", norm=0.018, price=28000,
                   rows=[("HTX Nông nghiệp Thạch Kênh (hợp đồng)", [15000, 16000, 18000])]),
              dict(label="Đậu xanh", unit="kg", norm=0.008, price=45000,
                   rows=[("30 hộ trồng đậu trong xã (hợp đồng)", [6500, 7200, 8000])])],
        cap=dict(rating=3600, days=300, idx=None),
        roles=[("Giám đốc, kế toán, kho", [3, 3, 3]), ("Xay bột, làm nhân, nặn bánh", [6, 7, 7]),
               ("Chiên, cấp đông, đóng gói", [3, 3, 4]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=600,
        inv=[("Máy xay bột, máy trộn, máy viên bánh", 500, True), ("Tủ cấp đông, kho lạnh 20 m³", 350, True),
             ("Bếp chiên, máy thấm dầu, máy hút chân không", 250, True),
             ("Bao bì, hộp, túi", 60, False), ("Vốn lưu động", 340, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=[150, 160, 170], other=[60, 60, 65], tax=0.015,
        hist=dict(out=[520000, 580000, 640000], price=[3300, 3400, 3500], cost=[1560, 1760, 1990])),
}

COST_LABELS = dict(raw="Nguyên liệu", pack="Bao bì", labour="Nhân công", energy="Điện, nước, nhiên liệu",
                   dep="Khấu hao tài sản cố định", interest="Lãi vay", sell="Bán hàng, quảng bá",
                   tax="Thuế, phí", other="Chi phí khác")
COST_KEYS = list(COST_LABELS)
CUSTOM_COST_LABELS = {
    "hn01": dict(raw="Quả bưởi thu mua", pack="Hộp quà, thùng carton"),
    "hn02": dict(raw="Cà gai leo tươi", pack="Túi lọc, hộp, túi"),
    "hn03": dict(raw="Gỗ nguyên liệu", pack="Hộp, thẻ treo, chèn xốp", energy="Điện, sơn, giấy nhám"),
    "hn04": dict(raw="Thực phẩm cho bữa ăn", pack="Vật tư phục vụ khách", energy="Điện, nước, gas"),
    "hn05": dict(raw="Gạo nếp, men lá", pack="Chai, bình sứ, can", energy="Củi, điện, nước"),
    "hn06": dict(raw="Củ sắn dây tươi", pack="Túi, hũ, bao"),
    "hn07": dict(raw="Nhung hươu tươi", pack="Hộp, lọ, tem", energy="Điện sấy, thức ăn bổ sung"),
    "hn08": dict(raw="Mật ong thô", pack="Chai, hũ, can"),
    "hn09": dict(raw="Búp chè tươi", pack="Hộp, túi, bao", energy="Củi, điện", sell="Chi phí tiêu thụ, quảng bá"),
    "hn10": dict(raw="Gạo nếp, đậu xanh", pack="Hộp, túi, thùng", energy="Dầu chiên, gas, điện"),
}


def cost_label(k: str, key: str) -> str:
    return CUSTOM_COST_LABELS.get(k, {}).get(key, COST_LABELS[key])


# --------------------------------------------------------------------------- planted numeric defects
# what the plan prints instead of the true value (the rest of the plan is consistent with the truth
# or, where a knock-on follows the wrong figure, says so in the note). The other numeric defects lie
# in the constants themselves and are asserted in the checks: hn05's rice supply (29.000 kg) short
# of its need, hn07's sources (2.600) short of its investment (3.000) and its output growth, hn08's
# hive count stated as 200 in the producer part, hn09's output above its lines' capacity.
PLANTED: dict[str, dict] = {
    "hn05": dict(rev_line={(0, 1): 2736.0}),          # 27.000 chai × 88.000 đ = 2.376,0 (+15,2 %); the total follows
    "hn06": dict(cost_total={1: 1110.0}),             # 2028 cost lines add up to 1.220,8 (−9,1 %); summary keeps the true total
    "hn08": dict(payback=1.8),                        # true 900 : (avg profit + depreciation) = 2,7 years
    "hn09": dict(profit={1: 870.0}),                  # 2028 profit: 2.928,0 − 2.201,8 = 726,2 (+19,8 %); margin follows
}


def model(k: str) -> dict:
    """Every figure of plan k's tables, true values."""
    p = PLANS[k]
    prods = p["products"]
    m: dict = {}
    m["qty"] = [pr["qty"] for pr in prods]
    m["price"] = [pr["price"] for pr in prods]
    m["rev_lines"] = [[pr["qty"][y] * pr["price"][y] / 1e6 for y in Y] for pr in prods]
    m["rev"] = [sum(line[y] for line in m["rev_lines"]) for y in Y]
    m["out"] = [sum(pr["qty"][y] * pr["size"] for pr in prods) for y in Y]
    raws = []
    for r in p["raws"]:
        if isinstance(r["norm"], list):
            need = [sum(pr["qty"][y] * pr["size"] * r["norm"][i] for i, pr in enumerate(prods)) for y in Y]
        else:
            need = [m["out"][y] * r["norm"] for y in Y]
        sup = [sum(row[1][y] for row in r["rows"]) for y in Y]
        raws.append(dict(need=need, sup=sup, spare=[sup[y] - need[y] for y in Y],
                         cost=[need[y] * r["price"] / 1e6 for y in Y]))
    m["raws"] = raws
    cost = {}
    cost["raw"] = [sum(r["cost"][y] for r in raws) for y in Y]
    cost["pack"] = [sum(pr["qty"][y] * pr["pcost"] for pr in prods) / 1e6 for y in Y]
    m["staff"] = [sum(n[y] for _, n in p["roles"]) for y in Y]
    m["wage"] = p["wage"]
    cost["labour"] = [m["staff"][y] * p["wage"][y] * 12 for y in Y]
    cost["energy"] = [m["out"][y] * p["energy"] / 1e6 for y in Y]
    m["fixed"] = sum(v for _, v, f in p["inv"] if f)
    m["inv"] = sum(v for _, v, _f in p["inv"])
    m["src"] = sum(v for _, v in p["src"])
    m["src_share"] = [v / m["src"] * 100 for _, v in p["src"]]
    m["dep"] = m["fixed"] / p["life"]
    cost["dep"] = [m["dep"]] * 3
    cost["interest"] = [p["loan"][y] * p["rate"] for y in Y]
    cost["sell"] = list(p["sell"])
    cost["tax"] = [m["rev"][y] * p["tax"] for y in Y]
    cost["other"] = list(p["other"])
    m["cost_lines"] = cost
    m["cost"] = [sum(cost[c][y] for c in COST_KEYS) for y in Y]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
    m["payback"] = m["inv"] / (sum(m["profit"]) / 3 + m["dep"])
    c = p["cap"]
    m["cap"] = c["rating"] * c["days"]
    m["cap_out"] = [sum(pr["qty"][y] * pr["size"] for i, pr in enumerate(prods)
                        if c["idx"] is None or i in c["idx"]) for y in Y]
    m["use"] = [m["cap_out"][y] / m["cap"] * 100 for y in Y]
    h = p["hist"]
    m["hout"], m["hprice"], m["hcost"] = h["out"], h["price"], h["cost"]
    m["hrev"] = [h["out"][i] * h["price"][i] / 1e6 for i in range(3)]
    m["hprofit"] = [m["hrev"][i] - h["cost"][i] for i in range(3)]
    return m


def printed(k: str) -> dict:
    """model(k) with the planted numeric defects as the plan prints them (and the knock-ons that
    follow them on purpose)."""
    m = model(k)
    pl = PLANTED.get(k, {})
    m = {**m, "rev_lines": [list(x) for x in m["rev_lines"]], "rev": list(m["rev"]),
         "cost_total": list(m["cost"]), "profit": list(m["profit"]), "margin": list(m["margin"]),
         "cost": list(m["cost"])}
    for (i, y), v in pl.get("rev_line", {}).items():
        m["rev_lines"][i][y] = v
        m["rev"][y] = sum(line[y] for line in m["rev_lines"])          # the total follows the line
        m["profit"][y] = m["rev"][y] - m["cost"][y]                      # and so does the summary
        m["margin"][y] = m["profit"][y] / m["rev"][y] * 100
    for y, v in pl.get("cost_total", {}).items():
        m["cost_total"][y] = v                                           # only the cost table's total row
    for y, v in pl.get("profit", {}).items():
        m["profit"][y] = v
        m["margin"][y] = v / m["rev"][y] * 100                           # the margin row follows
    # the payback the plan computes: investment / (average printed profit + depreciation)
    m["payback"] = pl.get("payback", m["inv"] / (sum(m["profit"]) / 3 + m["dep"]))
    return m


# --------------------------------------------------------------------------- theme facts
# the other people's numbers each plan quotes, and how they tie to the plan's own
THEME: dict[str, dict] = {
    "hn01": dict(
        area=dict(tinh=[5480, 4150, 41500, 610, None], xa=[320, 285, 3150, 120, 410], htx=[45, 40, 420, 45, 38],
                  labels=["Diện tích bưởi (ha)", "Diện tích cho quả (ha)", "Sản lượng quả (tấn)",
                          "Diện tích VietGAP (ha)", "Số hộ trồng bưởi (hộ)"]),
        xa_out=[2850, 3000, 3150], trader_price=[17000, 18000, 19000],
        comp=[("Thương lái thu gom bưởi trong xã", 19000, 2100), ("HTX Bưởi Hương Trạch (OCOP 3 sao)", 32000, 260),
              ("Tổ hợp tác bưởi Lộc Yên", 30000, 90), ("Bưởi Diễn tại chợ thành phố Hà Tĩnh", 38000, None),
              ("Bưởi da xanh tại siêu thị", 42000, None)],
        buyers=[("Công ty CP Nông sản sạch Hồng Lam", 600, 60), ("Siêu thị Sao Việt Hà Tĩnh", 150, 24),
                ("Đại lý trái cây Minh Thư (Hà Nội)", 900, 70), ("Bán lẻ tại HTX, cửa hàng OCOP, trực tuyến", None, 50)],
        bearing=[40, 42, 45], yield_=10.5, share=0.6,
        survey=(200, [("sẵn sàng trả cao hơn cho quả có tem truy xuất", 148), ("mua bưởi làm quà Tết", 122)]),
        ocop=dict(tinh=312, buoi=14, target=40)),
    "hn02": dict(
        area=dict(tinh=[210, 2300, 17, 9], xa=[48, 520, 5, 2], co_so=[1.2, 10.8, 1, 0],
                  labels=["Diện tích trồng (ha)", "Sản lượng cây tươi (tấn)", "Cơ sở chế biến (cơ sở)",
                          "Sản phẩm OCOP (sản phẩm)"]),
        supplier=dict(harvest=160),
        comp=[("Trà túi lọc HTX Dược liệu Hồng Lộc", "hộp 25 túi × 2 g", 0.05, 42000, 25000),
              ("Trà túi lọc Công ty Thảo dược Xuân An", "hộp 20 túi × 2,5 g", 0.05, 48000, 60000),
              ("Cà gai leo khô của tư thương tại chợ", "túi 1 kg", 1, 150000, None)],
        channels=[("Chuỗi nhà thuốc Minh Tâm (9 nhà thuốc)", [6000, 7000, 8000]),
                  ("Cửa hàng OCOP, đặc sản (12 điểm)", [9000, 10000, 11000]),
                  ("Sàn thương mại điện tử, trang bán hàng", [8000, 9500, 11000]),
                  ("Bán tại cơ sở, hội chợ", [7000, 7500, 8000])],
        buyer_total=40000,
        survey=(150, [("đã từng dùng trà cà gai leo", 96), ("chọn hộp nhỏ 20 túi", 63),
                      ("quan tâm đến tem truy xuất nguồn gốc", 111)]),
        ocop=dict(tinh_herbal=27)),
    "hn03": dict(
        village=dict(labels=["Số hộ tham gia (hộ)", "Lao động (người)", "Sản phẩm mỹ nghệ (chiếc)",
                             "Giá trị hàng mỹ nghệ (triệu đồng)"],
                     lang=[186, 1150, 48000, 22000], tht=[9, 13, 5200, 2444]),
        village_total_value=96,
        comp=[("Xưởng mộc Đức Hòa (trong làng)", 780000, 250000, 3500),
              ("Cơ sở mỹ nghệ Quang Trung (Nghệ An)", 950000, 320000, 8000),
              ("Hàng gỗ ép công nghiệp tại chợ", 350000, 120000, None)],
        channels=[("Công ty CP Nội thất Lam Hồng", [500, 1800, 0]),
                  ("Đại lý quà tặng Hương Sơn", [0, 1200, 0]),
                  ("Phòng trưng bày, khách du lịch", [400, 400, 180]),
                  ("Cửa hàng OCOP, trực tuyến", [600, 600, 120])],
        buyer_total=12000,
        supplier=dict(harvest=2400),
        ocop=dict(tinh_craft=11)),
    "hn04": dict(
        arrivals=dict(tinh=[4100, 4650, 5200], xa=[31000, 38000, 46000]),
        comp=[("Làng du lịch Khe Tre", 850000, 250000, 9500), ("Khu sinh thái Suối Mọc", 1100000, 320000, 21000),
              ("Homestay Đồi Thông Xanh", 750000, 200000, 6000)],
        survey=(240, [("Muốn ở lại qua đêm", 132), ("Sẵn sàng chi trên 800.000 đồng cho gói 2N1Đ", 96),
                      ("Biết đến điểm qua mạng xã hội", 156), ("Đi theo nhóm gia đình", 108)]),
        channels=[("Lữ hành Hồng Lam", [2500, 2800, 3100]), ("Lữ hành Xanh Việt", [1800, 2000, 2200]),
                  ("Trường học (đoàn học sinh)", [4000, 4400, 4800]),
                  ("Khách tự đến, đặt qua website", [6900, 7700, 8500])],
        agency_total=18000, village=dict(ho=146, supply=18, food=210), rooms=14),
    "hn05": dict(
        xa=dict(ho=[142, 135, 128], out=[210000, 205000, 198000]),
        supplier=dict(harvest=850),
        comp=[("Rượu nếp Đồng Môn (OCOP 3 sao)", 160000, 30000), ("Rượu nếp sim Kỳ Phong", 180000, 18000),
              ("Rượu nấu thủ công trong xã (bán can)", 60000, None)],
        buyers=[("Chuỗi nhà hàng Lam Giang (4 nhà hàng)", 9000, 3000), ("Đại lý đồ uống Hưng Phát", 40000, 4500)],
        ocop=dict(tinh_ruou=12)),
    "hn06": dict(
        xa=dict(labels=["Diện tích sắn dây (ha)", "Số hộ trồng (hộ)", "Sản lượng củ (tấn)",
                        "Tinh bột chế biến tại xã (tấn)"],
                xa=[140, 260, 1680, 95], tht=[6, 14, 72, 7.3]),
        traders=1200,
        comp=[("Bột sắn dây bán rời của hộ trong xã", 130000, 60), ("Tinh bột sắn dây Hưng Nguyên Xanh", 175000, 40),
              ("Bột sắn dây công nghiệp tại siêu thị", 120000, None)],
        buyer=("Công ty TNHH Thực phẩm Sông La", 30)),
    "hn07": dict(
        herd=dict(labels=["Số con hươu (con)", "Số hộ nuôi (hộ)", "Sản lượng nhung tươi (kg/năm)"],
                  tinh=[41000, 9600, 36000], xa=[3800, 650, 3400], cty=[96, 40, 292.8]),
        linked=[40, 90, 155],
        comp=[("Công ty TNHH Nhung hươu Kim Sơn", 45000000, 600), ("Hộ bán lẻ nhung sấy trong xã", 32000000, None),
              ("Nhung hươu nhập khẩu tại nhà thuốc", 28000000, None)],
        channels=[("Chuỗi nhà thuốc Đông y Phúc Khang", [25, 55, 90]), ("Showroom của công ty", [30, 70, 120]),
                  ("Bán trực tuyến", [20, 40, 70]), ("Khách mua sỉ quen", [15, 30, 50])],
        buyer_total=300),
    "hn08": dict(
        bees=dict(labels=["Số đàn ong (đàn)", "Số hộ nuôi ong (hộ)", "Sản lượng mật (tấn)"],
                  tinh=[48000, 3900, 620], xa=[2100, 95, 31.5], ho=[160, 1, 2.4]),
        hives=[160, 175, 190], linked=[12, 14, 16], wrong_hives=200,
        comp=[("Mật ong rừng HTX Hòa Bình", 300000, 8), ("Mật ong keo bán buôn của hộ trong xã", 130000, 25),
              ("Mật ong Đắk Lắk bán tại chợ", 150000, None)],
        buyer=("Công ty CP Dược liệu Hồng Sơn", 40)),
    "hn09": dict(
        area=dict(labels=["Diện tích chè (ha)", "Sản lượng búp tươi (tấn)", "Chè khô chế biến (tấn)"],
                  tinh=[2900, 24500, 1150], xa=[410, 3280, 140], htx=[36, 288, 9.5]),
        comp=[("Công ty CP Chè Sơn Lĩnh", 180000, 320), ("Cơ sở chè Mỹ Hòa", 150000, 45),
              ("Các hộ tự chế biến trong xã", 120000, 130.5), ("Chè Thái Nguyên loại 1 bán trong tỉnh", 250000, None)],
        demand=1900,
        survey=(300, [("uống chè xanh hằng ngày", 204), ("ưa chè búp đóng hộp", 135),
                      ("sẵn sàng trả thêm cho chè sạch", 171)])),
    "hn10": dict(
        xa=dict(labels=["Cơ sở, hộ làm bánh (cơ sở)", "Lao động (người)", "Sản lượng bánh (nghìn chiếc)"],
                xa=[120, 380, 4800], cty=[1, 14, 640]),
        comp=[("Bánh ram của hộ trong xã, túi 10 chiếc", 25000), ("Bánh ram Cầu Phủ, hộp 10 chiếc", 40000),
              ("Công ty TNHH Bánh ram Trà Sơn, hộp 10 chiếc", 48000)],
        buyers=[("Công ty Du lịch Biển Xanh", 250000, 60000), ("Chuỗi nhà hàng Cửa Sót", 300000, 120000)]),
}


# --------------------------------------------------------------------------- table layout
def pct(a: float, b: float) -> float:
    return a / b * 100


def tables(k: str) -> dict[str, dict]:
    """The numeric tables every full plan has, cell by cell: {name: dict(head, rows)} where a row is
    [label, value, value, ...] with values as (printed, true, decimals) or str. The generator lays
    them out (captions and order are the plan's own); the checker reads them back."""
    p, m, t = PLANS[k], printed(k), model(k)
    unit, div, dd = p["disp"]
    T: dict[str, dict] = {}

    def v(x, tr=None, d=1):
        return (x, x if tr is None else tr, d)

    # history 2024-2026
    T["hist"] = dict(head=["Chỉ tiêu", *map(str, HIST)], rows=[
        [f"Sản lượng ({unit})" if k != "hn04" else "Số lượt khách", *[v(t["hout"][i] / div, d=dd) for i in range(3)]],
        [f"Giá bán bình quân (đồng/{p['unit'] if p['unit'] != 'sản phẩm' else 'sản phẩm'})",
         *[v(t["hprice"][i], d=0) for i in range(3)]],
        ["Doanh thu (triệu đồng)", *[v(t["hrev"][i]) for i in range(3)]],
        ["Chi phí (triệu đồng)", *[v(t["hcost"][i]) for i in range(3)]],
        ["Lợi nhuận (triệu đồng)", *[v(t["hprofit"][i]) for i in range(3)]]])
    # output by product and capacity
    rows = [[pr["label"], *[v(pr["qty"][y], d=0) for y in Y]] for pr in p["products"]]
    rows.append([f"Sản lượng quy đổi ({unit})" if k != "hn04" else "Tổng số lượt khách",
                 *[v(t["out"][y] / div, d=dd) for y in Y]])
    if k == "hn04":
        rows.append(["Công suất buồng phòng (khách-đêm)", *[v(t["cap"], d=0) for y in Y]])
        rows.append(["Sử dụng buồng phòng (%)", *[v(t["use"][y]) for y in Y]])
    elif k != "hn09":  # hn09 states its capacity in the text only
        rows.append([f"Công suất thiết kế ({unit})", *[v(t["cap"] / div, d=dd) for y in Y]])
        rows.append(["Sử dụng công suất (%)", *[v(t["use"][y]) for y in Y]])
    T["output"] = dict(head=["Sản phẩm", *map(str, YEARS)], rows=rows)
    # prices
    T["price"] = dict(head=["Sản phẩm", *map(str, YEARS)],
                      rows=[[pr["label"], *[v(pr["price"][y], d=0) for y in Y]] for pr in p["products"]])
    # revenue
    rows = [[pr["label"], *[v(m["rev_lines"][i][y], t["rev_lines"][i][y]) for y in Y]]
            for i, pr in enumerate(p["products"])]
    rows.append(["Tổng doanh thu", *[v(m["rev"][y], t["rev"][y]) for y in Y]])
    T["rev"] = dict(head=["Sản phẩm", *map(str, YEARS)], rows=rows)
    # costs
    rows = [[cost_label(k, c), *[v(t["cost_lines"][c][y]) for y in Y]] for c in COST_KEYS]
    rows.append(["Tổng chi phí", *[v(m["cost_total"][y], t["cost"][y]) for y in Y]])
    T["cost"] = dict(head=["Khoản mục", *map(str, YEARS)], rows=rows)
    # summary
    T["sum"] = dict(head=["Chỉ tiêu", *map(str, YEARS)], rows=[
        ["Doanh thu", *[v(m["rev"][y], t["rev"][y]) for y in Y]],
        ["Tổng chi phí", *[v(m["cost"][y], t["cost"][y]) for y in Y]],
        ["Lợi nhuận trước thuế", *[v(m["profit"][y], t["profit"][y]) for y in Y]],
        ["Tỷ suất lợi nhuận/doanh thu (%)", *[v(m["margin"][y], t["margin"][y]) for y in Y]]])
    # investment and sources
    rows = [[lab, v(x)] for lab, x, _f in p["inv"]]
    rows.append(["Tổng vốn đầu tư", v(t["inv"])])
    T["inv"] = dict(head=["Hạng mục", "Thành tiền"], rows=rows)
    rows = [[lab, v(x), v(t["src_share"][i])] for i, (lab, x) in enumerate(p["src"])]
    rows.append(["Tổng nguồn vốn", v(t["src"]), v(100.0)])
    T["src"] = dict(head=["Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows=rows)
    # staff and wages
    rows = [[role, *[v(n[y], d=0) for y in Y]] for role, n in p["roles"]]
    rows.append(["Tổng số lao động", *[v(t["staff"][y], d=0) for y in Y]])
    rows.append(["Lương bình quân (triệu đồng/tháng)", *[v(p["wage"][y]) for y in Y]])
    rows.append(["Quỹ lương (triệu đồng/năm)", *[v(t["cost_lines"]["labour"][y]) for y in Y]])
    T["staff"] = dict(head=["Bộ phận", *map(str, YEARS)], rows=rows)
    # raw-material balance (one block per material)
    T["raw"] = []
    for r, rm in zip(p["raws"], t["raws"]):
        rd = 1 if r["unit"] in ("m³",) or (k == "hn07") else 0
        rows = [[lab, *[v(a[y], d=rd) for y in Y]] for lab, a in r["rows"]]
        rows.append(["Tổng nguồn cung", *[v(rm["sup"][y], d=rd) for y in Y]])
        rows.append(["Nhu cầu cho sản xuất" if k != "hn04" else "Nhu cầu cho bữa ăn của khách",
                     *[v(rm["need"][y], d=rd) for y in Y]])
        if k != "hn05":  # hn05 prints no balance row (its supply falls short)
            rows.append(["Còn dư", *[v(rm["spare"][y], d=rd) for y in Y]])
        T["raw"].append(dict(head=[f"{r['label']} ({r['unit']})", *map(str, YEARS)], rows=rows))
    return T



# --------------------------------------------------------------------------- table captions
# each plan's tables are found by their caption ("Bảng N. <title>"); the numbers are the plan's own
_BASE = dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026", staff="Lao động và quỹ lương",
             output="Sản lượng dự kiến theo quy cách", price="Giá bán dự kiến",
             inv="Tổng vốn đầu tư", src="Nguồn vốn", rev="Doanh thu dự kiến",
             cost="Chi phí sản xuất kinh doanh", sum="Tổng hợp hiệu quả kinh tế")
TITLES: dict[str, dict[str, str]] = {
    "hn01": {**_BASE, "hist": "Kết quả sản xuất kinh doanh của HTX 2024 – 2026",
             "area": "Diện tích, sản lượng bưởi năm 2026: toàn tỉnh, toàn xã và HTX",
             "xa_hist": "Sản lượng bưởi toàn xã và lượng HTX tiêu thụ 2024 – 2026",
             "comp": "Giá bán và sản lượng của các cơ sở khác năm 2026",
             "buyers": "Khách hàng của HTX và tổng lượng mua của họ",
             "supply": "Cân đối quả bưởi nguyên liệu 2027 – 2029",
             "output": "Sản lượng theo quy cách và công suất sơ chế"},
    "hn02": {**_BASE, "area": "Cà gai leo năm 2026: toàn tỉnh, xã Thiên Lộc và cơ sở",
             "comp": "Giá trà cà gai leo trên thị trường (khảo sát tháng 8/2026)",
             "channels": "Số hộp trà túi lọc theo kênh tiêu thụ",
             "raw0": "Cân đối cà gai leo tươi", "output": "Sản lượng theo quy cách và công suất máy sấy"},
    "hn03": {**_BASE, "hist": "Kết quả của tổ hợp tác 2024 – 2026",
             "village": "Làng nghề mộc Thái Yên và tổ hợp tác năm 2026",
             "comp": "Giá bán của các cơ sở cùng loại (khảo sát năm 2026)",
             "channels": "Phân bổ sản phẩm năm 2027 theo kênh tiêu thụ",
             "raw0": "Nguồn gỗ và nhu cầu gỗ", "output": "Sản lượng theo mặt hàng và công suất xưởng"},
    "hn04": {**_BASE, "hist": "Kết quả kinh doanh của điểm du lịch 2024 – 2026",
             "arrivals": "Khách du lịch 2024 – 2026: toàn tỉnh, toàn xã và công ty",
             "comp": "Giá dịch vụ của các điểm du lịch lân cận năm 2026",
             "survey": "Kết quả khảo sát 240 du khách năm 2026",
             "channels": "Lượt khách theo nguồn khách",
             "raw0": "Thực phẩm cho bữa ăn: nhu cầu và nguồn cung",
             "output": "Lượt khách theo gói dịch vụ", "price": "Giá dịch vụ dự kiến"},
    "hn05": {**_BASE, "xa": "Rượu nếp trong xã và của HTX 2024 – 2026",
             "comp": "Giá bán và sản lượng rượu nếp của các cơ sở khác",
             "buyers": "Khách hàng lớn và phần mua của HTX",
             "raw0": "Nguồn gạo nếp cho sản xuất", "output": "Sản lượng theo quy cách và công suất nồi chưng cất"},
    "hn06": {**_BASE, "xa": "Sắn dây toàn xã và của tổ hợp tác năm 2026",
             "comp": "Giá tinh bột sắn dây trên thị trường (tháng 10/2026)",
             "raw0": "Cân đối củ sắn dây tươi", "output": "Sản lượng theo quy cách và công suất dây chuyền"},
    "hn07": {**_BASE, "herd": "Đàn hươu và sản lượng nhung năm 2026",
             "comp": "Giá nhung hươu sấy trên thị trường",
             "channels": "Sản lượng theo kênh tiêu thụ",
             "raw0": "Nguồn nhung hươu tươi", "output": "Sản lượng theo quy cách và công suất lò sấy"},
    "hn08": {**_BASE, "bees": "Nghề nuôi ong năm 2026: toàn tỉnh, toàn xã và hộ kinh doanh",
             "comp": "Giá mật ong trên thị trường năm 2026",
             "raw0": "Nguồn mật ong thô", "output": "Sản lượng theo quy cách và công suất lọc"},
    "hn09": {**_BASE, "area": "Diện tích và sản lượng chè năm 2026",
             "comp": "Các cơ sở chè khô trong tỉnh và thị phần",
             "survey": "Khảo sát 300 người tiêu dùng tại thành phố Hà Tĩnh",
             "raw0": "Cân đối búp chè tươi", "output": "Sản lượng chè khô theo quy cách"},
    "hn10": {**_BASE, "xa": "Nghề làm bánh ram ở xã Thạch Kênh năm 2026",
             "comp": "Giá bánh ram trên thị trường",
             "buyers": "Khách hàng lớn và phần mua của công ty",
             "raw0": "Nguồn gạo nếp", "raw1": "Nguồn đậu xanh",
             "output": "Sản lượng theo quy cách và công suất máy viên bánh"},
}

# --------------------------------------------------------------------------- reading the plans
class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]]:
        """Rows (cells) of the table whose caption ("Bảng N. <caption>") is `caption`."""
        out, on = [], False
        cap = re.compile(r"^(Bảng|Biểu)\s+\d+[.:]\s+")
        for line in self.body.splitlines():
            s = line.strip()
            if cap.match(s) and cap.sub("", s).startswith(caption):
                on, out = True, []
                continue
            if on and (cap.match(s) or s.startswith("#")):
                break
            if on and s.startswith("|") and not re.fullmatch(r"\|[-| :]+\|", s):
                out.append([c.strip() for c in s.strip("|").split("|")])
        if not out:
            self.failures.append(f"table not found: {caption}")
        return out[1:]  # without the header row

    def trow(self, caption: str, label: str, rows=None) -> list[str]:
        rows = rows if rows is not None else self.table(caption)
        exact = label.endswith("|")
        lab = label.rstrip(" |")
        for r in rows:
            if any((c == lab) if exact else c.startswith(lab) for c in r[:2]):
                return r
        self.failures.append(f"row not found: {caption} / {label}")
        return []

    def nums(self, caption: str, label: str, n: int, rows=None) -> list[float]:
        r = self.trow(caption, label, rows)
        got = [vn(c) for c in r if re.fullmatch(r"-?[\d.]+(,\d+)?", c)]
        if len(got) < n:
            self.failures.append(f"{caption} / {label}: {n} numbers wanted, got {r}")
            return [0.0] * n
        return got[-n:]

    def one_in(self, rows, label: str) -> float:
        """The last number of the row `label` of an already read table."""
        r = self.trow("", label, rows)
        got = [vn(c) for c in r if re.fullmatch(r"-?[\d.]+(,\d+)?", c)]
        return got[-1] if got else 0.0

    def same(self, got: float, want: float, d: int, what: str) -> None:
        if abs(got - want) > max(0.01 * abs(want), 0.6 * 10 ** -d):
            self.failures.append(f"{what}: printed {got}, recomputed {want:.3f}")

    def planted(self, got: float, true: float, what: str) -> None:
        if not off(got, true):
            self.failures.append(f"planted defect not wrong enough: {what} printed {got}, true {true:.3f}")

    def spec(self, caption: str, spec: dict) -> list[list[str]]:
        """Every numeric cell of a laid-out table compared with its recomputed value."""
        rows = self.table(caption)
        for srow in spec["rows"]:
            vals = [c for c in srow[1:] if isinstance(c, tuple)]
            got = self.nums(caption, srow[0] + " |", len(vals), rows) if vals else []
            for g, (pv, tv, d) in zip(got, vals):
                self.same(g, pv, d, f"{caption} / {srow[0]}")
                if abs(pv - tv) > 1e-9:
                    self.planted(g, tv, f"{caption} / {srow[0]}")
        return rows


# --------------------------------------------------------------------------- checks shared by the full plans
def check_full(p: Plan, k: str) -> None:
    c = TITLES[k]
    pl, m, t = PLANS[k], printed(k), model(k)
    T = tables(k)
    for name in ("hist", "output", "price", "rev", "cost", "sum", "inv", "src", "staff"):
        if name in c:
            p.spec(c[name], T[name])
    for i, spec in enumerate(T["raw"]):
        if f"raw{i}" in c:
            p.spec(c[f"raw{i}"], spec)
    # independent recomputation from the numbers as read
    out_rows = p.table(c["output"])
    price_rows = p.table(c["price"])
    rev_rows = p.table(c["rev"])
    for i, pr in enumerate(pl["products"]):
        q = p.nums(c["output"], pr["label"], 3, out_rows)
        pz = p.nums(c["price"], pr["label"] + " |", 3, price_rows)
        r = p.nums(c["rev"], pr["label"] + " |", 3, rev_rows)
        for y in Y:
            want = q[y] * pz[y] / 1e6
            if (i, y) in PLANTED.get(k, {}).get("rev_line", {}):
                p.planted(r[y], want, f"revenue {pr['label']} {YEARS[y]}")
            else:
                p.same(r[y], want, 1, f"revenue = qty × price, {pr['label']} {YEARS[y]}")
    tot = p.nums(c["rev"], "Tổng doanh thu", 3, rev_rows)
    lines = [p.nums(c["rev"], pr["label"] + " |", 3, rev_rows) for pr in pl["products"]]
    for y in Y:
        p.same(tot[y], sum(x[y] for x in lines), 1, f"revenue total {YEARS[y]}")
    cost_rows = p.table(c["cost"])
    clines = [p.nums(c["cost"], cost_label(k, key) + " |", 3, cost_rows) for key in COST_KEYS]
    ctot = p.nums(c["cost"], "Tổng chi phí", 3, cost_rows)
    for y in Y:
        s = sum(x[y] for x in clines)
        if y in PLANTED.get(k, {}).get("cost_total", {}):
            p.planted(ctot[y], s, f"cost total {YEARS[y]}")
        else:
            p.same(ctot[y], s, 1, f"cost total {YEARS[y]}")
    sum_rows = p.table(c["sum"])
    srev = p.nums(c["sum"], "Doanh thu", 3, sum_rows)
    scost = p.nums(c["sum"], "Tổng chi phí", 3, sum_rows)
    sprof = p.nums(c["sum"], "Lợi nhuận", 3, sum_rows)
    for y in Y:
        p.same(srev[y], tot[y], 1, f"summary revenue {YEARS[y]}")
        want = srev[y] - scost[y]
        if y in PLANTED.get(k, {}).get("profit", {}):
            p.planted(sprof[y], want, f"profit {YEARS[y]}")
        else:
            p.same(sprof[y], want, 1, f"profit = revenue − cost {YEARS[y]}")
        if y not in PLANTED.get(k, {}).get("cost_total", {}):
            p.same(scost[y], ctot[y], 1, f"summary cost = cost table {YEARS[y]}")
    # investment and sources
    inv_rows = p.table(c["inv"])
    items = [p.one_in(inv_rows, lab) for lab, _x, _f in pl["inv"]]
    inv_tot = p.one_in(inv_rows, "Tổng vốn đầu tư")
    p.same(inv_tot, sum(items), 1, "investment items = total")
    src_rows = p.table(c["src"])
    srcs = [p.nums(c["src"], lab, 2, src_rows)[0] for lab, _x in pl["src"]]
    src_tot = p.nums(c["src"], "Tổng nguồn vốn", 2, src_rows)[0]
    p.same(src_tot, sum(srcs), 1, "sources = their total")
    if k == "hn07":
        p.planted(src_tot, inv_tot, "sources vs investment")
    else:
        p.same(src_tot, inv_tot, 1, "sources = investment")
    # payback as printed vs investment / (average printed profit + depreciation)
    pb_true = t["payback"]
    if "payback" in PLANTED.get(k, {}):
        p.planted(m["payback"], pb_true, "payback")
    p.has(f"{fnum(m['payback'], 1)} năm")
    # raw material: need vs supply
    for i, r in enumerate(t["raws"]):
        for y in Y:
            if k == "hn05":
                p.planted(r["sup"][y], r["need"][y], f"supply vs need {YEARS[y]}")
            else:
                p.check(r["sup"][y] >= r["need"][y] * 1.03, f"supply covers need {YEARS[y]} ({r['sup'][y]} vs {r['need'][y]:.1f})")
    # capacity
    for y in Y:
        if k == "hn09" and y > 0:
            p.check(t["cap_out"][y] > t["cap"] * 1.05, f"planted capacity excess {YEARS[y]}")
        else:
            p.check(t["cap_out"][y] <= t["cap"] * 0.9, f"output within 90 % of capacity {YEARS[y]}")
    # margins and growth
    for y in Y:
        p.check(0 < t["margin"][y] < 40, f"true margin {YEARS[y]} = {t['margin'][y]:.1f} %")
    g = [t["rev"][0] / t["hrev"][2] - 1, t["rev"][1] / t["rev"][0] - 1, t["rev"][2] / t["rev"][1] - 1]
    if k == "hn07":
        p.check(g[1] > 0.8 and g[2] > 0.5, f"planted growth {g}")
    else:
        p.check(all(x < 0.35 for x in g), f"revenue growth under 35 %/year: {[round(x, 3) for x in g]}")
    if k != "hn10":
        p.lacks(PLACEHOLDER, "template placeholder")


READY_COMMON = ("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")


def check_ready(p: Plan, k: str) -> None:
    p.has(*(READY_COMMON if k != "hn04" else READY_COMMON[:2]))  # no goods label for a service
    p.lacks(REPLACED, "replaced instrument or district level in a ready plan")
    for dd, mm, yy in re.findall(r"đến (?:ngày )?(\d{1,2})/(\d{1,2})/(\d{4})", p.body):
        p.check(int(yy) >= 2029, f"paper valid only to {dd}/{mm}/{yy}")
    p.has("nhãn hiệu", "truy xuất")


# --------------------------------------------------------------------------- theme tables
def f0(x):
    return "–" if x is None else fnum(x, 0)


def f1(x):
    return "–" if x is None else fnum(x, 1)


def fx(x):
    """A quoted count or area as the source gives it: whole numbers bare, else one decimal."""
    if x is None:
        return "–"
    return fnum(x, 0) if float(x).is_integer() else fnum(x, 1)


def theme_tables(k: str) -> dict[str, dict]:
    """The tables of other people's numbers beside the plan's own, as printed (strings)."""
    th, t, p = THEME.get(k, {}), model(k), PLANS[k]
    T: dict[str, dict] = {}
    if k == "hn01":
        a = th["area"]
        T["area"] = dict(head=["Chỉ tiêu", "Toàn tỉnh", "Toàn xã Phúc Trạch", "HTX Phú Lâm", "HTX/xã (%)"],
                         rows=[[lab, fx(a["tinh"][i]), fx(a["xa"][i]), fx(a["htx"][i]),
                                f1(pct(a["htx"][i], a["xa"][i]))] for i, lab in enumerate(a["labels"])])
        T["xa_hist"] = dict(head=["Chỉ tiêu", *map(str, HIST)], rows=[
            ["Sản lượng bưởi toàn xã (tấn)", *[fx(x) for x in th["xa_out"]]],
            ["HTX tiêu thụ (tấn)", *[fx(x / 1000) for x in t["hout"]]],
            ["Tỷ trọng của HTX (%)", *[f1(pct(t["hout"][i] / 1000, th["xa_out"][i])) for i in range(3)]],
            ["Giá thương lái mua tại vườn (đồng/kg)", *[f0(x) for x in th["trader_price"]]],
            ["Giá bán bình quân của HTX (đồng/kg)", *[f0(x) for x in t["hprice"]]]])
        own = t["rev"][0] * 1e6 / t["out"][0]
        T["comp"] = dict(head=["Cơ sở, sản phẩm", "Giá bán (đồng/kg)", "Sản lượng (tấn/năm)", "So với giá HTX (%)"],
                         rows=[[n, f0(pz), fx(q), f1(pct(pz, own))] for n, pz, q in th["comp"]]
                         + [["HTX Phú Lâm (bình quân kế hoạch 2027)", f0(own), fx(t["out"][0] / 1000), "100,0"]])
        rows = [[n, fx(tot), fx(q), "–" if tot is None else f1(pct(q, tot))] for n, tot, q in th["buyers"]]
        rows.append(["Tổng cộng", "–", fx(sum(q for _n, _t, q in th["buyers"])), "–"])
        T["buyers"] = dict(head=["Khách hàng", "Tổng lượng mua cả năm (tấn)", "Mua của HTX năm 2027 (tấn)",
                                 "Tỷ trọng HTX (%)"], rows=rows)
        harvest = [th["bearing"][y] * th["yield_"] for y in Y]
        buy = [h * th["share"] for h in harvest]
        need = t["raws"][0]["need"]
        T["supply"] = dict(head=["Chỉ tiêu", *map(str, YEARS)], rows=[
            ["Diện tích cho quả của vườn liên kết (ha)", *[fx(x) for x in th["bearing"]]],
            ["Năng suất bình quân (tấn/ha)", *[f1(th["yield_"])] * 3],
            ["Sản lượng quả của vườn liên kết (tấn)", *[f1(x) for x in harvest]],
            ["Tỷ lệ HTX bao tiêu (%)", *[fx(th["share"] * 100)] * 3],
            ["Lượng quả HTX thu mua (tấn)", *[f1(x) for x in buy]],
            ["Nhu cầu quả tươi (tấn)", *[f1(x / 1000) for x in need]],
            ["Còn dư (tấn)", *[f1(buy[y] - need[y] / 1000) for y in Y]]])
    if k == "hn02":
        a = th["area"]
        T["area"] = dict(head=["Chỉ tiêu", "Toàn tỉnh", "Xã Thiên Lộc", "Cơ sở", "Cơ sở/xã (%)"],
                         rows=[[lab, fx(a["tinh"][i]), fx(a["xa"][i]), fx(a["co_so"][i]),
                                f1(pct(a["co_so"][i], a["xa"][i])) if i < 2 else "–"]
                               for i, lab in enumerate(a["labels"])])
        rows = [[n, q, f0(pz), f0(pz / sz), f0(out)] for n, q, sz, pz, out in th["comp"]]
        pr = p["products"][0]
        rows.append(["Trà túi lọc của cơ sở (giá 2027)", "hộp 20 túi × 2 g", f0(pr["price"][0]),
                     f0(pr["price"][0] / pr["size"]), f0(pr["qty"][0])])
        T["comp"] = dict(head=["Sản phẩm, cơ sở", "Quy cách", "Giá bán (đồng)", "Quy ra đồng/kg", "Sản lượng/năm"],
                         rows=rows)
        rows = [[n, *[f0(x[y]) for y in Y]] for n, x in th["channels"]]
        rows.append(["Tổng số hộp trà túi lọc", *[f0(p["products"][0]["qty"][y]) for y in Y]])
        T["channels"] = dict(head=["Kênh tiêu thụ (hộp)", *map(str, YEARS)], rows=rows)
    if k == "hn03":
        a = th["village"]
        T["village"] = dict(head=["Chỉ tiêu", "Làng nghề", "Tổ hợp tác", "Tỷ trọng (%)"],
                            rows=[[lab, fx(a["lang"][i]), fx(a["tht"][i]), f1(pct(a["tht"][i], a["lang"][i]))]
                                  for i, lab in enumerate(a["labels"])])
        pa, pb = p["products"][0]["price"][0], p["products"][1]["price"][0]
        rows = [[n, f0(x), f0(z), f0(q)] for n, x, z, q in th["comp"]]
        rows.append(["Tổ hợp tác (giá năm 2027)", f0(pa), f0(pb), f0(t["out"][0])])
        T["comp"] = dict(head=["Cơ sở", "Khay trà (đồng/chiếc)", "Hộp gỗ (đồng/chiếc)", "Sản lượng (chiếc/năm)"],
                         rows=rows)
        rows = [[n, *[f0(x) if x else "–" for x in xs], f0(sum(xs))] for n, xs in th["channels"]]
        rows.append(["Tổng cộng", *[f0(pr["qty"][0]) for pr in p["products"]], f0(t["out"][0])])
        T["channels"] = dict(head=["Kênh tiêu thụ năm 2027", "Khay trà", "Hộp gỗ", "Lục bình", "Cộng"], rows=rows)
    if k == "hn04":
        a = th["arrivals"]
        T["arrivals"] = dict(head=["Chỉ tiêu", *map(str, HIST)], rows=[
            ["Khách đến Hà Tĩnh (nghìn lượt)", *[f0(x) for x in a["tinh"]]],
            ["Khách đến xã Kỳ Thượng (lượt)", *[f0(x) for x in a["xa"]]],
            ["Khách của công ty (lượt)", *[f0(x) for x in t["hout"]]],
            ["Tỷ trọng của công ty trong xã (%)", *[f1(pct(t["hout"][i], a["xa"][i])) for i in range(3)]]])
        pa, pb = p["products"][1]["price"][0], p["products"][0]["price"][0]
        rows = [[n, f0(x), f0(z), f0(q)] for n, x, z, q in th["comp"]]
        rows.append(["Khe Giao (giá năm 2027)", f0(pa), f0(pb), f0(t["out"][0])])
        T["comp"] = dict(head=["Điểm du lịch", "Lưu trú 2N1Đ (đồng/khách)", "Trong ngày (đồng/khách)",
                               "Lượt khách/năm"], rows=rows)
        n, items = th["survey"]
        T["survey"] = dict(head=["Nội dung", "Số người", "Tỷ lệ (%)"],
                           rows=[[lab, f0(c), f1(pct(c, n))] for lab, c in items])
        rows = [[nm, *[f0(x[y]) for y in Y]] for nm, x in th["channels"]]
        rows.append(["Tổng lượt khách", *[f0(t["out"][y]) for y in Y]])
        T["channels"] = dict(head=["Nguồn khách", *map(str, YEARS)], rows=rows)
    if k == "hn05":
        a = th["xa"]
        T["xa"] = dict(head=["Năm", "Hộ nấu rượu trong xã", "Sản lượng toàn xã (lít)", "Sản lượng HTX (lít)",
                             "Tỷ trọng HTX (%)"],
                       rows=[[str(HIST[i]), f0(a["ho"][i]), f0(a["out"][i]), f0(t["hout"][i]),
                              f1(pct(t["hout"][i], a["out"][i]))] for i in range(3)])
        own = t["rev"][0] * 1e6 / t["out"][0]
        rows = [[n, f0(pz), f0(q)] for n, pz, q in th["comp"]]
        rows.append(["Rượu nếp Tùng Lộc (bình quân năm 2027)", f0(own), f0(t["out"][0])])
        T["comp"] = dict(head=["Sản phẩm", "Giá bán (đồng/lít)", "Sản lượng (lít/năm)"], rows=rows)
        T["buyers"] = dict(head=["Khách hàng", "Tổng lượng mua/năm (lít)", "Mua của HTX 2027 (lít)", "Tỷ trọng (%)"],
                           rows=[[n, f0(tot), f0(q), f1(pct(q, tot))] for n, tot, q in th["buyers"]])
    if k == "hn06":
        a = th["xa"]
        T["xa"] = dict(head=["Chỉ tiêu", "Toàn xã", "Tổ hợp tác", "Tỷ lệ (%)"],
                       rows=[[lab, fx(a["xa"][i]), fx(a["tht"][i]), f1(pct(a["tht"][i], a["xa"][i]))]
                             for i, lab in enumerate(a["labels"])])
        pr = p["products"][0]
        rows = [[n, f0(pz), fx(q)] for n, pz, q in th["comp"]]
        rows.append(["Tinh bột sắn dây Xuân Viên (túi 500 g, 2027)", f0(pr["price"][0] / pr["size"]),
                     fx(t["out"][0] / 1000)])
        T["comp"] = dict(head=["Sản phẩm", "Giá bán (đồng/kg)", "Sản lượng (tấn/năm)"], rows=rows)
    if k == "hn07":
        a = th["herd"]
        T["herd"] = dict(head=["Chỉ tiêu", "Toàn tỉnh", "Xã Sơn Tây", "Công ty và hộ liên kết", "So với xã (%)"],
                         rows=[[lab, fx(a["tinh"][i]), fx(a["xa"][i]), fx(a["cty"][i]), f1(pct(a["cty"][i], a["xa"][i]))]
                               for i, lab in enumerate(a["labels"])])
        pr = p["products"][0]
        rows = [[n, f0(pz), f0(q)] for n, pz, q in th["comp"]]
        rows.append(["Công ty (hộp 100 g, giá 2027)", f0(pr["price"][0] / pr["size"]), f0(t["out"][0])])
        T["comp"] = dict(head=["Cơ sở", "Giá bán (đồng/kg)", "Sản lượng (kg/năm)"], rows=rows)
        rows = [[n, *[f0(x[y]) for y in Y]] for n, x in th["channels"]]
        rows.append(["Tổng (kg)", *[f0(t["out"][y]) for y in Y]])
        T["channels"] = dict(head=["Kênh tiêu thụ (kg)", *map(str, YEARS)], rows=rows)
    if k == "hn08":
        a = th["bees"]
        T["bees"] = dict(head=["Chỉ tiêu", "Toàn tỉnh", "Xã Hương Quang", "Hộ kinh doanh", "So với xã (%)"],
                         rows=[[lab, fx(a["tinh"][i]), fx(a["xa"][i]), fx(a["ho"][i]), f1(pct(a["ho"][i], a["xa"][i]))]
                               for i, lab in enumerate(a["labels"])])
        pr = p["products"][1]
        rows = [[n, f0(pz), fx(q)] for n, pz, q in th["comp"]]
        rows.append(["Mật ong hoa keo của hộ, hũ 1 kg (2027)", f0(pr["price"][0]), fx(t["out"][0] / 1000)])
        T["comp"] = dict(head=["Sản phẩm", "Giá bán (đồng/kg)", "Sản lượng (tấn/năm)"], rows=rows)
    if k == "hn09":
        a = th["area"]
        T["area"] = dict(head=["Chỉ tiêu", "Toàn tỉnh", "Xã Kỳ Sơn", "HTX", "HTX/xã (%)"],
                         rows=[[lab, fx(a["tinh"][i]), fx(a["xa"][i]), fx(a["htx"][i]), f1(pct(a["htx"][i], a["xa"][i]))]
                               for i, lab in enumerate(a["labels"])])
        tinh = a["tinh"][2]
        T["comp"] = dict(head=["Cơ sở, sản phẩm", "Giá bán (đồng/kg)", "Sản lượng (tấn/năm)", "Thị phần trong tỉnh (%)"],
                         rows=[[n, f0(pz), fx(q), "–" if q is None else f1(pct(q, tinh))] for n, pz, q in th["comp"]])
        n, items = th["survey"]
        T["survey"] = dict(head=["Nội dung", "Số người", "Tỷ lệ (%)"],
                           rows=[[lab[0].upper() + lab[1:], f0(c), f1(pct(c, n))] for lab, c in items])
    if k == "hn10":
        a = th["xa"]
        T["xa"] = dict(head=["Chỉ tiêu", "Toàn xã", "Công ty", "Tỷ trọng (%)"],
                       rows=[[lab, fx(a["xa"][i]), fx(a["cty"][i]), f1(pct(a["cty"][i], a["xa"][i]))]
                             for i, lab in enumerate(a["labels"])]
                       + [["Sản lượng bánh ram toàn tỉnh (nghìn chiếc)", "……", "", ""]])
        own = p["products"][0]["price"][0]
        rows = [[n, f0(pz), f1(pct(pz, own))] for n, pz in th["comp"]]
        rows.append(["Bánh ram Thạch Kênh, hộp 10 chiếc (2027)", f0(own), "100,0"])
        T["comp"] = dict(head=["Sản phẩm", "Giá bán (đồng)", "So với giá công ty (%)"], rows=rows)
        T["buyers"] = dict(head=["Khách hàng", "Tổng lượng mua/năm (chiếc)", "Mua của công ty 2027 (chiếc)",
                                 "Tỷ trọng (%)"],
                           rows=[[n, f0(tot), f0(q), f1(pct(q, tot))] for n, tot, q in th["buyers"]])
    return T


def check_theme_table(p: Plan, caption: str, spec: dict) -> list[list[str]]:
    """Every numeric cell of a theme table as the constants give it."""
    rows = p.table(caption)
    for srow in spec["rows"]:
        r = p.trow(caption, srow[0] + " |", rows)
        if not r:
            continue
        want = [c for c in srow[1:]]
        got = r[-len(want):] if want else []
        for g, w in zip(got, want):
            if w in ("", "–", "……"):
                p.check(g == w, f"{caption} / {srow[0]}: {g!r} where {w!r}")
                continue
            if re.fullmatch(r"-?[\d.]+(,\d+)?", w):
                d = len(w.split(",")[1]) if "," in w else 0
                if not re.fullmatch(r"-?[\d.]+(,\d+)?", g):
                    p.failures.append(f"{caption} / {srow[0]}: {g!r} where the number {w} is due")
                    continue
                p.same(vn(g), vn(w), d, f"{caption} / {srow[0]}")
            else:
                p.check(g == w, f"{caption} / {srow[0]}: {g!r} where {w!r}")
    return rows


def cellnum(s: str) -> float:
    return 0.0 if s in ("–", "") else vn(s)


def vals(p: Plan, rows, label: str) -> list:
    """The cells after the label of a row as numbers (None for '–' or text)."""
    r = p.trow("", label, rows)
    if not r:
        return []
    i = next(j for j, c in enumerate(r) if c.startswith(label.rstrip(" |")))
    return [vn(c) if re.fullmatch(r"-?[\d.]+(,\d+)?", c) else None for c in r[i + 1:]]


def theme_cells(p: Plan, k: str, names) -> dict:
    T, c = theme_tables(k), TITLES[k]
    return {n: check_theme_table(p, c[n], T[n]) for n in names}


def share_rows(p: Plan, rows, labels, num: int, den: int, col: int, what: str) -> None:
    for lab in labels:
        x = vals(p, rows, lab + " |")
        if x and x[num] is not None and x[den] and x[col] is not None:
            p.same(x[col], x[num] / x[den] * 100, 1, f"{what} / {lab}")


def survey_text(p: Plan, n: int, items) -> None:
    for lab, c in items:
        p.has(f"{c} người ({fnum(pct(c, n), 1)} %) {lab}")


# --------------------------------------------------------------------------- per plan
def check_hn01(p: Plan) -> None:
    k = "hn01"
    check_full(p, k)
    check_ready(p, k)
    th, c, t = THEME[k], TITLES[k], model(k)
    R = theme_cells(p, k, ("area", "xa_hist", "comp", "buyers", "supply"))
    share_rows(p, R["area"], th["area"]["labels"], 2, 1, 3, "HTX / commune")
    hist = p.table(c["hist"])
    xa = R["xa_hist"]
    own_hist = vals(p, hist, "Sản lượng (tấn) |")
    sold = vals(p, xa, "HTX tiêu thụ (tấn) |")
    tot = vals(p, xa, "Sản lượng bưởi toàn xã (tấn) |")
    shr = vals(p, xa, "Tỷ trọng của HTX (%) |")
    for i in range(3):
        p.same(sold[i], own_hist[i], 1, f"HTX sales = history output {HIST[i]}")
        p.same(shr[i], sold[i] / tot[i] * 100, 1, f"HTX share of the commune {HIST[i]}")
    p.check(vals(p, xa, "Giá bán bình quân của HTX (đồng/kg) |") == vals(p, hist, "Giá bán bình quân (đồng/kg) |"),
            "HTX price in the market table = history price")
    out = p.nums(c["output"], "Sản lượng quy đổi", 3)
    buy = [vals(p, R["buyers"], n + " |")[1] for n, _t, _q in th["buyers"]]
    p.same(sum(buy), out[0], 1, "buyers' parts add up to the 2027 output")
    p.same(vals(p, R["buyers"], "Tổng cộng |")[1], out[0], 1, "buyers' total = 2027 output")
    share_rows(p, R["buyers"], [n for n, tot_, _q in th["buyers"] if tot_], 1, 0, 2, "buyer share")
    own = p.nums(c["rev"], "Tổng doanh thu", 3)[0] * 1e6 / (out[0] * 1000)
    for n, _pz, _q in th["comp"]:
        x = vals(p, R["comp"], n + " |")
        p.same(x[2], x[0] / own * 100, 1, f"competitor price vs HTX average: {n}")
    s = R["supply"]
    area, yld = vals(p, s, "Diện tích cho quả"), vals(p, s, "Năng suất")
    harv, rate = vals(p, s, "Sản lượng quả của vườn"), vals(p, s, "Tỷ lệ HTX bao tiêu")
    bought, need, spare = vals(p, s, "Lượng quả HTX thu mua"), vals(p, s, "Nhu cầu quả tươi"), vals(p, s, "Còn dư")
    for y in Y:
        p.same(harv[y], area[y] * yld[y], 1, f"harvest = bearing area × yield {YEARS[y]}")
        p.same(bought[y], harv[y] * rate[y] / 100, 1, f"purchase = harvest × 60 % {YEARS[y]}")
        p.same(need[y], out[y] * 1.1, 1, f"need = output × 1,1 {YEARS[y]}")
        p.same(spare[y], bought[y] - need[y], 1, f"spare {YEARS[y]}")
        p.check(bought[y] > need[y] * 1.05, f"purchase covers need {YEARS[y]}")
        p.check(harv[y] < th["area"]["xa"][2], "linked harvest is a part of the commune's")
    n, items = th["survey"]
    survey_text(p, n, items)
    a = th["area"]
    p.has(f"toàn xã Phúc Trạch có {a['xa'][0]} ha bưởi của {a['xa'][4]} hộ",
          f"trong đó HTX liên kết {a['htx'][0]} ha của {a['htx'][4]} hộ thành viên",
          f"Toàn tỉnh hiện có {th['ocop']['tinh']} sản phẩm OCOP", f"ít nhất {th['ocop']['target']} sản phẩm",
          "VietGAP", "chỉ dẫn địa lý", "đủ điều kiện an toàn thực phẩm", "TCCS", "tự công bố", "thử nghiệm",
          "Luật Hợp tác xã năm 2023", "05/2025/NĐ-CP", "hợp đồng thuê")


def check_hn02(p: Plan) -> None:
    k = "hn02"
    check_full(p, k)
    check_ready(p, k)
    th, c, t, P = THEME[k], TITLES[k], model(k), PLANS[k]
    R = theme_cells(p, k, ("area", "comp", "channels"))
    share_rows(p, R["area"], th["area"]["labels"][:2], 2, 1, 3, "household / commune")
    own_t = vals(p, R["area"], "Sản lượng cây tươi (tấn) |")[2]
    own_kg = p.nums(c["raw0"], "Vườn của hộ", 3)[0]
    p.same(own_t * 1000, own_kg, 0, "own fresh harvest in the market table = own supply row")
    for n, _q, size, _pz, _o in th["comp"]:
        x = vals(p, R["comp"], n + " |")
        p.same(x[2], x[1] / size, 0, f"pack price turned into đồng/kg: {n}")
    x = vals(p, R["comp"], "Trà túi lọc của cơ sở")
    p.same(x[2], x[1] / P["products"][0]["size"], 0, "own pack price per kg")
    bags = p.nums(c["output"], P["products"][0]["label"], 3)
    for y in Y:
        s = sum(vals(p, R["channels"], n + " |")[y] for n, _x in th["channels"])
        p.same(s, bags[y], 0, f"channels add up to the tea-bag boxes {YEARS[y]}")
        p.same(vals(p, R["channels"], "Tổng số hộp")[y], bags[y], 0, f"channel total {YEARS[y]}")
    ch0 = th["channels"][0][1][0]
    p.has(f"{fnum(ch0, 0)} hộp trà túi lọc năm 2027 ({fnum(pct(ch0, th['buyer_total']), 1)} % lượng chuỗi nhập)",
          f"nhập khoảng {fnum(th['buyer_total'], 0)} hộp",
          f"HTX thu hoạch khoảng {th['supplier']['harvest']} tấn cây tươi",
          "không ghi công dụng chữa bệnh", "không phải thực phẩm bảo vệ sức khỏe", "TCCS", "kiểm nghiệm",
          "tự công bố", "đủ điều kiện an toàn thực phẩm", "05/2025/NĐ-CP", "đăng ký hộ kinh doanh")
    p.lacks(r"điều trị|giải độc|mát gan|bổ gan|viêm gan|men gan", "health claim")
    n, items = th["survey"]
    survey_text(p, n, items)
    p.check(t["raws"][0]["sup"][0] < th["supplier"]["harvest"] * 1000, "supply is a part of the supplier's harvest")


def check_hn03(p: Plan) -> None:
    k = "hn03"
    check_full(p, k)
    check_ready(p, k)
    th, c, t, P = THEME[k], TITLES[k], model(k), PLANS[k]
    R = theme_cells(p, k, ("village", "comp", "channels"))
    share_rows(p, R["village"], th["village"]["labels"], 1, 0, 2, "group / village")
    hist = p.table(c["hist"])
    p.same(vals(p, R["village"], "Sản phẩm mỹ nghệ")[1], vals(p, hist, "Sản lượng")[2], 0, "group's items = 2026 output")
    p.same(vals(p, R["village"], "Giá trị hàng mỹ nghệ")[1], vals(p, hist, "Doanh thu")[2], 0,
           "group's value = 2026 revenue")
    x = vals(p, R["comp"], "Tổ hợp tác (giá năm 2027)")
    p.check(x[:2] == [P["products"][0]["price"][0], P["products"][1]["price"][0]], "own prices in the competitor table")
    rows = R["channels"]
    cols = [[cellnum(cc) for cc in r[1:]] for r in rows if r[0] != "Tổng cộng"]
    total = vals(p, rows, "Tổng cộng |")
    for j, pr in enumerate(P["products"]):
        p.same(sum(r[j] for r in cols), total[j], 0, f"channel column {pr['label']}")
        p.same(total[j], p.nums(c["output"], pr["label"], 3)[0], 0, f"channel total = 2027 output {pr['label']}")
    for r in cols:
        p.same(r[3], sum(r[:3]), 0, "channel row sum")
    p.same(total[3], p.nums(c["output"], "Sản lượng quy đổi", 3)[0], 0, "channels = 2027 output")
    lam = sum(th["channels"][0][1])
    p.has(f"đặt tổ {fnum(lam, 0)} sản phẩm năm 2027", f"bằng {fnum(pct(lam, th['buyer_total']), 1)} %",
          f"khai thác khoảng {fnum(th['supplier']['harvest'], 0)} m³", "không phải thực phẩm", "TCCS", "thử nghiệm",
          "đăng ký môi trường", "chất thải nguy hại", "bảng kê lâm sản", "Luật Hợp tác xã năm 2023", "hợp đồng hợp tác")


def check_hn04(p: Plan) -> None:
    k = "hn04"
    check_full(p, k)
    check_ready(p, k)
    th, c, t, P = THEME[k], TITLES[k], model(k), PLANS[k]
    R = theme_cells(p, k, ("arrivals", "comp", "survey", "channels"))
    hist = vals(p, p.table(c["hist"]), "Số lượt khách |")
    own = vals(p, R["arrivals"], "Khách của công ty")
    xa = vals(p, R["arrivals"], "Khách đến xã")
    shr = vals(p, R["arrivals"], "Tỷ trọng")
    tinh = vals(p, R["arrivals"], "Khách đến Hà Tĩnh")
    for i in range(3):
        p.same(own[i], hist[i], 0, f"company's visitors = history {HIST[i]}")
        p.same(shr[i], own[i] / xa[i] * 100, 1, f"company's share of the commune {HIST[i]}")
        p.check(xa[i] < tinh[i] * 1000, "commune's visitors are a part of the province's (thousands)")
    n, items = th["survey"]
    for lab, cnt in items:
        x = vals(p, R["survey"], lab + " |")
        p.same(x[1], x[0] / n * 100, 1, f"survey share {lab}")
    out = p.nums(c["output"], "Tổng số lượt khách", 3)
    for y in Y:
        s = sum(vals(p, R["channels"], nm + " |")[y] for nm, _x in th["channels"])
        p.same(s, out[y], 0, f"sources of visitors add up {YEARS[y]}")
        p.same(vals(p, R["channels"], "Tổng lượt khách")[y], out[y], 0, f"visitor total {YEARS[y]}")
    school = p.nums(c["output"], P["products"][2]["label"], 3)
    p.check(vals(p, R["channels"], "Trường học")[:3] == school, "school groups = the school package")
    x = vals(p, R["comp"], "Khe Giao (giá năm 2027)")
    p.check(x == [P["products"][1]["price"][0], P["products"][0]["price"][0], out[0]], "own row in the competitor table")
    hl = th["channels"][0][1][0]
    v = th["village"]
    p.has(f"khoảng {fnum(th['agency_total'], 0)} lượt khách đến Hà Tĩnh",
          f"{fnum(hl, 0)} lượt năm 2027 ({fnum(pct(hl, th['agency_total']), 1)} %",
          f"Thôn có {v['ho']} hộ", f"khoảng {v['food']} tấn/năm", f"hợp đồng của {v['supply']} hộ",
          "Luật Du lịch năm 2017", "homestay", "phòng cháy", "đăng ký môi trường", "đủ điều kiện an toàn thực phẩm",
          "bể tự hoại")


def check_hn05(p: Plan) -> None:
    k = "hn05"
    check_full(p, k)
    th, c, t, P = THEME[k], TITLES[k], model(k), PLANS[k]
    R = theme_cells(p, k, ("xa", "comp", "buyers"))
    hist = vals(p, p.table(c["hist"]), "Sản lượng (lít) |")
    for i, yr in enumerate(HIST):
        x = vals(p, R["xa"], f"{yr} |")
        p.same(x[2], hist[i], 0, f"HTX litres in the commune table = history {yr}")
        p.same(x[3], x[2] / x[1] * 100, 1, f"HTX share of the commune {yr}")
    share_rows(p, R["buyers"], [n for n, _t, _q in th["buyers"]], 1, 0, 2, "buyer share")
    out = p.nums(c["output"], "Sản lượng quy đổi", 3)
    rev0 = p.nums(c["rev"], "Tổng doanh thu", 3)[0]
    p.same(vals(p, R["comp"], "Rượu nếp Tùng Lộc (bình quân")[0], rev0 * 1e6 / out[0], 0, "own average price")
    # planted material-shortfall: no balance row, supply well short of need, the text calls it enough
    raw = p.table(c["raw0"])
    p.check(not any(r[0].startswith("Còn dư") for r in raw), "no balance row in hn05's rice table")
    sup, need = p.nums(c["raw0"], "Tổng nguồn cung", 3, raw), p.nums(c["raw0"], "Nhu cầu", 3, raw)
    for y in Y:
        p.same(need[y], out[y] * P["raws"][0]["norm"], 0, f"rice need = litres × 1,25 {YEARS[y]}")
        p.planted(sup[y], need[y], f"rice supply vs need {YEARS[y]}")
    p.has("nguồn nguyên liệu bảo đảm đủ", f"khoảng {th['supplier']['harvest']} tấn gạo nếp mỗi năm")
    p.lacks(r"\bthiếu\b", "a word admitting the shortfall")
    # planted no-alcohol-license, with every other paper there
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "alcohol licence")
    p.has("QCVN 6-3:2010/BYT", "44/2019/QH14", "đủ điều kiện an toàn thực phẩm", "nhãn hiệu", "đăng ký môi trường",
          "TCCS", "tự công bố", "kiểm nghiệm", "148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP")
    p.lacks(REPLACED, "replaced instrument (only the planted defects are wrong)")


def check_hn06(p: Plan) -> None:
    k = "hn06"
    check_full(p, k)
    th, c, t, P = THEME[k], TITLES[k], model(k), PLANS[k]
    R = theme_cells(p, k, ("xa", "comp"))
    share_rows(p, R["xa"], th["xa"]["labels"], 1, 0, 2, "group / commune")
    hist = vals(p, p.table(c["hist"]), "Sản lượng (kg) |")
    p.same(vals(p, R["xa"], "Tinh bột chế biến")[1] * 1000, hist[2], 0, "group's starch = 2026 output")
    p.same(vals(p, R["xa"], "Sản lượng củ")[1] * 1000, p.nums(c["raw0"], "Ruộng của 14 tổ viên", 3)[0], 0,
           "group's roots = own supply row")
    own = vals(p, R["comp"], "Tinh bột sắn dây Xuân Viên")
    pr = P["products"][0]
    p.same(own[0], p.nums(c["price"], pr["label"] + " |", 3)[0] / pr["size"], 0, "own price per kg")
    p.same(own[1] * 1000, p.nums(c["output"], "Sản lượng quy đổi", 3)[0], 0, "own output in the competitor table")
    bn, bt = th["buyer"]
    cq = P["products"][2]["qty"][0] * P["products"][2]["size"] / 1000
    p.has(f"khoảng {bt} tấn tinh bột sắn dây", f"({fnum(cq, 1)} tấn, {fnum(pct(cq, bt), 1)} % lượng công ty mua)",
          f"thương lái thu mua khoảng {fnum(th['traders'], 0)} tấn củ")
    # planted table-total-mismatch: only the cost table's 2028 total row; the summary keeps the true total
    ctot = p.nums(c["cost"], "Tổng chi phí", 3)
    scost = p.nums(c["sum"], "Tổng chi phí", 3)
    p.planted(ctot[1], scost[1], "2028 cost total vs the summary's")
    p.same(scost[1], t["cost"][1], 1, "summary keeps the true 2028 cost")
    # planted no-environment-measures
    p.lacks(r"môi trường|chất thải|nước thải|xả|\bbã\b|xử lý|lắng|biogas|\brác\b|ô nhiễm|ủ phân|chăn nuôi",
            "environmental measure")
    # planted outdated-policy
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
    p.lacks(r"148/QĐ-TTg|1489", "current OCOP decision")
    # the rest is there
    p.has("TCCS", "kiểm nghiệm", "tự công bố", "đủ điều kiện an toàn thực phẩm", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
          "nhãn hiệu", "QR", "hợp đồng hợp tác")


def check_hn07(p: Plan) -> None:
    k = "hn07"
    check_full(p, k)
    th, c, t, P = THEME[k], TITLES[k], model(k), PLANS[k]
    R = theme_cells(p, k, ("herd", "comp", "channels"))
    share_rows(p, R["herd"], th["herd"]["labels"], 2, 1, 3, "company / commune")
    sup = p.nums(c["raw0"], "Tổng nguồn cung", 3)
    p.same(vals(p, R["herd"], "Sản lượng nhung tươi")[2], sup[0], 1, "company's fresh antler = 2027 supply")
    linked = p.nums(c["raw0"], "Hộ liên kết", 3)
    for y in Y:
        p.same(linked[y], th["linked"][y] * 6, 1, f"linked supply = households × 6 kg {YEARS[y]}")
    out = p.nums(c["output"], "Sản lượng quy đổi", 3)
    for y in Y:
        s = sum(vals(p, R["channels"], n + " |")[y] for n, _x in th["channels"])
        p.same(s, out[y], 0, f"channels add up to the output {YEARS[y]}")
    own = vals(p, R["comp"], "Công ty (hộp 100 g")
    pr = P["products"][0]
    p.same(own[0], pr["price"][0] / pr["size"], 0, "own price per kg")
    # planted unrealistic-growth: the same staff and channels, selling costs almost flat
    staff = p.nums(c["staff"], "Tổng số lao động", 3)
    p.check(staff[0] == staff[1] == staff[2], "staff unchanged")
    sell = p.nums(c["cost"], cost_label(k, "sell") + " |", 3)
    p.check(sell[2] / sell[0] < 1.2 and out[2] / out[0] > 3, "output ×3,7 on almost flat selling costs")
    p.check(t["rev"][1] / t["rev"][0] > 2 and t["rev"][2] / t["rev"][1] > 1.5, "revenue doubles, then +70 %")
    p.has("giữ nguyên", f"khoảng {th['buyer_total']} kg nhung sấy mỗi năm", f"là {th['channels'][0][1][0]} kg",
          "bảo đảm đủ vốn cho phương án")
    # planted no-product-standard, with the other papers there
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu (chất|vi sinh|an toàn|lý|cảm)|hợp chuẩn|hợp quy",
            "product standard or test")
    p.has("đủ điều kiện an toàn thực phẩm", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "QR",
          "không ghi công dụng chữa bệnh", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "replaced instrument (only the planted defects are wrong)")


def check_hn08(p: Plan) -> None:
    k = "hn08"
    check_full(p, k)
    th, c, t, P = THEME[k], TITLES[k], model(k), PLANS[k]
    R = theme_cells(p, k, ("bees", "comp"))
    share_rows(p, R["bees"], th["bees"]["labels"], 2, 1, 3, "household / commune")
    hv, ln = th["hives"], th["linked"]
    own = p.nums(c["raw0"], "Đàn ong của hộ", 3)
    lk = p.nums(c["raw0"], "Hộ nuôi ong liên kết", 3)
    for y in Y:
        p.same(own[y], hv[y] * 15, 0, f"own honey = hives × 15 kg {YEARS[y]}")
        p.same(lk[y], ln[y] * 350, 0, f"linked honey = households × 350 kg {YEARS[y]}")
    p.same(vals(p, R["bees"], "Sản lượng mật")[2] * 1000, hv[0] * 15, 0, "household's honey in the commune table")
    p.same(vals(p, R["comp"], "Mật ong hoa keo của hộ")[1] * 1000, p.nums(c["output"], "Sản lượng quy đổi", 3)[0], 0,
           "own output in the competitor table")
    bn, bt = th["buyer"]
    cq = P["products"][2]["qty"][0] * P["products"][2]["size"]
    p.has(f"khoảng {bt} tấn mật ong mỗi năm", f"({fnum(cq, 0)} kg, {fnum(pct(cq / 1000, bt), 1)} % lượng công ty mua)",
          f"có {fnum(th['bees']['xa'][0], 0)} đàn của {th['bees']['xa'][1]} hộ")
    p.lacks(r"2\.000 đàn", "the tracked deletion is not part of the plan")
    # planted figure-inconsistent: the producer part's hive count
    p.has(f"Hộ hiện có {th['wrong_hives']} đàn ong", f"{hv[0]} đàn năm 2027")
    p.check(off(th["wrong_hives"], hv[0]), "hive counts differ by more than 5 %")
    p.check(p.count(f"{th['wrong_hives']} đàn") == 1, "the wrong hive count appears once")
    # planted payback-mismatch: the inputs printed beside it
    avgp = sum(t["profit"]) / 3
    p.has(f"lợi nhuận bình quân {fnum(avgp, 1)} triệu đồng/năm và khấu hao {fnum(t['dep'], 0)} triệu đồng/năm")
    # planted no-trademark, with the other papers there
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|chỉ dẫn địa lý", "trademark or IP")
    p.has("đủ điều kiện an toàn thực phẩm", "TCCS", "kiểm nghiệm", "tự công bố", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
          "mã vạch", "QR", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "replaced instrument (only the planted defects are wrong)")


CHANNEL_WORDS = (r"đại lý|siêu thị|cửa hàng|khách hàng|khách quen|\bkênh\b|phân phối|bán lẻ|bán buôn|thương mại điện tử|"
                 r"\bsàn\b|website|facebook|zalo|trực tuyến|hợp đồng tiêu thụ|bao tiêu|hội chợ|nhà hàng|\bquán\b|"
                 r"người mua|đơn hàng|đặt hàng|thương lái|xuất khẩu|giao hàng|điểm bán|showroom|trưng bày")


def check_hn09(p: Plan) -> None:
    k = "hn09"
    check_full(p, k)
    th, c, t, P = THEME[k], TITLES[k], model(k), PLANS[k]
    R = theme_cells(p, k, ("area", "comp", "survey"))
    share_rows(p, R["area"], th["area"]["labels"], 2, 1, 3, "HTX / commune")
    hist = vals(p, p.table(c["hist"]), "Sản lượng (kg) |")
    p.same(vals(p, R["area"], "Chè khô chế biến")[2] * 1000, hist[2], 0, "HTX dry tea = 2026 output")
    leaves = vals(p, R["area"], "Sản lượng búp tươi")[2] * 1000
    p.same(leaves, th["area"]["htx"][0] * 8000, 0, "members' leaves = 36 ha × 8.000 kg")
    p.same(p.nums(c["raw0"], "30 % sản lượng", 3)[0], leaves * 0.3, 0, "HTX buys 30 % of the members' leaves")
    tinh = vals(p, R["area"], "Chè khô chế biến")[0]
    for n, _pz, q in th["comp"]:
        x = vals(p, R["comp"], n + " |")
        if q is not None:
            p.same(x[2], x[1] / tinh * 100, 1, f"share of the province's dry tea: {n}")
    n, items = th["survey"]
    for lab, cnt in items:
        x = vals(p, R["survey"], lab[0].upper() + lab[1:] + " |")
        p.same(x[1], x[0] / n * 100, 1, f"survey share {lab}")
    # planted capacity-exceeded: the lines' rating is in the text only and no line is bought
    p.has(f"mỗi dây chuyền chế biến {fnum(P['cap']['rating'] / 2, 0)} kg chè khô/ngày",
          f"khoảng {P['cap']['days']} ngày/năm", "không đầu tư thêm dây chuyền")
    out = p.nums(c["output"], "Sản lượng quy đổi", 3)
    for y in (1, 2):
        p.check(off(out[y], t["cap"]) and out[y] > t["cap"], f"output {YEARS[y]} above the lines' capacity")
    p.check(not any(lab.startswith(("Máy sao", "Dây chuyền", "Máy vò", "Máy sấy")) for lab, _x, _f in P["inv"]),
            "no new processing line in the investment")
    # planted no-sales-channel: no channel word anywhere, no own price in the market part
    p.lacks(CHANNEL_WORDS, "sales channel")
    body = p.body
    market = body[body.index("# VI –"):body.index("# VII –")]
    for pr in P["products"]:
        p.check(fnum(pr["price"][0], 0) not in market, f"own price {pr['price'][0]} in the market part")
    p.has("sẽ được tiêu thụ tốt", "Cả nước có khoảng 120 nghìn ha chè",
          f"Nhu cầu chè khô trong tỉnh ước khoảng {fnum(th['demand'], 0)} tấn/năm")
    p.check(th["demand"] > th["area"]["tinh"][2], "the province's demand exceeds its own dry tea")
    p.has("đủ điều kiện an toàn thực phẩm", "TCCS", "kiểm nghiệm", "tự công bố", "43/2017/NĐ-CP", "nhãn hiệu", "QR",
          "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "replaced instrument (only the planted defects are wrong)")


def check_hn10(p: Plan) -> None:
    k = "hn10"
    check_full(p, k)
    th, c, t, P = THEME[k], TITLES[k], model(k), PLANS[k]
    R = theme_cells(p, k, ("xa", "comp", "buyers"))
    share_rows(p, R["xa"], th["xa"]["labels"], 1, 0, 2, "company / commune")
    hist = vals(p, p.table(c["hist"]), "Sản lượng (chiếc) |")
    p.same(vals(p, R["xa"], "Sản lượng bánh")[1] * 1000, hist[2], 0, "company's cakes = 2026 output")
    p.same(vals(p, R["xa"], "Lao động")[1], p.nums(c["staff"], "Tổng số lao động", 3)[0], 0, "company's workers")
    own = P["products"][0]["price"][0]
    for n, pz in th["comp"]:
        x = vals(p, R["comp"], n + " |")
        p.same(x[1], x[0] / own * 100, 1, f"competitor price vs the company's: {n}")
    share_rows(p, R["buyers"], [n for n, _t, _q in th["buyers"]], 1, 0, 2, "buyer share")
    boxes = P["products"][0]["qty"][0] * P["products"][0]["size"]
    cartons = P["products"][2]["qty"][0] * P["products"][2]["size"]
    p.check(vals(p, R["buyers"], th["buyers"][0][0])[1] < boxes, "tour company's cakes are a part of the boxes")
    p.same(vals(p, R["buyers"], th["buyers"][1][0])[1], cartons, 0, "restaurants' cakes = the cartons")
    p.has("khoảng 600 tấn lúa nếp", "khoảng 120 tấn đậu xanh", "ký hợp đồng với 30 hộ")
    # planted boilerplate: the template's placeholders
    p.has("…… triệu chiếc", "[ghi rõ nguồn số liệu]")
    p.check(bool(re.search(PLACEHOLDER, p.body)), "placeholder present")
    # planted no-food-safety and no-label-plan
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết|vệ sinh an toàn|tự công bố",
            "food-safety paper or plan")
    p.lacks(r"(?<!\w)nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|ghi nhãn|\bQR\b", "label")
    p.has("TCCS", "kiểm nghiệm", "nhãn hiệu", "đăng ký môi trường", "nhật ký sản xuất", "lưu mẫu", "148/QĐ-TTg",
          "1489/QĐ-TTg", "đăng ký doanh nghiệp")
    p.lacks(REPLACED, "replaced instrument (only the planted defects are wrong)")


SKETCHY = {
    "hn11": dict(words=(150, 350), sums=[(300 * 250000, "75 triệu đồng")],
                 has=["chưa đăng ký kinh doanh", "40 hộ trồng nấm", "60 tấn nấm tươi", "3 tấn nấm tươi", "300 kg",
                      "250.000 đồng/kg", "80 triệu đồng"],
                 lacks=r"đăng ký kinh doanh số|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|kiểm nghiệm"),
    "hn12": dict(words=(150, 350), sums=[(15000 * 35000, "525 triệu đồng")],
                 has=["đăng ký hộ kinh doanh số", "200 hộ làm chổi đót", "1 triệu chiếc", "12.000 chiếc", "15.000 chiếc",
                      "35.000 đồng/chiếc", "50 triệu đồng"],
                 lacks=r"tiêu chuẩn|công bố|nhãn|truy xuất|kiểm nghiệm|an toàn thực phẩm"),
}


def check_sketchy(p: Plan, k: str) -> None:
    s = SKETCHY[k]
    w = sketch_words(p)
    p.check(s["words"][0] <= w <= s["words"][1], f"sketchy plan has {w} words")
    p.check(not p.rows, "sketchy plan has a table")
    for value, text in s["sums"]:
        p.has(text)
        p.check(close(value, vn(text.split()[0]) * 1e6), f"{text} recomputed {value}")
    p.has(*s["has"])
    p.lacks(s["lacks"], "a paper the sketchy plan does not have")
    p.lacks(PLACEHOLDER, "template placeholder")


CHECKS = {"hn01": check_hn01, "hn02": check_hn02, "hn03": check_hn03, "hn04": check_hn04,
          "hn05": check_hn05, "hn06": check_hn06, "hn07": check_hn07,
          "hn08": check_hn08, "hn09": check_hn09, "hn10": check_hn10,
          "hn11": lambda p: check_sketchy(p, "hn11"), "hn12": lambda p: check_sketchy(p, "hn12")}
def sketch_words(p: Plan) -> int:
    return len(re.findall(r"\w+", re.sub(r"^#.*$", "", p.body, flags=re.M)))


def main(argv=None) -> int:
    argv = list(argv or [])
    stems = sorted(f.stem for f in (HERE / "src").glob("*.md"))
    keys = [a for a in argv if not a.startswith("-")]
    plans = []
    for stem in stems:
        k = stem[:4]
        if keys and k not in keys:
            continue
        p = Plan(stem)
        fn = CHECKS.get(k)
        if fn is None:
            p.failures.append("no check for this plan")
        else:
            fn(p)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
