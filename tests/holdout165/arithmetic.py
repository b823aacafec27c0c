"""The 165th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout165/arithmetic.py

Theme: producers that also trade. Besides their own output each producer buys finished goods from
other households, tổ hợp tác or cooperatives and resells them (hàng mua về bán lại, hàng liên kết),
so the quantity sold is own production + bought-in goods + the change in finished-goods stock
carried over from one year to the next. For every full plan (fj01-fj10) the constants give the own
products (pack size in the plan's base unit, price, pack cost, packs sold a year), the bought-in
lines (supplier, pack size, buying and selling price, packs a year), the finished-goods stock at the
start of 2027 and at the end of each year, the 2024-2026 history, raw materials with their norms
per unit produced, own raw-material supply (area, boats, hives x yield) and contracts, capacity,
staff by role and wage, energy, investment items and capital sources, loans, selling and tax
shares and a fixed cost line. From them this script recomputes:

* own production P = own sales + closing stock - opening stock; sales = own sales + bought-in;
  the balance table (opening + production + bought-in = sales + closing) for 2024-2029;
* history revenue = sales x average price; growth of 2027 on 2026 and year on year;
* raw-material need = P x norm (production only, never sales) against own + contracted supply;
  P against capacity (the quantity sold may exceed both, because part of it is bought in);
* every revenue line (packs x price, bought-in packs x resale price) and the total;
* every cost line (raw = need x price, packaging = own packs x pack cost, purchase of bought-in
  goods = packs x buying price, wages = staff x wage x 12, piece wages = P x rate, energy = P x
  rate, depreciation = fixed assets / life, interest = loan x rate, selling and tax as shares of
  the revenue, the fixed line) and the total; profit = revenue - cost, margin; investment items
  and sources, shares; payback = investment / (average profit + depreciation).

Each table of the plan's source is found by its caption ("Bảng N. <title>") and compared row by row
and cell by cell with the model: planted numeric defects must be wrong by more than 5 % (the true
value is computed beside them), every other number right within 1 %. Textual defects are asserted
through the absence (or presence) of their words. Sketchy plans: 150-320 words, no table.
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
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|07/2019|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|\bhuyện\b|"
            r"Phòng Tài chính|Phòng Kinh tế|Phòng Nông nghiệp|Sở Kế hoạch")

# --------------------------------------------------------------------------- constants
# own:    products the producer makes: (label, pack word, size in base units, price đ, pack cost đ,
#         packs sold in 2027, 2028, 2029)
# buy:    finished goods bought in and resold (hàng liên kết): (label, supplier, pack word, size in base
#         units, buying price đ, selling price đ, packs a year); bought-in goods are sold in the year
# stock0: own finished goods in stock at the start of 2027 (as the balance table shows it);
# stock:  own finished goods in stock at the end of 2027, 2028, 2029
# hist:   2024-2026: (own production, bought-in, closing stock, average selling price đ per base unit);
#         hist_open: stock at the start of 2024; hist_margin: reported profit as a share of revenue
# raws:   (label, unit, norm per base unit produced, price đ per unit); the first is balanced with supply
# own_supply: (what, quantity, unit, yield of the first raw per unit and year) or None
# contracts: (partner, households, quantity of the first raw a year)
# cap:    (base units per day, working days): what the equipment and staff can produce
# roles:  staff by role 2027-2029; wage: triệu đồng a month; piece: đ per unit produced (piece wages)
# energy: đ per base unit produced; inv: (item, triệu, fixed asset?); src: (source, triệu)
# life:   years of depreciation of the new fixed assets; loan: balance per year (triệu); rate: interest
# sell, tax: shares of revenue; other: fixed line (triệu)
PLANS: dict[str, dict] = {
    "fj01": dict(
        unit="lít",
        own=[("Nước mắm cá cơm 40 độ đạm, chai thủy tinh 500 ml", "chai", 0.5, 95000, 9000, [12000, 13000, 14000]),
             ("Nước mắm cá cơm 30 độ đạm, can 2 lít", "can", 2, 160000, 8000, [1500, 1700, 1900])],
        buy=[("Nước mắm cá nục 25 độ đạm, chai 500 ml", "Tổ hợp tác chế biến hải sản Đông Yên", "chai", 0.5,
              38000, 45000, [6000, 6400, 6800])],
        stock0=2000, stock=[2200, 2400, 2600],
        hist=[(7200, 2000, 1600, 125000), (7800, 2400, 1800, 128000), (8600, 2800, 2000, 131000)],
        hist_open=1400, hist_margin=[0.12, 0.13, 0.14],
        raws=[("Cá cơm tươi", "kg", 1.25, 18000), ("Muối hạt", "kg", 0.4, 3000)],
        own_supply=("hai thuyền lưới vây của thành viên", 2, "thuyền", 4000),
        contracts=[("Tổ đoàn kết nghề cá thôn Hải Thanh", 12, 4000), ("Tổ đoàn kết nghề cá thôn Hải Hà", 9, 3000)],
        cap=(400, 30),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Chăm sóc bể chượp, kéo rút", [2, 2, 3]),
               ("Lọc, đóng chai, kho", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 2, 2])],
        wage=5.5, energy=3000,
        inv=[("Sáu bể chượp composite 2 m³ có nắp kín", 90, True), ("Nhà đóng chai một chiều 60 m²", 210, True),
             ("Máy lọc, máy chiết rót và đóng nắp chai", 160, True),
             ("Hệ thống thu gom, lắng và xử lý nước rửa", 70, True),
             ("Thiết kế bao bì, mã vạch, tem truy xuất", 40, False),
             ("Vốn lưu động (mua cá, muối vụ cá nam)", 230, False)],
        src=[("Vốn góp của thành viên", 400), ("Quỹ đầu tư phát triển của hợp tác xã", 150),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 250)],
        life=10, loan=[250, 170, 90], rate=0.08, sell=0.06, tax=0.015, other=45),
    "fj02": dict(
        unit="kg",
        own=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, 150000, 8000, [3000, 3300, 3600]),
             ("Mật ong hoa rừng, hũ thủy tinh 1 kg", "hũ", 1, 280000, 14000, [800, 900, 1000])],
        buy=[("Mật ong ong nội, chai 500 g", "Hộ kinh doanh Trần Đình Lợi (xã Hương Đô)", "chai", 0.5,
              170000, 200000, [1200, 1300, 1400]),
             ("Mật ong hoa keo, hũ 1 kg", "Tổ hợp tác nuôi ong Khe Lim", "hũ", 1, 200000, 235000, [300, 350, 400])],
        stock0=600, stock=[650, 700, 750],
        hist=[(1900, 600, 450, 285000), (2050, 700, 520, 292000), (2200, 800, 600, 298000)],
        hist_open=400, hist_margin=[0.09, 0.10, 0.10],
        raws=[("Mật ong thô đã quay, lọc sơ", "kg", 1.05, 95000)],
        own_supply=("đàn ong của hộ", 260, "đàn", 9),
        contracts=[("Nhóm nuôi ong thôn Trung Lâm", 6, 500), ("Nhóm nuôi ong thôn Bình Hà", 5, 400)],
        cap=(20, 160),
        roles=[("Chủ hộ: quản lý, bán hàng", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [1, 1, 2]),
               ("Lọc, hạ thủy phần, đóng chai", [1, 1, 1])],
        wage=5.5, energy=4000,
        inv=[("Máy hạ thủy phần mật ong 30 kg/mẻ", 140, True),
             ("Phòng đóng chai 20 m² ốp gạch, lưới chắn côn trùng", 80, True),
             ("Bồn inox 500 lít, máy lọc mật", 50, True), ("60 thùng ong mới và đàn giống", 60, True),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 35, False), ("Vốn lưu động (mua mật, hàng liên kết)", 185, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.05, tax=0.015, other=25),
    "fj03": dict(
        unit="sản phẩm",
        own=[("Bộ khay trà gỗ mít chạm hoa sen", "bộ", 1, 650000, 25000, [1200, 1300, 1400]),
             ("Hộp quà gỗ mít khắc chữ", "hộp", 1, 280000, 10000, [2500, 2700, 2900]),
             ("Tượng gỗ mít trang trí cao 30 cm", "tượng", 1, 1200000, 40000, [300, 330, 360])],
        buy=[("Bình, lọ hoa gỗ tiện", "Xưởng mộc hộ ông Lê Văn Thạnh (thôn Trung Thành)", "chiếc", 1,
              350000, 420000, [600, 650, 700]),
             ("Khung ảnh gỗ keo khắc laser", "Tổ hợp tác mộc Yên Thịnh", "chiếc", 1,
              60000, 80000, [2000, 2200, 2400])],
        stock0=300, stock=[320, 340, 360],
        hist=[(3300, 2000, 260, 320000), (3550, 2300, 280, 328000), (3800, 2500, 300, 334000)],
        hist_open=240, hist_margin=[0.07, 0.08, 0.08],
        raws=[("Gỗ mít xẻ sấy", "m³", 0.006, 12000000), ("Dầu lau gỗ gốc nước, sáp ong", "lít", 0.05, 160000)],
        own_supply=None,
        contracts=[("Hộ trồng mít, keo thôn Thái Yên", 7, 15), ("Cơ sở xẻ, sấy gỗ Đức Long", 1, 15)],
        cap=(17, 290),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Thợ chạm khắc, tạo hình", [6, 6, 7]),
               ("Chà nhám, hoàn thiện, lau dầu", [3, 3, 3]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=6.0, energy=5000, pack_label="Hộp, túi đựng, thẻ treo",
        inv=[("Máy chạm CNC 4 đầu", 380, True),
             ("Hệ thống hút bụi túi vải và buồng lau dầu có quạt hút, lọc than hoạt tính", 140, True),
             ("Lò sấy gỗ 8 m³", 160, True), ("Mở rộng phòng trưng bày, bán hàng 60 m²", 120, True),
             ("Thiết kế mẫu, bao bì, tem truy xuất", 40, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng thương mại", 500)],
        life=8, loan=[500, 380, 260], rate=0.085, sell=0.06, tax=0.015, other=50),
    "fj04": dict(
        h26="Năm 2026*",
        unit="kg",
        own=[("Chè búp khô đặc biệt, túi 200 g", "túi", 0.2, 120000, 4000, [6000, 6600, 7200]),
             ("Chè búp khô loại 1, hộp 500 g", "hộp", 0.5, 220000, 9000, [1600, 1800, 2000])],
        buy=[("Chè búp khô, túi 500 g", "Hợp tác xã Chè Tây Sơn", "túi", 0.5, 120000, 140000, [1200, 1300, 1400])],
        stock0=300, stock=[320, 340, 360],
        hist=[(1700, 450, 250, 430000), (1820, 500, 280, 445000), (1950, 560, 300, 460000)],
        hist_open=220, hist_margin=[0.14, 0.15, 0.16],
        raws=[("Chè búp tươi", "kg", 4.5, 15000)],
        own_supply=("đồi chè của thành viên cam kết bán cho hợp tác xã", 3, "ha", 3200),
        contracts=[("Tổ hợp tác chè thôn Kim Thành", 8, 2000)],
        cap=(10, 250),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Héo, sao, vò, sấy chè", [3, 3, 3]),
               ("Phân loại, đóng gói, bán hàng", [2, 2, 3])],
        wage=5.5, energy=12000,
        inv=[("Máy sao chè quay tay điện 60 kg/mẻ", 120, True), ("Máy vò chè và máy sấy", 150, True),
             ("Nhà chế biến 80 m² lát gạch men", 200, True), ("Thiết kế bao bì, tem truy xuất", 30, False),
             ("Vốn lưu động", 200, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.08, sell=0.06, tax=0.015, other=40),
    "fj05": dict(
        h26="Năm 2026*",
        unit="quả",
        own=[("Bưởi Phúc Trạch loại 1 (1,2 – 1,5 kg/quả), dán nhãn", "quả", 1, 55000, 1500, [30000, 32000, 34000]),
             ("Hộp quà 2 quả bưởi Phúc Trạch đặc biệt", "hộp", 2, 150000, 15000, [3000, 3300, 3600])],
        buy=[("Bưởi Phúc Trạch loại 2", "Tổ hợp tác trồng bưởi thôn Tân Hương", "quả", 1, 22000, 30000,
              [12000, 13000, 14000])],
        stock0=6000, stock=[6500, 7000, 7500],
        hist=[(30000, 9000, 3000, 45000), (32000, 10000, 3500, 47000), (34000, 11000, 4000, 49000)],
        hist_open=2500, hist_margin=[0.15, 0.16, 0.17],
        raws=[("Bưởi quả thu hái tại vườn", "quả", 1.08, 15000)],
        own_supply=("vườn bưởi của thành viên", 14, "ha", 3400),
        contracts=[],
        cap=(400, 120),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Thu hái, phân loại, bảo quản", [4, 4, 4]),
               ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=6.0, energy=1000,
        inv=[("Nhà sơ chế, phân loại, bảo quản 150 m²", 350, True), ("Hầm cát và giá kệ bảo quản quả", 60, True),
             ("Băng chuyền phân loại theo khối lượng", 120, True), ("Xe tải nhẹ 1,25 tấn", 250, True),
             ("Thiết kế hộp quà, nhãn", 40, False), ("Vốn lưu động (mua bưởi liên kết)", 180, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 380, 260], rate=0.08, sell=0.07, tax=0.01, other=60),
    "fj06": dict(
        h26="Năm 2026*",
        unit="kg",
        own=[("Kẹo cu đơ gừng, hộp 300 g", "hộp", 0.3, 60000, 4000, [15000, 16500, 18000]),
             ("Kẹo cu đơ lạc vừng, túi 500 g", "túi", 0.5, 95000, 3000, [4000, 4400, 4800])],
        buy=[("Kẹo cu đơ truyền thống, gói 250 g", "Hộ làm kẹo bà Nguyễn Thị Lài (thôn Trung Phú)", "gói", 0.25,
              20000, 26000, [4000, 4400, 4800]),
             ("Kẹo cu đơ mè đen, gói 250 g", "Hộ làm kẹo ông Trần Văn Đức (thôn Hòa Lạc)", "gói", 0.25,
              20000, 26000, [4000, 4400, 4800])],
        stock0=150, stock=[180, 200, 220],
        hist=[(5200, 1500, 100, 160000), (5600, 1700, 120, 165000), (6000, 1900, 150, 170000)],
        hist_open=80, hist_margin=[0.14, 0.15, 0.16],
        raws=[("Lạc nhân", "kg", 0.35, 50000), ("Mật mía, đường", "kg", 0.5, 22000)],
        own_supply=None,
        contracts=[("Tổ hợp tác trồng lạc thôn Xuân Hải", 15, 1800), ("Hộ trồng lạc thôn Xuân Phổ", 8, 1200)],
        cap=(30, 280),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu mật, cán, cắt kẹo", [3, 3, 3]), ("Đóng gói, kho", [1, 1, 1]),
               ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=6.0, energy=5000,
        inv=[("Nồi nấu mật hai vỏ 50 lít", 90, True), ("Máy cán, máy cắt kẹo", 150, True),
             ("Máy đóng gói, hàn miệng túi", 80, True), ("Cải tạo xưởng sản xuất 100 m²", 180, True),
             ("Thiết kế bao bì, tem", 40, False), ("Vốn lưu động", 160, False)],
        src=[("Vốn chủ sở hữu", 400), ("Vay Ngân hàng thương mại", 300)],
        life=10, loan=[300, 220, 140], rate=0.085, sell=0.06, tax=0.015, other=40),
    "fj07": dict(
        h26="Năm 2026*",
        unit="lít",
        own=[("Dầu lạc ép nguội, chai 500 ml", "chai", 0.5, 85000, 6000, [12000, 13400, 14800]),
             ("Dầu lạc ép nguội, can 2 lít", "can", 2, 320000, 10000, [1500, 1700, 1900])],
        buy=[("Dầu lạc ép, chai 1 lít", "Hợp tác xã Nông sản Thanh Mỹ", "chai", 1, 100000, 120000,
              [1500, 1700, 1900])],
        stock0=400, stock=[450, 500, 550],
        hist=[(7000, 1000, 300, 148000), (7600, 1200, 350, 152000), (8300, 1400, 400, 156000)],
        hist_open=250, hist_margin=[0.08, 0.09, 0.09],
        raws=[("Lạc nhân", "kg", 2.3, 40000)],
        own_supply=("ruộng lạc của các tổ viên", 8, "ha", 2000), no_diff=True,
        contracts=[("Hộ trồng lạc thôn Trung Tiến", 14, 3500), ("Hộ trồng lạc thôn Đồng Lạc", 9, 2000)],
        cap=(45, 280),
        roles=[("Tổ trưởng, sổ sách", [1, 1, 1]), ("Rang, ép, lọc dầu", [2, 2, 2]), ("Đóng chai, bán hàng", [1, 1, 1])],
        wage=5.0, energy=2500, pack_label="Chai, can, nắp",
        inv=[("Máy ép dầu trục vít 20 kg/giờ", 180, True), ("Máy rang lạc, máy bóc vỏ lụa", 90, True),
             ("Bồn lắng, máy lọc dầu", 60, True), ("Cải tạo nhà xưởng 60 m²", 90, True),
             ("Chai, can, thiết kế bao bì", 30, False), ("Vốn lưu động (mua lạc vụ xuân)", 150, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 200, 100], rate=0.066, sell=0.05, tax=0.01, other=25),
    "fj08": dict(
        h26="Năm 2026*",
        unit="chiếc",
        own=[("Nón lá trắng bài thơ", "chiếc", 1, 85000, 4000, [6500, 7500, 8500]),
             ("Nón lá vẽ tay, hộp quà", "chiếc", 1, 180000, 15000, [2500, 3000, 3500])],
        buy=[("Nón lá thường", "Các hộ làm nón thôn Yên Hồ", "chiếc", 1, 45000, 55000, [5000, 5500, 6000])],
        stock0=500, stock=[600, 700, 800],
        hist=[(8000, 3500, 350, 82000), (8400, 4000, 420, 85000), (8800, 4500, 500, 88000)],
        hist_open=300, hist_margin=[0.16, 0.17, 0.18],
        raws=[("Lá nón đã phơi, là phẳng", "kg", 0.15, 60000), ("Vành tre, chỉ cước, quai", "bộ", 1, 6000)],
        own_supply=None,
        contracts=[("Hộ bán lá nón xã Hương Lâm", 20, 1200), ("Tổ thu gom lá nón thôn Khe Ve", 6, 800)],
        cap=(40, 240),
        roles=[("Nhóm trưởng, ghi chép sổ sách", [1, 1, 1]), ("Bán hàng, giao hàng", [1, 1, 1]),
               ("Thợ chằm nón (khoán theo chiếc)", [20, 20, 20], False)],
        wage=5.0, piece=40000, energy=1000, pack_label="Hộp quà, thẻ treo",
        inv=[("Cải tạo nhà làm nón chung 60 m²", 60, True), ("Khuôn nón, bàn là lá, lò sấy lá", 40, True),
             ("Gian trưng bày, bán nón 40 m² bên đường", 150, True),
             ("Hộp quà, mẫu vẽ, thẻ treo", 30, False), ("Vốn lưu động (mua lá, mua nón của các hộ)", 120, False)],
        src=[("Vốn góp của các hộ", 250), ("Vay quỹ tín dụng của Hội Liên hiệp Phụ nữ xã", 150)],
        life=8, loan=[150, 100, 50], rate=0.07, sell=0.05, tax=0.0, other=15),
    "fj09": dict(
        h26="Năm 2026*",
        unit="kg",
        own=[("Mắm tôm, hũ thủy tinh 250 g", "hũ", 0.25, 35000, 5000, [16000, 17600, 19200]),
             ("Mắm tôm, hũ nhựa 500 g", "hũ", 0.5, 60000, 4000, [4000, 4400, 4800])],
        buy=[("Mắm tôm, hũ 500 g", "Hộ chế biến mắm bà Võ Thị Sen (thôn Xuân Hải)", "hũ", 0.5, 38000, 46000,
              [3000, 3200, 3400])],
        stock0=800, stock=[900, 1000, 1100],
        hist=[(5000, 1000, 600, 115000), (5400, 1200, 700, 118000), (5800, 1400, 800, 121000)],
        hist_open=500, hist_margin=[0.11, 0.12, 0.13],
        raws=[("Ruốc (tôm moi) tươi", "kg", 1.2, 28000), ("Muối hạt", "kg", 0.25, 3000)],
        own_supply=("thuyền te của hộ", 1, "thuyền", 3000),
        contracts=[("Tổ đoàn kết nghề cá thôn Xuân Hải", 10, 4000), ("Nhóm hộ đánh bắt ruốc thôn Hải Phong", 5, 2500)],
        cap=(30, 270),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Ủ chượp, đảo, xay mắm", [2, 2, 2]), ("Đóng hũ, bán hàng", [1, 1, 1])],
        wage=5.5, energy=2000,
        inv=[("Mười bể ủ composite 1 m³ và chum sành", 80, True), ("Máy xay mắm inox", 40, True),
             ("Nhà đóng hũ 30 m²", 90, True), ("Hũ thủy tinh, nắp, thiết kế nhãn", 30, False),
             ("Vốn lưu động (mua ruốc vụ xuân)", 160, False)],
        src=[("Vốn tự có của hộ", 250), ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=8, loan=[150, 100, 50], rate=0.066, sell=0.05, tax=0.015, other=20),
    "fj10": dict(
        unit="kg",
        own=[("Cao chè vằng, hộp 100 g", "hộp", 0.1, 120000, 8000, [7000, 15000, 18000]),
             ("Cao chè vằng, hộp 250 g", "hộp", 0.25, 280000, 12000, [800, 2000, 2400])],
        buy=[("Chè vằng khô cắt khúc, túi 500 g", "Tổ hợp tác dược liệu Kỳ Thượng", "túi", 0.5, 60000, 75000,
              [2000, 5000, 6000])],
        stock0=80, stock=[100, 150, 180],
        hist=[(600, 700, 40, 560000), (700, 800, 60, 580000), (800, 900, 80, 600000)],
        hist_open=30, hist_margin=[0.08, 0.09, 0.10],
        raws=[("Cành lá chè vằng khô", "kg", 8, 30000)],
        own_supply=("vùng trồng chè vằng của thành viên", 6, "ha", 1500),
        contracts=[("Tổ hợp tác trồng chè vằng thôn Tân Phú", 12, 6000), ("Hộ trồng chè vằng thôn Đông Hà", 15, 5000)],
        cap=(10, 260),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, cô cao, sấy", [3, 3, 3]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=5.5, energy=40000,
        inv=[("Nồi cô cao chân không 100 lít", 320, True), ("Nồi chiết xuất inox 300 lít", 180, True),
             ("Máy sấy, khuôn ép bánh cao", 100, True), ("Nhà chế biến 100 m²", 200, True),
             ("Bao bì, tem truy xuất", 50, False), ("Vốn lưu động", 450, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 550)],
        life=10, loan=[550, 450, 350], rate=0.08, sell=0.06, tax=0.015, other=50),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED: dict[str, dict] = {
    "fj05": {"rev_line": ("buy", 0, 1, 1.12)},   # 2028 bought-in bưởi revenue line x 1,12; the total, selling,
                                                 # tax and profit follow it. Stock: 4.000 quả at the end of 2026
                                                 # in the history, 6.000 quả at the start of 2027 (constants)
    "fj06": {"cost_total": (2, 0.92)},           # 2029 "Tổng chi phí" written 8 % below its lines; the summary copies it
    "fj07": {"payback": 1.3},                    # stated payback; need > supply in 2028-2029 (constants)
    "fj09": {"profit": (1, 1.30)},               # 2028 profit in the summary x 1,30; the margin follows it
    "fj10": {},                                  # sources 1.050 vs investment 1.300; revenue x 2,25 in 2028 (constants)
}
READY = ("fj01", "fj02", "fj03", "fj04")
STEMS = {
    "fj01": "fj01_nuoc_mam_ca_com_thien_cam_htx",
    "fj02": "fj02_mat_ong_hoa_keo_huong_tra_hkd",
    "fj03": "fj03_do_go_my_nghe_thai_yen_cty",
    "fj04": "fj04_che_bup_kho_son_kim_htx",
    "fj05": "fj05_buoi_phuc_trach_phuc_dong_htx",
    "fj06": "fj06_keo_cu_do_hong_yen_cty",
    "fj07": "fj07_dau_lac_ep_nguoi_tan_hoa_tht",
    "fj08": "fj08_non_la_trung_luong_nhom_ho",
    "fj09": "fj09_mam_tom_xuan_yen_hkd",
    "fj10": "fj10_cao_che_vang_ky_lac_htx",
    "fj11": "fj11_muc_kho_cam_nhuong_so_sai",
    "fj12": "fj12_chieu_coi_so_sai",
}
SKETCHY = ("fj11", "fj12")


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(k: str, planted: bool = True) -> dict:
    """Every number of plan k. planted=False gives the true values (no planted distortion)."""
    c = PLANS[k]
    pl = PLANTED.get(k, {}) if planted else {}
    m: dict = {"k": k, "unit": c["unit"]}
    own_b = [[p[5][y] * p[2] for p in c["own"]] for y in range(3)]   # base units by product
    O = [sum(own_b[y]) for y in range(3)]
    B = [sum(b[6][y] * b[3] for b in c["buy"]) for y in range(3)]
    open_ = [c["stock0"], c["stock"][0], c["stock"][1]]
    S = list(c["stock"])
    P = [O[y] + S[y] - open_[y] for y in range(3)]
    m.update(O=O, B=B, open=open_, S=S, P=P, sales=[O[y] + B[y] for y in range(3)],
             total_goods=[open_[y] + P[y] + B[y] for y in range(3)])
    # history
    h = c["hist"]
    hopen = [c["hist_open"], h[0][2], h[1][2]]
    hsales = [hopen[i] + h[i][0] + h[i][1] - h[i][2] for i in range(3)]
    hrev = [r1(hsales[i] * h[i][3] / 1e6) for i in range(3)]
    m.update(hP=[x[0] for x in h], hB=[x[1] for x in h], hS=[x[2] for x in h], hopen=hopen, hsales=hsales,
             hprice=[x[3] for x in h], hrev=hrev, hprofit=[r1(hrev[i] * c["hist_margin"][i]) for i in range(3)])
    # raw materials
    m["need"] = [[round(P[y] * r[2] + 1e-9, 3) for y in range(3)] for r in c["raws"]]
    own_sup = c["own_supply"][1] * c["own_supply"][3] if c["own_supply"] else 0
    con = sum(x[2] for x in c["contracts"])
    m.update(own_sup=own_sup, con=con, supply=own_sup + con, cap=c["cap"][0] * c["cap"][1])
    # staff
    roles = c["roles"]
    m["staff"] = [sum(r[1][y] for r in roles) for y in range(3)]
    m["paid"] = [sum(r[1][y] for r in roles if len(r) < 3 or r[2]) for y in range(3)]
    # investment and sources
    m["inv"] = sum(x[1] for x in c["inv"])
    m["fixed"] = sum(x[1] for x in c["inv"] if x[2])
    m["src"] = sum(x[1] for x in c["src"])
    m["src_pct"] = [r1(x[1] / m["src"] * 100) for x in c["src"]]
    # revenue
    rev_own = [[r1(p[5][y] * p[3] / 1e6) for y in range(3)] for p in c["own"]]
    rev_buy = [[r1(b[6][y] * b[5] / 1e6) for y in range(3)] for b in c["buy"]]
    if "rev_line" in pl:
        kind, i, y, f = pl["rev_line"]
        (rev_own if kind == "own" else rev_buy)[i][y] = r1(
            (c["own"][i][5][y] * c["own"][i][3] if kind == "own" else c["buy"][i][6][y] * c["buy"][i][5]) / 1e6 * f)
    rev = [r1(sum(x[y] for x in rev_own + rev_buy)) for y in range(3)]
    m.update(rev_own=rev_own, rev_buy=rev_buy, rev=rev)
    # costs
    lines: list[tuple[str, list[float]]] = []
    for i, r in enumerate(c["raws"]):
        lines.append((r[0], [r1(m["need"][i][y] * r[3] / 1e6) for y in range(3)]))
    if c.get("piece"):
        lines.append(("Tiền công thợ khoán theo chiếc", [r1(P[y] * c["piece"] / 1e6) for y in range(3)]))
    lines.append((c.get("pack_label", "Bao bì, nhãn"),
                  [r1(sum(p[5][y] * p[4] for p in c["own"]) / 1e6) for y in range(3)]))
    lines.append(("Mua hàng liên kết để bán lại", [r1(sum(b[6][y] * b[4] for b in c["buy"]) / 1e6) for y in range(3)]))
    lines.append(("Tiền lương, tiền công", [r1(m["paid"][y] * c["wage"] * 12) for y in range(3)]))
    lines.append(("Điện, nước, nhiên liệu", [r1(P[y] * c["energy"] / 1e6) for y in range(3)]))
    dep = r1(m["fixed"] / c["life"])
    lines.append(("Khấu hao tài sản cố định", [dep] * 3))
    lines.append(("Lãi vay", [r1(c["loan"][y] * c["rate"]) for y in range(3)]))
    lines.append(("Bán hàng, vận chuyển, quảng bá", [r1(rev[y] * c["sell"]) for y in range(3)]))
    if c["tax"]:
        lines.append(("Thuế, phí", [r1(rev[y] * c["tax"]) for y in range(3)]))
    lines.append((c.get("other_label", "Quản lý, chi phí khác"), [float(c["other"])] * 3))
    cost_true = [r1(sum(v[y] for _, v in lines)) for y in range(3)]
    cost_table = list(cost_true)
    if "cost_total" in pl:
        y, f = pl["cost_total"]
        cost_table[y] = r1(cost_true[y] * f)
    m.update(cost_lines=lines, cost_sum=cost_true, cost=cost_table, dep=dep)
    profit = [r1(rev[y] - cost_table[y]) for y in range(3)]
    if "profit" in pl:
        y, f = pl["profit"]
        profit[y] = r1(profit[y] * f)
    m["profit"] = profit
    m["margin"] = [r1(profit[y] / rev[y] * 100) for y in range(3)]
    avg = sum(profit) / 3
    m["avg_profit"] = r1(avg)
    m["payback"] = pl.get("payback", round(m["inv"] / (avg + dep) + 1e-9, 1))
    return m


# --------------------------------------------------------------------------- the tables
CAPTIONS = {
    "history": "Kết quả sản xuất kinh doanh giai đoạn 2024 – 2026",
    "products": "Sản phẩm, quy cách và giá bán",
    "suppliers": "Hàng liên kết mua về bán lại theo nguồn cung cấp",
    "balance": "Cân đối nguồn hàng và tiêu thụ giai đoạn 2027 – 2029",
    "raw": "Nhu cầu và nguồn cung nguyên liệu",
    "staff": "Lao động theo bộ phận",
    "invest": "Tổng vốn đầu tư",
    "sources": "Nguồn vốn đầu tư",
    "sales": "Kế hoạch tiêu thụ theo sản phẩm",
    "revenue": "Doanh thu dự kiến",
    "cost": "Chi phí dự kiến",
    "summary": "Tổng hợp hiệu quả kinh tế",
}
Y3 = ["Năm 2027", "Năm 2028", "Năm 2029"]


def caption(k: str, kind: str) -> str:
    return PLANS[k].get("captions", {}).get(kind, CAPTIONS[kind])


def dec_of(unit: str) -> int:
    return 2 if unit in ("m³",) else 0


def tables(k: str, planted: bool = True) -> dict[str, dict]:
    """The computed tables of plan k: kind -> {unit, header, rows: [(text cells, values, decimals)]}."""
    c, m = PLANS[k], model(k, planted)
    u = c["unit"]
    t: dict[str, dict] = {}
    hy = ["Năm 2024", "Năm 2025", PLANS[k].get("h26", "Năm 2026")]
    t["history"] = dict(unit=None, header=["TT", "Chỉ tiêu", "ĐVT"] + hy, rows=[
        (["1", "Tồn kho đầu năm", u], m["hopen"], 0),
        (["2", "Sản lượng tự sản xuất", u], m["hP"], 0),
        (["3", "Hàng liên kết mua về bán lại", u], m["hB"], 0),
        (["4", "Sản lượng tiêu thụ", u], m["hsales"], 0),
        (["5", "Tồn kho cuối năm", u], m["hS"], 0),
        (["6", "Giá bán bình quân", f"nghìn đ/{u}"], [x / 1000 for x in m["hprice"]], 0),
        (["7", "Doanh thu", "triệu đồng"], m["hrev"], 1),
        (["8", "Lợi nhuận", "triệu đồng"], m["hprofit"], 1)])
    rows = []
    for i, p in enumerate(c["own"]):
        rows.append(([str(i + 1), p[0], "Tự sản xuất"], [p[3]], 0))
    for j, b in enumerate(c["buy"]):
        rows.append(([str(len(c["own"]) + j + 1), b[0], f"Mua của {b[1]}"], [b[5]], 0))
    t["products"] = dict(unit=None, header=["TT", "Sản phẩm, quy cách", "Nguồn hàng", "Giá bán (đ)"], rows=rows)
    rows = [([str(j + 1), b[1], b[0]], [b[6][y] * b[3] for y in range(3)], dec_of(u)) for j, b in enumerate(c["buy"])]
    rows.append((["", "Cộng", ""], m["B"], 0))
    t["suppliers"] = dict(unit=f"ĐVT: {u}", header=["TT", "Đơn vị, hộ cung cấp", "Mặt hàng"] + Y3, rows=rows)
    t["balance"] = dict(unit=f"ĐVT: {u}", header=["TT", "Chỉ tiêu"] + Y3, rows=[
        (["1", "Tồn kho đầu năm"], m["open"], 0),
        (["2", "Sản lượng tự sản xuất"], m["P"], 0),
        (["3", "Hàng liên kết mua về bán lại"], m["B"], 0),
        (["4", "Tổng nguồn hàng (1 + 2 + 3)"], m["total_goods"], 0),
        (["5", "Tiêu thụ trong năm"], m["sales"], 0),
        (["", "– hàng tự sản xuất"], m["O"], 0),
        (["", "– hàng liên kết"], m["B"], 0),
        (["6", "Tồn kho cuối năm (4 − 5)"], m["S"], 0)])
    rows = [(["1", "Sản lượng tự sản xuất", u], m["P"], 0)]
    n = 2
    for i, r in enumerate(c["raws"]):
        norm = fmt(r[2], 3 if r[2] < 0.1 else 2)
        d = dec_of(r[1]) or (0 if all(float(x).is_integer() for x in m["need"][i]) else 1)
        rows.append(([str(n), f"Nhu cầu {r[0][0].lower() + r[0][1:]} ({norm} {r[1]}/{u})", r[1]], m["need"][i], d))
        n += 1
    r0 = c["raws"][0]
    if c["own_supply"]:
        o = c["own_supply"]
        rows.append(([str(n), f"Nguồn tự có: {o[0]} ({fmt(o[1], 1)} {o[2]} × {fmt(o[3], 0)} {r0[1]})", r0[1]],
                     [m["own_sup"]] * 3, dec_of(r0[1])))
        n += 1
    if c["contracts"]:
        rows.append(([str(n), "Thu mua theo hợp đồng liên kết", r0[1]], [m["con"]] * 3, dec_of(r0[1])))
        n += 1
    rows.append(([str(n), f"Tổng nguồn cung {r0[0][0].lower() + r0[0][1:]}", r0[1]], [m["supply"]] * 3, dec_of(r0[1])))
    n += 1
    if not c.get("no_diff"):
        diff = [round(m["supply"] - m["need"][0][y], 3) for y in range(3)]
        rows.append(([str(n), "Chênh lệch nguồn cung so với nhu cầu", r0[1]], diff,
                     dec_of(r0[1]) or (0 if all(float(x).is_integer() for x in diff) else 1)))
    t["raw"] = dict(unit=None, header=["TT", "Chỉ tiêu", "ĐVT"] + Y3, rows=rows)
    rows = [([str(i + 1), r[0]], r[1], 0) for i, r in enumerate(c["roles"])]
    rows.append((["", "Cộng"], m["staff"], 0))
    t["staff"] = dict(unit="ĐVT: người", header=["TT", "Bộ phận"] + Y3, rows=rows)
    rows = [([str(i + 1), x[0]], [x[1]], 1) for i, x in enumerate(c["inv"])]
    rows.append((["", "Tổng cộng"], [m["inv"]], 1))
    t["invest"] = dict(unit="ĐVT: triệu đồng", header=["TT", "Hạng mục", "Thành tiền"], rows=rows)
    rows = [([str(i + 1), x[0]], [x[1], m["src_pct"][i]], 1) for i, x in enumerate(c["src"])]
    rows.append((["", "Tổng cộng"], [m["src"], 100], 1))
    t["sources"] = dict(unit=None, header=["TT", "Nguồn vốn", "Số tiền (triệu đồng)", "Tỷ lệ (%)"], rows=rows)
    rows = [([str(i + 1), p[0], p[1]], p[5], 0) for i, p in enumerate(c["own"])]
    rows += [([str(len(c["own"]) + j + 1), f"{b[0]} (hàng liên kết)", b[2]], b[6], 0) for j, b in enumerate(c["buy"])]
    rows += [(["", "Quy đổi: hàng tự sản xuất", u], m["O"], 0), (["", "Quy đổi: hàng liên kết", u], m["B"], 0),
             (["", "Tổng lượng bán ra", u], m["sales"], 0)]
    t["sales"] = dict(unit=None, header=["TT", "Sản phẩm", "ĐVT"] + Y3, rows=rows)
    rows = [([str(i + 1), f"{p[0]} ({fmt(p[3], 0)} đ/{p[1]})"], m["rev_own"][i], 1) for i, p in enumerate(c["own"])]
    rows += [([str(len(c["own"]) + j + 1), f"{b[0]}, hàng liên kết ({fmt(b[5], 0)} đ/{b[2]})"], m["rev_buy"][j], 1)
             for j, b in enumerate(c["buy"])]
    rows.append((["", "Tổng doanh thu"], m["rev"], 1))
    t["revenue"] = dict(unit="ĐVT: triệu đồng", header=["TT", "Sản phẩm (giá bán)"] + Y3, rows=rows)
    rows = [([str(i + 1), lab], v, 1) for i, (lab, v) in enumerate(m["cost_lines"])]
    rows.append((["", "Tổng chi phí"], m["cost"], 1))
    t["cost"] = dict(unit="ĐVT: triệu đồng", header=["TT", "Khoản mục chi phí"] + Y3, rows=rows)
    t["summary"] = dict(unit="ĐVT: triệu đồng", header=["TT", "Chỉ tiêu"] + Y3, rows=[
        (["1", "Doanh thu"], m["rev"], 1), (["2", "Tổng chi phí"], m["cost"], 1), (["3", "Lợi nhuận"], m["profit"], 1),
        (["4", "Tỷ suất lợi nhuận trên doanh thu (%)"], m["margin"], 1)])
    return t


def fmt(x: float, dec: int = 1) -> str:
    """Vietnamese number: dotted thousands, decimal comma; trailing zero decimals dropped."""
    neg = x < 0
    x = abs(x)
    s = f"{x:,.{dec}f}" if dec else f"{round(x + 1e-9):,}"
    if dec:
        s = s.rstrip("0").rstrip(".") if "." in s else s
    s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    return ("−" if neg else "") + s


# --------------------------------------------------------------------------- reading the plan back
_NUMCELL = re.compile(r"^−?[\d.]+(,\d+)?$")


def num(s: str) -> float:
    return -vn(s[1:]) if s.startswith("−") else vn(s)


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.k = stem[:4]
        self.tabs: dict[str, list[list[str]]] = {}
        cap, rows = None, None
        for line in self.body.splitlines() + [""]:
            s = line.strip()
            if s.startswith("|"):
                if rows is None:
                    rows = []
                cells = [c.strip() for c in s.strip("|").split("|")]
                if not all(re.fullmatch(r"-+", c) for c in cells):
                    rows.append(cells)
                continue
            if rows is not None:
                self.tabs[cap or f"?{len(self.tabs)}"] = rows
                rows, cap = None, None
            if m := re.match(r"^Bảng (\d+)\. (.+)$", s):
                cap = m.group(2)
        self.ntab = len(self.tabs)

    def table(self, kind: str) -> list[list[str]] | None:
        t = self.tabs.get(caption(self.k, kind))
        if t is None:
            self.failures.append(f"table not found: {caption(self.k, kind)}")
        return t

    def values(self, kind: str, label: str, n: int = 3) -> list[float]:
        """The last n numbers of the row of table `kind` whose second cell starts with label."""
        for r in self.table(kind) or []:
            if len(r) > 1 and r[1].startswith(label):
                nums = [num(x) for x in r[2:] if _NUMCELL.match(x)]
                return nums[-n:]
        self.failures.append(f"{kind}: row not found: {label}")
        return [0.0] * n

    def eq(self, a: float, b: float, what: str, tol: float = 0.01) -> None:
        if not (close(a, b, tol) or abs(a - b) <= 0.11):
            self.failures.append(f"{what}: plan {a}, computed {b}")

    def wrong(self, shown: float, true: float, what: str) -> None:
        """A planted numeric defect: the plan's number is more than 5 % off the true value."""
        if not off(shown, true):
            self.failures.append(f"planted defect not wrong enough: {what}: plan {shown}, true {true}")


