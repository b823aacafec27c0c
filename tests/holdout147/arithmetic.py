"""The 147th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout147/arithmetic.py

Theme: forest and mountain products of Hương Khê, Hương Sơn and Vũ Quang. For every full plan
(er01-er10) the constants give the products (pack size in the plan's base unit, price, pack cost,
packs per year), the 2024-2026 history, the raw materials with their fresh-to-dry (or live-to-
product) norms and prices, the own supply (area or hives or hens x yield) and the seasonal purchase
from villages in local units (gánh, tạ, yến, bó, lô) with the conversion the plan states once,
equipment capacity, staff by role and wage, energy rate, investment items and capital sources, loan
balances, selling / tax shares and a fixed line. From them this script recomputes: output = sum of
packs x size, history revenue = output x average price and the 2027 growth on 2026, purchase =
sum of local units x conversion, own supply = area x yield, raw-material need = output x norm
against own + purchased supply, output against capacity, staff by role, investment items and
sources, depreciation, interest, every revenue line (packs x price), every cost line, the cost
total, profit = revenue - cost, margin, growth, and payback = investment / (average profit +
depreciation). Each figure is then read back from the plan's source (tables found by their caption
"Bảng N.") and compared: planted numeric defects must be wrong by more than 5 % (the true value is
computed beside them), every other number right within 1 %. Textual defects are asserted through
the presence or absence of their words. Sketchy plans: 150-320 words.
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
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|Phòng .{0,30} huyện")

# --------------------------------------------------------------------------- constants
# product: (label, pack word, size in base units, price đ, pack cost đ, packs per year)
# hist: (output in base units, average price đ per base unit) for 2024, 2025, 2026
# raw: (label, unit, norm per base unit, price đ per unit); the first raw is balanced against supply
# own: (what, quantity, unit, yield of the first raw per unit and year)
# buy: local unit, its conversion to the raw's unit, rows (village, households, quantity in local units)
# cap: (per day or per batch, working days or batches a year)
# inv: (label, triệu, fixed?); src: (label, triệu); loan: balance per year (triệu), rate
PLANS: dict[str, dict] = {
    "er01": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, 55000, 7000, [20000, 22000, 24000]),
                  ("Cà gai leo khô thái lát, túi 500 g", "túi", 0.5, 120000, 4000, [2400, 2600, 2800])],
        hist=[(1800, 540000), (2000, 550000), (2200, 560000)],
        raws=[("Cà gai leo tươi (thân, lá)", "kg", 4, 9000)],
        own=("vườn cà gai leo dưới tán rừng của hợp tác xã", 24, "sào", 300),
        buy=("tạ", 100, [("Thôn Trung Hà", 9, 18), ("Thôn Phúc Sơn", 11, 20), ("Thôn Khe Giao", 8, 14)]),
        cap=(12, 270),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, đóng túi lọc", [2, 2, 3]), ("Bán hàng, kho", [1, 2, 2])],
        wage=6.0, energy=15000,
        inv=[("Nhà sấy và phòng đóng gói 80 m²", 280, True), ("Máy sấy bơm nhiệt 500 kg/mẻ", 220, True),
             ("Máy nghiền và máy đóng túi lọc tự động", 260, True),
             ("Thiết kế bao bì, mã vạch, tem truy xuất", 40, False),
             ("Kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 30, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của thành viên", 480), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, sell=0.06, tax=0.015, other=60),
    "er02": dict(
        unit="kg",
        products=[("Măng khô thái sợi, túi 250 g", "túi", 0.25, 95000, 3000, [4000, 4400, 4800]),
                  ("Măng khô nguyên búp, túi 500 g", "túi", 0.5, 185000, 4000, [2400, 2600, 2800]),
                  ("Măng khô loại 2, bao 5 kg", "bao", 5, 750000, 15000, [120, 130, 140])],
        hist=[(2300, 300000), (2450, 305000), (2600, 310000)],
        raws=[("Măng tươi (nứa, vầu)", "kg", 10, 4000)],
        own=("rừng nứa, vầu nhận khoán bảo vệ", 40, "ha", 300),
        buy=("gánh", 40, [("Thôn Kim Sơn", 22, 180), ("Thôn Đồng Bàu", 18, 160), ("Thôn Khe Tre", 15, 140),
                          ("Bản Rào Trổ", 10, 80)]),
        cap=(30, 120),
        roles=[("Tổ trưởng, thủ quỹ", [2, 2, 2]), ("Thu mua, luộc, ngâm", [3, 3, 3]),
               ("Sấy, phân loại, đóng gói", [2, 2, 3])],
        wage=5.0, energy=20000,
        inv=[("Nhà sơ chế, luộc măng có mái che 100 m²", 220, True), ("Hai lò luộc inox và bể ngâm xả", 90, True),
             ("Máy sấy bơm nhiệt 300 kg/mẻ", 180, True), ("Máy thái sợi, máy hút chân không", 70, True),
             ("Bể lắng nước luộc và hố ủ vỏ măng", 40, True),
             ("Bao bì, tem, kiểm nghiệm, tự công bố", 50, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=10, loan=[400, 300, 200], rate=0.066, sell=0.05, tax=0.01, other=30),
    "er03": dict(
        unit="kg",
        products=[("Mật ong rừng, chai 500 g", "chai", 0.5, 240000, 10000, [3000, 3300, 3600]),
                  ("Mật ong đõ nội, hũ 1 kg", "hũ", 1, 380000, 15000, [1000, 1100, 1200])],
        hist=[(1900, 400000), (2100, 410000), (2300, 420000)],
        raws=[("Mật ong thô (mật rừng, mật đõ)", "kg", 1.08, 180000)],
        own=("đõ ong nội của hộ đặt dưới tán rừng", 150, "đõ", 8),
        buy=("yến", 10, [("Thôn Khe Máng", 12, 80), ("Thôn Tây Sơn", 10, 70), ("Thôn Cầu Treo", 9, 60),
                         ("Tổ khai thác mật rừng Rào Mắc", 6, 50)]),
        cap=(20, 200),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Thu mua, lọc, hạ thủy phần", [2, 2, 2]),
               ("Đóng chai, bán hàng", [1, 1, 2])],
        wage=6.0, energy=3000,
        inv=[("Máy hạ thủy phần mật ong 20 kg/mẻ", 150, True), ("Máy lọc, bồn chứa inox", 80, True),
             ("Phòng đóng chai 25 m²", 90, True), ("Kho mát bảo quản", 60, True),
             ("Bao bì, tem, kiểm nghiệm", 40, False), ("Vốn lưu động", 280, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066, sell=0.05, tax=0.015, other=30),
    "er04": dict(
        unit="sản phẩm",
        products=[("Khay tre ép vân, bộ 3 chiếc", "bộ", 1, 220000, 12000, [3000, 3300, 3600]),
                  ("Hộp quà tre khắc laser", "cái", 1, 180000, 8000, [4000, 4400, 4800]),
                  ("Đèn tre trang trí", "chiếc", 1, 480000, 20000, [800, 900, 1000])],
        hist=[(6000, 205000), (6600, 212000), (7200, 218000)],
        raws=[("Cây tre, lồ ô già", "cây", 0.25, 40000), ("Sơn, dầu phủ gốc nước", "lít", 0.04, 150000)],
        own=("rừng tre, lồ ô nhận khoán bảo vệ", 15, "ha", 50),
        buy=("bó", 10, [("Thôn Sơn Thành", 14, 60), ("Thôn Tây Xuân", 12, 55), ("Thôn Rào Tre", 9, 40),
                        ("Thôn Cồn Vè", 6, 25)]),
        cap=(34, 290),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Thợ chẻ, ép, tạo hình", [5, 5, 6]),
               ("Khắc laser, hoàn thiện, sơn", [3, 3, 3]), ("Đóng gói, bán hàng", [1, 2, 2])],
        wage=6.5, energy=8000,
        inv=[("Máy khắc laser CO2", 180, True), ("Máy ép nhiệt tre ghép", 160, True),
             ("Lò sấy, xử lý mối mọt bằng hơi nhiệt", 150, True),
             ("Hệ thống hút bụi và buồng phun sơn có màng nước", 120, True),
             ("Thiết kế mẫu, bao bì, tem", 40, False), ("Đăng ký nhãn hiệu, tiêu chuẩn cơ sở, thử nghiệm", 30, False),
             ("Vốn lưu động", 220, False)],
        src=[("Vốn chủ sở hữu", 500), ("Vay Ngân hàng thương mại", 400)],
        life=8, loan=[400, 300, 200], rate=0.09, sell=0.06, tax=0.015, other=50),
    "er05": dict(
        unit="kg",
        products=[("Nấm hương khô loại 1, túi 200 g", "túi", 0.2, 130000, 3500, [10000, 11500, 13000]),
                  ("Nấm hương khô chân ngắn, hộp 500 g", "hộp", 0.5, 300000, 9000, [2000, 2400, 2800])],
        hist=[(2300, 600000), (2550, 610000), (2750, 620000)],
        raws=[("Nấm hương tươi", "kg", 8, 25000)],
        own=("trại nấm của hợp tác xã (túi phôi dưới tán rừng)", 30000, "túi phôi", 0.4),
        buy=("tạ", 100, [("Thôn Trung Lưu", 16, 50), ("Thôn Hồng Hà", 14, 45), ("Thôn Khe Mây", 12, 45)]),
        cap=(20, 250),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Chăm sóc trại nấm, thu hái", [3, 3, 3]),
               ("Sấy, phân loại, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=25000,
        inv=[("Nhà trồng nấm có lưới che 300 m²", 240, True), ("Máy sấy nấm bơm nhiệt 2 buồng", 260, True),
             ("Phòng phân loại, đóng gói 40 m²", 120, True), ("Máy hút chân không, máy hàn túi", 60, True),
             ("Thiết kế bao bì, tem truy xuất", 40, False), ("Vốn lưu động", 380, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.05, tax=0.015, other=60),
    "er06": dict(
        unit="kg",
        products=[("Trà xạ đen túi lọc, hộp 25 túi × 3 g", "hộp", 0.075, 60000, 6500, [12000, 14000, 16000]),
                  ("Xạ đen khô cắt khúc, túi 500 g", "túi", 0.5, 110000, 3500, [2000, 2200, 2400])],
        hist=[(1500, 470000), (1650, 480000), (1750, 490000)],
        raws=[("Cành lá xạ đen tươi", "kg", 5, 6000)],
        own=("vườn xạ đen dưới tán rừng của hộ", 12, "sào", 400),
        buy=("bó", 20, [("Thôn Hòa Hợp", 10, 150), ("Thôn Bình Hà", 12, 160), ("Thôn Khe Lim", 8, 100)]),
        cap=(10, 260),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Sơ chế, sấy", [2, 2, 3]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=6.0, energy=12000,
        inv=[("Cải tạo nhà sơ chế, đóng gói 50 m²", 100, True), ("Máy sấy bơm nhiệt 200 kg/mẻ", 120, True),
             ("Máy cắt, máy nghiền và máy đóng túi lọc", 150, True), ("Bao bì, mã vạch, tem", 30, False),
             ("Vốn lưu động", 100, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.05, tax=0.015, other=30,
        other_label="Quản lý, chi phí khác"),
    "er07": dict(
        unit="con",
        products=[("Gà đen sống, bình quân 1,4 kg/con", "con", 1, 230000, 3000, [4500, 5800, 6500]),
                  ("Gà đen làm sạch, túi hút chân không 1,1 kg", "con", 1, 290000, 8000, [1500, 2000, 2300])],
        hist=[(4800, 220000), (5200, 225000), (5600, 230000)],
        raws=[("Gà giống 1 ngày tuổi", "con", 1.08, 12000), ("Thức ăn (ngô, thóc, cám hỗn hợp)", "kg", 5.5, 10000)],
        own=("đàn gà mái đen sinh sản, tự ấp", 150, "con mái", 20),
        buy=("lô", 500, [("Trại gà giống Hòa Lâm", 1, 10), ("Hộ ấp trứng thôn Mai Thành", 3, 4)]),
        cap=(2400, 3),
        roles=[("Tổ trưởng, sổ sách", [1, 1, 1]), ("Chăm sóc, chăn thả", [4, 5, 5]),
               ("Giết mổ, làm sạch, giao hàng", [2, 2, 2])],
        wage=5.5, energy=6000,
        inv=[("Rào lưới vườn đồi chăn thả", 150, True), ("Máy ấp trứng 2.000 quả", 60, True),
             ("Máy nghiền, trộn thức ăn", 80, True), ("Khu giết mổ, làm sạch 30 m² và tủ đông", 180, True),
             ("Vốn lưu động (giống, thức ăn)", 330, False)],
        src=[("Vốn góp của tổ viên", 350), ("Vay Ngân hàng Chính sách xã hội", 450)],
        life=8, loan=[450, 300, 150], rate=0.066, sell=0.04, tax=0.01, other=60,
        other_label="Thú y, vắc xin, chi khác", pack_label="Túi, lồng vận chuyển"),
    "er08": dict(
        unit="sản phẩm",
        products=[("Giỏ mây đựng quà có nắp", "cái", 1, 180000, 6000, [3000, 3300, 3600]),
                  ("Làn mây đi chợ", "cái", 1, 140000, 3000, [2500, 2700, 2900]),
                  ("Khay mây tròn 30 cm", "cái", 1, 95000, 2000, [2500, 2800, 3100])],
        hist=[(6400, 128000), (7000, 132000), (7400, 136000)],
        raws=[("Mây sợi chẻ, phơi khô", "kg", 0.5, 60000)],
        own=("mây các hộ trong nhóm tự khai thác", 14, "hộ", 100),
        buy=("bó", 5, [("Thôn Bình Hà", 20, 260), ("Thôn Khe Giữa", 18, 240), ("Bản Rào Tre", 12, 200)]),
        cap=(34, 300),
        roles=[("Nhóm trưởng, ghi chép", [1, 1, 1]), ("Chẻ mây, đan", [7, 8, 8]),
               ("Hoàn thiện, đóng gói, bán", [2, 2, 2])],
        wage=4.5, energy=2000,
        inv=[("Nhà xưởng chung 80 m² và sân phơi", 120, True), ("Máy chẻ, vuốt sợi mây", 60, True),
             ("Lò sấy chống mốc bằng hơi nhiệt", 50, True), ("Vốn lưu động", 120, False)],
        src=[("Vốn góp của các hộ", 200), ("Vay quỹ tín dụng Hội Liên hiệp Phụ nữ", 150)],
        life=8, loan=[150, 100, 50], rate=0.07, sell=0.05, tax=0.01, other=20,
        pack_label="Bao bì, nhãn, túi vải"),
    "er09": dict(
        unit="kg",
        products=[("Thịt lợn đen gác bếp, túi hút chân không 300 g", "túi", 0.3, 195000, 4000, [7000, 15000, 19000]),
                  ("Thịt lợn đen gác bếp, hộp quà 500 g", "hộp", 0.5, 340000, 15000, [2700, 5400, 6600])],
        hist=[(2700, 620000), (2900, 640000), (3000, 650000)],
        raws=[("Lợn đen hơi", "kg", 3.5, 75000), ("Gia vị (mắc khén, hạt dổi, ớt, sả)", "kg", 0.08, 250000)],
        own=("lợn đen công ty nuôi chăn thả", 60, "con", 70),
        buy=("tạ", 100, [("Thôn Trại Tiểu", 25, 95), ("Thôn Khe Nước", 22, 85), ("Thôn Bình Thành", 18, 70),
                         ("Bản Giằng", 12, 45)]),
        cap=(40, 300),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, tẩm ướp, gác bếp", [4, 4, 4]),
               ("Đóng gói, giao hàng, bán hàng", [2, 2, 2])],
        wage=6.5, energy=20000,
        inv=[("Lò gác bếp thứ hai và buồng hun khói 30 m²", 260, True), ("Kho lạnh, tủ đông", 220, True),
             ("Máy hút chân không, máy thái", 120, True), ("Cải tạo xưởng sơ chế một chiều", 200, True),
             ("Vốn lưu động", 400, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng thương mại", 500)],
        life=10, loan=[500, 350, 200], rate=0.09, sell=0.05, tax=0.015, other=80,
        pack_label="Bao bì (túi hút chân không, hộp quà)"),
    "er10": dict(
        unit="kg",
        products=[("Sâm Bố Chính khô thái lát, hộp 200 g", "hộp", 0.2, 240000, 12000, [4000, 4400, 4800]),
                  ("Trà sâm Bố Chính túi lọc, hộp 20 túi × 3 g", "hộp", 0.06, 85000, 7000, [10000, 11000, 12000])],
        hist=[(1100, 1150000), (1200, 1180000), (1300, 1200000)],
        raws=[("Củ sâm Bố Chính tươi", "kg", 5, 60000)],
        own=("vườn sâm dưới tán rừng nhận khoán", 4, "mẫu", 1500),
        buy=("yến", 10, [("Thôn Thượng Hòa", 10, 110), ("Thôn Hòa Bình", 8, 90), ("Thôn Khe Gà", 7, 80)]),
        cap=(8, 250),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Trồng, chăm sóc, thu hoạch", [4, 4, 4]),
               ("Sơ chế, sấy, đóng gói", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=6.0, energy=30000,
        inv=[("Nhà sơ chế, sấy 100 m²", 300, True), ("Máy sấy bơm nhiệt 2 buồng", 250, True),
             ("Máy thái lát, máy nghiền, máy đóng túi lọc", 280, True),
             ("Lưới che, hệ thống tưới vườn sâm", 170, True),
             ("Bao bì, kiểm nghiệm, tự công bố", 60, False), ("Vốn lưu động", 340, False)],
        src=[("Vốn góp của thành viên", 550), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.06, tax=0.015, other=70,
        pack_label="Bao bì, hộp, nhãn"),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "er05": {"shortfall": True},                 # need 28.000 / 32.000 kg fresh vs 26.000 supply, no balance row
    "er06": {"rev_line": (0, 1, 1.10)},          # 2028 tea-bag revenue line × 1,10
    "er07": {"over_capacity": True},             # 7.800 / 8.800 birds vs 2.400 × 3 batches
    "er08": {"cost_total": (1, 0.90)},           # 2028 cost total written 10 % low
    "er09": {"profit": (0, 1.35), "growth": True},  # 2027 profit × 1,35; output ×2,1 in 2028
    "er10": {"src_total": True, "payback": 1.4},  # sources 1.150 vs investment 1.400; payback 1,4 years
}
READY = ("er01", "er02", "er03", "er04")
STEMS = {
    "er01": "er01_tra_ca_gai_leo_huong_do_htx",
    "er02": "er02_mang_kho_thuong_duc_tht",
    "er03": "er03_mat_ong_rung_son_kim_hkd",
    "er04": "er04_do_tre_my_nghe_son_tay_cty",
    "er05": "er05_nam_huong_son_hong_htx",
    "er06": "er06_tra_xa_den_hoa_duyet_hkd",
    "er07": "er07_ga_den_mai_hoa_tht",
    "er08": "er08_gio_may_binh_ha_nhom_ho",
    "er09": "er09_thit_lon_den_gac_bep_phuc_trach_cty",
    "er10": "er10_sam_bo_chinh_ngan_truoi_htx",
    "er11": "er11_mat_ong_do_rao_tre_so_sai",
    "er12": "er12_choi_dot_huong_lam_so_sai",
}


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def fmt(x: float, d: int | None = None) -> str:
    """Vietnamese number: 1.234,5 (decimals only when needed, or exactly d)."""
    if d is None:
        d = 0 if abs(x - round(x)) < 1e-9 else (1 if abs(x * 10 - round(x * 10)) < 1e-6 else 2)
    s = f"{x:,.{d}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def model(k: str) -> dict:
    c = PLANS[k]
    m: dict = {"c": c}
    m["base"] = [r1(sum(p[5][y] * p[2] for p in c["products"])) for y in range(3)]
    m["rev_lines"] = [[r1(p[5][y] * p[3] / 1e6) for y in range(3)] for p in c["products"]]
    m["rev"] = [r1(sum(l[y] for l in m["rev_lines"])) for y in range(3)]
    m["need"] = [[r1(m["base"][y] * r[2]) for y in range(3)] for r in c["raws"]]
    m["own"] = c["own"][1] * c["own"][3]
    m["buy_rows"] = [(v, h, q, q * c["buy"][1]) for v, h, q in c["buy"][2]]
    m["buy"] = sum(r[3] for r in m["buy_rows"])
    m["supply"] = m["own"] + m["buy"]
    m["staff"] = [sum(r[1][y] for r in c["roles"]) for y in range(3)]
    m["inv_total"] = sum(i[1] for i in c["inv"])
    m["fixed"] = sum(i[1] for i in c["inv"] if i[2])
    m["dep"] = r1(m["fixed"] / c["life"])
    lines = []
    for r, need in zip(c["raws"], m["need"]):
        lines.append((f"{r[0]} ({fmt(r[3])} đ/{r[1]})", [r1(n * r[3] / 1e6) for n in need]))
    lines.append((c.get("pack_label", "Bao bì, tem nhãn"),
                  [r1(sum(p[5][y] * p[4] for p in c["products"]) / 1e6) for y in range(3)]))
    lines.append((f"Tiền công ({fmt(c['wage'])} triệu đồng/người/tháng)",
                  [r1(m["staff"][y] * c["wage"] * 12) for y in range(3)]))
    lines.append((f"Điện, nước, nhiên liệu ({fmt(c['energy'])} đ/{c['unit']})",
                  [r1(m["base"][y] * c["energy"] / 1e6) for y in range(3)]))
    lines.append(("Khấu hao tài sản cố định", [m["dep"]] * 3))
    lines.append((f"Lãi vay ({fmt(c['rate'] * 100)} %/năm)", [r1(c["loan"][y] * c["rate"]) for y in range(3)]))
    m["rev_stated"] = list(m["rev"])
    if k in PLANTED and "rev_line" in PLANTED[k]:
        i, y, f = PLANTED[k]["rev_line"]
        bad = r1(m["rev_lines"][i][y] * f)
        m["rev_stated"][y] = r1(m["rev"][y] - m["rev_lines"][i][y] + bad)
    lines.append((f"Bán hàng, quảng bá ({fmt(c['sell'] * 100)} % doanh thu)",
                  [r1(m["rev_stated"][y] * c["sell"]) for y in range(3)]))
    lines.append((f"Thuế, phí ({fmt(c['tax'] * 100)} % doanh thu)", [r1(m["rev_stated"][y] * c["tax"]) for y in range(3)]))
    lines.append((c.get("other_label", "Quản lý, kiểm nghiệm định kỳ, chi khác"), [float(c["other"])] * 3))
    m["cost_lines"] = lines
    m["cost"] = [r1(sum(l[1][y] for l in lines)) for y in range(3)]
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in range(3)]  # the true profit
    m["avg_profit"] = r1(sum(m["profit"]) / 3)
    m["payback"] = r1(m["inv_total"] / (m["avg_profit"] + m["dep"]))
    m["hist_rev"] = [r1(o * p / 1e6) for o, p in c["hist"]]
    m["capacity"] = c["cap"][0] * c["cap"][1]
    return m


# --------------------------------------------------------------------------- reading the source

class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]]:
        """Rows (header excluded) of the first table after the caption "Bảng N. <caption>…"."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"Bảng \d+\. " + re.escape(caption), line):
                rows, started = [], False
                for l2 in lines[i + 1:]:
                    if l2.strip().startswith("|"):
                        started = True
                        rows.append([c.strip() for c in l2.strip().strip("|").split("|")])
                    elif started:
                        break
                    elif l2.strip() and not l2.startswith("ĐVT"):
                        break
                return [r for r in rows[1:] if not set("".join(r)) <= set("-: ")]
        self.failures.append(f"table not found: {caption}")
        return []

    def nums(self, row: list[str], n: int = 3) -> list[float]:
        out = [plancheck.vn(c) for c in row[1:] if re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?", c)]
        return out[-n:] if len(out) >= n else out + [0.0] * (n - len(out))

    def line(self, tab: list[list[str]], label: str, n: int = 3) -> list[float]:
        for r in tab:
            if any(c.startswith(label) for c in r[:2]):
                return self.nums(r, n)
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def words(self) -> int:
        return len(self.body.split())


def cmp(p: Plan, got: list[float], want: list[float], what: str, bad: set[int] = frozenset()) -> None:
    for y, (g, w) in enumerate(zip(got, want)):
        if y in bad:
            p.check(off(g, w), f"{what} {YEARS[y]}: planted defect not off by > 5 % ({g} vs {w})")
        else:
            p.check(close(g, w) or abs(g - w) <= 0.11, f"{what} {YEARS[y]}: {g} != {w}")


def check_full(k: str) -> tuple[Plan, dict]:
    p = Plan(STEMS[k])
    m, c = model(k), PLANS[k]
    pl = PLANTED.get(k, {})
    p.lacks(PLACEHOLDER, "placeholder")
    # history 2024-2026
    t = p.table("Kết quả sản xuất kinh doanh")
    cmp(p, p.line(t, "Sản lượng"), [h[0] for h in c["hist"]], "history output")
    cmp(p, p.line(t, "Giá bán bình quân"), [h[1] for h in c["hist"]], "history price")
    cmp(p, p.line(t, "Doanh thu"), m["hist_rev"], "history revenue = output × price")
    # output by product
    t = p.table("Kế hoạch sản lượng")
    for prod in c["products"]:
        cmp(p, p.line(t, prod[0]), prod[5], f"packs {prod[0]}")
    cmp(p, p.line(t, "Tổng sản lượng"), m["base"], "output = Σ packs × size")
    # purchase in local units
    t = p.table("Thu mua nguyên liệu")
    for v, h, q, kg in m["buy_rows"]:
        got = p.line(t, v, 3)
        p.check(got == [h, q, kg], f"purchase row {v}: {got} != {[h, q, kg]}")
    tot = p.line(t, "Tổng cộng", 3)
    p.check(tot == [sum(r[1] for r in m["buy_rows"]), sum(r[2] for r in m["buy_rows"]), m["buy"]],
            f"purchase total {tot}")
    # raw-material balance
    t = p.table("Nhu cầu và nguồn cung")
    for r, need in zip(c["raws"], m["need"]):
        cmp(p, p.line(t, f"{r[0]} cần dùng"), need, f"need {r[0]}")
    cmp(p, p.line(t, "Nguồn tự có"), [m["own"]] * 3, "own supply = area × yield")
    cmp(p, p.line(t, "Thu mua"), [m["buy"]] * 3, "purchase = Bảng thu mua")
    cmp(p, p.line(t, "Tổng nguồn cung"), [m["supply"]] * 3, "supply = own + purchase")
    if pl.get("shortfall"):
        p.check(not any(r[1].startswith("Chênh lệch") for r in t), "er05 has no balance row")
        p.check(m["need"][0][0] <= m["supply"], "er05 2027 within supply")
        for y in (1, 2):
            p.check(off(m["need"][0][y], m["supply"]), f"planted shortfall {YEARS[y]}: need {m['need'][0][y]} vs {m['supply']}")
    else:
        cmp(p, p.line(t, "Chênh lệch"), [r1(m["supply"] - m["need"][0][y]) for y in range(3)], "balance")
        for y in range(3):
            p.check(m["need"][0][y] <= m["supply"], f"material within supply {YEARS[y]}")
    # capacity
    if pl.get("over_capacity"):
        p.check(m["base"][0] <= m["capacity"], "2027 within capacity")
        for y in (1, 2):
            p.check(off(m["base"][y], m["capacity"]), f"planted capacity {YEARS[y]}: {m['base'][y]} vs {m['capacity']}")
    else:
        for y in range(3):
            p.check(m["base"][y] <= m["capacity"], f"output within capacity {YEARS[y]}")
    # staff
    t = p.table("Bố trí lao động")
    for role, n in c["roles"]:
        cmp(p, p.line(t, role), n, f"staff {role}")
    cmp(p, p.line(t, "Tổng cộng"), m["staff"], "staff total")
    # investment and sources
    t = p.table("Tổng vốn đầu tư")
    for it in c["inv"]:
        p.check(close(p.line(t, it[0], 1)[0], it[1]), f"investment item {it[0]}")
    p.check(close(p.line(t, "Tổng cộng", 1)[0], m["inv_total"]), "investment total")
    t = p.table("Cơ cấu nguồn vốn")
    srcs = [p.line(t, s[0], 2) for s in c["src"]]
    stot = p.line(t, "Tổng cộng", 2)
    p.check(all(close(s[0], s0[1]) for s, s0 in zip(srcs, c["src"])), "source amounts")
    p.check(close(stot[0], sum(s[1] for s in c["src"])), "sources sum to their total")
    p.check(all(abs(s[1] - s0[1] / stot[0] * 100) <= 0.06 for s, s0 in zip(srcs, c["src"])), "sources %")
    if pl.get("src_total"):
        p.check(off(stot[0], m["inv_total"]), f"planted capital-mismatch: sources {stot[0]} vs {m['inv_total']}")
    else:
        p.check(close(stot[0], m["inv_total"]), "sources = investment")
    # revenue
    t = p.table("Dự kiến doanh thu")
    rv = p.line(t, "Tổng doanh thu")
    for i, prod in enumerate(c["products"]):
        bad = {pl["rev_line"][1]} if "rev_line" in pl and pl["rev_line"][0] == i else set()
        cmp(p, p.line(t, prod[0]), m["rev_lines"][i], f"revenue line {prod[0]}", bad)
        p.check(f"({fmt(prod[3])} đ/{prod[1]})" in next((r[1] for r in t if r[1].startswith(prod[0])), ""),
                f"price in the revenue label of {prod[0]}")
    rv_bad = {pl["rev_line"][1]} if "rev_line" in pl else set()
    cmp(p, rv, m["rev"], "revenue total = Σ packs × price", rv_bad)
    if rv_bad:
        cmp(p, rv, m["rev_stated"], "revenue total = Σ stated lines")
    # costs
    t = p.table("Dự kiến chi phí")
    stated = []
    for lab, vals in m["cost_lines"]:
        got = p.line(t, lab.split(" (")[0])
        cmp(p, got, vals, f"cost line {lab}")
        stated.append(got)
    ctot = p.line(t, "Tổng chi phí")
    sum_lines = [r1(sum(l[y] for l in stated)) for y in range(3)]
    cbad = {pl["cost_total"][0]} if "cost_total" in pl else set()
    cmp(p, ctot, sum_lines, "cost total = Σ lines", cbad)
    # summary
    t = p.table("Tổng hợp hiệu quả")
    s_rev, s_cost, s_prof = p.line(t, "Doanh thu"), p.line(t, "Tổng chi phí"), p.line(t, "Lợi nhuận")
    cmp(p, s_rev, rv, "summary revenue = revenue table")
    cmp(p, s_cost, ctot, "summary cost = cost table")
    pbad = {pl["profit"][0]} if "profit" in pl else set()
    cmp(p, s_prof, [r1(s_rev[y] - s_cost[y]) for y in range(3)], "profit = revenue − cost", pbad)
    cmp(p, p.line(t, "Tỷ suất lợi nhuận"), [r1(s_prof[y] / s_rev[y] * 100) for y in range(3)], "margin %")
    for y in range(3):
        p.check(0 < m["profit"][y] / m["rev"][y] < 0.4, f"true margin plausible {YEARS[y]}")
    # payback as printed
    mm = re.search(r"thời gian hoàn vốn[^\n]*?khoảng ([\d,]+) năm", p.body, re.I)
    stated_pb = plancheck.vn(mm.group(1)) if mm else 0.0
    avg_stated = r1(sum(s_prof) / 3)
    if "payback" in pl:
        p.check(stated_pb == pl["payback"] and off(stated_pb, m["payback"]),
                f"planted payback {stated_pb} vs true {m['payback']}")
    else:
        p.check(close(stated_pb, r1(m["inv_total"] / (avg_stated + m["dep"])), 0.05),
                f"payback {stated_pb} vs {m['inv_total']} / ({avg_stated} + {m['dep']})")
    # growth
    g27 = m["base"][0] / c["hist"][2][0]
    p.check(0.95 < g27 < 1.2, f"2027 output growth on 2026: {g27:.2f}")
    if pl.get("growth"):
        p.check(m["base"][1] / m["base"][0] > 1.8 and rv[1] / rv[0] > 1.8, "planted growth ×2 in 2028")
        p.check(m["staff"][1] == m["staff"][0], "the same staff in 2028")
    else:
        for y in (1, 2):
            p.check(m["rev"][y] / m["rev"][y - 1] < 1.31, f"growth {YEARS[y]} moderate")
    return p, m


def common_ready(p: Plan) -> None:
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
    low = p.body.lower()
    for w in ("tiêu chuẩn cơ sở", "nhãn hiệu", "phiếu kết quả thử nghiệm", "truy xuất", "môi trường", "đăng ký"):
        p.check(w in low, f"ready plan lacks {w!r}")
    for r in p.table("Hồ sơ pháp lý"):
        for d in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", " ".join(r)):
            p.check(int(d[2]) >= 2030, f"paper valid only to {'/'.join(d)}")


def check_specific(k: str, p: Plan, m: dict) -> None:
    low = p.body.lower()

    def has_low(*words: str) -> None:
        for w in words:
            p.check(w in low, f"text not found (any case): {w!r}")
    if k == "er01":
        p.has("Hợp tác xã Dược liệu Hương Đô", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tỷ lệ sấy 4:1")
    elif k == "er02":
        p.has("Tổ hợp tác Măng khô Thượng Đức", "10 kg măng tươi được 1 kg măng khô", "1 gánh")
    elif k == "er03":
        p.has("Hộ kinh doanh Mật ong rừng Sơn Kim", "1 yến = 10 kg", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    elif k == "er04":
        p.has("Công ty TNHH Mỹ nghệ Tre Sơn Tây", "1 bó = 10 cây", "không phải là thực phẩm")
    elif k == "er05":
        # no-food-safety: no certificate, commitment or plan in any wording
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|cam kết sản xuất|15/2018", "er05 mentions food safety")
        p.check("đủ nguyên liệu" in low, "er05 claims enough raw material")
        # name-inconsistent: another producer's name in two places, the right one elsewhere
        p.check(p.count("Hợp tác xã Nấm Kim Hoa") == 2, "er05 names the other HTX twice")
        p.check(p.count("Hợp tác xã Nông lâm Sơn Hồng") >= 4, "er05 own name")
        has_low("tự công bố", "tiêu chuẩn cơ sở", "nhãn hiệu", "truy xuất")
    elif k == "er06":
        p.lacks(r"tiêu chuẩn cơ sở|TCCS|tự công bố|công bố (chất lượng|sản phẩm|hợp)|QCVN|TCVN|kiểm nghiệm|thử nghiệm|"
                r"chỉ tiêu chất lượng", "er06 mentions a product standard")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Hương Khê")
        p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "er06 cites the current instruments")
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "nhãn hiệu", "truy xuất")
    elif k == "er07":
        p.lacks(r"môi trường|chất thải|nước thải|phân gà|đệm lót|biogas|xử lý|vệ sinh chuồng|khử trùng|mùi",
                "er07 mentions an environmental measure")
        p.has("3,0 ha", "6,0 ha", "2.400 con", "3 lứa")
        p.check("đủ" in low and "chuồng" in low, "er07 claims the barns suffice")
    elif k == "er08":
        p.lacks(r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|bảo hộ|chỉ dẫn địa lý|nhãn hiệu tập thể",
                "er08 mentions a trademark")
        p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|hợp tác xã|tổ hợp tác|mã số thuế|doanh nghiệp|giấy chứng nhận đăng ký",
                "er08 mentions a registration")
        has_low("chưa đăng ký", "tiêu chuẩn cơ sở")
    elif k == "er09":
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|tem|mã vạch|ghi nhãn", "er09 mentions a label")
        has_low("nhãn hiệu", "tiêu chuẩn cơ sở", "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm")
    elif k == "er10":
        p.lacks(r"truy xuất|nhật ký|sổ ghi chép|kiểm soát chất lượng|kiểm soát nội bộ|mã QR|QR|số lô|mã lô|"
                r"hồ sơ lô|ISO|HACCP|GACP|VietGAP|tem", "er10 mentions quality control or traceability")
        p.has("1.400 triệu đồng", "khoảng 1,4 năm")
        has_low("tự công bố", "tiêu chuẩn cơ sở", "nhãn hiệu")


def check_sketchy(stem: str, must: list[str], absent: str) -> Plan:
    p = Plan(stem)
    p.lacks(PLACEHOLDER, "placeholder")
    n = p.words()
    p.check(150 <= n <= 320, f"sketchy word count {n}")
    p.check(not p.rows, "sketchy plan has no table")
    p.has(*must)
    p.lacks(absent, "sketchy plan mentions a paper it lacks")
    return p


def main() -> int:
    plans = []
    for k in PLANS:
        p, m = check_full(k)
        if k in READY:
            common_ready(p)
        check_specific(k, p, m)
        plans.append(p)
    papers = (r"đăng ký kinh doanh|mã số thuế|an toàn thực phẩm|tự công bố|tiêu chuẩn|nhãn|"
              r"truy xuất|môi trường|kiểm nghiệm")
    plans.append(check_sketchy(STEMS["er11"], ["120 đõ", "300.000 đồng/kg", "1.000 kg"], papers))
    plans.append(check_sketchy(STEMS["er12"], ["40.000 đồng/chiếc", "3.000 chiếc"], papers))
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
