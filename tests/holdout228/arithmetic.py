"""Holdout set 228: every number of every plan recomputed from the constants below.

    .venv/bin/python tests/holdout228/arithmetic.py [hu01 hu05 ...]

Theme: plans whose first year (or first two) makes a loss. The loss is printed as "-247,1",
"(247,1)", "–247,1" or "Lỗ 247,1" in the tables and as "lỗ … triệu đồng" / "âm … triệu đồng" in the
prose; the cumulative profit and the cumulative cash flow (investment at the start, then profit +
depreciation each year) turn positive later, and the payback period is read off the cumulative cash
flow: payback = full years before the year it turns positive + what was still missing / that year's
cash flow.

`model()` turns a plan's constants into every figure it prints: packs × price = revenue lines,
output = Σ packs × size, raw material need = output × norm against supply = count × yield, capacity
= rating × multiplier, wages = staff × monthly wage × 12, depreciation = fixed assets / life,
interest = loan balance × rate, the per-pack cost lines, the share-of-revenue lines, the fixed lines,
total cost, profit = revenue − cost, cumulative profit, cash flow, cumulative cash flow, payback.
`printed()` applies the planted numeric defects (and only their knock-ons) to it: that is what the
plan prints. The generator (kept outside the repository) wrote every table cell from `printed()`;
the checks below read the cells back from the plan's Markdown source and compare them with
`model()` (the truth): planted cells must be off by more than 5 %, every other cell right within
1 % (or 0,11 of a million); textual defects are checked by the absence or presence of words.
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

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, first-year price đ, price growth a year, packs per year)
# hist: 2024-2026 output (base units), average price (đ per base unit), margin (profit / revenue)
# raws: label, unit, norm (raw units per base unit), price (đ per raw unit),
#       supply rows (label, count per year, count word, yield per count), idx (products it goes into)
# var: cost lines per pack (đ per pack of each product); shares: cost lines as a share of revenue
# roles: staff per year; wage: monthly wage per year (triệu đồng)
# fixed: fixed cost lines per year (triệu đồng)
# inv: (label, triệu, depreciated?); src: (label, triệu); life: years of straight-line depreciation
# loan: balance per year (triệu) and rate; cap: (rating, multiplier, rating text, multiplier text, idx)
# neg: how the plan's tables write a negative number
PLANS: dict[str, dict] = {
    "hu01": dict(
        years=[2027, 2028, 2029, 2030], unit="kg", neg="minus",
        products=[("Chả mực giã tay, khay 500 g", "khay", 0.5, 170000, 0.03, [9000, 12000, 14400, 16000]),
                  ("Chả mực viên chiên, hộp 300 g", "hộp", 0.3, 105000, 0.03, [6000, 8000, 9600, 10500]),
                  ("Chả mực, túi 1 kg cho nhà hàng", "túi", 1, 320000, 0.03, [1500, 2000, 2400, 2600])],
        hist=dict(out=[4300, 4900, 5600], price=[290000, 300000, 310000], margin=[0.070, 0.075, 0.080]),
        raws=[dict(label="Mực ống tươi (đã làm sạch)", short=" mực", unit="kg", norm=0.9, price=150000,
                   supply=[("Tàu câu mực của gia đình giám đốc", [2, 2, 2, 2], "tàu", 3500),
                           ("Vựa mực cảng cá Thạch Kim (hợp đồng)", [2, 2, 2, 2], "vựa", 4500)]),
              dict(label="Mỡ lợn, hành, tiêu, nước mắm", short=" gia vị", unit="kg", norm=0.12, price=60000,
                   supply=[("Cửa hàng thực phẩm Xuân Hải (hợp đồng)", [1, 1, 1, 1], "hợp đồng", 2500)])],
        var=[("Khay, hộp, túi hút chân không, nhãn", [5000, 4500, 5500]),
             ("Điện, nước, dầu chiên", [3500, 4000, 6500])],
        shares=[("Bán hàng, vận chuyển lạnh (6 % doanh thu)", 0.06)],
        roles=[("Giám đốc, kế toán", [2, 2, 2, 2]), ("Sơ chế, giã, định hình", [5, 5, 6, 6]),
               ("Hấp, chiên, đóng gói, kho lạnh", [3, 3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2, 2])],
        wage=[6.5, 6.9, 7.3, 7.7],
        fixed=[("Quảng bá, ra mắt, phí vào siêu thị", [200, 80, 60, 60]),
               ("Tư vấn HACCP, kiểm nghiệm", [90, 20, 20, 20]),
               ("Chi phí khác", [50, 50, 50, 50])],
        inv=[("Cải tạo xưởng chế biến một chiều 220 m²", 560, True),
             ("Kho lạnh 30 m³ và tủ cấp đông", 320, True),
             ("Máy xay giã mực, máy định hình viên", 260, True),
             ("Máy hút chân không, chảo chiên, nồi hấp", 160, True),
             ("Bao bì, mã vạch, tem truy xuất", 50, False),
             ("Vốn lưu động", 350, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 600, 400, 200], rate=0.085,
        cap=(60, 280, "60 kg/ngày", "280 ngày", None)),
    "hu02": dict(
        years=[2027, 2028, 2029, 2030, 2031], unit="kg", neg="paren", dec=0, price_div=1000, profit_label="Lãi (lỗ)",
        products=[("Trà túi lọc, hộp 30 túi", "hộp", 0.09, 65000, 0.03, [9500, 12500, 16500, 19500, 21500]),
                  ("Cà gai leo khô, túi 500 g", "túi", 0.5, 145000, 0.03, [1500, 1800, 2400, 2800, 3100]),
                  ("Cà gai leo khô, bao 5 kg", "bao", 5, 1050000, 0.03, [120, 150, 190, 220, 240])],
        hist=dict(out=[1350, 1550, 1750], price=[330000, 340000, 350000], margin=[0.10, 0.105, 0.11]),
        raws=[dict(label="Cây cà gai leo tươi", unit="kg", norm=4.5, price=11000,
                   supply=[("Vùng trồng mới", [1, 2, 3, 4, 4], "ha", 7000),
                           ("Hộ Trung Thủy", [18, 18, 18, 18, 18], "hộ", 600),
                           ("Hộ Tân Thủy", [10, 10, 10, 10, 10], "hộ", 600)])],
        var=[("Túi lọc, hộp, túi zip, bao", [8000, 7000, 15000]),
             ("Điện sấy, nước", [1800, 9000, 85000])],
        shares=[("Bán hàng (5 % doanh thu)", 0.05)],
        roles=[("Ban giám đốc, kế toán", [2, 2, 2, 2, 2]), ("Sơ chế, sấy, đóng gói", [3, 3, 4, 5, 5]),
               ("Chăm sóc vùng trồng", [2, 2, 2, 2, 2]), ("Bán hàng", [1, 1, 1, 1, 1])],
        wage=[5.5, 5.8, 6.1, 6.4, 6.7],
        fixed=[("Chăm sóc vùng trồng mới", [170, 130, 60, 0, 0]),
               ("Chứng nhận, kiểm nghiệm", [60, 25, 20, 20, 20]),
               ("Chi phí khác", [40, 40, 40, 40, 40])],
        inv=[("Nhà sơ chế, sấy, đóng gói 150 m²", 480, True),
             ("Máy sấy bơm nhiệt 500 kg tươi/mẻ", 320, True),
             ("Máy cắt, máy nghiền, máy đóng túi lọc", 280, True),
             ("Trồng mới 4 ha cà gai leo", 220, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False),
             ("Vốn lưu động", 160, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 650, 500, 350, 200], rate=0.08,
        cap=(20, 280, "20 kg khô/ngày", "280 ngày", None)),
    "hu03": dict(
        years=[2027, 2028, 2029, 2030, 2031], unit="lượt", neg="uminus", dec=0, no_raw_table=True, no_hist_growth=True,
        out_label="Tổng lượt phục vụ", cap_label="Công suất lưu trú (đêm khách)",
        products=[("Lưu trú homestay", "đêm khách", 1, 350000, 0.03, [1100, 1500, 1950, 2350, 2650]),
                  ("Suất ăn món quê", "suất", 1, 150000, 0.03, [2200, 3000, 3900, 4700, 5300]),
                  ("Vé trải nghiệm", "vé", 1, 120000, 0.03, [2800, 3800, 4900, 5800, 6500])],
        hist=dict(out=[1500, 1800, 2100], price=[60000, 60000, 70000], margin=[0.25, 0.25, 0.26]),
        hist_labels=["Lượt khách tham quan vườn", "Giá vé bình quân (đồng/lượt)"],
        raws=[dict(label="Thực phẩm cho suất ăn", unit="suất", norm=1, price=60000,
                   supply=[("Rau, gà, cá ao của gia đình", [1, 1, 1, 1, 1], "vườn", 2500),
                           ("Chợ Phúc Đồng và hộ chăn nuôi trong thôn", [1, 1, 1, 1, 1], "nguồn", 4000)],
                   idx=[1], cost_label="Thực phẩm suất ăn")],
        var=[("Giặt là, đồ dùng phòng", [40000, 0, 0]),
             ("Điện, nước, gas", [35000, 8000, 4000]),
             ("Vật tư trải nghiệm", [0, 0, 22000])],
        shares=[("Hoa hồng đặt phòng (10 %)", 0.10), ("Thuế (5 % doanh thu)", 0.05)],
        roles=[("Chủ hộ, quản lý, đón khách", [1, 1, 1, 1, 1]), ("Nấu ăn, buồng phòng", [2, 2, 3, 3, 3]),
               ("Hướng dẫn trải nghiệm", [1, 1, 1, 2, 2])],
        wage=[6.5, 6.8, 7.1, 7.4, 7.7],
        fixed=[("Quảng bá, trang web", [180, 70, 50, 50, 50]),
               ("Bảo trì, sửa chữa", [10, 20, 30, 30, 30]),
               ("Bảo hiểm, phí khác", [25, 25, 25, 25, 25])],
        inv=[("Năm phòng nghỉ nhà gỗ, khép kín", 750, True),
             ("Bếp, nhà ăn 40 chỗ", 220, True),
             ("Đường dạo, chòi nghỉ trong vườn bưởi", 180, True),
             ("Nội thất, điều hòa, chăn ga", 200, True),
             ("Phòng cháy chữa cháy, bể tự hoại, thu gom rác", 120, True),
             ("Trang web, biển hiệu, ảnh quảng bá", 40, False),
             ("Vốn lưu động", 60, False)],
        src=[("Vốn tự có của hộ", 700), ("Vay Ngân hàng Chính sách xã hội", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 770)],
        life=10, loan=[870, 700, 530, 360, 190], rate=0.08,
        cap=(10, 365, "5 phòng × 2 khách", "365 đêm", [0])),
    "hu04": dict(
        years=[2027, 2028, 2029], unit="sản phẩm", neg="paren",
        products=[("Giỏ lục bình đan tay có quai", "chiếc", 1, 135000, 0, [4500, 6000, 7000]),
                  ("Hộp đựng đồ lục bình, bộ 3 chiếc", "bộ", 1, 245000, 0, [2000, 2800, 3300]),
                  ("Thảm tròn lục bình đường kính 90 cm", "chiếc", 1, 295000, 0, [1000, 1400, 1700])],
        hist=dict(out=[4800, 5400, 6000], price=[140000, 145000, 150000], margin=[0.08, 0.085, 0.09]),
        raws=[dict(label="Thân lục bình phơi khô", unit="kg", norm=0.9, price=14000,
                   supply=[("Hộ vớt, phơi lục bình ven sông Rác", [45, 45, 45], "hộ", 300),
                           ("Tổ viên tự vớt, phơi", [14, 14, 14], "tổ viên", 150)])],
        var=[("Tiền công đan (khoán theo sản phẩm)", [40000, 75000, 90000]),
             ("Khung, sợi cói, dầu phủ gốc nước", [12000, 22000, 25000]),
             ("Thẻ treo, túi, thùng carton", [4000, 8000, 9000])],
        shares=[("Bán hàng, hội chợ (5 % doanh thu)", 0.05)],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Thiết kế mẫu, kiểm hàng", [1, 1, 1]),
               ("Sơ chế, sấy, đóng gói", [2, 2, 3])],
        wage=[5.5, 5.8, 6.1],
        fixed=[("Đào tạo thợ đan mới", [150, 20, 20]),
               ("Mẫu mã, ảnh, hội chợ ra mắt", [110, 30, 30]),
               ("Chi phí khác", [30, 30, 30])],
        inv=[("Nhà xưởng, kho chứa 150 m²", 220, True),
             ("Lò sấy chống mốc bằng hơi nóng", 120, True),
             ("Khuôn mẫu, bàn đan, máy ép thảm", 70, True),
             ("Buồng phun dầu phủ có hút lọc", 50, True),
             ("Thiết kế mẫu, thẻ treo, nhãn hiệu", 30, False),
             ("Vốn lưu động", 110, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 300)],
        life=10, loan=[300, 200, 100], rate=0.066,
        cap=(60, 300, "lò sấy 60 sản phẩm/ngày", "300 ngày", None)),
    "hu05": dict(
        years=[2027, 2028, 2029], unit="lít", neg="minus",
        products=[("Rượu sim 29 độ, chai 500 ml", "chai", 0.5, 110000, 0.04, [12000, 16000, 19000]),
                  ("Rượu sim 29 độ, bình sứ 1,5 lít", "bình", 1.5, 320000, 0.04, [1500, 2000, 2400]),
                  ("Rượu sim 29 độ, can 5 lít", "can", 5, 650000, 0.04, [500, 700, 800])],
        hist=dict(out=[7000, 7900, 8800], price=[150000, 155000, 160000], margin=[0.10, 0.11, 0.115]),
        raws=[dict(label="Quả sim chín", short=" quả sim", unit="kg", norm=1.0, price=25000,
                   supply=[("Đồi sim của thành viên", [35, 35, 35], "hộ", 300),
                           ("Hộ hái sim thôn Trung Lộc (hợp đồng)", [40, 40, 40], "hộ", 250)]),
              dict(label="Gạo nếp cái", short=" gạo nếp", unit="kg", norm=1.1, price=24000,
                   supply=[("Ruộng nếp của thành viên", [30, 30, 30], "hộ", 500),
                           ("Hộ trồng nếp thôn Đông Sơn", [20, 20, 20], "hộ", 500)])],
        var=[("Chai, bình sứ, can, hộp, nhãn", [14000, 60000, 30000]),
             ("Men, củi, điện, nước", [8000, 24000, 80000])],
        shares=[("Bán hàng, quảng bá (6 % doanh thu)", 0.06), ("Thuế, phí (2 % doanh thu)", 0.02)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [3, 3, 4]),
               ("Ngâm, lọc, chiết chai", [2, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6],
        fixed=[("Ra mắt sản phẩm, hội chợ", [220, 60, 50]),
               ("Kiểm nghiệm, công bố, mã vạch", [70, 15, 15]),
               ("Chi phí khác", [40, 40, 40])],
        inv=[("Nhà ngâm ủ, kho rượu 120 m²", 380, True),
             ("Hai nồi chưng cất inox 60 lít/mẻ", 180, True),
             ("Chum sành, thùng inox ngâm sim", 150, True),
             ("Máy lọc, máy khử andehit, máy chiết rót", 260, True),
             ("Thiết kế bao bì, nhãn, tem", 50, False),
             ("Vốn lưu động", 280, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 500, 300], rate=0.085,
        cap=(120, 250, "2 nồi × 60 lít/ngày", "250 ngày", None)),
    "hu06": dict(
        years=[2027, 2028, 2029, 2030], unit="kg", neg="lo", profit_label="Lãi, lỗ",
        products=[("Bánh ram chiên sẵn, hộp 10 chiếc", "hộp", 0.35, 65000, 0.04, [24000, 32000, 38000, 42000]),
                  ("Bánh ram ít, hộp 8 cặp", "hộp", 0.6, 95000, 0.04, [9000, 12000, 14500, 16000]),
                  ("Bánh ram sống, túi 1 kg", "túi", 1, 130000, 0.04, [3000, 4200, 5000, 5500])],
        hist=dict(out=[9800, 10900, 12000], price=[150000, 155000, 160000], margin=[0.08, 0.085, 0.09]),
        raws=[dict(label="Gạo nếp", short=" gạo nếp", unit="kg", norm=0.55, price=28000,
                   supply=[("Hộ trồng nếp thôn Tiên Quang (hợp đồng)", [40, 40, 40, 40], "hộ", 350),
                           ("Đại lý gạo Xuân Viên (hợp đồng)", [1, 1, 1, 1], "đại lý", 6000)]),
              dict(label="Thịt lợn, tôm, mộc nhĩ làm nhân", short=" nhân", unit="kg", norm=0.3, price=130000,
                   supply=[("Cơ sở giết mổ Xuân Giang (hợp đồng)", [1, 1, 1, 1], "cơ sở", 6000),
                           ("Vựa tôm Cửa Hội (hợp đồng)", [1, 1, 1, 1], "vựa", 4000)])],
        var=[("Hộp, khay, túi, thùng", [4500, 7000, 5000]),
             ("Dầu chiên, điện, nước, gas", [4000, 3000, 2500])],
        shares=[("Bán hàng, vận chuyển lạnh (7 % doanh thu)", 0.07)],
        roles=[("Ban giám đốc, kế toán", [2, 2, 2, 2]), ("Sơ chế, làm nhân, nặn bánh", [5, 6, 7, 7]),
               ("Chiên, cấp đông, đóng hộp", [3, 3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2, 2])],
        wage=[6.5, 6.9, 7.3, 7.7],
        fixed=[("Ra mắt sản phẩm, phí vào siêu thị", [260, 80, 60, 60]),
               ("Tư vấn ISO 22000, kiểm nghiệm", [80, 20, 20, 20]),
               ("Chi phí khác", [60, 60, 60, 60])],
        inv=[("Nhà xưởng chế biến một chiều 300 m²", 700, True),
             ("Hầm cấp đông, kho lạnh 40 m³", 450, True),
             ("Máy xay bột, máy trộn nhân, máy định hình", 380, True),
             ("Dây chuyền chiên tách dầu, máy đóng hộp", 320, True),
             ("Thiết kế bao bì, hộp quà", 50, False),
             ("Vốn lưu động", 400, False)],
        src=[("Vốn góp của cổ đông", 1200), ("Vay Ngân hàng thương mại cổ phần Công Thương", 800)],
        life=10, loan=[800, 600, 400, 200], rate=0.085,
        cap=(120, 280, "120 kg bánh/ngày", "280 ngày", None)),
    "hu07": dict(
        years=[2027, 2028, 2029], unit="kg", neg="endash", no_balance_row=True, profit_label="Lãi (+) / lỗ (–)",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 195000, 0.03, [4400, 5800, 7600]),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, 270000, 0.03, [1500, 1950, 2500]),
                  ("Mật ong hoa keo, can 2 kg", "can", 2, 500000, 0.03, [150, 200, 300])],
        hist=dict(out=[2500, 2800, 3100], price=[300000, 310000, 320000], margin=[0.14, 0.15, 0.15]),
        raws=[dict(label="Mật ong thô", unit="kg", norm=1.08, price=150000,
                   supply=[("Đàn ong của hộ", [250, 320, 320], "đàn", 14),
                           ("Hộ nuôi ong thôn Khe Giao (hợp đồng)", [12, 12, 12], "hộ", 120)])],
        var=[("Chai, hũ, can, thùng", [9000, 12000, 20000]),
             ("Điện, nước, khí hạ thủy phần", [3000, 5000, 8000])],
        shares=[("Bán hàng, vận chuyển (5 % doanh thu)", 0.05), ("Thuế tính trên doanh thu (1,5 %)", 0.015)],
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Chăm đàn ong, quay mật", [2, 3, 3]),
               ("Lọc, hạ thủy phần, đóng chai", [1, 1, 2])],
        wage=[5.0, 5.3, 5.6],
        fixed=[("Thuốc thú y, thay chúa, chia đàn mới", [90, 30, 30]),
               ("Quảng bá, hội chợ ra mắt", [120, 40, 40]),
               ("Chi phí khác", [25, 25, 25])],
        inv=[("Mua thêm 100 đàn ong giống và thùng", 200, True),
             ("Máy hạ thủy phần chân không 30 kg/mẻ", 180, True),
             ("Phòng lọc, đóng chai 36 m²", 150, True),
             ("Máy quay mật, bồn lắng inox, máy chiết", 90, True),
             ("Vốn lưu động", 150, False)],
        src=[("Vốn tự có của hộ", 470), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=5, loan=[300, 200, 100], rate=0.066,
        cap=(60, 250, "2 mẻ × 30 kg/ngày", "250 ngày", None)),
    "hu08": dict(
        years=[2027, 2028, 2029, 2030], unit="kg", neg="paren",
        products=[("Linh chi đỏ sấy khô, hộp 250 g", "hộp", 0.25, 320000, 0, [2000, 2700, 3500, 4100]),
                  ("Linh chi thái lát, túi 500 g", "túi", 0.5, 560000, 0, [600, 850, 1100, 1300]),
                  ("Linh chi nguyên tai, túi 1 kg", "túi", 1, 950000, 0, [350, 450, 600, 700])],
        hist=dict(out=[700, 800, 900], price=[850000, 850000, 900000], margin=[0.12, 0.12, 0.13]),
        raws=[dict(label="Phôi nấm linh chi", unit="phôi", norm=25, price=9000,
                   supply=[("Xưởng đóng phôi của hợp tác xã", [1, 1, 1, 1], "xưởng", 40000),
                           ("Trung tâm giống nấm Hà Tĩnh (hợp đồng)", [1, 1, 1, 1], "hợp đồng", 25000)])],
        var=[("Hộp, túi, thùng, nhãn", [12000, 10000, 12000]),
             ("Điện, nước tưới ẩm, sấy", [6000, 12000, 24000])],
        shares=[("Bán hàng, quảng bá (6 % doanh thu)", 0.06)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2, 2]), ("Đóng phôi, hấp, cấy giống", [3, 3, 4, 4]),
               ("Chăm sóc nhà nuôi, thu hái", [2, 3, 3, 3]), ("Sấy, đóng gói, bán hàng", [1, 1, 2, 2])],
        wage=[5.5, 5.8, 6.1, 6.4],
        fixed=[("Giống gốc, vật tư nhà nuôi mới", [170, 150, 40, 40]),
               ("Kiểm nghiệm, công bố, hội chợ", [90, 40, 30, 30]),
               ("Chi phí khác", [40, 40, 40, 40])],
        inv=[("Bốn nhà nuôi trồng khung thép 300 m²/nhà", 640, True),
             ("Lò hấp phôi, buồng cấy vô trùng", 260, True),
             ("Máy sấy linh chi 100 kg tươi/mẻ, máy thái", 160, True),
             ("Hệ thống tưới phun sương, điện", 140, True),
             ("Bao bì, tem truy xuất", 40, False),
             ("Vốn lưu động", 160, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 900)],
        life=10, loan=[900, 700, 500, 300], rate=0.08,
        cap=(480, 8, "480 kg khô/vụ", "4 nhà × 2 vụ", None)),
    "hu09": dict(
        years=[2027, 2028, 2029], unit="lít", neg="minus",
        products=[("Nước ép bưởi, chai 330 ml", "chai", 0.33, 25000, 0.03, [30000, 75000, 135000]),
                  ("Nước ép bưởi, chai 1 lít", "chai", 1, 65000, 0.03, [2100, 5250, 9450])],
        hist=dict(out=[4800, 5500, 6000], price=[60000, 62000, 64000], margin=[0.09, 0.10, 0.10]),
        raws=[dict(label="Bưởi quả (loại 2, loại 3)", unit="kg", norm=2.8, price=9000,
                   supply=[("Hộ trồng bưởi liên kết", [40, 90, 150], "hộ", 1200),
                           ("Vườn bưởi của công ty", [1, 1, 1], "vườn", 12000)])],
        var=[("Chai, nắp, nhãn, thùng", [3800, 7500]),
             ("Điện, nước, thanh trùng", [1200, 3000])],
        shares=[],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ép, lọc, thanh trùng", [1, 2, 3]),
               ("Chiết rót, đóng thùng", [1, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6],
        fixed=[("Bán hàng, vận chuyển", [50, 100, 160]),
               ("Quảng bá, ra mắt sản phẩm", [120, 60, 60]),
               ("Kiểm nghiệm, chứng nhận", [60, 20, 20]),
               ("Chi phí khác", [40, 40, 40])],
        inv=[("Dây chuyền ép, lọc, ly tâm bưởi", 340, True),
             ("Thiết bị thanh trùng, chiết rót, đóng nắp", 300, True),
             ("Kho lạnh chứa quả 40 m³", 140, True),
             ("Cải tạo phòng chế biến 120 m²", 120, True),
             ("Bao bì, mã vạch", 30, False),
             ("Vốn lưu động", 170, False)],
        src=[("Vốn chủ sở hữu", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.085,
        cap=(250, 280, "250 lít/ngày", "280 ngày", None)),
    "hu10": dict(
        years=[2027, 2028, 2029], unit="chiếc", neg="paren", no_use_row=True,
        products=[("Bánh gai nhân đậu xanh, túi 10 chiếc", "túi", 10, 65000, 0, [12000, 15500, 20000]),
                  ("Bánh gai hộp quà 6 chiếc", "hộp", 6, 52000, 0, [9000, 12000, 16000])],
        hist=dict(out=[120000, 135000, 150000], price=[6400, 6600, 6800], margin=[0.12, 0.12, 0.13]),
        raws=[dict(label="Gạo nếp cái hoa vàng", short=" gạo nếp", unit="kg", norm=0.04, price=30000,
                   supply=[("Ruộng nếp của gia đình", [1, 1, 1], "ha", 5000),
                           ("Hộ trồng nếp thôn Trung Thịnh", [12, 12, 12], "hộ", 600)]),
              dict(label="Đậu xanh, dừa, đường, mỡ", short=" nhân", unit="kg", norm=0.03, price=50000,
                   supply=[("Cửa hàng nông sản Trường Lưu (hợp đồng)", [1, 1, 1], "hợp đồng", 12000)]),
              dict(label="Lá gai khô", short=" lá gai", unit="kg", norm=0.005, price=60000,
                   supply=[("Vườn gai của gia đình", [1, 1, 1], "vườn", 800),
                           ("Hộ trồng gai trong thôn", [10, 10, 10], "hộ", 100)])],
        var=[("Lá chuối, túi, hộp quà", [3000, 6000]),
             ("Củi, điện, nước", [1500, 1000])],
        shares=[("Bán hàng, vận chuyển (5 % doanh thu)", 0.05)],
        roles=[("Chủ cơ sở, sổ sách", [1, 1, 1]), ("Xay bột, làm nhân, gói bánh", [4, 5, 6]),
               ("Hấp, đóng gói, giao hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6],
        fixed=[("Thiết kế mẫu, quảng bá", [130, 30, 30]),
               ("Kiểm nghiệm, tiêu chuẩn cơ sở", [30, 10, 10]),
               ("Chi phí khác", [20, 20, 20])],
        inv=[("Cải tạo bếp, phòng gói bánh 60 m²", 180, True),
             ("Hai nồi hấp hơi inox 200 chiếc/mẻ", 90, True),
             ("Máy xay bột nước, máy sên nhân", 70, True),
             ("Tủ mát bảo quản, bàn inox", 60, True),
             ("Vốn lưu động", 100, False)],
        src=[("Vốn tự có của gia đình", 300), ("Vay Quỹ hỗ trợ nông dân", 200)],
        life=10, loan=[200, 150, 100], rate=0.06,
        cap=(800, 300, "2 nồi × 200 chiếc × 2 mẻ/ngày", "300 ngày", None)),
}


def r1000(x: float) -> int:
    return int(round(x / 1000.0)) * 1000


def model(key: str) -> dict:
    """Every figure of a plan, from its constants (the truth)."""
    c = PLANS[key]
    n = len(c["years"])
    prods = c["products"]
    packs = [list(p[5]) for p in prods]
    price = [[p[3] if not p[4] else r1000(p[3] * (1 + p[4]) ** i) for i in range(n)] for p in prods]
    m: dict = dict(packs=packs, price=price, n=n)
    m["rev_line"] = [[packs[j][i] * price[j][i] / 1e6 for i in range(n)] for j in range(len(prods))]
    m["revenue"] = [sum(line[i] for line in m["rev_line"]) for i in range(n)]
    m["out_line"] = [[packs[j][i] * prods[j][2] for i in range(n)] for j in range(len(prods))]
    m["out"] = [sum(line[i] for line in m["out_line"]) for i in range(n)]
    first = None
    if c.get("hist") and not c.get("no_hist_growth"):
        first = (m["out"][0] / c["hist"]["out"][-1] - 1) * 100
    m["growth"] = [first] + [(m["out"][i] / m["out"][i - 1] - 1) * 100 for i in range(1, n)]
    m["rev_growth"] = [None] + [(m["revenue"][i] / m["revenue"][i - 1] - 1) * 100 for i in range(1, n)]
    # history
    if c.get("hist"):
        h = c["hist"]
        m["hist_rev"] = [o * p / 1e6 for o, p in zip(h["out"], h["price"])]
        m["hist_profit"] = [r * g for r, g in zip(m["hist_rev"], h["margin"])]
    # raw materials
    m["raw"] = []
    for r in c.get("raws", []):
        idx = r.get("idx")
        base = [sum(m["out_line"][j][i] for j in range(len(prods)) if idx is None or j in idx)
                for i in range(n)]
        need = [b * r["norm"] for b in base]
        rows = [[cnt[i] * y for i in range(n)] for _, cnt, _, y in r["supply"]]
        supply = [sum(row[i] for row in rows) for i in range(n)]
        m["raw"].append(dict(label=r["label"], need=need, rows=rows, supply=supply,
                             spare=[s - d for s, d in zip(supply, need)],
                             cost=[d * r["price"] / 1e6 for d in need]))
    # costs, in the order the cost table prints them
    cost: list[tuple[str, list[float]]] = []
    for r, mr in zip(c.get("raws", []), m["raw"]):
        cost.append((r.get("cost_label", r["label"]), mr["cost"]))
    for lab, per in c.get("var", []):
        cost.append((lab, [sum(packs[j][i] * per[j] for j in range(len(prods))) / 1e6 for i in range(n)]))
    for lab, s in c.get("shares", []):
        cost.append((lab, [s * x for x in m["revenue"]]))
    m["staff"] = [sum(r[1][i] for r in c["roles"]) for i in range(n)]
    m["wage_fund"] = [m["staff"][i] * c["wage"][i] * 12 for i in range(n)]
    cost.append(("Tiền lương, bảo hiểm", m["wage_fund"]))
    m["fixed_assets"] = sum(v for _, v, f in c["inv"] if f)
    m["dep"] = m["fixed_assets"] / c["life"]
    cost.append(("Khấu hao tài sản cố định", [m["dep"]] * n))
    if c.get("loan"):
        cost.append(("Lãi vay ngân hàng", [b * c["rate"] for b in c["loan"]]))
    for lab, v in c.get("fixed", []):
        cost.append((lab, [float(x) for x in v]))
    m["cost"] = cost
    m["total"] = [sum(v[i] for _, v in cost) for i in range(n)]
    m["inv"] = sum(v for _, v, _ in c["inv"])
    m["src"] = sum(v for _, v in c["src"])
    if c.get("cap"):
        rating, mult, _, _, idx = c["cap"]
        m["capacity"] = rating * mult
        m["cap_out"] = [sum(m["out_line"][j][i] for j in range(len(prods)) if idx is None or j in idx)
                        for i in range(n)]
        m["use"] = [o / m["capacity"] * 100 for o in m["cap_out"]]
    finish(m, [m["revenue"][i] - m["total"][i] for i in range(n)])
    return m


def finish(m: dict, profit: list[float]) -> None:
    """Profit and everything that follows from it: margin, cumulative profit, cash flow, payback."""
    n = m["n"]
    m["profit"] = profit
    m["margin"] = [p / r * 100 for p, r in zip(profit, m["revenue"])]
    m["cum_profit"] = [sum(profit[: i + 1]) for i in range(n)]
    m["cf"] = [p + m["dep"] for p in profit]
    m["cum_cf"], cum, m["payback"] = [], -m["inv"], None
    for i, f in enumerate(m["cf"]):
        before, cum = cum, cum + f
        m["cum_cf"].append(cum)
        if m["payback"] is None and cum >= 0:
            m["payback"] = i + (-before) / f
    # what a reader who ignores the loss years would compute: investment / (average profit + depreciation)
    m["naive_payback"] = m["inv"] / (sum(profit) / n + m["dep"])


# The planted numeric defects that change a printed table cell (the others are in the text:
# hu06's payback sentence, hu07's price in the product part; hu06's sources and hu10's output
# against capacity are true figures that do not add up to what the plan claims).
PLANTED = {
    "hu05": dict(profit={0: -76.4}),           # 2027 loss printed -76,4 (true -105,1)
    "hu08": dict(total={1: -180.0}),           # 2028 cost total printed 180 short of its lines
    "hu09": dict(rev_line={(0, 1): 1.15}),     # 2028 revenue of the 330 ml bottle +15 %
}


def printed(key: str) -> dict:
    """The figures as the plan prints them: the truth with the planted numeric defects applied,
    and the knock-ons that follow them (listed as tolerated where a rule could see them)."""
    m = model(key)
    pl = PLANTED.get(key)
    if not pl:
        return m
    n = m["n"]
    if "rev_line" in pl:
        for (j, i), f in pl["rev_line"].items():
            m["rev_line"][j][i] = round(m["rev_line"][j][i] * f, 1)
        m["revenue"] = [sum(line[i] for line in m["rev_line"]) for i in range(n)]
    if "total" in pl:
        for i, d in pl["total"].items():
            m["total"][i] = m["total"][i] + d
    profit = [m["revenue"][i] - m["total"][i] for i in range(n)]
    for i, v in pl.get("profit", {}).items():
        profit[i] = v
    finish(m, profit)
    return m


# --------------------------------------------------------------------------- the tables
def fnum(x: float, dec: int = 0) -> str:
    """Vietnamese number, no sign: 1.234,5."""
    s = f"{abs(x):,.{dec}f}"
    return s.replace(",", " ").replace(".", ",").replace(" ", ".")


def fmoney(x: float, style: str = "minus", dec: int = 1) -> str:
    """A money cell (triệu đồng, one decimal or whole) with a loss written the plan's way."""
    body = fnum(x, dec)
    if round(x, dec) >= 0:
        return body
    return {"minus": "-" + body, "paren": f"({body})", "endash": "–" + body,
            "uminus": "−" + body, "lo": "lỗ " + body}[style]


