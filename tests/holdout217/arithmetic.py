"""The 217th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout217/arithmetic.py [hj01 hj05 ...]

Theme: product lines that start or stop during the plan. Every full plan (hj01-hj10) has a line
that starts in 2028 (some after a trial batch in 2027), a line that is dropped in 2029, and lines
made all three years; the years without a line are written "-", "0", "0,0", "–", left blank, or as
words ("chưa sản xuất", "ngừng", "chưa có", "thôi bán") in the output, price, revenue and cost
tables alike, and the text says when each line starts or stops.

The constants give, per plan, each product line (pack size in the plan's base unit, packs and price
per year, None when the line is not made, raw-material and packaging cost per pack, the 2024-2026
history), the raw materials (norm per pack, supply rows as count x yield), the equipment (rating x
days, the lines it serves, the year it is installed), staff by role and the monthly wage per year,
energy per base unit, the fixed cost lines, the investment items with the year they are spent,
capital sources, loan balances and rate, asset life, and the planted defects. `model()` turns them
into every figure the plan prints (with `printed=True`, the planted defects and the figures that
follow from them); `tables()` lays them out as the plan's tables, which the generator (kept out of
the repository) rendered and this script reads back: every number of every table is compared with
the model (within 1 %, or half a unit of its last digit); a cell that differs from the true value
must be a planted one (wrong by more than 5 %) or follow from one; a cell of a year without the line
must carry the plan's marker, not a number. Cross-checks on the printed figures: revenue = packs x
price, every total = the sum of its lines, profit = revenue - cost, sources = investment, payback =
investment / (average profit + average depreciation), raw-material need within supply, output
within capacity, growth. Textual defects by the absence or presence of their words. Sketchy plans:
150-350 words, no table.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

STEMS = {
    "hj01": "hj01_keo_cu_do_xuan_lam_ctcp",
    "hj02": "hj02_che_xanh_hoa_hai_htx",
    "hj03": "hj03_mat_ong_son_hong_hkd",
    "hj04": "hj04_may_tre_dan_cam_quan_tht",
    "hj05": "hj05_ruou_nep_hong_loc_htx",
    "hj06": "hj06_nuoc_mam_ky_phuong_ctcp",
    "hj07": "hj07_tra_ca_gai_leo_thach_ngoc_hkd",
    "hj08": "hj08_banh_ram_yen_ho_tht",
    "hj09": "hj09_dau_goi_bo_ket_xuan_yen_cty",
    "hj10": "hj10_du_lich_ha_linh_cty",
    "hj11": "hj11_nam_so_say_so_sai",
    "hj12": "hj12_bot_san_day_so_sai",
}
READY = ("hj01", "hj02", "hj03", "hj04")
REVISE = ("hj05", "hj06", "hj07", "hj08", "hj09", "hj10")
SKETCHY = ("hj11", "hj12")

# --------------------------------------------------------------------------- constants
# products: P(name, short label, pack word, size in the base unit, packs per year, price per pack
#   per year (đồng), raw material and packaging cost per pack (đồng), packs 2024-2026, price
#   2024-2026, trial = index of the year that is only a trial batch)
# mats: norm per pack of each line that uses it; supply rows (label, count per year, count word,
#   yield per count)
# equip: rating per day x days (or per vat x vats), the lines it serves, the year it starts,
#   per="packs" when rated in packs rather than in the base unit
# roles: staff per year; wage: monthly wage per year (triệu); energy: đồng per base unit
# sell / tax / other: fixed cost lines (triệu); inv: (item, triệu, year spent, depreciable?)
# src: capital sources (triệu); loan: balance per year (triệu) at `rate`; life: years of depreciation
# plant: the planted numeric defects (see PLANTED_NOTES and the README)
N = None


def P(name, short, pack, size, packs, price, raw, pkg, hist=(N, N, N), hprice=(N, N, N), trial=None):
    """A product line: packs and price per plan year (None = the line is not made that year)."""
    return dict(name=name, short=short, pack=pack, size=size, packs=list(packs), price=list(price),
                raw=raw, pkg=pkg, hist=list(hist), hprice=list(hprice), trial=trial)


PLANS = {
    # ------------------------------------------------------------------ hj01 ready, food (cu đơ)
    "hj01": dict(
        line_notes=["Dòng chính, tăng đều", "Nồi nấu riêng từ quý I/2028", "Nhường nhân công cho cu đơ gừng"],
        unit="kg",
        products=[
            P("Cu đơ truyền thống, gói 10 thanh (300 g)", "Cu đơ truyền thống", "gói", 0.3,
              [40000, 42000, 44000], [45000, 46000, 47000], 19000, 3000,
              [34000, 36000, 38500], [42000, 43000, 44000]),
            P("Cu đơ gừng, hộp quà 500 g", "Cu đơ gừng hộp quà", "hộp", 0.5,
              [N, 6000, 9000], [N, 95000, 97000], 36000, 12000),
            P("Kẹo lạc thanh, túi 250 g", "Kẹo lạc thanh", "túi", 0.25,
              [12000, 9000, N], [30000, 30000, N], 14000, 2000,
              [13000, 13500, 12500], [29000, 29000, 30000]),
        ],
        mats=[dict(label="Lạc nhân", unit="kg", norm={0: 0.12, 1: 0.18, 2: 0.15},
                   supply=[("Hộ trồng lạc thôn Xuân Phổ", [30, 30, 30], "hộ", 200),
                           ("HTX nông nghiệp Xuân Liên", [1, 1, 1], "hợp đồng", 2500)]),
              dict(label="Gừng tươi", unit="kg", norm={1: 0.08},
                   supply=[("Hộ trồng gừng thôn Đan Trung", [N, 12, 12], "hộ", 80)])],
        equip=[dict(label="Dây chuyền nấu, kéo, cắt kẹo", rating=70, days=280, covers=[0, 2], start=2027,
                    text="70 kg/ngày"),
               dict(label="Nồi nấu kẹo gừng, máy đóng hộp", rating=20, days=280, covers=[1], start=2028,
                    text="20 kg/ngày")],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu, kéo, cắt kẹo", [4, 5, 5]),
               ("Đóng gói, kho", [2, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=1500,
        sell=[90, 110, 120], tax=[30, 40, 45], other=[40, 45, 50],
        inv=[("Cải tạo xưởng nấu kẹo 80 m²", 180, 2027, True), ("Máy cắt, máy đóng gói kẹo", 150, 2027, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, 2027, False),
             ("Nồi nấu kẹo gừng, máy đóng hộp", 220, 2028, True),
             ("Khuôn hộp quà, kiểm nghiệm", 40, 2028, False), ("Vốn lưu động", 270, 2027, False)],
        src=[("Vốn chủ sở hữu", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, hmargin=[0.085, 0.09, 0.095]),
    # ------------------------------------------------------------------ hj02 ready, beverage (chè xanh)
    "hj02": dict(
        line_notes=["Dòng chính", "Làm thử 1.500 hộp năm 2027", "Lá chè chuyển sang chế biến"],
        unit="kg",
        products=[
            P("Chè búp khô, túi 500 g", "Chè búp khô", "túi", 0.5,
              [6000, 6300, 6600], [152000, 156000, 160000], 31500, 6000,
              [5200, 5500, 5800], [140000, 145000, 148000]),
            P("Trà xanh túi lọc, hộp 50 túi × 2 g", "Trà xanh túi lọc", "hộp", 0.1,
              [1500, 6000, 9000], [65000, 65000, 67000], 6500, 12000, trial=0),
            P("Chè tươi bó 1 kg bán chợ", "Chè tươi bó", "bó", 1,
              [5000, 3000, N], [20000, 20000, N], 12000, 500,
              [6000, 5800, 5500], [18000, 19000, 20000]),
        ],
        mats=[dict(label="Lá chè tươi", unit="kg", norm={0: 2.25, 1: 0.45, 2: 1.0},
                   supply=[("Chè của 24 hộ thành viên", [24, 24, 24], "hộ", 700),
                           ("Đồi chè tập thể của HTX", [2, 2, 2], "ha", 3500)])],
        equip=[dict(label="Máy sao, máy vò, máy sấy chè", rating=22, days=250, covers=[0, 1], start=2027,
                    text="22 kg chè khô/ngày"),
               dict(label="Máy đóng túi lọc", rating=60, days=250, covers=[1], start=2028, per="packs",
                    text="60 hộp/ngày")],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Hái, sao, vò, sấy chè", [3, 3, 3]),
               ("Đóng gói túi lọc", [1, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4], energy=9000,
        sell=[50, 70, 80], tax=[15, 20, 25], other=[25, 30, 30],
        inv=[("Nhà sao chè và phòng đóng gói 70 m²", 160, 2027, True),
             ("Thay máy vò, máy sấy chè", 120, 2027, True),
             ("Máy đóng túi lọc và máy hàn hộp", 180, 2028, True),
             ("Bao bì, mã vạch, tem truy xuất", 35, 2027, False),
             ("Vốn lưu động", 155, 2027, False)],
        src=[("Vốn góp của thành viên", 350), ("Quỹ phát triển của HTX", 100),
             ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, hmargin=[0.10, 0.11, 0.12]),
    # ------------------------------------------------------------------ hj03 ready, honey
    "hj03": dict(
        unit="kg",
        products=[
            P("Mật ong hoa rừng, chai 500 g", "Mật ong hoa rừng chai", "chai", 0.5,
              [3000, 3300, 3600], [190000, 195000, 200000], 63000, 9000,
              [2400, 2600, 2800], [180000, 185000, 188000]),
            P("Mật ong hoa keo, hũ 1 kg", "Mật ong hoa keo hũ", "hũ", 1,
              [1200, 1300, 1400], [260000, 265000, 270000], 126000, 12000,
              [1000, 1050, 1100], [245000, 250000, 255000]),
            P("Mật ong hoa keo, can 5 kg bán sỉ", "Mật ong can bán sỉ", "can", 5,
              [160, 120, N], [1050000, 1050000, N], 630000, 25000,
              [200, 190, 180], [1000000, 1020000, 1040000]),
            P("Mật ong gói que 12 g, hộp 20 que", "Mật ong gói que", "hộp", 0.24,
              [N, 2000, 3500], [N, 95000, 98000], 30000, 18000),
        ],
        mats=[dict(label="Mật ong thô", unit="kg", norm={0: 0.525, 1: 1.05, 2: 5.25, 3: 0.252},
                   supply=[("Đàn ong của hộ", [220, 240, 250], "đàn", 12),
                           ("Hộ nuôi ong thôn Kim Lĩnh", [15, 18, 18], "hộ", 100)])],
        equip=[dict(label="Máy hạ thủy phần, bồn lắng inox", rating=60, days=100, covers=[0, 1, 2, 3],
                    start=2027, text="2 mẻ × 30 kg/ngày"),
               dict(label="Máy đóng gói que", rating=40, days=150, covers=[3], start=2028, per="packs",
                    text="40 hộp/ngày")],
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Chăm ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 2, 2])],
        wage=[5.0, 5.2, 5.5], energy=2000,
        sell=[40, 55, 60], tax=[15, 20, 22], other=[20, 22, 25],
        inv=[("Phòng lọc, đóng chai 35 m²", 120, 2027, True),
             ("Máy hạ thủy phần 30 kg/mẻ", 140, 2027, True),
             ("Bổ sung thùng ong, đàn giống", 45, 2027, True),
             ("Máy đóng gói que", 150, 2028, True),
             ("Chai, hũ, nhãn, kiểm nghiệm", 35, 2027, False), ("Vốn lưu động", 160, 2027, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 200, 100], rate=0.066, hmargin=[0.16, 0.17, 0.17]),
    # ------------------------------------------------------------------ hj04 ready, handicraft
    "hj04": dict(
        line_notes=["Hàng quà tặng", "Giao khách sạn, quán cà phê", "Sau tập huấn cuối 2027", "Giá thấp, hàng nhựa thay thế"],
        cost_labels=dict(var="NL, gia công: {short}"),
        unit="chiếc",
        products=[
            P("Giỏ mây đựng quà", "Giỏ mây", "chiếc", 1,
              [5000, 5300, 5600], [150000, 155000, 160000], 40000, 5000,
              [4200, 4500, 4800], [138000, 142000, 146000]),
            P("Khay tre đan chữ nhật", "Khay tre", "chiếc", 1,
              [4000, 4200, 4400], [95000, 98000, 100000], 25000, 4000,
              [3500, 3700, 3900], [86000, 89000, 92000]),
            P("Đèn tre trang trí", "Đèn tre", "chiếc", 1,
              [N, 1000, 2000], [N, 280000, 285000], 70000, 15000),
            P("Rổ, rá tre dân dụng", "Rổ rá tre", "chiếc", 1,
              [3000, 2000, N], [38000, 38000, N], 12000, 1000,
              [3800, 3500, 3200], [33000, 34000, 35000]),
        ],
        mats=[dict(label="Mây sợi", unit="kg", norm={0: 0.35, 2: 0.1},
                   supply=[("Hộ trồng, khai thác mây thôn Vĩnh Hòa", [20, 20, 20], "hộ", 120)]),
              dict(label="Tre nguyên cây", unit="cây", norm={1: 0.5, 2: 0.4, 3: 0.3},
                   supply=[("Tre của tổ viên", [15, 15, 15], "hộ", 150),
                           ("Hộ trồng tre thôn Trung Hòa", [12, 12, 12], "hộ", 100)])],
        equip=[dict(label="Máy chẻ, vót nan tre", rating=40, days=250, covers=[1, 2, 3], start=2027,
                    text="nan cho 40 chiếc/ngày"),
               dict(label="Lò sấy chống mốc", rating=65, days=250, covers=[0, 1, 2, 3], start=2027,
                    text="65 chiếc/ngày")],
        roles=[("Tổ trưởng, kế toán", [1, 1, 1]), ("Chẻ nan, xử lý nguyên liệu", [2, 2, 2]),
               ("Đan, hoàn thiện", [6, 7, 7]), ("Bán hàng", [1, 1, 1])],
        wage=[4.5, 4.7, 4.9], energy=3000,
        sell=[45, 60, 65], tax=[15, 20, 22], other=[25, 30, 30],
        inv=[("Nhà xưởng đan và kho 100 m²", 200, 2027, True), ("Máy chẻ, vót nan tre", 90, 2027, True),
             ("Lò sấy chống mốc bằng hơi nóng", 80, 2027, True),
             ("Bàn tiện, khuôn uốn đèn tre", 60, 2028, True),
             ("Mẫu mã, bao bì, thẻ treo", 30, 2027, False), ("Vốn lưu động", 140, 2027, False)],
        src=[("Vốn góp của tổ viên", 350), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=10, loan=[250, 200, 150], rate=0.066, hmargin=[0.12, 0.13, 0.14]),
    # ------------------------------------------------------------------ hj05 revise, alcohol
    "hj05": dict(
        line_notes=["Dòng chính", "Làm thử 600 chai năm 2027", "Chuyển rượu sang chai"],
        unit="lít",
        products=[
            P("Rượu nếp 35 độ, chai 500 ml", "Rượu nếp 35 độ", "chai", 0.5,
              [22000, 24000, 27000], [70000, 72000, 74000], 22000, 10000,
              [19000, 20500, 21500], [65000, 67000, 68000]),
            P("Rượu nếp sim 25 độ, chai 500 ml", "Rượu nếp sim", "chai", 0.5,
              [600, 6000, 11000], [110000, 115000, 118000], 32000, 14000, trial=0),
            P("Rượu trắng 35 độ, can 2 lít", "Rượu trắng can", "can", 2,
              [2500, 2000, N], [150000, 150000, N], 72000, 8000,
              [3000, 2900, 2800], [140000, 145000, 148000]),
        ],
        mats=[dict(label="Gạo nếp", unit="kg", norm={0: 0.65, 1: 0.45, 2: 2.6},
                   supply=[("Ruộng nếp của thành viên", [40, 40, 40], "hộ", 450),
                           ("Hộ trồng nếp thôn Hồng Thịnh", [15, 15, 15], "hộ", 500)]),
              dict(label="Quả sim chín", unit="kg", norm={1: 0.35},
                   supply=[("Hộ thu hái sim đồi Hồng Lĩnh", [20, 20, 20], "hộ", 250)])],
        equip=[dict(label="Hai nồi chưng cất", rating=68, days=250, covers=[0, 1, 2], start=2027,
                    text="2 nồi × 34 lít/ngày")],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Ngâm sim, lọc, chiết chai", [2, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=6000,
        sell=[70, 95, 110], tax=[40, 55, 65], other=[40, 45, 50],
        inv=[("Nhà ủ, ngâm rượu sim 60 m²", 180, 2027, True), ("Máy lọc, hệ thống chiết rót", 220, 2027, True),
             ("Chum, bình ngâm sim 200 lít", 90, 2028, True), ("Hầm biogas xử lý bỗng rượu", 70, 2027, True),
             ("Bao bì, nhãn, tem truy xuất", 40, 2027, False), ("Vốn lưu động", 200, 2027, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=10, loan=[400, 300, 200], rate=0.08, hmargin=[0.11, 0.12, 0.12],
        plant=dict(rev_line=(1, 1, 793.5))),
    # ------------------------------------------------------------------ hj06 revise, food (nước mắm)
    "hj06": dict(
        unit="lít",
        products=[
            P("Nước mắm cốt 40 độ đạm, chai 500 ml", "Mắm cốt 40 độ đạm", "chai", 0.5,
              [20000, 21000, 22000], [85000, 88000, 90000], 22000, 8000,
              [17000, 18000, 19000], [80000, 82000, 84000]),
            P("Nước mắm 30 độ đạm, chai 1 lít", "Mắm 30 độ đạm", "chai", 1,
              [12000, 12500, 13000], [70000, 72000, 74000], 30000, 9000,
              [10000, 10800, 11500], [65000, 67000, 68000]),
            P("Nước mắm tỏi ớt pha sẵn, chai 250 ml", "Mắm tỏi ớt pha sẵn", "chai", 0.25,
              [N, 10000, 16000], [N, 35000, 36000], 9000, 6000),
            P("Nước mắm 25 độ đạm, can 20 lít bán sỉ", "Mắm can 20 lít", "can", 20,
              [700, 600, N], [800000, 800000, N], 400000, 30000,
              [750, 720, 700], [760000, 780000, 790000]),
        ],
        mats=[dict(label="Cá cơm tươi", unit="kg", norm={0: 0.8, 1: 1.3, 2: 0.15, 3: 24},
                   supply=[("Tàu cá của cổ đông", [8, 8, 8], "tàu", 4000),
                           ("Vựa cá bến Kỳ Phương", [2, 2, 2], "vựa", 11000)]),
              dict(label="Muối hạt", unit="kg", norm={0: 0.25, 1: 0.4, 2: 0.05, 3: 7.5},
                   supply=[("Diêm dân thôn Tân Phúc", [1, 1, 1], "hợp đồng", 18000)])],
        equip=[dict(label="Thùng chượp gỗ và bể chượp", rating=700, days=64, covers=[0, 1, 2, 3], start=2027,
                    text="64 thùng × 700 lít/năm"),
               dict(label="Máy phối trộn, chiết rót chai nhỏ", rating=200, days=250, covers=[2], start=2028,
                    per="packs", text="200 chai/ngày")],
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Muối chượp, kéo rút", [5, 5, 5]),
               ("Lọc, pha, chiết chai", [3, 4, 4]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=3000,
        sell=[120, 140, 150], tax=[50, 60, 65], other=[60, 65, 70],
        inv=[("Nhà chượp và kho 150 m²", 350, 2027, True), ("Bổ sung 14 thùng chượp gỗ", 140, 2027, True),
             ("Máy lọc, máy chiết rót chai lớn", 160, 2027, True),
             ("Máy phối trộn, chiết rót chai nhỏ", 190, 2028, True),
             ("Bao bì, mã vạch, tem truy xuất", 60, 2027, False), ("Vốn lưu động", 300, 2027, False)],
        src=[("Vốn góp của cổ đông", 700), ("Vay Ngân hàng thương mại", 500)],
        life=10, loan=[500, 400, 300], rate=0.085, hmargin=[0.09, 0.10, 0.10],
        plant=dict(cost_extra=(2, 3, 1))),
    # ------------------------------------------------------------------ hj07 revise, herbal (cà gai leo)
    "hj07": dict(
        line_notes=["Dòng chính", "Bán lẻ, cửa hàng", "Nhường nguyên liệu cho cao", "Cô thử 150 hũ năm 2027"],
        unit="kg",
        products=[
            P("Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "Trà túi lọc", "hộp", 0.06,
              [8000, 8800, 9600], [75000, 77000, 79000], 6000, 9000,
              [6000, 6600, 7200], [70000, 72000, 73000]),
            P("Cà gai leo khô cắt khúc, túi 500 g", "Cà gai leo khô túi", "túi", 0.5,
              [3000, 3200, 3400], [90000, 92000, 95000], 30000, 4000,
              [2600, 2800, 2900], [85000, 87000, 88000]),
            P("Cà gai leo khô, bao 5 kg bán sỉ", "Cà gai leo bao sỉ", "bao", 5,
              [400, 250, N], [550000, 560000, N], 300000, 10000,
              [500, 480, 450], [520000, 530000, 540000]),
            P("Cao cà gai leo, hũ 100 g", "Cao cà gai leo", "hũ", 0.1,
              [150, 1000, 3000], [180000, 185000, 190000], 54000, 10000, trial=0),
        ],
        mats=[dict(label="Cà gai leo khô", unit="kg", norm={0: 0.066, 1: 0.52, 2: 5.1, 3: 0.9},
                   supply=[("Vườn cà gai leo của hộ", [1.2, 1.2, 1.2], "ha", 2000),
                           ("Hộ liên kết thôn Đồng Môn", [12, 12, 12], "hộ", 180)])],
        equip=[dict(label="Máy sấy, máy đóng túi lọc", rating=60, days=250, covers=[0], start=2027, per="packs",
                    text="60 hộp/ngày"),
               dict(label="Nồi cô cao chân không", rating=1.5, days=250, covers=[3], start=2028,
                    text="1,5 kg cao/ngày")],
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Phơi, sấy, cắt khúc", [2, 2, 2]),
               ("Đóng túi lọc, cô cao", [1, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.6], energy=40000,
        sell=[35, 45, 55], tax=[15, 18, 22], other=[20, 22, 25],
        inv=[("Nhà sấy, phòng đóng gói 50 m²", 150, 2027, True), ("Máy sấy bơm nhiệt", 110, 2027, True),
             ("Nồi cô cao chân không 20 lít", 180, 2028, True),
             ("Bao bì, tem truy xuất QR", 30, 2027, False), ("Vốn lưu động", 130, 2027, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Nông nghiệp và PTNT", 250)],
        life=8, loan=[250, 200, 150], rate=0.08, hmargin=[0.13, 0.14, 0.14],
        text_figure=(3, 1, 1300)),
    # ------------------------------------------------------------------ hj08 revise, food (bánh ram)
    "hj08": dict(
        line_notes=["Dòng chính", "Tủ cấp đông từ 2028", "Lá gai không ổn định"],
        unit="cái",
        products=[
            P("Bánh ram tươi, hộp 10 cái", "Bánh ram tươi", "hộp", 10,
              [30000, 32000, 34000], [45000, 46000, 47000], 16000, 2500,
              [25000, 27000, 28500], [40000, 42000, 43000]),
            P("Bánh ram cấp đông, túi 20 cái", "Bánh ram cấp đông", "túi", 20,
              [N, 5000, 8000], [N, 80000, 82000], 30000, 5000),
            P("Bánh ít lá gai, hộp 10 cái", "Bánh ít lá gai", "hộp", 10,
              [6000, 4000, N], [38000, 38000, N], 15000, 2500,
              [7000, 6800, 6500], [34000, 35000, 36000]),
        ],
        mats=[dict(label="Gạo nếp", unit="kg", norm={0: 0.25, 1: 0.5, 2: 0.3},
                   supply=[("Hộ trồng nếp thôn Yên Thượng", [30, 30, 30], "hộ", 400),
                           ("Đại lý gạo chợ Yên Hồ", [1, 1, 1], "hợp đồng", 3000)])],
        equip=[dict(label="Máy xay bột nước, chảo chiên", rating=2000, days=300, covers=[0, 1, 2], start=2027,
                    text="2.000 cái/ngày"),
               dict(label="Tủ cấp đông", rating=800, days=300, covers=[1], start=2028,
                    text="800 cái/ngày")],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Xay bột, làm nhân, nặn bánh", [4, 5, 5]),
               ("Chiên, đóng hộp", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.3, 5.5], energy=40,
        sell=[40, 55, 60], tax=[18, 22, 25], other=[25, 28, 30],
        inv=[("Cải tạo bếp và phòng đóng hộp 60 m²", 150, 2027, True),
             ("Máy xay bột nước, chảo chiên inox", 90, 2027, True),
             ("Tủ cấp đông và tủ trữ đông", 160, 2028, True),
             ("Hộp, túi, thiết kế nhãn", 30, 2027, False), ("Vốn lưu động", 120, 2027, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Quỹ hỗ trợ nông dân", 250)],
        life=8, loan=[250, 200, 150], rate=0.06, hmargin=[0.10, 0.11, 0.11],
        plant=dict(profit=(0, 1.3))),
    # ------------------------------------------------------------------ hj09 revise, herbal cosmetics
    "hj09": dict(
        line_notes=["Dòng chính", "Bồn khuấy thứ hai", "Chưng cất tại xưởng", "Giá thấp, chuyển vào dầu gội"],
        unit="sản phẩm",
        products=[
            P("Dầu gội bồ kết, chai 300 ml", "Dầu gội bồ kết", "chai", 1,
              [20000, 22000, 24000], [85000, 87000, 89000], 20000, 9000,
              [15000, 17000, 18500], [80000, 82000, 84000]),
            P("Dầu xả vỏ bưởi, chai 300 ml", "Dầu xả vỏ bưởi", "chai", 1,
              [N, 5000, 9000], [N, 95000, 97000], 24000, 9000),
            P("Tinh dầu vỏ bưởi, lọ 10 ml", "Tinh dầu bưởi", "lọ", 1,
              [6000, 6500, 7000], [60000, 62000, 64000], 15000, 6000,
              [4500, 5000, 5500], [55000, 57000, 58000]),
            P("Bồ kết nướng khô, gói 200 g", "Bồ kết khô", "gói", 1,
              [5000, 3000, N], [25000, 25000, N], 8000, 2000,
              [6000, 5800, 5500], [22000, 23000, 24000]),
        ],
        mats=[dict(label="Quả bồ kết khô", unit="kg", norm={0: 0.05, 3: 0.22},
                   supply=[("Hộ trồng bồ kết thôn Yên Lạc", [25, 25, 25], "hộ", 100)]),
              dict(label="Vỏ bưởi tươi", unit="kg", norm={1: 0.4, 2: 1.5},
                   supply=[("Cơ sở chế biến bưởi Phúc Trạch", [1, 1, 1], "hợp đồng", 12000),
                           ("Hộ trồng bưởi thôn Yên Lạc", [20, 20, 20], "hộ", 250)])],
        equip=[dict(label="Máy khuấy trộn, chiết rót, đóng nắp", rating=180, days=260, covers=[0, 1], start=2027,
                    per="packs", text="180 chai/ngày"),
               dict(label="Nồi chưng cất tinh dầu", rating=40, days=250, covers=[2], start=2027, per="packs",
                    text="40 lọ/ngày")],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Pha chế, chưng cất", [3, 4, 4]),
               ("Chiết rót, đóng gói", [2, 2, 2]), ("Bán hàng, trực tuyến", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=1500,
        sell=[260, 330, 380], tax=[35, 45, 55], other=[80, 90, 100],
        inv=[("Cải tạo phòng pha chế sạch 90 m²", 400, 2027, True),
             ("Bồn khuấy inox, máy chiết rót", 320, 2027, True),
             ("Nồi chưng cất tinh dầu 200 lít", 220, 2027, True),
             ("Bồn khuấy thứ hai cho dầu xả", 200, 2028, True),
             ("Chai, lọ, hộp, thiết kế mẫu", 60, 2027, False),
             ("Vốn lưu động", 300, 2027, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng thương mại", 700)],
        life=10, loan=[700, 550, 400], rate=0.085, hmargin=[0.10, 0.11, 0.11],
        plant=dict(payback=1.6)),
    # ------------------------------------------------------------------ hj10 revise, service (tourism)
    "hj10": dict(
        line_notes=["Dịch vụ chính", "Xây 5 phòng năm 2028", "Hồ chuyển sang trồng sen"],
        cost_labels=dict(var="Chi phí trực tiếp: {short}", energy="Điện, nước, gas"),
        unit="lượt khách",
        products=[
            P("Tour trải nghiệm trong ngày", "Tour trong ngày", "lượt", 1,
              [3000, 6000, 12000], [420000, 430000, 440000], 150000, 20000,
              [2300, 2550, 2800], [380000, 395000, 410000]),
            P("Lưu trú homestay (khách/đêm)", "Homestay", "lượt", 1,
              [N, 1500, 2200], [N, 450000, 460000], 80000, 40000),
            P("Câu cá giải trí tại hồ", "Câu cá giải trí", "lượt", 1,
              [1500, 1200, N], [100000, 100000, N], 30000, 5000,
              [1800, 1700, 1600], [90000, 95000, 100000]),
        ],
        mats=[dict(label="Gà đồi cho bữa trưa", unit="con", norm={0: 0.1},
                   supply=[("Hộ nuôi gà đồi thôn Hà Thanh", [15, 15, 15], "hộ", 100)]),
              dict(label="Rau, bưởi, hoa quả", unit="kg", norm={0: 0.4, 1: 0.3},
                   supply=[("Vườn của công ty", [1, 1, 1], "vườn", 2000),
                           ("Hộ trồng rau thôn Hà Thanh", [10, 10, 10], "hộ", 400)])],
        equip=[dict(label="Nhà đón khách, bếp ăn", rating=60, days=250, covers=[0], start=2027,
                    per="packs", text="60 khách/ngày"),
               dict(label="5 phòng homestay, 10 giường", rating=10, days=330, covers=[1], start=2028,
                    per="packs", text="10 khách/đêm")],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Hướng dẫn viên", [2, 2, 2]),
               ("Bếp, phục vụ, buồng phòng", [2, 3, 3]), ("Bảo vệ, vệ sinh", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], energy=15000,
        sell=[60, 90, 110], tax=[25, 45, 70], other=[40, 50, 60],
        inv=[("Nhà đón khách, bếp ăn 120 m²", 500, 2027, True), ("Đường dạo, chòi nghỉ, bãi xe", 250, 2027, True),
             ("5 phòng homestay, nội thất", 900, 2028, True), ("Thuyền, dụng cụ trải nghiệm", 80, 2027, True),
             ("Biển chỉ dẫn, ấn phẩm", 50, 2027, False), ("Vốn lưu động", 220, 2027, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng Nông nghiệp và PTNT", 800)],
        life=10, loan=[800, 700, 600], rate=0.08, hmargin=[0.14, 0.15, 0.15]),
}


# --------------------------------------------------------------------------- presentation
# How each plan writes a year without the line (a string, or (before the start, after the stop)),
# which tables it has in which order, and table options. "0" / "0,0" markers read as zero.
VIEW = {
    "hj01": dict(yh="Năm {y}", mk=dict(out="-", price="-", rev="-", cost="-", hist="-", inv="-", raw="-", cap="-"),
                 status=("Chưa sản xuất", "Sản xuất thử", "Sản xuất", "Ngừng sản xuất"),
                 order=["hist", "lines", "comp", "raw", "cap", "staff", "out", "price", "inv", "src", "rev",
                        "ucost", "cost", "sum", "papers"]),
    "hj02": dict(yh="{y}", mk=dict(out="0", price=("chưa sản xuất", "thôi bán"), rev="0,0", cost="0,0",
                                   hist="chưa có", inv="0", raw="0", cap="chưa có"),
                 status=("Chưa làm", "Làm thử", "Sản xuất", "Thôi bán"), out_total=[0, 1],
                 out_total_label="Chè khô thành phẩm (kg)",
                 order=["comp", "hist", "lines", "raw", "cap", "out", "price", "staff", "inv", "src", "rev",
                        "cost", "sum", "papers"]),
    "hj03": dict(yh="Năm {y}", mk=dict(out="", price="", rev="", cost="", hist="", inv="", raw="", cap=""),
                 order=["hist", "comp", "out", "price", "raw", "cap", "staff", "inv", "src", "rev", "ucost",
                        "cost", "sum", "papers"]),
    "hj04": dict(yh="Năm {y}", mk=dict(out="-", price=("chưa làm", "ngừng"), rev="0", cost="-", hist="-",
                                       inv="-", raw="-", cap="-"),
                 status=("Chưa làm", "Làm thử", "Sản xuất", "Ngừng"), sum_t=True,
                 order=["hist", "lines", "comp", "raw", "cap", "out", "price", "staff", "inv", "src", "rev",
                        "cost", "sum", "papers"]),
    "hj05": dict(yh="Năm {y}", mk=dict(out=("chưa sản xuất", "ngừng"), price="-", rev="-", cost="", hist="-",
                                       inv="-", raw="-", cap="-"),
                 status=("Chưa sản xuất", "Sản xuất thử", "Sản xuất", "Ngừng"), no_use=True,
                 order=["hist", "comp", "lines", "raw", "cap", "staff", "out", "price", "inv", "src", "rev",
                        "ucost", "cost", "sum", "papers"]),
    "hj06": dict(yh="Năm {y}", mk=dict(out="0", price="-", rev="0", cost="-", hist="-", inv="-", raw="-", cap="-"),
                 order=["hist", "comp", "out", "price", "raw", "cap", "staff", "inv", "src", "rev", "cost",
                        "sum", "papers"]),
    "hj07": dict(yh="{y}", mk=dict(out="-", price="-", rev="", cost="-", hist="chưa làm", inv="-", raw="-",
                                   cap="thuê ngoài"),
                 status=("Chưa làm", "Làm thử", "Sản xuất", "Thôi làm"), no_balance=True,
                 order=["hist", "comp", "lines", "out", "price", "raw", "cap", "staff", "inv", "src", "rev",
                        "cost", "sum", "papers"]),
    "hj08": dict(yh="Năm {y}", mk=dict(out="-", price="-", rev="0", cost="", hist="-", inv="-", raw="-", cap="-"),
                 status=("Chưa làm", "Làm thử", "Sản xuất", "Ngừng"),
                 order=["hist", "comp", "lines", "out", "price", "raw", "cap", "staff", "inv", "src", "rev",
                        "cost", "sum", "papers"]),
    "hj09": dict(yh="Năm {y}", mk=dict(out="–", price="–", rev="–", cost="–", hist="–", inv="–", raw="–", cap="–"),
                 status=("Chưa sản xuất", "Sản xuất thử", "Sản xuất", "Ngừng sản xuất"),
                 order=["hist", "comp", "lines", "out", "price", "raw", "cap", "staff", "inv", "src", "rev",
                        "ucost", "cost", "sum", "papers"]),
    "hj10": dict(yh="{y}", mk=dict(out=("chưa có", "0"), price="-", rev="0", cost="-", hist="chưa có", inv="-",
                                   raw="-", cap="chưa có"),
                 status=("Chưa có", "Thử nghiệm", "Đón khách", "Dừng"), sum_t=True,
                 order=["hist", "comp", "lines", "out", "price", "raw", "cap", "staff", "inv", "src", "rev",
                        "cost", "sum", "papers"]),
}

COST_LABELS = dict(var="NL, bao bì: {short}", wages="Tiền lương", energy="Điện, nước, nhiên liệu",
                   dep="Khấu hao tài sản", interest="Lãi vay", sell="Bán hàng, quảng bá", tax="Thuế, phí",
                   other="Chi phí khác", total="Tổng chi phí")


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def on(q: dict, y: int) -> bool:
    return q["packs"][y] is not None


# --------------------------------------------------------------------------- the model
def model(key: str, printed: bool = False) -> dict:
    """Every figure of plan `key`; with printed=True the planted defects and what follows them."""
    p = PLANS[key]
    prods = p["products"]
    plant = p.get("plant", {}) if printed else {}
    m: dict = {}
    m["packs"] = [[q["packs"][y] for y in Y] for q in prods]
    m["price"] = [[q["price"][y] for y in Y] for q in prods]
    cov = VIEW[key].get("out_total", range(len(prods)))
    m["out"] = [r1(sum(prods[i]["packs"][y] * prods[i]["size"] for i in cov if on(prods[i], y))) for y in Y]
    m["rev_i"] = [[(r1(q["packs"][y] * q["price"][y] / 1e6) if on(q, y) else None) for y in Y] for q in prods]
    if "rev_line" in plant:
        i, y, v = plant["rev_line"]
        m["rev_i"][i][y] = v
    m["rev"] = [r1(sum(v[y] for v in m["rev_i"] if v[y] is not None)) for y in Y]
    m["var_i"] = [[(r1(q["packs"][y] * (q["raw"] + q["pkg"]) / 1e6) if on(q, y) else None) for y in Y]
                  for q in prods]
    m["ucost"] = [(q["raw"], q["pkg"], q["raw"] + q["pkg"]) for q in prods]
    mats = []
    for mt in p["mats"]:
        used = [any(on(prods[i], y) for i in mt["norm"]) for y in Y]  # no line uses it: no need, no supply
        need = [r1(sum(prods[i]["packs"][y] * n for i, n in mt["norm"].items() if on(prods[i], y)))
                if used[y] else None for y in Y]
        rows = [[(r1(c[y] * yl) if c[y] and used[y] else None) for y in Y] for (_, c, _, yl) in mt["supply"]]
        sup = [r1(sum(r[y] for r in rows if r[y])) if used[y] else None for y in Y]
        mats.append(dict(need=need, rows=rows, sup=sup,
                         bal=[r1(sup[y] - need[y]) if used[y] else None for y in Y]))
    m["mats"] = mats
    caps = []
    for e in p["equip"]:
        cap = [(e["rating"] * e["days"] if YEARS[y] >= e["start"] else None) for y in Y]
        load, use = [], []
        for y in Y:
            if e.get("per") == "packs":
                ld = sum(prods[i]["packs"][y] for i in e["covers"] if on(prods[i], y))
            else:
                ld = sum(prods[i]["packs"][y] * prods[i]["size"] for i in e["covers"] if on(prods[i], y))
            load.append(r1(ld) if cap[y] else None)
            use.append(r1(ld / cap[y] * 100) if cap[y] else None)
        caps.append(dict(cap=cap, load=load, use=use, raw_load=[
            sum((prods[i]["packs"][y] or 0) * (1 if e.get("per") == "packs" else prods[i]["size"])
                for i in e["covers"]) for y in Y]))
    m["caps"] = caps
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in Y]
    m["wage"] = list(p["wage"])
    m["wages"] = [r1(m["staff"][y] * p["wage"][y] * 12) for y in Y]
    base_out = [sum(q["packs"][y] * q["size"] for q in prods if on(q, y)) for y in Y]
    m["energy"] = [r1(base_out[y] * p["energy"] / 1e6) for y in Y]
    m["dep"] = [r1(sum(a for (_, a, yr, f) in p["inv"] if f and yr <= YEARS[y]) / p["life"]) for y in Y]
    m["interest"] = [r1(p["loan"][y] * p["rate"]) for y in Y]
    m["sell"], m["tax"], m["other"] = list(p["sell"]), list(p["tax"]), list(p["other"])
    m["inv_items"] = [(lab, a, yr) for (lab, a, yr, _) in p["inv"]]
    m["inv_year"] = [sum(a for (_, a, yy, _) in p["inv"] if yy == yr) for yr in (2027, 2028)]
    m["inv_total"] = sum(a for (_, a, _, _) in p["inv"])
    m["src"] = [(lab, a) for (lab, a) in p["src"]]
    m["src_total"] = sum(a for (_, a) in p["src"])
    m["src_pct"] = [r1(a / m["src_total"] * 100) for (_, a) in p["src"]]
    fixed = [m["wages"], m["energy"], m["dep"], m["interest"], m["sell"], m["tax"], m["other"]]
    m["cost"] = [r1(sum(c[y] for c in m["var_i"] if c[y] is not None) + sum(f[y] for f in fixed)) for y in Y]
    if "cost_extra" in plant:  # a total that still counts a dropped line's cost of the year before
        y, i, yfrom = plant["cost_extra"]
        m["cost"][y] = r1(m["cost"][y] + m["var_i"][i][yfrom])
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in Y]
    if "profit" in plant:
        y, f = plant["profit"]
        m["profit"][y] = r1(m["profit"][y] * f)
    m["margin"] = [r1(m["profit"][y] / m["rev"][y] * 100) for y in Y]
    m["avg_profit"] = r1(sum(m["profit"]) / 3)
    m["avg_dep"] = r1(sum(m["dep"]) / 3)
    m["payback"] = r1(m["inv_total"] / (sum(m["profit"]) / 3 + sum(m["dep"]) / 3))
    if "payback" in plant:
        m["payback"] = plant["payback"]
    m["hpacks"] = [[q["hist"][y] for y in Y] for q in prods]
    m["hrev"] = [r1(sum(q["hist"][y] * q["hprice"][y] for q in prods if q["hist"][y]) / 1e6) for y in Y]
    m["hprofit"] = [r1(m["hrev"][y] * p["hmargin"][y]) for y in Y]
    m["hout"] = [r1(sum(q["hist"][y] * q["size"] for i, q in enumerate(prods) if q["hist"][y] and i in cov))
                 for y in Y]
    return m


# --------------------------------------------------------------------------- the tables
@dataclass
class Num:
    printed: float
    true: float
    kind: str  # "int" | "d1" | "q" (integer if whole, else one decimal)


@dataclass
class Table:
    id: str
    header: list
    rows: list  # list of lists of str | Num
    unit: str = ""


def fmt_int(x: float) -> str:
    return f"{int(round(x)):,}".replace(",", ".")


def fmt_d1(x: float) -> str:
    s = f"{x:,.1f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def fmt_num(n: Num) -> str:
    v = n.printed
    if n.kind == "int" or (n.kind == "q" and abs(v - round(v)) < 1e-9):
        return fmt_int(v)
    return fmt_d1(v)


def _marker(key: str, kind: str, q: dict | None, y: int) -> str:
    mk = VIEW[key]["mk"][kind]
    if isinstance(mk, tuple):
        if q is None:
            return mk[0]
        first = next(i for i in Y if on(q, i))
        return mk[0] if y < first else mk[1]
    return mk


def _cells(key, kind, q, vals, trues, fmt):
    out = []
    for y in Y:
        if vals[y] is None:
            out.append(_marker(key, kind, q, y))
        else:
            out.append(Num(vals[y], trues[y], fmt))
    return out


def short_count(c: float) -> str:
    return fmt_int(c) if abs(c - round(c)) < 1e-9 else fmt_d1(c)


def tables(key: str) -> dict[str, Table]:
    """The plan's numeric tables (the competitor and paper tables are prose, see the generator)."""
    p, v = PLANS[key], VIEW[key]
    t, mp = model(key), model(key, printed=True)
    prods = p["products"]
    yh = [v["yh"].format(y=y) for y in YEARS]
    hy = [v["yh"].format(y=y) for y in HIST_YEARS]
    T: dict[str, Table] = {}
    rows = []
    for i, q in enumerate(prods):
        rows.append([str(i + 1), f"{q['short']} ({q['pack']})"]
                    + _cells(key, "hist", None, t["hpacks"][i], t["hpacks"][i], "int"))
    rows.append(["", "Doanh thu (triệu đồng)"] + [Num(x, x, "d1") for x in t["hrev"]])
    rows.append(["", "Lợi nhuận (triệu đồng)"] + [Num(x, x, "d1") for x in t["hprofit"]])
    T["hist"] = Table("hist", ["TT", "Chỉ tiêu"] + hy, rows)
    if "status" in v:
        before, trial, run, stop = v["status"]
        rows = []
        for i, q in enumerate(prods):
            st = []
            for y in Y:
                if not on(q, y):
                    first = next(k for k in Y if on(q, k))
                    st.append(before if y < first else stop)
                else:
                    st.append(trial if q["trial"] == y else run)
            rows.append([q["short"]] + st + [p["line_notes"][i]])
        T["lines"] = Table("lines", ["Dòng sản phẩm"] + yh + ["Ghi chú"], rows)
    rows = []
    for i, q in enumerate(prods):
        rows.append([str(i + 1), q["short"], q["pack"]] + _cells(key, "out", q, t["packs"][i], t["packs"][i], "int"))
    rows.append(["", v.get("out_total_label", f"Tổng sản lượng ({p['unit']})"), ""]
                + [Num(x, x, "q") for x in t["out"]])
    T["out"] = Table("out", ["TT", "Sản phẩm", "ĐVT"] + yh, rows)
    rows = []
    for i, q in enumerate(prods):
        rows.append([str(i + 1), q["short"], f"đồng/{q['pack']}"]
                    + _cells(key, "price", q, t["price"][i], t["price"][i], "int"))
    T["price"] = Table("price", ["TT", "Sản phẩm", "Đơn vị"] + yh, rows)
    rows = []
    for k, (mt, mm) in enumerate(zip(p["mats"], t["mats"])):
        rows.append([str(k + 1), f"Nhu cầu {mt['label'].lower()} ({mt['unit']})"]
                    + _cells(key, "raw", None, mm["need"], mm["need"], "q"))
        for (lab, counts, word, yl), r in zip(mt["supply"], mm["rows"]):
            cs = sorted({c for c in counts if c})
            ctext = short_count(cs[0]) if len(cs) == 1 else "–".join(short_count(c) for c in cs)
            rows.append(["", f"{lab} ({ctext} {word} × {fmt_int(yl)} {mt['unit']})"]
                        + _cells(key, "raw", None, r, r, "q"))
        rows.append(["", "Cộng nguồn cung"] + _cells(key, "raw", None, mm["sup"], mm["sup"], "q"))
        if not v.get("no_balance"):
            rows.append(["", "Còn dư"] + _cells(key, "raw", None, mm["bal"], mm["bal"], "q"))
    T["raw"] = Table("raw", ["TT", "Chỉ tiêu"] + yh, rows)
    rows = []
    for k, (e, c) in enumerate(zip(p["equip"], t["caps"])):
        u = prods[e["covers"][0]]["pack"] if e.get("per") == "packs" else p["unit"]
        start = "" if e["start"] == 2027 else f", từ {e['start']}"
        rows.append([str(k + 1), f"{e['label']} ({e['text']}{start})", "", "", ""])
        rows.append(["", f"Công suất năm ({u})"] + _cells(key, "cap", None, c["cap"], c["cap"], "q"))
        rows.append(["", f"Sản lượng qua thiết bị ({u})"] + _cells(key, "cap", None, c["load"], c["load"], "q"))
        if not v.get("no_use"):
            rows.append(["", "Mức sử dụng (%)"] + _cells(key, "cap", None, c["use"], c["use"], "d1"))
    T["cap"] = Table("cap", ["TT", "Chỉ tiêu"] + yh, rows)
    rows = [[str(k + 1), role] + [Num(n[y], n[y], "int") for y in Y] for k, (role, n) in enumerate(p["roles"])]
    rows.append(["", "Cộng (người)"] + [Num(x, x, "int") for x in t["staff"]])
    rows.append(["", "Lương bình quân (triệu đồng/tháng)"] + [Num(x, x, "d1") for x in t["wage"]])
    rows.append(["", "Quỹ lương (triệu đồng/năm)"] + [Num(x, x, "d1") for x in t["wages"]])
    T["staff"] = Table("staff", ["TT", "Bộ phận"] + yh, rows)
    rows = []
    for k, (lab, a, yr) in enumerate(t["inv_items"]):
        cells = [Num(a, a, "int") if yr == y else v["mk"]["inv"] for y in (2027, 2028)]
        rows.append([str(k + 1), lab] + cells + [Num(a, a, "int")])
    rows.append(["", "Tổng cộng"] + [Num(x, x, "int") for x in t["inv_year"]] + [Num(t["inv_total"], t["inv_total"], "int")])
    T["inv"] = Table("inv", ["TT", "Hạng mục", yh[0], yh[1], "Cộng"], rows, "ĐVT: triệu đồng")
    rows = [[str(k + 1), lab, Num(a, a, "int"), Num(pc, pc, "d1")]
            for k, ((lab, a), pc) in enumerate(zip(t["src"], t["src_pct"]))]
    rows.append(["", "Tổng nguồn vốn", Num(t["src_total"], t["src_total"], "int"), Num(100, 100, "int")])
    T["src"] = Table("src", ["TT", "Nguồn vốn", "Số tiền (triệu đồng)", "Tỷ lệ (%)"], rows)
    rows = []
    for i, q in enumerate(prods):
        rows.append([str(i + 1), q["short"]] + _cells(key, "rev", q, mp["rev_i"][i], t["rev_i"][i], "d1"))
    rows.append(["", "Tổng doanh thu"] + [Num(mp["rev"][y], t["rev"][y], "d1") for y in Y])
    T["rev"] = Table("rev", ["TT", "Dòng sản phẩm"] + yh, rows, "ĐVT: triệu đồng")
    rows = [[str(i + 1), f"{q['short']} ({q['pack']})"] + [Num(x, x, "int") for x in t["ucost"][i]]
            for i, q in enumerate(prods)]
    T["ucost"] = Table("ucost", ["TT", "Sản phẩm", "Nguyên liệu", "Bao bì", "Cộng"], rows)
    L = dict(COST_LABELS, **p.get("cost_labels", {}))
    rows = []
    for i, q in enumerate(prods):
        rows.append([str(i + 1), L["var"].format(short=q["short"])]
                    + _cells(key, "cost", q, t["var_i"][i], t["var_i"][i], "d1"))
    n = len(prods)
    for k, name in enumerate(["wages", "energy", "dep", "interest", "sell", "tax", "other"]):
        rows.append([str(n + k + 1), L[name]] + [Num(float(t[name][y]), float(t[name][y]), "d1") for y in Y])
    rows.append(["", L["total"]] + [Num(mp["cost"][y], t["cost"][y], "d1") for y in Y])
    T["cost"] = Table("cost", ["TT", "Khoản mục"] + yh, rows, "ĐVT: triệu đồng")
    sums = [("Doanh thu", "rev", "d1"), ("Tổng chi phí", "cost", "d1"), ("Lợi nhuận", "profit", "d1"),
            ("Tỷ suất lợi nhuận/doanh thu (%)", "margin", "d1")]
    if v.get("sum_t"):
        rows = [[yh[y]] + [Num(mp[k][y], t[k][y], f) for (_, k, f) in sums] for y in Y]
        T["sum"] = Table("sum", ["Năm", "Doanh thu", "Chi phí", "Lợi nhuận", "Tỷ suất (%)"], rows,
                         "ĐVT: triệu đồng (tỷ suất: %)")
    else:
        rows = [[str(k + 1), lab] + [Num(mp[kk][y], t[kk][y], f) for y in Y] for k, (lab, kk, f) in enumerate(sums)]
        T["sum"] = Table("sum", ["TT", "Chỉ tiêu"] + yh, rows, "ĐVT: triệu đồng")
    return T


