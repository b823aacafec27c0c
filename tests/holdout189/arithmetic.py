"""The 189th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout189/arithmetic.py [gh01 gh05 ...]

Theme: plans whose body is prose and whose figures sit in appendices placed after the signature
block ("PHỤ LỤC 1. DỰ TOÁN DOANH THU", "Phụ lục 2. Chi phí", ...). The body points to them ("chi
tiết tại Phụ lục 3") and repeats a few key figures in its text. For every full plan (gh01-gh10) the
constants give the products (pack size in the plan's base unit, prices and packs per year), the
2024-2026 history, the main raw material (norm per base unit, price, supply rows count x yield),
the rated capacity (per day x working days), staff by role with the monthly wage, the cost lines
reckoned as shares of revenue, investment items and capital sources, loan balances and rate.
`model()` turns them into every figure the plan prints (tables rendered by `table()`; the throw-away
generator in /tmp imports both). This script reads each table back from the plan's source (found
by its caption, in the body or in an appendix), compares every cell with the model, and re-checks
the plan's own printed figures: revenue line = packs x price, sums, profit = revenue - cost, sources
= investment, payback = investment / (average profit + depreciation), raw-material need = output x
norm within supply, output within capacity, staff x wage x 12, growth, and the key figures the body
repeats against the appendices. Planted numeric defects must be wrong by more than 5 % (the true
value is computed beside them), every other number right within 1 %. Textual defects are asserted
through the presence or absence of their words. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


class Plan(plancheck.Plan):
    src = HERE / "src"


# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, prices đ per year, packs per year)
# hist: output (base unit), revenue and profit (triệu) 2024-2026
# raw: (label, unit, norm per base unit, price đ/unit, supply rows (label, [count per year], word, yield))
# cap: (per day, days, text); roles: (role, [staff per year]); wage: triệu/month per year
# shares: cost lines as a share of revenue; inv: (label, triệu, fixed?); src: (label, triệu)
# plant: the planted numeric defects (see notes in src/): printed values that differ from the truth
PLANS: dict[str, dict] = {
    "gh01": dict(
        unit="kg",
        products=[("Bánh ram tôm thịt, hộp 10 cái (400 g)", "hộp", 0.4, [55000, 57000, 59000], [40000, 43000, 46000]),
                  ("Bánh ram đông lạnh, túi 20 cái (800 g)", "túi", 0.8, [100000, 104000, 108000], [12000, 13000, 14000])],
        hist=dict(out=[20500, 22400, 24100], price=[120000, 124000, 128000], margin=[0.102, 0.105, 0.107]),
        raw=("Gạo nếp cái", "kg", 0.55, 22000,
             [("Hộ trồng nếp thôn Trung Lộc", [40, 40, 40], "hộ", 300),
              ("HTX Nông nghiệp Đồng Lộc (hợp đồng)", [1, 1, 1], "HTX", 8000)]),
        cap=(120, 300, "120 kg bánh/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nhào bột, nặn, chiên bánh", [7, 7, 8]),
               ("Đóng gói, kho lạnh", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        shares=[("Nhân tôm thịt, dầu, gia vị", 0.26), ("Bao bì, hộp, túi", 0.05),
                ("Điện, nước, gas", 0.04), ("Bán hàng, vận chuyển", 0.06), ("Thuế, phí", 0.015)],
        inv=[("Máy cán bột và máy định hình bánh", 420, True), ("Hệ thống chiên và tách dầu", 260, True),
             ("Kho lạnh bảo quản 40 m³", 320, True), ("Cải tạo xưởng theo nguyên tắc một chiều", 400, True),
             ("Bao bì, mã vạch, tem truy xuất", 60, False), ("Vốn lưu động", 340, False)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng Nông nghiệp và PTNT", 800)],
        life=10, loan=[800, 650, 500], rate=0.08, other=60, plant={}),
    "gh02": dict(
        unit="kg",
        products=[("Chè búp khô, gói 200 g", "gói", 0.2, [70000, 72000, 74000], [15000, 16200, 17500]),
                  ("Chè búp khô, hộp 500 g", "hộp", 0.5, [165000, 170000, 175000], [3000, 3300, 3600]),
                  ("Chè xanh khô, túi 1 kg cho quán", "túi", 1, [220000, 226000, 232000], [1200, 1300, 1400])],
        hist=dict(out=[4700, 5050, 5400], price=[295000, 302000, 310000], margin=[0.11, 0.113, 0.113]),
        raw=("Búp chè tươi", "kg", 4.8, 9000,
             [("Đồi chè của hợp tác xã", [2, 2, 2], "ha", 9000),
              ("Hộ thành viên trồng chè", [22, 22, 22], "hộ", 800)]),
        cap=(28, 300, "28 kg chè khô/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Hái, sao, vò chè", [4, 4, 5]),
               ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1],
        shares=[("Bao bì, hộp, túi", 0.10), ("Điện, củi sao chè", 0.05),
                ("Bán hàng, quảng bá", 0.06), ("Thuế, phí", 0.015)],
        inv=[("Nhà sao chè và phòng đóng gói 80 m²", 280, True), ("Máy sao, máy vò chè liên hoàn", 230, True),
             ("Máy hút chân không, máy hàn túi", 70, True), ("Bao bì, mã vạch, tem truy xuất", 40, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 300)],
        life=10, loan=[300, 220, 140], rate=0.08, other=40, plant={}),
    "gh03": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [175000, 180000, 185000], [3600, 3900, 4200]),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [240000, 247000, 254000], [1300, 1400, 1500])],
        hist=dict(out=[2550, 2750, 2950], price=[285000, 292000, 298000], margin=[0.2, 0.205, 0.21]),
        raw=("Mật ong thô", "kg", 1.06, 90000,
             [("Đàn ong của hộ", [180, 180, 180], "đàn", 13),
              ("Hộ nuôi ong liên kết", [18, 18, 18], "hộ", 110)]),
        cap=(30, 250, "30 kg/mẻ, 1 mẻ/ngày"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Chăm sóc ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        shares=[("Chai, hũ, nhãn", 0.07), ("Điện, nước", 0.015),
                ("Bán hàng, vận chuyển", 0.05), ("Thuế, phí", 0.015)],
        inv=[("Máy hạ thủy phần 30 kg/mẻ", 150, True), ("Bồn lắng inox, máy lọc", 60, True),
             ("Phòng lọc, đóng chai 25 m²", 90, True), ("Chai, hũ, nhãn, kiểm nghiệm", 35, False),
             ("Vốn lưu động", 115, False)],
        src=[("Vốn tự có của hộ", 250), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, other=20, plant={}),
    "gh04": dict(
        unit="sản phẩm",
        products=[("Khay trà gỗ mít chạm hoa sen", "chiếc", 1, [450000, 465000, 480000], [1200, 1300, 1400]),
                  ("Hộp đựng trà gỗ hương", "chiếc", 1, [280000, 290000, 300000], [1800, 1950, 2100]),
                  ("Bộ lót cốc gỗ 6 chiếc", "bộ", 1, [120000, 124000, 128000], [2500, 2700, 2900])],
        hist=dict(out=[4300, 4700, 5100], price=[228000, 234000, 240000], margin=[0.11, 0.114, 0.117]),
        raw=("Gỗ mít, gỗ hương xẻ", "m³", 0.0035, 9000000,
             [("Xưởng xẻ gỗ thôn Yên Thịnh (hợp đồng)", [1, 1, 1], "xưởng", 15),
              ("Hộ có vườn mít già", [10, 10, 10], "hộ", 1.2)]),
        cap=(30, 280, "30 sản phẩm/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Pha gỗ, tạo phôi", [2, 2, 2]),
               ("Chạm khắc, hoàn thiện", [4, 4, 5]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.0],
        shares=[("Sơn PU gốc nước, phụ kiện, hộp", 0.10), ("Điện", 0.04),
                ("Bán hàng, hội chợ", 0.06), ("Thuế, phí", 0.015)],
        inv=[("Máy khắc CNC mini và máy chà nhám", 320, True), ("Xưởng mộc và kho 150 m²", 300, True),
             ("Hệ thống hút bụi, buồng sơn có màng lọc", 110, True), ("Thiết kế mẫu, hộp, thẻ treo", 40, False),
             ("Đăng ký nhãn hiệu", 20, False), ("Vốn lưu động", 210, False)],
        src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=10, loan=[400, 300, 200], rate=0.066, other=40, plant={}),
    "gh05": dict(
        unit="lít",
        products=[("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, [90000, 93000, 96000], [20000, 22000, 24400]),
                  ("Rượu nếp sim, bình sứ 1,5 lít", "bình", 1.5, [290000, 300000, 310000], [1600, 1800, 1900]),
                  ("Rượu nếp sim, can 5 lít", "can", 5, [550000, 565000, 580000], [400, 420, 500])],
        hist=dict(out=[11800, 12700, 13600], price=[165000, 168000, 170000], margin=[0.13, 0.135, 0.138]),
        raw=("Gạo nếp", "kg", 1.1, 24000,
             [("Hộ thành viên trồng nếp", [30, 30, 30], "hộ", 500),
              ("Hộ trồng nếp thôn Đông Hạ", [20, 20, 20], "hộ", 400)]),
        cap=(60, 260, "2 nồi × 30 lít/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [4, 4, 4]),
               ("Ngâm sim, lọc, chiết chai", [3, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4],
        shares=[("Quả sim, men, chai, bình", 0.16), ("Củi, điện, nước", 0.05),
                ("Bán hàng, quảng bá", 0.06), ("Thuế, phí", 0.02)],
        inv=[("Kho ủ, ngâm rượu 70 m²", 260, True), ("Máy lọc, khử andehit, chiết rót", 280, True),
             ("Chum sành, bình inox ngâm sim", 110, True), ("Hầm biogas, bể chứa bỗng", 90, True),
             ("Bao bì, nhãn, tem truy xuất", 50, False), ("Vốn lưu động", 310, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, other=50,
        cap_rows=False, plant=dict(rev_line=(0, 1, 1.15))),
    "gh06": dict(
        unit="lít",
        products=[("Nước mắm cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, [85000, 88000, 91000], [18000, 19400, 21000]),
                  ("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1, [70000, 72000, 74000], [10000, 10800, 11600]),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, [210000, 216000, 222000], [1500, 1600, 1700])],
        hist=dict(out=[22800, 24100, 25400], price=[88000, 90000, 93000], margin=[0.099, 0.102, 0.104]),
        raw=("Cá cơm tươi", "kg", 1.25, 22000,
             [("Tàu của cổ đông", [6, 6, 6], "tàu", 5000),
              ("Vựa cá bến Kỳ Ninh (hợp đồng)", [2, 2, 2], "vựa", 6000)]),
        cap=(90, 420, "90 thùng chượp × 420 lít"),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Muối cá, đảo chượp", [4, 4, 4]),
               ("Lọc, chiết chai", [3, 3, 4]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        shares=[("Muối, chai, can, thùng", 0.12), ("Điện, nước", 0.03),
                ("Bán hàng, vận chuyển", 0.05), ("Thuế, phí", 0.015)],
        inv=[("Bổ sung 30 thùng chượp gỗ 1.000 lít", 240, True), ("Nhà ủ chượp 200 m²", 450, True),
             ("Máy lọc, chiết rót, đóng nắp", 210, True), ("Bao bì, mã vạch", 50, False),
             ("Vốn lưu động", 350, False)],
        src=[("Vốn góp của cổ đông", 800), ("Vay Ngân hàng thương mại", 500)],
        life=10, loan=[500, 400, 300], rate=0.085, other=60,
        plant=dict(cost_total=(1, 0.91))),
    "gh07": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 3 g", "hộp", 0.09, [60000, 62000, 64000], [30000, 32000, 34500]),
                  ("Cà gai leo khô thái lát, túi 500 g", "túi", 0.5, [120000, 124000, 128000], [4000, 4300, 4600]),
                  ("Cà gai leo khô, túi 1 kg cho đại lý", "túi", 1, [210000, 216000, 222000], [800, 900, 1000])],
        hist=dict(out=[4300, 4750, 5150], price=[400000, 410000, 420000], margin=[0.1, 0.105, 0.108]),
        raw=("Cây cà gai leo tươi", "kg", 4.2, 12000,
             [("Vùng trồng của hợp tác xã", [6, 6, 6], "ha", 4500),
              ("Hộ trồng liên kết", [15, 15, 15], "hộ", 600)]),
        cap=(28, 290, "28 kg khô/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, nghiền, đóng túi lọc", [3, 3, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[5.6, 5.9, 6.2],
        shares=[("Túi lọc, hộp, túi", 0.14), ("Điện sấy, nước", 0.05),
                ("Bán hàng, đại lý", 0.08), ("Thuế, phí", 0.015)],
        inv=[("Nhà sơ chế, sấy 120 m²", 420, True), ("Máy sấy bơm nhiệt 2 buồng", 380, True),
             ("Máy nghiền, máy đóng túi lọc", 450, True), ("Bao bì, mã vạch, QR", 60, False),
             ("Vốn lưu động", 540, False)],
        src=[("Vốn góp của thành viên", 900), ("Quỹ phát triển của hợp tác xã", 150),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 480, 360], rate=0.08, other=50,
        plant=dict(workers_text=14)),
    "gh08": dict(
        unit="kg",
        products=[("Mứt gừng dẻo, hộp 300 g", "hộp", 0.3, [55000, 57000, 59000], [12000, 13200, 14520]),
                  ("Mứt gừng lát, túi 500 g", "túi", 0.5, [85000, 88000, 91000], [4800, 5280, 5808])],
        hist=dict(out=[4900, 5300, 5700], price=[174000, 178000, 182000], margin=[0.115, 0.119, 0.122]),
        raw=("Gừng tươi", "kg", 2.5, 20000,
             [("Vườn gừng của hộ", [1, 1, 1], "vườn", 9000),
              ("Hộ trồng gừng thôn Hòa Lạc", [16, 16, 16], "hộ", 400)]),
        cap=(30, 300, "2 nồi × 15 kg/mẻ"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Gọt, thái, sên mứt", [3, 3, 3]),
               ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        shares=[("Đường, bao bì", 0.14), ("Điện, gas", 0.04),
                ("Bán hàng, vận chuyển", 0.05), ("Thuế, phí", 0.015)],
        inv=[("Máy thái gừng, máy sấy", 160, True), ("Hai nồi sên inox có cánh khuấy", 90, True),
             ("Cải tạo phòng chế biến 40 m²", 130, True), ("Hộp, túi", 30, False),
             ("Vốn lưu động", 90, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, other=20,
        balance_row=False, plant=dict(payback_text=1.4)),
    "gh09": dict(
        unit="lít",
        products=[("Dầu lạc nguyên chất, chai 500 ml", "chai", 0.5, [95000, 98000, 101000], [10000, 20000, 32000]),
                  ("Dầu lạc nguyên chất, chai 1 lít", "chai", 1, [180000, 185000, 190000], [3400, 6800, 10900])],
        hist=dict(out=[7200, 7500, 7800], price=[176000, 178000, 179000], margin=[0.12, 0.122, 0.125]),
        raw=("Lạc nhân", "kg", 2.2, 40000,
             [("Hộ tổ viên trồng lạc", [12, 12, 12], "hộ", 700),
              ("Hộ liên kết (hợp đồng hằng năm)", [28, 70, 120], "hộ", 600)]),
        cap=(120, 280, "120 lít/ngày"),
        roles=[("Tổ trưởng, sổ sách", [1, 1, 1]), ("Rang, ép, lắng lọc", [2, 2, 2]),
               ("Chiết chai, bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        shares=[("Chai, nắp, nhãn", 0.08), ("Điện", 0.03),
                ("Bán hàng, vận chuyển", 0.05), ("Thuế, phí", 0.015)],
        inv=[("Máy ép dầu trục vít 120 lít/ngày", 180, True), ("Máy rang lạc, bồn lắng inox", 90, True),
             ("Cải tạo nhà xưởng 60 m²", 130, True), ("Chai, nhãn, tem", 30, False),
             ("Vốn lưu động", 170, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Quỹ hỗ trợ nông dân", 200)],
        life=10, loan=[200, 150, 100], rate=0.06, other=20,
        plant=dict(profit=(0, 1.35))),
    "gh10": dict(
        unit="kg",
        products=[("Bún gạo lứt khô, gói 500 g", "gói", 0.5, [42000, 43500, 45000], [40000, 44000, 48000]),
                  ("Mì gạo trắng, gói 500 g", "gói", 0.5, [32000, 33000, 34000], [30000, 32000, 34000]),
                  ("Bún gạo lứt, thùng 5 kg cho bếp ăn", "thùng", 5, [360000, 370000, 380000], [600, 700, 800])],
        hist=dict(out=[30500, 33000, 35500], price=[70000, 72000, 73500], margin=[0.075, 0.08, 0.085]),
        raw=("Gạo tẻ, gạo lứt", "kg", 1.15, 18000,
             [("HTX Nông nghiệp Cẩm Lạc (hợp đồng)", [1, 1, 1], "HTX", 30000),
              ("Hộ trồng lúa liên kết", [45, 45, 45], "hộ", 600)]),
        cap=(180, 300, "180 kg/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ngâm, xay, tráng, sấy", [5, 5, 6]),
               ("Đóng gói, kho", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        shares=[("Bao bì, thùng", 0.08), ("Điện, nước, củi", 0.06),
                ("Bán hàng, vận chuyển", 0.06), ("Thuế, phí", 0.015)],
        inv=[("Dây chuyền tráng, hấp, cắt bún", 520, True), ("Lò sấy bún khí nóng", 260, True),
             ("Cải tạo xưởng 180 m²", 320, True), ("Thiết kế bao bì, hộp", 50, False),
             ("Vốn lưu động", 350, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng thương mại", 600)],
        life=10, loan=[600, 480, 360], rate=0.085, other=50, plant={}),
}


# --------------------------------------------------------------------------- formatting
def fint(x: float) -> str:
    """12345 -> '12.345' (rounded to the unit)."""
    return f"{round(x):,}".replace(",", ".")


def f1(x: float) -> str:
    """1234.56 -> '1.234,6'."""
    s = f"{x:,.1f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def f2(x: float) -> str:
    s = f"{x:,.2f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def fq(x: float) -> str:
    """A quantity: integer when whole, else two decimals (m³)."""
    return fint(x) if abs(x - round(x)) < 1e-9 else f2(x)


# --------------------------------------------------------------------------- the model
def model(c: dict, printed: bool = True) -> dict:
    """Every figure of a full plan. printed=True gives what the plan prints (planted defects and
    the figures that follow them); printed=False the truth."""
    pl = c["plant"] if printed else {}
    m: dict = {}
    prods = c["products"]
    m["packs"] = [p[4] for p in prods]
    m["out"] = [sum(p[2] * p[4][y] for p in prods) for y in range(3)]
    lines = [[p[3][y] * p[4][y] / 1e6 for y in range(3)] for p in prods]
    if "rev_line" in pl:
        i, y, k = pl["rev_line"]
        lines[i][y] = round(lines[i][y] * k, 1)
    m["rev_lines"] = lines
    m["rev"] = [sum(l[y] for l in lines) for y in range(3)]
    h = c["hist"]
    m["h_rev"] = [h["out"][y] * h["price"][y] / 1e6 for y in range(3)]
    m["h_prof"] = [m["h_rev"][y] * h["margin"][y] for y in range(3)]
    rl, ru, norm, rprice, rows = c["raw"]
    m["supply_rows"] = [[r[1][y] * r[3] for y in range(3)] for r in rows]
    m["supply"] = [sum(r[y] for r in m["supply_rows"]) for y in range(3)]
    m["need"] = [m["out"][y] * norm for y in range(3)]
    m["spare"] = [m["supply"][y] - m["need"][y] for y in range(3)]
    m["cap"] = c["cap"][0] * c["cap"][1]
    m["use"] = [m["out"][y] / m["cap"] * 100 for y in range(3)]
    m["staff"] = [sum(r[1][y] for r in c["roles"]) for y in range(3)]
    m["wage_fund"] = [m["staff"][y] * c["wage"][y] * 12 for y in range(3)]
    m["inv"] = sum(x[1] for x in c["inv"])
    m["fixed"] = sum(x[1] for x in c["inv"] if x[2])
    m["src"] = sum(x[1] for x in c["src"])
    m["dep"] = m["fixed"] / c["life"]
    m["interest"] = [b * c["rate"] for b in c["loan"]]
    cost = [(f"{rl}", [m["need"][y] * rprice / 1e6 for y in range(3)])]
    for lab, sh in c["shares"]:
        cost.append((lab, [m["rev"][y] * sh for y in range(3)]))
    cost += [("Tiền lương, bảo hiểm", m["wage_fund"]),
             ("Khấu hao tài sản cố định", [m["dep"]] * 3),
             ("Lãi vay", m["interest"]),
             ("Chi phí khác", [c["other"]] * 3)]
    m["cost_lines"] = cost
    m["cost_sum"] = [sum(v[y] for _, v in cost) for y in range(3)]
    m["cost"] = list(m["cost_sum"])
    if "cost_total" in pl:
        y, k = pl["cost_total"]
        m["cost"][y] = round(m["cost_sum"][y] * k, 1)
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in range(3)]
    if "profit" in pl:
        y, k = pl["profit"]
        m["profit"][y] = round(m["profit"][y] * k, 1)
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in range(3)]
    m["avg_profit"] = sum(m["profit"]) / 3
    m["payback"] = m["inv"] / (m["avg_profit"] + m["dep"])
    if "payback_text" in pl:
        m["payback"] = pl["payback_text"]
    m["workers_text"] = pl.get("workers_text", m["staff"][0])
    m["price_avg"] = [m["rev"][y] * 1e6 / m["out"][y] for y in range(3)]
    return m


# --------------------------------------------------------------------------- the tables
def table(c: dict, key: str, m: dict | None = None) -> tuple[str | None, list[list[str]]]:
    """(unit line, rows with the header first) of one of a full plan's numeric tables."""
    m = m or model(c)
    u = c["unit"]
    yh = [f"Năm {y}" for y in YEARS]
    if key == "hist":
        h = c["hist"]
        return None, [["TT", "Chỉ tiêu", *[f"Năm {y}" for y in HIST]],
                      ["1", f"Sản lượng ({u})", *[fint(x) for x in h["out"]]],
                      ["2", f"Giá bán bình quân (đồng/{u})", *[fint(x) for x in h["price"]]],
                      ["3", "Doanh thu (triệu đồng)", *[f1(x) for x in m["h_rev"]]],
                      ["4", "Lợi nhuận (triệu đồng)", *[f1(x) for x in m["h_prof"]]]]
    if key == "price":
        rows = [["TT", "Sản phẩm (đồng/đơn vị)", *yh]]
        for i, p in enumerate(c["products"], 1):
            rows.append([str(i), f"{p[0]} (đồng/{p[1]})", *[fint(x) for x in p[3]]])
        return None, rows
    if key == "output":
        rows = [["TT", "Chỉ tiêu", *yh]]
        for i, p in enumerate(c["products"], 1):
            rows.append([str(i), f"{p[0]} ({p[1]})", *[fint(x) for x in p[4]]])
        n = len(c["products"])
        rows.append([str(n + 1), f"Tổng sản lượng ({u})", *[fint(x) for x in m["out"]]])
        if c.get("cap_rows", True):
            rows.append([str(n + 2), f"Công suất thiết kế ({u}/năm)", *[fint(m["cap"])] * 3])
            rows.append([str(n + 3), "Mức sử dụng công suất (%)", *[f1(x) for x in m["use"]]])
        return None, rows
    if key == "raw":
        rl, ru, norm, rprice, srows = c["raw"]
        rows = [["TT", f"Nguồn cung {rl.lower()} ({ru})", *yh]]
        for i, (r, v) in enumerate(zip(srows, m["supply_rows"]), 1):
            cnt = r[1][0] if len(set(r[1])) == 1 else "/".join(str(x) for x in r[1])
            rows.append([str(i), f"{r[0]}: {cnt} {r[2]} × {fq(r[3])} {ru}", *[fq(x) for x in v]])
        k = len(srows)
        rows.append([str(k + 1), "Tổng nguồn cung", *[fq(x) for x in m["supply"]]])
        rows.append([str(k + 2), f"Nhu cầu ({fq(norm) if norm >= 0.01 else str(norm).replace('.', ',')} {ru}/{u})",
                     *[fq(x) for x in m["need"]]])
        if c.get("balance_row", True):
            rows.append([str(k + 3), "Còn dư", *[fq(x) for x in m["spare"]]])
        return None, rows
    if key == "staff":
        rows = [["TT", "Bộ phận", *yh]]
        for i, (r, v) in enumerate(c["roles"], 1):
            rows.append([str(i), r, *[str(x) for x in v]])
        k = len(c["roles"])
        rows.append(["", "Tổng số lao động (người)", *[str(x) for x in m["staff"]]])
        rows.append(["", "Lương bình quân (triệu đồng/tháng)", *[f1(x) for x in c["wage"]]])
        rows.append(["", "Quỹ lương năm (triệu đồng)", *[f1(x) for x in m["wage_fund"]]])
        return None, rows
    if key == "inv":
        rows = [["TT", "Hạng mục", "Thành tiền"]]
        for i, (lab, v, _) in enumerate(c["inv"], 1):
            rows.append([str(i), lab, fint(v)])
        rows.append(["", "Tổng vốn đầu tư", fint(m["inv"])])
        return "ĐVT: triệu đồng", rows
    if key == "src":
        rows = [["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"]]
        tot = m["src"]
        for i, (lab, v) in enumerate(c["src"], 1):
            rows.append([str(i), lab, fint(v), f1(v / tot * 100)])
        rows.append(["", "Tổng nguồn vốn", fint(tot), "100,0"])
        return "ĐVT: triệu đồng", rows
    if key == "rev":
        rows = [["TT", "Sản phẩm", *yh]]
        for i, (p, l) in enumerate(zip(c["products"], m["rev_lines"]), 1):
            rows.append([str(i), p[0], *[f1(x) for x in l]])
        rows.append(["", "Tổng doanh thu", *[f1(x) for x in m["rev"]]])
        return "ĐVT: triệu đồng", rows
    if key == "cost":
        rows = [["TT", "Khoản mục", *yh]]
        for i, (lab, v) in enumerate(m["cost_lines"], 1):
            rows.append([str(i), lab, *[f1(x) for x in v]])
        rows.append(["", "Tổng chi phí", *[f1(x) for x in m["cost"]]])
        return "ĐVT: triệu đồng", rows
    if key == "eff":
        return "ĐVT: triệu đồng", [["TT", "Chỉ tiêu", *yh],
                                   ["1", "Doanh thu", *[f1(x) for x in m["rev"]]],
                                   ["2", "Chi phí", *[f1(x) for x in m["cost"]]],
                                   ["3", "Lợi nhuận", *[f1(x) for x in m["profit"]]],
                                   ["4", "Tỷ suất lợi nhuận/doanh thu (%)", *[f1(x) for x in m["margin"]]],
                                   ["5", "Khấu hao", *[f1(m["dep"])] * 3]]
    if key == "key":  # the body's summary of key indicators (gh02)
        return None, [["TT", "Chỉ tiêu", "Đơn vị", *yh],
                      ["1", "Sản lượng chè khô", u, *[fint(x) for x in m["out"]]],
                      ["2", "Doanh thu", "triệu đồng", *[f1(x) for x in m["rev"]]],
                      ["3", "Chi phí", "triệu đồng", *[f1(x) for x in m["cost"]]],
                      ["4", "Lợi nhuận", "triệu đồng", *[f1(x) for x in m["profit"]]],
                      ["5", "Lao động", "người", *[str(x) for x in m["staff"]]]]
    raise KeyError(key)


