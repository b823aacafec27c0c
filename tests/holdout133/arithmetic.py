"""The 133rd holdout set's own arithmetic, recomputed: what a careful reviewer checks by hand.

    .venv/bin/python tests/holdout133/arithmetic.py

Theme: multi-product producers. Every full plan sells 3 to 5 products or pack sizes made from shared
raw materials on shared equipment and labour. The constants below (per plan: pack lines with their
size, price, packaging cost and quantities; the raw-material norm of each product; supply rows;
shared capacity; staff, wage, energy rate, fixed assets, loan, selling and tax shares; investment
items and sources; the 2026 history) are the plan's own figures. From them the script recomputes,
and compares with the tables read from the plan's source (each table looked up between its caption
and the next caption):

- production: each product's conversion to kg or litres = Σ packs × pack size, the grand total;
  the 2026 column = the history, growth year on year;
- raw material: need per product = converted output × its norm, the total need, supply rows summing
  to the supply, the balance row, need within supply;
- the shared capacity (the figure of the plan's own capacity sentence) against the total output or
  the total raw material processed;
- staff by role summing to the head count used in the wage line;
- revenue per pack line = quantity × the price in its label, each product's sub-total = its lines,
  the grand total = the sub-totals;
- cost: raw material per product = need × price, packaging = packs × unit cost, sub-totals, common
  costs (wages, energy, depreciation, interest, selling and tax shares of the stated revenue, a
  fixed line), the grand total;
- summary: profit = revenue − cost, margin, depreciation, net cash flow; payback as printed
  = investment / (average profit + depreciation);
- investment items = total, sources = total = investment.

Planted numeric defects are asserted wrong by more than 5 % (with the true value beside them),
every other number right within 1 %. Knock-ons of a planted cell (a sub-total, the grand total and
the profit that follow a wrong line) are checked against the stated figures they follow. Textual
defects are asserted by the absence or presence of their words. Ready plans cite QĐ 148/QĐ-TTg and
QĐ 1489/QĐ-TTg and no replaced instrument. No plan keeps a template placeholder.
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
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|Phòng Nông nghiệp")


def L(label, unit, size, price, pack, qty, hist):
    """One pack line: label, unit (hộp, chai …), size in the base unit, price đ, packaging đ/unit,
    quantities 2027–2029, quantity 2026."""
    return dict(label=label, unit=unit, size=size, price=price, pack=pack, qty=qty, hist=hist)


# --------------------------------------------------------------------------- the plans' constants

PLANS = {
    "ed01": dict(
        stem="ed01_che_xanh_son_tay_htx", base="kg",
        groups=[
            dict(name="Chè búp sao khô", raw="che", norm=4.8, lines=[
                L("Chè búp hộp 200 g", "hộp", 0.2, 85000, 7000, [15000, 16500, 18000], 13800),
                L("Chè búp túi 500 g", "túi", 0.5, 170000, 4000, [6000, 6600, 7200], 5600)]),
            dict(name="Chè xanh rang", raw="che", norm=4.5, lines=[
                L("Chè rang gói 250 g", "gói", 0.25, 55000, 3000, [8000, 8800, 9600], 7400)]),
            dict(name="Trà xanh túi lọc", raw="che", norm=5.2, lines=[
                L("Trà túi lọc hộp 50 g", "hộp", 0.05, 42000, 8000, [20000, 22000, 24000], 18000)]),
        ],
        raws={"che": dict(name="Búp chè tươi", price=15000,
                          supply=[("Vườn chè của thành viên (8 ha × 5.000 kg)", 40000),
                                  ("Hợp đồng thu mua với 18 hộ", 20000)])},
        cap=dict(basis="out", value=50 * 1 * 260),
        staff=[("Ban quản lý, kế toán", 3), ("Tổ thu mua, sơ chế", 3), ("Tổ sao, sấy", 4),
               ("Tổ đóng gói, kho", 3), ("Bán hàng", 1)],
        wage=6.5, energy=15000, fa=1400, life=8, loan=[600, 400, 200], rate=0.08,
        sell=0.08, tax=0.015, fixed=120,
        invest=[("Máy sao quay, máy vò mới", 350), ("Máy đóng gói trà túi lọc", 450), ("Máy sấy bơm nhiệt", 300),
                ("Cải tạo xưởng, kho chứa", 250), ("Thiết kế bao bì, nhãn, mã QR", 50), ("Vốn lưu động", 300)],
        sources=[("Vốn góp bổ sung của thành viên", 500), ("Quỹ đầu tư phát triển của HTX", 600),
                 ("Vay Ngân hàng Nông nghiệp và PTNT", 600)],
        payback=None,
    ),
    "ed02": dict(
        stem="ed02_nuoc_mam_van_ninh_cty", base="lít",
        groups=[
            dict(name="Nước mắm cốt 40 độ đạm", raw="ca", norm=1.6, lines=[
                L("Chai thủy tinh 500 ml", "chai", 0.5, 120000, 9000, [10000, 11000, 12000], 9200)]),
            dict(name="Nước mắm 30 độ đạm", raw="ca", norm=1.2, lines=[
                L("Chai nhựa 250 ml", "chai", 0.25, 38000, 4000, [16000, 17600, 19200], 14800),
                L("Chai nhựa 500 ml", "chai", 0.5, 65000, 5000, [24000, 26400, 28800], 22000),
                L("Can 2 lít", "can", 2, 210000, 12000, [4000, 4400, 4800], 3700)]),
            dict(name="Nước mắm 20 độ đạm", raw="ca", norm=0.8, lines=[
                L("Can 5 lít", "can", 5, 150000, 15000, [2000, 2200, 2400], 1800)]),
        ],
        raws={"ca": dict(name="Cá cơm tươi", price=22000,
                         supply=[("Hợp đồng với Tổ đoàn kết tàu cá Kỳ Ninh", 40000),
                                 ("Thu mua tại cảng cá Cửa Khẩu", 20000)])},
        cap=dict(basis="raw", value=40 * 1500),
        staff=[("Giám đốc, kế toán", 2), ("Kỹ thuật chượp, kiểm tra chất lượng", 2), ("Muối cá, đảo chượp", 4),
               ("Lọc, pha, chiết rót", 4), ("Kho, giao hàng", 2)],
        wage=7.0, energy=3000, fa=1500, life=10, loan=[800, 600, 400], rate=0.08,
        sell=0.08, tax=0.015, fixed=150,
        invest=[("Nhà chượp mới 200 m²", 600), ("20 thùng chượp gỗ và 10 bể composite", 400),
                ("Máy lọc, dây chuyền chiết rót bán tự động", 350), ("Xe tải nhỏ 1,5 tấn", 150),
                ("Vốn lưu động", 500)],
        sources=[("Vốn chủ sở hữu", 1200), ("Vay Ngân hàng TMCP Công Thương", 800)],
        payback=None,
    ),
    "ed03": dict(
        stem="ed03_banh_que_thien_loc_hkd", base="kg",
        groups=[
            dict(name="Bánh đa vừng đen", raw="te", norm=0.9, lines=[
                L("Bánh đa vừng gói 5 chiếc (300 g)", "gói", 0.3, 27000, 1500, [30000, 32000, 34000], 28000)]),
            dict(name="Bánh đa nem", raw="te", norm=1.1, lines=[
                L("Bánh đa nem túi 500 g", "túi", 0.5, 28000, 1200, [12000, 13000, 14000], 11000)]),
            dict(name="Bánh ram", raw="nep", norm=0.6, lines=[
                L("Bánh ram hộp 10 chiếc (500 g)", "hộp", 0.5, 45000, 3000, [16000, 17000, 18000], 14500)]),
        ],
        raws={"te": dict(name="Gạo tẻ", price=16000,
                         supply=[("Hợp đồng với HTX Nông nghiệp Thiên Lộc", 20000)]),
              "nep": dict(name="Gạo nếp", price=24000,
                          supply=[("Hợp đồng với 12 hộ trồng nếp thôn Đông Tiến", 8000)])},
        cap=dict(basis="out", value=90 * 300),
        staff=[("Chủ hộ, quản lý", 1), ("Xay bột, tráng bánh", 4), ("Nặn, rán bánh ram", 2), ("Đóng gói, giao hàng", 2)],
        wage=6.0, energy=6000, fa=480, life=8, loan=[300, 200, 100], rate=0.07,
        sell=0.06, tax=0.015, fixed=60,
        invest=[("Máy tráng bánh bán tự động", 260), ("Lò sấy bánh 2 buồng", 140), ("Máy hàn miệng túi, máy in date", 40),
                ("Sửa chữa xưởng, kho khô", 40), ("Vốn lưu động", 120)],
        sources=[("Vốn tự có của hộ", 300), ("Vay Ngân hàng Chính sách xã hội", 300)],
        payback=None,
    ),
    "ed04": dict(
        stem="ed04_mat_ong_huong_quang_tht", base="kg",
        groups=[
            dict(name="Mật ong hoa rừng", raw="mat", norm=1.05, lines=[
                L("Chai 250 g", "chai", 0.25, 90000, 5000, [8000, 8800, 9600], 7400),
                L("Chai 500 g", "chai", 0.5, 170000, 7000, [6000, 6600, 7200], 5500)]),
            dict(name="Mật ong hoa keo", raw="mat", norm=1.05, lines=[
                L("Hũ 1 kg", "hũ", 1, 160000, 10000, [3000, 3300, 3600], 2800),
                L("Can 3 kg", "can", 3, 420000, 25000, [600, 660, 720], 560)]),
        ],
        raws={"mat": dict(name="Mật ong thô", price=110000,
                          supply=[("Đàn ong của 9 tổ viên (620 đàn × 15 kg)", 9300),
                                  ("Thu mua của 14 hộ nuôi ong liên kết (300 đàn × 15 kg)", 4500)])},
        cap=dict(basis="raw", value=100 * 150),
        staff=[("Tổ trưởng, kế toán", 2), ("Kỹ thuật, kiểm tra mật", 1), ("Lọc, hạ thủy phần", 2), ("Chiết rót, dán nhãn", 1)],
        wage=6.0, energy=2000, fa=500, life=8, loan=[0, 0, 0], rate=0.0,
        sell=0.06, tax=0.01, fixed=60,
        invest=[("Máy hạ thủy phần mật ong 100 kg/mẻ", 280), ("Bồn lắng inox và máy lọc", 120),
                ("Phòng chiết rót, kho mát", 100), ("Vốn lưu động", 200)],
        sources=[("Vốn góp của 9 tổ viên", 450), ("Vốn hỗ trợ sản phẩm OCOP của tỉnh đã được phê duyệt", 250)],
        payback=None,
    ),
    "ed05": dict(
        stem="ed05_ruou_nep_xuan_vien_htx", base="lít",
        groups=[
            dict(name="Rượu nếp 40 độ", raw="nep", norm=1.5, lines=[
                L("Chai 500 ml", "chai", 0.5, 90000, 8000, [14000, 15000, 16000], 13000),
                L("Bình sứ 1 lít", "bình", 1, 250000, 45000, [1500, 1700, 1900], 1300)]),
            dict(name="Rượu nếp 29 độ", raw="nep", norm=1.1, lines=[
                L("Chai 500 ml", "chai", 0.5, 60000, 6000, [12000, 13000, 14000], 11000),
                L("Can 2 lít", "can", 2, 180000, 10000, [2500, 2700, 2900], 2300)]),
            dict(name="Rượu nếp sim", raw="nep", norm=1.2, lines=[
                L("Chai 500 ml", "chai", 0.5, 110000, 8000, [6000, 6600, 7200], 5000)]),
        ],
        raws={"nep": dict(name="Gạo nếp cái", price=26000,
                          supply=[("Ruộng nếp của thành viên (9 ha × 3.500 kg)", 31500),
                                  ("Hợp đồng với HTX Nông nghiệp Xuân Viên", 10000)])},
        cap=dict(basis="out", value=2 * 50 * 280),
        staff=[("Ban quản trị, kế toán", 3), ("Nấu cơm, ủ men", 3), ("Chưng cất", 3), ("Hạ thổ, lọc, chiết rót", 2),
               ("Bán hàng", 1)],
        wage=6.5, energy=8000, fa=1200, life=10, loan=[600, 400, 200], rate=0.08,
        sell=0.08, tax=0.02, fixed=120,
        invest=[("2 nồi chưng cất inox 2 vỏ", 380), ("Hầm hạ thổ, 60 chum sành", 320), ("Máy lọc, máy chiết rót", 250),
                ("Nhà xưởng mở rộng 120 m²", 250), ("Vốn lưu động", 400)],
        sources=[("Vốn góp của thành viên", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 600),
                 ("Quỹ phát triển HTX", 400)],
        payback=None,
    ),
    "ed06": dict(
        stem="ed06_mam_ruoc_thach_kim_cty", base="kg",
        groups=[
            dict(name="Mắm tôm", raw="moi", norm=1.2, lines=[
                L("Hũ 200 g", "hũ", 0.2, 25000, 3000, [40000, 44000, 50000], 36000),
                L("Hũ 500 g", "hũ", 0.5, 55000, 4500, [30000, 33000, 37000], 27000)]),
            dict(name="Ruốc khô (moi sấy)", raw="moi", norm=4.0, lines=[
                L("Ruốc khô túi 200 g", "túi", 0.2, 70000, 2000, [20000, 23000, 26000], 18000),
                L("Ruốc khô túi 500 g", "túi", 0.5, 160000, 3000, [6000, 7000, 8000], 5200)]),
        ],
        raws={"moi": dict(name="Tôm moi tươi", price=25000,
                          supply=[("Hợp đồng với 6 thuyền lưới moi xã Thạch Kim", 50000),
                                  ("Thu mua tại bến cá Thạch Kim", 14000)])},
        cap=dict(basis="raw", value=400 * 250),
        staff=[("Giám đốc, kế toán", 2), ("Sơ chế, muối mắm", 4), ("Sấy ruốc", 3), ("Đóng hũ, đóng túi", 3), ("Kho, bán hàng", 2)],
        wage=6.5, energy=9000, fa=1000, life=10, loan=[500, 350, 200], rate=0.08,
        sell=0.07, tax=0.015, fixed=120,
        invest=[("Máy sấy nhiệt 2 buồng", 420), ("Lu, chum ủ mắm và nhà phơi có mái che", 300),
                ("Máy xay, máy đóng hũ", 180), ("Thiết kế bao bì, nhãn", 100), ("Vốn lưu động", 400)],
        sources=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng TMCP Đầu tư và Phát triển", 500)],
        payback=None,
    ),
    "ed07": dict(
        stem="ed07_keo_duc_lac_cp", base="kg",
        groups=[
            dict(name="Kẹo cu đơ", raw="lac", norm=0.45, lines=[
                L("Cu đơ hộp 300 g", "hộp", 0.3, 45000, 4000, [30000, 33000, 37000], 27000),
                L("Cu đơ gói 500 g", "gói", 0.5, 65000, 2500, [14000, 15500, 17000], 12500)]),
            dict(name="Kẹo lạc thanh", raw="lac", norm=0.6, lines=[
                L("Kẹo lạc hộp 200 g", "hộp", 0.2, 30000, 3000, [25000, 28000, 32000], 22500)]),
            dict(name="Kẹo lạc vừng", raw="lac", norm=0.5, lines=[
                L("Kẹo lạc vừng gói 250 g", "gói", 0.25, 35000, 2000, [16000, 18000, 21000], 14000)]),
        ],
        raws={"lac": dict(name="Lạc nhân", price=60000,
                          supply=[("Hợp đồng với HTX Nông nghiệp Đức Lạc (45 ha)", 12000),
                                  ("Đại lý nông sản Đức Thọ", 6000)])},
        cap=dict(basis="out", value=100 * 280),
        staff=[("Giám đốc, kế toán", 2), ("Kỹ thuật, kiểm tra", 1), ("Nấu kẹo, cán", 5), ("Cắt, đóng gói", 5), ("Bán hàng", 2)],
        wage=6.5, energy=12000, fa=900, life=8, loan=[500, 300, 100], rate=0.08,
        sell=0.08, tax=0.015, fixed=150,
        invest=[("Máy cán, cắt kẹo liên hoàn", 420), ("Máy rang lạc, máy bóc vỏ lụa", 250), ("Máy đóng gói màng co", 230),
                ("Vốn lưu động", 400)],
        sources=[("Vốn góp của cổ đông", 800), ("Vay Ngân hàng Nông nghiệp và PTNT", 500)],
        payback=None,
    ),
    "ed08": dict(
        stem="ed08_tra_duoc_lieu_tung_loc_cty", base="kg",
        groups=[
            dict(name="Chè vằng", raw="vang", norm=5.0, lines=[
                L("Chè vằng khô túi 500 g", "túi", 0.5, 80000, 3000, [10000, 11000, 12000], 9000),
                L("Chè vằng túi lọc hộp 60 g", "hộp", 0.06, 40000, 7000, [30000, 33000, 36000], 27000)]),
            dict(name="Cà gai leo", raw="cgl", norm=4.5, lines=[
                L("Cà gai leo khô túi 500 g", "túi", 0.5, 90000, 3000, [6000, 6600, 7200], 5400),
                L("Cà gai leo túi lọc hộp 60 g", "hộp", 0.06, 45000, 7000, [20000, 22000, 24000], 18000)]),
        ],
        raws={"vang": dict(name="Lá chè vằng tươi", price=6000,
                           supply=[("Vùng trồng của công ty (6 ha × 7.000 kg)", 42000),
                                   ("Hợp đồng với 20 hộ xã Tùng Lộc", 20000)]),
              "cgl": dict(name="Cà gai leo tươi", price=8000,
                          supply=[("Hợp đồng với Tổ hợp tác dược liệu Tùng Lộc (5 ha × 5.000 kg)", 25000)])},
        cap=dict(basis="raw", value=400 * 260),
        staff=[("Giám đốc, kế toán", 2), ("Kỹ thuật dược liệu", 1), ("Sơ chế, sấy", 4), ("Đóng túi lọc, đóng gói", 4),
               ("Bán hàng", 2)],
        wage=6.5, energy=20000, fa=1400, life=10, loan=[700, 500, 300], rate=0.08,
        sell=0.08, tax=0.015, fixed=150,
        invest=[("Lò sấy nhiệt 2 buồng 400 kg tươi/ngày", 450), ("Máy đóng trà túi lọc tự động", 550),
                ("Máy nghiền, sàng", 150), ("Cải tạo nhà xưởng, kho", 250), ("Vốn lưu động", 400)],
        sources=[("Vốn chủ sở hữu", 700), ("Vay Ngân hàng TMCP Công Thương", 700)],  # PLANTED: 1.400 of 1.800
        payback=1.0,  # PLANTED: stated 1,0 year
    ),
    "ed09": dict(
        stem="ed09_dau_lac_phuc_dong_tht", base="lít",
        groups=[
            dict(name="Dầu lạc ép nóng", raw="lac", norm=2.5, lines=[
                L("Chai 500 ml", "chai", 0.5, 90000, 4000, [12000, 24000, 43200], 11000),
                L("Chai 1 lít", "chai", 1, 170000, 5000, [8000, 16000, 28800], 7300),
                L("Can 2 lít", "can", 2, 320000, 8000, [2500, 5000, 9000], 2300)]),
            dict(name="Dầu lạc ép lạnh", raw="lac", norm=3.0, lines=[
                L("Chai thủy tinh 250 ml", "chai", 0.25, 65000, 6000, [4000, 8000, 14400], 3600)]),
        ],
        raws={"lac": dict(name="Lạc nhân", price=40000,
                          supply=[("Lạc của 7 tổ viên (12 ha × 2.500 kg)", 30000),
                                  ("Hợp đồng với HTX Nông nghiệp Phúc Đồng (32 ha)", 80000),
                                  ("Thu mua của thương lái vùng Hương Khê", 80000)])},
        cap=dict(basis="raw", value=2 * 350 * 280),
        staff=[("Tổ trưởng, kế toán", 2), ("Rang, ép dầu", 2), ("Lắng lọc, chiết rót", 2), ("Bán hàng", 1)],
        wage=6.0, energy=4000, fa=600, life=8, loan=[300, 200, 100], rate=0.08,
        sell=0.06, tax=0.015, fixed=80,
        invest=[("Máy lọc dầu ép khung bản", 180), ("Bồn lắng inox 4 cái", 120), ("Máy chiết rót, máy in date", 100),
                ("Máy ép lạnh trục vít", 200), ("Vốn lưu động", 200)],
        sources=[("Vốn góp của 7 tổ viên", 500), ("Vay Ngân hàng Nông nghiệp và PTNT", 300)],
        payback=None,
    ),
    "ed10": dict(
        stem="ed10_gio_cha_thach_dai_hkd", base="kg",
        groups=[
            dict(name="Giò lụa", raw="thit", norm=1.15, lines=[
                L("Giò lụa cây 500 g", "cây", 0.5, 120000, 3000, [12000, 13000, 14000], 11000),
                L("Giò lụa cây 1 kg", "cây", 1, 230000, 4000, [5000, 5500, 6000], 4600)]),
            dict(name="Chả quế", raw="thit", norm=1.1, lines=[
                L("Chả quế khoanh 500 g", "khoanh", 0.5, 135000, 3000, [6000, 6600, 7200], 5400)]),
            dict(name="Nem chua", raw="thit", norm=0.9, lines=[
                L("Nem chua chục 10 chiếc (300 g)", "chục", 0.3, 50000, 2000, [15000, 16500, 18000], 13500)]),
        ],
        raws={"thit": dict(name="Thịt lợn nạc mông, nạc vai", price=105000,
                           supply=[("Hợp đồng với lò mổ Thạch Đài", 18000), ("Trang trại lợn Hòa Bình", 6000)])},
        cap=dict(basis="out", value=80 * 300),
        staff=[("Chủ hộ, quản lý", 1), ("Pha lọc, xay giò", 3), ("Gói, luộc, nướng", 3), ("Giao hàng", 1)],
        wage=6.0, energy=15000, fa=360, life=6, loan=[0, 0, 0], rate=0.0,
        sell=0.05, tax=0.015, fixed=60,
        invest=[], sources=[], payback=None,
    ),
}

# Planted cells (stated ≠ true) and where they go.
OVERRIDES = {
    # ed05 table-total-mismatch: the 2028 "Tổng doanh thu" leaves out the third product (rượu nếp sim)
    "ed05": {("rev_total", 1): "omit_last_group"},
    # ed06 revenue-mismatch: 2027 line "Ruốc khô túi 200 g (70.000 đ/túi)" priced at 80.000 đ
    "ed06": {("rev_line", "Ruốc khô túi 200 g", 0): 80000},
    # ed07 profit-mismatch: 2029 profit written 1.350,0 instead of revenue − cost
    "ed07": {("profit", 2): 1150.0},
}


# --------------------------------------------------------------------------- the model

def lines_of(p):
    return [(g, ln) for g in p["groups"] for ln in g["lines"]]


def model(key: str, stated: bool = False) -> dict:
    """Every figure of a plan in triệu đồng / base units / kg; with stated=True the planted cells
    and their knock-ons as the plan prints them."""
    p = PLANS[key]
    ov = OVERRIDES.get(key, {}) if stated else {}
    m = {"out_line": {}, "out_group": {}, "need_group": {}, "rev_line": {}, "rev_group": {}, "cost_raw": {},
         "cost_pack": {}, "cost_group": {}}
    for g in p["groups"]:
        m["out_group"][g["name"]] = [sum(ln["qty"][y] * ln["size"] for ln in g["lines"]) for y in range(3)]
        m["need_group"][g["name"]] = [m["out_group"][g["name"]][y] * g["norm"] for y in range(3)]
        for ln in g["lines"]:
            key2 = (g["name"], ln["label"])
            m["out_line"][key2] = ln["qty"]
            m["rev_line"][key2] = [ln["qty"][y] * ov.get(("rev_line", ln["label"], y), ln["price"]) / 1e6
                                   for y in range(3)]
        m["rev_group"][g["name"]] = [sum(m["rev_line"][(g["name"], ln["label"])][y] for ln in g["lines"])
                                     for y in range(3)]
        rp = p["raws"][g["raw"]]["price"]
        m["cost_raw"][g["name"]] = [m["need_group"][g["name"]][y] * rp / 1e6 for y in range(3)]
        m["cost_pack"][g["name"]] = [sum(ln["qty"][y] * ln["pack"] for ln in g["lines"]) / 1e6 for y in range(3)]
        m["cost_group"][g["name"]] = [m["cost_raw"][g["name"]][y] + m["cost_pack"][g["name"]][y] for y in range(3)]
    names = [g["name"] for g in p["groups"]]
    m["out_total"] = [sum(m["out_group"][n][y] for n in names) for y in range(3)]
    m["out_hist"] = sum(ln["hist"] * ln["size"] for _, ln in lines_of(p))
    m["rev_hist"] = sum(ln["hist"] * ln["price"] for _, ln in lines_of(p)) / 1e6
    m["need_raw"] = {r: [sum(m["need_group"][g["name"]][y] for g in p["groups"] if g["raw"] == r) for y in range(3)]
                     for r in p["raws"]}
    m["supply"] = {r: sum(v for _, v in p["raws"][r]["supply"]) for r in p["raws"]}
    m["need_total"] = [sum(m["need_raw"][r][y] for r in p["raws"]) for y in range(3)]
    rev = [sum(m["rev_group"][n][y] for n in names) for y in range(3)]
    if ov.get(("rev_total", 1)) == "omit_last_group":
        rev[1] = sum(m["rev_group"][n][1] for n in names[:-1])
    m["rev_total"] = rev
    staff = sum(n for _, n in p["staff"])
    m["staff"] = staff
    dep = p["fa"] / p["life"] if p["fa"] else 0
    m["common"] = {
        "wage": [staff * p["wage"] * 12] * 3,
        "energy": [m["out_total"][y] * p["energy"] / 1e6 for y in range(3)],
        "dep": [dep] * 3,
        "interest": [p["loan"][y] * p["rate"] for y in range(3)],
        "sell": [rev[y] * p["sell"] for y in range(3)],
        "tax": [rev[y] * p["tax"] for y in range(3)],
        "fixed": [p["fixed"]] * 3,
    }
    if not p["loan"][0]:
        del m["common"]["interest"]
    m["common_total"] = [sum(v[y] for v in m["common"].values()) for y in range(3)]
    m["direct_total"] = [sum(m["cost_group"][n][y] for n in names) for y in range(3)]
    m["cost_total"] = [m["direct_total"][y] + m["common_total"][y] for y in range(3)]
    m["profit"] = [rev[y] - m["cost_total"][y] for y in range(3)]
    if ("profit", 2) in ov:
        m["profit"][2] = ov[("profit", 2)]
    m["dep"] = dep
    m["invest"] = sum(v for _, v in p["invest"])
    m["sources"] = sum(v for _, v in p["sources"])
    avg = sum(m["profit"]) / 3
    m["avg_profit"] = avg
    m["payback"] = m["invest"] / (avg + dep) if p["invest"] else None
    return m


# --------------------------------------------------------------------------- reading the plans

class Plan(plancheck.Plan):
    src = HERE / "src"

    def part(self, start: str, end: str | None = None) -> "Plan":
        i = self.body.find(start)
        if i < 0:
            self.failures.append(f"marker not found: {start!r}")
            return self
        j = self.body.find(end, i + len(start)) if end else -1
        text = self.body[i: j if j >= 0 else len(self.body)]
        q = copy.copy(self)
        q.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                  for line in text.splitlines() if line.strip().startswith("|")]
        return q

    def table(self, caption: str) -> "Plan":
        """The rows between a caption ("Bảng 3. …") and the next caption or heading."""
        i = self.body.find(caption)
        if i < 0:
            self.failures.append(f"caption not found: {caption!r}")
            return self
        rest = self.body[i + len(caption):]
        m = re.search(r"\n(Bảng \d+\.|BẢNG \d+\.|#)", rest)
        text = rest[: m.start()] if m else rest
        q = copy.copy(self)
        q.rows = [[c.strip() for c in line.strip().strip("|").split("|")]
                  for line in text.splitlines() if line.strip().startswith("|")]
        return q

    def hasi(self, *snippets: str) -> None:
        low = self.body.lower()
        for w in snippets:
            self.check(w.lower() in low, f"text not found (any case): {w!r}")

    def words(self) -> int:
        return len(self.body.split())


def tab(p: Plan, n: int) -> Plan:
    """Table n, whatever the caption's case."""
    for cap in (f"Bảng {n}.", f"BẢNG {n}."):
        if cap in p.body:
            return p.table(cap)
    p.failures.append(f"table {n} not found")
    return p


