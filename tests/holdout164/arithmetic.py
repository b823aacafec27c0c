"""The 164th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout164/arithmetic.py

Theme: community tourism and services (homestays, farm stays, eco-tourism with food service,
experience and craft-village tours) plus three producers of food or crafts that sell mainly to
tourists. For a service plan (fi01, fi02, fi04, fi05, fi06, fi08, fi10) the constants give the
lodging or workshop units (count x guests each, price per guest or per room and night, direct cost),
the seasons (days and occupancy, or the planned guest-nights), the meal price and meals per
guest-night, the food inputs per meal with their contracted supply, the extra services (price per
guest, per group or per package, direct cost, quantities), kitchen and service capacities, staff by
role and wage, energy rates, the share paid to host households, investment items and sources, loan
balances, selling / tax shares, a fixed line and the 2024-2026 history. For a producer (fi03, fi07,
fi09) they give the products (pack size, price, pack cost, packs a year), the raw materials with
their norms, own supply and purchase by village in local units, capacity, and the same money lines.
From them this script recomputes every table cell: guest-nights per season = beds x days x
occupancy, room-nights, guests, meals, food need against supply, capacity, every revenue line
(quantity x the price in the row label), every cost line, totals, profit, margin, sources, growth
and payback = investment / (average profit + depreciation). Each figure is then read back from the
plan's source (tables found by their caption "Bảng N.") and compared: planted numeric defects must be
wrong by more than 5 % (the true value is computed beside them), every other number right within
1 % (or 0,11 of a million). Textual defects are asserted through the presence or absence of their
words. Sketchy plans: 150-320 words, no table.
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
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"51/2021/NQ|01/2021/NĐ-CP|44/2005/QH11|Luật Du lịch (năm )?2005|Luật Hợp tác xã (năm )?2012|"
            r"23/2012/QH13|cấp huyện|UBND huyện|Phòng .{0,30} huyện|OCOP huyện")

# --------------------------------------------------------------------------- constants
# Service plans
#   main: "lodging" (guest-nights) or "tour" (workshop visits)
#   units: (label, count, guests each, price đ, "khách" | "phòng", direct cost đ per billed unit)
#   seasons: (label, days, occupancy per year) or, with explicit=True, (label, days, quantity per year)
#   stay: nights per lodging guest; meal: (label, price đ) or None; mpn: meals per guest-night / visit
#   inputs: (label, unit, norm per meal (or per visit when inputs_per="main"), price đ/unit, supply/year)
#   services: (label, unit, price đ, direct cost đ, quantities, meals per unit, guests per unit, brings new visitors?)
#   kitchen / svc_cap: (per day, days a year); roles: (label, staff per year, wage triệu/month)
#   energy: (đ per guest-night or visit, đ per meal); host: share of lodging revenue paid to host households
#   inv: (label, triệu, fixed?); src: (label, triệu); loan: balance per year (triệu), rate
#   hist: (visitors, guest-nights or visits, meals, spend nghìn đ per visitor, margin) 2024-2026
# Producer plans (as in the forest set): products (label, pack word, size in base units, price đ,
#   pack cost đ, packs per year); raws (label, unit, norm per base unit, price đ/unit), the first balanced
#   against own + bought supply; own (what, quantity, unit, yield per unit and year); buy (local unit,
#   conversion, rows (village, households, quantity in local units)); cap (per day, days);
#   hist (output, average price đ per base unit, margin).
PLANS: dict[str, dict] = {
    "fi01": dict(
        kind="service", main="lodging", stay=1.6,
        units=[("Nhà sàn cộng đồng, ngủ nệm", 4, 10, 180000, "khách", 20000),
               ("Phòng riêng khép kín", 6, 2, 450000, "phòng", 60000)],
        seasons=[("Mùa hè (tháng 5 – 8)", 123, [0.42, 0.45, 0.48]),
                 ("Mùa lễ hội, Tết (tháng 1 – 4)", 120, [0.28, 0.30, 0.32]),
                 ("Mùa thu đông (tháng 9 – 12)", 122, [0.14, 0.16, 0.18])],
        meal=("Suất ăn cơm bản", 130000), mpn=2.0,
        inputs=[("Gạo", "kg", 0.15, 18000, 3000), ("Thịt gà đồi, lợn đen", "kg", 0.16, 140000, 2800),
                ("Cá suối, cá ao", "kg", 0.06, 100000, 1100), ("Rau rừng, rau vườn, măng", "kg", 0.25, 15000, 5000)],
        services=[("Tour trải nghiệm nửa ngày", "khách", 250000, 70000,
                   [2200, 2500, 2800], 1, 1, True),
                  ("Đêm văn nghệ, lửa trại", "đoàn", 2500000, 1000000, [80, 90, 100], 0, 0, False),
                  ("Thuê xe đạp, dẫn đường rừng", "khách", 100000, 25000, [1400, 1600, 1800], 0, 0, False)],
        kitchen=(150, 365), svc_cap=[(40, 330), (1, 365), (20, 300)],
        roles=[("Ban quản trị, kế toán", [3, 3, 3], 6.0), ("Hướng dẫn viên tại điểm", [4, 4, 5], 5.5),
               ("Nấu ăn, phục vụ", [6, 6, 7], 5.0), ("Lễ tân, đặt chỗ trực tuyến", [1, 1, 1], 5.5),
               ("Bảo vệ, vệ sinh", [2, 2, 2], 4.5)],
        energy=(15000, 4000), host=0.35,
        inv=[("Nâng cấp 6 phòng riêng khép kín", 720, True), ("Nhà ăn cộng đồng 80 chỗ và bếp một chiều", 420, True),
             ("Bể tự hoại, bể lắng lọc nước thải, điểm tập kết rác", 160, True),
             ("Xe đạp, áo phao, thiết bị an toàn khu suối", 110, True),
             ("Thiết bị phòng cháy, chữa cháy, camera", 90, True),
             ("Biển chỉ dẫn, website, nhận diện thương hiệu", 80, False),
             ("Đào tạo hướng dẫn viên, nấu ăn, ngoại ngữ", 60, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của thành viên", 650), ("Quỹ đầu tư phát triển của hợp tác xã", 250),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1000)],
        life=10, loan=[1000, 750, 500], rate=0.08, sell=0.08, tax=0.015, other=90,
        other_label="Bảo hiểm khách, bảo trì, chi khác",
        hist=[(4300, 3650, 9000, 560, 0.14), (4900, 4150, 10200, 575, 0.15), (5450, 4700, 11400, 590, 0.16)]),
    "fi02": dict(
        kind="service", main="lodging", stay=1.4,
        units=[("Bungalow đôi", 8, 2, 650000, "phòng", 80000),
               ("Phòng gia đình 4 khách", 4, 4, 1000000, "phòng", 120000)],
        seasons=[("Mùa bưởi chín (tháng 8 – 12)", 153, [0.50, 0.53, 0.56]),
                 ("Mùa hè (tháng 5 – 7)", 92, [0.44, 0.47, 0.50]),
                 ("Thấp điểm (tháng 1 – 4)", 120, [0.22, 0.24, 0.26])],
        meal=("Suất ăn đặc sản trang trại", 150000), mpn=1.5,
        inputs=[("Gà, lợn thả vườn", "kg", 0.18, 120000, 2600), ("Cá ao", "kg", 0.08, 70000, 1200),
                ("Gạo", "kg", 0.15, 17000, 2200), ("Rau, củ, quả vườn", "kg", 0.30, 12000, 4500)],
        services=[("Vé tham quan vườn bưởi", "khách", 60000, 15000,
                   [6000, 6500, 7000], 0.25, 1, True),
                  ("Gói trải nghiệm nông trại (4 khách)", "gói", 800000, 220000,
                   [650, 720, 800], 0, 0, False),
                  ("Lớp làm kẹo, mứt vỏ bưởi", "khách", 120000, 35000, [1500, 1700, 1900], 0, 0, False)],
        kitchen=(120, 365), svc_cap=[(120, 300), (6, 300), (30, 300)],
        roles=[("Giám đốc, kế toán", [2, 2, 2], 8.0), ("Lễ tân, bán hàng", [2, 2, 2], 6.0),
               ("Buồng phòng, vệ sinh", [3, 3, 4], 5.0), ("Bếp, phục vụ", [4, 4, 4], 5.5),
               ("Hướng dẫn trải nghiệm, chăm vườn", [3, 3, 3], 5.5)],
        energy=(25000, 5000), host=None,
        inv=[("Xây mới 4 bungalow đôi", 960, True), ("Nhà hàng mở 60 chỗ và bếp một chiều", 480, True),
             ("Hệ thống xử lý nước thải, bể tự hoại, phân loại rác", 180, True),
             ("Lối dạo, chòi nghỉ trong vườn bưởi", 200, True),
             ("Thiết bị phòng cháy, chữa cháy, camera, máy phát điện", 120, True),
             ("Website, đặt phòng trực tuyến, nhận diện thương hiệu", 90, False), ("Vốn lưu động", 270, False)],
        src=[("Vốn chủ sở hữu", 1100), ("Vay Ngân hàng thương mại", 1200)],
        life=10, loan=[1200, 900, 600], rate=0.09, sell=0.10, tax=0.02, other=180,
        other_label="Bảo hiểm, bảo trì, chi khác",
        hist=[(7200, 2900, 5400, 360, 0.13), (8000, 3400, 6300, 375, 0.15), (8600, 3900, 7200, 390, 0.16)]),
    "fi03": dict(
        kind="goods", unit="kg",
        products=[("Bánh đa vừng đen nướng sẵn, gói 10 chiếc (450 g)", "gói", 0.45, 48000, 3500, [12000, 13000, 14000]),
                  ("Bánh đa vừng đen chưa nướng, gói 20 chiếc (800 g)", "gói", 0.8, 65000, 4000, [4500, 4900, 5300]),
                  ("Hộp quà bánh đa vừng đen loại đặc biệt (600 g)", "hộp", 0.6, 95000, 12000, [2000, 2200, 2400])],
        hist=[(7600, 98000, 0.16), (8300, 100000, 0.17), (9000, 102000, 0.17)],
        raws=[("Gạo tẻ", "kg", 1.1, 17000), ("Vừng đen", "kg", 0.12, 80000), ("Gừng, đường, muối", "kg", 0.04, 30000)],
        own=("ruộng lúa của hộ", 10, "sào", 400),
        buy=("bao", 50, [("Thôn Trung Lưu", 8, 60), ("Thôn Hòa Thuận", 7, 55), ("Thôn Đông Văn", 6, 50),
                         ("Thôn Khánh Yên", 5, 45)]),
        cap=(45, 290),
        roles=[("Chủ hộ, quản lý, bán hàng", [1, 1, 1], 6.0), ("Tráng bánh, phơi", [2, 2, 2], 4.5),
               ("Nướng, đóng gói", [2, 2, 3], 4.5)],
        energy=3000,
        inv=[("Lò tráng bánh bằng hơi và giàn phơi có mái che", 120, True), ("Máy nướng bánh đa hồng ngoại", 85, True),
             ("Máy xay bột, máy hàn miệng túi", 45, True), ("Cải tạo phòng đóng gói 30 m²", 90, True),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 30, False), ("Vốn lưu động", 130, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.08, tax=0.015, other=25,
        other_label="Quản lý, chi phí khác", pack_label="Bao bì, hộp, tem nhãn"),
    "fi04": dict(
        kind="service", main="tour", stay=None,
        units=[("Buổi trải nghiệm tại xưởng rèn", 2, 25, 260000, "khách", 60000)],
        seasons=[("Mùa du lịch hè (tháng 5 – 8)", 105, [0.40, 0.43, 0.46]),
                 ("Mùa khách học sinh, đoàn (tháng 3 – 4, 9 – 12)", 150, [0.25, 0.27, 0.29]),
                 ("Tháng 1 – 2 (Tết, lễ hội)", 45, [0.15, 0.16, 0.17])],
        meal=("Bữa trưa ẩm thực làng nghề", 110000), mpn=0.5,
        inputs=[("Gạo", "kg", 0.15, 17000, 900), ("Thịt, cá", "kg", 0.15, 110000, 800),
                ("Rau, củ", "kg", 0.25, 12000, 1500)],
        services=[("Gói trải nghiệm học sinh (đoàn 40 em)", "gói", 4800000, 1600000,
                   [40, 45, 50], 0, 40, True),
                  ("Lớp rèn dao một ngày", "khách", 750000, 280000, [120, 140, 160], 1, 1, True),
                  ("Thuê trang phục thợ rèn", "khách", 50000, 10000, [1500, 1700, 1900], 0, 0, False)],
        kitchen=(60, 300), svc_cap=[(1, 150), (6, 250), (20, 300)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2], 6.0), ("Thuyết minh viên", [2, 2, 3], 5.5),
               ("Nghệ nhân, thợ rèn hướng dẫn", [3, 3, 3], 6.5), ("Nấu ăn, phục vụ (bán thời gian)", [2, 2, 2], 4.0)],
        energy=(8000, 4000), host=None,
        inv=[("Nhà đón khách, trưng bày 120 m²", 520, True), ("Khu lò rèn trải nghiệm an toàn, 6 bệ rèn", 260, True),
             ("Hệ thống hút khói, bụi và che chắn tia lửa", 140, True), ("Nhà ăn 60 chỗ, bếp một chiều", 220, True),
             ("Thiết bị phòng cháy, sơ cứu, bảo hộ cho khách", 60, True),
             ("Thuyết minh song ngữ, mã QR, website", 50, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ phát triển sản xuất của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 500, 300], rate=0.08, sell=0.07, tax=0.015, other=60,
        other_label="Bảo hiểm khách, bảo trì, chi khác",
        hist=[(4400, 3300, 1900, 260, 0.12), (5000, 3700, 2150, 270, 0.13), (5600, 4000, 2350, 280, 0.14)]),
    "fi05": dict(
        kind="service", main="lodging", stay=1.5,
        units=[("Phòng homestay trong nhà ngư dân", 14, 3, 170000, "khách", 20000),
               ("Phòng đôi hướng biển", 4, 2, 420000, "phòng", 50000)],
        seasons=[("Mùa hè (tháng 5 – 8)", 123, [0.55, 0.58, 0.60]),
                 ("Tháng 3 – 4 và tháng 9", 91, [0.25, 0.27, 0.29]),
                 ("Mùa mưa bão, mùa đông (tháng 10 – 2)", 151, [0.08, 0.09, 0.10])],
        meal=("Suất ăn hải sản làng chài", 160000), mpn=2.0,
        inputs=[("Hải sản tươi (cá, mực, ghẹ, tôm)", "kg", 0.25, 150000, 4800), ("Gạo", "kg", 0.15, 17000, 3000),
                ("Rau, củ", "kg", 0.25, 12000, 4500)],
        services=[("Tour ra khơi kéo lưới, câu mực", "khách", 350000, 120000, [1200, 1350, 1500], 0, 0, False),
                  ("Tour chợ cá sớm, làm nước mắm", "khách", 150000, 40000,
                   [2500, 2800, 3100], 1, 1, True),
                  ("Tiệc hải sản lửa trại (đoàn 20 khách)", "gói", 3500000, 1800000,
                   [70, 80, 90], 0, 0, False)],
        kitchen=(160, 365), svc_cap=[(12, 200), (30, 300), (1, 200)],
        roles=[("Ban quản trị, kế toán", [3, 3, 3], 6.0), ("Hướng dẫn viên, lái thuyền", [4, 4, 4], 6.0),
               ("Nấu ăn, phục vụ", [6, 6, 7], 5.0), ("Lễ tân, đặt phòng", [1, 1, 1], 5.5),
               ("Vệ sinh, bảo vệ", [2, 2, 2], 4.5)],
        energy=(15000, 5000), host=0.35,
        inv=[("Cải tạo 14 phòng homestay tại 7 nhà ngư dân", 640, True), ("Xây 4 phòng đôi hướng biển", 600, True),
             ("Nhà ăn cộng đồng 80 chỗ, bếp", 360, True), ("Bể tự hoại, bể lắng, thu gom rác thải", 150, True),
             ("Thuyền, áo phao, thiết bị an toàn", 230, True), ("Thiết bị phòng cháy, chữa cháy", 70, True),
             ("Website, biển hiệu, đăng ký nhãn hiệu", 70, False), ("Vốn lưu động", 280, False)],
        src=[("Vốn góp của thành viên", 800), ("Vốn huy động từ hộ đón khách", 400),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1200)],
        life=10, loan=[1200, 900, 600], rate=0.08, sell=0.08, tax=0.015, other=90,
        other_label="Bảo hiểm khách, bảo trì, chi khác",
        hist=[(4700, 3900, 10300, 610, 0.14), (5300, 4400, 11500, 625, 0.15), (5800, 4750, 12400, 640, 0.16)]),
    "fi06": dict(
        kind="service", main="lodging", stay=1.3,
        units=[("Bungalow gỗ ven hồ", 10, 2, 700000, "phòng", 90000),
               ("Lều cắm trại trọn bộ", 12, 4, 120000, "khách", 25000)],
        seasons=[("Mùa hè (tháng 5 – 8)", 123, [0.45, 0.48, 0.50]),
                 ("Mùa xuân, mùa thu (tháng 3 – 4, 9 – 10)", 122, [0.22, 0.24, 0.26]),
                 ("Mùa mưa rét (tháng 11 – 2)", 120, [0.07, 0.08, 0.09])],
        meal=("Suất ăn nhà hàng ven hồ", 140000), mpn=1.8,
        inputs=[("Cá hồ, gà đồi, thịt lợn", "kg", 0.22, 110000, 5000), ("Gạo", "kg", 0.15, 17000, 3500),
                ("Rau, măng, củ quả", "kg", 0.30, 12000, 7000)],
        services=[("Vé vào khu du lịch", "khách", 50000, 5000,
                   [22000, 24000, 26000], 0.3, 1, True),
                  ("Thuê kayak, ván chèo (1 giờ)", "lượt", 120000, 20000, [4000, 4500, 5000], 0, 0, False),
                  ("Tour thuyền máy (chuyến 12 khách)", "chuyến", 1500000, 400000,
                   [500, 560, 620], 0, 0, False),
                  ("Gói sự kiện tập thể (đoàn 50 khách)", "gói", 15000000, 6000000, [25, 30, 35], 0, 0, False)],
        kitchen=(250, 365), svc_cap=[(300, 365), (40, 300), (6, 300), (1, 200)],
        roles=[("Ban giám đốc, kế toán", [3, 3, 3], 10.0), ("Lễ tân, bán vé", [4, 4, 4], 6.0),
               ("Buồng phòng, khu cắm trại", [5, 5, 5], 5.5), ("Bếp, phục vụ nhà hàng", [10, 10, 11], 6.0),
               ("Cứu hộ, lái thuyền, hướng dẫn", [6, 6, 6], 6.5), ("Bảo vệ, chăm sóc cảnh quan", [4, 4, 4], 5.0)],
        energy=(20000, 5000), host=None,
        inv=[("10 bungalow gỗ ven hồ", 1500, True), ("Nhà hàng nổi 120 chỗ và bếp", 900, True),
             ("Bãi cắm trại, 12 bộ lều, khu vệ sinh", 300, True),
             ("Thuyền máy 12 chỗ, 20 kayak, áo phao", 520, True),
             ("Đường dạo ven hồ, cầu gỗ, chòi ngắm cảnh", 260, True),
             ("Thiết bị phòng cháy, cứu hộ, camera", 120, True),
             ("Website, quảng bá, nhận diện thương hiệu", 100, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của cổ đông", 1800), ("Vay Ngân hàng thương mại", 1600)],
        life=10, loan=[1600, 1200, 800], rate=0.09, sell=0.12, tax=0.02, other=700,
        other_label="Thuê mặt nước hồ, đất rừng cảnh quan, bảo hiểm, bảo trì",
        hist=[(21500, 4200, 12000, 240, 0.05), (24000, 4900, 13600, 245, 0.06), (26500, 5500, 14900, 250, 0.07)]),
    "fi07": dict(
        kind="goods", unit="sản phẩm",
        products=[("Túi xách cói thêu hoa văn", "cái", 1, 185000, 6000, [3200, 3500, 3800]),
                  ("Mũ cói rộng vành", "cái", 1, 95000, 2500, [4500, 5000, 5500]),
                  ("Bộ lót ly, lót đĩa cói (6 chiếc)", "bộ", 1, 70000, 2000, [3000, 3300, 3600])],
        piece=[55000, 25000, 20000],
        hist=[(8800, 105000, 0.14), (9500, 108000, 0.15), (10000, 110000, 0.15)],
        raws=[("Cói khô đã chẻ", "kg", 0.45, 30000), ("Phẩm nhuộm tự nhiên, keo", "kg", 0.01, 120000),
              ("Vải lót, chỉ thêu, quai", "bộ", 0.3, 15000)],
        own=("ruộng cói của các tổ viên", 30, "sào", 120),
        buy=("bó", 10, [("Thôn Bắc Văn", 9, 80), ("Thôn Hải Hà", 8, 75), ("Thôn Đông Châu", 7, 70),
                        ("Thôn Tân Phúc", 6, 55)]),
        cap=(45, 300),
        roles=[("Tổ trưởng, thủ quỹ", [1, 1, 1], 5.0), ("Kỹ thuật, may hoàn thiện", [2, 2, 2], 4.5),
               ("Bán hàng, giao hàng", [1, 1, 1], 4.5)],
        energy=1000,
        inv=[("Nhà xưởng chung 100 m² và sân phơi", 180, True), ("Máy chẻ cói, máy ép phẳng", 60, True),
             ("Máy may, máy thêu", 90, True), ("Lò sấy chống mốc", 70, True),
             ("Thiết kế mẫu, đăng ký nhãn hiệu", 40, False), ("Tiêu chuẩn cơ sở, thử nghiệm nấm mốc", 20, False),
             ("Vốn lưu động", 140, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066, sell=0.10, tax=0.01, other=20,
        other_label="Quản lý, chi phí khác", pack_label="Túi giấy, hộp đựng"),
    "fi08": dict(
        kind="service", main="lodging", stay=1.4, explicit=True,
        units=[("Phòng nghỉ nhà gỗ", 6, 2, 450000, "phòng", 60000)],
        seasons=[("Mùa cam chín (tháng 10 – 1)", 123, [1350, 2000, 2200]),
                 ("Mùa hè (tháng 5 – 8)", 123, [1250, 1900, 2050]),
                 ("Các tháng còn lại (tháng 2 – 4, tháng 9)", 119, [500, 850, 950])],
        meal=("Suất ăn cơm quê", 140000), mpn=2.0,
        inputs=[("Gà đồi tự nuôi", "kg", 0.2, 110000, 3200), ("Cá hồ", "kg", 0.1, 60000, 1600),
                ("Gạo", "kg", 0.15, 17000, 2500), ("Rau vườn", "kg", 0.3, 10000, 5000)],
        services=[("Vé tham quan, hái cam (kèm 1 kg cam)", "khách", 60000, 25000,
                   [5000, 5500, 6000], 0.2, 1, True),
                  ("Gói làm vườn, câu cá nửa ngày", "khách", 150000, 40000, [800, 900, 1000], 0, 0, False)],
        kitchen=(80, 365), svc_cap=[(100, 300), (20, 300)],
        roles=[("Chủ hộ, quản lý", [1, 1, 1], 8.0), ("Buồng phòng, lễ tân", [2, 2, 2], 5.5),
               ("Bếp, phục vụ", [3, 4, 4], 5.5), ("Chăm vườn, hướng dẫn khách", [3, 3, 3], 5.0)],
        energy=(20000, 5000), host=None,
        inv=[("Nhà hàng sân vườn 50 chỗ", 280, True), ("Sửa chữa 6 phòng, thay nội thất", 150, True),
             ("Đường dạo, chòi nghỉ trong vườn cam", 120, True), ("Bể tự hoại, bể lắng, thu gom rác", 80, True),
             ("Thiết bị phòng cháy, chữa cháy", 40, True), ("Quảng bá, website", 50, False),
             ("Vốn lưu động", 130, False)],
        src=[("Vốn tự có của hộ", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, sell=0.10, tax=0.015, other=150,
        other_label="Bảo hiểm, bảo trì, chi khác",
        hist=[(5900, 2000, 5100, 270, 0.15), (6500, 2350, 5800, 280, 0.16), (7000, 2650, 6500, 290, 0.17)]),
    "fi09": dict(
        kind="goods", unit="kg",
        products=[("Mực xé sợi tẩm gia vị, túi 100 g", "túi", 0.1, 110000, 2500, [14000, 16000, 18000]),
                  ("Mực xé sợi hấp nước dừa, hũ 200 g", "hũ", 0.2, 210000, 7000, [4000, 4600, 5200]),
                  ("Hộp quà mực xé sợi 500 g", "hộp", 0.5, 520000, 18000, [600, 700, 800])],
        hist=[(2000, 1000000, 0.10), (2150, 1030000, 0.11), (2300, 1050000, 0.11)],
        raws=[("Mực ống tươi", "kg", 4.5, 95000), ("Gia vị (đường, ớt, tỏi, sa tế)", "kg", 0.15, 60000)],
        own=("tàu câu mực liên kết có hợp đồng bao tiêu", 4, "tàu", 2000),
        buy=("tạ", 100, [("Cảng cá Cửa Sót", 6, 15), ("Bến cá Xuân Hội", 5, 12), ("Bến cá Cẩm Nhượng", 5, 13)]),
        cap=(14, 260),
        roles=[("Giám đốc, kế toán", [2, 2, 2], 7.0), ("Sơ chế, hấp, sấy", [3, 3, 4], 5.5),
               ("Xé sợi, tẩm, đóng gói", [3, 4, 4], 5.0), ("Bán hàng, giao hàng", [2, 2, 2], 5.0)],
        energy=25000,
        inv=[("Kho lạnh 10 tấn", 380, True), ("Máy sấy nhiệt, máy xé sợi, máy cán", 320, True),
             ("Máy đóng gói hút chân không, máy in ngày", 140, True), ("Cải tạo xưởng chế biến một chiều", 260, True),
             ("Hệ thống xử lý nước thải chế biến", 120, True), ("Bao bì, mã QR, quảng bá", 80, False),
             ("Vốn lưu động", 500, False)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng thương mại", 800)],
        life=10, loan=[800, 600, 400], rate=0.09, sell=0.08, tax=0.015, other=60,
        other_label="Quản lý, chi phí khác", pack_label="Bao bì (túi, hũ, hộp quà)"),
    "fi10": dict(
        kind="service", main="tour", stay=None, explicit=True,
        units=[("Buổi trải nghiệm làm nón", 2, 20, 200000, "khách", 60000)],
        seasons=[("Mùa hè (tháng 5 – 8)", 100, [1100, 2400, 3000]),
                 ("Tháng 9 – 12 (khách đoàn, học sinh)", 100, [700, 1600, 2000]),
                 ("Tháng 1 – 4 (lễ hội, Tết)", 80, [400, 800, 1000])],
        meal=None, mpn=0, inputs_per="main",
        inputs=[("Lá nón đã phơi (bó 100 lá)", "bó", 0.2, 30000, 1500), ("Vành tre, khung nón nhỏ", "bộ", 1, 8000, 7000),
                ("Chỉ cước, móc", "cuộn", 0.2, 5000, 1500)],
        services=[("Gói tham quan làng nón (đoàn đến 25 khách)", "đoàn", 600000, 150000,
                   [30, 70, 90], 0, 25, True),
                  ("Chụp ảnh áo dài với nón lá", "khách", 50000, 10000, [800, 1700, 2100], 0, 0, False)],
        kitchen=None, svc_cap=[(2, 280), (40, 280)],
        roles=[("Trưởng nhóm, ghi chép thu chi", [1, 1, 1], 3.0), ("Nghệ nhân hướng dẫn làm nón", [6, 6, 6], 1.5),
               ("Thuyết minh, đón khách", [2, 2, 2], 3.0)],
        energy=(2000, 0), host=None,
        inv=[("Mái che, bàn ghế cho khu trải nghiệm", 90, True), ("Khu trưng bày nón và ảnh làng nghề", 60, True),
             ("Nhà vệ sinh cho khách, thùng rác phân loại", 50, True),
             ("Biển chỉ dẫn, tờ rơi, trang mạng xã hội", 20, False), ("Vốn lưu động", 30, False)],
        src=[("Đóng góp của các hộ", 150), ("Vay quỹ tín dụng nội bộ Hội Phụ nữ xã", 100)],
        life=8, loan=[100, 70, 40], rate=0.07, sell=0.05, tax=0.01, other=15,
        other_label="Điện nước nhà văn hóa, chi khác",
        hist=[(2000, 1400, 0, 150, 0.06), (2350, 1650, 0, 155, 0.07), (2650, 1900, 0, 160, 0.08)]),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "fi05": {"rev_line": (2, 1, 1.12)},            # 2028 meals line x 1,12 (total, summary follow)
    "fi06": {"src_short": True, "payback": 1.6},   # sources 3.400 vs investment 4.000; payback 1,6 years
    "fi07": {"buy_total": 1.12},                   # purchase table total row 12 % above its villages
    "fi08": {"over_capacity": True},               # 4.500 / 4.950 guest-nights vs 6 rooms x 2 x 365 = 4.380
    "fi09": {"shortfall": True, "profit": (1, 1.30)},  # fresh squid need > contracted supply; 2028 profit x 1,3
    "fi10": {"growth": True},                      # visits 2.200 -> 4.800 -> 6.000 with the same 9 people
}
READY = ("fi01", "fi02", "fi03", "fi04")
STEMS = {
    "fi01": "fi01_homestay_ban_khe_tho_htx",
    "fi02": "fi02_farmstay_vuon_buoi_huong_phuc_cty",
    "fi03": "fi03_banh_da_vung_truong_luu_hkd",
    "fi04": "fi04_tour_lang_ren_dong_luong_htx",
    "fi05": "fi05_homestay_lang_chai_cam_nhuong_htx",
    "fi06": "fi06_sinh_thai_ho_khe_lau_cty",
    "fi07": "fi07_tui_coi_thach_khe_tht",
    "fi08": "fi08_farmstay_vuon_cam_huong_tra_hkd",
    "fi09": "fi09_muc_xe_soi_xuan_thanh_cty",
    "fi10": "fi10_tour_lang_non_nhom_ho",
    "fi11": "fi11_homestay_nha_san_so_sai",
    "fi12": "fi12_thuyen_song_ngan_pho_so_sai",
}


# --------------------------------------------------------------------------- the model
def _money(x: float) -> float:
    return x / 1e6


def model(key: str) -> dict:
    """Every number of the plan's tables, true values (planted defects not applied)."""
    p = PLANS[key]
    m: dict = {"key": key}
    fixed = sum(v for _, v, f in p["inv"] if f)
    m["inv_total"] = sum(v for _, v, _ in p["inv"])
    m["src_total"] = sum(v for _, v in p["src"])
    m["dep"] = fixed / p["life"]
    m["interest"] = [b * p["rate"] for b in p["loan"]]
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in range(3)]
    m["wages"] = [sum(r[1][y] * r[2] for r in p["roles"]) * 12 for y in range(3)]
    if p["kind"] == "service":
        _service(p, m)
    else:
        _goods(p, m)
    rev = m["rev_total"]
    cost = m["cost_lines"]
    # shares on revenue, then the fixed lines
    for y in range(3):
        cost[y]["sell"] = rev[y] * p["sell"]
        cost[y]["tax"] = rev[y] * p["tax"]
        cost[y]["wages"] = m["wages"][y]
        cost[y]["dep"] = m["dep"]
        cost[y]["interest"] = m["interest"][y]
        cost[y]["other"] = p["other"]
    m["cost_total"] = [sum(c.values()) for c in cost]
    m["profit"] = [rev[y] - m["cost_total"][y] for y in range(3)]
    m["margin"] = [m["profit"][y] / rev[y] * 100 for y in range(3)]
    m["payback"] = m["inv_total"] / (sum(m["profit"]) / 3 + m["dep"])
    return m


