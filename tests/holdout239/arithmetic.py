"""The 239th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout239/arithmetic.py [if01 if05 ...]

Theme: tổ hợp tác and groups of households. Every full plan (if01-if10) is the plan of a group:
members who put in cash, land, labour and equipment, share a workshop and its equipment, and split
the year's result among themselves. The constants give, per plan: the members (cash, in-kind
contribution, labour days, land, hives, rooms or kilograms delivered), the assets they put in, the
products (pack size in the plan's base unit, price per year, packs per year), the 2024-2026
history (output, average price, margin), the raw materials (norm per base unit, price, supply rows
as count x yield), the labour by task and the day rate, the cost lines (raw material, per pack,
per base unit, labour, share of revenue, depreciation, interest, fixed), the investment items
(with their depreciable part) and the capital sources, the loan balances and rate, the equipment
rating, and the way the year's profit is shared (common fund, then by capital, labour days,
kilograms delivered or in equal parts; households that deliver are also paid per kilogram).

`model()` turns them into every figure the plans print; `tables()` lays the figures out as the
plans' tables (the throw-away generator that wrote the plans used the same two functions, so
every cell is computed). This script reads each table back from the plan's source by its caption
("Bảng N."), compares every cell (text cells exactly, numbers within 1 %), asserts that each
planted numeric defect is wrong by more than 5 % with the true value beside it, and checks the
plan's arithmetic and realism (sources = investment, need <= supply, output <= capacity,
payback, margins, growth, the members' contributions and shares adding up to the group's
figures). Textual defects are asserted by the absence or presence of their words, the ready
plans by their papers and by the absence of replaced instruments. The sketchy plans: 150-350
words, no table, their few figures.
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

Y = range(3)
YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)

# Replaced or lapsed instruments (and the district level abolished on 1/7/2025) that no ready
# plan may rely on. NĐ 77/2019/NĐ-CP (tổ hợp tác) is here too: the 2023 law on cooperatives
# governs tổ hợp tác from 1/7/2024; a ready plan may name it only as what its cooperation
# contract was signed under at the time ("khi đó"), see HISTORIC below.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")
HISTORIC = r"khi đó theo Nghị định số 77/2019/NĐ-CP"


# --------------------------------------------------------------------------- formatting
def fmt(v: float, dec: int = 1) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    neg = v < 0
    s = f"{abs(v):,.{dec}f}".replace(",", "§").replace(".", ",").replace("§", ".")
    return ("-" if neg else "") + s


class N:
    """A numeric table cell: its true value and its decimals."""

    def __init__(self, v: float, dec: int = 1):
        self.v, self.dec = v, dec

    def __str__(self) -> str:
        return fmt(self.v, self.dec)


# --------------------------------------------------------------------------- constants
# members: (name, cash, in-kind (triệu), labour days a year, extra) - extra is what the plan's
#   sharing rule weighs: sào or ha of land, hives, rooms, kg delivered; None where unused
# assets: the in-kind contributions: (asset, member, value triệu, depreciable part)
# products: (label, pack word, size in base units, prices per year đ, packs per year)
# raws: (label, unit, norm per base unit, price đ per unit, rows, products index or None)
#   rows: (label, count per year, count word, yield per count)
# roles: (task, people, labour days a year for the task); hired: extra days a year; rate: đ/công
# costs: (label, kind, parameter): raw i | pack [đ per pack] | unit đ per base unit | labour |
#   share of revenue | dep | interest | fixed triệu
# inv: (item, triệu, depreciable triệu); src: (source, triệu)
# split: fund share, then the parts of the rest: ("cap"|"days"|"extra"|"equal", share);
#   pay: đ per kg the households are paid for what they deliver (if02, if08), counted in costs
# cap: (rating a day, days, rating text, products index or None)
PLANS: dict[str, dict] = {
    "if01": dict(
        unit="chiếc", unit_long="chiếc bánh",
        members=[("Nguyễn Thị Lài", 80, 60, 280, None), ("Trần Văn Đức", 60, 45, 250, None),
                 ("Phan Thị Hằng", 50, 0, 260, None), ("Lê Thị Thu", 50, 20, 240, None),
                 ("Nguyễn Văn Khoa", 40, 0, 200, None), ("Hoàng Thị Mai", 40, 0, 260, None),
                 ("Đặng Thị Tuyết", 30, 15, 220, None), ("Võ Thị Hoa", 30, 0, 240, None),
                 ("Nguyễn Thị Sen", 20, 0, 200, None)],
        assets=[("Quyền sử dụng 150 m² đất làm xưởng (10 năm)", "Nguyễn Thị Lài", 60, 0),
                ("Máy xay bột nước, tủ đông 1.000 lít", "Trần Văn Đức", 45, 45),
                ("Hai chảo chiên điện 20 lít", "Lê Thị Thu", 20, 20),
                ("Máy hút chân không loại nhỏ", "Đặng Thị Tuyết", 15, 15)],
        products=[("Bánh ram sống cấp đông, hộp 10 chiếc", "hộp", 10, [45000] * 3, [24000, 26000, 28000]),
                  ("Bánh ram chiên sẵn, hộp 6 chiếc", "hộp", 6, [36000] * 3, [10000, 11000, 12000]),
                  ("Bánh ram cho quán ăn, túi 30 chiếc", "túi", 30, [120000] * 3, [2000, 2200, 2400])],
        hist=dict(out=[262000, 290000, 318000], price=[4300, 4400, 4550], margin=[0.085, 0.09, 0.095]),
        raws=[("Gạo nếp", "kg", 0.022, 28000,
               [("Ruộng nếp của 6 tổ viên", [6, 6, 6], "hộ", 1100),
                ("HTX dịch vụ nông nghiệp Phù Lưu", [1, 1, 1], "hợp đồng", 3600)], None),
              ("Đỗ xanh", "kg", 0.005, 45000,
               [("Hộ trồng đỗ thôn Hồng Thịnh", [12, 12, 12], "hộ", 200)], None),
              ("Thịt lợn, tôm", "kg", 0.007, 150000,
               [("Cơ sở giết mổ, vựa tôm", [2, 2, 2], "hợp đồng", 1700)], None)],
        roles=[("Tổ trưởng: điều hành, sổ sách", 1, 280),
               ("Xay bột, nhào, nặn bánh", 4, 1010),
               ("Chiên, đóng hộp, cấp đông", 3, 660),
               ("Giao hàng, bán hàng", 1, 200)],
        hired=[0, 200, 300], rate=[180000, 190000, 200000],
        costs=[("Gạo nếp", "raw", 0), ("Đỗ xanh", "raw", 1), ("Thịt lợn, tôm", "raw", 2),
               ("Dầu chiên, gia vị, điện, ga", "unit", 150),
               ("Hộp, túi, màng co, tem", "pack", [3500, 3000, 4000]),
               ("Tiền công tổ viên và lao động thuê", "labour", None),
               ("Bán hàng, vận chuyển (5 % doanh thu)", "share", 0.05),
               ("Khấu hao tài sản", "dep", None), ("Lãi vay", "interest", None),
               ("Thuế, phí (1,5 % doanh thu)", "share", 0.015),
               ("Kiểm nghiệm định kỳ, sửa chữa", "fixed", 40)],
        inv=[("Cải tạo xưởng một chiều 120 m²", 220, 220),
             ("Máy nhào bột, máy định hình bánh", 160, 160),
             ("Tủ cấp đông nhanh, kho lạnh 8 m³", 180, 180),
             ("Máy hàn màng, đóng hộp", 60, 60),
             ("Bao bì, mã vạch, tem truy xuất", 40, 0),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30, 0),
             ("Vốn lưu động", 170, 0),
             ("Tài sản tổ viên góp (quy ra tiền)", 140, 80)],
        src=[("Tổ viên góp tiền mặt", 400), ("Tổ viên góp tài sản (quy ra tiền)", 140),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 460)],
        life=10, loan=[460, 360, 260], rate_loan=0.08,
        split=dict(fund=0.15, parts=[("cap", 0.6), ("days", 0.4)]),
        cap=(2000, 280, "2.000 chiếc/ngày", None)),
    "if02": dict(
        unit="kg", unit_long="kg mật ong",
        members=[("Lê Văn Thắng (chủ hộ)", 400, 0, 0, 60),
                 ("Hồ Văn Tài", 5, 0, 0, 45), ("Nguyễn Văn Lợi", 5, 0, 0, 40),
                 ("Trần Thị Nhàn", 5, 0, 0, 38), ("Lê Văn Quý", 5, 0, 0, 36),
                 ("Phạm Văn Hưng", 5, 0, 0, 35), ("Nguyễn Thị Xuân", 5, 0, 0, 34),
                 ("Bùi Văn Toàn", 5, 0, 0, 32), ("Lê Thị Kim", 5, 0, 0, 32),
                 ("Trần Văn Sơn", 5, 0, 0, 30), ("Hồ Thị Liên", 5, 0, 0, 30),
                 ("Đinh Văn Mạnh", 5, 0, 0, 28)],
        assets=[],
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [190000, 195000, 200000], [5200, 5600, 6000]),
                  ("Mật ong hoa keo, chai 1 kg", "chai", 1, [250000, 255000, 260000], [1800, 1950, 2100]),
                  ("Mật ong hoa rừng, hũ quà tặng 250 g", "hũ", 0.25, [110000, 112000, 115000], [2400, 2600, 2800])],
        hist=dict(out=[3900, 4300, 4700], price=[300000, 310000, 318000], margin=[0.11, 0.12, 0.125]),
        raws=[("Mật ong thô", "kg", 1.06, 160000,
               [("Đàn ong của hộ kinh doanh", [60, 65, 70], "đàn", 14),
                ("Đàn ong của 11 hộ liên kết", [380, 400, 420], "đàn", 14)], None)],
        roles=[("Chủ hộ: quản lý, thu mua, sổ sách", 1, 300),
               ("Lọc, hạ thủy phần, đóng chai", 2, 500),
               ("Bán hàng, giao hàng", 1, 250)],
        hired=[0, 60, 120], rate=[200000, 210000, 220000],
        costs=[("Mật ong thô (160.000 đồng/kg)", "raw", 0),
               ("Chai, hũ, hộp, tem", "pack", [9000, 12000, 15000]),
               ("Điện, vật tư lọc", "unit", 2000),
               ("Tiền công lao động", "labour", None),
               ("Bán hàng, vận chuyển (6 % doanh thu)", "share", 0.06),
               ("Khấu hao tài sản", "dep", None), ("Lãi vay", "interest", None),
               ("Thuế, phí (1,5 % doanh thu)", "share", 0.015),
               ("Kiểm nghiệm định kỳ, hội chợ", "fixed", 35)],
        inv=[("Máy hạ thủy phần mật ong 40 kg/mẻ", 130, 130),
             ("Sáu bộ máy quay mật, bồn lắng inox dùng chung", 72, 72),
             ("Cải tạo phòng lọc, đóng chai 36 m²", 95, 95),
             ("40 thùng ong giao các hộ liên kết", 48, 48),
             ("Chai, hũ, tem, mã vạch", 35, 0),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 25, 0),
             ("Vốn lưu động (thu mua mật)", 250, 0)],
        src=[("Vốn tự có của hộ kinh doanh", 400), ("11 hộ liên kết góp (5 triệu/hộ)", 55),
             ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate_loan=0.066,
        split=dict(fund=0.7, parts=[("deliv", 1.0)]), pay=160000,
        cap=(80, 200, "40 kg/mẻ × 2 mẻ/ngày", None)),
    "if03": dict(
        unit="sản phẩm", unit_long="sản phẩm",
        members=[("Đậu Thị Hường", 40, 90, 0, None), ("Nguyễn Văn Thịnh", 35, 40, 0, None),
                 ("Trần Thị Lan", 30, 0, 0, None), ("Phan Văn Bình", 30, 20, 0, None),
                 ("Lê Thị Nga", 25, 0, 0, None), ("Nguyễn Thị Phương", 25, 0, 0, None),
                 ("Võ Văn Hải", 25, 0, 0, None), ("Trần Thị Thanh", 25, 0, 0, None),
                 ("Nguyễn Thị Hạnh", 25, 0, 0, None), ("Hoàng Văn Long", 25, 0, 0, None),
                 ("Lê Thị Vân", 25, 0, 0, None), ("Phạm Thị Dung", 20, 0, 0, None)],
        assets=[("Nhà xưởng cũ 150 m² và sân phơi", "Đậu Thị Hường", 90, 30),
                ("Máy chẻ tre, máy vót nan cũ", "Nguyễn Văn Thịnh", 40, 40),
                ("Giàn phơi, khuôn đan bằng gỗ", "Phan Văn Bình", 20, 20)],
        products=[("Giỏ mây đan có nắp, cỡ 30 cm", "chiếc", 1, [185000, 190000, 195000], [5000, 5400, 5800]),
                  ("Bộ khay tre đan 3 chiếc", "bộ", 1, [150000, 155000, 160000], [4000, 4300, 4600]),
                  ("Chụp đèn mây tre đan", "chiếc", 1, [240000, 245000, 250000], [1500, 1700, 1900])],
        hist=dict(out=[8200, 9000, 9800], price=[158000, 164000, 170000], margin=[0.09, 0.10, 0.105]),
        raws=[("Mây sợi đã sơ chế", "kg", 0.35, 60000,
               [("Cơ sở sơ chế mây Hương Đô", [1, 1, 1], "hợp đồng", 4800)], None),
              ("Tre, nứa", "kg", 0.45, 8000,
               [("Rừng tre của 7 tổ viên", [7, 7, 7], "hộ", 900)], None)],
        roles=[("Tổ trưởng: điều hành, sổ sách", 1, 260),
               ("Chẻ nan, vót nan, sấy", 3, 750),
               ("Hoàn thiện, đóng gói, bán hàng", 2, 480)],
        hired=[0, 0, 120], rate=[190000, 200000, 210000],
        costs=[("Mây sợi", "raw", 0), ("Tre, nứa", "raw", 1),
               ("Sơn bóng gốc nước, phụ liệu, điện", "unit", 8000),
               ("Thẻ treo, hộp carton", "pack", [6000, 7000, 9000]),
               ("Tiền công đan trả theo sản phẩm", "pack", [70000, 55000, 90000]),
               ("Tiền công chẻ nan, hoàn thiện, quản lý", "labour", None),
               ("Bán hàng, hội chợ (6 % doanh thu)", "share", 0.06),
               ("Khấu hao tài sản", "dep", None), ("Lãi vay", "interest", None),
               ("Thuế, phí (1,5 % doanh thu)", "share", 0.015),
               ("Chi phí khác", "fixed", 30)],
        inv=[("Mở rộng xưởng đan và kho 180 m²", 260, 260),
             ("Máy chẻ tre, máy vót nan (2 bộ)", 90, 90),
             ("Lò sấy nan chống mốc", 80, 80),
             ("Buồng phun sơn gốc nước có lọc bụi", 70, 70),
             ("Thiết kế mẫu, thẻ treo, hộp", 35, 0),
             ("Đăng ký nhãn hiệu, thử nghiệm", 25, 0),
             ("Vốn lưu động", 220, 0),
             ("Tài sản tổ viên góp (quy ra tiền)", 150, 90)],
        src=[("Tổ viên góp tiền mặt", 330), ("Tổ viên góp tài sản (quy ra tiền)", 150),
             ("Vay Ngân hàng Chính sách xã hội (6 hộ tổ viên đứng vay)", 450)],
        life=10, loan=[450, 350, 250], rate_loan=0.066,
        split=dict(fund=0.2, parts=[("cap", 1.0)]),
        cap=(52, 300, "26 thợ × 2 sản phẩm/ngày", None)),
    "if04": dict(
        unit="đêm phòng", unit_long="đêm phòng",
        members=[("Hồ Văn Dũng", 90, 180, 0, 3), ("Lê Thị Hiền", 60, 30, 0, 3),
                 ("Nguyễn Văn Sâm", 60, 25, 0, 2), ("Trần Thị Hoài", 60, 30, 0, 2),
                 ("Phan Văn Kiên", 50, 0, 0, 2), ("Đặng Thị Loan", 50, 0, 0, 2)],
        assets=[("Nhà sàn chung 120 m² làm lễ tân, nhà ăn", "Hồ Văn Dũng", 180, 180),
                ("Bốn thuyền kayak, 10 áo phao", "Lê Thị Hiền", 30, 30),
                ("Mười hai xe đạp địa hình", "Nguyễn Văn Sâm", 25, 25),
                ("Bàn ghế, bát đĩa, bếp ga 60 suất", "Trần Thị Hoài", 30, 30)],
        products=[("Lưu trú homestay", "đêm phòng", 1, [450000, 470000, 490000], [2100, 2400, 2700]),
                  ("Suất ăn đặc sản", "suất", 0, [150000, 155000, 160000], [5200, 6000, 6800]),
                  ("Trải nghiệm kayak, hái chè, làm bánh", "lượt", 0, [200000, 210000, 220000], [1800, 2100, 2400])],
        hist=dict(out=[1350, 1600, 1850], price=[880000, 920000, 960000], margin=[0.08, 0.09, 0.095]),
        raws=[("Thực phẩm (rau, gà, cá)", "kg", 0.6, 90000,
               [("Vườn rau, ao cá, đàn gà của 6 hộ", [6, 6, 6], "hộ", 650),
                ("Tổ rau an toàn thôn Khe Giao", [1, 1, 1], "hợp đồng", 1200)], [1])],
        roles=[("Tổ trưởng: điều hành, đặt phòng", 1, 330),
               ("Dọn phòng, giặt là", 6, 900),
               ("Nấu ăn, phục vụ bàn", 4, 720),
               ("Hướng dẫn, chèo thuyền", 3, 450)],
        hired=[0, 150, 300], rate=[220000, 230000, 240000],
        costs=[("Thực phẩm (0,6 kg/suất)", "raw", 0),
               ("Thuê phòng của hộ (150.000 đồng/đêm)", "pack", [150000, 0, 0]),
               ("Đồ dùng phòng, giặt là, nước uống", "pack", [70000, 0, 0]),
               ("Vật tư trải nghiệm, bảo hiểm khách", "pack", [0, 0, 40000]),
               ("Tiền công lao động", "labour", None),
               ("Hoa hồng đại lý, sàn đặt phòng (8 %)", "share", 0.08),
               ("Điện, nước, ga", "fixed", 96),
               ("Khấu hao tài sản", "dep", None), ("Lãi vay", "interest", None),
               ("Thuế, phí (2 % doanh thu)", "share", 0.02),
               ("Quảng bá, phòng cháy, chi phí khác", "fixed", 60)],
        inv=[("Nâng cấp 14 phòng (vệ sinh khép kín, chăn ga)", 420, 420),
             ("Bếp chung và nhà ăn 60 chỗ", 180, 180),
             ("Thuyền kayak, xe đạp, áo phao bổ sung", 90, 90),
             ("Bể tự hoại 3 ngăn, thùng phân loại rác", 60, 60),
             ("Thiết bị phòng cháy, chữa cháy", 30, 30),
             ("Website, biển chỉ dẫn, ấn phẩm", 40, 0),
             ("Vốn lưu động", 150, 0),
             ("Tài sản tổ viên góp (quy ra tiền)", 265, 265)],
        src=[("Tổ viên góp tiền mặt", 370), ("Tổ viên góp tài sản (quy ra tiền)", 265),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 480, 360], rate_loan=0.08,
        split=dict(fund=0.3, parts=[("equal", 1.0)]),
        cap=(14, 365, "14 phòng × 365 đêm", [0])),
    "if05": dict(
        unit="lít", unit_long="lít rượu",
        members=[("Nguyễn Văn Cường", 60, 30, 0, 6), ("Trần Văn Nam", 45, 20, 0, 5),
                 ("Lê Thị Hương", 40, 10, 0, 5), ("Phạm Văn Tư", 40, 15, 0, 6),
                 ("Nguyễn Thị Bích", 35, 0, 0, 4), ("Hoàng Văn Thành", 35, 10, 0, 5),
                 ("Trần Thị Lý", 35, 15, 0, 5), ("Đoàn Văn Hiếu", 30, 0, 0, 4)],
        assets=[("Nồi đồng chưng cất 50 lít", "Nguyễn Văn Cường", 30, 30),
                ("Hai chum sành 300 lít, dụng cụ ủ", "Trần Văn Nam", 20, 20),
                ("Nồi nấu cơm rượu, bếp lò", "Lê Thị Hương", 10, 10),
                ("Nồi chưng cất 40 lít, ống làm lạnh", "Phạm Văn Tư", 15, 15),
                ("Chum sành, vại ủ men", "Hoàng Văn Thành", 10, 10),
                ("Bồn inox 500 lít", "Trần Thị Lý", 15, 15)],
        products=[("Rượu nếp Trường Sơn 29 độ, chai 500 ml", "chai", 0.5, [75000] * 3, [14000, 15600, 17400]),
                  ("Rượu nếp 29 độ, bình sành 2 lít", "bình", 2, [270000] * 3, [1500, 1700, 1900]),
                  ("Rượu nếp, can 5 lít cho nhà hàng", "can", 5, [380000] * 3, [600, 660, 720])],
        hist=dict(out=[10200, 11200, 12100], price=[118000, 122000, 126000], margin=[0.13, 0.14, 0.15]),
        raws=[("Gạo nếp cái", "kg", 1.15, 26000,
               [("Ruộng nếp của 8 tổ viên", [40, 40, 40], "sào", 250),
                ("HTX nông nghiệp Trường Sơn", [1, 1, 1], "hợp đồng", 5000)], None)],
        roles=[("Tổ trưởng: điều hành, kế toán", 1, 300),
               ("Nấu cơm, ủ men, chưng cất", 4, 1120),
               ("Lọc, hạ thổ, chiết chai", 2, 500),
               ("Bán hàng, giao hàng", 1, 250)],
        hired=[0, 100, 200], rate=[200000, 210000, 220000],
        costs=[("Gạo nếp (26.000 đồng/kg)", "raw", 0),
               ("Men lá, củi, điện", "unit", 3500),
               ("Chai, bình sành, can, hộp", "pack", [9000, 45000, 25000]),
               ("Tiền công lao động", "labour", None),
               ("Bán hàng, quảng bá (6 % doanh thu)", "share", 0.06),
               ("Khấu hao tài sản", "dep", None), ("Lãi vay", "interest", None),
               ("Thuế, phí khác (2 % doanh thu)", "share", 0.02),
               ("Kiểm nghiệm, chi phí khác", "fixed", 40)],
        inv=[("Nhà nấu và kho hạ thổ 80 m²", 240, 240),
             ("Hệ thống chưng cất inox 4 nồi", 180, 180),
             ("Máy lọc, khử andehit, chiết rót", 150, 150),
             ("Bốn mươi chum sành ủ rượu", 60, 60),
             ("Chai, bình, nhãn, tem truy xuất", 45, 0),
             ("Giấy phép, kiểm nghiệm, nhãn hiệu", 25, 0),
             ("Vốn lưu động (mua nếp)", 200, 0),
             ("Tài sản tổ viên góp (quy ra tiền)", 100, 100)],
        src=[("Tổ viên góp tiền mặt", 320), ("Tổ viên góp tài sản (quy ra tiền)", 100),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 580)],
        life=10, loan=[580, 460, 340], rate_loan=0.08,
        split=dict(fund=0.2, parts=[("cap", 0.5), ("extra", 0.5)]),
        cap=(80, 280, "4 nồi × 20 lít/ngày", None)),
    "if06": dict(
        unit="kg", unit_long="kg sản phẩm",
        members=[("Trương Văn Hải", 60, 50, 0, None), ("Nguyễn Văn Thuận", 40, 30, 0, None),
                 ("Lê Văn Phúc", 40, 30, 0, None), ("Hồ Thị Thảo", 30, 25, 0, None),
                 ("Trần Văn Lực", 30, 25, 0, None), ("Nguyễn Thị Thoa", 25, 20, 0, None),
                 ("Phan Thị Lệ", 25, 0, 0, None), ("Đặng Văn Tùng", 25, 0, 0, None),
                 ("Võ Thị Sương", 25, 0, 0, None)],
        assets=[("Sân phơi xi măng 300 m², nhà kho", "Trương Văn Hải", 50, 50),
                ("Giàn phơi inox, lưới chắn côn trùng", "Nguyễn Văn Thuận", 30, 30),
                ("Bể chứa, thùng bảo ôn cá", "Lê Văn Phúc", 30, 30),
                ("Nồi hấp luộc cá 200 lít", "Hồ Thị Thảo", 25, 25),
                ("Bàn phân loại, dụng cụ", "Trần Văn Lực", 25, 25),
                ("Cân điện tử, máy hàn túi", "Nguyễn Thị Thoa", 20, 20)],
        products=[("Cá cơm khô Xuân Liên, túi 200 g", "túi", 0.2, [55000, 57000, 59000], [16000, 17500, 19000]),
                  ("Cá cơm khô, túi 500 g", "túi", 0.5, [130000, 134000, 138000], [5000, 5500, 6000]),
                  ("Cá bò khô tẩm gia vị, hộp 250 g", "hộp", 0.25, [95000, 98000, 101000], [6000, 6600, 7200])],
        hist=dict(out=[5600, 6100, 6700], price=[262000, 270000, 278000], margin=[0.10, 0.11, 0.115]),
        raws=[("Cá cơm, cá bò tươi", "kg", 3.2, 35000,
               [("Thuyền của 5 tổ viên", [5, 5, 5], "thuyền", 4000),
                ("Nậu vựa bến Xuân Liên (hợp đồng)", [2, 2, 2], "vựa", 5000)], None)],
        roles=[("Tổ trưởng: điều hành, sổ sách", 1, 280),
               ("Rửa, hấp, phơi sấy", 5, 1200),
               ("Phân loại, đóng gói", 3, 660),
               ("Bán hàng, giao hàng", 1, 250)],
        hired=[0, 120, 240], rate=[200000, 210000, 220000],
        costs=[("Cá tươi (35.000 đồng/kg)", "raw", 0),
               ("Muối, gia vị, điện sấy", "unit", 12000),
               ("Túi, hộp, thùng", "pack", [3000, 4500, 6000]),
               ("Tiền công lao động", "labour", None),
               ("Bán hàng, vận chuyển (5 % doanh thu)", "share", 0.05),
               ("Khấu hao tài sản", "dep", None), ("Lãi vay", "interest", None),
               ("Thuế, phí (1,5 % doanh thu)", "share", 0.015),
               ("Kiểm nghiệm, chi phí khác", "fixed", 45)],
        inv=[("Nhà sấy và phòng đóng gói 150 m²", 380, 380),
             ("Máy sấy nhiệt 2 buồng", 260, 260),
             ("Nồi hấp, bàn phân loại inox", 110, 110),
             ("Máy hút chân không, máy in ngày", 70, 70),
             ("Bể lắng nước rửa, hố thu phế phẩm", 40, 40),
             ("Túi, hộp, tem truy xuất", 40, 0),
             ("Kiểm nghiệm, tự công bố", 20, 0),
             ("Vốn lưu động", 250, 0),
             ("Tài sản tổ viên góp (quy ra tiền)", 180, 180)],
        src=[("Tổ viên góp tiền mặt", 300), ("Tổ viên góp tài sản (quy ra tiền)", 180),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 480, 360], rate_loan=0.08,
        split=dict(fund=0.25, parts=[("cap", 1.0)]),
        cap=(42, 250, "2 buồng × 21 kg khô/ngày", None)),
    "if07": dict(
        unit="kg", unit_long="kg cam",
        members=[("Nguyễn Văn Tiến", 50, 30, 0, 1.5), ("Lê Văn Hòa", 40, 0, 0, 1.2),
                 ("Trần Thị Mận", 40, 20, 0, 1.2), ("Phan Văn Lâm", 40, 0, 0, 1.1),
                 ("Hoàng Văn Minh", 40, 20, 0, 1.1), ("Nguyễn Thị Hồng", 40, 0, 0, 1.0),
                 ("Lê Văn Chiến", 40, 30, 0, 1.0), ("Đinh Thị Ngọc", 40, 0, 0, 1.0),
                 ("Trần Văn Hưởng", 40, 0, 0, 1.0), ("Võ Văn Quang", 35, 0, 0, 0.9),
                 ("Nguyễn Thị Thủy", 35, 0, 0, 1.0)],
        assets=[("Kho chứa cam 40 m²", "Nguyễn Văn Tiến", 30, 30),
                ("Máy bơm, bể chứa nước tưới", "Trần Thị Mận", 20, 20),
                ("Xe rùa, thang, sọt hái cam", "Hoàng Văn Minh", 20, 20),
                ("Bình phun, máy cắt cỏ", "Lê Văn Chiến", 30, 30)],
        products=[("Cam bù loại 1, hộp 5 kg", "hộp", 5, [150000, 155000, 160000], [5000, 5400, 5800]),
                  ("Cam bù loại 1, thùng 10 kg", "thùng", 10, [280000, 290000, 300000], [4000, 4300, 4600]),
                  ("Cam bù loại 2 bán cho thương lái", "kg", 1, [14000] * 3, [70000, 74000, 78000])],
        hist=dict(out=[112000, 121000, 129000], price=[19000, 20000, 20800], margin=[0.22, 0.24, 0.25]),
        raws=[("Cam quả thu hoạch (hao hụt 8 %)", "kg", 1.08, 0,
               [("Vườn cam của 11 hộ", [12, 12, 12], "ha", 15000)], None)],
        roles=[("Chăm sóc, thu hái (11 hộ)", 22, 3300),
               ("Phân loại, đóng hộp", 4, 360),
               ("Nhóm trưởng: điều hành, sổ ghi chép", 1, 200)],
        hired=[0, 100, 200], rate=[220000, 230000, 240000],
        costs=[("Phân bón, thuốc, nước tưới (12 ha × 60 triệu)", "fixed", 720),
               ("Hộp, thùng carton, túi lưới", "pack", [12000, 18000, 0]),
               ("Tiền công lao động", "labour", None),
               ("Bán hàng, vận chuyển (5 % doanh thu)", "share", 0.05),
               ("Khấu hao tài sản", "dep", None), ("Lãi vay", "interest", None),
               ("Chứng nhận VietGAP, kiểm nghiệm", "fixed", 30)],
        inv=[("Nhà sơ chế, phân loại, kho mát 80 m²", 300, 300),
             ("Hệ thống tưới nhỏ giọt cho 12 ha", 360, 360),
             ("Máy phân loại cam theo cỡ", 120, 120),
             ("Xe ba gác chở cam", 60, 60),
             ("Hộp, thùng in sẵn, tem", 40, 0),
             ("Chứng nhận lại VietGAP, kiểm nghiệm", 30, 0),
             ("Vốn lưu động", 190, 0),
             ("Tài sản các hộ góp (quy ra tiền)", 100, 100)],
        src=[("Các hộ góp tiền mặt", 440), ("Các hộ góp tài sản (quy ra tiền)", 100),
             ("Các hộ vay Ngân hàng Nông nghiệp và PTNT", 660)],
        life=10, loan=[660, 540, 420], rate_loan=0.08,
        split=dict(fund=0.1, parts=[("extra", 1.0)]),
        cap=(1500, 150, "1.500 kg/ngày × 150 ngày", None)),
    "if08": dict(
        unit="kg", unit_long="kg nhút",
        members=[("Phạm Thị Nguyệt (chủ hộ)", 100, 0, 0, 1500),
                 ("Nguyễn Thị Tâm", 5, 0, 0, 1000), ("Lê Thị Hòe", 5, 0, 0, 900),
                 ("Trần Thị Cúc", 5, 0, 0, 900), ("Võ Thị Huệ", 5, 0, 0, 850),
                 ("Phạm Thị Lan", 5, 0, 0, 800), ("Nguyễn Thị Đào", 5, 0, 0, 800),
                 ("Hồ Thị Mơ", 5, 0, 0, 750)],
        assets=[],
        products=[("Nhút mít trộn, hũ 500 g", "hũ", 0.5, [40000] * 3, [5000, 9000, 15300]),
                  ("Nhút mít trộn, hũ 1 kg", "hũ", 1, [75000] * 3, [2000, 3600, 6120]),
                  ("Nhút mít muối, túi 2 kg cho quán ăn", "túi", 2, [90000] * 3, [1500, 2700, 4590])],
        hist=dict(out=[6200, 6600, 7000], price=[58000, 60000, 62000], margin=[0.16, 0.17, 0.17]),
        raws=[("Mít non", "kg", 1.3, 6000,
               [("Cây mít của 7 hộ làm nhút", [7, 7, 7], "hộ", 1200),
                ("Vườn mít thôn Yên Mỹ, Yên Hòa (mua theo vụ)", [10, 25, 55], "vườn", 450)], None)],
        roles=[("Chủ hộ: trộn, đóng hũ, sổ sách", 1, 300),
               ("Người nhà phụ giúp", 1, 200)],
        hired=[0, 0, 0], rate=[180000, 180000, 180000],
        costs=[("Mít non (6.000 đồng/kg)", "raw", 0),
               ("Muối, tỏi, ớt, gừng, gia vị", "unit", 6500),
               ("Hũ, túi, nắp, thùng", "pack", [4500, 6000, 3500]),
               ("Tiền công các hộ làm nhút (12.000 đồng/kg)", "unit", 12000),
               ("Tiền công chủ hộ và người nhà", "labour", None),
               ("Bán hàng, vận chuyển (6 % doanh thu)", "share", 0.06),
               ("Khấu hao dụng cụ", "dep", None),
               ("Thuế, phí (1,5 % doanh thu)", "share", 0.015),
               ("Chi phí khác", "fixed", 12)],
        inv=[("Chum, vại sành, khay inox", 25, 25),
             ("Máy thái mít", 18, 18),
             ("Bàn inox, cân điện tử", 12, 12),
             ("Hũ thủy tinh, mẫu nhãn, tem", 20, 0),
             ("Tự công bố, đăng ký nhãn hiệu", 15, 0),
             ("Vốn lưu động", 45, 0)],
        src=[("Vốn tự có của hộ kinh doanh", 100), ("7 hộ làm nhút góp (5 triệu/hộ)", 35)],
        life=5, loan=[0, 0, 0], rate_loan=0.0,
        split=dict(fund=0.7, parts=[("deliv", 1.0)]), pay=12000,
        cap=None),
    "if09": dict(
        unit="kg", unit_long="kg sản phẩm khô",
        members=[("Nguyễn Văn Hùng", 60, 210, 280, 0.8), ("Trần Thị Gấm", 45, 0, 250, 0.5),
                 ("Lê Văn Toản", 45, 0, 250, 0.5), ("Phạm Thị Yến", 40, 0, 250, 0.4),
                 ("Nguyễn Văn Bảo", 40, 0, 250, 0.4), ("Hoàng Thị Duyên", 35, 0, 250, 0.4),
                 ("Trần Văn Hậu", 35, 0, 250, 0.4), ("Lê Thị Nhung", 35, 0, 250, 0.4),
                 ("Đỗ Văn Khánh", 35, 0, 250, 0.4), ("Nguyễn Thị Hoa", 30, 0, 250, 0.3)],
        assets=[("Máy sấy bơm nhiệt 32 kg khô/ngày", "Nguyễn Văn Hùng", 150, 150),
                ("Nhà kho 60 m²", "Nguyễn Văn Hùng", 60, 60)],
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 3 g", "hộp", 0.09, [45000, 46000, 47000], [30000, 33000, 36000]),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, [90000, 92000, 94000], [6000, 6600, 7200]),
                  ("Cà gai leo khô, bao 5 kg cho nhà thuốc", "bao", 5, [750000, 770000, 790000], [400, 440, 480])],
        hist=dict(out=[5600, 6300, 7000], price=[258000, 266000, 274000], margin=[0.12, 0.13, 0.135]),
        raws=[("Cà gai leo tươi", "kg", 4.0, 15000,
               [("Ruộng cà gai leo của 10 tổ viên", [4.5, 4.5, 4.5], "ha", 9000),
                ("Hộ liên kết thôn Vĩnh Phúc (hợp đồng)", [8, 8, 8], "hộ", 600)], None)],
        roles=[("Tổ trưởng: điều hành, kế toán", 1, 280),
               ("Thu hái, sơ chế, sấy", 5, 1250),
               ("Nghiền, đóng túi lọc", 3, 750),
               ("Bán hàng", 1, 250)],
        hired=[0, 100, 200], rate=[210000, 220000, 230000],
        costs=[("Cà gai leo tươi (15.000 đồng/kg)", "raw", 0),
               ("Túi lọc, hộp, bao", "pack", [9000, 5000, 18000]),
               ("Điện sấy, nước", "unit", 9000),
               ("Tiền công lao động", "labour", None),
               ("Bán hàng, đại lý (7 % doanh thu)", "share", 0.07),
               ("Khấu hao tài sản", "dep", None), ("Lãi vay", "interest", None),
               ("Thuế, phí (1,5 % doanh thu)", "share", 0.015),
               ("Chi phí khác", "fixed", 50)],
        inv=[("Nhà sơ chế, sấy, đóng gói 160 m²", 420, 420),
             ("Máy nghiền, máy đóng túi lọc tự động", 380, 380),
             ("Máy thái dược liệu, bàn inox", 70, 70),
             ("Túi, hộp, mã vạch, tem QR", 45, 0),
             ("Đăng ký nhãn hiệu", 15, 0),
             ("Vốn lưu động", 260, 0),
             ("Tài sản tổ viên góp (quy ra tiền)", 210, 210)],
        src=[("Tổ viên góp tiền mặt", 400), ("Tổ viên góp tài sản (quy ra tiền)", 210),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 790)],
        life=10, loan=[790, 640, 490], rate_loan=0.08,
        split=dict(fund=0.2, parts=[("cap", 0.5), ("days", 0.5)]),
        cap=(32, 250, "32 kg khô/ngày", None)),
    "if10": dict(
        unit="kg", unit_long="kg chè khô",
        members=[("Nguyễn Văn Sáu", 50, 40, 0, 1.0), ("Trần Văn Tường", 40, 20, 0, 0.9),
                 ("Lê Thị Ngân", 35, 0, 0, 0.8), ("Phan Văn Đạt", 35, 15, 0, 0.8),
                 ("Nguyễn Thị Vinh", 30, 0, 0, 0.7), ("Hồ Văn Lương", 30, 15, 0, 0.7),
                 ("Trần Thị Hảo", 30, 0, 0, 0.6), ("Lê Văn Kỳ", 30, 0, 0, 0.5),
                 ("Nguyễn Thị Thắm", 30, 0, 0, 0.5)],
        assets=[("Hai tôn quay sao chè, lò đốt củi", "Nguyễn Văn Sáu", 40, 40),
                ("Máy vò chè cũ", "Trần Văn Tường", 20, 20),
                ("Nong, nia, bạt phơi, cân", "Phan Văn Đạt", 15, 15),
                ("Máy sàng chè cũ", "Hồ Văn Lương", 15, 15)],
        products=[("Chè búp khô Kỳ Thượng, túi 200 g", "túi", 0.2, [65000, 67000, 69000], [12000, 13000, 14000]),
                  ("Chè búp khô, hộp 500 g", "hộp", 0.5, [155000, 160000, 165000], [3000, 3300, 3600]),
                  ("Chè xanh khô loại 2, bao 5 kg cho quán", "bao", 5, [450000, 460000, 470000], [300, 330, 360])],
        hist=dict(out=[4300, 4700, 5050], price=[235000, 243000, 250000], margin=[0.15, 0.16, 0.17]),
        raws=[("Búp chè tươi", "kg", 4.5, 10000,
               [("Vườn chè của 9 tổ viên", [6.5, 6.5, 6.5], "ha", 5000)], None)],
        roles=[("Tổ trưởng: điều hành, sổ sách", 1, 280),
               ("Hái, sao, vò chè", 6, 1440),
               ("Phân loại, đóng gói, bán hàng", 2, 500)],
        hired=[0, 100, 200], rate=[200000, 210000, 220000],
        costs=[("Búp chè tươi (10.000 đồng/kg)", "raw", 0),
               ("Túi, hộp, bao", "pack", [5000, 12000, 8000]),
               ("Củi, điện", "unit", 8000),
               ("Tiền công lao động", "labour", None),
               ("Bán hàng, vận chuyển (6 % doanh thu)", "share", 0.06),
               ("Khấu hao tài sản", "dep", None), ("Lãi vay", "interest", None),
               ("Thuế, phí (1,5 % doanh thu)", "share", 0.015),
               ("Chi phí khác", "fixed", 35)],
        inv=[("Cải tạo xưởng chế biến chè 120 m²", 250, 250),
             ("Máy sao quay, máy vò, máy sàng", 220, 220),
             ("Máy sấy chè", 90, 90),
             ("Máy hút chân không, hàn túi", 40, 40),
             ("Túi, hộp đựng chè", 30, 0),
             ("Tự công bố, kiểm nghiệm, nhãn hiệu", 25, 0),
             ("Vốn lưu động", 155, 0),
             ("Tài sản tổ viên góp (quy ra tiền)", 90, 90)],
        src=[("Tổ viên góp tiền mặt", 310), ("Tổ viên góp tài sản (quy ra tiền)", 90),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        life=10, loan=[500, 400, 300], rate_loan=0.08,
        split=dict(fund=0.2, parts=[("cap", 0.6), ("extra", 0.4)]),
        cap=(26, 300, "26 kg chè khô/ngày", None)),
}


# --------------------------------------------------------------------------- the model
# What the plans print where they are wrong on purpose (the planted numeric defects and the
# figures that follow them); model(k, printed=True) applies these, model(k) is the truth.
OVERRIDE: dict[str, dict] = {
    "if05": dict(payback=1.4),               # payback-mismatch: the text says "khoảng 1,4 năm"
    "if07": dict(rev_line={(1, 1): 1460.0}),  # revenue-mismatch: 2028 line of the 10 kg cartons
    "if09": dict(profit={1: 707.7}),          # profit-mismatch: 2028 profit in the summary
}


def model(k: str, printed: bool = False) -> dict:
    P = PLANS[k]
    ov = OVERRIDE.get(k, {}) if printed else {}
    m: dict = {"P": P, "key": k}
    prods = P["products"]
    m["packs"] = [list(p[4]) for p in prods]
    m["price"] = [list(p[3]) for p in prods]
    m["out"] = [sum(p[2] * p[4][y] for p in prods) for y in Y]
    m["rev_line"] = [[p[4][y] * p[3][y] / 1e6 for y in Y] for p in prods]
    for (i, y), v in ov.get("rev_line", {}).items():
        m["rev_line"][i][y] = v
    m["rev"] = [sum(line[y] for line in m["rev_line"]) for y in Y]
    # history
    h = P["hist"]
    m["h_rev"] = [h["out"][i] * h["price"][i] / 1e6 for i in range(3)]
    m["h_profit"] = [m["h_rev"][i] * h["margin"][i] for i in range(3)]
    m["h_growth"] = ((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100
    # raw materials
    m["raws"] = []
    for (label, unit, norm, price, rows, idx) in P["raws"]:
        base = ([sum(prods[i][4][y] * (prods[i][2] or 1) for i in idx) for y in Y] if idx
                else m["out"])
        need = [base[y] * norm for y in Y]
        srows = [[c[y] * yld for y in Y] for (_, c, _, yld) in rows]
        supply = [sum(r[y] for r in srows) for y in Y]
        m["raws"].append(dict(label=label, unit=unit, norm=norm, price=price, need=need,
                              rows=srows, supply=supply, spare=[supply[y] - need[y] for y in Y],
                              cost=[need[y] * price / 1e6 for y in Y]))
    # labour
    m["role_days"] = sum(r[2] for r in P["roles"])
    m["role_people"] = sum(r[1] for r in P["roles"])
    m["days"] = [m["role_days"] + P["hired"][y] for y in Y]
    m["labour"] = [m["days"][y] * P["rate"][y] / 1e6 for y in Y]
    # investment and sources
    m["inv_total"] = sum(i[1] for i in P["inv"])
    m["dep_base"] = sum(i[2] for i in P["inv"])
    m["dep"] = m["dep_base"] / P["life"]
    m["src_total"] = sum(s[1] for s in P["src"])
    m["interest"] = [P["loan"][y] * P["rate_loan"] for y in Y]
    # costs
    lines = []
    for (label, kind, par) in P["costs"]:
        if kind == "raw":
            v = m["raws"][par]["cost"]
        elif kind == "pack":
            v = [sum(m["packs"][i][y] * par[i] for i in range(len(prods))) / 1e6 for y in Y]
        elif kind == "unit":
            v = [m["out"][y] * par / 1e6 for y in Y]
        elif kind == "labour":
            v = m["labour"]
        elif kind == "share":
            v = [m["rev"][y] * par for y in Y]
        elif kind == "dep":
            v = [m["dep"]] * 3
        elif kind == "interest":
            v = m["interest"]
        elif kind == "fixed":
            v = [par] * 3
        else:
            raise ValueError(kind)
        lines.append((label, list(v)))
    m["cost_lines"] = lines
    m["cost"] = [sum(v[y] for _, v in lines) for y in Y]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    for y, v in ov.get("profit", {}).items():
        m["profit"][y] = v
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
    sp = P["split"]
    m["fund"] = [m["profit"][y] * sp["fund"] for y in Y]
    m["share_out"] = [m["profit"][y] - m["fund"][y] for y in Y]
    m["payback"] = m["inv_total"] / (sum(m["profit"]) / 3 + m["dep"])
    if "payback" in ov:
        m["payback"] = ov["payback"]
    # members
    mem = P["members"]
    m["cash"] = sum(x[1] for x in mem)
    m["inkind"] = sum(x[2] for x in mem)
    m["contrib"] = m["cash"] + m["inkind"]
    m["mem_days"] = sum(x[3] for x in mem)
    m["extra"] = sum(x[4] or 0 for x in mem)
    # households paid per kg for what they deliver (if02 honey, if08 nhút), kg in 2027
    if "pay" in P:
        if k == "if02":  # the 11 households deliver what the need leaves after the own hives
            r = m["raws"][0]
            bought = r["need"][0] - r["rows"][0][0]
            tot = sum(x[4] for x in mem[1:])
            m["deliv"] = [0.0] + [bought * x[4] / tot for x in mem[1:]]
        else:  # if08: each kitchen's kg of nhút are set, the owner's kitchen included
            m["deliv"] = [float(x[4]) for x in mem]
        m["pay_line"] = [d * P["pay"] / 1e6 for d in m["deliv"]]
    # what each member gets of the 2027 result
    out = []
    rest = m["share_out"][0]
    for j, x in enumerate(mem):
        parts = {}
        for (kind, share) in sp["parts"]:
            if kind == "cap":
                w = (x[1] + x[2]) / m["contrib"]
            elif kind == "days":
                w = x[3] / m["mem_days"]
            elif kind == "extra":
                w = (x[4] or 0) / m["extra"]
            elif kind == "deliv":  # the households only, not the owner of the business
                w = 0.0 if j == 0 else m["deliv"][j] / sum(m["deliv"][1:])
            else:
                w = 1 / len(mem)
            parts[kind] = rest * share * w
        out.append(parts)
    m["member_share"] = out
    # capacity
    if P.get("cap"):
        rating, days, _, idx = P["cap"]
        m["capacity"] = rating * days
        m["cap_out"] = ([sum(prods[i][4][y] * prods[i][2] for i in idx) for y in Y] if idx
                        else m["out"])
        m["use"] = [m["cap_out"][y] / m["capacity"] * 100 for y in Y]
    return m


# --------------------------------------------------------------------------- tables
# The order of each plan's tables ("Bảng 1." is the first), and the columns of its members'
# and sharing tables.
ORDER: dict[str, list[str]] = {
    "if01": ["members", "assets", "hist", "prices", "raw", "labour", "output", "inv", "src",
             "rev", "cost", "sum", "split", "papers", "sched"],
    "if02": ["papers", "members", "hist", "prices", "market", "raw", "labour", "output", "inv",
             "src", "rev", "cost", "sum", "split", "sched"],
    "if03": ["papers", "members", "assets", "hist", "prices", "market", "raw", "output", "inv",
             "src", "rev", "cost", "sum", "split", "sched"],
    "if04": ["papers", "members", "assets", "hist", "prices", "raw", "labour", "output", "inv",
             "src", "rev", "cost", "sum", "split", "sched"],
    "if05": ["papers", "members", "assets", "hist", "prices", "raw", "labour", "output", "inv",
             "src", "rev", "cost", "sum", "split"],
    "if06": ["papers", "members", "assets", "hist", "prices", "market", "raw", "output", "inv",
             "src", "rev", "cost", "sum", "sched"],
    "if07": ["papers", "members", "assets", "hist", "prices", "raw", "labour", "output", "inv",
             "src", "rev", "cost", "sum", "split"],
    "if08": ["papers", "hist", "prices", "raw", "labour", "output", "inv", "src", "rev", "cost",
             "sum", "split", "sched"],
    "if09": ["papers", "members", "assets", "hist", "prices", "market", "raw", "labour", "output",
             "inv", "src", "rev", "cost", "sum", "split"],
    "if10": ["papers", "members", "assets", "hist", "prices", "raw", "labour", "output", "inv",
             "src", "rev", "cost", "sum", "split"],
}

# the extra column of the members' table: (header, decimals); None = no such column
EXTRA_COL = {"if02": ("Số đàn ong", 0), "if04": ("Số phòng", 0), "if05": ("Ruộng nếp (sào)", 0),
             "if07": ("Diện tích (ha)", 1), "if09": ("Đất trồng (ha)", 1),
             "if10": ("Vườn chè (ha)", 1)}
MEMBER_WORD = {"if02": "Hộ", "if04": "Hộ", "if07": "Hộ", "if08": "Hộ"}

CAPTION: dict[str, dict[str, str]] = {
    "if01": dict(papers="Hồ sơ pháp lý của tổ hợp tác và sản phẩm",
                 members="Tổ viên và phần đóng góp vào tổ",
                 assets="Tài sản tổ viên góp vào xưởng chung",
                 hist="Kết quả sản xuất kinh doanh 2024 – 2026",
                 prices="Sản phẩm và giá bán", raw="Nhu cầu và nguồn cung nguyên liệu",
                 labour="Phân công lao động trong tổ",
                 output="Kế hoạch sản lượng và công suất dây chuyền",
                 inv="Vốn đầu tư của phương án", src="Nguồn vốn",
                 rev="Doanh thu dự kiến", cost="Chi phí sản xuất kinh doanh",
                 sum="Lợi nhuận và trích lập", split="Phân chia lợi nhuận năm 2027 cho tổ viên",
                 sched="Tiến độ thực hiện"),
    "if02": dict(papers="Giấy tờ của hộ kinh doanh và sản phẩm",
                 members="Các hộ tham gia hợp đồng hợp tác nuôi ong",
                 hist="Kết quả kinh doanh mật ong 2024 – 2026",
                 prices="Giá bán theo năm", market="Giá mật ong cùng loại trên thị trường",
                 raw="Cân đối mật ong thô", labour="Lao động của hộ kinh doanh",
                 output="Sản lượng đóng chai và công suất máy",
                 inv="Các khoản đầu tư", src="Cơ cấu nguồn vốn",
                 rev="Doanh thu", cost="Chi phí", sum="Kết quả kinh doanh dự kiến",
                 split="Tiền mật và tiền thưởng trả các hộ năm 2027",
                 sched="Kế hoạch triển khai"),
    "if03": dict(papers="Hồ sơ của tổ hợp tác",
                 members="Danh sách tổ viên và vốn góp",
                 assets="Tài sản góp chung",
                 hist="Sản xuất, kinh doanh ba năm gần đây",
                 prices="Sản phẩm, giá bán", market="So sánh giá với sản phẩm cùng loại",
                 raw="Nguyên liệu mây, tre",
                 output="Sản lượng và năng lực đan",
                 inv="Tổng mức đầu tư", src="Nguồn vốn đầu tư",
                 rev="Doanh thu theo sản phẩm", cost="Dự toán chi phí",
                 sum="Lợi nhuận, quỹ chung và phần chia", split="Chia lãi theo vốn góp năm 2027",
                 sched="Lịch triển khai"),
    "if04": dict(papers="Hồ sơ pháp lý của tổ và các cơ sở lưu trú",
                 members="Các hộ thành viên và phần góp",
                 assets="Tài sản các hộ góp dùng chung",
                 hist="Kết quả đón khách 2024 – 2026",
                 prices="Dịch vụ và giá", raw="Thực phẩm cho bếp chung",
                 labour="Lao động phục vụ",
                 output="Kế hoạch đón khách và công suất phòng",
                 inv="Nhu cầu vốn đầu tư", src="Nguồn vốn",
                 rev="Doanh thu dịch vụ", cost="Chi phí hoạt động",
                 sum="Hiệu quả và trích quỹ", split="Tiền thuê phòng và phần chia lãi năm 2027",
                 sched="Tiến độ"),
    "if05": dict(papers="Hồ sơ pháp lý",
                 members="Tổ viên, ruộng nếp và phần góp",
                 assets="Dụng cụ tổ viên góp cho nhà nấu chung",
                 hist="Kết quả sản xuất 2024 – 2026",
                 prices="Sản phẩm và giá bán (chưa gồm thuế tiêu thụ đặc biệt)",
                 raw="Nguồn gạo nếp", labour="Lao động",
                 output="Sản lượng rượu theo năm", inv="Vốn đầu tư",
                 src="Nguồn vốn", rev="Doanh thu", cost="Chi phí",
                 sum="Tổng hợp hiệu quả", split="Phân chia lợi nhuận năm 2027"),
    "if06": dict(papers="Hồ sơ pháp lý",
                 members="Tổ viên và vốn góp", assets="Tài sản tổ viên góp",
                 hist="Kết quả sản xuất kinh doanh 2024 – 2026", prices="Sản phẩm, giá bán",
                 market="Giá sản phẩm cùng loại", raw="Nguồn cá nguyên liệu",
                 output="Sản lượng và công suất sấy", inv="Vốn đầu tư",
                 src="Nguồn vốn huy động", rev="Doanh thu", cost="Chi phí",
                 sum="Hiệu quả kinh tế", sched="Tiến độ thực hiện"),
    "if07": dict(papers="Giấy tờ của nhóm",
                 members="Các hộ trong nhóm, diện tích và phần góp",
                 assets="Tài sản các hộ góp dùng chung",
                 hist="Sản lượng, doanh thu của nhóm 2024 – 2026",
                 prices="Sản phẩm và giá bán", raw="Cân đối sản lượng cam",
                 labour="Lao động của nhóm",
                 output="Kế hoạch tiêu thụ và công suất nhà sơ chế",
                 inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu",
                 cost="Chi phí", sum="Hiệu quả của nhóm",
                 split="Phần chia lãi năm 2027 theo sản lượng cam"),
    "if08": dict(papers="Giấy tờ của hộ kinh doanh",
                 hist="Kết quả 2024 – 2026", prices="Sản phẩm và giá bán",
                 raw="Nguồn mít nguyên liệu", labour="Lao động của hộ",
                 output="Kế hoạch sản lượng", inv="Vốn đầu tư", src="Nguồn vốn",
                 rev="Doanh thu", cost="Chi phí", sum="Hiệu quả kinh doanh",
                 split="Tiền công và tiền chia lãi cho các hộ làm nhút năm 2027",
                 sched="Tiến độ"),
    "if09": dict(papers="Hồ sơ pháp lý của tổ",
                 members="Tổ viên, đất trồng và vốn góp", assets="Tài sản tổ viên góp",
                 hist="Kết quả 2024 – 2026", prices="Giá bán dự kiến",
                 market="Sản phẩm cà gai leo cùng loại", raw="Cân đối cà gai leo tươi",
                 labour="Bố trí lao động", output="Sản lượng và công suất máy sấy",
                 inv="Vốn đầu tư", src="Nguồn vốn", rev="Doanh thu", cost="Chi phí",
                 sum="Tổng hợp kết quả", split="Phân chia lợi nhuận năm 2027"),
    "if10": dict(papers="Hồ sơ của tổ hợp tác",
                 members="Tổ viên, vườn chè và vốn góp", assets="Tài sản tổ viên góp",
                 hist="Kết quả sản xuất kinh doanh 2024 – 2026", prices="Giá bán các loại chè",
                 raw="Cân đối búp chè tươi", labour="Lao động",
                 output="Sản lượng chè khô và công suất", inv="Vốn đầu tư",
                 src="Nguồn vốn", rev="Doanh thu", cost="Chi phí", sum="Hiệu quả kinh tế",
                 split="Phân chia lợi nhuận năm 2027"),
}

# Papers: (paper, number and date, issued or certified by, in force until)
PAPERS: dict[str, list[tuple[str, str, str, str]]] = {
    "if01": [("Hợp đồng hợp tác (9 tổ viên, sửa đổi lần 2)", "Ký 15/3/2021, sửa đổi 05/8/2025",
              "UBND xã chứng thực", "Không thời hạn"),
             ("Giấy chứng nhận đăng ký tổ hợp tác", "Số 27/THT, 20/8/2025", "UBND xã Phù Lưu",
              "Không thời hạn"),
             ("Mã số thuế", "3002518764", "Thuế tỉnh Hà Tĩnh", "Không thời hạn"),
             ("Giấy chứng nhận cơ sở đủ điều kiện ATTP", "Số 06/2027/ATTP-CNĐK, 06/01/2027",
              "Sở Công Thương", "Đến 06/01/2030"),
             ("Hợp đồng sử dụng đất làm xưởng", "Ký 05/8/2025, 10 năm", "Tổ viên Nguyễn Thị Lài",
              "Đến 05/8/2035"),
             ("Bản tự công bố sản phẩm (TCCS 01:2026/BRPL)", "Số 01/PL, 12/12/2026",
              "Nộp Sở Công Thương", "Theo sản phẩm"),
             ("Phiếu kết quả thử nghiệm", "Số 2611-TN, 02/12/2026", "Phòng thử nghiệm được công nhận",
              "Định kỳ 12 tháng"),
             ("Đơn đăng ký nhãn hiệu", "Số 4-2026-21587, 18/6/2026", "Cục Sở hữu trí tuệ",
              "Đã thẩm định hình thức")],
    "if02": [("Giấy chứng nhận đăng ký hộ kinh doanh", "Số 30F8002641, thay đổi 08/9/2025",
              "UBND xã Sơn Hồng", "Không thời hạn"),
             ("Hợp đồng hợp tác nuôi ong với 11 hộ", "Ký 10/01/2026, 5 năm", "Các bên ký",
              "Đến 10/01/2031"),
             ("Giấy chứng nhận cơ sở đủ điều kiện ATTP", "Số 15/2027/NNMT, 20/01/2027",
              "Sở Nông nghiệp và Môi trường", "Đến 20/01/2030"),
             ("Bản tự công bố sản phẩm (TCCS 01:2026/MOSH)", "Số 02/MOSH, 15/12/2026",
              "Nộp Sở Nông nghiệp và Môi trường", "Theo sản phẩm"),
             ("Phiếu kết quả thử nghiệm mật ong", "Số 1278/KQ, 02/12/2026",
              "Phòng thử nghiệm được công nhận", "Định kỳ 12 tháng"),
             ("Giấy chứng nhận đăng ký nhãn hiệu", "Số 498213, 22/10/2025", "Cục Sở hữu trí tuệ",
              "Đến 14/3/2034")],
    "if03": [("Hợp đồng hợp tác (12 tổ viên)", "Ký 02/4/2020, sửa đổi 12/9/2024",
              "UBND xã chứng thực", "Không thời hạn"),
             ("Giấy chứng nhận đăng ký tổ hợp tác", "Số 09/THT, 28/10/2024", "Cơ quan đăng ký",
              "Không thời hạn"),
             ("Mã số thuế", "3002496318", "Thuế tỉnh Hà Tĩnh", "Không thời hạn"),
             ("Tiêu chuẩn cơ sở TCCS 01:2025/MTTN", "Công bố 15/5/2025", "Tổ hợp tác",
              "Soát xét 2028"),
             ("Phiếu kết quả thử nghiệm độ ẩm, nấm mốc", "Số 0932/TN, 20/5/2025",
              "Phòng thử nghiệm được công nhận", "Định kỳ 12 tháng"),
             ("Giấy chứng nhận đăng ký nhãn hiệu", "Số 512044, 08/7/2026", "Cục Sở hữu trí tuệ",
              "Đến 03/11/2034")],
    "if04": [("Hợp đồng hợp tác (6 hộ)", "Ký 20/11/2023, sửa đổi 10/9/2025", "UBND xã chứng thực",
              "Không thời hạn"),
             ("Giấy chứng nhận đăng ký tổ hợp tác", "Số 31/THT, 25/9/2025", "UBND xã Sơn Kim",
              "Không thời hạn"),
             ("Mã số thuế", "3002533907", "Thuế tỉnh Hà Tĩnh", "Không thời hạn"),
             ("Công nhận 6 nhà đạt TCVN 7800:2017", "QĐ số 118/QĐ-SVHTTDL, 14/10/2025",
              "Sở Văn hóa, Thể thao và Du lịch", "Đến 14/10/2030"),
             ("Giấy chứng nhận đủ điều kiện ATTP bếp chung", "Số 09/2027/ATTP, 22/01/2027",
              "Cơ quan quản lý ATTP tỉnh", "Đến 22/01/2030"),
             ("Biên bản kiểm tra phòng cháy, chữa cháy", "Số 45/BB-PCCC, 06/11/2026",
              "Công an xã Sơn Kim", "Kiểm tra hằng năm"),
             ("Giấy chứng nhận đăng ký nhãn hiệu", "Số 503117, 15/3/2026", "Cục Sở hữu trí tuệ",
              "Đến 02/6/2034")],
    "if05": [("Hợp đồng hợp tác (8 tổ viên)", "Ký 06/01/2022, sửa đổi 14/8/2025",
              "UBND xã chứng thực", "Không thời hạn"),
             ("Giấy chứng nhận đăng ký tổ hợp tác", "Số 22/THT, 29/8/2025", "UBND xã Trường Sơn",
              "Không thời hạn"),
             ("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "Số 07/GP, 14/10/2025",
              "Phòng Kinh tế xã Trường Sơn", "Đến 14/10/2030"),
             ("Giấy chứng nhận cơ sở đủ điều kiện ATTP", "Số 112/2025/ATTP, 02/10/2025",
              "Sở Công Thương", "Đến 02/10/2028"),
             ("Bản tự công bố sản phẩm", "Số 03/RNTS, 20/11/2025", "Nộp Sở Công Thương",
              "Theo sản phẩm"),
             ("Đơn đăng ký nhãn hiệu", "Số 4-2026-08841, 11/3/2026", "Cục Sở hữu trí tuệ",
              "Đang thẩm định")],
    "if06": [("Hợp đồng hợp tác (9 tổ viên)", "Ký 22/02/2021, sửa đổi 03/7/2025",
              "UBND xã chứng thực", "Không thời hạn"),
             ("Giấy chứng nhận đăng ký tổ hợp tác", "Số 14/THT, 21/7/2025", "UBND xã Xuân Liên",
              "Không thời hạn"),
             ("Mã số thuế", "3002529146", "Thuế tỉnh Hà Tĩnh", "Không thời hạn"),
             ("Giấy chứng nhận cơ sở đủ điều kiện ATTP", "Số 27/2026/NNMT, 09/3/2026",
              "Sở Nông nghiệp và Môi trường", "Đến 09/3/2029"),
             ("Bản tự công bố (TCCS 01:2026/CKXL)", "Số 04/CKXL, 18/5/2026",
              "Nộp Sở Nông nghiệp và Môi trường", "Theo sản phẩm"),
             ("Phiếu kết quả thử nghiệm", "Số 3307/KQ, 10/5/2026", "Phòng thử nghiệm được công nhận",
              "Định kỳ 12 tháng")],
    "if07": [("Hợp đồng hợp tác của 11 hộ", "Ký 05/02/2023", "Trưởng thôn Tân Hòa ký xác nhận",
              "5 năm, gia hạn được"),
             ("Giấy chứng nhận VietGAP (nhóm hộ)", "Số VG-1126-0215, 10/11/2026",
              "Tổ chức chứng nhận được chỉ định", "Đến 10/11/2028"),
             ("Bản cam kết sản xuất thực phẩm an toàn", "Ký 20/11/2026", "Nộp UBND xã Sơn Trường",
              "Hằng năm"),
             ("Phiếu kết quả thử nghiệm dư lượng", "Số 2144/KQ, 28/10/2026",
              "Phòng thử nghiệm được công nhận", "Mỗi vụ")],
    "if08": [("Giấy chứng nhận đăng ký hộ kinh doanh", "Số 30G8001957, 17/4/2019",
              "Cơ quan đăng ký", "Không thời hạn"),
             ("Thỏa thuận hợp tác với 7 hộ làm nhút", "Ký 02/01/2025, 3 năm", "Các bên ký",
              "Đến 02/01/2028"),
             ("Bản tự công bố sản phẩm (TCCS 01:2025/NMBN)", "Số 01/NMBN, 25/8/2025",
              "Nộp Sở Công Thương", "Theo sản phẩm"),
             ("Phiếu kết quả thử nghiệm", "Số 1905/KQ, 12/8/2025", "Phòng thử nghiệm được công nhận",
              "Định kỳ 12 tháng"),
             ("Đơn đăng ký nhãn hiệu", "Số 4-2025-30177, 19/9/2025", "Cục Sở hữu trí tuệ",
              "Đang thẩm định")],
    "if09": [("Hợp đồng hợp tác (10 tổ viên)", "Ký 18/5/2022, sửa đổi 02/10/2025",
              "UBND xã chứng thực", "Không thời hạn"),
             ("Giấy chứng nhận đăng ký tổ hợp tác", "Số 35/THT, 16/10/2025", "UBND xã Vượng Lộc",
              "Không thời hạn"),
             ("Mã số thuế", "3002541180", "Thuế tỉnh Hà Tĩnh", "Không thời hạn"),
             ("Giấy chứng nhận cơ sở đủ điều kiện ATTP", "Số 08/2027/NNMT, 12/01/2027",
              "Sở Nông nghiệp và Môi trường", "Đến 12/01/2030"),
             ("Đơn đăng ký nhãn hiệu", "Số 4-2026-19920, 02/6/2026", "Cục Sở hữu trí tuệ",
              "Đã chấp nhận hợp lệ")],
    "if10": [("Hợp đồng hợp tác (9 tổ viên)", "Ký 12/6/2020", "UBND xã chứng thực",
              "Không thời hạn"),
             ("Đăng ký tổ hợp tác", "Số 12/ĐKTHT, 05/3/2025", "UBND xã Kỳ Thượng", "Không thời hạn"),
             ("Mã số thuế", "3002487552", "Thuế tỉnh Hà Tĩnh", "Không thời hạn"),
             ("Giấy chứng nhận cơ sở đủ điều kiện ATTP", "Số 31/2025/NNPTNT, 20/3/2025",
              "Sở Nông nghiệp", "Đến 20/3/2028"),
             ("Bản tự công bố (TCCS 01:2025/CKT)", "Số 02/CKT, 14/4/2025", "Nộp Sở Nông nghiệp",
              "Theo sản phẩm"),
             ("Phiếu kết quả thử nghiệm", "Số 0877/KQ, 02/4/2025", "Phòng thử nghiệm được công nhận",
              "Định kỳ 12 tháng"),
             ("Đơn đăng ký nhãn hiệu", "Số 4-2025-11604, 21/5/2025", "Cục Sở hữu trí tuệ",
              "Đang thẩm định")],
}

# Competitor prices the plans quote (facts, not recomputed): (product, where sold, price)
MARKET: dict[str, tuple[list[str], list[tuple]]] = {
    "if02": (["TT", "Sản phẩm cùng loại", "Nơi bán", "Giá (đồng/kg)"],
             [("1", "Mật ong hoa rừng Vũ Quang", "Cửa hàng OCOP", N(420000, 0)),
              ("2", "Mật ong hoa keo đóng chai phổ thông", "Siêu thị", N(210000, 0)),
              ("3", "Mật ong rừng Nghệ An", "Sàn thương mại điện tử", N(450000, 0))]),
    "if03": (["TT", "Sản phẩm so sánh", "Nơi sản xuất", "Giá (đồng)"],
             [("1", "Giỏ mây có nắp 30 cm", "Làng nghề phía Bắc", N(210000, 0)),
              ("2", "Bộ khay tre 3 chiếc", "Sàn thương mại điện tử", N(175000, 0)),
              ("3", "Chụp đèn mây tre", "Cửa hàng lưu niệm Huế", N(290000, 0))]),
    "if06": (["TT", "Sản phẩm", "Nơi bán", "Giá (đồng/kg)"],
             [("1", "Cá cơm khô Cửa Lò", "Chợ, cửa hàng đặc sản", N(240000, 0)),
              ("2", "Cá cơm khô đóng túi Quảng Bình", "Siêu thị", N(280000, 0)),
              ("3", "Cá bò khô tẩm gia vị Phan Thiết", "Sàn thương mại điện tử", N(390000, 0))]),
    "if09": (["TT", "Sản phẩm", "Nơi bán", "Giá (đồng)"],
             [("1", "Trà cà gai leo túi lọc hộp 30 túi", "Nhà thuốc, siêu thị", N(55000, 0)),
              ("2", "Cà gai leo khô túi 500 g", "Chợ, cửa hàng dược liệu", N(80000, 0)),
              ("3", "Cao cà gai leo 100 g", "Sàn thương mại điện tử", N(180000, 0))]),
}

# Schedules: (task, time, who)
SCHED: dict[str, list[tuple[str, str, str]]] = {
    "if01": [("Cải tạo xưởng, lắp tủ cấp đông, máy nhào", "Quý I/2027", "Tổ trưởng, ông Trần Văn Đức"),
             ("Nhận tiền góp đợt 2, giải ngân vốn vay", "Quý I/2027", "Tổ trưởng, kế toán"),
             ("Hoàn thiện hộp mới, tem QR theo lô", "Quý II/2027", "Bà Đặng Thị Tuyết"),
             ("Ký hợp đồng với 6 đại lý, 2 siêu thị mini", "Quý II/2027", "Ông Nguyễn Văn Khoa"),
             ("Nộp hồ sơ đánh giá OCOP lên UBND xã", "Quý III/2027", "Tổ trưởng"),
             ("Họp tổ quyết toán, chia lãi năm", "Tháng 12 hằng năm", "Tổ trưởng, các tổ viên"),
             ("Nộp hồ sơ gia hạn giấy ATTP", "Quý IV/2029", "Tổ trưởng")],
    "if02": [("Lắp máy hạ thủy phần, cải tạo phòng lọc", "Quý I/2027", "Chủ hộ"),
             ("Giao 40 thùng ong, 6 bộ máy quay mật cho các hộ", "Quý I/2027", "Chủ hộ, các hộ"),
             ("Tập huấn ghi nhật ký đàn ong, lấy mẫu", "Quý II/2027", "Chủ hộ"),
             ("Ký thêm 3 cửa hàng OCOP ngoài tỉnh", "Quý III/2027", "Chủ hộ"),
             ("Đánh giá OCOP (hồ sơ qua UBND xã)", "Quý III/2027", "Chủ hộ"),
             ("Quyết toán, trả thưởng cho các hộ", "Tháng 12 hằng năm", "Chủ hộ, đại diện các hộ")],
    "if03": [("Mở rộng xưởng, lắp buồng phun sơn", "Quý I/2027", "Tổ trưởng"),
             ("Mua máy chẻ, máy vót, lò sấy nan", "Quý I/2027", "Ông Nguyễn Văn Thịnh"),
             ("Tập huấn mẫu mới cho 26 thợ", "Quý II/2027", "Bà Trần Thị Lan"),
             ("Gian hàng hội chợ, cửa hàng OCOP", "Quý III/2027", "Tổ trưởng"),
             ("Nộp hồ sơ đánh giá OCOP", "Quý III/2027", "Tổ trưởng"),
             ("Soát xét tiêu chuẩn cơ sở", "Quý II/2028", "Tổ trưởng")],
    "if04": [("Nâng cấp phòng, bếp chung", "Quý I – II/2027", "Tổ trưởng, các hộ"),
             ("Lắp bể tự hoại, thùng phân loại rác", "Quý II/2027", "Ông Phan Văn Kiên"),
             ("Bổ sung thuyền, xe đạp, áo phao", "Quý II/2027", "Bà Lê Thị Hiền"),
             ("Ký hợp đồng với 4 công ty lữ hành", "Quý II/2027", "Tổ trưởng"),
             ("Đánh giá OCOP dịch vụ du lịch", "Quý IV/2027", "Tổ trưởng"),
             ("Kiểm tra phòng cháy hằng năm", "Tháng 11 hằng năm", "Các hộ")],
    "if06": [("Xây nhà sấy, phòng đóng gói", "Quý II/2027", "Ông Trương Văn Hải"),
             ("Lắp máy sấy, bể lắng nước rửa", "Quý II/2027", "Ông Lê Văn Phúc"),
             ("Tập huấn quy trình cho tổ viên Tổ hợp tác hải sản Cẩm Nhượng", "Quý III/2027",
              "Bà Hồ Thị Thảo"),
             ("Nộp hồ sơ đánh giá OCOP", "Quý IV/2027", "Tổ trưởng"),
             ("Gia hạn giấy chứng nhận ATTP", "Quý IV/2028", "Tổ trưởng")],
    "if08": [("Mua chum, máy thái, hũ thủy tinh", "Quý IV/2026", "Chủ hộ"),
             ("In lại mẫu nhãn hũ, thùng", "Quý I/2027", "Chủ hộ"),
             ("Nộp hồ sơ đánh giá OCOP qua UBND xã", "Quý II/2027", "Chủ hộ"),
             ("Gia hạn thỏa thuận với 7 hộ", "Quý IV/2027", "Chủ hộ, các hộ"),
             ("Họp các hộ, trả tiền chia lãi", "Tháng 01 hằng năm", "Chủ hộ")],
}


def _sum_row(label, vals, dec=1):
    return ["", label] + [N(v, dec) for v in vals]


def tables(k: str, m: dict) -> dict[str, dict]:
    """Every table of plan k laid out from the model m: {id: {caption, unit, header, rows}}."""
    P = m["P"]
    cap = CAPTION[k]
    out: dict[str, dict] = {}
    who = MEMBER_WORD.get(k, "Tổ viên")
    yrs = [f"Năm {y}" for y in YEARS]

    def add(tid, header, rows, unit=None):
        out[tid] = dict(caption=cap[tid], unit=unit, header=header, rows=rows)

    # papers
    add("papers", ["TT", "Giấy tờ (nơi cấp, xác nhận)", "Số, ngày", "Hiệu lực"],
        [[str(i + 1), f"{r[0]} ({r[2]})", r[1], r[3]] for i, r in enumerate(PAPERS[k])])
    # members
    if "members" in ORDER[k]:
        ex = EXTRA_COL.get(k)
        mem = P["members"]
        if k == "if02":
            rows = [[str(i + 1), x[0], N(x[4], 0), N(x[1], 0)] for i, x in enumerate(mem)]
            rows.append(["", "Cộng", N(m["extra"], 0), N(m["cash"], 0)])
            add("members", ["TT", who, "Số đàn ong (2027)", "Góp tiền (tr.đ)"], rows)
        elif ex:
            rows = [[str(i + 1), x[0], N(x[4], ex[1]), N(x[1], 0), N(x[2], 0), N(x[1] + x[2], 0)]
                    for i, x in enumerate(mem)]
            rows.append(["", "Cộng", N(m["extra"], ex[1]), N(m["cash"], 0), N(m["inkind"], 0),
                         N(m["contrib"], 0)])
            add("members", ["TT", who, ex[0], "Góp tiền (tr.đ)", "Góp tài sản (tr.đ)", "Cộng (tr.đ)"],
                rows)
        else:
            rows = [[str(i + 1), x[0], N(x[1], 0), N(x[2], 0), N(x[1] + x[2], 0),
                     N((x[1] + x[2]) / m["contrib"] * 100, 1)] for i, x in enumerate(mem)]
            rows.append(["", "Cộng", N(m["cash"], 0), N(m["inkind"], 0), N(m["contrib"], 0),
                         N(100, 1)])
            add("members", ["TT", who, "Góp tiền", "Góp tài sản", "Cộng", "Tỷ lệ (%)"], rows,
                unit="ĐVT: triệu đồng")
    # assets
    if "assets" in ORDER[k]:
        rows = [[str(i + 1), a[0], a[1], N(a[2], 0)] for i, a in enumerate(P["assets"])]
        rows.append(["", "Cộng", "", N(sum(a[2] for a in P["assets"]), 0)])
        rows[-1][2] = f"{len(P['assets'])} {who.lower()}" if who != "Tổ viên" else \
            f"{len({a[1] for a in P['assets']})} tổ viên"
        add("assets", ["TT", "Tài sản", "Người góp", "Giá trị (tr.đ)"], rows)
    # history
    h = P["hist"]
    u = P["unit"]
    add("hist", ["TT", "Chỉ tiêu", *[f"Năm {y}" for y in HIST_YEARS]],
        [["1", f"Sản lượng ({u})", *[N(v, 0) for v in h["out"]]],
         ["2", f"Giá bán bình quân (đồng/{u})", *[N(v, 0) for v in h["price"]]],
         ["3", "Doanh thu (triệu đồng)", *[N(v, 1) for v in m["h_rev"]]],
         ["4", "Lợi nhuận (triệu đồng)", *[N(v, 1) for v in m["h_profit"]]]])
    # prices
    prods = P["products"]
    if all(len(set(p[3])) == 1 for p in prods):
        add("prices", ["TT", "Sản phẩm, quy cách", "Đơn vị", "Giá bán (đồng)"],
            [[str(i + 1), p[0], p[1], N(p[3][0], 0)] for i, p in enumerate(prods)])
    else:
        lab = (lambda p: f"{p[0]} (1 {p[1]})") if k == "if04" else (lambda p: p[0])
        add("prices", ["TT", "Sản phẩm, quy cách", *yrs],
            [[str(i + 1), lab(p), *[N(v, 0) for v in p[3]]] for i, p in enumerate(prods)],
            unit="ĐVT: đồng/đơn vị sản phẩm")
    # market
    if "market" in ORDER[k]:
        hdr, rows = MARKET[k]
        add("market", hdr, [list(r) for r in rows])
    # raw materials
    rows = []
    multi = len(m["raws"]) > 1
    for ri, (r, spec) in enumerate(zip(m["raws"], P["raws"])):
        L = "ABC"[ri] if multi else ""
        ru = spec[1]
        base = P["unit"] if not spec[5] else prods[spec[5][0]][1]
        norm = fmt(spec[2], 3).rstrip("0").rstrip(",")
        head = f"{spec[0]}: nhu cầu ({norm} {ru}/{base})" if multi else \
            f"Nhu cầu ({norm} {ru}/{base})"
        rows.append([L or "1", head, *[N(v, 0) for v in r["need"]]])
        for j, (lab, cnt, word, yld) in enumerate(spec[4]):
            c = (fmt(cnt[0], 1 if cnt[0] % 1 else 0) if len(set(cnt)) == 1 else
                 f"{fmt(cnt[0], 0)}–{fmt(cnt[2], 0)}")
            tt = f"{L}.{j + 1}" if multi else f"2.{j + 1}"
            rows.append([tt, f"{lab} ({c} {word} × {fmt(yld, 0)} {ru})",
                         *[N(v, 0) for v in r["rows"][j]]])
        tt = f"{L}.{len(spec[4]) + 1}" if multi else "2"
        rows.append([tt, f"Cộng nguồn cung{' ' + spec[0].lower() if multi else ''}",
                     *[N(v, 0) for v in r["supply"]]])
        if k != "if05":
            tt = f"{L}.{len(spec[4]) + 2}" if multi else "3"
            rows.append([tt, "Còn dư", *[N(v, 0) for v in r["spare"]]])
    if not multi:  # the supply total row comes before its items
        total = rows.pop(-2) if k != "if05" else rows.pop(-1)
        rows.insert(1, total)
    add("raw", ["TT", "Nội dung", *yrs], rows, unit=f"ĐVT: {P['raws'][0][1]}")
    # labour
    if "labour" in ORDER[k]:
        rows = [[str(i + 1), r[0], N(r[1], 0), N(r[2], 0)] for i, r in enumerate(P["roles"])]
        rows.append(["", "Cộng", N(m["role_people"], 0), N(m["role_days"], 0)])
        add("labour", ["TT", "Công việc", "Số người", "Ngày công/năm"], rows)
    # output and capacity
    rows = [[str(i + 1), f"{p[0]} ({p[1]})", *[N(v, 0) for v in p[4]]] for i, p in enumerate(prods)]
    n = len(rows)
    if k != "if04":
        rows.append([str(n + 1), f"Tổng sản lượng ({u})", *[N(v, 0) for v in m["out"]]])
    if P.get("cap"):
        rating, days, text, _ = P["cap"]
        rows.append([str(len(rows) + 1), f"Công suất ({text} × {days} ngày)",
                     *[N(m["capacity"], 0)] * 3])
        if k != "if09":
            rows.append([str(len(rows) + 1), "Mức sử dụng công suất (%)", *[N(v, 1) for v in m["use"]]])
    add("output", ["TT", "Chỉ tiêu", *yrs], rows)
    # investment and sources
    rows = [[str(i + 1), it[0], N(it[1], 0)] for i, it in enumerate(P["inv"])]
    rows.append(["", "Tổng vốn đầu tư", N(m["inv_total"], 0)])
    add("inv", ["TT", "Hạng mục", "Thành tiền"], rows, unit="ĐVT: triệu đồng")
    rows = [[str(i + 1), s_[0], N(s_[1], 0), N(s_[1] / m["src_total"] * 100, 1)]
            for i, s_ in enumerate(P["src"])]
    rows.append(["", "Tổng nguồn vốn", N(m["src_total"], 0), N(100, 1)])
    add("src", ["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows, unit="ĐVT: triệu đồng")
    # revenue, cost, summary
    rows = [[str(i + 1), p[0], *[N(v, 1) for v in m["rev_line"][i]]] for i, p in enumerate(prods)]
    rows.append(_sum_row("Tổng doanh thu", m["rev"]))
    add("rev", ["TT", "Sản phẩm", *yrs], rows, unit="ĐVT: triệu đồng")
    rows = [[str(i + 1), lab, *[N(v, 1) for v in vals]] for i, (lab, vals) in enumerate(m["cost_lines"])]
    rows.append(_sum_row("Tổng chi phí", m["cost"]))
    add("cost", ["TT", "Khoản mục", *yrs], rows, unit="ĐVT: triệu đồng")
    sp = P["split"]
    if k in ("if02", "if08"):
        fund_label = f"Hộ kinh doanh giữ lại ({fmt(sp['fund'] * 100, 0)} %)"
        share_label = f"Thưởng cho các hộ ({fmt((1 - sp['fund']) * 100, 0)} %)"
    else:
        g = "nhóm" if k == "if07" else "tổ"
        fund_label = f"Trích quỹ chung của {g} ({fmt(sp['fund'] * 100, 0)} %)"
        share_label = f"Chia cho {'các hộ' if k in ('if04', 'if07') else 'tổ viên'}"
    add("sum", ["TT", "Chỉ tiêu", *yrs],
        [["1", "Doanh thu", *[N(v, 1) for v in m["rev"]]],
         ["2", "Tổng chi phí", *[N(v, 1) for v in m["cost"]]],
         ["3", "Lợi nhuận", *[N(v, 1) for v in m["profit"]]],
         ["4", "Tỷ suất lợi nhuận/doanh thu (%)", *[N(v, 1) for v in m["margin"]]],
         ["5", fund_label, *[N(v, 1) for v in m["fund"]]],
         ["6", share_label, *[N(v, 1) for v in m["share_out"]]]],
        unit="ĐVT: triệu đồng")
    # the 2027 sharing
    if "split" in ORDER[k]:
        mem = P["members"]
        ms = m["member_share"]
        if k in ("if02", "if08"):
            rows = []
            for j in range(1, len(mem)):
                pay, bonus = m["pay_line"][j], ms[j]["deliv"]
                rows.append([str(j), mem[j][0], N(m["deliv"][j], 0), N(pay, 1), N(bonus, 1),
                             N(pay + bonus, 1)])
            d = sum(m["deliv"][1:])
            pay = sum(m["pay_line"][1:])
            bonus = sum(x["deliv"] for x in ms[1:])
            rows.append(["", "Cộng", N(d, 0), N(pay, 1), N(bonus, 1), N(pay + bonus, 1)])
            add("split", ["TT", "Hộ", "Giao (kg)", "Tiền công" if k == "if08" else "Tiền mật",
                          "Thưởng", "Cộng"], rows, unit="ĐVT: triệu đồng (trừ cột kg)")
        elif k == "if04":
            nights = [m["packs"][0][0] * x[4] / m["extra"] for x in mem]
            rows = [[str(j + 1), x[0], N(x[4], 0), N(nights[j], 0),
                     N(nights[j] * 150000 / 1e6, 1), N(ms[j]["equal"], 1)] for j, x in enumerate(mem)]
            rows.append(["", "Cộng", N(m["extra"], 0), N(sum(nights), 0),
                         N(sum(nights) * 0.15, 1), N(m["share_out"][0], 1)])
            add("split", ["TT", "Hộ", "Số phòng", "Đêm phòng", "Tiền thuê phòng", "Chia lãi"],
                rows, unit="ĐVT: triệu đồng (trừ cột phòng)")
        elif k in ("if03",):
            rows = [[str(j + 1), x[0], N((x[1] + x[2]) / m["contrib"] * 100, 1), N(ms[j]["cap"], 1)]
                    for j, x in enumerate(mem)]
            rows.append(["", "Cộng", N(100, 1), N(m["share_out"][0], 1)])
            add("split", ["TT", "Tổ viên", "Tỷ lệ vốn góp (%)", "Được chia (tr.đ)"], rows)
        elif k == "if07":
            sold = [m["out"][0] * x[4] / m["extra"] for x in mem]
            rows = [[str(j + 1), x[0], N(x[4], 1), N(sold[j], 0), N(ms[j]["extra"], 1)]
                    for j, x in enumerate(mem)]
            rows.append(["", "Cộng", N(m["extra"], 1), N(m["out"][0], 0), N(m["share_out"][0], 1)])
            add("split", ["TT", "Hộ", "Diện tích (ha)", "Cam bán (kg)", "Được chia (tr.đ)"], rows)
        else:  # capital plus labour days (if01, if09), rice (if05) or tea leaves (if10)
            other = [kind for kind, _ in sp["parts"] if kind != "cap"][0]
            if other == "days":
                col, vals = "Ngày công", [x[3] for x in mem]
                lab2 = "Theo ngày công"
            elif k == "if05":
                col, vals = "Nếp góp (kg)", [x[4] * 250 for x in mem]
                lab2 = "Theo nếp góp"
            else:
                need = m["raws"][0]["need"][0]
                col, vals = "Chè tươi giao (kg)", [x[4] / m["extra"] * need for x in mem]
                lab2 = "Theo chè giao"
            rows = [[str(j + 1), x[0], N(vals[j], 0), N(ms[j]["cap"], 1), N(ms[j][other], 1),
                     N(ms[j]["cap"] + ms[j][other], 1)] for j, x in enumerate(mem)]
            rows.append(["", "Cộng", N(sum(vals), 0), N(sum(x["cap"] for x in ms), 1),
                         N(sum(x[other] for x in ms), 1), N(m["share_out"][0], 1)])
            add("split", ["TT", "Tổ viên", col, "Theo vốn", lab2, "Cộng"], rows,
                unit="ĐVT: triệu đồng (trừ cột thứ ba)")
    if "sched" in ORDER[k]:
        add("sched", ["TT", "Công việc", "Thời gian", "Phụ trách"],
            [[str(i + 1), *r] for i, r in enumerate(SCHED[k])])
    return {tid: out[tid] for tid in ORDER[k]}


# What the plans print in a table cell where it is wrong on purpose without following from the
# model's printed figures: (table, row index, column index) -> printed value.
CELL_OVERRIDE: dict[str, dict[tuple[str, int, int], float]] = {
    "if08": {("split", 7, 5): 84.3},  # table-total-mismatch: the households' total (true 101,6)
}


def printed_tables(k: str) -> dict[str, dict]:
    t = tables(k, model(k, printed=True))
    for (tid, r, c), v in CELL_OVERRIDE.get(k, {}).items():
        t[tid]["rows"][r][c] = N(v, t[tid]["rows"][r][c].dec)
    return t


def summary(k: str) -> str:
    """A one-screen digest of a plan's model (for tuning)."""
    m = model(k)
    P = m["P"]
    lines = [f"== {k}: out {[round(x) for x in m['out']]} rev {[round(x, 1) for x in m['rev']]}",
             f"   cost {[round(x, 1) for x in m['cost']]} profit {[round(x, 1) for x in m['profit']]}"
             f" margin {[round(x, 1) for x in m['margin']]}",
             f"   inv {m['inv_total']} src {m['src_total']} contrib {m['cash']}+{m['inkind']}"
             f" dep {m['dep']:.1f} payback {m['payback']:.2f}",
             f"   hist rev {[round(x, 1) for x in m['h_rev']]} growth {m['h_growth']:.1f}%"
             f" 2027/2026 out {m['out'][0] / P['hist']['out'][2]:.2f}"]
    for r in m["raws"]:
        lines.append(f"   raw {r['label']}: need {[round(x) for x in r['need']]} supply "
                     f"{[round(x) for x in r['supply']]} spare% "
                     f"{[round((r['supply'][y] / r['need'][y] - 1) * 100, 1) for y in Y]}")
    if "use" in m:
        lines.append(f"   capacity {m['capacity']} use {[round(x, 1) for x in m['use']]}")
    lines.append(f"   labour {[round(x, 1) for x in m['labour']]} role days {m['role_days']}"
                 f" member days {m['mem_days']} people {m['role_people']}")
    for label, v in m["cost_lines"]:
        lines.append(f"     {label:<48} {[round(x, 1) for x in v]}")
    return "\n".join(lines)



