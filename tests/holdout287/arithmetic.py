"""The 287th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout287/arithmetic.py [kc01 kc05 ...]

Theme: hand work counted in man-days (ngày công). Every full plan (kc01-kc10) is limited by hands,
not machines. The constants give, per plan, the products (pack size in the plan's base unit, the
price and the packs of each year), the raw materials (norm per base unit, price, supply rows as
count x yield), the hand tasks with their norms (so many units per ngày công, or so many ngày công
per tonne, hectare or hive), the permanent hands with their working days, the months of the season
with the seasonal crew of each year, the day rates (or the piece rates of a plan that pays by the
piece), the salaried staff, the unit costs and fixed lines, investment items and capital sources,
loan balances and rate. From them `model()` computes every figure the plans print: output, raw
material need against supply, ngày công of each task and their total against the ngày công the
permanent and seasonal hands can give (month by month where a plan prints its season calendar),
the wage bill (permanent days x rate + the remaining days x the seasonal rate, or pieces x piece
rate), revenue, every cost line, profit, margin, payback = investment / (average profit +
depreciation), the 2024-2026 history. The generator of the plans (kept outside the repository)
imports the same `model()`.

Each plan's tables are found in its source by their caption ("Bảng N. ...") and every numeric cell
is compared with the model: a planted numeric defect must be wrong by more than 5 % against the
true value computed beside it, every other number right within 1 %. Independently of the model the
printed tables are checked as a reviewer would (items add up to their totals, revenue = packs x
price, profit = revenue - cost, sources = investment, ngày công = quantity / norm, need within
what the hands can give, need within supply): each such check must fail exactly where a defect is
planted. Textual defects are asserted by the absence or presence of their words; ready plans cite
no replaced instrument and no district level. Sketchy plans: 150-350 words, no table.
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

Y = range(3)
YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, [price đ per pack x3], [packs x3], pack cost đ)
# raws: (label, unit, norm per base unit, price đ per unit, [(supply label, [count x3], yield)])
# tasks: (label, basis, value, unit text, K): K None -> công = quantity / value ("so many per
#        công"); K a number -> công = quantity x value / K ("so many công per K units").
#        basis: "out" | ("out", [product idx]) | ("raw", i) | "packs" | ("fixed", [qty x3])
# perm: permanent hands per year, perm_days their working days a year
# months: the season (label, working days, main work); crew: seasonal hands per year
# pay: ("day", [rate permanent x3], [rate seasonal x3]) đ/công, or ("piece", [[đ per piece x3] per product])
# staff: (role, [count x3], monthly salary triệu)
# energy: đ per base unit; sell: triệu per year; other: triệu per year; tax: share of revenue
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance per year; rate a year
# hist: output 2024-2026, ngày công, average price đ per base unit, margin
PLANS: dict[str, dict] = {
    "kc01": dict(
        stem="kc01_banh_ram_duc_minh_htx", verdict="ready", unit="cái", money="tr",
        products=[("Bánh ram ít, hộp 10 cái", "hộp", 10, [50000, 52000, 54000], [24000, 26400, 28800], 4500),
                  ("Bánh ram chiên sẵn, túi 20 cái", "túi", 20, [68000, 70000, 72000], [11000, 12000, 13000], 2500),
                  ("Bánh ram sống cấp đông, túi 50 cái", "túi", 50, [125000, 130000, 135000], [2400, 2700, 3000], 3000)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 0.012, 30000,
               [("Hộ thành viên trồng nếp", [22, 22, 22], "hộ", 400),
                ("Hộ liên kết thôn Trung Hậu", [10, 10, 10], "hộ", 300)]),
              ("Thịt, tôm, mộc nhĩ làm nhân", "kg", 0.006, 140000,
               [("Cửa hàng thực phẩm Hồng Phúc (hợp đồng)", [1, 1, 1], "hợp đồng", 5000)])],
        own={},
        tasks=[("Vo, ngâm, xay bột nếp", ("raw", 0), 120, "kg gạo/công", None),
               ("Làm nhân bánh", ("raw", 1), 40, "kg nhân/công", None),
               ("Nặn, cuốn bánh bằng tay", "out", 450, "cái/công", None),
               ("Rán bánh (hai loại chiên)", ("out", [0, 1]), 1500, "cái/công", None),
               ("Đóng hộp, đóng túi, dán nhãn", "packs", 300, "hộp, túi/công", None)],
        perm=[6, 6, 6], perm_days=250,
        months=[("Tháng 1", 20, "Hàng Tết, đơn đặt trước"), ("Tháng 10", 22, "Cưới hỏi, hội nghị"),
                ("Tháng 11", 24, "Đơn đại lý, hàng cấp đông"), ("Tháng 12", 26, "Cao điểm hàng Tết")],
        crew=[8, 9, 11],
        pay=("day", [250000, 260000, 270000], [220000, 230000, 240000]),
        staff=[("Ban quản trị, kế toán", [2, 2, 2], 7.0), ("Bán hàng, giao hàng", [1, 1, 2], 6.5)],
        energy=400, sell=[80, 90, 100], other=40, tax=0.015,
        inv=[("Cải tạo xưởng một chiều 120 m²", 300, True), ("Tủ cấp đông, kho lạnh 20 m³", 180, True),
             ("Máy xay bột, máy trộn nhân, bếp chiên inox", 150, True),
             ("Máy hút chân không, máy hàn túi", 70, True),
             ("Bao bì, mã vạch, tem truy xuất", 50, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        hist=dict(out=[470000, 505000, 540000], cong=[1560, 1660, 1760], price=[3550, 3650, 3750],
                  margin=[0.08, 0.085, 0.09]),
        planted={}),
    "kc02": dict(
        stem="kc02_non_la_dong_tien_tht", verdict="ready", unit="chiếc", money="tr",
        products=[("Nón lá trắng 16 vòng, bán lẻ", "chiếc", 1, [100000, 104000, 108000], [7000, 7500, 8000], 2500),
                  ("Nón bài thơ lồng tranh, hộp giấy", "chiếc", 1, [240000, 250000, 260000], [2200, 2500, 2800], 15000),
                  ("Nón lá trắng bán sỉ cho cơ sở lưu niệm", "chiếc", 1, [80000, 82000, 84000], [6000, 6300, 6600], 1000)],
        raws=[("Lá nón (lá cọ non) phơi khô", "kg", 0.12, 55000,
               [("Hộ cung ứng lá xã Sơn Kim (hợp đồng)", [6, 6, 6], "hộ", 400),
                ("Tổ viên tự lấy lá, phơi lá", [1, 1, 1], "tổ", 600)]),
              ("Vành tre chuốt sẵn (bộ 16 vòng)", "bộ", 1, 6000,
               [("Hộ chuốt vành thôn Đông Hà", [8, 8, 8], "hộ", 2500)])],
        own={},
        tasks=[("Là lá, chọn lá, cắt lá", ("raw", 0), 25, "kg lá/công", None),
               ("Dựng khung, xếp lá", "out", 20, "chiếc/công", None),
               ("Chằm nón trắng", ("out", [0, 2]), 2.5, "chiếc/công", None),
               ("Chằm nón bài thơ, lồng tranh", ("out", [1]), 1.25, "chiếc/công", None),
               ("Nức vành, quét dầu bóng, đóng gói", "out", 40, "chiếc/công", None)],
        perm=[18, 18, 18], perm_days=200,
        months=[("Tháng 1", 22, "Nón bán Tết"), ("Tháng 2", 14, "Sau Tết, trước vụ cấy"),
                ("Tháng 3", 22, "Đơn mùa du lịch"), ("Tháng 7", 24, "Nông nhàn sau vụ hè thu cấy"),
                ("Tháng 8", 24, "Nông nhàn"), ("Tháng 9", 22, "Nón bài thơ cho lễ hội"),
                ("Tháng 12", 24, "Hàng Tết")],
        crew=[38, 42, 46],
        pay=("piece", [[50000, 52000, 54000], [120000, 125000, 130000], [50000, 52000, 54000]]),
        staff=[("Tổ trưởng, kế toán", [2, 2, 2], 4.5), ("Bán hàng, giao hàng, bán trực tuyến", [1, 1, 1], 5.5)],
        energy=300, sell=[60, 65, 70], other=25, tax=0.015,
        inv=[("Nhà xưởng chung 80 m² (sấy lá, hoàn thiện)", 240, True),
             ("Lò sấy lá, bàn là lá, khuôn nón", 90, True),
             ("Thiết kế hộp, thẻ treo, tem truy xuất", 40, False),
             ("Quầy trưng bày, hội chợ", 30, False), ("Vốn lưu động", 200, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 200)],
        life=10, loan=[200, 150, 100], rate=0.066,
        hist=dict(out=[13200, 13900, 14500], cong=[7200, 7550, 7850], price=[102000, 106000, 110000],
                  margin=[0.075, 0.08, 0.085]),
        planted={}),
    "kc03": dict(
        stem="kc03_che_bup_son_hong_hkd", verdict="ready", unit="kg", money="k",
        products=[("Chè búp khô sao tay, túi 200 g", "túi", 0.2, [50000, 51000, 52000], [6000, 6600, 7200], 3000),
                  ("Chè búp đặc biệt, hộp 500 g", "hộp", 0.5, [140000, 142000, 144000], [1600, 1800, 2000], 9000),
                  ("Chè búp khô, túi 1 kg cho đại lý", "túi", 1, [230000, 234000, 238000], [500, 560, 620], 4000)],
        raws=[("Búp chè tươi (1 tôm 2 lá)", "kg", 4.8, 12000,
               [("Vườn chè của hộ", [1.2, 1.2, 1.2], "ha", 6000),
                ("Hộ trồng chè thôn Tân Hương (hợp đồng)", [8, 9, 10], "hộ", 1000)])],
        own={0: [0]},
        tasks=[("Chăm sóc, làm cỏ, đốn chè vườn nhà", ("fixed", [1.2, 1.2, 1.2]), 90, "công/ha/năm", 1),
               ("Hái búp chè vườn nhà", ("fixed", [7200, 7200, 7200]), 30, "kg búp/công", None),
               ("Làm héo, sao, vò chè bằng chảo gang", "out", 5, "kg chè khô/công", None),
               ("Sấy lại, sàng, nhặt cọng", "out", 40, "kg chè khô/công", None),
               ("Đóng túi, hộp, hàn miệng", "packs", 250, "túi, hộp/công", None)],
        perm=[3, 3, 3], perm_days=250,
        months=[("Tháng 3", 12, "Lứa xuân"), ("Tháng 4", 12, "Lứa xuân"), ("Tháng 5", 12, "Lứa hè"),
                ("Tháng 6", 12, "Lứa hè"), ("Tháng 7", 12, "Lứa hè"), ("Tháng 8", 12, "Lứa thu"),
                ("Tháng 9", 12, "Lứa thu")],
        crew=[4, 5, 6],
        pay=("day", [230000, 240000, 250000], [200000, 210000, 220000]),
        staff=[("Chủ hộ: quản lý, bán hàng, sổ sách", [1, 1, 1], 6.0)],
        energy=6000, sell=[40, 45, 50], other=50, tax=0.015,
        inv=[("Nhà sao chè và kho 60 m²", 180, True), ("Chảo gang, bếp củi cải tiến có ống khói", 40, True),
             ("Máy sấy chè, máy hàn túi, cân", 80, True), ("Bao bì, hộp, tem truy xuất", 30, False),
             ("Vốn lưu động", 120, False)],
        src=[("Vốn tự có của hộ", 250), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 200)],
        life=10, loan=[200, 150, 100], rate=0.08,
        hist=dict(out=[2050, 2200, 2350], cong=[800, 850, 900], price=[230000, 240000, 250000],
                  margin=[0.14, 0.15, 0.16]),
        planted={}),
    "kc04": dict(
        stem="kc04_ca_gai_leo_vu_quang_cty", verdict="ready", unit="kg", money="tr",
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 3 g", "hộp", 0.09, [52000, 54000, 56000], [20000, 22000, 24000], 6500),
                  ("Cà gai leo khô thái lát, túi 500 g", "túi", 0.5, [95000, 98000, 101000], [3000, 3300, 3600], 2500),
                  ("Cà gai leo khô, bao 5 kg cho nhà thuốc", "bao", 5, [380000, 390000, 400000], [200, 220, 240], 8000)],
        raws=[("Cây cà gai leo tươi", "kg", 4.0, 9000,
               [("Vùng trồng của công ty", [2, 2, 2], "ha", 5000),
                ("Hộ liên kết thôn Hòa Bình", [10, 11, 12], "hộ", 1200)])],
        own={0: [0]},
        tasks=[("Làm đất, trồng, làm cỏ, chăm sóc", ("fixed", [2, 2, 2]), 150, "công/ha/năm", 1),
               ("Cắt cây, bó, chở về xưởng (vùng của công ty)", ("fixed", [10000, 10000, 10000]), 200, "kg tươi/công", None),
               ("Rửa, thái lát cây tươi", ("raw", 0), 5, "công/tấn tươi", 1000),
               ("Phơi, sấy, đảo dược liệu", "out", 40, "kg khô/công", None),
               ("Nghiền, đóng túi lọc, vào hộp", ("out", [0]), 12, "kg trà/công", None),
               ("Đóng túi, đóng bao, dán nhãn", "packs", 400, "túi, hộp, bao/công", None)],
        perm=[2, 2, 2], perm_days=260,
        months=[("Tháng 5", 22, "Cắt lứa 1"), ("Tháng 6", 22, "Cắt lứa 1, phơi sấy"),
                ("Tháng 9", 22, "Cắt lứa 2"), ("Tháng 10", 22, "Cắt lứa 2, phơi sấy"),
                ("Tháng 12", 20, "Cắt lứa 3, trồng dặm")],
        crew=[3, 4, 4],
        pay=("day", [260000, 270000, 280000], [220000, 230000, 240000]),
        staff=[("Giám đốc, kế toán", [2, 2, 2], 8.0), ("Kỹ thuật viên vùng trồng", [1, 1, 1], 7.0),
               ("Bán hàng", [1, 1, 2], 6.5)],
        energy=8000, sell=[90, 100, 110], other=60, tax=0.015,
        inv=[("Nhà sơ chế, sấy và đóng gói 150 m²", 450, True), ("Máy sấy bơm nhiệt 500 kg/mẻ", 220, True),
             ("Máy thái, máy nghiền, máy đóng túi lọc", 260, True), ("Hệ thống tưới vùng trồng 2 ha", 80, True),
             ("Bao bì, mã vạch, tem truy xuất, kiểm nghiệm", 60, False), ("Vốn lưu động", 330, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng thương mại", 600)],
        life=10, loan=[600, 450, 300], rate=0.085,
        hist=dict(out=[3300, 3650, 3950], cong=[600, 650, 700], price=[300000, 310000, 320000],
                  margin=[0.06, 0.07, 0.075]),
        planted={}),
    "kc05": dict(
        stem="kc05_ruou_nep_sim_dong_kinh_hkd", verdict="revise", unit="lít", money="tr",
        products=[("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, [85000, 88000, 91000], [6400, 7700, 9200], 9000),
                  ("Rượu sim ngâm, bình sứ 1,5 lít", "bình", 1.5, [250000, 258000, 266000], [800, 960, 1150], 45000),
                  ("Rượu nếp sim, can 2 lít cho nhà hàng", "can", 2, [180000, 186000, 192000], [700, 840, 1000], 12000)],
        raws=[("Gạo nếp", "kg", 1.3, 32000,
               [("Ruộng nếp của gia đình", [1, 1, 1], "hộ", 1500),
                ("Hộ trồng nếp thôn Bắc Kinh (hợp đồng)", [8, 10, 12], "hộ", 1000)]),
              ("Quả sim chín", "kg", 0.6, 25000,
               [("Đồi sim của gia đình", [1, 1, 1], "đồi", 1000),
                ("Hộ hái sim rừng thôn Khe Giao (hợp đồng)", [10, 12, 14], "hộ", 400)])],
        own={0: [0], 1: [0]},
        tasks=[("Nấu cơm rượu, trộn men, ủ", ("raw", 0), 60, "kg gạo/công", None),
               ("Chưng cất thủ công bằng nồi đồng", "out", 22, "lít/công", None),
               ("Rửa, chọn sim, ngâm ủ sim", ("raw", 1), 40, "kg sim/công", None),
               ("Lọc, hạ thổ, pha chế", "out", 80, "lít/công", None),
               ("Chiết chai, đóng nắp, dán nhãn", "packs", 250, "chai, bình/công", None)],
        perm=[2, 2, 2], perm_days=240,
        months=[("Tháng 6", 20, "Thu mua, ngâm sim"), ("Tháng 7", 20, "Thu mua, ngâm sim"),
                ("Tháng 8", 20, "Ngâm sim, chưng cất"), ("Tháng 12", 20, "Chiết chai hàng Tết")],
        crew=[2, 2, 2],
        pay=("day", [230000, 240000, 250000], [220000, 230000, 240000]),
        staff=[("Chủ hộ: quản lý, bán hàng", [1, 1, 1], 6.0)],
        energy=5000, sell=[50, 60, 70], other=30, tax=0.015,
        inv=[("Nhà nấu, kho hạ thổ 50 m²", 180, True), ("Hai nồi chưng cất bằng đồng, bếp củi cải tiến", 90, True),
             ("Chum sành, bình ủ sim 2.000 lít", 60, True), ("Máy lọc, khử andehit", 70, True),
             ("Hầm biogas, bể chứa bã rượu", 40, True), ("Thiết kế nhãn, chai, bình sứ", 40, False),
             ("Vốn lưu động", 120, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 250)],
        life=10, loan=[250, 200, 150], rate=0.08,
        hist=dict(out=[4300, 4700, 5100], cong=[440, 480, 520], price=[138000, 143000, 148000],
                  margin=[0.16, 0.17, 0.18]),
        planted={"rev_line": (0, 1, 762.0)}),
    "kc06": dict(
        stem="kc06_muc_mot_nang_loc_ha_cty", verdict="revise", unit="kg", money="tr",
        products=[("Mực một nắng loại 1, túi 500 g", "túi", 0.5, [270000, 275000, 280000], [4000, 4600, 5200], 6000),
                  ("Mực một nắng loại 2, túi 1 kg", "túi", 1, [500000, 510000, 520000], [1200, 1400, 1600], 7000),
                  ("Mực một nắng cho nhà hàng, thùng 5 kg", "thùng", 5, [2300000, 2340000, 2380000], [160, 200, 240], 25000)],
        raws=[("Mực ống tươi", "kg", 1.7, 130000,
               [("Tàu câu mực ký hợp đồng", [6, 6, 6], "tàu", 900),
                ("Nậu vựa bến Cửa Sót (hợp đồng)", [2, 2, 2], "vựa", 950)])],
        own={},
        tasks=[("Mổ, moi nội tạng, lột da, rửa mực", ("raw", 0), 35, "kg mực tươi/công", None),
               ("Phơi một nắng trên giàn, trở mực", "out", 15, "kg/công", None),
               ("Phân loại, cân, hút chân không", "packs", 80, "túi, thùng/công", None),
               ("Cấp đông, bảo quản, xuất hàng", "out", 60, "kg/công", None)],
        perm=[1, 1, 1], perm_days=250,
        months=[("Tháng 3", 16, "Đầu vụ mực"), ("Tháng 4", 20, "Vụ mực chính"), ("Tháng 5", 22, "Vụ mực chính"),
                ("Tháng 6", 22, "Vụ mực chính"), ("Tháng 7", 20, "Cuối vụ"), ("Tháng 8", 16, "Cuối vụ")],
        crew=[4, 5, 6],
        pay=("day", [260000, 270000, 280000], [230000, 240000, 250000]),
        staff=[("Giám đốc, kế toán", [2, 2, 2], 8.5), ("Bán hàng, giao hàng", [1, 1, 1], 7.0)],
        energy=12000, sell=[120, 130, 140], other=50, tax=0.015,
        inv=[("Nhà sơ chế 100 m²", 380, True), ("Giàn phơi inox, lưới che 300 m²", 150, True),
             ("Kho cấp đông 15 tấn, tủ đông", 420, True), ("Máy hút chân không, cân, bàn inox", 110, True),
             ("Bao bì, mã vạch, tem truy xuất", 60, False), ("Vốn lưu động", 480, False)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng thương mại", 600)],
        life=10, loan=[600, 450, 300], rate=0.085,
        hist=dict(out=[3200, 3450, 3700], cong=[520, 560, 600], price=[455000, 470000, 485000],
                  margin=[0.07, 0.075, 0.08]),
        planted={"season_total": (1, 640)}),
    "kc07": dict(
        stem="kc07_mat_ong_phuc_dong_hkd", verdict="revise", unit="kg", money="tr",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [150000, 155000, 160000], [3000, 3300, 3600], 9000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [220000, 228000, 236000], [1300, 1430, 1560], 12000),
                  ("Mật ong hoa keo, can 3 kg", "can", 3, [600000, 620000, 640000], [200, 220, 240], 20000)],
        raws=[("Mật ong thô", "kg", 1.05, 150000,
               [("Đàn ong của hộ", [200, 215, 230], "đàn", 12),
                ("Hộ nuôi ong thôn Rào Mác (hợp đồng)", [12, 13, 14], "hộ", 150)])],
        own={0: [0]},
        tasks=[("Chăm sóc, kiểm tra, chia đàn", ("fixed", [200, 215, 230]), 2.5, "công/đàn/năm", 1),
               ("Di đàn theo mùa hoa", ("fixed", [200, 215, 230]), 0.4, "công/đàn/năm", 1),
               ("Quay mật, lọc thô tại bãi", ("fixed", [2400, 2580, 2760]), 60, "kg mật/công", None),
               ("Hạ thủy phần, lọc tinh, đóng chai", "out", 60, "kg/công", None),
               ("Đóng thùng, giao hàng", "packs", 200, "chai, hũ, can/công", None)],
        perm=[2, 2, 2], perm_days=250,
        months=[("Tháng 3", 20, "Hoa rừng"), ("Tháng 4", 20, "Hoa rừng"), ("Tháng 5", 20, "Hoa rừng, quay mật"),
                ("Tháng 10", 20, "Hoa keo"), ("Tháng 11", 20, "Hoa keo, quay mật"), ("Tháng 12", 20, "Hoa keo")],
        crew=[3, 3, 4],
        pay=("day", [220000, 230000, 240000], [250000, 260000, 270000]),
        staff=[("Chủ hộ: quản lý, bán hàng", [1, 1, 1], 6.0)],
        energy=3000, sell=[60, 65, 70], other=40, tax=0.015,
        inv=[("Máy hạ thủy phần mật ong 30 kg/mẻ", 150, True), ("Thùng ong, đàn giống bổ sung", 120, True),
             ("Phòng lọc, đóng chai 25 m²", 100, True), ("Xe tải nhẹ chở thùng ong di đàn", 180, True),
             ("Chai, hũ, can, kiểm nghiệm", 40, False), ("Vốn lưu động", 210, False)],
        src=[("Vốn tự có của hộ", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 350)],
        life=10, loan=[350, 250, 150], rate=0.08,
        hist=dict(out=[2800, 3000, 3200], cong=[600, 630, 660], price=[232000, 238000, 244000],
                  margin=[0.12, 0.13, 0.13]),
        planted={"payback": 1.8}),
    "kc08": dict(
        stem="kc08_choi_dot_huong_tra_tht", verdict="revise", unit="chiếc", money="tr",
        products=[("Chổi đót cán tre loại lớn", "chiếc", 1, [40000, 41000, 42000], [12000, 22000, 35000], 1500),
                  ("Chổi đót quét nhà loại vừa", "chiếc", 1, [30000, 31000, 32000], [14000, 25000, 40000], 1200),
                  ("Chổi đót bán sỉ, bó 10 chiếc", "bó", 10, [250000, 258000, 266000], [1800, 3300, 5300], 3000)],
        raws=[("Bông đót khô", "kg", 0.3, 18000,
               [("Hộ khai thác đót thôn Tân Thành (hợp đồng)", [30, 55, 85], "hộ", 500)]),
              ("Cán tre, dây mây buộc", "bộ", 1, 4000,
               [("Hộ chẻ tre, vót cán thôn Tân Thành", [10, 18, 28], "hộ", 5000)])],
        own={},
        tasks=[("Tuốt, phơi, phân loại bông đót", ("raw", 0), 40, "kg đót/công", None),
               ("Bó, kết, khâu chổi", "out", 25, "chiếc/công", None),
               ("Tra cán, cắt tỉa, hoàn thiện", "out", 80, "chiếc/công", None),
               ("Đóng bó, bốc xếp", "packs", 500, "chiếc, bó/công", None)],
        perm=[6, 6, 6], perm_days=220,
        months=[("Tháng 1", 22, "Tuốt, phơi đót"), ("Tháng 2", 15, "Kết chổi sau Tết"),
                ("Tháng 3", 22, "Kết chổi"), ("Tháng 7", 22, "Nông nhàn"), ("Tháng 8", 22, "Nông nhàn"),
                ("Tháng 11", 22, "Hàng cuối năm"), ("Tháng 12", 24, "Thu mua đót, hàng Tết")],
        crew=[11, 27, 48],
        pay=("day", [200000, 210000, 220000], [180000, 190000, 200000]),
        staff=[("Tổ trưởng, kế toán", [2, 2, 2], 4.5), ("Bán hàng", [1, 1, 1], 5.0)],
        energy=200, sell=[40, 45, 50], other=20, tax=0.015,
        inv=[("Nhà xưởng kết chổi 150 m²", 300, True), ("Sân phơi đót, kho chứa", 120, True),
             ("Máy khâu chổi, máy cắt tỉa", 60, True), ("Vốn lưu động", 220, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 250, 200], rate=0.066,
        hist=dict(out=[36000, 38500, 41000], cong=[2250, 2400, 2550], price=[28500, 29500, 30500],
                  margin=[0.05, 0.055, 0.06]),
        planted={}),
    "kc09": dict(
        stem="kc09_cu_do_tien_dien_htx", verdict="revise", unit="kg", money="tr",
        products=[("Cu đơ tròn, gói 4 chiếc (200 g)", "gói", 0.2, [28000, 29000, 30000], [30000, 33000, 36000], 1500),
                  ("Cu đơ hộp quà 500 g", "hộp", 0.5, [75000, 77000, 79000], [6000, 6600, 7200], 8000),
                  ("Cu đơ thanh, túi 1 kg cho đại lý", "túi", 1, [105000, 108000, 111000], [3000, 3300, 3600], 2000)],
        raws=[("Lạc nhân", "kg", 0.35, 55000,
               [("Hộ thành viên trồng lạc", [25, 25, 28], "hộ", 150),
                ("Hộ liên kết thôn Xuân Mỹ", [10, 12, 12], "hộ", 150)]),
              ("Mật mía, đường, gừng", "kg", 0.5, 28000,
               [("Lò mật mía Thạch Đài (hợp đồng)", [1, 1, 1], "lò", 8000)]),
              ("Bánh đa vừng", "chiếc", 12, 1500,
               [("Cơ sở bánh đa Hà Phong (hợp đồng)", [1, 1, 1], "cơ sở", 200000)])],
        own={},
        tasks=[("Rang lạc, bóc vỏ lụa, giã dập", ("raw", 0), 45, "kg lạc/công", None),
               ("Nấu mật, đánh kẹo", "out", 50, "kg kẹo/công", None),
               ("Tráng kẹo lên bánh đa, ép, cắt", "out", 30, "kg/công", None),
               ("Gói giấy bóng, đóng gói, đóng hộp", "packs", 250, "gói, hộp/công", None)],
        perm=[3, 3, 3], perm_days=260,
        months=[("Tháng 9", 20, "Hàng Trung thu"), ("Tháng 11", 22, "Đơn đại lý cuối năm"),
                ("Tháng 12", 26, "Hàng Tết"), ("Tháng 1", 20, "Hàng Tết")],
        crew=[3, 4, 5],
        pay=("day", [240000, 250000, 260000], [200000, 210000, 220000]),
        staff=[("Ban quản trị, kế toán", [2, 2, 2], 6.0), ("Bán hàng", [1, 1, 1], 6.0)],
        energy=4000, sell=[60, 65, 70], other=30, tax=0.015,
        inv=[("Cải tạo xưởng nấu kẹo 100 m²", 250, True), ("Bếp nấu kẹo cải tiến, nồi inox", 60, True),
             ("Máy ép, máy cắt cu đơ bán tự động", 140, True), ("Bao bì, hộp quà", 50, False),
             ("Vốn lưu động", 200, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 220, 140], rate=0.08,
        hist=dict(out=[9800, 10400, 11000], cong=[740, 780, 820], price=[124000, 128000, 132000],
                  margin=[0.11, 0.12, 0.125]),
        planted={"profit": (1, 445.7)}),
    "kc10": dict(
        stem="kc10_bot_san_day_cam_lac_ctcp", verdict="revise", unit="kg", money="tr",
        products=[("Bột sắn dây nguyên chất, túi 500 g", "túi", 0.5, [105000, 108000, 111000], [8000, 8800, 9600], 3500),
                  ("Bột sắn dây, hộp giấy 1 kg", "hộp", 1, [200000, 206000, 212000], [2000, 2200, 2400], 9000),
                  ("Bột sắn dây, bao 5 kg cho đại lý", "bao", 5, [900000, 927000, 954000], [400, 440, 480], 10000)],
        raws=[("Củ sắn dây tươi", "kg", 9, 6000,
               [("Vùng trồng của công ty", [4, 4, 4], "ha", 16000),
                ("Hộ liên kết thôn Nam Hà", [25, 28, 32], "hộ", 1200)])],
        own={0: [0]},
        tasks=[("Làm đất, trồng, chăm sóc sắn dây", ("fixed", [4, 4, 4]), 120, "công/ha/năm", 1),
               ("Đào củ trên vùng của công ty", ("fixed", [64000, 64000, 64000]), 4, "công/tấn củ", 1000),
               ("Rửa, gọt vỏ, cắt khúc", ("raw", 0), 3, "công/tấn củ", 1000),
               ("Xay, lọc, lắng, gạn bột (6 – 8 lần)", "out", 10, "kg bột/công", None),
               ("Phơi, sấy, đóng gói", "out", 40, "kg/công", None)],
        perm=[5, 5, 5], perm_days=260,
        months=[("Tháng 11", 24, "Đầu vụ đào củ"), ("Tháng 12", 24, "Đào củ, lọc bột"),
                ("Tháng 1", 20, "Lọc bột hàng Tết"), ("Tháng 2", 16, "Cuối vụ đào củ"),
                ("Tháng 3", 24, "Lọc, phơi bột cuối vụ")],
        crew=[8, 10, 11],
        pay=("day", [250000, 260000, 270000], [220000, 230000, 240000]),
        staff=[("Giám đốc, kế toán", [2, 2, 2], 9.0), ("Bán hàng, thị trường", [2, 2, 2], 7.0)],
        energy=6000, sell=[120, 130, 140], other=60, tax=0.015,
        inv=[("Nhà xưởng sơ chế, lắng lọc 200 m²", 600, True), ("Máy rửa củ, máy xay nghiền", 250, True),
             ("Bể lắng inox, bể chứa nước sạch", 180, True), ("Sân phơi, máy sấy bột", 170, True),
             ("Bể lắng nước thải, hầm biogas bã củ", 120, True), ("Bao bì, mã vạch, tem truy xuất", 60, False),
             ("Vốn lưu động", 420, False)],
        src=[("Vốn góp của cổ đông", 900), ("Vay Ngân hàng thương mại", 600)],
        life=10, loan=[600, 450, 300], rate=0.085,
        hist=dict(out=[6400, 6900, 7400], cong=[1620, 1720, 1830], price=[185000, 190000, 195000],
                  margin=[0.1, 0.11, 0.115]),
        planted={}),
    "kc11": dict(stem="kc11_keo_lac_so_sai", verdict="sketchy", kind="sketchy"),
    "kc12": dict(stem="kc12_ro_ra_tre_dan_so_sai", verdict="sketchy", kind="sketchy"),
}


# captions of each plan's tables (the generator prints them after "Bảng N."; the checks find the
# tables by them)
CAP_BASE = {
    "hist": "Kết quả sản xuất kinh doanh 2024 – 2026",
    "comp": "Giá bán của một số sản phẩm cùng loại trên thị trường",
    "norm": "Định mức lao động thủ công theo công đoạn",
    "out": "Kế hoạch sản lượng 2027 – 2029",
    "cal": "Lịch mùa vụ và ngày công lao động thời vụ",
    "need": "Nhu cầu ngày công theo công đoạn",
    "bal": "Cân đối ngày công lao động",
    "wage": "Quỹ tiền công, tiền lương",
    "raw": "Cân đối nhu cầu và nguồn cung nguyên liệu",
    "price": "Giá bán dự kiến",
    "rev": "Doanh thu dự kiến",
    "cost": "Chi phí sản xuất kinh doanh",
    "sum": "Tổng hợp hiệu quả kinh tế",
    "inv": "Tổng vốn đầu tư",
    "src": "Nguồn vốn",
    "papers": "Hồ sơ pháp lý và chứng nhận",
    "sched": "Tiến độ thực hiện",
}
CAP_OVR: dict[str, dict[str, str]] = {
    "kc02": {"norm": "Định mức ngày công chằm nón và các công đoạn làm tay",
             "cal": "Tháng nông nhàn và ngày công của thợ nhận khoán",
             "need": "Nhu cầu và khả năng huy động ngày công",
             "wage": "Tiền công khoán theo sản phẩm",
             "cost": "Chi phí, doanh thu và lợi nhuận"},
    "kc03": {"norm": "Định mức công lao động làm chè thủ công",
             "bal": "Ngày công của gia đình và lao động thuê theo lứa hái",
             "comp": "Giá chè búp khô trên thị trường",
             "cost": "Dự toán chi phí",
             "sum": "Doanh thu, chi phí, lợi nhuận"},
    "kc05": {"bal": "Ngày công lao động có thể huy động",
             "norm": "Định mức công nấu rượu, ngâm sim thủ công"},
    "kc08": {"norm": "Định mức công kết chổi",
             "cal": "Ngày công thời vụ theo tháng nông nhàn",
             "bal": "Cân đối ngày công",
             "raw": "Nguồn cung bông đót và cán tre"},
    "kc09": {"norm": "Định mức lao động theo công đoạn làm kẹo",
             "cal": "Lao động thời vụ các tháng cao điểm",
             "sum": "Hiệu quả sản xuất kinh doanh"},
    "kc10": {"norm": "Định mức ngày công làm bột sắn dây thủ công",
             "cal": "Lịch vụ đào củ, lọc bột và lao động thời vụ",
             "inv": "Nhu cầu vốn đầu tư",
             "src": "Cơ cấu nguồn vốn"},
}
CAPS: dict[str, dict[str, str]] = {k: {**CAP_BASE, **CAP_OVR.get(k, {})} for k in PLANS}


# --------------------------------------------------------------------------- model
def q(plan: dict) -> float:
    """Rounding step of money in triệu: 0,1 for tables in triệu, 0,001 for tables in 1.000 đồng."""
    return 0.1 if plan["money"] == "tr" else 0.001


def rnd(x: float, step: float) -> float:
    return round(round(x / step) * step, 6)


def model(key: str, planted: bool = True) -> dict:
    """Every figure of plan `key`; with planted=False the true values (no defect applied)."""
    P = PLANS[key]
    s = q(P)
    pl = P.get("planted", {}) if planted else {}
    m: dict = {"P": P}
    prods = P["products"]
    m["packs"] = [[p[4][y] for y in Y] for p in prods]
    m["price"] = [[p[3][y] for y in Y] for p in prods]
    m["out"] = [round(sum(p[2] * p[4][y] for p in prods), 3) for y in Y]
    m["packs_total"] = [sum(p[4][y] for p in prods) for y in Y]
    # raw materials
    m["raw_need"], m["raw_supply_rows"], m["raw_supply"] = [], [], []
    for lab, unit, norm, price, rows in P["raws"]:
        m["raw_need"].append([round(m["out"][y] * norm) for y in Y])
        sr = [[r[1][y] * r[3] for y in Y] for r in rows]
        m["raw_supply_rows"].append(sr)
        m["raw_supply"].append([sum(r[y] for r in sr) for y in Y])
    own = P.get("own", {})
    m["raw_own"] = [[sum(m["raw_supply_rows"][i][j][y] for j in own.get(i, [])) for y in Y]
                    for i in range(len(P["raws"]))]
    m["raw_buy"] = [[max(0, m["raw_need"][i][y] - m["raw_own"][i][y]) for y in Y] for i in range(len(P["raws"]))]
    m["raw_spare"] = [[m["raw_supply"][i][y] - m["raw_need"][i][y] for y in Y] for i in range(len(P["raws"]))]

    # hand tasks
    def qty(basis, y):
        if basis == "out":
            return m["out"][y]
        if basis == "packs":
            return m["packs_total"][y]
        kind, arg = basis
        if kind == "out":
            return sum(prods[i][2] * prods[i][4][y] for i in arg)
        if kind == "raw":
            return m["raw_need"][arg][y]
        if kind == "fixed":
            return arg[y]
        raise ValueError(basis)

    m["task_qty"], m["task_cong"] = [], []
    for lab, basis, val, utext, K in P["tasks"]:
        qs = [qty(basis, y) for y in Y]
        m["task_qty"].append(qs)
        m["task_cong"].append([round(qs[y] / val) if K is None else round(qs[y] * val / K) for y in Y])
    m["need"] = [sum(t[y] for t in m["task_cong"]) for y in Y]
    m["perm_days"] = [P["perm"][y] * P["perm_days"] for y in Y]
    days = sum(d for _, d, _ in P["months"])
    m["season_days"] = days
    m["cal"] = [[P["crew"][y] * d for y in Y] for _, d, _ in P["months"]]
    m["seas_avail"] = [P["crew"][y] * days for y in Y]
    if "season_total" in pl:
        y, v = pl["season_total"]
        m["seas_avail"][y] = v
    m["avail"] = [m["perm_days"][y] + m["seas_avail"][y] for y in Y]
    m["spare"] = [m["avail"][y] - m["need"][y] for y in Y]
    m["use"] = [round(m["need"][y] / m["avail"][y] * 100, 1) for y in Y]
    m["seas_paid"] = [max(0, m["need"][y] - m["perm_days"][y]) for y in Y]
    m["seas_use"] = [round(m["seas_paid"][y] / m["seas_avail"][y] * 100, 1) for y in Y]

    # wages
    pay = P["pay"]
    if pay[0] == "day":
        m["wage_perm"] = [rnd(m["perm_days"][y] * pay[1][y] / 1e6, s) for y in Y]
        m["wage_seas"] = [rnd(m["seas_paid"][y] * pay[2][y] / 1e6, s) for y in Y]
        m["wage_prod"] = [rnd(m["wage_perm"][y] + m["wage_seas"][y], s) for y in Y]
    else:
        m["wage_piece"] = [[rnd(prods[i][4][y] * pay[1][i][y] / 1e6, s) for y in Y] for i in range(len(prods))]
        m["wage_prod"] = [rnd(sum(w[y] for w in m["wage_piece"]), s) for y in Y]
        m["day_equiv"] = [round(m["wage_prod"][y] * 1e6 / m["need"][y], -3) for y in Y]
    m["staff_n"] = [sum(r[1][y] for r in P["staff"]) for y in Y]
    m["salary_rows"] = [[rnd(r[1][y] * r[2] * 12, s) for y in Y] for r in P["staff"]]
    m["salary"] = [rnd(sum(r[y] for r in m["salary_rows"]), s) for y in Y]
    m["wage_bill"] = [rnd(m["wage_prod"][y] + m["salary"][y], s) for y in Y]

    # revenue
    m["rev_lines"] = [[rnd(prods[i][4][y] * prods[i][3][y] / 1e6, s) for y in Y] for i in range(len(prods))]
    if "rev_line" in pl:
        i, y, v = pl["rev_line"]
        m["rev_lines"][i][y] = v
    m["rev"] = [rnd(sum(r[y] for r in m["rev_lines"]), s) for y in Y]

    # investment
    m["inv_total"] = sum(v for _, v, _ in P["inv"])
    m["fixed"] = sum(v for _, v, f in P["inv"] if f)
    m["src_total"] = sum(v for _, v in P["src"])
    m["src_share"] = [round(v / m["src_total"] * 100, 1) for _, v in P["src"]]
    m["dep"] = rnd(m["fixed"] / P["life"], s)
    m["interest"] = [rnd(P["loan"][y] * P["rate"], s) for y in Y]

    # costs
    cost = {}
    for i, (lab, unit, norm, price, rows) in enumerate(P["raws"]):
        cost[f"raw{i}"] = [rnd(m["raw_buy"][i][y] * price / 1e6, s) for y in Y]
    cost["pack"] = [rnd(sum(p[4][y] * p[5] for p in prods) / 1e6, s) for y in Y]
    cost["wage"] = m["wage_prod"]
    cost["salary"] = m["salary"]
    cost["energy"] = [rnd(m["out"][y] * P["energy"] / 1e6, s) for y in Y]
    cost["dep"] = [m["dep"]] * 3
    cost["interest"] = m["interest"]
    cost["sell"] = [rnd(v, s) for v in P["sell"]]
    cost["other"] = [rnd(P["other"], s)] * 3
    cost["tax"] = [rnd(m["rev"][y] * P["tax"], s) for y in Y]
    m["cost"] = cost
    m["cost_total"] = [rnd(sum(c[y] for c in cost.values()), s) for y in Y]
    m["profit"] = [rnd(m["rev"][y] - m["cost_total"][y], s) for y in Y]
    if "profit" in pl:
        y, v = pl["profit"]
        m["profit"][y] = v
    m["margin"] = [round(m["profit"][y] / m["rev"][y] * 100, 1) for y in Y]
    avg = sum(m["profit"]) / 3
    m["avg_profit"] = round(avg, 1)
    m["payback"] = round(m["inv_total"] / (avg + m["dep"]), 1)
    if "payback" in pl:
        m["payback"] = pl["payback"]

    # history
    H = P["hist"]
    m["h_out"] = H["out"]
    m["h_cong"] = H["cong"]
    m["h_prod"] = [round(H["out"][i] / H["cong"][i], 1) for i in range(3)]
    m["h_price"] = H["price"]
    m["h_rev"] = [rnd(H["out"][i] * H["price"][i] / 1e6, s) for i in range(3)]
    m["h_profit"] = [rnd(m["h_rev"][i] * H["margin"][i], s) for i in range(3)]
    m["h_growth"] = round(((H["out"][2] / H["out"][0]) ** 0.5 - 1) * 100, 1)
    m["out_growth"] = [round((m["out"][y] / (m["out"][y - 1] if y else H["out"][2]) - 1) * 100, 1) for y in Y]
    m["rev_growth"] = [round((m["rev"][y] / (m["rev"][y - 1] if y else m["h_rev"][2]) - 1) * 100, 1) for y in Y]
    m["prod_2027"] = round(m["out"][0] / m["need"][0], 1)
    return m


# --------------------------------------------------------------------------- what each table holds
# Each entry: (label prefix, values, money?, optional?). A label prefix None takes the next row,
# whatever its label (the cost lines, whose labels differ from plan to plan).
def expected(key: str, m: dict, kind: str) -> list[tuple]:
    P = PLANS[key]
    prods = P["products"]
    E: list[tuple] = []
    if kind == "hist":
        E = [("Sản lượng", m["h_out"], False, False), ("Ngày công lao động", m["h_cong"], False, False),
             ("Năng suất", m["h_prod"], False, False), ("Giá bán bình quân", m["h_price"], False, False),
             ("Doanh thu", m["h_rev"], True, False), ("Lợi nhuận", m["h_profit"], True, False)]
    elif kind == "norm":
        E = [(t[0], [t[2]], False, False) for t in P["tasks"]]
    elif kind == "out":
        E = [(p[0], m["packs"][i], False, False) for i, p in enumerate(prods)]
        E += [("Sản lượng quy đổi", m["out"], False, False), ("Tăng so với năm trước", m["out_growth"], False, True)]
    elif kind == "cal":
        E = [(mo[0] + ":", [mo[1]] + m["cal"][i], False, False) for i, mo in enumerate(P["months"])]
        tot = [sum(c[y] for c in m["cal"]) for y in Y]
        if "season_total" in m["planted"]:
            y, v = m["planted"]["season_total"]
            tot[y] = v
        E += [("Cộng", [m["season_days"]] + tot, False, False)]
    elif kind == "need":
        E = [(t[0], m["task_cong"][i], False, False) for i, t in enumerate(P["tasks"])]
        E += [("Tổng ngày công cần", m["need"], False, False),
              ("Ngày công có thể huy động", m["avail"], False, True), ("Còn dư", m["spare"], False, True),
              ("Mức sử dụng", m["use"], False, True)]
    elif kind == "bal":
        E = [("Lao động thường xuyên", m["perm_days"], False, False), ("Lao động th", m["seas_avail"], False, False),
             ("Cộng ngày công", m["avail"], False, False), ("Ngày công cần", m["need"], False, True),
             ("Còn dư", m["spare"], False, True), ("Mức sử dụng", m["use"], False, True)]
    elif kind == "wage":
        pay = P["pay"]
        if pay[0] == "day":
            E = [("(1)", m["perm_days"], False, False), ("(2)", pay[1], False, False),
                 ("(3)", m["wage_perm"], True, False), ("(4)", m["seas_paid"], False, False),
                 ("(5)", pay[2], False, False), ("(6)", m["wage_seas"], True, False),
                 ("(7)", m["salary"], True, False), ("(8)", m["wage_bill"], True, False)]
        else:
            E = [("Khoán", m["wage_piece"][i], True, False) for i in range(len(prods))]
            E += [("Lương", m["salary"], True, False), ("Tổng quỹ", m["wage_bill"], True, False)]
    elif kind == "raw":
        for i, r in enumerate(P["raws"]):
            E += [(s[0], m["raw_supply_rows"][i][j], False, False) for j, s in enumerate(r[4])]
            E += [("Cộng nguồn cung", m["raw_supply"][i], False, False), ("Nhu cầu", m["raw_need"][i], False, False),
                  ("Còn dư", m["raw_spare"][i], False, True)]
    elif kind == "price":
        E = [(p[0], m["price"][i], False, False) for i, p in enumerate(prods)]
    elif kind == "rev":
        E = [(p[0], m["rev_lines"][i], True, False) for i, p in enumerate(prods)]
        E += [("Tổng doanh thu", m["rev"], True, False)]
    elif kind == "cost":
        E = [(None, v, True, False) for v in m["cost"].values()]
        E += [("Tổng chi phí", m["cost_total"], True, False), ("Doanh thu", m["rev"], True, True),
              ("Lợi nhuận", m["profit"], True, True), ("Tỷ suất", m["margin"], False, True)]
    elif kind == "sum":
        E = [("Doanh thu", m["rev"], True, False), ("Tổng chi phí", m["cost_total"], True, False),
             ("Lợi nhuận", m["profit"], True, False), ("Tỷ suất", m["margin"], False, False),
             ("Khấu hao", [m["dep"]] * 3, True, True)]
    elif kind == "inv":
        E = [(lab, [v], True, False) for lab, v, _ in P["inv"]] + [("Tổng vốn đầu tư", [m["inv_total"]], True, False)]
    elif kind == "src":
        E = [(lab, [v, m["src_share"][i]], "first", False) for i, (lab, v) in enumerate(P["src"])]
        E += [("Tổng nguồn vốn", [m["src_total"], 100], "first", False)]
    return E


# cells a planted defect changes: (table kind, row label prefix, year index) -> "planted" | "knock-on"
CHANGED: dict[str, dict[tuple, str]] = {
    "kc05": {("rev", "Rượu nếp sim 29 độ", 1): "planted", ("rev", "Tổng doanh thu", 1): "knock-on",
             ("cost", "Thuế", 1): "knock-on", ("cost", "Tổng chi phí", 1): "knock-on",
             ("sum", "Doanh thu", 1): "knock-on", ("sum", "Tổng chi phí", 1): "knock-on",
             ("sum", "Lợi nhuận", 1): "knock-on", ("sum", "Tỷ suất", 1): "knock-on"},
    "kc06": {("cal", "Cộng", 1): "planted", ("bal", "Lao động thời vụ", 1): "knock-on",
             ("bal", "Cộng ngày công", 1): "knock-on", ("bal", "Còn dư", 1): "knock-on",
             ("bal", "Mức sử dụng", 1): "knock-on"},
    "kc09": {("sum", "Lợi nhuận", 1): "planted", ("sum", "Tỷ suất", 1): "knock-on"},
}

# what a reviewer's own checks on the printed figures must find, and nothing else
FAILS: dict[str, set] = {
    "kc05": {("revenue line = packs × price", 0, 1),
             ("need within the ngày công the hands can give", 1), ("need within the ngày công the hands can give", 2)},
    "kc06": {("season calendar total", 1), ("raw need within supply", "Mực ống tươi", 1),
             ("raw need within supply", "Mực ống tươi", 2)},
    "kc07": {("payback",)},
    "kc08": {("growth", "output", 1), ("growth", "output", 2), ("growth", "revenue", 1), ("growth", "revenue", 2)},
    "kc09": {("profit = revenue − cost", 1)},
    "kc10": {("sources = investment",)},
}

NUMCELL = re.compile(r"^-?[\d.]+(,\d+)?$")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def has_num(self, text: str) -> bool:
        return text in self.body

    def rows_any(self) -> bool:
        return bool(self.rows and any(len(r) > 1 for r in self.rows))

    def __init__(self, stem: str, key: str):
        super().__init__(stem)
        self.key = key
        self.P = PLANS[key]
        self.tabs: dict[str, list[list[str]]] = {}
        cur = None
        for line in self.body.splitlines():
            mm = re.match(r"^Bảng (\d+)\. (.+)$", line.strip())
            if mm:
                cur = mm.group(2).strip()
                self.tabs[cur] = []
                continue
            if cur is not None and line.strip().startswith("|") and not line.strip().startswith("|---"):
                self.tabs[cur].append([c.strip().replace("**", "") for c in line.strip().strip("|").split("|")])

    def table(self, kind: str) -> list[list[str]] | None:
        return self.tabs.get(CAPS[self.key][kind])

    def trows(self, kind: str) -> list[tuple[str, list[float]]]:
        """(label, numbers) of each data row of a table; numbers from the third cell on (the second
        for a table of four columns without TT)."""
        t = self.table(kind)
        if not t:
            return []
        head, body = t[0], t[1:]
        tt = head[0] == "TT"
        start = 2 if (tt or len(head) > 4 or kind == "wage") else 1
        out = []
        for r in body:
            lab = r[1] if tt else r[0]
            nums = [vn(c) for c in r[start:] if NUMCELL.match(c)]
            if nums:
                out.append((lab, nums))
        return out


def match_rows(p: Plan, kind: str, E: list[tuple]) -> list[tuple]:
    """Pair the printed rows of a table with the expected entries, in order."""
    got = p.trows(kind)
    pairs, used = [], [False] * len(E)
    for lab, nums in got:
        hit = None
        for i, (pref, vals, money, opt) in enumerate(E):
            if used[i]:
                continue
            if pref is None or lab.startswith(pref):
                hit = i
                break
            if not opt:
                continue
        if hit is None:
            p.failures.append(f"{kind}: row not expected: {lab!r}")
            continue
        used[hit] = True
        pairs.append((lab, nums, E[hit]))
    for i, (pref, vals, money, opt) in enumerate(E):
        if not used[i] and not opt:
            p.failures.append(f"{kind}: row missing: {pref!r}")
    return pairs


def scale(p: Plan, money, j: int) -> float:
    """Printed money is in triệu, or in 1.000 đồng when the plan says so."""
    if PLANS[p.key]["money"] == "k" and (money is True or (money == "first" and j == 0)):
        return 1000.0
    return 1.0


KINDS = ["hist", "norm", "out", "cal", "need", "bal", "wage", "raw", "price", "rev", "cost", "sum", "inv", "src"]


def check_tables(p: Plan) -> None:
    """Every numeric cell against the model: the planted figures (and what the plan derives from
    them) as printed, wrong by more than 5 % against the true value; everything else right."""
    m, t = model(p.key), model(p.key, planted=False)
    m["planted"], t["planted"] = PLANS[p.key].get("planted", {}), {}
    changed = CHANGED.get(p.key, {})
    seen = set()
    for kind in KINDS:
        if p.table(kind) is None:
            continue
        Em, Et = expected(p.key, m, kind), expected(p.key, t, kind)
        for lab, nums, entry in match_rows(p, kind, Em):
            i = Em.index(entry)
            vm, vt = entry[1], Et[i][1]
            if len(nums) != len(vm):
                p.failures.append(f"{kind} {lab!r}: {len(nums)} numbers, expected {len(vm)}")
                continue
            for j, x in enumerate(nums):
                x = x / scale(p, entry[2], j)
                y = j - (len(nums) - 3) if len(nums) >= 3 else None
                cell = next((c for c in changed if c[0] == kind and lab.startswith(c[1]) and c[2] == y), None)
                tol_ok = close(x, vm[j]) or abs(x - vm[j]) <= 0.11
                if not tol_ok:
                    p.failures.append(f"{kind} {lab!r} [{j}]: printed {x}, model {vm[j]}")
                true_ok = close(x, vt[j]) or abs(x - vt[j]) <= 0.11
                if cell:
                    seen.add(cell)
                    if changed[cell] == "planted" and not off(x, vt[j]):
                        p.failures.append(f"planted {cell}: {x} not > 5 % off the true {vt[j]}")
                elif not true_ok:
                    p.failures.append(f"{kind} {lab!r} [{j}]: printed {x}, true {vt[j]} (not planted)")
    for c in changed:
        if c not in seen:
            p.failures.append(f"planted or knock-on cell not found: {c}")


def reviewer(p: Plan) -> set:
    """A reviewer's own arithmetic on the printed tables (no model): the checks that fail."""
    P = p.P
    fails: set = set()
    def get(kind, pref, n=3, skip=0):
        hits = [v for lab, v in p.trows(kind) if lab.startswith(pref)]
        if len(hits) <= skip:
            p.failures.append(f"reviewer: no row {pref!r} in {kind}")
            return [0.0] * n
        return hits[skip][-n:]

    k = 1000.0 if P["money"] == "k" else 1.0
    # output: packs × size
    packs = [get("out", pr[0]) for pr in P["products"]]
    out = get("out", "Sản lượng quy đổi")
    for y in Y:
        if not close(sum(pr[2] * packs[i][y] for i, pr in enumerate(P["products"])), out[y]):
            fails.add(("output = packs × size", y))
    # history: revenue = output × price
    ho, hp, hr = get("hist", "Sản lượng"), get("hist", "Giá bán"), get("hist", "Doanh thu")
    for y in Y:
        if not close(ho[y] * hp[y] / 1e6, hr[y] / k):
            fails.add(("history revenue", y))
    # hand work: each task = quantity / norm; total; within what the hands can give
    norms = [get("norm", tk[0], 1)[0] for tk in P["tasks"]]
    need_rows = [get("need", tk[0]) for tk in P["tasks"]]
    need = get("need", "Tổng ngày công cần")
    raw_need = [get("raw", "Nhu cầu", 3, i) for i in range(len(P["raws"]))]
    for i, (lab, basis, val, ut, K) in enumerate(P["tasks"]):
        for y in Y:
            if basis == "out":
                qq = out[y]
            elif basis == "packs":
                qq = sum(packs[j][y] for j in range(len(P["products"])))
            elif basis[0] == "out":
                qq = sum(P["products"][j][2] * packs[j][y] for j in basis[1])
            elif basis[0] == "raw":
                qq = raw_need[basis[1]][y]
            else:
                qq = basis[1][y]
            c = qq / norms[i] if K is None else qq * norms[i] / K
            if abs(c - need_rows[i][y]) > max(1.0, 0.01 * c):
                fails.add(("task ngày công = quantity / norm", lab, y))
    for y in Y:
        if abs(sum(r[y] for r in need_rows) - need[y]) > 0.5:
            fails.add(("need total", y))
    if p.table("bal"):
        perm, seas = get("bal", "Lao động thường xuyên"), get("bal", "Lao động th", 3, 1)
        avail = get("bal", "Cộng ngày công")
    else:  # the need table carries what the hands can give; the calendar the seasonal part
        perm = [P["perm"][y] * P["perm_days"] for y in Y]
        seas = get("cal", "Cộng", 3)
        avail = get("need", "Ngày công có thể huy động")
        if not all(p.has_num(n0(perm[0]) + " công") for _ in [0]):
            fails.add(("permanent ngày công stated",))
    for y in Y:
        if perm[y] != P["perm"][y] * P["perm_days"]:
            fails.add(("permanent ngày công", y))
        if perm[y] + seas[y] != avail[y]:
            fails.add(("ngày công available total", y))
        if need[y] > avail[y]:
            fails.add(("need within the ngày công the hands can give", y))
    if p.table("cal"):
        months = [get("cal", mo[0] + ":", 4) for mo in P["months"]]
        tot = get("cal", "Cộng", 4)
        for y in Y:
            if sum(r[y + 1] for r in months) != tot[y + 1]:
                fails.add(("season calendar total", y))
            if any(r[y + 1] != r[0] * P["crew"][y] for r in months):
                fails.add(("calendar month = people × days", y))
            if tot[y + 1] != seas[y]:
                fails.add(("calendar total = seasonal ngày công of the balance", y))
    # wages
    if P["pay"][0] == "day":
        w = {i: get("wage", f"({i})") for i in range(1, 9)}
        for y in Y:
            if not close(w[1][y] * w[2][y] / 1e6, w[3][y] / k) or not close(w[4][y] * w[5][y] / 1e6, w[6][y] / k):
                fails.add(("wage = ngày công × rate", y))
            if w[4][y] != need[y] - w[1][y]:
                fails.add(("seasonal ngày công paid = need − permanent", y))
            if abs(w[3][y] + w[6][y] + w[7][y] - w[8][y]) > 0.11 * k:
                fails.add(("wage bill total", y))
    else:
        pieces = [get("wage", "Khoán", 3, i) for i in range(len(P["products"]))]
        for y in Y:
            for i in range(len(P["products"])):
                if not close(packs[i][y] * P["pay"][1][i][y] / 1e6, pieces[i][y] / k):
                    fails.add(("piece wages = pieces × rate", i, y))
    # raw materials
    for i, r in enumerate(P["raws"]):
        sup = get("raw", "Cộng nguồn cung", 3, i)
        rows = [get("raw", s[0]) for s in r[4]]
        for y in Y:
            if abs(sum(x[y] for x in rows) - sup[y]) > 0.5:
                fails.add(("raw supply total", r[0], y))
            if not close(out[y] * r[2], raw_need[i][y]):
                fails.add(("raw need = output × norm", r[0], y))
            if raw_need[i][y] > sup[y]:
                fails.add(("raw need within supply", r[0], y))
    # revenue, costs, profit
    price = [get("price", pr[0]) for pr in P["products"]]
    revl = [get("rev", pr[0]) for pr in P["products"]]
    rev = get("rev", "Tổng doanh thu")
    for y in Y:
        for i, pr in enumerate(P["products"]):
            if not (close(packs[i][y] * price[i][y] / 1e6, revl[i][y] / k)):
                fails.add(("revenue line = packs × price", i, y))
        if abs(sum(x[y] for x in revl) - rev[y]) > 0.11 * k:
            fails.add(("revenue total", y))
    cost_rows = [v for lab, v in p.trows("cost")]
    ncost = len(model(p.key)["cost"])
    ctot = get("cost", "Tổng chi phí")
    for y in Y:
        if abs(sum(r[y] for r in cost_rows[:ncost]) - ctot[y]) > 0.11 * k:
            fails.add(("cost total", y))
    if p.table("sum"):
        srev, scost, sprof = get("sum", "Doanh thu"), get("sum", "Tổng chi phí"), get("sum", "Lợi nhuận")
    else:
        srev, scost, sprof = get("cost", "Doanh thu"), ctot, get("cost", "Lợi nhuận")
    for y in Y:
        if abs(srev[y] - rev[y]) > 0.11 * k or abs(scost[y] - ctot[y]) > 0.11 * k:
            fails.add(("summary carries the revenue and cost tables", y))
        if abs(srev[y] - scost[y] - sprof[y]) > 0.11 * k:
            fails.add(("profit = revenue − cost", y))
        if not 0 < sprof[y] / srev[y] < 0.4:
            fails.add(("margin between 0 and 40 %", y))
    # investment and sources
    inv_rows = [v[0] for lab, v in p.trows("inv")]
    src_rows = [v[0] for lab, v in p.trows("src")]
    if abs(sum(inv_rows[:-1]) - inv_rows[-1]) > 0.11 * k or abs(sum(src_rows[:-1]) - src_rows[-1]) > 0.11 * k:
        fails.add(("investment and sources add up",))
    if abs(src_rows[-1] - inv_rows[-1]) > 0.11 * k:
        fails.add(("sources = investment",))
    # payback as printed against the printed profits
    mm = re.search(r"hoàn vốn khoảng ([\d,]+) năm", p.body)
    if not mm:
        p.failures.append("no payback sentence")
    else:
        dep = model(p.key)["dep"]
        pb = inv_rows[-1] / k / (sum(sprof) / 3 / k + dep)
        if off(vn(mm.group(1)), pb):
            fails.add(("payback",))
    # growth: output and revenue a year (2027 against 2026)
    h_out, h_rev = get("hist", "Sản lượng"), get("hist", "Doanh thu")
    seq_o, seq_r = [h_out[2]] + out, [h_rev[2]] + rev
    for y in Y:
        if seq_o[y + 1] / seq_o[y] - 1 > 0.35:
            fails.add(("growth", "output", y))
        if seq_r[y + 1] / seq_r[y] - 1 > 0.35:
            fails.add(("growth", "revenue", y))
    return fails


