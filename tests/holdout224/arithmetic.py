"""The 224th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout224/arithmetic.py [hq01 hq05 ...]

Theme: plans with an implementation timetable. Beside the money and the quantities every full plan
(hq01-hq10) carries a month-by-month (or quarter-by-quarter) production calendar with the working
days and the rated capacity of each month, a capital-disbursement table by quarter (or half-year),
capital sources with the date each is raised, a Gantt-like schedule whose cells hold check marks, a
milestone table with deadlines (dd/mm/yyyy) and the budget of each milestone, and a table of papers
with their dates and validity; the prose repeats the deadlines ("chậm nhất ngày 31/3/2027").

For every full plan the constants give the products (pack size in the plan's base unit, the price
and the packs of each year, the cost of each pack), the 2024-2026 history, the raw materials (norm
per base unit, price, supply rows as count x yield), the rated capacity per day and the working days
of each month (or quarter), the 2027 calendar, staff by role and wage, per-unit and fixed cost
lines, investment items with their disbursement by period, capital sources, loan balances and rate,
the schedule's tasks and marks, the milestones (deadline, budget, the task and the investment item
they belong to) and the papers. `model()` turns them into every figure the plan prints, `tables()`
into every table cell; the generator that wrote the sources (kept outside the repository) used the
same two functions.

The check reads every table of the plan's source back by its caption and compares cell by cell:
the printed value must be the model's (with the planted overrides); a planted cell must be off the
true value by more than 5 %, every other cell equal to the true value within 1 %. Then the
relations a reviewer recomputes are checked on the printed numbers themselves (revenue = packs x
price, sums, profit, sources = investment, disbursement rows and columns, calendar = annual output,
month within capacity, need within supply, payback, deadlines inside the marked schedule column,
papers valid): each holds except where a defect is planted, and there it fails by more than 5 %.
Textual defects are asserted through the absence (or presence) of their words.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")
QUARTERS = ("Quý I", "Quý II", "Quý III", "Quý IV")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, [price đ per year], [packs per year], pack cost đ)
# hist: output, average price đ per base unit, margin for 2024-2026
# raws: name (cost line label), short (row labels), norm per base unit, price đ per unit, unit,
#       rows (label, [count per year], count word, yield per count)
# cap: rating per day, its text; calendar: "month" (12 rows) or "quarter" (4), days per row,
#       the 2027 output per row, the rows marked for raw-material purchase
# roles: (role, [staff per year], salaried?); wage: monthly wage per year (triệu đồng)
# unit_costs: (label, đ per base unit); sell / other: fixed lines (triệu đồng a year); tax: share
# inv: (label, triệu, fixed asset?, {period index: triệu}); periods: the disbursement columns
# src: (label, triệu, when raised); loan: balance per year; rate
# gantt: columns, mark, [(task, [marked column indexes])]
# miles: (milestone, deadline, budget triệu or None, who, task index, investment item index or None)
# papers: (paper, number and date, issuer, valid to, status)
PLANS: dict[str, dict] = {
    "hq01": dict(
        stem="hq01_banh_ram_hong_phu_cty", date=date(2026, 9, 15), unit="kg", verdict="ready",
        products=[("Bánh ram vừng, hộp 10 chiếc (300 g)", "hộp", 0.3, [45000, 47000, 49000], [40000, 44000, 48000], 2800),
                  ("Bánh ram nhân đậu xanh, hộp 20 chiếc (600 g)", "hộp", 0.6, [80000, 83000, 86000], [12000, 13500, 15000], 4200),
                  ("Bánh ram chín cấp đông, túi 1 kg", "túi", 1.0, [95000, 98000, 100000], [4000, 4500, 5000], 1500)],
        hist=dict(out=[16800, 18900, 21000], price=[118000, 122000, 126000], margin=[0.11, 0.12, 0.125]),
        raws=[dict(name="Gạo nếp", short="gạo nếp", norm=0.55, price=28000, unit="kg",
                   rows=[("Hộ trồng nếp thôn Hồng Thịnh", [20, 20, 20], "hộ", 600),
                         ("HTX Nông nghiệp Hồng Lộc (hợp đồng)", [1, 1, 1], "hợp đồng", 6000)]),
              dict(name="Tôm, thịt làm nhân", short="tôm, thịt", norm=0.18, price=160000, unit="kg",
                   rows=[("Cơ sở thủy sản Lộc Thủy (hợp đồng)", [1, 1, 1], "hợp đồng", 2600),
                         ("Lò mổ Hồng Thịnh (hợp đồng)", [1, 1, 1], "hợp đồng", 3200)])],
        cap=(130, "130 kg bánh/ngày"), calendar="month",
        days=[22, 18, 25, 25, 25, 24, 24, 24, 24, 25, 26, 26],
        cal=[2500, 1200, 1600, 1600, 1700, 1700, 1700, 1800, 1900, 2200, 2300, 3000],
        buy=[4, 5, 8, 9],
        roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3], True), ("Tráng, cuốn, chiên bánh", [7, 8, 8], True),
               ("Cấp đông, đóng hộp", [2, 2, 3], True), ("Bán hàng, giao hàng", [2, 2, 2], True)],
        wage=[6.0, 6.3, 6.6],
        unit_costs=[("Điện, gas, dầu chiên", 6500)], sell=[160, 180, 200], other=[70, 75, 80], tax=0.015,
        pack_label="Hộp, túi, khay",
        periods=["Quý IV/2026", "Quý I/2027", "Quý II/2027"],
        inv=[("Dây chuyền cán, chiên bánh 130 kg/ngày", 420, True, {0: 300, 1: 120}),
             ("Tủ cấp đông và kho lạnh 20 m³", 180, True, {1: 180}),
             ("Cải tạo xưởng theo nguyên tắc một chiều", 260, True, {0: 260}),
             ("Thiết kế hộp, nhãn, mã QR", 45, False, {1: 45}),
             ("Kiểm nghiệm, tự công bố sản phẩm mới", 35, False, {1: 20, 2: 15}),
             ("Vốn lưu động", 300, False, {0: 100, 1: 100, 2: 100})],
        src=[("Vốn chủ sở hữu", 740, "Tháng 10/2026 – 3/2027"),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 500, "Tháng 11/2026")],
        life=10, loan=[500, 400, 300], rate=0.08,
        gantt=(["Năm 2026", "Quý I", "Quý II", "Quý III", "Quý IV", "2028", "2029"], "✓",
               [("Cải tạo xưởng một chiều", [0]),
                ("Mua, lắp đặt, chạy thử dây chuyền", [0]),
                ("Lắp tủ cấp đông, kho lạnh", [1]),
                ("Kiểm nghiệm, tự công bố bánh nhân đậu xanh", [1, 2]),
                ("Thiết kế hộp, nhãn, mã QR", [1]),
                ("Áp dụng HACCP, tập huấn công nhân", [3, 4, 5]),
                ("Nộp hồ sơ OCOP, đánh giá cấp tỉnh", [3, 4]),
                ("Mở thêm đại lý, siêu thị", [3, 4, 5]),
                ("Cấp lại giấy chứng nhận ATTP", [6])]),
        miles=[("Xưởng cải tạo xong, nghiệm thu", "30/11/2026", 260, "Giám đốc", 0, 2),
               ("Dây chuyền chạy ổn định 130 kg/ngày", "20/12/2026", 420, "Tổ kỹ thuật", 1, 0),
               ("Kho lạnh đưa vào sử dụng", "31/3/2027", 180, "Thủ kho", 2, 1),
               ("Hộp, nhãn mới in xong", "31/3/2027", 45, "Phụ trách bán hàng", 4, 3),
               ("Bản tự công bố bánh nhân đậu xanh", "31/5/2027", 35, "Kế toán", 3, 4),
               ("Nộp hồ sơ OCOP tại UBND xã", "31/8/2027", None, "Giám đốc", 6, None),
               ("Hồ sơ đề nghị cấp lại giấy ATTP", "14/3/2029", None, "Kế toán", 8, None)],
        papers=[("Đăng ký doanh nghiệp", "3002214785, 12/5/2019", "Sở Kế hoạch và Đầu tư", "–", "✓"),
                ("Giấy chứng nhận ATTP", "118/ATTP-CT, 14/4/2026", "Sở Công Thương", "14/4/2029", "✓"),
                ("Tự công bố bánh ram vừng", "02/HP/2025, 20/8/2025", "Công ty tự công bố", "–", "✓"),
                ("Tiêu chuẩn cơ sở", "TCCS 01:2025/HP", "Công ty ban hành", "–", "✓"),
                ("Phiếu kết quả thử nghiệm", "KN-2608/25, 11/8/2025", "Trung tâm Kỹ thuật TC-ĐL-CL", "–", "✓"),
                ("Nhãn hiệu Hồng Phù", "4-0521837, 06/3/2024", "Cục Sở hữu trí tuệ", "02/11/2032", "✓")],
        order=["hist", "comp", "raw", "equip", "staff", "out", "cal", "price", "rev", "cost", "inv", "src",
               "papers", "gantt", "miles"],
    ),
    "hq02": dict(
        stem="hq02_tra_ca_gai_leo_tung_loc_htx", date=date(2026, 10, 20), unit="kg", verdict="ready",
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, [40000, 41500, 43000], [30000, 34000, 38000], 6000),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, [105000, 108000, 111000], [5000, 5500, 6000], 2500),
                  ("Cà gai leo khô, bao 5 kg cho cơ sở chế biến", "bao", 5, [780000, 800000, 820000], [300, 320, 340], 8000)],
        hist=dict(out=[4700, 5100, 5500], price=[262000, 268000, 274000], margin=[0.10, 0.11, 0.115]),
        raws=[dict(name="Cà gai leo tươi", short="cà gai leo tươi", norm=4.2, price=9000, unit="kg",
                   rows=[("Ruộng tập trung của hợp tác xã", [1, 1, 1], "vùng 1 ha", 15000),
                         ("Hộ thành viên trồng xen", [24, 24, 24], "hộ", 600),
                         ("Hộ thôn Trung Lộc (hợp đồng)", [10, 10, 10], "hộ", 600)])],
        cap=(30, "30 kg khô/ngày"), calendar="quarter",
        days=[60, 75, 78, 75], cal=[800, 1700, 2000, 1300], buy=[1, 2, 3],
        roles=[("Ban quản trị, kế toán", [3, 3, 3], True), ("Trồng, thu hái", [4, 4, 5], True),
               ("Sấy, nghiền, đóng túi lọc", [3, 3, 3], True), ("Bán hàng", [1, 2, 2], True)],
        wage=[5.5, 5.8, 6.1],
        unit_costs=[("Điện sấy, nước", 12000)], sell=[180, 200, 220], other=[60, 60, 65], tax=0.015,
        pack_label="Túi lọc, hộp, bao",
        periods=["Quý I/2027", "Quý II/2027", "Quý III/2027", "Quý IV/2027"],
        inv=[("Kho bảo quản dược liệu khô 60 m²", 260, True, {1: 160, 2: 100}),
             ("Máy nghiền, máy đóng túi lọc tự động", 280, True, {1: 120, 2: 160}),
             ("Phòng đóng gói 80 m² một chiều", 240, True, {0: 240}),
             ("Hộp, nhãn, tem truy xuất", 40, False, {1: 40}),
             ("Đăng ký nhãn hiệu, kiểm nghiệm định kỳ", 30, False, {0: 10, 3: 20}),
             ("Vốn lưu động", 250, False, {1: 100, 2: 100, 3: 50})],
        src=[("Vốn góp của thành viên", 480, "Quý I/2027"),
             ("Quỹ phát triển của hợp tác xã", 120, "Tháng 01/2027"),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 500, "Tháng 3/2027")],
        life=10, loan=[500, 400, 300], rate=0.08,
        gantt=([str(m) for m in range(1, 13)], "x",
               [("Xây phòng đóng gói 80 m²", [0, 1, 2]),
                ("Xây kho bảo quản dược liệu khô", [3, 4, 5]),
                ("Lắp máy nghiền, máy đóng túi lọc", [4, 5]),
                ("Thu hái lứa 1, lứa 2, lứa 3", [4, 5, 7, 8, 10, 11]),
                ("Gửi mẫu kiểm nghiệm định kỳ", [5, 11]),
                ("Nộp đơn đăng ký nhãn hiệu", [2]),
                ("Hộp, nhãn, tem truy xuất mới", [5]),
                ("Nộp hồ sơ OCOP tại UBND xã", [7]),
                ("Hội đồng cấp tỉnh đánh giá", [9, 10]),
                ("Hội chợ, điểm bán OCOP", [8, 11])]),
        miles=[("Phòng đóng gói một chiều xong", "31/3/2027", 240, "Giám đốc", 0, 2),
               ("Nộp đơn đăng ký nhãn hiệu", "31/3/2027", 30, "Kế toán", 5, 4),
               ("Máy nghiền, máy đóng túi lọc chạy ổn định", "31/5/2027", 280, "Tổ chế biến", 2, 1),
               ("Kho bảo quản dược liệu khô xong", "30/6/2027", 260, "Phó giám đốc", 1, 0),
               ("Hộp, nhãn, tem truy xuất mới", "30/6/2027", 40, "Tổ bán hàng", 6, 3),
               ("Nộp hồ sơ OCOP tại UBND xã", "31/8/2027", None, "Giám đốc", 7, None)],
        papers=[("Đăng ký hợp tác xã", "3002018864, 08/4/2016; đổi 19/9/2024", "Cơ quan đăng ký kinh doanh tỉnh", "–", "✓"),
                ("Giấy chứng nhận ATTP", "26/ATTP-NN, 10/3/2026", "Sở Nông nghiệp và Môi trường", "10/3/2029", "✓"),
                ("Tiêu chuẩn cơ sở", "TCCS 01:2026/TL", "Hợp tác xã ban hành", "–", "✓"),
                ("Bản tự công bố sản phẩm", "01/TL/2026, 02/5/2026", "Hợp tác xã tự công bố", "–", "✓"),
                ("Phiếu kết quả thử nghiệm", "TN-1204/26, 18/4/2026", "Trung tâm Kỹ thuật TC-ĐL-CL", "–", "✓")],
        order=["comp", "hist", "raw", "equip", "staff", "out", "cal", "price", "rev", "cost", "inv", "src",
               "papers", "gantt", "miles"],
    ),
    "hq03": dict(
        stem="hq03_mat_ong_duc_bong_hkd", date=date(2026, 11, 20), unit="kg", verdict="ready",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [190000, 196000, 202000], [3000, 3300, 3600], 6000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1.0, [240000, 247000, 254000], [1500, 1650, 1800], 8000),
                  ("Mật ong hoa keo, can 3 kg", "can", 3.0, [650000, 670000, 690000], [200, 220, 240], 12000)],
        hist=dict(out=[2900, 3150, 3400], price=[262000, 268000, 274000], margin=[0.12, 0.13, 0.13]),
        raws=[dict(name="Mật ong thô", short="mật ong thô", norm=1.06, price=120000, unit="kg",
                   rows=[("Đàn ong của hộ", [220, 240, 260], "đàn", 13),
                         ("Hộ nuôi ong xã Đức Bồng (hợp đồng)", [14, 14, 14], "hộ", 120)])],
        cap=(40, "2 mẻ × 20 kg/ngày"), calendar="month",
        days=[20, 16, 24, 25, 25, 24, 24, 22, 20, 22, 22, 22],
        cal=[100, 150, 450, 650, 650, 450, 300, 150, 100, 150, 200, 250],
        buy=[2, 3, 4, 5, 6],
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1], True), ("Chăm sóc đàn ong, quay mật", [2, 2, 3], True),
               ("Lọc, đóng chai, bán hàng", [1, 2, 2], True)],
        wage=[5.0, 5.3, 5.6],
        unit_costs=[("Điện, nước", 2500)], sell=[40, 45, 50], other=[25, 25, 25], tax=0.015,
        pack_label="Chai, hũ, can",
        periods=["Quý I/2027", "Quý II/2027", "Quý III/2027", "Quý IV/2027"],
        inv=[("Máy hạ thủy phần, máy lọc 20 kg/mẻ", 150, True, {0: 150}),
             ("Bổ sung 40 thùng ong và đàn giống", 80, True, {0: 40, 2: 40}),
             ("Phòng lọc, đóng chai 30 m²", 110, True, {0: 110}),
             ("Chai, hũ, nhãn, tem truy xuất", 30, False, {0: 30}),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 25, False, {0: 15, 1: 10}),
             ("Vốn lưu động", 155, False, {0: 60, 1: 60, 3: 35})],
        src=[("Vốn tự có của hộ", 350, "Tháng 12/2026 – 3/2027"),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 200, "Tháng 01/2027")],
        life=8, loan=[200, 150, 100], rate=0.08,
        gantt=(["Quý I", "Quý II", "Quý III", "Quý IV", "2028", "2029"], "●",
               [("Lắp máy hạ thủy phần, phòng lọc", [0]),
                ("Bổ sung thùng ong, chia đàn", [0, 2]),
                ("Vụ mật hoa keo, hoa rừng", [0, 1, 4, 5]),
                ("Chai, hũ, nhãn, tem truy xuất mới", [0]),
                ("Kiểm nghiệm mẫu, tự công bố lô mới", [1]),
                ("Nộp đơn đăng ký nhãn hiệu", [0]),
                ("Nộp hồ sơ OCOP, đánh giá cấp tỉnh", [2, 3]),
                ("Cấp lại giấy chứng nhận ATTP", [5])]),
        miles=[("Máy hạ thủy phần chạy thử", "28/02/2027", 150, "Chủ hộ", 0, 0),
               ("Phòng lọc, đóng chai hoàn thành", "28/02/2027", 110, "Chủ hộ", 0, 2),
               ("Chai, hũ, nhãn, tem mới", "15/3/2027", 30, "Con trai chủ hộ", 3, 3),
               ("Nộp đơn nhãn hiệu, gửi mẫu kiểm nghiệm", "31/3/2027", 25, "Chủ hộ", 5, 4),
               ("Nộp hồ sơ OCOP tại UBND xã", "15/8/2027", None, "Chủ hộ", 6, None),
               ("Hồ sơ cấp lại giấy ATTP", "30/6/2029", None, "Chủ hộ", 7, None)],
        papers=[("Đăng ký hộ kinh doanh", "28G8012274, 03/6/2021; đổi 15/9/2025", "UBND xã Đức Bồng", "–", "✓"),
                ("Giấy chứng nhận ATTP", "52/2026/NNMT, 25/7/2026", "Sở Nông nghiệp và Môi trường", "25/7/2029", "✓"),
                ("Tiêu chuẩn cơ sở mật ong", "TCCS 01:2026/ĐB", "Hộ ban hành", "–", "✓"),
                ("Bản tự công bố", "01/ĐB/2026, 12/8/2026", "Hộ tự công bố", "–", "✓"),
                ("Phiếu kết quả thử nghiệm", "MO-0719/26, 30/7/2026", "Trung tâm Kỹ thuật TC-ĐL-CL", "–", "✓")],
        order=["hist", "comp", "raw", "staff", "out", "cal", "price", "rev", "cost", "inv", "src",
               "papers", "gantt", "miles"],
    ),
    "hq04": dict(
        stem="hq04_non_la_tien_dien_tht", date=date(2026, 12, 10), unit="chiếc", verdict="ready",
        products=[("Nón lá bài thơ in thơ Kiều", "chiếc", 1, [85000, 88000, 91000], [6000, 6600, 7200], 1500),
                  ("Nón lá trơn dùng hằng ngày", "chiếc", 1, [45000, 46000, 47000], [8000, 8400, 8800], 500),
                  ("Nón lá mini trang trí, hộp quà", "hộp", 1, [60000, 62000, 64000], [2000, 2300, 2600], 6000)],
        hist=dict(out=[13200, 14100, 15000], price=[56000, 58000, 60000], margin=[0.09, 0.10, 0.10]),
        raws=[dict(name="Lá nón khô", short="lá nón", norm=0.12, price=60000, unit="kg",
                   rows=[("Cơ sở thu gom lá nón Hương Khê (hợp đồng)", [1, 1, 1], "hợp đồng", 1800),
                         ("Hộ tổ viên trồng lá nón", [12, 12, 12], "hộ", 60)]),
              dict(name="Vành tre, khung nón", short="vành tre", norm=1, price=4000, unit="bộ",
                   rows=[("Hộ làm vành thôn Hội Tiến", [8, 8, 8], "hộ", 2500)])],
        cap=(80, "80 chiếc/ngày (máy là lá)"), calendar="quarter",
        days=[62, 72, 75, 75], cal=[3200, 4000, 4300, 4500], buy=[1, 2],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2], True), ("Thợ chằm, khâu nón (theo chiếc)", [14, 15, 16], False),
               ("Phơi, là lá, làm vành (theo chiếc)", [3, 3, 3], False), ("Hoàn thiện, in thơ, bán hàng", [2, 2, 3], True)],
        wage=[4.5, 4.7, 4.9],
        unit_costs=[("Tiền công chằm, là lá (theo chiếc)", 18000), ("Điện, nước", 500)],
        sell=[60, 65, 70], other=[20, 20, 20], tax=0.015,
        pack_label="Thẻ treo, túi, hộp quà",
        periods=["Quý I/2027", "Quý II/2027", "Quý III/2027"],
        inv=[("Nhà chằm nón, gian trưng bày 80 m²", 180, True, {0: 120, 1: 60}),
             ("Máy là lá, máy in lụa thơ", 70, True, {0: 70}),
             ("Khuôn nón, giá phơi lá", 20, True, {0: 20}),
             ("Thẻ treo, hộp quà, nhãn hiệu", 25, False, {0: 10, 1: 15}),
             ("Vốn lưu động", 105, False, {0: 40, 1: 40, 2: 25})],
        src=[("Vốn góp của tổ viên", 250, "Tháng 01/2027"),
             ("Vay Ngân hàng Chính sách xã hội (tổ viên vay)", 150, "Tháng 3/2027")],
        life=10, loan=[150, 110, 70], rate=0.066,
        gantt=(["Q.I", "Q.II", "Q.III", "Q.IV", "2028", "2029"], "✔",
               [("Dựng nhà chằm nón, gian trưng bày", [0, 1]),
                ("Máy là lá, máy in lụa", [0]),
                ("Thẻ treo, hộp quà, tiêu chuẩn cơ sở", [0, 1]),
                ("Nộp đơn đăng ký nhãn hiệu", [0]),
                ("Đón khách du lịch", [1, 2, 4, 5]),
                ("Nộp hồ sơ OCOP, đánh giá cấp tỉnh", [2, 3]),
                ("Hàng quà Tết", [3, 4, 5])]),
        miles=[("Máy là lá, máy in lụa về xưởng", "15/3/2027", 70, "Tổ trưởng", 1, 1),
               ("Khuôn nón, giá phơi lá", "15/3/2027", 20, "Tổ phó", 1, 2),
               ("Thẻ treo, hộp quà in xong; nộp đơn nhãn hiệu", "31/3/2027", 25, "Kế toán", 2, 3),
               ("Nhà chằm nón, gian trưng bày xong", "30/4/2027", 180, "Tổ trưởng", 0, 0),
               ("Nộp hồ sơ OCOP tại UBND xã", "31/7/2027", None, "Tổ trưởng", 5, None)],
        papers=[("Đăng ký tổ hợp tác", "02/THT, 14/10/2024", "UBND xã Tiên Điền", "–", "✓"),
                ("Hợp đồng hợp tác (19 tổ viên)", "ký 01/10/2024", "Các tổ viên", "–", "✓"),
                ("Mã số thuế", "3002301145", "Cơ quan thuế", "–", "✓"),
                ("Tiêu chuẩn cơ sở nón lá", "TCCS 01:2026/TĐ, 05/11/2026", "Tổ ban hành", "–", "✓")],
        order=["hist", "comp", "raw", "equip", "staff", "out", "cal", "price", "rev", "cost", "inv", "src",
               "papers", "gantt", "miles"],
    ),
    "hq05": dict(
        stem="hq05_ruou_nep_sim_thach_khe_htx", date=date(2026, 8, 25), unit="lít", verdict="revise",
        products=[("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, [75000, 78000, 81000], [24000, 27000, 30000], 9000),
                  ("Rượu nếp sim, bình sứ 1 lít (hộp quà)", "bình", 1.0, [230000, 238000, 246000], [3000, 3400, 3800], 45000),
                  ("Rượu nếp sim 29 độ, can 5 lít", "can", 5.0, [380000, 390000, 400000], [600, 660, 720], 15000)],
        hist=dict(out=[14000, 15300, 16600], price=[135000, 140000, 145000], margin=[0.13, 0.14, 0.14]),
        raws=[dict(name="Gạo nếp", short="gạo nếp", norm=1.2, price=28000, unit="kg",
                   rows=[("Ruộng nếp của thành viên", [30, 30, 30], "hộ", 600),
                         ("Hộ trồng nếp thôn Đồng Khê (hợp đồng)", [25, 25, 25], "hộ", 480)]),
              dict(name="Quả sim chín", short="quả sim", norm=0.4, price=35000, unit="kg",
                   rows=[("Hộ hái sim đồi Nam Khê (hợp đồng)", [40, 40, 40], "hộ", 220),
                         ("Đồi sim 3 ha của hợp tác xã", [1, 1, 1], "đồi", 1500)])],
        cap=(120, "2 nồi × 60 lít/ngày"), calendar="month",
        days=[24, 16, 25, 25, 25, 24, 24, 24, 24, 25, 26, 26],
        cal=[3300, 600, 600, 700, 800, 900, 900, 1000, 1000, 1200, 3400, 3600],
        buy=[4, 5, 6, 7, 8, 9],
        roles=[("Ban quản trị, kế toán", [3, 3, 3], True), ("Nấu, chưng cất", [4, 4, 4], True),
               ("Ngâm sim, lọc, chiết chai", [3, 3, 3], True), ("Bán hàng", [2, 2, 2], True)],
        wage=[5.8, 6.1, 6.4],
        unit_costs=[("Củi, điện, nước", 4000)], sell=[140, 150, 160], other=[60, 60, 60], tax=0.02,
        pack_label="Chai, bình sứ, can, hộp",
        periods=["Quý I/2027", "Quý II/2027", "Quý III/2027", "Quý IV/2027"],
        inv=[("Kho ngâm ủ rượu 80 m²", 260, True, {0: 160, 1: 100}),
             ("Hệ thống lọc, khử andehit, chiết rót", 300, True, {1: 300}),
             ("Chum sành, bình ủ 500 lít", 90, True, {0: 90}),
             ("Hầm biogas, bể chứa bỗng rượu", 80, True, {0: 80}),
             ("Thiết kế nhãn, bình sứ, hộp quà", 60, False, {1: 30, 2: 30}),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 40, False, {0: 15, 2: 25}),
             ("Vốn lưu động", 370, False, {1: 150, 2: 120, 3: 100})],
        src=[("Vốn góp của thành viên", 600, "Quý I – II/2027"),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 600, "Tháng 3/2027")],
        life=10, loan=[600, 480, 360], rate=0.08,
        gantt=(["Quý 1", "Quý 2", "Quý 3", "Quý 4", "2028", "2029"], "✓",
               [("Xây kho ngâm ủ rượu", [0, 1]),
                ("Lắp hệ thống lọc, chiết rót", [1]),
                ("Hầm biogas, bể chứa bỗng", [0]),
                ("Thu mua nếp, hái sim", [1, 2, 3]),
                ("Kiểm nghiệm, tự công bố lại", [0, 2]),
                ("Nhãn, bình sứ, hộp quà", [1, 2]),
                ("Nộp đơn đăng ký nhãn hiệu", [0]),
                ("Nộp hồ sơ OCOP, đánh giá cấp tỉnh", [2, 3]),
                ("Cao điểm rượu Tết", [3, 4, 5])]),
        miles=[("Hầm biogas, bể chứa bỗng xong", "31/3/2027", 80, "Tổ nấu", 2, 3),
               ("Kho ngâm ủ hoàn thành", "30/4/2027", 260, "Giám đốc", 0, 0),
               ("Hệ thống lọc, chiết rót chạy thử", "30/6/2027", 300, "Phó giám đốc", 1, 1),
               ("Nhãn, bình sứ, hộp quà mới", "30/9/2027", 60, "Bán hàng", 5, 4),
               ("Phiếu kiểm nghiệm, bản tự công bố mới", "30/9/2027", 40, "Kế toán", 4, 5),
               ("Nộp hồ sơ OCOP tại UBND xã", "15/10/2027", None, "Giám đốc", 7, None)],
        papers=[("Đăng ký hợp tác xã", "3002176530, 22/3/2017; đổi 05/8/2024", "Cơ quan đăng ký kinh doanh tỉnh", "–", "✓"),
                ("Giấy chứng nhận ATTP", "09/ATTP-SCT, 16/5/2026", "Sở Công Thương", "16/5/2029", "✓"),
                ("Tiêu chuẩn cơ sở", "TCCS 01:2024/TK", "Hợp tác xã ban hành", "–", "✓"),
                ("Tự công bố (QCVN 6-3:2010/BYT)", "03/TK/2024, 10/10/2024", "Hợp tác xã tự công bố", "–", "✓"),
                ("Đăng ký môi trường", "tiếp nhận 20/6/2025", "UBND xã Thạch Khê", "–", "✓")],
        order=["hist", "comp", "raw", "equip", "staff", "out", "cal", "price", "rev", "cost", "inv", "src",
               "papers", "gantt", "miles"],
    ),
    "hq06": dict(
        stem="hq06_mam_tom_xuan_hoi_cty", date=date(2027, 1, 18), unit="kg", verdict="revise",
        products=[("Mắm tôm đặc, hũ 250 g", "hũ", 0.25, [30000, 31000, 32000], [40000, 44000, 48000], 3500),
                  ("Mắm tôm lỏng, chai 400 g", "chai", 0.4, [38000, 39000, 40000], [20000, 22000, 24000], 4000),
                  ("Mắm tôm, thùng 10 kg cho nhà hàng", "thùng", 10, [700000, 720000, 740000], [300, 330, 360], 25000)],
        hist=dict(out=[17500, 18800, 20000], price=[92000, 95000, 98000], margin=[0.10, 0.11, 0.11]),
        raws=[dict(name="Ruốc, tép tươi", short="ruốc tươi", norm=0.85, price=30000, unit="kg",
                   rows=[("Tàu đánh ruốc xã Xuân Hội (hợp đồng)", [12, 12, 12], "tàu", 1600),
                         ("Vựa hải sản Cửa Hội (hợp đồng)", [1, 1, 1], "vựa", 4000)]),
              dict(name="Muối hạt", short="muối", norm=0.2, price=5000, unit="kg",
                   rows=[("Diêm dân thôn Hải Thủy (hợp đồng)", [1, 1, 1], "hợp đồng", 6000)])],
        cap=(110, "110 kg/ngày"), calendar="quarter",
        days=[65, 74, 75, 74], cal=[3000, 6500, 5000, 6500], buy=[0, 1, 2],
        roles=[("Giám đốc, kế toán", [3, 3, 3], True), ("Chế biến, ủ chượp", [3, 3, 4], True),
               ("Đóng hũ, kho", [2, 2, 2], True), ("Bán hàng, giao hàng", [1, 2, 2], True)],
        wage=[5.5, 5.8, 6.1],
        unit_costs=[("Điện, nước", 3000)], sell=[150, 170, 190], other=[60, 60, 60], tax=0.015,
        pack_label="Hũ, chai, thùng",
        periods=["Quý I/2027", "Quý II/2027", "Quý III/2027", "Quý IV/2027"],
        inv=[("Nhà ủ chượp, kho thành phẩm", 600, True, {0: 400, 1: 200}),
             ("Máy xay, trộn, đóng hũ", 450, True, {0: 300, 1: 150}),
             ("Chum, thùng ủ composite 200 lít", 160, True, {0: 80, 1: 80}),
             ("Xe tải nhẹ giao hàng", 290, True, {2: 290}),
             ("Hũ, chai, nhãn, tem truy xuất", 60, False, {1: 60}),
             ("Vốn lưu động", 290, False, {1: 100, 2: 100, 3: 90})],
        src=[("Vốn chủ sở hữu", 1000, "Quý I/2027"),
             ("Vay Ngân hàng TMCP Công Thương", 600, "Tháng 4/2027")],
        life=10, loan=[600, 480, 360], rate=0.085,
        gantt=(["6 tháng đầu 2027", "6 tháng cuối 2027", "6 tháng đầu 2028", "6 tháng cuối 2028", "Cả năm 2029"], "X",
               [("Xây nhà ủ chượp, kho", [0]),
                ("Lắp máy xay, đóng hũ", [0]),
                ("Mua xe giao hàng", [1]),
                ("Cấp lại giấy chứng nhận ATTP", [1]),
                ("Kiểm nghiệm định kỳ, tự công bố mắm lỏng", [0, 2]),
                ("Hũ, chai, nhãn mới", [0]),
                ("Nộp hồ sơ OCOP, đánh giá cấp tỉnh", [1]),
                ("Đại lý ở Vinh, Hà Nội", [1, 2, 3]),
                ("Đề nghị nâng hạng 4 sao", [4])]),
        miles=[("Nhà ủ chượp, kho thành phẩm xong", "30/4/2027", 600, "Giám đốc", 0, 0),
               ("Máy xay, đóng hũ chạy thử", "15/3/2027", 450, "Quản đốc", 1, 1),
               ("Hũ, chai, nhãn mới", "30/6/2027", 60, "Kế toán", 5, 4),
               ("Hồ sơ cấp lại giấy ATTP", "12/8/2027", None, "Kế toán", 3, None),
               ("Xe giao hàng", "30/9/2027", 290, "Giám đốc", 2, 3),
               ("Nộp hồ sơ OCOP tại UBND xã", "30/9/2027", None, "Giám đốc", 6, None)],
        papers=[("Đăng ký doanh nghiệp", "3002256710, 18/7/2020", "Sở Kế hoạch và Đầu tư", "–", "✓"),
                ("Giấy chứng nhận ATTP", "71/ATTP-NN, 12/9/2024", "Sở Nông nghiệp và PTNT", "12/9/2027", "Cấp lại 8/2027"),
                ("Tiêu chuẩn cơ sở", "TCCS 01:2024/XH", "Công ty ban hành", "–", "✓"),
                ("Tự công bố mắm tôm đặc", "04/XHP/2024, 30/10/2024", "Công ty tự công bố", "–", "✓"),
                ("Phiếu kết quả thử nghiệm", "HS-1027/24, 21/10/2024", "Trung tâm Kỹ thuật TC-ĐL-CL", "–", "✓"),
                ("Nhãn hiệu Xuân Hội Phát", "4-0498812, 11/01/2024", "Cục Sở hữu trí tuệ", "22/4/2032", "✓")],
        order=["hist", "comp", "raw", "equip", "staff", "out", "cal", "price", "rev", "cost", "inv", "src",
               "papers", "gantt", "miles"],
    ),
    "hq07": dict(
        stem="hq07_nam_linh_chi_son_kim_ctcp", date=date(2027, 2, 10), unit="kg", verdict="revise",
        products=[("Nấm linh chi đỏ thái lát, hộp 200 g", "hộp", 0.2, [150000, 155000, 160000], [8000, 9000, 10000], 8000),
                  ("Nấm linh chi nguyên tai, túi 500 g", "túi", 0.5, [350000, 360000, 370000], [2400, 2700, 3000], 5000),
                  ("Trà linh chi túi lọc, hộp 20 túi × 3 g", "hộp", 0.06, [75000, 77000, 79000], [10000, 12000, 14000], 6000)],
        hist=dict(out=[2600, 2900, 3150], price=[720000, 740000, 760000], margin=[0.12, 0.13, 0.14]),
        raws=[dict(name="Nấm linh chi tươi", short="nấm tươi", norm=3.2, price=80000, unit="kg",
                   rows=[("Trại nấm của công ty", [3, 4, 4], "nhà màng", 2000),
                         ("Hộ liên kết thôn Kim Cương", [14, 14, 14], "hộ", 550)])],
        cap=(20, "20 kg khô/ngày"), calendar="quarter",
        days=[60, 75, 75, 75], cal=[500, 1200, 600, 1100], buy=[1, 3],
        roles=[("Ban giám đốc, kế toán", [3, 3, 3], True), ("Trồng, chăm sóc nấm", [5, 5, 6], True),
               ("Sấy, thái, đóng gói", [3, 3, 4], True), ("Bán hàng", [2, 2, 2], True)],
        wage=[6.0, 6.3, 6.6],
        unit_costs=[("Điện sấy, nước", 15000)], sell=[220, 240, 260], other=[80, 80, 80], tax=0.015,
        pack_label="Hộp, túi, túi lọc",
        periods=["Quý I/2027", "Quý II/2027", "Quý III/2027"],
        inv=[("Nhà màng trồng nấm 2 nhà × 300 m²", 480, True, {0: 240, 1: 240}),
             ("Kho lạnh bảo quản nấm tươi 20 m³", 220, True, {1: 220}),
             ("Máy thái lát, máy đóng túi lọc", 180, True, {1: 100, 2: 80}),
             ("Hộp, túi, nhãn, mã QR", 50, False, {1: 50}),
             ("Vốn lưu động", 470, False, {0: 150, 1: 160, 2: 160})],
        src=[("Vốn góp của cổ đông", 800, "Tháng 02 – 3/2027"),
             ("Vay Ngân hàng TMCP Đầu tư và Phát triển", 600, "Tháng 4/2027")],
        life=10, loan=[600, 450, 300], rate=0.08,
        gantt=([str(m) for m in range(1, 13)], "✓",
               [("Dựng 2 nhà màng mới", [1, 2, 3]),
                ("Cấy phôi vụ xuân, vụ thu", [2, 7]),
                ("Thu hái, sấy nấm", [4, 5, 10, 11]),
                ("Lắp kho lạnh, máy thái lát", [4, 5]),
                ("Hộp, túi, nhãn, mã QR", [5]),
                ("Nộp hồ sơ OCOP tại UBND xã", [8]),
                ("Hội đồng cấp tỉnh đánh giá", [10, 11]),
                ("Hội chợ, sàn thương mại điện tử", [6, 9, 11])]),
        miles=[("Hai nhà màng mới xong", "30/4/2027", 480, "Phó giám đốc", 0, 0),
               ("Kho lạnh bảo quản nấm tươi", "15/6/2027", 220, "Tổ sấy", 3, 1),
               ("Máy thái lát, máy đóng túi lọc", "30/6/2027", 180, "Tổ sấy", 3, 2),
               ("Hộp, túi, nhãn, mã QR mới", "30/6/2027", 50, "Phòng kinh doanh", 4, 3),
               ("Nộp hồ sơ OCOP tại UBND xã", "30/9/2027", None, "Giám đốc", 5, None)],
        papers=[("Đăng ký doanh nghiệp", "3002287341, 09/9/2021", "Sở Kế hoạch và Đầu tư", "–", "✓"),
                ("Giấy chứng nhận ATTP", "33/2025/NNMT, 21/11/2025", "Sở Nông nghiệp và Môi trường", "21/11/2028", "✓"),
                ("Quyền sử dụng đất trại nấm", "DE 418225, 16/6/2021", "Sở Tài nguyên và Môi trường", "2071", "✓"),
                ("Hợp đồng liên kết 14 hộ", "01/2026/HĐLK, 05/01/2026", "Công ty và các hộ", "31/12/2029", "✓")],
        order=["hist", "comp", "raw", "equip", "staff", "out", "cal", "price", "rev", "cost", "inv", "src",
               "papers", "gantt", "miles"],
    ),
    "hq08": dict(
        stem="hq08_che_bup_huong_tra_htx", date=date(2026, 7, 20), unit="kg", verdict="revise",
        products=[("Chè búp khô, túi 200 g", "túi", 0.2, [50000, 52000, 54000], [10000, 17000, 25500], 1500),
                  ("Chè búp đặc biệt, hộp 100 g", "hộp", 0.1, [45000, 47000, 49000], [4000, 6800, 10200], 4000),
                  ("Chè xanh khô, túi 1 kg", "túi", 1.0, [190000, 195000, 200000], [1000, 1700, 2550], 3000)],
        hist=dict(out=[2700, 2950, 3200], price=[240000, 245000, 250000], margin=[0.09, 0.10, 0.10]),
        raws=[dict(name="Chè búp tươi", short="chè tươi", norm=4.5, price=12000, unit="kg",
                   rows=[("Vườn chè của hộ thành viên", [35, 35, 35], "hộ", 800),
                         ("Đội chè thôn Trà Sơn (hợp đồng)", [1, 1, 1], "hợp đồng", 14000)])],
        cap=(60, "60 kg chè khô/ngày"), calendar="month",
        days=[0, 0, 22, 24, 25, 25, 25, 25, 24, 22, 0, 0],
        cal=[0, 0, 300, 500, 550, 500, 450, 400, 400, 300, 0, 0],
        buy=[2, 3, 4, 5, 6, 7, 8, 9],
        roles=[("Ban quản trị, kế toán", [2, 2, 2], True), ("Sao, vò, sấy chè", [3, 3, 3], True),
               ("Đóng gói, bán hàng", [1, 1, 1], True)],
        wage=[4.5, 4.7, 4.9],
        unit_costs=[("Điện, củi sao chè", 8000)], sell=[50, 55, 60], other=[30, 30, 30], tax=0.015,
        pack_label="Túi, hộp",
        periods=["Quý I/2027", "Quý II/2027", "Quý III/2027"],
        inv=[("Dây chuyền sao, vò, sấy chè 60 kg/ngày", 380, True, {0: 200, 1: 180}),
             ("Nhà xưởng chế biến 120 m²", 300, True, {0: 300}),
             ("Máy hút chân không, đóng gói", 60, True, {1: 60}),
             ("Thiết kế bao bì, nhãn, mã vạch", 40, False, {1: 40}),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30, False, {1: 10, 2: 20}),
             ("Vốn lưu động", 190, False, {1: 100, 2: 90})],
        src=[("Vốn góp của thành viên", 400, "Quý I/2027"),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 600, "Tháng 01/2027")],
        life=10, loan=[600, 450, 300], rate=0.08,
        gantt=(["Quý I", "Quý II", "Quý III", "Quý IV", "2028", "2029"], "x",
               [("Xây nhà xưởng chế biến", [0]),
                ("Lắp dây chuyền sao, vò, sấy", [0, 1]),
                ("Máy hút chân không", [1]),
                ("Bao bì, nhãn, mã vạch", [1]),
                ("Kiểm nghiệm, tự công bố", [1, 2]),
                ("Vụ chè xuân, chè hè thu", [0, 1, 2, 3]),
                ("Nộp hồ sơ lên Hội đồng OCOP cấp huyện", [2]),
                ("Nhận thưởng theo NQ 123", [3]),
                ("Tăng sản lượng, mở rộng thị trường", [4, 5])]),
        miles=[("Nhà xưởng chế biến xong", "31/3/2027", 300, "Giám đốc", 0, 1),
               ("Dây chuyền chạy thử", "15/4/2027", 380, "Tổ chế biến", 1, 0),
               ("Máy hút chân không", "30/6/2027", 60, "Tổ chế biến", 2, 2),
               ("Bao bì, nhãn, mã vạch", "30/6/2027", 40, "Kế toán", 3, 3),
               ("Phiếu kiểm nghiệm, bản tự công bố", "31/7/2027", 30, "Kế toán", 4, 4),
               ("Hồ sơ trình Hội đồng OCOP cấp huyện", "30/8/2027", None, "Giám đốc", 6, None)],
        papers=[("Đăng ký hợp tác xã", "28A8000317, 15/5/2018", "Phòng Tài chính – Kế hoạch huyện Hương Khê", "–", "✓"),
                ("Giấy chứng nhận ATTP", "41/2025/NNMT, 02/10/2025", "Sở Nông nghiệp và Môi trường", "02/10/2028", "✓"),
                ("Tiêu chuẩn cơ sở chè búp", "TCCS 01:2025/HT", "Hợp tác xã ban hành", "–", "✓")],
        order=["hist", "comp", "raw", "equip", "staff", "out", "cal", "price", "rev", "cost", "inv", "src",
               "papers", "gantt", "miles"],
    ),
    "hq09": dict(
        stem="hq09_tinh_bot_san_day_cam_due", date=date(2027, 3, 5), unit="kg", verdict="revise",
        products=[("Tinh bột sắn dây nguyên chất, túi 500 g", "túi", 0.5, [110000, 113000, 116000], [2400, 2800, 3200], 2000),
                  ("Tinh bột sắn dây, hộp 1 kg", "hộp", 1.0, [200000, 206000, 212000], [600, 700, 800], 6000),
                  ("Tinh bột sắn dây, túi 250 g", "túi", 0.25, [58000, 60000, 62000], [2000, 2400, 2800], 1500)],
        hist=dict(out=[1700, 1900, 2100], price=[195000, 200000, 205000], margin=[0.14, 0.15, 0.15]),
        raws=[dict(name="Củ sắn dây tươi", short="củ sắn dây", norm=8.0, price=6000, unit="kg",
                   rows=[("Ruộng sắn dây 0,5 ha của gia đình", [1, 1, 1], "ruộng", 11500),
                         ("Hộ trồng sắn dây trong thôn (thỏa thuận)", [8, 8, 8], "hộ", 1000)])],
        cap=(40, "40 kg bột/ngày"), calendar="month",
        days=[24, 16, 20, 0, 0, 0, 0, 0, 0, 0, 22, 24],
        cal=[500, 300, 400, 0, 0, 0, 0, 0, 0, 0, 450, 650],
        buy=[0, 1, 2, 10, 11],
        roles=[("Chủ cơ sở", [1, 1, 1], True), ("Người nhà (vợ, con trai)", [2, 2, 2], True),
               ("Lao động thời vụ mùa củ (theo kg bột)", [3, 3, 4], False)],
        wage=[4.0, 4.2, 4.4],
        unit_costs=[("Tiền công thời vụ (theo kg bột)", 25000), ("Điện, nước", 4000)],
        sell=[15, 18, 20], other=[10, 10, 10], tax=0.015,
        pack_label="Túi, hộp",
        periods=["Quý II/2027", "Quý III/2027", "Quý IV/2027"],
        inv=[("Máy rửa, máy nghiền củ", 90, True, {0: 90}),
             ("Bể lọc, bể lắng bột và bể lắng nước 3 ngăn", 70, True, {0: 40, 1: 30}),
             ("Máy sấy bột 40 kg/ngày", 110, True, {1: 110}),
             ("Túi, hộp, nhãn, tem", 20, False, {1: 20}),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 20, False, {0: 10, 1: 10}),
             ("Vốn lưu động", 90, False, {1: 40, 2: 50})],
        src=[("Vốn tự có của gia đình", 250, "Tháng 4/2027"),
             ("Vay Ngân hàng Chính sách xã hội", 150, "Tháng 5/2027")],
        life=8, loan=[150, 100, 50], rate=0.066,
        gantt=(["Quý II", "Quý III", "Quý IV", "2028", "2029"], "✓",
               [("Mua máy rửa, máy nghiền củ", [0]),
                ("Xây bể lọc, bể lắng", [0, 1]),
                ("Lắp máy sấy bột", [1]),
                ("Kiểm nghiệm, tự công bố", [0, 1]),
                ("Túi, hộp, nhãn mới", [1]),
                ("Nộp đơn đăng ký nhãn hiệu", [1]),
                ("Vụ củ 2027 – 2028", [2, 3]),
                ("Nộp hồ sơ OCOP", [3])]),
        miles=[("Máy rửa, máy nghiền củ", "30/6/2027", 90, "Chủ cơ sở", 0, 0),
               ("Bể lọc, bể lắng xong", "31/7/2027", 70, "Chủ cơ sở", 1, 1),
               ("Phiếu kiểm nghiệm, bản tự công bố; đơn nhãn hiệu", "30/9/2027", 20, "Con trai", 3, 4),
               ("Máy sấy bột lắp xong", "30/9/2027", 110, "Chủ cơ sở", 2, 2),
               ("Túi, hộp, nhãn mới", "30/9/2027", 20, "Con trai", 4, 3)],
        papers=[("Bản cam kết sản xuất thực phẩm an toàn", "ký 15/01/2026", "UBND xã Cẩm Duệ xác nhận", "–", "✓"),
                ("Phiếu kết quả thử nghiệm (lô thử)", "SD-0211/26, 20/02/2026", "Trung tâm Kỹ thuật TC-ĐL-CL", "–", "✓")],
        order=["hist", "raw", "equip", "staff", "out", "cal", "price", "rev", "cost", "inv", "src",
               "papers", "gantt", "miles"],
    ),
    "hq10": dict(
        stem="hq10_mi_gao_yen_ho_tht", date=date(2026, 11, 5), unit="kg", verdict="revise",
        products=[("Mì gạo sợi nhỏ, gói 500 g", "gói", 0.5, [26000, 27000, 28000], [36000, 40000, 44000], 800),
                  ("Mì gạo lứt, gói 500 g", "gói", 0.5, [34000, 35000, 36000], [12000, 14000, 16000], 900),
                  ("Mì gạo, bao 10 kg cho quán ăn", "bao", 10, [380000, 390000, 400000], [400, 440, 480], 5000)],
        hist=dict(out=[23000, 24800, 26500], price=[48000, 49500, 51000], margin=[0.08, 0.09, 0.09]),
        raws=[dict(name="Gạo tẻ, gạo lứt", short="gạo", norm=1.1, price=15000, unit="kg",
                   rows=[("Hộ tổ viên", [20, 20, 20], "hộ", 1200),
                         ("HTX Nông nghiệp Yên Hồ (hợp đồng)", [1, 1, 1], "hợp đồng", 18000)])],
        cap=(140, "140 kg/ngày"), calendar="quarter",
        days=[68, 75, 76, 75], cal=[7000, 6000, 6000, 9000], buy=[1, 2],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2], True), ("Ngâm, xay, tráng, cắt sợi", [4, 4, 5], True),
               ("Phơi, sấy, đóng gói", [2, 2, 2], True), ("Bán hàng", [1, 1, 1], True)],
        wage=[4.8, 5.0, 5.2],
        unit_costs=[("Điện, củi, nước", 2500)], sell=[50, 55, 60], other=[20, 20, 20], tax=0.015,
        pack_label="Bao bì gói, bao",
        periods=["Quý I/2027", "Quý II/2027", "Quý III/2027"],
        inv=[("Máy tráng, cắt sợi liên hoàn 140 kg/ngày", 320, True, {0: 320}),
             ("Máy sấy mì 3 tầng", 160, True, {0: 80, 1: 80}),
             ("Nhà phơi có mái che 100 m²", 120, True, {0: 120}),
             ("Thiết kế bao bì, đăng ký nhãn hiệu", 30, False, {1: 30}),
             ("Kiểm nghiệm, tiêu chuẩn cơ sở, tự công bố", 20, False, {1: 20}),
             ("Vốn lưu động", 150, False, {1: 80, 2: 70})],
        src=[("Vốn góp của tổ viên", 400, "Tháng 01/2027"),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 400, "Tháng 02/2027")],
        life=10, loan=[400, 300, 200], rate=0.08,
        gantt=([str(m) for m in range(1, 13)], "●",
               [("Lắp máy tráng, cắt sợi", [0, 1]),
                ("Lắp máy sấy 3 tầng", [2, 3]),
                ("Làm nhà phơi có mái che", [0, 1]),
                ("Kiểm nghiệm, tự công bố mì gạo lứt", [3, 4]),
                ("Bao bì mới", [4, 5]),
                ("Nộp đơn đăng ký nhãn hiệu", [2]),
                ("Nộp hồ sơ OCOP tại UBND xã", [8]),
                ("Hội đồng cấp tỉnh đánh giá", [10, 11]),
                ("Hàng Tết", [10, 11])]),
        miles=[("Máy tráng, cắt sợi chạy thử", "28/02/2027", 320, "Tổ trưởng", 0, 0),
               ("Nhà phơi có mái che", "28/02/2027", 120, "Tổ phó", 2, 2),
               ("Máy sấy mì 3 tầng", "……/……/2027", 160, "[ghi tên người phụ trách]", 1, 1),
               ("Phiếu kiểm nghiệm, bản tự công bố", "31/5/2027", 20, "Kế toán", 3, 4),
               ("Bao bì mới, đơn nhãn hiệu", "30/6/2027", 30, "Kế toán", 4, 3),
               ("Nộp hồ sơ OCOP tại UBND xã", "30/9/2027", None, "Tổ trưởng", 6, None)],
        papers=[("Đăng ký tổ hợp tác", "05/THT, 20/02/2025", "UBND xã Yên Hồ", "–", "✓"),
                ("Mã số thuế", "3002319021", "Cơ quan thuế", "–", "✓"),
                ("Tiêu chuẩn cơ sở", "TCCS 01:2025/YH", "Tổ ban hành", "–", "✓"),
                ("Bản tự công bố mì gạo sợi nhỏ", "02/YH/2025, 14/7/2025", "Tổ tự công bố", "–", "✓"),
                ("Phiếu kết quả thử nghiệm", "MG-0630/25, 30/6/2025", "Trung tâm Kỹ thuật TC-ĐL-CL", "–", "✓")],
        order=["hist", "raw", "staff", "out", "cal", "price", "rev", "cost", "inv", "src",
               "papers", "gantt", "miles"],
    ),
}

# Planted numeric overrides: what the plan prints instead of the true value. ("rev", product, year)
# -> factor on that revenue line; ("profit", year) -> factor on that profit; ("inv_col", period) ->
# the printed column total of the disbursement table; "payback" -> the payback the text states
# (years). The knock-on cells (a total adding the wrong line, the tax and margin of a wrong revenue or
# profit) are recomputed from the printed value.
OVERRIDES: dict[str, dict] = {
    "hq05": {"payback": 1.5},                       # printed payback (years); true from the model
    "hq07": {("rev", 0, 1): 1.15},                  # 2028 line of the sliced reishi box
    "hq08": {("inv_col", 1): 320},                  # printed "Tổng cộng" of the Quý II/2027 column
    "hq09": {("profit", 0): 1.3},                   # 2027 profit in the cost and profit table
}


# --------------------------------------------------------------------------- formatting
def fi(n: float) -> str:
    return f"{int(round(n)):,}".replace(",", ".")


def f1(x: float) -> str:
    return f"{x:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")


def fnum(x: float) -> str:
    """A norm or a size as a producer writes it: 0,55; 8; 1,2."""
    s = f"{x:g}"
    return s.replace(".", ",")


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def parse_date(s: str) -> date | None:
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s.strip())
    return date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


# --------------------------------------------------------------------------- model
def model(key: str, printed: bool = False) -> dict:
    """Every figure of plan `key` from its constants; `printed` applies the planted overrides."""
    P = PLANS[key]
    M: dict = {"P": P}
    prods = P["products"]
    M["packs"] = [p[4] for p in prods]
    M["price"] = [p[3] for p in prods]
    M["out"] = [round(sum(p[2] * p[4][y] for p in prods)) for y in range(3)]
    M["rev_line"] = [[r1(p[4][y] * p[3][y] / 1e6) for y in range(3)] for p in prods]
    ov = OVERRIDES.get(key, {}) if printed else {}
    for (k, *idx), f in [(k if isinstance(k, tuple) else (k,), f) for k, f in ov.items()]:
        if k == "rev":
            i, y = idx
            M["rev_line"][i][y] = r1(M["rev_line"][i][y] * f)
    M["rev"] = [r1(sum(line[y] for line in M["rev_line"])) for y in range(3)]
    h = P["hist"]
    M["h_rev"] = [r1(h["out"][i] * h["price"][i] / 1e6) for i in range(3)]
    M["h_profit"] = [r1(M["h_rev"][i] * h["margin"][i]) for i in range(3)]
    M["h_margin"] = [r1(h["margin"][i] * 100) for i in range(3)]
    # raw materials
    M["raws"] = []
    for r in P["raws"]:
        rows = [[c[y] * row[3] for y in range(3)] for row in r["rows"] for c in [row[1]]]
        supply = [sum(x[y] for x in rows) for y in range(3)]
        need = [round(M["out"][y] * r["norm"]) for y in range(3)]
        M["raws"].append(dict(rows=rows, supply=supply, need=need,
                              spare=[supply[y] - need[y] for y in range(3)],
                              cost=[r1(need[y] * r["price"] / 1e6) for y in range(3)]))
    rating = P["cap"][0]
    M["cap_rows"] = [rating * d for d in P["days"]]
    M["cap_days"] = sum(P["days"])
    M["cap_year"] = rating * M["cap_days"]
    M["use"] = [r1(M["out"][y] / M["cap_year"] * 100) for y in range(3)]
    # staff and wages
    M["staff"] = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    M["salaried"] = [sum(r[1][y] for r in P["roles"] if r[2]) for y in range(3)]
    M["wage_fund"] = [r1(M["salaried"][y] * P["wage"][y] * 12) for y in range(3)]
    # costs
    M["pack_cost"] = [r1(sum(p[4][y] * p[5] for p in prods) / 1e6) for y in range(3)]
    M["unit_cost"] = [[r1(M["out"][y] * c[1] / 1e6) for y in range(3)] for c in P["unit_costs"]]
    M["inv_total"] = sum(i[1] for i in P["inv"])
    M["fixed"] = sum(i[1] for i in P["inv"] if i[2])
    M["dep"] = r1(M["fixed"] / P["life"])
    M["interest"] = [r1(b * P["rate"]) for b in P["loan"]]
    M["tax"] = [r1(M["rev"][y] * P["tax"]) for y in range(3)]
    lines = [(r["name"], M["raws"][i]["cost"]) for i, r in enumerate(P["raws"])]
    lines += [(P["pack_label"], M["pack_cost"]), ("Tiền lương", M["wage_fund"])]
    lines += [(c[0], M["unit_cost"][i]) for i, c in enumerate(P["unit_costs"])]
    lines += [("Khấu hao tài sản cố định", [M["dep"]] * 3), ("Lãi vay", M["interest"]),
              ("Bán hàng, quảng bá", [float(x) for x in P["sell"]]), ("Thuế, phí", M["tax"]),
              ("Chi phí khác", [float(x) for x in P["other"]])]
    M["cost_lines"] = lines
    M["cost"] = [r1(sum(v[y] for _, v in lines)) for y in range(3)]
    M["profit"] = [r1(M["rev"][y] - M["cost"][y]) for y in range(3)]
    for (k, *idx), f in [(k if isinstance(k, tuple) else (k,), f) for k, f in ov.items()]:
        if k == "profit":
            M["profit"][idx[0]] = r1(M["profit"][idx[0]] * f)
    M["margin"] = [r1(M["profit"][y] / M["rev"][y] * 100) for y in range(3)]
    # investment, disbursement, sources
    n = len(P["periods"])
    M["inv_cols"] = [sum(i[3].get(j, 0) for i in P["inv"]) for j in range(n)]
    M["inv_cols_printed"] = list(M["inv_cols"])
    for k, v in ov.items():
        if isinstance(k, tuple) and k[0] == "inv_col":
            M["inv_cols_printed"][k[1]] = v
    M["src_total"] = sum(s[1] for s in P["src"])
    M["src_share"] = [r1(s[1] / M["src_total"] * 100) for s in P["src"]]
    M["payback"] = r1(M["inv_total"] / (sum(M["profit"]) / 3 + M["dep"]))
    if "payback" in ov:
        M["payback"] = ov["payback"]
    M["miles_total"] = sum(m[2] or 0 for m in P["miles"])
    return M


def tables(key: str, printed: bool = True) -> dict[str, dict]:
    """Every computed table of the plan: key -> {header, rows, unit}."""
    P, M = PLANS[key], model(key, printed)
    u = P["unit"]
    T: dict[str, dict] = {}
    yrs = [f"Năm {y}" for y in YEARS]
    T["hist"] = dict(unit=None, header=["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in HIST], rows=[
        ["1", f"Sản lượng ({u})"] + [fi(x) for x in P["hist"]["out"]],
        ["2", f"Giá bán bình quân (đồng/{u})"] + [fi(x) for x in P["hist"]["price"]],
        ["3", "Doanh thu (triệu đồng)"] + [f1(x) for x in M["h_rev"]],
        ["4", "Lợi nhuận (triệu đồng)"] + [f1(x) for x in M["h_profit"]],
        ["5", "Tỷ suất lợi nhuận (%)"] + [f1(x) for x in M["h_margin"]]])
    rows = []
    units = []
    for r, mr in zip(P["raws"], M["raws"]):
        units.append(r["unit"])
        for row, vals in zip(r["rows"], mr["rows"]):
            c = row[1]
            cnt = f"{c[0]}" if c[0] == c[2] else f"{c[0]} – {c[2]}"
            rows.append([row[0], f"{cnt} {row[2]} × {fi(row[3])} {r['unit']}"] + [fi(v) for v in vals])
        rows.append([f"Tổng nguồn cung {r['short']}", ""] + [fi(v) for v in mr["supply"]])
        rows.append([f"Nhu cầu {r['short']}", f"{fnum(r['norm'])} {r['unit']}/{u}"] + [fi(v) for v in mr["need"]])
        if not P.get("no_balance"):
            rows.append([f"Còn dư {r['short']}", ""] + [fi(v) for v in mr["spare"]])
    T["raw"] = dict(unit="ĐVT: " + ", ".join(dict.fromkeys(units)),
                    header=["Nguồn cung, nhu cầu", "Quy mô, định mức"] + yrs, rows=rows)
    rows = [[str(i + 1), r[0]] + [str(x) for x in r[1]] for i, r in enumerate(P["roles"])]
    rows.append(["", "Tổng số lao động"] + [str(x) for x in M["staff"]])
    if M["salaried"] != M["staff"]:
        rows.append(["", "Trong đó hưởng lương tháng"] + [str(x) for x in M["salaried"]])
    rows.append(["", "Lương bình quân (triệu đồng/tháng)"] + [f1(x) for x in P["wage"]])
    rows.append(["", "Quỹ lương (triệu đồng/năm)"] + [f1(x) for x in M["wage_fund"]])
    T["staff"] = dict(unit=None, header=["TT", "Bộ phận"] + yrs, rows=rows)
    rows = [[p[0], p[1]] + [fi(x) for x in p[4]] for p in P["products"]]
    rows.append(["Sản lượng quy đổi", u] + [fi(x) for x in M["out"]])
    rows.append(["Công suất thiết kế", f"{u}/năm"] + [fi(M["cap_year"])] * 3)
    rows.append(["Mức sử dụng công suất", "%"] + [f1(x) for x in M["use"]])
    T["out"] = dict(unit=None, header=["Chỉ tiêu", "ĐVT"] + yrs, rows=rows)
    rows = []
    names = [f"Tháng {m}" for m in range(1, 13)] if P["calendar"] == "month" else list(QUARTERS)
    for i, nm in enumerate(names):
        d, c, o = P["days"][i], M["cap_rows"][i], P["cal"][i]
        rows.append([nm] + ([fi(d), fi(c), fi(o)] if d else ["-", "-", "-"]) + ["✓" if i in P["buy"] else ""])
    rows.append(["Cả năm 2027", fi(M["cap_days"]), fi(M["cap_year"]), fi(sum(P["cal"])), ""])
    head = "Tháng" if P["calendar"] == "month" else "Quý"
    T["cal"] = dict(unit=None, header=[head, "Ngày làm việc", f"Công suất ({u})", f"Sản lượng ({u})",
                                       "Thu mua nguyên liệu"], rows=rows)
    T["price"] = dict(unit="ĐVT: đồng", header=["Sản phẩm", "ĐVT"] + yrs,
                      rows=[[p[0], f"đồng/{p[1]}"] + [fi(x) for x in p[3]] for p in P["products"]])
    rows = [[str(i + 1), p[0]] + [f1(x) for x in M["rev_line"][i]] for i, p in enumerate(P["products"])]
    rows.append(["", "Tổng doanh thu"] + [f1(x) for x in M["rev"]])
    T["rev"] = dict(unit="ĐVT: triệu đồng", header=["TT", "Sản phẩm"] + yrs, rows=rows)
    rows = [[str(i + 1), lab] + [f1(x) for x in v] for i, (lab, v) in enumerate(M["cost_lines"])]
    rows += [["", "Tổng chi phí"] + [f1(x) for x in M["cost"]],
             ["", "Doanh thu"] + [f1(x) for x in M["rev"]],
             ["", "Lợi nhuận"] + [f1(x) for x in M["profit"]],
             ["", "Tỷ suất lợi nhuận/doanh thu (%)"] + [f1(x) for x in M["margin"]]]
    T["cost"] = dict(unit="ĐVT: triệu đồng", header=["TT", "Khoản mục"] + yrs, rows=rows)
    n = len(P["periods"])
    rows = [[str(i + 1), it[0], fi(it[1])] + [fi(it[3][j]) if j in it[3] else "-" for j in range(n)]
            for i, it in enumerate(P["inv"])]
    rows.append(["", "Tổng cộng", fi(M["inv_total"])] + [fi(x) for x in M["inv_cols_printed"]])
    T["inv"] = dict(unit="ĐVT: triệu đồng", header=["TT", "Hạng mục", "Tổng vốn"] + P["periods"], rows=rows)
    rows = [[str(i + 1), s[0], fi(s[1]), f1(M["src_share"][i]), s[2]] for i, s in enumerate(P["src"])]
    rows.append(["", "Tổng cộng", fi(M["src_total"]), "100,0", ""])
    T["src"] = dict(unit="ĐVT: triệu đồng", header=["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)",
                                                    "Thời điểm huy động"], rows=rows)
    T["papers"] = dict(unit=None, header=["Giấy tờ", "Số, ngày cấp", "Nơi cấp", "Hiệu lực đến ngày",
                                          "Tình trạng"],
                       rows=[list(p) for p in P["papers"]])
    cols, mark, tasks = P["gantt"]
    tt = len(cols) <= 8  # a month chart has no TT column (its twelve columns need the width)
    T["gantt"] = dict(unit=None, header=(["TT"] if tt else []) + ["Công việc"] + cols,
                      rows=[([str(i + 1)] if tt else []) + [t[0]] + [mark if j in t[1] else "" for j in range(len(cols))]
                            for i, t in enumerate(tasks)])
    rows = [[str(i + 1), m[0], m[1], fi(m[2]) if m[2] else "–", m[3]] for i, m in enumerate(P["miles"])]
    rows.append(["", "Cộng", "", fi(M["miles_total"]), ""])
    T["miles"] = dict(unit="Kinh phí: triệu đồng", header=["TT", "Mốc hoàn thành", "Thời hạn hoàn thành",
                                                           "Kinh phí", "Người phụ trách"], rows=rows)
    return T


# --------------------------------------------------------------------------- the check
# Cells of the printed tables that may differ from the true ones: the planted cell and the
# knock-on cells that follow it. (table, row label, cell index) -> "planted" | "knock-on"
DECLARED: dict[str, dict] = {
    "hq07": {("rev", "Nấm linh chi đỏ thái lát, hộp 200 g", 3): "planted",
             ("rev", "Tổng doanh thu", 3): "knock-on", ("cost", "Doanh thu", 3): "knock-on",
             ("cost", "Thuế, phí", 3): "knock-on", ("cost", "Lợi nhuận", 3): "knock-on",
             ("cost", "Tỷ suất lợi nhuận/doanh thu (%)", 3): "knock-on"},
    "hq08": {("inv", "Tổng cộng", 4): "planted"},
    "hq09": {("cost", "Lợi nhuận", 2): "planted", ("cost", "Tỷ suất lợi nhuận/doanh thu (%)", 2): "knock-on"},
}
LABEL_IN_2ND = {"hist", "staff", "rev", "cost", "inv", "src", "gantt", "miles"}
_NUMCELL = re.compile(r"^-?[\d.]+(,\d+)?$")


class Plan(plancheck.Plan):
    src = HERE / "src"


def num(cell: str) -> float | None:
    c = cell.strip()
    return vn(c) if _NUMCELL.match(c) else None


def read_tables(p: Plan) -> dict[int, list[list[str]]]:
    """Tables of the source by their caption number: header row first, separator dropped."""
    lines = p.body.splitlines()
    out: dict[int, list[list[str]]] = {}
    for i, line in enumerate(lines):
        m = re.match(r"\s*\**Bảng (\d+)\.", line)
        if not m:
            continue
        rows, j = [], i + 1
        while j < len(lines) and not lines[j].lstrip().startswith("|"):
            if lines[j].startswith("#") or re.match(r"\s*\**Bảng \d+\.", lines[j]):
                break
            j += 1
        while j < len(lines) and lines[j].lstrip().startswith("|"):
            cells = [c.strip() for c in lines[j].strip().strip("|").split("|")]
            if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                rows.append(cells)
            j += 1
        out[int(m.group(1))] = rows
    return out


def label(tk: str, row: list[str]) -> str:
    if tk == "gantt" and not row[0].isdigit():
        return row[0]
    return row[1] if tk in LABEL_IN_2ND else row[0]


def col_range(P: dict, col: str) -> tuple[date, date]:
    """The dates a schedule column covers (a quarter, month, half-year or year; 2027 by default)."""
    roman = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
    if m := re.fullmatch(r"(?:Quý|Q\.?)\s*(IV|I{1,3}|[1-4])(?:/(\d{4}))?", col):
        q, y = roman[m.group(1)], int(m.group(2) or 2027)
        end = date(y, 3 * q, 30 if q in (2, 3) else 31)
        return date(y, 3 * q - 2, 1), end
    if m := re.fullmatch(r"T?(\d{1,2})", col):
        mo = int(m.group(1))
        nxt = date(2027 + mo // 12, mo % 12 + 1, 1)
        return date(2027, mo, 1), date.fromordinal(nxt.toordinal() - 1)
    if m := re.fullmatch(r"6 tháng (đầu|cuối) (\d{4})", col):
        y = int(m.group(2))
        return (date(y, 1, 1), date(y, 6, 30)) if m.group(1) == "đầu" else (date(y, 7, 1), date(y, 12, 31))
    if m := re.fullmatch(r"(?:Năm |Cả năm )?(\d{4})", col):
        y = int(m.group(1))
        return date(y, 1, 1), date(y, 12, 31)
    raise ValueError(col)


def check_tables(key: str, p: Plan) -> dict[str, list[list[str]]]:
    """Printed tables equal the model's (overrides included); printed vs true differ only where declared."""
    P = PLANS[key]
    parsed = read_tables(p)
    Tp, Tt = tables(key, True), tables(key, False)
    got: dict[str, list[list[str]]] = {}
    p.check(sorted(parsed) == list(range(1, len(P["order"]) + 1)),
            f"captions Bảng 1..{len(P['order'])} expected, found {sorted(parsed)}")
    p.check(10 <= len(P["order"]) <= 15, f"{len(P['order'])} tables")
    decl = DECLARED.get(key, {})
    seen = set()
    for n, tk in enumerate(P["order"], 1):
        rows = parsed.get(n, [])
        got[tk] = rows
        if tk not in Tp:
            p.check(len(rows) >= 3, f"table {n} ({tk}) has {len(rows)} rows")
            continue
        exp = [Tp[tk]["header"]] + Tp[tk]["rows"]
        if rows != exp:
            diff = next(((a, b) for a, b in zip(rows, exp) if a != b), (len(rows), len(exp)))
            p.failures.append(f"table {n} ({tk}) differs from the model: {diff}")
        for rp, rt in zip(Tp[tk]["rows"], Tt[tk]["rows"]):
            for c, (a, b) in enumerate(zip(rp, rt)):
                if a == b:
                    continue
                x, y = num(a), num(b)
                k = (tk, label(tk, rp), c)
                if x is None or y is None:
                    p.failures.append(f"{k}: printed {a!r}, true {b!r}")
                elif close(x, y) and k not in decl:
                    continue
                elif k not in decl:
                    p.failures.append(f"{k}: printed {a} but true {b} (undeclared)")
                else:
                    seen.add(k)
                    if decl[k] == "planted":
                        p.check(off(x, y, 5), f"{k}: planted {a} not > 5 % off the true {b}")
    for k, role in decl.items():
        p.check(k in seen, f"declared {role} cell {k} is not off")
    return got


