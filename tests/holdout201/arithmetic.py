"""The 201st holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout201/arithmetic.py [gt01 gt05 ...]

Theme: prices that change year by year and by buyer. Every full plan (gt01-gt10) states a list
price per pack for 2027 and how it moves (a yearly rise in %, rounded to the thousand or the
hundred đồng, or a fixed rise in đồng a year), splits its sales between buyers (retail at the
producer, wholesale, agents, supermarkets and OCOP shops, restaurants, consignment shops,
collaborators selling online, tour guides) with the share of volume of each, and either lowers the
price a buyer pays (chiết khấu: net price = list price x (1 - discount), rounded to the hundred
đồng; in some plans the discount changes by year) or pays the buyer a commission on what goes
through it (hoa hồng, phí sàn: a cost line = commission x that channel's revenue). Revenue is
printed in the form each producer uses: price tables by buyer and year with revenue per buyer
(gt01, gt09), list-price revenue minus a "chiết khấu thương mại" row giving "doanh thu thuần"
(gt02, gt06), a block per product with quantity, list price, average net price and revenue (gt04,
gt07), revenue per product and channel at the discounted price (gt05, gt08), and revenue at the
list price with the commissions as cost lines (gt03, gt10).

From the constants this script recomputes: packs = previous year x (1 + growth) to the ten, list
prices by year, net prices by buyer, packs per buyer (share of the year's packs, the first buyer
taking the rounding), revenue per buyer and product, list-price revenue, the discount row, net
revenue, commissions, output in the base unit, capacity and its use, the 2024-2026 history and its
average growth, raw-material supply (count x yield) against need (output x norm), staff and wage
fund (staff x wage x 12, wage indexed by year), investment items and sources, depreciation,
interest, every cost line (share x net revenue, commission lines, fixed lines), the cost total,
profit = revenue - cost, margin, and payback = investment / (average profit + depreciation). Each
figure is read back from the plan's source (tables found by their caption "Bảng N. <title>") and
compared within 1 % (or 0,11 of a million); the planted numeric defects must be wrong by more than
5 % with the true value computed beside them. Relations are also recomputed from the printed
cells alone (price x quantity, sums, differences), so a table that agrees with the model but not
with itself is caught too. Textual defects are asserted through the presence or absence of their
words; ready plans must cite QĐ 148/QĐ-TTg and QĐ 1489/QĐ-TTg and none of the replaced instruments
or district bodies. Sketchy plans: 150-350 words, no table.
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

Y = range(3)
YEARS = (2027, 2028, 2029)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# form: how revenue is printed (buyer | gross | block | channel | commission)
# products: (name, short label, pack word, size in base unit, 2027 list price đ, 2027 packs)
# g_out: pack growth 2027->2028, 2028->2029 (packs rounded to the ten)
# price: {"g": yearly rise, "step": rounding đ} or {"inc": [đ added a year per product]}
# channels: (name, short label, share of packs, discount (one or per year), commission, cost label)
# hist: output 2024-2026 (base unit), average net price đ per base unit, margin
# raws: (label, unit, norm per base unit, [(supply label, [count per year], word, yield)])
# cap: (rating per day, days, rating text, days text)
# roles: [(role, staff per year)]; wage: 2027 monthly wage (triệu); g_wage: yearly index
# shares: cost lines as a share of net revenue: (label, share)
# inv: [(label, triệu, fixed?)]; src: [(label, triệu)]; life: years; loan: balance a year; rate
# plant: the planted numeric defects (see PLANTED below)
PLANS: dict[str, dict] = {
    "gt01": dict(
        form="buyer", unit="kg",
        products=[("Cu đơ lát mỏng, hộp 300 g", "Hộp 300 g", "hộp", 0.3, 45000, 30000),
                  ("Cu đơ thanh truyền thống, gói 500 g", "Gói 500 g", "gói", 0.5, 62000, 14000),
                  ("Cu đơ gừng, hộp quà 600 g", "Hộp quà 600 g", "hộp", 0.6, 98000, 5000)],
        g_out=(0.08, 0.08), price=dict(g=0.05, step=1000),
        channels=[("Khách lẻ tại cửa hàng, du khách", "giá lẻ", 0.25, 0.0, 0, ""),
                  ("Khách sỉ: quán quà, nhà hàng, khách đoàn", "giá sỉ", 0.35, 0.10, 0, ""),
                  ("Đại lý cấp 1, siêu thị", "giá đại lý", 0.40, 0.18, 0, "")],
        hist=dict(out=[15800, 16900, 18100], price=[118000, 122000, 126000],
                  margin=[0.095, 0.10, 0.105]),
        raws=[("Lạc nhân", "kg", 0.35,
               [("Hộ trồng lạc thôn Bình Minh", [40, 40, 40], "hộ", 120),
                ("Hộ trồng lạc thôn Phú Mỹ", [35, 35, 35], "hộ", 120)]),
              ("Mạch nha", "kg", 0.25,
               [("Cơ sở mạch nha Hồng Lạc (hợp đồng)", [1, 1, 1], "cơ sở", 6500)])],
        cap=(90, 300, "90 kg kẹo/ngày", "300 ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu kẹo, cán, cắt", [4, 4, 4]),
               ("Đóng gói, kho", [2, 2, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=5.8, g_wage=0.05,
        shares=[("Đường, mạch nha, lạc, gừng", 0.34), ("Bao bì, hộp, túi", 0.09),
                ("Điện, than, nước", 0.035), ("Vận chuyển, quảng bá", 0.035), ("Thuế, phí", 0.015)],
        inv=[("Nồi nấu kẹo hai vỏ gia nhiệt", 220, True), ("Máy cán, cắt kẹo lát mỏng", 180, True),
             ("Cải tạo phòng đóng gói một chiều", 240, True),
             ("Bao bì, mã vạch, tem truy xuất", 60, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.085, other=70, plant={}),
    "gt02": dict(
        form="gross", unit="kg",
        products=[("Chè búp khô đặc biệt, hộp 200 g", "Hộp 200 g", "hộp", 0.2, 120000, 9000),
                  ("Chè búp khô, túi 500 g", "Túi 500 g", "túi", 0.5, 210000, 5000),
                  ("Chè xanh túi lọc, hộp 25 gói × 2 g", "Hộp túi lọc", "hộp", 0.05, 55000, 12000)],
        g_out=(0.07, 0.07), price=dict(g=0.04, step=1000),
        channels=[("Bán lẻ tại cửa hàng của hợp tác xã", "Bán lẻ", 0.30, 0.0, 0, ""),
                  ("Đại lý chè trong và ngoài tỉnh", "Đại lý", 0.35, 0.12, 0, ""),
                  ("Siêu thị, cửa hàng OCOP", "Siêu thị, OCOP", 0.20, 0.18, 0, ""),
                  ("Gian hàng trên sàn thương mại điện tử", "Sàn TMĐT", 0.15, 0.0, 0.08,
                   "Phí sàn thương mại điện tử")],
        hist=dict(out=[4050, 4300, 4580], price=[468000, 482000, 497000],
                  margin=[0.12, 0.125, 0.13]),
        raws=[("Chè búp tươi", "kg", 4.8,
               [("Đồi chè của hợp tác xã", [3, 3, 3], "ha", 8000),
                ("Hộ thành viên thôn Tân Hương", [12, 12, 12], "hộ", 700),
                ("Hộ thôn Khe Giao (hợp đồng thu mua)", [8, 8, 8], "hộ", 600)])],
        cap=(30, 240, "30 kg chè khô/ngày", "240 ngày"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Hái, vận chuyển, sơ chế", [4, 4, 4]),
               ("Sao, vò, đóng gói", [3, 3, 4]), ("Bán hàng, kho", [1, 1, 1])],
        wage=5.4, g_wage=0.05,
        shares=[("Chè búp tươi", 0.30), ("Bao bì, hộp, túi lọc", 0.08), ("Điện, củi, nước", 0.05),
                ("Vận chuyển, quảng bá", 0.035), ("Thuế, phí", 0.015)],
        inv=[("Máy sao, vò chè liên hoàn", 320, True), ("Máy đóng gói túi lọc", 260, True),
             ("Nhà sơ chế, kho 100 m²", 300, True), ("Bao bì, tem truy xuất, kiểm nghiệm", 70, False),
             ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, other=60, plant={}),
    "gt03": dict(
        form="commission", unit="lít",
        products=[("Tinh dầu vỏ bưởi nguyên chất, lọ 10 ml", "Lọ 10 ml", "lọ", 0.01, 95000, 6000),
                  ("Tinh dầu vỏ bưởi nguyên chất, lọ 30 ml", "Lọ 30 ml", "lọ", 0.03, 250000, 2000),
                  ("Tinh dầu vỏ bưởi cho spa, chai 100 ml", "Chai 100 ml", "chai", 0.1, 690000, 400)],
        g_out=(0.06, 0.06), price=dict(g=0.03, step=1000),
        channels=[("Bán lẻ tại cơ sở và khách tham quan", "Bán lẻ", 0.25, 0.0, 0, ""),
                  ("Spa, tiệm gội đầu dưỡng sinh (ký gửi)", "Spa", 0.30, 0.0, 0.20,
                   "Hoa hồng spa, tiệm gội"),
                  ("Nhà thuốc, cửa hàng OCOP (ký gửi)", "Nhà thuốc, OCOP", 0.25, 0.0, 0.15,
                   "Hoa hồng nhà thuốc, OCOP"),
                  ("Cộng tác viên bán hàng trực tuyến", "Cộng tác viên", 0.20, 0.0, 0.10,
                   "Hoa hồng cộng tác viên")],
        hist=dict(out=[126, 138, 150], price=[7900000, 8100000, 8300000],
                  margin=[0.20, 0.21, 0.22]),
        raws=[("Vỏ bưởi tươi", "kg", 120,
               [("Hộ trồng bưởi thôn Phúc Lâm", [50, 50, 50], "hộ", 300),
                ("Cơ sở tép bưởi Hòa Lạc (hợp đồng)", [1, 1, 1], "cơ sở", 10000)])],
        cap=(1.0, 220, "1,0 lít tinh dầu/ngày", "220 ngày"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chưng cất, phân ly", [2, 2, 2]),
               ("Chiết lọ, đóng hộp, bán hàng", [2, 2, 2])],
        wage=5.6, g_wage=0.05,
        shares=[("Vỏ bưởi, phụ liệu", 0.06), ("Lọ thủy tinh, hộp giấy", 0.12),
                ("Củi, điện, nước", 0.05), ("Quảng bá, vận chuyển", 0.03), ("Thuế, phí", 0.015)],
        inv=[("Nồi chưng cất hơi nước inox", 260, True), ("Bộ ngưng tụ, phân ly, lọc", 80, True),
             ("Phòng chiết rót, kho 30 m²", 140, True),
             ("Kiểm nghiệm, công bố, thiết kế bao bì", 40, False), ("Vốn lưu động", 180, False)],
        src=[("Vốn tự có của hộ", 450), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 190, 130], rate=0.066, other=30, plant={}),
    "gt04": dict(
        form="block", unit="lít",
        products=[("Dầu lạc ép nguội, chai 500 ml", "Chai 500 ml", "chai", 0.5, 95000, 14000),
                  ("Dầu lạc ép nguội, chai 1 lít", "Chai 1 lít", "chai", 1, 180000, 6000),
                  ("Dầu lạc ép nguội, can 5 lít", "Can 5 lít", "can", 5, 850000, 500)],
        g_out=(0.06, 0.06), price=dict(inc=[3000, 6000, 25000]),
        channels=[("Bán lẻ tại xưởng, chợ phiên", "Bán lẻ", 0.30, 0.0, 0, ""),
                  ("Đại lý, cửa hàng tạp hóa", "Đại lý", 0.45, (0.10, 0.12, 0.12), 0, ""),
                  ("Bếp ăn tập thể, nhà hàng (hợp đồng)", "Bếp ăn, nhà hàng", 0.25, 0.08, 0, "")],
        hist=dict(out=[12800, 13700, 14600], price=[158000, 163000, 167000],
                  margin=[0.075, 0.08, 0.085]),
        raws=[("Lạc nhân", "kg", 2.3,
               [("Ruộng lạc của tổ viên", [10, 10, 10], "ha", 1600),
                ("Hộ liên kết thôn Đồng Quang", [60, 60, 60], "hộ", 300),
                ("HTX Nông nghiệp Hòa Sơn (bao tiêu)", [1, 1, 1], "hợp đồng", 11000)])],
        cap=(75, 280, "75 lít dầu/ngày", "280 ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Rang, ép, lọc dầu", [3, 3, 3]),
               ("Chiết chai, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.6, g_wage=0.05,
        shares=[("Lạc nhân", 0.50), ("Chai, can, nắp, thùng", 0.06), ("Điện, nước", 0.03),
                ("Vận chuyển, bán hàng", 0.03), ("Thuế, phí", 0.015)],
        inv=[("Máy ép dầu trục vít", 240, True), ("Máy rang lạc, máy bóc vỏ lụa", 120, True),
             ("Bồn lắng, máy lọc, máy chiết chai", 140, True),
             ("Bao bì, kiểm nghiệm, tem truy xuất", 50, False), ("Vốn lưu động", 350, False)],
        src=[("Vốn góp của tổ viên", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, other=40, plant={}, disc_by_year=True),
    "gt05": dict(
        form="channel", unit="lít",
        products=[("Rượu nếp 35 độ, chai 500 ml", "Chai 500 ml", "chai", 0.5, 70000, 20000),
                  ("Rượu nếp hạ thổ, bình sứ 1,5 lít", "Bình 1,5 lít", "bình", 1.5, 260000, 2400),
                  ("Rượu nếp 35 độ, can 5 lít", "Can 5 lít", "can", 5, 400000, 800)],
        g_out=(0.15, 0.15), price=dict(g=0.06, step=1000),
        channels=[("Bán lẻ tại hợp tác xã, khách quen", "Bán lẻ", 0.20, 0.0, 0, ""),
                  ("Nhà hàng, quán ăn", "Nhà hàng", 0.35, 0.10, 0, ""),
                  ("Đại lý đồ uống, cửa hàng đặc sản", "Đại lý", 0.35, 0.20, 0, ""),
                  ("Cửa hàng OCOP, quà biếu doanh nghiệp", "OCOP, quà biếu", 0.10, 0.15, 0, "")],
        hist=dict(out=[14200, 15400, 16600], price=[118000, 122000, 126000],
                  margin=[0.11, 0.115, 0.12]),
        raws=[("Gạo nếp cái", "kg", 1.3,
               [("Ruộng nếp của thành viên", [40, 40, 40], "hộ", 500),
                ("Hộ trồng nếp thôn Trung Lương", [30, 30, 30], "hộ", 500)])],
        cap=(80, 250, "2 nồi × 40 lít/ngày", "250 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Lọc, chiết chai, kho", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.6, g_wage=0.05,
        shares=[("Gạo nếp, men lá", 0.30), ("Chai, bình sứ, can, hộp", 0.10),
                ("Củi, điện, nước", 0.05), ("Vận chuyển, quảng bá", 0.04), ("Thuế, phí", 0.02)],
        inv=[("Kho hạ thổ, ủ rượu 50 m²", 180, True), ("Máy lọc, khử andehit, chiết rót", 240, True),
             ("Chum sành, bình ủ", 80, True), ("Hầm biogas, bể chứa bỗng", 80, True),
             ("Thiết kế bao bì, tem truy xuất", 40, False), ("Vốn lưu động", 280, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, other=50, plant={"payback": 1.3},
        no_use_row=True),
    "gt06": dict(
        form="gross", unit="lít",
        products=[("Nước mắm cá cơm 40 độ đạm, chai 500 ml", "Chai 500 ml", "chai", 0.5, 95000, 18000),
                  ("Nước mắm cá cơm 30 độ đạm, chai 750 ml", "Chai 750 ml", "chai", 0.75, 75000, 16000),
                  ("Nước mắm 25 độ đạm, can 2 lít", "Can 2 lít", "can", 2, 130000, 4000)],
        g_out=(0.08, 0.08), price=dict(g=0.05, step=1000),
        channels=[("Bán lẻ tại cơ sở, khách du lịch", "Bán lẻ", 0.20, 0.0, 0, ""),
                  ("Nhà phân phối ngoài tỉnh", "Nhà phân phối", 0.30, 0.22, 0, ""),
                  ("Đại lý, tạp hóa trong tỉnh", "Đại lý", 0.30, 0.12, 0, ""),
                  ("Cộng tác viên bán trực tuyến", "Cộng tác viên", 0.20, 0.0, 0.10,
                   "Hoa hồng cộng tác viên")],
        hist=dict(out=[24000, 25600, 27200], price=[66000, 68000, 70000],
                  margin=[0.10, 0.105, 0.11]),
        raws=[("Cá cơm tươi", "kg", 1.3,
               [("Tàu cá của cổ đông", [8, 8, 8], "tàu", 5000),
                ("Vựa cá cảng Cửa Sót (hợp đồng)", [2, 2, 2], "vựa", 6000)]),
              ("Muối hạt", "kg", 0.35,
               [("HTX muối Kỳ Hà (hợp đồng)", [1, 1, 1], "hợp đồng", 13000)])],
        cap=(120, 330, "120 thùng chượp", "330 lít/thùng/năm"),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Muối chượp, kéo rút", [4, 4, 4]),
               ("Lọc, chiết chai, đóng thùng", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=6.0, g_wage=0.05,
        shares=[("Cá cơm, muối", 0.30), ("Chai, can, thùng", 0.09), ("Điện, nước", 0.02),
                ("Vận chuyển, quảng bá", 0.04), ("Thuế, phí", 0.015)],
        inv=[("Nhà ủ chượp, mái che 300 m²", 500, True), ("Thùng chượp gỗ, bể inox bổ sung", 260, True),
             ("Máy lọc, máy chiết rót, đóng nắp", 220, True),
             ("Bao bì, mã vạch, tem truy xuất", 60, False), ("Vốn lưu động", 460, False)],
        src=[("Vốn góp của cổ đông", 900), ("Vay Ngân hàng thương mại", 600)],
        life=10, loan=[600, 480, 360], rate=0.085, other=90,
        plant={"gross_line": (1, 1, 1.16), "profit_omit_comm": 0}),
    "gt07": dict(
        form="block", unit="kg",
        products=[("Mật ong hoa keo, chai 500 g", "Chai 500 g", "chai", 0.5, 160000, 3600),
                  ("Mật ong rừng, hũ 1 kg", "Hũ 1 kg", "hũ", 1, 320000, 1000),
                  ("Mật ong hoa keo, can 3 kg", "Can 3 kg", "can", 3, 780000, 250)],
        g_out=(0.15, 0.15), price=dict(g=0.04, step=1000),
        channels=[("Bán lẻ tại nhà, khách quen", "Bán lẻ", 0.35, 0.0, 0, ""),
                  ("Cửa hàng đặc sản, tạp hóa", "Cửa hàng", 0.40, 0.15, 0, ""),
                  ("Quầy OCOP, siêu thị mini", "Quầy OCOP", 0.25, 0.20, 0, "")],
        hist=dict(out=[2900, 3100, 3300], price=[265000, 272000, 280000],
                  margin=[0.14, 0.145, 0.15]),
        raws=[("Mật ong thô", "kg", 1.05,
               [("Đàn ong của hộ", [220, 230, 240], "đàn", 13),
                ("Hộ nuôi ong thôn Khe Nước (hợp đồng)", [12, 12, 12], "hộ", 80)])],
        cap=(40, 250, "40 kg/ngày", "250 ngày"),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Chăm đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
        wage=5.2, g_wage=0.05,
        shares=[("Mật ong thô, đàn ong", 0.40), ("Chai, hũ, can", 0.07), ("Điện, nước", 0.015),
                ("Vận chuyển, quảng bá", 0.04), ("Thuế, phí", 0.015)],
        inv=[("Máy hạ thủy phần 20 kg/mẻ", 150, True), ("Máy lọc, bồn inox, máy quay mật", 90, True),
             ("Phòng lọc, đóng chai 30 m²", 110, True), ("Chai, hũ, kiểm nghiệm", 40, False),
             ("Vốn lưu động", 210, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, other=25, plant={}, no_balance=True),
    "gt08": dict(
        form="channel", unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 30 gói × 2 g", "Hộp túi lọc", "hộp", 0.06, 65000, 20000),
                  ("Cà gai leo khô cắt đoạn, túi 500 g", "Túi 500 g", "túi", 0.5, 120000, 3000)],
        g_out=(0.60, 0.55), price=dict(g=0.10, step=1000),
        channels=[("Bán lẻ tại hợp tác xã", "Bán lẻ", 0.20, 0.0, 0, ""),
                  ("Nhà thuốc đông y, đại lý", "Đại lý", 0.45, 0.20, 0, ""),
                  ("Cửa hàng OCOP, siêu thị", "OCOP, siêu thị", 0.20, 0.15, 0, ""),
                  ("Gian hàng sàn thương mại điện tử", "Sàn TMĐT", 0.15, 0.0, 0.10,
                   "Phí sàn thương mại điện tử")],
        hist=dict(out=[2250, 2400, 2560], price=[500000, 510000, 520000],
                  margin=[0.12, 0.125, 0.13]),
        raws=[("Cà gai leo tươi", "kg", 4.5,
               [("Vùng cà gai leo của hợp tác xã", [6, 6, 6], "ha", 6000),
                ("Hộ thành viên thôn Yên Lạc", [20, 20, 20], "hộ", 600)])],
        cap=(40, 250, "40 kg khô/ngày", "250 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, g_wage=0.0,
        shares=[("Cà gai leo tươi", 0.25), ("Bao bì, túi lọc", 0.10), ("Điện sấy, nước", 0.05),
                ("Vận chuyển, quảng bá", 0.04), ("Thuế, phí", 0.015)],
        inv=[("Máy sấy bơm nhiệt", 280, True), ("Máy cắt, máy nghiền", 150, True),
             ("Máy đóng gói túi lọc", 300, True), ("Nhà xưởng sơ chế, kho 120 m²", 420, True),
             ("Bao bì, tem truy xuất", 50, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 600), ("Quỹ phát triển của hợp tác xã", 300),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 420)],
        life=10, loan=[420, 340, 260], rate=0.08, other=60, plant={}),
    "gt09": dict(
        form="buyer", unit="chiếc",
        products=[("Bánh ram ít, hộp 10 chiếc", "Hộp 10 chiếc", "hộp", 10, 50000, 12000),
                  ("Bánh ram ít, khay 20 chiếc", "Khay 20 chiếc", "khay", 20, 90000, 4000),
                  ("Bánh ram ít bán lẻ theo chiếc", "Chiếc lẻ", "chiếc", 1, 5000, 40000)],
        g_out=(0.06, 0.06), price=dict(g=0.05, step=100),
        channels=[("Khách lẻ tại nhà, khách du lịch", "giá lẻ", 0.35, 0.0, 0, ""),
                  ("Quán ăn, nhà hàng, tiệc cưới", "giá sỉ", 0.40, 0.12, 0, ""),
                  ("Mối buôn ở chợ, cửa hàng đặc sản", "giá buôn", 0.25, 0.20, 0, "")],
        hist=dict(out=[198000, 211000, 225000], price=[3950, 4050, 4150],
                  margin=[0.13, 0.135, 0.14]),
        raws=[("Gạo nếp", "kg", 0.025,
               [("Ruộng nếp của gia đình", [1, 1, 1], "thửa 0,5 ha", 2000),
                ("Hộ trồng nếp thôn Đông Tiến", [10, 10, 10], "hộ", 600)])],
        cap=(1100, 300, "1.100 chiếc/ngày", "300 ngày"),
        roles=[("Chủ hộ, sổ sách, giao hàng", [1, 1, 1]), ("Làm nhân, nặn, hấp, rán", [3, 3, 3]),
               ("Đóng hộp, bán hàng", [1, 1, 1])],
        wage=5.0, g_wage=0.05,
        shares=[("Gạo nếp, tôm, thịt, rau", 0.36), ("Hộp, khay, túi", 0.07),
                ("Gas, điện, nước", 0.05), ("Vận chuyển, phí chợ", 0.03)],
        inv=[("Máy xay bột ướt", 45, True), ("Tủ hấp, bếp rán, tủ mát", 120, True),
             ("Cải tạo bếp, gian đóng hộp 25 m²", 85, True), ("Thiết kế hộp, tem truy xuất", 30, False),
             ("Vốn lưu động", 70, False)],
        src=[("Vốn tự có của gia đình", 250), ("Vay Quỹ hỗ trợ phụ nữ", 100)],
        life=8, loan=[100, 70, 40], rate=0.07, other=20, plant={"cost_total": (1, 0.91)}),
    "gt10": dict(
        form="commission", unit="chiếc",
        products=[("Nón lá bài thơ", "Nón bài thơ", "chiếc", 1, 120000, 5000),
                  ("Nón lá truyền thống", "Nón truyền thống", "chiếc", 1, 70000, 9000),
                  ("Nón lá mini trang trí", "Nón mini", "chiếc", 1, 45000, 6000)],
        g_out=(0.06, 0.06), price=dict(g=0.05, step=1000),
        channels=[("Bán tại làng nghề, khách tham quan", "Tại làng nghề", 0.30, 0.0, 0, ""),
                  ("Cửa hàng lưu niệm (ký gửi)", "Cửa hàng lưu niệm", 0.35, 0.0, 0.15,
                   "Hoa hồng cửa hàng ký gửi"),
                  ("Hướng dẫn viên, công ty lữ hành", "Lữ hành", 0.20, 0.0, 0.10,
                   "Hoa hồng hướng dẫn viên"),
                  ("Cộng tác viên bán trực tuyến", "Cộng tác viên", 0.15, 0.0, 0.08,
                   "Hoa hồng cộng tác viên")],
        hist=dict(out=[17000, 18100, 19000], price=[72000, 74000, 76000],
                  margin=[0.10, 0.105, 0.11]),
        raws=[("Lá nón khô", "kg", 0.12,
               [("Hộ khai thác lá thôn Khe Mây", [20, 20, 20], "hộ", 150),
                ("Đại lý lá nón Sơn Kim", [1, 1, 1], "đại lý", 800)])],
        cap=(90, 300, "30 thợ × 3 chiếc/ngày", "300 ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Hoàn thiện, đóng gói, bán hàng", [2, 2, 2])],
        wage=5.4, g_wage=0.05,
        shares=[("Tiền công chằm nón (khoán)", 0.32), ("Lá, vành tre, chỉ cước", 0.12),
                ("Bao bì, thẻ treo", 0.03), ("Điện, diêm sinh, hun sấy", 0.015),
                ("Vận chuyển, quảng bá", 0.03), ("Thuế, phí", 0.015)],
        inv=[("Nhà trưng bày, bán hàng 60 m²", 200, True), ("Lò sấy, buồng hun lá", 80, True),
             ("Khuôn nón, máy ép lá", 60, True), ("Bao bì, thẻ treo, tem truy xuất", 30, False),
             ("Vốn lưu động", 130, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=10, loan=[200, 150, 100], rate=0.066, other=30, plant={}),
}


# --------------------------------------------------------------------------- model
def rstep(x: float, step: float) -> float:
    return int(x / step + 0.5 + 1e-9) * step


def r1(x: float) -> float:
    return round(x + (1e-9 if x >= 0 else -1e-9), 1)


def model(key: str, true: bool = False) -> dict:
    P = PLANS[key]
    plant = {} if true else P.get("plant", {})
    prods, chans = P["products"], P["channels"]
    NP, NC = len(prods), len(chans)
    g1, g2 = P["g_out"]
    step = P.get("pack_step", 10)
    m: dict = {"key": key}
    packs = []
    for pr in prods:
        n0 = pr[5]
        n1 = rstep(n0 * (1 + g1), step)
        n2 = rstep(n1 * (1 + g2), step)
        packs.append([n0, n1, n2])
    m["packs"] = packs
    if "inc" in P["price"]:
        lst = [[pr[4] + P["price"]["inc"][i] * y for y in Y] for i, pr in enumerate(prods)]
    else:
        lst = [[rstep(pr[4] * (1 + P["price"]["g"]) ** y, P["price"]["step"]) for y in Y]
               for pr in prods]
    m["list"] = lst
    disc = [[c[3]] * 3 if isinstance(c[3], (int, float)) else list(c[3]) for c in chans]
    m["disc"] = disc
    nstep = P.get("net_step", 100)
    net = [[[rstep(lst[p][y] * (1 - disc[c][y]), nstep) for y in Y] for c in range(NC)]
           for p in range(NP)]
    m["net"] = net
    q = [[[0] * 3 for _ in range(NC)] for _ in range(NP)]
    for p in range(NP):
        for y in Y:
            rest = packs[p][y]
            for c in range(1, NC):
                q[p][c][y] = int(packs[p][y] * chans[c][2] + 0.5)
                rest -= q[p][c][y]
            q[p][0][y] = rest
    m["q"] = q
    rev_pc = [[[r1(q[p][c][y] * net[p][c][y] / 1e6) for y in Y] for c in range(NC)]
              for p in range(NP)]
    m["rev_pc"] = rev_pc
    rev_p = [[r1(sum(rev_pc[p][c][y] for c in range(NC))) for y in Y] for p in range(NP)]
    m["rev_p"] = rev_p
    rev_c = [[r1(sum(rev_pc[p][c][y] for p in range(NP))) for y in Y] for c in range(NC)]
    m["rev_c"] = rev_c
    m["avgnet"] = [[rstep(rev_p[p][y] * 1e6 / packs[p][y], 100) for y in Y] for p in range(NP)]
    gross_p = [[r1(packs[p][y] * lst[p][y] / 1e6) for y in Y] for p in range(NP)]
    net_total = [r1(sum(rev_p[p][y] for p in range(NP))) for y in Y]
    gross_total = [r1(sum(gross_p[p][y] for p in range(NP))) for y in Y]
    m["ck"] = [r1(gross_total[y] - net_total[y]) for y in Y]
    if "gross_line" in plant:  # a list-price revenue line printed wrong; totals follow it
        p, y, f = plant["gross_line"]
        d = r1(gross_p[p][y] * f) - gross_p[p][y]
        gross_p[p][y] = r1(gross_p[p][y] + d)
        gross_total[y] = r1(gross_total[y] + d)
        net_total[y] = r1(net_total[y] + d)
    m["gross_p"], m["gross_total"], m["rev"] = gross_p, gross_total, net_total
    # output and capacity
    out = [r1(sum(packs[p][y] * prods[p][3] for p in range(NP))) for y in Y]
    m["out"] = out
    m["growth"] = [None] + [r1((out[y] / out[y - 1] - 1) * 100) for y in (1, 2)]
    rating, days = P["cap"][0], P["cap"][1]
    m["capacity"] = rating * days
    m["use"] = [r1(out[y] / m["capacity"] * 100) for y in Y]
    # history
    h = P["hist"]
    m["h_out"] = h["out"]
    m["h_price"] = h["price"]
    m["h_rev"] = [r1(h["out"][i] * h["price"][i] / 1e6) for i in Y]
    m["h_profit"] = [r1(m["h_rev"][i] * h["margin"][i]) for i in Y]
    m["h_growth"] = r1(((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100)
    # raw materials
    raws = []
    for label, unit, norm, rows in P["raws"]:
        sup = [(lab, [cnt[y] * yld for y in Y]) for lab, cnt, _, yld in rows]
        total = [sum(s[1][y] for s in sup) for y in Y]
        need = [int(out[y] * norm + 0.5) for y in Y]
        raws.append(dict(label=label, unit=unit, norm=norm, sup=sup, total=total, need=need,
                         left=[total[y] - need[y] for y in Y]))
    m["raws"] = raws
    # staff and wages
    staff = [sum(r[1][y] for r in P["roles"]) for y in Y]
    wage = [round(P["wage"] * (1 + P["g_wage"]) ** y + 1e-9, 2) for y in Y]
    m["staff"], m["wage"] = staff, wage
    m["fund"] = [r1(staff[y] * wage[y] * 12) for y in Y]
    # investment and sources
    m["inv_total"] = sum(i[1] for i in P["inv"])
    m["fixed"] = sum(i[1] for i in P["inv"] if i[2])
    m["src_total"] = sum(s[1] for s in P["src"])
    m["src_pct"] = [r1(s[1] / m["src_total"] * 100) for s in P["src"]]
    m["dep"] = r1(m["fixed"] / P["life"])
    m["interest"] = [r1(P["loan"][y] * P["rate"]) for y in Y]
    # costs
    lines = []
    for label, share in P["shares"]:
        lines.append((label, [r1(share * net_total[y]) for y in Y]))
    comm_total = [0.0] * 3
    for c, ch in enumerate(chans):
        if ch[4]:
            v = [r1(sum(rev_pc[p][c][y] for p in range(NP)) * ch[4]) for y in Y]
            lines.append((ch[5], v))
            comm_total = [r1(comm_total[y] + v[y]) for y in Y]
    m["comm_total"] = comm_total
    lines.append(("Tiền lương, tiền công", m["fund"]))
    lines.append(("Khấu hao tài sản cố định", [m["dep"]] * 3))
    if any(P["loan"]):
        lines.append(("Lãi vay ngân hàng", m["interest"]))
    lines.append(("Chi phí khác", [P["other"]] * 3))
    m["cost_lines"] = lines
    cost = [r1(sum(v[y] for _, v in lines)) for y in Y]
    m["cost"] = cost
    m["cost_printed"] = list(cost)  # the cost table's own total row
    if "cost_total" in plant:
        y, f = plant["cost_total"]
        m["cost_printed"][y] = r1(cost[y] * f)
    profit = [r1(net_total[y] - cost[y]) for y in Y]
    if "profit_omit_comm" in plant:
        y = plant["profit_omit_comm"]
        profit[y] = r1(net_total[y] - (cost[y] - comm_total[y]))
    m["profit"] = profit
    m["margin"] = [r1(profit[y] / net_total[y] * 100) for y in Y]
    avg = sum(profit) / 3
    m["payback_true"] = round(m["inv_total"] / (avg + m["dep"]), 1)
    m["payback"] = plant.get("payback", m["payback_true"])
    m["payback_nodep"] = round(m["inv_total"] / avg, 1)
    m["rev_growth"] = [None] + [r1((net_total[y] / net_total[y - 1] - 1) * 100) for y in (1, 2)]
    return m


def metrics(key: str) -> str:
    m = model(key, true=True)
    P = PLANS[key]
    s = [f"{key}: out {m['out']} use {m['use']} rev {m['rev']} gross {m['gross_total']} "
         f"cost {m['cost']} profit {m['profit']} margin {m['margin']} payback {m['payback_true']} "
         f"revgrowth {m['rev_growth']} inv {m['inv_total']} src {m['src_total']}"]
    for r in m["raws"]:
        s.append(f"   {r['label']}: need {r['need']} supply {r['total']} "
                 f"slack {[r1((r['total'][y] / r['need'][y] - 1) * 100) for y in Y]}")
    s.append(f"   hist rev {m['h_rev']} profit {m['h_profit']} growth {m['h_growth']} "
             f"avg price 2027 {[round(m['rev'][y] * 1e6 / m['out'][y]) for y in Y]}")
    s.append(f"   comm {m['comm_total']} ck {m['ck']} staff {m['staff']} fund {m['fund']}")
    return "\n".join(s)


# --------------------------------------------------------------------------- printed tables
TITLES = dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026",
              raws="Cân đối nguyên liệu", staff="Lao động và tiền lương",
              output="Kế hoạch sản lượng và công suất", listprice="Giá niêm yết theo năm",
              channel="Kênh tiêu thụ, chiết khấu và hoa hồng",
              buyerprice="Giá bán theo đối tượng khách hàng",
              buyerqty="Sản lượng tiêu thụ theo đối tượng khách hàng",
              inv="Nhu cầu vốn đầu tư", src="Nguồn vốn", revenue="Doanh thu dự kiến",
              cost="Chi phí sản xuất kinh doanh", summary="Hiệu quả kinh tế")


def title(key: str, kind: str) -> str:
    return PLANS[key].get("titles", {}).get(kind, TITLES[kind])


def pct(x: float) -> float:
    return r1(x * 100)


def raw_rows(key: str, m: dict) -> list:
    P, rows = PLANS[key], []
    for (label, unit, norm, sup), r in zip(P["raws"], m["raws"]):
        low = label[0].lower() + label[1:]
        for (lab, cnt, word, yld), (_, vals) in zip(sup, r["sup"]):
            c = f"{cnt[0]}" if len(set(cnt)) == 1 else f"{cnt[0]}–{cnt[2]}"
            rows.append((f"{lab}: {c} {word} × {yld:,} {unit}".replace(",", "."), vals))
        rows.append((f"Cộng nguồn cung {low}", r["total"]))
        nr = f"{norm}".replace(".", ",")
        rows.append((f"Nhu cầu {low} ({nr} {unit}/{P['unit']})", r["need"]))
        if not P.get("no_balance"):
            rows.append((f"Còn dư {low}", r["left"]))
    return rows


def hist_labels(key: str) -> tuple[str, str]:
    u = PLANS[key]["unit"]
    if PLANS[key]["form"] == "commission":
        return f"Giá bán bình quân (đồng/{u})", "Doanh thu (triệu đồng)"
    return f"Giá bán thực thu bình quân (đồng/{u})", "Doanh thu thuần (triệu đồng)"


def rows_for(key: str, m: dict) -> dict[str, list]:
    """Every numeric row each table prints: kind -> [(label, [values])]."""
    P = PLANS[key]
    prods, chans, u = P["products"], P["channels"], P["unit"]
    NP, NC = len(prods), len(chans)
    T: dict[str, list] = {}
    hp, hr = hist_labels(key)
    T["hist"] = [(f"Sản lượng ({u})", m["h_out"]), (hp, m["h_price"]), (hr, m["h_rev"]),
                 ("Lợi nhuận (triệu đồng)", m["h_profit"])]
    T["raws"] = raw_rows(key, m)
    T["staff"] = [(r[0], r[1]) for r in P["roles"]] + [
        ("Tổng số lao động", m["staff"]), ("Lương bình quân (triệu đồng/tháng)", m["wage"]),
        ("Quỹ lương (triệu đồng/năm)", m["fund"])]
    out = [(f"{pr[0]} ({pr[2]})", m["packs"][i]) for i, pr in enumerate(prods)]
    out += [(f"Sản lượng quy đổi ({u})", m["out"]),
            ("Tăng so với năm trước (%)", m["growth"][1:]),
            (f"Công suất thiết kế ({u}/năm)", [m["capacity"]] * 3)]
    if not P.get("no_use_row"):
        out.append(("Mức sử dụng công suất (%)", m["use"]))
    T["output"] = out
    T["listprice"] = [(f"{pr[1]} (đồng/{pr[2]})", m["list"][i]) for i, pr in enumerate(prods)]
    ch = []
    for c, chn in enumerate(chans):
        d = m["disc"][c]
        if P["form"] == "commission":
            ch.append((chn[0], [pct(chn[2]), pct(chn[4])]))
        elif P.get("disc_by_year"):
            ch.append((chn[0], [pct(chn[2])] + [pct(x) for x in d]))
        elif any(x[4] for x in chans):
            ch.append((chn[0], [pct(chn[2]), pct(d[0]), pct(chn[4])]))
        else:
            ch.append((chn[0], [pct(chn[2]), pct(d[0]), m["net"][0][c][0]]))
    T["channel"] = ch
    lab = [[f"{prods[p][1]} – {chans[c][1]}" for c in range(NC)] for p in range(NP)]
    T["buyerprice"] = [(lab[p][c], m["net"][p][c]) for p in range(NP) for c in range(NC)]
    T["buyerqty"] = [(lab[p][c], m["q"][p][c]) for p in range(NP) for c in range(NC)]
    form = P["form"]
    if form in ("buyer", "channel"):
        rv = [(lab[p][c], m["rev_pc"][p][c]) for p in range(NP) for c in range(NC)]
        rv.append(("Tổng doanh thu thuần", m["rev"]))
    elif form == "gross":
        rv = [(f"{prods[p][1]} theo giá niêm yết", m["gross_p"][p]) for p in range(NP)]
        rv += [("Cộng doanh thu theo giá niêm yết", m["gross_total"]),
               ("Trừ chiết khấu thương mại", m["ck"]), ("Doanh thu thuần", m["rev"])]
    elif form == "block":
        rv = []
        for p, pr in enumerate(prods):
            rv += [(f"Số lượng {pr[1].lower()} ({pr[2]})", m["packs"][p]),
                   (f"Giá niêm yết {pr[1].lower()} (đồng)", m["list"][p]),
                   (f"Giá thực thu bình quân {pr[1].lower()} (đồng)", m["avgnet"][p]),
                   (f"Doanh thu {pr[1].lower()} (triệu đồng)", m["rev_p"][p])]
        rv.append(("Tổng doanh thu thuần", m["rev"]))
    else:  # commission: revenue at the list price
        rv = [(f"{pr[0]}", m["rev_p"][p]) for p, pr in enumerate(prods)]
        rv.append(("Tổng doanh thu", m["rev"]))
    T["revenue"] = rv
    T["inv"] = [(i[0], [i[1]]) for i in P["inv"]] + [("Tổng vốn đầu tư", [m["inv_total"]])]
    T["src"] = [(s[0], [s[1], m["src_pct"][i]]) for i, s in enumerate(P["src"])] + [
        ("Tổng nguồn vốn", [m["src_total"], 100])]
    T["cost"] = list(m["cost_lines"]) + [("Tổng chi phí", m["cost_printed"])]
    revlab = "Doanh thu" if form == "commission" else "Doanh thu thuần"
    T["summary"] = [(revlab, m["rev"]), ("Tổng chi phí", m["cost"]),
                    ("Lợi nhuận trước thuế", m["profit"]),
                    ("Tỷ suất lợi nhuận/doanh thu (%)", m["margin"]),
                    ("Thời gian hoàn vốn (năm)", [m["payback"]])]
    return T


# --------------------------------------------------------------------------- reading a plan
_NUMCELL = re.compile(r"^-?[\d.]+(,\d+)?$")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]]:
        lines = self.body.splitlines()
        pat = re.compile(r"^Bảng \d+\. " + re.escape(caption) + r"\s*$")
        for i, ln in enumerate(lines):
            if pat.match(ln.strip()):
                rows, started = [], False
                for ln2 in lines[i + 1:]:
                    if ln2.strip().startswith("|"):
                        started = True
                        cells = [c.strip() for c in ln2.strip().strip("|").split("|")]
                        if not all(set(c) <= set("-: ") for c in cells):
                            rows.append(cells)
                    elif started:
                        break
                return rows
        self.failures.append(f"table not found: {caption}")
        return []

    def trow(self, rows: list[list[str]], label: str, n: int) -> list[float]:
        for r in rows:
            if len(r) > 1 and r[1] == label:
                nums = [vn(x) for x in r[2:] if _NUMCELL.match(x)]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {label!r}")
        return [0.0] * n


def near(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.01 * max(abs(a), abs(b)), 0.11)


# --------------------------------------------------------------------------- planted defects
# relation tags that must FAIL (by more than 5 %) in the printed plan; every other relation holds
PLANTED: dict[str, set[str]] = {
    "gt05": {"capacity:1", "capacity:2", "payback"},
    "gt06": {"gross:1:1", "profit:0"},
    "gt07": {"material:0:1", "material:0:2"},
    "gt08": {"capital", "growth:1", "growth:2"},
    "gt09": {"cost_total:1", "summary_cost:1"},
}


def kinds(key: str) -> list[str]:
    base = ["hist", "raws", "staff", "output", "channel", "inv", "src", "revenue", "cost", "summary"]
    if PLANS[key]["form"] == "buyer":
        return base + ["buyerprice", "buyerqty"]
    return base + ["listprice"]


class Check:
    def __init__(self, pl: Plan, key: str):
        self.pl, self.key, self.fails, self.seen = pl, key, PLANTED.get(key, set()), set()

    def rel(self, tag: str, printed: float, computed: float, tol: float = 0.01,
            abs_tol: float = 0.11) -> None:
        bad = abs(printed - computed) > max(tol * max(abs(printed), abs(computed)), abs_tol)
        if tag in self.fails:
            self.seen.add(tag)
            if not off(printed, computed, 5):
                self.pl.failures.append(f"planted {tag}: printed {printed} vs computed {computed}"
                                        " is not off by more than 5 %")
        elif bad:
            self.pl.failures.append(f"{tag}: printed {printed} vs computed {computed}")

    def holds(self, tag: str, ok: bool, what: str) -> None:
        if tag in self.fails:
            self.seen.add(tag)
            if ok:
                self.pl.failures.append(f"planted {tag} does not show: {what}")
        elif not ok:
            self.pl.failures.append(f"{tag}: {what}")

    def done(self) -> None:
        for t in sorted(self.fails - self.seen):
            self.pl.failures.append(f"planted tag never checked: {t}")


def check_full(key: str, pl: Plan) -> None:
    P = PLANS[key]
    m, mt = model(key), model(key, true=True)
    T = rows_for(key, m)
    # 1. every printed number equals the model (the constants) within 1 %
    tabs = {k: pl.table(title(key, k)) for k in kinds(key)}
    for k, rows in tabs.items():
        for label, vals in T[k]:
            got = pl.trow(rows, label, len(vals))
            for g, e in zip(got, vals):
                if not near(g, e):
                    pl.failures.append(f"{k} / {label}: printed {g} vs model {e}")
    # 2. relations recomputed from the printed cells alone
    c = Check(pl, key)
    prods, chans, NP, NC = P["products"], P["channels"], len(P["products"]), len(P["channels"])
    t = {k: T[k] for k in T}
    get = lambda k, label, n=3: pl.trow(tabs[k], label, n)  # noqa: E731
    packs = [get("output", f"{pr[0]} ({pr[2]})") for pr in prods]
    out = get("output", f"Sản lượng quy đổi ({P['unit']})")
    cap = get("output", f"Công suất thiết kế ({P['unit']}/năm)")
    for y in Y:
        c.rel(f"out:{y}", out[y], sum(packs[p][y] * prods[p][3] for p in range(NP)))
        c.rel(f"cap:{y}", cap[y], P["cap"][0] * P["cap"][1])
        c.holds(f"capacity:{y}", out[y] <= cap[y], f"output {out[y]} > capacity {cap[y]}")
        if y:
            c.rel(f"packgrowth:{y}", sum(packs[p][y] for p in range(NP)),
                  sum(packs[p][y - 1] for p in range(NP)) * (1 + P["g_out"][y - 1]))
    gr = get("output", "Tăng so với năm trước (%)", 2)
    for i, y in enumerate((1, 2)):
        c.rel(f"outgrowth:{y}", gr[i], (out[y] / out[y - 1] - 1) * 100, abs_tol=0.15)
    if not P.get("no_use_row"):
        use = get("output", "Mức sử dụng công suất (%)")
        for y in Y:
            c.rel(f"use:{y}", use[y], out[y] / cap[y] * 100, abs_tol=0.15)
    # prices: the list price by year
    if P["form"] == "buyer":
        lst = [get("buyerprice", f"{pr[1]} – {chans[0][1]}") for pr in prods]
    else:
        lst = [get("listprice", f"{pr[1]} (đồng/{pr[2]})") for pr in prods]
    for p, pr in enumerate(prods):
        for y in Y:
            if "inc" in P["price"]:
                want = pr[4] + P["price"]["inc"][p] * y
            else:
                want = pr[4] * (1 + P["price"]["g"]) ** y
            c.rel(f"list:{p}:{y}", lst[p][y], want, abs_tol=P["price"].get("step", 1) / 2 + 1)
    disc = m["disc"]
    shares = [ch[2] for ch in chans]
    chrows = [get("channel", ch[0], len(v)) for ch, (_, v) in zip(chans, T["channel"])]
    c.rel("shares", sum(r[0] for r in chrows), 100)
    for i, ch in enumerate(chans):
        c.rel(f"share:{i}", chrows[i][0], ch[2] * 100)
    if P["form"] == "buyer":
        for p in range(NP):
            q = [get("buyerqty", f"{prods[p][1]} – {chans[k][1]}") for k in range(NC)]
            pr_ = [get("buyerprice", f"{prods[p][1]} – {chans[k][1]}") for k in range(NC)]
            for y in Y:
                c.rel(f"qsum:{p}:{y}", sum(q[k][y] for k in range(NC)), packs[p][y], abs_tol=0.5)
                for k in range(NC):
                    c.rel(f"q:{p}:{k}:{y}", q[k][y], packs[p][y] * shares[k], abs_tol=1.01)
                    c.rel(f"net:{p}:{k}:{y}", pr_[k][y], lst[p][y] * (1 - disc[k][y]), abs_tol=51)
                    rv = get("revenue", f"{prods[p][1]} – {chans[k][1]}")
                    c.rel(f"rev:{p}:{k}:{y}", rv[y], q[k][y] * pr_[k][y] / 1e6)
    elif P["form"] == "channel":
        for p in range(NP):
            for k in range(NC):
                rv = get("revenue", f"{prods[p][1]} – {chans[k][1]}")
                for y in Y:
                    c.rel(f"rev:{p}:{k}:{y}", rv[y],
                          packs[p][y] * shares[k] * lst[p][y] * (1 - disc[k][y]) / 1e6)
    elif P["form"] == "gross":
        gp = [get("revenue", f"{pr[1]} theo giá niêm yết") for pr in prods]
        gt = get("revenue", "Cộng doanh thu theo giá niêm yết")
        ck = get("revenue", "Trừ chiết khấu thương mại")
        nt = get("revenue", "Doanh thu thuần")
        for y in Y:
            for p in range(NP):
                c.rel(f"gross:{p}:{y}", gp[p][y], packs[p][y] * lst[p][y] / 1e6)
            c.rel(f"grosstotal:{y}", gt[y], sum(gp[p][y] for p in range(NP)))
            want = sum(packs[p][y] * lst[p][y] * shares[k] * disc[k][y]
                       for p in range(NP) for k in range(NC)) / 1e6
            c.rel(f"ck:{y}", ck[y], want)
            c.rel(f"net:{y}", nt[y], gt[y] - ck[y])
    elif P["form"] == "block":
        dbar = [sum(shares[k] * disc[k][y] for k in range(NC)) for y in Y]
        for p, pr in enumerate(prods):
            s = pr[1].lower()
            qb = get("revenue", f"Số lượng {s} ({pr[2]})")
            lb = get("revenue", f"Giá niêm yết {s} (đồng)")
            ab = get("revenue", f"Giá thực thu bình quân {s} (đồng)")
            rb = get("revenue", f"Doanh thu {s} (triệu đồng)")
            for y in Y:
                c.rel(f"bq:{p}:{y}", qb[y], packs[p][y], abs_tol=0.5)
                c.rel(f"bl:{p}:{y}", lb[y], lst[p][y], abs_tol=0.5)
                c.rel(f"avg:{p}:{y}", ab[y], lb[y] * (1 - dbar[y]))
                c.rel(f"rev:{p}:{y}", rb[y], qb[y] * ab[y] / 1e6)
    else:  # commission
        for p, pr in enumerate(prods):
            rv = get("revenue", pr[0])
            for y in Y:
                c.rel(f"rev:{p}:{y}", rv[y], packs[p][y] * lst[p][y] / 1e6)
    tot_label = T["revenue"][-1][0]
    rev = get("revenue", tot_label)
    if P["form"] != "gross":
        items = [lab for lab, _ in T["revenue"][:-1]
                 if not lab.startswith(("Số lượng", "Giá"))]
        for y in Y:
            c.rel(f"revtotal:{y}", rev[y], sum(get("revenue", lab)[y] for lab in items))
    for y in (1, 2):
        c.holds(f"growth:{y}", rev[y] / rev[y - 1] - 1 <= 0.35,
                f"revenue grows {round((rev[y] / rev[y - 1] - 1) * 100, 1)} % in {YEARS[y]}")
    # costs
    gross_list = [sum(packs[p][y] * lst[p][y] for p in range(NP)) / 1e6 for y in Y]
    lines = [lab for lab, _ in T["cost"][:-1]]
    vals = {lab: get("cost", lab) for lab in lines}
    staff = get("staff", "Tổng số lao động")
    wage = get("staff", "Lương bình quân (triệu đồng/tháng)")
    fund = get("staff", "Quỹ lương (triệu đồng/năm)")
    for y in Y:
        c.rel(f"staff:{y}", staff[y], sum(r[1][y] for r in P["roles"]))
        c.rel(f"wage:{y}", wage[y], P["wage"] * (1 + P["g_wage"]) ** y, abs_tol=0.006)
        c.rel(f"fund:{y}", fund[y], staff[y] * wage[y] * 12)
        for lab, share in P["shares"]:
            c.rel(f"share:{lab}:{y}", vals[lab][y], share * rev[y])
        for k, ch in enumerate(chans):
            if ch[4]:
                c.rel(f"comm:{k}:{y}", vals[ch[5]][y], ch[4] * shares[k] * gross_list[y])
        c.rel(f"wages:{y}", vals["Tiền lương, tiền công"][y], fund[y])
        c.rel(f"dep:{y}", vals["Khấu hao tài sản cố định"][y], m["fixed"] / P["life"])
        if "Lãi vay ngân hàng" in vals:
            c.rel(f"interest:{y}", vals["Lãi vay ngân hàng"][y], P["loan"][y] * P["rate"])
        c.rel(f"other:{y}", vals["Chi phí khác"][y], P["other"])
    ctot = get("cost", "Tổng chi phí")
    for y in Y:
        c.rel(f"cost_total:{y}", ctot[y], sum(vals[lab][y] for lab in lines))
    # summary
    revlab = T["summary"][0][0]
    srev, scost = get("summary", revlab), get("summary", "Tổng chi phí")
    sprof, smarg = get("summary", "Lợi nhuận trước thuế"), get("summary", "Tỷ suất lợi nhuận/doanh thu (%)")
    pb = get("summary", "Thời gian hoàn vốn (năm)", 1)[0]
    inv_items = [get("inv", i[0], 1)[0] for i in P["inv"]]
    inv_total = get("inv", "Tổng vốn đầu tư", 1)[0]
    for y in Y:
        c.rel(f"summary_rev:{y}", srev[y], rev[y])
        c.rel(f"summary_cost:{y}", scost[y], ctot[y])
        c.rel(f"profit:{y}", sprof[y], srev[y] - scost[y])
        c.rel(f"margin:{y}", smarg[y], sprof[y] / srev[y] * 100, abs_tol=0.15)
        c.holds(f"marginrange:{y}", 0 < mt["profit"][y] / mt["rev"][y] < 0.40,
                f"true margin {mt['profit'][y] / mt['rev'][y]:.3f} outside 0-40 %")
    dep = m["fixed"] / P["life"]
    c.rel("payback", pb, inv_total / (sum(sprof) / 3 + dep), abs_tol=0.06)
    # investment and sources
    c.rel("inv_total", inv_total, sum(inv_items))
    srcs = [get("src", s[0], 2) for s in P["src"]]
    stot = get("src", "Tổng nguồn vốn", 2)[0]
    c.rel("src_total", stot, sum(s[0] for s in srcs))
    for i, s in enumerate(srcs):
        c.rel(f"src_pct:{i}", s[1], s[0] / stot * 100, abs_tol=0.15)
    c.rel("capital", stot, inv_total)
    # raw materials
    for i, (label, unit, norm, sup) in enumerate(P["raws"]):
        rr = [r for r in raw_rows(key, m) if True]
        low = label[0].lower() + label[1:]
        labs = [lab for lab, _ in rr]
        supv = []
        for lab_, cnt, word, yld in sup:
            lab = next(x for x in labs if x.startswith(lab_ + ":"))
            v = get("raws", lab)
            supv.append(v)
            for y in Y:
                c.rel(f"supply:{i}:{lab_}:{y}", v[y], cnt[y] * yld)
        tot = get("raws", f"Cộng nguồn cung {low}")
        need = get("raws", next(x for x in labs if x.startswith(f"Nhu cầu {low} (")))
        for y in Y:
            c.rel(f"supplytotal:{i}:{y}", tot[y], sum(v[y] for v in supv))
            c.rel(f"need:{i}:{y}", need[y], out[y] * norm, abs_tol=1)
            c.holds(f"material:{i}:{y}", need[y] <= tot[y],
                    f"{low}: need {need[y]} > supply {tot[y]}")
        if not P.get("no_balance"):
            left = get("raws", f"Còn dư {low}")
            for y in Y:
                c.rel(f"left:{i}:{y}", left[y], tot[y] - need[y], abs_tol=1)
    # history
    ho = get("hist", f"Sản lượng ({P['unit']})")
    hp = get("hist", hist_labels(key)[0])
    hr = get("hist", hist_labels(key)[1])
    for y in Y:
        c.rel(f"hist_rev:{y}", hr[y], ho[y] * hp[y] / 1e6)
    g = ((ho[2] / ho[0]) ** 0.5 - 1) * 100
    gtxt = f"{g:.1f}".replace(".", ",")
    pl.check(f"tăng bình quân {gtxt} %/năm" in pl.body, f"history growth {gtxt} % not in text")
    pl.check(out[0] <= ho[2] * 1.2, "2027 output more than +20 % over 2026")
    c.done()
    # 3. planted numeric defects: the printed value is off the true one by more than 5 %
    if key == "gt05":
        pl.check(off(m["payback"], mt["payback_true"]) and off(m["payback"], mt["payback_nodep"]),
                 f"gt05 payback {m['payback']} vs true {mt['payback_true']} / {mt['payback_nodep']}")
        pl.check(off(mt["out"][2], mt["capacity"], 5), "gt05 2029 output not > capacity by 5 %")
    if key == "gt06":
        pl.check(off(m["gross_p"][1][1], mt["gross_p"][1][1]), "gt06 gross line not off")
        pl.check(off(m["profit"][0], mt["profit"][0]), "gt06 2027 profit not off")
    if key == "gt07":
        for y in (1, 2):
            r = mt["raws"][0]
            pl.check(off(r["need"][y], r["total"][y]), f"gt07 {YEARS[y]} shortfall under 5 %")
    if key == "gt08":
        pl.check(off(mt["src_total"], mt["inv_total"]), "gt08 sources not off")
    if key == "gt09":
        pl.check(off(m["cost_printed"][1], mt["cost"][1]), "gt09 cost total not off")


# --------------------------------------------------------------------------- text checks
def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def ready_legal(pl: Plan) -> None:
    pl.has("148/QĐ-TTg", "1489/QĐ-TTg")
    pl.lacks(REPLACED, "replaced instrument or district body in a ready plan")
    pl.lacks(PLACEHOLDER, "template placeholder")


def plan_date(pl: Plan) -> tuple[int, int]:
    mm = re.search(r"ngày \d{1,2} tháng (\d{1,2}) năm (20\d\d)|tháng (\d{1,2}) năm (20\d\d)", pl.body)
    if not mm:
        pl.failures.append("no plan date")
        return (0, 0)
    g = [x for x in mm.groups() if x]
    return int(g[1]), int(g[0])


def valid_papers(pl: Plan) -> None:
    """Every 'đến dd/mm/yyyy' validity is later than the plan's date."""
    y, mo = plan_date(pl)
    for d_, m_, y_ in re.findall(r"đến (\d{1,2})/(\d{1,2})/(20\d\d)", pl.body):
        pl.check((int(y_), int(m_)) > (y, mo), f"paper valid only to {d_}/{m_}/{y_}")


