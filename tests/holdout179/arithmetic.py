"""The 179th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout179/arithmetic.py

Theme: products sold in several pack sizes and grades. Output is made and counted in kg or litres
and sold in packs (hũ 200 g, túi 500 g, chai 350 ml, can 2 lít, can 20 lít) and grades (loại 1,
loại 2, hàng xá), each with its own price. For every full plan (fx01-fx10) the constants give the
products (grade, pack, pack size in the plan's base unit, price per pack, packaging cost per pack,
packs per year), the 2024-2026 history, the raw materials with their norm per kg or litre of
product and their price, the own supply and the contracted purchases of the first raw material,
the capacity (per day or per vessel x days or vessels), staff by role and wage, energy per base
unit, investment items and capital sources, loan balances, selling / tax shares and a fixed line.
From them this script recomputes: output = sum of packs x size, price per base unit of each pack,
history revenue = output x average price (and profit = revenue x margin), raw-material need =
output x norm against own + purchased supply, output against capacity, packaging bought per pack,
staff, investment items and sources, depreciation, interest, every revenue line (packs x price),
every cost line, the cost total, profit = revenue - cost, margin, growth and payback = investment
/ (average profit + depreciation). Each figure is then read back from the plan's source (tables
found by their caption "Bảng N.") and compared: planted numeric defects must be wrong by more than
5 % (the true value is computed beside them), every other number right within 1 %. Textual
defects are asserted through the presence or absence of their words. Sketchy plans: 150-320 words,
no table.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|Phòng .{0,30} huyện|"
            r"(?<!\w)huyện")

# --------------------------------------------------------------------------- constants
# unit: the base unit output is counted in ("lít" or "kg")
# products: (grade, pack word, pack spec, size in base units, price đ/pack, packaging đ/pack, packs 2027-29)
# hist: (output in base units, average price đ per base unit, profit margin) for 2024, 2025, 2026
# raws: (label, unit, norm per base unit of product, price đ per unit); raws[0] is balanced against supply
# own: (what, quantity, unit, yield of raws[0] per unit and year) or None
# buy: [(supplier, quantity of raws[0] a year)]
# cap: (base units per day or per vessel, working days or vessels)
# roles: [(role, staff 2027-29)]; wage: triệu đồng/person/month; energy: đ per base unit
# inv: (item, triệu, fixed asset?); src: (source, triệu); life: years; loan: balance 2027-29 (triệu), rate
# sell / tax: shares of revenue; other: fixed triệu a year
PLANS: dict[str, dict] = {
    "fx01": dict(
        unit="lít",
        products=[("Nước mắm cốt nhĩ 40 độ đạm", "chai", "chai thủy tinh 350 ml", 0.35, 95000, 9000, [8000, 8800, 9600]),
                  ("Nước mắm loại 1, 30 độ đạm", "chai", "chai thủy tinh 500 ml", 0.5, 65000, 6000, [14000, 15400, 16800]),
                  ("Nước mắm loại 2, 20 độ đạm", "can", "can nhựa 2 lít", 2, 110000, 7000, [3000, 3300, 3600]),
                  ("Nước mắm hàng xá, 15 độ đạm", "can", "can 20 lít", 20, 700000, 25000, [150, 165, 180])],
        hist=[(15200, 100000, 0.14), (16400, 104000, 0.15), (17400, 108000, 0.16)],
        raws=[("Cá cơm tươi", "kg", 1.1, 22000), ("Muối hạt", "kg", 0.37, 3500)],
        own=("tàu thuyền của thành viên hợp tác xã", 6, "tàu", 2500),
        buy=[("Tổ đoàn kết nghề cá thôn Hải Thành", 6000), ("Cơ sở thu mua hải sản Hồng Phát", 6000)],
        cap=(350, 70),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Muối chượp, đảo chượp, kéo rút", [3, 3, 3]),
               ("Lọc, chiết chai, kho", [2, 2, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=6.0, energy=3000,
        inv=[("Bổ sung 16 thùng chượp gỗ bời lời", 160, True), ("Nhà lọc, chiết chai một chiều 60 m²", 250, True),
             ("Máy lọc, máy chiết rót, máy đóng nắp", 180, True),
             ("Bể lắng nước rửa, ống thu và khử mùi", 90, True),
             ("Thiết kế bao bì, tem truy xuất, kiểm nghiệm", 50, False), ("Vốn lưu động (cá, muối)", 370, False)],
        src=[("Vốn góp của thành viên", 450), ("Quỹ đầu tư phát triển của hợp tác xã", 150),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, sell=0.05, tax=0.015, other=80),
    "fx02": dict(
        unit="kg",
        products=[("Tinh bột nghệ vàng loại 1", "hũ", "hũ thủy tinh 200 g", 0.2, 95000, 9000, [6000, 6600, 7200]),
                  ("Tinh bột nghệ vàng loại 1", "túi", "túi zip 500 g", 0.5, 220000, 4000, [1600, 1760, 1920]),
                  ("Tinh bột nghệ loại 2", "túi", "túi 1 kg", 1, 300000, 5000, [600, 660, 720])],
        hist=[(2000, 390000, 0.17), (2150, 400000, 0.18), (2300, 410000, 0.19)],
        raws=[("Củ nghệ vàng tươi", "kg", 30, 5000)],
        own=("ruộng nghệ của hộ", 2, "ha", 27000),
        buy=[("Tổ trồng nghệ thôn Đông Thịnh", 28000), ("Các hộ trồng nghệ thôn Bắc Sơn", 22000)],
        cap=(25, 140),
        roles=[("Chủ hộ, quản lý, kế toán", [1, 1, 1]), ("Rửa, xay, lọc, lắng bột", [3, 3, 3]),
               ("Sấy, đóng gói, bán hàng", [1, 1, 1])],
        wage=5.0, energy=15000,
        inv=[("Máy rửa, máy xay nghệ", 90, True), ("Bể lắng inox, máy lọc tách tinh dầu", 110, True),
             ("Máy sấy bơm nhiệt 100 kg/mẻ", 150, True), ("Cải tạo phòng đóng gói 30 m²", 60, True),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 40, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.05, tax=0.015, other=30),
    "fx03": dict(
        unit="lít",
        products=[("Nước rửa chén bồ hòn – sả chanh", "chai", "chai 500 ml", 0.5, 45000, 5500, [16000, 17600, 19200]),
                  ("Nước rửa chén bồ hòn – sả chanh", "can", "can 2 lít", 2, 140000, 9000, [4000, 4400, 4800]),
                  ("Nước giặt bồ hòn – bồ kết", "chai", "chai 1 lít", 1, 85000, 7000, [6000, 6600, 7200]),
                  ("Nước rửa chén loại 2 (hàng xá)", "can", "can 20 lít", 20, 1000000, 30000, [100, 110, 120])],
        hist=[(15000, 68000, 0.18), (18000, 71000, 0.20), (21000, 74000, 0.21)],
        raws=[("Quả bồ hòn khô", "kg", 0.2, 40000), ("Bồ kết, vỏ bưởi, sả khô", "kg", 0.05, 20000),
              ("Tinh dầu sả chanh, tinh dầu bưởi", "lít", 0.003, 500000)],
        own=("vườn bồ hòn công ty thuê", 3, "ha", 800),
        buy=[("Hợp tác xã Nông lâm Sơn Kim", 2200), ("Tổ thu gom bồ hòn thôn Khe Ná", 1600)],
        cap=(120, 270),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, nấu chiết", [2, 2, 3]),
               ("Phối trộn, chiết rót, đóng thùng", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=6.5, energy=2000,
        inv=[("Cải tạo xưởng nấu chiết, chiết rót 120 m²", 200, True),
             ("Hai nồi nấu chiết inox 150 lít có cánh khuấy", 140, True),
             ("Máy chiết rót, đóng nắp bán tự động", 160, True),
             ("Bể lắng lọc nước thải và bể ủ bã", 80, True),
             ("Bao bì, mã vạch, đăng ký nhãn hiệu, thử nghiệm", 50, False), ("Vốn lưu động", 270, False)],
        src=[("Vốn chủ sở hữu", 500), ("Vay Ngân hàng thương mại", 400)],
        life=8, loan=[400, 300, 200], rate=0.09, sell=0.06, tax=0.015, other=80),
    "fx04": dict(
        unit="kg",
        products=[("Mật ong hoa cam loại 1", "chai", "chai thủy tinh 350 ml (500 g)", 0.5, 180000, 9000, [3000, 3300, 3600]),
                  ("Mật ong hoa keo loại 1", "hũ", "hũ nhựa 1 kg", 1, 250000, 12000, [2200, 2420, 2640]),
                  ("Mật ong đa hoa loại 2", "can", "can 5 lít (7 kg)", 7, 1050000, 25000, [80, 88, 96])],
        hist=[(3400, 245000, 0.12), (3650, 252000, 0.13), (3900, 258000, 0.14)],
        raws=[("Mật ong thô (mật hoa cam, mật keo, mật đa hoa)", "kg", 1.06, 115000)],
        own=("đàn ong ngoại của các tổ viên", 400, "đàn", 12),
        buy=[("Các hộ nuôi ong thôn Kim Sơn", 600), ("Các hộ nuôi ong thôn Kẻ Gỗ", 500)],
        cap=(30, 200),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Hạ thủy phần, lọc, đóng chai", [2, 2, 2])],
        wage=5.5, energy=3000,
        inv=[("Máy hạ thủy phần mật ong 30 kg/mẻ", 160, True), ("Bồn lắng, máy lọc, bồn chứa inox", 90, True),
             ("Phòng đóng chai và kho 40 m²", 120, True), ("Bao bì, tem truy xuất, kiểm nghiệm", 40, False),
             ("Vốn lưu động (thu mua mật)", 190, False)],
        src=[("Vốn góp của tổ viên", 350), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 180, 100], rate=0.066, sell=0.05, tax=0.015, other=25),
    "fx05": dict(
        unit="lít",
        products=[("Rượu nếp cái hoa vàng loại 1, 40 độ", "chai", "chai thủy tinh 350 ml", 0.35, 120000, 9000, [6000, 6600, 7200]),
                  ("Rượu nếp cái hoa vàng loại 1, 40 độ", "chai", "chai thủy tinh 500 ml", 0.5, 160000, 10000, [5000, 5500, 6000]),
                  ("Rượu nếp loại 2, 35 độ", "can", "can nhựa 2 lít", 2, 380000, 6000, [1500, 1650, 1800])],
        hist=[(6000, 255000, 0.11), (6400, 262000, 0.12), (6900, 268000, 0.12)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 1.6, 28000), ("Men lá", "kg", 0.02, 200000)],
        own=("ruộng nếp cái hoa vàng của hộ", 2, "ha", 3500),
        buy=[("Hợp tác xã Nông nghiệp Đồng Lạc", 6000), ("Các hộ trồng nếp thôn Văn Giang", 3000)],
        cap=(40, 300),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Nấu, ủ men, chưng cất", [2, 2, 2]),
               ("Lọc, hạ thổ, đóng chai, bán hàng", [1, 1, 2])],
        wage=5.5, energy=6000,
        inv=[("Nồi chưng cất inox 2 lớp có ống làm lạnh", 120, True), ("Chum sành, bình hạ thổ 60 chiếc", 60, True),
             ("Máy lọc, máy khử aldehyde, máy chiết rót", 150, True), ("Cải tạo nhà nấu, kho 50 m²", 70, True),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 40, False), ("Vốn lưu động (gạo, men)", 160, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.05, tax=0.394, other=40,
        tax_label="Thuế tiêu thụ đặc biệt và thuế khác"),
    "fx06": dict(
        unit="kg",
        products=[("Chè búp đặc biệt (móc câu)", "hộp", "hộp thiếc 200 g", 0.2, 120000, 12000, [3000, 3500, 4000]),
                  ("Chè xanh loại 1", "túi", "túi hút chân không 500 g", 0.5, 150000, 3500, [2400, 2800, 3200]),
                  ("Chè xanh loại 2", "túi", "túi 1 kg", 1, 200000, 4500, [1000, 1150, 1300]),
                  ("Chè mảnh hàng xá", "bao", "bao 5 kg", 5, 450000, 8000, [80, 96, 110])],
        hist=[(2600, 260000, 0.12), (2800, 270000, 0.13), (3000, 280000, 0.14)],
        raws=[("Chè búp tươi", "kg", 4.5, 10000)],
        own=("vườn chè của các hộ thành viên", 15, "hộ", 600),
        buy=[("Các hộ trồng chè thôn Trường Sơn", 4000), ("Các hộ trồng chè thôn Khe Lim", 2500)],
        cap=(20, 250),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Làm héo, sao, vò, sấy", [2, 2, 2]),
               ("Phân loại, đóng gói, bán hàng", [1, 1, 2])],
        wage=5.5, energy=12000,
        inv=[("Máy sao chè tôn quay 2 chiếc", 90, True), ("Máy vò chè, máy sấy băng tải", 180, True),
             ("Nhà chế biến, đóng gói 80 m²", 200, True), ("Máy hút chân không, máy hàn miệng túi", 30, True),
             ("Thiết kế bao bì, kiểm nghiệm", 40, False), ("Vốn lưu động", 160, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.08, sell=0.05, tax=0.015, other=40),
    "fx07": dict(
        unit="lít",
        products=[("Dầu lạc ép nguội loại 1", "chai", "chai thủy tinh 500 ml", 0.5, 95000, 7000, [12000, 18000, 24000]),
                  ("Dầu lạc ép nguội loại 1", "chai", "chai PET 1 lít", 1, 175000, 5000, [8000, 12000, 15000]),
                  ("Dầu lạc loại 2 (ép nóng)", "can", "can 2 lít", 2, 280000, 8000, [3000, 4500, 6000]),
                  ("Dầu lạc hàng xá", "can", "can 20 lít", 20, 2600000, 30000, [300, 400, 500])],
        hist=[(18000, 150000, 0.13), (20000, 152000, 0.14), (22000, 155000, 0.15)],
        raws=[("Lạc nhân", "kg", 2.4, 38000)],
        own=None,
        buy=[("Hợp tác xã Nông nghiệp Xuân Viên", 50000), ("Hợp tác xã Dịch vụ nông nghiệp Cẩm Thịnh", 40000),
             ("Tổ hợp tác trồng lạc Kỳ Phong", 35000)],
        cap=(110, 270),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sàng, rang, ép, lọc dầu", [3, 3, 3]),
               ("Chiết rót, bán hàng, giao hàng", [2, 2, 2])],
        wage=6.5, energy=3000,
        inv=[("Máy lọc dầu khung bản và bồn lắng inox", 120, True), ("Cải tạo kho lạc nhân 100 m²", 150, True),
             ("Máy chiết rót, đóng nắp", 90, True), ("Thiết kế bao bì, kiểm nghiệm", 40, False),
             ("Vốn lưu động (thu mua lạc)", 1100, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng thương mại", 600)],
        life=8, loan=[600, 450, 300], rate=0.09, sell=0.05, tax=0.015, other=80),
    "fx08": dict(
        unit="kg",
        products=[("Bột sắn dây loại 1", "hộp", "hộp giấy 300 g", 0.3, 55000, 5000, [6000, 6600, 7200]),
                  ("Bột sắn dây loại 1", "túi", "túi 500 g", 0.5, 85000, 2500, [4000, 4400, 4800]),
                  ("Bột sắn dây loại 2", "túi", "túi 1 kg", 1, 130000, 3000, [1000, 1100, 1200]),
                  ("Bột sắn dây hàng xá", "bao", "bao 10 kg", 10, 1100000, 6000, [50, 55, 60])],
        hist=[(4200, 150000, 0.13), (4600, 153000, 0.14), (4900, 156000, 0.15)],
        raws=[("Củ sắn dây tươi", "kg", 7, 5500)],
        own=("ruộng sắn dây của các tổ viên", 2.2, "ha", 18000),
        buy=[("Các hộ trồng sắn dây thôn Vĩnh Phú", 10000)],
        cap=(50, 150),
        roles=[("Tổ trưởng, kế toán", [1, 1, 1]), ("Rửa, mài, lọc, lắng bột", [3, 3, 3]),
               ("Sấy, đóng gói, bán hàng", [1, 1, 1])],
        wage=5.0, energy=5000,
        inv=[("Máy rửa củ, máy mài sắn dây", 150, True), ("Bể lắng, lọc inox và hệ thống nước", 120, True),
             ("Lò sấy bột bằng hơi nhiệt 200 kg/mẻ", 180, True), ("Cải tạo nhà xưởng 80 m²", 150, True),
             ("Bao bì, kiểm nghiệm, tự công bố", 40, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của tổ viên", 450), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066, sell=0.05, tax=0.015, other=30),
    "fx09": dict(
        unit="kg",
        products=[("Chè vằng sẻ loại 1, cắt khúc", "hộp", "hộp giấy 200 g", 0.2, 40000, 5000, [6000, 6600, 7200]),
                  ("Chè vằng sẻ loại 1", "túi", "túi 500 g", 0.5, 85000, 2500, [2000, 2200, 2400]),
                  ("Chè vằng loại 2 (hàng xá)", "túi", "túi 1 kg", 1, 120000, 3000, [800, 880, 960])],
        hist=[(2300, 150000, 0.13), (2500, 155000, 0.14), (2700, 160000, 0.15)],
        raws=[("Dây lá chè vằng tươi", "kg", 4, 7000)],
        own=("vùng chè vằng trồng của hộ", 4, "ha", 3000),
        buy=[("Các hộ thu hái chè vằng thôn Đức Lạng", 2000), ("Các hộ trồng chè vằng thôn Trung Lễ", 1500)],
        cap=(16, 260),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Sơ chế, phơi sấy, cắt khúc", [1, 1, 1]),
               ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=5.0, energy=8000,
        inv=[("Máy cắt khúc, máy sàng", 60, True), ("Máy sấy bơm nhiệt 64 kg/mẻ", 110, True),
             ("Cải tạo nhà sơ chế, kho 40 m²", 50, True), ("Bao bì, tem truy xuất", 30, False),
             ("Vốn lưu động", 100, False)],
        src=[("Vốn tự có của hộ", 200), ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=8, loan=[150, 100, 50], rate=0.066, sell=0.05, tax=0.015, other=20),
    "fx10": dict(
        unit="kg",
        products=[("Mắm tôm loại 1", "hũ", "hũ thủy tinh 200 g", 0.2, 30000, 4500, [8000, 8800, 9600]),
                  ("Mắm tôm loại 1", "hũ", "hũ nhựa 500 g", 0.5, 60000, 2500, [4000, 4400, 4800]),
                  ("Mắm tôm loại 2", "xô", "xô nhựa 2 kg", 2, 180000, 5000, [750, 825, 900])],
        hist=[(4000, 105000, 0.12), (4300, 110000, 0.13), (4600, 114000, 0.14)],
        raws=[("Ruốc (moi) tươi", "kg", 1.1, 25000), ("Muối hạt", "kg", 0.25, 4000)],
        own=("thuyền kéo ruốc của các hộ trong nhóm", 5, "thuyền", 1000),
        buy=[("Các thuyền kéo ruốc bến Cửa Hội Nam", 2500)],
        cap=(180, 40),
        roles=[("Nhóm trưởng, ghi chép", [1, 1, 1]), ("Rửa ruốc, trộn muối, giã, ủ", [3, 3, 3]),
               ("Đóng hũ, bán hàng", [1, 1, 1])],
        wage=4.5, energy=1500,
        inv=[("Chum sành, bể ủ có nắp 40 chiếc", 60, True), ("Máy xay nghiền ruốc", 40, True),
             ("Nhà ủ, sân phơi mái tôn 60 m²", 80, True), ("Hũ, xô, thiết kế mẫu hũ", 30, False),
             ("Vốn lưu động", 90, False)],
        src=[("Vốn góp của các hộ", 200), ("Vay quỹ tín dụng của Hội Phụ nữ xã", 100)],
        life=8, loan=[100, 60, 30], rate=0.07, sell=0.04, tax=0.0, other=20),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "fx05": {"rev_line": (1, 1, 1.20),          # 2028 revenue, chai 500 ml line x 1,20
             "pack_total": (0, 0.88)},         # packaging table, 2027 total x 0,88
    "fx06": {"shortfall": True},                # need 16.785 / 19.125 kg tea shoots vs supply 15.500
    "fx07": {"over_capacity": True, "growth": True},  # 38.000 / 49.000 l vs 29.700 l; +46 % in 2028
    "fx08": {"src_total": True, "payback": 1.5},  # sources 750 vs investment 900; payback 1,5 years
    "fx09": {"profit": (2, 1.30), "area": (4.0, 6.0)},  # 2029 profit x 1,30; 4,0 ha vs 6,0 ha
}
READY = ("fx01", "fx02", "fx03", "fx04")
STEMS = {
    "fx01": "fx01_nuoc_mam_hai_thanh_htx",
    "fx02": "fx02_tinh_bot_nghe_dong_thinh_hkd",
    "fx03": "fx03_nuoc_rua_chen_bo_hon_son_kim_cty",
    "fx04": "fx04_mat_ong_trung_hoa_tht",
    "fx05": "fx05_ruou_nep_cai_dong_lac_hkd",
    "fx06": "fx06_che_xanh_tan_ha_htx",
    "fx07": "fx07_dau_lac_xuan_vien_cty",
    "fx08": "fx08_bot_san_day_phu_loc_tht",
    "fx09": "fx09_che_vang_yen_ho_hkd",
    "fx10": "fx10_mam_tom_hai_hoa_nhom_ho",
    "fx11": "fx11_nuoc_sa_gung_so_sai",
    "fx12": "fx12_mien_dong_so_sai",
}


# Table captions ("Bảng N. <caption>"): each plan uses variant int(key[2:]) % 3 of each kind.
CAPTIONS = {
    "hist": ["Kết quả sản xuất kinh doanh giai đoạn 2024 – 2026", "Kết quả sản xuất, kinh doanh ba năm gần đây",
             "Tình hình sản xuất kinh doanh 2024 – 2026"],
    "products": ["Sản phẩm, quy cách và giá bán", "Danh mục sản phẩm theo loại và quy cách đóng gói",
                 "Phân loại, quy cách và giá bán sản phẩm"],
    "comp": ["Giá sản phẩm cùng loại trên thị trường", "So sánh giá với sản phẩm cạnh tranh",
             "Giá bán của một số sản phẩm cùng loại"],
    "plan": ["Kế hoạch sản lượng theo quy cách", "Sản lượng dự kiến theo từng quy cách",
             "Kế hoạch sản xuất theo loại và quy cách"],
    "raw": ["Cân đối nhu cầu và nguồn cung nguyên liệu", "Nhu cầu và nguồn cung nguyên liệu", "Cân đối nguyên liệu"],
    "equip": ["Máy móc, thiết bị và công suất", "Thiết bị, nhà xưởng và công suất", "Danh mục máy móc thiết bị"],
    "pack": ["Bao bì mua theo từng loại sản phẩm", "Chi phí bao bì theo quy cách", "Nhu cầu bao bì theo từng quy cách"],
    "staff": ["Lao động theo bộ phận", "Bố trí lao động", "Nhân lực theo bộ phận"],
    "inv": ["Tổng vốn đầu tư", "Hạng mục và tổng mức đầu tư", "Nhu cầu vốn đầu tư"],
    "src": ["Nguồn vốn", "Cơ cấu nguồn vốn", "Nguồn vốn thực hiện phương án"],
    "rev": ["Doanh thu theo từng loại sản phẩm", "Dự kiến doanh thu theo quy cách", "Doanh thu dự kiến"],
    "cost": ["Chi phí sản xuất kinh doanh", "Dự toán chi phí", "Tổng hợp chi phí hằng năm"],
    "sum": ["Tổng hợp hiệu quả kinh tế", "Doanh thu, chi phí và lợi nhuận", "Hiệu quả sản xuất kinh doanh"],
}


def caption(kind: str, key: str) -> str:
    return CAPTIONS[kind][int(key[2:]) % 3]


# --------------------------------------------------------------------------- the model
def r1(x: float) -> float:
    """Money in triệu đồng as printed: one decimal."""
    return round(x + 1e-9, 1)


def model(key: str) -> dict:
    """Every table number of a full plan, true values (money in triệu đồng, rounded as printed)."""
    c = PLANS[key]
    m: dict = {"c": c}
    prods = c["products"]
    m["packs"] = [[q[y] for y in range(3)] for (*_, q) in prods]
    m["base"] = [[round(q[y] * p[3], 3) for y in range(3)] for p, q in zip(prods, m["packs"])]
    m["output"] = [round(sum(b[y] for b in m["base"]), 3) for y in range(3)]
    m["unit_price"] = [p[4] / p[3] for p in prods]  # đ per base unit
    m["hist_rev"] = [r1(o * pr / 1e6) for o, pr, _ in c["hist"]]
    m["hist_profit"] = [r1(rv * mg) for rv, (_, _, mg) in zip(m["hist_rev"], c["hist"])]
    # raw materials
    m["need"] = [[round(m["output"][y] * r[2], 1) for y in range(3)] for r in c["raws"]]
    own = c["own"]
    m["own"] = round(own[1] * own[3], 1) if own else 0.0
    m["buy"] = [b[1] for b in c["buy"]]
    m["supply"] = m["own"] + sum(m["buy"])
    m["balance"] = [round(m["supply"] - m["need"][0][y], 1) for y in range(3)]
    m["cap"] = c["cap"][0] * c["cap"][1]
    # revenue pack by pack
    m["rev_lines"] = [[r1(q[y] * p[4] / 1e6) for y in range(3)] for p, q in zip(prods, m["packs"])]
    m["rev"] = [r1(sum(l[y] for l in m["rev_lines"])) for y in range(3)]
    # packaging bought per pack
    m["pack_lines"] = [[r1(q[y] * p[5] / 1e6) for y in range(3)] for p, q in zip(prods, m["packs"])]
    m["pack"] = [r1(sum(l[y] for l in m["pack_lines"])) for y in range(3)]
    # staff, investment, sources
    m["staff"] = [sum(n[y] for _, n in c["roles"]) for y in range(3)]
    m["inv"] = sum(v for _, v, _ in c["inv"])
    m["fixed"] = sum(v for _, v, f in c["inv"] if f)
    m["src"] = sum(v for _, v in c["src"])
    m["src_pct"] = [round(v / m["src"] * 100, 1) for _, v in c["src"]]
    m["dep"] = r1(m["fixed"] / c["life"])
    # cost lines
    lines = []
    for r, need in zip(c["raws"], m["need"]):
        lines.append((r[0], [r1(need[y] * r[3] / 1e6) for y in range(3)]))
    lines.append(("pack", m["pack"]))
    lines.append(("wage", [r1(m["staff"][y] * c["wage"] * 12) for y in range(3)]))
    lines.append(("energy", [r1(m["output"][y] * c["energy"] / 1e6) for y in range(3)]))
    lines.append(("dep", [m["dep"]] * 3))
    lines.append(("interest", [r1(c["loan"][y] * c["rate"]) for y in range(3)]))
    m["cost_lines"] = lines
    m["cost_fixed"] = lines  # without the shares of revenue
    return m


def costs(m: dict, rev: list[float]) -> tuple[list, list[float]]:
    """The full cost table for a revenue (selling and tax lines are shares of the revenue printed)."""
    c = m["c"]
    lines = list(m["cost_lines"])
    lines.append(("sell", [r1(rev[y] * c["sell"]) for y in range(3)]))
    if c["tax"]:
        lines.append(("tax", [r1(rev[y] * c["tax"]) for y in range(3)]))
    lines.append(("other", [float(c["other"])] * 3))
    total = [r1(sum(v[y] for _, v in lines)) for y in range(3)]
    return lines, total


def finish(m: dict) -> dict:
    """True cost total, profit, margin, payback."""
    m["costs"], m["cost"] = costs(m, m["rev"])
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in range(3)]
    m["margin"] = [round(m["profit"][y] / m["rev"][y] * 100, 1) for y in range(3)]
    m["avg_profit"] = r1(sum(m["profit"]) / 3)
    m["payback"] = round(m["inv"] / (m["avg_profit"] + m["dep"]), 1)
    return m


def full(key: str) -> dict:
    return finish(model(key))


def printed(key: str) -> dict:
    """What the plan prints: the true values with the planted defects applied and their knock-ons
    (a revenue line feeds its total, the selling and tax lines, profit and margin; a profit feeds
    its margin; the payback is computed from the printed profits unless it is itself planted)."""
    m = full(key)
    p = dict(m)
    pl = PLANTED.get(key, {})
    p["rev_lines"] = [list(l) for l in m["rev_lines"]]
    p["pack_total"] = list(m["pack"])
    p["profit"] = list(m["profit"])
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        p["rev_lines"][i][y] = r1(m["rev_lines"][i][y] * f)
        p["rev"] = [r1(sum(l[k] for l in p["rev_lines"])) for k in range(3)]
        p["costs"], p["cost"] = costs(m, p["rev"])
        p["profit"] = [r1(p["rev"][k] - p["cost"][k]) for k in range(3)]
    if "pack_total" in pl:
        y, f = pl["pack_total"]
        p["pack_total"][y] = r1(m["pack"][y] * f)
    if "profit" in pl:
        y, f = pl["profit"]
        p["profit"][y] = r1(m["profit"][y] * f)
    p["margin"] = [round(p["profit"][k] / p["rev"][k] * 100, 1) for k in range(3)]
    p["avg_profit"] = r1(sum(p["profit"]) / 3)
    p["payback"] = pl.get("payback", round(m["inv"] / (p["avg_profit"] + m["dep"]), 1))
    return p


# --------------------------------------------------------------------------- reading the plans
def vn(s: str) -> float:
    return plancheck.vn(s)


def fmt(x: float) -> str:
    """Vietnamese integer with dotted thousands (as the plans print counts and prices)."""
    return f"{round(x):,}".replace(",", ".")


def dec(x: float, d: int = 1) -> str:
    return f"{x:,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")


_NUM = re.compile(r"^([\d.,]+)$")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[str, list[list[str]]] = {}
        cap, block = None, None
        for line in self.body.splitlines():
            t = line.strip()
            if mm := re.match(r"^Bảng \d+\. (.+)$", t):
                cap, block = mm.group(1).strip(), None
            elif t.startswith("|"):
                if block is None:
                    block = []
                    if cap is not None:
                        self.tables[cap] = block
                if not re.fullmatch(r"\|(-+\|)+", t):
                    block.append([x.strip() for x in t.strip("|").split("|")])
            elif t:
                block = None

    def table(self, kind: str) -> list[list[str]]:
        for v in CAPTIONS[kind]:
            if v in self.tables:
                return self.tables[v]
        self.failures.append(f"table not found: {kind}")
        return []

    def trow(self, rows: list[list[str]], label: str, n: int = 3, skip: int = 0) -> list[float]:
        """Last n numbers of the (skip+1)-th row of `rows` whose 1st or 2nd cell starts with label."""
        seen = 0
        for r in rows:
            if any(cell.startswith(label) for cell in r[:2]):
                nums = [mm.group(1) for x in r[1:] if (mm := _NUM.match(x))]
                if len(nums) >= n:
                    if seen == skip:
                        return [vn(x) for x in nums[-n:]]
                    seen += 1
        self.failures.append(f"row not found: {label!r}")
        return [0.0] * n

    def eq(self, got: list[float] | float, want: list[float] | float, what: str, tol: float = 0.01) -> None:
        g = got if isinstance(got, list) else [got]
        w = want if isinstance(want, list) else [want]
        for i, (a, b) in enumerate(zip(g, w)):
            if not (close(a, b, tol) or abs(a - b) <= 0.11):
                self.failures.append(f"{what}[{i}]: plan {a} vs computed {b}")

    def wrong(self, got: float, true: float, what: str) -> None:
        """A planted numeric defect: the plan's figure must be off the true one by more than 5 %."""
        if not off(got, true, 5.0):
            self.failures.append(f"planted {what} not wrong enough: plan {got} vs true {true}")

    def words(self) -> int:
        return len(re.findall(r"\w+", self.body))


