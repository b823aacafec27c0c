"""The 252nd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout252/arithmetic.py [is01 is05 ...]

Theme: raw material bought from traders, markets and other provinces, not grown. For every full
plan (is01-is10) the constants give the products (pack size in the plan's base unit, the 2027
price and packs, the yearly output and price growth), the 2024-2026 history, and the main raw
material: its norm per base unit, the purchase seasons (share of the year's purchase, prices
2024-2026 and the 2027 price, the yearly price growth), the opening stock, the minimum stock in
months of use, the storage loss rate, the stores with their capacity, the purchase contracts
(quantity and season) and the transport cost per kg bought. From them `model()` computes:
packs and prices by year, output, revenue lines, capacity use, the need (output x norm), the
minimum stock, the purchase (need + minimum stock - opening stock, grossed up for the storage
loss, to the hundred kg, unless the plan buys a fixed quantity), the purchase by season, each
season's price by year, the purchase value and mean price, the storage loss, the closing stock,
the contracts' share, the working capital tied up in stock (the first season's purchase, months of
auxiliary material, of revenue and of running costs), investment items and sources, wages,
depreciation, interest, every cost line, profit, margin and payback = investment / (mean profit +
depreciation). `model(key, planted=True)` gives the figures the plan prints (planted defects and
their knock-ons included), `model(key, planted=False)` the true ones.

`tables()` lists every table of a plan as (caption, rows of numbers); each printed cell is read
back from the plan's source and compared with the printed model within 1 %; the relations a
reviewer checks (sums, products, balances, shares) are recomputed from the printed figures;
planted numeric defects must be wrong by more than 5 % against the true value computed beside
them. Textual defects are asserted through the absence or presence of their words. Sketchy plans:
150-350 words, no table.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
PROSE_PURCHASE_IS07 = 7200  # the raw-material purchase the is07 prose states (the table: the model)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, 2027 price đ, 2027 packs)
# g_out: packs growth 2027->2028, 2028->2029; g_price: selling price growth a year
# hist: output 2024-2026, mean price đ per base unit, margin
# mat: the bought raw material. seasons: (row label, short name, share of the purchase,
#   prices 2024-2026, 2027 price); g: price growth a year; contracts: (seller, kg 2027, season,
#   delivery); stores: (name, size, capacity kg, how, holds the main material?)
# aux: material / packaging / piece-work lines per base unit of output (đ, 2027), growing g_aux
# fixed: running costs per month (triệu); cap: rating per day x days (or per batch x batches)
# equip: (machine, count, capacity text, state); roles: (role, staff per year)
# wc: months of auxiliary material, of revenue and of running costs held as working capital
# inv: (item, triệu, fixed asset?); src: (source, triệu or None = the remainder)
PLANS: dict[str, dict] = {
    "is01": dict(
        unit="kg", unit_word="kg",
        products=[("Kẹo cu đơ truyền thống, gói 250 g", "gói", 0.25, 36000, 32000),
                  ("Kẹo cu đơ gừng, hộp quà 500 g", "hộp", 0.5, 78000, 7000),
                  ("Kẹo cu đơ lát mỏng, túi 200 g", "túi", 0.2, 30000, 15000)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[11800, 12600, 13400], price=[138000, 142000, 145000],
                  margin=[0.085, 0.09, 0.095]),
        mat=dict(name="Lạc nhân", word="lạc nhân", norm=0.42, loss=0.025, min_months=1.5,
                 open=900, g=0.04, transport=1200,
                 seasons=[("Vụ xuân (tháng 5 – 6)", "vụ xuân", 0.55, [40000, 42000, 43500], 45000),
                          ("Vụ thu (tháng 9 – 10)", "vụ thu", 0.30, [42000, 44000, 45500], 47000),
                          ("Trái vụ (tháng 12 – 3)", "trái vụ", 0.15, [48000, 50000, 52000], 54000)],
                 contracts=[("HTX Nông nghiệp Diễn Phong (Nghệ An)", 2000, 0, "tháng 5 – 6"),
                            ("Hộ thu gom Lê Văn Tịnh, Lệ Ninh (Quảng Bình)", 1400, 0, "tháng 6"),
                            ("Đại lý nông sản Bảo Ngọc, chợ Vinh (Nghệ An)", 1600, 1, "tháng 9 – 10")],
                 market="Mua lẻ tại chợ Hà Tĩnh, chợ Vinh",
                 stores=[("Kho khô lạc nhân", "60 m²", 6000, "kê pallet, máy hút ẩm", True),
                         ("Kho mát 18 °C", "20 m³", 2500, "lạc nhân dùng trong mùa nóng", True),
                         ("Kho thành phẩm", "30 m²", 2000, "kẹo đã đóng gói", False)]),
        aux=[("Mạch nha, đường đen", 14000), ("Gừng, bánh đa, vừng", 6000),
             ("Bao bì, hộp, nhãn", 12000)], g_aux=0.03,
        fixed=[("Điện, nước, gas, kho mát", 6.5)],
        cap=dict(rating=70, days=290, text="70 kg/ngày", mult="290 ngày"),
        equip=[("Nồi nấu mạch nha cánh khuấy", 2, "40 kg/mẻ", "mua 2027"),
               ("Máy cán, cắt kẹo tự động", 1, "70 kg/ngày", "mua 2027"),
               ("Máy rang lạc lồng quay", 1, "60 kg/giờ", "có từ 2022"),
               ("Máy đóng gói, hàn miệng túi", 1, "600 gói/giờ", "mua 2027")],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Rang lạc, nấu, cán kẹo", [4, 4, 5]),
               ("Đóng gói, thủ kho", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=6.0, g_wage=0.05, sell=0.05, tax=0.015, other=60,
        wc=dict(aux=2, rev=1, run=1),
        inv=[("Nồi nấu mạch nha cánh khuấy (2 nồi)", 180, True),
             ("Máy cán, cắt kẹo tự động", 220, True),
             ("Kho mát bảo quản lạc nhân 20 m³", 95, True),
             ("Máy đóng gói, hàn miệng túi", 110, True),
             ("Cải tạo xưởng theo một chiều", 150, True),
             ("Thiết kế bao bì, mã vạch, tem truy xuất", 40, False)],
        src=[("Vốn chủ sở hữu", None),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.085),
    "is02": dict(
        unit="lít", unit_word="lít",
        products=[("Rượu nếp 29 độ, chai 500 ml", "chai", 0.5, 68000, 20000),
                  ("Rượu nếp 35 độ, bình sứ 1 lít", "bình", 1, 165000, 2200),
                  ("Rượu nếp 29 độ, can 5 lít", "can", 5, 380000, 700)],
        g_out=(0.07, 0.07), g_price=0.04,
        hist=dict(out=[12400, 13500, 14600], price=[118000, 121000, 124000],
                  margin=[0.10, 0.11, 0.115]),
        mat=dict(name="Gạo nếp cái", word="gạo nếp cái", norm=1.25, loss=0.015, min_months=2,
                 open=3000, g=0.05, transport=800,
                 seasons=[("Vụ chiêm xuân (tháng 6 – 7)", "vụ chiêm xuân", 0.55,
                           [20000, 21500, 22500], 23500),
                          ("Vụ mùa (tháng 10 – 11)", "vụ mùa", 0.35, [21000, 22500, 23500], 24500),
                          ("Giáp hạt (tháng 3 – 4)", "giáp hạt", 0.10, [24000, 25500, 27000], 28000)],
                 contracts=[("HTX Nông nghiệp Hoa Thành (Yên Thành, Nghệ An)", 6000, 0, "tháng 6 – 7"),
                            ("Cơ sở xay xát Quảng Hợp (Thanh Hóa)", 4000, 0, "tháng 7"),
                            ("Đại lý gạo Minh Tâm, chợ Đức Thọ", 6500, 1, "tháng 10 – 11")],
                 market="Mua giáp hạt tại chợ, đại lý gạo",
                 stores=[("Kho khô gạo nếp", "50 m²", 18000, "bao PP, kê pallet, hút ẩm", True),
                         ("Nhà hạ thổ chum rượu", "60 m²", 0, "120 chum sành", False)]),
        aux=[("Men lá, thảo mộc", 4000), ("Chai, bình sứ, hộp, nhãn", 16000)], g_aux=0.03,
        fixed=[("Điện, nước, trấu đốt lò", 7.0)],
        cap=dict(rating=80, days=280, text="80 lít/ngày", mult="280 ngày"),
        equip=[("Nồi chưng cất inox cách thủy", 4, "20 lít/ngày/nồi", "có từ 2023"),
               ("Máy lọc, khử andehit", 1, "200 lít/giờ", "mua 2027"),
               ("Chum sành hạ thổ 150 lít", 120, "18.000 lít", "bổ sung 2027"),
               ("Máy chiết rót, đóng nắp", 1, "400 chai/giờ", "mua 2027")],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [3, 3, 3]),
               ("Lọc, hạ thổ, chiết chai", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=5.8, g_wage=0.05, sell=0.06, tax=0.02, other=50,
        wc=dict(aux=2, rev=1, run=1),
        inv=[("Kho khô chứa gạo nếp 50 m², hút ẩm", 110, True),
             ("Máy lọc, khử andehit", 180, True),
             ("Chum sành hạ thổ bổ sung", 120, True),
             ("Máy chiết rót, đóng nắp", 95, True),
             ("Hầm biogas và bể chứa bỗng rượu", 70, True),
             ("Thiết kế nhãn, bao bì, tem truy xuất", 45, False)],
        src=[("Vốn góp của thành viên", None),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08),
    "is03": dict(
        unit="kg", unit_word="kg",
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, 120000, 5000),
                  ("Mật ong hoa nhãn, hũ 1 kg", "hũ", 1, 290000, 1200),
                  ("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 210000, 1800),
                  ("Mật ong hoa keo, can 3 kg", "can", 3, 560000, 400)],
        g_out=(0.08, 0.08), g_price=0.04,
        hist=dict(out=[4700, 5100, 5450], price=[245000, 252000, 258000],
                  margin=[0.10, 0.11, 0.11]),
        mat=dict(name="Mật ong thô", word="mật ong thô", norm=1.04, loss=0.01, min_months=2,
                 open=800, g=0.05, transport=3000,
                 seasons=[("Mật hoa keo (tháng 4 – 6)", "mật keo", 0.64, [82000, 86000, 90000], 95000),
                          ("Mật hoa nhãn (tháng 3 – 4)", "mật nhãn", 0.21, [105000, 110000, 115000], 120000),
                          ("Mật hoa rừng (tháng 7 – 9)", "mật rừng", 0.15, [140000, 150000, 155000], 165000)],
                 contracts=[("Tổ hợp tác nuôi ong Minh Hóa (Quảng Bình)", 2500, 0, "tháng 4 – 6"),
                            ("Hộ nuôi ong Trần Văn Lợi, Hương Sơn", 1200, 0, "tháng 5"),
                            ("Cơ sở ong mật Khoái Châu (Hưng Yên)", 1300, 1, "tháng 3 – 4"),
                            ("Hộ nuôi ong rừng Quế Phong (Nghệ An)", 700, 2, "tháng 7 – 9")],
                 market="Mua thêm của hộ nuôi ong trong tỉnh",
                 stores=[("Kho mát chứa mật", "15 m²", 5000, "bồn inox kín, 18 – 20 °C", True),
                         ("Phòng lọc, đóng chai", "30 m²", 1500, "bồn lắng 500 lít", True)]),
        aux=[("Chai, hũ, can, nắp, nhãn", 14000)], g_aux=0.03,
        fixed=[("Điện máy hạ thủy phần, kho mát", 3.5)],
        cap=dict(rating=50, days=250, text="2 mẻ × 25 kg/ngày", mult="250 ngày"),
        equip=[("Máy hạ thủy phần mật ong", 1, "25 kg/mẻ", "mua 2027"),
               ("Bồn inox 500 lít có van", 6, "3.000 kg", "mua 2027"),
               ("Máy lọc mật ong 3 lớp", 1, "200 kg/giờ", "có từ 2024"),
               ("Máy chiết rót mật ong", 1, "300 chai/giờ", "mua 2027")],
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Lọc, hạ thủy phần, đóng chai", [2, 2, 3]),
               ("Bán hàng, giao hàng", [1, 2, 2])],
        wage=5.5, g_wage=0.05, sell=0.05, tax=0.015, other=25,
        wc=dict(aux=2, rev=1, run=1),
        inv=[("Máy hạ thủy phần mật ong 25 kg/mẻ", 150, True),
             ("Bồn inox 500 lít có van (6 chiếc)", 72, True),
             ("Kho mát chứa mật 15 m²", 85, True),
             ("Máy chiết rót mật ong", 55, True),
             ("Cải tạo phòng lọc, đóng chai 30 m²", 90, True),
             ("Bao bì, kiểm nghiệm, tem truy xuất", 35, False)],
        src=[("Vốn tự có của hộ", None),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=8, loan=[400, 300, 200], rate=0.08),
    "is04": dict(
        unit="chiếc", unit_word="chiếc",
        products=[("Nón lá trắng hai lớp, vành 40 cm", "chiếc", 1, 75000, 9000),
                  ("Nón bài thơ in hoa văn", "chiếc", 1, 140000, 5000),
                  ("Nón lá quà tặng có hộp", "chiếc", 1, 190000, 2000)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[12800, 13700, 14800], price=[98000, 101000, 104000],
                  margin=[0.09, 0.095, 0.10]),
        mat=dict(name="Lá nón khô", word="lá nón khô", norm=0.12, loss=0.04, min_months=2,
                 open=300, g=0.04, transport=2500,
                 seasons=[("Đợt 1 (tháng 4 – 5)", "đợt 1", 0.50, [58000, 60000, 62000], 64000),
                          ("Đợt 2 (tháng 7 – 8)", "đợt 2", 0.35, [60000, 62000, 64000], 66000),
                          ("Bổ sung (tháng 11 – 1)", "mua bổ sung", 0.15, [68000, 70000, 73000], 76000)],
                 contracts=[("Tổ khai thác lá nón Dân Hóa (Quảng Bình)", 500, 0, "tháng 4 – 5"),
                            ("Cơ sở thu gom lá Hương Hóa (Quảng Trị)", 400, 0, "tháng 5"),
                            ("Đại lý lá nón Thanh Chương (Nghệ An)", 600, 1, "tháng 7 – 8")],
                 market="Mua lẻ của thương lái",
                 stores=[("Kho khô chứa lá", "60 m²", 1800, "treo giàn, máy hút ẩm", True),
                         ("Kho nón thành phẩm", "40 m²", 0, "giá kệ, túi chống ẩm", False)]),
        aux=[("Tiền công khâu nón (khoán)", 28000), ("Vành tre, cước, chỉ, quai", 10000),
             ("Hộp, túi, thẻ treo", 6000)], g_aux=0.03,
        fixed=[("Điện, máy hút ẩm kho, nước", 2.5)],
        cap=dict(rating=88, days=260, text="55 thợ × 1,6 chiếc/ngày", mult="260 ngày"),
        equip=[("Lò sấy lá bằng hơi nóng", 1, "60 kg lá/mẻ", "mua 2027"),
               ("Bàn là lá điện", 6, "—", "có từ 2023"),
               ("Khuôn nón các cỡ", 60, "—", "có và bổ sung"),
               ("Máy in lụa hoa văn", 1, "300 chiếc/ngày", "mua 2027")],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Phân loại, là lá, chằm vành", [3, 3, 4]),
               ("Hoàn thiện, in hoa văn, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.0, g_wage=0.05, sell=0.06, tax=0.015, other=30,
        wc=dict(aux=2, rev=1, run=1),
        inv=[("Kho khô chứa lá 60 m², máy hút ẩm", 120, True),
             ("Lò sấy lá bằng hơi nóng", 90, True),
             ("Máy in lụa hoa văn, khuôn nón", 60, True),
             ("Phòng trưng bày, bán hàng 30 m²", 80, True),
             ("Thiết kế mẫu, thẻ treo, đăng ký nhãn hiệu", 35, False)],
        src=[("Vốn góp của tổ viên", None),
             ("Vay Ngân hàng Chính sách xã hội (hộ tổ viên đứng vay)", 200)],
        life=10, loan=[200, 150, 100], rate=0.066),
    "is05": dict(
        unit="kg", unit_word="kg",
        products=[("Mắm tôm, hũ 250 g", "hũ", 0.25, 30000, 40000),
                  ("Mắm tôm, hũ 500 g", "hũ", 0.5, 52000, 16000),
                  ("Mắm tôm cho nhà hàng, can 5 kg", "can", 5, 420000, 800)],
        g_out=(0.12, 0.12), g_price=0.04,
        hist=dict(out=[17500, 19000, 20500], price=[98000, 101000, 104000],
                  margin=[0.10, 0.105, 0.11]),
        mat=dict(name="Ruốc (moi) tươi", word="ruốc tươi", norm=1.1, loss=0.03, min_months=1,
                 open=1500, g=0.05, transport=1000, fixed_purchase=[25500, 25500, 25500],
                 seasons=[("Vụ moi chính (tháng 1 – 4)", "vụ chính", 0.65, [22000, 23000, 24000], 25000),
                          ("Vụ phụ (tháng 8 – 9)", "vụ phụ", 0.25, [24000, 25000, 26000], 27000),
                          ("Ngoài vụ (mua bổ sung)", "ngoài vụ", 0.10, [30000, 32000, 33000], 35000)],
                 contracts=[("Chủ tàu Trần Văn Hiếu, cảng Cửa Sót", 8000, 0, "tháng 1 – 4"),
                            ("Vựa hải sản Quỳnh Phương (Nghệ An)", 9000, 0, "tháng 2 – 4"),
                            ("Nậu vựa Cảnh Dương (Quảng Bình)", 5000, 1, "tháng 8 – 9")],
                 market="Mua lẻ tại bến cá",
                 stores=[("Kho lạnh cấp đông", "40 m³", 8000, "−18 °C, ruốc đóng khay", True),
                         ("Nhà ủ chum (muối ngay)", "100 m²", 20000, "80 chum composite", True)]),
        aux=[("Muối hạt, rượu trắng, gia vị", 6000), ("Hũ, can, nắp, nhãn", 9000)], g_aux=0.03,
        fixed=[("Điện kho lạnh, nước", 8.0)],
        cap=dict(rating=150, days=260, text="150 kg/ngày", mult="260 ngày"),
        equip=[("Máy xay nhuyễn mắm", 1, "150 kg/ngày", "mua 2027"),
               ("Chum composite 500 lít", 80, "1 mẻ 2 – 3 tháng", "có 50, mua 30"),
               ("Kho lạnh cấp đông", 1, "12 tấn", "mua 2027"),
               ("Máy rửa hũ, đóng nắp", 1, "500 hũ/giờ", "mua 2027")],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Sơ chế, muối, ủ chum", [3, 4, 4]),
               ("Xay, đóng hũ", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, g_wage=0.05, sell=0.05, tax=0.015, other=40,
        wc=dict(aux=2, rev=1, run=1),
        inv=[("Kho lạnh cấp đông 40 m³", 280, True),
             ("Máy xay nhuyễn mắm, máy khuấy", 90, True),
             ("Chum composite 500 lít (30 chiếc)", 60, True),
             ("Nhà ủ chum mái tôn 100 m²", 150, True),
             ("Máy rửa hũ, đóng nắp", 60, True),
             ("Bao bì, nhãn, tem truy xuất", 40, False)],
        src=[("Vốn góp của thành viên", None),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08),
    "is06": dict(
        unit="lít", unit_word="lít",
        products=[("Siro chanh leo, chai 500 ml", "chai", 0.5, 70000, 20000),
                  ("Nước chanh leo pha sẵn, chai 330 ml", "chai", 0.33, 16000, 60000),
                  ("Cốt chanh leo nguyên chất, túi 1 lít", "túi", 1, 110000, 5000)],
        g_out=(0.10, 0.10), g_price=0.03,
        hist=dict(out=[26500, 28900, 31500], price=[70000, 73000, 75500],
                  margin=[0.09, 0.10, 0.105]),
        mat=dict(name="Quả chanh leo tím", word="quả chanh leo", norm=1.0, loss=0.03, min_months=2,
                 open=3000, g=0.05, transport=1800,
                 seasons=[("Vụ chính (tháng 7 – 9)", "vụ chính", 0.65, [11000, 12000, 12500], 13000),
                          ("Cuối vụ (tháng 10 – 12)", "cuối vụ", 0.25, [13000, 14000, 14500], 15000),
                          ("Trái vụ (tháng 2 – 4)", "trái vụ", 0.10, [18000, 19000, 20000], 21000)],
                 contracts=[("HTX Nông nghiệp Châu Kim (Quế Phong, Nghệ An)", 18000, 0, "tháng 7 – 9"),
                            ("Đại lý nông sản Quỳ Châu (Nghệ An)", 6000, 1, "tháng 10 – 12"),
                            ("Công ty TNHH Chanh leo Mang Yang (Gia Lai)", 3000, 2, "tháng 2 – 4")],
                 market="Mua lẻ tại chợ đầu mối Vinh",
                 stores=[("Kho lạnh −18 °C (quy ra quả)", "60 m³", 32000, "cốt chanh leo đông lạnh", True),
                         ("Kho mát 5 °C", "25 m³", 4000, "quả chờ sơ chế", True)]),
        aux=[("Đường, phụ gia, nước tinh khiết", 9000), ("Chai PET, nắp, thùng", 6500)], g_aux=0.03,
        fixed=[("Điện kho lạnh, nước", 12.0)],
        cap=dict(rating=240, days=260, text="240 lít/ngày", mult="260 ngày"),
        equip=[("Máy tách vỏ, lấy cốt chanh leo", 1, "500 kg quả/giờ", "mua 2027"),
               ("Nồi thanh trùng, phối trộn 300 lít", 2, "600 lít/mẻ", "có từ 2024"),
               ("Dây chuyền chiết rót, đóng nắp", 1, "240 lít/ngày", "mua 2027"),
               ("Kho lạnh −18 °C", 1, "20 tấn", "mua 2027")],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, tách cốt", [3, 3, 3]),
               ("Pha chế, chiết rót", [2, 2, 3]), ("Kho, giao hàng", [1, 1, 1]),
               ("Bán hàng", [2, 2, 2])],
        wage=6.0, g_wage=0.06, sell=0.07, tax=0.015, other=70,
        wc=dict(aux=2, rev=1, run=1),
        inv=[("Máy tách vỏ, lấy cốt chanh leo", 180, True),
             ("Kho lạnh −18 °C 60 m³", 420, True),
             ("Dây chuyền thanh trùng, chiết rót", 380, True),
             ("Cải tạo xưởng sơ chế, pha chế", 200, True),
             ("Thiết kế bao bì, chai, thùng", 50, False)],
        src=[("Vốn góp của cổ đông", None),
             ("Vay Ngân hàng thương mại cổ phần", 700)],
        life=10, loan=[700, 550, 400], rate=0.085,
        plant=dict(src_fixed={"Vốn góp của cổ đông": 900}, payback=1.8)),
    "is07": dict(
        unit="kg", unit_word="kg",
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, 55000, 30000),
                  ("Cà gai leo khô cắt đoạn, túi 500 g", "túi", 0.5, 85000, 5000),
                  ("Trà cà gai leo túi lọc, hộp 100 túi × 2 g", "hộp", 0.2, 160000, 3000)],
        g_out=(0.09, 0.09), g_price=0.03,
        hist=dict(out=[3900, 4250, 4550], price=[480000, 495000, 505000],
                  margin=[0.11, 0.12, 0.12]),
        mat=dict(name="Cà gai leo khô", word="cà gai leo khô", norm=1.15, loss=0.03, min_months=2,
                 open=600, g=0.05, transport=2000,
                 seasons=[("Lứa 1 (tháng 5 – 6)", "lứa 1", 0.50, [58000, 60000, 62000], 64000),
                          ("Lứa 2 (tháng 10 – 11)", "lứa 2", 0.40, [60000, 62000, 64000], 66000),
                          ("Mua bổ sung (tháng 2 – 3)", "mua bổ sung", 0.10, [70000, 73000, 76000], 80000)],
                 contracts=[("HTX Dược liệu An Thủy (Quảng Bình)", 2200, 0, "tháng 5 – 6"),
                            ("Tổ hợp tác cà gai leo Hải Lăng (Quảng Trị)", 1600, 1, "tháng 10 – 11"),
                            ("Cơ sở dược liệu Thanh Chương (Nghệ An)", 1000, 1, "tháng 11")],
                 market="Mua lẻ tại chợ dược liệu",
                 stores=[("Kho khô dược liệu", "80 m²", 5000, "kệ cao, máy hút ẩm", True)]),
        aux=[("Giấy lọc, túi, hộp, nhãn", 95000)], g_aux=0.03,
        fixed=[("Điện sấy, nghiền, hút ẩm kho", 5.5)],
        cap=dict(rating=28, days=270, text="28 kg/ngày", mult="270 ngày"),
        equip=[("Máy sấy bơm nhiệt", 1, "120 kg/mẻ", "mua 2027"),
               ("Máy nghiền, sàng dược liệu", 1, "28 kg/ngày", "mua 2027"),
               ("Máy đóng túi lọc tự động", 1, "1.800 túi/giờ", "mua 2027"),
               ("Máy co màng, đóng hộp", 1, "400 hộp/giờ", "có từ 2024")],
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Sơ chế, sấy, nghiền", [3, 3, 4]),
               ("Đóng túi lọc, đóng hộp", [3, 4, 4]), ("Bán hàng", [2, 2, 2])],
        wage=5.8, g_wage=0.05, sell=0.07, tax=0.015, other=50,
        wc=dict(aux=2, rev=1, run=1),
        inv=[("Kho khô dược liệu 80 m², kệ, máy hút ẩm", 160, True),
             ("Máy sấy bơm nhiệt", 220, True),
             ("Máy nghiền, sàng dược liệu", 90, True),
             ("Máy đóng túi lọc tự động", 380, True),
             ("Bao bì, kiểm nghiệm, tem truy xuất", 60, False)],
        src=[("Vốn góp của thành viên", None),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08,
        plant=dict(rev_line=(0, 1, 1.15))),
    "is08": dict(
        unit="kg", unit_word="kg",
        products=[("Mực khô loại 1 (8 – 12 con/kg), túi 500 g", "túi", 0.5, 700000, 2200),
                  ("Mực khô loại 2 (15 – 20 con/kg), túi 500 g", "túi", 0.5, 520000, 1800),
                  ("Mực khô nướng xé sợi, hộp 200 g", "hộp", 0.2, 170000, 2500)],
        g_out=(0.07, 0.07), g_price=0.04,
        hist=dict(out=[2000, 2150, 2300], price=[1020000, 1060000, 1100000],
                  margin=[0.10, 0.10, 0.11]),
        mat=dict(name="Mực ống, mực lá tươi", short="Mực tươi", word="mực tươi", norm=4.0, loss=0.025, min_months=1,
                 open=800, g=0.05, transport=1500,
                 seasons=[("Chính vụ (tháng 4 – 7)", "chính vụ", 0.70, [125000, 130000, 135000], 140000),
                          ("Cuối vụ (tháng 8 – 9)", "cuối vụ", 0.20, [135000, 140000, 145000], 150000),
                          ("Trái vụ (tháng 12 – 2)", "trái vụ", 0.10, [165000, 170000, 180000], 190000)],
                 contracts=[("Chủ tàu Lê Văn Thạnh, cảng Cửa Hội (Nghệ An)", 3000, 0, "tháng 4 – 7"),
                            ("Vựa hải sản Xuân Hội", 2500, 0, "tháng 5 – 7"),
                            ("Nậu vựa cảng Nhật Lệ (Quảng Bình)", 2000, 1, "tháng 8 – 9")],
                 market="Mua lẻ tại cảng Cửa Nhượng",
                 stores=[("Kho lạnh cấp đông", "30 m³", 9000, "−20 °C, mực xếp khay", True),
                         ("Tủ đông", "2 chiếc", 1200, "mực chờ sấy", True)]),
        aux=[("Túi zip, hộp, nhãn", 22000), ("Gia vị, than nướng", 8000)], g_aux=0.03,
        fixed=[("Điện kho lạnh, máy sấy, nước", 9.0)],
        cap=dict(rating=14, days=280, text="14 kg mực khô/ngày", mult="280 ngày"),
        equip=[("Máy sấy bơm nhiệt 2 buồng", 1, "14 kg khô/ngày", "mua 2027"),
               ("Kho lạnh cấp đông", 1, "9 tấn", "mua 2027"),
               ("Giàn phơi inox có lưới", 12, "—", "có từ 2023"),
               ("Máy hút chân không", 1, "6 túi/phút", "mua 2027")],
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Sơ chế, phơi, sấy", [3, 3, 4]),
               ("Phân loại, đóng gói, bán hàng", [2, 2, 2])],
        wage=6.0, g_wage=0.05, sell=0.05, tax=0.015, other=30,
        wc=dict(aux=2, rev=1, run=1),
        inv=[("Kho lạnh cấp đông 30 m³", 300, True),
             ("Máy sấy bơm nhiệt 2 buồng", 260, True),
             ("Giàn phơi inox, lưới chắn côn trùng", 40, True),
             ("Máy hút chân không", 35, True),
             ("Cải tạo phòng sơ chế", 120, True),
             ("Túi, hộp, nhãn, mã vạch", 30, False)],
        src=[("Vốn tự có của hộ", None),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 650, 500], rate=0.08,
        plant=dict(wc_total=0.78)),
    "is09": dict(
        unit="lít", unit_word="lít",
        products=[("Tương nếp truyền thống, chai 500 ml", "chai", 0.5, 30000, 36000),
                  ("Tương nếp, chai 1 lít", "chai", 1, 50000, 6000),
                  ("Tương nếp, can 5 lít cho quán ăn", "can", 5, 220000, 1000)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[23000, 25000, 27000], price=[50000, 51500, 52500],
                  margin=[0.10, 0.11, 0.11]),
        mat=dict(name="Đậu tương hạt", word="đậu tương", norm=0.3, loss=0.02, min_months=2,
                 open=1200, g=0.04, transport=1000,
                 seasons=[("Vụ xuân (tháng 5 – 6)", "vụ xuân", 0.55, [16000, 17000, 17500], 18000),
                          ("Vụ thu đông (tháng 10 – 11)", "vụ thu đông", 0.35, [16500, 17500, 18000], 18500),
                          ("Giáp vụ (tháng 2 – 3)", "giáp vụ", 0.10, [19000, 20000, 21000], 22000)],
                 contracts=[("Đại lý nông sản Tân Kỳ (Nghệ An)", 3500, 0, "tháng 5 – 6"),
                            ("HTX Nông nghiệp Ea Kar (Đắk Lắk)", 2500, 1, "tháng 10 – 11")],
                 market="Mua lẻ tại chợ Trung Lễ, chợ Vinh",
                 stores=[("Kho khô đậu, gạo", "40 m²", 8000, "chum, thùng kín, kê cao", True)]),
        aux=[("Gạo nếp, muối, men mốc", 9500), ("Chai, can, nắp, nhãn", 6500)], g_aux=0.03,
        fixed=[("Điện, nước, củi", 4.0)],
        cap=dict(rating=7200, days=6, text="60 chum × 120 lít", mult="6 mẻ/năm"),
        equip=[("Chum sành ủ tương 120 lít", 60, "7.200 lít/mẻ", "có 40, mua 20"),
               ("Máy rang đậu lồng quay", 1, "50 kg/mẻ", "mua 2027"),
               ("Máy xay đậu, xay xôi", 1, "100 kg/giờ", "có từ 2022"),
               ("Máy chiết rót, đóng nắp", 1, "300 chai/giờ", "mua 2027")],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Rang, ngâm, ủ mốc", [3, 3, 4]),
               ("Lọc, đóng chai", [2, 2, 2]), ("Bán hàng", [1, 1, 2])],
        wage=5.2, g_wage=0.05, sell=0.05, tax=0.015, other=30,
        wc=dict(aux=2, rev=1, run=1),
        inv=[("Kho khô chứa đậu, gạo 40 m²", 90, True),
             ("Chum sành 120 lít (20 chiếc)", 40, True),
             ("Máy rang đậu lồng quay", 85, True),
             ("Máy chiết rót, đóng nắp", 70, True),
             ("Nhà ủ, phơi tương có mái che 100 m²", 150, True),
             ("Chai, nhãn, mã vạch", 30, False)],
        src=[("Vốn góp của tổ viên", None),
             ("Vay Ngân hàng Chính sách xã hội (hộ tổ viên đứng vay)", 200)],
        life=10, loan=[200, 150, 100], rate=0.066,
        plant=dict(profit=(1, 1.30))),
    "is10": dict(
        unit="kg", unit_word="kg",
        products=[("Miến dong sợi nhỏ, gói 500 g", "gói", 0.5, 40000, 14000),
                  ("Miến dong sợi to, gói 1 kg", "gói", 1, 75000, 3000),
                  ("Miến dong bó 200 g cho quán", "bó", 0.2, 16000, 10000)],
        g_out=(0.45, 0.40), g_price=0.05,
        hist=dict(out=[8400, 9000, 9800], price=[72000, 74000, 76000],
                  margin=[0.10, 0.11, 0.11]),
        mat=dict(name="Tinh bột dong riềng", short="Tinh bột dong", word="tinh bột dong", norm=1.08, loss=0.02,
                 min_months=1.5, open=1000, g=0.05, transport=1500,
                 seasons=[("Chính vụ (tháng 11 – 1)", "chính vụ", 0.70, [18000, 19000, 20000], 21000),
                          ("Cuối vụ (tháng 2 – 3)", "cuối vụ", 0.20, [20000, 21000, 22000], 23000),
                          ("Ngoài vụ (tháng 6 – 9)", "ngoài vụ", 0.10, [24000, 25000, 26500], 28000)],
                 contracts=[("Cơ sở tinh bột dong Quỳnh Châu (Nghệ An)", 6000, 0, "tháng 11 – 1"),
                            ("Thương lái Đinh Văn Sáu, Minh Hóa (Quảng Bình)", 3000, 0, "tháng 12 – 1")],
                 market="Mua lẻ tại chợ Phố Châu",
                 stores=[("Kho khô chứa tinh bột", "30 m²", 24000, "bao 2 lớp, kê pallet", True)]),
        aux=[("Than, củi, điện sấy", 5000), ("Túi, nhãn, dây buộc", 5000)], g_aux=0.03,
        fixed=[("Điện, nước", 2.0)],
        cap=dict(rating=60, days=250, text="60 kg/ngày", mult="250 ngày"),
        equip=[("Máy tráng, cắt miến liên hoàn", 1, "60 kg/ngày", "có từ 2024"),
               ("Máy hồ bột", 1, "100 kg/mẻ", "có từ 2024"),
               ("Giàn phơi có mái che di động", 1, "300 m²", "làm năm 2027"),
               ("Máy hàn miệng túi", 1, "—", "mua 2027")],
        roles=[("Lao động gia đình", [4, 4, 4])],
        wage=5.0, g_wage=0.05, sell=0.04, tax=0.005, other=20,
        wc=dict(aux=2, rev=1, run=1),
        inv=[("Kho khô chứa tinh bột 30 m²", 80, True),
             ("Giàn phơi có mái che di động", 60, True),
             ("Máy hàn miệng túi, cân điện tử", 25, True),
             ("Túi, nhãn in sẵn", 20, False)],
        src=[("Tiền tiết kiệm của gia đình", None),
             ("Vay Ngân hàng Chính sách xã hội", 100)],
        life=8, loan=[100, 100, 50], rate=0.066),
}

# --------------------------------------------------------------------------- model

def r10(x: float) -> int:
    return int(round(x / 10.0) * 10)


def r100(x: float) -> int:
    return int(round(x / 100.0) * 100)


def ceil100(x: float) -> int:
    return int(math.ceil(x / 100.0 - 1e-9) * 100)


def ceil10(x: float) -> int:
    return int(math.ceil(x / 10.0 - 1e-9) * 10)


def packs_by_year(p0: int, g: tuple) -> list[int]:
    out = [p0]
    for gi in g:
        nxt = out[-1] * (1 + gi)
        out.append(r10(nxt) if nxt >= 1000 else int(round(nxt)))
    return out


def model(key: str, planted: bool = True) -> dict:
    c = PLANS[key]
    plant = c.get("plant", {}) if planted else {}
    m: dict = {"key": key}
    # products, prices, output, revenue
    prods = []
    for label, word, size, price, packs in c["products"]:
        ps = packs_by_year(packs, c["g_out"])
        pr = [r100(price * (1 + c["g_price"]) ** y) for y in range(3)]
        rev = [ps[y] * pr[y] / 1e6 for y in range(3)]
        prods.append(dict(label=label, word=word, size=size, packs=ps, price=pr, rev=rev,
                          out=[ps[y] * size for y in range(3)]))
    if "rev_line" in plant:
        i, y, f = plant["rev_line"]
        prods[i]["rev"][y] = round(prods[i]["rev"][y] * f, 1)
    m["prods"] = prods
    m["out"] = [sum(p["out"][y] for p in prods) for y in range(3)]
    m["rev"] = [sum(p["rev"][y] for p in prods) for y in range(3)]
    cap = c["cap"]
    m["cap"] = cap["rating"] * cap["days"]
    m["use"] = [m["out"][y] / m["cap"] * 100 for y in range(3)]
    # history
    h = c["hist"]
    m["h_rev"] = [h["out"][i] * h["price"][i] / 1e6 for i in range(3)]
    m["h_profit"] = [m["h_rev"][i] * h["margin"][i] for i in range(3)]
    m["h_growth"] = ((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100
    # raw material
    mt = c["mat"]
    need = [int(round(m["out"][y] * mt["norm"])) for y in range(3)]
    mins = [r10(need[y] / 12 * mt["min_months"]) for y in range(3)]
    opening, purchase, loss, closing = [], [], [], []
    o = mt["open"]
    for y in range(3):
        if mt.get("fixed_purchase"):
            q = mt["fixed_purchase"][y]
        else:
            q = ceil100((need[y] + mins[y] - o) / (1 - mt["loss"]))
        ls = int(round(q * mt["loss"]))
        cl = o + q - ls - need[y]
        opening.append(o); purchase.append(q); loss.append(ls); closing.append(cl)
        o = cl
    seasons = []
    for si, (label, short, share, ph, p27) in enumerate(mt["seasons"]):
        seasons.append(dict(label=label, short=short, share=share, hist=ph, p27=p27,
                            price=[r100(p27 * (1 + mt["g"]) ** y) for y in range(3)], q=[0, 0, 0]))
    for y in range(3):
        done = 0
        for si, s in enumerate(seasons):
            if si < len(seasons) - 1:
                s["q"][y] = r100(purchase[y] * s["share"])
                done += s["q"][y]
            else:
                s["q"][y] = purchase[y] - done
    value = [sum(s["q"][y] * s["price"][y] for s in seasons) / 1e6 for y in range(3)]
    m.update(need=need, mins=mins, opening=opening, purchase=purchase, loss=loss, closing=closing,
             seasons=seasons, value=value,
             avg_price=[value[y] * 1e6 / purchase[y] for y in range(3)],
             over_min=[closing[y] - mins[y] for y in range(3)],
             offpeak=[[(s_last / s_first - 1) * 100 for s_first, s_last in
                       zip(seasons[0]["hist"] + [seasons[0]["p27"]],
                           seasons[-1]["hist"] + [seasons[-1]["p27"]])]][0])
    contracted = sum(q for _, q, _, _ in mt["contracts"])
    m["contracted"] = contracted
    m["market_q"] = purchase[0] - contracted
    m["contract_price"] = [seasons[si]["p27"] for _, _, si, _ in mt["contracts"]]
    m["peak"] = [opening[y] + seasons[0]["q"][y] for y in range(3)]
    m["store_cap"] = sum(s[2] for s in mt["stores"] if s[4])
    # staff and wages
    roles = c["roles"]
    m["staff"] = [sum(r[1][y] for r in roles) for y in range(3)]
    m["wage"] = [round(c["wage"] * (1 + c["g_wage"]) ** y, 1) for y in range(3)]
    m["wages"] = [m["staff"][y] * m["wage"][y] * 12 for y in range(3)]
    # costs
    aux = []
    for label, rate in c["aux"]:
        rates = [rate * (1 + c["g_aux"]) ** y for y in range(3)]
        aux.append(dict(label=label, rate=rate, cost=[m["out"][y] * rates[y] / 1e6 for y in range(3)]))
    m["aux"] = aux
    m["fixed"] = [dict(label=l, month=v, cost=[v * 12] * 3) for l, v in c["fixed"]]
    m["transport"] = [purchase[y] * mt["transport"] / 1e6 for y in range(3)]
    fixed_assets = sum(a for _, a, f in c["inv"] if f)
    m["fixed_assets"] = fixed_assets
    m["dep"] = fixed_assets / c["life"]
    m["interest"] = [c["loan"][y] * c["rate"] for y in range(3)]
    m["sell"] = [m["rev"][y] * c["sell"] for y in range(3)]
    m["tax"] = [m["rev"][y] * c["tax"] for y in range(3)]
    m["other"] = c["other"]
    m["cost"] = [value[y] + m["transport"][y] + sum(a["cost"][y] for a in aux)
                 + sum(f["cost"][y] for f in m["fixed"]) + m["wages"][y] + m["dep"]
                 + m["interest"][y] + m["sell"][y] + m["tax"][y] + c["other"] for y in range(3)]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in range(3)]
    if "profit" in plant:
        y, f = plant["profit"]
        m["profit"][y] = round(m["profit"][y] * f, 1)
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in range(3)]
    # working capital (2027)
    wc = c["wc"]
    w1 = seasons[0]["q"][0] * seasons[0]["price"][0] / 1e6
    w2 = sum(a["cost"][0] for a in aux) / 12 * wc["aux"]
    w3 = m["rev"][0] / 12 * wc["rev"]
    w4 = (m["wages"][0] + sum(f["cost"][0] for f in m["fixed"]) + c["other"]) / 12 * wc["run"]
    m["wc_rows"] = [w1, w2, w3, w4]
    m["wc_sum"] = w1 + w2 + w3 + w4
    m["wc_total"] = m["wc_sum"]
    if "wc_total" in plant:
        m["wc_total"] = round(m["wc_sum"] * plant["wc_total"], 1)
    m["wc"] = ceil10(m["wc_total"])
    # investment and sources
    m["inv_items"] = [(l, a) for l, a, _ in c["inv"]] + [("Vốn lưu động", m["wc"])]
    m["inv"] = sum(a for _, a in m["inv_items"])
    fixed_src = sum(a for _, a in c["src"] if a is not None)
    srcs = []
    for l, a in c["src"]:
        if a is None:
            a = plant.get("src_fixed", {}).get(l, m["inv"] - fixed_src)
        srcs.append((l, a))
    m["src"] = srcs
    m["src_total"] = sum(a for _, a in srcs)
    m["src_share"] = [a / m["src_total"] * 100 for _, a in srcs]
    m["payback"] = round(m["inv"] / (sum(m["profit"]) / 3 + m["dep"]), 1)
    if "payback" in plant:
        m["payback"] = plant["payback"]
    m["rev_growth"] = [(m["rev"][y] / m["rev"][y - 1] - 1) * 100 for y in (1, 2)]
    m["out_growth"] = [(m["out"][y] / m["out"][y - 1] - 1) * 100 for y in (1, 2)]
    return m


# --------------------------------------------------------------------------- number formats

def fmt(v: float, d: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    s = f"{abs(v):,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if v < 0 else "") + s


def pc(share: float) -> str:
    """A share as the plan writes it: 0.05 -> '5', 0.015 -> '1,5'."""
    v = round(share * 100, 2)
    return fmt(v, 0) if v == int(v) else fmt(v, 1)


# --------------------------------------------------------------------------- tables
# A table: dict(cap=caption line, unit=unit line or None, head=[...], rows=[row...]) where a row is
# dict(cells=[text cells before the numbers], nums=[(value, decimals)], tail=[text cells]).
# The label that finds a row is its last leading cell.

def row(cells, nums, tail=()):
    return dict(cells=list(cells), nums=list(nums), tail=list(tail))


def T(cap, head, rows, unit=None):
    return dict(cap=cap, head=head, rows=rows, unit=unit)


def yrs(vals, d):
    return [(v, d) for v in vals]


def tables(key: str, m: dict | None = None) -> dict[str, dict]:
    """Every table of a full plan by its id (hist, price, contract, purchase, store, balance,
    equip, staff, output, wc, inv, revenue, cost, summary); the caption numbers are set by the
    generator's order, the checker finds a table by the caption's text after "Bảng N."."""
    c = PLANS[key]
    m = m or model(key)
    u, mt = c["unit"], c["mat"]
    mw = mt["word"]
    t: dict[str, dict] = {}
    h = c["hist"]
    t["hist"] = T("Kết quả sản xuất kinh doanh 2024 – 2026",
                  ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"], [
                      row(["1", f"Sản lượng ({u})"], yrs(h["out"], 0)),
                      row(["2", f"Giá bán bình quân (đồng/{u})"], yrs(h["price"], 0)),
                      row(["3", "Doanh thu (triệu đồng)"], yrs(m["h_rev"], 1)),
                      row(["4", "Lợi nhuận (triệu đồng)"], yrs(m["h_profit"], 1)),
                      row(["5", "Tỷ suất lợi nhuận (%)"], yrs([x * 100 for x in h["margin"]], 1))])
    srows = [row([str(i + 1), s["label"]], yrs(s["hist"] + [s["p27"]], 0))
             for i, s in enumerate(m["seasons"])]
    srows.append(row(["", f"{m['seasons'][-1]['short'].capitalize()} cao hơn {m['seasons'][0]['short']} (%)"],
                     yrs(m["offpeak"], 1)))
    t["price"] = T(f"Giá thu mua {mw} theo mùa vụ (năm 2027: giá dự kiến)",
                   ["TT", "Mùa vụ mua", "Năm 2024", "Năm 2025", "Năm 2026", "Năm 2027"],
                   srows, unit="ĐVT: đồng/kg")
    crows = [row([str(i + 1), seller], [(q, 0), (m["contract_price"][i], 0)], [deliv])
             for i, (seller, q, si, deliv) in enumerate(mt["contracts"])]
    crows.append(row([str(len(crows) + 1), mt["market"]], [(m["market_q"], 0)], ["giá thị trường", "quanh năm"]))
    crows.append(row(["", "Tổng cộng"], [(m["purchase"][0], 0)], ["", ""]))
    t["contract"] = T(f"Hợp đồng, thỏa thuận mua {mw} năm 2027",
                      ["TT", "Bên bán", "Lượng (kg)", "Giá (đ/kg)", "Thời gian giao"], crows)
    prows = [row([str(i + 1), f"Lượng mua {s['short']} (kg)"], yrs(s["q"], 0))
             for i, s in enumerate(m["seasons"])]
    n = len(prows)
    prows.append(row([str(n + 1), "Tổng lượng thu mua (kg)"], yrs(m["purchase"], 0)))
    for i, s in enumerate(m["seasons"]):
        prows.append(row([str(n + 2 + i), f"Giá {s['short']} (đ/kg)"], yrs(s["price"], 0)))
    prows.append(row([str(2 * n + 2), "Giá trị thu mua (triệu đồng)"], yrs(m["value"], 1)))
    prows.append(row([str(2 * n + 3), "Giá mua bình quân (đ/kg)"], yrs(m["avg_price"], 0)))
    t["purchase"] = T(f"Kế hoạch thu mua {mw} 2027 – 2029",
                      ["TT", "Chỉ tiêu", "Năm 2027", "Năm 2028", "Năm 2029"], prows)
    t["store"] = T("Kho bảo quản", ["TT", "Kho", "Quy mô", "Sức chứa (kg)", "Cách bảo quản"],
                   [row([str(i + 1), s[0], s[1]], [(s[2], 0)] if s[2] else [], [s[3]] if s[2] else ["—", s[3]])
                    for i, s in enumerate(mt["stores"])])
    lr = fmt(mt["loss"] * 100, 1)
    mm = fmt(mt["min_months"], 1 if mt["min_months"] % 1 else 0)
    nd = 2 if round(mt["norm"] * 100) % 10 else 1
    brows = [row(["1", f"Sản lượng thành phẩm ({u})"], yrs(m["out"], 0)),
             row(["2", f"Định mức (kg/{u})"], yrs([mt["norm"]] * 3, nd)),
             row(["3", "Nhu cầu cho sản xuất"], yrs(m["need"], 0)),
             row(["4", "Tồn kho đầu năm"], yrs(m["opening"], 0)),
             row(["5", "Thu mua trong năm"], yrs(m["purchase"], 0)),
             row(["6", f"Hao hụt bảo quản ({lr} %)"], yrs(m["loss"], 0)),
             row(["7", "Tồn kho cuối năm"], yrs(m["closing"], 0)),
             row(["8", f"Tồn kho tối thiểu ({mm} tháng)"], yrs(m["mins"], 0)),
             row(["9", "Vượt mức tối thiểu"], yrs(m["over_min"], 0))]
    t["balance"] = T(f"Cân đối {mw} 2027 – 2029", ["TT", "Chỉ tiêu", "Năm 2027", "Năm 2028", "Năm 2029"],
                     brows, unit="ĐVT: kg")
    t["equip"] = T("Máy móc, thiết bị chính", ["TT", "Thiết bị", "Số lượng", "Công suất", "Hiện trạng"],
                   [row([str(i + 1), e[0]], [(e[1], 0)], [e[2], e[3]]) for i, e in enumerate(c["equip"])])
    strows = [row([str(i + 1), r[0]], yrs(r[1], 0)) for i, r in enumerate(c["roles"])]
    strows += [row(["", "Tổng số lao động (người)"], yrs(m["staff"], 0)),
               row(["", "Lương bình quân (triệu đồng/tháng)"], yrs(m["wage"], 1)),
               row(["", "Quỹ lương (triệu đồng/năm)"], yrs(m["wages"], 1))]
    t["staff"] = T("Lao động và tiền lương", ["TT", "Vị trí", "Năm 2027", "Năm 2028", "Năm 2029"], strows)
    orows = [row([str(i + 1), f"{p['label']} ({p['word']})"], yrs(p["packs"], 0)) for i, p in enumerate(m["prods"])]
    orows += [row(["", f"Tổng sản lượng ({u})"], yrs(m["out"], 0)),
              row(["", f"Công suất ({u}/năm)"], yrs([m["cap"]] * 3, 0)),
              row(["", "Mức sử dụng công suất (%)"], yrs(m["use"], 1))]
    t["output"] = T("Kế hoạch sản xuất 2027 – 2029", ["TT", "Sản phẩm", "Năm 2027", "Năm 2028", "Năm 2029"], orows)
    wcm = c["wc"]
    s0 = m["seasons"][0]
    t["wc"] = T("Nhu cầu vốn lưu động năm 2027", ["TT", "Khoản mục", "Cách tính", "Triệu đồng"], [
        row(["1", f"{mt['name']} mua {s0['short']} nằm trong kho",
             f"{fmt(s0['q'][0])} kg × {fmt(s0['price'][0])} đ"], [(m["wc_rows"][0], 1)]),
        row(["2", "Vật tư phụ, bao bì dự trữ", f"{wcm['aux']} tháng sử dụng"], [(m["wc_rows"][1], 1)]),
        row(["3", "Thành phẩm tồn kho, công nợ đại lý", f"{wcm['rev']} tháng doanh thu"], [(m["wc_rows"][2], 1)]),
        row(["4", "Lương, điện, chi phí thường xuyên", f"{wcm['run']} tháng chi"], [(m["wc_rows"][3], 1)]),
        row(["", "Cộng", ""], [(m["wc_total"], 1)]),
        row(["", "Bố trí vốn lưu động (làm tròn)", ""], [(m["wc"], 0)])])
    irows = [row([str(i + 1), l], [(a, 0)], [""]) for i, (l, a) in enumerate(m["inv_items"])]
    irows.append(row(["", "Tổng vốn đầu tư"], [(m["inv"], 0)], [""]))
    for i, (l, a) in enumerate(m["src"]):
        irows.append(row([str(i + 1), l], [(a, 0), (m["src_share"][i], 1)]))
    irows.append(row(["", "Tổng nguồn vốn"], [(m["src_total"], 0), (100, 0)]))
    t["inv"] = T("Tổng vốn đầu tư và nguồn vốn", ["TT", "Hạng mục", "Triệu đồng", "Tỷ lệ (%)"], irows)
    rrows = [row(["A", "Giá bán (đồng/đơn vị)"], [], ["", "", ""])]
    rrows += [row([str(i + 1), f"{p['label']} (đồng/{p['word']})"], yrs(p["price"], 0))
              for i, p in enumerate(m["prods"])]
    rrows.append(row(["B", "Doanh thu (triệu đồng)"], [], ["", "", ""]))
    rrows += [row([str(i + 1), p["label"]], yrs(p["rev"], 1)) for i, p in enumerate(m["prods"])]
    rrows.append(row(["", "Tổng doanh thu"], yrs(m["rev"], 1)))
    t["revenue"] = T("Giá bán và doanh thu dự kiến", ["TT", "Chỉ tiêu", "Năm 2027", "Năm 2028", "Năm 2029"], rrows)
    crow = [row(["1", f"{mt.get('short', mt['name'])} (gồm hao hụt)", "theo vụ mua"], yrs(m["value"], 1)),
            row(["2", "Vận chuyển nguyên liệu", f"{fmt(mt['transport'])} đ/kg"], yrs(m["transport"], 1))]
    for a in m["aux"]:
        crow.append(row([str(len(crow) + 1), a["label"],
                         f"{fmt(a['rate'])} đ/{u}"], yrs(a["cost"], 1)))
    for f in m["fixed"]:
        crow.append(row([str(len(crow) + 1), f["label"], f"{fmt(f['month'], 1)} tr.đ/tháng"], yrs(f["cost"], 1)))
    crow.append(row([str(len(crow) + 1), "Tiền lương", "theo số LĐ"], yrs(m["wages"], 1)))
    crow.append(row([str(len(crow) + 1), "Khấu hao", f"{fmt(m['fixed_assets'])} : {c['life']} năm"],
                    yrs([m["dep"]] * 3, 1)))
    crow.append(row([str(len(crow) + 1), "Lãi vay", f"{pc(c['rate'])} % dư nợ"], yrs(m["interest"], 1)))
    crow.append(row([str(len(crow) + 1), "Bán hàng, quảng bá", f"{pc(c['sell'])} % DT"],
                    yrs(m["sell"], 1)))
    crow.append(row([str(len(crow) + 1), "Thuế, phí", f"{pc(c['tax'])} % DT"], yrs(m["tax"], 1)))
    crow.append(row([str(len(crow) + 1), "Chi phí khác", "cố định"], yrs([c["other"]] * 3, 1)))
    crow.append(row(["", "Tổng chi phí", ""], yrs(m["cost"], 1)))
    t["cost"] = T("Chi phí sản xuất kinh doanh", ["TT", "Khoản mục", "Căn cứ", "Năm 2027", "Năm 2028", "Năm 2029"],
                  crow, unit="ĐVT: triệu đồng")
    t["summary"] = T("Hiệu quả kinh tế", ["TT", "Chỉ tiêu", "Năm 2027", "Năm 2028", "Năm 2029"], [
        row(["1", "Doanh thu"], yrs(m["rev"], 1)),
        row(["2", "Tổng chi phí"], yrs(m["cost"], 1)),
        row(["3", "Lợi nhuận trước thuế"], yrs(m["profit"], 1)),
        row(["4", "Tỷ suất lợi nhuận/doanh thu (%)"], yrs(m["margin"], 1)),
        row(["5", "Khấu hao tài sản cố định"], yrs([m["dep"]] * 3, 1))], unit="ĐVT: triệu đồng")
    return t


# --------------------------------------------------------------------------- reading plans

class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, cap: str) -> list[list[str]]:
        """The rows (cells) of the table whose caption line is 'Bảng N. <cap>'."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"^\s*(\*\*)?Bảng \d+\.\s+" + re.escape(cap) + r"\s*(\*\*)?\s*$", line.strip()):
                rows, started = [], False
                for ln in lines[i + 1:]:
                    s = ln.strip()
                    if s.startswith("|"):
                        started = True
                        cells = [x.strip() for x in s.strip("|").split("|")]
                        if not all(re.fullmatch(r":?-+:?", x) for x in cells):
                            rows.append(cells)
                    elif started:
                        break
                    elif s and not s.startswith("ĐVT") and not s.startswith(":::"):
                        break
                return rows[1:]  # without the header
        self.failures.append(f"table not found: {cap}")
        return []

    def cells(self, spec: dict) -> dict[str, list[float]]:
        """Check every number of a table against the spec; return label -> printed numbers."""
        rows = self.table(spec["cap"])
        got: dict[str, list[float]] = {}
        if not rows:
            return got
        if len(rows) != len(spec["rows"]):
            self.failures.append(f"{spec['cap']}: {len(rows)} rows, expected {len(spec['rows'])}")
        for r, want in zip(rows, spec["rows"]):
            lead = want["cells"]
            label = lead[1] if len(lead) > 1 else lead[0]
            if r[:len(lead)] != lead:
                self.failures.append(f"{spec['cap']}: row {r[:len(lead)]} != {lead}")
                continue
            nums = r[len(lead):len(lead) + len(want["nums"])]
            vals = []
            for txt, (v, d) in zip(nums, want["nums"]):
                try:
                    x = vn(txt)
                except ValueError:
                    self.failures.append(f"{spec['cap']} / {label}: not a number {txt!r}")
                    x = float("nan")
                tol_ok = close(x, v, 0.01) or abs(x - v) <= 0.06 * (10 ** (1 - d) if d else 1)
                if not tol_ok:
                    self.failures.append(f"{spec['cap']} / {label}: printed {txt}, model {v:.2f}")
                vals.append(x)
            if r[len(lead) + len(want["nums"]):] != want["tail"]:
                self.failures.append(f"{spec['cap']} / {label}: tail {r[len(lead) + len(want['nums']):]}")
            got[label] = vals
        return got