TEXT: dict = {}


def text(key: str):
    def deco(f):
        TEXT[key] = f
        return f
    return deco


# the price rise as the text states it, and the discounts / commissions the text names
THEME = {
    "gt01": ["tăng 5 %/năm", "chiết khấu 10 %", "18 %", "giá niêm yết"],
    "gt02": ["tăng 4 %/năm", "chiết khấu 12 %", "18 %", "phí 8 %", "Trừ chiết khấu thương mại"],
    "gt03": ["tăng 3 %/năm", "hoa hồng", "20 %", "15 %", "10 %", "giá bán lẻ niêm yết"],
    "gt04": ["3.000 đồng/chai 500 ml", "chiết khấu 10 % năm 2027", "tăng lên 12 %", "giảm 8 %"],
    "gt05": ["tăng 6 %/năm", "nhà hàng 10 %", "đại lý 20 %", "15 %"],
    "gt06": ["tăng 5 %/năm", "chiết khấu 22 %", "12 %", "hoa hồng 10 %", "Trừ chiết khấu thương mại"],
    "gt07": ["tăng 4 %/năm", "chiết khấu 15 %", "20 %", "giá niêm yết"],
    "gt08": ["tăng 10 %/năm", "chiết khấu 20 %", "15 %", "phí 10 %"],
    "gt09": ["tăng 5 %/năm", "12 %", "20 %", "giá lẻ"],
    "gt10": ["tăng 5 %/năm", "hoa hồng 15 %", "10 %", "8 %", "giá bán lẻ niêm yết"],
}
NO_ENV = r"môi trường|chất thải|nước thải|(?<!\w)mùi(?!\w)|xử lý|bể lắng|biogas|(?<!\w)rác(?!\w)|ô nhiễm"
NO_LABEL = r"(?<!\w)nhãn(?! hiệu)|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn|43/2017|111/2021|(?<!\w)QR(?!\w)"
NO_STANDARD = r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng"
NO_LICENCE = r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm"
NO_REG = (r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|"
          r"hợp tác xã|tổ hợp tác")
