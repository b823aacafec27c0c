"""The 243rd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout243/arithmetic.py [ij01 ij05 ...]

Theme: goods that do not all sell. For every full plan (ij01-ij10) the constants give the products
(pack size in the plan's base unit, price and packs made per year), the year-end stock of each
product (on the shelves of the consignment points and in the store), the share of output given away
as samples and tastings, the sales channels (share of the goods sent out, share of them that comes
back unsold or past its date and is written off, whether the channel is consignment and pays a
commission), the 2024-2026 history (made, sold, average price, margin), the raw materials (norm per
base unit, supply rows as count x yield), the equipment rating, staff and wages, the cost rates
(raw material, packaging and energy per base unit MADE, commission on consignment sales, tax on
revenue, fixed lines), investment items, capital sources, loan balances and rate.

From them `model()` reckons, product by product and channel by channel:
  opening stock (last year's closing) + made - samples - closing stock = goods sent out;
  sent out x channel share = delivered to each channel; x return rate = returned and written off;
  delivered - returned = sold and paid; revenue = sold x price (never made x price);
  costs are incurred on everything made (samples, write-offs and stock included);
  raw-material need = made x norm; capacity use = made / (rating x days);
  payback = investment / (average profit + depreciation).
`tables()` turns the model into every table cell the plans print; the generator that wrote the
plans (outside the repository) rendered exactly these tables, and this script reads every cell back
from the Markdown source (tables found by their caption "Bảng N. ...", rows in order) and compares:
planted numeric defects must be wrong by more than 5 % against the true model (printed beside
them), every other number right within 1 % (or half a unit of its last printed digit) of the model
as printed (a knock-on of a planted figure follows it). The figures in the prose are checked the
same way. Textual defects are asserted through the absence or presence of their words; ready plans
cite QD 148 and QD 1489 and nothing replaced. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


# --------------------------------------------------------------------------- number formats
def fi(x: float) -> str:
    """Integer, Vietnamese grouping: 12345 -> 12.345."""
    return f"{round(x):,}".replace(",", ".")


def fd(x: float, d: int = 1) -> str:
    """Decimal, Vietnamese: 1234.56 -> 1.234,6."""
    s = f"{x:,.{d}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def fnum(x: float, d: int) -> str:
    return fi(x) if d == 0 else fd(x, d)


# --------------------------------------------------------------------------- constants
# products: (label, short, pack word, size in base units, prices đ per pack [3], packs made [3],
#            opening stock 2027 (packs), closing stock per year (packs) [3])
# samp: share of packs made given away as samples / tastings (rounded per product)
# channels: (label, points, share of goods sent out, return rate, consignment?)
# kcom: commission on consignment sales (share of their revenue)
# hist: made [3], sold [3] (base units), average price đ per base unit [3], margin [3]
# raws: (name, unit, norm per base unit made, decimals, supply rows (label, scale text, [qty per year]))
# cap: (rating per day, days, rating text); equip: (name, qty, rating text)
# roles: (role, staff [3]); wage: monthly wage triệu [3]
# rate_raw / rate_pack / rate_energy: đ per base unit made; fixed: (label, [3] triệu)
# tax: share of revenue; inv: (label, triệu, fixed asset?); src: (label, triệu)
# life (years), loan balance [3] (triệu), rate
PLANS: dict[str, dict] = {
    "ij01": dict(
        stem="ij01_banh_ram_it_tung_loc_cty", verdict="ready", form="A", unit="kg",
        products=[("Bánh ram ít đông lạnh, hộp 10 cái (400 g)", "Hộp 400 g", "hộp", 0.4,
                   [72000, 74000, 76000], [30000, 33000, 36000], 700, [800, 900, 1000]),
                  ("Bánh ram ít đông lạnh, túi 25 cái (1 kg)", "Túi 1 kg", "túi", 1.0,
                   [150000, 154000, 158000], [5000, 5500, 6000], 120, [140, 160, 180])],
        samp=0.02,
        channels=[("Bán tại cơ sở, đặt qua điện thoại, Zalo", 1, 25, 0.0, False),
                  ("Ký gửi điểm bán OCOP, cửa hàng đặc sản", 9, 35, 12.0, True),
                  ("Ký gửi cửa hàng tiện lợi, siêu thị mini", 14, 25, 8.0, True),
                  ("Nhà hàng, bếp ăn tập thể (mua đứt)", 7, 15, 0.0, False)],
        kcom=0.15,
        hist=dict(made=[13000, 14600, 15800], sold=[11850, 13300, 14400],
                  price=[160000, 165000, 170000], margin=[0.08, 0.09, 0.095]),
        raws=[("Gạo nếp cái", "kg", 0.55, 0,
               [("Hộ trồng nếp thôn Phú Lộc", "18 hộ × 450 kg", [8100, 8100, 8100]),
                ("Hợp tác xã Nông nghiệp Tùng Lộc (hợp đồng)", "1 hợp đồng", [4500, 4500, 4500])]),
              ("Tôm đất, thịt nạc làm nhân", "kg", 0.12, 0,
               [("Nậu tôm bến Hộ Độ (hợp đồng)", "1 hợp đồng", [1700, 1700, 1700]),
                ("Cơ sở giết mổ Tùng Lộc (hợp đồng)", "1 hợp đồng", [1000, 1000, 1000])])],
        cap=(90, 290, "90 kg bánh/ngày × 290 ngày"),
        equip=[("Máy xay bột nước, máy nhào bột", "2", "120 kg bột/giờ"),
               ("Máy tạo hình bánh ram ít", "1", "90 kg bánh/ngày"),
               ("Tủ cấp đông nhanh", "2", "300 kg/mẻ"),
               ("Kho lạnh âm 18 độ C", "1", "40 m³"),
               ("Máy hàn miệng túi, máy in hạn dùng", "2", "1.200 gói/giờ")],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Xay bột, làm nhân, nặn bánh", [5, 5, 6]),
               ("Cấp đông, kho lạnh, giao hàng", [2, 2, 2]), ("Bán hàng, theo dõi ký gửi", [1, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        rate_raw=42000, rate_pack=9000, rate_energy=6500,
        fixed=[("Vận chuyển lạnh, quảng bá, hội chợ", [130, 140, 150]), ("Chi phí khác", [60, 60, 65])],
        tax=0.015,
        inv=[("Kho lạnh 40 m³ và 2 tủ cấp đông", 420, True), ("Máy xay, máy nhào, máy tạo hình", 260, True),
             ("Cải tạo xưởng theo nguyên tắc một chiều", 300, True),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 60, False),
             ("Vốn lưu động (kể cả hàng nằm tại điểm ký gửi)", 460, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 480, 360], rate=0.085,
        plant={}),
    "ij02": dict(
        stem="ij02_tra_ca_gai_leo_kim_hoa_htx", verdict="ready", form="B", unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 30 túi × 2 g", "Hộp túi lọc", "hộp", 0.06,
                   [52000, 54000, 56000], [30000, 33000, 36000], 1500, [1800, 2000, 2200]),
                  ("Cà gai leo khô cắt đoạn, túi 500 g", "Túi 500 g", "túi", 0.5,
                   [115000, 118000, 121000], [3000, 3300, 3600], 200, [250, 280, 300])],
        samp=0.03,
        channels=[("Bán tại hợp tác xã và điểm du lịch", 1, 20, 0.0, False),
                  ("Ký gửi cửa hàng OCOP, cửa hàng đặc sản", 12, 35, 10.0, True),
                  ("Cửa hàng thực phẩm sạch (mua đứt, được đổi hàng cận hạn)", 8, 25, 3.0, False),
                  ("Sàn thương mại điện tử, Zalo OA", 1, 20, 2.0, False)],
        kcom=0.12,
        hist=dict(made=[2300, 2650, 2950], sold=[2000, 2330, 2620],
                  price=[300000, 310000, 320000], margin=[0.09, 0.10, 0.11]),
        raws=[("Cà gai leo tươi (thân, lá)", "kg", 4.2, 0,
               [("Vùng trồng của hợp tác xã", "0,8 ha × 12.000 kg", [9600, 9600, 9600]),
                ("Hộ thành viên thôn Kim Cương, Kim Lũy", "10 hộ × 900 kg", [9000, 9000, 9000])])],
        cap=(18, 260, "18 kg trà khô/ngày × 260 ngày"),
        equip=[("Máy rửa, máy thái dược liệu", "1", "300 kg tươi/giờ"),
               ("Máy sấy bơm nhiệt", "1", "250 kg tươi/mẻ"),
               ("Máy nghiền, máy đóng túi lọc", "1", "18 kg trà/ngày"),
               ("Máy đóng túi, hàn miệng", "1", "600 túi/giờ")],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Trồng, thu hái, sơ chế", [4, 4, 4]),
               ("Sấy, nghiền, đóng gói", [3, 3, 4]), ("Bán hàng, giao nhận ký gửi", [1, 1, 1])],
        wage=[5.4, 5.7, 6.0],
        rate_raw=72000, rate_pack=60000, rate_energy=14000,
        fixed=[("Hội chợ, pha mời dùng thử, quảng bá", [95, 100, 105]), ("Chi phí khác", [45, 45, 50])],
        tax=0.015,
        inv=[("Nhà sấy và phòng đóng gói 80 m²", 280, True), ("Máy sấy bơm nhiệt", 190, True),
             ("Máy nghiền, máy đóng túi lọc", 240, True), ("Bao bì, tem truy xuất, kiểm nghiệm", 45, False),
             ("Vốn lưu động", 245, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ phát triển sản xuất của hợp tác xã", 100),
             ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=10, loan=[400, 320, 240], rate=0.066,
        plant={}),
    "ij03": dict(
        stem="ij03_mat_ong_huong_do_hkd", verdict="ready", form="C", unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "Chai 500 g", "chai", 0.5,
                   [165000, 170000, 175000], [5000, 5500, 6000], 300, [350, 400, 450]),
                  ("Mật ong hoa keo, hũ 1 kg", "Hũ 1 kg", "hũ", 1.0,
                   [230000, 237000, 244000], [1600, 1800, 2000], 100, [120, 140, 160])],
        samp=0.015,
        channels=[("Bán tại nhà, khách du lịch", 1, 30, 0.0, False),
                  ("Ký gửi điểm OCOP, cửa hàng đặc sản", 10, 40, 6.0, True),
                  ("Bán online, giao tận nơi", 1, 20, 2.0, False),
                  ("Quà tặng cơ quan, doanh nghiệp", 5, 10, 0.0, False)],
        kcom=0.15,
        hist=dict(made=[3300, 3550, 3800], sold=[3050, 3280, 3520],
                  price=[300000, 310000, 320000], margin=[0.12, 0.13, 0.13]),
        raws=[("Mật ong thô", "kg", 1.05, 0,
               [("Đàn ong của hộ", "220 – 250 đàn × 12 kg", [2640, 2820, 3000]),
                ("Hộ nuôi ong liên kết thôn Khe Tre", "28 hộ × 100 kg", [2800, 2800, 2800])])],
        cap=(30, 250, "30 kg/ngày × 250 ngày"),
        equip=[("Máy quay mật inox", "3", "4 cầu/lượt"),
               ("Máy hạ thủy phần, lọc mật", "1", "30 kg/ngày"),
               ("Bồn chứa inox", "4", "500 lít"),
               ("Máy chiết rót, đóng nắp", "1", "400 chai/giờ")],
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 2])],
        wage=[5.5, 5.8, 6.1],
        rate_raw=95000, rate_pack=12000, rate_energy=3000,
        fixed=[("Vận chuyển, quảng bá, hội chợ", [55, 60, 65]), ("Chi phí khác", [25, 25, 30])],
        tax=0.015,
        inv=[("Máy hạ thủy phần, máy lọc mật", 180, True), ("Máy chiết rót, bồn inox", 110, True),
             ("Bổ sung 30 đàn ong giống và thùng", 60, True), ("Phòng lọc, đóng chai 35 m²", 150, True),
             ("Chai, hũ, tem, kiểm nghiệm", 40, False), ("Vốn lưu động", 160, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066,
        plant={}),
    "ij04": dict(
        stem="ij04_hop_khay_go_thai_yen_tht", verdict="ready", form="A", unit="sản phẩm",
        products=[("Hộp đựng trà gỗ hương khắc hoa văn", "Hộp trà", "chiếc", 1.0,
                   [420000, 435000, 450000], [2400, 2600, 2800], 300, [350, 380, 400]),
                  ("Khay trà gỗ mít chạm nổi", "Khay trà", "chiếc", 1.0,
                   [600000, 620000, 640000], [1200, 1300, 1400], 150, [170, 180, 200]),
                  ("Bộ lót cốc gỗ 6 chiếc", "Lót cốc", "bộ", 1.0,
                   [160000, 165000, 170000], [3000, 3300, 3600], 400, [450, 480, 500])],
        samp=0.02,
        channels=[("Bán tại xưởng, khách tham quan làng nghề", 1, 25, 0.0, False),
                  ("Ký gửi điểm OCOP, phòng trưng bày", 6, 40, 6.0, True),
                  ("Cửa hàng quà lưu niệm (mua đứt)", 10, 25, 2.0, False),
                  ("Đơn quà tặng doanh nghiệp", 1, 10, 0.0, False)],
        kcom=0.20,
        hist=dict(made=[4900, 5400, 5950], sold=[4500, 4950, 5450],
                  price=[290000, 300000, 310000], margin=[0.10, 0.11, 0.11]),
        raws=[("Gỗ xẻ (gỗ hương, gỗ mít)", "m³", 0.006, 1,
               [("Xưởng xẻ gỗ hợp pháp Đức Lạc, Tùng Ảnh", "2 cơ sở × 20 m³", [40, 40, 40]),
                ("Gỗ mít vườn nhà tổ viên", "12 hộ × 1 m³", [12, 12, 12])]),
              ("Dầu lau, sơn PU gốc nước", "lít", 0.05, 0,
               [("Đại lý sơn Đức Thọ (hợp đồng)", "1 hợp đồng", [450, 450, 450])])],
        cap=(32, 300, "32 sản phẩm/ngày × 300 ngày"),
        equip=[("Máy cưa bàn, máy bào", "2", "phôi cho 40 sản phẩm/ngày"),
               ("Máy khắc CNC 2 đầu", "1", "32 sản phẩm/ngày"),
               ("Bàn chạm tay", "8", "thủ công"),
               ("Buồng phun sơn có màng lọc nước", "1", "60 sản phẩm/ngày"),
               ("Máy hút bụi túi vải", "1", "2 túi lọc")],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Pha gỗ, khắc máy, chạm tay", [6, 7, 7]),
               ("Nhám, sơn, hoàn thiện", [2, 2, 3]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=[6.5, 6.8, 7.1],
        rate_raw=62000, rate_pack=12000, rate_energy=6000,
        fixed=[("Vận chuyển, hội chợ, trưng bày", [90, 95, 100]), ("Chi phí khác", [45, 45, 50])],
        tax=0.015,
        inv=[("Máy khắc CNC 2 đầu", 320, True), ("Buồng phun sơn, máy hút bụi", 150, True),
             ("Nhà xưởng hoàn thiện 100 m²", 260, True), ("Thiết kế mẫu, hộp, thẻ treo", 40, False),
             ("Vốn lưu động (gỗ, hàng ký gửi)", 330, False)],
        src=[("Vốn góp của tổ viên", 600), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 500)],
        life=10, loan=[500, 400, 300], rate=0.066,
        plant={}),
    "ij05": dict(
        stem="ij05_ruou_nep_sim_hong_loc_htx", verdict="revise", form="B", unit="lít",
        products=[("Rượu nếp sim 29 độ, chai 500 ml", "Chai 500 ml", "chai", 0.5,
                   [95000, 98000, 101000], [20000, 22000, 24000], 1000, [1400, 2000, 2400]),
                  ("Rượu nếp sim, bình sứ 1,5 lít", "Bình 1,5 lít", "bình", 1.5,
                   [330000, 340000, 350000], [1200, 1400, 1600], 80, [100, 120, 140])],
        samp=0.03,
        channels=[("Bán tại cơ sở", 1, 20, 0.0, False),
                  ("Nhà hàng, quán đặc sản", 25, 35, 0.0, False),
                  ("Ký gửi điểm OCOP, cửa hàng quà tặng", 8, 30, 12.0, True),
                  ("Đại lý đồ uống", 4, 15, 3.0, False)],
        kcom=0.15,
        hist=dict(made=[9000, 9900, 10800], sold=[8300, 9150, 9950],
                  price=[160000, 165000, 170000], margin=[0.12, 0.13, 0.13]),
        raws=[("Gạo nếp cái", "kg", 1.3, 0,
               [("Ruộng nếp của thành viên", "35 hộ × 400 kg", [14000, 14000, 14000]),
                ("Hộ trồng nếp thôn Đông Hà (hợp đồng)", "15 hộ × 400 kg", [6000, 6000, 6000])]),
              ("Quả sim chín", "kg", 0.8, 0,
               [("Đồi sim của hợp tác xã", "7 ha × 1.500 kg", [10500, 10500, 10500]),
                ("Hộ thu hái sim thôn Yên Điềm", "20 hộ × 150 kg", [3000, 3000, 3000])])],
        cap=(80, 250, "2 nồi × 40 lít/ngày × 250 ngày"),
        equip=[("Nồi chưng cất inox cách thủy", "2", "40 lít/ngày mỗi nồi"),
               ("Chum sành ủ rượu", "60", "200 lít"),
               ("Máy lọc, khử andehit", "1", "200 lít/giờ"),
               ("Máy chiết rót, đóng nắp", "1", "300 chai/giờ")],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 4]),
               ("Ngâm sim, lọc, chiết chai", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4],
        rate_raw=52000, rate_pack=18000, rate_energy=7000,
        fixed=[("Quảng bá, hội chợ, rượu mời nếm", [90, 95, 100]), ("Chi phí khác", [50, 50, 55])],
        tax=0.02,
        inv=[("Kho ủ rượu 60 m²", 220, True), ("Máy lọc, khử andehit, chiết rót", 280, True),
             ("Chum sành, bình sứ ủ rượu", 120, True), ("Hầm biogas, bể chứa bỗng rượu", 80, True),
             ("Thiết kế bao bì, nhãn, tem truy xuất", 50, False), ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        # revenue table: the 2028 line of product 0 is printed as MADE x price, not sold x price
        plant=dict(rev_made=(0, 1), payback=1.5)),
    "ij06": dict(
        stem="ij06_mam_ruoc_cua_sot_ctcp", verdict="revise", form="C", unit="kg",
        products=[("Mắm ruốc Cửa Sót, hũ thủy tinh 300 g", "Hũ 300 g", "hũ", 0.3,
                   [50000, 52000, 54000], [30000, 33000, 36000], 1200, [1500, 1700, 1900]),
                  ("Mắm ruốc Cửa Sót, hũ nhựa 1 kg", "Hũ 1 kg", "hũ", 1.0,
                   [135000, 140000, 145000], [5000, 5500, 6000], 300, [350, 400, 450])],
        samp=0.01,
        channels=[("Bán tại cơ sở, chợ Cửa Sót", 1, 25, 0.0, False),
                  ("Đại lý, chợ đầu mối", 12, 35, 2.0, False),
                  ("Ký gửi siêu thị, cửa hàng OCOP", 9, 30, 10.0, True),
                  ("Bán online", 1, 10, 3.0, False)],
        kcom=0.18,
        hist=dict(made=[11800, 12600, 13300], sold=[10900, 11650, 12300],
                  price=[92000, 95000, 98000], margin=[0.10, 0.11, 0.11]),
        raws=[("Ruốc (moi) tươi", "kg", 1.25, 0,
               [("Thuyền lưới moi của cổ đông", "8 thuyền × 1.800 kg", [14400, 14400, 14400]),
                ("Nậu cá bến Cửa Sót (hợp đồng)", "2 nậu × 4.000 kg", [8000, 8000, 8000])]),
              ("Muối hạt", "kg", 0.2, 0,
               [("Hợp tác xã muối Thạch Khê (hợp đồng)", "1 hợp đồng", [4000, 4000, 4000])])],
        cap=(75, 280, "75 kg/ngày × 280 ngày"),
        equip=[("Chum, thùng ủ ruốc", "120", "200 kg/mẻ"),
               ("Máy xay ruốc inox", "1", "150 kg/giờ"),
               ("Máy chiết hũ bán tự động", "1", "75 kg/ngày"),
               ("Máy đóng nắp, co màng", "1", "500 hũ/giờ")],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ướp, đảo, xay ruốc", [4, 4, 5]),
               ("Chiết hũ, đóng thùng", [2, 2, 2]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[5.6, 5.9, 6.2],
        rate_raw=42000, rate_pack=9000, rate_energy=3000,
        fixed=[("Vận chuyển, quảng bá", [110, 115, 120]), ("Chi phí khác", [50, 50, 55])],
        tax=0.015,
        inv=[("Nhà ủ và phòng chiết 150 m²", 420, True), ("Chum, thùng ủ inox", 150, True),
             ("Máy xay, máy chiết, máy đóng nắp", 230, True), ("Bao bì, tem, kiểm nghiệm", 50, False),
             ("Vốn lưu động", 350, False)],
        src=[("Vốn góp của cổ đông", 800), ("Vay Ngân hàng thương mại", 400)],
        life=10, loan=[400, 300, 200], rate=0.085,
        # channel table: the 2028 "Cộng bán được" is printed short
        plant=dict(total_sold=(1, 0.89))),
    "ij07": dict(
        stem="ij07_nuoc_chanh_leo_ky_thuong_hkd", verdict="revise", form="C", unit="lít",
        products=[("Nước chanh leo nguyên chất, chai 330 ml", "Chai 330 ml", "chai", 0.33,
                   [18000, 18500, 19000], [45000, 50000, 55000], 1500, [1800, 2000, 2200]),
                  ("Nước cốt chanh leo, chai 1 lít", "Chai 1 lít", "chai", 1.0,
                   [75000, 77000, 79000], [5000, 5500, 6000], 200, [250, 280, 300])],
        samp=0.03,
        channels=[("Bán tại cơ sở, quán giải khát", 1, 20, 0.0, False),
                  ("Ký gửi cửa hàng tiện lợi, điểm OCOP", 16, 45, 15.0, True),
                  ("Quán cà phê, nhà hàng (mua đứt)", 20, 25, 2.0, False),
                  ("Đặt hàng online", 1, 10, 3.0, False)],
        kcom=0.15,
        hist=dict(made=[14500, 16200, 18000], sold=[12400, 13900, 15500],
                  price=[26000, 27000, 28000], margin=[0.10, 0.11, 0.11]),
        raws=[("Quả chanh leo tím", "kg", 2.0, 0,
               [("Vườn chanh leo của hộ", "2 ha × 9.000 kg", [18000, 18000, 18000]),
                ("Hộ trồng chanh leo thôn Tân Thượng (hợp đồng)", "10 hộ × 2.550 kg", [25500, 25500, 25500])])],
        cap=(120, 280, "120 lít/ngày × 280 ngày"),
        equip=[("Máy tách vỏ, tách hạt chanh leo", "1", "500 kg quả/giờ"),
               ("Nồi thanh trùng, làm nguội", "1", "120 lít/ngày"),
               ("Máy chiết rót, đóng nắp", "1", "600 chai/giờ"),
               ("Tủ mát bảo quản", "3", "1.000 lít")],
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Tách, lọc, thanh trùng", [2, 2, 2]),
               ("Chiết rót, giao hàng, bán hàng", [2, 2, 3])],
        wage=[5.2, 5.5, 5.8],
        rate_raw=14000, rate_pack=4500, rate_energy=1500,
        fixed=[("Vận chuyển, quầy dùng thử, quảng bá", [70, 75, 80]), ("Chi phí khác", [30, 30, 35])],
        tax=0.015,
        inv=[("Máy tách vỏ, tách hạt", 120, True), ("Nồi thanh trùng, máy chiết rót", 210, True),
             ("Tủ mát và phòng chế biến 50 m²", 160, True), ("Chai, nắp, thùng, kiểm nghiệm", 40, False),
             ("Vốn lưu động", 170, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=8, loan=[300, 200, 100], rate=0.08,
        # raw-material table: need reckoned on goods sold; summary: 2028 profit printed high
        cost_labels={"pack": "Chai, nắp, thùng carton"},
        plant=dict(need_on_sold=True, profit=(1, 1.20))),
    "ij08": dict(
        stem="ij08_banh_da_vung_trung_loc_tht", verdict="revise", form="A", unit="kg",
        products=[("Bánh đa vừng nướng sẵn, túi 5 chiếc (250 g)", "Túi 250 g", "túi", 0.25,
                   [32000, 33000, 34000], [40000, 52000, 70000], 800, [1000, 1200, 1400]),
                  ("Bánh đa vừng phơi khô, túi 10 chiếc (500 g)", "Túi 500 g", "túi", 0.5,
                   [42000, 43000, 44000], [12000, 15000, 18000], 300, [400, 450, 500])],
        samp=0.03,
        channels=[("Bán tại lò, chợ phiên", 1, 15, 0.0, False),
                  ("Ký gửi tạp hóa, cửa hàng OCOP, quầy bến xe", 40, 50, 16.0, True),
                  ("Đại lý bánh kẹo (mua đứt)", 5, 25, 5.0, False),
                  ("Bếp ăn, quán bún, mì quảng", 12, 10, 0.0, False)],
        kcom=0.12,
        hist=dict(made=[13200, 14000, 14800], sold=[11500, 12200, 12900],
                  price=[110000, 113000, 116000], margin=[0.08, 0.09, 0.09]),
        raws=[("Gạo tẻ", "kg", 0.85, 0,
               [("Hộ tổ viên trồng lúa", "14 hộ × 1.200 kg", [16800, 16800, 16800]),
                ("Đại lý gạo Trung Lộc (hợp đồng)", "1 hợp đồng", [8000, 8000, 8000])]),
              ("Vừng đen", "kg", 0.1, 0,
               [("Hộ trồng vừng bãi sông Nghèn", "25 hộ × 120 kg", [3000, 3000, 3000])])],
        cap=(88, 270, "88 kg bánh/ngày × 270 ngày"),
        equip=[("Máy xay bột gạo", "1", "100 kg/giờ"),
               ("Máy tráng bánh đa", "1", "88 kg bánh/ngày"),
               ("Giàn phơi lưới inox", "60", "—"),
               ("Lò nướng than hoa cải tiến", "2", "—"),
               ("Máy hàn túi", "2", "—")],
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Xay bột, tráng, phơi bánh", [5, 5, 5]),
               ("Nướng, đóng túi", [2, 2, 2]), ("Giao hàng, thu tiền ký gửi", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        rate_raw=26000, rate_pack=7000, rate_energy=5000,
        fixed=[("Vận chuyển, quảng bá", [80, 90, 100]), ("Chi phí khác", [40, 40, 45])],
        tax=0.015,
        inv=[("Máy tráng bánh đa tự động", 180, True), ("Lò nướng than hoa cải tiến", 60, True),
             ("Nhà phơi mái tôn lấy sáng 120 m²", 150, True), ("Bao bì, thiết kế túi", 30, False),
             ("Vốn lưu động", 180, False)],
        src=[("Vốn góp của tổ viên", 350), ("Vay Quỹ hỗ trợ nông dân tỉnh", 250)],
        life=10, loan=[250, 200, 150], rate=0.06,
        # output table: capacity use printed on goods sold, not on goods made
        plant=dict(cap_on_sold=True)),
    "ij09": dict(
        stem="ij09_nam_linh_chi_son_kim_cty", verdict="revise", form="B", unit="kg",
        products=[("Nấm linh chi thái lát, túi 250 g", "Túi 250 g", "túi", 0.25,
                   [280000, 290000, 300000], [4000, 4400, 4800], 200, [250, 280, 300]),
                  ("Trà linh chi túi lọc, hộp 20 túi × 3 g", "Hộp túi lọc", "hộp", 0.06,
                   [85000, 88000, 91000], [10000, 11000, 12000], 600, [700, 800, 900])],
        samp=0.025,
        channels=[("Bán tại trang trại, khách tham quan", 1, 20, 0.0, False),
                  ("Ký gửi điểm OCOP, cửa hàng đặc sản", 10, 35, 8.0, True),
                  ("Nhà thuốc đông y, cửa hàng dược liệu (mua đứt)", 14, 30, 2.0, False),
                  ("Sàn thương mại điện tử", 1, 15, 4.0, False)],
        kcom=0.15,
        hist=dict(made=[1150, 1300, 1450], sold=[1010, 1150, 1290],
                  price=[780000, 800000, 820000], margin=[0.12, 0.13, 0.13]),
        raws=[("Nấm linh chi tươi", "kg", 3.0, 0,
               [("Nhà trồng nấm của công ty", "3 nhà × 1.500 kg", [4500, 4500, 4500]),
                ("Hộ trồng nấm liên kết", "8 hộ × 250 kg", [2000, 2000, 2000])])],
        cap=(9, 260, "9 kg khô/ngày × 260 ngày"),
        equip=[("Nhà trồng nấm khung thép", "3", "1.500 kg tươi/năm"),
               ("Máy sấy bơm nhiệt", "1", "120 kg tươi/mẻ"),
               ("Máy thái lát, máy nghiền", "1", "9 kg khô/ngày"),
               ("Máy đóng túi lọc", "1", "1.500 túi/giờ")],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Trồng, chăm sóc, thu hái", [4, 4, 4]),
               ("Sấy, thái, đóng gói", [2, 2, 2]), ("Bán hàng, theo dõi ký gửi", [1, 1, 2])],
        wage=[6.0, 6.3, 6.6],
        rate_raw=260000, rate_pack=25000, rate_energy=20000,
        fixed=[("Quảng bá, hội chợ, dùng thử", [80, 85, 90]), ("Chi phí khác", [40, 40, 45])],
        tax=0.015,
        inv=[("Nhà trồng nấm khung thép 3 nhà", 540, True), ("Máy sấy bơm nhiệt", 260, True),
             ("Máy thái, máy nghiền, máy đóng túi lọc", 300, True), ("Nhà sơ chế, kho 90 m²", 450, True),
             ("Bao bì, tem truy xuất", 50, False), ("Vốn lưu động", 400, False)],
        src=[("Vốn chủ sở hữu", 1200), ("Vay Ngân hàng thương mại", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        # sources 1.700 against a 2.000 investment; the objectives state 2027 output 1.900 kg
        plant=dict(obj_out=1900)),
    "ij10": dict(
        stem="ij10_muc_mot_nang_cam_nhuong_htx", verdict="revise", form="D", unit="kg",
        products=[("Mực một nắng hút chân không, túi 500 g", "Túi 500 g", "túi", 0.5,
                   [280000, 290000, 300000], [5000, 8600, 14000], 200, [250, 420, 700]),
                  ("Mực một nắng, hộp quà 1 kg", "Hộp 1 kg", "hộp", 1.0,
                   [560000, 580000, 600000], [900, 1500, 2400], 40, [50, 80, 120])],
        samp=0.02,
        channels=[("Bán tại cơ sở, khách du lịch biển", 1, 30, 0.0, False),
                  ("Ký gửi điểm OCOP, cửa hàng hải sản", 6, 40, 10.0, True),
                  ("Nhà hàng hải sản (mua đứt)", 8, 20, 0.0, False),
                  ("Bán online, giao lạnh", 1, 10, 4.0, False)],
        kcom=0.15,
        hist=dict(made=[2500, 2750, 3000], sold=[2310, 2540, 2780],
                  price=[520000, 530000, 540000], margin=[0.10, 0.11, 0.11]),
        raws=[("Mực ống tươi", "kg", 1.8, 0,
               [("Tàu câu mực của thành viên", "12 tàu × 1.200 kg", [14400, 14400, 14400]),
                ("Nậu mực bến Cửa Nhượng (hợp đồng)", "1 hợp đồng", [4000, 4000, 4000])])],
        cap=(60, 200, "60 kg/ngày × 200 ngày nắng"),
        equip=[("Giàn phơi lưới inox", "60", "1 kg/giàn/ngày"),
               ("Tủ cấp đông", "2", "200 kg/mẻ"),
               ("Máy hút chân không", "1", "300 túi/giờ"),
               ("Kho lạnh âm 18 độ C", "1", "20 m³")],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Sơ chế, phơi mực", [2, 2, 2]),
               ("Đóng gói, kho lạnh, bán hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        rate_raw=220000, rate_pack=10000, rate_energy=6000,
        fixed=[("Vận chuyển lạnh, quảng bá", [60, 70, 80]), ("Chi phí khác", [30, 35, 40])],
        tax=0.015,
        inv=[("Giàn phơi inox, nhà phơi có lưới chắn", 150, True), ("Tủ cấp đông, kho lạnh 20 m³", 260, True),
             ("Máy hút chân không", 60, True), ("Bao bì, hộp quà", 30, False), ("Vốn lưu động", 200, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 200, 100], rate=0.08,
        cost_labels={"pack": "Bao bì, túi, hộp quà"},
        plant={}),
}


# --------------------------------------------------------------------------- the model
@dataclass
class Num:
    """A printed number: its value in the model as printed, its decimals, and (for a planted
    cell) the true value it should have been."""
    v: float
    d: int = 0
    true: float | None = None

    def text(self) -> str:
        return fnum(self.v, self.d)


def model(key: str, planted: bool = True) -> dict:
    """Every quantity of plan `key`; with planted=True the planted defects are applied and their
    knock-ons follow (as the plan prints them), with planted=False the true values."""
    c = PLANS[key]
    plant = c["plant"] if planted else {}
    prods, chans = c["products"], c["channels"]
    m: dict = {"years": []}
    prev_stock = [p[6] for p in prods]
    for y in range(3):
        yr: dict = {"prod": [], "chan_sold": [0.0] * len(chans), "chan_deliv": [0.0] * len(chans),
                    "chan_ret": [0.0] * len(chans)}
        for i, p in enumerate(prods):
            size, price, made = p[3], p[4][y], p[5][y]
            o, cl = prev_stock[i], p[7][y]
            s = round(made * c["samp"])
            d = o + made - s - cl
            dc, rc = [], []
            for j, ch in enumerate(chans):
                dj = round(d * ch[2] / 100) if j < len(chans) - 1 else d - sum(dc)
                dc.append(dj)
                rc.append(round(dj * ch[3] / 100))
            r = sum(rc)
            sold = d - r
            rev = sold * price / 1e6
            if plant.get("rev_made") == (i, y):
                rev = made * price / 1e6
            com = sum((dc[j] - rc[j]) * price for j, ch in enumerate(chans) if ch[4]) * c["kcom"] / 1e6
            for j in range(len(chans)):
                yr["chan_sold"][j] += (dc[j] - rc[j]) * size
                yr["chan_deliv"][j] += dc[j] * size
                yr["chan_ret"][j] += rc[j] * size
            yr["prod"].append(dict(o=o, made=made, s=s, c=cl, d=d, r=r, sold=sold, price=price,
                                   rev=rev, com=com, size=size))
            prev_stock[i] = cl
        pr = yr["prod"]
        for k in ("o", "made", "s", "c", "d", "r", "sold"):
            yr[k + "_b"] = sum(q[k] * q["size"] for q in pr)
        yr["sell_through"] = yr["sold_b"] / yr["made_b"] * 100
        yr["rev"] = sum(q["rev"] for q in pr)
        yr["com"] = sum(q["com"] for q in pr)
        # capacity
        rating, days, _ = c["cap"]
        yr["cap"] = rating * days
        yr["use"] = (yr["sold_b"] if plant.get("cap_on_sold") else yr["made_b"]) / yr["cap"] * 100
        yr["use_true"] = yr["made_b"] / yr["cap"] * 100
        # raw materials
        yr["raws"] = []
        for name, unit, norm, dec, rows in c["raws"]:
            supply = sum(r[2][y] for r in rows)
            base = yr["sold_b"] if plant.get("need_on_sold") else yr["made_b"]
            need = base * norm
            yr["raws"].append(dict(supply=supply, need=need, spare=supply - need,
                                   need_true=yr["made_b"] * norm))
        # staff and wages
        staff = sum(r[1][y] for r in c["roles"])
        yr["staff"] = staff
        yr["wage"] = c["wage"][y]
        yr["wages"] = staff * c["wage"][y] * 12
        # costs
        dep = sum(v for _, v, f in c["inv"] if f) / c["life"]
        yr["dep"] = dep
        cost = [("raw", yr["made_b"] * c["rate_raw"] / 1e6), ("pack", yr["made_b"] * c["rate_pack"] / 1e6),
                ("energy", yr["made_b"] * c["rate_energy"] / 1e6), ("wages", yr["wages"]),
                ("com", yr["com"])]
        cost += [(lab, v[y]) for lab, v in c["fixed"][:1]]
        cost += [("dep", dep), ("int", c["loan"][y] * c["rate"]), ("tax", yr["rev"] * c["tax"])]
        cost += [(lab, v[y]) for lab, v in c["fixed"][1:]]
        yr["costs"] = cost
        yr["cost"] = sum(v for _, v in cost)
        yr["profit"] = yr["rev"] - yr["cost"]
        if plant.get("profit") and plant["profit"][0] == y:
            yr["profit"] = round((yr["rev"] - yr["cost"]) * plant["profit"][1], 1)
        yr["margin"] = yr["profit"] / yr["rev"] * 100
        m["years"].append(yr)
    ys = m["years"]
    m["inv"] = sum(v for _, v, _ in c["inv"])
    srcs = list(c["src"])
    m["src"] = srcs
    m["src_total"] = sum(v for _, v in srcs)
    m["dep"] = ys[0]["dep"]
    m["avg_profit"] = sum(y["profit"] for y in ys) / 3
    m["payback"] = m["inv"] / (m["avg_profit"] + m["dep"])
    if plant.get("payback"):
        m["payback"] = plant["payback"]
    m["out0"] = plant.get("obj_out", ys[0]["made_b"])
    # total sold printed in the channel table (form C)
    m["total_sold"] = [y["sold_b"] for y in ys]
    if plant.get("total_sold"):
        yy, f = plant["total_sold"]
        m["total_sold"][yy] = round(ys[yy]["sold_b"] * f)
    # weighted return rate and history
    m["ret_w"] = sum(ch[2] * ch[3] for ch in c["channels"]) / 100
    h = c["hist"]
    m["hist"] = [dict(made=h["made"][k], sold=h["sold"][k], st=h["sold"][k] / h["made"][k] * 100,
                      price=h["price"][k], rev=h["sold"][k] * h["price"][k] / 1e6,
                      profit=h["sold"][k] * h["price"][k] / 1e6 * h["margin"][k]) for k in range(3)]
    return m


COST_LABELS = {"raw": "Nguyên liệu", "pack": "Bao bì, tem, nhãn", "energy": "Điện, nước, nhiên liệu",
               "wages": "Tiền lương", "com": "Hoa hồng ký gửi", "dep": "Khấu hao tài sản cố định",
               "int": "Lãi vay", "tax": "Thuế, phí"}


def cost_basis(c: dict, k: str, unit: str) -> str:
    u = c["unit"]
    if k == "raw":
        return f"{fi(c['rate_raw'])} đ/{u} làm ra"
    if k == "pack":
        return f"{fi(c['rate_pack'])} đ/{u} làm ra"
    if k == "energy":
        return f"{fi(c['rate_energy'])} đ/{u} làm ra"
    if k == "wages":
        return "lao động × lương × 12"
    if k == "com":
        return f"{fd(c['kcom'] * 100, 0)} % doanh thu ký gửi"
    if k == "dep":
        fixed = sum(v for _, v, f in c["inv"] if f)
        return f"{fi(fixed)} : {c['life']} năm"
    if k == "int":
        return f"{fd(c['rate'] * 100, 1)} %/năm × dư nợ"
    if k == "tax":
        return f"{fd(c['tax'] * 100, 1)} % doanh thu"
    return "dự toán"


@dataclass
class Table:
    tid: str
    caption: str
    header: list[str]
    rows: list[list] = field(default_factory=list)
    unit: str | None = None


def tables(key: str, planted: bool = True) -> dict[str, Table]:
    """Every numeric table of plan `key` (captions without their number), as printed."""
    c, m = PLANS[key], model(key, planted)
    u, ys, prods, chans = c["unit"], model(key, planted)["years"], c["products"], c["channels"]
    ud = "sp" if u == "sản phẩm" else u
    t: dict[str, Table] = {}
    h = m["hist"]
    t["hist"] = Table("hist", "Kết quả sản xuất, tiêu thụ 2024 – 2026",
                      ["TT", "Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"], [
        ["1", f"Sản lượng làm ra ({ud})"] + [Num(x["made"]) for x in h],
        ["2", f"Sản lượng bán được ({ud})"] + [Num(x["sold"]) for x in h],
        ["3", "Tỷ lệ bán được (%)"] + [Num(x["st"], 1) for x in h],
        ["4", f"Giá bán bình quân (đ/{ud})"] + [Num(x["price"]) for x in h],
        ["5", "Doanh thu (triệu đồng)"] + [Num(x["rev"], 1) for x in h],
        ["6", "Lợi nhuận (triệu đồng)"] + [Num(x["profit"], 1) for x in h]])
    # channels
    head = ["Kênh tiêu thụ", "Số điểm", "Hàng giao (%)", "Trả lại (%)"]
    with_sold = c["form"] != "C"
    if with_sold:
        head.append(f"Bán được 2027 ({ud})")
    rows = []
    for j, ch in enumerate(chans):
        r = [ch[0], Num(ch[1]), Num(ch[2]), Num(ch[3], 1 if ch[3] % 1 else 0)]
        if with_sold:
            r.append(Num(ys[0]["chan_sold"][j]))
        rows.append(r)
    last = ["Cộng, bình quân", "", Num(100), Num(m["ret_w"], 1)]
    if with_sold:
        last.append(Num(sum(ys[0]["chan_sold"])))
    rows.append(last)
    t["chan"] = Table("chan", "Kênh tiêu thụ, tỷ lệ hàng giao và hàng trả lại", head, rows)
    # raw materials
    rows = []
    for k, (name, unit, norm, dec, srows) in enumerate(c["raws"]):
        for lab, scale, q in srows:
            rows.append([lab, scale] + [Num(q[y], dec) for y in range(3)])
        rows.append([f"Tổng nguồn cung {name.split(' (')[0].lower()}", unit] +
                    [Num(ys[y]["raws"][k]["supply"], dec) for y in range(3)])
        basis = "lượng bán được" if c["plant"].get("need_on_sold") else "sản lượng làm ra"
        rows.append([f"Nhu cầu ({basis} × {fnum(norm, len(str(norm).split('.')[-1]) if norm % 1 else 0)})", unit] +
                    [Num(ys[y]["raws"][k]["need"], dec) for y in range(3)])
        rows.append(["Còn dư", unit] + [Num(ys[y]["raws"][k]["spare"], dec) for y in range(3)])
    t["raw"] = Table("raw", "Nguồn cung và nhu cầu nguyên liệu",
                     ["Nguồn", "Quy mô", "Năm 2027", "Năm 2028", "Năm 2029"], rows)
    # staff
    rows = [[str(i + 1), r[0]] + [Num(x) for x in r[1]] for i, r in enumerate(c["roles"])]
    rows.append(["", "Tổng số lao động"] + [Num(y["staff"]) for y in ys])
    rows.append(["", "Lương bình quân (triệu đồng/tháng)"] + [Num(y["wage"], 1) for y in ys])
    rows.append(["", "Quỹ lương (triệu đồng/năm)"] + [Num(y["wages"], 1) for y in ys])
    t["staff"] = Table("staff", "Lao động và tiền lương", ["TT", "Vị trí", "Năm 2027", "Năm 2028", "Năm 2029"], rows)
    # output plan
    rows = [[str(i + 1), f"{p[1]} ({p[2]})"] + [Num(x) for x in p[5]] for i, p in enumerate(prods)]
    rows.append(["", f"Tổng sản lượng làm ra ({ud})"] + [Num(y["made_b"]) for y in ys])
    rows.append(["", f"Công suất thiết kế ({ud})"] + [Num(y["cap"]) for y in ys])
    rows.append(["", "Mức sử dụng công suất (%)"] + [Num(y["use"], 1) for y in ys])
    t["made"] = Table("made", "Kế hoạch sản lượng làm ra", ["TT", "Sản phẩm", "Năm 2027", "Năm 2028", "Năm 2029"], rows)
    # goods balance, by form
    form = c["form"]
    if form == "A":
        rows = [["1", "Tồn đầu năm (kho và quầy ký gửi)"] + [Num(y["o_b"]) for y in ys],
                ["2", "Sản xuất trong năm"] + [Num(y["made_b"]) for y in ys],
                ["3", "Hàng mẫu, dùng thử, biếu tặng"] + [Num(y["s_b"]) for y in ys],
                ["4", "Tồn cuối năm (kho và quầy ký gửi)"] + [Num(y["c_b"]) for y in ys],
                ["5", "Hàng xuất giao các kênh (1+2−3−4)"] + [Num(y["d_b"]) for y in ys],
                ["6", "Hàng trả lại, hủy bỏ"] + [Num(y["r_b"]) for y in ys],
                ["7", "Hàng bán được, đã thu tiền (5−6)"] + [Num(y["sold_b"]) for y in ys],
                ["8", "Tỷ lệ bán được so với làm ra (%)"] + [Num(y["sell_through"], 1) for y in ys]]
        t["bal"] = Table("bal", f"Cân đối hàng hóa: làm ra, giao đi, bán được ({ud})",
                         ["TT", "Chỉ tiêu", "Năm 2027", "Năm 2028", "Năm 2029"], rows)
    elif form == "B":
        rows = [[f"Năm {YEARS[k]}", Num(y["o_b"]), Num(y["made_b"]), Num(y["s_b"]), Num(y["c_b"]),
                 Num(y["r_b"]), Num(y["sold_b"])] for k, y in enumerate(ys)]
        t["bal"] = Table("bal", f"Từ sản lượng làm ra đến lượng bán được ({ud})",
                         ["Năm", "Tồn đầu", "Làm ra", "Mẫu, dùng thử", "Tồn cuối", "Trả lại, hủy", "Bán được"], rows)
    elif form == "C":
        rows = [["1", "Tồn đầu năm"] + [Num(y["o_b"]) for y in ys],
                ["2", "Sản xuất trong năm"] + [Num(y["made_b"]) for y in ys],
                ["3", "Hàng mẫu, dùng thử"] + [Num(y["s_b"]) for y in ys]]
        for j, ch in enumerate(chans):
            rows.append([f"4.{j + 1}", "Bán được: " + short_channel(ch[0])] + [Num(y["chan_sold"][j]) for y in ys])
        rows.append(["4", "Cộng bán được"] + [Num(m["total_sold"][k]) for k in range(3)])
        rows.append(["5", "Hàng trả lại, hủy bỏ"] + [Num(y["r_b"]) for y in ys])
        rows.append(["6", "Tồn cuối năm"] + [Num(y["c_b"]) for y in ys])
        t["bal"] = Table("bal", f"Lượng hàng bán được theo kênh ({ud})",
                         ["TT", "Chỉ tiêu", "Năm 2027", "Năm 2028", "Năm 2029"], rows)
    else:  # D: per product, in packs
        rows = []
        for i, p in enumerate(prods):
            q = [y["prod"][i] for y in ys]
            pw = p[2]
            rows += [[p[1], f"Tồn đầu năm ({pw})"] + [Num(x["o"]) for x in q],
                     ["", f"Làm ra ({pw})"] + [Num(x["made"]) for x in q],
                     ["", f"Mẫu, dùng thử ({pw})"] + [Num(x["s"]) for x in q],
                     ["", f"Tồn cuối năm ({pw})"] + [Num(x["c"]) for x in q],
                     ["", f"Trả lại, hủy ({pw})"] + [Num(x["r"]) for x in q],
                     ["", f"Bán được ({pw})"] + [Num(x["sold"]) for x in q]]
        t["bal"] = Table("bal", "Cân đối hàng hóa theo từng sản phẩm",
                         ["Sản phẩm", "Chỉ tiêu", "Năm 2027", "Năm 2028", "Năm 2029"], rows)
    # investment and sources
    rows = [[str(i + 1), lab, Num(v)] for i, (lab, v, _) in enumerate(c["inv"])]
    rows.append(["", "Tổng vốn đầu tư", Num(m["inv"])])
    t["inv"] = Table("inv", "Nhu cầu vốn đầu tư", ["TT", "Hạng mục", "Thành tiền (triệu đồng)"], rows)
    rows = [[str(i + 1), lab, Num(v), Num(v / m["src_total"] * 100, 1)] for i, (lab, v) in enumerate(m["src"])]
    rows.append(["", "Tổng nguồn vốn", Num(m["src_total"]), Num(100, 1)])
    t["src"] = Table("src", "Nguồn vốn", ["TT", "Nguồn", "Số tiền (triệu đồng)", "Tỷ lệ (%)"], rows)
    # revenue
    rows = []
    for i, p in enumerate(prods):
        q = [y["prod"][i] for y in ys]
        rows += [[str(i + 1), p[1], f"Bán được ({p[2]})"] + [Num(x["sold"]) for x in q],
                 ["", "", f"Giá (đ/{p[2]})"] + [Num(x["price"]) for x in q],
                 ["", "", "Doanh thu (tr.đ)"] + [Num(x["rev"], 1) for x in q]]
    rows.append(["", "Tổng doanh thu", "tr.đ"] + [Num(y["rev"], 1) for y in ys])
    t["rev"] = Table("rev", "Doanh thu tính trên lượng hàng bán được",
                     ["TT", "Sản phẩm", "Chỉ tiêu", "Năm 2027", "Năm 2028", "Năm 2029"], rows)
    # costs
    rows = []
    for n, (k, _) in enumerate(ys[0]["costs"]):
        lab = c.get("cost_labels", {}).get(k) or COST_LABELS.get(k, k)
        rows.append([str(n + 1), f"{lab} ({cost_basis(c, k, u)})"] + [Num(y["costs"][n][1], 1) for y in ys])
    rows.append(["", "Tổng chi phí"] + [Num(y["cost"], 1) for y in ys])
    t["cost"] = Table("cost", "Chi phí sản xuất kinh doanh",
                      ["TT", "Khoản mục (căn cứ tính)", "Năm 2027", "Năm 2028", "Năm 2029"], rows,
                      unit="ĐVT: triệu đồng")
    # summary
    rows = [["1", "Doanh thu"] + [Num(y["rev"], 1) for y in ys],
            ["2", "Tổng chi phí"] + [Num(y["cost"], 1) for y in ys],
            ["3", "Lợi nhuận"] + [Num(y["profit"], 1) for y in ys],
            ["4", "Tỷ suất lợi nhuận trên doanh thu (%)"] + [Num(y["margin"], 1) for y in ys],
            ["5", "Khấu hao"] + [Num(y["dep"], 1) for y in ys]]
    t["sum"] = Table("sum", "Tổng hợp hiệu quả kinh tế", ["TT", "Chỉ tiêu", "Năm 2027", "Năm 2028", "Năm 2029"],
                     rows, unit="ĐVT: triệu đồng")
    return t


def short_channel(label: str) -> str:
    return label.split(" (")[0].split(",")[0]


# The cells planted wrong: (table id, row index, column index of the cell in the row)
PLANTED_CELLS = {
    "ij05": [("rev", 2, 4)],            # 2028 revenue of the 500 ml bottle, made x price
    "ij06": [("bal", 7, 3)],            # 2028 "Cộng bán được"
    "ij07": [("sum", 2, 3)],            # 2028 profit
    "ij08": [("made", 4, 2), ("made", 4, 3), ("made", 4, 4)],  # capacity use on goods sold
}


def facts(key: str) -> dict[str, str]:
    """The figures the prose of plan `key` states, as printed (the generator fills its text from
    them and this script looks each one up in the plan)."""
    c, m = PLANS[key], model(key)
    ys, u = m["years"], c["unit"]
    ud = "sản phẩm" if u == "sản phẩm" else u
    f = {
        "obj_out": f"{fi(m['out0'])} {ud}", "o0": f"{fi(ys[0]['o_b'])} {ud}",
        "samp": f"{fd(c['samp'] * 100)} %", "retw": f"{fd(m['ret_w'])} %",
        "inv": f"{fi(m['inv'])} triệu đồng", "src_total": f"{fi(m['src_total'])} triệu đồng",
        "payback": f"{fd(m['payback'])} năm", "cap": f"{fi(ys[0]['cap'])} {ud}",
        "kcom": f"{fd(c['kcom'] * 100, 0)} %", "dep": f"{fd(m['dep'])} triệu đồng",
        "avg_profit": f"{fd(m['avg_profit'])} triệu đồng",
        "hist_made2": f"{fi(c['hist']['made'][2])} {ud}", "hist_sold2": f"{fi(c['hist']['sold'][2])} {ud}",
        "hist_st2": f"{fd(m['hist'][2]['st'])} %", "hist_rev2": f"{fd(m['hist'][2]['rev'])} triệu đồng",
    }
    for y, yr in enumerate(ys):
        f.update({f"made{y}": f"{fi(yr['made_b'])} {ud}", f"sold{y}": f"{fi(yr['sold_b'])} {ud}",
                  f"st{y}": f"{fd(yr['sell_through'])} %", f"rev{y}": f"{fd(yr['rev'])} triệu đồng",
                  f"profit{y}": f"{fd(yr['profit'])} triệu đồng", f"margin{y}": f"{fd(yr['margin'])} %",
                  f"r{y}": f"{fi(yr['r_b'])} {ud}", f"s{y}": f"{fi(yr['s_b'])} {ud}",
                  f"c{y}": f"{fi(yr['c_b'])} {ud}", f"use{y}": f"{fd(yr['use'])} %",
                  f"staff{y}": f"{yr['staff']} lao động", f"cost{y}": f"{fd(yr['cost'])} triệu đồng",
                  f"com{y}": f"{fd(yr['com'])} triệu đồng"})
    for i, pr in enumerate(c["products"]):
        f[f"price{i}"] = f"{fi(pr[4][0])} đồng/{pr[2]}"
        f[f"price{i}_2"] = f"{fi(pr[4][2])} đồng/{pr[2]}"
    for k, (name, unit, norm, dec, rows) in enumerate(c["raws"]):
        f[f"need{k}_2"] = f"{fnum(ys[2]['raws'][k]['need'], dec)} {unit}"
        f[f"supply{k}_2"] = f"{fnum(ys[2]['raws'][k]['supply'], dec)} {unit}"
        f[f"norm{k}"] = f"{str(norm).replace('.', ',')} {unit}"
    for j, ch in enumerate(c["channels"]):
        f[f"ret{j}"] = f"{fd(ch[3], 1 if ch[3] % 1 else 0)} %"
    return f


# --------------------------------------------------------------------------- reading the plans
class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]] | None:
        """Rows (header row excluded) of the table whose caption line is 'Bảng N. <caption>'."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"^\**Bảng \d+\.\s+" + re.escape(caption) + r"\**\s*$", line.strip()):
                out = []
                for ln in lines[i + 1:]:
                    s = ln.strip()
                    if not s or s.startswith("ĐVT"):
                        if out:
                            break
                        continue
                    if not s.startswith("|"):
                        break
                    out.append([x.strip() for x in s.strip("|").split("|")])
                return [r for r in out[1:] if not set("".join(r)) <= set("-: ")]
        return None


