"""The 247th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout247/arithmetic.py [in01 in05 ...]

Theme: papers with dates. Every full plan (in01-in10) lists its papers (registration, food-safety
certificate, alcohol licence, standard, self-declaration, test report, trademark, barcode,
environmental registration, land lease, OCOP certificate) with number, issue date and validity,
its raw-material contracts and its sales contracts with number, date signed and end date, and a
schedule where the papers that expire during 2027-2029 are renewed. For every full plan the
constants give the products (pack size in the plan's base unit, price and packs per year), the
2024-2026 history, the raw materials (norm per base unit, price, supply rows tied to contracts),
the equipment rating that limits output, staff by role and the monthly wage, the cost rates
(energy per base unit, selling and tax shares of revenue, fees for papers, other), investment
items, capital sources, loan balances and rate. `model()` turns them into every figure the plan
prints (the generator that wrote the plans' Markdown imported it), `tables()` places the figures in
the plans' tables. This script reads each table back from the plan's source (found by its title)
and compares every numeric cell with the true value: planted numeric defects must be wrong by more
than 5 % (the true value is computed beside them), their declared knock-ons must equal what the
plan's own wrong figure implies, everything else right within 1 % (or half a unit of the last
printed digit). Then: need against supply, output against capacity, growth, the papers' dates
against the plan's date (ready plans: nothing expired, everything expiring before the end of 2029
renewed in the schedule; flawed plans: the planted paper expired and not renewed), the
instruments cited, the words of the textual defects, and the sketchy plans' length.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST = (2024, 2025, 2026)
END = dt.date(2029, 12, 31)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")
RENEW = r"cấp lại|gia hạn|tái chứng nhận|cấp mới|xin cấp|đề nghị cấp|nộp hồ sơ|nộp đơn"

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, [price đ per year], [packs per year], pack cost đ)
# hist: output 2024-2026, average price đ per base unit, margin
# raws: label, unit, norm per base unit, price đ per unit, supply rows (label, [qty per year or None])
# cap: rating per day (per year), days, text; roles: (role, staff per year); wage: triệu/month
# energy: đ per base unit; sell, tax: shares of revenue; fees, other: triệu per year
# inv: (label, triệu, fixed asset?); src: (label, triệu); dep_old: depreciation of assets held
# papers: (name, number, issued, valid until, note, schedule keyword when it expires in the plan)
# supply_ct / sales_ct: (party, contract no., signed, until, quantity a year)
# plant: key -> ("*", factor) or ("=", value): the printed figure; knock: keys that follow it
PLANS: dict[str, dict] = {
    "in01": dict(
        date="15/09/2026", unit="kg",
        products=[("Chả cá thu hấp, gói 500 g", "gói", 0.5, [165000, 170000, 175000], [16000, 17600, 19000], 6000),
                  ("Chả cá thu chiên, hộp 300 g", "hộp", 0.3, [105000, 108000, 111000], [12000, 13200, 14400], 8000),
                  ("Chả cá thu, túi 1 kg cho nhà hàng", "túi", 1, [310000, 318000, 326000], [2500, 2800, 3000], 5000)],
        hist=dict(out=[11200, 12300, 13200], price=[300000, 305000, 312000], margin=[0.10, 0.105, 0.11]),
        raws=[dict(label="Cá thu, cá nục tươi", unit="kg", norm=1.5, price=100000,
                   supply=[("HTX Khai thác hải sản Cửa Nhượng", [12000, 12000, 12000]),
                           ("Tổ đoàn kết tàu cá Hải Thắng", [10000, 10000, 10000]),
                           ("Mua tại cảng cá Cửa Sót (hóa đơn)", [6000, 6000, 6000])]),
              dict(label="Bột năng, gia vị", unit="kg", norm=0.1, price=45000,
                   supply=[("Cửa hàng vật tư Tân Phú", [2200, 2200, 2200])])],
        cap=dict(rating=[70, 70, 70], days=300, text="70 kg chả/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế cá, quết chả", [6, 6, 7]),
               ("Hấp, chiên, đóng gói", [4, 5, 5]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=7000, sell=0.05, tax=0.015, fees=[18, 32, 22], other=[60, 60, 60],
        inv=[("Máy quết chả chân không", 420, True), ("Tủ hấp, chảo chiên công nghiệp", 220, True),
             ("Kho cấp đông 20 m³", 380, True), ("Cải tạo xưởng một chiều 150 m²", 420, True),
             ("Bao bì, mã vạch, tem QR", 60, False), ("Vốn lưu động", 500, False)],
        src=[("Vốn chủ sở hữu", 1100), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 900)],
        life=10, dep_old=45, loan=[900, 700, 500], rate=0.08,
        papers=[("Giấy chứng nhận đăng ký doanh nghiệp", "3001827465", "12/03/2018", "Không thời hạn", "Thay đổi lần 3: 20/05/2025", None),
                ("Giấy chứng nhận cơ sở đủ điều kiện ATTP", "112/2025/NNMT", "14/04/2025", "14/04/2028", "Cấp lại 10/2027", "ATTP"),
                ("Giấy chứng nhận HACCP", "HC2419", "08/07/2024", "07/07/2027", "Tái chứng nhận 2027", "HACCP"),
                ("Tiêu chuẩn cơ sở", "TCCS 01:2025/HM", "02/06/2025", "Không thời hạn", "", None),
                ("Bản tự công bố sản phẩm", "03/HM/2025", "10/06/2025", "Không thời hạn", "3 sản phẩm", None),
                ("Phiếu kết quả thử nghiệm", "KQ26/0318", "18/03/2026", "—", "Thử lại 03/2027", None),
                ("Giấy chứng nhận đăng ký nhãn hiệu", "412876", "15/01/2025", "21/11/2032", "Đơn nộp 21/11/2022", None),
                ("Giấy chứng nhận mã số mã vạch", "04175/GS1", "05/08/2024", "05/08/2027", "Gia hạn 07/2027", "mã vạch"),
                ("Giấy xác nhận đăng ký môi trường", "27/GXN-UBND", "20/11/2025", "Không thời hạn", "", None),
                ("Hợp đồng thuê đất xưởng", "35/HĐTĐ", "01/03/2020", "28/02/2040", "1.200 m²", None)],
        supply_ct=[("HTX Khai thác hải sản Cửa Nhượng", "07/2025/HĐMB", "02/01/2025", "31/12/2029", 12000),
                   ("Tổ đoàn kết tàu cá Hải Thắng", "15/2026/HĐMB", "05/01/2026", "31/12/2030", 10000),
                   ("Cửa hàng vật tư Tân Phú", "21/2025/HĐ", "10/03/2025", "31/12/2029", 2200)],
        sales_ct=[("Siêu thị Co.opmart Hà Tĩnh", "HT112/2026", "15/02/2026", "31/12/2028", 2400),
                  ("Công ty TNHH Phân phối Thực phẩm Hồng Lĩnh", "09/2026/PP", "01/03/2026", "28/02/2029", 3000),
                  ("Nhà hàng Biển Xanh Thiên Cầm", "03/2026/NH", "20/04/2026", "31/12/2027", 1200),
                  ("Điểm bán OCOP tỉnh Hà Tĩnh", "17/2025/KG", "01/10/2025", "30/09/2028", 900)],
        plant={}, knock=[]),
    "in02": dict(
        date="20/10/2026", unit="kg",
        products=[("Chè xanh búp khô, túi 200 g", "túi", 0.2, [60000, 62000, 64000], [20000, 22000, 24000], 4000),
                  ("Chè xanh đặc biệt, hộp 500 g", "hộp", 0.5, [190000, 196000, 202000], [3000, 3300, 3600], 15000),
                  ("Chè xanh búp, bao 2 kg cho quán nước", "bao", 2, [480000, 495000, 510000], [800, 880, 960], 8000)],
        hist=dict(out=[5600, 6100, 6600], price=[270000, 275000, 285000], margin=[0.12, 0.13, 0.13]),
        raws=[dict(label="Búp chè tươi", unit="kg", norm=4.5, price=14000,
                   supply=[("Đồi chè của hợp tác xã (8 ha)", [28000, 28000, 28000]),
                           ("Hộ thành viên thôn Khe Mây", [8000, 8000, 8000]),
                           ("Tổ hợp tác chè Hà Trai", [6000, 6000, 6000])])],
        cap=dict(rating=[40, 40, 40], days=270, text="40 kg chè khô/ngày"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Chăm sóc, hái chè đồi HTX", [4, 4, 4]),
               ("Sao, vò, sấy chè", [4, 4, 5]), ("Đóng gói, bán hàng", [2, 3, 3])],
        wage=[5.5, 5.8, 6.1], energy=9000, sell=0.06, tax=0.015, fees=[15, 20, 28], other=[40, 40, 40],
        inv=[("Máy sao, vò chè liên hoàn", 280, True), ("Máy sấy chè bơm nhiệt", 220, True),
             ("Nhà sơ chế và kho 120 m²", 300, True), ("Máy hút chân không, đóng gói", 90, True),
             ("Bao bì, nhãn, tem QR", 35, False), ("Vốn lưu động", 275, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của hợp tác xã", 150),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 550)],
        life=10, dep_old=30, loan=[550, 420, 290], rate=0.08,
        papers=[("Giấy chứng nhận đăng ký hợp tác xã", "3001902257", "14/05/2019", "Không thời hạn", "Đăng ký lại 12/11/2024", None),
                ("Giấy chứng nhận cơ sở đủ điều kiện ATTP", "86/2026/NNMT", "09/03/2026", "09/03/2029", "Cấp lại 09/2028", "ATTP"),
                ("Giấy chứng nhận VietGAP (8 ha)", "VG0617/2025", "25/06/2025", "24/06/2027", "Đánh giá lại 05/2027", "VietGAP"),
                ("Tiêu chuẩn cơ sở", "TCCS 02:2025/KM", "18/07/2025", "Không thời hạn", "", None),
                ("Bản tự công bố sản phẩm", "01/KM/2025", "28/07/2025", "Không thời hạn", "3 sản phẩm", None),
                ("Phiếu kết quả thử nghiệm", "77/2026/KN", "12/05/2026", "—", "Thử lại 05/2027", None),
                ("Đơn đăng ký nhãn hiệu", "4-2025-08812", "17/03/2025", "Chờ cấp", "Đã công bố đơn", None),
                ("Hợp đồng thuê đất xây nhà sơ chế", "12/HĐTĐ", "01/06/2024", "31/05/2034", "600 m²", None)],
        supply_ct=[("Hộ thành viên thôn Khe Mây", "05/2025/HĐLK", "06/01/2025", "31/12/2029", 8000),
                   ("Tổ hợp tác chè Hà Trai", "11/2025/HĐLK", "15/02/2025", "31/12/2030", 6000)],
        sales_ct=[("Công ty CP Thương mại Trà Việt Hà Nội", "TV031/2026", "10/04/2026", "31/12/2028", 2000),
                  ("Hệ thống cửa hàng đặc sản Hồng Lam", "08/2026/HL", "02/05/2026", "30/04/2029", 1200),
                  ("Điểm bán OCOP tỉnh Hà Tĩnh", "21/2025/KG", "01/11/2025", "31/10/2028", 600)],
        plant={}, knock=[]),
    "in03": dict(
        date="12/11/2026", unit="lít",
        products=[("Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, [90000, 93000, 96000], [14000, 15400, 16800], 14000),
                  ("Rượu nếp sim, bình gốm 1,5 lít", "bình", 1.5, [320000, 330000, 340000], [1200, 1320, 1440], 60000),
                  ("Rượu nếp 29 độ, can 5 lít", "can", 5, [450000, 465000, 480000], [500, 550, 600], 20000)],
        hist=dict(out=[9000, 9800, 10500], price=[150000, 155000, 160000], margin=[0.12, 0.125, 0.13]),
        raws=[dict(label="Gạo nếp cái", unit="kg", norm=1.3, price=28000,
                   supply=[("HTX Nông nghiệp Đồng Lạc", [12000, 12000, 12000]),
                           ("Hộ trồng nếp thôn Bàu Sen", [8000, 8000, 8000])]),
              dict(label="Quả sim chín", unit="kg", norm=0.25, price=30000,
                   supply=[("Tổ thu hái sim Núi Nài", [2500, 2500, 2500]),
                           ("Hộ thu hái sim thôn Khe Lim", [1500, 1500, 1500])])],
        cap=dict(rating=[64, 64, 64], days=250, text="2 nồi × 32 lít/ngày"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Nấu, ủ, chưng cất", [3, 3, 4]),
               ("Lọc, chiết chai, bán hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1], energy=6000, sell=0.06, tax=0.02, fees=[10, 12, 22], other=[30, 30, 30],
        inv=[("Nồi chưng cất inox cách thủy", 220, True), ("Máy lọc, khử andehit", 160, True),
             ("Kho ủ, hạ thổ 40 m²", 230, True), ("Bể biogas xử lý bỗng rượu", 90, True),
             ("Chai, bình gốm, nhãn, tem", 50, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn tự có của hộ", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, dep_old=20, loan=[400, 300, 200], rate=0.08,
        papers=[("Giấy chứng nhận đăng ký hộ kinh doanh", "28A8004127", "06/09/2021", "Không thời hạn", "Sửa đổi 02/10/2025", None),
                ("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "09/GP-SXR", "16/10/2024", "16/10/2029", "Cấp lại 09/2029", "rượu thủ công"),
                ("Giấy chứng nhận cơ sở đủ điều kiện ATTP", "54/2024/ATTP", "02/08/2024", "02/08/2027", "Cấp lại 02/2027", "ATTP"),
                ("Tiêu chuẩn cơ sở", "TCCS 01:2024/BN", "20/06/2024", "Không thời hạn", "", None),
                ("Bản tự công bố sản phẩm", "02/BN/2024", "01/07/2024", "Không thời hạn", "QCVN 6-3:2010/BYT", None),
                ("Phiếu kết quả thử nghiệm", "215/2026/TN", "21/04/2026", "—", "Thử lại 04/2027", None),
                ("Giấy chứng nhận đăng ký nhãn hiệu", "389105", "11/07/2024", "03/02/2032", "Đơn nộp 03/02/2022", None),
                ("Giấy xác nhận đăng ký môi trường", "41/GXN-UBND", "15/09/2025", "Không thời hạn", "", None)],
        supply_ct=[("HTX Nông nghiệp Đồng Lạc", "03/2025/HĐLK", "08/01/2025", "31/12/2029", 12000),
                   ("Hộ trồng nếp thôn Bàu Sen", "04/2025/HĐLK", "08/01/2025", "31/12/2029", 8000),
                   ("Tổ thu hái sim Núi Nài", "06/2026/HĐ", "12/03/2026", "31/12/2030", 2500),
                   ("Hộ thu hái sim thôn Khe Lim", "07/2026/HĐ", "12/03/2026", "31/12/2030", 1500)],
        sales_ct=[("Nhà hàng, quán đặc sản (22 điểm)", "Hợp đồng riêng", "01/2026", "12/2028", 3200),
                  ("Cửa hàng đặc sản Lam Hồng", "05/2026/MB", "10/03/2026", "31/12/2028", 1500),
                  ("Điểm bán OCOP tỉnh Hà Tĩnh", "19/2025/KG", "15/10/2025", "14/10/2028", 600)],
        plant={}, knock=[]),
    "in04": dict(
        date="08/01/2027", unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 20 túi × 3 g", "hộp", 0.06, [38000, 39000, 40000], [24000, 26400, 28800], 8500),
                  ("Cà gai leo khô cắt đoạn, túi 500 g", "túi", 0.5, [95000, 98000, 101000], [3000, 3300, 3600], 5000)],
        hist=dict(out=[2300, 2500, 2700], price=[380000, 390000, 400000], margin=[0.12, 0.13, 0.135]),
        raws=[dict(label="Cây cà gai leo tươi", unit="kg", norm=4.2, price=12000,
                   supply=[("Vườn cà gai leo của hộ (1,5 ha)", [6000, 6000, 6000]),
                           ("Tổ hợp tác dược liệu Tân Lộc", [7000, 7000, 7000]),
                           ("Hộ trồng thôn Phúc Thành", [4000, 4000, 4000])])],
        cap=dict(rating=[18, 18, 18], days=260, text="18 kg thành phẩm/ngày"),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Sơ chế, sấy", [2, 2, 3]), ("Đóng túi, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.3, 5.6], energy=15000, sell=0.07, tax=0.015, fees=[12, 18, 12], other=[40, 40, 40],
        inv=[("Máy sấy bơm nhiệt", 180, True), ("Máy nghiền, máy đóng túi lọc", 220, True),
             ("Phòng đóng gói 40 m²", 120, True), ("Bao bì, nhãn, tem QR", 30, False),
             ("Vốn lưu động", 150, False)],
        src=[("Vốn tự có của hộ", 450), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=10, dep_old=15, loan=[250, 170, 90], rate=0.066,
        papers=[("Giấy chứng nhận đăng ký hộ kinh doanh", "28C8011563", "22/04/2020", "Không thời hạn", "Sửa đổi 18/08/2025", None),
                ("Giấy chứng nhận cơ sở đủ điều kiện ATTP", "31/2025/NNMT", "30/06/2025", "30/06/2028", "Cấp lại 12/2027", "ATTP"),
                ("Tiêu chuẩn cơ sở", "TCCS 01:2025/AK", "04/08/2025", "Không thời hạn", "", None),
                ("Bản tự công bố sản phẩm", "01/AK/2025", "12/08/2025", "Không thời hạn", "2 sản phẩm", None),
                ("Phiếu kết quả thử nghiệm", "41/2026/KN", "15/09/2026", "—", "Thử lại 09/2027", None),
                ("Giấy chứng nhận đăng ký nhãn hiệu", "455310", "28/10/2025", "07/05/2033", "Đơn nộp 07/05/2023", None),
                ("Giấy chứng nhận mã số mã vạch", "06622/GS1", "20/09/2025", "20/09/2028", "Gia hạn 08/2028", "mã vạch")],
        supply_ct=[("Tổ hợp tác dược liệu Tân Lộc", "02/2026/HĐLK", "05/01/2026", "31/12/2030", 7000),
                   ("Hộ trồng thôn Phúc Thành", "09/2025/HĐLK", "15/09/2025", "31/12/2029", 4000)],
        sales_ct=[("Chuỗi nhà thuốc Minh Châu", "MC07/2026", "01/07/2026", "30/06/2029", 600),
                  ("Cửa hàng nông sản sạch Xanh Lam", "04/2026/XL", "15/04/2026", "31/12/2028", 400),
                  ("Điểm bán OCOP tỉnh Hà Tĩnh", "23/2025/KG", "01/12/2025", "30/11/2028", 300)],
        plant={}, knock=[]),
    "in05": dict(
        date="05/08/2026", unit="lít",
        products=[("Rượu ngô men lá 35 độ, chai 500 ml", "chai", 0.5, [70000, 72000, 74000], [22000, 26000, 30000], 12000),
                  ("Rượu ngô men lá, bình 2 lít", "bình", 2, [250000, 258000, 266000], [1500, 1800, 2100], 40000),
                  ("Rượu ngô men lá, can 10 lít", "can", 10, [600000, 620000, 640000], [400, 460, 520], 25000)],
        hist=dict(out=[13500, 15000, 16500], price=[112000, 116000, 120000], margin=[0.12, 0.12, 0.125]),
        raws=[dict(label="Ngô nếp hạt khô", unit="kg", norm=2.4, price=9000,
                   supply=[("Ruộng ngô của thành viên", [30000, 30000, 30000]),
                           ("Tổ hợp tác ngô nếp Khe Cò", [16000, 16000, 16000]),
                           ("Hộ trồng ngô thôn Bản Giàng", [8000, None, None])])],
        cap=dict(rating=[120, 120, 120], days=250, text="3 nồi × 40 lít/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 5, 5]),
               ("Lọc, chiết chai, bán hàng", [2, 2, 3])],
        wage=[5.6, 5.9, 6.2], energy=7000, sell=0.06, tax=0.02, fees=[14, 14, 20], other=[45, 45, 45],
        inv=[("Nồi chưng cất thứ ba 40 lít/ngày", 90, True), ("Hệ thống lọc, khử andehit, chiết rót", 240, True),
             ("Kho ủ rượu 80 m²", 220, True), ("Hầm biogas xử lý bã rượu", 80, True),
             ("Thiết kế nhãn, tem truy xuất", 40, False), ("Vốn lưu động", 330, False)],
        src=[("Vốn góp của thành viên", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 550)],
        life=10, dep_old=30, loan=[550, 420, 290], rate=0.08,
        papers=[("Giấy chứng nhận đăng ký hợp tác xã", "3001774019", "23/08/2017", "Không thời hạn", "Đăng ký lại 05/09/2024", None),
                ("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "12/GP-SXR", "05/05/2020", "05/05/2025", "", None),
                ("Giấy chứng nhận cơ sở đủ điều kiện ATTP", "77/2025/ATTP", "19/09/2025", "19/09/2028", "Cấp lại 03/2028", "ATTP"),
                ("Tiêu chuẩn cơ sở", "TCCS 01:2023/PG", "10/04/2023", "Không thời hạn", "", None),
                ("Bản tự công bố sản phẩm", "01/PG/2023", "20/04/2023", "Không thời hạn", "QCVN 6-3:2010/BYT", None),
                ("Phiếu kết quả thử nghiệm", "92/2026/TN", "25/03/2026", "—", "Thử lại 03/2027", None),
                ("Giấy chứng nhận đăng ký nhãn hiệu", "367420", "09/11/2023", "14/06/2031", "Đơn nộp 14/06/2021", None),
                ("Giấy xác nhận đăng ký môi trường", "18/GXN-UBND", "02/10/2025", "Không thời hạn", "", None)],
        supply_ct=[("Tổ hợp tác ngô nếp Khe Cò", "02/2025/HĐLK", "10/01/2025", "31/12/2029", 16000),
                   ("Hộ trồng ngô thôn Bản Giàng", "18/2024/HĐLK", "20/12/2024", "31/12/2027", 8000)],
        sales_ct=[("Nhà hàng, quán đặc sản (30 điểm)", "Hợp đồng riêng", "01/2026", "12/2027", 6000),
                  ("Công ty TNHH Đặc sản Ngàn Trươi", "11/2026/ĐS", "01/04/2026", "31/03/2029", 3500),
                  ("Điểm bán OCOP tỉnh Hà Tĩnh", "14/2025/KG", "20/08/2025", "19/08/2028", 800)],
        # 2027 revenue line of the 500 ml bottle inflated (22.000 chai × 70.000 đ = 1.540,0)
        plant={"rev.0.0": ("=", 1740.2)},
        knock=["rev.0", "c.sell.0", "c.tax.0", "cost.0", "profit.0", "margin.0", "g.rev.1", "g.profit.1",
               "avgprofit", "payback"]),
    "in06": dict(
        date="22/02/2027", unit="chiếc",
        products=[("Bánh ram ít, hộp 10 chiếc", "hộp", 10, [55000, 57000, 59000], [30000, 33000, 36000], 3500),
                  ("Bánh ram ít quà biếu, hộp 20 chiếc", "hộp", 20, [105000, 108000, 111000], [8000, 8800, 9600], 7000),
                  ("Bánh ram ít cấp đông, túi 50 chiếc", "túi", 50, [230000, 236000, 242000], [2000, 2200, 2400], 3500)],
        hist=dict(out=[450000, 490000, 530000], price=[5000, 5100, 5200], margin=[0.11, 0.115, 0.12]),
        raws=[dict(label="Gạo nếp cái", unit="kg", norm=0.02, price=30000,
                   supply=[("HTX Nông nghiệp Tùng Lộc", [9000, 9000, 9000]),
                           ("Hộ trồng nếp thôn Hậu Lộc", [6000, 6000, 6000])]),
              dict(label="Tôm, thịt lợn", unit="kg", norm=0.008, price=160000,
                   supply=[("Cơ sở giết mổ Thành Vinh", [3500, 3500, 3500]),
                           ("Đại lý hải sản Lộc Hà", [2500, 2500, 2500])])],
        cap=dict(rating=[2700, 2700, 2700], days=300, text="2.700 chiếc/ngày"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Nặn bánh", [6, 7, 7]), ("Hấp, chiên bánh", [2, 2, 3]),
               ("Đóng hộp, bán hàng", [2, 2, 2])],
        wage=[5.2, 5.5, 5.8], energy=250, sell=0.05, tax=0.015, fees=[10, 10, 12], other=[35, 35, 35],
        inv=[("Máy cán bột, máy xay nhân", 210, True), ("Tủ hấp và chảo chiên công nghiệp", 190, True),
             ("Tủ cấp đông, tủ mát", 220, True), ("Cải tạo bếp một chiều 80 m²", 280, True),
             ("Hộp, túi đựng bánh", 40, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn tự có của hộ", 700), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, dep_old=15, loan=[500, 350, 200], rate=0.08,
        papers=[("Giấy chứng nhận đăng ký hộ kinh doanh", "28B8007719", "14/01/2019", "Không thời hạn", "Sửa đổi 16/07/2025", None),
                ("Giấy chứng nhận cơ sở đủ điều kiện ATTP", "19/2022/ATTP", "11/05/2022", "11/05/2025", "", None),
                ("Tiêu chuẩn cơ sở", "TCCS 01:2024/HL", "05/03/2024", "Không thời hạn", "", None),
                ("Bản tự công bố sản phẩm", "01/HL/2024", "15/03/2024", "Không thời hạn", "3 sản phẩm", None),
                ("Phiếu kết quả thử nghiệm", "133/2026/KN", "20/10/2026", "—", "Thử lại 10/2027", None),
                ("Giấy chứng nhận đăng ký nhãn hiệu", "421977", "06/03/2025", "19/08/2033", "Đơn nộp 19/08/2023", None),
                ("Hợp đồng thuê mặt bằng bán hàng", "02/2026/HĐT", "01/01/2026", "31/12/2030", "Quầy 20 m²", None)],
        supply_ct=[("HTX Nông nghiệp Tùng Lộc", "01/2026/HĐLK", "04/01/2026", "31/12/2029", 9000),
                   ("Hộ trồng nếp thôn Hậu Lộc", "02/2026/HĐLK", "04/01/2026", "31/12/2029", 6000),
                   ("Cơ sở giết mổ Thành Vinh", "05/2026/HĐ", "15/01/2026", "31/12/2029", 3500),
                   ("Đại lý hải sản Lộc Hà", "06/2026/HĐ", "15/01/2026", "31/12/2029", 2500)],
        sales_ct=[("Cửa hàng đặc sản Hà Tĩnh (12 điểm)", "Hợp đồng riêng", "01/2026", "12/2028", 150000),
                  ("Công ty TNHH Du lịch Thiên Cầm Xanh", "07/2026/DL", "10/04/2026", "31/12/2028", 80000),
                  ("Quầy bán tại chợ Hà Tĩnh", "02/2026/HĐT", "01/01/2026", "31/12/2030", 60000)],
        # cost table: 2028 total printed short; the summary copies it
        labels={"c.pack": "Bao bì, hộp đựng bánh", "c.fees": "Phí kiểm nghiệm, giấy tờ"},
        plant={"cost.1": ("*", 0.91)},
        knock=["profit.1", "margin.1", "g.profit.1", "g.profit.2", "avgprofit", "payback"]),
    "in07": dict(
        date="10/12/2026", unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, [200000, 206000, 212000], [5000, 5800, 6600], 9000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, [260000, 268000, 276000], [2000, 2300, 2600], 12000),
                  ("Mật ong hoa keo, can 2 kg", "can", 2, [480000, 494000, 508000], [600, 700, 800], 15000)],
        hist=dict(out=[4600, 5000, 5400], price=[300000, 305000, 310000], margin=[0.13, 0.13, 0.135]),
        raws=[dict(label="Mật ong thô", unit="kg", norm=1.06, price=120000,
                   supply=[("Đàn ong của tổ viên (560 đàn × 12 kg)", [6720, 6720, 6720]),
                           ("Hộ nuôi ong thôn Trung Lưu (25 hộ × 80 kg)", [2000, 2000, 2000])])],
        cap=dict(rating=[27, 27, 27], days=250, text="1 mẻ 27 kg/ngày"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Chăm sóc đàn ong, quay mật", [3, 3, 3]),
               ("Hạ thủy phần, lọc, đóng chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4], energy=5000, sell=0.05, tax=0.015, fees=[14, 16, 14], other=[30, 30, 30],
        inv=[("Máy hạ thủy phần mật ong 27 kg/mẻ", 180, True), ("Bồn lắng, máy lọc inox", 90, True),
             ("Phòng chiết rót 35 m²", 130, True), ("Bổ sung 60 đàn ong giống", 60, True),
             ("Chai, hũ, can, tem", 40, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của tổ viên", 450), ("Vay Quỹ Hỗ trợ nông dân tỉnh", 350)],
        life=8, dep_old=20, loan=[350, 250, 150], rate=0.06,
        papers=[("Giấy tiếp nhận đăng ký tổ hợp tác", "02/TB-UBND", "20/10/2025", "Không thời hạn", "UBND xã", None),
                ("Hợp đồng hợp tác (đã chứng thực)", "15/2021/CT", "08/03/2021", "Không thời hạn", "Bổ sung 10/2025", None),
                ("Giấy chứng nhận cơ sở đủ điều kiện ATTP", "102/2025/NNMT", "26/11/2025", "26/11/2028", "Cấp lại 05/2028", "ATTP"),
                ("Tiêu chuẩn cơ sở", "TCCS 01:2025/TL", "14/01/2025", "Không thời hạn", "", None),
                ("Bản tự công bố sản phẩm", "01/TL/2025", "21/01/2025", "Không thời hạn", "3 sản phẩm", None),
                ("Phiếu kết quả thử nghiệm", "188/2026/KN", "10/06/2026", "—", "Thử lại 06/2027", None),
                ("Giấy chứng nhận đăng ký nhãn hiệu", "198254", "20/03/2013", "12/06/2022", "Đơn nộp 12/06/2012", None),
                ("Giấy chứng nhận mã số mã vạch", "05540/GS1", "03/04/2025", "03/04/2028", "Gia hạn 03/2028", "mã vạch")],
        supply_ct=[("Hộ nuôi ong thôn Trung Lưu (25 hộ)", "03/2026/HĐLK", "12/01/2026", "31/12/2029", 2000)],
        sales_ct=[("Chuỗi cửa hàng thực phẩm sạch Ngàn Phố", "NP015/2026", "01/03/2026", "28/02/2029", 1500),
                  ("Cửa hàng đặc sản, quầy thuốc (16 điểm)", "Hợp đồng riêng", "01/2026", "12/2028", 1800),
                  ("Điểm bán OCOP tỉnh Hà Tĩnh", "26/2025/KG", "15/12/2025", "14/12/2028", 500)],
        # capacity use row printed low for 2028 and 2029; summary profit 2027 inflated
        plant={"use.1": ("=", 88.0), "use.2": ("=", 92.0), "profit.0": ("*", 1.34)},
        knock=["margin.0", "g.profit.1", "avgprofit", "payback"]),
    "in08": dict(
        date="25/07/2026", unit="kg",
        products=[("Cao chè vằng, hũ 100 g", "hũ", 0.1, [110000, 114000, 118000], [18000, 19800, 21600], 9000),
                  ("Cao chè vằng, hộp 10 gói × 20 g", "hộp", 0.2, [200000, 206000, 212000], [3000, 3300, 3600], 14000),
                  ("Cao chè vằng, hũ 500 g cho quán, nhà hàng", "hũ", 0.5, [480000, 494000, 508000], [400, 440, 480], 15000)],
        hist=dict(out=[1900, 2050, 2200], price=[1050000, 1070000, 1090000], margin=[0.11, 0.12, 0.125]),
        raws=[dict(label="Chè vằng khô", unit="kg", norm=7, price=35000,
                   supply=[("Vùng chè vằng của công ty (6 ha)", [8000, 8000, 8000]),
                           ("HTX Dược liệu Kỳ Phong", [9500, 9500, 9500]),
                           ("Hộ trồng chè vằng thôn Tân Hòa", [6000, 6000, 6000])])],
        cap=dict(rating=[13.5, 13.5, 13.5], days=280, text="13,5 kg cao/ngày"),
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Sơ chế, chiết xuất, cô cao", [4, 4, 5]),
               ("Đóng gói, kho", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=[6.2, 6.5, 6.8], energy=60000, sell=0.06, tax=0.015, fees=[15, 15, 22], other=[70, 70, 70],
        inv=[("Nhà xưởng chiết xuất 250 m²", 650, True), ("Nồi chiết xuất và nồi cô chân không", 480, True),
             ("Máy sấy, máy đóng gói", 220, True), ("Thiết kế bao bì, nhãn, tem QR", 50, False),
             ("Vốn lưu động", 450, False)],
        src=[("Vốn góp của cổ đông", 900), ("Lợi nhuận giữ lại của công ty", 250),
             ("Vay Ngân hàng thương mại cổ phần Công Thương", 700)],
        life=10, dep_old=40, loan=[700, 560, 420], rate=0.085,
        papers=[("Giấy chứng nhận đăng ký doanh nghiệp", "3001658832", "27/06/2016", "Không thời hạn", "Thay đổi lần 5: 11/04/2025", None),
                ("Giấy chứng nhận cơ sở đủ điều kiện ATTP", "64/2025/NNMT", "16/06/2025", "16/06/2028", "Cấp lại 12/2027", "ATTP"),
                ("Hợp đồng thuê đất trồng chè vằng 6 ha", "05/HĐTĐ", "01/01/2019", "31/12/2028", "Ký lại 2028", "thuê đất"),
                ("Giấy chứng nhận đăng ký nhãn hiệu", "402611", "18/09/2024", "25/01/2032", "Đơn nộp 25/01/2022", None),
                ("Giấy chứng nhận mã số mã vạch", "03318/GS1", "12/12/2024", "12/12/2027", "Gia hạn 11/2027", "mã vạch"),
                ("Giấy xác nhận đăng ký môi trường", "09/GXN-UBND", "14/08/2025", "Không thời hạn", "", None),
                ("Giấy chứng nhận quyền sử dụng đất", "CS04517", "30/05/2017", "30/05/2067", "5.000 m²", None)],
        supply_ct=[("HTX Dược liệu Kỳ Phong", "01/2026/HĐLK", "06/01/2026", "31/12/2030", 9500),
                   ("Hộ trồng chè vằng thôn Tân Hòa", "12/2025/HĐLK", "20/11/2025", "31/12/2029", 6000)],
        sales_ct=[("Công ty CP Dược phẩm Hồng Hà (phân phối)", "HH044/2026", "01/03/2026", "28/02/2029", 900),
                  ("Chuỗi cửa hàng thực phẩm sạch Bảo An", "BA12/2026", "15/04/2026", "31/12/2028", 450),
                  ("Điểm bán OCOP tỉnh Hà Tĩnh", "11/2025/KG", "01/07/2025", "30/06/2028", 150)],
        # sources printed with own capital 650 instead of 900; payback stated 1,6 years
        labels={"c.fees": "Phí chứng nhận, gia hạn giấy tờ"}, item="Nội dung",
        plant={"src.0": ("=", 650), "payback": ("=", 1.6)},
        knock=["src", "srcpct.0", "srcpct.1", "srcpct.2"]),
    "in09": dict(
        date="14/08/2026", unit="lít",
        products=[("Nước mắm cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, [85000, 87000, 89000], [16000, 30400, 48600], 9000),
                  ("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1, [95000, 97000, 99000], [9000, 17100, 27400], 11000),
                  ("Nước mắm 25 độ đạm, can 5 lít", "can", 5, [300000, 306000, 312000], [1400, 2660, 4250], 18000)],
        hist=dict(out=[18500, 20000, 21500], price=[88000, 90000, 92000], margin=[0.11, 0.115, 0.12]),
        raws=[dict(label="Cá cơm tươi", unit="kg", norm=1.5, price=28000,
                   supply=[("Tàu thuyền của thành viên (9 tàu)", [24000, 45000, 70000]),
                           ("Vựa cá bến Xuân Hội", [14000, 28000, 48000])]),
              dict(label="Muối hạt", unit="kg", norm=0.4, price=4000,
                   supply=[("HTX Muối Xuân Thành", [11000, 20000, 32000])])],
        cap=dict(rating=[120, 360, 360], days=250, text="bể chượp 500 lít"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Ướp chượp, đảo chượp, kéo rút", [4, 4, 4]),
               ("Lọc, chiết chai, bán hàng", [2, 2, 2])],
        wage=[5.5, 5.7, 5.9], energy=2000, sell=0.05, tax=0.015, fees=[10, 14, 10], other=[40, 40, 40],
        inv=[("Nhà thùng chượp mái tôn 200 m²", 260, True), ("Thùng gỗ, bể composite bổ sung", 180, True),
             ("Máy lọc, máy chiết rót, đóng nắp", 160, True), ("Kho thành phẩm 60 m²", 110, True),
             ("Chai, nhãn, tem truy xuất", 40, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của thành viên", 550), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 450)],
        life=10, dep_old=35, loan=[450, 350, 250], rate=0.08,
        papers=[("Giấy chứng nhận đăng ký hợp tác xã", "3001716284", "19/04/2017", "Không thời hạn", "Đăng ký lại 28/10/2024", None),
                ("Giấy chứng nhận cơ sở đủ điều kiện ATTP", "58/2025/NNMT", "07/07/2025", "07/07/2028", "Cấp lại 01/2028", "ATTP"),
                ("Tiêu chuẩn cơ sở", "TCCS 01:2024/XH", "12/03/2024", "Không thời hạn", "TCVN 5107:2018", None),
                ("Bản tự công bố sản phẩm", "02/XH/2024", "22/03/2024", "Không thời hạn", "3 sản phẩm", None),
                ("Phiếu kết quả thử nghiệm", "61/2026/KN", "08/05/2026", "—", "Thử lại 05/2027", None),
                ("Giấy chứng nhận đăng ký nhãn hiệu", "356218", "14/02/2023", "30/09/2030", "Đơn nộp 30/09/2020", None),
                ("Giấy chứng nhận sản phẩm OCOP 3 sao", "4125/QĐ-UBND", "20/12/2022", "20/12/2025", "Đánh giá lại 2027", None)],
        supply_ct=[("Vựa cá bến Xuân Hội", "04/2026/HĐMB", "15/01/2026", "31/12/2029", 50000),
                   ("HTX Muối Xuân Thành", "05/2026/HĐMB", "15/01/2026", "31/12/2029", 32000)],
        sales_ct=[("Cửa hàng tạp hóa, đặc sản (15 điểm)", "Hợp đồng riêng", "01/2026", "12/2027", 9000),
                  ("Bếp ăn Trường Cao đẳng Nghề Xuân Hội", "03/2026/BA", "05/01/2026", "31/12/2027", 2500),
                  ("Điểm bán OCOP tỉnh Hà Tĩnh", "12/2025/KG", "10/07/2025", "09/07/2028", 700)],
        plant={}, knock=[]),
    "in10": dict(
        date="30/09/2026", unit="chiếc",
        products=[("Nón lá trắng truyền thống", "chiếc", 1, [75000, 77000, 79000], [9000, 9800, 10600], 2500),
                  ("Nón lá bài thơ vẽ tay", "chiếc", 1, [170000, 175000, 180000], [3000, 3300, 3600], 6000),
                  ("Nón lá lưu niệm cỡ nhỏ, hộp quà", "chiếc", 1, [100000, 103000, 106000], [1500, 1700, 1900], 9000)],
        piece=("Tiền công khâu nón thuê", 12000, 0.7),
        hist=dict(out=[11000, 12000, 12800], price=[92000, 94000, 96000], margin=[0.12, 0.125, 0.13]),
        raws=[dict(label="Lá nón đã phơi, ủi", unit="kg", norm=0.12, price=60000,
                   supply=[("Tổ thu hái lá nón Rú Mốt", [1300, 1300, 1300]),
                           ("Hộ cung cấp lá thôn Trường Sơn", [800, 800, 800])]),
              dict(label="Vành tre chuốt (bộ 16 vành)", unit="bộ", norm=1, price=4000,
                   supply=[("Hộ làm vành thôn Đông Thịnh", [18000, 18000, 18000])])],
        cap=dict(rating=[64, 64, 64], days=300, text="64 bộ lá/ngày"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Chuốt vành, dựng khung, ủi lá", [3, 3, 3]),
               ("Khâu nón, vẽ bài thơ", [5, 5, 6]), ("Hoàn thiện, bán hàng", [1, 1, 1])],
        wage=[4.8, 5.0, 5.2], energy=800, sell=0.06, tax=0.015, fees=[8, 8, 8], other=[25, 25, 25],
        inv=[("Nhà làm nón và kho 90 m²", 220, True), ("Bàn ủi lá, máy sấy lá", 60, True),
             ("Khuôn nón, dụng cụ", 40, True), ("Thiết kế thẻ treo, hộp quà", 30, False),
             ("Vốn lưu động", 150, False)],
        src=[("Vốn của gia đình", 350), ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=8, dep_old=10, loan=[150, 100, 50], rate=0.066,
        papers=[("Đơn đăng ký nhãn hiệu", "4-2026-02417", "09/02/2026", "Chờ cấp", "Đã có quyết định chấp nhận đơn hợp lệ", None),
                ("Tiêu chuẩn cơ sở", "TCCS 01:2026/TH", "05/03/2026", "Không thời hạn", "", None),
                ("Phiếu kết quả thử nghiệm độ bền, nấm mốc", "330/2026/TN", "16/04/2026", "—", "Thử lại 04/2027", None),
                ("Bản cam kết bảo vệ môi trường (UBND xã tiếp nhận)", "", "11/05/2026", "Không thời hạn", "UBND xã", None),
                ("Hợp đồng thuê đất làm xưởng", "08/HĐTĐ", "01/04/2026", "31/03/2036", "300 m²", None)],
        supply_ct=[("Tổ thu hái lá nón Rú Mốt", "01/2026/HĐ", "10/01/2026", "31/12/2029", 1300),
                   ("Hộ cung cấp lá thôn Trường Sơn", "02/2026/HĐ", "10/01/2026", "31/12/2029", 800),
                   ("Hộ làm vành thôn Đông Thịnh", "03/2026/HĐ", "12/01/2026", "31/12/2029", 18000)],
        sales_ct=[("Công ty TNHH Quà tặng Di sản Huế", "DS088/2026", "15/03/2026", "14/03/2029", 3000),
                  ("Cửa hàng lưu niệm phố cổ Hội An (3 điểm)", "HA04/2026", "20/04/2026", "31/12/2028", 2400),
                  ("Điểm bán OCOP tỉnh Hà Tĩnh", "08/2026/KG", "01/06/2026", "31/05/2029", 600)],
        plant={}, knock=[]),
}
ACTUAL_STAFF_IN10 = 10  # the staff table's 2027 head count; the producer part says 14


# --------------------------------------------------------------------------- the model
def _apply(P: dict, printed: bool, key: str, val: float) -> float:
    if printed and key in P["plant"]:
        op, x = P["plant"][key]
        return val * x if op == "*" else x
    return val


def model(k: str, printed: bool = True) -> dict[str, float]:
    """Every figure of plan k: the true one (printed=False) or as the plan prints it."""
    P = PLANS[k]
    v: dict[str, float] = {}

    def put(key, val):
        v[key] = _apply(P, printed, key, val)
        return v[key]

    prods = P["products"]
    h = P["hist"]
    for y in range(3):
        put(f"h.out.{y}", h["out"][y])
        put(f"h.price.{y}", h["price"][y])
        put(f"h.rev.{y}", h["out"][y] * h["price"][y] / 1e6)
        put(f"h.profit.{y}", v[f"h.rev.{y}"] * h["margin"][y])
    put("h.growth", ((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100)
    for y in range(3):
        for i, (_, _, size, price, packs, _) in enumerate(prods):
            put(f"pk.{i}.{y}", packs[y])
            put(f"pr.{i}.{y}", price[y])
        put(f"out.{y}", sum(v[f"pk.{i}.{y}"] * p[2] for i, p in enumerate(prods)))
        put(f"cap.{y}", P["cap"]["rating"][y] * P["cap"]["days"])
        put(f"use.{y}", v[f"out.{y}"] / v[f"cap.{y}"] * 100)
        for i in range(len(prods)):
            put(f"rev.{i}.{y}", v[f"pk.{i}.{y}"] * v[f"pr.{i}.{y}"] / 1e6)
        put(f"rev.{y}", sum(v[f"rev.{i}.{y}"] for i in range(len(prods))))
    for y in (1, 2):
        put(f"g.out.{y}", (v[f"out.{y}"] / v[f"out.{y - 1}"] - 1) * 100)
    put("g.out.0", (v["out.0"] / h["out"][2] - 1) * 100)
    for j, r in enumerate(P["raws"]):
        for y in range(3):
            put(f"need.{j}.{y}", v[f"out.{y}"] * r["norm"])
            tot = 0.0
            for s, (_, q) in enumerate(r["supply"]):
                if q[y] is not None:
                    tot += put(f"sup.{j}.{s}.{y}", q[y])
            put(f"supt.{j}.{y}", tot)
            put(f"bal.{j}.{y}", tot - v[f"need.{j}.{y}"])
    fixed = sum(x for _, x, f in P["inv"] if f)
    put("dep", fixed / P["life"] + P["dep_old"])
    for y in range(3):
        for r, (_, n) in enumerate(P["roles"]):
            put(f"staff.{r}.{y}", n[y])
        put(f"staff.{y}", sum(v[f"staff.{r}.{y}"] for r in range(len(P["roles"]))))
        put(f"wage.{y}", P["wage"][y])
        put(f"fund.{y}", v[f"staff.{y}"] * v[f"wage.{y}"] * 12)
        lines = []
        for j, r in enumerate(P["raws"]):
            lines.append(put(f"c.raw{j}.{y}", v[f"need.{j}.{y}"] * r["price"] / 1e6))
        lines.append(put(f"c.pack.{y}", sum(v[f"pk.{i}.{y}"] * p[5] for i, p in enumerate(prods)) / 1e6))
        lines.append(put(f"c.wage.{y}", v[f"fund.{y}"]))
        if "piece" in P:  # piece-rate work given out to households
            lines.append(put(f"c.piece.{y}", v[f"out.{y}"] * P["piece"][2] * P["piece"][1] / 1e6))
        lines.append(put(f"c.energy.{y}", v[f"out.{y}"] * P["energy"] / 1e6))
        lines.append(put(f"c.sell.{y}", v[f"rev.{y}"] * P["sell"]))
        lines.append(put(f"c.fees.{y}", P["fees"][y]))
        lines.append(put(f"c.dep.{y}", v["dep"]))
        lines.append(put(f"c.int.{y}", P["loan"][y] * P["rate"]))
        lines.append(put(f"c.tax.{y}", v[f"rev.{y}"] * P["tax"]))
        lines.append(put(f"c.other.{y}", P["other"][y]))
        put(f"cost.{y}", sum(lines))
        put(f"profit.{y}", v[f"rev.{y}"] - v[f"cost.{y}"])
        put(f"margin.{y}", v[f"profit.{y}"] / v[f"rev.{y}"] * 100)
    for y in (1, 2):
        put(f"g.rev.{y}", (v[f"rev.{y}"] / v[f"rev.{y - 1}"] - 1) * 100)
        put(f"g.profit.{y}", (v[f"profit.{y}"] / v[f"profit.{y - 1}"] - 1) * 100)
    for i, (_, x, _) in enumerate(P["inv"]):
        put(f"inv.{i}", x)
    put("inv", sum(v[f"inv.{i}"] for i in range(len(P["inv"]))))
    put("fixed", fixed)
    for i, (_, x) in enumerate(P["src"]):
        put(f"src.{i}", x)
    put("src", sum(v[f"src.{i}"] for i in range(len(P["src"]))))
    for i in range(len(P["src"])):
        put(f"srcpct.{i}", v[f"src.{i}"] / v["src"] * 100)
    put("avgprofit", sum(v[f"profit.{y}"] for y in range(3)) / 3)
    put("payback", v["inv"] / (v["avgprofit"] + v["dep"]))
    return v


# --------------------------------------------------------------------------- formats
def fint(x: float) -> str:
    return f"{round(x):,}".replace(",", ".")


def fdec(x: float, d: int = 1) -> str:
    s = f"{x:,.{d}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


FMT = {"i": fint, "m": fdec, "p": fdec, "y": fdec, "d2": lambda x: fdec(x, 2)}
ABS = {"i": 0.51, "m": 0.051, "p": 0.051, "y": 0.051, "d2": 0.0051}


def qfmt(x: float) -> str:
    """A quantity: whole numbers dotted, fractions with a decimal comma."""
    return fint(x) if abs(x - round(x)) < 1e-9 else fdec(x, 1)


# --------------------------------------------------------------------------- the tables
def paper_cells(x: tuple) -> list[str]:
    name, no, issued, until = x[:4]
    return [f"{name} số {no}" if no else name, issued, until]


def contract_cells(c: tuple) -> list[str]:
    party, no, signed, until = c[:4]
    ref = "hợp đồng riêng" if no == "Hợp đồng riêng" else f"HĐ {no}"
    return [f"{party} ({ref})", f"{signed} – {until}"]


def tables(k: str) -> dict[str, tuple]:
    """Every table of plan k: id -> (title, unit line, header, rows); a numeric cell is
    (key, fmt), everything else text. The generator renders them with model(k) (as printed)."""
    P = PLANS[k]
    u = P["unit"]
    Y3 = [f"Năm {y}" for y in YEARS]
    T: dict[str, tuple] = {}
    T["papers"] = ("Hồ sơ pháp lý, giấy chứng nhận hiện có", "",
                   ["TT", "Giấy tờ, số hiệu", "Ngày cấp", "Hiệu lực đến"],
                   [[str(n + 1)] + paper_cells(x) for n, x in enumerate(P["papers"])])
    item = P.get("item", "Chỉ tiêu")
    T["hist"] = (f"Kết quả sản xuất kinh doanh {HIST[0]} – {HIST[2]}", "",
                 ["TT", item] + [f"Năm {y}" for y in HIST],
                 [["1", f"Sản lượng ({u})"] + [(f"h.out.{y}", "i") for y in range(3)],
                  ["2", f"Giá bán bình quân (đồng/{u})"] + [(f"h.price.{y}", "i") for y in range(3)],
                  ["3", "Doanh thu (triệu đồng)"] + [(f"h.rev.{y}", "m") for y in range(3)],
                  ["4", "Lợi nhuận (triệu đồng)"] + [(f"h.profit.{y}", "m") for y in range(3)]])
    T["prices"] = ("Sản phẩm, quy cách và giá bán", "ĐVT: đồng/sản phẩm",
                   ["TT", "Sản phẩm, quy cách"] + Y3,
                   [[str(i + 1), p[0]] + [(f"pr.{i}.{y}", "i") for y in range(3)]
                    for i, p in enumerate(P["products"])])
    rows = [[str(n + 1)] + contract_cells(c) + [(f"sct.{n}", "i")] for n, c in enumerate(P["sales_ct"])]
    rows.append(["", "Cộng", "", ("sct", "i")])
    T["sales"] = ("Hợp đồng, thỏa thuận tiêu thụ", "",
                  ["TT", "Khách hàng, số hợp đồng", "Thời hạn", f"SL/năm ({u})"], rows)
    T["supply_ct"] = ("Hợp đồng cung ứng nguyên liệu", "",
                      ["TT", "Bên cung ứng, số hợp đồng", "Thời hạn", "SL/năm"],
                      [[str(n + 1)] + contract_cells(c) + [(f"cct.{n}", "i")]
                       for n, c in enumerate(P["supply_ct"])])
    rows = []
    for j, r in enumerate(P["raws"]):
        rows.append([chr(65 + j), f"{r['label']} ({r['unit']})", "", "", ""])
        for s, (lab, q) in enumerate(r["supply"]):
            rows.append(["", f"- {lab}"] + [(f"sup.{j}.{s}.{y}", "i") if q[y] is not None else "—"
                                            for y in range(3)])
        rows.append(["", "Tổng nguồn cung"] + [(f"supt.{j}.{y}", "i") for y in range(3)])
        rows.append(["", f"Nhu cầu ({qfmt(r['norm'])} {r['unit']}/{u})"] + [(f"need.{j}.{y}", "i") for y in range(3)])
        if k != "in05":
            rows.append(["", "Còn dư"] + [(f"bal.{j}.{y}", "i") for y in range(3)])
    T["balance"] = ("Cân đối nguyên liệu", "", ["TT", "Nguồn, nhu cầu"] + Y3, rows)
    rows = [[str(r + 1), role] + [(f"staff.{r}.{y}", "i") for y in range(3)]
            for r, (role, _) in enumerate(P["roles"])]
    rows.append(["", "Tổng số lao động (người)"] + [(f"staff.{y}", "i") for y in range(3)])
    rows.append(["", "Lương bình quân (triệu đồng/tháng)"] + [(f"wage.{y}", "m") for y in range(3)])
    rows.append(["", "Quỹ lương (triệu đồng/năm)"] + [(f"fund.{y}", "m") for y in range(3)])
    T["staff"] = ("Lao động và tiền lương", "", ["TT", "Vị trí"] + Y3, rows)
    rows = [[str(i + 1), f"{p[0]} ({p[1]})"] + [(f"pk.{i}.{y}", "i") for y in range(3)]
            for i, p in enumerate(P["products"])]
    rows.append(["", f"Sản lượng quy đổi ({u})"] + [(f"out.{y}", "i") for y in range(3)])
    rows.append(["", f"Công suất thiết kế ({u}/năm)"] + [(f"cap.{y}", "i") for y in range(3)])
    rows.append(["", "Tỷ lệ sử dụng công suất (%)"] + [(f"use.{y}", "p") for y in range(3)])
    T["output"] = ("Kế hoạch sản lượng", "", ["TT", "Sản phẩm (đơn vị)"] + Y3, rows)
    rows = [[str(i + 1), lab, (f"inv.{i}", "m")] for i, (lab, _, _) in enumerate(P["inv"])]
    rows.append(["", "Tổng vốn đầu tư", ("inv", "m")])
    T["inv"] = ("Nhu cầu vốn đầu tư", "ĐVT: triệu đồng", ["TT", "Hạng mục", "Số tiền"], rows)
    rows = [[str(i + 1), lab, (f"src.{i}", "m"), (f"srcpct.{i}", "p")] for i, (lab, _) in enumerate(P["src"])]
    rows.append(["", "Tổng nguồn vốn", ("src", "m"), "100,0"])
    T["src"] = ("Cơ cấu nguồn vốn", "ĐVT: triệu đồng", ["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows)
    rows = [[str(i + 1), p[0]] + [(f"rev.{i}.{y}", "m") for y in range(3)] for i, p in enumerate(P["products"])]
    rows.append(["", "Tổng doanh thu"] + [(f"rev.{y}", "m") for y in range(3)])
    T["rev"] = ("Doanh thu dự kiến", "ĐVT: triệu đồng", ["TT", "Sản phẩm"] + Y3, rows)
    labels = [(f"c.raw{j}", r["label"]) for j, r in enumerate(P["raws"])]
    labels += [("c.pack", "Bao bì, hộp, tem"), ("c.wage", "Tiền lương")]
    if "piece" in P:
        labels.append(("c.piece", P["piece"][0]))
    labels += [
               ("c.energy", "Điện, nước, nhiên liệu"),
               ("c.sell", f"Bán hàng, vận chuyển ({fdec(P['sell'] * 100, 0)} % DT)"),
               ("c.fees", "Kiểm nghiệm, cấp lại giấy tờ"), ("c.dep", "Khấu hao tài sản"),
               ("c.int", "Lãi vay"), ("c.tax", f"Thuế, phí ({fdec(P['tax'] * 100, 1)} % DT)"),
               ("c.other", "Chi phí khác")]
    labels = [(key, P.get("labels", {}).get(key, lab)) for key, lab in labels]
    rows = [[str(n + 1), lab] + [(f"{key}.{y}", "m") for y in range(3)] for n, (key, lab) in enumerate(labels)]
    rows.append(["", "Tổng chi phí"] + [(f"cost.{y}", "m") for y in range(3)])
    T["cost"] = ("Chi phí sản xuất kinh doanh", "ĐVT: triệu đồng", ["TT", "Khoản chi"] + Y3, rows)
    T["summary"] = ("Tổng hợp hiệu quả kinh tế", "ĐVT: triệu đồng", ["TT", item] + Y3,
                    [["1", "Doanh thu"] + [(f"rev.{y}", "m") for y in range(3)],
                     ["2", "Tổng chi phí"] + [(f"cost.{y}", "m") for y in range(3)],
                     ["3", "Lợi nhuận"] + [(f"profit.{y}", "m") for y in range(3)],
                     ["4", "Tỷ suất lợi nhuận/doanh thu (%)"] + [(f"margin.{y}", "p") for y in range(3)]])
    return T


def contract_values(k: str, v: dict) -> None:
    """The contracts' quantities join the figures (they are quoted facts; their sums are checked)."""
    P = PLANS[k]
    for n, c in enumerate(P["sales_ct"]):
        v[f"sct.{n}"] = c[4]
    v["sct"] = sum(c[4] for c in P["sales_ct"])
    for n, c in enumerate(P["supply_ct"]):
        v[f"cct.{n}"] = c[4]


