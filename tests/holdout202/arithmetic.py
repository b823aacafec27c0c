"""The 202nd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout202/arithmetic.py [gu01 gu05 ...]

Theme: producers with social aims (a women's cooperative, a youth start-up, a bee-keeping group of
poor households, a cooperative employing disabled workers, a women's crochet group, ...) whose plans
carry many non-financial numbers beside the financial ones: workers and how many of them are women,
disabled, young or from poor households, income per worker per month, linked households, hectares
(or hives, or boats) linked, the value bought from the linked households and what it makes per
household a year.

For every full plan (gu01-gu10) the constants give the products (pack size in the plan's base unit,
price and packs per year, packaging cost per pack), the 2024-2026 history, the raw materials (norm
per base unit, purchase price, supply rows as households x area x yield), the equipment rating,
staff by role (with the women / disabled / poor / young among them), the monthly wage, the cost
lines, investment items and capital sources, loan balances and rate. `Model` turns them into every
figure the plan prints (V = the true values); the planted numeric defects are then applied (P = the
printed values, with the knock-on figures that follow them). The tables of the plan are built from
the model, so this script can read every table of the plan's source back (found by its caption) and
compare every numeric cell with the true value: planted cells must be wrong by more than 5 %, the
rest right within 1 % (or 0,11 of the last printed digit's unit). It then recomputes the plan's
relations from the printed figures (revenue = packs x price, sums, profit, capital, payback, raw
material need vs supply, output vs capacity, wage fund = staff x wage x 12, income per linked
household, growth) and asserts that exactly the planted relations fail, each by more than 5 %.
Numbers in the prose are checked through the tokens the generator put there (value recomputed, with
the words that follow it). Textual defects are asserted through the presence or absence of their
words. Sketchy plans: 150-350 words, no table, their few figures.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, off  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)|51/2021/NQ-HĐND|939/QĐ-TTg|844/QĐ-TTg")


def fmt(x: float, dec: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    s = f"{abs(x):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 and round(abs(x), dec) != 0 else "") + s


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def r0(x: float) -> float:
    return float(round(x + 1e-9))



PLANS: dict[str, dict] = {}

# gu01: women's cooperative, bánh ram (food) -------------------------------------------------
PLANS["gu01"] = dict(
    unit_word="kg",
    products=[("Bánh ram ít, hộp 6 cặp (400 g)", "hộp", 0.4, [45000] * 3, [30000, 32400, 35000], 4000),
              ("Bánh ram ít lá gai, hộp 10 cặp (720 g)", "hộp", 0.72, [70000] * 3, [10000, 10800, 11700], 6000),
              ("Bánh ram cấp đông, túi 20 chiếc (800 g)", "túi", 0.8, [80000] * 3, [8000, 8600, 9300], 5000)],
    hist=dict(out=[19800, 21400, 23200], price=[98000, 101000, 104000], profit=[232.8, 270.1, 315.5],
              staff=[9, 10, 11], hh=[22, 26, 30]),
    raws=[dict(label="Gạo nếp cái", disp="tấn", div=1000, norm=0.55, price=26000,
               rows=[("Hộ thành viên thôn Đông Tiến", 14, [1.8] * 3, 5.0),
                     ("Hộ liên kết thôn Tây Hồ", 11, [1.4] * 3, 5.0),
                     ("Hộ liên kết thôn Trung Phú", 9, [1.0] * 3, 5.0)]),
          dict(label="Đậu xanh", disp="tấn", div=1000, norm=0.12, price=45000,
               rows=[("Hộ trồng đậu xanh thôn Đông Tiến", 12, [3.5] * 3, 1.2)])],
    cap=(120, 300),
    roles=[("Ban quản trị, kế toán", [3, 3, 3], dict(women=2, dis=0, poor=0)),
           ("Nặn, chiên bánh", [6, 7, 7], dict(women=6, dis=1, poor=2)),
           ("Đóng gói, cấp đông, kho", [2, 2, 3], dict(women=2, dis=0, poor=1)),
           ("Bán hàng, giao hàng", [1, 1, 1], dict(women=1, dis=0, poor=0))],
    groups=dict(women=[11, 12, 13], dis=[1, 1, 1], poor=[3, 3, 4]),
    wage=[5.2, 5.5, 5.8],
    costs=[("raw", 0, "Gạo nếp cái"), ("raw", 1, "Đậu xanh"),
           ("aux", 14000, "Dầu lạc, đường, lá gai, hành"),
           ("pack", "Hộp, túi, màng hút chân không"), ("energy", 4000, "Điện, gas, nước"),
           ("wages", "Tiền lương"), ("dep", "Khấu hao tài sản"), ("int", "Lãi vay"),
           ("fixed", [180, 195, 210], "Bán hàng, quảng bá"), ("fixed", [60, 60, 65], "Chi phí khác")],
    inv=[("Máy nặn bánh ram bán tự động", 280, True), ("Bếp chiên liên tục có lọc dầu", 160, True),
         ("Tủ cấp đông và kho lạnh 20 m³", 220, True), ("Máy hút chân không, máy dán túi", 90, True),
         ("Cải tạo khu chế biến một chiều 60 m²", 150, True),
         ("Bao bì, mã vạch, tem truy xuất", 40, False),
         ("Kiểm nghiệm, công bố, nhãn hiệu", 30, False), ("Vốn lưu động", 230, False)],
    src=[("Vốn góp của thành viên", 500), ("Quỹ hỗ trợ phát triển hợp tác xã tỉnh", 300),
         ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
    life=10, loan=[700, 560, 420], rate=0.07,
    channels=[("Tại cửa hàng hợp tác xã", "Khách lẻ, khách du lịch", 20),
              ("Đại lý đặc sản", "12 cửa hàng đặc sản", 35),
              ("Siêu thị, điểm OCOP", "2 siêu thị, 3 điểm OCOP", 25),
              ("Trực tuyến", "Shopee, Zalo, Facebook", 20)],
)

# gu02: youth start-up company, trà cà gai leo (herbal) --------------------------------------
PLANS["gu02"] = dict(
    unit_word="kg",
    products=[("Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "hộp", 0.06, [48000] * 3, [30000, 35000, 40000], 9000),
              ("Cà gai leo khô thái lát, túi 500 g", "túi", 0.5, [90000] * 3, [6000, 7000, 8000], 5000),
              ("Trà cà gai leo – atiso, hộp 20 túi × 2 g", "hộp", 0.04, [42000] * 3, [12000, 14000, 16000], 8000)],
    hist=dict(out=[3200, 3900, 4600], price=[470000, 480000, 490000], profit=[165.5, 215.3, 263.8],
              staff=[6, 7, 8], hh=[18, 24, 28]),
    raws=[dict(label="Cà gai leo tươi", disp="tấn", div=1000, norm=4.5, price=8000,
               rows=[("Hộ liên kết thôn Yên Thịnh", 14, [1.4] * 3, 12.0),
                     ("Hộ liên kết thôn Yên Bình", 10, [1.0] * 3, 12.0),
                     ("Hộ nghèo, cận nghèo thôn Khe Giao", 9, [0.7] * 3, 12.0)])],
    cap=(32, 280),
    roles=[("Giám đốc, kế toán", [2, 2, 2], dict(youth=2, women=1, poor=0)),
           ("Sơ chế, sấy, nghiền", [3, 3, 4], dict(youth=2, women=1, poor=1)),
           ("Đóng túi lọc, đóng hộp", [2, 3, 3], dict(youth=1, women=2, poor=1)),
           ("Bán hàng trực tuyến, giao hàng", [2, 2, 2], dict(youth=2, women=1, poor=0))],
    groups=dict(youth=[7, 8, 8], women=[5, 6, 6], poor=[2, 2, 3]),
    wage=[6.0, 6.3, 6.6],
    costs=[("raw", 0, "Cà gai leo tươi"), ("aux", 30000, "Túi lọc, atiso, phụ liệu"),
           ("pack", "Hộp giấy, túi zip"), ("energy", 6000, "Điện sấy, nước"),
           ("wages", "Tiền lương"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
           ("fixed", [380, 430, 480], "Quảng cáo, bán hàng trực tuyến"),
           ("fixed", [60, 60, 65], "Chi phí khác"), ("share", 0.015, "Thuế, phí")],
    inv=[("Máy sấy bơm nhiệt 2 buồng", 260, True), ("Máy nghiền, máy đóng túi lọc tự động", 380, True),
         ("Cải tạo xưởng sơ chế, đóng gói 80 m²", 240, True), ("Kho bảo quản nguyên liệu khô", 120, True),
         ("Bao bì, mã QR, tem truy xuất", 50, False), ("Kiểm nghiệm, công bố, nhãn hiệu", 30, False),
         ("Vốn lưu động", 320, False)],
    src=[("Vốn góp của thành viên sáng lập", 700),
         ("Vay Ngân hàng Chính sách xã hội", 200),
         ("Vay Ngân hàng thương mại", 500)],
    life=10, loan=[700, 560, 420], rate=0.075,
    channels=[("Thương mại điện tử", "Shopee, TikTok Shop, website", 45),
              ("Nhà thuốc, cửa hàng sạch", "26 cửa hàng ở Hà Tĩnh, Vinh", 30),
              ("Điểm OCOP, quà tặng", "4 điểm OCOP, 2 khách sạn", 15),
              ("Khách doanh nghiệp", "Quà tặng của 3 công ty", 10)],
    founders=[("Lê Minh Khôi", 29, "Giám đốc", 250), ("Trần Thị Hà My", 27, "Kế toán", 200),
              ("Nguyễn Đức Toàn", 26, "Kỹ thuật", 150), ("Phan Thị Thu", 25, "Bán hàng", 100)],
    extra=dict(poorhh=9),
)

# gu03: bee-keeping cooperative group with poor households, honey ----------------------------
PLANS["gu03"] = dict(
    unit_word="kg",
    products=[("Mật ong hoa rừng, chai 500 ml (650 g)", "chai", 0.65, [180000] * 3, [4000, 4400, 4800], 6000),
              ("Mật ong hoa keo, hũ 1 kg", "hũ", 1.0, [250000] * 3, [1500, 1700, 1900], 8000),
              ("Mật ong hoa rừng, chai 250 ml (325 g)", "chai", 0.325, [100000] * 3, [2000, 2400, 2800], 4000)],
    hist=dict(out=[3600, 4000, 4400], price=[240000, 245000, 250000], profit=[95.0, 110.3, 127.6],
              staff=[3, 4, 4], hh=[9, 10, 12]),
    raws=[dict(label="Mật ong thô", disp="kg", div=1, norm=1.05, price=130000,
               rows=[("Hộ nghèo thôn Khe Ác", 5, [150, 165, 180], 12),
                     ("Hộ cận nghèo thôn Kim Lâm", 3, [90, 100, 110], 12),
                     ("Hộ tổ viên khác", 4, [240, 250, 260], 13)])],
    cap=(40, 200),
    roles=[("Tổ trưởng, kế toán", [2, 2, 2], dict(women=1, poor=0)),
           ("Lọc, hạ thủy phần, đóng chai", [2, 2, 3], dict(women=1, poor=2)),
           ("Bán hàng, giao hàng", [1, 1, 1], dict(women=1, poor=0))],
    groups=dict(women=[3, 3, 4], poor=[2, 2, 3]),
    wage=[5.0, 5.2, 5.5],
    costs=[("raw", 0, "Mật ong thô mua của tổ viên"), ("pack", "Chai, hũ, nhãn"),
           ("energy", 2000, "Điện, nước"), ("wages", "Tiền công lao động"), ("dep", "Khấu hao"),
           ("int", "Lãi vay"), ("fixed", [50, 55, 60], "Bán hàng, hội chợ"),
           ("fixed", [20, 20, 25], "Chi phí khác"), ("share", 0.01, "Thuế, phí")],
    inv=[("Máy hạ thủy phần mật ong 25 kg/mẻ", 120, True), ("Bồn lọc inox, máy quay mật", 60, True),
         ("Phòng lọc, đóng chai 30 m²", 60, True), ("Chai, hũ, nhãn, kiểm nghiệm", 40, False),
         ("Vốn lưu động thu mua mật", 120, False)],
    src=[("Vốn góp của tổ viên", 150), ("Vay Ngân hàng Chính sách xã hội", 200),
         ("Vay Quỹ Hỗ trợ nông dân tỉnh", 50)],
    life=8, loan=[250, 200, 150], rate=0.066,
    channels=[("Cửa hàng đặc sản, OCOP", "9 cửa hàng ở Hà Tĩnh, Hương Khê", 40),
              ("Nhà thuốc đông y", "4 nhà thuốc", 16),
              ("Khách quen, đặt qua điện thoại", "Khách trong, ngoài tỉnh", 24),
              ("Trực tuyến", "Zalo, Facebook của tổ", 20)],
    extra=dict(poorhh=8),
)

# gu04: cooperative employing disabled workers, chổi đót (handicraft) -----------------------
PLANS["gu04"] = dict(
    unit_word="chiếc",
    products=[("Chổi đót cán tre loại lớn", "chiếc", 1, [55000] * 3, [40000, 43000, 46000], 1500),
              ("Chổi đót mini cán gỗ", "chiếc", 1, [35000] * 3, [12000, 13000, 14000], 1200),
              ("Bộ chổi đót và hót rác", "bộ", 1, [85000] * 3, [5000, 5500, 6000], 4000)],
    hist=dict(out=[46000, 50000, 53500], price=[50000, 51000, 52000], profit=[286.5, 325.0, 361.3],
              staff=[16, 18, 19], hh=[20, 24, 25]),
    raws=[dict(label="Bông đót khô", disp="tấn", div=1000, norm=0.35, price=28000,
               rows=[("Hộ khai thác đót thôn Bình Hà", 15, [24] * 3, 0.6),
                     ("Hộ trồng đót thôn Bình Sơn", 12, [20] * 3, 0.6)]),
          dict(label="Cán tre, cán gỗ", disp="cái", div=1, norm=1, price=5000,
               rows=[("Xưởng mộc Thanh Bình (hợp đồng)", 1, [1] * 3, 70000)])],
    cap=(270, 300),
    roles=[("Ban quản trị, kế toán", [3, 3, 3], dict(dis=1, women=2, poor=0)),
           ("Phân loại, phơi, nhuộm đót", [4, 4, 4], dict(dis=2, women=2, poor=1)),
           ("Bó, khâu, hoàn thiện chổi", [10, 11, 12], dict(dis=7, women=6, poor=3)),
           ("Đóng gói, bán hàng", [3, 3, 3], dict(dis=1, women=2, poor=1))],
    groups=dict(dis=[11, 12, 13], women=[12, 13, 14], poor=[5, 5, 6]),
    wage=[4.8, 5.0, 5.3],
    costs=[("raw", 0, "Bông đót khô"), ("raw", 1, "Cán tre, cán gỗ"),
           ("aux", 2500, "Dây thép, chỉ, nẹp nhựa"), ("pack", "Thẻ treo, bao bì"),
           ("energy", 800, "Điện, nước"), ("wages", "Tiền lương"), ("dep", "Khấu hao"),
           ("int", "Lãi vay"), ("fixed", [150, 160, 170], "Bán hàng, vận chuyển"),
           ("fixed", [50, 50, 55], "Chi phí khác")],
    inv=[("Bổ sung 3 máy bó, khâu chổi bán tự động", 210, True), ("Nhà xưởng hoàn thiện và kho 150 m²", 300, True),
         ("Sân phơi, lò sấy đót chống mốc", 120, True), ("Xe nâng tay, giá kệ kho", 70, True),
         ("Thiết kế mẫu, thẻ treo, bao bì", 40, False), ("Đăng ký nhãn hiệu, thử nghiệm", 20, False),
         ("Vốn lưu động", 340, False)],
    src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Chính sách xã hội", 300),
         ("Quỹ hỗ trợ phát triển hợp tác xã tỉnh", 300)],
    life=10, loan=[600, 480, 360], rate=0.066,
    channels=[("Siêu thị, chuỗi tạp hóa", "2 chuỗi siêu thị, 40 cửa hàng", 45),
              ("Đại lý, chợ đầu mối", "6 đại lý ở Vinh, Đồng Hới", 30),
              ("Điểm OCOP, khách du lịch", "5 điểm OCOP, 2 khu du lịch", 10),
              ("Trực tuyến", "Shopee, Facebook", 15)],
    dis_types=[("Khuyết tật vận động", 6, "Bó, khâu chổi, kiểm hàng"),
               ("Khiếm thính", 3, "Khâu chổi, đóng gói"),
               ("Khuyết tật trí tuệ nhẹ", 1, "Phơi, phân loại đót"),
               ("Khiếm thị nhẹ", 1, "Tuốt, chải đót")],
)

# gu05: women's cooperative, rượu nếp (alcohol) -----------------------------------------------
PLANS["gu05"] = dict(
    unit_word="lít",
    products=[("Rượu nếp 35 độ, chai 500 ml", "chai", 0.5, [70000] * 3, [30000, 34000, 39000], 9000),
              ("Rượu nếp 35 độ, bình gốm 2 lít", "bình", 2, [260000] * 3, [2000, 2250, 2600], 60000),
              ("Rượu nếp 29 độ, can 5 lít", "can", 5, [400000] * 3, [1000, 1100, 1300], 15000)],
    hist=dict(out=[19000, 20500, 22000], price=[118000, 122000, 125000], profit=[314.0, 360.2, 401.5],
              staff=[8, 9, 9], hh=[40, 48, 52]),
    raws=[dict(label="Gạo nếp cái hoa vàng", disp="tấn", div=1000, norm=1.25, price=25000,
               rows=[("Hộ thành viên", 28, [6.0] * 3, 5.2),
                     ("Hộ liên kết thôn Bắc Sơn", 24, [3.5] * 3, 5.2)])],
    cap=(100, 280),
    roles=[("Ban quản trị, kế toán", [3, 3, 3], dict(women=3, poor=0)),
           ("Nấu, ủ men, chưng cất", [4, 4, 4], dict(women=3, poor=1)),
           ("Lọc, hạ thổ, chiết chai", [2, 2, 3], dict(women=2, poor=1)),
           ("Bán hàng", [1, 1, 1], dict(women=1, poor=0))],
    groups=dict(women=[9, 9, 10], poor=[2, 2, 2]),
    wage=[5.5, 5.8, 6.1],
    costs=[("raw", 0, "Gạo nếp cái hoa vàng"), ("aux", 8000, "Men lá, củi, điện, nước"),
           ("pack", "Chai, bình gốm, can, hộp"), ("wages", "Tiền lương"), ("dep", "Khấu hao"),
           ("int", "Lãi vay"), ("fixed", [200, 220, 240], "Bán hàng, quảng bá"),
           ("fixed", [70, 70, 75], "Chi phí khác"), ("share", 0.02, "Thuế, phí")],
    inv=[("Nhà ủ, kho hạ thổ rượu 100 m²", 400, True), ("Máy lọc, khử andehit, hệ thống chiết rót", 380, True),
         ("Chum, bình inox ủ rượu", 160, True), ("Hầm biogas, bể chứa bỗng rượu", 120, True),
         ("Xe tải nhỏ giao hàng", 220, True),
         ("Thiết kế bao bì, nhãn, tem truy xuất", 60, False), ("Vốn lưu động", 260, False)],
    src=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 800),
         ("Quỹ hỗ trợ phát triển hợp tác xã tỉnh", 200)],
    life=10, loan=[1000, 800, 600], rate=0.075,
    channels=[("Nhà hàng, quán ăn", "28 nhà hàng ở Hà Tĩnh, Cẩm Xuyên", 40),
              ("Cửa hàng đặc sản, OCOP", "10 cửa hàng, 2 điểm OCOP", 30),
              ("Bán tại hợp tác xã", "Khách lẻ, đám cưới, lễ tết", 20),
              ("Trực tuyến", "Zalo, Facebook", 10)],
)

# gu06: social enterprise employing disabled workers, mắm tôm (food) -------------------------
PLANS["gu06"] = dict(
    unit_word="kg",
    products=[("Mắm tôm, hũ 250 g", "hũ", 0.25, [32000] * 3, [40000, 44000, 48000], 3000),
              ("Mắm tôm, hũ 500 g", "hũ", 0.5, [55000] * 3, [16000, 18000, 20000], 4500),
              ("Mắm ruốc xào sả ớt, hũ 200 g", "hũ", 0.2, [42000] * 3, [10000, 12000, 14000], 3500)],
    hist=dict(out=[15000, 16500, 18200], price=[118000, 120000, 122000], profit=[283.1, 317.2, 357.3],
              staff=[10, 12, 13], hh=[11, 13, 15]),
    raws=[dict(label="Tôm moi tươi", disp="tấn", div=1000, norm=0.85, price=30000,
               rows=[("Tàu lưới moi thôn Hải Phong", 8, [8] * 3, 1.6),
                     ("Tàu lưới moi thôn Hải Thịnh", 7, [7] * 3, 1.6)])],
    cap=(100, 300),
    roles=[("Giám đốc, kế toán", [2, 2, 2], dict(dis=0, women=1, poor=0)),
           ("Sơ chế, trộn muối, ủ", [4, 4, 5], dict(dis=2, women=2, poor=1)),
           ("Xay, chiết hũ, đóng nắp", [6, 7, 7], dict(dis=5, women=5, poor=2)),
           ("Bán hàng, giao hàng", [2, 2, 2], dict(dis=1, women=1, poor=0))],
    groups=dict(dis=[8, 9, 9], women=[9, 10, 11], poor=[3, 3, 4]),
    wage=[5.5, 5.8, 6.1],
    costs=[("raw", 0, "Tôm moi tươi"), ("aux", 4000, "Muối, sả, ớt, đường"),
           ("pack", "Hũ thủy tinh, nắp, thùng"), ("energy", 1500, "Điện, nước"),
           ("wages", "Tiền lương"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
           ("fixed", [140, 150, 160], "Bán hàng, vận chuyển"), ("fixed", [50, 50, 50], "Chi phí khác")],
    inv=[("Nhà xưởng chế biến một chiều 120 m²", 420, True), ("Bể ủ composite, chum sành", 150, True),
         ("Máy xay, máy chiết rót, đóng nắp hũ", 180, True),
         ("Lối đi, tay vịn cho người khuyết tật", 60, True),
         ("Thiết kế bao bì, mã QR", 40, False), ("Kiểm nghiệm, công bố, nhãn hiệu", 30, False),
         ("Vốn lưu động", 320, False)],
    src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng Chính sách xã hội", 300),
         ("Vay Ngân hàng thương mại", 300)],
    life=10, loan=[600, 480, 360], rate=0.07,
    channels=[("Chợ, tiệm tạp hóa", "35 tiệm tạp hóa", 35),
              ("Nhà hàng, bếp ăn", "18 nhà hàng hải sản", 25),
              ("Đặc sản, OCOP", "8 cửa hàng, 3 điểm OCOP", 25),
              ("Trực tuyến", "Shopee, Zalo", 15)],
)

# gu07: youth start-up joint-stock company, tinh dầu tràm (herbal) ---------------------------
PLANS["gu07"] = dict(
    unit_word="lít",
    products=[("Tinh dầu tràm gió, chai 50 ml", "chai", 0.05, [60000] * 3, [20000, 23000, 26000], 7000),
              ("Tinh dầu tràm gió, chai 100 ml", "chai", 0.1, [110000] * 3, [6000, 7000, 8000], 9000),
              ("Tinh dầu sả chanh, chai 50 ml", "chai", 0.05, [50000] * 3, [8000, 9500, 11000], 7000)],
    hist=dict(out=[1200, 1450, 1700], price=[1050000, 1080000, 1100000], profit=[201.6, 250.6, 299.2],
              staff=[5, 6, 7], hh=[22, 30, 36]),
    raws=[dict(label="Lá, cành tràm và sả tươi", disp="tấn", div=1000, norm=90, price=1500,
               rows=[("Hộ trồng tràm thôn Đồng Môn", 20, [15] * 3, 8.0),
                     ("Hộ trồng tràm, sả thôn Cẩm Sơn", 16, [12] * 3, 8.0),
                     ("Hộ nghèo trồng sả thôn Khe Lim", 8, [6] * 3, 8.0)])],
    cap=(12, 280),
    roles=[("Giám đốc, kế toán", [2, 2, 2], dict(youth=2, women=1, poor=0)),
           ("Thu mua, chưng cất", [3, 3, 4], dict(youth=2, women=0, poor=2)),
           ("Lọc, chiết chai, đóng hộp", [2, 2, 2], dict(youth=2, women=2, poor=0)),
           ("Bán hàng trực tuyến", [2, 2, 2], dict(youth=2, women=1, poor=0))],
    groups=dict(youth=[8, 8, 9], women=[4, 4, 5], poor=[2, 2, 3]),
    wage=[6.2, 6.5, 6.8],
    costs=[("raw", 0, "Lá, cành tràm và sả"), ("aux", 40000, "Củi, điện chưng cất"),
           ("pack", "Chai thủy tinh, hộp"), ("wages", "Tiền lương"), ("dep", "Khấu hao"),
           ("int", "Lãi vay"), ("fixed", [220, 240, 260], "Bán hàng, quảng cáo"),
           ("fixed", [60, 60, 65], "Chi phí khác"), ("share", 0.015, "Thuế, phí")],
    inv=[("Hai nồi chưng cất hơi nước 500 kg/mẻ", 420, True), ("Nhà xưởng chưng cất, kho 150 m²", 450, True),
         ("Máy lọc, máy chiết rót tinh dầu", 180, True), ("Xe tải nhỏ thu gom nguyên liệu", 250, True),
         ("Thiết kế bao bì, tem truy xuất", 50, False), ("Đăng ký nhãn hiệu, quảng bá", 50, False),
         ("Vốn lưu động", 600, False)],
    src=[("Vốn góp của cổ đông sáng lập", 900), ("Vay Ngân hàng Chính sách xã hội", 250),
         ("Vay Ngân hàng thương mại", 600)],
    life=10, loan=[850, 700, 550], rate=0.075,
    channels=[("Thương mại điện tử", "Shopee, Lazada, TikTok Shop", 40),
              ("Nhà thuốc, cửa hàng mẹ và bé", "35 điểm ở Hà Tĩnh, Nghệ An", 30),
              ("Khu du lịch, khách sạn", "Thiên Cầm, Xuân Thành", 15),
              ("Điểm OCOP, hội chợ", "5 điểm OCOP", 15)],
    extra=dict(area_text=33, poorhh=8),
)

# gu08: unregistered women's crochet group (handicraft) --------------------------------------
PLANS["gu08"] = dict(
    unit_word="sản phẩm",
    products=[("Thú bông móc len (cao 15–20 cm)", "con", 1, [90000] * 3, [2500, 5500, 10000], 5000),
              ("Túi xách móc len", "chiếc", 1, [250000] * 3, [600, 1300, 2400], 10000),
              ("Móc khóa, kẹp tóc móc len", "chiếc", 1, [25000] * 3, [3000, 6500, 12000], 1500)],
    piece=[35000, 90000, 8000],
    hist=dict(out=[3800, 4600, 5600], price=[68000, 70000, 72000], profit=[38.8, 48.3, 60.5],
              staff=[12, 18, 24], hh=[5, 8, 10]),
    raws=[dict(label="Sợi len", disp="kg", div=1, norm=0.06, price=180000,
               rows=[("Cửa hàng len Thu Hà (hợp đồng)", 1, [1] * 3, 1000),
                     ("Đại lý sợi Minh Phát (hợp đồng)", 1, [1] * 3, 800)])],
    roles=[("Trưởng nhóm, thủ quỹ, ghi chép", [3, 3, 3], dict(dis=0, poor=1)),
           ("Móc thú bông, móc khóa", [15, 15, 15], dict(dis=2, poor=3)),
           ("Móc túi xách", [6, 6, 6], dict(dis=1, poor=1))],
    groups=dict(dis=[3, 3, 3], poor=[5, 5, 5]),
    costs=[("raw", 0, "Sợi len"), ("aux", 4000, "Bông nhồi, khoen, phụ kiện"),
           ("pack", "Thẻ treo, túi giấy, hộp quà"), ("piece", "Tiền công móc khoán"),
           ("dep", "Khấu hao"), ("int", "Lãi vay"),
           ("fixed", [60, 80, 100], "Bán hàng, hội chợ"), ("fixed", [15, 20, 25], "Điện, chi phí khác")],
    inv=[("Sửa nhà văn hóa thôn làm nơi móc, trưng bày", 100, True),
         ("Máy khâu, máy se sợi, dụng cụ", 40, True), ("Tủ, kệ trưng bày", 40, True),
         ("Chụp ảnh, gian hàng trực tuyến", 40, False), ("Đào tạo mẫu mới", 30, False),
         ("Thẻ treo, túi giấy, hộp quà", 30, False), ("Vốn lưu động mua len", 240, False)],
    src=[("Đóng góp của thành viên", 170), ("Vay Ngân hàng Chính sách xã hội", 250),
         ("Hỗ trợ của Hội Phụ nữ và nhà tài trợ", 100)],
    life=5, loan=[250, 200, 150], rate=0.066,
    channels=[("Cửa hàng quà tặng", "10 cửa hàng ở Hà Tĩnh, Vinh", 50),
              ("Trực tuyến", "Facebook, Shopee của nhóm", 35),
              ("Hội chợ, điểm OCOP", "Hội chợ tỉnh, 2 điểm OCOP", 15)],
)

# gu09: cooperative group of poor households, miến dong (food) -------------------------------
PLANS["gu09"] = dict(
    unit_word="kg",
    products=[("Miến dong sợi nhỏ, gói 500 g", "gói", 0.5, [45000] * 3, [24000, 27000, 30000], 2500),
              ("Miến dong sợi nhỏ, gói 1 kg", "gói", 1.0, [85000] * 3, [8000, 9000, 10000], 3500),
              ("Miến dong, bao 5 kg cho bếp ăn", "bao", 5, [380000] * 3, [600, 700, 800], 8000)],
    hist=dict(out=[17000, 19000, 21000], price=[80000, 82000, 84000], profit=[163.2, 190.3, 218.3],
              staff=[8, 9, 10], hh=[20, 26, 30]),
    raws=[dict(label="Củ dong riềng tươi", disp="tấn", div=1000, norm=5.5, price=3000,
               rows=[("Hộ tổ viên thôn Trung Hồng", 9, [1.8] * 3, 36.0),
                     ("Hộ liên kết thôn Sơn Lĩnh", 14, [1.4] * 3, 36.0),
                     ("Hộ liên kết thôn Trà Sơn", 10, [0.8] * 3, 36.0)])],
    cap=(130, 280),
    roles=[("Tổ trưởng, kế toán", [2, 2, 2], dict(women=1, poor=1)),
           ("Rửa, nghiền, lọc bột", [4, 4, 4], dict(women=1, poor=2)),
           ("Tráng, phơi, cắt miến", [4, 5, 5], dict(women=3, poor=2)),
           ("Đóng gói, bán hàng", [2, 2, 2], dict(women=2, poor=1))],
    groups=dict(women=[7, 8, 8], poor=[6, 6, 6]),
    wage=[5.0, 5.2, 5.4],
    costs=[("raw", 0, "Củ dong riềng"), ("aux", 3500, "Than, củi, điện"),
           ("pack", "Túi, bao, nhãn"), ("wages", "Tiền lương"), ("dep", "Khấu hao"),
           ("int", "Lãi vay"), ("fixed", [150, 160, 170], "Bán hàng, vận chuyển"),
           ("fixed", [60, 60, 65], "Chi phí khác"), ("fixed", [20, 22, 24], "Thuế, phí")],
    inv=[("Máy nghiền củ, máy lọc bột", 180, True), ("Máy tráng, hấp và cắt sợi miến", 260, True),
         ("Nhà xưởng 100 m², giàn phơi có mái che", 200, True),
         ("Bể lắng nước thải, hầm biogas", 110, True), ("Bao bì, nhãn, mã QR", 40, False),
         ("Kiểm nghiệm, công bố, nhãn hiệu", 30, False), ("Vốn lưu động", 280, False)],
    src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 400),
         ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
    life=10, loan=[800, 650, 500], rate=0.07,
    channels=[("Chợ, tiệm tạp hóa", "22 tiệm tạp hóa", 40),
              ("Cửa hàng đặc sản, OCOP", "7 cửa hàng, 2 điểm OCOP", 25),
              ("Bếp ăn, nhà hàng", "3 trường học, 6 nhà hàng", 20),
              ("Trực tuyến", "Zalo, Facebook", 15)],
    extra=dict(poorhh=12),
)

# gu10: youth household business, chè xanh (beverage) ----------------------------------------
PLANS["gu10"] = dict(
    unit_word="kg",
    products=[("Chè xanh búp sao khô, túi 200 g", "túi", 0.2, [55000] * 3, [12000, 13200, 14400], 2000),
              ("Chè búp đặc biệt, hộp 500 g", "hộp", 0.5, [150000] * 3, [3000, 3300, 3600], 9000),
              ("Trà xanh túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, [40000] * 3, [6000, 7000, 8000], 6000)],
    hist=dict(out=[3100, 3500, 3850], price=[300000, 310000, 320000], profit=[139.5, 162.8, 184.8],
              staff=[4, 5, 5], hh=[15, 20, 23]),
    raws=[dict(label="Búp chè tươi", disp="tấn", div=1000, norm=4.8, price=12000,
               rows=[("Đồi chè của hộ", 1, [1.2] * 3, 10.0),
                     ("Hộ liên kết thôn Sơn Trung", 14, [1.6] * 3, 9.0),
                     ("Hộ liên kết thôn Sơn Lâm", 9, [1.0] * 3, 9.0)])],
    cap=(25, 260),
    roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1], dict(youth=1, women=0, poor=0)),
           ("Hái, sao, vò chè", [4, 4, 5], dict(youth=2, women=3, poor=1)),
           ("Đóng gói, bán hàng trực tuyến", [2, 2, 2], dict(youth=2, women=1, poor=0))],
    groups=dict(youth=[5, 5, 6], women=[4, 4, 5], poor=[1, 1, 2]),
    wage=[5.5, 5.8, 6.0],
    costs=[("raw", 0, "Búp chè tươi"), ("pack", "Túi, hộp đựng chè"), ("energy", 12000, "Điện, củi sao chè"),
           ("wages", "Tiền lương"), ("dep", "Khấu hao"), ("int", "Lãi vay"),
           ("fixed", [120, 130, 140], "Bán hàng trực tuyến"), ("fixed", [40, 40, 45], "Chi phí khác"),
           ("share", 0.015, "Thuế, phí")],
    inv=[("Máy sao chè bằng điện, máy vò chè", 220, True), ("Máy đóng túi lọc mini", 120, True),
         ("Cải tạo xưởng chế biến 50 m²", 160, True), ("Túi, hộp đựng chè", 30, False),
         ("Kiểm nghiệm, công bố", 20, False), ("Vốn lưu động", 150, False)],
    src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 100),
         ("Vay Ngân hàng Nông nghiệp và PTNT", 200)],
    life=10, loan=[300, 240, 180], rate=0.07,
    channels=[("Trực tuyến", "Facebook, TikTok, Shopee", 40),
              ("Quán nước, quán cà phê", "25 quán ở Hà Tĩnh, Vinh", 30),
              ("Cửa hàng đặc sản", "6 cửa hàng, 1 điểm OCOP", 20),
              ("Bán tại nhà", "Khách lẻ, khách tham quan đồi chè", 10)],
)


# --------------------------------------------------------------------------- tables of each plan
# (name, options); a name without a t_ builder is a literal table given whole (text only).
TABLES: dict[str, list] = {}

PLANS["gu01"].update(
    cap=(120, 300),
    equip=[("Máy nặn bánh ram bán tự động (mới)", "1", "120 kg bánh/ngày"),
           ("Bếp chiên liên tục có lọc dầu (mới)", "1", "40 kg/giờ"),
           ("Nồi hấp bánh ít bằng hơi", "2", "60 kg/mẻ"),
           ("Tủ cấp đông, kho lạnh 20 m³ (mới)", "1", "3 tấn, –18 °C"),
           ("Máy hút chân không, máy dán túi (mới)", "2", "600 túi/giờ")])
TABLES["gu01"] = [
    ("hist", dict(title="Kết quả sản xuất kinh doanh 2024 – 2026", hh="Hộ cung ứng nếp, đậu xanh")),
    ("products", dict(title="Sản phẩm, quy cách và giá bán", price="Giá bán lẻ (đồng)")),
    ("channels", dict(title="Kênh tiêu thụ dự kiến năm 2027")),
    ("supply", dict(title="Vùng nếp liên kết", cnt="Diện tích (ha)", yld="Năng suất (tấn/ha)", sup="Sản lượng (tấn)")),
    ("balance", dict(title="Cân đối nguyên liệu chính 2027 – 2029", raws=[0, 1])),
    ("equip", dict(title="Máy móc, thiết bị chính")),
    ("staff", dict(title="Lao động và tiền lương 2027 – 2029",
                   groups=[("women", "Trong đó: lao động nữ"), ("poor", "Lao động thuộc hộ nghèo, cận nghèo"),
                           ("dis", "Người khuyết tật")])),
    ("output", dict(title="Kế hoạch sản lượng 2027 – 2029", cap=True)),
    ("inv", dict(title="Tổng vốn đầu tư")),
    ("src", dict(title="Cơ cấu nguồn vốn")),
    ("rev", dict(title="Doanh thu dự kiến")),
    ("cost", dict(title="Chi phí sản xuất kinh doanh")),
    ("summary", dict(title="Tổng hợp hiệu quả kinh tế", dep=True)),
    ("social", dict(title="Chỉ tiêu hiệu quả xã hội", rows=[
        ("Lao động thường xuyên", "người", "staff_{y}", 0),
        ("Trong đó: lao động nữ", "người", "women_{y}", 0),
        ("Lao động thuộc hộ nghèo, cận nghèo", "người", "poor_{y}", 0),
        ("Người khuyết tật", "người", "dis_{y}", 0),
        ("Thu nhập bình quân", "triệu đồng/người/tháng", "wage_{y}", 1),
        ("Hộ trồng nếp liên kết", "hộ", "hh0", 0),
        ("Diện tích nếp liên kết", "ha", "cnt0_{y}", 1),
        ("Giá trị nếp thu mua", "triệu đồng", "buy0_{y}", 1),
        ("Bình quân mỗi hộ trồng nếp", "triệu đồng/hộ", "buyhh_{y}", 1),
        ("Giá trị đậu xanh thu mua", "triệu đồng", "buy1_{y}", 1)])),
    ("papers", dict(title="Hồ sơ pháp lý và chứng nhận hiện có", unit=None,
                    header=["TT", "Giấy tờ", "Số, ngày cấp", "Hiệu lực"],
                    rows=[["1", "Giấy chứng nhận đăng ký hợp tác xã", "Mã số 3001928475, thay đổi lần 3 ngày 09/9/2025", "Còn hiệu lực"],
                          ["2", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Số 86/2026/GCNATTP, ngày 17/3/2026", "Đến 17/3/2029"],
                          ["3", "Tiêu chuẩn cơ sở", "TCCS 01:2026/HTXBR, ngày 02/4/2026", "Đang áp dụng"],
                          ["4", "Phiếu kết quả thử nghiệm 3 sản phẩm", "Số 1187/KQ-TN, ngày 28/3/2026", "Đạt các chỉ tiêu"],
                          ["5", "Bản tự công bố sản phẩm", "Số 02/2026/HTXBR, ngày 20/4/2026", "Còn hiệu lực"],
                          ["6", "Nhãn hiệu “Bánh ram Phú Lộc”", "Văn bằng số 512843, nộp đơn 12/3/2024", "Đến 12/3/2034"],
                          ["7", "Hợp đồng thuê đất khu chế biến 600 m²", "Số 08/HĐ-TĐ, ngày 02/01/2024", "Đến 31/12/2033"]])),
]

PLANS["gu02"].update(
    capfmt="Bảng {n}: {t}",
    equip=[("Máy sấy bơm nhiệt 2 buồng (mới)", "1", "32 kg khô/ngày"),
           ("Máy thái dược liệu", "1", "150 kg tươi/giờ"),
           ("Máy nghiền mịn (mới)", "1", "20 kg/giờ"),
           ("Máy đóng túi lọc tự động (mới)", "1", "40 túi/phút"),
           ("Máy hàn miệng túi, máy in date", "2", "–")],
    cap_unit="kg")
TABLES["gu02"] = [
    ("founders", dict(title="Thành viên sáng lập và phần vốn góp cho phương án")),
    ("hist", dict(title="Kết quả kinh doanh 2024 – 2026", out="Sản lượng trà khô", hh="Hộ liên kết trồng cà gai leo")),
    ("products", dict(title="Danh mục sản phẩm và giá bán", price="Giá bán lẻ (đồng)")),
    ("channels", dict(title="Kênh phân phối năm 2027")),
    ("supply", dict(title="Vùng trồng cà gai leo liên kết", cnt="Diện tích (ha)", yld="Năng suất (tấn/ha)", sup="Sản lượng tươi (tấn)")),
    ("balance", dict(title="Cân đối cà gai leo tươi")),
    ("equip", dict(title="Thiết bị chế biến")),
    ("staff", dict(title="Kế hoạch lao động và tiền lương",
                   groups=[("youth", "Trong đó: thanh niên dưới 30 tuổi"), ("women", "Lao động nữ"),
                           ("poor", "Lao động thuộc hộ nghèo, cận nghèo")])),
    ("output", dict(title="Kế hoạch sản xuất 2027 – 2029", cap=True)),
    ("inv", dict(title="Nhu cầu vốn đầu tư")),
    ("src", dict(title="Nguồn vốn thực hiện")),
    ("rev", dict(title="Doanh thu theo sản phẩm")),
    ("cost", dict(title="Dự toán chi phí")),
    ("summary", dict(title="Kết quả kinh doanh dự kiến", dep=True)),
    ("social", dict(title="Hiệu quả xã hội của phương án", rows=[
        ("Tổng số lao động", "người", "staff_{y}", 0),
        ("Thanh niên dưới 30 tuổi", "người", "youth_{y}", 0),
        ("Lao động nữ", "người", "women_{y}", 0),
        ("Lao động thuộc hộ nghèo, cận nghèo", "người", "poor_{y}", 0),
        ("Thu nhập bình quân", "triệu đồng/người/tháng", "wage_{y}", 1),
        ("Hộ trồng cà gai leo liên kết", "hộ", "hh0", 0),
        ("Trong đó: hộ nghèo, cận nghèo", "hộ", "poorhh", 0),
        ("Diện tích liên kết", "ha", "cnt0_{y}", 1),
        ("Giá trị thu mua cà gai leo", "triệu đồng", "buy0_{y}", 1),
        ("Bình quân mỗi hộ liên kết", "triệu đồng/hộ/năm", "buyhh_{y}", 1)])),
]

PLANS["gu03"].update(
    equip=[("Máy hạ thủy phần mật ong (mới)", "1", "25 kg/mẻ, 40 kg/ngày"),
           ("Bồn lọc inox 2 lớp (mới)", "2", "200 lít/bồn"),
           ("Máy quay mật inox", "6", "4 cầu/máy"),
           ("Máy chiết rót bán tự động", "1", "300 chai/giờ")])
TABLES["gu03"] = [
    ("hist", dict(title="Kết quả sản xuất 2024 – 2026", out="Mật ong thành phẩm", hh="Hộ tổ viên bán mật cho tổ")),
    ("products", dict(title="Sản phẩm và giá bán", price="Giá bán (đồng)")),
    ("supply", dict(title="Đàn ong của các hộ tổ viên năm 2027", cnt="Số đàn", yld="Năng suất (kg/đàn)",
                    sup="Sản lượng mật (kg)", cdec=0, ydec=0, sdec=0)),
    ("balance", dict(title="Cân đối mật ong thô 2027 – 2029", cnt=["Số đàn ong của tổ viên (đàn)"], cdec=0)),
    ("equip", dict(title="Thiết bị sơ chế, đóng chai")),
    ("staff", dict(title="Lao động làm việc tại cơ sở sơ chế",
                   groups=[("women", "Trong đó: nữ"), ("poor", "Người thuộc hộ nghèo, cận nghèo")],
                   wage="Tiền công bình quân (triệu đồng/người/tháng)", fund="Tổng tiền công (triệu đồng)")),
    ("output", dict(title="Kế hoạch sản lượng", cap=True)),
    ("inv", dict(title="Vốn đầu tư")),
    ("src", dict(title="Nguồn vốn")),
    ("rev", dict(title="Doanh thu")),
    ("cost", dict(title="Chi phí")),
    ("summary", dict(title="Hiệu quả kinh tế", dep=True)),
    ("papers", dict(title="Giấy tờ pháp lý của tổ hợp tác", unit=None,
                    header=["TT", "Giấy tờ", "Số, ngày", "Hiệu lực"],
                    rows=[["1", "Đăng ký tổ hợp tác với Ủy ban nhân dân xã", "Số 03/ĐK-THT, ngày 21/7/2025", "Còn hiệu lực"],
                          ["2", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Số 112/2026/NNMT, ngày 08/5/2026", "Đến 08/5/2029"],
                          ["3", "Tiêu chuẩn cơ sở, bản tự công bố", "TCCS 01:2026/THT; tự công bố số 01/2026", "Đang áp dụng"],
                          ["4", "Phiếu kết quả thử nghiệm (độ ẩm, HMF, đường khử)", "Số 0457/KQ, ngày 20/4/2026", "Đạt"],
                          ["5", "Nhãn hiệu “Mật ong Hòa Sơn”", "Văn bằng số 498120, nộp đơn 05/9/2023", "Đến 05/9/2033"]])),
    ("social", dict(title="Hiệu quả đối với các hộ tổ viên", rows=[
        ("Hộ tổ viên bán mật cho tổ", "hộ", "hh0", 0),
        ("Trong đó: hộ nghèo, cận nghèo", "hộ", "poorhh", 0),
        ("Số đàn ong của tổ viên", "đàn", "cnt0_{y}", 0),
        ("Giá trị mật tổ thu mua", "triệu đồng", "buy0_{y}", 1),
        ("Bình quân mỗi hộ", "triệu đồng/hộ/năm", "buyhh_{y}", 1),
        ("Lao động tại cơ sở sơ chế", "người", "staff_{y}", 0),
        ("Tiền công bình quân", "triệu đồng/người/tháng", "wage_{y}", 1)])),
]

PLANS["gu04"].update(
    capfmt="Biểu {n}. {t}",
    equip=[("Máy bó, khâu chổi bán tự động (3 máy mới)", "6", "45 chiếc/ngày/máy"),
           ("Máy chải, tuốt bông đót", "2", "150 kg/ngày"),
           ("Lò sấy đót chống mốc (mới)", "1", "500 kg/mẻ"),
           ("Máy cắt, vát cán", "2", "600 cán/ngày")])
TABLES["gu04"] = [
    ("channels", dict(title="Thị trường tiêu thụ dự kiến năm 2027")),
    ("distypes", dict(title="Người khuyết tật làm việc tại hợp tác xã năm 2027")),
    ("products", dict(title="Sản phẩm và giá bán", price="Giá bán buôn (đồng)")),
    ("hist", dict(title="Kết quả sản xuất kinh doanh 3 năm gần đây", out="Sản lượng chổi", hh="Hộ cung ứng bông đót")),
    ("supply", dict(title="Vùng nguyên liệu bông đót", cnt="Diện tích đồi (ha)", yld="Năng suất (tấn/ha)", sup="Sản lượng (tấn)")),
    ("balance", dict(title="Cân đối nguyên liệu", raws=[0, 1])),
    ("equip", dict(title="Máy móc, thiết bị")),
    ("staff", dict(title="Lao động và thu nhập",
                   groups=[("dis", "Trong đó: người khuyết tật"), ("women", "Lao động nữ"),
                           ("poor", "Lao động thuộc hộ nghèo, cận nghèo")])),
    ("output", dict(title="Kế hoạch sản xuất 2027 – 2029", cap=True)),
    ("inv", dict(title="Vốn đầu tư")),
    ("src", dict(title="Nguồn vốn")),
    ("rev", dict(title="Doanh thu dự kiến")),
    ("cost", dict(title="Chi phí dự kiến")),
    ("summary", dict(title="Lợi nhuận dự kiến", dep=True)),
    ("social", dict(title="Hiệu quả xã hội", rows=[
        ("Lao động thường xuyên", "người", "staff_{y}", 0),
        ("Người khuyết tật", "người", "dis_{y}", 0),
        ("Tỷ lệ lao động khuyết tật", "%", "dispct_{y}", 1),
        ("Lao động nữ", "người", "women_{y}", 0),
        ("Lao động thuộc hộ nghèo, cận nghèo", "người", "poor_{y}", 0),
        ("Thu nhập bình quân", "triệu đồng/người/tháng", "wage_{y}", 1),
        ("Hộ cung ứng bông đót", "hộ", "hh0", 0),
        ("Diện tích đồi đót liên kết", "ha", "cnt0_{y}", 1),
        ("Giá trị bông đót thu mua", "triệu đồng", "buy0_{y}", 1),
        ("Bình quân mỗi hộ cung ứng", "triệu đồng/hộ/năm", "buyhh_{y}", 1)])),
]

PLANS["gu05"].update(
    capfmt="Bảng {n} – {t}",
    equip=[("Nồi chưng cất rượu inox 2 lớp", "2", "50 lít/ngày/nồi"),
           ("Máy lọc, khử andehit (mới)", "1", "200 lít/giờ"),
           ("Hệ thống chiết rót, đóng nắp (mới)", "1", "400 chai/giờ"),
           ("Chum, bình inox ủ rượu (mới)", "40", "300 lít/chiếc")],
    cap_unit="lít")
TABLES["gu05"] = [
    ("hist", dict(title="Kết quả sản xuất kinh doanh 2024 – 2026", out="Sản lượng rượu", hh="Hộ bán nếp cho hợp tác xã")),
    ("products", dict(title="Sản phẩm và giá bán", price="Giá bán (đồng)")),
    ("channels", dict(title="Dự kiến tiêu thụ năm 2027")),
    ("supply", dict(title="Vùng nếp cái hoa vàng liên kết", cnt="Diện tích (ha)", yld="Năng suất (tấn/ha)", sup="Sản lượng (tấn)")),
    ("balance", dict(title="Cân đối gạo nếp")),
    ("equip", dict(title="Thiết bị nấu, chưng cất và chiết rót")),
    ("staff", dict(title="Lao động và tiền lương",
                   groups=[("women", "Trong đó: lao động nữ"), ("poor", "Lao động thuộc hộ nghèo, cận nghèo")])),
    ("output", dict(title="Kế hoạch sản lượng 2027 – 2029")),
    ("inv", dict(title="Vốn đầu tư")),
    ("src", dict(title="Nguồn vốn")),
    ("rev", dict(title="Doanh thu")),
    ("cost", dict(title="Chi phí")),
    ("summary", dict(title="Tổng hợp doanh thu, chi phí, lợi nhuận", dep=True)),
    ("papers", dict(title="Hồ sơ pháp lý hiện có", unit=None,
                    header=["TT", "Giấy tờ", "Số, ngày", "Hiệu lực"],
                    rows=[["1", "Giấy chứng nhận đăng ký hợp tác xã", "Mã số 3001774208, thay đổi ngày 11/11/2024", "Còn hiệu lực"],
                          ["2", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Số 57/2025/GCNATTP-SCT, ngày 03/10/2025", "Đến 03/10/2028"],
                          ["3", "Tiêu chuẩn cơ sở, bản tự công bố sản phẩm", "TCCS 01:2025/HTX; số 03/2025/HTXCB", "Đang áp dụng"],
                          ["4", "Phiếu kết quả thử nghiệm (methanol, andehit, etanol)", "Số 2716/KQ, ngày 18/9/2025", "Đạt QCVN 6-3:2010/BYT"],
                          ["5", "Nhãn hiệu “Rượu nếp Cẩm Bắc”", "Văn bằng số 455219, nộp đơn 07/6/2021", "Đến 07/6/2031"],
                          ["6", "Giấy xác nhận đăng ký môi trường", "Ủy ban nhân dân xã Cẩm Bắc, ngày 14/8/2025", "Còn hiệu lực"]])),
    ("social", dict(title="Hiệu quả xã hội", rows=[
        ("Lao động thường xuyên", "người", "staff_{y}", 0),
        ("Trong đó: lao động nữ", "người", "women_{y}", 0),
        ("Tỷ lệ lao động nữ", "%", "womenpct_{y}", 1),
        ("Lao động thuộc hộ nghèo, cận nghèo", "người", "poor_{y}", 0),
        ("Thu nhập bình quân", "triệu đồng/người/tháng", "wage_{y}", 1),
        ("Hộ trồng nếp liên kết", "hộ", "hh0", 0),
        ("Diện tích nếp liên kết", "ha", "cnt0_{y}", 1),
        ("Giá trị nếp thu mua", "triệu đồng", "buy0_{y}", 1),
        ("Bình quân mỗi hộ", "triệu đồng/hộ/năm", "buyhh_{y}", 1)])),
]

PLANS["gu06"].update(
    capfmt="Bảng {n}. {t}",
    equip=[("Máy xay mắm (mới)", "2", "50 kg/giờ"),
           ("Máy chiết rót, đóng nắp hũ (mới)", "1", "100 kg mắm/ngày"),
           ("Bể ủ composite 2 m³ (mới)", "30", "1,5 tấn tôm/bể/mẻ"),
           ("Chum sành ủ mắm", "120", "80 kg/chum")])
TABLES["gu06"] = [
    ("labour", dict(title="Cơ cấu lao động năm 2027",
                    groups=[("dis", "Khuyết tật"), ("women", "Nữ"), ("poor", "Hộ nghèo")])),
    ("hist", dict(title="Kết quả kinh doanh 2024 – 2026", out="Sản lượng mắm", hh="Hộ ngư dân cung ứng tôm moi")),
    ("products", dict(title="Sản phẩm, quy cách, giá bán", price="Giá bán buôn (đồng)")),
    ("channels", dict(title="Kênh tiêu thụ năm 2027")),
    ("supply", dict(title="Nguồn tôm moi liên kết", cnt="Số tàu", yld="Tôm moi (tấn/tàu/năm)", sup="Cung ứng (tấn)",
                    cdec=0, ydec=1, sdec=1)),
    ("balance", dict(title="Cân đối nguyên liệu tôm moi")),
    ("equip", dict(title="Thiết bị chế biến")),
    ("staff", dict(title="Kế hoạch lao động",
                   groups=[("dis", "Trong đó: người khuyết tật"), ("women", "Lao động nữ"),
                           ("poor", "Lao động thuộc hộ nghèo, cận nghèo")])),
    ("output", dict(title="Kế hoạch sản xuất", cap=True)),
    ("inv", dict(title="Tổng mức đầu tư")),
    ("src", dict(title="Nguồn vốn đầu tư")),
    ("rev", dict(title="Doanh thu")),
    ("cost", dict(title="Chi phí sản xuất kinh doanh")),
    ("summary", dict(title="Hiệu quả sản xuất kinh doanh", dep=True)),
    ("social", dict(title="Các chỉ tiêu xã hội", rows=[
        ("Lao động thường xuyên", "người", "staff_{y}", 0),
        ("Người khuyết tật", "người", "dis_{y}", 0),
        ("Tỷ lệ người khuyết tật", "%", "dispct_{y}", 1),
        ("Lao động nữ", "người", "women_{y}", 0),
        ("Lao động thuộc hộ nghèo, cận nghèo", "người", "poor_{y}", 0),
        ("Thu nhập bình quân", "triệu đồng/người/tháng", "wage_{y}", 1),
        ("Hộ ngư dân cung ứng tôm moi", "hộ", "hh0", 0),
        ("Giá trị tôm moi thu mua", "triệu đồng", "buy0_{y}", 1),
        ("Bình quân mỗi hộ ngư dân", "triệu đồng/hộ/năm", "buyhh_{y}", 1)])),
]

PLANS["gu07"].update(
    equip=[("Nồi chưng cất hơi nước inox 500 kg/mẻ (mới)", "2", "6 lít tinh dầu/ngày/nồi"),
           ("Lò hơi đốt củi, bã lá", "1", "300 kg hơi/giờ"),
           ("Máy lọc tinh dầu, bình tách (mới)", "1", "20 lít/giờ"),
           ("Máy chiết rót, đóng nắp (mới)", "1", "600 chai/giờ")],
    cap_unit="lít")
TABLES["gu07"] = [
    ("hist", dict(title="Kết quả kinh doanh 2024 – 2026", out="Sản lượng", staff="Lao động", hh="Hộ bán lá tràm, sả")),
    ("products", dict(title="Sản phẩm và giá bán", price="Giá bán lẻ (đồng)")),
    ("channels", dict(title="Kênh bán hàng năm 2027")),
    ("supply", dict(title="Vùng nguyên liệu liên kết", cnt="Diện tích (ha)", yld="Lá, cành (tấn/ha/năm)", sup="Sản lượng (tấn)")),
    ("balance", dict(title="Cân đối nguyên liệu 2027 – 2029")),
    ("equip", dict(title="Thiết bị chưng cất, chiết rót")),
    ("staff", dict(title="Nhân sự và tiền lương",
                   groups=[("youth", "Trong đó: thanh niên dưới 30 tuổi"), ("women", "Lao động nữ"),
                           ("poor", "Lao động thuộc hộ nghèo")])),
    ("output", dict(title="Kế hoạch sản xuất", cap=True)),
    ("inv", dict(title="Tổng vốn đầu tư")),
    ("src", dict(title="Nguồn vốn")),
    ("rev", dict(title="Doanh thu dự kiến")),
    ("cost", dict(title="Chi phí dự kiến")),
    ("summary", dict(title="Lợi nhuận dự kiến", dep=True)),
    ("social", dict(title="Hiệu quả xã hội", rows=[
        ("Lao động thường xuyên", "người", "staff_{y}", 0),
        ("Thanh niên dưới 30 tuổi", "người", "youth_{y}", 0),
        ("Lao động nữ", "người", "women_{y}", 0),
        ("Lao động thuộc hộ nghèo", "người", "poor_{y}", 0),
        ("Thu nhập bình quân", "triệu đồng/người/tháng", "wage_{y}", 1),
        ("Hộ liên kết trồng tràm, sả", "hộ", "hh0", 0),
        ("Trong đó: hộ nghèo", "hộ", "poorhh", 0),
        ("Diện tích liên kết", "ha", "cnt0_{y}", 1),
        ("Giá trị lá, cành thu mua", "triệu đồng", "buy0_{y}", 1),
        ("Bình quân mỗi hộ liên kết", "triệu đồng/hộ/năm", "buyhh_{y}", 1)])),
]

PLANS["gu08"].update(capfmt="Bảng {n}: {t}")
TABLES["gu08"] = [
    ("hist", dict(title="Kết quả hoạt động của nhóm 2024 – 2026", staff="Thành viên tham gia móc",
                  hh="Cửa hàng nhận hàng", hhunit="cửa hàng")),
    ("products", dict(title="Sản phẩm và giá bán", price="Giá bán (đồng)")),
    ("channels", dict(title="Kênh bán hàng năm 2027")),
    ("balance", dict(title="Nhu cầu và nguồn cung sợi len", outlab="Số sản phẩm (chiếc, con)")),
    ("staff", dict(title="Thành viên và tiền công", total="Tổng số thành viên",
                   groups=[("dis", "Trong đó: người khuyết tật"), ("poor", "Thành viên thuộc hộ nghèo, cận nghèo")],
                   wage="Thu nhập bình quân từ tiền công (triệu đồng/người/tháng)", wdec=2,
                   fund="Tổng tiền công khoán (triệu đồng)")),
    ("output", dict(title="Kế hoạch sản phẩm 2027 – 2029", total="Tổng số sản phẩm")),
    ("inv", dict(title="Nhu cầu vốn")),
    ("src", dict(title="Nguồn vốn")),
    ("rev", dict(title="Doanh thu dự kiến")),
    ("cost", dict(title="Chi phí dự kiến")),
    ("summary", dict(title="Kết quả dự kiến", dep=True)),
    ("social", dict(title="Lợi ích cho các thành viên", rows=[
        ("Thành viên tham gia móc", "người", "staff_{y}", 0),
        ("Người khuyết tật", "người", "dis_{y}", 0),
        ("Thành viên thuộc hộ nghèo, cận nghèo", "người", "poor_{y}", 0),
        ("Tổng tiền công khoán", "triệu đồng", "fund_{y}", 1),
        ("Thu nhập bình quân từ tiền công", "triệu đồng/người/tháng", "wage_{y}", 2)])),
]

PLANS["gu09"].update(
    capfmt="Bảng {n}. {t}",
    equip=[("Máy rửa, nghiền củ dong (mới)", "1", "2 tấn củ/giờ"),
           ("Bể lọc, lắng tinh bột", "6", "3 m³/bể"),
           ("Máy tráng, hấp bánh miến (mới)", "1", "130 kg miến/ngày"),
           ("Máy cắt sợi miến (mới)", "1", "200 kg/ngày"),
           ("Giàn phơi có mái che", "1", "400 m²")])
TABLES["gu09"] = [
    ("hist", dict(title="Kết quả sản xuất kinh doanh 2024 – 2026", out="Sản lượng miến", hh="Hộ bán củ dong cho tổ")),
    ("products", dict(title="Sản phẩm và giá bán", price="Giá bán buôn (đồng)")),
    ("channels", dict(title="Kênh tiêu thụ năm 2027")),
    ("supply", dict(title="Vùng trồng dong riềng liên kết", cnt="Diện tích (ha)", yld="Năng suất (tấn/ha)", sup="Sản lượng củ (tấn)")),
    ("balance", dict(title="Nhu cầu và nguồn cung củ dong riềng", balance=False)),
    ("equip", dict(title="Máy móc, thiết bị")),
    ("staff", dict(title="Lao động và tiền lương",
                   groups=[("women", "Trong đó: lao động nữ"), ("poor", "Lao động thuộc hộ nghèo, cận nghèo")])),
    ("output", dict(title="Kế hoạch sản lượng", cap=True)),
    ("inv", dict(title="Vốn đầu tư")),
    ("src", dict(title="Nguồn vốn")),
    ("rev", dict(title="Doanh thu")),
    ("cost", dict(title="Chi phí")),
    ("summary", dict(title="Hiệu quả kinh tế", dep=True)),
    ("social", dict(title="Hiệu quả xã hội", rows=[
        ("Lao động thường xuyên", "người", "staff_{y}", 0),
        ("Trong đó: lao động nữ", "người", "women_{y}", 0),
        ("Lao động thuộc hộ nghèo, cận nghèo", "người", "poor_{y}", 0),
        ("Thu nhập bình quân", "triệu đồng/người/tháng", "wage_{y}", 1),
        ("Hộ trồng dong riềng liên kết", "hộ", "hh0", 0),
        ("Trong đó: hộ nghèo, cận nghèo", "hộ", "poorhh", 0),
        ("Diện tích dong riềng liên kết", "ha", "cnt0_{y}", 1),
        ("Giá trị củ dong thu mua", "triệu đồng", "buy0_{y}", 1),
        ("Bình quân mỗi hộ", "triệu đồng/hộ/năm", "buyhh_{y}", 1)])),
]

PLANS["gu10"].update(
    capfmt="Bảng {n}. {t}",
    equip=[("Máy sao chè bằng điện (mới)", "2", "12,5 kg khô/ngày/máy"),
           ("Máy vò chè (mới)", "2", "60 kg tươi/giờ"),
           ("Máy đóng túi lọc mini (mới)", "1", "25 túi/phút"),
           ("Máy hàn miệng túi", "2", "–")])
TABLES["gu10"] = [
    ("hist", dict(title="Kết quả sản xuất kinh doanh 2024 – 2026", out="Sản lượng chè khô", hh="Hộ bán búp chè cho cơ sở")),
    ("products", dict(title="Sản phẩm, quy cách và giá bán", price="Giá bán (đồng)")),
    ("channels", dict(title="Kênh tiêu thụ năm 2027")),
    ("supply", dict(title="Nguồn búp chè tươi", cnt="Diện tích (ha)", yld="Năng suất (tấn/ha)", sup="Sản lượng (tấn)")),
    ("balance", dict(title="Cân đối búp chè tươi")),
    ("equip", dict(title="Máy móc, thiết bị")),
    ("staff", dict(title="Lao động và tiền lương",
                   groups=[("youth", "Trong đó: thanh niên"), ("women", "Lao động nữ"),
                           ("poor", "Lao động thuộc hộ nghèo, cận nghèo")])),
    ("output", dict(title="Kế hoạch sản xuất 2027 – 2029", cap=True)),
    ("inv", dict(title="Vốn đầu tư")),
    ("src", dict(title="Nguồn vốn")),
    ("rev", dict(title="Doanh thu")),
    ("cost", dict(title="Chi phí")),
    ("summary", dict(title="Hiệu quả kinh tế", dep=True)),
    ("social", dict(title="Hiệu quả xã hội", rows=[
        ("Lao động thường xuyên", "người", "staff_{y}", 0),
        ("Trong đó: thanh niên", "người", "youth_{y}", 0),
        ("Lao động nữ", "người", "women_{y}", 0),
        ("Lao động thuộc hộ nghèo, cận nghèo", "người", "poor_{y}", 0),
        ("Thu nhập bình quân", "triệu đồng/người/tháng", "wage_{y}", 1),
        ("Hộ cung ứng búp chè", "hộ", "hh0", 0),
        ("Diện tích chè", "ha", "cnt0_{y}", 1),
        ("Giá trị búp chè thu mua", "triệu đồng", "buy0_{y}", 1),
        ("Bình quân mỗi hộ", "triệu đồng/hộ/năm", "buyhh_{y}", 1)])),
]



# --------------------------------------------------------------------------- model
def _n(key: str, dec: int = 0) -> tuple:
    return ("n", key, dec)


class Model:
    """V: the true value of every figure; P: what the plan prints (V with the planted defects)."""

    def __init__(self, key: str):
        self.key = key
        c = self.c = PLANS[key]
        V: dict[str, float] = {}
        prods, Y = c["products"], range(3)
        for i, (_, _, size, price, packs, _) in enumerate(prods):
            for y in Y:
                V[f"packs{i}_{y}"] = packs[y]
                V[f"price{i}_{y}"] = price[y]
                V[f"rev{i}_{y}"] = r1(packs[y] * price[y] / 1e6)
        for y in Y:
            V[f"out_{y}"] = r0(sum(p[4][y] * p[2] for p in prods))
            V[f"rev_{y}"] = r1(sum(V[f"rev{i}_{y}"] for i in range(len(prods))))
        if "cap" in c:
            V["cap"] = c["cap"][0] * c["cap"][1]
            V["cap_day"] = c["cap"][0]
            for y in Y:
                V[f"use_{y}"] = r1(V[f"out_{y}"] / V["cap"] * 100)
        h = c["hist"]
        for y in Y:
            V[f"h_out_{y}"], V[f"h_price_{y}"] = h["out"][y], h["price"][y]
            V[f"h_rev_{y}"] = r1(h["out"][y] * h["price"][y] / 1e6)
            V[f"h_profit_{y}"] = h["profit"][y]
            V[f"h_margin_{y}"] = r1(h["profit"][y] / V[f"h_rev_{y}"] * 100)
            V[f"h_staff_{y}"], V[f"h_hh_{y}"] = h["staff"][y], h["hh"][y]
        for r, m in enumerate(c["raws"]):
            for y in Y:
                need = V[f"out_{y}"] * m["norm"]  # material units
                V[f"needu{r}_{y}"] = need
                V[f"need{r}_{y}"] = r1(need / m["div"]) if m["div"] > 1 else r0(need)
                tot = 0.0
                for j, (_, hh, cnt, yld) in enumerate(m["rows"]):
                    V[f"row{r}_{j}_hh"] = hh
                    V[f"row{r}_{j}_cnt_{y}"] = cnt[y]
                    V[f"row{r}_{j}_yld"] = yld
                    V[f"row{r}_{j}_sup_{y}"] = (r1 if m["div"] > 1 else r0)(cnt[y] * yld)
                    tot += V[f"row{r}_{j}_sup_{y}"]
                V[f"sup{r}_{y}"] = (r1 if m["div"] > 1 else r0)(tot)
                V[f"cnt{r}_{y}"] = round(sum(row[2][y] for row in m["rows"]), 2)
                V[f"bal{r}_{y}"] = (r1 if m["div"] > 1 else r0)(V[f"sup{r}_{y}"] - V[f"need{r}_{y}"])
                V[f"buy{r}_{y}"] = r1(need * m["price"] / 1e6)
            V[f"hh{r}"] = sum(row[1] for row in m["rows"])
            V[f"norm{r}"], V[f"rprice{r}"] = m["norm"], m["price"]
            for y in Y:
                V[f"spare{r}_{y}"] = r1((V[f"sup{r}_{y}"] / V[f"need{r}_{y}"] - 1) * 100)
        # staff
        if "roles" in c:
            for k, (_, n, _) in enumerate(c["roles"]):
                for y in Y:
                    V[f"role{k}_{y}"] = n[y]
            for y in Y:
                V[f"staff_{y}"] = sum(ro[1][y] for ro in c["roles"])
                if "piece" in c:  # paid by the piece: the fund is the piece wages, the wage its mean
                    V[f"fund_{y}"] = r1(sum(p[4][y] * c["piece"][i] for i, p in enumerate(prods)) / 1e6)
                    V[f"wage_{y}"] = round(V[f"fund_{y}"] / V[f"staff_{y}"] / 12 + 1e-9, 2)
                else:
                    V[f"wage_{y}"] = c["wage"][y]
                    V[f"fund_{y}"] = r1(V[f"staff_{y}"] * c["wage"][y] * 12)
                for g, vals in c["groups"].items():
                    V[f"{g}_{y}"] = vals[y]
                    V[f"{g}pct_{y}"] = r1(vals[y] / V[f"staff_{y}"] * 100)
            for k, ro in enumerate(c["roles"]):
                for g, cnt in ro[2].items():
                    V[f"role{k}_{g}"] = cnt
        # investment, sources
        V["inv_total"] = r1(sum(x[1] for x in c["inv"]))
        V["fixed_total"] = r1(sum(x[1] for x in c["inv"] if x[2]))
        for i, x in enumerate(c["inv"]):
            V[f"inv{i}"] = x[1]
        V["src_total"] = r1(sum(x[1] for x in c["src"]))
        for i, x in enumerate(c["src"]):
            V[f"src{i}"] = x[1]
            V[f"srcpct{i}"] = r1(x[1] / V["src_total"] * 100)
        V["dep"] = r1(V["fixed_total"] / c["life"])
        for y in Y:
            V[f"loan_{y}"] = c["loan"][y]
        # costs
        for y in Y:
            tot = 0.0
            for k, line in enumerate(c["costs"]):
                V[f"c{k}_{y}"] = v = self._cost(line, V, y)
                tot += v
            V[f"cost_{y}"] = r1(tot)
            V[f"profit_{y}"] = r1(V[f"rev_{y}"] - V[f"cost_{y}"])
            V[f"margin_{y}"] = r1(V[f"profit_{y}"] / V[f"rev_{y}"] * 100)
        V["profit_avg"] = r1(sum(V[f"profit_{y}"] for y in Y) / 3)
        V["payback"] = r1(V["inv_total"] / (V["profit_avg"] + V["dep"]))
        V["rev_total3"] = r1(sum(V[f"rev_{y}"] for y in Y))
        # channels (2027 output)
        for i, ch in enumerate(c.get("channels", [])):
            V[f"ch{i}_pct"] = ch[2]
            V[f"ch{i}_qty"] = r0(V["out_0"] * ch[2] / 100)
        if c.get("channels"):
            V["ch_pct"] = sum(ch[2] for ch in c["channels"])
            V["ch_qty"] = sum(V[f"ch{i}_qty"] for i in range(len(c["channels"])))
        # per linked household: value bought of the main material (raws[0]) a year
        if c["raws"]:
            for y in Y:
                V[f"buyhh_{y}"] = r1(V[f"buy0_{y}"] / V["hh0"])
        for i, v in enumerate(c.get("piece", [])):
            V[f"piece{i}"] = v
        for k, v in c.get("extra", {}).items():
            V[k] = v
        self.V = V
        self.P = dict(V)
        plant = PLANT.get(key)
        if plant:
            plant(self.P, V)

    def _cost(self, line, V, y) -> float:
        kind = line[0]
        c = self.c
        if kind == "raw":
            return V[f"buy{line[1]}_{y}"]
        if kind == "aux":
            return r1(V[f"out_{y}"] * line[1] / 1e6)
        if kind == "energy":
            return r1(V[f"out_{y}"] * line[1] / 1e6)
        if kind == "pack":
            return r1(sum(p[4][y] * p[5] for p in c["products"]) / 1e6)
        if kind == "piece":
            return r1(sum(p[4][y] * c["piece"][i] for i, p in enumerate(c["products"])) / 1e6)
        if kind == "wages":
            return V[f"fund_{y}"]
        if kind == "dep":
            return V["dep"]
        if kind == "int":
            return r1(c["loan"][y] * c["rate"])
        if kind == "fixed":
            return line[1][y]
        if kind == "share":
            return r1(V[f"rev_{y}"] * line[1])
        raise ValueError(kind)

    # ---------------------------------------------------------------- tables
    def tables(self) -> dict[str, dict]:
        """Every table of the plan: name -> {title, unit, header, rows}; numeric cells are
        ("n", key, decimals), the rest text."""
        c, out = self.c, {}
        for name, opt in TABLES[self.key]:
            fn = getattr(self, f"t_{name.split(':')[0]}", None)
            out[name] = fn(opt) if fn else opt  # a literal table (text only) is given whole
        return out

    def t_equip(self, o):
        c = self.c
        rows = [[str(i + 1)] + list(e) for i, e in enumerate(c["equip"])]
        u = c.get("cap_unit", c["unit_word"])
        rows.append(["", o.get("last", "Năng lực sản xuất"), "",
                     f"{fmt(c['cap'][0])} {u}/ngày × {c['cap'][1]} ngày = {fmt(c['cap'][0] * c['cap'][1])} {u}/năm"])
        return dict(title=o["title"], unit=None, header=["TT", "Thiết bị", "Số lượng", "Công suất"], rows=rows)

    def t_founders(self, o):
        c = self.c
        tot = sum(f[3] for f in c["founders"])
        rows = [[str(i + 1), f[0], str(f[1]), f[2], fmt(f[3], 1), fmt(r1(f[3] / tot * 100), 1)]
                for i, f in enumerate(c["founders"])]
        rows.append(["", "Cộng", "", "", fmt(tot, 1), "100,0"])
        return dict(title=o["title"], unit=None,
                    header=["TT", "Thành viên", "Tuổi", "Vai trò", "Vốn góp (triệu đồng)", "Tỷ lệ (%)"], rows=rows)

    def t_distypes(self, o):
        c = self.c
        rows = [[str(i + 1), d[0], str(d[1]), d[2]] for i, d in enumerate(c["dis_types"])]
        rows.append(["", "Cộng", fmt(sum(d[1] for d in c["dis_types"])), ""])
        return dict(title=o["title"], unit=None, header=["TT", "Dạng khuyết tật", "Số người", "Công việc"],
                    rows=rows)

    def t_hist(self, o):
        c = self.c
        rows = [["1", o.get("out", "Sản lượng"), c["unit_word"]] + [_n(f"h_out_{y}") for y in range(3)],
                ["2", o.get("price", "Giá bán bình quân"), f"đồng/{c['unit_word']}"] + [_n(f"h_price_{y}") for y in range(3)],
                ["3", "Doanh thu", "triệu đồng"] + [_n(f"h_rev_{y}", 1) for y in range(3)],
                ["4", "Lợi nhuận", "triệu đồng"] + [_n(f"h_profit_{y}", 1) for y in range(3)],
                ["5", o.get("staff", "Lao động thường xuyên"), "người"] + [_n(f"h_staff_{y}") for y in range(3)],
                ["6", o.get("hh", "Hộ liên kết cung ứng nguyên liệu"), o.get("hhunit", "hộ")] + [_n(f"h_hh_{y}") for y in range(3)]]
        return dict(title=o["title"], unit=None, header=["TT", "Chỉ tiêu", "ĐVT"] + [f"Năm {y}" for y in HIST],
                    rows=rows)

    def t_labour(self, o):
        c = self.c
        groups = o["groups"]  # [(group key, header)]
        rows = []
        for k, ro in enumerate(c["roles"]):
            rows.append([str(k + 1), ro[0], _n(f"role{k}_0")] + [_n(f"role{k}_{g}") for g, _ in groups])
        rows.append(["", "Cộng", _n("staff_0")] + [_n(f"{g}_0") for g, _ in groups])
        return dict(title=o["title"], unit=None, header=["TT", "Bộ phận", "Số người"] + [h for _, h in groups],
                    rows=rows)

    def t_products(self, o):
        c = self.c
        const = all(len(set(p[3])) == 1 for p in c["products"])
        rows = []
        for i, p in enumerate(c["products"]):
            if const:
                rows.append([str(i + 1), p[0], p[1], _n(f"price{i}_0")])
            else:
                rows.append([str(i + 1), p[0], p[1]] + [_n(f"price{i}_{y}") for y in range(3)])
        head = ["TT", "Sản phẩm, quy cách", "ĐVT"] + (
            [o.get("price", "Giá bán (đồng)")] if const else [f"Năm {y}" for y in YEARS])
        return dict(title=o["title"], unit=None if const else "ĐVT: đồng/đơn vị sản phẩm", header=head,
                    rows=rows)

    def t_channels(self, o):
        c = self.c
        rows = [[str(i + 1), ch[0], ch[1], _n(f"ch{i}_pct"), _n(f"ch{i}_qty")]
                for i, ch in enumerate(c["channels"])]
        rows.append(["", "Cộng", "", _n("ch_pct"), _n("ch_qty")])
        return dict(title=o["title"], unit=None,
                    header=["TT", "Kênh", "Khách hàng cụ thể", "Tỷ lệ (%)", f"SL ({c['unit_word']})"], rows=rows)

    def t_supply(self, o):
        c = self.c
        r = o.get("r", 0)
        m = c["raws"][r]
        y = o.get("year", 0)
        rows = []
        for j, row in enumerate(m["rows"]):
            rows.append([str(j + 1), row[0], _n(f"row{r}_{j}_hh"), _n(f"row{r}_{j}_cnt_{y}", o.get("cdec", 1)),
                         _n(f"row{r}_{j}_yld", o.get("ydec", 1)), _n(f"row{r}_{j}_sup_{y}", o.get("sdec", 1))])
        rows.append(["", "Cộng", _n(f"hh{r}"), _n(f"cnt{r}_{y}", o.get("cdec", 1)), "",
                     _n(f"sup{r}_{y}", o.get("sdec", 1))])
        return dict(title=o["title"], unit=None,
                    header=["TT", "Nguồn cung", "Số hộ", o["cnt"], o["yld"], o["sup"]], rows=rows)

    def t_balance(self, o):
        c = self.c
        rows, n = [], 1
        rows.append([str(n), o.get("outlab", f"Sản lượng sản phẩm ({c['unit_word']})")] + [_n(f"out_{y}") for y in range(3)])
        for r, m in enumerate(c["raws"]):
            if r not in o.get("raws", [0]):
                continue
            d = 1 if m["div"] > 1 else 0
            n += 1
            rows.append([str(n), f"Nhu cầu {m['label'].lower()} ({m['disp']})"] + [_n(f"need{r}_{y}", d) for y in range(3)])
            if o.get("cnt"):
                n += 1
                rows.append([str(n), o["cnt"][r]] + [_n(f"cnt{r}_{y}", o.get("cdec", 1)) for y in range(3)])
            n += 1
            rows.append([str(n), f"Khả năng cung ứng ({m['disp']})"] + [_n(f"sup{r}_{y}", d) for y in range(3)])
            if o.get("balance", True):
                n += 1
                rows.append([str(n), f"Còn dư ({m['disp']})"] + [_n(f"bal{r}_{y}", d) for y in range(3)])
        return dict(title=o["title"], unit=None, header=["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
                    rows=rows)

    def t_output(self, o):
        c = self.c
        rows = [[str(i + 1), p[0], p[1]] + [_n(f"packs{i}_{y}") for y in range(3)]
                for i, p in enumerate(c["products"])]
        rows.append(["", o.get("total", "Tổng sản lượng quy đổi"), c["unit_word"]] + [_n(f"out_{y}") for y in range(3)])
        if o.get("cap"):
            rows.append(["", "Công suất thiết kế", c["unit_word"]] + [_n("cap")] * 3)
            rows.append(["", "Mức sử dụng công suất", "%"] + [_n(f"use_{y}", 1) for y in range(3)])
        return dict(title=o["title"], unit=None, header=["TT", "Sản phẩm", "ĐVT"] + [f"Năm {y}" for y in YEARS],
                    rows=rows)

    def t_staff(self, o):
        c = self.c
        rows = [[str(k + 1), ro[0]] + [_n(f"role{k}_{y}") for y in range(3)] for k, ro in enumerate(c["roles"])]
        rows.append(["", o.get("total", "Tổng số lao động")] + [_n(f"staff_{y}") for y in range(3)])
        for g, lab in o.get("groups", []):
            rows.append(["", lab] + [_n(f"{g}_{y}") for y in range(3)])
        rows.append(["", o.get("wage", "Lương bình quân (triệu đồng/người/tháng)")] + [_n(f"wage_{y}", o.get("wdec", 1)) for y in range(3)])
        rows.append(["", o.get("fund", "Quỹ lương năm (triệu đồng)")] + [_n(f"fund_{y}", 1) for y in range(3)])
        return dict(title=o["title"], unit=None, header=["TT", "Bộ phận"] + [f"Năm {y}" for y in YEARS], rows=rows)

    def t_inv(self, o):
        c = self.c
        rows = [[str(i + 1), x[0], _n(f"inv{i}", 1)] for i, x in enumerate(c["inv"])]
        rows.append(["", "Tổng cộng", _n("inv_total", 1)])
        return dict(title=o["title"], unit=o.get("unit", "ĐVT: triệu đồng"),
                    header=["TT", "Hạng mục đầu tư", "Thành tiền"], rows=rows)

    def t_src(self, o):
        c = self.c
        rows = [[str(i + 1), x[0], _n(f"src{i}", 1), _n(f"srcpct{i}", 1)] for i, x in enumerate(c["src"])]
        rows.append(["", "Tổng cộng", _n("src_total", 1), "100,0"])
        return dict(title=o["title"], unit=o.get("unit", "ĐVT: triệu đồng"),
                    header=["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows=rows)

    def t_rev(self, o):
        c = self.c
        rows = [[str(i + 1), o.get("labels", [p[0] for p in c["products"]])[i]] + [_n(f"rev{i}_{y}", 1) for y in range(3)]
                for i, p in enumerate(c["products"])]
        rows.append(["", "Tổng doanh thu"] + [_n(f"rev_{y}", 1) for y in range(3)])
        return dict(title=o["title"], unit="ĐVT: triệu đồng", header=["TT", "Sản phẩm"] + [f"Năm {y}" for y in YEARS],
                    rows=rows)

    def t_cost(self, o):
        c = self.c
        rows = [[str(k + 1), line[-1]] + [_n(f"c{k}_{y}", 1) for y in range(3)] for k, line in enumerate(c["costs"])]
        rows.append(["", "Tổng chi phí"] + [_n(f"cost_{y}", 1) for y in range(3)])
        return dict(title=o["title"], unit="ĐVT: triệu đồng", header=["TT", "Khoản mục"] + [f"Năm {y}" for y in YEARS],
                    rows=rows)

    def t_summary(self, o):
        rows = [["1", "Doanh thu"] + [_n(f"rev_{y}", 1) for y in range(3)],
                ["2", "Tổng chi phí"] + [_n(f"cost_{y}", 1) for y in range(3)],
                ["3", "Lợi nhuận"] + [_n(f"profit_{y}", 1) for y in range(3)],
                ["4", "Tỷ suất lợi nhuận/doanh thu (%)"] + [_n(f"margin_{y}", 1) for y in range(3)]]
        if o.get("dep"):
            rows.append(["5", "Khấu hao tài sản"] + [_n("dep", 1)] * 3)
        return dict(title=o["title"], unit="ĐVT: triệu đồng", header=["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in YEARS],
                    rows=rows)

    def t_social(self, o):
        rows = []
        for i, (lab, unit, key, dec) in enumerate(o["rows"]):
            rows.append([str(i + 1), lab, unit] + [_n(key.format(y=y), dec) for y in range(3)])
        return dict(title=o["title"], unit=None, header=["TT", "Chỉ tiêu", "ĐVT"] + [f"Năm {y}" for y in YEARS],
                    rows=rows)


def caption(key: str, n: int, title: str) -> str:
    return PLANS[key].get("capfmt", "Bảng {n}. {t}").format(n=n, t=title)


def render(t: dict, cap: str, P: dict) -> str:
    """A model table as FORMAT.md Markdown: caption paragraph, optional unit line, pipe table."""
    lines = [cap, ""]
    if t.get("unit"):
        lines.append(t["unit"])
    lines.append("| " + " | ".join(t["header"]) + " |")
    lines.append("|" + "---|" * len(t["header"]))
    for row in t["rows"]:
        lines.append("| " + " | ".join(cell_text(c, P) for c in row) + " |")
    return "\n".join(lines)


def spec_fmt(v: float, sp: str) -> str:
    """How a number is written in the prose: n0/n1/n2 as is, ty in tỷ (from triệu), t1 in tấn
    (from kg), k0 in nghìn."""
    if sp.startswith("n"):
        return fmt(v, int(sp[1]))
    if sp == "ty":
        return fmt(v / 1000, 2)
    if sp == "t1":
        return fmt(v / 1000, 1)
    if sp == "k0":
        return fmt(v / 1000, 0)
    raise ValueError(sp)


def cell_text(cell, P) -> str:
    if isinstance(cell, tuple):
        return fmt(P[cell[1]], cell[2])
    return cell


# --------------------------------------------------------------------------- planted defects
def _follow_profit(P: dict, y: int) -> None:
    P[f"profit_{y}"] = r1(P[f"rev_{y}"] - P[f"cost_{y}"])
    P[f"margin_{y}"] = r1(P[f"profit_{y}"] / P[f"rev_{y}"] * 100)


def _follow_payback(P: dict) -> None:
    P["profit_avg"] = r1(sum(P[f"profit_{y}"] for y in range(3)) / 3)
    P["payback"] = r1(P["inv_total"] / (P["profit_avg"] + P["dep"]))


def _gu05(P, V):  # profit-mismatch: the 2028 profit of the summary +25 %
    P["profit_1"] = r1(V["profit_1"] * 1.25)
    P["margin_1"] = r1(P["profit_1"] / P["rev_1"] * 100)
    _follow_payback(P)


def _gu06(P, V):  # table-total-mismatch: the 2028 cost total -10 %, the summary follows it
    P["cost_1"] = r1(V["cost_1"] * 0.90)
    _follow_profit(P, 1)
    _follow_payback(P)


def _gu07(P, V):  # figure-inconsistent: 40 ha in the text, 33 ha in the tables
    P["area_text"] = 40


def _gu08(P, V):  # payback-mismatch: 1,2 years stated
    P["payback"] = 1.2


def _gu09(P, V):  # revenue-mismatch: the 2028 line of the 500 g pack +12 %, total and summary follow
    P["rev0_1"] = r1(V["rev0_1"] * 1.12)
    P["rev_1"] = r1(sum(P[f"rev{i}_1"] for i in range(len(PLANS["gu09"]["products"]))))
    _follow_profit(P, 1)
    _follow_payback(P)


PLANT = {"gu05": _gu05, "gu06": _gu06, "gu07": _gu07, "gu08": _gu08, "gu09": _gu09}

# planted: printed figures wrong on purpose (> 5 % from the true value); follow: knock-on figures that
# follow a planted one (printed as the plan's own arithmetic gives them); fails: the relations that must
# fail (each by more than 5 %), every other relation must hold.
DEFECTS = {
    "gu05": dict(planted=["profit_1"], follow=["margin_1", "profit_avg", "payback"],
                 fails=["profit 2028", "capacity 2029"]),
    "gu06": dict(planted=["cost_1"], follow=["profit_1", "margin_1", "profit_avg", "payback"],
                 fails=["cost total 2028"]),
    "gu07": dict(planted=["area_text"], follow=[], fails=["sources = investment", "area stated in the text"]),
    "gu08": dict(planted=["payback"], follow=[],
                 fails=["payback", "growth output 2028", "growth output 2029", "growth revenue 2028",
                        "growth revenue 2029"]),
    "gu09": dict(planted=["rev0_1"], follow=["rev_1", "profit_1", "margin_1", "profit_avg", "payback"],
                 fails=["revenue line 1 2028", "material 1 2029"]),
}
READY = ("gu01", "gu02", "gu03", "gu04")
SKETCHY = {"gu11": (150, 350), "gu12": (150, 350)}
DATES = {"gu01": (2026, 10), "gu02": (2026, 12), "gu03": (2027, 1), "gu04": (2026, 9), "gu05": (2026, 11),
         "gu06": (2026, 8), "gu07": (2027, 3), "gu08": (2027, 2), "gu09": (2026, 9), "gu10": (2026, 7),
         "gu11": (2026, 8), "gu12": (2027, 3)}

# words that must be there (has) or not (lacks, a regular expression) in each plan
TEXT = {
    "gu01": dict(has=["an toàn thực phẩm", "TCCS", "tự công bố", "thử nghiệm", "nhãn hiệu", "truy xuất",
                      "đăng ký môi trường", "bể lắng"]),
    "gu02": dict(has=["an toàn thực phẩm", "TCCS", "tự công bố", "thử nghiệm", "nhãn hiệu", "QR",
                      "không ghi công dụng chữa bệnh", "miễn đăng ký môi trường"]),
    "gu03": dict(has=["an toàn thực phẩm", "TCCS", "tự công bố", "thử nghiệm", "Nhãn hiệu", "QR",
                      "hố thấm", "Ủy ban nhân dân xã Hòa Sơn"]),
    "gu04": dict(has=["không phải là thực phẩm", "TCCS", "thử nghiệm", "Nhãn hiệu", "QR", "đăng ký môi trường",
                      "Bụi đót"]),
    "gu05": dict(lacks=r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm",
                 has=["QCVN 6-3:2010/BYT", "an toàn thực phẩm", "đăng ký môi trường", "Nhãn hiệu", "tự công bố",
                      "độ cồn", "không đầu tư thêm nồi chưng cất", "148/QĐ-TTg", "1489/QĐ-TTg"]),
    "gu06": dict(lacks=r"môi trường|thải|mùi|xử lý|bể lắng|biogas|rác|ô nhiễm",
                 has=["an toàn thực phẩm", "TCCS", "Nhãn hiệu", "148/QĐ-TTg", "1489/QĐ-TTg"]),
    "gu07": dict(lacks=r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chuẩn",
                 has=["43/2017/NĐ-CP", "Nhãn hiệu", "đăng ký môi trường", "không phải thực phẩm", "148/QĐ-TTg",
                      "Nguồn vốn bảo đảm đủ"]),
    "gu08": dict(lacks=r"đăng ký kinh doanh|mã số thuế|hộ kinh doanh|hợp tác xã|tổ hợp tác|doanh nghiệp|"
                       r"giấy chứng nhận|Luật ",
                 has=["rất lớn", "3 – 4 giờ", "10 cửa hàng", "148/QĐ-TTg", "43/2017/NĐ-CP"]),
    "gu09": dict(lacks=r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết",
                 has=["bảo đảm đủ củ dong", "tự công bố", "TCCS", "Nhãn hiệu", "đăng ký môi trường",
                      "148/QĐ-TTg"]),
    "gu10": dict(lacks=r"nhãn|\btem\b|mã vạch|43/2017|111/2021|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|"
                       r"148/QĐ-TTg|1489",
                 has=["1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện",
                      "01/2021/NĐ-CP", "an toàn thực phẩm", "TCCS", "tự công bố"]),
    "gu11": dict(lacks=r"đăng ký|an toàn thực phẩm|ATTP|tiêu chuẩn|nhãn|môi trường|hợp đồng|\|"),
    "gu12": dict(lacks=r"an toàn thực phẩm|nhãn hiệu|môi trường|nước thải|\|"),
}
OTHER_NAME = {"gu06": ("Công ty TNHH Hải sản Thiên Ân", "Công ty TNHH Mắm Bình An")}

# prose tokens: (key, how it is written, the words that follow it), as the generator wrote them
USED: dict[str, list] = {'gu01': [('out_0', 'n0', ' kg'),
          ('out_2', 'n0', ' kg'),
          ('rev_0', 'n1', ' triệu đồng'),
          ('rev_2', 'n1', ' triệu đồng'),
          ('profit_avg', 'n1', ' triệu đồng/năm'),
          ('staff_0', 'n0', ' lao động năm'),
          ('staff_2', 'n0', ' lao động năm'),
          ('women_0', 'n0', ''),
          ('women_2', 'n0', ' người'),
          ('wage_0', 'n1', ''),
          ('wage_2', 'n1', ' triệu đồng/người/tháng'),
          ('hh0', 'n0', ' hộ trồng nếp cái trên'),
          ('cnt0_0', 'n1', ' ha'),
          ('hh1', 'n0', ' hộ trồng đậu xanh trên'),
          ('cnt1_0', 'n1', ' ha'),
          ('buy0_0', 'n1', ''),
          ('buy0_2', 'n1', ' triệu đồng'),
          ('h_profit_2', 'n1', ' triệu đồng'),
          ('h_margin_2', 'n1', ' % doanh thu'),
          ('norm0', 'n2', ' kg gạo nếp cái'),
          ('norm1', 'n2', ' kg đậu xanh'),
          ('hh0', 'n0', ' hộ trồng nếp ở'),
          ('cnt0_0', 'n1', ' ha'),
          ('row0_0_yld', 'n1', ' tấn/ha'),
          ('rprice0', 'n0', ' đồng/kg gạo nếp'),
          ('hh1', 'n0', ' hộ ở thôn Đông Tiến trồ'),
          ('cnt1_0', 'n1', ' ha'),
          ('row1_0_yld', 'n1', ' tấn/ha'),
          ('rprice1', 'n0', ' đồng/kg'),
          ('bal0_2', 'n1', ' tấn nếp'),
          ('bal1_2', 'n1', ' tấn đậu xanh'),
          ('cap_day', 'n0', ' kg bánh/ngày'),
          ('cap', 'n0', ' kg/năm'),
          ('use_2', 'n1', ' % công suất'),
          ('womenpct_0', 'n1', ' % tổng số lao động'),
          ('fixed_total', 'n1', ' triệu đồng'),
          ('profit_avg', 'n1', ''),
          ('dep', 'n1', ''),
          ('payback', 'n1', ' năm'),
          ('buyhh_0', 'n1', ' triệu đồng năm'),
          ('buyhh_2', 'n1', ' triệu đồng năm'),
          ('poor_0', 'n0', ' chị thuộc hộ nghèo'),
          ('spare0_2', 'n0', ' % so')],
 'gu02': [('out_0', 'n0', ' kg trà'),
          ('out_2', 'n0', ' kg năm'),
          ('rev_0', 'n1', ' triệu đồng năm'),
          ('rev_2', 'n1', ' triệu đồng năm'),
          ('staff_0', 'n0', ' lao động năm'),
          ('staff_2', 'n0', ' lao động năm'),
          ('youth_0', 'n0', ''),
          ('youth_2', 'n0', ' người là thanh niên dướ'),
          ('wage_0', 'n1', ' triệu đồng/người/tháng'),
          ('hh0', 'n0', ' hộ trên'),
          ('cnt0_0', 'n1', ' ha'),
          ('poorhh', 'n0', ' hộ nghèo'),
          ('h_profit_2', 'n1', ' triệu đồng'),
          ('h_margin_2', 'n1', ' % doanh thu'),
          ('norm0', 'n1', ' kg cà gai leo tươi cho'),
          ('rprice0', 'n0', ' đồng/kg tươi'),
          ('need0_2', 'n1', ' tấn'),
          ('sup0_2', 'n1', ' tấn'),
          ('bal0_2', 'n1', ' tấn'),
          ('cap_day', 'n0', ' kg khô/ngày ×'),
          ('cap', 'n0', ' kg/năm'),
          ('use_2', 'n1', ' % công suất'),
          ('loan_0', 'n0', ' triệu đồng'),
          ('profit_avg', 'n1', ' triệu đồng/năm'),
          ('profit_avg', 'n1', ''),
          ('dep', 'n1', ''),
          ('payback', 'n1', ' năm'),
          ('buyhh_0', 'n1', ' triệu đồng năm'),
          ('buyhh_2', 'n1', ' triệu đồng năm'),
          ('poorhh', 'n0', ' hộ nghèo'),
          ('spare0_2', 'n1', ' % so')],
 'gu03': [('hh0', 'n0', ' hộ nuôi ong'),
          ('hh0', 'n0', ' hộ có'),
          ('poorhh', 'n0', ' hộ nghèo'),
          ('out_0', 'n0', ' kg'),
          ('out_2', 'n0', ' kg'),
          ('rev_0', 'n1', ' triệu đồng'),
          ('rev_2', 'n1', ' triệu đồng'),
          ('cnt0_0', 'n0', ' đàn'),
          ('cnt0_2', 'n0', ' đàn'),
          ('buyhh_0', 'n1', ' triệu đồng năm'),
          ('h_profit_2', 'n1', ' triệu đồng'),
          ('h_margin_2', 'n1', ' % doanh thu'),
          ('ch0_pct', 'n0', ' % sản lượng'),
          ('ch0_qty', 'n0', ' kg'),
          ('ch1_pct', 'n0', ' %'),
          ('ch1_qty', 'n0', ' kg'),
          ('ch2_pct', 'n0', ' %'),
          ('ch2_qty', 'n0', ' kg'),
          ('ch3_pct', 'n0', ' %'),
          ('ch3_qty', 'n0', ' kg'),
          ('rprice0', 'n0', ' đồng/kg'),
          ('norm0', 'n2', ' kg mật thô cho'),
          ('need0_2', 'n0', ' kg mật thô'),
          ('sup0_2', 'n0', ' kg'),
          ('bal0_2', 'n0', ' kg'),
          ('cap_day', 'n0', ' kg/ngày'),
          ('cap', 'n0', ' kg/năm'),
          ('use_2', 'n1', ' %'),
          ('profit_avg', 'n1', ' triệu đồng/năm'),
          ('profit_avg', 'n1', ''),
          ('dep', 'n1', ''),
          ('payback', 'n1', ' năm'),
          ('buyhh_2', 'n1', ' triệu đồng mật')],
 'gu04': [('h_profit_2', 'n1', ' triệu đồng'),
          ('out_0', 'n0', ' chiếc'),
          ('out_2', 'n0', ' chiếc'),
          ('rev_0', 'n1', ' triệu đồng'),
          ('rev_2', 'n1', ' triệu đồng'),
          ('staff_0', 'n0', ' lao động năm'),
          ('staff_2', 'n0', ' lao động năm'),
          ('dis_0', 'n0', ''),
          ('dis_2', 'n0', ' người'),
          ('wage_0', 'n1', ''),
          ('wage_2', 'n1', ' triệu đồng/người/tháng'),
          ('hh0', 'n0', ' hộ trên'),
          ('cnt0_0', 'n1', ' ha đồi'),
          ('norm0', 'n2', ' kg bông đót khô'),
          ('rprice0', 'n0', ' đồng/kg khô'),
          ('rprice1', 'n0', ' đồng/cái'),
          ('bal0_2', 'n1', ' tấn'),
          ('cap_day', 'n0', ' chiếc/ngày ×'),
          ('cap', 'n0', ' chiếc/năm'),
          ('fixed_total', 'n1', ' triệu đồng tài sản cố đ'),
          ('loan_0', 'n0', ' triệu đồng'),
          ('profit_avg', 'n1', ''),
          ('dep', 'n1', ''),
          ('payback', 'n1', ' năm'),
          ('buyhh_0', 'n1', ' triệu đồng năm'),
          ('dispct_2', 'n1', ' % lao động của hợp tác')],
 'gu05': [('out_0', 'n0', ' lít'),
          ('out_1', 'n0', ' lít'),
          ('out_2', 'n0', ' lít'),
          ('rev_0', 'n1', ' triệu đồng'),
          ('rev_2', 'n1', ' triệu đồng'),
          ('staff_0', 'n0', ''),
          ('staff_2', 'n0', ' lao động'),
          ('wage_0', 'n1', ''),
          ('wage_2', 'n1', ' triệu đồng/người/tháng'),
          ('hh0', 'n0', ' hộ trên'),
          ('cnt0_0', 'n1', ' ha'),
          ('h_profit_2', 'n1', ' triệu đồng'),
          ('h_margin_2', 'n1', ' % doanh thu'),
          ('norm0', 'n2', ' kg gạo nếp cho'),
          ('rprice0', 'n0', ' đồng/kg'),
          ('bal0_2', 'n1', ' tấn'),
          ('cap', 'n0', ' lít/năm'),
          ('profit_avg', 'n1', ' triệu đồng/năm'),
          ('profit_avg', 'n1', ''),
          ('dep', 'n1', ''),
          ('payback', 'n1', ' năm'),
          ('buyhh_0', 'n1', ' triệu đồng năm'),
          ('womenpct_0', 'n1', ' % lao động')],
 'gu06': [('staff_0', 'n0', ' lao động'),
          ('dis_0', 'n0', ' người khuyết tật'),
          ('women_0', 'n0', ' lao động nữ'),
          ('out_0', 'n0', ' kg'),
          ('out_2', 'n0', ' kg'),
          ('rev_0', 'n1', ' triệu đồng'),
          ('rev_2', 'n1', ' triệu đồng'),
          ('staff_2', 'n0', ' lao động vào năm'),
          ('dis_2', 'n0', ' người khuyết tật'),
          ('wage_2', 'n1', ' triệu đồng/người/tháng'),
          ('hh0', 'n0', ' hộ ngư dân'),
          ('h_profit_2', 'n1', ' triệu đồng'),
          ('h_margin_2', 'n1', ' % doanh thu'),
          ('norm0', 'n2', ' kg tôm moi tươi'),
          ('hh0', 'n0', ' hộ có tàu lưới moi ở'),
          ('rprice0', 'n0', ' đồng/kg'),
          ('bal0_2', 'n1', ' tấn so'),
          ('cap_day', 'n0', ' kg mắm/ngày ×'),
          ('cap', 'n0', ' kg/năm'),
          ('profit_avg', 'n1', ' triệu đồng/năm'),
          ('profit_avg', 'n1', ''),
          ('dep', 'n1', ''),
          ('payback', 'n1', ' năm'),
          ('buyhh_0', 'n1', ' triệu đồng năm'),
          ('dispct_0', 'n1', ' % lao động năm')],
 'gu07': [('hh0', 'n0', ' hộ trồng tràm'),
          ('area_text', 'n0', ' ha'),
          ('poorhh', 'n0', ' hộ nghèo'),
          ('out_0', 'n0', ' lít'),
          ('out_2', 'n0', ' lít'),
          ('rev_0', 'n1', ' triệu đồng'),
          ('rev_2', 'n1', ' triệu đồng'),
          ('staff_0', 'n0', ''),
          ('staff_2', 'n0', ' lao động'),
          ('wage_0', 'n1', ' triệu đồng/người/tháng'),
          ('area_text', 'n0', ' ha tràm'),
          ('hh0', 'n0', ' hộ'),
          ('buy0_0', 'n1', ' triệu đồng năm'),
          ('h_profit_2', 'n1', ' triệu đồng'),
          ('h_margin_2', 'n1', ' % doanh thu'),
          ('norm0', 'n0', ' kg lá'),
          ('rprice0', 'n0', ' đồng/kg'),
          ('cnt0_0', 'n0', ' ha'),
          ('sup0_0', 'n0', ' tấn lá'),
          ('cap_day', 'n0', ' lít tinh dầu/ngày'),
          ('cap', 'n0', ' lít/năm'),
          ('loan_0', 'n0', ' triệu đồng'),
          ('profit_avg', 'n1', ''),
          ('dep', 'n1', ''),
          ('payback', 'n1', ' năm'),
          ('buyhh_0', 'n1', ' triệu đồng năm'),
          ('buyhh_2', 'n1', ' triệu đồng năm'),
          ('spare0_2', 'n0', ' % năm')],
 'gu08': [('staff_0', 'n0', ' thành viên'),
          ('dis_0', 'n0', ' chị là người khuyết tật'),
          ('poor_0', 'n0', ' chị thuộc hộ nghèo'),
          ('out_0', 'n0', ' sản phẩm'),
          ('out_1', 'n0', ' sản phẩm'),
          ('out_2', 'n0', ' sản phẩm'),
          ('rev_0', 'n1', ' triệu đồng'),
          ('rev_2', 'n1', ' triệu đồng'),
          ('wage_0', 'n2', ' triệu đồng/tháng năm'),
          ('wage_2', 'n2', ' triệu đồng/tháng năm'),
          ('h_profit_2', 'n1', ' triệu đồng sau khi đã t'),
          ('norm0', 'n2', ' kg sợi len'),
          ('rprice0', 'n0', ' đồng/kg'),
          ('piece0', 'n0', ' đồng/con thú bông'),
          ('piece1', 'n0', ' đồng/túi xách'),
          ('piece2', 'n0', ' đồng/móc khóa'),
          ('profit_avg', 'n1', ' triệu đồng/năm'),
          ('dep', 'n1', ' triệu đồng/năm'),
          ('payback', 'n1', ' năm')],
 'gu09': [('out_0', 'n0', ' kg'),
          ('out_2', 'n0', ' kg'),
          ('rev_0', 'n1', ' triệu đồng'),
          ('staff_0', 'n0', ''),
          ('staff_2', 'n0', ' lao động'),
          ('poor_0', 'n0', ' người thuộc hộ nghèo'),
          ('wage_0', 'n1', ''),
          ('wage_2', 'n1', ' triệu đồng/người/tháng'),
          ('hh0', 'n0', ' hộ trên'),
          ('cnt0_0', 'n1', ' ha'),
          ('poorhh', 'n0', ' hộ nghèo'),
          ('h_profit_2', 'n1', ' triệu đồng'),
          ('h_margin_2', 'n1', ' % doanh thu'),
          ('norm0', 'n1', ' kg củ dong tươi cho'),
          ('rprice0', 'n0', ' đồng/kg'),
          ('cnt0_0', 'n1', ' ha'),
          ('cap_day', 'n0', ' kg miến/ngày ×'),
          ('cap', 'n0', ' kg/năm'),
          ('loan_0', 'n0', ' triệu đồng'),
          ('profit_avg', 'n1', ''),
          ('dep', 'n1', ''),
          ('payback', 'n1', ' năm'),
          ('buyhh_0', 'n1', ' triệu đồng năm')],
 'gu10': [('out_0', 'n0', ' kg'),
          ('out_2', 'n0', ' kg'),
          ('rev_0', 'n1', ' triệu đồng'),
          ('rev_2', 'n1', ' triệu đồng'),
          ('staff_0', 'n0', ''),
          ('staff_2', 'n0', ' lao động'),
          ('youth_0', 'n0', ''),
          ('youth_2', 'n0', ' người là thanh niên'),
          ('wage_0', 'n1', ''),
          ('wage_2', 'n1', ' triệu đồng/người/tháng'),
          ('hh0', 'n0', ' hộ trên'),
          ('cnt0_0', 'n1', ' ha'),
          ('h_profit_2', 'n1', ' triệu đồng'),
          ('h_margin_2', 'n1', ' % doanh thu'),
          ('norm0', 'n1', ' kg búp tươi cho'),
          ('rprice0', 'n0', ' đồng/kg'),
          ('cap_day', 'n0', ' kg chè khô/ngày'),
          ('cap', 'n0', ' kg/năm'),
          ('loan_0', 'n0', ' triệu đồng'),
          ('profit_avg', 'n1', ''),
          ('dep', 'n1', ''),
          ('payback', 'n1', ' năm'),
          ('buyhh_0', 'n1', ' triệu đồng năm')]}


# --------------------------------------------------------------------------- checking
class Plan(plancheck.Plan):
    src = HERE / "src"


def _stem(key: str) -> str:
    return next((HERE / "src").glob(f"{key}_*.md")).stem


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.01 * max(abs(a), abs(b)), 0.11)


def _read_table(p: Plan, cap: str, t: dict) -> list[list[str]] | None:
    lines = p.body.split("\n")
    try:
        i = lines.index(cap)
    except ValueError:
        return None
    i += 1
    while i < len(lines) and not lines[i].startswith("|"):
        if lines[i].strip() and lines[i].strip() != (t.get("unit") or ""):
            return None
        i += 1
    rows = []
    while i < len(lines) and lines[i].startswith("|"):
        rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
        i += 1
    return rows


def check_full(key: str, p: Plan) -> None:
    m = Model(key)
    V, P, c = m.V, m.P, m.c
    d = DEFECTS.get(key, dict(planted=[], follow=[], fails=[]))
    # 1. every cell of every table equals the model's printed value
    seen: dict[str, float] = {}
    tables = m.tables()
    for n, (name, _) in enumerate(TABLES[key], 1):
        t = tables[name]
        cap = caption(key, n, t["title"])
        rows = _read_table(p, cap, t)
        if rows is None:
            p.failures.append(f"table not found: {cap!r}")
            continue
        if rows[0] != t["header"]:
            p.failures.append(f"{cap}: header {rows[0]}")
        body = rows[2:]
        if len(body) != len(t["rows"]):
            p.failures.append(f"{cap}: {len(body)} rows, model {len(t['rows'])}")
            continue
        for got, want in zip(body, t["rows"]):
            for g, w in zip(got, want):
                if isinstance(w, tuple):
                    if g != fmt(P[w[1]], w[2]):
                        p.failures.append(f"{cap}: {w[1]} printed {g}, model {fmt(P[w[1]], w[2])}")
                    v = plancheck.vn(g) if re.fullmatch(r"-?[\d.,]+", g) else float("nan")
                    if w[1] in seen and not _near(seen[w[1]], v):
                        p.failures.append(f"{w[1]} printed twice differently: {seen[w[1]]} and {v}")
                    seen[w[1]] = v
                elif g != w:
                    p.failures.append(f"{cap}: cell {g!r}, model {w!r}")
    # 2. the numbers in the prose
    prose = "\n".join(l for l in p.body.split("\n") if not l.startswith("|"))
    want: dict[str, int] = {}
    for k, sp, after in USED.get(key, []):
        s = spec_fmt(P[k], sp) + after
        want[s] = want.get(s, 0) + 1
        seen.setdefault(k, P[k])
    rest = prose
    for s in sorted(want, key=len, reverse=True):  # longest first, each occurrence used once
        found = rest.count(s)
        if found < want[s]:
            p.failures.append(f"prose figure {s!r} found {found} times, written {want[s]}")
        rest = rest.replace(s, "\x00", want[s])
    # 3. printed vs true: only the planted figures (> 5 % off) and their knock-ons differ
    for k in P:
        if k in d["planted"]:
            p.check(off(P[k], V[k]), f"planted {k}: printed {P[k]} vs true {V[k]} not > 5 % off")
        elif k not in d["follow"]:
            p.check(_near(P[k], V[k]), f"{k}: printed {P[k]} vs true {V[k]}")
    # 4. the plan's own relations, recomputed from what it prints
    R = lambda k: seen.get(k, P[k])  # noqa: E731
    rels = relations(key, R)
    failed = set()
    for name, a, b, kind in rels:
        ok = _near(a, b) if kind == "eq" else a <= b * 1.0001
        if not ok:
            failed.add(name)
            if name in d["fails"]:
                p.check(off(a, b), f"planted {name}: {a} vs {b} not > 5 % off")
    for name in d["fails"]:
        p.check(name in failed, f"planted relation holds: {name}")
    for name in failed - set(d["fails"]):
        a, b = next((x[1], x[2]) for x in rels if x[0] == name)
        p.failures.append(f"relation fails: {name}: {a} vs {b}")


def relations(key: str, R) -> list[tuple]:
    """(name, printed, recomputed, 'eq' | 'le') for every relation the plan's figures must satisfy."""
    c = PLANS[key]
    out = []
    prods = c["products"]
    yr = lambda y: YEARS[y]  # noqa: E731
    for y in range(3):
        for i, pr in enumerate(prods):
            out.append((f"revenue line {i + 1} {yr(y)}", R(f"rev{i}_{y}"), R(f"packs{i}_{y}") * R(f"price{i}_{y}") / 1e6, "eq"))
        out.append((f"revenue total {yr(y)}", R(f"rev_{y}"), sum(R(f"rev{i}_{y}") for i in range(len(prods))), "eq"))
        out.append((f"output {yr(y)}", R(f"out_{y}"), sum(R(f"packs{i}_{y}") * pr[2] for i, pr in enumerate(prods)), "eq"))
        prev_out = R(f"out_{y - 1}") if y else R("h_out_2")
        prev_rev = R(f"rev_{y - 1}") if y else R("h_rev_2")
        out.append((f"growth output {yr(y)}", R(f"out_{y}") / prev_out - 1, 0.35, "le"))
        out.append((f"growth revenue {yr(y)}", R(f"rev_{y}") / prev_rev - 1, 0.35, "le"))
        out.append((f"history revenue {HIST[y]}", R(f"h_rev_{y}"), R(f"h_out_{y}") * R(f"h_price_{y}") / 1e6, "eq"))
        out.append((f"history margin {HIST[y]}", R(f"h_profit_{y}") / R(f"h_rev_{y}") * 100, 25, "le"))
        if "cap" in c:
            out.append((f"use {yr(y)}", R(f"use_{y}"), R(f"out_{y}") / R("cap") * 100, "eq"))
            out.append((f"capacity {yr(y)}", R(f"out_{y}"), R("cap"), "le"))
            if key in READY:
                out.append((f"use at most 85 % {yr(y)}", R(f"use_{y}"), 85, "le"))
        for r, mat in enumerate(c["raws"]):
            dv = mat["div"]
            out.append((f"need {r + 1} {yr(y)}", R(f"need{r}_{y}"), R(f"out_{y}") * mat["norm"] / dv, "eq"))
            for j, row in enumerate(mat["rows"]):
                out.append((f"supply row {r + 1}.{j + 1} {yr(y)}", R(f"row{r}_{j}_sup_{y}"),
                            R(f"row{r}_{j}_cnt_{y}") * R(f"row{r}_{j}_yld"), "eq"))
            out.append((f"supply {r + 1} {yr(y)}", R(f"sup{r}_{y}"),
                        sum(R(f"row{r}_{j}_sup_{y}") for j in range(len(mat["rows"]))), "eq"))
            out.append((f"area {r + 1} {yr(y)}", R(f"cnt{r}_{y}"),
                        sum(R(f"row{r}_{j}_cnt_{y}") for j in range(len(mat["rows"]))), "eq"))
            out.append((f"balance {r + 1} {yr(y)}", R(f"bal{r}_{y}"), R(f"sup{r}_{y}") - R(f"need{r}_{y}"), "eq"))
            out.append((f"material {r + 1} {yr(y)}", R(f"need{r}_{y}"), R(f"sup{r}_{y}"), "le"))
        if "roles" in c:
            out.append((f"staff {yr(y)}", R(f"staff_{y}"), sum(R(f"role{k}_{y}") for k in range(len(c["roles"]))), "eq"))
            if "piece" in c:
                out.append((f"piece wages {yr(y)}", R(f"fund_{y}"),
                            sum(R(f"packs{i}_{y}") * c["piece"][i] for i in range(len(prods))) / 1e6, "eq"))
                out.append((f"income per member {yr(y)}", R(f"wage_{y}"), R(f"fund_{y}") / R(f"staff_{y}") / 12, "eq"))
            else:
                out.append((f"wage fund {yr(y)}", R(f"fund_{y}"), R(f"staff_{y}") * R(f"wage_{y}") * 12, "eq"))
            for g in c["groups"]:
                out.append((f"{g} within staff {yr(y)}", R(f"{g}_{y}"), R(f"staff_{y}"), "le"))
                out.append((f"{g} share {yr(y)}", R(f"{g}pct_{y}"), R(f"{g}_{y}") / R(f"staff_{y}") * 100, "eq"))
        # cost lines
        tot = 0.0
        for k, line in enumerate(c["costs"]):
            kind = line[0]
            if kind == "raw":
                mat = c["raws"][line[1]]
                want = R(f"need{line[1]}_{y}") * mat["div"] * mat["price"] / 1e6
            elif kind in ("aux", "energy"):
                want = R(f"out_{y}") * line[1] / 1e6
            elif kind == "pack":
                want = sum(R(f"packs{i}_{y}") * pr[5] for i, pr in enumerate(prods)) / 1e6
            elif kind in ("wages", "piece"):
                want = R(f"fund_{y}")
            elif kind == "dep":
                want = R("fixed_total") / c["life"]
            elif kind == "int":
                want = c["loan"][y] * c["rate"]
            elif kind == "fixed":
                want = line[1][y]
            else:
                want = R(f"rev_{y}") * line[1]
            out.append((f"cost line {k + 1} {yr(y)}", R(f"c{k}_{y}"), want, "eq"))
            tot += R(f"c{k}_{y}")
        out.append((f"cost total {yr(y)}", R(f"cost_{y}"), tot, "eq"))
        out.append((f"profit {yr(y)}", R(f"profit_{y}"), R(f"rev_{y}") - R(f"cost_{y}"), "eq"))
        out.append((f"margin {yr(y)}", R(f"margin_{y}"), R(f"profit_{y}") / R(f"rev_{y}") * 100, "eq"))
        out.append((f"margin at most 40 % {yr(y)}", R(f"margin_{y}"), 40, "le"))
        if c["raws"]:
            out.append((f"bought {yr(y)}", R(f"buy0_{y}"), R(f"c{_raw_line(c)}_{y}"), "eq"))
            out.append((f"per household {yr(y)}", R(f"buyhh_{y}"), R(f"buy0_{y}") / R("hh0"), "eq"))
    out.append(("investment total", R("inv_total"), sum(R(f"inv{i}") for i in range(len(c["inv"]))), "eq"))
    out.append(("fixed assets", R("fixed_total"), sum(x[1] for x in c["inv"] if x[2]), "eq"))
    out.append(("sources total", R("src_total"), sum(R(f"src{i}") for i in range(len(c["src"]))), "eq"))
    for i in range(len(c["src"])):
        out.append((f"source share {i + 1}", R(f"srcpct{i}"), R(f"src{i}") / R("src_total") * 100, "eq"))
    out.append(("sources = investment", R("src_total"), R("inv_total"), "eq"))
    out.append(("depreciation", R("dep"), R("fixed_total") / c["life"], "eq"))
    out.append(("average profit", R("profit_avg"), sum(R(f"profit_{y}") for y in range(3)) / 3, "eq"))
    out.append(("payback", R("payback"), R("inv_total") / (sum(R(f"profit_{y}") for y in range(3)) / 3 + R("dep")), "eq"))
    for r, mat in enumerate(c["raws"]):
        out.append((f"households {r + 1}", R(f"hh{r}"), sum(row[1] for row in mat["rows"]), "eq"))
    if c.get("channels"):
        out.append(("channel shares", R("ch_pct"), 100, "eq"))
        for i in range(len(c["channels"])):
            out.append((f"channel {i + 1}", R(f"ch{i}_qty"), R(f"ch{i}_pct") / 100 * R("out_0"), "eq"))
        out.append(("channel total", R("ch_qty"), R("out_0"), "eq"))
    if "roles" in c:
        for g in c["groups"]:
            out.append((f"{g} by role 2027", sum(ro[2].get(g, 0) for ro in c["roles"]), R(f"{g}_0"), "eq"))
    if "founders" in c:
        out.append(("founders = first source", sum(f[3] for f in c["founders"]), R("src0"), "eq"))
    if "dis_types" in c:
        out.append(("disability types", sum(x[1] for x in c["dis_types"]), R("dis_0"), "eq"))
    if "area_text" in c.get("extra", {}):
        out.append(("area stated in the text", R("area_text"), R("cnt0_0"), "eq"))
    if "cap" in c and "equip" in c:
        out.append(("capacity = rating x days", R("cap"), c["cap"][0] * c["cap"][1], "eq"))
    return out


