"""The 168th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout168/arithmetic.py

Theme: meat, fish and ready-to-eat products of Hà Tĩnh (chả mực, ruốc / chà bông, thịt bò and thịt
trâu gác bếp, nước mắm, giò chả, nem chua, ruốc tôm, cá kho, mắm tép). For every full plan
(fm01-fm10) the constants give the products (pack size in the plan's base unit, price, pack cost,
packs per year), the 2024-2026 history, the raw materials with their raw-to-finished norms and
prices, the contracted supply of the main raw material (slaughterhouses, boats, landing sites, each
with a yearly quantity), equipment capacity, staff by role and wage, the cold-chain / energy rate,
investment items and capital sources, loan balances, selling / tax shares and a fixed line. From
them this script recomputes: output = sum of packs x size, history revenue = output x average price
and the 2027 growth on 2026, supply = sum of contracts, raw-material need = output x norm against
supply, output against capacity, staff by role, investment items and sources, depreciation,
interest, every revenue line (packs x price), every cost line, the cost total, profit = revenue -
cost, margin, growth, and payback = investment / (average profit + depreciation). Each figure is
then read back from the plan's source (tables found by their caption "Bảng N.") and compared:
planted numeric defects must be wrong by more than 5 % (the true value is computed beside them),
every other number right within 1 %. Textual defects are asserted through the presence or absence
of their words. Sketchy plans: 150-320 words, no table.
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
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"huyện Đức Thọ|huyện Can Lộc|Phòng .{0,30} huyện|Hội đồng .{0,30} huyện")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year 2027-2029)
# hist: (output in base units, average price đ per base unit) for 2024, 2025, 2026
# raws: (label, unit, norm per base unit, price đ per unit); the first raw is balanced against supply
# supply: (supplier, papers it brings, quantity of the first raw per year)
# cap: (base units per day, working days a year)
# roles: staff by role 2027-2029; wage triệu/person/month; energy đ per base unit
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance per year (triệu), rate
PLANS: dict[str, dict] = {
    "fm01": dict(
        unit="kg",
        products=[("Chả mực giã tay, túi hút chân không 500 g", "túi", 0.5, 210000, 6000, [9000, 10000, 11000]),
                  ("Chả mực hộp quà 1 kg", "hộp", 1, 400000, 15000, [1500, 1700, 1900])],
        hist=[(4800, 330000), (5200, 335000), (5600, 340000)],
        raws=[("Mực ống, mực lá tươi", "kg", 1.2, 120000), ("Mỡ lợn, thì là, hạt tiêu, nước mắm", "kg", 0.08, 60000)],
        supply=[("Tổ đội tàu câu mực Hải Thịnh (6 tàu)", "hợp đồng năm, phiếu cân tại bến", 5000),
                ("Vựa hải sản Thanh Hòa, cảng cá Cửa Sót", "hóa đơn, xác nhận nguồn gốc", 2800),
                ("Cơ sở thu mua mực Kỳ Ninh", "hóa đơn, xác nhận nguồn gốc", 1700)],
        cap=(30, 280),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, giã, định hình", [4, 4, 5]),
               ("Chiên, cấp đông, đóng gói", [2, 3, 3]), ("Kho lạnh, giao hàng, bán hàng", [2, 2, 2])],
        wage=6.5, energy=12000,
        inv=[("Kho cấp đông −18 °C, 20 m³", 260, True), ("Máy giã chả mực, máy định hình", 180, True),
             ("Chảo chiên công nghiệp, máy hút chân không", 120, True), ("Xe tải nhỏ có thùng lạnh", 340, True),
             ("Bể tách mỡ và hố lọc nước thải", 60, True), ("Bao bì, tem truy xuất, kiểm nghiệm", 40, False),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.05, tax=0.015, other=60,
        energy_label="Điện, kho lạnh, vận chuyển lạnh"),
    "fm02": dict(
        unit="kg",
        products=[("Chà bông lợn, hũ 200 g", "hũ", 0.2, 130000, 5000, [6000, 6600, 7200]),
                  ("Chà bông lợn, túi 500 g", "túi", 0.5, 300000, 4000, [1200, 1300, 1400])],
        hist=[(1450, 580000), (1550, 590000), (1650, 600000)],
        raws=[("Thịt lợn nạc mông, nạc vai", "kg", 2.6, 110000), ("Nước mắm, đường, hành, tiêu", "kg", 0.12, 50000)],
        supply=[("Cơ sở giết mổ tập trung Thạch Đài", "giấy chứng nhận kiểm dịch từng lô", 3800),
                ("Trang trại lợn Hòa Phát (qua lò mổ Thạch Đài)", "sổ theo dõi tiêm phòng, kiểm dịch", 2000)],
        cap=(8, 280),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Luộc, xé, sao", [2, 2, 2]), ("Đóng hũ, bán hàng", [1, 1, 1])],
        wage=5.0, energy=10000,
        inv=[("Máy xé thịt, máy sao ruốc 10 kg/mẻ", 120, True), ("Tủ mát, tủ đông bảo quản thịt", 60, True),
             ("Cải tạo bếp một chiều 30 m²", 80, True), ("Bao bì, tem, kiểm nghiệm", 30, False),
             ("Vốn lưu động", 110, False)],
        src=[("Vốn tự có của hộ", 250), ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=8, loan=[150, 100, 50], rate=0.066, sell=0.05, tax=0.015, other=20,
        energy_label="Điện, gas, tủ mát"),
    "fm03": dict(
        unit="kg",
        products=[("Thịt bò gác bếp, túi hút chân không 250 g", "túi", 0.25, 280000, 5000, [6000, 6600, 7200]),
                  ("Thịt bò gác bếp, hộp quà 500 g", "hộp", 0.5, 550000, 15000, [1200, 1300, 1400])],
        hist=[(1700, 1050000), (1850, 1080000), (1950, 1100000)],
        raws=[("Thịt bò tươi (bắp, thăn)", "kg", 2.8, 220000), ("Mắc khén, hạt dổi, ớt, sả", "kg", 0.1, 200000)],
        supply=[("Cơ sở giết mổ gia súc Phúc Đồng", "giấy chứng nhận kiểm dịch, tem kiểm soát giết mổ", 4500),
                ("Tổ hợp tác chăn nuôi bò Hòa Hải", "sổ tiêm phòng, giết mổ tại cơ sở Phúc Đồng", 3000)],
        cap=(10, 270),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Sơ chế, tẩm ướp, gác bếp", [2, 2, 2]),
               ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=5.5, energy=25000,
        inv=[("Buồng sấy, hun khói inox 2 ngăn", 220, True), ("Kho mát, tủ đông", 120, True),
             ("Máy hút chân không, máy thái", 70, True), ("Hố ga, bể lắng nước rửa", 40, True),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 40, False), ("Vốn lưu động", 310, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.08, sell=0.05, tax=0.015, other=40,
        energy_label="Củi, điện, kho mát"),
    "fm04": dict(
        unit="lít",
        products=[("Nước mắm cá cơm 35 độ đạm, chai thủy tinh 500 ml", "chai", 0.5, 60000, 9000, [20000, 22000, 24000]),
                  ("Nước mắm cá cơm 25 độ đạm, can 2 lít", "can", 2, 140000, 12000, [5000, 5500, 6000])],
        hist=[(16500, 88000), (17500, 90000), (18500, 92000)],
        raws=[("Cá cơm tươi", "kg", 1.3, 15000), ("Muối biển", "kg", 0.4, 3000)],
        supply=[("Tổ hợp tác khai thác hải sản Xuân Yên (8 thuyền)", "hợp đồng năm, sổ nhật ký khai thác", 16000),
                ("Thuyền lưới vây Hội Thống", "hợp đồng năm, sổ nhật ký khai thác", 9000),
                ("Nậu cá cơm bến Cửa Hội", "hóa đơn, phiếu cân", 7000)],
        cap=(100, 280),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Muối chượp, đảo chượp", [3, 3, 3]),
               ("Lọc, pha đấu, đóng chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=2000,
        inv=[("Nhà chượp mái tôn 200 m², 24 thùng gỗ", 300, True), ("Hệ thống lọc, bồn inox", 150, True),
             ("Máy chiết rót, đóng nắp chai", 120, True), ("Bể thu gom, xử lý nước rửa", 80, True),
             ("Bao bì, tem, kiểm nghiệm", 50, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, sell=0.05, tax=0.015, other=60,
        energy_label="Điện, nước"),
    "fm05": dict(
        unit="kg",
        products=[("Giò lụa, cây 1 kg", "cây", 1, 240000, 4000, [9000, 10000, 11000]),
                  ("Chả quế, khoanh 500 g", "khoanh", 0.5, 140000, 3000, [4000, 4400, 4800])],
        hist=[(9000, 215000), (9600, 220000), (10200, 225000)],
        raws=[("Thịt lợn nạc mông, nạc đùi", "kg", 1.05, 125000), ("Mỡ phần, lá chuối, nước mắm, gia vị", "kg", 0.15, 40000)],
        supply=[("Cơ sở giết mổ lợn tập trung Tùng Lộc", "giấy chứng nhận kiểm dịch từng chuyến", 9000),
                ("Cơ sở giết mổ Đức Thịnh", "giấy chứng nhận kiểm dịch từng chuyến", 6000)],
        cap=(45, 300),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Xay, giã, gói giò", [3, 3, 3]),
               ("Luộc, nướng chả, giao hàng", [2, 2, 2])],
        wage=6.0, energy=8000,
        inv=[("Máy xay giò 15 kg/mẻ", 90, True), ("Nồi nấu giò inox 200 lít", 50, True),
             ("Tủ mát, tủ đông 1.200 lít", 60, True), ("Xe máy có thùng giữ lạnh", 40, True),
             ("Bao bì, kiểm nghiệm", 20, False), ("Vốn lưu động", 140, False)],
        src=[("Vốn tự có của hộ", 250), ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=8, loan=[150, 100, 50], rate=0.066, sell=0.04, tax=0.015, other=40,
        energy_label="Điện, gas, giữ lạnh"),
    "fm06": dict(
        unit="kg",
        products=[("Nem chua lá ổi, xâu 10 chiếc (500 g)", "xâu", 0.5, 85000, 2500, [12000, 13600, 15200]),
                  ("Nem chua hộp 20 chiếc (1 kg)", "hộp", 1, 165000, 6000, [3000, 3200, 3400])],
        hist=[(7600, 150000), (8100, 153000), (8600, 156000)],
        raws=[("Thịt lợn nạc đùi", "kg", 0.75, 110000), ("Bì lợn", "kg", 0.2, 35000)],
        supply=[("Cơ sở giết mổ lợn Xuân Lam", "giấy chứng nhận kiểm dịch từng chuyến", 4200),
                ("Lò mổ tập trung Cổ Đạm", "giấy chứng nhận kiểm dịch từng chuyến", 2800)],
        cap=(45, 300),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Lọc thịt, quết, gói nem", [2, 2, 2]),
               ("Đóng gói, giao hàng", [1, 1, 1])],
        wage=5.0, energy=5000,
        inv=[("Máy xay, máy quết nem 10 kg/mẻ", 110, True), ("Phòng ủ nem có điều hòa 15 m²", 70, True),
             ("Tủ mát trưng bày, tủ đông", 50, True), ("Bao bì, kiểm nghiệm", 20, False),
             ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của thành viên", 250), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 150)],
        life=8, loan=[150, 100, 50], rate=0.08, sell=0.04, tax=0.015, other=30,
        energy_label="Điện, giữ lạnh", pack_label="Lá ổi, lá chuối, túi, hộp"),
    "fm07": dict(
        unit="kg",
        products=[("Ruốc tôm, hũ 200 g", "hũ", 0.2, 170000, 6000, [12000, 15000, 17000]),
                  ("Ruốc tôm, túi 500 g", "túi", 0.5, 400000, 5000, [1600, 2000, 2200])],
        hist=[(2600, 760000), (2800, 780000), (3000, 800000)],
        raws=[("Tôm rảo, tôm gân tươi", "kg", 3.2, 130000), ("Nước mắm, đường, hành, tiêu", "kg", 0.1, 80000)],
        supply=[("Vựa tôm Thạch Bằng", "hóa đơn, phiếu cân, xác nhận vùng khai thác", 6000),
                ("Tổ hợp tác đánh bắt ven bờ Thạch Kim", "hợp đồng năm, sổ nhật ký khai thác", 5500),
                ("Đầm nuôi tôm Cẩm Lĩnh", "hợp đồng năm, sổ nhật ký ao nuôi", 4000)],
        cap=(12, 280),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, hấp, bóc nõn", [3, 3, 3]),
               ("Sao, đóng hũ", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=6.0, energy=25000,
        inv=[("Tủ đông, kho mát nguyên liệu", 120, True),
             ("Máy hàn miệng hũ, máy in hạn dùng", 60, True), ("Bao bì, tem truy xuất, kiểm nghiệm", 40, False),
             ("Vốn lưu động", 380, False)],
        src=[("Vốn chủ sở hữu", 400), ("Vay Ngân hàng thương mại", 200)],
        life=8, loan=[200, 150, 100], rate=0.09, sell=0.05, tax=0.015, other=40,
        energy_label="Điện, gas, kho mát"),
    "fm08": dict(
        unit="kg",
        products=[("Thịt trâu gác bếp, túi 300 g", "túi", 0.3, 330000, 4000, [3000, 3300, 3600]),
                  ("Thịt trâu gác bếp, túi 500 g", "túi", 0.5, 540000, 5000, [600, 700, 800])],
        hist=[(950, 1000000), (1050, 1020000), (1120, 1050000)],
        raws=[("Thịt trâu tươi (bắp, thăn)", "kg", 3.0, 190000), ("Mắc khén, hạt dổi, gừng, ớt", "kg", 0.1, 300000)],
        supply=[("Cơ sở giết mổ trâu bò Hương Thủy", "giấy chứng nhận kiểm dịch", 3000),
                ("Các hộ nuôi trâu trong thôn (mổ tại cơ sở Hương Thủy)", "giấy chứng nhận kiểm dịch", 2000)],
        cap=(6, 280),
        roles=[("Trưởng nhóm, ghi sổ", [1, 1, 1]), ("Thái, ướp, gác bếp", [3, 3, 3]),
               ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=4.5, energy=20000,
        inv=[("Gác bếp inox có chụp hút khói", 80, True), ("Tủ đông 1.000 lít", 30, True),
             ("Máy hút chân không", 25, True), ("Túi, hộp", 15, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của các hộ", 200), ("Vay quỹ tín dụng Hội Liên hiệp Phụ nữ", 100)],
        life=8, loan=[100, 70, 40], rate=0.07, sell=0.04, tax=0.01, other=20,
        energy_label="Củi, điện"),
    "fm09": dict(
        unit="kg",
        products=[("Cá trắm kho niêu đất 800 g", "niêu", 0.8, 320000, 25000, [3000, 6200, 7500]),
                  ("Cá nục kho tiêu, hũ 500 g", "hũ", 0.5, 120000, 5000, [6000, 12500, 15000])],
        hist=[(4500, 255000), (4900, 260000), (5200, 265000)],
        raws=[("Cá trắm, cá nục tươi", "kg", 1.5, 60000), ("Thịt ba chỉ, nước mắm, riềng, gừng", "kg", 0.2, 80000)],
        supply=[("Cảng cá Cửa Nhượng (nậu cá nục)", "phiếu cân, xác nhận nguồn gốc", 9000),
                ("Hợp tác xã nuôi cá Kẻ Gỗ", "hợp đồng năm, sổ nhật ký ao nuôi", 6000),
                ("Trại cá Cẩm Mỹ", "hợp đồng năm, sổ nhật ký ao nuôi", 6000)],
        cap=(50, 300),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, kho cá", [3, 3, 3]),
               ("Đóng gói, giao hàng", [1, 1, 1])],
        wage=5.5, energy=10000,
        inv=[("Nồi kho áp suất 100 lít, 2 chiếc", 180, True), ("Tủ đông, kho lạnh 15 m³", 160, True),
             ("Máy hút chân không, máy dán màng", 60, True), ("Cải tạo xưởng một chiều 60 m²", 100, True),
             ("Bao bì, kiểm nghiệm", 30, False), ("Vốn lưu động", 270, False)],
        src=[("Vốn chủ sở hữu", 500), ("Vay Ngân hàng thương mại", 300)],
        life=10, loan=[300, 200, 100], rate=0.09, sell=0.05, tax=0.015, other=40,
        energy_label="Điện, gas, kho lạnh"),
    "fm10": dict(
        unit="kg",
        products=[("Mắm tép, hũ thủy tinh 250 g", "hũ", 0.25, 50000, 5000, [16000, 17500, 19000]),
                  ("Mắm tép, hũ thủy tinh 500 g", "hũ", 0.5, 95000, 7000, [6000, 6600, 7200])],
        hist=[(5600, 170000), (6100, 175000), (6500, 180000)],
        raws=[("Tép biển tươi", "kg", 1.1, 40000), ("Muối, thính gạo, ớt, tỏi", "kg", 0.25, 12000)],
        supply=[("Tổ hợp tác đánh bắt ven bờ Cẩm Nhượng", "hợp đồng năm, sổ nhật ký khai thác", 5000),
                ("Nậu tép bến Cửa Nhượng", "phiếu cân, hóa đơn", 3000),
                ("Thuyền xiếc tép Kỳ Xuân", "hợp đồng năm", 1500)],
        cap=(35, 280),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Rửa, muối, ủ mắm", [3, 3, 3]),
               ("Đóng hũ, bán hàng", [2, 2, 2])],
        wage=5.0, energy=3000,
        inv=[("Nhà ủ mắm 120 m², 40 chum sành", 280, True), ("Máy xay, bồn trộn inox", 140, True),
             ("Máy rửa, tiệt trùng hũ thủy tinh", 120, True), ("Hố lắng, hố thu nước rửa tép", 60, True),
             ("Bao bì, tem truy xuất", 50, False), ("Vốn lưu động", 550, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 450)],
        life=10, loan=[450, 350, 250], rate=0.08, sell=0.05, tax=0.015, other=40,
        energy_label="Điện, nước"),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "fm05": {"rev_line": (0, 1, 1.12)},            # 2028 giò lụa revenue line × 1,12
    "fm06": {"shortfall": True},                   # need 7.500 / 8.250 kg lean pork vs 7.000 contracted
    "fm07": {"over_capacity": True},               # 4.000 / 4.500 kg vs 12 kg/day × 280 = 3.360
    "fm08": {"cost_total": (1, 0.90)},             # 2028 cost total written 10 % low
    "fm09": {"profit": (0, 1.40), "growth": True},  # 2027 profit × 1,40; output ×2 in 2028
    "fm10": {"src_total": True, "payback": 1.6},   # sources 950 vs investment 1.200; payback 1,6 years
}
READY = ("fm01", "fm02", "fm03", "fm04")
STEMS = {
    "fm01": "fm01_cha_muc_hoa_loc_cty",
    "fm02": "fm02_cha_bong_lon_hong_nhung_hkd",
    "fm03": "fm03_thit_bo_gac_bep_phuc_dong_htx",
    "fm04": "fm04_nuoc_mam_xuan_yen_htx",
    "fm05": "fm05_gio_cha_thanh_tam_hkd",
    "fm06": "fm06_nem_chua_xuan_lam_htx",
    "fm07": "fm07_ruoc_tom_thach_bang_cty",
    "fm08": "fm08_thit_trau_gac_bep_khe_bo_nhom_ho",
    "fm09": "fm09_ca_kho_nieu_cam_xuyen_cty",
    "fm10": "fm10_mam_tep_cam_nhuong_htx",
    "fm11": "fm11_gio_me_duc_lang_so_sai",
    "fm12": "fm12_ca_moi_kho_ky_loi_so_sai",
}


# --------------------------------------------------------------------------- the model
def model(k: str) -> dict:
    """Every number of plan k's tables: true values, and what the plan states (planted)."""
    p, pl = PLANS[k], PLANTED.get(k, {})
    m: dict = {}
    m["out"] = [sum(pr[2] * pr[5][y] for pr in p["products"]) for y in range(3)]
    m["hist_rev"] = [o * pr / 1e6 for o, pr in p["hist"]]
    m["supply"] = sum(s[2] for s in p["supply"])
    m["need"] = [[m["out"][y] * r[2] for y in range(3)] for r in p["raws"]]
    m["cap"] = p["cap"][0] * p["cap"][1]
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in range(3)]
    m["inv"] = sum(i[1] for i in p["inv"])
    m["fixed"] = sum(i[1] for i in p["inv"] if i[2])
    m["src"] = sum(s[1] for s in p["src"])
    m["dep"] = m["fixed"] / p["life"]
    lines = [[pr[3] * pr[5][y] / 1e6 for y in range(3)] for pr in p["products"]]
    m["rev_lines_true"] = lines
    m["rev_true"] = [sum(l[y] for l in lines) for y in range(3)]
    st = [list(l) for l in lines]
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        st[i][y] = round(lines[i][y] * f, 1)
    m["rev_lines"] = st
    m["rev"] = [sum(l[y] for l in st) for y in range(3)]

    def costs(rev):
        c = []
        for r, need in zip(p["raws"], m["need"]):
            c.append((r[0], [need[y] * r[3] / 1e6 for y in range(3)]))
        c.append((p.get("pack_label", "Bao bì, nhãn, tem"),
                  [sum(pr[4] * pr[5][y] for pr in p["products"]) / 1e6 for y in range(3)]))
        c.append(("Tiền công lao động", [m["staff"][y] * p["wage"] * 12 for y in range(3)]))
        c.append((p.get("energy_label", "Điện, nhiên liệu"), [m["out"][y] * p["energy"] / 1e6 for y in range(3)]))
        c.append(("Khấu hao tài sản cố định", [m["dep"]] * 3))
        c.append(("Lãi vay", [p["loan"][y] * p["rate"] for y in range(3)]))
        c.append(("Chi phí bán hàng, vận chuyển", [rev[y] * p["sell"] for y in range(3)]))
        c.append(("Thuế, phí", [rev[y] * p["tax"] for y in range(3)]))
        c.append((p.get("other_label", "Chi phí quản lý, chi khác"), [p["other"]] * 3))
        return c

    m["cost_lines_true"] = costs(m["rev_true"])
    m["cost_true"] = [sum(c[1][y] for c in m["cost_lines_true"]) for y in range(3)]
    m["cost_lines"] = costs(m["rev"])
    m["cost_sum"] = [sum(round(c[1][y], 1) for c in m["cost_lines"]) for y in range(3)]
    m["cost"] = list(m["cost_sum"])
    if "cost_total" in pl:
        y, f = pl["cost_total"]
        m["cost"][y] = round(m["cost_sum"][y] * f, 1)
    m["profit_true"] = [m["rev_true"][y] - m["cost_true"][y] for y in range(3)]
    m["profit"] = [round(m["rev"][y], 1) - round(m["cost"][y], 1) for y in range(3)]
    if "profit" in pl:
        y, f = pl["profit"]
        m["profit"][y] = round(m["profit"][y] * f, 1)
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in range(3)]
    m["margin_true"] = [m["profit_true"][y] / m["rev_true"][y] * 100 for y in range(3)]
    m["payback_true"] = m["inv"] / (sum(m["profit_true"]) / 3 + m["dep"])
    m["payback_printed"] = m["inv"] / (sum(m["profit"]) / 3 + m["dep"])
    m["payback"] = pl.get("payback", round(m["payback_printed"], 1))
    m["src_pct"] = [s[1] / m["src"] * 100 for s in p["src"]]
    return m


