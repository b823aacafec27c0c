"""The 154th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout154/arithmetic.py

Theme: five-year plans. Every full plan (ey01-ey10) plans 2027-2031 in five year columns, phases
its investment over two stages (giai đoạn 1 = 2027-2028, giai đoạn 2 = 2029-2031), raises its
capacity in a step when the stage-2 equipment arrives, carries cumulative rows (lũy kế vốn đầu tư,
lũy kế lợi nhuận) and states five-year averages in prose ("bình quân 5 năm"). For every full plan
the constants give the products (pack size in the plan's base unit, price, pack cost, packs in each
of the five years), the 2024-2026 history, the raw materials with their norms and prices, the
supply of the first raw material by source and year, the capacity of each stage (per day x days),
staff by role, wage, energy rate, investment items with the year they are spent in, capital sources
by stage, asset life, loan balances and rate, selling / tax shares and a fixed line. From them this
script recomputes: output = sum of packs x size, history revenue = output x average price and the
2027 growth on 2026, raw-material need = output x norm against the stated supply, output against
the stage capacity, staff by role, investment items by stage and by year with the cumulative row,
sources by stage and their shares, depreciation (assets count from the year they are bought),
interest, every revenue line (packs x price), every cost line, the cost total, profit = revenue -
cost, margin, cumulative profit, growth, the five-year averages written in the text, the reinvested
profit against the cumulative profit of stage 1, and payback = investment / (average profit +
average depreciation). Each figure is read back from the plan's source (tables found by their
caption "Bảng N.") and compared: planted numeric defects must be wrong by more than 5 % (the true
value is computed beside them), every other number right within 1 % (or 0,6 of a unit: money in the
five-year tables is printed in whole triệu đồng). Textual defects are asserted through the presence
or absence of their words. Sketchy plans: 150-320 words, no table, their few figures.

    .venv/bin/python tests/holdout154/arithmetic.py --summary [ey01 ...]   # the model's key numbers
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

YEARS = (2027, 2028, 2029, 2030, 2031)
Y5 = range(5)
STAGE1 = (2027, 2028)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|\bhuyện\b")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs in 2027..2031)
# hist: (output in base units, average price đ per base unit) for 2024, 2025, 2026
# raws: (label, unit, norm per base unit, price đ per unit); the first raw is balanced against supply
# supply: sources of the first raw, (label, quantity in 2027..2031)
# cap: stage 1 (per day, days), stage 2 (per day, days); stage 2 counts from 2029
# roles: (role, head count 2027..2031); wage triệu/person/month; energy đ per base unit
# inv: (label, triệu, fixed asset?, year spent); src: (label, stage 1 triệu, stage 2 triệu)
# loan: balance per year (triệu), rate; sell, tax: shares of revenue; other: triệu a year
# optional: piece = (cost label, đ per base unit) paid to member households by the piece; pack_label,
# tax_label, other_label name those cost lines; a raw's fifth item is its cost-line label
PLANS: dict[str, dict] = {
    "ey01": dict(
        unit="kg",
        products=[("Bánh đa vừng đen nướng sẵn, gói 10 chiếc 400 g", "gói", 0.4, 45000, 2500,
                   [30000, 32000, 38000, 43000, 48000]),
                  ("Bánh đa vừng đen chưa nướng, bó 20 chiếc 1 kg", "bó", 1, 75000, 3000,
                   [12000, 12500, 14500, 16500, 18000]),
                  ("Bánh đa vừng cán mỏng, hộp quà 300 g", "hộp", 0.3, 55000, 6000,
                   [6000, 7000, 8500, 10000, 11500])],
        hist=[(19600, 92000), (21000, 95000), (22600, 97000)],
        raws=[("Gạo tẻ (gạo Khang dân, gạo 13/2)", "kg", 1.1, 16000), ("Vừng đen", "kg", 0.08, 90000)],
        supply=[("HTX Nông nghiệp Đồng Lộc", [22000, 23000, 27000, 30000, 33000]),
                ("Cửa hàng gạo Hồng Thái", [8000, 8500, 10000, 11000, 12000])],
        cap=[(105, 280), (170, 290)],
        roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3, 3, 3]), ("Tráng, phơi, sấy bánh", [6, 6, 8, 8, 9]),
               ("Nướng, đóng gói", [2, 2, 3, 3, 3]), ("Bán hàng, giao hàng", [1, 1, 2, 2, 2])],
        wage=6.5, energy=2000,
        inv=[("Cải tạo xưởng tráng, phơi bánh một chiều 150 m²", 320, True, 2027),
             ("Máy tráng bánh liên hoàn 100 kg/ngày", 260, True, 2027),
             ("Thiết kế bao bì, mã vạch, tem truy xuất", 40, False, 2027),
             ("Kiểm nghiệm, tiêu chuẩn cơ sở, đăng ký nhãn hiệu", 30, False, 2027),
             ("Vốn lưu động giai đoạn 1", 200, False, 2027),
             ("Lò sấy bánh bằng khí nóng 2 buồng", 150, True, 2028),
             ("Dây chuyền tráng bánh thứ hai 70 kg/ngày", 300, True, 2029),
             ("Máy nướng bánh tự động băng tải", 180, True, 2029),
             ("Vốn lưu động bổ sung", 150, False, 2029),
             ("Kho thành phẩm 60 m²", 150, True, 2030)],
        src=[("Vốn chủ sở hữu", 600, 0), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400, 0),
             ("Lợi nhuận để lại tái đầu tư", 0, 480), ("Vay Ngân hàng thương mại", 0, 300)],
        life=10, loan=[400, 300, 500, 380, 260], rate=0.08, sell=0.05, tax=0.015, other=50),
    "ey02": dict(
        unit="kg",
        products=[("Trà chè vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 42000, 6500,
                   [24000, 26000, 31000, 35000, 39000]),
                  ("Chè vằng khô cắt khúc, túi 500 g", "túi", 0.5, 75000, 3000,
                   [3000, 3200, 3800, 4300, 4700]),
                  ("Chè vằng khô cắt khúc, bao 5 kg (bán sỉ)", "bao", 5, 600000, 12000,
                   [100, 110, 130, 146, 160])],
        hist=[(2600, 330000), (2800, 350000), (3000, 370000)],
        raws=[("Chè vằng tươi (thân, lá)", "kg", 4.5, 6000), ("Gừng khô, cỏ ngọt phối trộn", "kg", 0.02, 120000, "Gừng khô, cỏ ngọt")],
        supply=[("Vùng trồng của thành viên", [9000, 9500, 11500, 13000, 14500]),
                ("Hộ dân Trung Hòa, Đông Vinh", [6000, 6500, 7500, 8500, 9500])],
        cap=[(14, 260), (20, 270)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2, 2, 2]), ("Trồng, thu hái, sơ chế", [2, 2, 3, 3, 3]),
               ("Sấy, cắt, đóng gói", [2, 2, 3, 3, 3]), ("Bán hàng, kho", [1, 1, 1, 2, 2])],
        wage=5.5, energy=15000,
        inv=[("Nhà sơ chế, sấy 80 m²", 240, True, 2027),
             ("Máy cắt khúc, máy đóng túi lọc tự động", 200, True, 2027),
             ("Bao bì, tem truy xuất", 30, False, 2027),
             ("Kiểm nghiệm, tự công bố sản phẩm", 25, False, 2027),
             ("Vốn lưu động giai đoạn 1", 150, False, 2027),
             ("Máy sấy bơm nhiệt 200 kg tươi/mẻ", 180, True, 2028),
             ("Máy sấy bơm nhiệt thứ hai", 200, True, 2029),
             ("Hệ thống tưới cho 4 ha vùng trồng", 150, True, 2029),
             ("Vốn lưu động bổ sung", 100, False, 2029),
             ("Kho bảo quản thành phẩm 40 m²", 120, True, 2030)],
        src=[("Vốn góp của thành viên", 400, 0), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 425, 0),
             ("Quỹ đầu tư phát triển của hợp tác xã (lợi nhuận để lại)", 0, 300),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn (khoản vay mới)", 0, 270)],
        life=10, loan=[425, 325, 495, 375, 255], rate=0.08, sell=0.06, tax=0.015, other=45),
    "ey03": dict(
        unit="kg",
        products=[("Trà búp sao, túi 200 g", "túi", 0.2, 75000, 2500, [6000, 6500, 7600, 8400, 9200]),
                  ("Trà búp đặc biệt, hộp 500 g", "hộp", 0.5, 260000, 12000, [700, 760, 900, 1000, 1100]),
                  ("Trà xanh sao, gói 1 kg (bán sỉ)", "gói", 1, 260000, 3000, [500, 540, 620, 680, 740])],
        hist=[(1600, 340000), (1750, 350000), (1850, 360000)],
        raws=[("Búp chè tươi (một tôm hai lá)", "kg", 4.5, 14000)],
        supply=[("Đồi chè của hộ (2,5 ha)", [5000, 5300, 5600, 5800, 6000]),
                ("Tổ hợp tác chè Tân Hà", [4600, 5000, 6500, 7600, 8700])],
        cap=[(9, 260), (12.5, 270)],
        roles=[("Chủ hộ, quản lý", [1, 1, 1, 1, 1]), ("Hái, sơ chế búp", [1, 1, 2, 2, 2]),
               ("Sao, vò, đóng gói", [2, 2, 2, 2, 3]), ("Bán hàng", [1, 1, 1, 1, 1])],
        wage=5.0, energy=12000,
        inv=[("Cải tạo xưởng chế biến 60 m², lưới chắn côn trùng", 150, True, 2027),
             ("Máy vò chè và máy sấy", 120, True, 2027),
             ("Bao bì, tem, mã QR", 25, False, 2027),
             ("Kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 25, False, 2027),
             ("Vốn lưu động giai đoạn 1", 100, False, 2027),
             ("Máy hút chân không, máy hàn túi", 40, True, 2028),
             ("Máy sao, vò chè liên hoàn", 230, True, 2029),
             ("Cải tạo đồi chè 2,5 ha, hệ thống tưới", 120, True, 2029),
             ("Vốn lưu động bổ sung", 80, False, 2029),
             ("Kệ kho, máy đóng gói định lượng", 60, True, 2030)],
        src=[("Vốn tự có của hộ", 260, 0), ("Vay Ngân hàng Chính sách xã hội", 200, 0),
             ("Lợi nhuận tích lũy tái đầu tư", 0, 290), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 0, 200)],
        life=10, loan=[200, 150, 300, 220, 140], rate=0.07, sell=0.05, tax=0.015, other=30),
    "ey04": dict(
        unit="chiếc",
        products=[("Nón lá trắng, vành 16", "chiếc", 1, 80000, 2000, [8000, 8300, 9600, 10800, 11800]),
                  ("Nón bài thơ in hoa văn", "chiếc", 1, 180000, 5000, [4000, 4300, 5200, 6000, 6700]),
                  ("Nón lá mini trang trí, hộp quà 3 chiếc", "hộp", 1, 90000, 4000, [2500, 2800, 3400, 3900, 4400])],
        hist=[(12000, 98000), (12800, 100000), (13500, 102000)],
        raws=[("Lá nón đã sấy, là phẳng", "kg", 0.12, 70000, "Nguyên liệu: lá nón"), ("Vành tre, chỉ cước, giấy lót", "bộ", 1, 6000,
              "Vành tre, chỉ cước, giấy lót")],
        piece=("Công chằm nón khoán cho hộ", 25000),
        supply=[("Tổ thu hái lá Hồng Lam", [950, 1000, 1150, 1350, 1500]),
                ("Cơ sở lá nón Phú Gia", [900, 950, 1100, 1250, 1400])],
        cap=[(56, 290), (82, 300)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2, 2, 2]), ("Phơi, sấy, là lá, làm vành", [2, 2, 3, 3, 3]),
               ("In hoa văn, hoàn thiện", [2, 2, 2, 2, 3]), ("Đóng gói, bán hàng", [1, 1, 2, 2, 2])],
        wage=5.0, energy=1000,
        inv=[("Cải tạo nhà xưởng chung 120 m²", 180, True, 2027),
             ("Lò sấy lá bằng hơi nóng, máy là lá", 120, True, 2027),
             ("Thiết kế bao bì, thẻ treo, tem", 30, False, 2027),
             ("Đăng ký nhãn hiệu, thử nghiệm, tiêu chuẩn cơ sở", 30, False, 2027),
             ("Vốn lưu động giai đoạn 1", 120, False, 2027),
             ("Máy in lụa hoa văn", 60, True, 2028),
             ("Phòng trưng bày, bán hàng 50 m²", 180, True, 2029),
             ("Máy khâu vành, khung ép nón", 90, True, 2029),
             ("Vốn lưu động bổ sung", 80, False, 2029),
             ("Kho lá có máy hút ẩm", 100, True, 2030)],
        src=[("Vốn góp của thành viên", 340, 0), ("Vay Ngân hàng Chính sách xã hội", 200, 0),
             ("Quỹ đầu tư phát triển của hợp tác xã", 0, 250), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 0, 200)],
        life=10, loan=[200, 150, 300, 220, 140], rate=0.07, sell=0.05, tax=0.01, other=40,
        pack_label="Bao bì, thẻ treo, tem"),
    "ey05": dict(
        unit="kg",
        products=[("Mắm tôm, hũ thủy tinh 500 g", "hũ", 0.5, 55000, 6000, [16000, 17000, 21000, 24000, 26500]),
                  ("Mắm tôm, chai nhựa 1 kg", "chai", 1, 90000, 4000, [5000, 5400, 6500, 7200, 8000]),
                  ("Mắm tôm, can 5 kg (bán sỉ)", "can", 5, 380000, 12000, [600, 640, 800, 900, 1000])],
        hist=[(12500, 88000), (13400, 91000), (14200, 94000)],
        raws=[("Ruốc (tôm moi) tươi", "kg", 0.9, 22000), ("Muối hạt sạch", "kg", 0.2, 5000)],
        supply=[("Tàu của thành viên (6 tàu)", [8500, 9000, 11000, 12500, 13500]),
                ("Chủ thuyền, nậu vựa", [6500, 7000, 8500, 9500, 10500])],
        cap=[(60, 300), (95, 300)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2, 2, 2]), ("Thu mua, rửa, trộn muối, ủ", [3, 3, 4, 4, 4]),
               ("Xay, đóng hũ, đóng chai", [2, 2, 3, 3, 3]), ("Bán hàng, giao hàng", [1, 1, 1, 2, 2])],
        wage=5.5, energy=3000,
        inv=[("Nhà ủ mắm có mái che, nền láng xi măng", 250, True, 2027),
             ("Chum, bể ủ composite (40 chiếc)", 120, True, 2027),
             ("Phòng đóng hũ, đóng chai 40 m²", 150, True, 2027),
             ("Bao bì, nhãn, tem", 40, False, 2027),
             ("Kiểm nghiệm, công bố sản phẩm, đăng ký nhãn hiệu", 30, False, 2027),
             ("Vốn lưu động giai đoạn 1", 250, False, 2027),
             ("Máy xay, máy khuấy mắm", 90, True, 2028),
             ("Mở rộng nhà ủ, thêm 40 chum composite", 260, True, 2029),
             ("Máy chiết rót, đóng nắp bán tự động", 180, True, 2029),
             ("Vốn lưu động bổ sung", 150, False, 2029),
             ("Xe tải nhỏ giao hàng", 350, True, 2030)],
        src=[("Vốn góp của thành viên", 550, 0), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 380, 0),
             ("Quỹ đầu tư phát triển của hợp tác xã", 0, 540), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn (khoản vay mới)", 0, 400)],
        life=10, loan=[380, 290, 600, 480, 340], rate=0.08, sell=0.05, tax=0.015, other=60),
    "ey06": dict(
        unit="kg",
        products=[("Tinh bột nghệ vàng, hũ 100 g", "hũ", 0.1, 65000, 5000, [10000, 11000, 13200, 15000, 16800]),
                  ("Tinh bột nghệ vàng, túi 500 g", "túi", 0.5, 290000, 6000, [900, 980, 1180, 1350, 1500])],
        hist=[(1100, 560000), (1200, 580000), (1280, 600000)],
        raws=[("Củ nghệ vàng tươi", "kg", 20, 6000, "Nguyên liệu: củ nghệ tươi")],
        supply=[("Ruộng nghệ của hộ (1,2 ha)", [18000, 18000, 18000, 18000, 18000]),
                ("Hộ trồng nghệ liên kết", [12500, 15000, 21500, 27000, 32500])],
        cap=[(6.5, 260), (10, 270)],
        roles=[("Chủ hộ, quản lý", [1, 1, 1, 1, 1]), ("Rửa, xay, lọc, tách bột", [2, 2, 3, 3, 3]),
               ("Sấy, đóng gói", [1, 1, 2, 2, 2]), ("Bán hàng", [1, 1, 1, 1, 1])],
        wage=5.5, energy=25000,
        inv=[("Cải tạo nhà sơ chế, lọc bột 50 m²", 150, True, 2027),
             ("Máy rửa củ, máy xay nghiền nghệ", 110, True, 2027),
             ("Bể lọc, tách bột inox", 80, True, 2027),
             ("Bao bì, mã QR, tem", 30, False, 2027),
             ("Vốn lưu động giai đoạn 1", 120, False, 2027),
             ("Máy sấy lạnh tinh bột 30 kg/mẻ", 150, True, 2028),
             ("Máy ly tâm tách bột", 170, True, 2029),
             ("Máy sấy lạnh thứ hai", 150, True, 2029),
             ("Vốn lưu động bổ sung", 100, False, 2029),
             ("Kho bảo quản có điều hòa", 90, True, 2030)],
        src=[("Vốn tự có của hộ", 340, 0), ("Vay Ngân hàng Chính sách xã hội", 300, 0),
             ("Lợi nhuận tích lũy tái đầu tư", 0, 200), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 0, 120)],
        life=10, loan=[300, 240, 300, 225, 150], rate=0.07, sell=0.05, tax=0.015, other=30),
    "ey07": dict(
        unit="lít",
        products=[("Rượu nếp cái 35°, chai 500 ml", "chai", 0.5, 130000, 11000, [10000, 13000, 17000, 19000, 21000]),
                  ("Rượu nếp cái 40°, bình sứ 1 lít", "bình", 1, 380000, 45000, [1200, 1500, 2000, 2300, 2600]),
                  ("Rượu nếp cái 35°, can 2 lít", "can", 2, 230000, 6000, [1500, 1900, 2200, 2400, 2600])],
        hist=[(7200, 200000), (7800, 205000), (8400, 210000)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 1.25, 28000, "Gạo nếp cái hoa vàng"), ("Men lá cổ truyền", "kg", 0.02, 150000, "Men lá cổ truyền")],
        supply=[("Ruộng nếp tổ viên (4 ha)", [10000, 10000, 11000, 11000, 11000]),
                ("HTX Nông nghiệp Cẩm Bình", [2000, 5500, 8000, 10500, 12500])],
        cap=[(40, 270), (70, 280)],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2, 2, 2]), ("Nấu, ủ men, chưng cất", [2, 2, 3, 3, 3]),
               ("Lọc, hạ thổ, đóng chai", [1, 1, 2, 2, 2]), ("Bán hàng", [1, 1, 1, 1, 1])],
        wage=5.5, energy=3000,
        inv=[("Cải tạo nhà nấu, nhà ủ 70 m²", 160, True, 2027),
             ("Nồi chưng cất inox cải tiến và bộ làm lạnh", 140, True, 2027),
             ("Bao bì, nhãn, tem", 40, False, 2027),
             ("Kiểm nghiệm, công bố sản phẩm, đăng ký nhãn hiệu", 30, False, 2027),
             ("Vốn lưu động giai đoạn 1", 180, False, 2027),
             ("Chum hạ thổ, bồn lọc và tách độc tố aldehyt", 90, True, 2028),
             ("Hệ thống nồi chưng cất thứ ba và nồi hơi", 260, True, 2029),
             ("Nhà kho rượu thành phẩm 50 m²", 150, True, 2029),
             ("Vốn lưu động bổ sung", 120, False, 2029),
             ("Máy chiết rót, đóng nút", 80, True, 2030)],
        src=[("Vốn góp của tổ viên", 360, 0), ("Vay Ngân hàng Chính sách xã hội", 280, 0),
             ("Lợi nhuận để lại tái đầu tư", 0, 260), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 0, 350)],
        life=10, loan=[280, 220, 490, 380, 260], rate=0.075, sell=0.05, tax=0.40, other=40,
        tax_label="Thuế TTĐB và thuế khác"),
    "ey08": dict(
        unit="sản phẩm",
        products=[("Khay trà gỗ chạm hoa sen", "chiếc", 1, 650000, 20000, [700, 760, 920, 1030, 1140]),
                  ("Hộp trà, hộp quà gỗ khắc chữ", "chiếc", 1, 350000, 15000, [1000, 1080, 1300, 1460, 1620]),
                  ("Tượng gỗ để bàn cao 30 cm", "pho", 1, 1800000, 40000, [160, 175, 215, 240, 265])],
        hist=[(1500, 500000), (1620, 520000), (1720, 540000)],
        raws=[("Gỗ xoan đào, gỗ mít đã sấy", "m³", 0.006, 12000000, "Gỗ xoan đào, gỗ mít"), ("Sơn PU, dầu lau gốc nước", "lít", 0.08, 180000, "Sơn PU, dầu lau gốc nước")],
        supply=[("Xưởng xẻ gỗ Đức An", [7.5, 8, 9.5, 10.5, 11.5]),
                ("Hộ trồng rừng Yên Hòa", [4.5, 5, 6, 6.5, 7.5])],
        cap=[(7.5, 290), (11, 300)],
        roles=[("Nhóm trưởng, ghi sổ", [1, 1, 1, 1, 1]), ("Thợ chạm, đục", [3, 3, 4, 4, 4]),
               ("Thợ mộc, ráp, xẻ phôi", [2, 2, 2, 2, 2]), ("Chà nhám, sơn, đóng gói", [1, 1, 2, 2, 2])],
        wage=6.0, energy=25000,
        inv=[("Cải tạo xưởng chung 100 m²", 150, True, 2027),
             ("Máy cưa lọng, máy bào, máy chà nhám", 130, True, 2027),
             ("Hệ thống hút bụi và buồng sơn có màng nước", 110, True, 2027),
             ("Thiết kế mẫu, thẻ treo, hộp", 30, False, 2027),
             ("Vốn lưu động giai đoạn 1", 150, False, 2027),
             ("Lò sấy gỗ hơi nhiệt", 120, True, 2028),
             ("Máy phay CNC khắc gỗ 4 trục", 320, True, 2029),
             ("Phòng trưng bày 40 m²", 120, True, 2029),
             ("Vốn lưu động bổ sung", 100, False, 2029),
             ("Máy chà nhám thùng, máy khoan bàn", 70, True, 2030)],
        src=[("Vốn góp của các hộ", 440, 0), ("Vay Quỹ Hỗ trợ nông dân", 250, 0),
             ("Lợi nhuận tích lũy của nhóm", 0, 330), ("Vay Quỹ Hỗ trợ nông dân (khoản vay mới)", 0, 280)],
        life=8, loan=[250, 190, 410, 310, 210], rate=0.07, sell=0.06, tax=0.01, other=40,
        pack_label="Hộp, thẻ treo, túi vải"),
    "ey09": dict(
        unit="kg",
        products=[("Giò me, cây 500 g hút chân không", "cây", 0.5, 200000, 5000, [6000, 6600, 14000, 17500, 21000]),
                  ("Giò me, cây 1 kg", "cây", 1, 390000, 7000, [2500, 2800, 6000, 7500, 9000]),
                  ("Chả me chiên, hộp 300 g", "hộp", 0.3, 120000, 6000, [2000, 2200, 4500, 5600, 6700])],
        hist=[(5000, 360000), (5300, 370000), (5600, 380000)],
        raws=[("Thịt bê (thịt me) nạc", "kg", 0.9, 200000, "Thịt bê nạc"), ("Mỡ phần, bì, lá chuối, gia vị", "kg", 0.15, 60000, "Mỡ, bì, lá chuối, gia vị")],
        supply=[("Lò mổ tập trung Bắc Hồng", [3600, 4000, 8000, 10000, 12000]),
                ("Hộ nuôi bê Trung Lương", [2200, 2400, 5400, 6500, 7800])],
        cap=[(25, 290), (80, 300)],
        roles=[("Giám đốc, kế toán", [2, 2, 2, 2, 2]), ("Pha lọc thịt, xay, gói giò", [3, 3, 3, 3, 3]),
               ("Luộc, chiên, đóng gói", [1, 1, 1, 1, 1]), ("Bán hàng, giao hàng", [1, 1, 1, 1, 1])],
        wage=6.5, energy=12000,
        inv=[("Cải tạo xưởng chế biến một chiều 80 m²", 260, True, 2027),
             ("Máy xay giò 10 kg/mẻ và nồi luộc điện", 180, True, 2027),
             ("Tủ cấp đông, kho mát 10 m³", 160, True, 2027),
             ("Thiết kế hộp, túi hút chân không", 30, False, 2027),
             ("Kiểm nghiệm, công bố sản phẩm, đăng ký nhãn hiệu", 35, False, 2027),
             ("Vốn lưu động giai đoạn 1", 300, False, 2027),
             ("Máy hút chân không công nghiệp", 70, True, 2028),
             ("Máy xay giò thứ hai 20 kg/mẻ, nồi hấp hơi", 320, True, 2029),
             ("Kho lạnh 30 m³", 260, True, 2029),
             ("Vốn lưu động bổ sung", 350, False, 2029),
             ("Xe tải lạnh 1,5 tấn", 550, True, 2030)],
        src=[("Vốn chủ sở hữu", 600, 0), ("Vay Ngân hàng thương mại", 435, 0),
             ("Lợi nhuận để lại tái đầu tư", 0, 700), ("Vay Ngân hàng thương mại (khoản vay mới)", 0, 780)],
        life=10, loan=[435, 330, 930, 740, 540], rate=0.09, sell=0.05, tax=0.015, other=70,
        pack_label="Bao bì hút chân không, hộp"),
    "ey10": dict(
        unit="lít",
        products=[("Nước cam ép nguyên chất, chai 330 ml", "chai", 0.33, 35000, 4000, [30000, 32500, 38000, 43500, 49000]),
                  ("Nước cam ép nguyên chất, chai 1 lít", "chai", 1, 90000, 7000, [4000, 4300, 5000, 5700, 6400])],
        hist=[(11200, 90000), (12200, 93000), (13000, 96000)],
        raws=[("Cam quả (cam chanh, cam bù loại 2)", "kg", 2.2, 10000)],
        supply=[("Vườn cam thành viên (8 ha)", [24000, 24000, 25000, 25000, 25000]),
                ("Hộ trồng cam Kim Lương", [10000, 10000, 11000, 11000, 11000])],
        cap=[(62, 260), (90, 270)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2, 2, 2]), ("Thu mua, rửa, ép", [2, 2, 3, 3, 3]),
               ("Thanh trùng, chiết chai", [2, 2, 2, 2, 3]), ("Bán hàng, giao hàng", [1, 1, 2, 2, 2])],
        wage=5.5, energy=4000,
        inv=[("Cải tạo xưởng ép 90 m²", 220, True, 2027),
             ("Máy rửa quả, máy ép cam công nghiệp", 200, True, 2027),
             ("Thiết bị thanh trùng Pasteur", 150, True, 2027),
             ("Bao bì, nhãn", 30, False, 2027),
             ("Kiểm nghiệm, công bố, đăng ký nhãn hiệu", 30, False, 2027),
             ("Vốn lưu động giai đoạn 1", 200, False, 2027),
             ("Kho lạnh bảo quản thành phẩm", 150, True, 2028),
             ("Dây chuyền chiết rót, đóng nắp tự động", 350, True, 2029),
             ("Máy ép thứ hai và bồn chứa inox", 180, True, 2029),
             ("Vốn lưu động bổ sung", 150, False, 2029),
             ("Xe tải lạnh nhỏ", 420, True, 2030)],
        src=[("Vốn góp của thành viên", 500, 0), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 480, 0),
             ("Quỹ đầu tư phát triển của hợp tác xã", 0, 420), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn (khoản vay mới)", 0, 680)],
        life=10, loan=[480, 380, 980, 800, 600], rate=0.08, sell=0.06, tax=0.015, other=50,
        pack_label="Chai, nắp, nhãn"),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED: dict[str, dict] = {
    "ey05": {"rev_line": (0, 3, 1.12)},      # 2030 revenue line of the 500 g jar written 12 % high
    "ey06": {"src_short": True},             # its constants hold the short sources: 640 + 320 = 960 vs 1.150
    "ey07": {"over_capacity": True, "payback": 1.8},  # 11.800 l in 2028 vs 40 l x 270 days; payback 1,8
    "ey08": {"cost_total": (3, 0.90)},       # 2030 cost total written 10 % low
    "ey09": {"profit": (1, 1.35), "growth": True},  # 2028 profit x 1,35; output x 2,1 in 2029
    "ey10": {"shortfall": True},             # orange need above the flat supply from 2029
}
READY = ("ey01", "ey02", "ey03", "ey04")
STEMS = {
    "ey01": "ey01_banh_da_vung_dong_loc_cty",
    "ey02": "ey02_tra_che_vang_cam_due_htx",
    "ey03": "ey03_tra_bup_ha_linh_hkd",
    "ey04": "ey04_non_la_tien_dien_htx",
    "ey05": "ey05_mam_tom_thach_khe_htx",
    "ey06": "ey06_tinh_bot_nghe_ky_thuong_hkd",
    "ey07": "ey07_ruou_nep_cai_cam_binh_tht",
    "ey08": "ey08_do_go_my_nghe_tung_anh_nhom_ho",
    "ey09": "ey09_gio_me_bac_hong_cty",
    "ey10": "ey10_nuoc_cam_ep_huong_minh_htx",
    "ey11": "ey11_nuoc_che_xanh_so_sai",
    "ey12": "ey12_tinh_dau_sa_so_sai",
}


# --------------------------------------------------------------------------- model
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def r0(x: float) -> float:
    """Money in the five-year tables is printed in whole triệu đồng."""
    return float(round(x + 1e-9))


def model(key: str, planted: bool = True) -> dict:
    """Every number of a full plan, derived from its constants; with `planted`, the numbers as the
    plan prints them (the planted mistakes made where the author made them, everything after them
    derived from what was printed)."""
    c = PLANTED.get(key, {}) if planted else {}
    p = PLANS[key]
    m: dict = {"p": p}
    prods = p["products"]
    m["packs"] = [pr[5] for pr in prods]
    m["out_lines"] = [[r1(pr[5][y] * pr[2]) if pr[2] * pr[5][y] % 1 else pr[5][y] * pr[2] for y in Y5] for pr in prods]
    m["out"] = [sum(pr[5][y] * pr[2] for pr in prods) for y in Y5]
    m["hist_rev"] = [r1(o * pr / 1e6) for o, pr in p["hist"]]
    # capacity per stage
    m["cap_day"] = [p["cap"][0][0] if yr in STAGE1 else p["cap"][1][0] for yr in YEARS]
    m["cap_days"] = [p["cap"][0][1] if yr in STAGE1 else p["cap"][1][1] for yr in YEARS]
    m["cap"] = [m["cap_day"][y] * m["cap_days"][y] for y in Y5]
    m["util"] = [r1(m["out"][y] / m["cap"][y] * 100) for y in Y5]
    # raw materials
    m["need"] = [[r1(m["out"][y] * raw[2]) for y in Y5] for raw in p["raws"]]
    m["supply_lines"] = [s[1] for s in p["supply"]]
    m["supply"] = [sum(s[1][y] for s in p["supply"]) for y in Y5]
    m["balance"] = [r1(m["supply"][y] - m["need"][0][y]) for y in Y5]
    # staff
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in Y5]
    # investment
    inv = p["inv"]
    m["inv_s1"] = [a if yr in STAGE1 else 0 for _, a, _, yr in inv]
    m["inv_s2"] = [0 if yr in STAGE1 else a for _, a, _, yr in inv]
    m["inv1"] = sum(m["inv_s1"])
    m["inv2"] = sum(m["inv_s2"])
    m["inv"] = m["inv1"] + m["inv2"]
    m["inv_year"] = [sum(a for _, a, _, yr in inv if yr == Y) for Y in YEARS]
    m["inv_fixed_year"] = [sum(a for _, a, f, yr in inv if f and yr == Y) for Y in YEARS]
    m["inv_cum"] = [sum(m["inv_year"][: y + 1]) for y in Y5]
    m["src1"] = sum(s[1] for s in p["src"])
    m["src2"] = sum(s[2] for s in p["src"])
    m["src"] = m["src1"] + m["src2"]
    m["src_rows"] = p["src"]  # ey06 (capital-mismatch): its constants are the short sources it prints
    m["src_share"] = [r1((s[1] + s[2]) / m["src"] * 100) for s in m["src_rows"]]
    # depreciation: fixed assets count from the year they are bought
    m["dep"] = [r0(sum(a for _, a, f, yr in inv if f and yr <= Y) / p["life"]) for Y in YEARS]
    m["interest"] = [r0(b * p["rate"]) for b in p["loan"]]
    # revenue
    m["rev_lines"] = [[r0(pr[5][y] * pr[3] / 1e6) for y in Y5] for pr in prods]
    if "rev_line" in c:
        i, y, f = c["rev_line"]
        m["rev_lines"][i][y] = r0(m["rev_lines"][i][y] * f)
    m["rev"] = [r0(sum(l[y] for l in m["rev_lines"])) for y in Y5]
    # cost
    costs = []
    for raw, need in zip(p["raws"], m["need"]):
        costs.append((raw[4] if len(raw) > 4 else f"Nguyên liệu: {raw[0].split(' (')[0].lower()}", [r0(need[y] * raw[3] / 1e6) for y in Y5]))
    if "piece" in p:  # work paid by the piece (base unit) to member households
        costs.append((p["piece"][0], [r0(m["out"][y] * p["piece"][1] / 1e6) for y in Y5]))
    costs.append((p.get("pack_label", "Bao bì, nhãn, tem"),
                  [r0(sum(pr[5][y] * pr[4] for pr in prods) / 1e6) for y in Y5]))
    costs.append(("Tiền công lao động", [r0(m["staff"][y] * p["wage"] * 12) for y in Y5]))
    costs.append(("Điện, nước, nhiên liệu", [r0(m["out"][y] * p["energy"] / 1e6) for y in Y5]))
    costs.append(("Khấu hao tài sản cố định", m["dep"]))
    costs.append(("Lãi vay ngân hàng", m["interest"]))
    costs.append(("Chi phí bán hàng, vận chuyển", [r0(m["rev"][y] * p["sell"]) for y in Y5]))
    costs.append((p.get("tax_label", "Thuế, phí"), [r0(m["rev"][y] * p["tax"]) for y in Y5]))
    costs.append((p.get("other_label", "Chi phí quản lý, chi khác"), [p["other"]] * 5))
    m["costs"] = costs
    m["cost_sum"] = [r0(sum(l[1][y] for l in costs)) for y in Y5]
    m["cost"] = list(m["cost_sum"])
    if "cost_total" in c:
        y, f = c["cost_total"]
        m["cost"][y] = r0(m["cost"][y] * f)
    m["profit_true"] = [r0(m["rev"][y] - m["cost"][y]) for y in Y5]
    m["profit"] = list(m["profit_true"])
    if "profit" in c:
        y, f = c["profit"]
        m["profit"][y] = r0(m["profit"][y] * f)
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in Y5]
    m["cum_profit"] = [r0(sum(m["profit"][: y + 1])) for y in Y5]
    # five-year averages stated in prose
    m["avg_out"] = sum(m["out"]) / 5
    m["avg_rev"] = r1(sum(m["rev"]) / 5)
    m["avg_profit"] = r1(sum(m["profit"]) / 5)
    m["avg_dep"] = r1(sum(m["dep"]) / 5)
    m["avg_staff"] = sum(m["staff"]) / 5
    m["payback_true"] = round(m["inv"] / (m["avg_profit"] + m["avg_dep"]), 1)
    m["payback"] = c.get("payback", m["payback_true"])
    m["growth"] = [m["rev"][0] / m["hist_rev"][2] - 1] + [m["rev"][y] / m["rev"][y - 1] - 1 for y in range(1, 5)]
    m["out_growth"] = [m["out"][0] / p["hist"][2][0] - 1] + [m["out"][y] / m["out"][y - 1] - 1 for y in range(1, 5)]
    return m


# --------------------------------------------------------------------------- reading the plans
_NUM = re.compile(r"^-?[\d.,]+$")
_CAP = re.compile(r"^Bảng (\d+)\. (.*)$")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def tab(self, *caps: str) -> list[list[str]]:
        """Body rows (header and rule left out) of the first table whose caption "Bảng N. …" contains
        one of caps."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            mm = _CAP.match(line.strip())
            if mm and any(cap in mm.group(2) for cap in caps):
                j = i + 1
                while j < len(lines) and not lines[j].startswith("|"):
                    if lines[j].strip() and not lines[j].startswith("ĐVT"):
                        break
                    j += 1
                rows = []
                while j < len(lines) and lines[j].startswith("|"):
                    rows.append([c.strip() for c in lines[j].strip().strip("|").split("|")])
                    j += 1
                if len(rows) > 2:
                    return rows[2:]
        self.failures.append(f"table not found: {caps}")
        return []

    @staticmethod
    def label_at(row: list[str]) -> int:
        """Index of a row's label: its first cell that is not empty and not a number (TT)."""
        for k, c in enumerate(row):
            if c and not _NUM.match(c):
                return k
        return len(row)

    @classmethod
    def nums(cls, row: list[str]) -> list[float]:
        return [vn(c) for c in row[cls.label_at(row) + 1:] if _NUM.match(c)]

    def trow(self, rows: list[list[str]], label: str) -> list[float]:
        for r in rows:
            k = self.label_at(r)
            if k < len(r) and r[k].startswith(label):
                return self.nums(r)
        self.failures.append(f"row not found: {label}")
        return [0.0] * 5

    def eq(self, what: str, got, want, tol: float = 0.01, absol: float = 0.6) -> None:
        """Right: within 1 % (or 0,6 of a unit: whole triệu đồng are rounded)."""
        gl = got if isinstance(got, (list, tuple)) else [got]
        wl = want if isinstance(want, (list, tuple)) else [want]
        if len(gl) != len(wl):
            self.failures.append(f"{what}: {len(gl)} values, expected {len(wl)}")
            return
        for k, (g, w) in enumerate(zip(gl, wl)):
            if not (close(g, w, tol) or abs(g - w) <= absol):
                self.failures.append(f"{what}[{k}]: plan {g}, recomputed {w}")

    def wrong(self, what: str, got: float, true: float) -> None:
        """A planted number: wrong by more than 5 % against the true value."""
        if not off(got, true):
            self.failures.append(f"planted {what}: plan {got} is not > 5 % off the true {true}")

    def fig(self, x: float, d: int = 1) -> str:
        x = round(float(x) + 1e-12, d)
        if abs(x - round(x)) < 1e-9:
            return f"{int(round(x)):,}".replace(",", ".")
        return f"{x:,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")