# --------------------------------------------------------------------------- the checks
STEMS = {
    "if01": "if01_banh_ram_phu_luu_tht",
    "if02": "if02_mat_ong_son_hong_hkd",
    "if03": "if03_may_tre_dan_thach_ngoc_tht",
    "if04": "if04_du_lich_cong_dong_khe_giao_tht",
    "if05": "if05_ruou_nep_truong_son_tht",
    "if06": "if06_ca_kho_xuan_lien_tht",
    "if07": "if07_cam_bu_son_truong_nhom_ho",
    "if08": "if08_nhut_mit_cam_binh_hkd",
    "if09": "if09_tra_ca_gai_leo_vuong_loc_tht",
    "if10": "if10_che_bup_ky_thuong_tht",
    "if11": "if11_tuong_nep_nhom_ho_so_sai",
    "if12": "if12_nam_so_thach_hung_so_sai",
}
READY = ("if01", "if02", "if03", "if04")
SKETCHY = ("if11", "if12")

# Cells a planted defect makes wrong: the defect's own cell (checked > 5 % off) and the cells
# that follow it (allowed to differ from the truth). (table, row or None = every row, column)
PRIMARY: dict[str, list[tuple[str, int, int, str]]] = {
    "if07": [("rev", 1, 3, "revenue-mismatch")],
    "if08": [("split", 7, 5, "table-total-mismatch")],
    "if09": [("sum", 2, 3, "profit-mismatch")],
}
FOLLOW: dict[str, list[tuple[str, int | None, int]]] = {
    "if07": [("rev", 3, 3), ("cost", 3, 3), ("cost", 7, 3), ("sum", None, 3)],
    "if09": [("sum", 3, 3), ("sum", 4, 3), ("sum", 5, 3)],
}


