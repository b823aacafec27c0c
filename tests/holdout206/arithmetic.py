"""The 206th holdout set's arithmetic, recomputed from the constants below: what a careful reviewer
checks by hand on plans written on a commune's fill-in form.

    .venv/bin/python tests/holdout206/arithmetic.py [gy01 gy05 ...]

Theme: every full plan (gy01-gy10) is the commune's "Mẫu phương án sản xuất kinh doanh sản phẩm OCOP"
filled in by the producer: field labels with the answer after a colon or in the right-hand cell of a
two-column table, tick boxes for papers and practices ("☑ Đã có  ☐ Chưa có", "[x] Có  [ ] Không"),
the form's guidance in brackets above the answers, and the financial tables whose layout the form
fixes. For each full plan the constants give the products (pack size in the plan's base unit, the
price and the packs of each year), the 2024-2026 history (output, average price, profit), the raw
materials (norm per pack, purchase price, supply rows as count x yield), the equipment that limits
output (rating per day x days), staff by role and the monthly wage of each year, the packaging cost
per pack, the variable costs per base unit, the fixed lines (selling, other, added rows), the tax
rate on revenue, investment items and capital sources, asset life, loan balances and rate. From
them this script recomputes: output = sum of packs x size, revenue = packs x price, raw material need
= packs x norm against supply = sum of count x yield, capacity = rating x days and its use in %,
history revenue = output x price and its profit margin, staff and wage fund = staff x wage x 12,
every cost line, the cost total, profit = revenue - cost, margin, depreciation = fixed assets / life,
interest = loan x rate, payback = investment / (average profit + depreciation), as the form itself
states it. Each figure is read back from the plan's source (tables found by their caption "Bảng N.")
and compared: planted numeric defects must be wrong by more than 5 % (the true value is computed
beside them), every other number right within 1 % (or 0,11 of a million). Textual defects are
asserted through the tick boxes and the presence or absence of their words in the producer's
answers (the form's own labels and bracketed guidance are left out of that search). Sketchy plans:
150-350 words, no table.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent.parent))

from tests.holdout import plancheck  # noqa: E402
from tests.holdout.plancheck import close, off, vn  # noqa: E402

YEARS = (2027, 2028, 2029)

# --------------------------------------------------------------------------- constants
# products: (label, pack word, size in base units, prices đ per year, packs per year)
# hist: output 2024-2026 (base units), average price đ per base unit, profit (triệu đồng)
# raws: (label, unit, norm per pack of each product, purchase price đ, supply rows (label, counts, word, yield))
# cap: (label, rating per day, days, product indexes, 'base' = base units or 'packs')
# roles: (role, staff per year); wage: monthly wage per year (triệu đồng)
# packc: packaging đ per pack; varc: (label, đ per base unit); sell, other: triệu per year;
# extra: rows the producer added to the form's cost table; tax: share of revenue
# inv: (label, triệu, fixed asset?); src: (label, triệu); life (years); loan balance per year; rate
PLANS: dict[str, dict] = {
 "gy01": dict(unit="kg",
   products=[("Bánh ram chiên sẵn cấp đông, hộp 10 cái (400 g)","hộp",0.4,[56000,58000,60000],[18000,20000,22000]),
             ("Bánh ram sống cấp đông, túi 20 cái (800 g)","túi",0.8,[92000,95000,98000],[9000,10000,11000]),
             ("Bánh ít trần nhân tôm thịt, hộp 12 cái (480 g)","hộp",0.48,[62000,64000,66000],[6000,7000,8000])],
   hist=dict(out=[12500,14000,15600],price=[118000,122000,125000],profit=[150.0,172.0,196.0]),
   raws=[("Gạo nếp cái","kg",[0.2,0.4,0.24],26000,[("Hộ trồng nếp thôn Yên Trung",[22,22,22],"hộ",300),("Hợp tác xã Nông nghiệp Hồng Lộc",[1,1,1],"hợp đồng",5500)]),
         ("Thịt lợn, tôm đất làm nhân","kg",[0.06,0.12,0.072],140000,[("Cơ sở giết mổ Hồng Lộc",[1,1,1],"cơ sở",2200),("Hộ nuôi tôm đất thôn Thượng Phú",[10,10,10],"hộ",150)])],
   cap=[("Dây chuyền nặn, chiên, cấp đông",90,300,[0,1,2],"base")],
   roles=[("Giám đốc, kế toán",[2,2,2]),("Nặn bánh, chiên bánh",[4,5,5]),("Cấp đông, đóng gói, kho",[2,2,3]),("Bán hàng, giao hàng",[1,1,1])],
   wage=[6.0,6.3,6.6], packc=[4500,5000,5500], varc=[("Gia vị, hành, dầu chiên",9000),("Điện, nước, gas",4500)],
   sell=[90,100,110], other=[40,45,50], tax=0.015,
   inv=[("Tủ cấp đông gió và kho lạnh 20 m³",380,True),("Máy xay bột nước, máy nhào, máy chiên tự động",260,True),("Máy hút chân không, máy in hạn dùng",90,True),("Cải tạo xưởng một chiều 120 m²",250,True),("Thiết kế bao bì, mã vạch, tem QR",45,False),("Vốn lưu động",275,False)],
   src=[("Vốn chủ sở hữu",700),("Vay Ngân hàng Nông nghiệp và Phát triển Nông thôn",600)], life=10, loan=[600,450,300], rate=0.08),
 "gy02": dict(unit="kg",
   products=[("Trà cà gai leo túi lọc, hộp 20 túi × 2,5 g","hộp",0.05,[42000,43000,44000],[30000,34000,38000]),
             ("Trà cà gai leo khô cắt khúc, túi 300 g","túi",0.3,[85000,87000,89000],[6000,6800,7600]),
             ("Trà cà gai leo khô, bao 1 kg","bao",1.0,[240000,245000,250000],[800,900,1000])],
   hist=dict(out=[3000,3400,3750],price=[440000,452000,465000],profit=[150.0,176.0,205.0]),
   raws=[("Cà gai leo tươi (thân, lá)","kg",[0.25,1.5,5.0],12000,[("Vùng trồng của hợp tác xã",[6,6,6],"ha",3000),("Hộ thành viên thôn Tân Hương",[18,18,18],"hộ",600)])],
   cap=[("Máy sấy bơm nhiệt 2 buồng",25,260,[0,1,2],"base")],
   roles=[("Ban quản trị, kế toán",[2,2,2]),("Trồng, thu hái, sơ chế",[3,3,3]),("Sấy, cắt, đóng gói",[3,3,4]),("Bán hàng",[1,1,1])],
   wage=[6.0,6.3,6.6], packc=[8000,3500,6000], varc=[("Điện sấy, nước",18000)],
   sell=[150,165,180], other=[80,85,90], tax=0.015,
   inv=[("Máy sấy bơm nhiệt 2 buồng",280,True),("Máy cắt dược liệu, máy nghiền",120,True),("Máy đóng gói trà túi lọc tự động",320,True),("Nhà sơ chế, đóng gói 100 m²",300,True),("Kiểm nghiệm, công bố, tem QR",40,False),("Vốn lưu động",240,False)],
   src=[("Vốn góp của thành viên",500),("Quỹ đầu tư phát triển của hợp tác xã",200),("Vay Ngân hàng Nông nghiệp và Phát triển Nông thôn",600)], life=10, loan=[600,450,300], rate=0.08),

 "gy03": dict(unit="kg",
   products=[("Mật ong hoa rừng, chai 500 g","chai",0.5,[175000,180000,185000],[3600,3900,4200]),
             ("Mật ong hoa rừng, hũ 1 kg","hũ",1.0,[320000,330000,340000],[900,1000,1100]),
             ("Mật ong hoa keo, chai 250 g","chai",0.25,[85000,88000,90000],[2000,2200,2400])],
   hist=dict(out=[2500,2750,2950],price=[300000,310000,318000],profit=[110.0,128.0,142.0]),
   raws=[("Mật ong thô","kg",[0.53,1.06,0.265],140000,[("Đàn ong của hộ",[220,230,240],"đàn",12),("Hộ nuôi ong thôn Tân Hòa",[12,12,12],"hộ",120)])],
   cap=[("Máy hạ thủy phần chân không 20 kg/mẻ, 2 mẻ/ngày",40,250,[0,1,2],"base")],
   roles=[("Chủ hộ, quản lý, sổ sách",[1,1,1]),("Chăm sóc đàn ong, quay mật",[2,2,2]),("Lọc, đóng chai, bán hàng",[1,1,2])],
   wage=[5.0,5.3,5.6], packc=[6000,9000,4500], varc=[("Điện, nước",2000)],
   sell=[40,45,50], other=[25,25,30], tax=0.015,
   inv=[("Máy hạ thủy phần chân không",150,True),("Bồn lắng inox, máy lọc, máy chiết",80,True),("Phòng lọc, đóng chai 30 m²",110,True),("Bổ sung 30 thùng ong và đàn giống",60,True),("Kiểm nghiệm, tem QR, bao bì",30,False),("Vốn lưu động",170,False)],
   src=[("Vốn tự có của hộ",350),("Vay Ngân hàng Chính sách xã hội",250)], life=8, loan=[250,170,90], rate=0.066),
 "gy04": dict(unit="chiếc",
   products=[("Khay trà gỗ xoan đào chạm hoa sen 40 × 28 cm","chiếc",1,[350000,360000,370000],[1500,1650,1800]),
             ("Hộp đựng trà gỗ keo khắc laser","chiếc",1,[180000,185000,190000],[3000,3300,3600]),
             ("Tranh gỗ chạm phong cảnh 40 × 60 cm","chiếc",1,[1200000,1240000,1280000],[300,330,360])],
   hist=dict(out=[3800,4100,4400],price=[265000,272000,280000],profit=[110.0,125.0,140.0]),
   raws=[("Gỗ xoan đào, gỗ keo rừng trồng đã xẻ, sấy","m³",[0.006,0.003,0.012],6500000,[("Xưởng xẻ, sấy gỗ rừng trồng Tân Dân",[1,1,1],"hợp đồng",22),("Hộ trồng rừng keo trong xã",[8,8,8],"hộ",1)])],
   cap=[("Xưởng: 2 máy CNC, 1 máy khắc laser",25,280,[0,1,2],"base")],
   roles=[("Tổ trưởng, kế toán",[2,2,2]),("Thợ chạm, vận hành CNC",[4,4,5]),("Chà nhám, sơn, hoàn thiện",[3,3,3]),("Đóng gói, bán hàng",[1,1,1])],
   wage=[6.0,6.3,6.6], packc=[15000,8000,40000], varc=[("Sơn PU gốc nước, dầu lau gỗ, giấy nhám",18000),("Điện",6000)],
   sell=[60,65,70], other=[30,30,35], tax=0.015,
   inv=[("Máy CNC chạm gỗ 4 đầu",280,True),("Máy khắc laser CO2",90,True),("Hệ thống hút bụi túi vải, buồng phun sơn màng nước",120,True),("Mở rộng nhà xưởng 150 m²",210,True),("Thiết kế mẫu, bao bì, thẻ treo",30,False),("Thử nghiệm độ ẩm gỗ, formaldehyde",15,False),("Vốn lưu động",155,False)],
   src=[("Vốn góp của tổ viên",600),("Vay Ngân hàng Nông nghiệp và Phát triển Nông thôn",300)], life=10, loan=[300,200,100], rate=0.08),
 "gy05": dict(unit="lít",
   products=[("Rượu nếp than 35 độ, chai 500 ml","chai",0.5,[85000,88000,91000],[20000,23000,26000]),
             ("Rượu nếp than 35 độ, bình sứ 1 lít","bình",1.0,[180000,185000,190000],[3000,3500,4000]),
             ("Rượu nếp than 35 độ, can 2 lít","can",2.0,[200000,205000,210000],[1500,1700,1900])],
   hist=dict(out=[12500,13600,14800],price=[140000,146000,152000],profit=[200.0,228.0,256.0]),
   raws=[("Gạo nếp than","kg",[0.8,1.6,3.2],34000,[("Ruộng nếp than của thành viên",[40,40,40],"hộ",500),("Tổ hợp tác trồng nếp thôn Trung Lạc",[1,1,1],"hợp đồng",7000)])],
   cap=[("Nồi chưng cất inox (3 nồi × 30 lít/ngày)",90,300,[0,1,2],"base")],
   roles=[("Ban quản trị, kế toán",[2,2,2]),("Nấu, ủ men, chưng cất",[4,4,4]),("Hạ thổ, lọc, chiết chai",[2,2,3]),("Bán hàng",[1,2,2])],
   wage=[5.8,6.1,6.4], packc=[7000,25000,9000], varc=[("Men lá, củi, điện, nước",9000)],
   sell=[90,100,110], other=[40,45,50], tax=0.02,
   inv=[("Kho hạ thổ, ủ rượu 80 m²",260,True),("Máy lọc, khử andehit, hệ thống chiết rót",240,True),("Nồi chưng cất inox thứ ba, chum ủ",110,True),("Bể biogas 30 m³ và bể chứa bỗng",90,True),("Bao bì, nhãn, tem QR",50,False),("Vốn lưu động",250,False)],
   src=[("Vốn góp của thành viên",450),("Vay Ngân hàng Nông nghiệp và Phát triển Nông thôn",550)], life=10, loan=[550,420,290], rate=0.08),
 "gy06": dict(unit="lít",
   products=[("Nước mắm cá cơm 40 độ đạm, chai 500 ml","chai",0.5,[80000,82000,84000],[20000,22000,24000]),
             ("Nước mắm cá cơm 25 độ đạm, chai 1 lít","chai",1.0,[58000,60000,62000],[15000,16500,18000]),
             ("Nước mắm 18 độ đạm, can 5 lít","can",5.0,[180000,185000,190000],[2000,2200,2400])],
   hist=dict(out=[29000,31000,33000],price=[74000,76000,78000],profit=[250.0,280.0,310.0]),
   raws=[("Cá cơm tươi","kg",[0.625,1.25,6.25],18000,[("Tàu thuyền của cổ đông",[5,5,5],"tàu",7000),("Nậu vựa bến Cửa Nhượng",[3,3,3],"vựa",8000)]),
         ("Muối hạt","kg",[0.2,0.4,2.0],4000,[("Hợp tác xã muối Kỳ Hà",[1,1,1],"hợp đồng",20000)])],
   cap=[("Bể chượp (100 bể × 500 lít/năm)",500,100,[0,1,2],"base")],
   roles=[("Hội đồng quản trị, giám đốc, kế toán",[3,3,3]),("Muối chượp, đảo chượp",[4,4,4]),("Lọc, chiết chai",[3,3,4]),("Bán hàng, giao hàng",[2,2,2])],
   wage=[6.0,6.3,6.6], packc=[6500,8000,15000], varc=[("Điện, nước, vận chuyển nguyên liệu",2500)],
   sell=[120,130,140], other=[50,55,60], tax=0.015,
   inv=[("Bể chượp composite 40 bể",360,True),("Nhà lọc, chiết chai 120 m²",380,True),("Máy lọc, máy chiết rót, đóng nắp",210,True),("Kho thành phẩm 80 m²",150,True),("Bao bì, nhãn, mã vạch",50,False),("Vốn lưu động",350,False)],
   src=[("Vốn góp của cổ đông",900),("Vay Ngân hàng thương mại cổ phần",600)], life=10, loan=[600,450,300], rate=0.085),
 "gy07": dict(unit="kg",
   products=[("Nấm linh chi đỏ thái lát, hộp 250 g","hộp",0.25,[220000,225000,230000],[4000,4400,4800]),
             ("Nấm linh chi nguyên tai sấy khô, hộp 500 g","hộp",0.5,[400000,410000,420000],[1200,1350,1500]),
             ("Trà linh chi túi lọc, hộp 20 túi × 3 g","hộp",0.06,[90000,92000,94000],[5000,5500,6000])],
   hist=dict(out=[1450,1600,1750],price=[880000,900000,920000],profit=[150.0,170.0,190.0]),
   raws=[("Nấm linh chi tươi","kg",[0.8,1.6,0.192],85000,[("Nhà trồng nấm của hợp tác xã",[6,6,6],"nhà",1100),("Hộ thành viên trồng nấm",[10,10,10],"hộ",180)])],
   cap=[("Máy sấy nấm 2 buồng",11,260,[0,1,2],"base")],
   roles=[("Ban quản trị, kế toán",[2,2,2]),("Trồng, chăm sóc nấm",[4,4,4]),("Sấy, thái lát, đóng gói",[2,2,3]),("Bán hàng",[1,1,1])],
   wage=[5.8,6.1,6.4], packc=[9000,15000,8000], varc=[("Điện sấy, nước",15000)],
   sell=[100,110,120], other=[50,55,60], tax=0.015,
   inv=[("Nhà trồng nấm khung thép 2 nhà × 200 m²",380,True),("Máy sấy nấm 2 buồng",160,True),("Máy thái lát, máy đóng gói túi lọc",180,True),("Phòng đóng gói 40 m²",120,True),("Bao bì, tem QR",40,False),("Vốn lưu động",220,False)],
   src=[("Vốn góp của thành viên",450),("Vay Ngân hàng Nông nghiệp và Phát triển Nông thôn",650)], life=10, loan=[650,500,350], rate=0.08),
 "gy08": dict(unit="kg",
   products=[("Chả mực giã tay, gói hút chân không 500 g","gói",0.5,[180000,185000,190000],[6000,6600,7200]),
             ("Chả mực giã tay, hộp 1 kg","hộp",1.0,[350000,360000,370000],[1500,1650,1800]),
             ("Chả mực viên chiên sẵn, túi 300 g","túi",0.3,[95000,98000,100000],[3000,3300,3600])],
   hist=dict(out=[4300,4700,5000],price=[330000,338000,345000],profit=[170.0,190.0,210.0]),
   raws=[("Mực tươi (mực lá, mực ống)","kg",[0.6,1.2,0.36],130000,[("Tàu câu mực của gia đình",[2,2,2],"tàu",2500),("Nậu vựa bến Thạch Kim",[2,2,2],"vựa",1800)])],
   cap=[("Máy xay giã chả 2 cối",30,280,[0,1,2],"base")],
   roles=[("Chủ hộ, sổ sách",[1,1,1]),("Sơ chế, giã chả",[3,3,4]),("Hấp, chiên, đóng gói",[2,2,2]),("Bán hàng",[1,1,1])],
   wage=[5.5,5.8,6.1], packc=[4000,7000,3500], varc=[("Thì là, mỡ, gia vị",15000),("Điện, nước, gas",5000)],
   sell=[50,55,60], other=[25,25,30], tax=0.015,
   inv=[("Tủ cấp đông, kho lạnh 10 m³",160,True),("Máy xay giã chả 2 cối",120,True),("Máy hút chân không, máy chiên",70,True),("Cải tạo phòng chế biến 50 m², bể lắng nước thải",130,True),("Bao bì, nhãn, kiểm nghiệm",40,False),("Vốn lưu động",280,False)],
   src=[("Vốn tự có của hộ",400),("Vay Ngân hàng Chính sách xã hội",300)], life=8, loan=[300,200,100], rate=0.066),
 "gy09": dict(unit="đêm phòng",
   products=[("Nghỉ đêm phòng đôi, gồm bữa sáng","đêm phòng",1,[450000,470000,490000],[950,1150,1380]),
             ("Suất ăn đặc sản làng chài","suất",0,[150000,155000,160000],[2400,2800,3200]),
             ("Trải nghiệm kéo lưới, chèo thuyền thúng","lượt",0,[120000,125000,130000],[1500,1800,2100])],
   hist=dict(out=[600,700,820],price=[900000,930000,960000],profit=[80.0,100.0,120.0]),
   raws=[("Hải sản, gà, rau cho suất ăn","kg",[0,0.6,0],90000,[("Thuyền đánh bắt ven bờ của gia đình",[1,1,1],"thuyền",1200),("Hộ nuôi gà, trồng rau trong thôn",[6,6,6],"hộ",200)])],
   cap=[("Phòng nghỉ (4 phòng đôi)",4,300,[0],"packs")],
   roles=[("Chủ nhà, điều hành",[1,1,1]),("Nấu ăn, dọn phòng",[2,2,3]),("Hướng dẫn trải nghiệm",[1,2,2])],
   wage=[6.0,6.3,6.6], packc=[25000,0,10000], varc=[("Điện, nước, gas",30000)],
   sell=[60,70,80], other=[40,45,50], tax=0.01, extra=[("Hoa hồng đại lý lữ hành, đặt phòng trực tuyến",[90,110,130])],
   inv=[("Cải tạo 4 phòng ngủ, khu vệ sinh khép kín",380,True),("Nhà ăn lợp lá, bàn ghế 40 chỗ",160,True),("Thuyền thúng, áo phao, thiết bị cứu sinh",45,True),("Bể tự hoại, rãnh thoát nước, thùng rác phân loại",40,True),("Trang thiết bị phòng, bình chữa cháy",55,True),("Quảng bá, biển hiệu, trang web",40,False),("Vốn lưu động",60,False)],
   src=[("Tiền tích lũy của gia đình",530),("Vay Ngân hàng Chính sách xã hội",250)], life=10, loan=[250,170,90], rate=0.066),
 "gy10": dict(unit="kg",
   products=[("Chè xanh búp khô đặc biệt, hộp 200 g","hộp",0.2,[65000,67000,69000],[12000,13000,14000]),
             ("Chè xanh búp khô loại 1, túi 500 g","túi",0.5,[140000,144000,148000],[5000,5500,6000]),
             ("Chè xanh túi lọc, hộp 25 túi × 2 g","hộp",0.05,[38000,39000,40000],[8000,9000,10000])],
   hist=dict(out=[4400,4800,5000],price=[300000,310000,320000],profit=[150.0,168.0,185.0]),
   raws=[("Búp chè tươi (một tôm hai lá)","kg",[0.9,2.25,0.225],12000,[("Đồi chè của công ty",[8,8,8],"ha",2200),("Hộ trồng chè liên kết",[40,40,40],"hộ",350)])],
   cap=[("Dây chuyền diệt men, vò, sấy chè",28,280,[0,1,2],"base")],
   roles=[("Giám đốc, kế toán",[2,2,2]),("Sao, vò, sấy chè",[4,4,5]),("Đóng gói, kho",[2,2,2]),("Bán hàng",[2,2,2])],
   wage=[6.0,6.3,6.6], packc=[7000,4000,6000], varc=[("Điện, củi sấy, nước",14000)],
   sell=[100,110,120], other=[40,45,50], tax=0.015,
   inv=[("Máy diệt men, máy vò chè",260,True),("Máy sấy chè băng tải",220,True),("Máy đóng gói túi lọc",180,True),("Nhà xưởng chế biến 150 m²",340,True),("Bao bì, mã vạch, kiểm nghiệm",50,False),("Vốn lưu động",250,False)],
   src=[("Vốn chủ sở hữu",700),("Vay Ngân hàng thương mại cổ phần",600)], life=10, loan=[600,450,300], rate=0.085),
}


# Planted numeric defects: what the plan prints instead of the true value (index of product, year index).
PLANTED: dict[str, dict] = {
    "gy05": {"cost_total": {2: 2540.0}},          # table-total-mismatch: cost table 2029 total
    "gy06": {"rev_line": {(1, 1): 1140.0}},       # revenue-mismatch: 2028 line of the 1-litre bottle
    "gy07": {"profit": {1: 455.0}},               # profit-mismatch: summary 2028 profit
    "gy09": {"payback": 1.5},                     # payback-mismatch: stated payback
}
# printed capital sources of gy08 (capital-mismatch) are the constants' own src (700 for 800)


def model(key: str) -> dict:
    """Every true figure of a full plan from its constants."""
    c = PLANS[key]
    P = c["products"]
    m: dict = {}
    m["out"] = [sum(p[4][y] * p[2] for p in P) for y in range(3)]
    m["rev_line"] = [[p[4][y] * p[3][y] / 1e6 for y in range(3)] for p in P]
    m["rev"] = [sum(line[y] for line in m["rev_line"]) for y in range(3)]
    h = c["hist"]
    m["hist_rev"] = [h["out"][i] * h["price"][i] / 1e6 for i in range(3)]
    m["need"], m["supply"], m["raw_cost"] = [], [], []
    for _lab, _u, norms, price, rows in c["raws"]:
        need = [sum(P[i][4][y] * norms[i] for i in range(len(P))) for y in range(3)]
        sup = [sum(r[1][y] * r[3] for r in rows) for y in range(3)]
        m["need"].append(need)
        m["supply"].append(sup)
        m["raw_cost"].append([need[y] * price / 1e6 for y in range(3)])
    m["cap"] = []
    for _lab, rate, days, idx, meas in c["cap"]:
        cap = rate * days
        used = [sum(P[i][4][y] * (P[i][2] if meas == "base" else 1) for i in idx) for y in range(3)]
        m["cap"].append((cap, used, [u / cap * 100 for u in used]))
    m["staff"] = [sum(r[1][y] for r in c["roles"]) for y in range(3)]
    m["wagefund"] = [m["staff"][y] * c["wage"][y] * 12 for y in range(3)]
    m["pack"] = [sum(P[i][4][y] * c["packc"][i] for i in range(len(P))) / 1e6 for y in range(3)]
    m["var"] = [[m["out"][y] * v / 1e6 for y in range(3)] for _l, v in c["varc"]]
    m["inv"] = sum(x[1] for x in c["inv"])
    m["fixed"] = sum(x[1] for x in c["inv"] if x[2])
    m["src"] = sum(x[1] for x in c["src"])
    m["dep"] = m["fixed"] / c["life"]
    m["interest"] = [b * c["rate"] for b in c["loan"]]
    m["tax"] = [m["rev"][y] * c["tax"] for y in range(3)]
    lines = [(r[0], rc) for r, rc in zip(c["raws"], m["raw_cost"])]
    lines.append(("pack", m["pack"]))
    lines += [(lab, vv) for (lab, _v), vv in zip(c["varc"], m["var"])]
    lines += [("wages", m["wagefund"]), ("dep", [m["dep"]] * 3), ("int", m["interest"]),
              ("sell", [float(x) for x in c["sell"]]), ("tax", m["tax"]),
              ("other", [float(x) for x in c["other"]])]
    lines += [(lab, [float(x) for x in v]) for lab, v in c.get("extra", [])]
    m["lines"] = lines
    m["cost"] = [sum(line[1][y] for line in lines) for y in range(3)]
    m["profit"] = [m["rev"][y] - m["cost"][y] for y in range(3)]
    m["margin"] = [m["profit"][y] / m["rev"][y] * 100 for y in range(3)]
    m["payback"] = m["inv"] / (sum(m["profit"]) / 3 + m["dep"])
    return m


# --------------------------------------------------------------------------- reading the plans
STEMS = {
    "gy01": "gy01_banh_ram_loc_yen_cty", "gy02": "gy02_tra_ca_gai_leo_son_giang_htx",
    "gy03": "gy03_mat_ong_mai_hoa_hkd", "gy04": "gy04_do_go_my_nghe_yen_lac_tht",
    "gy05": "gy05_ruou_nep_than_trung_lac_htx", "gy06": "gy06_nuoc_mam_nhuong_ban_ctcp",
    "gy07": "gy07_nam_linh_chi_son_hong_htx", "gy08": "gy08_cha_muc_thach_kim_hkd",
    "gy09": "gy09_homestay_lang_chai_xuan_lien_hgd", "gy10": "gy10_che_xanh_huong_dong_cty",
    "gy11": "gy11_dau_lac_tung_loc_so_sai", "gy12": "gy12_choi_dot_phuc_dong_so_sai",
}
READY = ("gy01", "gy02", "gy03", "gy04")
REPLACED = (r"1048/QĐ-TTg|781/QĐ-TTg|490/QĐ-TTg|919/QĐ-TTg|38/2012|89/2006|123/2018|03/2014|"
            r"01/2021/NĐ-CP|Luật Hợp tác xã (năm )?2012|23/2012/QH13|cấp huyện|UBND huyện|"
            r"(?<!\w)huyện(?!\w)")
# a field left with the form's blank, or a sample answer of the form
BLANK = r"……|\.{4,}|\[điền vào\]|\[tên [^\]]*\]|\bxxx\b|Công ty ABC|Nguyễn Văn A\b"
# a ticked "no" box: ☑ before Chưa có / Không, or [x] before Không (also in a separate column)
NO_TICK = r"☑ ?(Chưa có|Không|Thiếu)|\[x\] ?(Không|Chưa)|\| \[ \] \| \[x\] \|"
_NUM = re.compile(r"^[+−-]?\d[\d.]*(,\d+)?$")


def num(cell: str) -> float:
    s = cell.strip().replace("−", "-").lstrip("+")
    return vn(s)


class Plan(plancheck.Plan):
    src = HERE / "src"

    def __init__(self, key: str):
        super().__init__(STEMS[key])
        self.key = key
        self.tables: list[tuple[str, list[list[str]]]] = []
        cap, cur = "", None
        for line in self.body.splitlines():
            s = line.strip()
            if s.startswith("|"):
                if cur is None:
                    cur = []
                    self.tables.append((cap, cur))
                if not set(s.replace("|", "").strip()) <= set("-"):
                    cur.append([x.strip() for x in s.strip("|").split("|")])
                continue
            if cur is not None and s:
                cur, cap = None, ""
            if re.match(r"^Bảng \d+\.", s):
                cap = s

    # -- tables
    def find(self, pred) -> list[list[str]] | None:
        for cap, rows in self.tables:
            if pred(cap, rows):
                return rows
        return None

    def table(self, pred, what: str) -> list[list[str]]:
        for cap, rows in self.tables:
            if pred(cap, rows):
                return rows
        self.failures.append(f"table not found: {what}")
        return []

    def having(self, label: str, what: str) -> list[list[str]]:
        return self.table(lambda cap, rows: any(any(c.startswith(label) for c in r[:2]) for r in rows), what)

    def vals(self, rows: list[list[str]], label: str, n: int = 3, skip: int = 0) -> list[float]:
        seen = 0
        for r in rows:
            cells = r[1:] if r and re.fullmatch(r"\d*", r[0]) else r
            if cells and cells[0].startswith(label):
                nums = [num(c) for c in cells[1:] if _NUM.match(c)]
                if len(nums) >= n:
                    if seen == skip:
                        return nums[-n:]
                    seen += 1
        self.failures.append(f"row not found: {label!r}")
        return [0.0] * n

    # -- comparisons
    def eq(self, got: float, true: float, what: str, tol: float = 0.01, absol: float = 0.11) -> None:
        if not (abs(got - true) <= absol or close(got, true, tol)):
            self.failures.append(f"{what}: printed {got}, true {true:.3f}")

    def planted(self, got: float, true: float, what: str) -> None:
        if not off(got, true, 5.0):
            self.failures.append(f"planted {what} not off by >5 %: printed {got}, true {true:.3f}")

    def eq3(self, got: list[float], true: list[float], what: str, planted: dict | None = None, **kw) -> None:
        for y in range(3):
            if planted and y in planted:
                self.planted(got[y], true[y], f"{what} {YEARS[y]}")
            else:
                self.eq(got[y], true[y], f"{what} {YEARS[y]}", **kw)

    # -- text
    def answers(self, drop: tuple[str, ...] = ()) -> str:
        """The producer's answers: no heading, no bracketed guidance line, no form label listed in drop."""
        keep = []
        for line in self.body.splitlines():
            s = line.strip()
            if s.startswith("#") or re.fullmatch(r"[\(\[].*[\)\]]", s):
                continue
            keep.append(line)
        text = "\n".join(keep)
        for d in drop:
            text = text.replace(d, "")
        return text

    def lacks_in(self, text: str, words: list[str], what: str) -> None:
        for w in words:
            if m := re.search(w, text, re.I):
                self.failures.append(f"{what}: found {m.group(0)!r}")

    def words(self) -> int:
        return len(self.body.split())


