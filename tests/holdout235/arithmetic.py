"""The 235th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout235/arithmetic.py [ib01 ib05 ...]

Theme: list prices, discounts and commissions. Every full plan (ib01-ib10) sets a list (retail)
price per pack and sells through channels that pay less: agents with a "chiết khấu" (15 %),
supermarkets (18-22 %), e-commerce platforms taking a "hoa hồng" (8-15 %), restaurants at a
"giá bán buôn", distributors at a "giá xuất xưởng" (a fixed price per pack). Three forms of revenue
are used:

* ``net``: revenue = packs sold in each channel x the net price that channel pays (price table:
  list price, discount, net price; volume table: packs by product and channel);
* ``gross_cost``: revenue = packs x list price, and the discounts and commissions are a cost line
  (share of the list revenue sold in each channel x its rate);
* ``gross_deduct``: revenue at list price, then "giảm trừ doanh thu" rows per channel, then
  "doanh thu thuần" (the accountant's form).

From the constants this script recomputes every table cell of every full plan: history (revenue
= output x average price, profit = revenue x margin), net prices (list x (1 - rate), or the fixed
price), packs by year (previous x (1 + growth), to the ten) and by channel (share of the packs, the
last channel the remainder), output in base units, capacity use, raw material supply (count x
yield) against need (output x norm), staff and wage fund, investment and sources with their shares,
every revenue line, every cost line (raw materials at their price, per-pack costs, wages,
discounts, selling, depreciation, interest, tax as a share of revenue, other), profit, margin and
payback = investment / (average profit + depreciation). Each table is found by its caption
("Bảng N.", in the order PLANS[k]["order"] gives), each row by its label; every number is compared
with the model as the plan's author computed it (planted errors included) within 1 % (or 0,11 of a
million), and planted numeric defects are asserted wrong by more than 5 % against the true model;
any other cell where the printed and the true model differ must be a declared knock-on. Key
figures of the prose are checked as exact strings. Textual defects are asserted through the absence
(or presence) of their words. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")


def ch(name, short, share, d=None, fixed=None, kind="ck"):
    """A sales channel: share of each product's packs; d = discount or commission rate (None for
    a fixed price); fixed = the price per pack of each product; kind: le (list price), ck
    (chiết khấu), hh (hoa hồng), buon (giá bán buôn), xx (giá xuất xưởng)."""
    return dict(name=name, short=short, share=share, d=d if d is not None else (None if fixed else 0.0),
                fixed=fixed, kind=kind)


# --------------------------------------------------------------------------- constants
# products: (short label, full label, pack word, size in base units, 2027 list price đ, 2027 packs)
# g_out: pack growth 2027->2028, 2028->2029; price_up: (year index, factor) for the list price
# channels: see ch(); mode: net | gross_cost | gross_deduct
# hist: 2024-2026 output (base units), average net price (đ per base unit), margin
# raws: (short, label, unit, norm per base unit, price đ per unit, supply rows, product indexes)
#       supply row: (label, [count per year], count word, yield per count)
# cap: (rating a day, days, product indexes or None, label); use_row: print the use %
# roles: (role, [staff per year]); wage: 2027 monthly wage (triệu), g_wage yearly index
# var: per-pack cost lines (label, [đ per pack of each product])
# disc_rows (gross_cost): (label, [channel indexes]); sell, other: fixed lines (triệu a year)
# inv: (label, triệu, fixed asset?); src: (label, triệu); loan: balance per year; rate; tax share
PLANS: dict[str, dict] = {
    "ib01": dict(
        unit="kg", mode="net",
        products=[("Hộp 400 g", "Kẹo cu đơ bánh đa, hộp 10 chiếc (400 g)", "hộp", 0.4, 48000, 36000),
                  ("Túi 300 g", "Kẹo cu đơ gừng miếng nhỏ, túi 300 g", "túi", 0.3, 34000, 24000)],
        g_out=(0.10, 0.08), price_up=None,
        channels=[ch("Cửa hàng giới thiệu sản phẩm của công ty (giá niêm yết)", "cửa hàng", 0.15, kind="le"),
                  ch("Đại lý cấp 1 trong và ngoài tỉnh (chiết khấu 15 %)", "đại lý", 0.50, 0.15),
                  ch("Siêu thị, cửa hàng tiện lợi (chiết khấu 22 %)", "siêu thị", 0.20, 0.22),
                  ch("Sàn thương mại điện tử (hoa hồng 8 % và phí thanh toán 2 %)", "sàn TMĐT", 0.15, 0.10, kind="hh")],
        hist=dict(out=[16800, 18200, 19500], price=[94000, 97000, 99000], margin=[0.075, 0.08, 0.085]),
        raws=[("lạc", "Lạc nhân", "kg", 0.4, 55000,
               [("Hộ trồng lạc thôn Phúc Ninh", [30, 30, 30], "hộ", 250),
                ("Hộ trồng lạc thôn Hồng Lam", [22, 22, 22], "hộ", 250)], None),
              ("mật mía", "Mật mía, đường phên", "kg", 0.45, 24000,
               [("Lò mật mía Xuân Viên (hợp đồng)", [1, 1, 1], "lò", 15000)], None)],
        cap=(110, 280, None, "2 nồi nấu × 55 kg kẹo/ngày"), use_row=True,
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu mật, cắt kẹo", [3, 3, 3]),
               ("Đóng hộp, kho", [2, 2, 2]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=5.5, g_wage=0.0,
        var=[("Hộp, túi, nhãn, tem", [4500, 2000]), ("Bánh đa, gừng, vừng", [3000, 2500]),
             ("Điện, nước, than", [1200, 900])],
        sell=90, other=40, tax=0.015,
        inv=[("Nồi nấu mật có cánh khuấy (2 chiếc)", 160, True), ("Máy cán, cắt kẹo tự động", 220, True),
             ("Máy đóng gói, hàn túi", 90, True), ("Cải tạo xưởng một chiều 150 m²", 180, True),
             ("Thiết kế bao bì, mã vạch, tem truy xuất", 45, False), ("Vốn lưu động", 305, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        order=["hist", "comp", "price", "vol", "raw", "equip", "out", "staff", "inv", "src", "rev", "cost",
               "sum", "papers"],
    ),
    "ib02": dict(
        unit="lít", mode="gross_deduct",
        products=[("Chai 500 ml, 40 độ đạm", "Nước mắm cốt cá cơm 40 độ đạm, chai thủy tinh 500 ml", "chai", 0.5, 85000, 20000),
                  ("Chai 1 lít, 30 độ đạm", "Nước mắm cá cơm 30 độ đạm, chai 1 lít", "chai", 1, 70000, 14000),
                  ("Can 5 lít, 25 độ đạm", "Nước mắm 25 độ đạm, can 5 lít", "can", 5, 240000, 1200)],
        g_out=(0.08, 0.08), price_up=(2, 1.05),
        channels=[ch("Bán tại cơ sở và khách quen (giá niêm yết)", "tại cơ sở", 0.20, kind="le"),
                  ch("Đại lý, cửa hàng đặc sản (chiết khấu 15 %)", "đại lý", 0.45, 0.15),
                  ch("Siêu thị, chuỗi thực phẩm sạch (chiết khấu 20 %)", "siêu thị", 0.25, 0.20),
                  ch("Sàn thương mại điện tử, điểm bán OCOP (hoa hồng 10 %)", "sàn TMĐT, OCOP", 0.10, 0.10, kind="hh")],
        hist=dict(out=[25000, 26800, 28200], price=[80000, 82000, 84000], margin=[0.08, 0.085, 0.09]),
        raws=[("cá cơm", "Cá cơm tươi", "kg", 1.4, 20000,
               [("Tàu của thành viên (8 tàu × 5.000 kg)", [8, 8, 8], "tàu", 5000),
                ("Vựa cá bến Xuân Hội (hợp đồng)", [1, 1, 1], "vựa", 15000)], None),
              ("muối", "Muối hạt", "kg", 0.45, 4000,
               [("Hợp tác xã muối Hộ Độ (hợp đồng)", [1, 1, 1], "hợp đồng", 18000)], None)],
        cap=(44000, 1, None, "110 bể chượp × 400 lít/năm"), use_row=True,
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Muối cá, đảo chượp", [3, 3, 3]),
               ("Lọc, chiết chai, đóng thùng", [3, 3, 3]), ("Bán hàng, giao hàng", [1, 1, 1])],
        wage=5.8, g_wage=0.05,
        var=[("Chai, nắp, can, nhãn, thùng", [6000, 6500, 14000]), ("Điện, nước, vận chuyển nội bộ", [1000, 1500, 6000])],
        sell=100, other=60, tax=0.015,
        inv=[("Bể chượp composite 400 lít (40 bể bổ sung)", 240, True), ("Nhà lọc, chiết chai 80 m²", 260, True),
             ("Máy lọc, máy chiết rót, đóng nắp", 180, True), ("Hệ thống thu gom, xử lý nước rửa", 90, True),
             ("Bao bì, nhãn, tem truy xuất", 40, False), ("Vốn lưu động", 290, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của hợp tác xã", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        order=["chan", "comp", "hist", "raw", "equip", "out", "staff", "inv", "src", "price", "rev", "cost",
               "sum", "papers", "sched"],
    ),
    "ib03": dict(
        unit="kg", mode="net",
        products=[("Hộp 30 túi lọc", "Trà túi lọc cà gai leo, hộp 30 túi × 3 g", "hộp", 0.09, 65000, 20000),
                  ("Túi 500 g", "Cà gai leo khô thái lát, túi 500 g", "túi", 0.5, 120000, 3000)],
        g_out=(0.10, 0.10), price_up=None,
        channels=[ch("Bán lẻ tại cơ sở và khách du lịch (giá niêm yết)", "bán lẻ", 0.10, kind="le"),
                  ch("Nhà phân phối ngoài tỉnh (giá xuất xưởng)", "nhà phân phối", 0.45, fixed=[44000, 82000], kind="xx"),
                  ch("Nhà thuốc, cửa hàng thảo dược (chiết khấu 20 %)", "nhà thuốc", 0.30, 0.20),
                  ch("Sàn thương mại điện tử (hoa hồng 9 % và phí 3 %)", "sàn TMĐT", 0.15, 0.12, kind="hh")],
        hist=dict(out=[2400, 2700, 3000], price=[365000, 375000, 385000], margin=[0.13, 0.14, 0.15]),
        raws=[("cà gai leo", "Cà gai leo tươi", "kg", 4.0, 8000,
               [("Vườn cà gai leo của hộ (2 ha × 6.000 kg)", [2, 2, 2], "ha", 6000),
                ("Hộ liên kết thôn Kim Lộc (15 hộ × 400 kg)", [15, 15, 15], "hộ", 400)], None)],
        cap=(19, 260, None, "máy sấy 19 kg khô/ngày"), use_row=True,
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Sơ chế, sấy, nghiền", [2, 2, 2]),
               ("Đóng túi lọc, đóng hộp", [2, 2, 3]), ("Bán hàng online, giao hàng", [1, 1, 1])],
        wage=5.5, g_wage=0.05,
        var=[("Hộp, túi lọc, túi zip, nhãn", [9500, 6000]), ("Điện sấy, nước", [900, 2500])],
        sell=110, other=50, tax=0.015,
        inv=[("Máy sấy bơm nhiệt 2 buồng", 230, True), ("Máy nghiền, máy đóng túi lọc", 260, True),
             ("Phòng sơ chế, đóng gói 60 m²", 150, True), ("Kiểm nghiệm, tự công bố, đăng ký nhãn hiệu", 35, False),
             ("Bao bì, mã QR truy xuất", 25, False), ("Vốn lưu động", 200, False)],
        src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Chính sách xã hội", 100),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[400, 300, 200], rate=0.075,
        order=["hist", "comp", "price", "vol", "raw", "out", "staff", "inv", "src", "rev", "cost", "sum",
               "papers"],
    ),
    "ib04": dict(
        unit=None, mode="gross_cost",
        products=[("Phòng nghỉ nhà sàn", "Phòng nghỉ nhà sàn gỗ (đêm phòng, 2 khách)", "đêm phòng", 1, 650000, 1900),
                  ("Suất ăn đặc sản", "Suất ăn đặc sản địa phương", "suất", 1, 150000, 5200),
                  ("Tour trải nghiệm", "Tour trải nghiệm nửa ngày (hái chè, làm bánh, tắm suối)", "lượt khách", 1, 250000, 2600)],
        g_out=(0.10, 0.10), price_up=(2, [1.077, 1.0, 1.0]),
        channels=[ch("Khách đặt trực tiếp qua điện thoại, trang web, fanpage (giá niêm yết)", "trực tiếp", 0.35, kind="le"),
                  ch("Sàn đặt phòng trực tuyến (hoa hồng 15 %)", "sàn đặt phòng", 0.30, 0.15, kind="hh"),
                  ch("Công ty lữ hành (chiết khấu 20 % trên giá niêm yết)", "lữ hành", 0.35, 0.20)],
        hist=dict(out=[1350, 1560, 1750], price=[1180000, 1220000, 1260000], margin=[0.12, 0.13, 0.14]),
        hist_lab=["Số đêm phòng đã bán", "Doanh thu bình quân (đồng/đêm phòng)",
                  "Doanh thu (triệu đồng)", "Lợi nhuận (triệu đồng)"],
        raws=[("thực phẩm", "Thực phẩm tươi các loại", "kg", 0.8, 70000,
               [("Hộ cung ứng thôn Khe Cò", [12, 12, 12], "hộ", 400), ("Vườn, ao của công ty", [1, 1, 1], "vườn", 1200)], [1])],
        cap=(8, 365, [0], "8 phòng × 365 đêm"), use_row=True,
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Lễ tân, đặt phòng", [1, 2, 2]),
               ("Buồng phòng, giặt là", [2, 2, 2]), ("Bếp, phục vụ ăn uống", [3, 3, 3]),
               ("Hướng dẫn viên tại điểm", [2, 2, 2])],
        wage=6.0, g_wage=0.05,
        var=[("Vật tư phục vụ khách, giặt là", [60000, 0, 40000]), ("Điện, nước, gas", [50000, 10000, 10000])],
        disc_rows=[("Hoa hồng sàn đặt phòng (15 %)", [1]), ("Chiết khấu công ty lữ hành (20 %)", [2])],
        sell=70, other=60, tax=0.015,
        inv=[("Nâng cấp 8 phòng nhà sàn, khu vệ sinh", 900, True), ("Nhà ăn, bếp 120 m²", 450, True),
             ("Đường dạo, bến suối, biển chỉ dẫn", 300, True), ("Hệ thống bể tự hoại, thu gom rác", 150, True),
             ("Trang web đặt phòng, tài liệu quảng bá", 80, False), ("Vốn lưu động", 220, False)],
        src=[("Vốn góp của cổ đông", 1300), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 650, 500], rate=0.08,
        order=["hist", "comp", "chan", "price", "raw", "equip", "out", "staff", "inv", "src", "rev", "cost",
               "sum", "papers", "sched"],
    ),
    "ib05": dict(
        unit="lít", mode="gross_cost",
        products=[("Chai 500 ml", "Rượu nếp sim 29 độ, chai 500 ml", "chai", 0.5, 95000, 14000),
                  ("Bình sứ 1 lít", "Rượu nếp sim, bình sứ 1 lít trong hộp quà", "bình", 1, 250000, 2500),
                  ("Can 2 lít", "Rượu nếp sim 29 độ, can 2 lít", "can", 2, 240000, 1000)],
        g_out=(0.10, 0.10), price_up=None,
        channels=[ch("Bán tại cơ sở, khách tham quan (giá niêm yết)", "tại cơ sở", 0.20, kind="le"),
                  ch("Nhà hàng, quán đặc sản (giá bán buôn, thấp hơn giá niêm yết 18 %)", "nhà hàng", 0.40, 0.18, kind="buon"),
                  ch("Đại lý, cửa hàng đặc sản (chiết khấu 15 %)", "đại lý", 0.30, 0.15),
                  ch("Điểm bán OCOP, sàn thương mại điện tử (hoa hồng 10 %)", "OCOP, sàn TMĐT", 0.10, 0.10, kind="hh")],
        hist=dict(out=[8600, 9500, 10400], price=[150000, 155000, 160000], margin=[0.10, 0.11, 0.115]),
        raws=[("gạo nếp", "Gạo nếp cái", "kg", 1.3, 28000,
               [("Ruộng nếp của thành viên (40 hộ × 500 kg)", [40, 40, 40], "hộ", 500)], None),
              ("quả sim", "Quả sim chín", "kg", 0.8, 20000,
               [("Đồi sim của hợp tác xã (6 ha × 1.500 kg)", [6, 6, 6], "ha", 1500),
                ("Hộ hái sim thôn Ngọc Sơn (20 hộ × 250 kg)", [20, 20, 20], "hộ", 250)], None)],
        cap=(66, 260, None, "3 nồi × 22 lít/ngày"), use_row=True,
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [3, 3, 3]),
               ("Ngâm sim, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, g_wage=0.05,
        var=[("Chai, bình sứ, hộp, can, nhãn", [7000, 45000, 9000]), ("Men, củi, điện, nước", [4000, 8000, 16000])],
        disc_rows=[("Chiết khấu nhà hàng, đại lý, hoa hồng sàn", [1, 2, 3])],
        sell=70, other=40, tax=0.02,
        inv=[("Kho ủ, hạ thổ rượu 50 m²", 180, True), ("Máy lọc, khử andehit, chiết rót", 240, True),
             ("Chum, bình sứ ủ rượu", 90, True), ("Bể ngâm quả sim inox (6 bể)", 80, True),
             ("Thiết kế bao bì, nhãn, tem", 40, False), ("Vốn lưu động", 270, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        # planted table-total-mismatch: the 2028 cost total leaves out the discount line
        plant=dict(cost_total_omit=(1, ["disc0"])),
        order=["hist", "comp", "chan", "raw", "equip", "out", "staff", "inv", "src", "price", "rev", "cost",
               "sum", "papers", "sched"],
    ),
    "ib06": dict(
        unit="kg", mode="net",
        products=[("Chai 700 g", "Mật ong hoa rừng, chai 700 g", "chai", 0.7, 250000, 3000),
                  ("Hũ 500 g", "Mật ong hoa keo, hũ 500 g", "hũ", 0.5, 150000, 4000)],
        g_out=(0.10, 0.10), price_up=None,
        channels=[ch("Bán lẻ tại nhà, khách quen (giá niêm yết)", "bán lẻ", 0.25, kind="le"),
                  ch("Đại lý, cửa hàng đặc sản (chiết khấu 15 %)", "đại lý", 0.35, 0.15),
                  ch("Siêu thị (chiết khấu 20 %)", "siêu thị", 0.20, 0.20),
                  ch("Sàn thương mại điện tử (hoa hồng 8 %)", "sàn TMĐT", 0.20, 0.08, kind="hh")],
        hist=dict(out=[3300, 3550, 3800], price=[295000, 300000, 305000], margin=[0.14, 0.15, 0.15]),
        raws=[("mật thô", "Mật ong thô", "kg", 1.05, 110000,
               [("Đàn ong của hộ (10 kg/đàn)", [250, 260, 270], "đàn", 10),
                ("Hộ nuôi ong thôn Trường Sơn (15 hộ × 100 kg)", [15, 15, 15], "hộ", 100)], None)],
        no_balance=True,
        cap=(30, 250, None, "máy hạ thủy phần 30 kg/mẻ, 1 mẻ/ngày"), use_row=True,
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 1])],
        wage=5.0, g_wage=0.05,
        var=[("Chai, hũ, nắp, hộp", [9000, 6000]), ("Điện, nước, vận chuyển", [2000, 1500])],
        sell=40, other=25, tax=0.015,
        inv=[("Máy hạ thủy phần mật ong 30 kg/mẻ", 150, True), ("Máy lọc, bồn inox, máy quay mật", 80, True),
             ("Phòng lọc, đóng chai 30 m²", 110, True), ("Bổ sung 40 đàn ong giống", 60, True),
             ("Chai, hũ, kiểm nghiệm", 40, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066,
        # planted revenue-mismatch: the 2028 column reckoned at the list price in every discounted channel
        plant=dict(rev_at_list=[(i, c, 1) for i in (0, 1) for c in (1, 2, 3)]),
        order=["hist", "comp", "price", "vol", "raw", "out", "staff", "inv", "src", "rev", "cost", "sum"],
    ),
    "ib07": dict(
        unit="kg", mode="net",
        products=[("Hộp 500 g", "Bột sắn dây nguyên chất, hộp giấy 500 g", "hộp", 0.5, 90000, 24000),
                  ("Túi 1 kg", "Bột sắn dây nguyên chất, túi 1 kg", "túi", 1, 160000, 6000),
                  ("Hộp quà 300 g", "Bột sắn dây ướp hoa bưởi, hộp quà 300 g", "hộp", 0.3, 75000, 8000)],
        g_out=(0.10, 0.10), price_up=None,
        channels=[ch("Nhà phân phối khu vực phía Bắc (giá xuất xưởng)", "nhà phân phối", 0.40,
                     fixed=[58000, 104000, 49000], kind="xx"),
                  ch("Đại lý cấp 1 trong tỉnh (chiết khấu 15 %)", "đại lý", 0.30, 0.15),
                  ch("Siêu thị, cửa hàng tiện lợi (chiết khấu 20 %)", "siêu thị", 0.15, 0.20),
                  ch("Sàn thương mại điện tử (hoa hồng 8 %, phí 2 %)", "sàn TMĐT", 0.15, 0.10, kind="hh")],
        hist=dict(out=[15500, 17000, 18600], price=[128000, 131000, 134000], margin=[0.09, 0.10, 0.105]),
        raws=[("củ sắn dây", "Củ sắn dây tươi", "kg", 7.0, 5000,
               [("Vùng sắn dây của công ty (4 ha × 18.000 kg)", [4, 4, 4], "ha", 18000),
                ("Hộ liên kết xã Kỳ Phong (80 hộ × 1.400 kg)", [80, 80, 80], "hộ", 1400)], None)],
        cap=(105, 290, None, "dây chuyền 105 kg bột/ngày"), use_row=True,
        roles=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Rửa, mài, lọc, lắng", [4, 4, 4]),
               ("Sấy, đóng gói", [3, 3, 3]), ("Bán hàng, kho", [2, 2, 2])],
        wage=6.0, g_wage=0.05,
        var=[("Hộp, túi, nhãn, thùng", [3500, 3000, 6000]), ("Điện, nước, than sấy", [1500, 3000, 900])],
        sell=120, other=60, tax=0.015,
        inv=[("Nhà xưởng lọc, lắng, sấy 300 m²", 900, True), ("Máy rửa, máy mài củ", 420, True),
             ("Bể lắng inox và máy ly tâm", 480, True), ("Máy sấy tĩnh điện, máy đóng gói", 600, True),
             ("Hệ thống xử lý nước thải lọc bột", 250, True), ("Bao bì, mã vạch, tem truy xuất", 70, False),
             ("Vốn lưu động", 480, False)],
        src=[("Vốn góp của cổ đông", 1200), ("Lợi nhuận giữ lại", 400), ("Vay Ngân hàng thương mại", 1200)],
        life=10, loan=[1200, 1000, 800], rate=0.08,
        order=["hist", "comp", "price", "vol", "raw", "equip", "out", "staff", "inv", "src", "rev", "cost",
               "sum"],
    ),
    "ib08": dict(
        unit="kg", mode="gross_cost",
        products=[("Túi 200 g", "Chè búp khô đặc biệt, túi 200 g", "túi", 0.2, 70000, 10000),
                  ("Túi 500 g", "Chè xanh khô loại 1, túi 500 g", "túi", 0.5, 120000, 4000)],
        g_out=(0.15, 0.15), price_up=None,
        channels=[ch("Bán lẻ tại cơ sở và chợ phiên (giá niêm yết)", "bán lẻ", 0.25, kind="le"),
                  ch("Đại lý chè, cửa hàng đặc sản (chiết khấu 15 %)", "đại lý", 0.45, 0.15),
                  ch("Quán nước, nhà hàng (giá bán buôn, giảm 10 %)", "quán, nhà hàng", 0.20, 0.10, kind="buon"),
                  ch("Sàn thương mại điện tử (hoa hồng 8 %)", "sàn TMĐT", 0.10, 0.08, kind="hh")],
        hist=dict(out=[3200, 3450, 3700], price=[255000, 260000, 265000], margin=[0.10, 0.11, 0.115]),
        raws=[("chè tươi", "Chè búp tươi", "kg", 4.5, 15000,
               [("Đồi chè của tổ viên (3 ha × 6.000 kg)", [3, 3, 3], "ha", 6000),
                ("Hộ trồng chè thôn Kim Sơn (12 hộ × 800 kg)", [12, 12, 12], "hộ", 800)], None)],
        cap=(18, 250, None, "2 máy sao, vò chè × 9 kg khô/ngày"), use_row=False,
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Hái, sao, vò chè", [4, 4, 4]), ("Đóng gói, bán hàng", [1, 1, 1])],
        wage=5.0, g_wage=0.0,
        var=[("Túi, hộp, nhãn", [3000, 4000]), ("Củi, điện sao chè", [1200, 3000])],
        disc_rows=[("Chiết khấu đại lý, giá bán buôn, hoa hồng sàn", [1, 2, 3])],
        sell=40, other=30, tax=0.015,
        inv=[("Máy sao chè tôn quay (bổ sung 1 chiếc)", 90, True), ("Máy vò chè", 60, True),
             ("Nhà sao, đóng gói 60 m²", 150, True), ("Máy hút chân không, hàn túi", 40, True),
             ("Bao bì, kiểm nghiệm", 30, False), ("Vốn lưu động", 130, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Quỹ hỗ trợ nông dân", 200)],
        life=10, loan=[200, 150, 100], rate=0.06,
        # planted profit-mismatch: the 2027 profit in the summary x 1,30
        plant=dict(profit_factor=(0, 1.30)),
        order=["hist", "comp", "chan", "raw", "equip", "out", "staff", "inv", "src", "price", "rev", "cost",
               "sum", "sched"],
    ),
    "ib09": dict(
        unit="kg", mode="net",
        products=[("Túi 500 g", "Chả mực giã tay, túi hút chân không 500 g", "túi", 0.5, 240000, 12000),
                  ("Hộp 300 g", "Chả mực viên chiên sẵn, hộp 300 g", "hộp", 0.3, 130000, 8000)],
        g_out=(0.10, 0.10), price_up=None,
        channels=[ch("Cửa hàng của công ty và khách lẻ (giá niêm yết)", "cửa hàng", 0.20, kind="le"),
                  ch("Nhà hàng, khách sạn (giá bán buôn)", "nhà hàng", 0.30, fixed=[200000, 108000], kind="buon"),
                  ch("Siêu thị, chuỗi thực phẩm sạch (chiết khấu 18 %)", "siêu thị", 0.35, 0.18),
                  ch("Sàn thương mại điện tử, ứng dụng giao đồ ăn (hoa hồng 20 %)", "ứng dụng, sàn", 0.15, 0.20, kind="hh")],
        hist=dict(out=[6300, 6950, 7600], price=[372000, 380000, 388000], margin=[0.09, 0.095, 0.10]),
        raws=[("mực", "Mực ống tươi", "kg", 1.3, 130000,
               [("Tàu câu mực Thạch Kim (6 tàu × 2.000 kg)", [6, 6, 6], "tàu", 2000),
                ("Vựa hải sản Lộc Hải (hợp đồng)", [1, 1, 1], "vựa", 4000)], None)],
        cap=(44, 280, None, "2 máy × 22 kg/ngày"), use_row=True,
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, giã, định hình", [5, 5, 5]),
               ("Chiên, đóng gói, kho lạnh", [2, 2, 2]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=6.0, g_wage=0.05,
        var=[("Túi, hộp, nhãn, thùng xốp", [3500, 4000]), ("Gia vị, mỡ, dầu chiên", [6000, 6000]),
             ("Điện, nước, kho lạnh", [5000, 4000])],
        sell=100, other=60, tax=0.015,
        inv=[("Máy xay giã mực (2 chiếc)", 180, True), ("Kho lạnh 20 m³, tủ cấp đông", 350, True),
             ("Máy hút chân không, máy chiên", 120, True), ("Cải tạo xưởng chế biến 120 m²", 300, True),
             ("Hệ thống xử lý nước thải", 150, True), ("Bao bì, mã vạch", 50, False), ("Vốn lưu động", 450, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 700)],
        life=10, loan=[700, 550, 400], rate=0.08,
        plant=dict(payback_text=1.8),
        order=["hist", "comp", "price", "vol", "raw", "equip", "out", "staff", "inv", "src", "rev", "cost",
               "sum", "sched"],
    ),
    "ib10": dict(
        unit="chiếc", mode="net",
        products=[("Khay trà", "Khay trà gỗ hương chạm hoa văn", "chiếc", 1, 650000, 600),
                  ("Hộp trà, hộp quà", "Hộp đựng trà, hộp quà gỗ", "chiếc", 1, 280000, 1200),
                  ("Tượng để bàn", "Tượng gỗ mỹ nghệ nhỏ để bàn", "chiếc", 1, 450000, 500)],
        g_out=(0.80, 0.60), price_up=None,
        channels=[ch("Bán tại xưởng, khách du lịch (giá niêm yết)", "tại xưởng", 0.20, kind="le"),
                  ch("Cửa hàng quà tặng, lưu niệm nhận ký gửi (hoa hồng 25 %)", "ký gửi", 0.40, 0.25, kind="hh"),
                  ch("Điểm bán OCOP, cửa hàng đặc sản (chiết khấu 20 %)", "điểm OCOP", 0.20, 0.20),
                  ch("Sàn thương mại điện tử, mạng xã hội (phí sàn 10 %)", "sàn TMĐT", 0.20, 0.10, kind="hh")],
        hist=dict(out=[1700, 1850, 2000], price=[345000, 350000, 355000], margin=[0.14, 0.15, 0.15]),
        raws=[("gỗ", "Gỗ xẻ các loại", "m³", 0.006, 16000000,
               [("Công ty TNHH Lâm sản Đức Lâm (hợp đồng)", [1, 1, 1], "hợp đồng", 30),
                ("Gỗ keo rừng trồng của gia đình", [1, 1, 1], "lô", 15)], None)],
        cap=(30, 280, None, "máy chạm CNC 2 đầu, 30 chiếc/ngày"), use_row=True,
        roles=[("Chủ cơ sở, sổ sách, bán hàng", [1, 1, 1]), ("Thợ chạm, đục", [2, 2, 2]),
               ("Đánh bóng, sơn PU, đóng hộp", [1, 1, 1])],
        wage=5.0, g_wage=0.0,
        var=[("Sơn, giấy ráp, phụ kiện", [25000, 12000, 18000]), ("Hộp, thẻ treo, túi", [15000, 8000, 12000]),
             ("Điện", [8000, 4000, 6000])],
        sell=60, other=30, tax=0.015,
        inv=[("Máy chạm CNC 2 đầu", 320, True), ("Máy cưa, bào, chà nhám", 110, True),
             ("Buồng sơn có màng lọc bụi sơn", 90, True), ("Máy hút bụi gỗ túi vải", 40, True),
             ("Thiết kế mẫu, thẻ treo, hộp", 30, False), ("Vốn lưu động", 210, False)],
        src=[("Vốn tự có của gia đình", 500), ("Vay người thân", 300)],
        life=8, loan=[0, 0, 0], rate=0.0,
        order=["hist", "comp", "price", "vol", "raw", "equip", "out", "staff", "inv", "src", "rev", "cost",
               "sum"],
    ),
}


# --------------------------------------------------------------------------- numbers
def rnd(x: float, step: float = 1) -> float:
    """Round half up to a multiple of step."""
    import math
    return math.floor(x / step + 0.5) * step


def fmt(x: float, dec: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    neg = x < 0
    x = abs(x)
    s = f"{rnd(x, 10 ** -dec):.{dec}f}"
    whole, _, frac = s.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = ".".join(groups) + ("," + frac if frac else "")
    return ("-" if neg else "") + out


def pct(x: float, dec: int = 0) -> str:
    return f"{fmt(x * 100, dec)} %"


# --------------------------------------------------------------------------- the model
def model(k: str, printed: bool = True) -> dict:
    """Every figure of plan k, as its author computed it (printed=True, planted errors in) or as
    it truly is (printed=False)."""
    P = PLANS[k]
    plant = P.get("plant", {}) if printed else {}
    prods, chans = P["products"], P["channels"]
    n, nc = len(prods), len(chans)
    m: dict = {"k": k}
    # packs by year
    packs = []
    for p in prods:
        row = [p[5]]
        for g in P["g_out"]:
            row.append(rnd(row[-1] * (1 + g), 10))
        packs.append(row)
    m["packs"] = packs
    # list prices by year
    lst = []
    for p in prods:
        row = [p[4]] * 3
        if P["price_up"]:
            yi, fs = P["price_up"]
            f = fs[prods.index(p)] if isinstance(fs, (list, tuple)) else fs
            for y in range(yi, 3):
                row[y] = rnd(p[4] * f, 1000)
        lst.append(row)
    m["list"] = lst
    # net prices (2027 list; net-mode plans keep their list price over the period)
    net = [[None] * nc for _ in range(n)]
    for i in range(n):
        for c, cc in enumerate(chans):
            net[i][c] = cc["fixed"][i] if cc["fixed"] else rnd(lst[i][0] * (1 - cc["d"]), 10)
    m["net"] = net
    # packs by channel
    qty = [[[0] * 3 for _ in range(nc)] for _ in range(n)]
    for i in range(n):
        for y in range(3):
            done = 0
            for c, cc in enumerate(chans):
                q = packs[i][y] - done if c == nc - 1 else rnd(packs[i][y] * cc["share"])
                qty[i][c][y] = q
                done += q
    m["qty"] = qty
    # output and capacity
    if P["unit"]:
        m["out"] = [sum(packs[i][y] * prods[i][3] for i in range(n)) for y in range(3)]
    rating, days, cprods, _ = P["cap"]
    m["cap"] = P.get("cap_abs") or rating * days
    idx = cprods if cprods is not None else range(n)
    m["cap_out"] = [sum(packs[i][y] * prods[i][3] for i in idx) for y in range(3)]
    m["use"] = [m["cap_out"][y] / m["cap"] for y in range(3)]
    # history
    h = P["hist"]
    m["h_rev"] = [h["out"][y] * h["price"][y] / 1e6 for y in range(3)]
    m["h_profit"] = [m["h_rev"][y] * h["margin"][y] for y in range(3)]
    m["h_growth"] = (h["out"][2] / h["out"][0]) ** 0.5 - 1
    # raw materials
    m["raw"] = []
    for short, label, u, norm, price, rows, rp in P["raws"]:
        ridx = rp if rp is not None else range(n)
        base = [sum(packs[i][y] * prods[i][3] for i in ridx) for y in range(3)]
        need = [base[y] * norm for y in range(3)]
        sup_rows = [(lab, [cnt[y] * yld for y in range(3)]) for lab, cnt, _, yld in rows]
        supply = [sum(r[1][y] for r in sup_rows) for y in range(3)]
        m["raw"].append(dict(short=short, label=label, u=u, norm=norm, price=price, need=need,
                             rows=sup_rows, supply=supply, spare=[supply[y] - need[y] for y in range(3)],
                             cost=[need[y] * price / 1e6 for y in range(3)]))
    # staff
    staff = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    wage = [rnd(P["wage"] * (1 + P["g_wage"]) ** y, 0.01) for y in range(3)]
    m["staff"], m["wage"] = staff, wage
    m["wagefund"] = [staff[y] * wage[y] * 12 for y in range(3)]
    # investment and sources
    m["inv_total"] = sum(x[1] for x in P["inv"])
    m["fixed"] = sum(x[1] for x in P["inv"] if x[2])
    m["src_total"] = sum(x[1] for x in P["src"])
    m["depr"] = m["fixed"] / P["life"]
    m["interest"] = [P["loan"][y] * P["rate"] for y in range(3)]
    # revenue
    mode = P["mode"]
    m["rev_list_p"] = [[packs[i][y] * lst[i][y] / 1e6 for y in range(3)] for i in range(n)]
    m["rev_list"] = [sum(r[y] for r in m["rev_list_p"]) for y in range(3)]
    if mode == "net":
        lines = [[[qty[i][c][y] * net[i][c] / 1e6 for y in range(3)] for c in range(nc)] for i in range(n)]
        for i, c, y in plant.get("rev_at_list", []):
            lines[i][c][y] = qty[i][c][y] * lst[i][y] / 1e6
        m["rev_lines"] = lines
        m["rev"] = [sum(lines[i][c][y] for i in range(n) for c in range(nc)) for y in range(3)]
        m["rev_net"] = m["rev"]
    else:
        # discounts reckoned on the list revenue sold in each channel
        m["disc_ch"] = [[m["rev_list"][y] * cc["share"] * (cc["d"] or 0) for y in range(3)] for cc in chans]
        m["disc"] = [sum(r[y] for r in m["disc_ch"]) for y in range(3)]
        m["rev_net"] = [m["rev_list"][y] - m["disc"][y] for y in range(3)]
        m["rev"] = m["rev_list"] if mode == "gross_cost" else m["rev_net"]
    m["avg_rate"] = sum(cc["share"] * (cc["d"] or 0) for cc in chans)
    # costs
    cost: dict[str, list[float]] = {}
    for j, r in enumerate(m["raw"]):
        cost[f"raw{j}"] = r["cost"]
    for j, (_, per) in enumerate(P["var"]):
        cost[f"var{j}"] = [sum(packs[i][y] * per[i] for i in range(n)) / 1e6 for y in range(3)]
    cost["wage"] = m["wagefund"]
    if mode == "gross_cost":
        for j, (_, cidx) in enumerate(P["disc_rows"]):
            cost[f"disc{j}"] = [sum(m["disc_ch"][c][y] for c in cidx) for y in range(3)]
    cost["sell"] = [P["sell"]] * 3
    cost["depr"] = [m["depr"]] * 3
    if any(P["loan"]):
        cost["interest"] = m["interest"]
    cost["tax"] = [m["rev"][y] * P["tax"] for y in range(3)]
    cost["other"] = [P["other"]] * 3
    m["cost"] = cost
    total = [sum(v[y] for v in cost.values()) for y in range(3)]
    if "cost_total_omit" in plant:
        y, keys = plant["cost_total_omit"]
        total[y] -= sum(cost[x][y] for x in keys)
    m["cost_total"] = total
    profit = [m["rev"][y] - total[y] for y in range(3)]
    if "profit_factor" in plant:
        y, f = plant["profit_factor"]
        profit[y] = profit[y] * f
    m["profit"] = profit
    m["margin"] = [profit[y] / m["rev"][y] for y in range(3)]
    avg = sum(profit) / 3
    m["payback"] = m["inv_total"] / (avg + m["depr"])
    if "payback_text" in plant:
        m["payback"] = plant["payback_text"]
    return m


# --------------------------------------------------------------------------- tables
def cost_labels(k: str) -> dict[str, str]:
    P = PLANS[k]
    lab = {}
    for j, r in enumerate(P["raws"]):
        lab[f"raw{j}"] = f"{r[1]} ({fmt(r[4])} đ/{r[2]})"
    for j, (label, _) in enumerate(P["var"]):
        lab[f"var{j}"] = label
    lab["wage"] = "Tiền lương, tiền công"
    for j, (label, _) in enumerate(P.get("disc_rows", [])):
        lab[f"disc{j}"] = label
    lab["sell"] = "Quảng bá, vận chuyển, hội chợ"
    lab["depr"] = f"Khấu hao tài sản cố định ({P['life']} năm)"
    lab["interest"] = f"Lãi vay ({fmt(P['rate'] * 100, 1)} %/năm)"
    lab["tax"] = f"Thuế, phí ({fmt(P['tax'] * 100, 1)} % doanh thu)"
    lab["other"] = "Chi phí khác"
    return lab


def norm_txt(x: float) -> str:
    for d in (0, 1, 2, 3):
        if abs(rnd(x, 10 ** -d) - x) < 1e-9:
            return fmt(x, d)
    return fmt(x, 3)


def tables(k: str, m: dict) -> dict[str, list[tuple]]:
    """Each table of plan k: rows (label, [cells]); a cell is (number, decimals) or text."""
    P = PLANS[k]
    prods, chans, n, nc = P["products"], P["channels"], len(P["products"]), len(P["channels"])
    unit = P["unit"]
    T: dict[str, list[tuple]] = {}
    h = P["hist"]
    hl = P.get("hist_lab") or [f"Sản lượng ({unit})", f"Giá bán bình quân (đồng/{unit})",
                               "Doanh thu (triệu đồng)", "Lợi nhuận (triệu đồng)"]
    T["hist"] = [(hl[0], [(x, 0) for x in h["out"]]), (hl[1], [(x, 0) for x in h["price"]]),
                 (hl[2], [(x, 1) for x in m["h_rev"]]), (hl[3], [(x, 1) for x in m["h_profit"]])]
    # price table
    if P["mode"] == "net":
        rows = []
        for i, p in enumerate(prods):
            for c, cc in enumerate(chans):
                if cc["fixed"]:
                    mid = "giá xuất xưởng" if cc["kind"] == "xx" else "giá bán buôn"
                elif cc["d"] == 0:
                    mid = "–"
                else:
                    mid = (pct(cc["d"]), )
                cells = [(m["list"][i][0], 0), mid if isinstance(mid, str) else (cc["d"] * 100, 0), (m["net"][i][c], 0)]
                rows.append((f"{p[0]}, {cc['short']}", cells))
        T["price"] = rows
        vol = []
        for i, p in enumerate(prods):
            for c, cc in enumerate(chans):
                vol.append((f"{p[0]}, {cc['short']}", [(x, 0) for x in m["qty"][i][c]]))
            vol.append((f"Cộng {p[0].lower()}", [(x, 0) for x in m["packs"][i]]))
        T["vol"] = vol
        rev = []
        for i, p in enumerate(prods):
            for c, cc in enumerate(chans):
                rev.append((f"{p[0]}, {cc['short']}", [(x, 1) for x in m["rev_lines"][i][c]]))
        rev.append(("Tổng doanh thu", [(x, 1) for x in m["rev"]]))
        T["rev"] = rev
    else:
        if P["price_up"]:
            T["price"] = [(p[0], [(x, 0) for x in m["list"][i]]) for i, p in enumerate(prods)]
        else:
            T["price"] = [(p[0], [(m["list"][i][0], 0)]) for i, p in enumerate(prods)]
        T["chan"] = [(cc["name"], [(cc["share"] * 100, 0), (cc["d"] * 100, 0) if cc["d"] else "–"])
                     for cc in chans]
        rev = [(p[0], [(x, 1) for x in m["rev_list_p"][i]]) for i, p in enumerate(prods)]
        if P["mode"] == "gross_cost":
            rev.append(("Tổng doanh thu (giá niêm yết)", [(x, 1) for x in m["rev_list"]]))
        else:
            rev.append(("Doanh thu theo giá niêm yết", [(x, 1) for x in m["rev_list"]]))
            for c, cc in enumerate(chans):
                if cc["d"]:
                    rev.append((f"Giảm trừ: {cc['short']} ({pct(cc['d'])})", [(x, 1) for x in m["disc_ch"][c]]))
            rev.append(("Cộng các khoản giảm trừ", [(x, 1) for x in m["disc"]]))
            rev.append(("Doanh thu thuần", [(x, 1) for x in m["rev_net"]]))
        T["rev"] = rev
    # raw materials
    raw = []
    many = len(m["raw"]) > 1
    for r, spec in zip(m["raw"], P["raws"]):
        sfx = f" {r['short']}" if many else ""
        for lab, vals in r["rows"]:
            raw.append((lab, [(x, 0) for x in vals]))
        raw.append((f"Cộng nguồn cung{sfx}", [(x, 0) for x in r["supply"]]))
        raw.append((f"Nhu cầu{sfx} ({norm_txt(r['norm'])} {r['u']}/{unit or 'suất'})",
                    [(x, 1 if r['u'] == 'm³' else 0) for x in r["need"]]))
        if not P.get("no_balance"):
            raw.append((f"Còn dư{sfx}", [(x, 1 if r['u'] == 'm³' else 0) for x in r["spare"]]))
    T["raw"] = raw
    # output plan
    out = []
    for i, p in enumerate(prods):
        out.append((f"{p[0]} ({p[2]})", [(x, 0) for x in m["packs"][i]]))
    if unit:
        out.append((f"Sản lượng quy đổi ({unit})", [(x, 0) for x in m["out"]]))
    out.append((f"Công suất ({P['cap'][3]})", [(m["cap"], 0)] * 3))
    if P["use_row"]:
        out.append(("Mức sử dụng công suất (%)", [(x * 100, 1) for x in m["use"]]))
    T["out"] = out
    # staff
    st = [(r[0], [(x, 0) for x in r[1]]) for r in P["roles"]]
    st.append(("Tổng số lao động", [(x, 0) for x in m["staff"]]))
    st.append(("Lương bình quân (triệu đồng/tháng)", [(x, 2 if x * 10 % 1 > 1e-6 else 1) for x in m["wage"]]))
    st.append(("Quỹ lương (triệu đồng/năm)", [(x, 1) for x in m["wagefund"]]))
    T["staff"] = st
    # investment and sources
    T["inv"] = [(x[0], [(x[1], 0)]) for x in P["inv"]] + [("Tổng vốn đầu tư", [(m["inv_total"], 0)])]
    T["src"] = [(x[0], [(x[1], 0), (x[1] / m["src_total"] * 100, 1)]) for x in P["src"]] + \
        [("Tổng nguồn vốn", [(m["src_total"], 0), (100, 0)])]
    # costs
    lab = cost_labels(k)
    T["cost"] = [(lab[key], [(x, 1) for x in vals]) for key, vals in m["cost"].items()] + \
        [("Tổng chi phí", [(x, 1) for x in m["cost_total"]])]
    # summary
    revlab = {"net": "Doanh thu (giá thực thu)", "gross_cost": "Doanh thu (giá niêm yết)",
              "gross_deduct": "Doanh thu thuần"}[P["mode"]]
    T["sum"] = [(revlab, [(x, 1) for x in m["rev"]]), ("Tổng chi phí", [(x, 1) for x in m["cost_total"]]),
                ("Lợi nhuận trước thuế", [(x, 1) for x in m["profit"]]),
                ("Tỷ suất lợi nhuận/doanh thu (%)", [(x * 100, 1) for x in m["margin"]])]
    return T


# --------------------------------------------------------------------------- prose facts
def facts(k: str, m: dict) -> list[str]:
    """Figures the prose states, as exact strings computed from the model."""
    P = PLANS[k]
    f = []
    for i, p in enumerate(P["products"]):
        f.append(f"{fmt(p[4])} đồng/{p[2]}")
    for cc in P["channels"]:
        if cc["d"]:
            f.append(pct(cc["d"]))
    if P["unit"]:
        f.append(f"{fmt(m['out'][0])} {P['unit']}")
    f.append(f"{fmt(m['inv_total'])} triệu đồng")
    if k != "ib07":
        pass
    f.append(f"khoảng {fmt(m['payback'], 1)} năm")
    f.append(f"{fmt(m['rev'][0], 1)} triệu đồng")
    f.append(f"{fmt(m['h_growth'] * 100, 1)} %/năm")
    return f


# --------------------------------------------------------------------------- declared defects
# PLANTED: (table, row label, year index) cells that carry a planted numeric defect.
# KNOCK: (table, row label) cells that follow a planted defect (the printed model differs from
# the true one there, consistently with the planted figure).
PLANTED = {
    "ib05": [("cost", "Tổng chi phí", 1)],
    "ib06": [("rev", f"{p}, {c}", 1) for p in ("Chai 700 g", "Hũ 500 g") for c in ("đại lý", "siêu thị", "sàn TMĐT")],
    "ib08": [("sum", "Lợi nhuận trước thuế", 0)],
}
KNOCK = {
    "ib05": [("sum", "Tổng chi phí"), ("sum", "Lợi nhuận trước thuế"), ("sum", "Tỷ suất lợi nhuận/doanh thu (%)")],
    "ib06": [("rev", "Tổng doanh thu"), ("sum", "Doanh thu (giá thực thu)"), ("sum", "Lợi nhuận trước thuế"),
             ("sum", "Tỷ suất lợi nhuận/doanh thu (%)"), ("cost", "Thuế, phí (1,5 % doanh thu)"),
             ("cost", "Tổng chi phí"), ("sum", "Tổng chi phí")],
    "ib08": [("sum", "Tỷ suất lợi nhuận/doanh thu (%)")],
}

# words whose absence makes a textual defect; presence asserted for the ready plans' papers
LACKS = {
    "ib05": [(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "alcohol licence"),
             (r"môi trường|chất thải|nước thải|bỗng|bã rượu|xử lý|biogas|(?<!\w)rác|mùi|bể lắng", "environment")],
    "ib06": [(r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn", "label")],
    "ib07": [(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu", "product standard")],
    "ib08": [(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ|chỉ dẫn địa lý", "trademark")],
    "ib09": [(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết|HACCP|ISO 22000", "food safety")],
    "ib10": [(r"đăng ký kinh doanh|đăng ký hộ kinh doanh|giấy chứng nhận đăng ký|mã số thuế|hộ kinh doanh|"
              r"doanh nghiệp|hợp tác xã|tổ hợp tác|công ty cổ phần|công ty TNHH Tùng", "business registration"),
             (r"148/QĐ-TTg|1489/QĐ-TTg", "current programme")],
}
READY_HAS = {
    "ib01": ["an toàn thực phẩm", "tự công bố", "tiêu chuẩn cơ sở", "phiếu kết quả thử nghiệm", "43/2017/NĐ-CP",
             "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất", "nước thải"],
    "ib02": ["an toàn thực phẩm", "tự công bố", "tiêu chuẩn cơ sở", "TCVN 5107:2018", "43/2017/NĐ-CP", "111/2021/NĐ-CP",
             "nhãn hiệu", "truy xuất", "đăng ký môi trường", "nước rửa", "mùi"],
    "ib03": ["an toàn thực phẩm", "tự công bố", "tiêu chuẩn cơ sở", "phiếu kết quả thử nghiệm", "43/2017/NĐ-CP",
             "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất", "không ghi công dụng chữa bệnh"],
    "ib04": ["Luật Du lịch", "TCVN 7800:2017", "phòng cháy", "an toàn thực phẩm", "bể tự hoại", "nhãn hiệu",
             "niêm yết giá", "đăng ký doanh nghiệp"],
}
REVISE_HAS = {
    "ib05": ["an toàn thực phẩm", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "nhãn hiệu", "truy xuất", "độ cồn",
             "148/QĐ-TTg"],
    "ib06": ["an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu", "truy xuất", "148/QĐ-TTg"],
    "ib07": ["an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "truy xuất", "nước thải", "148/QĐ-TTg"],
    "ib08": ["an toàn thực phẩm", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "truy xuất", "148/QĐ-TTg"],
    "ib09": ["tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "nhãn hiệu", "truy xuất", "nước thải", "148/QĐ-TTg"],
    "ib10": ["1048/QĐ-TTg", "cấp huyện", "123/2018/NQ-HĐND", "nhãn hiệu", "43/2017/NĐ-CP", "bụi"],
}
SKETCHY = {
    "ib11": ["bánh ram", "10 %"],
    "ib12": ["miến dong", "70.000 đồng/kg", "90.000 đồng/kg"],
}


# --------------------------------------------------------------------------- checking
class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables_md(self) -> list[list[list[str]]]:
        """The plan's tables in order of their captions "Bảng N.": rows of cells (header kept)."""
        out: list[list[list[str]]] = []
        lines = self.body.splitlines()
        i, want = 0, 1
        while i < len(lines):
            if re.match(rf"\**Bảng {want}\.", lines[i].strip()):
                j = i + 1
                while j < len(lines) and not lines[j].strip().startswith("|"):
                    j += 1
                rows = []
                while j < len(lines) and lines[j].strip().startswith("|"):
                    cells = [c.strip().strip("*").strip() for c in lines[j].strip().strip("|").split("|")]
                    if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                        rows.append(cells)
                    j += 1
                out.append(rows)
                want += 1
                i = j
            else:
                i += 1
        return out


