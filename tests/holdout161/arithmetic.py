"""The 161st holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout161/arithmetic.py

Theme: plans that reason per unit of product. Every full plan (ff01-ff10) carries a cost sheet for
one unit of its product (a bottle, a box, a kg, a piece: "giá thành đơn vị") beside the yearly
tables, and the two must agree: yearly revenue = quantity x price, every yearly cost line =
quantity x its unit figure, yearly profit = quantity x unit margin. The constants give, per plan,
the selling unit, quantities and prices for 2027-2029, the 2024-2026 history (output, price,
margin), raw materials (norm per unit, price), own and contracted supply of the main material,
capacity, staff by role and wage (and a piece rate where work is paid by the piece), packaging and
energy per unit, investment items and capital sources, asset life, loan balances and rate, a
selling/management share of revenue plus a fixed sum, and a tax share of revenue. From them this
script recomputes every table: history, price, raw-material balance, suppliers, staff, revenue,
investment and sources, the unit cost sheet, the yearly cost table, the summary, margin and payback
(= investment / (average profit + depreciation)). Each figure is read back from the plan's source
(tables found by their caption "Bảng N.") and compared: planted numeric defects must be wrong by
more than 5 % (the true value computed beside them), every other number right within 1 %.
Textual defects are asserted through the presence or absence of their words. Sketchy plans:
150-320 words, no table.
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
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|51/2021/NQ-HĐND|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|"
            r"UBND huyện|Ủy ban nhân dân huyện|Phòng .{0,30} huyện")

# --------------------------------------------------------------------------- constants
# unit: the selling unit; q: units sold 2027-2029; price: average selling price (đ per unit)
# hist: (units, average price đ, margin % of revenue) for 2024, 2025, 2026
# raws: (label, unit, norm per selling unit, price đ per raw unit); the first raw is balanced
#       against own + contracted supply
# own: (what, how many, counted in, yield of the first raw per counted unit and year)
# buy: (supplier, households or boats, quantity of the first raw a year)
# cap: (selling units per day, working days)
# pack / power: (label, đ per unit); piece: (label, đ per unit) paid by the piece, or None
# roles: (role, [people 2027-2029], wage triệu/month or None for piece-rate workers)
# inv: (label, triệu, fixed asset?); src: (label, triệu); life: years of fixed assets
# loan: balance per year (triệu), rate; sell: selling/management share of revenue + other (triệu)
# tax: share of revenue (tax_label names it)
PLANS: dict[str, dict] = {
    "ff01": dict(
        unit="chai", q=[40000, 46000, 52000], price=[72000, 74000, 76000],
        hist=[(28000, 64000, 14.0), (32000, 67000, 15.0), (36000, 70000, 16.0)],
        raws=[("Cá cơm tươi", "kg", 1.2, 20000), ("Muối hạt", "kg", 0.4, 4000)],
        own=("tàu lưới vây của công ty", 2, "tàu", 12000),
        buy=[("Tổ đoàn kết tàu cá thôn Hải Thanh", 6, 18000), ("Tổ tàu cá thôn Tân Phong", 5, 15000),
             ("Tổ tàu cá thôn Đông Hải", 4, 12000)],
        cap=(240, 250),
        pack=("Chai thủy tinh, nắp, nhãn, hộp", 9000), piece=None,
        roles=[("Giám đốc, kế toán", [2, 2, 2], 7.0), ("Ướp chượp, đảo chượp, kéo rút", [3, 3, 3], 7.0),
               ("Lọc, chiết rót, đóng gói", [2, 2, 3], 6.5), ("Bán hàng, giao hàng", [1, 1, 1], 6.5)],
        power=("Điện, nước, nhiên liệu", 1200),
        inv=[("Nhà ủ chượp 200 m², nền bê tông, mái tôn cách nhiệt", 380, True),
             ("12 bể chượp xi măng có nắp đậy kín", 180, True),
             ("Dây chuyền lọc, chiết rót, đóng nắp chai", 260, True),
             ("Bể thu gom, lắng lọc nước rửa và nước rỉ chượp", 90, True),
             ("Thiết kế bao bì, nhãn, mã QR", 40, False), ("Vốn lưu động", 350, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.07, other=60, tax=0.01,
        tax_label="Thuế, phí"),
    "ff02": dict(
        unit="chai", q=[18000, 20500, 23000], price=[185000, 190000, 195000],
        hist=[(13000, 170000, 8.0), (14500, 175000, 8.5), (16000, 180000, 9.0)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 0.6, 30000), ("Men lá truyền thống", "kg", 0.02, 150000)],
        own=("ruộng nếp cái hoa vàng của thành viên", 40, "sào", 220),
        buy=[("Thôn Đông Thịnh", 9, 2400), ("Thôn Trung Tiến", 8, 2200), ("Thôn Hòa Lạc", 7, 1900)],
        cap=(95, 280),
        pack=("Chai thủy tinh, nút, nhãn, hộp giấy", 16000), piece=None,
        roles=[("Ban quản trị, kế toán", [2, 2, 2], 6.5), ("Nấu cơm rượu, ủ men, chưng cất", [3, 3, 3], 6.5),
               ("Lọc, hạ thổ, chiết rót", [1, 2, 2], 6.5), ("Bán hàng", [1, 1, 1], 6.5)],
        power=("Trấu, củi, điện, nước", 3000),
        inv=[("Nhà nấu và chưng cất 120 m²", 420, True), ("Hệ thống chưng cất inox hai lớp 300 lít/mẻ", 280, True),
             ("Chum hạ thổ, bồn inox lưu rượu", 150, True), ("Máy lọc, khử andehit, chiết rót", 160, True),
             ("Hầm biogas và bể lắng nước thải", 90, True), ("Bao bì, nhãn, kiểm nghiệm", 50, False),
             ("Vốn lưu động", 350, False)],
        src=[("Vốn góp của thành viên", 600), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 550, 400], rate=0.08, sell=0.06, other=50, tax=0.39,
        tax_label="Thuế tiêu thụ đặc biệt, thuế khác"),
    "ff03": dict(
        unit="kg", q=[3000, 3400, 3800], price=[360000, 370000, 380000],
        hist=[(2300, 330000, 17.0), (2500, 340000, 18.0), (2700, 350000, 19.0)],
        raws=[("Búp chè tươi (một tôm hai lá)", "kg", 4.5, 24000)],
        own=("vườn chè của hộ", 2, "ha", 4000),
        buy=[("Thôn Tây Lĩnh", 12, 4000), ("Thôn Khe Vang", 10, 3500), ("Thôn Bàu Trám", 8, 3000)],
        cap=(20, 220),
        pack=("Túi 500 g hút chân không, hộp giấy, nhãn", 12000), piece=None,
        roles=[("Chủ hộ, quản lý", [1, 1, 1], 6.0), ("Thu hái, sao, vò, sấy", [2, 2, 3], 6.0),
               ("Phân loại, đóng gói, bán hàng", [1, 1, 1], 6.0)],
        power=("Điện, củi sao chè", 15000),
        inv=[("Nhà chế biến 60 m² có tường lưới chắn côn trùng", 180, True),
             ("Máy vò, máy sao quay, máy sấy", 160, True), ("Máy hút chân không, cân điện tử, máy hàn túi", 40, True),
             ("Bao bì, nhãn, kiểm nghiệm", 30, False), ("Vốn lưu động", 90, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.06, other=24, tax=0.015,
        tax_label="Thuế khoán, phí"),
    "ff04": dict(
        unit="chiếc", q=[9000, 10000, 11000], price=[165000, 170000, 175000],
        hist=[(7000, 150000, 12.0), (7600, 155000, 13.0), (8200, 160000, 14.0)],
        raws=[("Lá nón đã phơi, là phẳng", "kg", 0.15, 80000), ("Vành tre, nan, chỉ cước", "bộ", 1, 9000),
              ("Chỉ thêu, màu vẽ, dầu phủ", "bộ", 1, 6000)],
        own=("đồi lá nón của các tổ viên", 6, "ha", 250),
        buy=[("Thôn Khe Dẻ", 9, 300), ("Thôn Bình Sơn", 7, 250)],
        cap=(40, 300),
        pack=("Túi vải, hộp giấy, nhãn treo", 5000),
        piece=("Tiền công khâu nón (khoán theo sản phẩm)", 62000),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2], 5.0), ("Thợ thêu, vẽ hoa văn", [2, 2, 3], 5.0),
               ("Tổ viên khâu nón tại nhà (khoán)", [28, 30, 32], None)],
        power=("Điện là lá, sấy chống mốc", 500),
        inv=[("Cải tạo nhà xưởng chung 80 m²", 120, True), ("Máy là lá, máy khâu vành", 60, True),
             ("Khung thêu, bàn vẽ, tủ sấy chống mốc", 50, True),
             ("Thiết kế mẫu, nhãn treo, đăng ký nhãn hiệu", 30, False), ("Vốn lưu động", 140, False)],
        src=[("Vốn góp của tổ viên", 250), ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=8, loan=[150, 100, 50], rate=0.066, sell=0.08, other=20, tax=0.01,
        tax_label="Thuế, phí"),
    "ff05": dict(
        unit="hộp", q=[24000, 28000, 32000], price=[72000, 75000, 78000],
        hist=[(18000, 65000, 11.0), (20000, 68000, 12.0), (21500, 70000, 12.5)],
        raws=[("Lạc nhân", "kg", 0.16, 60000), ("Mật mía, đường phên", "kg", 0.2, 25000),
              ("Bánh đa vừng, gừng tươi", "hộp", 1, 6000)],
        own=("ruộng lạc của thành viên", 4, "ha", 2000),
        buy=[("Thôn Phúc Lộc", 6, 900), ("Thôn Hồng Lam", 5, 800)],
        cap=(90, 280),
        pack=("Hộp giấy, túi PE hàn kín, thùng carton", 6000), piece=None,
        roles=[("Ban giám đốc, kế toán", [2, 2, 2], 6.5), ("Nấu kẹo, cán, cắt", [3, 3, 4], 6.5),
               ("Đóng gói", [2, 2, 2], 6.5), ("Bán hàng", [1, 1, 1], 6.5)],
        power=("Điện, than, gas", 1500),
        inv=[("Phòng trưng bày, bán hàng 40 m²", 180, True), ("Tủ kính, kệ trưng bày", 40, True),
             ("Thiết kế mẫu hộp mới", 30, False), ("Đăng ký nhãn hiệu, kiểm nghiệm", 20, False),
             ("Vốn lưu động", 330, False)],
        src=[("Vốn góp của thành viên", 300), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.08, sell=0.07, other=40, tax=0.015,
        tax_label="Thuế, phí"),
    "ff06": dict(
        unit="chai", q=[5000, 5600, 6200], price=[190000, 195000, 200000],
        hist=[(3800, 175000, 7.0), (4200, 180000, 8.0), (4500, 185000, 8.5)],
        raws=[("Mật ong thô", "kg", 0.52, 150000)],
        own=("đàn ong nội của hộ", 220, "đàn", 12),
        buy=[("Hộ nuôi ong thôn Khe Cò", 3, 400), ("Hộ nuôi ong thôn Liên Thành", 3, 350),
             ("Hộ nuôi ong thôn Trung Hòa", 2, 300)],
        cap=(40, 250),
        pack=("Chai thủy tinh, nắp, nhãn, hộp", 9000), piece=None,
        roles=[("Chủ hộ, quản lý", [1, 1, 1], 6.0), ("Chăm sóc đàn ong, quay mật", [2, 2, 2], 6.0),
               ("Lọc, đóng chai, bán hàng", [1, 1, 1], 6.0)],
        power=("Điện, nước, vận chuyển đàn ong", 2500),
        inv=[("Máy quay mật, máy lọc, bồn inox", 80, True), ("Máy hạ thủy phần mật ong 30 kg/mẻ", 70, True),
             ("Phòng đóng chai 20 m²", 60, True), ("80 thùng ong và đàn giống", 64, True),
             ("Bao bì, kiểm nghiệm", 26, False), ("Vốn lưu động", 100, False)],
        src=[("Vốn tự có của hộ", 250), ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=8, loan=[150, 100, 50], rate=0.066, sell=0.06, other=20, tax=0.015,
        tax_label="Thuế khoán, phí"),
    "ff07": dict(
        unit="chai", q=[10000, 12000, 14000], price=[240000, 245000, 250000],
        hist=[(7500, 220000, 6.0), (8200, 225000, 6.5), (9000, 230000, 7.0)],
        raws=[("Quả sim chín", "kg", 0.8, 25000), ("Gạo nếp", "kg", 0.5, 22000),
              ("Men rượu, đường phèn", "kg", 0.03, 100000)],
        own=("đồi sim của tổ viên", 8, "ha", 600),
        buy=[("Thôn Đồng Bãi", 11, 1500), ("Thôn Khe Lau", 9, 1200), ("Thôn Trại Rú", 6, 900)],
        cap=(50, 300),
        pack=("Chai thủy tinh, nút gỗ, nhãn, hộp", 18000), piece=None,
        roles=[("Tổ trưởng, thủ quỹ", [2, 2, 2], 6.0), ("Thu mua, ủ sim, nấu rượu", [3, 3, 3], 6.0),
               ("Lọc, chiết rót, bán hàng", [1, 2, 2], 6.0)],
        power=("Củi, điện, nước", 3000),
        inv=[("Nhà ủ và kho rượu 100 m²", 300, True), ("Nồi chưng cất, bồn inox ủ sim", 200, True),
             ("Máy lọc, chiết rót", 120, True), ("Bể lắng bã và hố ủ phân", 40, True),
             ("Bao bì, nhãn, kiểm nghiệm", 40, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của tổ viên", 500), ("Vay Ngân hàng Chính sách xã hội", 500)],
        life=10, loan=[500, 400, 300], rate=0.066, sell=0.06, other=40, tax=0.39,
        tax_label="Thuế tiêu thụ đặc biệt, thuế khác"),
    "ff08": dict(
        unit="hộp", q=[20000, 23000, 26000], price=[105000, 108000, 112000],
        hist=[(15000, 95000, 8.0), (16500, 98000, 9.0), (18000, 100000, 10.0)],
        raws=[("Chè vằng khô (lá, thân)", "kg", 0.9, 30000)],
        own=("vùng trồng chè vằng của công ty", 10, "ha", 1200),
        buy=[("Thôn Mỹ Hòa", 14, 5000), ("Thôn Mỹ Thịnh", 12, 4500), ("Thôn Trung Sơn", 9, 3000)],
        cap=(90, 300),
        pack=("Hộp giấy, gói nhôm, nhãn", 8000), piece=None,
        roles=[("Giám đốc, kế toán", [2, 2, 2], 6.5), ("Kỹ thuật, nấu cao", [3, 3, 3], 6.5),
               ("Đóng gói", [2, 2, 3], 6.5), ("Bán hàng", [1, 2, 2], 6.5)],
        power=("Điện, hơi, nước", 6000),
        inv=[("Nồi chiết và cô đặc chân không 500 lít", 450, True), ("Máy đóng gói cao dạng gói", 180, True),
             ("Cải tạo xưởng một chiều 150 m²", 270, True), ("Thiết kế bao bì, nhãn, mã QR", 50, False),
             ("Vốn lưu động", 350, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay ngân hàng thương mại", 600)],
        life=10, loan=[600, 450, 300], rate=0.09, sell=0.08, other=80, tax=0.015,
        tax_label="Thuế, phí"),
    "ff09": dict(
        unit="chiếc", q=[1600, 1800, 2000], price=[480000, 490000, 500000],
        hist=[(1200, 440000, 10.0), (1350, 450000, 11.0), (1450, 460000, 12.0)],
        raws=[("Gỗ mít xẻ tấm, đã sấy", "m³", 0.015, 9000000), ("Sơn PU, dầu bóng, giấy nhám, keo", "bộ", 1, 17000)],
        own=("gỗ mít các hộ trong nhóm tự có", 9, "hộ", 0.5),
        buy=[("Thôn Phúc Lập", 10, 10), ("Thôn Yên Thành", 8, 9), ("Thôn Đồng Văn", 7, 8)],
        cap=(8, 280),
        pack=("Hộp carton, xốp, nhãn treo", 15000),
        piece=("Tiền công thợ mộc, thợ chạm (khoán theo sản phẩm)", 120000),
        roles=[("Trưởng nhóm, ghi sổ", [1, 1, 1], 5.0), ("Thợ mộc, thợ chạm (khoán)", [6, 7, 7], None)],
        power=("Điện", 6000),
        inv=[("Nhà xưởng chung 100 m²", 160, True), ("Máy cưa, máy bào, máy khắc CNC mini", 180, True),
             ("Máy chà nhám, súng phun sơn, máy nén khí", 60, True),
             ("Thiết kế mẫu, nhãn, đăng ký nhãn hiệu", 20, False), ("Vốn lưu động", 100, False)],
        src=[("Vốn góp của các hộ", 300), ("Vay Quỹ hỗ trợ nông dân qua các hộ thành viên", 120)],
        life=8, loan=[120, 80, 40], rate=0.07, sell=0.06, other=20, tax=0.01,
        tax_label="Phí, chi phí khác"),
    "ff10": dict(
        unit="túi", q=[8000, 18000, 22000], price=[190000, 195000, 200000],
        hist=[(6200, 175000, 9.0), (6800, 180000, 10.0), (7200, 185000, 11.0)],
        raws=[("Mực ống tươi", "kg", 0.45, 160000), ("Mỡ, hành, tiêu, nước mắm, gia vị", "túi", 1, 6000)],
        own=("tàu câu mực của công ty", 1, "tàu", 3000),
        buy=[("Nậu vựa cảng cá Thạch Kim", 4, 5000), ("Tàu câu mực thôn Kim Hải", 6, 4000),
             ("Tàu câu mực thôn Hải Hà", 3, 2000)],
        cap=(120, 300),
        pack=("Túi hút chân không, nhãn, hộp xốp", 5000), piece=None,
        roles=[("Giám đốc, kế toán", [2, 2, 2], 6.5), ("Sơ chế, giã, quết, định hình", [3, 3, 3], 6.5),
               ("Đóng gói, bán hàng", [1, 1, 1], 6.5)],
        power=("Điện cấp đông, kho lạnh, nước", 5000),
        inv=[("Máy xay giã mực, máy định hình", 220, True), ("Tủ cấp đông nhanh, kho lạnh 20 m³", 380, True),
             ("Cải tạo xưởng chế biến một chiều 80 m²", 300, True), ("Máy hút chân không", 60, True),
             ("Thiết kế bao bì, nhãn, kiểm nghiệm", 40, False), ("Vốn lưu động", 400, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay ngân hàng thương mại", 600)],
        life=10, loan=[600, 450, 300], rate=0.09, sell=0.06, other=60, tax=0.015,
        tax_label="Thuế, phí"),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "ff05": {"rev": (1, 1.10), "over_capacity": True},   # 2028 revenue × 1,10; 28.000 / 32.000 hộp vs 25.200
    "ff06": {"unit_total": (1, 0.90)},                   # 2028 unit cost total written 10 % low
    "ff07": {"profit": (2, 1.25), "shortfall": True},    # 2029 profit × 1,25; sim need 9.600 / 11.200 kg vs 8.400
    "ff08": {"sheet_price": (0, 115000)},                # cost sheet 2027 price 115.000 vs 105.000 elsewhere
    "ff09": {"src_short": True},                         # sources 420 vs investment 520
    "ff10": {"payback": 0.9, "growth": True},            # payback "0,9 năm"; output ×2,25 in 2028
}
READY = ("ff01", "ff02", "ff03", "ff04")
STEMS = {
    "ff01": "ff01_nuoc_mam_ca_com_ky_xuan_cty",
    "ff02": "ff02_ruou_nep_cai_hoa_vang_tung_loc_htx",
    "ff03": "ff03_che_bup_kho_ky_tay_hkd",
    "ff04": "ff04_non_la_theu_thach_long_tht",
    "ff05": "ff05_keo_cu_do_xuan_hong_htx",
    "ff06": "ff06_mat_ong_huong_lien_hkd",
    "ff07": "ff07_ruou_sim_thach_dien_tht",
    "ff08": "ff08_cao_che_vang_cam_my_ctcp",
    "ff09": "ff09_khay_tra_go_mit_duc_lam_nhom_ho",
    "ff10": "ff10_cha_muc_thach_kim_cty",
    "ff11": "ff11_banh_ram_thach_hung_so_sai",
    "ff12": "ff12_tinh_dau_tram_ky_ninh_so_sai",
}


# --------------------------------------------------------------------------- model
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(k: str) -> dict:
    """Every number of plan k's tables, true values (defects are applied by the generator)."""
    P = PLANS[k]
    q, pr = P["q"], P["price"]
    m: dict = {"q": q, "price": pr}
    m["rev"] = [r1(q[y] * pr[y] / 1e6) for y in range(3)]
    m["hist"] = []
    for hq, hp, hm in P["hist"]:
        rev = r1(hq * hp / 1e6)
        cost = r1(rev * (1 - hm / 100))
        m["hist"].append((hq, hp, rev, cost, r1(rev - cost)))
    # raw materials
    m["need"] = [[q[y] * norm for y in range(3)] for _, _, norm, _ in P["raws"]]
    own = P["own"][1] * P["own"][3]
    buy = sum(b[2] for b in P["buy"])
    m["own"], m["buy"], m["supply"] = own, buy, own + buy
    m["cap"] = P["cap"][0] * P["cap"][1]
    # staff and wages
    m["staff"] = [sum(n[y] for _, n, _ in P["roles"]) for y in range(3)]
    wages = [sum(n[y] * w * 12 for _, n, w in P["roles"] if w) for y in range(3)]
    if P["piece"]:
        wages = [wages[y] + q[y] * P["piece"][1] / 1e6 for y in range(3)]
    # cost lines in triệu (exact), then unit figures in đồng
    lines = []
    for lab, u, norm, p in P["raws"]:
        lines.append((lab, [q[y] * norm * p / 1e6 for y in range(3)]))
    lines.append((P["pack"][0], [q[y] * P["pack"][1] / 1e6 for y in range(3)]))
    lines.append(("Nhân công", wages))
    lines.append((P["power"][0], [q[y] * P["power"][1] / 1e6 for y in range(3)]))
    m["fixed"] = sum(v for _, v, f in P["inv"] if f)
    m["dep"] = m["fixed"] / P["life"]
    lines.append(("Khấu hao tài sản cố định", [m["dep"]] * 3))
    lines.append(("Lãi vay", [P["loan"][y] * P["rate"] for y in range(3)]))
    lines.append(("Chi phí bán hàng, quản lý", [P["sell"] * q[y] * pr[y] / 1e6 + P["other"] for y in range(3)]))
    lines.append((P["tax_label"], [P["tax"] * q[y] * pr[y] / 1e6 for y in range(3)]))
    m["lines"] = [(lab, [r1(v) for v in vals]) for lab, vals in lines]
    m["unit"] = [(lab, [round(vals[y] * 1e6 / q[y]) for y in range(3)]) for lab, vals in lines]
    m["ucost"] = [sum(u[y] for _, u in m["unit"]) for y in range(3)]
    m["umargin"] = [pr[y] - m["ucost"][y] for y in range(3)]
    m["umpct"] = [r1(m["umargin"][y] / pr[y] * 100) for y in range(3)]
    m["cost"] = [r1(sum(v[y] for _, v in m["lines"])) for y in range(3)]
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in range(3)]
    m["pmargin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in range(3)]
    m["inv"] = sum(v for _, v, _ in P["inv"])
    m["src"] = sum(v for _, v in P["src"])
    m["avgprofit"] = r1(sum(m["profit"]) / 3)
    m["payback"] = round(m["inv"] / (m["avgprofit"] + m["dep"]), 1)
    return m


# --------------------------------------------------------------------------- reading the plans
NUM = re.compile(r"^\d[\d.]*(,\d+)?$")
CAPS = [  # table key, caption pattern (first match wins, in this order)
    ("hist", r"Kết quả sản xuất"),
    ("unit", r"Giá thành"),
    ("balance", r"Cân đối nguyên liệu"),
    ("suppliers", r"Các hộ|Hộ liên kết|Nguồn cung"),
    ("price", r"Quy cách|Thông tin sản phẩm"),
    ("staff", r"Lao động"),
    ("plan", r"Kế hoạch sản lượng|Sản lượng và doanh thu"),
    ("inv", r"Tổng vốn đầu tư|Nhu cầu vốn"),
    ("src", r"Nguồn vốn|Cơ cấu nguồn vốn"),
    ("cost", r"Chi phí sản xuất kinh doanh"),
    ("summary", r"Tổng hợp|Hiệu quả kinh tế"),
    ("papers", r"Hồ sơ|Giấy tờ"),
    ("schedule", r"Tiến độ"),
]


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[str, list[list[str]]] = {}
        cap, rows = None, None
        for line in self.body.splitlines():
            s = line.strip()
            if mm := re.match(r"^Bảng \d+\. (.+)$", s):
                cap, rows = mm.group(1), None
                continue
            if s.startswith("|") and cap is not None:
                if rows is None:
                    rows = []
                    key = next((k for k, pat in CAPS if re.search(pat, cap, re.I)), cap)
                    if key in self.tables:
                        self.failures.append(f"two tables for {key}")
                    self.tables[key] = rows
                cells = [c.strip() for c in s.strip("|").split("|")]
                if not all(set(c) <= set("-:") for c in cells):
                    rows.append(cells)
            elif s and rows is not None:
                cap, rows = None, None

    def t(self, key: str) -> list[list[str]]:
        if key not in self.tables:
            self.failures.append(f"table not found: {key}")
            return []
        return self.tables[key]

    def get(self, key: str, label: str, n: int = 3, tt: str | None = None) -> list[float]:
        for r in self.t(key)[1:]:
            hit = (r[0] == tt) if tt is not None else any(c.startswith(label) for c in r[:2])
            if hit:
                nums = [vn(c) for c in r[1:] if NUM.match(c)]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"{key}: row not found: {label or tt}")
        return [0.0] * n

    def eq(self, got, want, what: str, tol: float = 0.01) -> None:
        for y, (g, w) in enumerate(zip(got, want)):
            if not (close(g, w, tol) or abs(g - w) <= 0.11):
                self.failures.append(f"{what}[{y}]: plan {g} vs {w}")

    def wrong(self, got: float, true: float, what: str) -> None:
        """a planted figure: must be off by more than 5 % (the true value is reported)"""
        if not off(got, true, 5):
            self.failures.append(f"planted {what} not wrong enough: plan {got} vs true {true}")


