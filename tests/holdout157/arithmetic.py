"""The 157th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout157/arithmetic.py

Theme: young producers selling online (Shopee, Lazada, TikTok Shop, Facebook livestream, Zalo), some
also through OCOP shops and fairs. For every full plan (fb01-fb10) the constants give the products
(pack size in the plan's base unit, price, pack cost, packs per year), the 2024-2026 history (output,
average price, online orders a month), the online channels with their orders a month and the packs
per order, the offline channels, the shipping cost the producer pays per online order, the return
rate and the cost of one returned order, the marketing budget by item, the raw materials with their
norms and prices, the own supply and the contracted suppliers, capacity, staff by role and wage,
energy rate, investment items and capital sources, loan balances, platform-fee / tax shares and a
fixed line. From them this script recomputes: output = sum of packs x size, history revenue = output
x average price, online packs = orders a month x 12 x packs per order, offline packs, total packs by
channel = total packs by product, the marketing budget, raw-material need = output x norm against
own + contracted supply, output against capacity, staff, investment items and sources, depreciation,
interest, every revenue line (packs x price), every cost line (shipping = online orders x cost per
order, returns = online orders x rate x cost per return), the cost total, profit = revenue - cost,
margin, growth, and payback = investment / (average profit + depreciation). Each table of the plan's
source is found by its caption ("Bảng N. ...") and compared row by row with the model: planted
numeric defects must be wrong by more than 5 % (the true value is computed beside them), every other
number right within 1 %. The main relations are also re-derived from the numbers read back from the
plan itself. Textual defects are asserted through the presence or absence of their words. Sketchy
plans: 150-320 words, no table.
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
from tests.holdout.plancheck import PLACEHOLDER, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|52/2013|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year 2027-2029)
# hist: (output in base units, average price đ per base unit, online orders a month) 2024-2026
# online: (channel, orders a month 2027-2029); ppo: packs per online order
# offline: (channel, packs a year 2027-2029); the LAST offline channel takes the remainder so that
#          packs by channel = packs by product (its value is recomputed, not a constant)
# ship: đ the producer pays per online order; ret: (return rate, đ per returned order)
# mkt: marketing budget items (label, triệu per year)
# raws: (label, unit, norm per base unit, price đ per unit); the first raw is balanced against supply
# own: (row label, quantity a year of the first raw) or None; sup: contracted suppliers (label, qty a year)
# cap: (base units per day, working days a year)
# roles: (label, staff per year), wage triệu/month; energy đ per base unit
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance per year, rate
# fee: platform fees and channel discounts as a share of revenue; tax: share of revenue; other: triệu
PLANS: dict[str, dict] = {
    "fb01": dict(
        unit="kg", raw_word="cá ngừ tươi",
        products=[("Ruốc cá ngừ nguyên vị, hũ 200 g", "hũ", 0.2, 115000, 6500, [15000, 17000, 19000]),
                  ("Ruốc cá ngừ nguyên vị, hũ 500 g", "hũ", 0.5, 265000, 11000, [3200, 3600, 4000]),
                  ("Ruốc cá ngừ vị cay, túi zip 100 g", "túi", 0.1, 62000, 2500, [7000, 8000, 9000])],
        hist=[(3900, 520000, 260), (4300, 530000, 310), (4700, 540000, 360)],
        online=[("Shopee", [160, 180, 200]), ("TikTok Shop", [150, 175, 200]),
                ("Lazada", [50, 55, 60]), ("Facebook, Zalo (khách đặt trực tiếp)", [120, 140, 160])],
        ppo=2,
        offline=[("Điểm bán OCOP, cửa hàng đặc sản (14 điểm)", [6000, 6800, 7400]),
                 ("Hội chợ OCOP, hội chợ xúc tiến thương mại", [2000, 2200, 2400]),
                 ("Khách sỉ, quà tặng doanh nghiệp", None)],
        ship=10000, ret=(0.025, 60000),
        mkt=[("Quảng cáo TikTok, Facebook", [48, 54, 60]), ("Livestream, KOC ẩm thực", [30, 34, 38]),
             ("Hàng mẫu, gian hàng hội chợ OCOP", [22, 24, 26])],
        raws=[("Cá ngừ tươi (ngừ chù, ngừ ồ)", "kg", 3.2, 48000), ("Hành, tỏi, nước mắm, gia vị", "kg", 0.15, 60000)],
        own=None,
        sup=[("Tổ hợp tác khai thác thủy sản Hải Hà (6 tàu)", 9000), ("Tàu cá HT-90468-TS, ông Lê Văn Thái", 6000),
             ("Vựa cá bà Trần Thị Lụa, bến cá Cẩm Nhượng", 9000)],
        cap=(30, 260),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, hấp, sấy, đảo ruốc", [3, 3, 4]),
               ("Đóng hũ, kiểm hàng", [2, 2, 2]), ("Bán hàng trực tuyến, đóng đơn", [2, 2, 2])],
        wage=6.5, energy=15000,
        inv=[("Cải tạo xưởng chế biến một chiều 120 m²", 420, True), ("Máy đảo ruốc tự động và máy sấy", 320, True),
             ("Kho lạnh 10 m³, tủ cấp đông", 210, True), ("Máy chiết hũ, máy hàn màng, máy in date", 150, True),
             ("Hệ thống bể lắng, tách mỡ nước thải", 80, True),
             ("Thiết kế bao bì, tem QR, kiểm nghiệm", 50, False), ("Vốn lưu động", 370, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 500, 300], rate=0.08, fee=0.07, tax=0.015, other=60),
    "fb02": dict(
        unit="kg", raw_word="chè vằng tươi",
        products=[("Trà vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 55000, 6500, [24000, 27000, 30000]),
                  ("Chè vằng khô cắt khúc, túi 500 g", "túi", 0.5, 85000, 3000, [3000, 3300, 3600]),
                  ("Chè vằng khô, bao 2 kg (bán sỉ)", "bao", 2, 300000, 8000, [400, 450, 500])],
        hist=[(2600, 430000, 180), (2900, 440000, 230), (3200, 450000, 280)],
        online=[("Shopee", [120, 135, 150]), ("TikTok Shop", [110, 125, 140]),
                ("Facebook, Zalo OA của hợp tác xã", [70, 80, 90])],
        ppo=2,
        offline=[("Điểm bán OCOP, cửa hàng đặc sản", [9000, 9800, 10600]),
                 ("Hội chợ OCOP, phiên chợ nông sản", [2500, 2800, 3000]),
                 ("Nhà thuốc đông y, cửa hàng thực phẩm sạch", None)],
        ship=10000, ret=(0.02, 45000),
        mkt=[("Quảng cáo Shopee, TikTok", [36, 40, 44]), ("Livestream, video ngắn", [24, 27, 30]),
             ("Hàng dùng thử, hội chợ OCOP", [20, 22, 24])],
        raws=[("Cành lá chè vằng tươi", "kg", 4, 6000)],
        own=("Vùng trồng của thành viên (6 ha × 2.000 kg/ha)", 12000),
        sup=[("Hộ liên kết thôn Tân Thượng (hợp đồng)", 4000), ("Tổ hợp tác dược liệu Kỳ Lạc", 3000)],
        cap=(18, 260),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu hái, sơ chế, sấy", [3, 3, 3]),
               ("Đóng túi lọc, đóng gói", [2, 2, 3]), ("Bán hàng trực tuyến", [1, 2, 2])],
        wage=5.5, energy=20000,
        inv=[("Nhà sấy, phòng đóng gói 90 m²", 300, True), ("Máy sấy bơm nhiệt 300 kg/mẻ", 250, True),
             ("Máy đóng gói trà túi lọc tự động", 280, True), ("Máy nghiền, máy sàng", 60, True),
             ("Bao bì, tem QR, kiểm nghiệm, tự công bố", 40, False), ("Vốn lưu động", 220, False)],
        src=[("Vốn góp của thành viên", 450), ("Vay Ngân hàng Chính sách xã hội", 300),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[700, 550, 400], rate=0.075, fee=0.07, tax=0.01, other=40),
    "fb03": dict(
        unit="lít", raw_word="quả chanh leo",
        products=[("Siro chanh leo, chai thủy tinh 500 ml", "chai", 0.5, 78000, 9000, [12000, 13500, 15000]),
                  ("Siro chanh leo, chai 1 lít", "chai", 1, 140000, 13000, [3000, 3400, 3800]),
                  ("Nước cốt chanh leo nguyên chất, túi 250 ml", "túi", 0.25, 35000, 2000, [8000, 9000, 10000])],
        hist=[(8200, 140000, 170), (9100, 143000, 220), (10000, 146000, 260)],
        online=[("TikTok Shop", [130, 150, 170]), ("Shopee", [90, 100, 110]),
                ("Facebook livestream, Zalo", [80, 90, 100])],
        ppo=2,
        offline=[("Quán cà phê, trà sữa (khách sỉ)", [9000, 10000, 11000]),
                 ("Điểm bán OCOP, cửa hàng đặc sản", [4000, 4500, 5000]),
                 ("Hội chợ OCOP, sự kiện", None)],
        ship=12000, ret=(0.03, 70000),
        mkt=[("Quảng cáo TikTok, Facebook", [30, 34, 38]), ("Livestream, KOC đồ uống", [20, 22, 24]),
             ("Hàng mẫu cho quán, hội chợ", [15, 16, 18])],
        raws=[("Quả chanh leo tím", "kg", 1.2, 12000), ("Đường mía", "kg", 0.45, 22000)],
        own=("Vườn chanh leo của hộ (1,2 ha × 15.000 kg/ha)", 18000),
        sup=[("Tổ hợp tác chanh leo thôn Trung Thủy (hợp đồng)", 6000)],
        cap=(55, 280),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Sơ chế, nấu, thanh trùng", [2, 2, 3]),
               ("Chiết rót, đóng gói", [1, 2, 2]), ("Bán hàng trực tuyến", [1, 1, 1])],
        wage=6.0, energy=6000,
        inv=[("Cải tạo nhà chế biến 60 m²", 220, True), ("Máy ép quả, nồi nấu cô đặc inox", 180, True),
             ("Máy chiết rót, đóng nắp, nồi thanh trùng", 200, True), ("Hai tủ đông", 60, True),
             ("Bao bì, tem QR, kiểm nghiệm, nhãn hiệu", 40, False), ("Vốn lưu động", 200, False)],
        src=[("Vốn tự có của hộ", 600), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066, fee=0.06, tax=0.015, other=30),
    "fb04": dict(
        unit="sản phẩm", raw_word="lục bình khô",
        products=[("Túi xách lục bình quai da", "chiếc", 1, 350000, 15000, [2400, 2700, 3000]),
                  ("Giỏ lục bình đựng đồ, bộ 3 chiếc", "bộ", 1, 260000, 12000, [1800, 2000, 2200]),
                  ("Lót ly, lót nồi lục bình, bộ 6 chiếc", "bộ", 1, 85000, 4000, [4000, 4500, 5000]),
                  ("Hộp lục bình đựng quà", "chiếc", 1, 120000, 6000, [1800, 2000, 2300])],
        hist=[(7200, 165000, 150), (8100, 170000, 190), (8800, 175000, 230)],
        online=[("Shopee", [110, 125, 140]), ("TikTok Shop", [120, 135, 150]),
                ("Facebook, Zalo", [50, 55, 60])],
        ppo=1.5,
        offline=[("Cửa hàng lưu niệm, homestay vùng biển", [2500, 2800, 3100]),
                 ("Điểm bán OCOP, hội chợ", [1600, 1800, 2000]),
                 ("Đơn hàng quà tặng doanh nghiệp", None)],
        ship=15000, ret=(0.03, 80000),
        mkt=[("Quảng cáo Shopee, TikTok", [30, 33, 36]), ("Chụp ảnh, quay video sản phẩm", [18, 20, 22]),
             ("Gian hàng hội chợ OCOP, hàng mẫu", [22, 24, 26])],
        raws=[("Thân lục bình khô", "kg", 0.5, 20000), ("Dầu phủ gốc nước, keo", "lít", 0.03, 150000),
              ("Quai, khóa, vải lót, phụ kiện", "bộ", 0.4, 35000)],
        own=("Tổ viên tự vớt, phơi trên sông Rào Cái (12 hộ)", 3000),
        sup=[("Hộ ông Võ Văn Sáu và các hộ thôn Bàu Am", 1500), ("Tổ thu gom lục bình xã Thạch Đài", 2500)],
        cap=(45, 300),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thợ đan", [8, 9, 10]),
               ("Sấy, hoàn thiện, phủ dầu", [2, 2, 2]), ("Bán hàng trực tuyến, đóng gói", [2, 2, 2])],
        wage=4.5, energy=3000,
        inv=[("Cải tạo nhà xưởng đan 100 m²", 250, True), ("Lò sấy lục bình bằng hơi nóng", 120, True),
             ("Máy ép, khuôn định hình, máy may quai", 90, True),
             ("Hệ thống hút bụi, khu phủ dầu thông gió", 60, True),
             ("Thiết kế mẫu, bao bì, tem QR, nhãn hiệu", 40, False), ("Vốn lưu động", 240, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 250),
             ("Vay Quỹ Hỗ trợ nông dân", 150)],
        life=8, loan=[400, 300, 200], rate=0.066, fee=0.07, tax=0.01, other=30),
    "fb05": dict(
        unit="kg", raw_word="mực tươi",
        products=[("Mực một nắng loại 1 (8–10 con/kg), túi 500 g", "túi", 0.5, 350000, 5000, [4800, 5600, 6200]),
                  ("Mực một nắng loại 2 (12–15 con/kg), túi 500 g", "túi", 0.5, 280000, 5000, [3000, 3400, 3800]),
                  ("Mực khô xé sợi tẩm vị, hũ 200 g", "hũ", 0.2, 130000, 6000, [2500, 3000, 3500])],
        hist=[(3300, 560000, 200), (3700, 575000, 240), (4000, 590000, 270)],
        online=[("TikTok Shop", [130, 150, 165]), ("Shopee", [90, 105, 115]),
                ("Facebook livestream, Zalo", [80, 90, 100])],
        ppo=2,
        offline=[("Nhà hàng hải sản, khách sỉ", [1500, 1700, 1900]),
                 ("Cửa hàng đặc sản, quà biếu", None)],
        ship=15000, ret=(0.02, 90000),
        mkt=[("Quảng cáo TikTok, Facebook", [40, 45, 50]), ("Livestream tại bến cá", [25, 28, 30]),
             ("Hàng mẫu, quà tặng khách quen", [15, 17, 20])],
        raws=[("Mực ống tươi câu đêm", "kg", 1.7, 170000), ("Muối, ớt, gia vị", "kg", 0.05, 50000)],
        own=None,
        sup=[("Tàu câu mực của gia đình (HT-91577-TS)", 3000), ("Ba tàu câu mực thôn Hải Thanh (hợp đồng)", 6000),
             ("Mua tại bến cá Thạch Kim", 2000)],
        cap=(18, 250),
        roles=[("Chủ hộ, ghi chép", [1, 1, 1]), ("Mổ, làm sạch, phơi, sấy", [3, 3, 3]),
               ("Đóng gói, cấp đông", [1, 1, 1]), ("Bán hàng trực tuyến, livestream", [2, 2, 2])],
        wage=6.0, energy=20000,
        inv=[("Kho lạnh bảo quản thành phẩm 6 m³", 120, True), ("Góc livestream, máy tính, đèn", 60, True),
             ("Xe ba bánh có thùng giữ lạnh", 80, True), ("Bao bì, tem QR, kiểm nghiệm, nhãn hiệu", 50, False),
             ("Vốn lưu động (mua mực chính vụ)", 390, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066, fee=0.06, tax=0.015, other=30),
    "fb06": dict(
        unit="kg", raw_word="búp chè tươi",
        products=[("Chè búp khô, túi 200 g", "túi", 0.2, 70000, 3000, [9000, 10000, 11000]),
                  ("Chè nõn tôm, hộp 100 g", "hộp", 0.1, 75000, 9000, [5000, 5600, 6200]),
                  ("Chè búp khô loại phổ thông, túi 500 g", "túi", 0.5, 120000, 3500, [2000, 2200, 2400])],
        hist=[(2600, 350000, 150), (2850, 360000, 190), (3050, 370000, 220)],
        online=[("TikTok Shop", [110, 120, 130]), ("Shopee", [80, 90, 100]), ("Facebook, Zalo", [60, 70, 80])],
        ppo=2,
        offline=[("Cửa hàng đặc sản, điểm bán OCOP", [4000, 4400, 4800]),
                 ("Quán trà, khách sỉ", [3500, 3800, 4100]),
                 ("Hội chợ, phiên chợ", None)],
        ship=10000, ret=(0.02, 50000),
        mkt=[("Quảng cáo TikTok, Shopee", [30, 33, 36]), ("Livestream trên đồi chè", [18, 20, 22]),
             ("Hàng dùng thử, hội chợ", [12, 13, 14])],
        raws=[("Búp chè tươi (1 tôm 2 lá)", "kg", 4.5, 15000)],
        own=("Đồi chè của hộ (1,8 ha × 6.000 kg/ha)", 10800),
        sup=[("Các hộ trồng chè thôn Tây Sơn (hợp đồng)", 6000), ("Tổ hợp tác chè Sơn Lĩnh", 3000)],
        cap=(16, 270),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Hái, sao, vò, sấy", [3, 3, 3]),
               ("Đóng gói", [1, 1, 1]), ("Bán hàng, livestream", [1, 1, 2])],
        wage=5.5, energy=25000, pack_label="Bao bì (túi zip, hộp giấy)",
        inv=[("Máy sao chè quay, máy vò", 140, True), ("Máy sấy chè", 90, True),
             ("Phòng đóng gói 40 m²", 120, True), ("Máy hút chân không, máy hàn túi", 30, True),
             ("Bao bì, kiểm nghiệm", 30, False), ("Vốn lưu động", 140, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=10, loan=[250, 180, 110], rate=0.066, fee=0.06, tax=0.015, other=25),
    "fb07": dict(
        unit="kg", raw_word="lá sen tươi",
        products=[("Trà lá sen túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, 62000, 7500, [18000, 20500, 23000]),
                  ("Lá sen khô cắt sợi, túi 250 g", "túi", 0.25, 80000, 3000, [2400, 2700, 3000]),
                  ("Trà lá sen – hoa sen, hộp quà 20 túi × 2 g", "hộp", 0.04, 85000, 16000, [4000, 4600, 5200])],
        hist=[(1350, 820000, 210), (1500, 840000, 260), (1650, 860000, 300)],
        online=[("Shopee", [150, 170, 190]), ("TikTok Shop", [140, 160, 180]), ("Facebook, Zalo", [80, 90, 100])],
        ppo=2,
        offline=[("Điểm bán OCOP, cửa hàng đặc sản", [7000, 7800, 8600]),
                 ("Hội chợ OCOP, quà tặng cơ quan", [3000, 3300, 3600]),
                 ("Cửa hàng thực phẩm sạch, đại lý", None)],
        ship=12000, ret=(0.02, 50000),
        mkt=[("Quảng cáo Shopee, TikTok", [40, 44, 48]), ("Livestream tại đầm sen", [24, 26, 28]),
             ("Hàng dùng thử, hội chợ OCOP", [16, 18, 20])],
        raws=[("Lá sen tươi", "kg", 5, 5000), ("Hoa sen sấy, cỏ ngọt", "kg", 0.05, 150000)],
        own=("Đầm sen của thành viên (3 ha × 3.000 kg lá/ha)", 9000),
        sup=[("Hộ liên kết thôn Hòa Lạc (hợp đồng)", 4000)],
        cap=(10, 260),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu hái, sơ chế, sấy", [3, 3, 3]),
               ("Phối trộn, đóng túi lọc", [2, 2, 2]), ("Bán hàng trực tuyến", [1, 1, 2])],
        wage=5.5, energy=45000,
        inv=[("Nhà sơ chế, sấy và đóng gói 150 m²", 380, True), ("Máy sấy lạnh 2 buồng", 220, True),
             ("Máy cắt sợi, máy nghiền, máy sàng", 120, True), ("Máy đóng gói trà túi lọc tự động", 200, True),
             ("Bao bì, tem QR, nhãn hiệu", 40, False), ("Vốn lưu động", 340, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, fee=0.07, tax=0.01, other=50),
    "fb08": dict(
        unit="sản phẩm", raw_word="sợi len",
        products=[("Móc khóa thú len mini", "chiếc", 1, 55000, 2000, [6000, 6600, 7200]),
                  ("Thú bông móc len cao 25 cm", "con", 1, 220000, 8000, [1800, 2000, 2200]),
                  ("Túi xách móc len sợi cotton", "chiếc", 1, 320000, 10000, [1000, 1150, 1300]),
                  ("Hoa len móc, bó 3 bông", "bó", 1, 150000, 6000, [1500, 1700, 1900])],
        hist=[(7000, 105000, 240), (8200, 112000, 290), (9200, 118000, 330)],
        online=[("TikTok Shop", [180, 200, 220]), ("Shopee", [120, 130, 140]), ("Facebook, Zalo", [60, 70, 80])],
        ppo=2,
        offline=[("Hội chợ, phiên chợ cuối tuần", [900, 1000, 1100]),
                 ("Cửa hàng quà tặng nhận ký gửi", None)],
        ship=8000, ret=(0.03, 40000),
        mkt=[("Quảng cáo TikTok", [24, 27, 30]), ("Quay video, livestream", [14, 16, 18]),
             ("Hàng tặng, minigame", [12, 13, 14])],
        raws=[("Sợi len cotton sữa, len milk", "kg", 0.06, 190000), ("Bông nhồi, mắt thú, khoen, phụ kiện", "bộ", 1, 6000)],
        own=None,
        sup=[("Xưởng sợi len Phú Hòa (đặt theo tháng)", 600), ("Đại lý len sợi Minh Châu", 300)],
        cap=(45, 300),
        roles=[("Nhóm trưởng, ghi sổ", [1, 1, 1]), ("Thợ móc (làm tại nhà)", [8, 9, 10]),
               ("Hoàn thiện, đóng gói", [1, 1, 1]), ("Quay video, bán hàng trực tuyến", [2, 2, 2])],
        wage=4.0, energy=1000, pack_label="Hộp, túi giấy, thẻ treo",
        inv=[("Bộ đèn, điện thoại, giá quay livestream", 40, True), ("Máy tính, máy in đơn, máy in thẻ treo", 30, True),
             ("Kệ, tủ chứa hàng", 20, True), ("Máy may (lót túi)", 30, True),
             ("Hộp, túi giấy, thẻ treo in sẵn", 20, False), ("Vốn lưu động (mua len)", 110, False)],
        src=[("Vốn góp của các thành viên", 150), ("Vay Quỹ hỗ trợ phụ nữ phát triển kinh tế", 100)],
        life=5, loan=[100, 60, 20], rate=0.07, fee=0.08, tax=0.015, other=20,
        other_label="Chi phí khác"),
    "fb09": dict(
        unit="kg", raw_word="cá tươi",
        products=[("Cá chỉ vàng khô tẩm mè, túi 500 g", "túi", 0.5, 190000, 4000, [7000, 8000, 9000]),
                  ("Khô cá chỉ vàng nướng xé sợi, hũ 250 g", "hũ", 0.25, 120000, 6000, [6000, 7000, 8000]),
                  ("Cá cơm khô, túi 500 g", "túi", 0.5, 140000, 4000, [4000, 4400, 4800])],
        hist=[(5400, 350000, 280), (6000, 360000, 330), (6400, 370000, 380)],
        online=[("Shopee", [180, 200, 220]), ("TikTok Shop", [170, 195, 220]), ("Lazada", [40, 45, 50]),
                ("Facebook, Zalo", [60, 70, 80])],
        ppo=2,
        offline=[("Điểm bán OCOP, cửa hàng đặc sản", [3000, 3400, 3800]),
                 ("Hội chợ OCOP", [1200, 1300, 1400]),
                 ("Đại lý, khách sỉ", None)],
        ship=10000, ret=(0.02, 60000),
        mkt=[("Quảng cáo Shopee, TikTok", [42, 46, 50]), ("Livestream, KOC ẩm thực", [28, 31, 34]),
             ("Hàng mẫu, hội chợ OCOP", [20, 22, 24])],
        raws=[("Cá tươi (cá chỉ vàng, cá cơm)", "kg", 3.2, 32000), ("Mè, đường, gia vị", "kg", 0.12, 60000)],
        own=None,
        sup=[("Tàu cá ông Nguyễn Văn Hòa (HT-91234-TS)", 6000), ("Tàu cá ông Hồ Sỹ Lâm (HT-90871-TS)", 6000),
             ("Tàu cá ông Trần Văn Nam (HT-91602-TS)", 5000), ("Vựa cá bà Phan Thị Thu, cảng Kỳ Xuân", 6000)],
        cap=(40, 250),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, phơi, sấy", [3, 3, 4]),
               ("Tẩm, nướng, xé, đóng gói", [3, 3, 3]), ("Bán hàng trực tuyến, kho", [2, 2, 2])],
        wage=6.0, energy=18000,
        inv=[("Máy sấy bơm nhiệt 500 kg/mẻ", 280, True), ("Lò nướng, máy xé sợi", 150, True),
             ("Kho lạnh 20 m³", 180, True), ("Máy hút chân không, máy chiết hũ", 90, True),
             ("Bao bì, tem QR, kiểm nghiệm", 50, False), ("Vốn lưu động", 350, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay ngân hàng thương mại", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, fee=0.07, tax=0.015, other=50),
    "fb10": dict(
        unit="kg", raw_word="mật ong thô",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 220000, 9000, [3200, 6800, 8400]),
                  ("Mật ong hoa keo, chai 1 kg", "chai", 1, 260000, 12000, [1400, 3000, 3800]),
                  ("Mật ong hoa rừng, hũ quà tặng 250 g", "hũ", 0.25, 125000, 8000, [2000, 4000, 5000])],
        hist=[(2600, 350000, 180), (2900, 360000, 210), (3200, 370000, 240)],
        online=[("TikTok Shop", [150, 330, 400]), ("Shopee", [80, 170, 210]),
                ("Facebook livestream, Zalo", [70, 140, 170])],
        ppo=1.5,
        offline=[("Điểm bán OCOP, cửa hàng đặc sản", [800, 900, 1000]),
                 ("Khách quen, quà biếu", None)],
        ship=12000, ret=(0.03, 70000),
        mkt=[("Quảng cáo TikTok, Facebook", [30, 30, 30]), ("Livestream tại trại ong", [20, 20, 20])],
        raws=[("Mật ong thô", "kg", 1.05, 120000)],
        own=("Trại ong của hộ (150 thùng × 12 kg/năm)", 1800),
        sup=[("Tổ hợp tác nuôi ong Hương Quang (hợp đồng khung)", 4500),
             ("Hộ ông Đinh Văn Lực và 6 hộ nuôi ong thôn Kim Quang", 2500),
             ("Các hộ nuôi ong xã Hương Minh", 1500)],
        cap=(40, 250),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Quay mật, lọc, hạ thủy phần", [1, 1, 1]),
               ("Đóng chai, đóng đơn", [1, 1, 1]), ("Livestream, bán hàng", [1, 1, 1])],
        wage=6.0, energy=5000, pack_label="Chai, hũ, hộp, nhãn",
        inv=[("Máy quay mật, máy lọc, bồn inox", 90, True), ("Máy hạ thủy phần 40 kg/mẻ", 150, True),
             ("Phòng đóng chai 20 m²", 80, True), ("Thiết bị livestream", 30, True),
             ("Bao bì, kiểm nghiệm, nhãn hiệu", 40, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 170, 90], rate=0.066, fee=0.07, tax=0.015, other=30),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED: dict[str, dict] = {
    "fb05": {"rev_line": (0, 1, 1.12)},   # 2028 revenue line of mực loại 1 x 1,12; capacity 18 kg x 250 days
    "fb06": {"profit": (0, 1.30)},        # 2027 profit x 1,30 in the summary
    "fb07": {"payback": 1.5},             # sources 1.100 vs investment 1.300; payback written 1,5 years
    "fb08": {"cost_total": (1, 0.90)},    # 2028 cost total written 10 % low
    "fb09": {"no_balance": True},         # need 25.440 / 28.480 kg vs 23.000 kg contracted; no balance row
    "fb10": {},                           # output x2,1 in 2028 with the same staff, channels and budget
}
READY = ("fb01", "fb02", "fb03", "fb04")
STEMS = {
    "fb01": "fb01_ruoc_ca_ngu_cam_nhuong_cty",
    "fb02": "fb02_tra_vang_ky_thuong_htx",
    "fb03": "fb03_siro_chanh_leo_huong_trach_hkd",
    "fb04": "fb04_tui_luc_binh_thach_long_tht",
    "fb05": "fb05_muc_mot_nang_thach_kim_hkd",
    "fb06": "fb06_che_bup_son_tay_hkd",
    "fb07": "fb07_tra_la_sen_tung_loc_htx",
    "fb08": "fb08_thu_len_moc_cam_binh_nhom",
    "fb09": "fb09_ca_kho_tam_me_ky_xuan_cty",
    "fb10": "fb10_mat_ong_huong_quang_hkd",
    "fb11": "fb11_com_chay_cha_bong_so_sai",
    "fb12": "fb12_xa_phong_thao_duoc_so_sai",
}


# --------------------------------------------------------------------------- the model
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(k: str) -> dict:
    """Every number of plan k, true and as printed (planted defects applied to the printed one)."""
    p = PLANS[k]
    pl = PLANTED.get(k, {})
    m: dict = {"k": k, "p": p}
    prods = p["products"]
    m["packs"] = [list(pr[5]) for pr in prods]
    m["out"] = [sum(pr[5][y] * pr[2] for pr in prods) for y in range(3)]
    m["total_packs"] = [sum(pr[5][y] for pr in prods) for y in range(3)]
    # history
    m["hist_rev"] = [h[0] * h[1] / 1e6 for h in p["hist"]]
    # channels
    m["orders_m"] = [sum(c[1][y] for c in p["online"]) for y in range(3)]
    m["orders_y"] = [o * 12 for o in m["orders_m"]]
    m["online_packs"] = [o * p["ppo"] for o in m["orders_y"]]
    offl = []
    for lab, q in p["offline"]:
        offl.append([lab, list(q) if q is not None else None])
    rest = [m["total_packs"][y] - m["online_packs"][y] - sum(q[y] for _, q in offl if q is not None)
            for y in range(3)]
    for o in offl:
        if o[1] is None:
            o[1] = rest
    m["offline"] = offl
    m["mkt"] = [sum(it[1][y] for it in p["mkt"]) for y in range(3)]
    # raw materials
    m["need"] = [[m["out"][y] * r[2] for y in range(3)] for r in p["raws"]]
    own = p["own"][1] if p.get("own") else 0
    m["supply"] = own + sum(s[1] for s in p["sup"])
    m["cap_year"] = p["cap"][0] * p["cap"][1]
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in range(3)]
    # investment
    m["inv"] = sum(i[1] for i in p["inv"])
    m["fixed"] = sum(i[1] for i in p["inv"] if i[2])
    m["src"] = sum(s[1] for s in p["src"])
    m["dep"] = m["fixed"] / p["life"]
    # revenue
    lines = [[pr[5][y] * pr[3] / 1e6 for y in range(3)] for pr in prods]
    m["rev_lines_true"] = lines
    m["rev_true"] = [sum(l[y] for l in lines) for y in range(3)]
    shown = [[r1(x) for x in l] for l in lines]
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        shown[i][y] = r1(lines[i][y] * f)
    m["rev_lines"] = shown
    m["rev"] = [r1(sum(l[y] for l in shown)) for y in range(3)]
    # costs (revenue-based lines use the revenue as printed, as the producer would)
    cost = []
    for r, need in zip(p["raws"], m["need"]):
        cost.append((f"{r[0]}", [need[y] * r[3] / 1e6 for y in range(3)]))
    m["pack_cost"] = [sum(pr[5][y] * pr[4] for pr in prods) / 1e6 for y in range(3)]
    cost.append((p.get("pack_label", "Bao bì, tem nhãn"), m["pack_cost"]))
    cost.append(("Tiền công lao động", [m["staff"][y] * p["wage"] * 12 for y in range(3)]))
    cost.append(("Điện, nước, nhiên liệu", [m["out"][y] * p["energy"] / 1e6 for y in range(3)]))
    cost.append(("Phí vận chuyển cơ sở chịu", [m["orders_y"][y] * p["ship"] / 1e6 for y in range(3)]))
    cost.append(("Chi phí hoàn hàng", [m["orders_y"][y] * p["ret"][0] * p["ret"][1] / 1e6 for y in range(3)]))
    cost.append(("Phí sàn, chiết khấu kênh bán", [m["rev"][y] * p["fee"] for y in range(3)]))
    cost.append(("Quảng cáo, marketing", [float(x) for x in m["mkt"]]))
    cost.append(("Khấu hao tài sản cố định", [m["dep"]] * 3))
    cost.append(("Lãi vay", [p["loan"][y] * p["rate"] for y in range(3)]))
    cost.append(("Thuế, phí", [m["rev"][y] * p["tax"] for y in range(3)]))
    cost.append((p.get("other_label", "Chi phí quản lý, chi khác"), [float(p["other"])] * 3))
    m["cost_lines"] = [(lab, [r1(x) for x in v]) for lab, v in cost]
    m["cost_true"] = [r1(sum(v[y] for _, v in m["cost_lines"])) for y in range(3)]
    m["cost"] = list(m["cost_true"])
    if "cost_total" in pl:
        y, f = pl["cost_total"]
        m["cost"][y] = r1(m["cost_true"][y] * f)
    m["profit_true"] = [r1(m["rev"][y] - m["cost"][y]) for y in range(3)]
    m["profit"] = list(m["profit_true"])
    if "profit" in pl:
        y, f = pl["profit"]
        m["profit"][y] = r1(m["profit_true"][y] * f)
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in range(3)]
    # true economics (every defect undone)
    tc = []
    for lab, v in cost:
        if lab.startswith("Phí sàn"):
            v = [m["rev_true"][y] * p["fee"] for y in range(3)]
        elif lab == "Thuế, phí":
            v = [m["rev_true"][y] * p["tax"] for y in range(3)]
        tc.append(v)
    m["real_profit"] = [m["rev_true"][y] - sum(v[y] for v in tc) for y in range(3)]
    avg = sum(m["profit"]) / 3
    m["payback_true"] = m["inv"] / (sum(m["real_profit"]) / 3 + m["dep"])
    m["payback"] = pl.get("payback", round(m["inv"] / (avg + m["dep"]) + 1e-9, 1))
    m["avg_profit"] = r1(avg)
    return m


# --------------------------------------------------------------------------- the tables
def fmt(x: float, d: int = 1) -> str:
    """Vietnamese number: dotted thousands, decimal comma; whole numbers without decimals."""
    if abs(x - round(x)) < 1e-6:
        return f"{int(round(x)):,}".replace(",", ".")
    s = f"{x:,.{d}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def pct(x: float) -> str:
    return fmt(round(x * 100, 1))


CAPTIONS = {
    "hist": "Kết quả sản xuất, kinh doanh 2024 – 2026",
    "prod": "Sản phẩm, giá bán và số lượng tiêu thụ dự kiến",
    "chan": "Kế hoạch đơn hàng và tiêu thụ theo kênh bán",
    "mkt": "Ngân sách quảng cáo, marketing",
    "raw": "Nhu cầu và nguồn cung nguyên liệu",
    "staff": "Lao động theo vị trí việc làm",
    "inv": "Tổng vốn đầu tư",
    "src": "Nguồn vốn đầu tư",
    "rev": "Doanh thu dự kiến",
    "cost": "Chi phí sản xuất, kinh doanh dự kiến",
    "sum": "Tổng hợp hiệu quả kinh tế",
}


def short(label: str) -> str:
    """A material's name without its bracketed detail: 'Cá ngừ tươi (ngừ chù)' -> 'Cá ngừ tươi'."""
    return re.sub(r"\s*\(.*?\)", "", label).strip()


