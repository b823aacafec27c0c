"""The 280th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout280/arithmetic.py [jv01 jv05 ...]

Theme: delivery and logistics. Every full plan (jv01-jv10) prices its goods ex-works ("giá tại
xưởng") and/or delivered ("giá giao tận nơi"), sells them through channels that differ in who
carries the goods, reckons transport by trip, by km, by tonne, by kg or by parcel (its own van, a
hired truck, a coach's parcel service, the post office and couriers), rents a depot in Vinh or Hà
Nội by the month and counts the goods lost, broken or returned on the way. Freight sits in the
cost table (jv01, jv04, jv05, jv06, jv09, jv10), is netted off the delivered price (jv03, jv08) or
is charged to the buyer (the online orders of jv02, jv03, jv07).

The constants give, per plan, the products (pack size in the plan's base unit, ex-works and
delivered price), the packs sold through each channel per year, the loss rate on the goods that
travel, the raw materials (norm per base unit, price, supply rows count x yield), the equipment
rating, the packaging and energy rates per base unit, staff by role and the monthly wage, the
freight rows (quantity per year x rate, and how the plan treats them), investment items and
sources, asset life, loan balances and rate, the fixed lines, the tax share and the 2024-2026
history. `model()` turns them into every figure the plan prints (the generator of the sources and
this checker share it): packs lost = delivered packs x loss rate, output = sum of (packs sold +
lost) x size, revenue lines = packs x price of their channel, the revenue net of netted freight,
raw-material need = output x norm against supply = sum of count x yield, capacity = rating x days
and its use, wage fund = staff x wage x 12, freight = quantity x rate, costs, profit = revenue -
cost, margin and payback = investment / (average profit + depreciation).

The checks then read the plan's own printed tables back from its source (each table found by its
caption "Bảng N. ...") and (1) compare every cell with the model, (2) redo the reviewer's sums on
the printed figures themselves: planted numeric defects must be wrong by more than 5 % (the true
value is computed beside them), every other number right within 1 % (or 0,11 of a million).
Textual defects are asserted through the presence or absence of their words. Sketchy plans:
150-350 words, no table.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path
from types import SimpleNamespace

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


# --------------------------------------------------------------------------- number formats
def vint(n: float) -> str:
    """12500 -> '12.500' (Vietnamese thousands)."""
    return f"{round(n):,}".replace(",", ".")


def vdec(x: float, d: int = 1) -> str:
    """1234.5 -> '1.234,5'."""
    s = f"{x:,.{d}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def vnum(x: float) -> str:
    """An integer without decimals, else one decimal (norms, sizes, rates)."""
    if abs(x - round(x)) < 1e-9:
        return vint(x)
    s = vdec(x, 2)
    return s[:-1] if s.endswith("0") else s


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, ex-works price đ, delivered price đ or None)
# channels: (code, label used in tables, which price: "px" or "pd")
# sales: channel code -> packs per product per year; loss: (rate, channels whose packs travel)
# raws: (label, unit, norm per base unit, price đ per unit, supply rows (label, [count], word, yield))
# cap: (rating per day, days, rating text); pack_rate, energy_rate: đ per base unit of output
# roles: (role, staff per year); wage: monthly wage per year (triệu đồng)
# freight: rows dict(k, label, parts=[(label, [per year])] multiplied to the quantity, unit, rate đ,
#          treat "cost" (in the cost table) or "net" (deducted from the delivered revenue))
# inv: (label, triệu, fixed?); src: (label, triệu); loan: balance per year (triệu), rate
# other: fixed cost lines (label, [triệu per year]); tax: share of revenue
# hist: 2024-2026 output (base units), revenue and profit (triệu)
# defects: the planted numeric defects, applied to the printed figures only (see model())
PLANS: dict[str, dict] = {
    "jv01": dict(
        unit="lít",
        products=[("Nước mắm cốt cá cơm 40 độ đạm, chai 500 ml", "chai", 0.5, 62000, 66000),
                  ("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1, 58000, 62000),
                  ("Nước mắm cá cơm 20 độ đạm, can 5 lít", "can", 5, 190000, 200000)],
        short=["Chai 500 ml 40 độ đạm", "Chai 1 lít 30 độ đạm", "Can 5 lít 20 độ đạm"],
        channels=[("x", "tại xưởng", "px"), ("d", "giao tận nơi", "pd")],
        sales={"x": [[6000, 6400, 6800], [4000, 4300, 4600], [700, 740, 780]],
               "d": [[16000, 17400, 18800], [10000, 10900, 11800], [1500, 1620, 1740]]},
        loss=(0.005, ("d",)),
        raws=[("Cá cơm tươi", "kg", 1.4, 17000,
               [("Tàu cá liên kết", [8, 8, 8], "tàu", 6500),
                ("Vựa cá cảng Cẩm Nhượng", [2, 2, 2], "vựa", 9000)]),
              ("Muối hạt", "kg", 0.35, 3000,
               [("Diêm dân Kỳ Ninh", [1, 1, 1], "hợp đồng", 18000)])],
        cap=(150, 350, "150 thùng × 350 lít/năm"),
        pack_rate=5500, energy_rate=1200,
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Chượp, lọc, pha đấu", [3, 3, 4]),
               ("Chiết chai, đóng thùng", [2, 2, 2]), ("Lái xe, giao hàng, kho Vinh", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        freight=[dict(k="van", label="Xe tải 1,5 tấn của công ty",
                      parts=[("Số chuyến xe công ty (chuyến)", [140, 150, 160]),
                             ("Quãng đường bình quân (km/chuyến)", [120, 120, 120])],
                      total="Tổng quãng đường (km)", unit="km", rate=4300, treat="cost"),
                 dict(k="hn", label="Gửi nhà xe ra Hà Nội",
                      parts=[("Hàng gửi nhà xe ra Hà Nội (tấn)", [3, 3.5, 4])],
                      unit="tấn", rate=1200000, treat="cost"),
                 dict(k="depot", label="Thuê kho tại Vinh",
                      parts=[("Thuê kho tại Vinh (tháng)", [12, 12, 12])],
                      unit="tháng", rate=5000000, treat="cost")],
        inv=[("Xe tải 1,5 tấn thùng kín", 520, True), ("30 thùng chượp composite bổ sung", 90, True),
             ("Máy chiết rót, đóng nắp bán tự động", 140, True), ("Giá kệ, xe nâng tay kho Vinh", 50, True),
             ("Bao bì, nhãn, tem truy xuất", 40, False), ("Vốn lưu động", 360, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        other=[("Quảng bá, hội chợ, sàn TMĐT", [50, 55, 60]), ("Quản lý, văn phòng", [40, 40, 40])],
        tax=0.015,
        hist=dict(out=[30500, 32800, 34600], rev=[2135.0, 2361.6, 2560.4], profit=[281.8, 320.5, 355.9]),
        defects={}),
    "jv02": dict(
        cost_basis=False,
        unit="kg",
        titles={"price": "Giá bán lẻ và giá sỉ giao tận nơi", "fqty": "Khối lượng hàng gửi và số đơn giao",
                "fcost": "Chi phí giao hàng do hợp tác xã chịu"},
        labels={"pack": "Chai, hũ, hộp quà, nhãn", "freight": "Bưu điện, xe máy giao hàng"},
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 190000, 165000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1, 260000, 225000),
                  ("Mật ong hoa rừng, hộp quà 2 chai 250 g", "hộp", 0.5, 230000, 200000)],
        short=["Hoa rừng chai 500 g", "Hoa keo hũ 1 kg", "Hộp quà 2 × 250 g"],
        price_cols=("Giá bán lẻ", "Giá sỉ giao tận nơi"),
        channels=[("x", "bán lẻ tại HTX", "px"), ("d", "sỉ giao cửa hàng", "pd"), ("o", "đơn trực tuyến", "px")],
        sales={"x": [[1200, 1250, 1300], [600, 620, 640], [300, 320, 340]],
               "d": [[3000, 3300, 3600], [1200, 1300, 1400], [500, 560, 620]],
               "o": [[1500, 1700, 1900], [700, 780, 860], [600, 680, 760]]},
        loss=(0.01, ("d", "o")),
        raws=[("Mật ong thô", "kg", 1.06, 165000,
               [("Đàn ong của thành viên", [380, 400, 420], "đàn", 15),
                ("Hộ nuôi ong liên kết", [12, 12, 12], "hộ", 150)])],
        cap=(50, 220, "máy hạ thủy phần 50 kg/mẻ, 1 mẻ/ngày, 220 ngày"),
        pack_rate=14000, energy_rate=900,
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu mua, lọc, hạ thủy phần", [1, 1, 2]),
               ("Chiết chai, đóng gói", [1, 1, 1]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.0],
        freight=[dict(k="post", label="Chuyển phát bưu điện cho cửa hàng ngoài tỉnh",
                      parts=[("Hàng gửi bưu điện cho cửa hàng ngoài tỉnh (kg)", [1600, 1750, 1900])],
                      unit="kg", rate=14000, treat="cost"),
                 dict(k="moto", label="Xe máy HTX giao cửa hàng trong tỉnh",
                      parts=[("Xe máy HTX giao cửa hàng trong tỉnh (km)", [7500, 8000, 8500])],
                      unit="km", rate=2500, treat="cost"),
                 dict(k="online", label="Đơn trực tuyến (người mua trả cước)",
                      parts=[("Đơn trực tuyến giao qua bưu cục (đơn)", [1800, 2050, 2300])],
                      unit="đơn", rate=32000, treat="buyer")],
        inv=[("Máy hạ thủy phần mật ong 50 kg/mẻ", 180, True), ("Phòng chiết rót, đóng chai 40 m²", 150, True),
             ("Thùng ong, đàn giống bổ sung", 60, True), ("Xe máy có thùng giao hàng", 45, True),
             ("Bao bì, nhãn, hộp quà, tem QR", 35, False), ("Vốn lưu động thu mua mật", 280, False)],
        src=[("Vốn góp của thành viên", 350), ("Quỹ đầu tư phát triển HTX", 100),
             ("Vay Ngân hàng Nông nghiệp", 300)],
        life=8, loan=[300, 200, 100], rate=0.08,
        other=[("Quảng bá, hội chợ, trang bán hàng", [40, 45, 50]), ("Quản lý, văn phòng HTX", [25, 25, 25])],
        tax=0.01,
        hist=dict(out=[4900, 5350, 5750], rev=[1470.0, 1610.0, 1750.0], profit=[160.0, 180.0, 200.0]),
        defects={}),
    "jv03": dict(
        cost_basis=False,
        unit="kg",
        titles={"price": "Giá bán tại cơ sở và giá giao kho Hà Nội", "fqty": "Khối lượng hàng gửi đi",
                "rev": "Doanh thu theo giá giao và doanh thu thuần"},
        labels={"net_less": "Trừ cước nhà xe ra Hà Nội", "net": "Doanh thu thuần tại cơ sở",
                "sum_rev": "Doanh thu thuần", "pack": "Túi lọc, hộp, nhãn", "energy": "Điện sấy, nước"},
        products=[("Trà túi lọc cà gai leo, hộp 25 túi × 2 g", "hộp", 0.05, 35000, 38000),
                  ("Cà gai leo khô cắt đoạn, túi 500 g", "túi", 0.5, 95000, 100000),
                  ("Trà cà gai leo – atiso, hộp 20 túi × 3 g", "hộp", 0.06, 42000, 45000)],
        short=["Túi lọc hộp 25 túi", "Khô cắt đoạn túi 500 g", "Cà gai leo – atiso"],
        price_cols=("Giá tại cơ sở", "Giá giao kho Hà Nội"),
        channels=[("x", "tại cơ sở", "px"), ("d", "giao Hà Nội", "pd"), ("o", "đơn lẻ trực tuyến", "px")],
        sales={"x": [[4000, 4200, 4400], [300, 320, 340], [1000, 1050, 1100]],
               "d": [[14000, 15400, 16800], [1200, 1300, 1400], [3000, 3300, 3600]],
               "o": [[3000, 3300, 3600], [400, 440, 480], [1000, 1100, 1200]]},
        loss=(0.005, ("d",)),
        raws=[("Cà gai leo tươi", "kg", 6, 9000,
               [("Vườn cà gai leo của hộ", [1.5, 1.5, 1.5], "ha", 6000),
                ("Hộ trồng liên kết thôn Trung Lộc", [14, 14, 14], "hộ", 700)])],
        cap=(12, 280, "máy sấy 12 kg thành phẩm/ngày, 280 ngày"),
        pack_rate=110000, energy_rate=15000,
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Sơ chế, sấy, nghiền", [2, 2, 2]),
               ("Đóng túi lọc, đóng hộp", [2, 2, 3]), ("Bán hàng, gửi hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        freight=[dict(k="bus", label="Nhà xe Hà Tĩnh – Hà Nội",
                      parts=[("Hàng gửi nhà xe ra Hà Nội (kg cả thùng)", [2700, 2950, 3200])],
                      unit="kg", rate=3500, treat="net"),
                 dict(k="online", label="Đơn lẻ trực tuyến (người mua trả cước)",
                      parts=[("Đơn lẻ gửi chuyển phát nhanh (đơn)", [1400, 1550, 1700])],
                      unit="đơn", rate=28000, treat="buyer")],
        inv=[("Máy sấy bơm nhiệt 12 kg/ngày", 160, True), ("Máy đóng gói túi lọc tự động", 240, True),
             ("Cải tạo phòng sơ chế, đóng gói 50 m²", 90, True), ("Bao bì, nhãn, mã QR", 30, False),
             ("Kiểm nghiệm, công bố sản phẩm", 20, False), ("Vốn lưu động", 140, False)],
        src=[("Vốn tự có của hộ", 380), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 250, 200], rate=0.066,
        other=[("Quảng bá, sàn thương mại điện tử", [30, 32, 35]), ("Chi phí khác", [15, 15, 15])],
        tax=0.015,
        hist=dict(out=[1650, 1800, 1950], rev=[800.0, 880.0, 955.0], profit=[120.0, 140.0, 165.0]),
        tables_used=("hist", "price", "raw", "staff", "sales", "fqty", "inv", "src", "rev", "cost", "sum"),
        defects={}),
    "jv04": dict(
        unit="chiếc",
        titles={"price": "Giá bán tại xưởng và giá giao tại Hà Nội", "fcost": "Chi phí vận chuyển và kho Hà Nội"},
        labels={"pack": "Dây buộc, túi, nhãn treo", "lost": "Dập, mốc khi vận chuyển"},
        products=[("Chổi đót cán tre loại lớn", "chiếc", 1, 45000, 53000),
                  ("Chổi đót cán nhựa bọc", "chiếc", 1, 38000, 45000),
                  ("Chổi đót mini, chổi quét bàn", "chiếc", 1, 18000, 22000)],
        short=["Chổi cán tre lớn", "Chổi cán nhựa", "Chổi mini"],
        price_cols=("Giá tại xưởng", "Giá giao tại Hà Nội"),
        channels=[("x", "tại xưởng", "px"), ("d", "giao Hà Nội", "pd")],
        sales={"x": [[4000, 4200, 4400], [2500, 2600, 2700], [1500, 1600, 1700]],
               "d": [[11000, 12000, 13000], [7500, 8200, 8900], [4500, 5000, 5500]]},
        loss=(0.015, ("d",)),
        raws=[("Bông đót khô", "kg", 0.32, 20000,
               [("Hộ khai thác đót thôn Khe Giao", [40, 40, 40], "hộ", 250),
                ("Tổ viên tự khai thác", [18, 18, 18], "người", 200)]),
              ("Cán tre, cán nhựa", "cái", 0.8, 6000,
               [("Cơ sở cán tre Hương Bình", [1, 1, 1], "hợp đồng", 35000)])],
        cap=(168, 260, "7 thợ bó × 24 chiếc/ngày, 260 ngày"),
        pack_rate=1500, energy_rate=300,
        roles=[("Tổ trưởng kiêm kế toán", [1, 1, 1]), ("Phơi, sấy, chọn đót", [2, 2, 2]),
               ("Bó chổi, hoàn thiện", [7, 7, 7]), ("Đóng kiện, bán hàng", [1, 1, 1])],
        wage=[4.0, 4.2, 4.4],
        freight=[dict(k="truck", label="Thuê xe tải 5 tấn đi Hà Nội",
                      parts=[("Chuyến xe tải 5 tấn Hà Tĩnh – Hà Nội (chuyến)", [9, 10, 11])],
                      unit="chuyến", rate=8500000, treat="cost"),
                 dict(k="depot", label="Thuê kho tại Long Biên",
                      parts=[("Thuê kho tại Long Biên, Hà Nội (tháng)", [12, 12, 12])],
                      unit="tháng", rate=3500000, treat="cost"),
                 dict(k="local", label="Xe ba gác giao lẻ từ kho",
                      parts=[("Chuyến giao lẻ từ kho Hà Nội (chuyến)", [80, 90, 100])],
                      unit="chuyến", rate=250000, treat="cost")],
        inv=[("Lò sấy đót bằng hơi nóng", 120, True), ("Nhà kho, xưởng bó chổi 150 m²", 180, True),
             ("Máy chẻ cán, máy ép đầu chổi", 60, True), ("Nhãn treo, túi, mẫu mã", 25, False),
             ("Vốn lưu động thu mua đót", 215, False)],
        src=[("Vốn góp của tổ viên", 350), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=10, loan=[250, 200, 150], rate=0.066,
        other=[("Quảng bá, hội chợ", [20, 22, 24]), ("Chi phí khác", [12, 12, 12])],
        tax=0.01,
        hist=dict(out=[25500, 27400, 29300], rev=[1020.0, 1095.0, 1170.0], profit=[95.0, 108.0, 122.0]),
        defects={}),
    "jv05": dict(
        unit="lít",
        titles={"fcost": "Chi phí xe giao hàng và kho Vinh"},
        products=[("Rượu nếp 40 độ, chai 500 ml", "chai", 0.5, 60000, 65000),
                  ("Rượu nếp 40 độ, bình sành 2 lít", "bình", 2, 230000, 245000),
                  ("Rượu nếp 35 độ, can 5 lít", "can", 5, 380000, 400000)],
        short=["Chai 500 ml 40 độ", "Bình sành 2 lít", "Can 5 lít 35 độ"],
        channels=[("x", "tại xưởng", "px"), ("d", "giao tận nơi", "pd")],
        sales={"x": [[6000, 6900, 7800], [500, 560, 630], [300, 340, 380]],
               "d": [[14000, 16100, 18200], [1000, 1150, 1300], [500, 580, 660]]},
        loss=(0.008, ("d",)),
        raws=[("Gạo nếp cái", "kg", 1.4, 22000,
               [("Ruộng nếp của thành viên", [40, 40, 40], "hộ", 700),
                ("Hộ trồng nếp thôn Yên Hồ", [30, 30, 30], "hộ", 700)])],
        cap=(80, 250, "2 nồi × 40 lít/ngày, 250 ngày"),
        cap_row=False,
        pack_rate=9000, energy_rate=4000,
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Lọc, chiết chai, dán nhãn", [2, 2, 2]), ("Lái xe, giao hàng", [1, 1, 1])],
        wage=[5.8, 6.0, 6.2],
        freight=[dict(k="van", label="Xe tải 990 kg của HTX",
                      parts=[("Số chuyến giao hàng (chuyến)", [100, 115, 130]),
                             ("Quãng đường bình quân (km/chuyến)", [90, 90, 90])],
                      total="Tổng quãng đường (km)", unit="km", rate=3800, treat="cost"),
                 dict(k="depot", label="Thuê kho tại Vinh",
                      parts=[("Thuê kho tại Vinh (tháng)", [12, 12, 12])],
                      unit="tháng", rate=4000000, treat="cost")],
        inv=[("Xe tải 990 kg thùng kín", 380, True), ("Máy lọc, khử andehit", 150, True),
             ("Chum sành, bình ủ 2.000 lít", 80, True), ("Máy chiết rót, đóng nắp", 90, True),
             ("Bao bì, nhãn, tem truy xuất", 40, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        other=[("Quảng bá, hội chợ", [40, 45, 50]), ("Quản lý HTX", [30, 30, 30])],
        tax=0.02,
        hist=dict(out=[13200, 14500, 15800], rev=[1410.0, 1570.0, 1740.0], profit=[150.0, 170.0, 195.0]),
        planted=("revenue-mismatch", "capacity-exceeded", "no-alcohol-license"),
        defects={"rev": (0, "d", 1, 1.15)}),
    "jv06": dict(
        unit="kg",
        titles={"fcost": "Chi phí vận chuyển lạnh và kho", "fqty": "Khối lượng vận chuyển lạnh"},
        labels={"pack": "Lá chuối, túi, nhãn", "lost": "Hàng trả lại, hỏng lạnh"},
        products=[("Giò lụa, cây 1 kg", "cây", 1, 230000, 240000),
                  ("Chả quế, cây 500 g", "cây", 0.5, 125000, 130000),
                  ("Giò xào, cây 500 g", "cây", 0.5, 110000, 115000)],
        short=["Giò lụa cây 1 kg", "Chả quế cây 500 g", "Giò xào cây 500 g"],
        channels=[("x", "tại cơ sở", "px"), ("d", "giao tận nơi", "pd")],
        sales={"x": [[2000, 2100, 2200], [1200, 1260, 1320], [900, 950, 1000]],
               "d": [[6000, 6600, 7200], [3800, 4200, 4600], [2600, 2900, 3200]]},
        loss=(0.01, ("d",)),
        raws=[("Thịt lợn nạc, mỡ", "kg", 1.08, 112000,
               [("Lò mổ Thạch Trung (hợp đồng)", [2, 2, 2], "lò", 6000),
                ("Hộ nuôi lợn thôn Bắc Sơn", [12, 12, 12], "hộ", 600)])],
        cap=(90, 300, "máy xay giò 15 kg/mẻ × 6 mẻ/ngày, 300 ngày"),
        pack_rate=6000, energy_rate=4000,
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Lọc thịt, giã, gói giò", [4, 4, 4]),
               ("Luộc, làm nguội, đóng gói", [2, 2, 2]), ("Lái xe lạnh, giao hàng", [1, 1, 1])],
        wage=[6.0, 6.2, 6.5],
        freight=[dict(k="van", label="Xe tải lạnh 1 tấn của hộ",
                      parts=[("Số chuyến xe lạnh (chuyến)", [300, 320, 340]),
                             ("Quãng đường bình quân (km/chuyến)", [70, 70, 70])],
                      total="Tổng quãng đường (km)", unit="km", rate=4500, treat="cost"),
                 dict(k="cold", label="Thuê kho lạnh tại Vinh",
                      parts=[("Thuê kho lạnh tại Vinh (tháng)", [12, 12, 12])],
                      unit="tháng", rate=4500000, treat="cost"),
                 dict(k="bus", label="Gửi xe khách cho khách lẻ",
                      parts=[("Thùng xốp gửi xe khách (thùng)", [500, 550, 600])],
                      unit="thùng", rate=45000, treat="cost")],
        inv=[("Xe tải lạnh 1 tấn", 560, True), ("Máy xay giò, máy cắt thịt", 140, True),
             ("Tủ cấp đông, tủ mát", 90, True), ("Nồi luộc giò inox", 40, True),
             ("Bao bì, nhãn, tem truy xuất", 30, False), ("Vốn lưu động", 240, False)],
        src=[("Vốn tự có của hộ", 600), ("Vay Ngân hàng Nông nghiệp", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        other=[("Quảng bá, chi khác", [30, 32, 34])],
        tax=0.015,
        hist=dict(out=[10200, 10900, 11600], rev=[2250.0, 2430.0, 2620.0], profit=[230.0, 250.0, 275.0]),
        planted=("table-total-mismatch", "figure-inconsistent", "no-environment-measures"),
        defects={"ftotal": (1, 0.85)}),
    "jv07": dict(
        unit="kg",
        titles={"fcost": "Chi phí vận chuyển, kho Hà Nội và chuyển phát"},
        labels={"pack": "Túi, hộp, thùng, nhãn"},
        products=[("Kẹo cu đơ truyền thống, gói 250 g", "gói", 0.25, 30000, 33000),
                  ("Kẹo cu đơ gừng, hộp 400 g", "hộp", 0.4, 52000, 56000),
                  ("Kẹo cu đơ hộp quà 800 g", "hộp", 0.8, 110000, 118000)],
        short=["Gói 250 g truyền thống", "Hộp 400 g vị gừng", "Hộp quà 800 g"],
        price_cols=("Giá tại xưởng", "Giá giao đại lý"),
        channels=[("x", "tại xưởng", "px"), ("d", "giao đại lý", "pd"), ("o", "trực tuyến", "px")],
        sales={"x": [[20000, 21000, 22000], [6000, 6300, 6600], [2000, 2100, 2200]],
               "d": [[30000, 33000, 36000], [9000, 9900, 10800], [3000, 3300, 3600]],
               "o": [[5000, 5600, 6200], [2500, 2800, 3100], [1500, 1700, 1900]]},
        loss=(0.01, ("d", "o")),
        raws=[("Mật mía", "kg", 0.55, 22000,
               [("Hộ nấu mật mía thôn Tiên Điền", [12, 12, 12], "hộ", 1500),
                ("Cơ sở mật mía Nghi Lộc (hợp đồng)", [1, 1, 1], "hợp đồng", 6000)]),
              ("Lạc nhân", "kg", 0.35, 55000,
               [("Hộ trồng lạc liên kết", [50, 50, 50], "hộ", 250)])],
        cap=(135, 280, "3 chảo nấu × 45 kg/ngày, 280 ngày"),
        pack_rate=18000, energy_rate=5000,
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Nấu mật, đảo kẹo", [4, 4, 4]),
               ("Cán, cắt, đóng gói", [4, 4, 5]), ("Kho, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        freight=[dict(k="truck", label="Xe tải thuê đi Hà Nội",
                      parts=[("Hàng đi Hà Nội bằng xe tải thuê (tấn)", [8.5, 9.5, 10.5])],
                      unit="tấn", rate=900000, treat="cost"),
                 dict(k="depot", label="Thuê kho tại Hà Nội",
                      parts=[("Thuê kho tại Thanh Trì, Hà Nội (tháng)", [12, 12, 12])],
                      unit="tháng", rate=6000000, treat="cost"),
                 dict(k="post", label="Chuyển phát cho đại lý tỉnh ngoài",
                      parts=[("Kiện chuyển phát cho đại lý (kiện)", [600, 660, 720])],
                      unit="kiện", rate=55000, treat="cost"),
                 dict(k="online", label="Đơn trực tuyến (người mua trả cước)",
                      parts=[("Đơn trực tuyến (đơn, người mua trả cước)", [3000, 3400, 3800])],
                      unit="đơn", rate=30000, treat="buyer")],
        inv=[("Chảo nấu mật gia nhiệt bằng hơi", 260, True), ("Máy cán, cắt kẹo tự động", 420, True),
             ("Máy đóng gói, hàn miệng túi", 180, True), ("Cải tạo xưởng theo một chiều", 300, True),
             ("Bao bì, hộp quà, nhãn", 90, False), ("Vốn lưu động", 550, False)],
        src=[("Vốn góp của cổ đông", 900), ("Vay Ngân hàng Công thương", 600)],
        life=10, loan=[600, 500, 400], rate=0.085,
        other=[("Quảng bá, hội chợ, sàn TMĐT", [70, 75, 80]), ("Quản lý công ty", [60, 60, 60])],
        tax=0.015,
        hist=dict(out=[19800, 21600, 23500], rev=[2380.0, 2650.0, 2930.0], profit=[260.0, 300.0, 340.0]),
        planted=("capital-mismatch", "no-quality-control", "name-inconsistent"),
        defects={}),
    "jv08": dict(
        cost_basis=False,
        unit="kg",
        titles={"price": "Giá bán tại cơ sở và giá giao Hà Nội"},
        labels={"pack": "Túi hút chân không, thùng xốp, đá", "net_less": "Trừ cước xe khách",
                "sum_rev": "Doanh thu thuần", "lost": "Hàng trả lại (rã đông, sai cỡ)"},
        balance_row=False,
        products=[("Mực một nắng loại 1 (8 – 10 con/kg), túi 1 kg", "túi", 1, 520000, 560000),
                  ("Mực một nắng loại 2 (12 – 15 con/kg), túi 500 g", "túi", 0.5, 210000, 230000)],
        short=["Loại 1, túi 1 kg", "Loại 2, túi 500 g"],
        price_cols=("Giá tại cơ sở", "Giá giao Hà Nội"),
        channels=[("x", "tại cơ sở", "px"), ("d", "giao Hà Nội", "pd")],
        sales={"x": [[1500, 1600, 1700], [1200, 1300, 1400]],
               "d": [[2500, 2900, 3300], [1800, 2100, 2400]]},
        loss=(0.02, ("d",)),
        raws=[("Mực ống tươi", "kg", 1.5, 200000,
               [("Thuyền câu mực của tổ viên", [9, 9, 9], "thuyền", 800),
                ("Nậu vựa bến Cửa Sót", [1, 1, 1], "hợp đồng", 1500)])],
        cap=(40, 200, "giàn phơi và máy sấy 40 kg/ngày, 200 ngày"),
        pack_rate=15000, energy_rate=5000,
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Mổ, rửa, phơi mực", [3, 3, 3]),
               ("Phân loại, hút chân không", [1, 1, 1]), ("Giao hàng, bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.0],
        freight=[dict(k="bus", label="Xe khách giường nằm ra Hà Nội",
                      parts=[("Hàng gửi xe khách ra Hà Nội (kg cả thùng đá)", [6200, 7150, 8100])],
                      unit="kg", rate=8000, treat="net")],
        inv=[("Máy sấy mực bằng bơm nhiệt", 320, True), ("Giàn phơi inox, lưới che", 80, True),
             ("Tủ đông, máy hút chân không", 150, True), ("Nhà sơ chế 60 m²", 200, True),
             ("Vốn lưu động thu mua mực", 350, False)],
        src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Chính sách xã hội", 500)],
        life=8, loan=[500, 400, 300], rate=0.066,
        other=[("Quảng bá, chi khác", [35, 38, 40])],
        tax=0.01,
        hist=dict(out=[4300, 4650, 5000], rev=[2050.0, 2240.0, 2430.0], profit=[190.0, 215.0, 240.0]),
        planted=("material-shortfall", "payback-mismatch", "no-label-plan"),
        payback_re=r"khoảng ([\d,]+) năm",
        defects={"payback": 1.5}),
    "jv09": dict(
        unit="lít",
        titles={"price": "Giá tại xưởng và giá giao siêu thị", "fcost": "Chi phí xe lạnh, xe thuê và kho Vinh"},
        labels={"pack": "Chai, nắp, nhãn, thùng"},
        products=[("Nước ép dứa nguyên chất, chai 330 ml", "chai", 0.33, 18000, 20000),
                  ("Nước ép dứa – gừng, chai 330 ml", "chai", 0.33, 20000, 22000),
                  ("Nước ép dứa nguyên chất, chai 1 lít", "chai", 1, 48000, 52000)],
        short=["Dứa nguyên chất 330 ml", "Dứa – gừng 330 ml", "Dứa nguyên chất 1 lít"],
        price_cols=("Giá tại xưởng", "Giá giao siêu thị"),
        channels=[("x", "tại xưởng", "px"), ("d", "giao siêu thị, cửa hàng", "pd")],
        sales={"x": [[30000, 32000, 34000], [10000, 11000, 12000], [3000, 3200, 3400]],
               "d": [[90000, 97000, 104000], [40000, 44000, 48000], [9000, 9800, 10600]]},
        loss=(0.006, ("d",)),
        raws=[("Dứa quả tươi", "kg", 2, 6000,
               [("Vùng dứa của công ty", [5, 5, 5], "ha", 30000),
                ("Hộ trồng dứa liên kết", [40, 40, 40], "hộ", 3000)])],
        cap=(350, 260, "dây chuyền 350 lít/ngày, 260 ngày"),
        pack_rate=9000, energy_rate=2500,
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Sơ chế, ép, thanh trùng", [5, 5, 5]),
               ("Chiết rót, đóng thùng", [4, 4, 4]), ("Lái xe, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        freight=[dict(k="van", label="Xe tải lạnh 1,25 tấn của công ty",
                      parts=[("Số chuyến xe công ty (chuyến)", [180, 190, 200]),
                             ("Quãng đường bình quân (km/chuyến)", [80, 80, 80])],
                      total="Tổng quãng đường (km)", unit="km", rate=4500, treat="cost"),
                 dict(k="truck", label="Thuê xe lạnh chuyến Kỳ Anh – Vinh",
                      parts=[("Chuyến xe lạnh thuê đi Vinh (chuyến)", [24, 26, 28])],
                      unit="chuyến", rate=2800000, treat="cost"),
                 dict(k="depot", label="Thuê kho mát tại Vinh",
                      parts=[("Thuê kho mát tại Vinh (tháng)", [12, 12, 12])],
                      unit="tháng", rate=4500000, treat="cost")],
        inv=[("Máy ép, lọc dứa công nghiệp", 380, True), ("Hệ thống thanh trùng, chiết rót", 520, True),
             ("Xe tải lạnh 1,25 tấn", 650, True), ("Kho mát thành phẩm 40 m²", 150, True),
             ("Bao bì, nhãn, mã QR", 60, False), ("Vốn lưu động", 440, False)],
        src=[("Vốn chủ sở hữu", 1200), ("Vay Ngân hàng Nông nghiệp", 1000)],
        life=10, loan=[1000, 800, 600], rate=0.08,
        other=[("Quảng bá, chiết khấu siêu thị", [90, 95, 100]), ("Quản lý công ty", [60, 60, 60])],
        tax=0.015,
        hist=dict(out=[48500, 54000, 60500], rev=[2760.0, 3090.0, 3450.0], profit=[300.0, 340.0, 390.0]),
        planted=("profit-mismatch", "no-product-standard", "outdated-policy"),
        defects={"profit": (0, 1.35)}),
    "jv10": dict(
        cost_basis=False,
        unit="kg",
        titles={"price": "Giá tại vườn và giá giao kho Hà Nội", "raw": "Cân đối nguồn cam"},
        labels={"pack": "Thùng carton, sọt, nhãn", "lost": "Dập, thối khi vận chuyển"},
        products=[("Cam chanh loại 1, thùng carton 10 kg", "thùng", 10, 250000, 300000),
                  ("Cam chanh loại 2, sọt 20 kg", "sọt", 20, 360000, 440000)],
        short=["Loại 1, thùng 10 kg", "Loại 2, sọt 20 kg"],
        price_cols=("Giá tại vườn", "Giá giao kho Hà Nội"),
        channels=[("x", "tại vườn", "px"), ("d", "giao Hà Nội", "pd")],
        sales={"x": [[3000, 6000, 9600], [2500, 5000, 8000]],
               "d": [[5000, 10000, 16000], [2000, 4000, 6400]]},
        loss=(0.04, ("d",)),
        raws=[("Cam quả của thành viên", "kg", 1.05, 14000,
               [("Vườn cam của thành viên", [52, 52, 52], "ha", 14000)])],
        cap=(6000, 120, "nhà sơ chế 6 tấn/ngày, 120 ngày thu hoạch"),
        pack_rate=1200, energy_rate=300,
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu hái, phân loại, đóng thùng", [4, 4, 4]),
               ("Áp tải, kho Hà Nội", [1, 1, 1])],
        wage=[5.5, 5.7, 5.9],
        freight=[dict(k="truck", label="Thuê xe tải 8 tấn đi Hà Nội",
                      parts=[("Cam chở ra Hà Nội (tấn)", [93, 186, 298])],
                      unit="tấn", rate=1000000, treat="cost"),
                 dict(k="depot", label="Thuê kho mát tại Hà Nội",
                      parts=[("Thuê kho mát tại Hà Nội (tháng)", [6, 6, 6])],
                      unit="tháng", rate=8000000, treat="cost")],
        inv=[("Nhà sơ chế, phân loại 200 m²", 450, True), ("Máy rửa, đánh bóng, phân cỡ quả", 260, True),
             ("Kho mát tại HTX 60 m²", 220, True), ("Thùng carton, sọt, nhãn", 60, False),
             ("Vốn lưu động thu mua cam", 510, False)],
        src=[("Vốn góp của thành viên", 800), ("Vay Ngân hàng Nông nghiệp", 700)],
        life=10, loan=[700, 550, 400], rate=0.08,
        other=[("Quảng bá, hội chợ", [40, 45, 50]), ("Quản lý HTX", [30, 30, 30])],
        tax=0.01,
        hist=dict(out=[142000, 151000, 160000], rev=[3150.0, 3370.0, 3600.0], profit=[260.0, 280.0, 300.0]),
        planted=("unrealistic-growth", "no-trademark", "boilerplate"),
        defects={}),
}


# --------------------------------------------------------------------------- the model
def model(key: str, true: bool = False) -> SimpleNamespace:
    """Every figure of plan `key`, as printed (planted defects in) or as it should be (true=True)."""
    P = PLANS[key]
    D = {} if true else P.get("defects", {})
    M = SimpleNamespace(key=key, P=P)
    prods, chans = P["products"], P["channels"]
    M.price = {c: [p[4] if pk == "pd" else p[3] for p in prods] for c, _, pk in chans}
    M.packs = {c: P["sales"][c] for c, _, _ in chans}
    rate, lch = P["loss"]
    M.lost = [[round(sum(M.packs[c][i][y] for c in lch) * rate) for y in Y] for i in range(len(prods))]
    M.outpacks = [[sum(M.packs[c][i][y] for c, _, _ in chans) + M.lost[i][y] for y in Y]
                  for i in range(len(prods))]
    M.sold_units = [round(sum(M.packs[c][i][y] * prods[i][2] for c, _, _ in chans
                              for i in range(len(prods)))) for y in Y]
    M.lost_units = [round(sum(M.lost[i][y] * prods[i][2] for i in range(len(prods)))) for y in Y]
    M.output = [M.sold_units[y] + M.lost_units[y] for y in Y]
    M.cap = P["cap"][0] * P["cap"][1]
    M.use = [M.output[y] / M.cap * 100 for y in Y]
    # raw materials
    M.raws = []
    for label, unit, norm, price, rows in P["raws"]:
        sup = [[c[y] * yld for y in Y] for _, c, _, yld in rows]
        tot = [sum(s[y] for s in sup) for y in Y]
        need = [round(M.output[y] * norm) for y in Y]
        M.raws.append(SimpleNamespace(label=label, unit=unit, norm=norm, price=price, rows=rows,
                                      sup=sup, tot=tot, need=need,
                                      bal=[tot[y] - need[y] for y in Y],
                                      cost=[r1(need[y] * price / 1e6) for y in Y]))
    # staff and wages
    M.staff = [sum(r[1][y] for r in P["roles"]) for y in Y]
    M.fund = [r1(M.staff[y] * P["wage"][y] * 12) for y in Y]
    # revenue lines
    M.rev_lines = []  # (product index, channel code, [triệu per year])
    for i in range(len(prods)):
        for c, _, _ in chans:
            if any(M.packs[c][i]):
                M.rev_lines.append((i, c, [r1(M.packs[c][i][y] * M.price[c][i] / 1e6) for y in Y]))
    if "rev" in D:
        i, c, y, f = D["rev"]
        for n, (ii, cc, v) in enumerate(M.rev_lines):
            if (ii, cc) == (i, c):
                v = list(v)
                v[y] = r1(v[y] * f)
                M.rev_lines[n] = (ii, cc, v)
    M.gross = [r1(sum(v[y] for _, _, v in M.rev_lines)) for y in Y]
    # freight
    M.freight = []
    for fr in P["freight"]:
        qty = [math.prod(p[1][y] for p in fr["parts"]) for y in Y]
        M.freight.append(SimpleNamespace(**fr, qty=qty, amt=[r1(qty[y] * fr["rate"] / 1e6) for y in Y]))
    M.f_cost_true = [r1(sum(f.amt[y] for f in M.freight if f.treat == "cost")) for y in Y]
    M.f_cost = list(M.f_cost_true)
    if "ftotal" in D:
        y, f = D["ftotal"]
        M.f_cost[y] = r1(M.f_cost_true[y] * f)
    M.f_net = [r1(sum(f.amt[y] for f in M.freight if f.treat == "net")) for y in Y]
    M.revenue = [r1(M.gross[y] - M.f_net[y]) for y in Y]
    # costs
    M.fixed = sum(a for _, a, fx in P["inv"] if fx)
    M.inv_total = sum(a for _, a, _ in P["inv"])
    M.src_total = sum(a for _, a in P["src"])
    M.dep = r1(M.fixed / P["life"])
    M.interest = [r1(P["loan"][y] * P["rate"]) for y in Y]
    M.pack = [r1(M.output[y] * P["pack_rate"] / 1e6) for y in Y]
    M.energy = [r1(M.output[y] * P["energy_rate"] / 1e6) for y in Y]
    M.taxv = [r1(M.revenue[y] * P["tax"]) for y in Y]
    M.cost_lines = ([(r.label, r.cost) for r in M.raws]
                    + [("pack", M.pack), ("energy", M.energy), ("wages", M.fund)]
                    + ([("freight", M.f_cost)] if any(f.treat == "cost" for f in M.freight) else [])
                    + [("dep", [M.dep] * 3), ("interest", M.interest)]
                    + [(lab, v) for lab, v in P["other"]] + [("tax", M.taxv)])
    M.cost = [r1(sum(v[y] for _, v in M.cost_lines)) for y in Y]
    M.profit_true = [r1(M.revenue[y] - M.cost[y]) for y in Y]
    M.profit = list(M.profit_true)
    if "profit" in D:
        y, f = D["profit"]
        M.profit[y] = r1(M.profit_true[y] * f)
    M.margin = [M.profit[y] / M.revenue[y] * 100 for y in Y]
    M.avg_profit = sum(M.profit) / 3
    M.payback_calc = M.inv_total / (M.avg_profit + M.dep)
    M.payback = D.get("payback", round(M.payback_calc + 1e-9, 1))
    return M


def summary(key: str) -> str:
    M = model(key)
    P = M.P
    lines = [f"{key}: output {M.output} cap {M.cap} use {[round(u, 1) for u in M.use]}"]
    for r in M.raws:
        lines.append(f"  raw {r.label}: need {r.need} supply {r.tot} ({[round(r.tot[y] / r.need[y] * 100 - 100, 1) for y in Y]} % spare)")
    lines.append(f"  revenue {M.revenue} (gross {M.gross}, net freight {M.f_net})")
    lines.append(f"  cost {M.cost}: " + ", ".join(f"{k}={v}" for k, v in M.cost_lines))
    lines.append(f"  profit {M.profit} margin {[round(m, 1) for m in M.margin]} payback {M.payback} "
                 f"(calc {M.payback_calc:.2f}) inv {M.inv_total} src {M.src_total} dep {M.dep}")
    lines.append(f"  growth rev {[round((M.revenue[y] / M.revenue[y - 1] - 1) * 100, 1) for y in (1, 2)]} "
                 f"hist rev {P['hist']['rev']} out {P['hist']['out']}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- the printed tables
# Each table: (title, unit line or "", rows); the first row is the header. A plan's `tables` option
# renames titles and labels ("titles", "labels"); the generator numbers them "Bảng N." in the order
# its text places them; the checker finds them again by title.
DEFAULT_TITLES = {
    "hist": "Kết quả sản xuất kinh doanh 2024 – 2026",
    "price": "Giá bán tại xưởng và giá giao tận nơi",
    "raw": "Cân đối nguyên liệu",
    "staff": "Lao động và tiền lương",
    "sales": "Kế hoạch sản xuất và tiêu thụ",
    "fqty": "Khối lượng vận chuyển",
    "fcost": "Chi phí vận chuyển, giao hàng và kho bãi",
    "inv": "Tổng vốn đầu tư",
    "src": "Nguồn vốn",
    "rev": "Doanh thu dự kiến",
    "cost": "Chi phí sản xuất kinh doanh",
    "sum": "Tổng hợp hiệu quả kinh tế",
}
DEFAULT_LABELS = {
    "pack": "Bao bì, nhãn, thùng",
    "energy": "Điện, nước, nhiên liệu",
    "wages": "Tiền lương, tiền công",
    "freight": "Vận chuyển, giao hàng, kho",
    "dep": "Khấu hao tài sản cố định",
    "interest": "Lãi vay ngân hàng",
    "tax": "Thuế, phí",
    "rev_total": "Tổng doanh thu",
    "gross": "Cộng theo giá bán",
    "net_less": "Trừ cước vận chuyển",
    "net": "Doanh thu thuần",
    "cost_total": "Tổng chi phí",
    "lost": "Hao hụt, vỡ, trả lại",
    "output": "Sản lượng sản xuất",
    "capacity": "Công suất thiết kế",
    "use": "Sử dụng công suất (%)",
    "sum_rev": "Doanh thu",
    "sum_cost": "Tổng chi phí",
    "sum_profit": "Lợi nhuận",
    "sum_margin": "Tỷ suất lợi nhuận (%)",
    "staff_total": "Tổng số lao động",
    "wage": "Lương bình quân (tr.đ/tháng)",
    "fund": "Quỹ lương (tr.đ/năm)",
    "supply_total": "Cộng nguồn cung",
    "balance": "Còn dư",
    "fcost_total": "Tổng cộng",
    "inv_total": "Tổng cộng",
    "src_total": "Tổng cộng",
}
YEAR_HEAD = [f"Năm {y}" for y in YEARS]


def title(P: dict, k: str) -> str:
    return P.get("titles", {}).get(k, DEFAULT_TITLES[k])


def label(P: dict, k: str) -> str:
    return P.get("labels", {}).get(k, DEFAULT_LABELS[k])


def short(P: dict, i: int) -> str:
    return P["short"][i]


def rate_text(fr) -> str:
    return f"{vint(fr.rate)} đ/{fr.unit}"


def money_row(n, lab, vals, basis=None):
    row = [str(n) if n != "" else "", lab]
    if basis is not None:
        row.append(basis)
    return row + [vdec(v) for v in vals]


def tables(key: str, M: SimpleNamespace | None = None) -> dict[str, tuple[str, str, list[list[str]]]]:
    M = M or model(key)
    P = M.P
    u = P["unit"]
    T: dict[str, tuple[str, str, list[list[str]]]] = {}
    H = P["hist"]
    T["hist"] = (title(P, "hist"), "", [
        ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in HIST_YEARS],
        ["1", f"Sản lượng ({u})"] + [vint(x) for x in H["out"]],
        ["2", "Doanh thu (triệu đồng)"] + [vdec(x) for x in H["rev"]],
        ["3", "Lợi nhuận (triệu đồng)"] + [vdec(x) for x in H["profit"]]])
    pc = P.get("price_cols", ("Giá tại xưởng", "Giá giao tận nơi"))
    rows = [["TT", "Sản phẩm", "ĐVT", pc[0]] + ([pc[1]] if pc[1] else [])]
    for i, p in enumerate(P["products"]):
        rows.append([str(i + 1), short(P, i), p[1], vint(p[3])] + ([vint(p[4])] if pc[1] else []))
    T["price"] = (title(P, "price"), "ĐVT: đồng", rows)
    # raw materials
    rows = [["TT", "Nguồn, nhu cầu"] + YEAR_HEAD]
    n = 0
    for r in M.raws:
        if len(M.raws) > 1:
            rows.append(["", f"{r.label} ({r.unit})", "", "", ""])
        for (lab, c, word, yld), s in zip(r.rows, r.sup):
            n += 1
            scale = (f"{vnum(c[0])} {word} × {vint(yld)} {r.unit}" if len(set(c)) == 1
                     else f"{vint(yld)} {r.unit}/{word}")
            rows.append([str(n), f"{lab} ({scale})"] + [vint(x) for x in s])
        rows.append(["", label(P, "supply_total")] + [vint(x) for x in r.tot])
        rows.append(["", f"Nhu cầu ({vnum(r.norm)} {r.unit}/{u})"] + [vint(x) for x in r.need])
        if P.get("balance_row", True):
            rows.append(["", label(P, "balance")] + [vint(x) for x in r.bal])
    T["raw"] = (title(P, "raw"), "" if len(M.raws) > 1 else f"ĐVT: {M.raws[0].unit}", rows)
    # staff
    rows = [["TT", "Bộ phận"] + YEAR_HEAD]
    for i, (role, v) in enumerate(P["roles"]):
        rows.append([str(i + 1), role] + [vint(x) for x in v])
    rows.append(["", label(P, "staff_total")] + [vint(x) for x in M.staff])
    rows.append(["", label(P, "wage")] + [vdec(x) for x in P["wage"]])
    rows.append(["", label(P, "fund")] + [vdec(x) for x in M.fund])
    T["staff"] = (title(P, "staff"), "", rows)
    # production and sales
    rows = [["TT", "Chỉ tiêu", "ĐVT"] + YEAR_HEAD]
    n = 0
    clab = {c: lab for c, lab, _ in P["channels"]}
    for i, p in enumerate(P["products"]):
        for c, _, _ in P["channels"]:
            if any(M.packs[c][i]):
                n += 1
                rows.append([str(n), f"{short(P, i)}, {clab[c]}", p[1]] + [vint(x) for x in M.packs[c][i]])
    rows.append(["", label(P, "lost"), u] + [vint(x) for x in M.lost_units])
    rows.append(["", label(P, "output"), u] + [vint(x) for x in M.output])
    if P.get("cap_row", True):
        rows.append(["", label(P, "capacity"), u] + [vint(M.cap)] * 3)
    if P.get("cap_row", True) and P.get("use_row", True):
        rows.append(["", label(P, "use"), "%"] + [vdec(x) for x in M.use])
    T["sales"] = (title(P, "sales"), "", rows)
    # freight: quantities, then the cost rows
    rows = [["TT", "Chỉ tiêu"] + YEAR_HEAD]
    n = 0
    for f in M.freight:
        for lab, v in f.parts:
            n += 1
            rows.append([str(n), lab] + [vint(x) if x == round(x) else vdec(x) for x in v])
        if len(f.parts) > 1:
            rows.append(["", f.total] + [vint(x) for x in f.qty])
    T["fqty"] = (title(P, "fqty"), "", rows)
    cost_f = [f for f in M.freight if f.treat == "cost"]
    if cost_f:
        rows = [["TT", "Khoản mục"] + YEAR_HEAD]
        for n, f in enumerate(cost_f, 1):
            rows.append(money_row(n, f"{f.label} ({rate_text(f)})", f.amt))
        rows.append(money_row("", label(P, "fcost_total"), M.f_cost))
        T["fcost"] = (title(P, "fcost"), "ĐVT: triệu đồng", rows)
    # investment and sources
    rows = [["TT", "Hạng mục", "Thành tiền"]]
    for n, (lab, a, _) in enumerate(P["inv"], 1):
        rows.append([str(n), lab, vdec(a)])
    rows.append(["", label(P, "inv_total"), vdec(M.inv_total)])
    T["inv"] = (title(P, "inv"), "ĐVT: triệu đồng", rows)
    rows = [["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"]]
    for n, (lab, a) in enumerate(P["src"], 1):
        rows.append([str(n), lab, vdec(a), vdec(a / M.src_total * 100)])
    rows.append(["", label(P, "src_total"), vdec(M.src_total), vdec(100)])
    T["src"] = (title(P, "src"), "ĐVT: triệu đồng", rows)
    # revenue
    rows = [["TT", "Sản phẩm, kênh bán"] + YEAR_HEAD]
    for n, (i, c, v) in enumerate(M.rev_lines, 1):
        rows.append(money_row(n, f"{short(P, i)}, {clab[c]}", v))
    if any(M.f_net):
        rows.append(money_row("", label(P, "gross"), M.gross))
        rows.append(money_row("", label(P, "net_less"), M.f_net))
        rows.append(money_row("", label(P, "net"), M.revenue))
    else:
        rows.append(money_row("", label(P, "rev_total"), M.revenue))
    T["rev"] = (title(P, "rev"), "ĐVT: triệu đồng", rows)
    # costs
    basis = P.get("cost_basis", True)
    rows = [["TT", "Khoản mục"] + (["Căn cứ"] if basis else []) + YEAR_HEAD]
    bases = {"pack": f"{vint(P['pack_rate'])} đ/{u}", "energy": f"{vint(P['energy_rate'])} đ/{u}",
             "wages": "quỹ lương", "freight": f"Bảng {{fcost}}", "dep": f"{vint(M.fixed)} : {P['life']} năm",
             "interest": f"{vnum(P['rate'] * 100)} %/năm", "tax": f"{vnum(P['tax'] * 100)} % doanh thu"}
    for n, (k, v) in enumerate(M.cost_lines, 1):
        raw = next((r for r in M.raws if r.label == k), None)
        if raw is not None:
            lab, b = k, f"{vnum(raw.norm)} {raw.unit} × {vint(raw.price)} đ"
        elif k in DEFAULT_LABELS:
            lab, b = label(P, k), bases[k]
        else:
            lab, b = k, "dự toán"
        rows.append(money_row(n, lab, v, b if basis else None))
    rows.append(money_row("", label(P, "cost_total"), M.cost, "" if basis else None))
    T["cost"] = (title(P, "cost"), "ĐVT: triệu đồng", rows)
    # summary
    rows = [["TT", "Chỉ tiêu"] + YEAR_HEAD,
            money_row(1, label(P, "sum_rev"), M.revenue),
            money_row(2, label(P, "sum_cost"), M.cost),
            money_row(3, label(P, "sum_profit"), M.profit),
            money_row(4, label(P, "sum_margin"), M.margin)]
    T["sum"] = (title(P, "sum"), "ĐVT: triệu đồng", rows)
    return T


# --------------------------------------------------------------------------- reading the sources
_CAPTION = re.compile(r"^Bảng (\d+)\. (.+?)\s*$")
_NUMCELL = re.compile(r"^-?[\d.]+(,\d+)?$")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.key = stem[:4]
        self.tables: dict[str, list[list[str]]] = {}
        lines = self.body.splitlines()
        i = 0
        while i < len(lines):
            m = _CAPTION.match(lines[i].strip())
            if not m:
                i += 1
                continue
            cap, rows, i = m.group(2), [], i + 1
            while i < len(lines) and not lines[i].strip().startswith("|"):
                if _CAPTION.match(lines[i].strip()) or lines[i].startswith("#"):
                    break
                i += 1
            while i < len(lines) and lines[i].strip().startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(set(c) <= set("-: ") for c in cells):
                    rows.append(cells)
                i += 1
            self.tables[cap] = rows

    # a planted (or clean) comparison: printed against the value recomputed from printed figures
    def cmp(self, what: str, printed: float, computed: float, planted: bool = False,
            tol: float = 0.01, absol: float = 0.11) -> None:
        if planted:
            if not off(printed, computed):
                self.failures.append(f"{what}: planted defect not > 5 % off ({printed} vs {computed:.2f})")
        elif not (close(printed, computed, tol) or abs(printed - computed) <= absol):
            self.failures.append(f"{what}: printed {printed} but {computed:.2f}")

    def table(self, k: str) -> list[list[str]]:
        t = title(PLANS[self.key], k)
        if t not in self.tables:
            self.failures.append(f"table not found: {t!r}")
            return []
        return self.tables[t]

    def trow(self, k: str, lab: str, n: int = 3) -> list[float]:
        """The last n numbers of the row of table k whose label cell (2nd) equals lab."""
        for r in self.table(k):
            if len(r) > 1 and r[1] == lab:
                nums = [vn(c) for c in r[2:] if _NUMCELL.match(c)]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found in {k}: {lab!r}")
        return [float("nan")] * n


def _same(a: str, b: str) -> bool:
    if _NUMCELL.match(a) and _NUMCELL.match(b):
        x, y = vn(a), vn(b)
        return close(x, y) or abs(x - y) <= 0.11
    return a == b or "Bảng" in b


def check_cells(p: Plan) -> None:
    """(1) Every printed table of the model is in the source, cell for cell."""
    M = model(p.key)
    for k, (t, _, rows) in tables(p.key, M).items():
        if k == "fqty" and not PLANS[p.key].get("show_fqty", True):
            continue
        if k not in PLANS[p.key].get("tables_used", DEFAULT_TITLES):  # the plan does not print it
            continue
        src = p.table(k)
        if len(src) != len(rows):
            p.failures.append(f"{k}: {len(src)} rows printed, model has {len(rows)}")
            continue
        for a, b in zip(rows, src):
            if len(a) != len(b) or not all(_same(x, y) for x, y in zip(b, a)):
                p.failures.append(f"{k}: row {b} differs from the model's {a}")


def check_sums(p: Plan) -> None:
    """(2) The reviewer's arithmetic, redone on the printed figures themselves."""
    key = p.key
    P, M, TR = PLANS[key], model(key), model(key, true=True)
    D = P.get("defects", {})
    planted = set(P.get("planted", ()))
    u = P["unit"]
    clab = {c: lab for c, lab, _ in P["channels"]}
    prods = P["products"]
    # prices
    pr = {}
    for r in p.table("price")[1:]:
        i = int(r[0]) - 1
        pr[("px", i)] = vn(r[3])
        if len(r) > 4:
            pr[("pd", i)] = vn(r[4])
    # production and sales
    packs = {}
    for i in range(len(prods)):
        for c, _, _ in P["channels"]:
            if any(M.packs[c][i]):
                packs[(i, c)] = p.trow("sales", f"{short(P, i)}, {clab[c]}")
    rate, lch = P["loss"]
    lost = p.trow("sales", label(P, "lost"))
    out = p.trow("sales", label(P, "output"))
    cap = (p.trow("sales", label(P, "capacity")) if P.get("cap_row", True)
           else [P["cap"][0] * P["cap"][1]] * 3)
    for y in Y:
        lost_c = sum(round(sum(packs.get((i, c), [0, 0, 0])[y] for c in lch) * rate) * prods[i][2]
                     for i in range(len(prods)))
        p.cmp(f"lost {YEARS[y]}", lost[y], lost_c, absol=1.01)
        out_c = sum(v[y] * prods[i][2] for (i, c), v in packs.items()) + lost[y]
        p.cmp(f"output {YEARS[y]}", out[y], out_c, absol=1.01)
        p.cmp(f"capacity {YEARS[y]}", cap[y], P["cap"][0] * P["cap"][1])
    if P.get("cap_row", True) and P.get("use_row", True):
        use = p.trow("sales", label(P, "use"))
        for y in Y:
            p.cmp(f"capacity use {YEARS[y]}", use[y], out[y] / cap[y] * 100)
    over = max(out[y] / cap[y] for y in Y)
    if "capacity-exceeded" in planted:
        p.check(over > 1.05, f"capacity: planted excess not > 5 % (max use {over:.3f})")
    else:
        p.check(over <= 0.9, f"capacity: output uses {over:.3f} of capacity")
    # freight quantities and costs
    fq = {}
    for f in M.freight:
        parts = [p.trow("fqty", lab) for lab, _ in f.parts]
        q = [math.prod(v[y] for v in parts) for y in Y]
        if len(f.parts) > 1:
            tot = p.trow("fqty", f.total)
            for y in Y:
                p.cmp(f"{f.total} {YEARS[y]}", tot[y], q[y])
        fq[f.k] = q
    cost_f = [f for f in M.freight if f.treat == "cost"]
    if cost_f:
        rows = [p.trow("fcost", f"{f.label} ({rate_text(f)})") for f in cost_f]
        for f, v in zip(cost_f, rows):
            for y in Y:
                p.cmp(f"freight {f.label} {YEARS[y]}", v[y], fq[f.k][y] * f.rate / 1e6)
        ftot = p.trow("fcost", label(P, "fcost_total"))
        for y in Y:
            s = sum(v[y] for v in rows)
            pl = "table-total-mismatch" in planted and D.get("ftotal", (None,))[0] == y
            p.cmp(f"freight total {YEARS[y]}", ftot[y], s, planted=pl)
            if pl:
                p.cmp(f"freight total {YEARS[y]} (true)", ftot[y], TR.f_cost[y], planted=True)
    else:
        ftot = [0.0, 0.0, 0.0]
    # revenue
    rev_rows = {}
    for i in range(len(prods)):
        for c, _, pk in P["channels"]:
            if (i, c) in packs:
                v = p.trow("rev", f"{short(P, i)}, {clab[c]}")
                rev_rows[(i, c)] = v
                for y in Y:
                    pl = D.get("rev", (None, None, None))[:3] == (i, c, y)
                    calc = packs[(i, c)][y] * pr[(pk, i)] / 1e6
                    p.cmp(f"revenue {short(P, i)}, {clab[c]} {YEARS[y]}", v[y], calc, planted=pl)
    if any(M.f_net):
        gross = p.trow("rev", label(P, "gross"))
        less = p.trow("rev", label(P, "net_less"))
        rev = p.trow("rev", label(P, "net"))
        for y in Y:
            p.cmp(f"gross revenue {YEARS[y]}", gross[y], sum(v[y] for v in rev_rows.values()))
            netq = sum(fq[f.k][y] * f.rate / 1e6 for f in M.freight if f.treat == "net")
            p.cmp(f"freight netted off {YEARS[y]}", less[y], netq)
            p.cmp(f"net revenue {YEARS[y]}", rev[y], gross[y] - less[y])
    else:
        rev = p.trow("rev", label(P, "rev_total"))
        for y in Y:
            p.cmp(f"revenue total {YEARS[y]}", rev[y], sum(v[y] for v in rev_rows.values()))
    # raw materials
    for r in M.raws:
        tot_rows = [row for row in p.table("raw") if len(row) > 1 and row[1] == label(P, "supply_total")]
        need_rows = [row for row in p.table("raw") if len(row) > 1 and row[1].startswith("Nhu cầu (")]
        j = M.raws.index(r)
        sup_p = [vn(c) for c in tot_rows[j][2:]]
        need_p = [vn(c) for c in need_rows[j][2:]]
        n0 = sum(len(x.rows) for x in M.raws[:j])
        rows = [row for row in p.table("raw") if row and row[0].isdigit()][n0:n0 + len(r.rows)]
        for (lab, cnt, word, yld), row in zip(r.rows, rows):
            v = [vn(c) for c in row[2:]]
            m = re.search(r"\(([\d.,]+) [^×()]+ × ([\d.,]+) [^()]+\)$", row[1])
            for y in Y:
                p.cmp(f"supply {lab} {YEARS[y]}", v[y], cnt[y] * yld)
                if m:  # the scale the label prints: count × yield
                    p.cmp(f"supply {lab} {YEARS[y]} = label's scale", v[y], vn(m.group(1)) * vn(m.group(2)))
        for y in Y:
            p.cmp(f"supply total {r.label} {YEARS[y]}",
                  sup_p[y], sum(vn(row[2 + y]) for row in rows))
            p.cmp(f"need {r.label} {YEARS[y]}", need_p[y], out[y] * r.norm)
        short_by = max(need_p[y] / sup_p[y] for y in Y)
        if "material-shortfall" in planted and r is M.raws[0]:
            p.check(short_by > 1.05, f"material: planted shortfall not > 5 % ({short_by:.3f})")
        else:
            p.check(short_by <= 0.95, f"material {r.label}: need/supply {short_by:.3f}")
        if P.get("balance_row", True):
            bal = [vn(c) for c in [row for row in p.table("raw")
                                   if len(row) > 1 and row[1] == label(P, "balance")][j][2:]]
            for y in Y:
                p.cmp(f"balance {r.label} {YEARS[y]}", bal[y], sup_p[y] - need_p[y], absol=1.01)
    # staff
    roles = [p.trow("staff", role) for role, _ in P["roles"]]
    staff = p.trow("staff", label(P, "staff_total"))
    wage = p.trow("staff", label(P, "wage"))
    fund = p.trow("staff", label(P, "fund"))
    for y in Y:
        p.cmp(f"staff {YEARS[y]}", staff[y], sum(v[y] for v in roles))
        p.cmp(f"wage fund {YEARS[y]}", fund[y], staff[y] * wage[y] * 12)
    # investment and sources
    inv = [p.trow("inv", lab, 1)[0] for lab, _, _ in P["inv"]]
    inv_t = p.trow("inv", label(P, "inv_total"), 1)[0]
    p.cmp("investment total", inv_t, sum(inv))
    src_rows = [p.trow("src", lab, 2) for lab, _ in P["src"]]
    src_t = p.trow("src", label(P, "src_total"), 2)
    p.cmp("sources total", src_t[0], sum(v[0] for v in src_rows))
    for (lab, _), v in zip(P["src"], src_rows):
        p.cmp(f"share {lab}", v[1], v[0] / src_t[0] * 100)
    p.cmp("sources = investment", src_t[0], inv_t, planted="capital-mismatch" in planted)
    # costs
    fixed = sum(a for (_, _, fx), a in zip(P["inv"], inv) if fx)
    summ_rev = p.trow("sum", label(P, "sum_rev"))
    wanted = {"pack": lambda y: out[y] * P["pack_rate"] / 1e6,
              "energy": lambda y: out[y] * P["energy_rate"] / 1e6,
              "wages": lambda y: fund[y], "freight": lambda y: ftot[y],
              "dep": lambda y: fixed / P["life"], "interest": lambda y: P["loan"][y] * P["rate"],
              "tax": lambda y: summ_rev[y] * P["tax"]}
    lines = []
    for k, _ in M.cost_lines:
        raw = next((r for r in M.raws if r.label == k), None)
        lab = k if (raw or k not in DEFAULT_LABELS) else label(P, k)
        v = p.trow("cost", lab)
        lines.append(v)
        for y in Y:
            if raw is not None:
                need_p = [row for row in p.table("raw") if len(row) > 1 and row[1].startswith("Nhu cầu (")]
                calc = vn(need_p[M.raws.index(raw)][2 + y]) * raw.price / 1e6
            elif k in wanted:
                calc = wanted[k](y)
            else:
                calc = dict(P["other"])[k][y]
            p.cmp(f"cost {lab} {YEARS[y]}", v[y], calc)
    cost_t = p.trow("cost", label(P, "cost_total"))
    for y in Y:
        p.cmp(f"cost total {YEARS[y]}", cost_t[y], sum(v[y] for v in lines))
    # summary
    s_cost = p.trow("sum", label(P, "sum_cost"))
    s_profit = p.trow("sum", label(P, "sum_profit"))
    s_margin = p.trow("sum", label(P, "sum_margin"))
    for y in Y:
        p.cmp(f"summary revenue {YEARS[y]}", summ_rev[y], rev[y])
        p.cmp(f"summary cost {YEARS[y]}", s_cost[y], cost_t[y])
        pl = "profit-mismatch" in planted and D.get("profit", (None,))[0] == y
        p.cmp(f"profit {YEARS[y]}", s_profit[y], summ_rev[y] - s_cost[y], planted=pl)
        if pl:
            p.cmp(f"profit {YEARS[y]} (true)", s_profit[y], TR.profit[y], planted=True)
        p.cmp(f"margin {YEARS[y]}", s_margin[y], s_profit[y] / summ_rev[y] * 100)
    # payback as the text states it
    m = re.search(P.get("payback_re", r"≈ ([\d,]+) năm"), p.body)
    if not m:
        p.failures.append("payback not found in the text")
    else:
        stated = vn(m.group(1))
        calc = inv_t / (sum(s_profit) / 3 + fixed / P["life"])
        if "payback-mismatch" in planted:
            p.cmp("payback", stated, calc, planted=True)
            p.cmp("payback (true)", stated, TR.payback_calc, planted=True)
        else:
            p.cmp("payback", stated, calc, absol=0.051)
    # realism on the true figures
    for y in Y:
        mg = TR.profit[y] / TR.revenue[y]
        p.check(0.05 <= mg <= 0.35, f"true margin {YEARS[y]} {mg:.3f}")
    g = max(TR.revenue[y] / TR.revenue[y - 1] for y in (1, 2))
    g0 = TR.output[0] / P["hist"]["out"][2]
    if "unrealistic-growth" in planted:
        p.check(g > 1.5, f"growth: planted growth only {g:.3f}")
    else:
        p.check(g <= 1.35 and g0 <= 1.25, f"growth {g:.3f}, 2027 over 2026 {g0:.3f}")