# --------------------------------------------------------------------------- text
def n0(x) -> str:
    x = round(x)
    return ("-" if x < 0 else "") + f"{abs(x):,}".replace(",", ".")


def n1(x, d: int = 1) -> str:
    ip, dp = f"{abs(x):,.{d}f}".split(".")
    return ("-" if x < 0 else "") + ip.replace(",", ".") + "," + dp


def tr(x) -> str:
    return n0(x) if abs(x - round(x)) < 1e-6 else n1(x)


OTHER_CO = "Công ty Cổ phần Nông sản Kỳ Tiến"
OWN_NAME = {"kc01": "Hợp tác xã Bánh ram Yên Minh", "kc02": "Tổ hợp tác Nón lá Phú Xuân",
            "kc03": "Hộ kinh doanh Phan Văn Thái", "kc04": "Công ty TNHH Dược liệu Xanh Vũ Quang",
            "kc05": "Hộ kinh doanh Võ Văn Khánh", "kc06": "Công ty TNHH Thủy sản Hải Lộc",
            "kc07": "Hộ kinh doanh Nguyễn Văn Thìn", "kc08": "Tổ hợp tác Chổi đót Hương Trà",
            "kc09": "Hợp tác xã Cu đơ Tiên Điền", "kc10": "Công ty Cổ phần Nông sản Cẩm Lạc"}
