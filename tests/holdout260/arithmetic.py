"""Holdout set 260 (stem prefix `ja`): every number of the twelve plans recomputed.

Theme: producers aiming to raise their OCOP star rating put a self-assessment against the OCOP
criteria in their plan: points by part (A, B, C; in one plan by sub-group A1…C3) against the
maximum, the points they lack, the actions that are to gain them with the year and the cost of each,
and the score and star expected year by year. The action costs are business figures too: the
equipment actions are items of the investment table, the others make up the cost line of the
year ("Nâng hạng OCOP" and its variants), so tables of points sit beside tables of money.

The constants below are the whole plan in numbers; `model()` turns them into every figure a plan
prints (`shown`), and the same figures as they should be (`true`, the planted overrides left out).
The generator that wrote `src/*.md` (kept outside the repository) imported this module, so every
table cell and every number in the prose comes from here. The checks read each figure back from
the plan's source (tables found by their caption, rows by their label), compare it with `shown`
within 1 %, and compare `shown` with `true`: planted numeric defects must be off by more than 5 %,
their knock-ons are listed, everything else must be equal. Textual defects are asserted through the
absence or presence of their words; the ready plans must cite no replaced instrument.

    .venv/bin/python tests/holdout260/arithmetic.py [KEY ...]     # e.g. ja05 ja06
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
            r"07/2019/TT|01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)|Sở Nông nghiệp và Phát triển nông thôn|Sở Kế hoạch và Đầu tư(?! \(nay)")


def star(total: float) -> int:
    """Star class of a total score (QĐ 148/QĐ-TTg): <30, 30-49, 50-69, 70-89, 90-100."""
    return 1 if total < 30 else 2 if total < 50 else 3 if total < 70 else 4 if total < 90 else 5


# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ per pack by year, packs by year)
# hist: output by year 2024-2026 (base units), average price đ per base unit, margin on revenue
# raws: materials, each (label, unit, norm per base unit of output, price đ per unit,
#       supply rows (label, count by year, count word, yield per count))
# cap: (rating per day in base units, working days, what limits it)
# roles: (role, staff by year); wage: monthly wage by year (triệu đồng)
# pack: packaging đ per pack (per product); energy: đ per base unit; sell: share of revenue
#       (or a fixed list by year); other: fixed triệu a year
# inv: (label, triệu, fixed asset?); src: (label, triệu); life: years of straight-line depreciation
# loan: balance by year (triệu), rate; tax: income-tax rate (companies only) or None
# groups: criteria groups (code, label, maximum, points now) - the code's first letter is the part
# actions: (label, group code, points gained, year, cost triệu or ("inv", index of the inv item))
# plant: printed value -> cell key; knock: cell keys whose printed value follows a planted one
PLANS: dict[str, dict] = {
    "ja01": dict(
        unit="lít",
        products=[("Nước mắm cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, [85000, 87000, 89000], [24000, 27000, 30000]),
                  ("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1, [98000, 101000, 104000], [9000, 10000, 11000]),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, [300000, 310000, 320000], [1200, 1300, 1400])],
        hist=dict(out=[22000, 23500, 25000], price=[112000, 115000, 118000], margin=[0.12, 0.125, 0.13]),
        raws=[("Cá cơm tươi", "kg", 1.2, 30000,
               [("Hai tàu vây của công ty", [2, 2, 2], "tàu", 8000),
                ("Tổ khai thác ven bờ Hải Thịnh (hợp đồng)", [6, 7, 8], "thuyền", 4000)]),
              ("Muối hạt", "kg", 0.35, 3500,
               [("Hợp tác xã muối Thạch Khê (hợp đồng)", [1, 1, 1], "hợp đồng", 15000)])],
        cap=(100, 400, "100 bể chượp × 400 lít/năm"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Chượp, chăm sóc bể", [4, 4, 5]),
               ("Lọc, chiết rót, đóng thùng", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        pack=[6000, 8000, 25000], energy=1500, sell=0.07, other=150,
        inv=[("Bổ sung 20 bể chượp composite 400 lít", 160, True),
             ("Hệ thống lọc, chiết rót, đóng nắp bán tự động", 320, True),
             ("Bể lắng, xử lý nước rửa và khử mùi khu chượp", 180, True),
             ("Nhà kho thành phẩm 80 m²", 350, True),
             ("Xe tải nhẹ giao hàng 1,25 tấn", 450, True),
             ("Bao bì mới, mã vạch, tem truy xuất", 40, False),
             ("Vốn lưu động", 400, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1000)],
        life=10, loan=[1000, 800, 600], rate=0.08, tax=0.17,
        groups=[("A", "Phần A – Sản phẩm và sức mạnh cộng đồng", 40, 24),
                ("B", "Phần B – Khả năng tiếp thị", 25, 13),
                ("C", "Phần C – Chất lượng sản phẩm", 35, 21)],
        actions=[("Xây bể lắng, xử lý nước rửa và khử mùi", "A", 2, 2027, ("inv", 2)),
                 ("Lắp hệ thống lọc, chiết rót bán tự động", "A", 2, 2027, ("inv", 1)),
                 ("Trang web, gian hàng trên sàn thương mại điện tử", "B", 2, 2027, 30),
                 ("Câu chuyện sản phẩm, phim giới thiệu nghề làm mắm", "B", 1, 2027, 20),
                 ("Tư vấn, chứng nhận HACCP", "C", 3, 2027, 85),
                 ("Hợp đồng bao tiêu cá với tổ khai thác ven bờ", "A", 2, 2028, 10),
                 ("Hai hội chợ ngoài tỉnh, 4 đại lý mới", "B", 2, 2028, 60),
                 ("Kiểm nghiệm định kỳ đạm, histamin, kim loại nặng", "C", 2, 2028, 25),
                 ("Đại lý tại Hà Nội và Thành phố Hồ Chí Minh", "B", 2, 2029, 50),
                 ("Đánh giá giám sát HACCP, thử nghiệm dinh dưỡng", "C", 1, 2029, 30)],
        plant={}, knock=[]),
    "ja02": dict(
        unit="kg",
        products=[("Mật ong rừng Sơn Kim, chai 500 g", "chai", 0.5, [210000, 220000, 230000], [5000, 5600, 6200]),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [260000, 270000, 280000], [1800, 2000, 2200]),
                  ("Hộp quà mật ong rừng 2 chai 250 g", "hộp", 0.5, [260000, 270000, 280000], [800, 1000, 1200])],
        hist=dict(out=[3800, 4100, 4400], price=[330000, 340000, 350000], margin=[0.14, 0.15, 0.15]),
        raws=[("Mật ong thô", "kg", 1.06, 150000,
               [("Đàn ong của thành viên", [450, 500, 550], "đàn", 10),
                ("Hộ nuôi ong xã Sơn Hồng (hợp đồng)", [12, 14, 16], "hộ", 100)])],
        cap=(40, 220, "máy hạ thủy phần 40 kg/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Lọc, hạ thủy phần, đóng chai", [2, 2, 2]),
               ("Bán hàng, kho", [1, 1, 2])],
        wage=[5.5, 5.8, 6.1],
        pack=[7000, 9000, 30000], energy=1000, sell=0.06, other=60,
        inv=[("Máy hạ thủy phần mật ong 40 kg/ngày", 180, True),
             ("Phòng lọc, đóng chai 40 m²", 300, True),
             ("Bổ sung 100 thùng ong và đàn giống cho hộ thành viên", 150, True),
             ("Bao bì, hộp quà, tem QR truy xuất", 40, False),
             ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 350), ("Quỹ đầu tư phát triển của hợp tác xã", 120),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=8, loan=[500, 400, 300], rate=0.08, tax=None,
        groups=[("A1", "Tổ chức sản xuất", 14, 9), ("A2", "Phát triển sản phẩm", 13, 8),
                ("A3", "Sức mạnh cộng đồng", 13, 8), ("B1", "Tiếp thị", 18, 10),
                ("B2", "Câu chuyện sản phẩm", 7, 4), ("C1", "Cảm quan, dinh dưỡng, tính độc đáo", 15, 11),
                ("C2", "Tiêu chuẩn, kiểm nghiệm, truy xuất", 15, 10), ("C3", "Khả năng xuất khẩu", 5, 1)],
        actions=[("Máy hạ thủy phần, giữ độ ẩm dưới 20 %", "C1", 2, 2027, ("inv", 0)),
                 ("Phòng lọc, đóng chai riêng 40 m²", "A2", 2, 2027, ("inv", 1)),
                 ("Bao bì, hộp quà mới, tem QR truy xuất", "A2", 1, 2027, ("inv", 3)),
                 ("Bổ sung 100 thùng ong cho hộ thành viên", "A1", 1, 2027, ("inv", 2)),
                 ("Quay phim, viết câu chuyện nghề ong rừng", "B2", 2, 2027, 20),
                 ("Gian hàng sàn điện tử, 5 đại lý mới trong tỉnh", "B1", 2, 2027, 35),
                 ("Kiểm nghiệm định kỳ HMF, độ ẩm, kháng sinh", "C2", 2, 2027, 25),
                 ("Tập huấn kế toán cho ban quản trị", "A3", 1, 2027, 10),
                 ("Hội chợ ngoài tỉnh, 3 đại lý ở Hà Nội", "B1", 2, 2028, 45),
                 ("Chứng nhận VietGAHP nuôi ong cho 20 hộ", "C2", 2, 2028, 60),
                 ("Xuất khẩu thử qua doanh nghiệp thương mại", "C3", 2, 2029, 40)],
        plant={}, knock=[]),
    "ja03": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, [48000, 50000, 52000], [12000, 14000, 16000]),
                  ("Cà gai leo khô cắt đoạn, túi 500 g", "túi", 0.5, [110000, 114000, 118000], [1500, 1700, 1900])],
        hist=dict(out=[1050, 1180, 1300], price=[520000, 535000, 550000], margin=[0.12, 0.13, 0.13]),
        raws=[("Cây cà gai leo tươi", "kg", 4, 15000,
               [("Vườn cà gai leo của hộ", [0.8, 0.8, 0.8], "ha", 6000),
                ("Hộ trồng liên kết thôn Phúc Tăng", [6, 8, 10], "hộ", 400)])],
        cap=(12, 250, "máy sấy bơm nhiệt 12 kg khô/mẻ, 1 mẻ/ngày"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Sơ chế, sấy, cắt", [2, 2, 2]),
               ("Đóng túi lọc, bán hàng", [1, 1, 2])],
        wage=[5.0, 5.3, 5.6],
        pack=[8000, 4000], energy=8000, sell=0.08, other=45,
        inv=[("Máy sấy bơm nhiệt 12 kg/mẻ", 150, True),
             ("Máy đóng gói túi lọc tự động", 220, True),
             ("Cải tạo phòng sơ chế, đóng gói 45 m²", 60, True),
             ("Bao bì, mã vạch, tem QR", 25, False),
             ("Kiểm nghiệm, tự công bố, tiêu chuẩn cơ sở", 15, False),
             ("Nộp đơn đăng ký nhãn hiệu", 10, False),
             ("Vốn lưu động", 120, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=10, loan=[200, 150, 100], rate=0.066, tax=None,
        groups=[("A", "Phần A", 40, 18), ("B", "Phần B", 25, 9), ("C", "Phần C", 35, 17)],
        actions=[("Kiểm nghiệm, tiêu chuẩn cơ sở, tự công bố sản phẩm", "C", 4, 2027, ("inv", 4)),
                 ("Máy sấy bơm nhiệt giữ màu xanh của lá", "C", 2, 2027, ("inv", 0)),
                 ("Bao bì mới, tem QR truy xuất", "A", 2, 2027, ("inv", 3)),
                 ("Nộp đơn đăng ký nhãn hiệu", "B", 1, 2027, ("inv", 5)),
                 ("Câu chuyện sản phẩm, trang mạng xã hội", "B", 1, 2027, 10),
                 ("Hợp đồng liên kết với 8 hộ trồng", "A", 1, 2027, 5),
                 ("Bán qua 3 cửa hàng OCOP, 2 cửa hàng đặc sản", "B", 2, 2028, 20),
                 ("Quy trình, sổ ghi chép kiểm soát nội bộ", "C", 1, 2028, 5),
                 ("Hội chợ, sàn thương mại điện tử", "B", 2, 2029, 25),
                 ("Vườn cà gai leo đạt VietGAP", "A", 2, 2029, 40)],
        plant={}, knock=[]),
    "ja04": dict(
        unit="sản phẩm",
        products=[("Khay trà gỗ xoan đào 40 × 28 cm", "chiếc", 1, [320000, 330000, 340000], [2400, 2600, 2800]),
                  ("Hộp đựng chè gỗ keo khắc laser", "chiếc", 1, [150000, 155000, 160000], [4000, 4400, 4800]),
                  ("Bộ đế lót ly 6 chiếc", "bộ", 1, [90000, 93000, 96000], [3000, 3300, 3600])],
        hist=dict(out=[7600, 8200, 8800], price=[160000, 165000, 170000], margin=[0.10, 0.11, 0.115]),
        raws=[("Gỗ xẻ rừng trồng (keo, xoan đào)", "m³", 0.004, 6500000,
               [("Xưởng xẻ gỗ Phú Lễ (hợp đồng)", [1, 1, 1], "xưởng", 30),
                ("Hộ trồng rừng thôn Yên Lạc", [4, 4, 5], "hộ", 4)])],
        cap=(50, 280, "máy CNC và 2 máy khắc laser, 50 sản phẩm/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Pha gỗ, tạo phôi", [3, 3, 3]),
               ("Chạm, khắc, chà nhám", [5, 5, 6]), ("Sơn, đóng gói, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.3, 5.6],
        pack=[9000, 4000, 3000], energy=3000, sell=0.07, other=60,
        inv=[("Máy CNC khắc gỗ 4 trục", 250, True),
             ("Hai máy khắc laser", 120, True),
             ("Hệ thống hút bụi, buồng sơn có màng lọc", 150, True),
             ("Mở rộng xưởng 120 m²", 200, True),
             ("Thiết kế mẫu, hộp, thẻ treo", 30, False),
             ("Đăng ký nhãn hiệu", 20, False),
             ("Vốn lưu động", 230, False)],
        src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 400)],
        life=10, loan=[400, 300, 200], rate=0.066, tax=None,
        groups=[("A", "A. Sản phẩm và sức mạnh cộng đồng", 40, 20),
                ("B", "B. Khả năng tiếp thị", 25, 10),
                ("C", "C. Chất lượng sản phẩm", 35, 17)],
        actions=[("Hút bụi, buồng sơn có màng lọc", "A", 2, 2027, ("inv", 2)),
                 ("Máy CNC, mẫu khay mới", "A", 2, 2027, ("inv", 0)),
                 ("Hộp, thẻ treo đủ nội dung nhãn", "A", 1, 2027, ("inv", 4)),
                 ("Đăng ký nhãn hiệu", "B", 2, 2027, ("inv", 5)),
                 ("Tiêu chuẩn cơ sở, công bố chất lượng", "C", 2, 2027, 15),
                 ("Câu chuyện, phim ngắn về nghề mộc", "B", 2, 2028, 20),
                 ("Hội chợ, 2 cửa hàng lưu niệm Hà Nội", "B", 2, 2028, 40),
                 ("Mẫu khay dự thi thủ công mỹ nghệ", "C", 2, 2029, 15),
                 ("Xuất khẩu thử qua doanh nghiệp", "C", 1, 2029, 30)],
        plant={}, knock=[]),
    "ja05": dict(
        unit="lít",
        products=[("Rượu sim 29 độ, chai 500 ml", "chai", 0.5, [95000, 100000, 105000], [16000, 18000, 20000]),
                  ("Rượu nếp sim 35 độ, bình sứ 1 lít", "bình", 1, [230000, 240000, 250000], [2000, 2300, 2600]),
                  ("Rượu nếp sim 29 độ, can 5 lít", "can", 5, [550000, 570000, 590000], [400, 450, 500])],
        hist=dict(out=[9500, 10300, 11100], price=[150000, 155000, 160000], margin=[0.12, 0.13, 0.13]),
        raws=[("Gạo nếp", "kg", 1.3, 28000,
               [("Ruộng nếp của thành viên", [45, 45, 45], "hộ", 500)]),
              ("Quả sim chín", "kg", 0.5, 25000,
               [("Đồi sim của hợp tác xã", [6, 6, 6], "ha", 1500),
                ("Hộ hái sim thôn Trung Sơn", [20, 20, 20], "hộ", 100)])],
        cap=(80, 250, "2 nồi chưng cất × 40 lít/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [3, 3, 3]),
               ("Lọc, hạ thổ, chiết chai", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        pack=[15000, 45000, 20000], energy=4000, sell=0.08, other=80,
        inv=[("Kho hạ thổ rượu 60 m²", 300, True),
             ("Máy lọc, khử andehit, chiết rót", 350, True),
             ("Chum sành ủ rượu", 60, True),
             ("Hầm biogas, bể chứa bã rượu", 90, True),
             ("Thiết kế nhãn, hộp, tem truy xuất", 50, False),
             ("Vốn lưu động", 400, False)],
        src=[("Vốn góp của thành viên", 550), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 550, 400], rate=0.08, tax=None,
        groups=[("A", "A – Sản phẩm và sức mạnh cộng đồng", 40, 23),
                ("B", "B – Khả năng tiếp thị", 25, 12),
                ("C", "C – Chất lượng sản phẩm", 35, 19)],
        actions=[("Máy lọc, khử andehit", "C", 3, 2027, ("inv", 1)),
                 ("Nhãn mới có cảnh báo, hộp, tem truy xuất", "A", 2, 2027, ("inv", 4)),
                 ("Hầm biogas xử lý bã rượu", "A", 1, 2027, ("inv", 3)),
                 ("Câu chuyện rượu sim, phim ngắn", "B", 2, 2027, 20),
                 ("Kiểm nghiệm định kỳ methanol, andehit", "C", 2, 2028, 20),
                 ("Đại lý ở Vinh, Hà Nội; sàn điện tử", "B", 2, 2028, 45),
                 ("Hội chợ OCOP ngoài tỉnh", "B", 1, 2029, 35),
                 ("Mở rộng liên kết vùng sim 10 ha", "A", 2, 2029, 15)],
        plant={"pts.T.now": 61, "payback": 1.5}, knock=["rate.T"]),
    "ja06": dict(
        unit="kg",
        products=[("Mắm tôm Xuân Hội, hũ 250 g", "hũ", 0.25, [30000, 31000, 32000], [30000, 33000, 36000]),
                  ("Mắm tôm Xuân Hội, hũ 500 g", "hũ", 0.5, [55000, 57000, 59000], [8000, 9000, 10000]),
                  ("Mắm tôm, xô 2 kg cho nhà hàng", "xô", 2, [190000, 195000, 200000], [1000, 1100, 1200])],
        hist=dict(out=[11000, 11800, 12600], price=[98000, 102000, 106000], margin=[0.11, 0.12, 0.12]),
        raws=[("Tôm moi (ruốc) tươi", "kg", 1.1, 28000,
               [("Thuyền đánh ruốc của thành viên", [8, 8, 8], "thuyền", 1500),
                ("Nậu vựa bến Xuân Hội (hợp đồng)", [1, 1, 1], "vựa", 8000)]),
              ("Muối hạt", "kg", 0.2, 4000,
               [("Diêm dân thôn Hải Thanh (hợp đồng)", [1, 1, 1], "hợp đồng", 5000)])],
        cap=(96, 250, "80 chum ủ, 3 mẻ/năm × 100 kg"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Ủ, phơi, đảo chượp", [3, 3, 3]),
               ("Xay, đóng hũ", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6],
        pack=[3500, 5000, 15000], energy=1200, sell=[90, 100, 110], other=50,
        inv=[("Nhà ủ chượp có mái che 150 m²", 300, True),
             ("40 chum sành và giàn phơi inox", 80, True),
             ("Máy xay, máy chiết hũ bán tự động", 150, True),
             ("Hũ, nắp, thùng và thiết kế bao bì", 40, False),
             ("Vốn lưu động", 230, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 200, 100], rate=0.066, tax=None,
        groups=[("A", "Phần A: Sản phẩm và sức mạnh cộng đồng", 35, 19),
                ("B", "Phần B: Khả năng tiếp thị", 25, 12),
                ("C", "Phần C: Chất lượng sản phẩm", 40, 22)],
        actions=[("Nhà ủ chượp có mái che", "A", 2, 2027, ("inv", 0)),
                 ("Máy xay, máy chiết hũ", "A", 1, 2027, ("inv", 2)),
                 ("Thiết kế lại hũ, nhãn", "A", 1, 2027, ("inv", 3)),
                 ("Câu chuyện sản phẩm, tờ rơi", "B", 2, 2027, 10),
                 ("Kiểm nghiệm, tự công bố", "C", 3, 2027, 20),
                 ("Đại lý ở Vinh và Hà Tĩnh", "B", 2, 2028, 30),
                 ("Hội chợ, sàn điện tử", "B", 1, 2029, 25)],
        plant={"rev.0.0": 1050.0},
        knock=["rev.0", "profit.0", "margin.0", "grev.0", "grev.1", "avgprofit", "payback"]),
    "ja07": dict(
        unit="kg",
        products=[("Nấm linh chi đỏ thái lát, túi 250 g", "túi", 0.25, [180000, 183000, 186000], [4000, 4600, 5300]),
                  ("Nấm linh chi nguyên tai, hộp 500 g", "hộp", 0.5, [380000, 385000, 390000], [1200, 1400, 1600]),
                  ("Trà linh chi túi lọc, hộp 20 túi × 3 g", "hộp", 0.06, [75000, 78000, 81000], [3000, 3500, 4000])],
        hist=dict(out=[1300, 1450, 1600], price=[690000, 700000, 710000], margin=[0.13, 0.14, 0.14]),
        raws=[("Nấm linh chi tươi", "kg", 3.2, 70000,
               [("Nhà trồng của tổ hợp tác", [3, 3, 3], "nhà", 1500),
                ("Hộ tổ viên trồng tại nhà", [6, 6, 6], "hộ", 250)])],
        cap=(20, 250, "máy sấy 20 kg khô/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Cấy phôi, chăm sóc, thu hái", [3, 3, 3]),
               ("Sấy, thái, đóng gói", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6],
        pack=[5000, 15000, 9000], energy=10000, sell=0.07, other=40,
        inv=[("Cải tạo 3 nhà trồng, hệ thống tưới phun sương", 200, True),
             ("Máy sấy lạnh 20 kg khô/ngày", 260, True),
             ("Máy thái lát, máy hút chân không", 90, True),
             ("Bao bì, hộp, tem QR", 40, False),
             ("Vốn lưu động", 210, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Quỹ hỗ trợ nông dân tỉnh", 400)],
        life=10, loan=[400, 300, 200], rate=0.06, tax=None,
        groups=[("A", "Phần A", 40, 21), ("B", "Phần B", 25, 11), ("C", "Phần C", 35, 18)],
        actions=[("Máy sấy lạnh giữ màu, giữ hoạt chất", "C", 3, 2027, ("inv", 1)),
                 ("Hộp mới, tem QR", "A", 2, 2027, ("inv", 3)),
                 ("Câu chuyện sản phẩm, phim ngắn", "B", 2, 2027, 15),
                 ("Nhật ký trồng, truy xuất theo nhà trồng", "C", 1, 2027, 5),
                 ("3 cửa hàng OCOP, 4 nhà thuốc đông y", "B", 2, 2028, 30),
                 ("Đăng ký nhãn hiệu", "B", 1, 2028, 15),
                 ("Hội chợ ngoài tỉnh", "B", 1, 2029, 30),
                 ("Tập huấn kỹ thuật trồng cho hộ tổ viên", "A", 2, 2029, 10)],
        plant={}, knock=[]),
    "ja08": dict(
        unit="bánh",
        products=[("Xà phòng tinh dầu bưởi, bánh 100 g", "bánh", 1, [45000, 46000, 47000], [20000, 23000, 26000]),
                  ("Xà phòng sả chanh – nghệ, bánh 100 g", "bánh", 1, [45000, 46000, 47000], [12000, 14000, 16000]),
                  ("Hộp quà 4 bánh xà phòng thảo dược", "hộp", 4, [170000, 174000, 178000], [1500, 1800, 2100])],
        hist=dict(out=[26000, 29000, 32000], price=[40000, 41500, 43000], margin=[0.12, 0.13, 0.14]),
        raws=[("Dầu thực vật (dầu dừa, dầu lạc)", "kg", 0.07, 60000,
               [("Cơ sở ép dầu lạc Thuận Lộc (hợp đồng)", [1, 1, 1], "cơ sở", 2000),
                ("Đại lý dầu dừa Bến Thủy (hợp đồng)", [1, 1, 1], "đại lý", 2000)]),
              ("Vỏ bưởi, sả, nghệ tươi", "kg", 0.25, 5000,
               [("Hộ trồng bưởi, sả, nghệ thôn Thuận Hòa", [30, 30, 30], "hộ", 500)])],
        cap=(250, 260, "khuôn đổ và máy cắt bánh 250 bánh/ngày"),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Chưng cất, nấu, đổ khuôn, ủ bánh", [4, 4, 5]),
               ("Đóng gói, bán hàng", [3, 3, 3])],
        wage=[6.0, 6.3, 6.6],
        pack=[3500, 3500, 28000], energy=800, sell=0.10, other=100,
        inv=[("Nồi chưng cất tinh dầu inox 200 lít", 180, True),
             ("Nồi nấu, khuôn đổ, máy cắt bánh", 220, True),
             ("Phòng ủ bánh có điều hòa, hút ẩm 50 m²", 250, True),
             ("Thiết kế hộp, túi giấy", 60, False),
             ("Hồ sơ công bố mỹ phẩm, thử nghiệm", 40, False),
             ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của cổ đông", 500), ("Vay Ngân hàng thương mại cổ phần", 350)],
        life=10, loan=[350, 250, 150], rate=0.085, tax=None,
        groups=[("A", "Phần A", 40, 22), ("B", "Phần B", 25, 12), ("C", "Phần C", 35, 20)],
        actions=[("Nồi chưng cất tinh dầu riêng", "A", 2, 2027, ("inv", 0)),
                 ("Phòng ủ bánh kiểm soát nhiệt độ, độ ẩm", "C", 2, 2027, ("inv", 2)),
                 ("Hộp, túi giấy mới", "A", 1, 2027, ("inv", 3)),
                 ("Thuê [ghi tên đơn vị tư vấn] lập hồ sơ công bố, thử nghiệm", "C", 3, 2027, ("inv", 4)),
                 ("Câu chuyện sản phẩm", "B", 2, 2027, 15),
                 ("Cửa hàng OCOP, khách sạn, spa", "B", 2, 2028, 40),
                 ("Đăng ký nhãn hiệu", "B", 1, 2028, 15),
                 ("Hội chợ, sàn điện tử", "B", 1, 2029, 35)],
        plant={}, knock=[]),
    "ja09": dict(
        unit="kg",
        products=[("Chè xanh búp khô, túi 200 g", "túi", 0.2, [70000, 72000, 74000], [6000, 12000, 21000]),
                  ("Chè xanh búp khô, hộp giấy 500 g", "hộp", 0.5, [170000, 174000, 178000], [1200, 2400, 4200])],
        hist=dict(out=[1400, 1500, 1600], price=[310000, 315000, 320000], margin=[0.10, 0.11, 0.11]),
        raws=[("Búp chè tươi", "kg", 4.5, 18000,
               [("Đồi chè của hộ", [1, 1, 1], "ha", 9000),
                ("Hộ trồng chè liên kết", [5, 14, 25], "hộ", 1400)])],
        cap=(30, 250, "2 máy sao chè × 15 kg khô/ngày"),
        roles=[("Chủ hộ, sổ sách, bán hàng", [1, 1, 1]), ("Hái, vò, sao, đóng gói chè", [2, 2, 2])],
        wage=[4.5, 4.7, 4.9],
        pack=[4000, 10000], energy=18000, sell=0.12, other=40,
        inv=[("Máy sao chè thứ hai 15 kg/ngày", 120, True),
             ("Máy vò chè, máy hút chân không", 90, True),
             ("Nhà sao chè 60 m²", 150, True),
             ("Túi, hộp giấy mới", 20, False),
             ("Vốn lưu động", 120, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=10, loan=[200, 150, 100], rate=0.066, tax=None,
        groups=[("A", "Phần A", 40, 19), ("B", "Phần B", 25, 8), ("C", "Phần C", 35, 17)],
        actions=[("Máy sao chè thứ hai", "A", 1, 2027, ("inv", 0)),
                 ("Hộp giấy mới", "A", 1, 2027, ("inv", 3)),
                 ("Kiểm nghiệm, tự công bố", "C", 3, 2027, 15),
                 ("Câu chuyện sản phẩm", "B", 2, 2027, 10),
                 ("Trang mạng xã hội, sàn điện tử", "B", 2, 2028, 15),
                 ("Vườn chè VietGAP", "A", 2, 2028, 35),
                 ("Hội chợ trong tỉnh", "B", 1, 2029, 20)],
        plant={"profit.1": 520.0}, knock=["margin.1", "avgprofit", "payback"]),
    "ja10": dict(
        unit="kg",
        products=[("Chả cá thu hấp, gói 500 g", "gói", 0.5, [120000, 125000, 130000], [36000, 45000, 50000]),
                  ("Chả cá rán, khay 300 g", "khay", 0.3, [70000, 73000, 76000], [30000, 36000, 40000]),
                  ("Chả cá viên, túi 1 kg cho nhà hàng", "túi", 1, [150000, 155000, 160000], [6000, 7200, 8000])],
        hist=dict(out=[24000, 26000, 28000], price=[200000, 205000, 210000], margin=[0.08, 0.085, 0.09]),
        raws=[("Cá thu, cá mối tươi", "kg", 1.7, 58000,
               [("Tàu cá bến Cửa Sót (hợp đồng)", [13, 15, 16], "tàu", 5000),
                ("Vựa cá Thạch Kim (hợp đồng)", [1, 1, 1], "vựa", 8000)])],
        cap=(150, 260, "máy quết chả 150 kg/ngày"),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Sơ chế cá", [4, 4, 4]),
               ("Quết, định hình, hấp, rán", [6, 6, 6]), ("Đóng gói, kho lạnh", [4, 4, 4]),
               ("Bán hàng, giao hàng", [3, 3, 3])],
        wage=[7.0, 7.3, 7.6],
        pack=[4500, 4000, 5000], energy=6000, sell=0.08, other=400,
        inv=[("Kho lạnh 40 m³", 450, True),
             ("Xe tải lạnh 1,5 tấn", 650, True),
             ("Máy đóng gói hút chân không", 180, True),
             ("Cải tạo khu sơ chế, bể lắng nước rửa", 220, True),
             ("Thiết kế bao bì", 50, False),
             ("Vốn lưu động", 650, False)],
        src=[("Vốn chủ sở hữu", 1200), ("Vay Ngân hàng thương mại", 1000)],
        life=10, loan=[1000, 800, 600], rate=0.085, tax=0.17,
        groups=[("A", "Sản phẩm và sức mạnh cộng đồng", 40, 23),
                ("B", "Khả năng tiếp thị", 25, 13),
                ("C", "Chất lượng sản phẩm", 35, 20)],
        actions=[("Kho lạnh, xe tải lạnh", "A", 2, 2027, ("inv", 0)),
                 ("Máy đóng gói hút chân không", "A", 1, 2027, ("inv", 2)),
                 ("Bể lắng nước rửa, khu sơ chế mới", "A", 1, 2027, ("inv", 3)),
                 ("Kiểm nghiệm, tiêu chuẩn cơ sở, tự công bố", "C", 3, 2027, 25),
                 ("Siêu thị ở Vinh, Hà Nội", "B", 2, 2028, 80),
                 ("Câu chuyện sản phẩm, video", "B", 2, 2028, 25),
                 ("Dòng chả cá ít muối", "C", 2, 2029, 40),
                 ("Hội chợ OCOP quốc gia", "B", 1, 2029, 50)],
        plant={}, knock=[]),
}

SKETCHY: dict[str, dict] = {
    "ja11": dict(has=["800 chiếc", "3.000 đồng/chiếc", "80 triệu đồng", "khoảng 35 điểm", "chưa đăng ký kinh doanh"],
                 lacks=[(r"an toàn thực phẩm|tiêu chuẩn|nhãn|truy xuất|môi trường|giấy chứng nhận|huyện",
                         "a paper the family does not have")]),
    "ja12": dict(has=["4 phòng", "350.000 đồng/đêm", "1.500 lượt khách", "300 triệu đồng", "khoảng 42 điểm",
                      "28G8002751"],
                 lacks=[(r"an toàn thực phẩm|nhãn hiệu|môi trường|truy xuất|tiêu chuẩn|huyện",
                         "a paper the household does not have")]),
}


# --------------------------------------------------------------------------- the model
def model(key: str, planted: bool = True) -> dict:
    """Every figure of plan `key`, as printed (planted=True) or as it should be (False).

    Cell keys: out.Y, pack.i.Y, price.i.Y, rev.i.Y, rev.Y, need.r.Y, sup.r.j.Y, sup.r.Y,
    cap, use.Y, staff.k.Y, staff.Y, fund.Y, cost.<line>.Y, cost.Y, profit.Y, margin.Y, tax.Y,
    net.Y, inv.i, inv, fixed, dep, src.j, src, share.j, payback, hist.*, pts.<code>.<when>, ...
    """
    P = PLANS[key]
    plant = P.get("plant", {}) if planted else {}
    c: dict[str, float] = {}

    def put(k, v):
        c[k] = plant.get(k, v)
        return c[k]

    # history
    for t, yr in enumerate(HIST):
        out = put(f"hist.out.{t}", P["hist"]["out"][t])
        pr = put(f"hist.price.{t}", P["hist"]["price"][t])
        rev = put(f"hist.rev.{t}", round(out * pr / 1e6, 1))
        put(f"hist.profit.{t}", round(rev * P["hist"]["margin"][t], 1))
    # output, revenue
    for y in range(3):
        out = 0.0
        for i, (lab, pw, size, prices, packs) in enumerate(P["products"]):
            q = put(f"pack.{i}.{y}", packs[y])
            pr = put(f"price.{i}.{y}", prices[y])
            put(f"rev.{i}.{y}", round(q * pr / 1e6, 1))
            out += q * size
        put(f"out.{y}", round(out, 1))
        put(f"rev.{y}", round(sum(c[f"rev.{i}.{y}"] for i in range(len(P["products"]))), 1))
    for y in range(3):
        prev = c[f"out.{y - 1}"] if y else c["hist.out.2"]
        put(f"gout.{y}", round((c[f"out.{y}"] / prev - 1) * 100, 1))
        prevr = c[f"rev.{y - 1}"] if y else c["hist.rev.2"]
        put(f"grev.{y}", round((c[f"rev.{y}"] / prevr - 1) * 100, 1))
    # raw materials
    for r, (lab, unit, norm, price, rows) in enumerate(P["raws"]):
        for y in range(3):
            put(f"need.{r}.{y}", round(c[f"out.{y}"] * norm, 2))
            tot = 0.0
            for j, (rl, counts, cw, yld) in enumerate(rows):
                put(f"cnt.{r}.{j}.{y}", counts[y])
                put(f"yld.{r}.{j}", yld)
                tot += put(f"sup.{r}.{j}.{y}", round(c[f"cnt.{r}.{j}.{y}"] * c[f"yld.{r}.{j}"], 2))
            put(f"sup.{r}.{y}", round(tot, 2))
            put(f"bal.{r}.{y}", round(c[f"sup.{r}.{y}"] - c[f"need.{r}.{y}"], 2))
    # capacity
    rating, days, _ = P["cap"]
    put("cap", rating * days)
    for y in range(3):
        put(f"use.{y}", round(c[f"out.{y}"] / c["cap"] * 100, 1))
    # staff
    for y in range(3):
        for k, (role, n) in enumerate(P["roles"]):
            put(f"staff.{k}.{y}", n[y])
        put(f"staff.{y}", sum(c[f"staff.{k}.{y}"] for k in range(len(P["roles"]))))
        put(f"wage.{y}", P["wage"][y])
        put(f"fund.{y}", round(c[f"staff.{y}"] * c[f"wage.{y}"] * 12, 1))
    # investment and sources
    for i, (lab, amt, fixed) in enumerate(P["inv"]):
        put(f"inv.{i}", amt)
    put("inv", sum(c[f"inv.{i}"] for i in range(len(P["inv"]))))
    put("fixed", sum(c[f"inv.{i}"] for i, x in enumerate(P["inv"]) if x[2]))
    for j, (lab, amt) in enumerate(P["src"]):
        put(f"src.{j}", amt)
    put("src", sum(c[f"src.{j}"] for j in range(len(P["src"]))))
    for j in range(len(P["src"])):
        put(f"share.{j}", round(c[f"src.{j}"] / c["src"] * 100, 1))
    put("share.T", round(sum(c[f"share.{j}"] for j in range(len(P["src"]))), 1))
    put("rating", rating)
    put("days", days)
    put("dep", round(c["fixed"] / P["life"], 1))
    # OCOP actions: cost by year (operating ones) and all
    acts = P["actions"]
    for a, (lab, code, pts, yr, cost) in enumerate(acts):
        put(f"act.{a}", c[f"inv.{cost[1]}"] if isinstance(cost, tuple) else cost)
        put(f"actpts.{a}", pts)
        put(f"actyr.{a}", yr)
    for y, yr in enumerate(YEARS):
        put(f"actop.{y}", round(sum(c[f"act.{a}"] for a, x in enumerate(acts)
                                    if x[3] == yr and not isinstance(x[4], tuple)), 1))
        put(f"actall.{y}", round(sum(c[f"act.{a}"] for a, x in enumerate(acts) if x[3] == yr), 1))
    put("actall", round(sum(c[f"actall.{y}"] for y in range(3)), 1))
    # costs
    lines = []
    for y in range(3):
        for r, (lab, unit, norm, price, rows) in enumerate(P["raws"]):
            put(f"cost.raw{r}.{y}", round(c[f"need.{r}.{y}"] * price / 1e6, 1))
        put(f"cost.pack.{y}", round(sum(c[f"pack.{i}.{y}"] * P["pack"][i]
                                        for i in range(len(P["products"]))) / 1e6, 1))
        put(f"cost.energy.{y}", round(c[f"out.{y}"] * P["energy"] / 1e6, 1))
        put(f"cost.wage.{y}", c[f"fund.{y}"])
        put(f"cost.dep.{y}", c["dep"])
        put(f"cost.interest.{y}", round(P["loan"][y] * P["rate"], 1))
        sell = P["sell"]
        put(f"cost.sell.{y}", round(sell[y] if isinstance(sell, list) else sell * c[f"rev.{y}"], 1))
        put(f"cost.ocop.{y}", c[f"actop.{y}"])
        put(f"cost.other.{y}", P["other"])
        lines = [f"raw{r}" for r in range(len(P["raws"]))] + [
            "pack", "energy", "wage", "dep", "interest", "sell", "ocop", "other"]
        put(f"cost.{y}", round(sum(c[f"cost.{ln}.{y}"] for ln in lines), 1))
        put(f"profit.{y}", round(c[f"rev.{y}"] - c[f"cost.{y}"], 1))
        put(f"margin.{y}", round(c[f"profit.{y}"] / c[f"rev.{y}"] * 100, 1))
        if P["tax"]:
            put(f"tax.{y}", round(c[f"profit.{y}"] * P["tax"], 1))
            put(f"net.{y}", round(c[f"profit.{y}"] - c[f"tax.{y}"], 1))
    c["_lines"] = lines
    base = "net" if P["tax"] else "profit"
    put("avgprofit", round(sum(c[f"{base}.{y}"] for y in range(3)) / 3, 1))
    put("payback", round(c["inv"] / (c["avgprofit"] + c["dep"]), 1))
    # points
    parts = sorted({g[0][0] for g in P["groups"]})
    for code, lab, mx, now in P["groups"]:
        put(f"max.{code}", mx)
        put(f"pts.{code}.now", now)
        put(f"lack.{code}", mx - now)
        run = now
        for y, yr in enumerate(YEARS):
            run += sum(x[2] for x in acts if x[1] == code and x[3] == yr)
            put(f"pts.{code}.{y}", run)
    if len(P["groups"]) > 3:  # sub-groups: parts are their sums
        for p in parts:
            subs = [g[0] for g in P["groups"] if g[0][0] == p]
            put(f"max.{p}", sum(c[f"max.{s}"] for s in subs))
            for w in ("now", "0", "1", "2"):
                put(f"pts.{p}.{w}", sum(c[f"pts.{s}.{w}"] for s in subs))
            put(f"lack.{p}", c[f"max.{p}"] - c[f"pts.{p}.now"])
    put("max.T", sum(c[f"max.{p}"] for p in parts))
    for w in ("now", "0", "1", "2"):
        put(f"pts.T.{w}", sum(c[f"pts.{p}.{w}"] for p in parts))
        put(f"star.{w}", star(c[f"pts.T.{w}"]))
    put("lack.T", sum(c[f"lack.{p}"] for p in parts))
    for code in [g[0] for g in P["groups"]] + (parts if len(P["groups"]) > 3 else []) + ["T"]:
        put(f"rate.{code}", round(c[f"pts.{code}.now"] / c[f"max.{code}"] * 100, 1))
    put("gain.all", sum(x[2] for x in acts))
    for y in range(3):
        for p in parts:
            put(f"gain.{p}.{y}", sum(x[2] for x in acts if x[1][0] == p and x[3] == YEARS[y]))
        put(f"gain.T.{y}", sum(c[f"gain.{p}.{y}"] for p in parts))
    return c


# --------------------------------------------------------------------------- number format
MONEY = ("rev.", "cost.", "profit.", "tax.", "net.", "fund.", "hist.rev.", "hist.profit.", "actop.",
         "actall", "dep", "avgprofit")
RATE = ("margin.", "use.", "share.", "gout.", "grev.", "rate.", "wage.", "payback")
WHOLE = ("inv", "src", "act")  # amounts in whole triệu (printed without decimals when whole)


def vnum(x: float, dec: int = 0) -> str:
    """Vietnamese number: dot for thousands, comma for decimals."""
    neg = x < 0
    s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return ("−" if neg else "") + s


def fmt(key: str, v: float, how: str | None = None) -> str:
    """A cell as the plans print it: money in triệu with one decimal, rates with one decimal,
    whole amounts of investment without decimals, counts and prices in whole units."""
    if how is not None:
        return vnum(v, int(how))
    if key.startswith(("actyr.", "actpts.", "pts.", "max.", "lack.", "gain.", "star.")):
        return str(int(v))
    if key.startswith(WHOLE):
        return vnum(v, 0 if float(v).is_integer() else 1)
    if key.startswith(MONEY) or key.startswith(RATE):
        return vnum(v, 1)
    return vnum(v, 0 if float(v).is_integer() else 1)


def render(template: str, c: dict) -> str:
    """A prose template of the generator: {key} or {key:DEC} replaced by the model's figure."""
    def one(m):
        key, _, how = m.group(1).partition(":")
        return fmt(key, c[key], how or None)
    return re.sub(r"\{([a-zA-Z0-9_.]+(?::\d)?)\}", one, template)