# --------------------------------------------------------------------------- checks
def check_tables(p: Plan) -> None:
    """Every computed table of the plan, row by row and cell by cell, as the model prints it."""
    k = p.k
    p.check(12 <= p.ntab <= 15, f"{p.ntab} tables (12-15 expected)")
    for kind, tab in tables(k).items():
        if kind == "suppliers" and caption(k, kind) not in p.tabs:
            continue
        rows = p.table(kind)
        if rows is None:
            continue
        p.check(rows[0] == tab["header"], f"{kind}: header {rows[0]}")
        body = rows[1:]
        if len(body) != len(tab["rows"]):
            p.failures.append(f"{kind}: {len(body)} rows, model {len(tab['rows'])}")
            continue
        for got, (cells, vals, _dec) in zip(body, tab["rows"]):
            if got[:len(cells)] != cells:
                p.failures.append(f"{kind}: row {got[:len(cells)]} != {cells}")
                continue
            nums = [num(x) for x in got[len(cells):] if _NUMCELL.match(x)]
            if len(nums) != len(vals):
                p.failures.append(f"{kind}: {cells[1]}: {len(nums)} numbers, model {len(vals)}")
                continue
            for a, b in zip(nums, vals):
                p.eq(a, b, f"{kind}: {cells[1]}")