def _service(p: dict, m: dict) -> None:
    cap_day = sum(c * g for _, c, g, *_ in p["units"])
    m["cap_day"] = cap_day
    m["cap_year"] = cap_day * 365 if p["main"] == "lodging" else cap_day * sum(s[1] for s in p["seasons"])
    m["season_cap"] = [cap_day * s[1] for s in p["seasons"]]
    if p.get("explicit"):
        m["season_qty"] = [list(s[2]) for s in p["seasons"]]
    else:
        m["season_qty"] = [[round(cap_day * s[1] * s[2][y]) for y in range(3)] for s in p["seasons"]]
    main = [sum(s[y] for s in m["season_qty"]) for y in range(3)]
    m["main"] = main
    # billed quantity per unit type: its share of the capacity, in guest-nights or room-nights
    m["billed"] = []
    for label, count, guests, price, per, cost in p["units"]:
        share = count * guests / cap_day
        q = [round(main[y] * share / (1 if per == "khách" else guests)) for y in range(3)]
        m["billed"].append(q)
    svc = p["services"]
    m["svc_qty"] = [s[4] for s in svc]
    if p["main"] == "lodging":
        m["stay_guests"] = [round(main[y] / p["stay"]) for y in range(3)]
    else:
        m["stay_guests"] = list(main)
    m["visitors"] = [m["stay_guests"][y] + sum(s[4][y] * s[6] for s in svc if s[7]) for y in range(3)]
    m["meals"] = [round(main[y] * p["mpn"] + sum(s[4][y] * s[5] for s in svc)) for y in range(3)]
    basis = m["main"] if p.get("inputs_per") == "main" else m["meals"]
    m["need"] = [[basis[y] * i[2] for y in range(3)] for i in p["inputs"]]
    # revenue
    lines = []
    for (label, count, guests, price, per, cost), q in zip(p["units"], m["billed"]):
        lines.append([_money(q[y] * price) for y in range(3)])
    if p["meal"]:
        lines.append([_money(m["meals"][y] * p["meal"][1]) for y in range(3)])
    for s in svc:
        lines.append([_money(s[4][y] * s[2]) for y in range(3)])
    m["rev_lines"] = lines
    m["rev_total"] = [sum(li[y] for li in lines) for y in range(3)]
    lodging_rev = [sum(lines[i][y] for i in range(len(p["units"]))) for y in range(3)]
    cost = []
    for y in range(3):
        c = {}
        c["food"] = _money(sum(m["need"][i][y] * inp[3] for i, inp in enumerate(p["inputs"])))
        c["unit_direct"] = _money(sum(q[y] * u[5] for u, q in zip(p["units"], m["billed"])))
        c["svc_direct"] = _money(sum(s[4][y] * s[3] for s in svc))
        if p["host"]:
            c["host"] = lodging_rev[y] * p["host"]
        c["energy"] = _money(main[y] * p["energy"][0] + m["meals"][y] * p["energy"][1])
        cost.append(c)
    m["cost_lines"] = cost
    m["hist_rev"] = [h[0] * h[3] / 1000 for h in p["hist"]]
    m["hist_profit"] = [m["hist_rev"][i] * p["hist"][i][4] for i in range(3)]
    m["spend"] = [m["rev_total"][y] * 1000 / m["visitors"][y] for y in range(3)]


