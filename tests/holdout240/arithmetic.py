"""The 240th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout240/arithmetic.py [ig01 ig05 ...]

Theme: raw material grown on the producer's own and its members' land. For every full plan
(ig01-ig10) the constants give the plots (own, newly planted, members' or linked households'), each
with its area per year in ha, sào (500 m²) or m², its yield per unit of area per crop ("lứa", "vụ")
or per year, the crops a year and the share of the harvest that reaches the processing line; a
conversion where the crop is milled (paddy to rice); the raw-material norm per unit of output; the
products (pack size, price and packs per year); the rated capacity of the binding machine or team
(per day x working days of the harvest calendar); staff by role and wage; the cost lines (raw
material = need x price, packaging per pack, a cost per unit of output, wages, depreciation,
interest, shares of revenue, fixed lines, inputs per m² per crop); investment items and capital
sources, loan balances and rate; the 2024-2026 history (output, average price, margin).

From them this script recomputes every figure each plan prints in its tables: area by year and the
total (converted to ha where units are mixed), harvest = area x yield x crops, the part reaching the
line = harvest x share, the rice = paddy x milling rate, need = output x norm, the balance; packs,
output, capacity and its use; prices; revenue lines and total; staff, wage fund; investment items,
sources and their shares; every cost line, the total, profit, margin; history revenue and profit;
payback = investment / (average profit + new depreciation). The tables are found by their caption
("Bảng N."), rows by their leading cells. Planted numeric defects must be wrong by more than 5 %
(the true value is computed beside them), every other number right within 1 % (or 0,11 absolute).
The key figures of the prose are checked too; textual defects by the presence or absence of their
words; ready plans by the papers they cite and no replaced instrument. Sketchy plans: 150-350 words,
no table.
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
Y = range(3)
SAO = 500  # m² in a Hà Tĩnh (central Vietnam) sào
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")


class Plan(plancheck.Plan):
    src = HERE / "src"


# --------------------------------------------------------------------------- number formats
def n0(x: float) -> str:
    """Integer, Vietnamese grouping: 12500 -> 12.500."""
    return f"{round(x):,}".replace(",", ".")


def n1(x: float) -> str:
    """One decimal: 1234.5 -> 1.234,5."""
    s = f"{x:,.1f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def n2(x: float) -> str:
    s = f"{x:,.2f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def nd(x: float) -> str:
    """As few decimals as needed (0 or 1): 3.0 -> 3, 2.4 -> 2,4."""
    return n0(x) if abs(x - round(x)) < 1e-9 else n1(x)


def nd2(x: float) -> str:
    """Up to two decimals, trailing zeros dropped: 6.70 -> 6,7; 2.55 -> 2,55; 3.00 -> 3."""
    s = n2(x)
    return s.rstrip("0").rstrip(",") if "," in s else s


FMT = {"int": n0, "d1": n1, "d2": n2, "nd": nd, "nd2": nd2}


# --------------------------------------------------------------------------- constants
def prod(label, pack, size, price, n, pc, norm=None):
    """A product: label, pack word, size in the base unit, price per pack (đ) and packs per year,
    packaging cost per pack (đ), raw-material norm per pack when the norm differs by product."""
    d = dict(label=label, pack=pack, size=size, price=price, n=n, pc=pc)
    if norm is not None:
        d["norm"] = norm
    return d


def plot(label, unit, area, yld, crops, share=1.0):
    """A plot: area per year in `unit` (ha, sào, m²), yield per unit of area per crop, crops a year,
    share of the harvest that reaches the line."""
    return dict(label=label, unit=unit, area=area, yld=yld, crops=crops, share=share)


# costs: (kind, parameter, label, basis printed in the "Căn cứ" column)
#   raw: need / conv x price per raw unit; pack: sum packs x pack cost; perunit: output x đ;
#   land: sum area x crops x đ per m² and crop; labour: wage fund; dep: new fixed / life + old;
#   interest: loan balance x rate; share: revenue x share; fixed: the amount.
PLANS: dict[str, dict] = {
    "ig01": dict(
        stem="ig01_che_bup_khe_may_htx", unit="kg", conv=1.0, norm=4.6, raw="kg búp tươi",
        products=[
            prod("Chè búp đặc biệt, hộp 200 g", "hộp", 0.2, [95000, 98000, 101000], [15000, 16500, 18000], 7000),
            prod("Chè búp loại 1, túi 500 g", "túi", 0.5, [140000, 144000, 148000], [9000, 9800, 10600], 3500),
            prod("Chè móc câu, túi 1 kg", "túi", 1.0, [200000, 206000, 212000], [2200, 2400, 2600], 3000),
        ],
        land=[
            plot("Đồi chè của hợp tác xã", "ha", [3.0, 3.0, 3.0], [1300, 1300, 1300], [8, 8, 8], 0.85),
            plot("Đồi chè trồng mới năm 2024", "ha", [1.2, 1.2, 1.2], [650, 1040, 1300], [8, 8, 8], 0.85),
            plot("Vườn chè của thành viên", "sào", [50, 52, 54], [60, 60, 60], [8, 8, 8], 0.85),
        ],
        cap=(70, 220),
        hist=dict(out=[7600, 8300, 8900], price=[300000, 308000, 316000], margin=[0.12, 0.13, 0.135]),
        roles=[("Ban quản trị, kế toán", [3, 3, 3]), ("Héo, sao, vò, sấy chè", [6, 6, 7]),
               ("Phân loại, đóng gói", [3, 3, 3]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.0, 6.3, 6.6],
        costs=[("raw", 18000, "Búp chè tươi", "4,6 kg/kg chè × 18.000 đ"),
               ("pack", None, "Hộp, túi, nhãn", "số hộp, túi × giá bao bì"),
               ("perunit", 28000, "Củi, điện sao sấy", "28.000 đ/kg chè khô"),
               ("labour", None, "Tiền lương", "Bảng 7"),
               ("dep", None, "Khấu hao", "930 : 10 năm + 40"),
               ("interest", None, "Lãi vay", "dư nợ × 8 %"),
               ("share", 0.07, "Bán hàng, quảng bá", "7 % doanh thu"),
               ("share", 0.015, "Thuế, phí", "1,5 % doanh thu"),
               ("fixed", 120, "Chi phí khác", "cố định")],
        inv=[("Nhà xưởng chế biến mở rộng 120 m²", 420, True), ("Máy sao chè tôn quay, máy vò (2 bộ)", 260, True),
             ("Máy sấy chè 2 tầng", 180, True), ("Máy hút chân không, hàn miệng túi", 70, True),
             ("Thiết kế bao bì, mã QR truy xuất", 45, False), ("Vốn lưu động", 325, False)],
        src=[("Vốn góp của thành viên", 560), ("Quỹ đầu tư phát triển của HTX", 140),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, old_dep=40, loan=[600, 450, 300], rate=0.08,
    ),
    "ig02": dict(
        stem="ig02_buoi_phuc_trach_dong_thanh_cty", unit="quả", conv=1.0, norm=1.0, raw="quả",
        products=[
            prod("Hộp quà 2 quả loại 1", "hộp", 2, [160000, 165000, 170000], [9000, 9900, 10800], 18000),
            prod("Quả loại 1, túi lưới 1 quả", "túi", 1, [60000, 62000, 64000], [26000, 28000, 30000], 1500),
            prod("Quả loại 2, thùng 6 quả", "thùng", 6, [270000, 280000, 290000], [3000, 3300, 3600], 12000),
        ],
        land=[
            plot("Vườn công ty, cây 8 – 15 năm tuổi", "ha", [4.0, 4.0, 4.0], [11000, 11000, 11000], [1, 1, 1], 0.72),
            plot("Vườn công ty trồng năm 2022", "ha", [2.0, 2.0, 2.0], [3000, 5500, 8000], [1, 1, 1], 0.72),
            plot("Vườn của các hộ liên kết", "sào", [120, 130, 140], [500, 500, 500], [1, 1, 1], 0.55),
        ],
        cap=(1000, 100),
        hist=dict(out=[48000, 53000, 57500], price=[56000, 58000, 60000], margin=[0.09, 0.10, 0.105]),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Kỹ thuật vườn", [2, 2, 2]),
               ("Sơ chế, đóng gói, kho lạnh", [3, 3, 4]), ("Bán hàng, giao hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1],
        costs=[("raw", 26000, "Quả bưởi nguyên liệu", "26.000 đ/quả"),
               ("pack", None, "Hộp, túi lưới, thùng", "số bao bì × đơn giá"),
               ("perunit", 2000, "Rửa, phủ sáp, kho lạnh", "2.000 đ/quả"),
               ("labour", None, "Tiền lương", "Bảng 8"),
               ("dep", None, "Khấu hao", "1.310 : 10 năm + 60"),
               ("interest", None, "Lãi vay", "dư nợ × 8,5 %"),
               ("share", 0.08, "Bán hàng, vận chuyển", "8 % doanh thu"),
               ("share", 0.015, "Thuế, phí", "1,5 % doanh thu"),
               ("fixed", 120, "Chi phí khác", "cố định")],
        inv=[("Kho lạnh bảo quản 80 m³", 420, True), ("Dây chuyền rửa, phủ sáp, phân loại", 380, True),
             ("Nhà sơ chế, đóng gói 150 m²", 350, True), ("Tưới nhỏ giọt vườn trồng năm 2022", 160, True),
             ("Bao bì, tem truy xuất, trang web", 60, False), ("Vốn lưu động", 430, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng thương mại", 900)],
        life=10, old_dep=60, loan=[900, 700, 500], rate=0.085,
    ),
    "ig03": dict(
        stem="ig03_tra_ca_gai_leo_cam_hung_ctcp", unit="kg", conv=1.0, norm=1.1, raw="kg dược liệu khô",
        cap_on="raw",
        products=[
            prod("Trà túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, [48000, 50000, 52000], [30000, 33000, 36000], 6500),
            prod("Trà túi lọc, hộp 50 túi × 2 g", "hộp", 0.1, [85000, 88000, 91000], [12000, 13200, 14400], 9000),
            prod("Cà gai leo khô, túi 500 g", "túi", 0.5, [130000, 135000, 140000], [3000, 3300, 3600], 3000),
        ],
        land=[
            plot("Vùng trồng của công ty", "ha", [1.0, 1.0, 1.0], [1000, 1000, 1000], [3, 3, 3], 0.92),
            plot("Diện tích trồng mới năm 2026", "ha", [0.6, 0.6, 0.6], [1000, 1000, 1000], [2, 3, 3], 0.92),
            plot("Ruộng của các hộ liên kết", "sào", [12, 14, 16], [45, 45, 45], [3, 3, 3], 0.9),
        ],
        cap=(55, 120),
        hist=dict(out=[3200, 3500, 3850], price=[640000, 655000, 665000], margin=[0.12, 0.13, 0.14]),
        roles=[("Giám đốc, kế toán, thủ kho", [3, 3, 3]), ("Kỹ thuật trồng, thu hái", [2, 2, 2]),
               ("Sơ chế, sấy, nghiền", [3, 3, 3]), ("Đóng túi lọc, đóng hộp", [3, 3, 4]), ("Bán hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1],
        costs=[("raw", 60000, "Dược liệu khô", "1,1 kg × 60.000 đ/kg"),
               ("pack", None, "Hộp, túi lọc, túi", "số hộp, túi × giá bao bì"),
               ("perunit", 15000, "Điện, nước", "15.000 đ/kg thành phẩm"),
               ("labour", None, "Tiền lương", "Bảng 7"),
               ("dep", None, "Khấu hao", "1.470 : 10 năm + 30"),
               ("interest", None, "Lãi vay", "dư nợ × 8 %"),
               ("share", 0.10, "Bán hàng, đại lý", "10 % doanh thu"),
               ("share", 0.015, "Thuế, phí", "1,5 % doanh thu"),
               ("fixed", 150, "Chi phí khác", "cố định")],
        inv=[("Nhà xưởng chế biến 180 m²", 650, True), ("Máy sấy bơm nhiệt 2 buồng", 320, True),
             ("Máy đóng trà túi lọc tự động", 380, True), ("Máy cắt, máy nghiền dược liệu", 120, True),
             ("Kiểm nghiệm, tự công bố, mã vạch", 60, False), ("Vốn lưu động", 470, False)],
        src=[("Vốn góp của cổ đông", 1100), ("Vay Ngân hàng Nông nghiệp và PTNT", 900)],
        life=10, old_dep=30, loan=[900, 750, 600], rate=0.08,
    ),
    "ig04": dict(
        stem="ig04_choi_dot_khe_bac_tht", unit="chiếc", conv=1.0, raw="kg bông đót khô", money="k",
        products=[
            prod("Chổi đót cán tre dài 1,2 m", "chiếc", 1, [40000, 41000, 42000], [18000, 19500, 21000], 4500, 0.45),
            prod("Chổi đót cán gỗ bọc nhựa", "chiếc", 1, [55000, 57000, 59000], [9000, 10000, 11000], 9000, 0.5),
            prod("Chổi đót mini quét bàn", "chiếc", 1, [18000, 18500, 19000], [6000, 6600, 7200], 1000, 0.15),
        ],
        land=[
            plot("Đồi đót tổ hợp tác thuê", "ha", [4.0, 4.0, 4.0], [1500, 1500, 1500], [1, 1, 1], 0.9),
            plot("Đất đồi của các tổ viên", "sào", [120, 120, 120], [75, 75, 75], [1, 1, 1], 0.9),
            plot("Đót tổ viên trồng năm 2025", "sào", [40, 50, 60], [40, 75, 75], [1, 1, 1], 0.9),
        ],
        cap=(168, 280),
        hist=dict(out=[26000, 28500, 30500], price=[36000, 37000, 38000], margin=[0.07, 0.08, 0.085]),
        roles=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Phơi, tuốt, phân loại bông", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        costs=[("raw", 18000, "Bông đót khô", "định mức × 18.000 đ"),
               ("pack", None, "Cán, dây, thẻ treo", "theo loại chổi"),
               ("perunit", 7000, "Tiền công bó chổi", "7.000 đ/chiếc"),
               ("perunit", 300, "Điện, nước", "300 đ/chiếc"),
               ("labour", None, "Lương quản lý", "5 người"),
               ("dep", None, "Khấu hao", "390.000 : 10 + 10.000"),
               ("interest", None, "Lãi vay", "dư nợ × 6,6 %"),
               ("share", 0.06, "Bán hàng, hội chợ", "6 % doanh thu"),
               ("share", 0.01, "Thuế, phí", "1 % doanh thu"),
               ("fixed", 40, "Chi phí khác", "cố định")],
        inv=[("Nhà xưởng bó chổi, kho bông 150 m²", 260, True), ("Máy tuốt hạt, chải bông đót", 60, True),
             ("Giàn phơi có mái che", 70, True), ("Giống đót trồng mới 20 sào", 30, False),
             ("Thẻ treo, bao bì, đăng ký nhãn hiệu", 25, False), ("Vốn lưu động", 155, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=10, old_dep=10, loan=[300, 250, 200], rate=0.066,
    ),
    "ig05": dict(
        stem="ig05_ruou_nep_cai_tan_loc_htx", unit="lít", conv=0.66, norm=1.3, raw="kg thóc nếp",
        products=[
            prod("Chai 500 ml", "chai", 0.5, [66000, 69000, 72000], [26000, 33000, 38000], 9000),
            prod("Bình sứ 1,5 lít", "bình", 1.5, [260000, 270000, 280000], [2000, 2600, 3000], 45000),
            prod("Can 5 lít", "can", 5, [400000, 415000, 430000], [1200, 1420, 1700], 15000),
        ],
        land=[
            plot("Ruộng nếp vụ Đông Xuân", "sào", [160, 170, 180], [240, 240, 240], [1, 1, 1], 0.75),
            plot("Ruộng nếp vụ Hè Thu", "sào", [120, 125, 130], [200, 200, 200], [1, 1, 1], 0.75),
        ],
        cap=(180, 260),
        hist=dict(out=[15000, 17200, 19500], price=[118000, 122000, 126000], margin=[0.11, 0.12, 0.125]),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Nấu, ủ men, chưng cất", [4, 4, 5]),
               ("Hạ thổ, lọc, chiết chai", [2, 3, 3]), ("Bán hàng", [2, 2, 2])],
        wage=[6.5, 6.8, 7.1],
        costs=[("raw", 14000, "Thóc nếp", "14.000 đ/kg thóc"),
               ("perunit", 6000, "Men, củi, điện", "6.000 đ/lít"),
               ("pack", None, "Chai, bình, can, hộp", "số đơn vị × giá bao bì"),
               ("labour", None, "Tiền lương", "Bảng 8"),
               ("dep", None, "Khấu hao", "900 : 10 năm + 30"),
               ("interest", None, "Lãi vay", "dư nợ × 8 %"),
               ("share", 0.08, "Bán hàng, quảng bá", "8 % doanh thu"),
               ("share", 0.02, "Thuế, phí", "2 % doanh thu"),
               ("fixed", 150, "Chi phí khác", "cố định")],
        inv=[("Nhà ủ, kho hạ thổ rượu 80 m²", 300, True), ("Bổ sung 1 nồi chưng cất inox", 120, True),
             ("Hệ thống lọc, khử andehit, chiết chai", 280, True), ("Hầm biogas, bể chứa bỗng rượu", 110, True),
             ("Chum sành ủ rượu", 90, True), ("Bao bì, nhãn, tem truy xuất", 50, False), ("Vốn lưu động", 350, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của HTX", 100),
             ("Vay Ngân hàng Nông nghiệp và PTNT", 700)],
        life=10, old_dep=30, loan=[700, 560, 420], rate=0.08,
        no_balance=True,
    ),
    "ig06": dict(
        stem="ig06_tinh_bot_san_day_thach_xuan_hkd", unit="kg", conv=1.0, norm=8, raw="kg củ tươi", cap_on="raw",
        products=[
            prod("Hộp 500 g", "hộp", 0.5, [100000, 104000, 108000], [6000, 6600, 7200], 6000),
            prod("Túi 1 kg", "túi", 1, [180000, 187000, 194000], [2500, 2750, 3000], 3000),
            prod("Túi 200 g", "túi", 0.2, [45000, 47000, 49000], [5000, 5500, 6000], 2500),
        ],
        land=[
            plot("Vườn sắn dây của gia đình", "ha", [1.4, 1.4, 1.4], [25000, 25000, 25000], [1, 1, 1], 0.9),
            plot("Vườn của các hộ liên kết", "sào", [26, 32, 38], [1200, 1200, 1200], [1, 1, 1], 0.85),
        ],
        cap=(1000, 75),
        hist=dict(out=[4800, 5400, 5900], price=[170000, 175000, 180000], margin=[0.14, 0.15, 0.16]),
        roles=[("Chủ hộ, sổ sách", [1, 1, 1]), ("Rửa, mài, lọc, lắng bột", [3, 3, 4]),
               ("Phơi sấy, đóng gói", [2, 2, 2]), ("Bán hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        costs=[("raw", 4500, "Củ sắn dây tươi", "8 kg củ × 4.500 đ"),
               ("pack", None, "Hộp, túi", "số hộp, túi × đơn giá"),
               ("perunit", 12000, "Điện, nước lọc", "12.000 đ/kg bột"),
               ("labour", None, "Tiền công", "7 – 8 lao động"),
               ("dep", None, "Khấu hao", "750 : 10 năm + 15"),
               ("interest", None, "Lãi vay", "dư nợ × 8 %"),
               ("share", 0.08, "Bán hàng", "8 % doanh thu"),
               ("share", 0.015, "Thuế, phí", "1,5 % doanh thu"),
               ("fixed", 60, "Chi phí khác", "cố định")],
        inv=[("Nhà sơ chế, lọc lắng 100 m²", 300, True), ("Máy rửa, máy mài củ 1 tấn/giờ", 180, True),
             ("Bể lắng inox, máy lọc", 120, True), ("Máy sấy bột bơm nhiệt", 150, True),
             ("Bao bì, mã vạch", 30, False), ("Vốn lưu động", 120, False)],
        src=[("Vốn tự có của hộ", 450), ("Vay Ngân hàng Nông nghiệp và PTNT", 350)],
        life=10, old_dep=15, loan=[350, 250, 150], rate=0.08,
    ),
    "ig07": dict(
        stem="ig07_mat_ong_huong_lien_hkd", unit="kg", conv=1.0, norm=1.06, raw="kg mật thô",
        products=[
            prod("Mật hoa cao su, chai 500 g", "chai", 0.5, [130000, 135000, 140000], [2800, 3000, 3200], 7000),
            prod("Mật hoa vải, hũ 1 kg", "hũ", 1, [260000, 270000, 280000], [700, 750, 800], 12000),
            prod("Mật hoa keo, can 2 kg", "can", 2, [380000, 395000, 410000], [350, 380, 400], 8000),
        ],
        land=[
            plot("Rừng keo của gia đình và nhận khoán", "ha", [20, 24, 28], [40, 40, 40], [1, 1, 1], 0.9),
            plot("Vườn cao su của 6 hộ liên kết", "ha", [30, 30, 30], [80, 80, 80], [1, 1, 1], 0.9),
            plot("Vườn vải của 14 hộ liên kết", "ha", [2.4, 2.8, 3.2], [150, 150, 150], [1, 1, 1], 0.9),
        ],
        cap=(60, 150),
        hist=dict(out=[2300, 2450, 2600], price=[215000, 222000, 230000], margin=[0.12, 0.13, 0.13]),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Quay mật, lọc, đóng chai", [1, 1, 1])],
        wage=[5.0, 5.2, 5.4],
        costs=[("raw", 95000, "Mật ong thô", "1,06 kg × 95.000 đ"),
               ("pack", None, "Chai, hũ, can", "số đơn vị × đơn giá"),
               ("perunit", 5000, "Điện, nước", "5.000 đ/kg"),
               ("labour", None, "Tiền công", "2 lao động"),
               ("dep", None, "Khấu hao", "290 : 8 năm + 10"),
               ("interest", None, "Lãi vay", "dư nợ × 6,6 %"),
               ("share", 0.06, "Bán hàng", "6 % doanh thu"),
               ("share", 0.015, "Thuế, phí", "1,5 % doanh thu"),
               ("fixed", 30, "Chi phí khác", "cố định")],
        inv=[("Máy hạ thủy phần 30 kg/mẻ", 150, True), ("Phòng lọc, đóng chai 25 m²", 80, True),
             ("Bổ sung 40 thùng ong và đàn giống", 60, True), ("Kiểm nghiệm, chai hũ ban đầu", 30, False),
             ("Vốn lưu động", 180, False)],
        src=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, old_dep=10, loan=[200, 150, 100], rate=0.066,
    ),
    "ig08": dict(
        stem="ig08_gao_thom_ht1_ky_phong_htx", unit="kg", conv=0.62, norm=1.0, raw="kg thóc",
        products=[
            prod("Gạo thơm HT1, túi 2 kg", "túi", 2, [60000, 62000, 64000], [13000, 19000, 21500], 2500),
            prod("Gạo thơm HT1, túi 5 kg", "túi", 5, [140000, 145000, 150000], [6000, 8000, 9000], 4000),
            prod("Gạo lứt HT1, túi 1 kg", "túi", 1, [42000, 44000, 46000], [4000, 5000, 5500], 3000),
        ],
        land=[
            plot("Cánh đồng HT1 vụ Đông Xuân", "ha", [40, 45, 50], [5600, 5600, 5600], [1, 1, 1], 0.35),
            plot("Cánh đồng HT1 vụ Hè Thu", "ha", [32, 36, 40], [4600, 4600, 4600], [1, 1, 1], 0.35),
        ],
        cap=(330, 220),
        hist=dict(out=[48000, 52000, 56500], price=[25000, 26000, 27000], margin=[0.06, 0.07, 0.075]),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Sấy, xay xát, đánh bóng", [2, 2, 2]),
               ("Đóng túi, kho", [1, 1, 1]), ("Bán hàng", [1, 1, 1])],
        wage=[6.0, 6.3, 6.6],
        costs=[("raw", 8000, "Thóc HT1 thu mua", "8.000 đ/kg thóc"),
               ("pack", None, "Túi, nhãn, thùng", "số túi × đơn giá"),
               ("perunit", 800, "Điện xay xát, sấy", "800 đ/kg gạo"),
               ("labour", None, "Tiền lương", "6 lao động"),
               ("dep", None, "Khấu hao", "580 : 10 năm + 45"),
               ("interest", None, "Lãi vay", "dư nợ × 8 %"),
               ("share", 0.05, "Bán hàng, vận chuyển", "5 % doanh thu"),
               ("share", 0.01, "Thuế, phí", "1 % doanh thu"),
               ("fixed", 50, "Chi phí khác", "cố định")],
        inv=[("Lò sấy thóc 8 tấn/mẻ", 220, True), ("Kho chứa thóc 200 m²", 300, True),
             ("Máy hút chân không, hàn túi", 60, True), ("Bao bì, tem truy xuất", 40, False),
             ("Vốn lưu động", 380, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        life=10, old_dep=45, loan=[600, 450, 300], rate=0.08,
        no_cap_rows=True,
    ),
    "ig09": dict(
        stem="ig09_tinh_dau_sa_chanh_hong_lam_cty", unit="lít", conv=1.0, norm=140, raw="kg lá sả tươi",
        cap_on="raw",
        products=[
            prod("Chai 10 ml", "chai", 0.01, [45000, 47000, 49000], [30000, 33000, 36000], 6000),
            prod("Chai 50 ml", "chai", 0.05, [160000, 166000, 172000], [4000, 4400, 4800], 12000),
            prod("Can 1 lít", "can", 1, [950000, 980000, 1010000], [300, 330, 360], 40000),
        ],
        land=[
            plot("Vùng sả của công ty", "ha", [4.5, 4.5, 4.5], [5000, 5000, 5000], [4, 4, 4], 0.9),
            plot("Diện tích trồng mới năm 2026", "ha", [1.5, 1.5, 1.5], [5000, 5000, 5000], [2, 4, 4], 0.9),
            plot("Ruộng sả của các hộ liên kết", "sào", [40, 50, 60], [240, 240, 240], [4, 4, 4], 0.85),
        ],
        cap=(2000, 80),
        hist=dict(out=[560, 620, 690], price=[2650000, 2700000, 2750000], margin=[0.10, 0.11, 0.12]),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Trồng, cắt sả", [3, 3, 3]),
               ("Chưng cất, lọc", [3, 3, 3]), ("Chiết chai, đóng gói", [2, 2, 3]), ("Bán hàng", [1, 1, 1])],
        wage=[6.5, 6.8, 7.1],
        costs=[("raw", 2000, "Lá sả tươi", "140 kg/lít × 2.000 đ"),
               ("pack", None, "Chai, can, hộp", "số đơn vị × đơn giá"),
               ("perunit", 120000, "Củi, điện chưng cất", "120.000 đ/lít"),
               ("labour", None, "Tiền lương", "Bảng 7"),
               ("dep", None, "Khấu hao", "1.000 : 10 năm + 35"),
               ("interest", None, "Lãi vay", "dư nợ × 8,5 %"),
               ("share", 0.10, "Bán hàng, quảng bá", "10 % doanh thu"),
               ("share", 0.015, "Thuế, phí", "1,5 % doanh thu"),
               ("fixed", 120, "Chi phí khác", "cố định")],
        inv=[("Nhà xưởng chưng cất 150 m²", 400, True), ("Bổ sung 1 nồi chưng cất 500 kg/mẻ", 350, True),
             ("Máy cắt lá sả, băng tải", 90, True), ("Thiết bị lọc, chiết chai", 160, True),
             ("Giống, công trồng mới 1,5 ha", 75, False), ("Bao bì, mã vạch", 45, False),
             ("Vốn lưu động", 380, False)],
        src=[("Vốn góp của chủ sở hữu", 800), ("Vay Ngân hàng thương mại", 700)],
        life=10, old_dep=35, loan=[700, 550, 400], rate=0.085,
    ),
    "ig10": dict(
        stem="ig10_dua_luoi_nha_mang_bac_son", unit="kg", conv=1.0, norm=1.0, raw="kg quả",
        products=[
            prod("Loại 1, hộp quà 2 quả", "hộp", 3.2, [230000, 235000, 240000], [1800, 3600, 4600], 22000),
            prod("Loại 1 bán lẻ", "kg", 1, [52000, 52000, 52000], [13140, 26280, 33880], 500),
            prod("Loại 2", "kg", 1, [28000, 28000, 28000], [6300, 12600, 16200], 0),
        ],
        land=[
            plot("Nhà màng số 1, 2, 3", "m²", [3000, 3000, 3000], [2.8, 4.2, 5.4], [3, 3, 3], 1.0),
            plot("Nhà màng số 4", "m²", [0, 1000, 1000], [0, 4.2, 5.4], [0, 3, 3], 1.0),
        ],
        grade1=0.75,
        cap=None,
        hist=dict(out=[14400, 22500, 23400], price=[40000, 41000, 42000], margin=[0.15, 0.16, 0.16]),
        roles=[("Trưởng nhóm, sổ sách", [1, 1, 1]), ("Trồng, chăm sóc, thu hái", [6, 6, 6]),
               ("Đóng hộp, giao hàng", [1, 1, 1])],
        wage=[5.5, 5.8, 6.1],
        costs=[("land", 18000, "Giống, phân bón", "18.000 đ/m²/vụ"),
               ("pack", None, "Hộp, túi, tem", "số lượng × đơn giá"),
               ("perunit", 3000, "Điện, vận chuyển", "3.000 đ/kg"),
               ("labour", None, "Tiền công", "8 lao động"),
               ("dep", None, "Khấu hao", "630 : 8 năm + 150"),
               ("interest", None, "Lãi vay", "dư nợ × 8 %"),
               ("fixed", 40, "Chi phí khác", "cố định")],
        inv=[("Nhà màng số 4, 1.000 m²", 420, True), ("Tưới nhỏ giọt, châm phân tự động", 120, True),
             ("Kho sơ chế, đóng hộp 40 m²", 90, True), ("Hộp quà, tem truy xuất", 30, False),
             ("Vốn lưu động", 140, False)],
        src=[("Vốn góp của 5 hộ", 400), ("Vay Ngân hàng Nông nghiệp và PTNT", 400)],
        life=8, old_dep=150, loan=[400, 300, 200], rate=0.08,
    ),
}

# The sketchy plans: what their few figures are (checked as text).
SKETCHY = {
    "ig11": dict(stem="ig11_bot_rau_ma_duc_lang_so_sai"),
    "ig12": dict(stem="ig12_lac_rang_xuan_lien_so_sai"),
}


# Table captions as each plan prints them (the line before the table) and, for the yield table,
# the unit of yield and the harvest months of each plot.
CAPTIONS: dict[str, dict[str, str]] = {
    "ig01": dict(hist="Bảng 1. Kết quả sản xuất kinh doanh chè búp 2024 – 2026",
                 area="Bảng 3. Diện tích chè cho thu hoạch giai đoạn 2027 – 2029",
                 yield_="Bảng 4. Năng suất búp tươi và lịch thu hái",
                 supply="Bảng 5. Cân đối búp chè tươi (ĐVT: kg)",
                 staff="Bảng 7. Lao động và quỹ lương",
                 output="Bảng 8. Kế hoạch sản lượng chè thành phẩm",
                 price="Bảng 9. Giá bán dự kiến",
                 rev="Bảng 10. Doanh thu dự kiến (ĐVT: triệu đồng)",
                 inv="Bảng 11. Tổng vốn đầu tư (ĐVT: triệu đồng)",
                 src="Bảng 12. Cơ cấu nguồn vốn (ĐVT: triệu đồng)",
                 cost="Bảng 13. Chi phí sản xuất kinh doanh (ĐVT: triệu đồng)",
                 sum="Bảng 14. Tổng hợp hiệu quả kinh tế (ĐVT: triệu đồng)"),
}
CAPTIONS["ig02"] = dict(
    hist="Bảng 1. Kết quả kinh doanh bưởi 2024 – 2026",
    area="Bảng 2. Diện tích bưởi cho quả",
    yield_="Bảng 3. Năng suất, thời vụ và tỷ lệ quả đạt chuẩn",
    supply="Bảng 4. Cân đối quả bưởi đưa vào dây chuyền (ĐVT: quả)",
    output="Bảng 5. Kế hoạch sản phẩm và công suất dây chuyền",
    price="Bảng 6. Giá bán dự kiến",
    rev="Bảng 7. Doanh thu (ĐVT: triệu đồng)",
    staff="Bảng 8. Lao động thường xuyên và quỹ lương",
    inv="Bảng 9. Vốn đầu tư (ĐVT: triệu đồng)",
    src="Bảng 10. Nguồn vốn (ĐVT: triệu đồng)",
    cost="Bảng 11. Chi phí (ĐVT: triệu đồng)",
    sum="Bảng 12. Hiệu quả kinh tế (ĐVT: triệu đồng)")
CAPTIONS["ig03"] = dict(
    hist="Bảng 1. Kết quả sản xuất kinh doanh 2024 – 2026",
    area="Bảng 3. Diện tích vùng nguyên liệu cà gai leo",
    yield_="Bảng 4. Năng suất dược liệu khô và lịch thu hái",
    supply="Bảng 5. Cân đối dược liệu khô và công suất sấy (ĐVT: kg)",
    staff="Bảng 7. Nhân sự và quỹ lương",
    output="Bảng 8. Kế hoạch sản lượng thành phẩm",
    price="Bảng 9. Giá bán dự kiến",
    rev="Bảng 10. Doanh thu dự kiến (triệu đồng)",
    inv="Bảng 11. Nhu cầu vốn đầu tư (triệu đồng)",
    src="Bảng 12. Nguồn vốn (triệu đồng)",
    cost="Bảng 13. Chi phí sản xuất kinh doanh (triệu đồng)",
    sum="Bảng 14. Hiệu quả tài chính (triệu đồng)")
CAPTIONS["ig04"] = dict(
    hist="Bảng 1. Kết quả sản xuất kinh doanh 2024 – 2026",
    area="Bảng 3. Diện tích đót cho bông",
    yield_="Bảng 4. Năng suất bông đót khô và mùa thu hoạch",
    supply="Bảng 5. Cân đối bông đót khô (ĐVT: kg)",
    output="Bảng 6. Kế hoạch sản xuất và công suất bó chổi",
    price="Bảng 7. Giá bán dự kiến",
    rev="Bảng 8. Doanh thu dự kiến",
    inv="Bảng 9. Tổng vốn đầu tư",
    src="Bảng 10. Nguồn vốn",
    cost="Bảng 11. Chi phí sản xuất kinh doanh",
    sum="Bảng 12. Tổng hợp hiệu quả kinh tế")
CAPTIONS["ig05"] = dict(
    hist="Bảng 1. Sản lượng, doanh thu rượu nếp 2024 – 2026",
    area="Bảng 2. Diện tích nếp cái hoa vàng của thành viên",
    yield_="Bảng 3. Năng suất thóc nếp theo vụ",
    supply="Bảng 4. Nguồn thóc, gạo nếp và nhu cầu (ĐVT: kg)",
    output="Bảng 7. Kế hoạch sản lượng và công suất chưng cất",
    staff="Bảng 8. Lao động, tiền lương",
    inv="Bảng 9. Vốn đầu tư (triệu đồng)",
    src="Bảng 10. Nguồn vốn (triệu đồng)",
    price="Bảng 11. Giá bán (đồng)",
    rev="Bảng 12. Doanh thu (triệu đồng)",
    cost="Bảng 13. Chi phí (triệu đồng)",
    sum="Bảng 14. Lợi nhuận (triệu đồng)")
CAPTIONS["ig06"] = dict(
    hist="Bảng 1. Kết quả sản xuất 2024 – 2026",
    area="Bảng 3. Diện tích sắn dây cho thu hoạch",
    yield_="Bảng 4. Năng suất củ và thời gian thu hoạch",
    supply="Bảng 5. Cân đối củ sắn dây tươi (ĐVT: kg)",
    output="Bảng 6. Kế hoạch sản lượng tinh bột",
    price="Bảng 7. Giá bán dự kiến",
    rev="Bảng 8. Doanh thu (ĐVT: triệu đồng)",
    inv="Bảng 9. Vốn đầu tư (ĐVT: triệu đồng)",
    src="Bảng 10. Nguồn vốn (ĐVT: triệu đồng)",
    cost="Bảng 11. Chi phí (ĐVT: triệu đồng)",
    sum="Bảng 12. Hiệu quả kinh tế (ĐVT: triệu đồng)")
CAPTIONS["ig07"] = dict(
    hist="Bảng 1. Kết quả sản xuất 2024 – 2026",
    area="Bảng 2. Diện tích cây nguồn mật đặt ong (ĐVT: ha)",
    yield_="Bảng 3. Năng suất mật theo vụ hoa",
    supply="Bảng 4. Cân đối mật ong thô (ĐVT: kg)",
    output="Bảng 5. Kế hoạch sản lượng mật thành phẩm",
    price="Bảng 6. Giá bán",
    rev="Bảng 7. Doanh thu (ĐVT: triệu đồng)",
    inv="Bảng 8. Vốn đầu tư (ĐVT: triệu đồng)",
    src="Bảng 9. Nguồn vốn (ĐVT: triệu đồng)",
    cost="Bảng 10. Chi phí (ĐVT: triệu đồng)",
    sum="Bảng 11. Hiệu quả (ĐVT: triệu đồng)")
CAPTIONS["ig08"] = dict(
    hist="Bảng 1. Kết quả kinh doanh gạo 2024 – 2026",
    area="Bảng 2. Diện tích cánh đồng HT1 của thành viên",
    yield_="Bảng 3. Năng suất lúa theo vụ",
    supply="Bảng 4. Cân đối thóc, gạo (ĐVT: kg)",
    staff="Bảng 6. Lao động và tiền lương",
    output="Bảng 7. Kế hoạch sản lượng gạo",
    price="Bảng 8. Giá bán",
    rev="Bảng 9. Doanh thu (triệu đồng)",
    inv="Bảng 10. Vốn đầu tư (triệu đồng)",
    src="Bảng 11. Nguồn vốn (triệu đồng)",
    cost="Bảng 12. Chi phí (triệu đồng)",
    sum="Bảng 13. Hiệu quả kinh tế (triệu đồng)")
CAPTIONS["ig09"] = dict(
    hist="Bảng 1. Kết quả sản xuất kinh doanh 2024 – 2026",
    area="Bảng 2. Diện tích sả chanh cho thu hoạch",
    yield_="Bảng 3. Năng suất lá sả và số lứa cắt",
    supply="Bảng 4. Cân đối lá sả tươi và công suất chưng cất (ĐVT: kg)",
    output="Bảng 6. Kế hoạch sản lượng tinh dầu",
    staff="Bảng 7. Nhân sự và quỹ lương",
    inv="Bảng 8. Vốn đầu tư (triệu đồng)",
    src="Bảng 9. Nguồn vốn (triệu đồng)",
    price="Bảng 10. Giá sản phẩm",
    rev="Bảng 11. Doanh thu (triệu đồng)",
    cost="Bảng 12. Chi phí (triệu đồng)",
    sum="Bảng 13. Lợi nhuận (triệu đồng)")
CAPTIONS["ig10"] = dict(
    hist="Bảng 1. Kết quả sản xuất 2024 – 2026",
    area="Bảng 2. Diện tích nhà màng (ĐVT: m²)",
    yield_="Bảng 3. Năng suất dưa lưới theo vụ",
    supply="Bảng 4. Sản lượng thu hoạch và phân loại (ĐVT: kg)",
    staff="Bảng 5. Lao động và tiền công",
    output="Bảng 6. Kế hoạch sản phẩm",
    revlong="Bảng 7. Doanh thu theo năm",
    inv="Bảng 8. Vốn đầu tư (ĐVT: triệu đồng)",
    src="Bảng 9. Nguồn vốn (ĐVT: triệu đồng)",
    cost="Bảng 10. Chi phí (ĐVT: triệu đồng)",
    sum="Bảng 11. Hiệu quả kinh tế (ĐVT: triệu đồng)")
YIELD_TEXT: dict[str, list[tuple[str, str]]] = {
    "ig01": [("kg/ha/lứa", "tháng 3 – tháng 10"), ("kg/ha/lứa", "tháng 3 – tháng 10"),
             ("kg/sào/lứa", "tháng 3 – tháng 10")],
    "ig03": [("kg khô/ha/lứa", "tháng 5, 8, 11"), ("kg khô/ha/lứa", "tháng 8, 11 (2027)"),
             ("kg khô/sào/lứa", "tháng 5, 8, 11")],
    "ig04": [("kg/ha/năm", "tháng 12 – tháng 2"), ("kg/sào/năm", "tháng 12 – tháng 2"),
             ("kg/sào/năm", "tháng 12 – tháng 2")],
    "ig05": [("kg thóc/sào/vụ", "cuối tháng 5"), ("kg thóc/sào/vụ", "tháng 9")],
    "ig06": [("kg củ/ha/năm", "15/11 – 15/01"), ("kg củ/sào/năm", "15/11 – 15/01")],
    "ig07": [("kg mật/ha/vụ", "tháng 9 – 11"), ("kg mật/ha/vụ", "tháng 2 – 4"), ("kg mật/ha/vụ", "tháng 3 – 4")],
    "ig08": [("kg thóc/ha/vụ", "cuối tháng 5"), ("kg thóc/ha/vụ", "đầu tháng 9")],
    "ig09": [("kg lá/ha/lứa", "tháng 4, 6, 8, 10"), ("kg lá/ha/lứa", "tháng 8, 10 (2027)"),
             ("kg lá/sào/lứa", "tháng 4, 6, 8, 10")],
    "ig10": [("kg/m²/vụ", "tháng 4, 7, 10 – 11"), ("kg/m²/vụ", "từ tháng 4/2028")],
    "ig02": [("quả/ha/năm", "15/8 – 31/10"), ("quả/ha/năm", "15/8 – 31/10"), ("quả/sào/năm", "15/8 – 31/10")],
}


# --------------------------------------------------------------------------- the model
def model(P: dict) -> dict:
    m: dict = {}
    prods = P["products"]
    conv = P.get("conv", 1.0)
    m["rev_line"] = [[p["n"][y] * p["price"][y] / 1e6 for y in Y] for p in prods]
    m["rev"] = [sum(r[y] for r in m["rev_line"]) for y in Y]
    m["out"] = [sum(p["n"][y] * p["size"] for p in prods) for y in Y]
    m["harvest_row"] = [[r["area"][y] * r["yld"][y] * r["crops"][y] for y in Y] for r in P["land"]]
    m["harvest"] = [sum(h[y] for h in m["harvest_row"]) for y in Y]
    m["to_line"] = [sum(h[y] * r["share"] for h, r in zip(m["harvest_row"], P["land"])) for y in Y]
    m["supply"] = [m["to_line"][y] * conv for y in Y]
    if "norm" in P:
        m["need"] = [m["out"][y] * P["norm"] for y in Y]
    else:
        m["need"] = [sum(p["n"][y] * p["norm"] for p in prods) for y in Y]
    m["balance"] = [m["supply"][y] - m["need"][y] for y in Y]
    m["area_ha"] = [sum(r["area"][y] * {"ha": 1, "sào": SAO / 10000, "m²": 1 / 10000}[r["unit"]]
                        for r in P["land"]) for y in Y]
    m["area_sum"] = [sum(r["area"][y] for r in P["land"]) for y in Y]
    if P.get("cap"):
        rate, days = P["cap"]
        m["cap"] = rate * days
        base = m["need"] if P.get("cap_on") == "raw" else m["out"]
        m["use"] = [base[y] / m["cap"] * 100 for y in Y]
    m["staff"] = [sum(r[1][y] for r in P["roles"]) for y in Y]
    m["wagefund"] = [m["staff"][y] * P["wage"][y] * 12 for y in Y]
    m["inv"] = sum(i[1] for i in P["inv"])
    m["fixed"] = sum(i[1] for i in P["inv"] if i[2])
    m["srcsum"] = sum(s[1] for s in P["src"])
    m["dep_new"] = m["fixed"] / P["life"]
    m["dep"] = [m["dep_new"] + P.get("old_dep", 0)] * 3
    m["interest"] = [P["loan"][y] * P["rate"] for y in Y]
    lines = []
    for kind, par, _label, _basis in P["costs"]:
        if kind == "raw":
            v = [m["need"][y] / conv * par / 1e6 for y in Y]
        elif kind == "pack":
            v = [sum(p["n"][y] * p["pc"] for p in prods) / 1e6 for y in Y]
        elif kind == "perunit":
            v = [m["out"][y] * par / 1e6 for y in Y]
        elif kind == "land":
            v = [sum(r["area"][y] * r["crops"][y] for r in P["land"]) * par / 1e6 for y in Y]
        elif kind == "labour":
            v = list(m["wagefund"])
        elif kind == "dep":
            v = list(m["dep"])
        elif kind == "interest":
            v = list(m["interest"])
        elif kind == "share":
            v = [m["rev"][y] * par for y in Y]
        elif kind == "fixed":
            v = [par] * 3
        else:
            raise ValueError(kind)
        lines.append(v)
    m["cost_lines"] = lines
    m["cost"] = [sum(v[y] for v in lines) for y in Y]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in Y]
    m["payback"] = m["inv"] / (sum(m["profit"]) / 3 + m["dep_new"])
    h = P["hist"]
    m["hist_rev"] = [h["out"][i] * h["price"][i] / 1e6 for i in Y]
    m["hist_profit"] = [m["hist_rev"][i] * h["margin"][i] for i in Y]
    if "grade1" in P:
        m["grade1"] = [m["harvest"][y] * P["grade1"] for y in Y]
        m["grade2"] = [m["harvest"][y] - m["grade1"][y] for y in Y]
    return m


# --------------------------------------------------------------------------- planted figures
# (table id, leading cells of the row, year index) -> value printed; "planted" marks the defect
# itself (wrong by > 5 % against the true value), the others are knock-ons that follow it.
def plants(key: str, m: dict) -> list[dict]:
    if key == "ig05":  # profit-mismatch: 2027 profit in the summary +25 %
        p = round(m["profit"][0] * 1.25, 1)
        return [dict(t="sum", row=("Lợi nhuận",), y=0, value=p, planted=True),
                dict(t="sum", row=("Tỷ suất lợi nhuận/doanh thu (%)",), y=0,
                     value=round(p / m["rev"][0] * 100, 1), planted=False)]
    if key == "ig07":  # table-total-mismatch: the 2028 total of the flowering area
        return [dict(t="area", row=("Tổng cộng", "ha"), y=1, value=62.8, planted=True)]
    if key == "ig10":  # revenue-mismatch: 2027 "Loại 1 bán lẻ" 13.140 kg x 52.000 đ printed 795,0
        bad = 795.0
        rev0 = m["rev"][0] - m["rev_line"][1][0] + bad
        prof0 = rev0 - m["cost"][0]
        return [dict(t="revlong", row=("2027", "Loại 1 bán lẻ", "kg"), y=0, value=bad, planted=True),
                dict(t="revlong", row=("2027", "Cộng", ""), y=0, value=round(rev0, 1), planted=False),
                dict(t="sum", row=("Doanh thu",), y=0, value=round(rev0, 1), planted=False),
                dict(t="sum", row=("Lợi nhuận",), y=0, value=round(prof0, 1), planted=False),
                dict(t="sum", row=("Tỷ suất lợi nhuận/doanh thu (%)",), y=0,
                     value=round(prof0 / rev0 * 100, 1), planted=False)]
    return []


def printed_profits(key: str, m: dict) -> list[float]:
    """The profits as the plan prints them (a planted profit or revenue carries through)."""
    pr = list(m["profit"])
    for p in plants(key, m):
        if p["t"] == "sum" and p["row"] == ("Lợi nhuận",):
            pr[p["y"]] = p["value"]
    return pr


def payback_printed(key: str, m: dict) -> float:
    """The payback the plan states: ig07 plants a wrong one; the others compute it from their
    printed profits."""
    if key == "ig07":
        return 1.9
    pr = printed_profits(key, m)
    return round(m["inv"] / (sum(pr) / 3 + m["dep_new"]), 1)


# --------------------------------------------------------------------------- tables
def money_fmt(P: dict) -> str:
    return "k" if P.get("money") == "k" else "d1"


def fmt_money(P: dict, x: float) -> str:
    return n0(x * 1000) if P.get("money") == "k" else n1(x)


def area_fmt(unit: str) -> str:
    return {"ha": "nd", "sào": "int", "m²": "int"}[unit]


def tables(key: str) -> dict[str, dict]:
    """Every numeric table a full plan prints: id -> dict(header, rows), rows as
    (leading cells, values, format). The prose (captions, unit lines) is the generator's."""
    P = PLANS[key]
    m = model(P)
    u = P["unit"]
    mf = money_fmt(P)
    munit = "nghìn đồng" if mf == "k" else "triệu đồng"
    T: dict[str, dict] = {}
    T["hist"] = dict(header=["Chỉ tiêu", "Năm 2024", "Năm 2025", "Năm 2026"], rows=[
        ((f"Sản lượng ({u})",), P["hist"]["out"], "int"),
        ((f"Giá bán bình quân (đ/{u})",), P["hist"]["price"], "int"),
        ((f"Doanh thu ({munit})",), m["hist_rev"], mf),
        ((f"Lợi nhuận ({munit})",), m["hist_profit"], mf)])
    rows = [((r["label"], r["unit"]), [x if x else None for x in r["area"]], area_fmt(r["unit"]))
            for r in P["land"]]
    units = {r["unit"] for r in P["land"]}
    if len(units) == 1:
        un = units.pop()
        rows.append((("Tổng cộng", un), m["area_sum"], "nd" if un == "ha" else "int"))
    else:
        rows.append((("Tổng diện tích quy ra ha", "ha"), m["area_ha"], "nd2"))
    T["area"] = dict(header=["Vùng nguyên liệu", "ĐVT", "2027", "2028", "2029"], rows=rows)
    rows = [((r["label"],), [x if x else None for x in h], "int") for r, h in zip(P["land"], m["harvest_row"])]
    rows.append((("Tổng sản lượng thu hoạch",), m["harvest"], "int"))
    if "grade1" in P:
        rows.append((("Quả loại 1 (75 %)",), m["grade1"], "int"))
        rows.append((("Quả loại 2 (25 %)",), m["grade2"], "int"))
    else:
        rows.append((("Phần đưa vào chế biến",), m["to_line"], "int"))
        if P.get("conv", 1.0) != 1.0:
            rows.append(((f"Quy ra gạo (tỷ lệ {round(P['conv'] * 100)} %)",), m["supply"], "int"))
        rows.append((("Nhu cầu nguyên liệu",), m["need"], "int"))
        if not P.get("no_balance"):
            rows.append((("Còn dư",), m["balance"], "int"))
        if P.get("cap_on") == "raw":
            rows.append((("Công suất chế biến",), [m["cap"]] * 3, "int"))
            rows.append((("Sử dụng công suất (%)",), m["use"], "d1"))
    T["supply"] = dict(header=["Chỉ tiêu", "2027", "2028", "2029"], rows=rows)
    rows = [((r[0],), r[1], "int") for r in P["roles"]]
    rows += [(("Tổng số lao động",), m["staff"], "int"),
             (("Lương bình quân (triệu đồng/tháng)",), P["wage"], "d1"),
             (("Quỹ lương (triệu đồng/năm)",), m["wagefund"], "d1")]
    T["staff"] = dict(header=["Bộ phận", "2027", "2028", "2029"], rows=rows)
    rows = [((p["label"], p["pack"]), p["n"], "int") for p in P["products"]]
    rows.append(((f"Tổng sản lượng quy ra {u}", u), m["out"], "int"))
    if P.get("cap") and P.get("cap_on") != "raw" and not P.get("no_cap_rows"):
        rows.append((("Công suất thiết kế", u), [m["cap"]] * 3, "int"))
        rows.append((("Sử dụng công suất", "%"), m["use"], "d1"))
    T["output"] = dict(header=["Sản phẩm", "ĐVT", "2027", "2028", "2029"], rows=rows)
    T["price"] = dict(header=["Sản phẩm", "ĐVT", "2027", "2028", "2029"], rows=[
        ((p["label"], f"đ/{p['pack']}"), p["price"], "int") for p in P["products"]])
    rows = [((p["label"],), m["rev_line"][i], mf) for i, p in enumerate(P["products"])]
    rows.append((("Tổng doanh thu",), m["rev"], mf))
    T["rev"] = dict(header=["Sản phẩm", "2027", "2028", "2029"], rows=rows)
    rows = []
    for y in Y:
        for i, p in enumerate(P["products"]):
            rows.append(((str(YEARS[y]), p["label"], p["pack"]),
                         [p["n"][y], p["price"][y], m["rev_line"][i][y]], ("int", "int", mf)))
        rows.append(((str(YEARS[y]), "Cộng", ""), [None, None, m["rev"][y]], ("int", "int", mf)))
    T["revlong"] = dict(header=["Năm", "Sản phẩm", "ĐVT", "Sản lượng", "Đơn giá (đ)", "Thành tiền (triệu đồng)"],
                        rows=rows)
    rows = [((str(i + 1), it[0]), [it[1]], mf) for i, it in enumerate(P["inv"])]
    rows.append((("", "Tổng cộng"), [m["inv"]], mf))
    T["inv"] = dict(header=["TT", "Hạng mục", "Thành tiền"], rows=rows)
    rows = [((str(i + 1), s[0]), [s[1], s[1] / m["srcsum"] * 100], (mf, "d1")) for i, s in enumerate(P["src"])]
    rows.append((("", "Tổng cộng"), [m["srcsum"], 100.0], (mf, "d1")))
    T["src"] = dict(header=["TT", "Nguồn vốn", "Số tiền", "Tỷ lệ (%)"], rows=rows)
    rows = [((c[2], c[3]), m["cost_lines"][i], mf) for i, c in enumerate(P["costs"])]
    rows.append((("Tổng chi phí", ""), m["cost"], mf))
    T["cost"] = dict(header=["Khoản mục", "Căn cứ tính", "2027", "2028", "2029"], rows=rows)
    rows = []
    yt = YIELD_TEXT.get(key, [])
    for r, (yu, months) in zip(P["land"], yt):
        ys = {x for x in r["yld"] if x}
        yv = nd(r["yld"][-1]) if len(ys) == 1 and all(r["yld"]) else " / ".join(nd(x) if x else "–" for x in r["yld"])
        cs = {x for x in r["crops"] if x}
        cv = str(r["crops"][-1]) if len(cs) == 1 and all(r["crops"]) else " / ".join(str(x) if x else "–" for x in r["crops"])
        cells = (r["label"], f"{yv} {yu}", cv, months)
        if not P.get("grade1"):
            cells += (f"{nd(r['share'] * 100)} %",)
        rows.append((cells, [], "int"))
    head = ["Nguồn nguyên liệu", "Năng suất", "Lứa (vụ)/năm", "Thu hoạch"]
    if not P.get("grade1"):
        head.append("Vào chế biến")
    T["yield_"] = dict(header=head, rows=rows)
    T["sum"] = dict(header=["Chỉ tiêu", "2027", "2028", "2029"], rows=[
        (("Doanh thu",), m["rev"], mf), (("Tổng chi phí",), m["cost"], mf),
        (("Lợi nhuận",), m["profit"], mf), (("Tỷ suất lợi nhuận/doanh thu (%)",), m["margin"], "d1")])
    return T


