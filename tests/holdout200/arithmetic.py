"""The 200th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout200/arithmetic.py [gs01 gs05 ...]

Theme: tables that run across page breaks or are split into parts. A table is continued under
"Bảng N (tiếp theo)" with its total only in the continuation; a long table carries its running sum
("Cộng chuyển trang sau" / "Cộng trang trước chuyển sang"); a table comes in parts "Bảng 7a / 7b"
with "Cộng (a)", "Cộng (b)" and the total (a + b) in the second part; or the parts carry no total
and the total is given in the sentence after them; or a table is split by columns (2027-2028 first,
then 2029 with the three-year sum). The checks below read every part of a table (tables are found
by their caption "Bảng N." / "Bảng Na." / "Bảng N (tiếp theo)") and put it together as one.

For every full plan (gs01-gs10) the constants give the products (pack size in the plan's base unit,
price and packs per year, packaging cost per pack), the 2024-2026 history (output, average price,
profit), the raw materials (norm per base unit, price, supply rows count x yield), the equipment
rating x working days, staff by role and the monthly wage per year, energy per base unit, the
selling and tax shares of revenue, a fixed "other" line, investment items (fixed assets,
depreciated straight-line, and other spending), capital sources, loan balances and rate.
`model()` turns them into every figure the plan prints: packs x size = output, capacity and its
use, need = output x norm against supply = sum of count x yield, staff, wage fund = staff x wage x
12, revenue lines = packs x price, each cost line, totals, profit = revenue - cost, margin, payback
= investment / (average profit + depreciation), history revenue = output x price and its average
growth. `printed()` applies the planted defects and the figures that follow them. Every number
read from a plan is compared with the model: planted numeric defects must be wrong by more than
5 % (the true value is computed beside them), the rest right within 1 % (or 0,11 of a unit).
Textual defects are asserted through the absence or presence of their words; ready plans cite
no replaced instrument. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path
from statistics import mean

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, [price đ per year], [packs per year], pack cost đ)
# hist: output 2024-2026 (base units), average price (đ per base unit), profit (triệu)
# raws: (label, short name, unit, norm per base unit, price đ per unit,
#        [(supply row, [count per year], count word, yield per count)])
# cap: (rating per day in base units, working days, rating text)
# roles: (role, [staff per year]); wage: monthly wage per year (triệu)
# energy: đ per base unit; sell, tax: shares of revenue; other: fixed triệu a year
# inv_a: fixed assets (triệu, depreciated over `life` years); inv_b: other spending and working capital
# src: capital sources (triệu); loan: balance per year (triệu); rate: interest a year
PLANS: dict[str, dict] = {
    "gs01": dict(
        unit="kg",
        products=[("Bánh gai nhân đậu xanh, hộp 10 chiếc (800 g)", "hộp", 0.8, [68000, 68000, 70000], [20000, 22000, 24000], 6000),
                  ("Bánh gai nhân dừa, hộp 6 chiếc (480 g)", "hộp", 0.48, [44000, 44000, 46000], [10000, 11000, 12000], 4500),
                  ("Bánh gai hút chân không, túi 4 chiếc (320 g)", "túi", 0.32, [30000, 30000, 31000], [15000, 16500, 18000], 2500)],
        hist=dict(out=[19800, 21200, 22800], price=[78000, 80000, 82000], profit=[118.0, 136.5, 158.0]),
        raws=[("Gạo nếp cái hoa vàng", "gạo nếp", "kg", 0.45, 28000,
               [("Hộ trồng nếp thôn Phúc Sơn (hợp đồng)", [24, 24, 24], "hộ", 600),
                ("Hộ trồng nếp thôn Tiền Phong (hợp đồng)", [16, 16, 16], "hộ", 600)]),
              ("Lá gai phơi khô", "lá gai", "kg", 0.06, 55000,
               [("Vườn gai của công ty", [1, 1, 1], "ha", 1200),
                ("Hộ trồng gai thôn Phúc Sơn", [20, 20, 20], "hộ", 40)]),
              ("Đậu xanh, dừa, đường làm nhân", "nguyên liệu nhân", "kg", 0.34, 38000,
               [("Đại lý nông sản Hồng Phúc (hợp đồng)", [1, 1, 1], "đại lý", 14000)])],
        cap=(140, 290, "2 lò hấp × 70 kg/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ngâm gạo, xay bột, làm nhân", [3, 3, 3]),
               ("Gói, hấp bánh", [3, 3, 4]), ("Đóng hộp, kho, giao hàng", [1, 2, 2])],
        wage=[5.8, 6.0, 6.2],
        energy=2500, sell=0.05, tax=0.015, other=60,
        inv_a=[("Lò hấp bánh hơi nước 70 kg/mẻ", 160), ("Máy xay bột gạo nếp ướt", 85),
               ("Máy hút chân không, hàn miệng túi", 95), ("Tủ mát bảo quản bánh 1.200 lít", 70),
               ("Cải tạo xưởng một chiều 120 m²", 240), ("Xe tải nhẹ giao hàng 1,25 tấn", 310)],
        inv_b=[("Thiết kế bao bì, nhãn, mã vạch, tem QR", 45), ("Kiểm nghiệm, tự công bố sản phẩm", 25),
               ("Đăng ký nhãn hiệu", 15), ("Vốn lưu động", 255)],
        life=10,
        src=[("Vốn chủ sở hữu của công ty", 800), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        loan=[500, 400, 300], rate=0.08),
    "gs02": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, [45000, 45000, 47000], [30000, 33000, 36000], 7000),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, [95000, 95000, 98000], [4000, 4300, 4600], 4000),
                  ("Trà cà gai leo túi lọc, hộp 100 túi × 2 g", "hộp", 0.2, [130000, 130000, 135000], [3000, 3300, 3600], 12000),
                  ("Cà gai leo khô cắt khúc, bao 2 kg", "bao", 2, [340000, 340000, 350000], [300, 330, 360], 8000)],
        hist=dict(out=[3300, 3600, 3900], price=[440000, 450000, 460000], profit=[140.5, 158.0, 178.5]),
        raws=[("Cây cà gai leo tươi", "cà gai leo tươi", "kg", 5.0, 12000,
               [("Vườn dược liệu của hợp tác xã", [1.5, 1.5, 1.5], "ha", 12000),
                ("Hộ thành viên trồng cà gai leo", [22, 22, 22], "hộ", 600),
                ("Hộ liên kết thôn Khe Giao (hợp đồng)", [10, 12, 14], "hộ", 600)])],
        cap=(28, 260, "máy sấy bơm nhiệt 28 kg khô/ngày"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Chăm sóc vườn, thu hái, sơ chế", [4, 4, 5]),
               ("Sấy, nghiền, đóng túi lọc", [3, 3, 3]), ("Bán hàng, kho", [1, 1, 1])],
        wage=[5.5, 5.7, 5.9],
        energy=12000, sell=0.06, tax=0.015, other=140,
        inv_a=[("Nhà sơ chế, sấy, đóng gói 150 m²", 420), ("Máy sấy bơm nhiệt 2 buồng", 260),
               ("Máy nghiền dược liệu", 75), ("Máy đóng túi lọc tự động", 310)],
        inv_b=[("Bao bì, nhãn, mã vạch, tem QR", 40), ("Kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 35),
               ("Giống, phân bón mở rộng vườn", 60), ("Vốn lưu động", 300)],
        life=10,
        src=[("Vốn góp của thành viên", 700), ("Quỹ phát triển sản xuất của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        loan=[600, 480, 360], rate=0.08),
    "gs03": dict(
        unit="kg",
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, [150000, 150000, 155000], [3000, 3300, 3600], 9000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [270000, 270000, 280000], [1200, 1300, 1400], 14000),
                  ("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [220000, 220000, 230000], [1500, 1600, 1700], 9000),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, [400000, 400000, 410000], [500, 550, 600], 14000)],
        hist=dict(out=[3150, 3400, 3650], price=[300000, 310000, 320000], profit=[160.5, 181.0, 201.5]),
        raws=[("Mật ong thô", "mật ong thô", "kg", 1.05, 115000,
               [("Đàn ong của hộ", [250, 260, 270], "đàn", 12),
                ("Hộ nuôi ong thôn Khe Lim (hợp đồng)", [16, 16, 16], "hộ", 120)])],
        cap=(40, 250, "máy hạ thủy phần 20 kg/mẻ × 2 mẻ/ngày"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, hạ thủy phần, đóng chai", [1, 1, 1]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.2, 5.4, 5.6],
        energy=1500, sell=0.05, tax=0.015, other=30,
        inv_a=[("Máy hạ thủy phần mật ong 20 kg/mẻ", 150), ("Bồn lọc inox, máy quay mật", 85),
               ("Bổ sung 40 thùng ong và đàn giống", 80), ("Phòng lọc, đóng chai 36 m²", 135)],
        inv_b=[("Chai, hũ, nhãn, tem QR", 35), ("Kiểm nghiệm, tự công bố", 20), ("Vốn lưu động", 195)],
        life=8,
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 200), ("Vay người thân (không lãi)", 100)],
        loan=[200, 150, 100], rate=0.066),
    "gs04": dict(
        unit="lít",
        products=[("Nước chanh leo nguyên chất, chai 330 ml", "chai", 0.33, [22000, 22000, 22000], [40000, 44000, 48000], 3500),
                  ("Nước cốt chanh leo, chai 1 lít", "chai", 1, [95000, 95000, 95000], [4000, 4400, 4800], 8000),
                  ("Nước cốt chanh leo, can 5 lít cho quán", "can", 5, [420000, 420000, 420000], [300, 330, 360], 16000)],
        hist=dict(out=[14200, 15600, 17000], price=[66000, 68000, 70000], profit=[90.5, 102.0, 115.5]),
        raws=[("Quả chanh leo tím", "quả chanh leo", "kg", 1.5, 10000,
               [("Vườn chanh leo của các tổ viên", [3, 3, 3], "ha", 16000),
                ("Hộ trồng chanh leo thôn Hồng Tiến (hợp đồng)", [8, 8, 8], "hộ", 1500)]),
              ("Đường kính trắng", "đường", "kg", 0.1, 22000,
               [("Đại lý đường Sơn Hà (hợp đồng)", [1, 1, 1], "đại lý", 3000)])],
        cap=(110, 250, "dây chuyền ép, chiết rót 110 lít/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Tách quả, ép, lọc", [2, 2, 3]),
               ("Thanh trùng, chiết rót", [2, 2, 2]), ("Kho, giao hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        energy=3000, sell=0.05, tax=0.015, other=40,
        inv_a=[("Máy tách vỏ, ép chanh leo", 120), ("Nồi thanh trùng và máy chiết rót", 190),
               ("Kho lạnh bảo quản quả 40 m³", 140), ("Cải tạo phòng chế biến 70 m²", 130)],
        inv_b=[("Thiết kế chai, nhãn, mã vạch, tem QR", 35), ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30),
               ("Vốn lưu động", 155)],
        life=10,
        src=[("Vốn góp của các tổ viên", 450), ("Vay Ngân hàng Chính sách xã hội", 350)],
        loan=[350, 300, 250], rate=0.066),
    "gs05": dict(
        unit="lít",
        products=[("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, [75000, 75000, 78000], [16000, 19200, 23000], 9000),
                  ("Rượu nếp sim, bình sứ 1,5 lít", "bình", 1.5, [260000, 260000, 270000], [2000, 2400, 2900], 45000),
                  ("Rượu nếp sim 29 độ, can 5 lít", "can", 5, [380000, 380000, 390000], [1400, 1680, 2000], 15000)],
        hist=dict(out=[14000, 15500, 17000], price=[118000, 121000, 124000], profit=[148.5, 166.0, 184.0]),
        raws=[("Gạo nếp cái", "gạo nếp", "kg", 1.2, 28000,
               [("Ruộng nếp của thành viên", [40, 40, 40], "hộ", 600),
                ("Hộ trồng nếp thôn Đông Thịnh (hợp đồng)", [30, 30, 30], "hộ", 600)]),
              ("Quả sim chín", "quả sim", "kg", 0.4, 25000,
               [("Đồi sim của hợp tác xã", [6, 6, 6], "ha", 1200),
                ("Hộ thu hái sim thôn Tân Hương (hợp đồng)", [10, 10, 10], "hộ", 500)])],
        cap=(84, 260, "2 nồi chưng cất × 42 lít/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu cơm rượu, ủ men, chưng cất", [4, 4, 4]),
               ("Ngâm sim, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.6, 5.8, 6.0],
        energy=6000, sell=0.06, tax=0.02, other=60,
        inv_a=[("Kho ủ, ngâm rượu 80 m²", 260), ("Hệ thống lọc, khử andehit", 180),
               ("Chum sành, bình ủ 4.000 lít", 110), ("Máy chiết rót, đóng nắp", 120),
               ("Hầm biogas và bể chứa bã rượu", 95)],
        inv_b=[("Thiết kế bao bì, nhãn, tem truy xuất", 45), ("Kiểm nghiệm, tự công bố, nhãn hiệu", 40),
               ("Vốn lưu động", 250)],
        life=10,
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        loan=[500, 400, 300], rate=0.08),
    "gs06": dict(
        unit="kg",
        products=[("Mắm tôm Lộc Hải, hũ thủy tinh 250 g", "hũ", 0.25, [28000, 28000, 29000], [40000, 43000, 46000], 5000),
                  ("Mắm tôm Lộc Hải, hũ 500 g", "hũ", 0.5, [48000, 48000, 50000], [20000, 21500, 23000], 6500),
                  ("Mắm tôm Lộc Hải, can 2 kg cho nhà hàng", "can", 2, [160000, 160000, 165000], [3000, 3200, 3400], 9000)],
        hist=dict(out=[21500, 23000, 24500], price=[92000, 95000, 97000], profit=[172.0, 190.5, 208.0]),
        raws=[("Tôm moi tươi", "tôm moi", "kg", 0.85, 30000,
               [("Thuyền lưới của công ty", [3, 3, 3], "thuyền", 5000),
                ("Nậu vựa tôm cảng Cửa Sót (hợp đồng)", [4, 4, 4], "vựa", 3000)]),
              ("Muối hạt", "muối", "kg", 0.2, 5000,
               [("Hợp tác xã muối Hộ Độ (hợp đồng)", [1, 1, 1], "hợp đồng", 8000)])],
        cap=(130, 280, "máy xay, đảo chượp 130 kg/ngày"),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Thu mua, rửa, trộn muối", [3, 3, 3]),
               ("Ủ chượp, phơi, xay", [3, 3, 4]), ("Đóng hũ, kho, bán hàng", [2, 2, 2])],
        wage=[6.0, 6.2, 6.4],
        energy=2000, sell=0.06, tax=0.015, other=90,
        inv_a=[("Nhà ủ chượp có mái che 250 m²", 520), ("Chum, vại sành và bể ủ inox", 260),
               ("Máy xay, máy đảo chượp", 210), ("Máy chiết rót, đóng nắp hũ", 180),
               ("Kho thành phẩm 60 m²", 160)],
        inv_b=[("Thiết kế bao bì, nhãn, mã vạch, tem QR", 50), ("Kiểm nghiệm, tự công bố, nhãn hiệu", 40),
               ("Vốn lưu động", 460)],
        life=10,
        src=[("Vốn góp của cổ đông", 1000), ("Vay Ngân hàng thương mại cổ phần Công Thương", 650)],
        loan=[650, 520, 390], rate=0.085),
    "gs07": dict(
        unit="chiếc",
        products=[("Nón lá trắng truyền thống 16 vòng", "chiếc", 1, [90000, 90000, 95000], [6000, 6500, 7000], 3000),
                  ("Nón lá thêu hoa văn, nón bài thơ", "chiếc", 1, [180000, 180000, 185000], [2000, 2200, 2400], 6000),
                  ("Nón lá mini trang trí, lưu niệm", "chiếc", 1, [45000, 45000, 48000], [3000, 3300, 3600], 2000)],
        hist=dict(out=[9200, 9800, 10400], price=[84000, 86000, 88000], profit=[118.0, 128.0, 139.5]),
        raws=[("Lá nón (lá cọ non) đã phơi, là", "lá nón", "kg", 0.12, 70000,
               [("Đồi cọ của các hộ trong nhóm", [3, 3, 3], "ha", 250),
                ("Người bán lá nón xã Hương Đô", [2, 2, 2], "người", 200)]),
              ("Vành tre, cước, chỉ khâu", "vành, cước, chỉ", "bộ", 1, 6000,
               [("Cơ sở chuốt vành Phúc Đồng (hợp đồng)", [1, 1, 1], "cơ sở", 20000)])],
        cap=(48, 300, "8 thợ chằm × 6 chiếc/ngày"),
        roles=[("Nhóm trưởng, sổ sách, bán hàng", [1, 1, 1]), ("Phơi, là lá, chuốt vành", [2, 2, 2]),
               ("Chằm nón (thợ chính)", [8, 8, 8]), ("Thêu, hoàn thiện", [1, 1, 1])],
        wage=[3.6, 3.8, 4.0],
        energy=800, sell=0.05, tax=0.01, other=25,
        inv_a=[("Nhà xưởng chằm nón, kho lá 80 m²", 220), ("Lò sấy lá bằng điện", 45),
               ("Bộ khuôn nón các cỡ", 30), ("Máy khâu chỉ, máy thêu", 35)],
        inv_b=[("Thẻ treo, túi đựng, tem QR", 15), ("Đăng ký nhãn hiệu, thiết kế mẫu", 20),
               ("Vốn lưu động", 115)],
        life=8,
        src=[("Vốn góp của các hộ", 330), ("Vay Ngân hàng Chính sách xã hội (hộ nhóm trưởng đứng vay)", 150)],
        loan=[150, 100, 50], rate=0.066),
    "gs08": dict(
        unit="kg",
        products=[("Bánh ram, túi 10 chiếc (400 g)", "túi", 0.4, [45000, 45000, 47000], [18000, 20000, 22000], 2500),
                  ("Bánh ram, hộp 20 chiếc (800 g)", "hộp", 0.8, [85000, 85000, 88000], [6000, 6600, 7200], 6000),
                  ("Bánh ram đông lạnh, túi 30 chiếc (1,2 kg)", "túi", 1.2, [110000, 110000, 115000], [3000, 3500, 4000], 4000)],
        hist=dict(out=[11800, 12900, 14000], price=[96000, 99000, 102000], profit=[150.0, 168.5, 187.5]),
        raws=[("Gạo nếp cái", "gạo nếp", "kg", 0.5, 28000,
               [("Hộ trồng nếp thôn Xuân Phổ (hợp đồng)", [20, 20, 20], "hộ", 600)]),
              ("Thịt, tôm, đậu xanh làm nhân", "nguyên liệu nhân", "kg", 0.22, 75000,
               [("Cơ sở thực phẩm tươi Hải Yến (hợp đồng)", [1, 1, 1], "cơ sở", 6000)]),
              ("Dầu ăn", "dầu ăn", "kg", 0.12, 38000,
               [("Đại lý dầu ăn Thành Sen", [1, 1, 1], "đại lý", 3000)])],
        cap=(70, 300, "2 chảo chiên điện × 35 kg/ngày"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Xay bột, làm nhân", [2, 2, 2]),
               ("Nặn, chiên bánh", [3, 3, 4]), ("Đóng gói, bán hàng", [1, 2, 2])],
        wage=[5.0, 5.2, 5.4],
        energy=4000, sell=0.05, tax=0.015, other=35,
        inv_a=[("Hai chảo chiên điện có tách dầu", 120), ("Máy xay bột nước", 40),
               ("Tủ đông 1.000 lít", 60), ("Máy hàn, hút chân không", 55), ("Cải tạo bếp chế biến 50 m²", 150)],
        inv_b=[("Túi, hộp, nhãn, mã vạch", 30), ("Đăng ký nhãn hiệu", 15), ("Vốn lưu động", 130)],
        life=8,
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 200)],
        loan=[200, 150, 100], rate=0.08),
    "gs09": dict(
        unit="lít",
        products=[("Tinh dầu tràm, lọ 10 ml", "lọ", 0.01, [30000, 30000, 31000], [30000, 32000, 34000], 5000),
                  ("Tinh dầu tràm, chai 50 ml", "chai", 0.05, [100000, 100000, 105000], [8000, 8600, 9200], 9000),
                  ("Tinh dầu tràm, chai 100 ml", "chai", 0.1, [180000, 180000, 185000], [3000, 3200, 3400], 12000)],
        hist=dict(out=[820, 880, 940], price=[1950000, 2000000, 2050000], profit=[178.0, 196.0, 215.5]),
        raws=[("Cành lá tràm tươi", "lá tràm", "kg", 120, 2200,
               [("Rừng tràm của công ty", [12, 12, 12], "ha", 8000),
                ("Hộ liên kết trồng tràm (hợp đồng)", [45, 45, 45], "hộ", 1200)])],
        cap=(4.5, 280, "2 nồi chưng cất hơi nước × 2,25 lít tinh dầu/ngày"),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Thu mua, cắt lá", [3, 3, 3]),
               ("Chưng cất, lọc, tách nước", [3, 3, 3]), ("Chiết lọ, đóng hộp", [2, 2, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[5.8, 6.0, 6.2],
        energy=60000, sell=0.06, tax=0.015, other=110,
        inv_a=[("Nồi chưng cất inox 500 kg lá/mẻ", 280), ("Lò hơi đốt củi trấu", 160),
               ("Bồn tách tinh dầu, lọc tinh", 90), ("Máy chiết lọ, dán nhãn", 150), ("Nhà xưởng chưng cất 180 m²", 420)],
        inv_b=[("Thiết kế bao bì, hộp, tem QR", 50), ("Đăng ký nhãn hiệu", 20), ("Vốn lưu động", 330)],
        life=10,
        src=[("Vốn chủ sở hữu của công ty", 900), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        loan=[600, 450, 300], rate=0.08),
    "gs10": dict(
        unit="kg",
        products=[("Mì gạo sợi nhỏ, gói 500 g", "gói", 0.5, [28000, 28000, 28000], [30000, 60000, 96000], 1500),
                  ("Bún khô, gói 400 g", "gói", 0.4, [24000, 24000, 24000], [20000, 40000, 64000], 1500),
                  ("Mì gạo lứt, gói 300 g", "gói", 0.3, [30000, 30000, 30000], [12000, 24000, 38400], 1800)],
        hist=dict(out=[21000, 22500, 24000], price=[58000, 60000, 61000], profit=[88.5, 96.0, 104.5]),
        raws=[("Gạo tẻ (gạo Khang dân, gạo lứt)", "gạo", "kg", 1.3, 14000,
               [("Hộ trồng lúa trong xã (hợp đồng)", [40, 80, 125], "hộ", 1000)])],
        cap=(350, 280, "dây chuyền tráng, hấp, sấy 350 kg/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Ngâm, xay bột, tráng", [3, 3, 3]),
               ("Sấy, cắt sợi, đóng gói", [3, 3, 3])],
        wage=[5.2, 5.4, 5.6],
        energy=4000, sell=0.05, tax=0.015, other=50,
        inv_a=[("Dây chuyền tráng, hấp, cắt sợi 350 kg/ngày", 450), ("Máy sấy bơm nhiệt 3 buồng", 220),
               ("Nhà xưởng mở rộng 150 m²", 250), ("Máy đóng gói định lượng", 80)],
        inv_b=[("Thiết kế bao bì, nhãn, mã vạch", 40), ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30),
               ("Vốn lưu động", 250)],
        life=10,
        src=[("Vốn góp của thành viên", 620), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        loan=[700, 560, 420], rate=0.08),
}


# --------------------------------------------------------------------------- model
COST_KEYS = ("pack", "energy", "wage", "dep", "interest", "sell", "tax", "other")


def model(key: str) -> dict:
    """Every figure of a full plan, from its constants (the true values)."""
    c = PLANS[key]
    m: dict = {"key": key}
    prods = c["products"]
    m["packs"] = [list(p[4]) for p in prods]
    m["price"] = [list(p[3]) for p in prods]
    m["rev_line"] = [[p[4][y] * p[3][y] / 1e6 for y in Y] for p in prods]
    m["rev"] = [sum(line[y] for line in m["rev_line"]) for y in Y]
    m["out_line"] = [[p[4][y] * p[2] for y in Y] for p in prods]
    m["out"] = [sum(line[y] for line in m["out_line"]) for y in Y]
    m["growth_out"] = [0.0] + [(m["out"][y] / m["out"][y - 1] - 1) * 100 for y in (1, 2)]
    m["growth_rev"] = [0.0] + [(m["rev"][y] / m["rev"][y - 1] - 1) * 100 for y in (1, 2)]
    m["need"], m["supply_rows"], m["supply"], m["spare"] = [], [], [], []
    lines: dict[str, list[float]] = {}
    for i, r in enumerate(c["raws"]):
        need = [m["out"][y] * r[3] for y in Y]
        rows = [[row[1][y] * row[3] for y in Y] for row in r[5]]
        supply = [sum(x[y] for x in rows) for y in Y]
        m["need"].append(need)
        m["supply_rows"].append(rows)
        m["supply"].append(supply)
        m["spare"].append([supply[y] - need[y] for y in Y])
        lines[f"raw{i}"] = [need[y] * r[4] / 1e6 for y in Y]
    rating, days, _ = c["cap"]
    m["capacity"] = rating * days
    m["use"] = [m["out"][y] / m["capacity"] * 100 for y in Y]
    m["roles"] = [list(r[1]) for r in c["roles"]]
    m["staff"] = [sum(r[1][y] for r in c["roles"]) for y in Y]
    m["wage"] = list(c["wage"])
    m["wagefund"] = [m["staff"][y] * c["wage"][y] * 12 for y in Y]
    m["inv_items_a"] = [x[1] for x in c["inv_a"]]
    m["inv_items_b"] = [x[1] for x in c["inv_b"]]
    m["inv_a"] = sum(m["inv_items_a"])
    m["inv_b"] = sum(m["inv_items_b"])
    m["inv"] = m["inv_a"] + m["inv_b"]
    m["src_items"] = [x[1] for x in c["src"]]
    m["src"] = sum(m["src_items"])
    m["src_share"] = [x / m["src"] * 100 for x in m["src_items"]]
    m["dep"] = m["inv_a"] / c["life"]
    lines["pack"] = [sum(p[4][y] * p[5] for p in prods) / 1e6 for y in Y]
    lines["energy"] = [m["out"][y] * c["energy"] / 1e6 for y in Y]
    lines["wage"] = list(m["wagefund"])
    lines["dep"] = [m["dep"]] * 3
    lines["interest"] = [c["loan"][y] * c["rate"] for y in Y]
    lines["sell"] = [m["rev"][y] * c["sell"] for y in Y]
    lines["tax"] = [m["rev"][y] * c["tax"] for y in Y]
    lines["other"] = [float(c["other"])] * 3
    m["cost_lines"] = lines
    m["cost"] = [sum(v[y] for v in lines.values()) for y in Y]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
    m["sum3"] = {k: sum(m[k]) for k in ("rev", "cost", "profit")}
    m["avg_profit"] = mean(m["profit"])
    m["payback"] = m["inv"] / (m["avg_profit"] + m["dep"])
    h = c["hist"]
    m["hist_out"] = list(h["out"])
    m["hist_price"] = list(h["price"])
    m["hist_rev"] = [h["out"][y] * h["price"][y] / 1e6 for y in Y]
    m["hist_profit"] = list(h["profit"])
    m["hist_growth"] = ((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100
    return m


# Planted figures: (field, index...) -> printed value. Fields that follow a planted figure
# (knock-ons) are recomputed from the printed ones in printed().
PLANTED: dict[str, dict[tuple, float]] = {
    "gs05": {("cost", 1): 2150.0},           # cost table's 2028 "Tổng chi phí" (true 2.388,5)
    "gs06": {("payback",): 3.2},             # "khoảng 3,2 năm" (true 4,5)
    "gs08": {("rev_line", 2, 1): 441.0},     # frozen bánh ram 2028 (true 3.500 × 110.000 = 385,0)
    "gs09": {("profit", 0): 486.8},          # summary 2027 profit (true 2.240,0 − 1.853,2 = 386,8)
}


def printed(key: str) -> dict:
    """The figures as the plan prints them: the model with the planted defects and their knock-ons."""
    m = copy.deepcopy(model(key))
    m["knock"] = set()
    c = PLANS[key]
    for (field, *idx), v in PLANTED.get(key, {}).items():
        if field == "rev_line":
            p, y = idx
            m["rev_line"][p][y] = v
            m["rev"][y] = sum(line[y] for line in m["rev_line"])
            m["cost_lines"]["sell"][y] = m["rev"][y] * c["sell"]
            m["cost_lines"]["tax"][y] = m["rev"][y] * c["tax"]
            m["cost"][y] = sum(line[y] for line in m["cost_lines"].values())
            m["profit"][y] = m["rev"][y] - m["cost"][y]
            m["knock"] |= {("rev", y), ("sell", y), ("tax", y), ("cost", y), ("profit", y), ("margin", y),
                           ("growth_rev", y), ("growth_rev", y + 1) if y < 2 else ("growth_rev", y)}
        elif field == "cost":
            (y,) = idx
            m["cost"][y] = v
            m["profit"][y] = m["rev"][y] - v
            m["knock"] |= {("profit", y), ("margin", y)}
        elif field == "profit":
            (y,) = idx
            m["profit"][y] = v
            m["knock"] |= {("margin", y)}
        if field in ("rev_line", "cost", "profit"):
            m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
            m["sum3"] = {k: sum(m[k]) for k in ("rev", "cost", "profit")}
            m["avg_profit"] = mean(m["profit"])
            m["payback"] = m["inv"] / (m["avg_profit"] + m["dep"])
            m["knock"] |= {("payback",), ("avg_profit",), ("sum3",)}
        if field == "payback":
            m["payback"] = v
    return m


# --------------------------------------------------------------------------- formats
def fnum(x: float, dec: int = 0) -> str:
    """Vietnamese number: dotted thousands, decimal comma."""
    s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return ("−" if x < 0 else "") + s


def fm(x: float) -> str:
    """Money in triệu đồng, one decimal."""
    return fnum(x, 1)


def fi(x: float) -> str:
    return fnum(round(x), 0)


def fq(x: float) -> str:
    """A quantity: integer when whole, else one or two decimals."""
    if abs(x - round(x)) < 1e-9:
        return fi(x)
    return fnum(x, 2).rstrip("0").rstrip(",")


def fp(x: float) -> str:
    return fnum(x, 1)


# --------------------------------------------------------------------------- row labels
# The generator prints the tables with these labels; the checks below find the rows by them.
def H_OUT(u: str) -> str:
    return f"Sản lượng ({u})"


def H_PRICE(u: str) -> str:
    return f"Giá bán bình quân (đồng/{u})"


H_REV, H_PROFIT = "Doanh thu (triệu đồng)", "Lợi nhuận (triệu đồng)"
S_TOTAL, S_WAGE, S_FUND = "Tổng số lao động", "Lương bình quân (triệu đồng/tháng)", "Quỹ lương (triệu đồng/năm)"
O_USE = "Sử dụng công suất (%)"
SRC_TOTAL = "Tổng nguồn vốn"
INV_TOTAL, INV_A, INV_B = "Tổng vốn đầu tư", "Cộng (a)", "Cộng (b)"
CARRY_OUT, CARRY_IN = "Cộng chuyển trang sau", "Cộng trang trước chuyển sang"
REV_TOTAL, COST_TOTAL = "Tổng doanh thu", "Tổng chi phí"
SUM_REV, SUM_COST, SUM_PROFIT, SUM_MARGIN = "Doanh thu", "Tổng chi phí", "Lợi nhuận", "Tỷ suất lợi nhuận/doanh thu (%)"
SUM3 = "Cộng 3 năm"
COST_LABEL = {"pack": "Bao bì, nhãn, tem", "energy": "Điện, nước, nhiên liệu", "wage": "Tiền lương, tiền công",
              "dep": "Khấu hao tài sản cố định", "interest": "Lãi vay ngân hàng",
              "sell": "Bán hàng, vận chuyển", "tax": "Thuế, phí", "other": "Chi phí khác"}


def O_TOTAL(u: str) -> str:
    return f"Sản lượng quy đổi ({u})"


def O_CAP(u: str) -> str:
    return f"Công suất thiết bị ({u}/năm)"


def raw_need_label(key: str, i: int) -> str:
    c = PLANS[key]
    r = c["raws"][i]
    return f"Nhu cầu {r[1]} ({fq(r[3])} {r[2]}/{c['unit']})"


def raw_row_label(key: str, i: int, k: int) -> str:
    r = PLANS[key]["raws"][i]
    row = r[5][k]
    if len(set(row[1])) == 1 and row[1][0] == 1 and row[2] not in ("ha", "sào"):
        return f"{row[0]}: {fi(row[3])} {r[2]}/năm"
    if len(set(row[1])) == 1:
        return f"{row[0]}: {fq(row[1][0])} {row[2]} × {fi(row[3])} {r[2]}"
    return f"{row[0]}, {fi(row[3])} {r[2]}/{row[2]}"


def raw_total_label(key: str, i: int) -> str:
    return f"Cộng nguồn cung {PLANS[key]['raws'][i][1]}"


def raw_spare_label(key: str, i: int) -> str:
    return f"Còn dư {PLANS[key]['raws'][i][1]}"


def out_label(key: str, p: int) -> str:
    prod = PLANS[key]["products"][p]
    return f"{prod[0]} ({prod[1]})"


def price_label(key: str, p: int) -> str:
    return PLANS[key]["products"][p][0]


def rev_label(key: str, p: int) -> str:
    """The product's label in the revenue table (a plan may use short ones there)."""
    short = REV_LABELS.get(key)
    return short[p] if short else PLANS[key]["products"][p][0]