# --------------------------------------------------------------------------- table layouts
# Each plan lists its computed tables: (kind, caption, options). `specs()` turns them into the
# layout the generator printed: header, unit line, and rows (label, text cells, cell keys).
def _y(prefix: str, years=range(3)) -> list[str]:
    return [f"{prefix}.{y}" for y in years]


def specs(key: str) -> list[dict]:
    P = PLANS[key]
    unit = P["unit"]
    out = []
    for kind, caption, o in TABLES[key]:
        o = dict(o)
        yh = [f"Năm {yr}" for yr in YEARS]
        rows: list[tuple[str, list[str], list[str]]] = []
        head, uline = None, None
        if kind == "hist":
            head = ["TT", "Chỉ tiêu"] + [f"Năm {yr}" for yr in HIST]
            rows = [(f"Sản lượng ({unit})", [], _y("hist.out")),
                    (f"Giá bán bình quân (đồng/{unit})", [], _y("hist.price")),
                    ("Doanh thu (triệu đồng)", [], _y("hist.rev")),
                    ("Lợi nhuận (triệu đồng)", [], _y("hist.profit"))]
        elif kind == "raw":
            r = o["r"]
            lab, u, norm, price, srows = P["raws"][r]
            head = ["TT", "Nguồn cung", f"Mức/đơn vị ({u})"] + yh
            uline = f"ĐVT: {u}"
            rows = [(rl, [], [f"yld.{r}.{j}"] + _y(f"sup.{r}.{j}")) for j, (rl, *_x) in enumerate(srows)]
            rows.append(("Tổng nguồn cung", [""], _y(f"sup.{r}")))
            rows.append((o.get("need", "Nhu cầu cho sản xuất"), [""], _y(f"need.{r}")))
            if o.get("bal", True):
                rows.append(("Còn dư", [""], _y(f"bal.{r}")))
        elif kind == "staff":
            head = ["TT", "Bộ phận"] + yh
            rows = [(role, [], _y(f"staff.{k}")) for k, (role, n) in enumerate(P["roles"])]
            rows += [("Tổng số lao động", [], _y("staff")),
                     ("Lương bình quân (triệu đồng/người/tháng)", [], _y("wage")),
                     ("Quỹ lương (triệu đồng/năm)", [], _y("fund"))]
        elif kind == "prod":
            head = ["TT", "Sản phẩm", "ĐVT"] + yh
            rows = [(lab, [pw], _y(f"pack.{i}")) for i, (lab, pw, *_x) in enumerate(P["products"])]
            rows.append((f"Tổng sản lượng quy đổi ({unit})", [unit], _y("out")))
            if o.get("cap", True):
                rows.append((f"Công suất thiết kế ({unit}/năm)", [unit], ["cap"] * 3))
            if o.get("use", True):
                rows.append(("Mức sử dụng công suất", ["%"], _y("use")))
        elif kind == "price":
            head = ["TT", "Sản phẩm", "ĐVT"] + yh
            uline = "ĐVT giá: đồng"
            rows = [(lab, [pw], _y(f"price.{i}")) for i, (lab, pw, *_x) in enumerate(P["products"])]
        elif kind == "rev":
            head = ["TT", "Sản phẩm"] + yh
            uline = "ĐVT: triệu đồng"
            rows = [(lab, [], _y(f"rev.{i}")) for i, (lab, *_x) in enumerate(P["products"])]
            rows.append(("Tổng doanh thu", [], _y("rev")))
        elif kind == "cost":
            head = ["TT", "Khoản mục chi phí"] + yh
            uline = "ĐVT: triệu đồng"
            names = dict(o["names"])
            for ln in P_LINES(P):
                rows.append((names[ln], [], _y(f"cost.{ln}")))
            rows.append(("Tổng chi phí", [], _y("cost")))
        elif kind == "inv":
            head = ["TT", "Hạng mục", "Thành tiền"]
            uline = "ĐVT: triệu đồng"
            rows = [(lab, [], [f"inv.{i}"]) for i, (lab, *_x) in enumerate(P["inv"])]
            rows.append(("Tổng vốn đầu tư", [], ["inv"]))
        elif kind == "src":
            head = ["TT", "Nguồn vốn", "Số tiền (triệu đồng)", "Tỷ lệ (%)"]
            rows = [(lab, [], [f"src.{j}", f"share.{j}"]) for j, (lab, amt) in enumerate(P["src"])]
            rows.append(("Tổng nguồn vốn", [], ["src", "share.T"]))
        elif kind == "sum":
            head = ["TT", "Chỉ tiêu"] + yh
            uline = "ĐVT: triệu đồng"
            rows = [("Doanh thu", [], _y("rev")), ("Tổng chi phí", [], _y("cost"))]
            if P["tax"]:
                rows += [("Lợi nhuận trước thuế", [], _y("profit")),
                         (o.get("taxlabel", "Thuế thu nhập doanh nghiệp"), [], _y("tax")),
                         ("Lợi nhuận sau thuế", [], _y("net"))]
            else:
                rows.append(("Lợi nhuận", [], _y("profit")))
            rows.append(("Tỷ suất lợi nhuận trên doanh thu (%)", [], _y("margin")))
        elif kind == "score":  # by group: the columns named in o["cols"]
            cols = o["cols"]
            head = o["head"]
            codes = [g[0] for g in P["groups"]]
            subs = len(codes) > 3
            for code, lab, mx, now in P["groups"]:
                rows.append((lab, [], [_col(cc, code) for cc in cols]))
                if subs and (code == codes[-1] or codes[codes.index(code) + 1][0] != code[0]):
                    rows.append((f"Cộng phần {code[0]}", [], [_col(cc, code[0]) for cc in cols]))
            rows.append((o.get("total", "Tổng cộng"), [], [_col(cc, "T") for cc in o.get("tcols", cols)]))
            if o.get("star"):
                rows.append(("Hạng sao tương ứng", [], [_col(cc, "star") if cc in o["star"] else None
                                                        for cc in cols]))
        elif kind == "years":  # score by year as rows: Hiện tại, 2027, 2028, 2029
            head = o["head"]
            cols = o["cols"]  # e.g. A B C T star actall
            for w, lab in (("now", o.get("now", "Hiện tại")), ("0", "Năm 2027"), ("1", "Năm 2028"), ("2", "Năm 2029")):
                rows.append((lab, [], [_ycol(cc, w) for cc in cols]))
        elif kind == "actions":  # one row per action: o["cols"] among pts, yr, cost; subtotals by year
            head = o["head"]
            cols = o["cols"]
            for y, yr in enumerate(YEARS):
                for a, (lab, code, pts, ayr, cost) in enumerate(P["actions"]):
                    if ayr == yr:
                        pre = [code] if o.get("code", True) else []
                        keys = {"pts": f"actpts.{a}", "yr": f"actyr.{a}", "cost": f"act.{a}"}
                        rows.append((lab, pre, [keys[cc] for cc in cols]))
                if o.get("sub"):
                    sk = {"pts": f"gain.T.{y}", "cost": f"actall.{y}"}
                    rows.append((f"Cộng năm {yr}", [""] if o.get("code", True) else [],
                                 [sk.get(cc) for cc in cols]))
            tk = {"pts": "gain.all", "cost": "actall"}
            rows.append((o.get("total", "Tổng cộng"), [""] if o.get("code", True) else [],
                         [tk.get(cc) for cc in cols]))
        elif kind == "actyears":  # one row per action, its cost in the column of its year
            head = o["head"]
            for a, (lab, code, pts, ayr, cost) in enumerate(P["actions"]):
                rows.append((lab, [code], [f"actpts.{a}"] + [f"act.{a}" if ayr == yr else None for yr in YEARS]))
            rows.append(("Cộng", [""], ["gain.all"] + _y("actall")))
        else:
            raise ValueError(kind)
        out.append(dict(kind=kind, caption=caption, head=head, unit=o.get("unit", uline), rows=rows, opts=o))
    return out