FOOD = {"kc01", "kc03", "kc04", "kc05", "kc06", "kc07", "kc09", "kc10"}
CRAFT = {"kc02", "kc08"}


def check_text(p: Plan) -> None:
    key, P = p.key, p.P
    m, t = model(key), model(key, planted=False)
    p.lacks(PLACEHOLDER, "template placeholder")
    # the theme: ngày công reckoned and priced in the prose as well as the tables
    p.check(p.count("ngày công") >= 6, f"'ngày công' only {p.count('ngày công')} times")
    p.check(bool(re.search(r"đồng/công|đ/công|đồng/chiếc", p.body)), "no day or piece rate")
    # the prose repeats the model's figures
    p.has(n0(m["out"][0]), n0(m["out"][2]), tr(m["rev"][0]), tr(m["inv_total"]))
    mm = re.search(r"hoàn vốn khoảng ([\d,]+) năm", p.body)
    if mm:
        pb = vn(mm.group(1))
        if key == "kc07":
            p.check(off(pb, t["payback"]) and pb == m["payback"], f"kc07 payback {pb} vs true {t['payback']}")
        else:
            p.check(close(pb, m["payback"], 0.05), f"payback {pb} vs {m['payback']}")
    p.check(p.count(OWN_NAME[key]) >= (3 if key == "kc10" else 1), "own name missing or rare")
    if P["verdict"] == "ready":
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất",
              "thử nghiệm")
        p.check(bool(re.search(r"TCCS|tiêu chuẩn cơ sở", p.body, re.I)), "no TCCS")
        p.lacks(REPLACED, "replaced instrument or district level in a ready plan")
        for d in re.findall(r"đến (\d{1,2}/\d{1,2}/(\d{4}))", p.body):
            p.check(int(d[1]) >= 2029, f"paper valid only to {d[0]}")
        if key in FOOD:
            p.has("an toàn thực phẩm", "15/2018/NĐ-CP", "tự công bố")
        if key in CRAFT:
            p.check("không phải thực phẩm" in p.body, "craft does not say it is not a food")
        p.check(bool(re.search(r"đăng ký môi trường", p.body, re.I)), "no environmental registration status")
        for y in Y:
            p.check(m["use"][y] <= 90, f"ready plan uses {m['use'][y]} % of its ngày công")
            for i in range(len(P["raws"])):
                p.check(m["raw_spare"][i][y] > 0, "ready plan short of raw material")
    if key == "kc04":
        p.has("không ghi công dụng chữa bệnh")
    if key == "kc05":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh", "alcohol licence")
        p.has("an toàn thực phẩm", "QCVN 6-3:2010/BYT", "etanol", "nhãn hiệu", "đăng ký môi trường",
              "đủ sức làm toàn bộ khối lượng công việc")
        p.check(m["need"][1] > m["avail"][1] * 1.05 and m["need"][2] > m["avail"][2] * 1.05,
                "kc05 need not > 5 % above the ngày công available")
        p.check(m["need"][0] <= m["avail"][0], "kc05 2027 already over")
        p.check(off(m["rev_lines"][0][1], t["rev_lines"][0][1]), "kc05 revenue line not > 5 % off")
    if key == "kc06":
        p.lacks(r"môi trường|chất thải|nước thải|mùi|xử lý|bể lắng|biogas|rác|khí thải|ô nhiễm",
                "environmental measure")
        p.has("bảo đảm đủ nguyên liệu")
        sup, need = m["raw_supply"][0], m["raw_need"][0]
        p.check(need[0] <= sup[0] and off(need[1], sup[1]) and off(need[2], sup[2]) and need[2] > need[1] > sup[1],
                "kc06 shortfall not as planted")
        true_cal = sum(c[1] for c in m["cal"])
        p.check(off(m["seas_avail"][1], true_cal), "kc06 calendar total not > 5 % off")
        p.check(t["avail"][1] >= m["need"][1], "kc06: the true ngày công would no longer cover the need")
    if key == "kc07":
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|QR", "label")
        p.has("nhãn hiệu", "an toàn thực phẩm", "tự công bố", "thuê thêm 6 lao động thời vụ")
        p.check(P["crew"][0] == 3 and "2027 (3 người)" in p.body, "kc07 crew in the tables not 3")
        p.check(off(m["payback"], t["payback"]), "kc07 payback not > 5 % off")
    if key == "kc08":
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|chỉ dẫn địa lý", "trademark")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện",
              "hu cầu chổi đót trên thị trường rất lớn")
        p.lacks(r"148/QĐ-TTg|1489", "current programme cited")
        p.check(m["out_growth"][1] > 50 and m["rev_growth"][1] > 50 and m["rev_growth"][2] > 50,
                "kc08 growth not as planted")
    if key == "kc09":
        p.lacks(r"an toàn|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food safety")
        p.lacks(r"truy xuất|nhật ký|QR|mã lô|số lô|(?<!\w)lô(?!\w)|kiểm soát|kiểm tra|lưu mẫu|(?<!\w)tem(?!\w)|"
                r"mã vạch|HACCP|ISO", "quality control")
        p.has("TCCS", "thử nghiệm", "nhãn hiệu", "43/2017/NĐ-CP")
        p.check(off(m["profit"][1], t["profit"][1]), "kc09 profit not > 5 % off")
    if key == "kc10":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|"
                r"chỉ tiêu (chất lượng|an toàn|vi sinh|hóa lý|cảm quan)", "product standard")
        p.has("an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "QR", "đăng ký môi trường",
              "bảo đảm đủ vốn cho phương án")
        p.check(p.count(OTHER_CO) >= 3, "kc10: the other company fewer than 3 times")
        p.check(off(m["src_total"], m["inv_total"]), "kc10 sources not > 5 % off")
    if key != "kc10":
        p.lacks(OTHER_CO, "kc10's other company")


