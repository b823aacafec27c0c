"""The 229th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout229/arithmetic.py [hv01 hv05 ...]

Theme: plans that give each plan year its own table (a table for 2027, one for 2028, one for 2029,
each with the products as rows and quantity, price and revenue as columns), or one table per
product with the years as rows. For every full plan (hv01-hv10) the constants give the products
(pack size in the plan's base unit, price and quantity for each year, packaging cost per pack),
the 2024-2026 history, the raw materials (norm per base unit, price, supply rows as count x
yield), the equipment rating (per day x days), staff by role and the monthly wage of each year,
energy per base unit, the selling and tax shares, the fixed "other" line, investment items,
capital sources, asset life, loan balances and rate. `model()` turns them into every figure the
plan prints (the throw-away generator that wrote src/ used the same function); `printed()` is
the model with the planted numeric defects and their knock-ons applied, i.e. what the plan says.
`main()` reads every table back from the plan's source and compares it: planted numeric defects
must be wrong by more than 5 % against the true value, every other figure right within 1 %.
Textual defects are asserted by the absence (or presence) of their words.
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
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


def P(label, unit, size, price, qty, pack, **kw):
    return dict(label=label, unit=unit, size=size, price=price, qty=qty, pack=pack, **kw)


# --------------------------------------------------------------------------- constants
# products: P(label, pack word, size in base units, [price đ 2027-2029], [qty 2027-2029], pack đ)
# hist: 2024-2026 output (base unit), revenue and profit (triệu đồng), workers
# raws: label, unit, norm per base unit (of the products in `basis`, all when None), price đ/unit,
#       supply rows (label, [count per year], count word, yield per count)
# cap: rating per day x days (of the products in `basis`); roles: staff per year; wage triệu/tháng
# energy: đồng per base unit; sell, tax: shares of revenue; other: fixed triệu/year
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance per year; rate
PLANS: dict[str, dict] = {
    "hv01": dict(
        base="kg",
        products=[P("Bánh ít lá gai nhân đậu xanh, hộp 10 chiếc", "hộp", 0.6,
                    [55000, 57000, 59000], [24000, 27000, 30000], 4000),
                  P("Bánh ít lá gai nhân dừa, hộp 10 chiếc", "hộp", 0.6,
                    [52000, 54000, 56000], [12000, 13500, 15000], 4000),
                  P("Bánh ít lá gai cấp đông, túi 20 chiếc", "túi", 1.2,
                    [98000, 100000, 104000], [4000, 4800, 5500], 6000)],
        hist=dict(out=[19800, 21600, 23600], rev=[1584.0, 1792.8, 2006.0],
                  profit=[126.7, 150.6, 176.5], workers=[9, 10, 10]),
        raws=[dict(label="Gạo nếp cái", short="gạo nếp", unit="kg", norm=0.45, price=30000,
                   supply=[("Hộ trồng nếp thôn Trung Hòa", [30, 30, 30], "hộ", 400),
                           ("Hộ trồng nếp thôn Yên Lạc", [12, 12, 12], "hộ", 400)]),
              dict(label="Lá gai tươi", short="lá gai", unit="kg", norm=0.15, price=15000,
                   supply=[("Vườn lá gai của công ty", [0.5, 0.5, 0.5], "ha", 8000),
                           ("Hộ trồng lá gai ven sông La", [15, 15, 15], "hộ", 150)]),
              dict(label="Đậu xanh, dừa, đường", short="nhân bánh", unit="kg", norm=0.25, price=45000,
                   supply=[("Cửa hàng nông sản Đức Thịnh", [1, 1, 1], "hợp đồng", 10000)])],
        cap=dict(per_day=140, days=300, text="2 tủ hấp × 70 kg/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, làm nhân, gói bánh", [6, 7, 8]),
               ("Hấp, làm nguội, đóng hộp", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 2])],
        wage=[5.5, 5.8, 6.1], energy=3000, sell=0.05, tax=0.015, other=60,
        inv=[("Máy xay bột nếp ướt, máy sên nhân", 120, True),
             ("Hai tủ hấp bánh bằng hơi 70 kg/ngày", 180, True),
             ("Kho lạnh cấp đông 20 m³", 160, True),
             ("Cải tạo xưởng theo nguyên tắc một chiều", 240, True),
             ("Thiết kế hộp, nhãn, mã QR", 40, False),
             ("Kiểm nghiệm, đăng ký nhãn hiệu", 30, False),
             ("Vốn lưu động", 310, False)],
        src=[("Vốn chủ sở hữu", 580), ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        life=10, loan=[500, 400, 300], rate=0.08),
    "hv02": dict(
        base="kg",
        products=[P("Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "hộp", 0.06,
                    [48000, 50000, 52000], [24000, 27000, 30000], 7000),
                  P("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5,
                    [110000, 115000, 120000], [5000, 5500, 6000], 3000),
                  P("Cà gai leo khô, bao 5 kg", "bao", 5,
                    [950000, 980000, 1000000], [300, 350, 400], 10000)],
        hist=dict(out=[4300, 4800, 5300], rev=[1376.0, 1584.0, 1802.0],
                  profit=[168.0, 196.5, 228.9], workers=[10, 11, 11]),
        raws=[dict(label="Cà gai leo tươi (thân, lá)", short="cà gai leo tươi", unit="kg", norm=4.2, price=9000,
                   supply=[("Vườn cà gai leo của hợp tác xã", [4, 4, 4], "ha", 5000),
                           ("Hộ thành viên thôn Phú Lập", [18, 18, 18], "hộ", 600),
                           ("Hộ thôn Tân Mỹ (hợp đồng thu mua)", [10, 10, 10], "hộ", 600)])],
        cap=dict(per_day=40, days=250, text="2 máy sấy × 20 kg khô/ngày"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Trồng, thu hái, sơ chế", [5, 5, 5]),
               ("Sấy, cắt, đóng túi lọc", [3, 3, 4]), ("Bán hàng, kho", [1, 2, 2])],
        wage=[5.2, 5.5, 5.8], energy=14000, sell=0.06, tax=0.015, other=70,
        inv=[("Nhà sấy, phòng đóng gói 120 m²", 320, True),
             ("Máy sấy bơm nhiệt (bổ sung 1 máy)", 210, True),
             ("Máy cắt, máy nghiền, máy đóng túi lọc", 280, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False),
             ("Kiểm nghiệm, công bố, nhãn hiệu", 35, False),
             ("Vốn lưu động", 265, False)],
        src=[("Vốn góp của thành viên", 420), ("Quỹ đầu tư phát triển của hợp tác xã", 130),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 480, 360], rate=0.08),
    "hv03": dict(
        base="kg",
        products=[P("Mật ong hoa rừng, lọ 350 g", "lọ", 0.35,
                    [120000, 125000, 130000], [4000, 4500, 5000], 9000),
                  P("Mật ong hoa keo, chai 700 g", "chai", 0.7,
                    [150000, 155000, 160000], [3000, 3300, 3600], 8000),
                  P("Mật ong hoa keo, can 3 kg", "can", 3,
                    [540000, 560000, 580000], [300, 350, 400], 15000)],
        hist=dict(out=[3500, 3850, 4100], rev=[770.0, 866.3, 943.0],
                  profit=[118.0, 134.5, 148.2], workers=[3, 4, 4]),
        raws=[dict(label="Mật ong thô", short="mật ong thô", unit="kg", norm=1.05, price=95000,
                   supply=[("Đàn ong của hộ", [180, 200, 220], "đàn", 15),
                           ("Hộ nuôi ong thôn Khe Mây (hợp đồng)", [28, 28, 28], "hộ", 110)])],
        cap=dict(per_day=60, days=200, text="máy hạ thủy phần 60 kg/ngày"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 3]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
        wage=[4.5, 4.8, 5.0], energy=4000, sell=0.05, tax=0.015, other=30,
        inv=[("Máy hạ thủy phần mật ong 60 kg/ngày", 150, True),
             ("Máy quay mật, bồn lắng inox, máy lọc", 80, True),
             ("Bổ sung 40 thùng ong và ong giống", 64, True),
             ("Phòng lọc, đóng chai 30 m²", 110, True),
             ("Lọ, chai, can, nhãn, kiểm nghiệm", 46, False),
             ("Vốn lưu động", 150, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 180, 110], rate=0.066),
    "hv04": dict(
        base="lượt",
        products=[P("Phòng nghỉ nhà sàn (đêm phòng)", "đêm", 1,
                    [600000, 650000, 700000], [1500, 1800, 2100], 80000),
                  P("Suất ăn món quê", "suất", 1,
                    [150000, 160000, 170000], [5000, 6000, 7000], 0),
                  P("Vé trải nghiệm hái chè, làm bánh", "lượt", 1,
                    [120000, 120000, 130000], [4000, 4800, 5600], 15000),
                  P("Cho thuê lều cắm trại", "lượt", 1,
                    [200000, 200000, 210000], [600, 800, 1000], 30000)],
        hist=dict(out=[6800, 8100, 9200], rev=[1105.0, 1380.0, 1652.0],
                  profit=[95.0, 131.0, 170.0], workers=[9, 10, 11]),
        raws=[dict(label="Thực phẩm tươi cho bếp", short="thực phẩm tươi", unit="kg", norm=0.6, price=80000, basis=[1],
                   supply=[("Hộ trồng rau, nuôi gà thôn Kim Cương", [25, 25, 25], "hộ", 150),
                           ("Hợp tác xã nông nghiệp Kim Hoa", [1, 1, 1], "hợp đồng", 1500)])],
        cap=dict(per_day=10, days=330, basis=[0], text="10 phòng nhà sàn"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Lễ tân, buồng phòng", [3, 4, 4]),
               ("Bếp, phục vụ ăn", [4, 4, 5]), ("Hướng dẫn viên trải nghiệm", [2, 2, 3])],
        wage=[5.8, 6.1, 6.4], energy=15000, sell=0.08, tax=0.02, other=120,
        inv=[("Sửa chữa 4 nhà sàn, thêm 4 phòng", 900, True),
             ("Nhà bếp, nhà ăn 80 khách", 450, True),
             ("Hệ thống nước, bể tự hoại, xử lý nước thải", 220, True),
             ("Trang thiết bị phòng, lều, đồ cắm trại", 280, True),
             ("Biển chỉ dẫn, website, ấn phẩm quảng bá", 70, False),
             ("Vốn lưu động", 280, False)],
        src=[("Vốn góp của cổ đông", 1200), ("Vay Ngân hàng thương mại cổ phần Công Thương", 1000)],
        life=15, loan=[1000, 800, 600], rate=0.085),
    "hv05": dict(
        base="lít",
        products=[P("Rượu nếp 35 độ, chai 500 ml", "chai", 0.5,
                    [80000, 84000, 88000], [16000, 18000, 20000], 9000),
                  P("Rượu nếp 35 độ, bình sứ 1,5 lít", "bình", 1.5,
                    [320000, 330000, 340000], [2000, 2300, 2600], 45000),
                  P("Rượu nếp 40 độ, can 5 lít", "can", 5,
                    [450000, 470000, 490000], [800, 900, 1000], 15000)],
        hist=dict(out=[11800, 12900, 13900], rev=[1534.0, 1728.6, 1918.2],
                  profit=[170.0, 192.5, 215.3], workers=[8, 8, 9]),
        raws=[dict(label="Gạo nếp cái", short="gạo nếp", unit="kg", norm=1.3, price=28000,
                   supply=[("Ruộng nếp của thành viên", [25, 25, 25], "hộ", 500),
                           ("Hộ trồng nếp thôn Yên Điềm (hợp đồng)", [16, 16, 16], "hộ", 500)])],
        cap=dict(per_day=120, days=260, text="3 nồi chưng cất × 40 lít/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu cơm, ủ men, chưng cất", [4, 4, 4]),
               ("Lọc, hạ thổ, chiết chai", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.0], energy=9000, sell=0.06, tax=0.02, other=60,
        inv=[("Nồi chưng cất inox thứ ba 40 lít/ngày", 140, True),
             ("Máy lọc, khử andehit, máy chiết rót", 240, True),
             ("Hầm hạ thổ, chum sành ủ rượu", 160, True),
             ("Hầm biogas, bể chứa bỗng rượu", 90, True),
             ("Thiết kế bình sứ, nhãn, tem truy xuất", 60, False),
             ("Vốn lưu động", 310, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        life=10, loan=[500, 400, 300], rate=0.08),
    "hv06": dict(
        base="lít",
        products=[P("Nước mắm cốt cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5,
                    [95000, 98000, 100000], [10000, 11000, 12000], 7000),
                  P("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1,
                    [85000, 88000, 90000], [8000, 8800, 9600], 8000),
                  P("Nước mắm 20 độ đạm, can 5 lít", "can", 5,
                    [250000, 260000, 270000], [1200, 1300, 1400], 12000)],
        hist=dict(out=[15600, 16800, 17900], rev=[1248.0, 1394.4, 1539.4],
                  profit=[160.0, 180.6, 201.0], workers=[6, 7, 7]),
        raws=[dict(label="Cá cơm tươi", short="cá cơm", unit="kg", norm=1.3, price=24000,
                   supply=[("Thuyền của hộ", [2, 2, 2], "thuyền", 8000),
                           ("Nậu vựa bến Cửa Nhượng (hợp đồng)", [3, 3, 3], "vựa", 6000)]),
              dict(label="Muối hạt", short="muối", unit="kg", norm=0.43, price=3500,
                   supply=[("Diêm dân thôn Hải Hà", [1, 1, 1], "hợp đồng", 12000)])],
        cap=dict(per_day=None, days=None, vats=70, per_vat=400, text="70 thùng gỗ × 400 lít/năm"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Muối chượp, đảo chượp, kéo rút", [3, 3, 3]),
               ("Lọc, đóng chai, dán nhãn", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 2])],
        wage=[5.0, 5.2, 5.5], energy=2500, sell=0.05, tax=0.015, other=40,
        inv=[("Bổ sung 20 thùng gỗ ủ chượp", 160, True),
             ("Nhà ủ chượp mái tôn 150 m²", 280, True),
             ("Máy lọc, bồn inox, máy chiết rót", 150, True),
             ("Chai, can, nhãn, tem truy xuất", 40, False),
             ("Vốn lưu động (mua cá, muối)", 270, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.08),
    "hv07": dict(
        base="kg",
        products=[P("Trà xạ đen túi lọc, hộp 25 túi × 2 g", "hộp", 0.05,
                    [55000, 57000, 59000], [14000, 15000, 17000], 6000),
                  P("Trà xạ đen khô, túi 300 g", "túi", 0.3,
                    [90000, 93000, 96000], [5000, 5500, 6000], 3000),
                  P("Trà xạ đen phối lá vối, hộp 20 túi × 3 g", "hộp", 0.06,
                    [62000, 64000, 66000], [6000, 7000, 8000], 6000)],
        hist=dict(out=[1900, 2150, 2350], rev=[1102.0, 1268.5, 1410.0],
                  profit=[121.0, 142.0, 160.7], workers=[9, 10, 10]),
        raws=[dict(label="Cành lá xạ đen tươi", short="xạ đen tươi", unit="kg", norm=5.0, price=7000,
                   supply=[("Vùng trồng của công ty", [3, 3, 3], "ha", 3500),
                           ("Hộ liên kết thôn Kim Lĩnh", [22, 22, 22], "hộ", 450)])],
        cap=dict(per_day=16, days=260, text="máy sấy bơm nhiệt 16 kg khô/ngày"),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Thu hái, sơ chế, sấy", [4, 4, 5]),
               ("Nghiền, đóng túi lọc, đóng hộp", [2, 2, 2]), ("Bán hàng, đại lý", [2, 2, 2])],
        wage=[5.5, 5.8, 6.2], energy=20000, sell=0.06, tax=0.015, other=60,
        inv=[("Nhà xưởng sơ chế, sấy 150 m²", 520, True),
             ("Máy sấy bơm nhiệt 16 kg khô/ngày", 260, True),
             ("Máy nghiền, máy đóng túi lọc tự động", 340, True),
             ("Hệ thống tưới cho 3 ha xạ đen", 180, True),
             ("Bao bì, mã vạch, tem truy xuất QR", 60, False),
             ("Vốn lưu động", 440, False)],
        src=[("Vốn góp của thành viên công ty", 800), ("Lợi nhuận giữ lại", 300),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 450)],
        life=10, loan=[450, 350, 250], rate=0.08),
    "hv08": dict(
        base="kg",
        products=[P("Kẹo lạc mè, gói 250 g", "gói", 0.25,
                    [30000, 31000, 32000], [18000, 34000, 48000], 1500, h_qty=16000, h_price=29000),
                  P("Kẹo lạc gương, hộp 400 g", "hộp", 0.4,
                    [52000, 54000, 56000], [5600, 10600, 15000], 4000, h_qty=5000, h_price=50000),
                  P("Kẹo lạc vừng đen, túi 1 kg", "túi", 1,
                    [95000, 98000, 100000], [1000, 1900, 2600], 2500, h_qty=800, h_price=92000)],
        hist=dict(out=[5600, 6200, 6800], rev=[620.0, 695.0, 787.6],
                  profit=[68.2, 76.5, 86.6], workers=[7, 7, 7]),
        raws=[dict(label="Lạc nhân", short="lạc nhân", unit="kg", norm=0.55, price=50000,
                   supply=[("Hộ trồng lạc xã Tiên Điền (hợp đồng)", [30, 50, 70], "hộ", 180)]),
              dict(label="Mạch nha, đường, vừng", short="mạch nha, đường", unit="kg", norm=0.4, price=24000,
                   supply=[("Đại lý Xuân Thành", [1, 1, 1], "hợp đồng", 12000)])],
        cap=dict(per_day=100, days=300, text="2 nồi nấu kẹo × 50 kg/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Rang lạc, nấu kẹo, cán cắt", [3, 3, 3]),
               ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=[3.8, 4.0, 4.2], energy=3000, sell=0.05, tax=0.015, other=60,
        inv=[("Máy rang lạc, máy tách vỏ lụa", 90, True),
             ("Nồi nấu kẹo 2 × 50 kg/ngày, bàn cán cắt", 110, True),
             ("Máy đóng gói hút chân không", 70, True),
             ("Cải tạo xưởng 80 m²", 100, True),
             ("Vốn lưu động", 130, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Quỹ hỗ trợ nông dân", 200)],
        life=8, loan=[200, 150, 100], rate=0.07),
    "hv09": dict(
        base="lít",
        products=[P("Nước bưởi ép nguyên chất, chai 330 ml", "chai", 0.33,
                    [20000, 21000, 22000], [60000, 70000, 80000], 3500),
                  P("Nước bưởi ép, chai 1 lít", "chai", 1,
                    [52000, 54000, 56000], [8000, 9000, 10000], 6000),
                  P("Trà bưởi mật ong, chai 330 ml", "chai", 0.33,
                    [22000, 23000, 24000], [20000, 24000, 28000], 3500)],
        hist=dict(out=[24500, 27800, 31000], rev=[1176.0, 1362.2, 1550.0],
                  profit=[82.3, 102.2, 124.0], workers=[9, 10, 10]),
        raws=[dict(label="Bưởi quả", short="bưởi quả", unit="kg", norm=2.2, price=5000,
                   supply=[("Vườn bưởi của công ty", [5, 5, 5], "ha", 14000),
                           ("Hộ trồng bưởi thôn Phúc Đồng (hợp đồng)", [15, 15, 15], "hộ", 3000)])],
        cap=dict(per_day=200, days=260, text="dây chuyền ép, chiết 200 lít/ngày"),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, ép, thanh trùng", [4, 4, 5]),
               ("Chiết rót, đóng thùng", [2, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1], energy=2000, sell=0.06, tax=0.015, other=60,
        inv=[("Máy ép bưởi và máy lọc", 280, True),
             ("Thiết bị thanh trùng, chiết rót, đóng nắp", 420, True),
             ("Kho mát bảo quản quả 60 m³", 200, True),
             ("Cải tạo nhà xưởng 150 m²", 300, True),
             ("Bao bì, mã vạch, tem truy xuất", 50, False),
             ("Vốn lưu động", 350, False)],
        src=[("Vốn góp của thành viên công ty", 900), ("Vay Ngân hàng Nông nghiệp và PTNT", 700)],
        life=10, loan=[700, 550, 400], rate=0.08),
    "hv10": dict(
        base="chiếc",
        products=[P("Nón lá bài thơ 16 vành", "chiếc", 1,
                    [130000, 135000, 140000], [1800, 2200, 2600], 6000),
                  P("Nón lá vẽ tay lưu niệm", "chiếc", 1,
                    [95000, 100000, 105000], [1200, 1500, 1800], 5000),
                  P("Nón lá trẻ em", "chiếc", 1,
                    [50000, 52000, 55000], [600, 800, 1000], 3000)],
        hist=dict(out=[3000, 3200, 3400], rev=[282.0, 307.2, 333.2],
                  profit=[52.0, 58.0, 64.5], workers=[8, 8, 8]),
        raws=[dict(label="Lá nón đã phơi", short="lá nón", unit="kg", norm=0.3, price=50000,
                   supply=[("Hộ khai thác lá nón Hương Khê (hợp đồng)", [3, 3, 3], "hộ", 700)]),
              dict(label="Vành tre, chỉ cước", short="vành tre", unit="bộ", norm=1, price=8000,
                   supply=[("Cơ sở chuốt vành tre thôn Đông Thịnh", [1, 1, 1], "cơ sở", 6000)])],
        cap=dict(per_day=16, days=250, text="8 người khâu × 2 chiếc/ngày"),
        roles=[("Khâu nón (các thành viên gia đình và người làm)", [8, 8, 8]),
               ("Vẽ, quét dầu bóng, bán hàng", [1, 1, 1])],
        wage=[1.6, 1.9, 2.2], energy=1000, sell=0.05, tax=0.0, other=8,
        inv=[("Máy là lá nón", 25, True), ("Khuôn nón, dụng cụ khâu", 15, True),
             ("Kho chứa lá chống ẩm 20 m²", 40, True),
             ("Thẻ treo, túi đựng nón", 10, False), ("Vốn lưu động (mua lá)", 30, False)],
        src=[("Tiền của gia đình", 80), ("Vay Ngân hàng Chính sách xã hội (con gái đứng vay)", 40)],
        life=8, loan=[40, 30, 20], rate=0.066),
}


# --------------------------------------------------------------------------- model
def _basis(P_, idx, y):
    prods = P_["products"]
    use = range(len(prods)) if idx is None else idx
    return sum(prods[i]["qty"][y] * prods[i]["size"] for i in use)


def model(key: str) -> dict:
    """Every figure of plan `key`, as the plan would print it with no defect (triệu đồng)."""
    P_ = PLANS[key]
    prods = P_["products"]
    m: dict = {"key": key}
    m["out"] = [_basis(P_, None, y) for y in Y]
    m["rev"] = [[p["qty"][y] * p["price"][y] / 1e6 for y in Y] for p in prods]
    m["rev_tot"] = [sum(r[y] for r in m["rev"]) for y in Y]
    m["rev_sum3"] = [sum(r) for r in m["rev"]]          # per product, 2027-2029
    m["qty_sum3"] = [sum(p["qty"]) for p in prods]
    raws = []
    for r in P_["raws"]:
        need = [_basis(P_, r.get("basis"), y) * r["norm"] for y in Y]
        rows = [(lab, cnt, word, yld, [cnt[y] * yld for y in Y]) for lab, cnt, word, yld in r["supply"]]
        supply = [sum(x[4][y] for x in rows) for y in Y]
        raws.append(dict(r, need=need, rows=rows, sup=supply,
                         bal=[supply[y] - need[y] for y in Y],
                         cost=[need[y] * r["price"] / 1e6 for y in Y]))
    m["raws"] = raws
    c = P_["cap"]
    m["cap"] = c["vats"] * c["per_vat"] if c.get("vats") else c["per_day"] * c["days"]
    m["cap_q"] = [_basis(P_, c.get("basis"), y) for y in Y]
    m["use"] = [m["cap_q"][y] / m["cap"] * 100 for y in Y]
    m["staff"] = [sum(n[y] for _, n in P_["roles"]) for y in Y]
    m["wagefund"] = [m["staff"][y] * P_["wage"][y] * 12 for y in Y]
    m["pack"] = [sum(p["qty"][y] * p["pack"] for p in prods) / 1e6 for y in Y]
    m["energy"] = [m["out"][y] * P_["energy"] / 1e6 for y in Y]
    m["fixed"] = sum(v for _, v, f in P_["inv"] if f)
    m["inv_tot"] = sum(v for _, v, _f in P_["inv"])
    m["src_tot"] = sum(v for _, v in P_["src"])
    m["dep"] = m["fixed"] / P_["life"]
    m["interest"] = [P_["loan"][y] * P_["rate"] for y in Y]
    m["sell"] = [m["rev_tot"][y] * P_["sell"] for y in Y]
    m["tax"] = [m["rev_tot"][y] * P_["tax"] for y in Y]
    m["other"] = [P_["other"]] * 3
    lines = [(r["label"], r["cost"]) for r in raws]
    lines += [("pack", m["pack"]), ("energy", m["energy"]), ("wages", m["wagefund"]),
              ("dep", [m["dep"]] * 3), ("interest", m["interest"]), ("sell", m["sell"])]
    if P_["tax"]:
        lines.append(("tax", m["tax"]))
    lines.append(("other", m["other"]))
    m["lines"] = lines
    m["cost"] = [sum(v[y] for _, v in lines) for y in Y]
    m["profit"] = [m["rev_tot"][y] - m["cost"][y] for y in Y]
    m["margin"] = [m["profit"][y] / m["rev_tot"][y] * 100 for y in Y]
    m["payback"] = m["inv_tot"] / (sum(m["profit"]) / 3 + m["dep"])
    return m


# Planted numeric defects, as printed (the generator wrote these; main() asserts them).
DEFECTS = {
    "hv05": {"total_2029": 3450.0},            # table-total-mismatch in the 2029 table (đồng in the plan)
    "hv06": {"rev_p1_2028": 890.0},            # revenue-mismatch, product 2 (index 1), 2028 row
    "hv07": {"qty_p0_2028_sales": 17500},      # figure-inconsistent, 2028 sales table vs output plan
    "hv08": {"profit_2027": None},             # profit-mismatch, set below from the model (× 1,35)
    "hv09": {"payback": 1.9},                  # payback-mismatch
}


def printed(key: str) -> dict:
    """The model with the planted numeric defects and their knock-ons: what the plan prints."""
    m = copy.deepcopy(model(key))
    m["p_rev_tot"] = list(m["rev_tot"])
    m["p_profit"] = list(m["profit"])
    m["p_rev"] = [list(r) for r in m["rev"]]
    m["p_qty_sales"] = [list(p["qty"]) for p in PLANS[key]["products"]]
    if key == "hv05":
        m["p_rev_tot"][2] = DEFECTS["hv05"]["total_2029"]
    elif key == "hv06":
        m["p_rev"][1][1] = DEFECTS["hv06"]["rev_p1_2028"]
        m["p_rev_tot"][1] = sum(r[1] for r in m["p_rev"])
    elif key == "hv07":
        q = DEFECTS["hv07"]["qty_p0_2028_sales"]
        m["p_qty_sales"][0][1] = q
        m["p_rev"][0][1] = q * PLANS[key]["products"][0]["price"][1] / 1e6
        m["p_rev_tot"][1] = sum(r[1] for r in m["p_rev"])
    if key in ("hv05", "hv06", "hv07"):  # the summary follows the printed revenue
        m["p_profit"] = [m["p_rev_tot"][y] - m["cost"][y] for y in Y]
    if key == "hv08":
        m["p_profit"][0] = round(m["profit"][0] * 1.35, 1)
    m["p_margin"] = [m["p_profit"][y] / m["p_rev_tot"][y] * 100 for y in Y]
    m["p_payback"] = m["inv_tot"] / (sum(m["p_profit"]) / 3 + m["dep"])
    if key == "hv09":
        m["p_payback"] = DEFECTS["hv09"]["payback"]
    return m


# --------------------------------------------------------------------------- layout
# Table captions (the text after "Bảng N."; hv09's year tables have a bold line instead), the
# theme's form (a table per year or per product), the units of price and money in those tables,
# and the cost-line labels that differ from the common ones.
def _caps(**kw):
    base = dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026", comp="Giá sản phẩm cùng loại",
                raw="Cân đối nguyên liệu", equip="Máy móc, thiết bị", staff="Lao động và tiền lương",
                prod="Sản lượng kế hoạch và công suất", cost="Chi phí sản xuất kinh doanh",
                inv="Tổng vốn đầu tư", src="Nguồn vốn", sum="Hiệu quả kinh tế",
                papers="Hồ sơ pháp lý và chất lượng", sched="Tiến độ thực hiện")
    base.update(kw)
    return base


CAP = {
    "hv01": _caps(comp="Giá bánh ít lá gai của một số cơ sở", raw="Cân đối nguyên liệu chính",
                  years=[f"Kế hoạch tiêu thụ năm {y}" for y in YEARS]),
    "hv02": _caps(hist="Kết quả hoạt động của hợp tác xã 2024 – 2026", comp="Giá trà cà gai leo trên thị trường",
                  raw="Nguyên liệu cà gai leo tươi", equip="Thiết bị hiện có và đầu tư mới",
                  staff="Bố trí lao động", prod="Sản lượng và mức sử dụng máy sấy",
                  products="Kế hoạch tiêu thụ: ", cost="Dự toán chi phí", inv="Nhu cầu vốn đầu tư",
                  src="Cơ cấu nguồn vốn", sum="Tổng hợp doanh thu, chi phí, lợi nhuận",
                  papers="Tình trạng hồ sơ", sched="Kế hoạch triển khai"),
    "hv03": _caps(hist="Kết quả sản xuất mật ong 2024 – 2026", comp="Giá mật ong cùng loại",
                  raw="Nguồn mật ong thô", equip="Trang thiết bị", staff="Lao động của hộ",
                  prod="Sản lượng theo năm", years=[f"Dự toán kết quả kinh doanh năm {y}" for y in YEARS],
                  cost=None, inv="Vốn đầu tư", src="Nguồn vốn đầu tư", sum="Tổng hợp ba năm",
                  papers="Giấy tờ của hộ và sản phẩm", sched="Tiến độ"),
    "hv04": _caps(hist="Kết quả kinh doanh 2024 – 2026", comp="Giá dịch vụ của các điểm lân cận",
                  raw="Nguồn thực phẩm cho bếp", equip="Cơ sở vật chất phục vụ khách", staff="Nhân lực",
                  prod="Số lượt phục vụ và công suất phòng",
                  years=["Năm thứ nhất – 2027", "Năm thứ hai – 2028", "Năm thứ ba – 2029"],
                  cost="Chi phí hoạt động", src="Nguồn vốn đầu tư", sum="Hiệu quả kinh doanh",
                  papers="Hồ sơ pháp lý", sched="Tiến độ"),
    "hv05": _caps(hist="Kết quả sản xuất 2024 – 2026", comp="Giá rượu nếp trên thị trường",
                  raw="Nguồn gạo nếp", equip="Thiết bị nấu, chưng cất", staff="Lao động",
                  prod="Sản lượng rượu theo năm", years=[f"Doanh thu năm {y}" for y in YEARS],
                  cost="Chi phí", sum="Kết quả kinh doanh dự kiến", papers="Hồ sơ pháp lý"),
    "hv06": _caps(hist="Kết quả sản xuất nước mắm 2024 – 2026", comp="Giá nước mắm một số cơ sở",
                  raw="Nguyên liệu cá cơm, muối", equip="Dụng cụ, thiết bị", staff="Lao động",
                  prod="Sản lượng nước mắm theo năm", products="Kế hoạch bán: ",
                  cost="Chi phí sản xuất", inv="Vốn đầu tư", sum="Lợi nhuận dự kiến",
                  papers="Giấy tờ pháp lý", sched="Kế hoạch thực hiện"),
    "hv07": _caps(hist="Kết quả kinh doanh 2024 – 2026", comp="Giá trà xạ đen của các cơ sở khác",
                  raw="Nguồn nguyên liệu xạ đen", staff="Lao động", prod="Kế hoạch sản xuất theo năm",
                  years=["Tiêu thụ năm thứ nhất (2027)", "Tiêu thụ năm thứ hai (2028)",
                         "Tiêu thụ năm thứ ba (2029)"],
                  cost="Chi phí", inv="Vốn đầu tư", papers="Hồ sơ", sched="Tiến độ"),
    "hv08": _caps(hist="Kết quả của tổ 2024 – 2026", comp="Giá kẹo lạc trên thị trường",
                  raw="Nguyên liệu", equip="Thiết bị", staff="Lao động", prod=None, products="",
                  cost="Chi phí", inv="Vốn đầu tư", sum="Hiệu quả", papers="Hồ sơ", sched="Tiến độ"),
    "hv09": _caps(comp="Giá nước ép trái cây đóng chai", raw="Nguồn bưởi nguyên liệu",
                  equip="Dây chuyền thiết bị", staff="Nhân lực", prod="Sản lượng theo năm",
                  years=[f"Năm {y} ({n})" for y, n in zip(YEARS, ("năm thứ nhất", "năm thứ hai", "năm thứ ba"))],
                  cost="Chi phí", sum="Hiệu quả kinh tế", papers="Hồ sơ", sched="Tiến độ"),
    "hv10": _caps(hist="Nón bán ra 2024 – 2026", comp="Giá nón lá trên thị trường",
                  raw="Nguyên liệu lá nón, vành", equip="Dụng cụ", staff="Người làm", prod=None,
                  products="Nón bán theo năm: ", cost="Chi phí", inv="Vốn", src="Nguồn vốn",
                  sum="Lãi dự kiến", papers="Giấy tờ", sched="Tiến độ"),
}
FORM = {"hv01": "year", "hv02": "product", "hv03": "year_pl", "hv04": "year", "hv05": "year",
        "hv06": "product", "hv07": "year", "hv08": "product", "hv09": "year", "hv10": "product"}
# (price unit, money unit) in the theme tables
UNITS = {"hv04": ("nghìn", "triệu"), "hv05": ("đồng", "đồng"), "hv07": ("nghìn", "triệu")}
COST_LABELS = dict(pack="Bao bì, nhãn, hộp", energy="Điện, nước, nhiên liệu", wages="Tiền lương, tiền công",
                   dep="Khấu hao tài sản cố định", interest="Lãi vay ngân hàng",
                   sell="Bán hàng, quảng bá, vận chuyển", tax="Thuế, phí", other="Chi phí khác")
COST_OVERRIDE = {
    "hv03": dict(pack="Lọ, chai, can, nhãn", energy="Điện, nước"),
    "hv04": dict(pack="Vật tư, đồ dùng phục vụ khách", energy="Điện, nước, gas"),
    "hv05": dict(pack="Chai, bình sứ, can, nhãn", energy="Củi trấu, điện, nước"),
    "hv06": dict(pack="Chai, can, nhãn", energy="Điện, nước"),
    "hv08": dict(pack="Bao bì, hộp, gói", interest="Lãi vay"),
    "hv10": dict(pack="Túi đựng, thẻ treo", energy="Điện", interest="Lãi vay", sell="Bán hàng, gửi hàng"),
}


def cost_label(key: str, line: str) -> str:
    return COST_OVERRIDE.get(key, {}).get(line, COST_LABELS.get(line, line))


# --------------------------------------------------------------------------- reading the plans
_NUMCELL = re.compile(r"^[−-]?[\d.]+(,\d+)?$")


def num(cell: str) -> float:
    c = cell.replace("−", "-")
    return vn(c)


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.key = stem[:4]

    def table(self, caption: str) -> list[list[str]]:
        """The rows (header first) of the table right after the line that holds `caption`."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            t = line.replace("**", "").strip()
            if t.startswith("|") or caption not in t:
                continue
            rows, started = [], False
            for s in (x.strip() for x in lines[i + 1:]):
                if s.startswith("|"):
                    started = True
                    if re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", s):
                        continue
                    rows.append([c.strip().replace("**", "") for c in s.strip("|").split("|")])
                elif started:
                    break
                elif s and not s.startswith("ĐVT"):
                    break
            if rows:
                return rows
        self.failures.append(f"table not found: {caption!r}")
        return [[]]

    def nums(self, rows, label: str, n: int, exact: bool = False) -> list[float]:
        for r in rows[1:]:
            for j, cell in enumerate(r[:2]):
                if not ((cell == label) if exact else cell.startswith(label)):
                    continue
                vals = [num(c) for c in r[j + 1:] if _NUMCELL.match(c)]
                if len(vals) >= n:
                    return vals[-n:] if n else vals
        self.failures.append(f"row not found: {label!r} in table {rows[0][:2]}")
        return [float("nan")] * n

    def eq(self, printed_value: float, true: float, what: str, atol: float = 0.11) -> None:
        if printed_value != printed_value or not (abs(printed_value - true) <= max(0.01 * max(abs(printed_value), abs(true)), atol)):
            self.failures.append(f"{what}: printed {printed_value}, recomputed {true:.2f}")

    def planted(self, printed_value: float, true: float, what: str) -> None:
        if printed_value != printed_value or not off(printed_value, true):
            self.failures.append(f"planted {what}: printed {printed_value}, true {true:.2f}, not off by > 5 %")

    def eqs(self, vals, trues, what, atol=0.11):
        for y, (a, b) in enumerate(zip(vals, trues)):
            self.eq(a, b, f"{what} {YEARS[y] if len(vals) == 3 else y}", atol)


