"""The 148th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout148/arithmetic.py

Theme: plans written by agricultural extension staff in abbreviations (SP, NL, SL, DT, CP, LN, LĐ,
ĐVT, tr.đ, ng.đ, HTX, THT, HKD, ATTP, TCCS, KH, KHTSCĐ, VCSH, VV, N1/N2/N3 ...), in Can Lộc,
Đức Thọ, Thạch Hà and Cẩm Xuyên. For every full plan (es01-es10) the constants give the products
(pack size in the plan's base unit, price, pack cost, packs per year), the 2024-2026 history
(output, average price, cost ratio, workers), the raw materials with their norms per base unit and
prices, the own supply (quantity x yield) and the contracted purchases, the capacity (per day or
per vat x days or vats), staff by role and wage, energy rate, investment items and capital
sources, asset life, loan balances and rate, selling and tax shares and a fixed line. From them
this script recomputes: output = sum of packs x size, history revenue = output x average price,
cost and profit, raw-material need = output x norm against own + purchased supply, output against
capacity, staff by role, investment items and sources, depreciation, interest, every revenue line
(packs x price), every cost line, the cost total, profit = revenue - cost, margin, growth, and
payback = investment / (average profit + depreciation). Each figure is then read back from the
plan's source (tables found by their caption "Bảng N.") and compared: planted numeric defects
must be wrong by more than 5 % (the true value is computed beside them), every other number right
within 1 %. Textual defects are asserted through the presence or absence of their words, and
every abbreviation a plan uses must be spelled out somewhere in it. Sketchy plans: 150-320 words,
no table.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path
from types import SimpleNamespace as NS

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year)
# hist: (output in base units, average price đ per base unit, cost / revenue, workers) 2024-2026
# raws: (label, unit, norm per base unit, price đ per unit); the first raw is balanced against supply
# own: (what, quantity, unit, yield of the first raw per unit and year) or None
# buy: (supplier, quantity of the first raw contracted per year)
# cap: (per day or per vat, working days or vats a year)
# inv: (label, tr.đ, fixed asset?); src: (label, tr.đ); loan: balance per year (tr.đ), rate
PLANS: dict[str, dict] = {
    "es01": dict(
        unit="chiếc",
        products=[("Bánh đa vừng đen loại lớn (ĐK 32 cm), túi 10 chiếc", "túi", 10, 55000, 2500, [14000, 15500, 17000]),
                  ("Bánh đa vừng nướng sẵn loại nhỏ (ĐK 16 cm), hộp 20 chiếc", "hộp", 20, 68000, 6000, [4000, 4500, 5000]),
                  ("Bánh đa vừng loại lớn, bó 50 chiếc (giao nhà hàng)", "bó", 50, 230000, 3000, [1000, 1100, 1200])],
        hist=[(205000, 4400, 0.85, 6), (222000, 4500, 0.84, 7), (245000, 4600, 0.83, 7)],
        raws=[("Gạo tẻ (Khang dân, Bắc thơm 7)", "kg", 0.05, 14000), ("Vừng đen", "kg", 0.004, 65000)],
        own=("ruộng lúa của thành viên HTX", 4, "ha", 3000),
        buy=[("THT SX lúa CLC thôn Phú Mỹ", 3000), ("Cơ sở xay xát Hồng Phúc", 4000)],
        cap=(1200, 300),
        roles=[("Ban QT HTX, kế toán", [2, 2, 2]), ("Tráng, phơi, nướng bánh", [3, 3, 4]), ("Đóng gói, kho", [1, 1, 1]),
               ("Bán hàng", [1, 1, 1])],
        wage=5.0, energy=300,
        inv=[("Cải tạo nhà xưởng tráng bánh một chiều 120 m²", 220, True),
             ("Máy xay bột nước, máy tráng bánh bán tự động", 180, True),
             ("Lò sấy bánh bằng khí nóng 500 chiếc/mẻ", 150, True), ("Giàn phơi inox, lưới che", 40, True),
             ("Thiết kế bao bì, mã vạch, tem QR", 35, False), ("Kiểm nghiệm, TCCS, hồ sơ OCOP", 25, False),
             ("Vốn lưu động", 200, False)],
        src=[("VCSH (vốn góp của thành viên)", 450), ("Quỹ phát triển SX của HTX", 100),
             ("VV Ngân hàng NN&PTNT", 300)],
        life=10, loan=[300, 200, 100], rate=0.08, sell=0.06, tax=0.015, other=40),
    "es02": dict(
        unit="lít",
        products=[("Nước mắm cốt cá cơm 40 độ đạm, chai thủy tinh 500 ml", "chai", 0.5, 95000, 9000, [24000, 26000, 28000]),
                  ("Nước mắm cá cơm 30 độ đạm, chai PET 1 lít", "chai", 1, 110000, 6000, [9000, 10000, 11000]),
                  ("Nước mắm nhĩ 25 độ đạm, can 5 lít cho nhà hàng", "can", 5, 420000, 15000, [1200, 1300, 1400])],
        hist=[(22000, 130000, 0.76, 9), (23500, 132000, 0.75, 9), (25000, 135000, 0.74, 10)],
        raws=[("Cá cơm tươi", "kg", 1.4, 26000), ("Muối hạt", "kg", 0.45, 4000)],
        own=("tàu câu, lưới vây của công ty", 1, "tàu", 12000),
        buy=[("Tàu HT 91468 TS (ông Lê Văn Sáu)", 9000), ("Tàu HT 90572 TS (ông Trần Đình Nhơn)", 8000),
             ("Tàu HT 92315 TS (ông Võ Hữu Tài)", 9000), ("Tổ đoàn kết khai thác hải sản Hải Nhượng", 10000)],
        cap=(1000, 36),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Thu mua, muối chượp", [3, 3, 3]), ("Lọc, đóng chai, kho", [3, 3, 4]),
               ("Bán hàng", [2, 2, 2])],
        wage=6.5, energy=1500,
        inv=[("8 thùng chượp gỗ bời lời 1.000 lít", 160, True), ("Nhà che thùng chượp và phòng lọc 150 m²", 380, True),
             ("Hệ thống lọc, bồn inox, máy chiết rót đóng nắp", 260, True),
             ("Bể thu gom nước rửa, hệ thống khử mùi", 120, True), ("Bao bì, tem QR, kiểm nghiệm", 60, False),
             ("Vốn lưu động", 500, False)],
        src=[("VCSH", 780), ("VV Ngân hàng TMCP", 700)],
        life=10, loan=[700, 500, 300], rate=0.09, sell=0.07, tax=0.02, other=120),
    "es03": dict(
        unit="kg",
        products=[("Trà vằng túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, 45000, 6000, [15000, 17000, 19000]),
                  ("Chè vằng khô cắt đoạn, túi 500 g", "túi", 0.5, 80000, 3000, [2400, 2600, 2800])],
        hist=[(1600, 350000, 0.80, 4), (1800, 360000, 0.79, 5), (2000, 370000, 0.78, 5)],
        raws=[("Lá, thân vằng tươi", "kg", 4, 8000)],
        own=("vườn vằng của hộ", 10, "sào", 300),
        buy=[("12 hộ thôn Yên Lạc", 2400), ("9 hộ thôn Trung Thành", 1800), ("THT dược liệu Đức Đồng", 3200)],
        cap=(10, 270),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Sơ chế, sấy", [2, 2, 2]), ("Đóng gói", [1, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=10000,
        inv=[("Cải tạo nhà sơ chế, sấy, đóng gói 60 m²", 120, True), ("Máy sấy bơm nhiệt 100 kg/mẻ", 110, True),
             ("Máy cắt, máy nghiền, máy đóng gói túi lọc", 140, True), ("Bao bì, tem QR, kiểm nghiệm, TCCS", 40, False),
             ("Vốn lưu động", 90, False)],
        src=[("VCSH của hộ", 300), ("VV NHCSXH", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.06, tax=0.015, other=25),
    "es04": dict(
        unit="SP",
        products=[("Khay trà gỗ xoan đào chạm hoa văn", "chiếc", 1, 850000, 25000, [900, 1000, 1100]),
                  ("Hộp đựng trà gỗ hương, bộ 2 hộp", "bộ", 1, 420000, 15000, [1500, 1700, 1900]),
                  ("Tượng gỗ phong thủy cỡ nhỏ, cao 20 cm", "chiếc", 1, 1200000, 30000, [400, 450, 500])],
        hist=[(2200, 580000, 0.80, 7), (2400, 600000, 0.78, 7), (2600, 620000, 0.77, 8)],
        raws=[("Gỗ xoan đào, gỗ hương (rừng trồng)", "m³", 0.012, 9000000), ("Dầu lau gỗ, sơn PU gốc nước", "lít", 0.08, 120000)],
        own=None,
        buy=[("Cơ sở xẻ gỗ Trường An", 15), ("Công ty Lâm nghiệp Hồng Hà", 14), ("HTX lâm nghiệp Sơn Kim", 15)],
        cap=(12, 300),
        roles=[("Ban QT HTX, kế toán", [2, 2, 2]), ("Thợ mộc, chạm khắc", [4, 5, 5]), ("Đánh bóng, sơn", [1, 1, 1]),
               ("Bán hàng", [1, 1, 1])],
        wage=7.0, energy=10000,
        inv=[("Máy CNC chạm khắc 4 đầu", 320, True), ("Máy bào, máy cưa bàn, máy chà nhám", 120, True),
             ("Lò sấy gỗ 5 m³/mẻ", 150, True), ("Hệ thống hút bụi, buồng sơn màng nước", 130, True),
             ("Thiết kế mẫu, bao bì, tem QR", 40, False), ("TCCS, thử nghiệm, nhãn hiệu", 30, False),
             ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của thành viên", 550), ("VV Ngân hàng NN&PTNT", 500)],
        life=10, loan=[500, 350, 200], rate=0.08, sell=0.07, tax=0.015, other=60),
    "es05": dict(
        unit="chiếc",
        products=[("Bánh ram cấp đông, hộp 10 chiếc", "hộp", 10, 60000, 3500, [9000, 10000, 11000]),
                  ("Bánh ram cấp đông, túi 30 chiếc cho quán ăn", "túi", 30, 150000, 2000, [2000, 2300, 2600])],
        hist=[(120000, 5400, 0.90, 5), (128000, 5500, 0.89, 6), (140000, 5600, 0.88, 6)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 0.025, 28000), ("Thịt lợn, tôm đất, mộc nhĩ (nhân bánh)", "kg", 0.008, 120000)],
        own=("ruộng nếp của các tổ viên", 12, "sào", 150),
        buy=[("HTX NN Thạch Văn", 3200)],
        cap=(560, 280),
        roles=[("Tổ trưởng, thủ quỹ", [1, 1, 1]), ("Chế biến, nặn, chiên bánh", [3, 3, 3]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=4.5, energy=200,
        inv=[("Tủ cấp đông 1.000 lít", 70, True), ("Máy hàn miệng túi, máy in date", 25, True),
             ("Cải tạo bếp, bàn inox", 45, True), ("Thiết kế bao bì, nhãn, đăng ký nhãn hiệu", 30, False),
             ("Vốn lưu động", 80, False)],
        src=[("Vốn góp của tổ viên", 150), ("VV NHCSXH", 100)],
        life=8, loan=[100, 70, 40], rate=0.066, sell=0.05, tax=0.01, other=20),
    "es06": dict(
        unit="kg",
        products=[("Mực khô loại 1 (14–18 con/kg), túi hút chân không 500 g", "túi", 0.5, 650000, 5000, [2400, 2600, 2800]),
                  ("Mực khô loại 2 (25–30 con/kg), túi 500 g", "túi", 0.5, 480000, 5000, [1600, 1800, 2000]),
                  ("Mực khô xé sợi tẩm vị, hũ 200 g", "hũ", 0.2, 180000, 7000, [1500, 1700, 2000])],
        hist=[(1900, 1020000, 0.80, 5), (2050, 1040000, 0.79, 5), (2200, 1050000, 0.78, 6)],
        raws=[("Mực ống, mực lá tươi", "kg", 5, 110000)],
        own=("thuyền câu mực của hộ", 1, "thuyền", 4500),
        buy=[("Tàu HT 93127 TS (ông Nguyễn Văn Quyết)", 2700), ("Tàu HT 90846 TS (ông Phan Đình Thắng)", 2400),
             ("Nậu vựa Hải Yến (cảng cá Cẩm Nhượng)", 2200)],
        cap=(12, 250),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Mổ, phơi, sấy", [3, 3, 3]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=6.0, energy=15000,
        inv=[("Máy sấy bơm nhiệt 150 kg/mẻ", 180, True), ("Giàn phơi inox có mái che 200 m²", 90, True),
             ("Tủ đông, kho mát", 110, True), ("Máy hút chân không, máy xé sợi", 70, True),
             ("Vốn lưu động", 350, False)],
        src=[("VCSH của hộ", 450), ("VV Ngân hàng NN&PTNT", 350)],
        life=8, loan=[350, 250, 150], rate=0.08, sell=0.05, tax=0.015, other=40),
    "es07": dict(
        unit="lít",
        products=[("Rượu nếp cái hoa vàng 40 % vol, chai thủy tinh 500 ml", "chai", 0.5, 120000, 12000, [10000, 11000, 12000]),
                  ("Rượu nếp cái 35 % vol, bình sứ 1 lít", "bình", 1, 220000, 35000, [2000, 2200, 2400]),
                  ("Rượu nếp 30 % vol, can 2 lít", "can", 2, 160000, 6000, [1500, 1600, 1800])],
        hist=[(8000, 165000, 0.85, 6), (8600, 168000, 0.84, 7), (9400, 172000, 0.84, 7)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 1.4, 30000), ("Men lá thuốc bắc", "kg", 0.04, 150000)],
        own=("ruộng nếp cái hoa vàng của thành viên", 6, "ha", 2000),
        buy=[("THT lúa nếp thôn Đồng Xuân", 3000), ("Các hộ trồng nếp thôn Bắc Tiến", 2500)],
        cap=(45, 300),
        roles=[("Ban QT HTX, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [3, 3, 3]), ("Lọc, hạ thổ, đóng chai", [2, 2, 2]),
               ("Bán hàng", [1, 1, 2])],
        wage=6.0, energy=8000,
        inv=[("Hệ thống chưng cất inox 2 nồi, làm lạnh", 260, True), ("Máy lọc tách andehit, methanol", 180, True),
             ("Kho ủ, hạ thổ rượu 60 m², 40 chum sành", 220, True), ("Hầm biogas, bể chứa bỗng rượu", 90, True),
             ("Máy chiết rót, đóng nắp", 70, True), ("Bao bì, nhãn, kiểm nghiệm, TCCS", 60, False),
             ("Vốn lưu động", 370, False)],
        src=[("VCSH (vốn góp của thành viên)", 500), ("VV Ngân hàng NN&PTNT", 550)],
        life=10, loan=[550, 400, 250], rate=0.08, sell=0.07, tax=0.02, other=60),
    "es08": dict(
        unit="kg",
        products=[("Tinh bột nghệ vàng nguyên chất, hũ thủy tinh 250 g", "hũ", 0.25, 180000, 9000, [6000, 6600, 7200]),
                  ("Tinh bột nghệ vàng, túi 500 g", "túi", 0.5, 330000, 4000, [1200, 1300, 1400])],
        hist=[(1600, 660000, 0.82, 5), (1750, 680000, 0.81, 6), (1900, 690000, 0.80, 6)],
        raws=[("Củ nghệ vàng tươi", "kg", 20, 7000)],
        own=("vùng nghệ công ty thuê đất trồng", 2, "ha", 20000),
        buy=[("THT trồng nghệ thôn Tân Hòa", 8000), ("Các hộ thôn Gia Thịnh", 6000)],
        cap=(9, 290),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, xay, lọc, sấy", [3, 3, 3]), ("Đóng gói, bán hàng", [1, 1, 2])],
        wage=6.5, energy=30000,
        inv=[("Máy rửa, máy xay củ nghệ 300 kg/giờ", 140, True), ("Bể lắng, máy lọc tách tinh bột", 160, True),
             ("Máy sấy lạnh 50 kg/mẻ", 210, True), ("Cải tạo xưởng SX 100 m²", 150, True),
             ("Bao bì, kiểm nghiệm, TCCS", 50, False), ("Vốn lưu động", 290, False)],
        src=[("VCSH", 600), ("VV Ngân hàng TMCP", 400)],
        life=10, loan=[400, 300, 200], rate=0.09, sell=0.06, tax=0.015, other=50),
    "es09": dict(
        unit="SP",
        products=[("Giỏ cói đựng đồ có quai, cỡ 30 × 25 cm", "chiếc", 1, 150000, 4000, [3000, 3300, 3600]),
                  ("Thảm cói tròn ĐK 60 cm", "chiếc", 1, 180000, 3000, [2000, 2200, 2400]),
                  ("Hộp cói đựng quà, bộ 3 chiếc", "bộ", 1, 220000, 6000, [1200, 1300, 1400])],
        hist=[(5200, 150000, 0.80, 10), (5600, 155000, 0.79, 10), (5900, 160000, 0.78, 11)],
        raws=[("Cói khô (đã chẻ, phơi)", "kg", 0.6, 25000), ("Phụ liệu (chỉ, quai, vải lót)", "bộ", 1, 8000)],
        own=("ruộng cói của các hộ trong nhóm", 20, "sào", 160),
        buy=[("Các hộ trồng cói thôn Nam Hải", 1500)],
        cap=(25, 300),
        roles=[("Nhóm trưởng, ghi chép", [1, 1, 1]), ("Chẻ cói, đan", [8, 9, 9]), ("Hoàn thiện, đóng gói, bán hàng", [2, 2, 2])],
        wage=4.0, energy=2000,
        inv=[("Nhà đan chung 80 m², sân phơi", 110, True), ("Máy chẻ cói, máy dệt chiếu", 70, True),
             ("Lò sấy chống mốc", 45, True), ("Vốn lưu động", 105, False)],
        src=[("Vốn góp của các hộ", 200), ("Vay quỹ tín dụng Hội LHPN xã", 130)],
        life=8, loan=[130, 90, 50], rate=0.07, sell=0.05, tax=0.01, other=15),
    "es10": dict(
        unit="kg",
        products=[("Kẹo lạc vừng, hộp 300 g", "hộp", 0.3, 48000, 3500, [16000, 32000, 40000]),
                  ("Kẹo lạc, túi 500 g", "túi", 0.5, 70000, 2000, [7000, 15000, 18000]),
                  ("Kẹo vừng thanh, gói 200 g", "gói", 0.2, 32000, 1500, [10500, 19500, 25000])],
        hist=[(8000, 140000, 0.88, 9), (8600, 143000, 0.87, 9), (9200, 145000, 0.87, 9)],
        raws=[("Lạc nhân", "kg", 0.5, 50000), ("Mạch nha, đường", "kg", 0.45, 22000), ("Vừng", "kg", 0.08, 60000)],
        own=None,
        buy=[("HTX Nông nghiệp Đức Lạc", 6000), ("THT trồng lạc thôn Yên Mỹ", 4000), ("Các hộ thôn Trung Hậu", 4000)],
        cap=(120, 280),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu, cán, cắt kẹo", [4, 4, 4]), ("Đóng gói, kho", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.0, energy=4000,
        inv=[("Dây chuyền nấu, cán, cắt kẹo bán tự động", 420, True), ("Máy rang lạc, máy tách vỏ lụa", 120, True),
             ("Máy đóng gói, máy hàn", 90, True), ("Bao bì, TCCS, kiểm nghiệm, tem QR", 50, False),
             ("Vốn lưu động", 420, False)],
        src=[("VCSH", 600), ("VV Ngân hàng TMCP", 500)],
        life=10, loan=[500, 400, 300], rate=0.09, sell=0.08, tax=0.015, other=90),
}


# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "es05": {"rev_line": (0, 1, 1.12)},   # 2028 revenue line of the 10-cake box x 1,12; total, selling, tax, profit follow
    "es07": {"payback": 1.5},             # sources 1.050 vs investment 1.250 are in the constants; payback printed 1,5
    "es08": {"profit": (2, 1.30)},        # 2029 profit in the summary x 1,30; margin follows
    "es09": {"cost_total": (1, 0.90)},    # 2028 cost total 10 % short of its lines; profit follows
}


def model(key: str) -> NS:
    """The true figures of a full plan."""
    P = PLANS[key]
    m = NS()
    prods = P["products"]
    m.out = [sum(p[2] * p[5][y] for p in prods) for y in range(3)]
    m.rev_line = [[p[3] * p[5][y] / 1e6 for y in range(3)] for p in prods]
    m.rev = [sum(line[y] for line in m.rev_line) for y in range(3)]
    m.need = [[m.out[y] * r[2] for y in range(3)] for r in P["raws"]]
    own = P["own"]
    m.own = own[1] * own[3] if own else 0
    m.buy = sum(b[1] for b in P["buy"])
    m.supply = m.own + m.buy
    m.cap = P["cap"][0] * P["cap"][1]
    m.staff = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    m.inv = sum(i[1] for i in P["inv"])
    m.fixed = sum(i[1] for i in P["inv"] if i[2])
    m.src = sum(s[1] for s in P["src"])
    m.dep = m.fixed / P["life"]
    m.hrev = [h[0] * h[1] / 1e6 for h in P["hist"]]
    m.hcost = [r * h[2] for r, h in zip(m.hrev, P["hist"])]
    m.hprofit = [r - c for r, c in zip(m.hrev, m.hcost)]
    _costs(P, m)
    return m


def _costs(P: dict, m: NS) -> None:
    lines = {}
    for i, r in enumerate(P["raws"]):
        lines[f"raw{i}"] = [m.need[i][y] * r[3] / 1e6 for y in range(3)]
    lines["pack"] = [sum(p[4] * p[5][y] for p in P["products"]) / 1e6 for y in range(3)]
    lines["wage"] = [m.staff[y] * P["wage"] * 12 for y in range(3)]
    lines["energy"] = [m.out[y] * P["energy"] / 1e6 for y in range(3)]
    lines["dep"] = [m.dep] * 3
    lines["int"] = [P["loan"][y] * P["rate"] for y in range(3)]
    lines["sell"] = [m.rev[y] * P["sell"] for y in range(3)]
    lines["tax"] = [m.rev[y] * P["tax"] for y in range(3)]
    lines["other"] = [P["other"]] * 3
    m.lines = lines
    m.cost = [sum(v[y] for v in lines.values()) for y in range(3)]
    m.profit = [m.rev[y] - m.cost[y] for y in range(3)]
    m.margin = [m.profit[y] / m.rev[y] * 100 for y in range(3)]
    m.payback = m.inv / (sum(m.profit) / 3 + m.dep)


def printed(key: str) -> NS:
    """What the plan prints: the true figures with its planted defects and their knock-ons."""
    P, m = PLANS[key], model(key)
    pm = copy.deepcopy(m)
    d = PLANTED.get(key, {})
    if "rev_line" in d:
        i, y, f = d["rev_line"]
        pm.rev_line[i][y] = m.rev_line[i][y] * f
        pm.rev = [sum(line[yy] for line in pm.rev_line) for yy in range(3)]
        _costs(P, pm)
    if "cost_total" in d:
        y, f = d["cost_total"]
        pm.cost[y] = m.cost[y] * f
        pm.profit = [pm.rev[yy] - pm.cost[yy] for yy in range(3)]
        pm.margin = [pm.profit[yy] / pm.rev[yy] * 100 for yy in range(3)]
    if "profit" in d:
        y, f = d["profit"]
        pm.profit[y] = m.profit[y] * f
        pm.margin = [pm.profit[yy] / pm.rev[yy] * 100 for yy in range(3)]
    pm.payback = d.get("payback", pm.inv / (sum(pm.profit) / 3 + pm.dep))
    return pm


# --------------------------------------------------------------------------- reading the plans
READY = ("es01", "es02", "es03", "es04")
SKETCHY = ("es11", "es12")
STEMS = {
    "es01": "es01_banh_da_vung_thien_loc_htx",
    "es02": "es02_nuoc_mam_hai_nhuong_cty",
    "es03": "es03_tra_vang_duc_dong_hkd",
    "es04": "es04_go_my_nghe_yen_ho_htx",
    "es05": "es05_banh_ram_thach_van_tht",
    "es06": "es06_muc_kho_cam_linh_hkd",
    "es07": "es07_ruou_nep_thach_kenh_htx",
    "es08": "es08_tinh_bot_nghe_gia_hanh_cty",
    "es09": "es09_do_coi_nam_hai_nhom_ho",
    "es10": "es10_keo_lac_truong_son_cty",
    "es11": "es11_bot_san_day_vuong_loc_so_sai",
    "es12": "es12_non_la_tung_chau_so_sai",
}
LONG_REVENUE = ("es01", "es03", "es06", "es08", "es10")  # one row per product and year: SL, ĐG (ng.đ), TT
# tables are found by their caption ("Bảng N. <caption>")
CAPTIONS = {
    "hist": r"^(KQ|Kết quả) SX", "prod": r"^(Danh mục )?SP,? (quy cách|và (giá|ĐG))", "raw": r"^(Cân đối|Nhu cầu và nguồn)",
    "staff": r"LĐ", "plan": r"^KH SL", "inv": r"^(Tổng|Nhu cầu) VĐT", "src": r"[Nn]guồn vốn",
    "rev": r"^(Dự toán )?DT", "cost": r"^(Dự toán )?CP", "sum": r"^(Tổng hợp|Hiệu quả KT)", "papers": r"^Hồ sơ",
}
# Abbreviations each plan uses; every one must be spelled out in it (a list, a table or at first use).
ABBR = {
    "es01": "PA SXKD SX HTX THT SP NL SL DT CP LN LĐ ĐVT ĐG TT STT BQ tr.đ ng.đ ATTP TCCS KH KT XH MT TB CN "
            "KHTSCĐ VĐT VCSH VV QT NN&PTNT NN&MT HĐ KD TSCĐ CLC ĐK N1 QSDĐ GCN UBND SHTT",
    "es02": "SP NL SL DT CP LN LĐ DN TNHH PA SXKD SX ĐVT ĐG STT BQ tr.đ ng.đ ATTP TCCS KH KHTSCĐ VĐT VCSH VV TB "
            "TMCP BVMT MT XH UBND GCN SHTT NN&MT HĐ KD ĐKMT",
    "es03": "HKD PA SXKD SX KD SP NL SL DT CP LN LĐ ĐVT ĐG TT STT BQ tr.đ ng.đ ATTP TCCS KH KT HĐ THT TB KHTSCĐ "
            "TSCĐ VCSH VV NHCSXH GCN UBND NN&MT SHTT XH MT VĐT N1",
    "es04": "HTX PA SXKD SX KD SP NL SL DT CP LN LĐ ĐVT ĐG STT BQ tr.đ ng.đ KH KT XH MT TB QT TCCS GCN UBND SHTT "
            "KHTSCĐ TSCĐ VĐT VV NN&PTNT HĐ ATTP ĐKMT TT",
    "es05": "THT PA SXKD SX SP NL SL DT CP LN LĐ ĐVT ĐG TT STT BQ tr.đ ng.đ ATTP KH KT XH MT TB GCN UBND SHTT "
            "KHTSCĐ TSCĐ VĐT VV NHCSXH HTX NN N1 HĐ",
    "es06": "HKD CSSX PA SXKD SX KD SP NL SL DT CP LN LĐ ĐVT ĐG STT BQ tr.đ ng.đ ATTP TCCS KH KT XH TB GCN UBND "
            "SHTT KHTSCĐ TSCĐ VĐT VCSH VV NN&PTNT N1 HĐ TT",
    "es07": "HTX PA SXKD SX KD SP NL SL DT CP LN LĐ ĐVT ĐG TT STT BQ tr.đ ng.đ ATTP TCCS KH KT XH MT TB QT GCN "
            "UBND SHTT KHTSCĐ TSCĐ VĐT VCSH VV NN&PTNT THT HĐ ĐKMT BVMT CN",
    "es08": "TNHH PA SXKD SX KD SP NL SL DT CP LN LĐ ĐVT ĐG TT STT BQ tr.đ ng.đ ATTP TCCS KH KT XH MT TB GCN UBND "
            "SHTT KHTSCĐ TSCĐ VĐT VCSH VV TMCP THT HĐ NN&PTNT ĐKDN HĐND",
    "es09": "PA SXKD SX KD SP NL SL DT CP LN LĐ ĐVT ĐG TT STT BQ tr.đ ng.đ KH KT XH MT TB TCCS UBND KHTSCĐ TSCĐ "
            "VĐT VV LHPN N1 ĐK",
    "es10": "SP PA SXKD SX NL SL DT CP LN LĐ ĐVT ĐG TT STT BQ tr.đ ng.đ KH TCCS GCN TB KHTSCĐ VĐT VCSH VV TMCP "
            "HTX THT HĐ N1",
    "es11": "PA SXKD SP SL DT LN tr.đ KH",
    "es12": "SP NL SL DT LĐ tr.đ",
}
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|01/2021/NĐ-CP|"
            r"Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|\bhuyện\b|Sở Kế hoạch")


def vnum(s: str) -> float | None:
    s = s.strip()
    return vn(s) if re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", s) else None


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, what: str) -> list[list[str]]:
        """The rows (header first) of the first table whose caption matches CAPTIONS[what]."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            m = re.match(r"Bảng \d+\. (.*)$", line.strip())
            if m and re.search(CAPTIONS[what], m.group(1)):
                rows, j = [], i + 1
                while j < len(lines) and not lines[j].strip().startswith("|"):
                    j += 1
                while j < len(lines) and lines[j].strip().startswith("|"):
                    cells = [c.strip() for c in lines[j].strip().strip("|").split("|")]
                    if not re.fullmatch(r"-+", cells[0]):
                        rows.append(cells)
                    j += 1
                return rows
        self.failures.append(f"table not found: {what}")
        return [["", "", "0", "0", "0", "0", "0", "0"]] * 40

    def nums(self, row: list[str], n: int = 3) -> list[float]:
        vals = [v for c in row[2:] if (v := vnum(c)) is not None]
        return vals[-n:] if len(vals) >= n else [0.0] * n

    def same(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got}, computed {round(want, 2)}")

    def wrong(self, got: float, true: float, what: str) -> None:
        if not off(got, true):
            self.failures.append(f"planted {what}: plan {got} is within 5 % of the true {round(true, 2)}")

    def rows3(self, what: str, first: int = 1) -> list[list[float]]:
        """Every body row of a table with three year numbers at its end."""
        return [self.nums(r) for r in self.table(what)[first:]]


