"""The hundred-and-forty-second holdout set's own arithmetic: every number recomputed.

    .venv/bin/python tests/holdout142/arithmetic.py

Theme: tables with group subtotals. The constants of every full plan stand at the top of this
file (SPECS). `model()` recomputes, from those constants alone, every cell of every table the
plans print: the packs by channel with "Cộng kênh bán lẻ" / "Cộng kênh bán buôn", output,
the raw-material balance with its group subtotals, staff, investment by group ("Cộng (A)" …
"Tổng cộng (A+B+C+D)", "Trong đó: tài sản cố định"), capital sources ("Riêng vốn vay"),
revenue by channel, cost by group ("Cộng chi phí biến đổi (A)", rows 2 = 2.1 + 2.2, "Trong đó:
chi phí tiền mặt"), the summary and payback. The checks then read each table of the plan's
Markdown source (found by its caption) and compare cell by cell: planted numeric defects must
be wrong by more than 5 % against the true value, everything else right within 1 %. Each
subtotal is also re-added from the printed rows themselves (so a subtotal that deliberately sums
part of a group is checked against exactly its part). Feasibility bounds (raw-material need
within supply, output within capacity, growth under 20 %) hold except where planted. Textual
defects are asserted by the absence or presence of their words; ready plans cite the instruments
in force and none of the replaced ones; no plan keeps a template placeholder; sketchy plans are
150–320 words.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import PLACEHOLDER, close, off  # noqa: E402

YEARS = (2027, 2028, 2029)
Y = range(3)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|cấp huyện|UBND huyện|Phòng Nông nghiệp huyện")

# ----------------------------------------------------------------------------- constants
# Money: prices and unit costs in đồng; investment, sources and every table in triệu đồng.
# sku: (key, label, size in output units, pack word, retail price, wholesale price, pack cost, label+carton cost)
# qty: packs per year, retail (ret) and wholesale (who) per sku.
# raw: (name, kg of raw material per output unit, price đ/kg); supply: groups of (label, kg/year).
# energy: đ per output unit; staff per year; wage triệu/month; life: years of straight-line depreciation
# of A+B+C; loan balances per year and rate; sell: share of revenue for selling, management, taxes.
# plant: the planted numeric defects (see the README).

SPECS = {
    "em01": dict(
        quarters=(30, 20, 20, 30),
        unit="lít", out_word="Tổng sản lượng rượu (lít)",
        sku=[("c5", "Rượu nếp chai 500 ml", 0.5, "chai", 98000, 80000, 7000, 3000),
             ("b2", "Rượu nếp bình 2 lít", 2.0, "bình", 330000, 280000, 26000, 6000)],
        qty={"ret": {"c5": [6000, 6600, 7300], "b2": [700, 780, 860]},
             "who": {"c5": [8000, 8800, 9600], "b2": [1100, 1200, 1300]}},
        raw=("Gạo nếp cái", 1.25, 22000),
        supply={"own": [("Ruộng nếp của 11 thành viên (3,2 ha)", 16000)],
                "contract": [("Hợp đồng với Tổ hợp tác lúa nếp thôn Trung Tiến", 6000)]},
        energy=4000, staff=[7, 7, 8], wage=6.5, life=8,
        staff_rows=[("Quản lý, kế toán, bán hàng", [2, 2, 2]), ("Nấu, chưng cất, ủ rượu", [3, 3, 4]),
                    ("Chiết rót, đóng gói, kho", [2, 2, 2])],
        inv={"A": [("Cải tạo nhà nấu, kho ủ 120 m²", 260), ("Nền bê tông, rãnh thoát nước", 60)],
             "B": [("Nồi chưng cất inox 2 tầng", 190), ("Hệ thống lọc, làm lạnh", 120), ("Bể chứa, chum hạ thổ", 90),
                   ("Máy chiết rót, đóng nắp", 80)],
             "C": [("Thiết kế nhãn, bao bì", 40), ("Kiểm nghiệm, công bố, đăng ký nhãn hiệu", 40)],
             "D": 220},
        src={"own": [("Vốn góp của thành viên", 450), ("Quỹ phát triển của hợp tác xã", 150)],
             "loan": [("Vay Ngân hàng Nông nghiệp và PTNT", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
             "support": [("Quỹ Hỗ trợ phát triển hợp tác xã tỉnh (vay ưu đãi)", 0)]},
        loan=[500, 350, 200], rate=0.08, sell=0.08,
        cap=(80, 280), hist=[(2024, 9200, 1090), (2025, 9900, 1190), (2026, 10300, 1260)],
        plant={}),
    "em02": dict(
        quarters=(20, 25, 25, 30),
        unit="kg", out_word="Tổng sản lượng bánh (kg)",
        sku=[("g2", "Bánh đa vừng gói 200 g", 0.2, "gói", 22000, 17000, 1200, 600),
             ("t1", "Bánh đa vừng túi 1 kg", 1.0, "túi", 95000, 80000, 3000, 1500)],
        qty={"ret": {"g2": [20000, 21600, 23300], "t1": [2000, 2150, 2300]},
             "who": {"g2": [40000, 43200, 46600], "t1": [4000, 4300, 4650]}},
        raw=("Gạo tẻ Khang dân", 0.9, 16000),
        supply={"own": [("Ruộng công ty thuê dài hạn (1,5 ha)", 8000)],
                "contract": [("Hợp đồng với HTX Nông nghiệp Thuần Thiện", 12000),
                             ("Hợp đồng với Tổ hợp tác lúa gạo Đồng Lộc", 10000)]},
        energy=3000, staff=[10, 10, 11], wage=6.0, life=8,
        staff_rows=[("Quản lý, kế toán", [2, 2, 2]), ("Tráng, nướng bánh", [5, 5, 6]), ("Đóng gói, giao hàng", [3, 3, 3])],
        inv={"A": [("Nhà xưởng khung thép 200 m²", 280), ("Kho thành phẩm 60 m²", 70)],
             "B": [("Máy tráng bánh bán tự động", 250), ("Lò sấy bánh dùng điện", 180), ("Máy nướng bánh than hoa cải tiến", 110),
                   ("Máy hàn miệng túi, cân điện tử", 60)],
             "C": [("Thiết kế bao bì, kiểm nghiệm", 35), ("Đăng ký nhãn hiệu, mã vạch", 25)],
             "D": 250},
        src={"own": [("Vốn chủ sở hữu của công ty", 700)],
             "loan": [("Vay Ngân hàng TMCP Đầu tư và Phát triển", 400), ("Vay Quỹ Hỗ trợ phát triển HTX tỉnh", 160)],
             "support": []},
        loan=[560, 400, 240], rate=0.085, sell=0.09,
        cap=(80, 300), hist=[(2024, 14800, 720), (2025, 15900, 800), (2026, 16700, 860)],
        plant={}),
    "em03": dict(
        quarters=(15, 35, 35, 15),
        unit="kg", out_word="Tổng sản lượng chè khô (kg)",
        sku=[("h2", "Chè xanh hộp 200 g", 0.2, "hộp", 90000, 72000, 8000, 2000),
             ("g5", "Chè xanh gói 500 g", 0.5, "gói", 180000, 150000, 4000, 1500)],
        qty={"ret": {"h2": [3000, 3200, 3450], "g5": [1200, 1300, 1400]},
             "who": {"h2": [5000, 5350, 5700], "g5": [2400, 2550, 2750]}},
        raw=("Búp chè tươi", 4.8, 12000),
        supply={"own": [("Vườn chè của 14 tổ viên (5 ha)", 15000)],
                "contract": [("Hộ trồng chè thôn Kim Cương (hợp đồng 3 năm)", 8000)]},
        energy=5000, staff=[6, 6, 7], wage=5.5, life=8,
        staff_rows=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Sao, vò, sấy chè", [3, 3, 4]), ("Đóng gói, bán hàng", [1, 1, 1])],
        inv={"A": [("Cải tạo xưởng chế biến 90 m²", 110), ("Kho bảo quản chè khô", 40)],
             "B": [("Máy diệt men tôn quay", 150), ("Hai máy vò chè", 120), ("Máy sấy chè băng tải", 110),
                   ("Máy hút chân không", 40)],
             "C": [("Thiết kế bao bì", 25), ("Kiểm nghiệm, công bố sản phẩm", 25)],
             "D": 130},
        src={"own": [("Vốn góp của 14 tổ viên", 450)],
             "loan": [("Vay Ngân hàng Chính sách xã hội", 200), ("Vay Ngân hàng Nông nghiệp và PTNT", 100)],
             "support": []},
        loan=[300, 200, 100], rate=0.07, sell=0.08,
        cap=(20, 250), hist=[(2024, 2700, 380), (2025, 2950, 420), (2026, 3150, 455)],
        plant={}),
    "em04": dict(
        quarters=(20, 20, 25, 35),
        unit="lít", out_word="Tổng sản lượng dầu lạc (lít)",
        sku=[("c5", "Dầu lạc chai 500 ml", 0.5, "chai", 110000, 92000, 5000, 1500),
             ("c2", "Dầu lạc can 2 lít", 2.0, "can", 420000, 360000, 12000, 3000)],
        qty={"ret": {"c5": [4000, 4300, 4600], "c2": [500, 540, 580]},
             "who": {"c5": [5000, 5350, 5700], "c2": [900, 960, 1030]}},
        raw=("Lạc nhân", 2.4, 40000),
        supply={"own": [("Lạc của hộ (1,2 ha)", 3000)],
                "contract": [("HTX Nông nghiệp Phúc Đồng", 12000), ("Tổ hợp tác trồng lạc thôn Trung Hà", 6000)]},
        energy=4000, staff=[4, 4, 5], wage=5.5, life=8,
        staff_rows=[("Chủ hộ, quản lý, bán hàng", [1, 1, 1]), ("Rang, ép, lắng lọc", [2, 2, 3]), ("Chiết rót, đóng gói", [1, 1, 1])],
        inv={"A": [("Cải tạo nhà xưởng 70 m²", 90), ("Kho chứa lạc có kệ kê", 30)],
             "B": [("Máy ép dầu trục vít", 180), ("Máy rang lạc", 90), ("Bồn lắng, máy lọc ép khung bản", 110)],
             "C": [("Bao bì, kiểm nghiệm, công bố", 40)],
             "D": 160},
        src={"own": [("Vốn tự có của hộ", 400)],
             "loan": [("Vay Ngân hàng Nông nghiệp và PTNT", 200), ("Vay Ngân hàng Chính sách xã hội", 100)],
             "support": []},
        loan=[300, 200, 100], rate=0.08, sell=0.07,
        cap=(32, 280), hist=[(2024, 5900, 1120), (2025, 6400, 1230), (2026, 6800, 1320)],
        plant={}),
    "em05": dict(
        quarters=(15, 30, 30, 25),
        unit="lít", out_word="Tổng sản lượng nước mắm (lít)",
        sku=[("c5", "Nước mắm chai 500 ml", 0.5, "chai", 65000, 52000, 6000, 2000),
             ("c2", "Nước mắm can 2 lít", 2.0, "can", 220000, 185000, 10000, 3000)],
        qty={"ret": {"c5": [8000, 8600, 9200], "c2": [1500, 1600, 1720]},
             "who": {"c5": [14000, 15000, 16100], "c2": [3000, 3200, 3450]}},
        raw=("Cá cơm tươi", 1.3, 18000),
        supply={"own": [("Cá của 6 thuyền thành viên", 20000)],
                "contract": [("Nậu vựa cá bến Cẩm Nhượng", 12000)]},
        energy=2000, staff=[9, 9, 10], wage=6.0, life=10,
        staff_rows=[("Ban quản trị, kế toán", [2, 2, 2]), ("Muối cá, chăm chượp", [4, 4, 5]), ("Lọc, chiết, đóng gói", [3, 3, 3])],
        inv={"A": [("Nhà ủ chượp mái tôn 200 m²", 300), ("Sân bê tông, rãnh thu nước", 80)],
             "B": [("30 thùng gỗ ủ chượp 2 tấn", 270), ("Bể lọc, bồn inox chứa mắm", 150), ("Máy chiết rót bán tự động", 100)],
             "C": [("Kiểm nghiệm, tiêu chuẩn cơ sở", 40), ("Đăng ký nhãn hiệu", 60)],
             "D": 300},
        src={"own": [("Vốn góp của 16 thành viên", 500), ("Quỹ của hợp tác xã", 200)],
             "loan": [("Vay Ngân hàng Nông nghiệp và PTNT", 400), ("Vay Ngân hàng Chính sách xã hội", 200)],
             "support": []},
        loan=[600, 400, 200], rate=0.08, sell=0.07,
        cap=(90, 300), hist=[(2024, 15500, 1600), (2025, 17000, 1760), (2026, 18200, 1900)],
        plant={"c_A": {1: 720.0}}),
    "em06": dict(
        quarters=(30, 20, 20, 30),
        unit="kg", out_word="Tổng sản lượng kẹo (kg)",
        sku=[("h3", "Kẹo cu đơ hộp 300 g", 0.3, "hộp", 45000, 36000, 3500, 1000),
             ("g5", "Kẹo cu đơ gói 500 g", 0.5, "gói", 70000, 58000, 1500, 800)],
        qty={"ret": {"h3": [8000, 8500, 9000], "g5": [3000, 3200, 3400]},
             "who": {"h3": [16000, 17000, 18000], "g5": [8000, 8500, 9000]}},
        raw=("Nguyên liệu hỗn hợp (lạc, mật mía, gừng, bánh tráng)", 1.05, 38000),
        supply={"own": [("Lạc và gừng của các tổ viên", 5000)],
                "contract": [("Cơ sở mật mía Xuân Hồng", 5000), ("HTX Nông nghiệp Tiên Điền (lạc, bánh tráng)", 6000)]},
        energy=3000, staff=[6, 6, 7], wage=5.5, life=8,
        staff_rows=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Nấu kẹo, cán, cắt", [3, 3, 4]), ("Đóng gói, giao hàng", [1, 1, 1])],
        inv={"A": [("Nhà xưởng 150 m² lát gạch men", 250), ("Kho thành phẩm", 50)],
             "B": [("Nồi nấu kẹo hai vỏ", 180), ("Máy cán, cắt kẹo", 160), ("Máy rang lạc", 90), ("Máy đóng gói", 90)],
             "C": [("Thiết kế bao bì, kiểm nghiệm", 80)],
             "D": 350},
        src={"own": [("Vốn góp của 9 tổ viên", 450)],
             "loan": [("Vay Ngân hàng Nông nghiệp và PTNT", 400), ("Vay Ngân hàng Chính sách xã hội", 200)],
             "support": []},
        loan=[600, 400, 200], rate=0.08, sell=0.08,
        cap=(60, 280), hist=[(2024, 10400, 1280), (2025, 11300, 1390), (2026, 11900, 1480)],
        plant={}),
    "em07": dict(
        quarters=(35, 15, 20, 30),
        unit="kg", out_word="Tổng sản lượng giò bò (kg)",
        sku=[("c5", "Giò bò cây 500 g", 0.5, "cây", 185000, 158000, 2000, 1000),
             ("c1", "Giò bò cây 1 kg", 1.0, "cây", 360000, 310000, 3000, 1500)],
        qty={"ret": {"c5": [6000, 6500, 7000], "c1": [2000, 2150, 2300]},
             "who": {"c5": [10000, 10800, 11600], "c1": [6000, 6500, 7000]}},
        raw=("Thịt bò bắp", 0.95, 200000),
        supply={"own": [("Bò vỗ béo tại trại của công ty", 6000)],
                "contract": [("Cơ sở giết mổ bò Đức Đồng", 8000), ("HTX Chăn nuôi bò Lâm Trung Thủy", 5000)]},
        energy=6000, staff=[12, 12, 13], wage=7.0, life=8,
        staff_rows=[("Quản lý, kế toán, kinh doanh", [3, 3, 3]), ("Sơ chế, giã, gói giò", [6, 6, 7]), ("Luộc, làm nguội, bảo quản", [3, 3, 3])],
        inv={"A": [("Nhà xưởng chế biến 250 m²", 450), ("Kho lạnh 30 m³", 250)],
             "B": [("Máy xay, giã thịt", 260), ("Nồi luộc hơi công nghiệp", 200), ("Máy hút chân không, cân", 120)],
             "C": [("Kiểm nghiệm, công bố sản phẩm", 150), ("Thiết kế bao bì, nhãn hiệu", 170)],
             "D": 400},
        src={"own": [("Vốn chủ sở hữu", 1200)],
             "loan": [("Vay Ngân hàng TMCP Công thương", 600), ("Vay Ngân hàng Nông nghiệp và PTNT", 200)],
             "support": []},
        loan=[800, 550, 300], rate=0.09, sell=0.06,
        cap=(70, 300), hist=[(2024, 13000, 3900), (2025, 14000, 4300), (2026, 14800, 4620)],
        plant={"price": {("who", "c1"): (1, 385000)}}),
    "em08": dict(
        quarters=(20, 40, 25, 15),
        unit="kg", out_word="Tổng sản lượng mật ong (kg)", no_gap_row=True,
        sku=[("c5", "Mật ong chai 500 g", 0.5, "chai", 150000, 120000, 6000, 1500),
             ("c2", "Mật ong can 2 kg", 2.0, "can", 520000, 440000, 12000, 2500)],
        qty={"ret": {"c5": [2000, 2150, 2300], "c2": [300, 320, 340]},
             "who": {"c5": [3000, 3200, 3450], "c2": [900, 960, 1030]}},
        raw=("Mật ong thô", 1.1, 80000),
        supply={"own": [("Đàn ong của gia đình (220 đàn × 15 kg)", 3300)],
                "contract": [("Thu mua của 6 hộ nuôi ong trong thôn", 1200)]},
        energy=2000, staff=[4, 4, 4], wage=5.0, life=8,
        staff_rows=[("Chủ hộ, bán hàng", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]), ("Lọc, hạ thủy phần, đóng chai", [1, 1, 1])],
        inv={"A": [("Nhà sơ chế, đóng chai 40 m²", 90)],
             "B": [("Máy hạ thủy phần mật ong", 140), ("Thùng quay mật, bồn lắng inox", 60), ("Bổ sung 60 thùng ong", 60)],
             "C": [("Kiểm nghiệm, bao bì", 50)],
             "D": 100},
        src={"own": [("Vốn của gia đình", 300)],
             "loan": [("Vay Ngân hàng Chính sách xã hội", 200)],
             "support": []},
        loan=[200, 130, 60], rate=0.07, sell=0.06,
        cap=(40, 250), hist=[(2024, 3600, 880), (2025, 4000, 980), (2026, 4300, 1060)],
        plant={"profit": {2: 480.0}}),
    "em09": dict(
        quarters=(15, 20, 35, 30),
        unit="lít", out_word="Tổng sản lượng rượu (lít)",
        sku=[("c5", "Rượu nếp sim chai 500 ml", 0.5, "chai", 105000, 85000, 8000, 3000),
             ("c3", "Rượu nếp sim chai 300 ml", 0.3, "chai", 65000, 52000, 6000, 2000)],
        qty={"ret": {"c5": [4000, 4500, 5300], "c3": [3000, 3400, 3900]},
             "who": {"c5": [6000, 6800, 8000], "c3": [5000, 5700, 6600]}},
        raw=("Gạo nếp", 1.2, 24000),
        supply={"own": [("Gạo nếp của hộ (0,6 ha)", 2500)],
                "contract": [("Đại lý gạo nếp chợ Kỳ Xuân", 10000)]},
        energy=6000, staff=[4, 4, 5], wage=6.0, life=8,
        staff_rows=[("Chủ hộ, quản lý", [1, 1, 1]), ("Nấu, chưng cất, ngâm sim", [2, 2, 3]), ("Chiết chai, bán hàng", [1, 1, 1])],
        inv={"A": [("Cải tạo nhà nấu rượu 60 m²", 120)],
             "B": [("Nồi chưng cất inox", 150), ("Bình ngâm thủy tinh, chum", 110), ("Máy lọc, máy đóng nắp", 90)],
             "C": [("Thiết kế nhãn, kiểm nghiệm", 90)],
             "D": 140},
        src={"own": [("Vốn tự có của hộ", 450)],
             "loan": [("Vay Ngân hàng Nông nghiệp và PTNT", 250)],
             "support": []},
        loan=[250, 170, 90], rate=0.08, sell=0.08,
        cap=(30, 280), hist=[(2024, 5600, 1010), (2025, 6000, 1100), (2026, 6500, 1200)],
        plant={}, prose={"prose_out0": "9.000"}),
    "em10": dict(
        quarters=(25, 25, 25, 25),
        unit="kg", out_word="Tổng sản lượng trà (kg)",
        sku=[("h", "Trà cà gai leo hộp 25 túi lọc (50 g)", 0.05, "hộp", 38000, 30000, 3000, 800),
             ("g", "Trà cà gai leo gói 500 g", 0.5, "gói", 140000, 115000, 2500, 700)],
        qty={"ret": {"h": [12000, 22800, 41000], "g": [800, 1500, 2700]},
             "who": {"h": [28000, 53200, 95800], "g": [2000, 3800, 6800]}},
        raw=("Cà gai leo khô", 1.1, 45000),
        supply={"own": [("Vùng trồng của công ty (4 ha)", 4000)],
                "contract": [("HTX Dược liệu Sơn Tây", 6000), ("Tổ hợp tác cà gai leo Sơn Hồng", 4000)]},
        energy=5000, staff=[7, 7, 7], wage=6.0, life=8,
        staff_rows=[("Quản lý, kế toán, kinh doanh", [3, 3, 3]), ("Sấy, nghiền, đóng túi lọc", [3, 3, 3]), ("Kho, giao hàng", [1, 1, 1])],
        inv={"A": [("Cải tạo xưởng 150 m²", 200), ("Kho dược liệu khô", 100)],
             "B": [("Máy đóng túi lọc tự động", 420), ("Máy sấy, máy nghiền", 230)],
             "C": [("Kiểm nghiệm, công bố, bao bì", 100)],
             "D": 450},
        src={"own": [("Vốn góp của cổ đông", 900)],
             "loan": [("Vay Ngân hàng TMCP Ngoại thương", 600)],
             "support": []},
        loan=[600, 400, 200], rate=0.085, sell=0.09,
        cap=(60, 280), hist=[(2024, 2600, 1250), (2025, 2850, 1370), (2026, 3100, 1490)],
        plant={"payback": 2.4}),
}


def vn(x: float, d: int = 1) -> str:
    """1234.5 -> '1.234,5' (d decimals; d=0 for counts)."""
    s = f"{abs(x):,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s


def model(S: dict) -> dict:
    """Every table cell of a full plan, computed from its constants (triệu đồng, units, kg)."""
    m: dict = {}
    skus = S["sku"]
    packs = {k: [S["qty"]["ret"][k][y] + S["qty"]["who"][k][y] for y in Y] for k, *_ in skus}
    m["packs"] = packs
    m["ret_sum"] = [sum(S["qty"]["ret"][k][y] for k, *_ in skus) for y in Y]
    m["who_sum"] = [sum(S["qty"]["who"][k][y] for k, *_ in skus) for y in Y]
    m["out"] = [sum(packs[k][y] * size for k, _, size, *_ in skus) for y in Y]
    name, norm, price = S["raw"]
    m["need"] = [m["out"][y] * norm for y in Y]
    m["own"] = sum(v for _, v in S["supply"]["own"])
    m["contract"] = sum(v for _, v in S["supply"]["contract"])
    m["supply"] = m["own"] + m["contract"]
    m["gap"] = [m["supply"] - m["need"][y] for y in Y]
    m["capacity"] = S["cap"][0] * S["cap"][1]
    inv = S["inv"]
    m["invA"], m["invB"], m["invC"] = (sum(v for _, v in inv[g]) for g in "ABC")
    m["invD"] = inv["D"]
    m["fixed"] = m["invA"] + m["invB"] + m["invC"]
    m["inv"] = m["fixed"] + m["invD"]
    m["src_own"] = sum(v for _, v in S["src"]["own"])
    m["src_loan"] = sum(v for _, v in S["src"]["loan"])
    m["src_sup"] = sum(v for _, v in S["src"]["support"])
    m["src"] = m["src_own"] + m["src_loan"] + m["src_sup"]
    # revenue by channel
    rev = {}
    for ch, pk in (("ret", 4), ("who", 5)):
        for k, lab, size, word, *pr in skus:
            p = S["plant"].get("price", {}).get((ch, k), (None, None))
            rev[(ch, k)] = [S["qty"][ch][k][y] * ((p[1] if y == p[0] else (pr[pk - 4]))) / 1e6 for y in Y]
    m["rev_rows"] = rev
    m["rev_true_rows"] = {(ch, k): [S["qty"][ch][k][y] * pr[0 if ch == "ret" else 1] / 1e6 for y in Y]
                          for ch in ("ret", "who") for k, lab, size, word, *pr in skus}
    m["rev_ret"] = [sum(rev[("ret", k)][y] for k, *_ in skus) for y in Y]
    m["rev_who"] = [sum(rev[("who", k)][y] for k, *_ in skus) for y in Y]
    m["rev"] = [m["rev_ret"][y] + m["rev_who"][y] for y in Y]
    # cost
    m["c_raw"] = [m["need"][y] * price / 1e6 for y in Y]
    m["c_pack"] = [sum(packs[s[0]][y] * s[6] for s in skus) / 1e6 for y in Y]
    m["c_label"] = [sum(packs[s[0]][y] * s[7] for s in skus) / 1e6 for y in Y]
    m["c_bb"] = [m["c_pack"][y] + m["c_label"][y] for y in Y]
    m["c_energy"] = [m["out"][y] * S["energy"] / 1e6 for y in Y]
    m["c_A"] = [m["c_raw"][y] + m["c_bb"][y] + m["c_energy"][y] for y in Y]
    m["c_wage"] = [S["staff"][y] * S["wage"] * 12 for y in Y]
    m["c_dep"] = [m["fixed"] / S["life"]] * 3
    m["c_int"] = [S["loan"][y] * S["rate"] for y in Y]
    m["c_sell"] = [m["rev"][y] * S["sell"] for y in Y]
    m["c_B"] = [m["c_wage"][y] + m["c_dep"][y] + m["c_int"][y] + m["c_sell"][y] for y in Y]
    m["c_A_stated"] = list(m["c_A"])
    for y, v in S["plant"].get("c_A", {}).items():
        m["c_A_stated"][y] = v
    m["cost"] = [m["c_A_stated"][y] + m["c_B"][y] for y in Y]
    m["cost_true"] = [m["c_A"][y] + m["c_B"][y] for y in Y]
    m["cash"] = [m["cost"][y] - m["c_dep"][y] for y in Y]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in Y]
    m["profit_stated"] = list(m["profit"])
    for y, v in S["plant"].get("profit", {}).items():
        m["profit_stated"][y] = v
    m["margin"] = [m["profit_stated"][y] / m["rev"][y] * 100 for y in Y]
    m["avg"] = sum(m["profit_stated"]) / 3
    m["payback"] = m["inv"] / (m["avg"] + m["c_dep"][0])
    m["payback_stated"] = S["plant"].get("payback", round(m["payback"], 1))
    return m



# ----------------------------------------------------------------------------- reading the plans

STEMS = {
    "em01": "em01_ruou_nep_tan_lam_htx", "em02": "em02_banh_da_vung_dong_loc_cty",
    "em03": "em03_che_xanh_son_kim_tht", "em04": "em04_dau_lac_huong_do_hkd",
    "em05": "em05_nuoc_mam_cam_nhuong_htx", "em06": "em06_keo_cu_do_tien_dien_tht",
    "em07": "em07_gio_bo_duc_tho_cty", "em08": "em08_mat_ong_vu_quang_ho",
    "em09": "em09_ruou_sim_ky_xuan_hkd", "em10": "em10_tra_ca_gai_leo_son_hong_cty",
}
READY = ("em01", "em02", "em03", "em04")


def num(c: str) -> float | None:
    c = c.strip()
    return plancheck.vn(c) if re.fullmatch(r"-?[\d.]+(,\d+)?", c) else None


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[tuple[str, str, list[float]]]:
        """Rows (TT, label, numbers) of the first table after the line starting with `caption`."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if line.startswith(caption):
                rows, j = [], i + 1
                while j < len(lines) and not lines[j].startswith("|"):
                    j += 1
                while j < len(lines) and lines[j].startswith("|"):
                    cells = [c.strip() for c in lines[j].strip().strip("|").split("|")]
                    if not all(c and set(c) <= set("-") for c in cells):  # not the |---| line
                        rows.append((cells[0], cells[1], [x for x in map(num, cells[2:]) if x is not None]))
                    j += 1
                return rows[1:]  # without the header
        self.failures.append(f"table not found: {caption}")
        return []

    def words(self) -> int:
        return len(self.body.split())


