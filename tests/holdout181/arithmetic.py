"""The 181st holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout181/arithmetic.py

Theme: plans whose capital includes public support (provincial OCOP support, national target
programmes for new rural areas, ethnic-minority and mountain areas and sustainable poverty
reduction, support in kind, a commune's counterpart share) next to the producer's own counterpart
funds, members' contributions and loans. For every full plan (fz01-fz10) the constants give the
products (pack size in the plan's base unit, price, pack cost, packs per year), the 2024-2026
history, the raw materials with their norms and prices, the own supply and the contracted supply,
equipment capacity, staff by role and wage, energy rate, the investment items, the supported items
(support rate and the commune's counterpart rate on an item's value; the producer pays the rest),
the capital sources (each with its condition and timing), loan balances, selling / tax shares and
a fixed line. From them this script recomputes: output, history revenue and profit, raw-material
need against own + contracted supply, output against capacity, staff, investment items, each
supported item's support / commune share / producer counterpart, every capital source and its
share, depreciation, interest, every revenue line, every cost line, the cost total, profit,
margin, growth and payback = investment / (average profit + depreciation). Each figure is read
back from the plan's source (tables found by their caption "Bảng N. ...") and compared: planted
numeric defects must be wrong by more than 5 % (the true value is computed beside them), every
other number right within 1 %. Textual defects are asserted through the presence or absence of
their words. Sketchy plans: 150-320 words, no table.
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
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|263/QĐ-TTg|90/QĐ-TTg|1719/QĐ-TTg|"
            r"38/2012|89/2006|123/2018|51/2021|03/2014|01/2021/NĐ-CP|27/2022|"
            r"Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|\bhuyện\b|2021\s*[–-]\s*2025")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year)
# hist: (output, average price đ per base unit, profit margin) for 2024, 2025, 2026; hist_staff
# raws: (label, unit, norm per base unit, price đ per unit); the first raw is balanced against supply
# own: (what, quantity, unit, yield of the first raw per unit and year)
# buy: rows (partner, households, contracted quantity of the first raw a year)
# cap: (per day or per batch, days or batches); equip: (name, number, capacity text, status)
# inv: (label, triệu, fixed?)
# sup: supported items (investment index, form and basis, support rate, commune counterpart rate)
# src: (label, triệu or "sup:i" / "com" / "own_cp", condition, timing)
# loan: balance per year (triệu), rate; life: years of depreciation
PLANS: dict[str, dict] = {
    "fz01": dict(
        unit="kg",
        products=[("Chè xanh búp khô, túi 200 g", "túi", 0.2, 90000, 4000, [9000, 10000, 11000]),
                  ("Chè xanh búp khô, hộp quà 500 g", "hộp", 0.5, 250000, 22000, [1200, 1400, 1600]),
                  ("Chè xanh túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 45000, 7000, [6000, 7000, 8000])],
        hist=[(2100, 440000, 0.14), (2250, 455000, 0.15), (2400, 470000, 0.16)], hist_staff=[8, 8, 9],
        raws=[("Búp chè tươi (1 tôm 2 lá)", "kg", 5, 12000)],
        own=("vườn chè của các thành viên", 5, "ha", 2400),
        buy=[("Thôn Khe Cò", 12, 3000), ("Thôn Trung Thành", 10, 2500), ("Thôn Đồng Hà", 8, 2000)],
        cap=(14, 260),
        equip=[("Máy sao chè tôn quay (đầu tư mới)", 1, "80 kg chè tươi/mẻ", "Quý II năm 2027"),
               ("Máy vò chè liên hoàn (đầu tư mới)", 2, "70 kg chè tươi/giờ", "Quý II năm 2027"),
               ("Máy sấy bơm nhiệt (đầu tư mới)", 1, "150 kg/mẻ", "Quý II năm 2027"),
               ("Máy đóng gói chè túi lọc tự động (đầu tư mới)", 1, "30 túi/phút", "Quý III năm 2027"),
               ("Máy hút chân không, máy hàn miệng túi (hiện có)", 2, "600 túi/giờ", "Đang dùng tốt")],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu mua, sơ chế búp", [2, 2, 2]),
               ("Sao, vò, sấy chè", [3, 3, 4]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=5.5, energy=20000,
        inv=[("Cải tạo xưởng chế biến 120 m², nền epoxy, lưới chắn côn trùng", 180, True),
             ("Máy sao chè và hai máy vò chè liên hoàn", 220, True),
             ("Máy đóng gói chè túi lọc tự động", 180, True),
             ("Máy sấy bơm nhiệt, máy hút chân không", 70, True),
             ("Thiết kế bao bì, nhãn hàng hóa, tem truy xuất", 40, False),
             ("Kiểm nghiệm, tự công bố, phí nhãn hiệu", 30, False),
             ("Vốn lưu động", 280, False)],
        sup=[(1, "MTQG nông thôn mới", 0.5, 0.1),
             (2, "Tỉnh, chính sách OCOP", 0.4, 0.0),
             (4, "Hiện vật, OCOP tỉnh", 1.0, 0.0)],
        src=[("Vốn tự có của hợp tác xã (quỹ đầu tư phát triển)", 226,
              "Đã có, gồm 196 đối ứng", "Quý I năm 2027"),
             ("Vốn góp bổ sung của 14 thành viên (20 triệu đồng/người)", 280,
              "Nghị quyết đại hội 22/8/2026", "Quý I – II năm 2027"),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 250,
              "3 năm, lãi 8 %/năm", "Quý II năm 2027"),
             ("Hỗ trợ từ vốn Chương trình MTQG xây dựng nông thôn mới", "sup:0",
              "Sau nghiệm thu máy", "Quý III năm 2027"),
             ("Ngân sách xã đối ứng", "com", "Cùng đợt vốn chương trình", "Quý III năm 2027"),
             ("Hỗ trợ của tỉnh cho sản phẩm OCOP", "sup:1",
              "Sau nghiệm thu máy", "Quý IV năm 2027"),
             ("Hỗ trợ bằng hiện vật (thiết kế bao bì, nhãn)", "sup:2",
              "Bàn giao thiết kế", "Quý I năm 2027")],
        loan=[250, 170, 85], rate=0.08, life=10, sell=0.06, tax=0.015, other=40),
    "fz02": dict(
        unit="kg",
        products=[("Cao chè vằng, hộp 100 g (10 miếng)", "hộp", 0.1, 150000, 9000, [7000, 8000, 9000]),
                  ("Cao chè vằng, hũ thủy tinh 250 g", "hũ", 0.25, 340000, 12000, [1600, 1800, 2000]),
                  ("Cao chè vằng hòa tan, hộp 20 gói × 5 g", "hộp", 0.1, 120000, 10000, [2000, 2400, 2800])],
        hist=[(1000, 1250000, 0.10), (1080, 1280000, 0.11), (1150, 1300000, 0.11)], hist_staff=[8, 8, 9],
        raws=[("Chè vằng khô (thân, lá)", "kg", 9, 35000)],
        own=("vườn chè vằng của công ty", 4, "ha", 1200),
        buy=[("Tổ liên kết thôn Phú Sơn", 18, 3500), ("Tổ liên kết thôn Kỳ Tân", 15, 3300),
             ("Tổ liên kết bản Rào Con", 20, 4200)],
        cap=(8, 250),
        equip=[("Nồi chiết xuất và cô đặc chân không 100 lít (đầu tư mới)", 1, "8 kg cao/ngày", "Quý II năm 2027"),
               ("Nồi chiết xuất 50 lít (hiện có)", 1, "dự phòng", "Đang dùng"),
               ("Máy sấy, máy ép khuôn miếng cao (đầu tư mới)", 1, "10 kg cao/ngày", "Quý II năm 2027"),
               ("Máy đóng gói cao hòa tan dạng gói (đầu tư mới)", 1, "25 gói/phút", "Quý III năm 2027"),
               ("Máy nghiền dược liệu (hiện có)", 1, "100 kg/giờ", "Đang dùng")],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Kỹ thuật, chiết xuất, cô đặc", [3, 3, 3]),
               ("Đóng gói, kho", [2, 2, 3]), ("Bán hàng", [2, 2, 2])],
        wage=6.5, energy=60000,
        inv=[("Mở rộng nhà xưởng chiết xuất, cô đặc 150 m²", 350, True),
             ("Nồi chiết xuất và cô đặc chân không 100 lít", 320, True),
             ("Máy sấy, máy ép khuôn miếng cao", 130, True),
             ("Máy đóng gói cao hòa tan dạng gói", 100, True),
             ("Thiết kế bao bì, nhãn, tem truy xuất", 50, False),
             ("Kiểm nghiệm định kỳ, công bố sản phẩm, duy trì nhãn hiệu", 30, False),
             ("Vốn lưu động", 320, False)],
        sup=[(1, "Tỉnh, đổi mới công nghệ", 0.3, 0.0),
             (2, "MTQG giảm nghèo bền vững", 0.4, 0.0),
             (4, "Hiện vật, OCOP tỉnh", 1.0, 0.0)],
        src=[("Vốn chủ sở hữu (lợi nhuận giữ lại)", 302,
              "Đã có, gồm 302 đối ứng", "Quý I năm 2027"),
             ("Vốn góp bổ sung của hai thành viên công ty", 400,
              "Quyết định HĐTV 05/9/2026", "Quý I năm 2027"),
             ("Vay Ngân hàng thương mại cổ phần", 400,
              "3 năm, lãi 9 %/năm", "Quý II năm 2027"),
             ("Hỗ trợ của tỉnh (đổi mới công nghệ)", "sup:0",
              "Sau nghiệm thu nồi", "Quý III năm 2027"),
             ("Hỗ trợ từ Chương trình MTQG giảm nghèo bền vững", "sup:1",
              "Sau nghiệm thu máy", "Quý III năm 2027"),
             ("Hỗ trợ bằng hiện vật (thiết kế bao bì, nhãn)", "sup:2", "Bàn giao thiết kế", "Quý I năm 2027")],
        loan=[400, 280, 140], rate=0.09, life=10, sell=0.07, tax=0.015, other=60),
    "fz03": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 200000, 9000, [2400, 2700, 3000]),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, 370000, 14000, [700, 800, 900]),
                  ("Mật ong hoa rừng, chai 250 g", "chai", 0.25, 110000, 7000, [1200, 1400, 1600])],
        hist=[(1700, 330000, 0.12), (1850, 340000, 0.12), (2000, 350000, 0.13)], hist_staff=[3, 3, 4],
        raws=[("Mật ong thô (tự khai thác và thu mua)", "kg", 1.05, 140000)],
        own=("đàn ong nội của hộ", 180, "thùng", 10),
        buy=[("Bản Khe Nước", 6, 500), ("Bản Rào Mây", 5, 400), ("Tổ hợp tác nuôi ong Khe Hạ", 8, 600)],
        cap=(15, 220),
        equip=[("Máy hạ thủy phần 25 kg/mẻ (đầu tư mới)", 1, "15 kg/ngày", "Quý II năm 2027"),
               ("Máy quay mật inox 4 cầu (đầu tư mới)", 2, "8 thùng/giờ", "Quý I năm 2027"),
               ("Bồn lắng, lọc inox 200 lít (hiện có)", 2, "400 lít", "Đang dùng"),
               ("Thùng ong và cầu ong (60 thùng được hỗ trợ)", 180, "10 kg mật/thùng/năm", "Quý I năm 2027")],
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Chăm sóc đàn ong, khai thác", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 2])],
        wage=5.5, energy=3000,
        inv=[("60 thùng ong giống kèm cầu ong", 90, True),
             ("Máy quay mật và máy hạ thủy phần 25 kg/mẻ", 110, True),
             ("Cải tạo phòng lọc, đóng chai 30 m²", 70, True),
             ("Thiết kế bao bì, nhãn, tem", 30, False),
             ("Kiểm nghiệm, tự công bố, phí nhãn hiệu", 25, False),
             ("Vốn lưu động", 125, False)],
        sup=[(0, "Hiện vật, MTQG vùng DTTS và miền núi", 0.8, 0.0),
             (1, "MTQG vùng DTTS và miền núi", 0.5, 0.0),
             (3, "Hiện vật, OCOP tỉnh", 1.0, 0.0)],
        src=[("Vốn tự có của hộ", 143, "Đã có, gồm 73 đối ứng", "Quý I năm 2027"),
             ("Vay Ngân hàng Chính sách xã hội", 150,
              "5 năm, lãi 6,6 %/năm", "Quý I năm 2027"),
             ("Hỗ trợ hiện vật 60 thùng ong", "sup:0", "Bàn giao tại bản", "Quý I năm 2027"),
             ("Hỗ trợ máy quay mật, máy hạ thủy phần", "sup:1", "Sau nghiệm thu máy", "Quý II năm 2027"),
             ("Hỗ trợ hiện vật thiết kế bao bì, nhãn", "sup:2", "Bàn giao thiết kế", "Quý I năm 2027")],
        loan=[150, 150, 100], rate=0.066, life=8, sell=0.05, tax=0.01, other=30),
    "fz04": dict(
        unit="sản phẩm",
        products=[("Túi xách đan bèo tây", "chiếc", 1, 280000, 10000, [2500, 2800, 3100]),
                  ("Giỏ đựng đồ có nắp", "chiếc", 1, 190000, 6000, [3000, 3300, 3600]),
                  ("Bộ hộp đựng 3 chiếc", "bộ", 1, 350000, 12000, [1200, 1400, 1600])],
        hist=[(5200, 230000, 0.18), (5700, 236000, 0.19), (6200, 242000, 0.20)], hist_staff=[13, 14, 15],
        raws=[("Sợi bèo tây phơi khô", "kg", 0.6, 25000), ("Quai, khóa, vải lót, chỉ", "bộ", 1, 15000)],
        own=("bèo tây các tổ viên tự vớt, phơi", 16, "hộ", 100),
        buy=[("Thôn Yên Hồ", 10, 1300), ("Thôn Trung Nghĩa", 12, 1500), ("Thôn Bàu Sen", 8, 1200)],
        cap=(30, 290),
        equip=[("Lò sấy hơi nóng chống mốc 2 buồng (đầu tư mới)", 1, "120 sản phẩm/mẻ", "Quý II năm 2027"),
               ("Bể nhuộm inox và bể lắng, lọc nước nhuộm (đầu tư mới)", 1, "1,5 m³/ngày", "Quý II năm 2027"),
               ("Máy may công nghiệp, máy ép viền (đầu tư mới)", 4, "30 sản phẩm/ngày (cả tổ)", "Quý I năm 2027"),
               ("Khung, khuôn đan các cỡ (hiện có)", 40, "", "Đang dùng")],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thợ đan", [10, 11, 12]),
               ("Nhuộm, sấy, hoàn thiện", [2, 2, 2]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=5.0, energy=2000,
        inv=[("Cải tạo nhà xưởng đan và kho 150 m²", 160, True),
             ("Lò sấy hơi nóng chống mốc 2 buồng", 120, True),
             ("Bể nhuộm inox, bể lắng và lọc nước nhuộm", 60, True),
             ("Máy may công nghiệp, máy ép viền (4 bộ)", 60, True),
             ("Thiết kế mẫu mã, bao bì, nhãn", 40, False),
             ("Đào tạo thợ đan mẫu mới", 30, False),
             ("Vốn lưu động", 130, False)],
        sup=[(1, "MTQG nông thôn mới", 0.5, 0.1),
             (5, "Hiện vật, MTQG nông thôn mới", 1.0, 0.0),
             (4, "Hiện vật, OCOP tỉnh", 1.0, 0.0)],
        src=[("Quỹ chung của tổ hợp tác", 98, "Đã có, gồm 48 đối ứng", "Quý I năm 2027"),
             ("Vốn góp của 16 tổ viên (10 triệu đồng/người)", 160,
              "Họp tổ ngày 14/11/2026", "Quý I năm 2027"),
             ("Vay Quỹ hỗ trợ nông dân tỉnh", 200, "3 năm, lãi 6 %/năm",
              "Quý I năm 2027"),
             ("Hỗ trợ từ vốn Chương trình MTQG xây dựng nông thôn mới", "sup:0",
              "Sau nghiệm thu lò sấy", "Quý III năm 2027"),
             ("Ngân sách xã đối ứng", "com", "Cùng đợt vốn chương trình", "Quý III năm 2027"),
             ("Hỗ trợ hiện vật: lớp đào tạo thợ đan", "sup:1", "Lớp học tại xưởng", "Quý II năm 2027"),
             ("Hỗ trợ hiện vật: thiết kế mẫu mã, bao bì", "sup:2", "Bàn giao thiết kế", "Quý I năm 2027")],
        loan=[200, 140, 70], rate=0.06, life=8, sell=0.06, tax=0.01, other=30),
    "fz05": dict(
        unit="lít",
        products=[("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, 220000, 15000, [6000, 6800, 7600]),
                  ("Rượu nếp sim 29 độ, bình sứ 1 lít", "bình", 1, 520000, 45000, [800, 900, 1000]),
                  ("Rượu nếp sim 35 độ, can 2 lít", "can", 2, 560000, 10000, [500, 550, 600])],
        hist=[(3800, 360000, 0.10), (4100, 370000, 0.11), (4300, 380000, 0.11)], hist_staff=[6, 6, 6],
        raws=[("Gạo nếp cái hoa vàng", "kg", 0.8, 22000), ("Quả sim chín", "kg", 0.5, 30000)],
        own=("ruộng nếp của thành viên", 1.5, "ha", 4000),
        buy=[("Thôn Đồng Cầu", 10, 1000)],
        cap=(25, 280),
        equip=[("Hệ thống chưng cất inox 2 nồi (đầu tư mới)", 1, "25 lít/ngày", "Quý II năm 2027"),
               ("Bồn ủ, hạ độ, lọc khử andehit (đầu tư mới)", 4, "500 lít/bồn", "Quý II năm 2027"),
               ("Máy chiết rót, đóng nắp (đầu tư mới)", 1, "300 chai/giờ", "Quý III năm 2027"),
               ("Chum, vò ủ rượu (hiện có)", 60, "50 lít/chum", "Đang dùng")],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [2, 2, 2]),
               ("Lọc, chiết rót, đóng gói, bán hàng", [2, 2, 2])],
        wage=5.5, energy=8000,
        inv=[("Mở rộng nhà ủ, chưng cất 120 m²", 300, True),
             ("Hệ thống chưng cất inox 2 nồi", 250, True),
             ("Bồn ủ, hạ độ, lọc khử andehit", 180, True),
             ("Máy chiết rót, đóng nắp", 90, True),
             ("Kho chứa và chum sứ hạ thổ", 80, True),
             ("Thiết kế bao bì, nhãn, tem truy xuất", 50, False),
             ("Kiểm nghiệm, công bố, đăng ký nhãn hiệu", 40, False),
             ("Vốn lưu động", 260, False)],
        sup=[(1, "MTQG nông thôn mới", 0.4, 0.1),
             (2, "Tỉnh, chính sách OCOP", 0.5, 0.0),
             (5, "Hiện vật, OCOP tỉnh", 1.0, 0.0)],
        src=[("Vốn tự có của hợp tác xã", 185, "Đã có", "Quý I năm 2027"),
             ("Vốn góp bổ sung của 20 thành viên (15 triệu đồng/người)", 300,
              "Nghị quyết đại hội 2026", "Quý I năm 2027"),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400,
              "3 năm, lãi 8 %/năm", "Quý II năm 2027"),
             ("Hỗ trợ từ vốn Chương trình MTQG xây dựng nông thôn mới", "sup:0",
              "Sau nghiệm thu máy", "Quý III năm 2027"),
             ("Ngân sách xã đối ứng", "com", "Cùng đợt vốn chương trình", "Quý III năm 2027"),
             ("Hỗ trợ của tỉnh cho sản phẩm OCOP", "sup:1", "Sau nghiệm thu bồn lọc", "Quý IV năm 2027"),
             ("Hỗ trợ hiện vật thiết kế bao bì, nhãn", "sup:2", "Bàn giao thiết kế", "Quý I năm 2027")],
        loan=[400, 300, 200], rate=0.08, life=10, sell=0.05, tax=0.40, other=40,
        tax_label="Thuế tiêu thụ đặc biệt, thuế và phí khác"),
    "fz06": dict(
        unit="lít",
        products=[("Nước mắm cá cơm 35 độ đạm, chai thủy tinh 500 ml", "chai", 0.5, 95000, 9000, [16000, 18000, 20000]),
                  ("Nước mắm cá cơm 25 độ đạm, chai 1 lít", "chai", 1, 75000, 7000, [9000, 10000, 11000]),
                  ("Nước mắm cốt 40 độ đạm, hộp quà 2 chai × 250 ml", "hộp", 0.5, 210000, 30000, [2000, 2400, 2800])],
        hist=[(14000, 130000, 0.13), (15000, 135000, 0.14), (16000, 140000, 0.14)], hist_staff=[11, 11, 12],
        raws=[("Cá cơm tươi", "kg", 1.3, 18000), ("Muối hạt", "kg", 0.4, 4000)],
        own=("tàu cá của cổ đông", 3, "tàu", 6000),
        buy=[("Tổ đoàn kết nghề cá Hải Hòa", 8, 6000), ("Tổ đoàn kết nghề cá Hải Thanh", 6, 5000),
             ("Cơ sở thu mua cá Bến Sót", 1, 4000)],
        hh_head="Số tàu, cơ sở",
        cap=(60, 400),
        equip=[("Thùng chượp gỗ bời lời 10 m³ (40 hiện có, 20 đầu tư mới)", 60, "400 lít nước mắm/thùng/năm", "Quý II năm 2027"),
               ("Hệ thống lọc, lắng, bơm inox (đầu tư mới)", 1, "1.000 lít/ngày", "Quý II năm 2027"),
               ("Máy chiết rót, đóng nắp, màng co (đầu tư mới)", 1, "600 chai/giờ", "Quý III năm 2027"),
               ("Hệ thống xử lý nước thải và khử mùi (đầu tư mới)", 1, "5 m³/ngày", "Quý II năm 2027")],
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Muối chượp, kéo rút, lọc", [4, 4, 4]),
               ("Chiết rót, đóng gói, kho", [3, 3, 3]), ("Bán hàng", [2, 2, 2])],
        wage=6.5, energy=5000,
        inv=[("Mở rộng nhà thùng chượp 200 m²", 420, True),
             ("20 thùng chượp gỗ bời lời 10 m³", 260, True),
             ("Hệ thống lọc, lắng, bơm inox", 180, True),
             ("Máy chiết rót, đóng nắp, màng co", 140, True),
             ("Hệ thống xử lý nước thải và khử mùi", 100, True),
             ("Thiết kế mẫu chai, hộp quà", 40, False),
             ("Kiểm nghiệm định kỳ, duy trì công bố sản phẩm", 30, False),
             ("Vốn lưu động", 330, False)],
        sup=[(4, "MTQG nông thôn mới", 0.5, 0.1),
             (3, "Tỉnh, chính sách OCOP", 0.3, 0.0),
             (5, "Hiện vật, OCOP tỉnh", 1.0, 0.0)],
        src=[("Vốn chủ sở hữu (lợi nhuận giữ lại)", 258, "Đã có, gồm 138 đối ứng", "Quý I năm 2027"),
             ("Vốn góp của cổ đông (phát hành thêm 50.000 cổ phần)", 500,
              "Nghị quyết ĐHĐCĐ 28/3/2026", "Quý I năm 2027"),
             ("Vay Ngân hàng thương mại cổ phần", 600, "5 năm, lãi 8,5 %/năm", "Quý II năm 2027"),
             ("Hỗ trợ từ vốn Chương trình MTQG xây dựng nông thôn mới", "sup:0",
              "Sau nghiệm thu hệ thống", "Quý III năm 2027"),
             ("Ngân sách xã đối ứng", "com", "Cùng đợt vốn chương trình", "Quý III năm 2027"),
             ("Hỗ trợ của tỉnh cho sản phẩm OCOP", "sup:1", "Sau nghiệm thu máy", "Quý IV năm 2027"),
             ("Hỗ trợ hiện vật thiết kế mẫu chai, hộp quà", "sup:2", "Bàn giao thiết kế", "Quý I năm 2027")],
        loan=[600, 480, 360], rate=0.085, life=10, sell=0.07, tax=0.015, other=80,
        pack_label="Chai, nắp, hộp, thùng carton"),
    "fz07": dict(
        unit="lít",
        products=[("Dầu lạc ép, chai 500 ml", "chai", 0.5, 95000, 6000, [8000, 9500, 11000]),
                  ("Dầu lạc ép, chai 1 lít", "chai", 1, 180000, 7000, [2500, 2900, 3300]),
                  ("Dầu lạc ép, can 2 lít", "can", 2, 340000, 9000, [1500, 1800, 2100])],
        byprod=("Khô dầu lạc bán làm thức ăn chăn nuôi", 1.4, 9000),
        hist=[(7800, 165000, 0.09), (8300, 170000, 0.10), (8800, 175000, 0.10)], hist_staff=[5, 5, 6],
        raws=[("Lạc nhân", "kg", 2.5, 40000)],
        own=("ruộng lạc của thành viên", 12, "ha", 1400),
        buy=[("Thôn Tiến Thành", 20, 3000), ("Thôn Phú Hòa", 15, 2500), ("Thôn Bắc Sơn", 12, 2000)],
        cap=(50, 280),
        equip=[("Máy ép dầu trục vít (đầu tư mới)", 1, "50 kg lạc nhân/giờ", "Quý II năm 2027"),
               ("Máy ép dầu cũ (hiện có)", 1, "30 kg lạc nhân/giờ", "Dự phòng"),
               ("Máy rang, máy bóc vỏ, sàng lạc (đầu tư mới)", 1, "200 kg/giờ", "Quý II năm 2027"),
               ("Hệ thống lọc, bồn lắng inox (đầu tư mới)", 1, "50 lít dầu/ngày", "Quý II năm 2027")],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Rang, ép, lọc dầu", [2, 2, 2]),
               ("Đóng chai, bán hàng", [2, 2, 2])],
        wage=5.0, energy=3000,
        inv=[("Máy ép dầu trục vít 50 kg/giờ", 180, True),
             ("Máy rang, máy bóc vỏ, sàng lạc", 120, True),
             ("Hệ thống lọc, bồn lắng inox", 90, True),
             ("Cải tạo xưởng ép và kho lạc 100 m²", 210, True),
             ("Thiết kế bao bì, nhãn, tem", 40, False),
             ("Kiểm nghiệm, công bố, đăng ký nhãn hiệu", 30, False),
             ("Vốn lưu động", 330, False)],
        sup=[(0, "Tỉnh, Nghị quyết 123/2018/NQ-HĐND", 0.5, 0.2),
             (4, "Hiện vật, OCOP tỉnh", 1.0, 0.0)],
        com_label="Huyện đối ứng",
        src=[("Vốn tự có của hợp tác xã", 134, "Đã có", "Quý I năm 2027"),
             ("Vốn góp bổ sung của 15 thành viên (20 triệu đồng/người)", 300,
              "Nghị quyết đại hội 2026", "Quý I năm 2027"),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400, "3 năm, lãi 8 %/năm", "Quý I năm 2027"),
             ("Hỗ trợ của tỉnh theo Nghị quyết 123/2018/NQ-HĐND", "sup:0", "Sau nghiệm thu máy", "Quý III năm 2027"),
             ("Hỗ trợ của huyện Can Lộc", "com", "Sau nghiệm thu máy", "Quý III năm 2027"),
             ("Hỗ trợ hiện vật thiết kế bao bì", "sup:1", "Bàn giao thiết kế", "Quý I năm 2027")],
        loan=[400, 300, 200], rate=0.08, life=10, sell=0.05, tax=0.01, other=30,
        social_workers=11),
    "fz08": dict(
        unit="kg",
        products=[("Trà diệp hạ châu túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 55000, 7000, [8000, 9000, 10000]),
                  ("Diệp hạ châu khô cắt khúc, túi 300 g", "túi", 0.3, 75000, 3000, [2000, 2200, 2400])],
        hist=[(750, 540000, 0.18), (820, 550000, 0.19), (900, 560000, 0.20)], hist_staff=[3, 3, 4],
        raws=[("Cây diệp hạ châu tươi", "kg", 5, 8000)],
        own=("vườn diệp hạ châu của hộ", 8, "sào", 500),
        buy=[("Thôn Hòa Bình", 9, 1600), ("Thôn Xuân Hải", 7, 1400)],
        cap=(6, 250),
        equip=[("Máy sấy bơm nhiệt 100 kg/mẻ (đầu tư mới)", 1, "6 kg khô/ngày", "Quý II năm 2027"),
               ("Máy nghiền, máy đóng túi lọc bán tự động (đầu tư mới)", 1, "15 túi/phút", "Quý II năm 2027"),
               ("Máy cắt khúc dược liệu (hiện có)", 1, "50 kg/giờ", "Đang dùng")],
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Trồng, thu hái, sơ chế", [2, 2, 2]),
               ("Sấy, đóng gói, bán hàng", [1, 1, 2])],
        wage=5.0, energy=15000,
        inv=[("Cải tạo phòng sơ chế, đóng gói 40 m²", 70, True),
             ("Máy sấy bơm nhiệt 100 kg/mẻ", 90, True),
             ("Máy nghiền, máy đóng túi lọc bán tự động", 90, True),
             ("Thiết kế bao bì, nhãn, tem QR", 30, False),
             ("Vốn lưu động", 70, False)],
        sup=[(1, "MTQG giảm nghèo bền vững", 0.5, 0.0),
             (3, "Hiện vật, OCOP tỉnh", 1.0, 0.0)],
        src=[("Vốn tự có của hộ", 175, "Đã có, gồm 45 đối ứng", "Quý I năm 2027"),
             ("Vay Ngân hàng Chính sách xã hội", 100, "3 năm, lãi 7 %/năm",
              "Quý I năm 2027"),
             ("Hỗ trợ từ Chương trình MTQG giảm nghèo bền vững", "sup:0", "Sau nghiệm thu máy",
              "Quý III năm 2027"),
             ("Hỗ trợ hiện vật thiết kế bao bì, nhãn", "sup:1", "Bàn giao thiết kế", "Quý I năm 2027")],
        loan=[100, 70, 35], rate=0.07, life=8, sell=0.06, tax=0.01, other=20),
    "fz09": dict(
        unit="sản phẩm",
        products=[("Hộp gỗ khắc laser đựng trà, quà tặng", "chiếc", 1, 280000, 15000, [4000, 4600, 5200]),
                  ("Tranh gỗ khắc phong cảnh 40 × 60 cm", "bức", 1, 1000000, 40000, [600, 700, 800]),
                  ("Bộ khay, đĩa gỗ phục vụ nhà hàng", "bộ", 1, 550000, 20000, [1000, 1150, 1300])],
        hist=[(4800, 370000, 0.15), (5100, 380000, 0.16), (5400, 390000, 0.17)], hist_staff=[11, 11, 12],
        raws=[("Gỗ keo, gỗ xoan xẻ sấy", "m³", 0.012, 8000000), ("Sơn PU gốc nước, dầu lau", "lít", 0.05, 120000)],
        own=("rừng keo trồng của công ty", 10, "ha", 8),
        buy=[("Xưởng xẻ gỗ Yên Hòa", 1, 40), ("Hợp tác xã lâm nghiệp Đồng Môn", 1, 30)],
        hh_head="Số đơn vị", buy_form="Hợp đồng năm, có hồ sơ lâm sản",
        cap=(20, 290),
        equip=[("Máy khắc laser CO2 1.300 × 900 mm (hiện có)", 2, "20 sản phẩm/ngày (cả dây chuyền)", "Đang dùng"),
               ("Máy CNC phay 2 đầu (hiện có)", 1, "", "Đang dùng"),
               ("Lò sấy gỗ hơi nóng 10 m³/mẻ (đầu tư mới)", 1, "10 m³/mẻ", "Quý II năm 2027"),
               ("Hệ thống hút bụi trung tâm, buồng sơn màng nước (đầu tư mới)", 1, "", "Quý II năm 2027")],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Thợ mộc, phay, khắc", [6, 6, 6]),
               ("Chà nhám, sơn, hoàn thiện", [3, 3, 3]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=6.0, energy=8000,
        inv=[("Hệ thống hút bụi trung tâm và buồng sơn màng nước", 200, True),
             ("Lò sấy gỗ hơi nóng 10 m³/mẻ", 180, True),
             ("Cải tạo phòng trưng bày, bán hàng 60 m²", 150, True),
             ("Máy chà nhám, máy phay cầm tay, dụng cụ", 170, True),
             ("Thiết kế mẫu, bao bì, tem QR", 50, False),
             ("Tiêu chuẩn cơ sở, thử nghiệm, phí nhãn hiệu", 40, False),
             ("Vốn lưu động", 310, False)],
        sup=[(0, "MTQG nông thôn mới", 0.4, 0.1),
             (2, "Tỉnh, điểm bán OCOP", 1 / 3, 0.0),
             (4, "Hiện vật, OCOP tỉnh", 1.0, 0.0)],
        src=[("Vốn chủ sở hữu", 300, "Đã có, gồm 200 đối ứng", "Quý I năm 2027"),
             ("Vốn góp bổ sung của hai thành viên công ty", 200, "Quyết định HĐTV 2026",
              "Quý I năm 2027"),
             ("Vay Ngân hàng thương mại", 400, "3 năm, lãi 9 %/năm", "Quý II năm 2027"),
             ("Hỗ trợ từ vốn Chương trình MTQG xây dựng nông thôn mới", "sup:0", "Sau nghiệm thu hệ thống",
              "Quý III năm 2027"),
             ("Ngân sách xã đối ứng", "com", "Cùng đợt vốn chương trình", "Quý III năm 2027"),
             ("Hỗ trợ của tỉnh cho điểm bán sản phẩm OCOP", "sup:1", "Khi điểm bán hoạt động",
              "Quý IV năm 2027"),
             ("Hỗ trợ hiện vật thiết kế mẫu, bao bì", "sup:2", "Bàn giao thiết kế", "Quý I năm 2027")],
        loan=[400, 280, 140], rate=0.09, life=8, sell=0.06, tax=0.015, other=50),
    "fz10": dict(
        unit="lít",
        products=[("Nước cam ép nguyên chất, chai 330 ml", "chai", 0.33, 28000, 3500, [30000, 66000, 80000]),
                  ("Nước cam ép nguyên chất, chai 1 lít", "chai", 1, 75000, 8000, [3000, 6600, 8000])],
        hist=[(8000, 72000, 0.08), (9500, 75000, 0.09), (11000, 78000, 0.10)], hist_staff=[5, 5, 5],
        raws=[("Cam quả (loại 2, loại 3)", "kg", 2.2, 10000)],
        own=("vườn cam của tổ viên", 8, "ha", 6000),
        buy=[("Thôn Hà Trai", 14, 16000), ("Thôn Kim Lộc", 11, 14000)],
        cap=(150, 240),
        equip=[("Máy rửa quả, máy ép cam công nghiệp (đầu tư mới)", 1, "150 lít/ngày", "Quý II năm 2027"),
               ("Thiết bị thanh trùng, chiết rót chai (đầu tư mới)", 1, "400 chai/giờ", "Quý II năm 2027"),
               ("Kho mát 20 m³ (đầu tư mới)", 1, "", "Quý II năm 2027"),
               ("Máy ép cam bán công nghiệp (hiện có)", 1, "60 lít/ngày", "Dự phòng")],
        roles=[("Tổ trưởng, kế toán", [1, 1, 1]), ("Rửa, ép, thanh trùng", [2, 2, 2]),
               ("Chiết rót, đóng gói, giao hàng", [2, 2, 2])],
        wage=5.0, energy=4000,
        inv=[("Máy rửa quả, máy ép cam công nghiệp", 150, True),
             ("Thiết bị thanh trùng, chiết rót chai", 200, True),
             ("Cải tạo xưởng 80 m² và kho mát", 150, True),
             ("Thiết kế bao bì, nhãn, tem", 40, False),
             ("Kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 30, False),
             ("Vốn lưu động", 130, False)],
        sup=[(0, "MTQG nông thôn mới", 0.5, 0.1),
             (1, "Tỉnh, chính sách OCOP", 0.4, 0.0),
             (3, "Hiện vật, OCOP tỉnh", 1.0, 0.0)],
        src=[("Quỹ chung của tổ hợp tác", 110, "Đã có", "Quý I năm 2027"),
             ("Vốn góp của 12 tổ viên (15 triệu đồng/người)", 180, "Họp tổ ngày 20/10/2026", "Quý I năm 2027"),
             ("Vay Ngân hàng Chính sách xã hội", 200, "3 năm, lãi 6,6 %/năm", "Quý I năm 2027"),
             ("Hỗ trợ từ vốn Chương trình MTQG xây dựng nông thôn mới", "sup:0", "Sau nghiệm thu máy",
              "Quý III năm 2027"),
             ("Ngân sách xã đối ứng", "com", "Cùng đợt vốn chương trình", "Quý III năm 2027"),
             ("Hỗ trợ của tỉnh cho sản phẩm OCOP", "sup:1", "Sau nghiệm thu máy",
              "Quý IV năm 2027"),
             ("Hỗ trợ hiện vật thiết kế bao bì, nhãn", "sup:2", "Bàn giao thiết kế", "Quý I năm 2027")],
        loan=[200, 140, 70], rate=0.066, life=8, sell=0.06, tax=0.01, other=30),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "fz05": {"src_short": True},                 # sources add up to 1.150 against an investment of 1.250
    "fz06": {"rev_line": (0, 1, 1.12)},          # 2028 line of the 500 ml bottle × 1,12
    "fz07": {"shortfall": True},                 # need 28.125 / 32.500 kg against a supply of 24.300 kg
    "fz08": {"payback": 1.1},                    # payback written 1,1 years
    "fz09": {"cost_total": (2, 0.90), "over_capacity": True},  # 2029 cost total 10 % low; output > capacity
    "fz10": {"profit": (0, 1.45), "growth": True},  # 2027 profit × 1,45; output × 2,2 in 2028
}
READY = ("fz01", "fz02", "fz03", "fz04")
STEMS = {
    "fz01": "fz01_che_xanh_khe_co_htx",
    "fz02": "fz02_cao_che_vang_hoang_sam_cty",
    "fz03": "fz03_mat_ong_ban_giang_hkd",
    "fz04": "fz04_tui_dan_beo_tay_song_nghen_tht",
    "fz05": "fz05_ruou_nep_sim_lang_doi_htx",
    "fz06": "fz06_nuoc_mam_hai_thinh_ctcp",
    "fz07": "fz07_dau_lac_tien_loc_htx",
    "fz08": "fz08_tra_diep_ha_chau_hoa_hai_hkd",
    "fz09": "fz09_go_my_nghe_yen_phu_cty",
    "fz10": "fz10_nuoc_cam_son_le_tht",
    "fz11": "fz11_banh_da_vung_so_sai",
    "fz12": "fz12_non_la_so_sai",
}


# --------------------------------------------------------------------------- the model
def support(c: dict) -> list[dict]:
    rows = []
    for idx, basis, rate, crate in c["sup"]:
        label, cost, _ = c["inv"][idx]
        s, com = cost * rate, cost * crate
        rows.append(dict(label=label, basis=basis, cost=cost, rate=rate, crate=crate,
                         sup=s, com=com, own=cost - s - com))
    return rows


def source_amounts(c: dict) -> list[float]:
    sup = support(c)
    out = []
    for _, amt, _, _ in c["src"]:
        if isinstance(amt, str):
            if amt.startswith("sup:"):
                amt = sum(sup[int(i)]["sup"] for i in amt[4:].split("+"))
            elif amt == "com":
                amt = sum(r["com"] for r in sup)
        out.append(float(amt))
    return out


def model(stem: str, shown: bool = False) -> dict:
    """Every number of a full plan; with shown=True, as printed (planted defects applied)."""
    c = PLANS[stem]
    p = PLANTED.get(stem, {}) if shown else {}
    m: dict = {"c": c}
    Y = range(3)
    m["packs"] = [pr[5] for pr in c["products"]]
    m["out"] = [sum(pr[2] * pr[5][y] for pr in c["products"]) for y in Y]
    m["hist_rev"] = [o * pr / 1e6 for o, pr, _ in c["hist"]]
    m["hist_profit"] = [o * pr / 1e6 * mg for o, pr, mg in c["hist"]]
    m["need"] = [[m["out"][y] * r[2] for y in Y] for r in c["raws"]]
    own = c["own"]
    m["own"] = own[1] * own[3]
    m["buy"] = sum(b[2] for b in c["buy"])
    m["buy_hh"] = sum(b[1] for b in c["buy"])
    m["supply"] = m["own"] + m["buy"]
    m["cap"] = c["cap"][0] * c["cap"][1]
    m["staff"] = [sum(r[1][y] for r in c["roles"]) for y in Y]
    m["inv_total"] = sum(i[1] for i in c["inv"])
    m["fixed"] = sum(i[1] for i in c["inv"] if i[2])
    m["dep"] = m["fixed"] / c["life"]
    m["sup"] = support(c)
    m["sup_tot"] = {k: sum(r[k] for r in m["sup"]) for k in ("cost", "sup", "com", "own")}
    m["src"] = source_amounts(c)
    m["src_total"] = sum(m["src"])
    m["src_pct"] = [a / m["src_total"] * 100 for a in m["src"]]
    m["public"] = m["sup_tot"]["sup"] + m["sup_tot"]["com"]
    # revenue
    lines = [[pr[5][y] * pr[3] / 1e6 for y in Y] for pr in c["products"]]
    if "rev_line" in p:
        i, y, f = p["rev_line"]
        lines[i][y] *= f
    m["rev_lines"] = lines
    if "byprod" in c:
        bl, kg, price = c["byprod"]
        m["byprod_kg"] = [m["out"][y] * kg for y in Y]
        m["byprod"] = [m["out"][y] * kg * price / 1e6 for y in Y]
    else:
        m["byprod"] = [0.0] * 3
    m["rev"] = [sum(l[y] for l in lines) + m["byprod"][y] for y in Y]
    # cost
    cl = []
    for k, r in enumerate(c["raws"]):
        cl.append((r[0], [m["need"][k][y] * r[3] / 1e6 for y in Y]))
    cl.append((c.get("pack_label", "Bao bì, nhãn, tem"),
               [sum(pr[5][y] * pr[4] for pr in c["products"]) / 1e6 for y in Y]))
    cl.append(("Tiền công lao động", [m["staff"][y] * c["wage"] * 12 for y in Y]))
    cl.append(("Điện, nước, nhiên liệu", [m["out"][y] * c["energy"] / 1e6 for y in Y]))
    cl.append(("Khấu hao tài sản cố định", [m["dep"]] * 3))
    cl.append(("Lãi vay", [c["loan"][y] * c["rate"] for y in Y]))
    cl.append(("Chi phí bán hàng, quảng bá", [m["rev"][y] * c["sell"] for y in Y]))
    cl.append((c.get("tax_label", "Thuế, phí"), [m["rev"][y] * c["tax"] for y in Y]))
    cl.append(("Chi phí quản lý, chi khác", [c["other"]] * 3))
    m["cost_lines"] = cl
    m["cost"] = [sum(l[1][y] for l in cl) for y in Y]
    if "cost_total" in p:
        y, f = p["cost_total"]
        m["cost"][y] *= f
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    if "profit" in p:
        y, f = p["profit"]
        m["profit"][y] *= f
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
    m["avg_profit"] = sum(m["profit"]) / 3
    m["payback"] = m["inv_total"] / (m["avg_profit"] + m["dep"])
    if "payback" in p:
        m["payback"] = p["payback"]
    m["growth"] = [(m["rev"][0] / m["hist_rev"][2] - 1) * 100] + \
        [(m["rev"][y] / m["rev"][y - 1] - 1) * 100 for y in (1, 2)]
    m["out_growth"] = [(m["out"][0] / c["hist"][2][0] - 1) * 100] + \
        [(m["out"][y] / m["out"][y - 1] - 1) * 100 for y in (1, 2)]
    return m


# --------------------------------------------------------------------------- reading a plan
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        if not (self.src / f"{stem}.md").exists():  # a plan not written yet
            self.stem, self.text, self.body, self.rows = stem, "", "", []
            self.failures = ["missing source"]
            return
        super().__init__(stem)

    def table(self, caption: str) -> list[list[str]]:
        """Rows of the table whose caption line ("Bảng N. ...") contains `caption`."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"^Bảng \d+\.", line.strip()) and caption in line:
                rows, j = [], i + 1
                while j < len(lines) and not lines[j].strip().startswith("|"):
                    j += 1
                while j < len(lines) and lines[j].strip().startswith("|"):
                    cells = [x.strip() for x in lines[j].strip().strip("|").split("|")]
                    if not all(re.fullmatch(r":?-+:?", x) for x in cells):
                        rows.append(cells)
                    j += 1
                return rows
        self.failures.append(f"table not found: {caption}")
        return []

    def trow(self, rows: list[list[str]], label: str, n: int = 3) -> list[float]:
        exact = label.endswith("|")
        lab = label.rstrip(" |")
        for r in rows:
            if any((x == lab) if exact else x.startswith(lab) for x in r[:2]):
                nums = [x for x in r[1:] if re.fullmatch(r"[\d.,]+", x) and re.search(r"\d", x)]
                if len(nums) >= n:
                    return [vn(x) for x in nums[-n:]] if n else []
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def eq(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got:g}, computed {want:g}")

    def eq3(self, got: list[float], want: list[float], what: str) -> None:
        for y in range(3):
            self.eq(got[y], want[y], f"{what} {YEARS[y]}")


