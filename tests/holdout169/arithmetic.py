"""The 169th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout169/arithmetic.py

Theme: producers with several production sites (two or three workshops, drying yards, distilleries
or fermenting yards in different villages), each with its own equipment, capacity, staff, output and
raw material collected around it. For every full plan (fn01-fn10) the constants give the products
(pack size in the plan's base unit, price, pack cost, packs per year), the 2024-2026 history, the
sites (equipment capacity per day x working days, share of the output, staff, raw-material supply
= growers x area x yield), the raw materials (norm per base unit, price), wage, energy rate,
investment items and capital sources, loan balances, selling / tax shares and a fixed line.
From them this script recomputes: output = sum of packs x size, each site's output and the total
across sites, each site's output against its own capacity, raw-material need per site and in total
against the supply collected at each site, staff by site, investment and sources, every revenue
line, every cost line, the totals, profit = revenue - cost, margin, growth and payback =
investment / (average profit + depreciation). Each figure is then read back from the plan's
source (tables found by their caption) and compared: planted numeric defects must be wrong by more
than 5 % (the true value is computed beside them), every other number right within 1 %. Textual
defects are asserted through the presence or absence of their words. Sketchy plans: 150-320 words.
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
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|Phòng .{0,30} huyện")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year)
# hist: (output in base units, average price đ per base unit) for 2024, 2025, 2026
# sites: (name, equipment, capacity per day, working days, share of output, staff per year,
#         growers, supply basis quantity, basis unit, yield of the first raw per basis unit)
#         a site's output = total output x share (rounded to 10; the last site takes the rest)
# raws: (label, unit, norm per base unit, price đ per unit); the first raw is collected per site
# mgmt: staff of the office per year; wage triệu/person/month; energy đ per base unit
# inv: (label, triệu, fixed?); src: (label, triệu); loan: balance per year (triệu), rate
PLANS: dict[str, dict] = {
    "fn01": dict(
        unit="kg",
        products=[("Khoai deo túi 250 g", "túi", 0.25, 45000, 2500, [24000, 26000, 28000]),
                  ("Khoai deo hộp quà 500 g", "hộp", 0.5, 95000, 6000, [6000, 6600, 7200])],
        hist=[(7200, 168000), (7800, 172000), (8400, 175000)],
        sites=[("Sân sấy thôn Đông Hà", "2 nồi hấp, máy sấy hơi nóng 300 kg/mẻ", 18, 250, 0.38, [2, 2, 2],
                20, 36, "sào", 500),
               ("Sân sấy thôn Tân Thành", "2 nồi hấp, máy sấy hơi nóng 250 kg/mẻ", 16, 250, 0.34, [2, 2, 2],
                16, 32, "sào", 500),
               ("Sân sấy thôn Bắc Lĩnh", "1 nồi hấp, máy sấy hơi nóng 200 kg/mẻ", 14, 250, 0.28, [1, 1, 2],
                12, 26, "sào", 500)],
        raws=[("Khoai lang tươi", "kg", 4, 8000)],
        mgmt=[3, 3, 3], wage=4.5, energy=15000,
        inv=[("Máy sấy hơi nóng thứ hai cho sân sấy Đông Hà", 180, True),
             ("Mái che, giàn phơi inox ba sân sấy", 150, True),
             ("Phòng đóng gói chung 40 m² tại Đông Hà", 160, True),
             ("Máy hàn miệng túi, máy hút chân không", 60, True),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 50, False), ("Vốn lưu động", 200, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.075, sell=0.06, tax=0.015, other=40),
    "fn02": dict(
        unit="kg",
        products=[("Chè búp khô đặc biệt, hộp 200 g", "hộp", 0.2, 90000, 8000, [9000, 10000, 11000]),
                  ("Chè xanh búp khô, túi 500 g", "túi", 0.5, 150000, 4000, [3600, 4000, 4400])],
        hist=[(3000, 330000), (3200, 340000), (3400, 350000)],
        sites=[("Xưởng chế biến thôn Hòa Lạc", "Máy vò, lô sao chè 100 kg tươi/mẻ, máy sấy", 12, 220, 0.55,
                [3, 3, 3], 26, 60, "sào", 600),
               ("Xưởng chế biến thôn Khe Cò", "Máy vò, lô sao chè 80 kg tươi/mẻ, máy sấy", 10, 220, 0.45,
                [2, 3, 3], 22, 50, "sào", 600)],
        raws=[("Búp chè tươi", "kg", 5, 12000)],
        mgmt=[2, 2, 2], wage=5.5, energy=25000,
        inv=[("Lô sao chè và máy vò mới cho xưởng Khe Cò", 180, True),
             ("Máy sấy băng tải cho xưởng Hòa Lạc", 220, True),
             ("Cải tạo phòng đóng gói một chiều, xưởng Hòa Lạc", 150, True),
             ("Máy hút chân không, máy hàn túi", 50, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn chủ sở hữu", 500), ("Vay Ngân hàng thương mại cổ phần", 400)],
        life=10, loan=[400, 300, 200], rate=0.085, sell=0.06, tax=0.02, other=60),
    "fn03": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 240000, 9000, [5000, 5500, 6000]),
                  ("Mật ong hoa vải, hũ 1 kg", "hũ", 1, 420000, 14000, [1200, 1300, 1400])],
        hist=[(3000, 420000), (3300, 435000), (3600, 450000)],
        sites=[("Điểm thu mua, lọc mật thôn Trường Sơn", "Máy hạ thủy phần 30 kg/mẻ, bồn lọc inox", 18, 150,
                0.50, [2, 2, 2], 18, 300, "đàn", 9),
               ("Điểm thu mua, lọc mật thôn Phú Lâm", "Máy hạ thủy phần 20 kg/mẻ, bồn lọc inox", 12, 150,
                0.30, [1, 1, 1], 12, 180, "đàn", 9),
               ("Điểm thu mua, lọc mật thôn Đồng Môn", "Máy hạ thủy phần 15 kg/mẻ, bồn lọc inox", 9, 150,
                0.20, [1, 1, 1], 9, 120, "đàn", 9)],
        raws=[("Mật ong thô", "kg", 1.08, 170000)],
        mgmt=[2, 2, 2], wage=5.0, energy=3000,
        inv=[("Máy hạ thủy phần 30 kg/mẻ cho điểm Trường Sơn", 160, True),
             ("Phòng chiết rót, đóng chai 30 m² tại Trường Sơn", 140, True),
             ("Kho mát bảo quản mật", 80, True), ("Thùng ong, tổ chia đàn cho thành viên", 90, True),
             ("Bao bì, tem, kiểm nghiệm", 50, False), ("Vốn lưu động", 380, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=8, loan=[400, 300, 200], rate=0.066, sell=0.05, tax=0.015, other=50),
    "fn04": dict(
        unit="chiếc",
        products=[("Nón lá bài thơ", "chiếc", 1, 120000, 3000, [9000, 9800, 10600]),
                  ("Nón lá lụa vẽ tay", "chiếc", 1, 250000, 8000, [2000, 2200, 2400]),
                  ("Bộ nón lá trang trí mini (3 chiếc)", "bộ", 1, 150000, 6000, [1500, 1600, 1800])],
        hist=[(10000, 125000), (11000, 130000), (11800, 135000)],
        sites=[("Xưởng làm nón thôn Trung Hòa", "Khuôn nón 60 bộ, máy là lá, máy sấy lá", 32, 280, 0.56,
                [8, 8, 9], 24, 40, "sào", 40),
               ("Xưởng làm nón thôn Phúc Lợi", "Khuôn nón 45 bộ, máy là lá", 26, 280, 0.44, [6, 6, 6],
                18, 30, "sào", 40)],
        raws=[("Lá nón (lá cọ non phơi khô)", "kg", 0.15, 60000), ("Vành tre, cước, chỉ", "bộ", 1, 6000)],
        mgmt=[2, 2, 2], wage=4.5, energy=1500,
        inv=[("Nhà trưng bày, bán hàng 50 m² tại Trung Hòa", 200, True),
             ("Máy là lá, máy sấy lá cho hai xưởng", 90, True),
             ("Khuôn nón, bàn vẽ và dụng cụ", 40, True), ("Thiết kế mẫu, bao bì, tem", 40, False),
             ("Vốn lưu động", 230, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.06, tax=0.01, other=40),
    "fn05": dict(
        unit="kg",
        products=[("Bánh đa vừng, gói 10 chiếc (500 g)", "gói", 0.5, 40000, 2000, [30000, 33000, 36000]),
                  ("Bánh đa mè đen nướng sẵn, hộp 300 g", "hộp", 0.3, 45000, 5000, [10000, 11000, 12000])],
        hist=[(15000, 84000), (16000, 86000), (17000, 88000)],
        sites=[("Xưởng bánh thôn Yên Thượng", "Máy xay bột, 2 nồi tráng hơi, giàn phơi", 45, 260, 0.40,
                [3, 3, 3], 12, 40, "sào", 280),
               ("Xưởng bánh thôn Yên Hạ", "Máy xay bột, 2 nồi tráng hơi, giàn phơi", 40, 260, 0.35,
                [3, 3, 3], 10, 34, "sào", 280),
               ("Xưởng bánh thôn Đông Sơn", "Máy xay bột, 1 nồi tráng hơi, giàn phơi", 30, 260, 0.25,
                [2, 2, 3], 8, 26, "sào", 280)],
        raws=[("Gạo tẻ", "kg", 0.9, 14000), ("Vừng đen, vừng trắng", "kg", 0.08, 70000)],
        mgmt=[2, 2, 2], wage=4.5, energy=6000,
        inv=[("Máy xay bột nước cho xưởng Đông Sơn", 60, True),
             ("Lò nướng bánh bằng điện cho ba xưởng", 150, True),
             ("Nhà phơi có mái che, xưởng Yên Hạ", 120, True), ("Máy đóng gói, hàn túi", 70, True),
             ("Thiết kế bao bì, tem truy xuất", 40, False), ("Vốn lưu động", 160, False)],
        src=[("Vốn góp của thành viên", 300), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.075, sell=0.06, tax=0.015, other=40),
    "fn06": dict(
        unit="lít",
        products=[("Rượu nếp cái hoa vàng, chai 500 ml", "chai", 0.5, 90000, 9000, [30000, 32000, 34000]),
                  ("Rượu nếp ngâm sim, bình 1,5 lít", "bình", 1.5, 320000, 40000, [2000, 2400, 2800])],
        hist=[(14000, 165000), (15000, 170000), (16000, 175000)],
        sites=[("Cơ sở nấu rượu thôn Xuân Lan", "2 nồi chưng cất 65 kg gạo/mẻ, bồn hạ độ", 60, 300, 0.5,
                [4, 4, 4], 30, 60, "sào", 600),
               ("Cơ sở nấu rượu thôn Cửa Sót", "1 nồi chưng cất 65 kg gạo/mẻ, bồn hạ độ", 30, 300, 0.5,
                [3, 3, 3], 28, 50, "sào", 600)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 2.2, 26000), ("Men lá, quả sim", "kg", 0.12, 60000)],
        mgmt=[3, 3, 3], wage=6.0, energy=6000,
        inv=[("Hệ thống lọc, khử andehit cho hai cơ sở", 240, True),
             ("Hầm ủ rượu, chum sành 200 lít", 200, True), ("Máy chiết rót, đóng nút", 110, True),
             ("Kiểm nghiệm, bao bì, tem", 50, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn chủ sở hữu", 500), ("Vay Ngân hàng thương mại cổ phần", 400)],
        life=10, loan=[400, 300, 200], rate=0.09, sell=0.06, tax=0.04, other=80),
    "fn07": dict(
        unit="sản phẩm",
        products=[("Khay gỗ mít khắc hoa văn", "chiếc", 1, 220000, 6000, [2400, 2600, 2800]),
                  ("Hộp đựng trà gỗ hương", "chiếc", 1, 300000, 8000, [1500, 1650, 1800]),
                  ("Tượng gỗ mỹ nghệ để bàn", "chiếc", 1, 750000, 20000, [400, 450, 500])],
        hist=[(3600, 270000), (3900, 280000), (4100, 290000)],
        sites=[("Xưởng mộc thôn Thái Yên", "Máy cưa bàn, máy bào, 2 máy đục CNC mini", 12, 280, 0.6,
                [4, 4, 5], 10, 6, "ha", 5),
               ("Xưởng mộc thôn Đức Nam", "Máy cưa bàn, máy bào, 1 máy đục CNC mini", 8, 280, 0.4,
                [3, 3, 3], 8, 4, "ha", 5)],
        raws=[("Gỗ mít, gỗ keo, gỗ hương (phôi sơ chế)", "m³", 0.006, 9000000), ("Dầu lau, sơn PU gốc nước", "lít", 0.05, 180000)],
        mgmt=[1, 1, 1], wage=4.5, energy=5000,
        inv=[("Máy đục CNC mini thứ hai cho xưởng Đức Nam", 160, True),
             ("Hệ thống hút bụi túi vải cho hai xưởng", 90, True),
             ("Buồng sơn có màng nước, xưởng Thái Yên", 70, True),
             ("Mẫu mã, bao bì", 30, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của các hộ", 300), ("Vay Quỹ hỗ trợ nông dân", 200)],
        life=8, loan=[200, 150, 100], rate=0.06, sell=0.06, tax=0.01, other=40),
    "fn08": dict(
        unit="kg",
        products=[("Chè vằng khô cắt khúc, túi 500 g", "túi", 0.5, 80000, 3000, [10000, 11000, 12000]),
                  ("Cao chè vằng, hộp 100 g", "hộp", 0.1, 120000, 8000, [6000, 6600, 7200])],
        hist=[(4600, 240000), (5000, 250000), (5400, 260000)],
        sites=[("Sân phơi, lò sấy thôn Sơn Bình", "Máy thái, lò sấy hơi 400 kg tươi/mẻ, nồi cô cao", 16, 250,
                0.55, [3, 3, 3], 22, 70, "sào", 400),
               ("Sân phơi, lò sấy thôn Minh Lạc", "Máy thái, lò sấy hơi 300 kg tươi/mẻ", 13, 250, 0.45,
                [3, 3, 3], 18, 56, "sào", 400)],
        raws=[("Cành lá chè vằng tươi", "kg", 4, 7000)],
        mgmt=[2, 2, 2], wage=5.5, energy=18000,
        inv=[("Nồi cô cao chân không 100 lít", 320, True), ("Lò sấy hơi cho sân Minh Lạc", 180, True),
             ("Nhà phơi có mái che ở hai sân", 200, True), ("Máy thái, máy đóng gói", 100, True),
             ("Bao bì, kiểm nghiệm, tự công bố", 60, False), ("Vốn lưu động", 340, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 420)],
        life=10, loan=[420, 320, 220], rate=0.08, sell=0.06, tax=0.015, other=60),
    "fn09": dict(
        unit="lít",
        products=[("Nước mắm cá cơm 30 độ đạm, chai 500 ml", "chai", 0.5, 65000, 6000, [36000, 40000, 44000]),
                  ("Nước mắm nhĩ 40 độ đạm, chai 250 ml", "chai", 0.25, 70000, 5000, [12000, 14000, 16000])],
        hist=[(17000, 135000), (18000, 140000), (19500, 145000)],
        sites=[("Bãi chượp thôn Hải Phong", "80 thùng gỗ 2 m³, bể chứa inox", 60, 330, 0.55,
                [5, 5, 5], 14, 14, "tàu", 1600),
               ("Bãi chượp thôn Bắc Hải", "60 thùng gỗ 2 m³, bể chứa inox", 45, 330, 0.45,
                [4, 4, 4], 11, 11, "tàu", 1600)],
        raws=[("Cá cơm tươi", "kg", 1.8, 22000), ("Muối hạt", "kg", 0.6, 4000)],
        mgmt=[3, 3, 3], wage=6.0, energy=1500,
        inv=[("Thùng gỗ ủ chượp mới cho hai bãi", 200, True), ("Máy lọc, bồn inox", 140, True),
             ("Máy chiết rót, đóng nắp", 120, True), ("Nhà kho thành phẩm 60 m²", 150, True),
             ("Bao bì, tem, kiểm nghiệm", 50, False), ("Vốn lưu động", 340, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng thương mại cổ phần", 400)],
        life=10, loan=[400, 300, 200], rate=0.085, sell=0.07, tax=0.015, other=80),
    "fn10": dict(
        unit="kg",
        products=[("Kẹo cu đơ, gói 250 g", "gói", 0.25, 40000, 2000, [26000, 50000, 60000]),
                  ("Kẹo cu đơ hộp quà 500 g", "hộp", 0.5, 90000, 7000, [5000, 9600, 11600])],
        hist=[(8400, 150000), (8800, 155000), (9000, 160000)],
        sites=[("Xưởng kẹo phường Trần Phú", "2 chảo nấu mật, máy cán, máy cắt", 60, 300, 0.55,
                [4, 4, 4], 26, 60, "sào", 100),
               ("Xưởng kẹo thôn Tùng Ảnh", "1 chảo nấu mật, máy cán, máy cắt", 45, 300, 0.45,
                [3, 3, 3], 22, 50, "sào", 100)],
        raws=[("Lạc nhân", "kg", 0.35, 55000), ("Mật mía, đường, gừng", "kg", 0.5, 28000),
              ("Bánh đa nướng", "kg", 0.15, 60000)],
        mgmt=[2, 2, 2], wage=5.0, energy=6000,
        inv=[("Chảo nấu mật bằng điện có cánh khuấy", 140, True),
             ("Máy cán, máy cắt kẹo tự động", 180, True), ("Máy đóng gói", 90, True),
             ("Thiết kế hộp quà", 30, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn chủ sở hữu", 400), ("Vay Ngân hàng thương mại cổ phần", 300)],
        life=10, loan=[300, 200, 100], rate=0.085, sell=0.06, tax=0.015, other=60),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "fn05": {"site_total": (1, 1.09)},           # 2028 "Tổng cộng" of the output-by-site table × 1,09
    "fn06": {"rev_line": (0, 0, 1.10)},          # 2027 revenue line of the 500 ml bottle × 1,10
    "fn07": {"profit": (1, 1.30)},               # 2028 profit in the summary × 1,30
    "fn08": {"payback": 1.5},                    # sources 1.020 vs investment 1.200; payback 1,5 years
    "fn09": {"shortfall": True},                 # fish supply 40.000 kg vs need 39.600/43.650/47.700
    "fn10": {"growth": True},                    # output 9.000 → 9.000 → 17.300 → 21.000 kg
}
READY = ("fn01", "fn02", "fn03", "fn04")
STEMS = {
    "fn01": "fn01_khoai_deo_ky_tay_htx",
    "fn02": "fn02_che_xanh_huong_lam_cty",
    "fn03": "fn03_mat_ong_vu_quang_htx",
    "fn04": "fn04_non_la_thach_lac_htx",
    "fn05": "fn05_banh_da_vung_yen_ho_htx",
    "fn06": "fn06_ruou_nep_xuan_lan_cty",
    "fn07": "fn07_go_my_nghe_thai_yen_nhom_ho",
    "fn08": "fn08_che_vang_son_binh_cty",
    "fn09": "fn09_nuoc_mam_hai_phong_cty",
    "fn10": "fn10_keo_cu_do_tung_anh_cty",
    "fn11": "fn11_banh_da_nem_so_sai",
    "fn12": "fn12_chieu_coi_so_sai",
}


# --------------------------------------------------------------------------- model
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(key: str, planted: bool = True) -> dict:
    """Every table number of plan `key`; with planted=False the true values."""
    p = PLANS[key]
    pl = PLANTED.get(key, {}) if planted else {}
    m: dict = {}
    out = [sum(pr[2] * pr[5][y] for pr in p["products"]) for y in range(3)]
    m["out"] = out
    sites = p["sites"]
    so = []
    for y in range(3):
        row, acc = [], 0.0
        for i, s in enumerate(sites):
            v = out[y] - acc if i == len(sites) - 1 else round(out[y] * s[4] / 10) * 10
            acc += v
            row.append(v)
        so.append(row)
    m["site_out"] = [[so[y][i] for y in range(3)] for i in range(len(sites))]
    m["site_total"] = list(out)
    if "site_total" in pl:
        y, f = pl["site_total"]
        m["site_total"][y] = round(out[y] * f / 10) * 10
    m["cap"] = [s[2] * s[3] for s in sites]
    m["site_staff"] = [s[5] for s in sites]
    m["staff"] = [p["mgmt"][y] + sum(s[5][y] for s in sites) for y in range(3)]
    m["supply_site"] = [s[7] * s[9] for s in sites]
    m["supply"] = sum(m["supply_site"])
    norm = p["raws"][0][2]
    m["need_site"] = [[v * norm for v in m["site_out"][i]] for i in range(len(sites))]
    m["need"] = [[o * r[2] for o in out] for r in p["raws"]]
    m["hist_rev"] = [r1(o * pr / 1e6) for o, pr in p["hist"]]
    # revenue
    lines = []
    for j, pr in enumerate(p["products"]):
        lines.append([r1(pr[5][y] * pr[3] / 1e6) for y in range(3)])
    m["rev_lines_true"] = [list(x) for x in lines]
    if "rev_line" in pl:
        j, y, f = pl["rev_line"]
        lines[j][y] = r1(lines[j][y] * f)
    m["rev_lines"] = lines
    rev = [r1(sum(l[y] for l in lines)) for y in range(3)]
    m["rev"] = rev
    fixed = sum(v for _, v, f in p["inv"] if f)
    m["inv_total"] = sum(v for _, v, _ in p["inv"])
    m["src_total"] = sum(v for _, v in p["src"])
    m["dep"] = r1(fixed / p["life"])
    cost = []
    for r, need in zip(p["raws"], m["need"]):
        cost.append((f"Nguyên liệu: {r[0].lower()}" if False else r[0], [r1(n * r[3] / 1e6) for n in need]))
    cost.append(("Bao bì", [r1(sum(pr[5][y] * pr[4] for pr in p["products"]) / 1e6) for y in range(3)]))
    cost.append(("Tiền công lao động", [r1(m["staff"][y] * p["wage"] * 12) for y in range(3)]))
    cost.append(("Điện, nước, nhiên liệu", [r1(out[y] * p["energy"] / 1e6) for y in range(3)]))
    cost.append(("Khấu hao tài sản cố định", [m["dep"]] * 3))
    cost.append(("Lãi vay", [r1(p["loan"][y] * p["rate"]) for y in range(3)]))
    cost.append(("Chi phí bán hàng, quảng bá", [r1(rev[y] * p["sell"]) for y in range(3)]))
    cost.append(("Thuế, phí", [r1(rev[y] * p["tax"]) for y in range(3)]))
    cost.append(("Quản lý, chi phí khác", [p["other"]] * 3))
    m["cost_lines"] = cost
    m["cost"] = [r1(sum(c[1][y] for c in cost)) for y in range(3)]
    profit = [r1(rev[y] - m["cost"][y]) for y in range(3)]
    m["profit_true"] = list(profit)
    if "profit" in pl:
        y, f = pl["profit"]
        profit[y] = r1(profit[y] * f)
    m["profit"] = profit
    m["margin"] = [r1(profit[y] / rev[y] * 100) for y in range(3)]
    avg = sum(profit) / 3
    m["avg_profit"] = r1(avg)
    m["payback_true"] = round(m["inv_total"] / (sum(m["profit_true"]) / 3 + m["dep"]), 1)
    m["payback"] = pl.get("payback", round(m["inv_total"] / (avg + m["dep"]), 1))
    m["src_pct"] = [r1(v / m["src_total"] * 100) for _, v in p["src"]]
    return m


# --------------------------------------------------------------------------- formatting
def fmt(x: float) -> str:
    """Vietnamese number: dotted thousands, one decimal with a comma when not whole."""
    neg = x < 0
    x = abs(x)
    if abs(x - round(x)) < 1e-6:
        s = f"{int(round(x)):,}".replace(",", ".")
    else:
        i, d = f"{x:.1f}".split(".")
        s = f"{int(i):,}".replace(",", ".") + "," + d
    return ("−" if neg else "") + s


# --------------------------------------------------------------------------- reading back
class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[str, list[list[str]]] = {}
        cap, cur = None, None
        for line in self.body.splitlines():
            s = line.strip()
            if s.startswith("Bảng "):
                cap, cur = s, None
            elif s.startswith("|"):
                if cap is not None and cur is None:
                    cur = self.tables.setdefault(cap, [])
                if cur is not None and not re.fullmatch(r"\|[-| ]+\|", s):
                    cur.append([c.strip() for c in s.strip("|").split("|")])
            elif s and not s.startswith("ĐVT"):
                cap, cur = (None, None) if cur is not None else (cap, cur)

    def table(self, word: str) -> list[list[str]]:
        for k, v in self.tables.items():
            if word.lower() in k.lower():
                return v
        self.failures.append(f"table not found: {word}")
        return []

    def trow(self, word: str, label: str, n: int = 3) -> list[float]:
        for r in self.table(word):
            if any(c.startswith(label) for c in r[:2]):
                nums = [vn(c) for c in r[1:] if re.fullmatch(r"[\d.,]+", c)]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {word} / {label}")
        return [0.0] * n

    def eq(self, got: list[float] | float, want: list[float] | float, what: str) -> None:
        g = got if isinstance(got, list) else [got]
        w = want if isinstance(want, list) else [want]
        for a, b in zip(g, w):
            if not (close(a, b) or abs(a - b) <= 0.11):
                self.failures.append(f"{what}: plan {fmt(a)}, computed {fmt(b)}")

    def wrong(self, got: float, true: float, what: str) -> None:
        if not off(got, true):
            self.failures.append(f"planted {what} not wrong enough: plan {fmt(got)}, true {fmt(true)}")


def check_full(key: str) -> Plan:
    p, m, t = PLANS[key], model(key), model(key, planted=False)
    pl = PLANTED.get(key, {})
    P = Plan(STEMS[key])
    P.lacks(PLACEHOLDER, "template placeholder")
    # history
    for y, (o, pr) in enumerate(p["hist"]):
        P.eq(P.trow("Kết quả sản xuất", str(2024 + y), 3), [o, pr / 1000, m["hist_rev"][y]], f"history {2024 + y}")
    if key != "fn10":
        P.check(m["out"][0] <= p["hist"][2][0] * 1.2, "2027 output more than +20 % on 2026")
    # packs by product and output
    for pr in p["products"]:
        P.eq(P.trow("tiêu thụ theo sản phẩm", pr[0]), [float(x) for x in pr[5]], f"packs {pr[0]}")
    P.eq(P.trow("tiêu thụ theo sản phẩm", "Tổng sản lượng"), m["out"], "output")
    # sites: capacity, output by site, total
    for i, s in enumerate(p["sites"]):
        P.eq(P.trow("Cơ sở sản xuất", s[0], 3), [s[2], s[3], m["cap"][i]], f"capacity {s[0]}")
        P.eq(P.trow("Sản lượng theo cơ sở", s[0]), m["site_out"][i], f"output {s[0]}")
        over = [m["site_out"][i][y] > m["cap"][i] for y in range(3)]
        if key == "fn06" and i == 1:
            P.check(over[1] and over[2], "fn06: Cửa Sót must exceed its still in 2028-2029")
            for y in (1, 2):
                P.wrong(m["site_out"][i][y], m["cap"][i], f"Cửa Sót output {YEARS[y]} vs capacity")
        else:
            P.check(not any(over), f"{s[0]} over its capacity")
    P.check(all(m["out"][y] <= sum(m["cap"]) for y in range(3)), "total over the sum of capacities")
    got = P.trow("Sản lượng theo cơ sở", "Tổng cộng")
    if "site_total" in pl:
        y = pl["site_total"][0]
        P.wrong(got[y], t["out"][y], f"site total {YEARS[y]}")
        P.eq([got[k] for k in range(3) if k != y], [m["out"][k] for k in range(3) if k != y], "site total")
    else:
        P.eq(got, m["out"], "site total")
    # staff
    for i, s in enumerate(p["sites"]):
        P.eq(P.trow("Lao động", s[0]), [float(x) for x in s[5]], f"staff {s[0]}")
    P.eq(P.trow("Lao động", "Tổng cộng"), [float(x) for x in m["staff"]], "staff total")
    # raw material by site and balance
    if p["sites"][0][6]:
        for i, s in enumerate(p["sites"]):
            P.eq(P.trow("Nguyên liệu thu gom", s[0], 4), [s[6], s[7], s[9], m["supply_site"][i]], f"supply {s[0]}")
        P.eq(P.trow("Nguyên liệu thu gom", "Tổng cộng", 1), [m["supply"]], "supply total")
        for i, s in enumerate(p["sites"]):
            P.eq(P.trow("Cân đối nguyên liệu", "Nhu cầu " + s[0].split(" thôn ")[-1]), m["need_site"][i],
                 f"need {s[0]}")
        P.eq(P.trow("Cân đối nguyên liệu", "Tổng nhu cầu"), m["need"][0], "need")
        P.eq(P.trow("Cân đối nguyên liệu", "Nguồn cung"), [m["supply"]] * 3, "supply row")
        short = [m["need"][0][y] > m["supply"] for y in range(3)]
        if key == "fn09":
            P.check(short[1] and short[2], "fn09: need must exceed supply in 2028-2029")
            P.wrong(m["need"][0][2], m["supply"], "fish need 2029 vs supply")
            P.check("Chênh lệch" not in " ".join(" ".join(r) for r in P.table("Cân đối nguyên liệu")),
                    "fn09 balance table has a difference row")
        else:
            P.check(not any(short), "raw material short")
            for i in range(len(p["sites"])):
                P.check(max(m["need_site"][i]) <= m["supply_site"][i], f"site {i} short")
            P.eq(P.trow("Cân đối nguyên liệu", "Chênh lệch"), [m["supply"] - n for n in m["need"][0]], "balance")
    # investment and sources
    for lab, v, _ in p["inv"]:
        P.eq(P.trow("Tổng vốn đầu tư", lab, 1), [v], f"inv {lab}")
    P.eq(P.trow("Tổng vốn đầu tư", "Tổng cộng", 1), [m["inv_total"]], "inv total")
    for (lab, v), pc in zip(p["src"], m["src_pct"]):
        P.eq(P.trow("Nguồn vốn", lab, 2), [v, pc], f"source {lab}")
    P.eq(P.trow("Nguồn vốn", "Tổng cộng", 2), [m["src_total"], 100], "sources total")
    if key == "fn08":
        P.wrong(m["src_total"], m["inv_total"], "sources vs investment")
    else:
        P.check(m["src_total"] == m["inv_total"], "sources differ from investment")
    # revenue
    for j, pr in enumerate(p["products"]):
        got = P.trow("Doanh thu dự kiến", pr[0])
        want = m["rev_lines"][j]
        if "rev_line" in pl and pl["rev_line"][0] == j:
            y = pl["rev_line"][1]
            P.wrong(got[y], t["rev_lines"][j][y], f"revenue line {YEARS[y]}")
            P.check(close(t["rev_lines"][j][y], pr[5][y] * pr[3] / 1e6), "true revenue line")
        P.eq(got, want, f"revenue {pr[0]}")
        P.check(f"({fmt(pr[3])} đ/{pr[1]})" in " ".join(" ".join(r) for r in P.table("Doanh thu dự kiến")),
                f"price in revenue label {pr[0]}")
    P.eq(P.trow("Doanh thu dự kiến", "Tổng doanh thu"), m["rev"], "revenue total")
    if "rev_line" in pl:
        y = pl["rev_line"][1]
        P.wrong(m["rev"][y], t["rev"][y], f"revenue total {YEARS[y]}")
    # costs
    for lab, vals in m["cost_lines"]:
        P.eq(P.trow("Chi phí dự kiến", lab), vals, f"cost {lab}")
    P.eq(P.trow("Chi phí dự kiến", "Tổng chi phí"), m["cost"], "cost total")
    # summary
    P.eq(P.trow("Tổng hợp hiệu quả", "Doanh thu"), m["rev"], "summary revenue")
    P.eq(P.trow("Tổng hợp hiệu quả", "Tổng chi phí"), m["cost"], "summary cost")
    P.eq(P.trow("Tổng hợp hiệu quả", "Lợi nhuận"), m["profit"], "summary profit")
    P.eq(P.trow("Tổng hợp hiệu quả", "Tỷ suất"), m["margin"], "margin")
    if "profit" in pl:
        y = pl["profit"][0]
        P.wrong(m["profit"][y], t["rev"][y] - t["cost"][y], f"profit {YEARS[y]}")
    for y in range(3):
        mg = t["profit_true"][y] / t["rev"][y]
        P.check(0.04 < mg < 0.40, f"true margin {YEARS[y]} {mg:.2f}")
    # payback
    P.has(f"khoảng {fmt(m['payback'])} năm")
    if "payback" in pl:
        P.wrong(m["payback"], t["payback_true"], "payback")
    # growth
    g = [m["out"][0] / p["hist"][2][0]] + [m["out"][y] / m["out"][y - 1] for y in (1, 2)]
    if key == "fn10":
        P.check(g[1] > 1.8, "fn10 growth not planted")
        P.check(m["staff"][0] == m["staff"][2], "fn10 staff should not change")
    else:
        P.check(all(x < 1.2 for x in g), f"growth {g}")
    return P


def common_ready(P: Plan) -> None:
    P.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
          "phiếu kết quả thử nghiệm", "truy xuất", "nhãn hiệu", "môi trường")
    P.lacks(REPLACED, "replaced instrument or district body")
    for d in re.findall(r"đến (\d\d/\d\d/(\d{4}))", P.body):
        P.check(int(d[1]) >= 2030, f"paper lapses {d[0]}")


def check(key: str) -> Plan:
    if key in ("fn11", "fn12"):
        P = Plan(STEMS[key])
        words = len(re.findall(r"\w+", P.body))
        P.check(150 <= words <= 320, f"sketchy words {words}")
        P.check(not P.rows, "sketchy plan has a table")
        P.lacks(r"tiêu chuẩn cơ sở|nhãn hiệu|đăng ký kinh doanh số|mã số thuế", "sketchy paper")
        return P
    P = check_full(key)
    if key in READY:
        common_ready(P)
    else:
        P.check(True, "")
    body = P.body
    if key == "fn05":
        P.lacks(r"an toàn thực phẩm|ATTP|15/2018|đủ điều kiện", "fn05 food-safety word")
        P.has("Hợp tác xã Bánh đa Yên Phú", "Hợp tác xã Bánh đa Yên Hồ")
        P.check(body.count("Hợp tác xã Bánh đa Yên Phú") <= 2, "fn05 other name too often")
    if key == "fn06":
        P.lacks(r"giấy phép sản xuất rượu|105/2017|17/2020|giấy phép", "fn06 licence word")
        P.has("an toàn thực phẩm", "mỗi cơ sở đều đủ công suất")
    if key == "fn07":
        P.lacks(r"nhãn hiệu|thương hiệu|logo|sở hữu trí tuệ|bảo hộ", "fn07 trademark word")
        P.lacks(r"mã số thuế|đăng ký kinh doanh số|giấy chứng nhận đăng ký", "fn07 registration word")
        P.has("chưa đăng ký")
    if key == "fn08":
        P.lacks(r"truy xuất|nhật ký|mã lô|số lô|QR|tem|kiểm soát nội bộ|kiểm soát chất lượng", "fn08 QC word")
        P.has("đủ vốn")
    if key == "fn09":
        P.lacks(r"môi trường|nước thải|chất thải|xử lý|mùi|\bbã\b|ruồi", "fn09 environment word")
        P.has("nhà xưởng và sân chượp 1.400 m²", "nhà xưởng và sân chượp 800 m²")
        P.has("đủ cá nguyên liệu")
    if key == "fn10":
        P.lacks(r"nhãn hàng|nhãn sản phẩm|ghi nhãn|tem|mã vạch|43/2017|111/2021", "fn10 label word")
        P.has("1048/QĐ-TTg", "Hội đồng OCOP huyện")
        P.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "fn10 current instrument")
    return P


def main() -> int:
    return plancheck.report([check(k) for k in STEMS])


if __name__ == "__main__":
    sys.exit(main())
