"""The 283rd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout283/arithmetic.py [STEM_PREFIX ...]

Theme: raw material that is someone else's by-product (pomelo peel from a juice maker, bagasse and
straw for mushrooms, coconut husks, broken rice and husk from a rice mill, fish heads and bones from a
fillet plant, sawdust and off-cuts from wood shops, shrimp heads from peeling shops, orange peel). The
supply of each plan is reckoned as the other business's output × the by-product's share × the share
the producer receives, or as truckloads × tonnes, or as sources × quantity each (some free for
hauling it away); the need is output × a norm. From the constants, `model()` computes every figure a
plan prints: packs and output, revenue lines (packs × price), supply rows and their sum, need and
balance, capacity and its use, staff and the wage fund, investment items and sources, every cost line
(material bought × price, per-pack and per-unit costs, wages, depreciation = fixed assets / life,
interest = loan × rate, shares of revenue, fixed lines), profit, margin and payback = investment /
(mean profit + depreciation). `printed()` adds the planted numeric defects and the figures that follow
them. Every number of every table is read back from the plan's source (tables found by their caption
"Bảng N. ...") and compared with the model within 1 %; planted figures must be more than 5 % off with
the true value beside them. The plan's own arithmetic is also redone from its printed numbers
(revenue = packs × price, totals, profit = revenue − cost, margin, staff × wage × 12, sources =
investment, payback), need against supply, output against capacity, growth. Textual defects are
asserted by the absence or presence of their words; ready plans must cite QĐ 148 and QĐ 1489 and no
replaced instrument, and every "đến dd/mm/yyyy" in them is 2030 or later. Sketchy plans: 150-350
words, no table.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, Y, lines_sum, off, vn  # noqa: E402

REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

YEARS = (2027, 2028, 2029)

# --------------------------------------------------------------------------- constants
# Per plan: unit = the base unit output is counted in; products = (label, pack word, size in base units,
# price per pack in đồng by year, packs by year); hist = 2024-2026 output, revenue and profit (triệu);
# mats = the by-product raw materials: norm (kg, or husks, per base unit; None = per-product norms in
# `norms`), the supply rows ("reckon": the other business's output × by-product share × share received;
# "count"/"truck"/"fixedt": number × quantity each), each with its price (đồng per tonne, m³ or husk);
# cap = the limiting equipment (per_day × days, or a stated yearly value; basis = a material's need or the
# output); roles = staff by role and year; wage = monthly wage (triệu) by year; costs = the cost lines
# (mat: supply × its price; matneed: need × price; perpack: packs × đồng each; permat / perunit: per tonne
# of material / per base unit; wages; dep = fixed assets / life; interest = loan balance × rate; share of
# revenue; fixed); inv = (item, triệu, fixed asset?); src = capital sources (triệu); loan = balance by year.
PLANS: dict[str, dict] = {'jy01': {'unit': 'lít',
          'products': [('Tinh dầu vỏ bưởi nguyên chất, chai 10 ml', 'chai', 0.01, [45000, 45000, 45000], [15000, 16500, 18000]),
                       ('Tinh dầu vỏ bưởi nguyên chất, chai 50 ml', 'chai', 0.05, [190000, 190000, 190000], [2000, 2200, 2400]),
                       ('Tinh dầu bưởi, can 1 lít (bán sỉ)', 'can', 1, [2800000, 2800000, 2800000], [30, 35, 40]),
                       ('Xịt dưỡng tóc vỏ bưởi, chai 100 ml', 'chai', 0.002, [48000, 48000, 48000], [10000, 11000, 12000])],
          'hist': {'out': [120, 150, 190], 'rev': [640.0, 790.0, 985.0], 'profit': [96.0, 126.0, 162.0]},
          'mats': [{'key': 'peel',
                    'label': 'Vỏ bưởi tươi',
                    'norm': 220.0,
                    'unit': 'tấn',
                    'rows': [('reckon', 'Công ty CP Nước ép trái cây Ngàn Trươi', [300, 330, 360], 0.36, 0.5, 400000),
                             ('count', '18 quán chè bưởi, nước ép trong xã', [18, 18, 18], 1.2, None, 150000)]}],
          'cap': {'basis': 'peel', 'per_day': 1.0, 'days': 120},
          'roles': [('Ban quản trị, kế toán', [2, 2, 2]), ('Sơ chế vỏ, chưng cất', [3, 3, 4]),
                    ('Chiết rót, dán nhãn, kho', [2, 2, 2]), ('Bán hàng', [1, 1, 1])],
          'wage': [6.0, 6.3, 6.6],
          'costs': [('mat', 'Vỏ bưởi (mua và thu gom)', 'peel'), ('perpack', 'Chai, hộp, nhãn', [6500, 15000, 60000, 9000]),
                    ('permat', 'Củi, điện chưng cất', ('peel', 350000)), ('wages', 'Tiền lương'),
                    ('dep', 'Khấu hao tài sản cố định'), ('interest', 'Lãi vay'), ('share', 'Bán hàng, quảng bá', 0.12),
                    ('fixed', 'Chi phí khác', 60)],
          'inv': [('Hai nồi chưng cất hơi nước 500 kg vỏ/mẻ và bộ ngưng tụ', 420, True),
                  ('Nhà chưng cất và chiết rót 120 m²', 380, True), ('Máy chiết rót, đóng nắp', 150, True),
                  ('Kho lạnh trữ vỏ 40 m³', 160, True), ('Thiết kế bao bì, nhãn, tem truy xuất', 40, False),
                  ('Kiểm nghiệm, công bố, đăng ký nhãn hiệu', 40, False), ('Vốn lưu động', 260, False)],
          'life': 10,
          'src': [('Vốn góp của thành viên', 750), ('Quỹ đầu tư phát triển của hợp tác xã', 200),
                  ('Vay Ngân hàng Nông nghiệp và Phát triển nông thôn', 500)],
          'loan': [500, 400, 300],
          'rate': 0.07},
 'jy02': {'unit': 'kg',
          'products': [('Nấm sò tươi, khay 300 g', 'khay', 0.3, [13500, 13500, 13500], [40000, 43000, 46500]),
                       ('Nấm sò tươi, túi 2 kg cho bếp ăn, nhà hàng', 'túi', 2, [60000, 60000, 60000], [6000, 6500, 7000]),
                       ('Nấm sò sấy khô, túi 100 g', 'túi', 1.0, [38000, 38000, 38000], [8000, 8600, 9300])],
          'hist': {'out': [20500, 23000, 25800], 'rev': [697.0, 793.0, 903.0], 'profit': [132.0, 155.0, 181.0]},
          'mats': [{'key': 'bagasse',
                    'label': 'Bã mía khô',
                    'norm': 1.4,
                    'unit': 'tấn',
                    'rows': [('reckon', 'Cơ sở ép mía nấu mật Tùng Lộc', [1000, 1000, 1100], 0.15, 0.4, 350000)]},
                   {'key': 'straw',
                    'label': 'Rơm cuộn',
                    'norm': 0.6,
                    'unit': 'tấn',
                    'rows': [('truck', 'Rơm cuộn của các chủ máy gặt (xe 4 tấn)', [6, 6, 7], 4.0, None, 1250000)]}],
          'cap': {'basis': 'output', 'per_day': None, 'days': None, 'value': 43200},
          'roles': [('Chủ hộ, quản lý, sổ sách', [1, 1, 1]), ('Đóng bịch, hấp, cấy giống', [2, 2, 2]),
                    ('Chăm sóc, thu hái', [2, 2, 3]), ('Sấy, đóng gói, giao hàng', [2, 2, 2])],
          'wage': [5.5, 5.5, 5.8],
          'costs': [('matneed', 'Bã mía khô', 'bagasse', 350000), ('matneed', 'Rơm cuộn', 'straw', 1250000),
                    ('perunit', 'Giống, túi, cổ nút, vôi', 3000), ('perpack', 'Khay, túi, nhãn', [1500, 2000, 3500]),
                    ('perunit', 'Củi, trấu hấp phôi, điện', 1200), ('wages', 'Tiền công lao động'), ('dep', 'Khấu hao'),
                    ('interest', 'Lãi vay'), ('share', 'Vận chuyển, bán hàng', 0.08), ('fixed', 'Chi phí khác', 30)],
          'inv': [('Hai nhà trồng nấm mới 2 × 150 m²', 240, True), ('Lò hấp phôi bằng hơi 1.000 bịch/mẻ', 80, True),
                  ('Máy sấy nấm 100 kg tươi/mẻ', 120, True), ('Máy trộn, máy đóng bịch', 60, True),
                  ('Bao bì, nhãn, mã QR', 25, False), ('Vốn lưu động', 175, False)],
          'life': 8,
          'src': [('Vốn tự có của hộ', 400), ('Vay Ngân hàng Chính sách xã hội', 300)],
          'loan': [300, 200, 100],
          'rate': 0.066},
 'jy03': {'unit': 'kg xơ',
          'products': [('Chậu xơ dừa trồng lan, đường kính 20 cm', 'chiếc', 0.25, [22000, 22000, 22000], [16000, 17500, 19000]),
                       ('Thảm xơ dừa chùi chân 40 × 60 cm', 'chiếc', 0.8, [65000, 65000, 65000], [5000, 5500, 6000]),
                       ('Dây thừng xơ dừa bện tay, cuộn 20 m', 'cuộn', 0.6, [40000, 40000, 40000], [4000, 4400, 4800])],
          'hist': {'out': [7000, 8200, 9300], 'rev': [560.0, 660.0, 750.0], 'profit': [80.0, 105.0, 130.0]},
          'mats': [{'key': 'husk',
                    'label': 'Vỏ dừa tươi',
                    'norm': 7.5,
                    'unit': 'quả',
                    'scale': 1,
                    'rows': [('count', 'Ki-ốt bán nước dừa ở bãi biển Thiên Cầm', [24, 24, 24], 2500, None, 150),
                             ('count', 'Cơ sở thạch dừa, kẹo dừa Cẩm Hòa', [1, 1, 1], 48000, None, 150)]}],
          'cap': {'basis': 'husk', 'per_day': 600, 'days': 200},
          'roles': [('Tổ trưởng, kế toán', [2, 2, 2]), ('Tách xơ, phơi, đánh tơi', [2, 2, 2]),
                    ('Ép chậu, dệt thảm, bện thừng', [3, 3, 4])],
          'wage': [3.8, 3.8, 4.0],
          'costs': [('mat', 'Vận chuyển vỏ dừa', 'husk'), ('perpack', 'Khung, keo, đế cao su, thẻ treo', [5000, 16000, 3000]),
                    ('perunit', 'Điện', 800), ('wages', 'Tiền công'), ('dep', 'Khấu hao'), ('interest', 'Lãi vay'),
                    ('share', 'Bán hàng, hội chợ', 0.06), ('fixed', 'Chi phí khác', 30)],
          'inv': [('Máy tách xơ dừa 600 quả/ngày', 150, True), ('Máy ép chậu xơ dừa', 90, True),
                  ('Khung dệt thảm và máy bện thừng', 40, True), ('Nhà xưởng, sân phơi, bể lắng 150 m²', 120, True),
                  ('Thiết kế mẫu, thẻ treo, nhãn hiệu', 30, False), ('Vốn lưu động', 120, False)],
          'life': 10,
          'src': [('Vốn góp của tổ viên', 350), ('Vay Ngân hàng Chính sách xã hội (hộ tổ viên đứng vay)', 200)],
          'loan': [200, 150, 100],
          'rate': 0.066},
 'jy04': {'unit': 'kg',
          'products': [('Mứt vỏ bưởi sấy dẻo, hộp 200 g', 'hộp', 0.2, [42000, 42000, 44000], [20000, 22000, 24000]),
                       ('Mứt vỏ bưởi sấy dẻo, túi 500 g', 'túi', 0.5, [95000, 95000, 99000], [6000, 6600, 7200]),
                       ('Vỏ bưởi tẩm đường phèn, hũ 300 g', 'hũ', 0.3, [60000, 60000, 63000], [5000, 5500, 6000])],
          'hist': {'out': [5200, 6300, 7400], 'rev': [1014.0, 1247.0, 1480.0], 'profit': [150.0, 195.0, 240.0]},
          'mats': [{'key': 'peel',
                    'label': 'Vỏ bưởi tươi',
                    'norm': 3.2,
                    'unit': 'tấn',
                    'rows': [('fixedt', 'Công ty CP Nước giải khát Thành Sen (2 tấn/tháng)', [24, 24, 24], 1, None, 700000),
                             ('truck', 'Quán chè bưởi, nước ép trong phường (chuyến 0,5 tấn)', [32, 32, 32], 0.5, None,
                              700000)]}],
          'cap': {'basis': 'output', 'per_day': 45, 'days': 280},
          'roles': [('Giám đốc, kế toán', [2, 2, 2]), ('Sơ chế, ngâm, luộc vỏ', [3, 3, 3]), ('Sên, sấy, đóng gói', [3, 3, 4]),
                    ('Bán hàng', [1, 1, 1])],
          'wage': [6.0, 6.2, 6.4],
          'costs': [('matneed', 'Vỏ bưởi tươi', 'peel', 700000), ('perunit', 'Đường, đường phèn, gừng', 11000),
                    ('perpack', 'Hộp, túi, hũ, nhãn', [6000, 5000, 8000]), ('perunit', 'Gas, điện sấy', 6000),
                    ('wages', 'Tiền lương'), ('dep', 'Khấu hao'), ('interest', 'Lãi vay'), ('share', 'Bán hàng, vận chuyển', 0.1),
                    ('fixed', 'Chi phí khác', 60)],
          'inv': [('Hai tủ sấy bơm nhiệt 80 kg/mẻ', 320, True), ('Nồi sên đường có cánh khuấy', 160, True),
                  ('Cải tạo xưởng theo nguyên tắc một chiều 90 m²', 300, True), ('Máy hàn miệng túi, máy dán nhãn', 60, True),
                  ('Bao bì, nhãn, mã vạch, tem truy xuất', 40, False), ('Vốn lưu động', 220, False)],
          'life': 10,
          'src': [('Vốn chủ sở hữu', 700), ('Vay Ngân hàng thương mại cổ phần Công Thương', 400)],
          'loan': [400, 300, 200],
          'rate': 0.08},
 'jy05': {'unit': 'lít',
          'products': [('Rượu gạo 35 độ, chai 500 ml', 'chai', 0.5, [38000, 38000, 38000], [36000, 41400, 47600]),
                       ('Rượu gạo 35 độ, can 2 lít', 'can', 2, [130000, 130000, 130000], [5000, 5750, 6600]),
                       ('Rượu gạo ngâm quả sim, chai 500 ml', 'chai', 0.5, [75000, 75000, 75000], [8000, 9200, 10600])],
          'hist': {'out': [24000, 26500, 29000], 'rev': [1960.0, 2170.0, 2380.0], 'profit': [300.0, 345.0, 390.0]},
          'mats': [{'key': 'tam',
                    'label': 'Gạo tấm',
                    'norm': 1.6,
                    'unit': 'tấn',
                    'rows': [('reckon', 'Cơ sở xay xát lúa gạo Phúc Hưng', [2200, 2200, 2200], 0.05, 0.5, 7000000)]}],
          'cap': {'basis': 'output', 'per_day': 180, 'days': 280},
          'roles': [('Ban quản trị, kế toán', [2, 2, 2]), ('Nấu, ủ men, chưng cất', [4, 4, 5]),
                    ('Lọc, hạ thổ, chiết chai', [2, 3, 3]), ('Bán hàng, giao hàng', [2, 2, 2])],
          'wage': [6.0, 6.0, 6.0],
          'costs': [('matneed', 'Gạo tấm', 'tam', 7000000), ('perunit', 'Men lá, nước', 300),
                    ('perpack', 'Chai, can, quả sim, nhãn', [6000, 12000, 18000]), ('perunit', 'Điện, vận chuyển trấu', 800),
                    ('wages', 'Tiền lương'), ('dep', 'Khấu hao'), ('interest', 'Lãi vay'), ('share', 'Bán hàng, quảng bá', 0.1),
                    ('fixed', 'Biogas, chi phí khác', 80)],
          'inv': [('Ba nồi chưng cất 60 lít/ngày', 270, True), ('Hệ thống lọc, khử andehit, chiết rót', 250, True),
                  ('Kho hạ thổ 60 m² và chum ủ', 220, True), ('Hầm biogas 30 m³, bể chứa bỗng', 120, True),
                  ('Nhà nấu, chưng cất 150 m²', 380, True), ('Xe tải 1,5 tấn chở tấm, trấu', 260, True),
                  ('Bao bì, nhãn, tem truy xuất', 40, False), ('Vốn lưu động', 360, False)],
          'life': 10,
          'src': [('Vốn góp của thành viên', 900), ('Vay Ngân hàng Nông nghiệp và Phát triển nông thôn', 1000)],
          'loan': [1000, 800, 600],
          'rate': 0.08},
 'jy06': {'unit': 'lít',
          'products': [('Nước mắm cá thu 30 độ đạm, chai 500 ml', 'chai', 0.5, [40000, 40000, 40000], [40000, 43000, 46000]),
                       ('Nước mắm 20 độ đạm, chai 1 lít', 'chai', 1, [35000, 35000, 35000], [20000, 21500, 23000]),
                       ('Nước mắm 15 độ đạm nấu ăn, can 5 lít', 'can', 5, [110000, 110000, 110000], [2400, 2600, 2800])],
          'hist': {'out': [42000, 45500, 48500], 'rev': [1970.0, 2170.0, 2360.0], 'profit': [300.0, 350.0, 400.0]},
          'mats': [{'key': 'fish',
                    'label': 'Đầu, xương, vây cá',
                    'norm': 1.3,
                    'unit': 'tấn',
                    'rows': [('reckon', 'Công ty CP Chế biến thủy sản Hải Hà', [1500, 1600, 1700], 0.35, 0.15, 4000000)]},
                   {'key': 'salt',
                    'label': 'Muối hạt',
                    'norm': 0.4,
                    'unit': 'tấn',
                    'rows': [('fixedt', 'Hợp tác xã muối Kỳ Khang (2,5 tấn/tháng)', [30, 30, 30], 1, None, 3000000)]}],
          'cap': {'basis': 'output', 'per_day': None, 'days': None, 'value': 70000},
          'roles': [('Giám đốc, kế toán', [2, 2, 2]), ('Tiếp nhận, ướp chượp', [4, 4, 4]), ('Kéo rút, lọc, pha đấu', [2, 2, 2]),
                    ('Chiết chai, kho', [2, 2, 2]), ('Bán hàng', [2, 2, 2])],
          'wage': [6.0, 6.0, 6.0],
          'costs': [('matneed', 'Đầu, xương, vây cá', 'fish', 4000000), ('matneed', 'Muối hạt', 'salt', 3000000),
                    ('perpack', 'Chai, can, nắp, nhãn', [5500, 7000, 15000]), ('perunit', 'Điện, nước', 600),
                    ('wages', 'Tiền lương'), ('dep', 'Khấu hao'), ('interest', 'Lãi vay'),
                    ('fixed', 'Bán hàng, vận chuyển', [180, 190, 200]), ('fixed', 'Chi phí khác', 60)],
          'inv': [('Nhà ủ chượp 300 m²', 500, True), ('40 thùng ủ composite 3 m³', 360, True),
                  ('Hệ thống lọc, bồn pha đấu inox', 240, True), ('Máy chiết rót, đóng nắp', 220, True),
                  ('Thùng cách nhiệt tiếp nhận phụ phẩm', 80, True), ('Bao bì, nhãn, mã QR', 50, False),
                  ('Vốn lưu động', 350, False)],
          'life': 12,
          'src': [('Vốn chủ sở hữu', 1000), ('Vay Ngân hàng thương mại cổ phần Đầu tư và Phát triển', 800)],
          'loan': [800, 650, 500],
          'rate': 0.075},
 'jy07': {'unit': 'kg',
          'products': [('Nấm linh chi đỏ sấy khô nguyên tai, hộp 500 g', 'hộp', 0.5, [480000, 480000, 480000],
                        [1600, 1800, 2000]),
                       ('Linh chi thái lát, túi 250 g', 'túi', 0.25, [260000, 260000, 260000], [2400, 2700, 3000]),
                       ('Trà linh chi túi lọc, hộp 20 túi × 3 g', 'hộp', 0.06, [85000, 85000, 85000], [5000, 5500, 6000])],
          'hist': {'out': [1050, 1200, 1400], 'rev': [1090.0, 1250.0, 1470.0], 'profit': [170.0, 200.0, 245.0]},
          'mats': [{'key': 'saw',
                    'label': 'Mùn cưa gỗ keo',
                    'norm': 22.0,
                    'unit': 'tấn',
                    'rows': [('fixedt', 'Xưởng xẻ gỗ keo Hương Thọ (cho không, tự chở)', [30, 30, 30], 1, None, 120000),
                             ('truck', 'Nhà máy ván ép Vũ Quang (xe 8 tấn)', [3, 3, 3], 8.0, None, 150000)]},
                   {'key': 'bran',
                    'label': 'Cám gạo',
                    'norm': 4.0,
                    'unit': 'tấn',
                    'rows': [('fixedt', 'Cơ sở xay xát trong xã', [10, 10, 10], 1, None, 6000000)]}],
          'cap': {'basis': 'output', 'per_day': None, 'days': None, 'value': 3360},
          'roles': [('Ban quản trị, kế toán', [2, 2, 2]), ('Đóng bịch, hấp, cấy giống', [3, 3, 4]),
                    ('Chăm sóc nhà nuôi, thu hái', [2, 3, 3]), ('Sấy, thái lát, đóng gói, bán hàng', [2, 2, 2])],
          'wage': [6.0, 6.0, 6.0],
          'costs': [('mat', 'Mùn cưa (chở, mua)', 'saw'), ('matneed', 'Cám gạo', 'bran', 6000000),
                    ('perunit', 'Giống, túi, nút bông', 42900), ('perpack', 'Hộp, túi, nhãn', [25000, 8000, 12000]),
                    ('perunit', 'Củi hấp phôi, điện sấy', 20000), ('wages', 'Tiền lương'), ('dep', 'Khấu hao'),
                    ('interest', 'Lãi vay'), ('share', 'Bán hàng, đại lý', 0.12), ('fixed', 'Chi phí khác', 80)],
          'inv': [('Hai nhà nuôi linh chi mới 2 × 200 m²', 560, True), ('Lò hấp phôi 2.000 bịch/mẻ', 220, True),
                  ('Phòng cấy vô trùng và tủ cấy', 180, True), ('Máy sấy, máy thái lát, máy đóng túi lọc', 400, True),
                  ('Cải tạo nhà xưởng sơ chế', 240, True), ('Bao bì, nhãn, mã QR', 60, False), ('Vốn lưu động', 340, False)],
          'life': 10,
          'src': [('Vốn góp của thành viên', 900), ('Quỹ phát triển của hợp tác xã', 200),
                  ('Vay Ngân hàng Nông nghiệp và Phát triển nông thôn', 600)],
          'loan': [600, 480, 360],
          'rate': 0.075},
 'jy08': {'unit': 'sản phẩm',
          'products': [('Thớt gỗ ghép 30 × 40 cm', 'chiếc', 1, [120000, 120000, 120000], [6000, 6600, 7300]),
                       ('Khay gỗ phục vụ trà, bánh', 'chiếc', 1, [150000, 150000, 150000], [4000, 4400, 4800]),
                       ('Hộp gỗ đựng chè, đựng quà', 'chiếc', 1, [90000, 90000, 90000], [5000, 5600, 6200]),
                       ('Đồ lưu niệm gỗ (móc khóa, tượng nhỏ)', 'chiếc', 1, [30000, 30000, 30000], [8000, 9000, 10000])],
          'norms': [0.006, 0.004, 0.003, 0.0005],
          'hist': {'out': [17500, 19500, 21200], 'rev': [1480.0, 1650.0, 1810.0], 'profit': [260.0, 300.0, 340.0]},
          'mats': [{'key': 'wood',
                    'label': 'Gỗ vụn',
                    'norm': None,
                    'unit': 'm³',
                    'rows': [('reckon', 'Xưởng đồ gỗ nội thất Hùng Cường', [1200, 1300, 1400], 0.12, 0.5, 1200000),
                             ('truck', 'Xưởng xẻ gỗ Trường Sơn (chuyến 1,5 m³)', [20, 20, 20], 1.5, None, 1200000),
                             ('fixedt', 'Các tổ mộc gia đình trong xã (thu gom)', [12, 12, 12], 1, None, 1200000)]}],
          'cap': {'basis': 'output', 'per_day': 85, 'days': 280},
          'roles': [('Tổ trưởng, kế toán', [2, 2, 2]), ('Phân loại, sấy, ghép gỗ', [3, 3, 3]),
                    ('Chạy máy CNC, chà nhám', [3, 3, 3]), ('Hoàn thiện, đóng gói, bán hàng', [2, 3, 3])],
          'wage': [6.0, 6.0, 6.0],
          'costs': [('matneed', 'Gỗ vụn', 'wood', 1200000), ('perunit', 'Keo, dầu lau gỗ, giấy nhám', 8000),
                    ('perunit', 'Bao bì, thẻ treo', 4000), ('perunit', 'Điện', 3000), ('wages', 'Tiền công'), ('dep', 'Khấu hao'),
                    ('interest', 'Lãi vay'), ('share', 'Bán hàng, hội chợ', 0.1), ('fixed', 'Chi phí khác', 60)],
          'inv': [('Máy CNC khắc, tạo hình 2 đầu', 380, True), ('Lò sấy gỗ 6 m³', 180, True),
                  ('Máy bào, máy ghép thanh, máy chà nhám', 160, True), ('Nhà xưởng 200 m² và mái che kho gỗ', 480, True),
                  ('Mẫu mã, bao bì, thẻ treo', 40, False), ('Vốn lưu động', 260, False)],
          'life': 10,
          'src': [('Vốn góp của tổ viên', 1000), ('Vay Ngân hàng Chính sách xã hội', 500)],
          'loan': [500, 350, 200],
          'rate': 0.066},
 'jy09': {'unit': 'kg',
          'products': [('Bột nêm đầu tôm, hũ 200 g', 'hũ', 0.2, [38000, 38000, 38000], [10000, 20000, 32000]),
                       ('Bột nêm đầu tôm, túi 500 g', 'túi', 0.5, [85000, 85000, 85000], [2000, 4000, 6400]),
                       ('Muối tôm đầu tôm, hũ 150 g', 'hũ', 0.15, [30000, 30000, 30000], [2000, 4000, 6400])],
          'hist': {'out': [2600, 2800, 3000], 'rev': [470.0, 510.0, 550.0], 'profit': [95.0, 105.0, 115.0]},
          'mats': [{'key': 'head',
                    'label': 'Đầu tôm tươi',
                    'norm': 3.2,
                    'unit': 'tấn',
                    'rows': [('reckon', 'Ba cơ sở bóc nõn tôm ở Lộc Hà', [190, 190, 190], 0.38, 0.6, 2000000)]}],
          'cap': {'basis': 'output', 'per_day': 60, 'days': 250},
          'roles': [('Chủ hộ, quản lý', [1, 1, 1]), ('Rửa, sấy, rang, xay', [1, 1, 1]), ('Đóng hũ, bán hàng', [1, 1, 1])],
          'wage': [5.0, 5.0, 5.0],
          'costs': [('matneed', 'Đầu tôm tươi', 'head', 2000000), ('perunit', 'Muối, đường, tỏi, ớt, gia vị', 25000),
                    ('perpack', 'Hũ, túi', [4000, 3500, 3500]), ('perunit', 'Điện, gas', 5000), ('wages', 'Tiền công'),
                    ('dep', 'Khấu hao'), ('interest', 'Lãi vay'), ('share', 'Bán hàng, vận chuyển', 0.06),
                    ('fixed', 'Chi phí khác', 20)],
          'inv': [('Máy sấy đầu tôm 100 kg/mẻ', 110, True), ('Chảo rang, máy xay mịn', 60, True),
                  ('Cải tạo bếp chế biến 30 m²', 80, True), ('Bao bì, thiết kế hũ', 20, False), ('Vốn lưu động', 80, False)],
          'life': 10,
          'src': [('Vốn tự có của hộ', 250), ('Vay Quỹ hỗ trợ nông dân', 100)],
          'loan': [100, 60, 20],
          'rate': 0.06},
 'jy10': {'unit': 'kg',
          'products': [('Trà vỏ cam túi lọc, hộp 20 túi × 2 g', 'hộp', 0.04, [55000, 55000, 55000], [30000, 33000, 36000]),
                       ('Trà vỏ cam gừng quế, hộp 25 túi × 2 g', 'hộp', 0.05, [65000, 65000, 65000], [16000, 17600, 19200]),
                       ('Vỏ cam sấy khô, túi 200 g cho quán pha chế', 'túi', 0.2, [60000, 60000, 60000], [5000, 5500, 6000])],
          'hist': {'out': [2100, 2450, 2750], 'rev': [1980.0, 2310.0, 2610.0], 'profit': [180.0, 225.0, 270.0]},
          'mats': [{'key': 'peel',
                    'label': 'Vỏ cam tươi',
                    'norm': 3.6,
                    'unit': 'tấn',
                    'rows': [('reckon', 'Công ty TNHH Nước ép cam Sơn Kim', [800, 900, 1000], 0.25, 0.1, 500000)]}],
          'cap': {'basis': 'output', 'per_day': 14, 'days': 280},
          'roles': [('Ban giám đốc, kế toán', [3, 3, 3]), ('Sơ chế, sấy vỏ', [4, 4, 4]),
                    ('Phối trộn, đóng túi lọc, đóng hộp', [4, 4, 5]), ('Kinh doanh, kho', [3, 3, 3])],
          'wage': [7.0, 7.0, 7.2],
          'costs': [('matneed', 'Vỏ cam tươi', 'peel', 500000), ('perunit', 'Gừng, quế, cỏ ngọt', 40000),
                    ('perpack', 'Túi lọc, hộp, túi', [9000, 10000, 4000]), ('perunit', 'Điện sấy', 15000),
                    ('wages', 'Tiền lương'), ('dep', 'Khấu hao'), ('interest', 'Lãi vay'), ('share', 'Bán hàng, quảng bá', 0.15),
                    ('fixed', 'Chi phí khác', 100)],
          'inv': [('Máy sấy bơm nhiệt 3 buồng', 450, True), ('Máy đóng túi lọc tự động', 520, True),
                  ('Máy nghiền, sàng, trộn', 230, True), ('Nhà xưởng chế biến 250 m²', 800, True), ('Bao bì, nhãn', 60, False),
                  ('Vốn lưu động', 440, False)],
          'life': 10,
          'src': [('Vốn góp của cổ đông', 1500), ('Vay Ngân hàng thương mại', 1000)],
          'loan': [1000, 800, 600],
          'rate': 0.08}}


def model(k):
    P = PLANS[k]
    F = {}
    prods = P["products"]
    F["output"] = [sum(p[2]*p[4][y] for p in prods) for y in range(3)]
    F["rev_line"] = [[p[3][y]*p[4][y]/1e6 for y in range(3)] for p in prods]
    F["rev"] = [sum(l[y] for l in F["rev_line"]) for y in range(3)]
    mats = {}
    for m in P["mats"]:
        rows = []
        for r in m["rows"]:
            if r[0] == "reckon":
                rows.append([r[2][y]*r[3]*r[4] for y in range(3)])
            else:
                rows.append([r[2][y]*r[3] for y in range(3)])
        sup = [sum(x[y] for x in rows) for y in range(3)]
        if m["norm"] is None:  # per-product norms (jy08)
            need = [sum(prods[i][4][y]*P["norms"][i] for i in range(len(prods))) for y in range(3)]
        elif m["unit"] == "tấn":
            need = [F["output"][y]*m["norm"]/1000 for y in range(3)]
        else:
            need = [F["output"][y]*m["norm"] for y in range(3)]
        mats[m["key"]] = dict(rows=rows, supply=sup, need=need, bal=[sup[y]-need[y] for y in range(3)])
    F["mats"] = mats
    c = P["cap"]
    F["cap"] = c["value"] if c.get("value") else c["per_day"]*c["days"]
    base = mats[c["basis"]]["need"] if c["basis"] in mats else F["output"]
    F["use"] = [base[y]/F["cap"]*100 for y in range(3)]
    F["staff"] = [sum(r[1][y] for r in P["roles"]) for y in range(3)]
    F["wagefund"] = [F["staff"][y]*P["wage"][y]*12 for y in range(3)]
    F["inv"] = sum(i[1] for i in P["inv"])
    F["fixed"] = sum(i[1] for i in P["inv"] if i[2])
    F["dep"] = F["fixed"]/P["life"]
    F["src"] = sum(s[1] for s in P["src"])
    lines = []
    for cl in P["costs"]:
        kind = cl[0]
        if kind == "mat":
            m = next(mm for mm in P["mats"] if mm["key"] == cl[2])
            v = [sum(mats[cl[2]]["rows"][i][y]*r[-1]/1e6 for i, r in enumerate(m["rows"])) for y in range(3)]
        elif kind == "matneed":
            v = [mats[cl[2]]["need"][y]*cl[3]/1e6 for y in range(3)]
        elif kind == "perpack":
            v = [sum(prods[i][4][y]*cl[2][i] for i in range(len(prods)))/1e6 for y in range(3)]
        elif kind == "permat":
            v = [mats[cl[2][0]]["need"][y]*cl[2][1]/1e6 for y in range(3)]
        elif kind == "perunit":
            v = [F["output"][y]*cl[2]/1e6 for y in range(3)]
        elif kind == "wages":
            v = F["wagefund"]
        elif kind == "dep":
            v = [F["dep"]]*3
        elif kind == "interest":
            v = [P["loan"][y]*P["rate"] for y in range(3)]
        elif kind == "share":
            v = [F["rev"][y]*cl[2] for y in range(3)]
        elif kind == "fixed":
            v = [cl[2]]*3 if not isinstance(cl[2], list) else cl[2]
        lines.append((cl[1], v))
    F["cost_lines"] = lines
    F["cost"] = [sum(l[1][y] for l in lines) for y in range(3)]
    F["profit"] = [F["rev"][y]-F["cost"][y] for y in range(3)]
    F["margin"] = [F["profit"][y]/F["rev"][y]*100 for y in range(3)]
    F["payback"] = F["inv"]/(sum(F["profit"])/3 + F["dep"])
    return F


# short product labels, as the revenue tables print them
SHORT = {
    "jy01": ["Tinh dầu chai 10 ml", "Tinh dầu chai 50 ml", "Tinh dầu can 1 lít", "Xịt tóc chai 100 ml"],
    "jy02": ["Nấm tươi khay 300 g", "Nấm tươi túi 2 kg", "Nấm khô túi 100 g"],
    "jy03": ["Chậu xơ dừa D20", "Thảm 40 × 60 cm", "Thừng cuộn 20 m"],
    "jy04": ["Mứt hộp 200 g", "Mứt túi 500 g", "Vỏ bưởi đường phèn"],
    "jy05": ["Rượu chai 500 ml", "Rượu can 2 lít", "Rượu sim chai 500 ml"],
    "jy06": ["Chai 500 ml, 30 độ đạm", "Chai 1 lít, 20 độ đạm", "Can 5 lít, 15 độ đạm"],
    "jy07": ["Linh chi hộp 500 g", "Linh chi lát 250 g", "Trà linh chi hộp 20"],
    "jy08": ["Thớt gỗ ghép", "Khay gỗ", "Hộp gỗ đựng chè", "Đồ lưu niệm"],
    "jy09": ["Bột nêm hũ 200 g", "Bột nêm túi 500 g", "Muối tôm hũ 150 g"],
    "jy10": ["Trà vỏ cam hộp 20 túi", "Trà cam gừng quế", "Vỏ cam khô 200 g"],
}

# --------------------------------------------------------------------------- table captions
# The generator prints "Bảng N. <caption>"; the checks find each table by a word of its caption.
CAPS: dict[str, dict[str, str]] = {
    "jy01": dict(hist="Kết quả sản xuất kinh doanh của hợp tác xã 2024 – 2026",
                 comp="Giá tinh dầu bưởi cùng loại trên thị trường",
                 reckon="Lượng vỏ bưởi nhận từ Công ty CP Nước ép trái cây Ngàn Trươi",
                 balance="Cân đối nguồn và nhu cầu vỏ bưởi",
                 equip="Thiết bị chưng cất, chiết rót",
                 staff="Lao động của hợp tác xã",
                 output="Kế hoạch sản lượng",
                 invest="Tổng vốn đầu tư",
                 sources="Nguồn vốn",
                 revenue="Dự kiến doanh thu",
                 cost="Chi phí sản xuất kinh doanh",
                 summary="Hiệu quả kinh tế",
                 papers="Hồ sơ pháp lý, chứng nhận",
                 schedule="Tiến độ thực hiện"),
    "jy02": dict(hist="Kết quả sản xuất 2024 – 2026",
                 comp="Giá nấm sò tại chợ và cửa hàng",
                 reckon="Bã mía tính theo lượng mía ép của cơ sở nấu mật",
                 balance="Cân đối giá thể trồng nấm",
                 equip="Nhà trồng và thiết bị",
                 staff="Lao động của hộ",
                 output="Sản lượng nấm theo sản phẩm",
                 invest="Vốn đầu tư",
                 sources="Nguồn vốn đầu tư",
                 revenue="Doanh thu dự kiến",
                 cost="Chi phí hằng năm",
                 summary="Lợi nhuận",
                 papers="Giấy tờ pháp lý",
                 schedule="Kế hoạch triển khai"),
    "jy03": dict(hist="Kết quả hoạt động của tổ 2024 – 2026",
                 comp="Sản phẩm xơ dừa cùng loại",
                 reckon="Nguồn vỏ dừa nhận miễn phí",
                 balance="Cân đối vỏ dừa",
                 equip="Máy móc, công cụ",
                 staff="Lao động thường xuyên của tổ",
                 output="Sản lượng kế hoạch",
                 invest="Hạng mục đầu tư",
                 sources="Cơ cấu nguồn vốn",
                 revenue="Doanh thu",
                 cost="Chi phí",
                 summary="Tổng hợp hiệu quả",
                 papers="Hồ sơ của tổ hợp tác",
                 schedule="Lộ trình thực hiện"),
    "jy04": dict(hist="Kết quả kinh doanh 2024 – 2026",
                 comp="Mứt vỏ bưởi cùng loại trên thị trường",
                 reckon="Nguồn vỏ bưởi mua theo tấn",
                 balance="Cân đối vỏ bưởi",
                 equip="Thiết bị chế biến",
                 staff="Nhân sự",
                 output="Sản lượng theo quy cách",
                 price="Giá bán theo năm",
                 invest="Vốn đầu tư",
                 sources="Nguồn vốn",
                 revenue="Doanh thu",
                 cost="Chi phí",
                 summary="Tổng hợp kết quả",
                 papers="Hồ sơ pháp lý",
                 schedule="Tiến độ"),
    "jy05": dict(hist="Kết quả sản xuất kinh doanh 2024 – 2026",
                 comp="Giá rượu trắng cùng phân khúc",
                 reckon="Tấm gạo từ Cơ sở xay xát lúa gạo Phúc Hưng",
                 balance="Nguồn tấm và nhu cầu",
                 equip="Thiết bị nấu, chưng cất",
                 staff="Lao động",
                 output="Kế hoạch sản lượng rượu",
                 invest="Vốn đầu tư",
                 sources="Nguồn vốn",
                 revenue="Doanh thu",
                 cost="Chi phí",
                 summary="Hiệu quả",
                 papers="Giấy tờ của hợp tác xã",
                 schedule="Tiến độ"),
    "jy06": dict(hist="Kết quả sản xuất 2024 – 2026",
                 comp="Giá nước mắm trên thị trường",
                 balance="Phụ phẩm cá và muối",
                 equip="Nhà xưởng, thiết bị",
                 staff="Lao động của công ty",
                 output="Sản lượng nước mắm",
                 invest="Vốn đầu tư",
                 sources="Nguồn vốn",
                 revenue="Doanh thu",
                 cost="Chi phí",
                 summary="Lợi nhuận",
                 papers="Hồ sơ pháp lý",
                 schedule="Tiến độ"),
    "jy07": dict(hist="Kết quả 2024 – 2026",
                 comp="Giá linh chi trên thị trường",
                 reckon="Nguồn mùn cưa",
                 balance="Cân đối nguyên liệu",
                 equip="Nhà nuôi và thiết bị",
                 staff="Lao động",
                 output="Sản lượng",
                 invest="Tổng mức đầu tư",
                 sources="Nguồn vốn",
                 revenue="Doanh thu",
                 cost="Chi phí",
                 summary="Hiệu quả kinh tế",
                 papers="Hồ sơ, giấy tờ",
                 schedule="Tiến độ"),
    "jy08": dict(hist="Kết quả 2024 – 2026",
                 comp="Sản phẩm gỗ gia dụng cùng loại",
                 reckon="Gỗ vụn từ Xưởng đồ gỗ nội thất Hùng Cường",
                 balance="Nguồn gỗ vụn",
                 equip="Máy móc của tổ",
                 staff="Lao động",
                 output="Kế hoạch sản phẩm",
                 invest="Vốn đầu tư",
                 sources="Nguồn vốn",
                 revenue="Doanh thu",
                 cost="Chi phí",
                 summary="Hiệu quả",
                 papers="Hồ sơ",
                 schedule="Tiến độ"),
    "jy09": dict(hist="Sản xuất 2024 – 2026",
                 comp="Bột nêm, muối tôm cùng loại",
                 reckon="Đầu tôm từ các cơ sở bóc nõn",
                 balance="Đầu tôm cần và nguồn",
                 equip="Thiết bị chế biến",
                 staff="Lao động",
                 output="Sản lượng",
                 invest="Vốn đầu tư",
                 sources="Nguồn vốn",
                 revenue="Doanh thu",
                 cost="Chi phí",
                 summary="Hiệu quả",
                 papers="Giấy tờ",
                 schedule="Tiến độ"),
    "jy10": dict(hist="Kết quả kinh doanh 2024 – 2026",
                 comp="Trà thảo mộc cùng phân khúc",
                 channels="Kênh tiêu thụ năm 2027",
                 reckon="Vỏ cam từ Công ty TNHH Nước ép cam Sơn Kim",
                 balance="Cân đối vỏ cam",
                 equip="Dây chuyền",
                 staff="Nhân sự",
                 output="Sản lượng",
                 invest="Tổng vốn đầu tư",
                 sources="Nguồn vốn",
                 revenue="Doanh thu",
                 cost="Chi phí",
                 summary="Kết quả kinh doanh dự kiến",
                 papers="Hồ sơ pháp lý",
                 schedule="Tiến độ"),
}

# --------------------------------------------------------------------------- planted numeric defects
# printed value = true value x factor (or the value given); knock-ons follow in printed().
DEFECTS = {
    "jy05": dict(payback=1.4),                       # payback-mismatch (true 2,2)
    "jy06": dict(rev_line=(0, 1, 1.15)),             # revenue-mismatch, 2028 line of the 500 ml bottle
    "jy07": dict(staff_text=14),                     # figure-inconsistent (table 9); capital-mismatch is in src
    "jy08": dict(supply_total=(1, 1.15)),            # table-total-mismatch, 2028 total of the wood table
    "jy10": dict(profit=(1, 1.30)),                  # profit-mismatch, 2028 profit of the summary
}


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def printed(k: str) -> dict:
    """The figures as the plan prints them: the model with the planted defects and their knock-ons."""
    import copy

    F = copy.deepcopy(model(k))
    d = DEFECTS.get(k, {})
    F["true"] = model(k)
    if "rev_line" in d:
        i, y, f = d["rev_line"]
        F["rev_line"][i][y] = r1(F["rev_line"][i][y] * f)
        F["rev"][y] = sum(l[y] for l in F["rev_line"])
        F["profit"][y] = F["rev"][y] - F["cost"][y]
        F["margin"][y] = F["profit"][y] / F["rev"][y] * 100
    if "profit" in d:
        y, f = d["profit"]
        F["profit"][y] = r1(F["profit"][y] * f)
        F["margin"][y] = F["profit"][y] / F["rev"][y] * 100
    if "supply_total" in d:
        y, f = d["supply_total"]
        m = next(iter(F["mats"]))
        F["mats"][m]["supply_printed"] = list(F["mats"][m]["supply"])
        F["mats"][m]["supply_printed"][y] = r1(F["mats"][m]["supply"][y] * f)
    # the payback as printed: from the printed profits, unless planted
    F["payback"] = d.get("payback", F["inv"] / (sum(r1(p) for p in F["profit"]) / 3 + F["dep"]))
    return F


# --------------------------------------------------------------------------- reading the plans
_NUMCELL = re.compile(r"^[−-]?[\d.]+(,\d+)?$")


def num(cell: str) -> float | None:
    c = cell.strip()
    if not _NUMCELL.match(c):
        return None
    neg = c[0] in "−-"
    v = vn(c.lstrip("−-"))
    return -v if neg else v


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.key = stem[:4]
        self.tabs = self._tables()

    def _tables(self) -> dict[str, list[list[str]]]:
        out: dict[str, list[list[str]]] = {}
        cap, cur = None, None
        for line in self.body.splitlines():
            s = line.strip()
            m = re.match(r"Bảng \d+\. (.+)$", s)
            if m:
                cap, cur = m.group(1).strip(), None
                continue
            if s.startswith("|"):
                cells = [c.strip() for c in s.strip("|").split("|")]
                if all(set(c) <= set("-: ") for c in cells):
                    continue
                if cur is None:
                    cur = []
                    out[cap or f"(no caption {len(out)})"] = cur
                cur.append(cells)
            elif s and not s.startswith("ĐVT"):
                if cur is not None:
                    cap = None
                cur = None
        return out

    def table(self, kind: str) -> list[list[str]]:
        cap = CAPS[self.key][kind]
        if cap not in self.tabs:
            self.failures.append(f"table not found: {cap!r}")
            return []
        return self.tabs[cap][1:]  # without the header row

    def cells(self, kind: str, where, n: int) -> list[float]:
        """The last n numbers of a row of a table: `where` is a row position (int, negative from the
        end) or the start of the row's first or second cell."""
        rows = self.table(kind)
        row = None
        if isinstance(where, int):
            if -len(rows) <= where < len(rows):
                row = rows[where]
        else:
            row = next((r for r in rows if any(c.startswith(where) for c in r[:2])), None)
        if row is None:
            self.failures.append(f"{kind}: row {where!r} not found")
            return [0.0] * n
        nums = [v for c in row[1:] if (v := num(c)) is not None]
        if len(nums) < n:
            self.failures.append(f"{kind}: row {where!r} has {len(nums)} numbers, {n} wanted")
            return [0.0] * n
        return nums[-n:]

    def near(self, got: float, want: float, what: str) -> bool:
        if abs(got - want) <= max(0.01 * max(abs(got), abs(want)), 0.051):
            return True
        self.failures.append(f"{what}: printed {fm(got)}, expected {fm(want)}")
        return False

    def wrong(self, printed_: float, true: float, what: str) -> None:
        """A planted figure: more than 5 % away from the true one."""
        if not off(printed_, true):
            self.failures.append(f"planted {what} is not wrong enough: {fm(printed_)} vs true {fm(true)}")

    def words(self) -> int:
        return len(re.findall(r"\w+", self.body))


