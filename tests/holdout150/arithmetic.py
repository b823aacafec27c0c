"""The 150th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout150/arithmetic.py

Theme: processing losses and by-products (Hương Sơn, Đức Thọ, Can Lộc, Nghi Xuân, Kỳ Anh). Every
full plan (eu01-eu10) turns one main raw material into its product through stated stages, each
with a yield or a loss ("1 tấn lạc vỏ cho 0,7 tấn lạc nhân", "hao hụt 12 %", "tỷ lệ nước mía
58 %"), and several producers sell a by-product of the same raw material (cám, bã rượu, vỏ lạc,
khô dầu, nước cất bưởi, bã đậu, xác mía, vỏ cam sấy, mùn cưa) on its own revenue line. For each
plan the constants give the products (pack size in the plan's base unit or, for the crafts, the
raw material in one piece; price, pack cost, packs per year), the 2024-2026 history, the main raw
material and its price, the stages with their yields, the by-products (stage, rate per unit of
that stage's input, price), the other materials per unit of output, the own or linked supply
(area or fruit x yield) and the purchase in local units with the conversion stated once, the
capacities (per day x days, on a stage's input or on the output), staff by role and wage (or piece
rates), the energy rate per unit of raw material, investment items and sources, asset life, loan
balances and rate, the selling and tax shares, excise for the two spirits, and a fixed line.

From them this script recomputes: output = sum of packs x size; raw-material need = output (or
the raw content of the pieces) / product of the stage yields; every stage's input and output;
by-product quantities = the stage input x rate; own supply, purchases and the balance; the
capacities against the stage they limit; staff; investment and sources; depreciation; interest;
every revenue line (packs x price, by-product quantity x price) and its total; every cost line
and the total; profit = revenue - cost; margin; growth; payback = investment / (average profit +
depreciation); the 2024-2026 history. Each figure is read back from the plan's source (tables
found by their caption "Bảng N. ...") and compared: planted numeric defects must be wrong by more
than 5 % against the true value (computed beside them), every other number right within 1 % (or
0,11 of a unit for small amounts). Textual defects are asserted through the presence or absence
of their words. Sketchy plans: 150-320 words, no table.
"""

from __future__ import annotations

import re
import sys
from math import prod
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|\bhuyện\b|"
            r"Phòng .{0,30} huyện|51/2021/NQ-HĐND")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year[, raw content])
