"""Recompute every number of the holdout232 plans (stem prefix `hy`) from the constants below.

    .venv/bin/python tests/holdout232/arithmetic.py [hy01 hy05 ...]

The constants give, per full plan, the products (pack, size in the plan's base unit, packs and
price per year), the 2024-2026 history (output, average price, margin), the raw materials (norm,
purchase price, supply rows as count x yield), the equipment that limits output (rating a day x
working days), the organisation table (role, head count, duties), the monthly wage, the unit
costs of packaging and energy, the shares of revenue for selling and fees, the investment items
and sources, asset life, loan balances and rate, a fixed "other" line and corporate income tax.
`model()` turns them into every figure the plan prints; the generator that wrote the Markdown
used the same function, so every cell is computed. The checks read the figures back from the
plan's own tables (found by their caption) and compare: planted numeric defects must be wrong
by more than 5 % (the true value beside them), every other number right within 1 %. Textual
defects are asserted by the absence or presence of their words; ready plans must cite the
programme in force and no replaced instrument. Sketchy plans: 150-350 words and no table.
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
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, packs per year, price per year in đồng)
# hist: 2024-2026 output (base units), average price (đ per base unit), margin on revenue
# raws: (label, unit, norm per base unit or per pack of each product, price đ per unit,
#        supply rows (label, count, count word, yield per count and year))
# cap: (rating per day in base units, working days, how the plan words the rating) or None
# roles: (role, head count, duties) -- the organisation table; staff is the same each year
# wage: monthly wage per person (triệu đồng) per year
# packc: packaging cost per pack (đ) of each product; energy: đ per base unit
# aux: (label, đ per base unit) an extra material line (bánh ram fillings) or None
# sell / fee: shares of revenue (selling and promotion; taxes and fees)
# inv: (label, triệu, fixed asset?); src: (label, triệu) as printed; life: years
# loan: balance per year (triệu); rate: interest a year; other: fixed line (triệu); cit: income tax
PLANS: dict[str, dict] = {
    "hy01": dict(
        unit="kg",
        products=[("Mực một nắng loại 1, túi hút chân không 500 g", "túi", 0.5,
                   [12000, 13000, 14000], [290000, 300000, 310000]),
                  ("Mực một nắng loại 2, túi hút chân không 1 kg", "túi", 1,
                   [4000, 4400, 4800], [480000, 495000, 510000]),
                  ("Hộp quà mực một nắng 2 kg", "hộp", 2,
                   [600, 700, 800], [1100000, 1130000, 1160000])],
        hist=dict(out=[9300, 10100, 10900], price=[500000, 515000, 530000],
                  margin=[0.105, 0.11, 0.115]),
        raws=[("Mực ống tươi", "kg", 1.6, 190000,
               [("Tàu câu mực của công ty", 3, "tàu", 4200),
                ("Tàu câu mực liên kết", 14, "tàu", 900)])],
        cap=(60, 280, "60 kg thành phẩm/ngày"),
        roles=[("Giám đốc", 1, "Điều hành chung, ký hợp đồng thu mua và tiêu thụ, chịu trách nhiệm về an toàn thực phẩm"),
               ("Kế toán, thủ quỹ", 1, "Sổ sách, thuế, theo dõi công nợ tàu liên kết, báo cáo tài chính"),
               ("Tổ thu mua, kiểm tra nguyên liệu", 2, "Nhận mực tại cảng, kiểm tra độ tươi, ghi phiếu nhập theo từng tàu"),
               ("Tổ sơ chế, phơi sấy", 4, "Rửa, xẻ, làm sạch nội tạng, phơi giàn hoặc sấy lạnh khi trời mưa"),
               ("Tổ đóng gói, kho lạnh", 2, "Phân loại, hút chân không, dán tem, bảo quản kho -18 °C"),
               ("Nhân viên bán hàng, giao hàng", 2, "Chăm sóc đại lý, đơn hàng trực tuyến, giao hàng nội tỉnh")],
        wage=[6.5, 6.8, 7.1],
        packc=[4500, 6000, 55000], energy=7000, aux=None,
        sell=0.05, fee=0.01,
        inv=[("Cải tạo xưởng sơ chế một chiều 120 m²", 420, True),
             ("Kho lạnh 30 m³ và tủ cấp đông", 380, True),
             ("Máy sấy lạnh bơm nhiệt 200 kg/mẻ", 320, True),
             ("Giàn phơi inox có mái che di động", 160, True),
             ("Máy hút chân không, cân điện tử", 120, True),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 100, False),
             ("Vốn lưu động", 700, False)],
        src=[("Vốn chủ sở hữu", 1300), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 900)],
        life=10, loan=[900, 700, 500], rate=0.08, other=120, cit=0.2),
    "hy02": dict(
        unit="kg",
        products=[("Nấm linh chi thái lát, túi 250 g", "túi", 0.25,
                   [4000, 4400, 4800], [220000, 220000, 220000]),
                  ("Nấm linh chi nguyên tai, hộp 500 g", "hộp", 0.5,
                   [1200, 1300, 1400], [460000, 460000, 460000]),
                  ("Nấm linh chi nguyên tai, túi 1 kg", "túi", 1,
                   [300, 350, 400], [800000, 800000, 800000])],
        hist=dict(out=[1450, 1600, 1750], price=[800000, 820000, 840000],
                  margin=[0.14, 0.15, 0.16]),
        raws=[("Nấm linh chi tươi", "kg", 3.2, 70000,
               [("Nhà trồng nấm của hợp tác xã", 3, "nhà", 1900),
                ("Hộ thành viên trồng nấm", 12, "hộ", 220)])],
        cap=(10, 280, "10 kg nấm khô/ngày"),
        roles=[("Giám đốc hợp tác xã", 1, "Điều hành, ký hợp đồng, đại diện hợp tác xã làm việc với xã và tỉnh"),
               ("Kế toán", 1, "Sổ sách theo chế độ kế toán hợp tác xã, thu chi, thanh toán cho hộ thành viên"),
               ("Kỹ thuật viên trồng nấm", 2, "Hấp phôi, cấy giống, theo dõi nhiệt độ, độ ẩm nhà trồng, hướng dẫn hộ thành viên"),
               ("Tổ chăm sóc, thu hái", 2, "Tưới ẩm, thu hái đúng độ chín, ghi nhật ký từng lứa"),
               ("Tổ sấy, đóng gói", 2, "Sấy, phân loại, thái lát, đóng túi, hộp, dán tem truy xuất")],
        wage=[5.5, 5.7, 5.9],
        packc=[3500, 18000, 6000], energy=18000, aux=None,
        sell=0.05, fee=0.01,
        inv=[("Hai nhà trồng nấm khung thép 300 m²", 320, True),
             ("Lò hấp phôi và phòng cấy giống", 160, True),
             ("Máy sấy nấm hai buồng", 210, True),
             ("Phòng đóng gói 40 m²", 110, True),
             ("Bao bì, tem truy xuất, thiết kế", 40, False),
             ("Kiểm nghiệm, tự công bố sản phẩm", 30, False),
             ("Vốn lưu động", 180, False)],
        src=[("Vốn góp của thành viên", 450), ("Quỹ đầu tư phát triển của hợp tác xã", 150),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 450)],
        life=10, loan=[450, 350, 250], rate=0.08, other=40, cit=0.0),
    "hy03": dict(
        unit="sản phẩm",
        products=[("Hộp gỗ mít đựng quà hai ngăn", "chiếc", 1,
                   [2400, 2600, 2800], [420000, 420000, 420000]),
                  ("Khay gỗ mít chạm hoa sen", "chiếc", 1,
                   [1500, 1650, 1800], [580000, 580000, 580000]),
                  ("Khung ảnh gỗ chạm viền, hộp 1 chiếc", "hộp", 1,
                   [3000, 3300, 3600], [160000, 160000, 160000])],
        hist=dict(out=[5600, 6100, 6500], price=[300000, 305000, 310000],
                  margin=[0.10, 0.11, 0.115]),
        raws=[("Gỗ xẻ mít, xoan có hồ sơ nguồn gốc", "m³", [0.006, 0.012, 0.0025], 9500000,
               [("Công ty lâm nghiệp (hợp đồng gỗ mít, gỗ xoan)", 1, "hợp đồng", 35),
                ("Xưởng xẻ gỗ có hồ sơ lâm sản (hợp đồng)", 1, "hợp đồng", 20)])],
        cap=(35, 300, "35 sản phẩm/ngày"),
        roles=[("Giám đốc", 1, "Định hướng mẫu mã, ký hợp đồng mua gỗ và tiêu thụ, quản lý chung"),
               ("Kế toán", 1, "Hạch toán, thuế, hồ sơ nguồn gốc gỗ nhập xưởng"),
               ("Thợ mộc, pha phôi", 3, "Chọn gỗ, sấy, pha phôi trên máy cưa, máy bào"),
               ("Thợ chạm, đục", 3, "Chạm hoa văn bằng tay và vận hành máy CNC"),
               ("Thợ đánh bóng, sơn dầu", 2, "Chà nhám, phủ dầu gỗ, sơn trong buồng sơn có hút bụi"),
               ("Kiểm hàng, đóng gói, bán hàng", 2, "Kiểm tra từng sản phẩm, đóng hộp, giao hàng, bán tại phòng trưng bày")],
        wage=[6.8, 7.1, 7.4],
        packc=[15000, 20000, 12000], energy=9000, aux=None,
        sell=0.06, fee=0.01,
        inv=[("Máy CNC đục chạm hai đầu", 380, True),
             ("Lò sấy gỗ 8 m³", 190, True),
             ("Buồng sơn có hệ thống hút, lọc bụi", 150, True),
             ("Máy cưa, máy bào, máy chà nhám", 140, True),
             ("Phòng trưng bày sản phẩm 50 m²", 120, True),
             ("Thiết kế mẫu, hộp, thẻ treo", 40, False),
             ("Vốn lưu động", 280, False)],
        src=[("Vốn góp của cổ đông", 800), ("Vay Ngân hàng thương mại cổ phần Công Thương", 500)],
        life=10, loan=[500, 380, 260], rate=0.085, other=90, cit=0.2),
    "hy04": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5,
                   [5000, 5400, 5800], [160000, 165000, 170000]),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1,
                   [1500, 1600, 1700], [300000, 310000, 320000]),
                  ("Mật ong hoa cà phê, can 3 kg", "can", 3,
                   [200, 220, 240], [720000, 740000, 760000])],
        hist=dict(out=[3300, 3600, 3850], price=[290000, 295000, 300000],
                  margin=[0.14, 0.15, 0.15]),
        raws=[("Mật ong thô", "kg", 1.05, 120000,
               [("Đàn ong của hộ", 300, "đàn", 14),
                ("Hộ nuôi ong liên kết", 15, "hộ", 140)])],
        cap=(30, 220, "30 kg/mẻ, 1 mẻ/ngày"),
        roles=[("Chủ hộ", 1, "Quản lý chung, giữ sổ sách thu chi, ký hợp đồng với hộ liên kết và cửa hàng"),
               ("Thợ nuôi ong", 2, "Chăm sóc 300 đàn, di đàn theo mùa hoa, quay mật, ghi nhật ký thu mật"),
               ("Lọc, hạ thủy phần, đóng chai", 1, "Lọc, hạ thủy phần, đóng chai, hũ, can, dán tem, lưu mẫu"),
               ("Bán hàng, giao hàng", 1, "Bán tại nhà, giao cho cửa hàng, đơn hàng qua điện thoại và mạng xã hội")],
        wage=[5.5, 5.7, 5.9],
        packc=[6000, 9000, 15000], energy=3000, aux=None,
        sell=0.05, fee=0.015,
        inv=[("Máy hạ thủy phần mật ong 30 kg/mẻ", 180, True),
             ("Phòng lọc, đóng chai 30 m²", 120, True),
             ("Máy quay mật, thùng lắng inox", 60, True),
             ("Bổ sung 40 thùng ong và đàn giống", 80, True),
             ("Chai, hũ, tem truy xuất, kiểm nghiệm", 50, False),
             ("Vốn lưu động", 210, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066, other=30, cit=0.0),
    "hy05": dict(
        unit="lít",
        products=[("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5,
                   [30000, 36000, 40000], [80000, 80000, 80000]),
                  ("Rượu nếp sim 29 độ, bình sứ 1,5 lít", "bình", 1.5,
                   [4000, 4800, 5300], [280000, 280000, 280000]),
                  ("Rượu nếp sim 29 độ, can 5 lít", "can", 5,
                   [600, 720, 800], [380000, 380000, 380000])],
        hist=dict(out=[18500, 20000, 21800], price=[150000, 152000, 155000],
                  margin=[0.12, 0.125, 0.13]),
        raws=[("Gạo nếp cái", "kg", 1.2, 28000,
               [("Ruộng nếp của thành viên", 45, "hộ", 600),
                ("Hộ trồng nếp liên kết", 20, "hộ", 700)]),
              ("Quả sim chín", "kg", 0.5, 15000,
               [("Đồi sim của hợp tác xã", 12, "ha", 800),
                ("Hộ hái sim liên kết", 30, "hộ", 250)])],
        cap=(100, 260, "2 nồi × 50 lít/ngày"),
        roles=[("Giám đốc hợp tác xã", 1, "Điều hành, ký hợp đồng bao tiêu nếp, sim và hợp đồng bán hàng"),
               ("Kế toán", 1, "Sổ sách, kê khai thuế tiêu thụ đặc biệt, thanh toán cho hộ liên kết"),
               ("Tổ nấu, ủ men", 3, "Vo gạo, nấu cơm rượu, ủ men lá theo công thức của hợp tác xã"),
               ("Tổ chưng cất, ngâm sim", 2, "Chưng cất hai lần, hạ độ, ngâm sim, lọc"),
               ("Tổ chiết rót, đóng gói", 1, "Chiết chai, bình, dán nhãn, đóng thùng"),
               ("Bán hàng", 1, "Nhà hàng, cửa hàng đặc sản, điểm OCOP, đơn hàng trực tuyến")],
        wage=[6.0, 6.2, 6.4],
        packc=[12000, 65000, 25000], energy=8000, aux=None,
        sell=0.05, fee=0.02,
        inv=[("Kho ủ rượu và ngâm sim 70 m²", 380, True),
             ("Hệ thống lọc, khử andehit, chiết rót", 340, True),
             ("Chum sành, bình ủ 300 lít", 110, True),
             ("Hầm biogas và bể chứa bỗng rượu", 90, True),
             ("Thiết kế nhãn, bao bì, tem truy xuất", 60, False),
             ("Vốn lưu động", 320, False)],
        src=[("Vốn góp của thành viên", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 480, 360], rate=0.08, other=60, cit=0.0),
    "hy06": dict(
        unit="kg",
        products=[("Mắm tôm Hội Thủy, hũ thủy tinh 200 g", "hũ", 0.2,
                   [40000, 44000, 48000], [35000, 35000, 35000]),
                  ("Mắm tôm Hội Thủy, hũ 500 g", "hũ", 0.5,
                   [12000, 13000, 14000], [75000, 75000, 75000]),
                  ("Mắm tôm Hội Thủy, can 2 kg", "can", 2,
                   [1500, 1650, 1800], [260000, 260000, 260000])],
        hist=dict(out=[13500, 14800, 15900], price=[150000, 152000, 155000],
                  margin=[0.12, 0.125, 0.13]),
        raws=[("Ruốc (tép biển) tươi", "kg", 0.9, 42000,
               [("Thuyền đánh ruốc của cổ đông", 9, "thuyền", 1600),
                ("Vựa ruốc bến Hội Thủy", 2, "vựa", 3000)]),
              ("Muối hạt", "kg", 0.25, 5000,
               [("Hợp tác xã muối (hợp đồng)", 1, "hợp đồng", 6000)])],
        cap=(126, 200, "42 chum × 3 kg/ngày"),
        roles=[("Hội đồng quản trị, giám đốc", 2, "Điều hành, thu mua ruốc, ký hợp đồng tiêu thụ"),
               ("Kế toán", 1, "Sổ sách, thuế, thanh toán cho thuyền và vựa"),
               ("Tổ muối, ủ chượp", 3, "Rửa ruốc, trộn muối, giã, ủ chum, đảo chượp hằng ngày"),
               ("Tổ lọc, đóng hũ", 3, "Lọc, đóng hũ, can, đóng thùng"),
               ("Bán hàng", 2, "Đại lý, chợ đầu mối, nhà hàng, cửa hàng đặc sản")],
        wage=[6.0, 6.2, 6.4],
        packc=[4500, 7000, 15000], energy=3000, aux=None,
        sell=0.05, fee=0.01,
        inv=[("Nhà ủ chượp và kho 150 m²", 360, True),
             ("42 chum sành ủ mắm và giá đỡ", 120, True),
             ("Máy xay, máy trộn ruốc", 90, True),
             ("Máy chiết rót, đóng nắp hũ", 150, True),
             ("Thiết kế bao bì, mã vạch", 40, False),
             ("Vốn lưu động", 340, False)],
        src=[("Vốn góp của cổ đông", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, other=60, cit=0.0),
    "hy07": dict(
        unit="kg",
        products=[("Chè xanh búp sấy khô, túi 200 g", "túi", 0.2,
                   [15000, 16500, 18000], [60000, 60000, 60000]),
                  ("Chè xanh búp đặc biệt, hộp 500 g", "hộp", 0.5,
                   [4000, 4400, 4800], [160000, 160000, 160000]),
                  ("Chè xanh búp, túi 1 kg", "túi", 1,
                   [1500, 1650, 1800], [270000, 270000, 270000])],
        hist=dict(out=[5200, 5600, 6000], price=[270000, 275000, 280000],
                  margin=[0.12, 0.13, 0.135]),
        raws=[("Búp chè tươi", "kg", 4.5, 16000,
               [("Đồi chè của công ty", 3, "ha", 5200),
                ("Hộ trồng chè liên kết", 42, "hộ", 500)])],
        cap=(35, 280, "35 kg chè khô/ngày"),
        roles=[("Giám đốc", 1, "Điều hành, ký hợp đồng thu mua búp chè và tiêu thụ"),
               ("Kế toán", 1, "Sổ sách, thuế, chi trả tiền chè cho hộ liên kết"),
               ("Kỹ thuật, thu mua búp", 2, "Hướng dẫn hộ liên kết hái một tôm hai lá, cân, ghi sổ nhập búp"),
               ("Tổ sao, vò, sấy", 3, "Héo, diệt men, vò, sấy và sàng phân loại chè"),
               ("Tổ đóng gói, bán hàng", 2, "Đóng túi, hộp, giao đại lý, bán trực tuyến")],
        wage=[6.0, 6.2, 6.4],
        packc=[3000, 14000, 5000], energy=20000, aux=None,
        sell=0.05, fee=0.01,
        inv=[("Nhà xưởng chế biến 150 m²", 380, True),
             ("Máy diệt men, máy vò chè", 260, True),
             ("Máy sấy chè băng tải", 220, True),
             ("Máy sàng, máy đóng gói", 120, True),
             ("Bao bì, hộp, mã vạch", 40, False),
             ("Vốn lưu động", 280, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, other=50, cit=0.0),
    "hy08": dict(
        unit="kg",
        products=[("Bánh ram ít, hộp 10 cặp (600 g)", "hộp", 0.6,
                   [8000, 9200, 10600], [80000, 80000, 80000]),
                  ("Bánh ram đông lạnh, túi 20 cái (800 g)", "túi", 0.8,
                   [6000, 6900, 7900], [90000, 90000, 90000]),
                  ("Bánh ram ít, khay 5 cặp (300 g)", "khay", 0.3,
                   [10000, 11500, 13200], [42000, 42000, 42000])],
        hist=dict(out=[9600, 10300, 11000], price=[112000, 115000, 118000],
                  margin=[0.10, 0.11, 0.11]),
        raws=[("Gạo nếp", "kg", 0.55, 22000,
               [("Ruộng nếp của tổ viên", 12, "hộ", 400),
                ("Hộ trồng nếp trong thôn (hợp đồng)", 8, "hộ", 300)])],
        cap=(70, 300, "70 kg bánh/ngày"),
        roles=[("Tổ trưởng", 1, "Điều hành, phân công ca, ký hợp đồng mua nếp và giao bánh"),
               ("Tổ phó kiêm kế toán", 1, "Sổ thu chi, chia lợi nhuận cho tổ viên, kê khai thuế"),
               ("Nhóm xay bột, làm nhân", 2, "Ngâm nếp, xay bột, làm nhân đậu xanh, tôm, thịt"),
               ("Nhóm nặn, chiên bánh", 2, "Nặn bánh ram, bánh ít, chiên, để ráo dầu"),
               ("Nhóm đóng hộp, cấp đông", 1, "Đóng hộp, khay, túi, cấp đông bánh ram"),
               ("Giao hàng", 1, "Giao bánh cho quán ăn, cửa hàng, siêu thị mini")],
        wage=[5.5, 5.7, 5.9],
        packc=[5000, 3500, 3000], energy=8000,
        aux=("Nguyên liệu phụ (đậu xanh, tôm, thịt, dầu)", 20000),
        sell=0.04, fee=0.015,
        inv=[("Cải tạo bếp và phòng đóng gói 60 m²", 180, True),
             ("Máy xay bột nước, máy trộn", 90, True),
             ("Bếp chiên công nghiệp, tủ hút khói", 110, True),
             ("Tủ cấp đông và tủ mát", 140, True),
             ("Xe tải nhẹ có thùng giữ lạnh", 390, True),
             ("Hộp, khay, túi đựng bánh", 40, False),
             ("Vốn lưu động", 190, False)],
        src=[("Vốn góp của tổ viên", 640), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 300),
             ("Vay Quỹ hỗ trợ nông dân tỉnh", 200)],
        life=8, loan=[500, 380, 260], rate=0.066, other=40, cit=0.0),
    "hy09": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "hộp", 0.05,
                   [30000, 33000, 36000], [40000, 40000, 40000]),
                  ("Trà cà gai leo túi lọc, hộp 50 túi × 2 g", "hộp", 0.1,
                   [10000, 11000, 12000], [72000, 72000, 72000]),
                  ("Cà gai leo khô cắt đoạn, túi 500 g", "túi", 0.5,
                   [3000, 3300, 3600], [110000, 110000, 110000])],
        hist=dict(out=[3200, 3500, 3700], price=[520000, 530000, 540000],
                  margin=[0.12, 0.13, 0.13]),
        raws=[("Cây cà gai leo tươi", "kg", 4, 10000,
               [("Vùng trồng của công ty", 2, "ha", 6000),
                ("Hộ trồng liên kết", 25, "hộ", 400)])],
        cap=(25, 260, "25 kg dược liệu khô/ngày"),
        roles=[("Giám đốc", 1, "Điều hành, ký hợp đồng bao tiêu với hộ trồng, làm việc với nhà phân phối"),
               ("Kế toán", 1, "Sổ sách, thuế, thanh toán cho hộ liên kết"),
               ("Kỹ thuật vùng trồng", 1, "Hướng dẫn trồng, thu hái đúng tuổi cây, không dùng thuốc diệt cỏ"),
               ("Tổ sơ chế, sấy", 3, "Rửa, cắt đoạn, sấy, nghiền dược liệu"),
               ("Tổ đóng túi lọc, đóng hộp", 2, "Vận hành máy đóng túi lọc, đóng hộp, dán tem"),
               ("Bán hàng", 2, "Nhà thuốc, cửa hàng OCOP, nhà phân phối, bán trực tuyến")],
        wage=[6.0, 6.2, 6.4],
        packc=[6000, 9000, 4000], energy=25000, aux=None,
        sell=0.06, fee=0.01,
        inv=[("Nhà xưởng sơ chế, sấy 180 m²", 520, True),
             ("Máy sấy bơm nhiệt hai buồng", 300, True),
             ("Máy nghiền, máy đóng túi lọc tự động", 420, True),
             ("Máy rửa, máy cắt dược liệu", 120, True),
             ("Bao bì, tem truy xuất, mã QR", 60, False),
             ("Vốn lưu động", 380, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng thương mại", 600), ("Vốn huy động từ thành viên gia đình", 100)],
        life=10, loan=[600, 450, 300], rate=0.08, other=60, cit=0.2),
    "hy10": dict(
        unit="chiếc",
        products=[("Giỏ lục bình có quai, bộ 3 chiếc", "bộ", 3,
                   [1400, 1500, 1600], [280000, 280000, 280000]),
                  ("Thảm lục bình tròn, đường kính 60 cm", "chiếc", 1,
                   [1200, 1300, 1400], [120000, 120000, 120000]),
                  ("Mũ, túi xách lục bình", "chiếc", 1,
                   [2000, 2200, 2400], [150000, 150000, 150000])],
        hist=dict(out=[5200, 5900, 6600], price=[95000, 97000, 98000],
                  margin=[0.2, 0.21, 0.22]),
        raws=[("Thân lục bình phơi khô", "kg", [2.4, 1.5, 0.5], 15000,
               [("Gia đình tự vớt, phơi trên sông", 1, "nhóm", 3000),
                ("Hộ trong thôn cung cấp lục bình khô", 10, "hộ", 500)])],
        cap=None,
        roles=[("Chủ nhóm (ông Tứ)", 1, "Điều hành, mua nguyên liệu, giữ mẫu mã, phân công việc"),
               ("Giữ sổ thu chi (bà Hoa)", 1, "Ghi sổ thu chi, trả công, theo dõi nguyên liệu nhập"),
               ("Vớt, phơi, sấy lục bình", 2, "Vớt lục bình, tước lá, phơi, sấy chống mốc"),
               ("Đan sản phẩm", 4, "Đan giỏ, thảm, mũ, túi theo mẫu"),
               ("May viền, hoàn thiện", 1, "May lót, viền miệng túi, gắn quai, kiểm tra sản phẩm")],
        wage=[4.0, 4.2, 4.4],
        packc=[8000, 3000, 4000], energy=1500, aux=None,
        sell=0.0, fee=0.0,
        inv=[("Lò sấy lục bình bằng nhiệt", 70, True),
             ("Nhà kho, lán đan 40 m²", 120, True),
             ("Máy may công nghiệp", 15, True),
             ("Khuôn, dụng cụ đan", 15, True),
             ("Túi giấy, thẻ treo", 10, False),
             ("Vốn lưu động", 80, False)],
        src=[("Tiền tiết kiệm của gia đình", 210), ("Vay Ngân hàng Chính sách xã hội", 100)],
        life=8, loan=[100, 70, 40], rate=0.066, other=25, cit=0.0),
}

# The short product labels the output, price and revenue tables use (the full ones are in the text)
SHORT: dict[str, list[str]] = {
    "hy01": ["Loại 1, túi 500 g", "Loại 2, túi 1 kg", "Hộp quà 2 kg"],
    "hy02": ["Thái lát, túi 250 g", "Nguyên tai, hộp 500 g", "Nguyên tai, túi 1 kg"],
    "hy03": ["Hộp gỗ đựng quà", "Khay gỗ hoa sen", "Khung ảnh gỗ"],
    "hy04": ["Chai 500 g", "Hũ 1 kg", "Can 3 kg hoa cà phê"],
    "hy05": ["Chai 500 ml", "Bình sứ 1,5 lít", "Can 5 lít"],
    "hy06": ["Hũ 200 g", "Hũ 500 g", "Can 2 kg"],
    "hy07": ["Túi 200 g", "Hộp 500 g đặc biệt", "Túi 1 kg"],
    "hy08": ["Hộp 10 cặp (600 g)", "Túi đông lạnh 20 cái", "Khay 5 cặp (300 g)"],
    "hy09": ["Hộp 25 túi lọc", "Hộp 50 túi lọc", "Túi 500 g cắt đoạn"],
    "hy10": ["Giỏ, bộ 3 chiếc", "Thảm tròn 60 cm", "Mũ, túi xách"],
}

# The planted numeric defects (what the plan prints where it is wrong) and their knock-ons.
PLANT: dict[str, dict] = {
    "hy06": dict(rev_line=(1, 1, 1105.0)),       # 13.000 hũ × 75.000 = 975,0
    "hy07": dict(profit=(2, None)),              # set below: 2029 profit printed +24 %
    "hy08": dict(payback=1.6),                   # text "khoảng 1,6 năm"
    "hy09": dict(comp_price=46000),              # competitor table: own box at 52.000 (45.000)
    "hy10": dict(org_total=11),                  # organisation table total (9 people)
}
PROFIT_FACTOR = {"hy07": 1.24}

# --------------------------------------------------------------------------- the model


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(key: str) -> dict:
    """Every figure of a full plan, as printed (`shown`) and as it should be (`true`)."""
    c = PLANS[key]
    plant = PLANT.get(key, {})
    m: dict = {"c": c}
    prods = c["products"]
    m["packs"] = [p[3] for p in prods]
    m["price"] = [p[4] for p in prods]
    m["out"] = [r1(sum(p[3][y] * p[2] for p in prods)) for y in range(3)]
    m["growth"] = [None] + [r1((m["out"][y] / m["out"][y - 1] - 1) * 100) for y in (1, 2)]
    true_lines = [[r1(p[3][y] * p[4][y] / 1e6) for y in range(3)] for p in prods]
    shown_lines = [row[:] for row in true_lines]
    if "rev_line" in plant:
        i, y, v = plant["rev_line"]
        shown_lines[i][y] = v
    m["rev_lines_true"], m["rev_lines"] = true_lines, shown_lines
    m["rev_true"] = [r1(sum(l[y] for l in true_lines)) for y in range(3)]
    m["rev"] = [r1(sum(l[y] for l in shown_lines)) for y in range(3)]
    # history
    h = c["hist"]
    m["h_out"] = h["out"]
    m["h_rev"] = [r1(h["out"][y] * h["price"][y] / 1e6) for y in range(3)]
    m["h_profit"] = [r1(m["h_rev"][y] * h["margin"][y]) for y in range(3)]
    m["h_growth"] = r1(((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100)
    # raw materials
    raws = []
    for label, unit, norm, price, rows in c["raws"]:
        if isinstance(norm, list):
            need = [r1(sum(prods[i][3][y] * norm[i] for i in range(len(prods)))) for y in range(3)]
        else:
            need = [r1(m["out"][y] * norm) for y in range(3)]
        supply_rows = [(lab, n, w, yl, n * yl) for lab, n, w, yl in rows]
        supply = sum(s[4] for s in supply_rows)
        raws.append(dict(label=label, unit=unit, norm=norm, price=price, need=need,
                         rows=supply_rows, supply=supply,
                         cost=[r1(need[y] * price / 1e6) for y in range(3)]))
    m["raws"] = raws
    # capacity
    if c["cap"]:
        per_day, days, _ = c["cap"]
        m["cap"] = per_day * days
        m["use"] = [r1(m["out"][y] / m["cap"] * 100) for y in range(3)]
    # staff
    m["staff"] = sum(r[1] for r in c["roles"])
    m["org_total"] = plant.get("org_total", m["staff"])
    m["wages"] = [r1(m["staff"] * c["wage"][y] * 12) for y in range(3)]
    # investment
    m["inv"] = sum(i[1] for i in c["inv"])
    m["fixed"] = sum(i[1] for i in c["inv"] if i[2])
    m["src"] = sum(s[1] for s in c["src"])
    m["src_pct"] = [r1(s[1] / m["src"] * 100) for s in c["src"]]
    m["dep"] = r1(m["fixed"] / c["life"])
    m["interest"] = [r1(b * c["rate"]) for b in c["loan"]]

    def costs(rev):
        lines = []
        lines.append(("raw", [r1(sum(r["cost"][y] for r in raws)) for y in range(3)]))
        if c["aux"]:
            lines.append(("aux", [r1(m["out"][y] * c["aux"][1] / 1e6) for y in range(3)]))
        lines.append(("pack", [r1(sum(prods[i][3][y] * c["packc"][i] for i in range(len(prods))) / 1e6)
                               for y in range(3)]))
        lines.append(("energy", [r1(m["out"][y] * c["energy"] / 1e6) for y in range(3)]))
        lines.append(("wages", m["wages"]))
        lines.append(("dep", [m["dep"]] * 3))
        lines.append(("interest", m["interest"]))
        if c["sell"]:
            lines.append(("sell", [r1(rev[y] * c["sell"]) for y in range(3)]))
        if c["fee"]:
            lines.append(("fee", [r1(rev[y] * c["fee"]) for y in range(3)]))
        lines.append(("other", [float(c["other"])] * 3))
        total = [r1(sum(l[1][y] for l in lines)) for y in range(3)]
        return lines, total

    m["cost_lines"], m["cost"] = costs(m["rev"])
    m["cost_lines_true"], m["cost_true"] = costs(m["rev_true"])

    def after(rev, cost, factor=None):
        profit = [r1(rev[y] - cost[y]) for y in range(3)]
        if factor:
            profit[2] = r1(profit[2] * factor)
        cit = [r1(max(p, 0) * c["cit"]) for p in profit]
        net = [r1(profit[y] - cit[y]) for y in range(3)]
        margin = [r1(profit[y] / rev[y] * 100) for y in range(3)]
        payback = round(m["inv"] / (sum(net) / 3 + m["dep"]), 1)
        return profit, cit, net, margin, payback

    (m["profit"], m["cit"], m["net"], m["margin"], m["payback"]) = after(
        m["rev"], m["cost"], PROFIT_FACTOR.get(key))
    (m["profit_true"], m["cit_true"], m["net_true"], m["margin_true"], m["payback_true"]) = after(
        m["rev_true"], m["cost_true"])
    if "payback" in plant:
        m["payback"] = plant["payback"]
    m["comp_price"] = plant.get("comp_price", prods[0][4][0])
    m["short"] = SHORT[key]
    return m


# --------------------------------------------------------------------------- checks

class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]]:
        """The rows of the first table after the line holding `caption`."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if caption.lower() in line.lower() and re.match(r"\W*(Bảng|Biểu)", line.strip()):
                rows, started = [], False
                for nxt in lines[i + 1:]:
                    s = nxt.strip()
                    if s.startswith("|"):
                        started = True
                        if not re.fullmatch(r"\|[\s|:-]+\|", s):
                            rows.append([x.strip() for x in s.strip("|").split("|")])
                    elif started:
                        break
                if rows:
                    return rows
        self.failures.append(f"table not found: {caption}")
        return []

    def trow(self, rows: list[list[str]], label: str, n: int = 3) -> list[float]:
        """The last n numbers of the first row of `rows` whose first or second cell starts with label."""
        for r in rows:
            if any(c.startswith(label) for c in r[:2]):
                nums = [vn(x) for x in r[1:] if re.fullmatch(r"[\d.,]+", x)]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def eq(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: printed {got}, computed {want}")

    def wrong(self, got: float, true: float, what: str) -> None:
        if not true or not off(got, true, 5.0):
            self.failures.append(f"planted {what} not wrong by > 5 %: printed {got}, true {true}")


CAPTIONS = {  # per plan: the caption words of each figure table
    "default": dict(hist="Kết quả sản xuất kinh doanh", raw="nguyên liệu", out="Sản lượng dự kiến",
                    rev="Doanh thu dự kiến", cost="Chi phí sản xuất", sum="Hiệu quả sản xuất",
                    inv="Tổng vốn đầu tư", src="Nguồn vốn", org="Tổ chức", comp="So sánh",
                    price="Giá bán dự kiến"),
}


READY = ("hy01", "hy02", "hy03", "hy04")
NO_USE_ROW = ("hy05",)  # the capacity defect: no capacity row in the output table
PRICE_TABLE = ("hy01", "hy04")
COMP = {"hy01": ("So sánh", "Biển Nhượng (công ty)"), "hy02": ("So sánh", "Sơn Kim (hợp tác xã)"),
        "hy03": ("So sánh", "(Yên Hòa)"), "hy04": ("Giá mật ong cùng loại", "Khe Giao (hộ)"),
        "hy05": ("So sánh", "Rượu nếp sim Cẩm Lạc"), "hy06": ("So sánh", "Mắm tôm Hội Thủy"),
        "hy07": ("So sánh", "Giá bán lẻ"), "hy08": ("So sánh giá", "Tổ hợp tác Đông Phù"),
        "hy09": ("Các sản phẩm trà cà gai leo", "Trà cà gai leo Thiên Cầm")}


CAPTIONS.update({
    "hy04": dict(raw="mật ong thô"), "hy05": dict(raw="Cân đối nguyên liệu"),
    "hy08": dict(raw="nhu cầu gạo nếp", org="Phân công"), "hy07": dict(raw="búp chè tươi"),
    "hy01": dict(raw="nguyên liệu mực"),
})


def cap(key: str, what: str) -> str:
    return CAPTIONS.get(key, {}).get(what) or CAPTIONS["default"][what]


def check_full(p: Plan, key: str) -> None:
    m = model(key)
    c = m["c"]
    prods = c["products"]
    # history
    t = p.table(cap(key, "hist"))
    for lab, want in (("Sản lượng", m["h_out"]), ("Doanh thu", m["h_rev"]), ("Lợi nhuận", m["h_profit"])):
        got = p.trow(t, lab)
        for y in range(3):
            p.eq(got[y], want[y], f"history {lab} {HIST_YEARS[y]}")
    hist_out = p.trow(t, "Sản lượng")
    for y in range(3):
        p.eq(p.trow(t, "Doanh thu")[y], hist_out[y] * c["hist"]["price"][y] / 1e6, "history revenue = out × price")
    p.check(m["out"][0] <= m["h_out"][2] * 1.2, f"2027 output {m['out'][0]} jumps > 20 % over 2026")
    # output table: packs per product and total output
    short = SHORT[key]
    t = p.table(cap(key, "out"))
    for i, pr in enumerate(prods):
        got = p.trow(t, short[i])
        for y in range(3):
            p.eq(got[y], pr[3][y], f"packs {pr[0]} {YEARS[y]}")
    got = p.trow(t, "Tổng sản lượng")
    for y in range(3):
        p.eq(got[y], m["out"][y], f"output {YEARS[y]}")
        p.eq(got[y], sum(prods[i][3][y] * prods[i][2] for i in range(len(prods))), "output = Σ packs × size")
    if c["cap"] and key not in NO_USE_ROW:
        capr = p.trow(t, "Công suất", 1)[0] or 1.0
        p.eq(capr, c["cap"][0] * c["cap"][1], "rated capacity = rating × days")
        use = p.trow(t, "Tỷ lệ sử dụng")
        for y in range(3):
            p.eq(use[y], got[y] / capr * 100, f"capacity use {YEARS[y]}")
    # revenue table
    t = p.table(cap(key, "rev"))
    tot = p.trow(t, "Tổng doanh thu")
    lines = []
    for i, pr in enumerate(prods):
        got = p.trow(t, short[i])
        lines.append(got)
        for y in range(3):
            true = pr[3][y] * pr[4][y] / 1e6
            pl = PLANT.get(key, {}).get("rev_line")
            if pl and pl[0] == i and pl[1] == y:
                p.wrong(got[y], true, f"revenue line {pr[0]} {YEARS[y]}")
            else:
                p.eq(got[y], true, f"revenue {pr[0]} {YEARS[y]} = packs × price")
    for y in range(3):
        p.eq(tot[y], sum(l[y] for l in lines), f"revenue total {YEARS[y]}")
        p.eq(tot[y], m["rev"][y], f"revenue total {YEARS[y]} (model)")
    # price table (plans whose prices change by year) and the own row of the competitor table
    if key in PRICE_TABLE:
        t = p.table(cap(key, "price"))
        for i, pr in enumerate(prods):
            got = p.trow(t, short[i])
            for y in range(3):
                p.eq(got[y], pr[4][y], f"price {pr[0]} {YEARS[y]}")
    if key in COMP:
        capt, marker = COMP[key]
        t = p.table(capt)
        row = next((r for r in t if any(marker in x for x in r)), None)
        if row is None:
            p.failures.append(f"competitor table: own row {marker!r} not found")
        else:
            nums = [vn(x) for x in re.findall(r"\d{1,3}(?:\.\d{3})+", " | ".join(row))]
            own = nums[0] if nums else 0.0
            if key == "hy09":
                p.wrong(own, prods[0][4][0], "own price in the competitor table (figure-inconsistent)")
            else:
                p.eq(own, prods[0][4][0], "own price in the competitor table = price of the plan")
    # raw materials: supply rows, their sum, need = output × norm, balance; need within supply
    t = p.table(cap(key, "raw"))
    for r in m["raws"]:
        rows_sum = 0.0
        for lab, n, w, yl, s_ in r["rows"]:
            got = p.trow(t, lab, 1)[0]
            p.eq(got, n * yl, f"supply {lab} = {n} {w} × {yl}")
            rows_sum += got
        low = r["label"][0].lower() + r["label"][1:]
        p.eq(p.trow(t, "Cộng nguồn cung " + low, 1)[0], rows_sum, f"supply total {r['label']}")
        need = p.trow(t, "Nhu cầu " + low)
        for y in range(3):
            p.eq(need[y], r["need"][y], f"need {r['label']} {YEARS[y]}")
        if key == "hy08":
            p.check(not any(x[1].startswith("Còn dư") for x in t), "hy08 prints no balance row")
            for y in (1, 2):
                p.wrong(rows_sum, need[y], f"supply vs need {YEARS[y]} (material-shortfall)")
                p.check(need[y] > rows_sum, f"need {YEARS[y]} exceeds supply")
            p.check(need[0] <= rows_sum, "2027 need within supply")
        else:
            k = next((i for i, x in enumerate(t) if x[1].startswith("Nhu cầu " + low)), 0)
            bal = p.trow(t[k:], "Còn dư")
            for y in range(3):
                p.eq(bal[y], rows_sum - need[y], f"balance {r['label']} {YEARS[y]}")
                spare = 1.05 if key in READY else 1.0
                p.check(rows_sum >= need[y] * spare, f"need {r['label']} {YEARS[y]} within supply")
    # capacity: planted in hy05 (no use row printed), within 85 % in ready plans
    if c["cap"]:
        capa = c["cap"][0] * c["cap"][1]
        for y in range(3):
            if key == "hy05" and y > 0:
                p.wrong(capa, m["out"][y], f"capacity vs output {YEARS[y]} (capacity-exceeded)")
                p.check(m["out"][y] > capa, f"output {YEARS[y]} exceeds capacity")
            else:
                limit = 0.85 if key in READY else 1.0
                p.check(m["out"][y] <= capa * limit, f"output {YEARS[y]} within {limit:.0%} of capacity")
    # organisation
    t = p.table(cap(key, "org"))
    counts = [p.trow(t, role, 1)[0] for role, n, _ in c["roles"]]
    for (role, n, _), got in zip(c["roles"], counts):
        p.eq(got, n, f"staff {role}")
    total = p.trow(t, "Tổng", 1)[0]
    if "org_total" in PLANT.get(key, {}):
        p.wrong(total, sum(counts), "organisation table total")
    else:
        p.eq(total, sum(counts), "organisation table total")
    # investment and sources
    t = p.table(cap(key, "inv"))
    items = [p.trow(t, lab, 1)[0] for lab, _, _ in c["inv"]]
    for (lab, v, _), got in zip(c["inv"], items):
        p.eq(got, v, f"investment {lab}")
    inv_total = p.trow(t, "Tổng", 1)[0]
    p.eq(inv_total, sum(items), "investment total = Σ items")
    t = p.table(cap(key, "src"))
    srcs = [p.trow(t, lab, 2) for lab, _ in c["src"]]
    for (lab, v), got in zip(c["src"], srcs):
        p.eq(got[0], v, f"source {lab}")
        p.eq(got[1], v / m["src"] * 100, f"source share {lab}")
    src_total = p.trow(t, "Tổng", 2)[0]
    p.eq(src_total, sum(s[0] for s in srcs), "sources total = Σ sources")
    if key == "hy09":
        p.wrong(src_total, inv_total, "sources vs investment (capital-mismatch)")
    else:
        p.eq(src_total, inv_total, "sources = investment")
    # costs
    t = p.table(cap(key, "cost"))
    got_lines = []
    for name, want in m["cost_lines"]:
        label = COST_LABELS[key][name]
        got = p.trow(t, label)
        got_lines.append(got)
        for y in range(3):
            p.eq(got[y], want[y], f"cost {label} {YEARS[y]}")
    got_total = p.trow(t, "Tổng chi phí")
    for y in range(3):
        p.eq(got_total[y], sum(l[y] for l in got_lines), f"cost total {YEARS[y]}")
    # cost lines against their bases
    raw_cost = [sum(r["need"][y] * r["price"] for r in m["raws"]) / 1e6 for y in range(3)]
    for y in range(3):
        p.eq(got_lines[0][y], raw_cost[y], f"raw cost = need × price {YEARS[y]}")
        p.eq(m["wages"][y], m["staff"] * c["wage"][y] * 12, "wage fund")
    # summary
    t = p.table(cap(key, "sum"))
    rev = p.trow(t, "Doanh thu")
    cost = p.trow(t, "Tổng chi phí")
    prof = p.trow(t, "Lợi nhuận")
    for y in range(3):
        p.eq(rev[y], tot[y], f"summary revenue {YEARS[y]}")
        p.eq(cost[y], got_total[y], f"summary cost {YEARS[y]}")
        if key == "hy07" and y == 2:
            p.wrong(prof[y], rev[y] - cost[y], f"profit {YEARS[y]} (profit-mismatch)")
        else:
            p.eq(prof[y], rev[y] - cost[y], f"profit {YEARS[y]} = revenue − cost")
        p.check(0 < m["profit_true"][y] / m["rev_true"][y] < 0.4,
                f"true margin {YEARS[y]} out of 0-40 %")
    marg = p.trow(t, "Tỷ suất")
    for y in range(3):
        p.eq(marg[y], prof[y] / rev[y] * 100, f"margin {YEARS[y]}")
    net = prof
    if c["cit"]:
        cit = p.trow(t, "Thuế thu nhập doanh nghiệp")
        net = p.trow(t, "Lợi nhuận sau thuế")
        for y in range(3):
            p.eq(cit[y], prof[y] * c["cit"], f"income tax {YEARS[y]}")
            p.eq(net[y], prof[y] - cit[y], f"net profit {YEARS[y]}")
    # payback as the text states it
    mt = re.search(r"hoàn vốn[^\n]{0,300}?khoảng (\d+,\d) năm", p.body)
    if not mt:
        p.failures.append("payback sentence not found")
    else:
        stated = vn(mt.group(1))
        from_printed = inv_total / (sum(net) / 3 + m["dep"])
        true = m["payback_true"]
        if key == "hy08":
            p.wrong(stated, from_printed, "payback (payback-mismatch)")
            p.wrong(stated, true, "payback against true profits")
        else:
            p.eq(stated, from_printed, "payback = investment / (average profit + depreciation)", 0.03)
    # growth and realism
    for y in (1, 2):
        p.check(m["rev_true"][y] / m["rev_true"][y - 1] < 1.3, f"true revenue growth {YEARS[y]} > 30 %")
        p.check(m["out"][y] / m["out"][y - 1] < 1.3, f"output growth {YEARS[y]} > 30 %")


COST_LABELS: dict[str, dict] = {}
_DEFAULT_COST = dict(raw="Nguyên liệu", aux="Nguyên liệu phụ", pack="Bao bì", energy="Điện",
                     wages="Tiền lương", dep="Khấu hao", interest="Lãi vay", sell="Bán hàng",
                     fee="Thuế, phí", other="Chi phí khác")
for _k in PLANS:
    COST_LABELS[_k] = dict(_DEFAULT_COST)
COST_LABELS["hy10"].update(pack="Túi giấy", wages="Tiền công")


# --------------------------------------------------------------------------- textual checks

DATES = {"hy01": (2027, 2), "hy02": (2026, 11), "hy03": (2027, 1), "hy04": (2027, 3),
         "hy05": (2026, 10), "hy06": (2026, 8), "hy07": (2026, 12), "hy08": (2026, 9),
         "hy09": (2027, 1), "hy10": (2026, 7), "hy11": (2027, 2), "hy12": (2026, 11)}
OWN_NAMES = {"hy05": ("Hợp tác xã Nông nghiệp Sim Cẩm Lạc", "Rượu nếp sim Cẩm Lạc", "Kỳ Tây")}
CHANNEL_WORDS = (r"khách hàng|kênh|phân phối|đại lý|cửa hàng|siêu thị|(?<!\w)chợ(?!\w)|hội chợ|bán lẻ|"
                 r"bán buôn|thương lái|du khách|khách du lịch|thương mại điện tử|trực tuyến|Facebook|"
                 r"Zalo|Shopee|xuất khẩu|đơn hàng|đặt hàng|bao tiêu|nhà hàng|homestay|điểm bán|"
                 r"người mua|giá bán|người tiêu dùng|khách quen")


def section(p: Plan, start: str, stop: str) -> str:
    """The plan's text from the heading line starting with `start` to the one starting with `stop`."""
    body = p.body
    i = body.find("\n# " + start)
    j = body.find("\n# " + stop, i + 1)
    if i < 0 or j < 0:
        p.failures.append(f"section not found: {start}")
        return ""
    return body[i:j]


def programme_in_force(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    p.lacks(REPLACED, "replaced instrument or district level")


def dates_in_force(p: Plan, key: str) -> None:
    y0, m0 = DATES[key]
    for d, mo, yr in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
        yr, mo = int(yr), int(mo)
        p.check((yr, mo) > (y0, m0), f"paper valid to {d}/{mo}/{yr} expired at the plan date")
        if yr < 2030:
            p.check("gia hạn" in p.body.lower(), f"paper valid to {yr} without a renewal step")


def ready_common(p: Plan, key: str, food: bool) -> None:
    programme_in_force(p)
    dates_in_force(p, key)
    p.has("43/2017/NĐ-CP", "111/2021/NĐ-CP", "truy xuất", "mã lô",
          "đăng ký môi trường" if key != "hy04" else "cam kết bảo vệ môi trường")
    p.check(bool(re.search(r"nhãn hiệu", p.body, re.I)), "no trademark in a ready plan")
    p.check(bool(re.search(r"tiêu chuẩn cơ sở|TCCS", p.body)), "no product standard in a ready plan")
    p.check(bool(re.search(r"kết quả thử nghiệm", p.body)), "no test report in a ready plan")
    if food:
        p.has("an toàn thực phẩm", "15/2018/NĐ-CP", "lưu mẫu")
        p.check(bool(re.search(r"tự công bố", p.body, re.I)), "no self-declaration in a ready food plan")
    p.lacks(PLACEHOLDER, "template placeholder")


def c_hy01(p):
    ready_common(p, "hy01", True)
    p.has("bể lắng", "Giấy chứng nhận đăng ký doanh nghiệp mã số 3002245718")


def c_hy02(p):
    ready_common(p, "hy02", True)
    p.has("không ghi công dụng chữa bệnh", "14 thành viên chính thức", "17/2023/QH15")
    p.lacks(r"chữa (khỏi|trị)|điều trị|phòng bệnh|tăng cường miễn dịch|giải độc gan", "health claim")


def c_hy03(p):
    ready_common(p, "hy03", False)
    p.has("không phải thực phẩm", "hồ sơ nguồn gốc", "hút bụi", "Phòng cháy")
    p.lacks(r"an toàn thực phẩm số|15/2018", "food-safety paper for a craft")


def c_hy04(p):
    ready_common(p, "hy04", True)
    p.has("Giấy chứng nhận đăng ký hộ kinh doanh số 28C8004127", "trẻ dưới 1 tuổi")


def c_hy05(p):
    programme_in_force(p)
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh|rượu thủ công", "alcohol licence")
    org, prod, other = OWN_NAMES["hy05"]
    p.check(p.count(other) >= 3, f"name-inconsistent: {other!r} appears {p.count(other)} times")
    n_org, n_prod = (len(re.findall(re.escape(x), p.body, re.I)) for x in (org, prod))
    p.check(n_org >= 4 and n_prod >= 3, f"own producer ({n_org}) and product ({n_prod}) names")
    p.has("an toàn thực phẩm", "QCVN 6-3:2010/BYT", "tự công bố", "Không dùng cho người dưới 18 tuổi",
          "đăng ký môi trường", "biogas", "2 nồi chưng cất", "50 lít rượu/ngày", "260 ngày/năm",
          "không cần mua thêm nồi")
    p.lacks(PLACEHOLDER, "template placeholder")


def c_hy06(p):
    p.lacks(r"môi trường|chất thải|nước thải|mùi|xử lý|bể lắng|biogas|thu gom|ô nhiễm|(?<!\w)rác", "environment")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện Nghi Xuân")
    p.lacks(r"148/QĐ-TTg|1489", "programme in force")
    p.has("an toàn thực phẩm", "TCCS", "Tự công bố", "HIỆU QUẢ XÃ HỘI")
    p.lacks(PLACEHOLDER, "template placeholder")


def c_hy07(p):
    programme_in_force(p)
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food safety")
    p.check(p.count("[tên sản phẩm]") == 2, "boilerplate: '[tên sản phẩm]' twice (SWOT and risk tables)")
    p.check(bool(re.search(PLACEHOLDER, p.body)), "boilerplate placeholder matches PLACEHOLDER")
    p.has("TCCS", "tự công bố", "kết quả thử nghiệm", "43/2017/NĐ-CP", "nhãn hiệu", "truy xuất",
          "đăng ký môi trường")


def c_hy08(p):
    programme_in_force(p)
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn|in trên", "label")
    p.has("nhãn hiệu", "an toàn thực phẩm", "TCCS", "tự công bố", "kết quả thử nghiệm",
          "bảo đảm đủ cho sản xuất cả giai đoạn", "sổ ghi từng mẻ")
    p.lacks(PLACEHOLDER, "template placeholder")


def c_hy09(p):
    programme_in_force(p)
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|"
            r"chỉ tiêu (chất lượng|an toàn|cảm quan|lý|hóa|vi sinh)", "product standard")
    p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "tem QR", "bảo đảm đủ cho phương án",
          "không ghi công dụng chữa bệnh", "đăng ký môi trường")
    p.lacks(PLACEHOLDER, "template placeholder")