def year_word(key: str) -> str:
    return "Năm " if len(PLANS[key]["years"]) <= 4 else ""


def tables(key: str, m: dict) -> dict[str, list[tuple[str, str, list]]]:
    """Every numeric table of a plan as (row label, kind, values): kind i = count, d = đồng,
    w = one decimal, m = money (triệu đồng), p = percent. None = an empty cell."""
    c = PLANS[key]
    n = m["n"]
    u = c["unit"]
    out: dict[str, list[tuple[str, str, list]]] = {}
    if c.get("hist"):
        h = c["hist"]
        hl = c.get("hist_labels", [f"Sản lượng ({u})", f"Giá bán bình quân (đồng/{u})"])
        out["hist"] = [(hl[0], "i", h["out"]),
                       (hl[1], "d", h["price"]),
                       ("Doanh thu (triệu đồng)", "m", m["hist_rev"]),
                       ("Lợi nhuận (triệu đồng)", "m", m["hist_profit"])]
    if c.get("raws") and not c.get("no_raw_table"):
        rows = []
        for r, mr in zip(c["raws"], m["raw"]):
            short = r.get("short", "")
            for (lab, cnt, word, yld), vals in zip(r["supply"], mr["rows"]):
                if len(set(cnt)) == 1:
                    rows.append((f"{lab}: {fnum(cnt[0])} {word} × {fnum(yld)} {r['unit']}", "i", vals))
                else:
                    rows.append((f"{lab} (số {word})", "i", cnt))
                    rows.append((f"Sản lượng thu ({fnum(yld)} {r['unit']}/{word})", "i", vals))
            rows.append((f"Cộng nguồn cung{short}", "i", mr["supply"]))
            norm = f"{r['norm']:g}".replace(".", ",")
            rows.append((f"Nhu cầu{short} (sản lượng × {norm})", "i", mr["need"]))
            if not c.get("no_balance_row"):
                rows.append((f"Còn dư{short}", "i", mr["spare"]))
        out["raw"] = rows
    rows = [(role, "i", list(v)) for role, v in c["roles"]]
    rows += [("Tổng số lao động", "i", m["staff"]),
             ("Lương bình quân (triệu đồng/tháng)", "w", list(c["wage"])),
             ("Quỹ lương, bảo hiểm (triệu đồng/năm)", "m", m["wage_fund"])]
    out["staff"] = rows
    prods = c["products"]
    rows = [(f"{p[0]} ({p[1]})", "i", m["packs"][j]) for j, p in enumerate(prods)]
    rows.append((c.get("out_label", f"Tổng sản lượng ({u})"), "i", m["out"]))
    rows.append(("Tăng so với năm trước (%)", "p", m["growth"]))
    if c.get("cap"):
        rows.append((c.get("cap_label", f"Công suất thiết kế ({u})"), "i", [m["capacity"]] * n))
        if not c.get("no_use_row"):
            rows.append(("Mức sử dụng công suất (%)", "p", m["use"]))
    out["output"] = rows
    div = c.get("price_div", 1)  # hu02 prints its prices in nghìn đồng
    out["price"] = [(p[0], "d", [x / div for x in m["price"][j]]) for j, p in enumerate(prods)]
    rows = [(lab, "m", [v]) for lab, v, _ in c["inv"]]
    rows.append(("Tổng vốn đầu tư", "m", [m["inv"]]))
    out["inv"] = rows
    rows = [(lab, "m", [v, v / m["src"] * 100]) for lab, v in c["src"]]
    rows.append(("Tổng nguồn vốn", "m", [m["src"], 100.0]))
    out["src"] = rows
    rows = [(p[0], "m", m["rev_line"][j]) for j, p in enumerate(prods)]
    rows.append(("Tổng doanh thu", "m", m["revenue"]))
    out["revenue"] = rows
    rows = [(lab, "m", v) for lab, v in m["cost"]]
    rows.append(("Tổng chi phí", "m", m["total"]))
    out["cost"] = rows
    out["summary"] = [("Doanh thu", "m", m["revenue"]),
                      ("Tổng chi phí", "m", m["total"]),
                      (c.get("profit_label", "Lợi nhuận"), "m", m["profit"]),
                      ("Tỷ suất lợi nhuận/doanh thu (%)", "p", m["margin"]),
                      ("Lợi nhuận lũy kế", "m", m["cum_profit"])]
    out["cashflow"] = [("Vốn đầu tư ban đầu", "m", [-m["inv"]] + [None] * n),
                       ("Lợi nhuận", "m", [None] + m["profit"]),
                       ("Khấu hao", "m", [None] + [m["dep"]] * n),
                       ("Dòng tiền thuần", "m", [-m["inv"]] + m["cf"]),
                       ("Dòng tiền lũy kế", "m", [-m["inv"]] + m["cum_cf"])]
    return out