def _goods(p: dict, m: dict) -> None:
    prods = p["products"]
    m["output"] = [sum(pr[2] * pr[5][y] for pr in prods) for y in range(3)]
    m["need"] = [[m["output"][y] * r[2] for y in range(3)] for r in p["raws"]]
    what, qty, unit, yld = p["own"]
    m["own"] = qty * yld
    bu, conv, rows = p["buy"]
    m["buy_rows"] = [(v, h, q, q * conv) for v, h, q in rows]
    m["buy_units"] = sum(q for _, _, q in rows)
    m["buy"] = sum(q * conv for _, _, q in rows)
    m["supply"] = m["own"] + m["buy"]
    m["cap_year"] = p["cap"][0] * p["cap"][1]
    lines = [[_money(pr[5][y] * pr[3]) for y in range(3)] for pr in prods]
    m["rev_lines"] = lines
    m["rev_total"] = [sum(li[y] for li in lines) for y in range(3)]
    cost = []
    for y in range(3):
        c = {}
        for i, r in enumerate(p["raws"]):
            c[f"raw{i}"] = _money(m["need"][i][y] * r[3])
        c["pack"] = _money(sum(pr[5][y] * pr[4] for pr in prods))
        if p.get("piece"):
            c["piece"] = _money(sum(pr[5][y] * r for pr, r in zip(prods, p["piece"])))
        c["energy"] = _money(m["output"][y] * p["energy"])
        cost.append(c)
    m["cost_lines"] = cost
    m["hist_rev"] = [h[0] * h[1] / 1e6 for h in p["hist"]]
    m["hist_profit"] = [m["hist_rev"][i] * p["hist"][i][2] for i in range(3)]
    m["avg_price"] = [m["rev_total"][y] * 1e6 / m["output"][y] for y in range(3)]