REV_LABELS = {"gs04": ["Nước chanh leo, chai 330 ml", "Nước cốt, chai 1 lít", "Nước cốt, can 5 lít"]}


def cost_label(key: str, k: str) -> str:
    c = PLANS[key]
    if k.startswith("raw"):
        r = c["raws"][int(k[3:])]
        return r[0]
    if k == "sell":
        return f"{COST_LABEL['sell']} ({fq(c['sell'] * 100)} % doanh thu)"
    if k == "tax":
        return f"{COST_LABEL['tax']} ({fq(c['tax'] * 100)} % doanh thu)"
    return COST_LABEL[k]


def out_sub_label(part: str, u: str) -> str:
    return f"Cộng ({part}), quy đổi ({u})"


# --------------------------------------------------------------------------- layout
# Where each plan prints each table (caption keys "N", "Na", "N (tiếp theo)") and how it is split.
# raw_total / staff_total / src_total / rev_total: "row" (a total row) or "sentence" (in the text after);
# inv_form, cost_form: "single", "cont" (total only in the continuation), "carried" (carried-sum rows),
# "ab" (parts a / b with Cộng (a), Cộng (b) and the total (a + b)); sum_form: "rows" or "cols"
# (2027-2028 first, then 2029 and the three-year sum); price: a table key, "prose", "revcol"
# (a price column in the revenue table) or "rev3" (quantity / price / revenue rows per product).
LAYOUT: dict[str, dict] = {
    "gs01": dict(hist="1", raw=["2"], staff="4", staff_total="sentence", out=["5"], price="6",
                 inv=["7", "7 (tiếp theo)"], inv_form="carried", src="8", rev=["9"], cost=["10", "10 (tiếp theo)"],
                 cost_form="cont", summary=["11"]),
    "gs02": dict(hist="2", raw=["3", "3 (tiếp theo)"], staff="4", out=["5"], price="prose", inv=["6a", "6b"],
                 inv_form="ab", src="7", rev=["8a", "8b"], rev_total="sentence", cost=["9"], summary=["10"]),
    "gs03": dict(hist="1", raw=["3"], staff="4", out=["5a", "5b"], out_form="ab", price="6", inv=["7"], src="8",
                 src_total="sentence", rev=["9"], cost=["10", "10 (tiếp theo)"], cost_form="carried",
                 summary=["11"]),
    "gs04": dict(hist="1", raw=["3"], staff="5", staff_total="sentence", out=["6"], price="revcol", inv=["7"],
                 src="8", rev=["9"], cost=["10a", "10b"], cost_form="ab", summary=["11", "11 (tiếp theo)"],
                 sum_form="cols"),
    "gs05": dict(hist="1", raw=["2"], staff="4", out=["5"], out_cap=False, price="6", inv=["7a", "7b"],
                 inv_form="ab", src="8", rev=["9"], rev_total="sentence", cost=["10", "10 (tiếp theo)"],
                 cost_form="cont", summary=["11"]),
    "gs06": dict(hist="1", raw=["2"], staff="4", out=["5"], price="rev3", inv=["6a", "6b"], inv_form="ab", src="7",
                 rev=["8"], rev_total="sentence", cost=["9", "9 (tiếp theo)"], cost_form="cont", summary=["10"],
                 payback="plain"),
    "gs07": dict(hist="1", raw=["2a", "2b"], raw_total="sentence", staff="3", out=["4"], price="prose",
                 inv=["5", "5 (tiếp theo)"], inv_form="carried", src="6", rev=["7"], cost=["8", "8 (tiếp theo)"],
                 cost_form="cont", summary=["9"]),
    "gs08": dict(hist="1", raw=["3"], staff="4", out=["5"], price="6", inv=["7"], src="8",
                 rev=["9", "9 (tiếp theo)"], cost=["10", "10 (tiếp theo)"], cost_form="carried", summary=["11"]),
    "gs09": dict(hist="1", raw=["2"], staff="3", out=["4"], price="5", inv=["6a", "6b"], inv_form="ab", src="7",
                 rev=["8"], cost=["9", "9 (tiếp theo)"], cost_form="cont", summary=["10", "10 (tiếp theo)"],
                 sum_form="cols"),
    "gs10": dict(hist="1", raw=["2"], staff="4", out=["5a", "5b"], out_form="ab", price="6", inv=["7"], src="8",
                 src_total="sentence", rev=["9"], cost=["10", "10 (tiếp theo)"], cost_form="cont", summary=["11"]),
}

