"""The 137th holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout137/arithmetic.py

Theme: producers supplied by their members and by farms linked by contract. For every full plan
the constants below (packs and prices, raw material per pack, the supplying hamlets with their
area or herd and yield, the purchase price, staff and wages, energy, investment items and sources
with the members' contributions, loans, the support given to members, selling and tax shares,
capacity) are recomputed into every table of the plan, and each table read back from the plan's
source is compared with them:

- history 2024-2026: revenue = output x average price; 2027 growth on 2026;
- supply table: each row's quantity = area (or herd, or spawn bags) x yield, the total row =
  the sum of the rows (households, area, quantity);
- raw-material balance: need = packs x raw material per pack, supply = the supply table's total,
  the difference row, need within the true supply;
- support to members: seed = area x rate, fertiliser or feed advance = area x rate, training =
  classes x cost, total; the advance within the working capital;
- sales by channel in 2027 adding up to the 2027 output, with their shares;
- the 2027 monthly calendar: each month = the year's raw material and output x its share, the
  shares summing to 100, the year row = need and output;
- staff by section summing to the head count in the wage line;
- production plan: packs by year, output = sum packs x pack size, growth under 20 % a year;
- output within the capacity the plan's own sentence states;
- investment items summing to the total, fixed assets for depreciation; sources summing to their
  total and equal to the investment; the members' contribution = members x amount each;
- revenue lines = packs x price, the total; each cost line from its norm, the cost total, profit;
- payback as printed = investment / (average profit + depreciation).

Planted numeric defects are asserted wrong by more than 5 % (the true value computed beside the
stated one), every other number right within 1 %. Textual planted defects (no trademark, replaced
instruments, no environmental measure, another producer's name, no product standard, no quality
control, no label, no registration, no food safety) are asserted by the absence or presence of
their words; ready plans cite the instruments in force and no replaced one; no plan keeps a
template placeholder. The two sketchy plans: word count and their few figures.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, close, off  # noqa: E402

# Instruments replaced or lapsed before mid-2026, and the abolished district level.
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|\bhuyện\b")

# --------------------------------------------------------------------------- constants
# Money: prices and unit costs in đồng, aggregates in triệu đồng. Raw material in kg.
# products: label, pack unit, size (output units per pack), raw (kg raw material per pack),
#           price (đ), pack cost (đ), piece-rate labour (đ per pack), packs per year 2027-2029.
# supply rows: name, households, area (or herd / bags), yield (kg raw per area unit).


def prod(label, unit, size, raw, price, pack, vols, piece=0):
    return dict(label=label, unit=unit, size=size, raw=raw, price=price, pack=pack, vols=vols, piece=piece)


C = {
    "eh01": dict(
        stem="eh01_gao_huu_co_yen_ho_htx", out_unit="kg", raw_name="thóc",
        products=[prod("Gạo túi 2 kg", "túi", 2, 3.2, 70000, 2500, [30000, 33000, 36000]),
                  prod("Gạo túi 5 kg", "túi", 5, 8.0, 165000, 4500, [12000, 13800, 15600])],
        hist_out=[92000, 98000, 108000], hist_price=[32000, 33000, 33500], hist_profit=[250, 290, 340],
        area_unit="sào", yield_unit="kg/sào/năm",
        supply=[("Thôn Yên Thượng", 18, 150, 440), ("Thôn Yên Trung", 14, 120, 440), ("Thôn Yên Hạ", 12, 110, 440),
                ("Thôn Đồng Bàu", 10, 120, 440), ("Thôn Phú Nhiêu", 8, 100, 440)],
        buy=11000,
        staff=[("Ban quản trị, kế toán", 3), ("Kỹ thuật đồng ruộng", 2), ("Xay xát, đóng gói", 4), ("Bán hàng, giao hàng", 2)],
        wage=6.5, energy=600,
        invest=[("Máy xay xát, tách màu gạo", 650, True), ("Nâng cấp kho chứa thóc 300 tấn", 400, True),
                ("Máy đóng gói hút chân không", 180, True), ("Thiết kế bao bì, nhãn, tem QR", 60, False),
                ("Chứng nhận hữu cơ, kiểm nghiệm", 110, False), ("Vốn lưu động (thu mua thóc, ứng phân bón)", 800, False)],
        life=10,
        sources=[("Góp vốn của thành viên", 620), ("Quỹ đầu tư phát triển của HTX", 380),
                 ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1200)],
        members=(62, 10), loan=[1200, 800, 400], rate=0.08,
        seed=60000, advance=400000, classes=4, class_cost=8,
        sell=0.05, tax=0.015, other=90, capacity=(0.5 * 8 * 150 * 1000, "raw"), payback=3.6,
    ),
    "eh02": dict(
        stem="eh02_mat_ong_son_kim_tht", out_unit="kg", raw_name="mật thô",
        products=[prod("Mật ong chai 500 g", "chai", 0.5, 0.525, 200000, 8000, [6000, 6600, 7200]),
                  prod("Mật ong hũ 1 kg", "hũ", 1, 1.05, 380000, 12000, [2800, 3100, 3400])],
        hist_out=[4200, 4700, 5200], hist_price=[360000, 370000, 380000], hist_profit=[120, 150, 190],
        area_unit="đàn", yield_unit="kg/đàn/năm",
        supply=[("Thôn Tân Hà", 5, 180, 12), ("Thôn Khe Mây", 4, 160, 12), ("Thôn Hà Chua", 3, 140, 12),
                ("Thôn Cây Trâm", 4, 160, 12)],
        buy=230000,
        staff=[("Tổ trưởng, kế toán", 2), ("Sơ chế, chiết rót", 2), ("Bán hàng", 1)],
        wage=5.5, energy=3000,
        invest=[("Máy hạ thủy phần mật ong 100 kg/mẻ", 180, True), ("Phòng chiết rót, kho mật", 120, True),
                ("Thiết kế bao bì, nhãn", 40, False), ("Vốn lưu động (thu mua mật, ứng đường nuôi ong)", 160, False)],
        life=8,
        sources=[("Góp vốn của tổ viên", 240), ("Vay Ngân hàng Chính sách xã hội", 200), ("Quỹ chung của tổ", 60)],
        members=(16, 15), loan=[200, 150, 100], rate=0.066,
        seed=20000, advance=150000, classes=3, class_cost=6,
        sell=0.06, tax=0.015, other=40, capacity=(100 * 120, "raw"), payback=2.0,
    ),
    "eh03": dict(
        stem="eh03_dau_lac_thanh_binh_hkd", out_unit="lít", raw_name="lạc nhân",
        products=[prod("Dầu lạc chai 500 ml", "chai", 0.5, 1.3, 90000, 6000, [10000, 11000, 12000]),
                  prod("Dầu lạc can 2 lít", "can", 2, 5.2, 340000, 15000, [1500, 1700, 1900])],
        byproduct=("Khô dầu lạc", 0.6, 8000),
        hist_out=[5800, 6500, 7200], hist_price=[176000, 180000, 182000], hist_profit=[80, 95, 110],
        area_unit="sào", yield_unit="kg/sào/năm",
        supply=[("Xóm Đông", 9, 50, 150), ("Xóm Trại", 6, 45, 150), ("Xóm Bàu", 5, 40, 150), ("Xóm Giữa", 6, 45, 150)],
        buy=40000,
        staff=[("Chủ hộ (quản lý, bán hàng)", 1), ("Rang, ép, lọc dầu", 2), ("Chiết rót, đóng gói", 1)],
        wage=5.0, energy=2000,
        invest=[("Máy ép dầu trục vít 50 kg/giờ", 150, True), ("Bồn lắng, lọc inox", 60, True), ("Máy rang lạc", 50, True),
                ("Cải tạo xưởng ép 60 m²", 120, True), ("Bao bì, nhãn, mã vạch", 30, False),
                ("Vốn lưu động (thu mua lạc, ứng giống)", 290, False)],
        life=8,
        sources=[("Vốn góp của các thành viên trong hộ", 300), ("Vốn tích lũy của hộ", 150),
                 ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 250)],
        members=(3, 100), loan=[250, 170, 90], rate=0.09,
        seed=50000, advance=200000, classes=2, class_cost=5,
        sell=0.04, tax=0.015, other=20, capacity=(50 * 6 * 120, "raw"), payback=2.7,
    ),
    "eh04": dict(
        stem="eh04_nam_linh_chi_ky_son_cty", out_unit="kg", raw_name="linh chi tươi",
        products=[prod("Linh chi thái lát hộp 250 g", "hộp", 0.25, 0.8, 320000, 15000, [6000, 6800, 7600]),
                  prod("Linh chi nguyên tai túi 500 g", "túi", 0.5, 1.6, 550000, 10000, [2000, 2200, 2400])],
        hist_out=[1600, 1900, 2200], hist_price=[1150000, 1170000, 1180000], hist_profit=[180, 210, 240],
        area_unit="bịch", yield_unit="kg/bịch",
        supply=[("Trang trại Khe Lim", 4, 24000, 0.12), ("Thôn Hà Trai", 3, 20000, 0.12), ("Thôn Tân Phong", 4, 26000, 0.12),
                ("Thôn Mỹ Hòa", 3, 20000, 0.12)],
        buy=110000,
        staff=[("Giám đốc, kế toán", 2), ("Kỹ thuật viên vùng nuôi trồng", 2), ("Sơ chế, sấy, đóng gói", 4),
               ("Kinh doanh", 2)],
        wage=7.0, energy=20000,
        invest=[("Lò sấy nhiệt độ thấp 2 buồng", 520, True), ("Nhà sơ chế, kho mát", 680, True),
                ("Máy thái lát, máy hút chân không", 250, True), ("Thiết kế bao bì, tem truy xuất", 80, False),
                ("Kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 70, False),
                ("Vốn lưu động (phôi ứng trước, thu mua)", 900, False)],
        life=10,
        sources=[("Vốn góp bổ sung của cổ đông", 900), ("Góp vốn của các hộ liên kết", 280), ("Lợi nhuận để lại", 420),
                 ("Vay Ngân hàng thương mại", 900)],
        members=(14, 20), msrc=1, loan=[900, 600, 300], rate=0.085,
        seed=1000, advance=7000, classes=3, class_cost=10,
        sell=0.08, tax=0.015, other=150, capacity=(300 * 40, "raw"), payback=3.4,
    ),
    "eh05": dict(
        stem="eh05_dau_vung_co_dam_htx", out_unit="lít", raw_name="vừng",
        products=[prod("Dầu vừng chai 250 ml", "chai", 0.25, 0.625, 85000, 4000, [8000, 9000, 10000]),
                  prod("Dầu vừng chai 500 ml", "chai", 0.5, 1.25, 160000, 5000, [4000, 4400, 4800])],
        hist_out=[2800, 3200, 3600], hist_price=[300000, 310000, 320000], hist_profit=[120, 140, 160],
        area_unit="sào", yield_unit="kg/sào/năm",
        supply=[("Thôn Hải Phong", 12, 55, 45), ("Thôn Hải Thịnh", 10, 50, 45), ("Thôn Tân Lộc", 13, 60, 45),
                ("Thôn Đông Biên", 8, 40, 45), ("Thôn Bắc Mỹ", 9, 40, 45)],
        supply_stated={"Thôn Đông Biên": 4800},  # PLANTED material-shortfall: 40 sào × 45 = 1.800
        buy=50000,
        staff=[("Ban quản trị, kế toán", 2), ("Rang, ép, lọc", 2), ("Đóng chai, bán hàng", 1)],
        wage=5.5, energy=2500,
        invest=[("Máy ép dầu vừng", 180, True), ("Máy rang vừng", 60, True), ("Bồn lắng, lọc", 80, True),
                ("Cải tạo xưởng", 100, True), ("Bao bì, nhãn", 40, False), ("Kiểm nghiệm, công bố", 40, False),
                ("Vốn lưu động", 300, False)],
        life=8,
        sources=[("Góp vốn của thành viên", 280), ("Quỹ đầu tư phát triển của HTX", 220),
                 ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        members=(35, 8), loan=[300, 200, 100], rate=0.08,
        seed=30000, advance=100000, classes=2, class_cost=5,
        sell=0.05, tax=0.015, other=40, capacity=(20 * 8 * 250, "raw"), payback=2.3,
    ),
    "eh06": dict(
        stem="eh06_thit_lon_den_huong_lien_cty", out_unit="kg", raw_name="lợn hơi",
        products=[prod("Thịt gác bếp gói 300 g", "gói", 0.3, 1.05, 210000, 8000, [10000, 11000, 12000]),
                  prod("Thịt gác bếp gói 500 g", "gói", 0.5, 1.75, 340000, 10000, [4000, 4400, 4800])],
        spice=40000,
        hist_out=[3600, 4000, 4500], hist_price=[620000, 640000, 660000], hist_profit=[260, 300, 360],
        area_unit="con", yield_unit="kg hơi/con",
        supply=[("Trại Khe Gỗ", 3, 120, 55), ("Thôn Tân Hương", 5, 100, 55), ("Thôn Bình Hà", 4, 90, 55),
                ("Thôn Cây Khế", 6, 110, 55)],
        supply_total_stated=26100,  # PLANTED table-total-mismatch: the rows add to 23.100
        buy=75000,
        staff=[("Giám đốc, kế toán", 2), ("Thu mua, kỹ thuật chăn nuôi", 1), ("Sơ chế, tẩm ướp, sấy", 4),
               ("Đóng gói, giao hàng", 2)],
        wage=6.5, energy=0,
        invest=[("Nhà sơ chế, pha lóc", 450, True), ("Lò sấy, gác khói 2 buồng", 380, True), ("Kho lạnh", 200, True),
                ("Máy hút chân không", 170, True), ("Bao bì, nhãn", 60, False),
                ("Vốn lưu động (thu mua lợn, ứng cám)", 740, False)],
        life=10,
        sources=[("Vốn chủ sở hữu", 600), ("Góp vốn của các hộ chăn nuôi liên kết", 360),
                 ("Vay Ngân hàng thương mại", 1040)],
        members=(18, 20), msrc=1, loan=[1040, 700, 350], rate=0.085,
        seed=50000, advance=1200000, classes=3, class_cost=8,
        sell=0.07, tax=0.015, other=100, capacity=(2 * 15 * 300, "out"), payback=1.5,  # PLANTED payback
    ),
    "eh07": dict(
        stem="eh07_chieu_coi_mai_phu_tht", out_unit="chiếc", raw_name="cói khô",
        products=[prod("Chiếu cói 1,6 × 2 m", "chiếc", 1, 2.5, 180000, 5000, [4800, 5000, 5900], piece=45000),
                  prod("Chiếu cói 1,2 × 1,9 m", "chiếc", 1, 1.8, 130000, 4000, [2800, 3000, 3500], piece=35000)],
        dye=10000,
        hist_out=[6200, 6700, 7100], hist_price=[155000, 158000, 160000], hist_profit=[90, 110, 130],
        area_unit="ha", yield_unit="kg/ha/năm",
        supply=[("Thôn Phù Lưu", 9, 1.2, 6000), ("Thôn Mai Hải", 8, 1.0, 6000), ("Thôn Đông Hòa", 6, 0.9, 6000),
                ("Thôn Bãi Cói", 7, 1.0, 6000)],
        buy=12000,
        staff=[("Tổ trưởng, kế toán", 2), ("Thu mua cói, nhuộm", 1)],
        wage=5.0, energy=400,
        invest=[("Nhà xưởng dệt, kho cói", 180, True), ("Bể nhuộm, sân phơi", 90, True), ("Máy chẻ cói, máy se đay", 130, True),
                ("Thiết kế mẫu, bao bì", 50, False), ("Vốn lưu động (thu mua cói)", 250, False)],
        life=8,
        sources=[("Góp vốn của tổ viên", 240), ("Vay Ngân hàng Chính sách xã hội", 300), ("Quỹ chung của tổ", 60)],
        # PLANTED capital-mismatch: sources 600 against the investment 700
        members=(30, 8), loan=[300, 200, 100], rate=0.066,
        seed=1000000, advance=2000000, classes=2, class_cost=6,
        sell=0.06, tax=0.015, other=35, capacity=(14 * 2 * 300, "out"), payback=2.3,
        # PLANTED capacity-exceeded: 14 looms × 2 mats × 300 days = 8.400 < 9.400 in 2029
    ),
    "eh08": dict(
        stem="eh08_tra_xa_den_phu_gia_htx", out_unit="kg", raw_name="lá xạ đen khô",
        products=[prod("Trà túi lọc hộp 50 g", "hộp", 0.05, 0.0625, 55000, 6000, [20000, 22000, 24000]),
                  prod("Trà xạ đen túi 500 g", "túi", 0.5, 0.625, 180000, 4000, [2000, 2200, 2400])],
        price_stated={(0, 2): 62000},  # PLANTED revenue-mismatch: 2029 line at 62.000 đ instead of 55.000 đ
        hist_out=[1500, 1650, 1800], hist_price=[680000, 690000, 700000], hist_profit=[150, 170, 190],
        area_unit="ha", yield_unit="kg/ha/năm",
        supply=[("Thôn Gia Phú", 9, 0.4, 2500), ("Thôn Đồng Quang", 7, 0.35, 2500), ("Thôn Khe Lau", 6, 0.3, 2500),
                ("Thôn Trại Tiểu", 7, 0.35, 2500)],
        buy=60000,
        staff=[("Ban quản trị, kế toán", 3), ("Sơ chế, sấy", 2), ("Đóng gói", 2), ("Bán hàng", 1)],
        wage=6.0, energy=5000,
        invest=[("Máy sấy lá", 180, True), ("Máy nghiền, máy đóng túi lọc", 220, True), ("Cải tạo xưởng", 80, True),
                ("Thiết kế bao bì", 40, False), ("Vốn lưu động", 180, False)],
        life=8,
        sources=[("Góp vốn của thành viên", 290), ("Quỹ đầu tư phát triển của HTX", 110),
                 ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        members=(29, 10), loan=[300, 200, 100], rate=0.08,
        seed=8000000, advance=3000000, classes=2, class_cost=6,
        sell=0.08, tax=0.015, other=60, capacity=(30 * 8 * 260, "out"), payback=1.4,
    ),
    "eh09": dict(
        stem="eh09_gao_lut_do_cam_due_cty", out_unit="kg", raw_name="thóc lúa đỏ",
        products=[prod("Gạo lứt đỏ túi 1 kg", "túi", 1, 1.35, 45000, 2500, [26000, 56000, 100000]),
                  prod("Gạo lứt đỏ túi 2 kg", "túi", 2, 2.7, 85000, 3500, [10000, 22000, 45000])],
        profit_stated={0: 200},  # PLANTED profit-mismatch: 2027 profit stated 200 triệu above revenue − cost
        hist_out=[32000, 36000, 40000], hist_price=[42000, 43000, 44000], hist_profit=[180, 220, 260],
        area_unit="ha", yield_unit="kg/ha/năm",
        supply=[("HTX Nông nghiệp Cẩm Duệ", 46, 20, 6000), ("HTX Dịch vụ nông nghiệp Cẩm Thạch", 35, 15, 6000),
                ("Tổ liên kết thôn Đông Hạ", 28, 15, 6000)],
        buy=9000,
        staff=[("Giám đốc, kế toán", 2), ("Xay xát, đóng gói", 4), ("Kinh doanh", 2)],
        wage=6.5, energy=500,
        invest=[("Máy xát lứt, tách màu", 350, True), ("Máy đóng gói", 250, True), ("Kho chứa thóc", 300, True),
                ("Thiết kế bao bì", 50, False), ("Vốn lưu động", 450, False)],
        life=10,
        sources=[("Vốn góp của cổ đông", 500), ("Góp vốn của các HTX liên kết", 300), ("Vay Ngân hàng thương mại", 600)],
        members=(3, 100), msrc=1, loan=[600, 400, 200], rate=0.085,
        seed=300000, advance=2000000, classes=2, class_cost=10,
        sell=0.05, tax=0.015, other=60, capacity=(1.0 * 8 * 280 * 1000, "raw"), payback=0.6,
    ),
    "eh10": dict(
        stem="eh10_nam_so_hoa_mai_ho", out_unit="kg", raw_name="nấm sò tươi",
        products=[prod("Nấm sò sấy túi 200 g", "túi", 0.2, 1.6, 80000, 3000, [8000, 9000, 10000]),
                  prod("Nấm sò sấy túi 500 g", "túi", 0.5, 4.0, 190000, 2500, [1200, 1400, 1600])],
        hist_out=[1500, 1700, 1900], hist_price=[390000, 395000, 400000], hist_profit=[70, 85, 100],
        area_unit="bịch", yield_unit="kg/bịch",
        supply=[("Thôn Trung Lương", 5, 18000, 0.6), ("Thôn Hạ Vàng", 4, 16000, 0.6), ("Thôn Đồng Nưa", 3, 14000, 0.6)],
        buy=20000,
        staff=[("Chủ cơ sở (quản lý, bán hàng)", 1), ("Sơ chế, sấy, đóng gói", 2)],
        wage=5.0, energy=15000,
        invest=[("Lò sấy nấm 2 tủ", 120, True), ("Phòng đóng gói", 60, True), ("Máy hàn miệng túi", 20, True),
                ("Thiết kế bao bì, nhãn", 30, False), ("Vốn lưu động", 120, False)],
        life=8,
        sources=[("Vốn của gia đình", 150), ("Góp vốn của các hộ liên kết", 100), ("Vay Ngân hàng Chính sách xã hội", 100)],
        members=(4, 25), msrc=1, loan=[100, 70, 40], rate=0.066,
        seed=500, advance=2000, classes=2, class_cost=4,
        sell=0.05, tax=0.015, other=20, capacity=(2 * 60 * 300, "raw"), payback=1.6,
    ),
}
# eh09: the payback it prints follows its own stated profits (see the plan); eh06 prints 1,5 years.

# Sales by channel in 2027 (output units) and the 2027 calendar (monthly shares, %, of the raw
# material bought and of the output made).
EXTRA = {
    "eh01": dict(channels=[("Chuỗi cửa hàng Nông sản Sạch Hồng Lam (7 cửa hàng)", 24000), ("Bếp ăn 3 trường mầm non", 9000),
                           ("20 đại lý bán lẻ", 52000), ("Điểm bán sản phẩm OCOP của tỉnh", 10000), ("Shopee, Zalo", 25000)],
                 months_raw=[0, 0, 0, 0, 20, 30, 0, 20, 30, 0, 0, 0], months_out=[10, 6, 7, 7, 8, 8, 8, 8, 8, 9, 10, 11]),
    "eh02": dict(channels=[("3 điểm dừng chân cửa khẩu Cầu Treo", 1500), ("12 cửa hàng đặc sản, nhà thuốc đông y", 2500),
                           ("Cửa hàng giới thiệu sản phẩm OCOP", 300), ("Facebook, Zalo, Shopee", 1500)],
                 months_raw=[0, 0, 20, 25, 20, 5, 0, 0, 15, 15, 0, 0], months_out=[10, 6, 8, 8, 9, 9, 8, 8, 8, 8, 8, 10]),
    "eh03": dict(channels=[("Bán tại nhà, giao tận nơi", 3000), ("9 cửa hàng đại lý", 3500), ("2 nhà hàng (can 2 lít)", 1000),
                           ("Zalo, Facebook", 500)],
                 months_raw=[0, 0, 0, 0, 30, 25, 5, 0, 20, 20, 0, 0], months_out=[12, 6, 7, 7, 8, 8, 8, 8, 8, 8, 9, 11]),
    "eh04": dict(channels=[("3 nhà phân phối (Hà Nội, Vinh, Đà Nẵng)", 1200), ("25 cửa hàng đặc sản, nhà thuốc", 700),
                           ("Showroom công ty, điểm bán OCOP", 300), ("Shopee, TikTok Shop", 300)],
                 months_raw=[0, 0, 15, 20, 15, 0, 0, 0, 15, 20, 15, 0], months_out=[0, 0, 15, 20, 15, 0, 0, 0, 15, 20, 15, 0]),
    "eh05": dict(channels=[("14 cửa hàng đặc sản, thực phẩm sạch", 2000), ("Cửa hàng của hợp tác xã", 1200), ("Zalo, Facebook", 800)],
                 months_raw=[0, 0, 0, 0, 0, 0, 40, 40, 20, 0, 0, 0], months_out=[10, 6, 6, 6, 6, 8, 10, 10, 9, 9, 9, 11]),
    "eh06": dict(channels=[("18 cửa hàng đặc sản, siêu thị mini", 2500), ("2 nhà phân phối ở Hà Nội", 1500),
                           ("Cửa hàng của công ty, điểm bán OCOP", 500), ("Facebook, Zalo, Shopee", 500)],
                 months_raw=[12, 6, 7, 7, 7, 7, 7, 7, 8, 8, 10, 14], months_out=[12, 6, 7, 7, 7, 7, 7, 7, 8, 8, 10, 14]),
    "eh07": dict(channels=[("11 cửa hàng đồ gia dụng, đồ thủ công", 4500), ("20 homestay, khách sạn nhỏ", 1500),
                           ("Nhà văn hóa thôn, điểm bán OCOP", 800), ("Facebook, Shopee", 800)],
                 months_raw=[0, 0, 0, 0, 0, 50, 0, 0, 0, 50, 0, 0], months_out=[7, 5, 8, 9, 9, 9, 9, 9, 9, 9, 9, 8]),
    "eh08": dict(channels=[("30 nhà thuốc, cửa hàng thực phẩm sạch", 900), ("2 nhà phân phối (Hà Nội, Đà Nẵng)", 400),
                           ("Điểm bán OCOP, Shopee, Lazada", 700)],
                 months_raw=[0, 0, 10, 15, 15, 15, 15, 15, 15, 0, 0, 0], months_out=[8, 6, 8, 8, 8, 9, 9, 9, 9, 9, 8, 9]),
    "eh09": dict(channels=[("2 siêu thị mini ở thành phố Hà Tĩnh", 18000), ("Đại lý ở Vinh", 16000), ("Facebook", 12000)],
                 months_raw=[0, 0, 0, 0, 25, 25, 0, 25, 25, 0, 0, 0], months_out=[9, 7, 8, 8, 8, 8, 8, 8, 8, 9, 9, 10]),
    "eh10": dict(channels=[("15 cửa hàng đồ khô, thực phẩm sạch", 1000), ("Nhà phân phối ở Hà Nội", 600),
                           ("4 nhà hàng chay ở Vinh", 300), ("Facebook, Zalo", 300)],
                 months_raw=[12, 12, 10, 6, 4, 0, 0, 0, 8, 14, 16, 18], months_out=[12, 12, 10, 6, 4, 0, 0, 0, 8, 14, 16, 18]),
}
for _k, _v in EXTRA.items():
    C[_k].update(_v)


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(c: dict, planted: bool = True) -> dict:
    """Every figure of a full plan from its constants; `planted` applies the planted defects."""
    P = c["products"]
    m: dict = {}
    m["out"] = [sum(p["vols"][y] * p["size"] for p in P) for y in Y]
    m["need"] = [r1(sum(p["vols"][y] * p["raw"] for p in P)) for y in Y]
    rows = []
    for name, hh, area, yl in c["supply"]:
        q = area * yl
        stated = c.get("supply_stated", {}).get(name, q) if planted else q
        rows.append((name, hh, area, yl, q, stated))
    m["supply_rows"] = rows
    m["hh"] = sum(r[1] for r in rows)
    m["area"] = r1(sum(r[2] for r in rows))
    m["supply_true"] = sum(r[4] for r in rows)
    m["supply"] = sum(r[5] for r in rows)
    if planted and "supply_total_stated" in c:
        m["supply"] = c["supply_total_stated"]
    m["gap"] = [m["supply"] - m["need"][y] for y in Y]
    # revenue
    lines = []
    for i, p in enumerate(P):
        vals = []
        for y in Y:
            price = c.get("price_stated", {}).get((i, y), p["price"]) if planted else p["price"]
            vals.append(r1(p["vols"][y] * price / 1e6))
        lines.append(vals)
    if "byproduct" in c:
        _, ratio, bprice = c["byproduct"]
        m["by_kg"] = [round(m["need"][y] * ratio) for y in Y]
        lines.append([r1(m["by_kg"][y] * bprice / 1e6) for y in Y])
    m["rev_lines"] = lines
    m["rev"] = [r1(sum(l[y] for l in lines)) for y in Y]
    # support to members
    area = sum(r[2] for r in rows)
    m["sup_seed"] = r1(area * c["seed"] / 1e6)
    m["sup_adv"] = r1(area * c["advance"] / 1e6)
    m["sup_train"] = r1(c["classes"] * c["class_cost"])
    m["sup_total"] = r1(m["sup_seed"] + m["sup_adv"] + m["sup_train"])
    m["sup_cost"] = r1(m["sup_seed"] + m["sup_train"])
    # costs
    staff = sum(n for _, n in c["staff"])
    m["staff"] = staff
    fixed = sum(a for _, a, f in c["invest"] if f)
    m["fixed"] = fixed
    m["inv"] = sum(a for _, a, _ in c["invest"])
    m["src"] = sum(a for _, a in c["sources"])
    m["dep"] = r1(fixed / c["life"])
    cost = {}
    cost["raw"] = [r1(m["need"][y] * c["buy"] / 1e6) for y in Y]
    cost["pack"] = [r1(sum(p["vols"][y] * p["pack"] for p in P) / 1e6) for y in Y]
    if any(p["piece"] for p in P):
        cost["piece"] = [r1(sum(p["vols"][y] * p["piece"] for p in P) / 1e6) for y in Y]
    if "spice" in c:
        cost["spice"] = [r1(m["out"][y] * c["spice"] / 1e6) for y in Y]
    if "dye" in c:
        cost["dye"] = [r1(m["out"][y] * c["dye"] / 1e6) for y in Y]
    cost["wage"] = [r1(staff * c["wage"] * 12)] * 3
    if c["energy"]:
        cost["energy"] = [r1(m["out"][y] * c["energy"] / 1e6) for y in Y]
    cost["dep"] = [m["dep"]] * 3
    cost["interest"] = [r1(c["loan"][y] * c["rate"]) for y in Y]
    cost["support"] = [m["sup_cost"]] * 3
    cost["sell"] = [r1(m["rev"][y] * c["sell"]) for y in Y]
    cost["tax"] = [r1(m["rev"][y] * c["tax"]) for y in Y]
    cost["other"] = [c["other"]] * 3
    m["cost_lines"] = cost
    m["cost"] = [r1(sum(v[y] for v in cost.values())) for y in Y]
    m["profit_true"] = [r1(m["rev"][y] - m["cost"][y]) for y in Y]
    m["profit"] = list(m["profit_true"])
    if planted:
        for y, d in c.get("profit_stated", {}).items():
            m["profit"][y] = r1(m["profit"][y] + d)
    m["avg"] = r1(sum(m["profit"]) / 3)
    m["payback_calc"] = m["inv"] / (m["avg"] + m["dep"])
    m["hist_rev"] = [r1(c["hist_out"][i] * c["hist_price"][i] / 1e6) for i in range(3)]
    return m


# --------------------------------------------------------------------------- reading the plans

class Plan(plancheck.Plan):
    src = HERE / "src"

    def part(self, start: str, end: str | None = None) -> "Plan":
        i = self.body.find(start)
        if i < 0:
            self.failures.append(f"marker not found: {start!r}")
            return self
        j = self.body.find(end, i + len(start)) if end else -1
        text = self.body[i: j if j >= 0 else len(self.body)]
        q = copy.copy(self)
        q.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                  for line in text.splitlines() if line.strip().startswith("|")]
        return q

    def words(self) -> int:
        return len(self.body.split())


# The tables every full plan carries, in the order they appear ("Bảng 1." ... "Bảng 11.").
ORDER = ["history", "sales", "supply", "balance", "support", "staff", "plan", "calendar", "invest", "sources", "fin"]


def table(p: Plan, name: str) -> Plan:
    n = ORDER.index(name) + 1
    return p.part(f"Bảng {n}.", f"Bảng {n + 1}.")


def eq3(got: list[float], want: list[float], tol: float = 0.01) -> bool:
    return all(close(g, w, tol) or abs(g - w) <= 0.051 for g, w in zip(got, want))


COST_LABELS = {"raw": "Nguyên liệu", "pack": "Bao bì", "piece": "Tiền công dệt", "spice": "Gia vị, củi",
               "dye": "Thuốc nhuộm, sợi đay", "wage": "Tiền lương", "energy": "Điện, nhiên liệu", "dep": "Khấu hao",
               "interest": "Lãi vay", "support": "Hỗ trợ thành viên", "sell": "Bán hàng", "tax": "Thuế, phí",
               "other": "Quản lý, chi khác"}


def check_full(key: str) -> Plan:
    """The tables every full plan carries (see gen order), compared with the model."""
    c = C[key]
    m, t = model(c), model(c, planted=False)
    p = Plan(c["stem"])
    # history
    h = table(p, "history")
    p.check(eq3(h.row("Sản lượng"), c["hist_out"]), "history output")
    p.check(eq3(h.row("Doanh thu"), m["hist_rev"]), "history revenue = output × price")
    p.check(eq3(h.row("Lợi nhuận"), c["hist_profit"]), "history profit")
    p.check(m["rev"][0] / m["hist_rev"][2] < 1.2 and m["out"][0] / c["hist_out"][2] < 1.2, "2027 growth on 2026 under 20 %")
    # supply table
    s = table(p, "supply")
    for name, hh, area, yl, q, stated in m["supply_rows"]:
        got = s.row(name + " |", 5)
        p.check(eq3(got[:4], [hh, area, yl, stated]) and got[4] == c["buy"], f"supply row {name}")
        if stated != q:
            p.check(off(stated, q), f"PLANTED supply row {name}: {stated} stated, area × yield = {q}")
    tot = s.row("Tổng cộng", 3)
    p.check(eq3(tot, [m["hh"], m["area"], m["supply"]]), "supply total row as modelled")
    if m["supply"] != sum(r[5] for r in m["supply_rows"]):
        p.check(off(m["supply"], sum(r[5] for r in m["supply_rows"])),
                f"PLANTED supply total {m['supply']} != sum of rows {sum(r[5] for r in m['supply_rows'])}")
    # balance
    b = table(p, "balance")
    p.check(eq3(b.row("Sản lượng thành phẩm"), m["out"]), "balance: output")
    p.check(eq3(b.row("Nhu cầu"), m["need"]), "balance: need = packs × raw per pack")
    p.check(eq3(b.row("Nguồn cung"), [m["supply"]] * 3), "balance: supply")
    p.check(eq3(b.row("Chênh lệch"), m["gap"]), "balance: difference")
    # support
    u = table(p, "support")
    p.check(eq3([u.one("Giống"), u.one("Ứng trước"), u.one("Tập huấn"), u.one("Tổng cộng")],
                [m["sup_seed"], m["sup_adv"], m["sup_train"], m["sup_total"]]), "support table")
    p.check(m["sup_adv"] <= next(a for n, a, f in c["invest"] if n.startswith("Vốn lưu động")),
            "advance within working capital")
    # staff
    st = table(p, "staff")
    p.check(all(st.one(r + " |") == n for r, n in c["staff"]) and st.one("Tổng cộng") == m["staff"], "staff table")
    # production plan
    pr = table(p, "plan")
    for pd in c["products"]:
        p.check(eq3(pr.row(pd["label"] + " |"), pd["vols"]), f"plan packs {pd['label']}")
    p.check(eq3(pr.row("Tổng sản lượng"), m["out"]), "plan output = Σ packs × size")
    # investment and sources
    inv = table(p, "invest")
    p.check(all(inv.one(n + " |") == a for n, a, _ in c["invest"]) and inv.one("Tổng cộng") == m["inv"], "investment")
    so = table(p, "sources")
    p.check(all(so.one(n + " |") == a for n, a in c["sources"]) and so.one("Tổng cộng") == m["src"], "sources table sums")
    n, each = c["members"]
    p.check(c["sources"][c.get("msrc", 0)][1] == n * each,
            "members' contribution = members × amount each")
    # sales by channel and the 2027 calendar
    sa = table(p, "sales")
    p.check(sum(q for _, q in c["channels"]) == m["out"][0], "channels add up to the 2027 output")
    p.check(all(eq3(sa.row(n + " |", 2), [q, q / m["out"][0] * 100]) for n, q in c["channels"])
            and eq3(sa.row("Tổng cộng", 2), [m["out"][0], 100]), "channel table: quantities and shares")
    ca = table(p, "calendar")
    p.check(sum(c["months_raw"]) == 100 and sum(c["months_out"]) == 100, "monthly shares sum to 100")
    p.check(all(eq3(ca.row(f"Tháng {i + 1} |", 2), [m["need"][0] * c["months_raw"][i] / 100,
                                                    m["out"][0] * c["months_out"][i] / 100]) for i in range(12)),
            "each month = the year × its share")
    p.check(eq3(ca.row("Cả năm", 2), [m["need"][0], m["out"][0]]), "calendar year = need and output of 2027")
    # financials
    f = table(p, "fin")
    for i, pd in enumerate(c["products"]):
        got = f.row(pd["label"] + " (", 3)
        p.check(eq3(got, m["rev_lines"][i]), f"revenue line {pd['label']}")
        for y in Y:
            if not close(m["rev_lines"][i][y], t["rev_lines"][i][y]):
                p.check(off(m["rev_lines"][i][y], t["rev_lines"][i][y]),
                        f"PLANTED revenue line {pd['label']} {2027 + y}: {m['rev_lines'][i][y]} != {t['rev_lines'][i][y]}")
    if "byproduct" in c:
        p.check(eq3(f.row(c["byproduct"][0]), m["rev_lines"][-1]), "by-product revenue")
    p.check(eq3(f.row("Doanh thu |"), m["rev"]), "revenue total")
    for k, v in m["cost_lines"].items():
        p.check(eq3(f.row(COST_LABELS[k]), v), f"cost line {k}")
    p.check(eq3(f.row("Tổng chi phí"), m["cost"]), "cost total")
    p.check(eq3(f.row("Lợi nhuận"), m["profit"]), "profit row as modelled")
    for y in Y:
        if m["profit"][y] != m["profit_true"][y]:
            p.check(off(m["profit"][y], m["profit_true"][y]),
                    f"PLANTED profit {2027 + y}: {m['profit'][y]} != {m['rev'][y]} − {m['cost'][y]}")
    return p


def common(p: Plan, ready: bool) -> None:
    p.lacks(PLACEHOLDER, "placeholder")
    if ready:
        p.lacks(REPLACED, "ready plan cites a replaced instrument or the abolished district level")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")


def vnf(x: float) -> str:
    """A number as the plans print it (dots for thousands, a comma and one decimal when needed)."""
    neg = x < 0
    x = abs(x)
    if abs(x - round(x)) < 0.05:
        s = f"{round(x):,}".replace(",", ".")
    else:
        s = f"{x:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if neg else "") + s


def pb(key: str, planted: bool = True) -> float:
    m = model(C[key], planted)
    return m["payback_calc"]


# --------------------------------------------------------------------------- per plan

def ready_plan(key: str, extra: tuple[str, ...]) -> Plan:
    c, m = C[key], model(C[key])
    p = check_full(key)
    common(p, True)
    p.check(all(m["need"][y] <= m["supply_true"] for y in Y), "need within the true supply")
    cap, kind = c["capacity"]
    p.check(all((m["need"][y] if kind == "raw" else m["out"][y]) <= cap for y in Y), "within capacity")
    p.check(all(m["rev"][y] / m["rev"][y - 1] < 1.2 for y in (1, 2)), "revenue growth under 20 %")
    p.check(all(m["profit"][y] == m["profit_true"][y] for y in Y), "profit right")
    p.check(m["inv"] == m["src"], "sources = investment")
    p.check(abs(round(m["payback_calc"], 1) - c["payback"]) < 0.051, f"payback {c['payback']} = {m['payback_calc']:.2f}")
    p.has(f"{c['payback']:.1f} năm".replace(".", ","), *extra)
    return p


def eh01() -> Plan:
    return ready_plan("eh01", ("Luật Hợp tác xã năm 2023", "113/2024/NĐ-CP", "15/2018/NĐ-CP", "tiêu chuẩn cơ sở",
                               "tự công bố", "Cục Sở hữu trí tuệ", "hợp đồng bao tiêu", "62 thành viên"))


def eh02() -> Plan:
    return ready_plan("eh02", ("15/2018/NĐ-CP", "tiêu chuẩn cơ sở", "tự công bố", "Cục Sở hữu trí tuệ",
                               "Giấy chứng nhận đăng ký tổ hợp tác", "16 tổ viên"))


def eh03() -> Plan:
    return ready_plan("eh03", ("Giấy chứng nhận đăng ký hộ kinh doanh", "15/2018/NĐ-CP", "tiêu chuẩn cơ sở",
                               "tự công bố", "Cục Sở hữu trí tuệ", "26 hộ"))


def eh04() -> Plan:
    return ready_plan("eh04", ("Giấy chứng nhận đăng ký doanh nghiệp", "15/2018/NĐ-CP", "tiêu chuẩn cơ sở",
                               "tự công bố", "Cục Sở hữu trí tuệ", "14 hộ"))


def revise_common(p: Plan, key: str) -> tuple[dict, dict]:
    c = C[key]
    m, t = model(c), model(c, planted=False)
    common(p, False)
    return m, t


def eh05() -> Plan:
    p = check_full("eh05")
    m, t = revise_common(p, "eh05")
    p.check(all(m["need"][y] <= m["supply"] for y in Y), "stated supply covers the need (the plan's claim)")
    p.check(off(m["need"][2], t["supply_true"]) and m["need"][2] > t["supply_true"],
            f"PLANTED 2029 need {m['need'][2]} > true supply {t['supply_true']} (40 sào × 45 = 1.800, not 4.800)")
    p.has("đủ nguyên liệu", "1048/QĐ-TTg", "781/QĐ-TTg", "Luật Hợp tác xã năm 2012", "huyện")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED outdated-policy: the instruments in force are not cited")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|\blogo\b|chỉ dẫn địa lý|văn bằng",
            "PLANTED no-trademark")
    p.has("43/2017/NĐ-CP", "tiêu chuẩn cơ sở", "tự công bố", "an toàn thực phẩm")
    p.check(abs(round(m["payback_calc"], 1) - C["eh05"]["payback"]) < 0.051, "payback right")
    p.check(m["inv"] == m["src"], "sources = investment")
    return p


def eh06() -> Plan:
    p = check_full("eh06")
    m, t = revise_common(p, "eh06")
    p.check(all(m["need"][y] <= t["supply_true"] for y in Y), "need within the true supply (no shortfall planted)")
    true_pb = pb("eh06")
    p.check(off(1.5, true_pb), f"PLANTED payback 1,5 != {true_pb:.2f}")
    p.has("khoảng 1,5 năm")
    p.lacks(r"môi trường|nước thải|xử lý|chất thải|biogas|bể lắng|khói thải|\bmùi\b|vệ sinh chuồng|\brác\b",
            "PLANTED no-environment-measures")
    p.has("giết mổ", "gác bếp", "15/2018/NĐ-CP", "43/2017/NĐ-CP", "tiêu chuẩn cơ sở", "Cục Sở hữu trí tuệ", "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    p.check(m["inv"] == m["src"], "sources = investment")
    return p


def eh07() -> Plan:
    c = C["eh07"]
    p = check_full("eh07")
    m, t = revise_common(p, "eh07")
    p.check(off(m["src"], m["inv"]), f"PLANTED sources {m['src']} != investment {m['inv']}")
    cap = c["capacity"][0]
    p.check(m["out"][0] <= cap and m["out"][1] <= cap and off(m["out"][2], cap),
            f"PLANTED 2029 output {m['out'][2]} > 14 × 2 × 300 = {cap}")
    p.has("14 khung dệt", "Tổ hợp tác Dệt chiếu Kim Hoa")
    p.check(p.count("Tổ hợp tác Dệt chiếu Kim Hoa") == 2, "PLANTED name-inconsistent twice")
    p.lacks(r"khung dệt mới|mua thêm khung|thêm \d+ khung", "no new loom")
    p.check(all(m["need"][y] <= m["supply_true"] for y in Y), "need within supply")
    p.check(abs(round(m["payback_calc"], 1) - c["payback"]) < 0.051, "payback right on the investment")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def eh08() -> Plan:
    c = C["eh08"]
    p = check_full("eh08")
    m, t = revise_common(p, "eh08")
    p.check(m["rev_lines"][0][2] == 1488 and t["rev_lines"][0][2] == 1320 and off(1488, 1320),
            "PLANTED 2029 line 1.488 != 24.000 hộp × 55.000 đ = 1.320")
    p.check(off(C["eh08"]["payback"], pb("eh08", planted=False)), "tolerated knock-on: the true payback is 1,5 years")
    p.check(all(m["need"][y] <= m["supply_true"] for y in Y), "need within supply")
    p.check(m["inv"] == m["src"], "sources = investment")
    p.check(abs(round(m["payback_calc"], 1) - c["payback"]) < 0.051, "stated payback follows the stated profits")
    p.lacks(r"tiêu chuẩn cơ sở|TCCS|tự công bố|công bố|QCVN|TCVN|quy chuẩn|kiểm nghiệm|phiếu kết quả",
            "PLANTED no-product-standard")
    p.lacks(r"truy xuất|\bQR\b|mã lô|số lô|theo lô|sổ ghi|nhật ký|kiểm soát nội bộ|lưu mẫu|kiểm tra chất lượng",
            "PLANTED no-quality-control")
    p.has("15/2018/NĐ-CP", "43/2017/NĐ-CP", "Cục Sở hữu trí tuệ", "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def eh09() -> Plan:
    p = check_full("eh09")
    m, t = revise_common(p, "eh09")
    g1, g2 = m["out"][1] / m["out"][0], m["out"][2] / m["out"][1]
    p.check(g1 > 2.0 and g2 > 1.8 and m["rev"][1] / m["rev"][0] > 2.0, f"PLANTED growth ×{g1:.2f}, ×{g2:.2f}")
    p.check(all(m["need"][y] <= m["supply_true"] for y in Y), "need within supply (no shortfall planted)")
    p.check(m["inv"] == m["src"], "sources = investment")
    p.check(off(m["profit"][0], m["profit_true"][0]), "PLANTED 2027 profit")
    p.lacks(r"nhãn|43/2017|111/2021|mã vạch|\bQR\b|tem", "PLANTED no-label-plan")
    p.has("15/2018/NĐ-CP", "tiêu chuẩn cơ sở", "tự công bố", "Cục Sở hữu trí tuệ", "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def eh10() -> Plan:
    c = C["eh10"]
    p = check_full("eh10")
    m, t = revise_common(p, "eh10")
    bags = sum(r[2] for r in c["supply"])
    p.check(bags == 48000 and off(60000, bags), "PLANTED 60.000 bịch in §1 against 48.000 in the supply table")
    p.has("60.000 bịch")
    p.check(all(m["need"][y] <= m["supply_true"] for y in Y), "48.000 bịch cover the need either way")
    p.check(m["inv"] == m["src"], "sources = investment")
    p.check(abs(round(m["payback_calc"], 1) - c["payback"]) < 0.051, "payback right")
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|"
            r"công ty|hợp tác xã|tổ hợp tác|thành lập", "PLANTED no-business-registration")
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|tự công bố|công bố sản phẩm|cam kết sản xuất|khám sức khỏe",
            "PLANTED no-food-safety")
    p.has("tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "nhãn hiệu", "theo lô", "148/QĐ-TTg")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def sketchy() -> list[Plan]:
    a = Plan("eh11_mat_ong_huong_quang_so_sai")
    a.check(40 * 10 == 400 and 400 * 300000 == 120e6, "40 đàn × 10 kg = 400 kg × 300.000 = 120 triệu")
    a.has("40 đàn ong", "10 kg/đàn", "300.000 đồng/kg", "120 triệu đồng")
    a.check(150 <= a.words() <= 320, f"150–320 words ({a.words()})")
    a.lacks(r"đăng ký kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|truy xuất|"
            r"sổ ghi|vốn đầu tư|lợi nhuận", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("eh12_lac_rang_thach_kim_so_sai")
    b.check(3000 * 70000 == 210e6, "3.000 kg × 70.000 = 210 triệu")
    b.has("3.000 kg", "70.000 đồng/kg", "210 triệu đồng", "8 hộ")
    b.check(150 <= b.words() <= 320, f"150–320 words ({b.words()})")
    b.lacks(r"đăng ký kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|truy xuất|"
            r"sổ ghi|môi trường|vốn đầu tư|lợi nhuận", "every tolerated gap is real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (eh01, eh02, eh03, eh04, eh05, eh06, eh07, eh08, eh09, eh10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