class Plan(plancheck.Plan):
    src = HERE / "src"


def read_tables(p: Plan) -> dict[int, tuple[str, str | None, list[list[str]]]]:
    """The plan's tables by number: (caption, unit line, rows without the separator)."""
    found: dict[int, tuple] = {}
    lines = p.body.splitlines()
    i = 0
    while i < len(lines):
        mm = re.match(r"^Bảng (\d+)\. (.+)$", lines[i].strip())
        if not mm:
            i += 1
            continue
        n, caption, unit, rows = int(mm.group(1)), mm.group(2), None, []
        i += 1
        while i < len(lines) and not lines[i].strip().startswith("|"):
            t = lines[i].strip()
            if t.startswith("ĐVT"):
                unit = t
            elif t and not t.startswith(":::"):
                break
            i += 1
        while i < len(lines) and lines[i].strip().startswith("|"):
            cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
            if not all(re.fullmatch(r"-+", c) for c in cells):
                rows.append(cells)
            i += 1
        found[n] = (caption, unit, rows)
    return found


def check_tables(p: Plan, k: str) -> None:
    got = read_tables(p)
    printed = printed_tables(k)
    true = tables(k, model(k))
    p.check(sorted(got) == list(range(1, len(ORDER[k]) + 1)),
            f"tables numbered {sorted(got)}, expected 1..{len(ORDER[k])}")
    primary = {(t, r, c): rule for (t, r, c, rule) in PRIMARY.get(k, [])}
    follow = FOLLOW.get(k, [])
    for n, tid in enumerate(ORDER[k], 1):
        if n not in got:
            continue
        caption, unit, rows = got[n]
        exp = printed[tid]
        p.check(caption == exp["caption"], f"Bảng {n}: caption {caption!r}")
        p.check(unit == exp["unit"], f"Bảng {n}: unit line {unit!r}")
        want = [exp["header"]] + [[str(c) for c in r] for r in exp["rows"]]
        if len(rows) != len(want):
            p.failures.append(f"Bảng {n} ({tid}): {len(rows)} rows, expected {len(want)}")
            continue
        for ri, (a, b) in enumerate(zip(rows, want)):
            if a != b:
                p.failures.append(f"Bảng {n} ({tid}) row {ri}: {a} != {b}")
        # printed against the truth
        for ri, (pr, tr) in enumerate(zip(exp["rows"], true[tid]["rows"])):
            for ci, (pc, tc) in enumerate(zip(pr, tr)):
                if not isinstance(pc, N):
                    continue
                pv = vn(str(pc))
                tv = round(tc.v, tc.dec)
                if (tid, ri, ci) in primary:
                    p.check(off(pv, tv), f"{primary[(tid, ri, ci)]}: Bảng {n} row {ri} col {ci} "
                            f"printed {fmt(pv, pc.dec)} but true {fmt(tv, tc.dec)} (not > 5 % off)")
                elif any(t == tid and (r is None or r == ri) and c == ci for (t, r, c) in follow):
                    continue
                elif not (close(pv, tv) or abs(pv - tv) <= 0.11):
                    p.failures.append(f"Bảng {n} ({tid}) row {ri} col {ci}: printed "
                                      f"{fmt(pv, pc.dec)}, true {fmt(tv, tc.dec)}")
    for (t, r, c, rule) in PRIMARY.get(k, []):
        pv, tv = printed[t]["rows"][r][c].v, true[t]["rows"][r][c].v
        print(f"      {k} {rule}: Bảng {ORDER[k].index(t) + 1} row {r}: printed {fmt(pv, 1)}, "
              f"true {fmt(tv, 1)} ({(pv / tv - 1) * 100:+.1f} %)")


