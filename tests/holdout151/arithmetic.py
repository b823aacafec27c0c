"""The 151st holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout151/arithmetic.py

Theme: multi-product producers. Every full plan (ev01-ev10) makes three to five products or pack
sizes, often with a gift box made of units of the other products, and a by-product in ev01. The
constants give, per product: pack word and size, the plan's own yield (raw material per unit of
product), price, pack cost and packs per year; a gift box gives its components instead, and its
raw material is the components'. Then the one raw material balanced against supply (own area x
yield + purchase in local units), equipment capacity (raw material or pieces a day x days, for the
products it serves), the 2024-2026 history, a seasonal calendar as shares of the 2027 raw material,
staff by role and wage, energy and auxiliary rates, investment items and capital sources, loan
balances, selling / tax shares and a fixed line. From them the script recomputes: need per product
= packs x size x yield (gift boxes through their components) and the total, supply, balance,
capacity load, calendar, revenue per product = packs x price and the total, every cost line, the
cost total, profit, margin, payback = investment / (average profit + depreciation), growth. Each
figure is read back from the plan's source (tables found by their caption "Bảng N. ...") and
compared: planted numeric defects must be wrong by more than 5 % (the true value is computed
beside them), every other number right within 1 %. Textual defects are asserted through the
presence or absence of their words. Sketchy plans: 150-320 words, no table.
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
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|huyện")

# --------------------------------------------------------------------------- constants
# raw: (name, unit, price đ per unit) - the one raw material balanced against supply
# aux: (cost-line label, đ per unit of raw) or None
# products: P(label, pack word, size, size unit, yield = raw per size unit, price đ, pack cost đ, packs/yr)
#           G(label, pack word, components [(product index, count)], price, pack cost, packs/yr)
#           B(label, unit, ratio per size unit of the listed products, price) - a by-product
# hist: (raw processed, revenue triệu, cost triệu) for 2024, 2025, 2026
# own: (what, quantity, unit, raw yield per unit and year); buy: (local unit, conversion, rows)
# cap: (per day, days a year, basis raw|out, product indices served or None for all)
# cal: (months, share % of the 2027 raw material, number of months)
# inv: (label, triệu, fixed?); src: (label, triệu); loan: balance per year (triệu), rate


def P(l, w, size, u, y, price, pack, n):
    return dict(l=l, w=w, size=size, u=u, y=y, price=price, pack=pack, n=n)


def G(l, w, comps, price, pack, n):
    return dict(l=l, w=w, comps=comps, price=price, pack=pack, n=n)


def B(l, u, ratio, idx, price):
    return dict(l=l, w=u, by=(ratio, idx), price=price, pack=0)


PLANS: dict[str, dict] = {
    "ev01": dict(
        raw=("Lạc nhân", "kg", 42000), aux=("Muối, gia vị, giấy lọc dầu", 1000),
        products=[P("Dầu lạc ép thủ công, chai 500 ml", "chai", 0.5, "lít", 2.6, 115000, 9000, [9000, 9900, 10800]),
                  P("Dầu lạc ép thủ công, can 2 lít", "can", 2, "lít", 2.6, 420000, 12000, [1800, 2000, 2200]),
                  P("Lạc rang húng lìu, hũ 300 g", "hũ", 0.3, "kg", 1.15, 60000, 5500, [5000, 5500, 6000]),
                  G("Hộp quà Đức Thịnh (1 chai dầu lạc 500 ml + 2 hũ lạc rang 300 g)", "hộp",
                    [(0, 1), (2, 2)], 260000, 22000, [1000, 1100, 1200]),
                  B("Khô dầu lạc bán làm thức ăn chăn nuôi", "kg", 1.6, [0, 1], 9000)],
        hist=[(20500, 1960, 1700), (22000, 2100, 1820), (23500, 2250, 1940)], hist_label="Lạc nhân đưa vào chế biến",
        own=None,
        buy=("tạ", 100, [("Tổ liên kết trồng lạc thôn Trung Lộc", 34, 95), ("Tổ liên kết trồng lạc thôn Yên Hồ", 28, 80),
                         ("Tổ liên kết trồng lạc thôn Tùng Ảnh", 25, 70), ("Hộ trồng lạc vùng bãi ven sông La", 30, 65)]),
        cap=(150, 260, "raw", None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ép dầu, lắng lọc, rang lạc", [3, 3, 3]),
               ("Chiết rót, đóng gói, kho", [1, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=6.5, energy=1500,
        inv=[("Máy ép dầu trục vít 150 kg/ca và bồn lắng inox", 320, True),
             ("Máy rang lạc 30 kg/mẻ, máy tách vỏ lụa", 140, True),
             ("Máy chiết rót, đóng nắp và máy in date", 120, True),
             ("Cải tạo xưởng một chiều 120 m², kho nguyên liệu", 260, True),
             ("Thiết kế bao bì, hộp quà, mã vạch, tem truy xuất", 45, False),
             ("Kiểm nghiệm, chứng nhận, đăng ký nhãn hiệu", 35, False), ("Vốn lưu động", 380, False)],
        src=[("Vốn chủ sở hữu của công ty", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.06, tax=0.015, other=70),
    "ev02": dict(
        raw=("Búp chè tươi", "kg", 12000), aux=("Giấy lọc, chỉ, túi bạc", 400),
        products=[P("Chè búp khô, túi 200 g", "túi", 0.2, "kg", 5, 60000, 3000, [12000, 13000, 14000]),
                  P("Chè búp đặc biệt (một tôm hai lá), hộp 500 g", "hộp", 0.5, "kg", 5.5, 220000, 15000, [1500, 1700, 1900]),
                  P("Trà xanh túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, "kg", 5, 35000, 6000, [6000, 7000, 8000]),
                  P("Chè xanh tươi, bó 1 kg", "bó", 1, "kg", 1.05, 20000, 500, [8000, 8000, 8000]),
                  G("Hộp quà Trà Sơn Tây (1 hộp chè đặc biệt 500 g + 2 hộp trà túi lọc)", "hộp",
                    [(1, 1), (2, 2)], 320000, 25000, [600, 700, 800])],
        hist=[(23000, 1330, 1100), (24500, 1420, 1160), (26000, 1520, 1230)], hist_label="Búp chè tươi chế biến",
        own=("đồi chè kinh doanh của hợp tác xã", 3, "ha", 6000),
        buy=("kg", 1, [("Thôn Kim Cương", 14, 6000), ("Thôn Tây Lâm", 11, 5000), ("Thôn Khe Thờ", 9, 4500),
                       ("Thôn Trung Thủy", 7, 3500)]),
        cap=(300, 200, "raw", None),
        cal=[("Tháng 1 – 2", 4, 2), ("Tháng 3 – 4", 18, 2), ("Tháng 5 – 6", 24, 2), ("Tháng 7 – 8", 24, 2),
             ("Tháng 9 – 10", 20, 2), ("Tháng 11 – 12", 10, 2)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu mua, làm héo, sao, vò", [3, 3, 3]),
               ("Phân loại, đóng gói", [1, 1, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=2500,
        inv=[("Nhà chế biến chè 150 m² (cải tạo, lát nền, lưới chắn côn trùng)", 260, True),
             ("Máy sao chè quay 2 chiếc, máy vò chè 2 chiếc", 210, True),
             ("Máy sấy chè bơm nhiệt 120 kg/mẻ", 150, True), ("Máy đóng túi lọc tự động", 180, True),
             ("Bao bì, hộp quà, tem truy xuất", 40, False), ("Kiểm nghiệm, chứng nhận", 30, False),
             ("Vốn lưu động", 230, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ phát triển sản xuất của hợp tác xã", 200),
             ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=10, loan=[400, 300, 200], rate=0.066, sell=0.05, tax=0.01, other=50),
    "ev03": dict(
        raw=("Cây chè vằng tươi (thân, lá)", "kg", 5000), aux=None,
        products=[P("Chè vằng khô cắt khúc, túi 500 g", "túi", 0.5, "kg", 4, 60000, 3000, [6000, 6600, 7200]),
                  P("Trà vằng túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, "kg", 4.2, 38000, 6500, [8000, 9000, 10000]),
                  P("Cao chè vằng, hũ 100 g", "hũ", 0.1, "kg", 30, 100000, 6000, [2500, 2800, 3100]),
                  G("Hộp quà Mộc Sơn (1 hũ cao 100 g + 1 hộp trà túi lọc)", "hộp", [(2, 1), (1, 1)],
                    160000, 18000, [500, 600, 700])],
        hist=[(19000, 780, 610), (20500, 840, 650), (22000, 910, 700)], hist_label="Vằng tươi đưa vào chế biến",
        own=("vườn chè vằng của hộ", 12, "sào", 800),
        buy=("gánh", 30, [("Thôn Mỹ Hòa", 16, 260), ("Thôn Tân Thượng", 12, 220), ("Thôn Khe Dây", 10, 200)]),
        cap=(200, 240, "raw", None),
        roles=[("Chủ hộ, quản lý, kế toán", [1, 1, 1]), ("Thu mua, sơ chế, sấy", [2, 2, 2]),
               ("Nấu cao, đóng gói", [1, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=1500,
        inv=[("Nhà sơ chế, sấy và đóng gói 70 m²", 150, True), ("Máy sấy bơm nhiệt 150 kg/mẻ", 110, True),
             ("Nồi cô cao chân không 50 lít", 90, True), ("Máy cắt khúc, máy nghiền, máy đóng túi lọc", 120, True),
             ("Bao bì, mã vạch, tem truy xuất", 30, False), ("Kiểm nghiệm, tự công bố, nhãn hiệu", 25, False),
             ("Vốn lưu động", 125, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 180, 110], rate=0.066, sell=0.05, tax=0.015, other=30),
    "ev04": dict(
        raw=("Lá nón khô", "kg", 60000), aux=None,
        products=[P("Nón lá trắng truyền thống", "chiếc", 1, "chiếc", 0.12, 120000, 15000, [6000, 6500, 7000]),
                  P("Nón bài thơ vẽ tay", "chiếc", 1, "chiếc", 0.14, 240000, 30000, [2000, 2300, 2600]),
                  P("Bộ nón mini lưu niệm (3 chiếc)", "bộ", 1, "bộ", 0.08, 150000, 20000, [1500, 1700, 1900]),
                  G("Hộp quà Hà Linh (1 nón bài thơ + 1 bộ nón mini)", "hộp", [(1, 1), (2, 1)],
                    440000, 25000, [400, 500, 600])],
        hist=[(980, 1190, 1040), (1040, 1270, 1100), (1100, 1360, 1170)], hist_label="Lá nón khô sử dụng",
        own=("đồi lá nón tổ viên nhận khoán", 3, "ha", 150),
        buy=("bó", 0.8, [("Thôn Hà Đông", 15, 520), ("Thôn Kim Lâm", 12, 480), ("Bản Rào Tre", 9, 500)]),
        cap=(46, 290, "out", None),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thợ chằm nón", [12, 12, 13]),
               ("Vẽ, hoàn thiện, đóng hộp", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=4.0, energy=15000,
        inv=[("Nhà xưởng chung 90 m² và giàn phơi lá", 250, True), ("Lò sấy lá bằng hơi nước, bàn là lá", 60, True),
             ("Khuôn nón inox và bàn chằm 20 bộ", 40, True), ("Máy in và cắt hộp quà", 50, True),
             ("Thiết kế mẫu, bao bì, tem", 30, False), ("Tiêu chuẩn cơ sở, thử nghiệm, nhãn hiệu", 25, False),
             ("Vốn lưu động", 105, False)],
        src=[("Vốn góp của tổ viên", 360), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.06, tax=0.01, other=30,
        pack_label="Vành tre, chỉ cước, quai, hộp và bao bì", energy_label="Điện, củi sấy lá"),
    "ev05": dict(
        raw=("Thịt lợn (nạc vai, nạc mông, thịt thủ)", "kg", 110000), aux=("Nước mắm, gia vị, quế, lá chuối", 8000),
        products=[P("Giò lụa, cây 500 g", "cây", 0.5, "kg", 1.1, 120000, 4000, [12000, 13000, 14000]),
                  P("Giò lụa, cây 1 kg", "cây", 1, "kg", 1.1, 230000, 6000, [6000, 6500, 7000]),
                  P("Chả quế, khoanh 500 g", "khoanh", 0.5, "kg", 1.05, 125000, 4000, [5000, 5500, 6000]),
                  P("Giò thủ, cây 500 g", "cây", 0.5, "kg", 1.2, 110000, 4000, [4000, 4400, 4800]),
                  G("Hộp quà Tết (1 giò lụa 1 kg + 1 chả quế 500 g)", "hộp", [(1, 1), (2, 1)], 390000, 30000,
                    [1600, 1800, 2000])],
        hist=[(17200, 3700, 3350), (18300, 3950, 3560), (19400, 4200, 3780)],
        own=None,
        buy=("tạ", 100, [("Cơ sở giết mổ tập trung Thạch Khê (hợp đồng năm)", 1, 120),
                         ("Trang trại lợn Hòa Lạc", 1, 90), ("Tổ hợp tác chăn nuôi thôn Đông Hải", 14, 60)]),
        cap=(300, 300, "raw", None),
        cal=[("Tháng 1", 16, 1), ("Tháng 2 – 3", 8, 2), ("Tháng 4 – 6", 15, 3), ("Tháng 7 – 9", 16, 3),
             ("Tháng 10 – 11", 15, 2), ("Tháng 12", 30, 1)],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, xay, gói, luộc", [5, 5, 6]),
               ("Đóng gói, kho lạnh", [1, 1, 1]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=6.5, energy=3000,
        inv=[("Cải tạo xưởng chế biến một chiều 150 m²", 380, True), ("Máy xay giò 2 chiếc, nồi luộc hơi", 260, True),
             ("Kho lạnh 20 m³, tủ mát trưng bày", 240, True), ("Máy hút chân không, máy hàn túi", 120, True),
             ("Xe tải nhỏ có thùng bảo ôn", 200, True), ("Vốn lưu động", 400, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng thương mại", 700)],
        life=10, loan=[700, 550, 400], rate=0.09, sell=0.05, tax=0.015, other=80,
        pack_label="Bao bì, lá chuối, hộp quà", hist_label="Thịt lợn đưa vào chế biến"),
    "ev06": dict(
        raw=("Cam tươi (cam chanh, cam bù loại 2 – 3)", "kg", 12000), aux=("Đường, chanh, phụ gia sấy", 300),
        products=[P("Nước cam ép nguyên chất, chai 250 ml", "chai", 0.25, "lít", 2.2, 28000, 4500, [24000, 27000, 30000]),
                  P("Nước cam ép nguyên chất, chai 500 ml", "chai", 0.5, "lít", 2.2, 48000, 6000, [12000, 13500, 15000]),
                  P("Nước cam ép, bình 1 lít", "bình", 1, "lít", 2.2, 85000, 8000, [3000, 3300, 3600]),
                  P("Cam sấy dẻo, túi 150 g", "túi", 0.15, "kg", 8, 75000, 3000, [4000, 4500, 5000]),
                  G("Hộp quà Hương Thọ (2 chai 500 ml + 1 túi cam sấy 150 g)", "hộp", [(1, 2), (3, 1)],
                    200000, 20000, [800, 900, 1000])],
        hist=[(33000, 1480, 1290), (35500, 1600, 1380), (38000, 1720, 1480)], hist_label="Cam tươi đưa vào chế biến",
        own=("vườn cam của thành viên (phần cam loại 2 – 3)", 20, "ha", 1600),
        buy=("tạ", 100, [("Thôn Trung Thọ", 18, 80), ("Thôn Bình Lâm", 15, 70), ("Thôn Khe Bò", 10, 50)]),
        cap=(300, 200, "raw", None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Rửa, ép, lọc, thanh trùng", [2, 2, 3]),
               ("Sấy cam, đóng gói", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=5.5, energy=2000,
        inv=[("Xưởng chế biến 160 m² và kho mát", 380, True), ("Máy rửa, máy ép cam và bồn lọc", 210, True),
             ("Thiết bị thanh trùng, chiết rót, đóng nắp", 240, True), ("Máy sấy cam bơm nhiệt", 130, True),
             ("Bao bì, tem, thiết kế nhãn", 40, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 550, 400], rate=0.08, sell=0.06, tax=0.015, other=50),
    "ev07": dict(
        raw=("Bưởi quả tươi (mua của tổ viên và hộ liên kết)", "kg", 12000), aux=None,
        products=[P("Bưởi Phúc Trạch loại 1, hộp 2 quả (khoảng 2,8 kg)", "hộp", 2.8, "kg", 1.05, 150000, 12000, [6000, 7000, 8000]),
                  P("Bưởi loại 2, túi lưới 4 quả (khoảng 4,8 kg)", "túi", 4.8, "kg", 1.05, 120000, 3000, [5000, 6500, 7000]),
                  P("Bưởi sấy dẻo, túi 200 g", "túi", 0.2, "kg", 9, 70000, 3500, [3000, 4500, 6000]),
                  G("Hộp quà Tết (1 hộp bưởi loại 1 + 2 túi bưởi sấy)", "hộp", [(0, 1), (2, 2)],
                    320000, 20000, [1000, 1300, 1600])],
        hist=[(44000, 1480, 1210), (47000, 1590, 1290), (50000, 1700, 1370)], hist_label="Bưởi quả thu mua, tiêu thụ",
        captions={"papers": "Hồ sơ pháp lý và chất lượng"},
        own=("vườn bưởi đang cho quả của tổ viên", 12, "ha", 4200),
        buy=("tạ", 100, [("Thôn Tân Hòa", 9, 70), ("Thôn Phúc Đồng", 7, 50), ("Thôn Khe Cò", 5, 30)]),
        cap=(2500, 120, "raw", None),
        cal=[("Tháng 8", 15, 1), ("Tháng 9", 25, 1), ("Tháng 10", 25, 1), ("Tháng 11", 15, 1), ("Tháng 12 – 1 (Tết)", 20, 2)],
        roles=[("Tổ trưởng, sổ sách", [1, 1, 1]), ("Thu hái, phân loại, đóng hộp", [4, 4, 5]),
               ("Sấy bưởi", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=5.0, energy=300,
        inv=[("Nhà sơ chế, phân loại và kho mát 100 m²", 300, True), ("Máy sấy bưởi bơm nhiệt 100 kg/mẻ", 150, True),
             ("Băng chuyền phân loại, cân điện tử", 90, True), ("Phân bón hữu cơ, bẫy côn trùng cho vườn", 60, False),
             ("Bao bì, hộp quà, tem", 50, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=10, loan=[400, 300, 200], rate=0.066, sell=0.06, tax=0.01, other=40,
        energy_label="Điện sấy, kho mát"),
    "ev08": dict(
        raw=("Cói sợi khô", "kg", 18000), aux=("Thuốc nhuộm thực vật, chỉ đay", 3000),
        products=[P("Chiếu cói dệt máy, khổ 1,6 m × 2 m", "chiếc", 1, "chiếc", 2.2, 170000, 8000, [1800, 2300, 2600]),
                  P("Chiếu cói dệt máy, khổ 1,8 m × 2 m", "chiếc", 1, "chiếc", 2.6, 200000, 9000, [1400, 1800, 2100]),
                  P("Túi cói đan tay", "chiếc", 1, "chiếc", 0.35, 90000, 4000, [3000, 3300, 3600]),
                  P("Bộ hộp cói đựng đồ (3 chiếc)", "bộ", 1, "bộ", 0.6, 115000, 5000, [2000, 2200, 2400]),
                  G("Hộp quà lưu niệm (1 túi cói + 1 bộ hộp cói)", "hộp", [(2, 1), (3, 1)], 220000, 20000,
                    [500, 600, 700])],
        hist=[(8600, 1030, 860), (9100, 1090, 900), (9700, 1160, 950)], hist_label="Cói sợi khô sử dụng",
        own=("ruộng cói của các hộ trong nhóm", 4, "ha", 3000),
        buy=("tạ", 100, [("Thôn Hải Hòa", 11, 25), ("Thôn Yên Phú", 9, 20)]),
        cap=(12, 280, "out", [0, 1]),
        roles=[("Nhóm trưởng, ghi chép", [1, 1, 1]), ("Dệt chiếu (2 máy)", [2, 2, 2]),
               ("Đan túi, hộp", [5, 5, 6]), ("Nhuộm, phơi, hoàn thiện, bán", [2, 2, 2])],
        wage=4.5, energy=800,
        inv=[("Nhà xưởng chung 100 m² và sân phơi", 140, True), ("Bể nhuộm, bể lắng nước nhuộm", 45, True),
             ("Máy chẻ cói, máy ép mép chiếu", 70, True), ("Khuôn đan hộp, bàn là hơi", 25, True),
             ("Thiết kế mẫu, bao bì, tem", 30, False), ("Vốn lưu động", 120, False)],
        src=[("Vốn góp của các hộ", 250), ("Vay quỹ tín dụng Hội Nông dân", 180)],
        life=8, loan=[180, 120, 60], rate=0.07, sell=0.05, tax=0.01, other=25,
        pack_label="Bao bì, tem treo, hộp quà"),
    "ev09": dict(
        raw=("Củ nghệ vàng tươi", "kg", 8000), aux=("Mật ong, tá dược viên", 700),
        products=[P("Tinh bột nghệ vàng, hũ 100 g", "hũ", 0.1, "kg", 20, 75000, 5000, [6000, 6600, 7200]),
                  P("Tinh bột nghệ vàng, hũ 250 g", "hũ", 0.25, "kg", 20, 170000, 7000, [2500, 2800, 3100]),
                  P("Tinh bột nghệ vàng, túi 500 g", "túi", 0.5, "kg", 20, 320000, 4000, [800, 900, 1000]),
                  P("Viên nghệ mật ong, hũ 200 g", "hũ", 0.2, "kg", 12, 110000, 6000, [2000, 2300, 2600]),
                  G("Hộp quà (1 hũ tinh bột nghệ 250 g + 1 hũ viên nghệ mật ong 200 g)", "hộp", [(1, 1), (3, 1)],
                    300000, 25000, [400, 500, 600])],
        hist=[(34000, 1250, 1010), (36000, 1330, 1070), (38000, 1420, 1130)], hist_label="Củ nghệ tươi đưa vào chế biến",
        own=("ruộng nghệ của hộ", 16, "sào", 1500),
        buy=("tạ", 100, [("Thôn Tân Phong", 14, 120), ("Thôn Đông Văn", 11, 100), ("Thôn Hoàng Trù", 8, 70)]),
        cap=(500, 250, "raw", None),
        cal=[("Tháng 1 – 2", 35, 2), ("Tháng 3 – 4", 20, 2), ("Tháng 5 – 8", 10, 4), ("Tháng 9 – 10", 5, 2), ("Tháng 11 – 12", 30, 2)],
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Rửa, xay, lọc, lắng bột", [2, 2, 3]),
               ("Sấy, đóng hũ, vo viên", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=1200,
        inv=[("Nhà sơ chế, lắng lọc 80 m²", 220, True), ("Máy rửa củ, máy xay nghiền, máy vắt ly tâm", 160, True),
             ("Máy sấy tinh bột bơm nhiệt", 140, True), ("Máy vo viên, máy đóng hũ", 80, True),
             ("Bao bì, hộp quà, thiết kế nhãn", 40, False), ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30, False),
             ("Vốn lưu động", 230, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 220, 140], rate=0.066, sell=0.05, tax=0.015, other=40),
    "ev10": dict(
        raw=("Cá cơm tươi", "kg", 18000), aux=("Muối hạt (3 kg cá : 1 kg muối)", 1000),
        products=[P("Nước mắm cốt 40 độ đạm, chai 500 ml", "chai", 0.5, "lít", 2.4, 85000, 7000, [7000, 15000, 21000]),
                  P("Nước mắm 30 độ đạm, chai 500 ml", "chai", 0.5, "lít", 1.8, 55000, 6000, [12000, 26000, 36000]),
                  P("Nước mắm 25 độ đạm, can 2 lít", "can", 2, "lít", 1.4, 110000, 8000, [3600, 7800, 11000]),
                  G("Hộp quà (1 chai 40 độ đạm + 1 chai 30 độ đạm)", "hộp", [(0, 1), (1, 1)], 170000, 20000,
                    [800, 1700, 2400])],
        hist=[(27000, 1410, 1190), (28500, 1500, 1260), (30000, 1590, 1330)], hist_label="Cá cơm đưa vào muối chượp",
        own=None,
        buy=("tạ", 100, [("Tổ đánh bắt thuyền thúng thôn Bằng Châu", 22, 380), ("Tổ đánh bắt thôn Hải Thủy", 18, 340),
                         ("Nậu cá cảng Cửa Sót", 1, 280)]),
        cap=(1000, 100, "raw", None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Muối chượp, đảo chượp, kéo rút", [4, 4, 4]),
               ("Lọc, chiết, đóng chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=500,
        inv=[("40 bể chượp composite 1.000 kg", 320, True), ("Nhà chượp mái tôn 200 m² (mở rộng)", 300, True),
             ("Máy lọc, bồn chứa inox, máy chiết rót", 180, True), ("Bao bì, thiết kế nhãn, mã vạch", 40, False),
             ("Vốn lưu động", 360, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.05, tax=0.015, other=50,
        energy_label="Điện, nước"),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED: dict[str, dict] = {
    "ev05": {"need_total_skip": 4, "payback": 1.4},  # need total leaves out the gift box; payback 1,4 years
    "ev06": {"rev_line": (1, 1, 1.25)},              # 2028 line of the 500 ml bottle at 60.000 đ, not 48.000
    "ev07": {"shortfall": True},                     # need beyond orchard + purchase in 2028 and 2029
    "ev08": {"over_capacity": True, "profit": (1, 1.35)},  # 2 looms short in 2028-29; 2028 profit x 1,35
    "ev09": {"src_short": True},                     # sources 700 vs investment 900
    "ev10": {"growth": True},                        # output x 2,1 in 2028 with the same staff and channels
}
READY = ("ev01", "ev02", "ev03", "ev04")
STEMS = {
    "ev01": "ev01_dau_lac_duc_thinh_cty",
    "ev02": "ev02_che_xanh_son_tay_htx",
    "ev03": "ev03_che_vang_moc_son_hkd",
    "ev04": "ev04_non_la_ha_linh_tht",
    "ev05": "ev05_gio_cha_bao_an_cty",
    "ev06": "ev06_nuoc_cam_huong_tho_htx",
    "ev07": "ev07_buoi_phuc_trach_tan_hoa_tht",
    "ev08": "ev08_coi_xuan_yen_nhom_ho",
    "ev09": "ev09_tinh_bot_nghe_thanh_binh_hkd",
    "ev10": "ev10_nuoc_mam_bang_chau_htx",
    "ev11": "ev11_banh_ram_vung_so_sai",
    "ev12": "ev12_khoai_lang_say_so_sai",
}


def n0(x: float) -> str:
    return f"{round(x):,}".replace(",", ".")


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


# --------------------------------------------------------------------------- model
def model(k: str) -> dict:
    """Every number of plan k's tables: `true` values and what the plan prints (`p_` keys)."""
    p, pl = PLANS[k], PLANTED.get(k, {})
    prods = p["products"]
    kinds = ["G" if "comps" in q else "B" if "by" in q else "P" for q in prods]

    def norm(i):  # raw material per pack
        q = prods[i]
        if kinds[i] == "G":
            return sum(n * norm(j) for j, n in q["comps"])
        return 0.0 if kinds[i] == "B" else q["size"] * q["y"]

    def content(j, y):  # size units of product j made in year y, gift boxes included
        return prods[j]["n"][y] * prods[j]["size"] + sum(
            g["n"][y] * n * prods[j]["size"] for g, kd in zip(prods, kinds) if kd == "G"
            for jj, n in g["comps"] if jj == j)

    packs = []
    for i, q in enumerate(prods):
        if kinds[i] == "B":
            ratio, idx = q["by"]
            packs.append([round(ratio * sum(content(j, y) for j in idx)) for y in range(3)])
        else:
            packs.append(list(q["n"]))
    norms = [round(norm(i), 4) for i in range(len(prods))]
    need_rows = {i: [round(packs[i][y] * norms[i]) for y in range(3)]
                 for i in range(len(prods)) if kinds[i] != "B"}
    need = [sum(r[y] for r in need_rows.values()) for y in range(3)]
    p_need = list(need)
    if "need_total_skip" in pl:
        p_need = [need[y] - need_rows[pl["need_total_skip"]][y] for y in range(3)]
    own = p["own"][1] * p["own"][3] if p["own"] else 0
    unit, conv, rows = p["buy"]
    buy_rows = [round(q * conv) for _, _, q in rows]
    supply = own + sum(buy_rows)
    a, b, basis, idx = p["cap"]
    cap = a * b
    sel = range(len(prods)) if idx is None else idx

    def weight(i):
        if basis == "raw":
            return norms[i]
        q = prods[i]
        return sum(n * weight(j) for j, n in q["comps"]) if kinds[i] == "G" else q["size"]
    load = [round(sum(packs[i][y] * weight(i) for i in sel if kinds[i] != "B")
                  + (0 if idx is None else sum(prods[g]["n"][y] * n * weight(j)
                                                for g in range(len(prods)) if kinds[g] == "G"
                                                for j, n in prods[g]["comps"] if j in idx)))
            for y in range(3)]
    rev_rows = [[r1(packs[i][y] * prods[i]["price"] / 1e6) for y in range(3)] for i in range(len(prods))]
    p_rev_rows = [list(r) for r in rev_rows]
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        p_rev_rows[i][y] = r1(rev_rows[i][y] * f)
    rev = [r1(sum(r[y] for r in rev_rows)) for y in range(3)]
    p_rev = [r1(sum(r[y] for r in p_rev_rows)) for y in range(3)]
    staff = [sum(r[1][y] for r in p["roles"]) for y in range(3)]
    fixed = sum(v for _, v, f in p["inv"] if f)
    inv = sum(v for _, v, _ in p["inv"])
    src = sum(v for _, v in p["src"])
    dep = r1(fixed / p["life"])
    rp = p["raw"][2]

    def costs(revs):
        lines = []
        lines.append((f"Nguyên liệu: {p['raw'][0].split(' (')[0].lower()}", [r1(need[y] * rp / 1e6) for y in range(3)]))
        if p.get("aux"):
            lines.append((p["aux"][0], [r1(need[y] * p["aux"][1] / 1e6) for y in range(3)]))
        lines.append((p.get("pack_label", "Bao bì, nhãn, hộp quà"),
                      [r1(sum(packs[i][y] * prods[i]["pack"] for i in range(len(prods))) / 1e6) for y in range(3)]))
        lines.append(("Tiền công lao động", [r1(staff[y] * p["wage"] * 12) for y in range(3)]))
        lines.append((p.get("energy_label", "Điện, nước, nhiên liệu"),
                      [r1(need[y] * p["energy"] / 1e6) for y in range(3)]))
        lines.append(("Khấu hao tài sản cố định", [dep] * 3))
        lines.append(("Lãi vay ngân hàng", [r1(p["loan"][y] * p["rate"]) for y in range(3)]))
        lines.append(("Bán hàng, vận chuyển, quảng bá", [r1(revs[y] * p["sell"]) for y in range(3)]))
        lines.append(("Thuế, phí", [r1(revs[y] * p["tax"]) for y in range(3)]))
        lines.append((p.get("other_label", "Quản lý, chi phí khác"), [p["other"]] * 3))
        return lines, [r1(sum(v[y] for _, v in lines)) for y in range(3)]

    p_cost_lines, p_cost = costs(p_rev)
    cost_lines, cost = costs(rev)
    profit = [r1(rev[y] - cost[y]) for y in range(3)]
    p_profit = [r1(p_rev[y] - p_cost[y]) for y in range(3)]
    if "profit" in pl:
        y, f = pl["profit"]
        p_profit[y] = r1(p_profit[y] * f)
    margin = [r1(profit[y] / rev[y] * 100) for y in range(3)]
    p_margin = [r1(p_profit[y] / p_rev[y] * 100) for y in range(3)]
    payback = r1(inv / (sum(profit) / 3 + dep))
    p_payback = pl.get("payback", r1(inv / (sum(p_profit) / 3 + dep)))
    cal = [(mo, s, round(need[0] * s / 100)) for mo, s, _ in p.get("cal", [])]
    return dict(kinds=kinds, packs=packs, norms=norms, need_rows=need_rows, need=need, p_need=p_need,
                own=own, buy_rows=buy_rows, supply=supply, cap=cap, load=load, rev_rows=rev_rows,
                p_rev_rows=p_rev_rows, rev=rev, p_rev=p_rev, staff=staff, fixed=fixed, inv=inv, src=src,
                dep=dep, cost_lines=cost_lines, p_cost_lines=p_cost_lines, cost=cost, p_cost=p_cost,
                profit=profit, p_profit=p_profit, margin=margin, p_margin=p_margin, payback=payback,
                p_payback=p_payback, cal=cal,
                hist_profit=[r1(r - c) for _, r, c in p["hist"]])


