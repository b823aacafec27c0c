"""The 192nd holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout192/arithmetic.py [gk01 gk05 ...]

Theme: long and wide tables. Every full plan (gk01-gk10) carries a long list of 20-30 rows (member
households, linked households or boats with their scale and what they supply, out-workers with
their monthly quota, pieces of equipment, investment items) whose total feeds a summary table (the
raw-material balance, the capacity, the purchases, the members' capital), a month-by-month table
of the first plan year (split in two halves "Bảng 6a / 6b" or "Bảng 6 (tiếp theo)", laid out with
months as rows, or one wide table of twelve months with two-digit figures), and year tables over
three or five years (five years with a "Tổng" column) that the summary of economic results gathers.

From the constants this script recomputes, for each full plan: packs and output per year, revenue
= packs x price, raw material need = output x norm against supply = the long list's total (scale
x yield) plus own and contracted rows, capacity = rating x days (or the out-workers' quotas x 12)
and its use, the month split of the first year (largest remainder of the year's figure, summing to
it), staff, wages and the wage fund, investment items (quantity x unit price) and sources, every
cost line (raw need x price, packs x packaging cost, output x energy rate, shares of revenue,
wages, straight-line depreciation, interest on the loan balance, fixed lines), totals, profit,
margin, the five-year "Tổng" columns, payback = investment / (average profit + depreciation) and
the 2024-2026 history. Every numeric cell of every table is read back from the plan's source
(tables found by their caption) and compared: planted numeric defects must be off the true value
by more than 5 % (the true value is reported beside them), figures that follow a planted one must
equal what follows from it, every other number must be right within 1 % (or its rounding). The
prose figures are checked the same way; textual defects by the presence or absence of their
words; ready plans cite no replaced instrument. Sketchy plans: 150-350 words, no table.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, off, vn  # noqa: E402

# --------------------------------------------------------------------------- constants
Y3 = [2027, 2028, 2029]
Y5 = [2027, 2028, 2029, 2030, 2031]

# product: label (price/product tables), short (wide tables), pack word, size in base units,
#          price per year (đồng per pack), packs per year, packaging cost (đồng per pack)
def P_(label, short, pack, size, price, packs, pc):
    return dict(label=label, short=short, pack=pack, size=size, price=price, packs=packs, pc=pc)

PLANS: dict[str, dict] = {}

# gk01: honey, HTX, 2027-2031. Long list: 26 member households (hives x 14 kg).
PLANS["gk01"] = dict(
    years=Y5, unit="kg", dec=0,
    products=[P_("Mật ong hoa rừng, chai 500 g", "Hoa rừng", "chai", 0.5, [190000] * 2 + [200000] * 3,
                 [5200, 5600, 6000, 6400, 6800], 9000),
              P_("Mật ong hoa nhãn, chai 500 g", "Hoa nhãn", "chai", 0.5, [160000] * 2 + [170000] * 3,
                 [3600, 3900, 4200, 4500, 4800], 9000),
              P_("Mật ong hoa keo, hũ 1 kg", "Hoa keo", "hũ", 1, [230000] * 2 + [240000] * 3,
                 [1200, 1300, 1400, 1500, 1600], 13000)],
    hist=dict(out=[4300, 4750, 5150], price=[318000, 324000, 330000], margin=[0.10, 0.11, 0.115]),
    month=dict(kind="split", unit="kg", weights=[
        [0, 0, 0, 8, 22, 26, 22, 12, 6, 4, 0, 0],
        [0, 0, 45, 45, 10, 0, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 0, 0, 10, 35, 40, 15]]),
    raws=[dict(label="Mật ong thô", norm=1.08, price=[120000] * 2 + [126000] * 3)],
    longlist=dict(rows=[('Hà Minh Cường', 'Đồng Quang', 16), ('Tôn Xuân Dũng', 'Trằng', 13), ('Phạm Hữu Tuấn', 'Đồng Quang', 27), ('Võ Đình Vinh', 'Trằng', 14), ('Trần Công Cường', 'Khe Giao', 26), ('Mai Hữu Kiên', 'Trằng', 18), ('Lưu Thị Lan', 'Đồng Quang', 25), ('Bùi Thu Hoa', 'Cầu Treo', 16), ('Dương Minh Hòa', 'Khe Giao', 22), ('Lưu Xuân Đạt', 'Trằng', 20), ('Nguyễn Thị Yến', 'Đồng Quang', 27), ('Cao Đình Tâm', 'Cầu Treo', 16), ('Bùi Thu Hiền', 'Khe Giao', 12), ('Tôn Thị Phương', 'Trằng', 16), ('Hồ Ngọc Hương', 'Cầu Treo', 27), ('Nguyễn Xuân Thắng', 'Cầu Treo', 16), ('Trần Minh Tài', 'Khe Giao', 13), ('Đậu Công Sơn', 'Trằng', 12), ('Hoàng Đức Toàn', 'Khe Giao', 18), ('Dương Thị Tuyết', 'Cầu Treo', 27), ('Phan Hữu Hải', 'Đồng Quang', 26), ('Nguyễn Văn Cường', 'Trằng', 22), ('Đặng Xuân Cường', 'Trằng', 17), ('Võ Công Đạt', 'Cầu Treo', 22), ('Đậu Ngọc Thủy', 'Cầu Treo', 10), ('Tôn Thị Hoa', 'Khe Giao', 11)],
                  yld=14),
    supply={0: dict(list=True, own=("Trại ong của hợp tác xã", [60, 80, 100, 120, 140], 14))},
    cap=dict(rating=100, days=220),
    roles=[("Giám đốc, kế toán", [2, 2, 2, 2, 2]), ("Kỹ thuật nuôi ong", [2, 2, 2, 2, 2]),
           ("Lọc, đóng chai", [2, 2, 3, 3, 3]), ("Bán hàng", [1, 1, 1, 2, 2])],
    wage=[6.0, 6.3, 6.6, 6.9, 7.2],
    costs=[("Mật ong thô", "raw", 0), ("Chai, hũ, nhãn", "pack", None), ("Điện, nước", "out", 2500),
           ("Tiền lương", "wage", None), ("Khấu hao", "dep", None), ("Lãi vay", "int", None),
           ("Bán hàng", "rev", 0.06), ("Chi phí khác", "fix", 45), ("Thuế, phí", "rev", 0.015)],
    inv=[("Nhà sơ chế, đóng chai 80 m²", "công trình", 1, 300, True),
         ("Máy hạ thủy phần 50 kg/mẻ", "máy", 2, 85, True),
         ("Máy quay mật, bồn lắng inox", "bộ", 1, 95, True),
         ("Thùng ong, đàn giống bổ sung", "đàn", 80, 1.5, True),
         ("Bao bì, tem truy xuất", "gói", 1, 45, False),
         ("Tiêu chuẩn, kiểm nghiệm, nhãn hiệu", "gói", 1, 35, False),
         ("Vốn lưu động", "", 1, 235, False)],
    src=[("Thành viên góp bổ sung", 420), ("Quỹ đầu tư phát triển của HTX", 180),
         ("Vay Ngân hàng Nông nghiệp", 400)],
    life=10, loan=[400, 320, 240, 160, 80], rate=0.075,
)

# gk02: fresh pomelo, tổ hợp tác, 2027-2029. Long list: 28 member gardens (sào x 850 kg).
PLANS["gk02"] = dict(
    years=Y3, unit="kg", dec=1,
    products=[P_("Bưởi loại 1, hộp quà 2 quả (khoảng 3 kg)", "Hộp quà 2 quả (hộp)", "hộp", 3,
                 [210000, 220000, 230000], [4000, 4500, 5000], 18000),
              P_("Bưởi loại 1, bán theo kg", "Loại 1 (kg)", "kg", 1, [45000, 47000, 49000],
                 [52000, 56000, 60000], 500),
              P_("Bưởi loại 2, bán theo kg", "Loại 2 (kg)", "kg", 1, [28000, 29000, 30000],
                 [38000, 40000, 42000], 300)],
    hist=dict(out=[86000, 91000, 95500], price=[36500, 37500, 38500], margin=[0.07, 0.075, 0.08]),
    month=dict(kind="rows", unit="packs", weights=[
        [30, 15, 0, 0, 0, 0, 0, 10, 25, 5, 5, 10],
        [10, 5, 0, 0, 0, 0, 0, 20, 25, 20, 10, 10],
        [8, 4, 0, 0, 0, 0, 0, 25, 25, 20, 10, 8]]),
    raws=[dict(label="Bưởi quả tươi thu hái", norm=1.1, price=[24000, 25000, 26000])],
    longlist=dict(rows=[('Lưu Quang Bình', 'Khe Lim', 6), ('Thái Ngọc Loan', 'Trung Hòa', 8), ('Trương Xuân Vinh', 'Phúc Thượng', 4), ('Mai Thị Yến', 'Bãi Đá', 9), ('Dương Thị Lan', 'Khe Lim', 8), ('Hoàng Đình Thành', 'Trung Hòa', 4), ('Dương Công Sơn', 'Phúc Thượng', 9), ('Trần Thu Tâm', 'Bãi Đá', 6), ('Cao Ngọc Mai', 'Phúc Thượng', 7), ('Võ Quang Kiên', 'Trung Hòa', 8), ('Trần Hữu Thành', 'Khe Lim', 7), ('Đậu Công Quý', 'Trung Hòa', 3), ('Phạm Công Vinh', 'Khe Lim', 8), ('Lê Thị Loan', 'Trung Hòa', 3), ('Thái Ngọc Hiền', 'Phúc Thượng', 4), ('Bùi Thị Nhung', 'Trung Hòa', 5), ('Tôn Thu Nga', 'Phúc Thượng', 3), ('Cao Thị Hạnh', 'Khe Lim', 7), ('Cao Thị Phương', 'Phúc Thượng', 7), ('Mai Thị Oanh', 'Bãi Đá', 9), ('Lê Thị Lan', 'Bãi Đá', 3), ('Phạm Quang Kiên', 'Trung Hòa', 7), ('Trần Minh Khánh', 'Phúc Thượng', 4), ('Hồ Ngọc Xuân', 'Bãi Đá', 4), ('Phạm Xuân Dũng', 'Khe Lim', 5), ('Hà Quang Dũng', 'Trung Hòa', 4), ('Bùi Thu Hoa', 'Bãi Đá', 6), ('Dương Hữu Hải', 'Bãi Đá', 8)],
                  yld=850),
    supply={0: dict(list=True)},
    cap=dict(rating=1500, days=120),
    roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Kỹ thuật, kiểm tra vườn", [1, 1, 1]),
           ("Phân loại, đóng hộp", [4, 4, 5]), ("Bán hàng, giao hàng", [2, 2, 2])],
    wage=[5.5, 5.8, 6.1],
    costs=[("Quả tươi mua của tổ viên", "raw", 0), ("Hộp quà, tem, túi lưới", "pack", None),
           ("Điện, nước, kho mát", "out", 400), ("Tiền lương", "wage", None), ("Khấu hao", "dep", None),
           ("Lãi vay", "int", None), ("Vận chuyển, bán hàng", "rev", 0.07), ("Chi phí khác", "fix", 60),
           ("Thuế, phí", "rev", 0.01)],
    inv=[("Nhà sơ chế, kho mát 120 m²", "công trình", 1, 420, True),
         ("Máy rửa, đánh bóng, phân loại quả", "máy", 1, 160, True),
         ("Xe tải nhẹ 1,5 tấn", "chiếc", 1, 380, True),
         ("Tưới nhỏ giọt cho vườn tổ viên", "hộ", 28, 10, True),
         ("Hộp quà, tem truy xuất, nhãn", "gói", 1, 60, False),
         ("Chứng nhận VietGAP, kiểm nghiệm", "gói", 1, 40, False),
         ("Vốn lưu động", "", 1, 300, False)],
    src=[("Vốn góp của tổ viên", 740), ("Vay Ngân hàng Nông nghiệp", 900)],
    life=10, loan=[900, 700, 500], rate=0.08,
)

# gk03: community eco-tourism, Công ty CP, 2027-2031. Monthly groups (2 digits) x group size;
# long lists: 22 linked households (supplies, triệu đồng/năm) and 22 investment items.
PLANS["gk03"] = dict(
    years=Y5, unit="lượt khách", dec=0,
    products=[P_("Tham quan, trải nghiệm trong ngày, kèm bữa trưa", "Trong ngày", "lượt", 1,
                 [380000, 380000, 400000, 400000, 420000], [5820, 6300, 6800, 7300, 7800], 0),
              P_("Lưu trú 1 đêm 2 ngày, trọn gói", "1 đêm 2 ngày", "lượt", 1,
                 [950000, 950000, 1000000, 1000000, 1050000], [1008, 1100, 1200, 1300, 1400], 0),
              P_("Lưu trú 2 đêm 3 ngày, trọn gói", "2 đêm 3 ngày", "lượt", 1,
                 [1600000, 1600000, 1680000, 1680000, 1760000], [300, 340, 380, 420, 460], 0)],
    hist=dict(out=[5200, 5900, 6600], price=[440000, 455000, 470000], margin=[0.05, 0.07, 0.08]),
    month=dict(kind="wide", groups=[[12, 20, 25, 22, 30, 38, 42, 40, 20, 18, 14, 10],
                                    [4, 8, 9, 8, 12, 18, 22, 20, 9, 7, 5, 4],
                                    [1, 3, 3, 3, 5, 8, 10, 9, 3, 2, 2, 1]], size=[20, 8, 6]),
    longlist=dict(rows=[('Đặng Thị Hằng', 'Đồng Bụt', 26), ('Đặng Hữu Sơn', 'Hồ Vực', 40), ('Hoàng Đức Hùng', 'Thượng Nhân', 44), ('Mai Văn Long', 'Thượng Nhân', 31), ('Lê Đức Cường', 'Đồng Bụt', 53), ('Võ Đức Khánh', 'Thượng Nhân', 28), ('Phạm Công Quý', 'Hồ Vực', 39), ('Cao Thị Mai', 'Đồng Bụt', 58), ('Mai Thị Yến', 'Đồng Bụt', 49), ('Võ Minh Quý', 'Thượng Nhân', 50), ('Hà Hữu Phúc', 'Cửa Khẩu', 39), ('Lưu Thị Loan', 'Thượng Nhân', 26), ('Đinh Thu Loan', 'Đồng Bụt', 39), ('Võ Thu Xuân', 'Hồ Vực', 31), ('Tôn Xuân Thắng', 'Đồng Bụt', 40), ('Võ Đình Nghĩa', 'Thượng Nhân', 49), ('Trương Công Hùng', 'Đồng Bụt', 49), ('Trần Xuân Bình', 'Hồ Vực', 55), ('Trương Đức Dũng', 'Cửa Khẩu', 48), ('Đinh Quang Thắng', 'Cửa Khẩu', 24), ('Thái Hữu Tâm', 'Thượng Nhân', 58), ('Phạm Xuân Kiên', 'Thượng Nhân', 51)],
                  yld=1),
    cap=dict(rating=60, days=300),
    roles=[("Giám đốc, kế toán", [3, 3, 3, 3, 3]), ("Lễ tân, điều hành", [3, 3, 3, 3, 3]),
           ("Hướng dẫn viên", [3, 3, 4, 4, 5]), ("Buồng phòng, bếp", [5, 5, 6, 6, 7]),
           ("Bảo vệ, cứu hộ", [2, 2, 2, 2, 2])],
    wage=[6.5, 6.8, 7.1, 7.4, 7.7],
    costs=[("Mua của hộ liên kết", "listout", None), ("Điện, nước, gas", "out", 35000),
           ("Tiền lương", "wage", None), ("Khấu hao", "dep", None), ("Lãi vay", "int", None),
           ("Quảng bá, hoa hồng", "rev", 0.08), ("Chi phí khác", "fix", 120), ("Thuế, phí", "rev", 0.03)],
    inv=[("Nhà đón tiếp, quầy lễ tân", "m²", 60, 4.5, True),
         ("Nhà hàng 120 chỗ", "m²", 160, 4.0, True),
         ("Nhà sàn lưu trú 4 phòng", "căn", 2, 380, True),
         ("Bungalow gỗ 2 phòng", "căn", 3, 150, True),
         ("Nhà vệ sinh công cộng", "khu", 2, 60, True),
         ("Đường dạo, bậc đá ven suối", "m", 600, 0.25, True),
         ("Bãi đỗ xe", "m²", 800, 0.12, True),
         ("Bến thuyền, cầu gỗ", "bến", 1, 85, True),
         ("Thuyền kayak 2 chỗ", "chiếc", 12, 6.5, True),
         ("Xuồng composite", "chiếc", 2, 28, True),
         ("Áo phao, phao cứu sinh", "bộ", 60, 0.45, True),
         ("Giường, đệm, chăn ga", "bộ", 36, 4.5, True),
         ("Điều hòa, bình nóng lạnh", "bộ", 14, 12, True),
         ("Bếp công nghiệp, tủ mát", "bộ", 1, 95, True),
         ("Bàn ghế nhà hàng", "bộ", 20, 3.5, True),
         ("Xử lý nước thải 15 m³/ngày", "hệ thống", 1, 180, True),
         ("Phòng cháy, chữa cháy", "hệ thống", 1, 75, True),
         ("Camera, wifi, phần mềm", "gói", 1, 48, True),
         ("Biển chỉ dẫn, bản đồ", "gói", 1, 32, True),
         ("Nhận diện, tờ gấp, website", "gói", 1, 40, False),
         ("Đào tạo nhân viên, hướng dẫn viên", "khóa", 4, 12, False),
         ("Vốn lưu động", "", 1, 350, False)],
    src=[("Cổ đông góp bổ sung", 2000), ("Lợi nhuận để lại", 400), ("Vay Ngân hàng Nông nghiệp", 1600)],
    life=15, loan=[1600, 1400, 1200, 1000, 800], rate=0.08,
)

# gk04: conical hats, hộ kinh doanh, 2027-2029. Long list: 30 out-worker households (quota/month).
PLANS["gk04"] = dict(
    years=Y3, unit="chiếc", dec=1,
    products=[P_("Nón lá trắng truyền thống", "Nón trắng", "chiếc", 1, [55000, 57000, 59000],
                 [11000, 11800, 12600], 1500),
              P_("Nón lá vẽ tay, in hoa văn", "Nón vẽ", "chiếc", 1, [95000, 98000, 100000],
                 [6000, 6600, 7200], 3000),
              P_("Nón bài thơ quà tặng, hộp giấy", "Nón quà tặng", "chiếc", 1, [160000, 165000, 170000],
                 [2000, 2300, 2600], 12000)],
    hist=dict(out=[15200, 16500, 17600], price=[70000, 72000, 74000], margin=[0.09, 0.10, 0.105]),
    month=dict(kind="rows", unit="packs", weights=[
        [6, 4, 8, 9, 10, 10, 9, 9, 8, 9, 9, 9],
        [5, 4, 6, 8, 10, 12, 12, 11, 8, 8, 8, 8],
        [12, 6, 6, 6, 8, 8, 8, 8, 8, 8, 10, 12]]),
    raws=[dict(label="Lá nón đã phơi", norm=0.09, price=[60000, 62000, 64000])],
    supply={0: dict(rows=[("Cơ sở lá nón Phúc Đồng (hợp đồng)", [1300] * 3),
                          ("Tổ thu gom lá Hương Lâm (hợp đồng)", [1000] * 3)])},
    longlist=dict(rows=[('Lưu Thị Loan', 'Yên Hồ', 52), ('Hồ Đình Quý', 'Trường Xuân', 53), ('Trương Công Tài', 'Đông Lộc', 85), ('Phan Đức Hải', 'Hạ Vàng', 81), ('Dương Quang Long', 'Hạ Vàng', 52), ('Lưu Thị Nga', 'Đông Lộc', 50), ('Đinh Hữu Hùng', 'Yên Hồ', 74), ('Phan Quang Hùng', 'Đông Lộc', 52), ('Hoàng Ngọc Phương', 'Hạ Vàng', 62), ('Trương Đình Đạt', 'Trường Xuân', 75), ('Phan Quang Dũng', 'Đông Lộc', 82), ('Phạm Xuân Long', 'Đông Lộc', 89), ('Hoàng Minh Phúc', 'Yên Hồ', 58), ('Phan Đình Sơn', 'Trường Xuân', 62), ('Phan Thị Nga', 'Hạ Vàng', 84), ('Phan Đình Nghĩa', 'Hạ Vàng', 83), ('Đặng Công Cường', 'Hạ Vàng', 60), ('Trương Ngọc Tuyết', 'Đông Lộc', 81), ('Phan Đức Lợi', 'Đông Lộc', 83), ('Trương Thu Xuân', 'Hạ Vàng', 61), ('Võ Ngọc Loan', 'Hạ Vàng', 81), ('Nguyễn Công Nghĩa', 'Trường Xuân', 73), ('Tôn Thị Xuân', 'Yên Hồ', 84), ('Hồ Thu Thủy', 'Hạ Vàng', 84), ('Hà Ngọc Loan', 'Yên Hồ', 69), ('Phan Thị Thủy', 'Đông Lộc', 52), ('Nguyễn Thu Hạnh', 'Đông Lộc', 52), ('Thái Thị Mai', 'Hạ Vàng', 77), ('Võ Thị Hoa', 'Đông Lộc', 76), ('Mai Thị Hiền', 'Trường Xuân', 67)],
                  yld=12),
    cap=dict(list=True, own=350, months=12),
    roles=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Khâu, hoàn thiện nón", [3, 3, 4]),
           ("Vẽ, in hoa văn", [1, 2, 2]), ("Bán hàng, giao nhận", [1, 1, 1])],
    wage=[5.0, 5.3, 5.6],
    costs=[("Lá nón", "raw", 0), ("Vành tre, chỉ, sơn bóng", "out", 4500),
           ("Tiền công gia công", "out", 22000), ("Hộp, túi, thẻ treo", "pack", None),
           ("Tiền lương", "wage", None), ("Khấu hao", "dep", None), ("Lãi vay", "int", None),
           ("Bán hàng, hội chợ", "rev", 0.08), ("Chi phí khác", "fix", 25), ("Thuế, phí", "rev", 0.015)],
    inv=[("Nhà xưởng hoàn thiện, kho 100 m²", "công trình", 1, 260, True),
         ("Lò sấy lá nón bằng điện", "lò", 1, 75, True),
         ("Máy là lá, máy khâu nón", "máy", 4, 12, True),
         ("Khuôn nón inox", "bộ", 30, 1.2, True),
         ("Thiết kế mẫu, hộp quà, thẻ treo", "gói", 1, 35, False),
         ("Nhãn hiệu, tiêu chuẩn cơ sở", "gói", 1, 20, False),
         ("Vốn lưu động", "", 1, 180, False)],
    src=[("Vốn tự có của hộ", 354), ("Vay Ngân hàng Chính sách xã hội", 300)],
    life=8, loan=[300, 200, 100], rate=0.066,
)

# gk05: rice spirit, HTX, 2027-2031. Long list: 24 rice households (sào x 110 kg).
# PLANTED material-shortfall (need > supply from 2029), payback-mismatch (text), no-alcohol-license.
PLANS["gk05"] = dict(
    years=Y5, unit="lít", dec=0,
    products=[P_("Rượu nếp cái 30 độ, chai 500 ml", "Chai 500 ml", "chai", 0.5, [85000] * 2 + [90000] * 3,
                 [16000, 18000, 21000, 24000, 27000], 9000),
              P_("Rượu nếp hạ thổ, bình gốm 2 lít", "Bình gốm 2 lít", "bình", 2, [340000] * 2 + [360000] * 3,
                 [1500, 1700, 2000, 2300, 2600], 45000),
              P_("Rượu nếp cái 30 độ, can 5 lít", "Can 5 lít", "can", 5, [400000] * 2 + [420000] * 3,
                 [600, 700, 800, 900, 1000], 12000)],
    hist=dict(out=[11000, 12000, 13000], price=[142000, 146000, 150000], margin=[0.11, 0.12, 0.125]),
    month=dict(kind="cont", unit="base", weights=[
        [10, 6, 6, 6, 7, 7, 7, 8, 8, 9, 12, 14],
        [14, 4, 4, 4, 5, 6, 6, 8, 8, 9, 14, 18],
        [8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9]]),
    raws=[dict(label="Gạo nếp cái hoa vàng", short="gạo nếp", norm=1.3, price=[24000, 24000, 25000, 25000, 26000])],
    longlist=dict(rows=[('Nguyễn Văn Dũng', 'Bắc Sơn', 8), ('Bùi Văn Lâm', 'Đông Hà', 6), ('Võ Quang Hải', 'Bắc Sơn', 8), ('Trương Thị Loan', 'Trung Hà', 5), ('Thái Thị Thủy', 'Tây Hà', 10), ('Dương Xuân Phúc', 'Đông Hà', 9), ('Lưu Công Hải', 'Bắc Sơn', 5), ('Cao Minh Sơn', 'Trung Hà', 10), ('Thái Minh Hòa', 'Đông Hà', 10), ('Trương Ngọc Hương', 'Tây Hà', 9), ('Nguyễn Xuân Bình', 'Bắc Sơn', 10), ('Mai Văn Phúc', 'Bắc Sơn', 4), ('Võ Đình Tuấn', 'Đông Hà', 6), ('Lê Ngọc Oanh', 'Tây Hà', 10), ('Lưu Thị Nga', 'Trung Hà', 8), ('Lưu Quang Sơn', 'Trung Hà', 10), ('Hồ Thị Liên', 'Trung Hà', 8), ('Phạm Thị Yến', 'Tây Hà', 10), ('Đinh Minh Bình', 'Đông Hà', 8), ('Phạm Ngọc Phương', 'Trung Hà', 6), ('Đinh Thị Hiền', 'Tây Hà', 4), ('Phạm Thu Xuân', 'Tây Hà', 10), ('Phạm Văn Thành', 'Bắc Sơn', 10), ('Lê Thu Yến', 'Trung Hà', 4)],
                  yld=110),
    supply={0: dict(list=True, rows=[("Ruộng nếp của hợp tác xã", [1800] * 5)])},
    cap=dict(rating=120, days=300),
    roles=[("Ban quản trị, kế toán", [3, 3, 3, 3, 3]), ("Nấu, ủ men, chưng cất", [4, 4, 5, 5, 6]),
           ("Lọc, chiết, đóng chai", [2, 2, 2, 3, 3]), ("Bán hàng", [1, 1, 2, 2, 2])],
    wage=[6.0, 6.3, 6.6, 6.9, 7.2],
    costs=[("Gạo nếp", "raw", 0), ("Chai, bình, nhãn", "pack", None), ("Men, củi, điện", "out", 3000),
           ("Tiền lương", "wage", None), ("Khấu hao", "dep", None), ("Lãi vay", "int", None),
           ("Bán hàng", "rev", 0.06), ("Chi phí khác", "fix", 50), ("Thuế, phí", "rev", 0.02)],
    inv=[("Nhà ủ, kho hạ thổ 80 m²", "công trình", 1, 320, True),
         ("Nồi chưng cất inox 40 lít", "nồi", 2, 65, True),
         ("Máy lọc, khử andehit", "máy", 1, 150, True),
         ("Dây chuyền chiết rót, đóng nắp", "dây chuyền", 1, 180, True),
         ("Chum, bình gốm ủ rượu", "chiếc", 40, 2.5, True),
         ("Hầm biogas xử lý bỗng rượu", "hầm", 1, 85, True),
         ("Bao bì, nhãn, tem truy xuất", "gói", 1, 55, False),
         ("Kiểm nghiệm, công bố, nhãn hiệu", "gói", 1, 40, False),
         ("Nhà trưng bày, bán hàng 60 m²", "công trình", 1, 260, True),
         ("Vốn lưu động", "", 1, 440, False)],
    src=[("Thành viên góp bổ sung", 800), ("Quỹ đầu tư phát triển của HTX", 260),
         ("Vay Ngân hàng Nông nghiệp", 700)],
    life=10, loan=[700, 560, 420, 280, 140], rate=0.075,
    payback_printed=1.6,
)

# gk06: fish sauce, Công ty TNHH, 2027-2029. Long list: 22 boats (committed kg of anchovy).
# PLANTED table-total-mismatch (list total), revenue-mismatch (2028 line), no-environment-measures.
PLANS["gk06"] = dict(
    years=Y3, unit="lít", dec=1,
    products=[P_("Nước mắm cốt cá cơm 40 độ đạm, chai 500 ml", "Chai 500 ml", "chai", 0.5,
                 [95000, 99000, 103000], [20000, 22000, 24000], 8500),
              P_("Nước mắm cá cơm 30 độ đạm, chai 1 lít", "Chai 1 lít", "chai", 1,
                 [85000, 88000, 91000], [16000, 17000, 18000], 9500),
              P_("Nước mắm cá cơm 25 độ đạm, can 5 lít", "Can 5 lít", "can", 5,
                 [260000, 270000, 280000], [4000, 4200, 4400], 15000)],
    hist=dict(out=[38000, 40500, 43000], price=[84000, 87000, 90000], margin=[0.10, 0.105, 0.11]),
    month=dict(kind="rows", unit="base", weights=[
        [12, 6, 6, 6, 7, 7, 8, 8, 8, 9, 10, 13],
        [11, 7, 7, 7, 7, 8, 8, 8, 8, 9, 9, 11],
        [9, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9]]),
    raws=[dict(label="Cá cơm tươi", norm=1.8, price=[22000, 22500, 23000]),
          dict(label="Muối hạt", norm=0.35, price=[3000, 3000, 3200])],
    longlist=dict(rows=[('Phạm Thị Tuyết', 'Hải Hà', 87), ('Nguyễn Ngọc Loan', 'Xuân Hải', 64), ('Bùi Thị Hiền', 'Xuân Hải', 87), ('Dương Thị Thanh', 'Hải Hà', 59), ('Bùi Thu Loan', 'Xuân Hải', 46), ('Võ Thu Hoa', 'Hải Thành', 60), ('Mai Đức Hải', 'Xuân Hải', 61), ('Thái Đức Nghĩa', 'Xuân Hải', 59), ('Thái Minh Nghĩa', 'Hải Thành', 89), ('Đặng Đức Hòa', 'Hải Hà', 73), ('Lê Thị Hạnh', 'Xuân Hải', 71), ('Phạm Thị Hiền', 'Xuân Hải', 46), ('Trương Ngọc Hương', 'Hải Hà', 88), ('Phạm Thị Yến', 'Xuân Hải', 70), ('Phạm Văn Lợi', 'Hải Hà', 82), ('Phan Minh Kiên', 'Hải Hà', 49), ('Nguyễn Thị Tâm', 'Xuân Hải', 87), ('Thái Văn Vinh', 'Hải Thành', 45), ('Đậu Thu Liên', 'Xuân Hải', 86), ('Lê Xuân Toàn', 'Hải Thành', 55), ('Lê Thu Mai', 'Hải Thành', 72), ('Đậu Thị Mai', 'Hải Hà', 87)],
                  yld=70),
    supply={0: dict(list=True), 1: dict(rows=[("HTX muối Hộ Độ (hợp đồng)", [20000] * 3)])},
    cap=dict(rating=70, days=1000),  # 70 vats x 1.000 l a year
    roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Ướp chượp, kéo rút", [4, 4, 5]),
           ("Lọc, đóng chai", [3, 3, 3]), ("Bán hàng", [2, 2, 2])],
    wage=[6.2, 6.5, 6.8],
    costs=[("Cá cơm", "raw", 0), ("Muối", "raw", 1), ("Chai, can, nhãn", "pack", None),
           ("Điện, nước", "out", 1500), ("Tiền lương", "wage", None), ("Khấu hao", "dep", None),
           ("Lãi vay", "int", None), ("Bán hàng", "rev", 0.07), ("Chi phí khác", "fix", 70),
           ("Thuế, phí", "rev", 0.015)],
    inv=[("Nhà thùng chượp mở rộng 200 m²", "công trình", 1, 480, True),
         ("Bể chượp composite", "bể", 20, 9, True),
         ("Máy lọc, bồn inox", "bộ", 1, 140, True),
         ("Dây chuyền chiết rót", "dây chuyền", 1, 220, True),
         ("Kho thành phẩm", "công trình", 1, 160, True),
         ("Bao bì, nhãn, tem truy xuất", "gói", 1, 60, False),
         ("Kiểm nghiệm, nhãn hiệu", "gói", 1, 40, False),
         ("Vốn lưu động", "", 1, 420, False)],
    src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng thương mại", 800)],
    life=10, loan=[800, 600, 400], rate=0.08,
    list_total_printed=119400, rev_line_factor=(0, 1, 1.14),
)

# gk07: cà gai leo, Công ty CP, 2027-2031. Long list: 25 households (sào x 110 kg dry herb).
# PLANTED capital-mismatch (sources 2.300 vs 2.600), figure-inconsistent (area 7,4 ha in the
# summary vs 107 sào = 5,35 ha), no-product-standard.
PLANS["gk07"] = dict(
    years=Y5, unit="kg", dec=0,
    products=[P_("Trà cà gai leo túi lọc, hộp 25 túi × 3 g", "Túi lọc (hộp)", "hộp", 0.075,
                 [52000] * 2 + [55000] * 3, [40000, 44000, 48000, 52000, 56000], 6500),
              P_("Cà gai leo khô cắt khúc, túi 500 g", "Túi 500 g", "túi", 0.5,
                 [120000] * 2 + [125000] * 3, [8000, 8800, 9600, 10400, 11200], 3000),
              P_("Cà gai leo khô, bao 5 kg cho nhà thuốc", "Bao 5 kg", "bao", 5,
                 [1050000] * 2 + [1100000] * 3, [200, 220, 240, 260, 280], 15000)],
    hist=dict(out=[6200, 6800, 7400], price=[440000, 450000, 460000], margin=[0.09, 0.10, 0.10]),
    month=dict(kind="rows", unit="packs", weights=[
        [7, 7, 8, 8, 8, 8, 8, 8, 9, 9, 10, 10],
        [8, 7, 8, 8, 8, 8, 8, 8, 9, 9, 9, 10],
        [8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 9]]),
    raws=[dict(label="Cà gai leo khô", short="dược liệu", norm=1.25, price=[75000] * 2 + [78000] * 3)],
    longlist=dict(rows=[('Hồ Quang Phúc', 'Trung Lương', 6), ('Hà Thị Mai', 'Cồn Soi', 2), ('Bùi Công Trung', 'Yên Lạc', 5), ('Lưu Quang Đạt', 'Trung Lương', 3), ('Đậu Hữu Vinh', 'Gia Phú', 4), ('Hoàng Thị Oanh', 'Trung Lương', 6), ('Hoàng Quang Vinh', 'Yên Lạc', 4), ('Lê Thị Tuyết', 'Gia Phú', 4), ('Phạm Thu Hằng', 'Gia Phú', 5), ('Cao Quang Hùng', 'Trung Lương', 6), ('Tôn Văn Trung', 'Yên Lạc', 5), ('Phạm Thị Sen', 'Gia Phú', 2), ('Đậu Xuân Tuấn', 'Gia Phú', 5), ('Bùi Quang Lâm', 'Trung Lương', 6), ('Đinh Thị Thanh', 'Trung Lương', 2), ('Hà Hữu Long', 'Cồn Soi', 2), ('Thái Quang Dũng', 'Trung Lương', 4), ('Tôn Thu Loan', 'Yên Lạc', 5), ('Trần Thị Hoa', 'Trung Lương', 6), ('Đinh Minh Đạt', 'Cồn Soi', 3), ('Hoàng Thị Loan', 'Gia Phú', 3), ('Phạm Thị Thanh', 'Trung Lương', 6), ('Võ Công Lợi', 'Gia Phú', 5), ('Tôn Công Dũng', 'Gia Phú', 2), ('Đinh Thị Mai', 'Gia Phú', 6)],
                  yld=130),
    supply={0: dict(list=True, own=("Vườn của công ty", [10, 12, 14, 16, 18], 130))},
    cap=dict(rating=50, days=280),
    roles=[("Ban giám đốc, kế toán", [3, 3, 3, 3, 3]), ("Sơ chế, sao, cắt", [4, 4, 5, 5, 6]),
           ("Đóng gói", [3, 3, 3, 4, 4]), ("Bán hàng", [2, 2, 3, 3, 3])],
    wage=[6.8, 7.1, 7.4, 7.7, 8.0],
    costs=[("Cà gai leo khô", "raw", 0), ("Hộp, túi lọc, bao", "pack", None), ("Điện, than", "out", 4000),
           ("Tiền lương", "wage", None), ("Khấu hao", "dep", None), ("Lãi vay", "int", None),
           ("Bán hàng, đại lý", "rev", 0.12), ("Chi phí khác", "fix", 120), ("Thuế, phí", "rev", 0.015)],
    inv=[("Nhà xưởng chế biến 250 m²", "công trình", 1, 850, True),
         ("Máy sấy bơm nhiệt 2 buồng", "máy", 1, 320, True),
         ("Lò sao dược liệu", "lò", 2, 60, True),
         ("Máy cắt thái, máy nghiền", "bộ", 1, 95, True),
         ("Máy đóng túi lọc tự động", "máy", 1, 380, True),
         ("Kho mát bảo quản 40 m²", "công trình", 1, 165, True),
         ("Bao bì, mã QR truy xuất", "gói", 1, 70, False),
         ("Vốn lưu động", "", 1, 600, False)],
    src=[("Cổ đông góp thêm", 1200), ("Lợi nhuận để lại", 200), ("Vay Ngân hàng thương mại", 900)],
    life=10, loan=[900, 750, 600, 450, 300], rate=0.08,
    area_printed=7.4,
)

# gk08: kẹo cu đơ, hộ kinh doanh, 2027-2029. Long list: 20 pieces of equipment.
# PLANTED capacity-exceeded (cutter 150 kg/day x 290 days), profit-mismatch (2028 summary),
# no-food-safety.
PLANS["gk08"] = dict(
    years=Y3, unit="kg", dec=1,
    products=[P_("Kẹo cu đơ gói 200 g", "Gói 200 g", "gói", 0.2, [20000, 21000, 22000],
                 [90000, 105000, 125000], 1200),
              P_("Kẹo cu đơ hộp quà 500 g", "Hộp 500 g", "hộp", 0.5, [55000, 57000, 59000],
                 [24000, 28000, 32000], 6000),
              P_("Kẹo cu đơ sỉ, thùng 5 kg", "Thùng 5 kg", "thùng", 5, [430000, 445000, 460000],
                 [1200, 1400, 1800], 15000)],
    hist=dict(out=[26000, 29000, 32000], price=[92000, 94000, 96000], margin=[0.09, 0.10, 0.10]),
    month=dict(kind="split", unit="base", weights=[
        [14, 6, 5, 5, 5, 5, 6, 7, 8, 9, 12, 18],
        [16, 4, 3, 3, 3, 3, 5, 12, 8, 8, 12, 23],
        [12, 6, 6, 6, 6, 7, 7, 9, 9, 9, 10, 13]]),
    raws=[dict(label="Lạc nhân", norm=0.4, price=[58000, 59000, 60000]),
          dict(label="Mật mía, đường", norm=0.65, price=[24000, 24500, 25000])],
    supply={0: dict(rows=[("Hộ trồng lạc Xuân Phổ (hợp đồng)", [12000] * 3),
                          ("Đại lý nông sản Xuân Lĩnh (hợp đồng)", [10000] * 3)]),
            1: dict(rows=[("Cơ sở nấu mật mía Xuân Thành", [20000] * 3),
                          ("Đại lý đường Nghi Xuân", [16000] * 3)])},
    equipment=[("Nồi nấu mật 2 vỏ, 60 lít", 2, "60 lít/mẻ", 2019), ("Bếp than tổ ong công nghiệp", 3, "–", 2018),
               ("Máy rang lạc trống quay", 1, "80 kg/giờ", 2020), ("Máy tách vỏ lụa lạc", 1, "100 kg/giờ", 2020),
               ("Máy kéo mật (kéo kẹo)", 1, "40 kg/mẻ", 2021), ("Máy cán, cắt kẹo", 1, "150 kg/ngày", 2021),
               ("Bàn inox thao tác", 6, "–", 2019), ("Khay inox làm nguội", 40, "–", 2019),
               ("Máy nướng bánh tráng", 1, "30 kg/giờ", 2022), ("Máy đóng gói gối", 1, "25 gói/phút", 2022),
               ("Máy hàn miệng túi", 2, "–", 2020), ("Máy in hạn sử dụng", 1, "–", 2022),
               ("Cân điện tử 30 kg", 3, "–", 2020), ("Cân điện tử 300 kg", 1, "–", 2021),
               ("Tủ sấy khay", 1, "50 kg/mẻ", 2023), ("Máy hút ẩm kho", 2, "–", 2023),
               ("Kệ kho thành phẩm", 12, "–", 2020), ("Xe đẩy hàng", 3, "–", 2019),
               ("Máy xay gừng, vừng", 1, "20 kg/giờ", 2022), ("Xe ba gác máy giao hàng", 1, "–", 2021)],
    cap=dict(rating=150, days=290),
    roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Nấu mật, kéo kẹo", [3, 3, 3]),
           ("Cán, cắt, đóng gói", [4, 4, 4]), ("Bán hàng", [1, 1, 1])],
    wage=[5.5, 5.8, 6.1],
    costs=[("Lạc nhân", "raw", 0), ("Mật mía, đường", "raw", 1), ("Bánh tráng, vừng, gừng", "out", 12000),
           ("Bao bì", "pack", None), ("Điện, than", "out", 3000), ("Tiền lương", "wage", None),
           ("Khấu hao", "dep", None), ("Lãi vay", "int", None), ("Bán hàng", "rev", 0.06),
           ("Chi phí khác", "fix", 40), ("Thuế, phí", "rev", 0.015)],
    inv=[("Nồi nấu mật 2 vỏ", "nồi", 2, 45, True), ("Máy rang lạc", "máy", 1, 65, True),
         ("Máy đóng gói tự động", "máy", 1, 120, True), ("Cải tạo xưởng 120 m²", "công trình", 1, 250, True),
         ("Kho nguyên liệu", "công trình", 1, 120, True), ("Thiết kế bao bì, hộp quà", "gói", 1, 40, False),
         ("Tiêu chuẩn cơ sở, nhãn hiệu", "gói", 1, 25, False), ("Vốn lưu động", "", 1, 290, False)],
    src=[("Vốn tự có của hộ", 500), ("Vay Ngân hàng Nông nghiệp", 500)],
    life=8, loan=[500, 350, 200], rate=0.075,
    profit_factor=(1, 1.3),
)

# gk09: mực một nắng, Công ty TNHH, 2027-2031. Long list: 20 boats (tạ x 120 kg of fresh squid).
# PLANTED unrealistic-growth, outdated-policy, no-label-plan.
PLANS["gk09"] = dict(
    years=Y5, unit="kg", dec=0,
    products=[P_("Mực một nắng đặc biệt, túi hút chân không 500 g", "Túi 500 g", "túi", 0.5,
                 [260000, 265000, 270000, 275000, 280000], [6000, 9600, 15000, 22800, 33600], 3500),
              P_("Mực một nắng loại 1, túi 1 kg", "Túi 1 kg", "túi", 1,
                 [480000, 490000, 500000, 510000, 520000], [4000, 6400, 10000, 15200, 22400], 4500),
              P_("Mực một nắng loại 2, khay 1 kg cho nhà hàng", "Khay 1 kg", "khay", 1,
                 [360000, 365000, 370000, 375000, 380000], [3000, 4800, 7500, 11400, 16800], 3000)],
    hist=dict(out=[8200, 8800, 9400], price=[400000, 410000, 420000], margin=[0.08, 0.085, 0.09]),
    month=dict(kind="rows", unit="base", weights=[
        [3, 4, 8, 12, 14, 14, 12, 10, 8, 6, 5, 4],
        [3, 4, 8, 12, 14, 14, 12, 10, 8, 6, 5, 4],
        [3, 4, 8, 12, 14, 14, 12, 10, 8, 6, 5, 4]]),
    raws=[dict(label="Mực ống tươi", short="mực tươi", norm=1.8, price=[150000, 152000, 155000, 158000, 160000])],
    longlist=dict(rows=[('Lưu Đình Thành', 'Cửa Nhượng', 45), ('Thái Thu Hiền', 'Bắc Hải', 49), ('Mai Đức Tuấn', 'Bắc Hải', 58), ('Dương Thị Mai', 'Cửa Nhượng', 49), ('Hồ Văn Hòa', 'Cửa Nhượng', 53), ('Lê Xuân Tuấn', 'Nam Hải', 39), ('Đậu Đình Tuấn', 'Bắc Hải', 39), ('Phan Công Tài', 'Bắc Hải', 42), ('Hồ Hữu Đạt', 'Nam Hải', 35), ('Bùi Đình Thắng', 'Cửa Nhượng', 57), ('Võ Thị Xuân', 'Bắc Hải', 30), ('Trương Thị Yến', 'Bắc Hải', 40), ('Mai Đình Thành', 'Nam Hải', 58), ('Lưu Minh Khánh', 'Bắc Hải', 32), ('Hà Hữu Hùng', 'Nam Hải', 34), ('Nguyễn Ngọc Phương', 'Nam Hải', 40), ('Đinh Hữu Lợi', 'Bắc Hải', 40), ('Đậu Thị Nga', 'Nam Hải', 58), ('Hồ Đức Quý', 'Cửa Nhượng', 57), ('Lê Xuân Phúc', 'Bắc Hải', 42)],
                  yld=140),
    supply={0: dict(list=True)},
    cap=dict(rating=250, days=300),
    roles=[("Giám đốc, kế toán", [2] * 5), ("Sơ chế, phơi mực", [4] * 5), ("Đóng gói, kho lạnh", [2] * 5),
           ("Bán hàng", [1] * 5)],
    wage=[7.0, 7.3, 7.6, 7.9, 8.2],
    costs=[("Mực tươi", "raw", 0), ("Túi, khay, thùng", "pack", None), ("Điện, đá lạnh", "out", 6000),
           ("Tiền lương", "wage", None), ("Khấu hao", "dep", None), ("Lãi vay", "int", None),
           ("Bán hàng", "rev", 0.07), ("Chi phí khác", "fix", 90), ("Thuế, phí", "rev", 0.015)],
    inv=[("Kho cấp đông 3 tấn", "kho", 1, 450, True), ("Máy sấy lạnh mực 250 kg/mẻ", "máy", 1, 380, True),
         ("Nhà phơi lưới inox 300 m²", "công trình", 1, 220, True), ("Máy hút chân không", "máy", 2, 45, True),
         ("Xe tải đông lạnh 1,5 tấn", "chiếc", 1, 520, True), ("Túi, khay, thùng xốp", "gói", 1, 50, False),
         ("Kiểm nghiệm, nhãn hiệu", "gói", 1, 30, False), ("Vốn lưu động", "", 1, 760, False)],
    src=[("Vốn chủ sở hữu", 1300), ("Vay Ngân hàng thương mại", 1200)],
    life=10, loan=[1200, 1000, 800, 600, 400], rate=0.08,
)

# gk10: green tea, HTX, 2027-2029. Long list: 22 members (sào x 650 kg fresh leaves, capital).
# PLANTED no-trademark, boilerplate (placeholder), name-inconsistent.
PLANS["gk10"] = dict(
    years=Y3, unit="kg", dec=1,
    products=[P_("Chè xanh búp khô, túi 200 g", "Túi 200 g", "túi", 0.2, [50000, 52000, 54000],
                 [30000, 33000, 36000], 2500),
              P_("Chè xanh búp khô, hộp giấy 500 g", "Hộp 500 g", "hộp", 0.5, [150000, 155000, 160000],
                 [8000, 9000, 10000], 9000),
              P_("Chè xanh khô, bao 2 kg cho quán", "Bao 2 kg", "bao", 2, [420000, 430000, 440000],
                 [1000, 1100, 1200], 6000)],
    hist=dict(out=[9800, 10600, 11200], price=[235000, 240000, 245000], margin=[0.08, 0.09, 0.095]),
    month=dict(kind="wide", unit="raw100", weights=[[0, 1, 6, 10, 13, 14, 15, 14, 12, 9, 5, 1]]),
    raws=[dict(label="Búp chè tươi", norm=5.0, price=[15000, 15500, 16000])],
    longlist=dict(rows=[('Võ Đức Quý', 'Tân Thành', 3), ('Phan Quang Hòa', 'Khe Mây', 7), ('Nguyễn Công Nghĩa', 'Khe Mây', 3), ('Phan Hữu Toàn', 'Bãi Sậy', 8), ('Tôn Minh Nghĩa', 'Tân Thành', 8), ('Dương Thị Liên', 'Khe Mây', 3), ('Lưu Minh Tài', 'Khe Mây', 7), ('Tôn Thị Lan', 'Bãi Sậy', 6), ('Lê Thị Loan', 'Đồi Chè', 3), ('Hồ Đức Tâm', 'Khe Mây', 6), ('Mai Thị Hoa', 'Đồi Chè', 6), ('Bùi Thị Sen', 'Bãi Sậy', 6), ('Nguyễn Thu Hiền', 'Khe Mây', 4), ('Dương Thu Yến', 'Bãi Sậy', 8), ('Đinh Công Dũng', 'Tân Thành', 8), ('Phan Thị Sen', 'Bãi Sậy', 8), ('Bùi Đình Kiên', 'Bãi Sậy', 8), ('Hoàng Ngọc Nga', 'Khe Mây', 4), ('Lê Đình Phúc', 'Đồi Chè', 8), ('Dương Ngọc Yến', 'Bãi Sậy', 3), ('Trần Hữu Tuấn', 'Tân Thành', 8), ('Hà Quang Hùng', 'Khe Mây', 4)],
                  yld=650, capital=[15, 25, 15, 30, 30, 15, 25, 20, 15, 20, 20, 20, 15, 30, 30, 30, 30, 15, 30, 15, 30, 15]),
    supply={0: dict(list=True)},
    cap=dict(rating=70, days=260),
    roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Héo, sao, vò, sấy", [5, 5, 6]),
           ("Đóng gói", [2, 2, 3]), ("Bán hàng", [2, 2, 2])],
    wage=[6.0, 6.3, 6.6],
    costs=[("Búp chè tươi", "raw", 0), ("Túi, hộp, bao", "pack", None), ("Củi, điện", "out", 8000),
           ("Tiền lương", "wage", None), ("Khấu hao", "dep", None), ("Lãi vay", "int", None),
           ("Bán hàng", "rev", 0.10), ("Chi phí khác", "fix", 120), ("Thuế, phí", "rev", 0.015)],
    inv=[("Nhà xưởng chế biến chè 180 m²", "công trình", 1, 520, True),
         ("Máy sao, vò chè liên hoàn", "dây chuyền", 1, 380, True), ("Máy sấy chè", "máy", 1, 150, True),
         ("Máy hút chân không, đóng gói", "máy", 1, 90, True),
         ("Bao bì, hộp, tem QR", "gói", 1, 50, False),
         ("Kiểm nghiệm, tiêu chuẩn cơ sở", "gói", 1, 30, False), ("Vốn lưu động", "", 1, 380, False)],
    src=[("Vốn góp của thành viên", 490), ("Quỹ đầu tư phát triển của HTX", 310),
         ("Vay Ngân hàng Nông nghiệp", 800)],
    life=10, loan=[800, 650, 500], rate=0.08,
)
# --------------------------------------------------------------------------- model
def alloc(total: int, weights: list[float]) -> list[int]:
    """Largest-remainder split of an integer total by weights."""
    s = sum(weights)
    if s == 0:
        return [0] * len(weights)
    raw = [total * w / s for w in weights]
    base = [int(x) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(weights)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return base


def model(key: str) -> dict:
    """Every figure of a full plan, computed from its constants (money in triệu đồng)."""
    P = PLANS[key]
    Y = P["years"]
    n = len(Y)
    m: dict = {"key": key, "years": Y, "n": n}
    prods = P["products"]
    m["packs"] = [list(p["packs"]) for p in prods]
    m["price"] = [list(p["price"]) for p in prods]
    m["out"] = [sum(p["packs"][y] * p["size"] for p in prods) for y in range(n)]
    m["out_p"] = [[p["packs"][y] * p["size"] for y in range(n)] for p in prods]
    m["rev_l"] = [[p["packs"][y] * p["price"][y] / 1e6 for y in range(n)] for p in prods]
    m["rev"] = [sum(r[y] for r in m["rev_l"]) for y in range(n)]
    # raw materials
    m["need"] = [[m["out"][y] * r["norm"] for y in range(n)] for r in P.get("raws", [])]
    sup = {}
    for ri, s in P.get("supply", {}).items():
        rows = []
        if s.get("list"):
            L = P["longlist"]
            rows.append(("list", [sum(r[2] for r in L["rows"]) * L["yld"]] * n))
        if "own" in s:
            lab, cnt, yl = s["own"]
            rows.append(("own", [c * yl for c in cnt]))
        for lab, vals in s.get("rows", []):
            rows.append((lab, list(vals)))
        tot = [sum(r[1][y] for r in rows) for y in range(n)]
        sup[ri] = dict(rows=rows, total=tot)
    m["supply"] = sup
    if "longlist" in P:
        L = P["longlist"]
        m["list_scale"] = sum(r[2] for r in L["rows"])
        m["list_total"] = m["list_scale"] * L.get("yld", 1)
    # capacity
    if "cap" in P:
        c = P["cap"]
        if c.get("list"):
            capv = (sum(r[2] for r in P["longlist"]["rows"]) + c["own"]) * c["months"]
        else:
            capv = c["rating"] * c["days"]
        m["cap"] = [capv] * n if not isinstance(capv, list) else capv
        idx = c.get("idx")
        base = m["out"] if idx is None else [sum(m["out_p"][i][y] for i in idx) for y in range(n)]
        m["cap_base"] = base
        m["use"] = [base[y] / m["cap"][y] * 100 for y in range(n)]
    # staff and wages
    m["staff"] = [sum(r[1][y] for r in P["roles"]) for y in range(n)]
    m["wage"] = list(P["wage"])
    m["fund"] = [m["staff"][y] * m["wage"][y] * 12 for y in range(n)]
    # investment
    m["inv_items"] = [(lab, u, q, up, q * up, fx) for lab, u, q, up, fx in P["inv"]]
    m["inv"] = sum(x[4] for x in m["inv_items"])
    m["fixed"] = sum(x[4] for x in m["inv_items"] if x[5])
    m["dep"] = m["fixed"] / P["life"]
    m["src"] = list(P["src"])
    m["src_total"] = sum(a for _, a in P["src"])
    m["interest"] = [b * P["rate"] for b in P["loan"]]
    # cost lines
    lines = []
    for lab, kind, par in P["costs"]:
        if kind == "raw":
            v = [m["need"][par][y] * P["raws"][par]["price"][y] / 1e6 for y in range(n)]
        elif kind == "pack":
            v = [sum(p["packs"][y] * p["pc"] for p in prods) / 1e6 for y in range(n)]
        elif kind == "out":
            v = [m["out"][y] * par / 1e6 for y in range(n)]
        elif kind == "rev":
            v = [m["rev"][y] * par for y in range(n)]
        elif kind == "wage":
            v = list(m["fund"])
        elif kind == "dep":
            v = [m["dep"]] * n
        elif kind == "int":
            v = list(m["interest"])
        elif kind == "fix":
            v = [par] * n if not isinstance(par, list) else list(par)
        elif kind == "listout":  # year 1 = the long list's total (triệu), then in proportion to output
            v = [m["list_total"] * m["out"][y] / m["out"][0] for y in range(n)]
        else:
            raise ValueError(kind)
        lines.append((lab, kind, v))
    m["cost_l"] = lines
    m["cost"] = [sum(l[2][y] for l in lines) for y in range(n)]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in range(n)]
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in range(n)]
    m["payback"] = m["inv"] / (sum(m["profit"]) / n + m["dep"])
    # history
    h = P["hist"]
    m["h_out"] = h["out"]
    m["h_price"] = h["price"]
    m["h_rev"] = [h["out"][i] * h["price"][i] / 1e6 for i in range(3)]
    m["h_profit"] = [m["h_rev"][i] * h["margin"][i] for i in range(3)]
    # months (first plan year)
    mo = P.get("month")
    if mo:
        if mo.get("groups"):
            m["month"] = [list(g) for g in mo["groups"]]
            for i, g in enumerate(mo["groups"]):  # the plan's first-year guests come from the groups
                assert sum(g) * mo["size"][i] == m["packs"][i][0], (key, i)
        elif mo.get("unit") == "raw100":  # raw material need in 100 kg units (printed in tấn)
            m["month"] = [alloc(round(m["need"][0][0] / 100), mo["weights"][0])]
        else:
            vals = m["out_p"] if mo.get("unit") != "packs" else m["packs"]
            m["month"] = [alloc(round(vals[i][0]), mo["weights"][i]) for i in range(len(mo["weights"]))]
    return m
# --------------------------------------------------------------------------- printing
def vnf(x: float, dec: int = 0) -> str:
    """Vietnamese number: 1234.5 -> '1.234,5'."""
    s = f"{x:,.{dec}f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


class N:
    """A printed number: its true value, the decimals it is printed with and, for a planted
    defect or a figure that follows one, the value the plan prints instead."""

    def __init__(self, true: float, dec: int = 0, printed: float | None = None, tag: str = ""):
        self.true, self.dec, self.printed, self.tag = true, dec, printed, tag

    @property
    def shown(self) -> float:
        return self.true if self.printed is None else self.printed

    def __str__(self) -> str:
        if self.dec == 0 and abs(self.shown) < 0.5:
            return "-"
        return vnf(self.shown, self.dec)


class T:
    def __init__(self, tid, caption, header, rows, unit=None):
        self.tid, self.caption, self.header, self.rows, self.unit = tid, caption, header, rows, unit


def _tot(vals):
    return sum(vals)


class Tables(dict):
    m: dict


def tables(key: str) -> Tables:
    """Every numeric table of a full plan with its true figures (and the planted ones)."""
    P, m = PLANS[key], model(key)
    C = CAPTIONS[key]
    Y, n, d = m["years"], m["n"], P["dec"]
    five = n == 5
    yh = [str(y) for y in Y] if five else [f"Năm {y}" for y in Y]
    out = Tables()
    out.m = m
    U = P["unit"]

    # history 2024-2026
    out["hist"] = T("hist", C["hist"], ["TT", "Chỉ tiêu", "2024", "2025", "2026"], [
        ["1", f"Sản lượng ({U})"] + [N(v) for v in m["h_out"]],
        ["2", f"Giá bình quân (đồng/{U.split()[0] if U != 'lượt khách' else 'lượt'})"] + [N(v) for v in m["h_price"]],
        ["3", "Doanh thu (triệu đồng)"] + [N(v, 1) for v in m["h_rev"]],
        ["4", "Lợi nhuận (triệu đồng)"] + [N(v, 1) for v in m["h_profit"]]])

    # output by product and year (packs), output in base units, capacity
    rows = []
    for i, p in enumerate(P["products"]):
        vals = [N(v) for v in m["packs"][i]]
        plain = p["short"].endswith(")") or p["short"].lower().startswith(p["pack"])
        rows.append([str(i + 1), p["short"] + ("" if plain else f" ({p['pack']})")]
                    + vals + ([N(_tot(m["packs"][i]))] if five else []))
    rows.append(["", P.get("out_label", f"Quy đổi ({U})")] + [N(v) for v in m["out"]]
                + ([N(_tot(m["out"]))] if five else []))
    if "cap" in P and not P.get("hide_cap"):
        rows.append(["", P.get("cap_label", f"Công suất ({U})")] + [N(v) for v in m["cap"]] + ([""] if five else []))
        rows.append(["", "Mức sử dụng (%)"] + [N(v, 1) for v in m["use"]] + ([""] if five else []))
    out["output"] = T("output", C["output"], ["TT", "Sản phẩm"] + yh + (["Tổng"] if five else []), rows)

    # prices
    k = 1000 if five else 1
    out["price"] = T("price", C["price"], ["TT", "Sản phẩm, quy cách"] + yh, [
        [str(i + 1), p["label"]] + [N(v / k) for v in p["price"]] for i, p in enumerate(P["products"])],
        unit="ĐVT: nghìn đồng/đơn vị sản phẩm" if five else "ĐVT: đồng/đơn vị sản phẩm")

    # revenue
    f = P.get("rev_line_factor")
    rows, shown_tot = [], [0.0] * n
    for i, p in enumerate(P["products"]):
        cells = []
        for y in range(n):
            v = m["rev_l"][i][y]
            if f and f[0] == i and y == f[1]:
                c = N(v, d, v * f[2], "planted")
            else:
                c = N(v, d)
            cells.append(c)
            shown_tot[y] += c.shown
        rows.append([str(i + 1), p["short"]] + cells + ([N(_tot(m["rev_l"][i]), d)] if five else []))
    tot_cells = [N(m["rev"][y], d, shown_tot[y] if abs(shown_tot[y] - m["rev"][y]) > 1e-6 else None,
                   "knock" if abs(shown_tot[y] - m["rev"][y]) > 1e-6 else "") for y in range(n)]
    rows.append(["", "Tổng doanh thu"] + tot_cells + ([N(_tot(m["rev"]), d)] if five else []))
    out["revenue"] = T("revenue", C["revenue"], ["TT", "Sản phẩm"] + yh + (["Tổng"] if five else []), rows,
                       unit="ĐVT: triệu đồng")
    rev_shown = [c.shown for c in tot_cells]

    # costs
    rows = []
    for j, (lab, kind, v) in enumerate(m["cost_l"]):
        rows.append([str(j + 1), lab] + [N(x, d) for x in v] + ([N(_tot(v), d)] if five else []))
    rows.append(["", "Tổng chi phí"] + [N(x, d) for x in m["cost"]] + ([N(_tot(m["cost"]), d)] if five else []))
    out["cost"] = T("cost", C["cost"], ["TT", "Khoản mục"] + yh + (["Tổng"] if five else []), rows,
                    unit="ĐVT: triệu đồng")

    # summary: revenue, cost, profit, margin
    pf = P.get("profit_factor")
    prof_cells, prof_shown = [], []
    for y in range(n):
        true_p = m["profit"][y]
        shown_p = rev_shown[y] - m["cost"][y]
        if pf and y == pf[0]:
            c = N(true_p, d, true_p * pf[1], "planted")
        elif abs(shown_p - true_p) > 1e-6:
            c = N(true_p, d, shown_p, "knock")
        else:
            c = N(true_p, d)
        prof_cells.append(c)
        prof_shown.append(c.shown)
    marg = []
    for y in range(n):
        tm = m["margin"][y]
        sm = prof_shown[y] / rev_shown[y] * 100
        marg.append(N(tm, 1, sm, "knock") if abs(sm - tm) > 1e-6 else N(tm, 1))
    rows = [["1", "Doanh thu"] + [N(m["rev"][y], d, rev_shown[y] if tot_cells[y].printed else None,
                                    tot_cells[y].tag) for y in range(n)]
            + ([N(_tot(m["rev"]), d, sum(rev_shown) if any(c.printed for c in tot_cells) else None,
                  "knock" if any(c.printed for c in tot_cells) else "")] if five else []),
            ["2", "Chi phí"] + [N(x, d) for x in m["cost"]] + ([N(_tot(m["cost"]), d)] if five else []),
            ["3", "Lợi nhuận"] + prof_cells
            + ([N(_tot(m["profit"]), d, sum(prof_shown) if any(c.printed for c in prof_cells) else None,
                  "knock" if any(c.printed for c in prof_cells) else "")] if five else []),
            ["4", "Tỷ suất lợi nhuận (%)"] + marg + ([""] if five else [])]
    out["summary"] = T("summary", C["summary"], ["TT", "Chỉ tiêu"] + yh + (["Tổng"] if five else []), rows,
                       unit="ĐVT: triệu đồng")
    m["profit_shown"] = prof_shown
    m["payback_shown"] = m["inv"] / (sum(prof_shown) / n + m["dep"])

    # staff and wages
    rows = [[str(i + 1), r] + [N(v) for v in vals] for i, (r, vals) in enumerate(P["roles"])]
    rows.append(["", "Tổng số lao động"] + [N(v) for v in m["staff"]])
    rows.append(["", "Lương (triệu đồng/tháng)"] + [N(v, 1) for v in m["wage"]])
    rows.append(["", "Quỹ lương (triệu đồng)"] + [N(v, 1) for v in m["fund"]])
    out["staff"] = T("staff", C["staff"], ["TT", "Bộ phận"] + yh, rows)

    # investment and sources
    rows = []
    for i, (lab, u, q, up, amt, fx) in enumerate(m["inv_items"]):
        rows.append([str(i + 1), lab, u, N(q, 0 if q == int(q) else 1) if u else "",
                     N(up, 0 if up == int(up) else 2) if u else "", N(amt, 1)])
    rows.append(["", "Tổng cộng", "", "", "", N(m["inv"], 1)])
    out["inv"] = T("inv", C["inv"], ["TT", "Hạng mục", "ĐVT", "SL", "Đơn giá", "Thành tiền"], rows,
                   unit="ĐVT: triệu đồng")
    rows = [[str(i + 1), lab, N(a, 1), N(a / m["src_total"] * 100, 1)] for i, (lab, a) in enumerate(m["src"])]
    rows.append(["", "Tổng nguồn vốn", N(m["src_total"], 1), N(100, 1)])
    out["src"] = T("src", C["src"], ["TT", "Nguồn vốn", "Số tiền (triệu đồng)", "Tỷ lệ (%)"], rows)

    # raw-material balance
    for ri, s in m["supply"].items():
        raw = P["raws"][ri]
        tid = "balance" if ri == 0 else f"balance{ri}"
        if tid not in C:
            continue
        sfx = "" if five else " (kg)"
        rows = [["1", f"Nhu cầu {raw.get('short', raw['label'].lower())}{sfx}"] + [N(v) for v in m["need"][ri]]]
        shown_sup = [0.0] * n
        k = 2
        for lab, vals in s["rows"]:
            if lab == "list":
                lab_txt = P.get("list_label", "Hộ liên kết")
                lp = P.get("list_total_printed")
                cells = [N(v, 0, lp, "knock") if lp else N(v) for v in vals]
            elif lab == "own":
                lab_txt = P["supply"][ri]["own"][0]
                cells = [N(v) for v in vals]
            else:
                lab_txt = lab
                cells = [N(v) for v in vals]
            rows.append([str(k), lab_txt + sfx] + cells)
            for y in range(n):
                shown_sup[y] += cells[y].shown
            k += 1
        tot = [N(s["total"][y], 0, shown_sup[y], "knock") if abs(shown_sup[y] - s["total"][y]) > 1e-6
               else N(s["total"][y]) for y in range(n)]
        rows.append(["", "Tổng nguồn cung" + sfx] + tot)
        if not P.get("hide_balance_row"):
            rows.append(["", "Còn dư" + sfx] + [
                N(s["total"][y] - m["need"][ri][y], 0,
                  shown_sup[y] - m["need"][ri][y] if tot[y].printed is not None else None,
                  "knock" if tot[y].printed is not None else "") for y in range(n)])
        out[tid] = T(tid, C[tid], ["TT", "Chỉ tiêu"] + yh, rows, unit="ĐVT: kg" if five else None)

    # long list
    if "longlist" in P and "list" in C:
        L = P["longlist"]
        lrows = []
        cols = L.get("cols")
        for i, (nm, th, sc) in enumerate(L["rows"]):
            r = [str(i + 1), nm, th]
            if "extra" in L:
                r.append(L["extra"][i])
            r.append(N(sc))
            if L.get("yld", 1) != 1:
                r.append(N(sc * L["yld"]))
            if "capital" in L:
                r.append(N(L["capital"][i]))
            lrows.append(r)
        tr = ["", "Cộng", ""] + ([""] if "extra" in L else []) + [N(m["list_scale"])]
        if L.get("yld", 1) != 1:
            lp = P.get("list_total_printed")
            tr.append(N(m["list_total"], 0, lp, "planted") if lp else N(m["list_total"]))
        if "capital" in L:
            tr.append(N(sum(L["capital"])))
        lrows.append(tr)
        out["list"] = T("list", C["list"], L["header"], lrows)

    # equipment list (gk08)
    if "equipment" in P:
        rows = [[str(i + 1), nm, N(q), cp, str(yr)] for i, (nm, q, cp, yr) in enumerate(P["equipment"])]
        out["list"] = T("list", C["list"], ["TT", "Thiết bị", "SL", "Công suất", "Năm mua"], rows)

    # key indicators gathered from the other tables (gk07)
    if "indic" in C:
        L = P["longlist"]
        area = m["list_scale"] * 500 / 10000
        ap = P.get("area_printed")
        rows = [["1", "Tổng vốn đầu tư (triệu đồng)", N(m["inv"])],
                ["2", "Số hộ liên kết (hộ)", N(len(L["rows"]))],
                ["3", "Diện tích liên kết (ha)", N(area, 2, ap, "planted") if ap else N(area, 2)],
                ["4", f"Sản lượng năm {Y[-1]} ({P['unit']})", N(m["out"][-1])],
                ["5", f"Doanh thu {Y[0]} – {Y[-1]} (triệu đồng)", N(sum(m["rev"]))],
                ["6", f"Lợi nhuận {Y[0]} – {Y[-1]} (triệu đồng)", N(sum(m["profit"]))],
                ["7", f"Lao động năm {Y[-1]} (người)", N(m["staff"][-1])],
                ["8", "Thời gian hoàn vốn (năm)", N(m["payback"], 1)]]
        out["indic"] = T("indic", C["indic"], ["TT", "Chỉ tiêu", "Giá trị"], rows)

    # months
    mo = P.get("month")
    if mo:
        names_ = [p["short"] for p in P["products"]]
        M = m["month"]
        kind = mo["kind"]
        if kind in ("split", "cont"):
            tot = [sum(M[i][j] for i in range(len(M))) for j in range(12)]
            body = [[names_[i]] + [N(v) for v in M[i]] for i in range(len(M))] + [["Cộng"] + [N(v) for v in tot]]
            a = [r[:7] for r in body]
            b = [[r[0]] + r[7:13] + [N(sum(x.true for x in r[1:13]))] for r in body]
            out["month_a"] = T("month_a", C["month_a"], [mo.get("first", "Loại")] + [f"T{j}" for j in range(1, 7)], a)
            out["month_b"] = T("month_b", C["month_b"], [mo.get("first", "Loại")] + [f"T{j}" for j in range(7, 13)]
                               + ["Cả năm"], b)
        elif kind == "rows":
            show_tot = mo.get("unit") != "packs"
            hdr = ["Tháng"] + [P["products"][i]["short"] for i in range(len(M))] + (["Cộng"] if show_tot else [])
            rows = []
            for j in range(12):
                r = [f"Tháng {j + 1}"] + [N(M[i][j]) for i in range(len(M))]
                if show_tot:
                    r.append(N(sum(M[i][j] for i in range(len(M)))))
                rows.append(r)
            r = ["Cả năm"] + [N(sum(M[i])) for i in range(len(M))]
            if show_tot:
                r.append(N(sum(sum(x) for x in M)))
            rows.append(r)
            out["month"] = T("month", C["month"], hdr, rows)
        elif kind == "wide":
            if mo.get("groups"):
                rows = [[names_[i]] + [N(v) for v in M[i]] + [N(sum(M[i]))] for i in range(len(M))]
                rows.append(["Cộng"] + [N(sum(M[i][j] for i in range(len(M)))) for j in range(12)]
                            + [N(sum(sum(x) for x in M))])
                rows = [[mo["labels"][i] if i < len(M) else r[0]] + r[1:] for i, r in enumerate(rows)]
                out["month"] = T("month", C["month"], ["Gói"] + [str(j) for j in range(1, 13)] + ["Cả năm"], rows)
            else:
                w = mo["weights"][0]
                rows = [["Búp (tấn)"] + [N(v / 10, 1) if v else "-" for v in M[0]] + [N(sum(M[0]) / 10, 1)],
                        ["Tỷ lệ (%)"] + [N(v) for v in w] + [N(sum(w))]]
                out["month"] = T("month", C["month"], ["Tháng"] + [str(j) for j in range(1, 13)] + ["Năm"], rows)
    return out


def facts(key: str) -> dict[str, str]:
    """Figures the prose quotes, formatted as the plan prints them."""
    P = PLANS[key]
    m = tables(key).m  # with profit_shown / payback_shown
    d = P["dec"]
    U = P["unit"]
    F = {
        "out0": f"{vnf(m['out'][0])} {U}", "outN": f"{vnf(m['out'][-1])} {U}",
        "rev0": f"{vnf(m['rev'][0], d)} triệu đồng", "revN": f"{vnf(m['rev'][-1], d)} triệu đồng",
        "inv": f"{vnf(m['inv'])} triệu đồng", "dep": vnf(m["dep"], 1),
        "staff0": f"{m['staff'][0]} lao động", "staffN": f"{m['staff'][-1]} lao động",
        "h_out2": f"{vnf(m['h_out'][2])} {U}", "h_rev2": f"{vnf(m['h_rev'][2], 1)} triệu đồng",
        "payback": f"{vnf(P.get('payback_printed', round(m['payback_shown'], 1)), 1)} năm",
        "prof0": f"{vnf(m['profit_shown'][0], d)} triệu đồng", "profN": f"{vnf(m['profit_shown'][-1], d)} triệu đồng",
        "profsum": f"{vnf(sum(m['profit_shown']), d)} triệu đồng", "revsum": f"{vnf(sum(m['rev']), d)} triệu đồng",
        "src_total": f"{vnf(m['src_total'])} triệu đồng",
    }
    if "cap" in P:
        F["cap"] = f"{vnf(m['cap'][0])} {U}"
        F["use0"] = f"{vnf(m['use'][0], 1)} %"
        F["useN"] = f"{vnf(m['use'][-1], 1)} %"
    if "longlist" in P:
        L = P["longlist"]
        F["list_n"] = str(len(L["rows"]))
        F["list_scale"] = vnf(m["list_scale"])
        F["list_total"] = vnf(m["list_total"])
    for ri in m["supply"]:
        F[f"need0_{ri}"] = f"{vnf(m['need'][ri][0])} kg"
        F[f"needN_{ri}"] = f"{vnf(m['need'][ri][-1])} kg"
        F[f"sup0_{ri}"] = f"{vnf(m['supply'][ri]['total'][0])} kg"
        F[f"supN_{ri}"] = f"{vnf(m['supply'][ri]['total'][-1])} kg"
    for i, p in enumerate(P["products"]):
        F[f"price{i}"] = f"{vnf(p['price'][0])} đồng/{p['pack']}"
    return F
# --------------------------------------------------------------------------- per-plan layout
# Long-list headers (the builder sizes columns by content, so the labels stay short).
PLANS["gk01"]["longlist"]["header"] = ["TT", "Chủ hộ", "Thôn", "Số đàn ong", "Mật thô (kg/năm)"]
PLANS["gk02"]["longlist"]["header"] = ["TT", "Tổ viên", "Thôn", "Diện tích (sào)", "Sản lượng (kg/năm)"]
PLANS["gk03"]["longlist"]["header"] = ["TT", "Hộ liên kết", "Thôn", "Mặt hàng, dịch vụ", "Giá trị (triệu đồng)"]
PLANS["gk03"]["longlist"]["extra"] = (["Rau sạch, gà thả vườn", "Cá suối, cá hồ", "Chèo đò, chèo kayak",
                                       "Gạo, nếp, rau rừng", "Hướng dẫn đi rừng", "Bánh, chè địa phương"] * 4)[:22]
PLANS["gk04"]["longlist"]["header"] = ["TT", "Hộ gia công", "Thôn", "Định mức (chiếc/tháng)", "Cả năm (chiếc)"]
PLANS["gk05"]["longlist"]["header"] = ["TT", "Hộ", "Thôn", "Nếp cái (sào)", "Gạo nếp bán cho HTX (kg)"]
PLANS["gk06"]["longlist"]["header"] = ["TT", "Chủ tàu", "Số hiệu tàu", "Số chuyến/năm", "Cá cơm (kg/năm)"]
PLANS["gk06"]["longlist"]["extra"] = [f"HT-{90112 + 37 * i}-TS" for i in range(22)]
PLANS["gk07"]["longlist"]["header"] = ["TT", "Hộ", "Thôn", "Diện tích (sào)", "Dược liệu khô (kg/năm)"]
PLANS["gk09"]["longlist"]["header"] = ["TT", "Chủ tàu", "Số hiệu tàu", "Số chuyến/năm", "Mực tươi (kg/năm)"]
PLANS["gk09"]["longlist"]["extra"] = [f"HT-{91203 + 53 * i}-TS" for i in range(20)]
PLANS["gk10"]["longlist"]["header"] = ["TT", "Thành viên", "Thôn", "Chè (sào)", "Búp tươi (kg/năm)", "Vốn góp (triệu)"]
# the long lists' first text column holds the village; for the boats it holds the boat number
for _k in ("gk06", "gk09"):
    L = PLANS[_k]["longlist"]
    L["rows"] = [(nm, L["extra"][i], sc) for i, (nm, th, sc) in enumerate(L["rows"])]
    L["home"] = [th for nm, th, sc in PLANS[_k]["longlist"]["rows"]]
    del L["extra"]
PLANS["gk01"]["list_label"] = "Hộ thành viên (Bảng 3)"
PLANS["gk02"]["list_label"] = "Vườn của tổ viên (Bảng 2)"
PLANS["gk05"]["list_label"] = "Hộ liên kết (Bảng 3)"
PLANS["gk06"]["list_label"] = "Tàu liên kết (Bảng 2)"
PLANS["gk07"]["list_label"] = "Hộ liên kết (Bảng 3)"
PLANS["gk09"]["list_label"] = "Tàu liên kết (Bảng 2)"
PLANS["gk10"]["list_label"] = "Đồi chè thành viên (Bảng 3)"
PLANS["gk05"]["hide_balance_row"] = True
PLANS["gk08"]["hide_cap"] = True
PLANS["gk02"]["list_split"] = 15
PLANS["gk03"]["out_label"] = "Tổng lượt khách"
PLANS["gk03"]["cap_label"] = "Sức chứa (lượt khách)"
PLANS["gk04"]["out_label"] = "Tổng số nón (chiếc)"
PLANS["gk04"]["cap_label"] = "Năng lực gia công (chiếc)"
PLANS["gk04"]["month"]["unit"] = "base"
PLANS["gk07"]["month"]["unit"] = "base"
PLANS["gk03"]["month"]["labels"] = ["Ngày", "1 đêm", "2 đêm"]  # rows 1-15, then "Bảng 2 (tiếp theo)"

CAPTIONS: dict[str, dict[str, str]] = {
    "gk01": {"hist": "Bảng 1. Kết quả sản xuất, kinh doanh 2024 – 2026",
             "comp": "Bảng 2. Giá bán lẻ mật ong trên thị trường (khảo sát tháng 6/2026)",
             "list": "Bảng 3. Danh sách hộ thành viên cung ứng mật ong thô năm 2027",
             "balance": "Bảng 4. Cân đối mật ong thô 2027 – 2031 (tổng hợp từ Bảng 3)",
             "staff": "Bảng 5. Lao động và tiền lương",
             "month_a": "Bảng 6a. Sản lượng mật ong thành phẩm năm 2027 theo tháng (kg), tháng 1 – 6",
             "month_b": "Bảng 6b. Sản lượng mật ong thành phẩm năm 2027 theo tháng (kg), tháng 7 – 12",
             "output": "Bảng 7. Kế hoạch sản lượng 2027 – 2031",
             "price": "Bảng 8. Giá bán dự kiến",
             "inv": "Bảng 9. Dự toán vốn đầu tư",
             "src": "Bảng 10. Nguồn vốn đầu tư",
             "revenue": "Bảng 11. Doanh thu 2027 – 2031",
             "cost": "Bảng 12. Chi phí sản xuất, kinh doanh 2027 – 2031",
             "summary": "Bảng 13. Tổng hợp hiệu quả kinh tế 2027 – 2031 (từ Bảng 11 và Bảng 12)",
             "papers": "Bảng 14. Hồ sơ pháp lý, chứng nhận của hợp tác xã"},
    "gk02": {"hist": "Bảng 1. Kết quả tiêu thụ bưởi của tổ 2024 – 2026",
             "list": "Bảng 2. Danh sách tổ viên, diện tích và sản lượng bưởi",
             "balance": "Bảng 3. Cân đối nguồn quả 2027 – 2029",
             "staff": "Bảng 4. Lao động làm việc thường xuyên cho tổ",
             "month": "Bảng 5. Kế hoạch tiêu thụ năm 2027 theo tháng",
             "output": "Bảng 6. Kế hoạch tiêu thụ 2027 – 2029",
             "price": "Bảng 7. Giá bán dự kiến",
             "inv": "Bảng 8. Vốn đầu tư",
             "src": "Bảng 9. Nguồn vốn",
             "revenue": "Bảng 10. Doanh thu dự kiến",
             "cost": "Bảng 11. Chi phí dự kiến",
             "summary": "Bảng 12. Hiệu quả kinh tế 2027 – 2029",
             "schedule": "Bảng 13. Tiến độ thực hiện"},
    "gk03": {"hist": "Bảng 1. Kết quả kinh doanh 2024 – 2026",
             "comp": "Bảng 2. Giá dịch vụ của một số điểm du lịch lân cận",
             "month": "Bảng 3. Số đoàn khách dự kiến năm 2027 theo tháng",
             "output": "Bảng 4. Lượt khách dự kiến 2027 – 2031",
             "price": "Bảng 5. Giá dịch vụ dự kiến",
             "list": "Bảng 6. Hộ liên kết cung ứng thực phẩm, dịch vụ năm 2027",
             "staff": "Bảng 7. Nhân sự và tiền lương",
             "inv": "Bảng 8. Dự toán chi tiết vốn đầu tư",
             "src": "Bảng 9. Nguồn vốn",
             "revenue": "Bảng 10. Doanh thu 2027 – 2031",
             "cost": "Bảng 11. Chi phí 2027 – 2031",
             "summary": "Bảng 12. Tổng hợp kết quả kinh doanh 2027 – 2031",
             "papers": "Bảng 13. Giấy tờ pháp lý của công ty"},
    "gk04": {"hist": "Bảng 1. Kết quả sản xuất, kinh doanh 2024 – 2026",
             "comp": "Bảng 2. Giá nón lá trên thị trường",
             "balance": "Bảng 3. Cân đối lá nón 2027 – 2029",
             "list": "Bảng 4. Danh sách hộ nhận gia công nón lá",
             "staff": "Bảng 5. Lao động tại cơ sở",
             "month": "Bảng 6. Kế hoạch sản xuất năm 2027 theo tháng (chiếc)",
             "output": "Bảng 7. Kế hoạch sản xuất 2027 – 2029",
             "price": "Bảng 8. Giá bán dự kiến",
             "inv": "Bảng 9. Vốn đầu tư",
             "src": "Bảng 10. Nguồn vốn",
             "revenue": "Bảng 11. Doanh thu",
             "cost": "Bảng 12. Chi phí",
             "summary": "Bảng 13. Hiệu quả kinh tế",
             "schedule": "Bảng 14. Tiến độ thực hiện"},
    "gk05": {"hist": "Bảng 1. Kết quả sản xuất, kinh doanh 2024 – 2026",
             "comp": "Bảng 2. Giá một số loại rượu nếp trên thị trường",
             "list": "Bảng 3. Danh sách hộ liên kết cung ứng gạo nếp cái hoa vàng",
             "balance": "Bảng 4. Nhu cầu và nguồn cung gạo nếp 2027 – 2031",
             "staff": "Bảng 5. Lao động và tiền lương",
             "month_a": "Bảng 6. Kế hoạch sản xuất năm 2027 theo tháng (lít)",
             "month_b": "Bảng 6 (tiếp theo)",
             "output": "Bảng 7. Kế hoạch sản lượng 2027 – 2031",
             "price": "Bảng 8. Giá bán (chưa gồm thuế tiêu thụ đặc biệt)",
             "inv": "Bảng 9. Vốn đầu tư",
             "src": "Bảng 10. Nguồn vốn",
             "revenue": "Bảng 11. Doanh thu 2027 – 2031",
             "cost": "Bảng 12. Chi phí 2027 – 2031",
             "summary": "Bảng 13. Tổng hợp hiệu quả 2027 – 2031",
             "papers": "Bảng 14. Hồ sơ pháp lý"},
    "gk06": {"hist": "Bảng 1. Kết quả sản xuất, kinh doanh 2024 – 2026",
             "list": "Bảng 2. Danh sách tàu cá liên kết cung ứng cá cơm",
             "balance": "Bảng 3. Cân đối cá cơm nguyên liệu 2027 – 2029",
             "staff": "Bảng 4. Lao động và tiền lương",
             "month": "Bảng 5. Kế hoạch đóng chai năm 2027 theo tháng (lít)",
             "output": "Bảng 6. Kế hoạch sản lượng 2027 – 2029",
             "price": "Bảng 7. Giá bán dự kiến",
             "inv": "Bảng 8. Vốn đầu tư",
             "src": "Bảng 9. Nguồn vốn",
             "revenue": "Bảng 10. Doanh thu",
             "cost": "Bảng 11. Chi phí",
             "summary": "Bảng 12. Hiệu quả kinh tế",
             "papers": "Bảng 13. Hồ sơ pháp lý",
             "schedule": "Bảng 14. Tiến độ thực hiện"},
    "gk07": {"hist": "Bảng 1. Kết quả sản xuất, kinh doanh 2024 – 2026",
             "comp": "Bảng 2. Giá sản phẩm cà gai leo cùng loại",
             "list": "Bảng 3. Danh sách hộ liên kết trồng cà gai leo",
             "balance": "Bảng 4. Cân đối nguyên liệu 2027 – 2031",
             "staff": "Bảng 5. Lao động và tiền lương",
             "month": "Bảng 6. Kế hoạch sản xuất năm 2027 theo tháng (kg)",
             "output": "Bảng 7. Kế hoạch sản lượng 2027 – 2031",
             "price": "Bảng 8. Giá bán dự kiến",
             "inv": "Bảng 9. Tổng mức đầu tư",
             "src": "Bảng 10. Nguồn vốn",
             "revenue": "Bảng 11. Doanh thu 2027 – 2031",
             "cost": "Bảng 12. Chi phí 2027 – 2031",
             "summary": "Bảng 13. Hiệu quả kinh tế 2027 – 2031",
             "indic": "Bảng 14. Các chỉ tiêu chủ yếu của phương án"},
    "gk08": {"hist": "Bảng 1. Kết quả sản xuất, kinh doanh 2024 – 2026",
             "comp": "Bảng 2. Giá kẹo cu đơ trên thị trường",
             "balance": "Bảng 3. Cân đối lạc nhân 2027 – 2029",
             "list": "Bảng 4. Máy móc, thiết bị hiện có",
             "staff": "Bảng 5. Lao động",
             "month_a": "Bảng 6a. Kế hoạch sản xuất năm 2027 theo tháng (kg), tháng 1 – 6",
             "month_b": "Bảng 6b. Kế hoạch sản xuất năm 2027 theo tháng (kg), tháng 7 – 12",
             "output": "Bảng 7. Kế hoạch sản lượng 2027 – 2029",
             "price": "Bảng 8. Giá bán dự kiến",
             "inv": "Bảng 9. Vốn đầu tư",
             "src": "Bảng 10. Nguồn vốn",
             "revenue": "Bảng 11. Doanh thu",
             "cost": "Bảng 12. Chi phí",
             "summary": "Bảng 13. Hiệu quả kinh tế",
             "schedule": "Bảng 14. Tiến độ thực hiện"},
    "gk09": {"hist": "Bảng 1. Kết quả sản xuất, kinh doanh 2024 – 2026",
             "list": "Bảng 2. Danh sách tàu câu mực liên kết",
             "balance": "Bảng 3. Cân đối mực tươi nguyên liệu 2027 – 2031",
             "staff": "Bảng 4. Lao động",
             "month": "Bảng 5. Kế hoạch sản xuất năm 2027 theo tháng (kg)",
             "output": "Bảng 6. Kế hoạch sản lượng 2027 – 2031",
             "price": "Bảng 7. Giá bán dự kiến",
             "inv": "Bảng 8. Vốn đầu tư",
             "src": "Bảng 9. Nguồn vốn",
             "revenue": "Bảng 10. Doanh thu 2027 – 2031",
             "cost": "Bảng 11. Chi phí 2027 – 2031",
             "summary": "Bảng 12. Hiệu quả kinh tế 2027 – 2031",
             "schedule": "Bảng 13. Tiến độ thực hiện"},
    "gk10": {"hist": "Bảng 1. Kết quả sản xuất, kinh doanh 2024 – 2026",
             "comp": "Bảng 2. Giá chè xanh trên thị trường",
             "list": "Bảng 3. Danh sách thành viên, diện tích chè và vốn góp",
             "balance": "Bảng 4. Cân đối búp chè tươi 2027 – 2029",
             "month": "Bảng 5. Búp chè tươi thu mua năm 2027 theo tháng",
             "staff": "Bảng 6. Lao động và tiền lương",
             "output": "Bảng 7. Kế hoạch sản lượng 2027 – 2029",
             "price": "Bảng 8. Giá bán dự kiến",
             "inv": "Bảng 9. Vốn đầu tư",
             "src": "Bảng 10. Nguồn vốn",
             "revenue": "Bảng 11. Doanh thu",
             "cost": "Bảng 12. Chi phí",
             "summary": "Bảng 13. Hiệu quả kinh tế",
             "papers": "Bảng 14. Hồ sơ pháp lý"},
}

# --------------------------------------------------------------------------- reading the plans
STEMS = {
    "gk01": "gk01_mat_ong_ngan_pho_htx", "gk02": "gk02_buoi_phuc_trach_khe_lim_tht",
    "gk03": "gk03_du_lich_thac_rong_ctcp", "gk04": "gk04_non_la_dong_loc_hkd",
    "gk05": "gk05_ruou_nep_ngoc_son_htx", "gk06": "gk06_nuoc_mam_hai_phat_cty",
    "gk07": "gk07_tra_ca_gai_leo_hong_loc_ctcp", "gk08": "gk08_keo_cu_do_co_dam_hkd",
    "gk09": "gk09_muc_mot_nang_nam_hai_cty", "gk10": "gk10_che_xanh_tan_huong_htx",
    "gk11": "gk11_banh_gai_so_sai", "gk12": "gk12_che_vang_so_sai",
}
READY = ("gk01", "gk02", "gk03", "gk04")
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, stem: str):
        super().__init__(stem)
        self.notes: list[str] = []
        self.tabs = self._tables()

    def _tables(self) -> dict[str, list[list[str]]]:
        lines = self.body.splitlines()
        out: dict[str, list[list[str]]] = {}
        i = 0
        while i < len(lines):
            if not lines[i].startswith("|"):
                i += 1
                continue
            j = i - 1
            while j >= 0 and (not lines[j].strip() or lines[j].startswith("ĐVT")):
                j -= 1
            cap = lines[j].strip()
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(set(c) <= set("-: ") and c for c in cells):
                    rows.append(cells)
                i += 1
            m = re.match(r"(Bảng \d+[a-z]?) \(tiếp theo\)$", cap)
            head = next((c for c in out if m and c.startswith(m.group(1) + ".")), None)
            if head is not None and rows and rows[0] == out[head][0]:
                out[head].extend(rows[1:])  # a long table continued under "(tiếp theo)"
            else:
                out[cap] = rows
        return out

    def table(self, caption: str) -> list[list[str]]:
        if caption not in self.tabs:
            self.failures.append(f"table not found: {caption}")
            return []
        return self.tabs[caption]

    def cells(self, caption: str, label: str, n: int | None = None) -> list[float]:
        """The numbers of the row whose label cell equals `label`."""
        for r in self.table(caption):
            if label in r[:2]:
                k = r.index(label)
                vals = [num(c) for c in r[k + 1:] if _NUMCELL.fullmatch(c)]
                return vals if n is None else vals[:n]
        self.failures.append(f"row not found: {caption} / {label}")
        return [0.0] * (n or 1)


_NUMCELL = re.compile(r"-|\d[\d.]*(,\d+)?")


def num(c: str) -> float:
    return 0.0 if c == "-" else vn(c)


def same(a: float, b: float, dec: int = 0) -> bool:
    return abs(a - b) <= max(0.01 * max(abs(a), abs(b)), 0.6 * 10 ** -dec)


def pct(a: float, b: float) -> str:
    return f"{(a - b) / b * 100:+.1f} %"


# --------------------------------------------------------------------------- the checks
def check_tables(p: Plan, key: str) -> None:
    """Every numeric cell against the model: true within 1 %, planted off by > 5 %, knock-ons as they follow."""
    for tid, t in tables(key).items():
        rows = p.table(t.caption)
        if not rows:
            continue
        if rows[0] != t.header:
            p.failures.append(f"{t.caption}: header {rows[0]} != {t.header}")
        body = rows[1:]
        if len(body) != len(t.rows):
            p.failures.append(f"{t.caption}: {len(body)} rows, expected {len(t.rows)}")
            continue
        for r_spec, r_got in zip(t.rows, body):
            if len(r_spec) != len(r_got):
                p.failures.append(f"{t.caption}: row {r_got[:2]} has {len(r_got)} cells")
                continue
            for c_spec, c_got in zip(r_spec, r_got):
                lab = r_spec[1] if len(r_spec) > 1 and (r_spec[0].isdigit() or r_spec[0] == "") else r_spec[0]
                where = f"{t.caption.split('.')[0]} / {lab}"
                if isinstance(c_spec, N):
                    if not _NUMCELL.fullmatch(c_got):
                        p.failures.append(f"{where}: {c_got!r} is no number")
                        continue
                    got = num(c_got)
                    if not same(got, c_spec.shown, c_spec.dec):
                        p.failures.append(f"{where}: printed {c_got}, model prints {c_spec}")
                    if c_spec.tag == "":
                        if not same(got, c_spec.true, c_spec.dec):
                            p.failures.append(f"{where}: {c_got} but true value {vnf(c_spec.true, c_spec.dec)}")
                    elif c_spec.tag == "planted":
                        if not off(got, c_spec.true, 5):
                            p.failures.append(f"{where}: planted {c_got} not off true {c_spec.true:.1f} by 5 %")
                        p.notes.append(f"planted {where}: {c_got}, true {vnf(c_spec.true, c_spec.dec)} "
                                       f"({pct(got, c_spec.true)})")
                    else:
                        p.notes.append(f"follows {where}: {c_got}, true {vnf(c_spec.true, c_spec.dec)}")
                elif c_spec != c_got:
                    p.failures.append(f"{t.caption[:9]}: cell {c_got!r} != {c_spec!r}")


def check_rules(p: Plan, key: str) -> None:
    """The rule-level relations, recomputed from the printed tables (not from the model)."""
    P, C, m = PLANS[key], CAPTIONS[key], model(key)
    n = m["n"]
    Y = m["years"]
    prods = P["products"]
    packs = [p.cells(C["output"], r[1], n) for r in tables(key)["output"].rows[:len(prods)]]
    rev_rows = tables(key)["revenue"].rows
    prices = [p.cells(C["price"], pr["label"], n) for pr in prods]
    k = 1000 if n == 5 else 1
    # revenue lines = packs x price
    for i, pr in enumerate(prods):
        lines = p.cells(C["revenue"], rev_rows[i][1], n)
        for y in range(n):
            want = packs[i][y] * prices[i][y] * k / 1e6
            bad = off(lines[y], want, 5)
            planted = P.get("rev_line_factor") and P["rev_line_factor"][:2] == (i, y)
            if bad != bool(planted):
                p.failures.append(f"revenue {pr['short']} {Y[y]}: {lines[y]} vs {want:.1f} (packs x price)")
            if planted:
                p.notes.append(f"revenue-mismatch: {pr['short']} {Y[y]} printed {vnf(lines[y], P['dec'])}, "
                               f"packs x price {vnf(want, 1)} ({pct(lines[y], want)})")
    # totals of the revenue and cost tables, summary profit = revenue - cost
    rt = p.cells(C["revenue"], "Tổng doanh thu", n)
    for y in range(n):
        s = sum(p.cells(C["revenue"], r[1], n)[y] for r in rev_rows[:len(prods)])
        if not same(s, rt[y], P["dec"]):
            p.failures.append(f"revenue total {Y[y]}: {rt[y]} vs lines {s}")
    cost_rows = tables(key)["cost"].rows
    ct = p.cells(C["cost"], "Tổng chi phí", n)
    for y in range(n):
        s = sum(p.cells(C["cost"], r[1], n)[y] for r in cost_rows[:-1])
        if not same(s, ct[y], P["dec"]):
            p.failures.append(f"cost total {Y[y]}: {ct[y]} vs lines {s}")
    sr, sc, sp = (p.cells(C["summary"], lab, n) for lab in ("Doanh thu", "Chi phí", "Lợi nhuận"))
    for y in range(n):
        if not same(sr[y], rt[y], P["dec"]) or not same(sc[y], ct[y], P["dec"]):
            p.failures.append(f"summary {Y[y]} does not gather the revenue and cost tables")
        bad = off(sp[y], sr[y] - sc[y], 5)
        planted = P.get("profit_factor") and P["profit_factor"][0] == y
        if bad != bool(planted):
            p.failures.append(f"profit {Y[y]}: {sp[y]} vs revenue - cost {sr[y] - sc[y]:.1f}")
        if planted:
            p.notes.append(f"profit-mismatch: {Y[y]} printed {vnf(sp[y], P['dec'])}, revenue - cost "
                           f"{vnf(sr[y] - sc[y], P['dec'])} ({pct(sp[y], sr[y] - sc[y])})")
    # investment items and sources
    inv = p.cells(C["inv"], "Tổng cộng", 1)[0]
    items = sum(p.cells(C["inv"], r[1])[-1] for r in tables(key)["inv"].rows[:-1])
    if not same(items, inv, 1):
        p.failures.append(f"investment items {items} vs total {inv}")
    src = sum(p.cells(C["src"], r[1])[0] for r in tables(key)["src"].rows[:-1])
    if off(src, inv, 5) != (key == "gk07"):
        p.failures.append(f"sources {src} vs investment {inv}")
    if key == "gk07":
        p.notes.append(f"capital-mismatch: sources {vnf(src)} vs investment {vnf(inv)} ({pct(src, inv)})")
    # long list total
    if "list" in C and "longlist" in P:
        L = P["longlist"]
        col = -2 if "capital" in L else -1
        rows = p.table(C["list"])[1:]
        s = sum(num(r[col]) for r in rows[:-1])
        tot = num(rows[-1][col])
        if off(tot, s, 5) != bool(P.get("list_total_printed")):
            p.failures.append(f"list total {tot} vs rows {s}")
        if P.get("list_total_printed"):
            p.notes.append(f"table-total-mismatch: list total {vnf(tot)}, rows add up to {vnf(s)} ({pct(tot, s)})")
        if len(rows) - 1 < 20 or len(rows) - 1 > 30:
            p.failures.append(f"long list has {len(rows) - 1} rows")
    # raw-material balance
    if "balance" in C:
        need = p.cells(C["balance"], tables(key)["balance"].rows[0][1], n)
        sup = p.cells(C["balance"], "Tổng nguồn cung" + ("" if n == 5 else " (kg)"), n)
        short = [off(need[y], sup[y], 5) and need[y] > sup[y] for y in range(n)]
        if any(short) != (key == "gk05"):
            p.failures.append(f"raw material need {need} vs supply {sup}")
        if key == "gk05":
            p.notes.append(f"material-shortfall: {Y[-1]} need {vnf(need[-1])} kg, supply {vnf(sup[-1])} kg "
                           f"({pct(need[-1], sup[-1])})")
        for y in range(n):
            want = m["out"][y] * P["raws"][0]["norm"]
            if not same(need[y], want):
                p.failures.append(f"need {Y[y]}: {need[y]} vs output x norm {want}")
    # capacity
    if "cap" in P:
        cap = m["cap"]
        out = m["cap_base"]
        over = [off(out[y], cap[y], 5) and out[y] > cap[y] for y in range(n)]
        if any(over) != (key == "gk08"):
            p.failures.append(f"output {out} vs capacity {cap}")
        if key == "gk08":
            p.notes.append(f"capacity-exceeded: {Y[-1]} output {vnf(out[-1])} kg, capacity 150 x 290 = "
                           f"{vnf(cap[-1])} kg ({pct(out[-1], cap[-1])})")
        if key in READY and max(m["use"]) > 85:
            p.failures.append(f"ready plan uses {max(m['use']):.1f} % of capacity")
    # growth
    q = p.cells(C["output"], P.get("out_label", f"Quy đổi ({P['unit']})"), n)
    g = [q[y + 1] / q[y] - 1 for y in range(n - 1)] + [q[0] / m["h_out"][2] - 1]
    if (min(g[:-1]) > 0.4) != (key == "gk09") or (key != "gk09" and max(g) > 0.25) or g[-1] > 0.25:
        p.failures.append(f"output growth {[round(x * 100, 1) for x in g]}")
    if key == "gk09":
        p.notes.append(f"unrealistic-growth: output {', '.join(vnf(x) for x in q)} kg "
                       f"(+{', +'.join(f'{x * 100:.0f}' for x in g[:-1])} %), staff {m['staff']}")
    # payback as printed in the text
    mt = re.search(r"hoàn vốn[^.]*?khoảng ([\d,]+) năm", p.body)
    if not mt:
        p.failures.append("payback not stated")
    else:
        stated = vn(mt.group(1))
        dep = m["dep"]
        calc = inv / (sum(sp) / n + dep)
        if off(stated, calc, 5) != (key == "gk05"):
            p.failures.append(f"payback stated {stated} vs {calc:.2f} from the printed profits")
        true_pb = m["payback"]
        if key == "gk05":
            p.notes.append(f"payback-mismatch: stated {mt.group(1)} năm, {vnf(inv)} / ({vnf(sum(sp) / n, 1)} + "
                           f"{vnf(dep, 1)}) = {vnf(calc, 2)} năm")
        elif key in ("gk06", "gk08") and off(stated, true_pb, 5):
            p.notes.append(f"payback {mt.group(1)} follows the planted figures; from the true profits {true_pb:.2f}")
    # margins stay plausible
    for y in range(n):
        if not 0 < m["margin"][y] < (40 if key == "gk09" else 30):
            p.failures.append(f"margin {Y[y]} {m['margin'][y]:.1f} %")
    # the figure gathered in gk07's indicator table
    if key == "gk07":
        area = p.cells(C["indic"], "Diện tích liên kết (ha)", 1)[0]
        rows = p.table(C["list"])[1:]
        true_area = num(rows[-1][-2]) * 500 / 10000
        if not off(area, true_area, 5):
            p.failures.append("gk07 area not inconsistent")
        p.notes.append(f"figure-inconsistent: indicator table {vnf(area, 1)} ha, list {vnf(num(rows[-1][-2]))} "
                       f"sào = {vnf(true_area, 2)} ha ({pct(area, true_area)})")


# --------------------------------------------------------------------------- prose and words
# the figures each plan's prose quotes (keys of facts()): each must appear as facts() formats it
PROSE = {
    "gk01": ['staff0', 'out0', 'outN', 'rev0', 'revN', 'revsum', 'h_out2', 'h_rev2', 'price0', 'price1', 'price2', 'list_scale', 'list_total', 'need0_0', 'sup0_0', 'needN_0', 'supN_0', 'cap', 'use0', 'useN', 'staffN', 'inv', 'dep', 'prof0', 'profN', 'profsum', 'payback'],
    "gk02": ['price1', 'price0', 'list_scale', 'h_out2', 'h_rev2', 'out0', 'outN', 'rev0', 'revN', 'need0_0', 'needN_0', 'sup0_0', 'cap', 'use0', 'useN', 'staff0', 'inv', 'dep', 'prof0', 'profN', 'payback', 'staffN'],
    "gk03": ['staff0', 'out0', 'outN', 'rev0', 'revN', 'list_total', 'h_out2', 'h_rev2', 'price0', 'price1', 'price2', 'cap', 'use0', 'useN', 'inv', 'dep', 'prof0', 'profN', 'profsum', 'payback', 'staffN'],
    "gk04": ['staff0', 'out0', 'outN', 'rev0', 'revN', 'h_out2', 'h_rev2', 'price0', 'price1', 'price2', 'list_scale', 'list_total', 'cap', 'use0', 'useN', 'inv', 'dep', 'prof0', 'profN', 'payback'],
    "gk05": ['staff0', 'out0', 'outN', 'rev0', 'revN', 'revsum', 'h_out2', 'h_rev2', 'price0', 'price1', 'price2', 'list_scale', 'list_total', 'cap', 'useN', 'inv', 'dep', 'prof0', 'profN', 'profsum', 'payback', 'staffN'],
    "gk06": ['staff0', 'out0', 'outN', 'rev0', 'h_out2', 'h_rev2', 'price0', 'price1', 'price2', 'need0_0', 'needN_0', 'need0_1', 'needN_1', 'cap', 'use0', 'useN', 'inv', 'dep', 'prof0', 'profN', 'payback', 'staffN'],
    "gk07": ['staff0', 'out0', 'outN', 'rev0', 'revN', 'h_out2', 'h_rev2', 'price0', 'price1', 'price2', 'need0_0', 'sup0_0', 'needN_0', 'supN_0', 'cap', 'use0', 'useN', 'inv', 'src_total', 'dep', 'prof0', 'profN', 'profsum', 'payback', 'staffN'],
    "gk08": ['staff0', 'out0', 'outN', 'rev0', 'revN', 'h_out2', 'h_rev2', 'price0', 'price1', 'price2', 'need0_1', 'needN_1', 'inv', 'dep', 'prof0', 'profN', 'payback'],
    "gk09": ['staff0', 'out0', 'outN', 'rev0', 'revN', 'h_out2', 'h_rev2', 'price0', 'price1', 'price2', 'list_scale', 'list_total', 'cap', 'useN', 'inv', 'dep', 'prof0', 'profN', 'profsum', 'payback'],
    "gk10": ['staff0', 'out0', 'outN', 'rev0', 'revN', 'h_out2', 'h_rev2', 'price0', 'price1', 'price2', 'list_scale', 'list_total', 'need0_0', 'needN_0', 'cap', 'use0', 'useN', 'inv', 'dep', 'prof0', 'profN', 'payback', 'staffN'],
}

# words each plan must hold (ready plans: the papers they rely on; revise plans: the context of a defect)
MUST = {
    "gk01": ["an toàn thực phẩm", "TCCS", "thử nghiệm", "nhãn hiệu", "truy xuất", "43/2017/NĐ-CP",
             "111/2021/NĐ-CP", "Đăng ký môi trường", "Luật Hợp tác xã năm 2023"],
    "gk02": ["VietGAP", "cam kết sản xuất thực phẩm an toàn", "chỉ dẫn địa lý", "TCCS", "thử nghiệm",
             "43/2017/NĐ-CP", "111/2021/NĐ-CP", "truy xuất", "đã đăng ký với UBND xã Phúc Trạch", "mã số thuế"],
    "gk03": ["an toàn thực phẩm", "phòng cháy, chữa cháy", "an ninh, trật tự", "nhãn hiệu",
             "xử lý 15 m³/ngày", "Luật Du lịch năm 2017", "Đăng ký môi trường", "lưu mẫu thức ăn"],
    "gk04": ["không phải là thực phẩm", "TCCS", "thử nghiệm", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu",
             "05/2025/NĐ-CP", "mã QR"],
    "gk05": ["an toàn thực phẩm", "QCVN 6-3:2010/BYT", "Không sử dụng cho người dưới 18 tuổi", "biogas",
             "bảo đảm đủ cho sản xuất cả giai đoạn", "nhãn hiệu"],
    "gk06": ["an toàn thực phẩm", "TCCS", "nhãn hiệu", "truy xuất", "43/2017/NĐ-CP", "HIỆU QUẢ XÃ HỘI"],
    "gk07": ["an toàn thực phẩm", "43/2017/NĐ-CP", "nhãn hiệu", "mã QR", "bảo đảm đủ vốn cho phương án",
             "107 sào (5,35 ha)", "không ghi công dụng chữa bệnh"],
    "gk08": ["TCCS", "tự công bố", "thử nghiệm", "43/2017/NĐ-CP", "150 kg/ngày", "290 ngày/năm",
             "không mua thêm máy này", "giữ nguyên 9 lao động", "nhãn hiệu", "mã QR"],
    "gk09": ["1048/QĐ-TTg", "781/QĐ-TTg", "919/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện",
             "giữ nguyên 9 lao động", "còn rất lớn", "an toàn thực phẩm", "TCCS", "nhãn hiệu", "đăng ký môi trường"],
    "gk10": ["an toàn thực phẩm", "TCCS", "43/2017/NĐ-CP", "mã QR", "Đăng ký môi trường"],
    "gk11": ["20.000 chiếc", "5.000 đồng/chiếc", "100 triệu đồng", "50 triệu đồng"],
    "gk12": ["3 tấn", "80.000 đồng/kg", "240 triệu đồng", "150 triệu đồng", "đăng ký hộ kinh doanh"],
}
# words a plan must not hold (the textual defects, and what a sketchy plan lacks)
MUST_NOT = {
    "gk05": r"giấy phép|cấp phép|105/2017|17/2020|nhằm mục đích kinh doanh|rượu thủ công",
    "gk06": r"môi trường|chất thải|nước thải|xử lý|mùi|bể lắng|biogas|rác|khí thải|ô nhiễm|vệ sinh",
    "gk07": r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng",
    "gk08": r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|cam kết",
    "gk09": r"148/QĐ-TTg|1489|(?<!\w)nhãn(?! hiệu)|\btem\b|mã vạch|43/2017|111/2021|ghi nhãn|\bQR\b",
    "gk10": r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|logo|chỉ dẫn địa lý",
    "gk11": r"đăng ký|giấy chứng nhận|an toàn thực phẩm|tiêu chuẩn|nhãn|truy xuất|môi trường|\|",
    "gk12": r"an toàn thực phẩm|tiêu chuẩn|nhãn(?! hiệu)|truy xuất|môi trường|giấy chứng nhận|\|",
}
OTHER_NAME = "Hợp tác xã Chè xanh Tây Sơn"
OWN_NAME = "Hợp tác xã Chè búp Tân Hương"


def check_text(p: Plan, key: str) -> None:
    body = p.body
    if key in PLANS:
        F = facts(key)
        for k in PROSE[key]:
            p.has(F[k])
        caps = [int(x) for x in re.findall(r"^Bảng (\d+)[a-z]?[. (]", body, re.M)]
        if caps != sorted(caps):
            p.failures.append(f"captions out of order: {caps}")
        ntab = len(re.findall(r"^\|---", body, re.M))
        if not 10 <= ntab <= 15:
            p.failures.append(f"{ntab} tables")
        if key != "gk10":
            p.lacks(PLACEHOLDER, "template placeholder")
        if key != "gk09":
            p.lacks(REPLACED, "replaced instrument or district body")
            p.has("148/QĐ-TTg", "1489/QĐ-TTg")
    for s in MUST.get(key, []):
        p.has(s)
    if key in MUST_NOT:
        p.lacks(MUST_NOT[key], "textual defect")
    if key in READY:
        for d, mth, y in re.findall(r"[Đđ]ến (\d{1,2})/(\d{1,2})/(\d{4})", body):
            if int(y) < 2029:
                p.failures.append(f"paper valid only to {d}/{mth}/{y}")
    if key == "gk10":
        p.check(p.count("[tên sản phẩm]") == 2, "gk10: the placeholder is not left twice")
        p.check(p.count(OTHER_NAME) >= 3, "gk10: the other HTX is not named three times")
        p.check(p.count(OWN_NAME) >= 4, "gk10: its own name is not used four times")
        p.notes.append(f"boilerplate: '[tên sản phẩm]' x {p.count('[tên sản phẩm]')}; name-inconsistent: "
                       f"'{OTHER_NAME}' x {p.count(OTHER_NAME)}, '{OWN_NAME}' x {p.count(OWN_NAME)}")
    if key in ("gk11", "gk12"):
        n = len(re.findall(r"\w+", body))
        p.check(150 <= n <= 350, f"sketchy plan has {n} words")


def check_plan(key: str) -> Plan:
    p = Plan(STEMS[key])
    if key in PLANS:
        check_tables(p, key)
        check_rules(p, key)
    check_text(p, key)
    return p


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if not a.startswith("-")] or list(STEMS)
    verbose = "-v" in (argv or [])
    plans = []
    for k in keys:
        p = check_plan(k)
        plans.append(p)
        if verbose:
            for x in p.notes:
                print(f"      {k}: {x}")
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
