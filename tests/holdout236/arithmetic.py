"""The 236th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand on plans that count and cost their packaging.

    .venv/bin/python tests/holdout236/arithmetic.py [ic01 ic05 ...]

Theme: every full plan (ic01-ic10) lists its packaging bill of materials - bottles, jars, cans,
caps, seals, labels, bags, boxes, gift boxes, cartons, dividers, hang tags - with the quantity per
pack and per carton, the unit price in đồng (some with a breakage allowance "hao hụt"), and the
yearly quantities and costs, which must follow the packs and cartons the plan makes. The constants
give, per plan: the products (label, pack word, size in the plan's base unit, packs per carton,
price per year, packs per year), the packaging items per product (per pack or per carton, quantity,
unit price, allowance), the raw materials (norm per base unit or per pack, price, supply rows as
count x yield), the rated capacity, staff by role and the monthly wage, the cost lines (raw
material, packaging, wages, energy per base unit, piece work per pack, shares of revenue,
depreciation, interest, fixed lines), investment items and sources, loan balances and the 2024-2026
history. `model()` turns them into every figure the plan prints (true values) and, with the planted
defects applied, the figures as printed; `tables()` lays both out as the plan's tables. The check
reads every table of the plan's source (found by its caption "Bảng N.") and compares each number
with the printed model (within 1 %); wherever the printed model departs from the true one by more
than 1 %, the cell must be a declared planted defect (off by more than 5 %) or a declared knock-on.
On top of that it redoes the reviewer's arithmetic from the printed numbers themselves (revenue =
packs x price, packaging quantity = packs x quantity per pack (+ allowance) or cartons x quantity
per carton, packaging cost = quantity x unit price, cost total, profit, sources = investment,
payback, need against supply, output against capacity, growth) and asserts the textual defects by
the absence or presence of their words. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import re
import sys
from math import isclose
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


def P(label, word, size, per_carton, price, packs):
    return dict(label=label, word=word, size=size, per_carton=per_carton, price=price, packs=packs)


def I(prod, label, unit, basis, qty, cost, waste=0.0):
    """A packaging item of product `prod`: `basis` 'pack' (qty per pack) or 'carton' (qty per
    carton); unit price `cost` in đồng; `waste` a breakage/spoilage allowance (share)."""
    return dict(prod=prod, label=label, unit=unit, basis=basis, qty=qty, cost=cost, waste=waste)


def R(label, unit, price, supply, norm=None, per_pack=None):
    """A raw material: `norm` per base unit of output, or `per_pack` (one figure per product);
    `price` đồng per unit; `supply` rows (label, [count per year], count word, yield per count)."""
    return dict(label=label, unit=unit, price=price, supply=supply, norm=norm, per_pack=per_pack)


# --------------------------------------------------------------------------- constants
PLANS: dict[str, dict] = {
    # ---------------------------------------------------------------- ic01 fish sauce, ready
    "ic01": dict(
        unit="lít",
        products=[
            P("Nước mắm cốt 40 độ đạm, chai thủy tinh 500 ml", "chai", 0.5, 12,
              [68000, 70000, 72000], [21600, 24000, 26400]),
            P("Nước mắm 30 độ đạm, chai PET 1 lít", "chai", 1, 12,
              [75000, 77000, 79000], [9600, 10800, 12000]),
            P("Nước mắm 25 độ đạm, can PET 2 lít", "can", 2, 6,
              [110000, 113000, 116000], [2400, 2700, 3000])],
        bom=[I(0, "Chai thủy tinh 500 ml", "chai", "pack", 1, 5200, 0.02),
             I(0, "Nắp nhôm chống giả (chai 500 ml)", "cái", "pack", 1, 950),
             I(0, "Màng co cổ chai", "cái", "pack", 1, 200),
             I(0, "Nhãn decal chai 500 ml", "cái", "pack", 1, 650),
             I(0, "Thùng carton 5 lớp, 12 chai 500 ml", "thùng", "carton", 1, 8400),
             I(0, "Vách ngăn 12 ô", "bộ", "carton", 1, 2400),
             I(1, "Chai PET 1 lít", "chai", "pack", 1, 3300),
             I(1, "Nắp vặn có vòng seal (chai 1 lít)", "cái", "pack", 1, 450),
             I(1, "Nhãn decal chai 1 lít", "cái", "pack", 1, 800),
             I(1, "Thùng carton 12 chai 1 lít", "thùng", "carton", 1, 9600),
             I(2, "Can PET 2 lít có quai", "can", "pack", 1, 5400),
             I(2, "Nắp can", "cái", "pack", 1, 500),
             I(2, "Nhãn decal can 2 lít", "cái", "pack", 1, 900),
             I(2, "Thùng carton 6 can", "thùng", "carton", 1, 7200)],
        raws=[R("Cá cơm tươi", "kg", 18000, [
                  ("Chủ tàu thôn Hải Thành (hợp đồng)", [5, 5, 5], "tàu", 5500),
                  ("Vựa cá cảng Cửa Sót (hợp đồng)", [2, 2, 2], "vựa", 8000)], norm=1.3),
              R("Muối hạt", "kg", 3500, [
                  ("Diêm dân xã Thạch Kim (hợp đồng)", [12, 12, 12], "hộ", 1000)], norm=0.35)],
        cap=dict(rating=600, mult=64, text="64 thùng chượp × 600 lít/năm", prods=None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ủ chượp, kéo rút, lọc", [4, 4, 5]),
               ("Chiết rót, dán nhãn, đóng thùng", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        costs=[("raw", "Cá cơm, muối"), ("pack", "Bao bì đóng gói"), ("wage", "Tiền lương"),
               ("unit", "Điện, nước, củi", 1800, "1.800 đ/lít"),
               ("share", "Bán hàng, vận chuyển", 0.06), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("share", "Thuế, phí", 0.015), ("fixed", "Chi phí khác", 60)],
        inv=[("Nhà ủ chượp cách nhiệt 150 m²", 350, True), ("24 thùng chượp gỗ bổ sung", 144, True),
             ("Máy chiết rót, đóng nắp, co màng", 180, True), ("Bể lọc, bồn inox chứa mắm", 100, True),
             ("Bể thu gom, xử lý nước rửa", 90, True),
             ("Thiết kế bao bì, nhãn, tem QR", 40, False), ("Vốn lưu động (cá, muối, bao bì)", 396, False)],
        src=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 450, 300], rate=0.08,
        hist=dict(out=[19800, 21400, 23100], price=[88000, 90000, 92000], margin=[0.11, 0.12, 0.13])),
    # ---------------------------------------------------------------- ic02 honey, ready
    "ic02": dict(
        unit="kg",
        products=[
            P("Mật ong rừng, hũ thủy tinh 250 g", "hũ", 0.25, 24,
              [95000, 98000, 101000], [9600, 10800, 12000]),
            P("Mật ong rừng, hũ thủy tinh 500 g", "hũ", 0.5, 12,
              [175000, 180000, 185000], [6000, 6600, 7200]),
            P("Hộp quà 2 hũ 250 g", "hộp", 0.5, 8,
              [230000, 236000, 242000], [1600, 1800, 2000])],
        bom=[I(0, "Hũ thủy tinh 250 g", "hũ", "pack", 1, 4500, 0.02),
             I(0, "Nắp thiếc hũ 250 g", "cái", "pack", 1, 1200),
             I(0, "Màng seal nhôm hũ 250 g", "cái", "pack", 1, 300),
             I(0, "Nhãn hũ 250 g", "cái", "pack", 1, 600),
             I(0, "Thùng carton 24 hũ 250 g", "thùng", "carton", 1, 12000),
             I(1, "Hũ thủy tinh 500 g", "hũ", "pack", 1, 6500, 0.02),
             I(1, "Nắp thiếc hũ 500 g", "cái", "pack", 1, 1500),
             I(1, "Màng seal nhôm hũ 500 g", "cái", "pack", 1, 400),
             I(1, "Nhãn hũ 500 g", "cái", "pack", 1, 800),
             I(1, "Thùng carton 12 hũ 500 g", "thùng", "carton", 1, 12000),
             I(2, "Hũ thủy tinh 250 g (hộp quà)", "hũ", "pack", 2, 4500, 0.02),
             I(2, "Nắp, màng seal, nhãn (bộ)", "bộ", "pack", 2, 2100),
             I(2, "Hộp quà giấy cứng có khay", "hộp", "pack", 1, 18000),
             I(2, "Túi giấy xách", "cái", "pack", 1, 4000),
             I(2, "Thùng carton 8 hộp quà", "thùng", "carton", 1, 16000)],
        raws=[R("Mật ong thô", "kg", 160000, [
                  ("Đàn ong của 26 thành viên", [820, 860, 900], "đàn", 9),
                  ("Hộ nuôi ong xã Sơn Hồng (hợp đồng)", [6, 6, 6], "hộ", 180)], norm=1.05)],
        cap=dict(rating=40, mult=230, text="máy hạ thủy phần 40 kg/ngày × 230 ngày", prods=None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Lọc, hạ thủy phần", [2, 2, 2]),
               ("Chiết hũ, dán nhãn, đóng thùng", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        costs=[("raw", "Mật ong thô"), ("pack", "Hũ, nắp, nhãn, hộp, thùng"), ("wage", "Tiền lương"),
               ("unit", "Điện, nước", 2000, "2.000 đ/kg"),
               ("share", "Bán hàng, quảng bá", 0.05), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("share", "Thuế, phí", 0.015), ("fixed", "Chi phí khác", 40)],
        inv=[("Phòng lọc, chiết hũ 40 m²", 180, True), ("Máy hạ thủy phần 40 kg/mẻ", 210, True),
             ("Bồn lắng, máy lọc inox", 90, True), ("Máy đóng nắp, máy in date", 60, True),
             ("Thiết kế nhãn, hộp quà, tem QR", 45, False), ("Vốn lưu động", 315, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Chính sách xã hội", 300),
             ("Quỹ phát triển hợp tác xã", 200)],
        life=10, loan=[300, 200, 100], rate=0.066,
        hist=dict(out=[5100, 5500, 5800], price=[330000, 340000, 350000], margin=[0.12, 0.13, 0.13])),
    # ---------------------------------------------------------------- ic03 sim wine, revise
    "ic03": dict(
        unit="lít",
        products=[
            P("Rượu nếp sim 29 độ, chai thủy tinh 500 ml", "chai", 0.5, 12,
              [95000, 95000, 95000], [8400, 15600, 26400]),
            P("Rượu nếp sim, bình sứ 1 lít hộp quà", "bình", 1, 6,
              [260000, 260000, 260000], [1200, 2220, 3780]),
            P("Rượu nếp sim 29 độ, chai 300 ml", "chai", 0.3, 24,
              [45000, 45000, 45000], [2400, 4440, 7560])],
        bom=[I(0, "Chai thủy tinh 500 ml", "chai", "pack", 1, 6000),
             I(0, "Nút gỗ bọc nhựa", "cái", "pack", 1, 1200),
             I(0, "Màng co cổ chai", "cái", "pack", 1, 250),
             I(0, "Nhãn chính và nhãn phụ 500 ml", "bộ", "pack", 1, 900),
             I(0, "Thùng carton 12 chai 500 ml", "thùng", "carton", 1, 9000),
             I(1, "Bình sứ 1 lít", "bình", "pack", 1, 38000),
             I(1, "Nút bình, dây niêm", "bộ", "pack", 1, 2500),
             I(1, "Nhãn bình sứ", "bộ", "pack", 1, 1500),
             I(1, "Hộp quà giấy cứng", "hộp", "pack", 1, 22000),
             I(1, "Thùng carton 6 hộp quà", "thùng", "carton", 1, 12000),
             I(2, "Chai thủy tinh 300 ml", "chai", "pack", 1, 4200),
             I(2, "Nắp vặn nhôm 300 ml", "cái", "pack", 1, 700),
             I(2, "Nhãn chai 300 ml", "bộ", "pack", 1, 700),
             I(2, "Thùng carton 24 chai 300 ml", "thùng", "carton", 1, 9600)],
        raws=[R("Gạo nếp cái", "kg", 22000, [
                  ("Ruộng nếp của thành viên", [12, 12, 12], "ha", 4000)], norm=1.5),
              R("Quả sim chín", "kg", 15000, [
                  ("Đồi sim của hợp tác xã và thành viên", [20, 20, 20], "ha", 900)], norm=0.8)],
        cap=dict(rating=120, mult=270, text="3 nồi × 40 lít/ngày × 270 ngày", prods=None),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [2, 2, 2]),
               ("Ngâm sim, lọc, chiết chai", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        costs=[("raw", "Gạo nếp, quả sim, men"), ("pack", "Bao bì, nhãn, hộp quà"), ("wage", "Tiền lương"),
               ("unit", "Củi, điện, nước", 4000, "4.000 đ/lít"),
               ("share", "Bán hàng, quảng bá", 0.06), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("share", "Thuế, phí", 0.02), ("fixed", "Chi phí khác", 45)],
        inv=[("Nhà ủ và kho chứa rượu 80 m²", 260, True), ("Nồi chưng cất inox thứ ba", 90, True),
             ("Máy lọc, khử andehit, chiết rót", 220, True), ("Hầm biogas xử lý bã rượu", 70, True),
             ("Thiết kế nhãn, hộp quà", 40, False), ("Vốn lưu động", 320, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        life=10, loan=[500, 400, 300], rate=0.08,
        hist=dict(out=[5100, 5400, 5750], price=[160000, 165000, 170000], margin=[0.12, 0.13, 0.13])),
    # ---------------------------------------------------------------- ic04 peanut oil, revise
    "ic04": dict(
        unit="lít",
        products=[
            P("Dầu lạc nguyên chất, chai PET 500 ml", "chai", 0.5, 20,
              [85000, 87000, 90000], [6000, 6800, 7600]),
            P("Dầu lạc nguyên chất, chai PET 1 lít", "chai", 1, 12,
              [160000, 165000, 170000], [4800, 5400, 6000]),
            P("Dầu lạc nguyên chất, can 5 lít", "can", 5, 4,
              [760000, 780000, 800000], [400, 480, 560])],
        bom=[I(0, "Chai PET 500 ml", "chai", "pack", 1, 2600),
             I(0, "Nắp 500 ml", "cái", "pack", 1, 400),
             I(0, "Nhãn 500 ml", "cái", "pack", 1, 600),
             I(0, "Thùng carton 20 chai 500 ml", "thùng", "carton", 1, 9000),
             I(1, "Chai PET 1 lít", "chai", "pack", 1, 3800),
             I(1, "Nắp 1 lít", "cái", "pack", 1, 450),
             I(1, "Nhãn 1 lít", "cái", "pack", 1, 700),
             I(1, "Thùng carton 12 chai 1 lít", "thùng", "carton", 1, 9600),
             I(2, "Can nhựa 5 lít", "can", "pack", 1, 14000),
             I(2, "Nắp can", "cái", "pack", 1, 800),
             I(2, "Nhãn can", "cái", "pack", 1, 1200),
             I(2, "Thùng carton 4 can", "thùng", "carton", 1, 10000)],
        raws=[R("Lạc nhân", "kg", 38000, [
                  ("Hộ tổ viên", [14, 14, 14], "hộ", 900),
                  ("Hộ trồng lạc thôn Trung Lương (hợp đồng)", [19, 19, 19], "hộ", 600)], norm=2.4)],
        cap=dict(rating=60, mult=280, text="máy ép trục vít 60 lít/ngày × 280 ngày", prods=None),
        roles=[("Tổ trưởng, kế toán", [1, 1, 1]), ("Rang, ép, lắng lọc", [2, 2, 2]),
               ("Chiết chai, bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        costs=[("raw", "Lạc nhân"), ("pack", "Chai, can, nắp, nhãn, thùng"), ("wage", "Tiền công"),
               ("unit", "Điện, củi rang", 2500, "2.500 đ/lít"),
               ("share", "Bán hàng, vận chuyển", 0.05), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("share", "Thuế, phí", 0.015), ("fixed", "Chi phí khác", 30)],
        inv=[("Máy ép dầu trục vít", 160, True), ("Máy rang lạc, máy bóc vỏ", 90, True),
             ("Bồn lắng, máy lọc ép khung bản", 70, True), ("Cải tạo xưởng ép 50 m²", 80, True),
             ("Thiết kế nhãn, thùng", 20, False), ("Vốn lưu động", 280, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Quỹ hỗ trợ nông dân", 300)],
        life=8, loan=[300, 200, 100], rate=0.06,
        hist=dict(out=[8300, 8800, 9200], price=[150000, 155000, 158000], margin=[0.09, 0.10, 0.10])),
    # ---------------------------------------------------------------- ic05 cu đơ candy, revise
    "ic05": dict(
        unit="kg",
        products=[
            P("Cu đơ lạc, hộp giấy 300 g (6 thanh)", "hộp", 0.3, 40,
              [48000, 50000, 52000], [24000, 26000, 28000]),
            P("Cu đơ gừng, túi 500 g", "túi", 0.5, 30,
              [70000, 72000, 75000], [9000, 9900, 10800]),
            P("Hộp quà cu đơ 800 g (2 hộp 400 g)", "hộp", 0.8, 10,
              [150000, 155000, 160000], [3000, 3300, 3600])],
        bom=[I(0, "Giấy bóng kính gói thanh", "tờ", "pack", 6, 120),
             I(0, "Hộp giấy in offset 300 g", "hộp", "pack", 1, 3500),
             I(0, "Màng co hộp", "cái", "pack", 1, 300),
             I(0, "Thùng carton 40 hộp", "thùng", "carton", 1, 14000),
             I(1, "Giấy bóng kính gói miếng", "tờ", "pack", 10, 120),
             I(1, "Túi zip kraft có cửa sổ 500 g", "túi", "pack", 1, 2800),
             I(1, "Thùng carton 30 túi", "thùng", "carton", 1, 12000),
             I(2, "Giấy bóng kính (hộp quà)", "tờ", "pack", 16, 120),
             I(2, "Hộp giấy nhỏ 400 g", "hộp", "pack", 2, 3000),
             I(2, "Hộp quà giấy cứng bồi", "hộp", "pack", 1, 22000),
             I(2, "Túi giấy xách", "cái", "pack", 1, 3500),
             I(2, "Thùng carton 10 hộp quà", "thùng", "carton", 1, 16000)],
        raws=[R("Lạc nhân", "kg", 42000, [
                  ("Hộ trồng lạc xã Tiên Điền (hợp đồng)", [25, 25, 25], "hộ", 300)], norm=0.42),
              R("Mật mía, đường", "kg", 22000, [
                  ("Cơ sở mật mía Hương Khê (hợp đồng)", [1, 1, 1], "cơ sở", 9000)], norm=0.48),
              R("Bánh đa mỏng, gừng", "kg", 60000, [
                  ("Hộ làm bánh đa, trồng gừng thôn Xuân Phổ", [6, 6, 6], "hộ", 300)], norm=0.1)],
        cap=dict(rating=80, mult=280, text="nồi nấu mật 40 kg/mẻ × 2 mẻ/ngày × 280 ngày", prods=None),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Nấu mật, cán, cắt", [4, 4, 4]),
               ("Gói, đóng hộp, đóng thùng", [4, 4, 5]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[5.5, 5.8, 6.1],
        costs=[("raw", "Lạc, mật mía, đường, bánh đa"), ("pack", "Bao bì đóng gói"), ("wage", "Tiền lương"),
               ("unit", "Điện, gas", 3000, "3.000 đ/kg"),
               ("share", "Bán hàng, vận chuyển", 0.06), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("share", "Thuế, phí", 0.015), ("fixed", "Chi phí khác", 70)],
        inv=[("Nồi nấu mật hai vỏ, máy cán", 260, True), ("Máy cắt thanh, máy gói", 190, True),
             ("Máy co màng, băng tải đóng hộp", 120, True), ("Cải tạo xưởng theo một chiều", 250, True),
             ("Thiết kế hộp, túi, hộp quà", 60, False), ("Vốn lưu động", 420, False)],
        src=[("Vốn góp của cổ đông", 800), ("Vay Ngân hàng thương mại", 500)],
        life=10, loan=[500, 380, 260], rate=0.08,
        hist=dict(out=[11800, 12600, 13300], price=[148000, 152000, 156000], margin=[0.09, 0.10, 0.10])),
    # ---------------------------------------------------------------- ic06 passion fruit, revise
    "ic06": dict(
        unit="lít",
        products=[
            P("Nước chanh leo, chai PET 330 ml", "chai", 0.33, 24,
              [11000, 11500, 12000], [96000, 112800, 132000]),
            P("Nước cốt chanh leo, chai thủy tinh 1 lít", "chai", 1, 12,
              [75000, 77000, 79000], [9600, 11280, 13200])],
        bom=[I(0, "Chai PET 330 ml", "chai", "pack", 1, 1600),
             I(0, "Nắp nhựa 330 ml", "cái", "pack", 1, 300),
             I(0, "Nhãn màng co 330 ml", "cái", "pack", 1, 450),
             I(0, "Thùng carton 24 chai", "thùng", "carton", 1, 8400),
             I(1, "Chai thủy tinh 1 lít", "chai", "pack", 1, 7200),
             I(1, "Nắp nhôm 1 lít", "cái", "pack", 1, 900),
             I(1, "Nhãn decal 1 lít", "cái", "pack", 1, 700),
             I(1, "Thùng carton 12 chai", "thùng", "carton", 1, 9600)],
        raws=[R("Quả chanh leo", "kg", 12000, [
                  ("Vườn chanh leo của hộ", [2, 2, 2], "ha", 18000),
                  ("Hộ trồng chanh leo thôn Liên Hòa", [12, 12, 12], "hộ", 1500)],
                per_pack=[0.12, 1.8]),
              R("Đường kính", "kg", 22000, [
                  ("Đại lý đường Hương Liên (hợp đồng)", [1, 1, 1], "đại lý", 5000)],
                per_pack=[0.025, 0.1])],
        cap=dict(rating=500, mult=250, text="máy chiết rót – đóng nắp 500 chai/ngày × 250 ngày",
                 prods=None, count="packs"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Ép, lọc, thanh trùng", [2, 2, 2]),
               ("Chiết rót, đóng thùng, giao hàng", [3, 3, 3])],
        wage=[5.0, 5.2, 5.4],
        costs=[("raw", "Chanh leo, đường"), ("pack", "Chai, nắp, nhãn, thùng"), ("wage", "Tiền công"),
               ("unit", "Điện, nước, gas", 1500, "1.500 đ/lít"),
               ("share", "Bán hàng, vận chuyển", 0.06), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("share", "Thuế, phí", 0.015), ("fixed", "Chi phí khác", 30)],
        inv=[("Máy ép, máy lọc chanh leo", 120, True), ("Nồi thanh trùng 200 lít", 90, True),
             ("Cải tạo phòng chế biến 50 m²", 110, True), ("Thiết kế nhãn, thùng", 25, False),
             ("Vốn lưu động", 205, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066,
        hist=dict(out=[30000, 33500, 37000], price=[38000, 39500, 41000], margin=[0.10, 0.11, 0.11])),
    # ---------------------------------------------------------------- ic07 turmeric, revise
    "ic07": dict(
        unit="kg",
        products=[
            P("Tinh bột nghệ vàng, hũ thủy tinh 200 g", "hũ", 0.2, 24,
              [120000, 124000, 128000], [12000, 13200, 14400]),
            P("Tinh bột nghệ vàng, túi zip 500 g", "túi", 0.5, 20,
              [270000, 278000, 286000], [3000, 3300, 3600]),
            P("Tinh bột nghệ, túi 1 kg cho đại lý", "túi", 1, 10,
              [500000, 515000, 530000], [600, 660, 720])],
        bom=[I(0, "Hũ thủy tinh 200 g", "hũ", "pack", 1, 5500),
             I(0, "Nắp thiếc", "cái", "pack", 1, 1300),
             I(0, "Nhãn hũ", "cái", "pack", 1, 700),
             I(0, "Hộp giấy đơn", "hộp", "pack", 1, 2500),
             I(0, "Thùng carton 24 hũ", "thùng", "carton", 1, 14400),
             I(1, "Túi zip màng nhôm 500 g", "túi", "pack", 1, 3200),
             I(1, "Nhãn túi 500 g", "cái", "pack", 1, 800),
             I(1, "Thùng carton 20 túi", "thùng", "carton", 1, 12000),
             I(2, "Túi PE hai lớp 1 kg", "túi", "pack", 1, 1500),
             I(2, "Nhãn túi 1 kg", "cái", "pack", 1, 800),
             I(2, "Thùng carton 10 túi", "thùng", "carton", 1, 10000)],
        raws=[R("Củ nghệ tươi", "kg", 6000, [
                  ("Vùng nghệ của công ty", [3, 3, 3], "ha", 25000),
                  ("Hộ liên kết xã Cẩm Thịnh", [55, 55, 55], "hộ", 2000)], norm=32)],
        cap=dict(rating=25, mult=280, text="máy sấy 25 kg tinh bột/ngày × 280 ngày", prods=None),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Rửa, xay, lọc, lắng", [4, 4, 4]),
               ("Sấy, nghiền, đóng gói", [2, 2, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[5.8, 6.1, 6.4],
        costs=[("raw", "Củ nghệ tươi"), ("pack", "Hũ, túi, nhãn, thùng"), ("wage", "Tiền lương"),
               ("unit", "Điện, nước", 12000, "12.000 đ/kg"),
               ("share", "Bán hàng, đại lý", 0.06), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("share", "Thuế, phí", 0.015), ("fixed", "Chi phí khác", 60)],
        inv=[("Nhà xưởng sơ chế, lọc lắng 200 m²", 620, True), ("Máy rửa, máy xay nghệ", 300, True),
             ("Hệ thống bể lắng inox", 260, True), ("Máy sấy bơm nhiệt", 380, True),
             ("Máy nghiền mịn, máy đóng hũ, đóng túi", 200, True),
             ("Thiết kế nhãn, hộp, túi", 60, False), ("Vốn lưu động", 680, False)],
        src=[("Vốn góp của thành viên công ty", 1050), ("Lợi nhuận để lại", 300),
             ("Vay Ngân hàng thương mại", 800)],
        life=10, loan=[800, 650, 500], rate=0.075,
        hist=dict(out=[3700, 3950, 4200], price=[520000, 530000, 540000], margin=[0.10, 0.11, 0.11])),
    # ---------------------------------------------------------------- ic08 wooden crafts, revise
    "ic08": dict(
        unit="sản phẩm",
        products=[
            P("Khay trà gỗ xoan đào 30 × 40 cm", "chiếc", 1, 10,
              [450000, 460000, 475000], [1800, 1980, 2160]),
            P("Hộp đựng chè gỗ mít", "chiếc", 1, 20,
              [180000, 185000, 190000], [4000, 4400, 4800]),
            P("Bộ đũa gỗ 10 đôi, hộp quà", "bộ", 1, 50,
              [120000, 123000, 126000], [6000, 6600, 7200])],
        bom=[I(0, "Hộp carton cứng khay trà", "hộp", "pack", 1, 15000),
             I(0, "Xốp hơi bọc", "tấm", "pack", 1, 2500),
             I(0, "Thẻ treo", "cái", "pack", 1, 600),
             I(0, "Thùng carton 10 khay", "thùng", "carton", 1, 30000),
             I(1, "Túi vải bố", "túi", "pack", 1, 6000),
             I(1, "Thẻ treo", "cái", "pack", 1, 600),
             I(1, "Thùng carton 20 hộp chè", "thùng", "carton", 1, 24000),
             I(2, "Hộp gỗ mỏng có nắp trượt", "hộp", "pack", 1, 9000),
             I(2, "Thẻ treo", "cái", "pack", 1, 600),
             I(2, "Thùng carton 50 bộ đũa", "thùng", "carton", 1, 20000)],
        raws=[R("Gỗ xoan đào, gỗ mít xẻ sấy", "m³", 9000000, [
                  ("Xưởng xẻ gỗ rừng trồng (hợp đồng)", [1, 1, 1], "hợp đồng", 62)],
                per_pack=[0.012, 0.004, 0.0015]),
              R("Sơn PU, sơn điều, dầu lau", "lít", 90000, [
                  ("Đại lý sơn (hợp đồng)", [1, 1, 1], "đại lý", 1250)],
                per_pack=[0.25, 0.08, 0.03])],
        cap=None,
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thợ mộc, chạm", [5, 5, 6]),
               ("Chà nhám, sơn, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6],
        costs=[("raw", "Gỗ, sơn, dầu"), ("pack", "Bao bì đóng gói"), ("wage", "Tiền lương"),
               ("piece", "Điện máy cưa, máy chà", [3000, 1500, 800], "theo sản phẩm"),
               ("share", "Bán hàng, hội chợ", 0.06), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("share", "Thuế, phí", 0.015), ("fixed", "Chi phí khác", 60)],
        inv=[("Nhà xưởng mộc 180 m²", 420, True), ("Máy cưa bàn, máy bào, máy phay CNC mini", 380, True),
             ("Máy chà nhám, súng phun sơn", 90, True), ("Kho thành phẩm 40 m²", 110, True),
             ("Thiết kế mẫu, bao bì, thẻ treo", 50, False), ("Vốn lưu động", 450, False)],
        src=[("Vốn góp của thành viên", 700), ("Vay Ngân hàng Nông nghiệp và PTNT", 800)],
        life=10, loan=[800, 650, 500], rate=0.08,
        hist=dict(out=[9200, 9900, 10600], price=[180000, 185000, 190000], margin=[0.10, 0.11, 0.11])),
    # ---------------------------------------------------------------- ic09 herbal tea, ready
    "ic09": dict(
        unit="kg",
        products=[
            P("Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 40,
              [38000, 39000, 40000], [24000, 26400, 28800]),
            P("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, 20,
              [80000, 82000, 84000], [4000, 4400, 4800])],
        bom=[I(0, "Túi lọc giấy có dây và tag", "túi", "pack", 25, 80),
             I(0, "Hộp giấy in", "hộp", "pack", 1, 2800),
             I(0, "Màng co hộp", "cái", "pack", 1, 250),
             I(0, "Nhãn phụ đáy hộp", "cái", "pack", 1, 200),
             I(0, "Thùng carton 40 hộp", "thùng", "carton", 1, 12000),
             I(1, "Túi zip kraft 500 g", "túi", "pack", 1, 2500),
             I(1, "Nhãn túi 500 g", "cái", "pack", 1, 600),
             I(1, "Thùng carton 20 túi", "thùng", "carton", 1, 10000)],
        raws=[R("Cà gai leo tươi", "kg", 10000, [
                  ("Vườn cà gai leo của hộ", [1.2, 1.2, 1.2], "ha", 12000),
                  ("Hộ trồng cà gai leo thôn Đông Tiến", [8, 8, 8], "hộ", 800)], norm=5)],
        cap=dict(rating=17, mult=280, text="máy sấy 17 kg khô/ngày × 280 ngày", prods=None),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Sơ chế, sấy, cắt", [3, 3, 3]),
               ("Đóng túi lọc, đóng hộp", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        costs=[("raw", "Cà gai leo tươi"), ("pack", "Túi lọc, hộp, túi, thùng"), ("wage", "Tiền công"),
               ("unit", "Điện sấy, nước", 8000, "8.000 đ/kg"),
               ("share", "Bán hàng, vận chuyển", 0.06), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("share", "Thuế, phí", 0.015), ("fixed", "Chi phí khác", 25)],
        inv=[("Máy sấy bơm nhiệt 17 kg/ngày", 160, True), ("Máy cắt, máy nghiền", 60, True),
             ("Máy đóng túi lọc tự động", 180, True), ("Phòng đóng gói 30 m²", 90, True),
             ("Thiết kế hộp, nhãn, tem QR", 30, False), ("Vốn lưu động", 180, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066,
        hist=dict(out=[2300, 2600, 2900], price=[330000, 345000, 360000], margin=[0.12, 0.13, 0.13])),
    # ---------------------------------------------------------------- ic10 conical hats, ready
    "ic10": dict(
        unit="sản phẩm",
        products=[
            P("Nón lá trắng 16 vành", "chiếc", 1, 50,
              [55000, 57000, 59000], [12000, 13000, 14000]),
            P("Nón bài thơ trong hộp quà", "chiếc", 1, 20,
              [160000, 165000, 170000], [3000, 3300, 3600]),
            P("Nón lá mini trang trí, bộ 3 chiếc", "bộ", 1, 40,
              [75000, 77000, 80000], [4000, 4400, 4800])],
        bom=[I(0, "Túi OPP bọc nón", "túi", "pack", 1, 1200),
             I(0, "Thẻ treo nón trắng", "cái", "pack", 1, 500),
             I(0, "Thùng carton 50 nón", "thùng", "carton", 1, 18000),
             I(1, "Hộp quà giấy cứng tròn", "hộp", "pack", 1, 18000),
             I(1, "Thẻ treo nón bài thơ", "cái", "pack", 1, 500),
             I(1, "Túi giấy xách", "cái", "pack", 1, 3000),
             I(1, "Thùng carton 20 hộp", "thùng", "carton", 1, 20000),
             I(2, "Hộp mica trong", "hộp", "pack", 1, 6000),
             I(2, "Thẻ treo bộ nón mini", "cái", "pack", 1, 500),
             I(2, "Thùng carton 40 hộp mica", "thùng", "carton", 1, 16000)],
        raws=[R("Lá nón đã phơi, là", "kg", 60000, [
                  ("Hộ khai thác lá nón xã Hà Linh", [32, 32, 32], "hộ", 90)],
                per_pack=[0.12, 0.14, 0.09]),
              R("Vành tre chuốt sẵn", "vành", 600, [
                  ("Hộ chuốt vành thôn Đông Thịnh", [10, 10, 10], "hộ", 40000)],
                per_pack=[16, 16, 18])],
        cap=dict(rating=4, mult=20 * 260, text="20 thợ khâu × 4 nón/ngày × 260 ngày", prods=[0, 1]),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Là lá, chuốt, dựng khung", [3, 3, 3]),
               ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=[5.0, 5.2, 5.4],
        costs=[("raw", "Lá nón, vành tre, chỉ"), ("pack", "Bao bì đóng gói"), ("wage", "Tiền lương"),
               ("piece", "Tiền công khâu (khoán)", [15000, 25000, 12000], "khoán theo chiếc, bộ"),
               ("share", "Bán hàng, hội chợ", 0.05), ("dep", "Khấu hao"), ("int", "Lãi vay"),
               ("share", "Thuế, phí", 0.015), ("fixed", "Chi phí khác", 30)],
        inv=[("Nhà xưởng khâu nón 120 m²", 260, True), ("Máy là lá, lò sấy lá", 80, True),
             ("Khuôn nón, bàn khâu", 40, True), ("Máy in chữ, tranh nón bài thơ", 60, True),
             ("Thiết kế hộp quà, thẻ treo", 30, False), ("Vốn lưu động", 230, False)],
        src=[("Vốn góp của tổ viên", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, loan=[300, 220, 140], rate=0.066,
        hist=dict(out=[15500, 16800, 18100], price=[70000, 72000, 74000], margin=[0.09, 0.10, 0.11])),
}

# Planted numeric defects and their knock-ons, applied by model(..., planted=True).
# ic03: packaging cost table (Bảng 8), 2028 total row printed short (lines unchanged).
# ic04: summary (Bảng 12), 2027 profit printed 38 % high; the margin row follows; payback from printed.
# ic05: revenue table (Bảng 11), 2028 line of the 300 g box printed 1.508,0 (true 1.300,0); totals,
#       the share-based cost lines, profit, margin and payback follow the printed revenue.
# ic07: sources (Bảng 10) add up to 2.150, less than the investment (Bảng 9) of 2.500 (constants).
# ic08: payback in the text printed "1,5" (true 2,0).
PLANTED = {
    "ic03": dict(pack_total_2028=271.0),
    "ic04": dict(profit_2027_factor=1.38),
    "ic05": dict(rev_line=(0, 1, 1508.0)),
    "ic08": dict(payback_text="1,5"),
}


# Short names of the packs, used in row labels ("Số thùng hũ 250 g (24 hũ/thùng)")
SHORT: dict[str, list] = {
    "ic02": ["hũ 250 g", "hũ 500 g", "hộp quà"],
    "ic03": ["chai 500 ml", "bình sứ 1 lít", "chai 300 ml"],
    "ic05": ["hộp 300 g", "túi 500 g", "hộp quà 800 g"],
    "ic06": ["chai 330 ml", "chai 1 lít"],
    "ic07": ["hũ 200 g", "túi 500 g", "túi 1 kg"],
    "ic08": ["khay trà", "hộp chè", "bộ đũa"],
    "ic09": ["hộp túi lọc", "túi 500 g"],
    "ic10": ["nón trắng", "nón bài thơ", "bộ nón mini"],
}
for _k, _names in SHORT.items():
    for _p, _n in zip(PLANS[_k]["products"], _names):
        _p["short"] = _n


def packs(p):
    return p["packs"]


def cartons(prod, y):
    n = prod["packs"][y]
    assert n % prod["per_carton"] == 0, (prod["label"], n)
    return n // prod["per_carton"]


def model(key: str, planted: bool = True) -> dict:
    c = PLANS[key]
    prods = c["products"]
    m: dict = {"key": key}
    m["packs"] = [list(p["packs"]) for p in prods]
    m["cartons"] = [[cartons(p, y) for y in range(3)] for p in prods]
    m["output"] = [sum(p["packs"][y] * p["size"] for p in prods) for y in range(3)]
    m["growth"] = [None] + [(m["output"][y] / m["output"][y - 1] - 1) * 100 for y in (1, 2)]
    m["rev_lines"] = [[p["packs"][y] * p["price"][y] / 1e6 for y in range(3)] for p in prods]
    # packaging
    items = []
    for it in c["bom"]:
        prod = prods[it["prod"]]
        base = [prod["packs"][y] if it["basis"] == "pack" else cartons(prod, y) for y in range(3)]
        qty = [base[y] * it["qty"] * (1 + it["waste"]) for y in range(3)]
        for q in qty:
            assert abs(q - round(q)) < 1e-6, (key, it["label"], q)
        qty = [round(q) for q in qty]
        per_pack = it["qty"] * it["cost"] * (1 + it["waste"]) / (
            1 if it["basis"] == "pack" else prod["per_carton"])
        items.append(dict(it, qtys=qty, costs=[q * it["cost"] / 1e6 for q in qty], per_pack=per_pack,
                          per_carton=(it["qty"] * prod["per_carton"] if it["basis"] == "pack" else it["qty"])))
    m["items"] = items
    m["pack_cost_per_pack"] = [sum(i["per_pack"] for i in items if i["prod"] == j) for j in range(len(prods))]
    m["pack_prod_cost"] = [[m["pack_cost_per_pack"][j] * prods[j]["packs"][y] / 1e6 for y in range(3)]
                           for j in range(len(prods))]
    m["pack_total"] = [sum(i["costs"][y] for i in items) for y in range(3)]
    # raw materials
    raws = []
    for r in c["raws"]:
        if r["norm"] is not None:
            need = [m["output"][y] * r["norm"] for y in range(3)]
        else:
            need = [sum(prods[j]["packs"][y] * r["per_pack"][j] for j in range(len(prods))) for y in range(3)]
        rows = [(lab, cnt, word, yld, [cnt[y] * yld for y in range(3)]) for lab, cnt, word, yld in r["supply"]]
        supply = [sum(row[4][y] for row in rows) for y in range(3)]
        raws.append(dict(r, need=need, rows=rows, supply=supply,
                         cost=[need[y] * r["price"] / 1e6 for y in range(3)]))
    m["raws"] = raws
    # capacity
    if c["cap"]:
        cap = c["cap"]
        m["capacity"] = cap["rating"] * cap["mult"]
        if cap.get("count") == "packs":
            used = [sum(p["packs"][y] for p in prods) for y in range(3)]
        elif cap["prods"] is not None:
            used = [sum(prods[j]["packs"][y] * prods[j]["size"] for j in cap["prods"]) for y in range(3)]
        else:
            used = m["output"]
        m["cap_used"] = used
        m["cap_pct"] = [u / m["capacity"] * 100 for u in used]
    # staff and wages
    m["staff"] = [sum(r[1][y] for r in c["roles"]) for y in range(3)]
    m["wage_fund"] = [m["staff"][y] * c["wage"][y] * 12 for y in range(3)]
    # investment
    m["inv_total"] = sum(x[1] for x in c["inv"])
    m["fixed_assets"] = sum(x[1] for x in c["inv"] if x[2])
    m["dep"] = m["fixed_assets"] / c["life"]
    m["src_total"] = sum(x[1] for x in c["src"])
    m["interest"] = [c["loan"][y] * c["rate"] for y in range(3)]
    # revenue (printed may differ)
    rev_lines = [list(r) for r in m["rev_lines"]]
    pl = PLANTED.get(key, {}) if planted else {}
    if "rev_line" in pl:
        j, y, v = pl["rev_line"]
        rev_lines[j][y] = v
    m["rev_lines_p"] = rev_lines
    m["revenue"] = [sum(r[y] for r in m["rev_lines"]) for y in range(3)]
    m["revenue_p"] = [sum(r[y] for r in rev_lines) for y in range(3)]
    # costs on the printed revenue
    lines = []
    for spec in c["costs"]:
        kind, label = spec[0], spec[1]
        if kind == "raw":
            v = [sum(r["cost"][y] for r in raws) for y in range(3)]
            basis = "Bảng nguyên liệu"
        elif kind == "pack":
            v = list(m["pack_total"])
            basis = "Bảng bao bì"
        elif kind == "wage":
            v = list(m["wage_fund"])
            basis = "Bảng lao động"
        elif kind == "unit":
            v = [m["output"][y] * spec[2] / 1e6 for y in range(3)]
            basis = spec[3]
        elif kind == "piece":
            v = [sum(prods[j]["packs"][y] * spec[2][j] for j in range(len(prods))) / 1e6 for y in range(3)]
            basis = spec[3]
        elif kind == "share":
            v = [m["revenue_p"][y] * spec[2] for y in range(3)]
            basis = fmt_pct(spec[2] * 100) + " doanh thu"
        elif kind == "dep":
            v = [m["dep"]] * 3
            basis = f"{fmt(m['fixed_assets'], 0)} : {c['life']} năm"
        elif kind == "int":
            v = list(m["interest"])
            basis = fmt_pct(c["rate"] * 100) + " dư nợ"
        elif kind == "fixed":
            v = [spec[2]] * 3
            basis = "ước tính"
        lines.append(dict(kind=kind, label=label, basis=basis, v=v))
    m["cost_lines"] = lines
    m["cost"] = [sum(line["v"][y] for line in lines) for y in range(3)]
    m["profit"] = [m["revenue_p"][y] - m["cost"][y] for y in range(3)]
    profit_p = list(m["profit"])
    if "profit_2027_factor" in pl:
        profit_p[0] = round(m["profit"][0] * pl["profit_2027_factor"], 1)
    m["profit_p"] = profit_p
    m["margin_p"] = [profit_p[y] / m["revenue_p"][y] * 100 for y in range(3)]
    m["pack_share"] = [m["pack_total"][y] / m["revenue_p"][y] * 100 for y in range(3)]
    m["payback"] = m["inv_total"] / (sum(profit_p) / 3 + m["dep"])
    # the true payback, on true revenue and profit (for the notes)
    if planted and key in ("ic04", "ic05"):
        t = model(key, planted=False)
        m["payback_true"] = t["payback"]
        m["profit_true"] = t["profit"]
    else:
        m["payback_true"] = m["inv_total"] / (sum(m["profit"]) / 3 + m["dep"])
    # packaging table total as printed
    m["pack_total_p"] = list(m["pack_total"])
    if planted and "pack_total_2028" in pl:
        m["pack_total_p"][1] = pl["pack_total_2028"]
    # history
    h = c["hist"]
    m["hist_rev"] = [h["out"][y] * h["price"][y] / 1e6 for y in range(3)]
    m["hist_profit"] = [m["hist_rev"][y] * h["margin"][y] for y in range(3)]
    m["hist_growth"] = ((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100
    return m


# --------------------------------------------------------------------------- number formats
def fmt(x: float, dec: int = 1) -> str:
    """Vietnamese number: dot thousands, comma decimals."""
    s = f"{x:,.{dec}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def fmt_i(x: float) -> str:
    return fmt(x, 0)


def fmt_pct(x: float) -> str:
    """12.0 -> '12 %', 1.5 -> '1,5 %'."""
    r = round(x, 1)
    s = fmt(r, 0) if abs(r - round(r)) < 1e-9 else fmt(r, 1)
    return s + " %"


def fmt_q(x: float) -> str:
    """A quantity: integer when whole, otherwise up to 4 decimals."""
    if abs(x - round(x)) < 1e-9:
        return fmt_i(x)
    s = f"{x:.4f}".rstrip("0")
    return s.replace(".", ",")


class Num:
    """A numeric cell: the value, its number of decimals, and (true, printed) for the check."""

    def __init__(self, v, dec=1, true=None):
        self.v = v
        self.dec = dec
        self.true = v if true is None else true

    def __str__(self):
        return fmt_q(self.v) if self.dec == "q" else fmt(self.v, self.dec)



# --------------------------------------------------------------------------- the plans' tables
# Which tables each full plan prints, in the order of its sections, and how the packaging is laid out:
#   bom form "A": item | ĐVT | SL/đơn vị | SL/thùng | Đơn giá (đ) [| Hao hụt (%)]
#   bom form "B": per carton: item | SL/thùng | Đơn giá (đ) | Hao hụt (%) | Thành tiền (đ/thùng),
#                 then "Cộng 1 thùng" and "Bình quân 1 <pack>" per product
#   packq: yearly quantities by item; packc: yearly cost by item (triệu đồng) with total;
#   packp: yearly cost by product = packaging per pack (đ) x packs; supp: supply contracts.
#   (ic04 gives its bill of materials in the text, no bom table.)
LAYOUT: dict[str, dict] = {
    "ic01": dict(tables=["hist", "comp", "spec", "raw", "staff", "prod", "bom", "packq", "packc",
                         "inv", "src", "rev", "cost", "sum", "legal"], bom="A", waste_col=True),
    "ic02": dict(tables=["spec", "hist", "raw", "staff", "prod", "bom", "packp", "supp", "inv", "src",
                         "rev", "cost", "sum", "sched"], bom="B"),
    "ic03": dict(tables=["hist", "spec", "raw", "staff", "prod", "bom", "packq", "packc", "inv", "src",
                         "rev", "cost", "sum"], bom="A"),
    "ic04": dict(tables=["hist", "comp", "spec", "raw", "staff", "prod", "packp", "inv", "src", "rev",
                         "cost", "sum", "legal"], bom=None, balance=False),
    "ic05": dict(tables=["hist", "comp", "spec", "raw", "staff", "prod", "bom", "packp", "inv", "src",
                         "rev", "cost", "sum", "sched"], bom="B"),
    "ic06": dict(tables=["hist", "spec", "raw", "staff", "prod", "bom", "packq", "packc", "inv", "src",
                         "rev", "cost", "sum"], bom="A", tab_bom=True, cap_use=False),
    "ic07": dict(tables=["hist", "spec", "raw", "staff", "prod", "bom", "packq", "packc", "inv", "src",
                         "rev", "cost", "sum", "legal"], bom="A"),
    "ic08": dict(tables=["hist", "spec", "raw", "staff", "prod", "bom", "packc", "supp", "inv", "src",
                         "rev", "cost", "sum", "sched"], bom="B"),
    "ic09": dict(tables=["hist", "comp", "spec", "raw", "staff", "prod", "bom", "packp", "inv", "src",
                         "rev", "cost", "sum", "legal"], bom="B"),
    "ic10": dict(tables=["hist", "spec", "raw", "staff", "prod", "bom", "packq", "packc", "inv", "src",
                         "rev", "cost", "sum", "sched"], bom="A"),
}

# Quoted market prices (facts the plans cite, not recomputed): (label, pack, price đ)
COMP: dict[str, list] = {
    "ic01": [("Nước mắm cá cơm Cửa Sót 35 độ đạm", "chai 500 ml", 62000),
             ("Nước mắm truyền thống Nghệ An 40 độ đạm", "chai 500 ml", 75000),
             ("Nước mắm công nghiệp đóng chai", "chai 1 lít", 48000)],
    "ic04": [("Dầu lạc ép thủ công bán rời ở chợ", "lít", 140000),
             ("Dầu lạc nguyên chất OCOP tỉnh bạn", "chai 1 lít", 185000),
             ("Dầu thực vật pha trộn", "chai 1 lít", 55000)],
    "ic05": [("Cu đơ bán lẻ ở thành phố (không hộp)", "thanh 200 g", 25000),
             ("Cu đơ đóng hộp của cơ sở khác", "hộp 300 g", 52000),
             ("Kẹo lạc đóng túi", "túi 500 g", 60000)],
    "ic09": [("Trà cà gai leo túi lọc của cơ sở trong tỉnh", "hộp 25 túi", 45000),
             ("Trà cà gai leo túi lọc ngoài tỉnh", "hộp 20 túi", 42000),
             ("Cà gai leo khô bán rời ở chợ", "kg", 120000)],
}

# Packaging supply contracts: (items, supplier, contracted quantity a year, unit)
SUPP: dict[str, list] = {
    "ic02": [("Hũ thủy tinh 250 g và 500 g", "Công ty TNHH Thủy tinh Phú Lâm (Bắc Ninh)", 24000, "hũ"),
             ("Nắp thiếc, màng seal", "Cơ sở bao bì Đông Sơn (Nghệ An)", 24000, "bộ"),
             ("Nhãn, hộp quà, túi giấy", "Công ty in Bình Minh (TP Hà Tĩnh)", 28000, "cái"),
             ("Thùng carton", "Xưởng carton Vinh Tân (Nghệ An)", 1600, "thùng")],
    "ic08": [("Hộp carton cứng, thùng carton", "[tên nhà cung cấp]", 3000, "cái"),
             ("Túi vải bố", "Tổ may thôn Yên Hồ", 5000, "túi"),
             ("Hộp gỗ mỏng nắp trượt", "Xưởng mộc của hợp tác xã", 7500, "hộp"),
             ("Thẻ treo, xốp hơi", "Cơ sở in Hồng Phúc", 17000, "cái")],
}


def _agg_items(m):
    """Packaging items by label (the same label across products is bought together)."""
    out: dict[str, dict] = {}
    for it in m["items"]:
        a = out.setdefault(it["label"], dict(label=it["label"], unit=it["unit"], cost=it["cost"],
                                             qtys=[0, 0, 0], costs=[0.0, 0.0, 0.0]))
        assert a["cost"] == it["cost"], it["label"]
        a["qtys"] = [a["qtys"][y] + it["qtys"][y] for y in range(3)]
        a["costs"] = [a["costs"][y] + it["costs"][y] for y in range(3)]
    return list(out.values())


def _pctcell(x):
    return Num(round(x, 1), 1)


def tables(key: str) -> list[dict]:
    """Every table of a full plan, as printed (Num.v) with the true value beside it (Num.true)."""
    c, lay = PLANS[key], LAYOUT[key]
    m, t = model(key), model(key, planted=False)
    prods = c["products"]
    Y = ["Năm 2027", "Năm 2028", "Năm 2029"]
    u = c["unit"]
    order = lay["tables"]
    num = {tid: i + 1 for i, tid in enumerate(order)}
    out = []

    def add(tid, caption, header, rows, unit_line=None, tab=False):
        out.append(dict(id=tid, n=num[tid], caption=caption, header=header, rows=rows,
                        unit_line=unit_line, tab=tab))

    def years(vals, true=None, dec=1):
        true = vals if true is None else true
        return [Num(vals[y], dec, true[y]) for y in range(3)]

    pack_table = num.get("packc", num.get("packp"))
    for tid in order:
        if tid == "hist":
            h = c["hist"]
            add(tid, "Kết quả sản xuất kinh doanh 2024 – 2026", ["Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"], [
                [f"Sản lượng ({u})"] + years(h["out"], dec=0),
                [f"Giá bán bình quân (đồng/{u})"] + years(h["price"], dec=0),
                ["Doanh thu (triệu đồng)"] + years(m["hist_rev"]),
                ["Lợi nhuận (triệu đồng)"] + years(m["hist_profit"])])
        elif tid == "comp":
            add(tid, "Giá bán sản phẩm cùng loại trên thị trường", ["Sản phẩm", "Quy cách", "Giá bán lẻ (đồng)"],
                [[a, b, Num(p, 0)] for a, b, p in COMP[key]])
        elif tid == "spec":
            rows = [[p["label"], Num(p["per_carton"], 0)] + years(p["price"], dec=0) for p in prods]
            add(tid, "Quy cách đóng gói và giá bán", ["Sản phẩm", "Đơn vị/thùng"] + Y, rows,
                unit_line="ĐVT giá: đồng/đơn vị sản phẩm")
        elif tid == "prod":
            rows = []
            for p in prods:
                rows.append([p["label"], p["word"]] + years(p["packs"], dec=0))
            for j, p in enumerate(prods):
                rows.append([f"Số thùng {p.get('short') or p['label'].split(', ')[-1]} "
                             f"({p['per_carton']} {p['word']}/thùng)", "thùng"] +
                            years(m["cartons"][j], dec=0))
            if u == "sản phẩm":
                rows.append(["Tổng số sản phẩm", u] + years(m["output"], dec=0))
            else:
                rows.append(["Tổng sản lượng quy đổi", u] + years(m["output"], dec=0))
            if "capacity" in m:
                cap = c["cap"]
                cu = "chai" if cap.get("count") == "packs" else ("chiếc" if u == "sản phẩm" else u)
                rows.append([f"Công suất ({cap['text']})", f"{cu}/năm"] + years([m["capacity"]] * 3, dec=0))
                if lay.get("cap_use", True):
                    rows.append(["Mức sử dụng công suất", "%"] + [_pctcell(x) for x in m["cap_pct"]])
            add(tid, "Kế hoạch sản lượng 2027 – 2029", ["Chỉ tiêu", "ĐVT"] + Y, rows)
        elif tid == "raw":
            rows = []
            for r in m["raws"]:
                if len(m["raws"]) > 1:
                    rows.append([f"{r['label']} ({r['unit']})", "", "", ""])
                dd = 0 if all(abs(x - round(x)) < 1e-9 for x in r["need"]) else 1
                for lab, cnt, word, yld, vals in r["rows"]:
                    cs = fmt_q(cnt[0]) if cnt[0] == cnt[1] == cnt[2] else f"{fmt_q(cnt[0])} – {fmt_q(cnt[2])}"
                    rows.append([f"{lab}: {cs} {word} × {fmt_q(yld)} {r['unit']}"] + years(vals, dec=dd))
                rows.append(["Cộng nguồn cung"] + years(r["supply"], dec=dd))
                rows.append(["Nhu cầu theo kế hoạch sản lượng"] + years(r["need"], dec=dd))
                if lay.get("balance", True):
                    rows.append(["Còn dư"] + years([r["supply"][y] - r["need"][y] for y in range(3)], dec=dd))
            unit_line = None if len(m["raws"]) > 1 else f"ĐVT: {m['raws'][0]['unit']}"
            add(tid, "Nhu cầu và nguồn cung nguyên liệu", ["Nguồn cung, nhu cầu"] + Y, rows, unit_line=unit_line)
        elif tid == "bom" and lay["bom"] == "A":
            wc = lay.get("waste_col")
            hdr = ["Vật tư bao bì", "ĐVT", "SL/đơn vị", "SL/thùng", "Đơn giá (đ)"] + (["Hao hụt (%)"] if wc else [])
            rows = []
            for j, p in enumerate(prods):
                rows.append([f"{'abcdefg'[j]}) {p['label']}"] + [""] * (len(hdr) - 1))
                for it in m["items"]:
                    if it["prod"] != j:
                        continue
                    per_unit = Num(it["qty"], "q") if it["basis"] == "pack" else "–"
                    row = [it["label"], it["unit"], per_unit, Num(it["per_carton"], "q"), Num(it["cost"], 0)]
                    if wc:
                        row.append(Num(it["waste"] * 100, 0) if it["waste"] else "–")
                    rows.append(row)
            add(tid, "Định mức vật tư bao bì cho một đơn vị sản phẩm và một thùng", hdr, rows,
                tab=lay.get("tab_bom", False))
        elif tid == "bom" and lay["bom"] == "B":
            hdr = ["Vật tư bao bì", "SL/thùng", "Đơn giá (đ)", "Hao hụt (%)", "Thành tiền (đ/thùng)"]
            rows = []
            for j, p in enumerate(prods):
                rows.append([f"{'abcdefg'[j]}) {p['label']}, thùng {p['per_carton']} {p['word']}", "", "", "", ""])
                tot = 0.0
                for it in m["items"]:
                    if it["prod"] != j:
                        continue
                    amount = it["per_carton"] * it["cost"] * (1 + it["waste"])
                    tot += amount
                    rows.append([it["label"], Num(it["per_carton"], "q"), Num(it["cost"], 0),
                                 Num(it["waste"] * 100, 0) if it["waste"] else "–", Num(amount, 0)])
                rows.append(["Cộng 1 thùng", "", "", "", Num(tot, 0)])
                rows.append([f"Bình quân 1 {p['word']}", "", "", "", Num(m["pack_cost_per_pack"][j], 0)])
                assert isclose(tot / p["per_carton"], m["pack_cost_per_pack"][j])
            add(tid, "Định mức và chi phí bao bì cho một thùng sản phẩm", hdr, rows)
        elif tid == "packq":
            rows = [[a["label"], a["unit"]] + years(a["qtys"], dec=0) for a in _agg_items(m)]
            add(tid, "Nhu cầu vật tư bao bì theo năm", ["Vật tư bao bì", "ĐVT"] + Y, rows)
        elif tid == "packc":
            rows = [[a["label"], Num(a["cost"], 0)] + years(a["costs"]) for a in _agg_items(m)]
            rows.append(["Tổng chi phí bao bì", ""] + years(m["pack_total_p"], t["pack_total"]))
            add(tid, "Chi phí vật tư bao bì theo năm", ["Vật tư bao bì", "Đơn giá (đ)"] + Y, rows,
                unit_line="ĐVT: triệu đồng (đơn giá: đồng)")
        elif tid == "packp":
            rows = [[p["label"], Num(m["pack_cost_per_pack"][j], 0)] + years(m["pack_prod_cost"][j])
                    for j, p in enumerate(prods)]
            rows.append(["Tổng chi phí bao bì", ""] + years(m["pack_total"]))
            add(tid, "Chi phí bao bì theo sản phẩm", ["Sản phẩm", "Bao bì (đ/đơn vị)"] + Y, rows,
                unit_line="ĐVT: triệu đồng (bao bì/đơn vị: đồng)")
        elif tid == "supp":
            rows = [[a, b, Num(q, 0), w] for a, b, q, w in SUPP[key]]
            add(tid, "Hợp đồng cung ứng vật tư bao bì", ["Vật tư", "Nhà cung cấp", "Số lượng/năm", "ĐVT"], rows)
        elif tid == "staff":
            rows = [[r] + years(v, dec=0) for r, v in c["roles"]]
            rows.append(["Tổng số lao động"] + years(m["staff"], dec=0))
            rows.append(["Lương bình quân (triệu đồng/tháng)"] + years(c["wage"]))
            rows.append(["Quỹ lương năm (triệu đồng)"] + years(m["wage_fund"]))
            add(tid, "Bố trí lao động và quỹ lương", ["Bộ phận"] + Y, rows)
        elif tid == "inv":
            rows = [[str(i + 1), lab, Num(v, 1)] for i, (lab, v, _) in enumerate(c["inv"])]
            rows.append(["", "Tổng vốn đầu tư", Num(m["inv_total"], 1)])
            add(tid, "Hạng mục đầu tư", ["TT", "Hạng mục", "Thành tiền"], rows, unit_line="ĐVT: triệu đồng")
        elif tid == "src":
            st = m["src_total"]
            rows = [[str(i + 1), lab, Num(v, 1), _pctcell(v / st * 100)] for i, (lab, v) in enumerate(c["src"])]
            rows.append(["", "Tổng nguồn vốn", Num(st, 1), _pctcell(100)])
            add(tid, "Nguồn vốn thực hiện phương án", ["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows,
                unit_line="ĐVT: triệu đồng")
        elif tid == "rev":
            rows = [[p["label"]] + years(m["rev_lines_p"][j], t["rev_lines"][j]) for j, p in enumerate(prods)]
            rows.append(["Tổng doanh thu"] + years(m["revenue_p"], t["revenue_p"]))
            add(tid, "Doanh thu dự kiến", ["Sản phẩm"] + Y, rows, unit_line="ĐVT: triệu đồng")
        elif tid == "cost":
            rows = []
            for line, tl in zip(m["cost_lines"], t["cost_lines"]):
                basis = line["basis"]
                if line["kind"] == "raw":
                    basis = f"Bảng {num['raw']}"
                elif line["kind"] == "pack":
                    basis = f"Bảng {pack_table}"
                elif line["kind"] == "wage":
                    basis = f"Bảng {num['staff']}"
                rows.append([line["label"], basis] + years(line["v"], tl["v"]))
            rows.append(["Tổng chi phí", ""] + years(m["cost"], t["cost"]))
            add(tid, "Chi phí sản xuất kinh doanh", ["Khoản mục", "Căn cứ tính"] + Y, rows,
                unit_line="ĐVT: triệu đồng")
        elif tid == "sum":
            rows = [["Doanh thu"] + years(m["revenue_p"], t["revenue_p"]),
                    ["Tổng chi phí"] + years(m["cost"], t["cost"]),
                    ["Lợi nhuận"] + years(m["profit_p"], t["profit"]),
                    ["Tỷ suất lợi nhuận/doanh thu (%)"] + [Num(round(m["margin_p"][y], 1), 1, t["margin_p"][y])
                                                          for y in range(3)],
                    ["Chi phí bao bì/doanh thu (%)"] + [Num(round(m["pack_share"][y], 1), 1, t["pack_share"][y])
                                                       for y in range(3)]]
            add(tid, "Tổng hợp hiệu quả kinh tế", ["Chỉ tiêu"] + Y, rows, unit_line="ĐVT: triệu đồng")
        elif tid in ("legal", "sched"):
            add(tid, {"legal": "Hồ sơ pháp lý và chất lượng", "sched": "Tiến độ thực hiện"}[tid], None, None)
    return out


# Cells whose printed value departs from the true one: (table id, row label prefix) -> planted?
# (False = a knock-on that follows the planted cell.)
DEVIATIONS: dict[str, dict] = {
    "ic03": {("packc", "Tổng chi phí bao bì"): True},
    "ic04": {("sum", "Lợi nhuận"): True, ("sum", "Tỷ suất lợi nhuận"): False},
    "ic05": {("rev", "Cu đơ lạc, hộp giấy 300 g"): True, ("rev", "Tổng doanh thu"): False,
             ("cost", "Bán hàng, vận chuyển"): False, ("cost", "Thuế, phí"): False,
             ("sum", "Doanh thu"): False, ("sum", "Lợi nhuận"): False, ("sum", "Tỷ suất lợi nhuận"): False,
             ("sum", "Chi phí bao bì"): False},
}


# --------------------------------------------------------------------------- the check
class Plan(plancheck.Plan):
    src = HERE / "src"

    def tables_md(self) -> list[tuple[int, str, list[list[str]]]]:
        """(number, caption, rows without the separator) of every captioned table, in order."""
        out, cur = [], None
        for line in self.body.splitlines():
            t = line.strip()
            mm = re.match(r"^\**Bảng (\d+)\. (.+?)\**$", t)
            if mm:
                cur = (int(mm.group(1)), mm.group(2), [])
                out.append(cur)
            elif t.startswith("#"):
                cur = None
            elif cur is not None and t.startswith("|") and not re.match(r"^\|(-+\|)+$", t):
                cur[2].append([c.strip() for c in t.strip("|").split("|")])
        return out


def _num(s: str) -> float | None:
    return vn(s) if re.fullmatch(r"-?[\d.,]+", s) and re.search(r"\d", s) else None


def _near(a: float, b: float, dec) -> bool:
    slack = 0.051 if dec == 1 else (0.51 if dec == 0 else 1e-6)
    return abs(a - b) <= slack or close(a, b, 0.01)


STEMS = {p.stem[:4]: p.stem for p in (HERE / "src").glob("ic*.md")}
READY = ("ic01", "ic02", "ic09", "ic10")
SKETCHY = ("ic11", "ic12")


def check_tables(p: Plan, key: str) -> dict:
    """Every cell against the printed model; departures from the true model must be declared.
    Returns the printed tables by id (rows as lists of strings) for the reviewer's arithmetic."""
    exp = tables(key)
    got = p.tables_md()
    p.check(len(got) == len(exp), f"{len(got)} captioned tables, expected {len(exp)}")
    p.check(10 <= len(got) <= 15, f"{len(got)} tables, not 10-15")
    dev_seen = set()
    declared = DEVIATIONS.get(key, {})
    by_id = {}
    for e, g in zip(exp, got):
        n, cap, rows = g
        p.check(n == e["n"] and cap == e["caption"], f"table {n} '{cap}' is not Bảng {e['n']}. {e['caption']}")
        by_id[e["id"]] = rows
        if e["rows"] is None:
            p.check(len(rows) >= 4, f"Bảng {n}: text table with {len(rows)} rows")
            continue
        p.check(rows and rows[0] == e["header"], f"Bảng {n}: header {rows[:1]}")
        body = rows[1:]
        if len(body) != len(e["rows"]):
            p.failures.append(f"Bảng {n}: {len(body)} rows, expected {len(e['rows'])}")
            continue
        for er, gr in zip(e["rows"], body):
            label = str(er[0]) if not isinstance(er[0], Num) else str(er[1])
            if len(er) != len(gr):
                p.failures.append(f"Bảng {n} '{label}': {len(gr)} cells")
                continue
            for ec, gc in zip(er, gr):
                if not isinstance(ec, Num):
                    if str(ec) != gc:
                        p.failures.append(f"Bảng {n} '{label}': cell {gc!r}, expected {ec!s}")
                    continue
                v = _num(gc)
                if v is None or not _near(v, ec.v, ec.dec):
                    p.failures.append(f"Bảng {n} '{label}': {gc} printed, model {ec}")
                    continue
                if not _near(ec.v, ec.true, ec.dec):
                    hit = [d for d in declared if d[0] == e["id"] and label.startswith(d[1])]
                    if not hit:
                        p.failures.append(f"Bảng {n} '{label}': {gc} departs from the true "
                                          f"{fmt(ec.true, 1)} without being declared")
                        continue
                    dev_seen.add(hit[0])
                    if declared[hit[0]]:   # planted: clearly wrong
                        p.check(off(ec.v, ec.true), f"Bảng {n} '{label}': planted {gc} not > 5 % off "
                                                     f"the true {fmt(ec.true, 1)}")
    for d in declared:
        p.check(d in dev_seen, f"declared departure {d} not found")
    return by_id