def need_label(r: tuple) -> str:
    n = short(r[0])
    return f"Nhu cầu {n[0].lower() + n[1:]} ({r[1]})"


def supply_label(label: str, unit: str) -> str:
    return label if "(" in label else f"{label} ({unit})"


def caption(k: str, kind: str) -> str:
    return PLANS[k].get("captions", {}).get(kind, CAPTIONS[kind])


def tables(m: dict) -> dict:
    """Each computed table of a plan: unit header, header row, rows (TT, label, numbers as printed)."""
    p, k = m["p"], m["k"]
    u = p["unit"]
    yh = ["Năm 2027", "Năm 2028", "Năm 2029"]
    t: dict = {}
    t["hist"] = (None, ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"], [
        ("1", f"Sản lượng ({u})", [h[0] for h in p["hist"]]),
        ("2", f"Giá bán bình quân (đồng/{u})", [h[1] for h in p["hist"]]),
        ("3", "Doanh thu (triệu đồng)", [r1(x) for x in m["hist_rev"]]),
        ("4", "Đơn hàng trực tuyến bình quân (đơn/tháng)", [h[2] for h in p["hist"]])])
    rows = [(str(i + 1), pr[0], [pr[3]] + list(pr[5])) for i, pr in enumerate(p["products"])]
    rows.append(("", "Tổng số sản phẩm đóng gói", [None] + m["total_packs"]))
    if u != "sản phẩm":
        rows.append(("", f"Sản lượng quy đổi ({u})", [None] + m["out"]))
    t["prod"] = (None, ["TT", "Sản phẩm, quy cách", "Giá bán lẻ (đồng)"] + yh, rows)
    rows, i = [], 0
    for name, q in p["online"]:
        i += 1
        rows.append((str(i), f"{name} (đơn/tháng)", list(q)))
    rows += [("", "Cộng đơn trực tuyến (đơn/tháng)", m["orders_m"]),
             ("", "Đơn trực tuyến cả năm (× 12 tháng)", m["orders_y"]),
             ("", f"Sản phẩm bán trực tuyến ({fmt(p['ppo'])} sản phẩm/đơn)", m["online_packs"])]
    for name, q in m["offline"]:
        i += 1
        rows.append((str(i), f"{name} (sản phẩm/năm)", list(q)))
    rows.append(("", "Tổng số sản phẩm tiêu thụ", m["total_packs"]))
    t["chan"] = (None, ["TT", "Kênh bán"] + yh, rows)
    rows = [(str(i + 1), it[0], list(it[1])) for i, it in enumerate(p["mkt"])]
    rows.append(("", "Cộng ngân sách marketing", m["mkt"]))
    t["mkt"] = ("ĐVT: triệu đồng", ["TT", "Hạng mục"] + yh, rows)
    rows = [("1", f"Sản lượng thành phẩm ({u})", m["out"])]
    for j, (r, need) in enumerate(zip(p["raws"], m["need"])):
        rows.append((str(j + 2), need_label(r), [r1(x) for x in need]))
    j = len(rows)
    rw, ru = p["raw_word"], p["raws"][0][1]
    srcs = ([p["own"]] if p.get("own") else []) + list(p["sup"])
    for s_ in srcs:
        j += 1
        rows.append((str(j), supply_label(s_[0], ru), [s_[1]] * 3))
    rows.append(("", f"Cộng nguồn cung {rw} ({ru})", [m["supply"]] * 3))
    if not PLANTED.get(k, {}).get("no_balance"):
        rows.append(("", f"Chênh lệch nguồn cung – nhu cầu ({ru})", [r1(m["supply"] - x) for x in m["need"][0]]))
    t["raw"] = (None, ["TT", "Chỉ tiêu"] + yh, rows)
    rows = [(str(i + 1), r[0], list(r[1])) for i, r in enumerate(p["roles"])]
    rows.append(("", "Tổng lao động (người)", m["staff"]))
    t["staff"] = (None, ["TT", "Vị trí"] + yh, rows)
    rows = [(str(i + 1), it[0], [it[1]]) for i, it in enumerate(p["inv"])]
    rows.append(("", "Tổng vốn đầu tư", [m["inv"]]))
    t["inv"] = (None, ["TT", "Hạng mục đầu tư", "Thành tiền (triệu đồng)"], rows)
    rows = [(str(i + 1), s_[0], [s_[1], r1(s_[1] / m["src"] * 100)]) for i, s_ in enumerate(p["src"])]
    rows.append(("", "Tổng nguồn vốn", [m["src"], 100]))
    t["src"] = (None, ["TT", "Nguồn vốn", "Số tiền (triệu đồng)", "Tỷ lệ (%)"], rows)
    rows = [(str(i + 1), f"{pr[0]} ({fmt(pr[3])} đ/{pr[1]})", m["rev_lines"][i]) for i, pr in enumerate(p["products"])]
    rows.append(("", "Cộng doanh thu", m["rev"]))
    t["rev"] = ("ĐVT: triệu đồng", ["TT", "Sản phẩm"] + yh, rows)
    labels = [f"{short(r[0])} ({fmt(r[3])} đ/{r[1]})" for r in p["raws"]]
    labels += [p.get("pack_label", "Bao bì, tem nhãn"),
               f"Tiền công lao động ({fmt(p['wage'])} triệu đồng/người/tháng)",
               "Điện, nước, nhiên liệu",
               f"Phí vận chuyển cơ sở chịu ({fmt(p['ship'])} đ/đơn)",
               f"Chi phí hoàn hàng ({pct(p['ret'][0])} % số đơn × {fmt(p['ret'][1])} đ)",
               f"Phí sàn, chiết khấu kênh bán ({pct(p['fee'])} % doanh thu)",
               "Quảng cáo, marketing",
               f"Khấu hao tài sản cố định ({p['life']} năm)",
               f"Lãi vay ({pct(p['rate'])} %/năm)",
               f"Thuế, phí ({pct(p['tax'])} % doanh thu)",
               p.get("other_label", "Chi phí quản lý, chi khác")]
    rows = [(str(i + 1), lab, v) for i, (lab, (_, v)) in enumerate(zip(labels, m["cost_lines"]))]
    rows.append(("", "Tổng chi phí", m["cost"]))
    t["cost"] = ("ĐVT: triệu đồng", ["TT", "Khoản mục"] + yh, rows)
    t["sum"] = ("ĐVT: triệu đồng", ["TT", "Chỉ tiêu"] + yh, [
        ("1", "Doanh thu", m["rev"]), ("2", "Tổng chi phí", m["cost"]), ("3", "Lợi nhuận", m["profit"]),
        ("4", "Tỷ suất lợi nhuận/doanh thu (%)", m["margin"])])
    return t


