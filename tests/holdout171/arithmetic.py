"""The 171st holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand, with a calculator and the plan's own tables.

    .venv/bin/python tests/holdout171/arithmetic.py

Theme: finance-heavy plans written with a bank loan in mind. For every full plan (fp01-fp10) the
constants give the products (pack size in the plan's base unit, price, pack cost, packs per year),
the 2024-2026 history, the raw materials with their norms and prices, the own and contracted supply
of the main raw material, the capacity (per day x working days), the staff by role and wage, the
energy rate, the investment items (with the life of each depreciated asset) and sources, the bank
loan (amount, years of equal principal, rate), selling / tax shares and a fixed line. From them this
script recomputes: output = sum of packs x size, history revenue = output x average price, need of
every raw material and the supply balance, output against capacity, staff, investment and sources,
depreciation by asset, the loan schedule (opening balance, principal, interest = opening balance x
rate, closing balance), every revenue and cost line, the cost total, profit, margin, the cash flow
(profit + depreciation - principal, cumulative from the owners' own capital) and the payback read
from it, and, where stated, NPV and IRR. Each figure is then read back from the plan's source
(tables found by their caption "Bảng N.") and compared: planted numeric defects must be wrong by
more than 5 % (the true value is computed beside them); every other number must follow from the
plan's printed figures within 1 %. Textual defects are asserted through the absence or presence of
their words.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

YEARS = (2027, 2028, 2029)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|Phòng .{0,30} huyện")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year)
# hist: (output in base units, average price đ per base unit, workers) for 2024, 2025, 2026
# raws: (label, unit, norm per base unit, price đ per unit); the first is balanced against supply
# own: (what, quantity, unit, yield of the first raw per unit and year); buy: (supplier, quantity)
# cap: (base units per day, working days); roles: (label, workers per year); wage triệu/month
# inv: (label, triệu, life in years or 0 when not depreciated); src: (label, triệu)
# loan: (amount triệu, years of equal principal from 2027, rate); npv: discount rate or None
PLANS: dict[str, dict] = {
    "fp01": dict(
        unit="lít",
        products=[("Nước mắm cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, 65000, 9000, [30000, 33000, 36000]),
                  ("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1, 70000, 11000, [14000, 15500, 17000]),
                  ("Nước mắm 25 độ đạm, can 5 lít", "can", 5, 250000, 20000, [1200, 1300, 1400])],
        hist=[(28000, 85000, 10), (30000, 87000, 11), (32000, 89000, 12)],
        raws=[("Cá cơm tươi", "kg", 1.25, 14000), ("Muối hạt", "kg", 0.42, 3000)],
        own=("hai tàu khai thác ven bờ của công ty", 2, "tàu", 9000),
        buy=[("Nậu vựa cá Hải Thịnh (hợp đồng 2027-2029)", 15000),
             ("Tổ hợp tác khai thác thủy sản Bắc Hải", 12000), ("Các hộ ngư dân thôn Kim Đông", 10000)],
        cap=(160, 280),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Chế biến, ủ chượp", [5, 5, 6]),
               ("Lọc, đóng chai, kho", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=6.5, energy=2000,
        inv=[("Nhà ủ chượp mái tôn cách nhiệt 200 m²", 520, 10), ("60 thùng gỗ và chum ủ chượp", 300, 10),
             ("Dây chuyền lọc, chiết rót, đóng nắp", 380, 8), ("Hệ thống xử lý nước thải và mùi", 180, 10),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 60, 0), ("Vốn lưu động", 360, 0)],
        src=[("Vốn chủ sở hữu", 1300), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        loan=(500, 3, 0.085), sell=0.06, tax=0.015, other=80, npv=0.10),
    "fp02": dict(
        unit="lít",
        products=[("Rượu nếp cái 29 độ, chai 500 ml", "chai", 0.5, 180000, 12000, [12000, 13500, 15000]),
                  ("Rượu nếp cái 39 độ, bình gốm 1,5 lít", "bình", 1.5, 520000, 45000, [1500, 1700, 1900])],
        hist=[(6200, 330000, 6), (6800, 335000, 6), (7400, 340000, 7)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 2.0, 25000), ("Men lá, men thuốc bắc", "kg", 0.03, 120000)],
        own=("ruộng nếp cái của thành viên hợp tác xã", 6, "ha", 4000),
        buy=[("Tổ hợp tác trồng nếp thôn Đông Lạc", 5000), ("Hộ trồng nếp thôn Tân Phúc", 3000)],
        cap=(38, 280),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [3, 3, 3]),
               ("Hạ thổ, lọc, đóng chai, bán hàng", [2, 2, 3])],
        wage=5.5, energy=5000,
        inv=[("Nhà nấu, chưng cất 120 m²", 350, 10), ("Nồi chưng cất inox 2 tầng và bộ ngưng tụ", 260, 8),
             ("Máy lọc, máy khử an-đê-hít", 180, 8), ("Hầm biogas và bể lắng bã", 110, 10),
             ("Bao bì, kiểm nghiệm, thủ tục giấy phép", 60, 0), ("Vốn lưu động", 240, 0)],
        src=[("Vốn góp của thành viên", 700), ("Vay Ngân hàng Chính sách xã hội", 500)],
        loan=(500, 3, 0.066), sell=0.05, tax=0.40, other=50, npv=0.10,
        tax_label="Thuế tiêu thụ đặc biệt, thuế và phí"),
    "fp03": dict(
        unit="kg",
        products=[("Chè búp khô, túi 200 g", "túi", 0.2, 55000, 3000, [8000, 9000, 10000]),
                  ("Chè búp khô đặc biệt, hộp 500 g", "hộp", 0.5, 150000, 10000, [1500, 1700, 1900])],
        hist=[(1900, 280000, 4), (2050, 285000, 4), (2200, 290000, 4)],
        raws=[("Búp chè tươi (1 tôm 2 lá)", "kg", 4.5, 12000)],
        own=("đồi chè của hộ", 1.5, "ha", 6000),
        buy=[("Hộ ông Trần Văn Lực, thôn Khe Sâu", 4000), ("Hộ bà Võ Thị Nhàn, thôn Khe Sâu", 3000)],
        cap=(12, 260),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Hái, sao, vò chè", [2, 2, 2]),
               ("Đóng gói, bán hàng", [1, 1, 2])],
        wage=5.0, energy=8000,
        inv=[("Cải tạo xưởng sao chè 60 m²", 150, 10), ("Máy sao chè quay điện và máy vò", 140, 8),
             ("Máy sấy, máy hút chân không", 70, 8), ("Bao bì, tem, kiểm nghiệm, tự công bố", 40, 0),
             ("Vốn lưu động", 100, 0)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 150)],
        loan=(150, 3, 0.066), sell=0.05, tax=0.01, other=20, npv=None),
    "fp04": dict(
        unit="sản phẩm",
        products=[("Bộ bàn trà gỗ mít chạm khắc", "bộ", 1, 6500000, 250000, [150, 170, 190]),
                  ("Tượng gỗ mít trang trí cao 40 cm", "cái", 1, 1800000, 60000, [600, 680, 760]),
                  ("Hộp gỗ đựng trà, khay gỗ", "cái", 1, 350000, 15000, [2500, 2800, 3100])],
        hist=[(2800, 960000, 11), (2950, 980000, 11), (3050, 1000000, 12)],
        raws=[("Gỗ mít xẻ sấy", "m³", 0.036, 7000000), ("Dầu phủ gốc nước, giấy nhám", "lít", 0.05, 180000)],
        own=("kho gỗ mít dự trữ của công ty", 1, "kho", 40),
        buy=[("Hợp tác xã Lâm nghiệp Yên Hòa (gỗ vườn có bảng kê)", 55), ("Cơ sở xẻ gỗ Thái Sơn", 60)],
        cap=(15, 290),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Thợ xẻ, pha phôi", [2, 2, 2]),
               ("Thợ chạm khắc", [5, 5, 6]), ("Chà nhám, phủ dầu, đóng gói", [3, 3, 3])],
        wage=6.5, energy=15000,
        inv=[("Mở rộng xưởng chạm 150 m²", 420, 10), ("Máy CNC khắc gỗ 4 đầu", 380, 8),
             ("Lò sấy gỗ hơi nhiệt", 200, 8), ("Hệ thống hút bụi túi vải và buồng phun có màng nước", 150, 8),
             ("Mẫu mã, bao bì, đăng ký nhãn hiệu, thử nghiệm", 50, 0), ("Vốn lưu động", 300, 0)],
        src=[("Vốn chủ sở hữu", 1100), ("Vay Ngân hàng thương mại cổ phần Công Thương", 400)],
        loan=(400, 3, 0.09), sell=0.06, tax=0.015, other=60, npv=None),
    "fp05": dict(
        unit="kg",
        products=[("Bánh đa vừng đen, túi 10 chiếc (500 g)", "túi", 0.5, 33000, 2500, [40000, 44000, 48000]),
                  ("Bánh đa nướng sẵn, hộp 300 g", "hộp", 0.3, 45000, 5000, [10000, 11000, 12000])],
        hist=[(19000, 68000, 9), (20000, 70000, 9), (21000, 72000, 10)],
        raws=[("Gạo tẻ", "kg", 0.9, 15000), ("Vừng đen", "kg", 0.08, 60000)],
        own=("ruộng lúa của thành viên hợp tác xã", 6, "ha", 5500),
        buy=[("Tổ hợp tác sản xuất lúa thôn Đông Thịnh", 5000)],
        cap=(100, 280),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Xay bột, tráng, phơi bánh", [6, 6, 7]),
               ("Nướng, đóng gói, bán hàng", [2, 2, 2])],
        wage=5.0, energy=4000,
        inv=[("Nhà tráng bánh và phòng đóng gói 150 m²", 380, 10), ("Máy xay bột, máy tráng bánh bán tự động", 260, 8),
             ("Giàn phơi có mái che và lò sấy bánh", 130, 8), ("Bao bì, mã vạch, tem", 40, 0),
             ("Vốn lưu động", 270, 0)],
        src=[("Vốn góp của thành viên", 680), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        loan=(400, 3, 0.08), sell=0.05, tax=0.01, other=40, npv=None),
    "fp06": dict(
        unit="lít",
        products=[("Rượu sim 29 độ, chai 500 ml", "chai", 0.5, 220000, 12000, [6000, 7000, 8000]),
                  ("Rượu sim 29 độ, chai quà 300 ml", "chai", 0.3, 150000, 15000, [3000, 3500, 4000])],
        hist=[(3000, 300000, 4), (3200, 305000, 4), (3500, 310000, 4)],
        raws=[("Quả sim chín", "kg", 0.6, 30000), ("Gạo nếp", "kg", 1.6, 24000)],
        own=("đồi sim của hộ", 2, "ha", 1200),
        buy=[("Các hộ hái sim thôn Bàu Sen", 1000)],
        cap=(24, 250),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Nấu rượu, ngâm ủ sim", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 2, 2])],
        wage=5.5, energy=6000,
        inv=[("Cải tạo nhà nấu và kho ngâm 60 m²", 150, 10), ("Nồi chưng cất inox, bộ ngưng tụ", 140, 8),
             ("Chum sành, bình ngâm thủy tinh 50 chiếc", 60, 8), ("Máy lọc, máy chiết rót", 80, 8),
             ("Bao bì, kiểm nghiệm, đăng ký nhãn hiệu", 40, 0), ("Vốn lưu động", 130, 0)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 300)],
        loan=(300, 3, 0.066), sell=0.05, tax=0.40, other=30, npv=None,
        tax_label="Thuế tiêu thụ đặc biệt, thuế và phí"),
    "fp07": dict(
        unit="kg",
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, 150000, 8000, [6000, 6600, 7200]),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, 330000, 15000, [1200, 1350, 1500])],
        hist=[(3500, 150000, 5), (3700, 155000, 5), (3900, 160000, 5)],
        raws=[("Mật ong thô", "kg", 1.05, 100000)],
        own=("đàn ong nội của thành viên", 700, "đàn", 6),
        buy=[("Tổ nuôi ong thôn Trung Hòa", 900), ("Các hộ nuôi ong thôn Khe Lau", 600)],
        cap=(25, 250),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu mua, lọc, hạ thủy phần", [2, 2, 2]),
               ("Đóng chai, bán hàng", [1, 1, 1])],
        wage=5.0, energy=4000,
        inv=[("Nhà sơ chế, đóng chai 80 m²", 360, 10), ("Máy hạ thủy phần mật ong 50 kg/mẻ", 240, 8),
             ("Máy lọc, bồn inox, máy chiết rót", 200, 8), ("Kho mát 20 m²", 120, 8),
             ("Thùng ong và dụng cụ cho thành viên", 80, 5), ("Vốn lưu động", 200, 0)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        loan=(600, 3, 0.08), sell=0.05, tax=0.01, other=40, npv=None),
    "fp08": dict(
        unit="kg",
        products=[("Trà chè vằng túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 45000, 6000, [16000, 18000, 20000]),
                  ("Chè vằng khô cắt khúc, túi 500 g", "túi", 0.5, 70000, 3000, [3000, 3300, 3600])],
        hist=[(1800, 330000, 6), (1950, 335000, 6), (2100, 340000, 6)],
        raws=[("Cành lá chè vằng tươi", "kg", 4, 8000)],
        own=("vườn chè vằng của công ty", 2.5, "ha", 3500),
        buy=[("Hợp tác xã Nông nghiệp Tiến Lộc", 2500), ("Các hộ thôn Phú Mậu", 1500)],
        cap=(12, 260),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, sấy, nghiền", [2, 2, 2]),
               ("Đóng túi lọc, đóng gói, bán hàng", [2, 2, 2])],
        wage=5.5, energy=15000,
        inv=[("Nhà sơ chế và phòng đóng gói 70 m²", 200, 10), ("Máy sấy bơm nhiệt 150 kg/mẻ", 150, 8),
             ("Máy nghiền, máy đóng túi lọc tự động", 230, 8), ("Bao bì, mã QR, thiết kế", 40, 0),
             ("Vốn lưu động", 130, 0)],
        src=[("Vốn chủ sở hữu", 450), ("Vay Ngân hàng thương mại cổ phần Đầu tư và Phát triển", 300)],
        loan=(300, 3, 0.085), sell=0.06, tax=0.015, other=30, npv=None),
    "fp09": dict(
        unit="lít",
        products=[("Dầu lạc ép, chai 500 ml", "chai", 0.5, 95000, 6000, [10000, 11000, 12000]),
                  ("Dầu lạc ép, chai 1 lít", "chai", 1, 175000, 9000, [5000, 6500, 7000])],
        hist=[(8500, 165000, 6), (9000, 168000, 6), (9500, 170000, 6)],
        raws=[("Lạc nhân", "kg", 2.4, 32000)],
        own=("ruộng lạc của thành viên hợp tác xã", 8, "ha", 2000),
        buy=[("Tổ hợp tác trồng lạc thôn Hà Trung", 6000), ("Các hộ trồng lạc thôn Bình Minh", 5000)],
        cap=(50, 280),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Rang, ép, lắng lọc", [3, 3, 3]),
               ("Đóng chai, bán hàng", [1, 1, 1])],
        wage=5.5, energy=5000,
        inv=[("Nhà xưởng ép dầu 100 m²", 260, 10), ("Máy ép dầu trục vít và chảo rang", 240, 8),
             ("Bồn lắng, máy lọc, máy chiết rót", 130, 8), ("Bao bì, mã vạch", 30, 0),
             ("Vốn lưu động", 240, 0)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        loan=(400, 3, 0.08), sell=0.05, tax=0.01, other=30, npv=None),
    "fp10": dict(
        unit="sản phẩm",
        products=[("Giỏ cói xách tay quai da", "cái", 1, 125000, 6000, [6000, 11000, 13000]),
                  ("Hộp cói đựng đồ, bộ 3 hộp", "bộ", 1, 190000, 10000, [2500, 4600, 5400]),
                  ("Thảm cói lót bàn", "chiếc", 1, 50000, 2000, [2700, 4800, 5600])],
        hist=[(8800, 128000, 14), (9200, 130000, 14), (9600, 132000, 14)],
        raws=[("Cói khô đã chẻ", "kg", 0.4, 15000), ("Thuốc nhuộm, quai da, phụ kiện", "sản phẩm", 1, 9000)],
        own=("ruộng cói của tổ viên", 3, "ha", 3000),
        buy=[("Hộ trồng cói thôn Tân Hải", 4000)],
        cap=(40, 250),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Chẻ, nhuộm, phơi cói", [3, 3, 3]),
               ("Đan, hoàn thiện", [7, 7, 7]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=4.5, energy=3000,
        inv=[("Nhà xưởng đan 120 m²", 250, 10), ("Máy dệt cói, máy ép phẳng", 180, 8),
             ("Bể nhuộm và bể lắng nước nhuộm", 90, 10), ("Bao bì, nhãn, tiêu chuẩn cơ sở", 30, 0),
             ("Vốn lưu động", 150, 0)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        loan=(300, 3, 0.066), sell=0.06, tax=0.01, other=30, npv=None),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "fp05": {"payback": 1.5},                      # stated 1,5 years; the cash-flow table reads more
    "fp06": {"rev_line": (0, 1, 1.15)},            # 2028 line of the 500 ml bottle × 1,15
    "fp07": {"flat_interest": True, "src_short": True},  # cost-table interest on the full loan; sources 1.000 vs 1.200
    "fp08": {"cost_total": (2, 0.90)},             # 2029 cost total written 10 % low
    "fp09": {"profit": (2, 1.25), "shortfall": True},  # 2029 profit × 1,25; peanut need over supply
    "fp10": {"over_capacity": True, "growth": True},  # 11.200 products vs 40 × 250; ×1,82 in 2028
}
READY = ("fp01", "fp02", "fp03", "fp04")
STEMS = {
    "fp01": "fp01_nuoc_mam_cua_sot_cty",
    "fp02": "fp02_ruou_nep_cai_dong_lac_htx",
    "fp03": "fp03_che_bup_khe_sau_hkd",
    "fp04": "fp04_do_go_my_nghe_yen_hoa_cty",
    "fp05": "fp05_banh_da_vung_den_dong_thinh_htx",
    "fp06": "fp06_ruou_sim_bau_sen_hkd",
    "fp07": "fp07_mat_ong_trung_hoa_htx",
    "fp08": "fp08_tra_che_vang_tien_loc_cty",
    "fp09": "fp09_dau_lac_ha_trung_htx",
    "fp10": "fp10_gio_coi_tan_hai_tht",
    "fp11": "fp11_banh_ram_so_sai",
    "fp12": "fp12_non_la_so_sai",
}


# --------------------------------------------------------------------------- the model
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(k: str, planted: bool = True) -> dict:
    """Every number of plan k: as printed (planted=True) or as it should be (planted=False)."""
    p = PLANS[k]
    pl = PLANTED.get(k, {}) if planted else {}
    m: dict = {}
    prods = p["products"]
    m["packs"] = [list(x[5]) for x in prods]
    m["output"] = [sum(x[2] * x[5][y] for x in prods) for y in range(3)]
    m["hist_rev"] = [h[0] * h[1] / 1e6 for h in p["hist"]]
    m["rev_lines"] = [[x[5][y] * x[3] / 1e6 for y in range(3)] for x in prods]
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        m["rev_lines"][i][y] = m["rev_lines"][i][y] * f
    m["rev"] = [sum(l[y] for l in m["rev_lines"]) for y in range(3)]
    m["need"] = [[m["output"][y] * r[2] for y in range(3)] for r in p["raws"]]
    m["own"] = p["own"][1] * p["own"][3]
    m["supply"] = m["own"] + sum(b[1] for b in p["buy"])
    m["cap"] = p["cap"][0] * p["cap"][1]
    m["staff"] = [sum(r[1][y] for r in p["roles"]) for y in range(3)]
    m["inv"] = sum(i[1] for i in p["inv"])
    m["src"] = sum(s[1] for s in p["src"])
    m["dep_items"] = [(i[0], i[1], i[2], i[1] / i[2]) for i in p["inv"] if i[2]]
    m["dep"] = sum(d[3] for d in m["dep_items"])
    L, n, rate = p["loan"]
    bal, sched = L, []
    for y in range(3):
        pr = L / n if y < n else 0
        it = bal * rate
        sched.append((bal, pr, it, pr + it, bal - pr))
        bal -= pr
    m["sched"] = sched
    m["interest"] = [s[2] for s in sched]
    if pl.get("flat_interest"):
        m["interest_cost"] = [L * rate] * 3
    else:
        m["interest_cost"] = list(m["interest"])
    m["principal"] = [s[1] for s in sched]
    cost = []
    for y in range(3):
        lines = {}
        lines["raw"] = [m["need"][j][y] * r[3] / 1e6 for j, r in enumerate(p["raws"])]
        lines["pack"] = sum(x[4] * x[5][y] for x in prods) / 1e6
        lines["wage"] = m["staff"][y] * p["wage"] * 12
        lines["energy"] = m["output"][y] * p["energy"] / 1e6
        lines["dep"] = m["dep"]
        lines["interest"] = m["interest_cost"][y]
        lines["sell"] = p["sell"] * m["rev"][y]
        lines["tax"] = p["tax"] * m["rev"][y]
        lines["other"] = p["other"]
        lines["total"] = (sum(lines["raw"]) + lines["pack"] + lines["wage"] + lines["energy"] + lines["dep"]
                          + lines["interest"] + lines["sell"] + lines["tax"] + lines["other"])
        cost.append(lines)
    m["cost_true_total"] = [c["total"] for c in cost]
    if "cost_total" in pl:
        y, f = pl["cost_total"]
        cost[y]["total"] = cost[y]["total"] * f
    m["cost"] = cost
    m["cost_total"] = [c["total"] for c in cost]
    m["profit"] = [m["rev"][y] - m["cost_total"][y] for y in range(3)]
    if "profit" in pl:
        y, f = pl["profit"]
        m["profit"][y] = m["profit"][y] * f
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in range(3)]
    own_src = [s[1] for s in p["src"] if not s[0].startswith("Vay")]
    m["equity"] = sum(own_src) if pl.get("src_short") else m["inv"] - L
    m["cf"] = [m["profit"][y] + m["dep"] - m["principal"][y] for y in range(3)]
    cum, c = [], -m["equity"]
    for y in range(3):
        c += m["cf"][y]
        cum.append(c)
    m["cum"] = cum
    pb = None
    prev = -m["equity"]
    for y in range(3):
        if cum[y] >= 0:
            pb = y + (-prev) / m["cf"][y]
            break
        prev = cum[y]
    m["payback_cf"] = pb
    m["payback_avg"] = m["inv"] / (sum(m["profit"]) / 3 + m["dep"])
    m["payback"] = pl.get("payback", round(pb, 1) if pb is not None else None)
    if p.get("npv"):
        d = p["npv"]
        book = sum(i[1] for i in p["inv"] if i[2]) - 3 * m["dep"]
        wc = sum(i[1] for i in p["inv"] if not i[2] and "lưu động" in i[0])
        flows = [m["profit"][y] + m["dep"] + m["interest"][y] for y in range(3)]
        flows[2] += book + wc
        m["npv_flows"], m["book"], m["wc"] = flows, book, wc

        def npv(rate):
            return -m["inv"] + sum(f / (1 + rate) ** (t + 1) for t, f in enumerate(flows))

        m["npv"] = npv(d)
        lo, hi = 0.0, 2.0
        for _ in range(100):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if npv(mid) > 0 else (lo, mid)
        m["irr"] = lo * 100
    return m


# --------------------------------------------------------------------------- reading the plans
_CAP = re.compile(r"^Bảng (\d+)\. (.+)$")


def num(s: str) -> float | None:
    s = s.strip().replace("−", "-")
    if not re.fullmatch(r"-?[\d.]+(,\d+)?", s):
        return None
    return float(s.replace(".", "").replace(",", "."))


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.tables: dict[str, list[list[str]]] = {}
        cur = None
        for line in self.body.splitlines():
            line = line.strip()
            if mm := _CAP.match(line):
                cur = mm.group(2)
                self.tables[cur] = []
            elif line.startswith("|") and cur is not None:
                cells = [c.strip() for c in line.strip("|").split("|")]
                if not set("".join(cells)) <= set("-: "):
                    self.tables[cur].append(cells)
            elif line and not line.startswith("ĐVT") and cur is not None and self.tables[cur]:
                cur = None

    def table(self, start: str) -> list[list[str]]:
        for t, rows in self.tables.items():
            if t.startswith(start):
                return rows
        self.failures.append(f"table not found: {start}")
        return []

    def trow(self, start: str, label: str, n: int = 3) -> list[float]:
        for r in self.table(start):
            if r and any(c.startswith(label) for c in r[:2]):
                nums = [v for c in r[1:] if (v := num(c)) is not None]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {start} / {label}")
        return [0.0] * n

    def eq(self, got, want, what: str, tol: float = 0.01) -> None:
        if isinstance(want, (list, tuple)):
            for y, (g, w) in enumerate(zip(got, want)):
                self.eq(g, w, f"{what}[{y}]", tol)
            return
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got} vs computed {want:.2f}")

    def wrong(self, got: float, true: float, what: str) -> None:
        if not off(got, true, 5.0):
            self.failures.append(f"planted {what} not wrong by > 5 %: {got} vs true {true:.2f}")


def check_full(k: str) -> Plan:
    p, m, t = PLANS[k], model(k), model(k, planted=False)
    pl = Plan(STEMS[k])
    # history
    for y, h in enumerate(p["hist"]):
        row = pl.trow("Kết quả sản xuất", str(2024 + y), 4)
        pl.eq(row[0], h[0], f"history output {2024 + y}")
        pl.eq(row[2], m["hist_rev"][y], f"history revenue {2024 + y}")
    # production plan
    for i, x in enumerate(p["products"]):
        pl.eq(pl.trow("Kế hoạch sản lượng", x[0]), x[5], f"packs {x[0]}")
    pl.eq(pl.trow("Kế hoạch sản lượng", "Tổng sản lượng"), m["output"], "output")
    # raw materials
    for j, r in enumerate(p["raws"]):
        pl.eq(pl.trow("Cân đối nguyên liệu", f"Nhu cầu {r[0].lower()}"), m["need"][j], f"need {r[0]}")
    pl.eq(pl.trow("Cân đối nguyên liệu", "Nguồn tự có", 1)[0], m["own"], "own supply")
    for b in p["buy"]:
        pl.eq(pl.trow("Cân đối nguyên liệu", b[0], 1)[0], b[1], f"contract {b[0]}")
    pl.eq(pl.trow("Cân đối nguyên liệu", "Tổng nguồn cung", 1)[0], m["supply"], "supply")
    # staff
    for r in p["roles"]:
        pl.eq(pl.trow("Bố trí lao động", r[0]), r[1], f"staff {r[0]}")
    pl.eq(pl.trow("Bố trí lao động", "Tổng"), m["staff"], "staff total")
    # investment, sources, depreciation
    for i in p["inv"]:
        pl.eq(pl.trow("Tổng vốn đầu tư", i[0], 1)[0], i[1], f"inv {i[0]}")
    pl.eq(pl.trow("Tổng vốn đầu tư", "Tổng cộng", 1)[0], m["inv"], "inv total")
    for s in p["src"]:
        pl.eq(pl.trow("Nguồn vốn", s[0], 2)[0], s[1], f"src {s[0]}")
    pl.eq(pl.trow("Nguồn vốn", "Tổng cộng", 2)[0], m["src"], "src total")
    for d in m["dep_items"]:
        row = pl.trow("Khấu hao", d[0], 3)
        pl.eq(row, [d[1], d[2], d[3]], f"dep {d[0]}")
    pl.eq(pl.trow("Khấu hao", "Tổng cộng", 2), [sum(d[1] for d in m["dep_items"]), m["dep"]], "dep total")
    # loan schedule
    for y in range(3):
        row = pl.trow("Lịch trả nợ", f"Năm {2027 + y}", 5)
        pl.eq(row, list(m["sched"][y]), f"loan {2027 + y}")
    # revenue and cost
    for i, x in enumerate(p["products"]):
        pl.eq(pl.trow("Doanh thu", x[0]), m["rev_lines"][i], f"revenue {x[0]}")
    pl.eq(pl.trow("Doanh thu", "Tổng doanh thu"), m["rev"], "revenue total")
    c = m["cost"]
    for j, r in enumerate(p["raws"]):
        pl.eq(pl.trow("Chi phí sản xuất", r[0]), [c[y]["raw"][j] for y in range(3)], f"cost {r[0]}")
    for key, lab in (("pack", "Bao bì"), ("wage", "Tiền công"), ("energy", "Điện, nhiên liệu"),
                     ("dep", "Khấu hao"), ("interest", "Lãi vay"), ("sell", "Bán hàng"),
                     ("tax", p.get("tax_label", "Thuế")), ("other", "Chi phí khác"), ("total", "Tổng chi phí")):
        pl.eq(pl.trow("Chi phí sản xuất", lab), [c[y][key] for y in range(3)], f"cost {lab}")
    # summary and cash flow
    pl.eq(pl.trow("Tổng hợp", "Doanh thu"), m["rev"], "summary revenue")
    pl.eq(pl.trow("Tổng hợp", "Tổng chi phí"), m["cost_total"], "summary cost")
    pl.eq(pl.trow("Tổng hợp", "Lợi nhuận"), m["profit"], "summary profit")
    pl.eq(pl.trow("Tổng hợp", "Tỷ suất"), m["margin"], "margin")
    pl.eq(pl.trow("Dòng tiền", "Lợi nhuận"), m["profit"], "cf profit")
    pl.eq(pl.trow("Dòng tiền", "Khấu hao"), [m["dep"]] * 3, "cf dep")
    pl.eq(pl.trow("Dòng tiền", "Trả nợ gốc"), m["principal"], "cf principal")
    pl.eq(pl.trow("Dòng tiền", "Dòng tiền thuần"), m["cf"], "cf net")
    pl.eq(pl.trow("Dòng tiền", "Lũy kế", 4), [-m["equity"]] + m["cum"], "cf cumulative")
    pl.has(f"khoảng {fmt(m['payback'])} năm")
    if p.get("npv"):
        pl.has(f"NPV = {fmt(m['npv'])} triệu đồng", f"IRR ≈ {fmt(m['irr'], 1)} %")
    # checks on the truth
    if k not in PLANTED:
        pl.check(all(close(a, b) for a, b in zip(m["profit"], t["profit"])), "profit differs from truth")
    pl.check(m["output"][0] <= 1.2 * p["hist"][2][0], "2027 output more than +20 % on 2026")
    truth_ok = {
        "supply": all(t["need"][0][y] <= t["supply"] for y in range(3)),
        "capacity": all(t["output"][y] <= t["cap"] for y in range(3)),
        "growth": all(t["rev"][y + 1] <= 1.31 * t["rev"][y] for y in range(2)),
        "sources": close(t["src"], t["inv"]),
        "margin": all(0 < x < 35 for x in (t["margin"][:1] if k == "fp10" else t["margin"])),
    }
    planted_fail = {"fp09": "supply", "fp10": "capacity", "fp07": "sources"}
    for name, ok in truth_ok.items():
        if name == planted_fail.get(k) or (k == "fp10" and name == "growth"):
            pl.check(not ok, f"planted {name} defect not present")
        else:
            pl.check(ok, f"{name} check fails")
    if k not in PLANTED or k in ("fp06", "fp07", "fp08", "fp09", "fp10"):
        pass
    if k in READY:
        pl.check(abs(m["payback"] - m["payback_cf"]) <= 0.06, "payback vs cash-flow table")
        pl.check(abs(m["payback"] - m["payback_avg"]) / m["payback_avg"] <= 0.05,
                 f"payback vs investment / (profit + depreciation) {m['payback_avg']:.2f}")
    pl.lacks(PLACEHOLDER, "placeholder")
    return pl


def fmt(x: float, d: int = 1) -> str:
    v = round(x + (1e-9 if x >= 0 else -1e-9), d)
    if d == 0 or abs(v - round(v)) < 1e-9:
        s = f"{abs(round(v)):,}".replace(",", ".")
    else:
        whole, frac = f"{abs(v):.{d}f}".split(".")
        s = f"{int(whole):,}".replace(",", ".") + "," + frac
    return ("-" if v < 0 and s.strip("0.,") else "") + s


def planted_checks(k: str, pl: Plan) -> None:
    m, t = model(k), model(k, planted=False)
    b = pl.body
    if k == "fp05":
        pl.wrong(m["payback"], t["payback_cf"], "payback (cash-flow table)")
        pl.wrong(m["payback"], t["payback_avg"], "payback (investment / profit + depreciation)")
        for w in ("an toàn thực phẩm", "ATTP", "đủ điều kiện", "15/2018", "cam kết sản xuất thực phẩm"):
            pl.check(w.lower() not in b.lower(), f"fp05 mentions {w!r}")
        pl.has("Hợp tác xã Dịch vụ Nông nghiệp Kim Song")
        pl.check(pl.count("Hợp tác xã Bánh đa Đông Thịnh") >= 4, "fp05 real name too rare")
    if k == "fp06":
        pl.wrong(m["rev_lines"][0][1], t["rev_lines"][0][1], "2028 revenue line")
        pl.wrong(m["rev"][1], t["rev"][1], "2028 revenue total")
        for w in ("giấy phép", "105/2017", "17/2020", "môi trường", "bã rượu", "nước thải", "chất thải", "xử lý", "bã "):
            pl.check(w not in b.lower(), f"fp06 mentions {w!r}")
    if k == "fp07":
        for y in (1, 2):
            pl.wrong(m["interest_cost"][y], t["interest"][y], f"interest {2027 + y} in the cost table")
        pl.wrong(m["src"], m["inv"], "sources against investment")
        pl.check(not re.search(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|QR", b), "fp07 mentions a label")
        pl.has("tính trên dư nợ")
    if k == "fp08":
        pl.wrong(m["cost_total"][2], t["cost_total"][2], "2029 cost total")
        pl.check(bool(re.search(r"1048/QĐ-TTg", b)) and "cấp huyện" in b, "fp08 lacks its outdated grounds")
        pl.check("148/QĐ-TTg" not in b and "1489" not in b, "fp08 cites the current decisions")
        for w in ("tiêu chuẩn", "TCCS", "tự công bố", "công bố", "kiểm nghiệm", "thử nghiệm", "QCVN", "TCVN"):
            pl.check(w.lower() not in b.lower(), f"fp08 mentions {w!r}")
    if k == "fp09":
        pl.wrong(m["profit"][2], t["rev"][2] - t["cost_total"][2], "2029 profit")
        pl.wrong(t["need"][0][2], t["supply"], "2029 peanut need against supply")
        pl.check("Dư (+), thiếu (−)" not in b, "fp09 shows a balance row")
        for w in ("truy xuất", "QR", "mã lô", "số lô", "nhật ký", "kiểm soát nội bộ", "kiểm soát chất lượng", "HACCP", "ISO"):
            pl.check(w.lower() not in b.lower(), f"fp09 mentions {w!r}")
    if k == "fp10":
        pl.wrong(m["output"][0], m["cap"], "2027 output against capacity")
        pl.wrong(m["rev"][1] / m["rev"][0], 1.3, "2028 revenue growth")
        pl.check(m["staff"][0] == m["staff"][2], "fp10 adds workers")
        for w in ("nhãn hiệu", "thương hiệu", "sở hữu trí tuệ", "logo", "bảo hộ"):
            pl.check(w not in b.lower(), f"fp10 mentions {w!r}")


def common_ready(pl: Plan) -> None:
    b = pl.body
    for s in ("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
              "nhãn hiệu", "phiếu kết quả thử nghiệm", "truy xuất", "đăng ký môi trường"):
        pl.check(s.lower() in b.lower(), f"ready plan lacks {s!r}")
    pl.lacks(REPLACED, "replaced instrument or district body")
    for d in re.findall(r"đến (\d\d/\d\d/(\d{4}))", b):
        pl.check(int(d[1]) >= 2029, f"paper lapses {d[0]}")


def check_sketchy(stem: str, figures: list[str], absent: list[str]) -> Plan:
    pl = Plan(stem)
    words = len(re.findall(r"\w+", pl.body))
    pl.check(150 <= words <= 320, f"sketchy length {words} words")
    pl.check(not pl.rows, "sketchy plan has a table")
    pl.has(*figures)
    for w in absent:
        pl.check(w.lower() not in pl.body.lower(), f"sketchy plan mentions {w!r}")
    return pl


def main() -> int:
    plans = []
    for k in PLANS:
        pl = check_full(k)
        if k in READY:
            common_ready(pl)
        else:
            planted_checks(k, pl)
        plans.append(pl)
    plans.append(check_sketchy(STEMS["fp11"], ["30.000 đồng", "120 triệu đồng", "2.000 túi"],
                               ["an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu", "đăng ký kinh doanh"]))
    plans.append(check_sketchy(STEMS["fp12"], ["45.000 đồng", "3.000 chiếc", "50 triệu đồng"],
                               ["tiêu chuẩn cơ sở", "nhãn hiệu", "đăng ký"]))
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
