"""The 244th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout244/arithmetic.py [ik01 ik05 ...]

Theme: certifications gained during the plan (VietGAP, organic TCVN 11041, HACCP, ISO 22000, a
geographical indication, a star upgrade). For every full plan (ik01-ik10) the constants give the
sales lines (product x channel: pack size in the plan's base unit, packs and price per year, pack
cost, channel tag; a line that a certificate opens sells nothing before it), the 2024-2026 history,
the raw materials (norm per base unit, supply rows as count x yield, purchase price), the equipment
that limits output (rating x multiplier), staff by role and the monthly wage, the certificates
(status, expected quarter, one-off cost booked in the investment, yearly upkeep booked in the costs
from a given year, the channel or price it opens), the investment items and sources, loans,
depreciation life, the fixed cost lines and the competitor prices quoted in the market part.
`model()` turns them into every figure the plan prints; the generator that wrote src/ and this
checker share it. Each table is found in the plan's source by its caption and compared cell by
cell with the recomputed one; then the relations are recomputed from the printed figures:
revenue = packs x price, channel volumes = output, totals = sums of their rows, supply = count x
yield >= need, output <= capacity, wage fund = staff x wage x 12, certificate costs = the
investment items and the upkeep cost line, sources = investment, profit = revenue - cost, margin,
payback = investment / (average profit + depreciation), growth. Planted numeric defects must be
wrong by more than 5 % (the true value is computed beside them), every other number right within
1 % (or 0,11 of a million). Textual defects are asserted through the presence or absence of their
words. Sketchy plans (ik11, ik12): 150-350 words, no table, their few figures, none of the papers
they lack.
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
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


def cert(name, status, quarter, init, yearly, start, opens):
    """A certificate: one-off cost `init` (triệu, an investment item), yearly upkeep `yearly`
    (triệu, in the cost line from year index `start`; None = no upkeep)."""
    return dict(name=name, status=status, quarter=quarter, init=init, yearly=yearly, start=start,
                opens=opens)


# --------------------------------------------------------------------------- constants
# line: (label, pack word, size in base units, packs per year, price đ per pack per year,
#        pack cost đ per pack, channel tag)
# raws: norm per base unit of the lines it feeds (`lines`, default all), supply rows
#       (label, count per year, count word, yield per count (or per year)), price đ per unit
# cap: rating x mult = yearly capacity of the lines in `lines` (default all)
# certs: see cert(); inv: (label, triệu, fixed asset?); src: (label, triệu)
PLANS: dict[str, dict] = {
    "ik01": dict(
        unit="lít",
        lines=[("Nước mắm cốt 40 độ đạm, chai 500 ml (đại lý, cửa hàng)", "chai", 0.5,
                [14000, 13000, 13000], [105000, 108000, 110000], 14000, "dl"),
               ("Nước mắm cốt 40 độ đạm, chai 500 ml (siêu thị)", "chai", 0.5,
                [3000, 9000, 12000], [98000, 100000, 102000], 14000, "st"),
               ("Nước mắm 30 độ đạm, chai 500 ml (xuất khẩu)", "chai", 0.5,
                [0, 6000, 10000], [0, 72000, 74000], 13000, "xk"),
               ("Nước mắm 30 độ đạm, chai 1 lít (đại lý, nhà hàng)", "chai", 1,
                [14000, 15000, 16000], [78000, 80000, 82000], 8000, "dl"),
               ("Nước mắm 25 độ đạm, can 5 lít (nhà hàng, bếp ăn)", "can", 5,
                [2400, 2500, 2600], [260000, 265000, 270000], 18000, "nh")],
        channels=[("dl", "Đại lý, cửa hàng, bán tại cơ sở"), ("nh", "Nhà hàng, bếp ăn tập thể"),
                  ("st", "Siêu thị (sau khi có HACCP)"), ("xk", "Xuất khẩu ủy thác (sau HACCP)")],
        hist=dict(out=[30500, 32000, 33600], price=[92000, 95000, 98000], margin=[0.12, 0.125, 0.13]),
        raws=[dict(label="Cá cơm tươi", unit="kg", norm=1.25, cost=[27000, 28000, 29000],
                   cost_label="Cá cơm nguyên liệu",
                   rows=[("Chủ tàu lưới vây xã Cẩm Nhượng, hợp đồng", [8, 9, 10], "tàu", 6000),
                         ("Vựa cá bến Cửa Nhượng, hợp đồng", [1, 1, 1], "vựa", 8000)]),
              dict(label="Muối hạt", unit="kg", norm=0.35, cost=[3500, 3500, 3600], cost_label="Muối",
                   rows=[("Hợp tác xã muối Kỳ Ninh, hợp đồng", [1, 1, 1], "hợp đồng", 20000)])],
        cap=dict(rating=500, mult=130, text="130 thùng chượp × 500 lít", label="Thùng chượp"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ủ chượp, kéo rút nước mắm", [3, 3, 4]),
               ("Lọc, chiết rót, đóng thùng", [3, 3, 3]), ("Kiểm soát chất lượng (HACCP)", [1, 1, 1]),
               ("Bán hàng, kho", [2, 2, 2])],
        wage=[7.0, 7.4, 7.8], energy=1500,
        certs=[cert("Chứng nhận HACCP", "Kế hoạch", "Quý III/2027", 165, 40, 1, "Siêu thị, xuất khẩu"),
               cert("Đánh giá lại OCOP, lên 4 sao", "Kế hoạch", "Quý II/2028", 45, 0, None, "Trung tâm OCOP"),
               cert("Kiểm nghiệm định kỳ 6 tháng/lần", "Đang duy trì", "Hằng năm", 0, 18, 0, "–"),
               cert("Mã số mã vạch, tem truy xuất", "Đã có", "Hằng năm", 0, 8, 0, "–")],
        sell=[180, 240, 260], other=[70, 75, 80], tax=0.01,
        inv=[("Nhà chiết rót, đóng gói một chiều 150 m²", 620, True),
             ("Thùng chượp composite 500 lít (30 chiếc)", 180, True),
             ("Máy lọc, chiết rót, đóng nắp", 360, True),
             ("Thiết bị đo độ đạm, phòng kiểm tra nhanh", 75, True),
             ("Tư vấn, đánh giá chứng nhận HACCP", 165, False),
             ("Hồ sơ đánh giá lại OCOP 4 sao", 45, False),
             ("Bao bì, nhãn phụ xuất khẩu", 55, False),
             ("Vốn lưu động", 500, False)],
        src=[("Vốn chủ sở hữu", 1100), ("Vay Ngân hàng Nông nghiệp và PTNT", 900)],
        life=10, loan=[900, 720, 540], rate=0.08, rev_layout="wide"),

    "ik02": dict(
        unit="kg",
        lines=[("Bưởi loại 1 có tem chỉ dẫn địa lý (siêu thị)", "kg", 1,
                [12000, 30000, 40000], [42000, 43000, 45000], 1500, "st"),
               ("Bưởi quà tặng, hộp 2 quả (cửa hàng, trực tuyến)", "hộp", 3,
                [3000, 4000, 5000], [160000, 165000, 170000], 18000, "tt"),
               ("Bưởi loại 1 (chợ đầu mối, thương lái)", "kg", 1,
                [60000, 45000, 40000], [30000, 31000, 32000], 300, "tl"),
               ("Bưởi loại 2 (thương lái)", "kg", 1,
                [30000, 32000, 34000], [18000, 18000, 19000], 0, "tl")],
        channels=[("tl", "Chợ đầu mối, thương lái"), ("tt", "Cửa hàng, hộp quà, trực tuyến"),
                  ("st", "Siêu thị (VietGAP và tem chỉ dẫn địa lý)")],
        hist=dict(out=[98000, 102000, 106000], price=[26000, 27000, 28000], margin=[0.10, 0.105, 0.11]),
        raws=[dict(label="Bưởi quả tươi", unit="kg", norm=1.05, cost=[17500, 18000, 18500],
                   cost_label="Thu mua bưởi của thành viên",
                   rows=[("Vườn thành viên đã có VietGAP", [12, 12, 12], "ha", 8500),
                         ("Vườn mở rộng VietGAP từ quý I/2028", [8, 8, 8], "ha", 6500)])],
        cap=dict(rating=2000, mult=90, text="2.000 kg/ngày × 90 ngày thu hoạch", label="Dây chuyền phân loại, đóng gói"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Kỹ thuật VietGAP, ghi chép", [1, 1, 1]),
               ("Phân loại, đóng gói, kho lạnh", [3, 3, 4]), ("Bán hàng, giao hàng", [1, 2, 2])],
        wage=[5.5, 5.8, 6.1], energy=300,
        certs=[cert("VietGAP 12 ha (tái cấp)", "Đã có", "Quý II/2028", 0, 22, 0, "Siêu thị"),
               cert("VietGAP mở rộng 8 ha", "Kế hoạch", "Quý I/2028", 48, 15, 1, "Siêu thị"),
               cert("Quyền sử dụng chỉ dẫn địa lý", "Đang làm hồ sơ", "Quý III/2027", 20, 18, 0, "Siêu thị, tem CDĐL"),
               cert("Kiểm nghiệm dư lượng thuốc BVTV", "Đang duy trì", "Hằng năm", 0, 12, 0, "–"),
               cert("OCOP 3 sao", "Kế hoạch", "Quý IV/2027", 35, 0, None, "Điểm bán OCOP")],
        sell=[110, 150, 170], other=[40, 45, 50], tax=0.0,
        inv=[("Nhà sơ chế, đóng gói 200 m²", 480, True),
             ("Kho lạnh bảo quản 40 tấn", 300, True),
             ("Dây chuyền rửa, phân loại, đánh sáp", 240, True),
             ("Chứng nhận VietGAP mở rộng 8 ha", 48, False),
             ("Hồ sơ quyền sử dụng chỉ dẫn địa lý", 20, False),
             ("Hồ sơ OCOP, bao bì hộp quà", 35, False),
             ("Hệ thống tưới nhỏ giọt 8 ha", 160, True),
             ("Vốn lưu động", 317, False)],
        src=[("Vốn góp thành viên", 600), ("Quỹ phát triển sản xuất của HTX", 200),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 800)],
        life=10, loan=[800, 640, 480], rate=0.08, rev_layout="long"),
    "ik03": dict(
        unit="kg",
        lines=[("Mật ong hoa rừng, chai 500 g (cửa hàng, khách quen)", "chai", 0.5,
                [3600, 3400, 3200], [190000, 195000, 200000], 9000, "ch"),
               ("Mật ong hoa rừng 4 sao, hộp 2 chai 500 g", "hộp", 1,
                [0, 300, 1200], [0, 460000, 470000], 35000, "4s"),
               ("Mật ong hoa keo, hũ 1 kg (đại lý)", "hũ", 1,
                [1500, 1600, 1700], [240000, 245000, 250000], 12000, "dl"),
               ("Mật ong hoa keo, can 2 kg (quán, nhà hàng)", "can", 2,
                [250, 250, 250], [440000, 440000, 450000], 10000, "dl")],
        channels=[("ch", "Cửa hàng tại nhà, khách quen, trực tuyến"), ("dl", "Đại lý, quán, nhà hàng"),
                  ("4s", "Trung tâm OCOP tỉnh, đại lý Hà Nội (sau 4 sao)")],
        hist=dict(out=[3300, 3500, 3700], price=[255000, 262000, 270000], margin=[0.14, 0.145, 0.15]),
        raws=[dict(label="Mật ong thô", unit="kg", norm=1.06, cost=[140000, 143000, 146000],
                   cost_label="Mật ong thô (tự khai thác, thu mua)",
                   rows=[("Đàn ong của hộ", [230, 260, 290], "đàn", 12),
                         ("Hộ nuôi ong liên kết thôn Khe Thắm", [16, 18, 22], "hộ", 110)])],
        cap=dict(rating=30, mult=250, text="30 kg/mẻ × 250 mẻ/năm", label="Máy hạ thủy phần"),
        roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 2])],
        wage=[5.5, 5.8, 6.1], energy=2000,
        certs=[cert("OCOP 3 sao (08/2025 – 08/2028)", "Đã có", "–", 0, 0, None, "–"),
               cert("Nâng hạng OCOP 4 sao", "Kế hoạch", "Quý III/2028", 60, 0, None, "Trung tâm OCOP, đại lý Hà Nội"),
               cert("Kiểm nghiệm kháng sinh, HMF, độ ẩm", "Đang duy trì", "Hằng năm", 0, 14, 0, "–"),
               cert("Tem truy xuất QR", "Đã có", "Hằng năm", 0, 5, 0, "–")],
        sell=[45, 50, 70], other=[20, 22, 24], tax=0.015,
        inv=[("Máy hạ thủy phần 30 kg/mẻ", 145, True),
             ("Cải tạo phòng lọc, đóng chai 36 m²", 110, True),
             ("Bổ sung 60 thùng ong và đàn giống", 70, True),
             ("Hồ sơ, kiểm nghiệm nâng hạng 4 sao", 60, False),
             ("Thiết kế lại nhãn, hộp quà 4 sao", 40, False),
             ("Vốn lưu động", 225, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 170, 90], rate=0.066, rev_layout="long"),
    "ik04": dict(
        unit="kg",
        lines=[("Chè xanh sạch, túi 200 g (chợ, cửa hàng)", "túi", 0.2,
                [12000, 9000, 7000], [60000, 62000, 64000], 3000, "ch"),
               ("Chè xanh sạch, gói 500 g (đại lý)", "gói", 0.5,
                [3000, 2400, 2000], [145000, 150000, 155000], 5000, "dl"),
               ("Chè xanh hữu cơ, hộp 200 g (cửa hàng hữu cơ)", "hộp", 0.2,
                [0, 3500, 8000], [0, 110000, 115000], 9000, "hc")],
        channels=[("ch", "Chợ, cửa hàng trong tỉnh"), ("dl", "Đại lý ngoài tỉnh"),
                  ("hc", "Cửa hàng thực phẩm hữu cơ (sau chứng nhận)")],
        hist=dict(out=[3300, 3500, 3700], price=[270000, 280000, 290000], margin=[0.16, 0.17, 0.17]),
        raws=[dict(label="Búp chè tươi", unit="kg", norm=4.6, cost=[15000, 16500, 18000],
                   cost_label="Búp chè tươi",
                   rows=[("Đồi chè chuyển đổi hữu cơ của tổ viên", [2.5, 2.5, 2.5], "ha", 4000),
                         ("Vườn chè của tổ viên", [3, 3, 3], "ha", 5000)])],
        cap=dict(rating=22, mult=240, text="22 kg chè khô/ngày × 240 ngày", label="Máy sao, vò, sấy chè"),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Hái, vận chuyển búp", [2, 2, 2]),
               ("Sao, vò, sấy, đóng gói", [2, 2, 3])],
        wage=[5.5, 5.8, 6.1], energy=4000,
        certs=[cert("Chứng nhận hữu cơ TCVN 11041-6:2018", "Đang chuyển đổi", "Quý II/2028", 85, 30, 1, "Cửa hàng hữu cơ"),
               cert("Văn bằng nhãn hiệu", "Đã nộp đơn", "Quý IV/2027", 0, 0, None, "–"),
               cert("OCOP 3 sao", "Kế hoạch", "Quý IV/2027", 30, 0, None, "Điểm bán OCOP"),
               cert("Kiểm nghiệm chỉ tiêu chất lượng, dư lượng", "Đang duy trì", "Hằng năm", 0, 10, 0, "–")],
        sell=[50, 60, 80], other=[25, 25, 30], tax=0.0,
        inv=[("Máy vò chè và tôn sao chè bổ sung", 150, True),
             ("Máy sấy chè bằng điện", 120, True),
             ("Cải tạo xưởng, tách dòng hữu cơ 60 m²", 160, True),
             ("Phân hữu cơ, bẫy sinh học cho đồi chè", 60, False),
             ("Chứng nhận hữu cơ lần đầu", 85, False),
             ("Hồ sơ OCOP, kiểm nghiệm", 30, False),
             ("Bao bì, nhãn, hộp chè hữu cơ", 35, False),
             ("Vốn lưu động", 160, False)],
        src=[("Vốn góp của tổ viên", 450), ("Vay Ngân hàng Chính sách xã hội (hộ tổ viên vay)", 350)],
        life=10, loan=[350, 280, 210], rate=0.066, rev_layout="wide"),
    "ik05": dict(
        unit="kg",
        lines=[("Gạo chuyển đổi hữu cơ, túi 5 kg", "túi", 5,
                [5000, 0, 0], [170000, 0, 0], 5000, "dl"),
               ("Gạo hữu cơ, túi 2 kg", "túi", 2,
                [3000, 8500, 11000], [80000, 82000, 84000], 4000, "st"),
               ("Gạo hữu cơ, túi 5 kg", "túi", 5,
                [1000, 4600, 6000], [195000, 200000, 205000], 5000, "hc")],
        channels=[("dl", "Đại lý, khách quen (gạo chuyển đổi)"), ("st", "Siêu thị, cửa hàng hữu cơ"),
                  ("hc", "Bếp ăn trường học, khách đặt hàng")],
        hist=dict(out=[30000, 32000, 34000], price=[27000, 29000, 30000], margin=[0.10, 0.11, 0.11]),
        raws=[dict(label="Lúa hữu cơ", unit="kg", norm=1.6, cost=[10000, 10500, 11000],
                   cost_label="Thóc hữu cơ của thành viên",
                   rows=[("Cánh đồng lúa hữu cơ thôn Văn Cử, 2 vụ", [10, 10, 10], "ha", 6800)])],
        cap=dict(rating=500, mult=200, text="500 kg gạo/ngày × 200 ngày", label="Máy xay xát, đánh bóng"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Kỹ thuật đồng ruộng hữu cơ", [1, 1, 1]),
               ("Sấy, xay xát, đóng túi", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.5], energy=400,
        certs=[cert("Chứng nhận hữu cơ TCVN 11041-5:2018", "Đang chuyển đổi", "Quý III/2027", 90, 35, 1, "Siêu thị, cửa hàng hữu cơ"),
               cert("Kiểm nghiệm dư lượng, kim loại nặng", "Đang duy trì", "Hằng năm", 0, 12, 0, "–"),
               cert("OCOP 3 sao", "Kế hoạch", "Quý II/2028", 30, 0, None, "Điểm bán OCOP")],
        sell=[40, 70, 80], other=[25, 25, 30], tax=0.0,
        inv=[("Máy sấy lúa 4 tấn/mẻ", 220, True),
             ("Máy xay xát, đánh bóng, tách màu", 260, True),
             ("Máy đóng túi hút chân không", 90, True),
             ("Kho chứa thóc hữu cơ riêng 80 m²", 180, True),
             ("Chứng nhận hữu cơ lần đầu", 90, False),
             ("Hồ sơ OCOP", 30, False),
             ("Vốn lưu động", 230, False)],
        src=[("Vốn góp thành viên", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 480, 360], rate=0.08, rev_layout="long",
        pack_label="Bao bì, túi"),
    "ik06": dict(
        unit="lít",
        lines=[("Rượu nếp sim 29 độ, chai 500 ml (nhà hàng, cửa hàng)", "chai", 0.5,
                [16000, 16000, 16500], [85000, 88000, 90000], 15000, "nh"),
               ("Rượu nếp sim 4 sao, hộp quà 2 chai 500 ml", "hộp", 1,
                [0, 1500, 2500], [0, 260000, 265000], 45000, "4s"),
               ("Rượu nếp sim, can 2 lít (đại lý)", "can", 2,
                [2000, 2100, 2200], [300000, 310000, 320000], 20000, "dl")],
        channels=[("nh", "Nhà hàng, cửa hàng đặc sản"), ("dl", "Đại lý trong và ngoài tỉnh"),
                  ("4s", "Quầy quà tặng, điểm OCOP (sau 4 sao)")],
        hist=dict(out=[10200, 10900, 11500], price=[150000, 155000, 160000], margin=[0.13, 0.14, 0.14]),
        raws=[dict(label="Gạo nếp", unit="kg", norm=1.3, cost=[19000, 19500, 20000], cost_label="Gạo nếp",
                   rows=[("Hộ thành viên trồng nếp", [45, 45, 45], "hộ", 500)]),
              dict(label="Quả sim chín", unit="kg", norm=0.4, cost=[25000, 26000, 27000], cost_label="Quả sim",
                   rows=[("Đồi sim của thành viên", [8, 8, 8], "ha", 800),
                         ("Hộ thu hái sim thôn Trung Lộc", [20, 20, 20], "hộ", 100)])],
        cap=dict(rating=80, mult=250, text="2 nồi × 40 lít/ngày × 250 ngày", label="Nồi chưng cất"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [3, 3, 3]),
               ("Ngâm sim, lọc, chiết chai", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.8, 6.1, 6.4], energy=3000,
        certs=[cert("OCOP 3 sao (cấp 2024)", "Đã có", "–", 0, 0, None, "–"),
               cert("Nâng hạng OCOP 4 sao", "Kế hoạch", "Quý I/2028", 70, 0, None, "Quầy quà tặng, điểm OCOP"),
               cert("Tem truy xuất QR", "Kế hoạch", "Quý II/2027", 15, 6, 1, "–"),
               cert("Kiểm nghiệm methanol, andehit", "Đang duy trì", "Hằng năm", 0, 16, 0, "–")],
        sell=[120, 150, 170], other=[35, 35, 40], tax=0.0,
        inv=[("Kho ủ rượu, hạ thổ 50 m²", 250, True),
             ("Hệ thống lọc, khử andehit", 230, True),
             ("Máy chiết rót, đóng nút", 150, True),
             ("Chum sành, bình ngâm sim 200 lít", 120, True),
             ("Hầm biogas xử lý bỗng rượu", 110, True),
             ("Hồ sơ nâng hạng OCOP 4 sao", 70, False),
             ("Thiết kế hộp quà, tem truy xuất", 15, False),
             ("Bao bì hộp quà 4 sao", 85, False),
             ("Vốn lưu động", 570, False)],
        src=[("Vốn góp của thành viên", 800), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, loan=[600, 480, 360], rate=0.08, rev_layout="wide"),
    "ik07": dict(
        unit="kg",
        lines=[("Tinh bột nghệ vàng, hũ 200 g (đại lý, nhà thuốc)", "hũ", 0.2,
                [20000, 20000, 21000], [115000, 118000, 120000], 9000, "dl"),
               ("Tinh bột nghệ vàng, hũ 200 g (siêu thị)", "hũ", 0.2,
                [0, 4000, 8000], [0, 108000, 110000], 9000, "st"),
               ("Tinh bột nghệ, túi 1 kg (xuất khẩu)", "túi", 1,
                [0, 500, 1000], [0, 420000, 430000], 15000, "xk"),
               ("Tinh bột nghệ đỏ, hũ 500 g (trực tuyến)", "hũ", 0.5,
                [2400, 2600, 2800], [260000, 265000, 270000], 12000, "tt")],
        channels=[("dl", "Đại lý, nhà thuốc"), ("tt", "Bán trực tuyến"),
                  ("st", "Siêu thị (sau ISO 22000)"), ("xk", "Xuất khẩu qua đối tác (sau ISO 22000)")],
        hist=dict(out=[4300, 4700, 5000], price=[520000, 535000, 550000], margin=[0.12, 0.13, 0.13]),
        raws=[dict(label="Củ nghệ tươi", unit="kg", norm=32, cost=[5000, 5200, 5400], cost_label="Củ nghệ tươi",
                   rows=[("Vùng nghệ của công ty", [3, 3, 3], "ha", 25000),
                         ("Hộ liên kết thôn Giang Hà, Giang Sơn", [8, 9, 10], "ha", 22000)])],
        cap=dict(rating=35, mult=280, text="35 kg tinh bột/ngày × 280 ngày", label="Dây chuyền lọc, lắng, sấy"),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Rửa, xay, lọc, lắng", [4, 4, 5]),
               ("Sấy, nghiền, đóng hũ", [2, 3, 3]), ("Kiểm soát chất lượng", [1, 1, 1]),
               ("Bán hàng, xuất khẩu", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6], energy=6000,
        certs=[cert("Chứng nhận ISO 22000:2018", "Kế hoạch", "Quý II/2028", 220, 45, 1, "Siêu thị, xuất khẩu"),
               cert("OCOP 3 sao", "Kế hoạch", "Quý IV/2027", 35, 0, None, "Điểm bán OCOP"),
               cert("Mã số mã vạch, tem truy xuất", "Đã có", "Hằng năm", 0, 7, 0, "–")],
        sell=[120, 180, 220], other=[50, 55, 60], tax=0.01, cert_label="Duy trì chứng nhận, mã vạch",
        inv=[("Nhà xưởng lọc, lắng, sấy 240 m² (khu sạch)", 780, True),
             ("Máy rửa, máy xay nghệ", 260, True),
             ("Bể lọc, lắng inox", 240, True),
             ("Máy sấy bơm nhiệt", 320, True),
             ("Máy nghiền mịn, máy đóng hũ", 180, True),
             ("Tư vấn, đánh giá chứng nhận ISO 22000", 220, False),
             ("Hồ sơ OCOP", 35, False),
             ("Vốn lưu động", 565, False)],
        src=[("Vốn góp của cổ đông", 1300), ("Vay Ngân hàng thương mại", 1300)],
        life=10, loan=[1300, 1100, 900], rate=0.08, rev_layout="wide"),
    "ik08": dict(
        unit="kg",
        lines=[("Mực khô loại 1, túi 500 g (cửa hàng đặc sản)", "túi", 0.5,
                [5000, 5400, 6000], [560000, 575000, 590000], 6000, "ch"),
               ("Mực khô loại 1, hộp 1 kg (siêu thị)", "hộp", 1,
                [0, 700, 1500], [0, 1080000, 1100000], 25000, "st"),
               ("Mực khô loại 2, túi 500 g (chợ, đại lý)", "túi", 0.5,
                [3000, 3200, 3400], [390000, 400000, 410000], 5000, "dl"),
               ("Mực một nắng, khay 1 kg hút chân không", "khay", 1,
                [1500, 1700, 1900], [360000, 370000, 380000], 8000, "dl")],
        channels=[("ch", "Cửa hàng đặc sản, khách du lịch"), ("dl", "Chợ, đại lý, nhà hàng"),
                  ("st", "Siêu thị (sau HACCP)")],
        hist=dict(out=[4600, 4900, 5200], price=[760000, 780000, 800000], margin=[0.09, 0.095, 0.10]),
        raws=[dict(label="Mực ống tươi", unit="kg", norm=5.0, cost=[135000, 139000, 143000], lines=[0, 1, 2],
                   cost_label="Mực ống tươi (mực khô)",
                   rows=[("Tàu câu mực của gia đình", [2, 2, 2], "tàu", 5000),
                         ("Chủ tàu câu thôn Kim Hải, hợp đồng", [4, 5, 6], "tàu", 4000)]),
              dict(label="Mực lá tươi", unit="kg", norm=1.6, cost=[150000, 154000, 158000], lines=[3],
                   cost_label="Mực lá tươi (một nắng)",
                   rows=[("Vựa mực bến Thạch Kim, hợp đồng", [1, 1, 1], "vựa", 3500)])],
        cap=dict(rating=24, mult=200, text="2 buồng × 12 kg mực khô/ngày × 200 ngày", lines=[0, 1, 2],
                 label="Buồng sấy bơm nhiệt"),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Mổ, rửa, phơi, sấy", [3, 3, 3]),
               ("Phân loại, đóng gói", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6], energy=9000,
        certs=[cert("Chứng nhận HACCP", "Kế hoạch", "Quý II/2028", 150, 35, 1, "Siêu thị"),
               cert("Kiểm nghiệm định kỳ", "Đang duy trì", "Hằng năm", 0, 12, 0, "–"),
               cert("OCOP 3 sao (cấp 2025)", "Đã có", "–", 0, 0, None, "–")],
        sell=[120, 160, 180], other=[30, 35, 40], tax=0.015,
        inv=[("Phòng sơ chế, đóng gói một chiều 60 m²", 280, True),
             ("Kho lạnh bảo quản 5 tấn", 190, True),
             ("Máy hút chân không, bàn inox", 70, True),
             ("Tư vấn, đánh giá chứng nhận HACCP", 150, False),
             ("Hộp quà, bao bì siêu thị", 40, False),
             ("Vốn lưu động", 670, False)],
        src=[("Vốn tự có của hộ", 700), ("Vay Ngân hàng Nông nghiệp và PTNT", 700)],
        life=10, loan=[700, 560, 420], rate=0.08, rev_layout="long"),
    "ik09": dict(
        unit="kg",
        lines=[("Cam bù VietGAP loại 1 (siêu thị, cửa hàng trái cây)", "kg", 1,
                [15000, 50000, 85000], [32000, 33000, 34000], 1200, "st"),
               ("Cam bù loại 1 (thương lái, chợ đầu mối)", "kg", 1,
                [55000, 58000, 70000], [22000, 22000, 23000], 0, "tl"),
               ("Cam quà tặng, hộp 5 kg (trực tuyến)", "hộp", 5,
                [800, 2000, 3000], [200000, 205000, 210000], 20000, "tt"),
               ("Cam loại 2 (cơ sở ép nước)", "kg", 1,
                [16000, 22000, 40000], [10000, 10000, 10000], 0, "tl")],
        channels=[("tl", "Thương lái, chợ đầu mối, cơ sở ép"), ("tt", "Hộp quà trực tuyến"),
                  ("st", "Siêu thị, cửa hàng trái cây (sau VietGAP)")],
        hist=dict(out=[78000, 82000, 85000], price=[20000, 21000, 22000], margin=[0.14, 0.15, 0.15]),
        raws=[dict(label="Cam quả tươi", unit="kg", norm=1.0, cost=[7000, 8500, 10000],
                   cost_label="Vật tư chăm sóc vườn",
                   rows=[("Vườn cam của 12 hộ trong nhóm", [18, 18, 18], "ha", [5200, 8000, 12000])])],
        cap=dict(rating=3000, mult=120, text="3 tấn/ngày × 120 ngày", label="Nhà sơ chế, đóng gói"),
        roles=[("Đại diện nhóm, ghi chép", [1, 1, 1]), ("Chăm sóc, thu hái (quy đổi)", [8, 8, 8]), ("Thu hái thời vụ (quy đổi)", [0, 4, 8]),
               ("Phân loại, đóng gói", [2, 2, 2])],
        wage=[4.8, 5.0, 5.2], energy=150,
        certs=[cert("Chứng nhận VietGAP nhóm 18 ha", "Kế hoạch", "Quý II/2027", 55, 20, 0, "Siêu thị, cửa hàng trái cây"),
               cert("Kiểm nghiệm dư lượng thuốc BVTV", "Hằng năm", "Hằng năm", 0, 10, 0, "–")],
        sell=[60, 120, 160], other=[20, 25, 30], tax=0.0,
        inv=[("Nhà sơ chế, đóng gói 120 m²", 300, True),
             ("Hệ thống tưới nhỏ giọt 18 ha", 360, True),
             ("Cân, bàn phân loại, băng tải", 80, True),
             ("Kho mát bảo quản cam 20 tấn", 200, True),
             ("Cải tạo, bón phục hồi vườn cam", 450, False),
             ("Chứng nhận VietGAP nhóm lần đầu", 55, False),
             ("Hộp quà, túi lưới, tem", 35, False),
             ("Vốn lưu động", 320, False)],
        src=[("Vốn đóng góp của các hộ", 900), ("Vay Ngân hàng Nông nghiệp và PTNT (các hộ vay)", 900)],
        life=10, loan=[900, 700, 500], rate=0.08, rev_layout="wide"),
    "ik10": dict(
        unit="lít",
        lines=[("Dầu lạc ép, chai 500 ml (cửa hàng, chợ)", "chai", 0.5,
                [16000, 15000, 14000], [85000, 87000, 89000], 6000, "ch"),
               ("Dầu lạc vùng VietGAP, chai 500 ml (siêu thị)", "chai", 0.5,
                [2000, 8000, 12000], [92000, 94000, 96000], 7000, "st"),
               ("Dầu lạc, chai 1 lít (bếp ăn, nhà hàng)", "chai", 1,
                [4000, 4300, 4600], [160000, 163000, 166000], 8000, "nh"),
               ("Dầu lạc, can 5 lít (đại lý)", "can", 5,
                [300, 320, 340], [760000, 775000, 790000], 15000, "dl")],
        channels=[("ch", "Cửa hàng tạp hóa, chợ"), ("nh", "Bếp ăn, nhà hàng"), ("dl", "Đại lý"),
                  ("st", "Siêu thị (sau VietGAP vùng lạc)")],
        hist=dict(out=[11500, 12400, 13300], price=[160000, 163000, 167000], margin=[0.11, 0.115, 0.12]),
        raws=[dict(label="Lạc nhân", unit="kg", norm=2.4, cost=[34000, 35000, 36000], cost_label="Lạc nhân",
                   rows=[("Vùng lạc VietGAP liên kết", [20, 25, 28], "ha", 1800),
                         ("Hộ trồng lạc thôn Đông Thịnh", [30, 30, 30], "hộ", 300)])],
        cap=dict(rating=90, mult=260, text="90 lít/ngày × 260 ngày", label="Máy ép dầu"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Rang, ép, lắng lọc", [2, 2, 3]),
               ("Chiết chai, đóng thùng", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6], energy=3500,
        certs=[cert("VietGAP vùng lạc 20 ha (HTX liên kết)", "Kế hoạch", "Quý III/2027", 40, 15, 1, "Siêu thị"),
               cert("OCOP 3 sao", "Kế hoạch", "Quý IV/2027", 30, 0, None, "Điểm bán OCOP, siêu thị"),
               cert("Kiểm nghiệm chỉ tiêu chất lượng", "Đang duy trì", "Hằng năm", 0, 12, 0, "–"),
               cert("Tem truy xuất QR", "Kế hoạch", "Quý III/2027", 0, 5, 0, "–")],
        sell=[100, 140, 160], other=[40, 45, 50], tax=0.01,
        inv=[("Máy ép dầu trục vít 90 lít/ngày", 260, True),
             ("Máy rang lạc, bồn lắng lọc inox", 180, True),
             ("Cải tạo xưởng ép, kho lạc 150 m²", 300, True),
             ("Máy chiết rót, đóng nắp", 120, True),
             ("Hỗ trợ VietGAP vùng lạc", 40, False),
             ("Hồ sơ OCOP, kiểm nghiệm", 30, False),
             ("Vốn lưu động", 370, False)],
        src=[("Vốn chủ sở hữu", 800), ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        life=10, loan=[500, 400, 300], rate=0.08, rev_layout="long"),
}

# the investment items that carry the certificates' one-off costs (their sum = the certificates' "Cộng")
CERT_INV = {
    "ik01": ["Tư vấn, đánh giá chứng nhận HACCP", "Hồ sơ đánh giá lại OCOP 4 sao"],
    "ik02": ["Chứng nhận VietGAP mở rộng 8 ha", "Hồ sơ quyền sử dụng chỉ dẫn địa lý", "Hồ sơ OCOP, bao bì hộp quà"],
    "ik03": ["Hồ sơ, kiểm nghiệm nâng hạng 4 sao"],
    "ik04": ["Chứng nhận hữu cơ lần đầu", "Hồ sơ OCOP, kiểm nghiệm"],
    "ik05": ["Chứng nhận hữu cơ lần đầu", "Hồ sơ OCOP"],
    "ik06": ["Hồ sơ nâng hạng OCOP 4 sao", "Thiết kế hộp quà, tem truy xuất"],
    "ik07": ["Tư vấn, đánh giá chứng nhận ISO 22000", "Hồ sơ OCOP"],
    "ik08": ["Tư vấn, đánh giá chứng nhận HACCP"],
    "ik09": ["Chứng nhận VietGAP nhóm lần đầu"],
    "ik10": ["Hỗ trợ VietGAP vùng lạc", "Hồ sơ OCOP, kiểm nghiệm"],
}

# competitor and own prices quoted in the market part: (product, pack, price đ or ("line", i, year), certificate)
COMPET = {
    "ik01": [("Nước mắm Sóng Lạch 40 độ đạm (của công ty)", "chai 500 ml", ("line", 0, 0), "ATTP; HACCP từ quý III/2027"),
             ("Nước mắm Bãi Ngang 40 độ đạm", "chai 500 ml", 118000, "HACCP"),
             ("Nước mắm Hải Thanh 35 độ đạm", "chai 500 ml", 86000, "ATTP"),
             ("Nước mắm Sóng Lạch 30 độ đạm (của công ty)", "chai 1 lít", ("line", 3, 0), "ATTP"),
             ("Nước mắm Cửa Lò 30 độ đạm", "chai 1 lít", 82000, "ISO 22000")],
    "ik02": [("Bưởi Phúc Đồng loại 1, chưa dán tem (của HTX)", "kg", ("line", 2, 0), "VietGAP 12 ha"),
             ("Bưởi Phúc Đồng loại 1, tem chỉ dẫn địa lý (của HTX)", "kg", ("line", 0, 0), "VietGAP, CDĐL"),
             ("Bưởi da xanh Bến Tre tại siêu thị Vinh", "kg", 55000, "VietGAP"),
             ("Bưởi Diễn (Hà Nội) tại siêu thị Vinh", "kg", 38000, "VietGAP"),
             ("Bưởi Phúc Trạch của thương lái, không tem", "kg", 26000, "Không")],
    "ik03": [("Mật ong Khe Thắm hoa rừng (của hộ)", "chai 500 g", ("line", 0, 0), "OCOP 3 sao"),
             ("Mật ong Khe Thắm 4 sao, hộp 2 chai (dự kiến)", "hộp 1 kg", ("line", 1, 1), "OCOP 4 sao"),
             ("Mật ong bạc hà Hà Giang", "chai 500 g", 260000, "OCOP 4 sao"),
             ("Mật ong rừng Hương Sơn", "chai 500 g", 180000, "OCOP 3 sao"),
             ("Mật ong chợ không nhãn", "chai 500 g", 120000, "Không")],
    "ik04": [("Chè xanh sạch Tân Hương (của tổ)", "túi 200 g", ("line", 0, 0), "ATTP"),
             ("Chè xanh hữu cơ Tân Hương (sau chứng nhận)", "hộp 200 g", ("line", 2, 1), "Hữu cơ TCVN 11041-6"),
             ("Chè hữu cơ Shan tuyết Hà Giang", "hộp 200 g", 135000, "Hữu cơ"),
             ("Chè Thái Nguyên loại 1", "túi 200 g", 70000, "VietGAP"),
             ("Chè xanh chợ Vinh, không nhãn", "túi 200 g", 40000, "Không")],
    "ik05": [("Gạo chuyển đổi hữu cơ Văn Cử (của HTX)", "túi 5 kg", ("line", 0, 0), "Đang chuyển đổi"),
             ("Gạo hữu cơ Văn Cử (sau chứng nhận)", "túi 2 kg", ("line", 1, 0), "Hữu cơ TCVN 11041-5"),
             ("Gạo hữu cơ ST25 (miền Tây)", "túi 2 kg", 95000, "Hữu cơ"),
             ("Gạo hữu cơ Thái Bình", "túi 2 kg", 78000, "Hữu cơ"),
             ("Gạo thơm thường tại chợ", "túi 5 kg", 110000, "Không")],
    "ik06": [("Rượu nếp sim Đồng Lộc 29 độ (của HTX)", "chai 500 ml", ("line", 0, 0), "OCOP 3 sao"),
             ("Rượu nếp sim Đồng Lộc 4 sao, hộp 2 chai", "hộp 1 lít", ("line", 1, 1), "OCOP 4 sao (dự kiến)"),
             ("Rượu sim Hòn Sơn (Kiên Giang)", "chai 500 ml", 150000, "OCOP 4 sao"),
             ("Rượu nếp cái Thạch Hà", "chai 500 ml", 80000, "OCOP 3 sao"),
             ("Rượu nếp nấu thủ công, bán can", "lít", 60000, "Không")],
    "ik07": [("Tinh bột nghệ Ngàn Phố (của công ty)", "hũ 200 g", ("line", 0, 0), "Chưa"),
             ("Tinh bột nghệ Ngàn Phố bán siêu thị (sau ISO)", "hũ 200 g", ("line", 1, 1), "ISO 22000"),
             ("Tinh bột nghệ Nghệ An", "hũ 200 g", 105000, "OCOP 4 sao"),
             ("Tinh bột nghệ Hưng Yên", "hũ 200 g", 95000, "ISO 22000"),
             ("Tinh bột nghệ chợ, bán cân", "kg", 300000, "Không")],
    "ik08": [("Mực khô loại 1 Bảy Lành (của hộ)", "túi 500 g", ("line", 0, 0), "OCOP 3 sao"),
             ("Mực khô loại 1, hộp siêu thị (sau HACCP)", "hộp 1 kg", ("line", 1, 1), "HACCP"),
             ("Mực khô Cửa Hội (Nghệ An)", "túi 500 g", 600000, "OCOP 3 sao"),
             ("Mực khô Quảng Ninh tại siêu thị", "hộp 1 kg", 1250000, "HACCP"),
             ("Mực khô chợ Thạch Kim", "kg", 900000, "Không")],
    "ik09": [("Cam bù Khe Giao loại 1 (thương lái)", "kg", ("line", 1, 0), "Chưa"),
             ("Cam bù VietGAP Khe Giao (sau chứng nhận)", "kg", ("line", 0, 0), "VietGAP"),
             ("Cam Vinh tại siêu thị", "kg", 38000, "VietGAP"),
             ("Cam sành Hà Giang tại chợ", "kg", 25000, "Không"),
             ("Cam nhập khẩu Úc tại siêu thị", "kg", 90000, "Nhập khẩu")],
    "ik10": [("Dầu lạc Đức Sơn (của công ty)", "chai 500 ml", ("line", 0, 0), "Đang làm"),
             ("Dầu lạc vùng VietGAP Đức Sơn", "chai 500 ml", ("line", 1, 0), "VietGAP vùng lạc"),
             ("Dầu lạc Kim Hoa", "chai 1 lít", 150000, "OCOP 4 sao"),
             ("Dầu lạc ép Nghệ An", "chai 500 ml", 80000, "OCOP 3 sao"),
             ("Dầu lạc ép tại chợ, không nhãn", "lít", 120000, "Không")],
}

# planted numeric defects as the plan prints them (triệu đồng, %, years); the figures after them follow
DEFECTS = {
    "ik05": {"rev": {(1, 1): 836.4}},                      # 8.500 túi x 82.000 đ = 697,0
    "ik07": {"payback": 1.8},                              # 2.600 / (842,0 + 178,0) = 2,5
    "ik08": {"cost_total": {1: 4472.3}, "use": {1: 88.0, 2: 92.0}},
    "ik09": {"profit": {1: 1275.0}},                       # 3.556,0 - 2.536,0 = 1.020,0
}
for _k, _d in DEFECTS.items():
    PLANS[_k]["defects"] = _d
# the raw-material table without a balance row (the shortfall plan)
NO_BALANCE = {"ik05"}
def model(c: dict, printed: bool = True) -> dict:
    """Every figure of a full plan from its constants. printed=True applies the planted
    overrides where the plan prints them (and lets the figures after them follow); False gives
    the true figures."""
    ov = c.get("defects", {}) if printed else {}
    m: dict = {}
    L = c["lines"]
    m["qty"] = [[ln[3][y] for y in range(3)] for ln in L]
    m["price"] = [[ln[4][y] for y in range(3)] for ln in L]
    m["base"] = [[ln[2] * ln[3][y] for y in range(3)] for ln in L]
    m["out"] = [sum(b[y] for b in m["base"]) for y in range(3)]
    rv = [[ln[3][y] * ln[4][y] / 1e6 for y in range(3)] for ln in L]
    for (i, y), v in ov.get("rev", {}).items():
        rv[i][y] = v
    m["rev_line"] = rv
    m["rev"] = [sum(r[y] for r in rv) for y in range(3)]
    # channels: base units by channel tag
    m["chan"] = [[sum(m["base"][i][y] for i, ln in enumerate(L) if ln[6] == tag) for y in range(3)]
                 for tag, _ in c["channels"]]
    # history
    h = c["hist"]
    m["h_rev"] = [h["out"][k] * h["price"][k] / 1e6 for k in range(3)]
    m["h_profit"] = [m["h_rev"][k] * h["margin"][k] for k in range(3)]
    # raw materials
    m["raw"] = []
    for r in c["raws"]:
        idx = r.get("lines") or range(len(L))
        need = [sum(m["base"][i][y] for i in idx) * r["norm"] for y in range(3)]
        rows = [[cnt[y] * (yld[y] if isinstance(yld, list) else yld) for y in range(3)] for (_, cnt, _, yld) in r["rows"]]
        supply = [sum(x[y] for x in rows) for y in range(3)]
        cost = [need[y] * r["cost"][y] / 1e6 for y in range(3)]
        m["raw"].append(dict(need=need, rows=rows, supply=supply, cost=cost,
                             spare=[supply[y] - need[y] for y in range(3)]))
    # capacity
    cp = c["cap"]
    m["cap"] = cp["rating"] * cp["mult"]
    cidx = cp.get("lines") or range(len(L))
    m["cap_out"] = [sum(m["base"][i][y] for i in cidx) for y in range(3)]
    use = [m["cap_out"][y] / m["cap"] * 100 for y in range(3)]
    for y, v in ov.get("use", {}).items():
        use[y] = v
    m["use"] = use
    # staff
    m["staff"] = [sum(n[y] for _, n in c["roles"]) for y in range(3)]
    m["wage_fund"] = [m["staff"][y] * c["wage"][y] * 12 for y in range(3)]
    # certificates
    m["cert_year"] = [sum(ct["yearly"] for ct in c["certs"] if ct["start"] is not None and ct["start"] <= y)
                      for y in range(3)]
    m["cert_init"] = sum(ct["init"] for ct in c["certs"])
    m["cert_yearly_full"] = sum(ct["yearly"] for ct in c["certs"])
    # investment
    m["inv"] = sum(a for _, a, _ in c["inv"])
    m["fixed"] = sum(a for _, a, f in c["inv"] if f)
    m["src"] = sum(a for _, a in c["src"])
    m["src_pct"] = [a / m["src"] * 100 for _, a in c["src"]]
    m["dep"] = m["fixed"] / c["life"]
    m["interest"] = [c["loan"][y] * c["rate"] for y in range(3)]
    # costs
    m["pack"] = [sum(ln[3][y] * ln[5] for ln in L) / 1e6 for y in range(3)]
    m["energy"] = [m["out"][y] * c["energy"] / 1e6 for y in range(3)]
    m["tax"] = [m["rev"][y] * c["tax"] for y in range(3)]
    lines = []
    for r, rm in zip(c["raws"], m["raw"]):
        lines.append((r["cost_label"], rm["cost"]))
    lines += [(c.get("pack_label", "Bao bì, nhãn"), m["pack"]),
              (c.get("energy_label", "Điện, nước, nhiên liệu"), m["energy"]),
              ("Tiền lương, bảo hiểm", m["wage_fund"]),
              (c.get("cert_label", "Duy trì chứng nhận, kiểm nghiệm"), m["cert_year"]),
              (c.get("sell_label", "Bán hàng, quảng bá"), list(c["sell"])),
              ("Khấu hao tài sản cố định", [m["dep"]] * 3),
              ("Lãi vay", m["interest"])]
    if c["tax"]:
        lines.append(("Thuế, phí", m["tax"]))
    lines.append(("Chi phí khác", list(c["other"])))
    m["cost_lines"] = lines
    cost = [sum(v[y] for _, v in lines) for y in range(3)]
    m["cost_sum"] = list(cost)
    for y, v in ov.get("cost_total", {}).items():
        cost[y] = v
    m["cost"] = cost
    profit = [m["rev"][y] - cost[y] for y in range(3)]
    for y, v in ov.get("profit", {}).items():
        profit[y] = v
    m["profit"] = profit
    m["margin"] = [profit[y] / m["rev"][y] * 100 for y in range(3)]
    m["avg_profit"] = sum(profit) / 3
    pb = round(m["inv"] / (m["avg_profit"] + m["dep"]), 1)
    m["payback_formula"] = m["inv"] / (m["avg_profit"] + m["dep"])
    m["payback"] = ov.get("payback", pb)
    return m


# --------------------------------------------------------------------------- printing
def n0(x: float) -> str:
    """Integer with dotted thousands: 37500 -> 37.500."""
    s = f"{round(x):,}".replace(",", ".")
    return s


def f1(x: float) -> str:
    """One decimal, dotted thousands, decimal comma: 3480.04 -> 3.480,0."""
    s = f"{x:,.1f}"
    return s.replace(",", " ").replace(".", ",").replace(" ", ".")


def num(x: float) -> str:
    """A count or norm that may be fractional (2,5 ha; 1,25 kg)."""
    if abs(x - round(x)) < 1e-9:
        return n0(x)
    return f"{x:.2f}".rstrip("0").replace(".", ",")


def dash(x: float, f=n0) -> str:
    return "–" if abs(x) < 1e-9 else f(x)


TITLES = {
    "hist": "Kết quả sản xuất kinh doanh 2024 – 2026",
    "certs": "Lộ trình chứng nhận",
    "compet": "Giá bán so với sản phẩm cùng loại",
    "chan": "Sản lượng theo kênh tiêu thụ",
    "raw": "Nhu cầu và nguồn cung nguyên liệu",
    "output": "Kế hoạch sản lượng và công suất",
    "staff": "Lao động và tiền lương",
    "inv": "Tổng vốn đầu tư",
    "src": "Nguồn vốn",
    "prices": "Giá bán dự kiến",
    "rev": "Doanh thu dự kiến",
    "cost": "Chi phí sản xuất kinh doanh",
    "sum": "Hiệu quả kinh tế",
}


def raw_label(r: dict, row: tuple) -> str:
    """A supply row's label with its scale: "Cá cơm tươi: chủ tàu … (8–10 tàu × 6.000 kg)"."""
    lab, cnt, word, yld = row
    if isinstance(yld, list):
        scale = f"{num(cnt[0])} {word}"
    else:
        cs = num(cnt[0]) if cnt[0] == cnt[2] else f"{num(cnt[0])}–{num(cnt[2])}"
        scale = f"{cs} {word} × {n0(yld)} {r['unit']}"
    return f"{r['label']}: {lab} ({scale})"