# --------------------------------------------------------------------------- reading the plans
class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, title: str) -> list[list[str]]:
        """Rows (cells, header row left out) of the first table after the caption 'Bảng N. title'."""
        lines = self.body.splitlines()
        pat = re.compile(r"^Bảng \d+\. " + re.escape(title) + r"\s*$")
        for i, line in enumerate(lines):
            if pat.match(line.strip()):
                rows, started = [], False
                for nxt in lines[i + 1:]:
                    s = nxt.strip()
                    if s.startswith("|"):
                        started = True
                        cells = [c.strip() for c in s.strip("|").split("|")]
                        if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                            rows.append(cells)
                    elif started or (s and not s.startswith("ĐVT")):
                        break
                return rows[1:]
        self.failures.append(f"table not found: {title}")
        return []

    def get(self, rows: list[list[str]], label: str, n: int) -> list[float]:
        for r in rows:
            if len(r) > 1 and r[1] == label:
                x = [vn(c) for c in r[2:] if re.fullmatch(r"[\d.]*\d(,\d+)?", c)]
                if len(x) >= n:
                    return x[-n:]
        self.failures.append(f"row not found: {label!r}")
        return [0.0] * n


def near(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.011 * max(abs(a), abs(b)), 0.11)


PLANTED_CELLS = {  # (table, row label prefix, index among the row's numbers)
    "fb05": [("rev", "Mực một nắng loại 1", 1)],
    "fb06": [("sum", "Lợi nhuận", 0), ("sum", "Tỷ suất", 0)],
    "fb08": [("cost", "Tổng chi phí", 1), ("sum", "Tổng chi phí", 1), ("sum", "Lợi nhuận", 1),
             ("sum", "Tỷ suất", 1)],
}