# --------------------------------------------------------------------------- reading the plans
_NUMCELL = re.compile(r"^-?\d[\d.]*(,\d+)?$")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables(self) -> list[tuple[str, list[list[str]]]]:
        """(caption, rows without the separator) of every table, in order."""
        out, cap, cur = [], None, None
        for line in self.body.splitlines():
            s = line.strip()
            if s.startswith("|"):
                cells = [c.strip() for c in s.strip("|").split("|")]
                if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                    continue
                if cur is None:
                    cur = []
                    out.append((cap or "", cur))
                    cap = None
                cur.append(cells)
            else:
                cur = None
                if re.match(r"^Bảng \d+\.", s):
                    cap = s
        return out


def cell_value(s: str) -> float | None:
    return vn(s) if _NUMCELL.match(s) else None


def tol_ok(got: float, want: float, text: str) -> bool:
    dec = len(text.split(",")[1]) if "," in text else 0
    return abs(got - want) <= max(0.01 * abs(want), 0.5 * 10 ** -dec + 1e-9)


# --------------------------------------------------------------------------- facts in the prose
def vnum(x: float) -> str:
    return fmt_int(x) if abs(x - round(x)) < 1e-9 else fmt_d1(x)


def facts(key: str) -> dict[str, str]:
    """Figures the prose states, computed from the model (the generator writes them, this checks them)."""
    p, m, t = PLANS[key], model(key, printed=True), model(key)
    prods = p["products"]
    f = {
        "rev27": f"{fmt_d1(m['rev'][0])} triệu đồng",
        "rev29": f"{fmt_d1(m['rev'][2])} triệu đồng",
        "inv": f"{fmt_int(m['inv_total'])} triệu đồng",
        "payback": f"{fmt_d1(m['payback'])} năm",
        "staff27": f"{m['staff'][0]} lao động",
        "staff29": f"{m['staff'][2]} lao động",
        "profit29": f"{fmt_d1(m['profit'][2])} triệu đồng",
    }
    for i, q in enumerate(prods):
        ys = [y for y in Y if on(q, y)]
        first, last = ys[0], ys[-1]
        f[f"p{i}_first"] = f"{fmt_int(q['packs'][first])} {q['pack']}"
        f[f"p{i}_last"] = f"{fmt_int(q['packs'][last])} {q['pack']}"
        f[f"p{i}_price"] = f"{fmt_int(q['price'][first])} đồng/{q['pack']}"
    if key in ("hj10",):
        f["src_total"] = f"{fmt_int(m['src_total'])} triệu đồng"
    if "text_figure" in p:
        i, y, val = p["text_figure"]
        f["text_figure"] = f"{fmt_int(val)} {prods[i]['pack']}"
    return f