def check_model(p: Plan, k: str) -> None:
    """The plan's arithmetic and realism, from the constants (the truth)."""
    m = model(k)
    P = PLANS[k]
    src = dict(P["src"])
    inv = dict((i[0], i[1]) for i in P["inv"])
    # investment and sources
    if k == "if06":
        p.check(off(m["src_total"], m["inv_total"]),
                f"capital-mismatch: sources {m['src_total']} vs investment {m['inv_total']}")
        print(f"      if06 capital-mismatch: sources {fmt(m['src_total'], 0)} vs investment "
              f"{fmt(m['inv_total'], 0)} ({(m['src_total'] / m['inv_total'] - 1) * 100:+.1f} %)")
    else:
        p.check(m["src_total"] == m["inv_total"], f"sources {m['src_total']} != {m['inv_total']}")
    # the members' contributions are the group's own sources and its in-kind investment
    cash_src = [v for lab, v in src.items() if "tiền mặt" in lab or "góp (" in lab
                or "Vốn tự có" in lab]
    p.check(abs(sum(cash_src) - m["cash"]) < 0.01, f"members' cash {m['cash']} vs sources {cash_src}")
    kind_src = [v for lab, v in src.items() if "tài sản" in lab]
    kind_inv = [v for lab, v in inv.items() if "góp (quy ra tiền)" in lab]
    assets = sum(a[2] for a in P["assets"])
    p.check(sum(kind_src) == m["inkind"] == sum(kind_inv) == assets,
            f"in-kind: members {m['inkind']}, sources {kind_src}, investment {kind_inv}, assets {assets}")
    for (name, who, val, dep) in P["assets"]:
        x = [mm for mm in P["members"] if mm[0] == who]
        p.check(bool(x), f"asset owner {who} is no member")
    for mm in P["members"]:
        given = sum(a[2] for a in P["assets"] if a[1] == mm[0])
        p.check(given == mm[2], f"{mm[0]}: in-kind {mm[2]} vs assets {given}")
    if any(kind == "days" for kind, _ in P["split"]["parts"]):
        p.check(m["mem_days"] == m["role_days"], f"member days {m['mem_days']} != {m['role_days']}")
        p.check(len(P["members"]) == m["role_people"], "members != people at work")
    # the 2027 shares add up to what is shared
    tot = sum(sum(x.values()) for x in m["member_share"])
    p.check(abs(tot - m["share_out"][0]) < 0.01, f"shares {tot:.2f} != {m['share_out'][0]:.2f}")
    # raw materials against supply
    for r in m["raws"]:
        for y in Y:
            short = r["need"][y] > r["supply"][y]
            if k == "if05" and y > 0:
                p.check(off(r["need"][y], r["supply"][y]),
                        f"material-shortfall {YEARS[y]}: need {r['need'][y]:.0f} supply {r['supply'][y]:.0f}")
            else:
                p.check(not short, f"{r['label']} {YEARS[y]}: need {r['need'][y]:.0f} > {r['supply'][y]:.0f}")
    if k == "if05":
        r = m["raws"][0]
        print(f"      if05 material-shortfall: need {fmt(r['need'][1], 0)} / {fmt(r['need'][2], 0)} kg "
              f"vs supply {fmt(r['supply'][1], 0)} kg (+{(r['need'][1] / r['supply'][1] - 1) * 100:.1f} %, "
              f"+{(r['need'][2] / r['supply'][2] - 1) * 100:.1f} %)")
    # capacity
    if "use" in m:
        for y in Y:
            if k == "if09" and y > 0:
                p.check(m["use"][y] > 100, f"capacity-exceeded {YEARS[y]}: use {m['use'][y]:.1f} %")
            elif k == "if09":  # 2027 still within the dryer, as the text claims for every year
                p.check(m["use"][y] <= 100, f"capacity use {YEARS[y]} {m['use'][y]:.1f} % > 100 %")
            else:
                p.check(m["use"][y] <= 85.0, f"capacity use {YEARS[y]} {m['use'][y]:.1f} % > 85 %")
        if k == "if09":
            p.check(m["use"][2] > 105, "capacity-exceeded not > 5 % in 2029")
            print(f"      if09 capacity-exceeded: output {fmt(m['out'][1], 0)} / {fmt(m['out'][2], 0)} kg "
                  f"vs dryer {fmt(m['capacity'], 0)} kg ({fmt(m['use'][1], 1)} %, {fmt(m['use'][2], 1)} %)")
    # margins and growth (true figures)
    for y in Y:
        p.check(5 <= m["margin"][y] <= 40, f"margin {YEARS[y]} {m['margin'][y]:.1f} %")
    g = [m["out"][y] / (P["hist"]["out"][2] if y == 0 else m["out"][y - 1]) - 1 for y in Y]
    if k == "if08":
        p.check(g[1] > 0.5 and g[2] > 0.5, f"unrealistic-growth: {g}")
        print(f"      if08 unrealistic-growth: {fmt(P['hist']['out'][2], 0)} → "
              + " → ".join(fmt(v, 0) for v in m["out"]) + f" kg (+{g[1] * 100:.0f} %, +{g[2] * 100:.0f} %),"
              f" history +{m['h_growth']:.1f} %/year")
    else:
        p.check(all(x <= 0.2 for x in g), f"growth {[round(x * 100, 1) for x in g]}")
    hp = [m["h_profit"][i] / m["h_rev"][i] for i in range(3)]
    if k != "if04":  # the 2027 average price follows on from 2026 (if04 sells nights, meals, tours)
        p27 = m["rev"][0] * 1e6 / m["out"][0]
        p.check(0.95 <= p27 / P["hist"]["price"][2] <= 1.15,
                f"2027 average price {p27:.0f} vs 2026 {P['hist']['price'][2]}")
    p.check(all(0.05 <= x <= 0.3 for x in hp), "history margins")
    # payback as the plan prints it
    pm = model(k, printed=True)
    true_pb = m["payback"]
    text_pb = fmt(pm["payback"], 1)
    p.has(f"≈ {text_pb} năm" if k != "if05" else f"khoảng {text_pb} năm")
    if k == "if05":
        p.check(off(pm["payback"], true_pb), "payback-mismatch not > 5 %")
        print(f"      if05 payback-mismatch: printed {text_pb} years, true {fmt(true_pb, 2)}")
    elif k in ("if07", "if09"):
        print(f"      {k} payback (follows the printed profits): printed {text_pb}, "
              f"true {fmt(true_pb, 2)}")
    else:
        p.check(abs(pm["payback"] - true_pb) < 0.051, f"payback {text_pb} vs {true_pb:.2f}")
    # the prose restates the model's figures
    p.has(f"{fmt(pm['rev'][0], 1)} triệu đồng", f"{fmt(m['inv_total'], 0)} triệu đồng")