# --------------------------------------------------------------------------- reading the plan
# Tables are found by a word of their caption ("Bảng N. <caption>"), whatever their number.
CAPTIONS = {1: "Kết quả sản xuất kinh doanh", 2: "Sản phẩm, quy cách", 3: "Giá sản phẩm cùng loại",
            4: "Nguồn cung", 5: "Cân đối nguyên liệu", 6: "Máy móc, thiết bị", 7: "Lao động",
            8: "Kế hoạch sản lượng", 9: "Tổng vốn đầu tư", 10: "Cơ cấu nguồn vốn", 11: "Dự kiến doanh thu",
            12: "Dự kiến chi phí", 13: "Tổng hợp hiệu quả", 14: "Hồ sơ pháp lý", 15: "Tiến độ"}
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[int, list[list[str]]] = {}
        cur = None
        for line in self.body.splitlines():
            s = line.strip()
            if re.match(r"^Bảng \d+\.", s):
                cur = next((n for n, kw in CAPTIONS.items() if kw in s), -1)
                self.tables[cur] = []
            elif s.startswith("|") and cur is not None:
                self.tables[cur].append([c.strip() for c in s.strip("|").split("|")])
            elif s and not s.startswith("ĐVT") and cur is not None and self.tables[cur]:
                cur = None

    def t(self, n: int, label: str, k: int = 3) -> list[float]:
        for r in self.tables.get(n, []):
            if any(c.startswith(label) for c in r[:2]):
                nums = [x for x in r[1:] if re.fullmatch(r"[\d.]+(,\d+)?", x)]
                if len(nums) >= k:
                    return [vn(x) for x in nums[-k:]]
        self.failures.append(f"Bảng {n}: row not found: {label}")
        return [float("nan")] * k

    def eq(self, got, want, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got} vs computed {want:.2f}")

    def wrong(self, got, true, what: str) -> None:
        if not off(got, true):
            self.failures.append(f"planted {what}: plan {got} not > 5 % off true {true:.2f}")