NUMCELL = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?( ?%)?$")


def num(c: str) -> float:
    return float(c.replace("%", "").strip().replace(".", "").replace(",", "."))


def numbers(row: list[str], label: str) -> list[float]:
    i = row.index(label)
    return [num(c) for c in row[i + 1:] if NUMCELL.match(c)]


def cell_ok(a: float, b: float) -> bool:
    return close(a, b) or abs(a - b) <= 0.11


def check_full(k: str) -> Plan:
    P = PLANS[k]
    pl = Plan(next(p.stem for p in Plan.src.glob(f"{k}_*.md")))
    mp, mt = model(k, True), model(k, False)
    tp, tt = tables(k, mp), tables(k, mt)
    md = pl.tables_md()
    order = P["order"]
    pl.check(len(md) == len(order), f"{len(md)} tables captioned, {len(order)} expected")
    planted = {(t, lab, y) for t, lab, y in PLANTED.get(k, [])}
    knock = {(t, lab) for t, lab in KNOCK.get(k, [])}
    for key, rows_md in zip(order, md):
        if key not in tp:
            continue
        for (lab, cells), (_, tcells) in zip(tp[key], tt[key]):
            found = [r for r in rows_md if lab in r]
            if len(found) != 1:
                pl.failures.append(f"{key}: row {lab!r} found {len(found)} times")
                continue
            got = numbers(found[0], lab)
            pcols = {"price": {1} if P["mode"] == "net" else set(), "chan": {0, 1}}.get(key, set())
            after = found[0][found[0].index(lab) + 1:]
            for j, c in enumerate(after):
                if NUMCELL.match(c) and c.endswith("%") != (j in pcols):
                    pl.failures.append(f"{key}: {lab!r} cell {c!r}: a % sign where none belongs, or missing")
            want = [c[0] for c in cells if isinstance(c, tuple)]
            true = [c[0] for c in tcells if isinstance(c, tuple)]
            if len(got) != len(want):
                pl.failures.append(f"{key}: row {lab!r} has {len(got)} numbers, model {len(want)}")
                continue
            for y, (g, w, t) in enumerate(zip(got, want, true)):
                if not cell_ok(g, w):
                    pl.failures.append(f"{key}: {lab!r}[{y}] printed {g}, model {w:.2f}")
                if (key, lab, y) in planted:
                    pl.check(off(g, t), f"planted {key}: {lab!r}[{y}] {g} not >5 % off the true {t:.1f}")
                elif not cell_ok(g, t) and (key, lab) not in knock:
                    pl.failures.append(f"{key}: {lab!r}[{y}] printed {g} differs from the true {t:.2f}")
    for f in facts(k, mp):
        pl.has(f)
    # sanity of the model as a careful reviewer reads it
    if P["unit"] and k != "ib10":
        pl.check(mt["out"][0] <= P["hist"]["out"][2] * 1.2, "2027 output more than +20 % over 2026")
    for y in range(3):
        pl.check(0 < mt["margin"][y] < 0.45, f"true margin {mt['margin'][y]:.2f} in year {y}")
    return pl