def stated(key: str) -> dict:
    """The numbers as the plan prints them: the true model with the planted defects applied."""
    import copy

    m = copy.deepcopy(model(key))
    d = PLANTED.get(key, {})
    p = PLANS[key]
    if "rev_line" in d:
        li, y, f = d["rev_line"]
        m["rev_lines"][li][y] *= f
        m["rev_total"][y] = sum(x[y] for x in m["rev_lines"])
        m["cost_lines"][y]["sell"] = m["rev_total"][y] * p["sell"]
        m["cost_lines"][y]["tax"] = m["rev_total"][y] * p["tax"]
        if p.get("host") and li < len(p["units"]):
            lodging = sum(m["rev_lines"][i][y] for i in range(len(p["units"])))
            m["cost_lines"][y]["host"] = lodging * p["host"]
        m["cost_total"][y] = sum(m["cost_lines"][y].values())
        m["profit"][y] = m["rev_total"][y] - m["cost_total"][y]
        m["margin"][y] = m["profit"][y] / m["rev_total"][y] * 100
        m["spend"][y] = m["rev_total"][y] * 1000 / m["visitors"][y]
        m["payback"] = m["inv_total"] / (sum(m["profit"]) / 3 + m["dep"])
    if "profit" in d:
        y, f = d["profit"]
        m["profit"][y] *= f
        m["margin"][y] = m["profit"][y] / m["rev_total"][y] * 100
        m["payback"] = m["inv_total"] / (sum(m["profit"]) / 3 + m["dep"])
    if "payback" in d:
        m["payback"] = d["payback"]
    if "buy_total" in d:
        m["buy_stated"] = round(m["buy"] * d["buy_total"] / 10) * 10
        m["buy_units_stated"] = m["buy_stated"] // p["buy"][1]
        m["supply"] = m["own"] + m["buy_stated"]
    return m