def cell_ok(printed: float, n: Num) -> bool:
    return abs(printed - n.v) <= max(0.01 * abs(n.v), 0.51 * 10 ** -n.d + 1e-9)


def num_of(s: str) -> float | None:
    s = s.strip().replace("*", "")
    return vn(s) if re.fullmatch(r"[\d.,]+", s) and re.search(r"\d", s) else None


def check_tables(p: Plan, key: str) -> None:
    printed, true = tables(key, True), tables(key, False)
    planted = set(PLANTED_CELLS.get(key, []))
    for tid, tb in printed.items():
        rows = p.table(tb.caption)
        if rows is None:
            p.failures.append(f"table not found: {tb.caption}")
            continue
        if len(rows) != len(tb.rows):
            p.failures.append(f"{tb.caption}: {len(rows)} rows, model has {len(tb.rows)}")
            continue
        for ri, (got, want) in enumerate(zip(rows, tb.rows)):
            for ci, w in enumerate(want):
                g = got[ci] if ci < len(got) else ""
                if isinstance(w, Num):
                    x = num_of(g)
                    tv = true[tid].rows[ri][ci]
                    if x is None or not cell_ok(x, w):
                        p.failures.append(f"{tb.caption} r{ri} c{ci}: printed {g!r}, model {w.text()}")
                    elif (tid, ri, ci) in planted:
                        if not off(x, tv.v, 5.0):
                            p.failures.append(f"planted {tid} r{ri} c{ci}: {g} not >5 % off true {tv.text()}")
                elif g != w:
                    p.failures.append(f"{tb.caption} r{ri} c{ci}: label {g!r} != {w!r}")


