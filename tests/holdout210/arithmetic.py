"""Holdout set 210: every number of every plan recomputed from constants.

    .venv/bin/python tests/holdout210/arithmetic.py [KEY ...]      (KEY: hc01 … hc12)

The ten full plans carry many numbers that are neither money nor quantities (the producer's
self-assessment against the OCOP criteria, targets and indicators in %, counts of trainings,
years, quarters and months, product codes, barcodes, certificate numbers, phones and bank
accounts) beside the real figures. `model()` turns the constants below into every real figure a
plan prints (output, prices, revenue, costs, capital, payback, raw material and capacity) and
`tables()` into the cells of its tables; the generator that wrote the plans used the same two
functions. The checker reads every table back from the plan's source (found by its caption
"Bảng N. …"), compares each cell with the model, recomputes the relations from the printed
figures alone (revenue line = packs × price, totals = sum of items, profit = revenue − cost,
sources = investment, payback = investment / (average profit + depreciation), output within
capacity, need within supply, the self-assessment's parts adding up to its total and the star
band), and checks the prose figures, the codes (EAN-13 check digits, tax codes, phones), the
papers and the planted textual defects. Planted numeric defects must be wrong by more than 5 %
with the true value beside them; everything else right within 1 %.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

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
            r"(?<!\w)huyện(?!\w)")


class Plan(plancheck.Plan):
    src = HERE / "src"


# --------------------------------------------------------------------------- constants
# products: code, label, pack word, size (base units), price per year (đ), packs per year,
#   packaging cost per pack (đ), barcode (13 digits or None), piece: piecework wage per pack (đ)
# hist: output, average price (đ per base unit), margin for 2024-2026
# raws: label, unit, norm per base unit, price (đ per unit), supply rows (label, count, yield),
#   short name, balance row printed?, decimals of the quantities
# cap: rating, multiplier, the rating's words; var: cost lines per base unit (label, đ)
# roles: (role, staff per year), wage per year (triệu đồng/month), local and women staff
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan balance per year, rate
# ocop: maxima of parts A/B/C, self-score now, target score, years
# ind: indicators (label, unit, three values as printed, or "=local"/"=women" derived)
# plant: printed values that differ from the model (rev line, cost total, profit, payback)
PLANS: dict[str, dict] = {
    "hc01": dict(
        unit="kg",
        products=[
            dict(code="MR250", label="Mật ong hoa rừng, chai 250 g", pack="chai", size=0.25,
                 price=[110000] * 3, packs=[4000, 4400, 4800], pc=6500, ean="8936211370019"),
            dict(code="MR500", label="Mật ong hoa rừng, chai 500 g", pack="chai", size=0.5,
                 price=[200000] * 3, packs=[5000, 5500, 6000], pc=8500, ean="8936211370026"),
            dict(code="MK1000", label="Mật ong hoa keo, hũ 1 kg", pack="hũ", size=1,
                 price=[270000] * 3, packs=[1200, 1300, 1400], pc=12000, ean="8936211370033"),
        ],
        hist=dict(out=[4000, 4250, 4450], price=[340000, 352000, 362000], margin=[0.14, 0.15, 0.16]),
        raws=[dict(label="Mật ong thô", short="mật ong thô", unit="kg", norm=1.06, price=150000,
                   rows=[("Đàn ong của 28 hộ thành viên (420 đàn × 12 kg)", 420, 12),
                         ("Hộ liên kết thôn Trung Hà (15 hộ × 90 kg)", 15, 90)], balance=True)],
        cap=dict(rating=25, mult=260, words="máy hạ thủy phần 25 kg/mẻ, 1 mẻ/ngày × 260 ngày"),
        var=[("Điện, nước", 3000)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Kỹ thuật đàn ong, thu mua", [1, 1, 1]),
               ("Lọc, hạ thủy phần, chiết rót", [2, 2, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], local=[6, 6, 7], women=[3, 3, 4],
        sell=[70, 75, 80], other=[40, 42, 44],
        inv=[("Máy hạ thủy phần chân không 25 kg/mẻ", 180, True),
             ("Máy lọc, bồn lắng inox 300 lít", 95, True),
             ("Cải tạo phòng chiết rót 40 m²", 150, True),
             ("Máy in hạn dùng, dán nhãn", 45, True),
             ("Bao bì, mã vạch, tem truy xuất", 30, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 25, False),
             ("Vốn lưu động", 275, False)],
        src=[("Vốn góp của thành viên", 350), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 350)],
        life=10, loan=[350, 250, 150], rate=0.08,
        ocop=dict(max=(40, 25, 35), now=(26, 15, 22), target=(29, 18, 25), now_year=2026, target_year=2028),
        ind=[("Tỷ lệ mật ong thô thu mua từ thành viên", "%", ["78", "80", "82"]),
             ("Tỷ lệ lao động là người địa phương", "%", "=local"),
             ("Tỷ lệ lao động nữ", "%", "=women"),
             ("Số lớp tập huấn kỹ thuật nuôi ong", "lớp", ["2", "2", "3"]),
             ("Tỷ lệ lô hàng có phiếu kiểm nghiệm", "%", ["100", "100", "100"]),
             ("Mức độ hài lòng của khách hàng", "%", ["90", "92", "94"])],
        plant={},
    ),
    "hc02": dict(
        unit="kg", price_table=True, ocop_diem=True,
        products=[
            dict(code="CGL25", label="Trà cà gai leo túi lọc, hộp 25 túi × 2 g", short="Trà túi lọc, hộp 25 túi", pack="hộp", size=0.05,
                 price=[45000, 46000, 47000], packs=[30000, 33000, 36000], pc=9000, ean="8936217840011"),
            dict(code="CGL50", label="Trà cà gai leo túi lọc, hộp 50 túi × 2 g", short="Trà túi lọc, hộp 50 túi", pack="hộp", size=0.1,
                 price=[85000, 87000, 89000], packs=[8000, 8800, 9600], pc=14000, ean="8936217840028"),
            dict(code="CGK500", label="Cà gai leo khô cắt khúc, túi 500 g", short="Cà gai leo khô, túi 500 g", pack="túi", size=0.5,
                 price=[110000, 112000, 114000], packs=[2400, 2600, 2800], pc=6000, ean="8936217840035"),
        ],
        hist=dict(out=[2700, 3000, 3250], price=[610000, 625000, 640000], margin=[0.12, 0.13, 0.135]),
        raws=[dict(label="Cà gai leo tươi", short="cà gai leo tươi", unit="kg", norm=4.5, price=9000,
                   rows=[("Vùng trồng của công ty (4 ha × 3.000 kg)", 4, 3000),
                         ("Hộ liên kết thôn Trung Lộc (26 hộ × 400 kg)", 26, 400)], balance=True)],
        cap=dict(rating=18, mult=280, words="máy đóng túi lọc 18 kg/ngày × 280 ngày"),
        var=[("Điện sấy, nước", 6000)],
        roles=[("Giám đốc, kế toán, văn phòng", [3, 3, 3]), ("Kỹ thuật vùng trồng", [1, 1, 1]),
               ("Sấy, sao, đóng túi lọc", [4, 4, 5]), ("Kinh doanh, giao hàng", [2, 3, 3])],
        wage=[6.0, 6.3, 6.6], local=[9, 10, 11], women=[6, 7, 8],
        sell=[200, 230, 260], other=[90, 95, 100],
        inv=[("Nhà xưởng sấy, sao và đóng gói 150 m²", 650, True),
             ("Máy sấy bơm nhiệt 300 kg tươi/mẻ", 280, True),
             ("Máy đóng túi lọc tự động", 320, True),
             ("Máy sao dược liệu, máy cắt khúc", 90, True),
             ("Bao bì, mã vạch, tem truy xuất", 40, False),
             ("Kiểm nghiệm, tự công bố sản phẩm", 30, False),
             ("Vốn lưu động", 390, False)],
        src=[("Vốn góp của cổ đông", 1000), ("Lợi nhuận giữ lại", 200),
             ("Vay Ngân hàng TMCP Công Thương Việt Nam", 600)],
        life=10, loan=[600, 450, 300], rate=0.085,
        ocop=dict(max=(40, 25, 35), now=(28, 16, 24), target=(31, 19, 26), now_year=2026, target_year=2028),
        ind=[("Tỷ lệ dược liệu từ vùng trồng trong xã", "%", ["100", "100", "100"]),
             ("Diện tích vùng trồng đạt VietGAP", "%", ["40", "60", "80"]),
             ("Tỷ lệ lao động là người địa phương", "%", "=local"),
             ("Tỷ lệ lao động nữ", "%", "=women"),
             ("Số đợt tập huấn cho hộ liên kết", "đợt", ["2", "3", "3"]),
             ("Tỷ lệ khách hàng mua lại", "%", ["35", "40", "45"])],
        plant={},
    ),
    "hc03": dict(
        unit="chiếc",
        products=[
            dict(code="NL01", label="Nón lá trắng truyền thống 16 vành", short="Nón trắng 16 vành", pack="chiếc", size=1,
                 price=[95000] * 3, packs=[5000, 5500, 6000], pc=3000, piece=30000, ean="8936224560018"),
            dict(code="NL02", label="Nón bài thơ lồng tranh", short="Nón bài thơ", pack="chiếc", size=1,
                 price=[180000] * 3, packs=[1500, 1700, 1900], pc=5000, piece=50000, ean="8936224560025"),
            dict(code="NL03", label="Nón lá vẽ hoa văn, kèm hộp quà", short="Nón vẽ, kèm hộp quà", pack="chiếc", size=1,
                 price=[290000] * 3, packs=[800, 900, 1000], pc=18000, piece=70000, ean="8936224560032"),
        ],
        hist=dict(out=[6100, 6500, 6900], price=[118000, 122000, 125000], margin=[0.10, 0.11, 0.115]),
        raws=[dict(label="Lá nón đã phơi, là phẳng", short="lá nón", unit="kg", norm=0.12, price=70000,
                   rows=[("Hộ khai thác lá thôn Khe Giao (25 hộ × 30 kg)", 25, 30),
                         ("Cơ sở thu mua lá Phúc Trạch (hợp đồng)", 1, 400)], balance=True),
              dict(label="Vành tre chuốt sẵn", short="vành tre", unit="bộ", norm=1, price=8000,
                   rows=[("Hộ chuốt vành thôn Tùng Sơn (12 hộ × 800 bộ)", 12, 800)], balance=True)],
        cap=dict(rating=36, mult=300, words="36 khuôn nón × 1 chiếc/ngày × 300 ngày"),
        var=[("Chỉ cước, điện là lá", 1500)],
        labels={"pack": "Thẻ treo, túi, hộp quà"},
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Là lá, sấy lá", [1, 1, 1]),
               ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[4.8, 5.0, 5.2], local=[4, 4, 4], women=[3, 3, 3],
        sell=[40, 42, 45], other=[25, 26, 27],
        inv=[("Nhà xưởng là lá, phơi sấy lá 80 m²", 150, True),
             ("Hai máy là lá bằng điện", 40, True),
             ("36 khuôn nón gỗ", 54, True),
             ("Lò sấy lá chống mốc", 60, True),
             ("Thiết kế mẫu, hộp quà, thẻ treo", 25, False),
             ("Đăng ký nhãn hiệu", 15, False),
             ("Vốn lưu động", 106, False)],
        src=[("Vốn góp của tổ viên", 250), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=10, loan=[200, 150, 100], rate=0.066,
        ocop=dict(max=(40, 25, 35), now=(24, 14, 17), target=(27, 16, 20), now_year=2026, target_year=2028),
        ind=[("Số tổ viên chằm nón thường xuyên", "người", ["34", "36", "38"]),
             ("Tỷ lệ tổ viên là nữ", "%", ["89", "89", "90"]),
             ("Tỷ lệ lá nón khai thác trong xã", "%", ["65", "68", "70"]),
             ("Số lớp truyền nghề cho thanh niên", "lớp", ["1", "2", "2"]),
             ("Số mẫu nón mới", "mẫu", ["3", "4", "4"]),
             ("Tỷ lệ sản phẩm bán qua điểm du lịch", "%", ["30", "35", "40"])],
        plant={},
    ),
    "hc04": dict(
        unit="kg",
        products=[
            dict(code="CT500", label="Chả cá thu, hộp 500 g", pack="hộp", size=0.5,
                 price=[150000] * 3, packs=[4000, 4400, 4800], pc=5000, ean="8936231850010"),
            dict(code="CM250", label="Chả cá mối, gói 250 g", pack="gói", size=0.25,
                 price=[60000] * 3, packs=[8000, 8800, 9600], pc=2500, ean="8936231850027"),
            dict(code="CMU300", label="Chả mực, khay 300 g", pack="khay", size=0.3,
                 price=[120000] * 3, packs=[3000, 3300, 3600], pc=4000, ean="8936231850034"),
        ],
        hist=dict(out=[4100, 4350, 4600], price=[255000, 262000, 268000], margin=[0.12, 0.125, 0.13]),
        raws=[dict(label="Cá, mực tươi", short="cá, mực tươi", unit="kg", norm=1.45, price=68000,
                   rows=[("Tàu cá của 4 hộ liên kết (4 tàu × 1.800 kg)", 4, 1800),
                         ("Vựa hải sản cảng Cửa Sót (hợp đồng)", 1, 2500)], balance=True),
              dict(label="Tinh bột, gia vị", short="tinh bột, gia vị", unit="kg", norm=0.08, price=40000,
                   rows=[("Cửa hàng vật tư Hải Lộc (hợp đồng)", 1, 600)], balance=True)],
        cap=dict(rating=24, mult=300, words="máy xay giã chả 24 kg/ngày × 300 ngày"),
        var=[("Điện, nước, gas", 6000)],
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Sơ chế cá, xay giã", [2, 2, 2]),
               ("Hấp, chiên, đóng gói", [2, 2, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], local=[6, 6, 7], women=[4, 4, 5],
        sell=[45, 48, 50], other=[35, 36, 38],
        inv=[("Tủ cấp đông và kho lạnh 12 m³", 160, True),
             ("Máy xay giã chả inox 20 kg/mẻ", 85, True),
             ("Nồi hấp, chảo chiên công nghiệp", 45, True),
             ("Máy hút chân không, máy hàn khay", 60, True),
             ("Cải tạo khu chế biến một chiều, bể lắng", 120, True),
             ("Bao bì, tem, mã vạch", 20, False),
             ("Kiểm nghiệm, tự công bố sản phẩm", 15, False),
             ("Vốn lưu động", 195, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.08,
        ocop=dict(max=(40, 25, 35), now=(25, 13, 21), target=(27, 15, 24), now_year=2026, target_year=2028),
        ind=[("Tỷ lệ cá, mực mua tại cảng trong tỉnh", "%", ["100", "100", "100"]),
             ("Tỷ lệ lao động nữ", "%", "=women"),
             ("Số lần kiểm nghiệm định kỳ", "lần/năm", ["2", "2", "2"]),
             ("Nhiệt độ kho lạnh duy trì", "°C", ["-18", "-18", "-18"]),
             ("Tỷ lệ đơn hàng giao đúng hẹn", "%", ["95", "96", "97"]),
             ("Số điểm bán lẻ, đại lý", "điểm", ["14", "17", "20"])],
        plant={},
    ),
    "hc05": dict(
        unit="lít", price_table=True,
        products=[
            dict(code="RS500", label="Rượu nếp sim 29 độ, chai 500 ml", short="Rượu sim 29 độ, 500 ml", pack="chai", size=0.5,
                 price=[85000, 88000, 91000], packs=[14000, 15400, 16800], pc=9000, ean="8936240190015"),
            dict(code="RS1500", label="Rượu nếp sim, bình gốm 1,5 lít", short="Bình gốm 1,5 lít", pack="bình", size=1.5,
                 price=[290000, 300000, 310000], packs=[1200, 1300, 1400], pc=45000, ean="8936240190022"),
            dict(code="HQ700", label="Hộp quà 2 chai rượu sim 350 ml", short="Hộp quà 2 chai 350 ml", pack="hộp", size=0.7,
                 price=[220000, 228000, 236000], packs=[1500, 1650, 1800], pc=30000, ean="8936240190039"),
        ],
        hist=dict(out=[8200, 8700, 9200], price=[180000, 184000, 188000], margin=[0.15, 0.16, 0.16]),
        raws=[dict(label="Gạo nếp cái", short="gạo nếp", unit="kg", norm=1.1, price=22000,
                   rows=[("Ruộng nếp của 35 hộ thành viên (× 300 kg)", 35, 300),
                         ("Hộ thôn Trung Tiến, hợp đồng (12 hộ × 300 kg)", 12, 300)], balance=True),
              dict(label="Quả sim chín", short="quả sim", unit="kg", norm=0.85, price=25000,
                   rows=[("Đồi sim của hợp tác xã (2 ha × 1.500 kg)", 2, 1500),
                         ("Hộ hái sim thôn Châu Phố (30 hộ × 150 kg)", 30, 150)], balance=False)],
        cap=dict(rating=60, mult=270, words="2 nồi chưng cất × 30 lít/ngày × 270 ngày"),
        var=[("Củi, điện, nước", 4000)],
        labels={"other": "Thuế, phí, chi phí khác"},
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, chưng cất", [3, 3, 3]),
               ("Ngâm sim, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1], local=[8, 8, 8], women=[4, 4, 4],
        sell=[90, 95, 100], other=[60, 63, 66],
        inv=[("Hệ thống lọc, khử andehit", 180, True),
             ("Chum, bể ngâm sim inox 1.000 lít", 120, True),
             ("Máy chiết rót, đóng nút", 95, True),
             ("Nhà kho ủ rượu 60 m²", 210, True),
             ("Hầm biogas xử lý bã rượu", 70, True),
             ("Thiết kế nhãn, bao bì, tem truy xuất", 45, False),
             ("Vốn lưu động", 280, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        ocop=dict(max=(40, 25, 35), now=(27, 16, 23), target=(30, 18, 25), now_year=2026, target_year=2028),
        ind=[("Tỷ lệ thành viên cung ứng gạo nếp", "%", ["74", "76", "78"]),
             ("Tỷ lệ lao động là người địa phương", "%", "=local"),
             ("Độ cồn sai lệch tối đa so với nhãn", "% vol", ["±1", "±1", "±1"]),
             ("Số lớp tập huấn nấu rượu an toàn", "lớp", ["2", "2", "2"]),
             ("Tỷ lệ chai có tem truy xuất", "%", ["100", "100", "100"]),
             ("Mức độ hài lòng của đại lý", "%", ["88", "90", "92"])],
        plant={"rev": {(0, 0): 1370.0}},
    ),
    "hc06": dict(
        unit="lít",
        products=[
            dict(code="NM35", label="Nước mắm cốt 35 độ đạm, chai 500 ml", short="Mắm cốt 35 độ đạm, 500 ml", pack="chai", size=0.5,
                 price=[80000] * 3, packs=[18000, 19800, 21600], pc=7000, ean="8936255720016"),
            dict(code="NM25", label="Nước mắm 25 độ đạm, chai 1 lít", short="Mắm 25 độ đạm, chai 1 lít", pack="chai", size=1,
                 price=[65000] * 3, packs=[9000, 9900, 10800], pc=8000, ean="8936255720023"),
            dict(code="NM20", label="Nước mắm 20 độ đạm, can 5 lít", short="Mắm 20 độ đạm, can 5 lít", pack="can", size=5,
                 price=[210000] * 3, packs=[1000, 1100, 1200], pc=15000, ean="8936255720030"),
        ],
        hist=dict(out=[19500, 20800, 21800], price=[92000, 94000, 96000], margin=[0.16, 0.17, 0.17]),
        raws=[dict(label="Cá cơm tươi", short="cá cơm", unit="kg", norm=1.2, price=18000,
                   rows=[("Tàu của 5 ngư dân liên kết (5 tàu × 5.000 kg)", 5, 5000),
                         ("Vựa cá cảng Cẩm Nhượng (hợp đồng)", 1, 12000)], balance=True),
              dict(label="Muối hạt", short="muối", unit="kg", norm=0.35, price=4000,
                   rows=[("Hợp tác xã muối Kỳ Khang (hợp đồng)", 1, 11000)], balance=True)],
        cap=dict(rating=500, mult=64, words="64 thùng chượp × 500 lít/năm"),
        var=[("Điện, nước", 1500)],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Muối chượp, đảo chượp", [3, 3, 3]),
               ("Lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], local=[9, 9, 9], women=[4, 4, 4],
        sell=[100, 105, 110], other=[70, 72, 74],
        inv=[("Nhà thùng chượp, mái che 300 m²", 550, True),
             ("20 thùng chượp gỗ bổ sung", 160, True),
             ("Hệ thống lọc, bồn chứa inox", 140, True),
             ("Máy chiết rót, đóng nắp", 110, True),
             ("Bao bì, tem truy xuất", 40, False),
             ("Vốn lưu động", 400, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng TMCP Đầu tư và Phát triển", 600)],
        life=10, loan=[600, 450, 300], rate=0.085,
        ocop=dict(max=(40, 25, 35), now=(28, 17, 24), target=(31, 19, 27), now_year=2026, target_year=2028),
        ind=[("Tỷ lệ cá cơm từ ngư dân trong xã", "%", ["68", "68", "68"]),
             ("Thời gian ủ chượp tối thiểu", "tháng", ["12", "12", "12"]),
             ("Tỷ lệ lao động nữ", "%", "=women"),
             ("Số hội chợ, phiên OCOP tham gia", "lần", ["3", "4", "4"]),
             ("Tỷ lệ doanh thu bán ngoài tỉnh", "%", ["30", "33", "36"]),
             ("Mức độ hài lòng của khách hàng", "%", ["90", "91", "92"])],
        plant={"cost_total": {1: 1679.7}, "payback": 1.2},
    ),
    "hc07": dict(
        unit="kg",
        products=[
            dict(code="MĐ25", label="Trà mướp đắng rừng túi lọc, hộp 25 túi × 2 g", short="Trà túi lọc, hộp 25 túi", pack="hộp", size=0.05,
                 price=[50000] * 3, packs=[20000, 22000, 24000], pc=8000, ean="8936263310018"),
            dict(code="MĐ250", label="Mướp đắng rừng sấy lát, túi 250 g", short="Sấy lát, túi 250 g", pack="túi", size=0.25,
                 price=[85000] * 3, packs=[3000, 3300, 3600], pc=4000, ean="8936263310025"),
        ],
        hist=dict(out=[1350, 1480, 1600], price=[700000, 710000, 720000], margin=[0.12, 0.13, 0.13]),
        raws=[dict(label="Quả mướp đắng rừng tươi", short="mướp đắng tươi", unit="kg", norm=9, price=10000,
                   rows=[("Vườn của 12 tổ viên (12 hộ × 1.100 kg)", 12, 1100),
                         ("Hộ liên kết thôn Kim Sơn (10 hộ × 800 kg)", 10, 800)], balance=True)],
        cap=dict(rating=9, mult=280, words="máy sấy bơm nhiệt 9 kg khô/ngày × 280 ngày"),
        var=[("Điện sấy, nước", 8000)],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Sơ chế, thái lát, sấy", [3, 3, 3]),
               ("Đóng túi lọc, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.2, 5.4], local=[7, 7, 7], women=[5, 5, 5],
        sell=[60, 64, 68], other=[40, 42, 44],
        inv=[("Nhà sơ chế, sấy 80 m²", 300, True),
             ("Máy sấy bơm nhiệt 2 buồng", 220, True),
             ("Máy thái lát", 40, True),
             ("Máy nghiền, máy đóng túi lọc", 260, True),
             ("Bao bì, mã vạch, mã QR", 35, False),
             ("Đăng ký nhãn hiệu", 15, False),
             ("Vốn lưu động", 230, False)],
        src=[("Vốn góp của tổ viên", 500), ("Vay Ngân hàng Chính sách xã hội", 300),
             ("Vay Quỹ Hỗ trợ nông dân tỉnh", 150)],
        life=10, loan=[450, 350, 250], rate=0.07,
        ocop=dict(max=(40, 25, 35), now=(23, 13, 19), target=(26, 15, 22), now_year=2026, target_year=2028),
        ind=[("Tỷ lệ quả tươi từ vườn tổ viên", "%", ["62", "62", "62"]),
             ("Tỷ lệ lao động nữ", "%", "=women"),
             ("Tỷ lệ hộ liên kết ghi nhật ký canh tác", "%", ["70", "85", "100"]),
             ("Số lớp tập huấn trồng theo hướng hữu cơ", "lớp", ["2", "2", "2"]),
             ("Tỷ lệ hộp có mã QR", "%", ["100", "100", "100"]),
             ("Số cửa hàng, nhà thuốc phân phối", "điểm", ["18", "22", "26"])],
        plant={},
    ),
    "hc08": dict(
        unit="kg", price_table=True,
        products=[
            dict(code="TN250", label="Tôm nõn khô loại 1, hũ 250 g", pack="hũ", size=0.25,
                 price=[280000, 288000, 296000], packs=[2400, 2600, 2800], pc=7000, ean="8936270450011"),
            dict(code="TN500", label="Tôm nõn khô loại 2, túi 500 g", pack="túi", size=0.5,
                 price=[450000, 465000, 480000], packs=[1200, 1300, 1400], pc=6000, ean="8936270450028"),
            dict(code="TK200", label="Tép khô, túi 200 g", pack="túi", size=0.2,
                 price=[60000, 62000, 64000], packs=[3000, 3250, 3600], pc=3000, ean="8936270450035"),
        ],
        hist=dict(out=[1500, 1600, 1700], price=[740000, 755000, 768000], margin=[0.15, 0.16, 0.17]),
        raws=[dict(label="Tôm, tép tươi", short="tôm, tép tươi", unit="kg", norm=4.0, price=75000,
                   rows=[("Thuyền lưới của 6 hộ ngư dân (6 thuyền × 1.300 kg)", 6, 1300),
                         ("Vựa hải sản Thạch Hải (hợp đồng)", 1, 1500)], balance=True)],
        cap=dict(rating=9, mult=280, words="lò sấy 2 buồng, 9 kg thành phẩm/ngày × 280 ngày"),
        var=[("Điện sấy, nước, gas", 15000)],
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Luộc, sấy, bóc vỏ", [3, 3, 3]),
               ("Đóng gói, bán hàng", [1, 1, 2])],
        wage=[5.0, 5.3, 5.6], local=[5, 5, 6], women=[3, 3, 4],
        sell=[50, 53, 56], other=[30, 32, 34],
        inv=[("Lò sấy tôm 2 buồng bằng điện", 150, True),
             ("Máy bóc vỏ, sàng tôm", 80, True),
             ("Phòng đóng gói 25 m², tủ bảo quản", 110, True),
             ("Bể lắng, hố chứa vỏ tôm", 40, True),
             ("Bao bì, nhãn, mã vạch", 20, False),
             ("Vốn lưu động", 200, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 250)],
        life=8, loan=[250, 180, 110], rate=0.08,
        ocop=dict(max=(35, 25, 40), now=(22, 14, 25), target=(25, 16, 28), now_year=2026, target_year=2028),
        ind=[("Tỷ lệ tôm tươi mua tại xã", "%", ["84", "84", "84"]),
             ("Tỷ lệ lao động là người địa phương", "%", "=local"),
             ("Độ ẩm tôm khô thành phẩm", "%", ["≤ 20", "≤ 20", "≤ 20"]),
             ("Số hội chợ tham gia", "lần", ["2", "3", "3"]),
             ("Tỷ lệ đơn hàng trực tuyến", "%", ["20", "25", "30"]),
             ("Mức độ hài lòng của khách hàng", "%", ["90", "92", "93"])],
        plant={"profit": {0: 465.0}},
    ),
    "hc09": dict(
        unit="chiếc", use_row=False,
        products=[
            dict(code="KT01", label="Khay trà gỗ xoan đào khắc hoa sen", short="Khay trà xoan đào", pack="chiếc", size=1,
                 price=[420000] * 3, packs=[2400, 3000, 3500], pc=20000, ean="8936286730015"),
            dict(code="HC02", label="Hộp đựng chè gỗ hương khắc chữ", short="Hộp chè gỗ hương", pack="chiếc", size=1,
                 price=[300000] * 3, packs=[2000, 2500, 2900], pc=15000, ean="8936286730022"),
            dict(code="TG03", label="Tranh gỗ khắc CNC 40 × 60 cm", short="Tranh gỗ 40 × 60 cm", pack="chiếc", size=1,
                 price=[1150000] * 3, packs=[800, 1000, 1200], pc=60000, ean="8936286730039"),
        ],
        hist=dict(out=[4300, 4600, 4900], price=[440000, 450000, 460000], margin=[0.09, 0.10, 0.10]),
        raws=[dict(label="Gỗ xoan đào, gỗ hương xẻ sấy", short="gỗ xẻ", unit="m³", norm=0.008, price=11000000,
                   rows=[("Xưởng xẻ gỗ rừng trồng Hương Sơn (hợp đồng)", 1, 45),
                         ("Hộ trồng xoan đào thôn Yên Thịnh (6 hộ × 5 m³)", 6, 5)], balance=True, dec=1)],
        cap=dict(rating=20, mult=300, words="2 máy khắc CNC × 10 sản phẩm/ngày × 300 ngày"),
        var=[("Sơn PU, dầu lau gỗ, phụ kiện", 25000), ("Điện, nước", 8000)],
        labels={"pack": "Hộp, túi, catalo kèm hàng"},
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Thiết kế mẫu, vận hành máy CNC", [2, 2, 2]),
               ("Thợ đục, chạm hoàn thiện", [5, 5, 5]), ("Sơn, đóng gói", [2, 2, 2]),
               ("Bán hàng", [1, 1, 1])],
        wage=[6.5, 6.8, 7.1], local=[11, 11, 11], women=[3, 3, 3],
        sell=[150, 170, 190], other=[80, 84, 88],
        inv=[("Nhà xưởng hoàn thiện, phòng sơn 200 m²", 700, True),
             ("Hệ thống hút bụi, lọc khí phòng sơn", 180, True),
             ("Lò sấy gỗ 10 m³", 250, True),
             ("Máy chà nhám, máy cưa bàn", 120, True),
             ("Thiết kế mẫu, catalo, trang web", 60, False),
             ("Vốn lưu động", 590, False)],
        src=[("Vốn góp của cổ đông", 1100), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 650, 500], rate=0.08,
        ocop=dict(max=(40, 25, 35), now=(24, 15, 18), target=(27, 17, 22), now_year=2026, target_year=2028),
        ind=[("Tỷ lệ gỗ rừng trồng có hồ sơ nguồn gốc", "%", ["100", "100", "100"]),
             ("Tỷ lệ lao động là người địa phương", "%", "=local"),
             ("Số mẫu sản phẩm mới", "mẫu", ["6", "8", "10"]),
             ("Số thợ trẻ được truyền nghề", "người", ["4", "4", "5"]),
             ("Tỷ lệ hàng trả lại do lỗi", "%", ["≤ 2", "≤ 1,5", "≤ 1"]),
             ("Số hội chợ, triển lãm tham gia", "lần", ["3", "4", "4"])],
        plant={},
    ),
    "hc10": dict(
        unit="kg", prod_ean=False, titles={"prod": "Danh mục sản phẩm và mã sản phẩm"},
        products=[
            dict(code="CXB1", label="Chè búp khô loại 1, túi 200 g", pack="túi", size=0.2,
                 price=[64000] * 3, packs=[9000, 18000, 30600], pc=3500, ean=None),
            dict(code="CXB2", label="Chè búp khô loại 2, túi 500 g", pack="túi", size=0.5,
                 price=[110000] * 3, packs=[3000, 6000, 10200], pc=4500, ean=None),
            dict(code="CXV", label="Chè vụn, bao 2 kg cho quán nước", pack="bao", size=2,
                 price=[150000] * 3, packs=[600, 1200, 2040], pc=5000, ean=None),
        ],
        hist=dict(out=[3700, 3900, 4150], price=[205000, 210000, 215000], margin=[0.12, 0.12, 0.13]),
        raws=[dict(label="Búp chè tươi", short="búp chè tươi", unit="kg", norm=4.5, price=9000,
                   rows=[("Đồi chè của 42 hộ thành viên (24 ha × 3.200 kg)", 24, 3200)], balance=True)],
        cap=dict(rating=70, mult=270, words="dây chuyền sao, vò 70 kg chè khô/ngày × 270 ngày"),
        var=[("Điện, củi sao chè", 7000)],
        labels={"pack": "Túi, bao đóng gói"},
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Sao, vò, đóng gói", [3, 3, 3]),
               ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4], local=[6, 6, 6], women=[3, 3, 3],
        sell=[50, 90, 140], other=[35, 50, 70],
        inv=[("Nhà sao chè, kho 100 m²", 280, True),
             ("Máy vò chè, máy sao tay quay", 160, True),
             ("Máy hút chân không, máy hàn túi", 60, True),
             ("Túi đóng gói, thiết kế mẫu túi", 40, False),
             ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        ocop=dict(max=(40, 25, 35), now=(25, 14, 22), target=(28, 17, 25), now_year=2026, target_year=2028),
        ind=[("Tỷ lệ hộ thành viên bán chè cho hợp tác xã", "%", ["60", "70", "80"]),
             ("Diện tích chè áp dụng VietGAP", "ha", ["8", "12", "16"]),
             ("Tỷ lệ lao động nữ", "%", "=women"),
             ("Số lớp tập huấn hái, sao chè", "lớp", ["2", "2", "3"]),
             ("Tỷ lệ mẻ chè có sổ ghi chép", "%", ["100", "100", "100"]),
             ("Mức độ hài lòng của khách hàng", "%", ["88", "90", "92"])],
        plant={},
    ),
}


# --------------------------------------------------------------------------- formatting
def fi(x: float) -> str:
    """Integer with dotted thousands."""
    s = f"{int(round(x)):,}"
    return s.replace(",", ".")


def f1(x: float) -> str:
    """One decimal, Vietnamese style: 1.592,0."""
    neg = x < 0
    s = f"{abs(x):,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return ("-" if neg else "") + s


def fdec(x: float, dec: int) -> str:
    return f1(x) if dec == 1 else fi(x)


def fpct(x: float) -> str:
    return f1(x)


def fnorm(x: float) -> str:
    """A norm with as many decimals as it has: 1,06; 0,008; 4,5; 9."""
    return f"{x:.3f}".rstrip("0").rstrip(".").replace(".", ",")


def star(score: int) -> int:
    return 1 if score < 30 else 2 if score < 50 else 3 if score < 70 else 4 if score < 90 else 5


def ean_ok(code: str) -> bool:
    if not re.fullmatch(r"\d{13}", code):
        return False
    d = [int(c) for c in code]
    return (10 - sum(d[i] * (3 if i % 2 else 1) for i in range(12)) % 10) % 10 == d[12]


# --------------------------------------------------------------------------- model
def model(key: str, printed: bool = False) -> dict:
    P = PLANS[key]
    plant = P.get("plant", {}) if printed else {}
    M: dict = {"key": key, "unit": P["unit"]}
    prods = P["products"]
    M["packs"] = [list(p["packs"]) for p in prods]
    M["price"] = [list(p["price"]) for p in prods]
    M["out"] = [round(sum(p["packs"][y] * p["size"] for p in prods), 3) for y in Y]
    cap = P["cap"]
    M["cap"] = [cap["rating"] * cap["mult"]] * 3
    M["use"] = [M["out"][y] / M["cap"][y] * 100 for y in Y]
    # history
    h = P["hist"]
    M["hist_out"] = h["out"]
    M["hist_price"] = h["price"]
    M["hist_rev"] = [round(h["out"][i] * h["price"][i] / 1e6, 1) for i in Y]
    M["hist_profit"] = [round(M["hist_rev"][i] * h["margin"][i], 1) for i in Y]
    M["hist_growth"] = ((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100
    # raw materials
    raws = []
    for r in P["raws"]:
        dec = r.get("dec", 0)
        rows = [(lab, [cnt * yl] * 3) for lab, cnt, yl in r["rows"]]
        supply = [sum(v[y] for _, v in rows) for y in Y]
        need = [round(M["out"][y] * r["norm"], dec) for y in Y]
        cost = [round(need[y] * r["price"] / 1e6, 1) for y in Y]
        raws.append(dict(label=r["label"], short=r["short"], unit=r["unit"], norm=r["norm"], dec=dec,
                         rows=rows, supply=supply, need=need, cost=cost, balance=r.get("balance", True),
                         price=r["price"], spare=[supply[y] - need[y] for y in Y]))
    M["raws"] = raws
    # staff
    M["roles"] = P["roles"]
    M["staff"] = [sum(n[y] for _, n in P["roles"]) for y in Y]
    M["wage"] = P["wage"]
    M["wagefund"] = [round(M["staff"][y] * P["wage"][y] * 12, 1) for y in Y]
    # investment
    M["inv"] = P["inv"]
    M["inv_total"] = round(sum(a for _, a, _ in P["inv"]), 1)
    M["fixed"] = sum(a for _, a, f in P["inv"] if f)
    M["dep"] = round(M["fixed"] / P["life"], 1)
    M["src"] = P["src"]
    M["src_total"] = round(sum(a for _, a in P["src"]), 1)
    M["src_share"] = [a / M["src_total"] * 100 for _, a in P["src"]]
    M["interest"] = [round(P["loan"][y] * P["rate"], 1) for y in Y]
    # revenue
    rev = [[round(M["packs"][i][y] * M["price"][i][y] / 1e6, 1) for y in Y] for i in range(len(prods))]
    for (i, y), v in plant.get("rev", {}).items():
        rev[i][y] = v
    M["rev"] = rev
    M["rev_total"] = [round(sum(rev[i][y] for i in range(len(prods))), 1) for y in Y]
    # costs
    lab = P.get("labels", {})
    lines = []
    for r in raws:
        lines.append((r["label"], r["cost"]))
    lines.append((lab.get("pack", "Bao bì, nhãn, hộp"),
                  [round(sum(p["packs"][y] * p["pc"] for p in prods) / 1e6, 1) for y in Y]))
    if any(p.get("piece") for p in prods):
        lines.append((lab.get("piece", "Tiền công khoán theo sản phẩm"),
                      [round(sum(p["packs"][y] * p.get("piece", 0) for p in prods) / 1e6, 1) for y in Y]))
    for vlab, rate in P["var"]:
        lines.append((vlab, [round(M["out"][y] * rate / 1e6, 1) for y in Y]))
    lines.append((lab.get("wage", "Tiền lương, bảo hiểm"), M["wagefund"]))
    lines.append((lab.get("dep", "Khấu hao tài sản cố định"), [M["dep"]] * 3))
    lines.append((lab.get("interest", "Lãi vay ngân hàng"), M["interest"]))
    lines.append((lab.get("sell", "Bán hàng, quảng bá"), [float(x) for x in P["sell"]]))
    lines.append((lab.get("other", "Thuế, phí và chi phí khác"), [float(x) for x in P["other"]]))
    M["cost_lines"] = lines
    M["cost_sum"] = [round(sum(v[y] for _, v in lines), 1) for y in Y]
    M["cost_total"] = [plant.get("cost_total", {}).get(y, M["cost_sum"][y]) for y in Y]
    profit = [round(M["rev_total"][y] - M["cost_total"][y], 1) for y in Y]
    for y, v in plant.get("profit", {}).items():
        profit[y] = v
    M["profit"] = profit
    M["margin"] = [profit[y] / M["rev_total"][y] * 100 for y in Y]
    M["avg_profit"] = sum(profit) / 3
    M["payback"] = plant.get("payback", round(M["inv_total"] / (M["avg_profit"] + M["dep"]), 1))
    M["payback_exact"] = M["inv_total"] / (M["avg_profit"] + M["dep"])
    M["rev_growth"] = [(M["rev_total"][0] / M["hist_rev"][2] - 1) * 100] + \
        [(M["rev_total"][y] / M["rev_total"][y - 1] - 1) * 100 for y in (1, 2)]
    M["out_growth"] = [(M["out"][0] / h["out"][2] - 1) * 100] + \
        [(M["out"][y] / M["out"][y - 1] - 1) * 100 for y in (1, 2)]
    # OCOP self-assessment
    o = P["ocop"]
    M["ocop_max"] = o["max"]
    M["ocop_now"] = o["now"]
    M["ocop_target"] = o["target"]
    M["ocop_now_total"] = sum(o["now"])
    M["ocop_target_total"] = sum(o["target"])
    M["ocop_now_star"] = star(M["ocop_now_total"])
    M["ocop_target_star"] = star(M["ocop_target_total"])
    # indicators
    ind = []
    for label, unit, vals in P["ind"]:
        if vals == "=local":
            vals = [fi(P["local"][y] / M["staff"][y] * 100) for y in Y]
        elif vals == "=women":
            vals = [fi(P["women"][y] / M["staff"][y] * 100) for y in Y]
        ind.append((label, unit, vals))
    M["ind"] = ind
    return M


# --------------------------------------------------------------------------- tables
TITLES = {
    "hist": "Kết quả sản xuất kinh doanh 2024 – 2026",
    "prod": "Danh mục sản phẩm, mã sản phẩm và mã vạch",
    "raw": "Nhu cầu và nguồn cung nguyên liệu",
    "staff": "Lao động và tiền lương",
    "out": "Kế hoạch sản lượng và công suất",
    "price": "Giá bán dự kiến",
    "inv": "Tổng vốn đầu tư",
    "src": "Nguồn vốn",
    "rev": "Doanh thu dự kiến",
    "cost": "Chi phí sản xuất kinh doanh",
    "sum": "Hiệu quả kinh tế",
    "ocop": "Tự đánh giá theo Bộ tiêu chí OCOP",
    "ind": "Chỉ tiêu, chỉ số mục tiêu",
}


def title(key: str, name: str) -> str:
    return PLANS[key].get("titles", {}).get(name, TITLES[name])


def tables(key: str, M: dict) -> dict[str, tuple[str, str | None, list[str], list[list[str]]]]:
    """name -> (title, unit line or None, header, rows) for every numeric table of a plan."""
    P = PLANS[key]
    u = P["unit"]
    yh = [f"Năm {y}" for y in YEARS]
    T = {}
    T["hist"] = (title(key, "hist"), None, ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in HIST_YEARS], [
        ["1", f"Sản lượng ({u})"] + [fi(x) for x in M["hist_out"]],
        ["2", f"Giá bán bình quân (đồng/{u})"] + [fi(x) for x in M["hist_price"]],
        ["3", "Doanh thu (triệu đồng)"] + [f1(x) for x in M["hist_rev"]],
        ["4", "Lợi nhuận (triệu đồng)"] + [f1(x) for x in M["hist_profit"]],
    ])
    if P.get("prod_ean", True):
        T["prod"] = (title(key, "prod"), None, ["Mã sản phẩm", "Sản phẩm, quy cách", "Mã vạch (GTIN)", "Giá bán (đồng)"],
                     [[p["code"], p.get("short", p["label"]), p["ean"], fi(p["price"][0])] for p in P["products"]])
    else:
        T["prod"] = (title(key, "prod"), None, ["Mã sản phẩm", "Sản phẩm, quy cách", "Giá bán (đồng)"],
                     [[p["code"], p.get("short", p["label"]), fi(p["price"][0])] for p in P["products"]])
    rows = []
    for r in M["raws"]:
        d = r["dec"]
        for lab, v in r["rows"]:
            rows.append([lab] + [fdec(x, d) for x in v])
        rows.append([f"Tổng nguồn cung {r['short']} ({r['unit']})"] + [fdec(x, d) for x in r["supply"]])
        norm = fnorm(r["norm"])
        rows.append([f"Nhu cầu {r['short']} ({norm} {r['unit']}/{u})"] + [fdec(x, d) for x in r["need"]])
        if r["balance"]:
            rows.append([f"Còn dư {r['short']} ({r['unit']})"] + [fdec(x, d) for x in r["spare"]])
    T["raw"] = (title(key, "raw"), None, ["Nội dung"] + yh, rows)
    rows = [[role] + [fi(n[y]) for y in Y] for role, n in M["roles"]]
    rows.append(["Tổng số lao động (người)"] + [fi(x) for x in M["staff"]])
    rows.append(["Lương bình quân (triệu đồng/người/tháng)"] + [f1(x) for x in M["wage"]])
    rows.append(["Quỹ lương (triệu đồng/năm)"] + [f1(x) for x in M["wagefund"]])
    T["staff"] = (title(key, "staff"), None, ["Vị trí"] + yh, rows)
    rows = [[f"{p['label']} ({p['pack']})"] + [fi(x) for x in p["packs"]] for p in P["products"]]
    rows.append([f"Sản lượng quy đổi ({u})"] + [fi(x) for x in M["out"]])
    rows.append([f"Công suất thiết kế ({u}/năm)"] + [fi(x) for x in M["cap"]])
    if P.get("use_row", True):
        rows.append(["Mức sử dụng công suất (%)"] + [fpct(x) for x in M["use"]])
    T["out"] = (title(key, "out"), None, ["Sản phẩm"] + yh, rows)
    if P.get("price_table"):
        T["price"] = (title(key, "price"), "ĐVT: đồng/đơn vị sản phẩm", ["Sản phẩm"] + yh,
                      [[p["label"]] + [fi(x) for x in p["price"]] for p in P["products"]])
    rows = [[str(i + 1), lab, f1(a)] for i, (lab, a, _) in enumerate(M["inv"])]
    rows.append(["", "Tổng cộng", f1(M["inv_total"])])
    T["inv"] = (title(key, "inv"), "ĐVT: triệu đồng", ["TT", "Hạng mục", "Thành tiền"], rows)
    rows = [[str(i + 1), lab, f1(a), fpct(s)] for i, ((lab, a), s) in enumerate(zip(M["src"], M["src_share"]))]
    rows.append(["", "Tổng nguồn vốn", f1(M["src_total"]), "100,0"])
    T["src"] = (title(key, "src"), "ĐVT: triệu đồng", ["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows)
    rows = [[str(i + 1), p["label"]] + [f1(x) for x in M["rev"][i]] for i, p in enumerate(P["products"])]
    rows.append(["", "Tổng doanh thu"] + [f1(x) for x in M["rev_total"]])
    T["rev"] = (title(key, "rev"), "ĐVT: triệu đồng", ["TT", "Sản phẩm"] + yh, rows)
    rows = [[str(i + 1), lab] + [f1(x) for x in v] for i, (lab, v) in enumerate(M["cost_lines"])]
    rows.append(["", "Tổng chi phí"] + [f1(x) for x in M["cost_total"]])
    T["cost"] = (title(key, "cost"), "ĐVT: triệu đồng", ["TT", "Khoản mục"] + yh, rows)
    T["sum"] = (title(key, "sum"), None, ["TT", "Chỉ tiêu"] + yh, [
        ["1", "Doanh thu (triệu đồng)"] + [f1(x) for x in M["rev_total"]],
        ["2", "Tổng chi phí (triệu đồng)"] + [f1(x) for x in M["cost_total"]],
        ["3", "Lợi nhuận trước thuế (triệu đồng)"] + [f1(x) for x in M["profit"]],
        ["4", "Tỷ suất lợi nhuận/doanh thu (%)"] + [fpct(x) for x in M["margin"]],
    ])
    o = P["ocop"]
    sfx = " điểm" if P.get("ocop_diem") else ""
    parts = ["Phần A – Sản phẩm và sức mạnh cộng đồng", "Phần B – Khả năng tiếp thị",
             "Phần C – Chất lượng sản phẩm"]
    rows = [[parts[i], f"{o['max'][i]}{sfx}", f"{o['now'][i]}{sfx}", f"{o['target'][i]}{sfx}"] for i in range(3)]
    rows.append(["Tổng điểm", f"100{sfx}", f"{M['ocop_now_total']}{sfx}", f"{M['ocop_target_total']}{sfx}"])
    rows.append(["Hạng sao tương ứng", "–", f"{M['ocop_now_star']} sao", f"{M['ocop_target_star']} sao"])
    T["ocop"] = (title(key, "ocop"), None,
                 ["Phần tiêu chí", "Điểm tối đa", f"Tự chấm năm {o['now_year']}", f"Mục tiêu năm {o['target_year']}"],
                 rows)
    T["ind"] = (title(key, "ind"), None, ["Chỉ tiêu", "ĐVT"] + yh,
                [[lab, unit] + list(vals) for lab, unit, vals in M["ind"]])
    return T


# --------------------------------------------------------------------------- facts for the prose
def facts(M: dict) -> dict[str, str]:
    """Formatted figures the prose states (the generator wrote them from the same dict)."""
    F = {"inv": fi(M["inv_total"]), "fixed": fi(M["fixed"]), "dep": f1(M["dep"]),
         "avgp": f1(M["avg_profit"]), "payback": f1(M["payback"]), "cap": fi(M["cap"][0]),
         "hist_out2": fi(M["hist_out"][2]), "hist_growth": fpct(M["hist_growth"]),
         "now": str(M["ocop_now_total"]), "target": str(M["ocop_target_total"]),
         "src_total": fi(M["src_total"])}
    for y in Y:
        F[f"out{y}"] = fi(M["out"][y])
        F[f"rev{y}"] = f1(M["rev_total"][y])
        F[f"cost{y}"] = f1(M["cost_total"][y])
        F[f"profit{y}"] = f1(M["profit"][y])
        F[f"staff{y}"] = str(M["staff"][y])
        F[f"use{y}"] = fpct(M["use"][y])
        for i, r in enumerate(M["raws"]):
            F[f"need{i}_{y}"] = fdec(r["need"][y], r["dec"])
            F[f"supply{i}_{y}"] = fdec(r["supply"][y], r["dec"])
            F[f"spare{i}_{y}"] = fdec(r["spare"][y], r["dec"])
    for i, r in enumerate(M["raws"]):
        F[f"norm{i}"] = fnorm(r["norm"])
    return F


# --------------------------------------------------------------------------- per plan: what the text must say
# ready: papers it relies on; stem: the file; prose: snippets formatted with facts() of the printed
# model; absent: patterns that must not occur (textual defects); present: strings that must occur;
# breaks: relations of the printed figures planted to fail (> 5 %); diff: table rows allowed to differ
# from the true model (planted cells and their knock-on)
CHECKS: dict[str, dict] = {}


def _stem(key: str) -> str:
    found = sorted(p.stem for p in (HERE / "src").glob(f"{key}_*.md"))
    if len(found) != 1:
        raise SystemExit(f"{key}: {len(found)} sources")
    return found[0]


def parse_tables(body: str) -> dict[str, list[list[str]]]:
    """caption title -> rows (header first, separator dropped) of the table following it."""
    out: dict[str, list[list[str]]] = {}
    lines = body.splitlines()
    for i, line in enumerate(lines):
        m = re.match(r"^Bảng \d+\. (.+)$", line.strip())
        if not m:
            continue
        rows, j = [], i + 1
        while j < len(lines) and not lines[j].strip().startswith("|"):
            if lines[j].strip() and not lines[j].startswith("ĐVT"):
                break
            j += 1
        while j < len(lines) and lines[j].strip().startswith("|"):
            cells = [c.strip() for c in lines[j].strip().strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                rows.append(cells)
            j += 1
        out[m.group(1).strip()] = rows
    return out


def num(cell: str) -> float:
    return vn(cell.replace(" sao", "").replace(" điểm", ""))


def relate(p: Plan, what: str, printed: float, want: float, breaks: set, rid: tuple, ineq: bool = False) -> None:
    """printed must equal want within 1 % (or, with ineq, be at most want), unless rid is planted:
    then it must be off by more than 5 % (beyond want for ineq)."""
    if rid in breaks:
        bad = printed > want * 1.05 if ineq else off(printed, want)
        p.check(bad, f"{what}: planted defect not wrong enough ({printed} vs {want})")
        p.planted_seen.add(rid)
    else:
        good = printed <= want * 1.001 if ineq else (close(printed, want) or abs(printed - want) <= 0.11)
        p.check(good, f"{what}: {printed} vs {want}")


def check_full(key: str, p: Plan) -> None:
    P, C = PLANS[key], CHECKS[key]
    Mt, Mp = model(key), model(key, printed=True)
    Tt, Tp = tables(key, Mt), tables(key, Mp)
    md = parse_tables(p.body)
    breaks = set(C.get("breaks", ()))
    p.planted_seen = set()
    # 1. every table cell as the printed model gives it; differences from the true model declared
    for name, (ttl, unit, header, rows) in Tp.items():
        got = md.get(ttl)
        if got is None:
            p.failures.append(f"table missing: {ttl}")
            continue
        p.check(got[0] == header, f"{ttl}: header {got[0]}")
        p.check(len(got) - 1 == len(rows), f"{ttl}: {len(got) - 1} rows, want {len(rows)}")
        for r_md, r_p, r_t in zip(got[1:], rows, Tt[name][3]):
            p.check(r_md == r_p, f"{ttl}: row {r_md} != {r_p}")
            for c, (cp, ct) in enumerate(zip(r_p, r_t)):
                if cp == ct:
                    continue
                lab = r_p[1] if r_p[0].isdigit() or r_p[0] == "" else r_p[0]
                p.check((name, lab) in C.get("diff", {}), f"{ttl}: undeclared difference in {lab!r}: {cp} vs {ct}")
                if C.get("diff", {}).get((name, lab)) == "planted":
                    p.check(off(num(cp), num(ct)), f"{ttl}: planted {lab!r} {cp} not > 5 % from {ct}")
    # 2. relations recomputed from the printed figures alone
    def rows_of(name):
        return {(r[1] if len(r) > 1 and (r[0].isdigit() or r[0] == "") else r[0]): r for r in md.get(title(key, name), [])[1:]}

    prods = P["products"]
    out = rows_of("out")
    packs = [[num(x) for x in out[f"{pr['label']} ({pr['pack']})"][-3:]] for pr in prods]
    if P.get("price_table"):
        pt = rows_of("price")
        price = [[num(x) for x in pt[pr["label"]][-3:]] for pr in prods]
    else:
        pd = {r[0]: r for r in md[title(key, "prod")][1:]}
        price = [[num(pd[pr["code"]][-1])] * 3 for pr in prods]
    rv = rows_of("rev")
    for i, pr in enumerate(prods):
        for y in Y:
            relate(p, f"revenue {pr['label']} {YEARS[y]}", num(rv[pr["label"]][2 + y]),
                   packs[i][y] * price[i][y] / 1e6, breaks, ("rev_line", i, y))
    u = P["unit"]
    conv = [sum(packs[i][y] * pr["size"] for i, pr in enumerate(prods)) for y in Y]
    o_out = [num(x) for x in out[f"Sản lượng quy đổi ({u})"][-3:]]
    o_cap = [num(x) for x in out[f"Công suất thiết kế ({u}/năm)"][-3:]]
    for y in Y:
        relate(p, f"output {YEARS[y]} = Σ packs × size", o_out[y], conv[y], breaks, ("conv", y))
        relate(p, f"output {YEARS[y]} within capacity", o_out[y], o_cap[y], breaks, ("capacity", y), ineq=True)
        if P.get("use_row", True):
            relate(p, f"use {YEARS[y]}", num(out["Mức sử dụng công suất (%)"][1 + y]),
                   o_out[y] / o_cap[y] * 100, breaks, ("use", y))
    tot = [num(x) for x in rv["Tổng doanh thu"][-3:]]
    for y in Y:
        relate(p, f"revenue total {YEARS[y]}", tot[y], sum(num(rv[pr["label"]][2 + y]) for pr in prods),
               breaks, ("rev_total", y))
    ct = rows_of("cost")
    lines = [r for lab, r in ct.items() if lab != "Tổng chi phí"]
    ctot = [num(x) for x in ct["Tổng chi phí"][-3:]]
    for y in Y:
        relate(p, f"cost total {YEARS[y]}", ctot[y], sum(num(r[2 + y]) for r in lines), breaks, ("cost_total", y))
    sm = rows_of("sum")
    s_rev = [num(x) for x in sm["Doanh thu (triệu đồng)"][-3:]]
    s_cost = [num(x) for x in sm["Tổng chi phí (triệu đồng)"][-3:]]
    s_prof = [num(x) for x in sm["Lợi nhuận trước thuế (triệu đồng)"][-3:]]
    s_marg = [num(x) for x in sm["Tỷ suất lợi nhuận/doanh thu (%)"][-3:]]
    for y in Y:
        relate(p, f"summary revenue {YEARS[y]}", s_rev[y], tot[y], breaks, ("sum_rev", y))
        relate(p, f"summary cost {YEARS[y]}", s_cost[y], ctot[y], breaks, ("sum_cost", y))
        relate(p, f"profit {YEARS[y]} = revenue − cost", s_prof[y], s_rev[y] - s_cost[y], breaks, ("profit", y))
        relate(p, f"margin {YEARS[y]}", s_marg[y], s_prof[y] / s_rev[y] * 100, breaks, ("margin", y))
        p.check(0 < Mt["margin"][y] < 60, f"true margin {YEARS[y]} {Mt['margin'][y]:.1f} %")
    # wages, staff
    st = rows_of("staff")
    staff = [num(x) for x in st["Tổng số lao động (người)"][-3:]]
    wage = [num(x) for x in st["Lương bình quân (triệu đồng/người/tháng)"][-3:]]
    fund = [num(x) for x in st["Quỹ lương (triệu đồng/năm)"][-3:]]
    for y in Y:
        relate(p, f"staff {YEARS[y]}", staff[y], sum(num(st[r][1 + y]) for r, _ in P["roles"]), breaks, ("staff", y))
        relate(p, f"wage fund {YEARS[y]}", fund[y], staff[y] * wage[y] * 12, breaks, ("wagefund", y))
    # investment and sources
    iv = rows_of("inv")
    inv_tot = num(iv["Tổng cộng"][-1])
    relate(p, "investment total", inv_tot, sum(num(iv[lab][-1]) for lab, _, _ in P["inv"]), breaks, ("inv_total",))
    sv = rows_of("src")
    src_tot = num(sv["Tổng nguồn vốn"][2])
    relate(p, "sources total", src_tot, sum(num(sv[lab][2]) for lab, _ in P["src"]), breaks, ("src_total",))
    for lab, _ in P["src"]:
        relate(p, f"share {lab}", num(sv[lab][3]), num(sv[lab][2]) / src_tot * 100, breaks, ("share", lab))
    relate(p, "sources = investment", src_tot, inv_tot, breaks, ("capital",))
    # payback as the text states it
    F = facts(Mp)
    dep = Mp["dep"]
    pb = re.search(r"hoàn vốn.{0,160}?(\d+,\d) năm", p.body, re.S)
    if pb:
        relate(p, "payback", vn(pb.group(1)), inv_tot / (sum(s_prof) / 3 + dep), breaks, ("payback",))
        p.check(pb.group(1) == F["payback"], f"payback printed {pb.group(1)} vs model {F['payback']}")
    else:
        p.failures.append("payback sentence not found")
    # raw materials
    rw = rows_of("raw")
    for i, r in enumerate(Mp["raws"]):
        d = r["dec"]
        sup = [num(x) for x in rw[f"Tổng nguồn cung {r['short']} ({r['unit']})"][-3:]]
        need = [num(x) for x in rw[f"Nhu cầu {r['short']} ({fnorm(r['norm'])} {r['unit']}/{u})"][-3:]]
        for y in Y:
            relate(p, f"{r['short']} supply {YEARS[y]}", sup[y], sum(num(rw[lab][1 + y]) for lab, _ in r["rows"]),
                   breaks, ("supply", i, y))
            relate(p, f"{r['short']} need {YEARS[y]}", need[y], o_out[y] * r["norm"], breaks, ("need", i, y))
            relate(p, f"{r['short']} need within supply {YEARS[y]}", need[y], sup[y], breaks, ("material", i, y),
                   ineq=True)
            if r["balance"]:
                relate(p, f"{r['short']} spare {YEARS[y]}",
                       num(rw[f"Còn dư {r['short']} ({r['unit']})"][1 + y]), sup[y] - need[y], breaks,
                       ("spare", i, y))
    # history and growth
    hs = rows_of("hist")
    h_out = [num(x) for x in hs[f"Sản lượng ({u})"][-3:]]
    h_pr = [num(x) for x in hs[f"Giá bán bình quân (đồng/{u})"][-3:]]
    h_rev = [num(x) for x in hs["Doanh thu (triệu đồng)"][-3:]]
    for y in Y:
        relate(p, f"history revenue {HIST_YEARS[y]}", h_rev[y], h_out[y] * h_pr[y] / 1e6, breaks, ("hist", y))
    relate(p, "2027 output within +20 % of 2026", o_out[0], h_out[2] * 1.2, breaks, ("growth", 0), ineq=True)
    for y in (1, 2):
        relate(p, f"revenue growth {YEARS[y]} within +35 %", Mt["rev_total"][y], Mt["rev_total"][y - 1] * 1.35,
               breaks, ("growth", y), ineq=True)
    # OCOP self-assessment: parts within their maxima, adding up, star band
    oc = {r[0]: r for r in md[title(key, "ocop")][1:]}
    parts = [r for lab, r in oc.items() if lab.startswith("Phần")]
    p.check(len(parts) == 3, "ocop: three parts")
    mx = [num(r[1]) for r in parts]
    p.check(sum(mx) == 100 and tuple(int(x) for x in mx) == P["ocop"]["max"], f"ocop maxima {mx}")
    for c in (2, 3):
        sc = [num(r[c]) for r in parts]
        total = num(oc["Tổng điểm"][c])
        p.check(all(s <= m for s, m in zip(sc, mx)), f"ocop: a part above its maximum {sc}")
        p.check(sum(sc) == total, f"ocop: parts {sc} do not add up to {total}")
        p.check(oc["Hạng sao tương ứng"][c] == f"{star(int(total))} sao", f"ocop: star band of {total}")
    # prose figures
    for snip in C.get("prose", ()):
        s = snip.format(**F)
        p.check(s in p.body, f"prose figure not found: {s!r}")
    # barcodes, phones, codes
    for code in re.findall(r"\b893\d{10}\b", p.body):
        p.check(ean_ok(code), f"bad EAN-13 check digit {code}")
    if P.get("prod_ean", True):
        p.check(all(ean_ok(pr["ean"]) for pr in prods), "product barcodes")
    p.check(bool(re.search(r"\b0\d{3} \d{3} \d{3}\b", p.body)), "no phone number")
    if "payback" in P.get("plant", {}):
        p.check(off(P["plant"]["payback"], Mt["payback_exact"]),
                f"planted payback {P['plant']['payback']} not > 5 % from the true {Mt['payback_exact']:.2f}")
    if "prose_price" in C:
        said, table = C["prose_price"]
        p.check(table == P["products"][0]["price"][0] and off(said, table), "prose price vs table")
    # every planted relation really seen
    for rid in breaks:
        p.check(rid in p.planted_seen, f"planted relation {rid} not checked")


def check_text(key: str, p: Plan) -> None:
    C = CHECKS[key]
    for pat in C.get("absent", ()):
        p.lacks(pat, "must not occur")
    p.has(*C.get("present", ()))
    for s, n in C.get("count", ()):
        p.check(p.count(s) >= n, f"{s!r} {p.count(s)} times, want {n}+")
    p.lacks(PLACEHOLDER, "template placeholder") if "boilerplate" not in C.get("rules", ()) else \
        p.check(bool(re.search(PLACEHOLDER, p.body)), "planted placeholder missing")
    if C.get("ready"):
        p.lacks(REPLACED, "outdated instrument in a ready plan")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        for y in re.findall(r"[Đđ]ến \d{1,2}/\d{1,2}/(\d{4})", p.body):
            p.check(int(y) >= 2029, f"a paper valid only to {y}")


def check_sketchy(key: str, p: Plan) -> None:
    C = CHECKS[key]
    words = len(p.body.split())
    p.check(150 <= words <= 350, f"{words} words")
    p.check(not p.rows, "a table in a sketchy plan")
    for snip in C.get("prose", ()):
        p.check(snip in p.body, f"figure not found: {snip!r}")
    if "product" in C:
        p.check(close(*C["product"]), f"sketchy figures do not multiply: {C['product']}")
    for m in re.findall(r"(\d+) điểm", p.body):
        p.check(star(int(m)) == 3 or "3 sao" not in p.body, f"self-score {m} vs 3 sao")


def main(argv: list[str] | None = None) -> int:
    keys = list(argv or []) or sorted(CHECKS)
    plans = []
    for key in keys:
        p = Plan(_stem(key))
        if CHECKS[key].get("sketchy"):
            check_sketchy(key, p)
        else:
            check_full(key, p)
        check_text(key, p)
        rules = set(CHECKS[key].get("rules", ()))
        got = set(yaml.safe_load(p.text.split("---", 2)[1])["expected"]["rules"])
        p.check(got == rules, f"front matter rules {sorted(got)} vs {sorted(rules)}")
        plans.append(p)
    return plancheck.report(plans)



CHECKS["hc01"] = dict(
    ready=True, rules=[],
    prose=["từ {hist_out2} kg năm 2026 lên {out0} kg năm 2027 và {out2} kg năm 2029",
           "doanh thu năm 2027 đạt {rev0} triệu đồng", "tự chấm {now}/100 điểm", "nâng lên {target} điểm",
           "khoảng {hist_growth} %/năm", "Định mức {norm0} kg", "nhu cầu {need0_2} kg, nguồn cung {supply0_2} kg, "
           "còn dư {spare0_2} kg", "tức {cap} kg/năm", "Tổng vốn đầu tư {inv} triệu đồng",
           "tài sản cố định {fixed} triệu", "Lợi nhuận bình quân {avgp} triệu", "({avgp} + {dep}) ≈ {payback} năm",
           "tổng {target} điểm"],
    present=["43/2017/NĐ-CP", "111/2021/NĐ-CP", "TCCS 01:2026/HĐ", "tự công bố", "thử nghiệm", "nhãn hiệu",
             "truy xuất", "đủ điều kiện an toàn thực phẩm", "lưu 2 mẫu", "3002317645", "0915 362 418"],
)

CHECKS["hc02"] = dict(
    ready=True, rules=[],
    prose=["Sản lượng trà quy đổi năm 2027 đạt {out0} kg, năm 2029 đạt {out2} kg",
           "doanh thu năm 2027 {rev0} triệu đồng, năm 2029 {rev2} triệu đồng", "tự chấm hiện nay {now} điểm",
           "đạt {target} điểm", "tăng {hist_growth} %/năm", "Định mức {norm0} kg", "còn dư {spare0_2} kg",
           "tức {cap} kg/năm", "từ {use0} % lên {use2} %", "Tổng nhu cầu vốn {inv} triệu đồng, nguồn vốn huy động "
           "đủ {src_total} triệu đồng", "({avgp} + {dep}) ≈ {payback} năm", "tổng {now} điểm", "= {target} điểm"],
    present=["43/2017/NĐ-CP", "111/2021/NĐ-CP", "TCCS 01:2025/DLHL", "tự công bố", "thử nghiệm", "nhãn hiệu",
             "truy xuất", "không ghi công dụng chữa bệnh", "đủ điều kiện an toàn thực phẩm", "3001984362",
             "0983 457 120"],
)
CHECKS["hc03"] = dict(
    ready=True, rules=[],
    prose=["sản xuất {out0} chiếc", "đạt {out2} chiếc", "khoảng {rev0} triệu đồng", "khoảng {norm0} kg lá",
           "tổng {cap} chiếc/năm", "sử dụng {use2} %", "Tổng vốn {inv} triệu đồng", "Lợi nhuận bình quân {avgp} triệu",
           "khấu hao {dep} triệu", "khoảng {payback} năm", "Tổng {now} điểm", "đạt {target} điểm"],
    present=["không phải thực phẩm", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "TCCS 01:2026/NLHT", "nhãn hiệu",
             "05/GCN-THT", "3002456781", "0968 214 537", "không xông lưu huỳnh"],
)
CHECKS["hc04"] = dict(
    ready=True, rules=[],
    prose=["năm 2027 đạt {out0} kg, năm 2028 {out1} kg, năm 2029 {out2} kg", "năm 2027 {rev0} triệu đồng",
           "tự chấm {now} điểm", "Định mức {norm0} kg cá, mực tươi và {norm1} kg", "công suất đạt {cap} kg/năm",
           "Công suất sử dụng {use0} % năm 2027 và {use2} % năm 2029", "Tổng vốn {inv} triệu đồng",
           "({avgp} + {dep}) ≈ {payback} năm", "= {now};", "= {target} điểm"],
    present=["43/2017/NĐ-CP", "111/2021/NĐ-CP", "đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/HL", "tự công bố",
             "thử nghiệm", "đăng ký môi trường", "bể tách mỡ", "28A8004162", "0936 581 204"],
)
CHECKS["hc05"] = dict(
    rules=["no-alcohol-license", "revenue-mismatch", "material-shortfall"],
    breaks=[("rev_line", 0, 0), ("material", 1, 0), ("material", 1, 1), ("material", 1, 2)],
    diff={("rev", "Rượu nếp sim 29 độ, chai 500 ml"): "planted", ("rev", "Tổng doanh thu"): "knock",
          ("sum", "Doanh thu (triệu đồng)"): "knock", ("sum", "Lợi nhuận trước thuế (triệu đồng)"): "knock",
          ("sum", "Tỷ suất lợi nhuận/doanh thu (%)"): "knock"},
    prose=["năm 2027 đạt {out0} lít, năm 2029 đạt {out2} lít",
           "Doanh thu năm 2027 đạt {rev0} triệu đồng; lợi nhuận năm 2027 đạt {profit0} triệu đồng",
           "tự chấm {now} điểm", "bình quân {hist_growth} %/năm", "Định mức {norm0} kg gạo nếp và {norm1} kg quả sim",
           "công suất {cap} lít/năm", "Tổng vốn {inv} triệu đồng", "({avgp} + {dep}) ≈ {payback} năm",
           "đạt {target} điểm"],
    absent=[r"giấy phép", r"cấp phép", r"(?<!\w)phép(?!\w)", r"105/2017", r"17/2020", r"rượu thủ công nhằm",
            r"Còn dư quả sim"],
    present=["đủ điều kiện an toàn thực phẩm", "TCCS 01:2025/RST", "QCVN 6-3:2010/BYT", "nhãn hiệu",
             "Không uống rượu, bia khi tham gia giao thông", "đăng ký môi trường", "bảo đảm đủ nguyên liệu",
             "43/2017/NĐ-CP"],
)
CHECKS["hc06"] = dict(
    rules=["no-environment-measures", "table-total-mismatch", "payback-mismatch"],
    breaks=[("cost_total", 1), ("payback",)],
    diff={("cost", "Tổng chi phí"): "planted", ("sum", "Tổng chi phí (triệu đồng)"): "knock",
          ("sum", "Lợi nhuận trước thuế (triệu đồng)"): "knock", ("sum", "Tỷ suất lợi nhuận/doanh thu (%)"): "knock"},
    prose=["năm 2027 đạt {out0} lít, năm 2029 đạt {out2} lít", "thu năm 2027 đạt {rev0} triệu đồng",
           "tự chấm {now} điểm", "phấn đấu {target} điểm", "bình quân {hist_growth} %/năm",
           "cần {norm0} kg cá cơm và {norm1} kg muối", "tổng {cap} lít/năm", "Tổng vốn {inv} triệu đồng",
           "hoàn vốn khoảng {payback} năm", "Khấu hao {dep} triệu"],
    absent=[r"môi trường", r"chất thải", r"nước thải", r"(?<!\w)mùi(?!\w)", r"xử lý", r"bể lắng", r"biogas",
            r"(?<!\w)rác(?!\w)", r"ô nhiễm", r"vệ sinh"],
    present=["đủ điều kiện an toàn thực phẩm", "TCCS 01:2024/CN", "43/2017/NĐ-CP", "Nhãn hiệu", "64 thùng chượp"],
)
CHECKS["hc07"] = dict(
    rules=["capital-mismatch", "no-product-standard", "name-inconsistent"],
    breaks=[("capital",)],
    prose=["năm 2027 đạt {out0} kg", "năm 2029 đạt {out2} kg", "2027 đạt {rev0} triệu đồng", "tự chấm {now}/100 điểm",
           "Định mức {norm0} kg", "tức {cap} kg/năm", "Tổng vốn đầu tư {inv} triệu đồng",
           "({avgp} + {dep}) ≈ {payback} năm", "= {now}, hạng 3 sao", "là {target} điểm"],
    absent=[r"tiêu chuẩn", r"TCCS", r"công bố", r"kiểm nghiệm", r"thử nghiệm", r"QCVN", r"TCVN", r"chuẩn"],
    present=["đủ điều kiện an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "mã QR", "bảo đảm đủ vốn"],
    count=[("Tổ hợp tác Thảo dược Sơn Hồng", 4), ("Tổ hợp tác Thảo dược Hương Lâm", 3)],
)
CHECKS["hc08"] = dict(
    rules=["profit-mismatch", "no-food-safety", "outdated-policy"],
    breaks=[("profit", 0)],
    diff={("sum", "Lợi nhuận trước thuế (triệu đồng)"): "planted", ("sum", "Tỷ suất lợi nhuận/doanh thu (%)"): "knock"},
    prose=["năm 2027 đạt {out0} kg, năm 2029 đạt {out2} kg", "năm 2027 {rev0} triệu đồng, lợi nhuận {profit0} triệu",
           "khoảng {norm0} kg tôm", "công suất {cap} kg/năm", "Tổng vốn đầu tư {inv} triệu đồng",
           "({avgp} + {dep}) ≈ {payback} năm", "Tổng {now} điểm", "phấn đấu {target} điểm"],
    absent=[r"an toàn thực phẩm", r"ATTP", r"đủ điều kiện", r"15/2018", r"vệ sinh", r"cam kết", r"148/QĐ-TTg",
            r"1489"],
    present=["1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện Thạch Hà",
             "TCCS 01:2026/HY", "tự công bố", "thử nghiệm", "nhãn hiệu", "43/2017/NĐ-CP", "đăng ký môi trường"],
)
CHECKS["hc09"] = dict(
    rules=["capacity-exceeded", "no-trademark", "boilerplate"],
    breaks=[("capacity", 1), ("capacity", 2)],
    prose=["năm 2027 đạt {out0} sản phẩm, năm 2028 {out1} sản phẩm, năm 2029 {out2} sản phẩm", "đạt {rev0} triệu đồng",
           "tự chấm {now} điểm", "Định mức bình quân {norm0} m³", "công suất {cap} sản phẩm/năm",
           "Tổng vốn {inv} triệu đồng", "({avgp} + {dep}) ≈ {payback} năm", "Tổng {now} điểm", "phấn đấu {target} điểm"],
    absent=[r"nhãn hiệu", r"thương hiệu", r"sở hữu trí tuệ", r"logo", r"bảo hộ", r"chỉ dẫn địa lý"],
    present=["[tên sản phẩm]", "[nêu tên đối tác]", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "đăng ký môi trường",
             "đủ đáp ứng kế hoạch", "không đầu tư thêm máy khắc", "Số thợ giữ nguyên"],
)
CHECKS["hc10"] = dict(
    rules=["unrealistic-growth", "figure-inconsistent", "no-label-plan"],
    breaks=[("growth", 1), ("growth", 2)],
    prose=["năm 2027 đạt {out0} kg, năm 2028 đạt {out1} kg và năm 2029 đạt {out2} kg",
           "tương ứng {rev0}, {rev1} và {rev2} triệu đồng", "{target} điểm (4 sao)", "bình quân {hist_growth} %/năm",
           "Cần {norm0} kg búp tươi", "công suất {cap} kg/năm", "Tổng vốn {inv} triệu đồng",
           "({avgp} + {dep}) ≈ {payback} năm", "= {now} điểm"],
    absent=[r"(?<!\w)nhãn(?! hiệu)", r"43/2017", r"111/2021", r"(?<!\w)tem(?!\w)", r"mã vạch", r"GTIN", r"barcode"],
    present=["đủ điều kiện an toàn thực phẩm", "TCCS 01:2026/ĐL", "tự công bố", "thử nghiệm", "Nhãn hiệu",
             "giữ nguyên 6 lao động", "còn rất lớn", "giá bán 76.000 đồng/túi"],
    prose_price=(76000, 64000),
)
CHECKS["hc11"] = dict(
    sketchy=True, rules=[],
    prose=["800 kg", "120.000 đồng/kg", "96 triệu đồng", "50 triệu đồng", "chưa đăng ký kinh doanh"],
    product=(800 * 120000, 96e6),
    absent=[r"an toàn thực phẩm", r"ATTP", r"tiêu chuẩn", r"công bố", r"nhãn hiệu", r"mã vạch", r"môi trường",
            r"nguyên liệu", r"quy trình"],
)
CHECKS["hc12"] = dict(
    sketchy=True, rules=[],
    prose=["30.000 chiếc", "5.000 đồng/chiếc", "150 triệu đồng", "60 triệu đồng", "52 điểm", "3 sao"],
    product=(30000 * 5000, 150e6),
    absent=[r"an toàn thực phẩm", r"ATTP", r"tiêu chuẩn", r"công bố", r"nhãn hiệu", r"mã vạch", r"môi trường",
            r"nguyên liệu", r"quy trình"],
)


# ---- end of checks ----

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