def _rowvals(rows, label, n=3, skip=0):
    seen = 0
    for r in rows:
        if r[0].startswith(label) or (len(r) > 1 and r[1].startswith(label)):
            nums = [_num(c) for c in r[1:]]
            nums = [x for x in nums if x is not None]
            if len(nums) >= n:
                if seen == skip:
                    return nums[-n:]
                seen += 1
    raise KeyError(label)


def reviewer(p: Plan, key: str, t: dict) -> None:
    """The arithmetic a reviewer redoes from the printed numbers; planted defects must show."""
    c, m, tm = PLANS[key], model(key), model(key, planted=False)
    prods = c["products"]
    try:
        packs = [_rowvals(t["prod"], pr["label"]) for pr in prods]
        prices = [_rowvals(t["spec"], pr["label"]) for pr in prods]
        rev = [_rowvals(t["rev"], pr["label"]) for pr in prods]
        rev_tot = _rowvals(t["rev"], "Tổng doanh thu")
        cost_tot = _rowvals(t["cost"], "Tổng chi phí")
        s_rev, s_cost = _rowvals(t["sum"], "Doanh thu"), _rowvals(t["sum"], "Tổng chi phí")
        s_prof = _rowvals(t["sum"], "Lợi nhuận")
        inv_tot = _rowvals(t["inv"], "Tổng vốn đầu tư", 1)[0]
        src_tot = _rowvals(t["src"], "Tổng nguồn vốn", 2)[0]
    except KeyError as e:
        p.failures.append(f"row not found: {e}")
        return
    # revenue = packs x price (ic05 2028 line planted)
    for j in range(len(prods)):
        for y in range(3):
            calc = packs[j][y] * prices[j][y] / 1e6
            bad = key == "ic05" and (j, y) == (0, 1)
            if bad:
                p.check(off(rev[j][y], calc), f"ic05 planted revenue line {rev[j][y]} vs {calc}")
            else:
                p.check(close(rev[j][y], calc), f"revenue {prods[j]['label']} {YEARS[y]}: {rev[j][y]} vs {calc}")
    for y in range(3):
        p.check(close(rev_tot[y], sum(r[y] for r in rev)), f"revenue total {YEARS[y]}")
        p.check(close(s_rev[y], rev_tot[y]) and close(s_cost[y], cost_tot[y]), f"summary = tables {YEARS[y]}")
        lines = [_rowvals([r], r[0])[:3] for r in t["cost"][1:-1]]
        p.check(close(cost_tot[y], sum(x[y] for x in lines)), f"cost total {YEARS[y]}")
        calc = s_rev[y] - s_cost[y]
        if key == "ic04" and y == 0:
            p.check(off(s_prof[y], calc), f"ic04 planted profit {s_prof[y]} vs {calc}")
        else:
            p.check(close(s_prof[y], calc, 0.01) or abs(s_prof[y] - calc) < 0.11, f"profit {YEARS[y]}")
    # packaging: yearly quantities and costs follow packs and cartons; the cost line equals the total
    pack_line = _rowvals(t["cost"], next(x[1] for x in c["costs"] if x[0] == "pack"))
    if "packc" in t:
        items = _agg_items(tm)
        ptot = _rowvals(t["packc"], "Tổng chi phí bao bì")
        rows_c = [_rowvals(t["packc"], a["label"], 4) for a in items]
        for a, rc in zip(items, rows_c):
            p.check(rc[0] == a["cost"], f"unit price {a['label']}")
            qty = _rowvals(t["packq"], a["label"]) if "packq" in t else a["qtys"]
            for y in range(3):
                p.check(close(qty[y], a["qtys"][y]), f"packaging quantity {a['label']} {YEARS[y]}")
                p.check(abs(rc[1 + y] - qty[y] * rc[0] / 1e6) < 0.06, f"packaging cost {a['label']} {YEARS[y]}")
        for y in range(3):
            s_items = sum(rc[1 + y] for rc in rows_c)
            if key == "ic03" and y == 1:
                p.check(off(ptot[y], s_items), f"ic03 planted packaging total {ptot[y]} vs {s_items}")
                p.check(close(pack_line[y], s_items), "ic03 cost line follows the true packaging sum")
            else:
                p.check(close(ptot[y], s_items), f"packaging total {YEARS[y]}: {ptot[y]} vs {s_items}")
                p.check(close(pack_line[y], ptot[y]), f"cost table packaging line {YEARS[y]}")
    if "packp" in t:
        ptot = _rowvals(t["packp"], "Tổng chi phí bao bì")
        for j, pr in enumerate(prods):
            rp = _rowvals(t["packp"], pr["label"], 4)
            p.check(rp[0] == round(m["pack_cost_per_pack"][j]), f"packaging per pack {pr['label']}")
            for y in range(3):
                p.check(abs(rp[1 + y] - rp[0] * packs[j][y] / 1e6) < 0.06, f"packaging {pr['label']} {YEARS[y]}")
        for y in range(3):
            p.check(close(pack_line[y], ptot[y]), f"cost table packaging line {YEARS[y]}")
    # every packaging item: quantity = packs x qty (x allowance) or cartons x qty per carton
    for it in m["items"]:
        pr = prods[it["prod"]]
        for y in range(3):
            base = packs[it["prod"]][y] if it["basis"] == "pack" else packs[it["prod"]][y] / pr["per_carton"]
            p.check(it["qtys"][y] == round(base * it["qty"] * (1 + it["waste"])), f"item {it['label']}")
    # carton counts printed in the output table
    for j, pr in enumerate(prods):
        ct = _rowvals(t["prod"], f"Số thùng {pr.get('short') or pr['label'].split(', ')[-1]} ")
        for y in range(3):
            p.check(ct[y] * pr["per_carton"] == packs[j][y], f"cartons {pr['label']} {YEARS[y]}")
    # sources and investment (ic07 planted)
    if key == "ic07":
        p.check(off(src_tot, inv_tot), f"ic07 planted sources {src_tot} vs investment {inv_tot}")
        p.has("bảo đảm đủ vốn cho phương án")
    else:
        p.check(close(src_tot, inv_tot), f"sources {src_tot} vs investment {inv_tot}")
    inv_items = [_num(r[2]) for r in t["inv"][1:-1]]
    p.check(close(sum(inv_items), inv_tot), "investment items")
    src_items = [_num(r[2]) for r in t["src"][1:-1]]
    p.check(close(sum(src_items), src_tot), "source items")
    # payback = investment / (average printed profit + depreciation)
    calc = inv_tot / (sum(s_prof) / 3 + m["dep"])
    if key == "ic08":
        p.has("khoảng 1,5 năm")
        p.check(off(1.5, calc), f"ic08 planted payback 1,5 vs {calc:.2f}")
        p.lacks(r"≈ \d", "ic08 prints no payback formula")
    else:
        p.has(f"≈ {fmt(calc, 1)} năm")
    # raw materials: need = output x norm (or packs x norm per pack), supply = count x yield
    for r in tm["raws"]:
        for y in range(3):
            sup = sum(row[1][y] * row[3] for row in r["rows"])
            short = r["need"][y] > sup
            if key == "ic04" and y > 0:
                p.check(off(r["need"][y], sup), f"ic04 planted shortfall {YEARS[y]}: need {r['need'][y]} vs {sup}")
            else:
                p.check(not short, f"{r['label']} {YEARS[y]}: need {r['need'][y]} > supply {sup}")
    # capacity
    if "capacity" in m:
        for y in range(3):
            u = m["cap_used"][y] / m["capacity"]
            if key == "ic06" and y == 2:
                p.check(u > 1.05, f"ic06 planted capacity {u:.3f}")
            elif key == "ic06":
                p.check(u <= 1.0, f"ic06 {YEARS[y]} within the machine")
            else:
                p.check(u <= 0.85, f"capacity use {YEARS[y]} {u:.3f}")
    # growth of the true revenue and output; history growth as stated
    for y in (1, 2):
        g = tm["revenue"][y] / tm["revenue"][y - 1] - 1
        if key == "ic03":
            p.check(g > 0.5, f"ic03 planted growth {g:.3f}")
        else:
            p.check(g < 0.35, f"revenue growth {YEARS[y]} {g:.3f}")
    p.check(tm["output"][0] / c["hist"]["out"][2] < 1.25, "2027 output within +25 % of 2026")
    for y in range(3):
        mg = tm["profit"][y] / tm["revenue"][y]
        p.check(0 < mg < 0.40, f"true margin {YEARS[y]} {mg:.3f}")