def check_ready(pl: Plan, k: str) -> None:
    pl.lacks(REPLACED, "replaced instrument or district level")
    pl.lacks(PLACEHOLDER, "template placeholder")
    pl.has("148/QĐ-TTg", "1489/QĐ-TTg", *READY_HAS[k])
    for y in re.findall(r"(?:hiệu lực|giá trị) đến (?:ngày )?\d{1,2}/\d{1,2}/(\d{4})", pl.body):
        pl.check(int(y) >= 2030, f"a paper valid only to {y}")
    m = model(k, False)
    pl.check(max(m["use"]) <= 0.85, "capacity use over 85 %")
    for r in m["raw"]:
        pl.check(all(r["spare"][y] > 0 for y in range(3)), f"{r['short']} short")
    pl.check(close(m["src_total"], m["inv_total"]), "sources differ from investment")


def check_revise(pl: Plan, k: str) -> None:
    mp, mt = model(k, True), model(k, False)
    for pat, what in LACKS.get(k, []):
        pl.lacks(pat, f"planted defect ({what}) but the plan mentions it")
    pl.has(*REVISE_HAS[k])
    if k != "ib09":
        pl.lacks(PLACEHOLDER, "template placeholder")
    if k != "ib10":
        pl.lacks(REPLACED, "replaced instrument or district level")
        pl.has("1489/QĐ-TTg")
    if k == "ib05":  # table-total-mismatch: the 2028 cost lines add up to more than the total
        lines = sum(v[1] for v in mp["cost"].values())
        pl.check(off(mp["cost_total"][1], lines), "ib05 cost total not off")
    if k == "ib06":  # revenue-mismatch (2028 at list price) and material-shortfall
        pl.check(off(mp["rev"][1], mt["rev"][1]), "ib06 2028 revenue not off")
        r = mt["raw"][0]
        pl.check(off(r["need"][1], r["supply"][1]) and r["need"][1] > r["supply"][1], "ib06 2028 honey not short")
        pl.check(off(r["need"][2], r["supply"][2]) and r["need"][2] > r["supply"][2], "ib06 2029 honey not short")
        pl.lacks(r"Còn dư|thiếu hụt|Chênh lệch", "ib06 balance row")
        pl.has("đủ nguyên liệu")
    if k == "ib07":  # capital-mismatch and figure-inconsistent (list price of the 500 g box)
        pl.check(off(mt["src_total"], mt["inv_total"]), "ib07 sources equal the investment")
        pl.has("100.000 đồng/hộp 500 g", "90.000 đồng/hộp", "bảo đảm đủ vốn")
        pl.check(off(100000, PLANS[k]["products"][0][4]), "ib07 stated price not off")
    if k == "ib08":  # capacity-exceeded, profit-mismatch
        pl.check(mt["out"][2] > mt["cap"] * 1.05, "ib08 2029 output within capacity")
        pl.check(off(mp["profit"][0], mt["rev"][0] - mt["cost_total"][0]), "ib08 profit not off")
        pl.has("đủ công suất")
        pl.lacks(r"Mức sử dụng công suất", "ib08 use row")
    if k == "ib09":  # payback-mismatch, boilerplate
        true_pb = mt["inv_total"] / (sum(mt["profit"]) / 3 + mt["depr"])
        pl.check(off(1.8, true_pb), "ib09 payback not off")
        pl.has("khoảng 1,8 năm", "……/2026/HĐNT", "[tên siêu thị]")
    if k == "ib10":  # unrealistic-growth: +80 % and +60 % with the same 4 people and channels
        pl.check(mt["out"][1] / mt["out"][0] > 1.5 and mt["out"][2] / mt["out"][1] > 1.5, "ib10 growth")
        pl.check(PLANS[k]["roles"][1][1][0] == PLANS[k]["roles"][1][1][2], "ib10 staff change")
        pl.check(all(r["spare"][y] > 0 for r in mt["raw"] for y in range(3)), "ib10 wood short")


def check_sketchy(k: str) -> Plan:
    pl = Plan(next(p.stem for p in Plan.src.glob(f"{k}_*.md")))
    words = len(re.findall(r"\w+", pl.body))
    pl.check(150 <= words <= 350, f"{words} words")
    pl.check(not pl.rows, "a table in a sketchy plan")
    pl.lacks(r"Bảng \d", "table caption")
    pl.has(*SKETCHY[k])
    pl.lacks(r"tiêu chuẩn cơ sở|tự công bố|nhãn hiệu|truy xuất|đủ điều kiện", "a paper in a sketchy plan")
    pl.lacks(PLACEHOLDER, "template placeholder")
    return pl


READY = ("ib01", "ib02", "ib03", "ib04")
REVISE = ("ib05", "ib06", "ib07", "ib08", "ib09", "ib10")


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if re.fullmatch(r"ib\d\d", a)] or [f"ib{i:02d}" for i in range(1, 13)]
    plans = []
    for k in keys:
        if k in ("ib11", "ib12"):
            plans.append(check_sketchy(k))
            continue
        pl = check_full(k)
        (check_ready if k in READY else check_revise)(pl, k)
        plans.append(pl)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