# --------------------------------------------------------------------------- the checks
STEMS = {
    "hu01": "hu01_cha_muc_loc_ha_cty", "hu02": "hu02_tra_ca_gai_leo_huong_do_htx",
    "hu03": "hu03_homestay_vuon_buoi_phuc_trach_hkd", "hu04": "hu04_luc_binh_cam_lac_tht",
    "hu05": "hu05_ruou_sim_dong_loc_htx", "hu06": "hu06_banh_ram_tien_dien_ctcp",
    "hu07": "hu07_mat_ong_huong_minh_hkd", "hu08": "hu08_linh_chi_son_tay_htx",
    "hu09": "hu09_nuoc_ep_buoi_phuc_trach_cty", "hu10": "hu10_banh_gai_truong_luu_gia_dinh",
    "hu11": "hu11_ga_doi_ky_thuong_so_sai", "hu12": "hu12_tinh_dau_tram_cam_hung_so_sai",
}
READY = ("hu01", "hu02", "hu03", "hu04")
SKETCHY = ("hu11", "hu12")

# cells a planted numeric defect changes: (table, row label); the first one is the planted cell
KNOCK = {
    "hu05": [("summary", "Lợi nhuận"), ("summary", "Tỷ suất lợi nhuận/doanh thu (%)"),
             ("summary", "Lợi nhuận lũy kế"), ("cashflow", "Lợi nhuận"), ("cashflow", "Dòng tiền thuần"),
             ("cashflow", "Dòng tiền lũy kế")],
    "hu08": [("cost", "Tổng chi phí"), ("summary", "Tổng chi phí"), ("summary", "Lợi nhuận"),
             ("summary", "Tỷ suất lợi nhuận/doanh thu (%)"), ("summary", "Lợi nhuận lũy kế"),
             ("cashflow", "Lợi nhuận"), ("cashflow", "Dòng tiền thuần"), ("cashflow", "Dòng tiền lũy kế")],
    "hu09": [("revenue", "Nước ép bưởi, chai 330 ml"), ("revenue", "Tổng doanh thu"), ("summary", "Doanh thu"),
             ("summary", "Lợi nhuận"), ("summary", "Tỷ suất lợi nhuận/doanh thu (%)"),
             ("summary", "Lợi nhuận lũy kế"), ("cashflow", "Lợi nhuận"), ("cashflow", "Dòng tiền thuần"),
             ("cashflow", "Dòng tiền lũy kế")],
}
# the planted cell: (table, row label, year index)
PLANTED_CELL = {"hu05": ("summary", "Lợi nhuận", 0), "hu08": ("cost", "Tổng chi phí", 1),
                "hu09": ("revenue", "Nước ép bưởi, chai 330 ml", 1)}