# --------------------------------------------------------------------------- the checks
def printed_model(key: str) -> dict:
    """What a careful producer prints: lines rounded to 0,1, totals of the rounded lines, profit = the
    printed revenue - the printed cost, the tax line on the printed revenue; then the planted values."""
    c, m, pl = PLANS[key], model(key), PLANTED.get(key, {})
    r1 = lambda x: round(x + 1e-9, 1)  # noqa: E731
    rev_line = [[r1(v) for v in line] for line in m["rev_line"]]
    for (i, y), v in pl.get("rev_line", {}).items():
        rev_line[i][y] = v
    rev = [r1(sum(line[y] for line in rev_line)) for y in range(3)]
    lines = [[r1(rev[y] * c["tax"]) if lab == "tax" else r1(vals[y]) for y in range(3)] for lab, vals in m["lines"]]
    cost = [r1(sum(line[y] for line in lines)) for y in range(3)]
    for y, v in pl.get("cost_total", {}).items():
        cost[y] = v
    profit = [r1(rev[y] - cost[y]) for y in range(3)]
    for y, v in pl.get("profit", {}).items():
        profit[y] = v
    return dict(rev_line=rev_line, rev=rev, lines=lines, cost=cost, profit=profit)


def check_full(p: Plan) -> None:
    key, c, m = p.key, PLANS[p.key], model(p.key)
    pl = PLANTED.get(key, {})
    pm = printed_model(key)
    P = c["products"]
    # history 2024-2026
    hist = p.table(lambda cap, rows: rows and "Năm 2024" in rows[0], "history")
    if hist:
        out = p.vals(hist, hist[1][0])
        price = p.vals(hist, hist[2][0])
        p.eq3(out, c["hist"]["out"], "history output")
        p.eq3(price, c["hist"]["price"], "history price")
        p.eq3(p.vals(hist, "Doanh thu ("), [out[i] * price[i] / 1e6 for i in range(3)], "history revenue")
        prof = p.vals(hist, "Lợi nhuận (")
        p.eq3(prof, c["hist"]["profit"], "history profit")
        for i in range(3):
            mg = prof[i] / (out[i] * price[i] / 1e6) * 100
            p.check(5 <= mg <= 20, f"history margin {mg:.1f} % out of 5-20 %")
        p.check(m["out"][0] <= c["hist"]["out"][2] * 1.2, "2027 output more than +20 % over 2026")
    # raw materials
    raw_tabs = []
    for ri, (lab, unit, norms, price, rows) in enumerate(c["raws"]):
        first = rows[0][0]
        t = p.find(lambda cap, rr: any(x[0].startswith((first, "– " + first)) for x in rr)) or []
        if not t:
            p.failures.append(f"raw table not found: {lab}")
        skip = sum(1 for u in raw_tabs if u is t)
        raw_tabs.append(t)
        for r in rows:
            got = p.vals(t, r[0]) if any(x[0].startswith(r[0]) for x in t) else p.vals(t, "– " + r[0])
            p.eq3(got, [r[1][y] * r[3] for y in range(3)], f"supply {r[0]}", absol=0.011)
        p.eq3(p.vals(t, "Tổng nguồn cung", skip=skip), m["supply"][ri], f"supply total {lab}", absol=0.011)
        need_lab = "Nhu cầu" if any(x[0].startswith("Nhu cầu") for x in t) else "Gạo cần"
        p.eq3(p.vals(t, need_lab, skip=skip), m["need"][ri], f"need {lab}", absol=0.011)
        if any(x[0].startswith("Cân đối") for x in t):
            p.eq3(p.vals(t, "Cân đối", skip=skip), [m["supply"][ri][y] - m["need"][ri][y] for y in range(3)],
                  f"balance {lab}", absol=0.011)
        elif key != "gy05":
            p.failures.append(f"no balance row for {lab}")
        for y in range(3):
            short = m["need"][ri][y] > m["supply"][ri][y]
            if key == "gy05" and y > 0:
                p.planted(m["supply"][ri][y], m["need"][ri][y], f"material-shortfall {lab} {YEARS[y]} (supply vs need)")
            elif short:
                p.failures.append(f"need {m['need'][ri][y]} above supply {m['supply'][ri][y]} in {YEARS[y]}")
    # staff and wages
    t = p.having("Tổng số lao động", "staff table")
    for role, n in c["roles"]:
        p.eq3(p.vals(t, role), n, f"staff {role}")
    p.eq3(p.vals(t, "Tổng số lao động"), m["staff"], "staff total")
    p.eq3(p.vals(t, t[-2][0]), c["wage"], "wage")
    p.eq3(p.vals(t, t[-1][0]), m["wagefund"], "wage fund")
    # output plan and capacity
    t = p.table(lambda cap, rows: rows and rows[0][:2] in (["Sản phẩm", "ĐVT"], ["Dịch vụ", "ĐVT"]), "output plan")
    for i, prod in enumerate(P):
        p.eq3(p.vals(t, prod[0]), prod[4], f"packs {prod[0]}")
    cap, used, use = m["cap"][0]
    for r in t[1 + len(P):]:
        vals = p.vals(t, r[0])
        if r[0].startswith(("Công suất", "Năng lực")):
            p.eq3(vals, [cap] * 3, "capacity")
        elif "(%)" in r[0]:
            p.eq3(vals, use, "capacity use %")
        else:
            p.eq3(vals, m["out"], "output")
    for y in range(3):
        if key == "gy09" and y == 2:
            p.planted(cap, used[y], "capacity-exceeded 2029 (capacity vs room-nights)")
        elif used[y] > cap:
            p.failures.append(f"output {used[y]} above capacity {cap} in {YEARS[y]}")
        elif use[y] > 86 and key != "gy09":
            p.failures.append(f"capacity use {use[y]:.1f} % above 86 %")
    rating, days = c["cap"][0][1], c["cap"][0][2]
    p.has(n0(cap))
    # investment and sources
    t = p.having("Tổng vốn đầu tư", "investment table")
    for lab, v, _fixed in c["inv"]:
        p.eq(p.vals(t, lab, 1)[0], v, f"investment {lab}")
    p.eq(p.vals(t, "Tổng vốn đầu tư", 1)[0], m["inv"], "investment total")
    t = p.having("Tổng nguồn vốn", "sources table")
    n = 2 if len(t[0]) >= 4 and t[0][-1].startswith("Tỷ lệ") else 1
    for lab, v in c["src"]:
        got = p.vals(t, lab, n)
        p.eq(got[0], v, f"source {lab}")
        if n == 2:
            p.eq(got[1], v / m["src"] * 100, f"source share {lab}")
    tot = p.vals(t, "Tổng nguồn vốn", n)[0]
    p.eq(tot, m["src"], "sources total")
    if key == "gy08":
        p.planted(tot, m["inv"], "capital-mismatch (sources vs investment)")
    else:
        p.eq(tot, m["inv"], "sources = investment")
    # prices
    t = p.find(lambda cap, rows: ("Giá bán" in cap or "Giá dịch vụ" in cap) and rows and "Năm 2027" in rows[0])
    for prod in P if t else []:  # a plan without a price table has the prices in its revenue table
        p.eq3(p.vals(t, prod[0]), prod[3], f"price {prod[0]}")
    # revenue
    t = p.having("Tổng doanh thu", "revenue table")
    detail = any(": số lượng" in r[0] for r in t)
    for i, prod in enumerate(P):
        planted = {y: 1 for (j, y) in pl.get("rev_line", {}) if j == i}
        if detail:
            lab = t[1 + 3 * i][0].split(":")[0]
            p.eq3(p.vals(t, lab + ": số lượng"), prod[4], f"revenue table packs {lab}")
            p.eq3(p.vals(t, lab + ": đơn giá"), prod[3], f"revenue table price {lab}")
            got = p.vals(t, lab + ": doanh thu")
        else:
            got = p.vals(t, t[1 + i][0])
        p.eq3(got, m["rev_line"][i], f"revenue line {prod[0]}", planted=planted)
    rev = p.vals(t, "Tổng doanh thu")
    p.eq3(rev, pm["rev"], "revenue total = sum of its printed lines")
    knock = {y for (_j, y) in pl.get("rev_line", {})}
    for y in range(3):  # the knock-on year of a planted line carries its excess
        if y in knock:
            p.check(rev[y] > m["rev"][y] + 100, f"revenue total {YEARS[y]} does not carry the planted line")
        else:
            p.eq(rev[y], m["rev"][y], f"revenue total {YEARS[y]}")
    # cost
    t = p.table(lambda cap, rows: any(r[1:2] == ["Tổng chi phí"] or r[:1] == ["Tổng chi phí"] for r in rows)
                and any(re.fullmatch(r"\d+", r[0]) for r in rows[1:]) and "Năm 2027" in rows[0], "cost table")
    numbered = [r for r in t[1:] if re.fullmatch(r"\d+", r[0])]
    p.check(len(numbered) == len(m["lines"]), f"cost lines {len(numbered)} for {len(m['lines'])}")
    for k, ((lab, true), row) in enumerate(zip(m["lines"], numbered)):
        got = [num(x) for x in row[-3:]]
        if lab == "tax":
            true = [rev[y] * c["tax"] for y in range(3)]
        p.eq3(got, true, f"cost line {k + 1} ({row[1]})")
    lines_sum = [sum(num(r[-3 + y]) for r in numbered) for y in range(3)]
    cost = p.vals(t, "Tổng chi phí")
    p.eq3(cost, lines_sum, "cost total = sum of its lines", planted=pl.get("cost_total"))
    p.eq3(cost, m["cost"], "cost total", planted=pl.get("cost_total"), absol=3.0 if key == "gy06" else 0.11)
    # summary
    if key == "gy04":
        t = p.table(lambda cap, rows: rows and rows[0][:2] == ["Năm", "Doanh thu"], "summary by year")
        s = {str(y): [num(x) for x in r[1:]] for r in t[1:] for y in YEARS if r[0] == str(y)}
        srev = [s[str(y)][0] for y in YEARS]
        scost = [s[str(y)][1] for y in YEARS]
        sprof = [s[str(y)][2] for y in YEARS]
        smarg = [s[str(y)][3] for y in YEARS]
    else:
        t = p.table(lambda cap, rows: any(r[1:2] == ["Lợi nhuận"] for r in rows), "summary table")
        srev, scost = p.vals(t, "Doanh thu"), p.vals(t, "Tổng chi phí")
        sprof, smarg = p.vals(t, "Lợi nhuận"), p.vals(t, "Tỷ suất")
    p.eq3(srev, rev, "summary revenue = revenue table")
    p.eq3(scost, cost, "summary cost = cost table")
    p.eq3(sprof, [srev[y] - scost[y] for y in range(3)], "profit = revenue - cost", planted=pl.get("profit"))
    p.eq3(smarg, [sprof[y] / srev[y] * 100 for y in range(3)], "margin = printed profit / revenue")
    kn = dict(pl.get("profit", {}))
    kn.update({y: 1 for y in pl.get("cost_total", {})})
    kn.update({y: 1 for (_j, y) in pl.get("rev_line", {})})
    p.eq3(sprof, m["profit"], "profit", planted=kn, absol=3.0 if key == "gy06" else 0.11)
    for y in range(3):
        p.check(8 <= m["margin"][y] <= 30, f"true margin {m['margin'][y]:.1f} % out of 8-30 %")
        if y:
            p.check(m["rev"][y] / m["rev"][y - 1] < 1.3, f"true revenue growth above 30 % in {YEARS[y]}")
    # depreciation, interest, payback
    p.has(m1t(m["dep"]))
    pb = re.findall(r"(?:=|≈|khoảng) (\d+,\d) năm", p.body)
    if not pb:
        p.failures.append("payback not found")
    else:
        got = vn(pb[-1])
        avg = sum(sprof) / 3
        if key != "gy09":
            p.eq(got, m["inv"] / (avg + m["dep"]), "payback from the printed profits", tol=0.03, absol=0.051)
        if key == "gy09":
            p.planted(got, m["payback"], "payback-mismatch")
        elif key in ("gy05", "gy06", "gy07"):
            p.planted(got, m["payback"], "payback knock-on (tolerated)")
        else:
            p.eq(got, m["payback"], "payback", tol=0.03, absol=0.051)
        p.check(1.0 <= m["payback"] <= 5.0, f"true payback {m['payback']:.2f} out of 1-5 years")
    # objectives as the text states them
    p.has(f"{n0(m['out'][0])}", f"{m1t(pm['rev'][0])} triệu đồng")
    # no blank of the form, except the planted one
    if key != "gy07":
        p.lacks(BLANK, "form blank left")
    if key not in READY:
        return
    # ready plans: current programme, no replaced instrument, no ticked 'no' box except allowed ones
    p.has("148/QĐ-TTg", "1489/QĐ-TTg", "43/2017", "111/2021")
    p.lacks(REPLACED, "replaced instrument or district level")
    ticks = [mm.group(0) for mm in re.finditer(NO_TICK, p.body)]
    allowed = {"gy01": ["☑ Không"], "gy03": ["☑ Không"], "gy04": ["[x] Không"]}.get(key, [])
    p.check(ticks == allowed, f"ticked 'no' boxes in a ready plan: {ticks}")
    for d, mth, yr in re.findall(r"đến (\d{1,2})/(\d{1,2})/(\d{4})", p.body):
        if int(yr) < 2030:
            p.check("cấp lại" in p.body, f"paper to {d}/{mth}/{yr} with no renewal step")
        p.check(int(yr) >= 2029, f"paper expiring {d}/{mth}/{yr} inside the period")


