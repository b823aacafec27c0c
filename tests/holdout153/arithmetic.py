"""The 153rd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout153/arithmetic.py

Theme: awkward table layouts. The full plans' tables have two-row headers (a year group "Năm 2027"
spanning "SL | ĐG | TT" sub-columns, written as the Markdown of samples/FORMAT.md allows: the group
cell repeated or followed by empty cells, the sub-columns in the first body row), units in the
header on some tables and in every cell ("95.000 đ/chai") on others, Roman-numbered groups (I., II.,
III.) with Arabic-numbered rows, group totals either on the Roman row itself or in a "Cộng I" row,
a grand total "Tổng cộng (I + II)", and long tables that repeat their header row where the page
broke. For every full plan (ex01-ex10) the constants give the products (pack size in the plan's
base unit, yearly prices, direct cost per pack, packs per year), the 2024-2026 history, the raw
materials (norm per base unit or per pack, price), the own and purchased supply of the main raw
material, capacities, staff by role and wage, energy, investment items (quantity x unit price) in
Roman groups, capital sources in Roman groups, loans, selling / tax shares and a fixed line.

`model(key, stated)` recomputes every table number: stated=False gives the true values, stated=True
the values the plan prints (planted defects applied, their knock-ons carried through). The check
then reads every table of the plan's source (found by its caption "Bảng N.") and:

* compares every number with the stated model within 1 %;
* asserts each planted number off the true value by more than 5 %;
* re-does the table arithmetic from the plan's own printed numbers, with no model at all (SL x ĐG =
  TT, items = group total, groups = grand total, sources = investment, profit = revenue - cost):
  the only inconsistencies over 1 % must be the planted ones;
* checks the text: prose figures, papers, the legal instruments cited, and the words a textual
  defect must lack.
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
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|[Hh]ội đồng .{0,40} huyện")


def P(label, pack, size, price, cost, q):
    """A product: label, pack word, size in base units, price đ per pack (one or per year),
    direct cost đ per pack (container, label, piece work), packs per year 2027-2029."""
    price = list(price) if isinstance(price, (list, tuple)) else [price] * 3
    return dict(label=label, pack=pack, size=size, price=price, cost=cost, q=q if isinstance(q, str) else list(q))


def R(label, unit, price, norm):
    """A raw material: norm per base unit of output (float) or per pack of product i (dict)."""
    return dict(label=label, unit=unit, price=price, norm=norm)


# --------------------------------------------------------------------------- constants
# inv: Roman groups (roman, title, depreciable?, [(item, ĐVT, quantity, unit price triệu)])
# src: Roman groups (roman, title, [(source, triệu)]); loan: balance per year (triệu), rate
# supply: the main raw's own sources (label, quantity, unit, yield per unit) and purchases
#         (label, households, quantity in the raw's unit)
# caps: (label, per day, unit, days, what): what = "out" (base units) or ("p", [product idx])
#       or ("r", raw idx)
# roles: (label, [n2027, n2028, n2029], wage triệu/người/tháng)
# energy: đ per base unit of output, or a list of đ per pack
# hist: (output in base units, average price đ per base unit, profit share of revenue)
PLANS: dict[str, dict] = {
    # ---------------------------------------------------------------- ready
    "ex01": dict(  # community tourism, service
        unit="lượt",
        products=[P("Lưu trú homestay", "đêm khách", 0, [250000, 260000, 270000], 110000, [3000, 3400, 3800]),
                  P("Ăn uống (cơm gia đình, mâm cỗ bản)", "suất", 0, [150000, 155000, 160000], 0,
                    [6500, 7300, 8100]),
                  P("Trải nghiệm (chèo mảng, hái chè, làm bánh)", "lượt", 0, [120000, 125000, 130000], 45000,
                    [3600, 4000, 4400]),
                  P("Vé tham quan thác Khe Lim", "vé", 0, [30000, 30000, 35000], 3000, [9000, 10000, 11000])],
        raws=[R("Thịt gà đồi, lợn đen, cá suối", "kg", 120000, {1: 0.25}),
              R("Rau, măng, nấm", "kg", 25000, {1: 0.3}),
              R("Gạo, gia vị", "kg", 22000, {1: 0.2})],
        supply=dict(raw=0, own=[("Hộ thành viên nuôi gà đồi, lợn đen", 18, "hộ", 70)],
                    buy=[("Tổ nuôi cá suối thôn Khe Lim", 6, 400), ("Hộ chăn nuôi thôn Rào Tre", 9, 700)]),
        caps=[("Giường homestay của 6 nhà", 48, "giường", 365, ("p", [0])),
              ("Nhà ăn cộng đồng 80 chỗ, 2 bữa", 160, "suất", 300, ("p", [1]))],
        roles=[("Ban quản trị, kế toán", [3, 3, 3], 5.5), ("Lễ tân, điều phối", [1, 1, 2], 5.0),
               ("Bếp, phục vụ", [4, 4, 4], 5.0), ("Hướng dẫn viên tại điểm", [2, 3, 3], 5.5)],
        energy=[25000, 6000, 0, 0], sell=0.08, tax=0.02, other=80,
        inv=[("I", "Xây dựng, cải tạo", True,
              [("Nhà đón tiếp, nhà ăn cộng đồng 120 m²", "m²", 120, 4.5),
               ("Nhà vệ sinh công cộng, bể tự hoại 3 ngăn", "khu", 1, 150),
               ("Đường dạo, chòi nghỉ, bến mảng", "hạng mục", 1, 180)]),
             ("II", "Trang thiết bị", True,
              [("Bếp, tủ lạnh, tủ đông", "bộ", 1, 120), ("Mảng tre, áo phao, dây cứu sinh", "bộ", 10, 6),
               ("Chăn ga, điều hòa, bình nóng lạnh cho 6 nhà", "nhà", 6, 30)]),
             ("III", "Chi phí khác và vốn lưu động", False,
              [("Biển bảng, bản đồ, trang web, quảng bá", "gói", 1, 80), ("Vốn lưu động", "", 1, 150)])],
        src=[("I", "Vốn góp và quỹ của hợp tác xã",
              [("Vốn góp của thành viên", 640), ("Quỹ đầu tư phát triển của hợp tác xã", 220)]),
             ("II", "Vốn vay", [("Vay Ngân hàng Chính sách xã hội", 300),
                                ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)])],
        life=10, loan=[600, 450, 300], rate=0.075,
        hist=[(14500, 115000, 0.14), (16800, 118000, 0.15), (18900, 120000, 0.16)]),
    "ex02": dict(  # herbal cosmetics
        unit="sản phẩm",
        products=[P("Xà phòng sả chanh thủ công, bánh 100 g", "bánh", 1, [65000, 65000, 68000], 5000,
                    [12000, 14000, 16000]),
                  P("Tinh dầu sả chanh nguyên chất, lọ 10 ml", "lọ", 1, [90000, 92000, 95000], 9000,
                    [6000, 7000, 8000]),
                  P("Dầu gội thảo mộc bồ kết, chai 300 ml", "chai", 1, [125000, 128000, 130000], 12000,
                    [5000, 6000, 7000])],
        raws=[R("Sả chanh tươi", "kg", 5000, {0: 0.1, 1: 1.4}),
              R("Dầu dừa, dầu ô liu, kiềm", "kg", 85000, {0: 0.11}),
              R("Bồ kết, hương nhu, vỏ bưởi khô", "kg", 80000, {2: 0.06}),
              R("Chất hoạt động bề mặt gốc dừa, phụ gia", "kg", 120000, {2: 0.09})],
        supply=dict(raw=0, own=[("Ruộng sả của công ty", 12, "sào", 1250)],
                    buy=[("Tổ trồng sả thôn Đông Hồ", 7, 2500), ("Hộ trồng sả thôn Yên Thượng", 5, 2000)]),
        caps=[("Nồi chưng cất tinh dầu 150 kg sả/mẻ, 2 mẻ/ngày", 300, "kg sả", 100, ("r", 0)),
              ("Khuôn, bàn cắt xà phòng", 200, "bánh", 250, ("p", [0])),
              ("Nồi khuấy dầu gội 100 lít/mẻ", 300, "chai", 250, ("p", [2]))],
        roles=[("Giám đốc, kế toán", [2, 2, 2], 7.0), ("Kỹ thuật, chưng cất", [2, 2, 2], 6.0),
               ("Nấu xà phòng, dầu gội, đóng gói", [3, 4, 4], 5.5), ("Bán hàng, trực tuyến", [2, 2, 2], 6.0)],
        energy=[1500, 4000, 2500], sell=0.12, tax=0.015, other=90,
        inv=[("I", "Nhà xưởng", True,
              [("Cải tạo xưởng sản xuất một chiều 90 m²", "m²", 90, 3.0)]),
             ("II", "Máy móc, thiết bị", True,
              [("Nồi chưng cất inox 150 kg/mẻ", "bộ", 1, 160), ("Nồi khuấy, gia nhiệt 100 lít", "cái", 2, 45),
               ("Khuôn, bàn cắt, giá ủ xà phòng", "bộ", 1, 60), ("Máy chiết rót, đóng nắp", "cái", 1, 90),
               ("Tủ sấy, cân, dụng cụ phòng kiểm tra", "bộ", 1, 70)]),
             ("III", "Chi phí khác và vốn lưu động", False,
              [("Thiết kế bao bì, nhãn, mã QR", "gói", 1, 50), ("Thử nghiệm, hồ sơ công bố", "gói", 1, 40),
               ("Vốn lưu động", "", 1, 250)])],
        src=[("I", "Vốn chủ sở hữu", [("Vốn góp của các thành viên công ty", 680)]),
             ("II", "Vốn vay", [("Vay Ngân hàng thương mại cổ phần Công thương", 400)])],
        life=8, loan=[400, 300, 200], rate=0.09,
        hist=[(17000, 82000, 0.12), (19500, 84000, 0.13), (21500, 86000, 0.14)]),
    "ex03": dict(  # peanut oil, food
        unit="lít",
        products=[P("Dầu lạc ép, chai 1 lít", "chai", 1, [165000, 170000, 175000], 6000, [4000, 4400, 4800]),
                  P("Dầu lạc ép, chai 500 ml", "chai", 0.5, [88000, 90000, 93000], 4500, [5000, 5600, 6200]),
                  P("Dầu lạc ép, can 2 lít", "can", 2, [320000, 330000, 340000], 9000, [800, 900, 1000]),
                  P("Khô dầu lạc (bán làm thức ăn chăn nuôi)", "kg", 0, [8000, 8000, 8000], 0, "by:0:0.58")],
        raws=[R("Lạc nhân", "kg", 32000, 2.5)],
        supply=dict(raw=0, own=[("Ruộng lạc của tổ viên", 150, "sào", 80)],
                    buy=[("Thôn Hội Thành", 40, 5500), ("Thôn Hội Tiến", 35, 5000), ("Thôn Hội Long", 30, 4500)]),
        caps=[("Máy ép dầu trục vít", 150, "lít dầu", 250, "out")],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2], 5.5), ("Rang, ép, lắng lọc", [2, 2, 3], 5.0),
               ("Chiết rót, bán hàng", [1, 2, 2], 5.0)],
        energy=2500, sell=0.06, tax=0.01, other=40,
        inv=[("I", "Nhà xưởng", True,
              [("Xưởng ép một chiều và kho 80 m²", "m²", 80, 2.5)]),
             ("II", "Máy móc, thiết bị", True,
              [("Máy ép dầu trục vít 60 kg lạc/giờ", "cái", 1, 140), ("Chảo rang lạc điện", "cái", 1, 45),
               ("Bồn lắng, máy lọc dầu", "bộ", 1, 65), ("Máy chiết rót, đóng nắp", "cái", 1, 50)]),
             ("III", "Chi phí khác và vốn lưu động", False,
              [("Thiết kế nhãn, tem QR, kiểm nghiệm", "gói", 1, 40), ("Vốn lưu động", "", 1, 200)])],
        src=[("I", "Vốn góp của tổ viên", [("Vốn góp của 12 tổ viên", 480)]),
             ("II", "Vốn vay", [("Vay Ngân hàng Chính sách xã hội", 260)])],
        life=10, loan=[260, 180, 100], rate=0.066,
        hist=[(6400, 160000, 0.12), (7000, 165000, 0.13), (7500, 170000, 0.14)]),
    "ex04": dict(  # conical hats, handicraft
        unit="chiếc",
        products=[P("Nón lá trắng truyền thống", "chiếc", 1, [95000, 98000, 100000], 2500, [6000, 6600, 7200]),
                  P("Nón bài thơ (lót tranh, câu thơ)", "chiếc", 1, [170000, 175000, 180000], 4000,
                    [2500, 2800, 3100]),
                  P("Nón vẽ tay trang trí, hộp quà", "chiếc", 1, [240000, 250000, 260000], 12000,
                    [1200, 1400, 1600]),
                  P("Bộ nón mini trang trí (3 chiếc)", "bộ", 1, [130000, 135000, 140000], 6000,
                    [1500, 1700, 1900])],
        raws=[R("Lá nón đã phơi, là phẳng", "kg", 60000, {0: 0.25, 1: 0.25, 2: 0.25, 3: 0.15}),
              R("Vành tre, chỉ cước, dầu bóng", "bộ", 9000, {0: 1, 1: 1, 2: 1, 3: 1}),
              R("Công chằm nón khoán cho thợ tại nhà", "chiếc", 35000, {0: 1, 1: 1, 2: 1, 3: 1}),
              R("Công vẽ tay, lót tranh", "chiếc", 25000, {1: 1, 2: 1})],
        supply=dict(raw=0, own=[("Vườn lá nón của hộ", 2, "sào", 150)],
                    buy=[("Tổ hái lá thôn Rào Cọ", 12, 1500), ("Hộ hái lá thôn Khe Dầu", 10, 1200),
                         ("Hộ hái lá thôn Bãi Dài", 6, 700)]),
        caps=[("Thợ chằm nón liên kết (55 thợ × 1 chiếc/ngày)", 55, "chiếc", 280, "out")],
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1], 6.0), ("Sơ chế, là lá, làm vành", [2, 2, 2], 5.0),
               ("Hoàn thiện, đóng gói, bán hàng", [2, 2, 3], 5.0)],
        energy=1000, sell=0.06, tax=0.01, other=30,
        inv=[("I", "Nhà xưởng", True,
              [("Cải tạo nhà sơ chế lá và phòng trưng bày 60 m²", "m²", 60, 2.0)]),
             ("II", "Máy móc, thiết bị", True,
              [("Máy là lá nón", "cái", 2, 18), ("Lò sấy chống mốc", "cái", 1, 55),
               ("Khuôn nón, bàn vẽ, tủ trưng bày", "bộ", 1, 40)]),
             ("III", "Chi phí khác và vốn lưu động", False,
              [("Thiết kế mẫu, thẻ treo, hộp quà", "gói", 1, 35), ("Vốn lưu động", "", 1, 150)])],
        src=[("I", "Vốn tự có", [("Vốn tự có của hộ", 316)]),
             ("II", "Vốn vay", [("Vay Ngân hàng Chính sách xã hội", 120)])],
        life=8, loan=[120, 80, 40], rate=0.066,
        hist=[(8400, 118000, 0.10), (9300, 121000, 0.11), (10100, 124000, 0.12)]),
    # ---------------------------------------------------------------- revise
    "ex05": dict(  # purple sticky-rice wine, beverage_alcohol
        unit="lít",
        products=[P("Rượu nếp cẩm 29 % vol, chai 500 ml", "chai", 0.5, [160000, 160000, 165000], 9000,
                    [14000, 16000, 18000]),
                  P("Rượu nếp cẩm, chai 300 ml hộp quà", "chai", 0.3, [120000, 120000, 125000], 12000,
                    [6000, 7000, 8000]),
                  P("Rượu nếp cẩm, bình gốm 2 lít", "bình", 2, [560000, 560000, 580000], 45000,
                    [800, 900, 1000])],
        raws=[R("Gạo nếp cẩm", "kg", 32000, 1.7), R("Men lá", "kg", 150000, 0.04)],
        supply=dict(raw=0, own=[("Ruộng nếp cẩm của thành viên", 140, "sào", 150)],
                    buy=[("Thôn Kẻ Gỗ", 22, 2500), ("Thôn Mỹ Hòa", 15, 2000)]),
        caps=[("Hai nồi chưng cất, mỗi nồi 20 lít rượu/ngày", 40, "lít", 270, "out")],
        roles=[("Ban giám đốc, kế toán", [2, 2, 2], 6.0), ("Nấu, ủ, chưng cất", [3, 3, 3], 5.5),
               ("Lọc, hạ độ, đóng chai", [2, 2, 2], 5.0), ("Bán hàng", [1, 1, 1], 5.5)],
        energy=6000, sell=0.05, tax=0.40, other=60,
        inv=[("I", "Nhà xưởng", True,
              [("Cải tạo nhà ủ men, kho rượu 60 m²", "m²", 60, 2.5)]),
             ("II", "Máy móc, thiết bị", True,
              [("Thùng inox ủ rượu 500 lít", "cái", 6, 12), ("Máy lọc rượu, khử an-đê-hít", "bộ", 1, 95),
               ("Máy chiết rót, đóng nắp", "cái", 1, 55)]),
             ("III", "Chi phí khác và vốn lưu động", False,
              [("Bao bì, nhãn, kiểm nghiệm", "gói", 1, 60), ("Vốn lưu động", "", 1, 250)])],
        src=[("I", "Vốn góp", [("Vốn góp của thành viên", 420)]),
             ("II", "Vốn vay", [("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 262)])],
        life=10, loan=[262, 190, 120], rate=0.08,
        hist=[(8600, 290000, 0.07), (9200, 295000, 0.08), (9800, 300000, 0.08)]),
    "ex06": dict(  # anchovy fish sauce, food
        unit="lít",
        products=[P("Nước mắm cốt cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, [72000, 74000, 76000], 7000,
                    [24000, 28000, 31000]),
                  P("Nước mắm cá cơm 30 độ đạm, chai 500 ml", "chai", 0.5, [42000, 43000, 45000], 6000,
                    [40000, 46000, 50000]),
                  P("Nước mắm 20 độ đạm, can 2 lít", "can", 2, [70000, 72000, 75000], 8000,
                    [6000, 7000, 8000])],
        raws=[R("Cá cơm tươi", "kg", 16000, 1.45), R("Muối hạt", "kg", 4000, 0.45)],
        supply=dict(raw=0, own=[("Hai tàu lưới vây của công ty", 2, "tàu", 14000)],
                    buy=[("Tổ đoàn kết nghề cá Hải Thịnh", 9, 16000), ("Tổ đoàn kết nghề cá Xuân Hải", 7, 14000),
                         ("Nậu cá bến Cửa Sót", 4, 10000)]),
        caps=[("Bể chượp bê tông 10 m³", 60000, "lít", 1, "out")],
        roles=[("Giám đốc, kế toán", [2, 2, 2], 7.0), ("Muối cá, chăm chượp", [4, 4, 5], 6.0),
               ("Kéo rút, lọc, đóng chai", [4, 5, 5], 5.5), ("Bán hàng, giao hàng", [2, 2, 2], 6.0)],
        energy=1500, sell=0.06, tax=0.015, other=120,
        inv=[("I", "Nhà xưởng", True,
              [("Nhà ủ chượp có mái che 200 m²", "m²", 200, 2.2), ("Bể chượp bê tông 10 m³", "bể", 6, 35)]),
             ("II", "Máy móc, thiết bị", True,
              [("Chum, thùng gỗ ủ", "cái", 40, 3), ("Máy lọc, bồn inox", "bộ", 1, 160),
               ("Dây chuyền chiết rót, đóng nắp", "bộ", 1, 180)]),
             ("III", "Chi phí khác và vốn lưu động", False,
              [("Bao bì, nhãn, kiểm nghiệm", "gói", 1, 70), ("Vốn lưu động", "", 1, 600)])],
        src=[("I", "Vốn chủ sở hữu", [("Vốn góp của chủ sở hữu", 780)]),
             ("II", "Vốn vay", [("Vay Ngân hàng thương mại cổ phần Công thương", 1000)])],
        life=10, loan=[1000, 750, 500], rate=0.09,
        hist=[(36000, 88000, 0.18), (39000, 90000, 0.19), (41500, 92000, 0.19)]),
    "ex07": dict(  # honey, household business
        unit="kg",
        products=[P("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [180000, 185000, 190000], 8000,
                    [3000, 3300, 3600]),
                  P("Mật ong hoa keo, chai 1 kg", "chai", 1, [220000, 225000, 230000], 10000, [1500, 1700, 1900]),
                  P("Mật ong hoa rừng, hũ 250 g quà tặng", "hũ", 0.25, [105000, 108000, 110000], 9000,
                    [2000, 2200, 2400])],
        raws=[R("Mật ong thô (hoa rừng, hoa keo)", "kg", 120000, 1.04)],
        supply=dict(raw=0, own=[("Đàn ong nội của hộ", 180, "đàn", 12)],
                    buy=[("Hộ nuôi ong thôn Trà Sơn", 11, 1000), ("Hộ nuôi ong thôn Khe Bò", 9, 800),
                         ("Tổ khai thác mật rừng Rào Mây", 6, 700)]),
        caps=[("Máy hạ thủy phần 30 kg/mẻ, 1 mẻ/ngày", 30, "kg", 200, "out")],
        roles=[("Chủ hộ, quản lý", [1, 1, 1], 6.5), ("Chăm ong, thu mua, lọc mật", [2, 2, 2], 6.0),
               ("Đóng chai, bán hàng", [1, 1, 2], 5.5)],
        energy=3000, sell=0.06, tax=0.015, other=30,
        inv=[("I", "Nhà xưởng", True,
              [("Phòng lọc, đóng chai và kho mật 60 m²", "m²", 60, 3.0)]),
             ("II", "Máy móc, thiết bị", True,
              [("Máy hạ thủy phần 30 kg/mẻ", "cái", 1, 130), ("Máy quay mật, thùng lọc inox", "bộ", 2, 20),
               ("Thùng ong, chân đế, dụng cụ", "thùng", 100, 1.3)]),
             ("III", "Chi phí khác và vốn lưu động", False,
              [("Chai, hũ thủy tinh, thiết kế bao bì", "gói", 1, 40), ("Vốn lưu động", "", 1, 120)])],
        src=[("I", "Vốn tự có", [("Vốn tự có của hộ", 390)]),
             ("II", "Vốn vay", [("Vay Ngân hàng Chính sách xã hội", 250)])],
        life=8, loan=[250, 170, 90], rate=0.066,
        hist=[(2700, 280000, 0.12), (3000, 290000, 0.13), (3200, 300000, 0.13)]),
    "ex08": dict(  # sedge mats, unregistered group, handicraft
        unit="sản phẩm",
        products=[P("Chiếu cói in hoa 1,6 m × 2 m", "chiếc", 1, [320000, 330000, 340000], 6000, [2000, 2200, 2400]),
                  P("Chiếu cói gấp 1,2 m", "chiếc", 1, [180000, 185000, 190000], 5000, [1500, 1700, 1900]),
                  P("Túi xách cói nhuộm màu tự nhiên", "chiếc", 1, [120000, 125000, 130000], 4000,
                    [2500, 2800, 3100]),
                  P("Hộp, giỏ cói đựng đồ", "chiếc", 1, [85000, 88000, 90000], 3000, [2000, 2300, 2600])],
        raws=[R("Cói sợi phơi khô", "kg", 22000, {0: 3.5, 1: 2.2, 2: 0.5, 3: 0.6}),
              R("Sợi đay se", "kg", 45000, {0: 0.4, 1: 0.3}),
              R("Màu nhuộm tự nhiên, quai, khóa", "bộ", 12000, {2: 1, 3: 0.5})],
        supply=dict(raw=0, own=[("Ruộng cói của các hộ trong nhóm", 40, "sào", 350)],
                    buy=[("Hộ trồng cói thôn Hải Hà", 8, 2500), ("Hộ trồng cói thôn Ninh Hải", 6, 2000)]),
        caps=[("Khung dệt chiếu bán cơ giới", 6, "khung × 3 chiếc/ngày", 280, ("p", [0, 1]))],
        roles=[("Nhóm trưởng, ghi chép", [1, 1, 1], 4.5), ("Dệt chiếu", [5, 5, 5], 4.0),
               ("Đan túi, hộp", [5, 5, 6], 4.0), ("Nhuộm, hoàn thiện", [1, 1, 1], 4.0)],
        energy=1500, sell=0.05, tax=0.01, other=20,
        inv=[("I", "Nhà xưởng", True,
              [("Nhà xưởng chung và sân phơi 150 m²", "m²", 150, 1.0), ("Bể lắng nước nhuộm", "bể", 1, 20)]),
             ("II", "Máy móc, thiết bị", True,
              [("Khung dệt chiếu bán cơ giới", "khung", 6, 22), ("Máy chẻ cói", "cái", 2, 15),
               ("Nồi nhuộm, bếp củi cải tiến", "bộ", 1, 18)]),
             ("III", "Vốn lưu động", False,
              [("Mua cói dự trữ, màu nhuộm, bao bì", "", 1, 150)])],
        src=[("I", "Vốn góp", [("Vốn góp của 15 hộ", 150)]),
             ("II", "Vốn vay", [("Vay quỹ tín dụng Hội Liên hiệp Phụ nữ", 100),
                                ("Vay Ngân hàng Chính sách xã hội", 100)])],
        life=8, loan=[200, 140, 80], rate=0.066,
        hist=[(6200, 150000, 0.12), (6900, 155000, 0.13), (7500, 160000, 0.13)]),
    "ex09": dict(  # chè vằng, herbal
        unit="kg",
        products=[P("Chè vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, [42000, 43000, 45000], 6000,
                    [16000, 18000, 20000]),
                  P("Chè vằng khô cắt khúc, túi 500 g", "túi", 0.5, [75000, 78000, 80000], 3000,
                    [2400, 2600, 2800]),
                  P("Cao chè vằng, hộp 200 g", "hộp", 0.2, [190000, 195000, 200000], 10000, [1500, 1700, 1900])],
        raws=[R("Lá, thân chè vằng tươi", "kg", 5000, {0: 0.2, 1: 2.0, 2: 8.0})],
        supply=dict(raw=0, own=[("Vườn chè vằng của hợp tác xã", 50, "sào", 400)],
                    buy=[("Thôn Ngọc Sơn", 12, 4000), ("Thôn Ngọc Hà", 9, 3000)]),
        caps=[("Máy sấy bơm nhiệt 300 kg tươi/mẻ", 300, "kg tươi", 200, ("r", 0))],
        roles=[("Ban quản trị, kế toán", [2, 2, 2], 5.5), ("Thu hái, sơ chế, sấy", [2, 2, 2], 5.0),
               ("Nấu cao, đóng túi lọc, đóng gói", [2, 2, 3], 5.0), ("Bán hàng", [1, 1, 1], 5.5)],
        energy=25000, sell=0.07, tax=0.015, other=50,
        inv=[("I", "Nhà xưởng", True,
              [("Nhà sơ chế, sấy 80 m²", "m²", 80, 3.0)]),
             ("II", "Máy móc, thiết bị", True,
              [("Máy sấy bơm nhiệt", "cái", 1, 180), ("Nồi cô cao chân không", "cái", 1, 150),
               ("Máy cắt, máy nghiền, máy đóng túi lọc", "bộ", 1, 190)]),
             ("III", "Chi phí khác và vốn lưu động", False,
              [("Thiết kế bao bì, nhãn, tem", "gói", 1, 40), ("Vốn lưu động", "", 1, 200)])],
        src=[("I", "Vốn góp", [("Vốn góp của thành viên", 600)]),
             ("II", "Vốn vay", [("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)])],
        life=10, loan=[400, 300, 200], rate=0.08,
        hist=[(1700, 470000, 0.10), (1900, 480000, 0.11), (2100, 490000, 0.11)]),
    "ex10": dict(  # black-sesame rice crackers, food
        unit="kg",
        products=[P("Bánh đa vừng đen nướng sẵn, túi 10 chiếc (400 g)", "túi", 0.4, [60000, 62000, 64000], 3000,
                    [9000, 19500, 23000]),
                  P("Bánh đa vừng đen chưa nướng, gói 20 chiếc (800 g)", "gói", 0.8, [95000, 97000, 100000], 3500,
                    [7000, 15000, 18000]),
                  P("Hộp quà bánh đa vừng, 4 túi (1,6 kg)", "hộp", 1.6, [260000, 265000, 270000], 20000,
                    [800, 1700, 2000])],
        raws=[R("Gạo tẻ", "kg", 17000, 1.1), R("Vừng đen", "kg", 90000, 0.15),
              R("Gừng, tỏi, muối, đường", "kg", 30000, 0.03)],
        supply=dict(raw=1, own=[("Hộ liên kết trồng vừng", 45, "hộ", 80)],
                    buy=[("Đại lý nông sản Quang Lộc", 1, 800)]),
        caps=[("Dây chuyền tráng, sấy bánh bán tự động", 100, "kg", 300, "out")],
        roles=[("Giám đốc, kế toán", [2, 2, 2], 6.0), ("Tráng, phơi, sấy bánh", [3, 3, 3], 5.0),
               ("Nướng, đóng gói", [2, 2, 2], 5.0), ("Bán hàng", [1, 1, 1], 5.5)],
        energy=8000, sell=0.10, tax=0.015, other=50,
        inv=[("I", "Nhà xưởng", True,
              [("Mở rộng xưởng tráng bánh", "m²", 100, 2.5)]),
             ("II", "Máy móc, thiết bị", True,
              [("Dây chuyền tráng, sấy bánh bán tự động", "bộ", 1, 360), ("Lò nướng hồng ngoại", "cái", 2, 35),
               ("Máy hàn miệng túi, máy đóng hộp", "bộ", 1, 40)]),
             ("III", "Chi phí khác và vốn lưu động", False,
              [("Thiết kế bao bì, hộp quà", "gói", 1, 40), ("Vốn lưu động", "", 1, 250)])],
        src=[("I", "Vốn chủ sở hữu", [("Vốn góp của chủ sở hữu", 510)]),
             ("II", "Vốn vay", [("Vay Ngân hàng thương mại", 500)])],
        life=10, loan=[500, 380, 260], rate=0.09,
        hist=[(8400, 128000, 0.08), (9000, 130000, 0.09), (9600, 132000, 0.09)]),
}

# Planted numeric defects (the generator prints these instead of the true values; knock-ons follow).
PLANTED = {
    "ex05": {"costI_double": 1},        # 2028 "Cộng I" counts the packaging line twice
    "ex06": {"rev_cell": (1, 1, 2)},    # 2028 TT of the 30-độ-đạm line = SL of 2029 × ĐG of 2028
    "ex07": {"payback": 1.2},           # stated payback 1,2 years
    "ex08": {"src_fixed_only": True},   # sources cover groups I + II only (no working capital)
    "ex09": {"profit_shift": 1},        # 2028 profit in the summary = revenue 2028 - cost 2027
}
READY = ("ex01", "ex02", "ex03", "ex04")
REVISE = ("ex05", "ex06", "ex07", "ex08", "ex09", "ex10")


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(k: str, stated: bool = True) -> dict:
    """Every number of plan k's tables; stated=True applies the planted defects and their knock-ons."""
    c = PLANS[k]
    pl = PLANTED.get(k, {}) if stated else {}
    prods = c["products"]
    m: dict = {"k": k}
    q = [list(p["q"]) if not isinstance(p["q"], str) else None for p in prods]
    out = [sum(p["size"] * q[i][y] for i, p in enumerate(prods) if q[i] is not None) for y in range(3)]
    m["out"] = out

    def need_of(r, y):
        norm = r["norm"]
        if isinstance(norm, dict):
            v = sum(q[i][y] * n for i, n in norm.items())
        else:
            v = out[y] * norm
        return round(v) if v >= 100 else r1(v)

    raws = c["raws"]
    need = [[need_of(r, y) for y in range(3)] for r in raws]
    for i, p in enumerate(prods):  # a by-product: kg of cake per kg of the raw pressed
        if isinstance(p["q"], str):
            _, ri, ratio = p["q"].split(":")
            q[i] = [round(need[int(ri)][y] * float(ratio), -2) for y in range(3)]
    m["q"], m["need"] = q, need
    m["rawcost"] = [[r1(need[j][y] * r["price"] / 1e6) for y in range(3)] for j, r in enumerate(raws)]
    # revenue: SL x ĐG = TT
    rev = [[r1(q[i][y] * p["price"][y] / 1e6) for y in range(3)] for i, p in enumerate(prods)]
    if "rev_cell" in pl:
        i, y, yq = pl["rev_cell"]
        rev[i][y] = r1(q[i][yq] * prods[i]["price"][y] / 1e6)
    m["rev"] = rev
    revT = [r1(sum(rev[i][y] for i in range(len(prods)))) for y in range(3)]
    m["revT"] = revT
    m["pack"] = [r1(sum(q[i][y] * p["cost"] for i, p in enumerate(prods)) / 1e6) for y in range(3)]
    e = c["energy"]
    if isinstance(e, list):
        m["energy"] = [r1(sum(q[i][y] * e[i] for i in range(len(prods))) / 1e6) for y in range(3)]
    else:
        m["energy"] = [r1(out[y] * e / 1e6) for y in range(3)]
    m["sell"] = [r1(revT[y] * c["sell"]) for y in range(3)]
    costI = [r1(sum(m["rawcost"][j][y] for j in range(len(raws))) + m["pack"][y] + m["energy"][y]
                + m["sell"][y]) for y in range(3)]
    m["costI_true"] = list(costI)
    if "costI_double" in pl:
        y = pl["costI_double"]
        costI[y] = r1(costI[y] + m["pack"][y])
    m["costI"] = costI
    m["staff"] = [[r[1][y] for y in range(3)] for r in c["roles"]]
    m["staffT"] = [sum(r[1][y] for r in c["roles"]) for y in range(3)]
    m["wages"] = [r1(sum(r[1][y] * r[2] * 12 for r in c["roles"])) for y in range(3)]
    # investment: items qty x unit price, Roman groups, grand total
    inv = []
    for roman, title, dep, items in c["inv"]:
        its = [(lab, u, qty, pr, r1(qty * pr)) for lab, u, qty, pr in items]
        inv.append((roman, title, dep, its, r1(sum(x[4] for x in its))))
    m["inv"] = inv
    m["invT"] = r1(sum(g[4] for g in inv))
    m["fixed"] = r1(sum(g[4] for g in inv if g[2]))
    m["dep"] = r1(m["fixed"] / c["life"])
    m["interest"] = [r1(b * c["rate"]) for b in c["loan"]]
    m["other"] = float(c["other"])
    m["tax"] = [r1(revT[y] * c["tax"]) for y in range(3)]
    costII = [r1(m["wages"][y] + m["dep"] + m["interest"][y] + m["other"] + m["tax"][y]) for y in range(3)]
    m["costII"] = costII
    m["costT"] = [r1(costI[y] + costII[y]) for y in range(3)]
    m["profit"] = [r1(revT[y] - m["costT"][y]) for y in range(3)]
    if "profit_shift" in pl:
        y = pl["profit_shift"]
        m["profit"][y] = r1(revT[y] - m["costT"][y - 1])
    m["margin"] = [r1(m["profit"][y] / revT[y] * 100) for y in range(3)]
    # sources
    src = []
    for roman, title, items in c["src"]:
        src.append((roman, title, items, r1(sum(v for _, v in items))))
    m["src"] = src
    m["srcT"] = r1(sum(g[3] for g in src))
    avg = sum(m["profit"]) / 3
    m["avg_profit"] = r1(avg)
    m["payback"] = r1(m["invT"] / (avg + m["dep"]))
    if "payback" in pl:
        m["payback"] = pl["payback"]
    # history
    m["hist"] = [(o, pr, r1(o * pr / 1e6), r1(r1(o * pr / 1e6) * s)) for o, pr, s in c["hist"]]
    # supply of the main raw
    s = c["supply"]
    own = [(lab, n, u, yld, n * yld) for lab, n, u, yld in s["own"]]
    buy = [(lab, hh, qty) for lab, hh, qty in s["buy"]]
    m["own"], m["buy"] = own, buy
    m["ownT"] = sum(x[4] for x in own)
    m["buyT"] = sum(x[2] for x in buy)
    m["supplyT"] = m["ownT"] + m["buyT"]
    # capacity
    caps = []
    for lab, per, unit, days, what in c["caps"]:
        cap = per * days * (3 if "3 chiếc" in unit else 1)
        if what == "out":
            use = out
        elif what[0] == "p":
            use = [sum(q[i][y] for i in what[1]) for y in range(3)]
        else:
            use = need[what[1]]
        caps.append((lab, per, unit, days, cap, use))
    m["caps"] = caps
    return m