# --------------------------------------------------------------------------- checks of a full plan
def check_full(key: str) -> Plan:
    pl = Plan(STEMS[key])
    t = model(key, planted=False)
    p = t["p"]
    c = PLANTED.get(key, {})
    fig = pl.fig
    pl.lacks(PLACEHOLDER, "template placeholder")

    # history 2024-2026
    h = pl.tab("2024 – 2026")
    pl.eq("history output", pl.trow(h, "Sản lượng"), [o for o, _ in p["hist"]])
    pl.eq("history price", pl.trow(h, "Giá bán bình quân"), [x for _, x in p["hist"]])
    hist_rev = pl.trow(h, "Doanh thu")
    pl.eq("history revenue = output x price", hist_rev, [o * x / 1e6 for o, x in p["hist"]])

    # production plan: packs and output
    pt = pl.tab("Kế hoạch sản lượng")
    for i, pr in enumerate(p["products"]):
        pl.eq(f"packs of {pr[0]}", pl.nums(pt[i]) if i < len(pt) else [], pr[5])
    out = pl.nums(pt[-1]) if pt else [0.0] * 5
    pl.eq("output = sum of packs x size", out, t["out"])
    pl.check(out[0] <= p["hist"][2][0] * 1.2, f"2027 output {out[0]} more than 20 % over 2026")

    # capacity by stage
    ct = pl.tab("Công suất")
    day, days, cap = (pl.nums(ct[0]) if ct else [0.0] * 5), pl.trow(ct, "Số ngày"), pl.trow(ct, "Công suất năm")
    pl.eq("capacity per day", day, t["cap_day"])
    pl.eq("working days", days, t["cap_days"])
    pl.eq("annual capacity = per day x days", cap, [day[y] * days[y] for y in Y5])
    pl.check(day[2] > day[1], "no capacity step in 2029")
    if c.get("over_capacity"):
        pl.check(not any(r[1].startswith("Sản lượng kế hoạch") for r in ct), "capacity table shows the output")
        pl.wrong("2028 output against stage-1 capacity", t["out"][1], cap[1])
        pl.check(t["out"][1] > cap[1], "2028 output within capacity")
        for y in (0, 2, 3, 4):
            pl.check(t["out"][y] <= cap[y], f"output over capacity in {YEARS[y]}")
    else:
        pl.eq("planned output in the capacity table", pl.trow(ct, "Sản lượng kế hoạch"), t["out"])
        util = pl.trow(ct, "Mức huy động")
        pl.eq("utilisation = output / capacity", util, [t["out"][y] / cap[y] * 100 for y in Y5], absol=0.06)
        for y in Y5:
            pl.check(t["out"][y] <= 0.96 * cap[y], f"output {t['out'][y]} over 96 % of capacity in {YEARS[y]}")

    # raw materials
    rt = pl.tab("nguyên liệu")
    need = pl.nums(rt[0]) if rt else []
    pl.check(bool(rt) and f"(× {p['raws'][0][2]:g})".replace(".", ",") in rt[0][Plan.label_at(rt[0])], "norm in the need label")
    pl.eq("raw need = output x norm", need, [t["out"][y] * p["raws"][0][2] for y in Y5], absol=0.06)
    for k, (lab, q) in enumerate(p["supply"]):
        pl.eq(f"supply {lab}", pl.trow(rt, lab), q, absol=0.06)
    sup = pl.trow(rt, "Tổng nguồn cung")
    pl.eq("supply total", sup, [sum(q[y] for _, q in p["supply"]) for y in Y5], absol=0.06)
    if c.get("shortfall"):
        pl.check(not any("Chênh lệch" in " ".join(r) for r in rt), "balance row present")
        for y in (3, 4):
            pl.wrong(f"raw supply {YEARS[y]} against need", sup[y], need[y])
            pl.check(need[y] > sup[y], f"no shortfall in {YEARS[y]}")
        pl.check(need[2] > sup[2] and need[0] <= sup[0] and need[1] <= sup[1], "shortfall should start in 2029")
    else:
        pl.eq("balance = supply - need", pl.trow(rt, "Chênh lệch"), [sup[y] - need[y] for y in Y5], absol=0.06)
        for y in Y5:
            pl.check(need[y] <= sup[y], f"raw need {need[y]} over supply {sup[y]} in {YEARS[y]}")

    # staff
    st = pl.tab("lao động", "Lao động")
    for lab, hc in p["roles"]:
        pl.eq(f"staff {lab}", pl.trow(st, lab), hc)
    pl.eq("staff total", pl.trow(st, "Tổng số"), t["staff"])

    # investment by stage, sources, disbursement
    it = pl.tab("Vốn đầu tư phân kỳ")
    for i, (lab, a, f, yr) in enumerate(p["inv"]):
        pl.eq(f"investment item {lab}", pl.nums(it[i]) if i < len(it) else [], [a, a])
        pl.check(i < len(it) and f"(năm {yr})" in it[i][Plan.label_at(it[i])], f"year of {lab}")
    tot = pl.trow(it, "Tổng cộng")
    pl.eq("investment totals by stage", tot, [t["inv1"], t["inv2"], t["inv"]])
    sc = pl.tab("nguồn vốn")
    for i, (lab, a1, a2) in enumerate(p["src"]):
        row = pl.nums(sc[i]) if i < len(sc) else []
        pl.eq(f"source {lab}", row[:-1], [x for x in (a1, a2) if x] + [a1 + a2])
        pl.eq(f"share of {lab}", row[-1:], [(a1 + a2) / t["src"] * 100], absol=0.06)
    stot = pl.trow(sc, "Tổng nguồn vốn")
    pl.eq("sources total", stot[:3], [t["src1"], t["src2"], t["src"]])
    if c.get("src_short"):
        pl.wrong("sources total against investment", stot[2], tot[2])
        pl.wrong("stage-2 sources against stage-2 investment", stot[1], tot[1])
        pl.eq("stage-1 sources = stage-1 investment", stot[0], tot[0])
    else:
        pl.eq("sources = investment", stot[:3], tot)
    dt = pl.tab("giải ngân")
    pl.eq("investment by year", pl.trow(dt, "Vốn đầu tư trong năm"), t["inv_year"])
    pl.eq("fixed assets by year", pl.trow(dt, "Trong đó"), t["inv_fixed_year"])
    pl.eq("cumulative investment (lũy kế)", pl.trow(dt, "Lũy kế vốn đầu tư"), t["inv_cum"])

    # revenue
    vt = pl.tab("Doanh thu dự kiến")
    lines = []
    for i, pr in enumerate(p["products"]):
        row = vt[i] if i < len(vt) else ["", ""]
        pl.check(f"({pl.fig(pr[3], 0)} đ/{pr[1]})" in row[Plan.label_at(row)], f"price of {pr[0]} in the revenue label")
        got = pl.nums(row)
        true = [pr[5][y] * pr[3] / 1e6 for y in Y5]
        if c.get("rev_line", (None,))[0] == i:
            y = c["rev_line"][1]
            pl.wrong(f"revenue line {pr[0]} {YEARS[y]} (true {true[y]:.1f})", got[y], true[y])
            pl.eq(f"revenue line {pr[0]} other years", got[:y] + got[y + 1:], true[:y] + true[y + 1:])
        else:
            pl.eq(f"revenue line {pr[0]} = packs x price", got, true)
        lines.append(got)
    rev = pl.trow(vt, "Tổng doanh thu")
    pl.eq("revenue total = sum of lines", rev, [sum(l[y] for l in lines) for y in Y5])

    # cost
    kt = pl.tab("Chi phí")
    want = {lab: v for lab, v in t["costs"]}
    sell = [r0(rev[y] * p["sell"]) for y in Y5]
    taxes = [r0(rev[y] * p["tax"]) for y in Y5]
    cl = []
    for i, (lab, v) in enumerate(t["costs"]):
        got = pl.nums(kt[i]) if i < len(kt) else []
        if lab.startswith("Chi phí bán hàng"):
            v = sell
        elif lab == p.get("tax_label", "Thuế, phí"):
            v = taxes
        pl.eq(f"cost line {lab}", got, v)
        cl.append(got)
    cost = pl.trow(kt, "Tổng chi phí")
    csum = [sum(l[y] for l in cl) for y in Y5]
    if "cost_total" in c:
        y = c["cost_total"][0]
        pl.wrong(f"cost total {YEARS[y]} (lines add up to {csum[y]})", cost[y], csum[y])
        pl.eq("cost total other years", cost[:y] + cost[y + 1:], csum[:y] + csum[y + 1:])
    else:
        pl.eq("cost total = sum of lines", cost, csum)

    # summary
    sm = pl.tab("hiệu quả", "Lợi nhuận và lũy kế", "Kết quả kinh doanh dự kiến")
    pl.eq("summary revenue = revenue table", pl.trow(sm, "Doanh thu"), rev)
    pl.eq("summary cost = cost table", pl.trow(sm, "Tổng chi phí"), cost)
    prof = pl.trow(sm, "Lợi nhuận")
    true_prof = [rev[y] - cost[y] for y in Y5]
    if "profit" in c:
        y = c["profit"][0]
        pl.wrong(f"profit {YEARS[y]} (revenue - cost = {true_prof[y]})", prof[y], true_prof[y])
        pl.eq("profit other years", prof[:y] + prof[y + 1:], true_prof[:y] + true_prof[y + 1:])
    else:
        pl.eq("profit = revenue - cost", prof, true_prof)
    pl.eq("margin", pl.trow(sm, "Tỷ suất"), [prof[y] / rev[y] * 100 for y in Y5], absol=0.06)
    dep = pl.trow(sm, "Khấu hao")
    pl.eq("depreciation (assets from their year)", dep, t["dep"])
    pl.eq("cumulative profit (lũy kế)", pl.trow(sm, "Lũy kế lợi nhuận"), [sum(prof[: y + 1]) for y in Y5])
    for y in Y5:
        m_true = (t["rev"][y] - model(key, planted=False)["cost_sum"][y]) / t["rev"][y]
        pl.check(0 < m_true < 0.40, f"true margin {m_true:.2f} in {YEARS[y]}")

    # growth
    g = [rev[0] / hist_rev[2] - 1] + [rev[y] / rev[y - 1] - 1 for y in range(1, 5)]
    if c.get("growth"):
        pl.check(t["out"][2] / t["out"][1] > 2.0, "the 2029 jump is not a doubling")
        pl.check(t["staff"][4] == t["staff"][0], "staff should stay flat")
    else:
        for y in Y5:
            pl.check(g[y] < 0.31, f"revenue growth {g[y]:.2f} in {YEARS[y]}")

    # five-year averages and payback, as written in the prose
    avg_rev, avg_prof, avg_dep = sum(rev) / 5, sum(prof) / 5, sum(dep) / 5
    pl.has(f"{fig(sum(t['out']) / 5)} {p['unit'] if p['unit'] != 'sản phẩm' else 'sản phẩm'}",
           f"{fig(round(avg_rev, 1))} triệu đồng", f"{fig(round(avg_prof, 1))} triệu", f"{fig(tot[2])} triệu đồng")
    mm = (re.search(r"hoàn vốn.{0,200}?≈ ([\d,]+) năm", pl.body)
          or re.search(r"hoàn vốn.{0,80}?([\d,]+) năm", pl.body))
    pay = vn(mm.group(1)) if mm else 0.0
    true_pay = tot[2] / max(avg_prof + avg_dep, 1e-9)
    if "payback" in c:
        pl.wrong(f"payback (true {true_pay:.2f})", pay, true_pay)
    else:
        pl.check(abs(pay - true_pay) <= 0.051, f"payback {pay} vs {true_pay:.2f}")
    # stage-2 profit reinvested comes out of the cumulative profit of stage 1
    for lab, a1, a2 in p["src"]:
        if "ợi nhuận" in lab or "Quỹ đầu tư" in lab:
            pl.check(a2 <= sum(prof[:2]), f"reinvested {a2} over the 2027-2028 profit {sum(prof[:2])}")
    return pl