# The planted numeric defects, checked as relations on the printed figures (wrong by more than 5 %).
PLANTED_RELATION = {
    "gs05": {"cost_total1", "capacity2"},
    "gs06": {"src_vs_inv", "payback"},
    "gs07": {"material0_0", "material0_1", "material0_2"},
    "gs08": {"rev_line2_1"},
    "gs09": {"profit0"},
    "gs10": {"growth_out1", "growth_out2", "growth_rev1", "growth_rev2"},
}

_NUM = re.compile(r"^−?[\d.]+(,\d+)?$")
_CAP = re.compile(r"^Bảng (\d+[a-z]?)(\. | \(tiếp theo\))")


def num(cell: str) -> float | None:
    cell = cell.strip()
    if not _NUM.match(cell):
        return None
    return -vn(cell[1:]) if cell.startswith("−") else vn(cell)


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.key = stem[:4]
        self.tables: dict[str, list[list[str]]] = {}
        cap = None
        for line in self.body.splitlines():
            s = line.strip()
            if m := _CAP.match(s):
                cap = m.group(1) + (" (tiếp theo)" if "tiếp theo" in m.group(2) else "")
                self.tables.setdefault(cap, [])
            elif s.startswith("|") and cap is not None:
                cells = [c.strip() for c in s.strip("|").split("|")]
                if not set("".join(cells)) <= set("-"):
                    self.tables[cap].append(cells)
            elif s and not s.startswith("ĐVT") and cap is not None and self.tables.get(cap):
                cap = None  # the table has ended

    # ---- reading
    def trows(self, keys) -> list[list[str]]:
        out = []
        for k in ([keys] if isinstance(keys, str) else keys):
            if k not in self.tables:
                self.failures.append(f"table not found: Bảng {k}")
                continue
            out += self.tables[k][1:]  # without the header row
        return out

    def get(self, keys, label: str, n: int = 3, exact: bool = False) -> list[float]:
        for r in self.trows(keys):
            if any((c == label) if exact else c.startswith(label) for c in r[:2]):
                vals = [v for c in r[2:] if (v := num(c)) is not None]
                if len(vals) >= n:
                    return vals[-n:]
        self.failures.append(f"row not found in Bảng {keys}: {label!r}")
        return [0.0] * n

    def after(self, pattern: str, n: int) -> list[float]:
        """n numbers captured by a regex of the text (groups)."""
        m = re.search(pattern, self.body)
        if not m:
            self.failures.append(f"sentence not found: {pattern!r}")
            return [0.0] * n
        return [vn(g) for g in m.groups()[:n]]

    # ---- comparing
    def eq(self, what: str, got, want, tol: float = 0.01, absol: float = 0.11) -> None:
        gs = got if isinstance(got, (list, tuple)) else [got]
        ws = want if isinstance(want, (list, tuple)) else [want]
        for y, (g, w) in enumerate(zip(gs, ws)):
            if not (close(g, w, tol) or abs(g - w) <= absol):
                self.failures.append(f"{what}[{y}]: printed {g} but {w:.2f}")

    def wrong(self, what: str, printed: float, true: float) -> None:
        if not off(printed, true, 5.0):
            self.failures.append(f"planted {what}: printed {printed} not >5 % off the true {true:.2f}")

    def rel(self, name: str, what: str, got: float, want: float) -> None:
        """A relation on the printed figures: right within 1 % unless it is a planted defect."""
        if name in PLANTED_RELATION.get(self.key, ()):
            self.wrong(what, got, want)
        else:
            self.eq(what, got, want)