# --------------------------------------------------------------------------- layouts
# How each plan lays its tables out (the generator renders them so; the reader below parses them):
# rev: wide-rep (year cell repeated over SL | ĐG | TT), wide-empty (year cell then two empty cells),
#      years-cong (Roman group per year, "Cộng I" rows), years-roman (the group total on the Roman row)
# price: "nghin" (wide tables: SL in nghìn, ĐG in nghìn đồng, TT in triệu, units in a "ĐVT:" line and
#        the sub-header) or "dong" (years tables: SL and ĐG with their unit in each cell)
# raw: years-cong / years-roman (Roman group per year: KL | ĐG | TT, units in the cells)
# cost / inv / src: "cong" (a "Cộng I" row after the items) or "roman" (the total on the Roman row)
# cost_break: repeat the header row after group I (the page broke there in the original)
# cont: a table continued as a second table "Bảng N (tiếp theo)" with its header repeated
# hist: "cell" (units in every cell) or "header"
LAYOUT = {
    "ex01": dict(rev="years-cong", price="dong", raw="years-roman", cost="roman", inv="cong", src="roman",
                 cost_break=False, cont="rev", hist="cell"),
    "ex02": dict(rev="wide-rep", price="nghin", raw="years-roman", cost="cong", inv="roman", src="cong",
                 cost_break=True, cont=None, hist="header"),
    "ex03": dict(rev="wide-empty", price="nghin", raw="years-cong", cost="roman", inv="cong", src="roman",
                 cost_break=False, cont=None, hist="cell"),
    "ex04": dict(rev="years-roman", price="dong", raw="years-cong", cost="cong", inv="roman", src="cong",
                 cost_break=False, cont="rev", hist="header"),
    "ex05": dict(rev="wide-empty", price="nghin", raw="years-roman", cost="cong", inv="cong", src="roman",
                 cost_break=True, cont=None, hist="cell"),
    "ex06": dict(rev="wide-rep", price="nghin", raw="years-roman", cost="roman", inv="roman", src="cong",
                 cost_break=False, cont=None, hist="header"),
    "ex07": dict(rev="years-cong", price="dong", raw="years-cong", cost="cong", inv="cong", src="cong",
                 cost_break=True, cont=None, hist="cell"),
    "ex08": dict(rev="years-roman", price="dong", raw="years-roman", cost="roman", inv="cong", src="roman",
                 cost_break=False, cont="raw", hist="cell"),
    "ex09": dict(rev="wide-rep", price="nghin", raw="years-roman", cost="cong", inv="roman", src="cong",
                 cost_break=False, cont=None, hist="header"),
    "ex10": dict(rev="wide-empty", price="nghin", raw="years-cong", cost="roman", inv="cong", src="roman",
                 cost_break=True, cont=None, hist="cell"),
}