SKETCHY = {
    "kc11": dict(has=["80.000 đồng/kg", "50 triệu đồng", "200.000 đồng/ngày", "100 ngày công"],
                 lacks=r"đăng ký hộ kinh doanh|mã số|an toàn thực phẩm|tiêu chuẩn|nhãn hàng hóa|nhãn hiệu|"
                       r"truy xuất|môi trường"),
    "kc12": dict(has=["40.000 đồng/chiếc", "60 triệu đồng", "180.000 đồng/ngày", "6 chiếc/ngày"],
                 lacks=r"tiêu chuẩn|nhãn hàng hóa|nhãn hiệu|thẻ treo|truy xuất|xử lý|đăng ký môi trường"),
}


def check_sketchy(p: Plan) -> None:
    words = len(re.sub(r"^#+ ", "", p.body, flags=re.M).split())
    p.check(150 <= words <= 350, f"sketchy plan has {words} words")
    p.check(not p.rows_any(), "sketchy plan has a table")
    p.has(*SKETCHY[p.key]["has"])
    p.lacks(SKETCHY[p.key]["lacks"], "a paper the sketchy plan does not have")
    p.lacks(PLACEHOLDER, "template placeholder")


def run(keys: list[str]) -> list[Plan]:
    plans = []
    for key in keys:
        P = PLANS[key]
        p = Plan(P["stem"], key)
        if P.get("kind") == "sketchy":
            check_sketchy(p)
        else:
            check_tables(p)
            got = reviewer(p)
            want = FAILS.get(key, set())
            for f in sorted(got - want, key=str):
                p.failures.append(f"reviewer check fails where nothing is planted: {f}")
            for f in sorted(want - got, key=str):
                p.failures.append(f"planted defect not seen by the reviewer's checks: {f}")
            check_text(p)
            n = len(p.tabs)
            p.check(10 <= n <= 15, f"{n} tables")
        plans.append(p)
    return plans


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if a in PLANS] or list(PLANS)
    return plancheck.report(run(keys))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