# Sentences that carry a table's total (or a figure the tables leave out), per plan.
N = r"([\d.]+(?:,\d+)?)"
SENTENCES = {
    "gs01": dict(staff=rf"Tổng số lao động năm 2027 là {N} người, năm 2028 là {N} người và năm 2029 là {N} người",
                 wage=rf"Tiền lương bình quân {N} triệu đồng/người/tháng năm 2027, {N} triệu năm 2028 và {N} triệu",
                 fund=rf"quỹ lương tương ứng {N}, {N} và {N} triệu đồng"),
    "gs02": dict(rev=rf"tổng doanh thu của hợp tác xã là {N} triệu đồng năm 2027, {N} triệu đồng năm 2028 và {N} "
                     rf"triệu đồng năm 2029",
                 price=(rf"hộp 30 túi {N} đồng/hộp, hộp 100 túi {N} đồng/hộp, túi 500 g khô cắt khúc {N} đồng/túi, "
                        rf"bao 2 kg {N} đồng/bao. Năm 2029 giá tăng nhẹ: {N}, {N}, {N} và {N} đồng", [0, 2, 1, 3])),
    "gs03": dict(src=rf"Cộng ba nguồn là {N} triệu đồng"),
    "gs04": dict(staff=rf"sử dụng {N} lao động năm 2027, {N} lao động năm 2028 và {N} lao động năm 2029",
                 wage=rf"tiền công bình quân {N}, {N} và {N} triệu đồng/người/tháng",
                 fund=rf"quỹ lương {N}, {N} và {N} triệu đồng/năm"),
    "gs05": dict(rev=rf"Tổng doanh thu ba dòng sản phẩm: {N} triệu đồng năm 2027, {N} triệu đồng năm 2028 và {N} "
                     rf"triệu đồng năm 2029"),
    "gs06": dict(rev=rf"tổng doanh thu năm 2027 là {N} triệu đồng, năm 2028 là {N} triệu đồng và năm 2029 là {N} "
                     rf"triệu đồng"),
    "gs07": dict(raw=rf"nguồn lá nón là {N} kg mỗi năm, cùng {N} bộ vành",
                 price=(rf"nón trắng {N} đồng/chiếc, nón thêu {N} đồng/chiếc, nón mini {N} đồng/chiếc; năm 2029 là "
                        rf"{N}, {N} và {N} đồng", [0, 1, 2])),
    "gs10": dict(src=rf"Hai nguồn cộng lại {N} triệu đồng"),
}
# The two-part tables: which products (output) stand in which part.
OUT_PARTS = {"gs03": [[0, 1], [2, 3]], "gs10": [[0], [1, 2]]}