def check_full(k: str) -> Plan:
    p, m, pl = PLANS[k], model(k), PLANTED.get(k, {})
    P = Plan(STEMS[k])
    P.check(12 <= len(P.tables) <= 15 and -1 not in P.tables, f"tables {sorted(P.tables)}")
    # Bảng 1: history
    h = P.t(1, "Sản lượng", 3)
    for y in range(3):
        P.eq(h[y], p["hist"][y][0], f"history output {2024 + y}")
    hr = P.t(1, "Doanh thu", 3)
    for y in range(3):
        P.eq(hr[y], m["hist_rev"][y], f"history revenue {2024 + y}")
    g = m["out"][0] / p["hist"][2][0] - 1
    P.check(g <= 0.20, f"2027 output +{g:.0%} on 2026")
    # Bảng 2: prices
    for pr in p["products"]:
        P.check(any(pr[0] in r[1] and vn(r[-2]) == pr[3] for r in P.tables.get(2, []) if len(r) > 2),
                f"Bảng 2: price of {pr[0]}")
    # Bảng 4: supply
    for s in p["supply"]:
        P.eq(P.t(4, s[0], 1)[0], s[2], f"supply {s[0]}")
    P.eq(P.t(4, "Tổng cộng", 1)[0], m["supply"], "supply total")
    # Bảng 5: balance
    for i, r in enumerate(p["raws"]):
        got = P.t(5, "Nhu cầu " + r[0][:12], 3)
        for y in range(3):
            P.eq(got[y], m["need"][i][y], f"need {r[0]} {YEARS[y]}")
    sup = P.t(5, "Nguồn cung theo hợp đồng", 3)
    for y in range(3):
        P.eq(sup[y], m["supply"], f"balance supply {YEARS[y]}")
    if pl.get("shortfall"):
        P.check(m["need"][0][1] > m["supply"] * 1.05 and m["need"][0][2] > m["supply"] * 1.05,
                "planted shortfall: need not > 5 % over supply in 2028-2029")
        P.check(not any(r[0].startswith("Chênh lệch") or (len(r) > 1 and r[1].startswith("Chênh lệch"))
                        for r in P.tables[5]), "shortfall plan shows a difference row")
    else:
        d = P.t(5, "Chênh lệch", 3)
        for y in range(3):
            P.eq(d[y], m["supply"] - m["need"][0][y], f"balance difference {YEARS[y]}")
            P.check(m["need"][0][y] <= m["supply"], f"need over supply {YEARS[y]}")
    # Bảng 6: equipment capacity
    P.eq(P.t(6, "Công suất chế biến", 1)[0], m["cap"], "capacity per year")
    # Bảng 7: staff
    for r in p["roles"]:
        got = P.t(7, r[0], 3)
        for y in range(3):
            P.eq(got[y], r[1][y], f"staff {r[0]} {YEARS[y]}")
    got = P.t(7, "Tổng số lao động", 3)
    for y in range(3):
        P.eq(got[y], m["staff"][y], f"staff total {YEARS[y]}")
    # Bảng 8: output plan
    for pr in p["products"]:
        got = P.t(8, pr[0], 3)
        for y in range(3):
            P.eq(got[y], pr[5][y], f"packs {pr[0]} {YEARS[y]}")
    got = P.t(8, "Tổng sản lượng", 3)
    for y in range(3):
        P.eq(got[y], m["out"][y], f"output {YEARS[y]}")
    if pl.get("over_capacity"):
        P.check(m["out"][0] <= m["cap"], "2027 within capacity")
        for y in (1, 2):
            P.wrong(m["out"][y], m["cap"], f"output over capacity {YEARS[y]}")
    else:
        for y in range(3):
            P.check(m["out"][y] <= m["cap"], f"output over capacity {YEARS[y]}")
    # Bảng 9, 10: investment and sources
    for i in p["inv"]:
        if i[1]:
            P.eq(P.t(9, i[0], 1)[0], i[1], f"investment {i[0]}")
    P.eq(P.t(9, "Tổng vốn đầu tư", 1)[0], m["inv"], "investment total")
    for s, pct in zip(p["src"], m["src_pct"]):
        got = P.t(10, s[0], 2)
        P.eq(got[0], s[1], f"source {s[0]}")
        P.eq(got[1], pct, f"source share {s[0]}")
    P.eq(P.t(10, "Tổng nguồn vốn", 2)[0], m["src"], "sources total")
    if pl.get("src_total"):
        P.wrong(m["src"], m["inv"], "sources vs investment")
    else:
        P.eq(m["src"], m["inv"], "sources = investment")
    # Bảng 11: revenue
    for i, pr in enumerate(p["products"]):
        got = P.t(11, pr[0], 3)
        for y in range(3):
            if "rev_line" in pl and pl["rev_line"][:2] == (i, y):
                P.eq(got[y], m["rev_lines"][i][y], "planted revenue line as generated")
                P.wrong(got[y], m["rev_lines_true"][i][y], f"revenue line {pr[0]} {YEARS[y]}")
            else:
                P.eq(got[y], m["rev_lines_true"][i][y], f"revenue line {pr[0]} {YEARS[y]}")
    got = P.t(11, "Tổng doanh thu", 3)
    for y in range(3):
        P.eq(got[y], m["rev"][y], f"revenue total {YEARS[y]}")
        if "rev_line" in pl and y == pl["rev_line"][1]:
            P.wrong(got[y], m["rev_true"][y], f"revenue total {YEARS[y]}")
    # Bảng 12: costs
    for lab, vals in m["cost_lines"]:
        got = P.t(12, lab, 3)
        for y in range(3):
            P.eq(got[y], vals[y], f"cost {lab} {YEARS[y]}")
    got = P.t(12, "Tổng chi phí", 3)
    for y in range(3):
        if "cost_total" in pl and pl["cost_total"][0] == y:
            P.wrong(got[y], m["cost_sum"][y], f"cost total {YEARS[y]} vs its lines")
        else:
            P.eq(got[y], m["cost_sum"][y], f"cost total {YEARS[y]}")
    # Bảng 13: summary
    rv, cs, pf = P.t(13, "Doanh thu", 3), P.t(13, "Chi phí", 3), P.t(13, "Lợi nhuận", 3)
    mg = P.t(13, "Tỷ suất", 3)
    for y in range(3):
        P.eq(rv[y], m["rev"][y], f"summary revenue {YEARS[y]}")
        P.eq(cs[y], m["cost"][y], f"summary cost {YEARS[y]}")
        if "profit" in pl and pl["profit"][0] == y:
            P.wrong(pf[y], rv[y] - cs[y], f"profit {YEARS[y]} vs revenue - cost")
            P.eq(pf[y], m["profit"][y], "planted profit as generated")
        else:
            P.eq(pf[y], rv[y] - cs[y], f"profit {YEARS[y]}")
        P.eq(mg[y], pf[y] / rv[y] * 100, f"margin {YEARS[y]}")
        P.check(0 < m["margin_true"][y] < 40, f"true margin {m['margin_true'][y]:.1f} % {YEARS[y]}")
    # payback
    mp = re.search(r"hoàn vốn (?:khoảng|là|dự kiến)?\s*([\d,]+) năm", P.body)
    if not mp:
        P.failures.append("payback sentence not found")
    else:
        pb = vn(mp.group(1))
        if "payback" in pl:
            P.wrong(pb, m["payback_true"], "payback")
        else:
            P.eq(pb, m["payback_printed"], "payback", tol=0.05)
            if k not in ("fm05", "fm08", "fm09"):
                P.eq(pb, m["payback_true"], "payback (true)", tol=0.05)
    # growth
    for y in (1, 2):
        gr = m["rev"][y] / m["rev"][y - 1] - 1
        if pl.get("growth") and y == 1:
            P.check(m["out"][1] / m["out"][0] > 1.8, "planted growth: output not ×1,8")
        else:
            P.check(gr < 0.31, f"revenue growth {gr:.0%} in {YEARS[y]}")
    P.lacks(PLACEHOLDER, "placeholder")
    return P


