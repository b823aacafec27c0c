"""The 162nd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout162/arithmetic.py

Theme: cooperatives whose members contribute capital, supply the raw material and share the profit.
For every full plan (fg01-fg10) the constants give the members by group with the capital each
contributed, the 2024-2026 history, the products (pack size in the plan's base unit, price, pack
cost, packs per year), the raw materials with their norms and prices, the members' own supply by
village (households x area, colonies or boats x yield) plus any contracted purchase, equipment
capacity, staff by role and wage (and a piece rate where members are paid per product), energy
rate, investment items and capital sources (the members' new contributions written as members x
amount), loan balances, selling share, excise rate for spirits, a fixed line, the income-tax rate
and the split of the profit after tax into funds and member shares. From them this script
recomputes: the charter capital = sum of members x contribution, history revenue = output x average
price, output = sum of packs x size, the members' supply, raw-material need = output x norm against
supply, output against capacity, staff, investment items and sources (and their shares), every
revenue line (packs x price), every cost line, the cost total, profit before tax = revenue - cost,
the tax, profit after tax, margin, the split of the profit after tax (each fund = its % x profit,
the split adding up to the profit it divides), the return per million of capital and per unit of
raw material delivered, growth, and payback = investment / (average profit after tax +
depreciation). Each figure is then read back from the plan's source (tables found by their caption
"Bảng N.") and compared: planted numeric defects must be wrong by more than 5 % (the true value is
computed beside them), every other number right within 1 %. Textual defects are asserted through
the presence or absence of their words. Sketchy plans: 150-320 words, no table.
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
            r"07/2019/TT-BKHĐT|01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|193/2013|"
            r"cấp huyện|UBND huyện|Phòng .{0,30} huyện|Hội đồng .{0,30} huyện")

# --------------------------------------------------------------------------- constants
# members: (group, count, contribution per member in triệu) -> charter capital
# hist: (members, output in base units, average price đ per base unit, profit after tax triệu)
# product: (label, pack word, size in base units, price đ, pack cost đ, packs per year 2027-2029)
# raws: (label, unit, norm per base unit, price đ per unit); the first raw is what members supply
# supply: what, unit of the area / herd, yield of the first raw per unit and year,
#         rows (village, member households, quantity), buy (who, quantity of the first raw a year)
# cap: (per day, working days) in base units; piece: (label, đ per base unit) paid to members
# inv: (label, triệu, fixed?); src: (label, triệu) where members' new capital is count x amount
# loan: balance per year (triệu), rate; sell: share of revenue; other: (label, triệu a year)
# excise: special consumption tax rate per year (spirits, price includes it); cit: income-tax rate
# funds: (label, share of the profit after tax); kind: "raw" marks the share paid by raw material
PLANS: dict[str, dict] = {
    "fg01": dict(
        unit="lít",
        members=[("Thành viên sáng lập (Hội đồng quản trị, Ban kiểm soát)", 5, 60),
                 ("Thành viên trồng và cung ứng nếp cái hoa vàng", 25, 15),
                 ("Thành viên làm việc tại xưởng rượu", 3, 10)],
        hist=[(27, 6300, 285000, 126.0), (30, 6800, 298000, 152.0), (33, 7200, 310000, 181.0)],
        products=[("Rượu nếp cái hoa vàng 29 %, chai 500 ml", "chai", 0.5, 165000, 9000, [10000, 11000, 11500]),
                  ("Rượu nếp cái hoa vàng 35 %, bình sứ 1 lít", "bình", 1.0, 450000, 48000, [1500, 1700, 1900]),
                  ("Rượu nếp hạ thổ 30 %, can 2 lít", "can", 2.0, 300000, 9000, [600, 700, 800])],
        raws=[("Gạo nếp cái hoa vàng", "kg", 1.25, 28000), ("Men lá", "kg", 0.02, 150000)],
        supply=dict(what="ruộng nếp cái hoa vàng của thành viên", unit="sào", yld=140,
                    rows=[("Thôn Trung Tiến", 12, 36), ("Thôn Đông Hà", 10, 30), ("Thôn Bắc Sơn", 8, 24)],
                    buy=("Hợp tác xã Dịch vụ nông nghiệp Tiến Lộc (hợp đồng bao tiêu)", 1500)),
        cap=(40, 300),
        roles=[("Quản lý, kế toán, kiểm soát (kiêm nhiệm)", [2, 2, 2]), ("Nấu cơm rượu, ủ men, chưng cất", [2, 2, 3]),
               ("Lọc, hạ thổ, đóng chai", [1, 1, 1]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=6.0, energy=6000,
        inv=[("Mở rộng nhà nấu, ủ men 60 m²", 220, True), ("Hệ thống chưng cất inox 2 nồi, tháp làm lạnh", 180, True),
             ("Máy lọc, khử andehit, bồn chứa inox", 150, True), ("Hầm hạ thổ và 120 chum sành", 90, True),
             ("Bể biogas 20 m³ xử lý bỗng rượu, nước rửa", 60, True),
             ("Thiết kế bao bì, nhãn, kiểm nghiệm định kỳ", 50, False), ("Vốn lưu động", 250, False)],
        src=[("Thành viên góp thêm vốn (33 thành viên × 5 triệu đồng)", 165),
             ("Quỹ đầu tư phát triển của hợp tác xã", 235),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.05, other=("Quản lý, kiểm nghiệm, chi khác", 60),
        excise=[0.70, 0.75, 0.80], cit=0.15,
        funds=[("Quỹ đầu tư phát triển", 0.20), ("Quỹ dự phòng", 0.05), ("Quỹ khen thưởng, phúc lợi", 0.05),
               ("Chia cho thành viên theo sản lượng nếp cung ứng", 0.50), ("Chia cho thành viên theo vốn góp", 0.20)]),
    "fg02": dict(
        unit="kg",
        members=[("Thành viên sáng lập", 7, 50), ("Thành viên nuôi ong, cung ứng mật", 31, 12)],
        hist=[(30, 3900, 318000, 165.0), (34, 4300, 326000, 190.0), (38, 4600, 334000, 214.0)],
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 190000, 9000, [5000, 5600, 6200]),
                  ("Mật ong hoa keo, chai 1 kg", "chai", 1.0, 260000, 12000, [1800, 2000, 2200]),
                  ("Mật ong hoa rừng, hũ 250 g", "hũ", 0.25, 105000, 7000, [2400, 2800, 3200])],
        raws=[("Mật ong thô của thành viên", "kg", 1.05, 150000)],
        supply=dict(what="đàn ong của thành viên", unit="đàn", yld=15,
                    rows=[("Thôn Thượng Bồng", 11, 150), ("Thôn Hạ Bồng", 9, 120), ("Thôn Khe Lau", 7, 95),
                          ("Thôn Tân Hòa", 4, 60)],
                    buy=("Tổ hợp tác nuôi ong Hương Điền (hợp đồng mua mật)", 400)),
        cap=(40, 200),
        roles=[("Quản lý, kế toán (kiêm nhiệm)", [2, 2, 2]), ("Kiểm tra, hạ thủy phần, lọc", [1, 1, 2]),
               ("Đóng chai, kho", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=3000,
        inv=[("Nhà sơ chế, đóng chai một chiều 60 m²", 180, True), ("Máy hạ thủy phần 40 kg/mẻ", 150, True),
             ("Máy lọc, bồn lắng inox, máy chiết rót", 110, True), ("Kho mát 20 m²", 70, True),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 40, False), ("Vốn lưu động (thu mua mật vụ xuân)", 250, False)],
        src=[("Thành viên góp thêm vốn (38 thành viên × 5 triệu đồng)", 190),
             ("Quỹ đầu tư phát triển của hợp tác xã", 160),
             ("Vay Ngân hàng Chính sách xã hội", 450)],
        life=10, loan=[450, 350, 250], rate=0.066, sell=0.05, other=("Quản lý, kiểm nghiệm, chi khác", 40),
        cit=0.15,
        funds=[("Quỹ đầu tư phát triển", 0.25), ("Quỹ dự phòng", 0.05), ("Quỹ khen thưởng, phúc lợi", 0.05),
               ("Chia cho thành viên theo sản lượng mật cung ứng", 0.50), ("Chia cho thành viên theo vốn góp", 0.15)]),
    "fg03": dict(
        unit="chiếc",
        members=[("Thành viên sáng lập", 5, 40), ("Thành viên trồng cây lá nón, làm nón", 42, 6)],
        hist=[(38, 13500, 92000, 118.0), (43, 14800, 96000, 140.0), (47, 15800, 99000, 160.0)],
        products=[("Nón lá trắng truyền thống", "chiếc", 1, 85000, 3000, [12000, 13000, 14000]),
                  ("Nón bài thơ in lụa", "chiếc", 1, 150000, 8000, [3000, 3500, 4000]),
                  ("Bộ nón lá mini trang trí, hộp quà", "hộp", 1, 120000, 10000, [2000, 2400, 2800])],
        raws=[("Lá nón khô đã là phẳng", "kg", 0.12, 60000), ("Vành tre, cước, chỉ", "bộ", 1, 4000)],
        supply=dict(what="vườn cây lá nón của thành viên", unit="sào", yld=60,
                    rows=[("Thôn Phù Lưu Thượng", 16, 18), ("Thôn Phù Lưu Hạ", 14, 15), ("Thôn Đồng Mới", 10, 12)],
                    buy=("Tổ hợp tác lá nón Sơn Trà (hợp đồng mua lá)", 300)),
        cap=(80, 280), piece=("Tiền công khâu nón trả cho thành viên (theo sản phẩm)", 35000),
        roles=[("Quản lý, kế toán (kiêm nhiệm)", [2, 2, 2]), ("Là lá, dựng khung, kiểm tra", [2, 2, 2]),
               ("In lụa, hoàn thiện, đóng hộp", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=1500,
        inv=[("Nhà xưởng là lá, hoàn thiện 80 m²", 260, True), ("Lò sấy lá bằng nhiệt, 2 máy là lá", 90, True),
             ("200 khuôn nón gỗ, bàn khâu", 40, True), ("Máy in lụa, bàn sấy mực", 60, True),
             ("Thiết kế mẫu, hộp quà, tem", 40, False), ("Vốn lưu động", 160, False)],
        src=[("Thành viên góp thêm vốn (47 thành viên × 4 triệu đồng)", 188),
             ("Quỹ đầu tư phát triển của hợp tác xã", 212),
             ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 180, 110], rate=0.066, sell=0.06, other=("Quản lý, chi khác", 40),
        cit=0.15,
        funds=[("Quỹ đầu tư phát triển", 0.20), ("Quỹ dự phòng", 0.05), ("Quỹ khen thưởng, phúc lợi", 0.10),
               ("Chia cho thành viên theo lá nón cung ứng", 0.45), ("Chia cho thành viên theo vốn góp", 0.20)]),
    "fg04": dict(
        unit="lít",
        members=[("Thành viên sáng lập", 6, 50), ("Chủ thuyền thành viên, cung ứng cá cơm", 18, 30),
                 ("Thành viên lao động tại nhà thùng", 8, 10)],
        hist=[(28, 12600, 112000, 190.0), (30, 13200, 116000, 212.0), (32, 13800, 120000, 236.0)],
        products=[("Nước mắm cá cơm 35 độ đạm, chai thủy tinh 500 ml", "chai", 0.5, 75000, 8000, [16000, 17000, 18000]),
                  ("Nước mắm 25 độ đạm, can 2 lít", "can", 2.0, 110000, 9000, [3000, 3200, 3400]),
                  ("Nước mắm 40 độ đạm, hộp quà 2 chai 300 ml", "hộp", 0.6, 210000, 25000, [1000, 1100, 1200])],
        raws=[("Cá cơm tươi", "kg", 1.5, 18000), ("Muối hạt", "kg", 0.5, 4000)],
        supply=dict(what="thuyền khai thác của thành viên", unit="thuyền", yld=1500,
                    rows=[("Tổ thuyền Bắc Hải", 7, 7), ("Tổ thuyền Trung Hải", 6, 6), ("Tổ thuyền Nam Hải", 5, 5)],
                    buy=None),
        cap=(700, 32),
        roles=[("Quản lý, kế toán (kiêm nhiệm)", [2, 2, 2]), ("Muối chượp, đảo chượp, kéo rút", [3, 3, 3]),
               ("Lọc, đóng chai, kho", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=1500,
        inv=[("Nhà thùng có mái che 150 m² (mở rộng)", 240, True), ("8 thùng gỗ, 6 bể chượp composite có nắp", 180, True),
             ("Hệ thống lọc, bồn lắng inox, máy chiết rót", 120, True),
             ("Bể thu gom, xử lý nước rửa và bã chượp", 70, True),
             ("Bao bì, nhãn, kiểm nghiệm", 40, False), ("Vốn lưu động (cá, muối mùa cá Nam)", 250, False)],
        src=[("Thành viên góp thêm vốn (32 thành viên × 6 triệu đồng)", 192),
             ("Quỹ đầu tư phát triển của hợp tác xã", 208),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 380, 260], rate=0.08, sell=0.05, other=("Quản lý, kiểm nghiệm, chi khác", 80),
        cit=0.15,
        funds=[("Quỹ đầu tư phát triển", 0.20), ("Quỹ dự phòng", 0.10), ("Quỹ khen thưởng, phúc lợi", 0.05),
               ("Chia cho thành viên theo sản lượng cá cung ứng", 0.45), ("Chia cho thành viên theo vốn góp", 0.20)]),
    "fg05": dict(
        unit="kg",
        members=[("Thành viên sáng lập", 5, 40), ("Thành viên trồng nghệ", 27, 10)],
        hist=[(26, 1300, 600000, 105.0), (29, 1450, 615000, 120.0), (32, 1550, 625000, 133.0)],
        products=[("Tinh bột nghệ vàng, hũ 100 g", "hũ", 0.1, 70000, 6000, [8000, 9000, 10000]),
                  ("Tinh bột nghệ vàng, hũ 500 g", "hũ", 0.5, 300000, 12000, [1200, 1400, 1600]),
                  ("Tinh bột nghệ đỏ, túi 200 g", "túi", 0.2, 110000, 4000, [1500, 1800, 2000])],
        raws=[("Củ nghệ tươi", "kg", 35, 5000)],
        supply=dict(what="ruộng, vườn nghệ của thành viên", unit="sào", yld=1400,
                    rows=[("Thôn Yên Thượng", 11, 26), ("Thôn Yên Hạ", 9, 22), ("Thôn Khe Cát", 7, 18)],
                    buy=None),
        cap=(25, 120),
        roles=[("Quản lý, kế toán (kiêm nhiệm)", [1, 1, 1]), ("Rửa, xay, lọc, tách tinh bột", [2, 2, 2]),
               ("Sấy, đóng hũ, bán hàng", [2, 2, 2])],
        wage=5.0, energy=12000,
        inv=[("Nhà sơ chế, phòng sấy, phòng đóng gói 90 m²", 200, True), ("Máy rửa, máy xay nghệ 1 tấn củ/ngày", 110, True),
             ("Bể lắng inox, máy lọc tách dầu nghệ", 90, True), ("Máy sấy lạnh 50 kg/mẻ", 150, True),
             ("Bao bì, kiểm nghiệm, tự công bố", 40, False), ("Vốn lưu động (thu mua nghệ vụ đông)", 160, False)],
        src=[("Thành viên góp thêm vốn (32 thành viên × 5 triệu đồng)", 160),
             ("Quỹ đầu tư phát triển của hợp tác xã", 90),
             ("Vay Ngân hàng Chính sách xã hội", 500)],
        life=10, loan=[500, 380, 260], rate=0.066, sell=0.06, other=("Quản lý, chi khác", 40),
        cit=0.15,
        funds=[("Quỹ đầu tư phát triển", 0.20), ("Quỹ dự phòng", 0.10), ("Quỹ khen thưởng, phúc lợi", 0.05),
               ("Chia cho thành viên theo sản lượng nghệ cung ứng", 0.55), ("Chia cho thành viên theo vốn góp", 0.20)]),
    "fg06": dict(
        unit="lít",
        members=[("Thành viên sáng lập", 5, 50), ("Thành viên có đồi sim, cung ứng quả sim", 22, 12)],
        hist=[(22, 5200, 330000, 120.0), (25, 5600, 340000, 137.0), (27, 6000, 350000, 155.0)],
        products=[("Rượu sim 25 %, chai 500 ml", "chai", 0.5, 170000, 9000, [9000, 10000, 11000]),
                  ("Rượu sim 30 %, bình 1 lít", "bình", 1.0, 380000, 30000, [1400, 1600, 1800]),
                  ("Rượu sim 25 %, chai 300 ml hộp quà", "hộp", 0.3, 180000, 22000, [800, 900, 1000])],
        raws=[("Quả sim chín", "kg", 0.8, 25000), ("Gạo nếp", "kg", 0.9, 26000), ("Men lá", "kg", 0.015, 150000)],
        supply=dict(what="đồi sim của thành viên", unit="ha", yld=1000,
                    rows=[("Thôn Rú Sim", 9, 10), ("Thôn Đồng Trổ", 7, 8), ("Thôn Khe Đá", 6, 6)],
                    buy=None),
        cap=(30, 300),
        roles=[("Quản lý, kế toán (kiêm nhiệm)", [2, 2, 2]), ("Ngâm sim, nấu, chưng cất", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [2, 2, 2])],
        wage=5.5, energy=6000,
        inv=[("Nhà ngâm ủ và kho chum 70 m²", 190, True), ("Nồi chưng cất inox, tháp làm lạnh", 120, True),
             ("Máy lọc, khử andehit, máy chiết rót", 130, True), ("Bể biogas xử lý bã sim, bỗng rượu", 50, True),
             ("Bao bì, nhãn, kiểm nghiệm", 40, False), ("Vốn lưu động (thu mua sim tháng 6 – 8)", 170, False)],
        src=[("Thành viên góp thêm vốn (27 thành viên × 5 triệu đồng)", 135),
             ("Quỹ đầu tư phát triển của hợp tác xã", 125),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 440)],
        life=10, loan=[440, 330, 220], rate=0.08, sell=0.05, other=("Quản lý, kiểm nghiệm, chi khác", 50),
        excise=[0.70, 0.75, 0.80], cit=0.15,
        funds=[("Quỹ đầu tư phát triển", 0.20), ("Quỹ dự phòng", 0.05), ("Quỹ khen thưởng, phúc lợi", 0.05),
               ("Chia cho thành viên theo sản lượng sim cung ứng", 0.50), ("Chia cho thành viên theo vốn góp", 0.20)]),
    "fg07": dict(
        unit="kg",
        members=[("Thành viên sáng lập", 5, 60), ("Thành viên trồng khoai lang", 36, 10)],
        hist=[(33, 8200, 165000, 118.0), (37, 9000, 168000, 134.0), (41, 9800, 170000, 150.0)],
        products=[("Khoai lang sấy dẻo, túi 250 g", "túi", 0.25, 45000, 3000, [24000, 26000, 28000]),
                  ("Khoai lang sấy dẻo, hộp quà 500 g", "hộp", 0.5, 95000, 9000, [5000, 5600, 6200]),
                  ("Khoai lang sấy dẻo loại 2, túi 1 kg", "túi", 1.0, 120000, 4000, [2000, 2200, 2400])],
        raws=[("Khoai lang tươi", "kg", 4, 9000)],
        supply=dict(what="ruộng khoai lang của thành viên", unit="sào", yld=900,
                    rows=[("Thôn Hồng Thịnh", 13, 18), ("Thôn Xuân Hòa", 11, 16), ("Thôn Bãi Dâu", 9, 14),
                          ("Thôn Cồn Soi", 8, 12)],
                    buy=("Hợp tác xã Nông nghiệp Cồn Soi (hợp đồng mua khoai)", 3000)),
        cap=(60, 250),
        roles=[("Quản lý, kế toán (kiêm nhiệm)", [2, 2, 2]), ("Gọt, hấp, sấy", [4, 4, 4]),
               ("Đóng gói, kho", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=14000,
        inv=[("Nhà xưởng sơ chế, sấy một chiều 120 m²", 380, True), ("2 máy sấy bơm nhiệt 300 kg/mẻ", 360, True),
             ("Nồi hấp, máy gọt, máy thái", 140, True), ("Máy hút chân không, máy hàn miệng túi", 80, True),
             ("Kho lạnh bảo quản khoai tươi 30 m²", 160, True), ("Thiết kế bao bì, kiểm nghiệm", 40, False),
             ("Vốn lưu động", 340, False)],
        src=[("Thành viên góp thêm vốn (41 thành viên × 10 triệu đồng)", 410),
             ("Quỹ đầu tư phát triển của hợp tác xã", 190),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 550, 400], rate=0.08, sell=0.06, other=("Quản lý, chi khác", 60),
        cit=0.15,
        funds=[("Quỹ đầu tư phát triển", 0.20), ("Quỹ dự phòng", 0.05), ("Quỹ khen thưởng, phúc lợi", 0.05),
               ("Chia cho thành viên theo sản lượng khoai cung ứng", 0.50), ("Chia cho thành viên theo vốn góp", 0.20)]),
    "fg08": dict(
        unit="kg",
        members=[("Thành viên sáng lập", 7, 40), ("Thành viên trồng chè", 34, 8)],
        hist=[(36, 3100, 350000, 150.0), (39, 3300, 360000, 166.0), (41, 3500, 370000, 182.0)],
        products=[("Chè xanh sao sấy, túi 200 g", "túi", 0.2, 60000, 3000, [14000, 16000, 18000]),
                  ("Chè búp đặc biệt, hộp 250 g", "hộp", 0.25, 130000, 12000, [3000, 3500, 4000]),
                  ("Chè xanh túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 40000, 7000, [4000, 5000, 6000])],
        raws=[("Búp chè tươi", "kg", 4.5, 15000)],
        supply=dict(what="đồi chè của thành viên", unit="sào", yld=600,
                    rows=[("Thôn Tân Hương", 12, 10), ("Thôn Khe Trằng", 10, 8), ("Thôn Đồng Chè", 8, 7),
                          ("Thôn Bình Minh", 6, 5)],
                    buy=None),
        cap=(30, 250),
        roles=[("Quản lý, kế toán (kiêm nhiệm)", [2, 2, 2]), ("Hái, vận chuyển, làm héo", [2, 2, 2]),
               ("Vò, sao, sấy", [3, 3, 3]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=5.5, energy=18000,
        inv=[("Nhà chế biến chè 100 m² (cải tạo)", 150, True), ("Máy vò chè, tôn quay sao chè", 120, True),
             ("Máy sấy bơm nhiệt 100 kg/mẻ", 130, True), ("Máy đóng chè túi lọc", 110, True),
             ("Bao bì, nhãn, kiểm nghiệm", 40, False), ("Vốn lưu động", 150, False)],
        src=[("Thành viên góp thêm vốn (41 thành viên × 5 triệu đồng)", 205),
             ("Quỹ đầu tư phát triển của hợp tác xã", 95),
             ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=10, loan=[400, 300, 200], rate=0.066, sell=0.06, other=("Quản lý, chi khác", 40),
        cit=0.15,
        funds=[("Quỹ đầu tư phát triển", 0.20), ("Quỹ dự phòng", 0.05), ("Quỹ khen thưởng, phúc lợi", 0.05),
               ("Chia cho thành viên theo sản lượng búp chè cung ứng", 0.50),
               ("Chia cho thành viên theo vốn góp", 0.20)]),
    "fg09": dict(
        unit="sản phẩm",
        members=[("Thành viên sáng lập", 5, 40), ("Thành viên trồng cói, dệt chiếu, đan túi", 30, 8)],
        hist=[(29, 9600, 118000, 112.0), (32, 10400, 121000, 128.0), (35, 11200, 124000, 145.0)],
        products=[("Chiếu cói dệt máy, khổ 1,6 m", "chiếc", 1, 180000, 6000, [5000, 6200, 7000]),
                  ("Túi cói thủ công có quai da", "chiếc", 1, 120000, 5000, [4500, 5600, 6400]),
                  ("Thảm cói tròn 60 cm", "chiếc", 1, 65000, 2000, [2500, 3200, 3600])],
        raws=[("Cói khô đã chẻ", "kg", 0.9, 14000)],
        supply=dict(what="ruộng cói của thành viên", unit="sào", yld=700,
                    rows=[("Thôn Xuân Hải", 10, 8), ("Thôn Đông Hải", 9, 7), ("Thôn Cồn Mới", 8, 6)],
                    buy=("Hộ trồng cói xã Thạch Hội (hợp đồng mua cói)", 3000)),
        cap=(48, 280), piece=("Tiền công đan, dệt trả cho thành viên (theo sản phẩm)", 40000),
        roles=[("Quản lý, kế toán (kiêm nhiệm)", [2, 2, 2]), ("Chẻ, nhuộm, phơi cói", [2, 2, 2]),
               ("Vận hành máy dệt, hoàn thiện", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=2500,
        inv=[("Sân phơi, nhà kho cói 150 m²", 120, True), ("Bể nhuộm cói, giàn phơi có mái che", 90, True),
             ("Máy khâu viền, máy ép thảm", 70, True), ("Cửa hàng giới thiệu sản phẩm 40 m²", 150, True),
             ("Thiết kế mẫu, tem, bao bì", 30, False), ("Vốn lưu động", 250, False)],
        src=[("Thành viên góp thêm vốn (35 thành viên × 4 triệu đồng)", 140),
             ("Quỹ đầu tư phát triển của hợp tác xã", 170),
             ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=8, loan=[400, 300, 200], rate=0.066, sell=0.06, other=("Quản lý, chi khác", 40),
        cit=0.15,
        funds=[("Quỹ đầu tư phát triển", 0.20), ("Quỹ dự phòng", 0.05), ("Quỹ khen thưởng, phúc lợi", 0.05),
               ("Chia cho thành viên theo sản lượng cói cung ứng", 0.50), ("Chia cho thành viên theo vốn góp", 0.20)]),
    "fg10": dict(
        unit="lít",
        members=[("Thành viên sáng lập", 6, 50), ("Thành viên trồng lạc", 40, 8)],
        hist=[(38, 7000, 150000, 52.0), (42, 7600, 153000, 60.0), (46, 8200, 156000, 68.0)],
        products=[("Dầu lạc ép nguội, chai 500 ml", "chai", 0.5, 85000, 6000, [9500, 18000, 19500]),
                  ("Dầu lạc ép nguội, can 2 lít", "can", 2.0, 300000, 10000, [1400, 2800, 3000]),
                  ("Dầu lạc ép nguội, chai 1 lít", "chai", 1.0, 160000, 8000, [1100, 2200, 2300])],
        raws=[("Lạc nhân", "kg", 2.4, 32000)],
        supply=dict(what="ruộng lạc của thành viên", unit="sào", yld=180,
                    rows=[("Thôn Trung Nghĩa", 14, 90), ("Thôn Phú Mỹ", 12, 75), ("Thôn Hòa Lạc", 10, 60),
                          ("Thôn Đông Tiến", 8, 45)],
                    buy=("Hợp tác xã Nông nghiệp Đông Tiến (hợp đồng mua lạc)", 5000)),
        cap=(75, 300),
        roles=[("Quản lý, kế toán (kiêm nhiệm)", [1, 1, 1]), ("Bóc, sàng, rang lạc", [2, 2, 2]),
               ("Ép, lọc, đóng chai", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=5000,
        inv=[("Máy ép dầu trục vít 100 kg lạc/giờ", 180, True), ("Máy bóc vỏ, sàng, máy rang", 90, True),
             ("Máy lọc ép khung bản, bồn lắng inox", 80, True), ("Máy chiết rót, đóng nắp", 70, True),
             ("Bao bì, nhãn", 40, False), ("Vốn lưu động (thu mua lạc vụ xuân)", 340, False)],
        src=[("Thành viên góp thêm vốn (46 thành viên × 5 triệu đồng)", 230),
             ("Quỹ đầu tư phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 470)],
        life=10, loan=[470, 350, 230], rate=0.08, sell=0.05, other=("Quản lý, chi khác", 40),
        cit=0.15,
        funds=[("Quỹ đầu tư phát triển", 0.20), ("Quỹ dự phòng", 0.05), ("Quỹ khen thưởng, phúc lợi", 0.05),
               ("Chia cho thành viên theo sản lượng lạc cung ứng", 0.50), ("Chia cho thành viên theo vốn góp", 0.20)]),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED: dict[str, dict] = {
    "fg05": {"fund_sum": 1.10},                  # the split's shares add up to 110 % of the profit after tax
    "fg06": {"rev_line": (0, 2, 1.12)},          # 2029 revenue of the 500 ml bottle x 1,12
    "fg07": {"src_total": True, "payback": 1.5},  # sources 1.300 vs investment 1.500; payback 1,5 years
    "fg08": {"shortfall": True},                 # members' tea 18.000 kg vs 19.462 / 22.050 kg needed
    "fg09": {"profit": (0, 1.30), "over_capacity": True},  # 2027 profit before tax x 1,30; 15.000 / 17.000 vs 13.440
    "fg10": {"growth": True},                    # output x 1,94 in 2028 with the same staff and customers
}
READY = ("fg01", "fg02", "fg03", "fg04")


def model(key: str) -> dict:
    """Every number of a full plan, true values and (where planted) the printed ones."""
    p = PLANS[key]
    pl = PLANTED.get(key, {})
    m: dict = {}
    m["members_n"] = sum(c for _, c, _ in p["members"])
    m["charter"] = sum(c * v for _, c, v in p["members"])
    m["hist_rev"] = [o * pr / 1e6 for _, o, pr, _ in p["hist"]]
    m["hist_margin"] = [pat / r for (_, _, _, pat), r in zip(p["hist"], m["hist_rev"])]
    m["out"] = [sum(pk[y] * size for _, _, size, _, _, pk in p["products"]) for y in range(3)]
    sup = p["supply"]
    m["sup_rows"] = [hh and q * sup["yld"] for _, hh, q in sup["rows"]]
    m["own"] = sum(m["sup_rows"])
    m["buy"] = sup["buy"][1] if sup.get("buy") else 0
    m["supply"] = m["own"] + m["buy"]
    m["need"] = [[o * norm for o in m["out"]] for _, _, norm, _ in p["raws"]]
    m["cap"] = p["cap"][0] * p["cap"][1]
    m["staff"] = [sum(n[y] for _, n in p["roles"]) for y in range(3)]
    m["inv"] = sum(v for _, v, _ in p["inv"])
    m["fixed"] = sum(v for _, v, f in p["inv"] if f)
    m["dep"] = m["fixed"] / p["life"]
    m["src"] = sum(v for _, v in p["src"])
    # revenue
    m["rev_lines"] = [[pk[y] * price / 1e6 for y in range(3)] for _, _, _, price, _, pk in p["products"]]
    m["rev"] = [sum(l[y] for l in m["rev_lines"]) for y in range(3)]
    shown = [row[:] for row in m["rev_lines"]]
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        shown[i][y] *= f
    m["rev_lines_p"] = shown
    m["rev_p"] = [sum(l[y] for l in shown) for y in range(3)]

    def costs(rev):
        c = []
        for (label, unit, norm, price), need in zip(p["raws"], m["need"]):
            c.append((label, [need[y] * price / 1e6 for y in range(3)]))
        c.append(("pack", [sum(pk[y] * pc for _, _, _, _, pc, pk in p["products"]) / 1e6 for y in range(3)]))
        c.append(("wages", [m["staff"][y] * p["wage"] * 12 for y in range(3)]))
        if p.get("piece"):
            c.append(("piece", [m["out"][y] * p["piece"][1] / 1e6 for y in range(3)]))
        c.append(("energy", [m["out"][y] * p["energy"] / 1e6 for y in range(3)]))
        c.append(("dep", [m["dep"]] * 3))
        c.append(("interest", [b * p["rate"] for b in p["loan"]]))
        c.append(("sell", [rev[y] * p["sell"] for y in range(3)]))
        if p.get("excise"):
            c.append(("excise", [rev[y] * t / (1 + t) for y, t in enumerate(p["excise"])]))
        c.append(("other", [p["other"][1]] * 3))
        return c

    m["cost_lines"] = costs(m["rev"])
    m["cost"] = [sum(v[y] for _, v in m["cost_lines"]) for y in range(3)]
    m["cost_lines_p"] = costs(m["rev_p"])
    m["cost_p"] = [sum(v[y] for _, v in m["cost_lines_p"]) for y in range(3)]
    if "cost_total" in pl:
        y, f = pl["cost_total"]
        m["cost_p"][y] *= f
    m["pbt"] = [m["rev"][y] - m["cost"][y] for y in range(3)]
    m["pbt_p"] = [m["rev_p"][y] - m["cost_p"][y] for y in range(3)]
    if "profit" in pl:
        y, f = pl["profit"]
        m["pbt_p"][y] *= f
    m["tax"] = [x * p["cit"] for x in m["pbt"]]
    m["tax_p"] = [x * p["cit"] for x in m["pbt_p"]]
    m["pat"] = [a - b for a, b in zip(m["pbt"], m["tax"])]
    m["pat_p"] = [a - b for a, b in zip(m["pbt_p"], m["tax_p"])]
    m["margin"] = [m["pat"][y] / m["rev"][y] * 100 for y in range(3)]
    m["margin_p"] = [m["pat_p"][y] / m["rev_p"][y] * 100 for y in range(3)]
    m["fund_pct"] = sum(s for _, s in p["funds"])
    m["funds_p"] = [[s * m["pat_p"][y] for y in range(3)] for _, s in p["funds"]]
    m["funds_sum_p"] = [sum(f[y] for f in m["funds_p"]) for y in range(3)]
    # member shares: by raw material delivered (đ per unit of the first raw) and by capital (% a year)
    kinds = [lab for lab, _ in p["funds"]]
    iraw = next(i for i, lab in enumerate(kinds) if "sản lượng" in lab or "cung ứng" in lab)
    icap = next(i for i, lab in enumerate(kinds) if "vốn góp" in lab)
    delivered = [min(m["need"][0][y], m["own"]) for y in range(3)]
    m["delivered"] = delivered
    m["per_raw"] = [m["funds_p"][iraw][y] * 1e6 / delivered[y] for y in range(3)]
    m["per_cap"] = [m["funds_p"][icap][y] / m["charter"] * 100 for y in range(3)]
    m["growth"] = [m["rev"][0] / m["hist_rev"][2] - 1] + [m["rev"][y] / m["rev"][y - 1] - 1 for y in (1, 2)]
    m["out_growth"] = [m["out"][0] / p["hist"][2][1] - 1] + [m["out"][y] / m["out"][y - 1] - 1 for y in (1, 2)]
    m["payback"] = m["inv"] / (sum(m["pat"]) / 3 + m["dep"])
    m["payback_p"] = pl.get("payback", round(m["inv"] / (sum(m["pat_p"]) / 3 + m["dep"]), 1))
    return m


STEMS = {
    "fg01": "fg01_ruou_nep_cai_hoa_vang_tien_loc_htx",
    "fg02": "fg02_mat_ong_duc_bong_htx",
    "fg03": "fg03_non_la_phu_luu_htx",
    "fg04": "fg04_nuoc_mam_hai_ninh_htx",
    "fg05": "fg05_tinh_bot_nghe_yen_ho_htx",
    "fg06": "fg06_ruou_sim_ky_tay_htx",
    "fg07": "fg07_khoai_lang_say_xuan_hong_htx",
    "fg08": "fg08_che_xanh_son_tan_htx",
    "fg09": "fg09_chieu_coi_xuan_hai_htx",
    "fg10": "fg10_dau_lac_cam_trung_htx",
    "fg11": "fg11_banh_da_vung_thuong_tru_so_sai",
    "fg12": "fg12_du_lich_cong_dong_loc_yen_so_sai",
}
SKETCHY = {
    "fg11": ("5.000 đồng/chiếc", "40.000 chiếc", "200 triệu đồng", "150 triệu đồng", "90 triệu đồng", "60 triệu đồng"),
    "fg12": ("300.000 đồng/khách", "1.500 lượt khách", "450 triệu đồng", "300 triệu đồng", "12 thành viên"),
}
# Words a defect needs absent (the plan says nothing of the kind) or present.
ABSENT = {
    "fg05": [(r"môi trường|nước thải|chất thải|\bbã\b|xử lý|hố thấm|bể lắng hai|cam kết bảo vệ", "environment"),
             (r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|biểu trưng", "trademark")],
    "fg06": [(r"giấy phép|105/2017|17/2020", "alcohol licence")],
    "fg07": [(r"nhãn(?! hiệu)|\btem\b|mã vạch|43/2017|111/2021", "label")],
    "fg08": [(r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\btem\b|kiểm soát chất lượng|lưu mẫu|sổ theo dõi", "quality control"),
             (r"148/QĐ-TTg|1489/QĐ-TTg|17/2023/QH15|Luật Hợp tác xã năm 2023", "current instruments")],
    "fg10": [(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm", "food safety"),
             (r"tiêu chuẩn cơ sở|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|thử nghiệm|chỉ tiêu chất lượng", "product standard")],
}
PRESENT = {
    "fg06": ["42 ha đồi sim của các hộ thành viên", "trên 24 ha đồi sim"],
    "fg07": ["thu hồi toàn bộ vốn đầu tư sau khoảng 1,5 năm", "bảo đảm đủ vốn"],
    "fg08": ["1048/QĐ-TTg", "781/QĐ-TTg", "Luật Hợp tác xã năm 2012", "UBND huyện Hương Sơn",
             "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Hương Sơn", "bảo đảm đủ cho sản xuất"],
    "fg09": ["Máy móc, thiết bị hiện có đủ đáp ứng kế hoạch sản xuất"],
    "fg10": ["giữ nguyên 5 lao động", "tiếp tục bán qua 7 đại lý và 2 bếp ăn hiện có",
             "Nhu cầu dầu ăn nguyên chất của thị trường rất lớn"],
}
PRODUCERS = {
    "fg01": "Hợp tác xã Nếp cái hoa vàng Tiến Lộc", "fg02": "Hợp tác xã Ong mật Đức Bồng",
    "fg03": "Hợp tác xã Nón lá Phù Lưu", "fg04": "Hợp tác xã Nước mắm Hải Ninh",
    "fg05": "Hợp tác xã Nông nghiệp Yên Hồ", "fg06": "Hợp tác xã Sim rừng Kỳ Tây",
    "fg07": "Hợp tác xã Nông sản Xuân Hồng", "fg08": "Hợp tác xã Chè xanh Sơn Tân",
    "fg09": "Hợp tác xã Dịch vụ nông nghiệp và Cói Xuân Hải", "fg10": "Hợp tác xã Nông nghiệp Cẩm Trung",
}
OTHER_NAME = {"fg09": "Hợp tác xã Cói Kỳ Ninh"}


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, keyword: str) -> list[list[str]]:
        """The rows (header first) of the table whose caption 'Bảng N. …' contains keyword."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"Bảng \d+\. ", line) and keyword.lower() in line.lower():
                rows, j = [], i + 1
                while j < len(lines) and not lines[j].startswith("|"):
                    if lines[j].strip() and not lines[j].startswith("ĐVT"):
                        break
                    j += 1
                while j < len(lines) and lines[j].startswith("|"):
                    cells = [c.strip() for c in lines[j].strip().strip("|").split("|")]
                    if not all(set(c) <= set("-") for c in cells):
                        rows.append(cells)
                    j += 1
                return rows
        self.failures.append(f"table not found: {keyword}")
        return []

    def trow(self, rows, label: str, n: int) -> list[float]:
        for r in rows:
            if any(c.startswith(label) for c in r[:2]):
                nums = [vn(c) for c in r[1:] if re.fullmatch(r"[\d.,]+", c)]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {label}")
        return [0.0] * n