TITLES_DEFAULT = dict(
    hist="Kết quả sản xuất kinh doanh giai đoạn 2024 – 2026",
    prod="Sản phẩm, quy cách và giá bán",
    supply="Nguồn cung ứng nguyên liệu chính",
    raw="Nhu cầu và chi phí nguyên liệu",
    staff="Bố trí lao động",
    plan="Kế hoạch sản lượng",
    rev="Dự kiến doanh thu",
    cost="Dự toán chi phí sản xuất kinh doanh",
    sum="Tổng hợp hiệu quả kinh tế",
    inv="Tổng vốn đầu tư",
    src="Nguồn vốn đầu tư",
)
TITLES = {
    "ex01": dict(hist="Kết quả kinh doanh dịch vụ 2024 – 2026", prod="Các dịch vụ và giá bán",
                 supply="Nguồn cung thịt, cá cho bếp ăn", raw="Nhu cầu và chi phí thực phẩm cho suất ăn",
                 plan="Kế hoạch lượt khách và dịch vụ", rev="Dự kiến doanh thu dịch vụ"),
    "ex02": dict(supply="Nguồn cung sả chanh tươi", raw="Nhu cầu và chi phí nguyên liệu, phụ liệu"),
    "ex03": dict(supply="Nguồn cung lạc nhân", rev="Dự kiến doanh thu theo sản phẩm"),
    "ex04": dict(supply="Nguồn cung lá nón", raw="Nhu cầu nguyên liệu và tiền công khoán"),
    "ex05": dict(supply="Nguồn cung gạo nếp cẩm", cost="Dự toán chi phí"),
    "ex06": dict(supply="Nguồn cung cá cơm tươi", raw="Nhu cầu và chi phí nguyên liệu"),
    "ex07": dict(supply="Nguồn mật ong thô", raw="Nhu cầu và chi phí mật ong thô"),
    "ex08": dict(supply="Nguồn cung cói sợi", raw="Nhu cầu và chi phí nguyên liệu, phụ liệu"),
    "ex09": dict(supply="Nguồn cung lá, thân chè vằng tươi"),
    "ex10": dict(supply="Nguồn cung vừng đen", rev="Dự kiến doanh thu"),
}


