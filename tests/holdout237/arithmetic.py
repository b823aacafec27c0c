"""The 237th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand.

    .venv/bin/python tests/holdout237/arithmetic.py [id01 id05 ...]

Theme: English terms and headings mixed into Vietnamese plans ("Marketing plan", "Cash flow",
"KPI", "SWOT", "Break-even", "target", "brand", "online", "feedback", "sale off", "order"), in the
headings, the prose and the table headers.

For every full plan (id01-id10) the constants give the products (pack size in the plan's base unit,
the 2027 price, the 2027 packs, the packaging cost per pack), the yearly growth of packs and of
prices, the 2024-2026 history, the raw materials (norm per base unit, purchase price, supply rows as
count x yield), the rated capacity (per day x days), the staff and wage, the per-unit energy cost,
the piece rate of hand work, the marketing budget by item, the sales channels with their yearly
shares, the investment items and capital sources, loan balances and rate, asset life, tax share and
the fixed "other" line. `model()` turns them into every figure the plan prints (the generator that
wrote the plans' Markdown imported it); planted numeric defects are applied as overrides and what
follows them in the plan follows the printed value. This script reads every table back from the
plan's source (found by its caption), compares every cell with the model within 1 %, then recomputes
the relations a reviewer checks from the printed figures themselves (revenue = packs x price, sums,
profit = revenue - cost, sources = investment, payback = investment / (average profit +
depreciation), raw-material need vs supply, output vs capacity, growth, channel shares, marketing
budget, KPI, break-even): the planted ones must be wrong by more than 5 % (true value beside them),
every other one right within 1 %. Textual defects are asserted by the absence or presence of their
words; ready plans must cite QD 148 and QD 1489 and no replaced instrument or district body.
Sketchy plans: 150-350 words, no table.
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
HIST_YEARS = (2024, 2025, 2026)
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"Phòng .{0,30} huyện|(?<!\w)huyện(?!\w)")

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, 2027 price đ, 2027 packs, packaging đ/pack)
# g_out: growth of packs 2027->2028, 2028->2029; g_price: price growth a year (prices to 100 đ)
# hist: output 2024-2026 (base units), average price đ/base unit, margin
# raws: (material, unit, norm per base unit, price đ/unit, [(supply label, count, yield)])
# cap: (rating per day in base units, working days) ; use_row: print the capacity-use row
# staff: (role, [n2027, n2028, n2029]) salaried; wage: 2027 monthly wage (triệu), g_wage index
# piece: piece rate of hand work in đ per base unit (or 0); energy: đ per base unit
# mkt: marketing budget items (label, [triệu 2027, 2028, 2029]); its total is the cost line
# channels: (label, [share 2027, 2028, 2029], online?) ; aov: average online order value (đ)
# kpi: extra KPI rows (label, unit, [v2027, v2028, v2029]) quoted as targets
# inv: (label, triệu, fixed asset?); src: (label, triệu); life: years; loan: balance per year
# caps: table captions in the order the plan prints them; lab: row labels that differ per plan
# plant: overrides of printed figures (the planted numeric defects)
PLANS: dict[str, dict] = {
    "id01": dict(
        stem="id01_ruoc_ca_ngu_moc_hai_cty", unit="kg",
        products=[("Ruốc cá ngừ vị truyền thống, hũ 150 g", "hũ", 0.15, 85000, 20000, 6000),
                  ("Ruốc cá ngừ vị cay (spicy), hũ 150 g", "hũ", 0.15, 88000, 12000, 6000),
                  ("Ruốc cá ngừ cho bé, hũ 100 g", "hũ", 0.10, 75000, 8000, 5500),
                  ("Combo quà tặng 3 hũ (gift box)", "hộp", 0.45, 260000, 1500, 28000)],
        g_out=(0.10, 0.10), g_price=0.04,
        hist=dict(out=[4600, 5100, 5650], price=[540000, 555000, 570000], margin=[0.075, 0.082, 0.088]),
        raws=[("Cá ngừ tươi", "kg", 3.5, 68000,
               [("Tàu cá ngừ cảng Cửa Sót (6 tàu × 3.500 kg)", 6, 3500),
                ("Vựa hải sản Thạch Kim (2 vựa × 4.000 kg)", 2, 4000)]),
              ("Gia vị (hành, tiêu, nước mắm)", "kg", 0.12, 60000,
               [("Đại lý gia vị Thạch Hà (1 hợp đồng)", 1, 1100)])],
        cap=(32, 280), use_row=True,
        staff=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, hấp cá", [4, 4, 5]),
               ("Sấy, chà bông, đóng hũ", [3, 4, 4]), ("Sales & marketing online", [2, 2, 2])],
        wage=6.5, g_wage=0.05, piece=0, energy=9000, tax=0.015, other=110,
        mkt=[("Ads Facebook, TikTok", [70, 80, 90]), ("KOC review, livestream", [40, 45, 50]),
             ("Sale off, voucher, sample dùng thử", [45, 50, 55]), ("Hội chợ, showroom OCOP", [35, 35, 40])],
        channels=[("Cửa hàng, đại lý (offline)", [0.42, 0.39, 0.36], False),
                  ("Siêu thị, điểm bán OCOP", [0.18, 0.18, 0.18], False),
                  ("Shopee, TikTok Shop", [0.22, 0.25, 0.28], True),
                  ("Fanpage, Zalo (order trực tiếp)", [0.18, 0.18, 0.18], True)],
        aov=260000,
        kpi=[("Điểm bán, đại lý", "điểm", [45, 55, 65]), ("Followers fanpage", "người", [18000, 25000, 32000]),
             ("Feedback 5 sao", "%", [92, 93, 94])],
        inv=[("Máy sấy, máy chà bông ruốc", 420, True), ("Nồi hấp cá, tủ đông 1.000 lít", 260, True),
             ("Cải tạo xưởng một chiều 120 m²", 350, True), ("Máy đóng hũ, máy in date", 120, True),
             ("Thiết kế brand, bao bì, website", 80, False), ("Vốn lưu động", 370, False)],
        src=[("Vốn chủ sở hữu (3 thành viên góp)", 800),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600), ("Vốn vay từ thành viên", 200)],
        life=10, loan=[600, 480, 360], rate=0.08,
        caps=dict(
            hist="Bảng 1. Kết quả kinh doanh 2024 – 2026",
            price="Bảng 2. Bảng giá bán lẻ (price list), đồng/sản phẩm",
            comp="Bảng 3. Đối thủ cạnh tranh (competitor)",
            channels="Bảng 4. Channel mix – cơ cấu doanh thu theo kênh",
            mkt="Bảng 5. Marketing budget (triệu đồng)",
            kpi="Bảng 6. KPI giai đoạn 2027 – 2029",
            raw="Bảng 7. Cân đối nguyên liệu (supply – demand)",
            staff="Bảng 8. Team và quỹ lương",
            prod="Bảng 9. Production plan – sản lượng theo sản phẩm",
            inv="Bảng 10. Tổng vốn đầu tư",
            src="Bảng 11. Nguồn vốn",
            rev="Bảng 12. Doanh thu theo sản phẩm (triệu đồng)",
            cost="Bảng 13. Chi phí và lợi nhuận (triệu đồng)",
            cf="Bảng 14. Cash flow (triệu đồng)",
            be="Bảng 15. Break-even (điểm hòa vốn)"),
        lab=dict(raw_cost=["Cá ngừ tươi", "Gia vị"], pack="Bao bì, hũ, tem nhãn", energy="Điện, gas, nước",
                 mkt="Marketing (theo budget)"),
        plant={}),
    "id02": dict(
        stem="id02_tra_xanh_kim_hoa_htx", unit="lít",
        products=[("Trà xanh nguyên vị, chai 350 ml", "chai", 0.35, 12000, 120000, 2600),
                  ("Trà xanh không đường, chai 500 ml", "chai", 0.5, 15000, 60000, 3100),
                  ("Trà xanh pha sẵn, bình 5 lít (B2B)", "bình", 5, 90000, 1500, 14000)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[62000, 68000, 74000], price=[29000, 29500, 30000], margin=[0.12, 0.13, 0.135]),
        raws=[("Chè búp tươi", "kg", 0.05, 12000,
               [("Đồi chè thành viên HTX (18 hộ × 300 kg)", 18, 300),
                ("Hộ trồng chè thôn Khe Nứa (6 hộ × 250 kg)", 6, 250)]),
              ("Đường mía", "kg", 0.035, 21000,
               [("Đại lý đường Hồng Lĩnh (1 hợp đồng)", 1, 3800)])],
        cap=(480, 250), use_row=True,
        staff=[("Ban giám đốc, kế toán HTX", [3, 3, 3]), ("Sơ chế, chiết xuất trà", [3, 3, 4]),
               ("Chiết rót, thanh trùng", [3, 3, 3]), ("Sales, giao hàng", [2, 2, 3])],
        wage=6.0, g_wage=0.05, piece=0, energy=1500, tax=0.015, other=90,
        mkt=[("Sampling trường học, văn phòng", [40, 40, 45]), ("Ads online, content TikTok", [50, 60, 70]),
             ("Sale off mùa hè, chiết khấu đại lý", [40, 45, 50]), ("POSM, tủ mát cho quán", [30, 30, 30])],
        channels=[("Quán ăn, căng tin (B2B)", [0.35, 0.33, 0.31], False),
                  ("Tạp hóa, đại lý cấp 1", [0.40, 0.38, 0.36], False),
                  ("Điểm bán OCOP, siêu thị", [0.13, 0.14, 0.15], False),
                  ("Online (Shopee, fanpage, Zalo OA)", [0.12, 0.15, 0.18], True)],
        aov=180000,
        kpi=[("Điểm bán có tủ mát", "điểm", [120, 150, 180]), ("Quán B2B ký hợp đồng", "quán", [25, 32, 40]),
             ("Feedback hài lòng", "%", [90, 92, 93])],
        inv=[("Dây chuyền chiết rót, đóng nắp", 650, True), ("Nồi chiết xuất inox, hệ thống lọc", 280, True),
             ("Thiết bị thanh trùng, làm mát", 220, True), ("Cải tạo nhà xưởng 150 m²", 300, True),
             ("Thiết kế brand, nhãn, mã QR", 60, False), ("Kiểm nghiệm, tự công bố", 30, False),
             ("Vốn lưu động", 360, False)],
        src=[("Vốn góp của thành viên HTX", 800), ("Quỹ đầu tư phát triển của HTX", 300),
             ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 800)],
        life=10, loan=[800, 650, 500], rate=0.08, tt=True,
        caps=dict(
            comp="Bảng 1. Đối thủ cạnh tranh trên thị trường trà đóng chai",
            channels="Bảng 2. Channel mix dự kiến",
            mkt="Bảng 3. Ngân sách marketing (budget), triệu đồng",
            kpi="Bảng 4. KPI của HTX 2027 – 2029",
            hist="Bảng 5. Kết quả sản xuất kinh doanh của HTX 2024 – 2026",
            price="Bảng 6. Giá bán (price list), đồng/sản phẩm",
            raw="Bảng 7. Nhu cầu và nguồn cung nguyên liệu",
            staff="Bảng 8. Nhân lực và quỹ lương",
            prod="Bảng 9. Kế hoạch sản xuất (production plan)",
            inv="Bảng 10. Tổng vốn đầu tư",
            src="Bảng 11. Cơ cấu nguồn vốn",
            rev="Bảng 12. Doanh thu dự kiến (triệu đồng)",
            cost="Bảng 13. Chi phí, lợi nhuận (triệu đồng)",
            cf="Bảng 14. Cash flow của phương án (triệu đồng)",
            be="Bảng 15. Phân tích Break-even"),
        lab=dict(raw_cost=["Chè búp tươi", "Đường mía"], pack="Chai, nắp, nhãn, thùng", energy="Điện, nước, gas",
                 mkt="Marketing, sale off"),
        plant={}),
    "id03": dict(
        stem="id03_non_la_tan_phuc_tht", unit="chiếc",
        products=[("Nón lá trắng truyền thống", "chiếc", 1, 90000, 6000, 3000),
                  ("Nón bài thơ vẽ tay", "chiếc", 1, 180000, 2500, 6000),
                  ("Nón lá mini decor, souvenir", "chiếc", 1, 55000, 4000, 2000),
                  ("Combo nón lá và túi cói (gift set)", "bộ", 1, 250000, 600, 12000)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[10800, 11500, 12200], price=[98000, 100000, 102000], margin=[0.14, 0.15, 0.155]),
        raws=[("Lá nón đã phơi", "kg", 0.12, 60000,
               [("Hộ trồng lá nón thôn Trung Sơn (12 hộ × 200 kg)", 12, 200)]),
              ("Vành tre, chỉ cước", "kg", 0.05, 45000,
               [("Cơ sở chuốt vành Tân Mỹ (1 hợp đồng)", 1, 900)])],
        cap=(60, 300), use_row=True,
        staff=[("Tổ trưởng, kế toán", [2, 2, 2]), ("Bán hàng online, đóng gói", [1, 2, 2])],
        piece_staff=("Thợ chằm nón (nhận khoán)", [30, 30, 30]),
        wage=5.5, g_wage=0.05, piece=38000, energy=1200, tax=0.01, other=40,
        mkt=[("Livestream, content TikTok", [25, 30, 35]), ("Hội chợ, điểm check-in du lịch", [30, 30, 35]),
             ("Sale off, quà tặng khách đoàn", [15, 18, 20])],
        channels=[("Khách du lịch tại làng nghề", [0.30, 0.28, 0.26], False),
                  ("Cửa hàng lưu niệm, điểm OCOP", [0.35, 0.34, 0.33], False),
                  ("Order đoàn, sự kiện (B2B)", [0.15, 0.15, 0.15], False),
                  ("Online (Shopee, fanpage)", [0.20, 0.23, 0.26], True)],
        aov=320000,
        kpi=[("Điểm bán lưu niệm", "điểm", [20, 26, 32]), ("Đoàn khách trải nghiệm", "đoàn", [40, 55, 70]),
             ("Feedback 5 sao trên Shopee", "%", [95, 95, 96])],
        inv=[("Nhà trưng bày, trải nghiệm 80 m²", 260, True), ("Khuôn nón, bàn là lá, lò sấy lá", 90, True),
             ("Dụng cụ vẽ, in hoa văn", 50, True), ("Thiết kế brand, thẻ treo, hộp quà", 40, False),
             ("Vốn lưu động (mua lá, vành)", 160, False)],
        src=[("Vốn góp của tổ viên", 350), ("Vay Ngân hàng Chính sách xã hội (tổ viên đứng vay)", 250)],
        life=10, loan=[250, 200, 150], rate=0.066,
        caps=dict(
            hist="Bảng 1. Kết quả của tổ 2024 – 2026",
            price="Bảng 2. Giá bán lẻ (đồng/chiếc hoặc bộ)",
            channels="Bảng 3. Doanh thu theo channel",
            mkt="Bảng 4. Marketing budget (triệu đồng)",
            kpi="Bảng 5. KPI 2027 – 2029",
            raw="Bảng 6. Cân đối nguyên liệu",
            staff="Bảng 7. Lao động và tiền lương",
            prod="Bảng 8. Production plan",
            inv="Bảng 9. Vốn đầu tư",
            src="Bảng 10. Nguồn vốn",
            rev="Bảng 11. Doanh thu (triệu đồng)",
            cost="Bảng 12. Chi phí và lợi nhuận (triệu đồng)",
            cf="Bảng 13. Cash flow (triệu đồng)",
            be="Bảng 14. Break-even",
            papers="Bảng 15. Hồ sơ pháp lý và chất lượng"),
        lab=dict(raw_cost=["Lá nón", "Vành tre, chỉ cước"], pack="Thẻ treo, túi, hộp quà", energy="Điện, sấy lá",
                 piece="Tiền công khoán chằm nón", wages="Lương bộ phận quản lý, bán hàng", mkt="Marketing"),
        plant={}),
    "id04": dict(
        stem="id04_mat_ong_ngan_truoi_hkd", unit="kg",
        products=[("Mật ong hoa rừng, chai 500 g", "chai", 0.5, 190000, 3000, 8000),
                  ("Mật ong hoa keo, hũ 1 kg", "hũ", 1.0, 260000, 1200, 12000),
                  ("Mật ong mini, lọ 250 g (quà tặng)", "lọ", 0.25, 110000, 2000, 7000)],
        g_out=(0.08, 0.08), g_price=0.03,
        hist=dict(out=[2600, 2800, 3000], price=[320000, 330000, 335000], margin=[0.15, 0.16, 0.165]),
        raws=[("Mật ong thô", "kg", 1.1, 115000,
               [("Đàn ong của hộ (220 đàn × 12 kg)", 220, 12),
                ("Hộ nuôi ong thôn Hương Đại (15 hộ × 120 kg)", 15, 120)])],
        cap=(40, 200), use_row=True,
        staff=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Chăm sóc đàn ong, quay mật", [2, 2, 2]),
               ("Lọc, đóng chai, bán online", [1, 1, 2])],
        wage=5.5, g_wage=0.05, piece=0, energy=3000, tax=0.015, other=30,
        mkt=[("Fanpage, ads, livestream", [25, 30, 35]), ("Sample, sale off dịp Tết", [15, 18, 20]),
             ("Hội chợ OCOP", [15, 15, 20])],
        channels=[("Khách quen, bán tại nhà", [0.30, 0.26, 0.22], False),
                  ("Cửa hàng đặc sản, điểm OCOP", [0.35, 0.36, 0.36], False),
                  ("Online (fanpage, Shopee, Zalo)", [0.35, 0.38, 0.42], True)],
        aov=350000,
        kpi=[("Cửa hàng đặc sản, đại lý", "điểm", [12, 15, 18]), ("Repeat order", "%", [40, 45, 50]),
             ("Feedback 5 sao", "%", [94, 95, 95])],
        inv=[("Máy hạ thủy phần mật ong 40 kg/mẻ", 180, True), ("Phòng lọc, đóng chai 25 m²", 120, True),
             ("Bổ sung 30 thùng ong và đàn giống", 75, True), ("Bồn lắng inox, máy lọc", 65, True),
             ("Thiết kế nhãn, brand, mã QR", 30, False), ("Kiểm nghiệm, tự công bố", 20, False),
             ("Vốn lưu động", 210, False)],
        src=[("Vốn tự có của hộ", 400), ("Vay Ngân hàng Chính sách xã hội", 300)],
        life=8, loan=[300, 200, 100], rate=0.066,
        caps=dict(
            hist="Bảng 1. Kết quả 2024 – 2026",
            price="Bảng 2. Price list (đồng/sản phẩm)",
            channels="Bảng 3. Channel và doanh thu",
            mkt="Bảng 4. Marketing budget",
            kpi="Bảng 5. KPI",
            raw="Bảng 6. Nguồn mật ong thô",
            staff="Bảng 7. Lao động",
            prod="Bảng 8. Sản lượng dự kiến",
            inv="Bảng 9. Vốn đầu tư",
            src="Bảng 10. Nguồn vốn",
            rev="Bảng 11. Doanh thu (triệu đồng)",
            cost="Bảng 12. Chi phí và lợi nhuận (triệu đồng)",
            cf="Bảng 13. Cash flow",
            be="Bảng 14. Break-even"),
        lab=dict(raw_cost=["Mật ong thô"], pack="Chai, hũ, nhãn", energy="Điện, nước", mkt="Marketing"),
        plant={}),
    "id05": dict(
        stem="id05_ruou_sim_thach_dien_htx", unit="lít",
        products=[("Rượu sim rừng 29 độ, chai 500 ml", "chai", 0.5, 110000, 10000, 9000),
                  ("Rượu sim quà tặng, chai 300 ml", "chai", 0.3, 95000, 6000, 10000),
                  ("Rượu sim bình gốm 1,5 lít", "bình", 1.5, 420000, 800, 60000)],
        g_out=(0.10, 0.10), g_price=0.04,
        hist=dict(out=[6200, 6800, 7300], price=[228000, 236000, 244000], margin=[0.12, 0.13, 0.13]),
        raws=[("Quả sim chín", "kg", 1.6, 25000,
               [("Đồi sim của HTX (15 ha × 500 kg)", 15, 500),
                ("Hộ hái sim thôn Đồng Lào (36 hộ × 120 kg)", 36, 120)]),
              ("Gạo nếp cái", "kg", 0.5, 28000,
               [("Hộ trồng nếp thành viên (25 hộ × 250 kg)", 25, 250)])],
        cap=(50, 250), use_row=True, balance=False,
        staff=[("Ban giám đốc, kế toán HTX", [3, 3, 3]), ("Ngâm ủ, chưng cất, lọc", [3, 3, 3]),
               ("Chiết chai, đóng hộp, kho", [2, 2, 2]), ("Sales", [1, 2, 2])],
        wage=6.0, g_wage=0.05, piece=0, energy=4000, tax=0.02, other=120,
        mkt=[("Trưng bày, sample tại nhà hàng", [35, 40, 45]), ("Hội chợ, sự kiện", [40, 40, 45]),
             ("Chiết khấu đại lý, sale off dịp Tết", [45, 50, 55])],
        channels=[("Nhà hàng, quán đặc sản", [0.40, 0.40, 0.40], False),
                  ("Đại lý, cửa hàng rượu", [0.30, 0.30, 0.30], False),
                  ("Điểm OCOP, khách tham quan", [0.18, 0.18, 0.18], False),
                  ("Order qua Zalo, điện thoại", [0.12, 0.12, 0.12], True)],
        aov=600000,
        kpi=[("Nhà hàng, đại lý", "điểm", [30, 36, 42]), ("Khách tham quan xưởng", "lượt", [1500, 2000, 2500]),
             ("Feedback hài lòng", "%", [90, 91, 92])],
        inv=[("Hệ thống chưng cất 2 nồi", 320, True), ("Thiết bị lọc, khử andehit, chiết rót", 260, True),
             ("Kho ủ rượu, chum sành 60 m²", 240, True), ("Hầm biogas cho bã rượu", 80, True),
             ("Thiết kế brand, nhãn, hộp quà", 60, False), ("Kiểm nghiệm, tự công bố", 30, False),
             ("Vốn lưu động", 410, False)],
        src=[("Vốn góp thành viên HTX", 600), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 600),
             ("Quỹ phát triển HTX", 200)],
        life=10, loan=[600, 480, 360], rate=0.08,
        caps=dict(
            hist="Bảng 1. Kết quả sản xuất kinh doanh 2024 – 2026",
            price="Bảng 2. Giá bán (đồng/sản phẩm, chưa gồm thuế TTĐB)",
            channels="Bảng 3. Channel mix",
            mkt="Bảng 4. Marketing budget (triệu đồng)",
            kpi="Bảng 5. KPI giai đoạn 2027 – 2029",
            raw="Bảng 6. Nhu cầu và nguồn nguyên liệu",
            staff="Bảng 7. Team và tiền lương",
            prod="Bảng 8. Production plan",
            inv="Bảng 9. Tổng mức đầu tư",
            src="Bảng 10. Nguồn vốn",
            rev="Bảng 11. Doanh thu theo sản phẩm (triệu đồng)",
            cost="Bảng 12. Chi phí, lợi nhuận (triệu đồng)",
            cf="Bảng 13. Cash flow (triệu đồng)",
            be="Bảng 14. Break-even",
            timeline="Bảng 15. Timeline triển khai"),
        lab=dict(raw_cost=["Quả sim", "Gạo nếp"], pack="Chai, bình gốm, hộp, nhãn", energy="Củi, điện, nước",
                 mkt="Marketing, chiết khấu", kpi_online="Tỷ trọng order Zalo, điện thoại",
                 kpi_orders="Order Zalo, điện thoại mỗi tháng"),
        plant=dict(rev_line=[(0, 1, 1.15)])),
    "id06": dict(
        stem="id06_cam_say_deo_kim_farm_cty", unit="kg",
        products=[("Cam sấy dẻo, túi 100 g", "túi", 0.1, 38000, 30000, 2500),
                  ("Cam sấy dẻo, hộp quà 250 g", "hộp", 0.25, 98000, 8000, 9000),
                  ("Cam sấy dẻo, túi 500 g (đại lý)", "túi", 0.5, 165000, 2000, 4000)],
        g_out=(0.12, 0.10), g_price=0.04,
        hist=dict(out=[4200, 4700, 5300], price=[350000, 362000, 373000], margin=[0.09, 0.10, 0.11]),
        raws=[("Cam tươi (cam bù, cam chanh)", "kg", 6.0, 12000,
               [("Vườn cam của công ty (5 ha × 9.000 kg)", 5, 9000),
                ("Hộ trồng cam liên kết (20 hộ × 2.000 kg)", 20, 2000)]),
              ("Đường, mạch nha", "kg", 0.3, 20000,
               [("Đại lý đường Hồng Lĩnh (1 hợp đồng)", 1, 2600)])],
        cap=(32, 280), use_row=True,
        staff=[("Giám đốc, kế toán", [2, 2, 2]), ("Sơ chế, ngâm, sấy", [4, 4, 5]),
               ("Đóng gói, QC, kho", [2, 3, 3]), ("Sales online, CSKH", [2, 2, 2])],
        wage=6.5, g_wage=0.05, piece=0, energy=18000, tax=0.015, other=90,
        mkt=[("Ads Facebook, TikTok, Google", [60, 70, 80]), ("KOC review, livestream", [40, 45, 50]),
             ("Sale off, combo, voucher", [40, 45, 50]), ("Sample, hội chợ", [30, 30, 35])],
        channels=[("Shopee, TikTok Shop, Lazada", [0.30, 0.33, 0.36], True),
                  ("Website, fanpage (order trực tiếp)", [0.12, 0.13, 0.14], True),
                  ("Đại lý, cửa hàng đặc sản", [0.38, 0.35, 0.32], False),
                  ("Siêu thị, điểm OCOP", [0.20, 0.19, 0.18], False)],
        aov=220000,
        kpi=[("Đại lý, cửa hàng", "điểm", [40, 50, 60]), ("Followers TikTok", "người", [30000, 45000, 60000]),
             ("Feedback 5 sao", "%", [90, 92, 93])],
        inv=[("Máy sấy nhiệt 2 buồng", 380, True), ("Máy rửa, máy thái cam", 140, True),
             ("Cải tạo xưởng chế biến 150 m²", 320, True), ("Máy đóng gói, hút chân không", 150, True),
             ("Thiết kế brand, bao bì", 70, False), ("Kiểm nghiệm, tự công bố", 30, False),
             ("Vốn lưu động", 410, False)],
        src=[("Vốn chủ sở hữu", 900), ("Vay Ngân hàng TMCP Đầu tư và Phát triển", 600)],
        life=10, loan=[600, 480, 360], rate=0.085,
        caps=dict(
            hist="Bảng 1. Kết quả kinh doanh 2024 – 2026",
            price="Bảng 2. Price list (đồng/sản phẩm)",
            comp="Bảng 3. Competitor",
            channels="Bảng 4. Channel mix",
            mkt="Bảng 5. Marketing budget (triệu đồng)",
            kpi="Bảng 6. KPI & target",
            raw="Bảng 7. Cân đối nguyên liệu",
            staff="Bảng 8. Team",
            prod="Bảng 9. Production plan",
            inv="Bảng 10. Vốn đầu tư",
            src="Bảng 11. Nguồn vốn",
            rev="Bảng 12. Doanh thu (triệu đồng)",
            cost="Bảng 13. Chi phí và lợi nhuận (triệu đồng)",
            cf="Bảng 14. Cash flow (triệu đồng)",
            be="Bảng 15. Break-even"),
        lab=dict(raw_cost=["Cam tươi", "Đường, mạch nha"], pack="Bao bì, hộp quà", energy="Điện sấy, nước",
                 mkt="Marketing"),
        plant=dict(cost_total=[(0, 0.90)])),
    "id07": dict(
        stem="id07_tra_ca_gai_leo_vuong_loc_ctcp", unit="kg",
        products=[("Trà cà gai leo túi lọc, hộp 25 túi × 2 g", "hộp", 0.05, 42000, 50000, 4000),
                  ("Cà gai leo khô cắt khúc, túi 500 g", "túi", 0.5, 120000, 6000, 3000),
                  ("Gift set 3 hộp trà túi lọc", "bộ", 0.15, 150000, 2000, 20000)],
        g_out=(0.10, 0.10), g_price=0.03,
        hist=dict(out=[4300, 4800, 5300], price=[500000, 515000, 525000], margin=[0.10, 0.11, 0.12]),
        raws=[("Cà gai leo tươi", "kg", 4.0, 10000,
               [("Vùng trồng của công ty (8 ha × 4.500 kg)", 8, 4500),
                ("Hộ liên kết thôn Thượng Lộc (25 hộ × 400 kg)", 25, 400)])],
        cap=(30, 300), use_row=True,
        staff=[("Ban giám đốc, kế toán", [3, 3, 3]), ("Trồng, thu hái, sơ chế", [5, 5, 5]),
               ("Sấy, nghiền, đóng túi lọc", [3, 3, 4]), ("Sales & marketing", [3, 3, 3])],
        wage=7.0, g_wage=0.05, piece=0, energy=12000, tax=0.015, other=200,
        mkt=[("Ads online, SEO website", [80, 90, 100]), ("Sample tại nhà thuốc, hội thảo", [60, 65, 70]),
             ("KOL/KOC, livestream", [50, 55, 60]), ("Sale off, chiết khấu đại lý", [50, 55, 60])],
        channels=[("Nhà thuốc, đại lý", [0.40, 0.38, 0.36], False),
                  ("Siêu thị, điểm OCOP", [0.20, 0.20, 0.20], False),
                  ("Sàn TMĐT (Shopee, Lazada, TikTok Shop)", [0.28, 0.30, 0.32], True),
                  ("Website, Zalo OA", [0.12, 0.12, 0.12], True)],
        aov=240000,
        kpi=[("Nhà thuốc, đại lý", "điểm", [80, 100, 120]), ("Order sỉ (B2B) mỗi quý", "đơn", [60, 75, 90]),
             ("Feedback tích cực", "%", [90, 92, 93])],
        inv=[("Nhà xưởng sơ chế, sấy 250 m²", 800, True), ("Máy sấy bơm nhiệt 2 buồng", 420, True),
             ("Máy nghiền, máy đóng túi lọc tự động", 550, True), ("Kho bảo quản, kệ", 150, True),
             ("Thiết kế brand, bao bì, website", 120, False), ("Vốn lưu động", 960, False)],
        src=[("Vốn góp của cổ đông", 1200), ("Lợi nhuận giữ lại", 500),
             ("Vay Ngân hàng TMCP Công Thương", 900)],
        life=10, loan=[900, 750, 600], rate=0.08,
        caps=dict(
            hist="Bảng 1. Kết quả kinh doanh 2024 – 2026",
            price="Bảng 2. Giá bán (đồng/sản phẩm)",
            channels="Bảng 3. Channel mix",
            mkt="Bảng 4. Marketing budget (triệu đồng)",
            kpi="Bảng 5. KPI",
            raw="Bảng 6. Vùng nguyên liệu và nhu cầu",
            staff="Bảng 7. Nhân sự",
            prod="Bảng 8. Production plan",
            inv="Bảng 9. Tổng vốn đầu tư",
            src="Bảng 10. Nguồn vốn huy động",
            rev="Bảng 11. Doanh thu (triệu đồng)",
            cost="Bảng 12. Chi phí và lợi nhuận (triệu đồng)",
            cf="Bảng 13. Cash flow (triệu đồng)",
            be="Bảng 14. Break-even"),
        lab=dict(raw_cost=["Cà gai leo tươi"], pack="Bao bì, túi lọc, hộp", energy="Điện sấy, nước",
                 mkt="Marketing"),
        plant={}),
    "id08": dict(
        stem="id08_ca_kho_nieu_cam_nhuong_htx", unit="kg",
        products=[("Cá nục kho niêu, niêu đất 500 g", "niêu", 0.5, 90000, 10000, 12000),
                  ("Cá kho hút chân không, túi 300 g", "túi", 0.3, 58000, 12000, 3000),
                  ("Combo 3 niêu quà biếu", "bộ", 1.5, 280000, 600, 45000)],
        g_out=(0.10, 0.10), g_price=0.04,
        hist=dict(out=[7400, 8000, 8700], price=[180000, 185000, 190000], margin=[0.09, 0.10, 0.10]),
        raws=[("Cá nục tươi", "kg", 1.4, 40000,
               [("Thuyền của thành viên HTX (10 thuyền × 2.000 kg)", 10, 2000)]),
              ("Gia vị, nước mắm, đường", "kg", 0.1, 55000,
               [("Cơ sở nước mắm Cẩm Nhượng (1 hợp đồng)", 1, 1300)])],
        cap=(48, 300), use_row=True,
        staff=[("Ban quản trị, kế toán", [2, 2, 2]), ("Sơ chế cá, ướp", [2, 2, 3]),
               ("Kho cá, đóng niêu, hút chân không", [2, 2, 2]), ("Bán hàng, giao order", [1, 1, 1])],
        wage=5.8, g_wage=0.05, piece=0, energy=8000, tax=0.015, other=50,
        mkt=[("Fanpage, ads, content video", [20, 25, 30]), ("Hội chợ, sample dùng thử", [20, 20, 25]),
             ("Sale off dịp lễ, Tết", [15, 15, 20])],
        channels=[("Cửa hàng đặc sản, điểm OCOP", [0.35, 0.34, 0.33], False),
                  ("Nhà hàng, khách sạn", [0.25, 0.25, 0.25], False),
                  ("Khách du lịch mua tại HTX", [0.20, 0.19, 0.18], False),
                  ("Online (fanpage, Shopee, Zalo)", [0.20, 0.22, 0.24], True)],
        aov=300000,
        kpi=[("Điểm bán, đại lý", "điểm", [20, 25, 30]), ("Nhà hàng, khách sạn đối tác", "đơn vị", [8, 10, 12]),
             ("Feedback 5 sao", "%", [90, 91, 92])],
        inv=[("Bếp kho công nghiệp, nồi áp suất", 180, True), ("Máy hút chân không, tủ đông", 150, True),
             ("Cải tạo xưởng 100 m², kho lạnh", 220, True), ("Niêu đất, khuôn, dụng cụ", 40, True),
             ("Thiết kế brand, bao bì", 40, False), ("Vốn lưu động", 170, False)],
        src=[("Vốn góp của thành viên", 500), ("Vay Ngân hàng Nông nghiệp và Phát triển nông thôn", 300)],
        life=10, loan=[300, 240, 180], rate=0.08, tt=True,
        caps=dict(
            hist="Bảng 1. Kết quả 2024 – 2026",
            price="Bảng 2. Giá bán (đồng/sản phẩm)",
            channels="Bảng 3. Channel mix",
            mkt="Bảng 4. Marketing budget (triệu đồng)",
            kpi="Bảng 5. KPI",
            raw="Bảng 6. Nguyên liệu",
            staff="Bảng 7. Lao động",
            prod="Bảng 8. Production plan",
            inv="Bảng 9. Vốn đầu tư",
            src="Bảng 10. Nguồn vốn",
            rev="Bảng 11. Doanh thu (triệu đồng)",
            cost="Bảng 12. Chi phí và lợi nhuận (triệu đồng)",
            cf="Bảng 13. Cash flow (triệu đồng)",
            be="Bảng 14. Break-even"),
        lab=dict(raw_cost=["Cá nục tươi", "Gia vị"], pack="Niêu, túi, hộp quà", energy="Điện, gas, nước",
                 mkt="Marketing"),
        plant=dict(profit=[(1, 1.25)])),
    "id09": dict(
        stem="id09_lac_rang_toi_ot_yen_ho_hkd", unit="kg",
        products=[("Lạc rang tỏi ớt, hũ 250 g", "hũ", 0.25, 33000, 24000, 2500),
                  ("Lạc rang tỏi ớt, túi 500 g", "túi", 0.5, 58000, 6000, 1800),
                  ("Lạc rang mini, gói 50 g", "gói", 0.05, 8000, 40000, 500)],
        g_out=(0.15, 0.15), g_price=0.03,
        hist=dict(out=[8200, 8900, 9700], price=[124000, 127000, 130000], margin=[0.10, 0.11, 0.11]),
        raws=[("Lạc nhân", "kg", 1.05, 48000,
               [("Hộ trồng lạc thôn Yên Hồ (30 hộ × 500 kg)", 30, 500),
                ("Đại lý nông sản Đức Thọ (1 hợp đồng)", 1, 3500)]),
              ("Tỏi, ớt, gia vị", "kg", 0.12, 50000,
               [("Hộ trồng tỏi, ớt trong thôn (8 hộ × 250 kg)", 8, 250)])],
        cap=(40, 300), use_row=False,
        staff=[("Chủ hộ, quản lý, sổ sách", [1, 1, 1]), ("Rang, tẩm gia vị", [2, 2, 2]),
               ("Đóng gói, bán hàng online", [2, 2, 2])],
        wage=5.5, g_wage=0.05, piece=0, energy=6000, tax=0.015, other=30,
        mkt=[("TikTok, livestream, ads", [25, 30, 35]), ("Sale off combo, voucher Shopee", [20, 25, 30]),
             ("Sample tại quán cà phê, trường học", [10, 12, 15])],
        channels=[("Tạp hóa, quán nhậu, cà phê", [0.40, 0.37, 0.34], False),
                  ("Cửa hàng đặc sản, điểm OCOP", [0.20, 0.20, 0.20], False),
                  ("Shopee, TikTok Shop", [0.28, 0.31, 0.34], True),
                  ("Fanpage, Zalo (order sỉ, lẻ)", [0.12, 0.12, 0.12], True)],
        aov=150000,
        kpi=[("Điểm bán offline", "điểm", [60, 75, 90]), ("Followers TikTok", "người", [15000, 25000, 35000]),
             ("Feedback 5 sao", "%", [93, 94, 94])],
        inv=[("Cải tạo phòng rang, đóng gói 40 m²", 220, True), ("Máy tẩm gia vị, máy sàng vỏ lụa", 140, True),
             ("Máy hàn miệng túi, cân điện tử", 60, True), ("Xe tải nhỏ giao hàng", 230, True),
             ("Thiết kế bao bì, hũ", 30, False), ("Vốn lưu động", 270, False)],
        src=[("Vốn tự có của hộ", 550), ("Vay Ngân hàng Chính sách xã hội", 400)],
        life=8, loan=[400, 300, 200], rate=0.066,
        caps=dict(
            hist="BẢNG 1. KẾT QUẢ 2024 – 2026",
            price="BẢNG 2. PRICE LIST (đồng/sản phẩm)",
            channels="BẢNG 3. CHANNEL MIX",
            mkt="BẢNG 4. MARKETING BUDGET (triệu đồng)",
            kpi="BẢNG 5. KPI",
            raw="BẢNG 6. NGUYÊN LIỆU",
            staff="BẢNG 7. LAO ĐỘNG",
            prod="BẢNG 8. PRODUCTION PLAN",
            inv="BẢNG 9. VỐN ĐẦU TƯ",
            src="BẢNG 10. NGUỒN VỐN",
            rev="BẢNG 11. DOANH THU (triệu đồng)",
            cost="BẢNG 12. CHI PHÍ VÀ LỢI NHUẬN (triệu đồng)",
            cf="BẢNG 13. CASH FLOW (triệu đồng)",
            be="BẢNG 14. BREAK-EVEN"),
        lab=dict(raw_cost=["Lạc nhân", "Tỏi, ớt, gia vị"], pack="Hũ, túi, bao bì", energy="Điện, gas",
                 mkt="Marketing"),
        plant=dict(payback=1.8)),
    "id10": dict(
        stem="id10_theu_tay_hong_lam_cty", unit="sản phẩm",
        products=[("Tranh thêu tay khổ A4 có khung", "bức", 1, 650000, 800, 25000),
                  ("Túi vải thêu hoa sen", "chiếc", 1, 380000, 1200, 8000),
                  ("Ví, khăn tay thêu nhỏ", "chiếc", 1, 150000, 1300, 3000)],
        g_out=(1.00, 0.70), g_price=0.03,
        hist=dict(out=[2800, 3000, 3100], price=[330000, 340000, 345000], margin=[0.08, 0.09, 0.09]),
        raws=[("Vải lanh, vải bố", "m", 0.6, 60000,
               [("Xưởng dệt Hồng Lĩnh (1 hợp đồng)", 1, 8000)]),
              ("Chỉ thêu các loại", "cuộn", 2.0, 8000,
               [("Đại lý chỉ thêu Vinh (1 hợp đồng)", 1, 25000)])],
        cap=(16, 280), use_row=False, cap_row=False,
        staff=[("Giám đốc, kế toán", [2, 2, 2]), ("Thiết kế mẫu", [1, 1, 1]),
               ("Hoàn thiện, đóng gói, bán online", [3, 3, 3])],
        piece_staff=("Thợ thêu (khoán sản phẩm)", [14, 14, 14]),
        wage=6.0, g_wage=0.05, piece=70000, energy=2000, tax=0.01, other=30,
        mkt=[("Ads online, content", [40, 45, 50]), ("Hội chợ thủ công, triển lãm", [40, 40, 45]),
             ("Sale off, quà tặng khách đoàn", [15, 20, 25])],
        channels=[("Cửa hàng lưu niệm Hà Tĩnh, Vinh", [0.40, 0.40, 0.40], False),
                  ("Khách du lịch, đoàn tham quan", [0.25, 0.25, 0.25], False),
                  ("Online (Shopee, Etsy, fanpage)", [0.35, 0.35, 0.35], True)],
        aov=450000,
        kpi=[("Cửa hàng lưu niệm", "điểm", [15, 15, 15]), ("Followers fanpage", "người", [8000, 12000, 16000]),
             ("Feedback 5 sao", "%", [95, 95, 95])],
        inv=[("Xưởng thêu, phòng trưng bày 100 m²", 250, True), ("Khung thêu, đèn, bàn là hơi", 60, True),
             ("Máy may hoàn thiện túi, ví", 40, True), ("Thiết kế mẫu, bao bì, website", 50, False),
             ("Vốn lưu động", 200, False)],
        src=[("Vốn chủ sở hữu", 400), ("Vay Ngân hàng Chính sách xã hội (tạo việc làm)", 200)],
        life=10, loan=[200, 150, 100], rate=0.066,
        caps=dict(
            hist="Bảng 1. Kết quả 2024 – 2026",
            price="Bảng 2. Giá bán (đồng/sản phẩm)",
            channels="Bảng 3. Channel mix",
            mkt="Bảng 4. Marketing budget (triệu đồng)",
            kpi="Bảng 5. KPI",
            raw="Bảng 6. Nguyên liệu",
            staff="Bảng 7. Nhân sự",
            prod="Bảng 8. Production plan",
            inv="Bảng 9. Vốn đầu tư",
            src="Bảng 10. Nguồn vốn",
            rev="Bảng 11. Doanh thu (triệu đồng)",
            cost="Bảng 12. Chi phí và lợi nhuận (triệu đồng)",
            cf="Bảng 13. Cash flow (triệu đồng)",
            be="Bảng 14. Break-even",
            timeline="Bảng 15. Timeline"),
        lab=dict(raw_cost=["Vải lanh, vải bố", "Chỉ thêu"], pack="Hộp, túi giấy, thẻ treo", energy="Điện, nước",
                 piece="Tiền công khoán thợ thêu", wages="Lương bộ phận văn phòng, bán hàng", mkt="Marketing"),
        plant=dict(text_workers=28)),
}

# --------------------------------------------------------------------------- model


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def model(c: dict, planted: bool = True) -> dict:
    """Every printed figure of a full plan; `planted=False` gives the true figures."""
    pl = c.get("plant", {}) if planted else {}
    m: dict = {}
    n = len(YEARS)
    # packs and prices
    packs, prices = [], []
    for (_lab, _w, _size, p0, q0, _pc) in c["products"]:
        q = [q0]
        for g in c["g_out"]:
            q.append(int(round(q[-1] * (1 + g) / 10.0)) * 10)
        packs.append(q)
        prices.append([int(round(p0 * (1 + c["g_price"]) ** i / 100.0)) * 100 for i in range(n)])
    m["packs"], m["prices"] = packs, prices
    out = [int(round(sum(packs[i][y] * c["products"][i][2] for i in range(len(packs))))) for y in range(n)]
    m["out"] = out
    rating, days = c["cap"]
    m["capacity"] = rating * days
    m["use"] = [r1(o / m["capacity"] * 100) for o in out]
    # revenue
    rev_lines = [[r1(packs[i][y] * prices[i][y] / 1e6) for y in range(n)] for i in range(len(packs))]
    for (i, y, f) in pl.get("rev_line", []):
        rev_lines[i][y] = r1(rev_lines[i][y] * f)
    m["rev_lines"] = rev_lines
    rev = [r1(sum(l[y] for l in rev_lines)) for y in range(n)]
    m["rev"] = rev
    # history
    h = c["hist"]
    m["hist_rev"] = [r1(o * p / 1e6) for o, p in zip(h["out"], h["price"])]
    m["hist_profit"] = [r1(r * mg) for r, mg in zip(m["hist_rev"], h["margin"])]
    m["hist_growth"] = r1(((h["out"][2] / h["out"][0]) ** 0.5 - 1) * 100)
    # raw materials
    m["need"], m["supply_rows"], m["supply"], m["raw_cost"] = [], [], [], []
    for (_mat, _u, norm, price, rows) in c["raws"]:
        need = [int(round(o * norm)) for o in out]
        srows = [cnt * yld for (_l, cnt, yld) in rows]
        sup = sum(srows)
        m["need"].append(need)
        m["supply_rows"].append(srows)
        m["supply"].append(sup)
        m["raw_cost"].append([r1(x * price / 1e6) for x in need])
    # staff and wages
    salaried = [sum(s[1][y] for s in c["staff"]) for y in range(n)]
    pieces = c.get("piece_staff")
    staff_tot = [salaried[y] + (pieces[1][y] if pieces else 0) for y in range(n)]
    wage = [r1(c["wage"] * (1 + c["g_wage"]) ** y) for y in range(n)]
    m["salaried"], m["staff_tot"], m["wage"] = salaried, staff_tot, wage
    m["wages"] = [r1(salaried[y] * wage[y] * 12) for y in range(n)]
    # cost lines
    m["pack"] = [r1(sum(packs[i][y] * c["products"][i][5] for i in range(len(packs))) / 1e6) for y in range(n)]
    m["energy"] = [r1(o * c["energy"] / 1e6) for o in out]
    m["piece"] = [r1(o * c["piece"] / 1e6) for o in out]
    m["mkt"] = [sum(it[1][y] for it in c["mkt"]) for y in range(n)]
    fixed = sum(a for (_l, a, f) in c["inv"] if f)
    m["inv_total"] = sum(a for (_l, a, _f) in c["inv"])
    m["src_total"] = sum(a for (_l, a) in c["src"])
    m["src_share"] = [r1(a / m["src_total"] * 100) for (_l, a) in c["src"]]
    m["dep"] = [r1(fixed / c["life"])] * n
    m["interest"] = [r1(b * c["rate"]) for b in c["loan"]]
    m["tax"] = [r1(r * c["tax"]) for r in rev]
    m["other"] = [c["other"]] * n
    lines = [("raw%d" % k, m["raw_cost"][k]) for k in range(len(c["raws"]))]
    lines += [("pack", m["pack"]), ("energy", m["energy"])]
    if c["piece"]:
        lines.append(("piece", m["piece"]))
    lines += [("wages", m["wages"]), ("mkt", m["mkt"]), ("dep", m["dep"]), ("interest", m["interest"]),
              ("tax", m["tax"]), ("other", m["other"])]
    m["cost_lines"] = lines
    cost = [r1(sum(v[y] for _k, v in lines)) for y in range(n)]
    m["cost_sum"] = list(cost)
    for (y, f) in pl.get("cost_total", []):
        cost[y] = r1(cost[y] * f)
    m["cost"] = cost
    profit = [r1(rev[y] - cost[y]) for y in range(n)]
    for (y, f) in pl.get("profit", []):
        profit[y] = r1(profit[y] * f)
    m["profit"] = profit
    m["margin"] = [r1(profit[y] / rev[y] * 100) for y in range(n)]
    # cash flow
    m["ncf"] = [r1(profit[y] + m["dep"][y]) for y in range(n)]
    cum, acc = [], -m["inv_total"]
    for y in range(n):
        acc = r1(acc + m["ncf"][y])
        cum.append(acc)
    m["cum"] = cum
    m["payback"] = r1(m["inv_total"] / (sum(m["ncf"]) / n))
    if "payback" in pl:
        m["payback"] = pl["payback"]
    # break-even
    var_keys = {"pack", "energy", "piece", "tax"} | {"raw%d" % k for k in range(len(c["raws"]))}
    m["vc"] = [r1(sum(v[y] for k, v in lines if k in var_keys)) for y in range(n)]
    m["fc"] = [r1(sum(v[y] for k, v in lines if k not in var_keys)) for y in range(n)]
    m["cm"] = [r1((rev[y] - m["vc"][y]) / rev[y] * 100) for y in range(n)]
    m["be_rev"] = [r1(m["fc"][y] / (1 - m["vc"][y] / rev[y])) for y in range(n)]
    m["be_out"] = [int(round(m["be_rev"][y] / rev[y] * out[y])) for y in range(n)]
    m["safety"] = [r1((rev[y] - m["be_rev"][y]) / rev[y] * 100) for y in range(n)]
    # channels: each share x revenue, the last one the remainder
    ch = []
    for k, (_l, sh, _o) in enumerate(c["channels"]):
        ch.append([r1(sh[y] * rev[y]) for y in range(n)])
    for y in range(n):
        ch[-1][y] = r1(rev[y] - sum(ch[k][y] for k in range(len(ch) - 1)))
    m["ch_rev"] = ch
    m["online_share"] = [round(sum(sh[y] for (_l, sh, o) in c["channels"] if o) * 100) for y in range(n)]
    online_rev = [sum(ch[k][y] for k, (_l, _s, o) in enumerate(c["channels"]) if o) for y in range(n)]
    m["orders"] = [int(round(online_rev[y] * 1e6 / c["aov"] / 12 / 10.0)) * 10 for y in range(n)]
    m["rev_growth"] = [r1((rev[y] / rev[y - 1] - 1) * 100) for y in (1, 2)]
    m["out_growth"] = [r1((out[y] / out[y - 1] - 1) * 100) for y in (1, 2)]
    return m


# --------------------------------------------------------------------------- number formats


def fnum(x: float, dec: int = 0) -> str:
    """Vietnamese format: 1.234,5"""
    neg = x < 0
    s = f"{abs(x):,.{dec}f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if neg else "") + s


def money(x: float) -> str:
    return fnum(x, 1)


def parse_num(s: str) -> float | None:
    s = s.strip().replace(" ", "")
    neg = s.startswith("-") or (s.startswith("(") and s.endswith(")"))
    s = s.strip("-()")
    if not re.fullmatch(r"[\d.,]+", s or "x"):
        return None
    v = float(s.replace(".", "").replace(",", "."))
    return -v if neg else v


# --------------------------------------------------------------------------- printed tables


def N(v: float, dec: int = 0) -> tuple:
    return ("n", v, dec)


def T(s: str) -> tuple:
    return ("t", s)


def lab(c: dict, key: str, default: str) -> str:
    return c.get("lab", {}).get(key, default)


def short(mat: str) -> str:
    return mat.split(" (")[0].lower()


def tables(c: dict, m: dict) -> dict:
    """Every numeric table of a full plan: key -> (header, [(label, [cells])]), in the model's values."""
    u = c["unit"]
    Y3 = ["2027", "2028", "2029"]
    t: dict = {}
    t["hist"] = (["Chỉ tiêu", "2024", "2025", "2026"], [
        (f"Sản lượng ({u})", [N(x) for x in c["hist"]["out"]]),
        (f"Giá bán bình quân (đồng/{u})", [N(x) for x in c["hist"]["price"]]),
        ("Doanh thu (triệu đồng)", [N(x, 1) for x in m["hist_rev"]]),
        ("Lợi nhuận (triệu đồng)", [N(x, 1) for x in m["hist_profit"]])])
    t["price"] = (["Sản phẩm"] + Y3, [
        (p[0], [N(x) for x in m["prices"][i]]) for i, p in enumerate(c["products"])])
    rows = []
    for k, (label, sh, _o) in enumerate(c["channels"]):
        rows.append((label, [N(round(sh[0] * 100)), N(m["ch_rev"][k][0], 1),
                             N(round(sh[2] * 100)), N(m["ch_rev"][k][2], 1)]))
    rows.append(("Tổng cộng", [N(100), N(m["rev"][0], 1), N(100), N(m["rev"][2], 1)]))
    t["channels"] = (["Channel", "Tỷ trọng 2027 (%)", "Doanh thu 2027 (triệu đồng)", "Tỷ trọng 2029 (%)",
                      "Doanh thu 2029 (triệu đồng)"], rows)
    t["mkt"] = (["Hạng mục (item)"] + Y3, [(it[0], [N(x) for x in it[1]]) for it in c["mkt"]]
                + [("Tổng budget", [N(x) for x in m["mkt"]])])
    rows = [(f"Sản lượng", [T(u)] + [N(x) for x in m["out"]]),
            ("Doanh thu", [T("triệu đồng")] + [N(x, 1) for x in m["rev"]]),
            ("Lợi nhuận", [T("triệu đồng")] + [N(x, 1) for x in m["profit"]]),
            (lab(c, "kpi_online", "Tỷ trọng doanh thu online"), [T("%")] + [N(x) for x in m["online_share"]]),
            (lab(c, "kpi_orders", "Order online mỗi tháng"), [T("đơn")] + [N(x) for x in m["orders"]])]
    rows += [(k[0], [T(k[1])] + [N(x) for x in k[2]]) for k in c["kpi"]]
    t["kpi"] = (["KPI", "ĐVT"] + [f"Target {y}" for y in Y3], rows)
    rows = []
    for k, (mat, unit, _norm, _price, srows) in enumerate(c["raws"]):
        rows.append((f"Nhu cầu {short(mat)} ({unit})", [N(x) for x in m["need"][k]]))
        for j, (sl, _cnt, _y) in enumerate(srows):
            rows.append((sl, [N(m["supply_rows"][k][j])] * 3))
        if len(srows) > 1:
            rows.append((f"Tổng nguồn cung {short(mat)} ({unit})", [N(m["supply"][k])] * 3))
        if c.get("balance", True):
            rows.append((f"Còn dư {short(mat)} ({unit})", [N(m["supply"][k] - x) for x in m["need"][k]]))
    t["raw"] = (["Chỉ tiêu"] + Y3, rows)
    rows = [(s[0], [N(x) for x in s[1]]) for s in c["staff"]]
    if c.get("piece_staff"):
        rows.append((c["piece_staff"][0], [N(x) for x in c["piece_staff"][1]]))
    rows += [("Tổng lao động", [N(x) for x in m["staff_tot"]]),
             ("Lương bình quân (triệu đồng/tháng)", [N(x, 1) for x in m["wage"]]),
             ("Quỹ lương (triệu đồng/năm)", [N(x, 1) for x in m["wages"]])]
    t["staff"] = (["Bộ phận"] + Y3, rows)
    rows = [(f"{p[0]} ({p[1]})", [N(x) for x in m["packs"][i]]) for i, p in enumerate(c["products"])]
    rows.append((f"Tổng sản lượng ({u})", [N(x) for x in m["out"]]))
    if c.get("cap_row", True):
        rows.append((f"Công suất thiết kế ({u}/năm)", [N(m["capacity"])] * 3))
    if c.get("use_row", True):
        rows.append(("Huy động công suất (%)", [N(x, 1) for x in m["use"]]))
    t["prod"] = (["Sản phẩm (ĐVT)"] + Y3, rows)
    t["inv"] = (["Hạng mục", "Giá trị (triệu đồng)"], [(i[0], [N(i[1])]) for i in c["inv"]]
                + [("Tổng vốn đầu tư", [N(m["inv_total"])])])
    t["src"] = (["Nguồn vốn", "Số tiền (triệu đồng)", "Tỷ lệ (%)"],
                [(s[0], [N(s[1]), N(m["src_share"][k], 1)]) for k, s in enumerate(c["src"])]
                + [("Tổng nguồn vốn", [N(m["src_total"]), N(100, 1)])])
    t["rev"] = (["Sản phẩm"] + Y3, [(p[0], [N(x, 1) for x in m["rev_lines"][i]]) for i, p in enumerate(c["products"])]
                + [("Tổng doanh thu", [N(x, 1) for x in m["rev"]])])
    names = {"pack": lab(c, "pack", "Bao bì"), "energy": lab(c, "energy", "Điện, nước"),
             "piece": lab(c, "piece", "Tiền công khoán"), "wages": lab(c, "wages", "Tiền lương"),
             "mkt": lab(c, "mkt", "Marketing"), "dep": "Khấu hao tài sản cố định", "interest": "Lãi vay",
             "tax": "Thuế, phí", "other": "Chi phí khác"}
    for k in range(len(c["raws"])):
        names["raw%d" % k] = c["lab"]["raw_cost"][k]
    rows = [(names[k], [N(x, 1) for x in v]) for k, v in m["cost_lines"]]
    rows += [("Tổng chi phí", [N(x, 1) for x in m["cost"]]), ("Doanh thu", [N(x, 1) for x in m["rev"]]),
             ("Lợi nhuận", [N(x, 1) for x in m["profit"]]), ("Tỷ suất lợi nhuận (%)", [N(x, 1) for x in m["margin"]])]
    t["cost"] = (["Khoản mục"] + Y3, rows)
    t["cf"] = (["Chỉ tiêu"] + Y3, [("Lợi nhuận", [N(x, 1) for x in m["profit"]]),
                                   ("Khấu hao", [N(x, 1) for x in m["dep"]]),
                                   ("Net cash flow", [N(x, 1) for x in m["ncf"]]),
                                   ("Lũy kế (cumulative)", [N(x, 1) for x in m["cum"]])])
    t["be"] = (["Chỉ tiêu"] + Y3, [("Định phí (fixed cost)", [N(x, 1) for x in m["fc"]]),
                                   ("Biến phí (variable cost)", [N(x, 1) for x in m["vc"]]),
                                   ("Contribution margin (%)", [N(x, 1) for x in m["cm"]]),
                                   ("Doanh thu hòa vốn (triệu đồng)", [N(x, 1) for x in m["be_rev"]]),
                                   (f"Sản lượng hòa vốn ({u})", [N(x) for x in m["be_out"]]),
                                   ("Margin of safety (%)", [N(x, 1) for x in m["safety"]])])
    for k, h in c.get("hdr", {}).items():
        t[k] = (h, t[k][1])
    return t