def check_text(p: Plan, k: str) -> None:
    body = p.body
    if k in READY:
        stripped = body.replace(HISTORIC, "")
        p.lacks(REPLACED, "replaced instrument in a ready plan")
        p.lacks(r"77/2019", "NĐ 77/2019 relied on") if HISTORIC not in body else \
            p.check("77/2019" not in stripped, "NĐ 77/2019 relied on outside its history")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        for d in re.findall(r"Đến \d{1,2}/\d{1,2}/(\d{4})", body):
            p.check(int(d) >= 2030, f"a paper of a ready plan ends in {d}")
        p.has("Giấy chứng nhận đăng ký", "hợp đồng hợp tác" if k != "if02" else "Hợp đồng hợp tác")
        p.has("nhãn hiệu", "truy xuất", "tiêu chuẩn")
        if k != "if03":
            p.has("ATTP")
        if k in ("if01", "if02", "if03"):
            p.has("43/2017/NĐ-CP", "111/2021/NĐ-CP")
    if k not in ("if10",):
        p.lacks(PLACEHOLDER, "template placeholder")
    if k not in SKETCHY:
        p.has("TỔ TRƯỞNG" if k not in ("if02", "if08", "if07") else
              ("NHÓM TRƯỞNG" if k == "if07" else "CHỦ HỘ KINH DOANH"))
    DEFECT_TEXT.get(k, lambda p: None)(p)