def _raw_line(c: dict) -> int:
    return next(k for k, line in enumerate(c["costs"]) if line[0] == "raw" and line[1] == 0)


def check_text(key: str, p: Plan) -> None:
    t = TEXT.get(key, {})
    p.has(*t.get("has", []))
    if t.get("lacks"):
        p.lacks(t["lacks"], "must not be there")
    p.lacks(PLACEHOLDER, "template placeholder")
    meta = p.text.split("---", 2)[1]
    exp = __import__("yaml").safe_load(meta)["expected"]
    p.has(exp["producer"]["email"])
    for f in exp["figures"]:
        p.has(f["text"])
    y0, m0 = DATES[key]  # the plan's date, between 07/2026 and 03/2027
    p.check((2026, 7) <= (y0, m0) <= (2027, 3), "date out of range")
    p.check(bool(re.search(rf"tháng 0?{m0} năm {y0}", p.body)), f"date {m0}/{y0} not in the plan")
    if key != "gu10":
        p.lacks(REPLACED, "outdated instrument")
    if key in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
        y0, m0 = DATES[key]
        for d, mo, yy in re.findall(r"(?:[Đđ]ến|hết hạn) (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
            p.check((int(yy), int(mo)) > (y0, m0) and int(yy) >= 2028, f"paper expires {d}/{mo}/{yy}")
            if int(yy) < 2030:
                p.check(bool(re.search(r"cấp lại|gia hạn", p.body)), "paper expiring in the period without renewal")
    if key in OTHER_NAME:
        other, own = OTHER_NAME[key]
        p.check(p.count(other) >= 3, f"other company named {p.count(other)} times")
        p.check(p.count(own) >= 2, f"own name only {p.count(own)} times")
    if key == "gu08":  # the same members every year, no new channel
        p.check(all(len(set(ro[1])) == 1 for ro in PLANS["gu08"]["roles"]), "members change")


def check_sketchy(key: str, p: Plan) -> None:
    lo, hi = SKETCHY[key]
    words = len(re.findall(r"\w+", p.body))
    p.check(lo <= words <= hi, f"{words} words, not {lo}-{hi}")
    p.check(not p.rows, "a sketchy plan has a table")


def check(key: str) -> Plan:
    p = Plan(_stem(key))
    if key in PLANS:
        check_full(key, p)
    else:
        check_sketchy(key, p)
    check_text(key, p)
    return p


def main(argv: list[str] | None = None) -> int:
    keys = list(argv) if argv else sorted(DATES)
    return plancheck.report([check(k) for k in keys])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
