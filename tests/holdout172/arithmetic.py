"""The 172nd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand with a calculator on a printed plan.

    .venv/bin/python tests/holdout172/arithmetic.py

Theme: plans that arrive as scans of printed paper (long tables running over a page break with
the header repeated, narrow year columns 2026-2030, a stamp and signature block at the end).
For every full plan (fq01-fq10) the constants give the products (pack size in the plan's base
unit, price, pack cost, packs a year 2027-2030), the 2024-2026 history, the raw materials (norm
per base unit, price), the own supply and the purchase by village in a local unit with its
conversion, the capacity, staff by role and wage (and piece rates where the work is paid by the
piece), energy, investment items and capital sources, asset life, loan balances and rate, shares
of revenue (selling, taxes, excise) and fixed lines.

From them `tables()` builds every numeric table cell (true value, and the value printed when a
defect is planted) and `facts()` every figure written in the running text. The check reads the
plan's source, finds each table by its caption ("Bảng N. <title>") and compares cell by cell:
planted cells must be wrong by more than 5 % (true value beside them), knock-on cells must equal
what the plan's own wrong figure gives, every other cell right within 1 % (0,15 absolute for
small money cells). Every text figure must be in the text. Then the plan-level checks: supply
against need, output against capacity, sources against investment, growth, margins, payback,
the papers a careful reviewer expects (or their planted absence), no replaced instrument in a
plan that is not meant to have one, and the sketchy plans' length and figures.
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
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029, 2030)          # 2030 is the "định hướng" column where a plan shows it
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|Ủy ban nhân dân huyện|"
            r"Phòng [^.|]{0,40} huyện|\bhuyện\b")
EXCISE = [0.70 / 1.70, 0.75 / 1.75, 0.80 / 1.80, 0.85 / 1.85]   # rượu ≥ 20°: 70/75/80/85 % of the taxable price

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs 2027..2030)
# hist: (output, average price đ per base unit, profit triệu, workers) for 2024, 2025, 2026
# raws: (label, unit, norm per base unit, price đ per unit); raws[0] is balanced against supply
# own: (what, quantity, unit, yield of raws[0] per unit and year)
# buy: (local unit, its conversion to raws[0]'s unit, [(village or group, households, local units a year)])
# cap: (amount, multiplier, what): capacity in base units a year = amount × multiplier
# roles: (label, workers 2027..2030, salaried?); wage triệu per salaried worker a month
# piece: đ per pack paid to home workers (fq04 only)
# energy: đ per base unit; inv: (label, triệu, fixed asset?); src: (label, triệu)
# loan: balance 2027..2030 (triệu); shares: (cost line, share of revenue or 4 yearly shares)
# fixed: (cost line, triệu a year)
PLANS: dict[str, dict] = {
    "fq01": dict(
        raw_short="cá cơm tươi",
        unit="lít",
        products=[("Nước mắm cá cơm nhĩ 40 độ đạm, chai thủy tinh 500 ml", "chai", 0.5, 95000, 14000,
                   [16000, 18000, 20000, 21000], "Nước mắm nhĩ 40 độ đạm 500 ml"),
                  ("Nước mắm cá cơm 30 độ đạm, chai PET 500 ml", "chai", 0.5, 55000, 7000,
                   [24000, 27000, 30000, 32000], "Nước mắm 30 độ đạm, chai PET"),
                  ("Nước mắm cốt 30 độ đạm, can 2 lít", "can", 2, 190000, 12000, [3000, 3300, 3600, 3800], "Nước mắm cốt, can 2 lít")],
        hist=[(20000, 120000, 380, 11), (21500, 124000, 430, 12), (23000, 128000, 490, 12)],
        raws=[("Cá cơm tươi", "kg", 1.5, 18000), ("Muối hạt sạch", "kg", 0.5, 4000)],
        own=("hai tàu lưới vây của công ty", 2, "tàu", 12000),
        buy=("tạ", 100, [("Tổ đoàn kết nghề cá thôn Hội Thủy", 12, 120),
                         ("Tổ đoàn kết nghề cá thôn Hải Đông", 9, 110),
                         ("Tổ đoàn kết nghề cá thôn Xuân Yên", 8, 90)]),
        cap=(80, 500, "thùng chượp × 500 lít/thùng/năm"),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3, 3], True), ("Thu mua cá, muối chượp", [3, 3, 3, 4], True),
               ("Kéo rút, lọc, pha đạm", [2, 2, 3, 3], True), ("Đóng chai, dán nhãn, kho", [2, 3, 3, 3], True),
               ("Bán hàng, giao hàng", [2, 2, 2, 2], True)],
        wage=6.5, energy=3000,
        inv=[("Mở rộng nhà thùng chượp 120 m²", 450, True), ("20 thùng gỗ bời lời mới", 160, True),
             ("Hệ thống lọc, bồn inox pha đạm", 180, True), ("Máy chiết rót, đóng nắp bán tự động", 220, True),
             ("Bể thu gom, xử lý nước rửa và hệ thống khử mùi", 150, True),
             ("Bao bì, nhãn, kiểm nghiệm, tem QR", 60, False), ("Vốn lưu động", 380, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 500, 300, 100], rate=0.085,
        shares=[("Bán hàng, vận chuyển, quảng bá", 0.06), ("Thuế, phí", 0.015)],
        fixed=[("Xét nghiệm định kỳ, bảo hộ lao động, chi khác", 60)],
        pack_label="Chai, can, nắp, nhãn, thùng carton", energy_label="Điện, nước"),
    "fq02": dict(
        raw_short="gạo nếp cái",
        unit="lít",
        products=[("Rượu nếp cái hoa vàng 29,5 độ, chai thủy tinh 500 ml", "chai", 0.5, 190000, 18000,
                   [9000, 10000, 11000, 12000], "Rượu chai 500 ml"),
                  ("Rượu nếp cái hoa vàng 29,5 độ, bình sứ 1 lít", "bình", 1, 450000, 45000,
                   [1500, 1700, 1900, 2000], "Rượu bình sứ 1 lít"),
                  ("Rượu nếp cái 29,5 độ, can nhựa thực phẩm 2 lít", "can", 2, 380000, 10000,
                   [1200, 1300, 1400, 1500], "Rượu can 2 lít")],
        hist=[(6500, 300000, 150, 5), (7000, 310000, 170, 6), (7500, 320000, 190, 6)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 1.25, 38000), ("Men lá thuốc bắc", "kg", 0.03, 150000)],
        own=("ruộng nếp cái hoa vàng của thành viên", 50, "sào", 200),
        buy=("tạ", 100, [("Thôn Yên Thượng", 12, 25), ("Thôn Đồng Lạc", 10, 20)]),
        cap=(40, 300, "lít/ngày × 300 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2, 2], True), ("Nấu, ủ men, chưng cất", [2, 2, 2, 2], True),
               ("Hạ thổ, lọc, đóng chai", [1, 1, 2, 2], True), ("Bán hàng", [1, 1, 1, 1], True)],
        wage=6.0, energy=8000,
        inv=[("Lò nấu và nồi chưng cất inox hai lớp", 180, True), ("Hầm hạ thổ, kho ủ rượu 40 m²", 160, True),
             ("Máy lọc, hệ thống chiết rót", 120, True), ("Hầm biogas và bể lắng nước thải", 80, True),
             ("Bao bì, nhãn, kiểm nghiệm, tem truy xuất", 50, False), ("Vốn lưu động", 310, False)],
        src=[("Vốn góp của thành viên", 400), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200, 100], rate=0.08,
        shares=[("Bán hàng, quảng bá", 0.05), ("Thuế tiêu thụ đặc biệt", EXCISE), ("Thuế, phí khác", 0.01)],
        fixed=[("Kiểm nghiệm định kỳ, chi khác", 40)],
        pack_label="Chai, bình sứ, can, nút, nhãn, hộp", energy_label="Củi trấu, điện, nước"),
    "fq03": dict(
        raw_short="lá chè vằng tươi",
        unit="kg",
        products=[("Chè vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 45000, 7000, [14000, 15500, 17000, 18000], "Chè vằng túi lọc, hộp 50 g"),
                  ("Chè vằng khô cắt khúc, túi 500 g", "túi", 0.5, 90000, 3000, [2400, 2600, 2800, 3000], "Chè vằng khô, túi 500 g"),
                  ("Chè vằng khô, bao 2 kg", "bao", 2, 320000, 8000, [200, 220, 240, 260], "Chè vằng khô, bao 2 kg")],
        hist=[(1700, 360000, 95, 4), (1900, 370000, 110, 4), (2050, 380000, 125, 5)],
        raws=[("Cành lá chè vằng tươi", "kg", 4, 7000)],
        own=("vườn chè vằng của hộ", 15, "sào", 300),
        buy=("tạ", 100, [("Thôn Tân Sơn", 14, 30), ("Thôn Trường Sơn", 12, 28), ("Thôn Bắc Sơn", 10, 22)]),
        cap=(12, 260, "kg thành phẩm/ngày × 260 ngày"),
        roles=[("Chủ hộ, quản lý, kế toán", [1, 1, 1, 1], True), ("Thu mua, sơ chế, sấy", [2, 2, 2, 3], True),
               ("Nghiền, đóng túi, đóng gói", [1, 1, 2, 2], True), ("Bán hàng", [1, 1, 1, 1], True)],
        wage=6.0, energy=12000,
        inv=[("Cải tạo nhà sơ chế, đóng gói 60 m²", 120, True), ("Máy sấy bơm nhiệt 150 kg/mẻ", 130, True),
             ("Máy cắt, máy nghiền, máy đóng túi lọc", 160, True), ("Bao bì, mã vạch, tem QR", 30, False),
             ("Kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 20, False), ("Vốn lưu động", 140, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 180, 110, 40], rate=0.066,
        shares=[("Bán hàng, quảng bá", 0.05), ("Thuế khoán, phí", 0.015)],
        fixed=[("Kiểm nghiệm định kỳ, chi khác", 25)],
        pack_label="Túi lọc, hộp, túi, nhãn", energy_label="Điện sấy, nước"),
    "fq04": dict(
        raw_short="lá nón", bal_scale=(1000, "nghìn lá"),
        unit="sản phẩm",
        products=[("Nón lá bài thơ lồng tranh, quai lụa", "chiếc", 1, 180000, 6000, [3000, 3300, 3600, 3800], "Nón bài thơ"),
                  ("Nón lá trắng truyền thống 16 vành", "chiếc", 1, 95000, 3000, [5000, 5400, 5800, 6000], "Nón trắng 16 vành"),
                  ("Nón lá mini trang trí, bộ 3 chiếc", "bộ", 1, 130000, 8000, [1200, 1400, 1600, 1700], "Bộ nón mini trang trí")],
        hist=[(7600, 112000, 75, 22), (8000, 115000, 82, 23), (8400, 118000, 90, 23)],
        raws=[("Lá nón đã phơi sương, là phẳng", "lá", 24, 450), ("Vành tre, quai, chỉ cước", "bộ", 1, 12000)],
        own=("đồi lá nón của các tổ viên", 45, "sào", 3000),
        buy=("bó", 100, [("Thôn Trung Sơn", 15, 700), ("Xóm Rào Cỏ", 11, 500), ("Thôn Tân Hương", 9, 400)]),
        cap=(40, 300, "sản phẩm/ngày × 300 ngày"),
        roles=[("Tổ trưởng, thủ quỹ", [2, 2, 2, 2], True), ("Thợ chằm nón làm tại nhà", [18, 19, 20, 20], False),
               ("Phơi, là lá, chuốt vành", [3, 3, 3, 3], False), ("Hoàn thiện, đóng gói, bán hàng", [2, 2, 3, 3], True)],
        wage=5.5, energy=1500,
        piece=[60000, 35000, 40000], piece_label="Tiền công chằm nón, phơi lá (khoán theo sản phẩm)",
        inv=[("Nhà làm việc chung, kho lá 70 m²", 180, True), ("Lò sấy lá bằng hơi nóng, bàn là lá", 70, True),
             ("Máy in lụa tranh, khuôn nón", 60, True), ("Tủ trưng bày, kệ hàng tại điểm bán", 40, True),
             ("Thiết kế hộp, nhãn treo, tem QR", 30, False), ("Vốn lưu động", 120, False)],
        src=[("Vốn góp của tổ viên", 280), ("Vay Ngân hàng Chính sách xã hội", 220)],
        life=8, loan=[220, 160, 100, 40], rate=0.066,
        shares=[("Bán hàng, hội chợ, quảng bá", 0.06), ("Thuế, phí", 0.01)],
        fixed=[("Chi khác", 20)],
        pack_label="Hộp, túi vải, nhãn treo", energy_label="Điện, than sấy lá",
        wage_label="Lương tổ trưởng, thủ quỹ, bán hàng"),
    "fq05": dict(
        raw_short="lạc nhân",
        unit="kg",
        products=[("Kẹo cu đơ truyền thống, gói 200 g", "gói", 0.2, 35000, 2500, [30000, 33000, 36000, 38000], "Cu đơ gói 200 g"),
                  ("Kẹo cu đơ gừng, túi 300 g", "túi", 0.3, 52000, 3000, [12000, 13500, 15000, 16000], "Cu đơ gừng túi 300 g"),
                  ("Hộp quà cu đơ 500 g (10 phong)", "hộp", 0.5, 95000, 12000, [6000, 7000, 8000, 8500], "Hộp quà cu đơ 500 g")],
        hist=[(9800, 165000, 210, 9), (10600, 168000, 240, 10), (11300, 172000, 265, 10)],
        raws=[("Lạc nhân", "kg", 0.45, 55000), ("Mật mía", "kg", 0.5, 22000), ("Bánh tráng mè", "chiếc", 8, 800),
              ("Gừng tươi, vừng, đường", "kg", 0.08, 40000)],
        own=("ruộng lạc công ty thuê của xã", 20, "sào", 120),
        buy=("tạ", 100, [("Hợp tác xã Nông nghiệp Thạch Trung", 40, 30), ("Thôn Đông Yên", 18, 14),
                         ("Thôn Vĩnh Phú", 15, 12)]),
        cap=(65, 280, "kg/ngày × 280 ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2, 2], True), ("Nấu mật, cán kẹo", [3, 3, 4, 4], True),
               ("Cắt, đóng gói", [3, 3, 3, 4], True), ("Bán hàng, giao hàng", [2, 2, 2, 2], True)],
        wage=6.0, energy=6000,
        inv=[("Nồi nấu mật hai vỏ gia nhiệt", 120, True), ("Máy rang lạc tang trống", 90, True),
             ("Máy cán, máy cắt kẹo", 150, True), ("Máy đóng gói hút ẩm", 110, True),
             ("Cải tạo phòng đóng gói một chiều", 130, True), ("Thiết kế hộp quà, túi", 40, False),
             ("Vốn lưu động", 260, False)],
        src=[("Vốn chủ sở hữu", 500), ("Vay Ngân hàng thương mại cổ phần", 400)],
        life=8, loan=[400, 300, 200, 100], rate=0.09,
        shares=[("Bán hàng, vận chuyển, quảng bá", 0.06), ("Thuế, phí", 0.015)],
        fixed=[("Chi khác", 40)],
        pack_label="Túi, hộp, giấy gói", energy_label="Điện, gas, nước"),
    "fq06": dict(
        raw_short="mật ong thô",
        unit="kg",
        products=[("Mật ong hoa keo, chai 500 ml (khoảng 700 g)", "chai", 0.7, 180000, 9000, [3000, 3400, 3800, 4000], "Mật ong keo, chai 500 ml"),
                  ("Mật ong hoa keo, chai 1 lít (khoảng 1,4 kg)", "chai", 1.4, 340000, 14000, [1500, 1800, 2100, 2300], "Mật ong keo, chai 1 lít"),
                  ("Mật ong hoa bạch đàn, hũ 250 g", "hũ", 0.25, 90000, 7000, [2000, 2300, 2600, 2800], "Mật ong bạch đàn, hũ 250 g")],
        hist=[(3900, 240000, 120, 4), (4200, 248000, 140, 5), (4500, 255000, 155, 5)],
        raws=[("Mật ong thô (đã quay)", "kg", 1.05, 100000)],
        own=("đàn ong ngoại của hộ đặt trong rừng keo", 180, "đàn", 22),
        buy=("can", 28, [("Tổ nuôi ong thôn Mỹ Thượng", 6, 20), ("Tổ nuôi ong thôn Bắc Mỹ", 5, 18)]),
        cap=(40, 250, "kg/ngày × 250 ngày"),
        roles=[("Chủ hộ, quản lý", [1, 1, 1, 1], True), ("Chăm sóc ong, quay mật", [3, 3, 3, 3], True),
               ("Lọc, đóng chai, bán hàng", [1, 2, 2, 2], True)],
        wage=5.5, energy=2000,
        inv=[("Máy hạ thủy phần mật ong 30 kg/mẻ", 140, True), ("Phòng lọc, đóng chai 30 m²", 110, True),
             ("Máy quay mật, bồn lắng inox", 50, True), ("Bao bì, kiểm nghiệm", 30, False),
             ("Vốn lưu động", 250, False)],
        src=[("Vốn tự có của hộ", 330), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 180, 110, 40], rate=0.066,
        shares=[("Bán hàng, quảng bá", 0.05), ("Thuế khoán, phí", 0.015)],
        fixed=[("Chi khác", 25)],
        pack_label="Chai, hũ, nắp, nhãn", energy_label="Điện, nước"),
    "fq07": dict(
        raw_short="quả sim chín",
        unit="lít",
        products=[("Rượu sim rừng 29 độ, chai thủy tinh 500 ml", "chai", 0.5, 220000, 16000, [8000, 9000, 10000, 10500], "Rượu sim chai 500 ml"),
                  ("Rượu sim rừng 29 độ, bình gốm 1,5 lít", "bình", 1.5, 600000, 50000, [800, 900, 1000, 1100], "Rượu sim bình gốm 1,5 lít"),
                  ("Rượu sim 29 độ, can 5 lít", "can", 5, 1000000, 25000, [300, 330, 360, 380], "Rượu sim can 5 lít")],
        hist=[(5300, 350000, 130, 6), (5700, 360000, 145, 6), (6100, 370000, 160, 6)],
        raws=[("Quả sim chín", "kg", 0.8, 25000), ("Gạo nếp", "kg", 1.0, 30000), ("Men, đường phèn", "kg", 0.05, 60000)],
        own=("đồi sim của hợp tác xã", 12, "ha", 400),
        buy=("yến", 10, [("Thôn Sơn Bằng", 25, 120), ("Thôn Đồng Hòa", 20, 100), ("Thôn Khe Dẻ", 15, 80)]),
        cap=(35, 300, "lít/ngày × 300 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2, 2], True), ("Thu hái, sơ chế sim", [1, 1, 1, 1], True),
               ("Nấu, chưng cất, ngâm ủ", [2, 2, 2, 2], True), ("Lọc, đóng chai, bán hàng", [1, 1, 2, 2], True)],
        wage=5.5, energy=8000,
        inv=[("Nồi chưng cất inox và lò hơi", 200, True), ("30 chum sành ngâm ủ 200 lít", 90, True),
             ("Máy lọc, máy chiết rót, đóng nút", 150, True), ("Kho ủ rượu và phòng đóng chai 50 m²", 220, True),
             ("Kho lạnh bảo quản quả sim", 120, True), ("Bao bì, nhãn, kiểm nghiệm", 60, False),
             ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300, 150], rate=0.08,
        shares=[("Bán hàng, quảng bá", 0.05), ("Thuế tiêu thụ đặc biệt", EXCISE), ("Thuế, phí khác", 0.01)],
        fixed=[("Bảo dưỡng thiết bị", 25), ("Kiểm nghiệm định kỳ, chi khác", 30)],
        pack_label="Chai, bình gốm, can, nút, nhãn, hộp", energy_label="Điện, củi, nước"),
    "fq08": dict(
        raw_short="búp chè tươi",
        unit="kg",
        products=[("Chè búp khô đặc biệt, túi 200 g", "túi", 0.2, 70000, 3000, [9000, 19000, 22000, 24000], "Chè búp đặc biệt 200 g"),
                  ("Chè búp khô, hộp thiếc 500 g", "hộp", 0.5, 190000, 15000, [1800, 3800, 4400, 4800], "Chè búp hộp thiếc 500 g"),
                  ("Chè xanh túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 38000, 5000, [12000, 26000, 30000, 32000], "Chè túi lọc, hộp 50 g")],
        hist=[(2600, 400000, 170, 8), (2900, 410000, 195, 8), (3200, 420000, 215, 8)],
        raws=[("Búp chè tươi (1 tôm 2 lá)", "kg", 4.5, 12000)],
        own=("đồi chè của các thành viên", 5, "ha", 6000),
        buy=("tạ", 100, [("Thôn Trà Sơn", 14, 45), ("Thôn Khe Giao", 11, 35), ("Thôn Đồng Chè", 9, 25)]),
        cap=(36, 250, "kg chè khô/ngày × 250 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2, 2], True), ("Thu mua, làm héo, sao, vò", [3, 3, 3, 3], True),
               ("Sấy, phân loại, đóng gói", [2, 2, 2, 2], True), ("Bán hàng", [1, 1, 1, 1], True)],
        wage=5.5, energy=15000,
        inv=[("Nhà xưởng chế biến chè 150 m²", 420, True), ("Dây chuyền làm héo, sao, vò, sấy chè", 480, True),
             ("Máy đóng túi lọc tự động", 350, True), ("Máy hút chân không, máy hàn túi", 60, True),
             ("Bao bì, kiểm nghiệm, đăng ký nhãn hiệu", 90, False), ("Vốn lưu động", 450, False)],
        src=[("Vốn góp của thành viên", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 900)],
        life=10, loan=[900, 700, 500, 300], rate=0.08,
        shares=[("Bán hàng, quảng bá", 0.06), ("Thuế, phí", 0.015)],
        fixed=[("Chi khác", 50)],
        pack_label="Túi, hộp thiếc, túi lọc, nhãn", energy_label="Điện, củi, nước"),
    "fq09": dict(
        raw_short="củ nghệ tươi",
        unit="kg",
        products=[("Tinh bột nghệ đỏ, hũ thủy tinh 100 g", "hũ", 0.1, 75000, 6000, [8000, 9000, 10000, 10500], "Tinh bột nghệ hũ 100 g"),
                  ("Tinh bột nghệ đỏ, hũ 250 g", "hũ", 0.25, 170000, 9000, [3200, 3600, 4000, 4200], "Tinh bột nghệ hũ 250 g"),
                  ("Tinh bột nghệ đỏ, túi zip 500 g", "túi", 0.5, 310000, 5000, [1000, 1200, 1400, 1500], "Tinh bột nghệ túi 500 g")],
        hist=[(1600, 640000, 160, 7), (1800, 660000, 185, 7), (1950, 680000, 205, 7)],
        raws=[("Củ nghệ đỏ tươi", "kg", 22, 8000)],
        own=("ruộng nghệ của thành viên", 26, "sào", 1200),
        buy=("tạ", 100, [("Thôn Hương Thọ", 20, 130), ("Thôn Thủy Lâm", 18, 110), ("Thôn Khe Cát", 12, 90)]),
        cap=(10, 220, "kg tinh bột/mẻ × 1 mẻ/ngày × 220 ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2, 2], True), ("Rửa, mài, lọc tách bột", [3, 3, 3, 3], True),
               ("Sấy, đóng gói", [1, 1, 1, 1], True), ("Bán hàng", [1, 1, 1, 1], True)],
        wage=5.5, energy=30000,
        inv=[("Máy rửa, gọt củ nghệ", 90, True), ("Máy mài nghệ, máy lọc tách bã", 160, True),
             ("Bể lắng inox, hệ thống lọc nước", 120, True), ("Cải tạo nhà xưởng một chiều 80 m²", 200, True),
             ("Bao bì, nhãn, kiểm nghiệm", 50, False), ("Vốn lưu động", 280, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 380, 260, 140], rate=0.08,
        shares=[("Bán hàng, quảng bá", 0.06), ("Thuế, phí", 0.015)],
        fixed=[("Chi khác", 40)],
        pack_label="Hũ, túi zip, nhãn, hộp", energy_label="Điện sấy lạnh, nước"),
    "fq10": dict(
        raw_short="gỗ xẻ sấy",
        unit="sản phẩm",
        products=[("Khay trà gỗ xoan đào khắc hoa văn", "chiếc", 1, 550000, 15000, [1200, 1350, 1500, 1600], "Khay trà gỗ xoan đào"),
                  ("Hộp đựng trà, hộp quà gỗ", "chiếc", 1, 320000, 10000, [2000, 2300, 2600, 2800], "Hộp trà, hộp quà gỗ"),
                  ("Tranh gỗ khắc phong cảnh Hà Tĩnh", "bức", 1, 1200000, 30000, [400, 450, 500, 550], "Tranh gỗ khắc")],
        hist=[(2900, 455000, 210, 8), (3100, 465000, 235, 8), (3300, 475000, 255, 9)],
        raws=[("Gỗ keo, gỗ xoan xẻ sấy", "m³", 0.012, 6500000), ("Sơn PU, dầu lau gỗ", "lít", 0.15, 120000)],
        own=("rừng keo trồng của công ty", 10, "ha", 2.5),
        buy=("xe", 5, [("Tổ hợp tác trồng rừng thôn Đại Hòa", 6, 4), ("Thôn Trung Lộc", 5, 3)]),
        cap=(18, 290, "sản phẩm/ngày × 290 ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2, 2], True), ("Thợ mộc, chạm khắc", [4, 4, 5, 5], True),
               ("Chà nhám, phun sơn hoàn thiện", [2, 2, 2, 2], True), ("Đóng gói, bán hàng", [1, 1, 1, 1], True)],
        wage=6.5, energy=10000,
        inv=[("Máy CNC khắc gỗ 4 đầu", 320, True), ("Máy cưa, bào, phay liên hợp", 150, True),
             ("Lò sấy gỗ 10 m³", 180, True), ("Mở rộng xưởng hoàn thiện 100 m²", 250, True),
             ("Thiết kế mẫu, bao bì, nhãn treo", 40, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng thương mại cổ phần", 600)],
        life=10, loan=[600, 450, 300, 150], rate=0.09,
        shares=[("Bán hàng, hội chợ, quảng bá", 0.06), ("Thuế, phí", 0.015)],
        fixed=[("Bảo dưỡng máy, chi khác", 45)],
        pack_label="Hộp, túi vải, nhãn treo", energy_label="Điện, nước"),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED: dict[str, dict] = {
    "fq05": {"rev_line": (2, 2, 1.18)},       # revenue table, 2029 gift-box line × 1,18; totals, shares, profit follow
    "fq06": {"shortfall": True},               # need 5.749 / 6.563 kg raw honey vs 5.024 kg supply; no balance row
    "fq07": {"cost_total": (1, 0.90), "payback": 1.5},  # 2028 cost total 10 % short; payback "1,5 năm"
    "fq08": {"src_short": True, "growth": True},         # sources 1.600 vs investment 1.850; output ×2 in 2028
    "fq09": {"sum_profit": (1, 1.30), "over_capacity": True},  # 2028 profit × 1,3 in the summary; dryer 2.200 kg
}
READY = ("fq01", "fq02", "fq03", "fq04")
STEMS = {
    "fq01": "fq01_nuoc_mam_ca_com_hoi_thuy_cty",
    "fq02": "fq02_ruou_nep_cai_yen_hoa_htx",
    "fq03": "fq03_che_vang_ky_thuong_hkd",
    "fq04": "fq04_non_la_phu_luong_tht",
    "fq05": "fq05_keo_cu_do_lam_hong_cty",
    "fq06": "fq06_mat_ong_hoa_keo_cam_my_hkd",
    "fq07": "fq07_ruou_sim_thach_son_htx",
    "fq08": "fq08_che_bup_son_tra_htx",
    "fq09": "fq09_tinh_bot_nghe_huong_thuy_htx",
    "fq10": "fq10_do_go_my_nghe_dai_loc_cty",
    "fq11": "fq11_banh_gai_duc_thinh_so_sai",
    "fq12": "fq12_trai_nghiem_vuon_cam_so_sai",
}
# Per plan: which tables show the 2030 column, how the revenue and summary tables are laid out.
LAYOUT = {
    "fq01": dict(y2030=True, rev="wide", summary="5y"),
    "fq02": dict(y2030=False, rev="long", summary="3y"),
    "fq03": dict(y2030=False, rev="wide", summary="3y"),
    "fq04": dict(y2030=True, rev="long", summary="5y"),
    "fq05": dict(y2030=False, rev="long", summary="3y"),
    "fq06": dict(y2030=False, rev="wide", summary="3y"),
    "fq07": dict(y2030=False, rev="wide", summary="3y"),
    "fq08": dict(y2030=True, rev="wide", summary="5y"),
    "fq09": dict(y2030=True, rev="long", summary="5y"),
    "fq10": dict(y2030=False, rev="wide", summary="3y"),
}


# --------------------------------------------------------------------------- numbers
def num(x: float, d: int = 1) -> str:
    """Vietnamese number with at most d decimals: 1234.5 -> '1.234,5', 1200.0 -> '1.200'."""
    x = round(x + 0.0, d)
    if abs(x - round(x)) < 1e-9:
        s = f"{int(round(x)):,}"
        return s.replace(",", ".")
    s = f"{x:,.{d}f}".rstrip("0")
    return s.replace(",", "§").replace(".", ",").replace("§", ".")


@dataclass
class Model:
    key: str
    out: list[float]
    rev_lines: list[list[float]]
    rev: list[float]
    need: list[list[float]]
    own: float
    buy_rows: list[float]
    buy: float
    supply: float
    cap: float
    staff: list[int]
    cost_lines: list[tuple[str, list[float]]]
    cost: list[float]
    profit: list[float]
    margin: list[float]
    inv: float
    fixed_assets: float
    dep: float
    src: float
    payback: float
    hist_rev: list[float]
    hist_cost: list[float]


def model(key: str) -> Model:
    P = PLANS[key]
    n = len(YEARS)
    out = [sum(p[5][y] * p[2] for p in P["products"]) for y in range(n)]
    rev_lines = [[p[5][y] * p[3] / 1e6 for y in range(n)] for p in P["products"]]
    rev = [sum(r[y] for r in rev_lines) for y in range(n)]
    need = [[out[y] * r[2] for y in range(n)] for r in P["raws"]]
    o = P["own"]
    own = o[1] * o[3]
    lu, conv, rows = P["buy"]
    buy_rows = [q * conv for _, _, q in rows]
    buy = sum(buy_rows)
    cap = P["cap"][0] * P["cap"][1]
    staff = [sum(r[1][y] for r in P["roles"]) for y in range(n)]
    salaried = [sum(r[1][y] for r in P["roles"] if r[2]) for y in range(n)]
    fixed_assets = sum(v for _, v, f in P["inv"] if f)
    dep = fixed_assets / P["life"]
    lines: list[tuple[str, list[float]]] = []
    for r, nd in zip(P["raws"], need):
        lines.append((r[0], [nd[y] * r[3] / 1e6 for y in range(n)]))
    lines.append((P["pack_label"], [sum(p[5][y] * p[4] for p in P["products"]) / 1e6 for y in range(n)]))
    if "piece" in P:
        lines.append((P["piece_label"],
                      [sum(p[5][y] * c for p, c in zip(P["products"], P["piece"])) / 1e6 for y in range(n)]))
    lines.append((P.get("wage_label", "Tiền lương, tiền công lao động"),
                  [salaried[y] * P["wage"] * 12 for y in range(n)]))
    lines.append((P["energy_label"], [out[y] * P["energy"] / 1e6 for y in range(n)]))
    lines.append(("Khấu hao tài sản cố định", [dep] * n))
    lines.append(("Lãi vay", [P["loan"][y] * P["rate"] for y in range(n)]))
    for lab, sh in P["shares"]:
        shs = sh if isinstance(sh, list) else [sh] * n
        lines.append((lab, [rev[y] * shs[y] for y in range(n)]))
    for lab, v in P["fixed"]:
        lines.append((lab, [v] * n))
    cost = [sum(v[y] for _, v in lines) for y in range(n)]
    profit = [rev[y] - cost[y] for y in range(n)]
    margin = [profit[y] / rev[y] * 100 for y in range(n)]
    inv = sum(v for _, v, _ in P["inv"])
    src = sum(v for _, v in P["src"])
    payback = inv / (sum(profit[:3]) / 3 + dep)
    hist_rev = [h[0] * h[1] / 1e6 for h in P["hist"]]
    hist_cost = [hr - h[2] for hr, h in zip(hist_rev, P["hist"])]
    return Model(key, out, rev_lines, rev, need, own, buy_rows, buy, own + buy, cap, staff, lines, cost,
                 profit, margin, inv, fixed_assets, dep, src, payback, hist_rev, hist_cost)


# --------------------------------------------------------------------------- printed values
@dataclass
class Cell:
    true: float
    shown: float
    kind: str = "ok"        # ok | planted | follow
    d: int = 1

    def text(self) -> str:
        return num(self.shown, self.d)


def C(v: float, d: int = 1) -> Cell:
    return Cell(v, v, "ok", d)


@dataclass
class Table:
    key: str
    title: str
    unit: str | None
    header: list[str]
    rows: list[list]


@dataclass
class Shown:
    """What the plan prints where a planted defect changes a figure and what follows from it."""
    rev_lines: list[list[Cell]]
    rev: list[Cell]
    cost_lines: list[tuple[str, list[Cell]]]
    cost: list[Cell]
    profit: list[Cell]
    margin: list[Cell]
    payback: Cell


def shown(key: str, m: Model) -> Shown:
    P, PL, n = PLANS[key], PLANTED.get(key, {}), len(YEARS)
    rl = [[C(v) for v in line] for line in m.rev_lines]
    if "rev_line" in PL:
        i, y, f = PL["rev_line"]
        rl[i][y] = Cell(m.rev_lines[i][y], m.rev_lines[i][y] * f, "planted")
    rev = []
    for y in range(n):
        s = sum(r[y].shown for r in rl)
        rev.append(Cell(m.rev[y], s, "follow" if abs(s - m.rev[y]) > 1e-6 else "ok"))
    share_labels = {lab: sh for lab, sh in P["shares"]}
    cl = []
    for lab, vals in m.cost_lines:
        cells = []
        for y in range(n):
            if lab in share_labels:
                sh = share_labels[lab]
                shy = sh[y] if isinstance(sh, list) else sh
                s = rev[y].shown * shy
                cells.append(Cell(vals[y], s, "follow" if abs(s - vals[y]) > 1e-6 else "ok"))
            else:
                cells.append(C(vals[y]))
        cl.append((lab, cells))
    cost = []
    for y in range(n):
        s = sum(c[y].shown for _, c in cl)
        cost.append(Cell(m.cost[y], s, "follow" if abs(s - m.cost[y]) > 1e-6 else "ok"))
    if "cost_total" in PL:
        y, f = PL["cost_total"]
        cost[y] = Cell(m.cost[y], sum(c[y].shown for _, c in cl) * f, "planted")
    profit = []
    for y in range(n):
        s = rev[y].shown - cost[y].shown
        profit.append(Cell(m.profit[y], s, "follow" if abs(s - m.profit[y]) > 1e-6 else "ok"))
    if "sum_profit" in PL:
        y, f = PL["sum_profit"]
        profit[y] = Cell(m.profit[y], m.profit[y] * f, "planted")
    margin = []
    for y in range(n):
        s = profit[y].shown / rev[y].shown * 100
        margin.append(Cell(m.margin[y], s, "follow" if abs(s - m.margin[y]) > 1e-6 else "ok"))
    pb_shown = m.inv / (sum(p.shown for p in profit[:3]) / 3 + m.dep)
    if "payback" in PL:
        payback = Cell(m.payback, PL["payback"], "planted")
    else:
        payback = Cell(m.payback, pb_shown, "follow" if abs(pb_shown - m.payback) > 1e-6 else "ok")
    return Shown(rl, rev, cl, cost, profit, margin, payback)


def tables(key: str) -> dict[str, Table]:
    """Every numeric table of a full plan, by key; the generator prints them, the check reads them."""
    P, m, L = PLANS[key], model(key), LAYOUT[key]
    s = shown(key, m)
    ny = 4 if L["y2030"] else 3
    yh = [f"Năm {y}" for y in YEARS[:ny]]
    if ny == 4:
        yh[3] = "Năm 2030 (ĐH)"
    u = P["unit"]
    T: dict[str, Table] = {}
    h = P["hist"]
    T["hist"] = Table("hist", "Kết quả sản xuất kinh doanh 3 năm gần đây", None,
                      ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", "Năm 2026"],
                      [["1", "Sản lượng", u] + [C(x[0], 0) for x in h],
                       ["2", "Giá bán bình quân", f"đồng/{u}"] + [C(x[1], 0) for x in h],
                       ["3", "Doanh thu", "triệu đồng"] + [C(v) for v in m.hist_rev],
                       ["4", "Lợi nhuận", "triệu đồng"] + [C(x[2]) for x in h],
                       ["5", "Lao động thường xuyên", "người"] + [C(x[3], 0) for x in h]])
    T["prod"] = Table("prod", "Danh mục sản phẩm, quy cách và giá bán", None,
                      ["Sản phẩm, quy cách", "Đơn vị", f"Quy đổi ({u})", "Giá bán (đồng)", f"Giá quy đổi (đồng/{u})"],
                      [[p[0], p[1], C(p[2], 2), C(p[3], 0), C(p[3] / p[2], 0)] for p in P["products"]])
    T["plan"] = Table("plan", "Kế hoạch sản lượng", None,
                      ["TT", "Sản phẩm", "ĐVT"] + yh,
                      [[str(i + 1), p[6], p[1]] + [C(p[5][y], 0) for y in range(ny)]
                       for i, p in enumerate(P["products"])]
                      + [["", "Sản lượng quy đổi", u] + [C(m.out[y], 0) for y in range(ny)]])
    lu, conv, rows = P["buy"]
    r0 = P["raws"][0]
    T["buy"] = Table("buy", "Nguồn nguyên liệu thu mua theo hợp đồng", None,
                     ["TT", "Nơi cung ứng", "Số hộ", f"Số lượng ({lu}/năm)", f"Quy đổi ({r0[1]}/năm)"],
                     [[str(i + 1), v, C(hh, 0), C(q, 0), C(q * conv, 1)] for i, (v, hh, q) in enumerate(rows)]
                     + [["", "Cộng", C(sum(r[1] for r in rows), 0), C(sum(r[2] for r in rows), 0),
                         C(m.buy, 1)]])
    sc, su = P.get("bal_scale", (1, r0[1]))     # fq04 counts leaves in thousands here
    bal = [["1", "Sản lượng thành phẩm", u] + [C(m.out[y], 0) for y in range(ny)],
           ["2", f"Nhu cầu {P.get('raw_short', r0[0]).lower()}", su] + [C(m.need[0][y] / sc, 1) for y in range(ny)],
           ["3", "Tự sản xuất", su] + [C(m.own / sc, 1) for _ in range(ny)],
           ["4", "Thu mua theo hợp đồng", su] + [C(m.buy / sc, 1) for _ in range(ny)],
           ["5", "Tổng nguồn cung", su] + [C(m.supply / sc, 1) for _ in range(ny)]]
    if not PLANTED.get(key, {}).get("shortfall"):
        bal.append(["6", "Còn dư (5 – 2)", su]
                   + [C((m.supply - m.need[0][y]) / sc, 1) for y in range(ny)])
    T["bal"] = Table("bal", "Cân đối nguyên liệu chính", None, ["TT", "Chỉ tiêu", "ĐVT"] + yh, bal)
    T["staff"] = Table("staff", "Bố trí lao động", None, ["TT", "Bộ phận"] + yh,
                       [[str(i + 1), r[0]] + [C(r[1][y], 0) for y in range(ny)] for i, r in enumerate(P["roles"])]
                       + [["", "Tổng số lao động"] + [C(m.staff[y], 0) for y in range(ny)]])
    T["inv"] = Table("inv", "Tổng vốn đầu tư", "ĐVT: triệu đồng", ["TT", "Hạng mục đầu tư", "Thành tiền"],
                     [[str(i + 1), lab, C(v)] for i, (lab, v, _) in enumerate(P["inv"])]
                     + [["", "Tổng vốn đầu tư", C(m.inv)]])
    T["src"] = Table("src", "Cơ cấu nguồn vốn", "ĐVT: triệu đồng", ["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"],
                     [[str(i + 1), lab, C(v), C(v / m.src * 100)] for i, (lab, v) in enumerate(P["src"])]
                     + [["", "Tổng nguồn vốn", C(m.src), C(100)]])
    if L["rev"] == "wide":
        T["rev"] = Table("rev", "Dự kiến doanh thu", "ĐVT: triệu đồng", ["TT", "Sản phẩm (giá bán)"] + yh[:3],
                         [[str(i + 1), f"{p[6]} ({num(p[3], 0)} đ/{p[1]})"] + s.rev_lines[i][:3]
                          for i, p in enumerate(P["products"])]
                         + [["", "Tổng doanh thu"] + s.rev[:3]])
    else:
        rows = []
        for y in range(3):
            for i, p in enumerate(P["products"]):
                rows.append([str(YEARS[y]) if i == 0 else "", p[6], C(p[5][y], 0), C(p[3], 0), s.rev_lines[i][y]])
            rows.append(["", f"Cộng năm {YEARS[y]}", "", "", s.rev[y]])
        T["rev"] = Table("rev", "Dự kiến doanh thu", None,
                         ["Năm", "Sản phẩm", "Số lượng", "Đơn giá (đồng)", "Thành tiền (tr.đ)"], rows)
    T["cost"] = Table("cost", "Dự kiến chi phí sản xuất kinh doanh", "ĐVT: triệu đồng",
                      ["TT", "Khoản mục chi phí"] + yh[:3],
                      [[str(i + 1), lab] + cells[:3] for i, (lab, cells) in enumerate(s.cost_lines)]
                      + [["", "Tổng chi phí"] + s.cost[:3]])
    if L["summary"] == "3y":
        T["sum"] = Table("sum", "Tổng hợp hiệu quả kinh tế", "ĐVT: triệu đồng", ["TT", "Chỉ tiêu"] + yh[:3],
                         [["1", "Doanh thu"] + s.rev[:3], ["2", "Chi phí"] + s.cost[:3],
                          ["3", "Lợi nhuận"] + s.profit[:3], ["4", "Tỷ suất lợi nhuận/doanh thu (%)"] + s.margin[:3]])
    else:
        T["sum"] = Table("sum", "Chỉ tiêu chủ yếu giai đoạn 2026 – 2030", None,
                         ["TT", "Chỉ tiêu", "ĐVT", "2026 (TH)", "2027", "2028", "2029", "2030 (ĐH)"],
                         [["1", "Sản lượng", u, C(h[2][0], 0)] + [C(v, 0) for v in m.out],
                          ["2", "Doanh thu", "tr.đ", C(m.hist_rev[2])] + s.rev,
                          ["3", "Chi phí", "tr.đ", C(m.hist_cost[2])] + s.cost,
                          ["4", "Lợi nhuận", "tr.đ", C(h[2][2])] + s.profit,
                          ["5", "Tỷ suất LN/DT", "%", C(h[2][2] / m.hist_rev[2] * 100)] + s.margin,
                          ["6", "Lao động", "người", C(h[2][3], 0)] + [C(v, 0) for v in m.staff]])
    return T


def facts(key: str) -> dict[str, Cell | str]:
    """Figures of the running text, by name (the templates write «name»)."""
    P, m = PLANS[key], model(key)
    s = shown(key, m)
    F: dict[str, Cell | str] = {}
    for y in range(4):
        yy = str(YEARS[y])[2:]
        F[f"out{yy}"] = C(m.out[y], 0)
        F[f"rev{yy}"] = s.rev[y]
        F[f"cost{yy}"] = s.cost[y]
        F[f"profit{yy}"] = s.profit[y]
        F[f"staff{yy}"] = C(m.staff[y], 0)
        F[f"need{yy}"] = C(m.need[0][y], 0)
        F[f"margin{yy}"] = s.margin[y]
    for i, p in enumerate(P["products"]):
        F[f"price{i + 1}"] = C(p[3], 0)
        for y in range(4):
            F[f"packs{i + 1}_{str(YEARS[y])[2:]}"] = C(p[5][y], 0)
    for i, h in enumerate(P["hist"]):
        yy = str(HIST_YEARS[i])[2:]
        F[f"hout{yy}"] = C(h[0], 0)
        F[f"hrev{yy}"] = C(m.hist_rev[i])
        F[f"hprofit{yy}"] = C(h[2])
        F[f"hstaff{yy}"] = C(h[3], 0)
    F["growth27"] = C((m.out[0] / P["hist"][2][0] - 1) * 100)
    F["revgrowth27"] = C((m.rev[0] / m.hist_rev[2] - 1) * 100)
    F["own_qty"] = C(P["own"][1], 0)
    F["own_yield"] = C(P["own"][3], 1)
    F["own"] = C(m.own, 0)
    F["buy"] = C(m.buy, 0)
    F["buy_local"] = C(sum(r[2] for r in P["buy"][2]), 0)
    F["buy_conv"] = C(P["buy"][1], 0)
    F["supply"] = C(m.supply, 0)
    F["cap_a"] = C(P["cap"][0], 0)
    F["cap_b"] = C(P["cap"][1], 0)
    F["cap"] = C(m.cap, 0)
    for i, r in enumerate(P["raws"]):
        F[f"norm{i + 1}"] = C(r[2], 3)
        F[f"rawprice{i + 1}"] = C(r[3], 0)
    F["inv"] = C(m.inv)
    F["fixed_assets"] = C(m.fixed_assets)
    F["src"] = C(m.src)
    for i, (_, v) in enumerate(P["src"]):
        F[f"src{i + 1}"] = C(v)
        F[f"srcpct{i + 1}"] = C(v / m.src * 100)
    for i, (_, v, _) in enumerate(P["inv"]):
        F[f"inv{i + 1}"] = C(v)
    F["loan"] = C(P["loan"][0])
    F["rate"] = C(P["rate"] * 100)
    F["life"] = C(P["life"], 0)
    F["dep"] = C(m.dep)
    F["wage"] = C(P["wage"])
    F["avgprofit"] = C(sum(p.shown for p in s.profit[:3]) / 3)
    F["avgprofit_true"] = C(sum(m.profit[:3]) / 3)
    F["payback"] = s.payback
    F["energy"] = C(P["energy"], 0)
    return F


# --------------------------------------------------------------------------- reading a plan
class Plan(plancheck.Plan):
    src = HERE / "src"

    def table_rows(self, title: str) -> list[list[str]] | None:
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(rf"^Bảng \d+\. {re.escape(title)}\s*$", line.strip()):
                rows, j = [], i + 1
                while j < len(lines) and not lines[j].strip().startswith("|"):
                    j += 1
                while j < len(lines) and lines[j].strip().startswith("|"):
                    rows.append([c.strip() for c in lines[j].strip().strip("|").split("|")])
                    j += 1
                return rows[2:]  # header and separator dropped
        self.failures.append(f"table not found: {title!r}")
        return None

    def check_table(self, t: Table) -> None:
        rows = self.table_rows(t.title)
        if rows is None:
            return
        if len(rows) != len(t.rows):
            self.failures.append(f"{t.title}: {len(rows)} rows, expected {len(t.rows)}")
            return
        for r, spec in zip(rows, t.rows):
            if len(r) != len(spec):
                self.failures.append(f"{t.title}: row {r[:2]} has {len(r)} cells, expected {len(spec)}")
                continue
            for cell, sp in zip(r, spec):
                if not isinstance(sp, Cell):
                    if cell != sp:
                        self.failures.append(f"{t.title}: cell {cell!r} expected {sp!r}")
                    continue
                try:
                    v = vn(cell)
                except ValueError:
                    self.failures.append(f"{t.title}: not a number {cell!r}")
                    continue
                if sp.kind == "planted":
                    self.check(off(v, sp.true) and close(v, sp.shown),
                               f"{t.title} {r[1]!r}: planted {cell} should be > 5 % off the true {num(sp.true)}")
                elif sp.kind == "follow":
                    self.check(close(v, sp.shown) or abs(v - sp.shown) <= 0.15,
                               f"{t.title} {r[1]!r}: {cell} should follow the plan's own figure {num(sp.shown)}")
                else:
                    self.check(close(v, sp.true) or abs(v - sp.true) <= 0.15,
                               f"{t.title} {r[1]!r}: {cell} != true {num(sp.true)}")


def fact_names(body: str) -> list[str]:
    return re.findall(r"«([a-z0-9_]+)»", body)


# --------------------------------------------------------------------------- checks
PAPERS = {  # words a careful reviewer looks for, per paper
    "registration": r"đăng ký (doanh nghiệp|hợp tác xã|hộ kinh doanh|tổ hợp tác)|mã số thuế",
    "food_safety": r"an toàn thực phẩm|ATTP",
    "standard": r"tiêu chuẩn cơ sở|TCCS",
    "test": r"kết quả thử nghiệm|phiếu kết quả kiểm nghiệm|kiểm nghiệm",
    "label": r"43/2017/NĐ-CP",
    "label2": r"111/2021/NĐ-CP",
    "trademark": r"nhãn hiệu",
    "environment": r"môi trường",
    "quality": r"truy xuất|nhật ký|mã lô",
    "ocop148": r"148/QĐ-TTg",
    "ocop1489": r"1489/QĐ-TTg",
}
NEEDS = {  # papers each full plan must show (ready plans: all that apply to the category)
    "fq01": ["registration", "food_safety", "standard", "test", "label", "label2", "trademark", "environment",
             "quality", "ocop148", "ocop1489"],
    "fq02": ["registration", "food_safety", "standard", "test", "label", "label2", "trademark", "environment",
             "quality", "ocop148", "ocop1489"],
    "fq03": ["registration", "food_safety", "standard", "test", "label", "label2", "trademark", "environment",
             "quality", "ocop148", "ocop1489"],
    "fq04": ["registration", "standard", "test", "label", "label2", "trademark", "environment", "quality",
             "ocop148", "ocop1489"],
    "fq05": ["registration", "food_safety", "standard", "test", "trademark", "environment", "quality",
             "ocop148", "ocop1489"],
    "fq06": ["registration", "food_safety", "standard", "test", "label", "environment", "quality"],
    "fq07": ["registration", "food_safety", "standard", "test", "label", "trademark", "environment", "quality",
             "ocop148", "ocop1489"],
    "fq08": ["registration", "standard", "test", "label", "trademark", "environment", "quality",
             "ocop148", "ocop1489"],
    "fq09": ["registration", "food_safety", "standard", "test", "label", "trademark", "environment",
             "ocop148", "ocop1489"],
    "fq10": ["registration", "label", "trademark", "quality", "ocop148", "ocop1489"],
}
ABSENT = {  # the planted textual defects: words that must not be anywhere in the plan
    "fq05": [(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|ghi nhãn", "no-label-plan")],
    "fq06": [(r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|bảo hộ", "no-trademark"),
             (r"148/QĐ-TTg|1489/QĐ-TTg", "outdated-policy (no current OCOP decision)")],
    "fq07": [(r"giấy phép|105/2017|17/2020|cấp phép", "no-alcohol-license")],
    "fq08": [(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm", "no-food-safety")],
    "fq09": [(r"truy xuất|nhật ký|mã lô|số lô|\btem\b|QR|kiểm soát nội bộ|kiểm soát chất lượng|lưu mẫu",
              "no-quality-control")],
    "fq10": [(r"môi trường|bụi|mùn cưa|chất thải|xử lý|nước thải|phun sơn có|buồng sơn|khẩu trang",
              "no-environment-measures"),
             (r"tiêu chuẩn|TCCS|TCVN|QCVN|công bố|thử nghiệm|kiểm nghiệm", "no-product-standard")],
}
PRESENT = {  # the planted textual defects: words that must be there
    "fq05": [r"nhà xưởng (sản xuất )?(rộng )?320 m²", r"nhà xưởng (sản xuất )?(rộng )?480 m²"],
    "fq06": [r"1048/QĐ-TTg", r"781/QĐ-TTg", r"123/2018/NQ-HĐND", r"huyện Cẩm Xuyên", r"cấp huyện"],
    "fq10": [r"Công ty TNHH Mộc Phúc Lâm"],
}


def check_full(key: str) -> Plan:
    p = Plan(STEMS[key])
    P, m = PLANS[key], model(key)
    for t in tables(key).values():
        p.check_table(t)
    F = facts(key)
    for name in fact_names(p.body):
        p.failures.append(f"placeholder left: «{name}»")
    # USED (below) lists the text figures each plan's template used; the generator wrote it
    for name, cell in F.items():
        txt = cell.text() if isinstance(cell, Cell) else cell
        if isinstance(cell, Cell) and cell.kind == "planted":
            p.check(off(cell.shown, cell.true), f"planted {name} {txt} not > 5 % off {num(cell.true)}")
    used = USED.get(key, [])
    for name in used:
        cell = F[name]
        txt = cell.text() if isinstance(cell, Cell) else cell
        p.check(txt in p.body, f"text figure {name} = {txt!r} not in the text")
    # plan-level arithmetic
    n = 4 if LAYOUT[key]["y2030"] else 3
    PL = PLANTED.get(key, {})
    for y in range(n):
        if PL.get("shortfall") and y in (1, 2):
            p.check(off(m.need[0][y], m.supply) and m.need[0][y] > m.supply,
                    f"{YEARS[y]}: need {num(m.need[0][y])} should exceed supply {num(m.supply)} by > 5 %")
        elif not PL.get("shortfall"):
            p.check(m.need[0][y] <= m.supply, f"{YEARS[y]}: need {num(m.need[0][y])} > supply {num(m.supply)}")
        if PL.get("over_capacity") and y in (1, 2):
            p.check(off(m.out[y], m.cap) and m.out[y] > m.cap,
                    f"{YEARS[y]}: output {num(m.out[y])} should exceed capacity {num(m.cap)} by > 5 %")
        elif not PL.get("over_capacity"):
            p.check(m.out[y] <= m.cap, f"{YEARS[y]}: output {num(m.out[y])} > capacity {num(m.cap)}")
    if PL.get("src_short"):
        p.check(off(m.src, m.inv), f"sources {num(m.src)} should be > 5 % short of {num(m.inv)}")
    else:
        p.check(close(m.src, m.inv), f"sources {num(m.src)} != investment {num(m.inv)}")
    g27 = m.out[0] / P["hist"][2][0]
    p.check(1.0 <= g27 <= 1.2, f"2027 output {g27:.2f} × 2026")
    for y in (1, 2, 3)[: n - 1]:
        g = m.rev[y] / m.rev[y - 1]
        if PL.get("growth") and y == 1:
            p.check(g > 1.9, f"growth defect: {YEARS[y]} revenue only × {g:.2f}")
        else:
            p.check(g <= 1.25, f"{YEARS[y]} revenue × {g:.2f}")
    for y in range(n):
        top = 50 if PL.get("growth") and y >= 1 else 35   # the growth defect: same staff, twice the output
        p.check(5 <= m.margin[y] <= top, f"{YEARS[y]} true margin {m.margin[y]:.1f} %")
    p.check(1.2 <= m.payback <= 6, f"true payback {m.payback:.1f}")
    # history: margins plausible, 2026 → 2027 price level
    for i, h in enumerate(P["hist"]):
        p.check(3 <= h[2] / m.hist_rev[i] * 100 <= 35, f"history {HIST_YEARS[i]} margin")
    avg27 = m.rev[0] * 1e6 / m.out[0]
    p.check(0.95 <= avg27 / P["hist"][2][1] <= 1.15, f"2027 average price {avg27:.0f} vs 2026 {P['hist'][2][1]}")
    # papers
    for need in NEEDS[key]:
        p.check(re.search(PAPERS[need], p.body, re.I) is not None, f"paper missing: {need}")
    for pat, why in ABSENT.get(key, []):
        p.lacks(pat, why)
    for pat in PRESENT.get(key, []):
        p.check(re.search(pat, p.body, re.I) is not None, f"text not found: {pat}")
    if key in READY or key not in ("fq06",):
        p.lacks(REPLACED, "replaced instrument or district body")
    if key in READY:
        for d in re.findall(r"đến (\d{2})/(\d{2})/(\d{4})", p.body):
            p.check(int(d[2]) >= 2029, f"paper valid only to {'/'.join(d)}")
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


# figures of the running text each template uses (the generator fills «name» from facts())
USED: dict[str, list[str]] = {
    "fq01": ["hstaff26", "out27", "out29", "rev27", "rev29", "staff29", "hout26", "hrev26", "price1",
             "price2", "price3", "norm1", "norm2", "own_yield", "own", "buy_local", "buy", "supply",
             "need29", "need30", "cap_a", "cap_b", "cap", "out30", "wage", "inv", "src1", "srcpct1", "src2",
             "rate", "fixed_assets", "life", "dep", "profit27", "profit29", "avgprofit", "payback"],
    "fq02": ["out27", "out29", "rev27", "rev29", "staff29", "hout26", "hrev26", "hprofit26", "price1",
             "price2", "price3", "norm1", "norm2", "own_qty", "own_yield", "own", "supply", "need29",
             "cap_a", "cap_b", "cap", "wage", "inv", "src1", "src2", "src3", "rate", "fixed_assets", "life",
             "dep", "profit27", "profit28", "profit29", "avgprofit", "payback"],
    "fq03": ["out27", "out29", "rev27", "rev29", "hout26", "hrev26", "price1", "price2", "price3", "norm1",
             "own_qty", "own_yield", "own", "supply", "need29", "cap_a", "cap_b", "cap", "wage", "inv",
             "src1", "src2", "rate", "fixed_assets", "life", "dep", "avgprofit", "payback", "staff29"],
    "fq04": ["out27", "out29", "out30", "rev27", "rev29", "hout26", "hrev26", "hprofit26", "price1",
             "price2", "price3", "norm1", "own_qty", "own_yield", "own", "supply", "need30", "cap_a",
             "cap_b", "cap", "wage", "inv", "src1", "src2", "rate", "fixed_assets", "life", "dep",
             "profit27", "profit29", "avgprofit", "payback", "staff29"],
    "fq05": ["out27", "out29", "rev27", "staff29", "hout26", "hrev26", "hprofit26", "price1", "price2",
             "price3", "norm1", "norm2", "norm3", "norm4", "own_qty", "own_yield", "own", "supply", "need29",
             "cap_a", "cap_b", "cap", "wage", "inv", "src1", "src2", "rate", "fixed_assets", "life", "dep",
             "profit27", "profit29", "avgprofit", "payback"],
    "fq06": ["out27", "out29", "rev27", "rev29", "own_qty", "own_yield", "hout26", "hrev26", "price1",
             "price2", "price3", "norm1", "buy_conv", "supply", "cap_a", "cap_b", "cap", "wage", "inv",
             "src1", "src2", "rate", "fixed_assets", "life", "dep", "avgprofit", "payback", "staff29"],
    "fq07": ["out27", "out29", "rev27", "rev29", "staff29", "hout26", "hrev26", "price1", "price2", "price3",
             "norm1", "norm2", "norm3", "own_qty", "own_yield", "own", "cap_a", "cap_b", "cap", "wage",
             "inv", "src2", "rate", "fixed_assets", "life", "dep", "avgprofit", "payback"],
    "fq08": ["out27", "out28", "out29", "rev29", "hout26", "hrev26", "hprofit26", "price1", "price2",
             "price3", "norm1", "own_qty", "own_yield", "own", "cap_a", "cap_b", "cap", "wage", "inv",
             "fixed_assets", "src", "src1", "src2", "rate", "rev28", "life", "dep", "profit28", "profit29",
             "avgprofit", "payback"],
    "fq09": ["out27", "out29", "out30", "rev27", "hout26", "hrev26", "hprofit26", "price1", "price2",
             "price3", "norm1", "own_qty", "own_yield", "own", "cap_a", "cap_b", "cap", "wage", "out28",
             "inv", "src1", "src2", "rate", "fixed_assets", "life", "dep", "rawprice1", "staff27", "energy",
             "profit27", "profit28", "profit29", "avgprofit", "payback", "staff29"],
    "fq10": ["out27", "out29", "rev27", "rev29", "staff29", "hout26", "hrev26", "hprofit26", "price1",
             "price2", "price3", "norm1", "norm2", "own_qty", "own_yield", "buy_conv", "cap_a", "cap_b",
             "cap", "wage", "inv", "src1", "src2", "rate", "fixed_assets", "life", "dep", "avgprofit",
             "payback"],
}


SKETCHY = {
    "fq11": dict(words=(150, 320), has=["2.000 cái", "6.000 đồng/cái", "12 triệu đồng", "150 triệu đồng"]),
    "fq12": dict(words=(150, 320), has=["20 khách", "150.000 đồng/người", "300 triệu đồng", "1.500 m²"]),
}


def check_sketchy(key: str) -> Plan:
    p = Plan(STEMS[key])
    words = len(re.findall(r"\w+", re.sub(r"^#+", "", p.body, flags=re.M)))
    lo, hi = SKETCHY[key]["words"]
    p.check(lo <= words <= hi, f"{words} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.has(*SKETCHY[key]["has"])
    p.lacks(r"tiêu chuẩn cơ sở|TCCS|nhãn hiệu|43/2017|truy xuất|(?<!chưa )đăng ký (kinh doanh|hộ kinh doanh)|"
            r"an toàn thực phẩm|môi trường", "a paper the sketchy plan lacks on purpose")
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


def main() -> int:
    plans = [check_full(k) for k in PLANS] + [check_sketchy(k) for k in SKETCHY]
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