def need_label(r: dict, u: str) -> str:
    return f"Nhu cầu {r['label'].lower()} ({num(r['norm'])} {r['unit']}/{u})"


def tables(k: str) -> dict[str, tuple]:
    """Every numeric table of plan k: id -> (title, unit line or None, header, rows)."""
    c = PLANS[k]
    m = model(c)
    u = c["unit"]
    Y = [f"Năm {y}" for y in YEARS]
    T: dict[str, tuple] = {}
    h = c["hist"]
    T["hist"] = (TITLES["hist"], None, ["TT", "Chỉ tiêu"] + [f"Năm {y}" for y in HIST_YEARS], [
        ["1", f"Sản lượng ({u})"] + [n0(x) for x in h["out"]],
        ["2", f"Giá bán bình quân (đồng/{u})"] + [n0(x) for x in h["price"]],
        ["3", "Doanh thu (triệu đồng)"] + [f1(x) for x in m["h_rev"]],
        ["4", "Lợi nhuận (triệu đồng)"] + [f1(x) for x in m["h_profit"]]])
    rows = []
    for ct in c["certs"]:
        q = ct["quarter"]
        when = ct["status"] if q == "–" else f"{ct['status']}, {q[0].lower()}{q[1:]}"
        rows.append([ct["name"], when, dash(ct["init"]), dash(ct["yearly"]), ct["opens"]])
    rows.append(["Cộng", "–", n0(m["cert_init"]), n0(m["cert_yearly_full"]), "–"])
    T["certs"] = (TITLES["certs"], "ĐVT: triệu đồng",
                  ["Chứng nhận", "Tình trạng, thời điểm", "Ban đầu", "Hằng năm", "Mở ra kênh"], rows)
    rows = []
    for name, spec, price, ce in COMPET[k]:
        if isinstance(price, tuple):
            price = c["lines"][price[1]][4][price[2]]
        rows.append([name, spec, n0(price), ce])
    T["compet"] = (TITLES["compet"], None, ["Sản phẩm", "Quy cách", "Giá bán (đồng)", "Chứng nhận"], rows)
    rows = [[lab] + [dash(v) for v in vals] for (_, lab), vals in zip(c["channels"], m["chan"])]
    rows.append(["Tổng sản lượng"] + [n0(x) for x in m["out"]])
    T["chan"] = (TITLES["chan"], f"ĐVT: {u}", ["Kênh tiêu thụ"] + Y, rows)
    rows = []
    for r, rm in zip(c["raws"], m["raw"]):
        for row, vals in zip(r["rows"], rm["rows"]):
            rows.append([raw_label(r, row)] + [n0(v) for v in vals])
            if isinstance(row[3], list):
                rows.append([f"Năng suất bình quân ({r['unit']}/{row[2]})"] + [n0(v) for v in row[3]])
        rows.append([f"Cộng nguồn cung {r['label'].lower()}"] + [n0(v) for v in rm["supply"]])
        rows.append([need_label(r, u)] + [n0(v) for v in rm["need"]])
        if k not in NO_BALANCE:
            rows.append([f"Còn dư {r['label'].lower()}"] + [n0(v) for v in rm["spare"]])
    T["raw"] = (TITLES["raw"], "ĐVT: kg", ["Nguồn (quy mô)"] + Y, rows)
    rows = [[ln[0], ln[1]] + [dash(q) for q in ln[3]] for ln in c["lines"]]
    rows.append([f"Tổng sản lượng quy đổi", u] + [n0(x) for x in m["out"]])
    cp = c["cap"]
    if cp.get("lines"):
        rows.append([f"Sản lượng qua {cp['label'].lower()}", u] + [n0(x) for x in m["cap_out"]])
    rows.append([f"Công suất {cp['label'].lower()} ({cp['text']})", u] + [n0(m["cap"])] * 3)
    rows.append(["Mức sử dụng công suất", "%"] + [f1(x) for x in m["use"]])
    T["output"] = (TITLES["output"], None, ["Sản phẩm, kênh", "ĐVT"] + Y, rows)
    rows = [[role] + [n0(x) for x in n] for role, n in c["roles"]]
    rows.append(["Tổng số lao động"] + [n0(x) for x in m["staff"]])
    rows.append(["Lương bình quân (triệu đồng/người/tháng)"] + [f1(x) for x in c["wage"]])
    rows.append(["Quỹ lương năm (triệu đồng)"] + [f1(x) for x in m["wage_fund"]])
    T["staff"] = (TITLES["staff"], None, ["Bộ phận"] + Y, rows)
    rows = [[str(i + 1), lab, n0(a)] for i, (lab, a, _) in enumerate(c["inv"])]
    rows.append(["", "Tổng cộng", n0(m["inv"])])
    rows[-1][0] = "–"
    T["inv"] = (TITLES["inv"], None, ["TT", "Hạng mục", "Thành tiền (triệu đồng)"], rows)
    rows = [[str(i + 1), lab, n0(a), f1(p)] for i, ((lab, a), p) in enumerate(zip(c["src"], m["src_pct"]))]
    rows.append(["–", "Tổng nguồn vốn", n0(m["src"]), "100,0"])
    T["src"] = (TITLES["src"], None, ["TT", "Nguồn vốn", "Số tiền (triệu đồng)", "Tỷ lệ (%)"], rows)
    if c["rev_layout"] == "wide":
        rows = [[ln[0]] + [dash(ln[4][y] if ln[3][y] else 0) for y in range(3)] for ln in c["lines"]]
        T["prices"] = (TITLES["prices"], "ĐVT: đồng/đơn vị sản phẩm", ["Sản phẩm, kênh"] + Y, rows)
        rows = [[ln[0]] + [dash(m["rev_line"][i][y], f1) for y in range(3)] for i, ln in enumerate(c["lines"])]
        rows.append(["Tổng doanh thu"] + [f1(x) for x in m["rev"]])
        T["rev"] = (TITLES["rev"], "ĐVT: triệu đồng", ["Sản phẩm, kênh"] + Y, rows)
    else:
        rows = []
        for y in range(3):
            for i, ln in enumerate(c["lines"]):
                if ln[3][y]:
                    rows.append([str(YEARS[y]), ln[0], f"{n0(ln[3][y])} {ln[1]}", n0(ln[4][y]), f1(m["rev_line"][i][y])])
            rows.append([str(YEARS[y]), f"Cộng năm {YEARS[y]}", "–", "–", f1(m["rev"][y])])
        T["rev"] = (TITLES["rev"], None, ["Năm", "Sản phẩm, kênh", "Số lượng", "Đơn giá (đồng)", "Thành tiền (triệu đồng)"], rows)
    rows = [[str(i + 1), lab] + [f1(x) for x in v] for i, (lab, v) in enumerate(m["cost_lines"])]
    rows.append(["–", "Tổng chi phí"] + [f1(x) for x in m["cost"]])
    T["cost"] = (TITLES["cost"], "ĐVT: triệu đồng", ["TT", "Khoản mục"] + Y, rows)
    T["sum"] = (TITLES["sum"], "ĐVT: triệu đồng", ["TT", "Chỉ tiêu"] + Y, [
        ["1", "Doanh thu"] + [f1(x) for x in m["rev"]],
        ["2", "Tổng chi phí"] + [f1(x) for x in m["cost"]],
        ["3", "Lợi nhuận"] + [f1(x) for x in m["profit"]],
        ["4", "Tỷ suất lợi nhuận/doanh thu (%)"] + [f1(x) for x in m["margin"]],
        ["5", "Khấu hao"] + [f1(m["dep"])] * 3,
        ["6", "Lợi nhuận cộng khấu hao"] + [f1(x + m["dep"]) for x in m["profit"]]])
    return T