def check_tables(pl: Plan, m: dict) -> dict:
    """Every computed table cell as printed in the plan == the model's printed value."""
    got: dict = {}
    for kind, (unit, header, rows) in tables(m).items():
        t = pl.table(caption(m["k"], kind))
        got[kind] = t
        if unit and unit not in pl.body:
            pl.failures.append(f"{kind}: unit header {unit!r} missing")
        for tt, label, vals in rows:
            want = [v for v in vals if v is not None]
            have = pl.get(t, label, len(want))
            for i, (w, h) in enumerate(zip(want, have)):
                if not near(w, h):
                    pl.failures.append(f"{kind} / {label} [{i}]: plan {h}, model {w}")
    return got


def text_payback(pl: Plan) -> float:
    mm = re.search(r"hoàn vốn.{0,120}?(\d+,\d) năm", pl.body)
    if not mm:
        pl.failures.append("payback sentence not found")
        return 0.0
    return vn(mm.group(1))


def check_full(k: str) -> Plan:
    pl = Plan(STEMS[k])
    m = model(k)
    p = m["p"]
    t = check_tables(pl, m)
    g = lambda kind, label, n=3: pl.get(t[kind], label, n)  # noqa: E731
    planted = PLANTED_CELLS.get(k, [])

    def rel(kind: str, label: str, y: int, printed: float, true: float, what: str) -> None:
        if any(kind == a and label.startswith(b) and y == c for a, b, c in planted):
            pl.check(off(printed, true), f"{what} [{y}]: planted defect not > 5 % off ({printed} vs {true})")
        else:
            pl.check(near(printed, true), f"{what} [{y}]: {printed} vs {true}")

    # history
    for y in range(3):
        out_h, price_h = p["hist"][y][0], p["hist"][y][1]
        pl.check(near(g("hist", "Doanh thu (triệu đồng)")[y], out_h * price_h / 1e6), "history revenue")
    pl.check(m["out"][0] <= 1.2 * p["hist"][2][0], "2027 output more than +20 % over 2026")
    # products, revenue
    packs_total = [0.0] * 3
    out = [0.0] * 3
    for i, pr in enumerate(p["products"]):
        row = g("prod", pr[0], 4)
        price, packs = row[0], row[1:]
        lab = f"{pr[0]} ({fmt(pr[3])} đ/{pr[1]})"
        line = g("rev", lab)
        for y in range(3):
            packs_total[y] += packs[y]
            out[y] += packs[y] * pr[2]
            rel("rev", pr[0], y, line[y], packs[y] * price / 1e6, f"revenue line {pr[0]}")
    rev_lines = [g("rev", f"{pr[0]} ({fmt(pr[3])} đ/{pr[1]})") for pr in p["products"]]
    rev = g("rev", "Cộng doanh thu")
    for y in range(3):
        pl.check(near(rev[y], sum(l[y] for l in rev_lines)), f"revenue total [{y}]")
        pl.check(near(g("prod", "Tổng số sản phẩm đóng gói")[y], packs_total[y]), f"packs total [{y}]")
        if p["unit"] != "sản phẩm":
            pl.check(near(g("prod", f"Sản lượng quy đổi ({p['unit']})")[y], out[y]), f"output [{y}]")
    # channels: orders a month x 12 x packs per order + offline = packs by product
    on_m = [g("chan", f"{c[0]} (đơn/tháng)") for c in p["online"]]
    off_ = [g("chan", f"{c[0]} (sản phẩm/năm)") for c in p["offline"]]
    for y in range(3):
        om = sum(o[y] for o in on_m)
        pl.check(near(g("chan", "Cộng đơn trực tuyến (đơn/tháng)")[y], om), f"orders a month [{y}]")
        pl.check(near(g("chan", "Đơn trực tuyến cả năm (× 12 tháng)")[y], om * 12), f"orders a year [{y}]")
        onp = om * 12 * p["ppo"]
        pl.check(near(g("chan", f"Sản phẩm bán trực tuyến ({fmt(p['ppo'])} sản phẩm/đơn)")[y], onp),
                 f"online packs [{y}]")
        pl.check(near(onp + sum(o[y] for o in off_), packs_total[y]), f"packs by channel != by product [{y}]")
        pl.check(near(g("chan", "Tổng số sản phẩm tiêu thụ")[y], packs_total[y]), f"channel total [{y}]")
    # marketing
    mk = [g("mkt", it[0]) for it in p["mkt"]]
    mkt_total = g("mkt", "Cộng ngân sách marketing")
    mkt_line = g("cost", "Quảng cáo, marketing")
    for y in range(3):
        pl.check(near(mkt_total[y], sum(x[y] for x in mk)), f"marketing total [{y}]")
        pl.check(near(mkt_line[y], mkt_total[y]), f"marketing line [{y}]")
    # raw materials and capacity
    need = g("raw", need_label(p["raws"][0]))
    supply = g("raw", f"Cộng nguồn cung {p['raw_word']} ({p['raws'][0][1]})")
    srcs = ([p["own"]] if p.get("own") else []) + list(p["sup"])
    s_sum = sum(g("raw", supply_label(s_[0], p["raws"][0][1]))[0] for s_ in srcs)
    pl.check(near(supply[0], s_sum), "supply total")
    for y in range(3):
        pl.check(near(need[y], out[y] * p["raws"][0][2]), f"raw need [{y}]")
        if k == "fb09" and y > 0:
            pl.check(off(supply[y], need[y]) and need[y] > supply[y],
                     f"fb09 shortfall [{y}]: need {need[y]} vs supply {supply[y]}")
        else:
            pl.check(need[y] <= supply[y], f"need {need[y]} > supply {supply[y]} [{y}]")
        cap = m["cap_year"]
        if k == "fb05" and y > 0:
            pl.check(out[y] > cap * 1.05, f"fb05 capacity [{y}]: {out[y]} vs {cap}")
        else:
            pl.check(out[y] <= cap, f"output {out[y]} > capacity {cap} [{y}]")
    pl.has(f"{fmt(p['cap'][0])} {p['unit']}/ngày", f"{fmt(m['cap_year'])} {p['unit']}")
    # staff, wages
    staff = g("staff", "Tổng lao động (người)")
    wages = g("cost", f"Tiền công lao động ({fmt(p['wage'])} triệu đồng/người/tháng)")
    for y in range(3):
        pl.check(near(staff[y], sum(r[1][y] for r in p["roles"])), f"staff [{y}]")
        pl.check(near(wages[y], staff[y] * p["wage"] * 12), f"wages [{y}]")
    # investment and sources
    inv = g("inv", "Tổng vốn đầu tư", 1)[0]
    pl.check(near(inv, sum(g("inv", it[0], 1)[0] for it in p["inv"])), "investment total")
    src = g("src", "Tổng nguồn vốn", 2)[0]
    pl.check(near(src, sum(g("src", s_[0], 2)[0] for s_ in p["src"])), "sources total")
    if k == "fb07":
        pl.check(off(src, inv), f"fb07 capital: sources {src} vs investment {inv}")
    else:
        pl.check(near(src, inv), f"sources {src} != investment {inv}")
    # costs and summary
    lines = [r for r in t["cost"] if len(r) > 1 and r[1] and r[1] != "Tổng chi phí"]
    cl = [[vn(c) for c in r[2:5]] for r in lines]
    cost = g("cost", "Tổng chi phí")
    dep = m["fixed"] / p["life"]
    for y in range(3):
        rel("cost", "Tổng chi phí", y, cost[y], sum(c[y] for c in cl), "cost total")
        pl.check(near(g("sum", "Doanh thu")[y], rev[y]), f"summary revenue [{y}]")
        pl.check(near(g("sum", "Tổng chi phí")[y], cost[y]), f"summary cost [{y}]")
        profit = g("sum", "Lợi nhuận")[y]
        true_profit = rev[y] - sum(c[y] for c in cl)
        rel("sum", "Lợi nhuận", y, profit, true_profit, "profit")
        pl.check(near(g("sum", "Tỷ suất lợi nhuận/doanh thu (%)")[y], profit / rev[y] * 100), f"margin [{y}]")
        pl.check(0 < m["real_profit"][y] / m["rev_true"][y] < 0.40, f"true margin [{y}]")
        # shipping and returns from the orders the plan itself states
        oy = g("chan", "Đơn trực tuyến cả năm (× 12 tháng)")[y]
        pl.check(near(g("cost", f"Phí vận chuyển cơ sở chịu ({fmt(p['ship'])} đ/đơn)")[y], oy * p["ship"] / 1e6),
                 f"shipping [{y}]")
        pl.check(near(g("cost", f"Chi phí hoàn hàng ({pct(p['ret'][0])} % số đơn × {fmt(p['ret'][1])} đ)")[y],
                      oy * p["ret"][0] * p["ret"][1] / 1e6), f"returns [{y}]")
    # payback as printed
    pb = text_payback(pl)
    profits = g("sum", "Lợi nhuận")
    stated = inv / (sum(profits) / 3 + dep)
    if k == "fb07":
        pl.check(off(pb, m["payback_true"]), f"fb07 payback {pb} vs true {m['payback_true']:.2f}")
    else:
        pl.check(abs(pb - stated) <= 0.051, f"payback {pb} vs {stated:.2f} from the plan's own profits")
    # growth
    hist_rev = m["hist_rev"][2]
    growth = [rev[0] / hist_rev - 1, rev[1] / rev[0] - 1, rev[2] / rev[1] - 1]
    if k == "fb10":
        pl.check(growth[1] > 1.0 and out[1] / out[0] > 2.0, f"fb10 growth {growth}")
    else:
        pl.check(all(gr < 0.31 for gr in growth), f"growth {growth}")
    pl.lacks(PLACEHOLDER, "template placeholder")
    return pl