def _if05(p: Plan) -> None:  # no-environment-measures on a distillery
    for w in ("môi trường", "bỗng", "nước thải", "chất thải", "xử lý", "biogas", "rác", "mùi",
              "khói", "tro", "bã"):
        p.lacks(rf"(?<!\w){w}(?!\w)", f"no-environment-measures: {w!r}")
    p.has("Giấy phép sản xuất rượu thủ công", "ATTP", "QCVN 6-3:2010/BYT", "nhãn hiệu")
    p.has("bảo đảm đủ gạo nếp")  # the claim the shortfall contradicts


def _if06(p: Plan) -> None:  # no-trademark, name-inconsistent
    for w in ("nhãn hiệu", "thương hiệu", "sở hữu trí tuệ", "logo", "bảo hộ", "Cục Sở hữu"):
        p.lacks(w, f"no-trademark: {w!r}")
    own = p.count("Tổ hợp tác cá khô Xuân Liên")
    other = p.count("Tổ hợp tác hải sản Cẩm Nhượng")
    p.check(own >= 4 and other >= 3, f"name-inconsistent: own {own}, other {other}")
    p.has("đủ vốn", "43/2017/NĐ-CP", "ATTP", "truy xuất")


def _if07(p: Plan) -> None:  # no-business-registration, figure-inconsistent
    for w in ("đăng ký kinh doanh", "mã số thuế", "Giấy chứng nhận đăng ký", "hộ kinh doanh",
              "đăng ký tổ hợp tác", "tổ hợp tác", "hợp tác xã", "doanh nghiệp", "công ty"):
        p.lacks(w, f"no-business-registration: {w!r}")
    p.has("15 ha")  # figure-inconsistent: the true area is 12 ha
    p.check(p.count("12 ha") >= 2, "the true area 12 ha stated elsewhere")
    print("      if07 figure-inconsistent: '15 ha' in the group's introduction, 12 ha in Bảng 2, "
          "the supply and the cost (+25,0 %)")