# --------------------------------------------------------------------------- reading the plan
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[str, list[list[str]]] = {}
        caption, cur = None, None
        for line in self.body.splitlines():
            s = line.strip()
            if s.startswith("|"):
                if cur is None:
                    cur = []
                    self.tables[caption or f"?{len(self.tables)}"] = cur
                cells = [c.strip() for c in s.strip("|").split("|")]
                if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                    cur.append(cells)
                continue
            cur = None
            if m := re.match(r"Bảng \d+\.\s*(.+)", s):
                caption = m.group(1)
            elif s and not s.startswith("ĐVT"):
                caption = None

    def table(self, title: str) -> list[list[str]]:
        for cap, rows in self.tables.items():
            if cap.startswith(title):
                return rows
        self.failures.append(f"table not found: {title}")
        return []

    def trow(self, title: str, label: str, n: int = 3) -> list[float]:
        """The last n numbers of the row of table `title` whose second (or first) cell starts with label."""
        for r in self.table(title):
            if any(c.startswith(label) for c in r[:2]):
                nums = [plancheck.vn(c) for c in r[1:] if re.fullmatch(r"-?[\d.]+(,\d+)?", c)]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {title} / {label}")
        return [0.0] * n


def near(p: Plan, got: float, want: float, what: str, tol: float = 0.01, absolute: float = 0.11) -> None:
    if not (close(got, want, tol) or abs(got - want) <= absolute):
        p.failures.append(f"{what}: plan {got} vs computed {want:.2f}")