def n0(x: float) -> str:
    return f"{int(round(x)):,}".replace(",", ".")


def m1t(x: float) -> str:
    s = f"{x:,.1f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def check_text(p: Plan) -> None:
    """Per plan: the figures the prose states, the theme's ticks, the planted textual defects."""
    key, c, m = p.key, PLANS.get(p.key), model(p.key) if p.key in PLANS else None
    if key == "gy01":
        p.has("0,5 kg gạo nếp cái", "0,15 kg thịt", "90 kg bánh/ngày × 300 ngày", "56.000 đồng/hộp",
              "Tình trạng | ☐ Sản phẩm mới ☑ Sản phẩm đã có", "☑ Doanh nghiệp", "cấp lại giấy ATTP",
              "(Nêu lý do chọn sản phẩm")
    elif key == "gy02":
        p.has("5 kg cà gai leo tươi cho 1 kg", "25 kg khô/ngày × 260 ngày", "42.000 đồng/hộp",
              "không ghi công dụng chữa bệnh", "[x] Hợp tác xã", "17/2023/QH15", "05/2025/NĐ-CP",
              "Quý I/2029: nộp hồ sơ cấp lại")
    elif key == "gy03":
        p.has("1,06 kg mật thô", "12 kg/đàn/năm", "40 kg/ngày × 250 ngày", "175.000 đồng/chai",
              "☑ Không thuộc đối tượng", "☑ Hộ kinh doanh", "cấp lại giấy chứng nhận ATTP")
    elif key == "gy04":
        p.has("khay 0,006 m³", "25 sản phẩm/ngày × 280 ngày", "350.000 đồng/khay", "[x] Không áp dụng",
              "không phải thực phẩm", "[x] Tổ hợp tác", "bảng kê lâm sản", "Đăng ký môi trường | [x] Có")
        p.eq(600 / 9, 66.7, "contribution per member")
    elif key == "gy05":
        p.has("1,6 kg gạo nếp than cho 1 lít", "3 nồi × 30 lít/ngày × 300 ngày", "85.000 đồng/chai",
              "| Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh | ☐ Đã có ☑ Chưa có | – |",
              "H2. Khả năng đáp ứng nguyên liệu: ☑ Đủ ☐ Thiếu", "35 % vol", "biogas")
        a = p.answers(("Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",))
        p.lacks_in(a, [r"giấy phép", r"cấp phép", r"105/2017", r"17/2020", r"nhằm mục đích kinh doanh"],
                   "gy05 licence word outside its ticked 'Chưa có' row")
        t = p.having("Gạo cần cho sản xuất", "rice table")
        p.check(not any(r[0].startswith(("Cân đối", "Thiếu", "Chênh")) for r in t), "gy05 rice table has a balance row")
    elif key == "gy06":
        p.has("1,25 kg cá cơm tươi và 0,4 kg muối", "100 bể × 500 lít/bể/năm", "80.000 đồng/chai",
              "| Đăng ký môi trường | [ ] Có [x] Không | – |",
              "- Nhật ký sản xuất theo lô, theo bể: [ ] Có [x] Không", "- Lưu mẫu sản phẩm: [ ] Có [x] Không",
              "- Tem, mã truy xuất nguồn gốc trên sản phẩm: [ ] Có [x] Không", "[x] 3 sao")
        a = p.answers(("Đăng ký môi trường", "Nhật ký sản xuất theo lô, theo bể", "Lưu mẫu sản phẩm",
                       "Tem, mã truy xuất nguồn gốc trên sản phẩm", "Thực hành kiểm soát chất lượng nội bộ"))
        p.lacks_in(a, [r"môi trường", r"nước thải", r"chất thải", r"xử lý", r"mùi", r"bể lắng", r"biogas",
                       r"\brác", r"nước rửa", r"nước muối"], "gy06 environment word in an answer")
        p.lacks_in(a, [r"nhật ký", r"truy xuất", r"\bQR\b", r"lưu mẫu", r"mã lô", r"số lô", r"kiểm soát nội bộ",
                       r"HACCP", r"ISO"], "gy06 quality-control word in an answer")
    elif key == "gy07":
        p.has("3,2 kg nấm tươi cho 1 kg", "11 kg khô/ngày × 260 ngày", "220.000 đồng/hộp",
              "| Tiêu chuẩn cơ sở | ☐ Đã có ☑ Chưa có | – |", "| Bản tự công bố sản phẩm | ☐ Đã có ☑ Chưa có | – |",
              "| Phiếu kết quả kiểm nghiệm | ☐ Đã có ☑ Chưa có | – |",
              "Đối thủ cạnh tranh chính (tên, giá bán): ……", "Kế hoạch đào tạo lao động: [điền vào]",
              "không ghi công dụng chữa bệnh")
        p.check(sum(1 for line in p.body.splitlines() if re.search(BLANK, line)) == 2,
                "gy07 has exactly its two planted blanks")
        a = p.answers(("Tiêu chuẩn cơ sở", "Bản tự công bố sản phẩm", "Phiếu kết quả kiểm nghiệm"))
        p.lacks_in(a, [r"tiêu chuẩn", r"TCCS", r"công bố", r"kiểm nghiệm", r"thử nghiệm", r"QCVN", r"TCVN",
                       r"quy chuẩn"], "gy07 standard word in an answer")
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        p.lacks(REPLACED, "gy07 replaced instrument")
    elif key == "gy08":
        p.has("1,2 kg mực tươi cho 1 kg", "30 kg/ngày × 280 ngày", "180.000 đồng/gói",
              "| Giấy chứng nhận cơ sở đủ điều kiện ATTP | [ ] Có [x] Không | – |",
              "1048/QĐ-TTg", "781/QĐ-TTg", "123/2018/NQ-HĐND", "cấp huyện", "UBND huyện Lộc Hà",
              "bảo đảm đủ vốn thực hiện phương án", "Tổng nhu cầu vốn đầu tư 800 triệu đồng")
        p.lacks(r"148/QĐ-TTg|1489", "gy08 cites the current instruments")
        a = p.answers(("Giấy chứng nhận cơ sở đủ điều kiện ATTP",))
        p.lacks_in(a, [r"an toàn thực phẩm", r"ATTP", r"đủ điều kiện", r"15/2018", r"55/2010", r"vệ sinh thực phẩm",
                       r"cam kết"], "gy08 food-safety word in an answer")
    elif key == "gy09":
        p.has("| Số giấy chứng nhận đăng ký | Chưa có;", "☑ Hộ gia đình",
              "| Giấy chứng nhận đăng ký hộ kinh doanh | ☐ Đã có ☑ Chưa có | – |",
              "4 phòng × 300 đêm", "đáp ứng đủ kế hoạch đến năm 2029", "không xây thêm phòng",
              "Thời gian hoàn vốn dự kiến: khoảng 1,5 năm", "450.000 đồng/đêm", "Đã nộp đơn số 4-2025-18734",
              "0,6 kg hải sản")
        a = p.answers(("Giấy chứng nhận đăng ký hộ kinh doanh", "Số giấy chứng nhận đăng ký", "☐ Hộ kinh doanh"))
        p.lacks_in(a, [r"đăng ký (hộ )?kinh doanh", r"mã số thuế", r"sẽ đăng ký", r"thành lập hộ"],
                   "gy09 registration word in an answer")
        p.check(not any(re.search(r"Xây|thêm phòng|phòng mới", x[0]) for x in c["inv"]), "gy09 builds a room")
    elif key == "gy10":
        other = "Công ty TNHH Trà xanh Phú Gia"
        p.has("4,5 kg búp tươi cho 1 kg", "28 kg/ngày × 280 ngày", "65.000 đồng/hộp",
              "| Lao động thường xuyên năm 2027 | 16 người |",
              f"Tạo việc làm cho {m['staff'][0]} lao động thường xuyên năm 2027",
              "| Giấy chứng nhận đăng ký nhãn hiệu | [ ] | [x] | – |")
        p.planted(16, m["staff"][0], "figure-inconsistent (workers 2027, form field vs staff table)")
        p.check(p.count(other) >= 4, f"gy10 other company named {p.count(other)} times")
        p.check(p.count("Công ty TNHH Chè Hương Đồng") >= 1, "gy10 own name missing")
        a = p.answers(("Giấy chứng nhận đăng ký nhãn hiệu",))
        p.lacks_in(a, [r"nhãn hiệu", r"thương hiệu", r"sở hữu trí tuệ", r"logo", r"bảo hộ", r"nộp đơn"],
                   "gy10 trademark word in an answer")
    if key in ("gy05", "gy06", "gy09", "gy10"):
        p.has("148/QĐ-TTg", "1489/QĐ-TTg")
        p.lacks(REPLACED, f"{key} replaced instrument")


