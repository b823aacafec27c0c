"""The 279th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout279/arithmetic.py [ju01 ju05 ...]

Theme: environment-heavy plans. Every full plan (ju01-ju10) is modelled from constants: the
products (pack size in the plan's base unit, packs and price per year), the 2024-2026 history, the
raw materials (norm per base unit or per pack, purchase price, supply rows count x yield), the
equipment that limits output (rating x multiplier), staff by role with months worked and monthly
wage, packaging cost per pack, energy cost per base unit, the selling and other fixed lines, the
investment items (with their life; environmental works flagged), the capital sources, the loan
balance and rate, and the environmental model: wastewater streams (m3 per tonne of a raw material
or of output) with the working days that turn a year into m3/day, solid residues (kg per kg of a
raw material or of output), their uses (sold as feed or fuel at a price per tonne, composted,
burnt, spread), the compost yield and the share of compost sold, the biogas digester (tank volume x
gas per m3 of tank per day x days, the LPG it replaces and its price), and the environmental
operating costs (per m3 of wastewater, per tonne of compost, fixed). From them model() computes
every figure a plan prints; the generator that wrote the plans (outside the repository) used the
same model(), so every table cell and every number in the prose is computed.

The checker reads each table back from the plan's source (found by its caption) and compares
every cell with the model within 1 % (or 0,11 for small figures), then recomputes the identities
from the printed figures themselves: revenue lines = packs x price, totals = sums, profit =
revenue - cost, margin, payback = investment / (average profit + depreciation), sources =
investment, raw material need = output x norm against supply = sum of count x yield, output
against capacity, wastewater m3/day = m3/year / days, residues = raw material x ratio, uses adding
up to the residue, compost = input x yield, by-product revenue = tonnes x price, biogas gas and
LPG saved, the environmental cost lines, the works table total. Planted numeric defects are
asserted wrong by more than 5 % with the true value beside them; textual defects through the
presence or absence of their words; ready plans cite no replaced instrument. Sketchy plans:
150-350 words, no table.
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
            r"01/2021/NĐ-CP|18/2015/NĐ-CP|19/2015/NĐ-CP|40/2019/NĐ-CP|55/2014/QH13|"
            r"Luật Bảo vệ môi trường (năm )?2014|cam kết bảo vệ môi trường|kế hoạch bảo vệ môi trường|"
            r"Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, packs per year, price per year in đồng)
# hist: output 2024-2026 (base units), average price (đ per base unit), margin (profit / revenue)
# raws: (label, unit, norm per base unit (or list: per pack of each product), price đ per unit,
#        supply rows (label, count per year, count word, yield per count))
# cap: (rating, multiplier, rating text, multiplier text)  -> capacity = rating x multiplier
# roles: (role, staff per year, months a year); wage: monthly wage per year (triệu đồng)
# pack_cost: đ per pack of each product; energy: đ per base unit; sell, other: triệu per year
# inv: (label, triệu, life in years (0 = not depreciated), environmental work?)
# src: (label, triệu); loan: balance per year (triệu); rate: interest a year
# env: ww  = wastewater streams (label, m3 per tonne of basis, basis) with days (working days);
#      solids = (key, label, kg per kg of basis, basis); basis = ("raw", i) or ("out",)
#      uses = (solid key, use label, share, price đ per tonne sold (0 = not sold), kind)
#             kind: "sell" (a revenue line), "compost" (into the compost heap), "own" (used on site)
#      compost = (yield, share sold, price đ per tonne) ; biogas = (tank m3, gas m3 per m3 tank per
#      day, days, kg LPG per m3 gas, LPG đ per kg) ; cost = (label, kind, value): kind "m3" đ per
#      m3 of wastewater, "compost" đ per tonne of compost made, "fixed" triệu a year
#      works = (label, size text, triệu): the environmental works (also investment items)
PLANS: dict[str, dict] = {
    # ---------------------------------------------------------------- ju01 ready, food
    "ju01": dict(
        unit="kg",
        products=[("Tinh bột sắn dây nguyên chất, hũ 500 g", "hũ", 0.5,
                   [12000, 13200, 14400], [85000, 87000, 89000]),
                  ("Tinh bột sắn dây, túi 1 kg", "túi", 1,
                   [4000, 4400, 4800], [155000, 159000, 163000]),
                  ("Tinh bột sắn dây, gói 200 g", "gói", 0.2,
                   [10000, 11000, 12000], [38000, 39000, 40000])],
        hist=dict(out=[9200, 10100, 11000], price=[150000, 153000, 156000],
                  margin=[0.11, 0.12, 0.125]),
        raws=[("Củ sắn dây tươi", "kg", 7.0, 6000,
               [("Vùng sắn dây của công ty", [6, 6, 6], "ha", 12000),
                ("Hộ liên kết thôn Tân Hòa", [18, 18, 18], "hộ", 1500),
                ("Hộ liên kết thôn Khe Mây", [12, 12, 12], "hộ", 1500)])],
        cap=(120, 150, "120 kg tinh bột/ngày", "150 ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2], 12), ("Bán hàng, kho", [2, 2, 2], 12),
               ("Vận hành, môi trường", [1, 1, 1], 12), ("Công nhân thời vụ", [8, 9, 10], 5)],
        wage=[6.5, 6.8, 7.1],
        pack_cost=[6000, 4500, 2000], energy=4000,
        sell=[120, 130, 140], other=[60, 60, 60],
        inv=[("Nhà xưởng chế biến 240 m²", 420, 15, False),
             ("Máy rửa, máy nghiền củ, máy lọc ly tâm", 360, 10, False),
             ("Bể lắng, lọc tinh bột inox", 140, 10, False),
             ("Máy sấy bơm nhiệt 300 kg/mẻ", 260, 10, False),
             ("Bể lắng nước thải 3 ngăn 30 m³", 85, 15, True),
             ("Hầm biogas composite 30 m³", 95, 15, True),
             ("Hồ sinh học 120 m³ và mương dẫn", 60, 15, True),
             ("Nhà ủ phân có mái che 80 m²", 70, 15, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, 0, False),
             ("Vốn lưu động", 270, 0, False)],
        src=[("Vốn chủ sở hữu", 1200), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        loan=[600, 450, 300], rate=0.08,
        env=dict(
            days=150,
            ww=[("Nước rửa củ", 3.0, ("raw", 0)),
                ("Nước lọc, lắng, gạn tinh bột", 6.0, ("raw", 0))],
            solids=[("ba", "Bã xơ sắn dây (ướt)", 0.35, ("raw", 0)),
                    ("vo", "Vỏ, rễ con, đất cát", 0.08, ("raw", 0))],
            uses=[("ba", "Bã xơ bán cho hộ nuôi bò", 0.6, 500000, "sell"),
                  ("ba", "Bã xơ đưa vào nhà ủ phân", 0.4, 0, "compost"),
                  ("vo", "Vỏ, rễ, đất đưa vào nhà ủ", 1.0, 0, "compost")],
            compost=(0.55, 0.8, 2000000),
            biogas=(30, 0.35, 150, 0.45, 28000),
            cost=[("Chế phẩm vi sinh, vôi khử chua", "m3", 8000),
                  ("Công ủ, đảo trộn phân", "compost", 300000),
                  ("Phân tích mẫu nước sau xử lý", "fixed", 6.0)],
        ),
    ),
    # ---------------------------------------------------------------- ju02 ready, alcohol
    "ju02": dict(
        unit="lít",
        products=[("Rượu nếp men lá 29,5 độ, chai 500 ml", "chai", 0.5,
                   [20000, 22000, 24000], [72000, 74000, 76000]),
                  ("Rượu nếp men lá 35 độ, bình sứ 1,5 lít", "bình", 1.5,
                   [1600, 1800, 2000], [240000, 245000, 250000]),
                  ("Rượu nếp 29,5 độ, can 5 lít", "can", 5,
                   [500, 540, 580], [380000, 390000, 400000])],
        hist=dict(out=[11500, 12600, 13800], price=[118000, 122000, 126000],
                  margin=[0.12, 0.13, 0.13]),
        raws=[("Gạo nếp cái", "kg", 1.25, 25000,
               [("Hộ thành viên trồng nếp cái", [42, 42, 42], "hộ", 500),
                ("Ruộng nếp của hợp tác xã", [2, 2, 2], "ha", 4500)])],
        cap=(90, 260, "3 nồi × 30 lít/ngày", "260 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2], 12), ("Nấu cơm rượu, chưng cất", [3, 3, 3], 12),
               ("Hạ thổ, lọc, chiết chai", [2, 2, 3], 12), ("Bán hàng", [1, 1, 1], 12)],
        wage=[6.0, 6.3, 6.6],
        pack_cost=[9000, 45000, 12000], energy=6000,
        sell=[130, 140, 150], other=[60, 60, 60],
        inv=[("Nhà chưng cất và kho hạ thổ 150 m²", 380, 15, False),
             ("Nồi chưng cất inox cách thủy (bổ sung 1 nồi)", 120, 10, False),
             ("Hệ thống lọc, khử andehit, chiết rót", 240, 10, False),
             ("Chum sành, bình ủ 200 lít", 80, 10, False),
             ("Hầm biogas 20 m³", 75, 15, True),
             ("Bể chứa bỗng có nắp đậy 8 m³", 35, 15, True),
             ("Bể lắng và bãi lọc trồng cây 15 m³", 45, 15, True),
             ("Tháp giải nhiệt, bể nước tuần hoàn 6 m³", 40, 10, True),
             ("Bao bì, nhãn, tem truy xuất", 50, 0, False),
             ("Vốn lưu động", 235, 0, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        loan=[600, 480, 360], rate=0.08,
        env=dict(
            days=260,
            ww=[("Nước vo, ngâm gạo", 4.0, ("raw", 0)),
                ("Nước rửa chai, chum, dụng cụ", 1.5, ("out",))],
            solids=[("bo", "Bỗng rượu sau chưng cất", 2.6, ("raw", 0)),
                    ("tro", "Tro bếp củi", 0.04, ("out",), "kg")],
            uses=[("bo", "Bán cho hộ thành viên nuôi lợn", 0.85, 600000, "sell"),
                  ("bo", "Nạp hầm biogas", 0.15, 0, "own"),
                  ("tro", "Trộn phân chuồng bón ruộng nếp", 1.0, 0, "own")],
            compost=None,
            biogas=(20, 0.35, 260, 0.45, 28000),
            cost=[("Chế phẩm vi sinh cho hầm và bãi lọc", "m3", 20000),
                  ("Bảo dưỡng hầm biogas, tháp giải nhiệt", "fixed", 8.0),
                  ("Thu gom chai vỡ, rác sinh hoạt", "fixed", 3.6)],
        ),
    ),
    # ---------------------------------------------------------------- ju03 ready, herbal
    "ju03": dict(
        unit="kg",
        products=[("Nấm linh chi đỏ nguyên tai, hộp 250 g", "hộp", 0.25,
                   [1600, 1760, 1920], [210000, 215000, 220000]),
                  ("Linh chi thái lát, túi 500 g", "túi", 0.5,
                   [800, 880, 960], [390000, 398000, 406000]),
                  ("Trà linh chi túi lọc, hộp 20 gói × 2 g", "hộp", 0.04,
                   [2500, 2750, 3000], [72000, 74000, 76000])],
        hist=dict(out=[640, 720, 800], price=[820000, 850000, 880000], margin=[0.15, 0.16, 0.17]),
        raws=[("Mùn cưa gỗ keo, cao su", "kg", 25, 1200,
               [("Xưởng mộc, xẻ gỗ (hợp đồng)", [2, 2, 2], "cơ sở", 12000),
                ("Tổ hợp tác mộc mỹ nghệ trong xã", [1, 1, 1], "tổ", 6000)]),
              ("Cám gạo, bột ngô", "kg", 3.75, 7000,
               [("Đại lý cám thôn Bắc Hà (hợp đồng)", [1, 1, 1], "đại lý", 5000)]),
              ("Giống linh chi", "chai", 2.5, 15000,
               [("Trung tâm giống cây trồng tỉnh", [1, 1, 1], "hợp đồng", 3000)])],
        cap=(720, 2, "3 nhà × 6.000 bịch × 0,04 kg", "2 vụ"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1], 12), ("Đóng bịch, hấp, cấy giống", [2, 2, 2], 12),
               ("Chăm sóc, thu hái, sấy", [1, 1, 2], 12), ("Đóng gói, bán hàng", [1, 1, 1], 12)],
        wage=[5.5, 5.8, 6.1],
        pack_cost=[12000, 6000, 9000], energy=30000,
        sell=[60, 65, 70], other=[30, 30, 30],
        inv=[("Hai nhà trồng khung thép 2 × 120 m²", 180, 10, False),
             ("Lò hấp phôi bằng hơi 1.000 bịch/mẻ", 70, 10, False),
             ("Máy sấy nấm 50 kg/mẻ", 60, 10, False),
             ("Phòng cấy, phòng đóng gói 40 m²", 90, 15, False),
             ("Nhà ủ phôi đã qua sử dụng 60 m²", 45, 15, True),
             ("Bể lắng nước tưới ẩm 6 m³", 15, 15, True),
             ("Bao bì, nhãn, kiểm nghiệm", 25, 0, False),
             ("Vốn lưu động", 115, 0, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 150)],
        loan=[250, 200, 150], rate=0.075,
        env=dict(
            days=300,
            ww=[("Nước ngâm, trộn phôi, vệ sinh lò hấp", 2.0, ("raw", 0)),
                ("Nước phun ẩm chảy xuống nền", 4.0, ("raw", 0))],
            solids=[("phoi", "Phôi nấm sau thu hái", 0.95, ("raw", 0)),
                    ("hong", "Bịch hỏng, nhiễm mốc", 0.05, ("raw", 0)),
                    ("tui", "Túi nilon, cổ nút nhựa", 0.012, ("raw", 0), "kg")],
            uses=[("phoi", "Đưa vào nhà ủ phân", 0.7, 0, "compost"),
                  ("phoi", "Bán cho hộ trồng rau làm giá thể", 0.3, 400000, "sell"),
                  ("hong", "Hấp lại rồi đưa vào nhà ủ", 1.0, 0, "compost"),
                  ("tui", "Bán cho cơ sở tái chế nhựa", 1.0, 3000, "sell")],
            compost=(0.6, 0.7, 1500000),
            biogas=None,
            cost=[("Chế phẩm Trichoderma, vôi bột", "compost", 250000),
                  ("Thu gom rác sinh hoạt", "fixed", 2.4),
                  ("Phun khử trùng khu ủ, nhà trồng", "fixed", 3.0)],
        ),
    ),
    # ---------------------------------------------------------------- ju04 ready, handicraft
    "ju04": dict(
        unit="sản phẩm",
        products=[("Khay trà gỗ hương đá vân 40 × 28 cm", "chiếc", 1,
                   [3000, 3300, 3600], [260000, 265000, 270000]),
                  ("Hộp đựng trà, hộp quà gỗ thông", "chiếc", 1,
                   [4000, 4400, 4800], [175000, 179000, 183000]),
                  ("Bộ lót ly gỗ 6 chiếc", "bộ", 1,
                   [6000, 6600, 7200], [80000, 82000, 84000])],
        hist=dict(out=[10200, 11000, 11900], price=[140000, 143000, 146000],
                  margin=[0.12, 0.13, 0.135]),
        raws=[("Gỗ xẻ keo, thông đã sấy", "m³", [0.006, 0.004, 0.0015], 6500000,
               [("Công ty lâm nghiệp (hợp đồng)", [1, 1, 1], "hợp đồng", 40),
                ("Xưởng xẻ gỗ rừng trồng thôn Đông Tiến", [1, 1, 1], "xưởng", 20)]),
              ("Sơn gốc nước, dầu lau gỗ", "lít", [0.05, 0.04, 0.01], 180000,
               [("Đại lý sơn gỗ tại phường Bắc Hồng Lĩnh", [1, 1, 1], "đại lý", 600)])],
        cap=(70, 280, "70 sản phẩm/ngày", "280 ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2], 12), ("Thợ mộc, vận hành CNC", [6, 6, 7], 12),
               ("Chà nhám, sơn hoàn thiện", [3, 3, 3], 12), ("Đóng gói, bán hàng", [1, 2, 2], 12)],
        wage=[6.0, 6.3, 6.6],
        pack_cost=[8000, 5000, 3000], energy=4000,
        sell=[120, 130, 140], other=[50, 50, 50],
        inv=[("Máy CNC 2 đầu khắc gỗ", 280, 10, False),
             ("Máy bào, cưa, chà nhám", 150, 10, False),
             ("Nhà xưởng 200 m²", 300, 15, False),
             ("Hệ thống hút bụi cyclone, túi lọc", 120, 10, True),
             ("Buồng sơn màng nước, bể lắng nước sơn 2 m³", 90, 10, True),
             ("Kho chứa chất thải nguy hại 6 m²", 15, 15, True),
             ("Nhà chứa mùn cưa, phoi bào 40 m²", 35, 15, True),
             ("Thiết kế mẫu, bao bì, thẻ treo", 40, 0, False),
             ("Vốn lưu động", 180, 0, False)],
        src=[("Vốn góp của tổ viên", 610), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        loan=[600, 450, 300], rate=0.08,
        env=dict(
            days=280,
            ww=[("Nước màng buồng sơn thay định kỳ", 0.6, ("out",)),
                ("Nước vệ sinh xưởng", 1.0, ("out",))],
            solids=[("mun", "Mùn cưa, bụi gỗ", 160, ("raw", 0)),
                    ("dam", "Gỗ vụn, đầu mẩu", 80, ("raw", 0)),
                    ("son", "Cặn sơn, giẻ dính sơn, vỏ hộp sơn", 0.5, ("raw", 1), "kg")],
            uses=[("mun", "Bán cho hộ trồng nấm làm phôi", 0.8, 800000, "sell"),
                  ("mun", "Làm chất độn chuồng cho tổ viên", 0.2, 0, "own"),
                  ("dam", "Làm củi cho lò sấy gỗ", 1.0, 0, "own"),
                  ("son", "Giao đơn vị có chức năng xử lý", 1.0, 0, "own")],
            compost=None,
            biogas=None,
            fuel=(2, 1.0, 1200000),
            cost=[("Thuê xử lý chất thải nguy hại", "fixed", 6.0),
                  ("Thay túi lọc, bảo dưỡng cyclone", "fixed", 8.0),
                  ("Thay nước màng sơn, hóa chất keo tụ", "m3", 150000)],
        ),
    ),
    # ---------------------------------------------------------------- ju05 revise, food
    "ju05": dict(
        unit="lít",
        products=[("Dầu lạc ép nguyên chất, chai 500 ml", "chai", 0.5,
                   [14000, 16000, 18000], [90000, 92000, 95000]),
                  ("Dầu lạc ép, chai 1 lít", "chai", 1,
                   [6000, 7000, 8000], [170000, 175000, 180000]),
                  ("Dầu lạc, can 2 lít", "can", 2,
                   [1500, 1700, 1900], [330000, 340000, 350000])],
        hist=dict(out=[12000, 13200, 14500], price=[158000, 162000, 166000],
                  margin=[0.13, 0.14, 0.14]),
        raws=[("Lạc củ khô (cả vỏ)", "kg", 2.9, 28000,
               [("Hộ liên kết thôn Trung Lương", [25, 25, 25], "hộ", 1000),
                ("Hộ liên kết thôn Đồng Môn", [12, 12, 12], "hộ", 900),
                ("Thương lái chợ Nghèn (hợp đồng)", [1, 1, 1], "hợp đồng", 7200)])],
        cap=(90, 280, "90 lít dầu/ngày", "280 ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2], 12), ("Bóc vỏ, rang, ép", [3, 3, 4], 12),
               ("Lọc, chiết chai", [2, 2, 2], 12), ("Bán hàng, giao hàng", [1, 2, 2], 12)],
        wage=[6.2, 6.5, 6.8],
        pack_cost=[5000, 7000, 12000], energy=3000,
        sell=[150, 170, 190], other=[60, 60, 60],
        inv=[("Máy ép dầu trục vít 30 kg hạt/giờ", 260, 10, False),
             ("Máy bóc vỏ, máy rang lạc", 120, 10, False),
             ("Bồn lắng, máy lọc ép khung bản", 110, 10, False),
             ("Lò rang đốt vỏ lạc có cyclone", 90, 10, True),
             ("Bể tách dầu mỡ 2 m³, rãnh thu nước", 30, 15, True),
             ("Kho khô dầu, kho vỏ lạc 60 m²", 80, 15, True),
             ("Nhà xưởng ép, chiết 150 m²", 350, 15, False),
             ("Bao bì, nhãn, mã vạch", 40, 0, False),
             ("Vốn lưu động", 420, 0, False)],
        src=[("Vốn góp của cổ đông", 900), ("Vay Ngân hàng thương mại cổ phần", 600)],
        loan=[600, 450, 300], rate=0.085,
        planted=dict(rev_line=(1, 1, 1421.0)),
        env=dict(
            days=280,
            ww=[("Nước rửa chai, can, thiết bị", 2.0, ("out",)),
                ("Nước vệ sinh nhà xưởng", 1.0, ("out",))],
            solids=[("vo", "Vỏ lạc", 0.28, ("raw", 0)),
                    ("kho", "Khô dầu lạc", 0.38, ("raw", 0)),
                    ("can", "Cặn dầu lắng", 0.02, ("raw", 0)),
                    ("tro", "Tro lò rang", 0.004, ("raw", 0), "kg")],
            uses=[("vo", "Đốt lò rang thay củi", 0.9, 0, "own"),
                  ("vo", "Trả hộ liên kết lót chuồng", 0.1, 0, "own"),
                  ("kho", "Bán làm thức ăn chăn nuôi", 1.0, 9500000, "sell"),
                  ("can", "Bán cho cơ sở nấu xà phòng", 1.0, 4000000, "sell"),
                  ("tro", "Trả hộ liên kết bón ruộng", 1.0, 0, "own")],
            compost=None,
            biogas=None,
            fuel=(0, 0.8, 1200000),
            cost=[("Hút bể tách dầu mỡ", "fixed", 4.0),
                  ("Bảo dưỡng cyclone lò rang", "fixed", 5.0),
                  ("Thu gom rác sinh hoạt", "fixed", 2.4)],
        ),
    ),
    # ---------------------------------------------------------------- ju06 revise, food
    "ju06": dict(
        unit="kg",
        products=[("Bún gạo khô, gói 500 g", "gói", 0.5,
                   [90000, 104000, 118000], [17000, 17500, 18000]),
                  ("Bún gạo lứt khô, gói 300 g", "gói", 0.3,
                   [40000, 46000, 52000], [15000, 15500, 16000]),
                  ("Bún khô, bao 5 kg cho quán ăn", "bao", 5,
                   [3000, 3400, 3800], [150000, 155000, 160000])],
        hist=dict(out=[52000, 58000, 64000], price=[32000, 33000, 34000],
                  margin=[0.10, 0.11, 0.11]),
        raws=[("Gạo tẻ, gạo lứt", "kg", 1.15, 13000,
               [("Hộ trồng lúa thôn Hồng Thịnh (hợp đồng)", [40, 40, 40], "hộ", 1500),
                ("Đại lý gạo Minh Tâm (hợp đồng)", [1, 1, 1], "hợp đồng", 60000)])],
        cap=(280, 300, "280 kg bún khô/ngày", "300 ngày"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1], 12), ("Ngâm, xay, ép, hấp bún", [4, 4, 4], 12),
               ("Phơi sấy, đóng gói", [3, 3, 3], 12), ("Giao hàng", [1, 1, 1], 12)],
        wage=[5.5, 5.7, 5.9],
        pack_cost=[1200, 1000, 5000], energy=2500,
        sell=[100, 110, 120], other=[40, 40, 40],
        inv=[("Máy ép đùn bún tự động", 180, 10, False),
             ("Giàn sấy bún bằng hơi nóng", 150, 10, False),
             ("Cải tạo nhà xưởng 180 m²", 220, 15, False),
             ("Bể lắng 3 ngăn 12 m³", 40, 15, True),
             ("Hầm biogas 15 m³", 55, 15, True),
             ("Bể lọc sinh học, mương dẫn 8 m³", 30, 15, True),
             ("Lò hơi đốt than có cyclone khử bụi", 85, 10, True),
             ("Túi đóng gói, máy hàn miệng túi", 40, 0, False),
             ("Vốn lưu động", 200, 0, False)],
        src=[("Vốn tự có của hộ", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        loan=[400, 300, 200], rate=0.08,
        planted=dict(works_total=185.0),
        env=dict(
            days=300,
            ww=[("Nước vo, ngâm gạo", 3.5, ("raw", 0)),
                ("Nước rửa khuôn, vệ sinh dây chuyền", 1.5, ("out",))],
            solids=[("vun", "Bún vụn, bột rơi, cặn lắng", 0.03, ("out",)),
                    ("xi", "Xỉ than lò hơi", 0.025, ("out",))],
            uses=[("vun", "Bán cho hộ nuôi lợn", 1.0, 3000000, "sell"),
                  ("xi", "Đóng gạch, san nền", 1.0, 0, "own")],
            compost=None,
            biogas=(15, 0.3, 300, 0.45, 28000),
            cost=[("Men vi sinh, vôi", "m3", 10000),
                  ("Thu gom rác, xỉ than", "fixed", 3.6),
                  ("Bảo dưỡng hầm, bể lắng", "fixed", 5.0)],
        ),
    ),
    # ---------------------------------------------------------------- ju07 revise, food
    "ju07": dict(
        unit="kg",
        products=[("Giò lụa, cây 1 kg", "cây", 1,
                   [14000, 15500, 17000], [210000, 215000, 220000]),
                  ("Giò lụa, cây 500 g", "cây", 0.5,
                   [8000, 9000, 10000], [110000, 113000, 116000]),
                  ("Chả quế, khoanh 500 g", "khoanh", 0.5,
                   [6000, 6600, 7200], [120000, 123000, 126000])],
        hist=dict(out=[15500, 17200, 19000], price=[200000, 205000, 210000],
                  margin=[0.10, 0.11, 0.11]),
        raws=[("Thịt lợn nạc", "kg", 1.05, 115000,
               [("Lợn thịt của hộ thành viên", [650, 700, 750], "con", 38)])],
        cap=(120, 300, "120 kg giò/ngày", "300 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2], 12), ("Giết mổ, pha lọc thịt", [2, 2, 2], 12),
               ("Giã, gói, luộc giò", [4, 4, 5], 12), ("Bán hàng, giao hàng", [2, 2, 2], 12)],
        wage=[6.5, 6.8, 7.1],
        pack_cost=[3000, 2000, 2000], energy=6000,
        sell=[120, 130, 140], other=[60, 60, 60],
        inv=[("Nhà giết mổ và chế biến 200 m²", 850, 15, False),
             ("Máy xay giò, máy giã thịt, kho lạnh", 520, 10, False),
             ("Nồi luộc giò 200 lít, bếp biogas", 110, 10, False),
             ("Hầm biogas 40 m³", 130, 15, True),
             ("Bể lắng, bể lọc sinh học 20 m³", 80, 15, True),
             ("Nhà ủ phân 50 m²", 55, 15, True),
             ("Xe tải nhỏ giao hàng", 420, 10, False),
             ("Bao bì, nhãn, đăng ký nhãn hiệu", 45, 0, False),
             ("Vốn lưu động", 690, 0, False)],
        src=[("Vốn góp của thành viên", 900), ("Quỹ phát triển sản xuất của hợp tác xã", 150),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1500)],
        loan=[1500, 1250, 1000], rate=0.08,
        planted=dict(payback=1.5),
        env=dict(
            days=300,
            ww=[("Nước giết mổ, rửa thịt", 8.0, ("raw", 0)),
                ("Nước rửa dụng cụ, nồi luộc", 3.0, ("out",))],
            solids=[("phan", "Phân, chất chứa dạ dày, ruột", 0.25, ("raw", 0)),
                    ("long", "Lông, móng", 0.03, ("raw", 0)),
                    ("la", "Lá chuối, lạt, vỏ gia vị", 0.04, ("out",))],
            uses=[("phan", "Phân, chất chứa nạp hầm biogas", 1.0, 0, "own"),
                  ("long", "Lông, móng đưa vào nhà ủ", 1.0, 0, "compost"),
                  ("la", "Lá chuối, lạt đưa vào nhà ủ", 1.0, 0, "compost")],
            compost=(0.5, 0.0, 0),
            biogas=(40, 0.35, 300, 0.45, 28000),
            cost=[("Vôi, chế phẩm vi sinh", "m3", 15000),
                  ("Phân tích mẫu nước thải", "fixed", 6.0),
                  ("Thu gom rác sinh hoạt", "fixed", 3.0)],
        ),
    ),
    # ---------------------------------------------------------------- ju08 revise, herbal
    "ju08": dict(
        unit="lít",
        products=[("Tinh dầu tràm nguyên chất, chai 50 ml", "chai", 0.05,
                   [20000, 23000, 26000], [60000, 62000, 64000]),
                  ("Tinh dầu tràm, chai 100 ml", "chai", 0.1,
                   [8000, 9000, 10000], [110000, 114000, 118000]),
                  ("Tinh dầu tràm, can 1 lít cho cơ sở xông hơi", "can", 1,
                   [300, 350, 400], [950000, 980000, 1010000])],
        hist=dict(out=[1500, 1700, 1900], price=[1050000, 1080000, 1100000],
                  margin=[0.12, 0.13, 0.14]),
        raws=[("Cành lá tràm tươi", "kg", 120, 1500,
               [("Rừng tràm của công ty", [20, 20, 20], "ha", 8000),
                ("Hộ trồng tràm ký hợp đồng", [80, 80, 80], "hộ", 2500)])],
        cap=(12, 270, "3 nồi × 4 lít tinh dầu/ngày", "270 ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2], 12), ("Thu mua, vận chuyển lá", [2, 2, 2], 12),
               ("Chưng cất, lò hơi", [3, 3, 3], 12), ("Chiết chai, đóng hộp", [2, 2, 3], 12),
               ("Bán hàng", [2, 2, 2], 12)],
        wage=[6.5, 6.8, 7.1],
        pack_cost=[8000, 10000, 30000], energy=40000,
        sell=[220, 240, 260], other=[90, 90, 90],
        inv=[("Nhà xưởng chưng cất 200 m²", 450, 15, False),
             ("Nồi chưng cất inox 1.000 kg lá/mẻ (bổ sung 1 nồi)", 260, 10, False),
             ("Lò hơi đốt bã lá có cyclone", 180, 10, True),
             ("Bình tách dầu, máy lọc, máy chiết chai", 160, 10, False),
             ("Sân phơi bã lá 300 m²", 90, 15, True),
             ("Bể lắng nước ngưng, bể tuần hoàn 25 m³", 70, 15, True),
             ("Nhà ủ phân 120 m²", 80, 15, True),
             ("Bao bì, hộp, nhãn", 60, 0, False),
             ("Vốn lưu động", 360, 0, False)],
        src=[("Vốn chủ sở hữu", 1010), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        loan=[700, 550, 400], rate=0.08,
        planted=dict(profit=(1, 810.0)),
        env=dict(
            days=270,
            ww=[("Nước ngưng sau tách dầu", 0.4, ("raw", 0)),
                ("Nước xả lò hơi, vệ sinh nồi", 0.05, ("raw", 0))],
            solids=[("ba", "Bã lá tràm sau chưng cất", 0.9, ("raw", 0)),
                    ("tro", "Tro lò hơi", 0.03, ("raw", 0))],
            uses=[("ba", "Phơi khô làm nhiên liệu lò hơi", 0.55, 0, "own"),
                  ("ba", "Đưa vào nhà ủ phân", 0.45, 0, "compost"),
                  ("tro", "Trộn vào đống ủ", 1.0, 0, "compost")],
            compost=(0.4, 0.75, 1200000),
            biogas=None,
            fuel=(0, 0.35, 1100000),
            cost=[("Chế phẩm vi sinh ủ phân", "compost", 200000),
                  ("Vận hành bể lắng, bơm tuần hoàn", "m3", 30000),
                  ("Thu gom rác sinh hoạt", "fixed", 3.0)],
        ),
    ),
    # ---------------------------------------------------------------- ju09 revise, beverage
    "ju09": dict(
        unit="lít",
        products=[("Nước bưởi ép nguyên chất, chai 330 ml", "chai", 0.33,
                   [60000, 100000, 170000], [25000, 25000, 25000]),
                  ("Nước bưởi ép mật ong, chai 330 ml", "chai", 0.33,
                   [30000, 50000, 85000], [28000, 28000, 28000]),
                  ("Nước bưởi ép, chai 1 lít", "chai", 1,
                   [4000, 7000, 12000], [65000, 65000, 65000])],
        hist=dict(out=[18000, 20000, 22000], price=[70000, 72000, 74000],
                  margin=[0.09, 0.10, 0.10]),
        raws=[("Quả bưởi tươi", "kg", 2.6, 8000,
               [("Vườn bưởi của thành viên", [20, 20, 20], "ha", 15000),
                ("Hộ trồng bưởi ngoài hợp tác xã", [30, 30, 30], "hộ", 3000)])],
        cap=(500, 250, "500 lít/ngày", "250 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2], 12), ("Bóc, ép, thanh trùng", [4, 4, 4], 12),
               ("Chiết rót, kho", [2, 2, 2], 12), ("Môi trường, ủ phân", [1, 1, 1], 12)],
        wage=[6.0, 6.2, 6.4],
        pack_cost=[4500, 5000, 8000], energy=3000,
        sell=[150, 160, 170], other=[60, 60, 60],
        inv=[("Hầm biogas 20 m³", 80, 15, True),
             ("Bể lắng 2 ngăn 20 m³, bể điều hòa", 70, 15, True),
             ("Bãi lọc trồng cây 60 m²", 40, 15, True),
             ("Nhà ủ phân có mái che 100 m²", 90, 15, True),
             ("Máy băm vỏ bưởi, máy trộn phân", 60, 10, True),
             ("Chai, nắp, thùng in sẵn", 90, 0, False),
             ("Vốn lưu động", 360, 0, False)],
        src=[("Vốn góp của thành viên", 400), ("Quỹ đầu tư phát triển của hợp tác xã", 90),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        loan=[300, 200, 100], rate=0.08,
        dep_extra=120,  # the pressing line bought in 2025 (1.200 triệu over 10 years)
        env=dict(
            days=250,
            ww=[("Nước rửa quả", 1.5, ("raw", 0)),
                ("Nước rửa chai, vệ sinh thiết bị", 4.0, ("out",))],
            solids=[("vo", "Vỏ bưởi", 0.45, ("raw", 0)),
                    ("ba", "Bã tép, màng", 0.12, ("raw", 0)),
                    ("hat", "Hạt bưởi", 0.03, ("raw", 0))],
            uses=[("vo", "Bán cho cơ sở chưng cất tinh dầu", 0.3, 1000000, "sell"),
                  ("vo", "Băm, đưa vào nhà ủ phân", 0.7, 0, "compost"),
                  ("ba", "Đưa vào nhà ủ phân", 1.0, 0, "compost"),
                  ("hat", "Bán cho vườn ươm gốc ghép", 1.0, 5000000, "sell")],
            compost=(0.5, 0.8, 1500000),
            biogas=(20, 0.35, 250, 0.45, 28000),
            cost=[("Men vi sinh, vôi, chế phẩm ủ", "compost", 300000),
                  ("Vận hành bể lắng, bãi lọc", "m3", 12000),
                  ("Phân tích mẫu nước sau xử lý", "fixed", 6.0)],
        ),
    ),
    # ---------------------------------------------------------------- ju10 revise, food
    "ju10": dict(
        unit="kg",
        products=[("Cá cơm khô tẩm gia vị, túi 200 g", "túi", 0.2,
                   [25000, 27500, 30000], [60000, 62000, 64000]),
                  ("Cá chỉ vàng khô tẩm, túi 250 g", "túi", 0.25,
                   [16000, 17600, 19200], [82000, 84000, 86000]),
                  ("Mực xé tẩm gia vị, túi 100 g", "túi", 0.1,
                   [12000, 13200, 14400], [75000, 77000, 79000])],
        hist=dict(out=[8000, 8800, 9500], price=[300000, 310000, 320000],
                  margin=[0.11, 0.12, 0.12]),
        raws=[("Cá cơm, cá chỉ vàng tươi", "kg", [0.64, 0.75, 0], 35000,
               [("Tàu cá của ngư dân thôn Hải Thanh (hợp đồng)", [8, 8, 8], "tàu", 4000),
                ("Vựa cá cảng Xuân Hội (hợp đồng)", [1, 1, 1], "vựa", 6000)]),
              ("Mực ống tươi", "kg", [0, 0, 0.35], 120000,
               [("Vựa mực cảng Cửa Hội (hợp đồng)", [1, 1, 1], "vựa", 6000)])],
        cap=(50, 300, "50 kg thành phẩm/ngày", "300 ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2], 12), ("Sơ chế, tẩm ướp", [4, 4, 4], 12),
               ("Sấy, đóng gói", [3, 3, 4], 12), ("Bán hàng", [2, 2, 2], 12)],
        wage=[6.5, 6.8, 7.1],
        pack_cost=[3000, 3000, 3000], energy=15000,
        sell=[200, 220, 240], other=[80, 80, 80],
        inv=[("Máy sấy nhiệt 2 buồng 120 kg/mẻ", 320, 10, False),
             ("Máy tẩm ướp, máy xé mực", 150, 10, False),
             ("Kho lạnh 20 m³", 180, 10, False),
             ("Cải tạo xưởng chế biến 150 m²", 300, 15, False),
             ("Máy đóng gói hút chân không", 90, 10, False),
             ("Bao bì, thiết kế mẫu", 60, 0, False),
             ("Vốn lưu động", 400, 0, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng thương mại cổ phần", 600)],
        loan=[600, 450, 300], rate=0.085,
        env=dict(days=0, ww=[], solids=[], uses=[], compost=None, biogas=None, cost=[]),
    ),
}

# --------------------------------------------------------------------------- the model
def r1(x: float) -> float:
    """Half-up rounding to one decimal (the plans print triệu đồng to 0,1)."""
    return (int(abs(x) * 10 + 0.5 + 1e-9) / 10) * (1 if x >= 0 else -1)


def r2(x: float) -> float:
    return (int(abs(x) * 100 + 0.5 + 1e-9) / 100) * (1 if x >= 0 else -1)


def _basis(M: dict, basis: tuple, y: int) -> float:
    """kg of the basis a stream is reckoned on: a raw material's need, or the output."""
    return M["need"][basis[1]][y] if basis[0] == "raw" else M["out"][y]


