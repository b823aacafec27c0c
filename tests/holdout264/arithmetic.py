"""The 264th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout264/arithmetic.py [je01 je05 ...]

Theme: growers who take several harvests a year from one plot, or rotate and intercrop on it (two
rice crops, shrimp then rice on one pond-field, lemongrass or cà gai leo between young fruit trees,
mushrooms in batches, sedge cut twice a year, tea picked in flushes, honey taken in several flows).
Their output is reckoned as area x yield x harvests (vụ, lứa, đợt), and their raw material comes
from more than one crop on one plot.

For every full plan (je01-je10) the constants give: the crops (area per year, yield per harvest
in the plan's own unit - tạ/ha, tấn/ha, kg/sào, tấn/1.000 m², kg/đàn, kg/bịch -, the number of
harvests a year), the raw materials (own harvest x conversion x share kept for processing, plus
contract rows count x yield, and the need as packs x norm), the products (pack size, price, packs
a year), the limiting equipment (rating x days), the staff and wages, the investment items and
sources, the loan and rate, and each cost line with its basis. `model()` turns them into every
figure the plan's numeric tables print (the throw-away generator that wrote the sources imported
it), `tables()` renders those tables, and `check()` then:

* asserts that every rendered table line is in the plan's source verbatim (every cell computed);
* reads the printed numbers back from the source (tables found by their caption "Bảng N.") and
  recomputes every relation between them - crop output = area x yield x harvests, raw supply and
  need and balance, output = sum of packs x size, capacity use, staff and wage fund, investment
  and sources and their shares, revenue = packs x price, each cost line from its basis, totals,
  profit, margin, the payback stated in the text = investment / (average profit + depreciation),
  the history table: a planted relation must be off by more than 5 %, all others right within 1 %;
* compares every planted printed value with the true value computed beside it (> 5 % off);
* asserts the textual defects through the absence or presence of their words, no outdated
  instrument in the ready plans, no template placeholder outside the planted one, and the
  sketchy plans' length and the absence of tables.
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
HIST = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")


class Plan(plancheck.Plan):
    src = HERE / "src"


# --------------------------------------------------------------------------- constants
# crop: key, name (as the table prints it), area per year, area unit, yield per harvest, yield
#   unit, kg per (yield unit x area unit), n = harvests a year (None: one, the row says so in its
#   name), output unit ("tấn" or "kg") and its decimals, cost = triệu đồng per area unit per harvest
# raw: key, name, unit, own rows (label, crop keys, conversion, share kept), contract rows
#   (label, counts per year, count word, kg per count), norm text, balance row printed or not
# product: (label, pack word, size in base unit, price đ, packs per year, {raw: kg per pack})
# cost lines: ("buy", label, raw, đ/kg, basis) = need x price; ("grow", label, crops, triệu per
#   area unit per harvest, basis); ("pack", label, [đ per pack], basis); ("unit", label, đ per base
#   unit, basis); ("share", label, share of revenue, basis); ("wage",); ("dep",); ("int",);
#   ("fixed", label, triệu, basis)
PLANS: dict[str, dict] = {
    "je01": dict(
        unit="kg", out_label="Quy ra gạo thành phẩm", yh="Năm {}",
        hist=dict(out=[150000, 168000, 185000], price=[26500, 27000, 27500], margin=[0.10, 0.11, 0.115]),
        crops=[dict(key="dx", name="lúa thơm vụ Đông Xuân", area=[30, 32, 35], au="ha", yld=62, yu="tạ/ha",
                    kg=100, ou="tấn", od=1),
               dict(key="ht", name="lúa thơm vụ Hè Thu", area=[30, 32, 35], au="ha", yld=52, yu="tạ/ha",
                    kg=100, ou="tấn", od=1)],
        raws=[dict(key="thoc", name="Thóc lúa thơm", unit="kg",
                   own=[("Thóc 2 vụ của cánh đồng liên kết (thu mua 90 %)", ["dx", "ht"], 1.0, 0.9)],
                   contract=[("Hộ ngoài hợp tác xã thôn Đồng Cả (hợp đồng)", [10, 10, 10], "hộ", 5000)],
                   norm="1,55 kg thóc/kg gạo", bal=True)],
        products=[("Gạo thơm Phú Thịnh, túi 5 kg", "túi", 5, 140000, [26000, 28000, 30500], {"thoc": 7.75}),
                  ("Gạo thơm Phú Thịnh, túi 2 kg", "túi", 2, 60000, [18000, 19500, 21000], {"thoc": 3.1}),
                  ("Gạo thơm, bao 25 kg cho bếp ăn", "bao", 25, 625000, [1600, 1700, 1850], {"thoc": 38.75})],
        cap=dict(label="Công suất dây chuyền (1.000 kg/ngày × 300 ngày)", a=1000, b=300, basis="output"),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Sấy, xay xát, đóng gói", [5, 5, 6]),
               ("Kho, vận chuyển", [2, 2, 2]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.0, 6.3],
        inv=[("Máy xay xát, đánh bóng gạo", 650, True), ("Máy tách màu hạt", 420, True),
             ("Máy đóng túi hút chân không", 180, True), ("Mở rộng kho thóc 200 m²", 450, True),
             ("Máy sấy thóc 10 tấn/mẻ", 380, True), ("Bao bì, mã vạch, tem truy xuất", 60, False),
             ("Vốn lưu động", 900, False)],
        src=[("Vốn góp của thành viên", 1340), ("Quỹ đầu tư phát triển của hợp tác xã", 500),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 1200)],
        life=10, loan=[1200, 900, 600], rate=0.08,
        costs=[("buy", "Thóc nguyên liệu", "thoc", 9300, "9.300 đ/kg"),
               ("pack", "Túi, bao, tem nhãn", [3500, 2200, 9000], "theo quy cách"),
               ("unit", "Điện sấy, xay xát", 320, "320 đ/kg gạo"),
               ("wage",), ("dep",), ("int",),
               ("share", "Bán hàng, vận chuyển", 0.05, "5 % doanh thu"),
               ("fixed", "Chi phí khác", 120, "cố định")],
        plant={}),
    "je02": dict(
        short=["Dưa loại 1, hộp quà 3 kg", "Dưa loại 1, thùng 6 kg", "Dưa loại 2, bán theo kg"],
        unit="kg", out_label="Quy ra dưa thương phẩm", yh="Năm {}",
        hist=dict(out=[80000, 88000, 95000], price=[37000, 38000, 39000], margin=[0.14, 0.15, 0.155]),
        crops=[dict(key="xuan", name="dưa lưới vụ Xuân", area=[15, 15, 18], au="nghìn m²", yld=3.0,
                    yu="tấn/1.000 m²", kg=1000, ou="kg", od=0),
               dict(key="he", name="dưa lưới vụ Hè", area=[15, 15, 18], au="nghìn m²", yld=2.2,
                    yu="tấn/1.000 m²", kg=1000, ou="kg", od=0),
               dict(key="thu", name="dưa lưới vụ Thu Đông", area=[15, 15, 18], au="nghìn m²", yld=2.6,
                    yu="tấn/1.000 m²", kg=1000, ou="kg", od=0)],
        raws=[dict(key="dua", name="Dưa lưới thu hoạch", unit="kg",
                   own=[("Dưa 3 vụ của 15.000 m² nhà màng công ty (2029: 18.000 m²)",
                         ["xuan", "he", "thu"], 1.0, 1.0)],
                   contract=[("Hộ liên kết thôn Bàu Am, 2 vụ/năm", [4, 4, 4], "hộ", 3000)],
                   norm="1,12 kg dưa thu hoạch/kg thương phẩm", bal=True)],
        products=[("Dưa lưới loại 1, hộp quà 2 quả (3 kg)", "hộp", 3, 150000, [9000, 9500, 10500], {"dua": 3.36}),
                  ("Dưa lưới loại 1, thùng 4 quả (6 kg)", "thùng", 6, 252000, [8500, 9000, 10000], {"dua": 6.72}),
                  ("Dưa lưới loại 2, bán theo kg", "kg", 1, 25000, [24000, 25000, 28000], {"dua": 1.12})],
        cap=dict(label="Công suất nhà sơ chế (700 kg/ngày × 250 ngày)", a=700, b=250, basis="output"),
        roles=[("Giám đốc, kế toán, kỹ thuật", [3, 3, 3]), ("Chăm sóc nhà màng", [6, 6, 7]),
               ("Sơ chế, đóng gói", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.0],
        inv=[("Nhà màng mới 3.000 m² (năm 2029 đưa vào trồng)", 1050, True),
             ("Hệ thống tưới nhỏ giọt, châm phân tự động", 240, True),
             ("Nhà sơ chế, phòng mát 40 m²", 320, True), ("Máy phân loại theo khối lượng", 150, True),
             ("Hộp, thùng, tem truy xuất", 70, False), ("Vốn lưu động", 470, False)],
        src=[("Vốn chủ sở hữu", 1300), ("Vay Ngân hàng thương mại", 1000)],
        life=8, loan=[1000, 800, 600], rate=0.085,
        costs=[("grow", "Vật tư trồng dưa (3 vụ)", ["xuan", "he", "thu"], 25,
                "25 tr.đ/1.000 m²"),
               ("buyc", "Mua dưa hộ liên kết", "dua", 16000, "16.000 đ/kg"),
               ("pack", "Hộp quà, thùng, tem", [12000, 15000, 0], "theo quy cách"),
               ("unit", "Điện, nước tưới", 1500, "1.500 đ/kg"),
               ("wage",), ("dep",), ("int",),
               ("share", "Bán hàng, vận chuyển", 0.06, "6 % doanh thu"),
               ("fixed", "Chi phí khác", 90, "cố định")],
        net_buy=True, plant={}),
    "je03": dict(
        unit="kg", out_label="Quy ra mật ong thành phẩm", yh="Năm {}",
        hist=dict(out=[1550, 1700, 1880], price=[265000, 272000, 280000], margin=[0.14, 0.15, 0.155]),
        crops=[dict(key="buoi", name="đợt hoa bưởi, hoa cam (tháng 2 – 3)", area=[150, 165, 180], au="đàn",
                    yld=4.0, yu="kg/đàn", kg=1, ou="kg", od=0),
               dict(key="nhan", name="đợt hoa nhãn, hoa vải (tháng 4)", area=[150, 165, 180], au="đàn",
                    yld=3.5, yu="kg/đàn", kg=1, ou="kg", od=0),
               dict(key="keo", name="đợt hoa keo, cỏ lào (tháng 10 – 11)", area=[150, 165, 180], au="đàn",
                    yld=5.0, yu="kg/đàn", kg=1, ou="kg", od=0)],
        raws=[dict(key="mat", name="Mật ong thô", unit="kg",
                   own=[("Mật 3 đợt quay của đàn ong trong vườn", ["buoi", "nhan", "keo"], 1.0, 1.0)],
                   contract=[("Hộ nuôi ong thôn Khe Lim (hợp đồng)", [5, 5, 5], "hộ", 120)],
                   norm="1,06 kg mật thô/kg thành phẩm", bal=True)],
        products=[("Mật ong hoa bưởi, chai 500 g", "chai", 0.5, 160000, [1600, 1750, 1900], {"mat": 0.53}),
                  ("Mật ong hoa nhãn, hũ 1 kg", "hũ", 1, 280000, [650, 700, 780], {"mat": 1.06}),
                  ("Mật ong rừng keo, chai 1 kg", "chai", 1, 240000, [600, 660, 700], {"mat": 1.06})],
        cap=dict(label="Công suất máy hạ thủy phần (20 kg/mẻ × 150 mẻ)", a=20, b=150, basis="output"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
        wage=[5.5, 5.5, 5.8],
        inv=[("Máy hạ thủy phần mật ong 20 kg/mẻ", 150, True), ("Thùng ong và đàn giống bổ sung", 45, True),
             ("Máy quay mật, bồn lắng inox", 60, True), ("Phòng lọc, đóng chai 25 m²", 110, True),
             ("Chai, hũ, nhãn, kiểm nghiệm", 35, False), ("Vốn lưu động", 100, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066,
        costs=[("grow", "Chăm sóc đàn ong", ["buoi"], 0.35, "350.000 đ/đàn"),
               ("buy", "Mua mật hộ liên kết", "mat", 150000, "150.000 đ/kg"),
               ("pack", "Chai, hũ, nhãn, tem", [9000, 14000, 12000], "theo quy cách"),
               ("unit", "Điện, nước", 2500, "2.500 đ/kg"),
               ("wage",), ("dep",), ("int",),
               ("share", "Bán hàng, vận chuyển", 0.05, "5 % doanh thu"),
               ("fixed", "Chi phí khác", 20, "cố định")],
        net_buy=True, plant={}),
    "je04": dict(
        short=["Chiếu dệt máy 1,6 m", "Chiếu đan tay 1,8 m", "Túi cói đan"],
        unit="chiếc", out_label="Tổng số sản phẩm", yh="Năm {}",
        hist=dict(out=[7600, 8300, 9000], price=[158000, 162000, 166000], margin=[0.09, 0.10, 0.105]),
        crops=[dict(key="chiem", name="cói vụ chiêm (cắt tháng 5 – 6)", area=[3, 3, 3.5], au="ha", yld=3.4,
                    yu="tấn khô/ha", kg=1000, ou="kg", od=0),
               dict(key="mua", name="cói vụ mùa (cắt tháng 9 – 10)", area=[3, 3, 3.5], au="ha", yld=2.6,
                    yu="tấn khô/ha", kg=1000, ou="kg", od=0)],
        raws=[dict(key="coi", name="Cói khô", unit="kg",
                   own=[("Cói 2 vụ trên ruộng của tổ viên", ["chiem", "mua"], 1.0, 1.0)],
                   contract=[("Hộ trồng cói thôn Hội Thủy (hợp đồng)", [8, 8, 8], "hộ", 600)],
                   norm="2,4 – 3,0 kg/chiếu; 0,5 kg/túi", bal=True),
              dict(key="day", name="Sợi đay se", unit="kg",
                   own=[],
                   contract=[("Cơ sở se đay Xuân Hội (hợp đồng)", [1, 1, 1], "cơ sở", 1800)],
                   norm="0,2 kg/chiếu", bal=True)],
        products=[("Chiếu cói dệt máy in hoa, khổ 1,6 m", "chiếc", 1, 185000, [5200, 5600, 6000],
                   {"coi": 2.4, "day": 0.2}),
                  ("Chiếu cói đan tay, khổ 1,8 m", "chiếc", 1, 270000, [1800, 1900, 2000],
                   {"coi": 3.0, "day": 0.2}),
                  ("Túi cói đan, cỡ vừa", "chiếc", 1, 85000, [3000, 3300, 3600], {"coi": 0.5, "day": 0.0})],
        cap=dict(label="Công suất 4 máy dệt (4 × 7 chiếc/ngày × 260 ngày)", a=28, b=260, basis=[0]),
        use_label="Mức sử dụng máy dệt (chiếu dệt máy/công suất)",
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Chẻ, nhuộm, phơi cói", [3, 3, 3]),
               ("Dệt máy, đan tay", [9, 9, 10]), ("Hoàn thiện, bán hàng", [2, 2, 2])],
        wage=[5.5, 5.7, 5.9],
        inv=[("Hai máy dệt chiếu bán tự động", 190, True), ("Nhà xưởng dệt và kho 150 m²", 280, True),
             ("Bể nhuộm, bể lắng nước nhuộm", 65, True), ("Lò sấy cói chống mốc", 75, True),
             ("Thiết kế mẫu, thẻ treo, đăng ký nhãn hiệu", 40, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của tổ viên", 550), ("Vay Ngân hàng Chính sách xã hội (hộ tổ viên đứng vay)", 350)],
        life=10, loan=[350, 250, 150], rate=0.066,
        costs=[("grow", "Chăm sóc, cắt cói (2 vụ)", ["chiem", "mua"], 14, "14 tr.đ/ha/vụ"),
               ("buy", "Mua cói hộ liên kết", "coi", 9000, "9.000 đ/kg"),
               ("buy", "Sợi đay se", "day", 35000, "35.000 đ/kg"),
               ("unit", "Màu nhuộm, điện, nước", 6000, "6.000 đ/chiếc"),
               ("pack", "Bao bì, thẻ treo", [5000, 6000, 2000], "theo quy cách"),
               ("wage",), ("dep",), ("int",),
               ("share", "Bán hàng, hội chợ", 0.05, "5 % doanh thu"),
               ("fixed", "Chi phí khác", 40, "cố định")],
        net_buy={"coi": True, "day": False}, plant={}),
    "je05": dict(
        short=["Chai 500 ml, 30 độ", "Bình sứ 1,5 lít, 30 độ", "Can 5 lít, 35 độ"],
        unit="lít", out_label="Quy ra lít rượu", yh="Năm {}",
        hist=dict(out=[15000, 16500, 18000], price=[118000, 122000, 126000], margin=[0.12, 0.125, 0.13]),
        crops=[dict(key="nep", name="nếp cái vụ Đông Xuân", area=[100, 100, 100], au="sào", yld=330,
                    yu="kg/sào", kg=1, ou="kg", od=0),
               dict(key="te", name="lúa tẻ vụ Hè Thu (không dùng nấu rượu)", area=[100, 100, 100], au="sào",
                    yld=260, yu="kg/sào", kg=1, ou="kg", od=0)],
        raws=[dict(key="nep", name="Gạo nếp cái", unit="kg",
                   own=[("Gạo nếp từ thóc vụ Đông Xuân (xay 65 %, để lại 20 %)", ["nep"], 0.65, 0.8)],
                   contract=[("Hộ trồng nếp thôn Tân Phong (hợp đồng)", [20, 20, 20], "hộ", 500)],
                   norm="1,25 kg gạo nếp/lít", bal=False)],
        products=[("Rượu nếp cái 30 độ, chai 500 ml", "chai", 0.5, 60000, [26000, 31000, 34000], {"nep": 0.625}),
                  ("Rượu nếp cái 30 độ, bình sứ 1,5 lít", "bình", 1.5, 200000, [2400, 2800, 3200],
                   {"nep": 1.875}),
                  ("Rượu nếp cái 35 độ, can 5 lít", "can", 5, 420000, [700, 800, 900], {"nep": 6.25})],
        cap=dict(label="Công suất 3 nồi chưng cất (3 × 45 lít/ngày × 260 ngày)", a=135, b=260, basis="output"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 5]),
               ("Lọc, chiết chai, kho", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.8, 6.0, 6.2],
        inv=[("Nồi chưng cất inox cách thủy thứ ba", 120, True),
             ("Máy lọc, khử andehit, hệ thống chiết rót", 280, True),
             ("Kho ủ, hạ thổ rượu 80 m²", 260, True), ("Chum sành, bình sứ ủ rượu", 90, True),
             ("Hầm biogas, bể chứa bỗng rượu", 110, True), ("Bao bì, nhãn, tem truy xuất", 60, False),
             ("Vốn lưu động", 380, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 550, 400], rate=0.08,
        costs=[("buy", "Gạo nếp cái", "nep", 19000, "19.000 đ/kg"),
               ("unit", "Men lá, củi, điện, nước", 9000, "9.000 đ/lít"),
               ("pack", "Chai, bình sứ, can, nhãn", [8000, 45000, 15000], "theo quy cách"),
               ("wage",), ("dep",), ("int",),
               ("share", "Bán hàng, quảng bá", 0.06, "6 % doanh thu"),
               ("share", "Thuế, phí", 0.02, "2 % doanh thu"),
               ("fixed", "Chi phí khác", 60, "cố định")],
        plant=dict(payback_text=1.6)),
    "je06": dict(
        unit="kg", out_label="Quy ra kg thành phẩm", yh="Năm {}",
        groups=[("Quy ra kg tôm khô", [0, 1]), ("Quy ra kg gạo", [2])],
        use_label="Mức sử dụng lò sấy (tôm khô/công suất)",
        hist=dict(out=[48000, 51000, 54000], price=[60000, 62000, 64000], margin=[0.11, 0.12, 0.12]),
        crops=[dict(key="tom", name="tôm sú vụ tôm (tháng 3 – 8)", area=[28, 28, 30], au="ha", yld=250,
                    yu="kg/ha", kg=1, ou="kg", od=0),
               dict(key="lua", name="lúa chịu mặn vụ lúa (tháng 9 – 12)", area=[28, 28, 30], au="ha", yld=3800,
                    yu="kg/ha", kg=1, ou="kg", od=0)],
        raws=[dict(key="tom", name="Tôm sú tươi", unit="kg",
                   own=[("Tôm vụ tôm trên ruộng tôm – lúa của công ty", ["tom"], 1.0, 1.0)],
                   contract=[("Hộ nuôi tôm – lúa thôn Hải Hà (hợp đồng)", [5, 5, 5], "hộ", 300)],
                   norm="3,6 kg tôm tươi/kg tôm khô", bal=True),
              dict(key="thoc", name="Thóc lúa tôm", unit="kg",
                   own=[("Thóc vụ lúa trên cùng ruộng tôm – lúa", ["lua"], 1.0, 1.0)],
                   contract=[],
                   norm="1,55 kg thóc/kg gạo", bal=True)],
        products=[("Tôm sú khô, hộp 250 g", "hộp", 0.25, 240000, [5200, 5400, 5800], {"tom": 0.9}),
                  ("Tôm sú khô, túi 500 g", "túi", 0.5, 460000, [1600, 1700, 1800], {"tom": 1.8}),
                  ("Gạo lúa tôm, túi 5 kg", "túi", 5, 150000, [11000, 11500, 12500], {"thoc": 7.75})],
        cap=dict(label="Công suất lò sấy tôm (20 kg tôm khô/mẻ × 150 mẻ)", a=20, b=150, basis=[0, 1]),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Chăm sóc ruộng tôm – lúa", [4, 4, 4]),
               ("Luộc, sấy, bóc vỏ, đóng gói", [4, 4, 4]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.5],
        inv=[("Lò sấy tôm bằng bơm nhiệt", 320, True), ("Máy bóc, tách tôm khô", 140, True),
             ("Cải tạo bờ, cống ruộng tôm – lúa 28 ha", 420, True), ("Nhà chế biến 80 m²", 300, True),
             ("Máy hút chân không, cân, bao bì", 90, False), ("Vốn lưu động", 430, False)],
        src=[("Vốn chủ sở hữu", 1000), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 550, 400], rate=0.08,
        costs=[("grow", "Giống, thức ăn vụ tôm", ["tom"], 42, "42 tr.đ/ha"),
               ("grow", "Giống, phân bón vụ lúa", ["lua"], 9, "9 tr.đ/ha"),
               ("buy", "Mua tôm hộ liên kết", "tom", 140000, "140.000 đ/kg"),
               ("unit", "Điện sấy, xay xát, nước", 4000, "4.000 đ/kg"),
               ("pack", "Hộp, túi, tem", [7000, 9000, 4000], "theo quy cách"),
               ("wage",), ("dep",), ("int",),
               ("share", "Bán hàng, vận chuyển", 0.05, "5 % doanh thu"),
               ("fixed", "Chi phí khác", 150, "cố định")],
        net_buy={"tom": True}, plant=dict(rev_mult={(0, 1): 1.15})),
    "je07": dict(
        short=["Nấm tươi, túi 500 g", "Nấm tươi, thùng 5 kg", "Nấm sấy, hộp 100 g"],
        unit="kg", out_label="Quy ra kg nấm tươi", yh="Năm {}",
        hist=dict(out=[24000, 26500, 28500], price=[34000, 35000, 36000], margin=[0.12, 0.13, 0.13]),
        crops=[dict(key="rx", name="rơm lúa vụ Xuân", al="Diện tích lúa vụ Xuân lấy rơm", area=[9, 9, 9], au="ha", yld=3.2, yu="tấn rơm/ha",
                    kg=1000, ou="kg", od=0),
               dict(key="rh", name="rơm lúa vụ Hè Thu", al="Diện tích lúa vụ Hè Thu lấy rơm", area=[9, 9, 9], au="ha", yld=2.6, yu="tấn rơm/ha",
                    kg=1000, ou="kg", od=0),
               dict(key="nam", name="nấm sò", area=[13000, 16500, 18500], au="bịch/đợt", yld=0.65,
                    yu="kg/bịch", kg=1, n=[4, 4, 4], nl="Số đợt nuôi trồng/năm", ou="kg", od=0)],
        raws=[dict(key="rom", name="Rơm khô làm phôi", unit="kg",
                   own=[("Rơm 2 vụ lúa của hộ và hàng xóm (9 ha)", ["rx", "rh"], 1.0, 1.0)],
                   contract=[("Rơm mua của hộ thôn Trung Lương", [20, 20, 20], "hộ", 4000)],
                   norm="1,5 kg rơm/bịch phôi", bal=True),
              dict(key="nam", name="Nấm sò tươi", unit="kg",
                   own=[("Nấm sò thu hái các đợt trong năm", ["nam"], 1.0, 1.0)],
                   contract=[],
                   norm="1 kg/kg nấm tươi bán; 9 kg/kg nấm sấy", bal=True)],
        products=[("Nấm sò tươi, túi 500 g", "túi", 0.5, 18000, [40000, 48000, 52000], {"nam": 0.5}),
                  ("Nấm sò tươi, thùng 5 kg cho bếp ăn", "thùng", 5, 150000, [1600, 2000, 2300], {"nam": 5.0}),
                  ("Nấm sò sấy khô, hộp 100 g", "hộp", 0.9, 65000, [3500, 4500, 5500], {"nam": 0.9})],
        cap=dict(label="Sức chứa 3 nhà trồng (3 × 5.000 bịch/đợt)", a=3, b=5000, basis="bags"),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Đóng bịch, hấp, cấy giống", [3, 3, 3]),
               ("Chăm sóc, thu hái", [2, 2, 2]), ("Sấy, đóng gói, bán hàng", [2, 2, 2])],
        wage=[5.2, 5.4, 5.6],
        inv=[("Nồi hấp phôi 1.000 bịch/mẻ", 120, True), ("Máy sấy nấm bơm nhiệt", 160, True),
             ("Cải tạo 3 nhà trồng, hệ thống phun sương", 150, True), ("Máy đóng gói, cân điện tử", 40, True),
             ("Bao bì, nhãn, tem", 30, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Quỹ hỗ trợ nông dân", 300)],
        life=8, loan=[300, 200, 100], rate=0.06,
        costs=[("grow", "Giống, vôi, cám, túi phôi", ["nam"], 0.004, "4.000 đ/bịch"),
               ("buy", "Mua rơm", "rom", 800, "800 đ/kg"),
               ("unit", "Điện, củi hấp, nước", 1200, "1.200 đ/kg"),
               ("pack", "Túi, thùng, hộp, nhãn", [1500, 8000, 6000], "theo quy cách"),
               ("wage",), ("dep",), ("int",),
               ("share", "Bán hàng, vận chuyển", 0.05, "5 % doanh thu"),
               ("fixed", "Chi phí khác", 30, "cố định")],
        net_buy={"rom": True}, plant=dict(dot_text=5)),
    "je08": dict(
        short=["Trà túi lọc, hộp 25 túi", "Cà gai leo khô, túi 500 g", "Cà gai leo khô, bao 5 kg"],
        unit="kg", out_label="Quy ra kg cà gai leo khô", yh="Năm {}",
        hist=dict(out=[4600, 5000, 5300], price=[295000, 300000, 305000], margin=[0.13, 0.14, 0.145]),
        crops=[dict(key="cgl", name="cà gai leo trồng xen bưởi", area=[5, 5, 5.5], au="ha", yld=4.0,
                    yu="tạ khô/ha/lứa", kg=100, n=[3, 3, 3], nl="Số lứa cắt/năm", ou="kg", od=0),
               dict(key="buoi", name="bưởi Phúc Trạch (vườn 4 năm tuổi)", area=[5, 5, 5.5], au="ha",
                    yld=4.0, yu="tấn quả/ha", kg=1000, ou="kg", od=0)],
        raws=[dict(key="cgl", name="Cà gai leo khô", unit="kg",
                   own=[("Cà gai leo 3 lứa của hợp tác xã", ["cgl"], 1.0, 1.0)],
                   contract=[("Hộ thành viên trồng xen vườn cam, bưởi", [20, 20, 20], "hộ", 80)],
                   norm="1,1 kg dược liệu khô/kg sản phẩm", bal=True)],
        products=[("Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 35000, [30000, 32500, 35000],
                   {"cgl": 0.055}),
                  ("Cà gai leo khô cắt đoạn, túi 500 g", "túi", 0.5, 90000, [6000, 6500, 7000], {"cgl": 0.55}),
                  ("Cà gai leo khô, bao 5 kg cho đại lý", "bao", 5, 750000, [200, 220, 240], {"cgl": 5.5})],
        cap=dict(label="Công suất máy sấy (32 kg khô/ngày × 270 ngày)", a=32, b=270, basis="output"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Trồng, cắt, phơi dược liệu", [4, 4, 4]),
               ("Sấy, cắt, đóng túi lọc", [3, 3, 3]), ("Bán hàng, kho", [1, 1, 1])],
        wage=[5.5, 5.7, 5.9],
        inv=[("Máy sấy bơm nhiệt 2 buồng", 260, True), ("Máy cắt, máy nghiền dược liệu", 120, True),
             ("Máy đóng túi lọc tự động", 310, True), ("Nhà sơ chế, đóng gói 100 m²", 300, True),
             ("Hộp, túi, tem truy xuất", 50, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 480, 360], rate=0.08,
        costs=[("grow", "Chăm sóc, cắt (3 lứa)", ["cgl"], 9, "9 tr.đ/ha/lứa"),
               ("buy", "Mua cà gai leo", "cgl", 70000, "70.000 đ/kg"),
               ("pack", "Hộp, túi lọc, túi, bao", [6000, 5000, 12000], "theo quy cách"),
               ("unit", "Điện sấy, nước", 6000, "6.000 đ/kg"),
               ("wage",), ("dep",), ("int",),
               ("share", "Bán hàng, quảng bá", 0.06, "6 % doanh thu"),
               ("fixed", "Chi phí khác", 50, "cố định")],
        net_buy={"cgl": True}, plant=dict(cost_total_mult={1: 0.9})),
    "je09": dict(
        short=["Tinh dầu, chai 10 ml", "Tinh dầu, chai 50 ml", "Tinh dầu, can 1 lít"],
        unit="lít", out_label="Quy ra lít tinh dầu", yh="Năm {}",
        hist=dict(out=[620, 700, 780], price=[2000000, 2050000, 2100000], margin=[0.14, 0.15, 0.15]),
        crops=[dict(key="sa", name="sả chanh trồng xen cam", area=[5, 5, 5.5], au="ha", yld=7.5,
                    yu="tấn lá/ha/lứa", kg=1000, n=[4, 4, 4], nl="Số lứa cắt/năm", ou="tấn", od=1),
               dict(key="cam", name="cam chanh (vườn 3 năm tuổi)", area=[5, 5, 5.5], au="ha", yld=6,
                    yu="tấn quả/ha", kg=1000, ou="tấn", od=1)],
        raws=[dict(key="sa", name="Lá sả chanh tươi", unit="kg",
                   own=[("Sả 4 lứa trên vườn cam của công ty", ["sa"], 1.0, 1.0)],
                   contract=[("Hộ trồng sả xen vườn thôn Hòa Hợp", [10, 12, 13], "hộ", 6000)],
                   norm="220 kg lá sả/lít tinh dầu", bal=True)],
        products=[("Tinh dầu sả chanh, chai 10 ml", "chai", 0.01, 35000, [30000, 32000, 35000], {"sa": 2.2}),
                  ("Tinh dầu sả chanh, chai 50 ml", "chai", 0.05, 120000, [5000, 5500, 6000], {"sa": 11.0}),
                  ("Tinh dầu sả chanh, can 1 lít cho spa", "can", 1, 600000, [300, 320, 350], {"sa": 220.0})],
        cap=dict(label="Công suất chưng cất (2 nồi × 500 kg lá × 2 mẻ/ngày × 140 ngày)", a=2000, b=140,
                 basis="raw:sa"),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Cắt sả, chăm sóc vườn", [4, 4, 4]),
               ("Chưng cất, chiết chai", [2, 2, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.0],
        inv=[("Hai nồi chưng cất hơi nước 500 kg/mẻ", 420, True), ("Lò hơi đốt bã sả", 180, True),
             ("Máy chiết rót, đóng nắp chai nhỏ", 150, True), ("Nhà chưng cất, kho 120 m²", 350, True),
             ("Chai thủy tinh, hộp đựng", 60, False), ("Vốn lưu động", 340, False)],
        src=[("Vốn góp của cổ đông", 700), ("Vay Ngân hàng thương mại cổ phần", 600)],
        life=10, loan=[600, 480, 360], rate=0.085,
        costs=[("grow", "Phân bón, cắt sả (4 lứa)", ["sa"], 6, "6 tr.đ/ha/lứa"),
               ("buy", "Mua sả hộ liên kết", "sa", 1200, "1.200 đ/kg"),
               ("pack", "Chai, hộp, can", [6000, 12000, 40000], "theo quy cách"),
               ("unit", "Điện, nước, củi", 90000, "90.000 đ/lít"),
               ("wage",), ("dep",), ("int",),
               ("share", "Bán hàng, quảng bá", 0.07, "7 % doanh thu"),
               ("fixed", "Chi phí khác", 60, "cố định")],
        net_buy={"sa": True}, plant={}),
    "je10": dict(
        unit="kg", out_label="Quy ra kg chè khô", yh="Năm {}",
        hist=dict(out=[5200, 5500, 5800], price=[200000, 205000, 210000], margin=[0.12, 0.125, 0.13]),
        crops=[dict(key="che", name="chè búp tươi", area=[3.5, 3.5, 3.5], au="ha", yld=1200,
                    yu="kg búp/ha/lứa", kg=1, n=[7, 7, 7], nl="Số lứa hái/năm", ou="kg", od=0),
               dict(key="lac", name="lạc xuân trồng xen hàng chè non", area=[3, 3, 3], au="ha", yld=2.2,
                    yu="tấn/ha", kg=1000, ou="kg", od=0)],
        raws=[dict(key="che", name="Chè búp tươi", unit="kg",
                   own=[("Búp chè 7 lứa của các tổ viên", ["che"], 1.0, 1.0)],
                   contract=[("Hộ trồng chè thôn Khe Cò (hợp đồng)", [6, 20, 45], "hộ", 1800)],
                   norm="4,5 kg búp tươi/kg chè khô", bal=True)],
        products=[("Chè xanh búp khô, túi 200 g", "túi", 0.2, 45000, [14000, 28000, 47000], {"che": 0.9}),
                  ("Chè xanh búp khô, hộp 500 g", "hộp", 0.5, 110000, [5000, 10000, 17000], {"che": 2.25}),
                  ("Chè xanh khô, bao 5 kg cho quán", "bao", 5, 900000, [300, 600, 1000], {"che": 22.5})],
        cap=dict(label="Công suất dây chuyền sao, vò (900 kg búp/ngày × 280 ngày)", a=900, b=280,
                 basis="raw:che"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Hái, vận chuyển búp", [4, 4, 4]),
               ("Héo, vò, sao, đóng gói", [3, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.7, 5.9],
        inv=[("Máy vò chè, tôn sao quay điện", 280, True), ("Máy sấy chè bơm nhiệt", 220, True),
             ("Nhà chế biến 120 m² một chiều", 360, True), ("Máy hút chân không, hàn miệng túi", 60, True),
             ("Túi, hộp, tem", 40, False), ("Vốn lưu động", 240, False)],
        src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08,
        costs=[("grow", "Phân bón, hái búp (7 lứa)", ["che"], 3.2, "3,2 tr.đ/ha/lứa"),
               ("buy", "Mua búp hộ liên kết", "che", 12000, "12.000 đ/kg"),
               ("pack", "Túi, hộp, bao", [4000, 9000, 15000], "theo quy cách"),
               ("unit", "Điện, củi, nước", 9000, "9.000 đ/kg"),
               ("wage",), ("dep",), ("int",),
               ("share", "Bán hàng, vận chuyển", 0.05, "5 % doanh thu"),
               ("fixed", "Chi phí khác", 50, "cố định")],
        net_buy={"che": True}, plant=dict(profit_mult={0: 1.32})),
}

# the tables of a full plan in the order they appear ("Bảng 1." ... ); the numeric ones are
# rendered by tables(), the others (competitors, crop calendar, equipment, papers, schedule) are
# text written for the plan
ORDER = ["hist", "comp", "cal", "harv", "raw", "equip", "staff", "prod", "inv", "src", "rev", "cost",
         "sum", "papers", "sched"]
ORDERS = {"je08": ["comp", "hist", "cal", "harv", "raw", "equip", "staff", "prod", "inv", "src", "rev",
                   "cost", "sum", "papers", "sched"],
          "je03": ["hist", "comp", "harv", "raw", "equip", "staff", "prod", "inv", "src", "rev", "cost",
                   "sum", "papers", "sched"]}


def num_of(key: str, kind: str) -> int:
    return ORDERS.get(key, ORDER).index(kind) + 1


# planted relations (ids of check() below) per plan: these must be off by more than 5 %
PLANTED = {
    "je05": ["payback", "supply:nep:1", "supply:nep:2"],
    "je06": ["rev:0:1"],
    "je07": ["cap:1", "cap:2"],
    "je08": ["cost_total:1"],
    "je09": ["capital"],
    "je10": ["profit:0"],
}


# --------------------------------------------------------------------------- model
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def rev_label(P: dict, j: int) -> str:
    """The revenue table names a product by its short name where the plan gives one."""
    return P["short"][j] if "short" in P else P["products"][j][0]


def area_label(c: dict) -> str:
    if "al" in c:
        return c["al"]
    if c["au"] == "đàn":
        return f"Số đàn ong cho {c['name']}"
    if c["au"] == "bịch/đợt":
        return f"Số bịch phôi {c['name']}"
    return f"Diện tích {c['name']}"


def crop_out(c: dict, y: int) -> float:
    n = c.get("n")
    return c["area"][y] * c["yld"] * c["kg"] * (n[y] if n else 1)


def model(key: str, planted: bool = True) -> dict:
    P = PLANS[key]
    plant = P["plant"] if planted else {}
    m: dict = {"key": key}
    crops = {c["key"]: c for c in P["crops"]}
    m["crop"] = {k: [crop_out(c, y) for y in range(3)] for k, c in crops.items()}
    prods = P["products"]
    m["packs"] = [p[4] for p in prods]
    m["output"] = [sum(p[4][y] * p[2] for p in prods) for y in range(3)]
    groups = P.get("groups") or [(P["out_label"], list(range(len(prods))))]
    m["groups"] = [(lab, [sum(prods[i][4][y] * prods[i][2] for i in ix) for y in range(3)])
                   for lab, ix in groups]
    # mushrooms: the bags per batch are the crop's "area"
    raws = {}
    for r in P["raws"]:
        own = [(lab, [sum(m["crop"][k][y] for k in ks) * conv * share for y in range(3)])
               for lab, ks, conv, share in r["own"]]
        con = [(lab, [cnt[y] * per for y in range(3)]) for lab, cnt, word, per in r["contract"]]
        supply = [sum(v[y] for _, v in own + con) for y in range(3)]
        if key == "je07" and r["key"] == "rom":
            bags = crops["nam"]["area"]
            need = [bags[y] * crops["nam"]["n"][y] * 1.5 for y in range(3)]
        else:
            need = [sum(p[4][y] * p[5].get(r["key"], 0) for p in prods) for y in range(3)]
        own_total = [sum(v[y] for _, v in own) for y in range(3)]
        raws[r["key"]] = dict(own=own, con=con, supply=supply, need=need, own_total=own_total,
                              bal=[supply[y] - need[y] for y in range(3)])
    m["raw"] = raws
    cap = P["cap"]
    m["cap"] = cap["a"] * cap["b"]
    basis = cap["basis"]
    if basis == "output":
        used = m["output"]
    elif basis == "bags":
        used = crops["nam"]["area"]
    elif isinstance(basis, str) and basis.startswith("raw:"):
        used = raws[basis[4:]]["need"]
    else:
        used = [sum(prods[i][4][y] * prods[i][2] for i in basis) for y in range(3)]
    m["cap_used"] = used
    m["use"] = [used[y] / m["cap"] * 100 for y in range(3)]
    m["staff"] = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    m["fund"] = [m["staff"][y] * P["wage"][y] * 12 for y in range(3)]
    m["inv_total"] = sum(a for _, a, _ in P["inv"])
    m["fixed"] = sum(a for _, a, f in P["inv"] if f)
    m["dep"] = m["fixed"] / P["life"]
    m["src_total"] = sum(a for _, a in P["src"])
    m["src_pct"] = [a / m["src_total"] * 100 for _, a in P["src"]]
    rev = [[p[4][y] * p[3] / 1e6 for y in range(3)] for p in prods]
    true_rev = [row[:] for row in rev]
    for (i, y), k in plant.get("rev_mult", {}).items():
        rev[i][y] = r1(rev[i][y] * k)
    m["rev"], m["true_rev"] = rev, true_rev
    m["rev_total"] = [sum(r[y] for r in rev) for y in range(3)]
    net = P.get("net_buy", False)
    lines = []
    for c in P["costs"]:
        kind = c[0]
        if kind == "buy":
            rr = raws[c[2]]
            nb = net.get(c[2], False) if isinstance(net, dict) else net
            qty = [max(0.0, rr["need"][y] - (rr["own_total"][y] if nb else 0)) for y in range(3)]
            vals = [qty[y] * c[3] / 1e6 for y in range(3)]
            lines.append((c[1], c[4], vals))
        elif kind == "buyc":
            rr = raws[c[2]]
            vals = [sum(v[y] for _, v in rr["con"]) * c[3] / 1e6 for y in range(3)]
            lines.append((c[1], c[4], vals))
        elif kind == "grow":
            vals = []
            for y in range(3):
                v = 0.0
                for k in c[2]:
                    cr = crops[k]
                    n = cr.get("n")
                    v += cr["area"][y] * (n[y] if n else 1) * c[3]
                vals.append(v)
            lines.append((c[1], c[4], vals))
        elif kind == "pack":
            vals = [sum(prods[i][4][y] * c[2][i] for i in range(len(prods))) / 1e6 for y in range(3)]
            lines.append((c[1], c[3], vals))
        elif kind == "unit":
            vals = [m["output"][y] * c[2] / 1e6 for y in range(3)]
            lines.append((c[1], c[3], vals))
        elif kind == "share":
            vals = [m["rev_total"][y] * c[2] for y in range(3)]
            lines.append((c[1], c[3], vals))
        elif kind == "wage":
            lines.append(("Tiền lương, tiền công", "bảng lao động", m["fund"]))
        elif kind == "dep":
            lines.append(("Khấu hao tài sản cố định", f"{fmt(m['fixed'])} : {P['life']} năm",
                          [m["dep"]] * 3))
        elif kind == "int":
            lines.append(("Lãi vay", f"{fmt(P['rate'] * 100, 1 if P['rate'] * 1000 % 10 else 0)} %"
                          " × dư nợ", [P["loan"][y] * P["rate"] for y in range(3)]))
        elif kind == "fixed":
            lines.append((c[1], c[3], [c[2]] * 3))
    m["cost_lines"] = lines
    true_total = [sum(v[y] for _, _, v in lines) for y in range(3)]
    total = true_total[:]
    for y, k in plant.get("cost_total_mult", {}).items():
        total[y] = r1(total[y] * k)
    m["cost_total"], m["true_cost_total"] = total, true_total
    profit = [m["rev_total"][y] - total[y] for y in range(3)]
    m["true_profit"] = [sum(r[y] for r in true_rev) - true_total[y] for y in range(3)]
    for y, k in plant.get("profit_mult", {}).items():
        profit[y] = r1(profit[y] * k)
    m["profit"] = profit
    m["margin"] = [profit[y] / m["rev_total"][y] * 100 for y in range(3)]
    avg = sum(r1(p) for p in profit) / 3
    m["payback"] = round(m["inv_total"] / (avg + r1(m["dep"])), 1)
    m["true_payback"] = m["inv_total"] / (sum(m["true_profit"]) / 3 + m["dep"])
    if "payback_text" in plant:
        m["payback"] = plant["payback_text"]
    h = P["hist"]
    m["hist_rev"] = [h["out"][y] * h["price"][y] / 1e6 for y in range(3)]
    m["hist_profit"] = [m["hist_rev"][y] * h["margin"][y] for y in range(3)]
    return m


# --------------------------------------------------------------------------- rendering
def fmt(x: float, d: int = 0) -> str:
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def money(x: float) -> str:
    return fmt(x, 1)


def pct(x: float) -> str:
    return fmt(x, 1)


def tables(key: str, m: dict | None = None) -> dict[str, str]:
    """The numeric tables of a full plan, each as Markdown (caption, unit line, table)."""
    P = PLANS[key]
    m = m or model(key)
    yh = [P["yh"].format(y) for y in YEARS]
    hh = [P["yh"].format(y) for y in HIST]
    u = P["unit"]
    T: dict[str, str] = {}

    def table(head, rows):
        out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        out += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(out)

    h = P["hist"]
    T["hist"] = table(["TT", "Chỉ tiêu"] + hh, [
        ["1", f"Sản lượng ({u})"] + [fmt(v) for v in h["out"]],
        ["2", f"Giá bán bình quân (đồng/{u})"] + [fmt(v) for v in h["price"]],
        ["3", "Doanh thu (triệu đồng)"] + [money(v) for v in m["hist_rev"]],
        ["4", "Lợi nhuận (triệu đồng)"] + [money(v) for v in m["hist_profit"]]])
    rows, i = [], 0
    for c in P["crops"]:
        n = c.get("n")
        i += 1
        rows.append([str(i), area_label(c), c["au"]] + [fmt(v, 1 if v % 1 else 0) for v in c["area"]])
        rows.append(["", f"Năng suất {c['name']}", c["yu"]] + [fmt(c["yld"], 2 if (c['yld'] * 10) % 1 else (1 if c['yld'] % 1 else 0))] * 3)
        if n:
            rows.append(["", c["nl"], "lần"] + [fmt(v) for v in n])
        rows.append(["", f"Sản lượng {c['name']}", c["ou"]] +
                    [fmt(v / (1000 if c["ou"] == "tấn" else 1), c["od"]) for v in m["crop"][c["key"]]])
    T["harv"] = table(["TT", "Chỉ tiêu", "ĐVT"] + yh, rows)
    rows = []
    for r in P["raws"]:
        rr = m["raw"][r["key"]]
        for lab, v in rr["own"]:
            rows.append(["", lab] + [fmt(x) for x in v])
        for (lab, cnt, word, per), (_, v) in zip(r["contract"], rr["con"]):
            cnts = sorted(set(cnt))
            if len(cnts) == 1:
                lab2 = f"{lab}: {cnt[0]} {word} × {fmt(per)} kg"
            else:
                lab2 = f"{lab}: {'/'.join(str(x) for x in cnt)} {word} × {fmt(per)} kg"
            rows.append(["", lab2] + [fmt(x) for x in v])
        rows.append(["", f"Tổng nguồn cung {r['name'].lower()}"] + [fmt(x) for x in rr["supply"]])
        rows.append(["", f"Nhu cầu {r['name'].lower()} ({r['norm']})"] + [fmt(x) for x in rr["need"]])
        if r["bal"]:
            rows.append(["", f"Còn dư {r['name'].lower()}"] + [fmt(x) for x in rr["bal"]])
    # number the rows
    k = 0
    for row in rows:
        if not row[1].startswith("**"):  # the group rows keep their letter
            k += 1
            row[0] = str(k)
    T["raw"] = "ĐVT: kg\n" + table(["TT", "Nguồn, nhu cầu"] + yh, rows)
    rows = [[str(j + 1), role] + [str(v) for v in vals] for j, (role, vals) in enumerate(P["roles"])]
    rows.append(["", "Tổng số lao động"] + [str(v) for v in m["staff"]])
    rows.append(["", "Lương bình quân (triệu đồng/người/tháng)"] + [fmt(v, 1) for v in P["wage"]])
    rows.append(["", "Quỹ lương (triệu đồng/năm)"] + [money(v) for v in m["fund"]])
    T["staff"] = table(["TT", "Bộ phận"] + yh, rows)
    rows = [[str(j + 1), p[0], p[1]] + [fmt(v) for v in p[4]] for j, p in enumerate(P["products"])]
    for lab, vals in m["groups"]:
        rows.append(["", lab, u] + [fmt(v) for v in vals])
    cap = P["cap"]
    cu = {"output": u, "bags": "bịch/đợt"}.get(cap["basis"] if isinstance(cap["basis"], str) and
                                                 not cap["basis"].startswith("raw:") else "", None)
    if cu is None:
        cu = "kg" if isinstance(cap["basis"], str) else u
    rows.append(["", cap["label"], cu] + [fmt(m["cap"])] * 3)
    if key != "je07":
        rows.append(["", P.get("use_label", "Mức sử dụng công suất"), "%"] + [pct(v) for v in m["use"]])
    T["prod"] = table(["TT", "Sản phẩm, quy cách", "ĐVT"] + yh, rows)
    rows = [[str(j + 1), lab, fmt(a), "tài sản cố định" if f else "chi phí, vốn lưu động"]
            for j, (lab, a, f) in enumerate(P["inv"])]
    rows.append(["", "Tổng vốn đầu tư", fmt(m["inv_total"]), ""])
    T["inv"] = "ĐVT: triệu đồng\n" + table(["TT", "Hạng mục", "Thành tiền", "Ghi chú"], rows)
    rows = [[str(j + 1), lab, fmt(a), pct(p)] for j, ((lab, a), p) in enumerate(zip(P["src"], m["src_pct"]))]
    rows.append(["", "Tổng nguồn vốn", fmt(m["src_total"]), "100,0"])
    T["src"] = "ĐVT: triệu đồng\n" + table(["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows)
    rows = [[str(j + 1), rev_label(P, j), fmt(p[3])] + [money(v) for v in m["rev"][j]]
            for j, p in enumerate(P["products"])]
    rows.append(["", "Tổng doanh thu", ""] + [money(v) for v in m["rev_total"]])
    T["rev"] = "ĐVT: triệu đồng (giá bán: đồng/đơn vị)\n" + table(["TT", "Sản phẩm", "Đơn giá (đồng)"] + yh, rows)
    rows = [[str(j + 1), lab, basis] + [money(v) for v in vals] for j, (lab, basis, vals) in
            enumerate(m["cost_lines"])]
    rows.append(["", "Tổng chi phí", ""] + [money(v) for v in m["cost_total"]])
    T["cost"] = "ĐVT: triệu đồng\n" + table(["TT", "Khoản mục", "Căn cứ tính"] + yh, rows)
    rows = [["1", "Doanh thu"] + [money(v) for v in m["rev_total"]],
            ["2", "Tổng chi phí"] + [money(v) for v in m["cost_total"]],
            ["3", "Lợi nhuận trước thuế"] + [money(v) for v in m["profit"]],
            ["4", "Tỷ suất lợi nhuận/doanh thu (%)"] + [pct(v) for v in m["margin"]]]
    T["sum"] = "ĐVT: triệu đồng\n" + table(["TT", "Chỉ tiêu"] + yh, rows)
    return T


# --------------------------------------------------------------------------- checks
CAPTION = re.compile(r"^\**Bảng (\d+)\.", re.M)


def parse_tables(body: str) -> dict[int, list[list[str]]]:
    out: dict[int, list[list[str]]] = {}
    lines = body.splitlines()
    cur = None
    for line in lines:
        m = CAPTION.match(line.strip())
        if m:
            cur = int(m.group(1))
            out[cur] = []
            continue
        if cur is not None and line.strip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not set("".join(cells)) <= set("-: "):
                out[cur].append(cells)
    return out


def num(cell: str) -> float | None:
    c = cell.replace("*", "").strip()
    if re.fullmatch(r"[\d.]+(,\d+)?", c):
        return vn(c)
    return None


class Checker:
    def __init__(self, key: str, plan: Plan):
        self.key, self.p, self.P = key, plan, PLANS[key]
        self.T = parse_tables(plan.body)
        self.planted = set(PLANTED.get(key, []))
        self.seen: set[str] = set()

    def rowv(self, kind: str, label: str, n: int = 3, col: int = 1) -> list[float]:
        t = num_of(self.key, kind)
        for r in self.T.get(t, []):
            if len(r) > col and r[col].replace("*", "") == label:
                vals = [num(x) for x in r[col + 1:]]
                vals = [v for v in vals if v is not None]
                if len(vals) >= n:
                    return vals[-n:]
        self.p.failures.append(f"Bảng {t}: row not found: {label}")
        return [float("nan")] * n

    def rel(self, rid: str, printed: float, computed: float, tol: float = 0.01):
        self.seen.add(rid)
        if printed != printed or computed != computed:
            return
        if rid in self.planted:
            if not off(printed, computed, 5.0):
                self.p.failures.append(f"planted {rid}: {printed} vs {computed} not > 5 % off")
        elif not close(printed, computed, tol) and abs(printed - computed) > 0.11:
            self.p.failures.append(f"{rid}: printed {printed} vs computed {computed}")

    def run(self):
        P, p = self.P, self.p
        m = model(self.key)
        # 1. every rendered table line is in the source
        for kind, md in tables(self.key, m).items():
            t = num_of(self.key, kind)
            seg = re.split(r"(?m)^\**Bảng \d+\.", p.body)
            seg = seg[t] if len(seg) > t else ""
            for line in md.splitlines():
                if line.strip() and line not in seg:
                    p.failures.append(f"Bảng {t} ({kind}) line not in its table: {line[:90]}")
        for kind in ORDERS.get(self.key, ORDER):
            if not self.T.get(num_of(self.key, kind)):
                p.failures.append(f"table {kind} (Bảng {num_of(self.key, kind)}) missing")
        p.check(len(self.T) == len(ORDERS.get(self.key, ORDER)), f"{len(self.T)} tables")
        # 2. relations on the printed numbers
        out = self.rowv("hist", f"Sản lượng ({P['unit']})")
        price = self.rowv("hist", f"Giá bán bình quân (đồng/{P['unit']})")
        rev = self.rowv("hist", "Doanh thu (triệu đồng)")
        pro = self.rowv("hist", "Lợi nhuận (triệu đồng)")
        for y in range(3):
            self.rel(f"hist_rev:{y}", rev[y], out[y] * price[y] / 1e6)
            margin = P["hist"]["margin"][y]
            self.rel(f"hist_profit:{y}", pro[y], rev[y] * margin)
        crops_out = {}
        for c in P["crops"]:
            area = self.rowv("harv", area_label(c))
            yld = self.rowv("harv", f"Năng suất {c['name']}")
            n = self.rowv("harv", c["nl"]) if c.get("n") else [1, 1, 1]
            o = self.rowv("harv", f"Sản lượng {c['name']}")
            f = 1000 if c["ou"] == "tấn" else 1
            crops_out[c["key"]] = [o[y] * f for y in range(3)]
            for y in range(3):
                self.rel(f"crop:{c['key']}:{y}", o[y], area[y] * yld[y] * n[y] * c["kg"] / f)
                self.rel(f"crop_area:{c['key']}:{y}", area[y], c["area"][y])
        packs = [self.rowv("prod", pr[0]) for pr in P["products"]]
        groups = P.get("groups") or [(P["out_label"], list(range(len(P["products"]))))]
        gv = [self.rowv("prod", lab) for lab, _ in groups]
        for (lab, ix), v in zip(groups, gv):
            for y in range(3):
                self.rel(f"output:{lab}:{y}", v[y], sum(packs[i][y] * P["products"][i][2] for i in ix))
        output = [sum(v[y] for v in gv) for y in range(3)]
        for r in P["raws"]:
            rr = m["raw"][r["key"]]
            own = [self.rowv("raw", lab) for lab, _, _, _ in r["own"]]
            con = []
            for (lab, cnt, word, per) in r["contract"]:
                cnts = sorted(set(cnt))
                lab2 = (f"{lab}: {cnt[0]} {word} × {fmt(per)} kg" if len(cnts) == 1 else
                        f"{lab}: {'/'.join(str(x) for x in cnt)} {word} × {fmt(per)} kg")
                v = self.rowv("raw", lab2)
                con.append(v)
                for y in range(3):
                    self.rel(f"contract:{r['key']}:{y}", v[y], cnt[y] * per)
            for (lab, ks, conv, share), v in zip(r["own"], own):
                for y in range(3):
                    self.rel(f"own:{r['key']}:{y}", v[y], sum(crops_out[k][y] for k in ks) * conv * share)
            sup = self.rowv("raw", f"Tổng nguồn cung {r['name'].lower()}")
            need = self.rowv("raw", f"Nhu cầu {r['name'].lower()} ({r['norm']})")
            for y in range(3):
                self.rel(f"supply_sum:{r['key']}:{y}", sup[y], sum(v[y] for v in own + con))
                if self.key == "je07" and r["key"] == "rom":
                    bags = self.rowv("harv", "Số bịch phôi nấm sò", 3)
                    self.rel(f"need:{r['key']}:{y}", need[y], bags[y] * 4 * 1.5)
                else:
                    self.rel(f"need:{r['key']}:{y}", need[y],
                             sum(packs[i][y] * pr[5].get(r["key"], 0) for i, pr in enumerate(P["products"])))
                # supply must cover the need (a shortfall is planted where listed)
                rid = f"supply:{r['key']}:{y}"
                self.seen.add(rid)
                if rid in self.planted:
                    if not (need[y] > sup[y] * 1.05):
                        p.failures.append(f"planted {rid}: need {need[y]} vs supply {sup[y]} not > 5 % short")
                elif need[y] > sup[y]:
                    p.failures.append(f"{rid}: need {need[y]} > supply {sup[y]}")
            if r["bal"]:
                bal = self.rowv("raw", f"Còn dư {r['name'].lower()}")
                for y in range(3):
                    self.rel(f"bal:{r['key']}:{y}", bal[y], sup[y] - need[y])
            else:
                p.lacks(r"Còn dư|Chênh lệch|[Tt]hiếu hụt", f"{self.key}: a balance row")
            del rr
        cap = P["cap"]
        caprow = self.rowv("prod", cap["label"])
        for y in range(3):
            self.rel(f"cap_rating:{y}", caprow[y], cap["a"] * cap["b"])
            used = m["cap_used"][y]
            rid = f"cap:{y}"
            self.seen.add(rid)
            if rid in self.planted:
                if not used > caprow[y] * 1.05:
                    p.failures.append(f"planted {rid}: {used} not > 5 % over capacity {caprow[y]}")
            elif used > caprow[y] * 0.9:
                p.failures.append(f"{rid}: use {used / caprow[y]:.1%} above 90 %")
        if self.key != "je07":
            use = self.rowv("prod", P.get("use_label", "Mức sử dụng công suất"))
            for y in range(3):
                self.rel(f"use:{y}", use[y], m["cap_used"][y] / caprow[y] * 100)
        staff = [self.rowv("staff", role) for role, _ in P["roles"]]
        tot = self.rowv("staff", "Tổng số lao động")
        wage = self.rowv("staff", "Lương bình quân (triệu đồng/người/tháng)")
        fund = self.rowv("staff", "Quỹ lương (triệu đồng/năm)")
        for y in range(3):
            self.rel(f"staff:{y}", tot[y], sum(s[y] for s in staff))
            self.rel(f"fund:{y}", fund[y], tot[y] * wage[y] * 12)
        items = [self.rowv("inv", lab, 1)[0] for lab, _, _ in P["inv"]]
        inv = self.rowv("inv", "Tổng vốn đầu tư", 1)[0]
        self.rel("inv_total", inv, sum(items))
        srcs = [self.rowv("src", lab, 2) for lab, _ in P["src"]]
        st = self.rowv("src", "Tổng nguồn vốn", 2)
        self.rel("src_total", st[0], sum(s[0] for s in srcs))
        for j, s in enumerate(srcs):
            self.rel(f"src_pct:{j}", s[1], s[0] / st[0] * 100)
        self.rel("capital", st[0], inv)
        revs = []
        for j, pr in enumerate(P["products"]):
            v = self.rowv("rev", rev_label(P, j), 4)
            revs.append(v[1:])
            for y in range(3):
                self.rel(f"rev:{j}:{y}", v[1 + y], packs[j][y] * v[0] / 1e6)
        rt = self.rowv("rev", "Tổng doanh thu")
        for y in range(3):
            self.rel(f"rev_total:{y}", rt[y], sum(r[y] for r in revs))
        lines = {}
        for lab, basis, _ in m["cost_lines"]:
            lines[lab] = self.rowv("cost", lab)
        ct = self.rowv("cost", "Tổng chi phí")
        # each cost line from its basis
        crops = {c["key"]: c for c in P["crops"]}
        net = P.get("net_buy", False)
        for c in P["costs"]:
            kind = c[0]
            for y in range(3):
                if kind == "buy":
                    rr = m["raw"][c[2]]
                    nb = net.get(c[2], False) if isinstance(net, dict) else net
                    need = rr["need"][y] - (rr["own_total"][y] if nb else 0)
                    self.rel(f"cost:{c[1]}:{y}", lines[c[1]][y], max(0, need) * c[3] / 1e6)
                elif kind == "buyc":
                    rr = m["raw"][c[2]]
                    self.rel(f"cost:{c[1]}:{y}", lines[c[1]][y], sum(v[y] for _, v in rr["con"]) * c[3] / 1e6)
                elif kind == "grow":
                    v = sum(crops[k]["area"][y] * (crops[k]["n"][y] if crops[k].get("n") else 1) * c[3]
                            for k in c[2])
                    self.rel(f"cost:{c[1]}:{y}", lines[c[1]][y], v)
                elif kind == "pack":
                    v = sum(packs[i][y] * c[2][i] for i in range(len(packs))) / 1e6
                    self.rel(f"cost:{c[1]}:{y}", lines[c[1]][y], v)
                elif kind == "unit":
                    self.rel(f"cost:{c[1]}:{y}", lines[c[1]][y], output[y] * c[2] / 1e6)
                elif kind == "share":
                    self.rel(f"cost:{c[1]}:{y}", lines[c[1]][y], rt[y] * c[2])
                elif kind == "wage":
                    self.rel(f"cost:wage:{y}", lines["Tiền lương, tiền công"][y], fund[y])
                elif kind == "dep":
                    self.rel(f"cost:dep:{y}", lines["Khấu hao tài sản cố định"][y],
                             sum(a for (lab, a, f) in P["inv"] if f) / P["life"])
                elif kind == "int":
                    self.rel(f"cost:int:{y}", lines["Lãi vay"][y], P["loan"][y] * P["rate"])
                elif kind == "fixed":
                    self.rel(f"cost:{c[1]}:{y}", lines[c[1]][y], c[2])
        for y in range(3):
            self.rel(f"cost_total:{y}", ct[y], sum(v[y] for v in lines.values()))
        srev = self.rowv("sum", "Doanh thu")
        scost = self.rowv("sum", "Tổng chi phí")
        spro = self.rowv("sum", "Lợi nhuận trước thuế")
        smar = self.rowv("sum", "Tỷ suất lợi nhuận/doanh thu (%)")
        for y in range(3):
            self.rel(f"sum_rev:{y}", srev[y], rt[y])
            self.rel(f"sum_cost:{y}", scost[y], ct[y])
            self.rel(f"profit:{y}", spro[y], srev[y] - scost[y])
            self.rel(f"margin:{y}", smar[y], spro[y] / srev[y] * 100)
        dep = lines["Khấu hao tài sản cố định"][0]
        mm = re.search(r"hoàn vốn.{0,200}?khoảng (\d+,\d) năm", p.body)
        if not mm:
            p.failures.append("payback sentence not found")
        else:
            self.rel("payback", vn(mm.group(1)), inv / (sum(spro) / 3 + dep), 0.03)
        # 3. realism: true margins, true revenue growth, 2027 output vs 2026
        tm = [m["true_profit"][y] / sum(r[y] for r in m["true_rev"]) for y in range(3)]
        if not all(0.03 < x < (0.50 if self.key == "je10" else 0.30) for x in tm):
            p.failures.append(f"true margins out of range: {[round(x, 3) for x in tm]}")
        trev = [sum(r[y] for r in m["true_rev"]) for y in range(3)]
        g = [trev[1] / trev[0] - 1, trev[2] / trev[1] - 1]
        if self.key != "je10" and max(g) > 0.30:
            p.failures.append(f"revenue growth {g}")
        if not (0.95 < m["output"][0] / P["hist"]["out"][2] < 1.25):
            p.failures.append(f"2027 output vs 2026: {m['output'][0] / P['hist']['out'][2]:.2f}")
        for rid in self.planted:
            if rid not in self.seen:
                p.failures.append(f"planted relation never checked: {rid}")
        return m


def true_vs_printed(key: str, p: Plan, m: dict) -> None:
    """Each planted printed value beside the true value: more than 5 % off."""
    t = model(key, planted=False)
    if key == "je05":
        p.check(off(m["payback"], t["true_payback"]), "je05 payback not off")
    if key == "je06":
        p.check(off(m["rev"][0][1], t["rev"][0][1]), "je06 revenue line not off")
    if key == "je08":
        p.check(off(m["cost_total"][1], t["cost_total"][1]), "je08 cost total not off")
    if key == "je10":
        p.check(off(m["profit"][0], t["profit"][0]), "je10 profit not off")
    if key == "je09":
        p.check(off(m["src_total"], m["inv_total"]), "je09 sources not off")


def text_checks(key: str, p: Plan) -> None:
    b = p.body
    p.lacks(PLACEHOLDER, "template placeholder") if key != "je09" else None
    ready = key in ("je01", "je02", "je03", "je04")
    if ready:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất")
        p.lacks(REPLACED, "outdated instrument or district level in a ready plan")
        for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", b):
            p.check(int(d) >= 2030, f"a paper valid only to {d}")
        if key != "je04":
            p.has("tiêu chuẩn cơ sở", "kết quả thử nghiệm", "an toàn thực phẩm")
        else:
            p.has("không phải là thực phẩm", "tiêu chuẩn cơ sở", "đăng ký môi trường")
    if key == "je03":
        p.has("không ghi công dụng chữa bệnh")
    if key == "je05":
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm", "alcohol licence")
        p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "6-3:2010/BYT", "đăng ký môi trường", "nhãn hiệu")
        p.has("đủ nguyên liệu")
    if key == "je06":
        p.lacks(r"môi trường|chất thải|nước thải|xử lý|(?<!\w)(bùn|mùi|rác)(?!\w)|vỏ tôm|khử trùng",
                "environment words")
        p.check(p.count("Công ty TNHH Hải sản Phương Nam") >= 3, "je06: other company name < 3")
        p.check(p.count("Công ty TNHH Tôm lúa Hải Ninh") >= 4, "je06: own name < 4")
    if key == "je07":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food safety words")
        p.check(p.count("5 đợt") >= 2, "je07: '5 đợt' fewer than twice")
        p.check("4 đợt" not in b, "je07: the true batch count in the prose")
        p.has("tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "nhãn hiệu")
    if key == "je08":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "standard words")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện")
        p.lacks(r"148/QĐ-TTg|1489", "current instruments")
        p.lacks(r"chữa|điều trị|giải độc gan|bệnh", "health claims")
    if key == "je09":
        p.lacks(r"(?<!\w)nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn", "label words")
        p.has("[ghi tên đối tác]")
        p.check(len(re.findall(PLACEHOLDER, b)) == 1, "je09: exactly one placeholder")
        p.has("tiêu chuẩn cơ sở", "nhãn hiệu", "148/QĐ-TTg")
    if key == "je10":
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ", "trademark words")
        p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "truy xuất")
    if key in ("je05", "je06", "je07", "je09", "je10"):
        p.lacks(REPLACED, "outdated instrument")


SKETCHY = {
    "je11": dict(words=(150, 350), has=["2 vụ", "120.000 đồng", "80 triệu"]),
    "je12": dict(words=(150, 350), has=["150.000 đồng", "1.200 lượt"]),
}


def check(key: str) -> Plan:
    stem = next(p.stem for p in (HERE / "src").glob(f"{key}_*.md"))
    p = Plan(stem)
    if key in SKETCHY:
        s = SKETCHY[key]
        words = len(re.findall(r"\w+", p.body))
        p.check(s["words"][0] <= words <= s["words"][1], f"sketchy length {words} words")
        p.check(not p.rows, "sketchy plan has a table")
        p.has(*s["has"])
        p.lacks(PLACEHOLDER, "template placeholder")
        p.lacks(r"tiêu chuẩn cơ sở|ATTP|an toàn thực phẩm|nhãn hiệu", "a paper a sketchy plan lacks")
        return p
    c = Checker(key, p)
    m = c.run()
    true_vs_printed(key, p, m)
    text_checks(key, p)
    return p


def main(argv: list[str] | None = None) -> int:
    keys = list(argv or []) or [f"je{i:02d}" for i in range(1, 13)]
    return plancheck.report([check(k) for k in keys])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