def check_relations(key: str, p: Plan, t: dict[str, list[list[str]]]) -> None:
    """What a reviewer recomputes from the printed numbers; only the planted relations fail."""
    P = PLANS[key]
    Mt = model(key)

    def rows(tk):
        return {label(tk, r): r for r in t[tk][1:]}

    def vals(tk, lab, n=3):
        r = rows(tk).get(lab)
        if r is None:
            p.failures.append(f"{tk}: row {lab!r} missing")
            return [0.0] * n
        return [num(c) or 0.0 for c in r[-n:]]

    def near(a, b, what, tol=0.01, absd=0.11):
        if not (close(a, b, tol) or abs(a - b) <= absd):
            p.failures.append(f"{what}: printed {a}, recomputed {b:.2f}")

    u = P["unit"]
    # history
    ho, hp, hr = (vals("hist", f"Sản lượng ({u})"), vals("hist", f"Giá bán bình quân (đồng/{u})"),
                  vals("hist", "Doanh thu (triệu đồng)"))
    hpr, hm = vals("hist", "Lợi nhuận (triệu đồng)"), vals("hist", "Tỷ suất lợi nhuận (%)")
    for i in range(3):
        near(hr[i], ho[i] * hp[i] / 1e6, f"history revenue {HIST[i]}")
        near(hpr[i], hr[i] * hm[i] / 100, f"history profit {HIST[i]}")
    # output and capacity
    packs = [vals("out", pr[0]) for pr in P["products"]]
    out = vals("out", "Sản lượng quy đổi")
    capy = vals("out", "Công suất thiết kế")
    use = vals("out", "Mức sử dụng công suất")
    for y in range(3):
        near(out[y], sum(pk[y] * pr[2] for pk, pr in zip(packs, P["products"])), f"output {YEARS[y]}", absd=1)
        near(capy[y], P["cap"][0] * sum(P["days"]), "yearly capacity", absd=1)
        near(use[y], out[y] / capy[y] * 100, f"capacity use {YEARS[y]}", absd=0.06)
        p.check(use[y] <= 85.0, f"capacity use {YEARS[y]} {use[y]} % above 85 %")
    p.check(out[0] <= ho[2] * 1.2, f"2027 output {out[0]} more than +20 % over 2026 {ho[2]}")
    p.check(P["cap"][1] in p.body, f"rating text {P['cap'][1]!r} not in the plan")
    # calendar
    cal = t["cal"][1:-1]
    tot = t["cal"][-1]
    p.check(len(cal) == len(P["days"]), "calendar rows")
    sdays = scap = sout = 0.0
    for i, r in enumerate(cal):
        d_, c_, o_ = (num(x) or 0.0 for x in r[1:4])
        sdays, scap, sout = sdays + d_, scap + c_, sout + o_
        near(c_, P["cap"][0] * d_, f"capacity of {r[0]}", absd=0.5)
        if key == "hq05" and i in (0, 10, 11):
            p.check(o_ > c_ * 1.05, f"hq05 {r[0]}: planted {o_} not > 5 % above capacity {c_}")
        else:
            p.check(o_ <= c_ * 0.95 or o_ == 0, f"{r[0]}: output {o_} above 95 % of capacity {c_}")
        p.check((r[4] == "✓") == (i in P["buy"]), f"{r[0]}: purchase mark")
    near(num(tot[1]), sdays, "calendar days total", absd=0)
    near(num(tot[2]), scap, "calendar capacity total", absd=0)
    near(num(tot[3]), sout, "calendar output total", absd=0)
    near(sout, out[0], "calendar total = 2027 output", absd=0)
    near(num(tot[2]), capy[0], "calendar capacity = yearly capacity", absd=0)
    # raw materials
    for r in P["raws"]:
        sup = [0.0] * 3
        for row in r["rows"]:
            v = vals("raw", row[0])
            for y in range(3):
                near(v[y], row[1][y] * row[3], f"supply {row[0]} {YEARS[y]}", absd=0)
                sup[y] += v[y]
        tot_ = vals("raw", f"Tổng nguồn cung {r['short']}")
        need = vals("raw", f"Nhu cầu {r['short']}")
        for y in range(3):
            near(tot_[y], sup[y], f"supply total {r['short']} {YEARS[y]}", absd=0)
            near(need[y], out[y] * r["norm"], f"need {r['short']} {YEARS[y]}", absd=1)
            if key == "hq09" and y > 0:
                p.check(off(need[y], tot_[y], 5) and need[y] > tot_[y],
                        f"hq09 planted shortfall {YEARS[y]}: need {need[y]} vs supply {tot_[y]}")
            else:
                p.check(need[y] <= tot_[y] * 0.95, f"{r['short']} {YEARS[y]}: need {need[y]} within 5 % of supply {tot_[y]}")
        if not P.get("no_balance"):
            sp = vals("raw", f"Còn dư {r['short']}")
            for y in range(3):
                near(sp[y], tot_[y] - need[y], f"balance {r['short']} {YEARS[y]}", absd=0)
    # staff and wages
    roles = [vals("staff", ro[0]) for ro in P["roles"]]
    staff = vals("staff", "Tổng số lao động")
    wage = vals("staff", "Lương bình quân (triệu đồng/tháng)")
    fund = vals("staff", "Quỹ lương (triệu đồng/năm)")
    for y in range(3):
        near(staff[y], sum(r[y] for r in roles), f"staff {YEARS[y]}", absd=0)
        sal = sum(r[y] for r, ro in zip(roles, P["roles"]) if ro[2])
        near(fund[y], sal * wage[y] * 12, f"wage fund {YEARS[y]}")
    # prices and revenue
    price = [vals("price", pr[0]) for pr in P["products"]]
    lines = [vals("rev", pr[0]) for pr in P["products"]]
    rev = vals("rev", "Tổng doanh thu")
    for i, pr in enumerate(P["products"]):
        for y in range(3):
            true = packs[i][y] * price[i][y] / 1e6
            if key == "hq07" and (i, y) == (0, 1):
                p.check(off(lines[i][y], true, 5), f"hq07 planted revenue line {lines[i][y]} vs {true}")
            else:
                near(lines[i][y], true, f"revenue {pr[0]} {YEARS[y]}")
    for y in range(3):
        near(rev[y], sum(li[y] for li in lines), f"revenue total {YEARS[y]}")
    # costs and profit
    cost_rows = rows("cost")
    need_all = {r["name"]: vals("raw", f"Nhu cầu {r['short']}") for r in P["raws"]}
    for y in range(3):
        exp = {r["name"]: need_all[r["name"]][y] * r["price"] / 1e6 for r in P["raws"]}
        exp[P["pack_label"]] = sum(pk[y] * pr[5] for pk, pr in zip(packs, P["products"])) / 1e6
        exp["Tiền lương"] = fund[y]
        for lab, rate in P["unit_costs"]:
            exp[lab] = out[y] * rate / 1e6
        exp["Khấu hao tài sản cố định"] = sum(i[1] for i in P["inv"] if i[2]) / P["life"]
        exp["Lãi vay"] = P["loan"][y] * P["rate"]
        exp["Bán hàng, quảng bá"] = P["sell"][y]
        exp["Thuế, phí"] = rev[y] * P["tax"]
        exp["Chi phí khác"] = P["other"][y]
        printed = {lab: num(r[2 + y]) for lab, r in cost_rows.items()}
        for lab, v in exp.items():
            near(printed.get(lab) or 0.0, v, f"cost {lab} {YEARS[y]}")
        total = printed["Tổng chi phí"]
        near(total, sum(printed[lab] for lab in exp), f"cost total {YEARS[y]}")
        near(printed["Doanh thu"], rev[y], f"revenue in the profit table {YEARS[y]}")
        if key == "hq09" and y == 0:
            p.check(off(printed["Lợi nhuận"], printed["Doanh thu"] - total, 5),
                    f"hq09 planted profit {printed['Lợi nhuận']} vs {printed['Doanh thu'] - total:.1f}")
        else:
            near(printed["Lợi nhuận"], printed["Doanh thu"] - total, f"profit {YEARS[y]}")
        near(printed["Tỷ suất lợi nhuận/doanh thu (%)"], printed["Lợi nhuận"] / printed["Doanh thu"] * 100,
             f"margin {YEARS[y]}", absd=0.06)
    # investment and its disbursement
    n = len(P["periods"])
    inv_rows = [r for r in t["inv"][1:] if r[1] != "Tổng cộng"]
    tot = rows("inv")["Tổng cộng"]
    for r, it in zip(inv_rows, P["inv"]):
        near(num(r[2]), it[1], f"investment item {it[0]}", absd=0)
        near(num(r[2]), sum(num(c) or 0.0 for c in r[3:3 + n]), f"disbursement of {it[0]}", absd=0)
    near(num(tot[2]), sum(num(r[2]) for r in inv_rows), "investment total", absd=0)
    for j in range(n):
        s = sum(num(r[3 + j]) or 0.0 for r in inv_rows)
        if key == "hq08" and j == 1:
            p.check(off(num(tot[3 + j]), s, 5), f"hq08 planted column total {tot[3 + j]} vs {s}")
        else:
            near(num(tot[3 + j]), s, f"disbursement total {P['periods'][j]}", absd=0)
    inv_total = num(tot[2])
    src_rows = [r for r in t["src"][1:] if r[1] != "Tổng cộng"]
    src_total = num(rows("src")["Tổng cộng"][2])
    near(src_total, sum(num(r[2]) for r in src_rows), "sources total", absd=0)
    for r in src_rows:
        near(num(r[3]), num(r[2]) / src_total * 100, f"share of {r[1]}", absd=0.06)
    if key == "hq06":
        p.check(off(src_total, inv_total, 5), f"hq06 planted: sources {src_total} vs investment {inv_total}")
    else:
        near(src_total, inv_total, "sources = investment", absd=0)
    # payback as the text states it
    m = re.search(r"hoàn vốn(?:[^.;]|\.(?=\d))*?(\d+,\d) năm", p.body)
    profit = vals("cost", "Lợi nhuận")
    dep = vals("cost", "Khấu hao tài sản cố định")[0]
    if not m:
        p.failures.append("no payback sentence")
    else:
        stated = vn(m.group(1))
        from_printed = inv_total / (sum(profit) / 3 + dep)
        true = Mt["inv_total"] / (sum(Mt["profit"]) / 3 + Mt["dep"])
        if key == "hq05":
            p.check(off(stated, true, 5), f"hq05 planted payback {stated} vs true {true:.2f}")
        else:
            near(stated, from_printed, "payback from the printed profits", tol=0.0, absd=0.051)
    # growth and margins (true figures)
    for y in (1, 2):
        g = (Mt["rev"][y] - Mt["rev"][y - 1]) / Mt["rev"][y - 1] * 100
        if key == "hq08":
            p.check(g >= 50, f"hq08 planted growth {YEARS[y]} only {g:.1f} %")
        else:
            p.check(g < 35, f"revenue growth {YEARS[y]} {g:.1f} %")
    for y in range(3):
        p.check(0 < Mt["margin"][y] < (50 if key == "hq08" else 35), f"true margin {YEARS[y]} {Mt['margin'][y]}")
    # schedule: milestones, their budgets and the marked columns
    cols, mark, tasks = P["gantt"]
    g_rows = t["gantt"][1:]
    off_ = 2 if len(cols) <= 8 else 1
    for r, task in zip(g_rows, tasks):
        marked = [j for j, c in enumerate(r[off_:]) if c == mark]
        p.check(r[off_ - 1] == task[0], f"schedule task {task[0]}")
        p.check(marked == task[1] and all(c in ("", mark) for c in r[off_:]), f"schedule marks of {task[0]}")
    ms = [r for r in t["miles"][1:] if r[1] != "Cộng"]
    total = 0.0
    for r, mi in zip(ms, P["miles"]):
        b = num(r[3])
        total += b or 0.0
        if mi[5] is not None:
            near(b, P["inv"][mi[5]][1], f"budget of {mi[0]}", absd=0)
        d_ = parse_date(r[2])
        if d_ is None:
            p.check(key == "hq10" and re.search(PLACEHOLDER, r[2]) is not None, f"deadline {r[2]!r}")
            continue
        p.check(d_ > P["date"], f"deadline {r[2]} before the plan's date")
        ranges = [col_range(P, cols[j]) for j in tasks[mi[4]][1]]
        p.check(any(a <= d_ <= b_ for a, b_ in ranges), f"deadline {r[2]} of {mi[0]} outside its marked columns")
    near(num(rows("miles")["Cộng"][3]), total, "milestone budgets total", absd=0)
    for paper in P["papers"]:
        for ds in re.findall(r"\d{1,2}/\d{1,2}/\d{4}", paper[1]):
            p.check(parse_date(ds) < P["date"], f"{paper[0]} issued {ds} after the plan's date")
        v = parse_date(paper[3])
        if v and P["verdict"] == "ready" and v.year < 2030:
            renew = [parse_date(mi[1]) for mi in P["miles"] if "cấp lại" in mi[0]]
            renew += [parse_date(x) for x in re.findall(r"cấp lại[^.]*?(\d{1,2}/\d{1,2}/\d{4})", p.body)]
            p.check(any(x and P["date"] < x < v for x in renew), f"{paper[0]} valid to {paper[3]}, no renewal before it")