def title(k: str, kind: str) -> str:
    return TITLES.get(k, {}).get(kind, TITLES_DEFAULT[kind])


# --------------------------------------------------------------------------- reading the plan
ROMANS = ("I", "II", "III", "IV", "V")
_CAP = re.compile(r"^Bảng (\d+)( \(tiếp theo\))?\. (.+)$")
_LEAD = re.compile(r"^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?|^-?\d+(?:,\d+)?")


def num(cell: str) -> float | None:
    """The number a cell starts with ('1.728', '24,0', '72.000 đ/chai', '200 m²'); None if none."""
    m = _LEAD.match(cell.strip())
    return plancheck.vn(m.group(0)) if m else None


def fmt0(n: float) -> str:
    return f"{int(round(n)):,}".replace(",", ".")


def fmt1(x: float) -> str:
    s = f"{abs(x):,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return ("-" if x < 0 else "") + s


def fmtq(x: float) -> str:
    return fmt0(x) if abs(x - round(x)) < 1e-9 else fmt1(x)


def read_tables(body: str) -> dict[str, list[list[str]]]:
    """Caption title -> rows (cells as text, header rows included); a '(tiếp theo)' table is
    appended to the one it continues, without its repeated header row."""
    out: dict[str, list[list[str]]] = {}
    lines = body.splitlines()
    i = 0
    while i < len(lines):
        m = _CAP.match(lines[i].strip())
        if not m:
            i += 1
            continue
        title, cont = m.group(3).strip(), bool(m.group(2))
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith("|"):
            if _CAP.match(lines[j].strip()) or lines[j].startswith("#"):
                break
            j += 1
        rows = []
        while j < len(lines) and lines[j].strip().startswith("|"):
            cells = [c.strip() for c in lines[j].strip().strip("|").split("|")]
            if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                rows.append(cells)
            j += 1
        if cont and title in out:
            out[title].extend(rows[1:])
        else:
            out[title] = rows
        i = j
    return out