def fmt_cell(f: str, x) -> str:
    if x is None:
        return "–"
    if f == "k":
        return n0(x * 1000)
    return FMT[f](x)


def render(tbl: dict, override: dict | None = None) -> str:
    """Markdown pipe table; override maps (row cells, year) -> printed value."""
    override = override or {}
    out = ["| " + " | ".join(tbl["header"]) + " |", "|" + "---|" * len(tbl["header"])]
    for cells, vals, f in tbl["rows"]:
        fs = f if isinstance(f, tuple) else (f,) * len(vals)
        shown = []
        for j, (x, ff) in enumerate(zip(vals, fs)):
            x = override.get((cells, j), x)
            shown.append(fmt_cell(ff, x))
        out.append("| " + " | ".join(list(cells) + shown) + " |")
    return "\n".join(out)


def overrides(key: str, m: dict) -> dict[str, dict]:
    """Per table id: (row cells, column index) -> printed value."""
    o: dict[str, dict] = {}
    for p in plants(key, m):
        col = 2 if p["t"] == "revlong" else p["y"]
        o.setdefault(p["t"], {})[(p["row"], col)] = p["value"]
    return o


# --------------------------------------------------------------------------- reading the plan back
def md_tables(body: str) -> list[tuple[str, list[list[str]]]]:
    """(caption, rows without the header) for every pipe table, the caption being the nearest
    preceding line that starts with 'Bảng'."""
    found, caption, cur = [], "", None
    for line in body.splitlines():
        s = line.strip()
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if cur is None:
                cur = [cells]
            else:
                cur.append(cells)
            continue
        if cur is not None:
            found.append((caption, [r for r in cur[1:] if not set("".join(r)) <= set("-: ")]))
            cur = None
        if s.startswith("Bảng") or s.startswith("**Bảng"):
            caption = s.strip("*")
    if cur is not None:
        found.append((caption, [r for r in cur[1:] if not set("".join(r)) <= set("-: ")]))
    return found