def common_ready(pl: Plan) -> None:
    pl.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất",
           "môi trường")
    pl.check(bool(re.search(r"TCCS|tiêu chuẩn cơ sở", pl.body)), "no product standard")
    pl.check(bool(re.search(r"[Pp]hiếu kết quả thử nghiệm", pl.body)), "no test report")
    pl.lacks(REPLACED, "replaced or lapsed instrument / district level")
    for d in re.findall(r"Đến (\d\d?/\d\d?/(\d{4}))", pl.body):
        pl.check(int(d[1]) >= 2029, f"paper valid only to {d[0]}")


def summary(key: str) -> str:
    m = model(key)
    t = model(key, planted=False)
    lines = [f"{key}: out {m['out']} cap {m['cap']} util {m['util']}",
             f"  need {m['need'][0]} supply {m['supply']} bal {m['balance']}",
             f"  rev {m['rev']} hist {m['hist_rev']}",
             f"  cost {m['cost']} profit {m['profit']} margin {m['margin']}",
             f"  growth {[round(g * 100, 1) for g in m['growth']]} outg {[round(g * 100, 1) for g in m['out_growth']]}",
             f"  inv {m['inv1']}+{m['inv2']}={m['inv']} src {m['src1']}+{m['src2']} dep {m['dep']} cum {m['cum_profit']}",
             f"  avg rev {m['avg_rev']} profit {m['avg_profit']} dep {m['avg_dep']} payback {m['payback']} true {t['payback_true']}",
             f"  staff {m['staff']} out/worker {[round(m['out'][y] / m['staff'][y]) for y in Y5]}"]
    return "\n".join(lines)


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "--summary":
    for k in (sys.argv[2:] or PLANS):
        print(summary(k))
    sys.exit(0)