def check_full(p: Plan, key: str) -> None:
    m, pr = full(key), printed(key)
    c = m["c"]
    pl = PLANTED.get(key, {})
    # history
    h = p.table("hist")
    p.eq(p.trow(h, "Sản lượng quy đổi"), [x[0] for x in c["hist"]], "history output")
    p.eq(p.trow(h, "Giá bán bình quân"), [x[1] for x in c["hist"]], "history price")
    p.eq(p.trow(h, "Doanh thu"), m["hist_rev"], "history revenue")
    p.eq(p.trow(h, "Lợi nhuận"), m["hist_profit"], "history profit")
    p.check(m["output"][0] <= c["hist"][2][0] * 1.2, "2027 output more than +20 % on 2026")
    # products: price per pack and per base unit
    t = p.table("products")
    for i, prod in enumerate(c["products"]):
        p.eq(p.trow(t, str(i + 1), 2), [prod[4], prod[4] / prod[3]], f"price of product {i + 1}")
    # production plan, pack by pack, and the output in the base unit
    t = p.table("plan")
    for i, prod in enumerate(c["products"]):
        p.eq(p.trow(t, f"{prod[0]}, {prod[2]}"), [float(x) for x in prod[6]], f"packs of product {i + 1}")
    p.eq(p.trow(t, "Tổng sản lượng quy đổi"), m["output"], "output")
    # raw materials
    t = p.table("raw")
    for r, need in zip(c["raws"], m["need"]):
        p.eq(p.trow(t, f"Nhu cầu {r[0][0].lower() + r[0][1:]}"), need, f"need of {r[0]}")
    if c["own"]:
        p.eq(p.trow(t, "", 3, skip=len(c["raws"])), [m["own"]] * 3, "own supply")
    for s_, q in c["buy"]:
        p.eq(p.trow(t, next(r[1] for r in t if s_ in r[1])), [float(q)] * 3, f"purchase {s_}")
    p.eq(p.trow(t, "Tổng nguồn"), [m["supply"]] * 3, "supply")
    if pl.get("shortfall"):
        p.check(not any(r[1].startswith("Chênh lệch") for r in t), "shortfall plan shows its balance row")
        for y in (1, 2):
            p.wrong(m["supply"], m["need"][0][y], f"supply vs need {YEARS[y]}")
            p.check(m["need"][0][y] > m["supply"], "shortfall: need should exceed supply")
        p.check(m["need"][0][0] <= m["supply"], "shortfall plan: 2027 within supply")
    else:
        p.eq(p.trow(t, "Chênh lệch"), m["balance"], "raw-material balance")
        p.check(all(n <= m["supply"] for n in m["need"][0]), "need exceeds supply")
    # capacity
    if pl.get("over_capacity"):
        p.check(m["output"][0] <= m["cap"], "2027 output should fit the presses")
        for y in (1, 2):
            p.wrong(m["cap"], m["output"][y], f"capacity vs output {YEARS[y]}")
            p.check(m["output"][y] > m["cap"], "over capacity: output should exceed capacity")
        p.has(f"{fmt(c['cap'][0] // 2)} lít dầu/ngày", f"{c['cap'][1]} ngày/năm")
        p.check(not any("máy ép" in lab.lower() for lab, _, _ in c["inv"]), "a press is bought")
    else:
        p.has(fmt(m["cap"]))
        p.check(all(o <= m["cap"] for o in m["output"]), "output exceeds capacity")
    # packaging bought per pack
    t = p.table("pack")
    for i, line in enumerate(m["pack_lines"]):
        p.eq(p.trow(t, str(i + 1)), line, f"packaging line {i + 1}")
    got = p.trow(t, "Tổng chi phí bao bì")
    p.eq(got, pr["pack_total"], "packaging total as printed")
    if "pack_total" in pl:
        y = pl["pack_total"][0]
        p.wrong(got[y], m["pack"][y], f"packaging total {YEARS[y]}")
    # staff
    t = p.table("staff")
    for role, n in c["roles"]:
        p.eq(p.trow(t, role), [float(x) for x in n], f"staff {role}")
    p.eq(p.trow(t, "Tổng số lao động"), [float(x) for x in m["staff"]], "staff total")
    # investment and sources
    t = p.table("inv")
    for lab, v, _ in c["inv"]:
        p.eq(p.trow(t, lab, 1), [float(v)], f"investment {lab}")
    inv = p.trow(t, "Tổng cộng", 1)[0]
    p.eq(inv, m["inv"], "investment total")
    t = p.table("src")
    for (lab, v), pc in zip(c["src"], m["src_pct"]):
        p.eq(p.trow(t, lab, 2), [float(v), pc], f"source {lab}")
    src = p.trow(t, "Tổng cộng", 2)
    p.eq(src, [m["src"], 100.0], "sources total")
    if pl.get("src_total"):
        p.wrong(src[0], inv, "sources vs investment")
    else:
        p.eq(src[0], inv, "sources = investment")
    # revenue pack by pack
    t = p.table("rev")
    for i, (prod, line) in enumerate(zip(c["products"], pr["rev_lines"])):
        got = p.trow(t, f"{prod[0]}, {prod[2]} ({fmt(prod[4])} đ/{prod[1]})")
        p.eq(got, line, f"revenue line {i + 1} as printed")
        if "rev_line" in pl and pl["rev_line"][0] == i:
            y = pl["rev_line"][1]
            p.wrong(got[y], m["rev_lines"][i][y], f"revenue line {i + 1} {YEARS[y]}")
            p.eq(m["rev_lines"][i][y], prod[6][y] * prod[4] / 1e6, "true revenue line = packs x price")
    got = p.trow(t, "Tổng doanh thu")
    p.eq(got, pr["rev"], "revenue total as printed")
    if "rev_line" in pl:
        y = pl["rev_line"][1]
        p.wrong(got[y], m["rev"][y], f"revenue total {YEARS[y]}")
    # costs (selling and tax lines are shares of the printed revenue)
    t = p.table("cost")
    for i, (k, v) in enumerate(pr["costs"]):
        p.eq(p.trow(t, str(i + 1)), v, f"cost line {i + 1} ({k})")
    p.eq(p.trow(t, "Tổng chi phí"), pr["cost"], "cost total")
    p.eq(m["pack"], pr["costs"][len(c["raws"])][1], "packaging cost line = sum of packaging lines")
    # summary
    t = p.table("sum")
    p.eq(p.trow(t, "Doanh thu"), pr["rev"], "summary revenue")
    p.eq(p.trow(t, "Tổng chi phí"), pr["cost"], "summary cost")
    prof = p.trow(t, "Lợi nhuận")
    p.eq(prof, pr["profit"], "summary profit as printed")
    p.eq(p.trow(t, "Tỷ suất"), pr["margin"], "summary margin as printed")
    if "profit" in pl:
        y = pl["profit"][0]
        p.wrong(prof[y], m["profit"][y], f"profit {YEARS[y]}")
    p.check(all(0 < x < 40 for x in m["margin"]), f"true margins out of 0-40 %: {m['margin']}")
    # payback as printed
    mm = re.search(r"hoàn vốn.*?(?:≈|=|khoảng)\s*([\d,]+) năm", p.body)
    if not mm:
        p.failures.append("payback not found")
    else:
        got = vn(mm.group(1))
        p.eq(got, pr["payback"], "payback as printed", tol=0.03)
        if "payback" in pl:
            p.wrong(got, m["payback"], "payback")
    # growth
    g = [m["rev"][0] / m["hist_rev"][2] - 1, m["rev"][1] / m["rev"][0] - 1, m["rev"][2] / m["rev"][1] - 1]
    if pl.get("growth"):
        p.check(g[1] > 0.31 and m["staff"][1] == m["staff"][0], f"growth plan: 2028 growth {g[1]:.2f}")
        p.check(m["output"][2] / c["hist"][2][0] > 2, "growth plan: output x2 on 2026 by 2029")
    else:
        p.check(all(x < 0.31 for x in g), f"revenue growth over 31 %: {g}")
    p.lacks(PLACEHOLDER, "template placeholder")