def eq(p: Plan, got: float, want: float, what: str, tol: float = 0.01) -> None:
    """Right within 1 % (or 0,11 of the printed unit)."""
    if not (close(got, want, tol) or abs(got - want) <= 0.11):
        p.failures.append(f"{what}: plan {got:g}, computed {want:g}")


def wrong(p: Plan, got: float, true: float, what: str) -> None:
    """A planted number: wrong by more than 5 %."""
    if not off(got, true):
        p.failures.append(f"planted {what}: plan {got:g} is within 5 % of the true {true:g}")


def check_full(key: str) -> Plan:
    p = Plan(STEMS[key])
    c, m, pl = PLANS[key], model(key), PLANTED.get(key, {})
    body = p.body
    # members and charter capital
    t = p.table("vốn góp")
    for g, n, v in c["members"]:
        got = p.trow(t, g, 3)
        eq(p, got[0], n, f"members {g}"); eq(p, got[1], v, f"contribution {g}"); eq(p, got[2], n * v, f"capital {g}")
    got = p.trow(t, "Cộng", 2)
    eq(p, got[0], m["members_n"], "members total"); eq(p, got[1], m["charter"], "charter capital")
    p.check(f"{m['members_n']} thành viên" in body, "member count not in the text")
    p.check(f"{money(m['charter'])} triệu đồng" in body, "charter capital not in the text")
    # history
    t = p.table("Kết quả sản xuất kinh doanh")
    for lab, idx in (("Số thành viên", 0), ("Sản lượng", 1), ("Giá bán bình quân", 2), ("Lợi nhuận sau thuế", 3)):
        got = p.trow(t, lab, 3)
        for y in range(3):
            eq(p, got[y], c["hist"][y][idx], f"history {lab} {HIST_YEARS[y]}")
    got = p.trow(t, "Doanh thu", 3)
    for y in range(3):
        eq(p, got[y], m["hist_rev"][y], f"history revenue {HIST_YEARS[y]}")
        p.check(0 < m["hist_margin"][y] < 0.3, f"history margin {HIST_YEARS[y]} {m['hist_margin'][y]:.2f}")
    p.check(c["hist"][2][0] == m["members_n"], "members 2026 differ from the members table")
    p.check(m["out_growth"][0] <= 0.2, f"2027 output +{m['out_growth'][0]:.0%} on 2026")
    # products and output
    t = p.table("sản lượng")
    for lab, pk, size, price, pc, packs in c["products"]:
        got = p.trow(t, f"{lab} ({pk})", 4)
        eq(p, got[0], price, f"price {lab}")
        for y in range(3):
            eq(p, got[1 + y], packs[y], f"packs {lab} {YEARS[y]}")
    got = p.trow(t, "Quy đổi" if any(r[1].startswith("Quy đổi") for r in t) else "Tổng số", 3)
    for y in range(3):
        eq(p, got[y], m["out"][y], f"output {YEARS[y]}")
    # members' supply of the first raw material
    sp = c["supply"]
    t = p.table("thành viên cung ứng")
    for v, hh, q in sp["rows"]:
        got = p.trow(t, v, 4)
        eq(p, got[0], hh, f"households {v}"); eq(p, got[1], q, f"area {v}")
        eq(p, got[2], sp["yld"], f"yield {v}"); eq(p, got[3], q * sp["yld"], f"supply {v}")
    got = p.trow(t, "Cộng", 3)
    eq(p, got[0], sum(r[1] for r in sp["rows"]), "households total")
    eq(p, got[1], sum(r[2] for r in sp["rows"]), "area total"); eq(p, got[2], m["own"], "own supply")
    # balance
    t = p.table("nguồn cung")
    need = m["need"][0]
    got = p.trow(t, "", 3)  # the first row: output in the product's unit
    for y in range(3):
        eq(p, got[y], m["out"][y], f"balance output {YEARS[y]}")
    got = p.trow(t, "Định mức", 3); eq(p, got[0], c["raws"][0][2], "norm")
    got = p.trow(t, "Nhu cầu", 3)
    for y in range(3):
        eq(p, got[y], need[y], f"need {YEARS[y]}")
    got = p.trow(t, "Thành viên cung ứng" if "Thuyền" not in str(t) else "Thuyền thành viên", 3)
    eq(p, got[0], m["own"], "balance own supply")
    if m["buy"]:
        eq(p, p.trow(t, "Mua", 3)[0], m["buy"], "purchase")
        eq(p, p.trow(t, "Tổng nguồn cung", 3)[0], m["supply"], "supply total")
    if pl.get("shortfall"):
        p.check(not any(r[1].startswith("Dư") or r[1].startswith("Chênh") for r in t), "shortfall plan has a balance row")
        p.check(need[0] <= m["supply"], "2027 need above supply")
        for y in (1, 2):
            wrong(p, m["supply"], need[y], f"supply {YEARS[y]} against need")
            p.check(need[y] > m["supply"], f"need {YEARS[y]} not above supply")
    else:
        got = p.trow(t, "Dư", 3)
        for y in range(3):
            eq(p, got[y], m["supply"] - need[y], f"surplus {YEARS[y]}")
            p.check(need[y] <= m["supply"], f"need {YEARS[y]} above supply")
    # capacity
    p.check(f"{qty(m['cap'])}" in body, "capacity per year not in the text")
    if pl.get("over_capacity"):
        p.check(m["out"][0] <= m["cap"], "2027 output above capacity")
        for y in (1, 2):
            wrong(p, m["cap"], m["out"][y], f"capacity against output {YEARS[y]}")
            p.check(m["out"][y] > m["cap"], f"output {YEARS[y]} not above capacity")
    else:
        for y in range(3):
            p.check(m["out"][y] <= m["cap"], f"output {YEARS[y]} above capacity {m['cap']}")
    # staff
    t = p.table("lao động")
    for lab, n in c["roles"]:
        got = p.trow(t, lab, 3)
        for y in range(3):
            eq(p, got[y], n[y], f"staff {lab} {YEARS[y]}")
    got = p.trow(t, "Cộng", 3)
    for y in range(3):
        eq(p, got[y], m["staff"][y], f"staff total {YEARS[y]}")
    # investment and sources
    t = p.table("vốn đầu tư") or []
    for lab, v, f in c["inv"]:
        eq(p, p.trow(t, lab, 1)[0], v, f"investment {lab}")
    eq(p, p.trow(t, "Tổng cộng", 1)[0], m["inv"], "investment total")
    t = p.table("guồn vốn")
    for lab, v in c["src"]:
        got = p.trow(t, lab, 2)
        eq(p, got[0], v, f"source {lab}"); eq(p, got[1], v / m["src"] * 100, f"share {lab}")
        if mm := re.search(r"\((\d+) thành viên × (\d+) triệu đồng\)", lab):
            p.check(int(mm.group(1)) == m["members_n"], f"new capital counts {mm.group(1)} members")
            eq(p, int(mm.group(1)) * int(mm.group(2)), v, "new capital = members × amount")
    eq(p, p.trow(t, "Tổng cộng", 2)[0], m["src"], "sources total")
    if pl.get("src_total"):
        wrong(p, m["src"], m["inv"], "sources against investment")
    else:
        eq(p, m["src"], m["inv"], "sources against investment")
    # revenue
    t = p.table("Doanh thu")
    for i, (lab, pk, size, price, pc, packs) in enumerate(c["products"]):
        got = p.trow(t, lab, 3)
        for y in range(3):
            true = m["rev_lines"][i][y]
            if pl.get("rev_line", (None, None))[:2] == (i, y):
                wrong(p, got[y], true, f"revenue {lab} {YEARS[y]}")
                eq(p, got[y], m["rev_lines_p"][i][y], f"printed revenue {lab} {YEARS[y]}")
            else:
                eq(p, got[y], true, f"revenue {lab} {YEARS[y]}")
    got = p.trow(t, "Tổng doanh thu", 3)
    for y in range(3):
        eq(p, got[y], m["rev_p"][y], f"revenue total {YEARS[y]}")
        if got[y] != 0 and off(m["rev_p"][y], m["rev"][y]):
            p.check("rev_line" in pl, f"revenue total {YEARS[y]} off without a planted line")
    if "rev_line" in pl:
        wrong(p, m["rev_p"][pl["rev_line"][1]], m["rev"][pl["rev_line"][1]], "revenue total")
    # costs: every line from the constants (selling and excise on the stated revenue), the total
    t = p.table("Chi phí")
    rows = [r for r in t[1:] if r[0].strip()]
    p.check(len(rows) == len(m["cost_lines_p"]), f"cost lines {len(rows)} vs {len(m['cost_lines_p'])}")
    for r, (k, v) in zip(rows, m["cost_lines_p"]):
        nums = [vn(x) for x in r[2:]]
        for y in range(3):
            eq(p, nums[y], v[y], f"cost {k} {YEARS[y]}")
    got = p.trow(t, "Tổng chi phí", 3)
    for y in range(3):
        eq(p, got[y], sum(vn(r[2 + y]) for r in rows), f"cost total = its lines {YEARS[y]}")
        eq(p, got[y], m["cost"][y] if "rev_line" not in pl else m["cost_p"][y], f"cost total {YEARS[y]}")
    # summary
    t = p.table("hiệu quả")
    rev = p.trow(t, "Doanh thu", 3); cost = p.trow(t, "Tổng chi phí", 3)
    pbt = p.trow(t, "Lợi nhuận trước thuế", 3); tax = p.trow(t, "Thuế thu nhập", 3)
    pat = p.trow(t, "Lợi nhuận sau thuế", 3); mar = p.trow(t, "Tỷ suất", 3)
    for y in range(3):
        eq(p, rev[y], m["rev_p"][y], f"summary revenue {YEARS[y]}")
        eq(p, cost[y], m["cost_p"][y], f"summary cost {YEARS[y]}")
        if pl.get("profit", (None,))[0] == y:
            wrong(p, pbt[y], rev[y] - cost[y], f"profit before tax {YEARS[y]}")
            wrong(p, pbt[y], m["pbt"][y], f"profit before tax {YEARS[y]} (true)")
        else:
            eq(p, pbt[y], rev[y] - cost[y], f"profit before tax {YEARS[y]}")
        eq(p, tax[y], pbt[y] * c["cit"], f"income tax {YEARS[y]}")
        eq(p, pat[y], pbt[y] - tax[y], f"profit after tax {YEARS[y]}")
        eq(p, mar[y], pat[y] / rev[y] * 100, f"margin {YEARS[y]}", tol=0.02)
        p.check(0 < m["margin"][y] < 35, f"true margin {YEARS[y]} {m['margin'][y]:.1f} %")
        p.check(m["rev"][y] <= 3000, f"revenue {YEARS[y]} above 3 tỷ (15 % tax rate)")
    # the split of the profit after tax
    t = p.table("Phân phối lợi nhuận")
    items = []
    for lab, s in c["funds"]:
        got = p.trow(t, lab, 4)
        eq(p, got[0], s * 100, f"share {lab}")
        for y in range(3):
            eq(p, got[1 + y], s * pat[y], f"{lab} {YEARS[y]}")
        items.append(got[1:])
    tot = p.trow(t, "Cộng", 4)
    eq(p, tot[0], 100, "stated share total")
    for y in range(3):
        eq(p, tot[1 + y], pat[y], f"split total = profit after tax {YEARS[y]}")
        s = sum(i[y] for i in items)
        if pl.get("fund_sum"):
            wrong(p, tot[1 + y], s, f"split total against its lines {YEARS[y]}")
        else:
            eq(p, s, tot[1 + y], f"split lines add up to the total {YEARS[y]}")
    if pl.get("fund_sum"):
        eq(p, m["fund_pct"], pl["fund_sum"], "shares add up to")
    else:
        eq(p, m["fund_pct"], 1.0, "shares add up to 100 %")
    # the member shares quoted in the text
    for y in range(3):
        if f"{qty(m['per_raw'][y])} đồng" in body:
            break
    else:
        p.failures.append("share per unit of raw material not in the text")
    p.check(any(f"{dec(m['per_cap'][y])} %" in body for y in range(3)), "share on capital not in the text")
    # payback
    true_pb = m["payback"]
    printed = m["payback_p"]
    hit = re.search(r"(?:≈|=)\s*([\d,]+) năm|khoảng ([\d,]+) năm", body)
    got_pb = vn(next(g for g in hit.groups() if g)) if hit else 0.0
    eq(p, got_pb, printed, "payback as printed", tol=0.0)
    if "payback" in pl:
        wrong(p, got_pb, true_pb, "payback")
    else:
        expect = m["inv"] / (sum(pat) / 3 + m["dep"])
        p.check(abs(got_pb - expect) <= 0.051, f"payback {got_pb} vs {expect:.2f} from the printed profits")
        if key != "fg06":  # fg06: the inflated 2029 profit shortens it (tolerated knock-on)
            p.check(abs(got_pb - true_pb) / true_pb <= 0.05, f"payback {got_pb} vs true {true_pb:.2f}")
    # growth
    for y in range(3):
        g = m["growth"][y]
        if pl.get("growth") and y == 1:
            p.check(g > 0.5 and m["out"][1] / m["out"][0] > 1.5, f"planted growth only {g:.0%}")
            p.check(m["staff"][1] == m["staff"][0], "growth plan adds staff")
        else:
            p.check(g < 0.31, f"revenue growth {YEARS[y]} {g:.0%}")
    # papers and instruments
    if key in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "17/2023/QH15", "nhãn hiệu",
              "tiêu chuẩn cơ sở".capitalize() if "Tiêu chuẩn cơ sở" in body else "TCCS", "Phiếu kết quả thử nghiệm",
              "QR")
        p.check(bool(re.search(r"mã lô|số lô", body)), "no lot code")
        t = p.table("Hồ sơ pháp lý")
        for r in t[1:]:
            if "OCOP" in r[1]:
                continue
            for yy in re.findall(r"Đến \d{1,2}/\d{1,2}/(\d{4})", r[3]):
                p.check(int(yy) >= 2030, f"paper '{r[1]}' runs only to {yy}")
        if PLANS[key].get("excise"):
            p.has("Giấy phép sản xuất rượu thủ công", "Thuế tiêu thụ đặc biệt")
        if key != "fg03":
            p.has("an toàn thực phẩm")
    if key != "fg08":
        p.lacks(REPLACED, "replaced or lapsed instrument, or a district body")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    for pat_, what in ABSENT.get(key, []):
        p.lacks(pat_, f"planted absence of {what}")
    for s in PRESENT.get(key, []):
        p.has(s)
    p.lacks(PLACEHOLDER, "placeholder")
    name = PRODUCERS[key]
    p.check(p.count(name) >= 2, f"producer name {name!r} used {p.count(name)} times")
    if key in OTHER_NAME:
        p.check(p.count(OTHER_NAME[key]) >= 2, "the other HTX is named fewer than twice")
    else:
        allowed = (name, "Hợp tác xã Dịch vụ nông nghiệp Đồng Thanh")
        for mm in re.finditer(r"Hợp tác xã ([^.,;:()\n]{1,60})", body):
            full = "Hợp tác xã " + mm.group(1)
            if mm.group(1)[0].isupper() and not any(full.startswith(a) for a in allowed):
                p.failures.append(f"another HTX named: {full!r}")
    for k2, other in OTHER_NAME.items():
        if k2 != key:
            p.lacks(re.escape(other), "another plan's HTX")
    p.check(len(re.findall(r"^Bảng \d+\. ", body, re.M)) in range(12, 16), "12-15 tables")
    return p


