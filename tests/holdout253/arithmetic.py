"""The 253rd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout253/arithmetic.py [it01 it05 ...]

Theme: plans with a full marketing plan beside their production and finance parts. For every full
plan (it01-it10) the constants give the products (pack size in the plan's base unit, price, packs
sold a year), the samples and gifts given away (quantity, size, cost each), the channel targets
for 2026-2029 (points of sale, agents, OCOP points and supermarkets, online shops, followers,
online orders a month) with the volume each point, agent or order moves a month, the fairs of 2027
with dates and budgets and the number and average budget of those of 2028-2029, the marketing
budget lines (fairs, a share of revenue for online advertising, samples and gifts, display
support per point of sale, commission per unit sold through agents, fixed lines), the raw
materials (norm per base unit, price, supply rows as count x yield), the equipment rating, staff
and wages, investment and sources, loans, the unit costs of packaging and energy, the tax share
and the history 2024-2026. model() turns them into every figure the plan prints: sold = sum of
packs x size, output = sold + samples and gifts, capacity and its use, raw-material need and
supply, volume per channel = count x monthly volume x 12 with the remainder sold at the producer,
the fairs' totals, every marketing line, its total and share of revenue, the quarterly 2027
promotion plan, staff and wage fund, depreciation, interest, revenue lines, every cost line
(the marketing line equals the budget's sum), profit, margin and payback = investment / (average
profit + depreciation). Each figure is read back from the plan's source (tables found by their
caption "Bảng N. <title>") and compared: planted numeric defects must be wrong by more than 5 %
(the true value computed beside them), every other number right within 1 % (or 0,11). Textual
defects are asserted through the presence or absence of their words; ready plans cite no replaced
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
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, [price đ 2027-2029], [packs sold 2027-2029])
# samples: (label, spec, size in base units, cost đ per unit, [quantity 2027-2029], kind)
# cap: (rating per day or per vat, days or vats, rating text, multiplier text)
# raws: (label, short label, unit, norm per base unit, price đ per unit,
#        supply rows [(label, [count 2027-2029], count word, yield per count)])
# chan: (key, label, unit word, [count 2026, 2027, 2028, 2029], base units per count per month
#        or None (a target with no volume), basis text)
# fairs27: (event, dates, place, budget triệu); fairs_next: (number, average triệu) for 2028, 2029
# mkt: marketing budget lines: ("fair", label) the fairs; ("share", label, share of revenue);
#      ("points", label, [channel keys], triệu per point a year); ("comm", label, channel key,
#      đ per base unit sold through it); ("smp", label, [sample indexes]); ("fixed", label, [triệu x3])
# roles: (role, [staff 2027-2029]); wage: monthly wage per year (triệu)
# inv: (item, triệu, fixed asset?); src: (source, triệu); loan: balance per year; rate
# pack_cost, energy: đ per base unit produced; tax: share of revenue; other: triệu per year
# hist: 2024-2026 output, average price đ per base unit, margin, points of sale
# plant: the planted printed values (see model())
PLANS: dict[str, dict] = {
    "it01": dict(
        unit="kg",
        products=[("Cu đơ lạc mật mía, gói 250 g", "gói", 0.25, [30000] * 3, [40000, 45000, 50000]),
                  ("Cu đơ hộp quà 500 g", "hộp", 0.5, [65000] * 3, [10000, 11500, 13000]),
                  ("Cu đơ thanh nhỏ, hộp 10 thanh (200 g)", "hộp", 0.2, [28000] * 3, [20000, 24000, 28000])],
        samples=[("Gói cu đơ dùng thử", "gói 50 g", 0.05, 4000, [6000, 7000, 8000], "mẫu"),
                 ("Hộp quà tặng đối tác", "hộp 500 g", 0.5, 45000, [300, 350, 400], "quà")],
        cap=(120, 300, "120 kg/ngày", "300 ngày"),
        raws=[("Lạc nhân", "Lạc nhân", "kg", 0.45, 62000,
               [("Hộ trồng lạc thôn Hội Thống", [40, 40, 40], "hộ", 180),
                ("Hộ trồng lạc thôn Tiên Hải", [35, 35, 35], "hộ", 180)]),
              ("Mật mía", "Mật mía", "kg", 0.40, 26000,
               [("Lò mật mía Thanh Thủy (hợp đồng)", [1, 1, 1], "lò", 12000)])],
        pack_cost=12000, energy=2500,
        chan=[("pos", "Điểm bán lẻ, cửa hàng đặc sản", "điểm", [62, 70, 80, 90], 11, "11 kg/điểm/tháng"),
              ("agent", "Đại lý cấp 1 ngoài tỉnh", "đại lý", [3, 4, 5, 6], 80, "80 kg/đại lý/tháng"),
              ("ocop", "Điểm OCOP, siêu thị", "điểm", [4, 6, 8, 10], 20, "20 kg/điểm/tháng"),
              ("order", "Đơn hàng trực tuyến", "đơn/tháng", [60, 150, 200, 260], 1, "1 kg/đơn"),
              ("shop", "Gian hàng thương mại điện tử", "gian hàng", [1, 2, 3, 3], None, ""),
              ("fan", "Người theo dõi fanpage, TikTok", "người", [2500, 6000, 10000, 15000], None, "")],
        rest="Bán tại cửa hàng của công ty, khách du lịch",
        fairs27=[("Hội chợ Xuân Đinh Mùi Hà Tĩnh", "20 – 26/01/2027", "TP Hà Tĩnh", 12),
                 ("Ngày hội văn hóa – du lịch biển Xuân Thành", "30/4 – 02/5/2027", "Xuân Thành", 8),
                 ("Hội chợ Công Thương vùng Bắc Trung Bộ", "12 – 16/6/2027", "TP Vinh", 18),
                 ("Tuần hàng OCOP Hà Tĩnh tại Hà Nội", "20 – 24/9/2027", "Hà Nội", 25),
                 ("Hội chợ OCOP tỉnh Hà Tĩnh", "10 – 14/11/2027", "TP Hà Tĩnh", 15)],
        fairs_next=[(6, 14), (6, 15)],
        mkt=[("fair", "Hội chợ, sự kiện"),
             ("share", "Quảng cáo trực tuyến", 0.012),
             ("smp", "Hàng mẫu dùng thử", [0]),
             ("smp", "Quà tặng đối tác", [1]),
             ("points", "Kệ, biển tại điểm bán", ["pos", "ocop"], 0.25),
             ("comm", "Hoa hồng đại lý", "agent", 5000),
             ("fixed", "Thiết kế, in ấn ấn phẩm", [15, 10, 10])],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu kẹo, cán, cắt", [3, 3, 4]),
               ("Đóng gói, kho", [2, 2, 2]), ("Bán hàng, marketing", [1, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        inv=[("Nồi nấu kẹo hai vỏ, máy trộn", 260, True), ("Máy cán, máy cắt thanh tự động", 320, True),
             ("Máy đóng gói, hàn túi", 150, True), ("Cải tạo xưởng một chiều 150 m²", 280, True),
             ("Thiết kế bao bì, hộp quà, mã QR", 60, False), ("Vốn lưu động", 430, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, tax=0.015, other=[60, 65, 70],
        hist=dict(out=[15200, 16400, 17600], price=[118000, 121000, 124000],
                  margin=[0.11, 0.12, 0.125], pos=[48, 55, 62]),
    ),
    "it02": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [190000] * 3, [5000, 5600, 6200]),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [290000] * 3, [1500, 1700, 1900]),
                  ("Hộp quà mật ong, 2 chai 250 g", "hộp", 0.5, [230000] * 3, [800, 1000, 1200])],
        samples=[("Lọ mật ong dùng thử", "lọ 30 g", 0.03, 8000, [2000, 2400, 2800], "mẫu"),
                 ("Hộp quà tặng khách hàng lớn", "hộp 2 chai 250 g", 0.5, 150000, [80, 90, 100], "quà")],
        cap=(40, 200, "2 mẻ × 20 kg/ngày", "200 ngày"),
        raws=[("Mật ong thô", "Mật ong thô", "kg", 1.06, 140000,
               [("Đàn ong của các thành viên", [400, 430, 460], "đàn", 12),
                ("Hộ nuôi ong liên kết ngoài hợp tác xã", [15, 15, 16], "hộ", 90)])],
        pack_cost=15000, energy=2000,
        chan=[("pos", "Cửa hàng đặc sản, tạp hóa", "điểm", [28, 35, 42, 50], 3.5, "3,5 kg/điểm/tháng"),
              ("agent", "Đại lý tại Hà Nội, TP Vinh", "đại lý", [1, 2, 3, 4], 20, "20 kg/đại lý/tháng"),
              ("ocop", "Điểm giới thiệu sản phẩm OCOP", "điểm", [2, 3, 4, 5], 6, "6 kg/điểm/tháng"),
              ("order", "Đơn hàng trực tuyến", "đơn/tháng", [25, 60, 80, 100], 1, "1 kg/đơn"),
              ("shop", "Gian hàng trên sàn thương mại điện tử", "gian hàng", [1, 2, 2, 3], None, ""),
              ("fan", "Người theo dõi trang của hợp tác xã", "người", [1800, 4000, 6500, 9000], None, "")],
        rest="Bán tại hợp tác xã, khách tham quan trại ong",
        fairs27=[("Hội chợ Xuân Hà Tĩnh", "18 – 24/01/2027", "TP Hà Tĩnh", 10),
                 ("Hội chợ nông sản an toàn Bắc Trung Bộ", "08 – 12/4/2027", "TP Vinh", 14),
                 ("Tuần lễ sản phẩm OCOP miền Trung tại TP Hồ Chí Minh", "16 – 20/8/2027", "TP Hồ Chí Minh", 28),
                 ("Hội chợ OCOP tỉnh Hà Tĩnh", "10 – 14/11/2027", "TP Hà Tĩnh", 12)],
        fairs_next=[(5, 14), (5, 15)],
        mkt=[("fair", "Hội chợ, triển lãm"),
             ("share", "Quảng cáo trên mạng xã hội", 0.01),
             ("smp", "Lọ mật ong dùng thử", [0]),
             ("smp", "Hộp quà tặng khách hàng", [1]),
             ("comm", "Chiết khấu đại lý", "agent", 8000),
             ("fixed", "Quay video, chụp ảnh, tờ rơi", [12, 10, 10])],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Kỹ thuật, thu mua mật", [1, 1, 1]),
               ("Lọc, hạ thủy phần, đóng chai", [1, 1, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.2, 5.5, 5.8],
        inv=[("Máy hạ thủy phần mật ong 20 kg/mẻ (2 máy)", 180, True),
             ("Bồn lắng inox, máy lọc, máy chiết chai", 110, True),
             ("Phòng lọc, đóng chai 40 m²", 150, True),
             ("Chai, hũ, hộp quà, tem truy xuất", 50, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của thành viên", 400), ("Quỹ phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 170, 90], rate=0.066, tax=0.015, other=[30, 32, 34],
        hist=dict(out=[3300, 3650, 4000], price=[330000, 340000, 350000],
                  margin=[0.12, 0.13, 0.14], pos=[20, 24, 28]),
    ),
    "it03": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 20 túi × 2 g", "hộp", 0.04, [38000] * 3, [30000, 34000, 38000]),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, [110000] * 3, [2400, 2600, 2800]),
                  ("Trà cà gai leo túi lọc, hộp 50 túi × 2 g", "hộp", 0.1, [85000] * 3, [5000, 5600, 6200])],
        samples=[("Gói trà dùng thử", "gói 2 túi lọc", 0.004, 2500, [8000, 9000, 10000], "mẫu"),
                 ("Hộp quà trà thảo mộc", "hộp 100 g", 0.1, 80000, [200, 250, 300], "quà")],
        cap=(18, 260, "18 kg khô/ngày", "260 ngày"),
        raws=[("Cây cà gai leo tươi", "Cà gai leo tươi", "kg", 5.0, 10000,
               [("Ruộng cà gai leo của tổ viên", [2, 2, 2], "ha", 6000),
                ("Hộ trồng liên kết thôn Sơn Bằng", [8, 10, 12], "hộ", 800)])],
        pack_cost=130000, energy=12000,
        chan=[("pos", "Nhà thuốc, cửa hàng thực phẩm sạch", "điểm", [24, 30, 36, 42], 2.5, "2,5 kg/điểm/tháng"),
              ("agent", "Đại lý tại Hà Nội, Nghệ An, Quảng Trị", "đại lý", [1, 2, 3, 3], 12, "12 kg/đại lý/tháng"),
              ("ocop", "Điểm OCOP, siêu thị", "điểm", [3, 5, 6, 8], 4, "4 kg/điểm/tháng"),
              ("order", "Đơn hàng trực tuyến", "đơn/tháng", [50, 120, 150, 180], 0.4, "0,4 kg/đơn"),
              ("shop", "Gian hàng thương mại điện tử", "gian hàng", [1, 2, 3, 3], None, ""),
              ("fan", "Người theo dõi fanpage, kênh TikTok", "người", [3000, 7000, 11000, 15000], None, "")],
        rest="Bán tại cơ sở, khách quen",
        fairs27=[("Hội chợ Xuân Hà Tĩnh", "18 – 24/01/2027", "TP Hà Tĩnh", 9),
                 ("Hội chợ thảo dược và sản phẩm OCOP vùng Bắc Trung Bộ", "22 – 26/5/2027", "TP Vinh", 15),
                 ("Tuần hàng OCOP Hà Tĩnh tại Hà Nội", "20 – 24/9/2027", "Hà Nội", 24),
                 ("Hội chợ OCOP tỉnh Hà Tĩnh", "10 – 14/11/2027", "TP Hà Tĩnh", 11)],
        fairs_next=[(5, 13), (5, 14)],
        mkt=[("fair", "Hội chợ, sự kiện"),
             ("share", "Quảng cáo trực tuyến", 0.015),
             ("smp", "Hàng mẫu, quà tặng", [0, 1]),
             ("points", "Kệ trưng bày tại điểm bán", ["pos", "ocop"], 0.3),
             ("fixed", "Tài liệu giới thiệu, video", [15, 10, 10])],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [3, 3, 3]),
               ("Sấy, nghiền, đóng túi lọc", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        inv=[("Nhà sấy, phòng đóng gói 80 m²", 240, True), ("Máy sấy bơm nhiệt 18 kg khô/ngày", 260, True),
             ("Máy nghiền, máy đóng túi lọc tự động", 320, True),
             ("Bao bì, hộp, tem truy xuất", 40, False), ("Vốn lưu động", 240, False)],
        src=[("Vốn góp của tổ viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, tax=0.015, other=[40, 42, 44],
        hist=dict(out=[2200, 2450, 2700], price=[640000, 650000, 660000],
                  margin=[0.14, 0.15, 0.16], pos=[16, 20, 24]),
    ),
    "it04": dict(
        unit="sản phẩm",
        products=[("Hộp đựng trà gỗ hương", "chiếc", 1, [550000] * 3, [1200, 1350, 1500]),
                  ("Khay trà gỗ mít chạm hoa sen", "chiếc", 1, [380000] * 3, [1500, 1650, 1800]),
                  ("Bộ đế lót ly, hộp bút gỗ quà tặng", "bộ", 1, [180000] * 3, [1800, 2100, 2400])],
        samples=[("Sản phẩm trưng bày tại điểm bán", "chiếc", 1, 180000, [40, 45, 50], "mẫu"),
                 ("Quà tặng khách hàng, đối tác", "bộ", 1, 90000, [80, 100, 120], "quà")],
        cap=(24, 300, "24 sản phẩm/ngày", "300 ngày"),
        raws=[("Gỗ xẻ (mít, hương, keo rừng trồng)", "Gỗ xẻ", "kg", 3.2, 22000,
               [("Xưởng xẻ gỗ rừng trồng Hưng Phát (hợp đồng)", [1, 1, 1], "xưởng", 14000),
                ("Hộ có cây mít, keo trong vườn", [10, 11, 12], "hộ", 600)])],
        pack_cost=35000, energy=10000,
        chan=[("pos", "Cửa hàng quà tặng, lưu niệm", "điểm", [16, 20, 24, 28], 8, "8 sản phẩm/điểm/tháng"),
              ("agent", "Đại lý đồ gỗ tại Hà Nội, Huế", "đại lý", [1, 2, 2, 3], 20, "20 sản phẩm/đại lý/tháng"),
              ("ocop", "Điểm OCOP, khách sạn", "điểm", [2, 3, 4, 5], 6, "6 sản phẩm/điểm/tháng"),
              ("order", "Đơn hàng trực tuyến", "đơn/tháng", [20, 35, 45, 55], 1.2, "1,2 sản phẩm/đơn"),
              ("shop", "Gian hàng thương mại điện tử", "gian hàng", [1, 1, 2, 2], None, ""),
              ("fan", "Người theo dõi fanpage", "người", [1500, 3000, 5000, 7000], None, "")],
        rest="Đơn đặt quà tặng của cơ quan, doanh nghiệp",
        fairs27=[("Hội chợ Xuân Hà Tĩnh", "18 – 24/01/2027", "TP Hà Tĩnh", 8),
                 ("Hội chợ hàng thủ công mỹ nghệ và quà tặng Hà Nội", "14 – 18/4/2027", "Hà Nội", 26),
                 ("Festival nghề truyền thống Huế", "08 – 12/6/2027", "TP Huế", 18),
                 ("Hội chợ OCOP tỉnh Hà Tĩnh", "10 – 14/11/2027", "TP Hà Tĩnh", 10)],
        fairs_next=[(4, 16), (5, 16)],
        mkt=[("fair", "Hội chợ, triển lãm"),
             ("share", "Quảng cáo trực tuyến", 0.01),
             ("smp", "Sản phẩm trưng bày", [0]),
             ("smp", "Quà tặng khách hàng", [1]),
             ("comm", "Hoa hồng đại lý", "agent", 25000),
             ("fixed", "Catalogue, chụp ảnh sản phẩm", [12, 8, 8])],
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Thợ mộc, chạm khắc", [3, 3, 4]),
               ("Chà nhám, hoàn thiện, đóng hộp", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[6.5, 6.8, 7.0],
        inv=[("Máy CNC khắc gỗ một đầu", 280, True), ("Máy tiện gỗ, máy cưa bàn, máy bào", 150, True),
             ("Hệ thống hút bụi túi vải", 60, True), ("Cải tạo xưởng 120 m², kho gỗ", 180, True),
             ("Thiết kế mẫu, hộp, thẻ treo", 30, False), ("Vốn lưu động", 200, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, tax=0.015, other=[25, 26, 28],
        hist=dict(out=[3200, 3600, 4000], price=[300000, 315000, 330000],
                  margin=[0.12, 0.13, 0.13], pos=[10, 13, 16]),
    ),
    "it05": dict(
        unit="lít",
        products=[("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, [80000] * 3, [20000, 23000, 26000]),
                  ("Rượu nếp sim, bình sứ 1 lít", "bình", 1, [200000] * 3, [2000, 2400, 2800]),
                  ("Rượu nếp sim, can 2 lít", "can", 2, [240000] * 3, [1500, 1600, 1700])],
        samples=[("Chai rượu nhỏ dùng thử", "chai 100 ml", 0.1, 12000, [3000, 3500, 4000], "mẫu"),
                 ("Hộp quà 2 chai 500 ml", "hộp", 1, 210000, [150, 180, 200], "quà")],
        cap=(120, 260, "2 nồi × 60 lít/ngày", "260 ngày"),
        raws=[("Gạo nếp cái", "Gạo nếp", "kg", 1.2, 25000,
               [("Ruộng nếp của thành viên", [45, 45, 45], "hộ", 500),
                ("Hộ trồng nếp thôn Đồng Giang (hợp đồng)", [10, 10, 12], "hộ", 500)]),
              ("Quả sim chín", "Quả sim", "kg", 0.4, 18000,
               [("Hộ thu hái sim trên đồi", [40, 40, 40], "hộ", 250)])],
        pack_cost=15000, energy=6000,
        chan=[("pos", "Nhà hàng, cửa hàng đặc sản", "điểm", [45, 52, 60, 68], 14, "14 lít/điểm/tháng"),
              ("agent", "Đại lý cấp 1", "đại lý", [3, 4, 5, 6], 60, "60 lít/đại lý/tháng"),
              ("ocop", "Điểm OCOP, siêu thị", "điểm", [2, 3, 4, 5], 15, "15 lít/điểm/tháng"),
              ("order", "Đơn hàng qua điện thoại, Zalo", "đơn/tháng", [40, 60, 70, 80], 2, "2 lít/đơn"),
              ("fan", "Người theo dõi fanpage", "người", [2000, 3500, 5000, 6500], None, "")],
        rest="Bán tại hợp tác xã, khách mua làm quà",
        fairs27=[("Hội chợ Xuân Hà Tĩnh", "18 – 24/01/2027", "TP Hà Tĩnh", 12),
                 ("Lễ hội văn hóa ẩm thực Hồng Lĩnh", "15 – 17/4/2027", "Hồng Lĩnh", 8),
                 ("Hội chợ Công Thương vùng Bắc Trung Bộ", "12 – 16/6/2027", "TP Vinh", 16),
                 ("Hội chợ OCOP tỉnh Hà Tĩnh", "10 – 14/11/2027", "TP Hà Tĩnh", 14)],
        fairs_next=[(5, 13), (5, 14)],
        mkt=[("fair", "Hội chợ, lễ hội"),
             ("share", "Fanpage giới thiệu làng nghề", 0.01),
             ("smp", "Chai dùng thử", [0]),
             ("smp", "Hộp quà tặng", [1]),
             ("points", "Biển, kệ tại điểm bán", ["pos", "ocop"], 0.4),
             ("comm", "Chiết khấu đại lý", "agent", 8000),
             ("fixed", "Tờ rơi, ảnh, video", [15, 10, 10])],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [3, 3, 4]),
               ("Lọc, hạ thổ, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 2, 2])],
        wage=[6.0, 6.2, 6.5],
        inv=[("Nhà ủ, kho hạ thổ 80 m²", 250, True), ("Hệ thống lọc, khử andehit, chiết chai", 300, True),
             ("Chum sành, bình ủ inox", 120, True), ("Hầm biogas, bể chứa bỗng", 100, True),
             ("Nhãn, hộp quà, tem truy xuất", 50, False), ("Vốn lưu động", 380, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, tax=0.02, other=[50, 52, 55],
        hist=dict(out=[11800, 12700, 13600], price=[150000, 155000, 160000],
                  margin=[0.15, 0.16, 0.17], pos=[34, 40, 45]),
        plant=dict(mkt_tot=(1, 206.2), payback=1.4),
    ),
    "it06": dict(
        unit="lít",
        products=[("Nước mắm cốt 40 độ đạm, chai 500 ml", "chai", 0.5, [75000] * 3, [30000, 34000, 38000]),
                  ("Nước mắm 30 độ đạm, chai 1 lít", "chai", 1, [60000] * 3, [10000, 11000, 12000]),
                  ("Nước mắm 25 độ đạm, can 5 lít", "can", 5, [200000] * 3, [1600, 1800, 2000])],
        samples=[("Chai nước mắm dùng thử", "chai 60 ml", 0.06, 5000, [5000, 6000, 7000], "mẫu"),
                 ("Hộp quà 2 chai 500 ml", "hộp", 1, 190000, [200, 250, 300], "quà")],
        cap=(500, 120, "500 lít/thùng chượp/năm", "120 thùng"),
        raws=[("Cá cơm tươi", "Cá cơm", "kg", 1.3, 20000,
               [("Tàu lưới vây của ngư dân (hợp đồng)", [10, 10, 10], "tàu", 5500),
                ("Vựa cá Hải Thịnh (hợp đồng)", [1, 1, 1], "vựa", 10000)]),
              ("Muối hạt", "Muối", "kg", 0.35, 3000,
               [("Hợp tác xã muối Hộ Độ (hợp đồng)", [1, 1, 1], "hợp đồng", 18000)])],
        pack_cost=9000, energy=1500,
        chan=[("pos", "Cửa hàng tạp hóa, đặc sản", "điểm", [60, 75, 90, 105], 10, "10 lít/điểm/tháng"),
              ("agent", "Đại lý cấp 1", "đại lý", [8, 12, 15, 18], 60, "60 lít/đại lý/tháng"),
              ("ocop", "Siêu thị, điểm OCOP", "điểm", [4, 6, 8, 10], 20, "20 lít/điểm/tháng"),
              ("order", "Đơn hàng trực tuyến", "đơn/tháng", [60, 120, 150, 180], 2, "2 lít/đơn"),
              ("shop", "Gian hàng thương mại điện tử", "gian hàng", [1, 2, 3, 3], None, ""),
              ("fan", "Người theo dõi fanpage, TikTok", "người", [4000, 8000, 12000, 16000], None, "")],
        rest="Nhà hàng, bếp ăn tập thể, khách lẻ tại xưởng",
        fairs27=[("Hội chợ Xuân Hà Tĩnh", "18 – 24/01/2027", "TP Hà Tĩnh", 12),
                 ("Lễ hội Cầu ngư Lộc Hà", "12 – 14/3/2027", "Lộc Hà", 6),
                 ("Hội chợ Công Thương vùng Bắc Trung Bộ", "12 – 16/6/2027", "TP Vinh", 18),
                 ("Tuần hàng OCOP Hà Tĩnh tại Hà Nội", "20 – 24/9/2027", "Hà Nội", 26),
                 ("Hội chợ OCOP tỉnh Hà Tĩnh", "10 – 14/11/2027", "TP Hà Tĩnh", 14)],
        fairs_next=[(6, 15), (6, 16)],
        mkt=[("fair", "Hội chợ, lễ hội"),
             ("share", "Quảng cáo trực tuyến", 0.01),
             ("smp", "Chai dùng thử", [0]),
             ("smp", "Hộp quà tặng", [1]),
             ("points", "Kệ, biển tại điểm bán", ["pos", "ocop"], 0.2),
             ("comm", "Thưởng doanh số đại lý", "agent", 3000),
             ("fixed", "Thiết kế, in ấn, video", [20, 12, 12])],
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Muối cá, chăm chượp", [3, 3, 3]),
               ("Lọc, chiết chai, đóng thùng", [2, 2, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.2, 6.5, 6.8],
        inv=[("Bổ sung 40 thùng chượp gỗ", 240, True), ("Nhà thùng chượp 200 m²", 450, True),
             ("Hệ thống lọc, chiết chai, đóng nắp", 320, True), ("Xe tải nhẹ giao hàng", 390, True),
             ("Thiết kế bao bì, hộp quà, mã QR", 70, False), ("Vốn lưu động", 630, False)],
        src=[("Vốn góp của cổ đông", 1200), ("Vay Ngân hàng thương mại cổ phần Công Thương", 900)],
        life=10, loan=[900, 700, 500], rate=0.085, tax=0.015, other=[80, 85, 90],
        hist=dict(out=[26000, 28500, 31000], price=[88000, 90000, 92000],
                  margin=[0.11, 0.12, 0.12], pos=[48, 54, 60]),
        plant=dict(rev=(0, 0, 2475.0)),
    ),
    "it07": dict(
        unit="kg",
        products=[("Chè xanh búp, túi 200 g", "túi", 0.2, [60000] * 3, [12000, 14000, 16000]),
                  ("Chè xanh móc câu, hộp 500 g", "hộp", 0.5, [170000] * 3, [2000, 2400, 2800]),
                  ("Chè xanh, túi 1 kg cho quán nước", "túi", 1, [250000] * 3, [1200, 1400, 1600])],
        samples=[("Gói chè dùng thử", "gói 20 g", 0.02, 3000, [5000, 6000, 7000], "mẫu"),
                 ("Hộp quà chè", "hộp 500 g", 0.5, 150000, [150, 200, 250], "quà")],
        cap=(32, 250, "32 kg chè khô/ngày", "250 ngày"),
        raws=[("Búp chè tươi", "Búp chè tươi", "kg", 4.5, 9000,
               [("Đồi chè của tổ viên", [2, 2, 2], "ha", 8500),
                ("Hộ trồng chè thôn Kim Lộc (hợp đồng)", [8, 8, 8], "hộ", 750)])],
        pack_cost=14000, energy=12000,
        chan=[("pos", "Cửa hàng chè, tạp hóa", "điểm", [40, 48, 56, 64], 4, "4 kg/điểm/tháng"),
              ("agent", "Đại lý tại TP Vinh, Hà Nội", "đại lý", [2, 3, 4, 5], 20, "20 kg/đại lý/tháng"),
              ("ocop", "Điểm OCOP, siêu thị", "điểm", [2, 3, 4, 5], 8, "8 kg/điểm/tháng"),
              ("order", "Đơn hàng trực tuyến", "đơn/tháng", [40, 70, 90, 110], 0.8, "0,8 kg/đơn"),
              ("fan", "Người theo dõi fanpage", "người", [1500, 3000, 4500, 6000], None, "")],
        rest="Quán nước, khách mua tại tổ",
        fairs27=[("Hội chợ Xuân Hà Tĩnh", "18 – 24/01/2027", "TP Hà Tĩnh", 9),
                 ("Ngày hội chè Hương Sơn", "20 – 22/3/2027", "Sơn Kim", 6),
                 ("Hội chợ nông sản Bắc Trung Bộ", "08 – 12/4/2027", "TP Vinh", 13),
                 ("Hội chợ OCOP tỉnh Hà Tĩnh", "10 – 14/11/2027", "TP Hà Tĩnh", 11)],
        fairs_next=[(4, 11), (5, 11)],
        mkt=[("fair", "Hội chợ, ngày hội"),
             ("share", "Quảng cáo trực tuyến", 0.012),
             ("smp", "Gói chè dùng thử", [0]),
             ("smp", "Hộp quà chè", [1]),
             ("comm", "Chiết khấu đại lý", "agent", 10000),
             ("fixed", "Tờ rơi, ảnh, video", [10, 8, 8])],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Hái, sơ chế", [2, 2, 3]),
               ("Sao, vò, đóng gói", [3, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6],
        inv=[("Máy sao chè quay, máy vò (bổ sung)", 220, True), ("Máy sấy chè 32 kg khô/ngày", 180, True),
             ("Nhà chế biến 100 m²", 260, True), ("Máy đóng gói hút chân không", 60, True),
             ("Bao bì, hộp quà", 40, False), ("Vốn lưu động", 240, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 300),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[600, 450, 300], rate=0.075, tax=0.015, other=[35, 36, 38],
        hist=dict(out=[3600, 3900, 4200], price=[275000, 282000, 290000],
                  margin=[0.12, 0.13, 0.13], pos=[30, 35, 40]),
        plant=dict(profit=(2, 585.8)),
    ),
    "it08": dict(
        unit="kg",
        products=[("Mực một nắng, túi hút chân không 500 g", "túi", 0.5, [320000] * 3, [9000, 10000, 11000]),
                  ("Mực một nắng loại to, hộp quà 1 kg", "hộp", 1, [650000] * 3, [1500, 1700, 1900]),
                  ("Mực một nắng cỡ nhỏ, khay 300 g", "khay", 0.3, [180000] * 3, [5000, 6000, 7000])],
        samples=[("Khay mực nướng mời thử", "khay 100 g", 0.1, 50000, [1500, 1800, 2000], "mẫu"),
                 ("Hộp quà mực", "hộp 1 kg", 1, 450000, [60, 70, 80], "quà")],
        cap=(45, 280, "45 kg thành phẩm/ngày", "280 ngày"),
        raws=[("Mực ống tươi", "Mực tươi", "kg", 1.6, 190000,
               [("Tàu câu mực của ngư dân (hợp đồng)", [12, 12, 12], "tàu", 1200),
                ("Vựa hải sản cảng Xuân Hội", [1, 1, 1], "vựa", 4000)])],
        pack_cost=20000, energy=15000,
        chan=[("pos", "Cửa hàng hải sản, đặc sản", "điểm", [30, 36, 42, 48], 6, "6 kg/điểm/tháng"),
              ("agent", "Đại lý tại Hà Nội, TP Vinh, Đà Nẵng", "đại lý", [2, 3, 4, 5], 30, "30 kg/đại lý/tháng"),
              ("ocop", "Siêu thị, điểm OCOP", "điểm", [2, 4, 5, 6], 10, "10 kg/điểm/tháng"),
              ("order", "Đơn hàng trực tuyến", "đơn/tháng", [80, 150, 180, 210], 1, "1 kg/đơn"),
              ("shop", "Gian hàng thương mại điện tử", "gian hàng", [1, 2, 3, 3], None, ""),
              ("fan", "Người theo dõi fanpage, TikTok", "người", [5000, 10000, 15000, 20000], None, "")],
        rest="Nhà hàng, khách du lịch mua tại cửa hàng",
        fairs27=[("Hội chợ Xuân Hà Tĩnh", "18 – 24/01/2027", "TP Hà Tĩnh", 12),
                 ("Lễ hội du lịch biển Thiên Cầm", "30/4 – 02/5/2027", "Thiên Cầm", 10),
                 ("Hội chợ thủy sản miền Trung", "15 – 19/7/2027", "TP Đà Nẵng", 30),
                 ("Tuần hàng OCOP Hà Tĩnh tại Hà Nội", "20 – 24/9/2027", "Hà Nội", 28),
                 ("Hội chợ OCOP tỉnh Hà Tĩnh", "10 – 14/11/2027", "TP Hà Tĩnh", 14)],
        fairs_next=[(6, 17), (6, 18)],
        mkt=[("fair", "Hội chợ, lễ hội"),
             ("share", "Quảng cáo trực tuyến", 0.012),
             ("smp", "Mực nướng mời thử", [0]),
             ("smp", "Hộp quà tặng", [1]),
             ("comm", "Chiết khấu đại lý", "agent", 20000),
             ("fixed", "Ảnh, video, livestream", [25, 20, 20])],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Mổ, làm sạch, phơi mực", [4, 4, 5]),
               ("Cấp đông, đóng gói, kho", [2, 2, 2]), ("Bán hàng, livestream", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1],
        inv=[("Phòng chế biến 120 m²", 420, True), ("Giàn phơi inox có mái che, máy sấy lạnh", 380, True),
             ("Kho cấp đông 20 m³, tủ đông", 350, True), ("Máy hút chân không, máy hàn khay", 90, True),
             ("Bao bì, hộp quà", 60, False), ("Vốn lưu động", 900, False)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 900)],
        life=10, loan=[900, 700, 500], rate=0.08, tax=0.015, other=[80, 85, 90],
        hist=dict(out=[5600, 6200, 6800], price=[600000, 615000, 630000],
                  margin=[0.10, 0.11, 0.11], pos=[22, 26, 30]),
    ),
    "it09": dict(
        unit="kg",
        products=[("Giò bò, cây 500 g", "cây", 0.5, [210000] * 3, [6000, 10800, 18360]),
                  ("Giò bò, cây 1 kg", "cây", 1, [400000] * 3, [2500, 4500, 7650]),
                  ("Chả bò chiên, túi 500 g", "túi", 0.5, [190000] * 3, [3000, 5400, 9180])],
        samples=[("Suất giò cắt lát mời thử", "đĩa 50 g", 0.05, 12000, [2000, 2500, 3000], "mẫu"),
                 ("Cây giò biếu đối tác", "cây 1 kg", 1, 300000, [50, 60, 70], "quà")],
        cap=(160, 300, "2 máy × 80 kg/ngày", "300 ngày"),
        raws=[("Thịt bò tươi", "Thịt bò", "kg", 1.0, 240000,
               [("Cơ sở giết mổ Đức Thọ Phát (hợp đồng)", [1, 1, 1], "cơ sở", 25000)])],
        pack_cost=10000, energy=8000,
        chan=[("pos", "Quán ăn, cửa hàng thực phẩm", "điểm", [20, 24, 30, 36], 12, "12 kg/điểm/tháng"),
              ("agent", "Đại lý tại TP Hà Tĩnh, TP Vinh", "đại lý", [1, 2, 3, 4], 50, "50 kg/đại lý/tháng"),
              ("order", "Đơn hàng trực tuyến", "đơn/tháng", [100, 150, 400, 1000], 1, "1 kg/đơn"),
              ("shop", "Gian hàng thương mại điện tử", "gian hàng", [0, 1, 2, 3], None, ""),
              ("fan", "Người theo dõi fanpage, TikTok", "người", [3000, 5000, 15000, 45000], None, "")],
        rest="Bán tại cửa hàng của hộ, đặt cỗ, đặt tiệc",
        fairs27=[("Hội chợ Xuân Hà Tĩnh", "18 – 24/01/2027", "TP Hà Tĩnh", 10),
                 ("[tên hội chợ]", "……", "……", 0),
                 ("Hội chợ ẩm thực Bắc Trung Bộ", "05 – 09/7/2027", "TP Vinh", 14),
                 ("Hội chợ OCOP tỉnh Hà Tĩnh", "10 – 14/11/2027", "TP Hà Tĩnh", 12)],
        fairs_next=[(3, 12), (3, 12)],
        mkt=[("fair", "Hội chợ"),
             ("share", "Quảng cáo trực tuyến", 0.01),
             ("smp", "Giò mời thử, giò biếu", [0, 1]),
             ("fixed", "Chụp ảnh, quay video", [10, 8, 8])],
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Xay, giã, gói giò", [3, 3, 3]),
               ("Luộc, chiên, đóng gói, giao hàng", [1, 1, 1])],
        wage=[6.5, 6.8, 7.0],
        inv=[("Máy xay giã giò thứ hai 80 kg/ngày", 120, True), ("Tủ đông, tủ mát bảo quản", 90, True),
             ("Nồi luộc, chảo chiên công nghiệp", 60, True), ("Cải tạo bếp chế biến 50 m²", 130, True),
             ("Thiết kế bao bì", 20, False), ("Vốn lưu động", 280, False)],
        src=[("Vốn tự có của hộ", 380), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 320)],
        life=8, loan=[320, 240, 160], rate=0.08, tax=0.015, other=[30, 30, 30],
        hist=dict(out=[5200, 5600, 6000], price=[360000, 370000, 380000],
                  margin=[0.10, 0.11, 0.11], pos=[14, 17, 20]),
    ),
    "it10": dict(
        unit="kg",
        products=[("Bột sắn dây nguyên chất, túi 500 g", "túi", 0.5, [85000] * 3, [9000, 10800, 13000]),
                  ("Bột sắn dây, hộp 1 kg", "hộp", 1, [160000] * 3, [2000, 2400, 2900]),
                  ("Bột sắn dây ướp hoa bưởi, hũ 300 g", "hũ", 0.3, [65000] * 3, [5000, 6000, 7200])],
        samples=[("Gói bột dùng thử", "gói 30 g", 0.03, 2500, [4000, 5000, 6000], "mẫu"),
                 ("Hộp quà bột sắn dây", "hộp 1 kg", 1, 130000, [80, 100, 120], "quà")],
        cap=(40, 250, "2 máy sấy × 20 kg bột/ngày", "250 ngày"),
        raws=[("Củ sắn dây tươi", "Củ sắn dây", "kg", 7.0, 5000,
               [("Vùng sắn dây của thành viên", [4, 4, 4], "ha", 20000),
                ("Hộ trồng liên kết", [10, 10, 10], "hộ", 1500)])],
        pack_cost=9000, energy=8000,
        chan=[("pos", "Cửa hàng tạp hóa, đặc sản", "điểm", [40, 50, 60, 72], 6, "6 kg/điểm/tháng"),
              ("agent", "Đại lý cấp 1", "đại lý", [2, 3, 4, 5], 40, "40 kg/đại lý/tháng"),
              ("ocop", "Siêu thị, điểm OCOP", "điểm", [2, 3, 4, 5], 12, "12 kg/điểm/tháng"),
              ("order", "Đơn hàng trực tuyến", "đơn/tháng", [40, 70, 90, 110], 1.2, "1,2 kg/đơn"),
              ("shop", "Gian hàng thương mại điện tử", "gian hàng", [1, 1, 2, 2], None, ""),
              ("fan", "Người theo dõi fanpage", "người", [2000, 4000, 6000, 8000], None, "")],
        rest="Bán tại hợp tác xã, khách quen",
        fairs27=[("Hội chợ Xuân Hà Tĩnh", "18 – 24/01/2027", "TP Hà Tĩnh", 10),
                 ("Hội chợ nông sản Bắc Trung Bộ", "08 – 12/4/2027", "TP Vinh", 14),
                 ("Phiên chợ sản phẩm OCOP huyện Hương Khê", "15 – 16/8/2027", "Hương Khê", 5),
                 ("Hội chợ OCOP tỉnh Hà Tĩnh", "10 – 14/11/2027", "TP Hà Tĩnh", 12)],
        fairs_next=[(5, 12), (5, 12)],
        mkt=[("fair", "Hội chợ, phiên chợ"),
             ("share", "Quảng cáo trực tuyến", 0.01),
             ("smp", "Gói dùng thử", [0]),
             ("smp", "Hộp quà tặng", [1]),
             ("points", "Kệ trưng bày tại điểm bán", ["pos", "ocop"], 0.2),
             ("comm", "Chiết khấu đại lý", "agent", 6000),
             ("fixed", "Tờ rơi, ảnh sản phẩm", [10, 8, 8])],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Rửa, nghiền, lọc, lắng", [3, 3, 3]),
               ("Sấy, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.0],
        inv=[("Máy rửa, máy nghiền củ", 150, True), ("Bể lắng, lọc inox", 160, True),
             ("Hai máy sấy bột 20 kg/ngày", 240, True), ("Nhà xưởng 150 m²", 300, True),
             ("Bao bì, hộp quà", 40, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của thành viên", 550), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, tax=0.015, other=[35, 36, 38],
        hist=dict(out=[6000, 6600, 7200], price=[160000, 165000, 170000],
                  margin=[0.12, 0.13, 0.13], pos=[30, 35, 40]),
    ),
}
# --------------------------------------------------------------------------- meta: titles, verdicts
TITLES = dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026", raw="Nguồn nguyên liệu và nhu cầu",
              prod="Kế hoạch sản xuất và công suất", chan="Chỉ tiêu phát triển kênh phân phối",
              vol="Sản lượng tiêu thụ theo kênh", fairs="Hội chợ, sự kiện năm 2027",
              smp="Hàng mẫu dùng thử và quà tặng", mkt="Ngân sách marketing 2027 – 2029",
              staff="Lao động và tiền lương", inv="Tổng vốn đầu tư", src="Nguồn vốn",
              rev="Doanh thu dự kiến", cost="Chi phí sản xuất kinh doanh", sum="Hiệu quả kinh tế",
              qtr="Kế hoạch quảng bá năm 2027 theo quý", comp="So sánh giá với sản phẩm cùng loại")
META = {
    "it01": dict(stem="it01_keo_cu_do_lam_hong_cty", verdict="ready", rules=[],
                 quarters=[0.30, 0.20, 0.25]),
    "it02": dict(stem="it02_mat_ong_ngan_truoi_htx", verdict="ready", rules=[]),
    "it03": dict(stem="it03_tra_ca_gai_leo_son_bang_tht", verdict="ready", rules=[]),
    "it04": dict(stem="it04_hop_go_my_nghe_duc_thinh_hkd", verdict="ready", rules=[]),
    "it05": dict(stem="it05_ruou_nep_sim_thuan_loc_htx", verdict="revise",
                 rules=["no-alcohol-license", "table-total-mismatch", "payback-mismatch"]),
    "it06": dict(stem="it06_nuoc_mam_loc_hai_ctcp", verdict="revise",
                 rules=["no-environment-measures", "revenue-mismatch", "figure-inconsistent"],
                 quarters=[0.25, 0.20, 0.30]),
    "it07": dict(stem="it07_che_xanh_son_kim_tht", verdict="revise",
                 rules=["material-shortfall", "no-product-standard", "profit-mismatch"], no_need_row=True),
    "it08": dict(stem="it08_muc_mot_nang_xuan_hoi_cty", verdict="revise",
                 rules=["no-food-safety", "capital-mismatch", "no-quality-control"],
                 quarters=[0.30, 0.15, 0.30]),
    "it09": dict(stem="it09_gio_bo_hanh_nguyen_hkd", verdict="revise",
                 rules=["unrealistic-growth", "no-label-plan", "boilerplate"]),
    "it10": dict(stem="it10_bot_san_day_phuc_dong_htx", verdict="revise",
                 rules=["outdated-policy", "no-trademark", "capacity-exceeded"], no_use_row=True),
}
for _k, _m in META.items():
    PLANS[_k].update(_m)
    PLANS[_k]["titles"] = {**TITLES, **PLANS[_k].get("titles", {})}
SKETCHY = {"it11": "it11_tuong_nep_so_sai", "it12": "it12_non_la_so_sai"}
# --------------------------------------------------------------------------- the model
from decimal import Decimal, ROUND_HALF_UP

Y = range(3)


def rd(x: float, nd: int = 1) -> float:
    """Round half up to nd decimals (as a person with a calculator does)."""
    return float(Decimal(repr(float(x))).quantize(Decimal(1).scaleb(-nd), ROUND_HALF_UP))


def fnum(x: float, nd: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    x = rd(x, nd)
    s = f"{abs(x):,.{nd}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s


def model(P: dict, planted: bool = True) -> dict:
    """Every figure the plan prints, from its constants. planted=False gives the true values
    (the planted cells recomputed); planted=True what the plan prints (planted cells as printed,
    their knock-on figures following them)."""
    pl = P.get("plant", {}) if planted else {}
    m: dict = {}
    prods = P["products"]  # (label, pack word, size, [price đ x3], [packs x3])
    m["q"] = [p[4] for p in prods]
    m["price"] = [p[3] for p in prods]
    m["sold"] = [rd(sum(p[4][y] * p[2] for p in prods), 2) for y in Y]
    smp = P["samples"]  # (label, spec, size, cost đ, [qty x3], kind)
    m["smp_qty"] = [s[4] for s in smp]
    m["smp_base"] = [rd(sum(s[4][y] * s[2] for s in smp), 2) for y in Y]
    m["prod"] = [rd(m["sold"][y] + m["smp_base"][y], 2) for y in Y]
    rating, days = P["cap"][0], P["cap"][1]
    rating = rating if isinstance(rating, list) else [rating] * 3
    m["cap"] = [rating[y] * days for y in Y]
    m["use"] = [rd(m["prod"][y] / m["cap"][y] * 100, 1) for y in Y]
    if "use" in pl:
        m["use"] = list(pl["use"])
    # raw materials
    m["need"], m["supply"], m["supply_tot"] = [], [], []
    for r in P["raws"]:  # (label, short, unit, norm, price đ, [(label, [count x3], word, yield)])
        m["need"].append([rd(m["prod"][y] * r[3], 0) for y in Y])
        rows = [[c * s[3] for c in s[1]] for s in r[5]]
        m["supply"].append(rows)
        m["supply_tot"].append([sum(x[y] for x in rows) for y in Y])
    # channels (key, label, unit word, [count 2026..2029], per month base units or None, basis text)
    m["count"] = {c[0]: c[3] for c in P["chan"]}
    m["vol"] = {c[0]: [rd(c[3][y + 1] * c[4] * 12, 2) for y in Y] for c in P["chan"] if c[4]}
    m["rest"] = [rd(m["sold"][y] - sum(v[y] for v in m["vol"].values()), 2) for y in Y]
    # fairs
    m["fair"] = [rd(sum(f[3] for f in P["fairs27"]), 1)] + [rd(n * a, 1) for n, a in P["fairs_next"]]
    # staff
    m["staff"] = [sum(r[1][y] for r in P["roles"]) for y in Y]
    m["fund"] = [rd(m["staff"][y] * P["wage"][y] * 12, 1) for y in Y]
    # investment and sources
    m["inv_tot"] = rd(sum(i[1] for i in P["inv"]), 1)
    m["fixed"] = rd(sum(i[1] for i in P["inv"] if i[2]), 1)
    m["src_tot"] = rd(sum(s[1] for s in P["src"]), 1)
    m["src_pct"] = [rd(s[1] / m["src_tot"] * 100, 1) for s in P["src"]]
    m["dep"] = rd(m["fixed"] / P["life"], 1)
    m["interest"] = [rd(P["loan"][y] * P["rate"], 1) for y in Y]
    # revenue
    m["rev"] = [[rd(p[4][y] * p[3][y] / 1e6, 1) for y in Y] for p in prods]
    if "rev" in pl:
        i, y, v = pl["rev"]
        m["rev"][i][y] = v
    m["rev_tot"] = [rd(sum(r[y] for r in m["rev"]), 1) for y in Y]
    # marketing budget
    lines = []
    for ln in P["mkt"]:
        kind = ln[0]
        if kind == "fair":
            v = m["fair"]
        elif kind == "share":
            v = [rd(ln[2] * m["rev_tot"][y], 1) for y in Y]
        elif kind == "points":
            v = [rd(sum(m["count"][k][y + 1] for k in ln[2]) * ln[3], 1) for y in Y]
        elif kind == "comm":
            v = [rd(m["vol"][ln[2]][y] * ln[3] / 1e6, 1) for y in Y]
        elif kind == "smp":
            v = [rd(sum(smp[i][4][y] * smp[i][3] for i in ln[2]) / 1e6, 1) for y in Y]
        elif kind == "fixed":
            v = list(ln[2])
        else:
            raise ValueError(kind)
        lines.append(v)
    m["mkt"] = lines
    m["mkt_sum"] = [rd(sum(v[y] for v in lines), 1) for y in Y]
    m["mkt_tot"] = list(m["mkt_sum"])
    if "mkt_tot" in pl:
        y, v = pl["mkt_tot"]
        m["mkt_tot"][y] = v
    m["mkt_pct"] = [rd(m["mkt_tot"][y] / m["rev_tot"][y] * 100, 1) for y in Y]
    if "quarters" in P:  # the 2027 budget spread over the quarters by the stated shares
        q = [rd(sh * m["mkt_tot"][0], 1) for sh in P["quarters"][:3]]
        m["qtr"] = q + [rd(m["mkt_tot"][0] - sum(q), 1)]
    # costs
    costs = []
    for r, need in zip(P["raws"], m["need"]):
        costs.append([rd(need[y] * r[4] / 1e6, 1) for y in Y])
    costs.append([rd(m["prod"][y] * P["pack_cost"] / 1e6, 1) for y in Y])
    costs.append([rd(m["prod"][y] * P["energy"] / 1e6, 1) for y in Y])
    costs.append(list(m["fund"]))
    costs.append([m["dep"]] * 3)
    costs.append(list(m["interest"]))
    costs.append(list(m["mkt_sum"]))
    costs.append([rd(P["tax"] * m["rev_tot"][y], 1) for y in Y])
    costs.append(list(P["other"]))
    m["costs"] = costs
    m["cost_tot"] = [rd(sum(c[y] for c in costs), 1) for y in Y]
    if "cost_tot" in pl:
        y, v = pl["cost_tot"]
        m["cost_tot"][y] = v
    m["profit"] = [rd(m["rev_tot"][y] - m["cost_tot"][y], 1) for y in Y]
    if "profit" in pl:
        y, v = pl["profit"]
        m["profit"][y] = v
    m["margin"] = [rd(m["profit"][y] / m["rev_tot"][y] * 100, 1) for y in Y]
    m["avg_profit"] = rd(sum(m["profit"]) / 3, 1)
    m["payback"] = rd(m["inv_tot"] / (m["avg_profit"] + m["dep"]), 1)
    if "payback" in pl:
        m["payback"] = pl["payback"]
    # history 2024-2026
    h = P["hist"]
    m["h_rev"] = [rd(h["out"][y] * h["price"][y] / 1e6, 1) for y in Y]
    m["h_profit"] = [rd(m["h_rev"][y] * h["margin"][y], 1) for y in Y]
    return m
# --------------------------------------------------------------------------- labels and captions
# Row labels the tables use (a plan may override some in P["lab"]) and the captions' titles.
LAB = dict(sold="Sản lượng bán", smp="Hàng mẫu, quà tặng", prod="Sản lượng sản xuất",
           cap="Công suất thiết kế", use="Mức sử dụng công suất", supply="Cộng nguồn cung",
           need="Nhu cầu", spare="Còn dư", chan_tot="Tổng sản lượng bán", fair_tot="Cộng năm 2027",
           smp_base="Quy ra sản phẩm", mkt_tot="Tổng ngân sách marketing",
           mkt_pct="Tỷ lệ so với doanh thu", staff="Tổng số lao động", wage="Lương bình quân",
           fund="Quỹ lương", inv_tot="Tổng vốn đầu tư", src_tot="Tổng nguồn vốn",
           rev_tot="Tổng doanh thu", cost_tot="Tổng chi phí", rev="Doanh thu", profit="Lợi nhuận",
           margin="Tỷ suất lợi nhuận", mkt_share="Chi phí marketing/doanh thu",
           h_out="Sản lượng", h_price="Giá bán bình quân", h_rev="Doanh thu", h_profit="Lợi nhuận",
           h_pos="Số điểm bán", dep="Khấu hao", interest="Lãi vay", pack="Bao bì",
           energy="Điện, nước", tax="Thuế, phí", other="Chi phí khác", mkt_cost="Marketing, bán hàng",
           wages="Tiền lương")


def lab(P: dict, key: str) -> str:
    return P.get("lab", {}).get(key, LAB[key])


# --------------------------------------------------------------------------- reading the plan
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[str, list[list[str]]] = {}
        title, rows, inside = None, [], False
        for line in self.body.splitlines():
            t = line.strip().replace("**", "")
            m = re.match(r"^Bảng \d+[.:]\s*(.+)$", t)
            if m:
                if title and rows:
                    self.tables[title] = rows
                title, rows, inside = m.group(1).strip(), [], False
                continue
            if t.startswith("|"):
                inside = True
                rows.append([c.strip() for c in t.strip("|").split("|")])
            elif inside and t:
                if title:
                    self.tables[title] = rows
                title, rows, inside = None, [], False
        if title and rows:
            self.tables[title] = rows

    def table(self, title: str) -> list[list[str]]:
        for t, rows in self.tables.items():
            if t.startswith(title):
                return rows
        self.failures.append(f"table not found: {title}")
        return []

    def trow(self, title: str, label: str, n: int = 3) -> list[float]:
        exact = label.endswith("|")
        lab_ = label.rstrip(" |")
        for r in self.table(title):
            if any((c == lab_) if exact else c.startswith(lab_) for c in r[:2]):
                nums = [x for x in r[1:] if re.fullmatch(r"[\d.]+(,\d+)?", x)]
                if len(nums) >= n:
                    return [vn(x) for x in nums[-n:]]
        self.failures.append(f"row not found: {title} / {label}")
        return [0.0] * n

    def eq(self, got, want, what: str, tol: float = 0.01) -> None:
        got = got if isinstance(got, list) else [got]
        want = want if isinstance(want, list) else [want]
        for y, (g, w) in enumerate(zip(got, want)):
            if not (close(g, w, tol) or abs(g - w) <= 0.11):
                self.failures.append(f"{what} [{y}]: printed {g}, computed {w}")

    def wrong(self, got: float, true: float, what: str) -> None:
        """A planted figure: must be off the true value by more than 5 %."""
        if not off(got, true):
            self.failures.append(f"planted {what}: printed {got} is not >5 % off the true {true}")


def T(P: dict, key: str) -> str:
    return P["titles"][key]


def check_full(p: Plan, P: dict) -> None:
    """Every table of a full plan against the model (printed values, planted cells following
    their planted value), then the planted cells against the true model."""
    m = model(P, planted=True)
    unit = P["unit"]
    # history
    t = T(P, "hist")
    p.eq(p.trow(t, lab(P, "h_out")), P["hist"]["out"], "history output")
    p.eq(p.trow(t, lab(P, "h_price")), P["hist"]["price"], "history price")
    p.eq(p.trow(t, lab(P, "h_rev")), m["h_rev"], "history revenue")
    p.eq(p.trow(t, lab(P, "h_profit")), m["h_profit"], "history profit")
    p.eq(p.trow(t, lab(P, "h_pos")), P["hist"]["pos"], "history points of sale")
    # raw materials: supply rows, totals, need, spare
    t = T(P, "raw")
    for r, rows, tot, need in zip(P["raws"], m["supply"], m["supply_tot"], m["need"]):
        for s, vals in zip(r[5], rows):
            p.eq(p.trow(t, s[0]), vals, f"supply {s[0]}")
        many = len(P["raws"]) > 1
        sfx = f" {r[1].lower()}" if many else ""
        p.eq(p.trow(t, lab(P, "supply") + sfx), tot, f"supply total {r[1]}")
        if not P.get("no_need_row"):
            p.eq(p.trow(t, lab(P, "need") + sfx), need, f"need {r[1]}")
            p.eq(p.trow(t, lab(P, "spare") + sfx), [tot[y] - need[y] for y in Y], f"spare {r[1]}")
    # output plan and capacity
    t = T(P, "prod")
    for pr, q in zip(P["products"], m["q"]):
        p.eq(p.trow(t, pr[0]), q, f"packs {pr[0]}")
    p.eq(p.trow(t, lab(P, "sold")), m["sold"], "sold")
    p.eq(p.trow(t, lab(P, "smp")), m["smp_base"], "samples in base units")
    p.eq(p.trow(t, lab(P, "prod")), m["prod"], "output")
    p.eq(p.trow(t, lab(P, "cap")), m["cap"], "capacity")
    if not P.get("no_use_row"):
        p.eq(p.trow(t, lab(P, "use")), m["use"], "capacity use")
    # channel targets (2026-2029) and volumes by channel
    t = T(P, "chan")
    for c in P["chan"]:
        p.eq(p.trow(t, c[1], 4), c[3], f"channel target {c[1]}")
    t = T(P, "vol")
    for c in P["chan"]:
        if c[4]:
            p.eq(p.trow(t, c[1]), m["vol"][c[0]], f"channel volume {c[1]}")
    p.eq(p.trow(t, P["rest"]), m["rest"], "channel remainder")
    p.eq(p.trow(t, lab(P, "chan_tot")), m["sold"], "channel total")
    # fairs of 2027
    t = T(P, "fairs")
    for f in P["fairs27"]:
        if f[3]:
            p.eq(p.trow(t, f[0], 1), [f[3]], f"fair {f[0]}")
    p.eq(p.trow(t, lab(P, "fair_tot"), 1), [m["fair"][0]], "fairs 2027 total")
    # samples and gifts
    t = T(P, "smp")
    for s in P["samples"]:
        p.eq(p.trow(t, s[0], 4), [s[3]] + s[4], f"samples {s[0]}")
    p.eq(p.trow(t, lab(P, "smp_base")), m["smp_base"], "samples in base units")
    # marketing budget
    t = T(P, "mkt")
    for ln, v in zip(P["mkt"], m["mkt"]):
        p.eq(p.trow(t, ln[1]), v, f"marketing line {ln[1]}")
    p.eq(p.trow(t, lab(P, "mkt_tot")), m["mkt_tot"], "marketing total")
    p.eq(p.trow(t, lab(P, "mkt_pct")), m["mkt_pct"], "marketing share of revenue")
    # staff
    t = T(P, "staff")
    for r in P["roles"]:
        p.eq(p.trow(t, r[0]), r[1], f"staff {r[0]}")
    p.eq(p.trow(t, lab(P, "staff")), m["staff"], "staff total")
    p.eq(p.trow(t, lab(P, "wage")), P["wage"], "wage")
    p.eq(p.trow(t, lab(P, "fund")), m["fund"], "wage fund")
    # investment and sources
    t = T(P, "inv")
    for i in P["inv"]:
        p.eq(p.trow(t, i[0], 1), [i[1]], f"investment {i[0]}")
    p.eq(p.trow(t, lab(P, "inv_tot"), 1), [m["inv_tot"]], "investment total")
    t = T(P, "src")
    for s, pct in zip(P["src"], m["src_pct"]):
        p.eq(p.trow(t, s[0], 2), [s[1], pct], f"source {s[0]}")
    p.eq(p.trow(t, lab(P, "src_tot"), 2), [m["src_tot"], 100.0], "sources total")
    # revenue
    t = T(P, "rev")
    for pr, v in zip(P["products"], m["rev"]):
        p.eq(p.trow(t, pr[0]), v, f"revenue {pr[0]}")
        p.eq(p.trow(t, pr[0], 4)[0], pr[3][0], f"price {pr[0]}")
    p.eq(p.trow(t, lab(P, "rev_tot")), m["rev_tot"], "revenue total")
    # costs
    t = T(P, "cost")
    labels = [r[1] for r in P["raws"]] + [lab(P, k) for k in
                                          ("pack", "energy", "wages", "dep", "interest", "mkt_cost", "tax", "other")]
    for lb, v in zip(labels, m["costs"]):
        p.eq(p.trow(t, lb), v, f"cost {lb}")
    p.eq(p.trow(t, lab(P, "cost_tot")), m["cost_tot"], "cost total")
    # summary
    t = T(P, "sum")
    p.eq(p.trow(t, lab(P, "rev") + " |"), m["rev_tot"], "summary revenue")
    p.eq(p.trow(t, lab(P, "cost_tot")), m["cost_tot"], "summary cost")
    p.eq(p.trow(t, lab(P, "profit")), m["profit"], "summary profit")
    p.eq(p.trow(t, lab(P, "margin")), m["margin"], "summary margin")
    p.eq(p.trow(t, lab(P, "mkt_share")), m["mkt_pct"], "summary marketing share")
    # the quarterly promotion plan, where there is one
    if "quarters" in P:
        t = T(P, "qtr")
        p.eq(p.trow(t, lab(P, "mkt_tot"), 1), [m["mkt_tot"][0]], "quarterly plan total")
        p.eq(sum(m["qtr"]), m["mkt_tot"][0], "quarters add up")
        for i, v in enumerate(m["qtr"]):
            p.eq(p.trow(t, f"Quý {'I II III IV'.split()[i]} |", 1), [v], f"quarter {i + 1}")
    # payback as stated
    p.has("hoàn vốn")
    p.has(f"{fnum(m['payback'], 1)} năm")
    # realism where nothing is planted
    planted = set(P["rules"])
    true = model(P, planted=False)
    for y in Y:
        if "material-shortfall" not in planted:
            for need, sup in zip(true["need"], true["supply_tot"]):
                p.check(need[y] <= sup[y], f"material need {need[y]} over supply {sup[y]} ({y})")
        if "capacity-exceeded" not in planted:
            p.check(true["prod"][y] <= true["cap"][y] * (0.85 if P["verdict"] == "ready" else 0.95),
                    f"output {true['prod'][y]} near or over capacity {true['cap'][y]}")
        p.check(true["rest"][y] > 0, f"channel remainder not positive ({y})")
        p.check(0 < true["margin"][y] < 35, f"margin {true['margin'][y]} out of 0-35 % ({y})")
        if "unrealistic-growth" not in planted and y:
            p.check(true["rev_tot"][y] / true["rev_tot"][y - 1] < 1.35, f"revenue growth ({y})")
    p.check(true["sold"][0] / P["hist"]["out"][2] < 1.3, "2027 output more than +30 % over 2026")
    if "capital-mismatch" not in planted:
        p.eq(m["src_tot"], m["inv_tot"], "sources = investment")
    p.lacks(PLACEHOLDER, "template placeholder") if "boilerplate" not in planted else None
    return m, true


# --------------------------------------------------------------------------- per-plan checks
def ready_checks(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
          "kết quả thử nghiệm", "nhãn hiệu", "truy xuất", "nhật ký")
    p.lacks(REPLACED, "replaced instrument or abolished level")
    for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", p.body):
        p.check(int(d) >= 2029, f"a paper valid only to {d}")


def none_of(p: Plan, words: list[str], what: str) -> None:
    for w in words:
        p.lacks(r"(?<!\w)" + re.escape(w) + r"(?!\w)", what)


def check(stem_key: str) -> Plan:
    P = PLANS.get(stem_key)
    if P is None:
        return check_sketchy(stem_key)
    p = Plan(P["stem"])
    m, true = check_full(p, P)
    k = stem_key
    if P["verdict"] == "ready":
        ready_checks(p)
    if k == "it01":
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố", "đăng ký môi trường")
    if k == "it02":
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố",
              "không ghi công dụng chữa bệnh", "Luật Hợp tác xã năm 2023")
    if k == "it03":
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "tự công bố",
              "không ghi công dụng chữa bệnh", "tổ hợp tác")
        p.lacks(r"chữa (bệnh )?gan|điều trị|giải độc gan|hỗ trợ điều trị", "health claim")
    if k == "it04":
        p.has("không phải là thực phẩm", "thẻ treo", "hút bụi", "nguồn gốc hợp pháp")
    if k == "it05":  # no-alcohol-license; table-total-mismatch; payback-mismatch
        none_of(p, ["giấy phép", "cấp phép", "105/2017", "17/2020", "105/2017/NĐ-CP",
                    "sản xuất rượu thủ công nhằm mục đích kinh doanh"], "alcohol licence mentioned")
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "cảnh báo", "biogas")
        p.wrong(m["mkt_tot"][1], true["mkt_sum"][1], "marketing total 2028 (sum of its lines)")
        p.wrong(m["payback"], true["payback"], "payback")
        p.has(f"khoảng {fnum(P['plant']['payback'], 1)} năm")
    if k == "it06":  # no-environment-measures; revenue-mismatch; figure-inconsistent
        none_of(p, ["môi trường", "nước thải", "chất thải", "mùi", "xử lý", "bể lắng", "biogas",
                    "rác", "ô nhiễm", "khí thải"], "environment mentioned")
        i, y, v = P["plant"]["rev"]
        pr = P["products"][i]
        p.wrong(m["rev"][i][y], true["rev"][i][y], f"revenue {pr[0]} {YEARS[y]}")
        p.has("20 đại lý cấp 1")
        p.check(P["chan"][1][3][1] == 12, "agents 2027 in the table")
        p.wrong(20, P["chan"][1][3][1], "agents 2027 in the text vs the table")
    if k == "it07":  # material-shortfall; no-product-standard; profit-mismatch
        for y in (1, 2):
            need, sup = true["need"][0][y], true["supply_tot"][0][y]
            p.wrong(sup, need, f"fresh-leaf supply {YEARS[y]} against need")
            p.check(need > sup, f"need {need} not over supply {sup}")
        p.has("4,5 kg búp tươi")
        none_of(p, ["tiêu chuẩn", "TCCS", "công bố", "tự công bố", "kiểm nghiệm", "thử nghiệm",
                    "QCVN", "TCVN", "quy chuẩn", "chỉ tiêu chất lượng"], "product standard mentioned")
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "nhãn hiệu", "truy xuất")
        y, v = P["plant"]["profit"]
        p.wrong(v, rd(true["rev_tot"][y] - true["cost_tot"][y], 1), f"profit {YEARS[y]}")
    if k == "it08":  # no-food-safety; capital-mismatch; no-quality-control
        none_of(p, ["an toàn thực phẩm", "ATTP", "đủ điều kiện", "15/2018", "vệ sinh thực phẩm",
                    "cam kết", "HACCP", "ISO"], "food safety mentioned")
        none_of(p, ["truy xuất", "nhật ký", "QR", "mã lô", "số lô", "lô", "kiểm soát nội bộ",
                    "lưu mẫu", "tem", "mã vạch"], "quality control mentioned")
        p.wrong(m["src_tot"], m["inv_tot"], "sources total against investment")
        p.has("tự công bố", "nhãn hiệu", "43/2017/NĐ-CP", "nước thải")
    if k == "it09":  # unrealistic-growth; no-label-plan; boilerplate
        g = [true["prod"][y] / true["prod"][y - 1] - 1 for y in (1, 2)]
        p.check(min(g) > 0.5, f"output growth {g} not unrealistic")
        p.check(len(set(true["staff"])) == 1, "staff changes")
        none_of(p, ["ghi nhãn", "43/2017", "111/2021", "tem", "mã vạch", "bao bì ghi"], "label mentioned")
        p.lacks(r"(?<!\w)nhãn(?! hiệu)", "label mentioned")
        p.has("nhãn hiệu")
        p.check(bool(re.search(PLACEHOLDER, p.body)), "no template placeholder")
    if k == "it10":  # outdated-policy; no-trademark; capacity-exceeded
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
        none_of(p, ["148/QĐ-TTg", "1489/QĐ-TTg"], "current instrument cited")
        none_of(p, ["nhãn hiệu", "thương hiệu", "sở hữu trí tuệ", "logo", "bảo hộ"], "trademark mentioned")
        p.wrong(true["prod"][2], true["cap"][2], "2029 output against the dryers' capacity")
        p.check(true["prod"][2] > true["cap"][2], "2029 output within capacity")
    return p


def check_sketchy(k: str) -> Plan:
    p = Plan(SKETCHY[k])
    words = len(re.findall(r"\w+", p.body))
    p.check(150 <= words <= 350, f"{words} words")
    p.check(not p.rows, "a table")
    none_of(p, ["tiêu chuẩn cơ sở", "tự công bố", "an toàn thực phẩm", "nhãn hiệu", "truy xuất"],
            "a paper the sketchy plan lacks")
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


def main(argv: list[str] | None = None) -> int:
    keys = list(argv) if argv else list(PLANS) + list(SKETCHY)
    plans = [check(k[:4]) for k in keys]
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