def check_ready_policy(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
    p.lacks(REPLACED, "outdated instrument or district level in a ready plan")
    for d in re.findall(r"[Đđ]ến (\d{1,2}/\d{1,2}/(\d{4}))", p.body):
        p.check(int(d[1]) >= 2029, f"paper valid only to {d[0]}")


def check_common(p: Plan) -> None:
    if "boilerplate" not in PLANS.get(p.key, {}).get("planted", ()):
        p.lacks(PLACEHOLDER, "template placeholder")


# --------------------------------------------------------------------------- per-plan text checks
def figures(p: Plan, unit: str) -> None:
    """The plan's headline figures, as the objectives and the financial part print them."""
    M = model(p.key)
    p.has(f"{vint(M.output[0])} {unit}", f"{vdec(M.revenue[0])} triệu đồng")


def papers(p: Plan, skip: tuple[str, ...] = ()) -> None:
    """The papers every full plan holds, except the ones a planted defect takes out."""
    want = {"registration": r"Giấy chứng nhận đăng ký (doanh nghiệp|hợp tác xã|hộ kinh doanh)|Thông báo thành lập",
            "food-safety": r"đủ điều kiện ATTP|cam kết an toàn thực phẩm|không phải thực phẩm",
            "standard": r"TCCS|[Tt]iêu chuẩn cơ sở", "label": r"43/2017/NĐ-CP.{0,40}111/2021/NĐ-CP",
            "trademark": r"nhãn hiệu", "quality": r"nhật ký|truy xuất",
            "environment": r"bể lắng|hố thấm|đăng ký môi trường|cam kết bảo vệ môi trường|ủ (làm )?phân"}
    for k, pat in want.items():
        if k not in skip and not re.search(pat, p.body):
            p.failures.append(f"paper or measure missing ({k}): {pat}")


def no_replaced(p: Plan) -> None:
    p.lacks(REPLACED, "outdated instrument or district level")
    p.has("148/QĐ-TTg", "1489/QĐ-TTg")


def text_jv01(p: Plan) -> None:
    check_ready_policy(p)
    papers(p)
    figures(p, "lít")
    p.has("3001874526", "TCCS 01:2026/HĐ", "tự công bố", "Phiếu kết quả thử nghiệm", "giá tại xưởng",
          "giá giao tận nơi", "Đến 14/9/2029", "gia hạn giấy ATTP", f"≈ {vdec(model(p.key).payback)} năm")


def text_jv02(p: Plan) -> None:
    check_ready_policy(p)
    papers(p)
    figures(p, "kg")
    p.has("3002245816", "Luật Hợp tác xã năm 2023", "24 thành viên chính thức", "TCCS 01:2026/KM",
          "tự công bố", "Phiếu kết quả thử nghiệm", "tem QR", "không ghi công dụng chữa bệnh",
          "người mua trả cước", "Giá sỉ giao tận nơi", "gia hạn giấy ATTP")


def text_jv03(p: Plan) -> None:
    check_ready_policy(p)
    papers(p)
    figures(p, "kg")
    p.has("28B8004417", "TCCS 01:2026/HL", "tự công bố", "Phiếu kết quả thử nghiệm",
          "không ghi công dụng chữa bệnh", "người mua trả cước", "Trừ cước nhà xe ra Hà Nội",
          "Doanh thu thuần tại cơ sở", "Gia hạn giấy chứng nhận ATTP")
    p.lacks(r"chữa (khỏi|trị)|điều trị|hỗ trợ điều trị|bổ gan|giải độc gan", "health claim")


def text_jv04(p: Plan) -> None:
    check_ready_policy(p)
    papers(p)
    M = model(p.key)
    p.has(f"{vint(M.sold_units[0])} chiếc", f"{vdec(M.revenue[0])} triệu đồng", "không phải thực phẩm",
          "TCCS 01:2026/PG", "UBND xã Hương Đô", "3002311874", "Nghị định số 05/2025/NĐ-CP",
          "Thuê xe tải 5 tấn đi Hà Nội")


def text_jv05(p: Plan) -> None:
    no_replaced(p)
    papers(p)
    figures(p, "lít")
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|thủ công nhằm|phép sản xuất", "alcohol licence")
    p.has("2 nồi inox, mỗi nồi 40 lít/ngày, làm 250 ngày/năm, tức 20.000 lít/năm",
          "không đầu tư thêm nồi chưng cất", "Tổ nấu giữ 4 người", "QCVN 6-3:2010/BYT",
          "Không dành cho người dưới 18 tuổi")


def text_jv06(p: Plan) -> None:
    no_replaced(p)
    papers(p, skip=("environment",))
    figures(p, "kg")
    p.lacks(r"môi trường|chất thải|nước thải|xử lý|bể lắng|biogas|\brác\b|mùi|tự hoại|05/2025|08/2022",
            "environmental measure")
    p.has("Hiệu quả xã hội", "giá bán tại cơ sở 260.000 đồng/kg")
    px0 = p.trow("price", short(PLANS["jv06"], 0), 2)[0]
    p.cmp("giò lụa ex-works price: text 260.000 against the price table", 260000, px0, planted=True)


def text_jv07(p: Plan) -> None:
    no_replaced(p)
    papers(p, skip=("quality",))
    figures(p, "kg")
    p.lacks(r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\blô\b|kiểm soát nội bộ|lưu mẫu|kiểm tra chất lượng|"
            r"kiểm soát chất lượng|HACCP|\bISO\b|\btem\b|mã vạch|VietGAP", "quality control")
    other, own = "Công ty cổ phần Bánh kẹo Thiên Nhẫn", "Công ty cổ phần Thực phẩm Xuân Thành"
    p.check(p.count(other) >= 3, f"other company named {p.count(other)} times")
    p.check(p.count(own) >= 2, f"own company named {p.count(own)} times")
    p.has("Nguồn vốn trên bảo đảm đủ", "TCCS 01:2026/XT", "tự công bố", "Phiếu kết quả thử nghiệm")


def text_jv08(p: Plan) -> None:
    no_replaced(p)
    papers(p, skip=("label",))
    figures(p, "kg")
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|ghi nhãn", "label")
    p.has("bảo đảm đủ nguyên liệu cho cả giai đoạn 2027 – 2029", "khoảng 1,5 năm", "TCCS 01:2026/MP",
          "tự công bố", "Phiếu kết quả thử nghiệm")
    p.check(p.count("khoảng 1,5 năm") == 1 and "≈" not in p.body, "payback stated once, as 1,5 năm")


def text_jv09(p: Plan) -> None:
    papers(p, skip=("standard",))
    figures(p, "lít")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|hợp quy|"
            r"chỉ tiêu (chất lượng|an toàn|vi sinh|hóa lý|cảm quan)",
            "product standard or declaration")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Kỳ Anh", "cấp huyện",
          "tháng 8 năm 2026")
    p.lacks(r"148/QĐ-TTg|1489", "current OCOP instrument")