def model(key: str, planted: bool = True) -> dict:
    """Every figure of plan `key`. planted=False gives the true values where a numeric defect
    was planted (the printed figure is what planted=True gives)."""
    P = PLANS[key]
    pl = P.get("planted", {}) if planted else {}
    M: dict = {"key": key}
    prods = P["products"]
    M["packs"] = [list(p[3]) for p in prods]
    M["price"] = [list(p[4]) for p in prods]
    M["out"] = [r2(sum(p[3][y] * p[2] for p in prods)) for y in range(3)]
    # history 2024-2026
    h = P["hist"]
    M["h_out"] = list(h["out"])
    M["h_price"] = list(h["price"])
    M["h_rev"] = [r1(h["out"][i] * h["price"][i] / 1e6) for i in range(3)]
    M["h_profit"] = [r1(M["h_rev"][i] * h["margin"][i]) for i in range(3)]
    M["h_cost"] = [r1(M["h_rev"][i] - M["h_profit"][i]) for i in range(3)]
    # raw materials
    M["need"], M["supply_rows"], M["supply"] = [], [], []
    for (_lab, _u, norm, _price, rows) in P["raws"]:
        if isinstance(norm, list):
            need = [r1(sum(M["packs"][i][y] * norm[i] for i in range(len(prods)))) for y in range(3)]
        else:
            need = [r1(M["out"][y] * norm) for y in range(3)]
        M["need"].append(need)
        sr = [[r1(cnt[y] * yld) for y in range(3)] for (_l, cnt, _w, yld) in rows]
        M["supply_rows"].append(sr)
        M["supply"].append([r1(sum(s[y] for s in sr)) for y in range(3)])
    # capacity
    rating, mult = P["cap"][0], P["cap"][1]
    M["cap"] = r2(rating * mult)
    M["use"] = [r1(M["out"][y] / M["cap"] * 100) for y in range(3)]
    # staff and wages
    M["staff"] = [list(r[1]) for r in P["roles"]]
    M["staff_total"] = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    M["wage"] = list(P["wage"])
    M["wagefund_rows"] = [[r1(r[1][y] * P["wage"][y] * r[2]) for y in range(3)] for r in P["roles"]]
    M["wagefund"] = [r1(sum(w[y] for w in M["wagefund_rows"])) for y in range(3)]
    # environment
    E = P["env"]
    M["ww_rows"] = [[r1(norm * _basis(M, b, y) / 1000) for y in range(3)] for (_l, norm, b) in E["ww"]]
    M["ww"] = [r1(sum(w[y] for w in M["ww_rows"])) for y in range(3)]
    M["ww_day"] = [r2(M["ww"][y] / E["days"]) for y in range(3)] if E.get("days") else [0.0] * 3
    M["solids"] = {}
    for (k, _lab, ratio, b, *rest) in E["solids"]:
        div = 1000 if (rest[0] if rest else "tấn") == "tấn" else 1
        M["solids"][k] = [r1(ratio * _basis(M, b, y) / div) for y in range(3)]
    M["uses"] = []
    for (k, _lab, share, price, kind) in E["uses"]:
        t = [r1(M["solids"][k][y] * share) for y in range(3)]
        M["uses"].append(t)
    ci = [r1(sum(M["uses"][i][y] for i, u in enumerate(E["uses"]) if u[4] == "compost"))
          for y in range(3)]
    M["compost_in"] = ci
    if E.get("compost"):
        cy, cs, cp = E["compost"]
        M["compost"] = [r1(ci[y] * cy) for y in range(3)]
        M["compost_sold"] = [r1(M["compost"][y] * cs) for y in range(3)]
        M["compost_own"] = [r1(M["compost"][y] - M["compost_sold"][y]) for y in range(3)]
        M["compost_rev"] = [r1(M["compost_sold"][y] * cp / 1e6) for y in range(3)]
    else:
        M["compost"] = M["compost_sold"] = M["compost_own"] = M["compost_rev"] = [0.0] * 3
    if E.get("biogas"):
        tank, rate, bdays, lpg, lpg_price = E["biogas"]
        M["gas_day"] = r1(tank * rate)
        M["gas"] = r1(tank * rate * bdays)
        M["lpg"] = r1(M["gas"] * lpg)
        M["gas_saving"] = r1(M["lpg"] * lpg_price / 1e6)
    if E.get("fuel"):
        ui, factor, fprice = E["fuel"]
        M["fuel_t"] = [r1(M["uses"][ui][y] * factor) for y in range(3)]
        M["fuel_saving"] = [r1(M["fuel_t"][y] * fprice / 1e6) for y in range(3)]
    M["env_cost_rows"] = []
    for (_lab, kind, v) in E["cost"]:
        if kind == "m3":
            M["env_cost_rows"].append([r1(M["ww"][y] * v / 1e6) for y in range(3)])
        elif kind == "compost":
            M["env_cost_rows"].append([r1(M["compost"][y] * v / 1e6) for y in range(3)])
        else:
            M["env_cost_rows"].append([r1(v[y] if isinstance(v, list) else v) for y in range(3)])
    M["env_cost"] = [r1(sum(c[y] for c in M["env_cost_rows"])) for y in range(3)]
    works = [i for i in P["inv"] if i[3]]
    M["works"] = [w[1] for w in works]
    M["works_total"] = r1(sum(M["works"]))
    if "works_total" in pl:
        M["works_total"] = pl["works_total"]
    # investment and sources
    M["inv"] = [i[1] for i in P["inv"]]
    M["inv_total"] = r1(sum(M["inv"]))
    M["dep_new"] = r1(sum(i[1] / i[2] for i in P["inv"] if i[2]))
    M["dep"] = r1(M["dep_new"] + P.get("dep_extra", 0))
    M["src"] = [s[1] for s in P["src"]]
    M["src_total"] = r1(sum(M["src"]))
    M["src_share"] = [r1(s / M["src_total"] * 100) for s in M["src"]]
    # revenue
    M["rev_rows"] = [[r1(M["packs"][i][y] * M["price"][i][y] / 1e6) for y in range(3)]
                     for i in range(len(prods))]
    M["rev_true_rows"] = [list(r) for r in M["rev_rows"]]
    if "rev_line" in pl:
        i, y, v = pl["rev_line"]
        M["rev_rows"][i][y] = v
    M["by_rows"] = []  # by-product revenue lines: (label, tonnes, price đ/t, triệu)
    for j, (k, lab, share, price, kind) in enumerate(E["uses"]):
        if kind == "sell":
            M["by_rows"].append([r1(M["uses"][j][y] * price / 1e6) for y in range(3)])
    if E.get("compost") and E["compost"][1] > 0:
        M["by_rows"].append(list(M["compost_rev"]))
    M["rev"] = [r1(sum(r[y] for r in M["rev_rows"] + M["by_rows"])) for y in range(3)]
    # cost
    rows = []
    for j, (lab, _u, _n, price, _rows) in enumerate(P["raws"]):
        rows.append([r1(M["need"][j][y] * price / 1e6) for y in range(3)])
    rows.append([r1(sum(M["packs"][i][y] * P["pack_cost"][i] for i in range(len(prods))) / 1e6)
                 for y in range(3)])
    rows.append([r1(M["out"][y] * P["energy"] / 1e6) for y in range(3)])
    rows.append(list(M["wagefund"]))
    rows.append([M["dep"]] * 3)
    rows.append([r1(P["loan"][y] * P["rate"]) for y in range(3)])
    rows.append(list(M["env_cost"]))
    rows.append([r1(x) for x in P["sell"]])
    rows.append([r1(x) for x in P["other"]])
    M["cost_rows"] = rows
    M["cost"] = [r1(sum(r[y] for r in rows)) for y in range(3)]
    M["profit"] = [r1(M["rev"][y] - M["cost"][y]) for y in range(3)]
    if "profit" in pl:
        y, v = pl["profit"]
        M["profit"][y] = v
    M["margin"] = [r1(M["profit"][y] / M["rev"][y] * 100) for y in range(3)]
    M["avg_profit"] = r1(sum(M["profit"]) / 3)
    M["payback"] = r1(M["inv_total"] / (M["avg_profit"] + M["dep"]))
    if "payback" in pl:
        M["payback"] = pl["payback"]
    return M