# --------------------------------------------------------------------------- checks
PLANNED = {"hv05": ("total_2029",), "hv06": ("rev_p1_2028",), "hv07": ("qty_p0_2028_sales",),
           "hv08": ("profit_2027",), "hv09": ("payback",)}


def check_full(p: Plan) -> None:
    k = p.key
    P_ = PLANS[k]
    m, pm = model(k), printed(k)
    C = CAP[k]
    prods = P_["products"]
    # history
    t = p.table(C["hist"])
    H = P_["hist"]
    for i, lab in enumerate(("2024", "2025", "2026")):
        p.eqs(p.nums(t, lab, 4), [H["out"][i], H["rev"][i], H["profit"][i], H["workers"][i]], f"history {lab}")
    # raw materials: supply rows = count x yield, supply, need = output x norm, balance
    t = p.table(C["raw"])
    for r in m["raws"]:
        for lab, _cnt, _w, _yl, vals in r["rows"]:
            p.eqs(p.nums(t, lab, 3), vals, f"supply {lab}", 0.6)
        p.eqs(p.nums(t, f"Cộng nguồn cung {r['short']}", 3), r["sup"], f"supply {r['short']}", 0.6)
        p.eqs(p.nums(t, f"Nhu cầu {r['short']}", 3), r["need"], f"need {r['short']}", 0.6)
        if any(row and row[0].startswith("Còn dư") for row in t):
            p.eqs(p.nums(t, f"Còn dư {r['short']}", 3), r["bal"], f"balance {r['short']}", 0.6)
        if k == "hv05":
            p.planted(r["sup"][2], r["need"][2], "material-shortfall 2029 (supply vs need)")
            p.planted(r["sup"][1], r["need"][1], "material-shortfall 2028 (supply vs need)")
        else:
            p.check(all(r["sup"][y] >= r["need"][y] for y in Y), f"supply short of need for {r['short']}")
    # staff and wages
    t = p.table(C["staff"])
    for role, n in P_["roles"]:
        p.eqs(p.nums(t, role, 3), n, f"staff {role}", 0.01)
    p.eqs(p.nums(t, "Tổng số lao động", 3), m["staff"], "staff total", 0.01)
    p.eqs(p.nums(t, "Lương bình quân", 3), P_["wage"], "wage", 0.051)
    p.eqs(p.nums(t, "Quỹ lương", 3), m["wagefund"], "wage fund")
    # output plan and capacity
    if C.get("prod"):
        t = p.table(C["prod"])
        for q in prods:
            p.eqs(p.nums(t, q["label"], 3), q["qty"], f"output {q['label']}", 0.01)
        if any(row and row[0].startswith("Sản lượng quy đổi") for row in t):
            p.eqs(p.nums(t, "Sản lượng quy đổi", 3), m["out"], "output total", 0.6)
        p.eqs(p.nums(t, "Công suất", 3), [m["cap"]] * 3, "capacity", 0.6)
        p.eqs(p.nums(t, "Mức sử dụng", 3), m["use"], "capacity use %", 0.051)
    if k == "hv10":
        p.planted(m["out"][2], m["cap"], "capacity-exceeded 2029 (output vs 8 × 2 × 250)")
        p.planted(m["out"][1], m["cap"], "capacity-exceeded 2028 (output vs 8 × 2 × 250)")
    else:
        p.check(all(u <= 100 for u in m["use"]), f"capacity use above 100 %: {m['use']}")
    # the theme: one table per year or one per product
    form = FORM[k]
    pu, mu = UNITS.get(k, ("đồng", "triệu"))
    pdiv = 1000 if pu == "nghìn" else 1
    mmul = 1e6 if mu == "đồng" else 1
    if form == "year":
        for y in Y:
            t = p.table(C["years"][y])
            for i, q in enumerate(prods):
                n = 4 if k == "hv09" else 3
                vals = p.nums(t, q["label"], n)
                qty = pm["p_qty_sales"][i][y]
                if qty != q["qty"][y]:  # hv07, the planted 2028 quantity
                    p.planted(vals[0], q["qty"][y], f"figure-inconsistent {q['label']} {YEARS[y]} (sales vs output plan)")
                    p.eq(vals[0], qty, "printed planted quantity", 0.01)
                else:
                    p.eq(vals[0], q["qty"][y], f"qty {q['label']} {YEARS[y]}", 0.01)
                p.eq(vals[1], q["price"][y] / pdiv, f"price {q['label']} {YEARS[y]}", 0.01)
                p.eq(vals[2], vals[0] * q["price"][y] / 1e6 * mmul, f"revenue = qty × price {q['label']} {YEARS[y]}",
                     0.11 * mmul)
                if k == "hv09":
                    p.eq(vals[3], m["rev"][i][y] / m["rev_tot"][y] * 100, "share %", 0.051)
            tot = [num(c) for c in t[-1] if _NUMCELL.match(c)]
            tot = tot[-2] if k == "hv09" else tot[-1]
            rows_sum = sum(pm["p_rev"][i][y] for i in range(len(prods))) * mmul
            if k == "hv05" and y == 2:
                p.planted(tot, m["rev_tot"][y] * mmul, "table-total-mismatch 2029 table total")
                p.eq(tot, DEFECTS["hv05"]["total_2029"] * mmul, "printed planted total", 0.11 * mmul)
            else:
                p.eq(tot, rows_sum, f"table total {YEARS[y]}", 0.11 * mmul)
    elif form == "product":
        for i, q in enumerate(prods):
            t = p.table(C["products"] + q["label"])
            for y in Y:
                vals = p.nums(t, str(YEARS[y]), 3 if k != "hv08" else 4)
                p.eq(vals[0], q["qty"][y], f"qty {q['label']} {YEARS[y]}", 0.01)
                p.eq(vals[1], q["price"][y], f"price {q['label']} {YEARS[y]}", 0.01)
                if k == "hv06" and i == 1 and y == 1:
                    p.planted(vals[2], m["rev"][i][y], f"revenue-mismatch {q['label']} 2028")
                    p.eq(vals[2], DEFECTS["hv06"]["rev_p1_2028"], "printed planted revenue")
                else:
                    p.eq(vals[2], m["rev"][i][y], f"revenue {q['label']} {YEARS[y]}")
                if k == "hv08":
                    prev = q["h_qty"] if y == 0 else q["qty"][y - 1]
                    p.eq(vals[3], (q["qty"][y] / prev - 1) * 100, f"growth % {q['label']} {YEARS[y]}", 0.051)
            if k == "hv08":
                p.eqs(p.nums(t, "2026", 3), [q["h_qty"], q["h_price"], q["h_qty"] * q["h_price"] / 1e6], "2026 row")
            if any(row and row[0].startswith("Cộng") for row in t):
                p.eqs(p.nums(t, "Cộng", 2), [sum(q["qty"]), sum(pm["p_rev"][i])], f"sum row {q['label']}")
    elif form == "year_pl":
        for y in Y:
            t = p.table(C["years"][y])
            for i, q in enumerate(prods):
                vals = p.nums(t, q["label"], 3)
                p.eqs(vals, [q["qty"][y], q["price"][y], m["rev"][i][y]], f"{YEARS[y]} {q['label']}")
            p.eq(p.nums(t, "A. Cộng doanh thu", 1)[0], m["rev_tot"][y], f"{YEARS[y]} revenue total")
            r = m["raws"][0]
            p.eqs(p.nums(t, r["label"], 3), [r["need"][y], r["price"], r["cost"][y]], f"{YEARS[y]} raw line", 0.6)
            p.eqs(p.nums(t, "Tiền công lao động", 3), [m["staff"][y] * 12, P_["wage"][y] * 1e6, m["wagefund"][y]],
                  f"{YEARS[y]} wages")
            p.eqs(p.nums(t, cost_label(k, "energy"), 3), [m["out"][y], P_["energy"], m["energy"][y]], f"{YEARS[y]} energy", 0.6)
            for line in ("pack", "dep", "interest", "sell", "tax", "other"):
                v = dict(m["lines"])[line]
                p.eq(p.nums(t, cost_label(k, line), 1)[0], v[y], f"{YEARS[y]} {line}")
            p.eq(p.nums(t, "B. Cộng chi phí", 1)[0], m["cost"][y], f"{YEARS[y]} cost total")
            p.eq(p.nums(t, "C. Lợi nhuận", 1)[0], m["profit"][y], f"{YEARS[y]} profit")
    # costs
    if C.get("cost"):
        t = p.table(C["cost"])
        for lab, vals in m["lines"]:
            p.eqs(p.nums(t, cost_label(k, lab), 3), vals, f"cost {lab}")
        p.eqs(p.nums(t, "Tổng chi phí", 3), m["cost"], "cost total")
    # investment and sources
    t = p.table(C["inv"])
    for lab, v, _fx in P_["inv"]:
        p.eq(p.nums(t, lab, 1)[0], v, f"investment {lab}")
    p.eq(p.nums(t, "Tổng", 1)[0], m["inv_tot"], "investment total")
    t = p.table(C["src"])
    for lab, v in P_["src"]:
        p.eqs(p.nums(t, lab, 2), [v, v / m["src_tot"] * 100], f"source {lab}", 0.051)
    src_printed = p.nums(t, "Tổng", 2)[0]
    p.eq(src_printed, m["src_tot"], "sources total = sum of sources")
    if k == "hv07":
        p.planted(src_printed, m["inv_tot"], "capital-mismatch (sources vs investment)")
    else:
        p.eq(src_printed, m["inv_tot"], "sources = investment")
    # summary
    t = p.table(C["sum"])
    rev_p = p.nums(t, "Doanh thu", 3)
    for y in Y:
        if pm["p_rev_tot"][y] != m["rev_tot"][y]:  # knock-on of a planted revenue defect
            p.eq(rev_p[y], pm["p_rev_tot"][y], f"summary revenue {YEARS[y]} follows the printed table")
            p.planted(rev_p[y], m["rev_tot"][y], f"knock-on summary revenue {YEARS[y]}")
        else:
            p.eq(rev_p[y], m["rev_tot"][y], f"summary revenue {YEARS[y]}")
    p.eqs(p.nums(t, "Tổng chi phí", 3), m["cost"], "summary cost")
    prof = p.nums(t, "Lợi nhuận", 3)
    for y in Y:
        if k == "hv08" and y == 0:
            p.planted(prof[y], rev_p[y] - m["cost"][y], "profit-mismatch 2027 (revenue − cost)")
        else:
            p.eq(prof[y], rev_p[y] - m["cost"][y], f"profit = revenue − cost {YEARS[y]}")
    p.eqs(p.nums(t, "Tỷ suất", 3), pm["p_margin"], "margin %", 0.051)
    p.check(all(0 < x < 40 for x in m["margin"]), f"true margins outside 0-40 %: {m['margin']}")
    # payback as the text states it
    mt = re.search(r"hoàn vốn.{0,200}?(\d+,\d) năm", p.body)
    if not mt:
        p.failures.append("payback sentence not found")
    else:
        pb = vn(mt.group(1))
        if k == "hv09":
            p.planted(pb, m["payback"], "payback-mismatch")
        else:
            p.eq(pb, pm["p_payback"], "payback from the printed profits", 0.051)
            if k not in ("hv05", "hv06", "hv07"):
                p.eq(pb, m["payback"], "payback", 0.051)
    # growth
    g = [m["rev_tot"][y + 1] / m["rev_tot"][y] - 1 for y in range(2)]
    if k == "hv08":
        go = [m["out"][y + 1] / m["out"][y] - 1 for y in range(2)]
        p.check(go[0] > 0.5 and g[0] > 0.5, f"planted unrealistic-growth: output {go}, revenue {g}")
        p.check(m["staff"][0] == m["staff"][2], "hv08 keeps the same staff")
        p.has("giữ nguyên 7 lao động")
    else:
        p.check(all(x < 0.35 for x in g), f"revenue growth too high: {g}")
    # key figures in the prose
    if k != "hv04":
        unit = {"lít": "lít", "kg": "kg", "chiếc": "chiếc"}[P_["base"]]
        p.has(f"{plancheck_fmt(m['out'][0])} {unit}")
    p.has(f"{plancheck_fmt(m['inv_tot'])} triệu đồng")