def figures(k: str, printed: bool = True) -> dict[str, float]:
    v = model(k, printed)
    contract_values(k, v)
    return v


# --------------------------------------------------------------------------- reading the plan
def date(s: str) -> dt.date:
    d, m, y = (int(x) for x in s.split("/"))
    return dt.date(y, m, d)


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, title: str) -> list[list[str]]:
        """The rows (header included) of the table whose caption ends with `title`."""
        lines = self.body.splitlines()
        cap = re.compile(r"^\**(Bảng|Biểu)( số)? \d+[.:] " + re.escape(title) + r"\**\s*$")
        for n, line in enumerate(lines):
            if cap.match(line.strip()):
                out, started = [], False
                for line2 in lines[n + 1:]:
                    s = line2.strip()
                    if s.startswith("|"):
                        started = True
                        if not re.fullmatch(r"\|[-| :]+\|", s):
                            out.append([c.strip() for c in s.strip("|").split("|")])
                    elif started:
                        break
                return out
        self.failures.append(f"table not found: {title}")
        return []


def check_tables(p: Plan, k: str) -> None:
    """Every numeric cell against the true value (planted: off by > 5 %; knock-on: equal to
    what the planted figure implies; the rest within 1 %)."""
    P = PLANS[k]
    true, shown = figures(k, False), figures(k, True)
    planted, knock = set(P["plant"]), set(P["knock"])
    differ = {key for key in true if abs(true[key] - shown[key]) > 1e-9 * max(1, abs(true[key]))}
    p.check(differ == planted | knock,
            f"printed figures differing from the true ones {sorted(differ)} != planted + knock-on "
            f"{sorted(planted | knock)}")
    for key in planted:
        p.check(plancheck.off(shown[key], true[key]),
                f"planted {key}: printed {shown[key]:.2f} not > 5 % off the true {true[key]:.2f}")
    for tid, (title, _, header, rows) in tables(k).items():
        got = p.table(title)
        if not got:
            continue
        if got[0] != header:
            p.failures.append(f"{title}: header {got[0]} != {header}")
        body = got[1:]
        if len(body) != len(rows):
            p.failures.append(f"{title}: {len(body)} rows, expected {len(rows)}")
            continue
        for r, (want, have) in enumerate(zip(rows, body)):
            if len(have) != len(want):
                p.failures.append(f"{title}: row {r + 1} has {len(have)} cells")
                continue
            for c, (w, h) in enumerate(zip(want, have)):
                if isinstance(w, tuple):
                    key, f = w
                    try:
                        x = vn(h)
                    except ValueError:
                        p.failures.append(f"{title}: row {r + 1} cell {c + 1} not a number: {h!r}")
                        continue
                    ref = shown[key] if key in planted | knock else true[key]
                    if abs(x - ref) > max(ABS[f], 0.01 * abs(ref)):
                        p.failures.append(f"{title}: {want[1]} [{key}] printed {h}, expected {FMT[f](ref)}"
                                          f" (true {FMT[f](true[key])})")
                elif w != h:
                    p.failures.append(f"{title}: row {r + 1} cell {c + 1} {h!r} != {w!r}")