def parse_num(c: str):
    c = c.strip()
    if c in ("–", "-", ""):
        return None
    if re.fullmatch(r"-?[\d.,]+", c):
        neg = c.startswith("-")
        v = vn(c.lstrip("-"))
        return -v if neg else v
    return "text"


def check_tables(plan: Plan, key: str) -> None:
    P = PLANS[key]
    m = model(P)
    T = tables(key)
    o = overrides(key, m)
    printed = md_tables(plan.body)
    caps = CAPTIONS[key]
    planted_cells = {(p["t"], p["row"], 2 if p["t"] == "revlong" else p["y"]): p for p in plants(key, m)}
    for tid, cap in caps.items():
        hits = [rows for c, rows in printed if c == cap]
        if len(hits) != 1:
            plan.failures.append(f"table {tid!r} ({cap!r}) found {len(hits)} times")
            continue
        rows = hits[0]
        spec = T[tid]
        if len(rows) != len(spec["rows"]):
            plan.failures.append(f"table {tid}: {len(rows)} rows printed, {len(spec['rows'])} expected")
        for cells, vals, f in spec["rows"]:
            match = [r for r in rows if tuple(r[:len(cells)]) == cells]
            if len(match) != 1:
                plan.failures.append(f"table {tid}: row {cells} found {len(match)} times")
                continue
            got = [parse_num(c) for c in match[0][len(cells):]]
            if len(got) != len(vals):
                plan.failures.append(f"table {tid}: row {cells} has {len(got)} values, {len(vals)} expected")
                continue
            for j, (g, true) in enumerate(zip(got, vals)):
                if f == "k" or (isinstance(f, tuple) and f[j] == "k"):
                    g = None if g is None else g / 1000
                pl = planted_cells.get((tid, cells, j))
                if true is None:
                    if g is not None and not (pl and g == pl["value"]):
                        plan.failures.append(f"table {tid}: row {cells} col {j}: {g} where none expected")
                    continue
                if g is None or g == "text":
                    plan.failures.append(f"table {tid}: row {cells} col {j}: no number")
                    continue
                if pl:
                    if not close(g, pl["value"], 0.002):
                        plan.failures.append(f"table {tid}: row {cells} col {j}: printed {g}, planted {pl['value']}")
                    if pl["planted"] and not off(g, true):
                        plan.failures.append(f"table {tid}: planted {cells} col {j} = {g} is within 5 % of {true:.1f}")
                    continue
                if not (close(g, true) or abs(g - true) <= 0.11):
                    plan.failures.append(f"table {tid}: row {cells} col {j}: printed {g}, true {true:.2f}")
    # every planted cell must be a cell of a table the plan prints
    for (tid, cells, j) in planted_cells:
        if tid not in caps or not any(r[0] == cells and j < len(r[1]) for r in T[tid]["rows"]):
            plan.failures.append(f"planted cell {tid} {cells} {j} is in no printed table")