def prose_facts(p: Plan, key: str) -> None:
    c, m = PLANS[key], model(key)
    u = c["unit"]
    p.has(f"{fmt_i(m['output'][0])} {u}" if u != "lít" or key != "ic06" else "96.000 chai")
    p.has(f"{fmt(m['revenue_p'][0])} triệu đồng", f"{fmt_i(m['inv_total'])} triệu đồng",
          f"{fmt(m['hist_growth'])} %/năm")
    for j, pr in enumerate(c["products"]):
        p.has(f"{fmt_i(m['pack_cost_per_pack'][j])} đồng/")
    pr0 = c["products"][0]
    p.has(f"{fmt_i(pr0['price'][0])} đồng/{pr0['word']}")


PAPERS = {
    "ic01": ["Sở Nông nghiệp và Môi trường", "TCCS", "thử nghiệm", "tự công bố", "nhãn hiệu", "Đăng ký môi trường",
             "QR", "nhật ký", "QCVN 12-4:2015/BYT"],
    "ic02": ["an toàn thực phẩm", "TCCS", "thử nghiệm", "tự công bố", "Nhãn hiệu tập thể", "QR",
             "không ghi công dụng chữa bệnh", "Luật Hợp tác xã năm 2023"],
    "ic09": ["ATTP", "TCCS", "thử nghiệm", "tự công bố", "Nhãn hiệu", "QR", "nhật ký", "Đăng ký môi trường",
             "không ghi công dụng chữa bệnh"],
    "ic10": ["không phải là thực phẩm", "TCCS", "thử nghiệm", "Nhãn hiệu tập thể", "QR", "đăng ký môi trường",
             "Thẻ treo"],
}