def _if08(p: Plan) -> None:  # no-food-safety
    for w in ("an toàn thực phẩm", "ATTP", "đủ điều kiện", "15/2018", "vệ sinh thực phẩm",
              "cam kết", "55/2010"):
        p.lacks(w, f"no-food-safety: {w!r}")
    p.has("tự công bố", "nhãn hiệu", "43/2017/NĐ-CP", "nhu cầu")


def _if09(p: Plan) -> None:  # no-product-standard
    for w in ("tiêu chuẩn", "TCCS", "công bố", "kiểm nghiệm", "thử nghiệm", "QCVN", "TCVN",
              "quy chuẩn", "chỉ tiêu chất lượng", "chỉ tiêu an toàn"):
        p.lacks(w, f"no-product-standard: {w!r}")
    p.has("ATTP", "43/2017/NĐ-CP", "nhãn hiệu", "truy xuất", "đủ công suất")


def _if10(p: Plan) -> None:  # no-label-plan, outdated-policy, boilerplate
    for w in (r"nhãn(?! hiệu)", "43/2017", "111/2021", r"(?<!\w)tem(?!\w)", "mã vạch", "QR"):
        p.lacks(w, f"no-label-plan: {w!r}")
    p.has("77/2019/NĐ-CP", "1048/QĐ-TTg", "919/QĐ-TTg", "cấp huyện")
    p.lacks(r"148/QĐ-TTg|1489", "outdated-policy: a current instrument cited")
    p.check(len(re.findall(PLACEHOLDER, p.body)) >= 2, "boilerplate: placeholders")
    p.has("ATTP", "nhãn hiệu", "tự công bố")