def wrong(p: Plan, got: float, true: float, what: str) -> None:
    """A planted numeric defect: the plan's figure must be off the true one by more than 5 %."""
    if not off(got, true):
        p.failures.append(f"planted {what} not wrong enough: plan {got} vs true {true:.2f}")


def rows3(p: Plan, title: str, label: str, want: list[float], what: str) -> None:
    got = p.trow(title, label)
    for y in range(3):
        near(p, got[y], want[y], f"{what} {YEARS[y]}")


# --------------------------------------------------------------------------- checks
def check_money(p: Plan, key: str) -> None:
    P, t, s = PLANS[key], model(key), stated(key)
    d = PLANTED.get(key, {})
    # investment and sources
    for label, v, _ in P["inv"]:
        near(p, p.trow("Tổng vốn đầu tư", label, 1)[0], v, f"investment {label}")
    near(p, p.trow("Tổng vốn đầu tư", "Tổng cộng", 1)[0], t["inv_total"], "investment total")
    src_total = t["src_total"]
    for label, v in P["src"]:
        got = p.trow("Nguồn vốn", label, 2)
        near(p, got[0], v, f"source {label}")
        near(p, got[1], v / src_total * 100, f"source share {label}")
    near(p, p.trow("Nguồn vốn", "Tổng cộng", 2)[0], src_total, "sources total")
    if d.get("src_short"):
        wrong(p, src_total, t["inv_total"], "sources total vs investment (capital-mismatch)")
    else:
        near(p, src_total, t["inv_total"], "sources = investment")
    # revenue lines and total
    rev = p.table("Dự kiến doanh thu")
    rows = [r for r in rev if r[0].isdigit()]
    if len(rows) != len(s["rev_lines"]):
        p.failures.append(f"revenue table has {len(rows)} lines, model {len(s['rev_lines'])}")
    for i, r in enumerate(rows[:len(s["rev_lines"])]):
        nums = [plancheck.vn(c) for c in r[2:5]]
        for y in range(3):
            if d.get("rev_line") and d["rev_line"][:2] == (i, y):
                near(p, nums[y], s["rev_lines"][i][y], f"stated revenue line {i} {YEARS[y]}")
                wrong(p, nums[y], t["rev_lines"][i][y], f"revenue line {i} {YEARS[y]} (revenue-mismatch)")
            else:
                near(p, nums[y], t["rev_lines"][i][y], f"revenue line {i} {YEARS[y]}")
        # the price in the row label times the quantity
        price = re.search(r"\(([\d.]+) đ/", r[1])
        if not price:
            p.failures.append(f"no price in revenue label {r[1]!r}")
    rows3(p, "Dự kiến doanh thu", "Tổng doanh thu", s["rev_total"], "revenue total")
    if d.get("rev_line"):
        y = d["rev_line"][1]
        wrong(p, s["rev_total"][y], t["rev_total"][y], "revenue total (knock-on)")
        near(p, p.trow("Tổng hợp hiệu quả", "Tổng doanh thu")[y], s["rev_total"][y], "summary follows")
    # cost lines
    labels = cost_labels(key)
    for k, label in labels.items():
        rows3(p, "Dự kiến chi phí", label, [s["cost_lines"][y][k] for y in range(3)], f"cost {k}")
    got_total = p.trow("Dự kiến chi phí", "Tổng chi phí")
    for y in range(3):
        near(p, got_total[y], s["cost_total"][y], f"cost total {YEARS[y]}")
    # summary
    rows3(p, "Tổng hợp hiệu quả", "Tổng doanh thu", s["rev_total"], "summary revenue")
    rows3(p, "Tổng hợp hiệu quả", "Tổng chi phí", s["cost_total"], "summary cost")
    prof = p.trow("Tổng hợp hiệu quả", "Lợi nhuận")
    for y in range(3):
        true_profit = s["rev_total"][y] - s["cost_total"][y]
        if d.get("profit") and d["profit"][0] == y:
            near(p, prof[y], s["profit"][y], f"stated profit {YEARS[y]}")
            wrong(p, prof[y], true_profit, f"profit {YEARS[y]} (profit-mismatch)")
        else:
            near(p, prof[y], true_profit, f"profit {YEARS[y]}")
    rows3(p, "Tổng hợp hiệu quả", "Tỷ suất lợi nhuận", s["margin"], "margin")
    for y in range(3):
        if not 0 < t["margin"][y] < 40:
            p.failures.append(f"true margin {YEARS[y]} {t['margin'][y]:.1f} % out of 0-40")
    # payback as printed
    mm = re.search(r"hoàn vốn (?:khoảng|là|trong khoảng|dự kiến) ([\d,]+) năm", p.body)
    if not mm:
        p.failures.append("no payback sentence")
    else:
        pb = plancheck.vn(mm.group(1))
        near(p, pb, round(s["payback"], 1), "payback as printed", absolute=0.06)
        if "payback" in d:
            wrong(p, pb, t["payback"], "payback (payback-mismatch)")
    # growth of the true revenue
    for y in (1, 2):
        g = t["rev_total"][y] / t["rev_total"][y - 1] - 1
        if d.get("growth") or d.get("over_capacity"):
            continue
        if g > 0.31:
            p.failures.append(f"revenue growth {YEARS[y]} {g:.0%} > 31 %")
    if d.get("growth"):
        g = t["rev_total"][1] / t["rev_total"][0] - 1
        if g < 0.8:
            p.failures.append(f"planted growth only {g:.0%}")


def cost_labels(key: str) -> dict[str, str]:
    P = PLANS[key]
    if P["kind"] == "goods":
        out = {f"raw{i}": r[0] for i, r in enumerate(P["raws"])}
        out.update(pack=P.get("pack_label", "Bao bì"), energy="Điện, nước, nhiên liệu")
        if P.get("piece"):
            out["piece"] = "Tiền công đan, thêu trả theo sản phẩm"
    else:
        out = {"food": "Thực phẩm chế biến suất ăn" if P["meal"] else "Vật liệu trải nghiệm",
               "unit_direct": "Chi phí trực tiếp lưu trú" if P["main"] == "lodging" else "Chi phí trực tiếp buổi trải nghiệm",
               "svc_direct": "Chi phí trực tiếp dịch vụ bổ sung"}
        if P["host"]:
            out["host"] = "Chi trả hộ đón khách"
        out["energy"] = "Điện, nước, gas" if P["meal"] else "Điện, nước"
    out.update(wages="Tiền công lao động", dep="Khấu hao tài sản cố định", interest="Lãi vay",
               sell="Chiết khấu, hoa hồng, quảng bá", tax="Thuế, phí", other=P["other_label"])
    if not P["loan"][0]:
        out.pop("interest")
    return out