# --------------------------------------------------------------------------- per-plan checks
def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def relations(plan: Plan, key: str) -> None:
    """What a careful reviewer recomputes by hand, on the true figures."""
    P = PLANS[key]
    m = model(P)
    for y in Y:
        for i, p in enumerate(P["products"]):
            plan.check(close(m["rev_line"][i][y], p["n"][y] * p["price"][y] / 1e6), "revenue line")
        plan.check(close(m["profit"][y], m["rev"][y] - m["cost"][y]), "profit")
    for r in P["land"]:  # a sào is 500 m² here; areas are sensible for their unit
        lim = {"ha": (0.2, 60), "sào": (5, 400), "m²": (0, 5000)}[r["unit"]]
        plan.check(all(lim[0] <= a <= lim[1] or a == 0 for a in r["area"]), f"area of {r['label']}")
    ready = key in ("ig01", "ig02", "ig03", "ig04")
    if key != "ig06":
        plan.check(close(m["srcsum"], m["inv"]), f"sources {m['srcsum']} != investment {m['inv']}")
    if key not in ("ig05",):
        plan.check(all(m["balance"][y] >= 0 for y in Y), f"supply short {m['balance']}")
    if ready:
        plan.check(all(0.05 <= m["balance"][y] / m["need"][y] <= 0.30 for y in Y),
                   f"ready plan: spare supply {[round(b / n, 3) for b, n in zip(m['balance'], m['need'])]}")
        plan.check(all(u <= 85.0 for u in m["use"]), f"ready plan: capacity use {m['use']}")
    if key != "ig10":
        plan.check(all(0 < m["margin"][y] < 30 for y in Y), f"margins {m['margin']}")
        g = [m["rev"][0] / m["hist_rev"][2] - 1] + [m["rev"][y] / m["rev"][y - 1] - 1 for y in (1, 2)]
        if key == "ig08":  # the capacity defect's knock-on (tolerated unrealistic-growth)
            plan.check(g[1] > 0.40, f"ig08 growth {g}")
        else:
            plan.check(all(x < 0.40 for x in g), f"revenue growth {g}")
    if P.get("cap") and key != "ig08":
        plan.check(all(u <= 85.0 for u in m["use"]), f"capacity use {m['use']}")
    # the "Căn cứ tính" column states the parameters of each cost line
    for kind, par, label, basis in P["costs"]:
        if kind == "dep":
            k = 1000 if P.get("money") == "k" else 1
            plan.check(basis.startswith(n0(m["fixed"] * k) + " ") and f": {P['life']} " in basis
                       and basis.endswith(f"+ {n0(P.get('old_dep', 0) * k)}"), f"depreciation basis {basis!r}")
        elif kind == "interest":
            plan.check(f"{nd(P['rate'] * 100)} %" in basis, f"interest basis {basis!r}")
        elif kind == "share":
            plan.check(basis.startswith(f"{nd(par * 100)} %"), f"share basis {basis!r}")
        elif kind in ("raw", "perunit", "land"):
            plan.check(n0(par) in basis, f"{kind} basis {basis!r}")
        elif kind == "fixed":
            plan.check(basis == "cố định", f"fixed basis {basis!r}")
    # the payback as the plan states it
    pb = payback_printed(key, m)
    plan.has(f"khoảng {n1(pb)} năm")
    if key != "ig07":
        plan.check(close(pb, m["payback"], 0.05), f"payback {pb} vs true {m['payback']:.2f}")


