"""The 261st holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout261/arithmetic.py [jb01 jb05 ...]

Theme: plans with long tables of many small members or suppliers (15 to 40 rows, one per household
or per fishing boat, with area, animals or output each, grouped by hamlet with sub-totals and a
grand total) beside the usual business tables. For every full plan (jb01-jb10) the constants give
the member list (hamlet by hamlet: boats with their catch, households with their sào, m², hives,
ducks, bồ kết trees or hats), the yield that turns each row into a supply, the products (pack size
in the plan's base unit, price and packs of each year), the raw-material norm and price, packaging
cost per pack, energy, staff and wages, investment items and sources, loans, the history
2024-2026 and the limiting equipment. `model()` turns them into every figure the plan prints and
`tables()` into every table cell, in the order the plan prints them; the throw-away generator that
wrote src/ imported both, so every cell is computed. The check reads each table of the plan back
from its Markdown (found by its caption "Bảng N. <title>"), compares every numeric cell with the
recomputed value (right within 1 %, or half a unit of its last printed digit), requires each
planted numeric defect to be wrong by more than 5 % with the true value beside it, checks the
figures quoted in the prose, and checks the words a textual defect leaves out (or leaves in).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")
# --------------------------------------------------------------------------- member lists
# hamlet by hamlet: boats (owner, registration, CV, kg a year) or households (head, units[, hats])
M_JB01 = [
    ('Hải Thủy', [
        ('Mai Ngọc Thông', 'HT-97200-TS', 180, 2200),
        ('Trương Xuân Phúc', 'HT-90596-TS', 90, 1050),
        ('Ngô Trọng Phúc', 'HT-92975-TS', 350, 4050),
        ('Dương Hữu Long', 'HT-90712-TS', 90, 1000),
        ('Trần Trọng Sơn', 'HT-99046-TS', 150, 1600),
        ('Lương Ngọc Lực', 'HT-99822-TS', 400, 4600),
        ('Võ Đức Bình', 'HT-94412-TS', 420, 5100),
    ]),
    ('Hội Tiến', [
        ('Võ Xuân Hùng', 'HT-93144-TS', 400, 4150),
        ('Hoàng Ngọc Nam', 'HT-94402-TS', 120, 1050),
        ('Hà Quang Đạt', 'HT-96608-TS', 90, 1000),
        ('Lê Ngọc Thành', 'HT-97752-TS', 420, 4200),
        ('Mai Đình Toàn', 'HT-97015-TS', 250, 3100),
        ('Bùi Đức Kiên', 'HT-94010-TS', 400, 4750),
        ('Trương Đình Việt', 'HT-94194-TS', 150, 1800),
    ]),
    ('Đông Hội', [
        ('Dương Minh Bình', 'HT-93152-TS', 400, 4650),
        ('Nguyễn Văn Hòa', 'HT-94378-TS', 150, 1450),
        ('Trần Ngọc Trung', 'HT-97216-TS', 300, 2950),
        ('Lương Minh Bình', 'HT-92111-TS', 150, 1500),
        ('Võ Trọng Thành', 'HT-91382-TS', 350, 3200),
        ('Dương Công Tâm', 'HT-94723-TS', 150, 1750),
    ]),
]
M_JB02 = [
    ('Khe Thờ', [
        ('Nguyễn Đức Tuệ', 31),
        ('Nguyễn Thị Hà', 34),
        ('Hồ Ngọc Lý', 33),
        ('Nguyễn Thanh Lý', 19),
        ('Phạm Thị Nga', 27),
        ('Võ Văn Nam', 35),
        ('Nguyễn Thị Trâm', 21),
        ('Võ Đình Hùng', 18),
        ('Võ Trọng Tiến', 33),
        ('Đậu Ngọc Mai', 30),
    ]),
    ('Bình Sơn', [
        ('Hồ Đức Đông', 12),
        ('Mai Hữu Hải', 25),
        ('Chu Đình Việt', 26),
        ('Nguyễn Sỹ Tài', 35),
        ('Lương Đức Hùng', 33),
        ('Lê Xuân Toàn', 16),
        ('Thái Khắc Trung', 30),
        ('Phan Quang Quý', 23),
        ('Thái Đức Tiến', 28),
    ]),
    ('Làng Chè', [
        ('Lương Ngọc Hoa', 18),
        ('Bùi Trọng Quyết', 17),
        ('Võ Thu Mai', 18),
        ('Bùi Hữu Bình', 29),
        ('Trần Minh Thành', 28),
        ('Đoàn Trọng Hải', 35),
        ('Thái Xuân Hiếu', 26),
        ('Ngô Thanh Hà', 23),
        ('Đặng Ngọc Yến', 12),
    ]),
]
M_JB03 = [
    ('Tân Hương', [
        ('Nguyễn Thanh Nga', 1.2),
        ('Nguyễn Hữu Vinh', 2),
        ('Đặng Hữu Bình', 0.5),
        ('Võ Khắc Kiên', 0.8),
        ('Hồ Thanh Lý', 1.5),
        ('Đinh Hữu Long', 2.5),
        ('Hồ Quang Thông', 2),
        ('Hồ Quang Tuệ', 2),
        ('Ngô Đức Quyết', 2.5),
    ]),
    ('Khe Tre', [
        ('Đậu Trọng Đông', 1.5),
        ('Thái Sỹ Toàn', 2),
        ('Mai Sỹ Cường', 1.5),
        ('Lê Ngọc Yến', 2.5),
        ('Võ Thị Thảo', 2),
        ('Thái Ngọc Tuyết', 2.5),
        ('Lương Hữu Đạt', 1.5),
        ('Trương Xuân Nam', 1.2),
    ]),
    ('Đồng Mới', [
        ('Hồ Đình Quyết', 2),
        ('Phạm Minh Tâm', 2),
        ('Trần Xuân Dũng', 0.5),
        ('Trần Ngọc Xuân', 0.5),
        ('Lê Ngọc Tuyết', 1),
        ('Hồ Công Nam', 1.5),
        ('Hà Công Chiến', 2),
    ]),
]
M_JB04 = [
    ('Trung Lương', [
        ('Trần Thanh Thảo', 1, 320),
        ('Đinh Khắc Toàn', 1, 310),
        ('Lê Thanh Sen', 2, 580),
        ('Nguyễn Ngọc Loan', 1, 280),
        ('Phan Thị Liên', 3, 980),
        ('Hoàng Công Toàn', 2, 560),
        ('Hà Thanh Thảo', 2, 570),
        ('Mai Thanh Trâm', 2, 550),
        ('Nguyễn Thanh Hương', 2, 610),
    ]),
    ('Yên Lạc', [
        ('Hoàng Thị Hương', 2, 570),
        ('Lương Ngọc Hồng', 1, 310),
        ('Phạm Sỹ Tuấn', 3, 780),
        ('Nguyễn Đình Khoa', 2, 530),
        ('Phan Thanh Hà', 2, 570),
        ('Võ Thị Sen', 1, 290),
        ('Ngô Thị Thảo', 1, 310),
        ('Phan Thị Tuyết', 3, 900),
        ('Nguyễn Thị Vân', 1, 330),
    ]),
    ('Hòa Bình', [
        ('Chu Thu Hương', 2, 570),
        ('Nguyễn Thị Yến', 3, 940),
        ('Dương Ngọc Sen', 3, 940),
        ('Đoàn Thị Tuyết', 2, 630),
        ('Bùi Ngọc Lý', 2, 640),
        ('Lê Sỹ Dũng', 2, 530),
        ('Đinh Thu Sen', 1, 270),
        ('Trần Ngọc Vân', 2, 560),
        ('Trần Thu Oanh', 2, 620),
    ]),
    ('Tân Tiến', [
        ('Đinh Công Lâm', 3, 860),
        ('Trần Thanh Yến', 1, 290),
        ('Đinh Thị Loan', 2, 540),
        ('Võ Thị Lan', 2, 550),
        ('Trương Đức Kiên', 3, 980),
        ('Hồ Thị Tuyết', 2, 650),
        ('Hồ Thị Lan', 2, 530),
        ('Chu Thị Nga', 2, 630),
        ('Đoàn Thanh Nhung', 2, 570),
    ]),
]
M_JB05 = [
    ('Phù Lưu', [
        ('Nguyễn Đức Sơn', 1.5),
        ('Bùi Thị Hoa', 2.5),
        ('Nguyễn Hữu Khoa', 2),
        ('Hoàng Ngọc Oanh', 1.5),
        ('Đinh Thị Liên', 3),
        ('Võ Công Đông', 2),
        ('Lê Thu Vân', 1.5),
        ('Phạm Ngọc Hà', 2),
        ('Trương Thị Sen', 2),
        ('Trần Trọng Thông', 1),
        ('Hồ Đình Đạt', 1.5),
    ]),
    ('Đông Thịnh', [
        ('Võ Văn Nam', 1.5),
        ('Đặng Thu Lan', 2),
        ('Ngô Thị Mai', 2.5),
        ('Lương Văn Bình', 3.5),
        ('Võ Đức Kiên', 2),
        ('Chu Xuân Phúc', 3),
        ('Chu Công Long', 1),
        ('Dương Thị Xuân', 3),
        ('Ngô Thị Sen', 2.5),
        ('Phan Quang Tài', 2),
    ]),
    ('Hồng Phúc', [
        ('Nguyễn Ngọc Loan', 1.5),
        ('Võ Quang Long', 1.5),
        ('Trần Ngọc Hoa', 1.5),
        ('Đặng Ngọc Tài', 2),
        ('Ngô Văn Tiến', 2),
        ('Võ Thị Hồng', 2),
        ('Bùi Sỹ Thông', 2),
        ('Đinh Trọng Long', 1.5),
        ('Trần Công Trung', 1.5),
    ]),
]
M_JB06 = [
    ('Kim Hải', [
        ('Ngô Quang Hưng', 'HT-95484-TS', 60, 800),
        ('Nguyễn Minh Toàn', 'HT-95857-TS', 140, 1400),
        ('Bùi Văn Kiên', 'HT-91161-TS', 60, 850),
        ('Hoàng Trọng Dũng', 'HT-96738-TS', 110, 1600),
        ('Đoàn Quang Hùng', 'HT-94028-TS', 75, 800),
        ('Hồ Sỹ Hùng', 'HT-95563-TS', 90, 950),
    ]),
    ('Kim Thành', [
        ('Đoàn Trọng Kiên', 'HT-95627-TS', 45, 500),
        ('Hồ Quang Khoa', 'HT-98389-TS', 90, 950),
        ('Hồ Đình Tuệ', 'HT-93203-TS', 75, 1050),
        ('Chu Trọng Phúc', 'HT-93102-TS', 75, 1050),
        ('Dương Sỹ Sơn', 'HT-93361-TS', 45, 550),
        ('Lê Văn Chiến', 'HT-91341-TS', 110, 1600),
    ]),
    ('Kim Phú', [
        ('Ngô Hữu Lâm', 'HT-91651-TS', 45, 550),
        ('Phạm Ngọc Bình', 'HT-94332-TS', 90, 1050),
        ('Ngô Khắc Tâm', 'HT-92526-TS', 90, 1000),
        ('Ngô Văn Tài', 'HT-90662-TS', 140, 1550),
        ('Phan Ngọc Long', 'HT-91620-TS', 45, 450),
        ('Nguyễn Hữu Vinh', 'HT-98786-TS', 75, 800),
    ]),
]
M_JB07 = [
    ('Yên Hòa', [
        ('Hồ Quang Khoa', 130),
        ('Phan Thanh Yến', 90),
        ('Phan Văn Quý', 100),
        ('Lê Ngọc Tuyết', 120),
        ('Hồ Công Việt', 130),
        ('Mai Thị Hằng', 160),
        ('Võ Hữu Luận', 80),
        ('Nguyễn Xuân Hiếu', 150),
        ('Trần Trọng Bình', 170),
    ]),
    ('Trung Hòa', [
        ('Lê Thu Hà', 120),
        ('Đoàn Hữu Hưng', 110),
        ('Hoàng Văn Quyết', 140),
        ('Trần Thanh Oanh', 150),
        ('Ngô Thị Hồng', 150),
        ('Lương Xuân Thắng', 80),
        ('Bùi Đức Khoa', 170),
        ('Lê Thị Thủy', 90),
        ('Hồ Quang Lâm', 80),
    ]),
    ('Bắc Hòa', [
        ('Hoàng Hữu Hiếu', 140),
        ('Trương Thu Tuyết', 170),
        ('Trần Thị Lan', 140),
        ('Đinh Ngọc Xuân', 140),
        ('Võ Thị Tuyết', 100),
        ('Chu Trọng Cường', 150),
        ('Lê Thu Loan', 160),
        ('Đinh Thị Trâm', 130),
    ]),
]
M_JB08 = [
    ('Phú Lộc', [
        ('Nguyễn Ngọc Nhung', 550),
        ('Ngô Thanh Hà', 1000),
        ('Dương Ngọc Tuyết', 650),
        ('Trần Thị Nhung', 650),
        ('Phan Hữu Quý', 750),
        ('Võ Thanh Oanh', 800),
        ('Võ Trọng Đạt', 700),
        ('Dương Thị Lan', 800),
    ]),
    ('Khánh Lộc', [
        ('Lương Thị Loan', 600),
        ('Trương Sỹ Chiến', 650),
        ('Đinh Thu Hiền', 450),
        ('Dương Ngọc Tiến', 700),
        ('Nguyễn Thanh Nga', 500),
        ('Hà Thanh Vân', 700),
        ('Chu Ngọc Hồng', 550),
        ('Trần Thị Hồng', 750),
    ]),
    ('An Lộc', [
        ('Hoàng Thanh Yến', 650),
        ('Ngô Hữu Tài', 850),
        ('Lê Thị Xuân', 400),
        ('Thái Thị Xuân', 850),
        ('Trương Thu Trâm', 900),
        ('Nguyễn Hữu Long', 700),
        ('Võ Minh Phúc', 700),
        ('Hồ Thị Loan', 600),
    ]),
    ('Hòa Lộc', [
        ('Thái Hữu Hiếu', 700),
        ('Đoàn Thị Hằng', 550),
        ('Trần Thu Lan', 900),
        ('Đậu Hữu Lực', 700),
        ('Hồ Trọng Quyết', 650),
        ('Mai Thu Sen', 1000),
        ('Nguyễn Sỹ Toàn', 650),
        ('Lương Ngọc Lý', 400),
    ]),
]
M_JB09 = [
    ('Phúc Đồng', [
        ('Hồ Đức Thắng', 1),
        ('Lương Công Chiến', 0.8),
        ('Hồ Thu Tuyết', 1.5),
        ('Đậu Thị Tuyết', 2),
        ('Phan Công Lâm', 1),
        ('Đoàn Thị Hương', 1.5),
        ('Phan Đức Lợi', 1.5),
        ('Lê Đình Tuấn', 1.2),
        ('Phan Sỹ Quyết', 2.5),
        ('Lương Ngọc Lâm', 1.5),
    ]),
    ('Trung Đồng', [
        ('Chu Hữu Hưng', 1),
        ('Mai Thu Mai', 2),
        ('Lương Xuân Cường', 2.5),
        ('Ngô Thị Yến', 0.8),
        ('Nguyễn Ngọc Tài', 2),
        ('Chu Ngọc Tiến', 1.5),
        ('Đậu Đức Phúc', 1.2),
        ('Bùi Đình Hùng', 0.8),
        ('Phạm Đình Toàn', 2),
        ('Ngô Quang Thông', 2),
    ]),
    ('Tân Đồng', [
        ('Lê Hữu Lợi', 1.2),
        ('Dương Trọng Sơn', 1.5),
        ('Dương Thanh Vân', 1.2),
        ('Lê Ngọc Thảo', 2),
        ('Nguyễn Hữu Quyết', 1),
        ('Lê Đình Cường', 2),
        ('Dương Ngọc Mai', 1),
        ('Ngô Thanh Hương', 1.2),
        ('Hà Hữu Tâm', 2.5),
    ]),
    ('Khe Cò', [
        ('Đoàn Trọng Kiên', 1.2),
        ('Trần Sỹ Luận', 0.8),
        ('Đinh Xuân Toàn', 1),
        ('Trần Văn Thành', 2.5),
        ('Võ Đình Nam', 1.5),
        ('Phạm Thu Hằng', 2),
        ('Hồ Đức Toàn', 2),
        ('Trần Khắc Lâm', 0.8),
        ('Nguyễn Đức Kiên', 1),
    ]),
]
M_JB10 = [
    ('Mai Hoa', [
        ('Nguyễn Hữu Toàn', 8),
        ('Phan Công Lực', 8),
        ('Đậu Thị Mai', 12),
        ('Ngô Thu Sen', 26),
        ('Võ Thị Xuân', 19),
        ('Hoàng Công Quyết', 16),
    ]),
    ('Đông Mai', [
        ('Chu Ngọc Loan', 6),
        ('Trương Thị Hoa', 24),
        ('Lê Thị Tuyết', 15),
        ('Dương Quang Toàn', 13),
        ('Phan Thị Tuyết', 11),
        ('Võ Xuân Quý', 21),
    ]),
    ('Tây Mai', [
        ('Hồ Thanh Lý', 6),
        ('Hồ Thanh Xuân', 11),
        ('Lê Ngọc Hằng', 12),
        ('Đinh Đức Quyết', 22),
        ('Lương Thanh Mai', 19),
        ('Phan Sỹ Quyết', 10),
    ]),
]

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ per year, packs per year)
# mem: the member table; kind says what a row holds and how it becomes supply:
#   boat  (owner, registration, CV, kg a year sold to the producer)
#   unit  (head of household, units) x yield (per hamlet when a dict) [x share]
#   hats  (head of household, workers, hats a year)
# own: other supply rows (label, quantity a year); norm: raw material per base unit
# mat: (label, unit, price đ per year); aux: (label, per base unit, đ)
# pack: packaging đ per pack; energy: triệu per year or ("rate", đ per base unit)
# sell: share of revenue or triệu per year; other: triệu per year
# cap: (rating per day, days); roles: (role, staff per year); wage: triệu/month per year
# inv: (label, triệu, fixed?); src: (label, triệu); life: years; loan: balance per year; rate
# hist: output, average price đ per base unit, profit triệu, 2024-2026
PLANS: dict[str, dict] = {
    "jb01": dict(
        unit="lít",
        products=[("Nước mắm cốt 40 độ, chai 500 ml", "chai", 0.5, [98000, 100000, 102000], [12000, 13000, 14000]),
                  ("Nước mắm 30 độ, chai 500 ml", "chai", 0.5, [62000, 63000, 65000], [20000, 21500, 23000]),
                  ("Nước mắm 25 độ, can 2 lít", "can", 2, [150000, 152000, 155000], [4000, 4300, 4600]),
                  ("Nước mắm 20 độ, can 5 lít", "can", 5, [225000, 230000, 235000], [2000, 2150, 2300])],
        mem=dict(kind="boat", rows=M_JB01),
        own=[], norm=1.25, mat=("Cá cơm tươi", "kg", [22000, 23000, 24000]),
        aux=[("Muối hạt", 0.42, 3500)],
        pack=[7500, 4500, 9000, 14000], energy=[70, 75, 80], sell=0.05, other=[90, 90, 95],
        cap=(1200, 40), roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Ướp chượp, đảo chượp", [4, 4, 4]),
                               ("Lọc, pha đấu, chiết rót", [3, 3, 4]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        inv=[("Nhà ủ chượp 300 m² và 12 thùng gỗ mới", 650, True),
             ("Hệ thống lọc, pha đấu, chiết rót bán tự động", 420, True),
             ("Bể lắng, lọc nước rửa và khu chứa phụ phẩm", 180, True),
             ("Nhãn, mã vạch, tem truy xuất", 50, False),
             ("Kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 40, False),
             ("Vốn lưu động mua cá vụ nam", 460, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của hợp tác xã", 300),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1000)],
        life=10, loan=[1000, 800, 600], rate=0.08,
        hist=dict(out=[26000, 28500, 31000], price=[88000, 92000, 96000], profit=[380, 450, 520])),
    "jb02": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [170000] * 3, [4200, 4600, 5000]),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [240000] * 3, [2600, 2850, 3100]),
                  ("Mật ong hoa keo, chai 250 g", "chai", 0.25, [75000] * 3, [3200, 3500, 3800]),
                  ("Mật ong hoa keo, can 3 kg", "can", 3, [600000] * 3, [300, 330, 360])],
        mem=dict(kind="unit", rows=M_JB02, yld={"Khe Thờ": 20, "Bình Sơn": 15, "Làng Chè": 15}, share=0.8),
        own=[], norm=1.06, mat=("Mật ong thô", "kg", [125000, 128000, 130000]), aux=[],
        pack=[9000, 12000, 6000, 25000], energy=[20, 22, 24], sell=0.06, other=[40, 40, 45],
        cap=(40, 250), roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thu mua, lọc, hạ thủy phần", [2, 2, 2]),
                             ("Đóng chai, bán hàng", [1, 2, 2])],
        wage=[5.5, 5.8, 6.0],
        inv=[("Máy hạ thủy phần mật ong 100 kg/mẻ", 180, True),
             ("Bồn inox, máy lọc, máy chiết rót", 95, True),
             ("Phòng sơ chế, đóng chai 40 m²", 140, True),
             ("Nhãn, tem truy xuất, kiểm nghiệm", 45, False),
             ("Vốn lưu động thu mua mật", 240, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Quỹ Hỗ trợ nông dân tỉnh", 300)],
        life=10, loan=[300, 200, 100], rate=0.06,
        hist=dict(out=[4800, 5300, 5800], price=[255000, 260000, 265000], profit=[120, 140, 160])),
    "jb03": dict(
        unit="kg",
        products=[("Chè búp đặc biệt, hộp 200 g", "hộp", 0.2, [95000, 95000, 100000], [5000, 5500, 6000]),
                  ("Chè búp loại 1, túi 500 g", "túi", 0.5, [150000, 150000, 155000], [2800, 3000, 3200]),
                  ("Chè xanh khô, túi 1 kg", "túi", 1, [210000, 210000, 220000], [1200, 1300, 1400])],
        mem=dict(kind="unit", rows=M_JB03, yld=500, share=1),
        own=[("Vườn chè của hộ (6 sào)", 3000)], norm=4.5, mat=("Búp chè tươi", "kg", [14000, 14500, 15000]),
        aux=[], pack=[9000, 6000, 5000], energy=[45, 48, 52], sell=0.05, other=[30, 30, 32],
        cap=(20, 250), roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Sao, vò, sấy chè", [3, 3, 4]),
                             ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[6.0, 6.2, 6.4],
        inv=[("Máy sao chè tang quay và máy vò chè", 180, True),
             ("Máy sấy chè và máy hút chân không", 120, True),
             ("Cải tạo xưởng chế biến 60 m²", 150, True),
             ("Bao bì, nhãn, mã QR", 30, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 25, False),
             ("Vốn lưu động", 95, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.075,
        hist=dict(out=[2600, 2900, 3200], price=[150000, 155000, 160000], profit=[70, 85, 100])),
    "jb04": dict(
        unit="chiếc",
        products=[("Nón lá trắng 16 vành", "chiếc", 1, [80000, 82000, 85000], [9000, 9500, 10000]),
                  ("Nón lá vẽ tranh, thêu hoa", "chiếc", 1, [180000, 185000, 190000], [4000, 4500, 5000]),
                  ("Nón lá mini, hộp quà", "chiếc", 1, [60000, 60000, 62000], [3000, 3300, 3600])],
        mem=dict(kind="hats", rows=M_JB04),
        own=[], norm=1.03, mat=("Nón thô mua của hộ", "chiếc", [35000, 36000, 37000]),
        aux=[("Sơn phủ, chỉ thêu, màu vẽ", 1, 4000)],
        pack=[3000, 5000, 12000], energy=[25, 26, 28], sell=0.07, other=[40, 40, 42],
        cap=(80, 280), roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu mua, kiểm nón thô", [1, 1, 1]),
                             ("Vẽ, thêu, sơn phủ, hoàn thiện", [3, 3, 4]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.2, 5.4, 5.6],
        inv=[("Phòng sơn phủ, phòng sấy có quạt hút", 220, True),
             ("Máy phun sơn phủ và tủ sấy nón", 160, True),
             ("Kho nón thô, nón thành phẩm 80 m²", 100, True),
             ("Thiết kế mẫu, hộp quà, thẻ treo", 40, False),
             ("Đăng ký nhãn hiệu, thử nghiệm", 30, False),
             ("Vốn lưu động thu mua nón thô", 310, False)],
        src=[("Vốn góp của thành viên", 560), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 200, 100], rate=0.066,
        hist=dict(out=[13500, 14400, 15200], price=[88000, 92000, 95000], profit=[150, 180, 210])),
    "jb05": dict(
        unit="lít",
        products=[("Rượu nếp 29,5 độ, chai 500 ml", "chai", 0.5, [90000, 92000, 95000], [8000, 9200, 10400]),
                  ("Rượu nếp, bình sứ 1 lít có hộp", "bình", 1, [250000, 255000, 260000], [1000, 1150, 1300]),
                  ("Rượu nếp 29,5 độ, can 5 lít", "can", 5, [550000, 560000, 570000], [600, 690, 780])],
        mem=dict(kind="unit", rows=M_JB05, yld=200, share=1),
        own=[], norm=1.4, mat=("Gạo nếp", "kg", [28000, 29000, 30000]),
        aux=[("Men lá", 0.03, 120000)],
        pack=[6000, 45000, 12000], energy=[40, 45, 50], sell=0.06, other=[40, 40, 45],
        cap=(50, 260), roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [2, 2, 2]),
                             ("Hạ thổ, lọc, chiết chai", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=[5.2, 5.4, 5.6],
        inv=[("Kho ủ, hạ thổ rượu 50 m²", 180, True),
             ("Hai nồi chưng cất inox 25 lít/ngày", 160, True),
             ("Máy lọc, khử andehit và chiết rót", 190, True),
             ("Hầm biogas và bể chứa bã rượu", 70, True),
             ("Nhãn, bao bì, tem QR, nhãn hiệu", 50, False),
             ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        hist=dict(out=[6000, 6600, 7200], price=[120000, 125000, 130000], profit=[110, 130, 150])),
    "jb06": dict(
        unit="kg",
        products=[("Mực một nắng loại 1, túi 1 kg", "túi", 1, [560000, 570000, 580000], [4000, 4300, 4600]),
                  ("Mực một nắng loại 2, túi 1 kg", "túi", 1, [420000, 430000, 440000], [3500, 3800, 4100]),
                  ("Mực một nắng, hộp quà 500 g", "hộp", 0.5, [310000, 315000, 320000], [3000, 3300, 3600])],
        mem=dict(kind="boat", rows=M_JB06),
        own=[], norm=1.5, mat=("Mực ống tươi", "kg", [190000, 195000, 200000]), aux=[],
        pack=[5000, 5000, 25000], energy=[90, 95, 100], sell=0.06, other=[100, 100, 105],
        cap=(80, 180), roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3]), ("Thu mua, mổ, làm sạch mực", [3, 3, 4]),
                             ("Phơi, sấy, phân loại, đóng gói", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.0],
        inv=[("Kho lạnh bảo quản mực tươi 30 tấn", 520, True),
             ("Máy sấy lạnh mực 80 kg/mẻ", 380, True),
             ("Giàn phơi inox có mái che 400 m²", 260, True),
             ("Máy hút chân không, máy in ngày sản xuất", 140, True),
             ("Bao bì, tem truy xuất, mã vạch", 60, False),
             ("Vốn lưu động thu mua mực", 640, False)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng thương mại cổ phần", 1000)],
        life=10, loan=[1000, 800, 600], rate=0.085,
        hist=dict(out=[7200, 7800, 8400], price=[470000, 480000, 490000], profit=[240, 270, 300])),
    "jb07": dict(
        unit="quả",
        products=[("Trứng muối ruột son, hộp 10 quả", "hộp", 10, [75000, 75000, 78000], [8000, 8800, 9700]),
                  ("Trứng vịt muối, khay 30 quả", "khay", 30, [165000, 165000, 170000], [2000, 2200, 2400]),
                  ("Trứng muối hấp chín, túi 4 quả", "túi", 4, [38000, 38000, 40000], [11000, 12500, 13600])],
        mem=dict(kind="unit", rows=M_JB07, yld=80, share=1),
        own=[], norm=1.05, mat=("Trứng vịt tươi", "quả", [3000, 3100, 3200]),
        aux=[("Muối, tro rơm, gia vị", 1, 300)],
        pack=[4000, 6000, 2500], energy=[30, 33, 36], sell=0.05, other=[30, 30, 32],
        cap=(16000, 12), roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu mua, rửa, phân loại trứng", [1, 1, 1]),
                                ("Ủ muối, hấp, đóng gói", [2, 2, 2])],
        wage=[5.2, 5.4, 5.6],
        inv=[("Máy rửa, soi và phân loại trứng", 150, True),
             ("Nồi hấp trứng và máy hút chân không", 120, True),
             ("Kho mát bảo quản trứng 20 m³", 130, True),
             ("Bao bì, nhãn, tem truy xuất", 40, False),
             ("Vốn lưu động", 160, False)],
        src=[("Vốn góp của thành viên", 300), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 220, 140], rate=0.07,
        hist=dict(out=[140000, 155000, 168000], price=[6200, 6400, 6600], profit=[70, 85, 100])),
    "jb08": dict(
        unit="kg",
        products=[("Trà túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, [48000, 50000, 52000], [30000, 32000, 34000]),
                  ("Cà gai leo khô, túi 500 g", "túi", 0.5, [95000, 95000, 98000], [4000, 4400, 4800]),
                  ("Cà gai leo khô, bao 5 kg", "bao", 5, [700000, 700000, 720000], [200, 220, 240])],
        mem=dict(kind="unit", rows=M_JB08, yld=0.3, share=1),
        own=[], norm=1.08, mat=("Cà gai leo khô", "kg", [60000, 62000, 64000]), aux=[],
        pack=[7000, 3000, 15000], energy=[60, 64, 68], sell=[110, 120, 130], other=[60, 60, 65],
        cap=(40, 200), roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thu mua, sơ chế, sấy", [3, 3, 3]),
                             ("Nghiền, đóng túi lọc, đóng gói", [3, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.7, 6.0],
        inv=[("Nhà sơ chế, sấy 120 m²", 350, True),
             ("Máy sấy bơm nhiệt 2 buồng", 250, True),
             ("Máy nghiền, máy đóng túi lọc tự động", 300, True),
             ("Thiết kế hộp, túi; đăng ký nhãn hiệu", 50, False),
             ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của tổ viên", 700), ("Vay Ngân hàng Chính sách xã hội", 500)],
        life=10, loan=[500, 400, 300], rate=0.066,
        hist=dict(out=[3200, 3600, 4000], price=[360000, 365000, 370000], profit=[180, 220, 260])),
    "jb09": dict(
        unit="kg",
        products=[("Bột sắn dây, hộp 500 g", "hộp", 0.5, [120000] * 3, [4000, 7600, 12000]),
                  ("Bột sắn dây, túi 1 kg", "túi", 1, [210000] * 3, [2200, 4000, 7200]),
                  ("Bột sắn dây hoa bưởi, hộp 300 g", "hộp", 0.3, [95000] * 3, [2000, 4000, 6000])],
        mem=dict(kind="unit", rows=M_JB09, yld=1200, share=1),
        own=[("Vườn sắn dây của công ty (40 sào)", 48000)], norm=7, mat=("Củ sắn dây tươi", "kg", [3500, 3500, 3600]),
        aux=[], pack=[6000, 3000, 5000], energy=("rate", 8000), sell=0.06, other=[60, 65, 70],
        cap=(80, 220), roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Rửa, mài, lọc, lắng bột", [3, 3, 3]),
                             ("Sấy, đóng gói, kho", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.7, 6.0],
        inv=[("Nhà xưởng chế biến 250 m²", 700, True),
             ("Máy rửa, máy mài củ, máy lọc bã", 380, True),
             ("Hệ thống bể lắng inox", 220, True),
             ("Máy sấy bột và máy đóng gói", 400, True),
             ("Bao bì, nhãn, mã vạch, tem truy xuất", 60, False),
             ("Kiểm nghiệm, tự công bố", 40, False),
             ("Vốn lưu động", 800, False)],
        src=[("Vốn góp của cổ đông", 1200), ("Vay Ngân hàng thương mại", 800), ("Huy động thêm từ cổ đông", 300)],
        life=10, loan=[800, 650, 500], rate=0.08,
        hist=dict(out=[3200, 3600, 4000], price=[185000, 190000, 195000], profit=[60, 75, 90])),
    "jb10": dict(
        unit="lít",
        products=[("Dầu gội bồ kết, chai 300 ml", "chai", 0.3, [85000, 85000, 88000], [6000, 6600, 7200]),
                  ("Dầu gội bồ kết, chai 500 ml", "chai", 0.5, [125000, 125000, 130000], [2000, 2300, 2600]),
                  ("Nước xả bồ kết, chai 300 ml", "chai", 0.3, [70000, 70000, 72000], [2500, 2800, 3100])],
        mem=dict(kind="unit", rows=M_JB10, yld=3, share=1),
        own=[], norm=0.15, mat=("Quả bồ kết khô", "kg", [40000, 42000, 44000]),
        aux=[("Vỏ bưởi, sả, hương nhu", 1, 8000), ("Chất tạo bọt gốc dừa", 1, 15000)],
        pack=[6000, 8000, 6000], energy=[25, 27, 29], sell=0.08, other=[40, 40, 42],
        cap=(60, 250), roles=[("Quản lý, sổ sách", [1, 1, 1]), ("Nấu, lọc, pha chế", [2, 2, 2]),
                             ("Chiết chai, dán nhãn, bán hàng", [3, 3, 3])],
        wage=[5.0, 5.2, 5.4],
        inv=[("Nồi nấu inox có cánh khuấy 100 lít", 120, True),
             ("Máy lọc, bồn chứa, máy chiết rót", 150, True),
             ("Cải tạo phòng pha chế 35 m²", 80, True),
             ("Nhãn, bao bì, công bố, nhãn hiệu", 40, False),
             ("Vốn lưu động", 110, False)],
        src=[("Vốn góp của các hộ trong nhóm", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066,
        hist=dict(out=[2400, 2800, 3200], price=[240000, 245000, 250000], profit=[90, 110, 130])),
}


# --------------------------------------------------------------------------- model
def mem_values(p: dict, hamlet: str, row: tuple) -> list[float]:
    """The numeric columns a member row prints; the last one is what it supplies."""
    m = p["mem"]
    if m["kind"] == "boat":
        return [row[2], row[3]]
    if m["kind"] == "hats":
        return [row[1], row[2]]
    y = m["yld"][hamlet] if isinstance(m["yld"], dict) else m["yld"]
    out = row[1] * y
    return [row[1], out] if m["share"] == 1 else [row[1], out, out * m["share"]]


def model(key: str) -> dict:
    p = PLANS[key]
    m: dict = {"p": p}
    R = range(3)
    m["packs"] = [pr[4] for pr in p["products"]]
    m["prices"] = [pr[3] for pr in p["products"]]
    m["out"] = [sum(pr[4][y] * pr[2] for pr in p["products"]) for y in R]
    m["rev_lines"] = [[pr[4][y] * pr[3][y] / 1e6 for y in R] for pr in p["products"]]
    m["rev"] = [sum(line[y] for line in m["rev_lines"]) for y in R]
    # members: rows, hamlet sub-totals, grand total
    groups = []
    for hamlet, rows in p["mem"]["rows"]:
        vals = [mem_values(p, hamlet, r) for r in rows]
        sub = [sum(v[i] for v in vals) for i in range(len(vals[0]))]
        groups.append((hamlet, rows, vals, sub))
    m["groups"] = groups
    m["mem_total"] = [sum(g[3][i] for g in groups) for i in range(len(groups[0][3]))]
    m["households"] = sum(len(g[1]) for g in groups)
    m["mem_supply"] = m["mem_total"][-1]
    m["supply"] = [m["mem_supply"] + sum(q for _, q in p["own"]) for _ in R]
    m["need"] = [m["out"][y] * p["norm"] for y in R]
    m["spare"] = [m["supply"][y] - m["need"][y] for y in R]
    # capacity
    m["cap"] = p["cap"][0] * p["cap"][1]
    m["use"] = [m["out"][y] / m["cap"] * 100 for y in R]
    # staff and wages
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in R]
    m["wage_fund"] = [m["staff"][y] * p["wage"][y] * 12 for y in R]
    # investment
    m["inv_total"] = sum(x[1] for x in p["inv"])
    m["fixed"] = sum(x[1] for x in p["inv"] if x[2])
    m["src_total"] = sum(x[1] for x in p["src"])
    m["dep"] = m["fixed"] / p["life"]
    m["interest"] = [b * p["rate"] for b in p["loan"]]
    # costs
    cost = []
    cost.append((p["mat"][0], [m["need"][y] * p["mat"][2][y] / 1e6 for y in R]))
    for lab, norm, price in p["aux"]:
        cost.append((lab, [m["out"][y] * norm * price / 1e6 for y in R]))
    cost.append(("Bao bì", [sum(m["packs"][i][y] * p["pack"][i] for i in range(len(p["products"]))) / 1e6 for y in R]))
    if isinstance(p["energy"], tuple):
        cost.append(("Điện, nước, nhiên liệu", [m["out"][y] * p["energy"][1] / 1e6 for y in R]))
    else:
        cost.append(("Điện, nước, nhiên liệu", list(map(float, p["energy"]))))
    cost.append(("Tiền lương, tiền công", m["wage_fund"]))
    cost.append(("Khấu hao tài sản cố định", [m["dep"]] * 3))
    cost.append(("Lãi vay", m["interest"]))
    if isinstance(p["sell"], list):
        cost.append(("Bán hàng, quảng bá", list(map(float, p["sell"]))))
    else:
        cost.append(("Bán hàng, quảng bá", [m["rev"][y] * p["sell"] for y in R]))
    cost.append(("Chi phí khác", list(map(float, p["other"]))))
    m["cost_lines"] = cost
    m["cost"] = [sum(c[1][y] for c in cost) for y in R]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in R]
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in R]
    m["avg_profit"] = sum(m["profit"]) / 3
    m["payback"] = m["inv_total"] / (m["avg_profit"] + m["dep"])
    # history
    h = p["hist"]
    m["hist_rev"] = [h["out"][i] * h["price"][i] / 1e6 for i in R]
    m["growth"] = [(m["out"][0] / h["out"][2] - 1) * 100] + [(m["out"][y] / m["out"][y - 1] - 1) * 100 for y in (1, 2)]
    return m


# --------------------------------------------------------------------------- printing
def fm(x: float, d: int | str = 0) -> str:
    """Vietnamese number: dotted thousands, decimal comma; d='a' drops a zero decimal."""
    if d == "a":
        d = 0 if abs(x - round(x)) < 1e-9 else 1
    s = f"{abs(x):,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 and float(f"{abs(x):.{d}f}") != 0 else "") + s


@dataclass
class Num:
    true: float
    d: int | str = 0
    shown: float | None = None  # what the plan prints when it differs from the true value
    planted: bool = False

    @property
    def value(self) -> float:
        return self.true if self.shown is None else self.shown

    def text(self) -> str:
        return fm(self.value, self.d)


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list]  # cells: str or Num
    unit: str | None = None  # the "ĐVT: ..." line printed above the table
    block: str | None = None  # "tab" or "không kẻ" (samples/FORMAT.md)


def N3(vals, d=1):
    return [Num(v, d) for v in vals]


# What each revise plan prints wrong on purpose: (table key, row label, numeric column) -> printed.
PLANT_CELLS: dict[str, dict[tuple[str, str, int], float]] = {
    "jb06": {("members", "Cộng|Kim Thành", 1): 6700},
    "jb08": {("revenue", "Trà túi lọc, hộp 25 túi × 2 g", 1): 1840},
    "jb10": {("summary", "Lợi nhuận trước thuế", 1): 347.0},
}
# Figures in the prose printed wrong on purpose: fact name -> printed value.
PLANT_FACTS: dict[str, dict[str, float]] = {
    "jb05": {"payback": 1.4},
    "jb07": {"ducks_text": 4100},
}
TRIEU = "ĐVT: triệu đồng"


def printed_model(key: str) -> dict:
    """The model as the plan prints it: planted cells carried into the figures that follow them."""
    m = model(key)
    pm = dict(m)
    if key == "jb08":
        lines = [list(x) for x in m["rev_lines"]]
        lines[0][1] = PLANT_CELLS[key][("revenue", PLANS[key]["products"][0][0], 1)]
        pm["rev_lines"] = lines
        pm["rev"] = [sum(li[y] for li in lines) for y in range(3)]
        pm["profit"] = [pm["rev"][y] - m["cost"][y] for y in range(3)]
    if key == "jb10":
        pm["profit"] = list(m["profit"])
        pm["profit"][1] = PLANT_CELLS[key][("summary", "Lợi nhuận trước thuế", 1)]
    pm["margin"] = [pm["profit"][y] / pm["rev"][y] * 100 for y in range(3)]
    pm["avg_profit"] = sum(pm["profit"]) / 3
    pm["payback"] = m["inv_total"] / (pm["avg_profit"] + m["dep"])
    return pm


def _nums(true_vals, shown_vals, d=1):
    out = []
    for t, s in zip(true_vals, shown_vals):
        out.append(Num(t, d, None if abs(t - s) < 1e-9 else s))
    return out


def member_table(key: str, m: dict) -> Table:
    p, G = PLANS[key], m["groups"]
    hh = m["households"]
    rows: list[list] = []
    if key == "jb01":
        hdr = ["TT", "Chủ tàu", "Số đăng ký tàu", "CV", "Cá giao (kg/năm)"]
        i = 0
        for ham, rs, vals, sub in G:
            rows.append(["", f"Thôn {ham}", "", "", ""])
            for r, v in zip(rs, vals):
                i += 1
                rows.append([str(i), r[0], r[1], Num(v[0]), Num(v[1])])
            rows.append(["", f"Cộng thôn {ham}", "", Num(sub[0]), Num(sub[1])])
        rows.append(["", f"Tổng cộng ({hh} tàu)", "", Num(m["mem_total"][0]), Num(m["mem_total"][1])])
        return Table("Danh sách tàu cá thành viên cung cấp cá cơm cho hợp tác xã", hdr, rows)
    if key == "jb02":
        hdr = ["TT", "Chủ hộ", "Thôn", "Số đàn", "Mật thô (kg)", "Bán cho tổ (kg)"]
        i = 0
        for ham, rs, vals, sub in G:
            for r, v in zip(rs, vals):
                i += 1
                rows.append([str(i), r[0], ham] + [Num(x) for x in v])
            rows.append(["", "Cộng", ham] + [Num(x) for x in sub])
        rows.append(["", "Tổng cộng", f"{len(G)} thôn"] + [Num(x) for x in m["mem_total"]])
        return Table("Danh sách hộ nuôi ong liên kết với tổ hợp tác", hdr, rows)
    if key == "jb03":
        hdr = ["TT", "Thôn", "Chủ hộ", "Sào chè", "Búp tươi (kg/năm)"]
        i = 0
        for ham, rs, vals, sub in G:
            for j, (r, v) in enumerate(zip(rs, vals)):
                i += 1
                rows.append([str(i), ham if j == 0 else "", r[0], Num(v[0], "a"), Num(v[1])])
            rows.append(["", "Cộng", f"{len(rs)} hộ", Num(sub[0], "a"), Num(sub[1])])
        rows.append(["", "Tổng cộng", f"{hh} hộ", Num(m["mem_total"][0], "a"), Num(m["mem_total"][1])])
        return Table("Các hộ trồng chè bán búp tươi cho cơ sở", hdr, rows)
    if key == "jb04":
        hdr = ["TT", "Hộ làm nón", "Lao động (người)", "Nón thô (chiếc/năm)"]
        rows.append(["", f"TỔNG CỘNG ({hh} hộ)", Num(m["mem_total"][0]), Num(m["mem_total"][1])])
        for gi, (ham, rs, vals, sub) in enumerate(G):
            rows.append([["I", "II", "III", "IV"][gi], f"Thôn {ham} ({len(rs)} hộ)", Num(sub[0]), Num(sub[1])])
            for j, (r, v) in enumerate(zip(rs, vals)):
                rows.append([str(j + 1), r[0], Num(v[0]), Num(v[1])])
        return Table("Danh sách hộ thành viên làm nón lá cung cấp cho hợp tác xã", hdr, rows)
    if key == "jb05":
        hdr = ["TT", "Chủ hộ", "Diện tích nếp (sào)", "Gạo nếp bán HTX (kg/năm)"]
        i = 0
        for ham, rs, vals, sub in G:
            rows.append(["", f"Thôn {ham}", "", ""])
            for r, v in zip(rs, vals):
                i += 1
                rows.append([str(i), r[0], Num(v[0], "a"), Num(v[1])])
            rows.append(["", f"Cộng thôn {ham}", Num(sub[0], "a"), Num(sub[1])])
        rows.append(["", f"Tổng cộng {hh} hộ", Num(m["mem_total"][0], "a"), Num(m["mem_total"][1])])
        return Table("Danh sách hộ trồng nếp cung cấp gạo cho hợp tác xã", hdr, rows, block="tab")
    if key == "jb06":
        hdr = ["TT", "Chủ tàu", "Thôn", "Số hiệu tàu", "CV", "Mực (kg/năm)"]
        i = 0
        for ham, rs, vals, sub in G:
            for r, v in zip(rs, vals):
                i += 1
                rows.append([str(i), r[0], ham, r[1], Num(v[0]), Num(v[1])])
            rows.append(["", "Cộng", ham, "", Num(sub[0]), Num(sub[1])])
        rows.append(["", "Tổng cộng", "", f"{hh} tàu", Num(m["mem_total"][0]), Num(m["mem_total"][1])])
        return Table("Danh sách tàu câu mực liên kết bán mực cho công ty", hdr, rows)
    if key == "jb07":
        hdr = ["TT", "Chủ hộ", "Vịt đẻ (con)", "Trứng bán HTX (quả/năm)"]
        i = 0
        for ham, rs, vals, sub in G:
            rows.append(["", f"Thôn {ham}", "", ""])
            for r, v in zip(rs, vals):
                i += 1
                rows.append([str(i), r[0], Num(v[0]), Num(v[1])])
            rows.append(["", f"Cộng thôn {ham}", Num(sub[0]), Num(sub[1])])
        rows.append(["", "Tổng cộng", Num(m["mem_total"][0]), Num(m["mem_total"][1])])
        return Table("Danh sách hộ nuôi vịt đẻ bán trứng cho hợp tác xã", hdr, rows, block="không kẻ")
    if key == "jb08":
        hdr = ["TT", "Hộ trồng", "Diện tích (m²)", "Dược liệu khô (kg/năm)"]
        i = 0
        for ham, rs, vals, sub in G:
            rows.append(["", f"Thôn {ham} ({len(rs)} hộ)", "", ""])
            for r, v in zip(rs, vals):
                i += 1
                rows.append([str(i), r[0], Num(v[0]), Num(v[1])])
            rows.append(["", "Cộng", Num(sub[0]), Num(sub[1])])
        rows.append(["", f"Tổng cộng {hh} hộ", Num(m["mem_total"][0]), Num(m["mem_total"][1])])
        return Table("Danh sách hộ trồng cà gai leo liên kết với tổ hợp tác", hdr, rows)
    if key == "jb09":
        hdr = ["TT", "Chủ hộ", "Thôn", "Diện tích (sào)", "Củ tươi (kg/năm)"]
        i = 0
        for ham, rs, vals, sub in G:
            for r, v in zip(rs, vals):
                i += 1
                rows.append([str(i), r[0], ham, Num(v[0], "a"), Num(v[1])])
            rows.append(["", f"Cộng thôn {ham}", "", Num(sub[0], "a"), Num(sub[1])])
        rows.append(["", "Tổng cộng", f"{hh} hộ", Num(m["mem_total"][0], "a"), Num(m["mem_total"][1])])
        return Table("Danh sách hộ trồng sắn dây liên kết với công ty", hdr, rows)
    if key == "jb10":
        hdr = ["TT", "Chủ hộ", "Cây bồ kết (cây)", "Quả khô (kg/năm)"]
        i = 0
        for ham, rs, vals, sub in G:
            rows.append(["", f"Xóm {ham}", "", ""])
            for r, v in zip(rs, vals):
                i += 1
                rows.append([str(i), r[0], Num(v[0]), Num(v[1])])
            rows.append(["", "Cộng", Num(sub[0]), Num(sub[1])])
        rows.append(["", "Tổng cộng", Num(m["mem_total"][0]), Num(m["mem_total"][1])])
        return Table("Các hộ trồng bồ kết bán quả cho nhóm", hdr, rows)
    raise KeyError(key)


# the limiting or main equipment of each plan: (name, count, rating text)
EQUIP: dict[str, list[tuple[str, int, str]]] = {
    "jb01": [("Thùng gỗ ủ chượp (28 có sẵn, 12 mua mới)", 40, "1.200 lít nước mắm/thùng/năm"),
             ("Hệ thống lọc, pha đấu, chiết rót bán tự động", 1, "1.500 chai/ca"),
             ("Bể lắng, lọc nước rửa 3 ngăn", 1, "6 m³"), ("Xe tải nhẹ giao hàng", 1, "1,25 tấn")],
    "jb02": [("Máy hạ thủy phần mật ong", 1, "100 kg/mẻ; 40 kg thành phẩm/ngày"),
             ("Bồn inox lắng mật", 4, "500 lít/bồn"), ("Máy chiết rót mật", 1, "300 chai/giờ"),
             ("Máy quay mật inox (tổ viên dùng chung)", 6, "4 cầu")],
    "jb03": [("Máy sao chè tang quay", 2, "60 kg búp tươi/giờ"), ("Máy vò chè", 2, "40 kg/mẻ"),
             ("Máy sấy chè", 1, "20 kg chè khô/ngày"), ("Máy hút chân không", 1, "6 túi/phút")],
    "jb04": [("Máy phun sơn phủ và tủ sấy nón", 1, "80 chiếc/ngày"), ("Bàn vẽ, khung thêu", 8, "thủ công"),
             ("Máy in hoa văn lên lá", 1, "120 chiếc/ngày"), ("Quạt hút, màng lọc phòng sơn", 2, "3.000 m³/giờ")],
    "jb05": [("Nồi chưng cất inox", 2, "25 lít rượu/ngày"), ("Chum sành ủ men", 60, "120 lít/chum"),
             ("Máy lọc, khử andehit", 1, "200 lít/giờ"), ("Hầm biogas", 1, "12 m³")],
    "jb06": [("Máy sấy lạnh mực", 1, "80 kg thành phẩm/ngày"), ("Giàn phơi inox có mái che", 1, "400 m²"),
             ("Kho lạnh bảo quản", 1, "30 tấn"), ("Máy hút chân không", 2, "8 túi/phút")],
    "jb07": [("Bể ủ muối trứng", 20, "800 quả/mẻ; 12 mẻ/năm"), ("Máy rửa, soi, phân loại trứng", 1, "1.500 quả/giờ"),
             ("Nồi hấp trứng", 2, "300 quả/mẻ"), ("Máy hút chân không", 1, "6 túi/phút")],
    "jb08": [("Máy sấy bơm nhiệt 2 buồng", 1, "40 kg khô/ngày"), ("Máy nghiền dược liệu", 1, "50 kg/giờ"),
             ("Máy đóng túi lọc tự động", 1, "30 túi/phút"), ("Sân phơi có mái che", 1, "150 m²")],
    "jb09": [("Máy rửa củ", 1, "1 tấn củ/giờ"), ("Máy mài củ, máy lọc bã", 1, "800 kg củ/giờ"),
             ("Bể lắng inox", 12, "1,5 m³/bể"), ("Máy sấy bột", 1, "80 kg bột/ngày")],
    "jb10": [("Nồi nấu inox có cánh khuấy", 1, "100 lít/mẻ; 60 lít/ngày"), ("Máy lọc, bồn chứa", 2, "200 lít"),
             ("Máy chiết rót bán tự động", 1, "400 chai/giờ"), ("Máy dán nhãn", 1, "600 chai/giờ")],
}


def tables(key: str) -> dict[str, Table]:
    p, m, pm = PLANS[key], model(key), printed_model(key)
    u, R = p["unit"], range(3)
    T: dict[str, Table] = {}
    h = p["hist"]
    T["hist"] = Table("Kết quả sản xuất kinh doanh 2024 – 2026",
                      ["Chỉ tiêu", "ĐVT", "2024", "2025", "2026"],
                      [["Sản lượng", u] + N3(h["out"], 0),
                       ["Giá bán bình quân", f"đồng/{u}"] + N3(h["price"], 0),
                       ["Doanh thu", "triệu đồng"] + N3(m["hist_rev"], 1),
                       ["Lợi nhuận", "triệu đồng"] + N3(h["profit"], 1)])
    T["products"] = Table("Sản phẩm, quy cách và giá bán dự kiến",
                          ["TT", "Sản phẩm", "2027", "2028", "2029"],
                          [[str(i + 1), pr[0]] + N3(pr[3], 0) for i, pr in enumerate(p["products"])],
                          unit="ĐVT: đồng/đơn vị sản phẩm")
    T["members"] = member_table(key, m)
    mat_lab, mat_u = p["mat"][0], p["mat"][1]
    bal = [[f"Sản lượng thành phẩm ({u})"] + N3(m["out"], 0),
           [f"{mat_lab} cần ({mat_u})"] + N3(m["need"], 0),
           [f"Từ {m['households']} {'tàu' if p['mem']['kind'] == 'boat' else 'hộ'} liên kết ({mat_u})"]
           + N3([m["mem_supply"]] * 3, 0)]
    for lab, q in p["own"]:
        bal.append([f"{lab} ({mat_u})"] + N3([q] * 3, 0))
    if p["own"]:
        bal.append([f"Tổng nguồn cung ({mat_u})"] + N3(m["supply"], 0))
    if key != "jb05":
        bal.append([f"Còn dư ({mat_u})"] + N3(m["spare"], 0))
    T["balance"] = Table("Cân đối nguyên liệu", ["Chỉ tiêu", "2027", "2028", "2029"], bal)
    T["equip"] = Table("Máy móc, thiết bị chính", ["TT", "Thiết bị", "Số lượng", "Công suất"],
                       [[str(i + 1), e[0], Num(e[1]), e[2]] for i, e in enumerate(EQUIP[key])])
    staff = [[str(i + 1), r[0]] + N3(r[1], 0) for i, r in enumerate(p["roles"])]
    staff.append(["", "Tổng số lao động"] + N3(m["staff"], 0))
    staff.append(["", "Lương bình quân (triệu đồng/tháng)"] + N3(p["wage"], 1))
    staff.append(["", "Quỹ lương (triệu đồng/năm)"] + N3(m["wage_fund"], 1))
    T["staff"] = Table("Lao động và tiền lương", ["TT", "Bộ phận", "2027", "2028", "2029"], staff)
    outp = [[pr[0], pr[1]] + N3(pr[4], 0) for pr in p["products"]]
    outp.append(["Tổng sản lượng quy đổi", u] + N3(m["out"], 0))
    outp.append(["Công suất thiết kế", f"{u}/năm"] + N3([m["cap"]] * 3, 0))
    if key != "jb07":
        outp.append(["Mức sử dụng công suất", "%"] + N3(m["use"], 1))
    T["output"] = Table("Kế hoạch sản lượng 2027 – 2029", ["Sản phẩm", "ĐVT", "2027", "2028", "2029"], outp)
    inv = [[str(i + 1), x[0], Num(x[1], 0)] for i, x in enumerate(p["inv"])]
    inv.append(["", "Tổng vốn đầu tư", Num(m["inv_total"], 0)])
    T["inv"] = Table("Tổng vốn đầu tư", ["TT", "Hạng mục", "Thành tiền"], inv, unit=TRIEU)
    src = [[str(i + 1), x[0], Num(x[1], 0), Num(x[1] / m["src_total"] * 100, 1)] for i, x in enumerate(p["src"])]
    src.append(["", "Tổng nguồn vốn", Num(m["src_total"], 0), Num(100, 1)])
    T["src"] = Table("Nguồn vốn", ["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], src, unit=TRIEU)
    rev = [[str(i + 1), pr[0]] + _nums(m["rev_lines"][i], pm["rev_lines"][i]) for i, pr in enumerate(p["products"])]
    rev.append(["", "Tổng doanh thu"] + _nums(m["rev"], pm["rev"]))
    T["revenue"] = Table("Doanh thu dự kiến", ["TT", "Sản phẩm", "2027", "2028", "2029"], rev, unit=TRIEU)
    cost = [[str(i + 1), c[0]] + N3(c[1], 1) for i, c in enumerate(m["cost_lines"])]
    cost.append(["", "Tổng chi phí"] + N3(m["cost"], 1))
    T["cost"] = Table("Chi phí sản xuất kinh doanh", ["TT", "Khoản mục", "2027", "2028", "2029"], cost, unit=TRIEU)
    T["summary"] = Table("Tổng hợp hiệu quả kinh tế", ["Chỉ tiêu", "2027", "2028", "2029"],
                         [["Doanh thu"] + _nums(m["rev"], pm["rev"]),
                          ["Tổng chi phí"] + N3(m["cost"], 1),
                          ["Lợi nhuận trước thuế"] + _nums(m["profit"], pm["profit"]),
                          ["Tỷ suất lợi nhuận/doanh thu (%)"] + _nums(m["margin"], pm["margin"])],
                         unit=TRIEU)
    if key == "jb09":  # the body's summary of the appendix list, hamlet by hamlet
        rows = [[str(i + 1), f"Thôn {g[0]}", Num(len(g[1])), Num(g[3][0], "a"), Num(g[3][1])]
                for i, g in enumerate(m["groups"])]
        rows.append(["", "Cộng", Num(m["households"]), Num(m["mem_total"][0], "a"), Num(m["mem_total"][1])])
        T["hamlets"] = Table("Tổng hợp vùng nguyên liệu liên kết theo thôn",
                             ["TT", "Thôn", "Số hộ", "Diện tích (sào)", "Củ tươi (kg/năm)"], rows)
    # planted cells: the printed value replaces the true one in that cell only
    for (tk, lab, col), val in PLANT_CELLS.get(key, {}).items():
        for row in T[tk].rows:
            if all(x in [c for c in row if isinstance(c, str)] for x in lab.split("|")):
                n = [c for c in row if isinstance(c, Num)][col]
                n.shown, n.planted = val, True
                break
        else:
            raise KeyError((key, tk, lab))
    return T


def facts(key: str) -> dict[str, tuple[str, float, float]]:
    """Figures the prose quotes: name -> (text as printed, true value, printed value)."""
    p, m, pm = PLANS[key], model(key), printed_model(key)
    u, mu = p["unit"], p["mat"][1]
    F: dict[str, tuple[str, float, float]] = {}

    def add(name, val, d, suffix, shown=None):
        shown = PLANT_FACTS.get(key, {}).get(name, val if shown is None else shown)
        F[name] = (f"{fm(shown, d)}{suffix}", val, shown)

    add("hh", m["households"], 0, "")
    add("mem_supply", m["mem_supply"], 0, f" {mu}")
    add("mem_units", m["mem_total"][0], "a", "")
    add("out0", m["out"][0], 0, f" {u}")
    add("out1", m["out"][1], 0, f" {u}")
    add("out2", m["out"][2], 0, f" {u}")
    add("need0", m["need"][0], 0, f" {mu}")
    add("need2", m["need"][2], 0, f" {mu}")
    add("rev0", m["rev"][0], 1, " triệu đồng")
    add("rev2", m["rev"][2], 1, " triệu đồng", pm["rev"][2])
    add("profit0", m["profit"][0], 1, " triệu đồng")
    add("inv", m["inv_total"], 0, " triệu đồng")
    add("src", m["src_total"], 0, " triệu đồng")
    add("dep", m["dep"], 1, " triệu đồng")
    add("avg_profit", pm["avg_profit"], 1, "")
    add("payback", m["payback"], 1, " năm", pm["payback"])
    add("staff0", m["staff"][0], 0, " lao động")
    add("cap", m["cap"], 0, f" {u}/năm")
    add("use2", m["use"][2], 1, " %")
    add("price0", p["products"][0][3][0], 0, " đồng")
    add("hist_out2", p["hist"]["out"][2], 0, f" {u}")
    add("hist_rev2", m["hist_rev"][2], 1, " triệu đồng")
    add("growth0", m["growth"][0], 1, " %")
    if key == "jb07":
        add("ducks_text", m["mem_total"][0], 0, " con vịt đẻ")
    return F

# figures each full plan quotes in its prose (facts() names), checked to be in the text
USED_FACTS: dict[str, tuple[str, ...]] = {
    'jb01': ('avg_profit', 'cap', 'dep', 'hh', 'hist_out2', 'hist_rev2', 'inv', 'mem_supply', 'need2', 'out0', 'out2', 'payback', 'rev0', 'rev2', 'staff0', 'use2'),
    'jb02': ('avg_profit', 'cap', 'dep', 'hh', 'hist_out2', 'hist_rev2', 'inv', 'mem_supply', 'mem_units', 'need2', 'out0', 'out2', 'payback', 'rev0', 'rev2', 'staff0', 'use2'),
    'jb03': ('avg_profit', 'cap', 'hh', 'hist_out2', 'hist_rev2', 'inv', 'mem_supply', 'mem_units', 'need2', 'out0', 'out2', 'payback', 'rev0', 'rev2', 'staff0', 'use2'),
    'jb04': ('avg_profit', 'cap', 'dep', 'hh', 'hist_out2', 'hist_rev2', 'inv', 'mem_supply', 'mem_units', 'need2', 'out0', 'out2', 'payback', 'rev0', 'rev2', 'staff0', 'use2'),
    'jb05': ('cap', 'hh', 'hist_out2', 'hist_rev2', 'inv', 'mem_supply', 'mem_units', 'out0', 'out2', 'payback', 'rev0', 'rev2', 'staff0'),
    'jb06': ('avg_profit', 'cap', 'dep', 'hh', 'hist_out2', 'hist_rev2', 'inv', 'mem_supply', 'need2', 'out0', 'out2', 'payback', 'rev0', 'rev2', 'staff0', 'use2'),
    'jb07': ('avg_profit', 'cap', 'dep', 'ducks_text', 'hh', 'hist_out2', 'hist_rev2', 'inv', 'mem_supply', 'need2', 'out0', 'out2', 'payback', 'rev0', 'rev2', 'staff0'),
    'jb08': ('avg_profit', 'cap', 'dep', 'hh', 'hist_out2', 'hist_rev2', 'inv', 'mem_supply', 'mem_units', 'need2', 'out0', 'out2', 'payback', 'rev0', 'rev2', 'staff0', 'use2'),
    'jb09': ('avg_profit', 'cap', 'dep', 'hh', 'hist_out2', 'hist_rev2', 'inv', 'need2', 'out0', 'out1', 'out2', 'payback', 'rev0', 'rev2', 'src', 'staff0'),
    'jb10': ('avg_profit', 'cap', 'dep', 'hh', 'hist_out2', 'hist_rev2', 'inv', 'mem_supply', 'mem_units', 'need2', 'out0', 'out2', 'payback', 'rev0', 'rev2', 'staff0'),
}


# --------------------------------------------------------------------------- checks
_CAPTION = re.compile(r"^\**Bảng (\d+)\.\s*(.+?)\**\s*$")
_NUMCELL = re.compile(r"^-?[\d.,]+$")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def hasi(self, *snippets: str) -> None:
        """Like has(), case-insensitive (a table cell starts with a capital)."""
        low = self.body.lower()
        for s in snippets:
            if s.lower() not in low:
                self.failures.append(f"text not found: {s!r}")

    def table(self, title: str) -> list[list[str]] | None:
        """The pipe rows (header first, separator dropped) of the table captioned 'Bảng N. title'."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            mt = _CAPTION.match(line.strip())
            if mt and mt.group(2).strip() == title:
                rows, started = [], False
                for nxt in lines[i + 1:]:
                    s = nxt.strip()
                    if s.startswith("|"):
                        started = True
                        cells = [c.strip().strip("*").strip() for c in s.strip("|").split("|")]
                        if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                            rows.append(cells)
                    elif started and s and not s.startswith(":::"):
                        break
                    elif not started and s and not (s.startswith("ĐVT") or s.startswith(":::")):
                        break
                return rows
        return None

    def compare(self, key: str, tk: str, t: Table) -> None:
        rows = self.table(t.title)
        if rows is None:
            self.failures.append(f"table not found: {t.title}")
            return
        if rows[0] != t.header:
            self.failures.append(f"{t.title}: header {rows[0]} != {t.header}")
        body = rows[1:]
        if len(body) != len(t.rows):
            self.failures.append(f"{t.title}: {len(body)} rows, expected {len(t.rows)}")
            return
        for r, (got, want) in enumerate(zip(body, t.rows)):
            if len(got) != len(want):
                self.failures.append(f"{t.title} row {r + 1}: {len(got)} cells, expected {len(want)}")
                continue
            for g, w in zip(got, want):
                if isinstance(w, str):
                    if g != w:
                        self.failures.append(f"{t.title} row {r + 1}: {g!r} != {w!r}")
                    continue
                if not _NUMCELL.match(g):
                    self.failures.append(f"{t.title} row {r + 1}: {g!r} is no number (expected {w.text()})")
                    continue
                v = vn(g)
                tol = max(abs(w.value) * 0.01, 0.5 * 10 ** -(1 if w.d == "a" else w.d) + 1e-9)
                if abs(v - w.value) > tol:
                    self.failures.append(f"{t.title} row {r + 1}: {g} != {w.text()} (true {fm(w.true, w.d)})")
                if w.planted and not off(v, w.true):
                    self.failures.append(f"{t.title} row {r + 1}: planted {g} not >5 % off the true {fm(w.true, w.d)}")
                if not w.planted and w.shown is None and off(v, w.true, 1.0) and abs(v - w.true) > tol:
                    self.failures.append(f"{t.title} row {r + 1}: {g} differs from the true {fm(w.true, w.d)}")