_CELL = re.compile(r"^(lỗ\s+|lãi\s+)?([-–−])?\s*(\()?([\d.]+(?:,\d+)?)(\))?$", re.I)


def cellval(s: str) -> float | None:
    """A table cell as a number: '1.234,5', '-247,1', '(247,1)', '–98,3', '−155,2', 'lỗ 210,8'; None if blank."""
    s = s.strip()
    if not s:
        return None
    mt = _CELL.match(s)
    if not mt:
        raise ValueError(s)
    v = float(mt.group(4).replace(".", "").replace(",", "."))
    neg = bool(mt.group(2)) or bool(mt.group(3)) or (mt.group(1) or "").strip().lower() == "lỗ"
    return -v if neg else v


def near(a: float, b: float, kind: str, dec: int = 1) -> bool:
    if kind in ("i", "d"):
        return abs(a - b) <= max(0.6, 0.01 * abs(b))
    if kind == "m" and dec == 0:  # whole triệu
        return abs(a - b) <= 0.51 or close(a, b)
    return abs(a - b) <= 0.11 or close(a, b)


class Plan(plancheck.Plan):
    src = HERE / "src"

    def md_tables(self) -> list[list[list[str]]]:
        out, cur = [], []
        for line in self.body.splitlines():
            if line.strip().startswith("|"):
                cur.append([x.strip() for x in line.strip().strip("|").split("|")])
            elif cur:
                out.append(cur)
                cur = []
        if cur:
            out.append(cur)
        return [[r for r in t if not set("".join(r)) <= set("-: ")] for t in out]

    def find(self, rows: list[tuple[str, str, list]]) -> list[list[str]] | None:
        """The Markdown table whose label column reads the expected labels in order."""
        want = [r[0] for r in rows]
        for t in self.md_tables():
            col = 1 if t[0][0] in ("TT", "STT") else 0
            labels = [r[col] for r in t[1:]]
            if labels == want:
                return [r[col + 1:] for r in t[1:]]
        return None