def summary(k: str) -> str:
    m, p = model(k), PLANS[k]
    g = [r1((m["rev"][y] / (m["rev"][y - 1] if y else p["hist"][2][1]) - 1) * 100) for y in range(3)]
    return (f"{k}: need {m['need']} supply {m['supply']} cap {m['cap']} load {m['load']} rev {m['rev']} "
            f"cost {m['cost']} profit {m['profit']} margin {m['margin']} growth {g} inv {m['inv']} src {m['src']} "
            f"payback {m['payback']} staff {m['staff']} hist2026raw {p['hist'][2][0]}")


# --------------------------------------------------------------------------- captions, labels
CAPTIONS = {
    "hist": "Kết quả sản xuất kinh doanh 2024 – 2026",
    "prod": "Danh mục sản phẩm, quy cách và giá bán",
    "comp": "Giá sản phẩm cùng loại trên thị trường",
    "cal": "Lịch sản xuất theo mùa vụ năm 2027",
    "need": "Nhu cầu nguyên liệu theo từng sản phẩm",
    "supply": "Nguồn cung nguyên liệu",
    "equip": "Máy móc, thiết bị và công suất",
    "staff": "Bố trí lao động",
    "plan": "Kế hoạch sản lượng tiêu thụ theo sản phẩm",
    "inv": "Tổng vốn đầu tư",
    "src": "Nguồn vốn đầu tư",
    "rev": "Doanh thu theo sản phẩm",
    "cost": "Chi phí sản xuất kinh doanh",
    "sum": "Tổng hợp hiệu quả kinh tế",
    "papers": "Hồ sơ pháp lý, chất lượng và sở hữu trí tuệ",
    "sched": "Tiến độ thực hiện",
}
TOTAL = {"need": "Cộng", "supply": "Tổng nguồn cung", "staff": "Tổng số lao động", "inv": "Tổng vốn đầu tư",
         "src": "Tổng nguồn vốn", "rev": "Tổng doanh thu", "cost": "Tổng chi phí", "cal": "Cả năm"}