def check_sketchy(key: str) -> Plan:
    p = Plan(STEMS[key])
    words = len(re.findall(r"\w+", p.body))
    p.check(150 <= words <= 320, f"{words} words")
    p.check(not p.rows, "a sketchy plan has a table")
    p.has(*SKETCHY[key])
    p.lacks(PLACEHOLDER, "placeholder")
    p.lacks(r"huyện|1048/QĐ-TTg", "district or replaced instrument")
    return p


def money(x: float) -> str:
    r = round(x, 1)
    s = f"{r:,.0f}" if abs(r - round(r)) < 1e-9 else f"{r:,.1f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def qty(x: float) -> str:
    return f"{round(x):,}".replace(",", ".")


def dec(x: float, d: int = 1) -> str:
    r = round(x, d)
    return money(r) if d == 1 else f"{r}".replace(".", ",")


def main() -> int:
    plans = [check_full(k) if k in PLANS else check_sketchy(k) for k in STEMS]
    return plancheck.report(plans)


if __name__ == "__main__" and "--debug" not in sys.argv:
    sys.exit(main())

if __name__ == "__main__" and "--debug" in sys.argv:
    for k in PLANS:
        m = model(k)
        print(k, "out", m["out"], "rev", [round(x) for x in m["rev"]], "cost", [round(x) for x in m["cost"]],
              "pat", [round(x, 1) for x in m["pat"]], "margin", [round(x, 1) for x in m["margin"]],
              "payback", round(m["payback"], 2), "need", [round(x) for x in m["need"][0]], "supply", m["supply"],
              "cap", m["cap"], "charter", m["charter"], "inv", m["inv"], "src", m["src"],
              "growth", [round(g * 100, 1) for g in m["growth"]], "hist_margin",
              [round(x * 100, 1) for x in m["hist_margin"]], "per_raw", [round(x) for x in m["per_raw"]],
              "per_cap", [round(x, 1) for x in m["per_cap"]])
