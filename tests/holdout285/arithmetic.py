"""The 285th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout285/arithmetic.py [ka01 ka05 ...]

Theme: tables whose cells hold several lines. Investment rows carry their breakdown ("Máy sấy:
120; Máy xay: 45") in a "Chi tiết" cell beside the row's total; production cells hold the quantity
and the price of a year ("30.000 hộp / 52.000 đ"); raw-material supply cells list the sources with
their working ("20 hộ × 450 kg"); labels carry their working ("Nguyên liệu (nếp 28.000 đ/kg; nhân
140.000 đ/kg)"); notes, units and dates sit beside the figures in the same cell; some tables are
typed with tabs, the cell's second line on a line of its own, and some use a continuation row.

For every full plan (ka01-ka10) the constants give the products (pack size in the plan's base unit,
price and packs per year), the 2024-2026 history (output, average price, profit), the raw
materials (norm per base unit, price, supply rows count x yield), the equipment rating x working
days, staff by role with monthly wage (or piece rate), the packaging cost per pack, the fixed cost
lines, the investment items with their breakdown, the capital sources, loan balances and rate.
`model()` turns them into every figure the plan prints; `printed()` applies the planted defects
and the figures the plan lets follow them. The checks read each table of the plan's source (found
by its caption "Bảng N.") and each number in the prose, and compare: every printed figure equals
`printed()` within 1 %; `printed()` differs from the true `model()` only in the planted figures
(by more than 5 %, the true value beside them) and in the knock-ons the notes list. Textual
defects are asserted through the absence or presence of their words. Sketchy plans: 150-350
words, no table.
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
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, [price đ per year], [packs per year])
# hist: output 2024-2026 (base units), average price đ per base unit, profit (triệu)
# raws: (label, unit, norm per base unit, price đ per unit,
#        supply rows (label, count or [count per year], count word, yield per count))
# cap: (rating per day, working days, what limits, rating text)
# staff: (role, [staff per year], monthly wage triệu or None = paid by the piece)
# piece: piece rate đ per pack (handicraft) or None; pack: packaging đ per pack
# energy / sell / other: triệu per year; inv: (label, [(item, triệu)], fixed asset?)
# src: (label, triệu, note); life: years of straight-line depreciation; loan: balance per year
PLANS: dict[str, dict] = {
    "ka01": dict(
        stem="ka01_banh_ram_it_que_nghen_cty", unit="kg",
        products=[("Bánh ram ít hộp 10 chiếc (400 g)", "hộp", 0.4, [52000, 54000, 56000], [30000, 32500, 35000]),
                  ("Bánh ram ít hộp 20 chiếc (800 g)", "hộp", 0.8, [98000, 101000, 104000], [9000, 9800, 10500]),
                  ("Bánh ram ít túi 1 kg cho nhà hàng", "túi", 1.0, [105000, 108000, 111000], [5000, 5500, 6000])],
        hist=dict(out=[19800, 21200, 22600], price=[112000, 116000, 120000], profit=[310.5, 352.8, 401.2]),
        raws=[("Gạo nếp cái", "kg", 0.45, 28000,
               [("Hộ trồng nếp thôn Đồng Huề", 20, "hộ", 450),
                ("Hộ trồng nếp thôn Kim Thành", 14, "hộ", 450)]),
              ("Tôm đất, thịt nạc làm nhân", "kg", 0.2, 140000,
               [("Cơ sở thu mua tôm đất Hồng Thủy", 1, "cơ sở", 3000),
                ("Cơ sở giết mổ Đức Hòa", 1, "cơ sở", 3200)])],
        cap=(130, 280, "Dây chuyền chiên, cấp đông", "130 kg/ngày"),
        staff=[("Giám đốc, kế toán", [2, 2, 2], 8.5),
               ("Xay bột, làm nhân, gói bánh", [5, 5, 6], 6.0),
               ("Chiên, cấp đông, đóng hộp", [2, 2, 2], 6.0),
               ("Bán hàng, giao hàng", [1, 2, 2], 6.5)],
        piece=None, pack=[5000, 8000, 3000],
        energy=[150, 165, 180], sell=[170, 190, 210], other=[60, 60, 60],
        inv=[("Máy móc chế biến", [("Máy xay bột nước", 45), ("Máy trộn nhân", 35), ("Chảo chiên tự động", 120)], True),
             ("Kho lạnh, cấp đông", [("Tủ cấp đông gió âm 35 độ", 160), ("Kho lạnh 20 m³", 140)], True),
             ("Cải tạo xưởng một chiều", [("Nền, tường, trần phòng chế biến", 150), ("Phòng đóng gói, thay đồ", 70)], True),
             ("Bao bì, nhãn, truy xuất", [("Thiết kế hộp, nhãn", 40), ("Mã vạch, tem QR", 15)], False),
             ("Kiểm nghiệm, nhãn hiệu", [("Kiểm nghiệm, tự công bố", 20), ("Đăng ký nhãn hiệu", 12)], False),
             ("Vốn lưu động", [("Nguyên liệu dự trữ", 220), ("Bao bì dự trữ", 73)], False)],
        src=[("Vốn chủ sở hữu", 600, "vốn góp của 2 thành viên"),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500, "lãi 8 %/năm; trả dần 4 năm")],
        life=10, loan=[500, 375, 250], rate=0.08),
    "ka02": dict(
        stem="ka02_tra_xa_den_son_hong_htx", unit="kg",
        products=[("Trà xạ đen túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, [34000, 35000, 36000], [36000, 39000, 42000]),
                  ("Xạ đen khô cắt đoạn, túi 500 g", "túi", 0.5, [88000, 90000, 92000], [5000, 5400, 5800]),
                  ("Xạ đen khô, bao 2 kg cho nhà hàng, quán", "bao", 2.0, [320000, 328000, 336000], [700, 760, 820])],
        hist=dict(out=[4600, 5000, 5350], price=[330000, 338000, 346000], profit=[182.2, 205.1, 229.4]),
        raws=[("Cành lá xạ đen tươi", "kg", 4.2, 9000,
               [("Vườn xạ đen của hợp tác xã", 4, "ha", 4500),
                ("Hộ thành viên thôn Hồng Tiến", 14, "hộ", 800),
                ("Hộ thôn Khe Tre (hợp đồng)", 6, "hộ", 700)])],
        cap=(32, 260, "Máy sấy bơm nhiệt", "32 kg khô/ngày"),
        staff=[("Ban quản trị, kế toán", [2, 2, 2], 7.0),
               ("Thu hái, sơ chế", [3, 3, 3], 5.5),
               ("Sấy, cắt, đóng túi lọc", [3, 3, 4], 5.5),
               ("Bán hàng, kho", [1, 1, 1], 6.0)],
        piece=None, pack=[6000, 4000, 8000],
        energy=[110, 120, 130], sell=[130, 155, 180], other=[50, 50, 50],
        inv=[("Nhà sấy, phòng đóng gói 100 m²", [("Nhà sấy khung thép", 180), ("Phòng đóng gói sạch", 120)], True),
             ("Thiết bị chế biến", [("Máy sấy bơm nhiệt", 260), ("Máy cắt, nghiền", 70), ("Máy đóng túi lọc", 220)], True),
             ("Bao bì, nhãn, mã QR", [("Thiết kế hộp, túi", 30), ("Tem QR truy xuất", 15)], False),
             ("Kiểm nghiệm, nhãn hiệu", [("Kiểm nghiệm, tự công bố", 22), ("Đăng ký nhãn hiệu", 13)], False),
             ("Vốn lưu động", [("Thu mua nguyên liệu", 200), ("Bao bì dự trữ", 70)], False)],
        src=[("Vốn góp của thành viên", 400, "22 thành viên"),
             ("Quỹ đầu tư phát triển của hợp tác xã", 200, "trích từ lãi 2024 – 2026"),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600, "lãi 8 %/năm; trả dần 4 năm")],
        life=10, loan=[600, 450, 300], rate=0.08),
    "ka03": dict(
        stem="ka03_nuoc_mia_huong_trach_hkd", unit="lít",
        products=[("Nước mía ép lạnh, chai 330 ml", "chai", 0.33, [15000, 15500, 16000], [90000, 99000, 108000]),
                  ("Nước mía ép lạnh, chai 1 lít", "chai", 1.0, [38000, 39000, 40000], [6000, 6600, 7200])],
        hist=dict(out=[28500, 31000, 33400], price=[42000, 43000, 44000], profit=[143.6, 164.3, 183.7]),
        raws=[("Mía cây (mía tím, mía trắng)", "kg", 2.0, 2500,
               [("Ruộng mía của hộ", 2, "ha", 35000),
                ("Hộ trồng mía thôn Trung Hòa (hợp đồng)", 8, "hộ", 4000)]),
              ("Quất, gừng tạo hương", "kg", 0.02, 30000,
               [("Vườn quất, gừng của hộ", 1, "vườn", 1000)])],
        cap=(200, 260, "Máy ép mía lạnh và máy chiết rót", "200 lít/ngày"),
        staff=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1], 8.0),
               ("Gọt, rửa, ép mía", [2, 2, 3], 6.0),
               ("Lọc, thanh trùng, chiết chai", [2, 2, 2], 6.0),
               ("Giao hàng, bán hàng", [1, 2, 2], 6.5)],
        piece=None, pack=[3500, 6000],
        energy=[120, 130, 140], sell=[90, 100, 110], other=[30, 30, 30],
        inv=[("Thiết bị ép, lọc", [("Máy ép mía lạnh 3 trục inox", 120), ("Bộ lọc tinh 2 cấp", 40)], True),
             ("Thanh trùng, chiết rót", [("Máy thanh trùng dạng tấm", 150), ("Máy chiết rót, đóng nắp", 110)], True),
             ("Kho lạnh, phòng chế biến", [("Kho lạnh 15 m³", 90), ("Cải tạo phòng chế biến 40 m²", 50)], True),
             ("Bao bì, nhãn, mã QR", [("Thiết kế chai, nhãn", 25), ("Tem QR truy xuất", 10)], False),
             ("Vốn lưu động", [("Thu mua mía", 60), ("Chai, nắp dự trữ", 45)], False)],
        src=[("Vốn tự có của hộ", 400, "tiết kiệm của gia đình"),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300, "lãi 8,5 %/năm; trả dần 3 năm")],
        life=8, loan=[300, 200, 100], rate=0.085),
    "ka04": dict(
        stem="ka04_non_la_thach_dai_tht", unit="chiếc",
        products=[("Nón lá trắng truyền thống", "chiếc", 1, [65000, 67000, 69000], [6000, 6500, 7000]),
                  ("Nón bài thơ lồng tranh, chữ", "chiếc", 1, [110000, 113000, 116000], [3000, 3300, 3600]),
                  ("Nón lá vẽ tay kèm hộp quà", "chiếc", 1, [220000, 226000, 232000], [1200, 1400, 1600])],
        hist=dict(out=[8200, 8900, 9600], price=[88000, 90000, 92000], profit=[93.8, 105.7, 118.4]),
        raws=[("Lá nón khô (đã sấy, là phẳng)", "kg", 0.11, 70000,
               [("Hộ khai thác lá thôn Rào Tre (hợp đồng)", 6, "hộ", 180),
                ("Đại lý lá nón chợ Hôm (hợp đồng)", 1, "đại lý", 500)]),
              ("Vành tre, giang (bộ 16 vành)", "bộ", 1, 5000,
               [("Hộ chuốt vành trong tổ", 5, "hộ", 2800)])],
        cap=(48, 300, "Khuôn chằm nón", "24 khuôn × 2 chiếc/ngày"),
        staff=[("Tổ trưởng, kế toán", [2, 2, 2], 5.5),
               ("Vẽ tranh, hoàn thiện, đóng hộp", [2, 2, 2], 5.0),
               ("Thợ chằm nón tại nhà (khoán theo chiếc)", [22, 23, 24], None)],
        piece=[18000, 28000, 45000], pack=[2000, 3000, 25000],
        energy=[20, 24, 28], sell=[60, 75, 90], other=[20, 25, 30],
        inv=[("Nhà xưởng, kho lá 80 m²", [("Sửa nhà xưởng, kho lá", 90), ("Lò sấy lá bằng khí nóng", 40)], True),
             ("Dụng cụ, thiết bị", [("Khuôn chằm nón bổ sung", 24), ("Bàn là lá, máy khâu vành", 36)], True),
             ("Phòng vẽ, phun phủ bóng", [("Buồng phun có quạt hút, lọc", 45), ("Bàn vẽ, giá phơi", 15)], True),
             ("Mẫu mã, hộp quà, thẻ treo", [("Thiết kế hộp quà, thẻ treo", 25), ("Đăng ký nhãn hiệu", 12)], False),
             ("Vốn lưu động", [("Lá, vành dự trữ", 80), ("Tiền công tạm ứng", 33)], False)],
        src=[("Vốn góp của tổ viên", 250, "10 tổ viên × 25 triệu"),
             ("Vay Ngân hàng Chính sách xã hội", 150, "3 hộ tổ viên đứng vay; lãi 6,6 %/năm")],
        life=8, loan=[150, 100, 50], rate=0.066),
    "ka05": dict(
        stem="ka05_ruou_men_la_huong_do_htx", unit="lít",
        products=[("Rượu men lá 29 độ, chai 500 ml", "chai", 0.5, [65000, 67000, 69000], [20000, 22000, 24000]),
                  ("Rượu men lá 35 độ, bình sứ 1,5 lít", "bình", 1.5, [220000, 226000, 232000], [1600, 1800, 2000]),
                  ("Rượu men lá 29 độ, can 5 lít", "can", 5.0, [400000, 412000, 424000], [800, 880, 960])],
        hist=dict(out=[13200, 14300, 15400], price=[118000, 120000, 122000], profit=[171.3, 190.2, 208.8]),
        raws=[("Gạo tẻ, gạo nếp", "kg", 1.3, 17000,
               [("Ruộng lúa của thành viên", 40, "hộ", 450),
                ("Hộ thôn Phúc Đồng (hợp đồng)", 25, "hộ", 450)])],
        cap=(90, 280, "Nồi chưng cất", "3 nồi × 30 lít/ngày"),
        staff=[("Ban quản trị, kế toán", [2, 2, 2], 7.0),
               ("Nấu, ủ men, chưng cất", [4, 4, 4], 6.0),
               ("Lọc, hạ thổ, chiết chai", [2, 2, 2], 5.5),
               ("Bán hàng", [1, 1, 1], 6.0)],
        piece=None, pack=[9000, 45000, 15000],
        energy=[90, 98, 106], sell=[150, 175, 200], other=[60, 70, 80],
        inv=[("Nhà ủ, kho hạ thổ 80 m²", [("Nhà khung thép, mái tôn", 160), ("Hầm hạ thổ, giá chum", 60)], True),
             ("Thiết bị chưng cất, lọc", [("Nồi chưng cất inox bổ sung", 90), ("Máy lọc, khử andehit", 150)], True),
             ("Chum, bình ủ", [("Chum sành 200 lít × 40", 80), ("Bồn inox 500 lít × 4", 40)], True),
             ("Xử lý bỗng rượu", [("Hầm biogas 12 m³", 45), ("Bể lắng bỗng", 25)], True),
             ("Bao bì, nhãn, tem", [("Thiết kế chai, bình, hộp", 50), ("Tem QR chống giả", 20)], False),
             ("Vốn lưu động", [("Gạo dự trữ", 200), ("Chai, bình, can", 80)], False)],
        src=[("Vốn góp của thành viên", 500, "33 thành viên"),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500, "lãi 8 %/năm; trả dần 5 năm")],
        life=10, loan=[500, 400, 300], rate=0.08),
    "ka06": dict(
        stem="ka06_mat_ong_rung_khe_dao_hkd", unit="kg",
        products=[("Mật ong rừng, chai 500 g", "chai", 0.5, [190000, 196000, 202000], [3000, 3300, 3600]),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1.0, [240000, 247000, 254000], [1200, 1350, 1500]),
                  ("Mật ong hoa keo, can 2 kg", "can", 2.0, [440000, 453000, 466000], [250, 280, 310])],
        hist=dict(out=[2650, 2850, 3050], price=[292000, 298000, 304000], profit=[108.4, 119.0, 130.3]),
        raws=[("Mật ong thô", "kg", 1.06, 110000,
               [("Đàn ong của hộ", [150, 155, 160], "đàn", 14),
                ("Hộ nuôi ong thôn Khe Dao (hợp đồng)", [10, 10, 10], "hộ", 130)])],
        cap=(20, 250, "Máy hạ thủy phần", "20 kg/mẻ × 1 mẻ/ngày"),
        staff=[("Chủ hộ, quản lý", [1, 1, 1], 7.0),
               ("Chăm đàn ong, quay mật", [2, 2, 2], 5.5),
               ("Lọc, đóng chai, bán hàng", [1, 1, 1], 5.5)],
        piece=None, pack=[6000, 9000, 12000],
        energy=[15, 16, 17], sell=[45, 50, 55], other=[20, 20, 20],
        inv=[("Thiết bị chế biến", [("Máy hạ thủy phần 20 kg/mẻ", 120), ("Máy quay mật, bồn lọc inox", 60)], True),
             ("Phòng lọc, đóng chai 30 m²", [("Xây, ốp lát phòng", 110), ("Giá kệ, bàn inox", 30)], True),
             ("Chai, hũ và kiểm nghiệm", [("Chai, hũ, can mẫu mới", 25), ("Kiểm nghiệm, tự công bố", 15)], False),
             ("Vốn lưu động", [("Thu mua mật ong thô", 150), ("Chi phí đàn ong mùa vụ", 30)], False)],
        src=[("Vốn tự có của hộ", 340, "tiết kiệm của gia đình"),
             ("Vay Ngân hàng Chính sách xã hội", 100, "lãi 6,6 %/năm"),
             ("Vay Quỹ hỗ trợ nông dân", 100, "lãi 5,4 %/năm")],
        life=8, loan=[200, 150, 100], rate=0.07),
    "ka07": dict(
        stem="ka07_tra_ca_gai_leo_thien_loc_ctcp", unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 20 túi × 2,5 g", "hộp", 0.05, [36000, 37000, 38000], [60000, 66000, 72000]),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, [90000, 92000, 94000], [6000, 6500, 7000]),
                  ("Cà gai leo khô, bao 5 kg cho nhà thuốc", "bao", 5.0, [380000, 390000, 400000], [300, 330, 360])],
        hist=dict(out=[6100, 6600, 7100], price=[405000, 412000, 420000], profit=[370.6, 408.0, 447.3]),
        raws=[("Cây cà gai leo tươi", "kg", 4.0, 7000,
               [("Vùng trồng của công ty", 3, "ha", 12000),
                ("Hộ liên kết thôn Đại Lự", 20, "hộ", 600)])],
        cap=(40, 280, "Máy sấy 2 buồng", "2 buồng × 20 kg khô/ngày"),
        staff=[("Ban giám đốc, kế toán", [3, 3, 3], 9.0),
               ("Trồng, thu hái, sơ chế", [4, 4, 4], 6.0),
               ("Sấy, cắt, đóng gói", [4, 4, 5], 6.0),
               ("Bán hàng, đại lý", [2, 2, 2], 7.0)],
        piece=None, pack=[6000, 4000, 10000],
        energy=[140, 155, 170], sell=[200, 240, 280], other=[80, 80, 80],
        inv=[("Nhà xưởng sơ chế, sấy 200 m²", [("Nhà xưởng khung thép", 420), ("Sân phơi, kho khô", 180)], True),
             ("Thiết bị", [("Máy sấy 2 buồng", 380), ("Máy cắt, nghiền", 120), ("Máy đóng túi lọc", 300)], True),
             ("Bao bì, nhãn, truy xuất", [("Thiết kế bao bì", 60), ("Tem QR, mã vạch", 20)], False),
             ("Vốn lưu động", [("Thu mua nguyên liệu", 350), ("Bao bì dự trữ", 170)], False)],
        src=[("Vốn góp của cổ đông", 1200, "5 cổ đông sáng lập"),
             ("Vay Ngân hàng thương mại cổ phần", 800, "lãi 8,5 %/năm; trả dần 4 năm")],
        life=10, loan=[800, 600, 400], rate=0.085),
    "ka08": dict(
        stem="ka08_ca_com_kho_cam_nhuong_htx", unit="kg",
        products=[("Cá cơm khô loại 1, túi 500 g", "túi", 0.5, [120000, 125000, 130000], [10000, 11000, 12000]),
                  ("Cá cơm khô tẩm gia vị, hộp 200 g", "hộp", 0.2, [65000, 67000, 69000], [12000, 13500, 15000]),
                  ("Cá cơm khô, thùng 5 kg cho đại lý", "thùng", 5.0, [1050000, 1090000, 1130000], [500, 540, 580])],
        hist=dict(out=[8300, 8900, 9400], price=[228000, 234000, 240000], profit=[246.1, 270.7, 293.3]),
        raws=[("Cá cơm tươi", "kg", 3.5, 18000,
               [("Thuyền của thành viên", 8, "thuyền", 4500),
                ("Nậu vựa bến Cẩm Nhượng (hợp đồng)", 2, "vựa", 6000)]),
              ("Muối hạt, gia vị", "kg", 0.15, 3000,
               [("Hợp tác xã muối Kỳ Ninh (hợp đồng)", 1, "hợp đồng", 3000)])],
        cap=(75, 240, "Lò sấy khí nóng", "3 lò × 25 kg khô/ngày"),
        staff=[("Ban quản trị, kế toán", [3, 3, 3], 7.0),
               ("Rửa, luộc, phơi sấy", [6, 6, 7], 5.5),
               ("Phân loại, đóng gói", [3, 3, 3], 5.0),
               ("Bán hàng", [1, 1, 1], 6.0)],
        piece=None, pack=[4000, 5000, 20000],
        energy=[120, 135, 150], sell=[100, 125, 150], other=[50, 60, 70],
        inv=[("Nhà sơ chế, sấy 150 m²", [("Nhà khung thép, nền láng", 300), ("Sân phơi lưới inox", 100)], True),
             ("Thiết bị", [("Lò sấy khí nóng bổ sung", 240), ("Nồi luộc cá inox", 80), ("Máy hút chân không", 60)], True),
             ("Kho lạnh bảo quản", [("Kho lạnh 30 m³", 180), ("Máy phát điện dự phòng", 40)], True),
             ("Bao bì, nhãn, mã vạch", [("Thiết kế túi, hộp, thùng", 40), ("Mã vạch, tem QR", 20)], False),
             ("Vốn lưu động", [("Thu mua cá mùa chính", 360), ("Bao bì, gia vị", 80)], False)],
        src=[("Vốn góp của thành viên", 500, "25 thành viên × 20 triệu"),
             ("Quỹ đầu tư phát triển của hợp tác xã", 200, "trích lãi các năm trước"),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600, "lãi 8 %/năm; trả dần 4 năm")],
        life=10, loan=[600, 450, 300], rate=0.08),
    "ka09": dict(
        stem="ka09_banh_gai_tung_anh_tht", unit="chiếc",
        products=[("Bánh gai nhân đậu xanh dừa, túi 5 chiếc", "túi", 5, [50000, 51000, 52000], [12000, 13500, 15500]),
                  ("Bánh gai hộp quà 10 chiếc", "hộp", 10, [120000, 123000, 126000], [4000, 4600, 5400]),
                  ("Bánh gai bán cho quán, chục 10 chiếc", "chục", 10, [90000, 92000, 94000], [3000, 3400, 3900])],
        hist=dict(out=[104000, 113000, 122000], price=[9600, 9800, 10000], profit=[149.8, 166.1, 183.0]),
        raws=[("Gạo nếp", "kg", 0.045, 28000,
               [("Hộ trồng nếp thôn Trung Tiến", 15, "hộ", 600)]),
              ("Đậu xanh, dừa, đường làm nhân", "kg", 0.04, 45000,
               [("Cửa hàng vật tư Tùng Ảnh (hợp đồng)", 1, "hợp đồng", 8000)]),
              ("Lá gai tươi", "kg", 0.02, 20000,
               [("Hộ trồng gai thôn Yên Xá", 8, "hộ", 450)])],
        cap=(500, 300, "Nồi hấp bánh", "2 nồi × 250 chiếc/mẻ × 1 mẻ/ngày"),
        staff=[("Tổ trưởng, kế toán", [2, 2, 2], 5.0),
               ("Xay bột, làm nhân, nặn bánh", [4, 4, 4], 4.8),
               ("Hấp, đóng gói", [1, 1, 1], 4.8),
               ("Bán hàng", [1, 1, 1], 5.0)],
        piece=None, pack=[2500, 9000, 1500],
        energy=[45, 50, 56], sell=[60, 70, 80], other=[25, 25, 25],
        inv=[("Sửa bếp, phòng nặn bánh 60 m²", [("Lát nền, ốp tường", 70), ("Bàn inox, giá phơi", 30)], True),
             ("Thiết bị", [("Máy xay bột ướt", 40), ("Máy xay đậu, trộn nhân", 35), ("Tủ mát bảo quản", 35)], True),
             ("Bao bì, hộp quà", [("Thiết kế túi, hộp", 30), ("Tem mã vạch", 10)], False),
             ("Vốn lưu động", [("Nếp, đậu, đường dự trữ", 90), ("Bao bì dự trữ", 30)], False)],
        src=[("Góp vốn của các hộ tổ viên", 270, "9 hộ × 30 triệu"),
             ("Vay Quỹ hỗ trợ nông dân", 100, "lãi 5,4 %/năm")],
        life=8, loan=[100, 70, 40], rate=0.054),
    "ka10": dict(
        stem="ka10_bot_ngu_coc_gao_lut_an_phu_cty", unit="kg",
        products=[("Bột ngũ cốc gạo lứt, hộp 500 g", "hộp", 0.5, [95000, 97000, 99000], [8000, 15200, 25800]),
                  ("Bột ngũ cốc gạo lứt ít đường, túi 1 kg", "túi", 1.0, [170000, 174000, 178000], [1800, 3400, 5700]),
                  ("Bột gạo lứt rang, hộp 20 gói × 30 g", "hộp", 0.6, [110000, 113000, 116000], [1200, 2300, 4000])],
        hist=dict(out=[5200, 5600, 6000], price=[178000, 182000, 186000], profit=[55.5, 61.2, 68.1]),
        raws=[("Gạo lứt, đậu, hạt các loại", "kg", 1.15, 40000,
               [("Hộ trồng lúa lứt, đậu (hợp đồng)", [22, 40, 66], "hộ", 400)])],
        cap=(120, 280, "Dây chuyền rang, nghiền", "120 kg/ngày"),
        staff=[("Giám đốc kiêm kế toán", [1, 1, 1], 9.0),
               ("Rang, xay, phối trộn", [2, 2, 2], 6.0),
               ("Đóng gói, kho", [2, 2, 2], 5.5),
               ("Bán hàng online", [1, 1, 1], 6.0)],
        piece=None, pack=[5000, 6000, 8000],
        energy=[60, 110, 180], sell=[90, 120, 160], other=[50, 50, 50],
        inv=[("Máy móc bổ sung", [("Máy đóng gói định lượng", 150), ("Máy hàn miệng túi", 30)], True),
             ("Sửa kho, phòng đóng gói", [("Kho thành phẩm 60 m²", 120), ("Phòng đóng gói", 100)], True),
             ("Bao bì, thiết kế", [("Thiết kế hộp, túi mới", 40), ("In bao bì đợt đầu", 60)], False),
             ("Vốn lưu động", [("Nguyên liệu", 220), ("Quảng cáo trực tuyến", 80)], False)],
        src=[("Vốn chủ sở hữu", 400, "vốn góp bổ sung"),
             ("Vay Ngân hàng thương mại cổ phần", 400, "lãi 8 %/năm; trả dần 4 năm")],
        life=10, loan=[400, 300, 200], rate=0.08),
}

# --------------------------------------------------------------------------- model


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def per_year(v, y: int):
    return v[y] if isinstance(v, (list, tuple)) else v


def model(key: str) -> dict:
    """Every figure of the plan, true values (triệu đồng with one decimal unless said)."""
    P = PLANS[key]
    m: dict = {"key": key}
    prods = P["products"]
    m["packs"] = [[p[4][y] for y in range(3)] for p in prods]
    m["prices"] = [[p[3][y] for y in range(3)] for p in prods]
    m["pack_units"] = [[round(p[4][y] * p[2], 1) for y in range(3)] for p in prods]
    m["out"] = [round(sum(p[4][y] * p[2] for p in prods), 1) for y in range(3)]
    m["rev_line"] = [[r1(p[4][y] * p[3][y] / 1e6) for y in range(3)] for p in prods]
    m["rev"] = [r1(sum(m["rev_line"][i][y] for i in range(len(prods)))) for y in range(3)]
    m["out_growth"] = [None] + [r1((m["out"][y] / m["out"][y - 1] - 1) * 100) for y in (1, 2)]
    m["rev_growth"] = [None] + [r1((m["rev"][y] / m["rev"][y - 1] - 1) * 100) for y in (1, 2)]
    rating, days = P["cap"][0], P["cap"][1]
    m["cap"] = rating * days
    m["use"] = [r1(m["out"][y] / m["cap"] * 100) for y in range(3)]
    # raw materials
    m["need"], m["supply_rows"], m["supply"], m["surplus"], m["raw_cost"] = [], [], [], [], []
    for (_lab, _u, norm, price, rows) in P["raws"]:
        need = [round(m["out"][y] * norm) for y in range(3)]
        srows = [[per_year(cnt, y) * yld for y in range(3)] for (_l, cnt, _w, yld) in rows]
        sup = [sum(r[y] for r in srows) for y in range(3)]
        m["need"].append(need)
        m["supply_rows"].append(srows)
        m["supply"].append(sup)
        m["surplus"].append([sup[y] - need[y] for y in range(3)])
        m["raw_cost"].append([r1(need[y] * price / 1e6) for y in range(3)])
    # staff
    m["staff"] = [sum(s[1][y] for s in P["staff"]) for y in range(3)]
    m["wages"] = [r1(sum(s[1][y] * s[2] * 12 for s in P["staff"] if s[2] is not None)) for y in range(3)]
    m["piece"] = ([r1(sum(m["packs"][i][y] * P["piece"][i] for i in range(len(prods))) / 1e6) for y in range(3)]
                  if P.get("piece") else None)
    m["pack"] = [r1(sum(m["packs"][i][y] * P["pack"][i] for i in range(len(prods))) / 1e6) for y in range(3)]
    # investment and sources
    m["inv_rows"] = [sum(a for _s, a in items) for (_l, items, _f) in P["inv"]]
    m["inv_total"] = sum(m["inv_rows"])
    m["fixed"] = sum(a for a, (_l, _i, f) in zip(m["inv_rows"], P["inv"]) if f)
    m["dep"] = r1(m["fixed"] / P["life"])
    m["src"] = [a for (_l, a, _n) in P["src"]]
    m["src_total"] = sum(m["src"])
    m["src_share"] = [r1(a / m["src_total"] * 100) for a in m["src"]]
    m["interest"] = [r1(P["loan"][y] * P["rate"]) for y in range(3)]
    # costs
    lines = [c for c in m["raw_cost"]]
    if m["piece"]:
        lines.append(m["piece"])
    lines += [m["pack"], m["wages"], P["energy"], P["sell"], [m["dep"]] * 3, m["interest"], P["other"]]
    m["cost_lines"] = [[float(v) for v in line] for line in lines]
    m["cost"] = [r1(sum(line[y] for line in m["cost_lines"])) for y in range(3)]
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in range(3)]
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in range(3)]
    m["avg_profit"] = r1(sum(m["profit"]) / 3)
    m["payback"] = round(m["inv_total"] / (m["avg_profit"] + m["dep"]), 1)
    # history
    H = P["hist"]
    m["hist_out"] = H["out"]
    m["hist_price"] = H["price"]
    m["hist_rev"] = [r1(H["out"][y] * H["price"][y] / 1e6) for y in range(3)]
    m["hist_profit"] = H["profit"]
    m["hist_margin"] = [r1(H["profit"][y] / m["hist_rev"][y] * 100) for y in range(3)]
    m["hist_growth"] = r1(((H["out"][2] / H["out"][0]) ** 0.5 - 1) * 100)
    return m


def summary(key: str) -> str:
    m = model(key)
    need_vs = [[f"{m['supply'][r][y] / m['need'][r][y] * 100 - 100:.0f}%" for y in range(3)] for r in range(len(m["need"]))]
    return (f"{key}: out {m['out']} growth {m['out_growth'][1:]} use {m['use']} | rev {m['rev']} cost {m['cost']} "
            f"profit {m['profit']} margin {m['margin']} | inv {m['inv_total']} src {m['src_total']} dep {m['dep']} "
            f"payback {m['payback']} | staff {m['staff']} wages {m['wages']} | surplus {need_vs} | hist rev "
            f"{m['hist_rev']} margin {m['hist_margin']} g {m['hist_growth']}")


# --------------------------------------------------------------------------- planted figures
# The numbers a plan prints on purpose wrong; what follows them is said in `printed()`.
PLANT: dict[str, dict] = {
    "ka05": {"inv_total_row": 880.0},          # investment table "Tổng cộng" (items add up to 1.000)
    "ka06": {"rev_line": (0, 1, 763.2)},       # 2028 revenue of the 500 g bottles (3.300 × 196.000 đ = 646,8)
    "ka07": {"payback": 1.5},                  # "khoảng 1,5 năm" (2.000 : (760,7 + 140) = 2,2)
    "ka09": {"profit": (1, 413.3)},            # 2028 profit (1.567,1 − 1.233,8 = 333,3)
}
# figures that differ from the true model: the planted ones and those the plan lets follow them
DIFFERS: dict[str, set] = {
    "ka05": {"inv_total_row"},
    "ka06": {"rev_line", "rev", "rev_growth", "profit", "margin", "avg_profit", "payback"},
    "ka07": {"payback"},
    "ka09": {"profit", "margin", "avg_profit", "payback"},
}


def printed(key: str) -> dict:
    """The figures as the plan prints them: the true model with the planted defects applied."""
    import copy

    m = model(key)
    pm = copy.deepcopy(m)
    pm["inv_total_row"] = m["inv_total"]
    plant = PLANT.get(key, {})

    def follow_profit():
        pm["margin"] = [r1(pm["profit"][y] / pm["rev"][y] * 100) for y in range(3)]
        pm["avg_profit"] = r1(sum(pm["profit"]) / 3)
        pm["payback"] = round(pm["inv_total"] / (pm["avg_profit"] + pm["dep"]), 1)

    if "rev_line" in plant:
        i, y, v = plant["rev_line"]
        pm["rev_line"][i][y] = v
        pm["rev"] = [r1(sum(line[yy] for line in pm["rev_line"])) for yy in range(3)]
        pm["rev_growth"] = [None] + [r1((pm["rev"][yy] / pm["rev"][yy - 1] - 1) * 100) for yy in (1, 2)]
        pm["profit"] = [r1(pm["rev"][yy] - pm["cost"][yy]) for yy in range(3)]
        follow_profit()
    if "profit" in plant:
        y, v = plant["profit"]
        pm["profit"][y] = v
        follow_profit()
    if "payback" in plant:
        pm["payback"] = plant["payback"]
    if "inv_total_row" in plant:
        pm["inv_total_row"] = plant["inv_total_row"]
    return pm


# --------------------------------------------------------------------------- number formats


def n0(x: float) -> str:
    """12000 -> '12.000'; 0.33 kept as '0,33' when not whole."""
    if abs(x - round(x)) > 1e-9:
        return n1(x) if abs(x * 10 - round(x * 10)) < 1e-9 else f"{x}".replace(".", ",")
    return f"{int(round(x)):,}".replace(",", ".")


def n1(x: float) -> str:
    """1020.04 -> '1.020,0'."""
    s = f"{x:,.1f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def dec(x: float, d: int = 1) -> str:
    """A decimal with a comma and no grouping: 12.5 -> '12,5'."""
    return f"{x:.{d}f}".replace(".", ",")


def nn(x: float) -> str:
    """A norm or rate without trailing zeros: 0.45 -> '0,45', 4.2 -> '4,2', 1 -> '1'."""
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


# --------------------------------------------------------------------------- reading the plans

NUM = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])|(?<![\d.,])\d+(?:,\d+)?(?![\d])")
PAIR = re.compile(r"(\d[\d.,]*)\s+[^\d×:;/()]+?\s*×\s*(\d[\d.,]*)")   # "20 hộ × 450 kg", "1 cơ sở × 3.000 kg"


def nums(cell: str) -> list[float]:
    """Every number in a cell, in order (Vietnamese format)."""
    return [plancheck.vn(x) for x in NUM.findall(cell)]


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: list[tuple[str, list[list[str]]]] = []
        cap, rows, lines = None, [], self.body.splitlines()
        for line in lines + [""]:
            t = line.strip()
            if re.match(r"Bảng \d+\. ", t):
                if cap is not None:
                    self.tables.append((cap, rows))
                cap, rows = t, []
            elif t.startswith("|") and cap is not None:
                cells = [c.strip() for c in t.strip("|").split("|")]
                if not all(re.fullmatch(r"-+", c) for c in cells):
                    rows.append(cells)
            elif t and cap is not None and rows and not t.startswith(":::"):
                self.tables.append((cap, rows))
                cap, rows = None, []
        if cap is not None:
            self.tables.append((cap, rows))

    def table(self, caption: str) -> list[list[str]]:
        for cap, rows in self.tables:
            if caption in cap:
                return rows[1:]
        self.failures.append(f"table not found: {caption}")
        return []

    @staticmethod
    def find(rows: list[list[str]], label: str, skip: int = 0) -> list[str] | None:
        """The (skip+1)-th row whose first or second cell starts with label."""
        seen = 0
        for r in rows:
            if any(c.startswith(label) for c in r[:2]):
                if seen == skip:
                    return r
                seen += 1
        return None

    def row(self, rows, label: str, skip: int = 0) -> list[str]:
        r = self.find(rows, label, skip)
        if r is None:
            self.failures.append(f"row not found: {label!r}")
            return ["", "", "", "", "", ""]
        return r

    def eq(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: printed {got}, computed {want}")

    def planted(self, got: float, true: float, what: str) -> None:
        """A planted figure: wrong by more than 5 % (and at most 45 %) against the true value."""
        if not off(got, true, 5.0) or off(got, true, 45.0):
            self.failures.append(f"planted {what}: printed {got}, true {true} (should be 5-45 % off)")


# --------------------------------------------------------------------------- what each plan holds
# the caption of its supply table and how the table is laid out
SUPPLY = {
    "ka01": ("Nguồn cung nguyên liệu", "listcell"), "ka02": ("Nguồn cung cành lá", "tab"),
    "ka03": ("Nguồn cung nguyên liệu", "rows"), "ka04": ("Nguồn cung nguyên liệu", "listcell"),
    "ka05": ("Nguồn cung nguyên liệu", "rows"), "ka06": ("Nguồn mật ong thô", "years"),
    "ka07": ("Nguồn cung nguyên liệu", "rows"), "ka08": ("Nguồn cung nguyên liệu", "listcell"),
    "ka09": ("Nguồn cung nguyên liệu", "listcell"), "ka10": ("Nguồn nguyên liệu", "years"),
}
BALANCE = {"ka06": "Nhu cầu và nguồn mật ong thô"}
REV_FORM = {"ka01": "label", "ka02": "cell", "ka03": "cont", "ka04": "cell", "ka05": "label", "ka06": "label",
            "ka07": "cell", "ka08": "label", "ka09": "cont", "ka10": "label"}
COMPOUND_SUMMARY = {"ka02", "ka07"}
NO_USE_ROW = {"ka09"}
READY = ("ka01", "ka02", "ka03", "ka04")


def check_full(p: Plan, key: str) -> None:
    P, m, pm = PLANS[key], model(key), printed(key)
    un = P["unit"]
    # every printed figure the model says differs from the truth is a declared one
    for k in m:
        if m[k] != pm.get(k) and k not in DIFFERS.get(key, set()):
            p.failures.append(f"printed() differs from the model at {k} (not declared)")
    for k in DIFFERS.get(key, set()):
        if k != "inv_total_row" and m[k] == pm[k]:
            p.failures.append(f"declared difference {k} is not there")

    # history: revenue = output x average price, profit and margin, the stated average growth
    h = p.table("Kết quả sản xuất kinh doanh")
    out_cells = p.row(h, "Sản lượng")[2:5]
    for y in range(3):
        o, pr = (nums(out_cells[y]) + [0, 0])[:2]
        p.eq(o, P["hist"]["out"][y], f"history output {HIST_YEARS[y]}")
        p.eq(pr, P["hist"]["price"][y], f"history price {HIST_YEARS[y]}")
        p.eq(nums(p.row(h, "Doanh thu")[2 + y])[0], r1(o * pr / 1e6), f"history revenue {HIST_YEARS[y]}")
        p.eq(nums(p.row(h, "Lợi nhuận")[2 + y])[0], P["hist"]["profit"][y], f"history profit {HIST_YEARS[y]}")
        p.eq(nums(p.row(h, "Tỷ suất")[2 + y])[0], m["hist_margin"][y], f"history margin {HIST_YEARS[y]}")
    p.has(f"{dec(m['hist_growth'])} %/năm")
    p.check(m["out"][0] <= P["hist"]["out"][2] * 1.2, "2027 output more than +20 % over 2026")

    # raw materials: each supply cell's working, the row totals, need = output x norm, the balance
    cap_s, kind = SUPPLY[key]
    st = p.table(cap_s)
    for r, (lab, ru, norm, price, srows) in enumerate(P["raws"]):
        if kind == "listcell":
            row = p.row(st, lab)
            pairs = [(plancheck.vn(a), plancheck.vn(b)) for a, b in PAIR.findall(row[2])]
            p.check(len(pairs) == len(srows), f"{lab}: {len(pairs)} sources read in the cell, {len(srows)} expected")
            for (a, b), (_sl, cnt, _w, yl) in zip(pairs, srows):
                p.eq(a, per_year(cnt, 0), f"{lab}: count")
                p.eq(b, yl, f"{lab}: yield")
            p.eq(nums(row[3])[0], sum(a * b for a, b in pairs), f"{lab}: row total against the cell's working")
            p.eq(nums(row[3])[0], m["supply"][r][0], f"{lab}: supply")
        elif kind in ("rows", "tab"):
            for s_, (sl, cnt, cw, yl) in enumerate(srows):
                row = next((x for x in st if x[1] == sl or (lab in x[1] and sl in x[1])), None)
                if row is None:
                    p.failures.append(f"supply row not found: {sl}")
                    continue
                a, b = (nums(row[2]) + [0, 0])[:2]
                p.eq(a * b, nums(row[3])[0], f"{sl}: count × yield")
                p.eq(nums(row[3])[0], m["supply_rows"][r][s_][0], f"{sl}: supply")
            if len(srows) > 1:
                tot = p.row(st, "Cộng nguồn cung" if kind == "tab" else f"Cộng {lab[0].lower() + lab[1:]}")
                p.eq(nums(tot[-1])[0], m["supply"][r][0], f"{lab}: supply total")
        else:  # years: each year cell 'count × yield / amount'
            for s_, (sl, cnt, cw, yl) in enumerate(srows):
                row = p.row(st, sl if key == "ka06" else lab)
                for y in range(3):
                    a, b, c = (nums(row[1 + y]) + [0, 0, 0])[:3]
                    p.eq(a, per_year(cnt, y), f"{sl} {YEARS[y]}: count")
                    p.eq(a * b, c, f"{sl} {YEARS[y]}: count × yield")
                    p.eq(c, m["supply_rows"][r][s_][y], f"{sl} {YEARS[y]}: supply")
            if len(srows) > 1:
                tot = p.row(st, "Cộng")
                for y in range(3):
                    p.eq(nums(tot[1 + y])[0], m["supply"][r][y], f"{lab} {YEARS[y]}: supply total")
    bt = p.table(BALANCE.get(key, "Cân đối nguyên liệu"))
    for y in range(3):
        p.eq(nums(p.row(bt, "Thành phẩm")[1 + y])[0], m["out"][y], f"balance output {YEARS[y]}")
    for r, (lab, ru, norm, price, srows) in enumerate(P["raws"]):
        need_row = p.row(bt, "Nhu cầu", skip=r)
        p.check(f"({nn(norm)} {ru}/{un})" in need_row[0], f"{lab}: norm not in the need label")
        sup_row = p.row(bt, "Nguồn cung", skip=r)
        for y in range(3):
            p.eq(nums(need_row[1 + y])[0], m["out"][y] * norm, f"{lab} need {YEARS[y]}")
            p.eq(nums(sup_row[1 + y])[0], m["supply"][r][y], f"{lab} supply {YEARS[y]}")
            if key != "ka06":
                p.eq(nums(p.row(bt, "Còn dư", skip=r)[1 + y])[0], m["supply"][r][y] - m["need"][r][y],
                     f"{lab} surplus {YEARS[y]}")
        short = [m["need"][r][y] > m["supply"][r][y] for y in range(3)]
        if key == "ka06":   # planted material-shortfall
            for y in (1, 2):
                p.planted(m["supply"][r][y], m["need"][r][y], f"supply {YEARS[y]} against need")
            p.check(not short[0], "ka06 2027 supply should cover the need")
            p.lacks(r"Còn dư|thiếu|Chênh lệch", "ka06 balance row")
            p.has("nguồn mật bảo đảm đủ")
        else:
            p.check(not any(short), f"{lab}: need above supply {short}")

    # production plan: packs / price per year, output, capacity and its use
    pt = p.table("Kế hoạch sản lượng")
    for i, (lab, pk, size, prices, packs) in enumerate(P["products"]):
        row = p.row(pt, lab)
        for y in range(3):
            a, b = (nums(row[1 + y]) + [0, 0])[:2]
            p.eq(a, packs[y], f"{lab} packs {YEARS[y]}")
            p.eq(b, prices[y], f"{lab} price {YEARS[y]}")
    rating, days, what, rtext = P["cap"]
    caprow = p.row(pt, "Công suất")
    p.check(f"× {days} ngày" in caprow[0], "capacity label without its days")
    for y in range(3):
        p.eq(nums(p.row(pt, "Tổng sản lượng")[1 + y])[0], sum(n[4][y] * n[2] for n in P["products"]), f"output {YEARS[y]}")
        p.eq(nums(caprow[1 + y])[0], rating * days, f"capacity {YEARS[y]}")
        if key not in NO_USE_ROW:
            p.eq(nums(p.row(pt, "Sử dụng công suất")[1 + y])[0], m["use"][y], f"capacity use {YEARS[y]}")
    over = [m["out"][y] > m["cap"] for y in range(3)]
    if key == "ka09":   # planted capacity-exceeded
        p.planted(m["cap"], m["out"][2], "capacity 2029 against output")
        p.check(not over[0] and not over[1], "ka09: only 2029 over capacity")
        p.has("đáp ứng đủ sản lượng đến năm 2029")
        p.lacks(r"Sử dụng công suất", "ka09 use row")
    else:
        p.check(not any(over) and max(m["use"]) <= 85.0, f"output over 85 % of capacity {m['use']}")

    # staff and wages
    sft = p.table("Lao động")
    for k, (role, ns, wage) in enumerate(P["staff"]):
        row = p.row(sft, role)
        for y in range(3):
            p.eq(nums(row[2 + y])[0], ns[y], f"{role} staff {YEARS[y]}")
        if wage is not None:
            p.eq(nums(row[5])[0], wage, f"{role} wage")
    for y in range(3):
        p.eq(nums(p.row(sft, "Tổng số lao động")[2 + y])[0], m["staff"][y], f"staff total {YEARS[y]}")
        p.eq(nums(p.row(sft, "Quỹ lương")[2 + y])[0],
             sum(n[1][y] * n[2] * 12 for n in P["staff"] if n[2] is not None), f"wage fund {YEARS[y]}")

    # investment: each row's breakdown cell adds up to the row; the total row; the sources
    it = p.table("Tổng vốn đầu tư")
    rsum = 0.0
    for k, (lab, items, _f) in enumerate(P["inv"]):
        row = p.row(it, lab)
        parts = [plancheck.vn(x) for x in re.findall(r":\s*(\d[\d.,]*)", row[2])]
        p.check(len(parts) == len(items), f"{lab}: {len(parts)} items read in the breakdown")
        p.eq(nums(row[3])[0], sum(parts), f"{lab}: row total against its breakdown")
        p.eq(nums(row[3])[0], m["inv_rows"][k], f"{lab}: row total")
        rsum += nums(row[3])[0]
    tot = nums(p.row(it, "Tổng cộng")[3])[0]
    if key == "ka05":   # planted table-total-mismatch
        p.planted(tot, rsum, "investment total row")
        p.has(f"Tổng vốn đầu tư của phương án là {n0(m['inv_total'])} triệu đồng")
    else:
        p.eq(tot, rsum, "investment total row")
    vt = p.table("Nguồn vốn")
    ssum = 0.0
    for k, (lab, a, note) in enumerate(P["src"]):
        row = p.row(vt, lab)
        p.eq(nums(row[2])[0], a, f"{lab}: amount")
        p.eq(nums(row[3])[0], m["src_share"][k], f"{lab}: share")
        ssum += a
    p.eq(nums(p.row(vt, "Tổng cộng")[2])[0], ssum, "sources total row")
    if key == "ka08":   # planted capital-mismatch
        p.planted(ssum, m["inv_total"], "sources against investment")
        p.has("bảo đảm đủ cho phương án")
    else:
        p.eq(ssum, m["inv_total"], "sources against investment")

    # revenue: each line = packs x price of the same year, the total
    rt = p.table("Doanh thu dự kiến")
    form = REV_FORM[key]
    for i, (lab, pk, size, prices, packs) in enumerate(P["products"]):
        row = p.row(rt, lab)
        for y in range(3):
            got = nums(row[1 + y])[0]
            true = r1(packs[y] * prices[y] / 1e6)
            if form == "cell":
                a, b = nums(row[1 + y])[1:3]
                p.eq(a * b / 1e6, got, f"{lab} {YEARS[y]}: amount against the cell's working")
            if form == "cont":
                cont = rt[rt.index(row) + 1]
                a, b = (nums(cont[1 + y]) + [0, 0])[:2]
                p.check(cont[0] == "", f"{lab}: continuation row missing")
                p.eq(a * b / 1e6, got, f"{lab} {YEARS[y]}: amount against the continuation row")
            if key == "ka06" and (i, y) == (0, 1):   # planted revenue-mismatch
                p.planted(got, true, f"revenue {lab} {YEARS[y]}")
            else:
                p.eq(got, true, f"revenue {lab} {YEARS[y]}")
    for y in range(3):
        lines = sum(nums(p.row(rt, n[0])[1 + y])[0] for n in P["products"])
        p.eq(nums(p.row(rt, "Tổng doanh thu")[1 + y])[0], lines, f"revenue total {YEARS[y]}")
        p.eq(nums(p.row(rt, "Tổng doanh thu")[1 + y])[0], pm["rev"][y], f"revenue total {YEARS[y]} (model)")

    # costs: every line from the constants, the working in its label, the total
    ct = p.table("Chi phí sản xuất")
    body = [r for r in ct if r[0] != ""]
    p.check(len(body) == len(m["cost_lines"]), f"{len(body)} cost lines, {len(m['cost_lines'])} expected")
    for k, (r, line) in enumerate(zip(body, m["cost_lines"])):
        for y in range(3):
            p.eq(nums(r[2 + y])[0], line[y], f"cost line {r[1]!r} {YEARS[y]}")
    for r_i, (lab, ru, norm, price, _s) in enumerate(P["raws"]):
        w = nums(body[r_i][1])
        p.check(len(w) >= 2 and close(w[0], norm) and close(w[1], price), f"{lab}: working not in the cost label")
        for y in range(3):
            p.eq(nums(body[r_i][2 + y])[0], r1(m["out"][y] * norm * price / 1e6), f"{lab} cost {YEARS[y]}")
    dep_row = p.row(ct, "Khấu hao")
    p.eq(nums(dep_row[1])[0] / P["life"], m["dep"], "depreciation = fixed assets / life")
    p.eq(nums(dep_row[1])[0], sum(a for a, (_l, _i, f) in zip(m["inv_rows"], P["inv"]) if f), "fixed assets")
    for y in range(3):
        p.eq(nums(p.row(ct, "Lãi vay")[2 + y])[0], P["loan"][y] * P["rate"], f"interest {YEARS[y]}")
        p.eq(nums(p.row(ct, "Tiền lương")[2 + y])[0], m["wages"][y], f"wages {YEARS[y]}")
        p.eq(nums(p.row(ct, "Tổng chi phí")[2 + y])[0], sum(nums(r[2 + y])[0] for r in body), f"cost total {YEARS[y]}")

    # summary: revenue and cost as the two tables, profit = revenue - cost, margin
    sm = p.table("Hiệu quả kinh tế")
    for y in range(3):
        rev = nums(p.row(sm, "Doanh thu")[2 + y])[0]
        cost = nums(p.row(sm, "Tổng chi phí")[2 + y])[0]
        p.eq(rev, nums(p.row(rt, "Tổng doanh thu")[1 + y])[0], f"summary revenue {YEARS[y]}")
        p.eq(cost, m["cost"][y], f"summary cost {YEARS[y]}")
        if key in COMPOUND_SUMMARY:
            prof, marg = nums(p.row(sm, "Lợi nhuận")[2 + y])[:2]
        else:
            prof = nums(p.row(sm, "Lợi nhuận")[2 + y])[0]
            marg = nums(p.row(sm, "Tỷ suất")[2 + y])[0]
        if key == "ka09" and y == 1:   # planted profit-mismatch
            p.planted(prof, r1(rev - cost), f"profit {YEARS[y]}")
        else:
            p.eq(prof, r1(rev - cost), f"profit {YEARS[y]}")
        p.eq(marg, r1(prof / rev * 100), f"margin {YEARS[y]}")
        p.eq(prof, pm["profit"][y], f"profit {YEARS[y]} (model)")
    # payback as printed: investment / (average printed profit + depreciation)
    pb = re.search(r"hoàn vốn (?:của phương án )?khoảng (\d+,\d) năm", p.body)
    if not pb:
        p.failures.append("payback sentence not found")
    else:
        got = plancheck.vn(pb.group(1))
        from_printed = m["inv_total"] / (pm["avg_profit"] + m["dep"])
        true = m["inv_total"] / (m["avg_profit"] + m["dep"])
        if key == "ka07":   # planted payback-mismatch
            p.planted(got, true, "payback")
        else:
            p.eq(got, round(from_printed, 1), "payback from the printed profits", tol=0.04)
            if key not in ("ka06", "ka09"):
                p.eq(got, round(true, 1), "payback from the true profits", tol=0.04)
    # growth and margins (true figures)
    for y in (1, 2):
        g = m["out_growth"][y]
        if key == "ka10":   # planted unrealistic-growth
            p.check(g > 50.0, f"ka10 output growth {YEARS[y]} only {g} %")
        else:
            p.check(g <= 20.0, f"output growth {YEARS[y]} {g} % above 20 %")
    for y in range(3):
        if not (key == "ka10" and y > 0):
            p.check(0 < m["margin"][y] <= 30.0, f"true margin {YEARS[y]} {m['margin'][y]} % outside 0-30 %")

    # the prose: targets, capacity, investment, the averages
    p.has(f"{n0(m['out'][0])} kg" if un == "kg" else f"{n0(m['out'][0])} {un}", f"{n1(pm['rev'][0])} triệu đồng")
    p.has(f"{n0(m['inv_total'])} triệu đồng")
    if key not in ("ka06", "ka09", "ka10"):
        p.has(f"{n1(m['avg_profit'])}", f"{n1(m['dep'])}")
    p.has(f"{n0(m['cap'])} ")
    p.lacks(PLACEHOLDER, "template placeholder")
    ntab = len(p.tables)
    p.check(10 <= ntab <= 15, f"{ntab} tables (10-15 expected)")


# --------------------------------------------------------------------------- words
OTHER07 = "Công ty Cổ phần Thảo dược Hồng Lam"
NO_REGISTRATION = (r"đăng ký (kinh doanh|hộ kinh doanh|hợp tác xã|doanh nghiệp|tổ hợp tác|thành lập)|mã số thuế|"
                   r"giấy chứng nhận đăng ký|hợp đồng hợp tác|thông báo thành lập|mã số doanh nghiệp")


def check_words(p: Plan, key: str) -> None:
    if key in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở", "thử nghiệm",
              "nhãn hiệu", "truy xuất", "môi trường")
        for dd, mm, yy in re.findall(r"[Đđ]ến (\d{2})/(\d{2})/(\d{4})", p.body):
            p.check(int(yy) >= 2029, f"paper valid only to {dd}/{mm}/{yy}")
        if key != "ka04":
            p.has("an toàn thực phẩm", "tự công bố", "lô")
    if key == "ka02":
        p.has("không ghi công dụng chữa bệnh")
    if key == "ka04":
        p.has("không phải là thực phẩm", "thẻ treo", "Đăng ký môi trường")
    if key != "ka08":
        p.lacks(REPLACED, "replaced instrument or district level")
    if key == "ka05":   # no-alcohol-license; figure-inconsistent
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "alcohol licence")
        p.has("QCVN 6-3:2010/BYT", "an toàn thực phẩm", "Đăng ký môi trường", "Không sử dụng cho người dưới 18 tuổi")
        m = model(key)
        said = re.search(r"Hợp tác xã có (\d+) lao động thường xuyên", p.body)
        p.check(bool(said), "ka05 producer part's worker count not found")
        if said:
            p.planted(float(said.group(1)), m["staff"][0], "workers in the producer part")
        p.has(f"cho {m['staff'][0]} lao động thường xuyên")
    if key == "ka06":   # no-label-plan
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn|QR", "label")
        p.has("nhãn hiệu", "an toàn thực phẩm", "tự công bố", "thử nghiệm")
    if key == "ka07":   # no-product-standard; name-inconsistent
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu (chất lượng|vi sinh|cảm quan|hóa lý)",
                "product standard")
        p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "QR")
        p.check(p.count(OTHER07) >= 3, "ka07: the other company named fewer than 3 times")
        p.check(p.count("Công ty Cổ phần Dược liệu Thiên Lộc") >= 3, "ka07: own name")
    if key == "ka08":   # no-environment-measures; outdated-policy
        p.lacks(r"môi trường|(?<!\w)(thải|mùi|rác|khói)(?!\w)|xử lý|bể lắng|biogas|thu gom|ô nhiễm|tự hoại", "environment")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện Cẩm Xuyên")
        p.lacks(r"148/QĐ-TTg|1489", "current OCOP decisions")
        p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP")
    if key == "ka09":   # no-business-registration
        p.lacks(NO_REGISTRATION, "business registration")
        p.has("cam kết bảo đảm an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu")
    if key == "ka10":   # no-food-safety; no-quality-control
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết|HACCP|ISO", "food safety")
        p.lacks(r"truy xuất|nhật ký|QR|mã lô|số lô|(?<!\w)lô(?!\w)|kiểm soát|lưu mẫu|mã vạch|(?<!\w)tem(?!\w)",
                "quality control")
        p.has("tiêu chuẩn cơ sở", "tự công bố", "kiểm nghiệm", "43/2017/NĐ-CP", "nhãn hiệu",
              "giữ nguyên 6 lao động", "giữ nguyên trong giai đoạn", "còn rất lớn")


def check_sketchy(p: Plan, key: str) -> None:
    words = len(re.sub(r"^#+ ", "", p.body, flags=re.M).split())
    p.check(150 <= words <= 350, f"{words} words (150-350 expected)")
    p.check(not p.rows and "Bảng" not in p.body, "a sketchy plan has no table")
    p.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn|công bố|kiểm nghiệm|truy xuất", "papers")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(REPLACED, "replaced instrument or district level")
    if key == "ka11":
        p.has("chưa đăng ký kinh doanh", "40.000 đồng/kg", "300 kg", "80 triệu đồng", "30 triệu đồng")
        p.lacks(r"hộ kinh doanh|mã số thuế", "registration")
    if key == "ka12":
        p.has("đăng ký hộ kinh doanh", "35.000 đồng/chiếc", "12.000 chiếc", "150 triệu đồng")


STEMS = {k: v["stem"] for k, v in PLANS.items()}
STEMS.update({"ka11": "ka11_nam_so_duc_dong_so_sai", "ka12": "ka12_choi_dot_ky_thuong_so_sai"})


def main(argv: list[str] | None = None) -> int:
    """Check every plan (or the keys given, e.g. ka05 ka06); print one line per plan."""
    keys = [a for a in (argv or []) if a in STEMS] or sorted(STEMS)
    plans = []
    for key in keys:
        p = Plan(STEMS[key])
        try:
            if key in PLANS:
                check_full(p, key)
                check_words(p, key)
            else:
                check_sketchy(p, key)
        except Exception as e:  # a table the reader could not follow is a failure, not a crash
            p.failures.append(f"{type(e).__name__}: {e}")
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
