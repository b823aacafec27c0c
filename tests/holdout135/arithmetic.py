"""The 135th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand on plans that borrow.

    .venv/bin/python tests/holdout135/arithmetic.py

For every full plan the constants (packs and prices, pack costs, raw-material norm, price and
supply, energy rate, staff and wage, investment items with their lives, capital sources, loans
with amount, rate, grace and term, selling and tax shares, a fixed line, 2024–2026 results,
equipment capacity) are turned into every table the plan prints: production, raw-material
balance, staff, investment with depreciation, sources, one repayment table per loan (opening
balance, principal, interest = opening balance x annual rate, closing balance, totals), revenue
(packs x price), cost lines, summary (profit = revenue - cost, margin), debt service (profit +
depreciation against principal) and the payback (investment / (average profit + depreciation)).
Each table is then read back from the plan's Markdown by its caption and compared cell by cell:

* with the model *as the plan states it* (the planted numeric defect applied, its knock-ons
  following): every cell within 1 %;
* with the *true* model: every cell within 1 %, except the planted cells, which must be off by
  more than 5 %, and the knock-on cells declared for that plan.

Then the feasibility facts (need within supply, output within capacity, sources = investment,
principal = loan, growth, margins, debt service covered) hold for every plan except where a defect
is planted, where they are asserted to fail by more than 5 %; running-text figures are looked up
verbatim; textual defects are asserted by the absence (or presence) of their words; ready plans
cite QĐ 148 and QĐ 1489 and no replaced instrument; the sketchy plans have 150–320 words.
"""

from __future__ import annotations

import copy
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

YEARS = (2027, 2028, 2029)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|huyện")


def L(label, life, amount):
    return (label, amount, life)


# --------------------------------------------------------------------------- constants
# products: (row label, unit, size in the base unit, price đ, pack cost đ, packs per year)
# raw: (name, norm per base unit, price đ/kg); aux: (label, đ per base unit) or None
# supply: (label, kg per year); staff: (role, [3 years]); wage: triệu đồng/người/tháng
# invest: (label, triệu, life in years or None for working capital); sources: (label, triệu)
# loans: lender, amount (triệu), rate (per year), rate text, grace years, payments (equal
#        principal), or principal (an explicit list from 2027)
# sell, tax: shares of revenue; other: triệu/năm; hist: (year, output, revenue, profit)
# cap: (text the plan prints for the limit, value in the base unit per year)