def check_relations(p: Plan) -> None:
    """What a reviewer recomputes from the plan's own tables, independent of the model; the
    planted numeric defects must break exactly the relation they plant, by more than 5 %."""
    k = p.k
    c = PLANS[k]
    t = model(k, planted=False)
    pl = PLANTED.get(k, {})
    v = p.values
    # history: opening + production + bought-in - closing = sold; revenue = sold x average price
    ho, hp, hb, hs, hc, hpr, hr = (v("history", x) for x in (
        "Tồn kho đầu năm", "Sản lượng tự sản xuất", "Hàng liên kết", "Sản lượng tiêu thụ", "Tồn kho cuối năm",
        "Giá bán bình quân", "Doanh thu"))
    for i in range(3):
        p.eq(hs[i], ho[i] + hp[i] + hb[i] - hc[i], f"history {HIST_YEARS[i]}: sold")
        p.eq(hr[i], hs[i] * hpr[i] * 1000 / 1e6, f"history {HIST_YEARS[i]}: revenue (price in nghìn đồng)")
        if i:
            p.eq(ho[i], hc[i - 1], f"history {HIST_YEARS[i]}: opening = previous closing")
    # balance 2027-2029
    bo, bp, bb, bt, bs, bO, bB, bc = (v("balance", x) for x in (
        "Tồn kho đầu năm", "Sản lượng tự sản xuất", "Hàng liên kết", "Tổng nguồn hàng", "Tiêu thụ trong năm",
        "– hàng tự sản xuất", "– hàng liên kết", "Tồn kho cuối năm"))
    for y in range(3):
        p.eq(bt[y], bo[y] + bp[y] + bb[y], f"balance {YEARS[y]}: total goods")
        p.eq(bc[y], bt[y] - bs[y], f"balance {YEARS[y]}: closing stock")
        p.eq(bs[y], bO[y] + bB[y], f"balance {YEARS[y]}: sold = own + bought-in")
        if y:
            p.eq(bo[y], bc[y - 1], f"balance {YEARS[y]}: opening = previous closing")
        p.check(bs[y] > bp[y], f"balance {YEARS[y]}: sales should exceed own production (theme)")
    if k == "fj05":   # figure-inconsistent: stock at the end of 2026 stated twice, differently
        p.wrong(bo[0], hc[2], "fj05 stock: start of 2027 (balance) vs end of 2026 (history)")
    else:
        p.eq(bo[0], hc[2], "stock: start of 2027 = end of 2026")
    # sales table: packs x size = own and bought-in quantities
    own_packs = [v("sales", x[0]) for x in c["own"]]
    buy_packs = [v("sales", f"{x[0]} (hàng liên kết)") for x in c["buy"]]
    for y in range(3):
        p.eq(bO[y], sum(own_packs[i][y] * x[2] for i, x in enumerate(c["own"])), f"{YEARS[y]}: own sold = packs x size")
        p.eq(bB[y], sum(buy_packs[j][y] * x[3] for j, x in enumerate(c["buy"])), f"{YEARS[y]}: bought-in = packs x size")
    # revenue lines = packs x the price in the label; total = sum of lines
    lines = []
    for i, x in enumerate(c["own"]):
        p.has(f"{x[0]} ({fmt(x[3], 0)} đ/{x[1]})")
        r = v("revenue", f"{x[0]} (")
        lines.append(r)
        for y in range(3):
            p.eq(r[y], own_packs[i][y] * x[3] / 1e6, f"revenue {YEARS[y]}: {x[0]}")
    for j, x in enumerate(c["buy"]):
        r = v("revenue", f"{x[0]}, hàng liên kết")
        lines.append(r)
        for y in range(3):
            true = buy_packs[j][y] * x[5] / 1e6
            if pl.get("rev_line", (None,))[1:3] == (j, y) and pl["rev_line"][0] == "buy":
                p.wrong(r[y], true, f"revenue {YEARS[y]}: {x[0]} (planted revenue-mismatch)")
            else:
                p.eq(r[y], true, f"revenue {YEARS[y]}: {x[0]}")
    rev = v("revenue", "Tổng doanh thu")
    for y in range(3):
        p.eq(rev[y], sum(r[y] for r in lines), f"revenue {YEARS[y]}: total")
    # cost total = sum of the lines
    cost_rows = [r for r in (p.table("cost") or [])[1:] if r[1] != "Tổng chi phí"]
    cost = v("cost", "Tổng chi phí")
    for y in range(3):
        s = sum(num(r[2 + y]) for r in cost_rows)
        if pl.get("cost_total", (None,))[0] == y:
            p.wrong(cost[y], s, f"cost {YEARS[y]}: total (planted table-total-mismatch)")
        else:
            p.eq(cost[y], s, f"cost {YEARS[y]}: total")
    # summary
    srev, scost, sprof, smarg = (v("summary", x) for x in ("Doanh thu", "Tổng chi phí", "Lợi nhuận", "Tỷ suất"))
    for y in range(3):
        p.eq(srev[y], rev[y], f"summary {YEARS[y]}: revenue")
        p.eq(scost[y], cost[y], f"summary {YEARS[y]}: cost")
        if pl.get("profit", (None,))[0] == y:
            p.wrong(sprof[y], srev[y] - scost[y], f"summary {YEARS[y]}: profit (planted profit-mismatch)")
        else:
            p.eq(sprof[y], srev[y] - scost[y], f"summary {YEARS[y]}: profit")
        p.eq(smarg[y], sprof[y] / srev[y] * 100, f"summary {YEARS[y]}: margin")
        p.check(0 < t["margin"][y] < 40, f"true margin {YEARS[y]} {t['margin'][y]} %")
    # investment and sources
    inv_rows = [r for r in (p.table("invest") or [])[1:] if r[1] != "Tổng cộng"]
    inv = v("invest", "Tổng cộng", 1)[0]
    p.eq(inv, sum(num(r[2]) for r in inv_rows), "investment total")
    src_rows = [r for r in (p.table("sources") or [])[1:] if r[1] != "Tổng cộng"]
    src = v("sources", "Tổng cộng", 2)[0]
    p.eq(src, sum(num(r[2]) for r in src_rows), "sources total")
    for r in src_rows:
        p.eq(num(r[3]), num(r[2]) / src * 100, f"sources share {r[1]}")
    if k == "fj10":
        p.wrong(src, inv, "fj10 sources vs investment (planted capital-mismatch)")
    else:
        p.eq(src, inv, "sources = investment")
    # raw materials: need = own production x norm; supply = own + contracts
    rp = v("raw", "Sản lượng tự sản xuất")
    for y in range(3):
        p.eq(rp[y], bp[y], f"raw {YEARS[y]}: production as in the balance")
    for r in c["raws"]:
        need = v("raw", f"Nhu cầu {r[0][0].lower() + r[0][1:]}")
        for y in range(3):
            p.eq(need[y], rp[y] * r[2], f"raw {YEARS[y]}: need of {r[0]}")
    need0 = v("raw", f"Nhu cầu {c['raws'][0][0][0].lower() + c['raws'][0][0][1:]}")
    supply = v("raw", "Tổng nguồn cung")[0]
    own = c["own_supply"][1] * c["own_supply"][3] if c["own_supply"] else 0
    p.eq(supply, own + sum(x[2] for x in c["contracts"]), "raw: supply = own + contracts")
    for y in range(3):
        if k == "fj07" and y:
            p.check(need0[y] > supply * 1.05, f"fj07 {YEARS[y]}: need {need0[y]} should exceed supply {supply} by > 5 %")
        else:
            p.check(need0[y] <= supply, f"{YEARS[y]}: need {need0[y]} > supply {supply}")
    # capacity (own production only)
    cap = c["cap"][0] * c["cap"][1]
    p.has(f"{fmt(cap, 0)} ")
    for y in range(3):
        if k == "fj08" and y:
            p.check(bp[y] > cap * 1.05, f"fj08 {YEARS[y]}: production {bp[y]} should exceed capacity {cap} by > 5 %")
        else:
            p.check(bp[y] <= cap, f"{YEARS[y]}: production {bp[y]} > capacity {cap}")
    # staff total
    st = v("staff", "Cộng")
    roles = [v("staff", r[0]) for r in c["roles"]]
    for y in range(3):
        p.eq(st[y], sum(r[y] for r in roles), f"staff {YEARS[y]}")
    # payback as printed vs investment / (average profit + depreciation)
    mt = re.search(r"(?:≈|khoảng) (\d+(?:,\d)?) năm", p.body)
    stated = vn(mt.group(1)) if mt else 0.0
    p.check(bool(mt), "payback sentence not found")
    true_pb = t["inv"] / (sum(t["profit"]) / 3 + t["dep"])
    if k == "fj07":
        p.wrong(stated, true_pb, "fj07 payback (planted payback-mismatch)")
    elif k not in ("fj06", "fj09"):          # fj06, fj09: a knock-on of the planted profit figures
        p.eq(stated, round(true_pb, 1), "payback", tol=0.04)
    # growth
    g = [rev[0] / hr[2], rev[1] / rev[0], rev[2] / rev[1]]
    if k == "fj10":
        p.check(g[1] > 2.0, f"fj10 growth 2028 x{g[1]:.2f} should be > x2 (planted unrealistic-growth)")
        p.check(g[0] < 1.31, f"fj10 growth 2027 x{g[0]:.2f}")
    else:
        for i, x in enumerate(g):
            p.check(x < 1.31, f"growth {i}: x{x:.2f}")
    # the theme: sales exceed own production by the bought-in quantity, and the plan says so
    p.has("đúng bằng")
    p.check(bool(re.search(r"hàng liên kết|mua về", p.body)), "bought-in goods not named")


