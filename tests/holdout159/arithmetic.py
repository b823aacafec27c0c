"""The 159th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout159/arithmetic.py

Theme: growers and first processors who count in the village's units. For every full plan
(fd01-fd10) the constants give the products (pack size in the plan's base unit, price, pack cost,
packs per year), the 2024-2026 history, the raw materials with their norms per base unit and their
prices (quoted per tạ, per yến or per kg), the own growing area and the areas of the linked
households in sào (500 m²; mẫu = 10 sào) with a yield in tạ per sào per crop (vụ), the number of
crops a year and, where the crop is bought as paddy or in the shell, the milling or shelling
factor; the equipment capacity, staff by role and wage, energy rate, investment items and capital
sources, loan balances, selling / tax shares and a fixed line. From them this script recomputes:
output = sum of packs x size, history revenue = output x average price, supply = sào x tạ/sào/vụ x
vụ x 100 kg x factor, raw-material need = output x norm against that supply, output against
capacity, staff by role, investment items and sources, depreciation, interest, every revenue line
(packs x price), every cost line, the cost total, profit = revenue - cost, margin, growth and
payback = investment / (average profit + depreciation). Each figure is then read back from the
plan's source (tables found by their caption "Bảng N.") and compared: planted numeric defects must
be wrong by more than 5 % (the true value is computed beside them), every other number right within
1 %. Textual defects are asserted through the presence or absence of their words. Sketchy plans:
150-320 words, no table.
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
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|[Hh]ội đồng .{0,20}huyện")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ per pack, pack cost đ, packs per year)
# hist: (output in base units, average price đ per base unit) for 2024, 2025, 2026
# raws: (label, unit, norm per base unit, price đ per kg, price quoted per: "tạ" | "yến" | "kg")
#       the first raw is balanced against the supply
# own: (what, households or None, sào, yield tạ per sào per vụ, vụ a year) or None
# buy: rows (village, households, sào) at the plan's common yield and vụ
# yld, vu: the linked households' yield (tạ/sào/vụ) and crops a year; factor: kg of the first raw
#       per kg harvested (milling, shelling; 1 when the harvest is the raw itself)
# cap: (per day in base units, working days a year)
# roles: (label, staff per year); wage: triệu per worker and month; months: months paid a year
# inv: (label, triệu, fixed?); src: (label, triệu); loan: balance per year (triệu), rate
# pack_label, energy_label: the plan's own wording of those cost lines
# by: by-product sold (label, unit, kg per base unit, price đ per unit, kg per unit) or None
PLANS: dict[str, dict] = {
    "fd01": dict(
        unit="kg",
        products=[("Gạo hữu cơ, túi 2 kg", "túi", 2, 110000, 3500, [3000, 3300, 3600]),
                  ("Gạo hữu cơ, túi 5 kg", "túi", 5, 250000, 5000, [3200, 3500, 3800]),
                  ("Gạo hữu cơ, bao 10 kg", "bao", 10, 450000, 8000, [800, 860, 920])],
        hist=[(22000, 46000), (24500, 47000), (27000, 48000)],
        raws=[("Thóc hữu cơ", "kg", 1.6, 11500, "tạ")],
        own=("Ruộng thí điểm do hợp tác xã trực tiếp canh tác", None, 20, 1.9, 2),
        buy=[("Thôn Đông Lạc", 18, 60), ("Thôn Nam Lạc", 15, 50), ("Thôn Trung Lạc", 13, 44)],
        yld=1.9, vu=2, factor=1,
        cap=(150, 260),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Kỹ thuật, giám sát đồng ruộng", [1, 1, 1]),
               ("Xay xát, đóng gói, kho", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=5.5, months=12, energy=600,
        inv=[("Kho thóc có sàn kê, thông gió 120 m²", 260, True),
             ("Máy xay xát, tách màu, đánh bóng gạo", 330, True),
             ("Máy đóng túi hút chân không, cân điện tử", 110, True),
             ("Máy sấy thóc 4 tấn/mẻ", 150, True),
             ("Tái chứng nhận hữu cơ, kiểm nghiệm, bao bì, tem", 60, False),
             ("Vốn lưu động (thu mua thóc vụ)", 290, False)],
        src=[("Vốn góp của thành viên", 420), ("Quỹ đầu tư phát triển của hợp tác xã", 180),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.06, tax=0.015, other=50, by=None),
    "fd02": dict(
        energy_label="Điện, nhiên liệu rang",
        unit="lít",
        products=[("Dầu lạc ép lạnh, chai 500 ml", "chai", 0.5, 90000, 6000, [6000, 6600, 7200]),
                  ("Dầu lạc ép lạnh, chai 1 lít", "chai", 1, 170000, 9000, [5000, 5500, 6000]),
                  ("Dầu lạc nguyên chất, can 2 lít", "can", 2, 320000, 12000, [2000, 2200, 2400]),
                  ("Dầu lạc nguyên chất, can 5 lít", "can", 5, 780000, 18000, [800, 900, 1000])],
        hist=[(11500, 163000), (12800, 166000), (14000, 169000)],
        hist_price="Doanh thu bình quân",
        raws=[("Lạc vỏ khô", "kg", 3.5, 25000, "tạ")],
        own=None,
        buy=[("Xã Xuân An – thôn An Lộc, Bắc Mỹ", 46, 130), ("Xã Xuân An – thôn Yên Hội", 32, 90),
             ("Xã Cổ Đạm – thôn Trung Thịnh", 40, 115), ("Xã Cổ Đạm – thôn Hồng Thịnh", 38, 105)],
        yld=1.6, vu=1, factor=1,
        cap=(80, 280),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Thu mua, kiểm tra lạc", [1, 1, 1]),
               ("Bóc vỏ, ép, lọc dầu", [2, 2, 3]), ("Chiết rót, đóng gói, kho", [1, 1, 1]),
               ("Bán hàng", [1, 1, 1])],
        wage=6.0, months=12, energy=3000,
        inv=[("Máy ép dầu trục vít ép lạnh 40 kg/giờ", 280, True),
             ("Máy bóc vỏ, máy rang và sàng lạc nhân", 150, True),
             ("Hệ thống lọc, bồn lắng inox 2.000 lít", 170, True),
             ("Máy chiết rót, đóng nắp, in date", 120, True),
             ("Cải tạo kho lạc 150 m²", 180, True),
             ("Thiết kế bao bì, kiểm nghiệm định kỳ", 50, False),
             ("Vốn lưu động (mua lạc vụ xuân)", 450, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng thương mại cổ phần", 500)],
        life=10, loan=[500, 380, 260], rate=0.09, sell=0.06, tax=0.015, other=60,
        by=("Khô dầu lạc", "tạ", 1.5, 900000, 100)),
    "fd03": dict(
        unit="kg",
        products=[("Cam bù loại 1, hộp quà 5 kg", "hộp", 5, 275000, 18000, [2000, 2300, 2600]),
                  ("Cam bù loại 1, bán buôn theo yến", "yến", 10, 400000, 3000, [3500, 3800, 4100]),
                  ("Cam bù loại 2, bán buôn theo tạ", "tạ", 100, 2500000, 20000, [120, 130, 140])],
        hist=[(42000, 33000), (47000, 35000), (52000, 36500)],
        raws=[("Cam quả thu hoạch (tổ viên, hộ liên kết)", "kg", 1.05, 25000, "yến")],
        own=("Vườn cam của 14 tổ viên", 14, 70, 8, 1),
        buy=[("Thôn Tân Hương", 6, 12), ("Thôn Kim Lộc", 5, 10), ("Thôn Hà Trai", 4, 8)],
        yld=8, vu=1, factor=1,
        cap=(1000, 90),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Kỹ thuật VietGAP", [1, 1, 1]),
               ("Thu hái, phân loại, đóng hộp", [4, 4, 4])],
        wage=5.0, months=6, energy=300,
        inv=[("Nhà sơ chế, đóng gói 120 m²", 230, True), ("Kho mát bảo quản 20 m³", 160, True),
             ("Máy rửa, làm khô, phân loại quả theo cỡ", 140, True),
             ("Hệ thống tưới nhỏ giọt cho 30 sào", 90, True),
             ("Tái chứng nhận VietGAP, kiểm nghiệm, hộp, tem", 50, False),
             ("Vốn lưu động", 130, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=10, loan=[400, 300, 200], rate=0.066, sell=0.05, tax=0.01, other=40, by=None),
    "fd04": dict(
        unit="kg",
        products=[("Trà gạo lứt đỗ đen rang, hộp 500 g", "hộp", 0.5, 85000, 7000, [6000, 6800, 7600]),
                  ("Trà gạo lứt túi lọc, hộp 30 túi × 8 g", "hộp", 0.24, 62000, 8000, [5000, 5600, 6200]),
                  ("Trà gạo lứt rang, túi 1 kg", "túi", 1, 150000, 4000, [1500, 1700, 1900])],
        hist=[(4200, 170000), (4700, 175000), (5100, 178000)],
        raws=[("Gạo lứt đỏ", "kg", 0.9, 28000, "yến"), ("Đỗ đen xanh lòng", "kg", 0.25, 45000, "yến")],
        own=("Ruộng lúa đỏ của gia đình", 1, 8, 2.2, 2),
        buy=[("Thôn Trung Thành", 7, 10), ("Thôn Đông Thành", 5, 6)],
        yld=2.2, vu=2, factor=0.75,
        cap=(30, 260),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Rang, xay, phối trộn", [2, 2, 2]),
               ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=5.5, months=12, energy=8000,
        inv=[("Máy rang trống quay 30 kg/mẻ", 140, True), ("Máy xay, máy đóng túi lọc tự động", 180, True),
             ("Cải tạo phòng sản xuất một chiều 60 m²", 130, True),
             ("Bao bì, tem, kiểm nghiệm định kỳ", 40, False), ("Vốn lưu động", 160, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 180, 110], rate=0.066, sell=0.06, tax=0.015, other=40, by=None),
    "fd05": dict(
        pack_label="Chai, can, nắp, nhãn, tem",
        unit="lít",
        products=[("Rượu nếp, chai thủy tinh 500 ml", "chai", 0.5, 75000, 9000, [4000, 4600, 5200]),
                  ("Rượu nếp, can nhựa 2 lít", "can", 2, 200000, 6000, [1500, 1800, 2100]),
                  ("Rượu nếp, can nhựa 5 lít", "can", 5, 475000, 9000, [1000, 1200, 1400])],
        hist=[(7000, 96000), (8000, 98000), (9000, 100000)],
        raws=[("Gạo nếp cái", "kg", 1.25, 30000, "yến"), ("Men lá", "kg", 0.03, 120000, "kg")],
        own=("Ruộng nếp của gia đình", 1, 10, 2.0, 2),
        buy=[("Thôn Phú Lợi", 9, 18), ("Thôn Tân Phú", 7, 14), ("Thôn Hòa Thắng", 5, 8)],
        yld=2.0, vu=2, factor=0.65,
        cap=(60, 280),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Nấu, ủ, chưng cất", [1, 1, 1]),
               ("Chiết rót, bán hàng", [1, 1, 1])],
        wage=5.5, months=12, energy=4000,
        inv=[("Hai nồi chưng cất inox 200 lít có bộ làm lạnh", 180, True),
             ("Chum, vại sành ủ rượu 40 chiếc", 60, True), ("Máy lọc, máy hạ độ, bồn chứa", 120, True),
             ("Cải tạo nhà nấu và kho rượu 50 m²", 120, True),
             ("Bao bì, tem, kiểm nghiệm", 40, False), ("Vốn lưu động", 180, False)],
        src=[("Vốn tự có của hộ", 450), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 180, 110], rate=0.066, sell=0.05, tax=0.03, other=30, by=None),
    "fd06": dict(
        pack_label="Bao bì (túi zip, hộp giấy, thùng)",
        unit="kg",
        products=[("Khoai lang sấy dẻo, túi 250 g", "túi", 0.25, 40000, 2500, [16000, 18000, 20000]),
                  ("Khoai lang sấy dẻo, hộp 500 g", "hộp", 0.5, 78000, 6000, [4000, 4400, 4800]),
                  ("Khoai lang sấy dẻo, thùng 5 kg bán sỉ", "thùng", 5, 650000, 15000, [300, 340, 380])],
        hist=[(5600, 148000), (6200, 150000), (6800, 152000)],
        raws=[("Khoai lang tươi", "kg", 3.5, 8000, "tạ")],
        own=("Ruộng khoai của thành viên hợp tác xã", 21, 30, 8, 1),
        buy=[("Thôn Xuân Hải", 8, 7), ("Thôn Phong Giang", 6, 5), ("Thôn Cương Thịnh", 4, 3)],
        yld=8, vu=1, factor=1,
        cap=(35, 300),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Sơ chế, hấp, sấy", [3, 3, 3]),
               ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=5.0, months=12, energy=6000,
        inv=[("Lò sấy khí nóng 2 buồng", 210, True), ("Nồi hấp, máy rửa và gọt khoai", 120, True),
             ("Nhà sơ chế, đóng gói 80 m²", 220, True), ("Máy hàn miệng túi, máy hút chân không", 50, True),
             ("Bao bì, kiểm nghiệm", 40, False), ("Vốn lưu động", 160, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, sell=0.06, tax=0.015, other=40, by=None),
    "fd07": dict(
        pack_label="Thùng carton, tem nhãn", energy_label="Điện, xăng xe",
        unit="kg",
        products=[("Bí xanh VietGAP loại 1, thùng 10 kg", "thùng", 10, 190000, 6000, [3000, 3300, 3600]),
                  ("Bí xanh loại 1 cho bếp ăn trường học, bán theo yến", "yến", 10, 165000, 1000,
                   [2000, 2200, 2400]),
                  ("Bí xanh loại 2, bán buôn theo tạ", "tạ", 100, 1000000, 5000, [100, 110, 120])],
        hist=[(44000, 14000), (50000, 15000), (55000, 15500)],
        raws=[("Bí xanh thu hoạch của các hộ", "kg", 1.04, 7000, "yến")],
        own=("Ruộng bí của 16 hộ trong nhóm", 16, 24, 15, 2),
        buy=[("Hộ liên kết thôn Phú Mậu", 3, 4), ("Hộ liên kết thôn Bình Minh", 2, 2)],
        yld=15, vu=2, factor=1,
        cap=(600, 150),
        roles=[("Trưởng nhóm, ghi chép", [1, 1, 1]), ("Phân loại, đóng thùng, giao hàng", [2, 2, 2])],
        wage=5.0, months=12, energy=400,
        inv=[("Nhà sơ chế, đóng thùng 60 m²", 90, True), ("Nhà lưới ươm cây giống 2 sào", 140, True),
             ("Hệ thống tưới nhỏ giọt cho 24 sào", 110, True), ("Xe ba gác máy chở hàng", 45, True),
             ("Cân điện tử, kệ, sọt nhựa", 25, True), ("Vốn lưu động", 90, False)],
        src=[("Vốn góp của các hộ", 300), ("Vay quỹ tín dụng Hội Nông dân", 200)],
        life=8, loan=[200, 140, 80], rate=0.07, sell=0.04, tax=0.0, other=20, by=None),
    "fd08": dict(
        unit="kg",
        products=[("Nấm sò tươi, hộp 300 g", "hộp", 0.3, 16000, 1500, [30000, 33000, 36000]),
                  ("Nấm sò tươi bán buôn theo yến", "yến", 10, 320000, 2000, [2000, 2500, 2900]),
                  ("Nấm sò sấy khô, túi 100 g", "túi", 1.0, 60000, 3000, [3000, 3400, 3800])],
        hist=[(24000, 38000), (27000, 39000), (30000, 40000)],
        raws=[("Rơm lúa khô", "kg", 1.5, 1500, "tạ"), ("Giống nấm, cám gạo, vôi bột", "kg", 0.3, 8000, "kg")],
        own=None,
        buy=[("Thôn Tân Đài", 30, 50), ("Thôn Đại Đồng", 26, 45), ("Thôn Bắc Đài", 24, 40),
             ("Thôn Nam Đài", 12, 15)],
        yld=2.5, vu=2, factor=1,
        cap=(9000, 4),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Đóng bịch, cấy giống, chăm sóc", [3, 3, 3]),
               ("Thu hái, sấy, đóng gói", [2, 2, 2]), ("Giao hàng, bán hàng", [1, 1, 1])],
        wage=5.5, months=12, energy=2000,
        inv=[("Lò hấp thanh trùng bịch phôi 1.000 bịch/mẻ", 150, True),
             ("Máy sấy nấm bơm nhiệt 100 kg/mẻ", 180, True), ("Kho lạnh bảo quản nấm tươi 15 m³", 170, True),
             ("Máy đóng hộp, hàn màng, cân", 90, True), ("Xe tải nhỏ có thùng cách nhiệt", 210, True),
             ("Bao bì, kiểm nghiệm", 40, False), ("Vốn lưu động", 160, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng thương mại cổ phần", 400)],
        life=10, loan=[400, 300, 200], rate=0.09, sell=0.05, tax=0.015, other=50, by=None),
    "fd09": dict(
        unit="kg",
        products=[("Tinh bột nghệ vàng, hũ 100 g", "hũ", 0.1, 65000, 6000, [6000, 12800, 14400]),
                  ("Tinh bột nghệ vàng, hũ 250 g", "hũ", 0.25, 150000, 9000, [3200, 6800, 7600]),
                  ("Tinh bột nghệ, túi 500 g", "túi", 0.5, 280000, 5000, [400, 840, 960])],
        hist=[(1250, 560000), (1330, 575000), (1400, 590000)],
        raws=[("Củ nghệ vàng tươi", "kg", 20, 6500, "tạ")],
        own=("Ruộng nghệ của thành viên hợp tác xã", 17, 30, 12, 1),
        buy=[("Thôn Phúc Tân", 10, 20), ("Thôn Trung Đồng", 9, 18), ("Thôn Khe Cò", 6, 12)],
        yld=12, vu=1, factor=1,
        cap=(20, 250),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Rửa, mài, lọc, lắng", [2, 2, 2]),
               ("Sấy, đóng hũ, bán hàng", [2, 2, 2])],
        wage=5.5, months=12, energy=15000,
        inv=[("Máy rửa củ, máy mài nghệ công suất 300 kg/giờ", 180, True),
             ("Máy lọc tách bã, bể lắng inox", 220, True), ("Máy sấy lạnh 50 kg/mẻ", 250, True),
             ("Nhà sản xuất một chiều 100 m²", 150, True),
             ("Bao bì, tem truy xuất, đăng ký nhãn hiệu", 60, False), ("Vốn lưu động", 440, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 550)],
        life=10, loan=[550, 420, 290], rate=0.08, sell=0.06, tax=0.015, other=40, by=None),
    "fd10": dict(
        pack_label="Bao bì, hũ, nhãn",
        unit="kg",
        products=[("Lạc rang muối, hũ 300 g", "hũ", 0.3, 55000, 5000, [8000, 9000, 10000]),
                  ("Lạc rang tỏi ớt, túi 200 g", "túi", 0.2, 35000, 2000, [10000, 11000, 12000]),
                  ("Lạc nhân đỏ chọn lọc, túi 1 kg", "túi", 1, 85000, 2500, [2000, 2200, 2400])],
        hist=[(4800, 130000), (5300, 135000), (5800, 140000)],
        raws=[("Lạc vỏ khô", "kg", 1.6, 26000, "tạ"), ("Muối, tỏi, ớt, gia vị", "kg", 0.06, 60000, "kg")],
        own=("Ruộng lạc của 9 tổ viên", 9, 40, 1.6, 1),
        buy=[("Thôn Trung Lộc", 12, 18), ("Thôn Song Lộc", 10, 15), ("Thôn Đồng Trung", 8, 12)],
        yld=1.6, vu=1, factor=1,
        cap=(30, 280),
        roles=[("Tổ trưởng, thủ quỹ", [1, 1, 1]), ("Bóc vỏ, rang, tẩm", [2, 2, 2]),
               ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=5.0, months=12, energy=3000,
        inv=[("Máy rang lạc trống quay 50 kg/mẻ", 120, True), ("Máy bóc vỏ, máy tách vỏ lụa", 70, True),
             ("Máy hàn túi, máy đóng hũ", 60, True), ("Cải tạo nhà chế biến 50 m²", 90, True),
             ("Thiết kế bao bì, nhãn", 30, False), ("Vốn lưu động", 130, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 140, 80], rate=0.066, sell=0.05, tax=0.01, other=25, by=None),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED: dict[str, dict] = {
    "fd05": {"shortfall": True, "payback": 1.2},   # need 14.875 / 17.250 kg nếp vs 13.000 supply; 1,2 years
    "fd06": {"rev_line": (0, 1, 1.10)},            # 2028 line of the 250 g bag × 1,10
    "fd07": {"cost_total": (1, 0.90)},             # 2028 cost total written 10 % low
    "fd08": {"profit": (1, 1.30), "over_capacity": True},  # 2028 profit × 1,3; 38.300 / 43.600 kg vs 36.000
    "fd09": {"src_total": True, "growth": True},   # sources 1.050 vs investment 1.300; output × 2,1 in 2028
}
READY = ("fd01", "fd02", "fd03", "fd04")
STEMS = {
    "fd01": "fd01_gao_huu_co_thach_lac_htx",
    "fd02": "fd02_dau_lac_xuan_an_cty",
    "fd03": "fd03_cam_bu_kim_hoa_tht",
    "fd04": "fd04_tra_gao_lut_cam_trung_hkd",
    "fd05": "fd05_ruou_nep_ky_thuong_hkd",
    "fd06": "fd06_khoai_lang_say_co_dam_htx",
    "fd07": "fd07_bi_xanh_vietgap_phu_hoa_nhom_ho",
    "fd08": "fd08_nam_so_thach_dai_cty",
    "fd09": "fd09_tinh_bot_nghe_phuc_dong_htx",
    "fd10": "fd10_lac_rang_dong_loc_tht",
    "fd11": "fd11_buoi_phuc_trach_so_sai",
    "fd12": "fd12_nep_cai_hoa_vang_so_sai",
}


# --------------------------------------------------------------------------- the model
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(key: str) -> dict:
    """Every number of a full plan: 'true' values and the values as printed (planted defects)."""
    P = PLANS[key]
    pl = PLANTED.get(key, {})
    m: dict = {"key": key, "P": P}
    prods = P["products"]
    m["packs"] = [p[5] for p in prods]
    m["out"] = [round(sum(p[2] * p[5][y] for p in prods), 3) for y in range(3)]
    m["hist_rev"] = [r1(o * pr / 1e6) for o, pr in P["hist"]]
    m["revl"] = [[r1(p[3] * p[5][y] / 1e6) for y in range(3)] for p in prods]
    by = P.get("by")
    if by:
        m["by_units"] = [r1(m["out"][y] * by[2] / by[4]) for y in range(3)]
        m["by_rev"] = [r1(m["by_units"][y] * by[3] / 1e6) for y in range(3)]
    # supply of the first raw
    own = P["own"]
    m["own_ta"] = r1(own[2] * own[3] * own[4]) if own else 0.0
    m["buy_ta"] = [r1(b[2] * P["yld"] * P["vu"]) for b in P["buy"]]
    m["buy_sao"] = sum(b[2] for b in P["buy"])
    m["buy_hh"] = sum(b[1] for b in P["buy"])
    m["ta_total"] = r1(m["own_ta"] + sum(m["buy_ta"]))
    f = P["factor"]
    m["own_kg"] = round(m["own_ta"] * 100 * f)
    m["buy_kg"] = round(sum(m["buy_ta"]) * 100 * f)
    m["supply"] = m["own_kg"] + m["buy_kg"]
    m["need"] = [[round(m["out"][y] * r[2], 1) for y in range(3)] for r in P["raws"]]
    m["cap_year"] = P["cap"][0] * P["cap"][1]
    m["staff"] = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    m["inv_total"] = sum(i[1] for i in P["inv"])
    m["fixed"] = sum(i[1] for i in P["inv"] if i[2])
    m["src_total"] = sum(s[1] for s in P["src"])
    m["src_pct"] = [r1(s[1] / m["src_total"] * 100) for s in P["src"]]
    m["dep"] = r1(m["fixed"] / P["life"])

    def chain(revl):
        rev = [r1(sum(l[y] for l in revl) + (m["by_rev"][y] if by else 0)) for y in range(3)]
        c = {}
        for i, r in enumerate(P["raws"]):
            c[f"raw{i}"] = [r1(m["need"][i][y] * r[3] / 1e6) for y in range(3)]
        c["pack"] = [r1(sum(p[4] * p[5][y] for p in prods) / 1e6) for y in range(3)]
        c["wage"] = [r1(m["staff"][y] * P["wage"] * P["months"]) for y in range(3)]
        c["energy"] = [r1(m["out"][y] * P["energy"] / 1e6) for y in range(3)]
        c["dep"] = [m["dep"]] * 3
        c["interest"] = [r1(P["loan"][y] * P["rate"]) for y in range(3)]
        c["sell"] = [r1(rev[y] * P["sell"]) for y in range(3)]
        if P["tax"]:
            c["tax"] = [r1(rev[y] * P["tax"]) for y in range(3)]
        c["other"] = [float(P["other"])] * 3
        cost = [r1(sum(v[y] for v in c.values())) for y in range(3)]
        return rev, c, cost

    m["rev"], m["costl"], m["cost"] = chain(m["revl"])
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in range(3)]
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in range(3)]
    m["payback"] = r1(m["inv_total"] / (sum(m["profit"]) / 3 + m["dep"]))

    # printed values: start from the true ones, then apply the planted defects
    pr = {"revl": [l[:] for l in m["revl"]]}
    if "rev_line" in pl:
        i, y, k = pl["rev_line"]
        pr["revl"][i][y] = r1(m["revl"][i][y] * k)
    pr["rev"], pr["costl"], pr["cost"] = chain(pr["revl"])
    if "cost_total" in pl:
        y, k = pl["cost_total"]
        pr["cost"][y] = r1(pr["cost"][y] * k)
    pr["profit"] = [r1(pr["rev"][y] - pr["cost"][y]) for y in range(3)]
    if "profit" in pl:
        y, k = pl["profit"]
        pr["profit"][y] = r1(pr["profit"][y] * k)
    pr["margin"] = [r1(pr["profit"][y] / pr["rev"][y] * 100) for y in range(3)]
    pr["payback"] = pl.get("payback", r1(m["inv_total"] / (sum(pr["profit"]) / 3 + m["dep"])))
    m["printed"] = pr
    return m


# --------------------------------------------------------------------------- number formats
def fmt(x: float, dec: int | None = None) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'; whole numbers without decimals unless dec is given."""
    if dec is None:
        dec = 0 if abs(x - round(x)) < 1e-6 else 1
    s = f"{abs(x):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s