def text_num(x: float) -> str:
    x = int(round(x))
    return f"{x:,}".replace(",", ".")


def check_full(k: str, p: Plan) -> None:
    P, m, pl = PLANS[k], model(k), PLANTED.get(k, {})
    q, pr = P["q"], P["price"]
    # history
    h = m["hist"]
    for i, lab in enumerate(["Sản lượng", "Giá bán", "Doanh thu", "Tổng chi phí", "Lợi nhuận"]):
        p.eq(p.get("hist", lab), [x[i] for x in h], f"hist {lab}")
    p.check(q[0] <= h[2][0] * 1.2, f"2027 output {q[0]} more than +20 % on 2026 {h[2][0]}")
    # price
    p.eq(p.get("price", "Giá bán bình quân năm 2027", 1), [pr[0]], "price 2027")
    # suppliers
    for b in P["buy"]:
        p.eq(p.get("suppliers", b[0], 2), [b[1], b[2]], f"supplier {b[0]}")
    p.eq(p.get("suppliers", "Cộng", 2), [sum(b[1] for b in P["buy"]), m["buy"]], "suppliers total")
    # raw-material balance
    p.eq(p.get("balance", "", tt="1"), q, "balance output")
    p.eq(p.get("balance", "", tt="2"), [P["raws"][0][2]] * 3, "balance norm")
    p.eq(p.get("balance", "", tt="3"), m["need"][0], "balance need")
    p.eq(p.get("balance", "", tt="4"), [m["own"]] * 3, "balance own")
    p.eq(p.get("balance", "", tt="5"), [m["buy"]] * 3, "balance bought")
    p.eq(p.get("balance", "", tt="6"), [m["supply"]] * 3, "balance supply")
    if pl.get("shortfall"):
        p.check(not any(r[0] == "7" for r in p.t("balance")), "shortfall plan shows a difference row")
        for y in (1, 2):
            p.check(m["need"][0][y] > m["supply"] * 1.05, f"need {m['need'][0][y]} not > supply {m['supply']} by 5 %")
    else:
        p.eq(p.get("balance", "", tt="7"), [m["supply"] - x for x in m["need"][0]], "balance difference")
        p.check(all(x <= m["supply"] for x in m["need"][0]), "need exceeds supply")
    # capacity
    if pl.get("over_capacity"):
        for y in (1, 2):
            p.check(q[y] > m["cap"] * 1.05, f"output {q[y]} not above capacity {m['cap']} by 5 %")
    else:
        p.check(all(x <= m["cap"] for x in q), f"output above capacity {m['cap']}")
    p.has(text_num(m["cap"]))
    # staff
    for role, n, w in P["roles"]:
        if w:
            got = p.get("staff", role, 4)
            p.eq(got, n + [w], f"staff {role}")
        else:
            p.eq(p.get("staff", role), n, f"staff {role}")
    p.eq(p.get("staff", "Tổng số"), m["staff"], "staff total")
    # revenue plan
    p.eq(p.get("plan", "Sản lượng"), q, "plan output")
    p.eq(p.get("plan", "Giá bán"), pr, "plan price")
    rev = p.get("plan", "Doanh thu")
    if "rev" in pl:
        y, _ = pl["rev"]
        p.wrong(rev[y], m["rev"][y], f"revenue {YEARS[y]}")
        p.eq([rev[i] for i in range(3) if i != y], [m["rev"][i] for i in range(3) if i != y], "plan revenue")
    else:
        p.eq(rev, m["rev"], "plan revenue")
    # investment and sources
    for lab, v, _ in P["inv"]:
        p.eq(p.get("inv", lab, 1), [v], f"inv {lab}")
    p.eq(p.get("inv", "Tổng cộng", 1), [m["inv"]], "inv total")
    for lab, v in P["src"]:
        p.eq(p.get("src", lab, 2), [v, r1(v / m["src"] * 100)], f"src {lab}")
    p.eq(p.get("src", "Tổng cộng", 2), [m["src"], 100], "src total")
    if pl.get("src_short"):
        p.wrong(m["src"], m["inv"], "sources vs investment")
        p.has(f"{text_num(m['inv'])} triệu đồng", "đủ vốn")
    else:
        p.check(m["src"] == m["inv"], "sources differ from investment")
    # unit cost sheet
    unit_rows = p.t("unit")[1:]
    for i, (lab, vals) in enumerate(m["unit"]):
        p.eq(p.get("unit", "", tt=str(i + 1)), vals, f"unit line {lab}")
    tot = p.get("unit", "Giá thành đơn vị")
    price = p.get("unit", "Giá bán bình quân")
    marg = p.get("unit", "Lãi trên")
    pct = p.get("unit", "Tỷ suất")
    want_tot, want_price = list(m["ucost"]), list(pr)
    if "unit_total" in pl:
        y, _ = pl["unit_total"]
        p.wrong(tot[y], m["ucost"][y], f"unit cost total {YEARS[y]}")
        want_tot[y] = tot[y]
    if "sheet_price" in pl:
        y, v = pl["sheet_price"]
        p.wrong(price[y], pr[y], f"cost-sheet price {YEARS[y]}")
        p.eq([price[y]], [v], "cost-sheet price")
        want_price[y] = price[y]
    p.eq(tot, want_tot, "unit cost total")
    p.eq(price, want_price, "unit sheet price")
    p.eq(marg, [want_price[y] - want_tot[y] for y in range(3)], "unit margin")
    p.eq(pct, [r1((want_price[y] - want_tot[y]) / want_price[y] * 100) for y in range(3)], "unit margin %")
    p.check(len(unit_rows) == len(m["unit"]) + 4, "unit sheet row count")
    # yearly cost table, and quantity × unit figure = yearly line
    for i, (lab, vals) in enumerate(m["lines"]):
        p.eq(p.get("cost", "", tt=str(i + 1)), vals, f"cost line {lab}")
        p.eq([q[y] * m["unit"][i][1][y] / 1e6 for y in range(3)], vals, f"q × unit {lab}")
    p.eq(p.get("cost", "Tổng chi phí"), m["cost"], "cost total")
    p.eq([q[y] * m["ucost"][y] / 1e6 for y in range(3)], m["cost"], "q × unit cost = cost")
    # summary
    p.eq(p.get("summary", "Sản lượng"), q, "summary output")
    srev = p.get("summary", "Doanh thu")
    p.eq(srev, rev, "summary revenue = revenue table")
    p.eq(p.get("summary", "Tổng chi phí"), m["cost"], "summary cost")
    sprofit = p.get("summary", "Lợi nhuận")
    want_profit = [r1(srev[y] - m["cost"][y]) for y in range(3)]
    if "profit" in pl:
        y, _ = pl["profit"]
        p.wrong(sprofit[y], m["profit"][y], f"profit {YEARS[y]}")
        p.wrong(sprofit[y], want_profit[y], f"profit {YEARS[y]} vs its revenue − cost")
        want_profit[y] = sprofit[y]
    if "rev" in pl:
        y, _ = pl["rev"]
        p.wrong(sprofit[y], m["profit"][y], f"profit {YEARS[y]} (follows the revenue defect)")
    p.eq(sprofit, want_profit, "summary profit")
    p.eq(p.get("summary", "Lãi bình quân"), m["umargin"], "summary unit margin")
    p.eq([q[y] * m["umargin"][y] / 1e6 for y in range(3)], m["profit"], "q × unit margin = profit")
    p.eq(p.get("summary", "Tỷ suất"), [r1(sprofit[y] / srev[y] * 100) for y in range(3)], "summary margin %")
    p.check(all(0 < x < 40 for x in m["pmargin"]), f"true margins {m['pmargin']}")
    # growth
    g = [m["rev"][y + 1] / m["rev"][y] - 1 for y in range(2)]
    if pl.get("growth"):
        p.check(q[1] / q[0] > 2 and m["staff"][1] == m["staff"][0], "growth defect: output ×2 with the same staff")
        p.has("giữ nguyên 6 lao động", "không cần mở thêm kênh tiêu thụ mới")
    else:
        p.check(all(x < 0.31 for x in g), f"revenue growth {g}")
    # payback as printed
    mm = re.findall(r"hoàn vốn[^\n]*?(\d+,\d) năm", p.body)
    p.check(len(mm) == 1, f"payback statements: {mm}")
    stated = vn(mm[0]) if mm else 0.0
    avgp = r1(sum(sprofit) / 3)
    printed = round(m["inv"] / (avgp + m["dep"]), 1)
    if "payback" in pl:
        p.eq([stated], [pl["payback"]], "stated payback")
        p.wrong(stated, m["payback"], "payback")
        p.wrong(stated, m["inv"] / m["avgprofit"], "payback without depreciation")
    else:
        p.eq([stated], [printed], "payback from the printed profits")
        if printed != m["payback"]:
            p.check(k in ("ff05", "ff07"), f"payback {printed} vs true {m['payback']}")
    # text
    p.lacks(PLACEHOLDER, "placeholder")
    if k != "ff08":
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        p.lacks(REPLACED, "replaced instrument or district body")