def near(a: float, b: float) -> bool:
    """Equal within 1 % or within the rounding of one decimal."""
    return close(a, b) or abs(a - b) <= 0.051


# --------------------------------------------------------------------------- generic checks

CAPTIONS = dict(hist=1, raw=2, staff=3, prod=4, invest=5, sources=6, rev=7, cost=8, summary=9)


def caps(key: str) -> dict:
    """Table numbers; a plan without an investment section numbers its money tables 5–7."""
    c = dict(CAPTIONS)
    if not PLANS[key]["invest"]:
        c.update(rev=5, cost=6, summary=7)
    return c


def check_full(key: str, planted: set[str]) -> Plan:
    """Everything a full plan's tables say, against the constants. `planted` names the planted
    numeric defects of this plan, which are asserted wrong instead."""
    p_ = PLANS[key]
    p = Plan(p_["stem"])
    C = caps(key)
    true, st = model(key), model(key, stated=True)
    names = [g["name"] for g in p_["groups"]]
    # history (2026)
    h = tab(p, C["hist"])
    p.check(near(h.one("Tổng sản lượng quy đổi"), true["out_hist"]), "history: converted total")
    p.check(near(h.one("Doanh thu"), true["rev_hist"]), "history: revenue = Σ packs × price")
    # production
    pr = tab(p, C["prod"])
    seen: dict[str, int] = {}
    for g, ln in lines_of(p_):
        k = seen.get(ln["label"], 0)
        seen[ln["label"]] = k + 1
        got = pr.row(ln["label"], 4, skip=k)
        p.check(got == [ln["hist"]] + ln["qty"], f"production {g['name']} {ln['label']}: {got}")
    for g in p_["groups"]:
        got = pr.row(f"Quy đổi {g['name'].lower()}", 4)
        want = [sum(ln["hist"] * ln["size"] for ln in g["lines"])] + true["out_group"][g["name"]]
        p.check(all(near(a, b) for a, b in zip(got, want)), f"conversion {g['name']}: {got} vs {want}")
    got = pr.row("Tổng sản lượng quy đổi", 4)
    p.check(all(near(a, b) for a, b in zip(got, [true["out_hist"]] + true["out_total"])), f"total output {got}")
    # raw material
    rw = tab(p, C["raw"])
    for g in p_["groups"]:
        got = rw.row(g["name"], 3)
        p.check(all(near(a, b) for a, b in zip(got, true["need_group"][g["name"]])), f"need {g['name']}: {got}")
    for r, raw in p_["raws"].items():
        sfx = f" {raw['name'].lower()}" if len(p_["raws"]) > 1 else ""
        tn = rw.row(f"Tổng nhu cầu{sfx}", 3)
        p.check(all(near(a, b) for a, b in zip(tn, true["need_raw"][r])), f"total need {r}: {tn}")
        for lab, v in raw["supply"]:
            p.check(rw.row(lab, 3) == [v] * 3, f"supply row {lab}")
        ts = rw.row(f"Tổng nguồn cung{sfx}", 3)
        p.check(ts == [true["supply"][r]] * 3, f"total supply {r}")
        if "material-shortfall" in planted:
            continue
        bal = rw.row(f"Chênh lệch{sfx}", 3)
        p.check(all(near(b, ts[y] - tn[y]) for y, b in enumerate(bal)), f"balance {r}")
        p.check(all(true["need_raw"][r][y] <= true["supply"][r] for y in range(3)), f"need within supply {r}")
    # capacity
    cap = p_["cap"]
    used = true["out_total"] if cap["basis"] == "out" else true["need_total"]
    if "capacity-exceeded" not in planted:
        p.check(all(u <= cap["value"] for u in used), f"within capacity {cap['value']}: {used}")
    # staff
    sf = tab(p, C["staff"])
    for lab, n in p_["staff"]:
        p.check(sf.one(lab) == n, f"staff {lab}")
    p.check(sf.one("Tổng số lao động") == true["staff"], "staff total")
    # investment and sources
    if p_["invest"]:
        iv = tab(p, C["invest"])
        for lab, v in p_["invest"]:
            p.check(iv.one(lab) == v, f"investment {lab}")
        p.check(iv.one("Tổng vốn đầu tư") == true["invest"], "investment total")
        p.check(p_["fa"] == true["invest"] - dict(p_["invest"])["Vốn lưu động"], "fixed assets = items but working capital")
        so = tab(p, C["sources"])
        for lab, v in p_["sources"]:
            p.check(so.one(lab) == v, f"source {lab}")
        p.check(so.one("Tổng nguồn vốn") == true["sources"], "sources total = Σ sources")
        if "capital-mismatch" not in planted:
            p.check(true["sources"] == true["invest"], "sources = investment")
    # revenue
    rv = tab(p, C["rev"])
    seen = {}
    for g in p_["groups"]:
        for ln in g["lines"]:
            k = seen.get(ln["label"], 0)
            seen[ln["label"]] = k + 1
            got = rv.row(ln["label"], 3, skip=k)
            for y in range(3):
                if "revenue-mismatch" in planted and (ln["label"], y) == PLANTED_LINE.get(key):
                    t = true["rev_line"][(g["name"], ln["label"])][y]
                    p.check(off(got[y], t), f"PLANTED revenue line {ln['label']} {got[y]} vs true {t}")
                else:
                    p.check(near(got[y], true["rev_line"][(g["name"], ln["label"])][y]),
                            f"revenue {ln['label']} {y}: {got[y]}")
        sub = rv.row(f"Cộng {g['name'].lower()}", 3)
        p.check(all(near(a, b) for a, b in zip(sub, st["rev_group"][g["name"]])), f"sub-total {g['name']}: {sub}")
    tot = rv.row("Tổng doanh thu", 3)
    for y in range(3):
        s = sum(st["rev_group"][n][y] for n in names)
        if "table-total-mismatch" in planted and y == 1:
            p.check(off(tot[y], s) and near(tot[y], st["rev_total"][y]),
                    f"PLANTED grand total 2028 {tot[y]} vs Σ sub-totals {s}")
        else:
            p.check(near(tot[y], s), f"grand total {y}: {tot[y]} vs {s}")
    # cost
    co = tab(p, C["cost"])
    for g in p_["groups"]:
        n = g["name"].lower()
        got_r, got_p, got_s = co.row(f"Nguyên liệu {n}", 3), co.row(f"Bao bì {n}", 3), co.row(f"Cộng {n}", 3)
        for y in range(3):
            p.check(near(got_r[y], true["cost_raw"][g["name"]][y]) and near(got_p[y], true["cost_pack"][g["name"]][y])
                    and near(got_s[y], got_r[y] + got_p[y]), f"direct cost {g['name']} {y}")
    labels = dict(wage="Tiền", energy="Điện, nhiên liệu", dep="Khấu hao", interest="Lãi vay",
                  sell="Bán hàng, quảng bá", tax="Thuế, phí", fixed="Quản lý")
    common = {k: co.row(labels[k], 3) for k in st["common"]}
    for k, v in common.items():
        p.check(all(near(a, b) for a, b in zip(v, st["common"][k])), f"common cost {k}: {v} vs {st['common'][k]}")
    ct = co.row("Cộng chi phí chung", 3)
    dt = co.row("Cộng chi phí trực tiếp", 3)
    tc = co.row("Tổng chi phí", 3)
    for y in range(3):
        p.check(near(ct[y], sum(v[y] for v in common.values())), f"common total {y}")
        p.check(near(dt[y], true["direct_total"][y]), f"direct total {y}")
        p.check(near(tc[y], dt[y] + ct[y]), f"cost total {y}")
    # summary
    su = tab(p, C["summary"])
    srev, scost, sprof = su.row("Doanh thu", 3), su.row("Tổng chi phí", 3), su.row("Lợi nhuận", 3)
    sdep, scash = su.row("Khấu hao", 3), su.row("Dòng tiền thuần", 3)
    for y in range(3):
        p.check(near(srev[y], tot[y]) and near(scost[y], tc[y]), f"summary = tables {y}")
        if "profit-mismatch" in planted and y == 2:
            p.check(off(sprof[y], srev[y] - scost[y]), f"PLANTED profit 2029 {sprof[y]} vs {srev[y] - scost[y]:.1f}")
        else:
            p.check(near(sprof[y], srev[y] - scost[y]), f"profit {y}: {sprof[y]}")
        p.check(near(sdep[y], true["dep"]) and near(scash[y], sprof[y] + sdep[y]), f"cash flow {y}")
        if "unrealistic-growth" not in planted:
            prev = true["rev_hist"] if y == 0 else sum(true["rev_group"][n][y - 1] for n in names)
            cur = sum(true["rev_group"][n][y] for n in names)
            p.check(cur / prev < 1.2, f"growth {y}: {cur / prev:.2f}")
    margin = [true["profit"][y] / sum(true["rev_group"][n][y] for n in names) for y in range(3)]
    p.check(all(0.05 < x < 0.35 for x in margin) or "unrealistic-growth" in planted, f"margin {margin}")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