def part_sum(p: Plan, key: str, skip: tuple[str, ...], n: int = 3) -> list[float]:
    """Column sums of a table part's item rows (rows whose label starts with none of `skip`)."""
    tot = [0.0] * n
    for r in p.trows(key):
        if any(r[1].startswith(s) for s in skip if len(r) > 1):
            continue
        vals = [v for c in r[2:] if (v := num(c)) is not None]
        if len(vals) >= n:
            tot = [a + b for a, b in zip(tot, vals[-n:])]
    return tot


def check_full(p: Plan) -> None:
    key = p.key
    c, L, S = PLANS[key], LAYOUT[key], SENTENCES.get(key, {})
    m, t = printed(key), model(key)
    u = c["unit"]
    P = c["products"]
    np_ = len(P)

    # ---- history 2024-2026
    h = L["hist"]
    ho, hp, hr, hf = (p.get(h, H_OUT(u)), p.get(h, H_PRICE(u)), p.get(h, H_REV), p.get(h, H_PROFIT))
    p.eq("history output", ho, t["hist_out"])
    p.eq("history price", hp, t["hist_price"])
    p.eq("history profit", hf, t["hist_profit"])
    for y in Y:
        p.rel("hist", f"history revenue {HIST_YEARS[y]} = output × price", hr[y], ho[y] * hp[y] / 1e6)
        p.check(0 < hf[y] / hr[y] < 0.3, f"history margin {HIST_YEARS[y]} {hf[y] / hr[y]:.2f}")
    p.has(f"{fp(((ho[2] / ho[0]) ** 0.5 - 1) * 100)} %/năm")

    # ---- output, capacity, growth
    packs = [p.get(L["out"], out_label(key, i)) for i in range(np_)]
    for i in range(np_):
        p.eq(f"packs of {P[i][0]}", packs[i], t["packs"][i])
    out = p.get(L["out"], O_TOTAL(u))
    for y in Y:
        p.rel("out", f"output {YEARS[y]} = Σ packs × size", out[y], sum(packs[i][y] * P[i][2] for i in range(np_)))
    if key in OUT_PARTS:
        for part, prods in zip("ab", OUT_PARTS[key]):
            sub = p.get(L["out"][0 if part == "a" else 1], out_sub_label(part, u))
            for y in Y:
                p.rel("out", f"Cộng ({part}) {YEARS[y]}", sub[y], sum(packs[i][y] * P[i][2] for i in prods))
    cap = c["cap"][0] * c["cap"][1]
    p.has(f"= {fnum(cap, 0)}")
    if L.get("out_cap", True):
        p.eq("capacity row", p.get(L["out"], O_CAP(u)), [cap] * 3)
        use = p.get(L["out"], O_USE)
        for y in Y:
            p.rel("use", f"use {YEARS[y]} = output / capacity", use[y], out[y] / cap * 100)
    for y in Y:
        name = f"capacity{y}"
        if name in PLANTED_RELATION.get(key, ()):
            p.check(out[y] > cap, f"planted capacity: {out[y]} within {cap}")
            p.wrong(f"output {YEARS[y]} against capacity", out[y], cap)
        else:
            p.check(out[y] <= cap, f"output {YEARS[y]} {out[y]} above capacity {cap}")
    g0 = out[0] / ho[2] - 1
    p.check(g0 <= 0.35, f"output 2027 +{g0:.0%} over 2026")
    for y in (1, 2):
        g = out[y] / out[y - 1] - 1
        if f"growth_out{y}" in PLANTED_RELATION.get(key, ()):
            p.check(g >= 0.5, f"planted growth: output {YEARS[y]} only +{g:.0%}")
        else:
            p.check(g <= 0.35, f"output {YEARS[y]} +{g:.0%}")

    # ---- prices
    form = L["price"]
    if form in ("prose",):
        rx, order = S["price"]
        vals = p.after(rx, 2 * len(order))
        prices = [[0.0] * 3 for _ in range(np_)]
        for k, i in enumerate(order):
            prices[i] = [vals[k], vals[k], vals[len(order) + k]]
    elif form == "revcol":
        prices = [[p.get(L["rev"], rev_label(key, i), 4)[0]] * 3 for i in range(np_)]
    elif form == "rev3":
        prices, lines3 = [], []
        rows = p.trows(L["rev"])
        for i in range(np_):
            lab = f"{P[i][0]}: số lượng ({P[i][1]})"
            k = next((j for j, r in enumerate(rows) if r[1] == lab), None)
            if k is None:
                p.failures.append(f"row not found: {lab}")
                prices.append([0.0] * 3), lines3.append([0.0] * 3)
                continue
            q = [num(x) for x in rows[k][2:5]]
            p.eq(f"revenue table quantity {P[i][0]}", q, packs[i])
            prices.append([num(x) for x in rows[k + 1][2:5]])
            lines3.append([num(x) for x in rows[k + 2][2:5]])
    else:
        prices = [p.get(form, price_label(key, i)) for i in range(np_)]
    for i in range(np_):
        p.eq(f"price of {P[i][0]}", prices[i], t["price"][i])

    # ---- revenue
    if form == "rev3":
        lines = lines3
    else:
        lines = [p.get(L["rev"], rev_label(key, i)) for i in range(np_)]
    for i in range(np_):
        p.eq(f"revenue line {P[i][0]}", lines[i], m["rev_line"][i])
        for y in Y:
            p.rel(f"rev_line{i}_{y}", f"revenue {P[i][0]} {YEARS[y]} = packs × price", lines[i][y],
                  packs[i][y] * prices[i][y] / 1e6)
            if f"rev_line{i}_{y}" in PLANTED_RELATION.get(key, ()):
                p.wrong(f"revenue line {P[i][0]} {YEARS[y]} against the true", lines[i][y], t["rev_line"][i][y])
    rev = p.after(S["rev"], 3) if L.get("rev_total") == "sentence" else p.get(L["rev"], REV_TOTAL)
    p.eq("revenue total", rev, m["rev"])
    for y in Y:
        p.rel("rev_total", f"revenue total {YEARS[y]} = Σ lines (all parts)", rev[y], sum(x[y] for x in lines))
    for y in (1, 2):
        g = t["rev"][y] / t["rev"][y - 1] - 1
        if f"growth_rev{y}" in PLANTED_RELATION.get(key, ()):
            p.check(g >= 0.5, f"planted growth: revenue {YEARS[y]} only +{g:.0%}")
        else:
            p.check(g <= 0.35, f"true revenue {YEARS[y]} +{g:.0%}")

    # ---- raw materials
    for i, r in enumerate(c["raws"]):
        rows = []
        for k, row in enumerate(r[5]):
            v = p.get(L["raw"], raw_row_label(key, i, k))
            rows.append(v)
            for y in Y:
                p.rel("supply", f"supply {row[0]} {YEARS[y]} = count × yield", v[y], row[1][y] * row[3])
        need = [out[y] * r[3] for y in Y]
        if L.get("raw_total", "row") == "row":
            p.eq(f"need of {r[1]}", p.get(L["raw"], raw_need_label(key, i)), need, absol=1.0)
            tot = p.get(L["raw"], raw_total_label(key, i))
            spare = p.get(L["raw"], raw_spare_label(key, i))
            for y in Y:
                p.rel("spare", f"{r[1]} spare {YEARS[y]} = supply − need", spare[y], tot[y] - need[y])
        else:
            tot = [p.after(S["raw"], 2)[i]] * 3
        p.eq(f"supply of {r[1]}", tot, t["supply"][i])
        for y in Y:
            p.rel("supply_total", f"{r[1]} supply {YEARS[y]} = Σ rows (all parts)", tot[y], sum(x[y] for x in rows))
            name = f"material{i}_{y}"
            if name in PLANTED_RELATION.get(key, ()):
                p.check(tot[y] < need[y], f"planted shortfall: supply {tot[y]} covers {need[y]}")
                p.wrong(f"{r[1]} supply {YEARS[y]} against need", tot[y], need[y])
            else:
                p.check(tot[y] >= need[y], f"{r[1]} {YEARS[y]}: need {need[y]:.0f} above supply {tot[y]:.0f}")

    # ---- staff and wages
    roles = [p.get(L["staff"], ro[0]) for ro in c["roles"]]
    for k, ro in enumerate(c["roles"]):
        p.eq(f"staff {ro[0]}", roles[k], ro[1])
    if L.get("staff_total", "row") == "row":
        staff, wage, fund = p.get(L["staff"], S_TOTAL), p.get(L["staff"], S_WAGE), p.get(L["staff"], S_FUND)
    else:
        staff, wage, fund = p.after(S["staff"], 3), p.after(S["wage"], 3), p.after(S["fund"], 3)
    p.eq("wage", wage, c["wage"])
    for y in Y:
        p.rel("staff", f"staff {YEARS[y]} = Σ roles", staff[y], sum(x[y] for x in roles))
        p.rel("fund", f"wage fund {YEARS[y]} = staff × wage × 12", fund[y], staff[y] * wage[y] * 12)

    # ---- investment
    items_a = [p.get(L["inv"], x[0], 1)[0] for x in c["inv_a"]]
    items_b = [p.get(L["inv"], x[0], 1)[0] for x in c["inv_b"]]
    p.eq("investment items", items_a + items_b, t["inv_items_a"] + t["inv_items_b"])
    inv = p.get(L["inv"], INV_TOTAL, 1)[0]
    p.rel("inv", "total investment = Σ items (all parts)", inv, sum(items_a) + sum(items_b))
    if L.get("inv_form") == "carried":
        co, ci = p.get(L["inv"][0], CARRY_OUT, 1)[0], p.get(L["inv"][1], CARRY_IN, 1)[0]
        p.rel("inv", "investment carried out = Σ first part", co, part_sum(p, L["inv"][0], (CARRY_OUT,), 1)[0])
        p.rel("inv", "investment carried in = carried out", ci, co)
        p.rel("inv", "investment total = carried in + Σ second part", inv,
              ci + part_sum(p, L["inv"][1], (CARRY_IN, INV_TOTAL), 1)[0])
    if L.get("inv_form") == "ab":
        a, b = p.get(L["inv"][0], INV_A, 1)[0], p.get(L["inv"][1], INV_B, 1)[0]
        p.rel("inv", "Cộng (a) = Σ part a", a, sum(items_a))
        p.rel("inv", "Cộng (b) = Σ part b", b, sum(items_b))
        p.rel("inv", "total = (a) + (b)", inv, a + b)
    dep = sum(items_a) / c["life"]

    # ---- sources
    srcs = [p.get(L["src"], x[0], 2) for x in c["src"]]
    p.eq("sources", [x[0] for x in srcs], t["src_items"])
    stot = p.after(S["src"], 1)[0] if L.get("src_total") == "sentence" else p.get(L["src"], SRC_TOTAL, 2)[0]
    p.rel("src", "sources total = Σ sources", stot, sum(x[0] for x in srcs))
    for x in srcs:
        p.rel("src", "source share", x[1], x[0] / stot * 100)
    p.rel("src_vs_inv", "sources = investment", stot, inv)

    # ---- costs
    cl = {}
    for k in m["cost_lines"]:
        cl[k] = p.get(L["cost"], cost_label(key, k))
        p.eq(f"cost line {k}", cl[k], m["cost_lines"][k])
    for y in Y:
        want = {f"raw{i}": out[y] * r[3] * r[4] / 1e6 for i, r in enumerate(c["raws"])}
        want |= {"pack": sum(packs[i][y] * P[i][5] for i in range(np_)) / 1e6, "energy": out[y] * c["energy"] / 1e6,
                 "wage": fund[y], "dep": dep, "interest": c["loan"][y] * c["rate"], "sell": rev[y] * c["sell"],
                 "tax": rev[y] * c["tax"], "other": c["other"]}
        for k, w in want.items():
            p.rel(f"cost_{k}", f"cost {k} {YEARS[y]}", cl[k][y], w)
    ctot = p.get(L["cost"], COST_TOTAL)
    for y in Y:
        p.rel(f"cost_total{y}", f"cost total {YEARS[y]} = Σ lines (all parts)", ctot[y], sum(v[y] for v in cl.values()))
        if f"cost_total{y}" in PLANTED_RELATION.get(key, ()):
            p.wrong(f"cost total {YEARS[y]} against the true", ctot[y], t["cost"][y])
    if L.get("cost_form") == "carried":
        co, ci = p.get(L["cost"][0], CARRY_OUT), p.get(L["cost"][1], CARRY_IN)
        s1 = part_sum(p, L["cost"][0], (CARRY_OUT,))
        s2 = part_sum(p, L["cost"][1], (CARRY_IN, COST_TOTAL))
        for y in Y:
            p.rel("cost", f"cost carried out {YEARS[y]} = Σ first part", co[y], s1[y])
            p.rel("cost", f"cost carried in {YEARS[y]} = carried out", ci[y], co[y])
            p.rel(f"cost_total{y}", f"cost total {YEARS[y]} = carried in + Σ second part", ctot[y], ci[y] + s2[y])
    if L.get("cost_form") == "ab":
        a, b = p.get(L["cost"][0], INV_A), p.get(L["cost"][1], INV_B)
        sa = part_sum(p, L["cost"][0], (INV_A,))
        sb = part_sum(p, L["cost"][1], (INV_B, COST_TOTAL))
        for y in Y:
            p.rel("cost", f"cost Cộng (a) {YEARS[y]}", a[y], sa[y])
            p.rel("cost", f"cost Cộng (b) {YEARS[y]}", b[y], sb[y])
            p.rel(f"cost_total{y}", f"cost total {YEARS[y]} = (a) + (b)", ctot[y], a[y] + b[y])

    # ---- summary, payback
    sk = L["summary"]
    if L.get("sum_form") == "cols":
        def both(label):
            a, b = p.get(sk[0], label, 2), p.get(sk[1], label, 2)
            return a + b[:1], b[1]
        (srev, srev3), (scost, scost3), (sprof, sprof3), (smar, smar3) = (
            both(SUM_REV), both(SUM_COST), both(SUM_PROFIT), both(SUM_MARGIN))
        p.rel("sum3", "3-year revenue", srev3, sum(srev))
        p.rel("sum3", "3-year cost", scost3, sum(scost))
        p.rel("sum3", "3-year profit", sprof3, sum(sprof))
        p.rel("sum3", "3-year margin", smar3, sprof3 / srev3 * 100)
        p.eq("3-year sums", [srev3, scost3, sprof3], [m["sum3"]["rev"], m["sum3"]["cost"], m["sum3"]["profit"]])
    else:
        srev, scost, sprof, smar = (p.get(sk, SUM_REV, exact=True), p.get(sk, SUM_COST), p.get(sk, SUM_PROFIT),
                                    p.get(sk, SUM_MARGIN))
    p.eq("summary revenue", srev, m["rev"])
    p.eq("summary cost", scost, m["cost"])
    p.eq("summary profit", sprof, m["profit"])
    for y in Y:
        p.rel("sum", f"summary revenue {YEARS[y]} = revenue table", srev[y], rev[y])
        p.rel("sum", f"summary cost {YEARS[y]} = cost table total", scost[y], ctot[y])
        p.rel(f"profit{y}", f"profit {YEARS[y]} = revenue − cost", sprof[y], srev[y] - scost[y])
        p.rel("margin", f"margin {YEARS[y]} = profit / revenue", smar[y], sprof[y] / srev[y] * 100)
        if f"profit{y}" in PLANTED_RELATION.get(key, ()):
            p.wrong(f"profit {YEARS[y]} against the true", sprof[y], t["profit"][y])
        p.check(0 < t["margin"][y] < 40, f"true margin {YEARS[y]} {t['margin'][y]:.1f} %")
    if L.get("payback") == "plain":
        pb = p.after(r"thời gian hoàn vốn của phương án khoảng ([\d,]+) năm", 1)[0]
    else:
        fi_, fa, fd, pb = p.after(rf"{N} : \({N} \+ {N}\) ≈ {N} năm", 4)
        p.eq("payback formula: investment", fi_, inv)
        p.eq("payback formula: average profit", fa, mean(sprof))
        p.eq("payback formula: depreciation", fd, dep)
    p.rel("payback", "payback = investment / (average profit + depreciation)", pb, inv / (mean(sprof) + dep))
    if "payback" in PLANTED_RELATION.get(key, ()):
        p.wrong("payback against the true", pb, t["payback"])
    p.eq("payback (printed model)", pb, round(m["payback"], 1), tol=0.001, absol=0.051)