def ready_checks(plan: Plan, extra: tuple[str, ...]) -> None:
    plan.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "nhãn hiệu", "truy xuất",
             "tiêu chuẩn cơ sở", *extra)
    plan.lacks(REPLACED, "replaced instrument or abolished level")
    for d, mth, yr in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", plan.body):
        plan.check(int(yr) >= 2030, f"paper valid only to {d}/{mth}/{yr}")


def no_placeholder(plan: Plan) -> None:
    plan.lacks(PLACEHOLDER, "template placeholder")


def hist_growth(P: dict) -> str:
    h = P["hist"]["out"]
    return n1(((h[2] / h[0]) ** 0.5 - 1) * 100)


def facts(key: str, m: dict) -> list[str]:
    """Figures the prose states, recomputed: the history's average growth, output, supply and
    balance, areas, capacity and its use."""
    P = PLANS[key]
    u = {"kg": "kg", "lít": "lít", "quả": "quả", "chiếc": "chiếc"}[P["unit"]]
    f = [f"bình quân {hist_growth(P)} %/năm", f"{n0(m['out'][0])} {u}", f"{n0(m['out'][2])} {u}"]
    bal = [n0(b) for b in m["balance"]]
    if key == "ig01":
        f += [f"{n0(m['to_line'][0])} kg, nhu cầu {n0(m['need'][0])} kg, còn dư {bal[0]} kg",
              f"còn dư {bal[2]} kg", f"{nd(m['area_ha'][0])} ha năm 2027", f"{nd(m['area_ha'][2])} ha năm 2029",
              f"{n0(m['cap'])} kg chè khô/năm", f"dùng {n1(m['use'][2])} % công suất", "8 lứa",
              f"{n1(m['rev'][0])} triệu đồng"]
    elif key == "ig02":
        f += [f"{n0(m['to_line'][0])} quả đạt chuẩn, nhu cầu {n0(m['need'][0])} quả, còn dư {bal[0]} quả",
              f"{n0(m['cap'])} quả/năm", f"{n0(m['inv'])} triệu đồng", f"{nd2(m['area_ha'][2])} ha năm 2029",
              "220 cây/ha, bình quân 50 quả/cây/năm"]
    elif key == "ig03":
        f += [f"dư {bal[0]} kg", f"dư {bal[1]} kg", f"{n1(m['use'][2])} % công suất",
              f"{nd2(m['area_ha'][0])} ha năm 2027", f"{nd2(m['area_ha'][2])} ha năm 2029"]
    elif key == "ig04":
        f += [f"dư {bal[0]} kg năm 2027", f"{bal[2]} kg năm 2029", f"{n0(m['cap'])} chiếc/năm",
              f"{nd2(m['area_ha'][0])} ha năm 2027", f"{nd2(m['area_ha'][2])} ha năm 2029"]
    elif key == "ig05":
        f += [f"{n0(m['cap'])} lít/năm", f"{n1(m['use'][2])} % công suất", "2,4 tạ thóc/sào", "2,0 tạ thóc/sào",
              "tỷ lệ xay xát 66 %"]
    elif key == "ig06":
        f += [f"dư {bal[0]} kg", "8 kg củ tươi cho 1 kg tinh bột", "1,4 ha"]
    elif key == "ig07":
        f += [f"dư {bal[0]} kg năm 2027", f"{bal[2]} kg năm 2029", f"{nd(m['area_sum'][0])} ha năm 2027",
              f"{nd(m['area_sum'][2])} ha năm 2029", "16 – 18 kg mật thô/đàn/năm"]
        f.remove(f"{n0(m['out'][2])} kg")
    elif key == "ig08":
        f += ["xay xát bình quân 62 %", "35 % sản lượng thóc"]
    elif key == "ig09":
        f += [f"dư {bal[0]} kg năm 2027", f"{bal[2]} kg năm 2029", f"tối đa {n1(m['use'][2])} %",
              f"{nd2(m['area_ha'][0])} ha năm 2027", "140 kg lá sả tươi cho 1 lít"]
    elif key == "ig10":
        f += [f"{n0(m['area_sum'][0])} m² năm 2027", f"{n0(m['area_sum'][1])} m² từ năm 2028", "3 vụ/năm"]
        f.remove(f"bình quân {hist_growth(P)} %/năm")
    return f