def check_ready(k: str, p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "QR", "môi trường",
          "Cục Sở hữu trí tuệ")
    low = p.body.lower()
    for w in ("tiêu chuẩn cơ sở", "phiếu kết quả thử nghiệm", "nhãn hiệu", "đăng ký"):
        p.check(w in low, f"text not found: {w!r}")
    p.check(bool(re.search(r"Giấy chứng nhận đăng ký (doanh nghiệp|hợp tác xã|hộ kinh doanh|tổ hợp tác)", p.body)),
            "no registration certificate")
    if k != "ff04":
        p.has("an toàn thực phẩm", "tự công bố")
    if k == "ff02":
        p.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "105/2017/NĐ-CP", "% vol")
    for dd, mo, yy in re.findall(r"Đến (\d{2})/(\d{1,2})/(\d{4})", p.body):
        p.check(int(yy) >= 2029, f"paper valid only to {dd}/{mo}/{yy}")
        if int(yy) < 2030:
            p.has("cấp lại")


def check_defects(k: str, p: Plan) -> None:
    if k == "ff05":
        p.lacks(r"nhãn(?! hiệu)", "label word")
        p.lacks(r"\btem\b|43/2017|111/2021|mã vạch|\bQR\b|ghi nhãn", "label word")
    if k == "ff06":
        p.lacks(r"an toàn|ATTP|đủ điều kiện|15/2018", "food-safety word")
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ", "trademark word")
        p.has("Nghị định số 43/2017/NĐ-CP", "tiêu chuẩn cơ sở", "tự công bố")
    if k == "ff07":
        p.lacks(r"giấy phép|105/2017|17/2020|cấp phép", "alcohol-licence word")
        p.has("25 % vol", "an toàn thực phẩm", "đủ đáp ứng kế hoạch sản xuất")
    if k == "ff08":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|hợp quy|hợp chuẩn", "product-standard word")
        p.lacks(r"148/QĐ-TTg|1489", "current criteria cited")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "UBND huyện Cẩm Xuyên", "cấp huyện", "an toàn thực phẩm", "43/2017")
    if k == "ff09":
        p.has("chưa đăng ký với cơ quan nào", "sơn PU", "súng phun sơn")
        p.lacks(r"đăng ký kinh doanh|mã số thuế|hộ kinh doanh|hợp tác xã|tổ hợp tác|doanh nghiệp|"
                r"Giấy chứng nhận đăng ký", "registration word")
        p.lacks(r"môi trường|bụi|chất thải|xử lý|mùn cưa|thông gió|khẩu trang|phoi", "environment word")
    if k == "ff10":
        p.check(p.count("Công ty TNHH Hải sản Nam Cửa Hội") == 2, "other company named twice")
        p.check(p.count("Công ty TNHH Hải vị Thạch Kim") >= 1, "own name")


def check_sketchy(k: str, p: Plan) -> None:
    words = len(re.findall(r"\w+", p.body))
    p.check(150 <= words <= 320, f"{words} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.lacks(r"an toàn thực phẩm|tiêu chuẩn cơ sở|nhãn hiệu|43/2017|tự công bố|môi trường", "paper word")
    p.lacks(PLACEHOLDER, "placeholder")
    if k == "ff11":
        p.has("400 chiếc", "3.000 đồng/chiếc", "2.200 đồng", "800 đồng", "80 triệu đồng")
        p.check(abs(3000 - 2200 - 800) < 1, "unit margin")
    if k == "ff12":
        p.has("50 ml", "3.000 chai", "45.000 đồng/chai", "30.000 đồng", "60 triệu đồng")


def main() -> int:
    plans = []
    for k, stem in STEMS.items():
        p = Plan(stem)
        if k in PLANS:
            check_full(k, p)
            check_defects(k, p)
            if k in READY:
                check_ready(k, p)
        else:
            check_sketchy(k, p)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
