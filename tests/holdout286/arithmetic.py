"""The 286th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout286/arithmetic.py [kb01 kb05 ...]

Theme: rents, fees and payments in kind or as a share. Land, a hill, a lake or a yard rented for so
many tạ of paddy a year (converted into money in the costs at the paddy price the plan states); a
mill paid in a share of the flour, a kiln owner paid 10 % of the fired pieces, a forest owner paid
in honey per hive, households tending hives or a lake paid a share of the harvest, growers paid
partly in the product (litres of spirit per tạ of rice, kg of dry tea per kg of fresh leaves,
noodles for the rice a household brings), a wharf or a clay pit charged per tonne by the commune, a
commune site charged a share of revenue. Payments made in the plan's own product are counted as
not sold (gross output minus what is given away = what is sold) and are not costed again; payments
in paddy or money are costed.

For every full plan (kb01-kb10) the constants give the gross output a year, the payments in kind
taken out of it, the products (pack size, packs sold, price, packaging cost), the raw materials
(norm, supply rows as count x yield, a share of a row paid away, or a rice-to-flour chain with the
mill's share), the rents in paddy, the capacity ratings, staff by role and wages, the cost lines
(each typed: need x price, count x price, packs x packaging, gross x rate, wage fund, paddy rent,
fee per tonne, share of revenue, depreciation, interest, fixed), investment items, sources, loan
balances and rate, and the 2024-2026 history. `model()` turns them into every figure the plan
prints (`tables()` lays them out, the generator and this checker share both); a plan's planted
numeric defect is applied inside `model(planted=True)` so its knock-ons follow, and
`model(planted=False)` gives the true figures beside it.

Checks: every table of the plan's source equals `tables()` (numbers within 1 %); then a reviewer's
recomputation of the printed figures (revenue lines = packs x price, every total = sum of its
lines, profit = revenue - cost, sources = investment, payback = investment / (average profit +
depreciation), need <= supply, output <= capacity, growth <= 35 %/year) must trip exactly the
planted numeric rules, each wrong by more than 5 % against the true value, plus at most the
tolerated knock-ons the front matter lists. Textual defects by the absence or presence of their
words; ready plans cite QĐ 148 and QĐ 1489 and nothing replaced. Sketchy plans: 150-350 words,
no table.
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
HIST = (2024, 2025, 2026)
Y3 = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")
GROWTH_LIMIT = 0.35


# --------------------------------------------------------------------------- number formats
def fmt(x: float, d: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5' (d decimals)."""
    neg = x < 0
    s = f"{abs(x):,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("−" if neg else "") + s


def m1(x: float) -> str:
    """Money in triệu đồng with one decimal."""
    return fmt(x, 1)


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def num(x: float) -> str:
    """A count or a rate: no decimals when whole, else up to 2."""
    if abs(x - round(x)) < 1e-9:
        return fmt(x)
    if abs(x * 10 - round(x * 10)) < 1e-9:
        return fmt(x, 1)
    return fmt(x, 2)