def render(c: dict, key: str, t: dict) -> str:
    """A table as the plan prints it (caption, header, rows), TT column when the plan uses one."""
    header, rows = t[key]
    tt = c.get("tt", False)
    out = [c["caps"][key], ""]
    head = (["TT"] if tt else []) + header
    out.append("| " + " | ".join(head) + " |")
    out.append("|" + "---|" * len(head))
    k = 0
    for label, cells in rows:
        is_total = label.startswith(("Tổng", "Lũy kế")) or label in ("Còn dư",)
        txt = [fnum(x[1], x[2]) if x[0] == "n" else x[1] for x in cells]
        if tt:
            k += 0 if is_total else 1
            txt = [("" if is_total else str(k)), label] + txt
        else:
            txt = [label] + txt
        out.append("| " + " | ".join(txt) + " |")
    return "\n".join(out)


def facts(c: dict, m: dict) -> dict:
    """Figures the prose of every full plan states, formatted as the plan prints them."""
    u = c["unit"]
    p0 = c["products"][0]
    d = dict(
        out27=f"{fnum(m['out'][0])} {u}", out29=f"{fnum(m['out'][2])} {u}",
        rev27=f"{money(m['rev'][0])} triệu đồng", rev29=f"{money(m['rev'][2])} triệu đồng",
        inv=f"{fnum(m['inv_total'])} triệu đồng", payback=f"{fnum(m['payback'], 1)} năm",
        hist_growth=f"{fnum(m['hist_growth'], 1)} %/năm", price0=f"{fnum(p0[3])} đồng/{p0[1]}",
        cap=f"{fnum(m['capacity'])} {u}/năm", be27=f"{money(m['be_rev'][0])} triệu đồng",
        aov=f"{fnum(c['aov'])} đồng")
    if not c.get("cap_row", True):
        del d["cap"]
    return d