def groups(rows: list[list[str]], ncols: int) -> dict:
    """A Roman-grouped table: {'I': {'title', 'row': numbers on the Roman row, 'items': [(label,
    numbers)], 'sub': numbers of its 'Cộng I' row}, ..., 'total': numbers of the 'Tổng cộng' row}.
    Header rows (repeated where the page broke) are skipped."""
    header = rows[0]
    g: dict = {}
    cur = None
    for r in rows[1:]:
        if r == header:
            continue
        nums = [num(c) for c in r[2:2 + ncols]]
        if r[0] in ROMANS:
            cur = r[0]
            g[cur] = dict(title=r[1], row=nums, items=[], sub=None)
        elif re.fullmatch(r"\d+", r[0]):
            g[cur]["items"].append((r[1], nums))
        elif r[1].startswith("Cộng"):
            g[r[1].split()[1]]["sub"] = nums
        elif r[1].startswith("Tổng"):
            g["total"] = nums
    return g


def gtotal(grp: dict) -> list:
    """A group's total wherever the layout put it: the 'Cộng' row, else the Roman row."""
    return grp["sub"] if grp["sub"] is not None else grp["row"]


class Plan(plancheck.Plan):
    src = HERE / "src"


STEMS = {
    "ex01": "ex01_du_lich_cong_dong_khe_lim_htx",
    "ex02": "ex02_xa_phong_sa_chanh_lam_hong_cty",
    "ex03": "ex03_dau_lac_ep_xuan_hoi_tht",
    "ex04": "ex04_non_la_tung_loc_hkd",
    "ex05": "ex05_ruou_nep_cam_ke_go_htx",
    "ex06": "ex06_nuoc_mam_ca_com_cua_sot_cty",
    "ex07": "ex07_mat_ong_hoa_keo_huong_tra_hkd",
    "ex08": "ex08_chieu_coi_ky_ninh_nhom_ho",
    "ex09": "ex09_che_vang_thach_ngoc_htx",
    "ex10": "ex10_banh_da_vung_quang_loc_cty",
    "ex11": "ex11_trung_vit_muoi_thach_van_so_sai",
    "ex12": "ex12_do_song_nghen_thien_loc_so_sai",
}