# Words whose absence (or presence) makes each textual defect, and what every plan must hold.
ABSENT = {
    "hq05": [r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm"],
    "hq06": [r"môi trường|chất thải|nước thải|\bmùi\b|xử lý|bể lắng|biogas|\brác\b|ô nhiễm|thu gom"],
    "hq07": [r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|VietGAP|chỉ tiêu chất lượng",
             r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ"],
    "hq09": [r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|doanh nghiệp|hợp tác xã|"
             r"tổ hợp tác|HTX|đăng ký hộ|công ty"],
    "hq10": [r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|cam kết",
             r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|ghi nhãn|QR"],
}
PRESENT = {
    "ready": ["148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở", "nhãn hiệu",
              "truy xuất"],
    "hq01": ["an toàn thực phẩm", "thử nghiệm", "tự công bố", "bể lắng"],
    "hq02": ["an toàn thực phẩm", "thử nghiệm", "tự công bố", "không ghi công dụng chữa bệnh"],
    "hq03": ["an toàn thực phẩm", "thử nghiệm", "tự công bố"],
    "hq04": ["không phải là thực phẩm", "thẻ treo"],
    "hq05": ["an toàn thực phẩm", "QCVN 6-3:2010/BYT", "nhãn hiệu", "đăng ký môi trường"],
    "hq06": ["an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu", "300 m²", "240 m²"],
    "hq07": ["an toàn thực phẩm", "nhãn"],
    "hq08": ["1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện"],
    "hq09": ["gia đình", "thực phẩm an toàn", "tự công bố", "nhãn hiệu"],
    "hq10": ["tiêu chuẩn cơ sở", "tự công bố", "nhãn hiệu", "truy xuất"],
}
SKETCHY = {
    "hq11": dict(stem="hq11_ca_muoi_so_sai", figures=["2.000 hũ", "35.000 đồng", "40 triệu"],
                 absent=r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|nhãn|mã vạch|môi trường"),
    "hq12": dict(stem="hq12_vuon_du_lich_so_sai", figures=["1.500 lượt khách", "50.000 đồng", "120 triệu"],
                 absent=r"đăng ký|giấy phép|an toàn thực phẩm|phòng cháy|nhãn hiệu|môi trường"),
}


def check_text(key: str, p: Plan) -> None:
    P = PLANS[key]
    if key == "hq10":
        p.check(re.search(PLACEHOLDER, p.body) is not None, "hq10: the planted placeholder is missing")
    else:
        p.lacks(PLACEHOLDER, "template placeholder")
    if key == "hq08":
        p.lacks(r"148/QĐ-TTg|1489", "hq08 cites the current instruments")
    else:
        p.lacks(REPLACED, "replaced instrument or district level")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    for pat in ABSENT.get(key, []):
        p.lacks(pat, f"{key}: planted absence broken")
    p.has(*PRESENT.get(key, []))
    if P["verdict"] == "ready":
        p.has(*PRESENT["ready"])
    if key == "hq06":
        p.check(re.search(r"nhà xưởng[^.]{0,40}300 m²", p.body) is not None, "hq06: producer part 300 m²")
        p.check(re.search(r"xưởng chế biến[^.]{0,40}240 m²", p.body) is not None, "hq06: current state 240 m²")


def check_plan(key: str) -> Plan:
    p = Plan(PLANS[key]["stem"])
    t = check_tables(key, p)
    if not p.failures:
        check_relations(key, p, t)
    check_text(key, p)
    return p


def check_sketchy(key: str) -> Plan:
    s = SKETCHY[key]
    p = Plan(s["stem"])
    words = len(re.findall(r"\w+", p.body))
    p.check(150 <= words <= 350, f"{words} words")
    p.check(not p.rows, "a sketchy plan has a table")
    p.has(*s["figures"])
    p.lacks(s["absent"], "a paper the sketchy plan lacks")
    p.lacks(PLACEHOLDER, "template placeholder")
    p.lacks(REPLACED, "replaced instrument or district level")
    return p


def main(argv: list[str] | None = None) -> int:
    keys = list(argv or []) or list(PLANS) + list(SKETCHY)
    plans = [check_plan(k) if k in PLANS else check_sketchy(k) for k in keys]
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