# --------------------------------------------------------------------------- words
LABEL_WORDS = r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021|mã vạch"
QC_WORDS = r"truy xuất|\bQR\b|nhật ký|mã lô|số lô|kiểm soát|\btem\b|HACCP|ISO 22000"
ENV_WORDS = r"môi trường|nước thải|chất thải|xử lý|\bmùi\b|ruồi|vảy|ruột cá|nội tạng|phế phụ phẩm|bể lắng|\bhố\b|khử trùng"
STD_WORDS = r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|chỉ tiêu chất lượng|phòng thí nghiệm"
ATTP_WORDS = r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|cam kết sản xuất thực phẩm"
TM_WORDS = r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|bảo hộ"
REG_WORDS = r"mã số thuế|đăng ký hộ kinh doanh|giấy chứng nhận đăng ký|đăng ký kinh doanh(?! )|hợp tác xã|tổ hợp tác|doanh nghiệp tư nhân"

SKETCHY = {
    "fb11": dict(lacks=[r"\|", r"15/2018", r"tiêu chuẩn cơ sở", r"nhãn hiệu", r"\bQR\b", r"43/2017"]),
    "fb12": dict(lacks=[r"\|", r"(?<!chưa )đăng ký kinh doanh", r"mã số thuế", r"nhãn hiệu", r"\bQR\b",
                        r"43/2017", r"tiêu chuẩn cơ sở", r"công bố"]),
}