# --------------------------------------------------------------------------- checks
def check_full(p: Plan, key: str) -> None:
    P, m, pm = PLANS[key], model(key), printed(key)
    d = PLANTED.get(key, {})

    # history 2024-2026: SL, ĐG (ng.đ), DT, CP, LN, LĐ
    h = p.table("hist")[1:]
    want = [[x[0] for x in P["hist"]], [x[1] / 1000 for x in P["hist"]], m.hrev, m.hcost, m.hprofit,
            [x[3] for x in P["hist"]]]
    for r, w in zip(h, want):
        for y in range(3):
            p.same(p.nums(r)[y], w[y], f"history {r[1]} {2024 + y}")
    for y in range(3):
        p.same(p.nums(h[2])[y], p.nums(h[0])[y] * p.nums(h[1])[y] / 1000, f"history DT = SL × ĐG {2024 + y}")
        p.same(p.nums(h[4])[y], p.nums(h[2])[y] - p.nums(h[3])[y], f"history LN = DT − CP {2024 + y}")
    p.check(m.out[0] <= P["hist"][2][0] * 1.2, f"{key}: N1 output more than +20 % on 2026")

    # products and prices
    prod = p.table("prod")[1:]
    for r, pr in zip(prod, P["products"]):
        p.check(r[1] == pr[0], f"product row {r[1]!r} is not {pr[0]!r}")
        p.same(vnum(r[-1]) or 0, pr[3], f"price of {pr[0]}")

    # production plan: packs per product and the output in base units
    plan = p.rows3("plan")
    for r, pr in zip(plan, P["products"]):
        for y in range(3):
            p.same(r[y], pr[5][y], f"packs {pr[0]} {YEARS[y]}")
    for y in range(3):
        p.same(plan[-1][y], m.out[y], f"output {YEARS[y]}")

    # raw materials: need = output × norm, own, purchase, supply, difference
    raw = p.rows3("raw")
    for y in range(3):
        p.same(raw[0][y], m.out[y], f"raw table output {YEARS[y]}")
    for i in range(len(P["raws"])):
        for y in range(3):
            p.same(raw[1 + i][y], m.need[i][y], f"need of {P['raws'][i][0]} {YEARS[y]}")
    k = 1 + len(P["raws"])
    if P["own"]:
        p.same(raw[k][0], m.own, "own supply")
        k += 1
    p.same(raw[k][0], m.buy, "purchased supply")
    p.same(raw[k + 1][0], m.supply, "total supply")
    if key == "es06":
        p.check(len(raw) == k + 2, "es06: the raw table must have no difference row")
        for y in (1, 2):
            p.wrong(m.supply, m.need[0][y], f"material-shortfall {YEARS[y]} (supply vs need)")
            p.check(m.need[0][y] > m.supply * 1.05, f"es06: need {m.need[0][y]} not above supply {m.supply} by 5 %")
        p.check(m.need[0][0] <= m.supply, "es06: N1 need should still fit the supply")
    else:
        for y in range(3):
            p.same(raw[k + 2][y], m.supply - m.need[0][y], f"raw balance {YEARS[y]}")
            p.check(m.need[0][y] <= m.supply, f"{key}: raw-material need {m.need[0][y]} above supply {m.supply}")

    # capacity
    if key == "es05":
        p.check(m.out[0] <= m.cap, "es05: N1 should fit the capacity")
        for y in (1, 2):
            p.wrong(m.cap, m.out[y], f"capacity-exceeded {YEARS[y]} (capacity vs output)")
    else:
        for y in range(3):
            p.check(m.out[y] <= m.cap, f"{key}: output {m.out[y]} above capacity {m.cap}")

    # staff
    st = p.rows3("staff")
    for r, role in zip(st, P["roles"]):
        for y in range(3):
            p.same(r[y], role[1][y], f"staff {role[0]} {YEARS[y]}")
    for y in range(3):
        p.same(st[-1][y], m.staff[y], f"staff total {YEARS[y]}")

    # investment and sources
    inv = [vnum(r[-1]) or 0 for r in p.table("inv")[1:]]
    for v, it in zip(inv, P["inv"]):
        p.same(v, it[1], f"investment item {it[0]}")
    p.same(inv[-1], m.inv, "investment total")
    p.same(sum(inv[:-1]), inv[-1], "investment items add up")
    src = p.table("src")[1:]
    amounts = [vnum(r[2]) or 0 for r in src]
    for v, s in zip(amounts, P["src"]):
        p.same(v, s[1], f"source {s[0]}")
    p.same(sum(amounts[:-1]), amounts[-1], "sources add up to their total")
    for r in src[:-1]:
        p.same(vnum(r[3]) or 0, (vnum(r[2]) or 0) / amounts[-1] * 100, f"share of {r[1]}")
    if key == "es07":
        p.wrong(amounts[-1], m.inv, "capital-mismatch (sources vs investment)")
        p.has("Tổng VĐT của PA là 1.250 tr.đ", "bảo đảm đủ vốn")
    else:
        p.same(amounts[-1], m.inv, "sources = investment")

    # revenue
    rev = p.table("rev")[1:]
    n = len(P["products"])
    if key in LONG_REVENUE:
        for y in range(3):
            block = rev[y * (n + 1):(y + 1) * (n + 1)]
            for i, pr in enumerate(P["products"]):
                sl, dg, tt = (vnum(c) or 0 for c in block[i][3:6])
                p.same(sl, pr[5][y], f"revenue SL {pr[0]} {YEARS[y]}")
                p.same(dg, pr[3] / 1000, f"revenue ĐG {pr[0]}")
                p.same(tt, pm.rev_line[i][y], f"revenue line {pr[0]} {YEARS[y]}")
                p.same(tt, sl * dg / 1000, f"revenue line = SL × ĐG {pr[0]} {YEARS[y]}")
            p.same(vnum(block[n][5]) or 0, pm.rev[y], f"revenue total {YEARS[y]}")
    else:
        for i, pr in enumerate(P["products"]):
            p.check(f"({pr[3]:,} đ/{pr[1]})".replace(",", ".") in rev[i][1], f"price in revenue label {pr[0]}")
            for y in range(3):
                p.same(p.nums(rev[i])[y], pm.rev_line[i][y], f"revenue line {pr[0]} {YEARS[y]}")
        for y in range(3):
            p.same(p.nums(rev[n])[y], pm.rev[y], f"revenue total {YEARS[y]}")
            p.same(p.nums(rev[n])[y], sum(p.nums(rev[i])[y] for i in range(n)), f"revenue lines add up {YEARS[y]}")
    if "rev_line" in d:
        i, y, _ = d["rev_line"]
        p.wrong(pm.rev_line[i][y], m.rev_line[i][y], f"revenue-mismatch line {YEARS[y]}")
        p.wrong(pm.rev[y], m.rev[y], f"revenue-mismatch total {YEARS[y]}")

    # costs
    cost = p.rows3("cost")
    keys = list(pm.lines)
    p.check(len(cost) == len(keys) + 1, f"{key}: cost table has {len(cost)} rows, expected {len(keys) + 1}")
    for r, kk in zip(cost, keys):
        for y in range(3):
            p.same(r[y], pm.lines[kk][y], f"cost line {kk} {YEARS[y]}")
    for y in range(3):
        p.same(cost[-1][y], pm.cost[y], f"cost total {YEARS[y]}")
        lines_sum = sum(r[y] for r in cost[:-1])
        if "cost_total" in d and d["cost_total"][0] == y:
            p.wrong(cost[-1][y], lines_sum, f"table-total-mismatch cost total {YEARS[y]}")
        else:
            p.same(cost[-1][y], lines_sum, f"cost lines add up {YEARS[y]}")

    # summary
    sm = p.rows3("sum")
    for y in range(3):
        p.same(sm[0][y], pm.rev[y], f"summary DT {YEARS[y]}")
        p.same(sm[1][y], pm.cost[y], f"summary CP {YEARS[y]}")
        p.same(sm[2][y], pm.profit[y], f"summary LN {YEARS[y]}")
        p.same(sm[3][y], pm.margin[y], f"summary margin {YEARS[y]}")
        if "profit" in d and d["profit"][0] == y:
            p.wrong(sm[2][y], sm[0][y] - sm[1][y], f"profit-mismatch {YEARS[y]}")
            p.wrong(sm[2][y], m.profit[y], f"profit-mismatch vs true {YEARS[y]}")
        else:
            p.same(sm[2][y], sm[0][y] - sm[1][y], f"LN = DT − CP {YEARS[y]}")
        p.check(0 < m.margin[y] < 40, f"{key}: true margin {m.margin[y]:.1f} % out of 0–40 %")

    # payback as printed: "≈ x năm" or "khoảng x năm"
    found = re.findall(r"hoàn vốn[^\n]*?(?:≈|khoảng) (\d+,\d) năm", p.body)
    got = vn(found[-1]) if found else 0.0
    p.check(bool(found), "payback sentence not found")
    p.same(got, round(pm.payback, 1), "payback as printed", tol=0.02)
    if key == "es07":
        p.wrong(got, m.payback, "payback-mismatch")
    elif not d:
        p.same(got, m.payback, "payback", tol=0.05)

    # growth
    for y in (1, 2):
        g = pm.rev[y] / pm.rev[y - 1] - 1
        if key == "es10" and y == 1:
            p.check(m.out[1] / m.out[0] > 1.9, "es10: output should double in 2028")
        else:
            p.check(g < 0.31, f"{key}: revenue growth {g:.0%} in {YEARS[y]}")
    p.check(m.rev[0] / m.hrev[2] - 1 < 0.31, f"{key}: revenue growth 2026→2027")