def main() -> int:
    plans = []
    for key, stem in STEMS.items():
        if not (HERE / "src" / f"{stem}.md").exists():
            continue
        if key in PLANS:
            pl = check_full(key)
            if key in READY:
                common_ready(pl)
            CHECKS.get(key, lambda pl: None)(pl)
        else:
            pl = Plan(stem)
            CHECKS[key](pl)
        plans.append(pl)
    return plancheck.report(plans)


def ey03(pl: Plan) -> None:  # trademark filed and accepted, certificate expected: a plan to obtain one
    pl.has("4-2025-31742", "Dự kiến cấp văn bằng quý III/2027")


def ey04(pl: Plan) -> None:  # a handicraft: says why no food-safety paper applies
    pl.has("không phải thực phẩm nên không thuộc diện cấp giấy chứng nhận an toàn thực phẩm")


def ey05(pl: Plan) -> None:
    pl.lacks(r"môi trường|nước thải|chất thải|xử lý|ô nhiễm|khử mùi|bể lắng|\brác\b|BVMT", "environment measure")
    pl.has("Khu chế biến của hợp tác xã rộng 300 m²", "Toàn bộ khu chế biến rộng 180 m²", "6.2. Hiệu quả xã hội")
    pl.has("148/QĐ-TTg", "1489/QĐ-TTg", "an toàn thực phẩm", "TCCS", "nhãn hiệu", "truy xuất")
    pl.lacks(REPLACED, "replaced instrument")