# the sales lines that a certificate opens (line index -> certificate index): they sell nothing
# before the year of the certificate's quarter
LINE_CERT = {
    "ik01": {1: 0, 2: 0}, "ik02": {0: 2}, "ik03": {1: 1}, "ik04": {2: 0}, "ik05": {1: 0, 2: 0},
    "ik06": {1: 1}, "ik07": {1: 0, 2: 0}, "ik08": {1: 0}, "ik09": {0: 0}, "ik10": {1: 0},
}


def pct(x: float) -> str:
    return f"{x:.1f}".replace(".", ",") + " %"


def facts(k: str) -> dict[str, str]:
    """Figures the plan's prose states, as it states them."""
    c = PLANS[k]
    m = model(c)
    u = c["unit"]
    h = c["hist"]["out"]
    return {
        "out0": f"{n0(m['out'][0])} {u}", "out1": f"{n0(m['out'][1])} {u}", "out2": f"{n0(m['out'][2])} {u}",
        "rev0": f"{f1(m['rev'][0])} triệu đồng", "rev2": f"{f1(m['rev'][2])} triệu đồng",
        "profit0": f"{f1(m['profit'][0])} triệu đồng", "profit2": f"{f1(m['profit'][2])} triệu đồng",
        "inv": f"{n0(m['inv'])} triệu đồng", "src": f"{n0(m['src'])} triệu đồng",
        "payback": f"{m['payback']:.1f}".replace(".", ",") + " năm",
        "hgrowth": pct(((h[2] / h[0]) ** 0.5 - 1) * 100),
        "use2": pct(m["use"][2]), "cap": f"{n0(m['cap'])} {u}",
        "cert_init": f"{n0(m['cert_init'])} triệu đồng",
        "cert_year2": f"{n0(m['cert_year'][2])} triệu đồng",
        "staff0": f"{m['staff'][0]} lao động", "staff2": f"{m['staff'][2]} lao động",
        "dep": f"{f1(m['dep'])} triệu đồng",
        "inv_n": n0(m["inv"]), "avgp": f1(m["avg_profit"]), "dep_n": f1(m["dep"]), "fixed": n0(m["fixed"]),
    }