def common_ready(p: Plan, key: str) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Tiêu chuẩn cơ sở", "nhãn hiệu",
          "Phiếu kết quả thử nghiệm", "QR", "môi trường", "Kiểm soát")
    p.lacks(REPLACED, "replaced instrument or district body")
    for d_, m_, y_ in re.findall(r"Đến (\d{2})/(\d{2})/(\d{4})", p.body):
        p.check(int(y_) >= 2030, f"paper expires {d_}/{m_}/{y_}, before 2030")
    if key != "fx03":
        p.has("an toàn thực phẩm", "tự công bố")
    else:
        p.has("không phải thực phẩm")


SKETCHY = ("fx11", "fx12")


def check(key: str) -> Plan:
    p = Plan(STEMS[key])
    if key in SKETCHY:
        n = p.words()
        p.check(150 <= n <= 320, f"sketchy plan has {n} words")
        p.check(not p.rows, "sketchy plan has a table")
        p.lacks(r"an toàn thực phẩm|tiêu chuẩn cơ sở|TCCS|nhãn hiệu|truy xuất|môi trường", "a paper the sketch lacks")
        return p
    check_full(p, key)
    p.lacks(PLACEHOLDER, "placeholder")
    if key in READY:
        common_ready(p, key)
    else:
        p.has("148/QĐ-TTg") if key != "fx06" else None
    if key != "fx06":
        p.lacks(REPLACED, "replaced instrument or district body")
    # textual defects
    if key == "fx05":
        p.lacks(r"giấy phép|105/2017|17/2020|cấp phép", "alcohol licence")
        p.has("đủ các giấy tờ pháp lý", "an toàn thực phẩm", "Tiêu chuẩn cơ sở", "nhãn hiệu", "QR", "môi trường")
    if key == "fx06":
        p.has("Luật Hợp tác xã năm 2012", "1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND",
              "UBND huyện Hương Khê", "Hội đồng OCOP huyện", "bảo đảm đủ nguyên liệu")
        p.lacks(r"148/QĐ-TTg|1489", "current OCOP decision")
        p.lacks(r"truy xuất|nhật ký|QR|mã lô|số lô|số mẻ|kiểm soát nội bộ|lưu mẫu|mã vạch|\btem\b|ghi chép",
                "quality control / traceability")
        p.has("Tiêu chuẩn cơ sở", "an toàn thực phẩm", "nhãn hiệu", "Phiếu kết quả thử nghiệm")
    if key == "fx07":
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\btem\b", "label")
        p.has("giữ nguyên bộ máy", "rất lớn và còn bỏ ngỏ", "đủ đáp ứng kế hoạch sản xuất đến năm 2029",
              "an toàn thực phẩm", "Tiêu chuẩn cơ sở", "nhãn hiệu", "môi trường")
    if key == "fx08":
        p.lacks(r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|bảo hộ|văn bằng", "trademark")
        p.has("bảo đảm đủ vốn", "an toàn thực phẩm", "Tiêu chuẩn cơ sở", "QR", "môi trường")
    if key == "fx09":
        a, b = PLANTED["fx09"]["area"]
        p.has(f"vùng chè vằng trồng của hộ {dec(a)} ha", f"vùng chè vằng của hộ rộng {dec(b)} ha", f"{dec(b)} ha chè vằng")
        p.check(close(m_own(key), a * PLANS[key]["own"][3]) and PLANS[key]["own"][1] == a, "own area constant")
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|chỉ tiêu (chất lượng|an toàn|vi sinh|hóa)", "product standard")
        p.has("an toàn thực phẩm", "nhãn hiệu", "QR", "môi trường", "43/2017/NĐ-CP")
    if key == "fx10":
        p.has("chưa đăng ký hộ kinh doanh, tổ hợp tác hay hợp tác xã", "tài khoản cá nhân")
        p.lacks(r"mã số thuế|giấy chứng nhận đăng ký|đăng ký kinh doanh|\bMST\b", "business registration")
        p.lacks(r"an toàn thực phẩm|ATTP|15/2018|đủ điều kiện|cam kết|vệ sinh", "food safety")
        p.lacks(r"môi trường|nước thải|mùi|xử lý|chất thải|\brác|ô nhiễm|khí thải|hố thấm|bể lắng", "environment")
        p.has("tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "nhãn hiệu", "nhật ký")
        p.check(not PLANS[key]["tax"], "unregistered group pays no tax line")
    return p


def m_own(key: str) -> float:
    return full(key)["own"]


def main() -> int:
    return plancheck.report([check(k) for k in STEMS])


if __name__ == "__main__" and "--tune" in sys.argv:
    for k in PLANS:
        m = full(k)
        c = m["c"]
        print(k, "out", m["output"], "rev", m["rev"], "cost", m["cost"], "profit", m["profit"],
              "margin", m["margin"])
        print("     need/supply", [round(n / m["supply"] * 100) for n in m["need"][0]],
              "cap", [round(o / m["cap"] * 100) for o in m["output"]],
              "inv", m["inv"], "src", m["src"], "payback", m["payback"],
              "g27", round((m["rev"][0] / m["hist_rev"][2] - 1) * 100, 1),
              "o27", round((m["output"][0] / c["hist"][2][0] - 1) * 100, 1),
              "g28", round((m["rev"][1] / m["rev"][0] - 1) * 100, 1),
              "g29", round((m["rev"][2] / m["rev"][1] - 1) * 100, 1))
    sys.exit(0)


if __name__ == "__main__":
    sys.exit(main())