# The table inconsistencies each plan is meant to have (tags of check_tables), nothing else.
EXPECTED_INCONSISTENT = {
    "ex05": {"cost:I:2028"},
    "ex06": {"rev:2:2028"},
    "ex08": {"src=inv"},
    "ex09": {"sum:profit:2028"},
}


def check_tables(p: Plan, k: str) -> set[str]:
    """Compare every table number with the stated model; return the tags of the table arithmetic
    that does not hold on the plan's own printed numbers (more than 1 % off)."""
    c, L = PLANS[k], LAYOUT[k]
    m = model(k, True)
    T = read_tables(p.body)
    bad: set[str] = set()

    def tab(kind):
        t = title(k, kind)
        if t not in T:
            p.failures.append(f"table not found: {t}")
            return None
        return T[t]

    def eq(a, b, what):
        if a is None or not (close(a, b) or abs(a - b) <= 0.051):  # within 1 % or the last decimal
            p.failures.append(f"{what}: plan {a} vs model {b}")

    def cons(stated, computed, tag):
        if stated is None or not close(stated, computed):
            bad.add(tag)

    Y = YEARS
    # history
    if rows := tab("hist"):
        for y, r in enumerate(rows[1:4]):
            v = [num(x) for x in r[1:5]]
            for a, b, w in zip(v, m["hist"][y], ("output", "price", "revenue", "profit")):
                eq(a, b, f"hist {2024 + y} {w}")
            cons(v[2], v[0] * v[1] / 1e6, f"hist:rev:{2024 + y}")
    # products and prices
    if rows := tab("prod"):
        for i, r in enumerate(rows[1:]):
            eq(num(r[3]), c["products"][i]["price"][0], f"price of product {i + 1}")
    # output plan
    if rows := tab("plan"):
        items = [r for r in rows[1:] if re.fullmatch(r"\d+", r[0])]
        for i, r in enumerate(items):
            for y in range(3):
                eq(num(r[3 + y]), m["q"][i][y], f"plan {c['products'][i]['label']} {Y[y]}")
        tot = [r for r in rows if r[1].startswith("Tổng sản lượng")]
        if tot:
            for y in range(3):
                eq(num(tot[0][3 + y]), m["out"][y], f"plan output {Y[y]}")
                cons(num(tot[0][3 + y]), sum(num(r[3 + y]) * c["products"][i]["size"]
                                             for i, r in enumerate(items)), f"plan:out:{Y[y]}")
    # supply of the main raw material
    if rows := tab("supply"):
        g = groups(rows, 3)
        for lab, key, tot in (("I", "own", "ownT"), ("II", "buy", "buyT")):
            its = g[lab]["items"]
            for j, (lb, v) in enumerate(its):
                want = m[key][j][4] if key == "own" else m[key][j][2]
                eq(v[2], want, f"supply {lb}")
                if key == "own":
                    cons(v[2], v[0] * v[1], f"supply:{lb}")
            eq(gtotal(g[lab])[2], m[tot], f"supply {lab}")
            cons(gtotal(g[lab])[2], sum(v[2] for _, v in its), f"supply:{lab}")
        eq(g["total"][2], m["supplyT"], "supply total")
        cons(g["total"][2], gtotal(g["I"])[2] + gtotal(g["II"])[2], "supply:total")
    # raw materials by year
    if rows := tab("raw"):
        g = groups(rows, 3)
        for y, rn in enumerate(ROMANS[:3]):
            its = g[rn]["items"]
            for j, (lb, v) in enumerate(its):
                eq(v[0], m["need"][j][y], f"raw need {lb} {Y[y]}")
                eq(v[1], c["raws"][j]["price"], f"raw price {lb}")
                eq(v[2], m["rawcost"][j][y], f"raw cost {lb} {Y[y]}")
                cons(v[2], v[0] * v[1] / 1e6, f"raw:{j + 1}:{Y[y]}")
            eq(gtotal(g[rn])[2], sum(m["rawcost"][j][y] for j in range(len(c["raws"]))), f"raw total {Y[y]}")
            cons(gtotal(g[rn])[2], sum(v[2] for _, v in its), f"raw:{rn}:{Y[y]}")
    # staff
    if rows := tab("staff"):
        items = [r for r in rows[1:] if re.fullmatch(r"\d+", r[0])]
        for j, r in enumerate(items):
            for y in range(3):
                eq(num(r[2 + y]), c["roles"][j][1][y], f"staff {r[1]} {Y[y]}")
            eq(num(r[5]), c["roles"][j][2], f"wage {r[1]}")
        tot = [r for r in rows if r[1].startswith("Tổng số")][0]
        for y in range(3):
            eq(num(tot[2 + y]), m["staffT"][y], f"staff total {Y[y]}")
            cons(num(tot[2 + y]), sum(num(r[2 + y]) for r in items), f"staff:{Y[y]}")
    # revenue
    revtot = [None] * 3
    if rows := tab("rev"):
        if L["rev"].startswith("wide"):
            for r in rows:
                if re.fullmatch(r"\d+", r[0]):
                    i = int(r[0]) - 1
                    v = [num(x) for x in r[2:11]]
                    for y in range(3):
                        sl, dg, tt = v[3 * y] * 1000, v[3 * y + 1] * 1000, v[3 * y + 2]
                        eq(sl, m["q"][i][y], f"revenue SL {i + 1} {Y[y]}")
                        eq(dg, c["products"][i]["price"][y], f"revenue ĐG {i + 1} {Y[y]}")
                        eq(tt, m["rev"][i][y], f"revenue TT {i + 1} {Y[y]}")
                        cons(tt, sl * dg / 1e6, f"rev:{i + 1}:{Y[y]}")
                elif r[1] == "Tổng cộng":
                    v = [num(x) for x in r[2:11]]
                    items = [[num(x) for x in q[2:11]] for q in rows if re.fullmatch(r"\d+", q[0])]
                    for y in range(3):
                        revtot[y] = v[3 * y + 2]
                        eq(v[3 * y + 2], m["revT"][y], f"revenue total {Y[y]}")
                        cons(v[3 * y + 2], sum(it[3 * y + 2] for it in items), f"rev:total:{Y[y]}")
        else:
            g = groups(rows, 3)
            for y, rn in enumerate(ROMANS[:3]):
                its = g[rn]["items"]
                for i, (lb, v) in enumerate(its):
                    eq(v[0], m["q"][i][y], f"revenue SL {lb} {Y[y]}")
                    eq(v[1], c["products"][i]["price"][y], f"revenue ĐG {lb} {Y[y]}")
                    eq(v[2], m["rev"][i][y], f"revenue TT {lb} {Y[y]}")
                    cons(v[2], v[0] * v[1] / 1e6, f"rev:{i + 1}:{Y[y]}")
                revtot[y] = gtotal(g[rn])[2]
                eq(revtot[y], m["revT"][y], f"revenue total {Y[y]}")
                cons(revtot[y], sum(v[2] for _, v in its), f"rev:total:{Y[y]}")
            eq(g["total"][2], sum(m["revT"]), "revenue three years")
            cons(g["total"][2], sum(revtot), "rev:3y")
    # cost
    costtot = [None] * 3
    if rows := tab("cost"):
        g = groups(rows, 3)
        lines_I = [m["rawcost"][j] for j in range(len(c["raws"]))] + [m["pack"], m["energy"], m["sell"]]
        lines_II = [m["wages"], [m["dep"]] * 3, m["interest"], [m["other"]] * 3, m["tax"]]
        for rn, want, tot in (("I", lines_I, m["costI"]), ("II", lines_II, m["costII"])):
            its = g[rn]["items"]
            p.check(len(its) == len(want), f"cost group {rn}: {len(its)} lines")
            for (lb, v), w in zip(its, want):
                for y in range(3):
                    eq(v[y], w[y], f"cost {lb} {Y[y]}")
            for y in range(3):
                eq(gtotal(g[rn])[y], tot[y], f"cost {rn} {Y[y]}")
                cons(gtotal(g[rn])[y], sum(v[y] for _, v in its), f"cost:{rn}:{Y[y]}")
        for y in range(3):
            costtot[y] = g["total"][y]
            eq(costtot[y], m["costT"][y], f"cost total {Y[y]}")
            cons(costtot[y], gtotal(g["I"])[y] + gtotal(g["II"])[y], f"cost:total:{Y[y]}")
        # selling and tax as shares of the revenue the plan states
        sell, tax = g["I"]["items"][-1][1], g["II"]["items"][-1][1]
        for y in range(3):
            if revtot[y]:
                cons(sell[y], revtot[y] * c["sell"], f"cost:sell:{Y[y]}")
                cons(tax[y], revtot[y] * c["tax"], f"cost:tax:{Y[y]}")
    # summary
    if rows := tab("sum"):
        S = {}
        for r in rows[1:]:
            for key in ("Sản lượng", "Doanh thu", "Tổng chi phí", "Lợi nhuận", "Tỷ suất", "Lao động", "Thu nhập"):
                if r[1].startswith(key):
                    S[key] = [num(x) for x in r[2:5]]
        if "Sản lượng" in S:
            for y in range(3):
                eq(S["Sản lượng"][y], m["out"][y], f"summary output {Y[y]}")
        for y in range(3):
            eq(S["Doanh thu"][y], m["revT"][y], f"summary revenue {Y[y]}")
            eq(S["Tổng chi phí"][y], m["costT"][y], f"summary cost {Y[y]}")
            eq(S["Lợi nhuận"][y], m["profit"][y], f"summary profit {Y[y]}")
            eq(S["Tỷ suất"][y], m["margin"][y], f"summary margin {Y[y]}")
            eq(S["Lao động"][y], m["staffT"][y], f"summary staff {Y[y]}")
            eq(S["Thu nhập"][y], m["wages"][y] / m["staffT"][y] / 12, f"summary income {Y[y]}")
            cons(S["Doanh thu"][y], revtot[y] or 0, f"sum:rev:{Y[y]}")
            cons(S["Tổng chi phí"][y], costtot[y] or 0, f"sum:cost:{Y[y]}")
            cons(S["Lợi nhuận"][y], S["Doanh thu"][y] - S["Tổng chi phí"][y], f"sum:profit:{Y[y]}")
            cons(S["Tỷ suất"][y], S["Lợi nhuận"][y] / S["Doanh thu"][y] * 100, f"sum:margin:{Y[y]}")
    # investment
    invtot = None
    if rows := tab("inv"):
        g = groups(rows, 3)
        for (rn, _, _, its, tot) in m["inv"]:
            got = g[rn]["items"]
            p.check(len(got) == len(its), f"investment group {rn}: {len(got)} items")
            for (lb, v), (_, u, qty, pr, tt) in zip(got, its):
                eq(v[2], tt, f"investment {lb}")
                if u:
                    eq(v[0], qty, f"investment quantity {lb}")
                    eq(v[1], pr, f"investment unit price {lb}")
                    cons(v[2], v[0] * v[1], f"inv:{lb}")
            eq(gtotal(g[rn])[2], tot, f"investment {rn}")
            cons(gtotal(g[rn])[2], sum(v[2] for _, v in got), f"inv:{rn}")
        invtot = g["total"][2]
        eq(invtot, m["invT"], "investment total")
        cons(invtot, sum(gtotal(g[rn])[2] for rn, *_ in m["inv"]), "inv:total")
    # sources
    if rows := tab("src"):
        g = groups(rows, 2)
        for (rn, _, its, tot) in m["src"]:
            got = g[rn]["items"]
            for (lb, v), (_, amt) in zip(got, its):
                eq(v[0], amt, f"source {lb}")
                eq(v[1], amt / m["srcT"] * 100, f"source share {lb}")
            eq(gtotal(g[rn])[0], tot, f"sources {rn}")
            cons(gtotal(g[rn])[0], sum(v[0] for _, v in got), f"src:{rn}")
        eq(g["total"][0], m["srcT"], "sources total")
        cons(g["total"][0], sum(gtotal(g[rn])[0] for rn, *_ in m["src"]), "src:total")
        if invtot is not None:
            cons(g["total"][0], invtot, "src=inv")
    return bad