def check_facts(p: Plan, key: str) -> None:
    for k, s in facts(key).items():
        if k in USED_FACTS.get(key, ()) and s not in p.body:
            p.failures.append(f"prose figure {k} not found: {s!r}")


# which facts each plan's prose states (the generator wrote them; see facts())
USED_FACTS: dict[str, tuple] = {
    "ij01": ('avg_profit', 'c2', 'cap', 'dep', 'hist_made2', 'hist_rev2', 'hist_sold2', 'hist_st2', 'inv', 'kcom', 'made0', 'made2', 'need0_2', 'norm0', 'norm1', 'payback', 'price0', 'price1', 'profit0', 'profit2', 'r0', 'ret1', 'ret2', 'retw', 'rev0', 'rev2', 's0', 'samp', 'sold0', 'sold2', 'st0', 'staff0', 'supply0_2', 'use2'),
    "ij02": ('cap', 'hist_made2', 'hist_sold2', 'hist_st2', 'inv', 'kcom', 'made0', 'made2', 'need0_2', 'norm0', 'payback', 'price0', 'price1', 'profit0', 'profit2', 'r0', 'ret1', 'ret2', 'ret3', 'retw', 'samp', 'sold0', 'sold2', 'staff0', 'supply0_2', 'use2'),
    "ij03": ('c2', 'cap', 'hist_made2', 'hist_sold2', 'inv', 'kcom', 'made0', 'made2', 'need0_2', 'norm0', 'payback', 'price0', 'price1', 'profit0', 'profit2', 'r0', 'ret1', 'ret2', 'rev0', 'samp', 'sold0', 'sold2', 'staff0', 'supply0_2', 'use2'),
    "ij04": ('c2', 'cap', 'hist_made2', 'hist_sold2', 'inv', 'kcom', 'made0', 'made2', 'need0_2', 'norm0', 'norm1', 'payback', 'price0', 'price1', 'profit0', 'profit2', 'r0', 'ret1', 'ret2', 'rev0', 'samp', 'sold0', 'staff0', 'supply0_2', 'use2'),
    "ij05": ('c2', 'cap', 'hist_made2', 'hist_sold2', 'inv', 'kcom', 'made0', 'made2', 'need0_2', 'need1_2', 'norm0', 'norm1', 'payback', 'price0', 'price1', 'profit0', 'profit2', 'r0', 'ret2', 'ret3', 'rev0', 'samp', 'sold0', 'staff0', 'supply0_2', 'supply1_2', 'use2'),
    "ij06": ('c2', 'cap', 'hist_made2', 'hist_sold2', 'inv', 'kcom', 'made0', 'made2', 'need0_2', 'norm0', 'norm1', 'payback', 'price0', 'price1', 'profit0', 'profit2', 'r0', 'ret1', 'ret2', 'ret3', 'rev0', 'samp', 'sold0', 'staff0', 'supply0_2', 'use2'),
    "ij07": ('avg_profit', 'c2', 'cap', 'dep', 'hist_made2', 'hist_sold2', 'hist_st2', 'inv', 'kcom', 'made0', 'made2', 'need0_2', 'norm0', 'payback', 'price0', 'price1', 'r0', 'ret1', 'ret2', 'rev0', 'samp', 'sold0', 'staff0', 'supply0_2'),
    "ij08": ('c2', 'cap', 'hist_made2', 'hist_sold2', 'inv', 'kcom', 'made0', 'made2', 'need0_2', 'need1_2', 'norm0', 'norm1', 'payback', 'price0', 'price1', 'profit0', 'profit2', 'r0', 'ret1', 'ret2', 'rev0', 'rev2', 'samp', 'staff0', 'staff2', 'supply0_2', 'supply1_2', 'use2'),
    "ij09": ('c2', 'cap', 'hist_made2', 'hist_sold2', 'inv', 'kcom', 'made0', 'made2', 'need0_2', 'norm0', 'obj_out', 'payback', 'price0', 'price1', 'profit0', 'profit2', 'r0', 'ret1', 'ret2', 'ret3', 'rev0', 'samp', 'src_total', 'staff0', 'supply0_2', 'use2'),
    "ij10": ('c2', 'cap', 'hist_made2', 'hist_sold2', 'inv', 'kcom', 'made0', 'made1', 'made2', 'need0_2', 'norm0', 'payback', 'price0', 'price1', 'profit0', 'profit2', 'r0', 'ret1', 'ret3', 'rev0', 'rev2', 'samp', 'staff0', 'supply0_2', 'use2'),
}