def fm(x: float, nd: int = 1) -> str:
    s = f"{abs(x):,.{nd}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("−" if x < 0 else "") + s


# --------------------------------------------------------------------------- what each table prints
def spec(k: str, F: dict) -> list[tuple[str, str, object, list[float]]]:
    """(id, table kind, row, values) for every numeric row the generator prints, from figures F
    (the model's true ones or the printed ones)."""
    P = PLANS[k]
    n = len(P["products"])
    S: list[tuple[str, str, object, list[float]]] = []
    h = P["hist"]
    S += [("hist:out", "hist", 0, h["out"]), ("hist:rev", "hist", 1, h["rev"]), ("hist:profit", "hist", 2, h["profit"])]
    for i, p in enumerate(P["products"]):
        S.append((f"output:{i}", "output", i, p[4]))
    S.append(("output:total", "output", n, F["output"]))
    if k != "jy08":  # jy08 prints no capacity rows (its planted defect)
        S.append(("output:cap", "output", -2, [F["cap"]] * 3))
        S.append(("output:use", "output", -1, F["use"]))
    for i, r in enumerate(P["roles"]):
        S.append((f"staff:{i}", "staff", i, r[1]))
    S.append(("staff:total", "staff", len(P["roles"]), F["staff"]))
    S.append(("staff:wage", "staff", len(P["roles"]) + 1, P["wage"]))
    for i, it in enumerate(P["inv"]):
        S.append((f"invest:{i}", "invest", i, [it[1]]))
    S.append(("invest:total", "invest", len(P["inv"]), [F["inv"]]))
    for i, s in enumerate(P["src"]):
        S.append((f"sources:{i}", "sources", i, [s[1], s[1] / F["src"] * 100]))
    S.append(("sources:total", "sources", len(P["src"]), [F["src"], 100.0]))
    for i in range(n):
        S.append((f"revenue:{i}", "revenue", i, F["rev_line"][i]))
    S.append(("revenue:total", "revenue", n, F["rev"]))
    for i, (lab, v) in enumerate(F["cost_lines"]):
        S.append((f"cost:{i}", "cost", i, v))
    S.append(("cost:total", "cost", len(F["cost_lines"]), F["cost"]))
    if k == "jy04":  # summary with the years as rows, prices in their own table
        for y in range(3):
            S.append((f"summary:{y}", "summary", y, [F["rev"][y], F["cost"][y], F["profit"][y], F["margin"][y]]))
        for i, p in enumerate(P["products"]):
            S.append((f"price:{i}", "price", i, p[3]))
    else:
        S += [("summary:rev", "summary", 0, F["rev"]), ("summary:cost", "summary", 1, F["cost"]),
              ("summary:profit", "summary", 2, F["profit"]), ("summary:margin", "summary", 3, F["margin"])]
    S += MATSPEC[k](F)
    return S