def summary(key: str) -> str:
    M = model(key)
    return (f"{key}: out {M['out']} cap {M['cap']} use {M['use']} need {M['need']} supply {M['supply']}\n"
            f"  rev {M['rev']} cost {M['cost']} profit {M['profit']} margin {M['margin']}\n"
            f"  inv {M['inv_total']} src {M['src_total']} dep {M['dep']} payback {M['payback']}\n"
            f"  ww {M['ww']} /day {M['ww_day']} solids {M['solids']} uses {M['uses']}\n"
            f"  compost {M['compost']} sold {M['compost_sold']} by {M['by_rows']} envcost {M['env_cost']}\n"
            f"  cost rows {M['cost_rows']} staff {M['staff_total']} h_rev {M['h_rev']} h_out {M['h_out']}")


# --------------------------------------------------------------------------- presentation
# Table titles (a caption line holds "Bảng N" / "Biểu N" and the title; the checker finds a table
# by its title) and the labels of rows that are not constants above.
TITLES_DEFAULT = dict(
    hist="Kết quả sản xuất kinh doanh 2024 – 2026", price="Giá bán dự kiến",
    comp="Giá bán của một số sản phẩm cùng loại", raw="Nhu cầu và nguồn cung nguyên liệu",
    equip="Máy móc, thiết bị chính", staff="Lao động và quỹ lương",
    out="Kế hoạch sản lượng", waste="Chất thải, phụ phẩm phát sinh",
    uses="Phương án tận dụng phụ phẩm", works="Công trình bảo vệ môi trường",
    envcost="Chi phí vận hành bảo vệ môi trường", inv="Tổng vốn đầu tư",
    src="Nguồn vốn", rev="Doanh thu dự kiến", cost="Chi phí sản xuất kinh doanh",
    sum="Tổng hợp hiệu quả kinh tế")