def check_plan(key: str) -> Plan:
    stem = PLANS[key]["stem"] if key in PLANS else SKETCHY[key]["stem"]
    plan = Plan(stem)
    if key in SKETCHY:
        return sketchy(plan, key)
    P = PLANS[key]
    m = model(P)
    check_tables(plan, key)
    relations(plan, key)
    for s in facts(key, m):
        plan.has(s)
    n_tables = len(md_tables(plan.body))
    plan.check(10 <= n_tables <= 15, f"{n_tables} tables")
    SPECIFIC[key](plan, m)
    return plan


# the per-plan checks (textual defects, papers, the planted figures outside tables)
def c_ig01(p: Plan, m: dict) -> None:
    ready_checks(p, ("an toàn thực phẩm", "kiểm nghiệm", "tự công bố", "đăng ký môi trường"))
    no_placeholder(p)


def c_ig02(p: Plan, m: dict) -> None:
    ready_checks(p, ("VietGAP", "an toàn thực phẩm", "kiểm nghiệm", "chỉ dẫn địa lý"))
    no_placeholder(p)


def c_ig03(p: Plan, m: dict) -> None:
    ready_checks(p, ("an toàn thực phẩm", "kiểm nghiệm", "tự công bố", "không ghi công dụng chữa bệnh"))
    no_placeholder(p)