def _reckon_rows(kind, m, r, F):
    """Years as rows: the other business's output, the by-product share, the share received, the result."""
    mm = F["mats"][m]
    return [(f"{kind}:{YEARS[y]}", kind, str(YEARS[y]), [r[2][y], r[3] * 100, r[4] * 100, mm["rows"][0][y]]) for y in range(3)]


def _bal(kind, labels, series):
    return [(f"{kind}:{lab}", kind, lab, s) for lab, s in zip(labels, series)]


def _mat(F, m):
    return F["mats"][m]


MATSPEC = {
    "jy01": lambda F: _reckon_rows("reckon", "peel", PLANS["jy01"]["mats"][0]["rows"][0], F) + _bal(
        "balance", ["Vỏ từ Công ty", "Vỏ thu gom", "Tổng nguồn vỏ", "Nhu cầu vỏ", "Còn dư"],
        [_mat(F, "peel")["rows"][0], _mat(F, "peel")["rows"][1], _mat(F, "peel")["supply"], _mat(F, "peel")["need"],
         _mat(F, "peel")["bal"]]) + [("output:base", "output", -3, _mat(F, "peel")["need"])],
    "jy02": lambda F: _reckon_rows("reckon", "bagasse", PLANS["jy02"]["mats"][0]["rows"][0], F) + _bal(
        "balance", ["Bã mía nhận", "Nhu cầu bã mía", "Bã mía còn dư", "Số xe rơm", "Rơm mua theo xe", "Nhu cầu rơm", "Rơm còn dư"],
        [_mat(F, "bagasse")["supply"], _mat(F, "bagasse")["need"], _mat(F, "bagasse")["bal"], PLANS["jy02"]["mats"][1]["rows"][0][2],
         _mat(F, "straw")["supply"], _mat(F, "straw")["need"], _mat(F, "straw")["bal"]]),
    "jy03": lambda F: [("reckon:kiosk", "reckon", "Ki-ốt", [_mat(F, "husk")["rows"][0][0]]),
                       ("reckon:jelly", "reckon", "Cơ sở thạch", [_mat(F, "husk")["rows"][1][0]]),
                       ("reckon:total", "reckon", "Tổng cộng", [_mat(F, "husk")["supply"][0]])] + _bal(
        "balance", ["Vỏ dừa thu gom", "Vỏ dừa cần", "Còn dư"],
        [_mat(F, "husk")["supply"], _mat(F, "husk")["need"], _mat(F, "husk")["bal"]]) + [
        ("output:base", "output", -3, _mat(F, "husk")["need"])],
    "jy04": lambda F: [("reckon:co", "reckon", "Công ty CP", [_mat(F, "peel")["rows"][0][0]]),
                       ("reckon:stalls", "reckon", "Quán chè", [_mat(F, "peel")["rows"][1][0]]),
                       ("reckon:total", "reckon", "Cộng", [_mat(F, "peel")["supply"][0]])] + _bal(
        "balance", ["Vỏ bưởi mua", "Vỏ bưởi cần", "Còn dư"],
        [_mat(F, "peel")["supply"], _mat(F, "peel")["need"], _mat(F, "peel")["bal"]]),
    "jy05": lambda F: _bal("reckon", ["Lúa cơ sở", "Tỷ lệ tấm", "Phần bán cho HTX", "Tấm HTX mua"],
                           [PLANS["jy05"]["mats"][0]["rows"][0][2], [5.0] * 3, [50.0] * 3, _mat(F, "tam")["supply"]]),
    "jy06": lambda F: _bal("balance", ["Cá Hải Hà", "Tỷ lệ đầu", "Phần bán", "Phụ phẩm cá mua", "Phụ phẩm cá cần", "Muối mua", "Muối cần"],
                           [PLANS["jy06"]["mats"][0]["rows"][0][2], [35.0] * 3, [15.0] * 3, _mat(F, "fish")["supply"],
                            _mat(F, "fish")["need"], _mat(F, "salt")["supply"], _mat(F, "salt")["need"]]),
    "jy07": lambda F: [("reckon:saw1", "reckon", "Xưởng xẻ", [_mat(F, "saw")["rows"][0][0]]),
                       ("reckon:saw2", "reckon", "Nhà máy ván", [_mat(F, "saw")["rows"][1][0]]),
                       ("reckon:total", "reckon", "Cộng", [_mat(F, "saw")["supply"][0]])] + _bal(
        "balance", ["Mùn cưa có", "Mùn cưa cần", "Mùn cưa còn dư", "Cám gạo mua", "Cám gạo cần"],
        [_mat(F, "saw")["supply"], _mat(F, "saw")["need"], _mat(F, "saw")["bal"], _mat(F, "bran")["supply"], _mat(F, "bran")["need"]]),
    "jy08": lambda F: _reckon_rows("reckon", "wood", PLANS["jy08"]["mats"][0]["rows"][0], F) + _bal(
        "balance", ["Xưởng đồ gỗ", "Xưởng xẻ", "Các tổ mộc", "Tổng cộng", "Gỗ vụn cần"],
        [_mat(F, "wood")["rows"][0], _mat(F, "wood")["rows"][1], _mat(F, "wood")["rows"][2],
         _mat(F, "wood").get("supply_printed", _mat(F, "wood")["supply"]), _mat(F, "wood")["need"]]),
    "jy09": lambda F: [("reckon:shrimp", "reckon", "Tôm ba cơ sở", [190.0]), ("reckon:share", "reckon", "Tỷ lệ đầu", [38.0]),
                       ("reckon:recv", "reckon", "Phần bán", [60.0]), ("reckon:heads", "reckon", "Đầu tôm hộ", [_mat(F, "head")["supply"][0]])] + _bal(
        "balance", ["Đầu tôm mua", "Đầu tôm cần", "Còn dư"], [_mat(F, "head")["supply"], _mat(F, "head")["need"], _mat(F, "head")["bal"]]),
    "jy10": lambda F: _reckon_rows("reckon", "peel", PLANS["jy10"]["mats"][0]["rows"][0], F) + _bal(
        "balance", ["Vỏ cam mua", "Vỏ cam cần", "Còn dư"], [_mat(F, "peel")["supply"], _mat(F, "peel")["need"], _mat(F, "peel")["bal"]]),
}