def P_LINES(P) -> list[str]:
    return [f"raw{r}" for r in range(len(P["raws"]))] + [
        "pack", "energy", "wage", "dep", "interest", "sell", "ocop", "other"]


def _col(cc: str, code: str) -> str:
    """Column `cc` of a score table for group `code` (T = total, star = star row)."""
    if code == "star":
        return {"now": "star.now", "0": "star.0", "1": "star.1", "2": "star.2"}[cc]
    return {"max": f"max.{code}", "now": f"pts.{code}.now", "lack": f"lack.{code}",
            "rate": f"rate.{code}", "0": f"pts.{code}.0", "1": f"pts.{code}.1", "2": f"pts.{code}.2"}[cc]


def _ycol(cc: str, w: str) -> str | None:
    if cc in ("A", "B", "C", "T"):
        return f"pts.{cc}.{w}"
    if cc == "star":
        return f"star.{w}"
    if cc == "cost":
        return None if w == "now" else f"actall.{w}"
    if cc == "gain":
        return None if w == "now" else f"gain.T.{w}"
    raise ValueError(cc)


# --------------------------------------------------------------------------- the plans' tables
def _names(*pairs):
    return {"names": list(pairs)}


TABLES: dict[str, list] = {
    "ja01": [
        ("hist", "Kết quả sản xuất, kinh doanh nước mắm 2024 – 2026", {}),
        ("raw", "Cân đối cá cơm nguyên liệu 2027 – 2029", {"r": 0, "need": "Nhu cầu (1,2 kg cá/lít mắm)"}),
        ("staff", "Lao động và quỹ lương", {}),
        ("prod", "Kế hoạch sản lượng và mức sử dụng bể chượp", {}),
        ("price", "Giá bán dự kiến theo năm", {}),
        ("rev", "Doanh thu dự kiến", {}),
        ("cost", "Chi phí sản xuất kinh doanh", _names(
            ("raw0", "Cá cơm nguyên liệu"), ("raw1", "Muối hạt"), ("pack", "Chai, can, nắp, thùng"),
            ("energy", "Điện, nước"), ("wage", "Tiền lương"), ("dep", "Khấu hao tài sản cố định"),
            ("interest", "Lãi vay ngân hàng"), ("sell", "Bán hàng, vận chuyển (7 % doanh thu)"),
            ("ocop", "Chi phí nâng hạng OCOP"), ("other", "Chi phí quản lý, khác"))),
        ("inv", "Tổng vốn đầu tư giai đoạn 2027 – 2029", {}),
        ("src", "Cơ cấu nguồn vốn", {}),
        ("sum", "Hiệu quả kinh tế", {"taxlabel": "Thuế thu nhập doanh nghiệp (17 %)"}),
        ("score", "Kết quả tự đánh giá và điểm dự kiến theo Bộ tiêu chí OCOP", {
            "cols": ["max", "now", "lack", "0", "1", "2"],
            "head": ["Phần", "Điểm tối đa", "Đạt (2025)", "Còn thiếu", "Dự kiến 2027", "Dự kiến 2028", "Dự kiến 2029"],
            "star": ["now", "0", "1", "2"], "total": "Tổng điểm"}),
        ("actions", "Các việc làm để tăng điểm, năm thực hiện và kinh phí", {
            "cols": ["pts", "yr", "cost"], "head": ["TT", "Việc làm", "Phần", "Điểm tăng", "Năm", "Kinh phí (triệu đồng)"]}),
    ],
    "ja02": [
        ("hist", "Kết quả sản xuất kinh doanh của hợp tác xã 2024 – 2026", {}),
        ("raw", "Nguồn mật ong thô", {"r": 0, "need": "Nhu cầu mật thô (1,06 kg/kg thành phẩm)"}),
        ("staff", "Lao động làm việc thường xuyên tại xưởng", {}),
        ("prod", "Sản lượng mật ong thành phẩm", {}),
        ("price", "Giá bán", {}),
        ("rev", "Doanh thu", {}),
        ("cost", "Chi phí", _names(
            ("raw0", "Mua mật ong thô của thành viên"), ("pack", "Chai, hũ, hộp quà"), ("energy", "Điện, nước"),
            ("wage", "Tiền công lao động"), ("dep", "Khấu hao"), ("interest", "Lãi vay"),
            ("sell", "Bán hàng, đại lý (6 %)"), ("ocop", "Nâng điểm OCOP (việc không phải đầu tư)"),
            ("other", "Quản lý, chi khác"))),
        ("inv", "Vốn đầu tư", {}),
        ("src", "Nguồn vốn đầu tư", {}),
        ("sum", "Tổng hợp hiệu quả sản xuất kinh doanh", {}),
        ("score", "Tự chấm điểm theo nhóm tiêu chí (kết quả đánh giá lại năm 2024)", {
            "cols": ["max", "now", "lack"], "head": ["Nhóm tiêu chí", "Điểm tối đa", "Điểm đạt", "Điểm còn thiếu"],
            "total": "Tổng cộng (A + B + C)"}),
        ("years", "Lộ trình điểm và hạng sao qua các năm", {
            "cols": ["A", "B", "C", "T", "star", "cost"], "now": "Năm 2024 (đã xếp hạng)",
            "head": ["Thời điểm", "Phần A", "Phần B", "Phần C", "Tổng điểm", "Hạng sao", "Kinh phí (triệu đồng)"]}),
        ("actions", "Việc cần làm để lấy lại điểm còn thiếu, theo năm", {
            "cols": ["pts", "cost"], "sub": True,
            "head": ["TT", "Việc cần làm", "Nhóm", "Điểm tăng", "Kinh phí (triệu đồng)"]}),
    ],
    "ja03": [
        ("hist", "Sản lượng và doanh thu ba năm gần đây", {}),
        ("raw", "Nguồn cà gai leo tươi", {"r": 0, "need": "Nhu cầu (4 kg tươi/kg khô)"}),
        ("staff", "Lao động của hộ", {}),
        ("prod", "Sản lượng dự kiến", {}),
        ("price", "Giá bán dự kiến", {}),
        ("rev", "Doanh thu dự kiến", {}),
        ("cost", "Chi phí dự kiến", _names(
            ("raw0", "Cà gai leo tươi"), ("pack", "Túi lọc, hộp, túi zip"), ("energy", "Điện sấy"),
            ("wage", "Tiền công"), ("dep", "Khấu hao máy, phòng"), ("interest", "Lãi vay"),
            ("sell", "Bán hàng, chiết khấu (8 %)"), ("ocop", "Việc nâng điểm OCOP"), ("other", "Chi khác"))),
        ("inv", "Vốn đầu tư", {}),
        ("src", "Nguồn vốn", {}),
        ("sum", "Lợi nhuận dự kiến", {}),
        ("actions", "Việc làm để tăng điểm theo năm", {
            "cols": ["pts", "cost"], "sub": True,
            "head": ["TT", "Việc làm", "Phần", "Điểm tăng", "Kinh phí (triệu đồng)"]}),
    ],
    "ja04": [
        ("hist", "Kết quả sản xuất của tổ hợp tác 2024 – 2026", {}),
        ("raw", "Nguồn gỗ rừng trồng", {"r": 0, "need": "Nhu cầu (0,004 m³/sản phẩm)"}),
        ("staff", "Lao động của tổ", {}),
        ("prod", "Kế hoạch sản xuất", {}),
        ("price", "Giá bán sản phẩm", {}),
        ("rev", "Doanh thu dự kiến", {}),
        ("cost", "Chi phí dự kiến", _names(
            ("raw0", "Gỗ xẻ rừng trồng"), ("pack", "Hộp, thẻ treo, túi"), ("energy", "Điện"),
            ("wage", "Tiền công"), ("dep", "Khấu hao"), ("interest", "Lãi vay"),
            ("sell", "Bán hàng, hội chợ (7 %)"), ("ocop", "Nâng điểm OCOP"), ("other", "Sơn, giấy nhám, chi khác"))),
        ("inv", "Vốn đầu tư", {}),
        ("src", "Nguồn vốn", {}),
        ("sum", "Hiệu quả", {}),
        ("score", "Tự đánh giá theo Bộ tiêu chí OCOP", {
            "cols": ["max", "now", "lack", "0", "2"],
            "head": ["Phần", "Tối đa", "Đạt", "Thiếu", "2027", "2029"], "total": "Cộng"}),
        ("actyears", "Việc làm, điểm tăng và kinh phí theo năm", {
            "head": ["TT", "Việc làm", "Phần", "Điểm", "Năm 2027", "Năm 2028", "Năm 2029"]}),
    ],
    "ja05": [
        ("hist", "Kết quả sản xuất 2024 – 2026", {}),
        ("raw", "Nguồn gạo nếp", {"r": 0, "need": "Nhu cầu (1,3 kg/lít)"}),
        ("raw", "Nguồn quả sim", {"r": 1, "need": "Nhu cầu (0,5 kg/lít)"}),
        ("staff", "Lao động", {}),
        ("prod", "Kế hoạch sản lượng", {}),
        ("price", "Giá bán", {}),
        ("rev", "Doanh thu", {}),
        ("cost", "Chi phí", _names(
            ("raw0", "Gạo nếp"), ("raw1", "Quả sim"), ("pack", "Chai, bình sứ, can, hộp"), ("energy", "Củi, điện, nước"),
            ("wage", "Tiền lương"), ("dep", "Khấu hao"), ("interest", "Lãi vay"), ("sell", "Bán hàng (8 %)"),
            ("ocop", "Nâng hạng OCOP"), ("other", "Chi khác"))),
        ("inv", "Vốn đầu tư", {}),
        ("src", "Nguồn vốn", {}),
        ("sum", "Hiệu quả kinh tế", {}),
        ("score", "Tự đánh giá sản phẩm theo Bộ tiêu chí", {
            "cols": ["max", "now", "lack", "rate"],
            "head": ["Phần", "Điểm tối đa", "Điểm tự chấm", "Điểm còn thiếu", "Tỷ lệ đạt (%)"], "total": "Tổng"}),
        ("actions", "Kế hoạch tăng điểm", {
            "cols": ["pts", "yr", "cost"], "head": ["TT", "Nội dung", "Phần", "Điểm", "Năm", "Kinh phí (triệu đồng)"]}),
    ],
    "ja06": [
        ("hist", "Kết quả sản xuất các năm 2024 – 2026", {}),
        ("raw", "Nguồn ruốc nguyên liệu", {"r": 0, "need": "Nhu cầu (1,1 kg ruốc/kg mắm)"}),
        ("staff", "Lao động", {}),
        ("prod", "Sản lượng kế hoạch", {"use": False}),
        ("price", "Giá bán", {}),
        ("rev", "Doanh thu kế hoạch", {}),
        ("cost", "Chi phí kế hoạch", _names(
            ("raw0", "Ruốc tươi"), ("raw1", "Muối"), ("pack", "Hũ, nắp, xô, thùng"), ("energy", "Điện, nước"),
            ("wage", "Tiền công"), ("dep", "Khấu hao"), ("interest", "Lãi vay"), ("sell", "Bán hàng, vận chuyển"),
            ("ocop", "Nâng hạng OCOP"), ("other", "Chi khác"))),
        ("inv", "Vốn đầu tư", {}),
        ("src", "Nguồn vốn", {}),
        ("sum", "Hiệu quả kinh tế", {}),
        ("score", "Tự chấm điểm sản phẩm", {
            "cols": ["max", "now", "lack", "0"],
            "head": ["Phần", "Điểm chuẩn", "Tự chấm", "Còn thiếu", "Sau năm 2027"], "total": "Tổng cộng"}),
        ("actions", "Việc làm tăng điểm", {
            "cols": ["pts", "yr", "cost"], "head": ["TT", "Việc làm", "Phần", "Điểm", "Năm", "Kinh phí (triệu đồng)"]}),
    ],
    "ja07": [
        ("hist", "Kết quả sản xuất 2024 – 2026", {}),
        ("raw", "Nguồn nấm linh chi tươi", {"r": 0, "need": "Nhu cầu (3,2 kg tươi/kg khô)", "bal": False}),
        ("staff", "Lao động", {}),
        ("prod", "Kế hoạch sản lượng", {}),
        ("price", "Giá bán", {}),
        ("rev", "Doanh thu", {}),
        ("cost", "Chi phí", _names(
            ("raw0", "Nấm linh chi tươi"), ("pack", "Túi, hộp, túi lọc"), ("energy", "Điện sấy"),
            ("wage", "Tiền công"), ("dep", "Khấu hao"), ("interest", "Lãi vay"), ("sell", "Bán hàng (7 %)"),
            ("ocop", "Nâng điểm OCOP"), ("other", "Chi khác"))),
        ("inv", "Vốn đầu tư", {}),
        ("src", "Nguồn vốn", {}),
        ("sum", "Hiệu quả", {}),
        ("score", "Điểm tự đánh giá theo Bộ tiêu chí OCOP", {
            "cols": ["max", "now", "lack", "2"],
            "head": ["Phần", "Tối đa", "Tự đánh giá", "Còn thiếu", "Mục tiêu 2029"], "total": "Tổng"}),
        ("actions", "Các việc tăng điểm theo năm", {
            "cols": ["pts", "cost"], "sub": True,
            "head": ["TT", "Việc làm", "Phần", "Điểm tăng", "Kinh phí (triệu đồng)"]}),
    ],
    "ja08": [
        ("hist", "Kết quả kinh doanh 2024 – 2026", {}),
        ("raw", "Nguồn dầu thực vật", {"r": 0, "need": "Nhu cầu (70 g dầu/bánh)"}),
        ("raw", "Nguồn vỏ bưởi, sả, nghệ", {"r": 1, "need": "Nhu cầu (0,25 kg/bánh)"}),
        ("staff", "Lao động", {}),
        ("prod", "Kế hoạch sản xuất", {}),
        ("price", "Giá bán", {}),
        ("rev", "Doanh thu", {}),
        ("cost", "Chi phí", _names(
            ("raw0", "Dầu thực vật"), ("raw1", "Vỏ bưởi, sả, nghệ"), ("pack", "Hộp, túi giấy"), ("energy", "Điện, nước"),
            ("wage", "Tiền lương"), ("dep", "Khấu hao"), ("interest", "Lãi vay"),
            ("sell", "Bán hàng, chiết khấu đại lý (10 %)"), ("ocop", "Nâng hạng OCOP"), ("other", "Quản lý, chi khác"))),
        ("inv", "Tổng mức đầu tư", {}),
        ("src", "Nguồn vốn", {}),
        ("sum", "Hiệu quả kinh doanh", {}),
        ("years", "Điểm tự đánh giá và điểm dự kiến theo năm", {
            "cols": ["A", "B", "C", "T", "star"], "now": "Tự đánh giá 2026",
            "head": ["Thời điểm", "Phần A (40)", "Phần B (25)", "Phần C (35)", "Tổng (100)", "Hạng sao"]}),
        ("actions", "Việc nâng điểm và kinh phí", {
            "cols": ["pts", "yr", "cost"], "head": ["TT", "Việc làm", "Phần", "Điểm", "Năm", "Kinh phí (triệu đồng)"]}),
    ],
    "ja09": [
        ("hist", "Sản lượng chè 2024 – 2026", {}),
        ("raw", "Nguồn búp chè tươi", {"r": 0, "need": "Nhu cầu (4,5 kg búp/kg chè khô)"}),
        ("staff", "Lao động", {}),
        ("prod", "Sản lượng dự kiến", {}),
        ("price", "Giá bán", {}),
        ("rev", "Doanh thu", {}),
        ("cost", "Chi phí", _names(
            ("raw0", "Búp chè tươi"), ("pack", "Túi, hộp"), ("energy", "Củi, điện"), ("wage", "Tiền công"),
            ("dep", "Khấu hao"), ("interest", "Lãi vay"), ("sell", "Bán hàng (12 %)"), ("ocop", "Nâng điểm OCOP"),
            ("other", "Chi khác"))),
        ("inv", "Vốn đầu tư", {}),
        ("src", "Nguồn vốn", {}),
        ("sum", "Lợi nhuận", {}),
        ("years", "Điểm OCOP theo năm", {
            "cols": ["A", "B", "C", "T", "star", "cost"], "now": "Hiện nay",
            "head": ["Năm", "A", "B", "C", "Tổng", "Sao", "Chi phí (triệu đồng)"]}),
        ("actions", "Việc làm tăng điểm", {
            "cols": ["pts", "yr", "cost"], "head": ["TT", "Việc làm", "Phần", "Điểm", "Năm", "Tiền (triệu đồng)"]}),
    ],
    "ja10": [
        ("hist", "Kết quả sản xuất, kinh doanh 2024 – 2026", {}),
        ("raw", "Cân đối nguồn cá nguyên liệu", {"r": 0, "need": "Nhu cầu (1,7 kg cá/kg chả)"}),
        ("staff", "Lao động và tiền lương", {}),
        ("prod", "Kế hoạch sản xuất", {"use": False}),
        ("price", "Giá bán", {}),
        ("rev", "Doanh thu", {}),
        ("cost", "Chi phí sản xuất kinh doanh", _names(
            ("raw0", "Cá nguyên liệu"), ("pack", "Bao bì"), ("energy", "Điện, nước, gas"), ("wage", "Tiền lương"),
            ("dep", "Khấu hao"), ("interest", "Lãi vay"), ("sell", "Bán hàng, vận chuyển lạnh (8 %)"),
            ("ocop", "Nâng hạng OCOP"), ("other", "Quản lý, chi khác"))),
        ("inv", "Tổng vốn đầu tư", {}),
        ("src", "Nguồn vốn", {}),
        ("sum", "Hiệu quả kinh tế", {"taxlabel": "Thuế thu nhập doanh nghiệp (17 %)"}),
        ("score", "Điểm tự đánh giá và lộ trình nâng hạng", {
            "cols": ["max", "now", "lack", "0", "1", "2"],
            "head": ["Phần", "Tối đa", "Hiện tại", "Còn thiếu", "2027", "2028", "2029"],
            "star": ["now", "0", "1", "2"], "total": "Tổng"}),
        ("actions", "Việc nâng điểm, năm và kinh phí", {
            "cols": ["pts", "yr", "cost"], "head": ["TT", "Việc làm", "Phần", "Điểm", "Năm", "Kinh phí (triệu đồng)"]}),
    ],
}