# Figures written in the prose (objectives, product and raw-material parts): text and what it must equal.
def prose_figures(key: str) -> list[tuple[str, float, float]]:
    P, m, pm = PLANS[key], model(key), printed(key)
    first = P["products"][0]
    figs = [(f"{first[3]:,} đ/{first[1]}".replace(",", "."), vn(f"{first[3]:,}".replace(",", ".")), first[3]),
            (f"{m.inv:,} tr.đ".replace(",", "."), m.inv, m.inv),
            (f"{round(pm.rev[0]):,} tr.đ".replace(",", "."), pm.rev[0], m.rev[0])]
    out0 = {"es02": "lít", "es07": "lít", "es03": "kg", "es06": "kg", "es08": "kg", "es10": "kg"}.get(key)
    if out0:
        figs.append((f"{round(m.out[0]):,} {out0}".replace(",", "."), m.out[0], m.out[0]))
    return figs


def check_prose(p: Plan, key: str) -> None:
    for text, printed_value, true_value in prose_figures(key):
        p.check(text in p.body, f"{key}: prose figure {text!r} not found")
        p.same(printed_value, true_value, f"prose figure {text}")


def check_ready(p: Plan, key: str) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "TCCS", "thử nghiệm", "nhãn hiệu")
    p.check(bool(re.search(r"truy xuất|\bQR\b", p.body)), "traceability")
    p.check(bool(re.search(r"ĐKMT|đăng ký MT|đăng ký môi trường|miễn đăng ký", p.body)), "environmental registration")
    if PLANS[key].get("unit") != "SP":  # a food or herbal product: ATTP certificate and self-declaration
        p.has("đủ điều kiện ATTP", "tự công bố")
    else:
        p.has("không thuộc đối tượng cấp GCN cơ sở đủ điều kiện ATTP")
    for d in re.findall(r"đến (\d{2})/(\d{2})/(\d{4})", p.body):
        p.check(int(d[2]) >= 2030, f"{key}: a paper runs only to {'/'.join(d)}")
    p.lacks(REPLACED, "replaced or abolished instrument")