def check_tables(p: Plan, key: str) -> None:
    truth, shown = model(key), printed(key)
    tt, ts = tables(key, truth), tables(key, shown)
    knock = KNOCK.get(key, [])
    for name, rows in ts.items():
        cells = p.find(rows)
        if cells is None:
            p.failures.append(f"table not found: {name}")
            continue
        for (lab, kind, vals), (_, _, tvals), got in zip(rows, tt[name], cells):
            if len(got) != len(vals):
                p.failures.append(f"{name}/{lab}: {len(got)} cells, expected {len(vals)}")
                continue
            for i, (v, tv, g) in enumerate(zip(vals, tvals, got)):
                try:
                    gv = cellval(g)
                except ValueError:
                    p.failures.append(f"{name}/{lab}[{i}]: not a number {g!r}")
                    continue
                if v is None:
                    p.check(gv is None, f"{name}/{lab}[{i}]: expected blank, got {g!r}")
                    continue
                if gv is None or not near(gv, v, kind, PLANS[key].get("dec", 1)):
                    p.failures.append(f"{name}/{lab}[{i}]: printed {g!r}, model {v:.2f}")
                    continue
                if not near(v, tv, kind):  # differs from the truth: only a planted cell or its knock-on
                    if (name, lab) not in knock:
                        p.failures.append(f"{name}/{lab}[{i}]: {v:.1f} differs from the truth {tv:.1f}")
                    elif PLANTED_CELL[key][:2] == (name, lab) and i == PLANTED_CELL[key][2]:
                        p.check(off(v, tv), f"planted {name}/{lab}[{i}] not > 5 % off")
    if key in PLANTED_CELL:
        name, lab, i = PLANTED_CELL[key]
        v = [r for r in ts[name] if r[0] == lab][0][2][i]
        tv = [r for r in tt[name] if r[0] == lab][0][2][i]
        p.check(off(v, tv) and abs(v - tv) / abs(tv) < 0.45,
                f"planted {name}/{lab}: printed {v:.1f}, true {tv:.1f}, not 5–45 % off")