# >>> PROSE (written by the generator: every figure in the prose, as a template over model())
PROSE: dict[str, list[str]] = {
    'ja01': [
        'Công ty có {staff.0} lao động thường xuyên năm 2027, trong đó 7 lao động nữ và toàn bộ là người của hai thôn Hải Thịnh và Hải Thanh.',
        'Lần đánh giá năm 2025 sản phẩm đạt {pts.T.now} điểm, còn thiếu {lack.T} điểm so với điểm tối đa và thiếu 12 điểm so với mức 4 sao.',
        'Sản lượng nước mắm thành phẩm năm 2027 đạt {out.0} lít, năm 2029 đạt {out.2} lít;',
        'Doanh thu năm 2027 đạt {rev.0} triệu đồng, năm 2029 đạt {rev.2} triệu đồng;',
        'Điểm tự đánh giá tăng từ {pts.T.now} lên {pts.T.1} điểm năm 2028, đạt hạng 4 sao khi đánh giá lại; năm 2029 đạt {pts.T.2} điểm;',
        'Tạo việc làm ổn định cho {staff.2} lao động năm 2029, bao tiêu cá cho {cnt.0.1.2} thuyền của tổ khai thác ven bờ.',
        'Ba năm qua sản lượng tăng đều từ {hist.out.0} lên {hist.out.2} lít.',
        'Giá bán bình quân năm 2026 là {hist.price.2} đồng/lít, lợi nhuận {hist.profit.2} triệu đồng.',
        'Mỗi lít nước mắm thành phẩm cần khoảng 1,2 kg cá cơm tươi và 0,35 kg muối. Cá lấy từ 2 tàu vây của công ty (mỗi tàu khoảng {yld.0.0} kg cá cơm/năm) và từ tổ khai thác ven bờ thôn Hải Thịnh theo hợp đồng bao tiêu số 03/2026/HĐ-HT ký ngày 20/12/2026: năm 2027 có {cnt.0.1.0} thuyền, năm 2029 tăng lên {cnt.0.1.2} thuyền, mỗi thuyền cam kết bán {yld.0.1} kg/năm.',
        'Muối hạt mua của Hợp tác xã muối Thạch Khê theo hợp đồng {yld.1.0} kg/năm, đủ cho nhu cầu {need.1.2} kg của năm 2029.',
        'Công suất của xưởng do số bể quyết định: {rating} bể × {days} lít/năm = {cap} lít/năm.',
        'Năm 2029 xưởng dùng {use.2} % công suất bể, vẫn còn dư để tăng tiếp sau giai đoạn này.',
        'Phần A đạt {pts.A.now}/{max.A} điểm, phần B đạt {pts.B.now}/{max.B} điểm, phần C đạt {pts.C.now}/{max.C} điểm.',
        'Tổng kinh phí các việc nâng hạng là {actall} triệu đồng, trong đó năm 2027 là {actall.0} triệu đồng. Nếu làm đủ, điểm năm 2028 đạt {pts.T.1}, vượt mức 70 điểm của hạng 4 sao.',
        'Tổng vốn đầu tư của phương án là {inv} triệu đồng, trong đó tài sản cố định {fixed} triệu đồng.',
        'Vốn vay {src.1} triệu đồng, thời hạn 5 năm, lãi suất 8 %/năm, trả gốc đều; dư nợ bình quân năm 2027 là {src.1} triệu đồng.',
        'Khấu hao tính đều 10 năm trên {fixed} triệu đồng tài sản cố định, mỗi năm {dep} triệu đồng. Thời gian hoàn vốn = tổng vốn đầu tư : (lợi nhuận sau thuế bình quân + khấu hao) = {inv} : ({avgprofit} + {dep}) ≈ {payback} năm.',
        'Phương án giữ việc làm cho {staff.2} lao động với thu nhập bình quân {wage.2} triệu đồng/tháng năm 2029, bao tiêu cá ổn định cho {cnt.0.1.2} thuyền ven bờ.',
    ],
    'ja02': [
        'Năm 2026 hợp tác xã bán {hist.out.2} kg mật, doanh thu {hist.rev.2} triệu đồng, lãi {hist.profit.2} triệu đồng.',
        'Sản lượng mật thành phẩm {out.0} kg năm 2027, {out.2} kg năm 2029;',
        'Doanh thu {rev.0} triệu đồng năm 2027 và {rev.2} triệu đồng năm 2029;',
        'Đạt {pts.T.0} điểm và hạng 4 sao khi đánh giá lại tháng 10/2027, nâng lên {pts.T.2} điểm năm 2029;',
        'Tăng số đàn ong của thành viên từ {cnt.0.0.0} lên {cnt.0.0.2} đàn, thu mua mật của {cnt.0.1.2} hộ Sơn Hồng năm 2029.',
        'Mỗi kg mật thành phẩm cần khoảng 1,06 kg mật thô (hao hụt khi lọc và hạ thủy phần). Đàn ong của thành viên bình quân cho {yld.0.0} kg mật/đàn/năm; các hộ nuôi ong xã Sơn Hồng có hợp đồng bán cho hợp tác xã mỗi hộ {yld.0.1} kg/năm.',
        'Thiết bị chính sau đầu tư: máy hạ thủy phần {rating} kg/ngày, phòng lọc, đóng chai 40 m², bồn lắng inox, máy quay mật. Làm {days} ngày/năm, công suất máy hạ thủy phần là {cap} kg/năm.',
        'Năm 2029 máy hạ thủy phần chạy {use.2} % công suất.',
        'Tổng điểm hiện có là {pts.T.now}, thiếu {lack.T} điểm; nhiều nhất ở nhóm tiếp thị ({lack.B1} điểm), tiêu chuẩn – kiểm nghiệm – truy xuất ({lack.C2} điểm) và khả năng xuất khẩu ({lack.C3} điểm).',
        'Bốn việc đầu là hạng mục của bảng vốn đầu tư (Phần XI); các việc còn lại là chi phí của năm thực hiện, nằm ở dòng nâng điểm OCOP của bảng chi phí: {actop.0} triệu đồng năm 2027, {actop.1} triệu đồng năm 2028 và {actop.2} triệu đồng năm 2029.',
        'Tổng vốn đầu tư {inv} triệu đồng, trong đó {fixed} triệu đồng là tài sản cố định (máy, phòng lọc, thùng ong).',
        'Khoản vay {src.2} triệu đồng, kỳ hạn 5 năm, lãi 8 %/năm, mỗi năm trả 100 triệu đồng gốc.',
        'Khấu hao {fixed} triệu đồng tài sản cố định trong 8 năm, {dep} triệu đồng/năm. Lợi nhuận bình quân {avgprofit} triệu đồng/năm; thời gian hoàn vốn = {inv} : ({avgprofit} + {dep}) = khoảng {payback} năm.',
        'Mỗi năm hợp tác xã mua mật của thành viên và hộ liên kết khoảng {cost.raw0.0} – {cost.raw0.2} triệu đồng, tạo thu nhập ổn định cho người giữ rừng; {staff.2} lao động làm việc thường xuyên tại xưởng năm 2029.',
    ],
    'ja03': [
        'Hộ sử dụng {staff.0} lao động năm 2027 (chủ hộ, con gái và hai lao động trong thôn), sổ sách ghi chép doanh thu, chi phí theo mẫu cho hộ kinh doanh.',
        'Sản lượng trà thành phẩm {out.0} kg năm 2027, {out.2} kg năm 2029; doanh thu {rev.0} triệu đồng năm 2027, {rev.2} triệu đồng năm 2029; sản phẩm được đánh giá OCOP 3 sao năm 2027 với khoảng {pts.T.0} điểm.',
        'Ba năm qua sản lượng tăng từ {hist.out.0} kg lên {hist.out.2} kg, chủ yếu bán cho khách quen và hai cửa hàng ở thị trấn cũ.',
        'Cứ 4 kg cà gai leo tươi cho 1 kg thành phẩm khô. Vườn 0,8 ha của hộ thu khoảng {sup.0.0.0} kg tươi mỗi năm (hai lứa); hộ ký hợp đồng thu mua với {cnt.0.1.0} hộ trồng trong thôn năm 2027, tăng lên {cnt.0.1.2} hộ năm 2029, mỗi hộ bán {yld.0.1} kg tươi/năm.',
        'Máy sấy bơm nhiệt mới {rating} kg khô/mẻ, mỗi ngày 1 mẻ, làm {days} ngày/năm, tức {cap} kg/năm; máy đóng túi lọc tự động 30 túi/phút.',
        'Phần A (sản phẩm và sức mạnh cộng đồng) được {pts.A.now}/{max.A} điểm, thiếu {lack.A} điểm vì là hộ kinh doanh, chưa có hợp đồng liên kết, bao bì chưa đủ nội dung. Phần B (khả năng tiếp thị) được {pts.B.now}/{max.B} điểm, thiếu {lack.B} điểm vì chưa có nhãn hiệu, kênh bán còn hẹp, chưa có câu chuyện sản phẩm. Phần C (chất lượng) được {pts.C.now}/{max.C} điểm, thiếu {lack.C} điểm vì chưa có tiêu chuẩn cơ sở và phiếu kiểm nghiệm.',
        'Cộng lại hộ hiện có {pts.T.now} điểm, mới ở mức 2 sao. Sau các việc của năm 2027 điểm dự kiến là {pts.A.0} + {pts.B.0} + {pts.C.0} = {pts.T.0} điểm, đủ 3 sao; năm 2028 đạt {pts.T.1} điểm và năm 2029 đạt {pts.T.2} điểm.',
        'Bốn việc có kinh phí lớn của năm 2027 (kiểm nghiệm, tiêu chuẩn, tự công bố; máy sấy; bao bì, tem; đơn nhãn hiệu) nằm trong vốn đầu tư ở mục 13. Các việc còn lại tính vào chi phí hằng năm: {actop.0} triệu đồng năm 2027, {actop.1} triệu đồng năm 2028 và {actop.2} triệu đồng năm 2029.',
        'Tổng vốn {inv} triệu đồng; vay {src.1} triệu đồng của Ngân hàng Chính sách xã hội theo chương trình cho vay giải quyết việc làm, lãi 6,6 %/năm, trả gốc 50 triệu đồng mỗi năm.',
        'Khấu hao {dep} triệu đồng/năm (máy và phòng {fixed} triệu đồng, 10 năm). Lợi nhuận bình quân {avgprofit} triệu đồng/năm; hoàn vốn sau khoảng {inv} : ({avgprofit} + {dep}) = {payback} năm.',
        'Phương án tạo việc làm cho {staff.2} lao động năm 2029 và thu nhập thêm cho {cnt.0.1.2} hộ trồng cà gai leo.',
    ],
    'ja04': [
        'Năm 2027 tổ sử dụng {staff.0} lao động, gồm các tổ viên và 3 lao động nữ làm chà nhám, đóng gói.',
        'Năm 2027 sản xuất {out.0} sản phẩm, doanh thu {rev.0} triệu đồng; năm 2029 sản xuất {out.2} sản phẩm, doanh thu {rev.2} triệu đồng. Điểm tự đánh giá từ {pts.T.now} lên {pts.T.0} điểm năm 2027 (3 sao) và {pts.T.2} điểm năm 2029.',
        'Bình quân mỗi sản phẩm cần 0,004 m³ gỗ xẻ. Tổ mua gỗ keo, xoan đào rừng trồng của Xưởng xẻ gỗ Phú Lễ theo hợp đồng {yld.0.0} m³/năm và của {cnt.0.1.0} hộ trồng rừng thôn Yên Lạc (năm 2029 là {cnt.0.1.2} hộ), mỗi hộ khoảng {yld.0.1} m³/năm; gỗ có bảng kê lâm sản và hóa đơn của bên bán.',
        'Công suất sau đầu tư khoảng {rating} sản phẩm/ngày, làm {days} ngày/năm, tức {cap} sản phẩm/năm.',
        'Hiện tổ có {pts.T.now} điểm, thiếu {lack.T} điểm so với điểm tối đa; phần A thiếu {lack.A} điểm (môi trường xưởng, công nghệ, bao bì), phần B thiếu {lack.B} điểm (nhãn hiệu, câu chuyện, kênh bán ngoài tỉnh), phần C thiếu {lack.C} điểm (tiêu chuẩn, tính nghệ thuật, xuất khẩu).',
        'Năm 2027 cần {actall.0} triệu đồng, phần lớn là máy và hệ thống hút bụi đã có trong vốn đầu tư; các việc không phải đầu tư tính vào chi phí: {actop.0} triệu đồng năm 2027, {actop.1} triệu đồng năm 2028, {actop.2} triệu đồng năm 2029.',
        'Tổng vốn {inv} triệu đồng; {src.1} triệu đồng do 4 tổ viên đứng vay Ngân hàng Chính sách xã hội theo chương trình tạo việc làm, lãi 6,6 %/năm, trả gốc 100 triệu đồng mỗi năm.',
        'Khấu hao {fixed} triệu đồng tài sản cố định trong 10 năm: {dep} triệu đồng/năm. Thời gian hoàn vốn: {inv} : ({avgprofit} + {dep}) = {payback} năm.',
        'Giữ việc làm cho {staff.2} lao động năm 2029 với tiền công bình quân {wage.2} triệu đồng/tháng; mua gỗ của các hộ trồng rừng trong thôn.',
    ],
    'ja05': [
        'Năm 2027 hợp tác xã có {staff.0} lao động làm việc thường xuyên; kế toán trình độ cao đẳng.',
        'Sản lượng rượu thành phẩm năm 2027: {out.0} lít; năm 2029: {out.2} lít;',
        'Doanh thu năm 2027: {rev.0} triệu đồng; năm 2029: {rev.2} triệu đồng;',
        'Bao tiêu gạo nếp cho {cnt.0.0.0} hộ thành viên và quả sim cho {cnt.1.1.0} hộ hái sim.',
        'Mỗi lít rượu cần 1,3 kg gạo nếp và 0,5 kg quả sim. Gạo nếp do {cnt.0.0.0} hộ thành viên cung cấp, mỗi hộ {yld.0.0} kg/năm; quả sim hái trên {cnt.1.0.0} ha đồi sim của hợp tác xã ({yld.1.0} kg/ha) và mua của {cnt.1.1.0} hộ hái sim, mỗi hộ {yld.1.1} kg.',
        'Thiết bị: 2 nồi chưng cất × 40 lít/ngày, làm {days} ngày/năm nên công suất {cap} lít/năm; năm 2027 lắp máy lọc, khử andehit và chiết rót, xây kho hạ thổ 60 m².',
        'Theo bảng trên, sản phẩm hiện được {pts.T.now} điểm, đủ 3 sao; điểm còn thiếu nhiều ở chất lượng (andehit, độ đồng đều) và tiếp thị.',
        'Tổng kinh phí {actall} triệu đồng; máy lọc, khử andehit, nhãn, hộp, tem và hầm biogas nằm trong vốn đầu tư, các việc còn lại tính vào chi phí từng năm.',
        'Tổng vốn đầu tư {inv} triệu đồng, vay {src.1} triệu đồng trong 5 năm, lãi 8 %/năm.',
        'Vốn đầu tư {inv} triệu đồng, lợi nhuận bình quân {avgprofit} triệu đồng/năm, khấu hao {dep} triệu đồng/năm, nên thời gian hoàn vốn khoảng {payback} năm.',
        'Phương án giữ việc làm cho {staff.2} lao động, tiêu thụ gạo nếp cho {cnt.0.0.0} hộ và quả sim cho {cnt.1.1.0} hộ.',
    ],
    'ja06': [
        'Lao động thường xuyên năm 2027 là {staff.0} người.',
        'Sản lượng mắm tôm {out.0} kg năm 2027, {out.2} kg năm 2029;',
        'Doanh thu {rev.0} triệu đồng năm 2027, {rev.2} triệu đồng năm 2029;',
        'Điểm tự chấm từ {pts.T.now} lên {pts.T.0} điểm, đạt 3 sao năm 2027 và được thưởng theo Nghị quyết số 123/2018/NQ-HĐND;',
        'Thu mua ổn định ruốc của {cnt.0.0.0} thuyền thành viên.',
        'Năm 2026 hợp tác xã bán {hist.out.2} kg, giá bình quân {hist.price.2} đồng/kg.',
        'Mỗi kg mắm thành phẩm cần khoảng 1,1 kg ruốc tươi và 0,2 kg muối. Ruốc do {cnt.0.0.0} thuyền của thành viên bán cho hợp tác xã (mỗi thuyền {yld.0.0} kg/năm) và nậu vựa bến Xuân Hội theo hợp đồng {yld.0.1} kg/năm; muối mua của diêm dân thôn Hải Thanh {yld.1.0} kg/năm.',
        'Sau đầu tư hợp tác xã có nhà ủ chượp có mái che 150 m², 80 chum sành (thêm 40 chum), giàn phơi inox, máy xay và máy chiết hũ bán tự động. Mỗi chum ủ 3 mẻ/năm, công suất khoảng {cap} kg/năm.',
        'Hiện sản phẩm có {pts.T.now} điểm, vừa đủ 3 sao. Sau các việc của năm 2027 dự kiến đạt {pts.T.0} điểm; năm 2028 là {pts.T.1} và năm 2029 là {pts.T.2} điểm.',
        'Tổng vốn đầu tư {inv} triệu đồng; vay {src.1} triệu đồng Ngân hàng Chính sách xã hội, lãi 6,6 %/năm, mỗi năm trả 100 triệu đồng.',
        'Khấu hao {dep} triệu đồng/năm. Thời gian hoàn vốn = {inv} : ({avgprofit} + {dep}) = {payback} năm.',
        'Tạo việc làm cho {staff.2} lao động năm 2029, phần lớn là phụ nữ trong thôn; thu mua ruốc ổn định cho {cnt.0.0.0} thuyền thành viên, giúp các hộ không bị ép giá vào chính vụ.',
    ],
    'ja07': [
        'Năm 2027 tổ có {staff.0} lao động thường xuyên.',
        'Năm 2027 sản xuất {out.0} kg nấm khô và trà túi lọc quy đổi, doanh thu {rev.0} triệu đồng; năm 2029 sản xuất {out.2} kg, doanh thu {rev.2} triệu đồng. Sản phẩm đạt 3 sao năm 2027 với khoảng {pts.T.0} điểm, năm 2029 đạt {pts.T.2} điểm.',
        'Cứ 3,2 kg nấm tươi cho 1 kg nấm khô. Nấm tươi lấy từ {cnt.0.0.0} nhà trồng của tổ, mỗi nhà {yld.0.0} kg tươi/năm, và {cnt.0.1.0} hộ tổ viên trồng tại nhà, mỗi hộ {yld.0.1} kg/năm.',
        'Ba nhà trồng có tổng diện tích 540 m². Máy sấy lạnh mới {rating} kg khô/ngày, làm {days} ngày/năm, tức {cap} kg/năm; máy thái lát, máy hút chân không.',
        'Tổ tự chấm được {pts.T.now} điểm, thiếu {lack.T} điểm; phần B (tiếp thị) chỉ đạt {pts.B.now}/{max.B} vì chưa có nhãn hiệu và kênh bán ngoài tỉnh.',
        'Máy sấy lạnh và bao bì, tem QR là hạng mục đầu tư; các việc còn lại là chi phí hằng năm: {actop.0} triệu đồng năm 2027, {actop.1} triệu đồng năm 2028, {actop.2} triệu đồng năm 2029.',
        'Tổng vốn {inv} triệu đồng; vay Quỹ hỗ trợ nông dân tỉnh {src.1} triệu đồng, lãi 6 %/năm, trả gốc 100 triệu đồng mỗi năm.',
        'Khấu hao {dep} triệu đồng/năm. Thời gian hoàn vốn: {inv} : ({avgprofit} + {dep}) ≈ {payback} năm.',
        'Giữ việc làm cho {staff.2} lao động năm 2029 và thu nhập thêm cho {cnt.0.1.0} hộ tổ viên trồng nấm tại nhà.',
    ],
    'ja08': [
        'Năm 2027 công ty có {staff.0} lao động, trong đó 8 lao động nữ.',
        'Sản xuất {out.0} bánh xà phòng năm 2027 và {out.2} bánh năm 2029; doanh thu từ {rev.0} triệu đồng lên {rev.2} triệu đồng; đạt OCOP 3 sao năm 2027 với {pts.T.0} điểm.',
        'Mỗi bánh cần khoảng 70 g dầu thực vật và 0,25 kg vỏ bưởi, sả, nghệ tươi (để chưng cất tinh dầu và làm bột). Dầu lạc mua của cơ sở ép dầu Thuận Lộc và dầu dừa của đại lý Bến Thủy, mỗi nơi {yld.0.0} kg/năm theo hợp đồng; vỏ bưởi, sả, nghệ mua của {cnt.1.0.0} hộ thôn Thuận Hòa, mỗi hộ {yld.1.0} kg/năm.',
        'Sau đầu tư: nồi chưng cất inox 200 lít, nồi nấu, khuôn và máy cắt bánh {rating} bánh/ngày, phòng ủ 50 m² có điều hòa, hút ẩm. Làm {days} ngày/năm, công suất {cap} bánh/năm.',
        'Hiện công ty có {pts.T.now} điểm, thiếu {lack.T} điểm so với điểm tối đa. Phần A thiếu vì thiết bị chưng cất nhỏ, bao bì đơn giản; phần B thiếu vì chưa có nhãn hiệu và kênh bán ngoài tỉnh; phần C thiếu vì phòng ủ chưa kiểm soát được nhiệt độ, độ ẩm, hồ sơ thử nghiệm chưa đủ.',
        'Tổng mức đầu tư của phương án là {inv} triệu đồng.',
        'Nguồn vốn gồm vốn góp của cổ đông {src.0} triệu đồng và vay ngân hàng {src.1} triệu đồng (5 năm, lãi 8,5 %/năm), đáp ứng đủ nhu cầu đầu tư của phương án.',
        'Khấu hao {dep} triệu đồng/năm. Thời gian hoàn vốn = {inv} : ({avgprofit} + {dep}) = {payback} năm.',
        'Tạo việc làm cho {staff.2} lao động năm 2029; mua vỏ bưởi, sả, nghệ cho {cnt.1.0.0} hộ.',
    ],
    'ja09': [
        'Hộ có {staff.0} lao động: chủ hộ lo sổ sách, bán hàng và hai người trong gia đình hái, sao, đóng gói.',
        'Năm 2027 sản xuất {out.0} kg chè búp khô, năm 2028 tăng lên {out.1} kg và năm 2029 đạt {out.2} kg; doanh thu từ {rev.0} triệu đồng lên {rev.1} triệu đồng rồi {rev.2} triệu đồng. Đạt OCOP 3 sao năm 2027 với {pts.T.0} điểm.',
        'Ba năm qua sản lượng tăng đều khoảng 7 %/năm, từ {hist.out.0} kg lên {hist.out.2} kg.',
        'Cứ 4,5 kg búp tươi làm được 1 kg chè khô. Đồi chè của hộ cho khoảng {sup.0.0.0} kg búp/năm; hộ sẽ ký thêm hợp đồng mua búp của các hộ trồng chè trong xã: {cnt.0.1.0} hộ năm 2027, {cnt.0.1.1} hộ năm 2028 và {cnt.0.1.2} hộ năm 2029, mỗi hộ {yld.0.1} kg/năm.',
        'Năm 2027 hộ mua thêm 1 máy sao chè; 2 máy × 15 kg khô/ngày, làm {days} ngày/năm, công suất {cap} kg/năm. Hộ xây nhà sao chè mới 60 m², mua máy vò và máy hút chân không.',
        'Hiện nay hộ được {pts.T.now} điểm (phần A {pts.A.now}/{max.A}, phần B {pts.B.now}/{max.B}, phần C {pts.C.now}/{max.C}), chưa đủ 3 sao. Các việc làm dưới đây đưa điểm lên {pts.T.0} năm 2027.',
        'Tổng vốn đầu tư {inv} triệu đồng; vay Ngân hàng Chính sách xã hội {src.1} triệu đồng, lãi 6,6 %/năm.',
        'Lợi nhuận bình quân {avgprofit} triệu đồng/năm; cộng khấu hao {dep} triệu đồng, hộ hoàn vốn sau khoảng {payback} năm.',
        'Hộ mua búp chè cho {cnt.0.1.2} hộ trong xã năm 2029, giúp các hộ có đầu ra ổn định thay vì bán búp tươi cho thương lái với giá thấp.',
    ],
    'ja10': [
        'Công ty có {staff.0} lao động thường xuyên, trong đó 13 lao động nữ, kế toán có trình độ đại học.',
        'Sản lượng chả các loại {out.0} kg năm 2027, {out.1} kg năm 2028 và {out.2} kg năm 2029; doanh thu {rev.0} triệu đồng năm 2027, {rev.2} triệu đồng năm 2029. Điểm OCOP từ {pts.T.now} lên {pts.T.2} điểm, đạt 4 sao năm 2029.',
        'Sản phẩm được công nhận OCOP 3 sao tháng 12/2025 với {pts.T.now} điểm.',
        'Mỗi kg chả cần khoảng 1,7 kg cá tươi. Công ty ký hợp đồng mua cá với {cnt.0.0.0} tàu cá bến Cửa Sót năm 2027 ({cnt.0.0.2} tàu năm 2029), mỗi tàu {yld.0.0} kg/năm, và với vựa cá Thạch Kim {yld.0.1} kg/năm.',
        'Máy quết {rating} kg/ngày, làm {days} ngày/năm, công suất {cap} kg/năm. Máy quết hiện có đáp ứng được kế hoạch sản xuất của giai đoạn, công ty chưa cần mua thêm.',
        'Phần A thiếu {lack.A} điểm, phần B thiếu {lack.B} điểm, phần C thiếu {lack.C} điểm. Công ty làm các việc dưới đây để đạt {pts.T.2} điểm năm 2029:',
        'Kho lạnh, xe tải lạnh, máy đóng gói và cải tạo khu sơ chế là hạng mục đầu tư; các việc còn lại tính vào chi phí nâng hạng OCOP: {actop.0} triệu đồng năm 2027, {actop.1} triệu đồng năm 2028, {actop.2} triệu đồng năm 2029.',
        'Tổng vốn đầu tư {inv} triệu đồng; vay ngân hàng thương mại {src.1} triệu đồng trong 5 năm, lãi 8,5 %/năm, trả gốc 200 triệu đồng mỗi năm.',
        'Khấu hao {dep} triệu đồng/năm. Thời gian hoàn vốn = {inv} : (lợi nhuận sau thuế bình quân {avgprofit} + khấu hao {dep}) ≈ {payback} năm.',
        'Giữ việc làm cho {staff.2} lao động với lương bình quân {wage.2} triệu đồng/tháng năm 2029; tiêu thụ cá ổn định cho {cnt.0.0.2} tàu cá.',
    ],
    'ja11': [
    ],
    'ja12': [
    ],
}
# <<< PROSE