PAPERS_READY = ("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "thử nghiệm",
                "QR", "mã lô", "môi trường")


def check_text(p: Plan) -> None:
    k, b = p.k, p.body
    p.lacks(PLACEHOLDER, "template placeholder")
    if k != "fj09":
        p.lacks(REPLACED, "replaced instrument or abolished level")
    if k in READY:
        p.has(*PAPERS_READY)
        p.check("TCCS" in b or "Tiêu chuẩn cơ sở" in b, "no TCCS")
        p.check(bool(re.search(r"Đăng ký (hợp tác xã|hộ kinh doanh|doanh nghiệp)", b)), "no registration row")
        for d in re.findall(r"Đến (\d{2})/(\d{1,2})/(\d{4})", b):
            p.check(int(d[2]) >= 2028, f"paper valid only to {'/'.join(d)}")
        if PLANS[k]["unit"] != "sản phẩm":
            p.has("an toàn thực phẩm")
        else:
            p.has("không thuộc diện cấp giấy chứng nhận an toàn thực phẩm")
    # the planted textual defects
    if k == "fj05":
        p.lacks(r"truy xuất|nhật ký|mã lô|\bQR\b|VietGAP|GlobalGAP|HACCP|\bISO\b|kiểm soát (?!viên)|\btem\b|lưu mẫu|sổ theo dõi",
                "fj05 quality control / traceability word (planted no-quality-control)")
        p.has(f"ước còn {fmt(PLANS[k]['hist'][2][2], 0)} quả", f"bắt đầu với {fmt(PLANS[k]['stock0'], 0)} quả",
              "an toàn thực phẩm", "TCCS", "nhãn hiệu", "43/2017/NĐ-CP", "3 sao")
    if k == "fj06":
        p.lacks(r"an toàn thực phẩm|ATTP|15/2018|đủ điều kiện|HACCP|vệ sinh", "fj06 food-safety word (planted)")
        p.check(p.count("Minh Phát") == 3, f"fj06: 'Minh Phát' {p.count('Minh Phát')} times (planted name-inconsistent)")
        p.has("Công ty TNHH Thực phẩm Hồng Yến", "Kẹo cu đơ Hồng Yến", "TCCS", "tự công bố", "43/2017/NĐ-CP", "nhãn hiệu")
    if k == "fj07":
        p.lacks(r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021|mã vạch|ghi trên chai", "fj07 label word (planted no-label-plan)")
        p.has("bảo đảm đủ nguyên liệu", "khoảng 1,3 năm", "an toàn thực phẩm", "TCCS", "nhãn hiệu", "mã lô")
        p.check("Chênh lệch nguồn cung" not in b, "fj07 must not show a difference row")
    if k == "fj08":
        p.lacks(r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|bảo hộ", "fj08 trademark word (planted no-trademark)")
        p.lacks(r"mã số thuế \d|Giấy chứng nhận đăng ký|sẽ đăng ký|đăng ký thành lập (tổ|hợp)",
                "fj08 registration (planted no-business-registration)")
        p.has("chưa đăng ký", "chưa có mã số thuế", "giữ nguyên 20 thợ", "43/2017/NĐ-CP", "TCCS")
    if k == "fj09":
        p.lacks(r"môi trường|chất thải|nước thải|xử lý|mùi|ô nhiễm|\brác\b|\bhố\b|thu gom|\bbã\b",
                "fj09 environment word (planted no-environment-measures)")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "UBND huyện Nghi Xuân", "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện")
        p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "fj09 current instrument (planted outdated-policy)")
        p.has("an toàn thực phẩm", "TCCS", "nhãn hiệu", "mã lô")
    if k == "fj10":
        p.lacks(r"[Tt]iêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|chỉ tiêu (chất lượng|cảm quan|hóa lý|vi sinh)",
                "fj10 product-standard word (planted no-product-standard)")
        p.has("còn rất lớn", "giữ nguyên 7 lao động", "bảo đảm đủ vốn", "an toàn thực phẩm", "nhãn hiệu", "mã lô")


def check_sketchy(p: Plan) -> None:
    words = len(p.body.split())
    p.check(150 <= words <= 320, f"{words} words (150-320)")
    p.check(p.ntab == 0, "a sketchy plan has no table")
    p.lacks(r"Giấy chứng nhận|mã số thuế|an toàn thực phẩm|TCCS|nhãn hiệu|43/2017", "a paper in a sketchy plan")
    if p.k == "fj11":
        p.has("1.100.000 đồng/kg", "700 kg", "400 kg", "1.100 kg", "1,2 tỷ", "200 triệu đồng", "chưa có giấy tờ")
        p.check(close(1100 * 1.1e6, 1.2e9, 0.02), "fj11 revenue")
    if p.k == "fj12":
        p.has("120.000 đồng/chiếc", "2.500 chiếc", "1.500 chiếc", "4.000 chiếc", "480 triệu đồng", "100 triệu đồng")
        p.check(close(4000 * 120000, 480e6), "fj12 revenue")


def main() -> int:
    plans = []
    for k, stem in STEMS.items():
        p = Plan(stem)
        if k in SKETCHY:
            check_sketchy(p)
        else:
            check_tables(p)
            check_relations(p)
            check_text(p)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