def check_text(p: Plan, key: str) -> None:
    if key != "ic08":
        p.lacks(PLACEHOLDER, "template placeholder")
    if key in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", *PAPERS[key])
        p.lacks(REPLACED, "outdated instrument or district body in a ready plan")
        for mm in re.finditer(r"[đĐ]ến (?:\d{1,2}/)?\d{1,2}/(\d{4})", p.body):
            p.check(int(mm.group(1)) >= 2030, f"paper valid only {mm.group(0)!r}")
    if key == "ic03":
        p.lacks(r"giấy phép|cấp phép|(?<!\w)phép(?!\w)|105/2017|17/2020|rượu thủ công nhằm", "alcohol licence")
        p.has("giữ nguyên 6 lao động", "29 % vol", "QCVN 6-3:2010/BYT", "an toàn thực phẩm", "Đơn đăng ký nhãn hiệu",
              "đăng ký môi trường")
        p.lacks(REPLACED, "outdated instrument")
    if key == "ic04":
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|logo|đăng ký nhãn", "trademark word")
        p.lacks(r"Còn dư|thiếu|Chênh lệch", "balance row or admitted shortfall")
        p.has("bảo đảm đủ nguyên liệu", "ATTP", "TCCS", "tự công bố", "43/2017/NĐ-CP")
        p.lacks(REPLACED, "outdated instrument")
    if key == "ic05":
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|QR|ghi nhãn", "label word")
        p.has("78.000 đồng/túi", "an toàn thực phẩm", "TCCS", "tự công bố", "nhãn hiệu", "nhật ký")
        p.check(off(78000, PLANS["ic05"]["products"][1]["price"][0]), "ic05 planted price not > 5 % off")
        p.lacks(REPLACED, "outdated instrument")
    if key == "ic06":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|cam kết", "food-safety word")
        p.lacks(r"148/QĐ-TTg|1489", "current OCOP decisions")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện",
              "đáp ứng đủ sản lượng đến năm 2029", "TCCS", "tự công bố", "nhãn hiệu")
    if key == "ic07":
        p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng",
                "product-standard word")
        p.lacks(r"truy xuất|nhật ký|QR|mã lô|số lô|(?<!\w)lô(?!\w)|kiểm soát|lưu mẫu|(?<!\w)tem(?!\w)|mã vạch|"
                r"HACCP|ISO|kiểm tra", "quality-control word")
        p.has("ATTP", "43/2017/NĐ-CP", "Nhãn hiệu", "Đăng ký môi trường")
        p.lacks(REPLACED, "outdated instrument")
    if key == "ic08":
        p.lacks(r"môi trường|bụi|chất thải|xử lý|mùn cưa|(?<!\w)rác(?!\w)|khói|tiếng ồn|thông gió|phế liệu|"
                r"nước thải|dung môi|(?<!\w)mùi(?!\w)|bảo vệ|gỗ vụn", "environment word")
        p.check(len(re.findall(PLACEHOLDER, p.body)) >= 2, "ic08 placeholders")
        p.has("[tên nhà cung cấp]", "số ……/HĐ-MN", "TCCS", "Nhãn hiệu tập thể", "43/2017/NĐ-CP")
        p.lacks(REPLACED, "outdated instrument")


