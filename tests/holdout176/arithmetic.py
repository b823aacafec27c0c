"""The 176th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout176/arithmetic.py

Theme: producers aiming at export and online sales. For every full plan (fu01-fu10) the constants
give the products (pack size in the plan's base unit, wholesale price, online price, export price
in USD, pack cost), the packs sold per year through each channel (shops and agents, online
platforms, export), the exchange rate the plan states, the platforms with their share of online
revenue and their commission, the packs per online order and the shipping the producer pays per
order, the export shipments and their cost, the 2024-2026 history, the raw materials with their
norms and prices, the own supply (hives, hectares, boats x yield) and the purchases, the capacity
(per day x working days), staff by role and wage, energy rate, investment items and capital
sources, asset life, loan balances and rate, promotion / tax shares, excise tax where one applies,
a fixed line and the importer's sample order. From them this script recomputes: every revenue line
(packs x VND price, or packs x USD price x rate), the USD equivalents of the price table, the
sample order (quantity x USD price, its total, its VND value), the platforms' weighted commission
and fee, output = sum of packs x size, history revenue = output x average price and the 2027
growth on 2026, raw-material need = output x norm against own + purchased supply, output against
capacity, staff by role, investment items and sources, depreciation, interest, every cost line,
the cost total, profit = revenue - cost, margin, growth, and payback = investment / (average
profit + depreciation). Each figure is then read back from the plan's source (tables found by
their caption "Bảng N.") and compared: planted numeric defects must be wrong by more than 5 % (the
true value is computed beside them), every other number right within 1 %. Textual defects are
asserted through the presence or absence of their words. Sketchy plans: 150-320 words, no table.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

YEARS = (2027, 2028, 2029)
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|\bhuyện\b")
CHANNELS = ("dom", "onl", "exp")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, wholesale đ, online đ, export USD, pack cost đ)
#           (0 = not sold through that channel)
# sales: per product, packs per year by channel (dom = shops, agents, supermarkets; onl = the
#        platforms; exp = the importer)
# fx: đ per USD as the plan states it; platforms: (name, share of online revenue %, commission %)
# per_order: packs per online order; ship: đ the producer pays per online order
# lots: export shipments per year; lot_cost: triệu per shipment
# hist: (output in base units, average price đ per base unit, profit triệu, workers) 2024-2026
# raws: (label, unit, norm per base unit, price đ per unit); the first raw is balanced against supply
# own: (what, quantity, unit, yield of the first raw per unit and year) or None
# buy: rows (source, households or boats, quantity of the first raw per year)
# cap: (per day in base units, working days a year)
# inv: (label, triệu, fixed?); src: (label, triệu); loan: balance per year (triệu), rate
# promo, tax: shares of revenue; excise: (rates per year) on wholesale + online revenue, price
#        including the tax; other: fixed triệu a year
# sample: (importer, list of (product index, packs)) at the export price
PLANS: dict[str, dict] = {
    "fu01": dict(
        unit="kg", fx=25400,
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, 135000, 149000, 4.60, 9000),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, 330000, 355000, 12.00, 15000)],
        sales=[dict(dom=[6000, 6400, 6800], onl=[4000, 4600, 5200], exp=[6000, 7200, 8400]),
               dict(dom=[1400, 1500, 1600], onl=[800, 950, 1100], exp=[600, 720, 840])],
        platforms=[("Shopee", 45, 14.0), ("TikTok Shop", 40, 11.0), ("Lazada", 15, 12.0)],
        per_order=2, ship=20000, lots=[3, 4, 4], lot_cost=22,
        hist=[(8600, 255000, 205, 7), (9300, 262000, 236, 7), (9900, 270000, 262, 8)],
        raws=[("Mật ong thô (hoa keo, hoa rừng)", "kg", 1.05, 105000)],
        own=("đàn ong của công ty", 700, "đàn", 14),
        buy=[("Thôn Đức Thịnh", 9, 2200), ("Thôn Tân Quang", 7, 1800), ("Thôn Khe Cò", 5, 1200)],
        cap=(60, 250),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Kỹ thuật nuôi ong, khai thác", [3, 3, 3]),
               ("Lọc, hạ thủy phần, chiết rót", [2, 2, 3]), ("Bán hàng trực tuyến, đóng đơn", [1, 2, 2])],
        wage=6.5, energy=2500,
        inv=[("Nhà chiết rót và kho thành phẩm 120 m² (bố trí một chiều)", 380, True),
             ("Máy hạ thủy phần chân không 200 kg/mẻ", 260, True),
             ("Máy chiết rót, đóng nắp, dán nhãn bán tự động", 180, True),
             ("Bổ sung 150 thùng ong, cầu ong và dụng cụ", 120, True),
             ("Kiểm nghiệm dư lượng kháng sinh, duy trì HACCP, gia hạn đăng ký FDA", 90, False),
             ("Thiết kế bao bì xuất khẩu, tem truy xuất QR", 40, False),
             ("Vốn lưu động", 330, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=8, loan=[600, 450, 300], rate=0.08, promo=0.03, tax=0.015, other=60,
        sample=("Golden Lotus Trading Inc.", [(0, 2400), (1, 300)])),
    "fu02": dict(
        unit="lít", fx=25500,
        products=[("Nước mắm cá cơm 40 độ đạm, chai thủy tinh 500 ml", "chai", 0.5, 95000, 105000, 3.40, 11000),
                  ("Nước mắm cá cơm 30 độ đạm, chai PET 1 lít", "chai", 1, 85000, 95000, 3.00, 6000),
                  ("Nước mắm cá cơm 25 độ đạm, can 5 lít", "can", 5, 300000, 0, 0, 18000)],
        sales=[dict(dom=[14000, 15000, 16000], onl=[6000, 7000, 8000], exp=[9600, 12000, 14400]),
               dict(dom=[12000, 13000, 14000], onl=[3000, 3500, 4000], exp=[4800, 6000, 7200]),
               dict(dom=[1600, 1700, 1800])],
        platforms=[("Shopee", 50, 14.0), ("TikTok Shop", 35, 11.0), ("Lazada", 15, 12.0)],
        per_order=3, ship=25000, lots=[4, 5, 6], lot_cost=30,
        hist=[(34500, 98000, 610, 10), (37000, 102000, 680, 11), (39500, 106000, 760, 11)],
        raws=[("Cá cơm tươi", "kg", 1.4, 30000), ("Muối hạt sạch", "kg", 0.4, 4000)],
        own=None,
        buy=[("Tổ đoàn kết nghề cá Hải Hà", 9, 32000), ("Tổ đoàn kết nghề cá Bắc Hải", 8, 28000),
             ("Tổ đoàn kết nghề cá Tân Phú", 6, 22000)],
        cap=(250, 260),
        roles=[("Giám đốc, kế toán, kỹ thuật", [3, 3, 3]), ("Muối chượp, đảo chượp, kéo rút", [4, 4, 5]),
               ("Lọc, chiết rót, đóng gói", [3, 3, 3]), ("Kinh doanh, bán hàng trực tuyến", [2, 2, 2])],
        wage=7.0, energy=1500,
        inv=[("Nhà lọc, chiết rót khép kín 150 m²", 450, True),
             ("20 thùng gỗ ủ chượp 2 m³", 320, True),
             ("Dây chuyền lọc, chiết rót, đóng nắp 250 lít/ngày", 380, True),
             ("Hệ thống thu gom, xử lý nước rửa và khử mùi", 150, True),
             ("Duy trì HACCP, kiểm nghiệm lô xuất khẩu, gia hạn đăng ký FDA", 80, False),
             ("Vốn lưu động (mua cá vụ cá cơm)", 620, False)],
        src=[("Vốn chủ sở hữu (các cổ đông góp)", 1100), ("Vay Ngân hàng thương mại", 900)],
        life=10, loan=[900, 700, 500], rate=0.085, promo=0.03, tax=0.02, other=90,
        sample=("Saigon Harbor Foods LLC", [(0, 4800), (1, 2400)])),
    "fu03": dict(
        unit="kg", fx=25400,
        products=[("Bưởi Phúc Trạch loại 1, hộp quà 2 quả (3 kg)", "hộp", 3, 150000, 170000, 0, 12000),
                  ("Bưởi Phúc Trạch loại 1, thùng carton 12 kg", "thùng", 12, 360000, 0, 21.60, 15000)],
        sales=[dict(dom=[8000, 8800, 9600], onl=[5000, 5800, 6600]),
               dict(dom=[4000, 4300, 4600], exp=[2400, 3000, 3600])],
        platforms=[("TikTok Shop", 50, 10.0), ("Shopee", 35, 13.0), ("Lazada", 15, 12.0)],
        per_order=1, ship=30000, lots=[4, 5, 6], lot_cost=35,
        hist=[(97000, 34000, 300, 11), (103000, 35000, 330, 12), (108000, 36000, 360, 12)],
        raws=[("Bưởi quả loại 1 thu mua tại vườn", "kg", 1.06, 18000)],
        own=("vườn bưởi VietGAP của thành viên", 14, "ha", 9000),
        buy=[("Thôn Phúc Đình", 12, 14000), ("Thôn Trung Hòa", 10, 12000), ("Thôn Đồng Tâm", 8, 9000)],
        cap=(1500, 120),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Kỹ thuật vùng trồng, giám sát VietGAP", [2, 2, 2]),
               ("Phân loại, làm sạch, đóng gói", [6, 6, 7]), ("Bán hàng, trực tuyến", [2, 2, 2])],
        wage=5.0, energy=400,
        inv=[("Nhà sơ chế, đóng gói 200 m²", 520, True), ("Kho lạnh bảo quản 40 tấn", 380, True),
             ("Máy rửa, làm khô, phân loại theo trọng lượng", 260, True),
             ("Hệ thống tưới nhỏ giọt vùng trồng 14 ha", 300, True),
             ("Duy trì VietGAP, giám sát mã số vùng trồng, kiểm nghiệm", 60, False),
             ("Bao bì xuất khẩu, tem truy xuất", 50, False), ("Vốn lưu động", 430, False)],
        src=[("Vốn góp của thành viên", 700), ("Quỹ đầu tư phát triển của hợp tác xã", 300),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1000)],
        life=10, loan=[1000, 800, 600], rate=0.08, promo=0.03, tax=0.015, other=60,
        sample=("Evergreen Fresh Pte. Ltd.", [(1, 600)])),
    "fu04": dict(
        unit="sản phẩm", fx=25400,
        products=[("Giỏ mây đan tay có quai, bộ 3 chiếc", "bộ", 1, 280000, 310000, 10.50, 14000),
                  ("Khay tre ép vân hình chữ nhật", "chiếc", 1, 160000, 179000, 5.60, 8000),
                  ("Chụp đèn mây tre đan", "chiếc", 1, 380000, 420000, 13.50, 20000)],
        sales=[dict(dom=[1200, 1300, 1400], onl=[1500, 1800, 2100], exp=[2400, 2800, 3200]),
               dict(dom=[1500, 1600, 1700], onl=[1800, 2100, 2400], exp=[3000, 3400, 3800]),
               dict(dom=[300, 350, 400], onl=[400, 500, 600], exp=[800, 1000, 1200])],
        platforms=[("Shopee", 50, 14.0), ("Lazada", 30, 12.0), ("TikTok Shop", 20, 10.0)],
        per_order=1, ship=35000, lots=[3, 4, 4], lot_cost=28,
        hist=[(9700, 205000, 190, 15), (10600, 212000, 215, 16), (11700, 220000, 245, 17)],
        raws=[("Mây, tre nguyên liệu đã sơ chế", "kg", 0.45, 55000), ("Sơn PU gốc nước, keo", "lít", 0.03, 160000)],
        own=("mây, tre thành viên tự khai thác", 24, "hộ", 150),
        buy=[("Thôn Tùng Sơn", 15, 1800), ("Thôn Hòa Thịnh", 12, 1500), ("Bản Khe Mây", 9, 1200)],
        cap=(64, 290),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Thợ đan, ép, tạo hình", [10, 11, 12]),
               ("Hoàn thiện, sơn phủ, kiểm hàng", [3, 3, 3]), ("Đóng gói, bán hàng trực tuyến", [2, 2, 2])],
        wage=5.5, energy=2000,
        inv=[("Xưởng đan và kho thành phẩm 240 m²", 420, True), ("Máy ép nhiệt tre ghép và khuôn", 180, True),
             ("Lò sấy chống mốc bằng hơi nhiệt", 150, True),
             ("Buồng phun sơn màng nước và hệ thống hút bụi", 160, True),
             ("Thiết kế mẫu, bao bì, catalogue tiếng Anh, tiếng Nhật", 50, False),
             ("Thử nghiệm formaldehyde, nấm mốc cho hàng xuất khẩu", 30, False),
             ("Vốn lưu động", 310, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Quỹ hỗ trợ phát triển hợp tác xã tỉnh", 300),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=8, loan=[700, 550, 400], rate=0.075, promo=0.03, tax=0.01, other=50,
        sample=("Kinoya Zakka Co., Ltd.", [(0, 600), (1, 800), (2, 200)])),
    "fu05": dict(
        unit="kg", fx=25400,
        products=[("Chè xanh búp khô, túi 200 g", "túi", 0.2, 60000, 68000, 2.80, 5000),
                  ("Chè xanh đặc sản, hộp 500 g", "hộp", 0.5, 170000, 185000, 7.50, 12000),
                  ("Chè xanh túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 45000, 52000, 0, 6000)],
        sales=[dict(dom=[8000, 8800, 9600], onl=[5000, 5800, 6600], exp=[6000, 7200, 8400]),
               dict(dom=[1200, 1300, 1400], onl=[800, 900, 1000], exp=[1800, 2200, 2600]),
               dict(dom=[4000, 4400, 4800], onl=[3000, 3400, 3800])],
        platforms=[("Shopee", 55, 14.0), ("TikTok Shop", 30, 10.0), ("Lazada", 15, 12.0)],
        per_order=3, ship=18000, lots=[2, 3, 3], lot_cost=25,
        hist=[(4700, 240000, 150, 8), (5200, 250000, 175, 8), (5600, 260000, 200, 9)],
        raws=[("Chè búp tươi (1 tôm 2 lá)", "kg", 4.5, 18000)],
        own=("vùng chè của hợp tác xã", 12, "ha", 2400),
        buy=[("Thôn Tiến Thắng", 8, 3600), ("Thôn Tân Tiến", 6, 3000), ("Thôn Khe Lim", 5, 2400)],
        cap=(36, 240),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Chế biến: diệt men, vò, sao", [4, 4, 5]),
               ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=5.5, energy=12000,
        inv=[("Nhà xưởng chế biến 150 m²", 350, True), ("Máy diệt men, máy vò, máy sao chè", 320, True),
             ("Máy đóng túi lọc, máy hút chân không", 180, True), ("Hệ thống tưới vùng chè", 150, True),
             ("Chuyển đổi hữu cơ, kiểm nghiệm, chứng nhận", 80, False), ("Vốn lưu động", 320, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 600, 400], rate=0.08, promo=0.03, tax=0.015, other=50,
        sample=("Formosa Leaf Trading Co.", [(0, 3000), (1, 900)])),
    "fu06": dict(
        unit="lít", fx=25400,
        products=[("Rượu nếp cái hoa vàng 35% vol, chai 500 ml", "chai", 0.5, 180000, 195000, 5.50, 16000),
                  ("Rượu nếp cái hoa vàng 40% vol, bình gốm 1 lít", "bình", 1, 420000, 450000, 13.50, 45000)],
        sales=[dict(dom=[4000, 4200, 4400], onl=[1500, 1700, 1900], exp=[6000, 7200, 8400]),
               dict(dom=[800, 850, 900], onl=[300, 350, 400], exp=[1200, 1500, 1800])],
        platforms=[("Shopee", 60, 14.0), ("Lazada", 40, 12.0)],
        per_order=2, ship=25000, lots=[3, 4, 4], lot_cost=30,
        hist=[(6400, 330000, 150, 7), (7000, 340000, 175, 7), (7500, 350000, 200, 8)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 1.5, 32000), ("Men lá truyền thống", "kg", 0.04, 180000)],
        own=("ruộng nếp cái hoa vàng công ty thuê và canh tác", 2.5, "ha", 5200),
        buy=[("Hợp tác xã Nông nghiệp Thạch Lạc (hợp đồng bao tiêu)", 14, 6000)],
        cap=(50, 280),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [3, 3, 3]),
               ("Lọc, hạ thổ, chiết rót", [2, 2, 2]), ("Bán hàng, xuất khẩu", [1, 1, 1])],
        wage=6.0, energy=6000, excise=[0.70, 0.75, 0.80],
        inv=[("Nhà nấu, chưng cất và kho ủ 160 m²", 420, True),
             ("Nồi chưng cất inox hai tầng 200 lít/mẻ", 260, True),
             ("Hệ thống lọc, hạ độ aldehyde và chiết rót", 240, True),
             ("Hầm hạ thổ, 60 chum sành 100 lít", 150, True),
             ("Thiết kế bình gốm, hộp quà xuất khẩu", 70, False),
             ("Kiểm nghiệm, công bố sản phẩm, xúc tiến tại Nhật Bản", 60, False),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng thương mại", 450)],
        life=10, loan=[450, 350, 250], rate=0.09, promo=0.03, tax=0.01, other=50,
        sample=("Sakura Asia Foods K.K.", [(0, 2400), (1, 400)])),
    "fu07": dict(
        unit="kg", fx=25400,
        products=[("Kẹo cu đơ gừng, hộp 10 chiếc (400 g)", "hộp", 0.4, 58000, 65000, 2.40, 4500),
                  ("Kẹo cu đơ lạc vừng, túi 500 g", "túi", 0.5, 60000, 68000, 2.60, 2500)],
        sales=[dict(dom=[6000, 6300, 6600], onl=[9000, 24000, 30000], exp=[1200, 1500, 1800]),
               dict(dom=[4000, 4200, 4400], onl=[6000, 16000, 20000], exp=[800, 1000, 1200])],
        platforms=[("TikTok Shop", 65, 11.0), ("Shopee", 35, 14.0)],
        per_order=2, ship=15000, lots=[1, 1, 1], lot_cost=15,
        hist=[(9000, 120000, 140, 7), (9800, 122000, 155, 7), (10600, 125000, 170, 7)],
        raws=[("Lạc nhân", "kg", 0.35, 55000), ("Mật mía", "kg", 0.45, 30000), ("Gừng tươi", "kg", 0.08, 30000),
              ("Bánh đa vừng", "kg", 0.12, 60000)],
        own=None,
        buy=[("Tổ hợp tác trồng lạc thôn Tiên Quang", 22, 6000), ("Các hộ trồng lạc thôn Đông Điền", 15, 5000)],
        cap=(110, 300),
        roles=[("Chủ hộ, quản lý, livestream", [1, 1, 1]), ("Nấu mật, cán, cắt kẹo", [3, 3, 3]),
               ("Đóng gói, giao đơn", [3, 3, 3])],
        wage=5.5, energy=3000,
        inv=[("Mở rộng bếp nấu, phòng đóng gói 60 m²", 180, True),
             ("Nồi nấu mật có cánh khuấy 60 kg/mẻ", 90, True), ("Máy cán, cắt kẹo", 70, True),
             ("Máy hàn miệng túi, máy co màng", 40, True), ("Bộ thiết bị livestream", 30, True),
             ("Vốn lưu động", 190, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066, promo=0.04, tax=0.015, other=30,
        sample=("Hanbit Mart Co., Ltd.", [(0, 1200), (1, 800)])),
    "fu08": dict(
        unit="kg", fx=25400,
        products=[("Tinh bột nghệ vàng nguyên chất, hũ 200 g", "hũ", 0.2, 120000, 135000, 5.20, 8000),
                  ("Tinh bột nghệ đỏ, túi 500 g", "túi", 0.5, 260000, 285000, 11.00, 6000)],
        sales=[dict(dom=[5000, 5500, 6000], onl=[6000, 6800, 7600], exp=[3000, 3600, 4200]),
               dict(dom=[1200, 1300, 1400], onl=[1000, 1150, 1300], exp=[600, 720, 840])],
        platforms=[("TikTok Shop", 45, 11.0), ("Shopee", 40, 14.0), ("Lazada", 15, 12.0)],
        per_order=2, ship=18000, lots=[2, 3, 3], lot_cost=24,
        hist=[(3200, 540000, 210, 9), (3550, 550000, 240, 10), (3850, 560000, 265, 10)],
        raws=[("Củ nghệ tươi", "kg", 16, 9000)],
        own=("vùng trồng nghệ của thành viên", 3, "ha", 22000),
        buy=[("Thôn Kỳ Sơn", 14, 9000), ("Thôn Tân Phong", 11, 8000), ("Thôn Hòa Bình", 9, 7000)],
        cap=(22, 280),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Trồng, thu hoạch, rửa, xay", [4, 4, 4]),
               ("Lọc, tách dầu, sấy, đóng gói", [3, 3, 4]), ("Bán hàng trực tuyến", [1, 2, 2])],
        wage=5.5, energy=15000,
        inv=[("Nhà xưởng sơ chế, lọc tinh bột 180 m²", 400, True), ("Máy rửa, máy xay nghệ công nghiệp", 160, True),
             ("Bể lắng inox, máy tách dầu nghệ", 180, True), ("Máy sấy lạnh 100 kg/mẻ", 240, True),
             ("Hệ thống lắng lọc nước thải", 120, True), ("Bao bì, đăng ký FDA, xúc tiến xuất khẩu", 60, False),
             ("Vốn lưu động", 340, False)],
        src=[("Vốn góp của thành viên", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 600, 400], rate=0.08, promo=0.03, tax=0.015, other=50,
        sample=("Lotus Pacific Imports Inc.", [(0, 1500), (1, 300)])),
    "fu09": dict(
        unit="kg", fx=25400,
        products=[("Mực khô câu loại 1 (10–14 con/kg), túi 500 g", "túi", 0.5, 850000, 890000, 32.00, 6000),
                  ("Mực khô loại 2 (18–25 con/kg), túi 500 g", "túi", 0.5, 620000, 660000, 0, 6000),
                  ("Mực khô tẩm gia vị xé sợi, túi 200 g", "túi", 0.2, 150000, 165000, 5.80, 4000)],
        sales=[dict(dom=[1800, 2000, 2200], onl=[1200, 1400, 1600], exp=[1200, 1500, 1800]),
               dict(dom=[1200, 1300, 1400], onl=[800, 900, 1000]),
               dict(dom=[1500, 1650, 1800], onl=[2000, 2300, 2600], exp=[1000, 1200, 1400])],
        platforms=[("Shopee", 50, 14.0), ("TikTok Shop", 35, 11.0), ("Lazada", 15, 12.0)],
        per_order=2, ship=22000, lots=[2, 3, 3], lot_cost=30,
        hist=[(3300, 1250000, 300, 9), (3550, 1300000, 340, 10), (3800, 1340000, 380, 10)],
        raws=[("Mực ống, mực lá tươi (mực câu)", "kg", 5, 170000), ("Gia vị tẩm (đường, ớt, sa tế)", "kg", 0.03, 60000)],
        own=("tàu câu mực của công ty", 2, "tàu", 6000),
        buy=[("Tổ đoàn kết khai thác hải sản Thạch Kim 1", 8, 7000), ("Tổ đoàn kết khai thác hải sản Thạch Kim 3", 7, 5500),
             ("Các tàu câu xã Lộc Hà", 5, 3500)],
        cap=(20, 210),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Thu mua, mổ, rửa, phơi sấy", [5, 5, 5]),
               ("Phân loại, tẩm, đóng gói", [2, 2, 2]), ("Bán hàng trực tuyến, xuất khẩu", [1, 1, 1])],
        wage=7.0, energy=25000,
        inv=[("Cải tạo nhà sơ chế 120 m² (lát nền, ốp tường, bàn inox)", 420, True),
             ("Kho lạnh bảo quản 10 tấn", 380, True), ("Máy xé sợi, máy tẩm, máy hút chân không", 210, True),
             ("Lưới chống côn trùng, xe đẩy, khay inox", 90, True),
             ("Thiết kế bao bì xuất khẩu, kiểm nghiệm", 50, False), ("Vốn lưu động (thu mua mực vụ nam)", 650, False)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng thương mại", 800)],
        life=10, loan=[800, 600, 400], rate=0.09, promo=0.03, tax=0.015, other=70,
        sample=("Busan Haemul Trading Co.", [(0, 600), (2, 500)])),
    "fu10": dict(
        unit="kg", fx=25400,
        products=[("Tinh bột sắn dây nguyên chất, túi 500 g", "túi", 0.5, 110000, 120000, 4.80, 3000),
                  ("Tinh bột sắn dây, hũ 1 kg", "hũ", 1, 200000, 220000, 0, 9000)],
        sales=[dict(dom=[2400, 2600, 2800], onl=[3600, 4400, 5200], exp=[1200, 1600, 2000]),
               dict(dom=[600, 650, 700], onl=[800, 950, 1100])],
        platforms=[("Shopee", 60, 14.0), ("TikTok Shop", 40, 11.0)],
        per_order=2, ship=18000, lots=[1, 2, 2], lot_cost=18,
        hist=[(3800, 170000, 140, 6), (4200, 175000, 160, 6), (4600, 180000, 180, 7)],
        raws=[("Củ sắn dây tươi", "kg", 8, 6000)],
        own=("ruộng sắn dây của các hộ trong nhóm", 2.5, "ha", 12000),
        buy=[("Thôn Lạc Thịnh", 6, 5000), ("Thôn Đông Tiến", 5, 4000), ("Thôn Khe Sanh", 3, 3000)],
        cap=(30, 240),
        roles=[("Trưởng nhóm, thu chi", [1, 1, 1]), ("Đào củ, rửa, xay, lọc", [4, 4, 5]),
               ("Phơi sấy, đóng gói, bán hàng", [2, 2, 2])],
        wage=4.5, energy=8000,
        inv=[("Nhà xưởng chung 100 m² và sân phơi có mái che", 180, True),
             ("Máy rửa củ, máy nghiền sắn dây", 120, True), ("Bể lắng, lọc inox", 90, True),
             ("Máy sấy lạnh 50 kg/mẻ", 150, True), ("Vốn lưu động (thu mua củ)", 160, False)],
        src=[("Vốn góp của các hộ", 400), ("Vay Quỹ hỗ trợ nông dân", 300)],
        life=8, loan=[300, 200, 100], rate=0.06, promo=0.03, tax=0.01, other=30,
        sample=("Taiwan Yuan Feng Food Co.", [(0, 1200)])),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "fu05": {"rev_line": ((2, 5), 1, 1.10)},     # 2028 export lines × 1,10 (converted at 27.940 đ/USD)
    "fu06": {"src_short": True},                 # sources 1.150 vs investment 1.500
    "fu07": {"profit": (0, 1.30), "growth": True},   # 2027 profit × 1,30; online ×2,6 in 2028
    "fu08": {"cost_total": (2, 0.91)},           # 2029 cost total written 9 % low
    "fu09": {"over_capacity": True, "payback": 1.5},  # output 4.580 / 5.160 kg vs 20 × 210; payback 1,5
    "fu10": {"shortfall": True},                 # need 47.200 / 54.400 kg vs 42.000 supply
}
READY = ("fu01", "fu02", "fu03", "fu04")
STEMS = {
    "fu01": "fu01_mat_ong_duc_giang_cty",
    "fu02": "fu02_nuoc_mam_song_ngu_cp",
    "fu03": "fu03_buoi_phuc_trach_thanh_binh_htx",
    "fu04": "fu04_may_tre_dan_tung_loc_htx",
    "fu05": "fu05_che_xanh_son_tien_htx",
    "fu06": "fu06_ruou_nep_thach_lac_cty",
    "fu07": "fu07_cu_do_thanh_huong_hkd",
    "fu08": "fu08_tinh_bot_nghe_ky_thuong_htx",
    "fu09": "fu09_muc_kho_thach_kim_cty",
    "fu10": "fu10_tinh_bot_san_day_ky_lac_nhom_ho",
    "fu11": "fu11_non_la_thach_dai_so_sai",
    "fu12": "fu12_banh_da_vung_dong_loc_so_sai",
}
SKETCHY = ("fu11", "fu12")


# --------------------------------------------------------------------------- model
def lines(k: str) -> list[dict]:
    """One revenue line per product and channel: packs, unit price in đ, revenue in triệu."""
    P = PLANS[k]
    out = []
    for i, pr in enumerate(P["products"]):
        _, _, _, dom, onl, usd, _ = pr
        for ch in CHANNELS:
            q = P["sales"][i].get(ch)
            if not q:
                continue
            price = {"dom": dom, "onl": onl, "exp": usd * P["fx"]}[ch]
            out.append(dict(p=i, ch=ch, q=q, price=price, usd=usd if ch == "exp" else 0,
                            rev=[q[y] * price / 1e6 for y in Y]))
    return out


def cost_lines(k: str, m: dict, rev: list[float], rev_onl: list[float], rev_home: list[float]):
    """(label, [3 years]) in triệu đồng; revenue-based lines use the revenue given."""
    P = PLANS[k]
    res = []
    for j, (lab, unit, norm, price) in enumerate(P["raws"]):
        res.append((f"{lab} ({fmt_int(price)} đ/{unit})", [m["out"][y] * norm * price / 1e6 for y in Y]))
    res.append(("Bao bì, nhãn, hộp", m["pack_cost"]))
    res.append(("Tiền công lao động", [m["staff"][y] * P["wage"] * 12 for y in Y]))
    res.append(("Điện, nước, nhiên liệu", [m["out"][y] * P["energy"] / 1e6 for y in Y]))
    res.append(("Phí sàn thương mại điện tử", [rev_onl[y] * m["comm"] / 100 for y in Y]))
    res.append(("Hỗ trợ phí vận chuyển đơn trực tuyến", m["ship_cost"]))
    res.append(("Chi phí xuất khẩu (vận chuyển, kiểm dịch, thủ tục)", m["exp_cost"]))
    if "excise" in P:
        res.append(("Thuế tiêu thụ đặc biệt (hàng bán trong nước)",
                    [rev_home[y] * P["excise"][y] / (1 + P["excise"][y]) for y in Y]))
    res.append(("Khấu hao tài sản cố định", [m["dep"]] * 3))
    res.append(("Lãi vay", [P["loan"][y] * P["rate"] for y in Y]))
    res.append(("Quảng cáo, xúc tiến thương mại", [rev[y] * P["promo"] for y in Y]))
    res.append(("Thuế, phí", [rev[y] * P["tax"] for y in Y]))
    res.append(("Chi phí quản lý, chi khác", [P["other"]] * 3))
    return res


def model(k: str) -> dict:
    """The true values."""
    P = PLANS[k]
    m: dict = {"lines": lines(k)}
    prods = P["products"]
    L = m["lines"]
    m["out"] = [sum(l["q"][y] * prods[l["p"]][2] for l in L) for y in Y]
    m["packs"] = [sum(l["q"][y] for l in L) for y in Y]
    m["rev"] = [sum(l["rev"][y] for l in L) for y in Y]
    for ch in CHANNELS:
        m["rev_" + ch] = [sum(l["rev"][y] for l in L if l["ch"] == ch) for y in Y]
    m["usd"] = [sum(l["q"][y] * l["usd"] for l in L if l["ch"] == "exp") for y in Y]
    m["onl_packs"] = [sum(l["q"][y] for l in L if l["ch"] == "onl") for y in Y]
    m["orders"] = [m["onl_packs"][y] / P["per_order"] for y in Y]
    m["ship_cost"] = [m["orders"][y] * P["ship"] / 1e6 for y in Y]
    m["exp_cost"] = [P["lots"][y] * P["lot_cost"] for y in Y]
    m["comm"] = sum(s * c for _, s, c in P["platforms"]) / 100       # weighted %, e.g. 12,5
    m["fee_by_platform"] = [m["rev_onl"][0] * s / 100 * c / 100 for _, s, c in P["platforms"]]
    m["pack_cost"] = [sum(l["q"][y] * prods[l["p"]][6] for l in L) / 1e6 for y in Y]
    m["staff"] = [sum(r[1][y] for r in P["roles"]) for y in Y]
    m["need"] = [[m["out"][y] * r[2] for y in Y] for r in P["raws"]]
    m["own"] = P["own"][1] * P["own"][3] if P["own"] else 0
    m["buy"] = sum(b[2] for b in P["buy"])
    m["supply"] = m["own"] + m["buy"]
    m["cap"] = P["cap"][0] * P["cap"][1]
    m["inv"] = sum(x[1] for x in P["inv"])
    m["fixed"] = sum(x[1] for x in P["inv"] if x[2])
    m["src"] = sum(x[1] for x in P["src"])
    m["dep"] = m["fixed"] / P["life"]
    m["hist_rev"] = [h[0] * h[1] / 1e6 for h in P["hist"]]
    m["costs"] = cost_lines(k, m, m["rev"], m["rev_onl"], [m["rev_dom"][y] + m["rev_onl"][y] for y in Y])
    m["cost"] = [sum(c[1][y] for c in m["costs"]) for y in Y]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
    m["payback"] = m["inv"] / (sum(m["profit"]) / 3 + m["dep"])
    imp, items = P["sample"]
    m["sample"] = [(i, q, prods[i][5], q * prods[i][5]) for i, q in items]
    m["sample_usd"] = sum(x[3] for x in m["sample"])
    m["sample_vnd"] = m["sample_usd"] * P["fx"] / 1e6
    return m


def stated(k: str) -> dict:
    """What the plan prints: the true values with the planted numeric defects applied."""
    P = PLANS[k]
    m = model(k)
    s = dict(m)
    d = PLANTED.get(k, {})
    s["line_rev"] = [list(l["rev"]) for l in m["lines"]]
    if "rev_line" in d:
        idx, y, f = d["rev_line"]
        for i in idx:
            s["line_rev"][i][y] = m["lines"][i]["rev"][y] * f
        s["rev"] = [sum(r[yy] for r in s["line_rev"]) for yy in Y]
        for ch in CHANNELS:
            s["rev_" + ch] = [sum(s["line_rev"][j][yy] for j, l in enumerate(m["lines"]) if l["ch"] == ch)
                              for yy in Y]
        s["costs"] = cost_lines(k, m, s["rev"], s["rev_onl"], [s["rev_dom"][yy] + s["rev_onl"][yy] for yy in Y])
        s["cost"] = [sum(c[1][yy] for c in s["costs"]) for yy in Y]
    s["cost_stated"] = list(s["cost"])
    if "cost_total" in d:
        y, f = d["cost_total"]
        s["cost_stated"][y] = s["cost"][y] * f
    s["profit"] = [s["rev"][y] - s["cost_stated"][y] for y in Y]
    if "profit" in d:
        y, f = d["profit"]
        s["profit"][y] = (m["rev"][y] - m["cost"][y]) * f
    s["margin"] = [s["profit"][y] / s["rev"][y] * 100 for y in Y]
    s["payback"] = round(m["inv"] / (sum(s["profit"]) / 3 + m["dep"]), 1)
    if "payback" in d:
        s["payback"] = d["payback"]
    return s


# --------------------------------------------------------------------------- formatting
def fmt_int(x: float) -> str:
    return f"{round(x):,}".replace(",", ".")


def fmt_dec(x: float, d: int = 1) -> str:
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def fmt_usd(x: float) -> str:
    return fmt_dec(x, 2)


# --------------------------------------------------------------------------- reading the plan
_NUM = re.compile(r"^-?[\d.]+(,\d+)?$")


CAPTIONS = {
    "history": "Kết quả sản xuất kinh doanh 2024 – 2026",
    "prices": "Quy cách và giá bán theo kênh",
    "platforms": "Kênh bán trên sàn thương mại điện tử",
    "sample": "Đơn hàng mẫu của nhà nhập khẩu",
    "raw": "Cân đối nguyên liệu",
    "equipment": "Máy móc, thiết bị và công suất",
    "staff": "Lao động theo bộ phận",
    "production": "Kế hoạch sản lượng theo kênh tiêu thụ",
    "inv": "Tổng vốn đầu tư",
    "src": "Nguồn vốn",
    "revenue": "Dự kiến doanh thu",
    "cost": "Dự kiến chi phí",
    "summary": "Tổng hợp hiệu quả kinh tế",
    "papers": "Hồ sơ pháp lý và chứng nhận",
    "schedule": "Tiến độ thực hiện",
}


class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables(self) -> dict[str, list[list[str]]]:
        """Tables by the caption "Bảng N. <caption>" written before them, keyed as CAPTIONS."""
        out: dict[str, list[list[str]]] = {}
        cur = None
        self.table_count = 0
        for line in self.body.splitlines():
            t = line.strip()
            if m := re.match(r"^\**Bảng (\d+)\.\s*(.+?)\**$", t):
                self.table_count += 1
                cur = next((key for key, cap in CAPTIONS.items() if m.group(2).startswith(cap)), m.group(2))
                out[cur] = []
                continue
            if cur is not None and t.startswith("|"):
                cells = [c.strip() for c in t.strip("|").split("|")]
                if all(re.fullmatch(r":?-+:?", c) for c in cells):
                    continue
                out[cur].append(cells)
        return out

    def nums(self, row: list[str], n: int) -> list[float]:
        vals = [plancheck.vn(c.lstrip("-")) * (-1 if c.startswith("-") else 1)
                for c in row[1:] if _NUM.match(c)]
        return vals[-n:] if len(vals) >= n else []


def cmp(p: Plan, what: str, got: list[float], want: list[float], tol: float = 0.01, absol: float = 0.11):
    if len(got) != len(want):
        p.failures.append(f"{what}: {len(got)} numbers, expected {len(want)}")
        return
    for g, w in zip(got, want):
        if not (close(g, w, tol) or abs(g - w) <= absol):
            p.failures.append(f"{what}: plan {g}, computed {round(w, 2)}")


def tab_rows(p: Plan, t: dict, key: str, what: str = "") -> list[list[str]]:
    rows = t.get(key)
    if not rows:
        p.failures.append(f"table {CAPTIONS[key]!r} not found")
        return []
    return rows[1:]  # header row off


# --------------------------------------------------------------------------- checks
def check_full(k: str) -> Plan:
    P = PLANS[k]
    p = Plan(STEMS[k])
    m, s = model(k), stated(k)
    d = PLANTED.get(k, {})
    t = p.tables()
    p.check(12 <= p.table_count <= 15 and len(t) == p.table_count, f"{p.table_count} tables, 12-15 wanted")
    prods = P["products"]

    # table: history
    rows = tab_rows(p, t, "history", "history")
    if rows:
        cmp(p, "history output", p.nums(rows[0], 3), [h[0] for h in P["hist"]])
        cmp(p, "history price", p.nums(rows[1], 3), [h[1] for h in P["hist"]])
        cmp(p, "history revenue", p.nums(rows[2], 3), m["hist_rev"])
        cmp(p, "history profit", p.nums(rows[3], 3), [h[2] for h in P["hist"]])
        cmp(p, "history workers", p.nums(rows[4], 3), [h[3] for h in P["hist"]])
    g27 = m["out"][0] / P["hist"][2][0] - 1
    p.check(0 <= g27 <= 0.20, f"2027 output growth on 2026 {g27:.1%}")

    # table: prices, USD and their VND equivalent
    rows = tab_rows(p, t, "prices", "prices")
    for i, pr in enumerate(prods):
        if i >= len(rows):
            p.failures.append("price table short")
            break
        r = rows[i]
        want = [pr[3]] + ([pr[4]] if pr[4] else []) + ([pr[5], pr[5] * P["fx"]] if pr[5] else [])
        got = [plancheck.vn(c) for c in r[2:] if _NUM.match(c)]
        cmp(p, f"price row {i + 1}", got, want, absol=0.5)
    p.has(f"{fmt_int(P['fx'])} đ/USD")

    # table: platforms
    rows = tab_rows(p, t, "platforms", "platforms")
    for j, (name, share, comm) in enumerate(P["platforms"]):
        cmp(p, f"platform {name}", p.nums(rows[j], 3), [share, comm, m["fee_by_platform"][j]])
    cmp(p, "platform total", p.nums(rows[len(P["platforms"])], 3),
        [100, m["comm"], sum(m["fee_by_platform"])])

    # table: the importer's sample order
    rows = tab_rows(p, t, "sample", "sample order")
    for j, (i, q, usd, amt) in enumerate(m["sample"]):
        cmp(p, f"sample line {j + 1}", p.nums(rows[j], 3), [q, usd, amt], absol=0.01)
    cmp(p, "sample total", p.nums(rows[len(m["sample"])], 1), [m["sample_usd"]], absol=0.01)
    p.has(fmt_int(m["sample_usd"]) + " USD", fmt_dec(m["sample_vnd"]) + " triệu đồng")

    # table: raw-material balance
    rows = tab_rows(p, t, "raw", "raw materials")
    cmp(p, "raw need", p.nums(rows[0], 3), m["need"][0], absol=0.6)
    r = 1
    if P["own"]:
        cmp(p, "own supply", p.nums(rows[r], 3), [m["own"]] * 3)
        r += 1
    for b in P["buy"]:
        cmp(p, f"purchase {b[0]}", p.nums(rows[r], 3), [b[2]] * 3)
        r += 1
    cmp(p, "supply total", p.nums(rows[r], 3), [m["supply"]] * 3)
    r += 1
    if d.get("shortfall"):
        p.check(len(rows) == r, "shortfall plan: the balance table should end at the supply row")
        for y in (1, 2):
            p.check(m["need"][0][y] > m["supply"] * 1.05,
                    f"planted shortfall {YEARS[y]}: need {m['need'][0][y]:.0f} vs supply {m['supply']}")
        p.check(m["need"][0][0] <= m["supply"], "2027 need within supply")
    else:
        cmp(p, "balance", p.nums(rows[r], 3), [m["supply"] - m["need"][0][y] for y in Y], absol=0.6)
        p.check(all(m["need"][0][y] <= m["supply"] for y in Y), "need within supply")

    # capacity
    if d.get("over_capacity"):
        for y in (1, 2):
            p.check(m["out"][y] > m["cap"] * 1.05, f"planted capacity {YEARS[y]}: {m['out'][y]} vs {m['cap']}")
        p.check(m["out"][0] <= m["cap"], "2027 within capacity")
    else:
        p.check(all(m["out"][y] <= m["cap"] for y in Y), f"output {m['out']} over capacity {m['cap']}")
    p.has(f"{fmt_int(P['cap'][0])} {P['unit']}/ngày", f"{fmt_int(m['cap'])} {P['unit']}")

    # table: staff
    rows = tab_rows(p, t, "staff", "staff")
    for j, (lab, v) in enumerate(P["roles"]):
        cmp(p, f"staff {lab}", p.nums(rows[j], 3), v)
    cmp(p, "staff total", p.nums(rows[len(P["roles"])], 3), m["staff"])

    # table: production plan by channel
    rows = tab_rows(p, t, "production", "production")
    for j, l in enumerate(m["lines"]):
        cmp(p, f"packs line {j + 1}", p.nums(rows[j], 3), l["q"])
    cmp(p, "output", p.nums(rows[len(m["lines"])], 3), m["out"])

    # table: investment and sources
    rows = tab_rows(p, t, "inv", "investment")
    for j, (lab, v, _) in enumerate(P["inv"]):
        cmp(p, f"investment {lab}", p.nums(rows[j], 1), [v])
    cmp(p, "investment total", p.nums(rows[len(P["inv"])], 1), [m["inv"]])
    rows = tab_rows(p, t, "src", "sources")
    for j, (lab, v) in enumerate(P["src"]):
        cmp(p, f"source {lab}", p.nums(rows[j], 2), [v, v / m["src"] * 100])
    cmp(p, "sources total", p.nums(rows[len(P["src"])], 2), [m["src"], 100])
    if d.get("src_short"):
        p.check(off(m["src"], m["inv"]), f"planted capital gap: sources {m['src']} vs investment {m['inv']}")
    else:
        p.check(m["src"] == m["inv"], f"sources {m['src']} != investment {m['inv']}")

    # table: revenue
    rows = tab_rows(p, t, "revenue", "revenue")
    for j, l in enumerate(m["lines"]):
        cmp(p, f"revenue line {j + 1}", p.nums(rows[j], 3), s["line_rev"][j])
    cmp(p, "revenue total", p.nums(rows[len(m["lines"])], 3), s["rev"])
    if "rev_line" in d:
        idx, y, f = d["rev_line"]
        for i in idx:
            p.check(off(s["line_rev"][i][y], m["lines"][i]["rev"][y]),
                    f"planted revenue line: {s['line_rev'][i][y]:.1f} vs true {m['lines'][i]['rev'][y]:.1f}")
        p.check(off(s["rev_exp"][y], m["usd"][y] * P["fx"] / 1e6),
                f"export {s['rev_exp'][y]:.1f} vs {m['usd'][y]:.0f} USD × rate")
        p.check(off(s["rev"][y], m["rev"][y], 3), f"revenue total {s['rev'][y]:.1f} vs true {m['rev'][y]:.1f}")

    # table: costs
    rows = tab_rows(p, t, "cost", "costs")
    for j, (lab, v) in enumerate(s["costs"]):
        cmp(p, f"cost {lab}", p.nums(rows[j], 3), v)
    cmp(p, "cost total", p.nums(rows[len(s["costs"])], 3), s["cost_stated"])
    if "cost_total" in d:
        y, f = d["cost_total"]
        p.check(off(s["cost_stated"][y], s["cost"][y]),
                f"planted cost total: {s['cost_stated'][y]:.1f} vs lines {s['cost'][y]:.1f}")

    # table: summary
    rows = tab_rows(p, t, "summary", "summary")
    cmp(p, "summary domestic", p.nums(rows[0], 3), s["rev_dom"])
    cmp(p, "summary online", p.nums(rows[1], 3), s["rev_onl"])
    cmp(p, "summary export", p.nums(rows[2], 3), s["rev_exp"])
    cmp(p, "summary revenue", p.nums(rows[3], 3), s["rev"])
    cmp(p, "summary cost", p.nums(rows[4], 3), s["cost_stated"])
    cmp(p, "summary profit", p.nums(rows[5], 3), s["profit"])
    cmp(p, "summary margin", p.nums(rows[6], 3), s["margin"])
    if "profit" in d:
        y, f = d["profit"]
        p.check(off(s["profit"][y], m["profit"][y]),
                f"planted profit {s['profit'][y]:.1f} vs true {m['profit'][y]:.1f}")
    true_margins = [mm for mm in m["margin"]]
    p.check(all(0 < x < 40 for x in true_margins), f"true margins {true_margins}")

    # payback as printed
    p.has(f"khoảng {fmt_dec(s['payback'])} năm")
    if "payback" in d:
        p.check(off(s["payback"], m["payback"]), f"planted payback {s['payback']} vs true {m['payback']:.1f}")
    elif any(x in d for x in ("rev_line", "cost_total", "profit")):
        # the printed payback follows the printed (wrong) profits: a knock-on, tolerated
        want = m["inv"] / (sum(s["profit"]) / 3 + m["dep"])
        p.check(abs(s["payback"] - want) <= 0.06, f"payback {s['payback']} vs printed profits {want:.2f}")
    else:
        p.check(abs(s["payback"] - m["payback"]) <= 0.06, f"payback {s['payback']} vs {m['payback']:.2f}")

    # growth
    g = [m["rev"][y + 1] / m["rev"][y] - 1 for y in (0, 1)]
    if d.get("growth"):
        p.check(m["out"][1] / m["out"][0] > 1.8, "planted growth: output should nearly double in 2028")
    else:
        p.check(all(x < 0.31 for x in g), f"revenue growth {g}")

    # USD text for the export
    for y in Y:
        p.has(f"{fmt_int(m['usd'][y])} USD")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def has_ci(p: Plan, *snippets: str) -> None:
    low = p.body.lower()
    for x in snippets:
        if x.lower() not in low:
            p.failures.append(f"text not found: {x!r}")


def check_ready(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
    has_ci(p, "tiêu chuẩn cơ sở", "nhãn hiệu", "truy xuất", "môi trường", "phiếu kết quả thử nghiệm", "mã số")
    p.lacks(REPLACED, "replaced instrument or district body")
    for dd in re.findall(r"đến (\d{2})/(\d{2})/(\d{4})", p.body):
        p.check(int(dd[2]) >= 2029, f"paper valid only to {'/'.join(dd)}")


def check_defects(k: str, p: Plan) -> None:
    b = p.body
    if k == "fu05":
        p.has("đã được chứng nhận hữu cơ", "dự kiến được cấp giấy chứng nhận hữu cơ")
        p.lacks(r"nhãn hiệu|sở hữu trí tuệ|logo|bảo hộ|thương hiệu|Madrid", "trademark word")
        p.lacks(REPLACED, "replaced instrument")
    if k == "fu06":
        p.lacks(r"giấy phép|105/2017|17/2020", "alcohol licence word")
        p.has("Công ty TNHH Rượu nếp Thạch Lạc", "Công ty TNHH Rượu quê Kim Liên")
        p.check(b.count("Kim Liên") == 2, "the other producer's name appears exactly twice")
        p.lacks(REPLACED, "replaced instrument")
    if k == "fu07":
        p.lacks(r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021|mã vạch", "label word")
        p.lacks(REPLACED, "replaced instrument")
    if k == "fu08":
        p.lacks(r"tiêu chuẩn|tự công bố|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|TCCS", "standard word")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "huyện Kỳ Anh")
        p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "current OCOP decision")
    if k == "fu09":
        p.lacks(r"môi trường|nước thải|chất thải|\brác\b|mùi|xử lý|bể lắng|khử", "environment word")
        p.lacks(REPLACED, "replaced instrument")
    if k == "fu10":
        p.lacks(r"đăng ký kinh doanh|mã số thuế|giấy chứng nhận đăng ký|hộ kinh doanh|hợp tác xã|doanh nghiệp",
                "registration word")
        p.lacks(r"truy xuất|nhật ký|QR|mã lô|số lô|\btem\b|kiểm soát nội bộ|kiểm soát chất lượng", "QC word")
        p.has("đủ nguyên liệu")
        p.lacks(REPLACED, "replaced instrument")


def check_sketchy(k: str) -> Plan:
    p = Plan(STEMS[k])
    words = len(re.findall(r"\w+", re.sub(r"^#+ ", "", p.body, flags=re.M)))
    p.check(150 <= words <= 320, f"{words} words")
    p.check(not p.rows, "a sketchy plan has no table")
    figs = len(re.findall(r"\d[\d.,]*", p.body))
    p.check(3 <= figs <= 14, f"{figs} figures")
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(r"tiêu chuẩn cơ sở|tự công bố|nhãn hiệu|43/2017", "paper a sketchy plan lacks")
    return p


def main() -> int:
    plans = []
    for k in STEMS:
        if k in SKETCHY:
            plans.append(check_sketchy(k))
            continue
        p = check_full(k)
        if k in READY:
            check_ready(p)
        else:
            check_defects(k, p)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