def rel(p: Plan, ok: bool, what: str) -> None:
    p.check(ok, what)


def near(a: float, b: float) -> bool:
    return close(a, b, 0.01) or abs(a - b) <= 0.11


# --------------------------------------------------------------------------- checks

# which tables each plan prints (in order) and which it leaves out
LAYOUT: dict[str, list[str]] = {k: ["hist", "price", "contract", "purchase", "store", "balance", "equip",
                                    "staff", "output", "wc", "inv", "revenue", "cost", "summary"]
                                for k in PLANS}


def adjust(key: str, t: dict[str, dict], m: dict) -> dict[str, dict]:
    """Per-plan departures from the common tables (planted defects shown in the printing)."""
    if key == "is05":  # the balance table stops at the purchase: no stock, loss or balance rows
        rows = t["balance"]["rows"]
        rows[4]["cells"][:2] = ["4", "Thu mua theo hợp đồng"]
        t["balance"]["rows"] = rows[:3] + [rows[4]]
    if key == "is10":  # no capacity use row; the output table ends with the rated capacity
        t["output"]["rows"] = t["output"]["rows"][:-1]
    return t


def all_tables(key: str, m: dict) -> dict[str, dict]:
    return adjust(key, tables(key, m), m)


def check_common(p: Plan, key: str) -> tuple[dict, dict]:
    """Every cell against the printed model, then the relations a reviewer recomputes."""
    m, tm = model(key, True), model(key, False)
    t = all_tables(key, m)
    c = PLANS[key]
    for tid in LAYOUT[key]:
        p.cells(t[tid])
    plant = c.get("plant", {})
    # relations on the printed figures (all of them are also the figures the plan prints)
    for i, pr in enumerate(m["prods"]):
        for y in range(3):
            want = pr["packs"][y] * pr["price"][y] / 1e6
            if plant.get("rev_line", (None, None))[:2] == (i, y):
                continue
            rel(p, near(pr["rev"][y], want), f"revenue line {i} {YEARS[y]}")
    for y in range(3):
        rel(p, near(m["rev"][y], sum(pr["rev"][y] for pr in m["prods"])), f"revenue total {YEARS[y]}")
        rel(p, close(m["out"][y], sum(pr["packs"][y] * pr["size"] for pr in m["prods"])), "output sum")
        rel(p, m["need"][y] == round(m["out"][y] * c["mat"]["norm"]), "need = output x norm")
        rel(p, m["purchase"][y] == sum(s["q"][y] for s in m["seasons"]), "purchase = sum of seasons")
        rel(p, near(m["value"][y], sum(s["q"][y] * s["price"][y] for s in m["seasons"]) / 1e6), "purchase value")
        rel(p, abs(m["loss"][y] - m["purchase"][y] * c["mat"]["loss"]) <= 1, "storage loss")
        rel(p, m["closing"][y] == m["opening"][y] + m["purchase"][y] - m["loss"][y] - m["need"][y], "closing stock")
        if y:
            rel(p, m["opening"][y] == m["closing"][y - 1], "opening = last closing")
        for s in m["seasons"]:
            rel(p, abs(s["price"][y] - s["p27"] * (1 + c["mat"]["g"]) ** y) <= 50, "season price growth")
        rel(p, near(m["cost"][y], m["value"][y] + m["transport"][y] + sum(a["cost"][y] for a in m["aux"])
                    + sum(f["cost"][y] for f in m["fixed"]) + m["wages"][y] + m["dep"] + m["interest"][y]
                    + m["sell"][y] + m["tax"][y] + c["other"]), "cost total")
        rel(p, near(m["wages"][y], m["staff"][y] * m["wage"][y] * 12), "wage fund")
        rel(p, near(m["sell"][y], m["rev"][y] * c["sell"]), "selling share")
        if not (plant.get("profit") and plant["profit"][0] == y):
            rel(p, near(m["profit"][y], m["rev"][y] - m["cost"][y]), f"profit {YEARS[y]}")
        rel(p, close(m["margin"][y], m["profit"][y] / m["rev"][y] * 100, 0.01), "margin")
    rel(p, m["purchase"][0] == m["contracted"] + m["market_q"], "contracts + market = purchase 2027")
    rel(p, m["market_q"] >= 0, "contracts within the purchase")
    rel(p, near(m["wc_rows"][0], m["seasons"][0]["q"][0] * m["seasons"][0]["price"][0] / 1e6), "wc first season")
    if "wc_total" not in plant:
        rel(p, near(m["wc_total"], sum(m["wc_rows"])), "wc total")
    rel(p, m["inv"] == sum(a for _, a in m["inv_items"]), "investment total")
    if "src_fixed" not in plant:
        rel(p, m["src_total"] == m["inv"], "sources = investment")
    if "payback" not in plant:
        rel(p, abs(m["payback"] - m["inv"] / (sum(m["profit"]) / 3 + m["dep"])) <= 0.06, "payback")
    # realism of the true figures (everything but the planted defects)
    for y in range(3):
        rel(p, 0 < tm["margin"][y] < (35 if key == "is10" else 30), f"true margin {YEARS[y]} {tm['margin'][y]:.1f}")
    rel(p, m["out"][0] <= c["hist"]["out"][2] * 1.3, "2027 output within +30 % of 2026")
    # the prose figures every full plan states
    u = c["unit"]
    p.has(fmt(m["out"][0]) + f" {u}", fmt(m["payback"], 1) + " năm", fmt(m["rev"][0], 1),
          fmt(c["mat"]["g"] * 100) + " %/năm", fmt(c["g_price"] * 100) + " %/năm")
    p.lacks(PLACEHOLDER, "template placeholder") if key != "is08" else None
    return m, tm


