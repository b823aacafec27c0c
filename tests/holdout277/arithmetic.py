"""The 277th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout277/arithmetic.py [js01 js05 ...]

Theme: certified raw material. Every full plan (js01-js10) buys or grows part of its raw material on
areas, herds or apiaries certified organic (TCVN 11041, NĐ 109/2018) or VietGAP / VietGAHP, and
part on areas still in conversion (lower yields) or uncertified. The constants give per plan: the
products (pack size in the plan's base unit, price and packs per year, whether the product is made
from certified material, packaging cost per pack), the norm of raw material per base unit, every
supply row of the certified-area register (count of ha / sào / m² / hives / pigs / households x the
yield of that year, certified or not in that year), the purchase prices of certified and ordinary
raw material, other ingredients per base unit, the equipment rating x working days, staff by role
and the monthly wage of each year, the certification, audit and residue-test costs (samples x
unit price), the cost shares of revenue (energy, selling, tax), investment items and sources,
asset life, loan balances and rate, a fixed "other" line and the 2024-2026 history.

`model()` turns them into every figure the plans print (the generator that wrote src/*.md imports
it, so every cell is computed): output = packs x size, the certified share of output, raw material
need = output x norm against supply = sum of count x yield (certified and ordinary apart), the
premium of certified over ordinary output per base unit, capacity use, wage fund = staff x wage x
12, revenue lines = packs x price, the cost lines, profit = revenue - cost, margin, investment and
sources with their shares, depreciation = fixed assets / life, interest = balance x rate, payback =
investment / (average profit + depreciation). `printed()` applies the planted numeric defects.
The checker reads each table back from the plan's source (found by its caption) and compares:
planted numeric defects must be wrong by more than 5 % (the true value is computed beside them),
every other number right within 1 % (or 0,11 of the money unit). Textual defects are asserted
through the presence or absence of their words; ready plans cite no replaced instrument.
"""

from __future__ import annotations