TITLES: dict[str, dict] = {
    "ju01": {}, "ju02": dict(waste="Chất thải và phụ phẩm của lò rượu", uses="Sử dụng bỗng rượu, tro và khí biogas"),
    "ju03": dict(waste="Lượng phôi nấm, nước thải phát sinh", uses="Tận dụng phôi nấm sau thu hái"),
    "ju04": dict(waste="Chất thải của xưởng mộc", uses="Sử dụng mùn cưa, gỗ vụn, cặn sơn"),
    "ju05": dict(waste="Phụ phẩm và nước thải của xưởng ép", uses="Sử dụng vỏ lạc, khô dầu, cặn dầu"),
    "ju06": dict(waste="Nước thải và chất thải rắn", uses="Tận dụng bún vụn, xỉ than, khí biogas"),
    "ju07": dict(waste="Chất thải từ giết mổ và chế biến", uses="Xử lý, tận dụng chất thải rắn"),
    "ju08": dict(waste="Bã lá, nước ngưng và tro lò hơi", uses="Tận dụng bã lá tràm và tro"),
    "ju09": dict(waste="Vỏ, bã bưởi và nước thải phát sinh", uses="Tận dụng vỏ, bã, hạt bưởi"),
    "ju10": {},
}


def title(key: str, t: str) -> str:
    return TITLES[key].get(t, TITLES_DEFAULT[t])