def check_service(p: Plan, key: str) -> None:
    P, t = PLANS[key], model(key)
    d = PLANTED.get(key, {})
    main_word = "Đêm khách" if P["main"] == "lodging" else "Lượt khách trải nghiệm"
    # history
    h = P["hist"]
    rows3(p, "Kết quả hoạt động", "Tổng lượt khách", [x[0] for x in h], "history visitors")
    rows3(p, "Kết quả hoạt động", "Chi tiêu bình quân", [x[3] for x in h], "history spend")
    rows3(p, "Kết quả hoạt động", "Doanh thu", t["hist_rev"], "history revenue")
    rows3(p, "Kết quả hoạt động", "Lợi nhuận", t["hist_profit"], "history profit")
    rows3(p, "Kết quả hoạt động", main_word, [x[1] for x in h], "history main")
    if P["meal"]:
        rows3(p, "Kết quả hoạt động", "Suất ăn", [x[2] for x in h], "history meals")
    g = t["main"][0] / h[2][1] - 1
    if not d.get("growth") and g > 0.25:
        p.failures.append(f"2027 {main_word} +{g:.0%} on 2026")
    # capacity table
    for label, count, guests, *_ in P["units"]:
        got = p.trow("Cơ sở vật chất", label, 4)
        near(p, got[0], count, f"units {label}")
        near(p, got[1], guests, f"guests per unit {label}")
        near(p, got[2], count * guests, f"capacity per day {label}")
    days = 365 if P["main"] == "lodging" else sum(s[1] for s in P["seasons"])
    got = p.trow("Cơ sở vật chất", "Tổng sức chứa", 2)
    near(p, got[0], t["cap_day"], "capacity per day")
    near(p, got[1], t["cap_day"] * days, "capacity per year")
    # seasons
    if not P.get("explicit"):
        for (label, dd, occ), cap in zip(P["seasons"], t["season_cap"]):
            got = p.trow("Tỷ lệ lấp đầy", label, 5)
            near(p, got[0], dd, f"season days {label}")
            near(p, got[1], cap, f"season capacity {label}")
            for y in range(3):
                near(p, got[2 + y], occ[y] * 100, f"occupancy {label} {YEARS[y]}")
    else:
        for label, dd, q in P["seasons"]:
            got = p.trow("Số khách dự kiến theo mùa", label, 4)
            near(p, got[0], dd, f"season days {label}")
            for y in range(3):
                near(p, got[1 + y], q[y], f"season qty {label} {YEARS[y]}")
    # production plan
    plan = "Kế hoạch khách và dịch vụ"
    for (label, *_), q in zip(P["seasons"], t["season_qty"]):
        rows3(p, plan, f"{main_word} {label[0].lower()}{label[1:]}", q, f"plan season {label}")
    rows3(p, plan, f"Tổng số {main_word[0].lower()}{main_word[1:]}", t["main"], "plan main total")
    for (label, count, guests, price, per, cost), q in zip(P["units"], t["billed"]):
        if len(P["units"]) > 1 or per == "phòng":
            rows3(p, plan, f"{'Đêm phòng' if per == 'phòng' else 'Đêm khách'} – {label}", q, f"billed {label}")
    if P["main"] == "lodging":
        rows3(p, plan, "Lượt khách lưu trú", t["stay_guests"], "staying guests")
    if P["meal"]:
        rows3(p, plan, "Suất ăn", t["meals"], "meals")
    for s in P["services"]:
        rows3(p, plan, s[0], s[4], f"service {s[0]}")
    rows3(p, plan, "Tổng lượt khách", t["visitors"], "visitors")
    # capacity use
    for y in range(3):
        over = t["main"][y] > t["cap_day"] * days
        seas = any(t["season_qty"][i][y] > t["season_cap"][i] for i in range(len(P["seasons"])))
        if d.get("over_capacity") and y > 0:
            if not (over and seas):
                p.failures.append(f"planted over-capacity missing in {YEARS[y]}")
            wrong(p, t["main"][y], t["cap_day"] * days, f"guest-nights {YEARS[y]} vs capacity (capacity-exceeded)")
        elif over or seas:
            p.failures.append(f"{main_word} over capacity in {YEARS[y]}")
        if P["kitchen"] and t["meals"][y] > P["kitchen"][0] * P["kitchen"][1]:
            p.failures.append(f"meals over kitchen capacity {YEARS[y]}")
        for s, (pd, dd) in zip(P["services"], P["svc_cap"]):
            if s[4][y] > pd * dd:
                p.failures.append(f"{s[0]} over capacity {YEARS[y]}")
    if P["kitchen"]:
        got = p.trow("Cơ sở vật chất", "Bếp", 4)
        near(p, got[2], P["kitchen"][0], "kitchen per day")
        near(p, got[3], P["kitchen"][0] * P["kitchen"][1], "kitchen per year")
    for s, (pd, dd) in zip(P["services"], P["svc_cap"]):
        got = p.trow("Cơ sở vật chất", s[0].split(" (")[0].split(",")[0], 2)
        near(p, got[0], pd, f"service capacity per day {s[0]}")
        near(p, got[1], pd * dd, f"service capacity per year {s[0]}")
    # inputs against supply
    title = "Nhu cầu và nguồn cung"
    for i, inp in enumerate(P["inputs"]):
        got = p.trow(title, inp[0], 4)
        for y in range(3):
            near(p, got[y], t["need"][i][y], f"need {inp[0]} {YEARS[y]}")
        near(p, got[3], inp[4], f"supply {inp[0]}")
        if max(t["need"][i]) > inp[4]:
            p.failures.append(f"{inp[0]}: need {max(t['need'][i]):.0f} > supply {inp[4]}")
    # staff
    for label, n, wage in P["roles"]:
        got = p.trow("Nhân lực", label, 4)
        near(p, got[0], wage, f"wage {label}")
        for y in range(3):
            near(p, got[1 + y], n[y], f"staff {label} {YEARS[y]}")
    rows3(p, "Nhân lực", "Tổng số", t["staff"], "staff total")
    # prices in the product table
    for label, count, guests, price, per, cost in P["units"]:
        near(p, p.trow("Sản phẩm dịch vụ và giá", label, 1)[0], price, f"price {label}")
    if P["meal"]:
        near(p, p.trow("Sản phẩm dịch vụ và giá", P["meal"][0], 1)[0], P["meal"][1], "meal price")
    for s in P["services"]:
        near(p, p.trow("Sản phẩm dịch vụ và giá", s[0], 1)[0], s[2], f"price {s[0]}")
    # average spend per visitor, 2027 near the 2026 history
    if not d:
        sp = t["spend"][0]
        if not 0.85 < sp / h[2][3] < 1.25:
            p.failures.append(f"2027 spend {sp:.0f} far from 2026 {h[2][3]}")