# --------------------------------------------------------------------------- feasibility and text
def check_feasibility(p: Plan, k: str) -> None:
    """Raw-material balance, capacity, growth, margins, sources = investment, payback, on the true
    model; the planted feasibility defects must be off by more than 5 %, everything else sound."""
    c, t, s = PLANS[k], model(k, False), model(k, True)
    r = c["supply"]["raw"]
    need, sup = t["need"][r], t["supplyT"]
    if k == "ex06":  # material-shortfall in 2028 and 2029
        p.check(need[0] <= sup, "ex06 2027 need within supply")
        for y in (1, 2):
            p.check(off(need[y], sup), f"ex06 shortfall {YEARS[y]}: need {need[y]} vs supply {sup}")
    else:
        for y in range(3):
            p.check(need[y] <= sup, f"raw need {YEARS[y]} {need[y]} exceeds supply {sup}")
    for lab, per, unit, days, cap, use in t["caps"]:
        if k == "ex05":  # capacity-exceeded in 2028 and 2029
            p.check(use[0] <= cap, "ex05 2027 within capacity")
            for y in (1, 2):
                p.check(use[y] > cap and off(use[y], cap), f"ex05 over capacity {YEARS[y]}: {use[y]} vs {cap}")
        else:
            for y in range(3):
                p.check(use[y] <= cap, f"{lab} {YEARS[y]}: {use[y]} over {cap}")
    g0 = t["revT"][0] / t["hist"][2][2] - 1
    p.check(g0 <= 0.31, f"2027 revenue growth on 2026 {g0:.0%}")
    for y in (1, 2):
        g = t["revT"][y] / t["revT"][y - 1] - 1
        if k == "ex10" and y == 1:  # unrealistic-growth
            p.check(g > 1.0 and t["out"][1] / t["out"][0] > 2.0, f"ex10 growth 2028 {g:.0%}")
            p.check(t["staffT"][1] == t["staffT"][0], "ex10 keeps the same staff")
        else:
            p.check(g <= 0.31, f"revenue growth {YEARS[y]} {g:.0%}")
    for y in range(3):
        if not (k == "ex10" and y > 0):
            p.check(0 < t["margin"][y] < 40, f"true margin {YEARS[y]} {t['margin'][y]}")
    if k == "ex08":  # capital-mismatch
        p.check(off(t["srcT"], t["invT"]), f"ex08 sources {t['srcT']} vs investment {t['invT']}")
        p.check(close(t["srcT"], t["invT"] - t["inv"][2][4]), "ex08 sources = groups I + II")
    else:
        p.check(close(t["srcT"], t["invT"]), f"sources {t['srcT']} vs investment {t['invT']}")
    p.check(sum(c["loan"][:1]) == sum(v for g in c["src"] if g[0] == "II" for _, v in g[2]),
            "the 2027 loan balance equals the loans in the sources")
    # planted numbers: stated vs true
    if k == "ex05":
        p.check(off(s["costI"][1], t["costI"][1]), f"ex05 Cộng I 2028 {s['costI'][1]} vs {t['costI'][1]}")
        p.check(close(s["costI"][1] - t["costI"][1], t["pack"][1]), "ex05 the packaging line counted twice")
    if k == "ex06":
        p.check(off(s["rev"][1][1], t["rev"][1][1]), f"ex06 TT 2028 {s['rev'][1][1]} vs {t['rev'][1][1]}")
    if k == "ex07":
        alt = [t["invT"] / (t["avg_profit"] + t["dep"]), t["fixed"] / (t["avg_profit"] + t["dep"]),
               t["invT"] / t["avg_profit"], t["fixed"] / t["avg_profit"]]
        for a in alt:
            p.check(off(s["payback"], a, 20), f"ex07 stated payback {s['payback']} vs {a:.2f}")
    if k == "ex09":
        p.check(off(s["profit"][1], t["profit"][1]), f"ex09 profit 2028 {s['profit'][1]} vs {t['profit'][1]}")
    if k not in PLANTED:
        p.check(model(k, True) == model(k, False), "a clean plan states the true numbers")