# --------------------------------------------------------------------------- what is planted
# cells of the tables that differ from the true value: planted (off by more than 5 %) or knock-on
# (table id, row label, column index counted from the first year column)
PLANTED_CELLS = {
    "hj05": [("rev", "Rượu nếp sim", 1)],
    "hj06": [("cost", "Tổng chi phí", 2)],
    "hj08": [("sum", "Lợi nhuận", 0)],
}
KNOCK_CELLS = {
    "hj05": [("rev", "Tổng doanh thu", 1), ("sum", "Doanh thu", 1), ("sum", "Lợi nhuận", 1),
             ("sum", "Tỷ suất lợi nhuận/doanh thu (%)", 1)],
    "hj06": [("sum", "Tổng chi phí", 2), ("sum", "Lợi nhuận", 2), ("sum", "Tỷ suất lợi nhuận/doanh thu (%)", 2)],
    "hj08": [("sum", "Tỷ suất lợi nhuận/doanh thu (%)", 0)],
}

# textual checks: words that must be there, patterns that must not
COMMON_READY_HAS = ["148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
                    "nhãn hiệu", "truy xuất"]
TEXT = {
    "hj01": dict(has=COMMON_READY_HAS + ["an toàn thực phẩm", "tự công bố", "đăng ký môi trường",
                                         "từ năm 2028", "ngừng sản xuất", "năm 2029"]),
    "hj02": dict(has=COMMON_READY_HAS + ["an toàn thực phẩm", "tự công bố", "làm thử", "thôi bán",
                                         "không ghi công dụng chữa bệnh", "Luật Hợp tác xã 2023"]),
    "hj03": dict(has=COMMON_READY_HAS + ["an toàn thực phẩm", "tự công bố", "từ năm 2028", "bán sỉ"]),
    "hj04": dict(has=["148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
                      "nhãn hiệu", "không phải là thực phẩm", "thẻ treo", "ngừng", "từ năm 2028",
                      "bụi", "đăng ký môi trường"]),
    "hj05": dict(has=["an toàn thực phẩm", "tiêu chuẩn cơ sở", "6-3:2010/BYT", "nhãn hiệu", "truy xuất",
                      "biogas", "đăng ký môi trường", "đủ đáp ứng"],
                 lacks=[(r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm|Phòng Kinh tế",
                         "alcohol licence mentioned")]),
    "hj06": dict(has=["1048/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện", "cấp huyện",
                      "an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu", "truy xuất"],
                 lacks=[(r"môi trường|chất thải|nước thải|(?<!\w)mùi|xử lý|bể lắng|biogas|(?<!\w)rác|ô nhiễm|"
                         r"vệ sinh xưởng|ruồi", "environmental measure mentioned"),
                        (r"148/QĐ-TTg|1489", "current programme cited")]),
    "hj07": dict(has=["an toàn thực phẩm", "nhãn hiệu", "truy xuất", "43/2017/NĐ-CP", "nhật ký",
                      "không ghi công dụng chữa bệnh"],
                 lacks=[(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng",
                         "product standard mentioned"),
                        (r"Còn dư|thiếu", "a balance row or a word on shortfall")]),
    "hj08": dict(has=["tiêu chuẩn cơ sở", "tự công bố", "43/2017/NĐ-CP", "nhãn hiệu"],
                 lacks=[(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết",
                         "food-safety paper mentioned"),
                        (r"truy xuất|nhật ký|(?<!\w)QR|mã lô|số lô|(?<!\w)lô(?!\w)|kiểm soát nội bộ|lưu mẫu|"
                         r"(?<!\w)tem(?!\w)|mã vạch|hồ sơ ghi chép", "internal control / traceability mentioned")]),
    "hj09": dict(has=["tiêu chuẩn cơ sở", "công bố sản phẩm mỹ phẩm", "nhãn hiệu", "truy xuất", "nhật ký",
                      "Công ty TNHH Thảo dược Hưng Phát", "1,6 năm"],
                 lacks=[(r"(?<!\w)nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn|(?<!\w)QR",
                         "label mentioned")]),
    "hj10": dict(has=["148/QĐ-TTg", "1489/QĐ-TTg", "đủ điều kiện", "phòng cháy", "môi trường"],
                 lacks=[(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|(?<!\w)logo|bảo hộ|chỉ dẫn địa lý",
                         "trademark mentioned")]),
}
for k in ("hj07", "hj08", "hj09", "hj10", "hj05"):
    TEXT[k]["has"] = TEXT[k]["has"] + ["148/QĐ-TTg", "1489/QĐ-TTg"]