NO_FOOD_SAFETY = r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết"
NO_TRADEMARK = r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|chỉ dẫn địa lý"
PAPERS = ["Tiêu chuẩn cơ sở", "thử nghiệm", "nhãn hiệu", "QR", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
          "Đăng ký môi trường", "kiểm soát nội bộ"]


def common_text(key: str, pl: Plan) -> None:
    valid_papers(pl)
    pl.has(*THEME[key])
    if key != "gt10":
        pl.lacks(PLACEHOLDER, "template placeholder")
        pl.lacks(REPLACED, "replaced instrument or district body")
    if key <= "gt04":
        ready_legal(pl)
        pl.has(*PAPERS)


@text("gt01")
def _t01(pl: Plan) -> None:
    common_text("gt01", pl)
    pl.has("cơ sở đủ điều kiện an toàn thực phẩm", "đến 18/01/2030", "tự công bố")


@text("gt02")
def _t02(pl: Plan) -> None:
    common_text("gt02", pl)
    pl.has("cơ sở đủ điều kiện an toàn thực phẩm", "không ghi công dụng chữa bệnh", "tự công bố")


@text("gt03")
def _t03(pl: Plan) -> None:
    common_text("gt03", pl)
    pl.has("đủ điều kiện sản xuất mỹ phẩm", "công bố sản phẩm mỹ phẩm", "không phải thực phẩm")