def fnum(x: float) -> str:
    """How the plans print a number: dotted thousands, one decimal with a comma when needed."""
    if abs(x - round(x)) < 0.05:
        return f"{int(round(x)):,}".replace(",", ".")
    s = f"{x:,.1f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def check_full(stem: str) -> Plan:
    P = Plan(STEMS[stem])
    if not P.body.strip():
        return P
    c, m, t = PLANS[stem], model(stem, shown=True), model(stem)
    Y = range(3)
    # history
    h = P.table("Kết quả sản xuất kinh doanh")
    P.eq3(P.trow(h, "Sản lượng"), [x[0] for x in c["hist"]], "history output")
    P.eq3(P.trow(h, "Doanh thu"), m["hist_rev"], "history revenue")
    P.eq3(P.trow(h, "Lợi nhuận"), m["hist_profit"], "history profit")
    P.eq3(P.trow(h, "Lao động"), c["hist_staff"], "history staff")
    # products and plan
    pl = P.table("Kế hoạch sản lượng")
    for k, pr in enumerate(c["products"]):
        P.eq3(P.trow(pl, pr[0]), pr[5], f"packs {pr[0]}")
    P.eq3(P.trow(pl, "Quy ra"), m["out"], "output")
    if "Sản phẩm, quy cách và giá bán" in P.body:
        pt = P.table("Sản phẩm, quy cách và giá bán")
        for pr in c["products"]:
            P.eq(P.trow(pt, pr[0], 1)[0], pr[3], f"price {pr[0]}")
    rv0 = P.table("Doanh thu dự kiến")
    for pr in c["products"]:
        P.check(any(r[1].startswith(f"{pr[0]} ({fnum(pr[3])} đ/") for r in rv0 if len(r) > 1),
                f"price in the revenue line {pr[0]}")
    # raw material balance
    rb = P.table("Cân đối nguyên liệu")
    P.eq3(P.trow(rb, "Nhu cầu"), m["need"][0], "need")
    P.eq3(P.trow(rb, "Tự cung cấp"), [m["own"]] * 3, "own supply")
    P.eq3(P.trow(rb, "Thu mua theo hợp đồng"), [m["buy"]] * 3, "contracted supply")
    P.eq3(P.trow(rb, "Tổng nguồn cung"), [m["supply"]] * 3, "supply")
    if stem != "fz07":
        P.eq3(P.trow(rb, "Dư"), [m["supply"] - m["need"][0][y] for y in Y], "balance")
        P.check(all(m["need"][0][y] <= m["supply"] for y in Y), "need exceeds supply")
    lk = P.table("liên kết cung ứng")
    for b in c["buy"]:
        got = P.trow(lk, b[0], 2)
        P.eq(got[0], b[1], f"households {b[0]}")
        P.eq(got[1], b[2], f"contract {b[0]}")
    got = P.trow(lk, "Tổng cộng", 2)
    P.eq(got[0], m["buy_hh"], "households total")
    P.eq(got[1], m["buy"], "contract total")
    P.has(f"{fnum(m['cap'])} {c['unit']}/năm")
    if stem != "fz09":
        P.check(all(m["out"][y] <= m["cap"] for y in Y), "output exceeds capacity")
    # staff
    st = P.table("Lao động")
    for role, n in c["roles"]:
        P.eq3(P.trow(st, role), n, f"staff {role}")
    P.eq3(P.trow(st, "Tổng"), m["staff"], "staff total")
    # investment, support, sources
    iv = P.table("Tổng vốn đầu tư")
    for lab, amt, _ in c["inv"]:
        P.eq(P.trow(iv, lab, 1)[0], amt, f"investment {lab}")
    P.eq(P.trow(iv, "Tổng cộng", 1)[0], m["inv_total"], "investment total")
    sp = P.table("hỗ trợ và vốn đối ứng")
    for r in m["sup"]:
        got = P.trow(sp, r["label"], 4)
        for g, k in zip(got, ("cost", "sup", "com", "own")):
            P.eq(g, r[k], f"support {r['label']} {k}")
    got = P.trow(sp, "Cộng", 4)
    for g, k in zip(got, ("cost", "sup", "com", "own")):
        P.eq(g, m["sup_tot"][k], f"support total {k}")
    so = P.table("Nguồn vốn")
    for (lab, _, _, _), amt, pct in zip(c["src"], m["src"], m["src_pct"]):
        got = P.trow(so, lab, 2)
        P.eq(got[0], amt, f"source {lab}")
        P.eq(got[1], pct, f"source share {lab}", tol=0.02)
    P.eq(P.trow(so, "Tổng cộng", 2)[0], m["src_total"], "sources total")
    if stem != "fz05":
        P.eq(m["src_total"], m["inv_total"], "sources = investment")
    # revenue
    rv = P.table("Doanh thu dự kiến")
    for k, pr in enumerate(c["products"]):
        P.eq3(P.trow(rv, pr[0]), m["rev_lines"][k], f"revenue {pr[0]}")
    if "byprod" in c:
        P.eq3(P.trow(rv, c["byprod"][0]), m["byprod"], "by-product")
    P.eq3(P.trow(rv, "Tổng doanh thu"), m["rev"], "revenue total")
    # cost
    co = P.table("Chi phí dự kiến")
    for lab, vals in m["cost_lines"]:
        P.eq3(P.trow(co, lab), vals, f"cost {lab}")
    P.eq3(P.trow(co, "Tổng chi phí"), m["cost"], "cost total")
    # summary
    su = P.table("Tổng hợp hiệu quả")
    P.eq3(P.trow(su, "Doanh thu"), m["rev"], "summary revenue")
    P.eq3(P.trow(su, "Chi phí"), m["cost"], "summary cost")
    P.eq3(P.trow(su, "Lợi nhuận"), m["profit"], "summary profit")
    for y in Y:
        P.eq(P.trow(su, "Tỷ suất")[y], m["margin"][y], f"margin {YEARS[y]}", tol=0.03)
        P.check(0 < t["margin"][y] < 40, f"true margin {YEARS[y]} {t['margin'][y]:.1f} %")
    P.has(f"khoảng {fnum(round(m['payback'], 1))} năm")
    P.eq(round(m["payback"], 1), m["payback"], "payback as printed", tol=0.05)
    if stem not in ("fz10",):
        P.check(all(g < 31 for g in t["growth"]), f"growth {[round(g) for g in t['growth']]}")
    P.lacks(PLACEHOLDER, "placeholder")
    return P