def ready_papers(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất")
    p.lacks(REPLACED, "replaced instrument or district level in a ready plan")
    for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", p.body):
        p.check(int(d) >= 2030, f"a paper valid only to {d}")


def checks_full(p: Plan, key: str) -> None:
    """Every table and relation, the realism of the true figures, and the papers of a ready plan."""
    m, tm = check_common(p, key)
    c = PLANS[key]
    ready = key in ("is01", "is02", "is03", "is04")
    # supply: the year's stock never under its minimum, the peak within the stores
    if key != "is05":
        for y in range(3):
            rel(p, m["closing"][y] >= m["mins"][y], f"closing stock under the minimum {YEARS[y]}")
    for y in range(3):
        rel(p, m["peak"][y] <= m["store_cap"], f"peak stock {m['peak'][y]} over stores")
    if key != "is10":
        for y in range(3):
            rel(p, m["use"][y] <= 90, f"capacity use {m['use'][y]:.1f} %")
    if key not in ("is10",):
        for g in tm["rev_growth"]:
            rel(p, g < 25, f"revenue growth {g:.1f} %")
    if ready:
        ready_papers(p)
        p.has("TCCS", "tự công bố")
        p.check("kiểm nghiệm" in p.body or "thử nghiệm" in p.body, "no test report")
        p.has(*READY_PAPERS[key])


# --------------------------------------------------------------------------- per plan

def planted(key: str) -> list[tuple[str, float, float]]:
    """The planted numeric defects: (what, the figure as printed or stated, the true figure)."""
    if key not in PLANS:
        return []
    m, tm = model(key, True), model(key, False)
    if key == "is05":
        return [("purchase 2029 (kg) said to be enough, against the need", m["purchase"][2], m["need"][2]),
                ("purchase 2028 (kg) said to be enough, against the need", m["purchase"][1], m["need"][1])]
    if key == "is06":
        return [("capital sources (triệu) against the investment", m["src_total"], m["inv"]),
                ("payback (years)", m["payback"], tm["payback"])]
    if key == "is07":
        i, y, _ = PLANS[key]["plant"]["rev_line"]
        return [(f"revenue line {m['prods'][i]['label']} {YEARS[y]} (triệu)", m["prods"][i]["rev"][y],
                 tm["prods"][i]["rev"][y]),
                ("purchase 2027 in the objectives (kg) against the tables", PROSE_PURCHASE_IS07, m["purchase"][0])]
    if key == "is08":
        return [("working-capital total (triệu)", m["wc_total"], tm["wc_sum"])]
    if key == "is09":
        y, _ = PLANS[key]["plant"]["profit"]
        return [(f"profit {YEARS[y]} (triệu)", m["profit"][y], tm["profit"][y])]
    if key == "is10":
        return [("rated capacity (kg/year) said to be enough, against the 2028 output", m["cap"], m["out"][1]),
                ("revenue 2028 against 2027 + 8 % (the history's pace)", m["rev"][1], m["rev"][0] * 1.08)]
    return []


def defects(p: Plan, key: str) -> None:
    """The planted defects, asserted wrong by more than 5 % (numeric) or by their words."""
    m, tm = model(key, True), model(key, False)
    b = p.body
    for what, shown, true in planted(key):
        p.check(off(shown, true), f"planted {what}: {shown:.1f} vs true {true:.1f}, not > 5 % off")
    if key == "is05":
        short = [m["need"][y] - (m["opening"][y] + m["purchase"][y] - m["loss"][y]) for y in range(3)]
        p.check(off(m["need"][2], m["purchase"][2]), "is05 need 2029 not > 5 % over purchase")
        p.check(m["need"][2] > m["purchase"][2] * 1.08, "is05 shortfall under 8 %")
        p.check(short[1] > 0 and short[2] > 0, "is05 supply covers 2028-2029")
        p.lacks(r"môi trường|chất thải|nước thải|mùi|xử lý|bể lắng|biogas|rác|xả thải|nước rửa", "is05 environment")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện")
        p.lacks(r"148/QĐ-TTg|1489", "is05 current instruments")
        p.has("bảo đảm đủ nguyên liệu")
    if key == "is06":
        p.check(off(m["src_total"], tm["src_total"]), "is06 sources not > 5 % under investment")
        p.check(m["src_total"] < m["inv"] * 0.95, "is06 sources vs investment")
        p.check(off(m["payback"], tm["payback"]), "is06 payback not off")
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|ghi nhãn|\btem\b|mã vạch|hạn sử dụng in", "is06 label")
    if key == "is07":
        i, y, f = PLANS[key]["plant"]["rev_line"]
        tr = tm["prods"][i]["rev"][y]
        p.check(off(m["prods"][i]["rev"][y], tr), "is07 revenue line not off")
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|độc quyền", "is07 trademark")
        p.check(fmt(PROSE_PURCHASE_IS07) + " kg" in b, "is07 prose purchase")
        p.check(off(PROSE_PURCHASE_IS07, m["purchase"][0], 8), "is07 prose purchase not > 8 % off")
    if key == "is08":
        p.check(off(m["wc_total"], tm["wc_sum"]), "is08 wc total not off")
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "is08 standard")
        p.check(bool(re.search(PLACEHOLDER, b)), "is08 placeholder")
    if key == "is09":
        y, f = PLANS[key]["plant"]["profit"]
        p.check(off(m["profit"][y], tm["profit"][y]), "is09 profit not off")
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "is09 food safety")
        p.lacks(r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\blô\b|kiểm soát nội bộ|lưu mẫu|\btem\b", "is09 quality control")
    if key == "is10":
        p.check(m["out"][1] > m["cap"] * 1.08, "is10 output 2028 within capacity")
        p.check(tm["rev_growth"][0] > 40 and tm["rev_growth"][1] > 40, "is10 growth")
        p.lacks(r"đăng ký kinh doanh số|giấy chứng nhận đăng ký|mã số thuế|mã số hộ|hộ kinh doanh", "is10 registration")


# the papers each ready plan relies on besides the common ones
READY_PAPERS = {
    "is01": ["đủ điều kiện an toàn thực phẩm", "đến ngày 08/01/2030", "đăng ký môi trường", "mã số 3002287415"],
    "is02": ["Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "105/2017/NĐ-CP", "17/2020/NĐ-CP",
             "QCVN 6-3:2010/BYT", "Không dành cho người dưới 18 tuổi", "độ cồn", "đủ điều kiện an toàn thực phẩm",
             "đăng ký môi trường", "Luật Hợp tác xã năm 2023"],
    "is03": ["đủ điều kiện an toàn thực phẩm", "đến ngày 06/01/2030", "số 28F8001763", "trẻ dưới 1 tuổi"],
    "is04": ["không phải là thực phẩm", "Thẻ treo", "đăng ký môi trường", "mã số thuế 3002310566",
             "thay bằng lò sấy hơi nóng"],
}

SKETCHY = {
    "is11": dict(words=(150, 350), figures=["6.000 chiếc", "35.000 đồng", "210 triệu", "50 triệu"]),
    "is12": dict(words=(150, 350), figures=["2 tấn", "350.000 đồng", "700 triệu", "300 triệu"]),
}


def check_sketchy(p: Plan, key: str) -> None:
    n = len(re.findall(r"\w+", p.body))
    lo, hi = SKETCHY[key]["words"]
    p.check(lo <= n <= hi, f"{n} words")
    p.check(not p.rows, "a table in a sketchy plan")
    p.has(*SKETCHY[key]["figures"])
    p.lacks(r"tiêu chuẩn cơ sở|TCCS|kiểm nghiệm|nhãn hiệu|truy xuất|43/2017", "a paper the sketchy plan lacks")


def stems() -> dict[str, str]:
    return {f.stem[:4]: f.stem for f in sorted((HERE / "src").glob("is*.md"))}


def main(argv=None) -> int:
    """`arithmetic.py [KEY ...] [--show]`: check the plans (all, or the keys given); --show also
    prints each planted numeric defect with its true value."""
    argv = list(argv or [])
    show = "--show" in argv
    argv = [a for a in argv if a != "--show"]
    found = stems()
    keys = [k for k in sorted(found) if not argv or k in argv]
    plans = []
    for k in keys:
        p = Plan(found[k])
        if k in SKETCHY:
            check_sketchy(p, k)
        else:
            checks_full(p, k)
            defects(p, k)
            TEXT.get(k, lambda p: None)(p)
        plans.append(p)
    if not plans:
        print("no plan found")
        return 1
    rc = plancheck.report(plans)
    if show:
        for p in plans:
            for what, shown, true in planted(p.stem[:4]):
                print(f"{p.stem[:4]}  {what}: {fmt(shown, 1)} / true {fmt(true, 1)} "
                      f"({fmt((shown / true - 1) * 100, 1)} %)")
    return rc


TEXT: dict = {}

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