PLANTED_LINE = {"ed06": ("Ruốc khô túi 200 g", 0)}


def payback_text(p: Plan, key: str, planted: bool = False) -> None:
    """The payback sentence "X : (a + b) ≈ c năm": X the investment, a the average of the summary's
    profits, b the depreciation, c = X / (a + b); a planted c is off the true payback by > 5 %."""
    true = model(key)
    m = re.search(r"([\d.]+) : \(([\d.,]+) \+ ([\d.,]+)\) ≈ ([\d,]+) năm", p.body)
    if not m:
        p.failures.append("payback sentence not found")
        return
    inv, a, b, c = (plancheck.vn(x) for x in m.groups())
    prof = tab(p, caps(key)["summary"]).row("Lợi nhuận", 3)
    p.check(inv == true["invest"] and near(a, sum(prof) / 3) and near(b, true["dep"]), f"payback inputs {m.group(0)}")
    if planted:
        p.check(off(c, inv / (a + b)) and off(c, true["payback"]),
                f"PLANTED payback {c} vs {inv / (a + b):.2f} (true {true['payback']:.2f})")
    else:
        p.check(abs(c - inv / (a + b)) <= 0.051, f"payback {c} vs {inv / (a + b):.2f}")


def plancheck_fmt(x: float, d: int = 0) -> str:
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def ready(p: Plan) -> None:
    p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
    low = p.body.lower()
    for w in ("148/qđ-ttg", "1489/qđ-ttg", "43/2017/nđ-cp", "tiêu chuẩn cơ sở", "tự công bố", "an toàn thực phẩm",
              "nhãn hiệu", "truy xuất", "môi trường"):
        p.check(w in low, f"ready plan lacks {w!r}")