def check_goods(p: Plan, key: str) -> None:
    P, t, s = PLANS[key], model(key), stated(key)
    d = PLANTED.get(key, {})
    h = P["hist"]
    rows3(p, "Kết quả sản xuất", "Sản lượng", [x[0] for x in h], "history output")
    rows3(p, "Kết quả sản xuất", "Giá bán bình quân", [x[1] for x in h], "history price")
    rows3(p, "Kết quả sản xuất", "Doanh thu", t["hist_rev"], "history revenue")
    rows3(p, "Kết quả sản xuất", "Lợi nhuận", t["hist_profit"], "history profit")
    if t["output"][0] / h[2][0] - 1 > 0.2:
        p.failures.append("2027 output more than +20 % on 2026")
    for pr in P["products"]:
        near(p, p.trow("Sản phẩm và giá bán", pr[0], 1)[0], pr[3], f"price {pr[0]}")
        rows3(p, "Kế hoạch sản xuất", pr[0], pr[5], f"packs {pr[0]}")
    rows3(p, "Kế hoạch sản xuất", "Tổng sản lượng", t["output"], "output")
    # purchase by village
    bu, conv, rows = P["buy"]
    for v, hh, q, kg in t["buy_rows"]:
        got = p.trow("Thu mua", v, 3)
        near(p, got[0], hh, f"households {v}")
        near(p, got[1], q, f"{bu} {v}")
        near(p, got[2], kg, f"kg {v}")
    got = p.trow("Thu mua", "Tổng cộng", 3)
    near(p, got[0], sum(r[1] for r in rows), "households total")
    if d.get("buy_total"):
        near(p, got[2], s["buy_stated"], "stated purchase total")
        wrong(p, got[2], t["buy"], "purchase total row (table-total-mismatch)")
        wrong(p, got[1], t["buy_units"], "purchase total in local units")
    else:
        near(p, got[1], t["buy_units"], "purchase total in local units")
        near(p, got[2], t["buy"], "purchase total")
    # balance
    bal = "Cân đối nguyên liệu"
    r0 = P["raws"][0][0]
    rows3(p, bal, f"Nhu cầu {r0[0].lower()}{r0[1:]}", t["need"][0], f"need {r0}")
    rows3(p, bal, "Nguồn tại chỗ", [t["own"]] * 3, "own supply")
    rows3(p, bal, "Thu mua", [s["buy_stated"] if d.get("buy_total") else t["buy"]] * 3, "purchase")
    rows3(p, bal, "Tổng nguồn cung", [s["supply"]] * 3, "supply")
    for y in range(3):
        if d.get("shortfall") and y > 0:
            wrong(p, t["need"][0][y], t["supply"], f"need {YEARS[y]} vs supply (material-shortfall)")
            if t["need"][0][y] <= t["supply"]:
                p.failures.append("planted shortfall missing")
        elif t["need"][0][y] > t["supply"]:
            p.failures.append(f"need {t['need'][0][y]:.0f} > supply {t['supply']} in {YEARS[y]}")
    if d.get("shortfall"):
        if any("Cân đối" in r[1] or "Thừa" in r[1] for r in p.table(bal)):
            p.failures.append("shortfall plan shows a balance row")
    else:
        rows3(p, bal, "Cân đối (thừa)", [s["supply"] - t["need"][0][y] for y in range(3)], "balance")
    # capacity
    got = p.trow("Máy móc, thiết bị", "Công suất", 2)
    near(p, got[0], P["cap"][0], "capacity per day")
    near(p, got[1], t["cap_year"], "capacity per year")
    for y in range(3):
        if t["output"][y] > t["cap_year"]:
            p.failures.append(f"output over capacity {YEARS[y]}")
    for label, n, wage in P["roles"]:
        got = p.trow("Nhân lực", label, 4)
        near(p, got[0], wage, f"wage {label}")
        for y in range(3):
            near(p, got[1 + y], n[y], f"staff {label} {YEARS[y]}")
    rows3(p, "Nhân lực", "Tổng số", t["staff"], "staff total")


def check_ready(p: Plan, P: dict) -> None:
    kind = P["kind"]
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
    p.lacks(REPLACED, "replaced or lapsed instrument, or district level")
    for m in re.finditer(r"đến (\d{2})/(\d{2})/(\d{4})", p.body):
        if int(m.group(3)) < 2030 and not re.search(r"cấp lại|gia hạn", p.body):
            p.failures.append(f"paper valid only to {m.group(0)} and no renewal planned")
    words = ("nhãn hiệu", "môi trường", "truy xuất", "đăng ký")
    if kind == "service":
        words += ("phòng cháy", "an toàn thực phẩm")
        if P["main"] == "lodging":
            words += ("an ninh, trật tự", "TCVN 7800:2017")
    else:
        words += ("an toàn thực phẩm", "tiêu chuẩn cơ sở", "tự công bố", "phiếu kết quả thử nghiệm")
    for word in words:
        if word not in p.body:
            p.failures.append(f"ready plan without {word!r}")


def check_text(p: Plan, key: str) -> None:
    b = p.body
    p.lacks(PLACEHOLDER, "template placeholder")
    if key == "fi05":
        p.lacks(r"an toàn thực phẩm|ATTP|15/2018|vệ sinh thực phẩm|lưu mẫu|kiểm thực|"
                r"Luật An toàn", "food-safety paper in fi05")
        p.check(b.count("Hợp tác xã Du lịch cộng đồng Cẩm Nhượng") >= 4, "fi05 own name")
        p.check(b.count("Hợp tác xã Dịch vụ du lịch Thạch Hải") == 2, "fi05 foreign name twice")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if key == "fi06":
        p.lacks(r"môi trường|nước thải|chất thải|\brác\b|tự hoại|xử lý|thu gom|vệ sinh môi|ô nhiễm",
                "environment measure in fi06")
        p.has("đủ vốn", "148/QĐ-TTg", "1489/QĐ-TTg")
    if key == "fi07":
        p.lacks(r"(?<!thương )nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|thẻ treo", "label in fi07")
        p.lacks(r"truy xuất|kiểm soát chất lượng|kiểm tra chất lượng|QR|mã lô|số lô|nhật ký|"
                r"kiểm tra sản phẩm|kiểm hàng|lưu mẫu", "quality control in fi07")
        p.has("nhãn hiệu", "tiêu chuẩn cơ sở", "thử nghiệm", "môi trường", "148/QĐ-TTg")
    if key == "fi08":
        p.has("1048/QĐ-TTg", "UBND huyện", "Luật Du lịch năm 2005")
        p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "current OCOP instrument in fi08")
        p.has("vườn cam 4,2 ha", "2,4 ha cam")
        p.has("giữ nguyên 6 phòng")
    if key == "fi09":
        p.lacks(r"tiêu chuẩn cơ sở|TCCS|tự công bố|công bố|kiểm nghiệm|chỉ tiêu|QCVN|TCVN|hợp quy|"
                r"thử nghiệm", "product standard in fi09")
        p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "truy xuất", "đủ nguyên liệu")
    if key == "fi10":
        p.lacks(r"đăng ký hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|đăng ký kinh doanh|"
                r"hợp tác xã|tổ hợp tác", "registration in fi10")
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ", "trademark in fi10")
        p.has("chưa đăng ký", "giữ nguyên", "148/QĐ-TTg", "1489/QĐ-TTg")


def check_sketchy(p: Plan) -> None:
    words = len(re.findall(r"\w+", p.body))
    p.check(150 <= words <= 320, f"sketchy plan has {words} words")
    p.check(not p.rows, "sketchy plan has a table")
    prose = "\n".join(ln for ln in p.body.splitlines() if not ln.startswith("#"))
    prose = re.sub(r"\b0\d{3} \d{3} \d{3}\b", "", prose)  # the phone number is no figure
    nums = re.findall(r"\d[\d.,]*", prose)
    p.check(3 <= len(nums) <= 12, f"sketchy plan has {len(nums)} figures")
    p.lacks(r"an toàn thực phẩm|ATTP|nhãn hiệu|tiêu chuẩn cơ sở|môi trường|mã số thuế", "paper in a sketchy plan")


def main() -> int:
    plans = []
    only = sys.argv[1:]
    for key, stem in STEMS.items():
        if only and key not in only:
            continue
        p = Plan(stem)
        if key in PLANS:
            if PLANS[key]["kind"] == "service":
                check_service(p, key)
            else:
                check_goods(p, key)
            check_money(p, key)
            check_text(p, key)
            if key in READY:
                check_ready(p, PLANS[key])
            n = len(p.tables)
            p.check(12 <= n <= 15, f"{n} tables")
        else:
            check_sketchy(p)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