# cells that differ from the model on purpose: the planted figure (must be > 5 % off) and the
# figures that follow it (the knock-ons, listed as tolerated in the plan's front matter)
PLANTED = {
    "jy06": {("revenue:0", 1)},
    "jy08": {("balance:Tổng cộng", 1)},
    "jy10": {("summary:profit", 1)},
}
KNOCK_ON = {
    "jy06": {("revenue:total", 1), ("summary:rev", 1), ("summary:profit", 1), ("summary:margin", 1)},
    "jy10": {("summary:margin", 1)},
}


def fi(x: float) -> str:
    return fm(x, 0)


def _payback_text(p: Plan) -> float | None:
    m = re.search(r"hoàn vốn[^\n]*?(?:≈|khoảng) ([\d,]+) năm", p.body)
    if not m:
        p.failures.append("payback sentence not found")
        return None
    return vn(m.group(1))


def check_tables(p: Plan) -> None:
    """Every printed number against the model (true) and against the plan as the generator prints it."""
    k = p.key
    true = {s[0]: s for s in spec(k, model(k))}
    for id_, kind, where, pv in spec(k, printed(k)):
        tv = true[id_][3]
        got = p.cells(kind, where, len(pv))
        for y, (g, want_p, want_t) in enumerate(zip(got, pv, tv)):
            what = f"{id_}[{y}]"
            p.near(g, want_p, what)
            if (id_, y) in PLANTED.get(k, set()):
                p.wrong(g, want_t, what)
            elif (id_, y) not in KNOCK_ON.get(k, set()):
                p.near(g, want_t, what + " vs model")