NUMERIC = ("hist", "price", "output", "raw", "staff", "inv", "src", "rev", "cost", "eff", "key")

# the captions the tables are found by (case-insensitive), in the body or in an appendix
TITLES = {
    "hist": "Kết quả sản xuất kinh doanh 2024 – 2026",
    "comp": "Giá bán sản phẩm cùng loại trên thị trường",
    "price": "Giá bán dự kiến",
    "output": "Kế hoạch sản lượng",
    "raw": "Nhu cầu và nguồn cung nguyên liệu",
    "equip": "Máy móc, thiết bị",
    "staff": "Lao động và tiền lương",
    "inv": "Tổng vốn đầu tư",
    "src": "Cơ cấu nguồn vốn",
    "rev": "Dự toán doanh thu",
    "cost": "Dự toán chi phí",
    "eff": "Hiệu quả kinh tế",
    "papers": "Hồ sơ pháp lý",
    "sched": "Tiến độ thực hiện",
    "key": "Các chỉ tiêu chủ yếu",
}


# --------------------------------------------------------------------------- reading the plan
def fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).casefold()


class GPlan(Plan):
    def __init__(self, stem: str):
        super().__init__(stem)
        self.key = stem[:4]
        lines = self.body.splitlines()
        self.tables: list[tuple[str, int, list[list[str]]]] = []  # caption, line index, rows
        i = 0
        while i < len(lines):
            if lines[i].startswith("|"):
                j = i
                rows = []
                while j < len(lines) and lines[j].startswith("|"):
                    if not lines[j].startswith("|---"):
                        rows.append([c.strip() for c in lines[j].strip().strip("|").split("|")])
                    j += 1
                k = i - 1
                while k >= 0 and (not lines[k].strip() or lines[k].startswith("ĐVT")):
                    k -= 1
                self.tables.append((lines[k].strip() if k >= 0 else "", k, rows))
                i = j
            else:
                i += 1
        self.lines = lines

    def find(self, key: str):
        t = fold(TITLES[key])
        hits = [tb for tb in self.tables if t in fold(tb[0])]
        if len(hits) != 1:
            self.failures.append(f"table {key!r} ({TITLES[key]}): {len(hits)} captions found")
            return None
        return hits[0]

    def trows(self, key: str) -> list[list[str]]:
        tb = self.find(key)
        return tb[2] if tb else []

    def nums(self, key: str, label: str, n: int = 3) -> list[float]:
        for r in self.trows(key):
            if len(r) > 1 and r[1].startswith(label):
                return [vn(x) for x in r[-n:]]
        self.failures.append(f"row {label!r} not found in {key}")
        return [0.0] * n

    def near(self, got: float, true: float, what: str, planted: bool = False) -> None:
        if planted:
            self.check(off(got, true), f"{what}: planted defect not > 5 % off (printed {got}, true {true:.2f})")
        else:
            self.check(close(got, true) or abs(got - true) <= 0.11,
                       f"{what}: printed {got}, recomputed {true:.2f}")

    def words(self, pattern: str) -> list[str]:
        return re.findall(pattern, self.body, re.I)