#   raw content: for the crafts, kg of raw material (after all losses) in one piece
# hist: (output in base units, average price đ per base unit) for 2024, 2025, 2026; hist_scale: the
#   history table's price unit when it is not the đồng (1000: nghìn đồng)
# raw: (label, unit, price đ per unit)
# share: kg of the chain's last output in one base unit of product (kẹo lạc: 0,55 kg lạc rang/kg)
# chain: (stage label, yield = output / input, the yield as written)
# byp: (label, unit, stage whose input it comes from, rate per unit of that input, price đ, rate as written)
# mats: (cost line label, đ per base unit of output)
# own: (what, quantity, unit, yield of raw per unit and year)
# buy: (local unit, its conversion to the raw's unit, rows (supplier, households, quantity))
# caps: (label, per day, days, stage index whose input it limits or None for the output)
# roles: (role, head count per year); wage triệu/month (or piece rates đ per product)
# energy: (cost line label, đ per unit of raw material)
# inv: (label, triệu, fixed?); src: (label, triệu); loan: balance per year (triệu), rate
PLANS: dict[str, dict] = {
    "eu01": dict(
        unit="lít",
        products=[("Rượu nếp cái 35 độ, chai thủy tinh 500 ml", "chai", 0.5, 165000, 16000, [20000, 22000, 24000]),
                  ("Rượu nếp cái hạ thổ, bình gốm 2 lít", "bình", 2, 560000, 65000, [700, 800, 900])],
        hist=[(9200, 300000), (9900, 310000), (10500, 320000)],
        raw=("Thóc nếp cái hoa vàng", "kg", 11000),
        chain=[("Xay xát thóc nếp (kg thóc → kg gạo)", 0.65, "65 %"),
               ("Nấu, ủ men lá, chưng cất, bỏ rượu đầu và rượu cuối (kg gạo → lít rượu)", 0.62, "0,62 lít/kg"),
               ("Lọc, khử andehit, hạ thổ (lít → lít)", 0.97, "hao hụt 3 %")],
        byp=[("Cám gạo", "kg", 0, 0.10, 6000, "10 % khối lượng thóc"),
             ("Bã rượu ướt", "kg", 1, 2.5, 1200, "2,5 kg/kg gạo")],
        mats=[("Men lá, phụ liệu", 4000)],
        own=("ruộng nếp cái hoa vàng của thành viên", 3.5, "ha", 5200),
        buy=("tạ", 100, [("Thôn Thịnh Lạc", 10, 60), ("Thôn Quang Tiến", 12, 55), ("Thôn Yên Trung", 9, 45),
                         ("Thôn Đồng Văn", 8, 40)]),
        caps=[("Ba nồi chưng cất inox 60 kg gạo/mẻ", 180, 280, 1)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [3, 3, 3]),
               ("Lọc, đóng chai, kho", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=6.0, energy=("Điện, củi trấu, nước", 2000),
        inv=[("Cải tạo nhà nấu, chưng cất 120 m²", 250, True), ("Nồi chưng cất inox thứ ba và bộ ngưng tụ", 200, True),
             ("Máy lọc, thiết bị khử andehit", 120, True), ("Hầm hạ thổ và chum sành", 80, True),
             ("Bể lắng nước thải, nhà chứa bã có mái", 70, True), ("Máy xay xát mini, kho thóc", 150, True),
             ("Bao bì, nhãn, kiểm nghiệm", 50, False), ("Vốn lưu động", 400, False)],
        src=[("Vốn góp của thành viên", 520), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.05, tax=0.01, other=50, excise=True,
        other_label="Quản lý, chi phí khác"),
    "eu02": dict(
        unit="lít",
        products=[("Dầu lạc ép nguội, chai 1 lít", "chai", 1, 180000, 9000, [5000, 5600, 6200]),
                  ("Dầu lạc ép nguội, chai 500 ml", "chai", 0.5, 95000, 6000, [7000, 7800, 8600]),
                  ("Dầu lạc ép nguội, can 2 lít", "can", 2, 350000, 14000, [600, 700, 800])],
        hist=[(8200, 165000), (8700, 170000), (9200, 175000)],
        raw=("Lạc vỏ khô", "kg", 20000),
        chain=[("Bóc vỏ, sàng (kg lạc vỏ → kg lạc nhân)", 0.70, "70 %"),
               ("Phân loại, loại hạt lép, hạt mốc (kg → kg)", 0.95, "hao hụt 5 %"),
               ("Ép nguội, lắng, lọc (kg lạc nhân → lít dầu)", 0.42, "0,42 lít/kg")],
        byp=[("Vỏ lạc", "kg", 0, 0.28, 800, "28 % khối lượng lạc vỏ"),
             ("Khô dầu lạc", "kg", 2, 0.56, 11000, "56 % khối lượng nhân đem ép")],
        mats=[("Giấy lọc, vải lọc, phụ liệu", 1000)],
        own=("diện tích lạc liên kết bao tiêu", 12, "ha", 2400),
        buy=("tạ", 100, [("Xã Trường Lưu", 20, 60), ("Xã Gia Hanh", 18, 55), ("Xã Tùng Lộc", 15, 45),
                         ("Xã Xuân Lộc", 10, 30)]),
        caps=[("Máy ép dầu trục vít 25 kg nhân/giờ", 150, 260, 2)],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Bóc vỏ, phân loại", [1, 1, 1]), ("Ép, lắng, lọc", [2, 2, 2]),
               ("Chiết rót, bán hàng", [1, 2, 2])],
        wage=6.5, energy=("Điện, nước", 700),
        inv=[("Máy bóc vỏ lạc 300 kg/giờ", 60, True), ("Máy ép dầu trục vít thứ hai", 180, True),
             ("Bồn lắng inox, máy lọc khung bản", 90, True), ("Máy chiết rót, đóng nắp", 80, True),
             ("Kho lạc có pallet, máy hút ẩm", 120, True), ("Cải tạo xưởng ép theo một chiều", 150, True),
             ("Bao bì, kiểm nghiệm, mã vạch", 60, False), ("Vốn lưu động", 500, False)],
        src=[("Vốn chủ sở hữu", 740), ("Vay Ngân hàng thương mại cổ phần", 500)],
        life=10, loan=[500, 350, 200], rate=0.09, sell=0.06, tax=0.015, other=60,
        other_label="Quản lý, chi phí khác"),
    "eu03": dict(
        unit="lít",
        products=[("Tinh dầu vỏ bưởi nguyên chất, lọ 10 ml", "lọ", 0.01, 75000, 6000, [9000, 10000, 11000]),
                  ("Tinh dầu vỏ bưởi nguyên chất, chai 50 ml", "chai", 0.05, 290000, 12000, [1600, 1800, 2000]),
                  ("Tinh dầu vỏ bưởi bán buôn, can 1 lít", "can", 1, 2200000, 50000, [30, 35, 40])],
        hist=[(150, 5200000), (165, 5300000), (180, 5400000)],
        hist_scale=1000,  # the history table gives the price in nghìn đồng/lít
        raw=("Vỏ bưởi tươi", "kg", 3000),
        chain=[("Sơ chế: bỏ cùi trắng, vỏ dập nát (kg → kg)", 0.85, "hao hụt 15 %"),
               ("Chưng cất lôi cuốn hơi nước (kg vỏ → lít tinh dầu thô)", 0.004, "4 lít/tấn"),
               ("Tách nước, lắng, lọc (lít → lít)", 0.95, "hao hụt 5 %")],
        byp=[("Nước cất bưởi (hydrosol)", "lít", 1, 0.3, 10000, "300 lít/tấn vỏ sơ chế")],
        mats=[],
        own=("quả bưởi loại 2 của vườn thành viên", 60000, "kg quả", 0.30),
        buy=("tạ", 100, [("Cơ sở chè bưởi, mứt bưởi xã Sơn Giang", 5, 200), ("Quán nước ép, quầy bưởi bóc sẵn", 8, 180),
                         ("Thôn Giang Hà", 12, 150), ("Thôn Tân Thủy", 20, 120)]),
        caps=[("Hai nồi chưng cất inox 200 kg vỏ/mẻ", 400, 240, 1)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Sơ chế, chưng cất", [2, 2, 2]),
               ("Chiết lọ, bán hàng", [2, 2, 2])],
        wage=6.0, energy=("Củi, điện, nước", 1500),
        inv=[("Nhà chưng cất và phòng chiết 90 m²", 200, True), ("Hai nồi chưng cất inox và bộ ngưng tụ", 240, True),
             ("Bình tách tinh dầu, máy lọc", 60, True), ("Máy chiết lọ, đóng nắp", 70, True),
             ("Kho mát bảo quản tinh dầu", 60, True), ("Bao bì, kiểm nghiệm, công bố", 50, False),
             ("Vốn lưu động", 220, False)],
        src=[("Vốn góp của thành viên", 450), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 450)],
        life=10, loan=[450, 300, 150], rate=0.08, sell=0.06, tax=0.015, other=50,
        other_label="Quản lý, chi phí khác"),
    "eu04": dict(
        unit="sản phẩm",
        products=[("Tranh gỗ ghép mảnh 40 × 60 cm", "bức", 1, 450000, 25000, [1200, 1350, 1500], 1.5),
                  ("Hộp quà gỗ ghép nắp trượt", "hộp", 1, 140000, 8000, [4000, 4500, 5000], 0.8),
                  ("Khay trà gỗ ghép", "chiếc", 1, 160000, 8000, [3000, 3300, 3600], 1.2),
                  ("Móc khóa, đồ lưu niệm khắc laser", "chiếc", 1, 20000, 1000, [10000, 11000, 12000], 0.05)],
        hist=[(15000, 85000), (16000, 88000), (17000, 90000)],
        raw=("Gỗ vụn (đầu mẩu, gỗ bìa keo, bạch đàn)", "kg", 2500),
        chain=[("Phân loại, loại gỗ mục, nứt, cong vênh (kg → kg)", 0.80, "80 %"),
               ("Sấy đến độ ẩm 10 – 12 % (kg → kg)", 0.85, "hao hụt 15 %"),
               ("Cắt, ghép, tiện, chà nhám (kg → kg gỗ trong sản phẩm)", 0.65, "65 %")],
        byp=[("Mùn cưa, dăm bào", "kg", 2, 0.30, 1200, "30 % khối lượng gỗ đã sấy")],
        mats=[("Keo ghép gốc nước, dầu phủ, giấy nhám", 6000)],
        own=("đầu mẩu gỗ từ xưởng đồ gỗ dân dụng của gia đình", 12, "tháng", 500),
        buy=("tấn", 1000, [("Xưởng xẻ gỗ keo thôn Văn Sơn", 2, 8), ("Xưởng mộc dân dụng xã Kỳ Khang", 3, 9),
                           ("Cơ sở đóng pallet xã Kỳ Lạc", 1, 4)]),
        caps=[("Dây chuyền phân loại, cắt thô", 120, 280, 0)],
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Thợ cắt, ghép, tiện", [6, 6, 7]),
               ("Khắc laser, hoàn thiện, phủ dầu", [2, 2, 2]), ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=6.0, energy=("Điện", 1000),
        inv=[("Mở rộng nhà xưởng 120 m²", 250, True),
             ("Máy khắc laser CO2", 180, True), ("Máy ép ghép gỗ thủy lực", 150, True),
             ("Lò sấy gỗ đốt bằng gỗ loại", 120, True), ("Hệ thống hút bụi túi vải", 110, True),
             ("Thiết kế mẫu, bao bì", 40, False), ("Tiêu chuẩn cơ sở, thử nghiệm, nhãn hiệu", 30, False),
             ("Vốn lưu động", 200, False)],
        src=[("Vốn tự có của hộ", 580), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=8, loan=[500, 380, 260], rate=0.08, sell=0.06, tax=0.015, other=50,
        other_label="Quản lý, chi phí khác"),
    "eu05": dict(
        unit="kg",
        products=[("Đậu phụ non, hộp 300 g", "hộp", 0.3, 12000, 1500, [100000, 112000, 124000]),
                  ("Đậu phụ bìa, khay 1 kg", "khay", 1, 32000, 500, [30000, 36000, 40000])],
        hist=[(48000, 30000), (52000, 30500), (55000, 31000)],
        raw=("Đậu tương hạt", "kg", 18000),
        chain=[("Sàng, loại hạt lép, sâu mọt (kg → kg)", 0.97, "hao hụt 3 %"),
               ("Ngâm, xay, nấu, kết tủa, ép khuôn (kg hạt → kg đậu phụ)", 2.4, "2,4 kg/kg")],
        byp=[("Bã đậu tươi", "kg", 1, 1.2, 1500, "1,2 kg/kg hạt")],
        mats=[("Nước chua, thạch cao thực phẩm", 300)],
        own=("diện tích đậu tương liên kết với thành viên", 8, "ha", 2000),
        buy=("tạ", 100, [("Tổ hợp tác đậu tương thôn Thượng Đồng", 20, 50), ("Thôn Hạ Đồng", 15, 40),
                         ("Thôn Trung Lương", 12, 30)]),
        caps=[("Dây chuyền xay, nấu 120 kg hạt/ngày", 120, 300, 1)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Xay, nấu, ép", [5, 5, 6]),
               ("Giao hàng", [2, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=("Củi, điện, nước", 1500),
        inv=[("Nồi hơi đốt củi 300 kg hơi/giờ", 180, True), ("Máy xay tách bã liên hoàn", 120, True),
             ("Khuôn ép inox, bàn ép", 60, True), ("Xe tải nhỏ thùng lạnh", 350, True),
             ("Kho lạnh 15 m³", 90, True), ("Bao bì, tem, kiểm nghiệm", 40, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn góp của thành viên", 540), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600)],
        life=10, loan=[600, 450, 300], rate=0.08, sell=0.05, tax=0.01, other=50,
        other_label="Quản lý, chi phí khác"),
    "eu06": dict(
        unit="kg",
        products=[("Kẹo lạc vừng gừng, gói 200 g", "gói", 0.2, 30000, 2500, [20000, 22000, 24000]),
                  ("Kẹo lạc vừng gừng, hộp quà 500 g", "hộp", 0.5, 85000, 9000, [3000, 3400, 3800])],
        hist=[(4600, 140000), (4900, 145000), (5200, 150000)],
        raw=("Lạc vỏ", "kg", 28000), share=0.55,
        chain=[("Bóc vỏ (kg lạc vỏ → kg lạc nhân)", 0.70, "70 %"),
               ("Rang, bóc vỏ lụa, loại hạt cháy, hạt lép (kg → kg)", 0.92, "hao hụt 8 %")],
        byp=[("Vỏ lạc bán làm chất đốt", "kg", 0, 0.28, 600, "28 % khối lượng lạc vỏ"),
             ("Vỏ lụa, hạt lép bán làm thức ăn gia cầm", "kg", 1, 0.08, 5000, "8 % khối lượng nhân")],
        mats=[("Mạch nha, đường", 8000), ("Vừng, gừng", 7800)],
        own=("ruộng lạc của gia đình", 6, "sào", 250),
        buy=("tạ", 100, [("Thôn Hồng Lam", 8, 15), ("Thôn Song Hải", 10, 18), ("Thôn Phú Mỹ", 6, 12)]),
        caps=[("Nồi nấu kẹo, bàn cán, máy cắt", 40, 250, None)],
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Rang lạc, nấu kẹo", [2, 2, 2]), ("Cắt, đóng gói", [2, 2, 2])],
        wage=5.5, energy=("Than, gas, điện", 3000),
        inv=[("Máy rang lạc trống quay", 60, True), ("Nồi nấu kẹo hai vỏ", 70, True),
             ("Máy cán, cắt thanh kẹo", 90, True), ("Máy đóng gói", 80, True), ("Vốn lưu động", 150, False)],
        src=[("Vốn tự có của hộ", 250), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.05, tax=0.01, other=30,
        other_label="Quản lý, chi phí khác"),
    "eu07": dict(
        unit="kg",
        products=[("Mật mía, hũ thủy tinh 500 g", "hũ", 0.5, 45000, 7000, [8000, 9000, 10000]),
                  ("Mật mía, can 2 kg", "can", 2, 150000, 6000, [2000, 2400, 2800]),
                  ("Mật mía, thùng 20 kg cho cơ sở làm kẹo", "thùng", 20, 1200000, 25000, [100, 110, 120])],
        hist=[(8500, 60000), (9000, 62000), (9400, 64000)],
        raw=("Cây mía tím", "kg", 1300),
        chain=[("Róc vỏ, chặt ngọn, bỏ mắt sâu (kg → kg)", 0.88, "hao hụt 12 %"),
               ("Ép mía (kg mía đã róc → kg nước mía)", 0.58, "58 %"),
               ("Lọc, cô đặc trên lò ba chảo (kg nước mía → kg mật)", 0.22, "2,2 kg/10 kg")],
        byp=[("Xác mía bán cho trại nấm, trại bò", "kg", 1, 0.16, 400, "40 % xác × 40 % bán"),
             ("Ngọn, lá mía bán làm thức ăn bò", "kg", 0, 0.08, 500, "8 % khối lượng mía")],
        mats=[],
        own=("ruộng mía tím của các tổ viên", 20, "sào", 3500),
        buy=("tấn", 1000, [("Thôn Hạ Hanh", 6, 15), ("Thôn Phúc Thượng", 8, 20), ("Thôn Ích Hậu", 9, 25)]),
        caps=[("Lò nấu ba chảo", 400, 120, 2)],
        roles=[("Tổ trưởng, thủ quỹ", [1, 1, 1]), ("Róc, ép mía", [2, 2, 2]), ("Nấu mật", [2, 2, 2]),
               ("Đóng hũ, giao hàng", [1, 1, 1])],
        wage=5.0, energy=("Củi bổ sung, điện", 150),
        inv=[("Máy ép mía ba trục", 90, True), ("Nhà ép, nhà nấu có mái che", 120, True),
             ("Bể lắng, lọc nước mía inox", 40, True), ("Bàn chiết, máy đóng nắp", 30, True),
             ("Bao bì, tem, kiểm nghiệm", 40, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của tổ viên", 270), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 150, 100], rate=0.066, sell=0.05, tax=0.01, other=30,
        other_label="Quản lý, chi phí khác"),
    "eu08": dict(
        unit="lít",
        products=[("Rượu ngô men lá 40 độ, chai 500 ml", "chai", 0.5, 120000, 10000, [22000, 24000, 26000]),
                  ("Rượu ngô men lá 40 độ, bình 5 lít", "bình", 5, 1000000, 60000, [400, 440, 480])],
        hist=[(11500, 200000), (12200, 205000), (12800, 210000)],
        raw=("Ngô hạt", "kg", 8500),
        chain=[("Sàng, loại hạt mốc, hạt lép (kg → kg)", 0.95, "hao hụt 5 %"),
               ("Nấu, ủ men lá, chưng cất (kg ngô → lít rượu 40 độ)", 0.42, "420 lít/tấn"),
               ("Lọc, tàng trữ trong chum (lít → lít)", 0.97, "hao hụt 3 %")],
        byp=[("Bã rượu ngô bán cho trại lợn", "kg", 1, 2.8, 1000, "2,8 kg/kg ngô")],
        mats=[("Men lá, phụ liệu", 3000)],
        own=("ngô nếp, ngô tẻ địa phương liên kết", 5, "ha", 5000),
        buy=("tạ", 100, [("Thôn Trường Sơn", 10, 60), ("Thôn Tân Thượng", 12, 70), ("Thôn Lạc Thịnh", 8, 50)]),
        caps=[("Bốn nồi chưng cất inox 40 kg ngô/mẻ", 160, 300, 1)],
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu, chưng cất", [3, 3, 3]), ("Lọc, đóng chai", [2, 2, 2]),
               ("Bán hàng", [1, 2, 2])],
        wage=6.5, energy=("Điện, củi", 2000),
        inv=[("Nhà xưởng nấu, chưng cất 150 m²", 300, True), ("Nồi chưng cất inox thứ tư, lò hơi, bộ làm lạnh", 260, True),
             ("Máy lọc, thiết bị khử andehit", 100, True), ("Kho tàng trữ, chum sành", 120, True),
             ("Bể lắng, hầm biogas xử lý nước thải", 80, True), ("Bao bì, nhãn, kiểm nghiệm", 50, False),
             ("Vốn lưu động", 400, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng thương mại cổ phần", 510)],
        life=10, loan=[510, 380, 250], rate=0.09, sell=0.05, tax=0.01, other=60, excise=True,
        other_label="Quản lý, chi phí khác"),
    "eu09": dict(
        unit="kg",
        products=[("Cam sấy dẻo, túi 200 g", "túi", 0.2, 75000, 3000, [12000, 13500, 15000]),
                  ("Cam sấy dẻo, hộp quà 500 g", "hộp", 0.5, 170000, 12000, [2000, 2200, 2400])],
        hist=[(2700, 330000), (2950, 335000), (3150, 340000)],
        raw=("Cam bù quả loại 2", "kg", 12000),
        chain=[("Phân loại, rửa, loại quả dập (kg → kg)", 0.95, "hao hụt 5 %"),
               ("Bóc vỏ, tách múi, bỏ hạt (kg quả → kg múi)", 0.70, "70 %"),
               ("Ngâm đường, sấy dẻo (kg múi → kg thành phẩm)", 1 / 3.5, "3,5 kg/kg")],
        byp=[("Vỏ cam sấy khô (trần bì)", "kg", 1, 0.0625, 60000, "25 % vỏ, sấy 4:1")],
        mats=[("Đường, mạch nha", 12000)],
        own=("vườn cam bù của thành viên (quả loại 2)", 8, "ha", 1500),
        buy=("tạ", 100, [("Thôn Tây Sơn", 10, 40), ("Thôn Trung Thủy", 12, 45), ("Thôn Khe Cò", 8, 30)]),
        caps=[("Máy sấy bơm nhiệt 2 buồng", 120, 250, 2)],
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Sơ chế, bóc múi", [3, 3, 3]), ("Sấy, đóng gói", [1, 1, 2]),
               ("Bán hàng", [1, 1, 1])],
        wage=5.5, energy=("Điện, củi sấy", 3000),
        inv=[("Nhà sơ chế, sấy 100 m²", 220, True), ("Máy sấy bơm nhiệt 2 buồng", 260, True),
             ("Máy rửa, bàn bóc múi inox", 60, True), ("Máy hút chân không, máy hàn túi", 80, True),
             ("Kho mát bảo quản quả", 80, True), ("Bao bì, kiểm nghiệm, nhãn hiệu", 50, False),
             ("Vốn lưu động", 250, False)],
        src=[("Vốn góp của thành viên", 440), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 560)],
        life=10, loan=[560, 420, 280], rate=0.08, sell=0.06, tax=0.015, other=40,
        other_label="Quản lý, chi phí khác"),
    "eu10": dict(
        unit="sản phẩm",
        products=[("Chiếu cói dệt tay 1,6 × 2 m", "chiếc", 1, 280000, 8000, [800, 1800, 2100], 2.4),
                  ("Túi xách cói đan tay", "chiếc", 1, 120000, 4000, [1500, 3300, 3800], 0.35),
                  ("Thảm cói lót sàn 60 × 90 cm", "chiếc", 1, 150000, 5000, [600, 1300, 1500], 0.9)],
        hist=[(2600, 185000), (2750, 188000), (2850, 190000)],
        raw=("Cói khô", "kg", 18000),
        chain=[("Phơi lại, chẻ, bỏ gốc ngọn, phân loại (kg → kg)", 0.82, "hao hụt 18 %"),
               ("Nhuộm màu, phơi (kg → kg)", 0.95, "hao hụt 5 %"),
               ("Dệt, đan, cắt mép, hoàn thiện (kg → kg cói trong sản phẩm)", 0.93, "hao hụt 7 %")],
        byp=[],
        mats=[("Thuốc nhuộm, chỉ, quai, vải lót", 8000)],
        own=None,
        buy=("tạ", 100, [("Thôn Hải Thịnh", 10, 40), ("Thôn Hải Thủy", 8, 45), ("Thương lái cói Nga Sơn", 2, 30)]),
        caps=[("Mười hai khung dệt chiếu, bàn đan", 40, 300, None)],
        roles=[("Nhóm trưởng, ghi chép", [1, 1, 1]), ("Dệt chiếu, thảm", [8, 8, 8]), ("Đan túi, hoàn thiện", [5, 5, 5])],
        wage=None, piece=[90000, 40000, 50000], energy=("Điện", 500),
        inv=[("Nhà xưởng chung 100 m², sân phơi", 150, True), ("Khung dệt cải tiến, bàn đan", 120, True),
             ("Lò sấy chống mốc", 60, True), ("Vốn lưu động", 120, False)],
        src=[("Vốn góp của các hộ", 200), ("Vay quỹ tín dụng Hội Liên hiệp Phụ nữ", 150)],
        life=8, loan=[150, 100, 50], rate=0.07, sell=0.05, tax=0.01, other=20,
        other_label="Quản lý, chi phí khác"),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "eu05": {"shortfall": True},                   # need 29.897 / 33.162 kg soybean vs 28.000 supply
    "eu06": {"rev_line": (0, 1, 1.10)},            # 2028 gói 200 g revenue line × 1,10; total, sell, tax follow
    "eu07": {"over_capacity": True, "cost_total": (1, 0.91)},  # juice 52.273 / 59.091 kg vs 48.000; 2028 total
    "eu08": {"profit": (2, 1.30), "objective_2029": 17000},   # 2029 profit × 1,30; objectives say 17.000 lít
    "eu09": {"payback": 1.6},                      # stated payback 1,6 years
    "eu10": {"src_total": True, "growth": True},   # sources 350 (as in the constants) vs investment 450; × 2,2
}
READY = ("eu01", "eu02", "eu03", "eu04")
STEMS = {
    "eu01": "eu01_ruou_nep_duc_quang_htx",
    "eu02": "eu02_dau_lac_truong_luu_cty",
    "eu03": "eu03_tinh_dau_buoi_son_giang_htx",
    "eu04": "eu04_go_vun_my_nghe_ky_van_hkd",
    "eu05": "eu05_dau_phu_duc_dong_htx",
    "eu06": "eu06_keo_lac_co_dam_hkd",
    "eu07": "eu07_mat_mia_gia_hanh_tht",
    "eu08": "eu08_ruou_ngo_ky_thuong_cty",
    "eu09": "eu09_cam_say_son_tay_htx",
    "eu10": "eu10_chieu_coi_dan_hai_nhom_ho",
    "eu11": "eu11_bot_san_day_duc_thinh_so_sai",
    "eu12": "eu12_go_dua_ky_xuan_so_sai",
}
# Sketchy plans: the few figures they give (checked as written) and the papers they lack on purpose.
SKETCHY = {
    "eu11": dict(figures=["1.500 kg", "12 kg", "250.000 đồng/kg", "60 triệu đồng"],
                 absent=r"an toàn thực phẩm|ATTP|tự công bố|tiêu chuẩn cơ sở|nhãn hiệu|43/2017|môi trường|truy xuất"),
    "eu12": dict(figures=["3.000 sản phẩm", "60 %", "45.000 đồng", "40 triệu đồng"],
                 absent=r"đăng ký kinh doanh|mã số thuế|tiêu chuẩn cơ sở|nhãn hiệu|43/2017|môi trường|truy xuất|bụi"),
}


# --------------------------------------------------------------------------- the model
def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(key: str, planted: bool = True) -> dict:
    """Every number a full plan prints. planted=False gives the true values; planted=True what the
    plan states (the planted defects and their knock-ons in place)."""
    p = PLANS[key]
    pl = PLANTED.get(key, {}) if planted else {}
    prods = p["products"]
    m = [pr[6] if len(pr) > 6 else pr[2] * p.get("share", 1) for pr in prods]
    packs = [[pr[5][y] for pr in prods] for y in Y]
    out = [sum(pr[2] * pr[5][y] for pr in prods) for y in Y]
    content = [sum(m[i] * pr[5][y] for i, pr in enumerate(prods)) for y in Y]   # chain's last output
    yields = [s[1] for s in p["chain"]]
    need = [content[y] / prod(yields) for y in Y]
    stage = [[need[y] * prod(yields[:k]) for y in Y] for k in range(len(yields) + 1)]  # stage k input
    byq = [[stage[b[2]][y] * b[3] for y in Y] for b in p["byp"]]
    own = p["own"][1] * p["own"][3] if p["own"] else 0
    buy_rows = [(v, h, q, q * p["buy"][1]) for v, h, q in p["buy"][2]]
    buy = sum(r[3] for r in buy_rows)
    supply = own + buy
    caps = []
    for lab, per, days, basis in p["caps"]:
        used = out if basis is None else stage[basis]
        caps.append(dict(label=lab, per=per, days=days, total=per * days, used=used, basis=basis))
    staff = [sum(c[y] for _, c in p["roles"]) for y in Y]
    inv_total = sum(v for _, v, _ in p["inv"])
    fixed = sum(v for _, v, f in p["inv"] if f)
    dep = r1(fixed / p["life"])
    src = list(p["src"])
    src_total = sum(v for _, v in src)
    # revenue
    rev_lines = []
    for i, pr in enumerate(prods):
        rev_lines.append([pr[3] * pr[5][y] / 1e6 for y in Y])
    for j, b in enumerate(p["byp"]):
        rev_lines.append([byq[j][y] * b[4] / 1e6 for y in Y])
    rev_lines = [[r1(v) for v in line] for line in rev_lines]
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        rev_lines[i][y] = r1(rev_lines[i][y] * f)
    rev = [r1(sum(line[y] for line in rev_lines)) for y in Y]
    prod_rev = [sum(rev_lines[i][y] for i in range(len(prods))) for y in Y]
    # cost
    cost_lines = []   # (label, [3 values])
    cost_lines.append((f"{p['raw'][0]}", [need[y] * p["raw"][2] / 1e6 for y in Y]))
    for lab, rate in p["mats"]:
        cost_lines.append((lab, [out[y] * rate / 1e6 for y in Y]))
    cost_lines.append(("Bao bì", [sum(pr[4] * pr[5][y] for pr in prods) / 1e6 for y in Y]))
    if p.get("wage"):
        cost_lines.append(("Tiền lương", [staff[y] * p["wage"] * 12 for y in Y]))
    else:
        cost_lines.append(("Tiền công", [sum(pr[5][y] * w for pr, w in zip(prods, p["piece"])) / 1e6 for y in Y]))
    cost_lines.append((p["energy"][0], [need[y] * p["energy"][1] / 1e6 for y in Y]))
    cost_lines.append(("Khấu hao", [dep] * 3))
    cost_lines.append(("Lãi vay", [p["loan"][y] * p["rate"] for y in Y]))
    if p.get("excise"):
        cost_lines.append(("Thuế tiêu thụ đặc biệt", [prod_rev[y] * 65 / 165 for y in Y]))
    cost_lines.append(("Bán hàng", [rev[y] * p["sell"] for y in Y]))
    cost_lines.append(("Thuế, phí", [rev[y] * p["tax"] for y in Y]))
    cost_lines.append((p.get("other_label", "Chi phí khác"), [p["other"]] * 3))
    cost_lines = [(lab, [r1(v) for v in vals]) for lab, vals in cost_lines]
    cost = [r1(sum(v[y] for _, v in cost_lines)) for y in Y]
    if "cost_total" in pl:
        y, f = pl["cost_total"]
        cost[y] = r1(cost[y] * f)
    profit = [r1(rev[y] - cost[y]) for y in Y]
    if "profit" in pl:
        y, f = pl["profit"]
        profit[y] = r1(profit[y] * f)
    margin = [r1(profit[y] / rev[y] * 100) for y in Y]
    payback = round(inv_total / (sum(profit) / 3 + dep), 1)
    if "payback" in pl:
        payback = pl["payback"]
    hist = [(o, pr, r1(o * pr / 1e6)) for o, pr in p["hist"]]
    return dict(m=m, packs=packs, out=out, content=content, need=need, stage=stage, byq=byq, own=own,
                buy_rows=buy_rows, buy=buy, supply=supply, caps=caps, staff=staff, inv_total=inv_total,
                fixed=fixed, dep=dep, src=src, src_total=src_total, rev_lines=rev_lines, rev=rev,
                prod_rev=prod_rev, cost_lines=cost_lines, cost=cost, profit=profit, margin=margin,
                payback=payback, hist=hist)


# --------------------------------------------------------------------------- reading the plans
class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]]:
        """Rows (cells) of the table whose caption line 'Bảng N. …' matches `caption` (regex)."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            s = line.strip().strip("*")
            if re.match(r"Bảng \d+\.", s) and re.search(caption, s, re.I):
                rows, j = [], i + 1
                while j < len(lines) and not lines[j].strip().startswith("|"):
                    j += 1
                while j < len(lines) and lines[j].strip().startswith("|"):
                    cells = [c.strip() for c in lines[j].strip().strip("|").split("|")]
                    if not all(re.fullmatch(r"-+", c) for c in cells):
                        rows.append(cells)
                    j += 1
                return rows[1:]  # without the header row
        self.failures.append(f"table not found: {caption}")
        return []

    def nums(self, rows, label: str, n: int = 3, skip: int = 0) -> list[float]:
        """The last n numbers of the (skip+1)-th row of `rows` whose first or second cell starts with label."""
        seen = 0
        for r in rows:
            if any(c.startswith(label) for c in r[:2]):
                found = [vn(x) for x in r[1:] if re.fullmatch(r"[\d.,]+", x) and re.search(r"\d", x)]
                if len(found) >= n:
                    if seen == skip:
                        return found[-n:]
                    seen += 1
        self.failures.append(f"row not found: {label}")
        return [0.0] * n

    def same(self, got: float, want: float, what: str, tol: float = 0.01, absol: float = 0.11) -> None:
        if not (close(got, want, tol) or abs(got - want) <= absol):
            self.failures.append(f"{what}: plan {got:g}, computed {want:g}")

    def wrong(self, got: float, true: float, what: str) -> None:
        if not off(got, true):
            self.failures.append(f"planted {what}: plan {got:g} should be > 5 % from {true:g}")


def fmt_q(x: float) -> str:
    return f"{round(x):,}".replace(",", ".")


def check_full(key: str) -> Plan:
    p = PLANS[key]
    stem = STEMS[key]
    pl = Plan(stem)
    st = model(key, planted=True)    # what the plan should print
    tr = model(key, planted=False)   # the truth
    planted = PLANTED.get(key, {})
    pl.lacks(PLACEHOLDER, "template placeholder")

    # history 2024-2026
    t = pl.table(r"Kết quả sản xuất")
    outs, prices, revs = pl.nums(t, "Sản lượng"), pl.nums(t, "Giá bán bình quân"), pl.nums(t, "Doanh thu")
    scale = p.get("hist_scale", 1)
    for i, (o, pr, rv) in enumerate(tr["hist"]):
        pl.same(outs[i], o, f"history output {2024 + i}")
        pl.same(prices[i] * scale, pr, f"history price {2024 + i}")
        pl.same(revs[i], rv, f"history revenue {2024 + i}")
        pl.same(revs[i], outs[i] * prices[i] * scale / 1e6, f"history revenue = output × price {2024 + i}")
    if len(p["products"][0]) < 7:
        used = pl.nums(t, "Nguyên liệu")
        for i, (o, _, _) in enumerate(tr["hist"]):
            pl.same(used[i], o * p.get("share", 1) / prod(s[1] for s in p["chain"]), f"history raw used {2024 + i}")
    g27 = tr["out"][0] / tr["hist"][2][0] - 1
    pl.check(-0.05 <= g27 <= 0.20, f"2027 output {tr['out'][0]} not within +20 % of 2026 ({g27:.1%})")

    # products and prices
    t = pl.table(r"quy cách")
    for pr in p["products"]:
        got = pl.nums(t, pr[0], 1)[0]
        pl.same(got, pr[3], f"price of {pr[0]}")

    # processing chain (2027)
    t = pl.table(r"hao hụt")
    for k, (lab, yld, _) in enumerate(p["chain"]):
        a, b = pl.nums(t, lab, 2)
        pl.same(a, tr["stage"][k][0], f"stage {k + 1} input 2027")
        pl.same(b, tr["stage"][k + 1][0], f"stage {k + 1} output 2027")
        pl.same(b, a * yld, f"stage {k + 1} output = input × yield")

    # purchases
    t = pl.table(r"Vùng nguyên liệu|thu mua")
    for v, h, q, conv in tr["buy_rows"]:
        got = pl.nums(t, v, 3)
        pl.same(got[0], h, f"households {v}")
        pl.same(got[1], q, f"purchase {v}")
        pl.same(got[2], conv, f"purchase {v} converted")
    tot = pl.nums(t, "Tổng cộng", 2)
    pl.same(tot[0], sum(r[2] for r in tr["buy_rows"]), "purchase total (local units)")
    pl.same(tot[1], tr["buy"], "purchase total converted")

    # raw-material balance
    t = pl.table(r"Cân đối nguyên liệu")
    got = pl.nums(t, "Sản lượng")
    for y in Y:
        pl.same(got[y], tr["out"][y], f"balance output {YEARS[y]}")
    if p["own"]:
        got = pl.nums(t, "Nguồn tự có")
        for y in Y:
            pl.same(got[y], tr["own"], f"own supply {YEARS[y]}")
    got = pl.nums(t, "Thu mua")
    for y in Y:
        pl.same(got[y], tr["buy"], f"purchased {YEARS[y]}")
    got = pl.nums(t, "Tổng nguồn cung")
    for y in Y:
        pl.same(got[y], tr["supply"], f"total supply {YEARS[y]}")
    if planted.get("shortfall"):
        pl.check(not any(r[1].startswith("Nhu cầu") or r[1].startswith("Chênh lệch") for r in t if len(r) > 1),
                 "shortfall plan: the balance table must not show the need or the difference")
        for y in (1, 2):
            pl.check(tr["need"][y] > tr["supply"] * 1.05,
                     f"planted shortfall {YEARS[y]}: need {tr['need'][y]:.0f} vs supply {tr['supply']:.0f}")
        pl.check(tr["need"][0] <= tr["supply"], "2027 need within supply")
    else:
        got = pl.nums(t, "Nhu cầu")
        for y in Y:
            pl.same(got[y], tr["need"][y], f"need {YEARS[y]}")
            pl.check(tr["need"][y] <= tr["supply"], f"need {YEARS[y]} exceeds supply")
        got = pl.nums(t, "Chênh lệch")
        for y in Y:
            pl.same(got[y], tr["supply"] - tr["need"][y], f"balance {YEARS[y]}")

    # capacities
    for c in tr["caps"]:
        for y in Y:
            if planted.get("over_capacity") and y > 0:
                pl.check(c["used"][y] > c["total"] * 1.05,
                         f"planted capacity {YEARS[y]}: {c['used'][y]:.0f} vs {c['total']}")
            else:
                pl.check(c["used"][y] <= c["total"], f"capacity {c['label']} {YEARS[y]}: {c['used'][y]:.0f} > {c['total']}")
        pl.has(fmt_q(c["per"]), fmt_q(c["days"]))

    # staff
    t = pl.table(r"Lao động|Nhân lực")
    for role, counts in p["roles"]:
        got = pl.nums(t, role)
        for y in Y:
            pl.same(got[y], counts[y], f"staff {role} {YEARS[y]}")
    got = pl.nums(t, "Tổng")
    for y in Y:
        pl.same(got[y], tr["staff"][y], f"staff total {YEARS[y]}")

    # production plan and by-products
    t = pl.table(r"Kế hoạch sản lượng")
    for i, pr in enumerate(p["products"]):
        got = pl.nums(t, pr[0])
        for y in Y:
            pl.same(got[y], pr[5][y], f"packs {pr[0]} {YEARS[y]}")
    got = pl.nums(t, "Tổng sản lượng")
    for y in Y:
        pl.same(got[y], tr["out"][y], f"output {YEARS[y]}")
    for j, b in enumerate(p["byp"]):
        got = pl.nums(t, b[0])
        for y in Y:
            pl.same(got[y], tr["byq"][j][y], f"by-product {b[0]} {YEARS[y]}")
    if planted.get("growth"):
        pl.check(tr["out"][1] / tr["out"][0] > 2.0, "planted growth: output should more than double in 2028")
    else:
        for y in (1, 2):
            pl.check(tr["rev"][y] / tr["rev"][y - 1] - 1 < 0.31, f"revenue growth {YEARS[y]} over 31 %")

    # investment and sources
    t = pl.table(r"Tổng vốn đầu tư")
    for lab, v, _ in p["inv"]:
        pl.same(pl.nums(t, lab, 1)[0], v, f"investment {lab}")
    pl.same(pl.nums(t, "Tổng cộng", 1)[0], tr["inv_total"], "investment total")
    t = pl.table(r"Nguồn vốn")
    for lab, v in p["src"]:
        got = pl.nums(t, lab, 2)
        pl.same(got[0], v, f"source {lab}")
        pl.same(got[1], v / tr["src_total"] * 100, f"source share {lab}")
    got_src = pl.nums(t, "Tổng cộng", 2)[0]
    pl.same(got_src, tr["src_total"], "sources total")
    if planted.get("src_total"):
        pl.wrong(got_src, tr["inv_total"], "capital: sources vs investment")
    else:
        pl.same(got_src, tr["inv_total"], "sources = investment")

    # revenue
    t = pl.table(r"Doanh thu")
    labels = [f"{pr[0]} ({fmt_q(pr[3])} đ/{pr[1]})" for pr in p["products"]] + \
             [f"{b[0]} ({fmt_q(b[4])} đ/{b[1]})" for b in p["byp"]]
    printed_lines = []
    for i, lab in enumerate(labels):
        got = pl.nums(t, lab)
        printed_lines.append(got)
        for y in Y:
            true = tr["rev_lines"][i][y]
            if "rev_line" in planted and planted["rev_line"][:2] == (i, y):
                pl.wrong(got[y], true, f"revenue line {lab} {YEARS[y]}")
                pl.same(got[y], st["rev_lines"][i][y], "planted revenue line as generated")
            else:
                pl.same(got[y], true, f"revenue {lab} {YEARS[y]}")
    rev = pl.nums(t, "Tổng doanh thu")
    for y in Y:
        pl.same(rev[y], sum(line[y] for line in printed_lines), f"revenue total = sum of lines {YEARS[y]}")
        if "rev_line" in planted and planted["rev_line"][1] == y:
            pl.wrong(rev[y], tr["rev"][y], f"revenue total {YEARS[y]}")
        else:
            pl.same(rev[y], tr["rev"][y], f"revenue total {YEARS[y]}")

    # cost
    t = pl.table(r"Chi phí")
    cost_printed = []
    for (lab, vals), (_, tvals) in zip(st["cost_lines"], tr["cost_lines"]):
        got = pl.nums(t, lab.split(" (")[0])
        cost_printed.append(got)
        for y in Y:
            pl.same(got[y], vals[y], f"cost {lab} {YEARS[y]}")
            if lab in ("Bán hàng", "Thuế, phí"):
                share = p["sell"] if lab == "Bán hàng" else p["tax"]
                pl.same(got[y], rev[y] * share, f"cost {lab} = share of stated revenue {YEARS[y]}")
            elif not ("rev_line" in planted and planted["rev_line"][1] == y):
                pl.same(got[y], tvals[y], f"cost {lab} true {YEARS[y]}")
    cost = pl.nums(t, "Tổng chi phí")
    for y in Y:
        s = sum(c[y] for c in cost_printed)
        if "cost_total" in planted and planted["cost_total"][0] == y:
            pl.wrong(cost[y], s, f"cost total {YEARS[y]} vs its lines")
            pl.same(cost[y], st["cost"][y], "planted cost total as generated")
        else:
            pl.same(cost[y], s, f"cost total = sum of lines {YEARS[y]}")
    # each cost line recomputed from the constants (true values)
    pl.same(tr["cost_lines"][0][1][0], tr["need"][0] * p["raw"][2] / 1e6, "raw cost 2027")

    # summary
    t = pl.table(r"Tổng hợp")
    srev, scost, sprof, smar = (pl.nums(t, "Doanh thu"), pl.nums(t, "Chi phí"), pl.nums(t, "Lợi nhuận"),
                                pl.nums(t, "Tỷ suất"))
    for y in Y:
        pl.same(srev[y], rev[y], f"summary revenue {YEARS[y]}")
        pl.same(scost[y], cost[y], f"summary cost {YEARS[y]}")
        if "profit" in planted and planted["profit"][0] == y:
            pl.wrong(sprof[y], srev[y] - scost[y], f"profit {YEARS[y]}")
            pl.wrong(sprof[y], tr["profit"][y], f"profit {YEARS[y]} (true)")
        else:
            pl.same(sprof[y], srev[y] - scost[y], f"profit = revenue − cost {YEARS[y]}")
        pl.same(smar[y], sprof[y] / srev[y] * 100, f"margin {YEARS[y]}")
        pl.check(0 < tr["margin"][y] < 40, f"true margin {YEARS[y]} {tr['margin'][y]} outside 0-40 %")
    # payback as printed
    true_pb = tr["inv_total"] / (sum(tr["profit"]) / 3 + tr["dep"])
    stated_pb = st["payback"]
    pl.has(f"{stated_pb:.1f}".replace(".", ",") + " năm")
    if "payback" in planted:
        pl.wrong(stated_pb, true_pb, "payback")
    else:
        pl.same(stated_pb, tr["inv_total"] / (sum(sprof) / 3 + tr["dep"]), "payback on printed profits", absol=0.051)
    return pl


# --------------------------------------------------------------------------- the words
def common_ready(pl: Plan) -> None:
    pl.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
           "phiếu kết quả thử nghiệm", "nhãn hiệu", "truy xuất", "đăng ký môi trường")
    pl.lacks(REPLACED, "replaced instrument or district body")
    papers = " ".join(" ".join(r) for r in pl.table(r"Hồ sơ"))
    for d in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", papers):
        pl.check(int(d[2]) >= 2030, f"paper valid only to {'/'.join(d)}")


def textual(key: str, pl: Plan) -> None:
    if key in READY:
        common_ready(pl)
    if key == "eu01":
        pl.has("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", "105/2017/NĐ-CP", "độ cồn",
               "Hợp tác xã Rượu nếp Quang Thịnh", "an toàn thực phẩm")
    if key == "eu02":
        pl.has("an toàn thực phẩm", "tự công bố", "1 tấn lạc vỏ cho 0,7 tấn lạc nhân")
    if key == "eu03":
        pl.has("chiếm khoảng 30 % khối lượng quả", "mỹ phẩm", "93/2016/NĐ-CP")
    if key == "eu04":
        pl.has("không dùng để chứa đựng thực phẩm", "tỷ lệ thành phẩm 65 %", "hút bụi")
    if key == "eu05":
        pl.lacks(r"môi trường|nước thải|chất thải|xử lý|biogas|hầm|mùi|ô nhiễm|bể lắng", "environment words")
        pl.has("Hợp tác xã Đậu phụ Yên Hồ", "có đủ nguyên liệu", "2,4 kg đậu phụ")
        pl.check(pl.count("Hợp tác xã Nông nghiệp Đức Đồng") >= 5, "own name used throughout")
    if key == "eu06":
        pl.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|bao bì ghi", "label words")
        pl.lacks(r"tiêu chuẩn cơ sở|TCCS|tự công bố|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|chỉ tiêu chất lượng",
                 "standard words")
        pl.has("an toàn thực phẩm", "nhãn hiệu")
    if key == "eu07":
        pl.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|cam kết sản xuất", "food-safety words")
        pl.has("tự công bố", "tiêu chuẩn cơ sở", "400 kg nước mía", "đủ công suất")
    if key == "eu08":
        pl.lacks(r"giấy phép|105/2017|17/2020|cấp phép|rượu thủ công nhằm", "licence words")
        pl.has("17.000 lít", "15.400", "độ cồn", "an toàn thực phẩm")
    if key == "eu09":
        pl.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Hương Sơn")
        pl.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "current OCOP instruments")
        pl.lacks(r"truy xuất|nhật ký|\bQR\b|mã lô|số lô|\btem\b|kiểm soát chất lượng|kiểm soát nội bộ|HACCP|ISO",
                 "quality-control words")
        pl.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "nhãn hiệu")
    if key == "eu10":
        pl.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|giấy chứng nhận đăng ký|hợp tác xã|tổ hợp tác",
                 "registration words")
        pl.has("chưa đăng ký", "giữ nguyên", "nhãn hiệu", "tiêu chuẩn cơ sở")
    if key in ("eu01", "eu08"):
        pl.has("tiêu thụ đặc biệt", "44/2019/QH14")


def check_sketchy(key: str) -> Plan:
    pl = Plan(STEMS[key])
    words = len(re.findall(r"\w+", pl.body))
    pl.check(150 <= words <= 320, f"sketchy word count {words}")
    pl.check(not pl.rows, "sketchy plan has a table")
    pl.has(*SKETCHY[key]["figures"])
    pl.lacks(SKETCHY[key]["absent"], "paper the sketchy plan should lack")
    pl.lacks(PLACEHOLDER, "template placeholder")
    return pl


def main() -> int:
    plans = []
    for key in STEMS:
        if key in PLANS:
            pl = check_full(key)
            textual(key, pl)
        else:
            pl = check_sketchy(key)
        plans.append(pl)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