def check_supply_contracts(p: Plan, key: str, t: dict) -> None:
    """Packaging supply contracts cover the 2029 need of the items they name."""
    if key not in SUPP:
        return
    m = model(key)
    groups = {
        "ic02": [lambda i: i["label"].startswith("Hũ thủy tinh"),
                 lambda i: i["label"].startswith(("Nắp thiếc", "Nắp, màng seal")),
                 lambda i: i["label"].startswith(("Nhãn", "Nắp, màng seal", "Hộp quà", "Túi giấy")),
                 lambda i: i["label"].startswith("Thùng carton")],
        "ic08": [lambda i: i["label"].startswith(("Hộp carton", "Thùng carton")),
                 lambda i: i["label"].startswith("Túi vải"),
                 lambda i: i["label"].startswith("Hộp gỗ"),
                 lambda i: i["label"].startswith(("Thẻ treo", "Xốp hơi"))],
    }[key]
    for (lab, _, q, _), g in zip(SUPP[key], groups):
        need = sum(i["qtys"][2] for i in m["items"] if g(i))
        got = _rowvals(t["supp"], lab, 1)[0]
        p.check(got == q and need <= q, f"supply contract {lab}: {q} for a 2029 need of {need}")


def check_sketchy(p: Plan, key: str) -> None:
    words = len(re.sub(r"[#*|]", " ", p.body).split())
    p.check(150 <= words <= 350, f"{words} words")
    p.check(not p.rows, "a sketchy plan has no table")
    p.lacks(r"ATTP|an toàn thực phẩm|TCCS|tự công bố|nhãn hiệu|truy xuất|môi trường|43/2017|Bảng", "paper")
    p.lacks(PLACEHOLDER, "template placeholder")
    if key == "ic11":
        p.has("300 cái/ngày", "3.000 đồng/cái", "80 triệu đồng", "10 cái", "1.500 đồng")
    else:
        p.has("800 kg", "150.000 đồng/kg", "50 triệu đồng", "chưa đăng ký kinh doanh", "20 hũ")


def check(key: str) -> Plan:
    p = Plan(STEMS[key])
    if key in SKETCHY:
        check_sketchy(p, key)
        return p
    t = check_tables(p, key)
    if not p.failures:
        reviewer(p, key, t)
        check_supply_contracts(p, key, t)
    prose_facts(p, key)
    check_text(p, key)
    return p


def main(argv=None) -> int:
    keys = [a for a in (argv or []) if re.fullmatch(r"ic\d\d", a)] or sorted(STEMS)
    return plancheck.report([check(k) for k in keys])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