CORE_FACTS = ["out0", "out2", "rev0", "inv", "payback", "hgrowth", "cert_init"]


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, title: str) -> tuple[str | None, list[list[str]]] | None:
        """(unit line, rows incl. header) of the table whose caption ("Bảng N. …") holds title."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            t = line.strip().strip("*").strip()
            if re.match(r"(Bảng|Biểu)\s", t) and title in t:
                rows, unit, started = [], None, False
                for l2 in lines[i + 1:]:
                    s = l2.strip()
                    if s.startswith("|"):
                        started = True
                        cells = [x.strip() for x in s.strip("|").split("|")]
                        if all(re.fullmatch(r":?-+:?", x) for x in cells):
                            continue
                        rows.append(cells)
                    elif started and s:
                        break
                    elif s.startswith("ĐVT"):
                        unit = s
                    elif s:
                        break
                return unit, rows
        return None


_NUMCELL = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$")


def cell_num(s: str) -> float | None:
    if s == "–":
        return 0.0
    return vn(s) if _NUMCELL.match(s) else None


def same(a: str, b: str) -> bool:
    x, y = cell_num(a), cell_num(b)
    if x is not None and y is not None and a != "–" and b != "–":
        return close(x, y) or abs(x - y) <= 0.11
    return a == b


def row3(rows: list[list[str]], label: str, skip: int = 0) -> list[float]:
    """The last three cells (as numbers, "–" = 0) of the (skip+1)-th row whose first or
    second cell is label."""
    seen = 0
    for r in rows:
        if label in r[:2]:
            if seen == skip:
                return [cell_num(x) or 0.0 for x in r[-3:]]
            seen += 1
    raise KeyError(label)


def quarter_year(q: str) -> int | None:
    mt = re.search(r"Quý [IV]+/(\d{4})", q)
    return int(mt.group(1)) if mt else None


def check_full(p: Plan, k: str) -> None:
    c = PLANS[k]
    m, t = model(c), model(c, printed=False)
    d = c.get("defects", {})
    T = tables(k)
    got: dict[str, list[list[str]]] = {}
    # 1. every table as the model prints it
    for tid, (title, unit, header, rows) in T.items():
        found = p.table(title)
        if found is None:
            p.failures.append(f"table not found: {title}")
            continue
        u, r = found
        got[tid] = r
        if unit and u != unit:
            p.failures.append(f"{title}: unit line {u!r}, expected {unit!r}")
        want = [header] + rows
        if len(r) != len(want):
            p.failures.append(f"{title}: {len(r)} rows, expected {len(want)}")
            continue
        for a, b in zip(r, want):
            if len(a) != len(b) or not all(same(x, y) for x, y in zip(a, b)):
                p.failures.append(f"{title}: row {a} != {b}")
    if len(got) != len(T):
        return
    u = c["unit"]
    L = c["lines"]
    # 2. history
    h = c["hist"]
    hr = got["hist"]
    out_h, price_h = row3(hr, f"Sản lượng ({u})"), row3(hr, f"Giá bán bình quân (đồng/{u})")
    rev_h, prof_h = row3(hr, "Doanh thu (triệu đồng)"), row3(hr, "Lợi nhuận (triệu đồng)")
    for y in range(3):
        p.check(close(rev_h[y], out_h[y] * price_h[y] / 1e6), f"history revenue {HIST_YEARS[y]}")
        p.check(abs(prof_h[y] / rev_h[y] - h["margin"][y]) < 0.002, f"history margin {HIST_YEARS[y]}")
    # 3. output, capacity
    orow = got["output"]
    packs = [row3(orow, ln[0]) for ln in L]
    out = row3(orow, "Tổng sản lượng quy đổi")
    for y in range(3):
        p.check(close(out[y], sum(packs[i][y] * L[i][2] for i in range(len(L)))),
                f"output {YEARS[y]} = Σ packs × size")
    cp = c["cap"]
    cap = row3(orow, f"Công suất {cp['label'].lower()} ({cp['text']})")
    p.check(all(close(x, cp["rating"] * cp["mult"]) for x in cap), "capacity = rating × multiplier")
    idx = cp.get("lines") or range(len(L))
    cap_out = [sum(packs[i][y] * L[i][2] for i in idx) for y in range(3)]
    use = row3(orow, "Mức sử dụng công suất")
    for y in range(3):
        true_use = cap_out[y] / cap[y] * 100
        if y in d.get("use", {}):
            p.check(off(use[y], true_use), f"planted: use {YEARS[y]} {use[y]} vs true {true_use:.1f}")
        else:
            p.check(abs(use[y] - true_use) <= 0.15, f"use {YEARS[y]} {use[y]} vs {true_use:.1f}")
    if k == "ik08":  # capacity-exceeded: the dryer's products outgrow it from 2028
        p.check(cap_out[2] > cap[2] * 1.05 and cap_out[1] > cap[1], "planted: dried output exceeds the dryer")
    else:
        p.check(all(cap_out[y] <= cap[y] for y in range(3)), "output within capacity")
    if k in READY:
        p.check(all(x <= 85.0 for x in use), "ready: capacity use at most 85 %")
    p.check(out[0] <= h["out"][2] * 1.2, "2027 output within +20 % of 2026")
    # 4. channels
    ch = got["chan"]
    chv = [row3(ch, lab) for _, lab in c["channels"]]
    for j, (tag, lab) in enumerate(c["channels"]):
        for y in range(3):
            want = sum(packs[i][y] * L[i][2] for i in range(len(L)) if L[i][6] == tag)
            p.check(close(chv[j][y], want) or want == chv[j][y], f"channel {lab} {YEARS[y]}")
    cht = row3(ch, "Tổng sản lượng")
    for y in range(3):
        p.check(close(cht[y], sum(v[y] for v in chv)) and close(cht[y], out[y]), f"channels sum {YEARS[y]}")
    # a line opened by a certificate sells nothing before the certificate's year
    for i, ci in LINE_CERT[k].items():
        cy = quarter_year(c["certs"][ci]["quarter"])
        for y in range(3):
            if packs[i][y] > 0:
                p.check(cy is not None and YEARS[y] >= cy, f"line {i} sells in {YEARS[y]} before {c['certs'][ci]['quarter']}")
        p.check(c["certs"][ci]["quarter"].lower() in p.body.lower(), f"quarter {c['certs'][ci]['quarter']} stated")
    # 5. raw materials
    rr = got["raw"]
    for r in c["raws"]:
        idx = r.get("lines") or range(len(L))
        base = [sum(packs[i][y] * L[i][2] for i in idx) for y in range(3)]
        tot = [0.0, 0.0, 0.0]
        for row in r["rows"]:
            lab, cnt, word, yld = row
            v = row3(rr, raw_label(r, row))
            for y in range(3):
                yy = yld[y] if isinstance(yld, list) else yld
                p.check(close(v[y], cnt[y] * yy), f"supply row {lab} {YEARS[y]}")
                tot[y] += v[y]
        sup = row3(rr, f"Cộng nguồn cung {r['label'].lower()}")
        need = row3(rr, need_label(r, u))
        for y in range(3):
            p.check(close(sup[y], tot[y]), f"supply sum {r['label']} {YEARS[y]}")
            p.check(close(need[y], base[y] * r["norm"]), f"need {r['label']} {YEARS[y]}")
            if k == "ik05" and y == 2:  # material-shortfall
                p.check(need[y] > sup[y] * 1.05, f"planted: need {need[y]} vs supply {sup[y]}")
            else:
                p.check(need[y] <= sup[y], f"need within supply {r['label']} {YEARS[y]}")
        if k not in NO_BALANCE:
            bal = row3(rr, f"Còn dư {r['label'].lower()}")
            p.check(all(close(bal[y], sup[y] - need[y]) or abs(bal[y] - sup[y] + need[y]) < 1 for y in range(3)),
                    f"balance {r['label']}")
    # 6. staff
    st = got["staff"]
    roles = [row3(st, role) for role, _ in c["roles"]]
    staff = row3(st, "Tổng số lao động")
    wage = row3(st, "Lương bình quân (triệu đồng/người/tháng)")
    fund = row3(st, "Quỹ lương năm (triệu đồng)")
    for y in range(3):
        p.check(staff[y] == sum(x[y] for x in roles), f"staff sum {YEARS[y]}")
        p.check(close(fund[y], staff[y] * wage[y] * 12), f"wage fund {YEARS[y]}")
    # 7. investment, certificates, sources
    iv = got["inv"]
    items = {r[1]: vn(r[2]) for r in iv[1:-1]}
    inv_total = vn(iv[-1][2])
    p.check(close(inv_total, sum(items.values())), "investment items sum to the total")
    crow = got["certs"]
    init = [cell_num(r[2]) for r in crow[1:-1]]
    yearly = [cell_num(r[3]) for r in crow[1:-1]]
    p.check(close(vn(crow[-1][2]), sum(init)), "certificate one-off costs sum")
    p.check(close(vn(crow[-1][3]), sum(yearly)) or sum(yearly) == vn(crow[-1][3]), "certificate upkeep sum")
    p.check(close(sum(items[x] for x in CERT_INV[k]), sum(init)), "certificate costs = their investment items")
    cert_line = [sum(yearly[j] for j, ct in enumerate(c["certs"]) if ct["start"] is not None and ct["start"] <= y)
                 for y in range(3)]
    sr = got["src"]
    srcs = [vn(r[2]) for r in sr[1:-1]]
    src_total = vn(sr[-1][2])
    p.check(close(src_total, sum(srcs)), "sources sum to their total")
    for r, a in zip(sr[1:-1], srcs):
        p.check(abs(vn(r[3]) - a / src_total * 100) <= 0.06, f"source share {r[1]}")
    if k == "ik06":  # capital-mismatch
        p.check(off(src_total, inv_total), f"planted: sources {src_total} vs investment {inv_total}")
    else:
        p.check(close(src_total, inv_total), "sources = investment")
    # 8. prices and revenue
    rv = got["rev"]
    if c["rev_layout"] == "wide":
        pr = got["prices"]
        lines_rev = [row3(rv, ln[0]) for ln in L]
        prices = [row3(pr, ln[0]) for ln in L]
        for i in range(len(L)):
            for y in range(3):
                true = packs[i][y] * prices[i][y] / 1e6
                if (i, y) in d.get("rev", {}):
                    p.check(off(lines_rev[i][y], true), f"planted revenue line {i} {YEARS[y]}")
                else:
                    p.check(close(lines_rev[i][y], true) or lines_rev[i][y] == true, f"revenue line {i} {YEARS[y]}")
        rev = row3(rv, "Tổng doanh thu")
        for y in range(3):
            p.check(close(rev[y], sum(x[y] for x in lines_rev)), f"revenue total {YEARS[y]}")
    else:
        rev = []
        for y in range(3):
            yl = [r for r in rv[1:] if r[0] == str(YEARS[y])]
            s = 0.0
            for r in yl[:-1]:
                i = [ln[0] for ln in L].index(r[1])
                q = vn(r[2].split()[0])
                p.check(q == packs[i][y], f"revenue quantity {r[1]} {YEARS[y]}")
                true = q * vn(r[3]) / 1e6
                if (i, y) in d.get("rev", {}):
                    p.check(off(vn(r[4]), true), f"planted revenue {r[1]} {YEARS[y]}: {r[4]} vs {true:.1f}")
                else:
                    p.check(close(vn(r[4]), true), f"revenue {r[1]} {YEARS[y]}")
                p.check(vn(r[3]) == L[i][4][y], f"price {r[1]} {YEARS[y]}")
                s += vn(r[4])
            p.check(close(vn(yl[-1][4]), s), f"revenue total {YEARS[y]}")
            rev.append(vn(yl[-1][4]))
    # 9. costs
    co = got["cost"]
    clines = [row3(co, lab) for lab, _ in m["cost_lines"]]
    cost_tot = row3(co, "Tổng chi phí")
    labels = [lab for lab, _ in m["cost_lines"]]
    rawneed = {r["cost_label"]: (r, row3(rr, need_label(r, u))) for r in c["raws"]}
    for j, lab in enumerate(labels):
        for y in range(3):
            v = clines[j][y]
            if lab in rawneed:
                r, need = rawneed[lab]
                want = need[y] * r["cost"][y] / 1e6
            elif lab == c.get("pack_label", "Bao bì, nhãn"):
                want = sum(packs[i][y] * L[i][5] for i in range(len(L))) / 1e6
            elif lab == c.get("energy_label", "Điện, nước, nhiên liệu"):
                want = out[y] * c["energy"] / 1e6
            elif lab == "Tiền lương, bảo hiểm":
                want = fund[y]
            elif lab == c.get("cert_label", "Duy trì chứng nhận, kiểm nghiệm"):
                want = cert_line[y]
            elif lab == c.get("sell_label", "Bán hàng, quảng bá"):
                want = c["sell"][y]
            elif lab == "Khấu hao tài sản cố định":
                want = sum(a for lab2, a, f in c["inv"] if f) / c["life"]
            elif lab == "Lãi vay":
                want = c["loan"][y] * c["rate"]
            elif lab == "Thuế, phí":
                want = rev[y] * c["tax"]
            else:
                want = c["other"][y]
            p.check(close(v, want) or abs(v - want) <= 0.11, f"cost line {lab} {YEARS[y]}: {v} vs {want:.1f}")
    for y in range(3):
        s = sum(x[y] for x in clines)
        if y in d.get("cost_total", {}):
            p.check(off(cost_tot[y], s), f"planted: cost total {YEARS[y]} {cost_tot[y]} vs Σ {s:.1f}")
        else:
            p.check(close(cost_tot[y], s), f"cost total {YEARS[y]}")
    # 10. summary, payback, growth
    su = got["sum"]
    s_rev, s_cost, s_prof = row3(su, "Doanh thu"), row3(su, "Tổng chi phí"), row3(su, "Lợi nhuận")
    s_marg, s_dep, s_cash = row3(su, "Tỷ suất lợi nhuận/doanh thu (%)"), row3(su, "Khấu hao"), row3(su, "Lợi nhuận cộng khấu hao")
    dep = sum(a for _, a, f in c["inv"] if f) / c["life"]
    for y in range(3):
        p.check(close(s_rev[y], rev[y]), f"summary revenue {YEARS[y]}")
        p.check(close(s_cost[y], cost_tot[y]), f"summary cost {YEARS[y]}")
        if y in d.get("profit", {}):
            p.check(off(s_prof[y], s_rev[y] - s_cost[y]), f"planted: profit {YEARS[y]} {s_prof[y]} vs {s_rev[y] - s_cost[y]:.1f}")
        else:
            p.check(close(s_prof[y], s_rev[y] - s_cost[y]) or abs(s_prof[y] - s_rev[y] + s_cost[y]) <= 0.11,
                    f"profit {YEARS[y]}")
        p.check(abs(s_marg[y] - s_prof[y] / s_rev[y] * 100) <= 0.06, f"margin {YEARS[y]}")
        p.check(close(s_dep[y], dep), f"depreciation {YEARS[y]}")
        p.check(close(s_cash[y], s_prof[y] + dep), f"profit + depreciation {YEARS[y]}")
        p.check(0 < t["margin"][y] < 40, f"true margin {YEARS[y]} {t['margin'][y]:.1f}")
    mt = re.search(r"hoàn vốn[^\n]{0,90}?(\d+,\d) năm", p.body)
    if not mt:
        p.failures.append("payback sentence not found")
    else:
        pb = vn(mt.group(1))
        printed_formula = inv_total / (sum(s_prof) / 3 + dep)
        true_formula = t["payback_formula"]
        no_dep = t["inv"] / t["avg_profit"]
        if "payback" in d:
            p.check(off(pb, true_formula) and off(pb, no_dep),
                    f"planted: payback {pb} vs {true_formula:.2f} (without depreciation {no_dep:.2f})")
        else:
            p.check(abs(pb - printed_formula) <= 0.051, f"payback {pb} vs {printed_formula:.2f}")
    g = [t["rev"][y] / t["rev"][y - 1] - 1 for y in (1, 2)]
    if k == "ik09":
        p.check(all(x > 0.5 for x in g), f"planted: revenue growth {g}")
    else:
        p.check(all(x < 0.35 for x in g), f"revenue growth under 35 %: {g}")
    # 11. the prose's figures
    F = facts(k)
    for key in CORE_FACTS:
        p.has(F[key])
    p.lacks(PLACEHOLDER, "template placeholder")


READY = {"ik01", "ik02", "ik03", "ik04"}


def check_ready(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "truy xuất")
    p.check(bool(re.search(r"số lô|mã lô|lưu mẫu", p.body)), "ready: lot codes or retained samples")
    p.lacks(REPLACED, "outdated instrument or district level")
    for mt in re.finditer(r"[Đđ]ến (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
        p.check(int(mt.group(3)) >= 2029, f"paper valid only to {mt.group(0)}")


def _no(p: Plan, words: list[str], what: str) -> None:
    for w in words:
        p.lacks(w, what)


def _papers(p: Plan) -> None:
    p.has("đủ điều kiện ATTP", "thử nghiệm", "truy xuất", "43/2017/NĐ-CP", "111/2021/NĐ-CP")


def c_ik01(p: Plan) -> None:
    _papers(p)
    p.has("TCVN 5107:2018", "tự công bố", "Nhãn hiệu Sóng Lạch", "165 triệu đồng", "40 triệu đồng/năm",
          "chỉ có hiệu lực từ ngày công ty nộp bản sao giấy chứng nhận HACCP", "đăng ký môi trường", "bể lắng")


def c_ik02(p: Plan) -> None:
    _papers(p)
    p.has("TCCS 01:2025/PĐ", "tái cấp quý II/2028", "chỉ dẫn địa lý", "Nghị định số 05/2025/NĐ-CP", "Nhãn hiệu Phúc Đồng")
    m = model(PLANS["ik02"])
    vg12 = 12 * 8500  # the supermarket and gift lines come only from the 12 ha with VietGAP in 2027
    p.check(m["chan"][1][0] + m["chan"][2][0] <= vg12, "2027 VietGAP lines within the 12 ha")


def c_ik03(p: Plan) -> None:
    _papers(p)
    p.has("TCCS 01:2024/KT", "Nhãn hiệu Khe Thắm", "đến tháng 8/2028", "biểu trưng 4 sao chỉ in sau khi có quyết định công nhận",
          "Hội đồng cấp tỉnh")


def c_ik04(p: Plan) -> None:
    _papers(p)
    p.has("TCVN 11041-6:2018", "TCCS 01:2025/TH", "chỉ in trên hộp sau khi có giấy chứng nhận", "7.360 kg", "10.000 kg")
    c = PLANS["ik04"]
    p.check(c["lines"][2][3][2] * c["lines"][2][2] * c["raws"][0]["norm"] <= 2.5 * 4000, "organic leaves within the organic area")


def c_ik05(p: Plan) -> None:
    # no-label-plan: "nhãn" only in "nhãn hiệu"; no stamp, barcode, labelling decree
    _no(p, [r"nhãn(?! hiệu)", r"43/2017", r"111/2021", r"(?<!\w)tem(?!\w)", r"mã vạch", r"logo", r"ghi nhãn"], "label word")
    p.has("bảo đảm đủ nguyên liệu", "không mua thóc ngoài vùng", "TCCS 01:2026/VC", "thử nghiệm", "đủ điều kiện ATTP", "Nhãn hiệu Gạo Văn Cử")
    p.lacks(r"Còn dư", "balance row")
    p.lacks(REPLACED, "outdated instrument")


def c_ik06(p: Plan) -> None:
    _no(p, [r"giấy phép", r"cấp phép", r"105/2017", r"17/2020", r"rượu thủ công nhằm"], "alcohol licence word")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "cấp huyện", "UBND huyện Can Lộc", "123/2018/NQ-HĐND", "Luật Hợp tác xã năm 2012",
          "đáp ứng nhu cầu vốn", "QCVN 6-3:2010/BYT", "đủ điều kiện ATTP", "Không dành cho người dưới 18 tuổi", "biogas")
    _no(p, [r"148/QĐ-TTg", r"1489"], "current instrument")


def c_ik07(p: Plan) -> None:
    _no(p, [r"tiêu chuẩn", r"TCCS", r"công bố", r"kiểm nghiệm", r"thử nghiệm", r"QCVN", r"TCVN", r"quy chuẩn",
            r"chỉ tiêu (chất lượng|an toàn|vi sinh|kim loại|cảm quan)", r"phiếu kết quả"], "product standard word")
    p.has("rộng 18 ha", "15 ha của các hộ liên kết", "tổng 11 ha", "khoảng 1,8 năm", "đủ điều kiện ATTP",
          "Nhãn hiệu Ngàn Phố", "truy xuất", "43/2017/NĐ-CP")


def c_ik08(p: Plan) -> None:
    _no(p, [r"môi trường", r"nước thải", r"chất thải", r"(?<!\w)mùi", r"xử lý", r"(?<!\w)rác", r"bể lắng", r"hố lắng",
            r"biogas", r"ô nhiễm", r"nội tạng", r"phế phẩm"], "environment word")
    p.has("không cần đầu tư thêm buồng sấy", "khoảng 92 %", "đủ điều kiện ATTP", "TCCS 01:2024/BL", "Nhãn hiệu Bảy Lành")
    p.check(not any("sấy" in lab for lab, _, _ in PLANS["ik08"]["inv"]), "no dryer bought")


def c_ik09(p: Plan) -> None:
    _no(p, [r"đăng ký kinh doanh", r"mã số thuế", r"giấy chứng nhận đăng ký", r"hộ kinh doanh", r"hợp tác xã",
            r"tổ hợp tác", r"doanh nghiệp", r"công ty"], "registration word")
    p.has("quy chế hoạt động nhóm", "20 tấn cam VietGAP", "cam kết sản xuất thực phẩm an toàn", "4.700 kg/ha")


def c_ik10(p: Plan) -> None:
    _no(p, [r"an toàn thực phẩm", r"ATTP", r"đủ điều kiện", r"15/2018", r"vệ sinh", r"cam kết", r"HACCP", r"ISO 22000",
            r"nhãn hiệu", r"thương hiệu", r"sở hữu trí tuệ", r"bảo hộ", r"logo"], "food-safety or trademark word")
    other, own = "Công ty TNHH Dầu lạc Hương Khê Xanh", "Công ty TNHH Thực phẩm Lạc Vàng Đức Sơn"
    p.check(p.count(other) >= 3, "the other company named at least 3 times")
    p.check(p.count(own) >= 4, "own name at least 4 times")
    p.has("TCCS 01:2025/LV", "tự công bố", "thử nghiệm", "truy xuất", "Đăng ký môi trường")


def _sketchy(p: Plan, figs: list[str], absent: list[str]) -> None:
    words = len(p.body.split())
    p.check(150 <= words <= 350, f"sketchy: {words} words")
    p.check(not p.rows, "sketchy: no table")
    p.has(*figs)
    _no(p, absent, "paper word")


def c_ik11(p: Plan) -> None:
    _sketchy(p, ["3 sào", "60 lít", "400.000 đồng/lít", "80 triệu đồng", "hữu cơ"],
             [r"đăng ký", r"ATTP", r"giấy chứng nhận", r"TCCS", r"công bố", r"nhãn", r"mã số", r"môi trường", r"thử nghiệm"])


def c_ik12(p: Plan) -> None:
    _sketchy(p, ["15 thành viên", "600 chiếc", "60.000 đồng/chiếc", "50 triệu đồng", "nhãn hiệu tập thể"],
             [r"đăng ký hộ", r"mã số thuế", r"hợp đồng hợp tác", r"nhãn mác", r"TCCS", r"môi trường", r"truy xuất"])


CHECKS: dict = {f"ik{i:02d}": globals()[f"c_ik{i:02d}"] for i in range(1, 13)}


def check_date(p: Plan) -> None:
    mt = re.search(r"tháng (\d{1,2}) năm (\d{4})", p.body)
    ok = mt is not None and (2026, 7) <= (int(mt.group(2)), int(mt.group(1))) <= (2027, 3)
    p.check(ok, f"plan date {mt.group(0) if mt else None} outside 07/2026 – 03/2027")
    p.lacks(PLACEHOLDER, "template placeholder")


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    stems = sorted(x.stem for x in Plan.src.glob("ik*.md"))
    if argv:
        stems = [s for s in stems if any(s.startswith(a) for a in argv)]
    plans = []
    for stem in stems:
        p = Plan(stem)
        k = stem[:4]
        if k in PLANS:
            check_full(p, k)
        if k in READY:
            check_ready(p)
        if k in CHECKS:
            CHECKS[k](p)
        check_date(p)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
