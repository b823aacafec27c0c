"""The 268th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout268/arithmetic.py [KEY ...]

Theme: plans carried forward from an earlier period. Each full plan (ji01-ji10) reuses the
producer's plan for 2023-2025 or 2024-2026 and updates it for 2027-2029. The constants give, per
plan, what the earlier plan aimed at for its last year and the history of the three years before
the new period (output, average price, margin), the products with their old (2026) and new
(2027-2029) prices and packs, the raw materials (norm per base unit, price, supply rows as count x
yield), the equipment rating (per day x working days), staff by role for 2026-2029 with the monthly
wage of each year, the unit costs (packaging per pack, energy per base unit), the shares of revenue
(selling, tax and fees), the fixed "other" line, the investment items with what was invested under
the earlier plan beside what is new, the capital sources, the loan balance and rate.

`model()` turns them into every figure the plan prints (the throw-away generator that wrote the
plans used it too): the earlier plan's target against what was reached and the ratio, the history
(revenue = output x price, profit = revenue x margin), packs, output and capacity use, raw-material
supply and need, staff, wage fund, revenue lines (packs x price), cost lines, investment and
sources, profit = revenue - cost, margin, and payback = new investment / (average profit +
depreciation). It is run twice: once as the plan should read (`true`) and once as it does read
(`printed`, with the planted defects and the figures that follow from them). Every table of the
plan's source is read back (found by its caption) and compared with `printed` within 1 % (or 0,11
of a million); every cell where `printed` differs from `true` must be a planted defect (off by more
than 5 %) or a knock-on named in KNOCK_ON. Textual defects are asserted through the presence or
absence of their words; ready plans must cite no replaced instrument and no district level.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
# instruments replaced before the plans' dates, and the abolished district level
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# old: (first, last) year of the earlier plan; target: what it aimed at for its last year
# hist: outputs and average prices (đ per base unit) of 2024 and 2025 (2026 follows from the
#   products' 2026 packs and prices), margins 2024-2026
# products: (label, pack word, size in base units, 2026 price, [prices 2027-2029], 2026 packs,
#   [packs 2027-2029], packaging đ per pack)
# raws: (label, unit, norm per base unit, price đ per unit, [(supply label, [count 2027-2029], yield)])
# cap: (rating per day, working days)
# roles: (role, [staff 2026-2029]); wage: monthly wage 2026-2029 (triệu đồng)
# energy: đ per base unit; sell, tax: shares of revenue; other: triệu đồng a year
# inv: (label, invested under the earlier plan, new 2027-2029, fixed asset?) in triệu đồng
# src: (label, triệu đồng); life: years of depreciation; loan: balance 2027-2029; rate
PLANS: dict[str, dict] = {
    "ji01": dict(
        unit="kg", old=(2024, 2026), date=date(2026, 11, 16),
        target=dict(out=20000, rev=2600, profit=420, staff=12, star="3 sao"),
        star=("3 sao (2025)", "Đạt", "4 sao"),
        hist=dict(out=[14200, 16000], price=[124000, 128500], margin=[0.13, 0.14, 0.145]),
        products=[("Bánh ram tôm thịt, hộp 10 chiếc 400 g", "hộp", 0.4, 58000, [62000, 64000, 66000],
                   26000, [30000, 34000, 38000], 5500),
                  ("Bánh ram chay đậu xanh, hộp 10 chiếc 350 g", "hộp", 0.35, 42000, [45000, 46000, 48000],
                   10000, [12000, 14000, 16000], 5000),
                  ("Bánh ram sơ chế cho nhà hàng, túi 1 kg", "túi", 1.0, 110000, [118000, 122000, 126000],
                   4000, [5000, 6000, 7000], 3000)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 0.45, 30000,
               [("Hộ trồng nếp thôn Phúc Sơn", [25, 25, 28], 400, "hộ"),
                ("HTX Nông nghiệp Thiên Lộc (hợp đồng)", [1, 1, 1], 6000, "")]),
              ("Nhân bánh (tôm, thịt lợn, đậu xanh)", "kg", 0.22, 135000,
               [("Cơ sở giết mổ Hồng Lộc (hợp đồng)", [1, 1, 1], 3000, ""),
                ("Cơ sở tôm, đậu xanh Lộc Hà (hợp đồng)", [1, 1, 1], 3500, "")])],
        cap=(120, 290),
        equip=[("Máy cán vỏ bánh", 2, "60 kg/giờ", "PA cũ, 2024"),
               ("Máy cuốn, định hình bánh", 1, "120 kg/ngày", "PA cũ, 2024"),
               ("Máy chiên tách dầu tự động", 1, "25 kg/mẻ", "Mới, 2027"),
               ("Kho lạnh âm 18 °C", 1, "30 m³", "Mới, 2027"),
               ("Máy đóng gói hút chân không", 2, "8 gói/phút", "1 cũ, 1 mới")],
        roles=[("Quản lý, kế toán", [2, 2, 2, 2]), ("Cán, cuốn, chiên bánh", [5, 6, 7, 8]),
               ("Đóng gói, kho lạnh", [2, 2, 3, 3]), ("Bán hàng, giao hàng", [1, 1, 1, 2])],
        wage=[5.8, 6.2, 6.5, 6.8],
        energy=3000, sell=0.06, tax=0.015, other=80,
        inv=[("Nhà xưởng chế biến 180 m²", 650, 0, True), ("Dây chuyền cán, cuốn bánh", 220, 0, True),
             ("Máy chiên tách dầu tự động", 0, 180, True), ("Kho lạnh âm 18 °C, 30 m³", 0, 240, True),
             ("Máy đóng gói hút chân không", 60, 90, True), ("Mở rộng phòng đóng gói 40 m²", 0, 150, True),
             ("Bao bì mới, mã QR, kiểm nghiệm", 30, 40, False), ("Vốn lưu động", 200, 300, False)],
        src=[("Vốn chủ sở hữu", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08),
    "ji02": dict(
        unit="kg", old=(2023, 2025), date=date(2026, 9, 22),
        target=dict(out=3800, rev=2000, profit=300, staff=10, star="3 sao"), old_staff=9,
        star=("3 sao (2024)", "Đạt", "4 sao"),
        hist=dict(out=[2900, 3300], price=[500000, 515000], margin=[0.14, 0.15, 0.16]),
        products=[("Trà cà gai leo túi lọc, hộp 20 túi × 2,5 g", "hộp", 0.05, 55000, [58000, 60000, 62000],
                   24000, [28000, 32000, 36000], 14000),
                  ("Cà gai leo khô cắt đoạn, túi 250 g", "túi", 0.25, 65000, [68000, 70000, 72000],
                   6000, [7000, 8000, 9000], 4000),
                  ("Cà gai leo khô, bao 1 kg cho cửa hàng đặc sản", "bao", 1.0, 220000, [230000, 236000, 242000],
                   900, [1000, 1100, 1200], 3000)],
        raws=[("Cà gai leo tươi (thân, lá)", "kg", 4.0, 12000,
               [("Vườn cà gai leo của hợp tác xã", [2, 2, 2], 6000, "ha"),
                ("Hộ thành viên thôn Tân Phú", [12, 12, 14], 600, "hộ"),
                ("Hộ liên kết thôn Quyết Tiến (hợp đồng)", [8, 8, 10], 600, "hộ")])],
        cap=(25, 260),
        equip=[("Máy sấy bơm nhiệt", 1, "25 kg khô/ngày", "PA cũ, 2023"),
               ("Máy cắt đoạn dược liệu", 1, "150 kg tươi/giờ", "PA cũ, 2023"),
               ("Máy nghiền mịn", 1, "20 kg/giờ", "PA cũ, 2024"),
               ("Máy đóng túi lọc tự động", 1, "40 túi/phút", "Mới, 2027"),
               ("Máy hàn miệng túi", 2, "—", "PA cũ, 2023")],
        roles=[("Ban quản trị, kế toán", [3, 3, 3, 3]), ("Trồng, thu hái, sơ chế", [3, 3, 4, 5]),
               ("Sấy, đóng túi lọc", [2, 2, 3, 3]), ("Bán hàng", [1, 1, 1, 1])],
        wage=[5.0, 5.3, 5.6, 5.9],
        energy=25000, sell=0.09, tax=0.015, other=150,
        inv=[("Nhà sơ chế, sấy 120 m²", 420, 0, True), ("Máy sấy bơm nhiệt", 280, 0, True),
             ("Máy đóng túi lọc tự động", 0, 350, True), ("Kho thành phẩm 40 m²", 0, 120, True),
             ("Hệ thống tưới vùng trồng", 80, 60, True), ("Kiểm nghiệm, công bố, mã QR", 25, 30, False),
             ("Vốn lưu động", 150, 200, False)],
        src=[("Vốn góp của thành viên", 360), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.08),
    "ji03": dict(
        unit="kg", old=(2024, 2026), date=date(2026, 12, 8),
        target=dict(out=3500, rev=1050, profit=170, staff=4, star="3 sao"),
        star=("3 sao (2025)", "Đạt", "3 sao, đánh giá lại 2028"),
        hist=dict(out=[2400, 2750], price=[285000, 292000], margin=[0.15, 0.16, 0.165]),
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 170000, [180000, 185000, 190000],
                   3000, [3400, 3800, 4200], 9000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1.0, 240000, [250000, 255000, 260000],
                   1200, [1400, 1500, 1600], 12000),
                  ("Mật ong hoa keo, chai 250 g", "chai", 0.25, 75000, [80000, 82000, 84000],
                   1600, [2000, 2400, 2800], 5000)],
        raws=[("Mật ong thô", "kg", 1.06, 120000,
               [("Đàn ong của hộ", [180, 190, 200], 14, "đàn"),
                ("Hộ nuôi ong thôn Khe Tre (hợp đồng)", [15, 17, 19], 120, "hộ")])],
        cap=(60, 150),
        equip=[("Máy hạ thủy phần mật ong", 1, "30 kg/mẻ, 2 mẻ/ngày", "PA cũ, 2024"),
               ("Máy quay mật inox", 3, "4 cầu", "2 cũ, 1 mới"),
               ("Thùng lọc, bồn lắng inox", 4, "200 lít", "PA cũ, 2024"),
               ("Máy chiết rót bán tự động", 1, "400 chai/giờ", "Mới, 2027")],
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2, 3]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 2, 2])],
        wage=[5.0, 5.3, 5.5, 5.8],
        energy=2000, sell=0.05, tax=0.015, other=30,
        inv=[("Máy hạ thủy phần mật ong", 150, 0, True), ("Máy quay mật, thùng lọc inox", 60, 30, True),
             ("Thùng ong và đàn giống bổ sung", 40, 50, True), ("Phòng lọc, đóng chai 30 m²", 0, 140, True),
             ("Máy chiết rót bán tự động", 0, 60, True),
             ("Chai, hũ, nhãn, kiểm nghiệm", 20, 30, False), ("Vốn lưu động", 100, 150, False)],
        src=[("Vốn tự có của hộ", 260), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 200)],
        life=8, loan=[200, 150, 100], rate=0.08),
    "ji04": dict(
        unit="lượt khách", old=(2024, 2026), date=date(2027, 2, 22),
        target=dict(out=7500, rev=2100, profit=330, staff=11, star="3 sao"),
        star=("3 sao (2025)", "Đạt", "4 sao"),
        hist=dict(out=[5200, 6100], price=[255000, 270000], margin=[0.12, 0.135, 0.145]),
        products=[("Trải nghiệm nửa ngày (làm đồng, câu cá)", "lượt", 1, 150000, [160000, 165000, 170000],
                   4000, [4600, 5200, 5800], 25000),
                  ("Trải nghiệm 1 ngày kèm bữa trưa", "lượt", 1, 350000, [370000, 380000, 390000],
                   2500, [3000, 3500, 4000], 40000),
                  ("Lưu trú nhà dân 2 ngày 1 đêm", "lượt", 1, 900000, [950000, 980000, 1000000],
                   600, [800, 1000, 1200], 90000)],
        raws=[("Thực phẩm cho bữa ăn của khách", "kg", 0.45, 90000,
               [("Hộ cung cấp rau, gà, cá thôn Đồng Vàng", [6, 7, 8], 600, "hộ"),
                ("Trang trại của công ty", [1, 1, 1], 1500, "")])],
        cap=(80, 200),
        equip=[("Nhà đón khách, nhà ăn", 1, "120 chỗ ngồi", "PA cũ, 2024"),
               ("Phòng lưu trú nhà dân", 10, "2–4 khách/phòng", "6 cũ, 4 mới"),
               ("Xe điện đưa đón", 2, "8 chỗ", "Mới, 2027"),
               ("Ao câu, chòi nghỉ", 4, "—", "PA cũ, 2025"),
               ("Xe đạp cho khách", 20, "—", "PA cũ, 2024")],
        roles=[("Quản lý, kế toán", [2, 2, 2, 2]), ("Hướng dẫn viên, điều phối", [3, 4, 4, 5]),
               ("Bếp, phục vụ buồng", [4, 4, 5, 5]), ("Bảo vệ, vệ sinh", [1, 1, 1, 1])],
        wage=[5.5, 5.8, 6.1, 6.4],
        energy=15000, sell=0.08, tax=0.02, other=90,
        inv=[("Nhà đón khách, nhà ăn 200 m²", 900, 0, True), ("Phòng lưu trú nhà dân", 600, 450, True),
             ("Đường dạo, chòi nghỉ, ao câu", 300, 200, True), ("Xe điện đưa đón 8 chỗ", 0, 280, True),
             ("Nhà vệ sinh, bể tự hoại, điểm thu gom rác", 120, 80, True),
             ("Biển chỉ dẫn, trang web, tờ gấp", 30, 40, False), ("Vốn lưu động", 150, 200, False)],
        src=[("Vốn góp của cổ đông", 650), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=12, loan=[600, 480, 360], rate=0.08),
    "ji05": dict(
        unit="lít", old=(2023, 2025), date=date(2026, 8, 20),
        target=dict(out=24000, rev=2800, profit=380, staff=11, star="3 sao"), old_staff=10,
        star=("3 sao (2024)", "Đạt", "4 sao"),
        hist=dict(out=[18500, 21000], price=[115000, 119000], margin=[0.12, 0.13, 0.135]),
        products=[("Rượu nếp than 29 độ, chai 500 ml", "chai", 0.5, 70000, [75000, 78000, 80000],
                   20000, [24000, 28000, 34000], 9000),
                  ("Rượu nếp than 29 độ, bình sứ 1 lít", "bình", 1.0, 180000, [190000, 195000, 200000],
                   3000, [3500, 4000, 4400], 35000),
                  ("Rượu nếp than 35 độ, can 5 lít", "can", 5, 450000, [480000, 490000, 500000],
                   2000, [2000, 2200, 2400], 15000)],
        raws=[("Gạo nếp than", "kg", 1.25, 35000,
               [("Ruộng nếp than của thành viên", [40, 42, 44], 500, "hộ"),
                ("Hộ trồng nếp thôn Đông Lễ (hợp đồng)", [32, 38, 46], 500, "hộ")])],
        cap=(120, 250),
        equip=[("Nồi chưng cất inox cách thủy", 2, "60 lít/ngày", "PA cũ, 2023"),
               ("Chum, bình ủ rượu", 60, "50 lít", "PA cũ, 2023"),
               ("Máy lọc, khử andehit", 1, "100 lít/giờ", "Mới, 2027"),
               ("Máy chiết rót, đóng nút", 1, "300 chai/giờ", "Mới, 2027")],
        roles=[("Ban quản trị, kế toán", [3, 3, 3, 3]), ("Nấu, ủ, chưng cất", [4, 4, 4, 4]),
               ("Lọc, hạ thổ, chiết chai", [2, 2, 2, 2]), ("Bán hàng", [1, 1, 1, 1])],
        wage=[5.5, 5.8, 6.1, 6.4],
        energy=4000, sell=0.08, tax=0.02, other=120,
        inv=[("Nhà nấu rượu 150 m²", 500, 0, True), ("Hai nồi chưng cất inox", 260, 0, True),
             ("Máy lọc, khử andehit", 0, 240, True), ("Kho hạ thổ 50 m²", 0, 180, True),
             ("Chum, bình ủ rượu", 80, 60, True), ("Máy chiết rót, đóng nút", 0, 150, True),
             ("Hầm biogas, bể chứa bỗng rượu", 90, 0, True),
             ("Bao bì, tem, kiểm nghiệm", 30, 40, False), ("Vốn lưu động", 200, 250, False)],
        src=[("Vốn góp của thành viên", 420), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08),
    "ji06": dict(
        unit="kg", old=(2024, 2026), date=date(2026, 10, 12),
        target=dict(out=11000, rev=1800, profit=300, staff=9, star="3 sao"),
        star=("3 sao (2025)", "Đạt", "4 sao"),
        hist=dict(out=[7600, 8900], price=[170000, 176000], margin=[0.15, 0.16, 0.17]),
        products=[("Bột sắn dây nguyên chất, hộp 500 g", "hộp", 0.5, 95000, [100000, 104000, 108000],
                   9000, [11000, 12000, 15000], 6000),
                  ("Bột sắn dây, túi 1 kg", "túi", 1.0, 170000, [180000, 186000, 192000],
                   5000, [6000, 6500, 7000], 3000),
                  ("Bột sắn dây ướp hoa bưởi, hũ 300 g", "hũ", 0.3, 75000, [80000, 82000, 85000],
                   2000, [2500, 3000, 3500], 7000)],
        raws=[("Củ sắn dây tươi", "kg", 7.0, 7000,
               [("Ruộng sắn dây của tổ viên", [15, 15, 15], 4000, "hộ"),
                ("Hộ liên kết thôn Trung Sơn (hợp đồng)", [12, 12, 12], 3000, "hộ")])],
        cap=(65, 280),
        equip=[("Máy rửa củ dạng lồng quay", 1, "1 tấn củ/giờ", "PA cũ, 2024"),
               ("Máy mài, nghiền củ", 2, "500 kg củ/giờ", "1 cũ, 1 mới"),
               ("Thùng lắng tinh bột inox", 6, "2 m³", "4 cũ, 2 mới"),
               ("Máy sấy bơm nhiệt", 1, "65 kg bột/ngày", "Mới, 2027"),
               ("Máy đóng gói định lượng", 1, "15 gói/phút", "Mới, 2027")],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2, 2]), ("Rửa, mài, lọc, lắng", [4, 5, 5, 6]),
               ("Phơi sấy, đóng gói", [2, 2, 3, 3]), ("Bán hàng", [1, 1, 1, 1])],
        wage=[5.2, 5.5, 5.8, 6.1],
        energy=6000, sell=0.06, tax=0.015, other=80,
        inv=[("Nhà xưởng sơ chế 150 m²", 380, 0, True), ("Máy rửa, máy mài củ", 150, 160, True),
             ("Thùng lắng inox, máy lọc", 90, 140, True), ("Máy sấy bơm nhiệt", 0, 420, True),
             ("Máy đóng gói định lượng", 0, 120, True), ("Sân phơi có mái che 200 m²", 0, 260, True),
             ("Bao bì, mã QR, kiểm nghiệm", 20, 40, False), ("Vốn lưu động", 150, 260, False)],
        src=[("Vốn góp của tổ viên", 600), ("Vay Quỹ Hỗ trợ nông dân tỉnh", 300),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn (tổ viên đứng vay)", 500)],
        life=10, loan=[800, 650, 500], rate=0.075),
    "ji07": dict(
        unit="lít", old=(2024, 2026), date=date(2027, 1, 18),
        target=dict(out=32000, rev=2800, profit=400, staff=14, star="3 sao"),
        star=("3 sao (2025)", "Đạt", "4 sao"),
        hist=dict(out=[21000, 24500], price=[80000, 82500], margin=[0.11, 0.125, 0.13]),
        products=[("Nước cốt chanh leo, chai 500 ml", "chai", 0.5, 48000, [52000, 54000, 56000],
                   30000, [36000, 40000, 44000], 6500),
                  ("Siro chanh leo, chai 750 ml", "chai", 0.75, 65000, [70000, 72000, 74000],
                   10000, [12000, 14000, 16000], 8000),
                  ("Nước cốt chanh leo, can 5 lít", "can", 5, 260000, [280000, 290000, 300000],
                   1200, [1500, 1800, 2000], 20000)],
        raws=[("Quả chanh leo tím", "kg", 2.6, 8000,
               [("Vườn chanh leo của công ty", [2, 2, 2], 25000, "ha"),
                ("Hộ liên kết thôn Điền Phong", [4, 4, 4], 25000, "ha")]),
              ("Đường kính trắng", "kg", 0.15, 22000,
               [("Đại lý đường Hương Thủy (hợp đồng)", [1, 1, 1], 8000, "")])],
        cap=(220, 250),
        equip=[("Máy tách vỏ, lấy ruột quả", 1, "500 kg/giờ", "PA cũ, 2024"),
               ("Máy ép, lọc dịch quả", 1, "300 lít/giờ", "PA cũ, 2024"),
               ("Nồi thanh trùng, máy chiết rót", 2, "220 lít/ngày", "1 cũ, 1 mới"),
               ("Nồi cô đặc siro", 1, "100 lít/mẻ", "Mới, 2027"),
               ("Kho lạnh bảo quản quả", 1, "40 m³", "Mới, 2027")],
        roles=[("Giám đốc, kế toán", [2, 2, 2, 2]), ("Sơ chế, ép, thanh trùng", [4, 5, 5, 6]),
               ("Chiết rót, đóng thùng", [2, 2, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2, 2])],
        wage=[6.0, 6.3, 6.6, 6.9],
        energy=3000, sell=0.06, tax=0.015, other=70,
        inv=[("Nhà xưởng chế biến 200 m²", 800, 0, True), ("Máy tách vỏ, máy ép", 260, 0, True),
             ("Nồi thanh trùng, máy chiết rót", 300, 200, True), ("Kho lạnh bảo quản quả 40 m³", 0, 280, True),
             ("Nồi cô đặc siro", 0, 240, True), ("Bao bì, kiểm nghiệm", 30, 40, False),
             ("Vốn lưu động", 250, 340, False)],
        src=[("Vốn chủ sở hữu", 500), ("Vay Ngân hàng TMCP Công Thương Việt Nam", 600)],
        life=10, loan=[600, 480, 360], rate=0.08),
    "ji08": dict(
        unit="kg", old=(2023, 2025), date=date(2027, 3, 10),
        target=dict(out=950, rev=900, profit=150, staff=5, star="3 sao"), old_staff=4,
        star=("3 sao (2024)", "Đạt", "4 sao"),
        hist=dict(out=[720, 840], price=[900000, 940000], margin=[0.13, 0.14, 0.15]),
        products=[("Nấm linh chi đỏ thái lát, túi 200 g", "túi", 0.2, 180000, [190000, 195000, 200000],
                   2500, [3000, 3400, 3800], 9000),
                  ("Nấm linh chi nguyên tai, hộp 500 g", "hộp", 0.5, 420000, [440000, 450000, 460000],
                   500, [600, 700, 800], 30000),
                  ("Trà linh chi túi lọc, hộp 20 túi × 3 g", "hộp", 0.06, 85000, [90000, 92000, 95000],
                   3000, [4000, 5000, 6000], 16000)],
        raws=[("Bịch phôi nấm linh chi", "bịch", 20, 14000,
               [("Nhà trồng nấm của hộ", [3, 3, 4], 7000, "nhà"),
                ("Hộ liên kết thôn Khe Giao (hợp đồng)", [2, 3, 3], 5000, "hộ")])],
        cap=(8, 250),
        equip=[("Nhà trồng nấm khung thép", 4, "7.000 bịch/nhà", "3 cũ, 1 mới"),
               ("Máy sấy nấm", 1, "8 kg khô/ngày", "PA cũ, 2023"),
               ("Máy thái lát nấm", 1, "30 kg/giờ", "Mới, 2027"),
               ("Máy đóng túi lọc", 1, "30 túi/phút", "Mới, 2027")],
        roles=[("Chủ hộ, quản lý", [1, 1, 1, 1]), ("Chăm sóc, thu hái nấm", [2, 2, 3, 3]),
               ("Sấy, đóng gói, bán hàng", [1, 2, 2, 2])],
        wage=[5.0, 5.3, 5.6, 5.9],
        energy=8000, sell=0.06, tax=0.015, other=40,
        inv=[("Nhà trồng nấm khung thép", 180, 120, True), ("Máy sấy nấm 8 kg/ngày", 90, 0, True),
             ("Máy thái lát, máy đóng túi lọc", 0, 150, True), ("Phòng đóng gói 25 m²", 0, 90, True),
             ("Bao bì, mã QR, in nhãn", 15, 25, False), ("Vốn lưu động", 80, 115, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 200)],
        life=8, loan=[200, 150, 100], rate=0.08),
    "ji09": dict(
        unit="chiếc", old=(2024, 2026), date=date(2026, 7, 24),
        target=dict(out=6500, rev=1900, profit=260, staff=13, star="3 sao"),
        star=("3 sao (2025)", "Đạt", "4 sao"),
        hist=dict(out=[4800, 5400], price=[285000, 292000], margin=[0.11, 0.12, 0.125]),
        products=[("Khay gỗ khảm tre 30 × 40 cm", "chiếc", 1, 320000, [330000, 340000, 350000],
                   2400, [2800, 3200, 3600], 15000),
                  ("Hộp gỗ quà tặng khắc hoa văn", "chiếc", 1, 250000, [260000, 268000, 275000],
                   3000, [3600, 4200, 4800], 12000),
                  ("Bình, lọ gỗ tiện trang trí", "chiếc", 1, 480000, [500000, 515000, 530000],
                   600, [700, 800, 900], 20000)],
        raws=[("Gỗ keo, gỗ xoan xẻ sấy", "m³", 0.006, 6500000,
               [("Xưởng xẻ gỗ Hòa Lạc (hợp đồng)", [1, 1, 1], 40, ""),
                ("Hộ trồng keo thôn Yên Hồ", [8, 8, 10], 3, "hộ")]),
              ("Sơn PU gốc nước, dầu lau gỗ", "lít", 0.05, 180000,
               [("Đại lý sơn Thành Sen (hợp đồng)", [1, 1, 1], 600, "")])],
        cap=(40, 280),
        equip=[("Máy tiện gỗ", 3, "12 chiếc/ngày", "2 cũ, 1 mới"),
               ("Máy cưa bàn, máy bào", 2, "—", "PA cũ, 2024"),
               ("Máy chà nhám băng", 2, "—", "1 cũ, 1 mới"),
               ("Buồng phun sơn màng nước", 1, "40 chiếc/ngày", "Mới, 2026"),
               ("Lò sấy gỗ", 1, "6 m³/mẻ", "Mới, 2027")],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2, 2]), ("Xẻ, tiện, đục, khảm", [6, 7, 8, 9]),
               ("Chà nhám, sơn, hoàn thiện", [3, 3, 3, 4]), ("Đóng gói, bán hàng", [1, 1, 2, 2])],
        wage=[6.0, 6.3, 6.6, 6.9],
        energy=5000, sell=0.06, tax=0.015, other=50,
        inv=[("Nhà xưởng 200 m² có tường bao", 600, 0, True), ("Máy tiện, máy cưa, máy chà nhám", 280, 200, True),
             ("Buồng phun sơn màng nước", 0, 260, True), ("Hệ thống hút bụi túi vải", 0, 180, True),
             ("Lò sấy gỗ 6 m³", 0, 320, True), ("Thiết kế mẫu, bao bì, thẻ treo", 20, 40, False),
             ("Vốn lưu động", 150, 250, False)],
        src=[("Vốn góp của tổ viên", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 480, 360], rate=0.08),
    "ji10": dict(
        unit="kg", old=(2024, 2026), date=date(2026, 11, 28),
        target=dict(out=6500, rev=900, profit=150, staff=4, star="3 sao"),
        star=("Chưa đánh giá", "Chưa đạt", "3 sao"),
        hist=dict(out=[4300, 5000], price=[142000, 147000], margin=[0.14, 0.15, 0.16]),
        products=[("Lạc rang húng lìu, túi 200 g", "túi", 0.2, 30000, [32000, 33000, 34000],
                   15000, [18000, 21000, 24000], 1500),
                  ("Lạc rang tỏi ớt, hũ 300 g", "hũ", 0.3, 52000, [55000, 57000, 59000],
                   6000, [7000, 8000, 9000], 4000),
                  ("Lạc rang húng lìu, túi 1 kg cho quán", "túi", 1.0, 125000, [130000, 134000, 138000],
                   1000, [1200, 1400, 1600], 2500)],
        raws=[("Lạc nhân loại 1", "kg", 1.15, 55000,
               [("Hộ trồng lạc thôn Cổ Đạm", [12, 12, 14], 300, "hộ"),
                ("Hộ trồng lạc thôn Xuân Liên", [10, 10, 12], 300, "hộ"),
                ("Đại lý nông sản Xuân Thành (hợp đồng)", [1, 1, 1], 4000, "")]),
              ("Gia vị (húng lìu, tỏi, ớt, đường, muối)", "kg", 0.08, 90000,
               [("Chợ đầu mối Xuân An (mua theo tháng)", [1, 1, 1], 1000, "")])],
        cap=(40, 280),
        equip=[("Chảo rang lạc tự động", 1, "20 kg/mẻ, 2 mẻ/ngày", "Mới, 2027 (thay chảo cũ)"),
               ("Máy tách vỏ lụa, sàng", 1, "100 kg/giờ", "PA cũ, 2024"),
               ("Máy hàn miệng túi", 2, "—", "1 cũ, 1 mới"),
               ("Máy đóng hũ bán tự động", 1, "10 hũ/phút", "Mới, 2027")],
        roles=[("Chủ cơ sở, sổ sách", [1, 1, 1, 1]), ("Rang, tẩm gia vị", [2, 2, 2, 3]),
               ("Đóng gói, giao hàng", [1, 1, 2, 2])],
        wage=[4.5, 4.8, 5.0, 5.3],
        energy=2500, sell=0.05, tax=0.01, other=20,
        inv=[("Chảo rang lạc tự động", 45, 80, True), ("Máy tách vỏ lụa, sàng", 20, 35, True),
             ("Máy hàn miệng túi, máy đóng hũ", 15, 40, True), ("Cải tạo gian chế biến 30 m²", 60, 90, True),
             ("Bao bì, nhãn, kiểm nghiệm", 10, 25, False), ("Vốn lưu động", 50, 80, False)],
        src=[("Tiền tiết kiệm của gia đình", 200), ("Vay Quỹ tín dụng nhân dân Xuân Thành", 150)],
        life=8, loan=[150, 100, 50], rate=0.09),
}

# --------------------------------------------------------------------------- model
def _r(x: float, nd: int = 1) -> float:
    return round(x + 1e-9, nd)


def model(key: str, planted: bool = True) -> dict:
    """Every figure of plan `key`, as it should read (`planted=False`) or as it is printed."""
    c = PLANS[key]
    P = PLANT.get(key, {}) if planted else {}
    prods = c["products"]
    m: dict = {"tables": {}}
    T = m["tables"]
    # --- output and prices
    packs26 = [p[5] for p in prods]
    packs = [[p[6][y] for p in prods] for y in range(3)]
    out26 = sum(n * p[2] for n, p in zip(packs26, prods))
    out = [sum(n * p[2] for n, p in zip(packs[y], prods)) for y in range(3)]
    cap = c["cap"][0] * c["cap"][1]
    m.update(out26=out26, out=out, cap=cap, use=[_r(o / cap * 100) for o in [out26] + out])
    # --- history
    rev26 = sum(p[5] * p[3] for p in prods) / 1e6
    h_out = c["hist"]["out"] + [out26]
    h_price = c["hist"]["price"] + [round(rev26 * 1e6 / out26, -2)]
    h_rev = [h_out[i] * h_price[i] / 1e6 for i in range(2)] + [rev26]
    h_profit = [h_rev[i] * c["hist"]["margin"][i] for i in range(3)]
    h_cost = [h_rev[i] - h_profit[i] for i in range(3)]
    oi = c["old"][1] - 2024  # the earlier plan's last year in the history (2025 or 2026)
    m["oi"] = oi
    m.update(h_out=h_out, h_price=h_price, h_rev=h_rev, h_profit=h_profit, h_cost=h_cost)
    # --- staff
    staff = [sum(r[1][i] for r in c["roles"]) for i in range(4)]
    fund = [staff[i] * c["wage"][i] * 12 for i in range(4)]
    m.update(staff=staff, fund=fund)
    # --- raw materials
    raws = []
    for lab, unit, norm, price, rows in c["raws"]:
        sup_rows = [(rl, [cnt[y] * yld for y in range(3)]) for rl, cnt, yld, _w in rows]
        supply = [sum(r[1][y] for r in sup_rows) for y in range(3)]
        need = [out[y] * norm for y in range(3)]
        raws.append(dict(label=lab, unit=unit, norm=norm, price=price, rows=sup_rows,
                         supply=supply, need=need, cost=[need[y] * price / 1e6 for y in range(3)]))
    m["raws"] = raws
    # --- revenue
    rev_lines = [[packs[y][i] * prods[i][4][y] / 1e6 for y in range(3)] for i in range(len(prods))]
    for (i, y), v in P.get("rev_line", {}).items():
        rev_lines[i][y] = v
    rev = [sum(r[y] for r in rev_lines) for y in range(3)]
    m.update(rev_lines=rev_lines, rev=rev)
    # --- investment
    inv_old = sum(i[1] for i in c["inv"])
    inv_new = sum(i[2] for i in c["inv"])
    fixed = sum(i[1] + i[2] for i in c["inv"] if i[3])
    dep = fixed / c["life"]
    m.update(inv_old=inv_old, inv_new=inv_new, dep=dep)
    # --- costs
    lines = []
    for r in raws:
        lines.append(("raw", r["cost"]))
    pack = [sum(packs[y][i] * prods[i][7] for i in range(len(prods))) / 1e6 for y in range(3)]
    lines += [("pack", pack),
              ("energy", [out[y] * c["energy"] / 1e6 for y in range(3)]),
              ("wage", fund[1:]),
              ("dep", [dep] * 3),
              ("interest", [c["loan"][y] * c["rate"] for y in range(3)]),
              ("sell", [rev[y] * c["sell"] for y in range(3)]),
              ("tax", [rev[y] * c["tax"] for y in range(3)]),
              ("other", [c["other"]] * 3)]
    cost = [sum(v[y] for _, v in lines) for y in range(3)]
    m.update(cost_lines=lines, cost=cost)
    profit = [rev[y] - cost[y] for y in range(3)]
    for y, v in P.get("profit", {}).items():
        profit[y] = v
    m.update(profit=profit, margin=[_r(profit[y] / rev[y] * 100) for y in range(3)])
    avg = sum(profit) / 3
    m["payback"] = P.get("payback", _r(inv_new / (avg + dep)))
    m["avg_profit"] = avg
    return m


# --------------------------------------------------------------------------- planted defects
# model overrides: a revenue line (product, year) -> printed value; a profit (year) -> printed
# value; the payback as printed; a supply total (raw, year) -> printed value
PLANT: dict[str, dict] = {
    "ji06": {"payback": 1.2},                          # the earlier plan's sentence, kept
    "ji07": {"rev_line": {(0, 0): 36000 * 42000 / 1e6}},  # 2027 line at the 2024 price
    "ji08": {"profit": {1: 352.0}},                    # 2028 profit not updated
    "ji10": {"supply_total": {(0, 2): 13200}},         # 2029 supply total not updated
}
# the planted cells (table, row label, column) and the cells that follow them (table, row label)
PLANTED_CELLS: dict[str, list] = {
    "ji07": [("rev", "Nước cốt chanh leo, chai 500 ml", 0)],
    "ji08": [("sum", "Lợi nhuận", 2)],
    "ji10": [("raw", "Tổng nguồn cung", 2)],
}
KNOCK_ON: dict[str, list] = {
    "ji07": [("rev", "Tổng doanh thu"), ("cost", "Bán hàng, quảng bá (6 % doanh thu)"),
             ("cost", "Thuế, phí (1,5 % doanh thu)"), ("cost", "Tổng chi phí"), ("sum", "Doanh thu"),
             ("sum", "Tổng chi phí"), ("sum", "Lợi nhuận"), ("sum", "Tỷ suất lợi nhuận/doanh thu (%)")],
    "ji08": [("sum", "Tỷ suất lợi nhuận/doanh thu (%)")],
}
READY = ("ji01", "ji02", "ji03", "ji04")


# --------------------------------------------------------------------------- formatting
def fmt(x: float, nd: int = 0) -> str:
    """Vietnamese number: thousands with dots, decimals with a comma."""
    x = round(x + (1e-9 if x >= 0 else -1e-9), nd)
    s = f"{abs(x):,.{nd}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s


def pct(share: float) -> str:
    return fmt(share * 100, 1).replace(",0", "")


def scale(cnt: list, yld: float, word: str, unit: str) -> str:
    if not word:
        return f"{fmt(yld)} {unit}/năm"
    lo, hi = min(cnt), max(cnt)
    n = fmt(lo) if lo == hi else f"{fmt(lo)}–{fmt(hi)}"
    return f"{n} {word} × {fmt(yld)} {unit}"


COST_LABELS = dict(pack="Bao bì, hộp, nhãn", energy="Điện, nước, nhiên liệu", wage="Tiền lương",
                   dep="Khấu hao tài sản cố định", interest="Lãi vay ngân hàng", other="Chi phí khác")
LABELS: dict[str, dict] = {
    "ji02": dict(pack="Hộp, túi lọc, bao bì", energy="Điện sấy, nước"),
    "ji03": dict(pack="Chai, hũ, nhãn", energy="Điện, nước"),
    "ji04": dict(pack="Vật tư phục vụ khách", energy="Điện, nước, xăng xe"),
    "ji05": dict(pack="Chai, bình sứ, can, tem", energy="Củi, điện, nước"),
    "ji07": dict(pack="Chai, nắp, thùng carton", energy="Điện, nước, gas"),
    "ji08": dict(pack="Túi, hộp, túi lọc", energy="Điện sấy, nước"),
    "ji09": dict(pack="Hộp carton, thẻ treo", energy="Điện, nước"),
    "ji10": dict(pack="Túi, hũ, nhãn", energy="Gas, điện", interest="Lãi vay"),
}


def cost_label(key: str, kind: str, i: int = 0) -> str:
    c = PLANS[key]
    if kind == "raw":
        return c["raws"][i][0]
    if kind == "sell":
        return f"Bán hàng, quảng bá ({pct(c['sell'])} % doanh thu)"
    if kind == "tax":
        return f"Thuế, phí ({pct(c['tax'])} % doanh thu)"
    return LABELS.get(key, {}).get(kind, COST_LABELS[kind])


# --------------------------------------------------------------------------- tables
def tables(key: str, planted: bool = True) -> dict:
    """The plan's computed tables: name -> dict(caption, unit, header, rows of cell strings)."""
    c = PLANS[key]
    m = model(key, planted)
    P = PLANT.get(key, {}) if planted else {}
    a, b = c["old"]
    u = c["unit"]
    prods = c["products"]
    T: dict = {}
    oi = m["oi"]
    tg = c["target"]
    act_staff = c.get("old_staff", m["staff"][0])
    rows = [[f"Sản lượng ({u})", fmt(tg["out"]), fmt(m["h_out"][oi]), fmt(m["h_out"][oi] / tg["out"] * 100, 1),
             fmt(m["out"][2])],
            ["Doanh thu (triệu đồng)", fmt(tg["rev"], 1), fmt(m["h_rev"][oi], 1),
             fmt(m["h_rev"][oi] / tg["rev"] * 100, 1), fmt(m["rev"][2], 1)],
            ["Lợi nhuận (triệu đồng)", fmt(tg["profit"], 1), fmt(m["h_profit"][oi], 1),
             fmt(m["h_profit"][oi] / tg["profit"] * 100, 1), fmt(m["profit"][2], 1)],
            ["Lao động thường xuyên (người)", fmt(tg["staff"]), fmt(act_staff),
             fmt(act_staff / tg["staff"] * 100, 1), fmt(m["staff"][3])],
            ["Hạng sao OCOP", tg["star"], *c["star"]]]
    T["old"] = dict(caption=f"Kết quả thực hiện phương án giai đoạn {a} – {b}", unit=None,
                    header=["Chỉ tiêu", f"Mục tiêu năm {b}", f"Thực hiện năm {b}", "Tỷ lệ đạt (%)",
                            "Mục tiêu năm 2029"], rows=rows)
    T["hist"] = dict(caption="Kết quả sản xuất kinh doanh 2024 – 2026", unit=None,
                     header=["Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"],
                     rows=[[f"Sản lượng ({u})", *[fmt(x) for x in m["h_out"]]],
                           [f"Giá bán bình quân (đồng/{u})", *[fmt(x) for x in m["h_price"]]],
                           ["Doanh thu (triệu đồng)", *[fmt(x, 1) for x in m["h_rev"]]],
                           ["Chi phí (triệu đồng)", *[fmt(x, 1) for x in m["h_cost"]]],
                           ["Lợi nhuận (triệu đồng)", *[fmt(x, 1) for x in m["h_profit"]]]])
    T["price"] = dict(caption="Giá bán 2027 – 2029 so với giá năm 2026", unit="ĐVT: đồng/đơn vị sản phẩm",
                      header=["Sản phẩm", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029"],
                      rows=[[p[0], fmt(p[3]), *[fmt(x) for x in p[4]]] for p in prods])
    rows = []
    for ri, r in enumerate(m["raws"]):
        craw = c["raws"][ri]
        nd = 1 if r["unit"] == "m³" else 0
        if len(m["raws"]) > 1:
            rows.append([f"{chr(97 + ri)}) {r['label']} ({r['unit']})", "", "", ""])
        for (rl, vals), spec in zip(r["rows"], craw[4]):
            rows.append([f"{rl}: {scale(spec[1], spec[2], spec[3], r['unit'])}", *[fmt(v, nd) for v in vals]])
        sup = list(r["supply"])
        for (ri2, y), v in P.get("supply_total", {}).items():
            if ri2 == ri:
                sup[y] = v
        rows.append(["Tổng nguồn cung" if ri == 0 else "Cộng nguồn cung", *[fmt(v, nd) for v in sup]])
        norm = fmt(r["norm"], 3).rstrip("0").rstrip(",")
        rows.append([f"Nhu cầu ({norm} {r['unit']}/{u})", *[fmt(v, nd) for v in r["need"]]])
    T["raw"] = dict(caption="Nguồn cung và nhu cầu nguyên liệu 2027 – 2029", unit=None,
                    header=["Nguồn cung (quy mô)", "Năm 2027", "Năm 2028", "Năm 2029"], rows=rows)
    T["equip"] = dict(caption="Máy móc, thiết bị chính", unit=None,
                      header=["Thiết bị", "Số lượng", "Công suất", "Nguồn gốc"],
                      rows=[[e[0], fmt(e[1]), e[2], e[3]] for e in c["equip"]])
    rows = [[r[0], *[fmt(x) for x in r[1]]] for r in c["roles"]]
    rows += [["Tổng số lao động", *[fmt(x) for x in m["staff"]]],
             ["Lương bình quân (triệu đồng/tháng)", *[fmt(x, 1) for x in c["wage"]]],
             ["Quỹ lương (triệu đồng/năm)", *[fmt(x, 1) for x in m["fund"]]]]
    T["staff"] = dict(caption="Lao động và quỹ lương 2026 – 2029", unit=None,
                      header=["Bộ phận", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029"], rows=rows)
    rows = [[f"{p[0]} ({p[1]})", fmt(p[5]), *[fmt(x) for x in p[6]]] for p in prods]
    rows.append([f"Tổng sản lượng ({u})", fmt(m["out26"]), *[fmt(x) for x in m["out"]]])
    if key != "ji05":
        rows.append([f"Công suất thiết kế ({u}/năm)", *[fmt(m["cap"])] * 4])
        rows.append(["Tỷ lệ sử dụng công suất (%)", *[fmt(x, 1) for x in m["use"]]])
    T["out"] = dict(caption="Kế hoạch sản lượng 2027 – 2029", unit=None,
                    header=["Sản phẩm (đơn vị)", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029"], rows=rows)
    rows = [[p[0], *[fmt(x, 1) for x in m["rev_lines"][i]]] for i, p in enumerate(prods)]
    rows.append(["Tổng doanh thu", *[fmt(x, 1) for x in m["rev"]]])
    T["rev"] = dict(caption="Doanh thu dự kiến 2027 – 2029", unit="ĐVT: triệu đồng",
                    header=["Sản phẩm", "Năm 2027", "Năm 2028", "Năm 2029"], rows=rows)
    rows, ri = [], 0
    for kind, vals in m["cost_lines"]:
        rows.append([cost_label(key, kind, ri), *[fmt(x, 1) for x in vals]])
        ri += kind == "raw"
    rows.append(["Tổng chi phí", *[fmt(x, 1) for x in m["cost"]]])
    T["cost"] = dict(caption="Chi phí sản xuất kinh doanh 2027 – 2029", unit="ĐVT: triệu đồng",
                     header=["Khoản mục", "Năm 2027", "Năm 2028", "Năm 2029"], rows=rows)
    z = lambda v: fmt(v, 1) if v else "–"  # noqa: E731
    rows = [[i[0], z(i[1]), z(i[2])] for i in c["inv"]]
    rows.append(["Tổng cộng", fmt(m["inv_old"], 1), fmt(m["inv_new"], 1)])
    T["inv"] = dict(caption="Vốn đầu tư: đã đầu tư và đầu tư mới", unit="ĐVT: triệu đồng",
                    header=["Hạng mục", f"Đã đầu tư {a} – {b}", "Đầu tư mới 2027 – 2029"], rows=rows)
    stot = sum(s[1] for s in c["src"])
    rows = [[s[0], fmt(s[1], 1), fmt(s[1] / stot * 100, 1)] for s in c["src"]]
    rows.append(["Tổng cộng", fmt(stot, 1), "100,0"])
    T["src"] = dict(caption="Nguồn vốn đầu tư mới 2027 – 2029", unit="ĐVT: triệu đồng",
                    header=["Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows=rows)
    h = m["h_rev"][2], m["h_cost"][2], m["h_profit"][2]
    T["sum"] = dict(caption="Tổng hợp hiệu quả kinh tế", unit="ĐVT: triệu đồng",
                    header=["Chỉ tiêu", "Năm 2026 (TH)", "Năm 2027", "Năm 2028", "Năm 2029"],
                    rows=[["Doanh thu", fmt(h[0], 1), *[fmt(x, 1) for x in m["rev"]]],
                          ["Tổng chi phí", fmt(h[1], 1), *[fmt(x, 1) for x in m["cost"]]],
                          ["Lợi nhuận", fmt(h[2], 1), *[fmt(x, 1) for x in m["profit"]]],
                          ["Tỷ suất lợi nhuận/doanh thu (%)", fmt(h[2] / h[0] * 100, 1),
                           *[fmt(x, 1) for x in m["margin"]]]])
    return T


def render(t: dict, n: int, word: str = "Bảng") -> str:
    """A table in the plans' Markdown: caption, unit line, header, rows."""
    out = [f"{word} {n}. {t['caption']}", ""]
    if t["unit"]:
        out.append(t["unit"])
    out.append("| " + " | ".join(t["header"]) + " |")
    out.append("|" + "---|" * len(t["header"]))
    out += ["| " + " | ".join(r) + " |" for r in t["rows"]]
    return "\n".join(out)


# --------------------------------------------------------------------------- reading the source
_NUMCELL = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?$")


def num(cell: str):
    cell = cell.strip()
    if cell == "–":
        return 0.0
    return vn(cell) if _NUMCELL.match(cell) else None


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]] | None:
        """The data rows (header dropped) of the table under the caption line ending in `caption`."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"^(Bảng|Biểu) \d+[.:] ", line.strip()) and line.strip().endswith(caption):
                rows, started = [], False
                for nxt in lines[i + 1:]:
                    s = nxt.strip()
                    if s.startswith("|"):
                        started = True
                        rows.append([x.strip() for x in s.strip("|").split("|")])
                    elif started or (s and not s.startswith("ĐVT")):
                        break
                return [r for r in rows[1:] if not set("".join(r)) <= set("-: ")]
        self.failures.append(f"table not found: {caption}")
        return None


def check_tables(p: Plan, key: str) -> None:
    true, printed = tables(key, planted=False), tables(key, planted=True)
    planted = {(t, lab, j) for t, lab, j in PLANTED_CELLS.get(key, [])}
    knock = set(KNOCK_ON.get(key, []))
    for name, tt in printed.items():
        rows = p.table(tt["caption"])
        if rows is None:
            continue
        if len(rows) != len(tt["rows"]):
            p.failures.append(f"{name}: {len(rows)} rows in the plan, {len(tt['rows'])} computed")
            continue
        for srow, prow, trow in zip(rows, tt["rows"], true[name]["rows"]):
            lab = prow[0]
            if srow[0] != lab or len(srow) != len(prow):
                p.failures.append(f"{name}: row {srow[0]!r} where {lab!r} was computed")
                continue
            for j, (s, pc, tc) in enumerate(zip(srow[1:], prow[1:], trow[1:])):
                sv, pv, tv = num(s), num(pc), num(tc)
                if pv is None:
                    if s != pc:
                        p.failures.append(f"{name}/{lab}: {s!r} where {pc!r} was computed")
                    continue
                if sv is None:
                    p.failures.append(f"{name}/{lab}: {s!r} is no number")
                    continue
                ok = lambda x, y: close(x, y) or abs(x - y) <= 0.11  # noqa: E731
                if (name, lab, j) in planted:
                    if not (ok(sv, pv) and off(sv, tv)):
                        p.failures.append(f"{name}/{lab}[{j}]: planted {s}, true {fmt(tv, 1)}: not > 5 % off")
                elif ok(sv, tv):
                    continue  # right
                elif (name, lab) in knock and ok(sv, pv):
                    continue  # follows a planted figure
                else:
                    p.failures.append(f"{name}/{lab}[{j}]: {s} in the plan, true {fmt(tv, 1)}")
    for t, lab, j in PLANTED_CELLS.get(key, []):
        pr = next(r for r in printed[t]["rows"] if r[0] == lab)
        tr = next(r for r in true[t]["rows"] if r[0] == lab)
        if not off(num(pr[j + 1]), num(tr[j + 1])):
            p.failures.append(f"planted {t}/{lab}: {pr[j + 1]} vs true {tr[j + 1]} not > 5 % off")


# --------------------------------------------------------------------------- relations read back
def check_relations(p: Plan, key: str) -> None:
    """Identities recomputed from the plan's own printed figures (independent of the model)."""
    c = PLANS[key]
    m_true = model(key, planted=False)
    price = p.table("Giá bán 2027 – 2029 so với giá năm 2026") or []
    out = p.table("Kế hoạch sản lượng 2027 – 2029") or []
    rev = p.table("Doanh thu dự kiến 2027 – 2029") or []
    cost = p.table("Chi phí sản xuất kinh doanh 2027 – 2029") or []
    summ = p.table("Tổng hợp hiệu quả kinh tế") or []
    if not (price and out and rev and cost and summ):
        return
    bad_rev = {(i, y) for (i, y) in PLANT.get(key, {}).get("rev_line", {})}
    for i, prod in enumerate(c["products"]):
        for y in range(3):
            q, pr, r = num(out[i][y + 2]), num(price[i][y + 2]), num(rev[i][y + 1])
            want = q * pr / 1e6
            if (i, y) in bad_rev:
                p.check(off(r, want, 5), f"planted revenue line {prod[0]} {YEARS[y]}: {r} vs {fmt(want, 1)}")
            else:
                p.check(close(r, want), f"revenue {prod[0]} {YEARS[y]}: {r} vs {q} × {pr}")
    n = len(c["products"])
    for y in range(3):
        tot = sum(num(rev[i][y + 1]) for i in range(n))
        p.check(close(num(rev[n][y + 1]), tot), f"revenue total {YEARS[y]}")
        ctot = sum(num(r[y + 1]) for r in cost[:-1])
        p.check(close(num(cost[-1][y + 1]), ctot), f"cost total {YEARS[y]}")
        R, C, L = (num(summ[k][y + 2]) for k in range(3))
        p.check(close(R, num(rev[n][y + 1])) and close(C, num(cost[-1][y + 1])), f"summary = tables {YEARS[y]}")
        if key == "ji08" and y == 1:
            p.check(off(L, R - C), f"planted profit 2028: {L} vs {fmt(R - C, 1)}")
            p.check(off(L, m_true["profit"][1]), "planted profit 2028 vs true")
        else:
            p.check(close(L, R - C) or abs(L - (R - C)) <= 0.11, f"profit {YEARS[y]}: {L} vs {R} − {C}")
    # the share lines are the share printed in their label of the plan's revenue
    for r in cost:
        if mm := re.search(r"\(([\d,]+) % doanh thu\)", r[0]):
            sh = vn(mm.group(1)) / 100
            for y in range(3):
                p.check(close(num(r[y + 1]), sh * num(rev[n][y + 1])) or abs(num(r[y + 1]) - sh * num(rev[n][y + 1])) <= 0.11,
                        f"{r[0]} {YEARS[y]}")
    # margins below 40 % (true figures), revenue growth below 35 % a year
    for y in range(3):
        p.check(0 < m_true["profit"][y] / m_true["rev"][y] < 0.40, f"true margin {YEARS[y]}")
    seq = [m_true["h_rev"][2]] + m_true["rev"]
    for y in range(3):
        p.check(seq[y + 1] / seq[y] - 1 < 0.35, f"revenue growth {YEARS[y]}")
    # investment: items add up, sources (ji09 planted) add up to the investment
    inv = p.table("Vốn đầu tư: đã đầu tư và đầu tư mới") or []
    src = p.table("Nguồn vốn đầu tư mới 2027 – 2029") or []
    if inv and src:
        for col in (1, 2):
            p.check(close(sum(num(r[col]) for r in inv[:-1]), num(inv[-1][col])), f"investment column {col}")
        stot = sum(num(r[1]) for r in src[:-1])
        p.check(close(stot, num(src[-1][1])), "sources add up to their total")
        for r in src[:-1]:
            p.check(abs(num(r[2]) - num(r[1]) / stot * 100) <= 0.11, f"share of {r[0]}")
        if key == "ji09":
            p.check(off(stot, num(inv[-1][2]), 5), f"planted capital-mismatch: sources {stot} vs {inv[-1][2]}")
        else:
            p.check(close(stot, num(inv[-1][2])), f"sources {stot} vs investment {inv[-1][2]}")


# --------------------------------------------------------------------------- per-plan facts
def facts(key: str) -> list[str]:
    """Figures the prose states, as the model computes them (as printed)."""
    c, m = PLANS[key], model(key)
    u = c["unit"]
    f = [f"{fmt(m['out'][0])} {u}", f"{fmt(m['out'][2])} {u}", f"{fmt(m['inv_new'], 1)} triệu đồng",
         f"{fmt(m['rev'][0], 1)} triệu đồng", f"{fmt(m['payback'], 1)} năm"]
    return f


def absent(p: Plan, words: list[str], why: str) -> None:
    for w in words:
        p.lacks(w, why)


def dates_after(p: Plan, when: date) -> None:
    for d, mth, y in re.findall(r"đến (?:ngày )?(\d{1,2})/(\d{1,2})/(\d{4})", p.body):
        p.check(date(int(y), int(mth), int(d)) > when, f"paper valid only to {d}/{mth}/{y}")


def check_plan(key: str) -> Plan:
    p = Plan(next(x.stem for x in Plan.src.glob(f"{key}_*.md")))
    c = PLANS[key]
    m, mt = model(key), model(key, planted=False)
    check_tables(p, key)
    check_relations(p, key)
    p.has(*facts(key))
    p.lacks(PLACEHOLDER if key != "ji09" else r"(?!x)x", "template placeholder")
    # payback: the printed figure against investment / (average profit + depreciation)
    true_pb = mt["inv_new"] / (mt["avg_profit"] + mt["dep"])
    if key == "ji06":
        p.check(off(m["payback"], true_pb), f"planted payback {m['payback']} vs true {true_pb:.2f}")
    elif key in ("ji07", "ji08"):
        pass  # follows the planted figures (tolerated), see SPECIFIC
    else:
        p.check(abs(m["payback"] - true_pb) <= 0.051, f"payback {m['payback']} vs {true_pb:.2f}")
    # raw materials within supply, output within capacity (except the planted ones)
    for ri, r in enumerate(mt["raws"]):
        for y in range(3):
            if key == "ji06" and y == 2:
                p.check(r["need"][y] > r["supply"][y] * 1.05, "planted shortfall 2029")
            else:
                p.check(r["need"][y] <= r["supply"][y], f"{r['label']} need {r['need'][y]} > supply {r['supply'][y]} in {YEARS[y]}")
    for y in range(3):
        if key == "ji05" and y == 2:
            p.check(mt["out"][y] > mt["cap"] * 1.05, "planted capacity 2029")
        else:
            p.check(mt["out"][y] <= mt["cap"], f"output {mt['out'][y]} over capacity {mt['cap']} in {YEARS[y]}")
    p.check(mt["out"][0] <= mt["out26"] * 1.3, "2027 output within +30 % of 2026")
    if key != "ji05":
        p.lacks(REPLACED, "replaced instrument or district level")
    if key in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        dates_after(p, c["date"])
    SPECIFIC.get(key, lambda p, m, mt: None)(p, m, mt)
    return p

# --------------------------------------------------------------------------- plan by plan
def _ji01(p, m, mt):
    p.has("Công ty TNHH Bánh quê Thiên Lộc", "86/2026/GCN-ATTP", "TCCS 01:2024/BQTL", "tự công bố",
          "Phiếu kết quả thử nghiệm", "498217", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "QR",
          "kiểm soát chất lượng nội bộ", "05/2025/NĐ-CP", "đến 20/10/2028", "Đánh giá lại 2028",
          "nộp hồ sơ cấp lại")


def _ji02(p, m, mt):
    p.has("không ghi công dụng phòng, chữa bệnh", "Sở Y tế", "đến 09/9/2028", "Gia hạn quý II/2028",
          "TCCS 01:2023/KT", "Bản tự công bố", "476190", "113/2024/NĐ-CP", "Luật Hợp tác xã năm 2023",
          "đến 15/12/2027", "kiểm soát nội bộ")


def _ji03(p, m, mt):
    p.has("Sở Nông nghiệp và Môi trường", "đến 20/11/2028", "Gia hạn quý III/2028", "không ghi công dụng chữa bệnh",
          "TCCS 01:2024/MOSK", "471835", "28E8003417", "đến 25/3/2028")


def _ji04(p, m, mt):
    p.has("Luật Du lịch năm 2017", "an ninh, trật tự", "phòng cháy", "Đăng ký môi trường",
          "thời hạn 20 năm", "204/2025/ATTP", "TCCS 01:2024/ĐV", "489522", "sổ kiểm thực ba bước")


def _ji05(p, m, mt):
    absent(p, [r"giấy phép", r"cấp phép", r"105/2017", r"17/2020", r"sản xuất rượu thủ công nhằm"],
           "planted no-alcohol-license")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện",
          "Luật Hợp tác xã năm 2012")
    absent(p, [r"148/QĐ-TTg", r"1489"], "planted outdated-policy: the current instruments")
    p.has(f"công suất {fmt(mt['cap'])} lít/năm", "không đầu tư thêm nồi", "60 lít/ngày")
    p.check(len(set(mt["staff"])) == 1, "staff unchanged")
    p.check(not any(e[3].startswith("Mới") for e in PLANS["ji05"]["equip"] if "chưng cất" in e[0]), "no new still")
    p.has("Không dành cho người dưới 18 tuổi", "QCVN 6-3:2010/BYT", "biogas", "58/2024/GCN-ATTP",
          "TCCS 01:2023/TL", "458913")


def _ji06(p, m, mt):
    absent(p, [r"môi trường", r"nước thải", r"chất thải", r"\bbã\b", r"xử lý", r"\brác\b", r"\bmùi\b",
               r"biogas", r"bể lắng", r"hố ga", r"thu gom", r"phân hữu cơ"], "planted no-environment-measures")
    p.has("bảo đảm đủ củ cho cả giai đoạn 2027 – 2029", f"khoảng {fmt(m['payback'], 1)} năm",
          "131/2024/GCN-ATTP", "TCCS 01:2024/SD", "465302", "QR")
    p.check(PLANS["ji06"]["raws"][0][4][0][1] == [15, 15, 15] and PLANS["ji06"]["raws"][0][4][1][1] == [12, 12, 12],
            "supply unchanged from the old plan")


def _ji07(p, m, mt):
    absent(p, [r"nhãn(?! hiệu)", r"Nhãn(?! hiệu)", r"43/2017", r"111/2021", r"\btem\b", r"mã vạch", r"\bQR\b",
               r"ghi nhãn"], "planted no-label-plan")
    area = sum(r[1][0] for r in PLANS["ji07"]["raws"][0][4] if r[3] == "ha")
    p.check(area == 6, "area 6 ha")
    p.has(f"{fmt(area, 1)} ha", "chanh leo 4,5 ha")
    p.check(off(4.5, area), "planted area 4,5 ha vs 6,0 ha")
    p.check(p.count("4,5 ha") == 1, "4,5 ha stated once")
    old_price = 42000  # the earlier plan's price of the 500 ml bottle, below the 2026 price
    p.check(old_price < PLANS["ji07"]["products"][0][3], "the old price is below the 2026 price")
    p.check(PLANT["ji07"]["rev_line"][(0, 0)] == PLANS["ji07"]["products"][0][6][0] * old_price / 1e6,
            "planted line = 2027 packs × the old price")
    p.has("97/2026/GCN-ATTP", "TCCS 01:2024/NT", "452710", "Đăng ký môi trường")


def _ji08(p, m, mt):
    absent(p, [r"tiêu chuẩn", r"TCCS", r"công bố", r"kiểm nghiệm", r"thử nghiệm", r"QCVN", r"TCVN",
               r"quy chuẩn", r"chỉ tiêu (chất lượng|an toàn|vi sinh)"], "planted no-product-standard")
    p.check(p.count("Linh chi Đá Bạc") >= 3, "old name at least three times")
    p.check(p.count("Khe Giao") >= 5, "new name throughout")
    p.check("ĐÁ BẠC" not in p.body, "old name in the (accepted) title")
    p.has("204/2025/NNMT-ATTP", "503468", "43/2017/NĐ-CP", "QR")


def _ji09(p, m, mt):
    p.check(len(re.findall(PLACEHOLDER, p.body)) == 2, "two template placeholders")
    p.has("[tên sản phẩm]", "Tháng ……/2027", "bảo đảm đủ vốn thực hiện phương án")
    absent(p, [r"nhãn hiệu", r"thương hiệu", r"sở hữu trí tuệ", r"bảo hộ", r"logo", r"chỉ dẫn địa lý",
               r"văn bằng"], "planted no-trademark")
    p.has("TCCS 01:2024/YH", "Đăng ký môi trường", "thẻ treo", "43/2017/NĐ-CP", "bảng kê lâm sản")


def _ji10(p, m, mt):
    absent(p, [r"đăng ký", r"hộ kinh doanh", r"mã số thuế", r"doanh nghiệp", r"hợp tác xã", r"tổ hợp tác",
               r"giấy chứng nhận"], "planted no-business-registration")
    absent(p, [r"an toàn thực phẩm", r"ATTP", r"đủ điều kiện", r"15/2018", r"vệ sinh thực phẩm", r"cam kết"],
           "planted no-food-safety")
    r = mt["raws"][0]
    p.check(r["need"][2] < r["supply"][2] < 13200, "need below the true and the printed total")
    p.has("TCCS 01:2025/TH", "TN 26-0874", "đơn bảo hộ nhãn hiệu", "43/2017/NĐ-CP", "QR")


SPECIFIC: dict = {"ji01": _ji01, "ji02": _ji02, "ji03": _ji03, "ji04": _ji04, "ji05": _ji05, "ji06": _ji06,
                  "ji07": _ji07, "ji08": _ji08, "ji09": _ji09, "ji10": _ji10}

# sketchy plans: the loose figures they state (text, value) and the consistency of the few sums
SKETCHY = {
    "ji11": dict(figures=["2,5 tấn", "90.000 đồng/hũ", "150 triệu đồng", "3 tấn", "2 tấn"]),
    "ji12": dict(figures=["25.000 chiếc", "35.000 đồng/chiếc", "875 triệu đồng", "200 triệu đồng", "30.000 chiếc",
                          "22.000 chiếc"], revenue=(25000, 35000, 875)),
}
PAPERS = (r"an toàn thực phẩm|ATTP|TCCS|tiêu chuẩn|công bố|nhãn hiệu|mã vạch|\bQR\b|truy xuất|môi trường|"
          r"kiểm nghiệm|thử nghiệm")


def check_sketchy(key: str) -> Plan:
    p = Plan(next(x.stem for x in Plan.src.glob(f"{key}_*.md")))
    s = SKETCHY[key]
    n = len(re.findall(r"\w+", p.body))
    p.check(150 <= n <= 350, f"{n} words")
    p.check(not p.rows, "no table")
    p.has(*s["figures"])
    if "revenue" in s:
        q, pr, r = s["revenue"]
        p.check(close(q * pr / 1e6, r), "revenue = quantity × price")
    p.lacks(PAPERS, "a paper the sketchy plan should not have")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(REPLACED, "replaced instrument")
    return p


def check_expected(p: Plan) -> None:
    exp = HERE / "expected" / f"{p.stem}.yml"
    p.check(exp.exists(), f"missing {exp.name}")


def main(argv: list[str] | None = None) -> int:
    keys = list(argv or [])
    plans = []
    for key in list(PLANS) + list(SKETCHY):
        if keys and key not in keys:
            continue
        p = check_plan(key) if key in PLANS else check_sketchy(key)
        check_expected(p)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