def check_model(p: Plan, k: str) -> None:
    """What a reviewer checks beyond the cells: supply, capacity, growth, contracts, margins."""
    P = PLANS[k]
    t = figures(k, False)
    shortfall = {"in05": {1, 2}}.get(k, set())
    for j in range(len(P["raws"])):
        for y in range(3):
            need, sup = t[f"need.{j}.{y}"], t[f"supt.{j}.{y}"]
            if j == 0 and y in shortfall:
                p.check(need > sup * 1.05, f"planted shortfall {YEARS[y]}: need {need:.0f} vs supply {sup:.0f}")
            else:
                p.check(sup >= need * 1.03, f"raw {j} {YEARS[y]}: supply {sup:.0f} < need {need:.0f} + 3 %")
    over = {"in07": {2}}.get(k, set())
    for y in range(3):
        use = t[f"use.{y}"]
        if y in over:
            p.check(use > 105, f"planted capacity {YEARS[y]}: use {use:.1f} % not > 105 %")
        elif k == "in07" and y == 1:
            p.check(use <= 100, f"use {use:.1f}")
        else:
            p.check(use <= 85.5, f"capacity use {YEARS[y]} {use:.1f} % > 85 %")
    # supply rows tied to contracts: the quantity within the contract, the year within its term
    cts = {c[0]: c for c in P["supply_ct"]}
    for r in P["raws"]:
        for lab, q in r["supply"]:
            if lab in cts:
                c = cts[lab]
                for y, x in enumerate(q):
                    if x is not None:
                        p.check(x <= c[4] and date(c[3]) >= dt.date(YEARS[y], 12, 31),
                                f"supply {lab} {YEARS[y]} outside its contract")
                    else:
                        p.check(date(c[3]) < dt.date(YEARS[y], 1, 1), f"supply {lab} {YEARS[y]} dropped in term")
    # growth: history, first plan year, later years
    g = t["h.growth"]
    p.check(0 < g < 15, f"history growth {g:.1f}")
    p.check(-5 < t["g.out.0"] < 25, f"2027 output vs 2026 {t['g.out.0']:.1f} %")
    for y in (1, 2):
        if k == "in09":
            p.check(t[f"g.out.{y}"] > 50, f"planted growth {YEARS[y]}: {t[f'g.out.{y}']:.1f} %")
        else:
            p.check(t[f"g.rev.{y}"] < 25, f"revenue growth {YEARS[y]} {t[f'g.rev.{y}']:.1f} %")
    for y in range(3):
        top = 40 if k == "in09" else 30
        p.check(5 < t[f"margin.{y}"] < top, f"true margin {YEARS[y]} {t[f'margin.{y}']:.1f} %")
    if k != "in09":  # the growth plan pays back in months: part of its defect
        p.check(1.2 < t["payback"] < 5, f"true payback {t['payback']:.2f}")
    p.check(abs(t["src"] - t["inv"]) < 1e-6, "true sources != investment")
    sold = t["sct"] / t["out.0"] * 100
    p.check(20 < sold < 80, f"contracted sales {sold:.0f} % of 2027 output")