def words(p: Plan) -> int:
    return len(re.findall(r"\w+", p.body))


# --------------------------------------------------------------------------- per-plan checks
def common_full(p: Plan, key: str) -> None:
    c, m = PLANS[key], model(key)
    true = model(key, planted=False)
    ys, ts = true["years"], true
    check_tables(p, key)
    check_facts(p, key)
    p.lacks(PLACEHOLDER, "template placeholder")
    n_tables = len(re.findall(r"^\**Bảng \d+\.", p.body, re.M))
    p.check(10 <= n_tables <= 15, f"{n_tables} tables (10-15 wanted)")
    # the theme: revenue on goods sold, never on goods made (except ij05's planted line)
    for y in ys:
        p.check(y["sold_b"] < y["made_b"], "sold below made")
        p.check(75 <= y["sell_through"] <= 97, f"sell-through {y['sell_through']:.1f} %")
        for q in y["prod"]:
            p.check(abs(q["o"] + q["made"] - q["s"] - q["c"] - q["r"] - q["sold"]) < 1e-9, "goods balance")
    # growth, margins, payback of the true model
    if key != "ij10":
        for a, b in ((0, 1), (1, 2)):
            g = ys[b]["rev"] / ys[a]["rev"] - 1
            p.check(g < 0.35, f"true revenue growth {g:.0%}")
        p.check(ys[0]["made_b"] <= c["hist"]["made"][2] * 1.25, "2027 output within +25 % of 2026")
    for y in ys:
        p.check(0 < y["margin"] < (40 if key == "ij10" else 32), f"true margin {y['margin']:.1f} %")
    p.check(abs(m["src_total"] - m["inv"]) < 1e-9 or key == "ij09", "sources = investment")
    if key not in ("ij05", "ij07"):
        p.check(abs(m["payback"] - ts["payback"]) < 0.05, "payback as printed = computed")
    if key not in ("ij07",):
        for y in ys:
            for r in y["raws"]:
                p.check(r["need_true"] <= r["supply"] * 0.95, f"need {r['need_true']:.0f} within supply {r['supply']}")
    if key not in ("ij08",):
        for y in ys:
            p.check(y["use_true"] <= 86, f"capacity use {y['use_true']:.1f} %")


