"""The 185th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout185/arithmetic.py [gd01 gd05 ...]

Theme: what is produced is not what is sold. Every full plan (gd01-gd10) has a balance of stock:
opening stock + output - storage loss - samples and tastings - sales = closing stock, and the
closing stock of a year is the opening stock of the next. Revenue is reckoned on the packs SOLD
(packs x price), raw material, energy and the need for supply on the quantity PRODUCED (output x
norm), packaging on the packs sold. Aged products (fish sauce gd01, spirit gd05) sell only what was
put to age the year before: sales + samples stay within the opening stock.

From the constants this script computes every figure the plan prints (`model()`; the throw-away
generator that wrote the plans imported it): history 2024-2026 (opening stock, output, losses and
samples, sales, closing stock, average price, revenue = sales x price), the balance 2027-2029,
capacity = rating x multiplier and its use in %, packs sold by size and their quantity, sales by
channel, raw-material need = output x norm against supply = sum of count x yield, staff, wage fund =
staff x wage x 12, investment items and sources, revenue lines, every cost line, the cost total,
profit, margin and payback = investment / (average profit + depreciation). It then reads each plan's
Markdown, finds each table by its caption, and checks every printed cell against the model within
1 % (0,11 for one-decimal millions). Planted numeric defects are overrides in `plant` that the
printed model carries (with their knock-ons); they are asserted off by more than 5 % from the true
model. Textual defects are checked by the absence or presence of words.
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
HIST = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# packs: (label, pack word, size in base unit, [price đ 2027-2029], [packs sold 2027-2029], pack cost đ)
# hist: open = stock 1/1/2024, prod, lm (losses and samples), sold, price (đ per base unit)
# prod: output 2027-2029; loss: (rate, base) base "prod" = output, "avail" = opening stock + output
# samples: quantity given as samples and tastings a year
# chan: (label, share of sales); the last channel takes the remainder
# raws: (key, label, unit, norm per base unit produced, price đ/unit, supply rows (label, [count], word, yield))
# cap: (rating, multiplier, text)
# roles: (role, [staff]); wage: monthly wage (triệu) per year
# energy: đ per base unit produced; sell, tax: shares of revenue; other: triệu a year
# inv: (label, triệu, fixed?); src: (label, triệu); life: years; loan: balance per year; rate
PLANS: dict[str, dict] = {
    "gd01": dict(
        unit="lít", aged=True,
        packs=[("Nước mắm cốt 40 độ đạm, chai 500 ml", "chai", 0.5, [85000] * 3, [18000, 20000, 22000], 6000),
               ("Nước mắm 30 độ đạm, chai 1 lít", "chai", 1, [70000] * 3, [11000, 12000, 13000], 8000),
               ("Nước mắm 25 độ đạm, can 5 lít", "can", 5, [250000] * 3, [1100, 1200, 1400], 15000)],
        hist=dict(open=22000, prod=[24000, 25500, 27000], lm=[900, 950, 1000],
                  sold=[21500, 22800, 24300], price=[98000, 100000, 101000]),
        prod=[30000, 33000, 36000], loss=(0.03, "prod"), samples=[300, 350, 400],
        chan=[("Đại lý, cửa hàng thực phẩm trong tỉnh (24 điểm)", 0.46),
              ("Siêu thị, cửa hàng OCOP, cửa hàng đặc sản", 0.22),
              ("Nhà hàng, bếp ăn tập thể (hợp đồng)", 0.18),
              ("Bán lẻ tại cơ sở và trực tuyến", 0.14)],
        raws=[("ca", "Cá cơm tươi", "kg", 1.3, 18000,
               [("Tàu cá liên kết ở cảng Cửa Sót", [8, 8, 8], "tàu", 5000),
                ("Vựa cá Thạch Kim (hợp đồng)", [2, 2, 2], "vựa", 6000)]),
              ("muoi", "Muối hạt", "kg", 0.4, 3000,
               [("Hợp tác xã muối Hộ Độ (hợp đồng)", [1, 1, 1], "hợp đồng", 20000)])],
        cap=(400, 110, "110 thùng chượp × 400 lít/năm"),
        roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3]), ("Muối chượp, kéo rút, lọc", [4, 4, 5]),
               ("Chiết chai, đóng thùng", [2, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=2000, sell=0.06, tax=0.015, other=60,
        inv=[("Bổ sung 30 thùng chượp gỗ mít", 300, True), ("Nhà ủ chượp 150 m², mái tôn cách nhiệt", 450, True),
             ("Hệ thống lọc, chiết rót, đóng nắp", 380, True), ("Kho thành phẩm 60 m²", 170, True),
             ("Bao bì, nhãn, mã QR truy xuất", 60, False), ("Vốn lưu động (cá, muối, chai)", 440, False)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 650, 500], rate=0.08),
    "gd02": dict(
        unit="lít", aged=False,
        packs=[("Rượu sim 29,5 độ, chai 500 ml", "chai", 0.5, [110000] * 3, [14000, 15600, 17000], 9000),
               ("Rượu sim, bình gốm 1,5 lít", "bình", 1.5, [350000] * 3, [1200, 1300, 1400], 45000),
               ("Hộp quà 2 chai 500 ml", "hộp", 1, [240000] * 3, [1800, 2000, 2200], 30000)],
        hist=dict(open=3600, prod=[9800, 10500, 11200], lm=[300, 320, 340],
                  sold=[9100, 9700, 10240], price=[215000, 220000, 225000]),
        prod=[12000, 13200, 14400], loss=(0.02, "avail"), samples=[150, 160, 170],
        chan=[("Nhà hàng, khách sạn trong tỉnh (26 đơn vị)", 0.38),
              ("Cửa hàng đặc sản, điểm OCOP", 0.30),
              ("Khách tham quan, mua tại hợp tác xã", 0.17),
              ("Bán trực tuyến, đặt hàng qua điện thoại", 0.15)],
        raws=[("nep", "Gạo nếp cái", "kg", 1.25, 25000,
               [("Hộ thành viên trồng nếp", [40, 40, 40], "hộ", 400),
                ("Hộ liên kết thôn Đông Lộc", [20, 20, 20], "hộ", 300)]),
              ("sim", "Quả sim chín", "kg", 0.3, 30000,
               [("Đồi sim của hợp tác xã", [6, 6, 6], "ha", 600),
                ("Hộ thu hái sim trên đồi", [15, 15, 15], "hộ", 150)])],
        cap=(60, 300, "3 nồi × 20 lít/ngày, 300 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [3, 3, 4]),
               ("Ngâm sim, hạ thổ, lọc, chiết", [2, 2, 2]), ("Bán hàng, tiếp khách", [1, 2, 2])],
        wage=[5.8, 6.1, 6.4], energy=6000, sell=0.07, tax=0.02, other=50,
        inv=[("Hầm hạ thổ và kho ủ rượu 80 m²", 320, True), ("Bổ sung một nồi chưng cất inox 20 lít/ngày", 150, True),
             ("Máy lọc, khử andehit, chiết rót", 240, True), ("Chum sành, bình gốm ủ rượu", 130, True),
             ("Thiết kế nhãn, hộp quà, tem truy xuất", 60, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 600), ("Quỹ đầu tư phát triển của hợp tác xã", 140),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 460)],
        life=10, loan=[460, 360, 260], rate=0.08),
    "gd03": dict(
        unit="kg", aged=False, bal_rows=True,
        packs=[("Mật ong hoa nhãn, chai 500 g", "chai", 0.5, [180000] * 3, [3000, 3300, 3600], 7000),
               ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [320000] * 3, [1800, 2000, 2200], 10000),
               ("Mật ong hoa rừng, can 2 kg", "can", 2, [600000] * 3, [300, 330, 380], 12000)],
        hist=dict(open=900, prod=[3300, 3500, 3800], lm=[100, 110, 120],
                  sold=[3200, 3400, 3550], price=[300000, 305000, 310000]),
        prod=[4000, 4400, 4800], loss=(0.015, "prod"), samples=[80, 90, 100],
        chan=[("Cửa hàng thực phẩm sạch, nhà thuốc (14 điểm)", 0.42),
              ("Cửa hàng OCOP, quầy đặc sản", 0.25),
              ("Khách quen, đặt hàng qua mạng xã hội", 0.21),
              ("Quà biếu cho doanh nghiệp (hợp đồng)", 0.12)],
        raws=[("mat", "Mật ong thô (trước khi hạ thủy phần)", "kg", 1.06, 150000,
               [("Đàn ong của hộ", [260, 280, 300], "đàn", 12),
                ("Hộ nuôi ong liên kết thôn Khe Lim", [20, 20, 20], "hộ", 100)])],
        cap=(40, 150, "máy hạ thủy phần 40 kg/ngày, 150 ngày"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 2, 2])],
        wage=[5.5, 5.8, 6.1], energy=1500, sell=0.05, tax=0.015, other=30,
        inv=[("Máy hạ thủy phần mật ong 40 kg/ngày", 180, True), ("Phòng lọc, đóng chai 35 m²", 140, True),
             ("Thêm 40 thùng ong và đàn giống", 80, True), ("Kho mát bảo quản mật 20 m²", 100, True),
             ("Bao bì, nhãn, kiểm nghiệm", 40, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066),
    "gd04": dict(
        unit="kg", aged=False,
        packs=[("Chè vằng khô cắt đoạn, túi 500 g", "túi", 0.5, [80000] * 3, [5000, 5400, 5800], 3000),
               ("Chè vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, [40000] * 3, [30000, 32000, 35000], 6000),
               ("Chè vằng khô, bao 2 kg", "bao", 2, [290000] * 3, [700, 800, 900], 5000)],
        hist=dict(open=1100, prod=[4800, 5200, 5600], lm=[150, 160, 170],
                  sold=[4600, 4950, 5100], price=[310000, 320000, 330000]),
        prod=[6000, 6500, 7000], loss=(0.02, "avail"), samples=[60, 70, 80],
        chan=[("Nhà thuốc, cửa hàng thực phẩm (18 điểm)", 0.40),
              ("Quán ăn, nhà hàng mua bao 2 kg", 0.25),
              ("Cửa hàng OCOP, hội chợ", 0.20),
              ("Bán trực tuyến", 0.15)],
        raws=[("vang", "Cành lá chè vằng tươi", "kg", 4.5, 8000,
               [("Vườn chè vằng của tổ viên", [8, 8, 8], "ha", 2500),
                ("Hộ thôn Phú Lộc (hợp đồng thu mua)", [18, 18, 18], "hộ", 900)])],
        cap=(35, 240, "máy sấy 35 kg khô/ngày, 240 ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, cắt, đóng gói", [2, 3, 3]), ("Kho, bán hàng", [1, 1, 1])],
        wage=[5.2, 5.5, 5.8], energy=15000, sell=0.06, tax=0.015, other=40,
        inv=[("Nhà sấy và kho khô 100 m²", 280, True), ("Máy sấy bơm nhiệt 35 kg khô/ngày", 260, True),
             ("Máy cắt đoạn, máy đóng túi lọc", 220, True), ("Thiết bị hút ẩm cho kho", 40, True),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 50, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Chính sách xã hội (hộ tổ viên đứng vay)", 500)],
        life=10, loan=[500, 400, 300], rate=0.066),
    "gd05": dict(
        unit="lít", aged=True, no_use_row=True,
        packs=[("Rượu nếp cái 30 độ, chai 500 ml", "chai", 0.5, [90000] * 3, [16000, 16600, 18000], 7000),
               ("Rượu nếp cái, bình sứ 2 lít", "bình", 2, [380000] * 3, [1500, 1650, 1800], 40000),
               ("Rượu nếp cái, can 5 lít", "can", 5, [500000] * 3, [300, 360, 400], 15000)],
        hist=dict(open=10500, prod=[12000, 12800, 13600], lm=[500, 550, 600],
                  sold=[10800, 11300, 11800], price=[160000, 164000, 168000]),
        prod=[14000, 17000, 20000], loss=(0.03, "prod"), samples=[200, 220, 250],
        chan=[("Nhà hàng, quán ăn trong tỉnh (30 đơn vị)", 0.45),
              ("Cửa hàng đặc sản, cửa hàng OCOP", 0.25),
              ("Đại lý tại Vinh và Hà Nội", 0.20),
              ("Bán tại hợp tác xã, trực tuyến", 0.10)],
        raws=[("nep", "Gạo nếp cái hoa vàng", "kg", 1.3, 26000,
               [("Hộ thành viên trồng nếp", [50, 50, 50], "hộ", 400),
                ("Hộ liên kết thôn Yên Bình", [25, 25, 25], "hộ", 400)])],
        cap=(60, 260, "2 nồi × 30 lít/ngày, 260 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [3, 3, 3]),
               ("Hạ thổ, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4], energy=7000, sell=0.06, tax=0.02, other=50,
        inv=[("Kho ủ rượu 12 tháng 90 m²", 300, True), ("Chum sành ủ rượu 60 chiếc", 120, True),
             ("Máy lọc, khử andehit, chiết rót", 260, True), ("Hầm biogas và bể chứa bã rượu", 90, True),
             ("Thiết kế nhãn, bình sứ, tem truy xuất", 60, False), ("Vốn lưu động", 370, False)],
        src=[("Vốn góp của thành viên", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        # revenue-mismatch: the 2028 line of 500 ml bottles priced on the quantity produced
        plant=dict(rev_line={(0, 1): "prod"})),
    "gd06": dict(
        unit="kg", aged=False, no_spare_row=True,
        packs=[("Mắm tôm, hũ 250 g", "hũ", 0.25, [35000] * 3, [12000, 13000, 14000], 3000),
               ("Mắm tôm, hũ 500 g", "hũ", 0.5, [60000] * 3, [8000, 9000, 10000], 4000),
               ("Mắm tôm, xô 2 kg", "xô", 2, [200000] * 3, [1000, 1200, 1350], 6000)],
        hist=dict(open=1800, prod=[8200, 8800, 9400], lm=[380, 400, 430],
                  sold=[7600, 8300, 8800], price=[118000, 120000, 122000]),
        prod=[10000, 11000, 12000], loss=(0.04, "prod"), samples=[100, 110, 120],
        chan=[("Chợ đầu mối và tiểu thương (12 sạp)", 0.40),
              ("Cửa hàng đặc sản, cửa hàng OCOP", 0.25),
              ("Nhà hàng hải sản ở Thiên Cầm", 0.20),
              ("Bán tại nhà, trực tuyến", 0.15)],
        raws=[("ruoc", "Ruốc (moi) tươi", "kg", 1.15, 30000,
               [("Thuyền đánh ruốc trong thôn (thu mua)", [6, 6, 6], "thuyền", 1500),
                ("Đầu nậu ruốc bến Cẩm Nhượng", [1, 1, 1], "đầu nậu", 1500)]),
              ("muoi", "Muối hạt", "kg", 0.2, 3000,
               [("Cửa hàng muối Cẩm Lĩnh", [1, 1, 1], "cửa hàng", 4000)])],
        cap=(150, 100, "100 chum × 150 kg/năm"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Muối, ủ, phơi mắm", [2, 2, 2]),
               ("Đóng hũ, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.3, 5.6], energy=1500, sell=0.05, tax=0.015, other=30,
        inv=[("Bổ sung 40 chum sành và giàn phơi", 120, True), ("Nhà ủ mắm 60 m²", 200, True),
             ("Máy xay, máy đóng hũ", 110, True), ("Hũ, xô, nhãn, kiểm nghiệm", 40, False),
             ("Vốn lưu động", 230, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066,
        # figure-inconsistent: the objectives state the 2027 output as 12.500 kg
        plant=dict(text_prod27=12500)),
    "gd07": dict(
        unit="kg", aged=False,
        packs=[("Mực khô loại 1, túi 500 g", "túi", 0.5, [700000] * 3, [2400, 2600, 2800], 8000),
               ("Mực khô, hộp quà 1 kg", "hộp", 1, [1450000] * 3, [900, 1000, 1100], 45000),
               ("Mực khô loại 2, túi 2 kg", "túi", 2, [2400000] * 3, [400, 420, 450], 10000)],
        hist=dict(open=700, prod=[2500, 2700, 2900], lm=[90, 95, 100],
                  sold=[2400, 2600, 2750], price=[1300000, 1320000, 1340000]),
        prod=[3000, 3300, 3600], loss=(0.02, "avail"), samples=[20, 25, 30],
        chan=[("Cửa hàng hải sản khô ở Hà Tĩnh, Vinh (16 điểm)", 0.40),
              ("Quà Tết cho doanh nghiệp, cơ quan (hợp đồng)", 0.30),
              ("Cửa hàng OCOP, sân bay Vinh", 0.15),
              ("Bán trực tuyến", 0.15)],
        raws=[("muc", "Mực ống tươi", "kg", 5, 100000,
               [("Tàu câu mực liên kết cảng Xuân Hội", [12, 12, 12], "tàu", 1500),
                ("Vựa hải sản Xuân Phổ (hợp đồng)", [2, 2, 2], "vựa", 2500)])],
        cap=(24, 180, "2 máy sấy × 12 kg khô/ngày, 180 ngày"),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, phơi sấy", [4, 4, 5]),
               ("Phân loại, đóng gói, kho lạnh", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1], energy=25000, sell=0.06, tax=0.015, other=80,
        inv=[("Kho lạnh bảo quản mực khô 40 m³", 420, True), ("Hai máy sấy bơm nhiệt 12 kg/ngày", 380, True),
             ("Nhà sơ chế, sân phơi có mái che 180 m²", 520, True), ("Máy hút chân không, cân điện tử", 120, True),
             ("Bao bì, hộp quà", 60, False), ("Vốn lưu động (thu mua mực mùa vụ)", 1500, False)],
        src=[("Vốn góp của cổ đông", 1200), ("Lợi nhuận giữ lại", 400),
             ("Vay Ngân hàng thương mại", 1000)],
        life=10, loan=[1000, 800, 600], rate=0.075,
        # payback-mismatch: the text states 1,5 years
        plant=dict(payback=1.7)),
    "gd08": dict(
        unit="kg", aged=False,
        packs=[("Chè xanh búp, gói 200 g", "gói", 0.2, [70000] * 3, [9000, 9800, 10500], 3000),
               ("Chè xanh búp, hộp quà 500 g", "hộp", 0.5, [220000] * 3, [3000, 3300, 3600], 25000),
               ("Chè xanh, túi 1 kg", "túi", 1, [300000] * 3, [1300, 1400, 1500], 4000)],
        hist=dict(open=900, prod=[4200, 4500, 4800], lm=[120, 130, 140],
                  sold=[3900, 4200, 4510], price=[330000, 340000, 350000]),
        prod=[5000, 5400, 5800], loss=(0.015, "avail"), samples=[50, 60, 70],
        chan=[("Cửa hàng chè, đại lý trong tỉnh (20 điểm)", 0.45),
              ("Hộp quà Tết cho cơ quan, doanh nghiệp", 0.25),
              ("Điểm bán OCOP, hội chợ", 0.15),
              ("Bán trực tuyến", 0.15)],
        raws=[("bup", "Búp chè tươi", "kg", 4.5, 12000,
               [("Đồi chè của thành viên", [20, 20, 20], "ha", 1000),
                ("Hộ trồng chè liên kết", [12, 12, 12], "hộ", 600)])],
        cap=(28, 250, "2 dây chuyền × 14 kg khô/ngày, 250 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Hái, vò, sao chè", [4, 4, 4]),
               ("Đóng gói, kho", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=10000, sell=0.06, tax=0.015, other=50,
        inv=[("Nhà chế biến chè 120 m²", 350, True), ("Dây chuyền vò, sao chè thứ hai", 300, True),
             ("Kho chè có máy hút ẩm", 90, True), ("Máy hút chân không, máy đóng gói", 80, True),
             ("Hộp quà, bao bì", 60, False), ("Vốn lưu động", 320, False)],
        src=[("Vốn góp của thành viên", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        # table-total-mismatch: cost table, 2028 total printed short
        plant=dict(cost_total={1: 0.90})),
    "gd09": dict(
        unit="kg", aged=False,
        packs=[("Kẹo cu đơ, gói 200 g", "gói", 0.2, [28000] * 3, [15000, 27000, 45000], 1500),
               ("Kẹo cu đơ, hộp 500 g", "hộp", 0.5, [70000] * 3, [6000, 12000, 20000], 4000),
               ("Kẹo cu đơ, hộp quà Tết 1 kg", "hộp", 1, [135000] * 3, [1800, 3300, 5500], 12000)],
        hist=dict(open=500, prod=[6800, 7300, 7800], lm=[160, 170, 180],
                  sold=[6560, 7150, 7690], price=[134000, 136000, 138000]),
        prod=[8000, 15000, 25000], loss=(0.01, "prod"), samples=[100, 150, 200],
        chan=[("Tiểu thương chợ và cửa hàng tạp hóa (15 điểm)", 0.45),
              ("Cửa hàng quà quê, cửa hàng OCOP", 0.25),
              ("Khách mua quà Tết tại cơ sở", 0.20),
              ("Trang mạng xã hội của tổ", 0.10)],
        raws=[("lac", "Lạc nhân", "kg", 0.5, 55000,
               [("Cơ sở lạc Xuân Lam (mua theo đơn)", [1, 1, 1], "cơ sở", 0)]),
              ("mat", "Mật mía, mạch nha", "kg", 0.45, 30000,
               [("Lò mật mía Thạch Ngọc (mua theo đơn)", [1, 1, 1], "lò", 0)]),
              ("gung", "Gừng, bánh đa nướng", "kg", 0.15, 40000,
               [("Hộ làm bánh đa thôn Xuân Phổ (mua theo đơn)", [1, 1, 1], "hộ", 0)])],
        supply_fixed={"lac": [4400, 8200, 13500], "mat": [4000, 7400, 12000], "gung": [1300, 2500, 4000]},
        cap=(120, 250, "2 nồi × 60 kg/ngày, 250 ngày"),
        roles=[("Tổ trưởng, kế toán", [1, 1, 1]), ("Nấu mật, rang lạc, cán kẹo", [3, 3, 3]),
               ("Cắt, gói, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.3, 5.6], energy=6000, sell=0.05, tax=0.015, other=30,
        inv=[("Nồi nấu mật hai vỏ 60 kg/mẻ", 90, True), ("Máy rang lạc, máy cán kẹo", 120, True),
             ("Cải tạo bếp nấu 50 m²", 100, True), ("Hộp quà, bao bì", 40, False),
             ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Quỹ hỗ trợ nông dân", 200)],
        life=8, loan=[200, 150, 100], rate=0.06,
        # profit-mismatch: summary 2028 profit printed 30 % high
        plant=dict(profit={1: 1.30})),
    "gd10": dict(
        unit="kg", aged=False,
        packs=[("Măng khô, túi 250 g", "túi", 0.25, [95000] * 3, [6000, 6600, 7200], 3000),
               ("Măng khô, túi 500 g", "túi", 0.5, [180000] * 3, [5000, 5500, 6000], 4000),
               ("Măng khô, túi 1 kg", "túi", 1, [340000] * 3, [1900, 2000, 2200], 5000)],
        hist=dict(open=1200, prod=[4800, 5200, 5700], lm=[180, 200, 220],
                  sold=[4500, 4950, 5200], price=[330000, 335000, 340000]),
        prod=[6000, 6600, 7200], loss=(0.03, "avail"), samples=[40, 45, 50],
        chan=[("Chợ, cửa hàng khô trong tỉnh (22 điểm)", 0.45),
              ("Siêu thị mini, cửa hàng OCOP", 0.20),
              ("Quà Tết cho doanh nghiệp", 0.20),
              ("Bán trực tuyến", 0.15)],
        raws=[("mang", "Măng tươi (măng luồng, măng vầu)", "kg", 12, 5000,
               [("Hộ có rừng luồng ở Hương Trạch", [65, 65, 65], "hộ", 1200),
                ("Tổ thu mua măng bản Rào Tre", [2, 2, 2], "tổ", 10000)])],
        cap=(40, 220, "lò sấy 40 kg khô/ngày, 220 ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Luộc, thái, sấy măng", [4, 4, 4]),
               ("Đóng gói, kho", [2, 2, 2]), ("Bán hàng", [1, 1, 2])],
        wage=[5.8, 6.1, 6.4], energy=20000, sell=0.06, tax=0.015, other=50,
        inv=[("Lò sấy măng 40 kg khô/ngày", 260, True), ("Nhà sơ chế, luộc măng 120 m²", 330, True),
             ("Kho khô có máy hút ẩm", 120, True), ("Máy thái, máy hút chân không", 90, True),
             ("Bao bì, mã QR", 50, False), ("Vốn lưu động (thu mua măng mùa mưa)", 600, False)],
        src=[("Vốn chủ sở hữu", 850), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08),
}


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(key: str, planted: bool = True) -> dict:
    """Every figure a plan prints; with planted=False the true values (no planted override)."""
    P = PLANS[key]
    pl = P.get("plant", {}) if planted else {}
    M: dict = {}
    h = P["hist"]
    op, hend = h["open"], []
    hopen = []
    for i in range(3):
        hopen.append(op)
        op = op + h["prod"][i] - h["lm"][i] - h["sold"][i]
        hend.append(op)
    M["h_open"], M["h_end"] = hopen, hend
    M["h_rev"] = [r1(h["sold"][i] * h["price"][i] / 1e6) for i in range(3)]
    prod = P["prod"]
    M["prod"] = prod
    sold = [round(sum(pk[4][y] * pk[2] for pk in P["packs"]), 2) for y in range(3)]
    M["sold"] = sold
    opn, loss, end = [], [], []
    s = hend[2]
    rate, base = P["loss"]
    for y in range(3):
        opn.append(s)
        b = prod[y] if base == "prod" else s + prod[y]
        loss.append(round(rate * b))
        s = s + prod[y] - loss[y] - P["samples"][y] - sold[y]
        end.append(round(s, 2))
    M.update(open=opn, loss=loss, end=end, samples=P["samples"])
    capy = P["cap"][0] * P["cap"][1]
    M["cap"] = capy
    M["use"] = [r1(prod[y] / capy * 100) for y in range(3)]
    # channels
    chan = []
    rest = list(sold)
    for j, (lab, sh) in enumerate(P["chan"]):
        if j < len(P["chan"]) - 1:
            q = [round(sh * sold[y] / 10) * 10 for y in range(3)]
            rest = [rest[y] - q[y] for y in range(3)]
        else:
            q = rest
        chan.append((lab, q))
    M["chan"] = chan
    # raw materials
    raws = {}
    for (k, lab, unit, norm, price, rows) in P["raws"]:
        sup = []
        for (rl, cnt, word, yld) in rows:
            if P.get("supply_fixed"):
                sup.append((rl, P["supply_fixed"][k]))
            else:
                sup.append((rl, [cnt[y] * yld for y in range(3)]))
        tot = [sum(x[1][y] for x in sup) for y in range(3)]
        need = [round(prod[y] * norm) for y in range(3)]
        raws[k] = dict(sup=sup, tot=tot, need=need, spare=[tot[y] - need[y] for y in range(3)],
                       cost=[r1(need[y] * price / 1e6) for y in range(3)], label=lab)
    M["raws"] = raws
    # staff
    staff = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    M["staff"] = staff
    M["fund"] = [r1(staff[y] * P["wage"][y] * 12) for y in range(3)]
    # revenue
    lines = []
    for i, pk in enumerate(P["packs"]):
        ln = []
        for y in range(3):
            v = pk[4][y] * pk[3][y] / 1e6
            if (i, y) in pl.get("rev_line", {}):
                v = v * prod[y] / sold[y]
            ln.append(r1(v))
        lines.append(ln)
    M["rev_lines"] = lines
    rev = [r1(sum(l[y] for l in lines)) for y in range(3)]
    M["rev"] = rev
    # investment
    M["inv_total"] = sum(x[1] for x in P["inv"])
    M["src_total"] = sum(x[1] for x in P["src"])
    fixed = sum(x[1] for x in P["inv"] if x[2])
    M["fixed"] = fixed
    dep = r1(fixed / P["life"])
    # costs
    costs = []
    for k, d in raws.items():
        costs.append((d["label"], d["cost"]))
    costs.append(("Bao bì", [r1(sum(pk[4][y] * pk[5] for pk in P["packs"]) / 1e6) for y in range(3)]))
    costs.append(("Điện, nhiên liệu, nước", [r1(prod[y] * P["energy"] / 1e6) for y in range(3)]))
    costs.append(("Tiền công lao động", M["fund"]))
    costs.append(("Khấu hao tài sản", [dep] * 3))
    costs.append(("Lãi vay", [r1(P["loan"][y] * P["rate"]) for y in range(3)]))
    costs.append(("Bán hàng, quảng bá, hàng mẫu", [r1(rev[y] * P["sell"]) for y in range(3)]))
    costs.append(("Thuế, phí", [r1(rev[y] * P["tax"]) for y in range(3)]))
    costs.append(("Chi phí khác", [P["other"]] * 3))
    M["costs"] = costs
    M["dep"] = dep
    ctot = [r1(sum(c[1][y] for c in costs)) for y in range(3)]
    M["cost_true_sum"] = list(ctot)
    for y, f in pl.get("cost_total", {}).items():
        ctot[y] = r1(ctot[y] * f)
    M["cost"] = ctot
    profit = [r1(rev[y] - ctot[y]) for y in range(3)]
    for y, f in pl.get("profit", {}).items():
        profit[y] = r1(profit[y] * f)
    M["profit"] = profit
    M["margin"] = [r1(profit[y] / rev[y] * 100) for y in range(3)]
    avgp = r1(sum(profit) / 3)
    M["avg_profit"] = avgp
    M["payback"] = r1(M["inv_total"] / (avgp + dep))
    if "payback" in pl:
        M["payback"] = pl["payback"]
    M["prod27_text"] = pl.get("text_prod27", prod[0])
    return M


# --------------------------------------------------------------------------- formatting (shared)
def fmt(x: float, dec: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    neg = x < 0
    x = abs(x)
    s = f"{x:,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("−" if neg else "") + s


# --------------------------------------------------------------------------- reading the plan
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[str, list[list[str]]] = {}
        cap = None
        for line in self.body.splitlines():
            t = line.strip()
            if t.startswith("Bảng "):
                cap = t
                self.tables[cap] = []
            elif t.startswith("|") and cap is not None:
                if set(t) <= set("|-: "):
                    continue
                self.tables[cap].append([c.strip() for c in t.strip("|").split("|")])

    def table(self, word: str) -> list[list[str]]:
        for cap, rows in self.tables.items():
            if word.lower() in cap.lower():
                return rows
        self.failures.append(f"table not found: {word}")
        return []

    def trow(self, word: str, label: str, n: int = 3) -> list[float]:
        for r in self.table(word):
            if any(c == label for c in r[:2]):
                nums = []
                for c in r[1:]:
                    c2 = c.replace("−", "-")
                    if re.fullmatch(r"-?[\d.]+(,\d+)?", c2) and c2 not in ("-",):
                        nums.append(-vn(c2[1:]) if c2.startswith("-") else vn(c2))
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {word} / {label}")
        return [0.0] * n

    def eq(self, got: list[float], want: list[float], what: str, skip=()) -> None:
        for y, (g, w) in enumerate(zip(got, want)):
            if y in skip:
                continue
            if not (close(g, w) or abs(g - w) <= 0.11):
                self.failures.append(f"{what} [{y}]: printed {g}, model {w}")


def check_full(key: str, p: Plan) -> None:
    P = PLANS[key]
    M = model(key)
    T = model(key, planted=False)
    u = P["unit"]
    h = P["hist"]
    # history
    p.eq(p.trow("2024", "Tồn kho đầu năm"), M["h_open"], "hist open")
    p.eq(p.trow("2024", "Sản lượng sản xuất"), h["prod"], "hist prod")
    p.eq(p.trow("2024", "Hao hụt, hàng mẫu"), h["lm"], "hist lm")
    p.eq(p.trow("2024", "Sản lượng tiêu thụ"), h["sold"], "hist sold")
    p.eq(p.trow("2024", "Tồn kho cuối năm"), M["h_end"], "hist end")
    p.eq(p.trow("2024", "Doanh thu"), M["h_rev"], "hist rev")
    # prices and packs
    for pk in P["packs"]:
        p.eq(p.trow("giá bán", pk[0]), pk[3], f"price {pk[0]}")
        p.eq(p.trow("quy cách", pk[0]), pk[4], f"packs {pk[0]}")
    p.eq(p.trow("quy cách", f"Quy ra {u}"), M["sold"], "packs in base unit")
    # balance
    labels = [("Tồn kho đầu kỳ", "open"), ("Sản lượng sản xuất", "prod"), ("Hao hụt bảo quản", "loss"),
              ("Hàng mẫu, dùng thử", "samples"), ("Sản lượng tiêu thụ", "sold"), ("Tồn kho cuối kỳ", "end")]
    if P.get("bal_rows"):
        for y, yr in enumerate(YEARS):
            got = p.trow("tồn kho", f"Năm {yr}", 6)
            p.eq(got, [M[k][y] for _, k in labels], f"balance {yr}")
    else:
        for lab, k in labels:
            p.eq(p.trow("tồn kho", lab), M[k], f"balance {lab}")
        if not P.get("no_use_row"):
            p.eq(p.trow("tồn kho", "Công suất thiết kế"), [M["cap"]] * 3, "capacity")
            p.eq(p.trow("tồn kho", "Tỷ lệ sử dụng công suất (%)"), M["use"], "use %")
    # identities on the model itself (true model)
    for y in range(3):
        p.check(close(T["open"][y] + T["prod"][y] - T["loss"][y] - T["samples"][y] - T["sold"][y],
                      T["end"][y]), f"stock identity {y}")
        if y:
            p.check(T["open"][y] == T["end"][y - 1], f"opening = previous closing {y}")
        p.check(T["end"][y] > 0, f"closing stock positive {y}")
        if P["aged"]:
            p.check(T["sold"][y] + T["samples"][y] <= T["open"][y],
                    f"aged product: sales {T['sold'][y]} within opening stock {T['open'][y]}")
    # channels
    for lab, q in M["chan"]:
        p.eq(p.trow("kênh", lab), q, f"channel {lab}")
    p.eq(p.trow("kênh", "Tổng tiêu thụ"), M["sold"], "channel total")
    # raw materials
    for k, d in M["raws"].items():
        for rl, q in d["sup"]:
            p.eq(p.trow("nguyên liệu", rl), q, f"supply {rl}")
        p.eq(p.trow("nguyên liệu", f"Tổng nguồn cung {d['label'].split(' (')[0].lower()}"), d["tot"], f"supply total {k}")
        p.eq(p.trow("nguyên liệu", f"Nhu cầu {d['label'].split(' (')[0].lower()}"), d["need"], f"need {k}")
        if not P.get("no_spare_row"):
            p.eq(p.trow("nguyên liệu", f"Còn dư {d['label'].split(' (')[0].lower()}"), d["spare"], f"spare {k}")
    # staff
    for role, n in P["roles"]:
        p.eq(p.trow("lao động", role), n, f"staff {role}")
    p.eq(p.trow("lao động", "Tổng số lao động"), M["staff"], "staff total")
    p.eq(p.trow("lao động", "Quỹ lương (triệu đồng)"), M["fund"], "wage fund")
    # investment, sources
    for lab, v, _ in P["inv"]:
        p.eq(p.trow("vốn đầu tư", lab, 1), [v], f"inv {lab}")
    p.eq(p.trow("vốn đầu tư", "Tổng vốn đầu tư", 1), [M["inv_total"]], "inv total")
    for lab, v in P["src"]:
        p.eq(p.trow("nguồn vốn", lab, 2)[:1], [v], f"src {lab}")
    p.eq(p.trow("nguồn vốn", "Tổng nguồn vốn", 2)[:1], [M["src_total"]], "src total")
    # revenue
    for pk, ln in zip(P["packs"], M["rev_lines"]):
        p.eq(p.trow("doanh thu", pk[0]), ln, f"rev {pk[0]}")
    p.eq(p.trow("doanh thu", "Tổng doanh thu"), M["rev"], "rev total")
    # costs
    for lab, vals in M["costs"]:
        p.eq(p.trow("chi phí", lab), vals, f"cost {lab}")
    p.eq(p.trow("chi phí", "Tổng chi phí"), M["cost"], "cost total")
    # summary
    p.eq(p.trow("hiệu quả", "Doanh thu"), M["rev"], "summary rev")
    p.eq(p.trow("hiệu quả", "Tổng chi phí"), M["cost"], "summary cost")
    p.eq(p.trow("hiệu quả", "Lợi nhuận"), M["profit"], "summary profit")
    p.eq(p.trow("hiệu quả", "Tỷ suất lợi nhuận/doanh thu (%)"), M["margin"], "summary margin")
    p.has(f"khoảng {fmt(M['payback'], 1)} năm")
    # realism on the true model (planted plans excepted where their defect says so)
    pl = P.get("plant", {})
    for y in range(3):
        for k, d in T["raws"].items():
            if key != "gd06":
                p.check(d["need"][y] <= d["tot"][y], f"{k} need within supply {y}")
        if key != "gd05":
            p.check(T["prod"][y] <= 0.86 * T["cap"] or key == "gd09", f"output within 86 % of capacity {y}")
        p.check(0 < T["profit"][y] / T["rev"][y] < 0.40 or False,
                f"margin {y}: {T['profit'][y]}/{T['rev'][y]}")
    if key != "gd09":
        for y in range(1, 3):
            p.check(T["prod"][y] / T["prod"][y - 1] < 1.25, f"output growth {y}")
            p.check(T["rev"][y] / T["rev"][y - 1] < 1.30, f"revenue growth {y}")
    p.check(T["prod"][0] / h["prod"][2] < 1.25, "2027 output within +25 % of 2026")
    if key not in ("gd07",):
        p.check(M["inv_total"] == M["src_total"], "sources = investment")
    # planted numeric defects: wrong by more than 5 % against the true value
    if key == "gd05":
        p.check(off(M["rev_lines"][0][1], T["rev_lines"][0][1]), "gd05 planted revenue line not off")
        p.check(T["prod"][2] > 1.2 * T["cap"] and T["prod"][1] > 1.05 * T["cap"], "gd05 capacity not exceeded")
    if key == "gd06":
        d = T["raws"]["ruoc"]
        p.check(off(d["need"][2], d["tot"][2]) and d["need"][2] > d["tot"][2], "gd06 shortfall not planted")
        p.check(off(M["prod27_text"], T["prod"][0]), "gd06 figure-inconsistent not off")
        p.has(f"{fmt(M['prod27_text'])} kg")
    if key == "gd07":
        p.check(off(M["src_total"], M["inv_total"]), "gd07 capital-mismatch not off")
        tp = r1(T["inv_total"] / (T["avg_profit"] + T["dep"]))
        p.check(off(M["payback"], tp), f"gd07 payback {M['payback']} vs true {tp}")
    if key == "gd08":
        p.check(off(M["cost"][1], T["cost"][1]), "gd08 cost total not off")
    if key == "gd09":
        p.check(off(M["profit"][1], T["profit"][1]), "gd09 profit not off")
        p.check(T["prod"][1] / T["prod"][0] > 1.6 and T["prod"][2] / T["prod"][1] > 1.5, "gd09 growth")
        for lab in ("lac", "mat", "gung"):
            d = T["raws"][lab]
            for y in range(3):
                p.check(d["need"][y] <= d["tot"][y], f"gd09 {lab} supply follows output {y}")


def check_text(key: str, p: Plan) -> None:
    p.lacks(PLACEHOLDER, "template placeholder")
    ready = key in ("gd01", "gd02", "gd03", "gd04")
    if key != "gd08":
        p.lacks(REPLACED, "outdated instrument")
    if ready:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
              "kiểm nghiệm", "nhãn hiệu", "truy xuất")
        for m in re.finditer(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", p.body):
            p.check(int(m.group(1)) >= 2030, f"paper valid only to {m.group(0)}")
    if key == "gd02":
        p.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh")
    if key == "gd04":
        p.has("không ghi công dụng chữa bệnh")
    if key == "gd05":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh", "gd05 licence words")
        p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu")
    if key == "gd06":
        p.lacks(r"môi trường|nước thải|chất thải|mùi|xử lý|bể lắng|biogas|\brác\b|ô nhiễm", "gd06 environment words")
        p.lacks(r"còn dư|thiếu hụt|chênh lệch", "gd06 balance row")
    if key == "gd07":
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|\bQR\b", "gd07 label words")
        p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu")
    if key == "gd08":
        p.has("1048/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "tháng 7 năm 2026")
        p.lacks(r"148/QĐ-TTg|1489", "gd08 current instruments")
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ", "gd08 trademark words")
    if key == "gd09":
        p.lacks(r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\blô\b|kiểm soát|lưu mẫu|\btem\b|mã vạch|HACCP|ISO",
                "gd09 quality-control words")
        p.has("giữ nguyên 6 lao động")
    if key == "gd10":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "gd10 food-safety words")
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "gd10 standard words")
        p.check(p.count("Công ty TNHH Đặc sản rừng Hòa Hải") >= 2, "gd10 other name")
        p.check(p.count("Công ty TNHH Lâm sản Hương Trạch") >= 4, "gd10 own name")


SKETCHY = {"gd11": ["600 kg", "250.000 đồng", "30 triệu"], "gd12": ["2.000 lít", "150.000 đồng", "50 triệu"]}


def check_sketchy(key: str, p: Plan) -> None:
    p.lacks(PLACEHOLDER, "template placeholder")
    p.check(not p.rows, "sketchy plan has a table")
    words = len(re.sub(r"^#+ ", "", p.body, flags=re.M).split())
    p.check(150 <= words <= 350, f"sketchy word count {words}")
    p.has(*SKETCHY[key])
    p.lacks(r"an toàn thực phẩm|tiêu chuẩn cơ sở|nhãn hiệu|giấy phép|đăng ký kinh doanh", "sketchy papers")


def main(argv: list[str] | None = None) -> int:
    keys = (argv or []) or sorted(
        {f.stem[:4] for f in (HERE / "src").glob("gd*.md")})
    plans = []
    for key in keys:
        stem = next(f.stem for f in (HERE / "src").glob(f"{key}_*.md"))
        p = Plan(stem)
        if key in PLANS:
            check_full(key, p)
        else:
            check_sketchy(key, p)
        check_text(key, p)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