def plancheck_fmt(x, d=0):
    s = f"{abs(x):,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("−" if x < 0 else "") + s


OWN = "Công ty TNHH Nông sản Phúc Trạch Xanh"
OTHER = "Công ty TNHH Thực phẩm Hương Bình"
READY = ("hv01", "hv02", "hv03", "hv04")
ENV = r"môi trường|nước thải|chất thải|(?<!\w)mùi(?!\w)|xử lý|bể lắng|(?<!\w)rác(?!\w)|vệ sinh|biogas|thu gom|ô nhiễm"


def check_text(p: Plan) -> None:
    k = p.key
    p.lacks(PLACEHOLDER, "template placeholder")
    if k != "hv06":
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        p.lacks(REPLACED, "replaced instrument or district level")
    if k in READY:
        for d_, mo, yr in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
            p.check(int(yr) >= 2029, f"paper valid only to {d_}/{mo}/{yr}")
        p.has("Nhãn hiệu", "TCCS")
    if k in ("hv01", "hv02", "hv03"):
        p.has("an toàn thực phẩm", "thử nghiệm" if k != "hv02" else "kiểm nghiệm", "tự công bố", "43/2017/NĐ-CP",
              "111/2021/NĐ-CP", "QR" if k != "hv03" else "truy xuất", "lưu mẫu")
    if k == "hv01":
        p.has("bể lắng", "miễn đăng ký môi trường")
    if k == "hv02":
        p.has("không ghi công dụng", "hố lắng")
    if k == "hv04":
        p.has("Luật Du lịch", "an toàn thực phẩm", "phòng cháy", "Đăng ký môi trường", "bể tự hoại")
    if k == "hv05":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh|sản xuất rượu thủ công",
                "no-alcohol-license planted, but a licence is mentioned")
        p.has("an toàn thực phẩm", "TCCS", "QCVN 6-3:2010/BYT", "độ cồn", "44/2019/QH14", "Đăng ký môi trường",
              "Nhãn hiệu", "bảo đảm đủ nguyên liệu")
        p.lacks(r"Còn dư|thiếu", "material-shortfall planted, but a balance is shown")
    if k == "hv06":
        p.lacks(ENV, "no-environment-measures planted, but an environmental word is there")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
        p.lacks(r"148/QĐ-TTg|1489", "outdated-policy planted, but a current instrument is cited")
        p.has("an toàn thực phẩm", "TCCS", "Nhãn hiệu", "43/2017/NĐ-CP")
    if k == "hv07":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu",
                "no-product-standard planted, but a standard is mentioned")
        p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "Nhãn hiệu", "QR", "bảo đảm đủ vốn",
              f"sản xuất {plancheck_fmt(PLANS[k]['products'][0]['qty'][1])} hộp trà túi lọc")
    if k == "hv08":
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|QR",
                "no-label-plan planted, but a label is mentioned")
        p.has("Nhãn hiệu", "an toàn thực phẩm", "TCCS", "kiểm nghiệm", "tự công bố", "làm quà rất lớn",
              "25 cửa hàng tạp hóa", "truy xuất nguồn gốc", "lưu mẫu")
    if k == "hv09":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|cam kết|HACCP|ISO 22000",
                "no-food-safety planted, but a food-safety paper is mentioned")
        p.has("TCCS", "tự công bố", "thử nghiệm", "43/2017/NĐ-CP", "Nhãn hiệu", "QR", "Đăng ký môi trường")
        p.check(p.count(OTHER) >= 3, "name-inconsistent: the other company named fewer than 3 times")
        p.check(p.count(OWN) >= 4, "own company named fewer than 4 times")
    if k == "hv10":
        p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|"
                r"tổ hợp tác|đăng ký hộ", "no-business-registration planted, but a registration is mentioned")
        p.lacks(r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý",
                "no-trademark planted, but a trademark is mentioned")
        p.has("TCCS", "43/2017/NĐ-CP", "thẻ treo", "số lô", "không phải thực phẩm", "vẫn đủ")