def sig_index(p: GPlan) -> int:
    for i, line in enumerate(p.lines):
        if re.match(r"\**\s*xác nhận của (ủy ban nhân dân|ubnd) xã", fold(line)):
            return i
    p.failures.append("no UBND xã confirmation (signature block) found")
    return 10 ** 9


def first_figure(text: str, pattern: str) -> float | None:
    m = re.search(pattern, text)
    return vn(m.group(1)) if m else None


# --------------------------------------------------------------------------- checks of a full plan
def check_full(p: GPlan) -> None:
    c = PLANS[p.key]
    m, t = model(c), model(c, printed=False)
    pl = c["plant"]
    # every numeric table equals the model, cell by cell
    keys = [k for k in NUMERIC if k != "key"] + (["key"] if p.key == "gh02" else [])
    for k in keys:
        tb = p.find(k)
        if not tb:
            continue
        exp = table(c, k, m)[1]
        if tb[2] != exp:
            diff = [(a, b) for a, b in zip(tb[2], exp) if a != b][:2]
            p.failures.append(f"table {k}: differs from the model {diff or (len(tb[2]), len(exp))}")
    for k in ("comp", "equip", "papers", "sched"):
        p.find(k)
    # theme: the signature block comes before every appendix table; the body points to them
    s = sig_index(p)
    app = [tb for tb in p.tables if tb[1] > s]
    body_tabs = [tb for tb in p.tables if tb[1] < s]
    p.check(len(app) >= 7, f"only {len(app)} tables after the signature block")
    p.check(all(re.search(r"(?i)phụ lục|biểu", tb[0]) for tb in app), "an appendix table without 'Phụ lục'/'Biểu' caption")
    p.check(all(re.match(r"(?i)bảng \d+\.", tb[0]) for tb in body_tabs), "a body table without 'Bảng n.' caption")
    p.check(10 <= len(p.tables) <= 15, f"{len(p.tables)} tables")
    body = "\n".join(p.lines[:s])
    p.check(len(re.findall(r"(?i)phụ lục|biểu \d", body)) >= 4, "the body seldom refers to the appendices")

    # printed figures re-checked against each other
    Y3 = range(3)
    prods = c["products"]
    packs = [p.nums("output", pr[0]) for pr in prods]
    prices = [p.nums("price", pr[0]) for pr in prods]
    lines = [p.nums("rev", pr[0]) for pr in prods]
    for i, pr in enumerate(prods):
        for y in Y3:
            planted = pl.get("rev_line", (None, None))[:2] == (i, y)
            p.near(lines[i][y], packs[i][y] * prices[i][y] / 1e6, f"revenue {pr[0]} {YEARS[y]}", planted)
    rev = p.nums("rev", "Tổng doanh thu")
    out = p.nums("output", "Tổng sản lượng")
    for y in Y3:
        p.near(out[y], sum(packs[i][y] * prods[i][2] for i in range(len(prods))), f"output {YEARS[y]}")
        p.near(rev[y], sum(l[y] for l in lines), f"revenue total {YEARS[y]}")
    cost_rows = [r for r in p.trows("cost")[1:] if r[0]]
    cost = p.nums("cost", "Tổng chi phí")
    for y in Y3:
        planted = pl.get("cost_total", (None,))[0] == y
        p.near(cost[y], sum(vn(r[2 + y]) for r in cost_rows), f"cost total {YEARS[y]}", planted)
    # the share-based and fixed cost lines
    for r in cost_rows:
        for lab, sh in c["shares"]:
            if r[1] == lab:
                for y in Y3:
                    p.near(vn(r[2 + y]), rev[y] * sh, f"cost {lab} {YEARS[y]}")
    rl, ru, norm, rprice, srows = c["raw"]
    for y in Y3:
        p.near(p.nums("cost", rl)[y], out[y] * norm * rprice / 1e6, f"cost {rl} {YEARS[y]}")
    e_rev, e_cost, e_prof = p.nums("eff", "Doanh thu"), p.nums("eff", "Chi phí"), p.nums("eff", "Lợi nhuận")
    e_marg = p.nums("eff", "Tỷ suất")
    for y in Y3:
        p.near(e_rev[y], rev[y], f"efficiency revenue {YEARS[y]}")
        p.near(e_cost[y], cost[y], f"efficiency cost {YEARS[y]}")
        planted = pl.get("profit", (None,))[0] == y
        p.near(e_prof[y], e_rev[y] - e_cost[y], f"profit {YEARS[y]}", planted)
        p.near(e_marg[y], e_prof[y] / e_rev[y] * 100, f"margin {YEARS[y]}")
        p.check(0 < t["margin"][y] < 40, f"true margin {YEARS[y]} {t['margin'][y]:.1f} %")
    if "cost_total" in pl:
        y = pl["cost_total"][0]
        p.near(e_prof[y], rev[y] - sum(vn(r[2 + y]) for r in cost_rows), f"profit {YEARS[y]} from the cost lines", True)
    # investment and sources
    inv_rows = [r for r in p.trows("inv")[1:] if r[0]]
    inv = p.nums("inv", "Tổng vốn đầu tư", 1)[0]
    p.near(inv, sum(vn(r[2]) for r in inv_rows), "investment total")
    src_rows = [r for r in p.trows("src")[1:] if r[0]]
    src = p.nums("src", "Tổng nguồn vốn", 2)[0]
    p.near(src, sum(vn(r[2]) for r in src_rows), "sources total")
    for r in src_rows:
        p.near(vn(r[3]), vn(r[2]) / src * 100, f"share of {r[1]}")
    p.near(src, inv, "sources = investment", p.key == "gh07")
    # payback as printed in the body and in the appendix note
    dep = p.nums("eff", "Khấu hao")[0]
    stated = [vn(x) for x in re.findall(r"hoàn vốn[^.]*?khoảng ([\d,]+) năm", p.body)]
    stated += [vn(x) for x in re.findall(r"≈ ([\d,]+) năm", p.body)]
    p.check(len(stated) >= 2 and len(set(stated)) == 1, f"payback stated {stated}")
    if stated:
        p.near(stated[0], round(inv / (sum(e_prof) / 3 + dep), 1), "payback", p.key == "gh08")
        p.check(abs(stated[0] - round(m["payback"], 1)) < 0.05, "payback differs from the model")
    p.near(dep, m["fixed"] / c["life"], "depreciation")
    # raw material
    raw_rows = [r for r in p.trows("raw")[1:] if r[0]]
    sup = p.nums("raw", "Tổng nguồn cung")
    need = p.nums("raw", "Nhu cầu")
    for r in raw_rows:
        mm = re.search(r": ([\d/]+) \S+ × ([\d.,]+) ", r[1])
        if mm:
            counts = [int(x) for x in mm.group(1).split("/")]
            counts = counts * 3 if len(counts) == 1 else counts
            for y in Y3:
                p.near(vn(r[2 + y]), counts[y] * vn(mm.group(2)), f"supply row {r[1]} {YEARS[y]}")
    for y in Y3:
        p.near(need[y], out[y] * norm, f"raw need {YEARS[y]}")
        if p.key == "gh08" and y > 0:
            p.check(off(need[y], sup[y]) and need[y] > sup[y], f"planted shortfall {YEARS[y]}: need {need[y]} supply {sup[y]}")
        else:
            p.check(need[y] <= sup[y], f"raw need {need[y]} > supply {sup[y]} in {YEARS[y]}")
    if c.get("balance_row", True):
        spare = p.nums("raw", "Còn dư")
        for y in Y3:
            p.near(spare[y], sup[y] - need[y], f"raw spare {YEARS[y]}")
    # capacity
    cap = c["cap"][0] * c["cap"][1]
    if c.get("cap_rows", True):
        p.near(p.nums("output", "Công suất")[0], cap, "capacity")
        use = p.nums("output", "Mức sử dụng")
        for y in Y3:
            p.near(use[y], out[y] / cap * 100, f"capacity use {YEARS[y]}")
    for y in Y3:
        if p.key == "gh05" and y == 2:
            p.check(off(out[y], cap) and out[y] > cap, f"planted capacity: output {out[y]} vs {cap}")
        elif p.key == "gh05":
            p.check(out[y] <= cap * 1.05, f"output {out[y]} vs capacity {cap}")
        else:
            p.check(out[y] <= cap * 0.9, f"output {out[y]} above 90 % of capacity {cap}")
    # staff and wages
    staff = p.nums("staff", "Tổng số lao động")
    wage = p.nums("staff", "Lương bình quân")
    fund = p.nums("staff", "Quỹ lương")
    role_rows = [r for r in p.trows("staff")[1:] if r[0]]
    for y in Y3:
        p.near(staff[y], sum(vn(r[2 + y]) for r in role_rows), f"staff {YEARS[y]}")
        p.near(fund[y], staff[y] * wage[y] * 12, f"wage fund {YEARS[y]}")
        p.near(p.nums("cost", "Tiền lương")[y], fund[y], f"wage cost {YEARS[y]}")
    # growth: output and (true) revenue
    hist = c["hist"]
    for y in range(1, 3):
        g = out[y] / out[y - 1] - 1
        if p.key == "gh09":
            p.check(g > 0.5, f"planted growth {YEARS[y]} only {g:.0%}")
        else:
            p.check(g <= 0.35 and t["rev"][y] / t["rev"][y - 1] - 1 <= 0.35, f"growth {YEARS[y]} {g:.0%}")
    p.check(out[0] <= hist["out"][2] * 1.2, "2027 output more than +20 % over 2026")
    h_rev = p.nums("hist", "Doanh thu")
    h_prof = p.nums("hist", "Lợi nhuận")
    for y in Y3:
        p.near(h_rev[y], hist["out"][y] * hist["price"][y] / 1e6, f"history revenue {HIST[y]}")
        p.near(h_prof[y], h_rev[y] * hist["margin"][y], f"history profit {HIST[y]}")
    # key figures repeated in the body equal the appendices
    for what, val in (("output 2027", fint(out[0])), ("revenue 2027", f1(rev[0])), ("investment", fint(inv))):
        p.check(val in body, f"the body does not repeat the {what} {val}")
    p.check(f1(e_prof[0]) in body or f1(e_prof[2]) in body or f1(e_prof[1]) in body, "the body repeats no profit")
    if p.key == "gh07":
        said = first_figure(body, r"HTX sử dụng (\d+) lao động thường xuyên")
        p.near(said or 0, staff[0], "workers stated in Chương 1", True)
        p.check("10 lao động thường xuyên" in body, "Chương 15 does not say 10 workers")
    if p.key == "gh02":
        for lab, vals in (("Doanh thu", rev), ("Chi phí", cost), ("Lợi nhuận", e_prof)):
            got = p.nums("key", lab)
            for y in Y3:
                p.near(got[y], vals[y], f"key indicators {lab} {YEARS[y]}")
    # the planted values differ from the truth as the notes say
    if "rev_line" in pl:
        i, y, _ = pl["rev_line"]
        p.near(lines[i][y], t["rev_lines"][i][y], "planted revenue line vs truth", True)
    if "profit" in pl:
        y = pl["profit"][0]
        p.near(e_prof[y], t["profit"][y], "planted profit vs truth", True)


