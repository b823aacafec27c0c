"""The 197th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout197/arithmetic.py [gp01 gp05 ...]

Theme: plans that reckon fixed and variable costs, a unit cost sheet (giá thành đơn vị) and a
break-even point (điểm hòa vốn). For every full plan (gp01-gp10) the constants give the products
(pack size in the plan's base unit, 2027 price and packs, packaging cost per pack, for the tourism
plan the variable cost of each package), the yearly output and price growth, the variable cost
norms per base unit (norm x input price, or a flat amount per unit), the variable lines reckoned as
a share of revenue, the raw-material supply rows (count x yield) against the norm, the equipment
rating x working days, the permanent staff and their monthly wage (a fixed cost), the other fixed
lines, the investment items (fixed assets depreciated straight-line) and capital sources, the loan
balance and rate, and the 2024-2026 history. `model()` turns them into every figure the plans
print: packs, prices, output, capacity use, raw-material need, wage fund, revenue per product,
each variable line (norm x price x output, packs x packaging cost, share x revenue), the variable
total, each fixed line (wages, depreciation, interest, the fixed amounts), the fixed total,
contribution margin (số dư đảm phí), profit and margin, the unit cost sheet (variable cost per
unit, fixed cost per unit = fixed total / output, or allocated by revenue share to one pack),
the break-even point (quantity = fixed cost / (average price - average variable cost), revenue =
fixed cost / (1 - variable cost / revenue), its share of planned output and the month it falls
in), and the payback = investment / (average profit + depreciation).

`tables()` lays those figures out as the plan's tables. The check rebuilds each table twice: as
printed (with the planted defects and the figures that follow them) and as it should be (no
defect). Every cell of the plan's Markdown must equal the printed table; every numeric cell that
differs between the two by more than 1 % (and 0,11 of a display unit) must be a declared defect
cell, and each planted cell must be wrong by more than 5 %. On top, relations are recomputed from
the printed cells alone (sums, revenue = packs x price, profit = revenue - costs, break-even =
fixed / (price - variable cost), sources = investment, need within supply, output within capacity,
payback), the prose figures are looked up in the text, and textual defects are asserted by the
absence or presence of their words. Sketchy plans: 150-350 words, no table.
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
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# P(label, pack word, size in base units, 2027 price đ, 2027 packs, packaging đ/pack, var=[(label, đ/pack)])
# vlines: variable cost per base unit: (label, ĐVT, norm or None, input price đ) -> norm x price
#         (None: the price is already đ per base unit)
# vpct: variable lines reckoned on revenue: (label, share)
# raws: (label, unit, norm per base unit or per pack list, supply rows (label, [count/yr], word, yield))
# cap: (units a day, days a year, rating text)
# roles: permanent staff (role, [n/yr]); wage: triệu đồng a month in 2027, g_wage its index
# fother: other fixed lines (label, [triệu/yr]); inv: (label, triệu, depreciated?); life: years
# src: (label, triệu); loan: balance per year (triệu), rate
# hist: 2024-2026 output, average price đ per base unit, margin, workers
# money: "tr" = triệu đồng with one decimal, "k" = nghìn đồng


def P(label, word, size, price, packs, pack_cost, var=()):
    return dict(label=label, word=word, size=size, price=price, packs=packs, pack=pack_cost,
                var=list(var))


PLANS: dict[str, dict] = {
    "gp01": dict(
        unit="kg", money="tr", rp=100,
        products=[P("Mì gạo trắng, gói 500 g", "gói", 0.5, 30000, 36000, 1300),
                  P("Mì gạo lứt đỏ, gói 500 g", "gói", 0.5, 40000, 14000, 1300),
                  P("Mì gạo trắng, thùng 5 kg", "thùng", 5, 230000, 1200, 6500)],
        g_out=(0.08, 0.08), g_price=0.03,
        vlines=[("Gạo nguyên liệu (tẻ, lứt đỏ)", "kg", 1.3, 15000),
                ("Bột năng", "kg", 0.05, 18000),
                ("Củi, trấu đốt lò hấp", "kg", 0.6, 2500),
                ("Điện sản xuất", "kWh", 0.9, 2600),
                ("Nhân công khoán theo sản phẩm", "công", 0.025, 250000)],
        pack_label="Bao bì, túi, thùng",
        vpct=[("Vận chuyển, chiết khấu đại lý", 0.06)],
        raws=[("Gạo nguyên liệu", "kg", 1.3,
               [("Hộ trồng lúa thôn Tân Phong", [40, 40, 40], "hộ", 500),
                ("Hộ trồng lúa thôn Đông Thịnh", [32, 38, 44], "hộ", 500),
                ("Tổ hợp tác lúa lứt đỏ Bắc Thượng", [1, 1, 1], "tổ", 8000)])],
        cap=(160, 280, "160 kg mì/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Kỹ thuật, kiểm soát chất lượng", [1, 1, 1]),
               ("Bán hàng, giao nhận", [2, 2, 2])],
        wage=6.0, g_wage=0.05,
        fother=[("Thuê đất, bảo dưỡng nhà xưởng", [30, 30, 30]),
                ("Quảng bá, hội chợ, sàn thương mại điện tử", [40, 45, 50]),
                ("Kiểm nghiệm định kỳ, duy trì chứng nhận", [12, 12, 12]),
                ("Điện văn phòng, điện thoại, quản lý", [18, 18, 18])],
        inv=[("Máy tráng, hấp mì liên tục", 420, True), ("Máy cắt sợi, khuôn nắm", 95, True),
             ("Lò sấy mì bằng hơi nóng", 180, True),
             ("Cải tạo xưởng theo nguyên tắc một chiều", 210, True),
             ("Thiết kế bao bì, mã vạch, tem truy xuất", 45, False), ("Vốn lưu động", 250, False)],
        life=10,
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        loan=[500, 400, 300], rate=0.08,
        hist=dict(out=[24500, 26800, 29000], price=[56000, 57500, 59000],
                  margin=[0.08, 0.09, 0.095], workers=[9, 10, 10]),
        sheet="base"),
    "gp02": dict(
        unit="lít", money="tr", rp=1000, g_price=0.0,
        products=[P("Rượu nếp 30 độ, chai 500 ml", "chai", 0.5, 70000, 16000, 9000),
                  P("Rượu nếp 30 độ, bình sứ 1,5 lít", "bình", 1.5, 250000, 2000, 48000),
                  P("Rượu nếp 30 độ, can 5 lít", "can", 5, 420000, 800, 9000)],
        g_out=(0.06, 0.06),
        vlines=[("Gạo nếp cái hoa vàng", "kg", 1.2, 25000),
                ("Men lá", "kg", 0.03, 120000),
                ("Củi, trấu đun nấu", "kg", 0.8, 2500),
                ("Điện, nước", "kWh", 0.6, 2600),
                ("Nhân công khoán nấu, chưng cất", "công", 0.02, 250000)],
        pack_label="Chai, bình, can, nhãn, hộp",
        vpct=[("Bán hàng, vận chuyển", 0.06)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 1.2,
               [("Ruộng nếp của thành viên", [38, 38, 38], "hộ", 450),
                ("Hộ trồng nếp thôn Đông Tiến", [12, 13, 14], "hộ", 450)])],
        cap=(90, 260, "3 nồi × 30 lít/ngày"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Thợ nấu, chưng cất chính", [2, 2, 2]),
               ("Chiết rót, kho, bán hàng", [2, 2, 2])],
        wage=5.5, g_wage=0.05,
        fother=[("Bảo dưỡng nhà ủ, hầm biogas", [20, 20, 20]),
                ("Quảng bá, hội chợ, điểm bán OCOP", [35, 40, 40]),
                ("Kiểm nghiệm, duy trì giấy phép, chứng nhận", [15, 15, 15]),
                ("Chi phí quản lý khác", [20, 20, 20])],
        inv=[("Nhà ủ, kho hạ thổ rượu 80 m²", 260, True),
             ("Hệ thống 3 nồi chưng cất inox", 240, True),
             ("Máy lọc, khử andehit, chiết rót", 220, True),
             ("Hầm biogas 20 m³ cho bỗng rượu", 80, True),
             ("Bao bì, nhãn, tem truy xuất", 50, False), ("Vốn lưu động", 250, False)],
        life=10,
        src=[("Vốn góp của thành viên", 450), ("Quỹ đầu tư phát triển của hợp tác xã", 150),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        loan=[500, 400, 300], rate=0.08,
        hist=dict(out=[12600, 13500, 14300], price=[125000, 128000, 130000],
                  margin=[0.12, 0.13, 0.145], workers=[10, 11, 11]),
        sheet=("product", 0),
        tabs=dict(rev="wide", vname="biến phí", fname="định phí", safety=True,
                  var_cap="Biến phí sản xuất, tiêu thụ", fixed_cap="Định phí hằng năm",
                  sum_labels=dict(var="Biến phí", fix="Định phí"),
                  be_labels=dict(fix="Định phí", v="Biến phí bình quân"),
                  sv="Biến phí", sf="Định phí")),
    "gp03": dict(
        unit="kg", money="k", rp=1000,
        products=[P("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 150000, 3600, 7000),
                  P("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, 280000, 1300, 11000),
                  P("Mật ong hoa keo, can 2 kg", "can", 2, 480000, 250, 9000)],
        g_out=(0.05, 0.05), g_price=0.03,
        vlines=[("Mật ong thô mua của hộ liên kết", "kg", 0.5, 150000),
                ("Đường, phấn hoa nuôi ong", "kg", 0.45, 18000),
                ("Thuốc thú y, sáp chân tầng", "–", None, 4500),
                ("Di chuyển đàn ong theo mùa hoa", "–", None, 6000),
                ("Điện hạ thủy phần, đóng chai", "kWh", 0.8, 2600),
                ("Nhân công khoán quay mật, lọc", "công", 0.03, 250000)],
        pack_label="Chai, hũ, can, nhãn",
        vpct=[("Thuế GTGT, thuế TNCN", 0.015), ("Bán hàng, vận chuyển", 0.04)],
        raws=[("Mật ong thô", "kg", 1.03,
               [("Đàn ong của hộ", [170, 180, 190], "đàn", 12),
                ("Hộ nuôi ong liên kết thôn Khe Giao", [16, 16, 16], "hộ", 130)])],
        cap=(40, 200, "40 kg/mẻ, 1 mẻ/ngày"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong", [2, 2, 2]),
               ("Bán hàng", [1, 1, 1])],
        wage=5.5, g_wage=0.05,
        fother=[("Thuê điểm đặt ong, bảo dưỡng", [18, 18, 18]),
                ("Quảng bá, sàn thương mại điện tử", [20, 22, 24]),
                ("Kiểm nghiệm định kỳ", [8, 8, 8])],
        inv=[("Máy hạ thủy phần mật ong 40 kg/mẻ", 150, True),
             ("Máy lọc, bồn inox, máy quay mật", 85, True),
             ("Bổ sung 20 thùng ong và đàn giống", 70, True),
             ("Phòng lọc, đóng chai 30 m²", 110, True),
             ("Chai, hũ, tem truy xuất, kiểm nghiệm", 35, False), ("Vốn lưu động", 200, False)],
        life=8,
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Nông nghiệp và PTNT", 250)],
        loan=[250, 200, 150], rate=0.08,
        hist=dict(out=[2900, 3150, 3400], price=[265000, 270000, 276000],
                  margin=[0.13, 0.14, 0.145], workers=[4, 4, 4]),
        sheet="years",
        tabs=dict(rev="long")),
    "gp04": dict(
        unit="lượt khách", money="tr", rp=1000, rpk=10,
        products=[P("Gói trải nghiệm trong ngày", "lượt", 1, 380000, 3000, 0,
                    var=[("Bữa ăn đặc sản", 110000), ("Trả hộ đón khách lưu trú", 0),
                         ("Hướng dẫn viên, người kể chuyện", 40000),
                         ("Vé, bảo hiểm, đồ bảo hộ, nước uống", 35000)]),
                  P("Gói 2 ngày 1 đêm ở nhà dân", "lượt", 1, 980000, 1200, 0,
                    var=[("Bữa ăn đặc sản", 260000), ("Trả hộ đón khách lưu trú", 160000),
                         ("Hướng dẫn viên, người kể chuyện", 80000),
                         ("Vé, bảo hiểm, đồ bảo hộ, nước uống", 55000)])],
        g_out=(0.12, 0.10), g_price=0.04,
        vlines=[],
        vpct=[("Hoa hồng đại lý, đặt chỗ trực tuyến", 0.08)],
        raws=[("Thực phẩm tươi cho bữa ăn", "kg", [0.8, 2.4],
               [("Hộ nuôi gà đồi, lợn đen", [9, 9, 9], "hộ", 450),
                ("Hộ trồng rau, măng, hái rau rừng", [14, 14, 14], "hộ", 300),
                ("Hộ đánh bắt cá suối", [5, 5, 5], "hộ", 200)])],
        cap=(45, 300, "45 khách/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Điều hành tour, đặt chỗ, truyền thông", [1, 2, 2]),
               ("Bảo vệ, vệ sinh điểm suối", [2, 2, 2])],
        wage=5.5, g_wage=0.05,
        fother=[("Bảo trì đường mòn, nhà chờ, nhà vệ sinh", [30, 30, 30]),
                ("Quảng bá, trang web, hội chợ du lịch", [45, 50, 50]),
                ("Bảo hiểm cháy nổ, phí, lệ phí", [12, 12, 12]),
                ("Thuê đất điểm đón khách", [20, 20, 20])],
        inv=[("Nhà đón khách, quầy thông tin 120 m²", 420, True),
             ("Cải tạo phòng nghỉ, khu vệ sinh tại 4 nhà dân", 360, True),
             ("Đường mòn, biển chỉ dẫn, lan can bờ suối", 210, True),
             ("Trang thiết bị bếp cộng đồng", 90, True),
             ("Áo phao, đồ bảo hộ, bộ đàm", 45, True),
             ("Thiết kế nhận diện, trang web", 40, False), ("Vốn lưu động", 135, False)],
        life=10,
        src=[("Vốn góp của 12 tổ viên", 700), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        loan=[600, 480, 360], rate=0.08,
        hist=dict(out=[2600, 3100, 3600], price=[460000, 490000, 520000],
                  margin=[0.05, 0.07, 0.08], workers=[4, 5, 5]),
        sheet="products",
        tabs=dict(rev="wide", pshort=["Gói trong ngày", "Gói 2 ngày 1 đêm"], out_label="Tổng lượt khách",
                  out_cap="Kế hoạch đón khách 2027 – 2029", raw_cap="Cân đối thực phẩm tươi cho bữa ăn",
                  need_label="Nhu cầu (suất ăn × định mức)")),
    "gp05": dict(
        unit="lít", money="tr", rp=100,
        products=[P("Nước mắm cốt 40 độ đạm, chai 500 ml", "chai", 0.5, 70000, 12000, 6500),
                  P("Nước mắm 30 độ đạm, chai 1 lít", "chai", 1, 65000, 14000, 7500),
                  P("Nước mắm 20 độ đạm, can 5 lít", "can", 5, 175000, 2000, 9000)],
        g_out=(0.07, 0.07), g_price=0.03,
        vlines=[("Cá cơm tươi", "kg", 1.2, 18000),
                ("Muối hạt", "kg", 0.4, 4000),
                ("Nhân công khoán muối, đảo chượp, lọc", "công", 0.012, 250000),
                ("Điện bơm, chiết rót", "kWh", 0.4, 2600)],
        pack_label="Chai, can, nắp, nhãn",
        vpct=[("Bán hàng, vận chuyển, chiết khấu", 0.06)],
        raws=[("Cá cơm tươi", "kg", 1.2,
               [("Tàu thuyền của thành viên", [8, 8, 8], "tàu", 5000),
                ("Vựa cá bến Cửa Nhượng", [2, 2, 2], "vựa", 4000)]),
              ("Muối hạt", "kg", 0.4,
               [("Hợp tác xã muối Hộ Độ", [1, 1, 1], "hợp đồng", 18000)])],
        cap=(350, 120, "120 thùng chượp × 350 lít"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Kỹ thuật chượp, kiểm soát chất lượng", [1, 1, 1]),
               ("Kho, bán hàng", [2, 2, 2])],
        wage=5.5, g_wage=0.05,
        fother=[("Bảo dưỡng nhà thùng chượp", [25, 25, 25]),
                ("Quảng bá, hội chợ", [40, 40, 45]),
                ("Kiểm nghiệm, duy trì chứng nhận", [12, 12, 12]),
                ("Chi phí quản lý khác", [20, 20, 20])],
        inv=[("Nhà thùng chượp 300 m²", 480, True),
             ("Bổ sung 40 thùng chượp gỗ, chum", 240, True),
             ("Hệ thống lọc, chiết rót, đóng nắp", 260, True),
             ("Bao bì, nhãn, tem truy xuất", 40, False), ("Vốn lưu động", 280, False)],
        life=10,
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 700)],
        loan=[700, 560, 420], rate=0.08,
        hist=dict(out=[24000, 26000, 28000], price=[66000, 68000, 69500],
                  margin=[0.10, 0.11, 0.12], workers=[11, 12, 12]),
        sheet="base",
        tabs=dict(cost="combined", rev="long", vname="chi phí biến đổi", fname="chi phí cố định",
                  cost_cap="Chi phí sản xuất kinh doanh theo tính chất")),
    "gp06": dict(
        unit="kg", money="tr", rp=500,
        products=[P("Trà cà gai leo túi lọc, hộp 25 túi", "hộp", 0.05, 45000, 40000, 4500),
                  P("Trà cà gai leo khô, túi 500 g", "túi", 0.5, 120000, 5000, 3500),
                  P("Trà cà gai leo khô, bao 2 kg", "bao", 2, 420000, 600, 6000)],
        g_out=(0.10, 0.10), g_price=0.03,
        vlines=[("Cà gai leo tươi", "kg", 5.0, 9000),
                ("Điện sấy, nghiền", "kWh", 6, 2600),
                ("Nhân công khoán sơ chế, sấy", "công", 0.08, 250000)],
        pack_label="Túi lọc, hộp, túi, bao",
        vpct=[("Chiết khấu đại lý, nhà thuốc, vận chuyển", 0.20)],
        raws=[("Cà gai leo tươi", "kg", 5.0,
               [("Vùng trồng của công ty", [1.5, 1.5, 1.5], "ha", 9000),
                ("Hộ liên kết thôn Trung Lương", [18, 21, 25], "hộ", 1000)])],
        cap=(32, 260, "32 kg khô/ngày"),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Kỹ thuật, kiểm soát sản xuất", [1, 1, 1]),
               ("Kinh doanh, giao hàng", [5, 5, 5])],
        wage=7.0, g_wage=0.05,
        fother=[("Thuê văn phòng, kho", [36, 36, 36]),
                ("Quảng bá, hội chợ, thương mại điện tử", [120, 130, 140]),
                ("Chi phí quản lý khác", [30, 30, 30])],
        inv=[("Nhà xưởng sơ chế, sấy, đóng gói 240 m²", 700, True),
             ("Máy sấy bơm nhiệt", 380, True),
             ("Máy nghiền, máy đóng túi lọc tự động", 420, True),
             ("Bao bì, mã vạch, tem truy xuất", 60, False), ("Vốn lưu động", 440, False)],
        life=10,
        src=[("Vốn góp của cổ đông", 1000), ("Vay Ngân hàng thương mại", 700)],
        loan=[700, 560, 420], rate=0.085,
        hist=dict(out=[4300, 4800, 5300], price=[430000, 440000, 450000],
                  margin=[0.08, 0.09, 0.10], workers=[9, 10, 10]),
        sheet=("product", 0),
        tabs=dict(rev="wide", vname="chi phí khả biến", fname="chi phí bất biến",
                  price_labels=["Hộp 25 túi lọc", "Túi trà khô 500 g", "Bao trà khô 2 kg"],
                  var_cap="Chi phí khả biến", fixed_cap="Chi phí bất biến",
                  sum_labels=dict(var="Chi phí khả biến", fix="Chi phí bất biến",
                                  cm="Lãi trên biến phí"),
                  be_labels=dict(fix="Chi phí bất biến", v="Chi phí khả biến bình quân",
                                 cm="Lãi trên biến phí đơn vị"),
                  sv="Chi phí khả biến", sf="Chi phí bất biến")),
    "gp07": dict(
        unit="lít", money="tr", rp=1000,
        products=[P("Rượu sim 29 độ, chai 500 ml", "chai", 0.5, 65000, 22000, 8500),
                  P("Rượu sim 29 độ, bình 1 lít", "bình", 1, 150000, 3000, 30000),
                  P("Rượu sim 29 độ, can 5 lít", "can", 5, 380000, 400, 9000)],
        g_out=(0.15, 0.15), g_price=0.03,
        vlines=[("Gạo nếp", "kg", 1.0, 22000),
                ("Quả sim chín", "kg", 0.8, 25000),
                ("Men lá", "kg", 0.025, 120000),
                ("Củi, điện, nước", "–", None, 3500),
                ("Nhân công khoán nấu, ngâm, lọc", "công", 0.018, 250000)],
        pack_label="Chai, bình, can, nhãn",
        vpct=[("Bán hàng, vận chuyển", 0.05), ("Thuế GTGT, thuế TNCN", 0.015)],
        raws=[("Quả sim chín", "kg", 0.8,
               [("Đồi sim của hộ", [3, 3, 3], "ha", 2500),
                ("Hộ hái sim thôn Trung Sơn", [24, 24, 24], "hộ", 500)]),
              ("Gạo nếp", "kg", 1.0,
               [("Hộ trồng nếp thôn Bắc Sơn", [40, 45, 50], "hộ", 500)])],
        cap=(80, 210, "2 nồi × 40 lít/ngày"),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Nấu, chưng cất, ngâm", [2, 2, 2]),
               ("Lọc, chiết chai, bán hàng", [2, 2, 2])],
        wage=5.5, g_wage=0.05,
        fother=[("Bảo dưỡng lò nấu, chum ngâm", [15, 15, 15]),
                ("Quảng bá, hội chợ", [25, 25, 25]),
                ("Chi phí khác", [15, 15, 15])],
        inv=[("Chum sành ngâm rượu 200 lít × 20", 120, True),
             ("Máy lọc, khử andehit", 150, True),
             ("Máy chiết rót, đóng nút", 90, True),
             ("Kho ủ rượu 50 m²", 180, True),
             ("Bể biogas cho bã rượu", 60, True),
             ("Bao bì, nhãn, tem", 40, False), ("Vốn lưu động", 260, False)],
        life=10,
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        loan=[400, 300, 200], rate=0.08,
        hist=dict(out=[12500, 13800, 15000], price=[118000, 121000, 124000],
                  margin=[0.11, 0.12, 0.13], workers=[5, 5, 5]),
        sheet=("product", 0),
        tabs=dict(rev="long", be_years=[0], no_cap=True)),
    "gp08": dict(
        unit="chiếc", money="tr", rp=1000,
        products=[P("Nón lá trắng truyền thống", "chiếc", 1, 75000, 9000, 3000),
                  P("Nón lá vẽ, thêu hoa văn", "chiếc", 1, 140000, 3000, 8000),
                  P("Nón lá mini trang trí", "chiếc", 1, 40000, 4000, 2000)],
        g_out=(0.10, 0.10), g_price=0.03,
        vlines=[("Lá nón đã phơi, ủi", "kg", 0.12, 60000),
                ("Vành tre, nan", "bộ", 1, 6000),
                ("Chỉ cước, quai, sơn bóng", "–", None, 4000),
                ("Tiền công chằm nón (khoán)", "–", None, 28000)],
        pack_label="Túi, hộp giấy",
        vpct=[("Bán hàng, ký gửi", 0.08)],
        raws=[("Lá nón", "kg", 0.12,
               [("Hộ hái lá thôn Khe Sinh", [10, 10, 10], "hộ", 100),
                ("Mối lá miền núi", [1, 1, 1], "mối", 700)])],
        cap=(75, 300, "25 thợ × 3 chiếc/ngày"),
        roles=[("Tổ trưởng, thủ quỹ", [2, 2, 2]), ("Bán hàng, giao dịch", [1, 1, 1])],
        wage=4.5, g_wage=0.05,
        fother=[("Thuê nhà làm xưởng", [12, 12, 12]),
                ("Quảng bá, hội chợ", [20, 20, 20]),
                ("Chi phí khác", [8, 8, 8])],
        inv=[("Nhà xưởng chằm nón, kho lá 100 m²", 250, True),
             ("Khuôn nón, máy ép lá, máy sấy lá", 90, True),
             ("Thiết kế mẫu, bao bì", 25, False), ("Vốn lưu động", 135, False)],
        life=10,
        src=[("Vốn góp của tổ viên", 300), ("Tổ viên vay Ngân hàng Chính sách xã hội", 200)],
        loan=[200, 150, 100], rate=0.066,
        hist=dict(out=[12500, 13600, 14500], price=[70000, 72000, 74000],
                  margin=[0.07, 0.08, 0.085], workers=[20, 22, 22]),
        sheet="base",
        tabs=dict(rev="long", no_balance=True, need_label="Lá cần dùng", out_label="Tổng số nón",
                  int_label="Lãi vay Ngân hàng Chính sách xã hội")),
    "gp09": dict(
        unit="kg", money="tr", rp=1000,
        products=[P("Bột sắn dây nguyên chất, hũ 500 g", "hũ", 0.5, 95000, 3000, 6000),
                  P("Bột sắn dây nguyên chất, túi 1 kg", "túi", 1, 170000, 1200, 3000)],
        g_out=(1.0, 0.7), g_price=0.03,
        vlines=[("Củ sắn dây tươi", "kg", 8.0, 6000),
                ("Nước, điện xay lọc", "–", None, 4000),
                ("Nhân công khoán rửa, mài, lọc", "công", 0.06, 250000),
                ("Củi, điện sấy", "–", None, 3000)],
        pack_label="Hũ, túi, nhãn",
        vpct=[("Thuế GTGT, thuế TNCN", 0.015), ("Vận chuyển, bán hàng", 0.04)],
        raws=[("Củ sắn dây tươi", "kg", 8.0,
               [("Ruộng sắn dây của hộ", [1, 1, 1], "ha", 16000),
                ("Hộ liên kết thôn Yên Thượng", [3, 10, 20], "hộ", 3000)])],
        cap=(125, 100, "1.000 kg củ/ngày"),
        roles=[("Thợ chính thuê thường xuyên", [2, 2, 2])],
        wage=4.5, g_wage=0.05,
        fother=[("Quảng bá", [10, 10, 10]), ("Bảo dưỡng máy, bể", [8, 8, 8]), ("Chi phí khác", [6, 6, 6])],
        inv=[("Máy mài, máy lọc củ sắn dây", 120, True), ("Bể lắng inox", 80, True),
             ("Nhà phơi, sấy 60 m²", 100, True), ("Bể lắng nước thải 3 ngăn", 40, True),
             ("Bao bì, hũ, tem", 20, False), ("Vốn lưu động", 140, False)],
        life=8,
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Nông nghiệp và PTNT", 200)],
        loan=[200, 150, 100], rate=0.08,
        hist=dict(out=[2000, 2200, 2400], price=[160000, 166000, 172000],
                  margin=[0.10, 0.11, 0.12], workers=[4, 4, 4]),
        sheet="years",
        tabs=dict(rev="wide", price_labels=["Hũ 500 g", "Túi 1 kg"])),
    "gp10": dict(
        unit="lít", money="tr", rp=500,
        products=[P("Rau má nguyên chất, chai 330 ml", "chai", 0.33, 16000, 110000, 2800),
                  P("Rau má đậu xanh, chai 330 ml", "chai", 0.33, 18000, 60000, 2800),
                  P("Rau má, bình 1 lít", "bình", 1, 40000, 8000, 4500)],
        g_out=(0.08, 0.08), g_price=0.03,
        vlines=[("Rau má tươi", "kg", 0.45, 12000),
                ("Đường, đậu xanh", "kg", 0.05, 30000),
                ("Điện, nước, gas thanh trùng", "–", None, 2500),
                ("Nhân công khoán ép, chiết rót", "công", 0.01, 250000)],
        pack_label="Chai, nắp, thùng",
        vpct=[("Chiết khấu đại lý, vận chuyển", 0.08)],
        raws=[("Rau má tươi", "kg", 0.45,
               [("Ruộng rau má của công ty", [0.5, 0.5, 0.5], "ha", 30000),
                ("Hộ trồng rau má liên kết", [22, 24, 26], "hộ", 800)])],
        cap=(300, 300, "300 lít/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Kỹ thuật, vận hành", [2, 2, 2]),
               ("Kho, giao hàng", [4, 4, 4]), ("Kinh doanh", [4, 4, 4])],
        wage=6.0, g_wage=0.05,
        fother=[("Thuê nhà xưởng", [48, 48, 48]), ("Quảng bá, hội chợ", [60, 60, 60]),
                ("Chi phí quản lý khác", [30, 30, 30])],
        inv=[("Máy ép rau má, lọc ly tâm", 280, True),
             ("Nồi thanh trùng, máy chiết rót, đóng nắp", 420, True),
             ("Kho lạnh 20 m³", 150, True), ("Cải tạo xưởng 150 m²", 250, True),
             ("Chai mẫu, thùng carton mẫu", 50, False), ("Vốn lưu động", 350, False)],
        life=10,
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng thương mại", 600)],
        loan=[600, 480, 360], rate=0.085,
        hist=dict(out=[48000, 53000, 58000], price=[46000, 47000, 48000],
                  margin=[0.07, 0.08, 0.09], workers=[12, 12, 12]),
        sheet=("product", 0),
        tabs=dict(rev="wide")),
}


# --------------------------------------------------------------------------- numbers
def fmt(x: float, dec: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    neg = x < 0
    s = f"{abs(x):,.{dec}f}"
    s = s.replace(",", "§").replace(".", ",").replace("§", ".")
    return ("−" if neg else "") + s


def pct(share: float) -> str:
    """A share as the plans print it: 0.06 -> '6', 0.015 -> '1,5'."""
    return fmt(share * 100, 0 if abs(share * 100 - round(share * 100)) < 1e-9 else 1)


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def rnd(x: float, step: float) -> float:
    return round(x / step + 1e-9) * step


def model(key: str, planted: bool = True) -> dict:
    """Every figure of plan `key`, as it should be (planted=False) or as printed (planted=True)."""
    c = PLANS[key]
    prods = c["products"]
    n = len(prods)
    rp = c.get("rp", 100)
    packs = [[0.0] * 3 for _ in prods]
    price = [[0.0] * 3 for _ in prods]
    for i, p in enumerate(prods):
        packs[i][0] = p["packs"]
        price[i][0] = p["price"]
        for y in (1, 2):
            packs[i][y] = rnd(packs[i][y - 1] * (1 + c["g_out"][y - 1]), c.get("rpk", 10))
            price[i][y] = rnd(p["price"] * (1 + c["g_price"]) ** y, rp)
    out = [sum(packs[i][y] * prods[i]["size"] for i in range(n)) for y in range(3)]
    rev_i = [[r1(packs[i][y] * price[i][y] / 1e6) for y in range(3)] for i in range(n)]
    D = dict(key=key, c=c, packs=packs, price=price, out=out, rev_i=rev_i)
    # capacity
    cap = c["cap"][0] * c["cap"][1] if c.get("cap") else None
    D["cap"] = cap
    D["use"] = [r1(out[y] / cap * 100) for y in range(3)] if cap else None
    # raw materials
    raws = []
    for label, unit, norm, rows in c.get("raws", []):
        sup_rows = [[cnt[y] * yld for y in range(3)] for (_, cnt, _, yld) in rows]
        sup = [sum(r[y] for r in sup_rows) for y in range(3)]
        if isinstance(norm, list):
            need = [sum(packs[i][y] * norm[i] for i in range(n)) for y in range(3)]
        else:
            need = [out[y] * norm for y in range(3)]
        raws.append(dict(label=label, unit=unit, norm=norm, rows=rows, sup_rows=sup_rows, sup=sup,
                         need=[round(x) for x in need], spare=[sup[y] - round(need[y]) for y in range(3)]))
    D["raws"] = raws
    # staff and wages (fixed)
    staff = [sum(r[1][y] for r in c["roles"]) for y in range(3)]
    wage = [rnd(c["wage"] * (1 + c["g_wage"]) ** y, 0.1) for y in range(3)]
    D["staff"], D["wage"] = staff, wage
    D["wagefund"] = [r1(staff[y] * wage[y] * 12) for y in range(3)]
    # revenue
    rev = [r1(sum(rev_i[i][y] for i in range(n))) for y in range(3)]
    D["rev"] = rev
    # variable costs
    g_in = c.get("g_in", 0.0)
    vl = []
    for label, dvt, norm, pr in c.get("vlines", []):
        per = [(norm if norm is not None else 1) * pr * (1 + g_in) ** y for y in range(3)]
        vl.append(dict(label=label, dvt=dvt, norm=norm, price=pr, per=per,
                       tot=[r1(per[y] * out[y] / 1e6) for y in range(3)]))
    D["vl"] = vl
    # product-specific variable items (the tourism packages)
    pv = []
    labels = []
    for p in prods:
        for lab, _ in p["var"]:
            if lab not in labels:
                labels.append(lab)
    for lab in labels:
        per = [dict(p["var"]).get(lab, 0) for p in prods]
        pv.append(dict(label=lab, per=per,
                       tot=[r1(sum(packs[i][y] * per[i] for i in range(n)) / 1e6) for y in range(3)]))
    D["pv"] = pv
    packtot = [r1(sum(packs[i][y] * prods[i]["pack"] for i in range(n)) / 1e6) for y in range(3)]
    D["packtot"] = packtot if any(p["pack"] for p in prods) else None
    vp = [dict(label=lab, share=s, tot=[r1(s * rev[y]) for y in range(3)]) for lab, s in c["vpct"]]
    D["vp"] = vp
    VC = [r1(sum(v["tot"][y] for v in vl) + sum(v["tot"][y] for v in pv)
             + (packtot[y] if D["packtot"] else 0) + sum(v["tot"][y] for v in vp)) for y in range(3)]
    D["VC"] = VC
    # fixed costs
    fixed_assets = sum(a for _, a, dep in c["inv"] if dep)
    dep = r1(fixed_assets / c["life"])
    interest = [r1(c["loan"][y] * c["rate"]) for y in range(3)]
    fl = [("wage", D["wagefund"]), ("dep", [dep] * 3), ("int", interest)]
    fl += [(lab, [float(a) for a in amts]) for lab, amts in c["fother"]]
    D["fl"], D["dep"], D["interest"], D["fixed_assets"] = fl, dep, interest, fixed_assets
    FC = [r1(sum(v[y] for _, v in fl)) for y in range(3)]
    D["FC"] = FC
    D["CM"] = [r1(rev[y] - VC[y]) for y in range(3)]
    D["cost"] = [r1(VC[y] + FC[y]) for y in range(3)]
    D["profit"] = [r1(rev[y] - VC[y] - FC[y]) for y in range(3)]
    D["margin"] = [r1(D["profit"][y] / rev[y] * 100) for y in range(3)]
    D["cmr"] = [r1(D["CM"][y] / rev[y] * 100) for y in range(3)]
    # investment
    D["inv_total"] = sum(a for _, a, _ in c["inv"])
    D["src_total"] = sum(a for _, a in c["src"])
    D["src_share"] = [r1(a / D["src_total"] * 100) for _, a in c["src"]]
    # unit figures (đồng per base unit) and break-even
    D["P"] = [rev[y] * 1e6 / out[y] for y in range(3)]
    D["V"] = [VC[y] * 1e6 / out[y] for y in range(3)]
    D["F"] = [FC[y] * 1e6 / out[y] for y in range(3)]
    D["CMu"] = [D["P"][y] - D["V"][y] for y in range(3)]
    step = c.get("rbe", 10)
    D["Qbe"] = [rnd(FC[y] * 1e6 / D["CMu"][y], step) for y in range(3)]
    D["Rbe"] = [r1(FC[y] / (1 - VC[y] / rev[y])) for y in range(3)]
    D["bepct"] = [r1(FC[y] * 1e6 / D["CMu"][y] / out[y] * 100) for y in range(3)]
    D["bemonth"] = [r1(FC[y] * 1e6 / D["CMu"][y] / out[y] * 12) for y in range(3)]
    D["safety"] = [r1(100 - D["bepct"][y]) for y in range(3)]
    # unit cost sheet lines (đ per base unit, year by year)
    D["sheet"] = unit_sheet(D)
    # payback
    avgp = sum(D["profit"]) / 3
    D["avg_profit"] = r1(avgp)
    D["payback"] = r1(D["inv_total"] / (avgp + dep))
    # history
    h = c["hist"]
    D["h_rev"] = [r1(h["out"][y] * h["price"][y] / 1e6) for y in range(3)]
    D["h_profit"] = [r1(D["h_rev"][y] * h["margin"][y]) for y in range(3)]
    D["h_cost"] = [r1(D["h_rev"][y] - D["h_profit"][y]) for y in range(3)]
    if planted and key in DEFECTS:
        DEFECTS[key](D)
    return D


def unit_sheet(D: dict) -> dict:
    """The unit cost sheet: per base unit (all years) and per pack of each product (2027 basis
    and later years), in đồng. Variable lines, fixed cost per unit, cost, price, profit."""
    c = D["c"]
    prods = c["products"]
    base = []
    for y in range(3):
        lines = [(v["label"], v["per"][y]) for v in D["vl"]]
        if D["pv"]:
            lines += [(v["label"], v["tot"][y] * 1e6 / D["out"][y]) for v in D["pv"]]
        if D["packtot"]:
            lines.append((c.get("pack_label", "Bao bì"), D["packtot"][y] * 1e6 / D["out"][y]))
        lines += [(v["label"], v["share"] * D["P"][y]) for v in D["vp"]]
        lines = [(lab, round(v)) for lab, v in lines]
        var = sum(v for _, v in lines)
        fix = round(D["F"][y])
        base.append(dict(lines=lines, var=var, fix=fix, cost=var + fix, price=round(D["P"][y]),
                         profit=round(D["P"][y]) - var - fix))
    per_pack = []
    for i, p in enumerate(prods):
        yrs = []
        for y in range(3):
            pr = D["price"][i][y]
            lines = [(v["label"], v["per"][y] * p["size"]) for v in D["vl"]]
            lines += [(lab, a) for lab, a in p["var"]]
            if p["pack"]:
                lines.append((c.get("pack_label", "Bao bì"), p["pack"]))
            lines += [(v["label"], v["share"] * pr) for v in D["vp"]]
            lines = [(lab, round(v)) for lab, v in lines]
            var = sum(v for _, v in lines)
            fix = round(D["FC"][y] / D["rev"][y] * pr)
            yrs.append(dict(lines=lines, var=var, fix=fix, cost=var + fix, price=round(pr),
                            profit=round(pr) - var - fix))
        per_pack.append(yrs)
    return dict(base=base, pack=per_pack)


def _gp05(D: dict) -> None:
    # table-total-mismatch: the cost table's "Cộng chi phí cố định" for 2028 is 14 % short
    D["FC_print"] = [D["FC"][0], r1(D["FC"][1] * 0.86), D["FC"][2]]
    # payback-mismatch: "khoảng 1,6 năm" instead of investment / (average profit + depreciation)
    D["payback"] = 1.6


def _gp07(D: dict) -> None:
    # revenue-mismatch: the 2028 line of the 500 ml bottle is 16 % above packs x price; the
    # year's total, the summary's revenue, contribution, profit, margin and payback follow it
    D["rev_i"][0][1] = r1(D["rev_i"][0][1] * 1.16)
    y = 1
    D["rev"][y] = r1(sum(D["rev_i"][i][y] for i in range(len(D["rev_i"]))))
    for v in D["vp"]:  # the plan's sheet reckons its revenue shares on the printed revenue
        v["tot"][y] = r1(v["share"] * D["rev"][y])
    D["VC"][y] = r1(sum(v["tot"][y] for v in D["vl"]) + D["packtot"][y] + sum(v["tot"][y] for v in D["vp"]))
    D["CM"][y] = r1(D["rev"][y] - D["VC"][y])
    D["profit"][y] = r1(D["rev"][y] - D["VC"][y] - D["FC"][y])
    D["margin"][y] = r1(D["profit"][y] / D["rev"][y] * 100)
    avgp = sum(D["profit"]) / 3
    D["avg_profit"] = r1(avgp)
    D["payback"] = r1(D["inv_total"] / (avgp + D["dep"]))


def _gp09(D: dict) -> None:
    # profit-mismatch: the summary's 2027 profit is 30 % above revenue - costs; the margin follows
    D["profit"][0] = r1(D["profit"][0] * 1.3)
    D["margin"][0] = r1(D["profit"][0] / D["rev"][0] * 100)
    avgp = sum(D["profit"]) / 3
    D["avg_profit"] = r1(avgp)
    D["payback"] = r1(D["inv_total"] / (avgp + D["dep"]))


DEFECTS: dict = {"gp05": _gp05, "gp07": _gp07, "gp09": _gp09}


# --------------------------------------------------------------------------- tables
class Num:
    """A numeric table cell: value and decimals shown."""

    def __init__(self, v: float, dec: int = 0):
        self.v, self.dec = v, dec

    def __str__(self) -> str:
        return fmt(self.v, self.dec)


class Table:
    def __init__(self, key: str, caption: str, unit: str | None, header: list[str], rows: list[list]):
        self.key, self.caption, self.unit, self.header, self.rows = key, caption, unit, header, rows

    def md(self, number: int) -> str:
        out = [f"Bảng {number}. {self.caption}", ""]
        if self.unit:
            out.append(f"ĐVT: {self.unit}")
        out.append("| " + " | ".join(self.header) + " |")
        out.append("|" + "---|" * len(self.header))
        for r in self.rows:
            out.append("| " + " | ".join(str(x) for x in r) + " |")
        return "\n".join(out)

    def label(self, r: list) -> str:
        for x in r[:2]:
            if isinstance(x, str) and x and not re.fullmatch(r"[\dIVXA-E.]*", x):
                return x
        return ""


def _money(D: dict, x: float) -> Num:
    return Num(x * 1000, 0) if D["c"]["money"] == "k" else Num(x, 1)


def _mu(D: dict) -> str:
    return "nghìn đồng" if D["c"]["money"] == "k" else "triệu đồng"


def _norm(x: float) -> str:
    s = f"{x:.4f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


def tables(D: dict) -> dict[str, Table]:
    c, u = D["c"], D["c"]["unit"]
    o = c.get("tabs", {})
    prods = c["products"]
    T: dict[str, Table] = {}
    Y3 = [str(y) for y in YEARS]
    m = lambda x: _money(D, x)  # noqa: E731
    h = c["hist"]
    T["hist"] = Table("hist", o.get("hist_cap", "Kết quả sản xuất kinh doanh 2024 – 2026"), None,
                      ["Chỉ tiêu", "ĐVT", *map(str, HIST_YEARS)],
                      [["Sản lượng", u, *[Num(x) for x in h["out"]]],
                       ["Giá bán bình quân", f"đồng/{u}", *[Num(x) for x in h["price"]]],
                       ["Doanh thu", _mu(D), *[m(x) for x in D["h_rev"]]],
                       ["Tổng chi phí", _mu(D), *[m(x) for x in D["h_cost"]]],
                       ["Lợi nhuận", _mu(D), *[m(x) for x in D["h_profit"]]],
                       ["Lao động", "người", *[Num(x) for x in h["workers"]]]])
    rows = [[r, *[Num(x) for x in ns]] for r, ns in c["roles"]]
    rows.append(["Cộng lao động thường xuyên", *[Num(x) for x in D["staff"]]])
    rows.append(["Lương bình quân (triệu đồng/tháng)", *[Num(x, 1) for x in D["wage"]]])
    rows.append(["Quỹ lương năm (triệu đồng)", *[Num(x, 1) for x in D["wagefund"]]])
    T["staff"] = Table("staff", o.get("staff_cap", "Lao động thường xuyên và quỹ lương"), None,
                       ["Bộ phận", *Y3], rows)
    rows = [[p["label"], p["word"], *[Num(D["packs"][i][y]) for y in range(3)]] for i, p in enumerate(prods)]
    if not o.get("no_convert"):
        rows.append([o.get("out_label", "Sản lượng quy đổi"), u, *[Num(x, o.get("out_dec", 0)) for x in D["out"]]])
    if D["cap"] and not o.get("no_cap"):
        rows.append(["Công suất thiết kế", u, *[Num(D["cap"])] * 3])
        rows.append(["Tỷ lệ sử dụng công suất", "%", *[Num(x, 1) for x in D["use"]]])
    T["out"] = Table("out", o.get("out_cap", "Kế hoạch sản lượng 2027 – 2029"), None,
                     ["Sản phẩm", "ĐVT", *Y3], rows)
    for k, r in enumerate(D["raws"]):
        rows = []
        for (lab, cnt, word, yld), sup in zip(r["rows"], r["sup_rows"]):
            if len(set(cnt)) == 1:
                lab2 = f"{lab} ({_norm(cnt[0])} {word} × {fmt(yld)} {r['unit']})"
            else:
                lab2 = f"{lab} ({word} × {fmt(yld)} {r['unit']})"
            rows.append([lab2, *[Num(x) for x in sup]])
        rows.append(["Cộng nguồn cung", *[Num(x) for x in r["sup"]]])
        nl = o.get("need_label", "Nhu cầu theo kế hoạch")
        rows.append([nl, *[Num(x) for x in r["need"]]])
        if not o.get("no_balance"):
            rows.append(["Còn dư", *[Num(x) for x in r["spare"]]])
        cap_ = o.get("raw_cap" if k == 0 else f"raw_cap{k}") or f"Cân đối nguyên liệu: {r['label'].lower()}"
        T[f"raw{k}" if k else "raw"] = Table(f"raw{k}" if k else "raw", cap_, r["unit"],
                                             ["Nguồn", *Y3], rows)
    # revenue
    if o.get("rev") == "wide":
        rows = [[p["label"], *[m(D["rev_i"][i][y]) for y in range(3)]] for i, p in enumerate(prods)]
        rows.append(["Tổng doanh thu", *[m(x) for x in D["rev"]]])
        T["rev"] = Table("rev", o.get("rev_cap", "Doanh thu dự kiến"), _mu(D), ["Sản phẩm", *Y3], rows)
        plab = o.get("price_labels", [p["label"] for p in prods])
        rows = [[plab[i], f"đồng/{p['word']}", *[Num(D["price"][i][y]) for y in range(3)]]
                for i, p in enumerate(prods)]
        T["price"] = Table("price", o.get("price_cap", "Giá bán dự kiến"), None,
                           ["Sản phẩm", "ĐVT", *Y3], rows)
    else:
        rows = []
        for y in range(3):
            for i, p in enumerate(prods):
                rows.append([str(YEARS[y]) if i == 0 else "", p["label"], Num(D["packs"][i][y]),
                             Num(D["price"][i][y]), m(D["rev_i"][i][y])])
            rows.append(["", f"Cộng năm {YEARS[y]}", "", "", m(D["rev"][y])])
        mu = "nghìn đ" if c["money"] == "k" else "triệu đ"
        T["rev"] = Table("rev", o.get("rev_cap", "Doanh thu dự kiến"), None,
                         ["Năm", "Sản phẩm", "Số lượng", "Giá bán (đ)", f"Doanh thu ({mu})"], rows)
    # costs
    fl_lab = {"wage": o.get("wage_label", "Lương lao động thường xuyên"),
              "dep": o.get("dep_label", "Khấu hao tài sản cố định"),
              "int": o.get("int_label", "Lãi vay ngân hàng")}
    frows = [[fl_lab.get(lab, lab), *[m(v[y]) for y in range(3)]] for lab, v in D["fl"]]
    vrows = [[v["label"], *[m(v["tot"][y]) for y in range(3)]] for v in D["vl"]]
    vrows += [[v["label"], *[m(v["tot"][y]) for y in range(3)]] for v in D["pv"]]
    if D["packtot"]:
        vrows.append([c.get("pack_label", "Bao bì"), *[m(x) for x in D["packtot"]]])
    vrows += [[f"{v['label']} ({pct(v['share'])} %)", *[m(v["tot"][y]) for y in range(3)]]
              for v in D["vp"]]
    vname, fname = o.get("vname", "chi phí biến đổi"), o.get("fname", "chi phí cố định")
    fc_row = D.get("FC_print", D["FC"])
    if o.get("cost") == "combined":
        rows = [["I", vname.capitalize(), "", "", ""]]
        rows += [[str(k + 1), *r] for k, r in enumerate(vrows)]
        rows.append(["", f"Cộng {vname}", *[m(x) for x in D["VC"]]])
        rows.append(["II", fname.capitalize(), "", "", ""])
        rows += [[str(k + 1), *r] for k, r in enumerate(frows)]
        rows.append(["", f"Cộng {fname}", *[m(x) for x in fc_row]])
        rows.append(["", "Tổng chi phí (I + II)", *[m(x) for x in D["cost"]]])
        T["cost"] = Table("cost", o.get("cost_cap", "Chi phí sản xuất kinh doanh"), _mu(D),
                          ["TT", "Khoản mục", *Y3], rows)
    else:
        rows = [[str(k + 1), *r] for k, r in enumerate(vrows)]
        rows.append(["", f"Cộng {vname}", *[m(x) for x in D["VC"]]])
        T["var"] = Table("var", o.get("var_cap", "Chi phí biến đổi"), _mu(D), ["TT", "Khoản mục", *Y3], rows)
        rows = [[str(k + 1), *r] for k, r in enumerate(frows)]
        rows.append(["", f"Cộng {fname}", *[m(x) for x in fc_row]])
        T["fixed"] = Table("fixed", o.get("fixed_cap", "Chi phí cố định"), _mu(D), ["TT", "Khoản mục", *Y3], rows)
    # summary
    sl = o.get("sum_labels", {})
    rows = [[sl.get("rev", "Doanh thu"), *[m(x) for x in D["rev"]]],
            [sl.get("var", "Chi phí biến đổi"), *[m(x) for x in D["VC"]]],
            [sl.get("cm", "Số dư đảm phí"), *[m(x) for x in D["CM"]]],
            [sl.get("fix", "Chi phí cố định"), *[m(x) for x in D["FC"]]],
            [sl.get("profit", "Lợi nhuận trước thuế"), *[m(x) for x in D["profit"]]],
            [sl.get("margin", "Tỷ suất lợi nhuận/doanh thu (%)"), *[Num(x, 1) for x in D["margin"]]]]
    T["sum"] = Table("sum", o.get("sum_cap", "Tổng hợp doanh thu, chi phí, lợi nhuận"), _mu(D), ["Chỉ tiêu", *Y3], rows)
    # break-even
    yrs = o.get("be_years", [0, 1, 2])
    bl = o.get("be_labels", {})
    Pd = [round(D["P"][y]) for y in range(3)]
    Vd = [round(D["V"][y]) for y in range(3)]
    rows = [[bl.get("fix", "Chi phí cố định"), _mu(D), *[m(D["FC"][y]) for y in yrs]],
            [bl.get("p", "Giá bán bình quân"), f"đồng/{u}", *[Num(Pd[y]) for y in yrs]],
            [bl.get("v", "Biến phí bình quân"), f"đồng/{u}", *[Num(Vd[y]) for y in yrs]],
            [bl.get("cm", "Số dư đảm phí đơn vị"), f"đồng/{u}", *[Num(Pd[y] - Vd[y]) for y in yrs]],
            [bl.get("q", "Sản lượng hòa vốn"), u, *[Num(D["Qbe"][y]) for y in yrs]],
            [bl.get("r", "Doanh thu hòa vốn"), _mu(D), *[m(D["Rbe"][y]) for y in yrs]],
            [bl.get("plan", "Sản lượng kế hoạch"), u, *[Num(D["out"][y], o.get("out_dec", 0)) for y in yrs]],
            [bl.get("pct", "Tỷ lệ hòa vốn/kế hoạch"), "%", *[Num(D["bepct"][y], 1) for y in yrs]]]
    if not o.get("no_month"):
        rows.append([bl.get("month", "Hòa vốn sau"), "tháng", *[Num(D["bemonth"][y], 1) for y in yrs]])
    if o.get("safety"):
        rows.append([bl.get("safety", "Hệ số an toàn"), "%", *[Num(D["safety"][y], 1) for y in yrs]])
    T["be"] = Table("be", o.get("be_cap", "Điểm hòa vốn"), None,
                    ["Chỉ tiêu", "ĐVT", *[f"Năm {YEARS[y]}" if len(yrs) == 1 else str(YEARS[y]) for y in yrs]], rows)
    # unit cost sheet
    T["unit"] = _sheet(D)
    # investment and sources
    rows = [[str(k + 1), lab, m(a)] for k, (lab, a, _) in enumerate(c["inv"])]
    rows.append(["", "Tổng vốn đầu tư", m(D["inv_total"])])
    T["inv"] = Table("inv", o.get("inv_cap", "Nhu cầu vốn đầu tư"), _mu(D), ["TT", "Hạng mục", "Số tiền"], rows)
    rows = [[str(k + 1), lab, m(a), Num(s, 1)] for k, ((lab, a), s) in enumerate(zip(c["src"], D["src_share"]))]
    rows.append(["", "Tổng cộng", m(D["src_total"]), Num(100, 0)])
    T["src"] = Table("src", o.get("src_cap", "Nguồn vốn"), _mu(D), ["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows)
    return T


def _sheet(D: dict) -> Table:
    c, u = D["c"], D["c"]["unit"]
    o = c.get("tabs", {})
    S = D["sheet"]
    kind = c.get("sheet", "base")
    cap = o.get("sheet_cap")
    if kind == "base":
        b = S["base"][0]
        rows = [["A", o.get("sv", "Chi phí biến đổi"), "", "", "", ""]]
        k = 0
        for (lab, v), vl in zip(b["lines"], D["vl"]):
            k += 1
            rows.append([str(k), lab, vl["dvt"], _norm(vl["norm"]) if vl["norm"] is not None else "–",
                         Num(vl["price"]) if vl["norm"] is not None else "–", Num(v)])
        for lab, v in b["lines"][len(D["vl"]):]:
            k += 1
            sh = [x for x in D["vp"] if x["label"] == lab]
            lab2 = f"{lab} ({pct(sh[0]['share'])} % giá bán)" if sh else lab
            rows.append([str(k), lab2, "–", "–", "–", Num(v)])
        rows.append(["", "Cộng " + o.get("sv", "Chi phí biến đổi").lower(), "", "", "", Num(b["var"])])
        rows.append(["B", o.get("sf", "Chi phí cố định") + " phân bổ", "", "", "", Num(b["fix"])])
        rows.append(["C", "Giá thành đơn vị (A + B)", "", "", "", Num(b["cost"])])
        rows.append(["D", "Giá bán bình quân", "", "", "", Num(b["price"])])
        rows.append(["E", "Lãi bình quân (D − C)", "", "", "", Num(b["profit"])])
        return Table("unit", cap or f"Giá thành đơn vị năm 2027 (tính cho 1 {u} thành phẩm)", None,
                     ["TT", "Khoản mục", "ĐVT", "Định mức", "Đơn giá (đ)", f"Thành tiền (đ/{u})"], rows)
    if kind == "years":
        B = S["base"]
        rows = []
        for j, (lab, _) in enumerate(B[0]["lines"]):
            rows.append([lab, *[Num(B[y]["lines"][j][1]) for y in range(3)]])
        rows.append(["Cộng biến phí", *[Num(B[y]["var"]) for y in range(3)]])
        rows.append(["Định phí phân bổ", *[Num(B[y]["fix"]) for y in range(3)]])
        rows.append(["Giá thành đơn vị", *[Num(B[y]["cost"]) for y in range(3)]])
        rows.append(["Giá bán bình quân", *[Num(B[y]["price"]) for y in range(3)]])
        rows.append(["Lãi trên 1 " + u, *[Num(B[y]["profit"]) for y in range(3)]])
        return Table("unit", cap or f"Giá thành đơn vị theo năm", f"đồng/{u}", ["Khoản mục", *map(str, YEARS)], rows)
    if kind == "products":
        prods = c["products"]
        Pk = S["pack"]
        labs = [lab for lab, _ in Pk[0][0]["lines"]]
        for i in range(1, len(prods)):
            for lab, _ in Pk[i][0]["lines"]:
                if lab not in labs:
                    labs.append(lab)
        rows = []
        for lab in labs:
            cells = []
            for i in range(len(prods)):
                d = dict(Pk[i][0]["lines"])
                cells.append(Num(d[lab]) if d.get(lab) else "–")
            rows.append([lab, *cells])
        rows.append(["Cộng chi phí biến đổi", *[Num(Pk[i][0]["var"]) for i in range(len(prods))]])
        rows.append(["Chi phí cố định phân bổ", *[Num(Pk[i][0]["fix"]) for i in range(len(prods))]])
        rows.append(["Giá thành", *[Num(Pk[i][0]["cost"]) for i in range(len(prods))]])
        rows.append(["Giá bán", *[Num(Pk[i][0]["price"]) for i in range(len(prods))]])
        rows.append(["Lãi", *[Num(Pk[i][0]["profit"]) for i in range(len(prods))]])
        return Table("unit", cap or "Giá thành một lượt khách năm 2027", f"đồng/{prods[0]['word']}",
                     ["Khoản mục", *[o.get("pshort", [p["label"] for p in prods])[i] for i in range(len(prods))]], rows)
    # one product's pack
    i = kind[1]
    p = c["products"][i]
    b = S["pack"][i][0]
    rows = [["A", o.get("sv", "Chi phí biến đổi"), "", "", "", ""]]
    k = 0
    for (lab, v), vl in zip(b["lines"], D["vl"]):
        k += 1
        rows.append([str(k), lab, vl["dvt"],
                     _norm(vl["norm"] * p["size"]) if vl["norm"] is not None else "–",
                     Num(vl["price"]) if vl["norm"] is not None else "–", Num(v)])
    for lab, v in b["lines"][len(D["vl"]):]:
        k += 1
        sh = [x for x in D["vp"] if x["label"] == lab]
        lab2 = f"{lab} ({pct(sh[0]['share'])} % giá bán)" if sh else lab
        rows.append([str(k), lab2, "–", "–", "–", Num(v)])
    rows.append(["", "Cộng " + o.get("sv", "Chi phí biến đổi").lower(), "", "", "", Num(b["var"])])
    rows.append(["B", o.get("sf", "Chi phí cố định") + " phân bổ", "", "", "", Num(b["fix"])])
    rows.append(["C", "Giá thành (A + B)", "", "", "", Num(b["cost"])])
    rows.append(["D", "Giá bán", "", "", "", Num(b["price"])])
    rows.append(["E", "Lãi trên 1 " + p["word"] + " (D − C)", "", "", "", Num(b["profit"])])
    return Table("unit", cap or f"Giá thành 1 {p['word']} năm 2027", None,
                 ["TT", "Khoản mục", "ĐVT", f"Lượng/{p['word']}", "Đơn giá (đ)", f"Thành tiền (đ/{p['word']})"], rows)


# --------------------------------------------------------------------------- prose figures
def figs(D: dict) -> dict[str, str]:
    """The figures the prose quotes, formatted as the plan prints them (money in triệu đồng)."""
    f: dict[str, str] = {}
    for y in range(3):
        f[f"out{y}"] = fmt(D["out"][y])
        f[f"rev{y}"] = fmt(D["rev"][y], 1)
        f[f"VC{y}"] = fmt(D["VC"][y], 1)
        f[f"FC{y}"] = fmt(D["FC"][y], 1)
        f[f"CM{y}"] = fmt(D["CM"][y], 1)
        f[f"profit{y}"] = fmt(D["profit"][y], 1)
        f[f"margin{y}"] = fmt(D["margin"][y], 1)
        f[f"Q{y}"] = fmt(D["Qbe"][y])
        f[f"Rbe{y}"] = fmt(D["Rbe"][y], 1)
        f[f"bepct{y}"] = fmt(D["bepct"][y], 1)
        f[f"month{y}"] = fmt(D["bemonth"][y], 1)
        f[f"safety{y}"] = fmt(D["safety"][y], 1)
        f[f"P{y}"] = fmt(round(D["P"][y]))
        f[f"V{y}"] = fmt(round(D["V"][y]))
        f[f"CMu{y}"] = fmt(round(D["P"][y]) - round(D["V"][y]))
        f[f"cmr{y}"] = fmt(D["cmr"][y], 1)
        f[f"staff{y}"] = fmt(D["staff"][y])
        f[f"wagefund{y}"] = fmt(D["wagefund"][y], 1)
        if D["use"]:
            f[f"use{y}"] = fmt(D["use"][y], 1)
        b = D["sheet"]["base"][y]
        f[f"ucost{y}"] = fmt(b["cost"])
        f[f"uvar{y}"] = fmt(b["var"])
        f[f"ufix{y}"] = fmt(b["fix"])
        f[f"uprofit{y}"] = fmt(b["profit"])
        for i, pk in enumerate(D["sheet"]["pack"]):
            f[f"p{i}cost{y}"] = fmt(pk[y]["cost"])
            f[f"p{i}var{y}"] = fmt(pk[y]["var"])
            f[f"p{i}fix{y}"] = fmt(pk[y]["fix"])
            f[f"p{i}profit{y}"] = fmt(pk[y]["profit"])
            f[f"p{i}price{y}"] = fmt(D["price"][i][y])
            f[f"p{i}packs{y}"] = fmt(D["packs"][i][y])
        for k, r in enumerate(D["raws"]):
            f[f"need{k}_{y}"] = fmt(r["need"][y])
            f[f"sup{k}_{y}"] = fmt(r["sup"][y])
    f["payback"] = fmt(D["payback"], 1)
    f["inv"] = fmt(D["inv_total"])
    f["src"] = fmt(D["src_total"])
    f["dep"] = fmt(D["dep"], 1)
    f["avg_profit"] = fmt(D["avg_profit"], 1)
    f["fixed_assets"] = fmt(D["fixed_assets"])
    f["cap"] = fmt(D["cap"]) if D["cap"] else ""
    f["hrev2"] = fmt(D["h_rev"][2], 1)
    f["hprofit2"] = fmt(D["h_profit"][2], 1)
    f["hout2"] = fmt(D["c"]["hist"]["out"][2])
    return f


# --------------------------------------------------------------------------- the check
class Plan(plancheck.Plan):
    src = HERE / "src"


def md_tables(body: str) -> dict[str, list[list[str]]]:
    """caption (after "Bảng N. ") -> rows of cells (header first), read from the Markdown."""
    out: dict[str, list[list[str]]] = {}
    cap = None
    for line in body.splitlines():
        m = re.match(r"^Bảng \d+\. (.+)$", line.strip())
        if m:
            cap = m.group(1).strip()
            out[cap] = []
            continue
        if line.strip().startswith("|") and cap is not None:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r"-+", c) for c in cells):
                continue
            out[cap].append(cells)
    return out


STEMS = {
    "gp01": "gp01_mi_gao_tung_chau_cty",
    "gp02": "gp02_ruou_nep_thach_dai_htx",
    "gp03": "gp03_mat_ong_son_kim_hkd",
    "gp04": "gp04_du_lich_rao_tro_tht",
    "gp05": "gp05_nuoc_mam_hai_thinh_htx",
    "gp06": "gp06_tra_ca_gai_leo_tra_son_ctcp",
    "gp07": "gp07_ruou_sim_hong_loc_hkd",
    "gp08": "gp08_non_la_trung_hoa_tht",
    "gp09": "gp09_bot_san_day_yen_thuong_hkd",
    "gp10": "gp10_nuoc_rau_ma_ky_van_cty",
    "gp11": "gp11_banh_gai_so_sai",
    "gp12": "gp12_choi_dot_so_sai",
}
READY = ("gp01", "gp02", "gp03", "gp04")
SKETCHY = ("gp11", "gp12")
# table cells that differ from the true figure: (table key, row label) -> planted (True) or a
# figure that follows a planted one (False)
DIFFS = {
    "gp05": {("cost", "Cộng chi phí cố định"): True},
    "gp07": {("rev", "Rượu sim 29 độ, chai 500 ml"): True, ("rev", "Cộng năm 2028"): False,
             ("sum", "Doanh thu"): False, ("sum", "Số dư đảm phí"): False,
             ("var", "Bán hàng, vận chuyển (5 %)"): False, ("var", "Thuế GTGT, thuế TNCN (1,5 %)"): False,
             ("var", "Cộng chi phí biến đổi"): False, ("sum", "Chi phí biến đổi"): False,
             ("sum", "Lợi nhuận trước thuế"): False, ("sum", "Tỷ suất lợi nhuận/doanh thu (%)"): False},
    "gp09": {("sum", "Lợi nhuận trước thuế"): True, ("sum", "Tỷ suất lợi nhuận/doanh thu (%)"): False},
}
# relations recomputed from the printed figures that must fail (by more than 5 %): the planted ones
OFF = {
    "gp05": {"fixed total 2028", "summary fixed = cost table 2028", "payback"},
    "gp06": {"sources = investment"},
    "gp07": {"revenue line 2028 Rượu sim 29 độ, chai 500 ml", "output within capacity 2028",
             "output within capacity 2029"},
    "gp08": {"need within supply 2027", "need within supply 2028", "need within supply 2029"},
    "gp09": {"profit 2027"},
}


def _nums(row: list) -> list[float]:
    return [x.v for x in row if isinstance(x, Num)]


def _row(T: Table, label: str, skip: int = 0) -> list[float]:
    seen = 0
    for r in T.rows:
        if T.label(r) == label:
            if seen == skip:
                return _nums(r)
            seen += 1
    raise KeyError(f"{T.key}: {label}")


def check_tables(p: Plan, key: str) -> None:
    Dp, Dt = model(key, True), model(key, False)
    Tp, Tt = tables(Dp), tables(Dt)
    md = md_tables(p.body)
    used = [k for k, t in Tp.items() if t.caption in md]
    p.check(len(md) >= 10 and len(md) <= 15, f"{len(md)} tables, 10-15 wanted")
    for k in ("hist", "staff", "out", "rev", "sum", "be", "unit", "inv", "src", "raw"):
        p.check(k in used, f"table {k} not in the plan")
    p.check(("cost" in used) or ("var" in used and "fixed" in used), "no cost tables")
    # 1. the Markdown holds the printed tables cell for cell
    for k in used:
        t, rows = Tp[k], md[Tp[k].caption]
        want = [t.header] + [[str(x) for x in r] for r in t.rows]
        if rows != want:
            for a, b in zip(rows, want):
                if a != b:
                    p.failures.append(f"table {k}: {a} != {b}")
                    break
            else:
                p.failures.append(f"table {k}: {len(rows)} rows, {len(want)} wanted")
    # 2. printed against true: only the declared cells differ, planted ones by more than 5 %
    seen: dict = {}
    for k in used:
        for rp_, rt in zip(Tp[k].rows, Tt[k].rows):
            lab = Tp[k].label(rp_)
            for a, b in zip(rp_, rt):
                if isinstance(a, Num) and isinstance(b, Num) and not (close(a.v, b.v) or abs(a.v - b.v) <= 0.11):
                    seen.setdefault((k, lab), []).append((a.v, b.v))
    decl = DIFFS.get(key, {})
    for cell, vals in seen.items():
        if cell not in decl:
            p.failures.append(f"undeclared wrong cell {cell}: printed/true {vals}")
        elif decl[cell]:
            for a, b in vals:
                p.check(off(a, b), f"planted cell {cell} only {a} vs {b}")
    for cell in decl:
        p.check(cell in seen, f"declared defect cell {cell} is right")
    # 3. relations recomputed from the printed figures
    relations(p, key, Dp, Tp, used)


def relations(p: Plan, key: str, D: dict, T: dict, used: list) -> None:
    c = D["c"]
    prods = c["products"]
    n = len(prods)
    k_ = 1000 if c["money"] == "k" else 1
    res: list[tuple[str, float, float]] = []
    out = _row(T["out"], c.get("tabs", {}).get("out_label", "Sản lượng quy đổi")) \
        if not c.get("tabs", {}).get("no_convert") else None
    packs = [_row(T["out"], pr["label"]) for pr in prods]
    for y in range(3):
        res.append((f"output {YEARS[y]}", out[y], sum(packs[i][y] * prods[i]["size"] for i in range(n))))
        if y:
            for i in range(n):
                res.append((f"packs {YEARS[y]} {prods[i]['label']}", packs[i][y],
                            packs[i][y - 1] * (1 + c["g_out"][y - 1])))
    if D["cap"]:
        for y in range(3):
            res.append((f"output within capacity {YEARS[y]}", min(out[y], D["cap"]), out[y]))
        if not c.get("tabs", {}).get("no_cap"):
            use = _row(T["out"], "Tỷ lệ sử dụng công suất")
            for y in range(3):
                res.append((f"use {YEARS[y]}", use[y], out[y] / D["cap"] * 100))
    # prices and revenue
    if "price" in T:
        plab = c.get("tabs", {}).get("price_labels", [pr["label"] for pr in prods])
        price = [_row(T["price"], plab[i]) for i in range(n)]
        revl = [_row(T["rev"], pr["label"]) for pr in prods]
        tot = _row(T["rev"], "Tổng doanh thu")
    else:
        price, revl, tot = [[0.0] * 3 for _ in prods], [[0.0] * 3 for _ in prods], [0.0] * 3
        for y in range(3):
            for i, pr in enumerate(prods):
                q, pz, rv = _row(T["rev"], pr["label"], skip=y)
                res.append((f"quantity {YEARS[y]} {pr['label']}", q, packs[i][y]))
                price[i][y], revl[i][y] = pz, rv
            tot[y] = _row(T["rev"], f"Cộng năm {YEARS[y]}")[0]
    for y in range(3):
        for i, pr in enumerate(prods):
            res.append((f"price {YEARS[y]} {pr['label']}", price[i][y], pr["price"] * (1 + c["g_price"]) ** y))
            res.append((f"revenue line {YEARS[y]} {pr['label']}", revl[i][y], packs[i][y] * price[i][y] / 1e6 * k_))
        res.append((f"revenue total {YEARS[y]}", tot[y], sum(revl[i][y] for i in range(n))))
    # raw materials
    for k, r in enumerate(D["raws"]):
        t = T[f"raw{k}" if k else "raw"]
        rows = [_nums(x) for x in t.rows]
        nsup = len(r["rows"])
        sup = _row(t, "Cộng nguồn cung")
        need = rows[nsup + 1]
        for y in range(3):
            for j, (lab, cnt, _, yld) in enumerate(r["rows"]):
                res.append((f"supply {lab} {YEARS[y]}", rows[j][y], cnt[y] * yld))
            res.append((f"supply total {r['label']} {YEARS[y]}", sup[y], sum(rows[j][y] for j in range(nsup))))
            norm = r["norm"]
            want = sum(packs[i][y] * norm[i] for i in range(n)) if isinstance(norm, list) else out[y] * norm
            res.append((f"need {r['label']} {YEARS[y]}", need[y], want))
            if len(rows) > nsup + 2:
                res.append((f"spare {r['label']} {YEARS[y]}", rows[nsup + 2][y], sup[y] - need[y]))
            res.append((f"need within supply {YEARS[y]}" if k == 0 else f"need within supply {r['label']} {YEARS[y]}",
                        min(need[y], sup[y]), need[y]))
    # staff
    staff = _row(T["staff"], "Cộng lao động thường xuyên")
    wage = _row(T["staff"], "Lương bình quân (triệu đồng/tháng)")
    fund = _row(T["staff"], "Quỹ lương năm (triệu đồng)")
    for y in range(3):
        res.append((f"staff {YEARS[y]}", staff[y], sum(_row(T["staff"], r)[y] for r, _ in c["roles"])))
        res.append((f"wage {YEARS[y]}", wage[y], c["wage"] * (1 + c["g_wage"]) ** y))
        res.append((f"wage fund {YEARS[y]}", fund[y], staff[y] * wage[y] * 12))
    # costs
    o = c.get("tabs", {})
    if "cost" in T:
        rows = T["cost"].rows
        sec = [i for i, r in enumerate(rows) if r[0] in ("I", "II")]
        vrows = [_nums(r) for r in rows[sec[0] + 1:sec[1] - 1]]
        frows = [_nums(r) for r in rows[sec[1] + 1:-2]]
        vc, fc = _nums(rows[sec[1] - 1]), _nums(rows[-2])
        total = _nums(rows[-1])
        for y in range(3):
            res.append((f"cost total {YEARS[y]}", total[y], _row(T["sum"], "Chi phí biến đổi")[y] + _row(T["sum"], "Chi phí cố định")[y]))
    else:
        vrows = [_nums(r) for r in T["var"].rows[:-1]]
        frows = [_nums(r) for r in T["fixed"].rows[:-1]]
        vc, fc = _nums(T["var"].rows[-1]), _nums(T["fixed"].rows[-1])
    for y in range(3):
        res.append((f"variable total {YEARS[y]}", vc[y], sum(r[y] for r in vrows)))
        res.append((f"fixed total {YEARS[y]}", fc[y], sum(r[y] for r in frows)))
        j = 0
        for v in c.get("vlines", []):
            per = (v[2] if v[2] is not None else 1) * v[3]
            res.append((f"variable {v[0]} {YEARS[y]}", vrows[j][y], per * out[y] / 1e6 * k_))
            j += 1
        for v in D["pv"]:
            res.append((f"variable {v['label']} {YEARS[y]}", vrows[j][y],
                        sum(packs[i][y] * v["per"][i] for i in range(n)) / 1e6 * k_))
            j += 1
        if D["packtot"]:
            res.append((f"packaging {YEARS[y]}", vrows[j][y],
                        sum(packs[i][y] * prods[i]["pack"] for i in range(n)) / 1e6 * k_))
            j += 1
        for lab, share in c["vpct"]:
            res.append((f"variable {lab} {YEARS[y]}", vrows[j][y], share * tot[y]))
            j += 1
        res.append((f"fixed wages {YEARS[y]}", frows[0][y], fund[y] * k_))
        res.append((f"depreciation {YEARS[y]}", frows[1][y], D["fixed_assets"] / c["life"] * k_))
        res.append((f"interest {YEARS[y]}", frows[2][y], c["loan"][y] * c["rate"] * k_))
        for j, (lab, amts) in enumerate(c["fother"]):
            res.append((f"fixed {lab} {YEARS[y]}", frows[3 + j][y], amts[y] * k_))
    # summary
    S = T["sum"]
    sl = o.get("sum_labels", {})
    srev, svc = _row(S, sl.get("rev", "Doanh thu")), _row(S, sl.get("var", "Chi phí biến đổi"))
    scm, sfc = _row(S, sl.get("cm", "Số dư đảm phí")), _row(S, sl.get("fix", "Chi phí cố định"))
    sprofit = _row(S, sl.get("profit", "Lợi nhuận trước thuế"))
    smargin = _row(S, sl.get("margin", "Tỷ suất lợi nhuận/doanh thu (%)"))
    for y in range(3):
        res.append((f"summary revenue {YEARS[y]}", srev[y], tot[y]))
        res.append((f"summary variable {YEARS[y]}", svc[y], vc[y]))
        res.append((f"summary fixed = cost table {YEARS[y]}", sfc[y], fc[y]))
        res.append((f"contribution {YEARS[y]}", scm[y], srev[y] - svc[y]))
        res.append((f"profit {YEARS[y]}", sprofit[y], srev[y] - svc[y] - sfc[y]))
        res.append((f"margin {YEARS[y]}", smargin[y], sprofit[y] / srev[y] * 100))
        true_margin = (srev[y] - svc[y] - sfc[y]) / srev[y] * 100
        p.check(0 < true_margin < 45, f"margin {YEARS[y]} {true_margin:.1f} % out of 0-45 %")
    # break-even
    B = T["be"]
    yrs = o.get("be_years", [0, 1, 2])
    bl = o.get("be_labels", {})
    bfc = _row(B, bl.get("fix", "Chi phí cố định"))
    bp, bv = _row(B, bl.get("p", "Giá bán bình quân")), _row(B, bl.get("v", "Biến phí bình quân"))
    bcm, bq = _row(B, bl.get("cm", "Số dư đảm phí đơn vị")), _row(B, bl.get("q", "Sản lượng hòa vốn"))
    br, bplan = _row(B, bl.get("r", "Doanh thu hòa vốn")), _row(B, bl.get("plan", "Sản lượng kế hoạch"))
    bpct = _row(B, bl.get("pct", "Tỷ lệ hòa vốn/kế hoạch"))
    bm = None if o.get("no_month") else _row(B, bl.get("month", "Hòa vốn sau"))
    for j, y in enumerate(yrs):
        Y = YEARS[y]
        res.append((f"break-even fixed {Y}", bfc[j], sfc[y]))
        res.append((f"break-even price {Y}", bp[j], srev[y] / k_ * 1e6 / out[y]))
        res.append((f"break-even variable {Y}", bv[j], svc[y] / k_ * 1e6 / out[y]))
        res.append((f"break-even contribution {Y}", bcm[j], bp[j] - bv[j]))
        res.append((f"break-even quantity {Y}", bq[j], bfc[j] / k_ * 1e6 / bcm[j]))
        res.append((f"break-even revenue {Y}", br[j], bq[j] * bp[j] / 1e6 * k_))
        res.append((f"break-even plan {Y}", bplan[j], out[y]))
        res.append((f"break-even share {Y}", bpct[j], bq[j] / bplan[j] * 100))
        if bm:
            res.append((f"break-even month {Y}", bm[j], bpct[j] * 12 / 100))
        p.check(bq[j] < bplan[j], f"break-even {Y} above the plan")
    # the unit cost sheet
    U = T["unit"]
    kind = c.get("sheet", "base")
    if kind in ("base", "years") or isinstance(kind, tuple):
        if kind == "years":
            cols = [[_nums(r)[y] for r in U.rows] for y in range(3)]
        else:
            cols = [[_nums(r)[-1] for r in U.rows if _nums(r)]]
        for y, col in enumerate(cols):
            lines, var, fix, cost, price_, prof = col[:-5], col[-5], col[-4], col[-3], col[-2], col[-1]
            res.append((f"unit sheet variable {YEARS[y]}", var, sum(lines)))
            res.append((f"unit sheet cost {YEARS[y]}", cost, var + fix))
            res.append((f"unit sheet profit {YEARS[y]}", prof, price_ - cost))
            if kind == "base" or kind == "years":
                res.append((f"unit sheet fixed {YEARS[y]}", fix, sfc[y] / k_ * 1e6 / out[y]))
                res.append((f"unit sheet variable = break-even {YEARS[y]}", var, svc[y] / k_ * 1e6 / out[y]))
                res.append((f"unit sheet price {YEARS[y]}", price_, srev[y] / k_ * 1e6 / out[y]))
            else:
                i = kind[1]
                res.append((f"unit sheet fixed {YEARS[y]}", fix, sfc[y] / srev[y] * price[i][y]))
                res.append((f"unit sheet price {YEARS[y]}", price_, price[i][y]))
                size = prods[i]["size"]
                want = sum((v[2] if v[2] is not None else 1) * v[3] * size for v in c["vlines"]) \
                    + prods[i]["pack"] + sum(s * price[i][y] for _, s in c["vpct"])
                res.append((f"unit sheet variable lines {YEARS[y]}", var, want))
    else:  # per package columns
        for i in range(n):
            col = [r[1 + i].v if isinstance(r[1 + i], Num) else 0 for r in U.rows]
            lines, var, fix, cost, price_, prof = col[:-5], col[-5], col[-4], col[-3], col[-2], col[-1]
            res.append((f"package sheet variable {i}", var, sum(lines)))
            res.append((f"package sheet cost {i}", cost, var + fix))
            res.append((f"package sheet profit {i}", prof, price_ - cost))
            res.append((f"package sheet fixed {i}", fix, sfc[0] / srev[0] * price[i][0]))
    # investment and sources
    inv = [_nums(r)[0] for r in T["inv"].rows]
    res.append(("investment total", inv[-1], sum(inv[:-1])))
    srows = [_nums(r) for r in T["src"].rows]
    res.append(("sources total", srows[-1][0], sum(r[0] for r in srows[:-1])))
    for j, r in enumerate(srows[:-1]):
        res.append((f"source share {j}", r[1], r[0] / srows[-1][0] * 100))
    res.append(("sources = investment", srows[-1][0], inv[-1]))
    # history
    Hh = T["hist"]
    ho, hp_ = _row(Hh, "Sản lượng"), _row(Hh, "Giá bán bình quân")
    hr, hc, hpr = _row(Hh, "Doanh thu"), _row(Hh, "Tổng chi phí"), _row(Hh, "Lợi nhuận")
    for y in range(3):
        res.append((f"history revenue {HIST_YEARS[y]}", hr[y], ho[y] * hp_[y] / 1e6 * k_))
        res.append((f"history profit {HIST_YEARS[y]}", hpr[y], hr[y] - hc[y]))
    if key not in ("gp09",):
        p.check(out[0] <= ho[2] * 1.2, f"2027 output {out[0]} more than +20 % over 2026 {ho[2]}")
    # growth: revenue (as it should be) under +35 % a year, except in the growth defect
    Dt = model(key, False)
    for y in (1, 2):
        g = Dt["rev"][y] / Dt["rev"][y - 1] - 1
        if key == "gp09":
            p.check(g > 0.5, f"gp09 revenue growth {YEARS[y]} only {g:.0%}")
        else:
            p.check(g < 0.35, f"revenue growth {YEARS[y]} {g:.0%}")
    # payback as the text gives it
    avgp = sum(sprofit) / 3 / k_
    res.append(("payback", D["payback"], D["inv_total"] / (avgp + D["dep"])))
    # judge
    want_off = OFF.get(key, set())
    names = {r[0] for r in res}
    for w in want_off:
        p.check(w in names, f"planted relation {w!r} not computed")
    for name, printed, computed in res:
        if name in want_off:
            p.check(off(printed, computed), f"planted {name}: {printed} vs {computed} (not > 5 % off)")
        elif name.startswith("packs "):
            p.check(abs(printed - computed) <= c.get("rpk", 10) / 2 + 1e-6 or close(printed, computed),
                    f"{name}: {printed} vs {computed}")
        elif name.startswith("price "):
            p.check(abs(printed - computed) <= c.get("rp", 100) / 2 + 1e-6, f"{name}: {printed} vs {computed}")
        else:
            ok = close(printed, computed) or abs(printed - computed) <= (0.11 * k_ if k_ > 1 else 0.11) \
                or (name.startswith(("unit sheet", "package sheet", "break-even")) and abs(printed - computed) <= 3)
            if name.startswith("break-even quantity"):
                ok = abs(printed - computed) <= c.get("rbe", 10) / 2 + 1e-6 or close(printed, computed)
            if name.startswith("wage "):
                ok = abs(printed - computed) <= 0.05 + 1e-9
            p.check(ok, f"{name}: printed {printed} computed {computed}")


# figures the prose must quote (names of figs())
PROSE = {
    "gp01": ["Q0", "bepct0", "bepct2", "month0", "Rbe0", "P0", "V0", "ucost0", "uvar0", "ufix0", "ucost2",
             "FC0", "payback", "avg_profit", "dep", "out0", "out2", "rev0", "rev2", "use2", "sup0_2", "need0_2"],
    "gp02": ["out0", "out2", "rev0", "profit0", "profit2", "FC0", "p0fix0", "p0cost0", "p0profit0", "p1cost0",
             "p2cost0", "cmr0", "Q0", "bepct0", "safety0", "safety2", "payback", "avg_profit", "dep", "use2", "cap"],
    "gp03": ["out0", "out2", "rev0", "rev2", "P0", "V0", "Q0", "bepct0", "Rbe0", "month0", "ucost0", "ucost2",
             "avg_profit", "payback", "dep", "cap", "use2", "hout2", "hprofit2"],
    "gp04": ["out0", "out1", "out2", "rev0", "rev2", "FC0", "P0", "V0", "CMu0", "Q0", "Q1", "bepct0", "bepct1",
             "bepct2", "avg_profit", "payback", "dep", "cap", "use2", "hout2", "hprofit2"],
    "gp05": ["out0", "out2", "rev0", "profit0", "profit2", "ucost0", "p0cost0", "p1cost0", "p2cost0", "Q0", "Q2",
             "bepct0", "Rbe0", "avg_profit", "dep", "cap", "use2", "hout2", "hprofit2"],
    "gp06": ["out0", "out2", "rev0", "rev2", "margin0", "margin2", "p0cost0", "p0profit0", "p1cost0", "p2cost0",
             "p2profit2", "Q0", "bepct0", "bepct2", "Rbe0", "avg_profit", "payback", "dep", "cap", "use2"],
    "gp07": ["out0", "out2", "rev0", "p0cost0", "p0profit0", "p1cost0", "p2cost0", "FC0", "P0", "V0", "Q0", "bepct0",
             "month0", "avg_profit", "payback", "dep", "hout2", "hprofit2"],
    "gp08": ["out0", "out2", "rev0", "rev2", "ucost0", "P0", "V0", "uprofit0", "Q0", "Q2", "bepct0", "bepct2",
             "avg_profit", "payback", "dep", "cap", "use2", "hout2", "hprofit2"],
    "gp09": ["out0", "out2", "rev0", "rev2", "ucost0", "ucost1", "ucost2", "Q0", "Q2", "bepct0", "bepct2", "month2",
             "profit0", "avg_profit", "payback", "dep", "cap", "hout2", "hprofit2"],
    "gp10": ["out0", "out2", "rev0", "rev2", "p0cost0", "p0profit0", "p1cost0", "p2cost0", "Q0", "bepct0", "Rbe0",
             "avg_profit", "payback", "dep", "cap", "use2", "staff0", "hout2", "hprofit2"],
}

# words that must or must not be in a plan: (regex, what) absent; snippets present
ENV_WORDS = (r"môi trường|chất thải|nước thải|(?<!\w)mùi(?!\w)|xử lý|bể lắng|biogas|(?<!\w)rác(?!\w)|ô nhiễm|"
             r"bã chượp|nước muối thải|hầm|khí thải")
LACKS: dict[str, list[tuple[str, str]]] = {
    "gp05": [(ENV_WORDS, "environment word in a plan planted with no-environment-measures")],
    "gp06": [(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu (chất lượng|an toàn|vi sinh|cảm quan)|hợp chuẩn|hợp quy",
              "product-standard word in a plan planted with no-product-standard")],
    "gp07": [(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm|Nghị định 105",
              "alcohol licence word in a plan planted with no-alcohol-license")],
    "gp08": [(r"đăng ký|mã số thuế|giấy chứng nhận|thông báo thành lập|hợp đồng hợp tác|hộ kinh doanh|MST",
              "registration word in a plan planted with no-business-registration"),
             (r"148/QĐ-TTg|1489", "current OCOP instrument in a plan planted with outdated-policy"),
             (r"Còn dư|thiếu", "a balance row or a shortage word")],
    "gp09": [(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết|Luật An toàn",
              "food-safety word in a plan planted with no-food-safety")],
    "gp10": [(r"(?<!\w)nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn|QR",
              "label word in a plan planted with no-label-plan")],
}
HAS: dict[str, list[str]] = {
    "gp01": ["8 %/năm", "3 %/năm", "1,3 kg gạo", "đã đăng ký môi trường", "không in biểu trưng OCOP"],
    "gp02": ["Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "đến 12/10/2030", "QCVN 6-3:2010/BYT",
             "6 %/năm", "Giá bán giữ ổn định", "1,2 kg gạo nếp", "biogas", "đã đăng ký môi trường",
             "Không dành cho người dưới 18 tuổi"],
    "gp03": ["1,03 kg", "12 kg mật/đàn/năm", "130 kg/năm", "5 %/năm", "tăng 3 %/năm", "ĐVT: nghìn đồng",
             "không dùng cho trẻ dưới 1 tuổi", "Sở Nông nghiệp và Môi trường"],
    "gp04": ["0,8 kg thực phẩm tươi", "45 khách/ngày", "300 ngày", "hoa hồng 8 %", "Giá tăng 4 %/năm", "192 "
             "triệu đồng", "đến 22/01/2030", "Luật Du lịch năm 2017", "đăng ký môi trường"],
    "gp07": ["Hai nồi này đủ nấu rượu nền cho sản lượng của cả giai đoạn", "giữ nguyên 5 lao động", "mỗi nồi 40 lít/ngày",
             "210 ngày/năm", "tăng 15 %/năm", "QCVN 6-3:2010/BYT", "Không dành cho người dưới 18 tuổi"],
    "gp08": ["1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện Thạch Hà",
             "huyện Thạch Hà, tỉnh Hà Tĩnh", "bảo đảm đủ cho sản xuất của tổ trong cả giai đoạn", "0,12 kg lá",
             "tăng 10 %/năm"],
    "gp09": ["chưa ký thêm đại lý hay nhà phân phối mới", "nhu cầu bột sắn dây nguyên chất còn rất lớn",
             "8 kg củ sắn dây tươi", "(gấp đôi)", "(tăng 70 %)", "Hộ giữ 2 thợ chính"],
    "gp10": ["Sản phẩm [tên sản phẩm] được ép", "Đối thủ cạnh tranh: ……", "0,45 kg rau má", "tăng 8 %/năm"],
    "gp06": ["bảo đảm đủ vốn cho phương án", "không ghi công dụng chữa bệnh", "5 kg cà gai leo tươi", "10 %/năm"],
    "gp05": ["thời gian hoàn vốn khoảng 1,6 năm", "tăng 7 %/năm", "3 %/năm", "1,2 kg cá cơm", "XV – Hiệu quả xã hội"],
}


def check_text(p: Plan, key: str) -> None:
    D = model(key, True)
    f = figs(D)
    if key == "gp06":  # name-inconsistent: another company's name three times, its own at least five
        p.check(p.count("Công ty Cổ phần Dược liệu Ngàn Phố") >= 3, "the other company's name fewer than 3 times")
        p.check(p.count("Công ty Cổ phần Thảo dược Trà Sơn") + p.count("CÔNG TY CỔ PHẦN THẢO DƯỢC TRÀ SƠN") >= 2,
                "own name too rare")
    if key == "gp10":  # figure-inconsistent: 18 workers in the producer part, the staff table 12
        p.has("18 lao động thường xuyên")
        p.check(model(key)["staff"][0] == 12, "staff table not 12")
    for name in PROSE.get(key, []):
        p.check(f[name] in p.body, f"prose figure {name} = {f[name]!r} not in the text")
    p.has(*HAS.get(key, []))
    for pat, what in LACKS.get(key, []):
        p.lacks(pat, what)
    if key != "gp10":
        p.lacks(PLACEHOLDER, "template placeholder")
    else:
        p.check(len(re.findall(PLACEHOLDER, p.body)) == 2, "gp10 should keep exactly two placeholders")
    if key in READY:
        p.lacks(REPLACED, "replaced instrument or district level")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "nhãn hiệu", "truy xuất")
        p.check(("Tiêu chuẩn cơ sở" in p.body) or ("tiêu chuẩn cơ sở" in p.body), "no TCCS")
        p.check(("thử nghiệm" in p.body) or ("kiểm nghiệm" in p.body), "no test report")
        for dd, mm, yy in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
            p.check(int(yy) >= 2030, f"paper valid only to {dd}/{mm}/{yy}")


def check_sketchy(p: Plan, key: str, words: tuple[int, int], figures: list[str],
                  absent: list[tuple[str, str]]) -> None:
    n = len(re.findall(r"\w+", p.body))
    p.check(words[0] <= n <= words[1], f"{n} words, {words} wanted")
    p.check(not p.rows, "a sketchy plan has a table")
    p.has(*figures)
    for pat, what in absent:
        p.lacks(pat, what)
    p.lacks(PLACEHOLDER, "template placeholder")


PAPERS = (r"đủ điều kiện|an toàn thực phẩm|ATTP|tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|nhãn|mã vạch|"
          r"truy xuất|(?<!\w)tem(?!\w)|bảo hộ|nhật ký|lưu mẫu|nước thải|chất thải|xử lý|rác")
SKETCHY_CHECKS: dict = {
    "gp11": ((150, 350), ["300 chiếc", "5.000 đồng/chiếc", "3.500 đồng", "80 triệu đồng", "50 triệu đồng",
                          "khoảng một năm là hòa vốn"],
             [(PAPERS, "a paper the sketchy plan lacks"),
              (r"đăng ký|mã số thuế|giấy chứng nhận|hộ kinh doanh", "a registration word")]),
    "gp12": ((150, 350), ["6.000 chiếc", "20 %/năm", "45.000 đồng/chiếc", "32.000 đồng", "3.000 chiếc",
                          "60 triệu đồng", "giấy chứng nhận đăng ký hộ kinh doanh"],
             [(PAPERS, "a paper the sketchy plan lacks")]),
}


def run(key: str) -> Plan:
    p = Plan(STEMS[key])
    if key in SKETCHY:
        check_sketchy(p, key, *SKETCHY_CHECKS[key])
        return p
    check_tables(p, key)
    check_text(p, key)
    return p


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if a in STEMS] or list(STEMS)
    plans = []
    for k in keys:
        if not (HERE / "src" / f"{STEMS[k]}.md").exists():
            p = Plan.__new__(Plan)
            p.stem, p.failures = STEMS[k], ["source missing"]
        else:
            p = run(k)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