def check_text(p: Plan, key: str) -> None:
    body = p.body
    for a in ABBR[key].split():
        e = re.escape(a)
        defined = re.search(rf"(?<![\w.]){e}(, N2, N3)?\s*[:=–]|(?<![\w.]){e} là |(?<![\w.]){e} \([a-zđ]|"
                            rf"\({e}[,)]|\| *([^|]*, )?{e}( \([^|]*\))?(, [^|]*)? *\| \w", body)
        p.check(bool(defined), f"abbreviation {a} not spelled out")
        p.check(len(re.findall(rf"(?<![\w.]){e}(?![\w])", body)) >= 2, f"abbreviation {a} defined but not used")
    p.lacks(PLACEHOLDER, "template placeholder")
    if key == "es05":
        p.lacks(r"TCCS|tiêu chuẩn|công bố|thử nghiệm|kiểm nghiệm|QCVN|TCVN|chỉ tiêu chất lượng", "es05 product standard")
        p.has("Máy móc hiện có đáp ứng đủ KH SX giai đoạn 2027 – 2029", "560 chiếc/ngày")
    if key == "es06":
        p.lacks(r"môi trường|nước thải|chất thải|xử lý|mùi|ô nhiễm|\bMT\b|BVMT|vệ sinh|\brác\b", "es06 environment")
        p.lacks(r"nhãn(?! hiệu)|\btem\b|mã vạch|43/2017|111/2021|hạn sử dụng", "es06 label")
        p.has("bảo đảm đủ cho SX của CSSX trong cả giai đoạn 2027 – 2029")
    if key == "es07":
        p.lacks(r"giấy phép|105/2017|17/2020", "es07 alcohol licence")
        p.has("40 % vol", "hàm lượng etanol")
    if key == "es08":
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "UBND huyện Can Lộc", "Hội đồng OCOP huyện Can Lộc")
        p.lacks(r"148/QĐ-TTg|1489", "es08 current OCOP decisions")
        p.lacks(r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\blô\b|\btem\b|kiểm soát chất lượng|ISO|HACCP", "es08 quality control")
    elif key != "es08":
        p.lacks(REPLACED, "replaced or abolished instrument")
    if key == "es09":
        p.lacks(r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|SHTT|bảo hộ", "es09 trademark")
        p.lacks(r"GCN|mã số thuế|HKD|HTX|THT|(?<!chưa )đăng ký", "es09 registration")
        p.has("chưa đăng ký KD với cơ quan nào")
    if key == "es10":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|HACCP|ISO|cam kết|vệ sinh", "es10 food safety")
        p.has("nhà xưởng 240 m²", "Nhà xưởng 240 m²", "Nhà xưởng SX rộng 420 m²", "giữ nguyên 9 LĐ",
              "thị trường kẹo lạc còn rất lớn")
    if key in ("es01", "es02", "es03", "es05", "es06", "es07", "es08"):
        p.lacks(r"chưa đăng ký", f"{key} registration")


def check_sketchy(p: Plan, key: str) -> None:
    words = len(re.findall(r"\w+", p.body))
    p.check(150 <= words <= 320, f"{key}: {words} words")
    p.check(not p.rows, f"{key}: has a table")
    p.lacks(r"TCCS|nhãn hiệu|đăng ký|ATTP|an toàn thực phẩm|tự công bố", f"{key} papers")
    figs = {"es11": ("150.000 đ/kg", "1.500 kg", "80 tr.đ", "225 tr.đ"),
            "es12": ("80.000 đ/chiếc", "2.000 chiếc", "160 tr.đ", "6 hộ")}[key]
    p.has(*figs)


def main() -> int:
    plans = []
    for key, stem in STEMS.items():
        p = Plan(stem)
        if key in SKETCHY:
            check_sketchy(p, key)
        else:
            check_full(p, key)
            check_prose(p, key)
        check_text(p, key)
        if key in READY:
            check_ready(p, key)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