READY = ("jb01", "jb02", "jb03", "jb04")
REVISE = ("jb05", "jb06", "jb07", "jb08", "jb09", "jb10")
# words a ready plan of each kind must hold (papers it relies on)
READY_HAS = {
    "jb01": ["an toàn thực phẩm", "15/2018/NĐ-CP", "đăng ký môi trường", "bể lắng", "phiếu kết quả thử nghiệm",
             "tự công bố", "hợp đồng"],
    "jb02": ["an toàn thực phẩm", "phiếu kết quả thử nghiệm", "tự công bố", "hợp đồng hợp tác"],
    "jb03": ["an toàn thực phẩm", "phiếu kết quả thử nghiệm", "tự công bố", "hộ kinh doanh"],
    "jb04": ["không phải là thực phẩm", "thẻ treo", "quạt hút", "đăng ký môi trường"],
}
# textual defects: patterns that must NOT be in the plan
LACKS = {
    "jb05": [(r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm", "alcohol licence mentioned")],
    "jb06": [(r"môi trường|chất thải|nước thải|(?<!\w)mùi|xử lý|bể lắng|biogas|(?<!\w)rác|ô nhiễm", "environment mentioned"),
             (r"(?<!\d)148/QĐ-TTg|1489", "current programme cited")],
    "jb07": [(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food safety mentioned")],
    "jb08": [(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng",
              "product standard mentioned"),
             (r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn", "label mentioned")],
    "jb09": [(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|độc quyền", "trademark mentioned")],
    "jb10": [(r"đăng ký kinh doanh|mã số thuế|giấy chứng nhận đăng ký|hộ kinh doanh|hợp tác xã|doanh nghiệp|"
              r"tổ hợp tác|(?<!\w)HTX", "registration mentioned")],
}
HAS = {
    "jb05": ["an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu", "biogas", "đủ nguyên liệu"],
    "jb06": ["1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "an toàn thực phẩm", "nhãn hiệu"],
    "jb07": ["tiêu chuẩn cơ sở", "tự công bố", "nhãn hiệu", "truy xuất", "đáp ứng đủ"],
    "jb08": ["an toàn thực phẩm", "nhãn hiệu", "truy xuất"],
    "jb09": ["an toàn thực phẩm", "tiêu chuẩn cơ sở", "giữ nguyên", "đủ vốn"],
    "jb10": ["công bố sản phẩm mỹ phẩm", "nhãn hiệu", "tiêu chuẩn cơ sở", "43/2017"],
}
SKETCHY = {
    "jb11": dict(figures=["5 thuyền", "2 tấn", "280.000 đồng/kg", "150 triệu"],
                 lacks=r"an toàn thực phẩm|ATTP|tiêu chuẩn cơ sở|công bố|nhãn hiệu|môi trường|đăng ký kinh doanh|hộ kinh doanh"),
    "jb12": dict(figures=["20 hộ", "3.000 con", "140.000 đồng/kg", "200 triệu"],
                 lacks=r"an toàn thực phẩm|ATTP|tiêu chuẩn cơ sở|công bố|nhãn hiệu|môi trường|truy xuất"),
}


def check_full(key: str, pl: Plan) -> None:
    m, pm, p = model(key), printed_model(key), PLANS[key]
    for tk, t in tables(key).items():
        pl.compare(key, tk, t)
    for name, (text, true, shown) in facts(key).items():
        if text not in pl.body and name in USED_FACTS.get(key, ()):
            pl.failures.append(f"figure not in the text: {name} = {text!r}")
        if name in PLANT_FACTS.get(key, {}):
            pl.check(off(shown, true), f"planted {name} {text} not >5 % off the true {fm(true, 1)}")
    # the model's own sanity, planted defects excepted
    pl.check(len(m["groups"]) >= 3 and 15 <= m["households"] <= 40, "member list of 15-40 rows in 3+ hamlets")
    for g in m["groups"]:
        pl.check(len(g[1]) >= 5, f"hamlet {g[0]} has fewer than 5 members")
    for y in range(3):
        if key == "jb07":
            continue
        pl.check(m["out"][y] <= m["cap"] * 0.86, f"{YEARS[y]} output above 86 % of capacity")
    if key == "jb07":  # capacity-exceeded
        pl.check(off(m["out"][2], m["cap"]) and m["out"][2] > m["cap"], "jb07 2029 output not >5 % above capacity")
        pl.check(not any("bể ủ" in x[0].lower() for x in p["inv"]), "jb07 buys no new vat")
    if key == "jb05":  # material-shortfall
        pl.check(m["need"][2] > m["supply"][2] and off(m["need"][2], m["supply"][2]), "jb05 2029 need not >5 % above supply")
    else:
        for y in range(3):
            pl.check(m["spare"][y] >= 0.06 * m["need"][y], f"{YEARS[y]} supply spare under 6 %")
    if key == "jb09":  # capital-mismatch, unrealistic-growth
        pl.check(off(m["src_total"], m["inv_total"]), "jb09 sources not >5 % off the investment")
        pl.check(m["growth"][1] > 50 and m["growth"][2] > 50, "jb09 growth not above 50 %/year")
        pl.check(m["staff"][0] == m["staff"][2], "jb09 staff grows")
    else:
        pl.check(abs(m["src_total"] - m["inv_total"]) < 1e-6, "sources != investment")
        for y in range(3):
            pl.check(m["growth"][y] < 25, f"{YEARS[y]} output growth 25 % or more")
        for y in range(3):
            pl.check(0 < m["margin"][y] < 40, f"{YEARS[y]} margin outside 0-40 %")
    pl.check(abs(pm["payback"] - m["payback"]) < 0.05 or key in ("jb05", "jb08", "jb10"), "payback differs")
    for pat, what in LACKS.get(key, []):
        pl.lacks(pat, what)
    pl.hasi(*HAS.get(key, []))
    if key == "jb10":
        pl.check(re.search(PLACEHOLDER, pl.body) is not None, "jb10 keeps no template placeholder")
    else:
        pl.lacks(PLACEHOLDER, "template placeholder")
    if key in READY:
        pl.hasi("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở", "nhãn hiệu", "truy xuất")
        pl.hasi(*READY_HAS[key])
        pl.lacks(REPLACED, "outdated instrument or district level")
        for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", pl.body):
            pl.check(int(d) >= 2030, f"paper valid only to {d}")
    if key not in ("jb06",):
        pl.lacks(REPLACED, "outdated instrument or district level")


def check_sketchy(key: str, pl: Plan) -> None:
    s = SKETCHY[key]
    words = len(re.findall(r"\w+", re.sub(r"^#+", "", pl.body, flags=re.M)))
    pl.check(150 <= words <= 350, f"{words} words, expected 150-350")
    pl.check(not pl.rows, "a sketchy plan has a table")
    pl.has(*s["figures"])
    pl.lacks(s["lacks"], "paper mentioned")
    pl.lacks(REPLACED, "outdated instrument or district level")


def stems() -> dict[str, str]:
    return {f.stem[:4]: f.stem for f in sorted((HERE / "src").glob("jb*.md"))}


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    found = stems()
    keys = [k for k in found if not argv or k in argv or found[k] in argv]
    plans = []
    for k in keys:
        pl = Plan(found[k])
        if k in PLANS:
            check_full(k, pl)
        else:
            check_sketchy(k, pl)
        plans.append(pl)
    if len(found) != 12 and not argv:
        print(f"FAIL expected 12 plans, found {len(found)}")
        return 1
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