# --------------------------------------------------------------------------- reading the plans


def caption_text(caption: str) -> str:
    """A caption without its "Bảng N." (the plan numbers its tables in the order it prints them)."""
    return re.sub(r"^(Bảng|BẢNG) \d+\. ", "", caption)


class Plan(plancheck.Plan):
    src = HERE / "src"

    def table(self, caption: str) -> list[list[str]] | None:
        lines = self.body.splitlines()
        want = re.compile(r"(Bảng|BẢNG) \d+\. " + re.escape(caption_text(caption)))
        for i, line in enumerate(lines):
            if want.fullmatch(line.strip()):
                rows, j = [], i + 1
                while j < len(lines) and not lines[j].strip().startswith("|"):
                    if lines[j].strip() and not lines[j].startswith("ĐVT"):
                        break
                    j += 1
                while j < len(lines) and lines[j].strip().startswith("|"):
                    cells = [x.strip() for x in lines[j].strip().strip("|").split("|")]
                    if not all(set(x) <= set("-: ") for x in cells):
                        rows.append(cells)
                    j += 1
                return rows[1:]  # without the header
        self.failures.append(f"table not found: {caption!r}")
        return None


def printed(p: Plan, c: dict) -> dict:
    """key -> {label: [numbers]} for every numeric table of the plan's source."""
    out = {}
    for key in tables(c, model(c)):
        rows = p.table(c["caps"][key]) or []
        d = {}
        for r in rows:
            if c.get("tt"):
                r = r[1:]
            d[r[0]] = [parse_num(x) for x in r[1:]]
        out[key] = d
    return out