def c_ig04(p: Plan, m: dict) -> None:
    ready_checks(p, ("không phải là thực phẩm", "thẻ treo"))
    no_placeholder(p)


def c_ig05(p: Plan, m: dict) -> None:
    no_placeholder(p)
    # no-alcohol-license: no licence held or planned anywhere
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm|điều kiện sản xuất rượu",
            "alcohol licence mentioned")
    p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "6-3:2010/BYT", "nhãn hiệu", "44/2019/QH14", "biogas",
          "đăng ký môi trường", "148/QĐ-TTg")
    # material-shortfall: need above supply in 2028 and 2029 by > 5 %, the text says it is enough
    for y in (1, 2):
        p.check(m["need"][y] > m["supply"][y] * 1.05, f"shortfall {YEARS[y]} not planted")
    p.check(m["need"][0] <= m["supply"][0], "2027 should be covered")
    p.lacks(r"Còn dư|thiếu hụt|thiếu gạo|thiếu nếp|thiếu nguyên liệu|mua thêm", "a balance row or shortage admitted")
    p.has("bảo đảm đủ gạo nếp")
    # profit-mismatch: checked in the summary table (plants)
    p.lacks(REPLACED, "replaced instrument")


def c_ig06(p: Plan, m: dict) -> None:
    no_placeholder(p)
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm|cam kết sản xuất",
            "food-safety paper mentioned")
    p.has("tiêu chuẩn cơ sở", "kiểm nghiệm", "tự công bố", "nhãn hiệu", "43/2017/NĐ-CP", "truy xuất",
          "148/QĐ-TTg", "nước thải")
    # capital-mismatch
    p.check(off(m["srcsum"], m["inv"]), "sources within 5 % of the investment")
    p.has(f"{n1(m['srcsum'])} triệu đồng", f"{n0(m['inv'])} triệu đồng")
    # figure-inconsistent: own area 1,8 ha in the producer part, 1,4 ha everywhere else
    true_area = PLANS["ig06"]["land"][0]["area"][0]
    p.check(off(1.8, true_area), "area not planted")
    p.check(p.count("1,8 ha") == 1, "1,8 ha should appear once")
    p.check(p.count("1,4 ha") >= 2, "1,4 ha should appear at least twice")
    p.lacks(REPLACED, "replaced instrument")