def tri(x: float, dec: int = 1) -> str:
    s = fnum(x, dec)
    return s[:-2] if s.endswith(",0") else s


LACKS = {  # textual defects: words that must not be anywhere in the plan
    "hu05": [(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "alcohol licence mentioned"),
             (r"môi trường|chất thải|nước thải|(?<!\w)bã(?!\w)|xử lý|bể lắng|biogas|(?<!\w)rác(?!\w)|mùi|hố thấm|"
              r"ủ làm phân|ủ phân", "environmental words")],
    "hu06": [(r"(?<!\w)nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn", "label words")],
    "hu07": [(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu",
              "product-standard words")],
    "hu08": [(r"148/QĐ-TTg|1489", "current programme cited")],
    "hu09": [(r"đại lý|siêu thị|cửa hàng|Shopee|Facebook|Zalo|TikTok|nhà phân phối|nhà hàng|quán|(?<!\w)chợ(?!\w)|"
              r"khách hàng|đơn hàng|hợp đồng (tiêu thụ|bao tiêu|nguyên tắc)|bán lẻ|bán buôn giá|giá bán lẻ",
              "a customer or channel")],
    "hu10": [(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food-safety words"),
             (r"đăng ký kinh doanh|hộ kinh doanh|giấy chứng nhận đăng ký|mã số thuế|mã số doanh nghiệp|"
              r"đăng ký doanh nghiệp|đăng ký hợp tác xã", "registration words")],
}
HAS = {  # words a plan relies on
    "hu01": ["3001874526", "Giấy chứng nhận cơ sở đủ điều kiện ATTP", "TCCS 01:2026/HN", "tự công bố",
             "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất", "đăng ký môi trường", "HACCP"],
    "hu02": ["3001922318", "24 thành viên chính thức", "118/2026/GCN-ATTP", "TCCS 01:2026/HĐ", "tự công bố",
             "không ghi công dụng chữa bệnh", "43/2017/NĐ-CP", "truy xuất", "đăng ký môi trường", "nhãn hiệu"],
    "hu03": ["28A8012946", "TCVN 7800:2017", "Luật Du lịch năm 2017", "dịch vụ lưu trú",
             "Phương án chữa cháy", "24/2026/ATTP", "Nhãn hiệu", "bể tự hoại", "đất ở"],
    "hu04": ["05/2025/THT", "không phải thực phẩm", "TCCS 01:2026/THTCL", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
             "thẻ treo", "nhãn hiệu", "đăng ký môi trường", "buồng phun"],
    "hu05": ["3001687405", "36/2026/GCNATTP-SCT", "QCVN 6-3:2010/BYT", "29 % vol", "dưới 18 tuổi", "498215",
             "truy xuất"],
    "hu06": ["3001956321", "71/2025/GCNATTP", "TCCS 01:2025/TĐ", "512804", "đăng ký môi trường",
             "bảo đảm đủ cho phương án", "khoảng 1 năm 8 tháng"],
    "hu07": ["28C8004417", "88/2026/GCN-ATTP", "43/2017/NĐ-CP", "mã vạch", "nhãn hiệu", "hố thấm",
             "175.000 đồng/chai", "195.000 đồng/chai", "bảo đảm đủ nguyên liệu cho cả giai đoạn 2027 – 2029"],
    "hu08": ["1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Hương Sơn", "cấp huyện",
             "[tên sản phẩm]", "……", "64/2026/GCN-ATTP", "TCCS 01:2026/STN", "không ghi công dụng chữa bệnh"],
    "hu09": ["3001992057", "19/2026/GCNATTP-SCT", "QCVN 6-2:2010/BYT", "đăng ký môi trường",
             "nhu cầu thị trường rất lớn"],
    "hu10": ["TCCS 01:2026/BGTL", "tự công bố", "43/2017/NĐ-CP", "nhãn hiệu", "mã lô",
             "đáp ứng đủ sản lượng của cả giai đoạn 2027 – 2029"],
}
PLAN_DATE = {"hu01": (2026, 11), "hu02": (2026, 9), "hu03": (2027, 1), "hu04": (2026, 12), "hu05": (2026, 10),
             "hu06": (2027, 3), "hu07": (2026, 8), "hu08": (2026, 10), "hu09": (2026, 9), "hu10": (2027, 2),
             "hu11": (2026, 7), "hu12": (2027, 3)}


def check_full(p: Plan, key: str) -> None:
    c, t, m = PLANS[key], model(key), printed(key)
    n = t["n"]
    check_tables(p, key)
    # the theme: a loss first, then the cumulative figures turn positive inside the plan
    p.check(t["profit"][0] < 0, "no loss in the first year")
    if key == "hu02":
        p.check(t["profit"][1] < 0, "hu02: no loss in the second year")
    p.check(t["cum_profit"][0] < 0 < t["cum_profit"][-1], "cumulative profit does not turn positive")
    p.check(t["payback"] is not None and t["payback"] > 1, "cumulative cash flow does not turn positive")
    dec = c.get("dec", 1)
    p.has(f"{'âm' if key == 'hu08' else 'lỗ'} {tri(-m['profit'][0], dec)}")
    # payback as stated
    if key == "hu06":
        stated = m["inv"] / m["profit"][3]
        p.has(f"≈ {fnum(stated, 1)} năm")
        p.check(off(stated, t["payback"]) and off(stated, t["naive_payback"]),
                "hu06 payback not > 5 % off both ways")
    else:
        p.has(f"= {fnum(m['payback'], 1)} năm")
        k = int(m["payback"])
        p.check(m["cum_cf"][k - 1] < 0 <= m["cum_cf"][k], "payback year does not match the cumulative row")
        if key in ("hu08", "hu09"):  # knock-on of the planted defect, tolerated
            p.check(off(m["payback"], t["payback"]), f"{key}: payback knock-on not > 5 %")
        else:
            p.check(not off(m["payback"], t["payback"]), "stated payback off the cumulative truth")
    # revenue of the first and last year in the objectives (the printed figures)
    p.has(tri(m["revenue"][0], dec), tri(m["revenue"][-1], dec))
    # capacity, raw material, capital, growth, margins
    if c.get("cap"):
        p.has(fnum(t["capacity"]))
        if key == "hu10":
            p.check(off(t["cap_out"][2], t["capacity"]) and t["cap_out"][2] > t["capacity"],
                    "hu10: output not > 5 % over capacity")
            p.check(t["cap_out"][1] <= t["capacity"], "hu10: 2028 already over capacity")
        else:
            p.check(max(t["use"]) <= 90, f"capacity use {max(t['use']):.1f} %")
    for r in t["raw"]:
        for i in range(n):
            if key == "hu07" and i == 2:
                p.check(r["need"][i] > r["supply"][i] and off(r["need"][i], r["supply"][i]),
                        "hu07: 2029 need not > 5 % over supply")
            else:
                p.check(r["supply"][i] >= r["need"][i], f"{r['label']}: need over supply in year {i}")
    if key == "hu06":
        p.check(off(t["src"], t["inv"]) and t["src"] < t["inv"], "hu06: sources not > 5 % short")
    else:
        p.check(t["src"] == t["inv"], "sources differ from investment")
    for i in range(n):
        if i == 0:
            p.check(key == "hu09" or t["growth"][0] is None or t["growth"][0] <= 45, "first-year growth over 45 %")
            continue
        if key == "hu09":
            p.check(t["growth"][i] > 50, "hu09: growth not unrealistic")
        else:
            p.check(t["growth"][i] <= 45 and t["rev_growth"][i] <= 45, f"growth over 45 % in year {i}")
    p.check(max(t["margin"]) <= 35, f"margin {max(t['margin']):.1f} %")
    # papers and policy
    p.has(*HAS.get(key, []))
    for pat, what in LACKS.get(key, []):
        p.lacks(pat, what)
    if key != "hu08":
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        p.lacks(REPLACED, "replaced instrument or district level")
        p.lacks(PLACEHOLDER, "template placeholder")
    for dd, mm, yy in re.findall(r"[Đđ]ến (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
        p.check((int(yy), int(mm)) > PLAN_DATE[key], f"paper expired: {dd}/{mm}/{yy}")


def check_sketchy(p: Plan, key: str) -> None:
    words = len(re.findall(r"\w+", p.body.split("\n", 3)[-1]))
    p.check(150 <= words <= 350, f"{words} words")
    p.check(not p.rows, "a table in a sketchy plan")
    p.lacks(r"ATTP|an toàn thực phẩm|tiêu chuẩn|TCCS|công bố|nhãn|đăng ký|giấy chứng nhận|môi trường|truy xuất",
            "a paper")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(REPLACED, "replaced instrument or district level")
    if key == "hu11":
        p.has("3.000 con", "150.000 đồng/kg", "200 triệu đồng", "lỗ khoảng 30 triệu đồng", "khoảng 4 năm")
        p.check(abs(-30 + 0 + 115 + 115 - 200) <= 0.05 * 200, "hu11: loose payback")
    else:
        p.has("300 lít", "600.000 đồng/lít", "150 triệu đồng", "âm khoảng 20 triệu đồng")


def main(argv=None) -> int:
    keys = list(argv) if argv else list(STEMS)
    plans = []
    for key in keys:
        p = Plan(STEMS[key])
        try:
            if key in SKETCHY:
                check_sketchy(p, key)
            else:
                check_full(p, key)
        except Exception as e:  # a crash is a failure of that plan, not of the run
            p.failures.append(f"check crashed: {e!r}")
        if not (HERE / "expected" / f"{STEMS[key]}.yml").exists():
            p.failures.append("expected/*.yml missing")
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