@text("gt04")
def _t04(pl: Plan) -> None:
    common_text("gt04", pl)
    pl.has("cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố", "Hợp đồng thuê đất")


@text("gt05")
def _t05(pl: Plan) -> None:
    common_text("gt05", pl)
    pl.lacks(NO_LICENCE, "gt05 must show no alcohol licence")
    pl.has("cơ sở đủ điều kiện an toàn thực phẩm", "QCVN 6-3:2010/BYT", "nhãn hiệu", "Đăng ký môi trường",
           "đủ đáp ứng sản lượng kế hoạch", f"khoảng {str(PLANS['gt05']['plant']['payback']).replace('.', ',')} năm")


@text("gt06")
def _t06(pl: Plan) -> None:
    common_text("gt06", pl)
    pl.lacks(NO_ENV, "gt06 must show no environmental word")
    pl.has("cơ sở đủ điều kiện an toàn thực phẩm", "nhãn hiệu", "Hoa hồng cộng tác viên")


@text("gt07")
def _t07(pl: Plan) -> None:
    common_text("gt07", pl)
    pl.lacks(NO_LABEL, "gt07 must show no label")
    pl.lacks(r"Còn dư|thiếu|Chênh lệch", "gt07 must print no balance row")
    pl.has("bảo đảm đủ nguyên liệu cho cả giai đoạn 2027 – 2029", "cơ sở đủ điều kiện an toàn thực phẩm",
           "Đơn đăng ký nhãn hiệu", "kiểm soát nội bộ")
    from_text = re.search(r"Mật ong hoa keo, chai 500 g, giá niêm yết ([\d.]+) đồng/chai", pl.body)
    pl.check(bool(from_text), "gt07 product part price not found")
    if from_text:
        pl.check(off(vn(from_text.group(1)), PLANS["gt07"]["products"][0][4]),
                 "gt07 product part price not off the table price by more than 5 %")


