"""The 178th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout178/arithmetic.py

Theme: every full plan opens with a one-page summary ("Tóm tắt phương án", "Thông tin chung về
phương án", ...) that repeats the key figures (output, revenue, profit, investment and its sources,
workforce, workshop and raw-material area); the body states them again in its own tables and prose.
In the ready plans the two agree exactly; in fw05 the summary carries last year's workforce, in fw06
it names another producer, and in fw07, fw08, fw09 it repeats a body figure that is itself wrong.

For every full plan (fw01-fw10) the constants give the products (pack size in the plan's base unit,
price, pack cost, packs per year, piece-rate labour per pack where the work is paid by the piece),
the 2024-2026 history, the main raw material (norm per base unit, price) and the secondary ones,
the own supply (area x yield) and the contracted purchases, the capacity, staff by role and wage,
energy per base unit, investment items and capital sources, asset life, loan balances and rate,
selling / tax shares of revenue and a fixed line, and the areas the summary repeats. From them this
script recomputes: output = sum of packs x size, every revenue line (packs x price), the revenue
total, the history revenue (output x average price), the raw-material need against own + bought
supply, output against capacity, staff by role, investment items and sources, depreciation,
interest, every cost line (each rounded to 0,1 triệu as the plans print them), the cost total,
profit = revenue - cost, margin, payback = investment / (average profit + depreciation), growth, and
the summary page against the body. Each figure is read back from the plan's source (tables found by
their caption "Bảng N.") and compared: planted numeric defects must be wrong by more than 5 % (the
true value is computed beside them), every other number right within 1 %. Textual defects are
asserted through the absence or presence of their words. Sketchy plans: 150-320 words, no table.
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
            r"Phòng .{0,30} huyện|\bhuyện\b")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year, piece đ/pack)
# hist: (output, average price đ per base unit) for 2024, 2025, 2026; hist_staff: workers 2024-2026
# raw: (label, unit, norm per base unit, price đ); raws2: secondary materials, same shape
# own: (what, quantity, unit, yield of the main raw per unit and year) or None
# buy: (supplier, households, quantity a year in the raw's unit)
# cap: (per day, working days); per day may be a list by year (workers x pieces a day)
# roles: (label, workers by year, salaried?) ; wage: triệu đồng / person / month
# inv: (label, triệu, fixed asset?) ; src: (label, triệu) ; loan: balance by year, rate
# area: workshop m² and raw-material area (ha) the summary repeats
PLANS: dict[str, dict] = {
    "fw01": dict(
        unit="kg",
        products=[("Khoai deo nguyên củ, túi 500 g", "túi", 0.5, 85000, 3500, [9000, 10000, 11000], 0),
                  ("Khoai deo cắt thanh, hộp 300 g", "hộp", 0.3, 68000, 6000, [6000, 7000, 8000], 0),
                  ("Khoai deo hộp quà 1 kg", "hộp", 1.0, 195000, 15000, [1200, 1400, 1600], 0)],
        hist=[(5600, 170000), (6200, 175000), (6800, 180000)], hist_staff=[6, 7, 7],
        raw=("Khoai lang tươi (giống khoai mật)", "kg", 3.5, 7000), raws2=[],
        own=("ruộng khoai lang của thành viên", 2.0, "ha", 15000),
        buy=[("Thôn Hưng Lộc", 9, 3500), ("Thôn Yên Thịnh", 7, 2500), ("Thôn Bắc Hà", 6, 2000)],
        cap=(50, 220),
        roles=[("Ban quản trị, kế toán", [2, 2, 2], True), ("Sơ chế, hấp, sấy", [4, 4, 5], True),
               ("Đóng gói, kho", [1, 1, 1], True), ("Bán hàng", [1, 1, 1], True)],
        wage=5.5, energy=12000,
        inv=[("Cải tạo nhà xưởng, làm phòng đóng gói kín", 250, True), ("Máy sấy bơm nhiệt 300 kg/mẻ", 180, True),
             ("Lò hấp inox 2 tầng", 90, True), ("Máy hút chân không, máy hàn miệng túi", 60, True),
             ("Thiết kế bao bì, tem truy xuất, kiểm nghiệm", 40, False), ("Vốn lưu động", 180, False)],
        src=[("Vốn góp của thành viên", 350), ("Quỹ đầu tư phát triển của hợp tác xã", 150),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.08, sell=0.06, tax=0.015, other=50,
        area=dict(workshop=240, raw_ha=2.0)),
    "fw02": dict(
        unit="kg",
        products=[("Chè búp khô đặc biệt, túi 200 g", "túi", 0.2, 85000, 4000, [8000, 9000, 10000], 0),
                  ("Chè búp khô loại 1, túi 500 g", "túi", 0.5, 130000, 5000, [5000, 5500, 6000], 0),
                  ("Chè búp hộp quà 2 × 250 g", "hộp", 0.5, 250000, 30000, [1000, 1200, 1400], 0)],
        hist=[(3800, 320000), (4100, 325000), (4300, 330000)], hist_staff=[7, 7, 8],
        raw=("Búp chè tươi (1 tôm 2 lá)", "kg", 4.5, 10000), raws2=[],
        own=("đồi chè của công ty", 4.0, "ha", 5000),
        buy=[("Tổ hợp tác chè thôn Kim Thọ", 14, 4000), ("Các hộ thôn Tân Hòa", 11, 3000),
             ("Các hộ thôn Khe Dầu", 8, 2000)],
        cap=(25, 260),
        roles=[("Giám đốc, kế toán", [2, 2, 2], True), ("Chế biến (héo, vò, sao)", [3, 3, 4], True),
               ("Phân loại, đóng gói", [2, 2, 2], True), ("Bán hàng, giao hàng", [1, 1, 1], True)],
        wage=6.0, energy=15000,
        inv=[("Nâng cấp nhà xưởng chế biến và kho", 320, True), ("Máy vò chè và tôn sao quay", 160, True),
             ("Máy sấy chè băng tải", 140, True), ("Máy phân loại, máy hàn túi", 80, True),
             ("Bao bì, mã vạch, tem truy xuất", 50, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng thương mại", 400)],
        life=10, loan=[400, 300, 200], rate=0.085, sell=0.08, tax=0.015, other=60,
        area=dict(workshop=120, raw_ha=4.0)),
    "fw03": dict(
        unit="kg",
        products=[("Cao chè vằng, hộp 100 g (4 bánh × 25 g)", "hộp", 0.1, 80000, 8000, [6000, 6600, 7200], 0),
                  ("Cao chè vằng, hộp 250 g", "hộp", 0.25, 190000, 12000, [2400, 2700, 3000], 0),
                  ("Cao chè vằng, gói 500 g", "gói", 0.5, 360000, 18000, [600, 700, 800], 0)],
        hist=[(1150, 720000), (1280, 740000), (1400, 760000)], hist_staff=[4, 5, 5],
        raw=("Cành lá chè vằng tươi", "kg", 12, 6000), raws2=[],
        own=("vườn chè vằng của hộ", 2.5, "ha", 5000),
        buy=[("Thôn Tân Phú", 12, 5000), ("Thôn Đông Tiến", 10, 4500), ("Thôn Hòa Hợp", 8, 3500)],
        cap=(9, 240),
        roles=[("Chủ hộ, quản lý", [1, 1, 1], True), ("Sơ chế, nấu cao", [3, 3, 4], True),
               ("Đóng hộp, bán hàng", [1, 1, 1], True)],
        wage=5.5, energy=80000,
        inv=[("Cải tạo nhà nấu cao và phòng đóng gói 60 m²", 150, True), ("Hai nồi nấu cao inox 300 lít", 120, True),
             ("Máy cô đặc chân không", 130, True), ("Tủ sấy, khuôn ép bánh cao", 50, True),
             ("Bao bì, tem, kiểm nghiệm", 30, False), ("Vốn lưu động", 120, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=10, loan=[200, 150, 100], rate=0.066, sell=0.06, tax=0.015, other=40,
        area=dict(workshop=60, raw_ha=2.5)),
    "fw04": dict(
        unit="chiếc",
        products=[("Nón lá trắng truyền thống", "chiếc", 1, 60000, 1000, [9000, 9500, 10000], 18000),
                  ("Nón bài thơ lồng tranh", "chiếc", 1, 110000, 3000, [4000, 4600, 5200], 30000),
                  ("Nón lá vẽ tay, hộp quà", "chiếc", 1, 220000, 12000, [1500, 1800, 2100], 50000)],
        hist=[(12200, 80000), (13000, 83000), (13800, 86000)], hist_staff=[33, 35, 36],
        raw=("Lá nón khô đã phơi, ủi", "kg", 0.15, 60000),
        raws2=[("Vành tre, nan, chỉ cước", "bộ", 1, 6000)],
        own=("đồi lá nón của thành viên", 8.0, "ha", 250),
        buy=[("Tổ thu hái lá thôn Đồng Bàu", 12, 400), ("Các hộ thôn Khe Luồng", 9, 350),
             ("Các hộ thôn Rú Cháy", 7, 250)],
        cap=([64, 68, 72], 260),
        roles=[("Thợ chằm nón (thành viên, khoán theo sản phẩm)", [32, 34, 36], False),
               ("Thợ vẽ, lồng tranh, hoàn thiện", [2, 2, 3], True),
               ("Ban quản trị, kế toán, bán hàng", [3, 3, 3], True)],
        wage=5.0, energy=1000,
        inv=[("Nhà trưng bày và phòng hoàn thiện 80 m²", 220, True), ("Lò sấy lá, máy ủi lá", 90, True),
             ("Khuôn nón inox, bàn vẽ, dụng cụ", 40, True), ("Thiết kế hộp quà, thẻ treo, tem", 30, False),
             ("Vốn lưu động (mua lá theo mùa)", 170, False)],
        src=[("Vốn góp của thành viên", 300), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=10, loan=[250, 180, 100], rate=0.066, sell=0.06, tax=0.01, other=30,
        area=dict(workshop=80, raw_ha=8.0)),
    "fw05": dict(
        unit="kg",
        products=[("Bò khô xé sợi, túi 200 g", "túi", 0.2, 190000, 5000, [12000, 13000, 14000], 0),
                  ("Bò khô miếng, hộp 500 g", "hộp", 0.5, 450000, 12000, [3000, 3400, 3800], 0),
                  ("Bò khô hộp quà 1 kg", "hộp", 1.0, 920000, 30000, [600, 700, 800], 0)],
        hist=[(3600, 860000), (3900, 880000), (4200, 900000)], hist_staff=[7, 8, 9],
        raw=("Thịt bò tươi (bắp, thăn)", "kg", 2.2, 220000),
        raws2=[("Gia vị (sả, ớt, tiêu, mắc khén)", "kg", 0.15, 80000)],
        own=None,
        buy=[("Cơ sở giết mổ tập trung Sơn Giang", 1, 6000), ("Tổ hợp tác nuôi bò thôn Tân Thủy", 18, 4000),
             ("Hộ kinh doanh thịt bò Quang Hạnh", 1, 3000)],
        cap=(25, 270),
        roles=[("Giám đốc, kế toán", [2, 2, 2], True), ("Sơ chế, tẩm ướp", [4, 4, 4], True),
               ("Sấy, xé, đóng gói", [4, 4, 5], True), ("Bán hàng, giao hàng", [2, 2, 2], True)],
        wage=6.5, energy=20000,
        inv=[("Dây chuyền sấy bơm nhiệt 2 buồng", 360, True), ("Máy xé sợi, máy thái thịt", 120, True),
             ("Kho lạnh 20 m³", 180, True), ("Cải tạo khu đóng gói một chiều", 140, True),
             ("Vốn lưu động", 400, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng thương mại", 500)],
        life=10, loan=[500, 350, 200], rate=0.09, sell=0.06, tax=0.015, other=80,
        area=dict(workshop=220, raw_ha=0)),
    "fw06": dict(
        unit="lít",
        products=[("Rượu nếp cái 29 độ, chai 500 ml", "chai", 0.5, 95000, 7000, [8000, 9000, 10000], 0),
                  ("Rượu nếp cái 35 độ, chai 750 ml", "chai", 0.75, 160000, 12000, [3000, 3400, 3800], 0),
                  ("Rượu nếp cái hạ thổ, bình gốm 2 lít", "bình", 2.0, 520000, 60000, [300, 350, 400], 0)],
        hist=[(5600, 190000), (6000, 195000), (6400, 200000)], hist_staff=[3, 4, 4],
        raw=("Gạo nếp cái hoa vàng", "kg", 1.0, 28000),
        raws2=[("Men lá tự làm (lá, thảo mộc)", "kg", 0.02, 200000)],
        own=("ruộng nếp cái của hộ", 1.2, "ha", 4000),
        buy=[("Các hộ thôn Đông Phúc", 11, 2500), ("Các hộ thôn Trung Đồng", 9, 2500)],
        cap=(35, 300),
        roles=[("Chủ hộ, quản lý", [1, 1, 1], True), ("Nấu, chưng cất, hạ thổ", [2, 2, 3], True),
               ("Lọc, đóng chai, bán hàng", [1, 2, 2], True)],
        wage=5.5, energy=8000,
        inv=[("Hai nồi chưng cất inox 200 lít", 120, True), ("Máy lọc, bồn chứa inox 1.000 lít", 80, True),
             ("Hầm hạ thổ và kho chum 30 m²", 100, True), ("Bao bì, chai, tem", 50, False),
             ("Vốn lưu động", 150, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=10, loan=[200, 150, 100], rate=0.066, sell=0.05, tax=0.28, other=30,
        area=dict(workshop=90, raw_ha=1.2)),
    "fw07": dict(
        unit="kg",
        products=[("Bột sắn dây nguyên chất, túi 500 g", "túi", 0.5, 100000, 3000, [6000, 7000, 8000], 0),
                  ("Bột sắn dây, hũ 1 kg", "hũ", 1.0, 190000, 8000, [1500, 1800, 2100], 0),
                  ("Bột sắn dây, hộp giấy 300 g", "hộp", 0.3, 68000, 4000, [3000, 3500, 4000], 0)],
        hist=[(4200, 175000), (4600, 182000), (5000, 190000)], hist_staff=[6, 7, 7],
        raw=("Củ sắn dây tươi", "kg", 7, 5000), raws2=[],
        own=("ruộng sắn dây của thành viên", 2.0, "ha", 20000),
        buy=[("Thôn Hà Lộc", 10, 6000), ("Thôn Phú Linh", 8, 5000), ("Thôn Khe Cò", 6, 4000)],
        cap=(40, 150),
        roles=[("Ban quản trị, kế toán", [2, 2, 2], True), ("Rửa, mài, lọc, lắng", [3, 3, 3], True),
               ("Phơi sấy, đóng gói", [2, 2, 2], True), ("Bán hàng", [1, 1, 1], True)],
        wage=5.0, energy=15000,
        inv=[("Nhà kho và phòng đóng gói 70 m²", 260, True), ("Sân phơi lưới inox có mái che", 120, True),
             ("Máy hàn miệng túi, cân điện tử", 40, True), ("Thiết kế bao bì, đăng ký nhãn hiệu", 60, False),
             ("Vốn lưu động (thu mua củ theo mùa)", 520, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 220, 140], rate=0.08, sell=0.06, tax=0.015, other=50,
        area=dict(workshop=150, raw_ha=2.0)),
    "fw08": dict(
        unit="kg",
        products=[("Trà giảo cổ lam túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, 75000, 9000, [15000, 17000, 19000], 0),
                  ("Giảo cổ lam khô, túi 250 g", "túi", 0.25, 90000, 4000, [4000, 4400, 4800], 0),
                  ("Giảo cổ lam khô, túi 500 g", "túi", 0.5, 170000, 5000, [2000, 2200, 2400], 0)],
        hist=[(2300, 560000), (2500, 580000), (2700, 600000)], hist_staff=[8, 9, 9],
        raw=("Giảo cổ lam tươi", "kg", 5, 12000), raws2=[],
        own=("vườn giảo cổ lam của công ty", 3.0, "ha", 4000),
        buy=[("Tổ hợp tác dược liệu thôn Hòa Bình", 12, 4000), ("Các hộ thôn Minh Tiến", 10, 4000)],
        cap=(14, 260),
        roles=[("Giám đốc, kế toán", [2, 2, 2], True), ("Trồng, chăm sóc, thu hái", [3, 3, 3], True),
               ("Sơ chế, sấy, đóng túi lọc", [3, 3, 4], True), ("Bán hàng", [1, 1, 1], True)],
        wage=6.0, energy=25000,
        inv=[("Nhà sơ chế, sấy và đóng gói 150 m²", 450, True), ("Máy sấy bơm nhiệt 500 kg/mẻ", 260, True),
             ("Máy nghiền, máy đóng túi lọc tự động", 340, True), ("Hệ thống tưới, lưới che vườn", 150, True),
             ("Bao bì, mã QR, quảng bá", 60, False), ("Vốn lưu động", 340, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng thương mại", 700)],
        life=10, loan=[700, 550, 400], rate=0.09, sell=0.07, tax=0.015, other=80,
        area=dict(workshop=150, raw_ha=3.0)),
    "fw09": dict(
        unit="chiếc",
        products=[("Chiếu cói trơn 1,6 m × 2 m", "chiếc", 1, 150000, 5000, [2000, 2200, 2400], 55000),
                  ("Chiếu cói trơn 1,8 m × 2 m", "chiếc", 1, 180000, 5000, [2500, 2700, 2900], 60000),
                  ("Chiếu cói in hoa 1,8 m × 2 m", "chiếc", 1, 250000, 8000, [1000, 1200, 1400], 75000)],
        hist=[(4800, 165000), (5100, 170000), (5300, 175000)], hist_staff=[16, 17, 17],
        raw=("Cói khô đã chẻ", "kg", 2.2, 15000),
        raws2=[("Sợi đay, chỉ go, phẩm nhuộm", "bộ", 1, 8000)],
        own=("ruộng cói của các hộ", 1.8, "ha", 7000),
        buy=[("Các hộ thôn Nam Lạc", 8, 2000), ("Các hộ thôn Hải Thịnh", 6, 2000)],
        cap=(28, 300),
        roles=[("Nhóm trưởng, ghi chép", [1, 1, 1], True), ("Thợ dệt (khoán theo chiếc)", [14, 14, 15], False),
               ("Phơi, in hoa, hoàn thiện", [2, 2, 2], True)],
        wage=4.5, energy=3000,
        inv=[("Sáu khung dệt bán cơ giới mới", 150, True), ("Nhà xưởng chung 100 m² và sân phơi", 160, True),
             ("Máy in hoa lên chiếu", 40, True), ("Vốn lưu động (cói, sợi)", 100, False)],
        src=[("Vốn góp của các hộ", 250), ("Vay quỹ tín dụng Hội Nông dân", 200)],
        life=8, loan=[200, 130, 60], rate=0.07, sell=0.05, tax=0.0, other=25,
        area=dict(workshop=100, raw_ha=1.8)),
    "fw10": dict(
        unit="lít",
        products=[("Nước cam ép nguyên chất, chai 330 ml", "chai", 0.33, 30000, 3500, [60000, 140000, 160000], 0),
                  ("Nước cam ép nguyên chất, chai 1 lít", "chai", 1.0, 80000, 8000, [8000, 18000, 20000], 0),
                  ("Nước cam mật ong, chai 330 ml", "chai", 0.33, 35000, 3800, [20000, 45000, 50000], 0)],
        hist=[(18000, 80000), (24000, 84000), (30000, 88000)], hist_staff=[9, 10, 10],
        raw=("Cam quả (cam chanh, cam bù loại 2)", "kg", 2.2, 12000),
        raws2=[("Mật ong, phụ liệu", "kg", 0.02, 150000)],
        own=("vườn cam của công ty", 3.0, "ha", 15000),
        buy=[("Hợp tác xã cam Đức Liên", 16, 9000), ("Tổ hợp tác cam thôn Bồng Lai", 12, 8000),
             ("Các hộ thôn Yên Hòa", 9, 6000)],
        cap=(400, 250),
        roles=[("Giám đốc, kế toán", [2, 2, 2], True), ("Ép, thanh trùng, chiết rót", [4, 4, 4], True),
               ("Kho, đóng thùng", [2, 2, 2], True), ("Bán hàng, giao hàng", [2, 2, 2], True)],
        wage=6.0, energy=5000,
        inv=[("Dây chuyền ép, lọc, thanh trùng 400 lít/ngày", 900, True), ("Máy chiết rót, đóng nắp", 300, True),
             ("Kho lạnh 30 m³", 200, True), ("Cải tạo xưởng 180 m²", 200, True),
             ("Vốn lưu động", 400, False)],
        src=[("Vốn chủ sở hữu", 1200), ("Vay Ngân hàng thương mại", 800)],
        life=10, loan=[800, 600, 400], rate=0.09, sell=0.08, tax=0.015, other=80,
        area=dict(workshop=180, raw_ha=3.0)),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED: dict[str, dict] = {
    "fw05": {"summary_staff": True, "profit": (1, 1.30)},  # summary: 2026 workforce; 2028 profit × 1,30
    "fw06": {"rev_line": (1, 2, 1.15)},                     # 2029 revenue of the 750 ml bottle × 1,15
    "fw07": {},                                             # sources 900 vs investment 1.100; output > capacity
    "fw08": {"payback": 1.8},                               # payback stated 1,8 years
    "fw09": {"cost_total": (1, 0.88)},                      # 2028 cost total written 12 % low
    "fw10": {},                                             # supply 68.000 kg vs need; output ×2,3 in 2028
}
READY = ("fw01", "fw02", "fw03", "fw04")


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(k: str, printed: bool = True) -> dict:
    """Every figure of plan k; printed=True applies the planted defects as the plan prints them."""
    P = PLANS[k]
    pl = PLANTED.get(k, {}) if printed else {}
    prods = P["products"]
    m: dict = {"k": k}
    m["packs"] = [p[5] for p in prods]
    m["out"] = [r1(sum(p[2] * p[5][y] for p in prods)) for y in Y]
    lines = [[r1(p[3] * p[5][y] / 1e6) for y in Y] for p in prods]
    m["rev_lines_true"] = [list(x) for x in lines]
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        lines[i][y] = r1(lines[i][y] * f)
    m["rev_lines"] = lines
    m["rev_true"] = [r1(sum(x[y] for x in m["rev_lines_true"])) for y in Y]
    m["rev"] = [r1(sum(x[y] for x in lines)) for y in Y]
    # history
    m["hist_out"] = [h[0] for h in P["hist"]]
    m["hist_price"] = [h[1] for h in P["hist"]]
    m["hist_rev"] = [r1(h[0] * h[1] / 1e6) for h in P["hist"]]
    # raw material
    lab, unit, norm, price = P["raw"]
    m["need"] = [r1(m["out"][y] * norm) for y in Y]
    m["own"] = r1(P["own"][1] * P["own"][3]) if P["own"] else 0
    m["buy"] = sum(b[2] for b in P["buy"])
    m["buy_households"] = sum(b[1] for b in P["buy"])
    m["supply"] = r1(m["own"] + m["buy"])
    m["balance"] = [r1(m["supply"] - m["need"][y]) for y in Y]
    # capacity
    per, days = P["cap"]
    per = per if isinstance(per, list) else [per] * 3
    m["cap"] = [per[y] * days for y in Y]
    m["cap_per"] = per
    # staff
    m["staff"] = [sum(r[1][y] for r in P["roles"]) for y in Y]
    m["salaried"] = [sum(r[1][y] for r in P["roles"] if r[2]) for y in Y]
    # investment
    m["inv"] = sum(i[1] for i in P["inv"])
    m["fixed"] = sum(i[1] for i in P["inv"] if i[2])
    m["src"] = sum(s[1] for s in P["src"])
    m["dep"] = r1(m["fixed"] / P["life"])
    # costs (each line rounded to 0,1 triệu)
    cost = []
    cost.append(("raw", [r1(m["need"][y] * price / 1e6) for y in Y]))
    for j, (l2, u2, n2, p2) in enumerate(P["raws2"]):
        cost.append((f"raw2_{j}", [r1(m["out"][y] * n2 * p2 / 1e6) for y in Y]))
    cost.append(("pack", [r1(sum(p[4] * p[5][y] for p in prods) / 1e6) for y in Y]))
    if any(p[6] for p in prods):
        cost.append(("piece", [r1(sum(p[6] * p[5][y] for p in prods) / 1e6) for y in Y]))
    cost.append(("wage", [r1(m["salaried"][y] * P["wage"] * 12) for y in Y]))
    cost.append(("energy", [r1(m["out"][y] * P["energy"] / 1e6) for y in Y]))
    cost.append(("dep", [m["dep"]] * 3))
    cost.append(("interest", [r1(P["loan"][y] * P["rate"]) for y in Y]))
    cost.append(("sell", [r1(m["rev"][y] * P["sell"]) for y in Y]))
    if P["tax"]:
        cost.append(("tax", [r1(m["rev"][y] * P["tax"]) for y in Y]))
    cost.append(("other", [float(P["other"])] * 3))
    m["cost"] = dict(cost)
    m["cost_order"] = [c[0] for c in cost]
    m["cost_sum"] = [r1(sum(c[1][y] for c in cost)) for y in Y]
    m["cost_total"] = list(m["cost_sum"])
    if "cost_total" in pl:
        y, f = pl["cost_total"]
        m["cost_total"][y] = r1(m["cost_sum"][y] * f)
    m["profit"] = [r1(m["rev"][y] - m["cost_total"][y]) for y in Y]
    if "profit" in pl:
        y, f = pl["profit"]
        m["profit"][y] = r1(m["profit"][y] * f)
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in Y]
    m["avg_profit"] = r1(sum(m["profit"]) / 3)
    m["payback"] = r1(m["inv"] / (m["avg_profit"] + m["dep"]))
    if "payback" in pl:
        m["payback"] = pl["payback"]
    m["summary_staff"] = P["hist_staff"][2] if pl.get("summary_staff") else m["staff"][0]
    return m


# --------------------------------------------------------------------------- reading the plans
STEMS = {
    "fw01": "fw01_khoai_deo_cam_hung_htx",
    "fw02": "fw02_che_xanh_thuong_kim_cty",
    "fw03": "fw03_cao_che_vang_ky_thuong_hkd",
    "fw04": "fw04_non_la_truong_son_htx",
    "fw05": "fw05_bo_kho_ngan_pho_cty",
    "fw06": "fw06_ruou_nep_cai_phuc_dong_hkd",
    "fw07": "fw07_bot_san_day_ha_linh_htx",
    "fw08": "fw08_tra_giao_co_lam_huong_minh_cty",
    "fw09": "fw09_chieu_coi_bac_lac_nhom_ho",
    "fw10": "fw10_nuoc_cam_ep_duc_bong_cty",
    "fw11": "fw11_tuong_nep_yen_ho_so_sai",
    "fw12": "fw12_mat_ong_hoa_tien_so_sai",
}
SKETCHY = ("fw11", "fw12")

# table roles, found by their caption "Bảng N. ..." (each must match exactly one table)
ROLES = {
    "summary": r"chỉ tiêu (chính|chủ yếu)",
    "history": r"2024",
    "products": r"giá bán",
    "supply": r"^Nguồn (?!vốn)",
    "balance": r"^(Cân đối|Nhu cầu và nguồn cung)",
    "equipment": r"thiết bị|cơ sở vật chất",
    "staff": r"lao động|nhân (lực|sự)",
    "plan": r"sản lượng",
    "invest": r"vốn đầu tư",
    "sources": r"nguồn vốn",
    "revenue": r"^(dự kiến )?doanh thu",
    "cost": r"chi phí",
    "eff": r"(hiệu quả|kết quả kinh doanh|^lợi nhuận)(?!.*2024)",
    "papers": r"hồ sơ|giấy tờ",
    "schedule": r"tiến độ",
}

_NUM = re.compile(r"^-?[\d.]+(,\d+)?$")


def n(x: float, d: int | None = None) -> str:
    """A number as the plans print it: dotted thousands, decimal comma."""
    if d is None:
        d = 0 if abs(x - round(x)) < 1e-6 else 1
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: list[tuple[str, list[list[str]]]] = []
        cap, rows = None, None
        for line in self.body.splitlines():
            s = line.strip()
            if mm := re.match(r"^Bảng \d+\. (.+)$", s):
                cap, rows = mm.group(1), []
                self.tables.append((cap, rows))
            elif s.startswith("|") and rows is not None:
                cells = [c.strip() for c in s.strip("|").split("|")]
                if not all(set(c) <= set("-") for c in cells):
                    rows.append(cells)
            elif s and not s.startswith("ĐVT") and rows is not None and rows:
                rows = None
        heads = [i for i, line in enumerate(self.body.splitlines()) if line.startswith("#")]
        lines = self.body.splitlines()
        self.sections = ["\n".join(lines[a:b]) for a, b in zip(heads, heads[1:] + [len(lines)])]

    def table(self, role: str) -> list[list[str]]:
        found = [rows for cap, rows in self.tables if re.search(ROLES[role], cap, re.I)]
        if len(found) != 1:
            self.failures.append(f"{role}: {len(found)} tables match")
            return []
        return found[0][1:]  # without the header row

    @staticmethod
    def nums(row: list[str]) -> list[float]:
        return [vn(c) for c in row[2:] if _NUM.match(c)]

    def trow(self, rows: list[list[str]], label: str, k: int = 3) -> list[float]:
        for r in rows:
            if len(r) > 1 and r[1].startswith(label):
                xs = self.nums(r)
                if len(xs) >= k:
                    return xs[-k:]
        self.failures.append(f"row not found: {label}")
        return [0.0] * k

    def eq(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got} vs computed {want}")

    def eqs(self, got: list[float], want: list[float], what: str) -> None:
        for y, (g, w) in enumerate(zip(got, want)):
            self.eq(g, w, f"{what} {YEARS[y] if len(got) == 3 else y}")

    def wrong(self, got: float, true: float, what: str) -> None:
        if not off(got, true, 5.0):
            self.failures.append(f"planted {what}: plan {got} should be >5 % off the true {true}")


def check_full(k: str) -> Plan:
    P, m, t = PLANS[k], model(k), model(k, printed=False)
    p = Plan(STEMS[k])
    pl = PLANTED.get(k, {})
    # ---- table count
    p.check(12 <= len(p.tables) <= 15, f"{len(p.tables)} tables, 12-15 expected")
    # ---- history
    h = p.table("history")
    p.eqs(p.trow(h, "Sản lượng"), m["hist_out"], "history output")
    p.eqs(p.trow(h, "Giá bán"), m["hist_price"], "history price")
    hr = p.trow(h, "Doanh thu")
    p.eqs(hr, m["hist_rev"], "history revenue")
    p.eqs(hr, [o * pr / 1e6 for o, pr in zip(m["hist_out"], m["hist_price"])], "history revenue = output × price")
    p.eqs(p.trow(h, "Lao động"), P["hist_staff"], "history staff")
    p.check(m["out"][0] / m["hist_out"][2] < 1.20, "2027 output within +20 % of 2026")
    # ---- products
    pt = p.table("products")
    for i, pr in enumerate(P["products"]):
        row = pt[i]
        p.check(row[3] == f"{n(pr[3])} đ/{pr[1]}", f"product {i} price cell {row[3]!r}")
        p.eq(vn(row[4]), pr[3] / pr[2], f"product {i} price per base unit")
    # ---- production plan
    pp = p.table("plan")
    for i, pr in enumerate(P["products"]):
        p.eqs(p.nums(pp[i])[-3:], pr[5], f"plan packs {i}")
    p.eqs(p.nums(pp[-1])[-3:], m["out"], "plan output")
    p.eqs(m["out"], [sum(pr[2] * pr[5][y] for pr in P["products"]) for y in Y], "output = Σ packs × size")
    # ---- raw material supply and balance
    sp = p.table("supply")
    i0 = 0
    if P["own"]:
        p.eq(p.nums(sp[0])[-1], P["own"][1] * P["own"][3], "own supply = area × yield")
        i0 = 1
    for j, b in enumerate(P["buy"]):
        p.eq(p.nums(sp[i0 + j])[-1], b[2], f"purchase {b[0]}")
        p.check(sp[i0 + j][1] == b[0], f"purchase row {j} label")
    p.eq(p.nums(sp[-1])[-1], m["own"] + m["buy"], "supply total")
    bal = p.table("balance")
    p.eqs(p.trow(bal, "Sản lượng thành phẩm"), m["out"], "balance output")
    need = p.trow(bal, "Nhu cầu")
    p.eqs(need, [m["out"][y] * P["raw"][2] for y in Y], "need = output × norm")
    if P["own"]:
        p.eqs(p.trow(bal, "Nguồn tự có"), [m["own"]] * 3, "balance own")
    p.eqs(p.trow(bal, "Thu mua"), [m["buy"]] * 3, "balance purchase")
    sup = p.trow(bal, "Tổng nguồn")
    p.eqs(sup, [m["supply"]] * 3, "balance supply")
    if k == "fw10":
        p.check(not any(r[1].startswith("Chênh lệch") for r in bal), "fw10: no difference row")
        for y in Y:
            p.wrong(sup[y], need[y], f"material-shortfall {YEARS[y]} (supply vs need)")
    else:
        p.eqs(p.trow(bal, "Chênh lệch"), [m["supply"] - m["need"][y] for y in Y], "balance difference")
        p.check(all(m["need"][y] <= m["supply"] for y in Y), "need within supply")
    # ---- capacity
    p.has(f"{n(m['cap'][0])}")
    for y in Y:
        if k == "fw07" and y > 0:
            p.wrong(m["cap"][y], m["out"][y], f"capacity-exceeded {YEARS[y]} (capacity vs output)")
        else:
            p.check(m["out"][y] <= m["cap"][y], f"output {m['out'][y]} within capacity {m['cap'][y]} in {YEARS[y]}")
    # ---- staff
    stt = p.table("staff")
    for i, r in enumerate(P["roles"]):
        p.eqs(p.nums(stt[i])[-3:], r[1], f"staff {r[0]}")
    p.eqs(p.nums(stt[-1])[-3:], m["staff"], "staff total")
    # ---- investment and sources
    it = p.table("invest")
    for i, (lab, v, _) in enumerate(P["inv"]):
        p.eq(p.nums(it[i])[-1], v, f"investment {lab}")
    p.eq(p.nums(it[-1])[-1], sum(v for _, v, _ in P["inv"]), "investment total")
    so = p.table("sources")
    for i, (lab, v) in enumerate(P["src"]):
        xs = p.nums(so[i])
        p.eq(xs[0], v, f"source {lab}")
        p.eq(xs[1], v / m["src"] * 100, f"source share {lab}")
    p.eq(p.nums(so[-1])[0], sum(v for _, v in P["src"]), "sources total")
    if k == "fw07":
        p.wrong(m["src"], m["inv"], "capital-mismatch (sources vs investment)")
        p.has("bảo đảm đủ vốn")
    else:
        p.eq(m["src"], m["inv"], "sources = investment")
    # ---- revenue
    rv = p.table("revenue")
    for i, pr in enumerate(P["products"]):
        got = p.nums(rv[i])[-3:]
        p.check(f"({n(pr[3])} đ/{pr[1]})" in rv[i][1], f"revenue row {i} names its price")
        for y in Y:
            true = pr[5][y] * pr[3] / 1e6
            if pl.get("rev_line", (None, None))[:2] == (i, y):
                p.wrong(got[y], true, f"revenue-mismatch line {i} {YEARS[y]} (packs × price)")
                p.eq(got[y], m["rev_lines"][i][y], "planted revenue line as printed")
            else:
                p.eq(got[y], true, f"revenue line {i} {YEARS[y]} = packs × price")
    rtot = p.nums(rv[-1])[-3:]
    p.eqs(rtot, m["rev"], "revenue total (Σ printed lines)")
    # ---- cost
    ct = p.table("cost")
    for i, key in enumerate(m["cost_order"]):
        p.eqs(p.nums(ct[i])[-3:], m["cost"][key], f"cost {key}")
    # independent recomputation of the main lines
    p.eqs(m["cost"]["raw"], [m["out"][y] * P["raw"][2] * P["raw"][3] / 1e6 for y in Y], "raw cost = need × price")
    p.eqs(m["cost"]["wage"], [m["salaried"][y] * P["wage"] * 12 for y in Y], "wages = staff × wage × 12")
    p.eqs(m["cost"]["sell"], [rtot[y] * P["sell"] for y in Y], "selling = share × stated revenue")
    p.eq(m["dep"], m["fixed"] / P["life"], "depreciation = fixed assets / life")
    ctot = p.nums(ct[-1])[-3:]
    lines_sum = [sum(p.nums(ct[i])[-3:][y] for i in range(len(m["cost_order"]))) for y in Y]
    for y in Y:
        if pl.get("cost_total", (None,))[0] == y:
            p.wrong(ctot[y], lines_sum[y], f"table-total-mismatch cost total {YEARS[y]} (Σ lines)")
        else:
            p.eq(ctot[y], lines_sum[y], f"cost total {YEARS[y]} = Σ lines")
    # ---- efficiency
    ef = p.table("eff")
    p.eqs(p.trow(ef, "Doanh thu"), rtot, "efficiency revenue = revenue table")
    p.eqs(p.trow(ef, "Tổng chi phí"), ctot, "efficiency cost = cost table")
    prof = p.trow(ef, "Lợi nhuận")
    for y in Y:
        if pl.get("profit", (None,))[0] == y:
            p.wrong(prof[y], rtot[y] - ctot[y], f"profit-mismatch {YEARS[y]} (revenue − cost)")
            p.eq(prof[y], m["profit"][y], "planted profit as printed")
        else:
            p.eq(prof[y], rtot[y] - ctot[y], f"profit {YEARS[y]} = revenue − cost")
    p.eqs(p.trow(ef, "Tỷ suất"), [prof[y] / rtot[y] * 100 for y in Y], "margin")
    for y in Y:
        p.check(0 < t["profit"][y] / t["rev"][y] < 0.40, f"true margin {YEARS[y]}")
    # ---- growth (revenue under +31 % a year, except the growth defect)
    rt = model(k, False)["rev"]
    for a, b, yy in ((m["hist_rev"][2], rt[0], 2027), (rt[0], rt[1], 2028), (rt[1], rt[2], 2029)):
        if k == "fw10" and yy == 2028:
            p.check(b / a > 2.0 and m["out"][1] / m["out"][0] > 2.0, "fw10: revenue and output more than double")
            p.has("giữ nguyên", "tăng hơn gấp đôi")
        else:
            p.check(b / a < 1.31, f"revenue growth {yy} {b / a:.2f}")
    # ---- payback: as printed, and against the true figures
    p.has(f"{n(m['payback'], 1)} năm")
    true_pb = t["inv"] / (sum(t["profit"]) / 3 + t["dep"])
    if "payback" in pl:
        p.wrong(m["payback"], true_pb, "payback-mismatch")
        p.wrong(m["payback"], t["inv"] / (sum(t["profit"]) / 3), "payback-mismatch (no depreciation)")
    else:
        p.eq(m["payback"], m["inv"] / (m["avg_profit"] + m["dep"]), "payback as printed", tol=0.05)
        p.has(f"= {n(m['inv'])} : ({n(m['avg_profit'], 1)} + {n(m['dep'])}) ≈ {n(m['payback'], 1)} năm")
    # ---- summary page against the body
    summary = p.sections[0]
    p.check(bool(re.search(r"tóm tắt|thông tin chung", summary.splitlines()[0], re.I)), "first heading is a summary")
    p.check(summary.count(f"{n(m['inv'])} triệu đồng") >= 1, "summary: investment")
    for lab, v in P["src"]:
        p.check(f"{n(v)} triệu đồng" in summary, f"summary: source {lab}")
    p.check(f"{n(P['area']['workshop'])} m²" in summary, "summary: workshop area")
    if P["area"]["raw_ha"]:
        p.check(f"{n(P['area']['raw_ha'], 1)} ha" in summary, "summary: raw-material area")
        p.has(f"{n(P['own'][1], 1)} ha")
    p.check(f"{n(m['payback'], 1)} năm" in summary, "summary: payback")
    srows = [r for cap, rows in p.tables if re.search(ROLES["summary"], cap, re.I) for r in rows[1:]]
    if k == "fw02":
        cells = " ".join(" ".join(r) for r in srows)
        for y, yy in enumerate(YEARS):
            for what, v in (("output", f"{n(m['out'][y])} kg ({yy})"), ("revenue", f"{n(m['rev'][y])} triệu đồng ({yy})"),
                            ("profit", f"{n(m['profit'][y])} triệu đồng ({yy})")):
                p.check(v in cells, f"summary {what} {yy}")
        p.check(f"{m['staff'][0]} người (2027, 2028); {m['staff'][2]} người (2029)" in cells, "summary staff")
    elif k == "fw03":
        p.check(f"{n(m['out'][0])} kg năm 2027, {n(m['out'][1])} kg năm 2028, {n(m['out'][2])} kg năm 2029" in summary,
                "summary output")
        for what, v in (("revenue", m["rev"]), ("profit", m["profit"])):
            p.check(f"{n(v[0])} triệu đồng năm 2027, {n(v[1])} triệu đồng năm 2028, {n(v[2])} triệu đồng năm 2029"
                    in summary, f"summary {what}")
        p.check(f"Lao động: {m['staff'][0]} người năm 2027 và 2028, {m['staff'][2]} người năm 2029" in summary,
                "summary staff")
    else:
        p.eqs(p.trow(srows, "Sản lượng"), m["out"], "summary output")
        p.eqs(p.trow(srows, "Doanh thu"), rtot, "summary revenue = revenue table")
        p.eqs(p.trow(srows, "Lợi nhuận"), prof, "summary profit = efficiency table")
        if k == "fw05":
            p.check(not any(r[1].startswith("Lao động") for r in srows), "fw05: no staff row in the summary table")
            p.check(f"Lao động thường xuyên của phương án: {P['hist_staff'][2]} người" in summary,
                    "fw05: summary states last year's workforce")
            p.wrong(P["hist_staff"][2], m["staff"][0], "figure-inconsistent (summary workforce vs 2027 staff)")
            p.has(f"bố trí {m['staff'][0]} lao động thường xuyên")
            p.eq(m["cost"]["wage"][0], m["staff"][0] * P["wage"] * 12, "fw05 wages use the body's staff")
        else:
            p.eqs(p.trow(srows, "Lao động"), m["staff"], "summary staff")
        if k == "fw09":
            p.eqs(p.trow(srows, "Tổng chi phí"), ctot, "summary cost = cost table")
    # ---- papers: dates in the papers table
    pa = p.table("papers")
    for r in pa:
        for dd in re.findall(r"Đến (\d{2})/(\d{1,2})/(\d{4})", r[4]):
            if int(dd[2]) < 2030:
                p.check(int(dd[2]) >= 2029 and "Gia hạn" in p.body, f"paper {r[1]} to {'/'.join(dd)}: renewal")
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


def common_ready(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Tiêu chuẩn cơ sở",
          "Phiếu kết quả thử nghiệm", "Giấy chứng nhận đăng ký nhãn hiệu", "QR", "cấp tỉnh")
    p.lacks(REPLACED, "replaced instrument or district body")
    p.check(bool(re.search(r"Giấy chứng nhận đăng ký (hợp tác xã|doanh nghiệp|hộ kinh doanh)", p.body)), "registration")
    p.check(bool(re.search(r"môi trường", p.body)) and bool(re.search(r"bể lắng|hố thấm|ủ (làm )?phân|ủ với", p.body)),
            "environmental measures")


def check_text(k: str, p: Plan) -> None:
    b = p.body
    if k in READY:
        common_ready(p)
        if k in ("fw01", "fw02", "fw03"):
            p.has("an toàn thực phẩm", "tự công bố")
        if k == "fw04":
            p.has("không phải thực phẩm")
        return
    if k != "fw08":
        p.lacks(REPLACED, "replaced instrument or district body")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    if k == "fw05":
        p.lacks(r"nhãn(?! hiệu)", "fw05 label word")
        p.lacks(r"\btem\b|43/2017|111/2021|mã vạch|mã số mã vạch", "fw05 label paper")
        p.has("hộp quà", "18 đại lý", "Giấy chứng nhận đăng ký nhãn hiệu", "an toàn thực phẩm")
    if k == "fw06":
        p.lacks(r"giấy phép|105/2017|17/2020|cấp phép", "fw06 alcohol licence")
        wrong = "Hộ kinh doanh Rượu Kim Lộc"
        p.check(p.sections[0].count(wrong) == 2 and b.count(wrong) == 2, "fw06: wrong name twice, in the summary only")
        p.check(b.count("Hộ kinh doanh Rượu nếp Phúc Đồng") >= 1 and b.count("Phúc Đồng") >= 8, "fw06: true name")
        p.has("an toàn thực phẩm", "Tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu")
    if k == "fw07":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm", "fw07 food-safety word")
        p.has("Tiêu chuẩn cơ sở", "tự công bố", "43/2017/NĐ-CP", "Đơn đăng ký nhãn hiệu", "đáp ứng đủ kế hoạch")
    if k == "fw08":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|thử nghiệm|kiểm nghiệm|QCVN|TCVN|hợp quy|chỉ tiêu chất lượng",
                "fw08 product-standard word")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "UBND huyện", "cấp huyện")
        p.lacks(r"148/QĐ-TTg|1489", "fw08 current instrument")
        p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu", "QR")
    if k == "fw09":
        p.lacks(r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|bảo hộ|văn bằng", "fw09 trademark word")
        p.lacks(r"đăng ký|mã số thuế|hộ kinh doanh|tổ hợp tác|hợp tác xã|doanh nghiệp|giấy chứng nhận",
                "fw09 registration word")
        p.has("chưa có tư cách pháp nhân", "thỏa thuận miệng", "tài khoản cá nhân", "43/2017/NĐ-CP",
              "Phiếu kết quả thử nghiệm", "mã thợ dệt")
    if k == "fw10":
        p.lacks(r"truy xuất|QR|mã lô|số lô|nhật ký|lưu mẫu|kiểm soát chất lượng|HACCP|ISO|\btem\b|"
                r"kiểm tra chất lượng|sổ theo dõi", "fw10 quality-control word")
        p.has("an toàn thực phẩm", "Tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "Giấy chứng nhận đăng ký nhãn hiệu",
              "Nguồn cam bảo đảm đủ")


def check_sketchy(k: str) -> Plan:
    p = Plan(STEMS[k])
    words = len(re.findall(r"\w+", re.sub(r"^#+ ", "", p.body, flags=re.M)))
    p.check(150 <= words <= 320, f"{words} words, 150-320 expected")
    p.check(not p.rows, "sketchy: no table")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(REPLACED, "replaced instrument or district body")
    if k == "fw11":
        p.has("6.000 lít", "240 triệu đồng", "8.000 lít", "40.000 đồng/lít", "150 triệu đồng", "60 triệu đồng")
        p.check(close(6000 * 40000 / 1e6, 240), "fw11: 6.000 lít × 40.000 đ = 240 triệu")
        p.lacks(r"đăng ký|an toàn thực phẩm|tiêu chuẩn|nhãn", "fw11 paper")
    if k == "fw12":
        p.has("120 đàn", "1.500 kg", "200 đàn", "2.400 kg", "250.000 đồng/kg", "200 triệu đồng", "100 triệu đồng",
              "600 triệu đồng", "đăng ký kinh doanh")
        p.check(close(2400 * 250000 / 1e6, 600), "fw12: 2.400 kg × 250.000 đ = 600 triệu")
        p.check(10 <= 1500 / 120 <= 15 and 10 <= 2400 / 200 <= 15, "fw12: 10-15 kg of honey a colony")
        p.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn hiệu", "fw12 paper")
    return p


def main() -> int:
    plans = []
    for k in STEMS:
        if k in SKETCHY:
            plans.append(check_sketchy(k))
            continue
        p = check_full(k)
        check_text(k, p)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