import copy
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
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, [price đ 2027-29], [packs 2027-29], certified?,
#            packaging đ per pack)
# supply: (label, count word, [count 2027-29], [yield per count 2027-29], "ccc"/"ooc"...: certified
#          (c) or not (o) in each year)
# rawprice: (certified raw material đ per raw unit [3], ordinary [3]); extra: other ingredients
#           (label, đ per base unit) or None
# cap: (rating per day, days, text); roles: (role, [staff 2027-29]); wage: triệu/person/month [3]
# cert: (label, [triệu 2027-29]); tests: (label, [samples 2027-29], triệu per sample)
# shares: energy, selling, tax as shares of revenue; inv: (label, triệu, fixed asset?);
# src: (label, triệu); loan: balance triệu [3]; rate; other: fixed triệu [3]
# hist: output 2024-26, average price đ per base unit, margin
# money: "tr" = tables in triệu đồng with one decimal, "k" = in nghìn đồng without decimals
PLANS: dict[str, dict] = {
    "js01": dict(
        unit="kg", raw=("thóc", "kg"), norm=1.6, money="tr",
        products=[("Gạo hữu cơ Cẩm Duệ, túi 2 kg", "túi", 2, [90000, 92000, 94000],
                   [11000, 13000, 15000], True, 3500),
                  ("Gạo hữu cơ Cẩm Duệ, hộp 5 kg", "hộp", 5, [215000, 220000, 225000],
                   [2200, 2800, 3400], True, 12000),
                  ("Gạo thơm chuyển đổi, bao 10 kg", "bao", 10, [220000, 225000, 230000],
                   [2000, 1400, 1200], False, 4000)],
        supply=[("Lô HC-01 xứ đồng Trằm Bàu", "ha", [4, 4, 4], [8400, 8400, 8400], "ccc"),
                ("Lô HC-02 xứ đồng Cồn Sậy", "ha", [3, 3, 3], [8400, 8400, 8400], "ccc"),
                ("Lô CĐ-03 xứ đồng Bàu Sen", "ha", [2.5, 2.5, 2.5], [6800, 8400, 8400], "occ"),
                ("Ruộng thường của thành viên", "hộ", [12, 12, 12], [2000, 2000, 2000], "ooo")],
        rawprice=([11000, 11300, 11600], [8000, 8200, 8400]), extra=None,
        cap=(300, 260, "300 kg gạo/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Xay xát, đóng gói, kho", [2, 2, 3]),
               ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        cert=[("Tái chứng nhận lô HC-01, HC-02", [0, 42, 0]),
              ("Đánh giá giám sát hằng năm", [18, 0, 22]),
              ("Đánh giá mở rộng lô CĐ-03", [15, 0, 0]),
              ("Kiểm soát nội bộ, tập huấn thành viên", [12, 12, 12])],
        tests=("Phân tích dư lượng thuốc BVTV, kim loại nặng", [6, 8, 8], 3.2),
        shares=(0.03, 0.05, 0.015),
        inv=[("Máy xát trắng, đánh bóng gạo 300 kg/ngày", 320, True),
             ("Máy đóng gói hút chân không", 140, True),
             ("Kho chứa thóc hữu cơ riêng 80 m²", 260, True),
             ("Thiết kế bao bì, tem truy xuất", 35, False),
             ("Vốn lưu động", 245, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, other=[30, 32, 34],
        hist=dict(out=[38000, 44000, 49000], price=[30000, 31500, 33000],
                  margin=[0.10, 0.115, 0.125]),
        plant={}),
    "js02": dict(
        unit="kg", raw=("mật thô", "kg"), norm=1.06, money="tr",
        products=[("Mật ong hoa keo VietGAHP, chai 500 g", "chai", 0.5, [180000, 185000, 190000],
                   [3000, 3400, 3800], True, 9000),
                  ("Mật ong hoa rừng VietGAHP, hũ 1 kg", "hũ", 1, [380000, 390000, 400000],
                   [900, 1000, 1100], True, 14000),
                  ("Mật ong hoa keo thường, can 2 kg", "can", 2, [360000, 365000, 370000],
                   [700, 650, 600], False, 11000)],
        supply=[("Điểm ong Khe Giao của hộ", "đàn", [130, 130, 130], [14, 14, 14], "ccc"),
                ("Điểm ong Rào Tre (đàn chia năm 2026)", "đàn", [60, 60, 60], [8, 14, 14], "occ"),
                ("Nhóm nuôi ong liên kết thôn Kim Lĩnh", "đàn", [60, 60, 60], [13, 13, 13], "ccc"),
                ("Mật thô mua của hộ chưa chứng nhận", "hộ", [6, 6, 6], [250, 250, 250], "ooo")],
        rawprice=([125000, 128000, 131000], [90000, 92000, 94000]), extra=None,
        cap=(30, 200, "30 kg/mẻ, 1 mẻ/ngày"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [1, 1, 1]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
        wage=[5.5, 5.7, 5.9],
        cert=[("Đánh giá giám sát VietGAHP", [8, 0, 8]),
              ("Đánh giá mở rộng điểm ong Rào Tre", [10, 0, 0]),
              ("Tái chứng nhận VietGAHP", [0, 16, 0])],
        tests=("Phân tích kháng sinh, HMF, độ ẩm", [4, 5, 5], 3.5),
        shares=(0.015, 0.05, 0.015),
        inv=[("Máy hạ thủy phần mật ong 30 kg/mẻ", 150, True),
             ("Phòng lọc, đóng chai 30 m²", 110, True),
             ("Thùng ong, khung cầu, máy quay mật inox", 70, True),
             ("Chai, hũ, thiết kế tem truy xuất", 40, False),
             ("Vốn lưu động", 180, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, other=[15, 15, 16],
        hist=dict(out=[3000, 3300, 3550], price=[275000, 283000, 290000],
                  margin=[0.12, 0.125, 0.13]),
        plant={}),
    "js03": dict(
        unit="kg", raw=("cà gai leo tươi", "kg"), norm=4.0, money="k",
        products=[("Trà cà gai leo hữu cơ túi lọc, hộp 30 túi", "hộp", 0.06, [55000, 57000, 59000],
                   [20000, 23000, 26000], True, 9000),
                  ("Cà gai leo hữu cơ sấy khô, túi 500 g", "túi", 0.5, [130000, 134000, 138000],
                   [2000, 2400, 2800], True, 6000),
                  ("Trà cà gai leo túi lọc VietGAP, hộp 30 túi", "hộp", 0.06, [38000, 39000, 40000],
                   [25000, 26000, 27000], False, 8500)],
        supply=[("Khu A, vườn hữu cơ của công ty", "ha", [1, 1, 1], [10000, 10000, 10000], "ccc"),
                ("Khu B, vườn đang chuyển đổi", "ha", [0.5, 0.5, 0.5], [7000, 10000, 10000], "occ"),
                ("Tổ VietGAP thôn Phú Lộc", "hộ", [15, 15, 15], [480, 480, 480], "ooo")],
        rawprice=([14000, 14500, 15000], [9000, 9300, 9600]), extra=None,
        cap=(25, 250, "25 kg chè khô/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [5, 5, 5]),
               ("Sấy, đóng túi lọc", [2, 2, 3]), ("Bán hàng, kho", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6],
        cert=[("Giám sát chứng nhận hữu cơ", [16, 0, 18]),
              ("Đánh giá mở rộng khu B", [14, 0, 0]),
              ("Tái chứng nhận hữu cơ khu A, B", [0, 38, 0]),
              ("Chứng nhận VietGAP tổ Phú Lộc (chia chi phí)", [6, 6, 10])],
        tests=("Phân tích dư lượng thuốc BVTV, kim loại nặng", [6, 7, 7], 3.0),
        shares=(0.04, 0.08, 0.015),
        inv=[("Máy sấy bơm nhiệt 2 buồng", 260, True),
             ("Máy đóng túi lọc tự động", 320, True),
             ("Nhà sơ chế, đóng gói 120 m²", 300, True),
             ("Hệ thống tưới nhỏ giọt khu A, B", 90, True),
             ("Bao bì, mã QR, đăng ký nhãn hiệu", 50, False),
             ("Vốn lưu động", 280, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng thương mại", 500)],
        life=10, loan=[500, 400, 300], rate=0.085, other=[40, 42, 44],
        hist=dict(out=[2900, 3200, 3450], price=[560000, 580000, 600000],
                  margin=[0.15, 0.16, 0.17]),
        plant={}),
    "js04": dict(
        unit="lít", raw=("gạo nếp", "kg"), norm=1.4, money="tr",
        products=[("Rượu nếp hữu cơ Hồng Lam 35 độ, chai 500 ml", "chai", 0.5,
                   [120000, 125000, 130000], [8000, 9200, 11000], True, 14000),
                  ("Rượu nếp hữu cơ Hồng Lam 35 độ, bình sứ 1,5 lít", "bình", 1.5,
                   [380000, 390000, 400000], [800, 1000, 1200], True, 60000),
                  ("Rượu nếp truyền thống 30 độ, can 2 lít", "can", 2,
                   [180000, 185000, 190000], [2500, 2400, 2300], False, 9000)],
        supply=[("Cánh đồng Bàu Nghè", "ha", [2, 2, 2], [2600, 2600, 2600], "ccc"),
                ("Cánh đồng Đồng Cựa", "ha", [1.5, 1.5, 1.5], [2600, 2600, 2600], "ccc"),
                ("Cánh đồng Cồn Mương (chuyển đổi)", "ha", [0.8, 0.8, 0.8], [2100, 2100, 2600], "ooc"),
                ("Nếp mua của Hợp tác xã Thiên Lộc", "hợp đồng", [1, 1, 1], [8000, 8000, 8000], "ooo")],
        rawprice=([28000, 29000, 30000], [20000, 20500, 21000]), extra=None,
        cap=(60, 250, "2 nồi × 30 lít/ngày"),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [3, 3, 3]),
               ("Lọc, chiết rót, kho", [2, 2, 2]), ("Bán hàng", [1, 1, 2])],
        wage=[6.2, 6.5, 6.8],
        cert=[("Giám sát chứng nhận hữu cơ", [20, 20, 0]),
              ("Tái chứng nhận, mở rộng Cồn Mương", [0, 0, 36])],
        tests=("Phân tích dư lượng, methanol, andehit", [5, 5, 6], 3.0),
        shares=(0.04, 0.06, 0.02),
        inv=[("Hệ thống lọc, khử andehit, chiết rót", 280, True),
             ("Kho ủ rượu và chum sành 400 lít", 180, True),
             ("Hầm biogas, bể chứa bỗng rượu", 80, True),
             ("Thiết kế bao bì, nhãn, tem truy xuất", 60, False),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của cổ đông", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 220, 140], rate=0.08, other=[40, 42, 44],
        hist=dict(out=[7600, 8500, 9400], price=[140000, 146000, 152000],
                  margin=[0.11, 0.12, 0.13]),
        cert_in_prose=True,
        plant={}),
    "js05": dict(
        unit="kg", raw=("thịt lợn", "kg"), norm=1.25, money="tr",
        products=[("Giò lụa lợn đen VietGAHP, cây 500 g", "cây", 0.5, [180000, 185000, 190000],
                   [6000, 7000, 8000], True, 3000),
                  ("Giò thủ lợn đen VietGAHP, cây 500 g", "cây", 0.5, [160000, 165000, 170000],
                   [3000, 3600, 4200], True, 3000),
                  ("Giò lụa thường, cây 1 kg", "cây", 1, [220000, 225000, 230000],
                   [3000, 3000, 3000], False, 3500)],
        supply=[("Đàn lợn 6 hộ đã có GCN VietGAHP", "con", [300, 300, 300], [16, 16, 16], "ccc"),
                ("Đàn lợn 3 hộ đang áp dụng VietGAHP", "con", [60, 70, 80], [12, 16, 16], "occ"),
                ("Lợn hơi mua của hộ trong xã", "kg thịt", [1, 1, 1], [3800, 3800, 3800], "ooo")],
        rawprice=([110000, 113000, 116000], [90000, 92000, 94000]),
        extra=("Gia vị, lá chuối, dây buộc", 6000),
        cap=(50, 300, "50 kg giò/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Giết mổ, pha lóc thịt", [2, 2, 2]),
               ("Quết giò, gói, luộc", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6],
        cert=[("Giám sát VietGAHP 6 hộ", [9, 9, 0]),
              ("Chứng nhận VietGAHP 3 hộ mới", [0, 14, 0]),
              ("Tái chứng nhận VietGAHP 9 hộ", [0, 0, 24])],
        tests=("Phân tích tồn dư kháng sinh, chất cấm", [6, 8, 8], 2.8),
        shares=(0.035, 0.04, 0.015),
        inv=[("Máy xay, máy quết giò inox 40 kg/giờ", 160, True),
             ("Nồi luộc giò 200 lít và tủ cấp đông", 140, True),
             ("Cải tạo nhà giết mổ, phòng chế biến 100 m²", 320, True),
             ("Xe giao hàng có thùng lạnh", 380, True),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 600), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 480, 360], rate=0.08, other=[35, 36, 38],
        hist=dict(out=[5200, 5900, 6600], price=[270000, 280000, 288000],
                  margin=[0.09, 0.10, 0.11]),
        # households behind the two herd rows: (household, sows, pigs sold a year 2027, GCN)
        herds=[("Hộ ông Hồ Văn Lương", 6, 60, "VGH-HT-0412"), ("Hộ bà Trần Thị Mến", 5, 55, "VGH-HT-0413"),
               ("Hộ ông Lê Đình Khang", 5, 50, "VGH-HT-0414"), ("Hộ ông Nguyễn Văn Tứ", 5, 50, "VGH-HT-0415"),
               ("Hộ bà Phan Thị Lài", 4, 45, "VGH-HT-0416"), ("Hộ ông Đặng Quốc Hưng", 4, 40, "VGH-HT-0417"),
               ("Hộ ông Võ Văn Cẩn", 3, 25, ""), ("Hộ bà Lê Thị Thu", 2, 20, ""), ("Hộ ông Hà Văn Dũng", 2, 15, "")],
        no_balance=True,
        # revenue-mismatch: 2027 revenue line of the first product printed x 1,18
        plant=dict(rev_line=(0, 0, 1.18))),
    "js06": dict(
        unit="kg", raw=("quả thu hoạch", "kg"), norm=1.08, money="tr",
        products=[("Dưa lưới VietGAP, hộp quà 2 quả (3 kg)", "hộp", 3, [210000, 215000, 220000],
                   [3000, 3300, 3600], True, 15000),
                  ("Dưa lưới VietGAP, quả rời", "kg", 1, [55000, 56000, 57000],
                   [18000, 20000, 22000], True, 1500),
                  ("Dưa lưới nhà màng chưa chứng nhận", "kg", 1, [35000, 36000, 37000],
                   [10000, 9000, 8000], False, 500)],
        supply=[("Nhà màng đạt VietGAP", "1.000 m²", [8, 8, 8], [4800, 4800, 4800], "ccc"),
                ("Nhà màng chưa chứng nhận", "1.000 m²", [3, 3, 3], [4800, 4800, 4800], "ooo")],
        rawprice=([0, 0, 0], [0, 0, 0]), extra=None,
        grow=dict(label="Giống, phân bón, giá thể, thuốc sinh học", per=[38, 39, 40]),
        cap=(250, 200, "250 kg/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Chăm sóc nhà màng", [6, 6, 6]),
               ("Thu hái, phân loại, đóng hộp", [2, 2, 2])],
        wage=[5.5, 5.7, 5.9],
        cert=[("Giám sát VietGAP 8 nhà màng", [10, 0, 11]),
              ("Tái chứng nhận VietGAP", [0, 24, 0]),
              ("Tập huấn, ghi chép sổ sách VietGAP", [6, 6, 6])],
        tests=("Phân tích dư lượng thuốc BVTV, nitrat", [8, 12, 10], 2.5),
        shares=(0.03, 0.05, 0.015),
        inv=[("Nâng cấp 3 nhà màng, hệ thống tưới tự động", 360, True),
             ("Nhà sơ chế, phân loại, kho mát 60 m²", 220, True),
             ("Hộp quà, tem, thiết kế bao bì", 40, False),
             ("Vốn lưu động", 180, False)],
        src=[("Vốn góp của tổ viên", 500), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 225, 150], rate=0.066, other=[20, 20, 22],
        hist=dict(out=[28000, 31000, 34000], price=[46000, 48000, 50000],
                  margin=[0.12, 0.125, 0.13]),
        reg_scale=1000,
        # table-total-mismatch: certification table, 2028 total printed x 0,78
        # figure-inconsistent: certified area 10.000 m² in the producer part (true 8.000)
        plant=dict(cert_total=(1, 0.78), area_text=(10000, 8000))),
    "js07": dict(
        unit="kg", raw=("búp chè tươi", "kg"), norm=4.5, money="tr",
        products=[("Chè xanh hữu cơ Sơn Tây, hộp 200 g", "hộp", 0.2, [130000, 135000, 140000],
                   [9000, 10500, 12000], True, 12000),
                  ("Chè xanh hữu cơ Sơn Tây, túi 500 g", "túi", 0.5, [290000, 300000, 310000],
                   [1600, 1900, 2200], True, 8000),
                  ("Chè xanh chuyển đổi, túi 500 g", "túi", 0.5, [150000, 155000, 160000],
                   [3000, 2600, 2200], False, 5000)],
        supply=[("Đồi Cây Sim", "ha", [1.6, 1.6, 1.6], [6000, 6000, 6000], "ccc"),
                ("Đồi Khe Dầu", "ha", [1, 1, 1], [6000, 6000, 6000], "ccc"),
                ("Đồi Bãi Đá (chuyển đổi từ 2026)", "ha", [1.5, 1.5, 1.5], [4500, 4500, 6000], "ooc"),
                ("Búp chè mua của hộ liên kết", "hộ", [6, 6, 6], [900, 900, 900], "ooo")],
        rawprice=([16000, 16500, 17000], [10000, 10300, 10600]), extra=None,
        cap=(30, 200, "30 kg chè khô/ngày"),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Chăm sóc, hái chè", [4, 4, 4]),
               ("Sao, vò, đóng gói", [3, 3, 3]), ("Bán hàng", [1, 1, 2])],
        wage=[6.2, 6.5, 6.8],
        cert=[("Giám sát chứng nhận hữu cơ", [18, 18, 0]),
              ("Tái chứng nhận, mở rộng đồi Bãi Đá", [0, 0, 40]),
              ("Kiểm soát nội bộ, tập huấn", [10, 10, 10])],
        tests=("Phân tích dư lượng thuốc BVTV trên búp chè", [6, 6, 8], 3.2),
        shares=(0.05, 0.06, 0.015),
        inv=[("Nhà chế biến chè 150 m²", 650, True),
             ("Máy sao, máy vò, máy sấy chè", 720, True),
             ("Đường lô, hệ thống tưới đồi chè", 380, True),
             ("Thiết kế bao bì, hộp", 90, False),
             ("Vốn lưu động", 640, False)],
        src=[("Vốn góp của cổ đông", 1200), ("Lợi nhuận để lại của công ty", 250),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 560, 420], rate=0.08, other=[60, 62, 64],
        hist=dict(out=[3300, 3600, 3900], price=[430000, 450000, 470000],
                  margin=[0.10, 0.11, 0.115]),
        # capital-mismatch: sources 2.150 against investment 2.480
        plant=dict(capital=True)),
    "js08": dict(
        unit="lít", raw=("gạo nếp", "kg"), norm=1.35, money="k",
        products=[("Rượu nếp VietGAP Phương Mai 35 độ, chai 500 ml", "chai", 0.5,
                   [65000, 67000, 69000], [20000, 24000, 28000], True, 14000),
                  ("Rượu nếp VietGAP Phương Mai, bình 2 lít", "bình", 2,
                   [230000, 236000, 242000], [3000, 3500, 4000], True, 45000),
                  ("Rượu nếp thường 30 độ, can 5 lít", "can", 5,
                   [280000, 287000, 294000], [2000, 2000, 2000], False, 12000)],
        supply=[("Tổ nếp VietGAP thôn Đông", "hộ", [18, 18, 18], [700, 700, 700], "ccc"),
                ("Tổ nếp VietGAP thôn Trung", "hộ", [16, 16, 16], [700, 700, 700], "ccc"),
                ("Tổ nếp thôn Nam (áp dụng từ 2027)", "hộ", [12, 12, 12], [550, 700, 700], "occ"),
                ("Nếp mua của đại lý gạo Hùng Thủy", "hợp đồng", [1, 1, 1], [14000, 14000, 14000], "ooo")],
        rawprice=([26000, 27000, 28000], [19000, 19500, 20000]), extra=None,
        cap=(108, 250, "3 nồi × 36 lít/ngày"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Nấu, ủ men, chưng cất", [3, 3, 3]),
               ("Lọc, chiết chai, bán hàng", [2, 2, 2])],
        wage=[6.0, 6.2, 6.4],
        cert=[("Giám sát VietGAP hai tổ nếp", [8, 0, 8]),
              ("Chứng nhận VietGAP tổ thôn Nam", [0, 12, 0]),
              ("Tái chứng nhận VietGAP hai tổ", [0, 20, 0])],
        tests=("Phân tích dư lượng trên gạo nếp, methanol", [4, 5, 5], 3.0),
        shares=(0.04, 0.05, 0.02),
        inv=[("Nồi chưng cất inox thứ ba và bếp hơi", 120, True),
             ("Máy lọc, khử andehit, chiết chai", 200, True),
             ("Kho ủ rượu 50 m², chum sành", 150, True),
             ("Mở rộng nhà nấu rượu 80 m²", 300, True),
             ("Bể chứa bỗng, hố biogas", 60, True),
             ("Thiết kế bao bì, nhãn", 40, False),
             ("Vốn lưu động", 230, False)],
        src=[("Vốn tự có của hộ", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, other=[30, 30, 32],
        hist=dict(out=[20500, 22400, 24300], price=[90000, 93000, 95000],
                  margin=[0.12, 0.13, 0.135]),
        no_use_row=True,
        # payback-mismatch: "khoảng 1,1 năm" printed; capacity-exceeded: no use row, text "đủ"
        plant=dict(payback=1.1)),
    "js09": dict(
        unit="kg", raw=("lạc nhân", "kg"), norm=0.38, money="tr",
        products=[("Kẹo cu đơ lạc hữu cơ, hộp 400 g", "hộp", 0.4, [85000, 88000, 91000],
                   [15000, 17500, 20000], True, 7000),
                  ("Kẹo cu đơ lạc hữu cơ, túi 1 kg", "túi", 1, [180000, 185000, 190000],
                   [2000, 2300, 2600], True, 6000),
                  ("Kẹo cu đơ truyền thống, hộp 300 g", "hộp", 0.3, [45000, 46000, 47000],
                   [30000, 31000, 32000], False, 4500)],
        supply=[("Thôn Hội Thống (7 hộ)", "sào", [18, 18, 18], [105, 105, 105], "ccc"),
                ("Thôn Xuân Phổ (5 hộ)", "sào", [14, 14, 14], [105, 105, 105], "ccc"),
                ("Thôn Song Long (6 hộ, chuyển đổi)", "sào", [12, 12, 12], [80, 105, 105], "occ"),
                ("Lạc nhân mua của đại lý nông sản", "hợp đồng", [1, 1, 1], [4000, 4000, 4000], "ooo")],
        rawprice=([75000, 77000, 79000], [50000, 51500, 53000]),
        extra=("Mật mía, gừng, bánh đa, vừng", 32000),
        cap=(90, 290, "90 kg kẹo/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu mật, rang lạc, cán kẹo", [4, 4, 4]),
               ("Cắt, đóng hộp, kho", [3, 3, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        cert=[("Giám sát chứng nhận hữu cơ", [14, 0, 15]),
              ("Tái chứng nhận, mở rộng Song Long", [0, 30, 0]),
              ("Kiểm soát nội bộ nhóm hộ", [8, 8, 8])],
        tests=("Phân tích aflatoxin, dư lượng trên lạc nhân", [6, 8, 8], 3.4),
        shares=(0.045, 0.06, 0.015),
        inv=[("Nồi nấu mật 2 chiếc, máy rang lạc", 260, True),
             ("Máy cán, máy cắt kẹo", 240, True),
             ("Máy đóng hộp, hàn túi", 150, True),
             ("Cải tạo xưởng 150 m²", 250, True),
             ("Thiết kế hộp, túi", 50, False),
             ("Vốn lưu động", 350, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng thương mại", 500)],
        life=10, loan=[500, 400, 300], rate=0.085, other=[50, 52, 54],
        hist=dict(out=[14000, 15200, 16300], price=[150000, 156000, 162000],
                  margin=[0.10, 0.105, 0.11]),
        # profit-mismatch: summary 2028 profit printed x 1,30
        plant=dict(profit=(1, 1.30))),
    "js10": dict(
        unit="lít", raw=("lạc nhân", "kg"), norm=2.4, money="tr",
        products=[("Dầu lạc VietGAP ép nguội, chai 500 ml", "chai", 0.5, [110000, 112000, 114000],
                   [10000, 20000, 32000], True, 6000),
                  ("Dầu lạc VietGAP ép nguội, can 2 lít", "can", 2, [400000, 408000, 416000],
                   [1200, 2400, 3800], True, 9000),
                  ("Dầu lạc ép thường, can 5 lít", "can", 5, [850000, 865000, 880000],
                   [800, 1600, 2600], False, 15000)],
        supply=[("Tổ VietGAP thôn Tân Phong", "hộ", [30, 30, 30], [750, 750, 750], "ccc"),
                ("Tổ VietGAP thôn Tân Thành", "hộ", [25, 25, 25], [600, 750, 750], "occ"),
                ("Tổ lạc thôn Tân Hà (vào VietGAP 2028)", "hộ", [0, 30, 30], [0, 600, 750], "ooc"),
                ("Lạc nhân mua ngoài", "hợp đồng", [0, 1, 1], [0, 2000, 33000], "ooo")],
        rawprice=([45000, 46000, 47000], [38000, 39000, 40000]), extra=None,
        cap=(160, 280, "2 máy × 80 lít/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Rang, ép, lắng lọc", [2, 2, 2]),
               ("Chiết chai, bán hàng", [2, 2, 2])],
        wage=[5.8, 6.0, 6.2],
        cert=[("Giám sát VietGAP tổ Tân Phong", [7, 7, 0]),
              ("Chứng nhận VietGAP tổ Tân Thành, Tân Hà", [10, 12, 0]),
              ("Tái chứng nhận VietGAP ba tổ", [0, 0, 22])],
        tests=("Phân tích aflatoxin, dư lượng trên lạc nhân", [4, 6, 8], 3.0),
        shares=(0.03, 0.05, 0.015),
        inv=[("Máy ép dầu trục vít thứ hai", 180, True),
             ("Máy rang lạc, bồn lắng, máy lọc", 150, True),
             ("Kho lạc nhân 60 m²", 120, True),
             ("Chai, can, thiết kế bao bì", 50, False),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của tổ viên", 500), ("Vay Quỹ hỗ trợ nông dân", 300)],
        life=10, loan=[300, 220, 140], rate=0.06, other=[25, 26, 27],
        hist=dict(out=[9000, 9700, 10500], price=[175000, 180000, 186000],
                  margin=[0.10, 0.105, 0.11]),
        # unrealistic-growth: output +100 % and +60 % with the same workers and channels
        plant=dict(growth=True)),
}


# --------------------------------------------------------------------------- the model
def _r(x: float, nd: int = 1) -> float:
    return round(x + (1e-9 if x >= 0 else -1e-9), nd)


def money_unit(c: dict) -> tuple[float, int]:
    """(đồng per money unit, decimals): triệu with one decimal or nghìn without."""
    return (1e6, 1) if c["money"] == "tr" else (1e3, 0)


def model(key: str) -> dict:
    """Every figure of plan `key`, rounded as printed (totals are sums of rounded lines)."""
    c = PLANS[key]
    mu, nd = money_unit(c)
    tr = 1e6 / mu  # money unit per triệu
    m: dict = {"key": key}
    P = c["products"]
    m["packs"] = [p[4] for p in P]
    m["prices"] = [p[3] for p in P]
    m["out_p"] = [[_r(p[2] * p[4][y], 0) for y in range(3)] for p in P]
    m["out"] = [sum(op[y] for op in m["out_p"]) for y in range(3)]
    m["out_c"] = [sum(m["out_p"][i][y] for i, p in enumerate(P) if p[5]) for y in range(3)]
    m["out_o"] = [m["out"][y] - m["out_c"][y] for y in range(3)]
    m["share_c"] = [_r(m["out_c"][y] / m["out"][y] * 100, 1) for y in range(3)]
    # premium of the first certified product over the first ordinary one, per base unit
    pc = next(p for p in P if p[5])
    po = next(p for p in P if not p[5])
    m["unitprice_c"] = [_r(pc[3][y] / pc[2], 0) for y in range(3)]
    m["unitprice_o"] = [_r(po[3][y] / po[2], 0) for y in range(3)]
    m["premium"] = [_r((m["unitprice_c"][y] / m["unitprice_o"][y] - 1) * 100, 1) for y in range(3)]
    # raw material
    m["need_c"] = [_r(m["out_c"][y] * c["norm"], 0) for y in range(3)]
    m["need_o"] = [_r(m["out_o"][y] * c["norm"], 0) for y in range(3)]
    m["need"] = [m["need_c"][y] + m["need_o"][y] for y in range(3)]
    m["sup_rows"] = [[_r(s[2][y] * s[3][y], 0) for y in range(3)] for s in c["supply"]]
    m["sup_c"] = [sum(m["sup_rows"][i][y] for i, s in enumerate(c["supply"]) if s[4][y] == "c")
                  for y in range(3)]
    m["sup_o"] = [sum(m["sup_rows"][i][y] for i, s in enumerate(c["supply"]) if s[4][y] == "o")
                  for y in range(3)]
    m["sup"] = [m["sup_c"][y] + m["sup_o"][y] for y in range(3)]
    m["spare_c"] = [m["sup_c"][y] - m["need_c"][y] for y in range(3)]
    m["spare_o"] = [m["sup_o"][y] - m["need_o"][y] for y in range(3)]
    m["area_c"] = [sum(s[2][y] for s in c["supply"] if s[4][y] == "c") for y in range(3)]
    # capacity
    m["cap"] = c["cap"][0] * c["cap"][1]
    m["use"] = [_r(m["out"][y] / m["cap"] * 100, 1) for y in range(3)]
    # staff and wages
    m["staff"] = [sum(r[1][y] for r in c["roles"]) for y in range(3)]
    m["wage"] = c["wage"]
    m["wagefund"] = [_r(m["staff"][y] * c["wage"][y] * 12 * tr, nd) for y in range(3)]
    # revenue
    m["rev_p"] = [[_r(p[4][y] * p[3][y] / mu, nd) for y in range(3)] for p in P]
    m["rev"] = [_r(sum(r[y] for r in m["rev_p"]), nd) for y in range(3)]
    m["rev_c"] = [_r(sum(m["rev_p"][i][y] for i, p in enumerate(P) if p[5]), nd) for y in range(3)]
    m["rev_share_c"] = [_r(m["rev_c"][y] / m["rev"][y] * 100, 1) for y in range(3)]
    # certification, audits, residue tests
    m["cert_items"] = [[_r(v * tr, nd) for v in it[1]] for it in c["cert"]]
    t = c["tests"]
    m["tests"] = [_r(t[1][y] * t[2] * tr, nd) for y in range(3)]
    m["cert_total"] = [_r(sum(it[y] for it in m["cert_items"]) + m["tests"][y], nd) for y in range(3)]
    # investment and sources
    m["inv"] = [_r(i[1] * tr, nd) for i in c["inv"]]
    m["inv_total"] = _r(sum(m["inv"]), nd)
    m["fixed"] = _r(sum(_r(i[1] * tr, nd) for i in c["inv"] if i[2]), nd)
    m["src"] = [_r(s[1] * tr, nd) for s in c["src"]]
    m["src_total"] = _r(sum(m["src"]), nd)
    m["src_share"] = [_r(s / m["src_total"] * 100, 1) for s in m["src"]]
    m["dep"] = _r(m["fixed"] / c["life"], nd)
    m["interest"] = [_r(b * c["rate"] * tr, nd) for b in c["loan"]]
    m["other"] = [_r(o * tr, nd) for o in c["other"]]
    # history
    h = c["hist"]
    m["h_out"] = h["out"]
    m["h_price"] = h["price"]
    m["h_rev"] = [_r(h["out"][i] * h["price"][i] / mu, nd) for i in range(3)]
    m["h_profit"] = [_r(m["h_rev"][i] * h["margin"][i], nd) for i in range(3)]
    m["h_growth"] = _r(((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100, 1)
    m["growth_out"] = [_r((m["out"][0] / h["out"][2] - 1) * 100, 1)] + \
        [_r((m["out"][y] / m["out"][y - 1] - 1) * 100, 1) for y in (1, 2)]
    return m


def costs(key: str, m: dict, rev: list[float]) -> dict:
    """The cost lines of each year, the share-based ones reckoned on the printed revenue."""
    c = PLANS[key]
    mu, nd = money_unit(c)
    lines: list[tuple[str, list[float]]] = []
    if "grow" in c:  # own growing: inputs per 1.000 m² of greenhouse
        g = c["grow"]
        area = [sum(s[2][y] for s in c["supply"]) for y in range(3)]
        lines.append(("grow", [_r(area[y] * g["per"][y] * 1e6 / mu, nd) for y in range(3)]))
    else:
        rc, ro = c["rawprice"]
        lines.append(("raw_c", [_r(m["need_c"][y] * rc[y] / mu, nd) for y in range(3)]))
        lines.append(("raw_o", [_r(m["need_o"][y] * ro[y] / mu, nd) for y in range(3)]))
    if c["extra"]:
        lines.append(("extra", [_r(m["out"][y] * c["extra"][1] / mu, nd) for y in range(3)]))
    lines.append(("pack", [_r(sum(p[4][y] * p[6] for p in c["products"]) / mu, nd) for y in range(3)]))
    lines.append(("wage", m["wagefund"]))
    lines.append(("cert", m["cert_total"]))
    e, s, t = c["shares"]
    lines.append(("energy", [_r(rev[y] * e, nd) for y in range(3)]))
    lines.append(("sell", [_r(rev[y] * s, nd) for y in range(3)]))
    lines.append(("dep", [m["dep"]] * 3))
    lines.append(("interest", m["interest"]))
    lines.append(("tax", [_r(rev[y] * t, nd) for y in range(3)]))
    lines.append(("other", m["other"]))
    d = dict(lines)
    d["order"] = [k for k, _ in lines]
    d["total"] = [_r(sum(v[y] for k, v in lines), nd) for y in range(3)]
    return d


def finish(key: str, m: dict, rev: list[float]) -> dict:
    """Cost, profit, margin and payback on a given revenue."""
    c = PLANS[key]
    _, nd = money_unit(c)
    f = {"rev": rev, "cost": costs(key, m, rev)}
    f["profit"] = [_r(rev[y] - f["cost"]["total"][y], nd) for y in range(3)]
    f["margin"] = [_r(f["profit"][y] / rev[y] * 100, 1) for y in range(3)]
    f["avg_profit"] = _r(sum(f["profit"]) / 3, nd)
    f["payback"] = _r(m["inv_total"] / (f["avg_profit"] + m["dep"]), 1)
    f["growth_rev"] = [_r((rev[y] / rev[y - 1] - 1) * 100, 1) for y in (1, 2)]
    return f


def true(key: str) -> dict:
    m = model(key)
    m["fin"] = finish(key, m, m["rev"])
    return m


def printed(key: str) -> dict:
    """The figures as the plan prints them: the true ones with the planted defects applied and
    the knock-ons the notes describe."""
    c = PLANS[key]
    _, nd = money_unit(c)
    m = true(key)
    p = copy.deepcopy(m)
    pl = c["plant"]
    if "rev_line" in pl:  # js05: one revenue line inflated; its total and what follows go with it
        y, i, f = pl["rev_line"]
        p["rev_p"][i][y] = _r(m["rev_p"][i][y] * f, nd)
        p["rev"] = [_r(sum(r[yy] for r in p["rev_p"]), nd) for yy in range(3)]
        p["rev_c"] = [_r(sum(p["rev_p"][ii][yy] for ii, pp in enumerate(c["products"]) if pp[5]), nd)
                      for yy in range(3)]
        p["fin"] = finish(key, p, p["rev"])
    if "cert_total" in pl:  # js06: the certification table's 2028 total alone
        y, f = pl["cert_total"]
        p["cert_total_printed"] = list(m["cert_total"])
        p["cert_total_printed"][y] = _r(m["cert_total"][y] * f, nd)
    if "payback" in pl:  # js08
        p["fin"]["payback"] = pl["payback"]
    if "profit" in pl:  # js09: one profit cell; its margin and the payback follow it
        y, f = pl["profit"]
        p["fin"]["profit"][y] = _r(m["fin"]["profit"][y] * f, nd)
        p["fin"]["margin"][y] = _r(p["fin"]["profit"][y] / p["fin"]["rev"][y] * 100, 1)
        p["fin"]["avg_profit"] = _r(sum(p["fin"]["profit"]) / 3, nd)
        p["fin"]["payback"] = _r(m["inv_total"] / (p["fin"]["avg_profit"] + m["dep"]), 1)
    return p


# --------------------------------------------------------------------------- number formats
def fnum(x: float, nd: int = 0) -> str:
    """Vietnamese number: dotted thousands, decimal comma."""
    s = f"{abs(x):,.{nd}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s


def fmoney(key: str, x: float) -> str:
    return fnum(x, money_unit(PLANS[key])[1])


# --------------------------------------------------------------------------- reading the plan
class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]]:
        """Rows (header included) of the first table after the line containing `caption`."""
        lines = self.body.splitlines()
        for i, ln in enumerate(lines):
            if caption in ln and re.match(r"\W*(Bảng|Biểu)\s*\d+", ln.strip()):
                rows, started = [], False
                for l2 in lines[i + 1:]:
                    s = l2.strip()
                    if s.startswith("|"):
                        started = True
                        if set(s.replace("|", "").strip()) <= set("-: "):
                            continue
                        rows.append([x.strip() for x in s.strip("|").split("|")])
                    elif started and s:
                        break
                    elif started and not s:
                        break
                if rows:
                    return rows
        self.failures.append(f"table not found: {caption!r}")
        return []

    def trow(self, caption: str, label: str, n: int = 3, skip: int = 0) -> list[float]:
        """The last n numbers of the row of table `caption` whose label cell starts with `label`."""
        seen = 0
        for r in self.table(caption):
            if any(x.startswith(label) for x in r[:2]):
                nums = [vn(x) for x in r[1:] if re.fullmatch(r"-?[\d.]+(,\d+)?", x)]
                if len(nums) >= n:
                    if seen == skip:
                        return nums[-n:]
                    seen += 1
        self.failures.append(f"row not found: {caption!r} / {label!r}")
        return [0.0] * n

    def same(self, got: list[float] | float, want: list[float] | float, what: str,
             tol_abs: float = 0.11) -> None:
        g = got if isinstance(got, list) else [got]
        w = want if isinstance(want, list) else [want]
        for i, (a, b) in enumerate(zip(g, w)):
            if not (close(a, b) or abs(a - b) <= tol_abs):
                self.failures.append(f"{what}[{i}]: printed {a}, computed {b}")

    def wrong(self, got: float, truth: float, what: str) -> None:
        """A planted numeric defect: more than 5 % away from the true value."""
        if not off(got, truth):
            self.failures.append(f"planted {what}: printed {got} is within 5 % of the true {truth}")


# Table captions every full plan uses (the generator writes them; the checks find tables by them)
CAP = dict(hist="Kết quả sản xuất kinh doanh 2024", reg="Danh sách", bal="Cân đối nguyên liệu",
           price="Giá bán dự kiến", out="Kế hoạch sản lượng", staff="Lao động và tiền lương",
           inv="Nhu cầu vốn đầu tư", src="Nguồn vốn", rev="Doanh thu dự kiến",
           cert="Chi phí chứng nhận", cost="Chi phí sản xuất kinh doanh", sum="Hiệu quả kinh tế")

COST_LABEL = dict(raw_c="Nguyên liệu đạt chứng nhận", raw_o="Nguyên liệu thường, chuyển đổi",
                  grow="Giống, phân bón, giá thể", extra="Nguyên liệu phụ", pack="Bao bì",
                  wage="Tiền lương", cert="Chứng nhận, đánh giá, phân tích mẫu",
                  energy="Điện, nước, nhiên liệu", sell="Bán hàng, vận chuyển", dep="Khấu hao",
                  interest="Lãi vay", tax="Thuế, phí", other="Chi phí khác")


def check_full(key: str, pl: Plan) -> None:
    """Every table of a full plan against the model; planted cells wrong by more than 5 %."""
    c = PLANS[key]
    t, p = true(key), printed(key)
    mu, nd = money_unit(c)
    tol = 0.11 if nd else 1.1
    plant = c["plant"]

    # history 2024-2026
    pl.same(pl.trow(CAP["hist"], "Sản lượng"), t["h_out"], "history output")
    pl.same(pl.trow(CAP["hist"], "Giá bán bình quân"), t["h_price"], "history price")
    pl.same(pl.trow(CAP["hist"], "Doanh thu"), t["h_rev"], "history revenue", tol)
    pl.same(pl.trow(CAP["hist"], "Lợi nhuận"), t["h_profit"], "history profit", tol)

    # the register: each row's scale (the 2027 count) and the certified total
    for s in c["supply"]:
        if s[2][0] and s[1] not in ("hợp đồng", "kg thịt"):
            got = pl.trow(CAP["reg"], s[0], 1)
            pl.same(got, [s[2][0] * c.get("reg_scale", 1)], f"register {s[0]}")

    # raw-material balance: each supply row = count x yield; sums; needs = output x norm
    for i, s in enumerate(c["supply"]):
        pl.same(pl.trow(CAP["bal"], s[0]), t["sup_rows"][i], f"supply {s[0]}", 1)
    pl.same(pl.trow(CAP["bal"], "Cộng nguồn đạt chứng nhận"), t["sup_c"], "certified supply", 1)
    pl.same(pl.trow(CAP["bal"], "Nhu cầu cho sản phẩm chứng nhận"), t["need_c"], "certified need", 1)
    pl.same(pl.trow(CAP["bal"], "Cộng nguồn thường"), t["sup_o"], "ordinary supply", 1)
    pl.same(pl.trow(CAP["bal"], "Nhu cầu cho sản phẩm thường"), t["need_o"], "ordinary need", 1)
    if "no_balance" not in c:
        pl.same(pl.trow(CAP["bal"], "Còn dư nguồn chứng nhận"), t["spare_c"], "certified spare", 1)
        pl.same(pl.trow(CAP["bal"], "Còn dư nguồn thường"), t["spare_o"], "ordinary spare", 1)

    # prices and premium
    for i, pr in enumerate(c["products"]):
        pl.same(pl.trow(CAP["price"], pr[0]), pr[3], f"price {pr[0]}", 1)
    pl.same(pl.trow(CAP["price"], "Chênh lệch giá"), t["premium"], "premium %", 0.11)

    # output plan and capacity
    for i, pr in enumerate(c["products"]):
        pl.same(pl.trow(CAP["out"], pr[0]), pr[4], f"packs {pr[0]}", 1)
    pl.same(pl.trow(CAP["out"], "Tổng sản lượng quy đổi"), t["out"], "output", 1)
    pl.same(pl.trow(CAP["out"], "Trong đó từ nguyên liệu chứng nhận"), t["out_c"], "certified output", 1)
    pl.same(pl.trow(CAP["out"], "Tỷ lệ sản phẩm từ nguyên liệu chứng nhận"), t["share_c"], "share", 0.11)
    if "no_use_row" not in c:
        pl.same(pl.trow(CAP["out"], "Mức sử dụng công suất"), t["use"], "capacity use", 0.11)

    # staff and wages
    for r in c["roles"]:
        pl.same(pl.trow(CAP["staff"], r[0]), r[1], f"staff {r[0]}", 0)
    pl.same(pl.trow(CAP["staff"], "Tổng số lao động"), t["staff"], "staff total", 0)
    pl.same(pl.trow(CAP["staff"], "Lương bình quân"), t["wage"], "wage", 0.01)
    pl.same(pl.trow(CAP["staff"], "Quỹ lương"), t["wagefund"], "wage fund", tol)

    # investment and sources
    for i, it in enumerate(c["inv"]):
        pl.same(pl.trow(CAP["inv"], it[0], 1), [t["inv"][i]], f"investment {it[0]}", tol)
    inv_total = pl.trow(CAP["inv"], "Tổng", 1)[0]
    pl.same(inv_total, t["inv_total"], "investment total", tol)
    src_rows = [pl.trow(CAP["src"], s[0], 2) for s in c["src"]]
    src_total = pl.trow(CAP["src"], "Tổng", 2)
    for i, s in enumerate(c["src"]):
        pl.same(src_rows[i][0], p["src"][i], f"source {s[0]}", tol)
        pl.same(src_rows[i][1], p["src_share"][i], f"source share {s[0]}", 0.11)
    pl.same(src_total[0], p["src_total"], "sources total", tol)
    if "capital" in plant:
        pl.wrong(src_total[0], inv_total, "capital-mismatch (sources vs investment)")
        pl.same(sum(r[0] for r in src_rows), src_total[0], "sources add up to their total", tol)
    else:
        pl.same(src_total[0], inv_total, "sources = investment", tol)

    # revenue lines = packs x price
    rev_rows = []
    for i, pr in enumerate(c["products"]):
        got = pl.trow(CAP["rev"], pr[0])
        rev_rows.append(got)
        for y in range(3):
            if plant.get("rev_line", (None, None))[:2] == (y, i):
                pl.wrong(got[y], t["rev_p"][i][y], f"revenue-mismatch {pr[0]} {YEARS[y]}")
                pl.same(got[y], p["rev_p"][i][y], "planted revenue line as designed", tol)
            else:
                pl.same(got[y], t["rev_p"][i][y], f"revenue {pr[0]} {YEARS[y]}", tol)
    rev_tot = pl.trow(CAP["rev"], "Tổng doanh thu")
    pl.same(rev_tot, [_r(sum(r[y] for r in rev_rows), nd) for y in range(3)], "revenue total = lines", tol)
    pl.same(rev_tot, p["rev"], "revenue total", tol)

    # certification, audits, residue tests
    if "cert_in_prose" not in c:
        for i, it in enumerate(c["cert"]):
            pl.same(pl.trow(CAP["cert"], it[0]), t["cert_items"][i], f"cert {it[0]}", tol)
        tests = pl.trow(CAP["cert"], c["tests"][0])
        pl.same(tests, t["tests"], "residue tests = samples x price", tol)
        ctot = pl.trow(CAP["cert"], "Tổng cộng")
        if "cert_total" in plant:
            y = plant["cert_total"][0]
            pl.wrong(ctot[y], t["cert_total"][y], f"table-total-mismatch certification {YEARS[y]}")
            pl.same(ctot, p["cert_total_printed"], "certification totals as printed", tol)
            for yy in range(3):
                if yy != y:
                    pl.same(ctot[yy], t["cert_total"][yy], "certification total", tol)
        else:
            pl.same(ctot, t["cert_total"], "certification total", tol)

    # cost table
    for k in p["fin"]["cost"]["order"]:
        lab = c.get("cost_label", {}).get(k, COST_LABEL[k])
        pl.same(pl.trow(CAP["cost"], lab), p["fin"]["cost"][k], f"cost {k}", tol)
    cost_tot = pl.trow(CAP["cost"], "Tổng chi phí")
    pl.same(cost_tot, p["fin"]["cost"]["total"], "cost total", tol)
    pl.same(cost_tot, t["fin"]["cost"]["total"] if "rev_line" not in plant else p["fin"]["cost"]["total"],
            "cost total (true)", tol)

    # summary
    s_rev = pl.trow(CAP["sum"], "Doanh thu")
    s_cost = pl.trow(CAP["sum"], "Tổng chi phí")
    s_profit = pl.trow(CAP["sum"], "Lợi nhuận")
    s_margin = pl.trow(CAP["sum"], "Tỷ suất lợi nhuận")
    pl.same(s_rev, rev_tot, "summary revenue = revenue table", tol)
    pl.same(s_cost, cost_tot, "summary cost = cost table", tol)
    for y in range(3):
        want = _r(s_rev[y] - s_cost[y], nd)
        if plant.get("profit", (None,))[0] == y:
            pl.wrong(s_profit[y], want, f"profit-mismatch {YEARS[y]}")
            pl.same(s_profit[y], p["fin"]["profit"][y], "planted profit as designed", tol)
        else:
            pl.same(s_profit[y], want, f"profit {YEARS[y]}", tol)
    pl.same(s_margin, p["fin"]["margin"], "margin", 0.11)

    # payback printed in the text ("hoàn vốn ... X năm")
    mpb = re.search(r"hoàn vốn[^.]{0,80}?(\d+,\d) năm", pl.body)
    pb = vn(mpb.group(1)) if mpb else 0.0
    pl.check(bool(mpb), "payback sentence not found")
    if "payback" in plant:
        pl.wrong(pb, t["fin"]["payback"], "payback-mismatch")
    else:
        pl.same(pb, p["fin"]["payback"], "payback", 0.051)
        pl.same(pb, _r(t["inv_total"] / (p["fin"]["avg_profit"] + t["dep"]), 1), "payback from printed profit", 0.051)

    # realism of what is not planted
    if "growth" not in plant:
        for g in t["fin"]["growth_rev"] + t["growth_out"][1:]:
            pl.check(g <= 35, f"growth {g} % over 35 %")
        pl.check(t["growth_out"][0] <= 20, f"2027 output {t['growth_out'][0]} % above 2026")
    for mg in t["fin"]["margin"]:
        pl.check(0 < mg < 40, f"true margin {mg} % out of range")
    if key not in ("js05",):
        for y in range(3):
            pl.check(t["need_c"][y] <= t["sup_c"][y], f"certified material short in {YEARS[y]}")
            pl.check(t["need"][y] <= t["sup"][y], f"raw material short in {YEARS[y]}")
    if key not in ("js08",):
        for u in t["use"]:
            pl.check(u <= 85, f"capacity use {u} % over 85 %")


def check_ready(pl: Plan) -> None:
    pl.lacks(REPLACED, "replaced instrument or district level in a ready plan")
    pl.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
           "nhãn hiệu", "truy xuất")
    for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", pl.body):
        pl.check(int(d) >= 2028, f"a paper valid only to {d}")


def words(pl: Plan) -> int:
    return len(re.findall(r"\w+", pl.body))


# --------------------------------------------------------------------------- per-plan checks
def check_js01(pl: Plan) -> None:
    check_full("js01", pl)
    check_ready(pl)
    pl.has("TCVN 11041-5:2018", "109/2018/NĐ-CP", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
           "đăng ký môi trường")


def check_js02(pl: Plan) -> None:
    check_full("js02", pl)
    check_ready(pl)
    pl.has("VietGAHP", "kháng sinh", "an toàn thực phẩm")


def check_js03(pl: Plan) -> None:
    check_full("js03", pl)
    check_ready(pl)
    pl.has("TCVN 11041-2:2017", "TCVN 11892-1:2017", "không ghi công dụng chữa bệnh")
    pl.lacks(r"chữa khỏi|điều trị|phòng ngừa bệnh", "health claim")


def check_js04(pl: Plan) -> None:
    check_full("js04", pl)
    check_ready(pl)
    pl.has("105/2017/NĐ-CP", "17/2020/NĐ-CP", "Giấy phép sản xuất rượu", "đăng ký môi trường",
           "TCVN 11041-5:2018")
    # certification, audit and residue-test costs in prose, one line a year, each = the cost table's line
    c, t = PLANS["js04"], true("js04")
    for y, yr in enumerate(YEARS):
        m = re.search(rf"- Năm {yr}: (.*?); cộng ([\d.,]+) triệu đồng\.", pl.body)
        if not m:
            pl.failures.append(f"certification line {yr} not found")
            continue
        items = [vn(x) for x in re.findall(r"(?<![×\d])([\d.]+,\d) triệu đồng(?!\s*=)", m.group(1))]
        pl.same(vn(m.group(2)), t["cert_total"][y], f"certification {yr} total")
        pl.same(_r(sum(items), 1), t["cert_total"][y], f"certification {yr} items add up")
        n = re.search(r"phân tích (\d+) mẫu × ([\d,]+) triệu đồng = ([\d,]+)", m.group(1))
        pl.check(bool(n) and int(n.group(1)) == c["tests"][1][y] and
                 close(vn(n.group(3)), int(n.group(1)) * vn(n.group(2))), f"residue tests {yr}")


def check_js05(pl: Plan) -> None:
    key = "js05"
    check_full(key, pl)
    t = true(key)
    # material-shortfall: certified pork short in 2028 and 2029 by more than 5 %; no balance row
    for y in (1, 2):
        pl.wrong(t["sup_c"][y], t["need_c"][y], f"material-shortfall certified {YEARS[y]}")
        pl.check(t["sup_c"][y] < t["need_c"][y], "certified supply below need")
    pl.wrong(t["sup"][2], t["need"][2], "material-shortfall total 2029")
    pl.check(t["sup"][2] < t["need"][2], "total supply below need in 2029")
    pl.lacks(r"Còn dư|thiếu hụt|Chênh lệch nguồn|Cân đối thiếu", "a balance row in the shortfall plan")
    pl.has("đủ thịt lợn đen VietGAHP")
    herds = PLANS[key]["herds"]
    pl.check(sum(h[2] for h in herds[:6]) == PLANS[key]["supply"][0][2][0], "six certified herds add up")
    pl.check(sum(h[2] for h in herds[6:]) == PLANS[key]["supply"][1][2][0], "three herds in process add up")
    for h in herds:
        pl.same(pl.trow(CAP["reg"], h[0], 1), [h[2]], f"herd {h[0]}", 0)
    # no-environment-measures
    pl.lacks(r"môi trường|chất thải|nước thải|\bmùi\b|xử lý|biogas|bể lắng|\brác\b|phân lợn|chuồng trại",
             "environment wording in js05")
    pl.has("giết mổ")
    pl.lacks(REPLACED, "replaced instrument in js05")


def check_js06(pl: Plan) -> None:
    key = "js06"
    check_full(key, pl)
    t = true(key)
    # figure-inconsistent: certified greenhouse area
    pl.has("10.000 m² nhà màng đã được chứng nhận VietGAP", "8.000 m²")
    pl.wrong(10000, t["area_c"][0] * 1000, "figure-inconsistent certified area")
    pl.check(pl.count("10.000 m²") == 1, "the wrong area stated once")
    # no-sales-channel: no customer, channel or price named anywhere
    pl.lacks(r"siêu thị|cửa hàng|đại lý|thương lái|\bchợ\b|sàn thương mại|Facebook|Zalo|"
             r"website|bao tiêu|nhà hàng|khách sạn|bếp ăn|trường học|\bshop\b|Shopee|hợp đồng tiêu thụ|"
             r"đặt hàng|OCOP của tỉnh|điểm bán|người mua|khách hàng", "a sales channel or customer in js06")
    pl.lacks(REPLACED, "replaced instrument in js06")


def check_js07(pl: Plan) -> None:
    key = "js07"
    check_full(key, pl)
    pl.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng",
             "product standard wording in js07")
    pl.has("1048/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện Hương Sơn")
    pl.lacks(r"148/QĐ-TTg|1489", "the current programme in js07")
    pl.has("bảo đảm đủ vốn")


def check_js08(pl: Plan) -> None:
    key = "js08"
    c = PLANS[key]
    check_full(key, pl)
    t = true(key)
    pl.lacks(r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm|Giấy phép",
             "alcohol licence wording in js08")
    # capacity-exceeded: output over 3 stills x 36 l x 250 days in 2028 and 2029
    for y in (1, 2):
        pl.check(t["out"][y] > t["cap"], f"output within capacity in {YEARS[y]}")
        pl.wrong(t["out"][y], t["cap"], f"capacity-exceeded {YEARS[y]}")
    pl.has(f"{fnum(t['cap'])} lít", "không phải đầu tư thêm nồi")
    pl.lacks(r"Mức sử dụng công suất", "a use row in js08")
    pl.lacks(REPLACED, "replaced instrument in js08")
    pl.check(c["plant"]["payback"] == 1.1, "planted payback")


def check_js09(pl: Plan) -> None:
    key = "js09"
    check_full(key, pl)
    pl.lacks(r"nhãn(?! hiệu)|ghi nhãn|43/2017|111/2021|\btem\b|mã vạch|mã QR", "label wording in js09")
    pl.check(pl.count("Công ty TNHH Bánh kẹo Xuân Thành") >= 3, "the other company named at least 3 times")
    pl.check(pl.count("Công ty TNHH Thực phẩm Tiên Điền") >= 4, "own name at least 4 times")
    pl.lacks(REPLACED, "replaced instrument in js09")


def check_js10(pl: Plan) -> None:
    key = "js10"
    check_full(key, pl)
    t = true(key)
    g = t["growth_out"]
    pl.check(g[1] >= 90 and g[2] >= 50, f"planted growth {g}")
    pl.check(t["h_growth"] < 10, "history growth under 10 %")
    pl.check(t["staff"][0] == t["staff"][2], "same staff")
    pl.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết",
             "food-safety wording in js10")
    pl.lacks(r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\blô\b|kiểm soát nội bộ|lưu mẫu|\btem\b|mã vạch|"
             r"kiểm soát chất lượng|sổ ghi chép|ghi chép", "quality-control wording in js10")
    pl.lacks(REPLACED, "replaced instrument in js10")


def check_sketchy(pl: Plan, lo: int = 150, hi: int = 350) -> None:
    n = words(pl)
    pl.check(lo <= n <= hi, f"{n} words")
    pl.check(not pl.rows, "a table in a sketchy plan")


def check_js11(pl: Plan) -> None:
    check_sketchy(pl)
    pl.has("2 sào", "300 kg", "20 %/năm", "120.000 đồng/kg", "36 triệu", "40 triệu")
    pl.check(300 * 120000 == 36_000_000, "300 kg × 120.000 đồng = 36 triệu")
    pl.lacks(r"đăng ký kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|nhãn|tiêu chuẩn", "papers")


def check_js12(pl: Plan) -> None:
    check_sketchy(pl)
    pl.has("1.500 con", "1.000 quả", "3.500 đồng/quả", "3,5 triệu", "2.000 con", "120 triệu")
    pl.check(1000 * 3500 == 3_500_000, "1.000 quả × 3.500 đồng = 3,5 triệu a day")
    pl.lacks(r"an toàn thực phẩm|nhãn|tiêu chuẩn cơ sở|truy xuất", "papers")


CHECKS = {f"js{i:02d}": globals()[f"check_js{i:02d}"] for i in range(1, 13)}


def stems() -> dict[str, str]:
    return {p.stem[:4]: p.stem for p in sorted((HERE / "src").glob("js*.md"))}


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    found = stems()
    keys = [k for k in (argv or sorted(CHECKS)) if k in CHECKS]
    plans = []
    for k in keys:
        if k not in found:
            print(f"FAIL {k}: no source")
            return 1
        pl = Plan(found[k])
        CHECKS[k](pl)
        pl.lacks(PLACEHOLDER, "template placeholder")
        plans.append(pl)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