def ey06(pl: Plan) -> None:
    pl.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|thử nghiệm|chỉ tiêu (chất lượng|vi sinh|cảm quan|lý hóa)",
             "product standard or test")
    pl.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Kỳ Anh",
           "UBND huyện Kỳ Anh", "Nguồn vốn bảo đảm đủ cho cả hai giai đoạn")
    pl.lacks(r"148/QĐ-TTg|1489", "current OCOP decision")
    pl.has("an toàn thực phẩm", "nhãn hiệu", "43/2017/NĐ-CP", "tem QR")


def ey07(pl: Plan) -> None:
    pl.lacks(r"giấy phép|cấp phép|105/2017|17/2020|mục đích kinh doanh", "alcohol licence")
    pl.has("Hai nồi chưng cất của giai đoạn 1 đáp ứng kế hoạch sản xuất đến hết năm 2028", "44/2019/QH14", "độ cồn",
           "an toàn thực phẩm", "TCCS", "nhãn hiệu", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    pl.lacks(REPLACED, "replaced instrument")


def ey08(pl: Plan) -> None:
    pl.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|hợp tác xã|tổ hợp tác|doanh nghiệp|Giấy chứng nhận đăng ký",
             "business registration")
    pl.lacks(r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|bảo hộ", "trademark")
    pl.has("thu tiền qua tài khoản cá nhân", "TCCS", "phiếu kết quả thử nghiệm", "43/2017/NĐ-CP", "đăng ký môi trường",
           "148/QĐ-TTg", "1489/QĐ-TTg")
    pl.lacks(REPLACED, "replaced instrument")


def ey09(pl: Plan) -> None:
    pl.lacks(r"nhãn(?! hiệu)|\btem\b|43/2017|111/2021|mã vạch|\bQR\b", "label")
    pl.has("Công ty giữ nguyên 7 lao động", "8 cửa hàng", "thị trường giò chả ở các đô thị còn rất lớn",
           "an toàn thực phẩm", "TCCS", "nhãn hiệu", "truy xuất", "148/QĐ-TTg", "1489/QĐ-TTg")
    pl.lacks(REPLACED, "replaced instrument")


def ey10(pl: Plan) -> None:
    pl.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|cam kết", "food safety")
    pl.lacks(r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\btem\b|kiểm soát|lưu mẫu|HACCP|\bISO\b", "quality control")
    pl.has("bảo đảm đủ nguyên liệu cho cả giai đoạn 2027 – 2031", "TCCS", "Phiếu kết quả thử nghiệm",
           "tự công bố", "nhãn hiệu", "43/2017/NĐ-CP", "đăng ký môi trường", "148/QĐ-TTg", "1489/QĐ-TTg")
    pl.lacks(REPLACED, "replaced instrument")


def sketchy(pl: Plan, figures: tuple[str, ...]) -> None:
    words = len(pl.body.split())
    pl.check(150 <= words <= 320, f"sketchy plan has {words} words")
    pl.check(not pl.rows, "sketchy plan has a table")
    pl.has(*figures)
    pl.lacks(r"an toàn thực phẩm|TCCS|tiêu chuẩn|nhãn hiệu|giấy chứng nhận|mã số thuế|môi trường|truy xuất", "a paper")
    pl.lacks(PLACEHOLDER, "template placeholder")


CHECKS: dict = {
    "ey03": ey03, "ey04": ey04, "ey05": ey05, "ey06": ey06, "ey07": ey07, "ey08": ey08, "ey09": ey09, "ey10": ey10,
    "ey11": lambda pl: sketchy(pl, ("10.000 đồng/chai", "150 chai", "300 chai", "60 triệu đồng", "giai đoạn 2027 – 2031")),
    "ey12": lambda pl: sketchy(pl, ("2 ha", "350.000 đồng/lít", "120 lít", "300 lít", "80 triệu đồng", "Giai đoạn 2027 – 2031")),
}

if __name__ == "__main__":
    sys.exit(main())