NAME_OTHER = "Công ty TNHH Thảo dược Hưng Phát"
NAME_OWN = "Công ty TNHH Mỹ phẩm thảo mộc Xuân Yên"

SKETCHY_LACKS = {
    "hj11": r"giấy chứng nhận|đăng ký kinh doanh|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|mã vạch|"
            r"truy xuất|môi trường|hợp đồng",
    "hj12": r"an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|mã vạch|truy xuất|môi trường|hợp đồng|kiểm nghiệm",
}


# --------------------------------------------------------------------------- the checks
def compare_tables(key: str, pl: Plan) -> None:
    v = VIEW[key]
    T = tables(key)
    parsed = pl.tables()
    pl.check(len(parsed) == len(v["order"]), f"{len(parsed)} tables, expected {len(v['order'])}")
    planted = set(PLANTED_CELLS.get(key, []))
    knock = set(KNOCK_CELLS.get(key, []))
    seen = set()
    for tid, (cap, rows) in zip(v["order"], parsed):
        pl.check(cap.startswith("Bảng "), f"table {tid} without a caption")
        if tid not in T:
            pl.check(len(rows) >= 3, f"table {tid} too short")
            continue
        tb = T[tid]
        want = [tb.header] + tb.rows
        if len(rows) != len(want):
            pl.failures.append(f"table {tid}: {len(rows)} rows, expected {len(want)}")
            continue
        ncol0 = 1 if tid == "sum" and v.get("sum_t") else None
        for r, (got, exp) in enumerate(zip(rows, want)):
            if len(got) != len(exp):
                pl.failures.append(f"table {tid} row {r}: {len(got)} cells, expected {len(exp)}")
                continue
            label = exp[0] if tid == "lines" else exp[1]
            for c, (g, e) in enumerate(zip(got, exp)):
                if isinstance(e, str):
                    if g != e:
                        pl.failures.append(f"table {tid} row {r} cell {c}: {g!r}, expected {e!r}")
                    continue
                val = cell_value(g)
                if val is None:
                    pl.failures.append(f"table {tid} row {r} cell {c}: {g!r} is not a number ({fmt_num(e)})")
                    continue
                if not tol_ok(val, e.printed, g):
                    pl.failures.append(f"table {tid} {label!r} col {c}: printed {g}, model {fmt_num(e)}")
                if ncol0:  # transposed summary: rows are years, columns the items
                    item = ["Doanh thu", "Tổng chi phí", "Lợi nhuận", "Tỷ suất lợi nhuận/doanh thu (%)"][c - 1]
                    cell = (tid, item, r - 1)
                else:
                    cell = (tid, label, c - (len(exp) - 3))
                if not close(e.printed, e.true) or cell in planted:
                    seen.add(cell)
                    if cell in planted:
                        pl.check(off(val, e.true), f"planted {cell} not off by 5 %: {g} vs the true {fmt_num(Num(e.true, e.true, e.kind))}")
                    elif cell not in knock:
                        pl.failures.append(f"{cell}: printed {e.printed} differs from the true {e.true}")
    for cell in planted:
        pl.check(cell in seen, f"planted cell {cell} not found")
    # a year without the line carries the marker, never a figure (zero markers excepted)
    for tid in ("out", "price", "rev", "cost"):
        if tid in T:
            for row in T[tid].rows:
                for c in row[2:]:
                    if isinstance(c, str) and c not in ("0", "0,0"):
                        pl.check(not re.search(r"\d", c), f"marker with a digit in {tid}: {c!r}")