# --------------------------------------------------------------------------- per plan

def ed01():
    p = check_full("ed01", set()); ready(p); payback_text(p, "ed01")
    p.has("50 kg chè thành phẩm/ngày", "13.000 kg thành phẩm/năm", "Hợp tác xã Chè xanh Sơn Tây")
    return p


def ed02():
    p = check_full("ed02", set()); ready(p); payback_text(p, "ed02")
    p.has("40 thùng và bể chượp", "60.000 kg cá/năm", "đăng ký môi trường")
    return p


def ed03():
    p = check_full("ed03", set()); ready(p); payback_text(p, "ed03")
    p.has("90 kg bánh/ngày", "27.000 kg/năm")
    return p


def ed04():
    p = check_full("ed04", set()); ready(p); payback_text(p, "ed04")
    p.has("100 kg mật thô/mẻ", "15.000 kg mật thô/năm")
    return p


def ed05():
    p = check_full("ed05", {"table-total-mismatch"}); payback_text(p, "ed05")
    t, s = model("ed05"), model("ed05", stated=True)
    p.check(off(s["rev_total"][1], t["rev_total"][1]), "PLANTED 2028 total leaves out rượu nếp sim")
    p.has("12 lao động thường xuyên", "8 lao động thường xuyên")  # PLANTED figure-inconsistent
    p.check(PLANS["ed05"]["staff"] and model("ed05")["staff"] == 12 and off(8, 12), "PLANTED 8 vs 12 workers")
    p.lacks(r"giấy phép|cấp phép|105/2017|17/2020|rượu thủ công nhằm", "PLANTED no alcohol licence")
    p.hasi("148/QĐ-TTg", "tiêu chuẩn cơ sở", "nhãn hiệu", "43/2017/NĐ-CP")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ed06():
    p = check_full("ed06", {"revenue-mismatch", "material-shortfall"}); payback_text(p, "ed06")
    t = model("ed06")
    need, sup = t["need_raw"]["moi"], t["supply"]["moi"]
    p.check(need[1] <= sup and off(need[2], sup) and need[2] > sup, f"PLANTED moi need {need} vs supply {sup}")
    p.check(not any("Chênh lệch" in c for r in tab(p, CAPTIONS["raw"]).rows for c in r), "no balance row in the raw table")
    p.lacks(r"môi trường|nước thải|xử lý chất thải|mùi hôi|bể lắng|rác thải|biogas|chế phẩm vi sinh|khử mùi",
            "PLANTED no environmental measure")
    p.hasi("đủ nguyên liệu cho cả giai đoạn", "148/QĐ-TTg", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "an toàn thực phẩm")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ed07():
    p = check_full("ed07", {"capacity-exceeded", "profit-mismatch"}); payback_text(p, "ed07")
    t = model("ed07")
    cap = PLANS["ed07"]["cap"]["value"]
    p.check(t["out_total"][1] <= cap and off(t["out_total"][2], cap) and t["out_total"][2] > cap,
            f"PLANTED 2029 output {t['out_total'][2]} > capacity {cap}")
    p.has("28.000 kg kẹo/năm", "đáp ứng đủ sản lượng đến năm 2029")
    p.lacks(r"nhãn(?! hiệu)|ghi nhãn|43/2017|111/2021|mã vạch|tem|QR", "PLANTED no label plan")
    p.hasi("148/QĐ-TTg", "tiêu chuẩn cơ sở", "nhãn hiệu", "an toàn thực phẩm")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ed08():
    p = check_full("ed08", {"capital-mismatch"}); payback_text(p, "ed08", planted=True)
    t = model("ed08")
    p.check(off(t["sources"], t["invest"]), f"PLANTED sources {t['sources']} vs investment {t['invest']}")
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|bảo hộ|logo|chỉ dẫn địa lý", "PLANTED no trademark")
    p.hasi("148/QĐ-TTg", "tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "an toàn thực phẩm", "truy xuất")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ed09():
    p = check_full("ed09", {"unrealistic-growth"}); payback_text(p, "ed09")
    t = model("ed09")
    g = [t["out_total"][0] / t["out_hist"], t["out_total"][1] / t["out_total"][0], t["out_total"][2] / t["out_total"][1]]
    p.check(g[0] < 1.15 and g[1] >= 1.9 and g[2] >= 1.7, f"PLANTED growth ×{g}")
    p.check(all(t["need_raw"]["lac"][y] <= t["supply"]["lac"] for y in range(3))
            and all(x <= PLANS["ed09"]["cap"]["value"] for x in t["need_total"]), "supply and press cover it")
    p.has("Tổ hợp tác Dầu lạc Tân Hương")  # PLANTED name-inconsistent
    p.check(p.count("Tổ hợp tác Dầu lạc Tân Hương") == 2 and p.count("Tổ hợp tác Dầu lạc Phúc Đồng") >= 4, "names")
    p.lacks(r"tiêu chuẩn|TCCS|công bố|QCVN|TCVN|quy chuẩn|kiểm nghiệm|phiếu kết quả", "PLANTED no product standard")
    p.hasi("148/QĐ-TTg", "43/2017/NĐ-CP", "an toàn thực phẩm", "nhãn hiệu")
    p.lacks(REPLACED, "no replaced instrument (not planted here)")
    return p


def ed10():
    p = check_full("ed10", set())
    p.lacks(r"vốn đầu tư|nguồn vốn|vốn vay|tổng vốn|hoàn vốn", "PLANTED no investment section")
    p.has("máy hút chân không", "kho lạnh")
    p.has("1048/QĐ-TTg", "781/QĐ-TTg", "cấp huyện")  # PLANTED outdated-policy
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "PLANTED the instruments in force are not cited")
    p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|tự công bố|cam kết|15/2018|giấy chứng nhận cơ sở",
            "PLANTED no food-safety certificate or plan")
    p.hasi("tiêu chuẩn cơ sở", "43/2017/NĐ-CP", "nhãn hiệu", "nước thải")
    return p