def check_papers(p: Plan, k: str, ready: bool) -> None:
    """The papers' dates against the plan's date and the schedule."""
    P = PLANS[k]
    d0 = date(P["date"])
    sched = "\n".join("|".join(r) for r in p.table("Tiến độ thực hiện"))
    p.check(bool(sched), "no schedule table")
    rows = p.table(tables(k)["papers"][0])[1:]
    p.check([r[1:] for r in rows] == [paper_cells(x) for x in P["papers"]], "papers table differs from the constants")
    expired = []
    for name, no, issued, until, note, key in P["papers"]:
        p.check(date(issued) <= d0, f"{name} issued after the plan's date")
        if re.fullmatch(r"\d\d/\d\d/\d{4}", until):
            e = date(until)
            p.check(e > date(issued), f"{name} ends before it starts")
            if e <= d0:
                expired.append(name)
            elif e <= END:
                p.check(key is not None and key in sched and re.search(RENEW, sched, re.I) is not None,
                        f"{name} expires {until} in the plan period with no renewal in the schedule")
    want = {"in05": ["Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh"],
            "in06": ["Giấy chứng nhận cơ sở đủ điều kiện ATTP"],
            "in07": ["Giấy chứng nhận đăng ký nhãn hiệu"],
            "in09": ["Giấy chứng nhận sản phẩm OCOP 3 sao"]}.get(k, [])
    p.check(expired == want, f"expired papers {expired} != {want}")
    if ready:
        p.check(not expired, "a ready plan holds an expired paper")


def sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.;:!?])\s+|\n+", text)


def no_sentence(p: Plan, a: str, b: str, what: str) -> None:
    for s in sentences(p.body):
        if re.search(a, s, re.I) and re.search(b, s, re.I):
            p.failures.append(f"{what}: {s[:120]!r}")


def check_ready(p: Plan, k: str) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "Tiêu chuẩn cơ sở", "thử nghiệm", "nhãn hiệu", "truy xuất")
    p.lacks(REPLACED, "outdated instrument in a ready plan")
    if k != "in10":
        p.has("43/2017/NĐ-CP", "111/2021/NĐ-CP")


TEXTUAL = {
    # plan: (must be there, must not be there)
    "in05": (["Giấy phép sản xuất rượu thủ công", "05/05/2025", "ATTP", "Tiêu chuẩn cơ sở", "nhãn hiệu",
              "43/2017/NĐ-CP", "môi trường", "truy xuất"],
             [r"105/2017", r"17/2020/NĐ-CP", r"cấp lại giấy phép", r"gia hạn giấy phép", r"xin giấy phép"]),
    "in06": (["11/05/2025", "Tiêu chuẩn cơ sở", "nhãn hiệu", "truy xuất", "môi trường"],
             [r"15/2018", r"cam kết", r"nhãn(?! hiệu)", r"43/2017", r"111/2021", r"\btem\b", r"mã vạch",
              r"ghi nhãn"]),
    "in07": (["12/06/2022", "ATTP", "Tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "truy xuất"],
             [r"sở hữu trí tuệ", r"bảo hộ", r"đơn đăng ký nhãn hiệu", r"thương hiệu", r"logo",
              r"chỉ dẫn địa lý", r"nhãn hiệu tập thể"]),
    "in08": (["ATTP", "nhãn hiệu", "43/2017/NĐ-CP", "truy xuất", "môi trường"],
             [r"tiêu chuẩn", r"TCCS", r"công bố", r"kiểm nghiệm", r"thử nghiệm", r"QCVN", r"TCVN",
              r"quy chuẩn", r"chỉ tiêu"]),
    "in09": (["1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "ATTP", "Tiêu chuẩn cơ sở",
              "nhãn hiệu", "truy xuất"],
             [r"môi trường", r"chất thải", r"nước thải", r"(?<!\w)mùi(?!\w)", r"xử lý", r"bể lắng", r"biogas",
              r"(?<!\w)rác(?!\w)",
              r"148/QĐ-TTg", r"1489", r"đăng ký môi"]),
    "in10": (["Hộ gia đình bà Nguyễn Thị Thu Hà", "Cơ sở nón lá Ngọc Lan", "Tiêu chuẩn cơ sở", "nhãn hiệu",
              "43/2017/NĐ-CP", "truy xuất", "môi trường", "14 lao động"],
             [r"đăng ký kinh doanh", r"hộ kinh doanh", r"mã số doanh nghiệp", r"giấy chứng nhận đăng ký",
              r"mã số thuế", r"đăng ký hộ", r"doanh nghiệp tư nhân"]),
}


def check_text(p: Plan, k: str) -> None:
    if k in TEXTUAL:
        must, mustnot = TEXTUAL[k]
        p.has(*must)
        for pat in mustnot:
            p.lacks(pat, f"{k} must not say")
    if k == "in05":
        no_sentence(p, r"giấy phép|rượu thủ công", RENEW, "licence renewal mentioned")
        no_sentence(p, r"giấy phép", r"đang|chờ|dự kiến|sẽ", "licence planned")
    if k == "in06":
        no_sentence(p, r"ATTP|an toàn thực phẩm|đủ điều kiện", RENEW + r"|sẽ|dự kiến", "ATTP renewal mentioned")
    if k == "in07":
        no_sentence(p, r"nhãn hiệu", RENEW + r"|sẽ|dự kiến", "trademark renewal mentioned")
    if k == "in10":
        p.check(p.count("Cơ sở nón lá Ngọc Lan") >= 3, "the other producer named fewer than 3 times")
        p.check(p.count("Hộ gia đình bà Nguyễn Thị Thu Hà") >= 4, "own name fewer than 4 times")
        p.check(p.count("14 lao động") == 1 and p.count(f"{ACTUAL_STAFF_IN10} lao động") >= 1,
                "workers: 14 once (planted), 10 elsewhere")
    if k != "in09":
        p.lacks(REPLACED, "outdated instrument")
    p.lacks(PLACEHOLDER, "template placeholder")


# prose claims: (text with {} for the figure, key, format) checked against the true figure
# (the printed one for planted and knock-on keys, which must then differ from the truth)
def _claims() -> dict[str, list[tuple[str, str, str]]]:
    out: dict[str, list[tuple[str, str, str]]] = {}
    for k, P in PLANS.items():
        u = P["unit"]
        c = [("{} " + u, "out.0", "i"), ("{} " + u, "out.2", "i"), ("{} triệu đồng", "rev.0", "m"),
             ("{} triệu đồng", "rev.2", "m"), ("tăng bình quân {} %/năm", "h.growth", "p"),
             ("{} năm", "payback", "y")]
        if k != "in08":
            c += [("{} : (", "inv", "m"), (": ({} + ", "avgprofit", "m"), (" + {})", "dep", "m")]
        if k not in ("in06", "in07", "in09"):
            c.append(("{} " + u + "/năm", "sct", "i"))
        if k != "in09":
            c.append(("{} " + u + "/năm", "cap.0", "i"))
        out[k] = c
    out["in01"] += [("cho {} lao động vào năm 2029", "staff.2", "i"), ("nguồn cung vẫn dư {} kg", "bal.0.2", "i"),
                    ("máy quết chạy {} % công suất", "use.2", "p"), ("vốn đầu tư của phương án là {} triệu", "inv", "i"),
                    ("tài sản cố định {} triệu", "fixed", "i"), ("Khoản vay {} triệu", "src.1", "m"),
                    ("thu nhập bình quân {} triệu đồng/tháng", "wage.2", "m")]
    out["in02"] += [("nguồn búp vẫn dư {} kg", "bal.0.2", "i"), ("Khoản vay {} triệu", "src.2", "m"),
                    ("máy sấy chạy {} % công suất", "use.2", "p"), ("cho {} lao động năm 2029", "staff.2", "i")]
    out["in03"] += [("vốn đầu tư của phương án là {} triệu", "inv", "i"), ("vốn tự có của hộ {} triệu", "src.0", "i"),
                    ("Vốn vay {} triệu", "src.1", "m"), ("cho {} lao động năm 2029", "staff.2", "i"),
                    ("thu nhập {} triệu đồng/tháng", "wage.2", "m")]
    out["in04"] += [("Chính sách xã hội {} triệu", "src.1", "m"), ("cho {} lao động năm 2029", "staff.2", "i")]
    out["in05"] += [("{} lít năm 2028", "out.1", "i"), ("Lợi nhuận bình quân {} triệu", "avgprofit", "m"),
                    ("Khoản vay {} triệu", "src.1", "m"), ("cho {} lao động năm 2029", "staff.2", "i")]
    out["in06"] += [("cho {} lao động năm 2029", "staff.2", "i"), ("Vay {} triệu", "src.1", "m"),
                    ("thu nhập {} – ", "wage.0", "m"), (" – {} triệu đồng/tháng", "wage.2", "m")]
    out["in07"] += [("{} kg năm 2028", "out.1", "i"), ("khoảng {} % công suất", "use.2", "i"),
                    ("nông dân {} triệu", "src.1", "m"), ("cho {} lao động", "staff.0", "i")]
    out["in08"] += [("Công Thương {} triệu", "src.2", "m"), ("cho {} lao động năm 2029", "staff.2", "i")]
    out["in09"] += [("{} lít; năm 2028", "out.0", "i"), ("{} lít (tăng", "out.1", "i"), ("(tăng {} %)", "g.out.1", "i"),
                    ("(tăng {} %)", "g.out.2", "i"), ("từ {} lít năm 2027", "cap.0", "i"), ("lên {} lít/năm", "cap.1", "i"),
                    ("thôn {} triệu", "src.1", "m")]
    out["in10"] += [("Chính sách xã hội {} triệu", "src.1", "m"), ("thu nhập {} triệu đồng/tháng", "wage.0", "m")]
    return out


CLAIMS = _claims()


def check_claims(p: Plan, k: str) -> None:
    P = PLANS[k]
    true, shown = figures(k, False), figures(k, True)
    for text, key, f in CLAIMS.get(k, []):
        ref = shown[key] if key in set(P["plant"]) | set(P["knock"]) else true[key]
        s = text.format(FMT[f](ref))
        if s not in p.body:
            p.failures.append(f"claim not found: {s!r} (true {FMT[f](true[key])})")


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


SKETCHY = {"in11": "in11_banh_gai_so_sai", "in12": "in12_choi_dot_so_sai"}


def stems() -> dict[str, str]:
    return {f.stem[:4]: f.stem for f in sorted((HERE / "src").glob("in*.md"))}


def main(argv=None) -> int:
    argv = list(argv or [])
    found = stems()
    keys = [a for a in argv if a in found] or sorted(found)
    plans = []
    for k in keys:
        p = Plan(found[k])
        if k in PLANS:
            ready = k in ("in01", "in02", "in03", "in04")
            check_tables(p, k)
            check_model(p, k)
            check_papers(p, k, ready)
            check_claims(p, k)
            check_text(p, k)
            if ready:
                check_ready(p, k)
        else:
            n = words(p.body)
            p.check(150 <= n <= 350, f"sketchy plan has {n} words")
            p.check("|" not in p.body, "sketchy plan has a table")
            p.lacks(PLACEHOLDER, "template placeholder")
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