def check_text(p: Plan, k: str) -> None:
    s, body = model(k, True), p.body
    p.lacks(PLACEHOLDER, "template placeholder")
    p.has(f"khoảng {fmt1(s['payback'])} năm", f"{fmtq(s['invT'])} triệu đồng", f"{fmtq(s['supplyT'])}")
    if k != "ex05":  # ex05 never multiplies its stills out: the reviewer has to
        p.has(f"{fmtq(s['caps'][0][4])}")
    if k != "ex09":
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        p.lacks(REPLACED, "replaced instrument or abolished district level")
    if k in READY:
        if k != "ex01":
            p.has("43/2017/NĐ-CP", "111/2021/NĐ-CP")
        p.has("TCCS", "nhãn hiệu", "môi trường", "QR")
        for d, mth, yr in re.findall(r"đến (\d{2})/(\d{1,2})/(\d{4})", body):
            p.check(int(yr) >= 2029, f"paper valid only to {d}/{mth}/{yr}")
            if int(yr) == 2029:
                p.check("Gia hạn" in body, "a paper ending in 2029 with no renewal in the schedule")
    need_words = {
        "ex01": ("an toàn thực phẩm", "Luật Du lịch", "chữa cháy", "bể tự hoại", "kiểm soát chất lượng"),
        "ex02": ("mỹ phẩm", "không phải thực phẩm", "Sở Y tế", "thử nghiệm", "hồ sơ lô"),
        "ex03": ("an toàn thực phẩm", "tự công bố", "thử nghiệm", "kiểm soát nội bộ", "bể tách dầu"),
        "ex04": ("không phải thực phẩm", "thử nghiệm", "thẻ treo", "mã thợ"),
        "ex05": ("29 % vol", "etanol", "an toàn thực phẩm", "TCCS", "nhãn hiệu", "biogas", "tiêu thụ đặc biệt",
                 "đủ công suất"),
        "ex06": ("an toàn thực phẩm", "TCCS", "nhãn hiệu", "43/2017/NĐ-CP", "bảo đảm đủ"),
        "ex07": ("TCCS", "tự công bố", "thử nghiệm", "nhãn hiệu", "lưu mẫu", "khoảng 1,2 năm"),
        "ex08": ("TCCS", "thử nghiệm", "thẻ treo", "43/2017/NĐ-CP", "bể lắng", "biên bản họp",
                 "tài khoản cá nhân", "350 triệu đồng", "bảo đảm đủ"),
        "ex09": ("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "huyện Thạch Hà", "an toàn thực phẩm",
                 "nhãn hiệu", "QR", "43/2017/NĐ-CP"),
        "ex10": ("an toàn thực phẩm", "TCCS", "thử nghiệm", "nhãn hiệu", "43/2017/NĐ-CP",
                 "nhà xưởng 300 m²", "Xưởng sản xuất hiện có 150 m²", "giữ nguyên 8 lao động",
                 "Thị trường bánh đa còn rất lớn"),
    }
    p.has(*need_words[k])
    lack = {
        "ex05": (r"giấy phép|105/2017|17/2020|cấp phép", "an alcohol licence"),
        "ex06": (r"môi trường|nước thải|chất thải|xử lý|mùi|khí thải|\bbã\b|xác cá|\brác\b|ô nhiễm",
                 "environmental measures"),
        "ex08": (r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|hợp tác xã|doanh nghiệp|tổ hợp tác|"
                 r"giấy chứng nhận đăng ký", "a business registration"),
        "ex09": (r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|thử nghiệm|chỉ tiêu (chất lượng|an toàn|vi sinh)",
                 "a product standard"),
        "ex10": (r"truy xuất|nhật ký|QR|mã lô|số lô|\blô\b|kiểm soát|lưu mẫu|HACCP|ISO|\btem\b|mã vạch|kiểm tra",
                 "quality control or traceability"),
    }
    if k in lack:
        p.lacks(*lack[k])
    if k == "ex07":
        p.lacks(r"an toàn thực phẩm|ATTP|15/2018|đủ điều kiện|cam kết|vệ sinh thực phẩm", "food safety")
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|QR", "a label")
    if k == "ex08":
        p.lacks(r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý", "a trademark")
    if k == "ex09":
        p.lacks(r"148/QĐ-TTg|1489", "the current OCOP instruments")


def check_sketchy(p: Plan, k: str) -> None:
    words = len(re.findall(r"\w+", p.body))
    p.check(150 <= words <= 320, f"sketchy plan has {words} words")
    p.check(not p.rows and "Bảng" not in p.body, "a sketchy plan has no table")
    nums = re.findall(r"\d[\d.,]*", p.body)
    p.check(len(nums) <= 20, f"{len(nums)} numbers in a sketchy plan (dates and phone included)")
    p.lacks(PLACEHOLDER, "template placeholder")
    if k == "ex11":
        p.has("400 con vịt", "30.000 quả", "6.000 đồng/quả", "180 triệu đồng", "80 triệu đồng")
        p.check(close(30000 * 6000 / 1e6, 180), "ex11 revenue = eggs x price")
    else:
        p.has("6 chiếc đò", "3.000 lượt khách", "80.000 đồng/lượt", "240 triệu đồng", "150 triệu đồng")
        p.check(close(3000 * 80000 / 1e6, 240), "ex12 revenue = guests x price")
    p.lacks(r"TCCS|nhãn hiệu|an toàn thực phẩm|môi trường|QR", "a paper a sketchy plan does not have")


def main() -> int:
    plans = []
    for k, stem in STEMS.items():
        p = Plan(stem)
        if k in PLANS:
            bad = check_tables(p, k)
            want = EXPECTED_INCONSISTENT.get(k, set())
            p.check(bad == want, f"table inconsistencies {sorted(bad)}, planted {sorted(want)}")
            check_feasibility(p, k)
            check_text(p, k)
        else:
            check_sketchy(p, k)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