def c_ig07(p: Plan, m: dict) -> None:
    no_placeholder(p)
    # no-label-plan: "nhãn" only in "nhãn hiệu"
    bad = [x for x in re.findall(r"nhãn\s*\w*", p.body, re.I) if not x.lower().startswith("nhãn hiệu")]
    p.check(not bad, f"label words: {bad}")
    p.lacks(r"43/2017|111/2021|ghi nhãn|tem |mã vạch|\bQR\b", "label words")
    p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "kiểm nghiệm", "tự công bố", "nhãn hiệu", "nhật ký",
          "148/QĐ-TTg")
    # payback-mismatch
    p.check(off(1.9, m["payback"], 5), f"payback 1,9 vs {m['payback']:.2f}")
    p.lacks(REPLACED, "replaced instrument")


def c_ig08(p: Plan, m: dict) -> None:
    no_placeholder(p)
    # outdated-policy
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện")
    p.lacks(r"148/QĐ-TTg|1489", "current programme cited")
    # no-product-standard
    p.lacks(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu chất lượng",
            "product standard mentioned")
    p.has("an toàn thực phẩm", "nhãn hiệu", "truy xuất", "43/2017/NĐ-CP")
    # capacity-exceeded: 330 kg/day x 220 days
    for y in (1, 2):
        p.check(m["out"][y] > m["cap"] * 1.05, f"capacity {YEARS[y]} not exceeded")
    p.has(f"{n0(m['cap'])} kg gạo/năm", "không phải đầu tư thêm máy xát")
    p.lacks(r"máy xát mới|mua thêm máy xát|dây chuyền mới", "new milling line")


def c_ig09(p: Plan, m: dict) -> None:
    # boilerplate: the template placeholders left in
    p.check(len(re.findall(PLACEHOLDER, p.body)) >= 2, "placeholders not planted")
    # no-environment-measures
    p.lacks(r"môi trường|chất thải|nước thải|xử lý|\bbã\b|khói|\btro\b|\brác\b|biogas|phế phẩm|nước cất",
            "environment words")
    # no-sales-channel: no customer, channel or price anywhere in the text
    p.lacks(r"đại lý|cửa hàng|siêu thị|sàn thương mại|thương mại điện tử|Shopee|Facebook|Zalo|website|"
            r"nhà phân phối|hợp đồng bao tiêu|spa|khách sạn|điểm bán|hội chợ|kênh|bán lẻ|bán buôn|xuất khẩu",
            "sales channel words")
    p.has("an toàn thực phẩm", "tiêu chuẩn cơ sở", "kiểm nghiệm", "nhãn hiệu", "43/2017/NĐ-CP", "truy xuất",
          "148/QĐ-TTg", "mỹ phẩm")
    p.lacks(REPLACED, "replaced instrument")


def c_ig10(p: Plan, m: dict) -> None:
    no_placeholder(p)
    # no-business-registration
    p.lacks(r"đăng ký kinh doanh|đăng ký hộ kinh doanh|mã số thuế|mã số doanh nghiệp|giấy chứng nhận đăng ký|"
            r"hợp tác xã|tổ hợp tác|doanh nghiệp|công ty|hộ kinh doanh|MST", "registration words")
    p.has("VietGAP", "an toàn thực phẩm", "tiêu chuẩn cơ sở", "kiểm nghiệm", "nhãn hiệu", "truy xuất",
          "43/2017/NĐ-CP", "148/QĐ-TTg")
    # unrealistic-growth: yield per m² and output
    g = [m["out"][0] / PLANS["ig10"]["hist"]["out"][2] - 1, m["out"][1] / m["out"][0] - 1]
    p.check(g[1] > 0.9, f"output growth 2028 {g[1]:.2f}")
    p.check(m["rev"][1] / m["rev"][0] > 1.9, "revenue growth")
    p.has("4,2 kg/m²", "5,4 kg/m²", "2,6 kg/m²", "khoảng 2.400 cây, mỗi cây để 1 quả", "1,4 – 1,8 kg/quả")
    most = 2400 * 1 * 1.8 / 1000  # kg per m² and crop the plan's own planting allows
    p.check(PLANS["ig10"]["land"][0]["yld"][2] > most * 1.2, "2029 yield not beyond what the plants can bear")
    p.lacks(REPLACED, "replaced instrument")


def sketchy(plan: Plan, key: str) -> Plan:
    plan.check(not plan.rows, "sketchy plan has a table")
    wc = word_count(re.sub(r"^#+ ", "", plan.body, flags=re.M))
    plan.check(150 <= wc <= 350, f"sketchy plan has {wc} words")
    no_placeholder(plan)
    plan.lacks(REPLACED, "replaced instrument")
    if key == "ig11":
        plan.has("4 sào", "6 lứa", "500.000 đồng/kg", "150 kg", "80 triệu")
        plan.lacks(r"đăng ký|an toàn thực phẩm|tiêu chuẩn|nhãn hiệu|công bố", "papers")
    else:
        plan.has("1,5 ha", "2 vụ", "180.000 đồng/kg", "3 tấn", "120 triệu")
        plan.lacks(r"an toàn thực phẩm|tiêu chuẩn|nhãn hiệu|công bố|truy xuất", "papers")
    return plan


SPECIFIC = {"ig01": c_ig01, "ig02": c_ig02, "ig03": c_ig03, "ig04": c_ig04, "ig05": c_ig05,
            "ig06": c_ig06, "ig07": c_ig07, "ig08": c_ig08, "ig09": c_ig09, "ig10": c_ig10}


def main(argv: list[str] | None = None) -> int:
    keys = [a for a in (argv or []) if not a.startswith("-")] or list(PLANS) + list(SKETCHY)
    return plancheck.report([check_plan(k) for k in keys])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