def text_jv10(p: Plan) -> None:
    no_replaced(p)
    papers(p, skip=("trademark",))
    figures(p, "kg")
    p.check(bool(re.search(PLACEHOLDER, p.body)), "template placeholder not found")
    p.has("[tên đơn vị vận chuyển]", "....../HĐVC", "giữ nguyên 7 lao động", "tăng gấp đôi")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|chỉ dẫn địa lý|biểu trưng", "trademark")


def sketchy(p: Plan, lo: int = 150, hi: int = 350) -> None:
    words = len(re.sub(r"^#+ ", "", p.body, flags=re.M).split())
    p.check(lo <= words <= hi, f"sketchy plan has {words} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.lacks(r"ATTP|an toàn thực phẩm|tiêu chuẩn|TCCS|công bố|nhãn|môi trường|truy xuất|QCVN", "a paper")


def text_jv11(p: Plan) -> None:
    sketchy(p)
    p.has("chưa đăng ký kinh doanh", "3.000 đồng/cái", "250 triệu đồng", "80 triệu đồng", "giao hàng tận nơi")
    p.lacks(r"[Gg]iấy chứng nhận|mã số thuế", "registration")


def text_jv12(p: Plan) -> None:
    sketchy(p)
    p.has("28C8003591", "350.000 đồng/lít", "120 triệu đồng", "150 triệu đồng", "gửi bưu điện")


TEXT = {k[5:]: f for k, f in globals().items() if k.startswith("text_")}


def check(stem: str) -> Plan:
    p = Plan(stem)
    check_common(p)
    if p.key in PLANS:
        check_cells(p)
        check_sums(p)
    TEXT[p.key](p)
    return p


def stems(keys: list[str]) -> list[str]:
    found = sorted(f.stem for f in (HERE / "src").glob("jv*.md"))
    return [s for s in found if not keys or s[:4] in keys]


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if not a.startswith("-")]
    if argv and "--summary" in argv:
        for k in (keys or PLANS):
            print(summary(k))
        return 0
    chosen = stems(keys)
    if not chosen:
        print("no plan sources found")
        return 1
    return plancheck.report([check(s) for s in chosen])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