# --------------------------------------------------------------------------- reading a plan
class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]]:
        """The rows of the first table after the paragraph holding `caption`."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if line.startswith("Bảng ") and caption in line:
                rows, started = [], False
                for l2 in lines[i + 1:]:
                    s = l2.strip()
                    if s.startswith("|"):
                        started = True
                        cells = [c.strip() for c in s.strip("|").split("|")]
                        if not all(re.fullmatch(r"-+", c) for c in cells):
                            rows.append(cells)
                    elif started:
                        return rows
                return rows
        self.failures.append(f"table not found: {caption}")
        return []

    def trow(self, rows: list[list[str]], label: str, n: int = 3) -> list[float]:
        exact = label.endswith("|")
        lab = label.rstrip(" |")
        for r in rows:
            if any((c == lab) if exact else c.startswith(lab) for c in r[:2]):
                nums = [vn(x) for x in r[1:] if re.fullmatch(r"-?[\d.,]+", x) and re.search(r"\d", x)]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def same(self, got, want, what: str, tol: float = 0.01) -> None:
        got = got if isinstance(got, list) else [got]
        want = want if isinstance(want, list) else [want]
        for y, (g, w) in enumerate(zip(got, want)):
            if not (close(g, w, tol) or abs(g - w) <= 0.11):
                self.failures.append(f"{what}[{y}]: plan {g} vs computed {w}")

    def wrong(self, got: float, true: float, what: str) -> None:
        if not off(got, true):
            self.failures.append(f"planted {what}: plan {got} is within 5 % of the true {true}")


CAPS = dict(hist="Bảng 1.", plan="Kế hoạch sản xuất", area="Vùng nguyên liệu", balance="Cân đối nguyên liệu",
            staff="Lao động", inv="Tổng vốn đầu tư", src="Nguồn vốn", rev="Doanh thu dự kiến",
            cost="Chi phí dự kiến", sum="Tổng hợp hiệu quả")


def check_full(key: str) -> Plan:
    p = Plan(STEMS[key])
    m = model(key)
    P, pr = m["P"], m["printed"]
    pl = PLANTED.get(key, {})
    body = p.body

    # history
    t = p.table("Kết quả sản xuất")
    p.same(p.trow(t, "Sản lượng"), [h[0] for h in P["hist"]], "history output")
    p.same(p.trow(t, P.get("hist_price", "Giá bán bình quân")), [h[1] for h in P["hist"]], "history price")
    p.same(p.trow(t, "Doanh thu|"), m["hist_rev"], "history revenue")
    if not pl.get("growth"):
        p.check(m["out"][0] <= P["hist"][2][0] * 1.2, "2027 output more than +20 % on 2026")

    # production plan: packs and output
    t = p.table(CAPS["plan"])
    for prod in P["products"]:
        p.same(p.trow(t, prod[0]), prod[5], f"packs {prod[0]}")
    p.same(p.trow(t, "Sản lượng quy đổi"), m["out"], "output")

    # growing area and supply
    t = p.table(CAPS["area"])
    if P["own"]:
        own = P["own"]
        p.same(p.trow(t, own[0], 4), [own[2], own[3], own[4], m["own_ta"]], "own area row")
    for b, ta in zip(P["buy"], m["buy_ta"]):
        p.same(p.trow(t, b[0], 5), [b[1], b[2], P["yld"], P["vu"], ta], f"linked row {b[0]}")
    p.same(p.trow(t, "Tổng cộng", 1), [m["ta_total"]], "area total tạ")
    p.has(f"{fmt(m['ta_total'])} tạ")

    # raw-material balance
    t = p.table(CAPS["balance"])
    if pl.get("shortfall"):
        need = p.trow(t, "Nhu cầu", 1)
        p.same(need, [m["need"][0][0]], "2027 need")
        sup = p.trow(t, "Tổng nguồn cung", 1)
        p.same(sup, [m["supply"]], "supply")
        p.check(m["need"][0][0] <= m["supply"], "2027 need within supply")
        for y in (1, 2):
            p.wrong(m["supply"], m["need"][0][y], f"supply vs {YEARS[y]} need")
            p.check(m["need"][0][y] > m["supply"] * 1.05, f"{YEARS[y]} need > supply")
        p.lacks(r"Cân đối nguyên liệu[^\n]*2028", "2028 balance")
    else:
        p.same(p.trow(t, "Nhu cầu"), m["need"][0], "need")
        p.same(p.trow(t, "Tổng nguồn cung"), [m["supply"]] * 3, "supply")
        p.same(p.trow(t, "Chênh lệch"), [m["supply"] - m["need"][0][y] for y in range(3)], "balance")
        p.check(all(m["need"][0][y] <= m["supply"] for y in range(3)), "need within supply")

    # capacity
    cap = P["cap"]
    p.has(fmt(cap[0]), fmt(m["cap_year"]))
    if pl.get("over_capacity"):
        for y in (1, 2):
            p.check(m["out"][y] > m["cap_year"] * 1.05, f"{YEARS[y]} output above capacity by > 5 %")
        p.check(m["out"][0] <= m["cap_year"], "2027 within capacity")
    else:
        p.check(all(o <= m["cap_year"] for o in m["out"]), "output within capacity")

    # staff
    t = p.table(CAPS["staff"])
    for role, n in P["roles"]:
        p.same(p.trow(t, role), n, f"staff {role}")
    p.same(p.trow(t, "Tổng cộng"), m["staff"], "staff total")

    # investment and sources
    t = p.table(CAPS["inv"])
    for lab, v, _ in P["inv"]:
        p.same(p.trow(t, lab, 1), [v], f"inv {lab}")
    p.same(p.trow(t, "Tổng cộng", 1), [m["inv_total"]], "investment total")
    t = p.table(CAPS["src"])
    for (lab, v), pct in zip(P["src"], m["src_pct"]):
        p.same(p.trow(t, lab, 2), [v, pct], f"source {lab}")
    p.same(p.trow(t, "Tổng cộng", 2)[:1], [m["src_total"]], "sources total")
    if pl.get("src_total"):
        p.wrong(m["src_total"], m["inv_total"], "sources total vs investment")
    else:
        p.check(m["src_total"] == m["inv_total"], "sources = investment")

    # revenue
    t = p.table(CAPS["rev"])
    for i, prod in enumerate(P["products"]):
        label = prod[0]
        p.has(f"{label} ({fmt(prod[3])} đ/{prod[1]})")
        got = p.trow(t, label)
        p.same(got, pr["revl"][i], f"revenue line {label}")
        if "rev_line" in pl and pl["rev_line"][0] == i:
            y = pl["rev_line"][1]
            p.wrong(got[y], m["revl"][i][y], f"revenue line {label} {YEARS[y]}")
            true_tot = m["rev"][y]
            p.wrong(p.trow(t, "Tổng doanh thu")[y], true_tot, "revenue total")
    if P.get("by"):
        p.same(p.trow(t, P["by"][0]), m["by_rev"], "by-product revenue")
    p.same(p.trow(t, "Tổng doanh thu"), pr["rev"], "revenue total")

    # cost
    t = p.table(CAPS["cost"])
    labels = {"pack": P.get("pack_label", "Bao bì, tem nhãn"), "wage": "Tiền công",
              "energy": P.get("energy_label", "Điện, nhiên liệu"), "dep": "Khấu hao",
              "interest": "Lãi vay", "sell": "Chi phí bán hàng", "tax": "Thuế", "other": "Chi phí quản lý"}
    for k, v in pr["costl"].items():
        lab = P["raws"][int(k[3:])][0] if k.startswith("raw") else labels[k]
        p.same(p.trow(t, lab), v, f"cost {lab}")
    got = p.trow(t, "Tổng chi phí")
    if "cost_total" in pl:
        y = pl["cost_total"][0]
        lines = [r1(sum(v[y] for v in pr["costl"].values()))]
        p.wrong(got[y], lines[0], f"cost total {YEARS[y]}")
        p.same([g for i, g in enumerate(got) if i != y], [c for i, c in enumerate(pr["cost"]) if i != y],
               "cost total other years")
    else:
        p.same(got, pr["cost"], "cost total")

    # summary
    t = p.table(CAPS["sum"])
    p.same(p.trow(t, "Doanh thu"), pr["rev"], "summary revenue")
    p.same(p.trow(t, "Chi phí"), pr["cost"], "summary cost")
    got = p.trow(t, "Lợi nhuận")
    p.same(got, pr["profit"], "summary profit")
    if "profit" in pl:
        y = pl["profit"][0]
        p.wrong(got[y], r1(pr["rev"][y] - pr["cost"][y]), f"profit {YEARS[y]}")
    p.same(p.trow(t, "Tỷ suất"), pr["margin"], "margin")
    p.check(all(0 < x < 40 for x in m["margin"][:1]), "2027 margin within 0-40 %")

    # payback as printed
    mm = re.search(r"hoàn vốn[^\n]*?(\d+,\d) năm", body)
    p.check(bool(mm), "payback sentence")
    if mm:
        got = vn(mm.group(1))
        p.same(got, pr["payback"], "payback printed")
        if "payback" in pl:
            p.wrong(got, m["payback"], "payback")
        elif not ({"profit", "cost_total", "rev_line"} & set(pl)):
            p.same(got, m["payback"], "payback true", tol=0.04)

    # growth
    g = [m["rev"][y] / (m["rev"][y - 1] if y else m["hist_rev"][2]) - 1 for y in range(3)]
    if pl.get("growth"):
        p.check(m["out"][1] > 2 * m["out"][0], "growth defect: output more than doubles in 2028")
    else:
        p.check(all(x < 0.31 for x in g), f"revenue growth under 31 %: {[round(x, 3) for x in g]}")

    p.lacks(PLACEHOLDER, "template placeholder")
    return p


def common_ready(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất",
          "môi trường")
    p.lacks(REPLACED, "replaced instrument or district body")
    for d in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
        p.check(int(d[2]) >= 2028, f"paper valid only to {'/'.join(d)}")


def text_checks(key: str, p: Plan) -> None:
    b = p.body
    if key == "fd01":
        p.has("hữu cơ", "TCVN 11041", "1 mẫu = 10 sào", "500 m²", "1 tạ", "62,5", "tự công bố",
              "tiêu chuẩn cơ sở", "an toàn thực phẩm", "đăng ký hợp tác xã")
    elif key == "fd02":
        p.has("can 5 lít", "70 kg lạc nhân", "tự công bố", "tiêu chuẩn cơ sở", "an toàn thực phẩm",
              "mã số doanh nghiệp", "phiếu kết quả thử nghiệm")
    elif key == "fd03":
        p.has("VietGAP", "1 yến", "1 tạ", "cam kết", "tiêu chuẩn cơ sở", "phiếu kết quả thử nghiệm",
              "tổ hợp tác")
    elif key == "fd04":
        p.has("đủ điều kiện an toàn thực phẩm", "tự công bố", "tiêu chuẩn cơ sở", "hộ kinh doanh",
              "phiếu kết quả thử nghiệm", "0,75")
    elif key == "fd05":
        # no-alcohol-license: no licence word anywhere, the rest of the papers present
        p.lacks(r"giấy phép|105/2017|17/2020|cấp phép", "alcohol licence")
        p.has("an toàn thực phẩm", "tự công bố", "43/2017/NĐ-CP", "nhãn hiệu", "độ cồn", "hộ kinh doanh")
        p.has("đủ nguyên liệu")
    elif key == "fd06":
        # no-label-plan: 'nhãn' only inside 'nhãn hiệu'
        for mm in re.finditer(r"nhãn(?! hiệu)", b, re.I):
            p.failures.append(f"label word found: {b[mm.start() - 30:mm.end() + 10]!r}")
        p.lacks(r"\btem\b|43/2017|111/2021|mã vạch", "label item")
        p.has("nhãn hiệu", "an toàn thực phẩm", "tự công bố", "30 sào", "3 ha")
        own = PLANS["fd06"]["own"]
        p.check(own[2] * 500 / 10000 * 2 <= 3.0 + 1e-9 and off(3.0, own[2] * 500 / 10000),
                "3 ha vs 30 sào (1,5 ha)")
    elif key == "fd07":
        p.lacks(r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|Cục Sở hữu", "trademark word")
        p.lacks(r"đăng ký hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|hợp tác xã|tổ hợp tác",
                "registration word")
        p.has("chưa đăng ký", "VietGAP", "cam kết", "43/2017/NĐ-CP")
    elif key == "fd08":
        p.lacks(r"môi trường|chất thải|nước thải|xử lý|thu gom|phân bón|bã nấm|bịch phôi cũ|ủ phân",
                "environment word")
        p.has("hiện có đủ", "an toàn thực phẩm", "tự công bố", "nhãn hiệu")
    elif key == "fd09":
        p.lacks(r"tiêu chuẩn cơ sở|TCCS|tự công bố|công bố sản phẩm|QCVN|TCVN|kiểm nghiệm|thử nghiệm|"
                r"chỉ tiêu chất lượng", "product standard word")
        p.has("an toàn thực phẩm", "nhãn hiệu", "43/2017/NĐ-CP", "truy xuất", "đủ vốn")
    elif key == "fd10":
        p.lacks(r"an toàn thực phẩm|ATTP|15/2018|đủ điều kiện|cam kết sản xuất", "food-safety word")
        p.lacks(r"truy xuất|nhật ký|QR|mã lô|số lô|\btem\b|kiểm soát nội bộ|lưu mẫu", "traceability word")
        p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "current OCOP instrument")
        p.has("1048/QĐ-TTg", "huyện Can Lộc", "tự công bố", "43/2017/NĐ-CP", "nhãn hiệu", "tháng 7 năm 2026")


def check_sketchy(key: str) -> Plan:
    p = Plan(STEMS[key])
    words = len(re.findall(r"\w+", re.sub(r"^#+", "", p.body, flags=re.M)))
    p.check(150 <= words <= 320, f"sketchy length {words} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.lacks(PLACEHOLDER, "template placeholder")
    if key == "fd11":
        p.has("12 sào", "8 tạ", "35.000", "200")
        p.lacks(r"VietGAP|nhãn hiệu|an toàn thực phẩm|đăng ký", "paper")
    else:
        p.has("6 sào", "2 tạ", "45.000")
        p.lacks(r"nhãn hiệu|an toàn thực phẩm|đăng ký|tiêu chuẩn", "paper")
    return p


def main() -> int:
    plans = []
    for key in STEMS:
        if key in PLANS:
            p = check_full(key)
            if key in READY:
                common_ready(p)
            text_checks(key, p)
        else:
            p = check_sketchy(key)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