def sketchy():
    a = Plan("ed11_mut_gung_xuan_my_so_sai")
    a.check(150 <= a.words() <= 320 and len(a.rows) == 0, f"150–320 words, no table ({a.words()})")
    a.check(400 * 150000 + 300 * 200000 == 120e6, "400 kg × 150.000 + 300 kg × 200.000 = 120 triệu")
    a.has("400 kg mứt gừng", "300 kg gừng sấy dẻo", "150.000 đồng/kg", "200.000 đồng/kg", "120 triệu đồng")
    a.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số|an toàn thực phẩm|tiêu chuẩn|công bố|nhãn|môi trường|"
            r"truy xuất|vốn", "every gap is real (tolerated)")
    a.lacks(PLACEHOLDER, "placeholder")
    b = Plan("ed12_choi_dot_huong_lien_so_sai")
    b.check(150 <= b.words() <= 320 and len(b.rows) == 0, f"150–320 words, no table ({b.words()})")
    b.check(6000 * 35000 + 2000 * 45000 == 300e6, "6.000 × 35.000 + 2.000 × 45.000 = 300 triệu")
    b.has("6.000 chiếc chổi đót", "2.000 chiếc chổi chít", "35.000 đồng/chiếc", "45.000 đồng/chiếc", "300 triệu đồng")
    b.lacks(r"đăng ký|mã số|tiêu chuẩn|công bố|nhãn|môi trường|truy xuất|chất lượng", "every gap is real (tolerated)")
    b.lacks(PLACEHOLDER, "placeholder")
    return [a, b]


def main() -> int:
    return plancheck.report([fn() for fn in (ed01, ed02, ed03, ed04, ed05, ed06, ed07, ed08, ed09, ed10)] + sketchy())


if __name__ == "__main__":
    sys.exit(main())
