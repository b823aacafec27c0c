"""The 249th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout249/arithmetic.py [ip01 ip05 ...]

Theme: producers who also run a shop, a tea house, an eatery or a farm-stay where their OCOP
product is sold by the pack and served by the cup, the portion or the visit. For every full plan
(ip01-ip10) the constants give the packed products (pack size in the plan's base unit, price and
packs per year, packaging cost per pack), the servings (product used per serving, price, the
driver of the count: servings a day x days open, servings a month x months, or visits x servings
per visit), the equipment rating, the raw materials (norm per base unit, price, supply rows as
count x yield), staff of the workshop and of the shop with their monthly wages, the shop's own
running costs, investment items (workshop, shop or neither) and capital sources, loan balances and
rate, the selling and other costs, the tax share and the 2024-2026 history. `model()` turns them
into every figure the plan prints: packs in base units, product used in the kitchen = servings x
use, output = packed + used, capacity = rating x days and its use, raw-material need = output x
norm against supply, revenue lines = count x price, production costs (raw material, packaging,
energy, workshop wages, workshop depreciation), shop costs (other ingredients, shop wages, running
costs, shop depreciation), interest, selling, tax, profit, margin and payback = investment /
(average profit + depreciation). The planted defects are applied as overrides on a second pass, so
the printed figures that follow them are recomputed too. The checks read every table back from the
plan's source (found by its caption "Bảng N.") and compare: planted numeric defects wrong by more
than 5 % (the true value beside them), every other figure right within 1 % (or 0,11); textual
defects by the absence or presence of their words. Sketchy plans: 150-350 words, no table.
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


# --------------------------------------------------------------------------- number formats
def fint(x: float) -> str:
    """12000 -> '12.000' (rounded to the unit)."""
    return f"{int(round(x)):,}".replace(",", ".")


def f1(x: float) -> str:
    """1815.5 -> '1.815,5' (one decimal)."""
    s = f"{x:,.1f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def fnum(x: float) -> str:
    """An integer when whole, else one decimal."""
    return fint(x) if abs(x - round(x)) < 1e-9 else f1(x)


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


# --------------------------------------------------------------------------- constants
# packs: (label, pack word, size in base units, price đ per year, packs per year, packaging đ/pack)
# serv: (label, serving word, product used per serving in base units, price đ per year,
#        driver, other ingredients đ/serving); driver: ("day", per day per year, days open)
#        | ("month", per month per year, months) | ("visit", servings per visit) | ("count", per year)
# visits: visitors per year (farm-stays); cap: (rating per day, days, rating text, days text)
# raws: (label, unit, norm per base unit, price đ per unit, supply rows (label, count per year,
#        count word, yield per count))
# prod / shop: staff by role per year; wage_prod / wage_shop: monthly wage (triệu) per year
# shop_run: the shop's running lines (label, triệu per year); energy: đ per base unit of output
# inv: (label, triệu, "prod" | "shop" | None = not depreciated); src: (label, triệu)
# loan: balance per year (triệu), rate; sell: (label, triệu per year) selling and other costs
# hist: 2024-2026 output, used at the shop, revenue of packs, of the shop, profit
PLANS: dict[str, dict] = {
    "ip01": dict(
        stem="ip01_che_bup_khe_may_htx", unit="kg", good="chè khô",
        packs=[("Chè búp khô, túi 200 g", "túi", 0.2, [70000, 72000, 74000], [6000, 6400, 6800], 9000),
               ("Chè búp khô, hộp giấy 500 g", "hộp", 0.5, [175000, 180000, 185000], [1500, 1600, 1700], 18000),
               ("Chè búp khô, túi 1 kg cho quán, nhà hàng", "túi", 1, [320000, 330000, 340000], [400, 420, 440], 6000)],
        serv=[("Ấm trà nóng (8 g chè)", "ấm", 0.008, [30000, 30000, 31000], ("day", [40, 43, 46], 300), 4000),
              ("Cốc trà xanh đá, trà chanh (5 g chè)", "cốc", 0.005, [25000, 25000, 26000], ("day", [60, 64, 68], 300), 9000),
              ("Suất trà chiều: ấm trà và bánh (10 g chè)", "suất", 0.010, [65000, 65000, 68000], ("day", [10, 11, 12], 300), 30000)],
        cap=(14, 280, "14 kg chè khô/ngày", "280 ngày"),
        raws=[("Búp chè tươi", "kg", 4.5, 14000,
               [("Đồi chè của hợp tác xã", [3, 3, 3], "ha", 2600),
                ("Hộ thành viên thôn Khe Mây", [18, 18, 18], "hộ", 400)])],
        prod=[("Ban quản trị, kế toán", [2, 2, 2]), ("Hái, sao, vò, sấy chè", [4, 4, 4]), ("Đóng gói, kho", [1, 1, 1])],
        wage_prod=[6.0, 6.3, 6.6],
        shop=[("Pha trà, phục vụ quán", [3, 3, 4])], wage_shop=[5.5, 5.8, 6.1],
        shop_run=[("Điện, nước, gas của quán", [42, 45, 48]), ("Thuê đất dựng quán ven đường", [36, 36, 36])],
        energy=16000,
        inv=[("Máy sao, máy vò, máy sấy chè", 420, "prod"), ("Cải tạo xưởng chế biến 80 m²", 260, "prod"),
             ("Dựng quán trà 60 m², bàn ghế, quầy pha", 280, "shop"),
             ("Bao bì, mã vạch, tem truy xuất", 40, None), ("Vốn lưu động", 200, None)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        sell=[("Quảng bá, hội chợ, bán hàng trực tuyến", [40, 42, 44])], tax=0.015,
        hist=dict(out=[2050, 2230, 2420], kit=[150, 175, 200], rev_pack=[620.0, 690.0, 760.0],
                  rev_serv=[700.0, 810.0, 930.0], profit=[150.0, 175.0, 200.0]),
    ),
    "ip02": dict(
        stem="ip02_mat_ong_ngan_truoi_hkd", unit="kg", good="mật ong",
        words={"shop_word": "điểm trải nghiệm"},
        captions={"price": "Giá mật ong đóng gói và giá dịch vụ tại điểm trải nghiệm",
                  "volume": "Sản lượng mật ong, lượt khách và phân bổ sản phẩm",
                  "shop": "Chi phí vận hành điểm trải nghiệm"},
        visits=[4000, 4600, 5200],
        packs=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [190000, 195000, 200000], [3000, 3300, 3600], 12000),
               ("Mật ong hoa rừng, hũ thủy tinh 1 kg", "hũ", 1, [340000, 350000, 360000], [800, 880, 960], 16000),
               ("Hộp quà 2 lọ 250 g", "hộp", 0.5, [220000, 225000, 230000], [600, 700, 800], 35000)],
        serv=[("Vé trải nghiệm: xem quay mật, nếm mật (20 g)", "lượt", 0.02, [80000, 80000, 85000], ("visit", 1), 6000),
              ("Ly chanh mật ong, trà gừng mật ong (30 g)", "ly", 0.03, [35000, 35000, 38000], ("visit", 1.5), 7000),
              ("Suất cơm trưa gà đồi nướng mật ong (50 g)", "suất", 0.05, [150000, 155000, 160000], ("visit", 0.4), 75000)],
        cap=(20, 220, "20 kg mật/mẻ, 1 mẻ/ngày", "220 ngày"),
        raws=[("Mật ong thô (chưa hạ thủy phần)", "kg", 1.06, 165000,
               [("Đàn ong của hộ", [260, 280, 300], "đàn", 12),
                ("Hộ nuôi ong thôn Rào Tre (hợp đồng)", [10, 10, 10], "hộ", 100)])],
        prod=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm ong, quay mật, lọc, đóng chai", [3, 3, 3])],
        wage_prod=[6.0, 6.3, 6.6],
        shop=[("Hướng dẫn khách, nấu ăn, phục vụ", [4, 4, 5])], wage_shop=[5.5, 5.8, 6.1],
        shop_run=[("Điện, nước, gas khu đón khách", [36, 40, 44]), ("Đồ bảo hộ, vật dụng cho khách", [12, 13, 14])],
        energy=8000,
        inv=[("Máy hạ thủy phần mật ong 20 kg/mẻ", 180, "prod"), ("Phòng lọc, chiết chai 30 m²", 150, "prod"),
             ("Bổ sung 40 đàn ong giống và thùng", 80, "prod"),
             ("Nhà đón khách 80 m², khu nếm mật, bếp", 380, "shop"),
             ("Bao bì, nhãn, tem truy xuất", 30, None), ("Vốn lưu động", 180, None)],
        src=[("Vốn tự có của hộ", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        sell=[("Quảng bá, đón đoàn, bán trực tuyến", [30, 32, 34])], tax=0.015,
        hist=dict(out=[2400, 2600, 2780], kit=[220, 260, 300], rev_pack=[760.0, 830.0, 900.0],
                  rev_serv=[480.0, 580.0, 680.0], profit=[140.0, 165.0, 190.0]),
    ),
    "ip03": dict(
        stem="ip03_muc_mot_nang_bien_kim_cty", unit="kg", good="mực một nắng",
        packs=[("Mực một nắng, túi 500 g", "túi", 0.5, [260000, 270000, 280000], [5000, 5400, 5800], 8000),
               ("Mực một nắng, hộp 1 kg", "hộp", 1, [500000, 520000, 540000], [1500, 1600, 1700], 15000),
               ("Mực cỡ lớn, hộp quà 2 kg", "hộp", 2, [1100000, 1140000, 1180000], [300, 330, 360], 40000)],
        serv=[("Mực nướng than (250 g)", "đĩa", 0.25, [150000, 155000, 160000], ("day", [16, 18, 20], 300), 18000),
              ("Mực chiên nước mắm (200 g)", "đĩa", 0.2, [130000, 135000, 140000], ("day", [10, 11, 12], 300), 20000),
              ("Cơm mực xào (100 g)", "suất", 0.1, [70000, 70000, 75000], ("day", [20, 22, 24], 300), 22000)],
        cap=(45, 250, "45 kg mực thành phẩm/ngày", "250 ngày"),
        raws=[("Mực ống tươi", "kg", 1.4, 150000,
               [("Tàu câu mực của công ty", [3, 3, 3], "tàu", 3000),
                ("Tàu câu mực liên kết bến Thạch Kim", [4, 4, 4], "tàu", 1200)])],
        prod=[("Giám đốc, kế toán", [2, 2, 2]), ("Mổ, rửa, phơi mực", [4, 4, 5]), ("Đóng gói, kho lạnh", [1, 1, 1])],
        wage_prod=[7.0, 7.4, 7.8],
        shop=[("Bếp, nướng mực", [3, 3, 3]), ("Phục vụ, thu ngân", [4, 4, 5])], wage_shop=[6.0, 6.3, 6.6],
        shop_run=[("Điện, nước, gas của quán", [90, 95, 100]), ("Thuê mặt bằng quán 120 m²", [120, 120, 120])],
        energy=12000,
        inv=[("Nhà phơi mực năng lượng mặt trời 150 m²", 450, "prod"), ("Kho lạnh 20 m³, tủ cấp đông", 320, "prod"),
             ("Máy hút chân không, cân, bàn inox", 130, "prod"), ("Bể lắng, thu gom nước rửa mực", 90, "prod"),
             ("Cải tạo quán, bếp nướng, máy hút khói", 400, "shop"),
             ("Bao bì, mã vạch, tem truy xuất", 50, None), ("Vốn lưu động", 560, None)],
        src=[("Vốn chủ sở hữu", 1200), ("Vay Ngân hàng thương mại cổ phần", 800)],
        life=10, loan=[800, 650, 500], rate=0.085,
        sell=[("Quảng bá, sàn thương mại điện tử", [70, 75, 80])], tax=0.015,
        hist=dict(out=[5600, 6050, 6500], kit=[1700, 1950, 2200], rev_pack=[1900.0, 2050.0, 2200.0],
                  rev_serv=[1150.0, 1300.0, 1450.0], profit=[260.0, 290.0, 320.0]),
    ),
    "ip04": dict(
        stem="ip04_cam_chanh_khe_ngang_tht", unit="kg", good="cam quả",
        words={"shop_word": "nhà vườn"},
        captions={"price": "Giá cam đóng gói và giá dịch vụ tại nhà vườn",
                  "volume": "Sản lượng cam, lượt khách và phân bổ sản phẩm",
                  "raw": "Nhu cầu và nguồn cam quả",
                  "shop": "Chi phí vận hành nhà vườn đón khách"},
        visits=[3000, 3300, 3600],
        packs=[("Cam chanh loại 1, hộp 5 kg", "hộp", 5, [150000, 155000, 160000], [3000, 3300, 3600], 14000),
               ("Cam chanh loại 1, thùng 10 kg", "thùng", 10, [280000, 290000, 300000], [2000, 2200, 2400], 20000),
               ("Giỏ cam quà tặng 3 kg", "giỏ", 3, [130000, 135000, 140000], [800, 900, 1000], 30000),
               ("Cam loại 2 bán cho thương lái", "kg", 1, [14000, 14000, 15000], [38000, 38000, 38000], 0)],
        serv=[("Vé vào vườn, hái và ăn cam tại vườn (0,5 kg)", "lượt", 0.5, [60000, 60000, 65000], ("visit", 1), 5000),
              ("Ly nước cam ép tươi (0,6 kg cam)", "ly", 0.6, [30000, 30000, 32000], ("visit", 1.2), 4000),
              ("Suất ăn trưa nhà vườn (0,2 kg cam)", "suất", 0.2, [120000, 120000, 125000], ("visit", 0.5), 65000),
              ("Đêm nghỉ nhà vườn, phòng 2 người", "đêm", 0, [450000, 450000, 480000], ("count", [600, 650, 700]), 60000)],
        cap=(1000, 120, "1.000 kg cam/ngày", "120 ngày"),
        raws=[("Cam quả thu mua của tổ viên", "kg", 1.1, 11000,
               [("Vườn cam của 9 tổ viên", [7, 7, 7], "ha", 15000)])],
        prod=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thu hái, rửa, phân loại, đóng hộp", [4, 4, 4])],
        wage_prod=[5.5, 5.8, 6.1],
        shop=[("Hướng dẫn khách, nấu ăn, dọn phòng", [3, 3, 4])], wage_shop=[5.2, 5.5, 5.8],
        shop_run=[("Điện, nước, gas nhà vườn", [40, 44, 48]), ("Giặt là, đồ dùng phòng nghỉ", [20, 23, 26])],
        energy=300,
        inv=[("Nhà sơ chế 100 m², máy rửa, máy phân loại", 380, "prod"), ("Kho mát bảo quản cam 30 m³", 160, "prod"),
             ("Hai nhà nghỉ gỗ, nhà ăn 60 m²", 650, "shop"), ("Đường dạo, biển chỉ dẫn trong vườn", 90, "shop"),
             ("Hộp, thùng, tem truy xuất", 40, None), ("Vốn lưu động", 180, None)],
        src=[("Vốn góp của tổ viên", 800), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 550, 400], rate=0.08,
        sell=[("Quảng bá, đón đoàn, bán trực tuyến", [45, 48, 50])], tax=0.015,
        hist=dict(out=[70000, 73000, 76000], kit=[1500, 2200, 3000], rev_pack=[1450.0, 1530.0, 1600.0],
                  rev_serv=[300.0, 450.0, 600.0], profit=[170.0, 190.0, 210.0]),
    ),
    "ip05": dict(
        stem="ip05_ruou_nep_sim_nui_nam_ctcp", unit="lít", good="rượu",
        packs=[("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, [95000, 98000, 100000], [12000, 13000, 14000], 15000),
               ("Rượu nếp sim, bình gốm 1 lít", "bình", 1, [200000, 205000, 210000], [2000, 2200, 2400], 45000),
               ("Rượu nếp sim, can 2 lít cho nhà hàng", "can", 2, [300000, 305000, 310000], [700, 750, 800], 8000)],
        serv=[("Ly rượu sim 100 ml", "ly", 0.1, [30000, 30000, 31000], ("day", [40, 44, 48], 330), 2500),
              ("Bình rượu sim 250 ml", "bình", 0.25, [65000, 66000, 68000], ("day", [20, 22, 24], 330), 4000),
              ("Gà đồi hấp rượu sim (100 ml)", "con", 0.1, [320000, 330000, 340000], ("day", [6, 7, 8], 330), 180000)],
        cap=(70, 280, "2 nồi × 35 lít/ngày", "280 ngày"),
        raws=[("Gạo nếp cái", "kg", 1.0, 32000,
               [("Hộ trồng nếp thôn Nầm (hợp đồng)", [40, 40, 40], "hộ", 400)]),
              ("Quả sim chín", "kg", 0.6, 30000,
               [("Đồi sim của công ty", [8, 8, 8], "ha", 1200),
                ("Hộ hái sim thôn Đồng Bàu", [30, 30, 30], "hộ", 100)])],
        prod=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất, ngâm sim", [4, 4, 4]),
              ("Lọc, chiết chai, kho", [2, 2, 2])],
        wage_prod=[6.5, 6.8, 7.1],
        shop=[("Bếp", [2, 2, 2]), ("Phục vụ, thu ngân", [3, 3, 3])], wage_shop=[5.8, 6.1, 6.4],
        shop_run=[("Điện, nước, gas của quán", [60, 64, 68]), ("Thuê mặt bằng quán", [96, 96, 96])],
        energy=9000,
        inv=[("Hệ thống lọc, khử andehit", 260, "prod"), ("Kho ủ rượu, 40 chum sành", 200, "prod"),
             ("Hầm biogas, bể chứa bã rượu", 110, "prod"), ("Máy chiết rót, đóng nắp", 150, "prod"),
             ("Sửa quán 100 m², bếp, bàn ghế", 350, "shop"),
             ("Thiết kế bao bì, nhãn, tem truy xuất", 60, None), ("Vốn lưu động", 370, None)],
        src=[("Vốn góp của cổ đông", 900), ("Vay Ngân hàng thương mại cổ phần", 600)],
        life=10, loan=[600, 480, 360], rate=0.085,
        sell=[("Quảng bá, hội chợ, bán hàng", [60, 65, 70])], tax=0.02,
        hist=dict(out=[10200, 11000, 11800], kit=[2300, 2600, 2900], rev_pack=[1550.0, 1700.0, 1850.0],
                  rev_serv=[900.0, 1050.0, 1200.0], profit=[260.0, 300.0, 340.0]),
        plant={"shop_total": {1: 0.88}},
    ),
    "ip06": dict(
        stem="ip06_cha_ca_ha_thu_hkd", unit="kg", good="chả cá",
        no_balance_row=True, plant={"payback": 1.8},
        packs=[("Chả cá thu, hộp 500 g hút chân không", "hộp", 0.5, [140000, 145000, 150000], [6000, 6600, 7200], 7000),
               ("Chả cá thu, túi 1 kg cấp đông", "túi", 1, [270000, 280000, 290000], [2000, 2200, 2400], 5000)],
        serv=[("Tô bún chả cá (80 g chả)", "tô", 0.08, [35000, 36000, 37000], ("day", [80, 86, 92], 330), 15000),
              ("Đĩa chả cá chiên (200 g)", "đĩa", 0.2, [70000, 72000, 74000], ("day", [12, 13, 14], 330), 9000),
              ("Bánh mì kẹp chả cá (60 g)", "ổ", 0.06, [20000, 21000, 22000], ("day", [30, 32, 34], 330), 7000)],
        cap=(45, 300, "máy quết 45 kg chả/ngày", "300 ngày"),
        raws=[("Cá thu, cá mối tươi", "kg", 1.8, 70000,
               [("Tàu lưới của gia đình", [1, 1, 1], "tàu", 9000),
                ("Nậu cá bến Mai Phụ (hợp đồng)", [2, 2, 2], "nậu", 3200)])],
        prod=[("Chủ hộ, quản lý", [1, 1, 1]), ("Lọc thịt cá, quết chả, hấp", [4, 4, 4]), ("Đóng gói, cấp đông", [1, 1, 1])],
        wage_prod=[6.5, 6.8, 7.1],
        shop=[("Bếp, phục vụ quán bún", [3, 3, 3])], wage_shop=[5.5, 5.8, 6.1],
        shop_run=[("Điện, nước, gas của quán", [54, 57, 60])],
        energy=10000,
        inv=[("Máy quết chả 45 kg/ngày, máy xay cá", 220, "prod"), ("Tủ cấp đông, kho lạnh 15 m³", 260, "prod"),
             ("Cải tạo khu chế biến 60 m²", 180, "prod"), ("Bể tách mỡ, thu gom nước rửa cá", 60, "prod"),
             ("Mở rộng quán bún, bàn ghế, tủ kính", 200, "shop"),
             ("Bao bì, nhãn, tem truy xuất", 40, None), ("Vốn lưu động", 240, None)],
        src=[("Vốn tự có của hộ", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        sell=[("Quảng bá, giao hàng", [30, 32, 34])], tax=0.015,
        hist=dict(out=[6900, 7400, 7900], kit=[2700, 2950, 3200], rev_pack=[980.0, 1050.0, 1130.0],
                  rev_serv=[1150.0, 1270.0, 1380.0], profit=[190.0, 215.0, 240.0]),
            ),
    "ip07": dict(
        stem="ip07_che_vang_ky_lac_htx", unit="kg", good="chè vằng khô",
        packs=[("Chè vằng túi lọc, hộp 20 túi × 3 g", "hộp", 0.06, [32000, 33000, 34000], [20000, 22000, 24000], 6000),
               ("Chè vằng khô cắt đoạn, túi 500 g", "túi", 0.5, [75000, 77000, 79000], [3000, 3200, 3400], 5000),
               ("Chè vằng khô, bao 2 kg cho quán", "bao", 2, [260000, 265000, 270000], [300, 320, 340], 8000)],
        serv=[("Cốc chè vằng nóng (5 g)", "cốc", 0.005, [15000, 15000, 16000], ("month", [1500, 1650, 1800], 12), 1500),
              ("Ly chè vằng đá mật ong (6 g)", "ly", 0.006, [25000, 25000, 27000], ("month", [1000, 1100, 1200], 12), 6000),
              ("Bình chè vằng cho bàn 4 người (12 g)", "bình", 0.012, [40000, 40000, 42000], ("month", [400, 450, 500], 12), 4000)],
        cap=(18, 280, "máy sấy 18 kg chè khô/ngày", "280 ngày"),
        raws=[("Cành lá vằng tươi", "kg", 4.0, 6000,
               [("Vườn vằng của hợp tác xã", [6, 6, 6], "ha", 1800),
                ("Hộ thành viên trồng vằng", [25, 25, 25], "hộ", 200),
                ("Hộ thôn Kỳ Sơn (hợp đồng)", [10, 10, 10], "hộ", 250)])],
        prod=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu hái, sao, sấy, đóng túi lọc", [6, 6, 7])],
        wage_prod=[6.0, 6.3, 6.6],
        shop=[("Pha chế, phục vụ quán chè", [2, 2, 3])], wage_shop=[5.5, 5.8, 6.1],
        shop_run=[("Điện, nước của quán", [30, 33, 36]), ("Thuê ki-ốt bên quốc lộ", [48, 48, 48])],
        energy=20000,
        inv=[("Máy sấy bơm nhiệt 18 kg/ngày", 320, "prod"), ("Máy cắt, máy đóng túi lọc", 380, "prod"),
             ("Cải tạo nhà sơ chế 90 m²", 200, "prod"), ("Trang trí ki-ốt, quầy pha chè, bàn ghế", 150, "shop"),
             ("Bao bì, tem truy xuất", 50, None), ("Vốn lưu động", 300, None)],
        src=[("Vốn góp của thành viên", 550), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 480, 360], rate=0.08,
        sell=[("Quảng bá, hội chợ", [35, 37, 39])], tax=0.015,
        hist=dict(out=[2750, 2950, 3200], kit=[120, 150, 180], rev_pack=[820.0, 900.0, 980.0],
                  rev_serv=[300.0, 380.0, 460.0], profit=[120.0, 140.0, 160.0]),
    ),
    "ip08": dict(
        stem="ip08_nuoc_mam_hai_thinh_cty", unit="lít", good="nước mắm",
        words={"shop_word": "nhà hàng"},
        captions={"price": "Giá nước mắm đóng gói và giá món tại nhà hàng",
                  "shop": "Chi phí vận hành nhà hàng"},
        packs=[("Nước mắm cá cơm 35 độ đạm, chai 500 ml", "chai", 0.5, [85000, 88000, 90000], [14000, 15000, 16000], 9000),
               ("Nước mắm 25 độ đạm, chai 1 lít", "chai", 1, [65000, 67000, 69000], [10000, 10800, 11600], 10000),
               ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, [220000, 225000, 230000], [1200, 1300, 1400], 15000)],
        serv=[("Suất cơm cá kho nước mắm (30 ml)", "suất", 0.03, [60000, 62000, 65000], ("day", [60, 64, 68], 330), 34000),
              ("Đĩa mực, tôm hấp chấm mắm (20 ml)", "đĩa", 0.02, [150000, 155000, 160000], ("day", [25, 27, 29], 330), 100000),
              ("Đĩa rau luộc, chén mắm pha (40 ml)", "đĩa", 0.04, [30000, 30000, 31000], ("day", [40, 44, 48], 330), 15000)],
        cap=(500, 80, "500 lít/thùng/năm", "80 thùng chượp"),
        raws=[("Cá cơm tươi", "kg", 1.2, 18000,
               [("Tàu lưới của công ty", [4, 4, 4], "tàu", 6000),
                ("Vựa cá bến Hải Thịnh (hợp đồng)", [3, 3, 3], "vựa", 5000)]),
              ("Muối hạt", "kg", 0.35, 3500,
               [("Hợp tác xã muối Hộ Độ (hợp đồng)", [1, 1, 1], "hợp đồng", 13000)])],
        prod=[("Giám đốc, kế toán", [2, 2, 2]), ("Chượp cá, kéo rút, lọc mắm", [4, 4, 4]), ("Chiết chai, kho", [2, 2, 2])],
        wage_prod=[6.5, 6.8, 7.1],
        shop=[("Bếp", [3, 3, 3]), ("Phục vụ", [4, 4, 4])], wage_shop=[5.8, 6.1, 6.4],
        shop_run=[("Điện, nước, gas nhà hàng", [80, 85, 90]), ("Thuê mặt bằng nhà hàng", [180, 180, 180])],
        energy=1500,
        inv=[("Bổ sung 20 thùng chượp gỗ bời lời", 200, "prod"), ("Nhà chượp mái tôn 200 m²", 500, "prod"),
             ("Máy lọc, máy chiết rót", 180, "prod"), ("Sửa nhà hàng 150 m², bếp", 420, "shop"),
             ("Bao bì, nhãn", 60, None), ("Vốn lưu động", 440, None)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng thương mại cổ phần", 800)],
        life=10, loan=[800, 650, 500], rate=0.085,
        sell=[("Quảng bá, hội chợ, đại lý", [60, 64, 68])], tax=0.015,
        hist=dict(out=[20500, 21800, 23000], kit=[900, 1050, 1200], rev_pack=[1450.0, 1560.0, 1680.0],
                  rev_serv=[1750.0, 1950.0, 2150.0], profit=[250.0, 290.0, 330.0]),
        plant={"rev": {("serv", 0, 1): 1.15}},
    ),
    "ip09": dict(
        stem="ip09_cu_do_huong_sen_hkd", unit="kg", good="cu đơ",
        packs=[("Cu đơ, hộp 250 g (8 lát)", "hộp", 0.25, [38000, 39000, 40000], [8000, 16000, 27000], 4000),
               ("Cu đơ, gói 500 g", "gói", 0.5, [72000, 74000, 76000], [4000, 7600, 13000], 4500),
               ("Cu đơ cắt lát, túi 1 kg cho quán chè", "túi", 1, [125000, 128000, 131000], [800, 1600, 2700], 3000)],
        serv=[("Ấm chè xanh kèm 2 lát cu đơ (60 g)", "ấm", 0.06, [25000, 25000, 26000], ("day", [20, 36, 55], 330), 4000),
              ("Đĩa cu đơ, kẹo lạc mời khách (100 g)", "đĩa", 0.1, [35000, 35000, 36000], ("day", [10, 18, 28], 330), 5000)],
        cap=(160, 300, "2 chảo × 40 kg/mẻ × 2 mẻ/ngày", "300 ngày"),
        raws=[("Mật mía", "kg", 0.55, 25000,
               [("Mật mía mua theo hợp đồng", [3.5, 6.5, 10.5], "tấn", 1000)]),
              ("Lạc nhân", "kg", 0.3, 60000,
               [("Hộ trồng lạc thôn Đông Hà (hợp đồng)", [20, 36, 60], "hộ", 100)]),
              ("Bánh đa nem, gừng, vừng", "kg", 0.25, 40000,
               [("Cơ sở bánh đa Thạch Hạ (hợp đồng)", [1.6, 3.0, 5.0], "tấn", 1000)])],
        prod=[("Chủ hộ", [1, 1, 1]), ("Nấu mật, cán, cắt cu đơ", [2, 2, 2]), ("Đóng hộp, bán hàng", [1, 1, 1])],
        wage_prod=[6.0, 6.3, 6.6],
        shop=[("Pha chè, phục vụ quán", [2, 2, 2])], wage_shop=[5.0, 5.3, 5.6],
        shop_run=[("Điện, nước của quán", [24, 26, 28])],
        energy=8000,
        inv=[("Chảo nấu mật inox 40 kg/mẻ, bếp", 120, "prod"), ("Máy cán, máy cắt lát", 150, "prod"),
             ("Sửa gian nấu 40 m²", 130, "prod"), ("Sửa quán chè, bàn ghế", 100, "shop"),
             ("Hộp, gói, túi", 40, None), ("Vốn lưu động", 160, None)],
        src=[("Vốn tự có của hộ", 450), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=10, loan=[250, 200, 150], rate=0.066,
        sell=[("Quảng bá, bán hàng", [25, 25, 25])], tax=0.015,
        hist=dict(out=[4300, 4650, 5000], kit=[500, 560, 620], rev_pack=[560.0, 610.0, 660.0],
                  rev_serv=[230.0, 260.0, 290.0], profit=[80.0, 90.0, 100.0]),
        plant={"profit": {0: 1.35}},
    ),
    "ip10": dict(
        stem="ip10_tinh_bot_san_day_ngan_hong_ctcp", unit="kg", good="tinh bột sắn dây",
        words={"shop_word": "quầy nước"}, no_use_row=True,
        captions={"price": "Giá tinh bột đóng gói và giá đồ uống tại quầy",
                  "shop": "Chi phí vận hành quầy nước"},
        packs=[("Tinh bột sắn dây, túi 500 g", "túi", 0.5, [95000, 98000, 100000], [7000, 8000, 9000], 5000),
               ("Tinh bột sắn dây, hộp 1 kg", "hộp", 1, [180000, 185000, 190000], [2500, 2900, 3300], 9000),
               ("Tinh bột sắn dây, bao 5 kg cho quán", "bao", 5, [800000, 820000, 840000], [200, 240, 280], 12000)],
        serv=[("Cốc sắn dây chanh đá (20 g)", "cốc", 0.02, [20000, 20000, 22000], ("day", [120, 130, 140], 150), 3000),
              ("Bát chè sắn dây hạt sen (30 g)", "bát", 0.03, [30000, 30000, 32000], ("day", [40, 45, 50], 150), 9000)],
        cap=(40, 200, "máy sấy 40 kg tinh bột/ngày", "200 ngày"),
        raws=[("Củ sắn dây tươi", "kg", 6.5, 5000,
               [("Vùng sắn dây của công ty", [2, 2, 2], "ha", 22000),
                ("Hộ liên kết thôn Trung Lưu", [30, 30, 30], "hộ", 1000)])],
        prod=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Rửa, nghiền, lọc, lắng bột", [5, 5, 5]), ("Sấy, đóng gói", [2, 2, 2])],
        wage_prod=[6.5, 6.8, 7.1],
        shop=[("Quầy nước, bán hàng", [2, 2, 2])], wage_shop=[5.5, 5.8, 6.1],
        shop_run=[("Điện, nước, đá của quầy", [24, 26, 28]), ("Thuê ki-ốt", [36, 36, 36])],
        energy=18000,
        inv=[("Máy rửa, máy nghiền củ", 260, "prod"), ("Bể lọc, lắng inox", 220, "prod"),
             ("Máy sấy tinh bột 40 kg/ngày", 300, "prod"), ("Bể lắng, hồ sinh học cho nước thải", 150, "prod"),
             ("Quầy nước giải khát", 120, "shop"), ("Bao bì, tem truy xuất", 50, None), ("Vốn lưu động", 400, None)],
        src=[("Vốn góp của cổ đông", 900), ("Vay Ngân hàng thương mại cổ phần", 600)],
        life=10, loan=[600, 480, 360], rate=0.085,
        sell=[("Quảng bá, hội chợ", [50, 55, 60])], tax=0.015,
        hist=dict(out=[5600, 6200, 6900], kit=[420, 460, 500], rev_pack=[1050.0, 1180.0, 1320.0],
                  rev_serv=[300.0, 330.0, 360.0], profit=[150.0, 170.0, 190.0]),
    ),
}


# --------------------------------------------------------------------------- the model
def servings(p: dict, s: tuple) -> list[float]:
    kind = s[4][0]
    if kind == "day":
        return [d * s[4][2] for d in s[4][1]]
    if kind == "month":
        return [d * s[4][2] for d in s[4][1]]
    if kind == "visit":
        return [v * s[4][1] for v in p["visits"]]
    return list(s[4][1])


def model(key: str, printed: bool = True) -> dict:
    """Every figure of plan `key`; `printed` applies the planted overrides (and what follows)."""
    p = PLANS[key]
    ov = p.get("plant", {}) if printed else {}
    m: dict = {"p": p}
    Y = range(3)
    m["pack_qty"] = [list(x[4]) for x in p["packs"]]
    m["pack_units"] = [[x[4][y] * x[2] for y in Y] for x in p["packs"]]
    m["serv_qty"] = [servings(p, s) for s in p["serv"]]
    m["serv_use"] = [[m["serv_qty"][i][y] * s[2] for y in Y] for i, s in enumerate(p["serv"])]
    m["packed"] = [sum(u[y] for u in m["pack_units"]) for y in Y]
    m["kitchen"] = [sum(u[y] for u in m["serv_use"]) for y in Y]
    m["output"] = [m["packed"][y] + m["kitchen"][y] for y in Y]
    m["kitchen_pct"] = [r1(m["kitchen"][y] / m["output"][y] * 100) for y in Y]
    rating, days = p["cap"][0], p["cap"][1]
    m["capacity"] = [rating * days] * 3
    m["cap_use"] = [r1(m["output"][y] / m["capacity"][y] * 100) for y in Y]
    # raw materials
    m["raw_need"], m["raw_supply"], m["raw_rows"] = [], [], []
    for r in p["raws"]:
        need = [m["output"][y] * r[2] for y in Y]
        rows = [[row[1][y] * row[3] for y in Y] for row in r[4]]
        m["raw_need"].append(need)
        m["raw_rows"].append(rows)
        m["raw_supply"].append([sum(x[y] for x in rows) for y in Y])
    # revenue
    rev_ov = ov.get("rev", {})
    m["rev_pack"] = [[r1(rev_ov.get(("pack", i, y), 1) * m["pack_qty"][i][y] * x[3][y] / 1e6) for y in Y]
                     for i, x in enumerate(p["packs"])]
    m["rev_serv"] = [[r1(rev_ov.get(("serv", i, y), 1) * m["serv_qty"][i][y] * s[3][y] / 1e6) for y in Y]
                     for i, s in enumerate(p["serv"])]
    m["rev_pack_total"] = [r1(sum(x[y] for x in m["rev_pack"])) for y in Y]
    m["rev_serv_total"] = [r1(sum(x[y] for x in m["rev_serv"])) for y in Y]
    m["revenue"] = [r1(m["rev_pack_total"][y] + m["rev_serv_total"][y]) for y in Y]
    # staff
    m["staff_prod"] = [sum(r[1][y] for r in p["prod"]) for y in Y]
    m["staff_shop"] = [sum(r[1][y] for r in p["shop"]) for y in Y]
    m["staff"] = [m["staff_prod"][y] + m["staff_shop"][y] for y in Y]
    m["wages_prod"] = [r1(m["staff_prod"][y] * p["wage_prod"][y] * 12) for y in Y]
    m["wages_shop"] = [r1(m["staff_shop"][y] * p["wage_shop"][y] * 12) for y in Y]
    # investment and depreciation
    m["inv_total"] = sum(x[1] for x in p["inv"])
    m["src_total"] = sum(x[1] for x in p["src"])
    m["src_pct"] = [r1(x[1] / m["src_total"] * 100) for x in p["src"]]
    m["dep_prod"] = r1(sum(x[1] for x in p["inv"] if x[2] == "prod") / p["life"])
    m["dep_shop"] = r1(sum(x[1] for x in p["inv"] if x[2] == "shop") / p["life"])
    m["dep"] = r1(m["dep_prod"] + m["dep_shop"])
    # production costs
    prod_lines = []
    for i, r in enumerate(p["raws"]):
        prod_lines.append((r[0], [r1(m["raw_need"][i][y] * r[3] / 1e6) for y in Y]))
    prod_lines.append(("Bao bì", [r1(sum(m["pack_qty"][i][y] * x[5] for i, x in enumerate(p["packs"])) / 1e6)
                                  for y in Y]))
    prod_lines.append(("Điện, nhiên liệu", [r1(m["output"][y] * p["energy"] / 1e6) for y in Y]))
    prod_lines.append(("Lương lao động sản xuất", m["wages_prod"]))
    prod_lines.append(("Khấu hao xưởng, thiết bị", [m["dep_prod"]] * 3))
    m["prod_lines"] = prod_lines
    m["prod_total"] = [r1(sum(x[1][y] for x in prod_lines)) for y in Y]
    # shop costs
    shop_lines = [("Nguyên liệu phụ cho món, đồ uống",
                   [r1(sum(m["serv_qty"][i][y] * s[5] for i, s in enumerate(p["serv"])) / 1e6) for y in Y]),
                  ("Lương nhân viên quán", m["wages_shop"])]
    shop_lines += [(lab, [float(v) for v in vals]) for lab, vals in p["shop_run"]]
    shop_lines.append(("Khấu hao quán", [m["dep_shop"]] * 3))
    m["shop_lines"] = shop_lines
    m["shop_total"] = [r1(sum(x[1][y] for x in shop_lines)) for y in Y]
    tot_ov = ov.get("shop_total", {})
    m["shop_total_printed"] = [r1(m["shop_total"][y] * tot_ov.get(y, 1)) for y in Y]
    # common lines and the summary
    m["interest"] = [r1(b * p["rate"]) for b in p["loan"]]
    m["sell"] = [[float(v) for v in vals] for _, vals in p["sell"]]
    m["tax"] = [r1(m["revenue"][y] * p["tax"]) for y in Y]
    m["cost"] = [r1(m["prod_total"][y] + m["shop_total_printed"][y] + m["interest"][y]
                    + sum(s[y] for s in m["sell"]) + m["tax"][y]) for y in Y]
    prof_ov = ov.get("profit", {})
    m["profit_true"] = [r1(m["revenue"][y] - m["cost"][y]) for y in Y]
    m["profit"] = [r1(m["profit_true"][y] * prof_ov.get(y, 1)) for y in Y]
    m["margin"] = [r1(m["profit"][y] / m["revenue"][y] * 100) for y in Y]
    avg = sum(m["profit"]) / 3
    m["profit_avg"] = r1(avg)
    m["payback"] = r1(m["inv_total"] / (avg + m["dep"]))
    m["payback_printed"] = ov.get("payback", m["payback"])
    # history
    h = p["hist"]
    m["hist_rev"] = [r1(h["rev_pack"][y] + h["rev_serv"][y]) for y in Y]
    return m


# --------------------------------------------------------------------------- the tables
DEFAULT_ORDER = ["hist", "comp", "price", "volume", "raw", "equip", "staff", "inv", "src", "rev",
                 "prod", "shop", "sum", "papers", "sched"]
CAPTIONS = {
    "hist": "Kết quả sản xuất kinh doanh 2024 – 2026",
    "price": "Giá bán sản phẩm đóng gói và giá tại quán",
    "volume": "Sản lượng, số suất phục vụ và phân bổ sản phẩm",
    "raw": "Nhu cầu và nguồn cung nguyên liệu",
    "staff": "Lao động và tiền lương",
    "inv": "Tổng vốn đầu tư",
    "src": "Nguồn vốn",
    "rev": "Doanh thu dự kiến",
    "prod": "Chi phí sản xuất",
    "shop": "Chi phí vận hành quán",
    "sum": "Tổng hợp hiệu quả kinh tế",
}
NUMERIC = ("hist", "price", "volume", "raw", "staff", "inv", "src", "rev", "prod", "shop", "sum")


def _scale(row: tuple) -> str:
    counts = row[1]
    if len(set(counts)) == 1:
        return f"{fnum(counts[0])} {row[2]} × {fnum(row[3])} kg"
    return f"{fnum(row[3])} kg/{row[2]}"


def tables(key: str, printed: bool = True) -> dict[str, dict]:
    """Every numeric table of plan `key`: kind -> {caption, unit, header, rows: [(label, values, fmt)]}.
    fmt: 'i' integer, '1' one decimal, 'n' integer or one decimal."""
    p = PLANS[key]
    m = model(key, printed)
    u = p["unit"]
    cap = {**CAPTIONS, **p.get("captions", {})}
    lab = {**{"shop_word": "quán"}, **p.get("words", {})}
    shopw = lab["shop_word"]
    T: dict[str, dict] = {}
    yh = [f"Năm {y}" for y in YEARS]
    h = p["hist"]
    T["hist"] = dict(caption=cap["hist"], unit=None, header=["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in HIST_YEARS], rows=[
        (f"Sản lượng {p['good']} ({u})", h["out"], "i"),
        (f"Trong đó dùng tại {shopw} ({u})", h["kit"], "i"),
        ("Doanh thu sản phẩm đóng gói (triệu đồng)", h["rev_pack"], "1"),
        (f"Doanh thu {shopw} (triệu đồng)", h["rev_serv"], "1"),
        ("Tổng doanh thu (triệu đồng)", m["hist_rev"], "1"),
        ("Lợi nhuận (triệu đồng)", h["profit"], "1")])
    rows = [(x[0], x[3], "i") for x in p["packs"]] + [(s[0], s[3], "i") for s in p["serv"]]
    T["price"] = dict(caption=cap["price"], unit="ĐVT: đồng", header=["TT", "Sản phẩm, món", "ĐVT"] + yh,
                      rows=rows, words=[x[1] for x in p["packs"]] + [s[1] for s in p["serv"]])
    rows = [(f"{x[0]} ({x[1]})", m["pack_qty"][i], "i") for i, x in enumerate(p["packs"])]
    rows += [(f"{s[0].split(' (')[0]} ({s[1]})", m["serv_qty"][i], "i") for i, s in enumerate(p["serv"])]
    rows += [(f"{p['good'].capitalize()} bán đóng gói ({u})", m["packed"], "n"),
             (f"{p['good'].capitalize()} dùng tại {shopw} ({u})", m["kitchen"], "n"),
             (f"Tổng sản lượng {p['good']} ({u})", m["output"], "n"),
             (f"Tỷ lệ dùng tại {shopw} (%)", m["kitchen_pct"], "1"),
             (f"Công suất thiết bị ({u})", m["capacity"], "i")]
    if not p.get("no_use_row"):
        rows.append(("Mức sử dụng công suất (%)", m["cap_use"], "1"))
    T["volume"] = dict(caption=cap["volume"], unit=None, header=["TT", "Chỉ tiêu"] + yh, rows=rows)
    rows = []
    for i, r in enumerate(p["raws"]):
        for j, s in enumerate(r[4]):
            rows.append((f"{s[0]} ({_scale(s)})", m["raw_rows"][i][j], "i"))
        if len(r[4]) > 1 or len(p["raws"]) > 1:
            rows.append((f"Cộng nguồn {r[0][0].lower() + r[0][1:]}", m["raw_supply"][i], "i"))
        rows.append((f"Nhu cầu {r[0][0].lower() + r[0][1:]} ({fnum(r[2])} {r[1]}/{u})", m["raw_need"][i], "i"))
        if not p.get("no_balance_row"):
            rows.append((f"Còn dư {r[0][0].lower() + r[0][1:]}",
                         [m["raw_supply"][i][y] - m["raw_need"][i][y] for y in range(3)], "i"))
    T["raw"] = dict(caption=cap["raw"], unit=f"ĐVT: {p['raws'][0][1]}", header=["TT", "Nguồn, chỉ tiêu"] + yh, rows=rows)
    rows = [(r[0], r[1], "i") for r in p["prod"]] + [("Cộng lao động sản xuất", m["staff_prod"], "i")]
    rows += [(r[0], r[1], "i") for r in p["shop"]] + [(f"Cộng lao động {shopw}", m["staff_shop"], "i")]
    rows += [("Tổng số lao động", m["staff"], "i"),
             ("Lương xưởng (triệu đồng/người/tháng)", p["wage_prod"], "1"),
             (f"Lương {shopw} (triệu đồng/người/tháng)", p["wage_shop"], "1")]
    T["staff"] = dict(caption=cap["staff"], unit="ĐVT: người", header=["TT", "Bộ phận"] + yh, rows=rows)
    T["inv"] = dict(caption=cap["inv"], unit="ĐVT: triệu đồng", header=["TT", "Hạng mục", "Thành tiền"],
                    rows=[(x[0], [x[1]], "i") for x in p["inv"]] + [("Tổng cộng", [m["inv_total"]], "i")])
    T["src"] = dict(caption=cap["src"], unit="ĐVT: triệu đồng", header=["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"],
                    rows=[(x[0], [x[1], m["src_pct"][i]], "i1") for i, x in enumerate(p["src"])]
                    + [("Tổng cộng", [m["src_total"], 100.0], "i1")])
    rows = [(x[0], m["rev_pack"][i], "1") for i, x in enumerate(p["packs"])]
    rows += [("Cộng sản phẩm đóng gói", m["rev_pack_total"], "1")]
    rows += [(s[0], m["rev_serv"][i], "1") for i, s in enumerate(p["serv"])]
    rows += [(f"Cộng doanh thu {shopw}", m["rev_serv_total"], "1"), ("Tổng doanh thu", m["revenue"], "1")]
    T["rev"] = dict(caption=cap["rev"], unit="ĐVT: triệu đồng", header=["TT", "Nguồn thu"] + yh, rows=rows)
    T["prod"] = dict(caption=cap["prod"], unit="ĐVT: triệu đồng", header=["TT", "Khoản mục"] + yh,
                     rows=[(a, b, "1") for a, b in m["prod_lines"]] + [("Tổng chi phí sản xuất", m["prod_total"], "1")])
    T["shop"] = dict(caption=cap["shop"], unit="ĐVT: triệu đồng", header=["TT", "Khoản mục"] + yh,
                     rows=[(a, b, "1") for a, b in m["shop_lines"]]
                     + [(f"Tổng chi phí {shopw}", m["shop_total_printed"], "1")])
    rows = [("Doanh thu sản phẩm đóng gói", m["rev_pack_total"], "1"),
            (f"Doanh thu {shopw}", m["rev_serv_total"], "1"),
            ("Tổng doanh thu", m["revenue"], "1"),
            ("Chi phí sản xuất", m["prod_total"], "1"),
            (f"Chi phí {shopw}", m["shop_total_printed"], "1"),
            ("Lãi vay", m["interest"], "1")]
    rows += [(s[0], m["sell"][i], "1") for i, s in enumerate(p["sell"])]
    rows += [(f"Thuế, phí ({fnum(p['tax'] * 100)} % doanh thu)", m["tax"], "1"),
             ("Tổng chi phí", m["cost"], "1"),
             ("Lợi nhuận", m["profit"], "1"),
             ("Tỷ suất lợi nhuận (%)", m["margin"], "1")]
    T["sum"] = dict(caption=cap["sum"], unit="ĐVT: triệu đồng", header=["TT", "Chỉ tiêu"] + yh, rows=rows)
    return T


def fmt(v: float, f: str) -> str:
    return {"i": fint, "1": f1, "n": fnum}[f](v)


# --------------------------------------------------------------------------- what each plan must show
SKETCHY = {"ip11": "ip11_banh_da_nuong_so_sai", "ip12": "ip12_nam_so_binh_minh_so_sai"}
READY = ("ip01", "ip02", "ip03", "ip04")
# planted table cells (kind, row label, year index) and the cells that follow them (knock-on)
PLANTED_CELLS = {
    "ip05": {("shop", "Tổng chi phí quán", 1)},
    "ip08": {("rev", "Suất cơm cá kho nước mắm (30 ml)", 1)},
    "ip09": {("sum", "Lợi nhuận", 0)},
}
KNOCK_CELLS = {
    "ip05": {("sum", "Chi phí quán", 1), ("sum", "Tổng chi phí", 1), ("sum", "Lợi nhuận", 1),
             ("sum", "Tỷ suất lợi nhuận (%)", 1)},
    "ip08": {("rev", "Cộng doanh thu nhà hàng", 1), ("rev", "Tổng doanh thu", 1),
             ("sum", "Doanh thu nhà hàng", 1), ("sum", "Tổng doanh thu", 1),
             ("sum", "Thuế, phí (1,5 % doanh thu)", 1), ("sum", "Tổng chi phí", 1), ("sum", "Lợi nhuận", 1),
             ("sum", "Tỷ suất lợi nhuận (%)", 1)},
    "ip09": {("sum", "Tỷ suất lợi nhuận (%)", 0)},
}
OBJ_OUT_IP05 = 15000  # 2027 output as the objectives of ip05 print it (planted figure-inconsistent)
OWN_IP07, OTHER_IP07 = "Hợp tác xã Chè vằng Kỳ Lạc", "Hợp tác xã Dược liệu Hương Trà"
# papers and measures each plan does have (so that only the planted gaps are gaps)
HAS = {
    "ip01": ["Giấy chứng nhận đăng ký hợp tác xã", "ATTP", "tự công bố", "TCCS", "thử nghiệm", "nhãn hiệu",
             "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tem QR", "đăng ký môi trường", "bể tách mỡ", "lưu mẫu"],
    "ip02": ["Giấy chứng nhận đăng ký hộ kinh doanh", "an toàn thực phẩm", "TCCS", "thử nghiệm", "tự công bố",
             "nhãn hiệu", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tem QR", "đăng ký môi trường", "lưu mẫu"],
    "ip03": ["Giấy chứng nhận đăng ký doanh nghiệp", "ATTP", "TCCS", "thử nghiệm", "tự công bố", "Nhãn hiệu",
             "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tem QR", "bể lắng", "Đăng ký môi trường", "lưu mẫu"],
    "ip04": ["đăng ký tổ hợp tác với UBND xã", "VietGAP", "cam kết sản xuất thực phẩm an toàn",
             "an toàn thực phẩm", "TCCS", "thử nghiệm", "nhãn hiệu", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tem QR",
             "đăng ký môi trường", "an ninh, trật tự", "lưu mẫu"],
    "ip05": ["Giấy chứng nhận đăng ký doanh nghiệp", "an toàn thực phẩm", "TCCS", "QCVN 6-3:2010/BYT",
             "thử nghiệm", "tự công bố", "độ cồn", "Không sử dụng cho người dưới 18 tuổi", "nhãn hiệu",
             "43/2017/NĐ-CP", "biogas", "đăng ký môi trường", "lưu mẫu"],
    "ip06": ["Giấy chứng nhận đăng ký hộ kinh doanh", "TCCS", "thử nghiệm", "tự công bố", "Nhãn hiệu",
             "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tem QR", "bể tách mỡ", "đăng ký môi trường", "lưu mẫu"],
    "ip07": ["Giấy chứng nhận đăng ký hợp tác xã", "an toàn thực phẩm", "nhãn hiệu", "43/2017/NĐ-CP",
             "111/2021/NĐ-CP", "tem QR", "kiểm soát nội bộ", "đăng ký môi trường", "không ghi công dụng chữa bệnh"],
    "ip08": ["Giấy chứng nhận đăng ký doanh nghiệp", "an toàn thực phẩm", "TCCS", "TCVN 5107:2018", "thử nghiệm",
             "tự công bố", "nhãn hiệu", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tem QR", "lưu mẫu"],
    "ip09": ["Giấy chứng nhận đăng ký hộ kinh doanh", "an toàn thực phẩm", "TCCS", "thử nghiệm", "tự công bố",
             "nhãn hiệu", "lưu mẫu", "đăng ký môi trường", "giữ nguyên 6 lao động"],
    "ip10": ["Giấy chứng nhận đăng ký doanh nghiệp", "an toàn thực phẩm", "TCCS", "thử nghiệm", "tự công bố",
             "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tem QR", "bể lắng", "đăng ký môi trường", "lưu mẫu",
             "không cần đầu tư thêm máy sấy"],
}
LACKS = {
    "ip05": (r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "alcohol licence"),
    "ip06": (r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|55/2010|vệ sinh thực phẩm|cam kết", "food-safety paper"),
    "ip07": (r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng",
             "product standard"),
    "ip08": (r"môi trường|chất thải|nước thải|mùi|xử lý|bể lắng|biogas|rác|ô nhiễm|thải", "environment"),
    "ip09": (r"nhãn(?! hiệu)|\btem\b|mã vạch|QR|43/2017|111/2021|ghi nhãn", "label"),
    "ip10": (r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|chỉ dẫn địa lý", "trademark"),
}


class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables_md(self) -> dict[str, list[list[str]]]:
        out: dict[str, list[list[str]]] = {}
        cur = None
        for line in self.body.splitlines():
            mm = re.match(r"^\**Bảng \d+\. (.+?)\**\s*$", line.strip())
            if mm:
                cur = mm.group(1)
                out[cur] = []
            elif line.strip().startswith("|") and cur is not None:
                cells = [c.strip().replace("*", "") for c in line.strip().strip("|").split("|")]
                if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                    out[cur].append(cells)
        return out


def _nums(cells: list[str]) -> list[float]:
    return [vn(c) for c in cells[2:] if re.fullmatch(r"[\d.,]+", c)]


def _near(a: float, b: float) -> bool:
    return close(a, b) or abs(a - b) <= 0.11


def check_full(key: str) -> Plan:
    p = PLANS[key]
    pl = Plan(p["stem"])
    m, t = model(key), model(key, printed=False)
    T, TT = tables(key), tables(key, printed=False)
    md = pl.tables_md()
    planted, knock = PLANTED_CELLS.get(key, set()), KNOCK_CELLS.get(key, set())
    # 1. every printed cell of every numeric table is the model's; only planted cells and their
    #    knock-ons differ from the true values, and the planted ones by more than 5 %
    for kind in NUMERIC:
        tb, tt = T[kind], TT[kind]
        rows = md.get(tb["caption"])
        if rows is None:
            pl.check(False, f"table not found: {tb['caption']}")
            continue
        labels = [r[1] for r in rows]
        pl.check(len(rows) == len(tb["rows"]) + 1, f"{kind}: {len(rows) - 1} rows, model {len(tb['rows'])}")
        for (label, vals, _), (_, tvals, _) in zip(tb["rows"], tt["rows"]):
            if label not in labels:
                pl.check(False, f"{kind}: row not found: {label}")
                continue
            got = _nums(rows[labels.index(label)])
            if len(got) != len(vals):
                pl.check(False, f"{kind}/{label}: {len(got)} numbers, model {len(vals)}")
                continue
            for j, (g, v, tv) in enumerate(zip(got, vals, tvals)):
                pl.check(_near(g, v), f"{kind}/{label}[{j}]: printed {g}, model {v}")
                cell = (kind, label, j)
                if cell in planted:
                    pl.check(off(g, tv), f"planted {cell}: {g} not >5 % off true {tv}")
                elif cell in knock:
                    pass
                else:
                    pl.check(_near(g, tv), f"{kind}/{label}[{j}]: {g} differs from true {tv} (not planted)")
        for cell in planted | knock:
            pl.check(cell[0] in NUMERIC, f"unknown cell {cell}")
    Y = range(3)
    # 2. the relations a reviewer checks, on the printed figures
    for i, x in enumerate(p["packs"]):
        for y in Y:
            pl.check(_near(m["rev_pack"][i][y], m["pack_qty"][i][y] * x[3][y] / 1e6), f"pack revenue {x[0]} {y}")
    for i, s in enumerate(p["serv"]):
        for y in Y:
            q = m["serv_qty"][i][y] * s[3][y] / 1e6
            if ("rev", s[0], y) in planted:
                pl.check(off(m["rev_serv"][i][y], q), f"planted revenue line {s[0]} not >5 % off {q}")
            else:
                pl.check(_near(m["rev_serv"][i][y], q), f"serving revenue {s[0]} {y}")
    for y in Y:
        pl.check(_near(m["kitchen"][y], sum(m["serv_qty"][i][y] * s[2] for i, s in enumerate(p["serv"]))), "kitchen use")
        pl.check(_near(m["output"][y], m["packed"][y] + m["kitchen"][y]), "output = packed + kitchen")
        pl.check(_near(m["revenue"][y], m["rev_pack_total"][y] + m["rev_serv_total"][y]), "revenue total")
        pl.check(_near(m["prod_total"][y], sum(v[y] for _, v in m["prod_lines"])), "production cost total")
        lines = sum(v[y] for _, v in m["shop_lines"])
        if ("shop", "Tổng chi phí quán", y) in planted:
            pl.check(off(m["shop_total_printed"][y], lines), f"planted shop total {y} not >5 % off {lines}")
        else:
            pl.check(_near(m["shop_total_printed"][y], lines), f"shop cost total {y}")
        prof = m["revenue"][y] - m["cost"][y]
        if ("sum", "Lợi nhuận", y) in planted:
            pl.check(off(m["profit"][y], prof), f"planted profit {y}: {m['profit'][y]} not >5 % off {prof}")
        else:
            pl.check(_near(m["profit"][y], prof), f"profit {y} = revenue - cost")
        pl.check(0 < t["margin"][y] < (50 if key == "ip09" else 40), f"true margin {t['margin'][y]} %")
        for i, r in enumerate(p["raws"]):
            need, sup = t["raw_need"][i][y], t["raw_supply"][i][y]
            if key == "ip06" and y > 0:
                pl.check(off(sup, need) and need > sup, f"planted shortfall {y}: need {need} supply {sup}")
            else:
                pl.check(need <= sup, f"raw {r[0]} {y}: need {need} > supply {sup}")
        if key == "ip10" and y > 0:
            pl.check(off(m["output"][y], m["capacity"][y]) and m["output"][y] > m["capacity"][y],
                     f"planted capacity {y}: output {m['output'][y]} capacity {m['capacity'][y]}")
        else:
            pl.check(m["output"][y] <= m["capacity"][y], f"output {y} over capacity")
            if key in READY:
                pl.check(m["cap_use"][y] <= 85, f"capacity use {m['cap_use'][y]} % in a ready plan")
    # sources and investment
    if key == "ip07":
        pl.check(off(m["src_total"], m["inv_total"]), f"planted capital: sources {m['src_total']} vs {m['inv_total']}")
        pl.has("bảo đảm đủ cho nhu cầu đầu tư")
    else:
        pl.check(m["src_total"] == m["inv_total"], f"sources {m['src_total']} != investment {m['inv_total']}")
    pl.check(_near(sum(m["src_pct"]), 100), "source shares add to 100 %")
    # payback as printed against investment / (average printed profit + depreciation)
    pb = m["inv_total"] / (sum(m["profit"]) / 3 + m["dep"])
    if key == "ip06":
        pl.check(off(m["payback_printed"], pb), f"planted payback {m['payback_printed']} vs {pb:.2f}")
    else:
        pl.check(abs(m["payback_printed"] - pb) < 0.06, f"payback {m['payback_printed']} vs {pb:.2f}")
    pl.has(f"{f1(m['payback_printed'])} năm", f"{fint(m['inv_total'])} triệu đồng", p["cap"][2], p["cap"][3])
    # growth: history and plan
    h = p["hist"]
    for y in Y:
        pl.check(_near(m["hist_rev"][y], h["rev_pack"][y] + h["rev_serv"][y]), "history revenue total")
        pl.check(h["kit"][y] < h["out"][y], "history kitchen share")
    pl.check(m["output"][0] <= h["out"][2] * 1.2, "2027 output within +20 % of 2026")
    grow = [m["output"][1] / m["output"][0] - 1, m["output"][2] / m["output"][1] - 1]
    rgrow = [t["revenue"][1] / t["revenue"][0] - 1, t["revenue"][2] / t["revenue"][1] - 1]
    if key == "ip09":
        pl.check(min(grow) > 0.5 and min(rgrow) > 0.5, f"planted growth {grow} {rgrow}")
        pl.check(m["staff"] == [m["staff"][0]] * 3, "ip09 keeps the same staff")
    else:
        pl.check(max(grow) < 0.25 and max(rgrow) < 0.25, f"growth {grow} {rgrow}")
    # text figures: the output, the serving drivers
    unit = "lít" if p["unit"] == "lít" else "kg"
    pl.has(f"{fnum(m['output'][0])} {unit}")
    for s in p["serv"]:
        if s[4][0] == "day":
            pl.has(f"{s[4][2]} ngày")
        elif s[4][0] == "month":
            pl.has(fint(s[4][1][0]))
    if "visits" in p:
        pl.has(fint(p["visits"][0]))
    if key == "ip05":
        pl.has(f"{fint(OBJ_OUT_IP05)} lít")
        pl.check(off(OBJ_OUT_IP05, m["output"][0]), "ip05 objectives output not >5 % off the table")
    # papers and words
    pl.has(*HAS[key])
    if key in LACKS:
        pl.lacks(*LACKS[key])
    if key == "ip07":
        pl.check(pl.count(OTHER_IP07) >= 2, "ip07: the other HTX's name fewer than twice")
        pl.check(pl.count(OWN_IP07) >= 4, "ip07: its own name fewer than four times")
    if key == "ip10":
        pl.check(bool(re.search(PLACEHOLDER, pl.body)), "ip10: no placeholder")
    else:
        pl.lacks(PLACEHOLDER, "template placeholder")
    if key == "ip08":
        pl.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
        pl.lacks(r"148/QĐ-TTg|1489", "current OCOP decisions")
    else:
        pl.has("148/QĐ-TTg", "1489/QĐ-TTg")
        pl.lacks(REPLACED, "outdated instrument")
    if key in READY:
        pl.has("43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở", "thử nghiệm", "nhãn hiệu", "truy xuất")
        for d, mo, yr in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", pl.body):
            pl.check(int(yr) >= 2030, f"paper valid only to {d}/{mo}/{yr}")
    return pl


def check_sketchy(key: str) -> Plan:
    pl = Plan(SKETCHY[key])
    words = len(re.findall(r"\w+", re.sub(r"(?m)^#+ ", "", pl.body)))
    pl.check(150 <= words <= 350, f"{words} words")
    pl.check(not pl.rows, "a sketchy plan has a table")
    pl.lacks(r"an toàn thực phẩm|ATTP|tiêu chuẩn|TCCS|công bố|nhãn|mã vạch|truy xuất|môi trường|Bảng \d", "paper")
    pl.lacks(PLACEHOLDER, "template placeholder")
    pl.lacks(REPLACED, "outdated instrument")
    if key == "ip11":
        pl.has("chưa đăng ký kinh doanh", "30.000 đồng/túi", "150 triệu đồng", "3.000 cái")
    else:
        pl.has("đã đăng ký hộ kinh doanh", "250.000 đồng/kg", "4.000 kg", "200 triệu đồng", "60 triệu đồng")
    return pl


def main(argv=None) -> int:
    keys = [a for a in (argv or []) if not a.startswith("-")]
    plans = []
    for key in sorted([*PLANS, *SKETCHY]):
        if keys and not any(key.startswith(k) for k in keys):
            continue
        plans.append(check_full(key) if key in PLANS else check_sketchy(key))
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