DEFECT_TEXT = {"if05": _if05, "if06": _if06, "if07": _if07, "if08": _if08, "if09": _if09,
               "if10": _if10}

# sketchy plans: (words min, max) and the few figures they state
SKETCHY_FIGS = {"if11": ["3.000 lít", "35.000 đồng/lít", "150 triệu đồng", "50 triệu đồng"],
                "if12": ["12 tấn", "30.000 đồng/kg", "200 triệu đồng", "360 triệu đồng"]}


def check_sketchy(p: Plan, k: str) -> None:
    words = len(re.sub(r"[#*]", " ", p.body).split())
    p.check(150 <= words <= 350, f"sketchy plan has {words} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.has(*SKETCHY_FIGS[k])
    # the few figures agree with each other: 12 t × 30.000 đ = 360 triệu
    if k == "if12":
        p.check(close(12000 * 30000 / 1e6, 360), "if12 revenue")
    for w in ("an toàn thực phẩm", "ATTP", "tiêu chuẩn", "nhãn", "công bố", "truy xuất",
              "môi trường", "Bảng"):
        p.lacks(w, f"sketchy plan names {w!r}")
    if k == "if11":
        p.lacks("đăng ký", "the unregistered group names a registration")
    else:
        p.has("đăng ký tổ hợp tác với UBND xã")


def run(keys: list[str]) -> int:
    plans = []
    for k in keys:
        p = Plan(STEMS[k])
        if k in SKETCHY:
            check_sketchy(p, k)
        else:
            check_tables(p, k)
            check_model(p, k)
        check_text(p, k)
        plans.append(p)
    return plancheck.report(plans)


def main(argv: list[str] | None = None) -> int:
    args = list(argv or [])
    if "--summary" in args:
        for key in PLANS:
            print(summary(key))
        return 0
    keys = [a for a in args if a in STEMS] or [k for k in STEMS if (HERE / "src" / f"{STEMS[k]}.md").exists()]
    return run(keys)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