# --------------------------------------------------------------------------- constants
# G: gross output a year (base unit). ded: payments in kind taken out of it, each a dict:
#   share (rate of G) | hives (kg per hive of raw rows) | row (rate x a supply row's quantity)
#   | need (rate x a raw material's need).
# products: (label, pack word, size in base units, packs sold [3], price đ [3], packaging đ/pack)
# raws: dict(label, unit, norm, rows, balance, chain); rows are (label, counts[3], count word,
#   yield) or ("less", label, row index, rate) for a share of a row paid away; chain = (extraction,
#   mill share) for rice milled into flour at a mill paid in flour; norm may be a list per product
#   (applied to the gross pieces of each product).
# caps: (label, rating a day, days, product index or None, show the use row)
# rents: (label, tạ thóc a year, paddy price đ/kg, how it is reckoned)
# costs: typed lines, see cost_lines().
PLANS: dict[str, dict] = {
    "kb01": dict(
        unit="kg", what="bột sắn dây",
        G=[6000, 6600, 7200],
        ded=[dict(label="Trả công xay lọc cho xưởng (10 % bột)", kind="share", rate=0.10)],
        products=[("Bột sắn dây, hộp giấy 500 g", "hộp", 0.5, [5400, 5940, 6480], [110000, 114000, 118000], 9000),
                  ("Bột sắn dây, túi 1 kg", "túi", 1, [1620, 1782, 1944], [200000, 208000, 216000], 6000),
                  ("Bột sắn dây, gói 200 g", "gói", 0.2, [5400, 5940, 6480], [48000, 50000, 52000], 3500)],
        raws=[dict(label="Củ sắn dây tươi", unit="kg", norm=8, balance=True,
                   rows=[("Ruộng đồi của thành viên", [20, 20, 20], "hộ", 900),
                         ("Đất đồi thuê thôn Khe Vằng", [3, 3, 3], "ha", 15000)])],
        caps=[("Lò sấy tinh bột", 40, 240, None, True)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Sơ chế củ, phơi sấy bột", [3, 3, 4]),
               ("Đóng gói, bán hàng", [1, 2, 2])],
        wage=[5.0, 5.3, 5.6],
        rents=[("Thuê 3 ha đất đồi của 4 hộ thôn Khe Vằng", [18, 18, 18], 8500, "3 ha × 6 tạ thóc/ha")],
        costs=[("need", "Củ sắn dây tươi", 0, 7000),
               ("pack", "Bao bì, hộp, túi"),
               ("gross", "Điện, củi sấy, nước", 3500),
               ("wages", "Tiền công lao động"),
               ("rent", "Thuê đất đồi (quy ra tiền)", 0),
               ("share", "Bán hàng, vận chuyển", 0.05, None),
               ("dep", "Khấu hao tài sản cố định"),
               ("int", "Lãi vay ngân hàng"),
               ("fixed", "Chi phí khác", 40),
               ("share", "Thuế, phí", 0.015, None)],
        inv=[("Nhà sấy, phòng đóng gói 80 m²", 250, True), ("Lò sấy tinh bột 40 kg/ngày", 180, True),
             ("Máy đóng gói, hàn miệng túi", 70, True), ("Bao bì, mã vạch, tem truy xuất", 40, False),
             ("Kiểm nghiệm, tự công bố, nhãn hiệu", 30, False), ("Vốn lưu động", 230, False)],
        src=[("Vốn góp của thành viên", 350), ("Quỹ đầu tư phát triển của HTX", 100),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 350)],
        life=10, loan=[350, 250, 150], rate=0.08,
        hist=dict(out=[4200, 4700, 5300], price=[165000, 170000, 178000], margin=[0.11, 0.12, 0.13])),
    "kb02": dict(
        unit="kg", what="mật ong",
        G=[4590, 4980, 5370],
        ded=[dict(label="Nộp chủ rừng keo (1,5 kg/đàn)", kind="hives", rate=1.5, rows=[0, 1]),
             dict(label="Chia cho hộ giữ ong (30 % mật đàn gửi)", kind="row", rate=0.30, raw=0, row=1)],
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, [2880, 3120, 3360], [105000, 108000, 111000], 8000),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, [1440, 1560, 1680], [190000, 195000, 200000], 10000),
                  ("Mật ong hoa keo, can 2 kg", "can", 2, [360, 390, 420], [360000, 370000, 380000], 25000)],
        raws=[dict(label="Mật ong thô", unit="kg", norm=1.04, balance=True,
                   rows=[("Đàn ong của hộ", [160, 170, 180], "đàn", 20),
                         ("Đàn gửi nuôi tại 8 hộ thôn Hạ Vàng", [100, 110, 120], "đàn", 20)])],
        caps=[("Máy hạ thủy phần", 30, 220, None, True)],
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Chăm sóc ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 2])],
        wage=[5.0, 5.3, 5.6],
        rents=[("Thuê vườn đặt trại ong mùa mưa", [3, 3, 3], 8000, "3 tạ thóc/năm")],
        costs=[("count", "Đường, thuốc, chăm sóc đàn ong", 0, [0, 1], 350000),
               ("pack", "Chai, hũ, can, nhãn"),
               ("gross", "Điện, nước", 1500),
               ("wages", "Tiền công lao động"),
               ("rent", "Thuê vườn trại ong (quy ra tiền)", 0),
               ("fixed", "Chuyển đàn vào rừng keo", 30),
               ("share", "Bán hàng, vận chuyển", 0.04, None),
               ("dep", "Khấu hao tài sản cố định"),
               ("int", "Lãi vay ngân hàng"),
               ("fixed", "Chi phí khác", 20),
               ("share", "Thuế, phí", 0.015, None)],
        inv=[("Máy hạ thủy phần mật ong 30 kg/mẻ", 150, True), ("Bổ sung 40 thùng ong và đàn giống", 80, True),
             ("Phòng lọc, chiết mật 30 m²", 110, True), ("Máy quay mật, bồn lắng inox", 60, True),
             ("Chai, hũ, nhãn, kiểm nghiệm", 40, False), ("Vốn lưu động", 160, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Nông nghiệp và PTNT", 250)],
        life=8, loan=[250, 170, 90], rate=0.08,
        hist=dict(out=[3000, 3250, 3500], price=[185000, 190000, 196000], margin=[0.12, 0.13, 0.14])),
    "kb03": dict(
        unit="chiếc", what="sản phẩm gốm",
        G=[17000, 18700, 20400],
        ded=[dict(label="Trả chủ lò nung (10 % số sản phẩm đạt)", kind="share", rate=0.10)],
        products=[("Chậu gốm trồng lan, cỡ nhỏ", "chiếc", 1, [9000, 9900, 10800], [35000, 36000, 37000], 2000),
                  ("Chậu gốm cây cảnh, cỡ vừa", "chiếc", 1, [4500, 4950, 5400], [95000, 98000, 100000], 5000),
                  ("Bình gốm trang trí", "chiếc", 1, [1800, 1980, 2160], [210000, 215000, 220000], 12000)],
        raws=[dict(label="Đất sét", unit="kg", norm=[1.2, 4, 3], balance=True,
                   rows=[("Bãi đất sét của xã, đồng Bàu Sen", [1, 1, 1], "bãi", 60000)])],
        caps=[("Lò nung (3 mẻ/tháng × 700 chiếc)", 2100, 12, None, True)],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Làm đất, tạo hình", [5, 5, 6]),
               ("Phơi, chở lò, hoàn thiện", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[4.8, 5.0, 5.2],
        rents=[("Thuê sân phơi, lán 400 m² của hộ", [5, 5, 5], 8500, "5 tạ thóc/năm")],
        costs=[("tonne", "Phí đất sét nộp xã", 0, 150000),
               ("gross", "Củi đốt lò", 2000),
               ("gross", "Men, màu, phụ liệu", 1000),
               ("pack", "Rơm chèn, thùng, thẻ treo"),
               ("wages", "Tiền công lao động"),
               ("rent", "Thuê sân phơi (quy ra tiền)", 0),
               ("fixed", "Chở hàng đi lò, về", 24),
               ("share", "Bán hàng, hội chợ", 0.05, None),
               ("dep", "Khấu hao tài sản cố định"),
               ("int", "Lãi vay"),
               ("fixed", "Chi phí khác", 30),
               ("share", "Thuế, phí", 0.015, None)],
        inv=[("Lán tạo hình, sân phơi có mái 200 m²", 220, True), ("6 bàn xoay điện, máy nhào đất", 150, True),
             ("Xe chở hàng ba bánh", 60, True), ("Thiết kế mẫu, thẻ treo, bao bì", 30, False),
             ("Đăng ký nhãn hiệu", 15, False), ("Vốn lưu động", 125, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=10, loan=[200, 140, 80], rate=0.066,
        hist=dict(out=[12500, 13800, 15200], price=[64000, 66000, 68000], margin=[0.09, 0.10, 0.11])),
    "kb04": dict(
        unit="lượt khách", what="lượt khách", service=True,
        G=[18000, 20000, 22000],
        ded=[],
        products=[("Vé tham quan đầm sen", "lượt", 1, [18000, 20000, 22000], [30000, 30000, 35000], 0),
                  ("Đi thuyền ngắm sen", "lượt", 1, [7200, 8000, 8800], [50000, 50000, 55000], 0),
                  ("Suất ăn món sen", "suất", 1, [5400, 6000, 6600], [150000, 155000, 160000], 0)],
        raws=[dict(label="Thực phẩm cho suất ăn", unit="kg", norm=0.5, basis=2, balance=True,
                   rows=[("Hộ chăn nuôi, trồng rau thôn Đông Tiến", [12, 12, 12], "hộ", 300)])],
        caps=[("Thuyền ngắm sen (8 thuyền × 24 khách/ngày)", 192, 150, 1, True),
              ("Nhà ăn (60 chỗ × 2 bữa)", 120, 150, 2, True)],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Hướng dẫn viên, bán vé", [3, 3, 4]),
               ("Bếp, phục vụ", [4, 4, 5]), ("Bảo vệ, chăm sóc đầm sen", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1],
        rents=[("Thuê 4 ha mặt đầm của 11 hộ", [28, 28, 28], 8500, "4 ha × 7 tạ thóc/ha")],
        costs=[("need", "Thực phẩm, gia vị cho suất ăn", 0, 80000),
               ("share", "Nộp xã phần tiền vé", 0.10, [0], "10 % tiền vé"),
               ("share", "Chia hộ chèo thuyền", 0.60, [1], "60 % tiền thuyền"),
               ("rent", "Thuê mặt đầm (quy ra tiền)", 0),
               ("wages", "Tiền công lao động"),
               ("gross", "Điện, nước, vệ sinh", 4000),
               ("share", "Quảng bá, đặt chỗ trực tuyến", 0.04, None),
               ("dep", "Khấu hao tài sản cố định"),
               ("int", "Lãi vay"),
               ("fixed", "Chi phí khác", 40),
               ("share", "Thuế, phí", 0.02, None)],
        inv=[("Nhà đón tiếp, nhà ăn 150 m²", 600, True), ("8 thuyền composite, áo phao", 160, True),
             ("Cầu tre, chòi ngắm sen, lối đi", 280, True), ("Khu vệ sinh, bể tự hoại, thùng rác", 120, True),
             ("Biển chỉ dẫn, trang web, quảng bá", 60, False), ("Vốn lưu động", 180, False)],
        src=[("Vốn góp của cổ đông", 900), ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        hist=dict(out=[11000, 13500, 16000], price=[78000, 80000, 82000], margin=[0.06, 0.08, 0.09])),
    "kb05": dict(
        unit="lít", what="rượu",
        G=[24000, 28000, 34000],
        ded=[dict(label="Trả người trồng nếp (10 lít/tạ nếp)", kind="need", rate=0.10, raw=0)],
        products=[("Rượu nếp cái 29,5 độ, chai 500 ml", "chai", 0.5, [24000, 28000, 34000], [55000, 57000, 58000], 9000),
                  ("Rượu nếp cái, bình gốm 2 lít", "bình", 2, [2000, 2400, 2800], [230000, 235000, 240000], 60000),
                  ("Rượu nếp cái bán lẻ theo lít", "lít", 1, [5360, 6120, 7660], [85000, 87000, 88000], 2000)],
        raws=[dict(label="Gạo nếp cái", unit="kg", norm=1.1, balance=True,
                   rows=[("Ruộng nếp của thành viên", [40, 40, 40], "hộ", 450),
                         ("Hộ trồng nếp thôn Yên Hòa", [30, 30, 45], "hộ", 450)])],
        caps=[("Hai nồi chưng cất (2 × 55 lít/ngày)", 110, 260, None, False)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Lọc, hạ thổ, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4],
        rents=[("Thuê nhà kho, sân 600 m² của hộ", [10, 10, 10], 8500, "10 tạ thóc/năm")],
        costs=[("need", "Gạo nếp (phần trả tiền)", 0, 18000),
               ("gross", "Men lá, nguyên liệu phụ", 1000),
               ("pack", "Chai, bình gốm, can, nhãn"),
               ("gross", "Củi, điện, nước", 3000),
               ("wages", "Tiền công lao động"),
               ("rent", "Thuê kho, sân (quy ra tiền)", 0),
               ("share", "Bán hàng, quảng bá", 0.05, None),
               ("dep", "Khấu hao tài sản cố định"),
               ("int", "Lãi vay ngân hàng"),
               ("fixed", "Chi phí khác", 50),
               ("share", "Thuế, phí khác", 0.02, None)],
        inv=[("Kho hạ thổ, ủ rượu 80 m²", 260, True), ("Hệ thống lọc, khử andehit, chiết rót", 280, True),
             ("Chum, bình gốm ủ rượu", 120, True), ("Hầm biogas, bể chứa bỗng", 90, True),
             ("Thiết kế bao bì, nhãn, tem truy xuất", 50, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        hist=dict(out=[18000, 20000, 22000], price=[92000, 95000, 98000], margin=[0.12, 0.13, 0.13]),
        plant=dict(rev=(0, 1, 0))),
    "kb06": dict(
        unit="lít", what="nước mắm",
        G=[30000, 33000, 36000],
        ded=[dict(label="Trả thuê 20 bể chượp (40 lít/bể)", kind="fixed", values=[800, 800, 800])],
        products=[("Nước mắm cốt 35 độ đạm, chai 500 ml", "chai", 0.5, [16000, 17600, 19200], [65000, 67000, 69000], 7000),
                  ("Nước mắm 25 độ đạm, chai 1 lít", "chai", 1, [12000, 13200, 14400], [52000, 54000, 56000], 8000),
                  ("Nước mắm 20 độ đạm, can bán theo lít", "lít", 1, [9200, 10200, 11200], [35000, 36000, 37000], 1500)],
        raws=[dict(label="Cá cơm tươi", unit="kg", norm=1.1, balance=True,
                   rows=[("Thuyền của thành viên", [8, 8, 8], "thuyền", 3000),
                         ("Vựa cá bến xã (hợp đồng)", [1, 1, 1], "vựa", 20000)]),
              dict(label="Muối hạt", unit="kg", norm=0.35, balance=True,
                   rows=[("Hợp tác xã muối (hợp đồng)", [1, 1, 1], "hợp đồng", 14000)])],
        caps=[("30 thùng chượp + 20 bể thuê (1.300 lít/năm)", 1300, 50, None, True)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Muối chượp, đảo chượp", [4, 4, 4]),
               ("Lọc, chiết chai", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        rents=[("Thuê đất nhà chượp 500 m² của thôn", [12, 12, 12], 8500, "12 tạ thóc/năm")],
        costs=[("need", "Cá cơm tươi", 0, 18000),
               ("need", "Muối hạt", 1, 3000),
               ("tonne", "Phí bến cá nộp xã", 0, 150000),
               ("pack", "Chai, can, nhãn"),
               ("gross", "Điện, nước", 500),
               ("wages", "Tiền công lao động"),
               ("rent", "Thuê đất nhà chượp (quy ra tiền)", 0),
               ("share", "Bán hàng, vận chuyển", 0.04, None),
               ("dep", "Khấu hao tài sản cố định"),
               ("int", "Lãi vay ngân hàng"),
               ("fixed", "Chi phí khác", 40),
               ("share", "Thuế, phí", 0.015, None)],
        inv=[("Nhà chượp mái tôn 300 m²", 350, True), ("30 thùng chượp composite 2 m³", 240, True),
             ("Máy lọc, máy chiết chai, dán nhãn", 160, True), ("Bao bì, nhãn, mã vạch", 40, False),
             ("Vốn lưu động", 310, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 480, 360], rate=0.08,
        hist=dict(out=[24000, 26500, 28500], price=[56000, 58000, 60000], margin=[0.10, 0.11, 0.11]),
        plant=dict(total=(1, "Chai, can, nhãn"))),
    "kb07": dict(
        unit="kg", what="cà gai leo khô",
        G=[7000, 7700, 8400],
        ded=[dict(label="Hàng tặng kèm đại lý (5 %)", kind="share", rate=0.05)],
        products=[("Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, [20000, 22000, 24000], [45000, 46000, 47000], 6000),
                  ("Cà gai leo khô, túi 500 g", "túi", 0.5, [5000, 5500, 6000], [110000, 113000, 116000], 5000),
                  ("Cà gai leo khô bán buôn theo kg", "kg", 1, [3150, 3465, 3780], [170000, 175000, 180000], 2000)],
        raws=[dict(label="Cà gai leo tươi", unit="kg", norm=4, balance=True,
                   rows=[("Ruộng thuê trồng cà gai leo", [5, 5, 5], "ha", 6000),
                         ("Hộ liên kết thôn Yên Thượng", [12, 12, 12], "hộ", 500)])],
        caps=[("Máy sấy bơm nhiệt", 40, 250, None, True)],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Trồng, thu hái", [4, 4, 4]),
               ("Sấy, đóng gói", [3, 3, 4]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        rents=[("Thuê 5 ha ruộng của 14 hộ", [35, 35, 35], 9000, "5 ha × 7 tạ thóc/ha")],
        costs=[("need", "Cà gai leo tươi", 0, 5000),
               ("pack", "Hộp, túi, túi lọc"),
               ("gross", "Điện sấy, nước", 6000),
               ("wages", "Tiền công lao động"),
               ("rent", "Thuê ruộng (quy ra tiền)", 0),
               ("share", "Thuê nhà sơ chế của xã", 0.03, None),
               ("share", "Bán hàng, đại lý", 0.06, None),
               ("dep", "Khấu hao tài sản cố định"),
               ("int", "Lãi vay ngân hàng"),
               ("fixed", "Chi phí khác", 60),
               ("share", "Thuế, phí", 0.015, None)],
        inv=[("Nhà sấy, xưởng đóng gói 150 m²", 520, True), ("Máy sấy bơm nhiệt 40 kg/ngày", 380, True),
             ("Máy cắt, nghiền, đóng túi lọc", 420, True), ("Cải tạo ruộng thuê, hệ thống tưới", 180, True),
             ("Thiết kế bao bì, nhãn", 50, False), ("Kiểm nghiệm, công bố, nhãn hiệu", 40, False),
             ("Vốn lưu động", 360, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng TMCP Công Thương", 800)],
        life=10, loan=[800, 650, 500], rate=0.08,
        hist=dict(out=[5200, 5800, 6400], price=[215000, 220000, 226000], margin=[0.10, 0.11, 0.12])),
    "kb08": dict(
        unit="kg", what="bún khô",
        G=[20000, 36000, 54000],
        ded=[dict(label="Trả bún cho hộ đổi gạo (0,8 kg/kg gạo)", kind="row", rate=0.8, raw=0, row=1)],
        products=[("Bún gạo khô, gói 500 g", "gói", 0.5, [16000, 28800, 43200], [22000, 22000, 22000], 1500),
                  ("Bún gạo khô, bao 5 kg cho quán", "bao", 5, [1200, 2200, 3400], [175000, 175000, 175000], 4000),
                  ("Bún gạo khô bán cân", "kg", 1, [4400, 9000, 13800], [33000, 33000, 33000], 300)],
        raws=[dict(label="Gạo tẻ", unit="kg", norm=1.1, balance=False, chain=(0.95, 0.08),
                   rows=[("Gạo mua theo hợp đồng", [21000, 40000, 61000], "kg", 1),
                         ("Gạo hộ dân mang đến đổi bún", [2000, 2000, 2000], "kg", 1)])],
        caps=[("Máy tráng, cắt bún", 250, 300, None, True)],
        roles=[("Tổ trưởng, sổ sách", [1, 1, 1]), ("Ngâm gạo, tráng, phơi bún", [3, 3, 3]),
               ("Đóng gói, giao hàng", [1, 1, 1])],
        wage=[4.0, 4.2, 4.4],
        rents=[],
        costs=[("rows", "Gạo mua theo hợp đồng", 0, [0], 14000),
               ("pack", "Túi, bao, nhãn"),
               ("gross", "Điện, củi, nước", 1500),
               ("wages", "Tiền công lao động"),
               ("tonnegross", "Phí sân phơi nộp xã", 100000),
               ("share", "Bán hàng, giao hàng", 0.04, None),
               ("dep", "Khấu hao tài sản cố định"),
               ("int", "Lãi vay"),
               ("fixed", "Chi phí khác", 20),
               ("share", "Thuế, phí", 0.015, None)],
        inv=[("Sửa mái xưởng, sân phơi có lưới", 80, True), ("Máy hàn miệng túi", 20, True),
             ("Thiết kế bao bì, nhãn", 30, False), ("Kiểm nghiệm, tự công bố", 20, False),
             ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của tổ viên", 200), ("Vay Quỹ hỗ trợ nông dân", 100)],
        life=5, loan=[100, 100, 50], rate=0.06,
        hist=dict(out=[15000, 16500, 18000], price=[29000, 30000, 31000], margin=[0.08, 0.08, 0.09])),
    "kb09": dict(
        unit="kg", what="chè khô",
        G=[3000, 3300, 3600],
        ded=[dict(label="Trả chè khô cho hộ bán búp (1 kg/20 kg tươi)", kind="row", rate=0.05, raw=0, row=2)],
        products=[("Chè xanh búp khô, gói 200 g", "gói", 0.2, [5000, 5500, 6000], [36000, 37000, 38000], 3000),
                  ("Chè xanh búp khô, hộp 500 g", "hộp", 0.5, [1500, 1700, 1900], [95000, 98000, 100000], 12000),
                  ("Chè xanh khô bán cân", "kg", 1, [1000, 1100, 1200], [140000, 143000, 146000], 1000)],
        raws=[dict(label="Búp chè tươi", unit="kg", norm=5, balance=True,
                   rows=[("Đồi chè của gia đình", [1, 1, 1], "ha", 7000),
                         ("Đồi chè thuê của hộ bà Hường", [2, 2, 2], "ha", 4000),
                         ("Hộ hàng xóm bán búp", [10, 10, 10], "hộ", 500)])],
        caps=[("Tôn sao chè quay điện và máy vò", 16, 250, None, True)],
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Hái, sao, vò chè", [2, 2, 2]), ("Đóng gói", [1, 1, 1])],
        wage=[4.5, 4.7, 4.9],
        rents=[("Thuê 2 ha đồi chè của hộ bà Hường", [8, 8, 8], 8000, "2 ha × 4 tạ thóc/ha")],
        costs=[("rows", "Búp tươi mua của hộ (phần trả tiền)", 0, [2], 6000),
               ("count", "Phân bón, chăm sóc đồi chè", 0, [0, 1], 12000000),
               ("gross", "Củi, điện sao chè", 8000),
               ("pack", "Gói, hộp, nhãn"),
               ("wages", "Tiền công lao động"),
               ("rent", "Thuê đồi chè (quy ra tiền)", 0),
               ("dep", "Khấu hao tài sản cố định"),
               ("int", "Lãi vay"),
               ("fixed", "Chi phí khác", 15)],
        inv=[("Nhà sao chè, kho 60 m²", 150, True), ("Máy vò chè, tôn sao quay điện", 90, True),
             ("Máy hút chân không, hàn túi", 35, True), ("Bao bì, nhãn, kiểm nghiệm", 25, False),
             ("Vốn lưu động", 100, False)],
        src=[("Vốn của gia đình", 250), ("Vay Ngân hàng Chính sách xã hội", 150)],
        life=8, loan=[150, 100, 50], rate=0.066,
        hist=dict(out=[2400, 2600, 2800], price=[150000, 152000, 155000], margin=[0.10, 0.11, 0.11]),
        plant=dict(profit=(1, 1.28))),
    "kb10": dict(
        unit="kg", what="cá kho niêu",
        G=[12000, 13200, 14400],
        ded=[],
        products=[("Cá trắm kho niêu, niêu 500 g", "niêu", 0.5, [14000, 15400, 16800], [120000, 124000, 128000], 18000),
                  ("Cá rô đồng kho niêu, niêu 400 g", "niêu", 0.4, [12500, 13750, 15000], [105000, 108000, 111000], 15000)],
        raws=[dict(label="Cá tươi (trắm, rô)", unit="kg", norm=1.6, balance=True,
                   rows=[("Hồ Bàu Láng thuê của xã", [6, 6, 6], "ha", 3000),
                         ("less", "Trả công hộ trông hồ (20 % cá hồ)", 0, 0.20),
                         ("Hộ nuôi cá liên kết", [10, 11, 12], "hộ", 800)])],
        caps=[("Dây chuyền kho, đóng niêu", 60, 280, None, True)],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nuôi, thu hoạch cá", [3, 3, 3]),
               ("Sơ chế, kho cá, đóng niêu", [6, 6, 7]), ("Bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        rents=[("Thầu hồ Bàu Láng của xã (6 ha)", [45, 45, 45], 8500, "45 tạ thóc/năm")],
        costs=[("rows", "Cá mua của hộ liên kết", 0, [2], 40000),
               ("count", "Giống, thức ăn cho hồ", 0, [0], 15000000),
               ("rent", "Thầu hồ (quy ra tiền)", 0),
               ("gross", "Gia vị, nước màu", 15000),
               ("pack", "Niêu đất, hộp, nhãn"),
               ("gross", "Điện, gas, nước", 5000),
               ("wages", "Tiền công lao động"),
               ("share", "Bán hàng, vận chuyển lạnh", 0.06, None),
               ("dep", "Khấu hao tài sản cố định"),
               ("int", "Lãi vay ngân hàng"),
               ("fixed", "Chi phí khác", 60),
               ("share", "Thuế, phí", 0.015, None)],
        inv=[("Xưởng chế biến một chiều 200 m²", 800, True), ("Bếp kho công nghiệp, tủ cấp đông", 420, True),
             ("Kho lạnh 20 m³", 230, True), ("Máy hút chân không, đóng niêu", 150, True),
             ("Bao bì, nhãn, tem truy xuất", 60, False), ("Vốn lưu động", 540, False)],
        src=[("Vốn chủ sở hữu", 1200), ("Vay Ngân hàng Nông nghiệp và PTNT", 1000)],
        life=10, loan=[1000, 800, 600], rate=0.08,
        hist=dict(out=[8000, 9200, 10500], price=[230000, 236000, 242000], margin=[0.08, 0.09, 0.10]),
        plant=dict(payback=1.9)),
}

# What each plan's front matter plants; the recomputation below must trip exactly these (plus
# the tolerated knock-ons the front matter lists).
NUMERIC = {"revenue-mismatch", "profit-mismatch", "capital-mismatch", "table-total-mismatch",
           "payback-mismatch", "material-shortfall", "capacity-exceeded", "unrealistic-growth"}


# --------------------------------------------------------------------------- model
def _raw(p: dict, k: int, gross_by_product: list[list[float]] | None) -> dict:
    r = p["raws"][k]
    if isinstance(r["norm"], list):
        need = [sum(gross_by_product[j][y] * r["norm"][j] for j in range(len(r["norm"]))) for y in Y3]
    elif "basis" in r:  # a service: the norm applies to one product's volume
        need = [p["products"][r["basis"]][3][y] * r["norm"] for y in Y3]
    else:
        need = [p["G"][y] * r["norm"] for y in Y3]
    rows = []
    for row in r["rows"]:
        if row[0] == "less":
            base = rows[row[2]][1]
            rows.append((row[1], [-base[y] * row[3] for y in Y3], row))
        else:
            rows.append((row[0], [row[1][y] * row[3] for y in Y3], row))
    supply = [sum(q[y] for _, q, _ in rows) for y in Y3]
    out = dict(need=need, rows=rows, supply=supply)
    if "chain" in r:
        ext, mill = r["chain"]
        flour = [supply[y] * ext for y in Y3]
        mill_q = [flour[y] * mill for y in Y3]
        out.update(flour=flour, mill=mill_q, usable=[flour[y] - mill_q[y] for y in Y3])
    else:
        out["usable"] = supply
    return out


def model(key: str, planted: bool = True) -> dict:
    p = PLANS[key]
    plant = p.get("plant", {}) if planted else {}
    G = p["G"]
    m: dict = dict(G=G)
    # gross pieces of each product (before the share in kind), for per-product norms
    share = sum(d["rate"] for d in p["ded"] if d["kind"] == "share")
    gbp = [[pr[3][y] / (1 - share) for y in Y3] for pr in p["products"]]
    # raw materials first: some payments in kind are reckoned on a supply row or on the need
    m["raws"] = [_raw(p, k, gbp) for k in range(len(p["raws"]))]
    ded = []
    for d in p["ded"]:
        if d["kind"] == "share":
            q = [G[y] * d["rate"] for y in Y3]
        elif d["kind"] == "fixed":
            q = list(d["values"])
        elif d["kind"] == "hives":
            rows = p["raws"][0]["rows"]
            q = [d["rate"] * sum(rows[i][1][y] for i in d["rows"]) for y in Y3]
        elif d["kind"] == "row":
            q = [d["rate"] * m["raws"][d["raw"]]["rows"][d["row"]][1][y] for y in Y3]
        elif d["kind"] == "need":
            q = [d["rate"] * m["raws"][d["raw"]]["need"][y] for y in Y3]
        ded.append((d["label"], q))
    m["ded"] = ded
    m["N"] = [G[y] - sum(q[y] for _, q in ded) for y in Y3]
    m["sold_base"] = [sum(pr[2] * pr[3][y] for pr in p["products"]) for y in Y3]
    # revenue lines
    lines = []
    for j, pr in enumerate(p["products"]):
        amt = [r1(pr[3][y] * pr[4][y] / 1e6) for y in Y3]
        if "rev" in plant and plant["rev"][0] == j:
            _, yy, di = plant["rev"]
            extra = ded[di][1][yy] / pr[2]  # the spirit paid in kind counted as bottles sold
            amt[yy] = r1((pr[3][yy] + extra) * pr[4][yy] / 1e6)
        lines.append(amt)
    m["rev_lines"] = lines
    m["rev"] = [r1(sum(l[y] for l in lines)) for y in Y3]
    m["rev_by"] = lambda idx: [r1(sum(lines[j][y] for j in idx)) for y in Y3]
    # capacity
    m["caps"] = []
    for lab, rating, days, prod, show in p["caps"]:
        cap = rating * days
        out = G if prod is None else p["products"][prod][3]
        m["caps"].append((lab, cap, [out[y] / cap * 100 for y in Y3], prod, show))
    # staff and wages
    staff = [sum(r[1][y] for r in p["roles"]) for y in Y3]
    m["staff"] = staff
    m["wagefund"] = [r1(staff[y] * p["wage"][y] * 12) for y in Y3]
    # rents in paddy
    m["rents"] = [(lab, q, price, [r1(q[y] * 100 * price / 1e6) for y in Y3], how)
                  for lab, q, price, how in p["rents"]]
    # investment
    m["inv_total"] = sum(x[1] for x in p["inv"])
    m["fixed"] = sum(x[1] for x in p["inv"] if x[2])
    m["src_total"] = sum(x[1] for x in p["src"])
    m["dep"] = r1(m["fixed"] / p["life"])
    m["int"] = [r1(p["loan"][y] * p["rate"]) for y in Y3]
    # cost lines
    m["costs"] = cost_lines(p, m)
    cost = [r1(sum(c[2][y] for c in m["costs"])) for y in Y3]
    m["cost_sum"] = cost
    m["cost"] = list(cost)
    if "total" in plant:
        yy, lab = plant["total"]
        left_out = next(c[2][yy] for c in m["costs"] if c[0] == lab)
        m["cost"][yy] = r1(cost[yy] - left_out)
    m["profit"] = [r1(m["rev"][y] - m["cost"][y]) for y in Y3]
    if "profit" in plant:
        yy, factor = plant["profit"]
        m["profit"][yy] = r1(m["profit"][yy] * factor)
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y3]
    avg = sum(m["profit"]) / 3
    m["avg_profit"] = r1(avg)
    m["payback_calc"] = round(m["inv_total"] / (avg + m["dep"]), 1)
    m["payback"] = plant.get("payback", m["payback_calc"])
    # history
    h = p["hist"]
    m["hist_rev"] = [r1(h["out"][i] * h["price"][i] / 1e6) for i in range(3)]
    m["hist_profit"] = [r1(m["hist_rev"][i] * h["margin"][i]) for i in range(3)]
    return m


def cost_lines(p: dict, m: dict) -> list[tuple[str, str, list[float]]]:
    """(label, how it is reckoned, [3 years]) for each cost line of the plan."""
    out = []
    for c in p["costs"]:
        t, lab = c[0], c[1]
        if t == "need":
            raw = p["raws"][c[2]]
            v = [m["raws"][c[2]]["need"][y] * c[3] / 1e6 for y in Y3]
            how = f"{fmt(c[3])} đ/{raw['unit']}"
        elif t == "rows":
            v = [sum(m["raws"][c[2]]["rows"][i][1][y] for i in c[3]) * c[4] / 1e6 for y in Y3]
            how = f"{fmt(c[4])} đ/{p['raws'][c[2]]['unit']} mua"
        elif t == "count":
            rows = p["raws"][c[2]]["rows"]
            v = [sum(rows[i][1][y] for i in c[3]) * c[4] / 1e6 for y in Y3]
            word = rows[c[3][0]][2]
            how = (f"{fmt(c[4] / 1e6, 1)} triệu/{word}" if c[4] >= 1e6 else f"{fmt(c[4])} đ/{word}")
        elif t == "pack":
            v = [sum(pr[3][y] * pr[5] for pr in p["products"]) / 1e6 for y in Y3]
            how = "theo quy cách"
        elif t == "gross":
            v = [p["G"][y] * c[2] / 1e6 for y in Y3]
            how = f"{fmt(c[2])} đ/{p['unit'] if p['unit'] != 'lượt khách' else 'khách'}"
        elif t == "wages":
            v = m["wagefund"]
            how = "người × lương × 12"
        elif t == "rent":
            lab_r, q, price, money, _how = m["rents"][c[2]]
            v = money
            how = f"{fmt(q[0])} tạ × {fmt(price * 100)} đ"
        elif t == "tonne":
            v = [m["raws"][c[2]]["need"][y] / 1000 * c[3] / 1e6 for y in Y3]
            how = f"{fmt(c[3])} đ/tấn"
        elif t == "tonnegross":
            v = [p["G"][y] / 1000 * c[2] / 1e6 for y in Y3]
            how = f"{fmt(c[2])} đ/tấn"
        elif t == "share":
            base = m["rev"] if c[3] is None else m["rev_by"](c[3])
            v = [base[y] * c[2] for y in Y3]
            how = c[4] if len(c) > 4 else f"{num(c[2] * 100)} % doanh thu"
        elif t == "dep":
            v = [m["dep"]] * 3
            how = f"{fmt(m['fixed'])} : {p['life']} năm"
        elif t == "int":
            v = m["int"]
            how = f"{num(p['rate'] * 100)} %/năm"
        elif t == "fixed":
            v = [c[2]] * 3
            how = "khoán"
        out.append((lab, how, [r1(x) for x in v]))
    return out


# --------------------------------------------------------------------------- tables
def tables(key: str) -> dict[str, dict]:
    """The plan's computed tables: name -> dict(caption, unit, header, rows). Captions are
    completed by the generator with their number ("Bảng N. ...")."""
    p, m = PLANS[key], model(key)
    u = p["unit"]
    T: dict[str, dict] = {}
    hu = u if u != "lượt khách" else "lượt"
    T["hist"] = dict(caption="Kết quả sản xuất kinh doanh 2024 – 2026", unit=None,
                     header=["TT", "Chỉ tiêu", "ĐVT", *map(str, HIST)],
                     rows=[["1", "Sản lượng", hu, *[fmt(x) for x in p["hist"]["out"]]],
                           ["2", "Giá bán bình quân", f"đ/{hu}", *[fmt(x) for x in p["hist"]["price"]]],
                           ["3", "Doanh thu", "triệu đồng", *[m1(x) for x in m["hist_rev"]]],
                           ["4", "Lợi nhuận", "triệu đồng", *[m1(x) for x in m["hist_profit"]]]])
    # raw materials
    for k, r in enumerate(p["raws"]):
        mr = m["raws"][k]
        rows, i = [], 0
        for lab, q, row in mr["rows"]:
            i += 1
            if row[0] == "less":
                rows.append([str(i), row[1], r["unit"], *[fmt(x) for x in q]])
            elif row[3] == 1:  # already a quantity
                rows.append([str(i), lab, r["unit"], *[fmt(x) for x in q]])
            elif len(set(row[1])) == 1:
                rows.append([str(i), f"{lab} ({num(row[1][0])} {row[2]} × {fmt(row[3])} {r['unit']})",
                             r["unit"], *[fmt(x) for x in q]])
            else:
                rows.append([str(i), f"{lab}: số {row[2]}", row[2], *[fmt(x) for x in row[1]]])
                rows.append(["", f"Sản lượng ({fmt(row[3])} {r['unit']}/{row[2]})", r["unit"],
                             *[fmt(x) for x in q]])
        rows.append(["", "Tổng nguồn cung", r["unit"], *[fmt(x) for x in mr["supply"]]])
        if "chain" in r:
            ext, mill = r["chain"]
            rows.append(["", f"Bột xay được ({num(ext * 100)} % gạo)", "kg", *[fmt(x) for x in mr["flour"]]])
            rows.append(["", f"Trả công xay ({num(mill * 100)} % bột)", "kg", *[fmt(x) for x in mr["mill"]]])
            rows.append(["", "Bột nhận về", "kg", *[fmt(x) for x in mr["usable"]]])
            rows.append(["", f"Bột cần ({num(r['norm'])} kg/kg bún)", "kg", *[fmt(x) for x in mr["need"]]])
        else:
            if isinstance(r["norm"], list):
                nl = "Nhu cầu theo định mức từng loại"
            elif "basis" in r:
                nl = f"Nhu cầu ({num(r['norm'])} {r['unit']}/suất)"
            else:
                nl = f"Nhu cầu ({num(r['norm'])} {r['unit']}/{u})"
            rows.append(["", nl, r["unit"], *[fmt(x) for x in mr["need"]]])
        if r["balance"]:
            rows.append(["", "Còn dư", r["unit"], *[fmt(mr["usable"][y] - mr["need"][y]) for y in Y3]])
        T[f"raw{k}"] = dict(caption=f"Nguồn cung và nhu cầu {r['label'].lower()}", unit=None,
                            header=["TT", "Nguồn", "ĐVT", *map(str, YEARS)], rows=rows)
    # payments in kind, rents in paddy
    rows, i = [], 0
    for lab, q in m["ded"]:
        i += 1
        rows.append([str(i), lab, u, *[fmt(x) for x in q]])
    for lab, q, price, money, how in m["rents"]:
        i += 1
        rows.append([str(i), f"{lab} ({how})", "tạ thóc", *[fmt(x) for x in q]])
        rows.append(["", f"Quy ra tiền ({fmt(price)} đ/kg thóc)", "triệu đồng", *[m1(x) for x in money]])
    for c in cost_lines(p, m):
        typ = next(x for x in p["costs"] if x[1] == c[0])[0]
        if typ in ("tonne", "tonnegross") or (typ == "share" and c[0].startswith(("Nộp", "Chia", "Thuê nhà"))):
            i += 1
            rows.append([str(i), f"{c[0]} ({c[1]})", "triệu đồng", *[m1(x) for x in c[2]]])
    if rows:
        T["kind"] = dict(caption="Các khoản thuê, phí và công trả bằng hiện vật hoặc theo tỷ lệ", unit=None,
                         header=["TT", "Khoản", "ĐVT", *map(str, YEARS)], rows=rows)
    # staff
    rows = [[str(i + 1), r[0], *[fmt(x) for x in r[1]]] for i, r in enumerate(p["roles"])]
    rows.append(["", "Tổng số lao động", *[fmt(x) for x in m["staff"]]])
    rows.append(["", "Lương bình quân (triệu đồng/tháng)", *[fmt(x, 1) for x in p["wage"]]])
    rows.append(["", "Quỹ lương (triệu đồng/năm)", *[m1(x) for x in m["wagefund"]]])
    T["staff"] = dict(caption="Lao động và tiền lương", unit=None,
                      header=["TT", "Vị trí", *map(str, YEARS)], rows=rows)
    # output plan
    if p.get("service"):
        rows = [["1", "Khách tham quan", "lượt", *[fmt(x) for x in p["G"]]]]
        for j, pr in enumerate(p["products"][1:], start=2):
            rows.append([str(j), pr[0], pr[1], *[fmt(x) for x in pr[3]]])
    else:
        rows = [["1", f"Sản lượng sản xuất ({p['what']})", u, *[fmt(x) for x in p["G"]]]]
        for lab, q in m["ded"]:
            rows.append(["", f"Trừ: {lab}", u, *[fmt(x) for x in q]])
        if m["ded"]:
            rows.append(["2", "Sản lượng đưa ra bán", u, *[fmt(x) for x in m["N"]]])
        for j, pr in enumerate(p["products"]):
            rows.append(["", pr[0], pr[1], *[fmt(x) for x in pr[3]]])
    for lab, cap, use, prod, show in m["caps"]:
        if show:
            unit = hu if prod is None else p["products"][prod][1]
            rows.append(["", f"Công suất: {lab}", f"{unit}/năm", *[fmt(cap)] * 3])
            rows.append(["", "Mức sử dụng công suất", "%", *[fmt(x, 1) for x in use]])
    T["output"] = dict(caption="Kế hoạch sản lượng 2027 – 2029", unit=None,
                       header=["TT", "Chỉ tiêu", "ĐVT", *map(str, YEARS)], rows=rows)
    # investment and sources
    rows = [[str(i + 1), x[0], fmt(x[1])] for i, x in enumerate(p["inv"])]
    rows.append(["", "Tổng vốn đầu tư", fmt(m["inv_total"])])
    T["inv"] = dict(caption="Nhu cầu vốn đầu tư", unit="ĐVT: triệu đồng",
                    header=["TT", "Hạng mục", "Thành tiền"], rows=rows)
    rows = [[str(i + 1), x[0], fmt(x[1]), fmt(x[1] / m["src_total"] * 100, 1)] for i, x in enumerate(p["src"])]
    rows.append(["", "Tổng nguồn vốn", fmt(m["src_total"]), "100,0"])
    T["src"] = dict(caption="Nguồn vốn", unit="ĐVT: triệu đồng",
                    header=["TT", "Nguồn", "Số tiền", "Tỷ lệ (%)"], rows=rows)
    # revenue
    rows = []
    for y in Y3:
        for j, pr in enumerate(p["products"]):
            rows.append([pr[0], str(YEARS[y]), fmt(pr[3][y]), fmt(pr[4][y]), m1(m["rev_lines"][j][y])])
        rows.append([f"Cộng năm {YEARS[y]}", "", "", "", m1(m["rev"][y])])
    T["rev"] = dict(caption="Doanh thu dự kiến", unit=None,
                    header=["Sản phẩm", "Năm", "Số lượng bán", "Đơn giá (đồng)", "Thành tiền (triệu đồng)"], rows=rows)
    # costs
    rows = [[c[0], c[1], *[m1(x) for x in c[2]]] for c in m["costs"]]
    rows.append(["Tổng chi phí", "", *[m1(x) for x in m["cost"]]])
    T["cost"] = dict(caption="Chi phí sản xuất kinh doanh", unit="ĐVT: triệu đồng",
                     header=["Khoản mục", "Căn cứ tính", *[f"Năm {y}" for y in YEARS]], rows=rows)
    # summary
    rows = [["1", "Doanh thu", *[m1(x) for x in m["rev"]]],
            ["2", "Tổng chi phí", *[m1(x) for x in m["cost"]]],
            ["3", "Lợi nhuận", *[m1(x) for x in m["profit"]]],
            ["4", "Tỷ suất lợi nhuận/doanh thu (%)", *[fmt(x, 1) for x in m["margin"]]],
            ["5", "Khấu hao", *[m1(m["dep"])] * 3]]
    T["sum"] = dict(caption="Tổng hợp hiệu quả kinh tế", unit="ĐVT: triệu đồng",
                    header=["TT", "Chỉ tiêu", *map(str, YEARS)], rows=rows)
    return T


# --------------------------------------------------------------------------- textual checks
# per plan: (snippets that must be there, (pattern, what) that must not)
TEXT: dict[str, tuple[list[str], list[tuple[str, str]]]] = {
    "kb01": (["10 % lượng bột", "không tính thêm vào chi phí", "6 tạ thóc", "8.500 đồng/kg",
              "tiêu chuẩn cơ sở", "tự công bố", "an toàn thực phẩm", "nhãn hiệu", "truy xuất",
              "43/2017/NĐ-CP", "111/2021/NĐ-CP", "đăng ký môi trường"], []),
    "kb02": (["1,5 kg mật", "30 %", "tiêu chuẩn cơ sở", "tự công bố", "an toàn thực phẩm",
              "nhãn hiệu", "truy xuất", "43/2017/NĐ-CP", "Giấy chứng nhận đăng ký hộ kinh doanh"], []),
    "kb03": (["10 %", "150.000 đồng/tấn", "tiêu chuẩn cơ sở", "nhãn hiệu", "thẻ treo",
              "không phải là thực phẩm", "tổ hợp tác", "đăng ký môi trường", "43/2017/NĐ-CP"], []),
    "kb04": (["10 % tiền vé", "60 %", "7 tạ thóc", "an toàn thực phẩm", "Luật Du lịch",
              "nhãn hiệu", "bể tự hoại", "phòng cháy"], []),
    "kb05": (["10 lít rượu", "tiêu chuẩn cơ sở", "tự công bố", "an toàn thực phẩm", "nhãn hiệu",
              "truy xuất", "biogas", "đủ sản lượng đến năm 2029"],
             [(r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm|"
               r"điều kiện sản xuất rượu", "alcohol licence mentioned")]),
    "kb06": (["1048/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện",
              "40 lít nước mắm", "150.000 đồng/tấn", "an toàn thực phẩm", "tiêu chuẩn cơ sở"],
             [(r"môi trường|nước thải|chất thải|mùi|xử lý|bể lắng|biogas|\brác|vệ sinh xưởng|"
               r"bảo vệ|ô nhiễm", "environment measure mentioned"),
              (r"148/QĐ-TTg|1489", "current instrument cited")]),
    "kb07": (["thuê 6 ha", "5 ha × 7 tạ", "3 % doanh thu", "tiêu chuẩn cơ sở", "an toàn thực phẩm",
              "nhãn hiệu", "43/2017/NĐ-CP", "đủ vốn"],
             [(r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\blô\b|kiểm soát nội bộ|lưu mẫu|\btem\b|"
               r"mã vạch|kiểm soát chất lượng|hồ sơ ghi chép", "quality control mentioned")]),
    "kb08": (["[tên sản phẩm]", "8 % bột", "đủ gạo", "tiêu chuẩn cơ sở", "an toàn thực phẩm",
              "nhãn hiệu", "truy xuất", "giữ nguyên"], []),
    "kb09": (["1 kg chè khô", "4 tạ thóc", "an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu",
              "truy xuất", "43/2017/NĐ-CP"],
             [(r"đăng ký kinh doanh|mã số thuế|giấy chứng nhận đăng ký|hộ kinh doanh|doanh nghiệp|"
               r"hợp tác xã|mã số", "registration mentioned"),
              (r"đại lý|siêu thị|cửa hàng|\bchợ\b|thương lái|sàn thương mại|trực tuyến|facebook|"
               r"zalo|khách hàng|khách quen|người mua|bao tiêu|bán buôn|bán lẻ|phân phối|kênh",
               "sales channel mentioned")]),
    "kb10": (["45 tạ thóc", "20 %", "tiêu chuẩn cơ sở", "tự công bố", "nhãn hiệu", "truy xuất",
              "Công ty TNHH Thực phẩm Sông Nghèn", "hoàn vốn khoảng 1,9 năm"],
             [(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết|"
               r"HACCP|ISO 22000", "food safety mentioned")]),
}


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.meta = yaml.safe_load(self.text.split("---", 2)[1])["expected"]

    def table(self, caption: str) -> list[list[str]] | None:
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"\**Bảng \d+\. " + re.escape(caption), line.strip()):
                j = i + 1
                while j < len(lines) and not lines[j].strip().startswith("|"):
                    j += 1
                rows = []
                while j < len(lines) and lines[j].strip().startswith("|"):
                    cells = [c.strip().strip("*") for c in lines[j].strip().strip("|").split("|")]
                    if not set("".join(cells)) <= set("-: "):
                        rows.append(cells)
                    j += 1
                return rows
        return None


def same_cell(a: str, b: str) -> bool:
    if a == b:
        return True
    na, nb = a.replace("−", "-"), b.replace("−", "-")
    try:
        x, y = vn(na.lstrip("-")), vn(nb.lstrip("-"))
    except ValueError:
        return False
    if na.startswith("-") != nb.startswith("-"):
        return False
    return close(x, y) or abs(x - y) <= 0.11


def tripped(key: str) -> dict[str, str]:
    """The numeric rules a reviewer recomputing the printed figures would raise, with why."""
    p, m, t = PLANS[key], model(key), model(key, planted=False)
    found: dict[str, str] = {}
    for j, pr in enumerate(p["products"]):
        for y in Y3:
            calc = pr[3][y] * pr[4][y] / 1e6
            if off(m["rev_lines"][j][y], calc):
                found["revenue-mismatch"] = f"{pr[0]} {YEARS[y]}: {m1(m['rev_lines'][j][y])} vs {m1(calc)}"
    for y in Y3:
        if off(m["cost"][y], m["cost_sum"][y]):
            found["table-total-mismatch"] = f"cost {YEARS[y]}: {m1(m['cost'][y])} vs lines {m1(m['cost_sum'][y])}"
        if off(m["profit"][y], m["rev"][y] - m["cost_sum"][y]) or off(m["profit"][y], m["rev"][y] - m["cost"][y]):
            found["profit-mismatch"] = (f"profit {YEARS[y]}: {m1(m['profit'][y])} vs "
                                        f"{m1(m['rev'][y] - m['cost_sum'][y])}")
    if off(m["src_total"], m["inv_total"]):
        found["capital-mismatch"] = f"sources {m['src_total']} vs investment {m['inv_total']}"
    if off(m["payback"], m["payback_calc"]) or off(m["payback"], t["payback_calc"]):
        found["payback-mismatch"] = (f"payback {m['payback']} vs {m['payback_calc']} (printed profits), "
                                     f"{t['payback_calc']} (true)")
    for k, r in enumerate(m["raws"]):
        for y in Y3:
            if r["need"][y] > r["usable"][y]:
                found["material-shortfall"] = (f"{p['raws'][k]['label']} {YEARS[y]}: need {fmt(r['need'][y])} "
                                               f"> {fmt(r['usable'][y])}")
    for lab, cap, use, prod, show in m["caps"]:
        for y in Y3:
            if use[y] > 100:
                found["capacity-exceeded"] = f"{lab} {YEARS[y]}: {fmt(use[y], 1)} %"
    for series, what in ((p["G"], "output"), (m["rev"], "printed revenue"), (t["rev"], "true revenue")):
        for y in (1, 2):
            g = series[y] / series[y - 1] - 1
            if g > GROWTH_LIMIT:
                found["unrealistic-growth"] = f"{what} {YEARS[y]}: +{fmt(g * 100, 1)} %"
    g26 = p["G"][0] / p["hist"]["out"][2] - 1
    if g26 > GROWTH_LIMIT:
        found["unrealistic-growth"] = f"output 2027 vs 2026 +{fmt(g26 * 100, 1)} %"
    return found


def check_full(plan: Plan, key: str) -> None:
    p, m, t = PLANS[key], model(key), model(key, planted=False)
    meta = plan.meta
    rules, tolerated = set(meta["rules"]), set(meta.get("tolerated") or [])
    # 1. every computed table as printed
    for name, tb in tables(key).items():
        got = plan.table(tb["caption"])
        if got is None:
            plan.failures.append(f"table not found: {tb['caption']}")
            continue
        want = [tb["header"], *tb["rows"]]
        if len(got) != len(want):
            plan.failures.append(f"{name}: {len(got)} rows, expected {len(want)}")
            continue
        for gr, wr in zip(got, want):
            if len(gr) != len(wr) or not all(same_cell(a, b) for a, b in zip(gr, wr)):
                plan.failures.append(f"{name}: row {gr} expected {wr}")
        if tb["unit"]:
            plan.check(tb["unit"] in plan.body, f"{name}: unit line {tb['unit']!r} missing")
    # 2. the constants are sane where nothing is planted
    for y in Y3:
        plan.check(close(m["sold_base"][y], m["N"][y], 0.005) or p.get("service", False),
                   f"packs x size {m['sold_base'][y]} != sold output {m['N'][y]} ({YEARS[y]})")
        plan.check(0 < t["margin"][y] < 30, f"true margin {t['margin'][y]:.1f} % in {YEARS[y]}")
    for k in range(len(p["inv"])):
        pass
    # 3. the recomputation trips exactly the planted numeric rules (+ tolerated knock-ons)
    found = tripped(key)
    for r in rules & NUMERIC:
        plan.check(r in found, f"planted {r} not visible in the figures")
    for r, why in found.items():
        plan.check(r in rules or r in tolerated, f"unplanned {r}: {why}")
    # planted numeric defects: clearly more than 5 % off the true value
    if "revenue-mismatch" in rules:
        j, yy, _ = p["plant"]["rev"]
        plan.check(off(m["rev_lines"][j][yy], t["rev_lines"][j][yy]), "revenue line not >5 % off")
    if "table-total-mismatch" in rules:
        yy = p["plant"]["total"][0]
        plan.check(off(m["cost"][yy], m["cost_sum"][yy]), "cost total not >5 % off")
    if "profit-mismatch" in rules:
        yy = p["plant"]["profit"][0]
        plan.check(off(m["profit"][yy], t["profit"][yy]), "profit not >5 % off")
    if "payback-mismatch" in rules:
        plan.check(off(m["payback"], t["payback_calc"]), "payback not >5 % off")
    if "capital-mismatch" in rules:
        plan.check(off(m["src_total"], m["inv_total"]), "sources not >5 % off")
    if "material-shortfall" in rules:
        r = m["raws"][0]
        plan.check(all(off(r["need"][y], r["usable"][y]) for y in Y3), "shortfall not >5 % every year")
    if "capacity-exceeded" in rules:
        plan.check(any(u > 105 for *_, use, _p, _s in m["caps"] for u in use), "capacity not >5 % exceeded")
    if "unrealistic-growth" in rules:
        plan.check(any(p["G"][y] / p["G"][y - 1] > 1.4 for y in (1, 2)), "growth not > 40 %")
        plan.check(len(set(m["staff"])) == 1, "staff changes with the growth")
    # 4. payback and key figures in the text
    plan.has(f"{fmt(m['payback'], 1)} năm")
    # 5. words
    must, mustnot = TEXT[key]
    plan.has(*must)
    for pat, what in mustnot:
        plan.lacks(pat, what)
    if key != "kb08":
        plan.lacks(PLACEHOLDER, "template placeholder")
    if meta["verdict"] == "ready":
        plan.has("148/QĐ-TTg", "1489/QĐ-TTg")
        plan.lacks(REPLACED, "replaced instrument or abolished level")
        for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", plan.body):
            plan.check(int(d) >= 2030, f"paper valid only to {d}")
    if "name-inconsistent" in rules:
        plan.check(plan.count(meta["producer"]["name"]) >= 4, "own name too rare")
        plan.check(plan.count("Công ty TNHH Thực phẩm Sông Nghèn") >= 2, "other name too rare")
    if "figure-inconsistent" in rules:
        plan.check("Thuê 5 ha ruộng" in plan.body and "thuê 6 ha" in plan.body, "area not stated twice")


SKETCHY = {
    "kb11": (["3.000 chiếc", "35.000 đồng", "1 chiếc chổi"],
             [(r"đăng ký kinh doanh|mã số thuế|tiêu chuẩn cơ sở|nhãn hiệu|ATTP", "paper")]),
    "kb12": (["2.000 kg", "120.000 đồng", "10 %"],
             [(r"tiêu chuẩn cơ sở|nhãn hiệu|truy xuất|tự công bố|đăng ký môi trường", "paper")]),
}


def check_sketchy(plan: Plan, key: str) -> None:
    n = words(plan.body)
    plan.check(150 <= n <= 350, f"{n} words")
    plan.check(not plan.rows, "has a table")
    must, mustnot = SKETCHY[key]
    plan.has(*must)
    for pat, what in mustnot:
        plan.lacks(pat, what)
    plan.lacks(PLACEHOLDER, "template placeholder")


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    stems = sorted(f.stem for f in (HERE / "src").glob("kb*.md"))
    if argv:
        stems = [s for s in stems if any(s.startswith(a) for a in argv)]
    plans = []
    for stem in stems:
        plan, key = Plan(stem), stem[:4]
        if key in PLANS:
            check_full(plan, key)
        else:
            check_sketchy(plan, key)
        exp = HERE / "expected" / f"{stem}.yml"
        plan.check(exp.exists(), f"missing {exp.name}")
        plans.append(plan)
    if len(stems) != 12 and not argv:
        print(f"FAIL expected 12 plans, found {len(stems)}")
        return 1
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