def compare_cells(p: Plan, c: dict, m: dict, P: dict) -> None:
    """Every cell as the model computes it (planted overrides applied), within 1 %."""
    for key, (_h, rows) in tables(c, m).items():
        got = P[key]
        for label, cells in rows:
            if label not in got:
                p.failures.append(f"{key}: row not found {label!r}")
                continue
            vals = got[label]
            for j, cell in enumerate(cells):
                if cell[0] != "n":
                    continue
                v = vals[j] if j < len(vals) else None
                if v is None or not (close(v, cell[1]) or abs(v - cell[1]) <= 0.11):
                    p.failures.append(f"{key}: {label!r} col {j + 1}: printed {v}, model {cell[1]}")


PAYBACK = re.compile(r"(?:payback|hoàn vốn)\D{0,60}?(\d+,\d)\s*năm", re.I)


class Rel:
    """The relations a reviewer recomputes from the printed figures; planted ones must be off."""

    def __init__(self, p: Plan, planted: set):
        self.p, self.planted, self.seen = p, planted, set()

    def eq(self, name: str, loc, got, want, abs_tol: float = 0.11) -> None:
        if got is None or want is None:
            self.p.failures.append(f"{name} {loc}: value missing")
            return
        key = (name, loc)
        if key in self.planted:
            self.seen.add(key)
            if not off(got, want, 5):
                self.p.failures.append(f"planted {name} {loc}: printed {got} not > 5 % from {want}")
        elif not (close(got, want) or abs(got - want) <= abs_tol):
            self.p.failures.append(f"{name} {loc}: printed {got}, recomputed {want}")

    def done(self) -> None:
        for key in self.planted - self.seen:
            self.p.failures.append(f"planted {key} never checked")