def common_ready(P: Plan) -> None:
    P.has("148/2023/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
          "tự công bố", "phiếu kết quả thử nghiệm", "nhãn hiệu", "truy xuất", "an toàn thực phẩm",
          "đăng ký môi trường", "kiểm dịch" if P.stem[:4] in ("fm02", "fm03") else "nguồn gốc")
    P.lacks(REPLACED, "replaced instrument or district body")
    for d in re.findall(r"đến (\d\d)/(\d\d)/(\d{4})", P.body):
        P.check(int(d[2]) >= 2030, f"paper valid only to {'/'.join(d)}")


def textual(k: str, P: Plan) -> None:
    b = P.body
    if k == "fm05":
        P.lacks(r"môi trường|nước thải|chất thải|xử lý|\brác\b|bể lắng|hố ga|tách mỡ", "fm05 environment word")
        P.check(P.count("Giò chả Bảo Ngọc") >= 2, "fm05: other producer name in market and schedule")
        P.check(P.count("Giò chả Thanh Tâm") >= 2 and P.count("Giò lụa Thanh Tâm") >= 2, "fm05: own name")
    if k == "fm06":
        P.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|mã vạch|\btem\b", "fm06 label word")
        P.has("1048/QĐ-TTg", "781/QĐ-TTg", "huyện Nghi Xuân")
        P.lacks(r"148/2023|1489/QĐ", "fm06 current OCOP decision")
    if k == "fm07":
        P.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm", "fm07 food-safety word")
        P.has("16 lao động", "8 lao động", "đủ đáp ứng")
        P.check("Máy sao ruốc 12 kg/ngày (hiện có)" in b, "fm07 no new roaster")
    if k == "fm08":
        P.lacks(r"mã số thuế|đăng ký kinh doanh số|giấy chứng nhận đăng ký|hộ kinh doanh|hợp tác xã|"
                r"tổ hợp tác|doanh nghiệp|sẽ đăng ký|thành lập", "fm08 registration word")
        P.has("chưa đăng ký")
        P.lacks(r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\blô\b|kiểm soát chất lượng|HACCP|lưu mẫu|ghi chép",
                "fm08 quality-control word")
    if k == "fm09":
        P.lacks(r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|bảo hộ|Cục Sở hữu", "fm09 trademark word")
        P.has("giữ nguyên", "43/2017/NĐ-CP")
    if k == "fm10":
        P.lacks(r"tiêu chuẩn cơ sở|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|thử nghiệm|chỉ tiêu|tiêu chuẩn",
                "fm10 product-standard word")
        P.has("bảo đảm đủ vốn")
        P.has("an toàn thực phẩm", "nhãn hiệu", "truy xuất")
    if k in ("fm05", "fm07", "fm08", "fm09", "fm10"):
        P.has("148/2023/QĐ-TTg", "1489/QĐ-TTg")
        P.lacks(REPLACED, "replaced instrument or district body")


SKETCHY = {
    "fm11": (["250 kg", "260.000 đồng", "65 triệu"], r"\|"),
    "fm12": (["1.500 kg", "180.000 đồng", "4 hộ"], r"\|"),
}


def check_sketchy(k: str) -> Plan:
    P = Plan(STEMS[k])
    words = len(re.findall(r"\w+", re.sub(r"^#+", "", P.body, flags=re.M)))
    P.check(150 <= words <= 320, f"{words} words")
    figs, table = SKETCHY[k]
    P.has(*figs)
    P.lacks(table, "table")
    P.lacks(PLACEHOLDER, "placeholder")
    P.lacks(r"an toàn thực phẩm|tiêu chuẩn cơ sở|nhãn hiệu|đăng ký kinh doanh|truy xuất|môi trường",
            "sketchy paper word")
    return P


def main() -> int:
    plans = []
    for k in STEMS:
        if k in PLANS:
            P = check_full(k)
            if k in READY:
                common_ready(P)
            textual(k, P)
        else:
            P = check_sketchy(k)
        plans.append(P)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