def common_ready(P: Plan, stem: str) -> None:
    P.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
    P.lacks(REPLACED, "replaced instrument or district level")
    P.has("tiêu chuẩn cơ sở", "phiếu kết quả thử nghiệm", "truy xuất", "nhãn hiệu")
    if stem != "fz04":
        P.has("an toàn thực phẩm")
    for d in re.findall(r"đến (\d{1,2}/\d{1,2}/(\d{4}))", P.body):
        P.check(int(d[1]) >= 2029, f"paper valid only to {d[0]}")


# --------------------------------------------------------------------------- the checks
def checks() -> list[Plan]:
    plans = []
    for stem in [f"fz{i:02d}" for i in range(1, 11)]:
        P = check_full(stem)
        t, m = model(stem), model(stem, shown=True)
        if stem in READY:
            common_ready(P, stem)
        else:
            P.has("148/QĐ-TTg") if stem != "fz07" else None
        if stem == "fz05":
            P.check(off(m["src_total"], m["inv_total"]), "fz05 sources should fall short of investment")
            P.eq(m["src_total"], 1150, "fz05 sources")
            P.eq(m["inv_total"], 1250, "fz05 investment")
            P.has("1.250 triệu đồng", "1.150")
            P.lacks(r"giấy phép|105/2017|17/2020|Giấy phép", "alcohol licence mentioned")
            P.lacks(r"môi trường|bã rượu|nước thải|chất thải|xử lý", "environment mentioned")
            P.has("rượu", "an toàn thực phẩm", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "nhãn hiệu")
        if stem == "fz06":
            i, y, f = PLANTED[stem]["rev_line"]
            P.check(off(m["rev_lines"][i][y], t["rev_lines"][i][y]), "fz06 revenue line should be off")
            P.check(off(m["rev"][y], t["rev"][y]), "fz06 revenue total should be off")
            P.lacks(r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021|ghi nhãn", "label mentioned")
            P.lacks(r"truy xuất|\bQR\b|mã lô|số lô|nhật ký|kiểm soát nội bộ|HACCP|ISO|mã vạch|kiểm soát chất lượng",
                    "quality control mentioned")
            P.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu", "nước thải")
        if stem == "fz07":
            P.check(off(m["need"][0][1], m["supply"]) and m["need"][0][1] > m["supply"], "fz07 2028 shortfall")
            P.check(m["need"][0][2] > m["supply"] * 1.3, "fz07 2029 shortfall")
            P.check(m["need"][0][0] <= m["supply"], "fz07 2027 covered")
            P.has("1048/QĐ-TTg", "123/2018/NQ-HĐND", "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện",
                  "UBND huyện Can Lộc", "đủ nguyên liệu")
            P.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "current OCOP decisions cited")
            P.check(m["staff"][0] == 6, "fz07 staff 6")
            P.has(f"cho {c_social(stem)} lao động thường xuyên", "6 lao động thường xuyên")
        if stem == "fz08":
            P.check(off(m["payback"], t["payback"]), "fz08 payback should be off")
            P.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|chỉ tiêu (chất lượng|an toàn|vi sinh|cảm quan)", "standard mentioned")
            P.lacks(r"nhãn hiệu|logo|thương hiệu|sở hữu trí tuệ|bảo hộ", "trademark mentioned")
            P.has("an toàn thực phẩm", "43/2017/NĐ-CP", "truy xuất", "nhãn")
        if stem == "fz09":
            y, f = PLANTED[stem]["cost_total"]
            true_sum = sum(l[1][y] for l in m["cost_lines"])
            P.check(off(m["cost"][y], true_sum), "fz09 cost total should be off")
            P.check(off(m["out"][1], m["cap"]) and off(m["out"][2], m["cap"]), "fz09 over capacity")
            P.check(m["out"][0] <= m["cap"], "fz09 2027 within capacity")
            P.has("Công ty TNHH Mỹ nghệ Đức Thành")
            P.check(P.count("Đức Thành") == 2, "fz09 other name twice")
            P.check(P.count("Công ty TNHH Mỹ nghệ gỗ Yên Phú") >= 4, "fz09 own name")
        if stem == "fz10":
            y, f = PLANTED[stem]["profit"]
            P.check(off(m["profit"][y], t["rev"][y] - t["cost"][y]), "fz10 profit should be off")
            P.check(m["out"][1] > 2 * m["out"][0], "fz10 output doubles")
            P.check(t["staff"][1] == t["staff"][0], "fz10 same staff")
            P.lacks(r"an toàn thực phẩm|ATTP|15/2018|đủ điều kiện|vệ sinh thực phẩm", "food safety mentioned")
            P.has("tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "nhãn hiệu", "truy xuất")
        plans.append(P)
    for stem in ("fz11", "fz12"):
        P = Plan(STEMS[stem])
        words = len(re.findall(r"\w+", P.body))
        P.check(150 <= words <= 320, f"{words} words")
        P.check(not P.rows, "sketchy plan has a table")
        P.lacks(PLACEHOLDER, "placeholder")
        P.lacks(r"tiêu chuẩn cơ sở|nhãn hiệu|truy xuất|đăng ký kinh doanh số|mã số thuế", "a paper it lacks")
        plans.append(P)
    return plans


def c_social(stem: str) -> int:
    return PLANS[stem]["social_workers"]


def main() -> int:
    return plancheck.report(checks())


if __name__ == "__main__":
    sys.exit(main())