# --------------------------------------------------------------------------- text checks
READY = ("gh01", "gh02", "gh03", "gh04")
CITED = ("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")


def check_text(p: GPlan) -> None:
    k = p.key
    p.lacks(PLACEHOLDER, "template placeholder")
    if k in READY:
        p.has(*CITED, "tiêu chuẩn cơ sở", "phiếu kết quả thử nghiệm", "nhãn hiệu", "truy xuất")
        p.lacks(REPLACED, "outdated instrument in a ready plan")
        for d in re.findall(r"đến (\d{1,2}/\d{1,2}/(\d{4}))", p.body):
            p.check(int(d[1]) >= 2030, f"paper valid only to {d[0]}")
    if k in ("gh01", "gh02", "gh03"):
        p.has("an toàn thực phẩm", "tự công bố")
    if k == "gh02":
        p.has("không ghi công dụng chữa bệnh", "miễn đăng ký môi trường")
    if k == "gh04":
        p.has("không phải là thực phẩm", "đăng ký môi trường", "(Ký, ghi rõ họ tên)")
    if k == "gh05":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm", "alcohol licence mentioned")
        p.has("an toàn thực phẩm", "QCVN 6-3:2010/BYT", "nhãn hiệu", "biogas", "không cần mua thêm nồi")
    if k == "gh06":
        p.lacks(r"môi trường|chất thải|nước thải|\bmùi\b|xử lý|bể lắng|biogas|\brác\b|hố lắng", "environment mentioned")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện Kỳ Anh")
        p.lacks(r"148/QĐ-TTg|1489", "current programme cited")
    if k == "gh07":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng", "product standard mentioned")
        p.has("an toàn thực phẩm", "nhãn hiệu", "không ghi công dụng chữa bệnh", "bảo đảm đủ vốn")
    if k == "gh08":
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|ghi nhãn", "label mentioned")
        p.lacks(r"thiếu|chênh lệch|còn dư", "a shortfall or balance stated")
        p.has("bảo đảm đủ cho cả giai đoạn 2027 – 2029", "bảo đảm đủ cho kế hoạch sản xuất", "tự công bố", "nhãn hiệu")
    if k == "gh09":
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ", "trademark mentioned")
        p.has("giữ nguyên 4 lao động", "không dự kiến thêm đại lý", "còn rất lớn")
    if k == "gh10":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food safety mentioned")
        p.lacks(r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\blô\b|kiểm soát|lưu mẫu|\btem\b|mã vạch", "quality control mentioned")
        p.check(p.count("Công ty TNHH Lương thực Bình Minh") >= 4, "the other company named fewer than 4 times")
        p.check(fold(p.body).count(fold("Công ty TNHH Nông sản Thiên Cầm")) >= 3, "own name fewer than 3 times")
    if k in ("gh05", "gh06", "gh07", "gh08", "gh09", "gh10"):
        p.lacks(r"\bhuyện\b" if k != "gh06" else r"(?!x)x", "district level in a plan whose defect is not outdated-policy")


def check_sketchy(p: GPlan) -> None:
    n = len(p.body.split())
    p.check(150 <= n <= 350, f"{n} words")
    p.check(not p.tables, "a sketchy plan with a table")
    p.lacks(PLACEHOLDER, "template placeholder")
    figs = {"gh11": ("600 kg", "250.000 đồng/kg", "80 triệu đồng", "150 triệu đồng"),
            "gh12": ("8.000 chiếc", "35.000 đồng/chiếc", "280 triệu đồng", "60 triệu đồng")}[p.key]
    p.has(*figs)
    p.lacks(r"an toàn thực phẩm|tiêu chuẩn cơ sở|tự công bố|nhãn hiệu|truy xuất|môi trường", "a paper a sketchy plan lacks")
    if p.key == "gh11":
        p.has("chưa đăng ký kinh doanh")


def main(argv: list[str] | None = None) -> int:
    argv = argv or []  # (the command line's keys come from __main__; under pytest, none)
    stems = sorted(f.stem for f in (HERE / "src").glob("gh*.md"))
    if argv:
        stems = [s for s in stems if any(s.startswith(a) for a in argv)]
    plans = []
    for s in stems:
        p = GPlan(s)
        if p.key in PLANS:
            check_full(p)
        else:
            check_sketchy(p)
        check_text(p)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