def relations(p: Plan, c: dict, P: dict, planted: set) -> None:
    R = Rel(p, planted)
    u = c["unit"]
    prods = c["products"]
    n = 3
    rev, price, prod, cost = P["rev"], P["price"], P["prod"], P["cost"]
    packs = [prod.get(f"{q[0]} ({q[1]})", [None] * 3) for q in prods]
    out = prod.get(f"Tổng sản lượng ({u})", [None] * 3)
    # revenue = packs x price, total
    for i, q in enumerate(prods):
        for y in range(n):
            R.eq("rev_line", (i, y), rev[q[0]][y], r1(packs[i][y] * price[q[0]][y] / 1e6))
    R_tot = rev["Tổng doanh thu"]
    for y in range(n):
        R.eq("rev_total", y, R_tot[y], sum(rev[q[0]][y] for q in prods), 0.25)
        R.eq("out", y, out[y], sum(packs[i][y] * q[2] for i, q in enumerate(prods)), 1)
    # capacity
    capv = c["cap"][0] * c["cap"][1]
    if c.get("cap_row", True):
        for y in range(n):
            R.eq("cap_row", y, prod[f"Công suất thiết kế ({u}/năm)"][y], capv)
    if c.get("use_row", True):
        for y in range(n):
            R.eq("use", y, prod["Huy động công suất (%)"][y], out[y] / capv * 100)
    over = [out[y] / capv - 1 for y in range(n)]
    if ("capacity", None) in planted:
        R.seen.add(("capacity", None))
        if max(over) * 100 <= 5:
            p.failures.append(f"planted capacity-exceeded: output only {max(over):.1%} over {capv}")
    elif ("growth", None) not in planted and max(over) > 0:
        p.failures.append(f"output {out} over capacity {capv}")
    # raw materials
    raw = P["raw"]
    for k, (mat, unit, norm, rprice, srows) in enumerate(c["raws"]):
        need = [None] + raw[f"Nhu cầu {short(mat)} ({unit})"]
        for y in range(n):
            R.eq("need", (k, y), need[y + 1], out[y] * norm, 1)
        sup = 0
        for (sl, cnt, yld) in srows:
            R.eq("supply_row", (k, sl), raw[sl][0], cnt * yld, 0)
            sup += raw[sl][0]
        if len(srows) > 1:
            R.eq("supply_total", k, raw[f"Tổng nguồn cung {short(mat)} ({unit})"][0], sup, 0)
        if c.get("balance", True):
            for y in range(n):
                R.eq("balance", (k, y), raw[f"Còn dư {short(mat)} ({unit})"][y], sup - need[y + 1], 0)
        short_by = [need[y + 1] / sup - 1 for y in range(n)]
        if ("material", k) in planted:
            R.seen.add(("material", k))
            if max(short_by) * 100 <= 5:
                p.failures.append(f"planted material-shortfall {mat}: need only {max(short_by):.1%} over supply")
        elif max(short_by) > 0:
            p.failures.append(f"{mat}: need {need[1:]} over supply {sup}")
        for y in range(n):
            R.eq("raw_cost", (k, y), cost[c["lab"]["raw_cost"][k]][y], need[y + 1] * rprice / 1e6)
    # staff and wages
    st = P["staff"]
    roles = [s[0] for s in c["staff"]]
    piece = c.get("piece_staff")
    for y in range(n):
        sal = sum(st[r][y] for r in roles)
        tot = sal + (st[piece[0]][y] if piece else 0)
        R.eq("staff_total", y, st["Tổng lao động"][y], tot, 0)
        R.eq("wagefund", y, st["Quỹ lương (triệu đồng/năm)"][y], sal * st["Lương bình quân (triệu đồng/tháng)"][y] * 12)
    # cost lines
    tb = tables(c, model(c))["cost"][1]
    labels = [l for l, _ in tb][: -4]
    names = dict(zip([k for k, _ in model(c)["cost_lines"]], labels))
    fixed = sum(a for (_l, a, f) in c["inv"] if f)
    mk = P["mkt"]
    for y in range(n):
        R.eq("pack", y, cost[names["pack"]][y], sum(packs[i][y] * q[5] for i, q in enumerate(prods)) / 1e6)
        R.eq("energy", y, cost[names["energy"]][y], out[y] * c["energy"] / 1e6)
        if c["piece"]:
            R.eq("piece", y, cost[names["piece"]][y], out[y] * c["piece"] / 1e6)
        R.eq("wages", y, cost[names["wages"]][y], st["Quỹ lương (triệu đồng/năm)"][y])
        R.eq("mkt_total", y, mk["Tổng budget"][y], sum(mk[it[0]][y] for it in c["mkt"]), 0)
        R.eq("mkt", y, cost[names["mkt"]][y], mk["Tổng budget"][y])
        R.eq("dep", y, cost[names["dep"]][y], fixed / c["life"])
        R.eq("interest", y, cost[names["interest"]][y], c["loan"][y] * c["rate"])
        R.eq("tax", y, cost[names["tax"]][y], cost["Doanh thu"][y] * c["tax"])
        R.eq("other", y, cost[names["other"]][y], c["other"], 0)
        R.eq("cost_total", y, cost["Tổng chi phí"][y], sum(cost[l][y] for l in labels), 0.25)
        R.eq("cost_rev", y, cost["Doanh thu"][y], R_tot[y])
        R.eq("profit", y, cost["Lợi nhuận"][y], cost["Doanh thu"][y] - cost["Tổng chi phí"][y])
        R.eq("margin", y, cost["Tỷ suất lợi nhuận (%)"][y], cost["Lợi nhuận"][y] / cost["Doanh thu"][y] * 100)
    # investment and sources
    inv, src = P["inv"], P["src"]
    inv_total = inv["Tổng vốn đầu tư"][0]
    R.eq("inv_total", None, inv_total, sum(inv[i[0]][0] for i in c["inv"]), 0)
    src_total = src["Tổng nguồn vốn"][0]
    R.eq("src_total", None, src_total, sum(src[s[0]][0] for s in c["src"]), 0)
    for s in c["src"]:
        R.eq("src_share", s[0], src[s[0]][1], src[s[0]][0] / src_total * 100)
    R.eq("capital", None, src_total, inv_total, 0)
    # cash flow and payback
    cf = P["cf"]
    acc = -inv_total
    for y in range(n):
        R.eq("cf_profit", y, cf["Lợi nhuận"][y], cost["Lợi nhuận"][y], 0)
        R.eq("cf_dep", y, cf["Khấu hao"][y], cost[names["dep"]][y], 0)
        R.eq("ncf", y, cf["Net cash flow"][y], cf["Lợi nhuận"][y] + cf["Khấu hao"][y])
        acc += cf["Net cash flow"][y]
        R.eq("cum", y, cf["Lũy kế (cumulative)"][y], acc, 0.25)
    stated = {x.group(1) for x in PAYBACK.finditer(p.body)}
    if len(stated) != 1:
        p.failures.append(f"payback stated {sorted(stated)} (want exactly one value)")
    else:
        R.eq("payback", None, parse_num(stated.pop()), inv_total / (sum(cf["Net cash flow"]) / n), 0.06)
    # break-even from the cost lines
    be = P["be"]
    var = {names[k] for k in names if k in ("pack", "energy", "piece", "tax") or k.startswith("raw")}
    for y in range(n):
        vc = sum(cost[l][y] for l in labels if l in var)
        fc = sum(cost[l][y] for l in labels if l not in var)
        r_ = cost["Doanh thu"][y]
        R.eq("be_fc", y, be["Định phí (fixed cost)"][y], fc, 0.25)
        R.eq("be_vc", y, be["Biến phí (variable cost)"][y], vc, 0.25)
        R.eq("be_cm", y, be["Contribution margin (%)"][y], (r_ - vc) / r_ * 100)
        ber = fc / (1 - vc / r_)
        R.eq("be_rev", y, be["Doanh thu hòa vốn (triệu đồng)"][y], ber, 0.5)
        R.eq("be_out", y, be[f"Sản lượng hòa vốn ({u})"][y], ber / r_ * out[y], 2)
        R.eq("be_safety", y, be["Margin of safety (%)"][y], (r_ - ber) / r_ * 100)
    # channels
    ch = P["channels"]
    for k, (label, sh, _o) in enumerate(c["channels"]):
        for j, y in ((0, 0), (2, 2)):
            R.eq("ch_share", (k, y), ch[label][j], sh[y] * 100, 0)
            R.eq("ch_line", (k, y), ch[label][j + 1], ch[label][j] / 100 * R_tot[y], 0.25)
    for j, y in ((0, 0), (2, 2)):
        R.eq("ch_total", y, ch["Tổng cộng"][j + 1], sum(ch[l][j + 1] for (l, _s, _o) in c["channels"]), 0.25)
        R.eq("ch_total_rev", y, ch["Tổng cộng"][j + 1], R_tot[y])
        R.eq("ch_total_share", y, ch["Tổng cộng"][j], sum(ch[l][j] for (l, _s, _o) in c["channels"]), 0)
    # KPI against the tables
    kpi = P["kpi"]
    on = lab(c, "kpi_online", "Tỷ trọng doanh thu online")
    od = lab(c, "kpi_orders", "Order online mỗi tháng")
    for y in range(n):
        R.eq("kpi_out", y, kpi["Sản lượng"][y + 1], out[y], 0)
        R.eq("kpi_rev", y, kpi["Doanh thu"][y + 1], R_tot[y], 0)
        R.eq("kpi_profit", y, kpi["Lợi nhuận"][y + 1], cost["Lợi nhuận"][y], 0)
        share = sum(s[y] for (_l, s, o) in c["channels"] if o) * 100
        R.eq("kpi_online", y, kpi[on][y + 1], share, 0.5)
        R.eq("kpi_orders", y, kpi[od][y + 1], share / 100 * R_tot[y] * 1e6 / c["aov"] / 12, 10)
    # history
    h = P["hist"]
    hist_out = h[f"Sản lượng ({u})"]
    for y in range(3):
        R.eq("hist_rev", y, h["Doanh thu (triệu đồng)"][y], hist_out[y] * h[f"Giá bán bình quân (đồng/{u})"][y] / 1e6)
        R.eq("hist_profit", y, h["Lợi nhuận (triệu đồng)"][y], h["Doanh thu (triệu đồng)"][y] * c["hist"]["margin"][y])
    # growth: output and revenue a year, and the first plan year against 2026
    g = [R_tot[y] / R_tot[y - 1] - 1 for y in (1, 2)] + [out[y] / out[y - 1] - 1 for y in (1, 2)]
    g.append(out[0] / hist_out[2] - 1)
    if ("growth", None) in planted:
        R.seen.add(("growth", None))
        if max(g) <= 0.5:
            p.failures.append(f"planted unrealistic-growth: growth only {max(g):.0%}")
    elif max(g) > 0.35:
        p.failures.append(f"growth {max(g):.0%} a year over 35 %")
    R.done()