@text("gt08")
def _t08(pl: Plan) -> None:
    common_text("gt08", pl)
    pl.lacks(NO_STANDARD, "gt08 must show no product standard")
    pl.has("bảo đảm đủ vốn", "trà thảo dược trên thị trường còn rất lớn", "giữ nguyên 8 lao động",
           "cơ sở đủ điều kiện an toàn thực phẩm", "nhãn hiệu", "không ghi công dụng chữa bệnh")


@text("gt09")
def _t09(pl: Plan) -> None:
    common_text("gt09", pl)
    pl.lacks(NO_REG, "gt09 must show no registration")
    pl.lacks(NO_FOOD_SAFETY, "gt09 must show no food-safety paper")
    pl.has("hộ gia đình bà Phạm Thị Lài", "tiêu chuẩn cơ sở", "tự công bố", "nhãn hiệu", "43/2017/NĐ-CP", "QR")


@text("gt10")
def _t10(pl: Plan) -> None:
    common_text("gt10", pl)
    pl.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
    pl.lacks(r"148/QĐ-TTg|1489", "gt10 must not cite the current instruments")
    pl.lacks(NO_TRADEMARK, "gt10 must show no trademark")
    pl.check(len(re.findall(PLACEHOLDER, pl.body)) >= 2, "gt10 placeholders missing")
    pl.has("Tiêu chuẩn cơ sở", "thử nghiệm", "QR", "không phải thực phẩm", "Đăng ký môi trường")


