"""The 269th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout269/arithmetic.py [jk01 jk05 ...]

Theme: what happens after the profit. For every full plan (jk01-jk10) the constants give the
products (pack size in the plan's base unit, 2027 price and packs, yearly growth of packs and
price), the 2024-2026 history, the raw materials (norm per base unit, purchase price, supply rows
as count x yield), the limiting equipment (rating x working days), staff by role with the monthly
wage and its index, the piece rate paid per unit made ("tiền công theo sản phẩm"), the cost shares
of revenue, investment items and sources, the loan with its yearly principal repayments and rate,
the corporate income tax (15 % of profit when the year's revenue is at most 3 billion đồng, 17 %
above; none for a household, whose taxes on revenue are a cost line), and how the profit after tax
is shared out (development, reserve, welfare and reward funds, profit shared by capital or by use
of the co-operative's services, dividends on charter capital, the household's own uses). `model()`
turns them into every table cell the plan prints: revenue = packs x price, costs, profit before
tax, tax, profit after tax, its distribution (the last row takes the remainder), the repayment and
savings table (profit after tax + depreciation - principal repaid, cumulated), income per worker a
month = (wage fund + piece pay) / workers / 12, payback = investment / (average profit after tax +
depreciation). The generator (outside the repository) and this checker share `model()`.

Each table of the plan's source (found by its caption "Bảng N. ...") is read back cell by cell and
compared with the printed model (within 1 %); every cell where the printed model differs from the
true one must be a planted defect (wrong by more than 5 %) or a declared knock-on of one. Textual
defects are asserted through the absence or presence of their words; ready plans cite no replaced
instrument. Sketchy plans: 150-350 words, no table.
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
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base unit, 2027 price đ, 2027 packs); g_out: growth of packs
# 2027->2028, 2028->2029; g_price: price growth a year; hist: output, average price đ/base unit,
# margin 2024-2026; raws: (label, unit, norm per base unit, price đ/unit, supply rows (label, count,
# count word, yield)); cap: (rating a day, days, text); roles: (role, [staff per year], piece?);
# wage: 2027 monthly wage of salaried staff (triệu), g_wage; piece: đ per base unit made;
# shares: (label, share of revenue); inv: (label, triệu, fixed?); src: (label, triệu);
# repay: principal repaid per year; rate: loan rate; other: fixed "Chi phí khác";
# cit: True for enterprises and HTX; dist: (label, share of profit after tax) - the last row is
# the remainder; div: (label, fixed triệu a year) rows before the remainder (dividends);
# plant / knock: cells (table, row, year index) printed wrong on purpose / following such a cell.
PLANS: dict[str, dict] = {
    "jk01": dict(
        unit="kg", cit=True,
        products=[("Bánh ram ít nhân tôm thịt, hộp 10 chiếc (400 g)", "hộp", 0.4, 56000, 24000),
                  ("Bánh ram chiên sẵn cấp đông, túi 20 chiếc (600 g)", "túi", 0.6, 82000, 9000),
                  ("Bánh ram nhân đậu xanh, hộp 6 chiếc (250 g)", "hộp", 0.25, 38000, 8000)],
        g_out=(0.10, 0.07), g_price=0.03,
        hist=dict(out=[13200, 14300, 15400], price=[121000, 125000, 129000], margin=[0.07, 0.075, 0.08]),
        raws=[("Gạo nếp cái", "kg", 0.5, 30000,
               [("Hộ trồng nếp thôn Kim Lộc", 25, "hộ", 300), ("HTX nông nghiệp Thiên Lộc (hợp đồng)", 1, "HTX", 3500)]),
              ("Tôm, thịt, đậu xanh làm nhân", "kg", 0.3, 95000,
               [("Vựa tôm bến Thạch Kim (hợp đồng)", 1, "vựa", 3500), ("Cơ sở giết mổ Thiên Lộc (hợp đồng)", 1, "cơ sở", 3500)])],
        cap=(90, 280, "90 kg bánh/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2], False), ("Nhào bột, nặn, chiên bánh", [4, 5, 5], False),
               ("Đóng gói, kho lạnh", [2, 2, 2], False), ("Bán hàng, giao hàng", [1, 1, 1], False)],
        wage=6.2, g_wage=0.05, piece=0,
        shares=[("Bao bì, hộp, túi", 0.07), ("Điện, gas, dầu chiên", 0.05), ("Bán hàng, vận chuyển", 0.05)],
        inv=[("Tủ cấp đông và kho lạnh 20 m³", 280, True), ("Máy trộn, máy cán, máy nặn bánh", 220, True),
             ("Bếp chiên công nghiệp có tách dầu", 90, True), ("Cải tạo xưởng theo nguyên tắc một chiều", 150, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False), ("Vốn lưu động", 220, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, repay=[100, 150, 150], rate=0.08, other=110,
        dist=[("Trích quỹ đầu tư phát triển", 0.25), ("Trích quỹ khen thưởng, phúc lợi", 0.10),
              ("Chia lợi nhuận cho thành viên góp vốn", 0.50), ("Lợi nhuận giữ lại", None)],
        plant={}, knock=[]),
    "jk02": dict(
        unit="kg", cit=True, members=46,
        products=[("Chè búp khô đặc biệt, túi 200 g", "túi", 0.2, 70000, 15000),
                  ("Chè xanh sao suốt, gói 500 g", "gói", 0.5, 100000, 5000),
                  ("Chè xanh túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 38000, 12000)],
        g_out=(0.06, 0.06), g_price=0.03,
        hist=dict(out=[5200, 5500, 5850], price=[305000, 312000, 320000], margin=[0.09, 0.10, 0.10]),
        raws=[("Búp chè tươi", "kg", 4.8, 14000,
               [("Nương chè của hộ thành viên", 46, "hộ", 700), ("Tổ liên kết thôn Khe Cò (hợp đồng)", 12, "hộ", 600)])],
        cap=(32, 280, "32 kg chè khô/ngày"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3], False), ("Thu mua, sơ chế búp tươi", [2, 2, 2], False),
               ("Sao, vò, sấy, phân loại", [3, 3, 4], False), ("Đóng gói, bán hàng", [2, 2, 2], False)],
        wage=5.8, g_wage=0.05, piece=0,
        shares=[("Bao bì, túi lọc, hộp", 0.08), ("Điện, củi sấy", 0.05), ("Bán hàng, xúc tiến", 0.05)],
        inv=[("Nhà xưởng chế biến 120 m²", 350, True), ("Hai dây chuyền sao, vò, sấy chè", 380, True),
             ("Máy đóng chè túi lọc", 150, True), ("Kho bảo quản có hút ẩm", 60, True),
             ("Bao bì, tem truy xuất", 40, False), ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30, False),
             ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của thành viên", 460), ("Quỹ đầu tư phát triển của HTX", 200),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, repay=[150, 200, 200], rate=0.08, other=80,
        dist=[("Trích quỹ đầu tư phát triển", 0.20), ("Trích quỹ dự phòng", 0.05),
              ("Trích quỹ khen thưởng, phúc lợi", 0.10), ("Chia lãi theo mức sử dụng dịch vụ", 0.45),
              ("Chia lãi theo vốn góp", None)]),
    "jk03": dict(
        unit="kg", cit=False, profit_label="Lợi nhuận của hộ",
        products=[("Tinh bột nghệ vàng, hũ 200 g", "hũ", 0.2, 115000, 9000),
                  ("Tinh bột nghệ vàng, hũ 500 g", "hũ", 0.5, 270000, 1500),
                  ("Tinh bột nghệ đỏ, túi 100 g", "túi", 0.1, 70000, 4000)],
        g_out=(0.05, 0.05), g_price=0.03,
        hist=dict(out=[2300, 2500, 2700], price=[520000, 530000, 540000], margin=[0.10, 0.11, 0.11]),
        raws=[("Củ nghệ tươi", "kg", 30, 7000,
               [("Ruộng nghệ của hộ", 3, "ha", 20000), ("Hộ liên kết thôn Đồng Trường (hợp đồng)", 25, "hộ", 2000)])],
        cap=(15, 260, "15 kg tinh bột/ngày"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1], False), ("Rửa, xay, lọc lắng", [3, 3, 3], False),
               ("Sấy, đóng hũ, bán hàng", [2, 2, 2], False)],
        wage=5.5, g_wage=0.05, piece=0,
        shares=[("Hũ, túi, hộp, tem", 0.07), ("Điện, nước", 0.04), ("Bán hàng, vận chuyển", 0.04),
                ("Thuế GTGT và thuế TNCN", 0.045)],
        inv=[("Nhà lọc lắng và phòng sấy 80 m²", 240, True), ("Máy rửa, máy xay nghệ", 150, True),
             ("Bể lọc, lắng inox", 120, True), ("Máy sấy bơm nhiệt", 180, True),
             ("Hũ, tem, kiểm nghiệm", 30, False), ("Vốn lưu động", 180, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, repay=[100, 150, 150], rate=0.08, other=30,
        dist=[("Trả nợ gốc ngân hàng", "repay"), ("Chi tiêu sinh hoạt của gia đình", 0.30),
              ("Dự phòng rủi ro của hộ", 0.10), ("Tích lũy để mở rộng sản xuất", None)]),
    "jk04": dict(
        unit="chiếc", cit=False, profit_label="Lợi nhuận của tổ", members=26,
        products=[("Nón lá trắng truyền thống", "chiếc", 1, 75000, 9000),
                  ("Nón bài thơ vẽ tay, hộp giấy", "chiếc", 1, 150000, 2500),
                  ("Nón lá mini trang trí", "chiếc", 1, 45000, 3000)],
        g_out=(0.06, 0.06), g_price=0.03,
        hist=dict(out=[12000, 12800, 13600], price=[74000, 77000, 80000], margin=[0.06, 0.065, 0.07]),
        raws=[("Lá nón khô", "kg", 0.12, 60000,
               [("Hộ trồng lá nón thôn Rú Đất", 15, "hộ", 150), ("Cơ sở thu gom lá Hương Khê (hợp đồng)", 1, "cơ sở", 300)]),
              ("Nan tre làm vành", "kg", 0.1, 25000, [("Hộ chẻ nan thôn Thanh Bình", 8, "hộ", 250)])],
        cap=(66, 290, "22 thợ × 3 chiếc/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2], False), ("Thợ khâu nón (tổ viên)", [22, 22, 22], True),
               ("Vẽ, đóng hộp, bán hàng", [2, 2, 2], False)],
        wage=5.0, g_wage=0.05, piece=32000,
        shares=[("Hộp, thẻ treo, túi", 0.06), ("Điện, than sấy lá", 0.02), ("Bán hàng, hội chợ", 0.06),
                ("Thuế, phí", 0.015)],
        inv=[("Nhà khâu nón và kho lá 80 m²", 160, True), ("Lò sấy lá, máy là lá", 60, True),
             ("Khuôn nón, bàn khâu", 40, True), ("Thiết kế hộp, thẻ treo, nhãn hiệu", 25, False),
             ("Vốn lưu động", 115, False)],
        src=[("Vốn góp của tổ viên", 250), ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=10, repay=[50, 50, 50], rate=0.066, other=40,
        dist=[("Quỹ chung của tổ", 0.30), ("Quỹ dự phòng rủi ro", 0.10),
              ("Chia cho tổ viên theo số nón giao", None)]),
    "jk05": dict(
        unit="lít", cit=True, members=40, defects=["no-alcohol-license", "profit-mismatch", "no-environment-measures"],
        products=[("Rượu nếp cẩm 35 độ, chai 500 ml", "chai", 0.5, 85000, 16000),
                  ("Rượu nếp 40 độ, bình sứ 1 lít", "bình", 1, 190000, 3000),
                  ("Rượu nếp 30 độ, can 2 lít", "can", 2, 220000, 1200)],
        g_out=(0.08, 0.08), g_price=0.04,
        hist=dict(out=[11200, 12000, 12600], price=[150000, 155000, 160000], margin=[0.10, 0.11, 0.11]),
        raws=[("Gạo nếp", "kg", 1.3, 25000,
               [("Ruộng nếp của hộ thành viên", 40, "hộ", 500), ("Tổ liên kết thôn Hưng Lộc (hợp đồng)", 10, "hộ", 400)])],
        cap=(64, 300, "64 lít/ngày"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3], False), ("Nấu, ủ men, chưng cất", [4, 4, 4], False),
               ("Lọc, chiết chai", [2, 2, 2], False), ("Bán hàng", [1, 1, 1], False)],
        wage=6.0, g_wage=0.05, piece=0,
        shares=[("Chai, bình, hộp", 0.09), ("Củi, điện, nước", 0.05), ("Bán hàng, quảng bá", 0.05)],
        inv=[("Kho ủ rượu 60 m²", 220, True), ("Hệ thống chưng cất inox 3 nồi", 260, True),
             ("Máy lọc khử andehit, máy chiết rót", 200, True), ("Chum sành ủ rượu", 80, True),
             ("Bao bì, tem truy xuất", 40, False), ("Vốn lưu động", 200, False)],
        src=[("Vốn góp của thành viên", 450), ("Vay Ngân hàng Nông nghiệp và PTNT", 550)],
        life=10, repay=[150, 200, 200], rate=0.08, other=60,
        dist=[("Trích quỹ đầu tư phát triển", 0.25), ("Trích quỹ chung không chia", 0.05),
              ("Trích quỹ khen thưởng, phúc lợi", 0.10), ("Chia lãi theo lượng nếp bán cho HTX", 0.40),
              ("Chia lãi theo vốn góp", None)],
        plant={("sum", "lntt", 1): 735.0},
        knock=[("sum", "tax"), ("sum", "lnst"), ("sum", "margin"), ("dist",), ("debt", "lnst"),
               ("debt", "source"), ("debt", "keep"), ("debt", "cum")]),
    "jk06": dict(
        unit="kg", cit=False, profit_label="Lợi nhuận của hộ", no_spare=True,
        defects=["material-shortfall", "no-label-plan", "figure-inconsistent"],
        products=[("Mật ong hoa rừng, chai 650 g", "chai", 0.65, 190000, 3000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, 240000, 1200),
                  ("Mật ong hoa keo, can 3 kg", "can", 3, 660000, 300)],
        g_out=(0.12, 0.12), g_price=0.04,
        hist=dict(out=[3300, 3500, 3750], price=[255000, 260000, 265000], margin=[0.11, 0.12, 0.12]),
        raws=[("Mật ong thô", "kg", 1.1, 85000,
               [("Đàn ong của hộ", 250, "đàn", 12), ("Hộ nuôi ong thôn Khe Sanh (hợp đồng)", 15, "hộ", 110)])],
        cap=(30, 250, "1 mẻ × 30 kg/ngày"),
        roles=[("Chủ hộ, quản lý", [1, 1, 1], False), ("Chăm ong, quay mật", [2, 2, 2], False),
               ("Lọc, đóng chai, bán hàng", [1, 2, 2], False)],
        wage=5.5, g_wage=0.05, piece=0,
        shares=[("Chai, hũ, can", 0.07), ("Điện, nước", 0.02), ("Bán hàng, vận chuyển", 0.05),
                ("Thuế GTGT và thuế TNCN", 0.045)],
        inv=[("Máy hạ thủy phần 30 kg/mẻ", 150, True), ("Bồn lắng, máy lọc inox", 80, True),
             ("50 thùng ong và ong giống", 90, True), ("Phòng đóng chai 25 m²", 80, True),
             ("Chai, hũ, kiểm nghiệm", 30, False), ("Vốn lưu động", 170, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, repay=[50, 50, 50], rate=0.066, other=25,
        dist=[("Trả nợ gốc ngân hàng", "repay"), ("Chi tiêu sinh hoạt của gia đình", 0.35),
              ("Mua thêm đàn ong, thùng ong", None)]),
    "jk07": dict(
        unit="lít", cit=True, defects=["table-total-mismatch", "no-product-standard", "outdated-policy"],
        products=[("Nước mắm cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, 95000, 14000),
                  ("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1, 75000, 9000),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, 230000, 1200)],
        g_out=(0.07, 0.07), g_price=0.03,
        hist=dict(out=[18500, 19600, 20700], price=[96000, 99000, 102000], margin=[0.12, 0.13, 0.13]),
        raws=[("Cá cơm tươi", "kg", 1.3, 18000,
               [("Tàu cá của cổ đông", 5, "tàu", 5000), ("Vựa cá bến Hộ Độ (hợp đồng)", 2, "vựa", 4500)]),
              ("Muối hạt", "kg", 0.4, 4000, [("HTX muối Hộ Độ (hợp đồng)", 1, "hợp đồng", 12000)])],
        cap=(330, 90, "90 thùng chượp × 330 lít"),
        roles=[("Giám đốc, kế toán", [2, 2, 2], False), ("Muối chượp, kéo rút", [3, 3, 3], False),
               ("Lọc, chiết chai", [3, 3, 3], False), ("Bán hàng", [1, 1, 1], False)],
        wage=6.5, g_wage=0.05, piece=0,
        shares=[("Chai, can, thùng", 0.08), ("Điện, nước", 0.02), ("Bán hàng, vận chuyển", 0.06)],
        inv=[("Nhà thùng chượp 200 m²", 300, True), ("30 thùng chượp composite", 180, True),
             ("Hệ thống lọc, chiết chai", 220, True), ("Kho thành phẩm", 100, True),
             ("Bao bì, tem", 40, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn cổ đông góp thêm", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, repay=[100, 150, 200], rate=0.08, other=60,
        dist=[("Trích quỹ đầu tư phát triển", 0.20), ("Trích quỹ khen thưởng, phúc lợi", 0.10),
              ("Cổ tức 8 % trên vốn điều lệ 1.500 triệu", 120), ("Lợi nhuận giữ lại", None)],
        plant={("dist", "total", 1): 462.2}),
    "jk08": dict(
        unit="kg", cit=True, members=28, defects=["capital-mismatch", "no-food-safety", "name-inconsistent"],
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 3 g", "hộp", 0.09, 65000, 20000),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, 120000, 3000),
                  ("Cà gai leo khô, bao 2 kg", "bao", 2, 420000, 300)],
        g_out=(0.06, 0.06), g_price=0.03,
        hist=dict(out=[3100, 3350, 3600], price=[420000, 430000, 440000], margin=[0.09, 0.10, 0.10]),
        raws=[("Cà gai leo tươi", "kg", 4.5, 8000,
               [("Vùng trồng của HTX", 3, "ha", 5000), ("Hộ thành viên trồng xen", 20, "hộ", 400)])],
        cap=(20, 280, "20 kg khô/ngày"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3], False), ("Trồng, thu hái", [3, 3, 3], False),
               ("Sấy, đóng túi lọc", [3, 3, 3], False), ("Bán hàng", [1, 1, 1], False)],
        wage=5.6, g_wage=0.05, piece=0,
        shares=[("Bao bì, túi lọc", 0.12), ("Điện sấy", 0.05), ("Bán hàng, quảng bá", 0.06)],
        inv=[("Nhà sấy, đóng gói 100 m²", 300, True), ("Máy sấy bơm nhiệt", 220, True),
             ("Máy nghiền, máy đóng túi lọc", 280, True), ("Hệ thống tưới vùng trồng", 100, True),
             ("Bao bì, kiểm nghiệm, nhãn hiệu", 50, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của thành viên", 350), ("Quỹ đầu tư phát triển của HTX", 150),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        life=10, repay=[100, 100, 150], rate=0.08, other=50,
        dist=[("Trích quỹ đầu tư phát triển", 0.30), ("Trích quỹ dự phòng rủi ro", 0.05),
              ("Trích quỹ phúc lợi", 0.05), ("Chia lãi theo mức sử dụng dịch vụ", 0.40),
              ("Chia lãi theo vốn góp", None)]),
    "jk09": dict(
        unit="chiếc", cit=False, profit_label="Lợi nhuận của tổ", members=18,
        defects=["capacity-exceeded", "no-trademark", "boilerplate"],
        products=[("Giỏ mây đan tay có nắp", "chiếc", 1, 145000, 3500),
                  ("Khay tre đan mỹ nghệ, bộ 3 chiếc", "bộ", 1, 220000, 1500),
                  ("Làn mây đi chợ", "chiếc", 1, 115000, 3000)],
        g_out=(0.10, 0.12), g_price=0.03,
        hist=dict(out=[6600, 7100, 7600], price=[132000, 136000, 140000], margin=[0.10, 0.11, 0.12]),
        raws=[("Mây, song, tre đã sơ chế", "kg", 0.6, 40000,
               [("Hộ khai thác mây thôn Khe Giao", 20, "hộ", 200), ("Cơ sở sơ chế tre Thạch Đài (hợp đồng)", 1, "cơ sở", 2500)])],
        cap=(32, 270, "16 thợ × 2 sản phẩm/ngày"),
        roles=[("Tổ trưởng, kế toán, bán hàng", [2, 2, 2], False), ("Thợ đan (tổ viên)", [16, 16, 16], True)],
        wage=5.0, g_wage=0.05, piece=55000,
        shares=[("Thẻ treo, túi, thùng", 0.04), ("Điện, than sấy", 0.02), ("Bán hàng, hội chợ", 0.06),
                ("Thuế, phí", 0.015)],
        inv=[("Nhà đan và kho 100 m²", 150, True), ("Lò sấy chống mốc", 50, True),
             ("Máy chẻ nan, vót nan", 50, True), ("Thẻ treo, túi, catalô", 20, False),
             ("Vốn lưu động", 130, False)],
        src=[("Vốn góp của tổ viên", 250), ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=10, repay=[50, 50, 50], rate=0.066, other=30,
        dist=[("Quỹ chung của tổ", 0.25), ("Quỹ dự phòng rủi ro", 0.10),
              ("Chia cho tổ viên theo sản phẩm đan", None)],
        plant={("plan", "use", 1): 84.0, ("plan", "use", 2): 89.0}),
    "jk10": dict(
        unit="kg", cit=True, defects=["revenue-mismatch", "unrealistic-growth", "payback-mismatch"],
        products=[("Kẹo cu đơ truyền thống, gói 200 g", "gói", 0.2, 32000, 40000),
                  ("Kẹo cu đơ gừng, hộp 500 g", "hộp", 0.5, 75000, 6000),
                  ("Kẹo cu đơ lạc vừng, hộp quà 1 kg", "hộp", 1, 140000, 1500)],
        g_out=(0.80, 0.60), g_price=0.03,
        hist=dict(out=[10200, 10800, 11500], price=[148000, 151000, 154000], margin=[0.08, 0.085, 0.09]),
        raws=[("Lạc nhân", "kg", 0.45, 60000, [("Đại lý lạc Hương Khê (hợp đồng)", 1, "đại lý", 18000)]),
              ("Mật mía", "kg", 0.35, 22000, [("Lò mật mía Thạch Ngọc (hợp đồng)", 1, "lò", 14000)]),
              ("Gừng, vừng, bánh đa", "kg", 0.2, 50000, [("Cơ sở Xuân Liên (hợp đồng)", 1, "cơ sở", 8000)])],
        cap=(150, 300, "150 kg kẹo/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2], False), ("Nấu mật, cán kẹo", [4, 4, 4], False),
               ("Đóng gói", [3, 3, 3], False), ("Bán hàng", [1, 1, 1], False)],
        wage=6.0, g_wage=0.05, piece=0,
        shares=[("Bao bì, hộp quà", 0.08), ("Điện, củi", 0.04), ("Bán hàng, vận chuyển", 0.06)],
        inv=[("Máy cán, cắt kẹo bán tự động", 260, True), ("Hai nồi nấu mật", 80, True),
             ("Máy đóng gói", 140, True), ("Cải tạo xưởng một chiều", 200, True),
             ("Bao bì, tem truy xuất", 40, False), ("Vốn lưu động", 280, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, repay=[100, 150, 150], rate=0.08, other=60,
        dist=[("Trích quỹ đầu tư phát triển", 0.30), ("Trích quỹ khen thưởng, phúc lợi", 0.10),
              ("Chia lợi nhuận cho chủ sở hữu", None)],
        plant={("rev", "p1", 0): 560.0, ("payback",): 0.5},
        knock=[("rev", "total"), ("sum", "rev"), ("cost", "s0"), ("cost", "s1"), ("cost", "s2"),
               ("cost", "total"), ("sum", "cost"), ("sum", "lntt"), ("sum", "tax"), ("sum", "lnst"),
               ("sum", "margin"), ("dist",), ("debt", "lnst"), ("debt", "source"), ("debt", "keep"),
               ("debt", "cum")]),
}

# --------------------------------------------------------------------------- formatting


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def r2(x: float) -> float:
    return round(x + 1e-9, 2)


def fm(x: float, d: int = 1) -> str:
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def fi(x: float) -> str:
    return fm(round(x), 0)


# --------------------------------------------------------------------------- the model


def model(k: str, printed: bool = True) -> dict:
    c = PLANS[k]
    plant = c.get("plant", {}) if printed else {}

    def P(key, true):
        return plant.get(key, true)

    Y = range(3)
    prods = c["products"]
    packs = []
    for (_, _, _, _, p0) in prods:
        a = [p0]
        for g in c["g_out"]:
            a.append(round(a[-1] * (1 + g), -1))
        packs.append(a)
    price = [[round(p[3] * (1 + c["g_price"]) ** y, -2) for y in Y] for p in prods]
    out = [round(sum(packs[i][y] * prods[i][2] for i in range(len(prods)))) for y in Y]
    rev_l = [[P(("rev", f"p{i}", y), r1(packs[i][y] * price[i][y] / 1e6)) for y in Y] for i in range(len(prods))]
    rev = [r1(sum(rev_l[i][y] for i in range(len(prods)))) for y in Y]
    cap = c["cap"][0] * c["cap"][1]
    use = [P(("plan", "use", y), r1(out[y] / cap * 100)) for y in Y]
    # raw materials
    raws = []
    for (lab, u, norm, rp, rows) in c["raws"]:
        sup = sum(n * yl for (_, n, _, yl) in rows)
        need = [round(out[y] * norm) for y in Y]
        raws.append(dict(label=lab, unit=u, norm=norm, price=rp, rows=rows, supply=sup, need=need,
                         spare=[sup - need[y] for y in Y], cost=[r1(need[y] * rp / 1e6) for y in Y]))
    # staff and income
    roles = c["roles"]
    staff = [sum(r[1][y] for r in roles) for y in Y]
    salaried = [sum(r[1][y] for r in roles if not r[2]) for y in Y]
    wage = [r2(c["wage"] * (1 + c["g_wage"]) ** y) for y in Y]
    fund = [r1(salaried[y] * wage[y] * 12) for y in Y]
    piece = [r1(out[y] * c["piece"] / 1e6) for y in Y]
    income = [r2((fund[y] + piece[y]) / staff[y] / 12) for y in Y]
    # investment
    inv_total = sum(x[1] for x in c["inv"])
    fixed = sum(x[1] for x in c["inv"] if x[2])
    src_total = sum(x[1] for x in c["src"])
    loan = sum(x[1] for x in c["src"] if x[0].startswith("Vay"))
    dep = r1(fixed / c["life"])
    opening = [loan]
    for y in (0, 1):
        opening.append(opening[-1] - c["repay"][y])
    closing = [opening[y] - c["repay"][y] for y in Y]
    interest = [r1(opening[y] * c["rate"]) for y in Y]
    # costs
    lines = []  # (row key, label, basis text, values)
    lines.append(("raw", "Nguyên liệu", "Bảng nguyên liệu",
                  [r1(sum(r["cost"][y] for r in raws)) for y in Y]))
    for j, (lab, sh) in enumerate(c["shares"]):
        lines.append((f"s{j}", lab, f"{fm(sh * 100, 1 if (sh * 100) % 1 else 0)} % doanh thu",
                      [r1(sh * rev[y]) for y in Y]))
    lines.append(("wage", "Tiền lương lao động", "Bảng lao động", fund))
    if c["piece"]:
        lines.append(("piece", "Tiền công theo sản phẩm", f"{fi(c['piece'])} đ/{c['unit']}", piece))
    lines.append(("dep", "Khấu hao tài sản cố định", f"{fi(fixed)} : {c['life']} năm", [dep] * 3))
    lines.append(("int", "Lãi vay ngân hàng", f"{fm(c['rate'] * 100)} % dư nợ", interest))
    lines.append(("other", "Chi phí khác", "cố định", [c["other"]] * 3))
    cost = [P(("cost", "total", y), r1(sum(l[3][y] for l in lines))) for y in Y]
    lntt = [P(("sum", "lntt", y), r1(rev[y] - cost[y])) for y in Y]
    if c["cit"]:
        crate = [0.15 if rev[y] <= 3000 else 0.17 for y in Y]
        tax = [r1(lntt[y] * crate[y]) for y in Y]
    else:
        crate, tax = [0, 0, 0], [0, 0, 0]
    lnst = [r1(lntt[y] - tax[y]) for y in Y]
    margin = [r1(lnst[y] / rev[y] * 100) for y in Y]
    # distribution
    dist = []
    for j, (lab, sh) in enumerate(c["dist"]):
        if sh is None:
            vals = [r1(lnst[y] - sum(d[3][y] for d in dist)) for y in Y]
        elif sh == "repay":
            vals = [float(c["repay"][y]) for y in Y]
        elif sh > 1:  # a fixed amount (dividend)
            vals = [float(sh)] * 3
        else:
            vals = [r1(sh * lnst[y]) for y in Y]
        dist.append((f"d{j}", lab, sh, vals))
    dist_total = [P(("dist", "total", y), lnst[y]) for y in Y]
    # repayment and savings
    source = [r1(lnst[y] + dep) for y in Y]
    keep = [r1(source[y] - c["repay"][y]) for y in Y]
    cum = [keep[0], r1(keep[0] + keep[1]), r1(keep[0] + keep[1] + keep[2])]
    payback = P(("payback",), r1(inv_total / (sum(lnst) / 3 + dep)))
    hist_rev = [r1(c["hist"]["out"][i] * c["hist"]["price"][i] / 1e6) for i in range(3)]
    hist_profit = [r1(hist_rev[i] * c["hist"]["margin"][i]) for i in range(3)]
    return dict(c=c, packs=packs, price=price, out=out, rev_l=rev_l, rev=rev, cap=cap, use=use,
                raws=raws, staff=staff, salaried=salaried, wage=wage, fund=fund, piece=piece,
                income=income, inv_total=inv_total, fixed=fixed, src_total=src_total, loan=loan,
                dep=dep, opening=opening, closing=closing, interest=interest, lines=lines, cost=cost,
                lntt=lntt, crate=crate, tax=tax, lnst=lnst, margin=margin, dist=dist,
                dist_total=dist_total, source=source, keep=keep, cum=cum, payback=payback,
                hist_rev=hist_rev, hist_profit=hist_profit)


def tables(k: str, printed: bool = True) -> dict[str, list[tuple[str, str, list[float], int]]]:
    """Every table cell of a full plan: table key -> rows (row key, label, values, decimals)."""
    m = model(k, printed)
    c = m["c"]
    u = c["unit"]
    t: dict[str, list] = {}
    t["hist"] = [("out", f"Sản lượng ({u})", c["hist"]["out"], 0),
                 ("price", f"Giá bán bình quân (đồng/{u})", c["hist"]["price"], 0),
                 ("rev", "Doanh thu (triệu đồng)", m["hist_rev"], 1),
                 ("profit", "Lợi nhuận (triệu đồng)", m["hist_profit"], 1)]
    rows = []
    for r in m["raws"]:
        for j, (lab, n, w, yl) in enumerate(r["rows"]):
            rows.append((f"{r['label']}/{j}", f"{lab}: {fi(n)} {w} × {fi(yl)} {r['unit']}", [n * yl] * 3, 0))
        rows.append((f"{r['label']}/sup", f"Cộng nguồn cung {r['label'].lower()}", [r["supply"]] * 3, 0))
        rows.append((f"{r['label']}/need", f"Nhu cầu ({fm(r['norm'], 2 if r['norm'] * 10 % 1 else 1)} {r['unit']}/{u} sản phẩm)", r["need"], 0))
        if not c.get("no_spare"):
            rows.append((f"{r['label']}/spare", "Còn dư", r["spare"], 0))
    t["raw"] = rows
    rows = [(f"role{j}", lab, [float(x) for x in n], 0) for j, (lab, n, _) in enumerate(c["roles"])]
    rows.append(("staff", "Tổng số lao động", m["staff"], 0))
    rows.append(("wage", "Lương tháng lao động hưởng lương (triệu đồng)", m["wage"], 2))
    rows.append(("fund", "Quỹ lương cả năm (triệu đồng)", m["fund"], 1))
    if c["piece"]:
        rows.append(("piece", "Tiền công theo sản phẩm (triệu đồng)", m["piece"], 1))
    rows.append(("income", "Thu nhập bình quân (triệu đồng/người/tháng)", m["income"], 2))
    t["staff"] = rows
    rows = [(f"p{i}", f"{p[0]} ({p[1]})", [float(x) for x in m["packs"][i]], 0) for i, p in enumerate(c["products"])]
    rows.append(("out", f"Tổng sản lượng quy đổi ({u})", m["out"], 0))
    rows.append(("cap", f"Công suất thiết kế ({u}/năm)", [m["cap"]] * 3, 0))
    rows.append(("use", "Mức sử dụng công suất (%)", m["use"], 1))
    t["plan"] = rows
    t["price"] = [(f"p{i}", f"{p[0]} (đồng/{p[1]})", m["price"][i], 0) for i, p in enumerate(c["products"])]
    rows = [(f"i{j}", lab, [float(v)], 0) for j, (lab, v, _) in enumerate(c["inv"])]
    rows.append(("total", "Tổng vốn đầu tư", [float(m["inv_total"])], 0))
    t["inv"] = rows
    rows = [(f"s{j}", lab, [r1(v / m["src_total"] * 100), float(v)], 1) for j, (lab, v) in enumerate(c["src"])]
    rows.append(("total", "Tổng nguồn vốn", [100.0, float(m["src_total"])], 1))
    t["src"] = rows
    rows = [(f"p{i}", c["products"][i][0], m["rev_l"][i], 1) for i in range(len(c["products"]))]
    rows.append(("total", "Tổng doanh thu", m["rev"], 1))
    t["rev"] = rows
    rows = [(key, lab, vals, 1) for (key, lab, _, vals) in m["lines"]]
    rows.append(("total", "Tổng chi phí", m["cost"], 1))
    t["cost"] = rows
    rows = [("rev", "Doanh thu", m["rev"], 1), ("cost", "Tổng chi phí", m["cost"], 1)]
    if c["cit"]:
        rows += [("lntt", "Lợi nhuận trước thuế", m["lntt"], 1),
                 ("tax", "Thuế thu nhập doanh nghiệp", m["tax"], 1),
                 ("lnst", "Lợi nhuận sau thuế", m["lnst"], 1)]
    else:
        rows += [("lntt", c["profit_label"], m["lntt"], 1)]
    rows.append(("margin", "Tỷ suất lợi nhuận/doanh thu (%)", m["margin"], 1))
    t["sum"] = rows
    lab0 = "Lợi nhuận sau thuế" if c["cit"] else c["profit_label"]
    rows = [("lnst", lab0 + " cần phân phối", m["lnst"], 1)]
    rows += [(key, lab, vals, 1) for (key, lab, _, vals) in m["dist"]]
    rows.append(("total", "Cộng phân phối", m["dist_total"], 1))
    t["dist"] = rows
    t["debt"] = [("lnst", lab0, m["lnst"], 1), ("dep", "Khấu hao tài sản cố định", [m["dep"]] * 3, 1),
                 ("source", "Nguồn trả nợ", m["source"], 1),
                 ("open", "Dư nợ vay đầu năm", [float(x) for x in m["opening"]], 1),
                 ("repay", "Trả nợ gốc vay", [float(x) for x in c["repay"]], 1),
                 ("close", "Dư nợ vay cuối năm", [float(x) for x in m["closing"]], 1),
                 ("keep", "Tích lũy còn lại trong năm", m["keep"], 1),
                 ("cum", "Tích lũy lũy kế", m["cum"], 1)]
    return t


CAPTIONS = {"hist": "Kết quả sản xuất kinh doanh", "raw": "Cân đối nguyên liệu", "staff": "Lao động và thu nhập",
            "plan": "Kế hoạch sản lượng", "price": "Giá bán dự kiến", "inv": "Vốn đầu tư",
            "src": "Nguồn vốn", "rev": "Doanh thu dự kiến", "cost": "Chi phí sản xuất kinh doanh",
            "sum": "Tổng hợp kết quả kinh doanh", "dist": "Phân phối lợi nhuận",
            "debt": "Trả nợ vay và tích lũy"}


def fmtv(x: float, d: int) -> str:
    return fm(x, d) if d else fi(x)


# --------------------------------------------------------------------------- the checks


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table_rows(self, caption_start: str) -> list[list[str]]:
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"Bảng \d+\. " + re.escape(caption_start), line.strip()):
                out, j = [], i + 1
                while j < len(lines) and not lines[j].strip().startswith("|"):
                    j += 1
                while j < len(lines) and lines[j].strip().startswith("|"):
                    out.append([c.strip().strip("*").strip() for c in lines[j].strip().strip("|").split("|")])
                    j += 1
                return out[2:]
        self.failures.append(f"table not found: {caption_start}")
        return []

    def words(self) -> int:
        return len(re.findall(r"\w+", self.body))


NUM = re.compile(r"^-?[\d.]+(,\d+)?$")


def check_tables(k: str, p: Plan) -> None:
    c = PLANS[k]
    shown, true = tables(k, True), tables(k, False)
    planted = set(c.get("plant", {}))
    knock = c.get("knock", [])
    for key, rows in shown.items():
        got = p.table_rows(CAPTIONS[key])
        if len(got) != len(rows):
            p.failures.append(f"{key}: {len(got)} rows, model {len(rows)}")
            continue
        for (rk, lab, vals, d), (_, _, tvals, _), cells in zip(rows, true[key], got):
            if lab not in cells[:2]:
                p.failures.append(f"{key}/{rk}: label {lab!r} not in {cells[:2]}")
            nums = [vn(x) for x in cells[2:] if NUM.match(x)]
            nums = nums[-len(vals):]
            if len(nums) != len(vals):
                p.failures.append(f"{key}/{rk}: {len(nums)} numbers, model {len(vals)}")
                continue
            for y, (g, v, tv) in enumerate(zip(nums, vals, tvals)):
                if not (close(g, v) or abs(g - v) <= 0.11):
                    p.failures.append(f"{key}/{rk}[{y}]: printed {g}, model {v}")
                if (key, rk, y) in planted:
                    p.check(off(g, tv), f"planted {key}/{rk}[{y}] {g} not >5 % off {tv}")
                elif not (close(v, tv) or abs(v - tv) <= 0.11):
                    p.check((key, rk) in knock or (key, rk, y) in knock or (key,) in knock,
                            f"{key}/{rk}[{y}] {v} differs from true {tv} and is no declared knock-on")


def check_model(k: str, p: Plan) -> None:
    """Realism of the true figures, except where a defect is planted."""
    m, c = model(k, False), PLANS[k]
    defects = c.get("defects", [])
    for y in range(3):
        if "material-shortfall" not in defects:
            for r in m["raws"]:
                p.check(r["need"][y] <= r["supply"], f"{r['label']} {YEARS[y]}: need {r['need'][y]} > supply {r['supply']}")
        if "capacity-exceeded" not in defects:
            p.check(m["out"][y] <= 0.9 * m["cap"], f"{YEARS[y]}: output {m['out'][y]} > 90 % of {m['cap']}")
        p.check(0 < m["margin"][y] < 35, f"{YEARS[y]}: margin {m['margin'][y]} %")
        p.check(m["keep"][y] > 0, f"{YEARS[y]}: nothing kept after repayment")
    if "capital-mismatch" not in defects:
        p.check(m["inv_total"] == m["src_total"], "sources != investment")
    if "unrealistic-growth" not in defects:
        for y in (1, 2):
            p.check(m["rev"][y] / m["rev"][y - 1] < 1.35, f"revenue growth {YEARS[y]}")
        p.check(m["out"][0] / c["hist"]["out"][2] < 1.25, "2027 output jump")
    p.check(sum(m["opening"]) > 0 and m["closing"][2] >= 0, "loan")


def check_claims(k: str, p: Plan) -> None:
    for snippet in CLAIMS.get(k, lambda m: [])(model(k)):
        p.has(snippet)


def _claims(m: dict) -> list[str]:
    """Figures the prose states, recomputed: output and revenue targets, the payback sum."""
    c = m["c"]
    out = [f"{fi(m['out'][0])} ", f"{fm(m['rev'][0])} triệu đồng", f"{fm(m['rev'][2])} triệu đồng"]
    avg = r1(sum(m["lnst"]) / 3)
    if c is not PLANS["jk10"]:
        out.append(f"{fi(m['inv_total'])} : ({fm(avg)} + {fm(m['dep'])}) ≈ {fm(m['payback'])} năm")
    return out


CLAIMS: dict = {k: _claims for k in PLANS}


def lack_all(p: Plan, words: list[str], what: str) -> None:
    for w in words:
        p.lacks(r"(?<!\w)" + re.escape(w) + r"(?!\w)", what)


def t_jk05(p: Plan) -> None:
    lack_all(p, ["giấy phép", "cấp phép", "105/2017", "17/2020", "sản xuất rượu thủ công nhằm"], "licence word")
    lack_all(p, ["môi trường", "bỗng", "bã rượu", "nước thải", "chất thải", "xử lý", "biogas", "rác",
                 "bể lắng", "05/2025", "08/2022"], "environment word")
    p.has("QCVN 6-3:2010/BYT", "44/2019/QH14", "ATTP", "TCCS", "nhãn hiệu")
    t, m = model("jk05", False), model("jk05")
    p.check(off(m["lntt"][1], t["rev"][1] - t["cost"][1]), "jk05 profit not planted")
    p.check(off(m["payback"], t["payback"]), "jk05 tolerated payback: printed equals true")


def t_jk06(p: Plan) -> None:
    body = re.sub(r"nhãn hiệu", "", p.body, flags=re.I)
    p.check(not re.search(r"nhãn", body, re.I), "jk06: 'nhãn' outside 'nhãn hiệu'")
    lack_all(p, ["43/2017", "111/2021", "tem", "mã vạch", "ghi nhãn", "Còn dư", "thiếu"], "label / balance word")
    m = model("jk06", False)
    r = m["raws"][0]
    p.check(r["need"][1] > 1.05 * r["supply"] and r["need"][2] > 1.05 * r["supply"], "jk06 shortfall not > 5 %")
    p.has("bảo đảm đủ nguyên liệu cho cả giai đoạn 2027 – 2029", "khoảng 6,9 triệu đồng/người/tháng")
    p.check(off(6.9, m["income"][0]), "jk06 income claim not > 5 % off")
    p.has("ATTP", "TCCS", "tự công bố", "nhãn hiệu")


def t_jk07(p: Plan) -> None:
    lack_all(p, ["tiêu chuẩn", "TCCS", "công bố", "kiểm nghiệm", "thử nghiệm", "QCVN", "TCVN", "quy chuẩn",
                 "hợp quy", "hợp chuẩn"], "standard word")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Lộc Hà", "cấp huyện")
    lack_all(p, ["148/QĐ-TTg", "1489/QĐ-TTg"], "current instrument")
    t, m = model("jk07", False), model("jk07")
    p.check(off(m["dist_total"][1], sum(d[3][1] for d in t["dist"])), "jk07 total not planted")
    p.has("bể lắng", "đăng ký môi trường", "43/2017/NĐ-CP", "nhãn hiệu")


def t_jk08(p: Plan) -> None:
    lack_all(p, ["an toàn thực phẩm", "ATTP", "đủ điều kiện", "15/2018", "vệ sinh thực phẩm", "cam kết"],
             "food-safety word")
    m = model("jk08", False)
    p.check(off(m["src_total"], m["inv_total"]), "jk08 sources not > 5 % off")
    p.check(p.count("Hợp tác xã Dược liệu Thạch Ngọc") >= 3, "other HTX named < 3 times")
    p.check(p.count("Hợp tác xã Nông nghiệp và Dược liệu Tùng Lộc") >= 2, "own name")
    p.has("bảo đảm đủ vốn", "TCCS", "tự công bố", "nhãn hiệu", "truy xuất")


def t_jk09(p: Plan) -> None:
    lack_all(p, ["nhãn hiệu", "thương hiệu", "sở hữu trí tuệ", "bảo hộ", "logo"], "trademark word")
    p.check(bool(re.search(PLACEHOLDER, p.body)), "jk09 placeholder missing")
    p.check(len(re.findall(PLACEHOLDER, p.body)) == 1, "jk09 more than one placeholder")
    t = model("jk09", False)
    p.check(t["out"][1] > t["cap"] and t["out"][2] > 1.05 * t["cap"], "jk09 capacity not exceeded")
    p.has("không cần thêm thợ", "TCCS", "43/2017/NĐ-CP")


def t_jk10(p: Plan) -> None:
    t, m = model("jk10", False), model("jk10")
    p.check(off(m["rev_l"][1][0], t["packs"][1][0] * t["price"][1][0] / 1e6), "jk10 revenue not planted")
    p.check(t["out"][1] / t["out"][0] > 1.5 and t["out"][2] / t["out"][1] > 1.5, "jk10 growth not planted")
    p.check(t["staff"][0] == t["staff"][2], "jk10 staff grows")
    shown = r1(1000 / (sum(m["lnst"]) / 3 + m["dep"]))
    p.check(off(m["payback"], shown) and off(m["payback"], t["payback"]), "jk10 payback not planted")
    p.has(f"khoảng {fm(m['payback'])} năm", "giữ nguyên 10 lao động", "Nhu cầu kẹo cu đơ trên thị trường còn rất lớn")
    p.has("ATTP", "TCCS", "nhãn hiệu", "mã lô")


def t_ready(k: str):
    def f(p: Plan) -> None:
        p.has("ATTP" if k != "jk04" else "không phải là thực phẩm", "TCCS", "thử nghiệm", "nhãn hiệu",
              "truy xuất", "05/2025/NĐ-CP", "bể lắng" if k in ("jk01", "jk03") else "không")
        if k in ("jk02", "jk03"):
            p.has("không ghi công dụng chữa bệnh")
            p.lacks(r"điều trị|giải độc|phòng bệnh|(?<!công dụng )chữa bệnh", "health claim")
    return f


def t_sketchy(k: str):
    def f(p: Plan) -> None:
        lack_all(p, ["ATTP", "an toàn thực phẩm", "TCCS", "công bố", "nhãn", "môi trường", "truy xuất"], "paper word")
        if k == "jk11":
            p.has("1.200 kg", "80.000 đồng/kg", "50 triệu đồng", "chưa đăng ký kinh doanh")
        else:
            p.check(30000 * 25000 / 1e6 == 750, "jk12 revenue")
            p.has("30.000 túi", "25.000 đồng/túi", "750 triệu đồng", "120 triệu đồng")
    return f


TEXTS: dict = {"jk05": t_jk05, "jk06": t_jk06, "jk07": t_jk07, "jk08": t_jk08, "jk09": t_jk09, "jk10": t_jk10,
               "jk01": t_ready("jk01"), "jk02": t_ready("jk02"), "jk03": t_ready("jk03"), "jk04": t_ready("jk04"),
               "jk11": t_sketchy("jk11"), "jk12": t_sketchy("jk12")}
READY = ("jk01", "jk02", "jk03", "jk04")
SKETCHY = ("jk11", "jk12")


def check_ready(p: Plan) -> None:
    p.lacks(REPLACED, "replaced instrument in a ready plan")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
    for m in re.finditer(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", p.body):
        p.check(int(m.group(1)) >= 2029, f"paper valid only {m.group(0)}")
    p.lacks(PLACEHOLDER, "placeholder")


def check_sketchy(p: Plan) -> None:
    n = p.words()
    p.check(150 <= n <= 350, f"{n} words")
    p.check(not p.rows, "a table in a sketchy plan")


def stems() -> dict[str, str]:
    return {f.stem[:4]: f.stem for f in sorted((HERE / "src").glob("jk*.md"))}


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    found = stems()
    keys = [a for a in argv if a in found] or sorted(found)
    plans = []
    for k in keys:
        p = Plan(found[k])
        if k in PLANS:
            check_tables(k, p)
            check_model(k, p)
            check_claims(k, p)
            if k not in READY:
                p.lacks(PLACEHOLDER, "placeholder") if "boilerplate" not in PLANS[k].get("defects", []) else None
        if k in READY:
            check_ready(p)
        if k in SKETCHY:
            check_sketchy(p)
        TEXTS.get(k, lambda p: None)(p)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