# --------------------------------------------------------------------------- per plan

READY = ("id01", "id02", "id03", "id04")
# planted relations (checked wrong by more than 5 %); everything else right within 1 %
PLANTED: dict[str, set] = {
    "id05": {("rev_line", (0, 1)), ("material", 0)},
    "id06": {("cost_total", 0)},
    "id07": {("capital", None)},
    "id08": {("profit", 1)},
    "id09": {("capacity", None), ("payback", None)},
    "id10": {("growth", None)},
}
SKETCHY = {
    "id11": dict(stem="id11_tinh_bot_san_day_so_sai"),
    "id12": dict(stem="id12_nem_chua_thu_ha_so_sai"),
}
# the theme: English terms every full plan uses (id10 leaves "brand" out: its planted no-trademark)
THEME = ["KPI", "SWOT", "Marketing plan", "Cash flow", "Break-even", "online", "feedback", "order", "sale off",
         "target", "brand"]
ATTP = "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"
# textual checks: snippets that must be there, patterns that must not, patterns counted
TEXT: dict[str, dict] = {
    "id01": dict(has=[ATTP, "TCCS", "phiếu kết quả thử nghiệm", "tự công bố", "nhãn hiệu", "truy xuất",
                      "đăng ký môi trường", "bể tách mỡ", "Company profile", "Supply chain", "Team",
                      "Production plan", "Risk management", "Timeline", "Brand story"]),
    "id02": dict(has=[ATTP, "QCVN 6-2:2010/BYT", "TCCS", "phiếu kết quả thử nghiệm", "tự công bố",
                      "Giấy chứng nhận đăng ký nhãn hiệu", "truy xuất", "đăng ký môi trường",
                      "Luật Hợp tác xã năm 2023", "MARKET OVERVIEW", "PRODUCTION PLAN", "POSM", "B2B"]),
    "id03": dict(has=["không phải thực phẩm", "tiêu chuẩn cơ sở", "thử nghiệm", "thẻ treo", "Nón Tân Phúc",
                      "Đăng ký môi trường", "MARKETING PLAN", "PRODUCTION PLAN", "BRAND STORY", "TIMELINE",
                      "Luật Hợp tác xã năm 2023", "livestream"]),
    "id04": dict(has=[ATTP, "TCCS", "phiếu kết quả thử nghiệm", "tự công bố", "không ghi công dụng chữa bệnh",
                      "Ngàn Trươi", "truy xuất", "hố thấm", "05/2025/NĐ-CP", "repeat order", "Production plan",
                      "Timeline"]),
    "id05": dict(has=[ATTP, "TCCS", "QCVN 6-3:2010/BYT", "tự công bố", "29 % vol",
                      "Không sử dụng cho người dưới 18 tuổi", "Giấy chứng nhận đăng ký nhãn hiệu",
                      "đăng ký môi trường", "biogas", "sản xuất đồ uống có cồn",
                      "bảo đảm đủ cho sản xuất cả giai đoạn 2027 – 2029"],
                 lacks=[(r"giấy phép|cấp phép|105/2017|17/2020|licen[cs]e|nhằm mục đích kinh doanh|Phòng Kinh tế",
                         "alcohol licence (planted no-alcohol-license)"),
                        (r"Còn dư|thiếu|chênh lệch|không đủ", "a balance row or an admitted shortfall")]),
    "id06": dict(has=["TCCS", "phiếu kết quả thử nghiệm", "tự công bố", "43/2017/NĐ-CP", "Kim Farm", "QC",
                      "đăng ký môi trường"],
                 lacks=[(r"an toàn thực phẩm|ATTP|đủ điều kiện|15/2018|vệ sinh|cam kết|HACCP|ISO|food safety",
                         "food-safety paper or commitment (planted no-food-safety)")],
                 count=[(r"Xoài sấy dẻo Cam Lâm", 3), (r"Cam sấy dẻo Kim Farm", 3)]),
    "id07": dict(has=["[tên sản phẩm]", "1900 xxx xxx", "facebook.com/xxx", ATTP, "không ghi công dụng chữa bệnh",
                      "Gai Leo Vượng Lộc", "43/2017/NĐ-CP", "truy xuất", "đăng ký môi trường",
                      "bảo đảm đủ cho toàn bộ nhu cầu đầu tư của phương án"],
                 lacks=[(r"tiêu chuẩn|TCCS|công bố|kiểm nghiệm|thử nghiệm|QCVN|TCVN|quy chuẩn|chỉ tiêu (chất|cảm|vi sinh|lý)|hợp quy|"
                         r"hợp chuẩn|standard|ISO|VietGAP", "product standard or test (planted no-product-standard)")],
                 count=[(PLACEHOLDER, 3)]),
    "id08": dict(has=["1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "UBND huyện Cẩm Xuyên", "OCOP cấp huyện",
                      "huyện Cẩm Xuyên, tỉnh Hà Tĩnh", "Phòng Nông nghiệp và PTNT huyện", ATTP, "TCCS",
                      "Hiệu quả xã hội"],
                 lacks=[(r"môi trường|chất thải|nước thải|(?<!\w)thải(?!\w)|mùi|xử lý|bể lắng|biogas|rác|ô nhiễm|vệ sinh",
                         "environmental measure (planted no-environment-measures)"),
                        (r"148/QĐ-TTg|1489", "current programme decision (planted outdated-policy)")]),
    "id09": dict(has=[ATTP, "TCCS", "phiếu kết quả thử nghiệm", "tự công bố", "Yên Hồ Nuts", "nhật ký",
                      "máy rang đủ công suất cho kế hoạch sản xuất đến năm 2029", "giữ nguyên 5 lao động",
                      "không mua thêm máy rang", "CASH FLOW", "BREAK-EVEN", "MARKETING PLAN"],
                 lacks=[(r"nhãn(?! hiệu)|43/2017|111/2021|(?<!\w)tem(?!\w)|mã vạch|ghi nhãn|label|sticker|QR",
                         "label (planted no-label-plan)"),
                        (r"Huy động công suất", "a capacity-use row")]),
    "id10": dict(has=["28 lao động thường xuyên", "20 lao động", "tăng 100 %", "tăng thêm 70 %",
                      "Nhu cầu đồ thêu tay của khách du lịch và khách nước ngoài còn rất lớn",
                      "tiêu chuẩn cơ sở", "thẻ treo", "43/2017/NĐ-CP", "không phải thực phẩm"],
                 lacks=[(r"nhãn hiệu|thương hiệu|brand|sở hữu trí tuệ|logo|bảo hộ|trademark|chỉ dẫn địa lý",
                         "trademark (planted no-trademark)"),
                        (r"Công suất thiết kế", "a capacity row")]),
    "id11": dict(has=["180.000 đồng/kg", "800 kg", "140 triệu đồng", "60 triệu đồng", "online", "sale off",
                      "feedback", "Target", "order"],
                 lacks=[(r"an toàn thực phẩm|ATTP|đăng ký (hộ )?kinh doanh|giấy chứng nhận|tiêu chuẩn|công bố|TCCS|"
                         r"nhãn|môi trường|truy xuất|nhật ký|\d{4}/\d", "a paper or a measure in the sketchy plan")]),
    "id12": dict(has=["140.000 đồng/kg", "500 kg", "150 triệu đồng", "840 triệu đồng",
                      "giấy chứng nhận đăng ký hộ kinh doanh", "KPI", "feedback", "order"],
                 lacks=[(r"an toàn thực phẩm|ATTP|tiêu chuẩn|công bố|TCCS|nhãn|môi trường|truy xuất|nhật ký|"
                         r"kiểm nghiệm|thử nghiệm", "a paper or a measure in the sketchy plan")]),
}