def check_sketchy(p: Plan) -> None:
    n = p.words()
    p.check(150 <= n <= 350, f"{n} words, not 150-350")
    p.check(not p.rows, "a sketchy plan has a table")
    p.lacks(BLANK, "form blank left")
    if p.key == "gy11":
        p.has("3.000 lít", "90.000 đồng/lít", "150 triệu đồng", "270 triệu đồng",
              "Giấy chứng nhận ATTP: ☐ Đã có ☑ Chưa có", "Nhãn hiệu: ☐ Đã có ☑ Chưa có",
              "Giấy chứng nhận đăng ký hộ kinh doanh: ☑ Đã có")
        p.eq(3000 * 90000 / 1e6, 270, "gy11 revenue = 3.000 lít × 90.000 đồng")
        a = p.answers(("Giấy chứng nhận ATTP", "Tiêu chuẩn cơ sở, tự công bố sản phẩm", "Nhãn hiệu"))
        p.lacks_in(a, [r"nhãn(?! hiệu)", r"truy xuất", r"môi trường", r"nhật ký", r"cam kết"], "gy11 paper word")
    else:
        p.has("12.000 chiếc", "35.000 đồng/chiếc", "420 triệu đồng", "80 triệu đồng",
              "nhãn hiệu [ ] Có [x] Không", "tiêu chuẩn sản phẩm [ ] Có [x] Không", "05/GCN-THT")
        p.eq(12000 * 35000 / 1e6, 420, "gy12 revenue = 12.000 chiếc × 35.000 đồng")
        a = p.answers(("nhãn hiệu [ ] Có [x] Không", "tiêu chuẩn sản phẩm [ ] Có [x] Không"))
        p.lacks_in(a, [r"nhãn", r"truy xuất", r"bụi", r"nhật ký", r"tiêu chuẩn"], "gy12 paper word")


def main(argv: list[str] | None = None) -> int:
    keys = [k for k in (argv or []) if k in STEMS] or list(STEMS)
    plans = []
    for key in keys:
        p = Plan(key)
        if key in PLANS:
            check_full(p)
        else:
            check_sketchy(p)
        check_text(p)
        plans.append(p)
    return plancheck.report(plans)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