def ready(p: Plan, key: str) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
          "phiếu kết quả thử nghiệm", "nhãn hiệu", "truy xuất", "mã lô")
    p.lacks(REPLACED, "replaced instrument or district level in a ready plan")
    for d in re.findall(r"đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", p.body):
        p.check(int(d) >= 2030, f"paper valid only to {d}")


def check(key: str) -> Plan:
    c = PLANS.get(key)
    stem = c["stem"] if c else SKETCHY[key]["stem"]
    p = Plan(stem)
    if c is None:
        sketchy(p, key)
        return p
    common_full(p, key)
    m, t = model(key), model(key, planted=False)
    ys, ts = m["years"], t["years"]
    if c["verdict"] == "ready":
        ready(p, key)
    if key == "ij01":
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "đăng ký môi trường")
    if key == "ij02":
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "không ghi công dụng chữa bệnh")
        p.lacks(r"chữa (khỏi|trị)|điều trị|hỗ trợ điều trị", "health claim")
    if key == "ij03":
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "hộ kinh doanh")
    if key == "ij04":
        p.has("không phải là thực phẩm", "đăng ký môi trường", "thẻ treo")
    if key == "ij05":
        # revenue-mismatch: 2028 line of the 500 ml bottle = made x price
        q, qt = ys[1]["prod"][0], ts[1]["prod"][0]
        p.check(off(q["rev"], qt["rev"], 5.0), "ij05 revenue line not >5 % off")
        p.check(abs(q["rev"] - q["made"] * q["price"] / 1e6) < 0.01, "ij05 line = made x price")
        # payback-mismatch: the printed years against investment / (average printed profit + depreciation)
        # and against the true model
        pb_calc = m["inv"] / (m["avg_profit"] + m["dep"])
        p.check(off(m["payback"], pb_calc, 5.0) and off(m["payback"], t["payback"], 5.0), "ij05 payback not off")
        p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|sản xuất rượu thủ công nhằm", "ij05 licence words")
    if key == "ij06":
        p.check(off(m["total_sold"][1], ts[1]["sold_b"], 5.0), "ij06 total not off")
        p.lacks(r"môi trường|chất thải|nước thải|\bmùi\b|xử lý|bể lắng|biogas|\brác\b|ô nhiễm", "ij06 environment words")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện")
        p.lacks(r"148/QĐ-TTg|1489", "ij06 current programme")
    if key == "ij07":
        for k in (1, 2):
            need, sup = ts[k]["raws"][0]["need_true"], ts[k]["raws"][0]["supply"]
            p.check(k == 1 or off(need, sup, 5.0), f"ij07 shortfall {need} vs {sup}")
            p.check(need > sup, "ij07 need above supply")
        for y in ys:
            p.check(y["raws"][0]["need"] <= y["raws"][0]["supply"], "ij07 printed need within supply")
        p.check(off(ys[1]["profit"], ts[1]["profit"], 5.0), "ij07 profit not off")
        # tolerated knock-on: the printed payback follows the printed profits and so misses the true one
        p.check(abs(m["payback"] - m["inv"] / (m["avg_profit"] + m["dep"])) < 1e-9, "ij07 payback follows profits")
        p.check(off(m["payback"], t["payback"], 5.0), "ij07 payback knock-on")
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|ghi nhãn", "ij07 label words")
    if key == "ij08":
        p.check(off(ts[2]["made_b"], ts[2]["cap"], 5.0) and ts[2]["made_b"] > ts[2]["cap"], "ij08 capacity")
        p.check(ys[2]["use"] < 100, "ij08 printed use under 100 %")
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "ij08 food-safety words")
        p.check(p.count("Tổ hợp tác Bánh đa Yên Hồ") >= 2, "ij08 other name twice")
        p.check(p.count("Tổ hợp tác Bánh đa vừng Trung Lộc") >= 4, "ij08 own name")
    if key == "ij09":
        p.check(off(m["src_total"], m["inv"], 5.0), "ij09 sources not off")
        p.check(off(1900, ts[0]["made_b"], 5.0), "ij09 objective output not off")
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "ij09 standard words")
        p.lacks(r"chữa (khỏi|trị)|điều trị", "ij09 health claim")
    if key == "ij10":
        g1, g2 = ts[1]["made_b"] / ts[0]["made_b"] - 1, ts[2]["made_b"] / ts[1]["made_b"] - 1
        p.check(g1 > 0.5 and g2 > 0.5, f"ij10 growth {g1:.0%} {g2:.0%}")
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ", "ij10 trademark words")
        p.lacks(r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\blô\b|kiểm soát nội bộ|lưu mẫu|\btem\b|mã vạch",
                "ij10 quality-control words")
    return p


SKETCHY = {
    "ij11": dict(stem="ij11_chuoi_say_so_sai"),
    "ij12": dict(stem="ij12_non_la_so_sai"),
}


def sketchy(p: Plan, key: str) -> None:
    n = words(p)
    p.check(150 <= n <= 350, f"{n} words")
    p.check(not p.rows, "a table in a sketchy plan")
    p.lacks(r"tiêu chuẩn cơ sở|TCCS|kiểm nghiệm|thử nghiệm|nhãn hiệu|truy xuất|43/2017", "a paper")
    if key == "ij11":
        p.lacks(r"an toàn thực phẩm|ATTP", "food safety")
    if key == "ij12":
        p.lacks(r"đăng ký kinh doanh số|mã số thuế|giấy chứng nhận", "registration")


def main(argv: list[str] | None = None) -> int:
    keys = list(PLANS) + list(SKETCHY)
    want = [a for a in (argv or []) if not a.startswith("-")]
    chosen = [k for k in keys if not want or any(k.startswith(w) or w.startswith(k) for w in want)]
    return plancheck.report([check(k) for k in chosen])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