def check_text(p: Plan, key: str) -> None:
    t = TEXT.get(key, {})
    if key in PLANS:
        for w in THEME:
            if w == "brand" and key == "id10":
                continue
            p.check(bool(re.search(re.escape(w), p.body, re.I)), f"theme term missing: {w!r}")
    p.has(*t.get("has", []))
    for pat, what in t.get("lacks", []):
        p.lacks(pat, what)
    for pat, times in t.get("count", []):
        k = len(re.findall(pat, p.body))
        if k < times:
            p.failures.append(f"{pat!r} found {k} times, want at least {times}")
    if key != "id07":
        p.lacks(PLACEHOLDER, "template placeholder")
    if key in READY:
        p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017/NĐ-CP", "111/2021/NĐ-CP")
        p.lacks(REPLACED, "replaced instrument or district body in a ready plan")
        ends = re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", p.body)
        p.check(bool(ends), "no validity date of any paper")
        for d in ends:
            if int(d[2]) < 2029:
                p.failures.append(f"paper valid only to {'/'.join(d)}")
        if any(int(d[2]) == 2029 for d in ends):
            p.check(bool(re.search(r"gia hạn|cấp lại", p.body)), "a paper ends in 2029 and no renewal is planned")


def check_full(key: str) -> Plan:
    c = PLANS[key]
    p = Plan(c["stem"])
    m = model(c)
    nums = [int(x) for x in re.findall(r"^(?:Bảng|BẢNG) (\d+)\. ", p.body, re.M)]
    p.check(nums == list(range(1, len(nums) + 1)), f"table numbers {nums}")
    p.check(10 <= len(nums) <= 15, f"{len(nums)} tables")
    for cap in c["caps"].values():
        p.table(cap)
    P = printed(p, c)
    if p.failures:
        return p
    compare_cells(p, c, m, P)
    try:
        relations(p, c, P, PLANTED.get(key, set()))
    except (KeyError, IndexError, TypeError) as e:
        p.failures.append(f"relations: {type(e).__name__} {e}")
    p.has(*facts(c, m).values())
    check_text(p, key)
    return p


def check_sketchy(key: str) -> Plan:
    s = SKETCHY[key]
    p = Plan(s["stem"])
    words = len(re.findall(r"\w+", re.sub(r"^#+ ", "", p.body, flags=re.M)))
    p.check(150 <= words <= 350, f"{words} words (150-350 wanted)")
    p.check(not p.rows, "a sketchy plan has a table")
    check_text(p, key)
    return p


def main(argv: list[str] | None = None) -> int:
    keys = list(PLANS) + list(SKETCHY)
    want = [k for k in keys if not argv or any(k.startswith(a[:4]) for a in argv)]
    plans = []
    for k in want:
        src = HERE / "src" / f"{(PLANS.get(k) or SKETCHY[k])['stem']}.md"
        if not src.exists():
            p = Plan.__new__(Plan)
            p.stem, p.failures = src.stem, ["source missing"]
            plans.append(p)
            continue
        plans.append(check_full(k) if k in PLANS else check_sketchy(k))
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