def caption(k: str, key: str) -> str:
    return PLANS[k].get("captions", {}).get(key, CAPTIONS[key])


def hist_label(k: str) -> str:
    return PLANS[k].get("hist_label", "Nguyên liệu đưa vào chế biến")


# --------------------------------------------------------------------------- reading the plans
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[str, list[list[str]]] = {}
        cur = None
        for line in self.body.splitlines():
            s = line.strip()
            if mm := re.match(r"^Bảng \d+\. (.+)$", s):
                cur = mm.group(1)
                self.tables[cur] = []
            elif s.startswith("|") and cur is not None:
                self.tables[cur].append([c.strip() for c in s.strip("|").split("|")])
            elif s and not s.startswith("ĐVT") and cur is not None and self.tables[cur]:
                cur = None

    def tab(self, title: str) -> list[list[str]]:
        if title not in self.tables:
            self.failures.append(f"table not found: {title}")
            return []
        return self.tables[title]

    def trow(self, title: str, label: str, n: int = 3) -> list[float]:
        """The last n numbers of the row of table `title` whose first or second cell is `label`
        (or starts with it when the label ends in '…')."""
        pre = label.endswith("…")
        lab = label.rstrip("…")
        for r in self.tab(title):
            if any((c.startswith(lab) if pre else c == lab) for c in r[:2]):
                nums = [vn(c) for c in r[1:] if re.fullmatch(r"\d[\d.]*(,\d+)?", c)]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {title} / {label}")
        return [0.0] * n

    def eq(self, got, want, what: str) -> None:
        for i, (g, w) in enumerate(zip(got, want) if isinstance(got, list) else [(got, want)]):
            if not (close(g, w) or abs(g - w) <= 0.11):
                self.failures.append(f"{what}[{i}]: plan {g} vs computed {w}")

    def wrong(self, got: float, true: float, what: str) -> None:
        """A planted numeric defect: the plan's figure must be off the true value by > 5 %."""
        if not off(got, true):
            self.failures.append(f"planted {what}: plan {got} is within 5 % of the true {true}")