def payback_in_text(pl: Plan) -> float | None:
    m = re.search(r"hoàn vốn[^.]{0,80}?(\d+,\d) năm", pl.body)
    return vn(m.group(1)) if m else None


def cross_checks(key: str, pl: Plan) -> None:
    p, t, m = PLANS[key], model(key), model(key, printed=True)
    prods = p["products"]
    plant = p.get("plant", {})
    # revenue lines = packs x price (printed lines against the printed packs and prices)
    for i, q in enumerate(prods):
        for y in Y:
            if not on(q, y):
                continue
            want = q["packs"][y] * q["price"][y] / 1e6
            if plant.get("rev_line", (None, None))[:2] == (i, y):
                pl.check(off(m["rev_i"][i][y], want), "planted revenue line not off")
            else:
                pl.check(close(m["rev_i"][i][y], want), f"revenue {q['short']} {YEARS[y]}")
    for y in Y:
        pl.check(close(m["rev"][y], sum(v[y] for v in m["rev_i"] if v[y] is not None)), f"revenue total {YEARS[y]}")
        lines = sum(c[y] for c in m["var_i"] if c[y] is not None) + sum(
            m[k][y] for k in ("wages", "energy", "dep", "interest", "sell", "tax", "other"))
        if "cost_extra" in plant and plant["cost_extra"][0] == y:
            pl.check(off(m["cost"][y], lines), "planted cost total not off")
        else:
            pl.check(close(m["cost"][y], lines), f"cost total {YEARS[y]}")
        if "profit" in plant and plant["profit"][0] == y:
            pl.check(off(m["profit"][y], m["rev"][y] - m["cost"][y]), "planted profit not off")
        else:
            pl.check(abs(m["profit"][y] - (m["rev"][y] - m["cost"][y])) < 0.15, f"profit {YEARS[y]}")
        pl.check(abs(m["wages"][y] - m["staff"][y] * p["wage"][y] * 12) < 0.15, f"wage fund {YEARS[y]}")
    # investment and sources
    pl.check(sum(a for (_, a, _) in m["inv_items"]) == m["inv_total"], "investment items")
    if key == "hj10":
        pl.check(off(m["src_total"], m["inv_total"]), "planted capital mismatch not off")
    else:
        pl.check(m["src_total"] == m["inv_total"], "sources = investment")
    # payback as the text states it
    pb = payback_in_text(pl)
    pl.check(pb is not None, "payback not found in the text")
    if pb is not None:
        from_printed = m["inv_total"] / (sum(m["profit"]) / 3 + sum(m["dep"]) / 3)
        if "payback" in plant:
            pl.check(off(pb, from_printed), f"planted payback {pb} not off ({from_printed:.2f})")
        else:
            pl.check(abs(pb - from_printed) <= 0.051, f"payback {pb} vs {from_printed:.2f}")
    # raw material: need within supply (the shortfall of hj07 in 2029 planted)
    for mt, mm in zip(p["mats"], t["mats"]):
        for y in Y:
            if mm["need"][y] is None:
                continue
            if key == "hj07" and y == 2:
                pl.check(off(mm["need"][y], mm["sup"][y]) and mm["need"][y] > mm["sup"][y],
                         "planted shortfall not off")
            else:
                pl.check(mm["need"][y] <= mm["sup"][y], f"{mt['label']} {YEARS[y]}: need {mm['need'][y]} > {mm['sup'][y]}")
    # capacity (hj05's stills overrun in 2028 and 2029 planted)
    for e, c in zip(p["equip"], t["caps"]):
        for y in Y:
            if c["cap"][y] is None:
                continue
            if key == "hj05" and y >= 1:
                pl.check(c["raw_load"][y] > c["cap"][y] and off(c["raw_load"][y], c["cap"][y]),
                         "planted capacity overrun not off")
            else:
                lim = 0.85 if key in READY else 1.0
                pl.check(c["raw_load"][y] <= lim * c["cap"][y] + 1e-9, f"{e['label']} {YEARS[y]} over {lim:.0%}")
    # growth, margins, history
    for y in (1, 2):
        g = t["rev"][y] / t["rev"][y - 1] - 1
        if key == "hj10":
            pl.check(g > 0.8, "planted growth too small")
        else:
            pl.check(g < 0.40, f"revenue growth {YEARS[y]} {g:.1%}")
    for y in Y:
        if not (key == "hj10" and y == 2):
            pl.check(0 < t["margin"][y] < 35, f"margin {YEARS[y]} {t['margin'][y]}")
    for i, q in enumerate(prods):
        if q["hist"][2] and on(q, 0):
            pl.check(q["packs"][0] <= 1.2 * q["hist"][2], f"{q['short']} 2027 vs 2026")
    if key == "hj10":
        q = prods[0]
        hg = (q["hist"][2] / q["hist"][0]) ** 0.5 - 1
        pl.check(hg < 0.12 and q["packs"][1] >= 2 * q["packs"][0] and q["packs"][2] >= 2 * q["packs"][1],
                 "planted growth of the day tour")
    if "text_figure" in p:
        i, y, val = p["text_figure"]
        pl.check(off(val, prods[i]["packs"][y]), "planted text figure not off")