# --------------------------------------------------------------------------- what each plan must say
READY = ("ja01", "ja02", "ja03", "ja04")
READY_CITES = ("148/QĐ-TTg", "1489/QĐ-TTg")
# per plan: snippets that must be there, and (pattern, why) that must not
TEXT: dict[str, dict] = {
    "ja01": dict(has=["TCVN 5107:2018", "đủ điều kiện an toàn thực phẩm", "08/01/2030", "tự công bố",
                      "phiếu kết quả thử nghiệm", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
                      "Giấy chứng nhận đăng ký nhãn hiệu", "đăng ký môi trường", "mã lô", "lưu mẫu", "HACCP"]),
    "ja02": dict(has=["05/02/2030", "TCCS", "tự công bố", "phiếu kết quả thử nghiệm", "43/2017/NĐ-CP",
                      "111/2021/NĐ-CP", "không dùng cho trẻ dưới 1 tuổi", "Giấy chứng nhận đăng ký nhãn hiệu",
                      "05/2025/NĐ-CP", "mã lô", "32 thành viên chính thức"]),
    "ja03": dict(has=["02/3/2030", "không ghi công dụng chữa bệnh", "Tiêu chuẩn cơ sở", "tự công bố",
                      "Đơn đăng ký nhãn hiệu", "43/2017/NĐ-CP", "tem QR", "mã lô", "28A8011467"],
                 lacks=[(r"(?<!dụng )chữa (bệnh|gan)|điều trị|giải độc|mát gan|bổ gan", "health claim")]),
    "ja04": dict(has=["không phải là thực phẩm", "đăng ký môi trường", "43/2017/NĐ-CP", "Thẻ treo",
                      "bảng kê lâm sản", "Giấy chứng nhận đăng ký tổ hợp tác", "Đơn đăng ký nhãn hiệu"]),
    "ja05": dict(has=["QCVN 6-3:2010/BYT", "đủ điều kiện an toàn thực phẩm", "Giấy chứng nhận đăng ký nhãn hiệu",
                      "đăng ký môi trường", "không sử dụng cho người dưới 18 tuổi", "thời gian hoàn vốn khoảng 1,5 năm",
                      "sản phẩm hiện được 61 điểm"],
                 lacks=[(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "alcohol licence mentioned")]),
    "ja06": dict(has=["1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "Luật Hợp tác xã năm 2012",
                      "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện", "Ủy ban nhân dân huyện Nghi Xuân",
                      "phần A tối đa 35 điểm"],
                 lacks=[(r"môi trường|chất thải|nước thải|mùi|xử lý|bể lắng|biogas|\brác\b|khử|thu gom|ô nhiễm|vệ sinh",
                         "environmental measure mentioned"),
                        (r"148/QĐ-TTg|1489", "current OCOP decision cited")]),
    "ja07": dict(has=["bảo đảm đủ cho sản xuất cả giai đoạn 2027 – 2029", "Nhật ký trồng", "mã lô", "tem QR",
                      "đủ điều kiện an toàn thực phẩm"],
                 lacks=[(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|"
                         r"chỉ tiêu (chất lượng|an toàn|cảm quan|vi sinh)", "product standard mentioned"),
                        (r"Còn dư|thiếu hụt|Cân đối", "a balance row")]),
    "ja08": dict(has=["[ghi tên đơn vị tư vấn]", "đủ điều kiện sản xuất mỹ phẩm", "Phiếu công bố sản phẩm mỹ phẩm",
                      "tiêu chuẩn cơ sở", "lưu mẫu", "đăng ký môi trường", "đáp ứng đủ nhu cầu đầu tư"],
                 lacks=[(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch", "label mentioned")]),
    "ja09": dict(has=["còn rất lớn", "không thuê thêm người", "đủ điều kiện an toàn thực phẩm"],
                 lacks=[(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|chỉ dẫn địa lý", "trademark mentioned")]),
    "ja10": dict(has=["đáp ứng được kế hoạch sản xuất", "TCCS", "tự công bố", "Giấy chứng nhận đăng ký nhãn hiệu",
                      "đăng ký môi trường"],
                 lacks=[(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết|HACCP|\bISO\b",
                         "food-safety paper mentioned"),
                        (r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\blô\b|kiểm soát|lưu mẫu|\btem\b|mã vạch|"
                         r"sổ theo dõi|sổ ghi", "quality control mentioned")]),
}


# --------------------------------------------------------------------------- the checks
CAPTION = r"^(?:Bảng|Biểu)(?: số)? \d+(?:\.|:| –) "


def parse(cell: str) -> float | None:
    t = cell.replace("*", "").strip()
    t = re.sub(r"\s*(%|sao)$", "", t)
    if not re.fullmatch(r"[−-]?\d[\d.]*(,\d+)?", t):
        return None
    return (-1 if t[0] in "−-" else 1) * vn(t.lstrip("−-"))


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.lines = [ln.strip() for ln in self.body.splitlines()]

    def table(self, caption: str) -> list[list[str]]:
        pat = re.compile(CAPTION + re.escape(caption) + r"$")
        hits = [i for i, ln in enumerate(self.lines) if pat.match(ln.replace("*", ""))]
        if len(hits) != 1:
            self.failures.append(f"table caption {caption!r} found {len(hits)} times")
            return []
        rows, started = [], False
        for ln in self.lines[hits[0] + 1:]:
            if ln.startswith("|"):
                started = True
                rows.append([x.strip() for x in ln.strip("|").split("|")])
            elif started and ln and not ln.startswith(":::"):
                break
        return rows[2:]  # header and rule out

    def cells(self, rows, label: str) -> list[float] | None:
        for r in rows:
            for i, x in enumerate(r[:2]):
                if x.replace("*", "").strip() == label:
                    return [v for v in (parse(y) for y in r[i + 1:]) if v is not None]
        self.failures.append(f"row not found: {label!r}")
        return None


def check(key: str, stem: str) -> Plan:
    p = Plan(stem)
    P = PLANS.get(key)
    if P is None:
        check_sketchy(p, key)
        return p
    shown, true = model(key, True), model(key, False)
    # 1. planted figures off by more than 5 %, knock-ons declared, all else equal
    plant, knock = set(P["plant"]), set(P["knock"])
    for k in plant:
        if not off(shown[k], true[k], 5):
            p.failures.append(f"planted {k}: printed {shown[k]} vs true {true[k]} not off by > 5 %")
    for k in shown:
        if k.startswith("_") or k in plant:
            continue
        if not close(shown[k], true[k], 0.005) and k not in knock:
            p.failures.append(f"{k}: printed {shown[k]} differs from true {true[k]} (not planted, not a knock-on)")
    # 2. every computed table as printed
    for sp in specs(key):
        rows = p.table(sp["caption"])
        if not rows:
            continue
        for lab, pre, keys in sp["rows"]:
            got = p.cells(rows, lab)
            if got is None:
                continue
            want = [shown[k] for k in keys if k]
            if len(got) != len(want) or not all(
                    close(g, w, 0.01) or abs(g - w) <= 0.11 for g, w in zip(got, want)):
                p.failures.append(f"[{sp['caption']}] {lab}: printed {got}, model {want}")
    # 3. every figure in the prose
    for t in PROSE.get(key, []):
        s = render(t, shown)
        if s not in p.body:
            p.failures.append(f"prose not found: {s[:90]!r}")
    # 4. the plan's own logic, on the true figures
    logic(p, key, P, true, shown)
    # 5. words that must or must not be there
    spec = TEXT.get(key, {})
    p.has(*spec.get("has", []))
    for pat, why in spec.get("lacks", []):
        p.lacks(pat, why)
    p.lacks(PLACEHOLDER, "template placeholder") if key != "ja08" else None
    if key in READY:
        p.has(*READY_CITES)
        p.lacks(REPLACED, "replaced instrument or abolished level in a ready plan")
        for m in re.finditer(r"(?:đến|hết hạn|hiệu lực đến)(?: ngày)? \d{1,2}/\d{1,2}/(\d{4})", p.body):
            if int(m.group(1)) < 2028:
                p.failures.append(f"paper expiring before the plan period ends: {m.group(0)!r}")
    return p


def logic(p: Plan, key: str, P: dict, t: dict, s: dict) -> None:
    ok = p.check
    n = len(P["products"])
    for y in range(3):
        # revenue = packs × price; output = Σ packs × size (true figures)
        for i in range(n):
            ok(close(t[f"rev.{i}.{y}"], P["products"][i][4][y] * P["products"][i][3][y] / 1e6, 0.001),
               f"rev.{i}.{y}")
        # margins plausible for a small processor
        if key != "ja09":
            ok(0 < t[f"margin.{y}"] < 35, f"margin {y}: {t[f'margin.{y}']} %")
        # raw material within supply (ja07 is the planted shortfall)
        for r in range(len(P["raws"])):
            if key == "ja07" and y > 0:
                ok(t[f"need.{r}.{y}"] > t[f"sup.{r}.{y}"] * 1.05,
                   f"ja07 shortfall {y}: need {t[f'need.{r}.{y}']} vs supply {t[f'sup.{r}.{y}']}")
            else:
                ok(t[f"sup.{r}.{y}"] >= t[f"need.{r}.{y}"] * 1.05,
                   f"supply {r}.{y}: {t[f'sup.{r}.{y}']} < need {t[f'need.{r}.{y}']} + 5 %")
        # capacity (ja10 is the planted excess)
        if key == "ja10" and y > 0:
            ok(t[f"out.{y}"] > t["cap"] * 1.03, f"ja10 capacity {y}: {t[f'out.{y}']} vs {t['cap']}")
        else:
            ok(t[f"use.{y}"] <= (85 if key in READY else 100), f"use {y}: {t[f'use.{y}']} %")
        # growth (ja09 is the planted one)
        if key != "ja09":
            ok(t[f"grev.{y}"] < 35 and t[f"gout.{y}"] < 35, f"growth {y}: {t[f'grev.{y}']} %")
        # points: never above the maximum; star as the thresholds say
        for code, lab, mx, now in P["groups"]:
            ok(t[f"pts.{code}.{y}"] <= mx, f"points {code} {y} above max")
        ok(s[f"star.{y}"] == star(s[f"pts.T.{y}"]), f"star {y}")
    # sources = investment (ja08 is the planted gap)
    if key == "ja08":
        ok(off(t["src"], t["inv"], 5), f"ja08 sources {t['src']} vs investment {t['inv']}")
    else:
        ok(t["src"] == t["inv"], f"sources {t['src']} != investment {t['inv']}")
    ok(close(t["share.T"], 100, 0.002), "shares")
    # the operating actions are the OCOP cost line; the equipment actions are investment items
    for y, yr in enumerate(YEARS):
        ok(t[f"cost.ocop.{y}"] == sum(c if not isinstance(c, tuple) else 0
                                      for (_, _, _, ay, c) in P["actions"] if ay == yr), f"ocop cost {y}")
    for (lab, code, pts, yr, c) in P["actions"]:
        if isinstance(c, tuple):
            ok(P["inv"][c[1]][1] > 0 and yr == 2027, f"investment action {lab}")
    ok(t["lack.T"] == t["max.T"] - t["pts.T.now"], "lack = max - now")
    if key == "ja09":  # unrealistic growth: output doubles, then +75 %, with the same staff and channels
        ok(t["gout.1"] > 50 and t["gout.2"] > 50, "ja09 growth")
        ok(t["staff.0"] == t["staff.2"], "ja09 staff unchanged")
        g = ((t["hist.out.1"] / t["hist.out.0"] - 1) + (t["hist.out.2"] / t["hist.out.1"] - 1)) / 2 * 100
        ok(abs(g - 7) < 0.5, f"ja09 history growth {g:.1f} %")
        p.has("tăng đều khoảng 7 %/năm")
    if key == "ja10":  # no new mixer, no new staff
        ok(t["staff.0"] == t["staff.2"], "ja10 staff unchanged")
        ok(not any("quết" in x[0] for x in P["inv"]), "ja10 buys a mixer")
    if key == "ja07":  # the area stated twice as 540 m² and once as 720 m²
        ok(p.count("540 m²") == 2 and p.count("720 m²") == 1, "ja07 areas")
        ok(not any(x[1] != [3, 3, 3] for x in [(r[0], r[1]) for r in P["raws"][0][4][:1]]), "ja07 houses")
    if key == "ja06":  # the old weights: 35 / 25 / 40
        ok([g[2] for g in P["groups"]] == [35, 25, 40], "ja06 weights")
    elif P["groups"]:
        parts = {}
        for g in P["groups"]:
            parts[g[0][0]] = parts.get(g[0][0], 0) + g[2]
        ok(parts == {"A": 40, "B": 25, "C": 35}, f"weights {parts}")
    ok(t["max.T"] == 100, "maximum 100")


def check_sketchy(p: Plan, key: str) -> None:
    S = SKETCHY[key]
    w = len(re.findall(r"\w+", p.body))
    p.check(150 <= w <= 350, f"sketchy plan has {w} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.has(*S["has"])
    for pat, why in S["lacks"]:
        p.lacks(pat, why)


STEMS = {
    "ja01": "ja01_nuoc_mam_hai_thinh_cty",
    "ja02": "ja02_mat_ong_rung_son_kim_htx",
    "ja03": "ja03_tra_ca_gai_leo_phuc_tang_hkd",
    "ja04": "ja04_khay_tra_go_duc_thuan_tht",
    "ja05": "ja05_ruou_nep_sim_trung_son_htx",
    "ja06": "ja06_mam_tom_xuan_hoi_htx",
    "ja07": "ja07_nam_linh_chi_son_tay_tht",
    "ja08": "ja08_xa_phong_thao_duoc_thuan_loc_ctcp",
    "ja09": "ja09_che_xanh_son_bang_hkd",
    "ja10": "ja10_cha_ca_cua_sot_cty",
    "ja11": "ja11_banh_ram_cam_binh_so_sai",
    "ja12": "ja12_homestay_vuon_buoi_so_sai",
}


def main(argv: list[str] | None = None) -> int:
    args = list(argv or [])
    keys = [k for k in STEMS if not args or k in args]
    return plancheck.report([check(k, STEMS[k]) for k in keys])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