def c_hy10(p):
    programme_in_force(p)
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|hợp tác xã|"
            r"tổ hợp tác|công ty|doanh nghiệp|hộ kinh doanh|hợp đồng hợp tác", "business registration")
    p.lacks(CHANNEL_WORDS, "sales channel or customer")
    market = section(p, "VII -", "VIII -")
    p.check(not re.search(r"\d{1,3}\.\d{3}", market), "the market section states no price")
    m = model("hy10")
    p.has(f"tổng cộng {m['staff']} người", f"cho {m['staff']} người")
    p.has("43/2017/NĐ-CP", "nhãn hiệu", "mã lô", "không phải thực phẩm")
    p.lacks(PLACEHOLDER, "template placeholder")


def sketchy(p: Plan, lacks: str) -> None:
    words = [w for w in p.body.split() if any(ch.isalpha() for ch in w)]
    p.check(150 <= len(words) <= 350, f"sketchy plan has {len(words)} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.lacks(lacks, "paper a sketchy plan lacks")
    p.lacks(REPLACED, "replaced instrument")
    p.lacks(PLACEHOLDER, "template placeholder")


def c_hy11(p):
    sketchy(p, r"an toàn thực phẩm|tiêu chuẩn|TCCS|nhãn|công bố|kiểm nghiệm|truy xuất|môi trường|148/QĐ")
    p.has("3.000 kg", "120.000 đồng/kg", "360 triệu đồng", "150 triệu đồng", "28A8003315")


def c_hy12(p):
    sketchy(p, r"an toàn thực phẩm|tiêu chuẩn|TCCS|nhãn|công bố|kiểm nghiệm|truy xuất|môi trường|"
               r"đăng ký|hợp đồng|mã số thuế|VietGAP")
    p.has("4.000 m²", "24 tấn", "35.000 – 45.000 đồng/kg", "900 triệu đồng")


CHECKS = {k[2:]: v for k, v in list(globals().items()) if re.fullmatch(r"c_hy\d\d", k)}


def main(argv=None) -> int:
    keys = list(argv or [])
    plans = []
    for f in sorted((HERE / "src").glob("hy*.md")):
        key = f.stem[:4]
        if keys and key not in keys:
            continue
        p = Plan(f.stem)
        if key in PLANS:
            check_full(p, key)
        CHECKS[key](p)
        plans.append(p)
    if len(plans) != (len(keys) or 12):
        print(f"expected {len(keys) or 12} plans, found {len(plans)}")
        return 1
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