C: dict[str, dict] = {
    "ef01_keo_cu_do_xuan_giang_cty": dict(
        quarters=[20, 20, 20, 40],
        unit="kg",
        products=[("Kẹo cu đơ hộp 200 g", "hộp", 0.2, 38000, 3000, [40000, 44000, 48000]),
                  ("Kẹo cu đơ hộp 400 g", "hộp", 0.4, 70000, 4500, [20000, 22000, 24000])],
        raw=("Lạc nhân", 0.45, 55000), aux=("Mật mía, đường, gừng, bánh tráng", 38000),
        supply=[("Lạc nhân theo hợp đồng với HTX Nông nghiệp Xuân Viên", 6000),
                ("Lạc nhân thu mua của các hộ trong xã", 3500)],
        energy=2500, wage=6.5,
        staff=[("Quản lý, kế toán", [2, 2, 2]), ("Nấu kẹo, cán kẹo", [5, 5, 6]),
               ("Cắt kẹo, đóng hộp", [3, 4, 4]), ("Bán hàng", [1, 1, 1])],
        cap=(80 * 280, "80 kg/ngày × 280 ngày = 22.400 kg/năm"),
        invest=[("Cải tạo nhà xưởng 220 m²", 300, 10), ("Nồi nấu kẹo hai vỏ, máy cán kẹo", 420, 7),
                ("Máy đóng gói, máy in hạn dùng", 180, 6), ("Thiết kế bao bì, tiêu chuẩn, nhãn hiệu", 100, 5),
                ("Vốn lưu động", 300, None)],
        sources=[("Vốn chủ sở hữu của công ty", 500), ("Vay Agribank chi nhánh Nghi Xuân", 800)],
        loans=[dict(lender="Agribank chi nhánh Nghi Xuân", amount=800, rate=0.08, rate_text="8 %/năm",
                    grace=0, payments=4)],
        sell=0.05, tax=0.015, other=80,
        hist=[(2024, 11000, 1900, 170), (2025, 12500, 2200, 210), (2026, 14000, 2500, 250)],
    ),
    "ef02_mat_ong_huong_trach_htx": dict(
        quarters=[20, 35, 30, 15],
        unit="kg",
        products=[("Mật ong chai 500 g", "chai", 0.5, 160000, 9000, [8000, 9000, 10000]),
                  ("Mật ong hũ 1 kg", "hũ", 1.0, 300000, 12000, [3000, 3400, 3800])],
        raw=("Mật ong thô", 1.05, 140000), aux=None,
        supply=[("Mật thô từ 700 đàn ong của thành viên (12 kg/đàn)", 8400),
                ("Mật thô theo hợp đồng với 6 hộ liên kết", 2000)],
        energy=3000, wage=6.0,
        staff=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Lọc, hạ thủy phần, chiết rót", [3, 3, 4]),
               ("Bán hàng", [1, 1, 1])],
        cap=(50 * 220, "50 kg/ngày × 220 ngày = 11.000 kg/năm"),
        invest=[("Nhà sơ chế, kho bảo quản 90 m²", 250, 10), ("Máy hạ thủy phần, máy lọc, máy chiết rót", 280, 7),
                ("Thùng ong cải tiến, dụng cụ khai thác", 120, 5), ("Bao bì, tem, hồ sơ công bố", 60, 5),
                ("Vốn lưu động", 290, None)],
        sources=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Chính sách xã hội", 300),
                 ("Vay Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", 300)],
        loans=[dict(lender="Ngân hàng Chính sách xã hội", amount=300, rate=0.066, rate_text="0,55 %/tháng",
                    grace=1, payments=3),
               dict(lender="Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", amount=300, rate=0.06, rate_text="6 %/năm",
                    grace=0, payments=3)],
        sell=0.06, tax=0.015, other=60,
        hist=[(2024, 5200, 1560, 130), (2025, 5800, 1770, 160), (2026, 6300, 1950, 190)],
    ),
    "ef03_che_xanh_son_tay_tht": dict(
        quarters=[15, 35, 35, 15],
        unit="kg",
        products=[("Chè xanh gói 200 g", "gói", 0.2, 60000, 2000, [15000, 16500, 18000]),
                  ("Chè xanh hộp 500 g", "hộp", 0.5, 130000, 6000, [2000, 2200, 2400])],
        raw=("Búp chè tươi", 4.5, 9000), aux=None,
        supply=[("Vườn chè của 12 tổ viên (9,5 ha)", 16000),
                ("Búp chè theo hợp đồng với 5 hộ thôn Khe Mây", 6000)],
        energy=6000, wage=5.0,
        staff=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Làm héo, sao, vò chè", [4, 4, 5]),
               ("Đóng gói, giao hàng", [2, 2, 2])],
        cap=(25 * 220, "25 kg chè khô/ngày × 220 ngày = 5.500 kg/năm"),
        invest=[("Máy sao, máy vò chè liên hoàn", 260, 7), ("Mở rộng nhà xưởng 60 m²", 150, 10),
                ("Máy hút chân không, máy hàn túi", 50, 5), ("Vốn lưu động", 140, None)],
        sources=[("Vốn góp của tổ viên", 200), ("Vay Quỹ Hỗ trợ nông dân tỉnh", 150),
                 ("Vay Agribank chi nhánh Hương Sơn", 250)],
        loans=[dict(lender="Quỹ Hỗ trợ nông dân tỉnh", amount=150, rate=0.06, rate_text="6 %/năm",
                    grace=0, payments=3),
               dict(lender="Agribank chi nhánh Hương Sơn", amount=250, rate=0.0744, rate_text="0,62 %/tháng",
                    grace=1, payments=2)],
        sell=0.05, tax=0.01, other=30,
        hist=[(2024, 3000, 840, 120), (2025, 3300, 940, 150), (2026, 3550, 1020, 180)],
    ),
    "ef04_nuoc_mam_ky_xuan_hkd": dict(
        quarters=[20, 25, 25, 30],
        unit="lít",
        products=[("Nước mắm 40 độ đạm chai 500 ml", "chai", 0.5, 65000, 6000, [24000, 26000, 28000]),
                  ("Nước mắm 25 độ đạm can 2 lít", "can", 2.0, 90000, 12000, [6000, 6500, 7000])],
        raw=("Cá cơm tươi", 1.3, 16000), aux=("Muối hạt (0,45 kg/lít × 4.000 đ)", 1800),
        supply=[("Cá cơm theo hợp đồng với 4 chủ tàu bến Kỳ Xuân", 30000),
                ("Cá cơm mua thêm tại bến vào vụ cá", 8000)],
        energy=1000, wage=6.5,
        staff=[("Chủ hộ, quản lý", [1, 1, 1]), ("Ủ chượp, kéo rút", [3, 3, 3]), ("Lọc, chiết, đóng can", [2, 2, 2])],
        cap=(33000, "36 thùng × 1.200 kg cá = 43.200 kg cá/năm, tương đương khoảng 33.000 lít"),
        invest=[("Thùng gỗ ủ chượp bổ sung (12 thùng)", 180, 10), ("Nhà ủ chượp, kho thành phẩm", 250, 10),
                ("Máy lọc, máy chiết rót", 150, 6), ("Bể lắng, hệ thống xử lý nước thải", 60, 10),
                ("Vốn lưu động", 260, None)],
        sources=[("Vốn tự có của hộ", 400), ("Vay Agribank chi nhánh Kỳ Anh", 400),
                 ("Vay anh Đặng Văn Tường (em trai chủ hộ)", 100)],
        loans=[dict(lender="Agribank chi nhánh Kỳ Anh", amount=400, rate=0.078, rate_text="0,65 %/tháng",
                    grace=1, payments=4),
               dict(lender="anh Đặng Văn Tường", amount=100, rate=0.0, rate_text="không tính lãi",
                    grace=1, payments=2)],
        sell=0.05, tax=0.015, other=50,
        hist=[(2024, 18000, 1450, 180), (2025, 20000, 1640, 230), (2026, 21500, 1800, 270)],
    ),
    "ef05_banh_da_me_trung_loc_htx": dict(
        quarters=[25, 20, 20, 35],
        unit="kg",
        products=[("Bánh đa mè túi 10 chiếc (0,5 kg)", "túi", 0.5, 32000, 1000, [40000, 44000, 48000]),
                  ("Bánh đa mè thùng 5 kg", "thùng", 5.0, 280000, 8000, [3000, 3300, 3600])],
        raw=("Gạo tẻ", 1.1, 14000), aux=("Vừng đen, gừng, muối", 6000),
        supply=[("Gạo tẻ theo hợp đồng với HTX Nông nghiệp Trung Lộc", 40000),
                ("Gạo của các thành viên", 8000)],
        energy=3000, wage=5.5,
        staff=[("Ban quản lý, kế toán", [2, 2, 2]), ("Xay bột, tráng bánh", [6, 6, 7]),
               ("Phơi, sấy, đóng gói", [2, 2, 2])],
        cap=(2 * 80 * 300, "2 dây chuyền × 80 kg/ngày × 300 ngày = 48.000 kg/năm"),
        invest=[("Dây chuyền tráng bánh bán tự động", 320, 8), ("Nhà phơi có mái che 300 m²", 200, 10),
                ("Lò sấy bánh", 100, 5), ("Vốn lưu động", 180, None)],
        sources=[("Vốn góp của thành viên", 200), ("Vay Agribank chi nhánh Can Lộc", 600)],
        loans=[dict(lender="Agribank chi nhánh Can Lộc", amount=600, rate=0.072, rate_text="7,2 %/năm",
                    grace=1, principal=[0, 150, 150, 150])],
        sell=0.04, tax=0.015, other=50,
        hist=[(2024, 28000, 1650, 120), (2025, 30000, 1780, 150), (2026, 31500, 1890, 180)],
        over={"repay_total": 600},
        pack_label="Túi, thùng đóng gói",
    ),
    "ef06_ruou_nep_sim_thach_dai_hkd": dict(
        quarters=[20, 20, 30, 30],
        unit="lít",
        products=[("Rượu nếp sim chai 500 ml", "chai", 0.5, 85000, 7000, [12000, 13200, 14400]),
                  ("Rượu nếp sim bình sứ 1 lít", "bình", 1.0, 200000, 35000, [1500, 1650, 1800])],
        raw=("Gạo nếp cái", 1.2, 20000), aux=("Quả sim chín, men lá", 12000),
        supply=[("Gạo nếp cái của hộ và 6 hộ liên kết", 10000), ("Gạo nếp mua thêm trong xã", 3000)],
        energy=3000, wage=6.0,
        staff=[("Chủ hộ, quản lý", [1, 1, 1]), ("Nấu, ủ, chưng cất", [2, 2, 2]), ("Ngâm sim, lọc, chiết chai", [2, 2, 2])],
        cap=(20 * 2 * 280, "20 lít/mẻ × 2 mẻ/ngày × 280 ngày = 11.200 lít/năm"),
        invest=[("Nồi chưng cất inox, hệ thống làm lạnh", 180, 8), ("Chum, bể ngâm rượu sim", 80, 10),
                ("Nhà xưởng, kho rượu 80 m²", 200, 10), ("Máy lọc, máy chiết chai", 90, 6),
                ("Vốn lưu động", 150, None)],
        sources=[("Vốn của hộ", 200), ("Vay Agribank chi nhánh Thạch Hà", 500)],
        loans=[dict(lender="Agribank chi nhánh Thạch Hà", amount=500, rate=0.084, rate_text="0,7 %/tháng",
                    grace=0, payments=5)],
        sell=0.06, tax=0.03, other=40,
        hist=[(2024, 5600, 970, 150), (2025, 6100, 1060, 180), (2026, 6700, 1170, 210)],
        over={"profit_without_interest": True},
    ),
    "ef07_dau_lac_phuc_dong_cty": dict(
        quarters=[25, 20, 25, 30],
        unit="lít",
        products=[("Dầu lạc chai 500 ml", "chai", 0.5, 90000, 4000, [30000, 34000, 38000]),
                  ("Dầu lạc can 2 lít", "can", 2.0, 340000, 9000, [5000, 5500, 6000])],
        raw=("Lạc nhân", 2.5, 35000), aux=None,
        supply=[("Lạc nhân theo hợp đồng với HTX Nông nghiệp Phúc Đồng", 45000),
                ("Lạc nhân thu mua của các hộ trong xã", 20000)],
        energy=3000, wage=6.5,
        staff=[("Giám đốc, kế toán", [2, 2, 2]), ("Rang, ép, lọc dầu", [4, 4, 4]), ("Chiết rót, bán hàng", [2, 2, 2])],
        cap=(2 * 60 * 280, "2 máy × 60 lít/ngày × 280 ngày = 33.600 lít/năm"),
        invest=[("Máy ép dầu trục vít (2 máy)", 400, 8), ("Máy rang, máy bóc vỏ lụa", 200, 8),
                ("Bể lắng, máy lọc dầu", 160, 8), ("Nhà xưởng, kho 200 m²", 350, 10),
                ("Thiết kế bao bì, công bố, nhãn hiệu", 90, 5), ("Vốn lưu động", 500, None)],
        sources=[("Vốn chủ sở hữu", 500), ("Vay Agribank chi nhánh Hương Khê", 800),
                 ("Trả chậm tiền máy ép cho nhà cung cấp", 200)],
        loans=[dict(lender="Agribank chi nhánh Hương Khê", amount=800, rate=0.075, rate_text="7,5 %/năm",
                    grace=0, payments=4),
               dict(lender="nhà cung cấp máy ép (trả chậm)", amount=200, rate=0.0, rate_text="không tính lãi",
                    grace=0, payments=2)],
        sell=0.05, tax=0.015, other=100,
        hist=[(2024, 19000, 3200, 420), (2025, 21000, 3500, 480), (2026, 22500, 3800, 540)],
        no_balance_row=True,
    ),
    "ef08_tra_ca_gai_leo_thach_lac_tht": dict(
        quarters=[20, 30, 30, 20],
        unit="kg",
        products=[("Trà cà gai leo túi lọc hộp 100 g", "hộp", 0.1, 50000, 6000, [20000, 22000, 24000]),
                  ("Cà gai leo khô gói 500 g", "gói", 0.5, 90000, 2500, [4000, 4400, 4800])],
        raw=("Cà gai leo tươi", 4.0, 8000), aux=None,
        supply=[("Cà gai leo của 9 tổ viên (4,5 ha × 4.000 kg)", 18000),
                ("Cà gai leo mua của hộ liên kết", 3000)],
        energy=8000, wage=6.0,
        staff=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Sơ chế, sấy, nghiền", [3, 3, 3]), ("Đóng túi, đóng hộp", [2, 2, 2])],
        cap=(20 * 260, "20 kg thành phẩm/ngày × 260 ngày = 5.200 kg/năm"),
        invest=[("Máy sấy nhiệt", 140, 7), ("Máy nghiền, máy đóng túi lọc", 210, 7),
                ("Nhà sơ chế 70 m²", 100, 10), ("Vốn lưu động", 150, None)],
        sources=[("Vốn góp của tổ viên", 300), ("Vay Quỹ Hỗ trợ nông dân tỉnh", 300)],
        loans=[dict(lender="Quỹ Hỗ trợ nông dân tỉnh", amount=300, rate=0.072, rate_text="0,6 %/tháng",
                    grace=0, payments=3)],
        sell=0.06, tax=0.01, other=60,
        hist=[(2024, 3000, 1000, 220), (2025, 3300, 1100, 250), (2026, 3600, 1200, 290)],
        over={"interest_cost": [21.6, 21.6, 21.6]},
    ),
    "ef09_mam_tom_ho_do_cty": dict(
        quarters=[15, 35, 35, 15],
        unit="kg",
        products=[("Mắm tôm hũ 250 g", "hũ", 0.25, 35000, 3000, [20000, 22000, 24000]),
                  ("Mắm tôm hũ 500 g", "hũ", 0.5, 65000, 4000, [10000, 11000, 13000]),
                  ("Mắm tôm thùng 5 kg", "thùng", 5.0, 450000, 10000, [600, 700, 800])],
        raw=("Moi tươi", 0.9, 25000), aux=("Muối hạt", 1000),
        supply=[("Moi tươi theo hợp đồng với 5 chủ thuyền bến Hộ Độ", 12000),
                ("Moi mua thêm tại bến vào vụ", 4000)],
        energy=1500, wage=6.0,
        staff=[("Giám đốc, kế toán", [2, 2, 2]), ("Ủ, đảo, xay mắm", [3, 3, 3]), ("Đóng hũ, giao hàng", [3, 3, 3])],
        cap=(50 * 145 * 2, "50 bể × 145 kg/mẻ × 2 mẻ/năm = 14.500 kg/năm"),
        invest=[("Nhà phơi mắm mái kính 120 m²", 180, 10), ("Máy xay, máy trộn mắm", 120, 8),
                ("Máy chiết rót, đóng nắp", 150, 6), ("Hệ thống xử lý nước thải, khử mùi", 110, 10),
                ("Thiết kế bao bì, hồ sơ công bố", 60, 5), ("Vốn lưu động", 280, None)],
        sources=[("Vốn chủ sở hữu", 200), ("Vay Agribank chi nhánh Lộc Hà", 700)],
        loans=[dict(lender="Agribank chi nhánh Lộc Hà", amount=700, rate=0.078, rate_text="7,8 %/năm",
                    grace=1, payments=4)],
        sell=0.05, tax=0.015, other=50,
        hist=[(2024, 9500, 1150, 180), (2025, 10800, 1320, 230), (2026, 11800, 1480, 290)],
        over={"payback": 0.8},
    ),
    "ef10_bun_kho_cam_trung_co_so": dict(
        quarters=[25, 25, 25, 25],
        unit="kg",
        products=[("Bún khô gói 500 g", "gói", 0.5, 22000, 800, [16000, 17600, 19200]),
                  ("Bún khô bao 10 kg", "bao", 10.0, 360000, 5000, [1200, 1300, 1400])],
        raw=("Gạo tẻ", 1.15, 12000), aux=None,
        supply=[("Gạo từ 1,2 ha ruộng của gia đình", 8000),
                ("Gạo mua của các hộ trồng lúa trong thôn", 20000)],
        energy=2500, wage=5.0,
        staff=[("Chủ cơ sở", [1, 1, 1]), ("Ngâm, xay, ép bún", [1, 1, 1]), ("Phơi, sấy, đóng gói", [1, 1, 1])],
        cap=(30 * 4 * 300, "30 kg/giờ × 4 giờ/ngày × 300 ngày = 36.000 kg/năm"),
        invest=[("Máy ép đùn bún", 120, 8), ("Giàn phơi, lò sấy", 90, 6), ("Cải tạo bếp, nền nhà", 60, 10),
                ("Vốn lưu động", 50, None)],
        sources=[("Tiền tích lũy của gia đình", 160), ("Vay Ngân hàng Chính sách xã hội", 100),
                 ("Vay chị gái (bà Phan Thị Nhàn)", 60)],
        loans=[dict(lender="Ngân hàng Chính sách xã hội", amount=100, rate=0.0792, rate_text="0,66 %/tháng",
                    grace=0, payments=4),
               dict(lender="bà Phan Thị Nhàn", amount=60, rate=0.0, rate_text="không tính lãi",
                    grace=1, payments=2)],
        sell=0.03, tax=0.0, other=20,
        hist=[(2024, 15000, 590, 80), (2025, 16500, 640, 95), (2026, 18000, 700, 115)],
        over={"rev_line": (0, 1, 25000)},  # 2028 packs at the old 25.000 đ
    ),
}