def check_relations(p: Plan) -> None:
    """The plan's own arithmetic, read from its tables (independent of the model's figures)."""
    k, P, T = p.key, PLANS[p.key], model(p.key)
    n = len(P["products"])
    packs = [p.cells("output", i, 3) for i in range(n)]
    out = p.cells("output", n, 3)
    for y in Y:
        p.near(out[y], sum(packs[i][y] * P["products"][i][2] for i in range(n)), f"output {YEARS[y]} = Σ packs × size")
    if k == "jy04":
        prices = [p.cells("price", i, 3) for i in range(n)]
    else:
        prices = [[p.cells("revenue", i, 4)[0]] * 3 for i in range(n)]
    lines = [p.cells("revenue", i, 3) for i in range(n)]
    for i in range(n):
        for y in Y:
            rel = packs[i][y] * prices[i][y] / 1e6
            if (f"revenue:{i}", y) in PLANTED.get(k, set()):
                p.wrong(lines[i][y], rel, f"revenue line {i} {YEARS[y]} (packs × price {fm(rel)})")
            else:
                p.near(lines[i][y], rel, f"revenue line {i} {YEARS[y]} = packs × price")
    rev = p.cells("revenue", n, 3)
    for y in Y:
        p.near(rev[y], lines_sum(lines, y), f"revenue total {YEARS[y]}")
    nc = len(P["costs"])
    cl = [p.cells("cost", i, 3) for i in range(nc)]
    cost = p.cells("cost", nc, 3)
    for y in Y:
        p.near(cost[y], lines_sum(cl, y), f"cost total {YEARS[y]}")
    if k == "jy04":
        summ = [p.cells("summary", y, 4) for y in Y]
        s_rev, s_cost, s_prof, s_marg = ([summ[y][j] for y in Y] for j in range(4))
    else:
        s_rev, s_cost, s_prof, s_marg = (p.cells("summary", j, 3) for j in range(4))
    for y in Y:
        p.near(s_rev[y], rev[y], f"summary revenue {YEARS[y]}")
        p.near(s_cost[y], cost[y], f"summary cost {YEARS[y]}")
        if ("summary:profit", y) in PLANTED.get(k, set()):
            p.wrong(s_prof[y], s_rev[y] - s_cost[y], f"profit {YEARS[y]} (revenue − cost {fm(s_rev[y] - s_cost[y])})")
        else:
            p.near(s_prof[y], s_rev[y] - s_cost[y], f"profit {YEARS[y]} = revenue − cost")
        p.near(s_marg[y], s_prof[y] / s_rev[y] * 100, f"margin {YEARS[y]}")
    # staff and the wage line
    nr = len(P["roles"])
    roles = [p.cells("staff", i, 3) for i in range(nr)]
    staff = p.cells("staff", nr, 3)
    wage = p.cells("staff", nr + 1, 3)
    wi = next(i for i, c in enumerate(P["costs"]) if c[0] == "wages")
    for y in Y:
        p.near(staff[y], lines_sum(roles, y), f"staff {YEARS[y]}")
        p.near(cl[wi][y], staff[y] * wage[y] * 12, f"wage line {YEARS[y]} = staff × wage × 12")
    # investment and sources
    items = [p.one_of("invest", i) for i in range(len(P["inv"]))]
    inv = p.one_of("invest", len(P["inv"]))
    p.near(inv, sum(items), "investment total = Σ items")
    srcs = [p.cells("sources", i, 2) for i in range(len(P["src"]))]
    stot = p.cells("sources", len(P["src"]), 2)
    p.near(stot[0], sum(s[0] for s in srcs), "sources total = Σ sources")
    for i, s in enumerate(srcs):
        p.near(s[1], s[0] / stot[0] * 100, f"source {i} share %")
    if k == "jy07":
        p.wrong(stot[0], inv, "capital sources vs total investment")
    else:
        p.near(stot[0], inv, "sources = investment")
    di = next(i for i, c in enumerate(P["costs"]) if c[0] == "dep")
    fixed = sum(it[1] for it in P["inv"] if it[2])
    p.near(cl[di][0], fixed / P["life"], "depreciation = fixed assets / life")
    # payback as the text states it
    pb = _payback_text(p)
    if pb is not None:
        from_printed = inv / (sum(round(x, 1) for x in s_prof) / 3 + fixed / P["life"])
        if k == "jy05":
            p.wrong(pb, T["payback"], f"payback (true {fm(T['payback'])})")
        else:
            p.near(pb, round(from_printed, 1), "payback = investment / (mean profit + depreciation)")
            if k in ("jy06", "jy10"):
                p.check(off(pb, T["payback"]), f"{k}: the knock-on payback should differ from the true one")
    # capacity
    use = T["use"]
    if k == "jy08":
        p.check(off(T["output"][2], T["cap"]) and T["output"][2] > T["cap"] and T["output"][1] > T["cap"],
                f"planted capacity-exceeded: output {fi(T['output'][2])} vs capacity {fi(T['cap'])}")
        p.check(len(p.table("output")) == n + 1, "jy08 prints no capacity or use row")
        p.has("đáp ứng kế hoạch sản xuất đến năm 2029")
    else:
        p.check(max(use) <= 92.0, f"capacity use at most 92 % (max {fm(max(use))})")
    # raw material: need against supply
    for m in P["mats"]:
        mm = T["mats"][m["key"]]
        for y in Y:
            short_ = mm["need"][y] - mm["supply"][y]
            if k == "jy05" and y > 0:
                p.check(mm["need"][y] > mm["supply"][y] and off(mm["need"][y], mm["supply"][y]),
                        f"planted material-shortfall {YEARS[y]}: need {fm(mm['need'][y])} vs supply {fm(mm['supply'][y])}")
            else:
                p.check(mm["supply"][y] >= mm["need"][y] * 1.05,
                        f"{m['key']} {YEARS[y]}: supply {fm(mm['supply'][y])} should exceed need {fm(mm['need'][y])} by 5 %")
            del short_
    # growth: true revenue under +35 %/year except the planted growth
    for y in (1, 2):
        g = T["rev"][y] / T["rev"][y - 1] - 1
        if k == "jy09":
            p.check(T["output"][y] / T["output"][y - 1] - 1 >= 0.5, f"planted growth {YEARS[y]}")
        else:
            p.check(g <= 0.35, f"revenue growth {YEARS[y]} {g:.0%}")
    p.check(T["output"][0] <= P["hist"]["out"][2] * 1.6, "2027 output within +60 % of 2026")
    p.check(all(0 < x < 40 for x in T["margin"]) or k == "jy09", f"true margins {[round(x, 1) for x in T['margin']]}")