# --------------------------------------------------------------------------- text
READY = ("gs01", "gs02", "gs03", "gs04")
STANDARD = r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|hợp chuẩn|hợp quy"
CHANNELS = (r"đại lý|siêu thị|cửa hàng|(?<!\w)chợ(?!\w)|sàn |thương mại điện tử|nhà phân phối|nhà hàng|quán|bán lẻ|"
            r"bán buôn|trực tuyến|khách hàng|điểm bán|mạng xã hội")


def section(p: Plan, start: str, end: str) -> str:
    i = p.body.find(start)
    j = p.body.find(end, i + 1)
    if i < 0 or j < 0:
        p.failures.append(f"section not found: {start!r}")
        return ""
    return p.body[i:j]


def check_text(p: Plan) -> None:
    key = p.key
    body = p.body
    if key != "gs10":
        p.lacks(PLACEHOLDER, "template placeholder")
    if key in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất", "mã lô",
              "thử nghiệm", "tự công bố", "Đăng ký")
        p.check(bool(re.search(r"TCCS|[Tt]iêu chuẩn cơ sở", body)), "no product standard in a ready plan")
        p.has("ATTP", "an toàn thực phẩm")
        if key != "gs03":  # honey: a bee-keeping household files no environmental paper
            p.check(bool(re.search(r"05/2025/NĐ-CP|đăng ký môi trường|cam kết bảo vệ môi trường", body)),
                    "no environmental paper in a ready plan")
        for d in re.findall(r"đến \d{1,2}/\d{1,2}/(\d{4})", body):
            p.check(int(d) >= 2030, f"a paper of a ready plan runs out in {d}")
    if key != "gs09":
        p.lacks(REPLACED, "replaced instrument or abolished level")
    if key == "gs02":
        p.has("không ghi công dụng chữa bệnh")
        p.lacks(r"chữa (bệnh )?(gan|viêm)|điều trị|hỗ trợ điều trị", "health claim")
    if key == "gs05":   # no-alcohol-license
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm|[Gg]iấy phép sản xuất rượu",
                "alcohol licence")
        p.has("ATTP", "TCCS", "tự công bố", "QCVN 6-3:2010/BYT", "nhãn hiệu", "tem QR", "đăng ký môi trường",
              "Không sử dụng cho người dưới 18 tuổi")
    if key == "gs06":   # no-environment-measures
        p.lacks(r"môi trường|nước thải|chất thải|(?<!\w)mùi|xử lý|bể lắng|ô nhiễm|(?<!\w)rác|biogas|nước muối|"
                r"vỏ tôm|phế phẩm|05/2025|08/2022|72/2020", "environment")
        p.has("ATTP", "TCCS", "tự công bố", "nhãn hiệu", "tem QR", "bảo đảm đủ vốn")
    if key == "gs07":   # no-business-registration, figure-inconsistent
        p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|[Gg]iấy chứng nhận đăng ký|hợp tác xã|tổ hợp tác|"
                r"doanh nghiệp|công ty TNHH|đăng ký hộ|\bMST\b", "business registration")
        claimed = int(p.after(r"Nhóm có (\d+) lao động thường xuyên", 1)[0])
        staff = p.get(LAYOUT[key]["staff"], S_TOTAL)[0]
        p.wrong("workers stated in chapter I against the staff table", claimed, staff)
        p.has(f"cho {fi(staff)} lao động", "Tiêu chuẩn cơ sở", "nhãn hiệu", "QR", "không phải là thực phẩm")
        p.has("đủ cho kế hoạch sản xuất")
    if key == "gs08":   # no-food-safety, name-inconsistent
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food safety")
        p.has("TCCS", "tự công bố", "thử nghiệm", "nhãn hiệu", "tem QR")
        p.check(p.count("Hộ kinh doanh Phạm Thị Lụa") >= 2, "the other household named fewer than twice")
        p.check(p.count("bánh ram Cổ Đạm") >= 1, "the other product not named")
        p.check(p.count("Lê Thị Hồng Nhung") >= 3 and p.count("Bánh ram Tiên Điền") + p.count("bánh ram Tiên Điền") >= 3,
                "own names too rare")
    if key == "gs09":   # no-product-standard, outdated-policy
        p.lacks(STANDARD, "product standard")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Kỳ Anh", "cấp huyện")
        p.lacks(r"148/QĐ-TTg|1489", "current programme instrument")
        p.has("không phải là thực phẩm", "nhãn hiệu", "tem QR", "mã lô")
    if key == "gs10":   # unrealistic-growth, no-sales-channel, boilerplate
        p.check(len(re.findall(PLACEHOLDER, body)) >= 3, "fewer than three placeholders")
        p.lacks(CHANNELS, "sales channel")
        market = section(p, "# 7/", "# 8/")
        p.check(not re.search(r"\d", market.split("\n", 1)[-1]), "a figure in the market part")
        p.has("giữ nguyên 8 lao động", "nhu cầu thị trường còn rất lớn")
        p.has("ATTP", "TCCS", "tự công bố", "nhãn hiệu", "tem QR")