READY = ("ef01_keo_cu_do_xuan_giang_cty", "ef02_mat_ong_huong_trach_htx", "ef03_che_xanh_son_tay_tht",
         "ef04_nuoc_mam_ky_xuan_hkd")


# --------------------------------------------------------------------------- the model

def r1(x: float) -> float:
    return float(Decimal(str(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def schedule(loan: dict) -> list[tuple[int, float, float, float, float]]:
    """(year, opening, principal, interest, closing), interest on the opening balance."""
    amount = loan["amount"]
    if "principal" in loan:
        pr = list(loan["principal"])
    else:
        pr = [0.0] * loan["grace"] + [amount / loan["payments"]] * loan["payments"]
    rows, bal = [], float(amount)
    for i, p in enumerate(pr):
        interest = r1(bal * loan["rate"])
        rows.append((2027 + i, bal, r1(p), interest, r1(bal - p)))
        bal = r1(bal - p)
    return rows


def model(P: dict, stated: bool = True) -> dict:
    """Every table of the plan as (caption key -> {row label: [values]}) plus scalars."""
    over = P.get("over", {}) if stated else {}
    out: dict = {}
    prods = P["products"]
    qty = {p[0]: p[5] for p in prods}
    output = [round(sum(p[2] * p[5][y] for p in prods), 3) for y in range(3)]
    need = [round(output[y] * P["raw"][1]) for y in range(3)]
    out["output"], out["need"] = output, need
    t = {p[0] + f" ({p[1]})": list(p[5]) for p in prods}
    t[f"Tổng sản lượng ({P['unit']})"] = output
    t[f"{P['raw'][0]} cần dùng (kg)"] = need
    out["prod"] = t
    supply = sum(s[1] for s in P["supply"])
    t = {f"Nhu cầu {P['raw'][0].lower()} (kg)": need}
    for lab, kg in P["supply"]:
        t[lab] = [kg] * 3
    t["Tổng nguồn cung (kg)"] = [supply] * 3
    if not P.get("no_balance_row"):
        t["Chênh lệch (nguồn cung – nhu cầu)"] = [supply - n for n in need]
    out["raw"] = t
    out["supply"] = supply
    staff = [sum(s[1][y] for s in P["staff"]) for y in range(3)]
    t = {lab: list(v) for lab, v in P["staff"]}
    t["Cộng"] = staff
    out["staff"], out["staff_t"] = staff, t
    inv_total = sum(i[1] for i in P["invest"])
    dep_items = {i[0]: r1(i[1] / i[2]) for i in P["invest"] if i[2]}
    dep = r1(sum(dep_items.values()))
    t = {i[0]: [i[1]] + ([i[2], dep_items[i[0]]] if i[2] else []) for i in P["invest"]}
    t["Tổng cộng"] = [inv_total, dep]
    out["inv"], out["inv_total"], out["dep"] = t, inv_total, dep
    src_total = sum(s[1] for s in P["sources"])
    t = {s[0]: [s[1], r1(s[1] / src_total * 100)] for s in P["sources"]}
    t["Cộng nguồn vốn"] = [src_total, 100]
    out["src"], out["src_total"] = t, src_total
    interest = [0.0, 0.0, 0.0]
    principal = [0.0, 0.0, 0.0]
    out["loans"] = []
    for ln in P["loans"]:
        rows = schedule(ln)
        t = {str(r[0]): [r[1], r[2], r[3], r[4]] for r in rows}
        tot_p = r1(sum(r[2] for r in rows))
        if stated and "repay_total" in over:
            tot_p = over["repay_total"]
        t["Cộng"] = [tot_p, r1(sum(r[3] for r in rows))]
        out["loans"].append((ln, t, rows))
        for r in rows:
            if r[0] in YEARS:
                interest[r[0] - 2027] += r[3]
                principal[r[0] - 2027] += r[2]
    interest = [r1(x) for x in interest]
    out["interest_true"] = interest
    if "interest_cost" in over:
        interest = list(over["interest_cost"])
    out["principal"] = [r1(x) for x in principal]
    rev_lines = {}
    for i, p in enumerate(prods):
        vals = [r1(p[5][y] * p[3] / 1e6) for y in range(3)]
        if "rev_line" in over and over["rev_line"][0] == i:
            _, y, price = over["rev_line"]
            vals[y] = r1(p[5][y] * price / 1e6)
        rev_lines[f"{p[0]} ({fmt_int(p[3])} đ/{p[1]})"] = vals
    rev = [r1(sum(v[y] for v in rev_lines.values())) for y in range(3)]
    t = dict(rev_lines)
    t["Tổng doanh thu"] = rev
    out["rev_t"], out["rev"] = t, rev
    cost = {}
    cost[f"{P['raw'][0]} ({fmt_int(P['raw'][2])} đ/kg)"] = [r1(need[y] * P["raw"][2] / 1e6) for y in range(3)]
    if P["aux"]:
        cost[P["aux"][0]] = [r1(output[y] * P["aux"][1] / 1e6) for y in range(3)]
    cost[P.get("pack_label", "Bao bì, tem nhãn")] = [r1(sum(p[5][y] * p[4] for p in prods) / 1e6) for y in range(3)]
    cost["Tiền công lao động"] = [r1(staff[y] * P["wage"] * 12) for y in range(3)]
    cost["Điện, nhiên liệu"] = [r1(output[y] * P["energy"] / 1e6) for y in range(3)]
    cost["Khấu hao tài sản cố định"] = [dep] * 3
    cost["Lãi vay"] = interest
    cost["Bán hàng, quảng bá"] = [r1(rev[y] * P["sell"]) for y in range(3)]
    if P["tax"]:
        cost["Thuế, phí"] = [r1(rev[y] * P["tax"]) for y in range(3)]
    cost["Quản lý, chi phí khác"] = [float(P["other"])] * 3
    total = [r1(sum(v[y] for v in cost.values())) for y in range(3)]
    cost["Tổng chi phí"] = total
    out["cost_t"], out["cost"] = cost, total
    if over.get("profit_without_interest"):
        profit = [r1(rev[y] - (total[y] - interest[y])) for y in range(3)]
    else:
        profit = [r1(rev[y] - total[y]) for y in range(3)]
    out["profit"] = profit
    margin = [r1(profit[y] / rev[y] * 100) for y in range(3)]
    out["sum_t"] = {"Doanh thu": rev, "Tổng chi phí": total, "Trong đó: lãi vay": interest,
                    "Lợi nhuận": profit, "Tỷ suất lợi nhuận/doanh thu (%)": margin}
    srcpay = [r1(profit[y] + dep) for y in range(3)]
    out["debt_t"] = {"Lợi nhuận": profit, "Khấu hao": [dep] * 3, "Nguồn trả nợ": srcpay,
                     "Trả nợ gốc trong năm": out["principal"],
                     "Còn lại sau trả nợ gốc": [r1(srcpay[y] - out["principal"][y]) for y in range(3)]}
    avg = r1(sum(profit) / 3)
    out["avg"] = avg
    out["payback"] = over.get("payback", r1(inv_total / (avg + dep)))
    out["payback_exact"] = inv_total / (avg + dep)
    sh = P.get("quarters", [20, 25, 25, 30])
    qo = [round(output[0] * x / 100) for x in sh]
    t = {f"Quý {q}": [x, qo[i], round(qo[i] * P["raw"][1])] for i, (q, x) in enumerate(zip(("I", "II", "III", "IV"), sh))}
    t["Cả năm 2027"] = [sum(sh), sum(qo), sum(round(v * P["raw"][1]) for v in qo)]
    out["quarter_t"] = t
    back = [r1(profit[y] + dep) for y in range(3)]
    cum = [r1(sum(back[:y + 1])) for y in range(3)]
    out["recover_t"] = {"Lợi nhuận và khấu hao trong năm": back, "Lũy kế thu hồi": cum,
                        "Vốn đầu tư còn phải thu hồi": [r1(inv_total - c) for c in cum]}
    out["hist_t"] = {"Sản lượng (" + P["unit"] + ")": [h[1] for h in P["hist"]],
                     "Doanh thu (triệu đồng)": [h[2] for h in P["hist"]],
                     "Lợi nhuận (triệu đồng)": [h[3] for h in P["hist"]]}
    return out


def fmt_int(x: float) -> str:
    return f"{int(round(x)):,}".replace(",", ".")


def fmt(x: float) -> str:
    """Vietnamese number: 1.234,5 / 1.234 / -12,5."""
    neg = x < 0
    x = abs(r1(x))
    whole = int(x)
    dec = round((x - whole) * 10)
    s = fmt_int(whole) + (f",{dec}" if dec else "")
    return ("-" if neg else "") + s


# captions the plan prints (generator and checker share them)
CAPTIONS = {
    "hist_t": "Kết quả sản xuất kinh doanh 2024 – 2026",
    "staff_t": "Bố trí lao động",
    "prod": "Kế hoạch sản lượng 2027 – 2029",
    "raw": "Cân đối nguyên liệu",
    "inv": "Tổng vốn đầu tư và khấu hao",
    "src": "Cơ cấu nguồn vốn",
    "rev_t": "Dự kiến doanh thu",
    "cost_t": "Dự toán chi phí",
    "sum_t": "Tổng hợp hiệu quả kinh tế",
    "debt_t": "Khả năng trả nợ",
    "quarter_t": "Kế hoạch sản xuất theo quý năm 2027",
    "recover_t": "Thu hồi vốn đầu tư",
}


def loan_caption(ln: dict) -> str:
    return f"Kế hoạch trả nợ khoản vay {ln['lender']}"


# --------------------------------------------------------------------------- reading the plan

def num(cell: str) -> float | None:
    c = cell.strip().replace("\u2212", "-")
    if not re.fullmatch(r"-?[\d.]+(,\d+)?", c):
        return None
    return plancheck.vn(c)


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> dict[str, list[float]]:
        """Rows of the table under the line that names the caption: label -> its numbers."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if caption in line and not line.startswith("|") and re.match(r"\**Bảng \d+\.", line):
                rows: dict[str, list[float]] = {}
                j = i + 1
                while j < len(lines) and not lines[j].startswith("|"):
                    j += 1
                while j < len(lines) and lines[j].startswith("|"):
                    cells = [c.strip() for c in lines[j].strip().strip("|").split("|")]
                    label = cells[1] if len(cells) > 1 and num(cells[1]) is None and cells[1] else cells[0]
                    if label and not set(label) <= set("-: "):
                        rows[label] = [v for c in cells[1:] if (v := num(c)) is not None]
                    j += 1
                return rows
        self.failures.append(f"table not found: {caption}")
        return {}

    def words(self) -> int:
        return len(self.body.split())


def cells(m: dict) -> list[tuple[str, str, int, float]]:
    """(table, row, column, value) of every number the model prints."""
    out = []
    for key in CAPTIONS:
        for lab, vals in m[key].items():
            for k, v in enumerate(vals):
                out.append((CAPTIONS[key], lab, k, v))
    for ln, t, _ in m["loans"]:
        for lab, vals in t.items():
            for k, v in enumerate(vals):
                out.append((loan_caption(ln), lab, k, v))
    return out


def compare(p: Plan, P: dict, planted: set, knock: set) -> tuple[dict, dict]:
    """Every printed cell equals the stated model; against the true model only the declared
    planted rows (at least one cell off by > 5 %) and knock-on rows (table, row) may differ."""
    ms, mt = model(P, True), model(P, False)
    read: dict[str, dict] = {}
    worst: dict[tuple, float] = {}
    for (cap, lab, k, v), (_, _, _, w) in zip(cells(ms), cells(mt)):
        if cap not in read:
            read[cap] = p.table(cap)
        row = read[cap].get(lab)
        if row is None:
            p.failures.append(f"row not found: {cap} / {lab}")
            continue
        got = row[k] if k < len(row) else None
        if got is None or not (close(got, v) or abs(got - v) <= 0.051):
            p.failures.append(f"{cap} / {lab} [{k}]: plan {got}, model {v}")
        same = close(v, w) or abs(v - w) <= 0.051
        worst[(cap, lab)] = max(worst.get((cap, lab), 0.0), 0.0 if same else abs(v - w) / max(abs(w), 1e-9) * 100)
        if not same and (cap, lab) not in planted | knock:
            p.failures.append(f"undeclared difference {cap} / {lab} [{k}]: stated {v}, true {w}")
    for key in planted:
        if worst.get(key, 0.0) <= 5:
            p.failures.append(f"PLANTED {key} not off by more than 5 % ({worst.get(key, 0.0):.1f} %)")
    for cap, tab in read.items():  # nothing printed that the model does not know
        known = {lab for (c, lab, _, _) in cells(ms) if c == cap}
        for lab in tab:
            if lab not in known and tab[lab]:
                p.failures.append(f"unchecked row with numbers: {cap} / {lab}")
    return ms, mt


def feasibility(p: Plan, P: dict, m: dict, skip: set[str]) -> None:
    """Need within supply, output within capacity, sources = investment, principal = loan,
    growth and margins plausible, debt service covered, interest falling; `skip` names the
    facts a planted defect breaks (asserted separately)."""
    if "supply" not in skip:
        p.check(all(n <= m["supply"] for n in m["need"]), "raw-material need within supply")
    if "capacity" not in skip:
        p.check(all(o <= P["cap"][0] for o in m["output"]), "output within capacity")
    if "sources" not in skip:
        p.check(m["src_total"] == m["inv_total"], "sources = investment")
    if "principal" not in skip:
        for ln, _, rows in m["loans"]:
            p.check(close(sum(r[2] for r in rows), ln["amount"]) and rows[-1][4] == 0, f"principal = loan {ln['lender']}")
    p.check(sum(ln["amount"] for ln in P["loans"]) == sum(s[1] for s in P["sources"] if s[0].startswith(("Vay", "Trả chậm"))),
            "loans = the borrowed sources")
    out_h, rev_h = P["hist"][-1][1], P["hist"][-1][2]
    p.check(m["output"][0] / out_h < 1.2 and all(m["output"][y] / m["output"][y - 1] < 1.2 for y in (1, 2)),
            "output growth under 20 %")
    if "growth" not in skip:
        p.check(m["rev"][0] / rev_h < 1.5 and all(m["rev"][y] / m["rev"][y - 1] < 1.2 for y in (1, 2)),
                "revenue growth under 20 % a year (2027 on 2026 with the new prices under 50 %)")
    p.check(all(0.05 < m["profit"][y] / m["rev"][y] < 0.35 for y in range(3)), "margin 5–35 %")
    if "debt" not in skip:
        p.check(all(m["debt_t"]["Còn lại sau trả nợ gốc"][y] > 0 for y in range(3)), "debt service covered")
    if "interest" not in skip:
        it = m["interest_true"]
        p.check(it[0] >= it[1] >= it[2] and it[0] > it[2], "interest falls as the loan is repaid")


def common_text(p: Plan, P: dict, m: dict) -> None:
    p.has(P["cap"][1], f"{fmt(m['inv_total'])} triệu đồng")
    p.lacks(PLACEHOLDER, "template placeholder")


def ready_text(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Cục Sở hữu trí tuệ",
          "tiêu chuẩn cơ sở", "tự công bố", "an toàn thực phẩm")
    p.lacks(REPLACED, "ready plan cites a replaced instrument or a district body")


# --------------------------------------------------------------------------- per plan

T_LOAN = loan_caption
SUM, COST, REV, DEBT = CAPTIONS["sum_t"], CAPTIONS["cost_t"], CAPTIONS["rev_t"], CAPTIONS["debt_t"]
REC = {(CAPTIONS["recover_t"], x) for x in ("Lợi nhuận và khấu hao trong năm", "Lũy kế thu hồi",
                                            "Vốn đầu tư còn phải thu hồi")}


def check_plan(stem: str) -> Plan:
    P = C[stem]
    p = Plan(stem)
    planted: set = set()
    knock: set = set()
    skip: set[str] = set()
    if stem.startswith("ef05"):
        ln = P["loans"][0]
        planted = {(T_LOAN(ln), "Cộng")}
    elif stem.startswith("ef06"):
        planted = {(SUM, "Lợi nhuận")}
        knock = {(SUM, "Tỷ suất lợi nhuận/doanh thu (%)"), (DEBT, "Lợi nhuận"), (DEBT, "Nguồn trả nợ"),
                 (DEBT, "Còn lại sau trả nợ gốc")} | REC
    elif stem.startswith("ef08"):
        planted = {(COST, "Lãi vay"), (SUM, "Trong đó: lãi vay")}
        knock = {(COST, "Tổng chi phí"), (SUM, "Tổng chi phí"), (SUM, "Lợi nhuận"),
                 (SUM, "Tỷ suất lợi nhuận/doanh thu (%)"), (DEBT, "Lợi nhuận"), (DEBT, "Nguồn trả nợ"),
                 (DEBT, "Còn lại sau trả nợ gốc")} | REC
    elif stem.startswith("ef10"):
        planted = {(REV, "Bún khô gói 500 g (22.000 đ/gói)")}
        knock = {(REV, "Tổng doanh thu"), (COST, "Bán hàng, quảng bá"), (COST, "Tổng chi phí"),
                 (SUM, "Doanh thu"), (SUM, "Tổng chi phí"), (SUM, "Lợi nhuận"), (SUM, "Tỷ suất lợi nhuận/doanh thu (%)"),
                 (DEBT, "Lợi nhuận"), (DEBT, "Nguồn trả nợ"), (DEBT, "Còn lại sau trả nợ gốc")} | REC
    ms, mt = compare(p, P, planted, knock)
    if stem.startswith("ef05"):
        skip = {"principal"}
        ln, t, rows = ms["loans"][0]
        true_sum = sum(r[2] for r in rows)
        p.check(true_sum == 450 and t["Cộng"][0] == 600 and off(600, true_sum) and rows[-1][4] == 150,
                "PLANTED repayment table: Cộng trả gốc 600 but the rows sum to 450; 150 still owed after 2030")
    if stem.startswith("ef07"):
        skip = {"supply", "sources"}
        p.check(ms["src_total"] == 1500 and ms["inv_total"] == 1700 and off(1500, 1700),
                "PLANTED sources 1.500 against investment 1.700 (−11,8 %)")
        p.check(ms["need"][0] <= ms["supply"] and off(ms["need"][1], ms["supply"]) and off(ms["need"][2], ms["supply"])
                and ms["need"][2] > ms["supply"] * 1.05, "PLANTED lạc need 70.000 / 77.500 kg against 65.000 kg supply")
    if stem.startswith("ef09"):
        skip = {"capacity"}
        p.check(all(o <= P["cap"][0] for o in ms["output"][:2]) and off(ms["output"][2], P["cap"][0])
                and ms["output"][2] > P["cap"][0], "PLANTED 2029 output above the 50 vats' 14.500 kg")
        p.check(off(0.8, mt["payback_exact"]) and ms["payback"] == 0.8, "PLANTED payback 1,0 against the true one")
    if stem.startswith("ef06"):
        p.check(all(off(ms["profit"][y], mt["profit"][y]) for y in range(3)),
                "PLANTED profit = revenue − cost before interest, > 5 % off every year")
    if stem.startswith("ef08"):
        p.check(off(ms["interest_true"][1], 21.6) and off(ms["interest_true"][2], 21.6),
                "PLANTED cost-table interest 21,6 every year vs 14,4 / 7,2 in the repayment table")
    if stem.startswith("ef10"):
        skip = {"growth"}
        p.check(off(ms["rev_t"]["Bún khô gói 500 g (22.000 đ/gói)"][1], 17600 * 22000 / 1e6),
                "PLANTED 2028 bag revenue 440 vs 17.600 × 22.000 = 387,2")
    feasibility(p, P, ms, skip | ({"interest"} if stem.startswith("ef08") else set()))
    common_text(p, P, ms)
    # the payback sentence the plan prints
    p.has(f"≈ {fmt(ms['payback'])} năm")
    if stem in READY:
        ready_text(p)
    return p


def sketchy() -> list[Plan]:
    a = Plan("ef11_banh_ram_thach_bang_so_sai")
    a.has("khoảng 30.000 chiếc", "3.000 đồng/chiếc", "khoảng 90 triệu đồng", "vay thêm khoảng 50 triệu đồng")
    a.check(30000 * 3000 == 90e6, "30.000 × 3.000 = 90 triệu")
    a.check(len(a.rows) == 0 and 150 <= a.words() <= 320, f"no table, 150–320 words ({a.words()})")
    a.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|công bố|"
            r"nhãn|môi trường|truy xuất|sổ ghi", "every tolerated gap is real")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ef12_non_la_ky_phong_so_sai")
    b.has("khoảng 6.000 chiếc", "45.000 đồng/chiếc", "khoảng 270 triệu đồng", "vay khoảng 40 triệu đồng")
    b.check(6000 * 45000 == 270e6, "6.000 × 45.000 = 270 triệu")
    b.check(len(b.rows) == 0 and 150 <= b.words() <= 320, f"no table, 150–320 words ({b.words()})")
    b.lacks(r"đăng ký|giấy phép|mã số thuế|giấy chứng nhận|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|sổ ghi",
            "every tolerated gap is real")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


TEXT_CHECKS: dict[str, list] = {}  # filled below: stem -> [(kind, arg, what)]


def text_checks(p: Plan) -> None:
    for kind, arg, what in TEXT_CHECKS.get(p.stem, []):
        if kind == "has":
            p.has(arg)
        elif kind == "lacks":
            p.lacks(arg, what)
        elif kind == "count":
            p.check(p.count(arg[0]) == arg[1], f"{what}: {arg[0]!r} {p.count(arg[0])} times")


TEXT_CHECKS.update({
    "ef05_banh_da_me_trung_loc_htx": [
        ("lacks", r"nhãn(?! hiệu)|tem nhãn hàng|43/2017|111/2021|mã vạch|\bQR\b", "PLANTED no label, label content or labelling decree"),
        ("lacks", r"kiểm soát|kiểm tra|truy xuất|lưu mẫu|nhật ký|sổ ghi|\blô\b|HACCP|ISO", "PLANTED no internal quality control"),
        ("has", "tiêu chuẩn cơ sở", ""), ("has", "tự công bố", ""), ("has", "an toàn thực phẩm", ""),
        ("has", "Cục Sở hữu trí tuệ", ""),
    ],
    "ef06_ruou_nep_sim_thach_dai_hkd": [
        ("lacks", r"giấy phép|105/2017|17/2020|cấp phép", "PLANTED no alcohol production licence"),
        ("lacks", r"môi trường|nước thải|\bbã\b|chất thải|xử lý|khói|mùi hôi", "PLANTED no environmental measure"),
        ("has", "Giấy chứng nhận đăng ký hộ kinh doanh", ""), ("has", "tự công bố", ""), ("has", "độ cồn", ""),
    ],
    "ef07_dau_lac_phuc_dong_cty": [
        ("has", "1048/QĐ-TTg", ""), ("has", "781/QĐ-TTg", ""), ("has", "Phòng Nông nghiệp và Phát triển nông thôn huyện", ""),
        ("lacks", r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the instruments in force are not cited"),
        ("has", "đủ nguyên liệu cho cả giai đoạn", ""),
        ("has", "tổng nguồn vốn huy động 1.500 triệu đồng, đáp ứng nhu cầu vốn của phương án", ""),
    ],
    "ef08_tra_ca_gai_leo_thach_lac_tht": [
        ("lacks", r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|kiểm nghiệm|thử nghiệm|quy chuẩn", "PLANTED no product standard"),
        ("lacks", r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|logo|chỉ dẫn địa lý", "PLANTED no trademark"),
        ("has", "43/2017/NĐ-CP", ""), ("has", "an toàn thực phẩm", ""),
    ],
    "ef09_mam_tom_ho_do_cty": [
        ("count", ("Công ty TNHH Mắm tôm Thanh Hải", 2), "PLANTED another producer's name, twice"),
        ("has", "hệ thống bể ủ hiện có đáp ứng sản lượng cả giai đoạn", ""),
    ],
    "ef10_bun_kho_cam_trung_co_so": [
        ("lacks", r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|công ty|"
                  r"hợp tác xã|tổ hợp tác|thành lập", "PLANTED no business registration or plan to register"),
        ("lacks", r"khách hàng|đại lý|cửa hàng|\bchợ\b|quán|siêu thị|thương lái|bán buôn|bán lẻ|facebook|zalo|"
                  r"nhà hàng|bếp ăn|đầu mối|phân phối|trực tuyến|hội chợ|kênh", "PLANTED no sales channel"),
    ],
})


def main() -> int:
    plans = []
    for stem in C:
        p = check_plan(stem)
        text_checks(p)
        if stem in READY:
            m = model(C[stem])
            p.check(m["payback"] < 4, "ready payback under 4 years")
        plans.append(p)
    return plancheck.report(plans + sketchy())


if __name__ == "__main__":
    sys.exit(main())
