"""The 166th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout166/arithmetic.py

Theme: plans that weigh risk (storms, floods, cold spells, drought, disease, price swings). Every
full plan (fk01-fk10) carries a raw-material balance with a weather loss allowance (tỷ lệ hao hụt
do thời tiết) on its own supply, an agricultural or property insurance premium and a contingency
reserve (quỹ dự phòng, a share of revenue) among its costs, and a scenario table for 2028 (phương
án thấp / trung bình / cao) whose middle column is the plan itself. From the constants this script
recomputes: output = sum of packs x size, history revenue = output x average price, the 2027
growth on 2026, own supply = area x yield less the weather loss, purchases = sum of contracts,
raw-material need = output x norm against supply, output against capacity, staff by role,
investment items and sources, depreciation, interest, insurance = insured value x rate, reserve
= share x revenue, every revenue line (packs x price), every cost line, totals, profit, margin,
payback = investment / (average profit + depreciation), and each scenario column (volume and
price factors applied; variable costs follow volume and revenue, fixed costs stay). Each figure is
read back from the plan's source (tables found by their caption) and compared: planted numeric
defects must be wrong by more than 5 % (the true value is computed beside them), every other
number right within 1 %. Textual defects are asserted through the presence or absence of words.
Sketchy plans: 150-320 words, no table.
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
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|\bhuyện\b")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, price đ, pack cost đ, packs per year)
# hist: (output, average price đ per base unit) 2024-2026
# raws: (label, unit, norm per base unit, price đ per unit); the first is balanced against supply
# own: (what, quantity, unit, yield of the first raw per unit and year); loss: weather loss share
# buy: (supplier, households, kg a year)
# cap: (per day or batch, days or batches, text of the unit)
# ins: (label, insured value triệu, premium rate); reserve: share of revenue
# scen: 2028 (volume factor, price factor) for thấp and cao
PLANS: dict[str, dict] = {
    "fk01": dict(
        unit="kg",
        products=[("Bưởi Phúc Trạch loại 1, hộp quà 2 quả", "hộp", 3, 150000, 12000, [6000, 6600, 7200]),
                  ("Bưởi Phúc Trạch loại 1, túi lưới 1 quả", "quả", 1.5, 60000, 1500, [20000, 22000, 24000]),
                  ("Bưởi loại 2, sọt 10 kg", "sọt", 10, 220000, 8000, [3000, 3200, 3400])],
        hist=[(62000, 33000), (68000, 34000), (72000, 35000)],
        raws=[("Bưởi quả tươi thu mua của thành viên", "kg", 1.06, 15000)],
        own=("vườn bưởi kinh doanh của thành viên", 12, "ha", 8000), loss=0.15,
        buy=[("Tổ liên kết thôn Phúc Giang", 11, 12000), ("Tổ liên kết thôn Hòa Trung", 9, 10000),
             ("Tổ liên kết thôn Khe Dọc", 7, 8000)],
        cap=(800, 150, "kg/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Thu hái, phân loại, bảo quản", [4, 4, 5]),
               ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=5.5, energy=500,
        inv=[("Kho mát bảo quản bưởi 60 m²", 250, True), ("Dây chuyền rửa, phân loại, phủ sáp", 180, True),
             ("Nhà sơ chế, đóng gói 120 m²", 300, True), ("Hệ thống tưới tiết kiệm chống hạn 6 ha", 150, True),
             ("Tem truy xuất, bao bì, chứng nhận VietGAP", 60, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn góp của thành viên", 500), ("Quỹ đầu tư phát triển của hợp tác xã", 200),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 500)],
        life=10, loan=[500, 350, 200], rate=0.08,
        ins=("Phí bảo hiểm nông nghiệp cây bưởi 12 ha", 1200, 0.03), reserve=0.02,
        sell=0.05, tax=0.01, other=40, other_label="Quản lý, chi phí khác",
        scen=((0.80, 0.92), (1.10, 1.05))),
    "fk02": dict(
        unit="kg",
        products=[("Mật ong hoa keo, chai 500 g", "chai", 0.5, 160000, 9000, [3600, 3900, 4200]),
                  ("Mật ong hoa rừng, hũ 1 kg", "hũ", 1, 340000, 14000, [900, 1000, 1100])],
        hist=[(2200, 300000), (2400, 305000), (2550, 310000)],
        raws=[("Mật ong thô", "kg", 1.05, 90000)],
        own=("đàn ong nội của hộ", 180, "đàn", 15), loss=0.20,
        buy=[("Hộ nuôi ong thôn Xuân Phổ", 6, 600), ("Hộ nuôi ong thôn Bến Hến", 5, 500),
             ("Hộ nuôi ong thôn Đồng Cừa", 4, 400)],
        cap=(25, 200, "kg/ngày"),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [1, 1, 1]),
               ("Lọc, đóng chai, bán hàng", [1, 1, 2])],
        wage=5.0, energy=4000,
        inv=[("Máy hạ thủy phần 30 kg/mẻ", 140, True), ("Phòng đóng chai 30 m²", 100, True),
             ("Bổ sung 60 thùng ong và chân đế chống kiến", 90, True),
             ("Bao bì, tem, kiểm nghiệm", 40, False), ("Vốn lưu động", 230, False)],
        src=[("Vốn tự có của hộ", 350), ("Vay Ngân hàng Chính sách xã hội", 250)],
        life=8, loan=[250, 170, 90], rate=0.066,
        ins=("Phí bảo hiểm nông nghiệp đàn ong 180 đàn", 360, 0.025), reserve=0.02,
        sell=0.05, tax=0.015, other=25, other_label="Chi phí khác",
        scen=((0.75, 0.95), (1.10, 1.03))),
    "fk03": dict(
        unit="lít",
        products=[("Rượu nếp cái hoa vàng 29%, chai 500 ml", "chai", 0.5, 120000, 14000, [8000, 8800, 9600]),
                  ("Rượu nếp cái hoa vàng 35%, bình sứ 1 lít", "bình", 1, 300000, 45000, [1500, 1700, 1900]),
                  ("Rượu nếp ủ lâu năm, can 2 lít", "can", 2, 260000, 12000, [1000, 1100, 1200])],
        hist=[(6000, 205000), (6500, 210000), (7000, 215000)],
        raws=[("Gạo nếp cái hoa vàng", "kg", 1.25, 32000), ("Men lá", "kg", 0.03, 150000)],
        own=("ruộng nếp cái hoa vàng công ty thuê", 2, "ha", 3200), loss=0.10,
        buy=[("Hợp tác xã Nông nghiệp Thạch Lạc", 24, 3500), ("Tổ liên kết thôn Đông Tiến", 12, 1800),
             ("Tổ liên kết thôn Bắc Lạc", 9, 1200)],
        cap=(40, 300, "lít/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu, ủ, chưng cất", [3, 3, 4]),
               ("Lọc, đóng chai, kho", [2, 2, 2]), ("Bán hàng", [1, 2, 2])],
        wage=6.5, energy=6000,
        inv=[("Nồi chưng cất inox hai tầng", 220, True), ("Hệ thống lọc, khử andehit", 180, True),
             ("Kho ủ rượu, 60 chum sành", 160, True), ("Bể lắng, hầm biogas cho bã và nước rửa", 120, True),
             ("Bao bì, tem, kiểm nghiệm", 60, False), ("Vốn lưu động", 260, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng thương mại", 400)],
        life=10, loan=[400, 300, 200], rate=0.09,
        ins=("Phí bảo hiểm lúa nếp 2 ha và cháy nổ kho rượu", 600, 0.02), reserve=0.02,
        sell=0.06, tax=0.015, other=50, other_label="Quản lý, chi phí khác",
        scen=((0.90, 0.97), (1.10, 1.05))),
    "fk04": dict(
        unit="chiếc",
        products=[("Nón lá trắng 16 vành", "chiếc", 1, 120000, 4000, [4000, 4400, 4800]),
                  ("Nón lá vẽ tay kèm hộp quà", "chiếc", 1, 320000, 18000, [1500, 1700, 1900]),
                  ("Nón lá mini trang trí, bộ 3 chiếc", "bộ", 1, 150000, 6000, [1000, 1100, 1200])],
        hist=[(5600, 150000), (6000, 158000), (6300, 165000)],
        raws=[("Lá nón khô đã phơi, là phẳng", "kg", 0.15, 80000), ("Vành tre, cước, chỉ", "bộ", 1, 6000)],
        own=("đồi lá nón các tổ viên nhận khoán", 6, "ha", 150), loss=0.20,
        buy=[("Hộ hái lá thôn Trường Sơn", 8, 250), ("Hộ hái lá thôn Khe Sung", 6, 200),
             ("Hộ hái lá bản Rào Rồng", 5, 150)],
        cap=(30, 280, "chiếc/ngày"),
        roles=[("Tổ trưởng, thủ quỹ", [2, 2, 2]), ("Chằm nón (tổ viên)", [10, 11, 12]),
               ("Vẽ, hoàn thiện, đóng gói", [2, 2, 2])],
        wage=3.0, energy=1500,
        inv=[("Nhà xưởng chung 60 m² và giàn phơi có mái che", 150, True),
             ("Lò sấy lá bằng hơi nóng thay xông lưu huỳnh", 90, True), ("Máy là lá, khuôn nón inox", 40, True),
             ("Thiết kế mẫu, hộp, tem, đăng ký nhãn hiệu", 40, False), ("Vốn lưu động", 130, False)],
        src=[("Vốn góp của tổ viên", 250), ("Vay Quỹ hỗ trợ nông dân", 200)],
        life=8, loan=[200, 140, 80], rate=0.06,
        ins=("Phí bảo hiểm cháy nổ nhà xưởng, kho lá", 400, 0.01), reserve=0.02,
        sell=0.05, tax=0.01, other=20, other_label="Chi phí khác",
        scen=((0.85, 0.95), (1.10, 1.05))),
    "fk05": dict(
        unit="lít",
        products=[("Nước mắm cá cơm 35 độ đạm, chai 500 ml", "chai", 0.5, 75000, 7000, [16000, 18000, 20000]),
                  ("Nước mắm cá cơm 25 độ đạm, can 2 lít", "can", 2, 130000, 9000, [3000, 3400, 3800]),
                  ("Nước mắm nhĩ 40 độ đạm, chai 250 ml", "chai", 0.25, 80000, 9000, [4000, 4400, 4800])],
        hist=[(12500, 118000), (13400, 122000), (14200, 126000)],
        raws=[("Cá cơm tươi", "kg", 1.5, 18000), ("Muối hạt", "kg", 0.5, 5000)],
        own=("hai thuyền lưới vây của công ty", 2, "thuyền", 12000), loss=0.20,
        buy=[("Nậu vựa cảng Cửa Nhượng", 1, 6000), ("Tổ đánh bắt thôn Tân Phúc", 8, 3500),
             ("Tổ đánh bắt thôn Hải Hà", 6, 2500)],
        cap=(500, 40, "lít/bể/năm"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Tiếp nhận cá, muối chượp", [3, 3, 3]),
               ("Lọc, pha, đóng chai", [2, 2, 2]), ("Bán hàng, giao hàng", [2, 2, 3])],
        wage=5.0, energy=3000,
        inv=[("Bổ sung 10 bể chượp composite 5 m³", 200, True), ("Nhà phơi chượp mái tôn lấy sáng 150 m²", 250, True),
             ("Máy lọc, máy chiết rót, máy đóng nắp", 180, True), ("Kho thành phẩm 60 m²", 120, True),
             ("Bao bì, nhãn, mã vạch", 50, False), ("Vốn lưu động", 300, False)],
        src=[("Vốn chủ sở hữu", 600), ("Vay Ngân hàng thương mại", 500)],
        life=10, loan=[500, 380, 250], rate=0.09,
        ins=("Phí bảo hiểm thân tàu và thuyền viên", 1200, 0.015), reserve=0.02,
        sell=0.06, tax=0.015, other=50, other_label="Quản lý, chi phí khác",
        scen=((0.80, 0.95), (1.10, 1.05))),
    "fk06": dict(
        unit="lít",
        products=[("Rượu sim 29%, chai 500 ml", "chai", 0.5, 130000, 13000, [7000, 7700, 8400]),
                  ("Rượu sim 35%, bình gốm 750 ml", "bình", 0.75, 300000, 40000, [1200, 1400, 1600])],
        hist=[(3600, 260000), (3900, 268000), (4100, 276000)],
        raws=[("Quả sim chín", "kg", 1.6, 25000), ("Gạo nếp nấu rượu nền", "kg", 0.6, 30000)],
        own=("đồi sim thành viên chăm sóc", 15, "ha", 500), loss=0.25,
        buy=[("Hộ hái sim thôn Kỳ Sơn", 14, 1500), ("Hộ hái sim thôn Tân Thượng", 11, 1200),
             ("Hộ hái sim bản Rào Chè", 7, 800)],
        cap=(25, 250, "lít/ngày"),
        roles=[("Ban giám đốc, kế toán", [2, 2, 2]), ("Thu mua sim, ngâm ủ", [2, 2, 2]),
               ("Chưng cất, lọc, đóng chai", [1, 1, 2]), ("Bán hàng", [1, 1, 1])],
        wage=5.0, energy=8000,
        inv=[("Nhà ngâm ủ và kho rượu 120 m²", 300, True), ("Nồi nấu rượu nền, thiết bị lọc, khử andehit", 240, True),
             ("Máy chiết rót, đóng nút", 120, True), ("Bình ngâm thủy tinh, chum 300 lít", 100, True),
             ("Bao bì, nhãn, kiểm nghiệm", 50, False), ("Vốn lưu động", 290, False)],
        src=[("Vốn góp của thành viên", 400), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 450)],
        life=10, loan=[450, 330, 210], rate=0.08,
        ins=("Phí bảo hiểm cây sim 15 ha và cháy nổ kho", 500, 0.03), reserve=0.03,
        sell=0.06, tax=0.015, other=40, other_label="Quản lý, chi phí khác",
        scen=((0.75, 0.95), (1.10, 1.05))),
    "fk07": dict(
        unit="kg",
        products=[("Tinh bột nghệ vàng, hũ 200 g", "hũ", 0.2, 110000, 6000, [4000, 4800, 5600]),
                  ("Tinh bột nghệ đỏ, túi 500 g", "túi", 0.5, 240000, 5000, [800, 960, 1120])],
        hist=[(950, 480000), (1050, 495000), (1120, 510000)],
        raws=[("Củ nghệ tươi", "kg", 20, 6000)],
        own=("ruộng nghệ của hộ", 8, "sào", 1500), loss=0.20,
        buy=[("Hộ trồng nghệ thôn Tân Hòa", 9, 6500), ("Hộ trồng nghệ thôn Yên Thịnh", 8, 5800),
             ("Hộ trồng nghệ thôn Đông Duệ", 6, 4500)],
        cap=(8, 260, "kg/ngày"),
        roles=[("Chủ hộ, quản lý", [1, 1, 1]), ("Rửa, mài, lọc, lắng", [2, 2, 2]),
               ("Sấy, đóng gói, bán hàng", [1, 1, 1])],
        wage=5.0, energy=10000,
        inv=[("Máy rửa, máy mài nghệ 300 kg/giờ", 80, True), ("Máy sấy lạnh 30 kg/mẻ", 150, True),
             ("Cải tạo phòng lắng lọc, phòng đóng gói 40 m²", 90, True), ("Bao bì, tem", 30, False),
             ("Vốn lưu động", 100, False)],
        src=[("Vốn tự có của hộ", 250), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 140, 80], rate=0.066,
        ins=("Phí bảo hiểm cây trồng cho 8 sào nghệ", 100, 0.03), reserve=0.02,
        sell=0.05, tax=0.015, other=15, other_label="Chi phí khác",
        scen=((0.80, 0.95), (1.10, 1.05))),
    "fk08": dict(
        unit="kg",
        products=[("Chè búp khô đặc biệt, hộp 200 g", "hộp", 0.2, 90000, 8000, [6000, 6600, 7200]),
                  ("Chè búp khô loại 1, túi 500 g", "túi", 0.5, 130000, 3000, [4000, 4400, 4800]),
                  ("Chè khô loại 2, bao 5 kg", "bao", 5, 500000, 10000, [200, 220, 240])],
        hist=[(3500, 240000), (3800, 245000), (4000, 250000)],
        raws=[("Búp chè tươi", "kg", 4.5, 9000)],
        own=("nương chè kinh doanh của thành viên", 12, "ha", 2400), loss=0.15,
        buy=[("Hộ trồng chè thôn Khe Cò", 5, 1800), ("Hộ trồng chè thôn Kim Lâm", 4, 1200)],
        cap=(18, 250, "kg/ngày"),
        roles=[("Ban quản trị, kế toán", [2, 2, 2]), ("Hái, vận chuyển búp", [2, 2, 2]),
               ("Sao, vò, sấy, đóng gói", [3, 3, 3]), ("Bán hàng", [1, 1, 1])],
        wage=4.5, energy=15000,
        inv=[("Cải tạo nhà xưởng chế biến 150 m²", 200, True), ("Máy vò chè, máy sao chè quay", 150, True),
             ("Máy đóng gói, hàn miệng túi", 80, True), ("Hệ thống tưới chống hạn cho 5 ha chè", 180, True),
             ("Bao bì, tem truy xuất, kiểm nghiệm", 50, False), ("Vốn lưu động", 240, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 400)],
        life=10, loan=[400, 300, 200], rate=0.08,
        ins=("Phí bảo hiểm nông nghiệp cây chè 12 ha", 720, 0.03), reserve=0.02,
        sell=0.05, tax=0.01, other=35, other_label="Quản lý, chi phí khác",
        scen=((0.80, 0.95), (1.05, 1.05))),
    "fk09": dict(
        unit="kg",
        products=[("Kẹo cu đơ gừng, hộp 250 g", "hộp", 0.25, 40000, 4000, [16000, 36000, 40000]),
                  ("Kẹo cu đơ truyền thống, gói 500 g", "gói", 0.5, 65000, 3000, [5000, 11000, 12000])],
        hist=[(5600, 143000), (5900, 146000), (6100, 148000)],
        raws=[("Lạc nhân", "kg", 0.35, 45000), ("Mật mía", "kg", 0.55, 18000),
              ("Bánh đa, gừng, vừng", "kg", 0.15, 40000)],
        own=("ruộng lạc công ty thuê", 3, "ha", 1800), loss=0.15,
        buy=[("Hợp tác xã Nông nghiệp Đức Thịnh", 30, 3500), ("Tổ liên kết thôn Yên Hồ", 10, 1500)],
        cap=(60, 300, "kg/ngày"),
        roles=[("Giám đốc, kế toán", [2, 2, 2]), ("Nấu mật, cán kẹo", [3, 3, 3]),
               ("Đóng gói, bán hàng", [2, 2, 2])],
        wage=4.5, energy=5000,
        inv=[("Dây chuyền cán, cắt kẹo bán tự động", 260, True), ("Hai nồi nấu mật inox", 80, True),
             ("Máy đóng gói, hàn màng", 90, True), ("Cải tạo xưởng một chiều 80 m²", 170, True),
             ("Vốn lưu động", 200, False)],
        src=[("Vốn chủ sở hữu", 500), ("Vay Ngân hàng thương mại", 300)],
        life=10, loan=[300, 200, 100], rate=0.09,
        ins=("Phí bảo hiểm cây lạc 3 ha và cháy nổ xưởng", 300, 0.025), reserve=0.02,
        sell=0.05, tax=0.015, other=30, other_label="Quản lý, chi phí khác",
        scen=((0.80, 0.95), (1.10, 1.05))),
    "fk10": dict(
        unit="kg",
        products=[("Bánh đa vừng đen nướng sẵn, túi 5 chiếc 0,4 kg", "túi", 0.4, 35000, 2500, [15000, 16500, 18000]),
                  ("Bánh đa vừng chưa nướng, xấp 10 chiếc 0,8 kg", "xấp", 0.8, 50000, 2000, [8000, 8800, 9600]),
                  ("Bánh đa ram cuốn, gói 500 g", "gói", 0.5, 30000, 1500, [6000, 6600, 7200])],
        hist=[(13500, 60000), (14200, 62000), (14800, 64000)],
        raws=[("Gạo tẻ", "kg", 1.1, 16000), ("Vừng đen", "kg", 0.08, 70000)],
        own=("ruộng lúa của các tổ viên", 40, "sào", 360), loss=0.15,
        buy=[("Hợp tác xã Nông nghiệp Tùng Lộc", 40, 6000), ("Đại lý gạo thôn Hữu Ninh", 1, 3000)],
        cap=(70, 300, "kg/ngày"),
        roles=[("Tổ trưởng, thủ quỹ", [2, 2, 2]), ("Xay bột, tráng bánh", [5, 5, 6]),
               ("Phơi, nướng, đóng gói, bán", [2, 2, 2])],
        wage=3.5, energy=3000,
        inv=[("Hai lò tráng bánh cải tiến dùng hơi nước", 120, True), ("Máy xay bột nước", 40, True),
             ("Giàn phơi có mái che di động chống mưa", 90, True), ("Lò nướng bánh có chụp hút khói", 60, True),
             ("Bao bì, kiểm nghiệm, tự công bố", 40, False), ("Vốn lưu động", 150, False)],
        src=[("Vốn góp của tổ viên", 300), ("Vay Ngân hàng Chính sách xã hội", 200)],
        life=8, loan=[200, 140, 80], rate=0.066,
        ins=("Phí bảo hiểm cây lúa 40 sào của tổ viên", 150, 0.03), reserve=0.02,
        sell=0.05, tax=0.01, other=20, other_label="Chi phí khác",
        scen=((0.85, 0.95), (1.10, 1.05))),
}

# Planted numeric defects (the generator prints these instead of the true values).
PLANTED = {
    "fk05": {"rev_line": (0, 1, 1.12)},      # 2028 chai 500 ml revenue line x 1,12 (total, selling, tax, reserve, profit follow)
    "fk06": {"src_short": True, "payback": 1.5},  # sources 850 vs investment 1.100; payback 1,5 years
    "fk07": {"shortfall": True},             # need 28.800 / 33.600 kg fresh vs 26.400 supply after loss
    "fk08": {"cost_total": (2, 0.92), "over_capacity": True},  # 2029 cost total 8 % low; output > 4.500 kg
    "fk09": {"profit": (0, 1.7), "growth": True},  # 2027 profit x 1,6; output x 2,2 in 2028
}
READY = ("fk01", "fk02", "fk03", "fk04")
STEMS = {
    "fk01": "fk01_buoi_phuc_trach_hoa_phuc_htx",
    "fk02": "fk02_mat_ong_huong_xuan_hkd",
    "fk03": "fk03_ruou_nep_hong_lam_cty",
    "fk04": "fk04_non_la_truong_son_tht",
    "fk05": "fk05_nuoc_mam_hai_thinh_cty",
    "fk06": "fk06_ruou_sim_ky_thuong_htx",
    "fk07": "fk07_tinh_bot_nghe_cam_due_hkd",
    "fk08": "fk08_che_bup_khe_co_htx",
    "fk09": "fk09_keo_cu_do_hong_duc_cty",
    "fk10": "fk10_banh_da_vung_tung_loc_tht",
    "fk11": "fk11_dua_luoi_so_sai",
    "fk12": "fk12_tinh_dau_sa_so_sai",
}


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(key: str) -> dict:
    """Every number of one full plan, true and as printed (planted defects applied)."""
    c, pl = PLANS[key], PLANTED.get(key, {})
    m: dict = {"c": c}
    prods = c["products"]
    m["packs"] = [p[5] for p in prods]
    m["out"] = [sum(p[2] * p[5][y] for p in prods) for y in range(3)]
    m["hist_rev"] = [r1(o * pr / 1e6) for o, pr in c["hist"]]
    m["rev_line"] = [[p[3] * p[5][y] / 1e6 for y in range(3)] for p in prods]
    m["rev_line_p"] = [list(x) for x in m["rev_line"]]
    if "rev_line" in pl:
        i, y, f = pl["rev_line"]
        m["rev_line_p"][i][y] = m["rev_line"][i][y] * f
    m["rev"] = [sum(x[y] for x in m["rev_line"]) for y in range(3)]
    m["rev_p"] = [sum(x[y] for x in m["rev_line_p"]) for y in range(3)]
    m["need"] = [[o * r[2] for o in m["out"]] for r in c["raws"]]
    q, yld = c["own"][1], c["own"][3]
    m["own_gross"] = q * yld
    m["loss_amt"] = m["own_gross"] * c["loss"]
    m["own_net"] = m["own_gross"] - m["loss_amt"]
    m["buy"] = sum(b[2] for b in c["buy"])
    m["buy_hh"] = sum(b[1] for b in c["buy"])
    m["supply"] = m["own_net"] + m["buy"]
    m["cap"] = c["cap"][0] * c["cap"][1]
    m["staff"] = [sum(r[1][y] for r in c["roles"]) for y in range(3)]
    inv_total = sum(i[1] for i in c["inv"])
    fixed = sum(i[1] for i in c["inv"] if i[2])
    m["inv_total"], m["fixed"] = inv_total, fixed
    m["src_total"] = sum(s[1] for s in c["src"])
    m["dep"] = fixed / c["life"]
    ins_label, ins_val, ins_rate = c["ins"]
    m["ins"] = ins_val * ins_rate
    lines = []
    for ri, r in enumerate(c["raws"]):
        lines.append((f"{r[0]}", [m["need"][ri][y] * r[3] / 1e6 for y in range(3)], "var"))
    lines.append(("Bao bì", [sum(p[4] * p[5][y] for p in prods) / 1e6 for y in range(3)], "var"))
    lines.append(("Tiền công lao động", [m["staff"][y] * c["wage"] * 12 for y in range(3)], "fix"))
    lines.append(("Điện, nhiên liệu", [m["out"][y] * c["energy"] / 1e6 for y in range(3)], "var"))
    lines.append(("Khấu hao tài sản cố định", [m["dep"]] * 3, "fix"))
    lines.append(("Lãi vay", [b * c["rate"] for b in c["loan"]], "fix"))
    lines.append((ins_label, [m["ins"]] * 3, "fix"))
    lines.append(("Trích quỹ dự phòng rủi ro", [m["rev_p"][y] * c["reserve"] for y in range(3)], "rev"))
    lines.append(("Bán hàng, quảng bá", [m["rev_p"][y] * c["sell"] for y in range(3)], "rev"))
    lines.append(("Thuế, phí", [m["rev_p"][y] * c["tax"] for y in range(3)], "rev"))
    lines.append((c["other_label"], [c["other"]] * 3, "fix"))
    m["cost_lines"] = lines
    m["cost"] = [sum(l[1][y] for l in lines) for y in range(3)]
    # true cost: revenue-linked lines on the true revenue
    share = c["reserve"] + c["sell"] + c["tax"]
    m["cost_true"] = [m["cost"][y] - (m["rev_p"][y] - m["rev"][y]) * share for y in range(3)]
    m["cost_p"] = list(m["cost"])
    if "cost_total" in pl:
        y, f = pl["cost_total"]
        m["cost_p"][y] = m["cost"][y] * f
    m["profit_true"] = [m["rev"][y] - m["cost_true"][y] for y in range(3)]
    m["profit_p"] = [m["rev_p"][y] - m["cost_p"][y] for y in range(3)]
    if "profit" in pl:
        y, f = pl["profit"]
        m["profit_p"][y] = (m["rev_p"][y] - m["cost_p"][y]) * f
    m["margin_p"] = [m["profit_p"][y] / m["rev_p"][y] * 100 for y in range(3)]
    m["margin_true"] = [m["profit_true"][y] / m["rev"][y] * 100 for y in range(3)]
    m["payback_true"] = inv_total / (sum(m["profit_true"]) / 3 + m["dep"])
    m["payback_p"] = pl.get("payback", round(inv_total / (sum(m["profit_p"]) / 3 + m["dep"]), 1))
    m["reserve_sum"] = sum(m["rev_p"][y] * c["reserve"] for y in range(3))
    # scenarios for 2028 (column order: thấp, trung bình, cao), from the printed base
    y = 1
    var = sum(l[1][y] for l in lines if l[2] == "var")
    fix = sum(l[1][y] for l in lines if l[2] == "fix")
    sc = []
    for vf, pf in (c["scen"][0], (1.0, 1.0), c["scen"][1]):
        out = m["out"][y] * vf
        rev = m["rev_p"][y] * vf * pf
        cost = var * vf + fix + rev * share
        sc.append(dict(out=out, price=rev * 1e6 / out, rev=rev, cost=cost, profit=rev - cost))
    m["scen"] = sc
    return m


# --------------------------------------------------------------------------- reading the source
class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, key: str) -> list[list[str]]:
        """Rows of the table whose caption ("Bảng N. …") contains key."""
        lines = self.body.splitlines()
        for i, line in enumerate(lines):
            if line.startswith("Bảng") and key in line:
                rows, j = [], i + 1
                while j < len(lines) and not lines[j].strip().startswith("|"):
                    j += 1
                while j < len(lines) and lines[j].strip().startswith("|"):
                    cells = [x.strip() for x in lines[j].strip().strip("|").split("|")]
                    if not set("".join(cells)) <= set("-: "):
                        rows.append(cells)
                    j += 1
                return rows[1:]
        self.failures.append(f"table not found: {key}")
        return []

    def trow(self, key: str, label: str, n: int = 3) -> list[float]:
        for r in self.table(key):
            if any(c.startswith(label) for c in r[:2]):
                nums = [vn(x) for x in r[1:] if re.fullmatch(r"[\d.,]+", x)]
                if len(nums) >= n:
                    return nums[-n:]
        self.failures.append(f"row not found: {key} / {label}")
        return [0.0] * n

    def eq(self, got: float, want: float, what: str, tol: float = 0.01) -> None:
        if not (close(got, want, tol) or abs(got - want) <= 0.11):
            self.failures.append(f"{what}: plan {got} != {want:.2f}")

    def wrong(self, got: float, true: float, what: str) -> None:
        if not off(got, true):
            self.failures.append(f"{what}: planted defect not > 5 % off ({got} vs true {true:.2f})")


def check_full(key: str) -> Plan:
    p = Plan(STEMS[key])
    m, c, pl = model(key), PLANS[key], PLANTED.get(key, {})
    # history
    for y, (o, pr) in enumerate(c["hist"]):
        p.eq(p.trow("Kết quả sản xuất kinh doanh", "Sản lượng")[y], o, f"history output {2024 + y}")
        p.eq(p.trow("Kết quả sản xuất kinh doanh", "Giá bán bình quân")[y], pr, f"history price {2024 + y}")
        p.eq(p.trow("Kết quả sản xuất kinh doanh", "Doanh thu")[y], o * pr / 1e6, f"history revenue {2024 + y}")
    if "growth" not in pl:
        p.check(m["out"][0] <= c["hist"][2][0] * 1.2, "2027 output more than +20 % on 2026")
    # products and prices
    for pr in c["products"]:
        p.eq(p.trow("Sản phẩm, quy cách và giá bán", pr[0], 1)[0], pr[3], f"price {pr[0]}")
    # contracts
    for b in c["buy"]:
        got = p.trow("Nguồn cung nguyên liệu", b[0], 2)
        p.eq(got[0], b[1], f"households {b[0]}")
        p.eq(got[1], b[2], f"contract {b[0]}")
    tot = p.trow("Nguồn cung nguyên liệu", "Cộng", 2)
    p.eq(tot[0], m["buy_hh"], "contract households total")
    p.eq(tot[1], m["buy"], "contract total")
    # balance
    K = "Cân đối nguyên liệu"
    need = p.trow(K, "Nhu cầu")
    for y in range(3):
        p.eq(need[y], m["need"][0][y], f"need {YEARS[y]}")
        p.eq(p.trow(K, "Tự có trước hao hụt")[y], m["own_gross"], "own gross")
        p.eq(p.trow(K, "Hao hụt do thời tiết")[y], m["loss_amt"], "weather loss")
        p.eq(p.trow(K, "Tự có sau hao hụt")[y], m["own_net"], "own net")
        p.eq(p.trow(K, "Mua theo hợp đồng")[y], m["buy"], "purchases")
        p.eq(p.trow(K, "Tổng nguồn cung")[y], m["supply"], "supply")
    if "shortfall" in pl:
        p.check(not any(r[0].startswith("Chênh lệch") for r in p.table(K)), "shortfall plan shows a difference row")
        for y in (1, 2):
            p.wrong(m["supply"], m["need"][0][y], f"supply against need {YEARS[y]} (need is more)")
        p.check(m["need"][0][0] <= m["supply"], "2027 need within supply")
    else:
        diff = p.trow(K, "Chênh lệch")
        for y in range(3):
            p.eq(diff[y], m["supply"] - m["need"][0][y], f"balance {YEARS[y]}")
            p.check(m["need"][0][y] <= m["supply"], f"need {YEARS[y]} within supply")
    # capacity and production plan
    P = "Kế hoạch sản xuất"
    for i, pr in enumerate(c["products"]):
        got = p.trow(P, pr[0])
        for y in range(3):
            p.eq(got[y], pr[5][y], f"packs {pr[0]} {YEARS[y]}")
    out = p.trow(P, "Sản lượng quy đổi")
    capr = p.trow(P, "Công suất")
    for y in range(3):
        p.eq(out[y], m["out"][y], f"output {YEARS[y]}")
        p.eq(capr[y], m["cap"], "capacity")
    if "over_capacity" in pl:
        p.wrong(m["cap"], m["out"][2], "capacity against 2029 output (output is more)")
        p.check(m["out"][2] > m["cap"], "2029 output above capacity")
    else:
        p.check(all(o <= m["cap"] for o in m["out"]), "output within capacity")
    # staff
    for r in c["roles"]:
        got = p.trow("Lao động theo bộ phận", r[0])
        for y in range(3):
            p.eq(got[y], r[1][y], f"staff {r[0]}")
    st = p.trow("Lao động theo bộ phận", "Tổng số lao động")
    for y in range(3):
        p.eq(st[y], m["staff"][y], "staff total")
    # investment and sources
    for it in c["inv"]:
        p.eq(p.trow("Tổng vốn đầu tư", it[0], 1)[0], it[1], f"investment {it[0]}")
    p.eq(p.trow("Tổng vốn đầu tư", "Tổng vốn đầu tư", 1)[0], m["inv_total"], "investment total")
    for s in c["src"]:
        got = p.trow("Nguồn vốn", s[0], 2)
        p.eq(got[0], s[1], f"source {s[0]}")
        p.eq(got[1], s[1] / m["src_total"] * 100, f"share {s[0]}")
    p.eq(p.trow("Nguồn vốn", "Tổng nguồn vốn", 2)[0], m["src_total"], "sources total")
    if "src_short" in pl:
        p.wrong(m["src_total"], m["inv_total"], "sources against investment")
    else:
        p.eq(m["src_total"], m["inv_total"], "sources = investment")
    # revenue
    for i, pr in enumerate(c["products"]):
        got = p.trow("Dự kiến doanh thu", pr[0])
        for y in range(3):
            if "rev_line" in pl and pl["rev_line"][:2] == (i, y):
                p.wrong(got[y], m["rev_line"][i][y], f"revenue line {pr[0]} {YEARS[y]}")
            else:
                p.eq(got[y], m["rev_line"][i][y], f"revenue line {pr[0]} {YEARS[y]}")
    rt = p.trow("Dự kiến doanh thu", "Tổng doanh thu")
    for y in range(3):
        p.eq(rt[y], m["rev_p"][y], f"revenue total {YEARS[y]} as printed")
    # costs
    for lab, vals, _ in m["cost_lines"]:
        got = p.trow("Dự kiến chi phí", lab)
        for y in range(3):
            p.eq(got[y], vals[y], f"cost {lab} {YEARS[y]}")
    ct = p.trow("Dự kiến chi phí", "Tổng chi phí")
    for y in range(3):
        if "cost_total" in pl and pl["cost_total"][0] == y:
            p.wrong(ct[y], m["cost"][y], f"cost total {YEARS[y]}")
        else:
            p.eq(ct[y], m["cost"][y], f"cost total {YEARS[y]}")
    # summary
    S = "Tổng hợp hiệu quả"
    srev, scost, sprof, smarg = (p.trow(S, "Doanh thu"), p.trow(S, "Chi phí"), p.trow(S, "Lợi nhuận"),
                                 p.trow(S, "Tỷ suất lợi nhuận"))
    for y in range(3):
        p.eq(srev[y], m["rev_p"][y], "summary revenue")
        p.eq(scost[y], m["cost_p"][y], "summary cost")
        p.eq(sprof[y], m["profit_p"][y], "summary profit as printed")
        p.eq(smarg[y], m["margin_p"][y], "summary margin as printed")
        p.check(0 < m["margin_true"][y] < 40, f"true margin {YEARS[y]} {m['margin_true'][y]:.1f} %")
    if "profit" in pl:
        y = pl["profit"][0]
        p.wrong(sprof[y], m["rev"][y] - m["cost"][y], f"profit {YEARS[y]}")
    if "rev_line" in pl:
        y = pl["rev_line"][1]
        p.wrong(rt[y], m["rev"][y], f"revenue total {YEARS[y]}")
    if "cost_total" in pl:
        y = pl["cost_total"][0]
        p.wrong(sprof[y], m["rev"][y] - m["cost"][y], f"profit {YEARS[y]} from the short total")
    # payback
    mm = re.search(r"hoàn vốn (?:khoảng|là|trong khoảng|dự kiến) ([\d,]+) năm", p.body)
    if not mm:
        p.failures.append("payback sentence not found")
    else:
        got = vn(mm.group(1))
        if "payback" in pl:
            p.wrong(got, m["payback_true"], "payback")
        else:
            want = m["inv_total"] / (sum(m["profit_p"]) / 3 + m["dep"])
            p.eq(got, want, "payback from the printed profits", tol=0.05)
    # scenarios
    C = "Kịch bản"
    for lab, k in (("Sản lượng", "out"), ("Giá bán bình quân", "price"), ("Doanh thu", "rev"),
                   ("Chi phí", "cost"), ("Lợi nhuận", "profit")):
        got = p.trow(C, lab)
        for j in range(3):
            p.eq(got[j], m["scen"][j][k], f"scenario {lab} column {j}")
    p.eq(p.trow(C, "Sản lượng")[1], m["out"][1], "scenario base = plan output 2028")
    p.eq(p.trow(C, "Lợi nhuận")[1], m["profit_p"][1], "scenario base = plan profit 2028")
    # growth
    revs = [m["hist_rev"][2]] + m["rev_p"]
    for y in range(3):
        g = revs[y + 1] / revs[y] - 1
        if "growth" in pl and y == 1:
            p.check(g > 1.0, f"planted growth 2028 only {g:.0%}")
        else:
            p.check(g < 0.25, f"revenue growth {YEARS[y]} {g:.0%}")
    p.lacks(PLACEHOLDER, "placeholder")
    p.has("hao hụt do thời tiết", "quỹ dự phòng", "bảo hiểm")
    return p


def check_ready(p: Plan) -> None:
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP", "tiêu chuẩn cơ sở",
          "nhãn hiệu", "truy xuất", "kết quả thử nghiệm")
    p.lacks(REPLACED, "replaced or lapsed instrument / district level")
    for d in re.findall(r"đến (\d{1,2}/\d{1,2}/(\d{4}))", p.body):
        p.check(int(d[1]) >= 2029, f"paper expires {d[0]} before 2029")


def words(p: Plan) -> int:
    return len(re.findall(r"\w+", p.body))


def check_sketchy(key: str, figures: tuple[str, ...], absent: tuple[str, ...]) -> Plan:
    p = Plan(STEMS[key])
    n = words(p)
    p.check(150 <= n <= 320, f"sketchy plan has {n} words")
    p.check(not p.rows, "sketchy plan has a table")
    p.has(*figures)
    for a in absent:
        p.lacks(a, "paper a sketchy plan lacks on purpose")
    p.lacks(PLACEHOLDER, "placeholder")
    return p


def main() -> int:
    plans = []
    for k in PLANS:
        p = check_full(k)
        if k in READY:
            check_ready(p)
        plans.append(p)
    by = {p.stem[:4]: p for p in plans}
    # textual defects
    p = by["fk05"]
    p.lacks(r"môi trường|nước thải|xử lý|mùi|chất thải|bã chượp|đăng ký môi", "fk05 environment words")
    p.has("16 lao động")
    p.check(model("fk05")["staff"][0] != 16, "fk05 staff table is not 16")
    p = by["fk06"]
    p.lacks(r"giấy phép|105/2017|17/2020|cấp phép", "fk06 alcohol licence words")
    p = by["fk07"]
    p.lacks(r"tiêu chuẩn|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|TCCS", "fk07 product-standard words")
    p.has("1048/QĐ-TTg", "123/2018/NQ-HĐND", "huyện")
    p.lacks(r"148/QĐ-TTg|1489/QĐ-TTg", "fk07 current instruments")
    p.has("đủ nguyên liệu")
    p = by["fk08"]
    p.lacks(r"nhãn hiệu|thương hiệu|sở hữu trí tuệ|logo|chỉ dẫn địa lý", "fk08 trademark words")
    p.has("đủ công suất")
    p = by["fk09"]
    p.lacks(r"nhãn(?! hiệu)|43/2017|111/2021|\btem\b|mã vạch", "fk09 label words")
    p.has("giữ nguyên")
    p = by["fk10"]
    p.lacks(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh thực phẩm", "fk10 food-safety words")
    p.lacks(r"truy xuất|nhật ký|QR|mã lô|số lô|kiểm soát chất lượng|\btem\b", "fk10 quality-control words")
    p.has("Tổ hợp tác Bánh đa Kim Song")
    p.check(p.count("Tổ hợp tác Bánh đa Kim Song") == 2, "fk10 other producer named twice")
    plans.append(check_sketchy("fk11", ("45.000 đồng/kg", "6 tấn", "120 triệu"),
                               (r"đăng ký kinh doanh", r"an toàn thực phẩm", r"nhãn", r"tiêu chuẩn")))
    plans.append(check_sketchy("fk12", ("600.000 đồng/lít", "300 lít", "80 triệu"),
                               (r"đăng ký kinh doanh", r"an toàn thực phẩm", r"nhãn", r"tiêu chuẩn")))
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main())