def get(rows, label: str, skip: int = 0) -> list[float]:
    seen = 0
    for tt, lab, nums in rows:
        if lab.startswith(label):
            if seen == skip:
                return nums
            seen += 1
    return [float("nan")] * 3


def eq(p: Plan, got: float, want: float, what: str, planted: bool = False, tol: float = 0.01) -> None:
    """Right within 1 % (or the table's rounding), or, for a planted cell, wrong by more than 5 %."""
    if planted:
        p.check(off(got, want), f"{what}: planted defect should be off by > 5 %: {got} vs true {want:.1f}")
    else:
        p.check(close(got, want, tol) or abs(got - want) <= 0.15, f"{what}: {got} vs {want:.2f}")


def group(rows, start: str, end: str) -> list[list[float]]:
    """Number rows between a heading row whose label starts with `start` and the row starting with `end`."""
    out, inside = [], False
    for tt, lab, nums in rows:
        if lab.startswith(start) and not nums:
            inside = True
            continue
        if inside and lab.startswith(end):
            return out
        if inside and nums and tt not in ("",):
            out.append(nums)
    return out


def full_plan(key: str) -> Plan:
    S = SPECS[key]
    p = Plan(STEMS[key])
    m = model(S)
    true = model({**S, "plant": {}})
    plant = S["plant"]
    skus = S["sku"]
    # Bảng 1: history and the step into 2027
    h = p.table("Bảng 1.")
    for i, (yr, out, rev) in enumerate(S["hist"]):
        eq(p, get(h, "Sản lượng")[i], out, f"history output {yr}")
        eq(p, get(h, "Doanh thu")[i], rev, f"history revenue {yr}")
    p.check(m["out"][0] / S["hist"][-1][1] < 1.2, "2027 output within 20 % of 2026")
    # Bảng 2: packs by channel, each channel's subtotal, the grand total, output
    t2 = p.table("Bảng 2.")
    for ch, n in (("ret", 0), ("who", 1)):
        for j, (k, lab, *_r) in enumerate(skus):
            got = get(t2, lab, n)
            for y in Y:
                eq(p, got[y], S["qty"][ch][k][y], f"packs {ch} {k} {YEARS[y]}")
    subs = [r for r in t2 if r[1].startswith("Cộng")]
    p.check(len(subs) == 2, "two channel subtotals")
    for n, sub in enumerate(subs):
        items = [get(t2, lab, n) for _, lab, *_r in skus]
        for y in Y:
            eq(p, sub[2][y], sum(x[y] for x in items), f"channel subtotal {n} {YEARS[y]} re-added")
    tot, outrow = get(t2, "Tổng số sản phẩm (I+II)"), get(t2, S["out_word"])
    for y in Y:
        eq(p, tot[y], subs[0][2][y] + subs[1][2][y], f"packs total = I + II {YEARS[y]}")
        eq(p, outrow[y], sum((get(t2, lab, 0)[y] + get(t2, lab, 1)[y]) * size for _, lab, size, *_r in skus),
           f"output = packs × size {YEARS[y]}")
        eq(p, outrow[y], m["out"][y], f"output {YEARS[y]}")
    # Bảng 2b: 2027 by quarter with the two half-year subtotals
    q = p.table("Bảng 2b.")
    qv = [r[2] for r in q]
    if len(qv) == 7:
        p.check(close(qv[2][0], qv[0][0] + qv[1][0]) and qv[2][1] == qv[0][1] + qv[1][1], "first half re-added")
        p.check(close(qv[5][0], qv[3][0] + qv[4][0]) and qv[5][1] == qv[3][1] + qv[4][1], "second half re-added")
        p.check(close(qv[6][0], qv[2][0] + qv[5][0]) and qv[6][1] == 100 == qv[2][1] + qv[5][1], "year = halves")
        p.check(close(qv[6][0], m["out"][0]) and all(close(qv[i][0], m["out"][0] * S["quarters"][n] / 100)
                                                      for n, i in enumerate((0, 1, 3, 4))), "quarters = shares")
    else:
        p.failures.append("quarter table shape")
    # Bảng 3: raw material, supply groups, total, difference
    r3 = p.table("Bảng 3.")
    need, own_t, con_t, sup = (get(r3, S["raw"][0] + " cần dùng"), get(r3, "Cộng nguồn tự có"),
                               get(r3, "Cộng nguồn hợp đồng"), get(r3, "Tổng nguồn cung"))
    own_items = [get(r3, lab) for lab, _ in S["supply"]["own"]]
    con_items = [get(r3, lab) for lab, _ in S["supply"]["contract"]]
    for y in Y:
        eq(p, get(r3, S["out_word"])[y], m["out"][y], f"raw table output {YEARS[y]}")
        eq(p, need[y], m["out"][y] * S["raw"][1], f"need = output × norm {YEARS[y]}")
        eq(p, own_t[y], sum(x[y] for x in own_items), f"own subtotal re-added {YEARS[y]}")
        eq(p, con_t[y], sum(x[y] for x in con_items), f"contract subtotal re-added {YEARS[y]}")
        eq(p, sup[y], own_t[y] + con_t[y], f"supply = 3.1 + 3.2 {YEARS[y]}")
        if not S.get("no_gap_row"):
            eq(p, get(r3, "Chênh lệch")[y], sup[y] - need[y], f"difference row {YEARS[y]}")
        if key == "em08":
            p.check(off(need[y], sup[y]) and need[y] > sup[y], f"planted shortfall {YEARS[y]}: {need[y]} > {sup[y]}")
        else:
            p.check(need[y] <= sup[y], f"need within supply {YEARS[y]}")
    # Bảng 4: staff
    st = p.table("Bảng 4.")
    for y in Y:
        eq(p, get(st, "Tổng số lao động")[y], sum(r[2][y] for r in st if r[0]), f"staff re-added {YEARS[y]}")
        eq(p, get(st, "Tổng số lao động")[y], S["staff"][y], f"staff {YEARS[y]}")
    # Bảng 5: investment groups
    iv = p.table("Bảng 5.")
    subt = {}
    for G in "ABC":
        rows, inside = [], False
        for tt, lab, nums in iv:
            if tt == G:
                inside = True
                continue
            if inside and lab.startswith(f"Cộng ({G})"):
                subt[G] = nums[0]
                break
            if inside:
                rows.append(nums[0])
        eq(p, subt.get(G, 0), sum(rows), f"investment Cộng ({G}) re-added")
        eq(p, subt.get(G, 0), m["inv" + G], f"investment group {G}")
    dwc = [r for r in iv if r[0] == "D"][0][2][0]
    total = get(iv, "Tổng cộng (A+B+C+D)")[0]
    eq(p, total, subt["A"] + subt["B"] + subt["C"] + dwc, "investment total = A+B+C+D")
    eq(p, get(iv, "Trong đó: tài sản cố định")[0], subt["A"] + subt["B"] + subt["C"], "fixed assets = A+B+C only")
    # Bảng 6: sources, the loan row = its sub-rows, 'Riêng vốn vay', shares
    sv = p.table("Bảng 6.")
    top = [r for r in sv if r[0] and "." not in r[0]]
    subl = [r for r in sv if "." in r[0]]
    loan = get(sv, "Vốn vay")[0]
    eq(p, loan, sum(r[2][0] for r in subl), "loan row = its sub-rows")
    src_total = get(sv, "Tổng nguồn vốn")[0]
    eq(p, src_total, sum(r[2][0] for r in top), "sources total re-added (sub-rows not counted twice)")
    eq(p, get(sv, "Riêng vốn vay")[0], loan, "'Riêng vốn vay' = the loans only")
    p.check(all(abs(r[2][1] - r[2][0] / src_total * 100) <= 0.06 for r in sv if len(r[2]) == 2), "source shares")
    eq(p, src_total, total, "sources = investment", planted=(key == "em06"))
    # Bảng 7: revenue rows = packs × the price in the label; subtotals; total
    rv = p.table("Bảng 7.")
    names = {"ret": 0, "who": 1}
    for ch, n in names.items():
        for k, lab, size, word, *pr in skus:
            tt_row = [r for r in rv if r[1].startswith(lab)][n]
            price = plancheck.vn(re.search(r"\(([\d.]+) đ/", tt_row[1]).group(1))
            for y in Y:
                planted = plant.get("price", {}).get((ch, k), (None,))[0] == y
                eq(p, tt_row[2][y], S["qty"][ch][k][y] * price / 1e6, f"revenue {ch} {k} {YEARS[y]}", planted)
    rsubs = [r for r in rv if r[1].startswith("Cộng")]
    for n, sub in enumerate(rsubs):
        items = [[r for r in rv if r[1].startswith(lab)][n][2] for _, lab, *_r in skus]
        for y in Y:
            eq(p, sub[2][y], sum(x[y] for x in items), f"revenue subtotal {n} {YEARS[y]} re-added")
    rev = get(rv, "Tổng doanh thu (I+II)")
    for y in Y:
        eq(p, rev[y], rsubs[0][2][y] + rsubs[1][2][y], f"revenue total = I + II {YEARS[y]}")
        eq(p, rev[y], true["rev"][y], f"revenue vs price × volume {YEARS[y]}",
           planted=(key == "em07" and y == 1))
    # Bảng 8: cost lines, 2 = 2.1 + 2.2, group subtotals, total, cash cost
    ct = p.table("Bảng 8.")
    byt = {tt: nums for tt, lab, nums in ct if tt}
    A, B, T, cash = (get(ct, "Cộng chi phí biến đổi (A)"), get(ct, "Cộng chi phí cố định (B)"),
                     get(ct, "Tổng chi phí (A+B)"), get(ct, "Trong đó: chi phí bằng tiền"))
    for y in Y:
        eq(p, byt["1"][y], true["need"][y] * S["raw"][2] / 1e6, f"raw cost {YEARS[y]}")
        eq(p, byt["2.1"][y], true["c_pack"][y], f"packs cost {YEARS[y]}")
        eq(p, byt["2.2"][y], true["c_label"][y], f"labels/cartons cost {YEARS[y]}")
        eq(p, byt["2"][y], byt["2.1"][y] + byt["2.2"][y], f"row 2 = 2.1 + 2.2 {YEARS[y]}")
        eq(p, byt["3"][y], true["out"][y] * S["energy"] / 1e6, f"energy {YEARS[y]}")
        eq(p, A[y], byt["1"][y] + byt["2"][y] + byt["3"][y], f"Cộng (A) = 1 + 2 + 3 {YEARS[y]}",
           planted=(key == "em05" and y == 1))
        eq(p, byt["4"][y], S["staff"][y] * S["wage"] * 12, f"wages {YEARS[y]}")
        eq(p, byt["5"][y], total_fixed(S) / S["life"], f"depreciation {YEARS[y]}")
        eq(p, byt["6"][y], S["loan"][y] * S["rate"], f"interest {YEARS[y]}")
        eq(p, byt["7"][y], rev[y] * S["sell"], f"selling share of the printed revenue {YEARS[y]}")
        eq(p, B[y], sum(byt[str(i)][y] for i in (4, 5, 6, 7)), f"Cộng (B) re-added {YEARS[y]}")
        eq(p, T[y], A[y] + B[y], f"total = A + B as printed {YEARS[y]}")
        eq(p, T[y], m["cost"][y], f"total as the model states it {YEARS[y]}")
        if key == "em05" and y == 1:  # knock-on: the total follows the wrong subtotal
            p.check(T[y] < true["cost_true"][y] and close(T[y], 720.0 + B[y]), "em05 2028 total = wrong (A) + (B)")
        elif key != "em07":
            eq(p, T[y], true["cost_true"][y], f"total vs true cost {YEARS[y]}")
        eq(p, cash[y], T[y] - byt["5"][y], f"cash cost = total − depreciation {YEARS[y]}")
    # Bảng 9: summary
    sm = p.table("Bảng 9.")
    prof, marg = get(sm, "Lợi nhuận"), get(sm, "Tỷ suất")
    for y in Y:
        eq(p, get(sm, "Doanh thu")[y], rev[y], f"summary revenue {YEARS[y]}")
        eq(p, get(sm, "Tổng chi phí")[y], T[y], f"summary cost {YEARS[y]}")
        eq(p, prof[y], get(sm, "Doanh thu")[y] - get(sm, "Tổng chi phí")[y], f"profit = revenue − cost {YEARS[y]}",
           planted=(key == "em08" and y == 2))
        eq(p, marg[y], prof[y] / rev[y] * 100, f"margin {YEARS[y]}")
        if key != "em10":
            p.check(marg[y] < 40, f"margin under 40 % {YEARS[y]}")
    for y in (1, 2):
        g_out, g_rev = m["out"][y] / m["out"][y - 1], rev[y] / rev[y - 1]
        if key == "em10":
            p.check(g_out > 1.75 and g_rev > 1.75, f"planted growth ×{g_out:.2f} {YEARS[y]}")
        else:
            p.check(g_out < 1.2 and g_rev < 1.2, f"growth under 20 % {YEARS[y]}")
    # Bảng 10 and 11: loan schedule and cash flow
    ln = p.table("Bảng 10.")
    op, rp, it, cr, cl = (get(ln, "Dư nợ đầu năm"), get(ln, "Trả nợ gốc"), get(ln, "Trả lãi vay"),
                          get(ln, "Cộng trả nợ"), get(ln, "Dư nợ cuối năm"))
    for y in Y:
        eq(p, cl[y], op[y] - rp[y], f"closing = opening − repayment {YEARS[y]}")
        eq(p, cr[y], rp[y] + it[y], f"repayment + interest {YEARS[y]}")
        eq(p, it[y], byt["6"][y], f"interest = cost row 6 {YEARS[y]}")
        if y < 2:
            eq(p, cl[y], op[y + 1], f"closing {YEARS[y]} = next opening")
    p.check(cl[2] == 0 and close(op[0], loan), "loan repaid by 2029, opening = the loans")
    cf = p.table("Bảng 11.")
    for y in Y:
        eq(p, get(cf, "Lợi nhuận")[y], prof[y], f"cash-flow profit {YEARS[y]}")
        eq(p, get(cf, "Khấu hao")[y], byt["5"][y], f"cash-flow depreciation {YEARS[y]}")
        eq(p, get(cf, "Dòng tiền thuần")[y], prof[y] + byt["5"][y], f"net cash flow {YEARS[y]}")
        eq(p, get(cf, "Dòng tiền còn lại")[y], prof[y] + byt["5"][y] - rp[y], f"cash after repayment {YEARS[y]}")
    # payback sentence
    mm = re.search(r"([\d.]+) : \(([\d.,]+) \+ ([\d.,]+)\) ≈ ([\d,]+) năm", p.body)
    if mm:
        inv_, avg_, dep_, pb_ = (plancheck.vn(x) for x in mm.groups())
        eq(p, inv_, total, "payback: investment")
        eq(p, avg_, sum(prof) / 3, "payback: average profit of the summary")
        eq(p, dep_, byt["5"][0], "payback: depreciation")
        want = inv_ / (avg_ + dep_)
        if key == "em10":
            p.check(off(pb_, want, 5) and pb_ > 2 * want, f"planted payback {pb_} vs {want:.2f}")
        else:
            p.check(abs(pb_ - want) <= 0.051, f"payback {pb_} vs {want:.2f}")
    else:
        p.failures.append("payback sentence not found")
    # capacity sentence
    cap0, cap1 = S["cap"]
    p.has(f"{vn(cap0, 0)} ", f"{vn(cap1, 0)} ngày", vn(cap0 * cap1, 0))
    for y in Y:
        if key == "em09" and y == 2:
            p.check(off(m["out"][y], cap0 * cap1) and m["out"][y] > cap0 * cap1, "planted: 2029 output over capacity")
        else:
            p.check(m["out"][y] <= cap0 * cap1, f"output within capacity {YEARS[y]}")
    # prices in the market text equal the table labels
    for k, lab, size, word, rp_, wp_, *_r in skus:
        p.has(f"{vn(rp_, 0)} đồng/{word}", f"{vn(wp_, 0)} đồng/{word}")
    p.has(f"{vn(S['raw'][2], 0)} đồng/kg", f"{vn(total, 0)} triệu đồng" if key not in ("em01",) else "1.100 triệu đồng")
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