def _one_of(self, kind, where):
    return self.cells(kind, where, 1)[0]


Plan.one_of = _one_of

READY = ("jy01", "jy02", "jy03", "jy04")
TEXT_NEEDED = {
    "jy01": ["không phải thực phẩm", "đủ điều kiện sản xuất mỹ phẩm", "công bố mỹ phẩm", "Đăng ký môi trường", "TCCS", "thử nghiệm"],
    "jy02": ["an toàn thực phẩm", "tự công bố", "đăng ký môi trường", "TCCS", "kiểm nghiệm"],
    "jy03": ["không phải thực phẩm", "đăng ký tổ hợp tác", "đăng ký môi trường", "TCCS", "thử nghiệm"],
    "jy04": ["an toàn thực phẩm", "tự công bố", "đăng ký môi trường", "TCCS", "thử nghiệm"],
    "jy05": ["an toàn thực phẩm", "QCVN 6-3:2010/BYT", "tác hại của rượu", "nhãn hiệu", "đăng ký môi trường",
             "bảo đảm đủ nguyên liệu cho cả giai đoạn 2027 – 2029"],
    "jy06": ["an toàn thực phẩm", "TCVN 5107:2018", "tự công bố", "nhãn hiệu", "truy xuất"],
    "jy07": ["an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "truy xuất", "đăng ký môi trường",
             "bảo đảm đủ vốn cho phương án"],
    "jy08": ["1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Đức Thọ", "cấp huyện",
             "TCCS", "nhãn hiệu", "đăng ký môi trường", "43/2017/NĐ-CP"],
    "jy09": ["nhãn hiệu", "TCCS", "tự công bố", "nhật ký", "đăng ký môi trường", "giữ nguyên 3 lao động",
             "còn rất lớn"],
    "jy10": ["an toàn thực phẩm", "TCCS", "tự công bố", "43/2017/NĐ-CP", "nhãn hiệu", "đăng ký môi trường"],
}
TEXT_BANNED = {
    "jy05": (r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công", "an alcohol licence"),
    "jy06": (r"môi trường|\bthải\b|mùi hôi|xử lý|bể lắng|biogas|ô nhiễm|\brác\b", "an environmental measure"),
    "jy07": (r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn", "a product standard"),
    "jy08": (r"148/QĐ-TTg|1489/QĐ-TTg", "the current OCOP instruments"),
    "jy10": (r"truy xuất|nhật ký|\bQR\b|\blô\b|kiểm soát|lưu mẫu|\btem\b|mã vạch|HACCP|\bISO\b|kiểm tra|sổ theo dõi",
             "quality control or traceability"),
}


def check_text(p: Plan) -> None:
    k, T = p.key, model(p.key)
    p.has(fi(T["output"][0]), fi(T["output"][2]), fi(T["rev"][0]))
    p.has(*TEXT_NEEDED[k])
    if k in TEXT_BANNED:
        p.lacks(*TEXT_BANNED[k])
    if k == "jy09":
        p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết", "food safety")
        p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch|ghi nhãn", "a label")
    if k != "jy08":
        p.lacks(REPLACED, "replaced instrument or district level")
    if k == "jy10":
        p.check(len(re.findall(PLACEHOLDER, p.body)) >= 2, "jy10: two template placeholders")
    else:
        p.lacks(PLACEHOLDER, "template placeholder")
    if k == "jy06":
        p.check(p.count("Công ty TNHH Nước mắm Hải Hưng") >= 4 and p.count("Công ty TNHH Thủy sản Nam Phong") >= 3,
                "jy06: own name and the other company's name")
    if k == "jy07":
        p.has("14 lao động thường xuyên", f"{T['staff'][0]} lao động thường xuyên năm 2027")
        p.check(T["staff"][0] != 14 and off(14, T["staff"][0]), "jy07: the producer part's 14 workers against the table")
    if k in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất")
        for d_, m_, y_ in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
            p.check(int(y_) >= 2030, f"paper valid only to {d_}/{m_}/{y_}")
        p.lacks(r"đã hết hạn|hết hiệu lực|cấp lại", "an expired paper or a renewal")
    ntab = len(p.tabs)
    p.check(10 <= ntab <= 15, f"{ntab} tables")


SKETCHY = {
    "jy11": (["2.000 đồng/kg", "300 triệu đồng", "200 tấn", "chưa đăng ký kinh doanh", "cho không"],
             r"tiêu chuẩn|TCCS|nhãn|truy xuất|công bố|giấy chứng nhận"),
    "jy12": (["60.000 đồng/kg", "1.500 kg", "80 triệu đồng", "giấy chứng nhận đăng ký hộ kinh doanh"],
             r"an toàn thực phẩm|tiêu chuẩn|TCCS|nhãn|truy xuất|công bố"),
}


def check_sketchy(p: Plan) -> None:
    need, banned = SKETCHY[p.key]
    w = p.words()
    p.check(150 <= w <= 350, f"sketchy plan has {w} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.has(*need)
    p.lacks(banned, "a paper the sketchy plan lacks")
    p.lacks(PLACEHOLDER, "template placeholder")


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    stems = sorted(f.stem for f in (HERE / "src").glob("*.md"))
    if argv:
        stems = [s for s in stems if any(s.startswith(a) for a in argv)]
    plans = []
    for s in stems:
        p = Plan(s)
        if p.key in SKETCHY:
            check_sketchy(p)
        else:
            check_tables(p)
            check_relations(p)
            check_text(p)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