# short names of raw materials in multi-material tables (None: the table has one material)
RAW_SHORT = {"ju03": ["mùn cưa", "cám", "giống"], "ju04": ["gỗ", "sơn"], "ju10": ["cá", "mực"]}
# revenue lines of by-products, in the order model() puts them in M["by_rows"]
BY_LABELS = {
    "ju01": ["Bã xơ sắn dây bán làm thức ăn", "Phân hữu cơ ủ từ bã, vỏ"],
    "ju02": ["Bỗng rượu bán cho hộ nuôi lợn"],
    "ju03": ["Phôi nấm bán làm giá thể", "Túi nilon bán tái chế", "Phân hữu cơ từ phôi nấm"],
    "ju04": ["Mùn cưa bán cho hộ trồng nấm"],
    "ju05": ["Khô dầu lạc", "Cặn dầu"],
    "ju06": ["Bún vụn bán làm thức ăn chăn nuôi"],
    "ju07": [],
    "ju08": ["Phân hữu cơ ủ từ bã lá tràm"],
    "ju09": ["Vỏ bưởi bán chưng cất tinh dầu", "Hạt bưởi bán vườn ươm", "Phân hữu cơ từ vỏ, bã bưởi"],
    "ju10": [],
}
COST_FIXED_LABELS = ["Bao bì", "Điện, nước, nhiên liệu", "Tiền lương, tiền công",
                     "Khấu hao tài sản cố định", "Lãi vay", "Chi phí bảo vệ môi trường",
                     "Bán hàng, quảng bá", "Chi phí khác"]
COST_LABELS = {
    "ju01": ["Củ sắn dây tươi", "Bao bì, hũ, túi", "Điện, nước, nhiên liệu sấy", "Tiền lương, tiền công",
             "Khấu hao tài sản cố định", "Lãi vay", "Vận hành xử lý môi trường", "Bán hàng, quảng bá",
             "Chi phí khác"],
    "ju02": ["Gạo nếp cái", "Chai, bình sứ, can, hộp", "Củi, điện, nước", "Tiền lương, tiền công",
             "Khấu hao tài sản cố định", "Lãi vay", "Chi phí bảo vệ môi trường", "Bán hàng, quảng bá",
             "Chi phí khác"],
    "ju03": ["Mùn cưa", "Cám gạo, bột ngô", "Giống linh chi", "Bao bì, hộp, túi", "Điện, củi hấp sấy",
             "Tiền công lao động", "Khấu hao tài sản cố định", "Lãi vay", "Chi phí bảo vệ môi trường",
             "Bán hàng, quảng bá", "Chi phí khác"],
    "ju04": ["Gỗ xẻ", "Sơn, dầu lau gỗ", "Hộp, túi, thẻ treo", "Điện sản xuất", "Tiền lương, tiền công",
             "Khấu hao tài sản cố định", "Lãi vay", "Chi phí bảo vệ môi trường", "Bán hàng, hội chợ",
             "Chi phí khác"],
    "ju05": ["Lạc củ", "Chai, can, nhãn", "Điện, nước", "Tiền lương, tiền công",
             "Khấu hao tài sản cố định", "Lãi vay", "Chi phí môi trường", "Bán hàng, vận chuyển",
             "Chi phí khác"],
    "ju06": ["Gạo tẻ, gạo lứt", "Túi đóng gói", "Than, điện, nước", "Tiền công lao động",
             "Khấu hao tài sản cố định", "Lãi vay", "Chi phí môi trường", "Giao hàng, bán hàng",
             "Chi phí khác"],
    "ju07": ["Thịt lợn nạc", "Lá chuối, túi hút chân không", "Điện, nước, gas", "Tiền lương, tiền công",
             "Khấu hao tài sản cố định", "Lãi vay", "Chi phí bảo vệ môi trường", "Bán hàng, giao hàng",
             "Chi phí khác"],
    "ju08": ["Cành lá tràm", "Chai, hộp, can", "Điện, nước", "Tiền lương, tiền công",
             "Khấu hao tài sản cố định", "Lãi vay", "Chi phí môi trường", "Bán hàng, quảng bá",
             "Chi phí khác"],
    "ju09": ["Quả bưởi", "Chai, nắp, thùng", "Điện, nước", "Tiền lương, tiền công",
             "Khấu hao tài sản cố định", "Lãi vay", "Chi phí môi trường", "Bán hàng",
             "Chi phí khác"],
    "ju10": ["Cá tươi", "Mực tươi", "Túi, hộp", "Gia vị, điện sấy", "Tiền lương, tiền công",
             "Khấu hao tài sản cố định", "Lãi vay", "Chi phí môi trường", "Bán hàng, quảng bá",
             "Chi phí khác"],
}


def hist_labels(unit: str) -> list[str]:
    return [f"Sản lượng ({unit})", f"Giá bán bình quân (đồng/{unit})", "Doanh thu (triệu đồng)",
            "Chi phí (triệu đồng)", "Lợi nhuận (triệu đồng)"]