def total_fixed(S: dict) -> float:
    return sum(v for G in "ABC" for _, v in S["inv"][G])


# ----------------------------------------------------------------------------- text checks

def text_checks(key: str, p: Plan) -> None:
    b = p.body
    if key in READY:
        p.lacks(REPLACED, "ready plan cites a replaced instrument or an abolished district body")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "Sở hữu trí tuệ", "an toàn thực phẩm")
        p.check("tiêu chuẩn cơ sở" in b or "TCCS" in b, "ready plan has a product standard")
        p.check("tự công bố" in b, "ready plan has a self-declaration")
    if key == "em01":
        p.has("Giấy phép sản xuất rượu thủ công", "đăng ký môi trường", "Luật Hợp tác xã số 17/2023/QH15")
    if key == "em05":
        p.lacks(r"nhãn(?! hiệu)", "no-label-plan: a label is mentioned")
        p.lacks(r"43/2017|111/2021|mã vạch|\bQR\b|\btem\b", "no-label-plan: a labelling item is mentioned")
        p.has("1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "ngày 20 tháng 11 năm 2026")
        p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "outdated-policy: the instrument in force is cited")
        p.has("bể lắng", "đăng ký môi trường")
    if key == "em06":
        p.lacks(r"an toàn thực phẩm|ATTP|vệ sinh thực phẩm|15/2018|cam kết sản xuất", "no-food-safety: food safety mentioned")
        p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|bảo hộ", "no-trademark: IP mentioned")
        p.has("bảo đảm đủ vốn", "TCCS 01:2026/CĐTĐ", "43/2017/NĐ-CP")
    if key == "em07":
        p.lacks(r"môi trường|nước thải|chất thải|\brác\b|xử lý|\bmùi\b|bể lắng|hố ga", "no-environment-measures")
        p.lacks(r"truy xuất|\blô\b|\bsổ\b|lưu mẫu|\bQR\b|kiểm soát|kiểm tra|mã mẻ|nhật ký", "no-quality-control")
        p.has("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "Sở hữu trí tuệ", "tự công bố")
    if key == "em08":
        p.lacks(r"đăng ký kinh doanh|hộ kinh doanh|mã số thuế|doanh nghiệp|Giấy chứng nhận đăng ký|hợp tác xã",
                "no-business-registration: a registration is mentioned")
        p.has("Nguồn mật bảo đảm đủ cho kế hoạch", "cam kết sản xuất thực phẩm an toàn", "220 đàn")
        p.check(close(220 * 15, 3300), "220 colonies × 15 kg = 3.300 kg")
    if key == "em09":
        p.lacks(r"giấy phép|105/2017|17/2020|cấp phép", "no-alcohol-license: a licence is mentioned")
        p.has("Năm 2027 sản xuất 9.000 lít", "không cần mua thêm nồi", "Bã rượu")
        stated = plancheck.vn(SPECS["em09"]["prose"]["prose_out0"])
        p.check(off(stated, model(SPECS["em09"])["out"][0]), "planted: 9.000 lít against the table's 7.400")
    if key == "em10":
        p.check(p.count("Công ty TNHH Thảo dược Hồng Lĩnh") == 2, "the other company's name twice")
        p.check(p.count("Công ty TNHH Dược liệu Sơn Hồng") >= 2, "the producer's own name")
        p.has("tăng rất nhanh")
        p.check(SPECS["em10"]["staff"] == [7, 7, 7], "same staff throughout")


SKETCHY = {"em11": "em11_mam_tep_thach_kim_so_sai", "em12": "em12_choi_dot_phuc_trach_so_sai"}


def sketchy(key: str) -> Plan:
    p = Plan(SKETCHY[key])
    p.check(150 <= p.words() <= 320, f"sketchy length {p.words()} words")
    p.lacks(r"đăng ký (kinh doanh|hộ|doanh nghiệp)|mã số thuế|tiêu chuẩn cơ sở|tự công bố|nhãn|thương hiệu|"
            r"môi trường|truy xuất|\blô\b|vốn đầu tư|chi phí", "a sketchy gap is filled")
    p.check("|" not in p.body, "no table")
    if key == "em11":
        p.has("2.000 kg", "80.000 đồng/hũ", "150 triệu đồng")
        p.lacks(r"an toàn thực phẩm|ATTP", "food safety mentioned")
        p.check(close(2000 * 1.0, 2000), "figures as stated")
    else:
        p.has("12.000 chiếc", "30.000 đồng/chiếc", "10 hộ")
    p.lacks(PLACEHOLDER, "template placeholder")
    return p


def main() -> int:
    plans = []
    for key in STEMS:
        p = full_plan(key)
        text_checks(key, p)
        plans.append(p)
    plans += [sketchy(k) for k in SKETCHY]
    return plancheck.report(plans)


if __name__ == "__main__" and "--show" in sys.argv:
    for k, S in SPECS.items():
        m = model(S)
        print(k, {x: (([round(v, 1) for v in m[x]]) if isinstance(m[x], list) else m[x])
                  for x in ("out", "need", "supply", "capacity", "rev", "c_A", "c_B", "cost", "profit", "margin",
                            "inv", "src", "payback")})
    sys.exit(0)

if __name__ == "__main__":
    sys.exit(main())