def check_sketchy(p: Plan) -> None:
    words = len(p.body.split())
    p.check(150 <= words <= 350, f"sketchy plan of {words} words")
    p.check(not p.rows, "a table in a sketchy plan")
    p.lacks(r"ATTP|an toàn thực phẩm|tiêu chuẩn|nhãn hiệu|truy xuất|kiểm nghiệm|công bố", "a paper in a sketchy plan")
    p.lacks(REPLACED, "replaced instrument")
    p.lacks(PLACEHOLDER, "template placeholder")
    if p.key == "gs11":
        p.has("1.200 kg", "250.000 đồng/kg", "300 triệu đồng", "80 triệu đồng")
        p.lacks(r"đăng ký|mã số thuế", "registration")
        p.check(close(1200 * 250000 / 1e6, 300), "gs11 revenue")
    if p.key == "gs12":
        p.has("3.000 hũ", "35.000 đồng/hũ", "105 triệu đồng", "40 triệu đồng", "đăng ký hộ kinh doanh")
        p.check(close(3000 * 35000 / 1e6, 105), "gs12 revenue")


def expected_figures(p: Plan) -> None:
    """Every figure of the front matter's `expected.figures` stands in the body."""
    for text in re.findall(r"text: '?([^'\n]+?)'?\n", p.text.split("---", 2)[1]):
        if text and text not in p.body:
            p.failures.append(f"expected figure not in the body: {text!r}")


def main(argv: list[str] | None = None) -> int:
    keys = list(argv or [])
    stems = sorted(x.stem for x in (HERE / "src").glob("gs*.md"))
    plans = []
    for stem in stems:
        if keys and stem[:4] not in keys:
            continue
        p = Plan(stem)
        try:
            if p.key in PLANS:
                check_full(p)
                check_text(p)
            else:
                check_sketchy(p)
            expected_figures(p)
        except Exception as e:  # a reading error is a failure of that plan, not of the script
            p.failures.append(f"error: {type(e).__name__}: {e}")
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