def sketchy(pl: Plan) -> None:
    n = words(pl.body)
    pl.check(150 <= n <= 350, f"sketchy plan has {n} words")
    pl.check(not pl.rows, "sketchy plan has a table")
    pl.lacks(r"Bảng \d", "sketchy plan has a table caption")
    pl.lacks(PLACEHOLDER, "template placeholder")
    pl.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn cơ sở|TCCS|nhãn hiệu|mã vạch|QR|truy xuất|môi trường",
             "sketchy plan holds a paper it should lack")


@text("gt11")
def _t11(pl: Plan) -> None:
    sketchy(pl)
    pl.has("150.000 đồng/kg", "bớt cho họ 10 %", "135.000 đồng/kg", "800 kg", "114 triệu đồng",
           "50 triệu đồng", "một nửa", "đăng ký hộ kinh doanh")
    pl.check(close(150000 * 0.9, 135000), "gt11 shop price")
    pl.check(close(400 * 150000 + 400 * 135000, 114e6), "gt11 revenue")


@text("gt12")
def _t12(pl: Plan) -> None:
    sketchy(pl)
    pl.lacks(r"đăng ký", "gt12 must show no registration")
    pl.has("90.000 đồng/kg", "95.000 đồng/kg", "100.000 đồng/kg", "80.000 đồng/kg", "1,2 tấn",
           "80 triệu đồng", "100 triệu đồng", "sáu phần mười")
    pl.check(close(0.4 * 1200 * 90000 + 0.6 * 1200 * 80000, 100e6, 0.01), "gt12 revenue")
    pl.check(close(90000 * 1.05, 95000, 0.01), "gt12 2028 price")