# --------------------------------------------------------------------------- what each plan must say
# has: snippets that must be in the text; lacks: (regex, why) that must not match
TEXT: dict[str, dict] = {
    "ev01": dict(has=["cảnh báo dị ứng với lạc", "2,6 kg lạc nhân cho 1 lít dầu", "1,99 kg lạc nhân/hộp"]),
    "ev02": dict(has=["5 kg búp tươi", "3,25 kg", "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh"]),
    "ev03": dict(has=["không phải là thuốc", "30 kg", "3,252 kg"]),
    "ev04": dict(has=["không phải là thực phẩm", "0,22 kg", "Tổ hợp tác"]),
    "ev05": dict(has=["1,625 kg", "1,4 năm", "nhãn hiệu"],
                 lacks=[(r"nhãn(?! hiệu)", "a label word"), (r"43/2017|111/2021", "the labelling decree"),
                        (r"\btem\b", "a stamp"), (r"hạn sử dụng ghi|ghi nhãn", "label content")]),
    "ev06": dict(has=["Nước cam ép Hương Thọ", "Nước cam ép Sơn Kim"],
                 lacks=[(r"TCCS|tiêu chuẩn cơ sở|tự công bố|công bố (chất lượng|sản phẩm|hợp)|QCVN|TCVN|"
                         r"kiểm nghiệm|thử nghiệm|chỉ tiêu (chất lượng|vi sinh|an toàn)", "a product standard")]),
    "ev07": dict(has=["58 tấn", "đủ nguyên liệu"],
                 lacks=[(r"nhãn hiệu|thương hiệu|chỉ dẫn địa lý|sở hữu trí tuệ|logo|bảo hộ", "trademark / IP")]),
    "ev08": dict(has=["chưa đăng ký", "2 máy dệt hiện có"],
                 lacks=[(r"hộ kinh doanh|mã số thuế|mã số hợp tác xã|tổ hợp tác|doanh nghiệp|"
                         r"Giấy chứng nhận đăng ký|đăng ký (kinh doanh|hộ|thành lập)", "a registration")]),
    "ev09": dict(has=["1048/QĐ-TTg", "781/QĐ-TTg", "huyện"],
                 lacks=[(r"148/QĐ-TTg|1489/QĐ-TTg", "the current OCOP decisions"),
                        (r"truy xuất|nhật ký|QR|mã lô|số lô|lưu mẫu|kiểm soát (chất lượng|nội bộ)|HACCP|ISO", "quality control")]),
    "ev10": dict(has=["thị trường nước mắm truyền thống còn rất lớn"],
                 lacks=[(r"môi trường|nước thải|chất thải|xử lý|mùi|bã chượp|ruồi", "environment"),
                        (r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|HACCP|ISO 22000", "food safety")]),
}
SKETCHY = {"ev11": ["35.000 đồng", "3 loại"], "ev12": ["45.000 đồng", "2 sào"]}


def check_text(pl: Plan, k: str) -> None:
    t = TEXT.get(k, {})
    pl.has(*t.get("has", []))
    for pat, what in t.get("lacks", []):
        pl.lacks(pat, what)
    pl.lacks(PLACEHOLDER, "template placeholder")
    if k != "ev09":
        pl.lacks(REPLACED, "a replaced or lapsed instrument, or a district body")
    if k in READY:
        pl.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Tiêu chuẩn cơ sở",
               "nhãn hiệu", "thử nghiệm", "truy xuất", "môi trường", "Giấy chứng nhận đăng ký")
        for d, mo, yr in re.findall(r"[Đđ]ến (\d{1,2})/(\d{1,2})/(\d{4})", pl.body):
            pl.check(int(yr) >= 2030, f"paper valid only to {d}/{mo}/{yr}")


def check_full(pl: Plan, k: str) -> None:
    p, m, pt = PLANS[k], model(k), PLANTED.get(k, {})
    C = lambda key: caption(k, key)  # noqa: E731
    prods = p["products"]
    # history
    pl.eq(pl.trow(C("hist"), hist_label(k)), [h[0] for h in p["hist"]], "history raw")
    pl.eq(pl.trow(C("hist"), "Doanh thu"), [h[1] for h in p["hist"]], "history revenue")
    pl.eq(pl.trow(C("hist"), "Chi phí"), [h[2] for h in p["hist"]], "history cost")
    pl.eq(pl.trow(C("hist"), "Lợi nhuận"), m["hist_profit"], "history profit = revenue - cost")
    # products and prices
    for i, q in enumerate(prods):
        pl.eq(pl.trow(C("prod"), q["l"], 1), [q["price"]], f"price {i}")
        pl.eq(pl.trow(C("plan"), q["l"]), m["packs"][i], f"packs {i}")
    # raw material per product through its own yield, the total, supply
    for i, rows in m["need_rows"].items():
        got = pl.trow(C("need"), prods[i]["l"], 4)
        pl.eq(got[0], m["norms"][i], f"norm {i}")
        pl.eq(got[1:], rows, f"need {i}")
    got = pl.trow(C("need"), TOTAL["need"])
    if "need_total_skip" in pt:
        for y in range(3):
            pl.wrong(got[y], m["need"][y], f"need total {YEARS[y]} (true {m['need'][y]})")
        pl.eq(got, m["p_need"], "need total as printed")
    else:
        pl.eq(got, m["need"], "need total")
    if p["own"]:
        pl.eq(pl.trow(C("supply"), p["own"][0][0].upper() + p["own"][0][1:], 1), [m["own"]], "own supply")
    for (name, _, _), v in zip(p["buy"][2], m["buy_rows"]):
        pl.eq(pl.trow(C("supply"), name, 1), [v], f"purchase {name}")
    pl.eq(pl.trow(C("supply"), TOTAL["supply"], 1), [m["supply"]], "supply total")
    if any(r[1] == "Còn dư" for r in pl.tab(C("supply"))):
        pl.eq(pl.trow(C("supply"), "Nhu cầu cao nhất…", 1), [m["p_need"][2]], "supply table need")
        pl.eq(pl.trow(C("supply"), "Còn dư", 1), [m["supply"] - m["p_need"][2]], "supply balance")
    if pt.get("shortfall"):
        for y in (1, 2):
            pl.check(m["need"][y] > m["supply"], f"shortfall {YEARS[y]}")
            pl.wrong(m["supply"], m["need"][y], f"supply vs need {YEARS[y]} (need {m['need'][y]})")
        pl.check(m["need"][0] <= m["supply"], "2027 covered")
    else:
        pl.check(max(m["need"]) <= m["supply"], f"need {max(m['need'])} beyond supply {m['supply']}")
    # capacity
    pl.has(n0(m["cap"]))
    if pt.get("over_capacity"):
        for y in (1, 2):
            pl.wrong(m["cap"], m["load"][y], f"capacity vs load {YEARS[y]} (load {m['load'][y]})")
            pl.check(m["load"][y] > m["cap"], f"over capacity {YEARS[y]}")
        pl.check(m["load"][0] <= m["cap"], "2027 within capacity")
    else:
        pl.check(max(m["load"]) <= m["cap"], f"load {max(m['load'])} beyond capacity {m['cap']}")
    # seasonal calendar
    if p.get("cal"):
        for mo, s, v in m["cal"]:
            pl.eq(pl.trow(C("cal"), mo, 2), [v, s], f"calendar {mo}")
        pl.eq(pl.trow(C("cal"), TOTAL["cal"], 2), [sum(v for _, _, v in m["cal"]), 100], "calendar total")
        pl.check(sum(c[1] for c in p["cal"]) == 100, "calendar shares add to 100")
        if p["cap"][2] == "raw":  # the busiest months within the daily capacity (26 working days a month)
            for (mo, _, v), (_, _, months) in zip(m["cal"], p["cal"]):
                pl.check(v / (26 * months) <= p["cap"][0], f"{mo}: {v / (26 * months):.0f} a day")
    # staff
    for lab, v in p["roles"]:
        pl.eq(pl.trow(C("staff"), lab), v, f"staff {lab}")
    pl.eq(pl.trow(C("staff"), TOTAL["staff"]), m["staff"], "staff total")
    # investment and sources
    for lab, v, _ in p["inv"]:
        pl.eq(pl.trow(C("inv"), lab, 1), [v], f"investment {lab}")
    pl.eq(pl.trow(C("inv"), TOTAL["inv"], 1), [m["inv"]], "investment total")
    for lab, v in p["src"]:
        got = pl.trow(C("src"), lab, 2)
        pl.eq(got, [v, round(v / m["src"] * 100, 1)], f"source {lab}")
    pl.eq(pl.trow(C("src"), TOTAL["src"], 2), [m["src"], 100], "sources total")
    if pt.get("src_short"):
        pl.wrong(m["src"], m["inv"], f"sources {m['src']} vs investment (true {m['inv']})")
    else:
        pl.eq(m["src"], m["inv"], "sources = investment")
    # revenue per product = packs x price
    for i, q in enumerate(prods):
        got = pl.trow(C("rev"), f"{q['l']} ({n0(q['price'])} đ/{q['w']})")
        if "rev_line" in pt and pt["rev_line"][0] == i:
            y = pt["rev_line"][1]
            pl.wrong(got[y], m["rev_rows"][i][y], f"revenue line {i} {YEARS[y]} (true {m['rev_rows'][i][y]})")
            got[y] = m["rev_rows"][i][y]
        pl.eq(got, m["rev_rows"][i], f"revenue line {i}")
    got = pl.trow(C("rev"), TOTAL["rev"])
    pl.eq(got, m["p_rev"], "revenue total = sum of lines as printed")
    for y in range(3):
        if m["p_rev"][y] != m["rev"][y]:
            pl.wrong(got[y], m["rev"][y], f"revenue total {YEARS[y]} (true {m['rev'][y]})")
    # costs
    for lab, v in m["p_cost_lines"]:
        pl.eq(pl.trow(C("cost"), lab), v, f"cost {lab}")
    pl.eq(pl.trow(C("cost"), TOTAL["cost"]), m["p_cost"], "cost total")
    # summary, profit, margin, payback
    pl.eq(pl.trow(C("sum"), "Doanh thu…"), m["p_rev"], "summary revenue")
    pl.eq(pl.trow(C("sum"), "Tổng chi phí…"), m["p_cost"], "summary cost")
    got = pl.trow(C("sum"), "Lợi nhuận…")
    if "profit" in pt:
        y = pt["profit"][0]
        pl.wrong(got[y], r1(m["p_rev"][y] - m["p_cost"][y]), f"profit {YEARS[y]} (true {m['profit'][y]})")
    pl.eq(got, m["p_profit"], "profit as printed")
    pl.eq(pl.trow(C("sum"), "Tỷ suất…"), m["p_margin"], "margin")
    for y in range(3):
        pl.check(0 < m["margin"][y] < 40, f"true margin {m['margin'][y]} % in {YEARS[y]}")
    mm = re.search(r"hoàn vốn (?:khoảng |là |chỉ |trong )*(\d+,\d) năm", pl.body)
    if not mm:
        pl.failures.append("payback not found")
    else:
        got = vn(mm.group(1))
        if "payback" in pt:
            pl.wrong(got, m["payback"], f"payback (true {m['payback']})")
        else:
            pl.eq(got, m["p_payback"], "payback as printed")
    # growth
    prev = [p["hist"][2][1]] + m["rev"][:2]
    g = [m["rev"][y] / prev[y] - 1 for y in range(3)]
    if pt.get("growth"):
        pl.check(g[1] > 1.0, f"planted growth 2028 only {g[1]:.0%}")
        pl.check(m["staff"][2] == m["staff"][0], "staff unchanged")
    else:
        pl.check(max(g) <= 0.31, f"revenue growth {max(g):.0%}")
    pl.check(m["need"][0] <= p["hist"][2][0] * 1.2, "2027 raw within +20 % of 2026")


def check_sketchy(pl: Plan, k: str) -> None:
    words = len(re.findall(r"\w+", pl.body))
    pl.check(150 <= words <= 320, f"{words} words")
    pl.check(not pl.rows, "a sketchy plan has no table")
    pl.has(*SKETCHY[k])
    pl.lacks(PLACEHOLDER, "template placeholder")


def main() -> int:
    plans = []
    for k, stem in STEMS.items():
        pl = Plan(stem)
        if k in SKETCHY:
            check_sketchy(pl, k)
        else:
            check_full(pl, k)
            check_text(pl, k)
        plans.append(pl)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
