"""The 270th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout270/arithmetic.py [jl01 jl05 ...]

Theme: raw material bought or harvested in its short season and stored for year-round production.
For every full plan (jl01-jl10) the constants give the products (pack size in the plan's base unit,
the 2027 price and packs), the yearly output and price growth, the 2024-2026 history, the seasonal
raw material (norm per base unit of output, purchase price per year, storage loss rate, the stock
carried in from 2026), the supply rows bought in season (count x yield), the 2027 buying and using
calendar (shares per quarter or month), the store and its capacity, the limiting equipment, staff
and wages, the cost lines (material bought, auxiliary material as a share of revenue, storage,
wages, depreciation, interest, other costs as a share of revenue), investment items and sources.

`model()` turns them into every figure the plans print (the generator that wrote the plans used it
too); `tables()` lays the figures out as the plans' tables. The check reads every numeric cell of
every table back from the plan's source and compares it with the model as printed (within 1 %),
then compares the printed model with the true one (no planted defect): the cells that differ must
be exactly the planted ones and their declared knock-ons, each planted cell off by more than 5 %.
On the true model it asserts what a reviewer checks: revenue = packs x price, sums, profit =
revenue - cost, sources = investment, payback = investment / (mean profit + depreciation), the
yearly balance of the stored material (stock in + bought - losses - used = stock out, carried to
the next year), the calendar summing to the year, the peak stock within the store, output within
the equipment, growth and margins in range -- except where a defect is planted. Textual defects
are asserted by the absence (or presence) of their words. Sketchy plans: 150-350 words, no table.
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
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")
QUARTERS = ["Quý I", "Quý II", "Quý III", "Quý IV"]
MONTHS = [f"Tháng {i}" for i in range(1, 13)]

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base unit, 2027 price đ, 2027 packs)
# mat: seasonal raw material: name, short name, norm per base unit of output, price đ/kg per year,
#      storage loss (share of what is bought), stock carried in from 2026 (kg), display unit
# supply: (label, counts per year, count word, kg per count, season)
# cal: 2027 calendar: period labels, share of the year's buying and of the year's use per period
# store: (name, capacity kg); cap: (rating per day, days, rating text, what it bounds: out | buy)
# roles: (role, staff per year); wage: monthly wage per year (triệu đồng)
# aux / oth: cost lines as a share of revenue; storec: storage cost per year (triệu đồng)
# inv: (label, triệu, fixed?); src: (label, triệu); loan balances per year (triệu) and rate
# plant: the planted numeric defects; knock: keys of cells allowed to follow them
PLANS: dict[str, dict] = {
    "jl01": dict(
        unit="kg",
        products=[("Cu đơ lạc mật mía, hộp 300 g", "hộp", 0.3, 48000, 50000),
                  ("Cu đơ lạc gừng, túi 500 g", "túi", 0.5, 70000, 24000),
                  ("Cu đơ thanh nhỏ 100 g", "thanh", 0.1, 12000, 30000)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[24500, 26300, 28000], price=[140000, 144000, 148000], margin=[0.12, 0.125, 0.13]),
        mat=dict(name="Lạc nhân (lạc sen loại 1)", short="lạc nhân", norm=0.42,
                 price=[48000, 49500, 51000], loss=0.03, open=4600, mu="kg"),
        supply=[("Hộ trồng lạc xã Xuân Lam", [40, 40, 40], "hộ", 180, "tháng 5 – 6"),
                ("Hộ trồng lạc xã Cổ Đạm", [20, 26, 32], "hộ", 180, "tháng 5 – 6"),
                ("HTX Nông nghiệp Xuân Liên", [1, 1, 1], "hợp đồng", 2600, "tháng 9 – 10")],
        cal=dict(labels=QUARTERS, buy=[0.0, 0.62, 0.10, 0.28], use=[0.30, 0.16, 0.20, 0.34]),
        store=("Kho khô thông gió có pallet, 80 m²", 16000),
        equip=[("Máy rang lạc tang trống", "50 kg lạc/mẻ, 6 mẻ/ngày"),
               ("Dây chuyền cán, cắt kẹo (khâu giới hạn)", "150 kg kẹo/ngày × 280 ngày")],
        cap=(150, 280, "150 kg kẹo/ngày", "out"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Rang lạc, nấu mật, cán kẹo", [6, 6, 7]),
               ("Đóng gói, kho", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.5, 6.9, 7.3],
        aux=("Mật mía, gừng, bánh đa, bao bì", 0.34), oth=("Điện, nước, bán hàng, khác", 0.08),
        storec=[36, 38, 40],
        inv=[("Mở rộng nhà xưởng 150 m² một chiều", 800, True), ("Máy rang lạc tang trống 50 kg/mẻ", 180, True),
             ("Nồi nấu mật có cánh khuấy", 150, True), ("Máy cán, cắt kẹo bán tự động", 220, True),
             ("Cải tạo kho khô, pallet, máy hút ẩm", 160, True),
             ("Thiết kế bao bì, mã vạch, tem truy xuất", 60, False), ("Vốn lưu động mua lạc mùa vụ", 430, False)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1000)],
        life=10, loan=[1000, 800, 600], rate=0.08,
        comps=[("Cu đơ loại thường bán ở chợ", "túi 500 g", 55000),
               ("Cu đơ của một cơ sở ở Hương Sơn", "hộp 300 g", 45000),
               ("Kẹo lạc đóng gói công nghiệp", "túi 500 g", 62000)],
        sched=[("Quý I/2027", "Hoàn thiện xưởng mở rộng, lắp máy cán kẹo", "Giám đốc"),
               ("Tháng 5 – 6/2027", "Thu mua lạc vụ xuân theo hợp đồng, nhập kho khô", "Phụ trách kho"),
               ("Quý III/2027", "Nộp hồ sơ đánh giá OCOP lên Hội đồng cấp tỉnh", "Giám đốc"),
               ("Tháng 9 – 10/2027", "Thu mua lạc vụ thu, kiểm kê tồn kho chuyển năm", "Kế toán"),
               ("2028 – 2029", "Mở thêm đại lý Vinh, Hà Nội; nâng hạng 4 sao", "Giám đốc")],
        plant={}, knock=set()),
    "jl02": dict(
        unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 38000, 36000),
                  ("Cà gai leo khô cắt đoạn, túi 300 g", "túi", 0.3, 72000, 9000),
                  ("Cà gai leo khô, túi 1 kg", "túi", 1, 210000, 1200)],
        g_out=(0.07, 0.07), g_price=0.03,
        hist=dict(out=[4700, 5050, 5400], price=[360000, 370000, 380000], margin=[0.16, 0.17, 0.17]),
        mat=dict(name="Cà gai leo khô (thân lá đã sấy)", short="cà gai leo khô", norm=1.15,
                 price=[70000, 72000, 74000], loss=0.04, open=2500, mu="kg"),
        supply=[("Vùng trồng của hợp tác xã, 6 ha", [1, 1, 1], "vùng", 3900, "tháng 6 – 7, 11 – 12"),
                ("Hộ thành viên thôn Bàu Láng", [14, 15, 16], "hộ", 150, "tháng 6 – 7, 11 – 12"),
                ("Hộ liên kết thôn Trung Hòa", [8, 10, 12], "hộ", 120, "tháng 11 – 12")],
        cal=dict(labels=QUARTERS, buy=[0.0, 0.20, 0.35, 0.45], use=[0.25, 0.25, 0.25, 0.25]),
        store=("Kho dược liệu khô 60 m², kệ cao, máy hút ẩm", 6000),
        equip=[("Máy sấy bơm nhiệt 2 buồng", "300 kg lá tươi/mẻ"),
               ("Máy nghiền và máy đóng túi lọc (khâu giới hạn)", "30 kg/ngày × 260 ngày")],
        cap=(30, 260, "30 kg/ngày", "out"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu hái, sơ chế, sấy", [3, 3, 3]),
               ("Nghiền, đóng túi lọc", [3, 3, 3]), ("Bán hàng, kho", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4],
        aux=("Túi lọc, hộp, bao bì", 0.16), oth=("Điện, nước, bán hàng, khác", 0.08),
        storec=[24, 25, 26],
        inv=[("Nhà kho dược liệu khô 60 m²", 250, True), ("Máy sấy bơm nhiệt 2 buồng", 280, True),
             ("Máy nghiền và máy đóng túi lọc", 320, True), ("Bao bì, mã vạch, tem truy xuất", 40, False),
             ("Kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 40, False),
             ("Vốn lưu động mua dược liệu mùa vụ", 270, False)],
        src=[("Vốn góp của thành viên", 400), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 550, 400], rate=0.08,
        comps=[("Trà cà gai leo túi lọc (Hà Nội)", "hộp 25 túi", 45000),
               ("Cà gai leo khô bán ở chợ", "túi 500 g", 90000),
               ("Trà thảo mộc túi lọc của tỉnh bạn", "hộp 20 túi", 35000)],
        sched=[("Quý I/2027", "Lắp máy đóng túi lọc, kiểm nghiệm lô đầu", "Giám đốc HTX"),
               ("Tháng 6 – 7/2027", "Thu hái lứa 1, sấy, nhập kho khô", "Tổ sản xuất"),
               ("Quý III/2027", "Nộp hồ sơ OCOP lên Hội đồng cấp tỉnh", "Giám đốc HTX"),
               ("Tháng 11 – 12/2027", "Thu hái lứa 2, kiểm kê tồn kho chuyển năm", "Kế toán"),
               ("2028 – 2029", "Mở rộng 2 ha, thêm 4 hộ liên kết", "Ban quản trị")],
        plant={}, knock=set()),
    "jl03": dict(
        unit="lít",
        products=[("Nước cốt chanh leo pha sẵn, chai 330 ml", "chai", 0.33, 18000, 60000),
                  ("Nước cốt chanh leo pha sẵn, chai 1 lít", "chai", 1, 48000, 6000)],
        g_out=(0.06, 0.06), g_price=0.03,
        hist=dict(out=[21000, 22600, 24200], price=[50000, 51000, 52000], margin=[0.12, 0.12, 0.13]),
        mat=dict(name="Cốt chanh leo cấp đông (ruột quả cả hạt)", short="cốt chanh leo", norm=0.35,
                 price=[35000, 36000, 37000], loss=0.05, open=3200, mu="kg"),
        supply=[("Vườn chanh leo của hộ, 1,2 ha", [1, 1, 1], "vườn", 3000, "tháng 6 – 10"),
                ("Hộ trồng chanh leo thôn Kim Hoa", [10, 10, 11], "hộ", 450, "tháng 6 – 10"),
                ("Hộ trồng chanh leo thôn Sơn Thủy", [6, 7, 7], "hộ", 450, "tháng 7 – 9")],
        cal=dict(labels=QUARTERS, buy=[0.0, 0.15, 0.60, 0.25], use=[0.18, 0.28, 0.30, 0.24]),
        store=("Kho cấp đông −18 °C, 25 m³", 8000),
        equip=[("Máy tách hạt, chà cốt", "300 kg quả/giờ"),
               ("Nồi thanh trùng và máy chiết rót (khâu giới hạn)", "140 lít/ngày × 250 ngày")],
        cap=(140, 250, "140 lít/ngày", "out"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Sơ chế, cấp đông, pha chế", [2, 2, 2]),
               ("Chiết rót, đóng thùng, giao hàng", [2, 2, 2])],
        wage=[5.2, 5.5, 5.8],
        aux=("Đường, chai, nắp, nhãn", 0.22), oth=("Điện, nước, bán hàng, khác", 0.07),
        storec=[30, 31, 32],
        inv=[("Kho cấp đông 20 m³ và tủ đông", 150, True), ("Máy tách hạt, chà cốt", 60, True),
             ("Nồi thanh trùng, máy chiết rót, đóng nắp", 180, True), ("Cải tạo phòng pha chế 40 m²", 90, True),
             ("Bao bì, mã vạch, tem truy xuất", 30, False), ("Vốn lưu động mua quả chính vụ", 140, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 200, 100], rate=0.066,
        comps=[("Nước chanh leo đóng chai của một hãng lớn", "chai 330 ml", 15000),
               ("Cốt chanh leo đông lạnh bán lẻ", "hũ 500 g", 45000),
               ("Nước ép trái cây đóng hộp", "hộp 1 lít", 42000)],
        sched=[("Quý I/2027", "Lắp thêm tủ đông, máy chiết rót", "Chủ hộ"),
               ("Tháng 6 – 10/2027", "Thu mua quả chính vụ, chà cốt, cấp đông", "Chủ hộ"),
               ("Quý III/2027", "Nộp hồ sơ OCOP lên Hội đồng cấp tỉnh", "Chủ hộ"),
               ("Tháng 12/2027", "Kiểm kê cốt tồn kho chuyển sang năm 2028", "Người ghi sổ"),
               ("2028 – 2029", "Thêm 2 hộ liên kết, vào 2 chuỗi cửa hàng", "Chủ hộ")],
        plant={}, knock=set()),
    "jl04": dict(
        unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 160000, 5000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, 290000, 1500),
                  ("Mật ong hoa keo, can 2 kg", "can", 2, 520000, 300)],
        g_out=(0.06, 0.06), g_price=0.03,
        hist=dict(out=[3900, 4150, 4380], price=[280000, 288000, 296000], margin=[0.15, 0.16, 0.16]),
        mat=dict(name="Mật ong thô (mật vắt, chưa hạ thủy phần)", short="mật ong thô", norm=1.06,
                 price=[120000, 123000, 126000], loss=0.02, open=1500, mu="kg"),
        supply=[("Đàn ong của 12 tổ viên", [320, 340, 360], "đàn", 12, "tháng 3 – 5, 10 – 11"),
                ("Hộ nuôi ong xã Sơn Kim (hợp đồng)", [8, 8, 9], "hộ", 180, "tháng 3 – 5")],
        cal=dict(labels=MONTHS, buy=[0, 0, 0.18, 0.24, 0.20, 0.05, 0, 0, 0, 0.15, 0.18, 0],
                 use=[0.11, 0.07, 0.07, 0.07, 0.07, 0.08, 0.08, 0.08, 0.08, 0.08, 0.09, 0.12]),
        store=("Phòng bồn chứa: 8 bồn inox × 500 kg", 4000),
        equip=[("Máy hạ thủy phần mật ong (khâu giới hạn)", "40 kg/ngày × 200 ngày"),
               ("Máy chiết rót định lượng", "300 chai/giờ")],
        cap=(40, 200, "40 kg/ngày", "out"),
        roles=[("Tổ trưởng, kế toán", [1, 1, 1]), ("Thu mua, hạ thủy phần, lọc", [1, 1, 1]),
               ("Chiết rót, dán nhãn, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.3, 5.6],
        aux=("Chai, hũ, can, nhãn", 0.07), oth=("Điện, vận chuyển, bán hàng", 0.06),
        storec=[12, 12, 13],
        inv=[("Máy hạ thủy phần mật ong", 150, True), ("8 bồn inox 500 kg có van đáy", 96, True),
             ("Phòng chiết rót 30 m² một chiều", 120, True), ("Máy chiết rót định lượng", 60, True),
             ("Bao bì, nhãn, tem truy xuất", 30, False), ("Vốn lưu động mua mật theo mùa hoa", 244, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 240, 180], rate=0.066,
        comps=[("Mật ong đóng chai bán ở siêu thị", "chai 500 g", 145000),
               ("Mật ong rừng bán qua mạng", "chai 500 g", 220000),
               ("Mật ong keo bán lẻ ở chợ", "lít", 180000)],
        sched=[("Tháng 1 – 2/2027", "Lắp máy hạ thủy phần, bồn inox", "Tổ trưởng"),
               ("Tháng 3 – 5/2027", "Thu mua mật vụ xuân, lấy mẫu kiểm nghiệm từng lô", "Tổ viên phụ trách kho"),
               ("Quý III/2027", "Nộp hồ sơ OCOP lên Hội đồng cấp tỉnh", "Tổ trưởng"),
               ("Tháng 10 – 11/2027", "Thu mua mật vụ thu, kiểm kê tồn bồn", "Kế toán"),
               ("2028 – 2029", "Tăng đàn ong tổ viên, thêm 1 hộ liên kết", "Tổ trưởng")],
        plant={}, knock=set()),
    "jl05": dict(
        unit="lít", bal="short",
        products=[("Rượu nếp cái 29 độ, chai 500 ml", "chai", 0.5, 80000, 20000),
                  ("Rượu nếp cái 29 độ, bình gốm 2 lít", "bình", 2, 300000, 2000),
                  ("Rượu nếp cái 35 độ, can 5 lít", "can", 5, 420000, 600)],
        g_out=(0.15, 0.15), g_price=0.04,
        hist=dict(out=[13200, 14500, 15900], price=[125000, 130000, 135000], margin=[0.12, 0.13, 0.13]),
        mat=dict(name="Gạo nếp cái hoa vàng", short="gạo nếp", norm=1.25,
                 price=[32000, 33000, 34000], loss=0.03, open=5500, mu="kg"),
        supply=[("Thành viên", [28, 28, 28], "hộ", 500, "tháng 5 – 6, 9 – 10"),
                ("Hộ thôn Phú Lợi", [12, 12, 12], "hộ", 500, "tháng 5 – 6")],
        cal=dict(labels=QUARTERS, buy=[0.0, 0.60, 0.15, 0.25], use=[0.20, 0.24, 0.25, 0.31]),
        store=("Kho gạo có chum, bao hút chân không, 40 m²", 16000),
        equip=[("3 nồi chưng cất cách thủy (khâu giới hạn)", "3 × 40 lít/ngày × 260 ngày"),
               ("Máy lọc, khử andehit", "200 lít/giờ")],
        cap=(120, 260, "3 nồi × 40 lít/ngày", "out"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Hạ thổ, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=[5.8, 6.1, 6.4],
        aux=("Men lá, chai, bình gốm, nhãn", 0.15), oth=("Củi, điện, bán hàng, khác", 0.08),
        storec=[18, 19, 20],
        inv=[("Nhà nấu và kho hạ thổ 120 m²", 600, True), ("Nồi chưng cất thứ ba và máy khử andehit", 240, True),
             ("Chum, bình gốm ủ rượu", 110, True), ("Hầm biogas và bể chứa bỗng rượu", 90, True),
             ("Thiết kế bao bì, nhãn, tem truy xuất", 50, False), ("Vốn lưu động mua nếp chính vụ", 290, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 780)],
        life=10, loan=[780, 620, 460], rate=0.08,
        comps=[("Rượu nếp đóng chai của một làng nghề Nghệ An", "chai 500 ml", 70000),
               ("Rượu nếp bán can ở chợ", "lít", 90000),
               ("Rượu đóng chai công nghiệp 29 độ", "chai 500 ml", 65000)],
        sched=[("Quý I/2027", "Lắp nồi chưng cất thứ ba, máy khử andehit", "Giám đốc HTX"),
               ("Tháng 5 – 6/2027", "Thu mua nếp vụ xuân, phơi, đóng bao nhập kho", "Tổ thu mua"),
               ("Quý III/2027", "Nộp hồ sơ OCOP lên Hội đồng cấp tỉnh", "Giám đốc HTX"),
               ("Tháng 9 – 10/2027", "Thu mua nếp vụ mùa của thành viên", "Tổ thu mua"),
               ("2028 – 2029", "Tăng sản lượng 15 %/năm, mở đại lý Vinh", "Ban quản trị")],
        plant={"payback": 1.1}, knock=set()),
    "jl06": dict(
        unit="lít", no_use_row=True,
        products=[("Nước mắm cá cơm 35 độ đạm, chai 500 ml", "chai", 0.5, 70000, 30000),
                  ("Nước mắm cá cơm 25 độ đạm, chai 1 lít", "chai", 1, 60000, 15000),
                  ("Nước mắm 20 độ đạm, can 5 lít", "can", 5, 220000, 2000)],
        g_out=(0.12, 0.12), g_price=0.03,
        hist=dict(out=[33000, 35500, 38000], price=[66000, 68000, 70000], margin=[0.10, 0.11, 0.11]),
        mat=dict(name="Cá cơm tươi muối chượp", short="cá cơm", norm=1.4,
                 price=[22000, 23000, 24000], loss=0.02, open=36000, mu="tấn"),
        supply=[("Tàu của cổ đông, vụ cá nam", [6, 7, 8], "tàu", 6000, "tháng 3 – 8"),
                ("Nậu cá bến Cửa Sót (hợp đồng)", [4, 4, 4], "nậu", 5000, "tháng 4 – 8")],
        cal=dict(labels=QUARTERS, buy=[0.05, 0.45, 0.45, 0.05], use=[0.25, 0.25, 0.25, 0.25]),
        store=("Nhà thùng: 60 bể chượp × 2.000 kg", 120000),
        equip=[("60 bể chượp bê tông lót gạch men", "2.000 kg cá/bể"),
               ("Dây chuyền lọc, chiết chai (khâu giới hạn)", "170 lít/ngày × 250 ngày")],
        cap=(170, 250, "170 lít/ngày", "out"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Muối chượp, đảo chượp, kéo rút", [5, 5, 5]),
               ("Lọc, chiết chai, đóng thùng", [4, 4, 4]), ("Bán hàng", [2, 2, 2])],
        wage=[6.2, 6.5, 6.8],
        aux=("Muối, chai, can, thùng", 0.16), oth=("Điện, vận chuyển, bán hàng, khác", 0.07),
        storec=[30, 31, 32],
        inv=[("Mái che, nền nhà thùng 400 m²", 550, True), ("20 bể chượp bổ sung", 300, True),
             ("Bồn inox chứa nước mắm cốt", 250, True), ("Xe tải nhỏ chở cá có thùng lạnh", 180, True),
             ("Bao bì, mã vạch, tem truy xuất", 60, False), ("Vốn lưu động mua cá chính vụ", 660, False)],
        src=[("Vốn góp của cổ đông", 1200), ("Vay Ngân hàng thương mại", 800)],
        life=10, loan=[800, 650, 500], rate=0.08,
        comps=[("Nước mắm truyền thống Nghệ An", "chai 500 ml", 65000),
               ("Nước mắm Phú Quốc bán ở siêu thị", "chai 500 ml", 85000),
               ("Nước mắm công nghiệp pha chế", "chai 1 lít", 35000)],
        sched=[("Quý I/2027", "Làm mái che nhà thùng, xây 20 bể chượp", "Giám đốc"),
               ("Tháng 3 – 8/2027", "Mua cá cơm chính vụ, muối chượp vào bể", "Quản đốc"),
               ("Quý III/2027", "Nộp hồ sơ OCOP lên Hội đồng cấp tỉnh", "Giám đốc"),
               ("Tháng 12/2027", "Kiểm kê chượp tồn bể chuyển năm", "Kế toán"),
               ("2028 – 2029", "Mở đại lý Hà Nội, Đà Nẵng", "Phó giám đốc")],
        plant={}, knock=set()),
    "jl07": dict(
        unit="kg",
        products=[("Trà gừng túi lọc, hộp 20 túi × 2 g", "hộp", 0.04, 28000, 40000),
                  ("Gừng lát sấy khô, túi 200 g", "túi", 0.2, 48000, 6000),
                  ("Bột gừng nguyên chất, hũ 100 g", "hũ", 0.1, 36000, 8000)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[2900, 3150, 3350], price=[430000, 440000, 450000], margin=[0.13, 0.14, 0.14]),
        mat=dict(name="Gừng củ tươi (gừng trâu)", short="gừng tươi", norm=10.0,
                 price=[12000, 12500, 13000], loss=0.08, open=12000, mu="kg"),
        supply=[("Ruộng gừng của hộ, 1 ha", [1, 1, 1], "ruộng", 15000, "tháng 11 – 1"),
                ("Hộ trồng gừng thôn Khe Cò", [18, 19, 20], "hộ", 1000, "tháng 11 – 1"),
                ("Hộ trồng gừng thôn Tân Hương", [8, 10, 12], "hộ", 900, "tháng 12 – 1")],
        cal=dict(labels=QUARTERS, buy=[0.45, 0.0, 0.0, 0.55], use=[0.25, 0.25, 0.25, 0.25]),
        store=("Hầm cát trữ gừng 60 m² và kho mát", 40000),
        equip=[("Máy thái lát gừng", "200 kg/giờ"),
               ("Máy sấy bơm nhiệt (khâu giới hạn)", "18 kg sản phẩm/ngày × 260 ngày")],
        cap=(18, 260, "18 kg/ngày", "out"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Rửa, thái, sấy", [3, 3, 3]),
               ("Nghiền, đóng túi, bán hàng", [2, 2, 2])],
        wage=[5.2, 5.5, 5.8],
        aux=("Túi lọc, hộp, hũ", 0.12), oth=("Điện sấy, nước, bán hàng", 0.09),
        storec=[15, 16, 16],
        inv=[("Hầm cát trữ gừng 60 m²", 120, True), ("Máy sấy bơm nhiệt", 260, True),
             ("Máy thái lát, máy nghiền bột", 110, True), ("Máy đóng túi lọc", 150, True),
             ("Bao bì, mã vạch", 30, False), ("Vốn lưu động mua gừng chính vụ", 230, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=10, loan=[400, 300, 200], rate=0.066,
        comps=[("Trà gừng hòa tan bán ở siêu thị", "hộp 20 gói", 40000),
               ("Gừng sấy lát bán trên mạng", "túi 200 g", 70000),
               ("Bột gừng của một cơ sở Nghệ An", "hũ 100 g", 40000)],
        sched=[("Tháng 1/2027", "Thu mua gừng cuối vụ, trữ hầm cát", "Chủ hộ"),
               ("Quý II/2027", "Lắp máy đóng túi lọc", "Chủ hộ"),
               ("Quý III/2027", "Nộp hồ sơ OCOP lên Hội đồng OCOP cấp huyện", "Chủ hộ"),
               ("Tháng 11 – 12/2027", "Thu mua gừng vụ mới, kiểm kê hầm", "Chủ hộ"),
               ("2028 – 2029", "Thêm hộ trồng gừng liên kết", "Chủ hộ")],
        plant={"rev": (1, 0, 1.16)}, knock={"rev_tot", "c_aux", "c_oth", "cost", "profit", "margin", "payback"}),
    "jl08": dict(
        unit="kg",
        products=[("Khoai lang sấy dẻo, túi 250 g", "túi", 0.25, 38000, 40000),
                  ("Khoai lang sấy dẻo, hộp 500 g", "hộp", 0.5, 70000, 8000),
                  ("Khoai lang sấy dẻo, túi 1 kg cho đại lý", "túi", 1, 120000, 2000)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[12600, 13700, 14800], price=[150000, 153000, 156000], margin=[0.10, 0.11, 0.11]),
        mat=dict(name="Khoai lang mật tươi", short="khoai lang tươi", norm=3.2,
                 price=[9000, 9300, 9600], loss=0.07, open=5000, mu="tấn"),
        supply=[("Vùng khoai của công ty, 5 ha", [1, 1, 1], "vùng", 22000, "tháng 1 – 4, 11 – 12"),
                ("Hộ liên kết xã Cẩm Bình", [34, 36, 38], "hộ", 700, "tháng 3 – 4, 7 – 8"),
                ("Hộ liên kết xã Cẩm Duệ", [18, 20, 22], "hộ", 750, "tháng 1, 7 – 8, 12")],
        cal=dict(labels=QUARTERS, buy=[0.22, 0.30, 0.20, 0.28], use=[0.24, 0.26, 0.24, 0.26]),
        store=("Kho mát thông gió 200 m² (khoai tươi)", 30000),
        equip=[("Nồi hấp khoai 300 kg/mẻ", "3 mẻ/ngày"),
               ("Máy sấy dẻo 2 buồng (khâu giới hạn)", "80 kg thành phẩm/ngày × 270 ngày")],
        cap=(80, 270, "80 kg/ngày", "out"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Rửa, hấp, cắt khoai", [5, 5, 6]),
               ("Sấy, đóng gói", [4, 4, 4]), ("Bán hàng, kho", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        aux=("Bao bì, túi zip, hộp", 0.08), oth=("Điện sấy, nước, bán hàng", 0.10),
        storec=[40, 42, 44],
        inv=[("Kho mát thông gió 200 m²", 450, True), ("Máy sấy dẻo 2 buồng", 380, True),
             ("Nồi hấp, máy cắt, bàn inox", 170, True), ("Máy đóng gói hút chân không", 120, True),
             ("Thiết kế bao bì", 40, False), ("Vốn lưu động mua khoai chính vụ", 340, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng thương mại", 700)],
        life=10, loan=[700, 560, 420], rate=0.08,
        comps=[("Khoai lang sấy dẻo Đà Lạt", "túi 250 g", 45000),
               ("Khoai lang sấy của cơ sở Nghệ An", "túi 500 g", 65000),
               ("Khoai lang sấy giòn nhập khẩu", "túi 200 g", 55000)],
        sched=[("Quý I/2027", "Hoàn thành kho mát, lắp máy sấy", "Giám đốc"),
               ("Tháng 3 – 4/2027", "Thu khoai vụ xuân, nhập kho mát", "Phụ trách vùng nguyên liệu"),
               ("Quý III/2027", "Công ty TNHH Nông sản Lam Hồng nộp hồ sơ OCOP", "Giám đốc"),
               ("Tháng 11 – 12/2027", "Thu khoai vụ đông, kiểm kê tồn kho", "Kế toán"),
               ("2028 – 2029", "Mở rộng vùng liên kết, vào chuỗi siêu thị", "Giám đốc")],
        plant={"sup_tot": (1, 1.12)}, knock=set()),
    "jl09": dict(
        unit="kg",
        products=[("Mực một nắng, túi 500 g", "túi", 0.5, 300000, 4000),
                  ("Mực một nắng loại lớn, hộp 1 kg", "hộp", 1, 580000, 1500),
                  ("Mực một nắng cắt khúc, khay 300 g", "khay", 0.3, 170000, 2000)],
        g_out=(0.06, 0.06), g_price=0.03,
        hist=dict(out=[3300, 3550, 3750], price=[545000, 555000, 570000], margin=[0.10, 0.10, 0.11]),
        mat=dict(name="Mực lá, mực ống tươi cấp đông", short="mực tươi", norm=1.7,
                 price=[160000, 164000, 168000], loss=0.03, open=1500, mu="kg"),
        supply=[("Thuyền câu mực của thành viên", [10, 10, 11], "thuyền", 550, "tháng 3 – 8"),
                ("Nậu mực bến Cửa Nhượng (hợp đồng)", [1, 1, 1], "nậu", 2000, "tháng 4 – 8")],
        cal=dict(labels=MONTHS, buy=[0, 0, 0.10, 0.18, 0.22, 0.22, 0.16, 0.12, 0, 0, 0, 0],
                 use=[0.10, 0.06, 0.06, 0.08, 0.09, 0.09, 0.09, 0.08, 0.08, 0.08, 0.08, 0.11]),
        store=("Kho cấp đông −20 °C, 40 m³", 6000),
        equip=[("Tủ cấp đông nhanh", "300 kg/mẻ"),
               ("Giàn phơi và máy sấy lạnh (khâu giới hạn)", "20 kg thành phẩm/ngày × 260 ngày")],
        cap=(20, 260, "20 kg/ngày", "out"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Rã đông, mổ, phơi mực", [3, 3, 3]),
               ("Đóng gói, kho lạnh, bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        aux=("Muối, túi hút chân không, hộp", 0.05), oth=("Điện kho lạnh, bán hàng, khác", 0.07),
        storec=[48, 50, 52],
        inv=[("Kho cấp đông 40 m³ và tủ cấp đông nhanh", 420, True), ("Giàn phơi inox, máy sấy lạnh", 260, True),
             ("Máy hút chân không, cân, bàn inox", 90, True), ("Thiết kế bao bì", 30, False),
             ("Vốn lưu động mua mực chính vụ", 600, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 560, 420], rate=0.08,
        comps=[("Mực một nắng bán ở chợ Thạch Kim", "kg", 580000),
               ("Mực một nắng qua mạng (Thanh Hóa)", "túi 500 g", 350000),
               ("Mực khô loại 2", "kg", 750000)],
        sched=[("Tháng 1 – 2/2027", "Lắp kho cấp đông, giàn phơi inox", "Giám đốc HTX"),
               ("Tháng 3 – 8/2027", "Thu mua mực chính vụ, cấp đông nhập kho", "Tổ thu mua"),
               ("Quý III/2027", "Nộp hồ sơ OCOP lên Hội đồng cấp tỉnh", "Giám đốc HTX"),
               ("Tháng 12/2027", "Kiểm kê mực tồn kho chuyển năm", "Kế toán"),
               ("2028 – 2029", "Thêm 1 thuyền câu, mở điểm bán Vinh", "Ban quản trị")],
        plant={}, knock=set()),
    "jl10": dict(
        unit="lít",
        products=[("Dầu vừng ép lạnh, chai 250 ml", "chai", 0.25, 85000, 6000),
                  ("Dầu vừng ép lạnh, chai 500 ml", "chai", 0.5, 160000, 2000)],
        g_out=(0.90, 0.60), g_price=0.03,
        hist=dict(out=[2100, 2250, 2400], price=[300000, 305000, 310000], margin=[0.12, 0.13, 0.13]),
        mat=dict(name="Hạt vừng đen, vừng vàng đã phơi khô", short="hạt vừng", norm=2.6,
                 price=[55000, 56000, 57000], loss=0.02, open=3500, mu="kg"),
        supply=[("Hộ trồng vừng của tổ", [8, 8, 8], "hộ", 250, "tháng 8 – 9"),
                ("Hộ liên kết xã Thạch Lạc", [20, 52, 95], "hộ", 200, "tháng 8 – 9")],
        cal=dict(labels=QUARTERS, buy=[0.0, 0.0, 0.75, 0.25], use=[0.25, 0.22, 0.23, 0.30]),
        store=("Kho khô 40 m², thùng phuy kín", 12000),
        equip=[("Máy ép dầu trục vít (khâu giới hạn)", "40 lít/ngày × 250 ngày"),
               ("Bồn lắng, máy lọc dầu", "100 lít/mẻ")],
        cap=(40, 250, "40 lít/ngày", "out"),
        roles=[("Tổ trưởng, kế toán", [1, 1, 1]), ("Rang, ép, lọc dầu", [2, 2, 2]),
               ("Chiết chai, bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        aux=("Chai thủy tinh, nắp, nhãn", 0.08), oth=("Điện, vận chuyển, bán hàng", 0.06),
        storec=[10, 12, 14],
        inv=[("Máy ép dầu trục vít 40 lít/ngày", 180, True), ("Bồn lắng, máy lọc dầu", 70, True),
             ("Cải tạo kho khô, thùng phuy", 50, True), ("Bao bì, nhãn, QR", 20, False),
             ("Vốn lưu động mua vừng chính vụ", 180, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Quỹ hỗ trợ nông dân", 200)],
        life=10, loan=[200, 150, 100], rate=0.06,
        comps=[("Dầu vừng ép lạnh Quảng Nam", "chai 250 ml", 90000),
               ("Dầu mè tinh luyện công nghiệp", "chai 500 ml", 75000),
               ("Dầu lạc ép thủ công", "lít", 120000)],
        sched=[("Quý I/2027", "Bảo dưỡng máy ép, thay lưới lọc", "Tổ trưởng"),
               ("Tháng 8 – 9/2027", "Thu mua vừng vụ hè, phơi, nhập kho", "Tổ trưởng"),
               ("Quý III/2027", "Nộp hồ sơ OCOP lên Hội đồng cấp tỉnh", "Tổ trưởng"),
               ("Tháng 12/2027", "Kiểm kê vừng tồn kho chuyển năm", "Kế toán"),
               ("2028 – 2029", "Tăng sản lượng, ký thêm hộ liên kết", "Tổ trưởng")],
        plant={"profit": (0, 1.35)}, knock={"margin", "payback"}),
}


# --------------------------------------------------------------------------- helpers
def r10(x: float) -> int:
    return int(round(x / 10.0)) * 10


def r100(x: float) -> int:
    return int(round(x / 100.0)) * 100


def m1(x: float) -> float:
    return round(x + 1e-9, 1)


def fint(x: float) -> str:
    return f"{int(round(x)):,}".replace(",", ".")


def fdec(x: float, d: int = 1) -> str:
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def fq(x: float, mu: str) -> str:
    """A quantity of raw material in its display unit (kg as an integer, tấn with one decimal)."""
    return fint(x) if mu == "kg" else fdec(x / 1000.0, 1)


def split(total: int, shares: list[float]) -> list[int]:
    parts = [int(round(total * s)) for s in shares]
    k = max(range(len(shares)), key=lambda i: shares[i])
    parts[k] += total - sum(parts)
    return parts


# --------------------------------------------------------------------------- the model
def model(P: dict, plant: bool = True) -> dict:
    """Every figure of a plan; `plant=False` gives the true figures (no planted defect)."""
    pl = P.get("plant", {}) if plant else {}
    c: dict = {}
    prods = P["products"]
    n = len(prods)
    packs = [[p[4] for p in prods]]
    for k in range(2):
        packs.append([r10(x * (1 + P["g_out"][k])) for x in packs[-1]])
    price = [[r100(p[3] * (1 + P["g_price"]) ** y) for p in prods] for y in Y]
    out = [sum(packs[y][i] * prods[i][2] for i in range(n)) for y in Y]
    for y in Y:
        for i in range(n):
            c[("packs", y, i)] = packs[y][i]
            c[("price", y, i)] = price[y][i]
        c[("out", y)] = out[y]
    h = P["hist"]
    for y in Y:
        c[("h_out", y)] = h["out"][y]
        c[("h_price", y)] = h["price"][y]
        c[("h_rev", y)] = m1(h["out"][y] * h["price"][y] / 1e6)
        c[("h_prof", y)] = m1(c[("h_rev", y)] * h["margin"][y])
    # raw material: need, season's buying, losses, stock carried
    mat = P["mat"]
    need = [int(round(out[y] * mat["norm"])) for y in Y]
    for j, s in enumerate(P["supply"]):
        for y in Y:
            c[("sup", j, y)] = s[1][y] * s[3]
    buy = [sum(c[("sup", j, y)] for j in range(len(P["supply"]))) for y in Y]
    for y in Y:
        c[("sup_tot", y)] = buy[y]
    if "sup_tot" in pl:
        y, f = pl["sup_tot"]
        c[("sup_tot", y)] = int(round(buy[y] * f, -1))
    loss = [int(round(buy[y] * mat["loss"])) for y in Y]
    op = [mat["open"]]
    cl = []
    for y in Y:
        cl.append(op[y] + buy[y] - loss[y] - need[y])
        if y < 2:
            op.append(cl[y])
    for y in Y:
        c[("need", y)], c[("buy", y)], c[("loss", y)] = need[y], buy[y], loss[y]
        c[("open", y)], c[("close", y)] = op[y], cl[y]
        c[("avail", y)] = op[y] + buy[y] - loss[y]
    # 2027 calendar
    cal = P["cal"]
    cb = split(buy[0], cal["buy"])
    cu = split(need[0], cal["use"])
    lq = split(loss[0], cal["buy"])
    st, s = [], op[0]
    for q in range(len(cb)):
        s = s + cb[q] - cu[q] - lq[q]
        st.append(s)
        c[("cb", q)], c[("cu", q)], c[("cl", q)], c[("cs", q)] = cb[q], cu[q], lq[q], s
    c["peak"] = max([op[0]] + [op[0] + sum(cb[:q + 1]) - sum(cu[:q]) - sum(lq[:q + 1]) for q in range(len(cb))])
    c["peak_end"] = max([op[0]] + st)
    c["store"] = P["store"][1]
    # equipment
    rating, days = P["cap"][0], P["cap"][1]
    for y in Y:
        c[("cap", y)] = rating * days
        bound = out[y] if P["cap"][3] == "out" else buy[y]
        c[("use", y)] = round(bound / (rating * days) * 100, 1)
    # staff
    staff = [sum(r[1][y] for r in P["roles"]) for y in Y]
    for y in Y:
        c[("staff", y)] = staff[y]
        c[("wage", y)] = P["wage"][y]
        c[("wfund", y)] = m1(staff[y] * P["wage"][y] * 12)
    # investment and sources
    inv = sum(x[1] for x in P["inv"])
    fixed = sum(x[1] for x in P["inv"] if x[2])
    c["inv"] = inv
    for k, x in enumerate(P["inv"]):
        c[("inv_item", k)] = x[1]
    for k, x in enumerate(P["src"]):
        c[("src_item", k)] = x[1]
    c["fixed"] = fixed
    c["src"] = sum(x[1] for x in P["src"])
    for j, x in enumerate(P["src"]):
        c[("src_pct", j)] = round(x[1] / c["src"] * 100, 1)
    dep = m1(fixed / P["life"])
    # revenue
    for y in Y:
        for i in range(n):
            c[("rev", y, i)] = m1(packs[y][i] * price[y][i] / 1e6)
    if "rev" in pl:
        y, i, f = pl["rev"]
        c[("rev", y, i)] = m1(c[("rev", y, i)] * f)
    for y in Y:
        c[("rev_tot", y)] = m1(sum(c[("rev", y, i)] for i in range(n)))
    # costs
    for y in Y:
        rv = c[("rev_tot", y)]
        c[("c_mat", y)] = m1(buy[y] * mat["price"][y] / 1e6)
        c[("c_aux", y)] = m1(rv * P["aux"][1])
        c[("c_store", y)] = P["storec"][y]
        c[("c_wage", y)] = c[("wfund", y)]
        c[("c_dep", y)] = dep
        c[("c_int", y)] = m1(P["loan"][y] * P["rate"])
        c[("c_oth", y)] = m1(rv * P["oth"][1])
        keys = ["c_mat", "c_aux", "c_store", "c_wage", "c_dep", "c_int", "c_oth"]
        c[("cost", y)] = m1(sum(c[(k, y)] for k in keys))
    if "cost" in pl:
        y, f = pl["cost"]
        c[("cost", y)] = m1(c[("cost", y)] * f)
    for y in Y:
        c[("profit", y)] = m1(c[("rev_tot", y)] - c[("cost", y)])
    if "profit" in pl:
        y, f = pl["profit"]
        c[("profit", y)] = m1(c[("profit", y)] * f)
    for y in Y:
        c[("margin", y)] = round(c[("profit", y)] / c[("rev_tot", y)] * 100, 1)
    c["dep"] = dep
    c["payback"] = round(inv / (sum(c[("profit", y)] for y in Y) / 3 + dep), 1)
    if "payback" in pl:
        c["payback"] = pl["payback"]
    return c


# --------------------------------------------------------------------------- the tables
def tables(P: dict, c: dict) -> list[dict]:
    """The plan's tables: caption, unit line, header, rows; a numeric cell is (key, text)."""
    mat, mu = P["mat"], P["mat"]["mu"]
    n = len(P["products"])
    u = P["unit"]
    T = []

    def num(key, text):
        return (key, text)

    yh = [f"Năm {x}" for x in YEARS]
    T.append(dict(id="hist", caption="Kết quả sản xuất kinh doanh 2024 – 2026", unit=None,
                  head=["TT", "Chỉ tiêu"] + [f"Năm {x}" for x in HIST_YEARS],
                  rows=[["1", f"Sản lượng ({u})"] + [num(("h_out", y), fint(c[("h_out", y)])) for y in Y],
                        ["2", f"Giá bán bình quân (đồng/{u})"] + [num(("h_price", y), fint(c[("h_price", y)])) for y in Y],
                        ["3", "Doanh thu (triệu đồng)"] + [num(("h_rev", y), fdec(c[("h_rev", y)])) for y in Y],
                        ["4", "Lợi nhuận (triệu đồng)"] + [num(("h_prof", y), fdec(c[("h_prof", y)])) for y in Y]]))
    T.append(dict(id="prod", caption="Sản phẩm, quy cách và giá bán năm 2027", unit=None,
                  head=["TT", "Sản phẩm", "Đơn vị", f"Khối lượng ({u})", "Giá bán (đồng)"],
                  rows=[[str(i + 1), p[0], p[1], fdec(p[2], 2).rstrip("0").rstrip(","),
                         num(("price", 0, i), fint(c[("price", 0, i)]))] for i, p in enumerate(P["products"])]))
    if P.get("comps"):
        T.append(dict(id="comp", caption="Giá một số sản phẩm cùng loại trên thị trường", unit=None,
                      head=["TT", "Sản phẩm", "Quy cách", "Giá bán (đồng)"],
                      rows=[[str(i + 1), x[0], x[1], fint(x[2])] for i, x in enumerate(P["comps"])]))
    rows = []
    for j, s in enumerate(P["supply"]):
        cnt = s[1]
        cnts = str(cnt[0]) if len(set(cnt)) == 1 else "/".join(str(x) for x in cnt)
        per = fint(s[3]) if mu == "kg" else fint(s[3])
        rows.append([str(j + 1), f"{s[0]} ({cnts} {s[2]} × {per} kg)", s[4]]
                    + [num(("sup", j, y), fq(c[("sup", j, y)], mu)) for y in Y])
    rows.append(["", "Tổng thu mua trong năm", ""] + [num(("sup_tot", y), fq(c[("sup_tot", y)], mu)) for y in Y])
    T.append(dict(id="sup", caption=f"Nguồn thu mua {mat['short']} theo mùa vụ ({mu})", unit=None,
                  head=["TT", "Nguồn cung", "Mùa thu mua"] + yh, rows=rows))
    lp = int(round(mat["loss"] * 100)) if mat["loss"] * 100 == int(mat["loss"] * 100) else fdec(mat["loss"] * 100)
    if P.get("bal") == "short":
        brows = [["1", "Thu mua trong vụ"] + [num(("buy", y), fq(c[("buy", y)], mu)) for y in Y],
                 ["2", f"Hao hụt bảo quản ({lp} %)"] + [num(("loss", y), fq(c[("loss", y)], mu)) for y in Y],
                 ["3", "Nhu cầu đưa vào sản xuất"] + [num(("need", y), fq(c[("need", y)], mu)) for y in Y]]
    else:
        brows = [["1", "Tồn đầu năm (chuyển sang)"] + [num(("open", y), fq(c[("open", y)], mu)) for y in Y],
                 ["2", "Thu mua trong năm"] + [num(("buy", y), fq(c[("buy", y)], mu)) for y in Y],
                 ["3", f"Hao hụt bảo quản ({lp} %)"] + [num(("loss", y), fq(c[("loss", y)], mu)) for y in Y],
                 ["4", "Nhu cầu đưa vào sản xuất"] + [num(("need", y), fq(c[("need", y)], mu)) for y in Y],
                 ["5", "Tồn cuối năm (chuyển năm sau)"] + [num(("close", y), fq(c[("close", y)], mu)) for y in Y]]
    T.append(dict(id="bal", caption=f"Cân đối {mat['short']} 2027 – 2029 ({mu})", unit=None,
                  head=["TT", "Chỉ tiêu"] + yh, rows=brows))
    labels = P["cal"]["labels"]
    crow = [["Tồn đầu năm", "", "", "", num(("open", 0), fq(c[("open", 0)], mu))]]
    for q, lab in enumerate(labels):
        crow.append([lab] + [num((k, q), fq(c[(k, q)], mu)) for k in ("cb", "cu", "cl", "cs")])
    crow.append(["Cả năm", num(("buy", 0), fq(c[("buy", 0)], mu)), num(("need", 0), fq(c[("need", 0)], mu)),
                 num(("loss", 0), fq(c[("loss", 0)], mu)), num(("close", 0), fq(c[("close", 0)], mu))])
    T.append(dict(id="cal", caption=f"Lịch thu mua, sử dụng và tồn kho {mat['short']} năm 2027 ({mu})",
                  unit=None, head=["Kỳ", "Thu mua", "Chế biến", "Hao hụt", "Tồn cuối kỳ"], rows=crow))
    T.append(dict(id="eq", caption="Kho bảo quản và thiết bị chính", unit=None,
                  head=["TT", "Hạng mục", "Sức chứa, công suất"],
                  rows=[["1", P["store"][0], f"{fq(P['store'][1], mu)} {mu} {mat['short']}"]]
                  + [[str(k + 2), e[0], e[1]] for k, e in enumerate(P.get("equip", []))]))
    orows = [[str(i + 1), f"{p[0]} ({p[1]})"] + [num(("packs", y, i), fint(c[("packs", y, i)])) for y in Y]
             for i, p in enumerate(P["products"])]
    orows.append(["", f"Tổng sản lượng ({u})"] + [num(("out", y), fint(c[("out", y)])) for y in Y])
    if P["cap"][3] == "out" and not P.get("no_use_row"):
        orows.append(["", f"Công suất thiết kế ({u}/năm)"] + [num(("cap", y), fint(c[("cap", y)])) for y in Y])
        orows.append(["", "Tỷ lệ sử dụng công suất (%)"] + [num(("use", y), fdec(c[("use", y)])) for y in Y])
    T.append(dict(id="out", caption="Kế hoạch sản lượng 2027 – 2029", unit=None,
                  head=["TT", "Sản phẩm"] + yh, rows=orows))
    srows = [[str(k + 1), r[0]] + [str(r[1][y]) for y in Y] for k, r in enumerate(P["roles"])]
    srows.append(["", "Tổng số lao động (người)"] + [num(("staff", y), str(c[("staff", y)])) for y in Y])
    srows.append(["", "Lương bình quân (triệu đồng/tháng)"] + [num(("wage", y), fdec(c[("wage", y)])) for y in Y])
    srows.append(["", "Quỹ lương (triệu đồng/năm)"] + [num(("wfund", y), fdec(c[("wfund", y)])) for y in Y])
    T.append(dict(id="staff", caption="Lao động và tiền lương", unit=None, head=["TT", "Vị trí"] + yh, rows=srows))
    irows = [[str(k + 1), x[0], num(("inv_item", k), fint(x[1]))] for k, x in enumerate(P["inv"])]
    irows.append(["", "Tổng cộng", num("inv", fint(c["inv"]))])
    T.append(dict(id="inv", caption="Nhu cầu vốn đầu tư", unit="ĐVT: triệu đồng", head=["TT", "Hạng mục", "Số tiền"],
                  rows=irows))
    rrows = [[str(k + 1), x[0], num(("src_item", k), fint(x[1])), num(("src_pct", k), fdec(c[("src_pct", k)]))]
             for k, x in enumerate(P["src"])]
    rrows.append(["", "Tổng cộng", num("src", fint(c["src"])), "100,0"])
    T.append(dict(id="src", caption="Nguồn vốn thực hiện phương án", unit="ĐVT: triệu đồng",
                  head=["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows=rrows))
    vrows = [[str(i + 1), p[0]] + [num(("rev", y, i), fdec(c[("rev", y, i)])) for y in Y]
             for i, p in enumerate(P["products"])]
    vrows.append(["", "Tổng doanh thu"] + [num(("rev_tot", y), fdec(c[("rev_tot", y)])) for y in Y])
    T.append(dict(id="rev", caption="Doanh thu dự kiến", unit="ĐVT: triệu đồng", head=["TT", "Sản phẩm"] + yh,
                  rows=vrows))
    ap = int(round(P["aux"][1] * 100))
    op_ = int(round(P["oth"][1] * 100))
    life = P["life"]
    rp = fdec(P["rate"] * 100).replace(",0", "")
    crows = [["1", f"{mat['short'].capitalize()} thu mua"], ["2", f"{P['aux'][0]} ({ap} % DT)"],
             ["3", "Bảo quản kho"], ["4", "Tiền lương"], ["5", f"Khấu hao ({life} năm)"],
             ["6", f"Lãi vay ({rp} %/năm)"], ["7", f"{P['oth'][0]} ({op_} % DT)"]]
    for r, k in zip(crows, ["c_mat", "c_aux", "c_store", "c_wage", "c_dep", "c_int", "c_oth"]):
        r += [num((k, y), fdec(c[(k, y)])) for y in Y]
    crows.append(["", "Tổng chi phí"] + [num(("cost", y), fdec(c[("cost", y)])) for y in Y])
    T.append(dict(id="cost", caption="Chi phí sản xuất kinh doanh", unit="ĐVT: triệu đồng",
                  head=["TT", "Khoản mục"] + yh, rows=crows))
    T.append(dict(id="sum", caption="Tổng hợp hiệu quả kinh tế", unit="ĐVT: triệu đồng",
                  head=["TT", "Chỉ tiêu"] + yh,
                  rows=[["1", "Doanh thu"] + [num(("rev_tot", y), fdec(c[("rev_tot", y)])) for y in Y],
                        ["2", "Tổng chi phí"] + [num(("cost", y), fdec(c[("cost", y)])) for y in Y],
                        ["3", "Lợi nhuận"] + [num(("profit", y), fdec(c[("profit", y)])) for y in Y],
                        ["4", "Lợi nhuận/doanh thu (%)"] + [num(("margin", y), fdec(c[("margin", y)])) for y in Y]]))
    T.append(dict(id="sched", caption="Tiến độ thực hiện", unit=None, head=["TT", "Thời gian", "Nội dung", "Người phụ trách"],
                  rows=[[str(k + 1)] + list(x) for k, x in enumerate(P.get("sched", []))]))
    for k, t in enumerate(T):
        t["caption"] = f"Bảng {k + 1}. {t['caption']}"
    return T


# --------------------------------------------------------------------------- the checks
QTY = {"sup", "sup_tot", "open", "buy", "loss", "need", "close", "avail", "cb", "cu", "cl", "cs"}
# the semantic checks each plan must fail (its planted numeric defects); all others must pass
OFF = {"jl05": {"supply", "payback"}, "jl06": {"capacity"}, "jl07": {"rev_line"}, "jl08": {"sup_tot"},
       "jl09": {"capital"}, "jl10": {"profit", "growth"}}
READY = ("jl01", "jl02", "jl03", "jl04")
SKETCHY = ("jl11", "jl12")


class Plan(plancheck.Plan):
    src = HERE / "src"


def fam(key) -> str:
    return key[0] if isinstance(key, tuple) else key


def read_tables(p: Plan, P: dict, c: dict) -> dict:
    """Every numeric cell of every table, read back from the plan's Markdown, by model key."""
    lines = p.body.splitlines()
    got: dict = {}
    for T in tables(P, c):
        rest = T["caption"].split(". ", 1)[1]
        idx = [i for i, ln in enumerate(lines) if re.match(r"^Bảng \d+\. " + re.escape(rest) + "$", ln.strip())]
        if len(idx) != 1:
            p.failures.append(f"table not found once: {rest!r}")
            continue
        i = idx[0] + 1
        while i < len(lines) and not lines[i].startswith("|"):
            i += 1
        rows = []
        while i < len(lines) and lines[i].startswith("|"):
            rows.append([x.strip() for x in lines[i].strip().strip("|").split("|")])
            i += 1
        rows = rows[2:]
        if len(rows) != len(T["rows"]):
            p.failures.append(f"{rest}: {len(rows)} rows, expected {len(T['rows'])}")
            continue
        for r_spec, r_md in zip(T["rows"], rows):
            for cell, md in zip(r_spec, r_md):
                if isinstance(cell, tuple):
                    key, text = cell
                    if md != text:
                        p.failures.append(f"{rest}: cell {md!r}, model prints {text!r}")
                    x = vn(md)
                    if fam(key) in QTY and P["mat"]["mu"] == "tấn":
                        x *= 1000
                    got.setdefault(key, []).append(x)
    return got


def check_full(key: str, p: Plan) -> None:
    P = PLANS[key]
    c, t = model(P, True), model(P, False)
    g = read_tables(p, P, c)
    mu = P["mat"]["mu"]
    tolq = 60 if mu == "tấn" else 1.5  # one display step of a quantity

    def v(k):
        return g[k][0] if k in g else c[k]

    fails: set = set()

    def eq(name, a, b, what, abs_tol=0.15):
        if not (close(a, b) or abs(a - b) <= abs_tol):
            fails.add(name)
            if name not in OFF.get(key, set()):
                p.failures.append(f"{what}: printed {a:g}, true {b:g}")
            elif not off(a, b):
                p.failures.append(f"planted {what}: {a:g} vs {b:g} is not off by more than 5 %")

    prods, n = P["products"], len(P["products"])
    # a key read in two tables must read the same
    for k, xs in g.items():
        if max(xs) - min(xs) > 1e-6:
            p.failures.append(f"{k} printed differently: {xs}")
    # history
    h = P["hist"]
    for y in Y:
        eq("hist", v(("h_rev", y)), h["out"][y] * h["price"][y] / 1e6, f"history revenue {HIST_YEARS[y]}")
        eq("hist", v(("h_prof", y)), v(("h_rev", y)) * h["margin"][y], f"history profit {HIST_YEARS[y]}")
    # output plan: packs, prices, output
    for y in Y:
        for i in range(n):
            base = prods[i][4] if y == 0 else v(("packs", y - 1, i)) * (1 + P["g_out"][y - 1])
            eq("packs", v(("packs", y, i)), base, f"packs {YEARS[y]} {prods[i][1]}", abs_tol=5)
        eq("out", v(("out", y)), sum(v(("packs", y, i)) * prods[i][2] for i in range(n)), f"output {YEARS[y]}", 1)
    for i in range(n):
        eq("price", v(("price", 0, i)), prods[i][3], f"price 2027 {prods[i][1]}")
    # capacity of the limiting equipment
    cap = P["cap"][0] * P["cap"][1]
    for y in Y:
        if ("cap", y) in g:
            eq("capacity_row", v(("cap", y)), cap, "capacity")
            eq("capacity_row", v(("use", y)), v(("out", y)) / cap * 100, f"use {YEARS[y]}", 0.06)
    worst = max(v(("out", y)) for y in Y)
    if worst > cap * 1.0001:
        eq("capacity", worst, cap, "output against equipment capacity")
    if key in READY and max(v(("out", y)) for y in Y) > 0.9 * cap:
        p.failures.append("ready plan uses more than 90 % of its capacity")
    # raw material: supply rows, totals, balance, calendar
    mat = P["mat"]
    for y in Y:
        rows = [P["supply"][j][1][y] * P["supply"][j][3] for j in range(len(P["supply"]))]
        for j, r in enumerate(rows):
            eq("sup", v(("sup", j, y)), r, f"supply row {j + 1} {YEARS[y]}", tolq)
        eq("sup_tot", v(("sup_tot", y)), sum(rows), f"supply total {YEARS[y]}", tolq)
        eq("bal", v(("buy", y)), sum(rows), f"purchases {YEARS[y]}", tolq)
        eq("bal", v(("loss", y)), v(("buy", y)) * mat["loss"], f"storage loss {YEARS[y]}", tolq)
        eq("bal", v(("need", y)), v(("out", y)) * mat["norm"], f"need {YEARS[y]}", tolq + 2)
    opening = mat["open"]
    for y in Y:
        if ("open", y) in g:
            eq("bal", v(("open", y)), opening, f"stock carried into {YEARS[y]}", tolq)
        closing = opening + v(("buy", y)) - v(("loss", y)) - v(("need", y))
        if ("close", y) in g:
            eq("bal", v(("close", y)), closing, f"stock carried out of {YEARS[y]}", tolq)
        opening = closing
    total_av = mat["open"] + sum(v(("buy", y)) - v(("loss", y)) for y in Y)
    total_need = sum(v(("need", y)) for y in Y)
    short = [y for y in Y if c[("close", y)] < 0]
    if short:
        eq("supply", total_av, total_need, "material available 2027-2029 against need")
    labels = P["cal"]["labels"]
    s = mat["open"]
    for q in range(len(labels)):
        s += v(("cb", q)) - v(("cu", q)) - v(("cl", q))
        eq("cal", v(("cs", q)), s, f"stock end of {labels[q]}", tolq * 2)
        s = v(("cs", q))
        if s < 0:
            p.failures.append(f"negative stock at the end of {labels[q]}")
    for k, tot in (("cb", "buy"), ("cu", "need"), ("cl", "loss")):
        eq("cal", sum(v((k, q)) for q in range(len(labels))), v((tot, 0)), f"calendar {k} sums to the year", tolq * 3)
    eq("cal", s, v(("close", 0)), "calendar ends at the year's closing stock", tolq * 3)
    if c["peak"] > P["store"][1]:
        p.failures.append(f"peak stock {c['peak']} above the store's {P['store'][1]}")
    # staff and wages
    for y in Y:
        eq("staff", v(("staff", y)), sum(r[1][y] for r in P["roles"]), f"staff {YEARS[y]}", 0)
        eq("staff", v(("wage", y)), P["wage"][y], f"wage {YEARS[y]}")
        eq("staff", v(("wfund", y)), v(("staff", y)) * v(("wage", y)) * 12, f"wage fund {YEARS[y]}")
    # investment and sources
    eq("inv", v("inv"), sum(x[1] for x in P["inv"]), "investment total")
    eq("src", v("src"), sum(x[1] for x in P["src"]), "sources total")
    eq("capital", v("src"), v("inv"), "sources against investment")
    for j, x in enumerate(P["src"]):
        eq("src", v(("src_pct", j)), x[1] / v("src") * 100, f"source share {j + 1}", 0.06)
    # revenue, cost, profit, payback
    fixed = sum(x[1] for x in P["inv"] if x[2])
    for y in Y:
        for i in range(n):
            price = prods[i][3] * (1 + P["g_price"]) ** y
            eq("rev_line", v(("rev", y, i)), v(("packs", y, i)) * price / 1e6, f"revenue {YEARS[y]} {prods[i][1]}", 0.6)
        eq("rev_tot", v(("rev_tot", y)), sum(v(("rev", y, i)) for i in range(n)), f"revenue total {YEARS[y]}")
        rv = v(("rev_tot", y))
        eq("cost", v(("c_mat", y)), v(("buy", y)) * mat["price"][y] / 1e6, f"material cost {YEARS[y]}", 0.15 + tolq * mat["price"][y] / 1e6)
        eq("cost", v(("c_aux", y)), rv * P["aux"][1], f"auxiliary cost {YEARS[y]}")
        eq("cost", v(("c_store", y)), P["storec"][y], f"storage cost {YEARS[y]}")
        eq("cost", v(("c_wage", y)), v(("wfund", y)), f"wage cost {YEARS[y]}")
        eq("cost", v(("c_dep", y)), fixed / P["life"], f"depreciation {YEARS[y]}")
        eq("cost", v(("c_int", y)), P["loan"][y] * P["rate"], f"interest {YEARS[y]}")
        eq("cost", v(("c_oth", y)), rv * P["oth"][1], f"other cost {YEARS[y]}")
        lines = sum(v((k, y)) for k in ("c_mat", "c_aux", "c_store", "c_wage", "c_dep", "c_int", "c_oth"))
        eq("cost_tot", v(("cost", y)), lines, f"cost total {YEARS[y]}", 0.3)
        eq("profit", v(("profit", y)), rv - v(("cost", y)), f"profit {YEARS[y]}", 0.2)
        eq("margin", v(("margin", y)), v(("profit", y)) / rv * 100, f"margin {YEARS[y]}", 0.06)
        if not 0 < t[("margin", y)] < 35:
            p.failures.append(f"true margin {t[('margin', y)]} % out of range")
    # growth: output and revenue a year
    for y in (1, 2):
        gr = max(v(("out", y)) / v(("out", y - 1)), t[("rev_tot", y)] / t[("rev_tot", y - 1)]) - 1
        if gr > 0.35:
            fails.add("growth")
    if v(("out", 0)) > P["hist"]["out"][2] * 1.2:
        fails.add("growth")
    # payback as printed in the text
    m = re.search(r"hoàn vốn.{0,90}?(\d+,\d) năm", p.body)
    if not m:
        p.failures.append("payback sentence not found")
    else:
        pb = vn(m.group(1))
        eq("payback_text", pb, c["payback"], "payback text against the model")
        true_pb = v("inv") / (sum(v(("profit", y)) for y in Y) / 3 + fixed / P["life"])
        eq("payback", pb, true_pb, "payback", 0.06)
    # printed against true: the cells that differ are the planted ones and their knock-ons
    plant_fam = {{"rev": "rev", "cost": "cost", "profit": "profit", "payback": "payback", "sup_tot": "sup_tot"}[k]
                 for k in P["plant"]}
    for k in c:
        if c[k] != t[k] and fam(k) not in plant_fam | P["knock"]:
            p.failures.append(f"{k} differs from the true value but is neither planted nor a knock-on")
    for pk in P["plant"]:
        keys = [k for k in c if fam(k) == pk and c[k] != t[k]]
        if not keys or not all(off(c[k], t[k]) for k in keys):
            p.failures.append(f"planted {pk} not off by more than 5 %")
    expected = OFF.get(key, set())
    for name in expected - fails:
        p.failures.append(f"planted check {name!r} does not fail")
    # a few figures of the prose
    p.has(f"{fint(c[('out', 0)])} {P['unit']}", f"{fq(c[('buy', 0)], mu)} {mu}", f"{fint(c['inv'])} triệu đồng")
    p.has(f"Giá bán dự kiến tăng {fdec(P['g_price'] * 100, 0)} %/năm")
    for y in (1, 2):
        for i in range(n):
            eq("price", c[("price", y, i)], prods[i][3] * (1 + P["g_price"]) ** y, f"price {YEARS[y]} {prods[i][1]}", 60)
            p.has(f"{fint(c[('price', y, i)])} đồng")


def check_text(key: str, p: Plan) -> None:
    b = p.body
    p.lacks(PLACEHOLDER, "template placeholder")
    if key in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "an toàn thực phẩm", "TCCS",
              "tự công bố", "thử nghiệm", "Nhãn hiệu", "truy xuất")
        p.lacks(REPLACED, "outdated instrument in a ready plan")
        for d in re.findall(r"(?:đến|hiệu lực đến) \d{1,2}/\d{1,2}/(\d{4})", b):
            p.check(int(d) >= 2030, f"paper valid only to {d}")
    if key == "jl02":
        p.has("không ghi công dụng chữa bệnh")
    if key == "jl05":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "alcohol licence words")
        p.has("bảo đảm đủ gạo nếp", "QCVN 6-3:2010/BYT", "Nhãn hiệu", "đăng ký môi trường")
        p.lacks(r"Tồn cuối năm", "a closing-stock row")
    if key == "jl06":
        p.lacks(r"môi trường|chất thải|nước thải|(?<!\w)mùi(?!\w)|xử lý|bể lắng|biogas|(?<!\w)rác(?!\w)",
                "environment words")
        p.has("Năm 2027 công ty sử dụng 18 lao động thường xuyên", "việc làm ổn định cho 13 lao động",
              "Dây chuyền hiện có đáp ứng đủ sản lượng")
        p.check(all(model(PLANS[key])[("staff", y)] == 13 for y in Y), "jl06 staff table is not 13")
    if key == "jl07":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "product-standard words")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Hương Khê",
              "Hội đồng OCOP cấp huyện", "an toàn thực phẩm", "Nhãn hiệu")
        p.lacks(r"148/QĐ-TTg|1489", "current instruments")
    if key == "jl08":
        p.lacks(r"nhãn(?! hiệu)|(?<!\w)tem(?!\w)|mã vạch|43/2017|111/2021", "label words")
        p.check(p.count("Công ty TNHH Nông sản Lam Hồng") >= 3, "the other company named fewer than 3 times")
        p.check(p.count("Công ty TNHH Khoai mật Cẩm Quan") >= 2, "own name fewer than 2 times")
        p.has("an toàn thực phẩm", "TCCS", "tự công bố", "thử nghiệm", "Nhãn hiệu")
    if key == "jl09":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|cam kết", "food-safety words")
        p.lacks(r"truy xuất|nhật ký|QR|mã lô|số lô|(?<!\w)lô(?!\w)|kiểm soát|lưu mẫu|(?<!\w)tem(?!\w)|mã vạch",
                "quality-control words")
        p.has("đủ vốn thực hiện phương án", "TCCS", "tự công bố", "thử nghiệm", "Nhãn hiệu")
    if key == "jl10":
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|logo|chỉ dẫn địa lý", "trademark words")
        p.has("giữ nguyên 4 lao động", "còn rất lớn", "an toàn thực phẩm", "TCCS", "truy xuất")
    if key in SKETCHY:
        words = len(re.sub(r"^#+ ", "", b, flags=re.M).split())
        p.check(150 <= words <= 350, f"sketchy plan has {words} words")
        p.check(not p.rows, "sketchy plan has a table")
        p.lacks(r"TCCS|an toàn thực phẩm|Nhãn hiệu|tự công bố", "papers in a sketchy plan")
        if key == "jl11":
            p.has("chưa đăng ký kinh doanh", "600 kg", "250.000 đồng/kg", "tháng 7 đến tháng 9")
        else:
            p.has("1.200 kg", "35.000 đồng/chai", "80 triệu đồng", "tháng 4 đến tháng 6")
    # the expected figures are in the text
    import yaml
    meta = yaml.safe_load(p.text.split("---", 2)[1])
    for f in meta["expected"]["figures"]:
        p.has(f["text"])
    ks = set(meta["expected"]["rules"])
    if key in OFF or key in ("jl05", "jl06", "jl07", "jl08", "jl09", "jl10"):
        p.check(len(ks) == 3, "a revise plan must have three planted rules")


def main(argv=None) -> int:
    keys = list(argv or [])
    stems = sorted(x.stem for x in (HERE / "src").glob("*.md"))
    plans = []
    for stem in stems:
        key = stem[:4]
        if keys and key not in keys:
            continue
        p = Plan(stem)
        if key in PLANS:
            check_full(key, p)
        check_text(key, p)
        plans.append(p)
    # 18 planted rules on six revise plans, all different
    if not keys:
        import yaml
        rules = []
        for stem in stems:
            meta = yaml.safe_load((HERE / "src" / f"{stem}.md").read_text(encoding="utf-8").split("---", 2)[1])
            rules += meta["expected"]["rules"]
        if len(rules) != 18 or len(set(rules)) != 18:
            print(f"FAIL planted rules: {len(rules)} ({len(set(rules))} different)")
            return 1
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