def words(text: str) -> int:
    body = re.sub(r"^#+ ", "", text, flags=re.M)
    return len(re.findall(r"\w+", body))


def check_text(pl: Plan, k: str) -> None:
    b = pl.body
    if k in READY:
        pl.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
        pl.lacks(REPLACED, "replaced instrument or district body")
        for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", b):
            pl.check(int(d) >= 2030, f"a paper valid only to {d}")
        for w in ("nhãn hiệu", "truy xuất", "QR", "tiêu chuẩn cơ sở", "môi trường"):
            pl.check(w in b, f"ready plan lacks {w!r}")
        if k != "fb04":
            pl.has("15/2018/NĐ-CP")
            pl.check(bool(re.search(r"kiểm nghiệm|thử nghiệm", b)), "no test report")
        else:
            pl.check("không phải là thực phẩm" in b, "fb04 says it is no food")
    else:
        if k != "fb06":
            pl.lacks(REPLACED, "replaced instrument or district body")
    if k == "fb05":
        pl.lacks(ATTP_WORDS, "fb05 must have no food-safety paper")
    if k == "fb06":
        pl.lacks(LABEL_WORDS, "fb06 must have no label")
        pl.has("1048/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện")
        pl.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "fb06 must not cite the current instruments")
    if k == "fb07":
        pl.lacks(STD_WORDS, "fb07 must have no product standard")
    if k == "fb08":
        pl.lacks(TM_WORDS, "fb08 must have no trademark")
        pl.lacks(r"mã số thuế|đăng ký hộ kinh doanh|giấy chứng nhận đăng ký|hợp tác xã|tổ hợp tác|"
                 r"doanh nghiệp tư nhân|công ty", "fb08 must show no registration")
        pl.has("chưa đăng ký kinh doanh")
    if k == "fb09":
        pl.lacks(ENV_WORDS, "fb09 must have no environmental measure")
        pl.has("xưởng chế biến rộng 200 m²", "xưởng chế biến 320 m²")
    if k == "fb10":
        pl.lacks(QC_WORDS, "fb10 must have no traceability or internal control")
        pl.check(pl.count("Ong Vàng Hương Điền") >= 2, "fb10: the other producer's name")
        pl.check(pl.count("Ong mật Trần Gia") >= 4, "fb10: its own name")


def check_sketchy(k: str) -> Plan:
    pl = Plan(STEMS[k])
    n = words(pl.body)
    pl.check(150 <= n <= 320, f"{n} words")
    for pat in SKETCHY[k]["lacks"]:
        pl.lacks(pat, f"{k} sketchy")
    pl.lacks(PLACEHOLDER, "template placeholder")
    return pl


def main() -> int:
    plans = []
    for k in STEMS:
        if k in PLANS:
            pl = check_full(k)
        else:
            pl = check_sketchy(k)
        check_text(pl, k)
        plans.append(pl)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