def check_sketchy(p: Plan) -> None:
    n = len(p.body.split())
    p.check(150 <= n <= 350, f"sketchy plan has {n} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(r"an toàn thực phẩm|nhãn|TCCS|tiêu chuẩn|công bố|truy xuất|môi trường", "a paper in a sketchy plan")
    if p.key == "hv11":
        p.has("800 kg", "1.000 kg", "1.200 kg", "200.000 đồng/kg", "150 triệu đồng", "đăng ký hộ kinh doanh")
    if p.key == "hv12":
        p.has("6.000 chiếc", "35.000 đồng/chiếc", "210 triệu đồng", "80 triệu đồng")
        p.eq(6000 * 35000 / 1e6, 210, "hv12 revenue 2027")
        p.lacks(r"đăng ký|mã số thuế", "a registration in hv12")


def main(argv=None) -> int:
    keys = [a for a in (argv or []) if not a.startswith("-")]
    stems = sorted(s.stem for s in (HERE / "src").glob("hv*.md"))
    if keys:
        stems = [s for s in stems if any(s.startswith(k) for k in keys)]
    plans = []
    for stem in stems:
        p = Plan(stem)
        try:
            if p.key in PLANS:
                check_full(p)
                check_text(p)
            else:
                check_sketchy(p)
        except Exception as e:  # a crash is a failure of that plan, not of the run
            p.failures.append(f"crash: {e!r}")
        plans.append(p)
    rc = plancheck.report(plans)
    for stem in stems:
        if not (HERE / "expected" / f"{stem}.yml").exists():
            print(f"FAIL missing expected/{stem}.yml")
            rc = 1
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