def fd(n: float) -> str:
    return f"{int(round(n)):,}".replace(",", ".")


def fm(x: float) -> str:
    return f"{x:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def f1(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def prose(key: str, pl: Plan) -> None:
    """The figures the text states are the model's: output and revenue in the objectives, the
    payback sentence, the list-price revenue and the discount or commission beside the net one."""
    m, P = model(key), PLANS[key]
    pl.has(f"{fd(m['out'][0])} ", f"{fd(m['out'][2])} ", f"{fm(m['rev'][0])} triệu đồng",
           f"Tổng vốn đầu tư {fd(m['inv_total'])} triệu đồng",
           f"tài sản cố định {fd(m['fixed'])} triệu đồng")
    avg = sum(m["profit"]) / 3
    if key == "gt05":
        pl.has(f"khoảng {f1(m['payback'])} năm")
    elif key == "gt06":
        pl.has(f"{fd(m['inv_total'])} : (lợi nhuận bình quân + khấu hao {fm(m['dep'])}) ≈ {f1(m['payback'])} năm")
    else:
        pl.has(f"{fd(m['inv_total'])} : ({fm(avg)} + {fm(m['dep'])}) ≈ {f1(m['payback'])} năm")
    if key == "gt01":
        pl.has(f"doanh thu năm 2027 sẽ là {fm(m['gross_total'][0])} triệu đồng",
               f"chênh lệch {fm(m['ck'][0])} triệu đồng")
        pl.check(close(m["gross_total"][0] - m["rev"][0], m["ck"][0]), "gt01 discount")
    if key in ("gt02", "gt06"):
        pl.has(f"{fm(m['gross_total'][0])} triệu đồng")
    if key == "gt02":
        pl.has(f"trừ chiết khấu {fm(m['ck'][0])} triệu đồng")
    if key == "gt03":
        pl.has(f"năm 2027 là {fm(m['rev'][0] - m['comm_total'][0])} triệu đồng")
    if key == "gt04":
        dbar = [sum(ch[2] * m["disc"][k][y] for k, ch in enumerate(P["channels"])) for y in Y]
        pl.has(f"= {f1(dbar[0] * 100)} % năm 2027 và {f1(dbar[1] * 100)} % các năm 2028, 2029")
    if key == "gt06":
        pl.has(f"năm 2027 đạt {fm(m['profit'][0])} triệu đồng")


STEMS = {}


def stem_of(key: str) -> str:
    if not STEMS:
        for p in sorted((HERE / "src").glob("*.md")):
            STEMS[p.stem[:4]] = p.stem
    return STEMS[key]


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    if "--metrics" in argv:  # the author's tuning view of the model, not a check
        for k in PLANS:
            print(metrics(k))
        return 0
    keys = [a for a in argv if re.fullmatch(r"gt\d\d", a)] or [f"gt{i:02d}" for i in range(1, 13)]
    plans = []
    for key in keys:
        pl = Plan(stem_of(key))
        pl.lacks(r"§", "unresolved reference")
        if key in PLANS:
            check_full(key, pl)
            prose(key, pl)
        if key in TEXT:
            TEXT[key](pl)
        plans.append(pl)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