def vnum(x: float, dec: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def facts(key: str) -> dict[str, str]:
    """The numbers the prose quotes, formatted as the plan prints them."""
    P, M = PLANS[key], model(key)
    F: dict[str, str] = {}
    for y in range(3):
        F[f"out{y}"] = vnum(M["out"][y])
        F[f"rev{y}"] = vnum(M["rev"][y], 1)
        F[f"cost{y}"] = vnum(M["cost"][y], 1)
        F[f"profit{y}"] = vnum(M["profit"][y], 1)
        F[f"margin{y}"] = vnum(M["margin"][y], 1)
        F[f"use{y}"] = vnum(M["use"][y], 1)
        F[f"staff{y}"] = str(M["staff_total"][y])
        F[f"ww{y}"] = vnum(M["ww"][y], 1)
        F[f"wwd{y}"] = vnum(M["ww_day"][y], 2)
        F[f"envcost{y}"] = vnum(M["env_cost"][y], 1)
        F[f"compost{y}"] = vnum(M["compost"][y], 1)
        F[f"csold{y}"] = vnum(M["compost_sold"][y], 1)
        F[f"cown{y}"] = vnum(M["compost_own"][y], 1)
        F[f"crev{y}"] = vnum(M["compost_rev"][y], 1)
        F[f"cin{y}"] = vnum(M["compost_in"][y], 1)
        for k, v in M["solids"].items():
            F[f"sol_{k}{y}"] = vnum(v[y], 1) if v[y] < 100 or v[y] != int(v[y]) else vnum(v[y])
        for i, u in enumerate(M["uses"]):
            F[f"use{i}_{y}"] = vnum(u[y], 1) if u[y] < 100 or u[y] != int(u[y]) else vnum(u[y])
        for j in range(len(M["need"])):
            F[f"need{j}_{y}"] = vnum(M["need"][j][y], 1 if M["need"][j][y] != int(M["need"][j][y]) else 0)
            F[f"supply{j}_{y}"] = vnum(M["supply"][j][y], 1 if M["supply"][j][y] != int(M["supply"][j][y]) else 0)
        for i in range(len(M["by_rows"])):
            F[f"by{i}_{y}"] = vnum(M["by_rows"][i][y], 1)
        for i in range(len(M["rev_rows"])):
            F[f"revl{i}_{y}"] = vnum(M["rev_rows"][i][y], 1)
            F[f"packs{i}_{y}"] = vnum(M["packs"][i][y])
            F[f"price{i}_{y}"] = vnum(M["price"][i][y])
        if "fuel_t" in M:
            F[f"fuel_t{y}"] = vnum(M["fuel_t"][y], 1)
            F[f"fuel_save{y}"] = vnum(M["fuel_saving"][y], 1)
    F["cap"] = vnum(M["cap"])
    F["inv"] = vnum(M["inv_total"], 1)
    F["inv0"] = vnum(M["inv_total"])
    F["src"] = vnum(M["src_total"], 1)
    F["dep"] = vnum(M["dep"], 1)
    F["avgprofit"] = vnum(M["avg_profit"], 1)
    F["payback"] = vnum(M["payback"], 1)
    F["works"] = vnum(M["works_total"], 1)
    F["works0"] = vnum(r1(sum(M["works"])))
    F["h_out2"] = vnum(M["h_out"][2])
    F["h_rev2"] = vnum(M["h_rev"][2], 1)
    if "gas" in M:
        F["gas"] = vnum(M["gas"])
        F["gas_day"] = vnum(M["gas_day"], 1)
        F["lpg"] = vnum(M["lpg"], 1)
        F["gsave"] = vnum(M["gas_saving"], 1)
    for i, v in enumerate(M["src"]):
        F[f"src{i}"] = vnum(v)
    E = P["env"]
    F["days"] = str(E.get("days", 0))
    for i, (k, lab, share, price, kind) in enumerate(E["uses"]):
        F[f"share{i}"] = vnum(share * 100)
        if price:
            F[f"uprice{i}"] = vnum(price)
    if E.get("compost"):
        F["cyield"] = vnum(E["compost"][0] * 100)
        F["cshare"] = vnum(E["compost"][1] * 100)
        F["cprice"] = vnum(E["compost"][2])
    if E.get("biogas"):
        tank, rate, bdays, lpg, lpg_price = E["biogas"]
        F["tank"] = vnum(tank)
        F["gasrate"] = vnum(rate, 2)
        F["bdays"] = str(bdays)
        F["lpgk"] = vnum(lpg, 2)
        F["lpgprice"] = vnum(lpg_price)
    if E.get("fuel"):
        F["fuelk"] = vnum(E["fuel"][1], 1)
        F["fuelprice"] = vnum(E["fuel"][2])
    for i, (lab, kind, v) in enumerate(E["cost"]):
        F[f"ecost{i}"] = vnum(v) if kind != "fixed" else vnum(v, 1)
    for i, (lab, _u, norm, price, rows) in enumerate(P["raws"]):
        F[f"rprice{i}"] = vnum(price)
        if not isinstance(norm, list):
            F[f"norm{i}"] = vnum(norm, 2 if norm * 100 % 10 else (1 if norm % 1 else 0))
    for i, w in enumerate(M["wage"]):
        F[f"wage{i}"] = vnum(w, 1)
    F["rate"] = vnum(P["rate"] * 100, 1 if (P["rate"] * 1000) % 10 else 0)
    F["energy"] = vnum(P["energy"])
    return F


# the facts (see facts()) each plan's prose quotes; every one must appear in the plan
PROSE = {
    "ju01": ["avgprofit", "bdays", "cap", "cin0", "compost0", "cown0", "cprice", "crev0", "cshare", "csold0", "cyield", "dep", "ecost0", "ecost1", "ecost2", "energy", "envcost0", "envcost1", "envcost2", "gas", "gas_day", "gasrate", "gsave", "h_out2", "h_rev2", "inv", "inv0", "lpg", "lpgk", "lpgprice", "norm0", "out0", "out1", "out2", "payback", "rate", "rev0", "rev2", "rprice0", "share0", "share1", "sol_ba0", "sol_vo0", "src1", "staff0", "staff2", "tank", "uprice0", "use0", "use0_0", "use1_0", "use2", "wage0", "works0", "wwd0", "wwd2"],
    "ju02": ["avgprofit", "bdays", "cap", "dep", "ecost0", "ecost1", "ecost2", "envcost0", "envcost2", "gas", "gas_day", "gasrate", "gsave", "h_out2", "h_rev2", "inv", "inv0", "lpg", "norm0", "out0", "out2", "payback", "rate", "rev0", "rev2", "rprice0", "share0", "share1", "sol_bo0", "sol_tro0", "src2", "staff0", "staff2", "tank", "uprice0", "use0_0", "use1_0", "wwd0", "wwd2"],
    "ju03": ["avgprofit", "cap", "cin0", "compost0", "cown0", "cprice", "crev0", "cshare", "csold0", "cyield", "dep", "ecost0", "ecost1", "ecost2", "energy", "envcost0", "envcost2", "h_out2", "h_rev2", "inv0", "norm0", "norm1", "norm2", "out0", "out1", "out2", "payback", "rev0", "rev2", "rprice0", "share0", "share1", "sol_phoi0", "sol_tui0", "staff0", "staff2", "uprice1", "uprice3", "use0_0", "use1_0", "use2_0", "wage0", "wwd0", "wwd2"],
    "ju04": ["avgprofit", "cap", "dep", "fuel_save0", "fuel_t0", "fuelprice", "h_out2", "h_rev2", "inv", "inv0", "out0", "out1", "out2", "payback", "rate", "rev0", "rev2", "share0", "share1", "sol_dam0", "sol_mun0", "sol_son0", "sol_son2", "src1", "staff0", "staff2", "uprice0", "use0_0", "use1_0", "wage0", "wage2", "works0", "wwd0", "wwd2"],
    "ju05": ["avgprofit", "cap", "dep", "ecost0", "ecost1", "ecost2", "envcost0", "fuel_save0", "fuel_t0", "fuelk", "fuelprice", "h_out2", "h_rev2", "inv0", "norm0", "out0", "out1", "out2", "payback", "rate", "rev0", "rprice0", "share0", "share1", "sol_can0", "sol_kho0", "sol_tro0", "sol_vo0", "src1", "staff0", "staff2", "supply0_0", "uprice2", "uprice3", "use0_0", "use1_0", "wage0", "wwd0", "wwd2"],
    "ju06": ["avgprofit", "dep", "ecost0", "ecost1", "ecost2", "envcost0", "gas", "gas_day", "gasrate", "gsave", "h_out2", "h_rev2", "inv", "inv0", "lpg", "norm0", "out0", "out1", "out2", "payback", "rate", "rev0", "rev2", "rprice0", "sol_vun0", "sol_xi0", "src1", "staff0", "tank", "uprice0", "wage0", "wage2", "wwd0", "wwd2"],
    "ju07": ["bdays", "cap", "cin0", "compost0", "cyield", "gas", "gas_day", "gasrate", "gsave", "h_out2", "h_rev2", "inv0", "lpg", "lpgprice", "norm0", "out0", "out1", "out2", "payback", "rate", "rev0", "rev2", "rprice0", "sol_la0", "sol_long0", "sol_phan0", "src2", "staff0", "staff2", "tank", "wage0", "wwd0", "wwd2"],
    "ju08": ["avgprofit", "cap", "cin0", "compost0", "cown0", "cprice", "crev0", "cshare", "csold0", "cyield", "dep", "ecost0", "ecost1", "ecost2", "envcost0", "envcost2", "fuel_save0", "fuel_t0", "fuelk", "fuelprice", "h_out2", "h_rev2", "inv0", "norm0", "out0", "out1", "out2", "payback", "rate", "rev0", "rev2", "rprice0", "share0", "share1", "sol_ba0", "sol_tro0", "src1", "staff0", "staff2", "use0_0", "use1_0", "wage0", "wwd0", "wwd2"],
    "ju09": ["avgprofit", "bdays", "cap", "cin0", "cin2", "compost0", "compost2", "cprice", "crev0", "cshare", "csold0", "cyield", "dep", "gas", "gas_day", "gasrate", "gsave", "h_out2", "h_rev2", "inv", "inv0", "lpg", "norm0", "out0", "out1", "out2", "payback", "rev0", "rev1", "rev2", "rprice0", "share0", "share1", "sol_ba0", "sol_hat0", "sol_vo2", "tank", "uprice0", "uprice3", "use0_0", "use0_2", "wage0", "wwd2"],
    "ju10": ["avgprofit", "cap", "h_out2", "h_rev2", "inv0", "out0", "out1", "out2", "payback", "rate", "rev0", "rev2", "rprice0", "rprice1", "src1", "staff0", "staff2", "wage0", "wage2"],
}


# --------------------------------------------------------------------------- the checks
_CELL_NUM = re.compile(r"^-?[\d.]+(,\d+)?$")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, name: str) -> list[list[str]]:
        """Body rows (header dropped) of the table whose caption ('Bảng N' / 'Biểu N') holds `name`."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if name in line and re.match(r"\s*\**(Bảng|Biểu)\s+\d+", line):
                rows, started = [], False
                for l2 in lines[i + 1:]:
                    s = l2.strip()
                    if s.startswith("|"):
                        started = True
                        cells = [c.strip() for c in s.strip("|").split("|")]
                        if all(set(c) <= set("-: ") for c in cells):
                            continue
                        rows.append(cells)
                    elif started:
                        break
                return rows[1:]
        self.failures.append(f"table not found: {name}")
        return []

    def nums(self, rows: list[list[str]], label: str, prefix: bool = False, n: int = 3) -> list[float]:
        """The numbers of the row whose label cell is `label` (or starts with it)."""
        for r in rows:
            lab = r[1].replace("**", "") if len(r) > 1 else ""
            if lab == label or (prefix and lab.startswith(label)):
                vals = [vn(c) for c in r[2:] if _CELL_NUM.match(c)]
                if len(vals) >= n:
                    return vals
        self.failures.append(f"row not found: {label!r}")
        return [0.0] * max(n, 3)

    def eq(self, got: float, exp: float, what: str) -> None:
        if not (close(got, exp) or abs(got - exp) <= 0.11):
            self.failures.append(f"{what}: printed {got}, computed {exp}")

    def wrong(self, got: float, true: float, what: str) -> None:
        """A planted numeric defect: wrong by more than 5 % against the true value."""
        if not off(got, true):
            self.failures.append(f"planted {what}: printed {got} is not > 5 % off the true {true}")


def check_full(p: Plan, key: str) -> None:
    P, M, Tr = PLANS[key], model(key), model(key, planted=False)
    pl = P.get("planted", {})
    E = P["env"]
    tab = lambda t: p.table(title(key, t))  # noqa: E731
    Y3 = range(3)

    # history 2024-2026: revenue = output x price, profit = revenue - cost
    rows = tab("hist")
    ho, hp, hr, hc, hpr = (p.nums(rows, lab) for lab in hist_labels(P["unit"]))
    for i in Y3:
        p.eq(hr[i], ho[i] * hp[i] / 1e6, f"history revenue {HIST_YEARS[i]}")
        p.eq(hpr[i], hr[i] - hc[i], f"history profit {HIST_YEARS[i]}")
        p.eq(ho[i], M["h_out"][i], f"history output {HIST_YEARS[i]}")
        p.eq(hp[i], M["h_price"][i], f"history price {HIST_YEARS[i]}")

    # prices and output plan
    rows = tab("price")
    price = [p.nums(rows, pr[0]) for pr in P["products"]]
    for i, pr in enumerate(P["products"]):
        for y in Y3:
            p.eq(price[i][y], pr[4][y], f"price {pr[0]} {YEARS[y]}")
    rows = tab("out")
    packs = [p.nums(rows, pr[0]) for pr in P["products"]]
    out = p.nums(rows, "Sản lượng quy đổi")
    for y in Y3:
        for i, pr in enumerate(P["products"]):
            p.eq(packs[i][y], pr[3][y], f"packs {pr[0]} {YEARS[y]}")
        p.eq(out[y], sum(packs[i][y] * pr[2] for i, pr in enumerate(P["products"])), f"output {YEARS[y]}")
    cap = P["cap"][0] * P["cap"][1]
    if key == "ju06":  # planted capacity-exceeded: no capacity row; the equipment table and text state it
        p.has(P["cap"][2], P["cap"][3])
        p.check(out[2] > cap * 1.05, f"planted capacity-exceeded: 2029 output {out[2]} within {cap}")
        p.check(out[1] <= cap, "2028 output over capacity (only 2029 is planted)")
    else:
        capr = p.nums(rows, "Công suất thiết kế")
        use = p.nums(rows, "Mức sử dụng công suất")
        for y in Y3:
            p.eq(capr[y], cap, f"capacity {YEARS[y]}")
            p.eq(use[y], out[y] / cap * 100, f"capacity use {YEARS[y]}")
            p.check(out[y] <= cap * (0.85 if not pl and key not in ("ju05", "ju07", "ju08", "ju09", "ju10") else 1.0),
                    f"output {out[y]} over capacity {cap} in {YEARS[y]}")
    # 2027 output against 2026
    if key == "ju09":  # planted unrealistic-growth
        g = [out[0] / ho[2] - 1, out[1] / out[0] - 1, out[2] / out[1] - 1]
        p.check(all(x > 0.5 for x in g), f"planted unrealistic-growth: output growth {g}")
        p.check(M["staff_total"][0] == M["staff_total"][2], "ju09: staff must stay the same")
    else:
        p.check(out[0] <= ho[2] * 1.2, f"2027 output {out[0]} more than +20 % over 2026 {ho[2]}")

    # raw materials: supply = count x yield, need = output (or packs) x norm
    rows = tab("raw")
    short = RAW_SHORT.get(key)
    for j, (lab, unit, norm, rprice, srows) in enumerate(P["raws"]):
        s = f" {short[j]}" if short else ""
        sup = [p.nums(rows, sl + " (", prefix=True) for (sl, _c, _w, _y) in srows]
        for k, (sl, cnt, _w, yld) in enumerate(srows):
            for y in Y3:
                p.eq(sup[k][y], cnt[y] * yld, f"supply {sl} {YEARS[y]}")
        tot = p.nums(rows, f"Cộng nguồn cung{s}")
        need = [sum(packs[i][y] * norm[i] for i in range(len(packs))) if isinstance(norm, list)
                else out[y] * norm for y in Y3]
        for y in Y3:
            p.eq(tot[y], sum(x[y] for x in sup), f"supply total {lab} {YEARS[y]}")
            p.eq(need[y], M["need"][j][y], f"need {lab} {YEARS[y]}")
        if key == "ju05":  # planted material-shortfall: no need or balance row, the text says enough
            for y in Y3:
                p.check(need[y] > tot[y] * 1.05, f"planted material-shortfall {YEARS[y]}: need {need[y]} vs {tot[y]}")
            p.lacks(r"Nhu cầu theo kế hoạch|Còn dư|thiếu", "ju05 balance row or shortfall word")
            p.has("bảo đảm đủ nguyên liệu cho kế hoạch sản xuất cả giai đoạn 2027 – 2029")
        else:
            pn = p.nums(rows, (f"Nhu cầu{s}" if short else "Nhu cầu theo kế hoạch") + " (", prefix=True)
            bal = p.nums(rows, f"Còn dư{s}" if short else "Còn dư")
            for y in Y3:
                p.eq(pn[y], need[y], f"need row {lab} {YEARS[y]}")
                p.eq(bal[y], tot[y] - pn[y], f"balance {lab} {YEARS[y]}")
                p.check(need[y] <= tot[y], f"need over supply {lab} {YEARS[y]}")

    # staff and wages
    rows = tab("staff")
    fund = [0.0] * 3
    for (role, n, months) in P["roles"]:
        got = p.nums(rows, role if months == 12 else f"{role} ({months} tháng/năm)")
        for y in Y3:
            p.eq(got[y], n[y], f"staff {role} {YEARS[y]}")
            fund[y] += got[y] * P["wage"][y] * months
    st = p.nums(rows, "Tổng số lao động")
    wg = p.nums(rows, "Lương bình quân (triệu đồng/tháng)")
    wf = p.nums(rows, "Quỹ lương (triệu đồng)")
    for y in Y3:
        p.eq(st[y], sum(r[1][y] for r in P["roles"]), f"staff total {YEARS[y]}")
        p.eq(wg[y], P["wage"][y], f"wage {YEARS[y]}")
        p.eq(wf[y], fund[y], f"wage fund {YEARS[y]}")

    # environment: wastewater, residues, uses, compost, biogas, fuel, works, running cost
    if E["ww"]:
        rows = tab("waste")
        basis = lambda b, y: need_all[b[1]][y] if b[0] == "raw" else out[y]  # noqa: E731
        need_all = [M["need"][j] for j in range(len(P["raws"]))]
        tot_ww = [0.0] * 3
        for (lab, norm, b) in E["ww"]:
            got = p.nums(rows, lab)
            for y in Y3:
                p.eq(got[y], norm * basis(b, y) / 1000, f"wastewater {lab} {YEARS[y]}")
                tot_ww[y] += got[y]
        ww = p.nums(rows, "Tổng nước thải")
        wd = p.nums(rows, "Bình quân mỗi ngày")
        for y in Y3:
            p.eq(ww[y], tot_ww[y], f"wastewater total {YEARS[y]}")
            p.eq(wd[y], ww[y] / E["days"], f"wastewater per day {YEARS[y]}")
        sol = {}
        for (k, lab, ratio, b, *rest) in E["solids"]:
            div = 1000 if (rest[0] if rest else "tấn") == "tấn" else 1
            sol[k] = p.nums(rows, lab)
            for y in Y3:
                p.eq(sol[k][y], ratio * basis(b, y) / div, f"residue {lab} {YEARS[y]}")
        rows = tab("uses")
        used = []
        for i, (k, lab, share, uprice, kind) in enumerate(E["uses"]):
            got = p.nums(rows, lab + " (", prefix=True)
            used.append(got)
            for y in Y3:
                p.eq(got[y], sol[k][y] * share, f"use {lab} {YEARS[y]}")
        for k in sol:
            for y in Y3:
                p.eq(sum(used[i][y] for i, u in enumerate(E["uses"]) if u[0] == k), sol[k][y], f"uses of {k} add up {YEARS[y]}")
        if E.get("compost"):
            cy, cs, cp = E["compost"]
            cin = p.nums(rows, "Nguyên liệu đưa vào ủ")
            cm = p.nums(rows, "Phân hữu cơ thu được")
            for y in Y3:
                p.eq(cin[y], sum(used[i][y] for i, u in enumerate(E["uses"]) if u[4] == "compost"), f"compost input {YEARS[y]}")
                p.eq(cm[y], cin[y] * cy, f"compost made {YEARS[y]}")
            if cs:
                csold = p.nums(rows, "Phân hữu cơ bán ra")
                cown = p.nums(rows, "Phân hữu cơ dùng tại chỗ")
                for y in Y3:
                    p.eq(csold[y], cm[y] * cs, f"compost sold {YEARS[y]}")
                    p.eq(cown[y], cm[y] - csold[y], f"compost kept {YEARS[y]}")
        if E.get("biogas"):
            tank, rate, bdays, lpg, lpg_price = E["biogas"]
            gas = p.nums(rows, "Khí biogas thu được")
            lp = p.nums(rows, "Khí hóa lỏng thay thế")
            sv = p.nums(rows, "Tiền gas tiết kiệm")
            p.eq(gas[0], tank * rate * bdays, "biogas m3 a year")
            p.eq(lp[0], gas[0] * lpg, "LPG replaced")
            p.eq(sv[0], lp[0] * lpg_price / 1e6, "gas saving")
            p.has(f"{vnum(M['gas_day'], 1)} m³")
        if E.get("fuel"):
            ui, factor, fprice = E["fuel"]
            ft = p.nums(rows, "Củi thay thế")
            fs = p.nums(rows, "Tiền củi tiết kiệm")
            for y in Y3:
                p.eq(ft[y], used[ui][y] * factor, f"firewood replaced {YEARS[y]}")
                p.eq(fs[y], ft[y] * fprice / 1e6, f"firewood saving {YEARS[y]}")
        rows = tab("works")
        works = [i for i in P["inv"] if i[3]]
        wv = [p.nums(rows, w[0], n=1)[0] for w in works]
        for w, v in zip(works, wv):
            p.eq(v, w[1], f"works {w[0]}")
        wt = p.nums(rows, "Tổng cộng", n=1)[0]
        if "works_total" in pl:  # planted table-total-mismatch
            p.eq(wt, pl["works_total"], "printed works total")
            p.wrong(wt, sum(wv), "table-total-mismatch (works)")
        else:
            p.eq(wt, sum(wv), "works total")
        # running cost of the environmental measures
        ecost = []
        for (lab, kind, v) in E["cost"]:
            ecost.append([ww[y] * v / 1e6 if kind == "m3" else
                          (M["compost"][y] * v / 1e6 if kind == "compost" else v) for y in Y3])
        env_total = [sum(c[y] for c in ecost) for y in Y3]
        if any(title(key, "envcost") in line and re.match(r"\s*(Bảng|Biểu)\s+\d+", line)
               for line in p.body.splitlines()):
            rows = tab("envcost")
            for (lab, _k, _v), c in zip(E["cost"], ecost):
                got = p.nums(rows, lab)
                for y in Y3:
                    p.eq(got[y], c[y], f"env cost {lab} {YEARS[y]}")
            got = p.nums(rows, "Cộng")
            for y in Y3:
                p.eq(got[y], env_total[y], f"env cost total {YEARS[y]}")
    else:
        env_total = [0.0] * 3

    # investment and sources
    rows = tab("inv")
    inv = [p.nums(rows, it[0], n=1) for it in P["inv"]]
    for it, got in zip(P["inv"], inv):
        p.eq(got[0], it[1], f"investment {it[0]}")
        if it[2]:
            p.eq(got[1] if len(got) > 1 else 0, it[2], f"life {it[0]}")
    inv_total = p.nums(rows, "Tổng cộng", n=1)[0]
    p.eq(inv_total, sum(g[0] for g in inv), "investment total")
    dep = sum(g[0] / it[2] for g, it in zip(inv, P["inv"]) if it[2]) + P.get("dep_extra", 0)
    rows = tab("src")
    src = [p.nums(rows, s[0], n=2) for s in P["src"]]
    src_total = p.nums(rows, "Tổng cộng", n=2)[0]
    p.eq(src_total, sum(s[0] for s in src), "sources total")
    for s, got in zip(P["src"], src):
        p.eq(got[0], s[1], f"source {s[0]}")
        p.eq(got[1], got[0] / src_total * 100, f"source share {s[0]}")
    if key == "ju07":  # planted capital-mismatch
        p.wrong(src_total, inv_total, "capital-mismatch (sources vs investment)")
        p.has("bảo đảm đủ vốn thực hiện phương án")
    else:
        p.eq(src_total, inv_total, "sources = investment")

    # revenue: product lines = packs x price, by-products = tonnes x price, total
    rows = tab("rev")
    rev_lines = [p.nums(rows, pr[0]) for pr in P["products"]]
    for i, pr in enumerate(P["products"]):
        for y in Y3:
            exp = packs[i][y] * price[i][y] / 1e6
            if pl.get("rev_line") and pl["rev_line"][:2] == (i, y):  # planted revenue-mismatch
                p.eq(rev_lines[i][y], pl["rev_line"][2], "printed planted revenue line")
                p.wrong(rev_lines[i][y], exp, f"revenue-mismatch {pr[0]} {YEARS[y]}")
            else:
                p.eq(rev_lines[i][y], exp, f"revenue {pr[0]} {YEARS[y]}")
    by_exp = []
    if E["uses"]:
        for i, (k, lab, share, uprice, kind) in enumerate(E["uses"]):
            if kind == "sell":
                by_exp.append([used[i][y] * uprice / 1e6 for y in Y3])
        if E.get("compost") and E["compost"][1]:
            by_exp.append([csold[y] * E["compost"][2] / 1e6 for y in Y3])
    by_lines = [p.nums(rows, lab) for lab in BY_LABELS[key]]
    p.check(len(by_lines) == len(by_exp), f"by-product lines {len(by_lines)} vs {len(by_exp)}")
    for lab, got, exp in zip(BY_LABELS[key], by_lines, by_exp):
        for y in Y3:
            p.eq(got[y], exp[y], f"by-product {lab} {YEARS[y]}")
    rev = p.nums(rows, "Tổng doanh thu")
    for y in Y3:
        p.eq(rev[y], sum(r[y] for r in rev_lines + by_lines), f"revenue total {YEARS[y]}")
        p.eq(rev[y], M["rev"][y], f"revenue total vs model {YEARS[y]}")
    if "rev_line" in pl:
        y = pl["rev_line"][1]
        p.wrong(rev[y], Tr["rev"][y], f"revenue total {YEARS[y]} follows the planted line")

    # cost lines
    rows = tab("cost")
    labs = COST_LABELS[key]
    got = {lab: p.nums(rows, lab) for lab in labs if not (lab == "Chi phí môi trường" and not any(env_total))}
    nr = len(P["raws"])
    for y in Y3:
        for j in range(nr):
            p.eq(got[labs[j]][y], M["need"][j][y] * P["raws"][j][3] / 1e6, f"cost {labs[j]} {YEARS[y]}")
        p.eq(got[labs[nr]][y], sum(packs[i][y] * P["pack_cost"][i] for i in range(len(packs))) / 1e6, f"packaging {YEARS[y]}")
        p.eq(got[labs[nr + 1]][y], out[y] * P["energy"] / 1e6, f"energy {YEARS[y]}")
        p.eq(got[labs[nr + 2]][y], wf[y], f"wages {YEARS[y]}")
        p.eq(got[labs[nr + 3]][y], dep, f"depreciation {YEARS[y]}")
        p.eq(got[labs[nr + 4]][y], P["loan"][y] * P["rate"], f"interest {YEARS[y]}")
        if any(env_total):
            p.eq(got[labs[nr + 5]][y], env_total[y], f"environment cost {YEARS[y]}")
        p.eq(got[labs[nr + 6]][y], P["sell"][y], f"selling {YEARS[y]}")
        p.eq(got[labs[nr + 7]][y], P["other"][y], f"other {YEARS[y]}")
    cost = p.nums(rows, "Tổng chi phí")
    for y in Y3:
        p.eq(cost[y], sum(v[y] for v in got.values()), f"cost total {YEARS[y]}")

    # summary, margin, payback, growth
    rows = tab("sum")
    sr, sc, sp, sm = (p.nums(rows, lab) for lab in ("Doanh thu", "Chi phí", "Lợi nhuận",
                                                     "Tỷ suất lợi nhuận/doanh thu (%)"))
    for y in Y3:
        p.eq(sr[y], rev[y], f"summary revenue {YEARS[y]}")
        p.eq(sc[y], cost[y], f"summary cost {YEARS[y]}")
        if pl.get("profit") and pl["profit"][0] == y:  # planted profit-mismatch
            p.eq(sp[y], pl["profit"][1], "printed planted profit")
            p.wrong(sp[y], sr[y] - sc[y], f"profit-mismatch {YEARS[y]}")
        else:
            p.eq(sp[y], sr[y] - sc[y], f"profit {YEARS[y]}")
        p.eq(sm[y], sp[y] / sr[y] * 100, f"margin {YEARS[y]}")
        true_margin = Tr["profit"][y] / Tr["rev"][y]
        p.check(0 < true_margin < 0.40, f"true margin {true_margin:.3f} in {YEARS[y]}")
    stated = M["payback"]
    p.has(f"{vnum(stated, 1)} năm")
    printed_pb = inv_total / (sum(sp) / 3 + dep)
    true_pb = Tr["inv_total"] / (sum(Tr["profit"]) / 3 + Tr["dep"])
    if "payback" in pl:  # planted payback-mismatch
        p.wrong(stated, printed_pb, "payback-mismatch against the printed profits")
        p.wrong(stated, true_pb, "payback-mismatch against the true profits")
    else:
        p.eq(stated, printed_pb, "payback from the printed profits")
        if key in ("ju05", "ju08"):  # knock-on of the planted revenue / profit defect (tolerated)
            p.wrong(stated, true_pb, "tolerated payback knock-on")
        else:
            p.eq(stated, true_pb, "payback from the true profits")
    tr = [Tr["h_rev"][2]] + Tr["rev"]
    for y in Y3:
        gr = tr[y + 1] / tr[y] - 1
        if key == "ju09":
            p.check(gr > 0.5, f"ju09 planted growth of revenue {YEARS[y]}: {gr:.2f}")
        else:
            p.check(gr < 0.35, f"revenue growth {gr:.2f} in {YEARS[y]}")

    # numbers quoted in the prose
    F = facts(key)
    for k in PROSE.get(key, []):
        p.has(F[k])
    p.lacks(PLACEHOLDER, "template placeholder") if key != "ju10" else None


READY_PAPERS = {
    "ju01": [r"đủ điều kiện an toàn thực phẩm", r"Giấy chứng nhận đăng ký doanh nghiệp"],
    "ju02": [r"Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", r"QCVN 6-3:2010/BYT",
             r"Không sử dụng cho người dưới 18 tuổi", r"đủ điều kiện an toàn thực phẩm"],
    "ju03": [r"không ghi công dụng chữa bệnh", r"đủ điều kiện an toàn thực phẩm", r"đăng ký hộ kinh doanh"],
    "ju04": [r"không phải thực phẩm", r"bảng kê lâm sản", r"chất thải nguy hại", r"mã số thuế"],
}


def check_ready(p: Plan, key: str) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "Luật Bảo vệ môi trường năm 2020", "08/2022/NĐ-CP", "05/2025/NĐ-CP",
          "43/2017/NĐ-CP", "111/2021/NĐ-CP")
    for pat in [r"tiêu chuẩn cơ sở", r"phiếu kết quả thử nghiệm", r"nhãn hiệu", r"truy xuất",
                r"đăng ký môi trường"] + READY_PAPERS[key]:
        if not re.search(pat, p.body, re.I):
            p.failures.append(f"ready paper missing: {pat}")
    p.lacks(REPLACED, "replaced instrument in a ready plan")
    for d, mth, yr in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
        p.check(int(yr) >= 2030, f"paper valid only to {d}/{mth}/{yr}")


def check_text(p: Plan, key: str) -> None:
    """Textual defects by the absence (or presence) of their words."""
    if key == "ju05":
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ", "ju05 trademark word")
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "TCCS", "43/2017/NĐ-CP")
    if key == "ju06":
        p.lacks(r"nhãn(?! hiệu)|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn|43/2017|111/2021|\bQR\b", "ju06 label word")
        p.has("Nhãn hiệu", "an toàn thực phẩm", "TCCS", "đăng ký môi trường")
    if key == "ju07":
        p.lacks(r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|(?<!\w)lô(?!\w)|kiểm soát nội bộ|lưu mẫu|"
                r"(?<!\w)tem(?!\w)|mã vạch|HACCP|ISO|kiểm soát chất lượng", "ju07 quality-control word")
        p.has("an toàn thực phẩm", "TCCS", "43/2017/NĐ-CP", "Nhãn hiệu", "3 sao")
    if key == "ju08":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "ju08 standard word")
        p.check(p.count("Công ty TNHH Dược liệu Kỳ Hoa") >= 3, "ju08: the other company's name fewer than 3 times")
        p.check(p.count("Công ty TNHH Tinh dầu Thiên Cầm") >= 4, "ju08: own name fewer than 4 times")
        p.has("không phải thực phẩm", "đủ điều kiện sản xuất mỹ phẩm", "Nhãn hiệu", "mã QR")
    if key == "ju09":
        p.lacks(r"cửa hàng|đại lý|siêu thị|sàn thương mại|nhà hàng|phân phối|bán lẻ|bán buôn|khách hàng|"
                r"thương mại điện tử|hội chợ|hợp đồng bao tiêu|quán", "ju09 channel word")
        m = re.search(r"# 7/ Thị trường\n(.*?)\n# 8/", p.body, re.S)
        p.check(bool(m) and not re.search(r"\d", m.group(1)), "ju09: the market part holds a figure")
        p.has("Sản lượng nước bưởi ép năm 2027 đạt 45.000 lít")
        p.wrong(45000, model(key)["out"][0], "figure-inconsistent (objective vs output table)")
    if key == "ju10":
        p.lacks(r"môi trường|chất thải|nước thải|(?<!\w)mùi|xử lý|bể lắng|biogas|(?<!\w)rác(?!\w)|phụ phẩm|"
                r"ô nhiễm|khí thải", "ju10 environment word")
        p.has("919/QĐ-TTg", "1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Nghi Xuân", "cấp huyện")
        p.lacks(r"148/QĐ-TTg|1489", "ju10 current instrument")
        p.has("[tên sản phẩm]", "mua thêm của ……")
        p.check(len(re.findall(PLACEHOLDER, p.body)) >= 2, "ju10 placeholders")


def check_sketchy(p: Plan, key: str) -> None:
    words = len(p.body.split())
    p.check(150 <= words <= 350, f"sketchy plan of {words} words")
    p.check(not p.rows, "sketchy plan with a table")
    p.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn hiệu|giấy phép|truy xuất|đăng ký môi trường",
            "sketchy plan paper")
    p.lacks(PLACEHOLDER, "template placeholder")
    if key == "ju11":
        p.has("chưa đăng ký kinh doanh", "2.000 chiếc", "25.000 đồng", "250 triệu đồng", "50 triệu đồng")
    else:
        p.has("28C8006231", "3.000 lít", "60.000 đồng/lít", "180 triệu đồng", "40 triệu đồng")


READY = ("ju01", "ju02", "ju03", "ju04")
SKETCHY = ("ju11", "ju12")


def stems() -> list[str]:
    return sorted(f.stem for f in (HERE / "src").glob("ju*.md"))


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    plans = []
    for stem in stems():
        key = stem[:4]
        if argv and key not in argv:
            continue
        p = Plan(stem)
        try:
            if key in SKETCHY:
                check_sketchy(p, key)
            else:
                check_full(p, key)
                check_text(p, key)
                if key in READY:
                    check_ready(p, key)
        except Exception as e:  # a crash is a failure of that plan, not of the run
            p.failures.append(f"check crashed: {e!r}")
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