def check_text(key: str, pl: Plan) -> None:
    spec = TEXT.get(key, {})
    pl.has(*spec.get("has", []))
    for pat, what in spec.get("lacks", []):
        pl.lacks(pat, what)
    pl.lacks(PLACEHOLDER, "template placeholder")
    if key in READY or key in ("hj05", "hj07", "hj08", "hj09", "hj10"):
        pl.lacks(REPLACED, "outdated instrument")
        for d in re.findall(r"hiệu lực đến (\d{1,2})/(\d{1,2})/(\d{4})", pl.body):
            pl.check(int(d[2]) >= 2028, f"paper valid only to {'/'.join(d)}")
    for name, s in facts(key).items():
        pl.check(s in pl.body, f"fact {name} not in the text: {s!r}")
    # the theme: the text says when each line starts or stops
    pl.check(bool(re.search(r"từ (năm )?2028|từ quý [IV]+/2028", pl.body)), "no start in 2028 stated")
    pl.check(bool(re.search(r"ngừng|thôi|dừng", pl.body)), "no stop stated")
    if key == "hj09":
        pl.check(pl.count(NAME_OTHER) >= 3, "the other company's name fewer than 3 times")
        pl.check(pl.count(NAME_OWN) >= 4, "own name fewer than 4 times")


def check_sketchy(key: str, pl: Plan) -> None:
    words = len(re.findall(r"\w+", pl.body))
    pl.check(150 <= words <= 350, f"{words} words")
    pl.check(not pl.rows, "a sketchy plan has a table")
    pl.lacks(SKETCHY_LACKS[key], "paper mentioned")
    pl.lacks(PLACEHOLDER, "template placeholder")
    pl.check(bool(re.search(r"2028", pl.body)), "the sketchy plan's new line")


def check(key: str) -> Plan:
    pl = Plan(STEMS[key])
    if key in SKETCHY:
        check_sketchy(key, pl)
        return pl
    compare_tables(key, pl)
    cross_checks(key, pl)
    check_text(key, pl)
    return pl


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if a in STEMS] or list(STEMS)
    return plancheck.report([check(k) for k in keys])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
