/**
 * Sentences from Vietnamese government and provincial news (mostly Thanh Hoá), each with the
 * form a commune loudspeaker should read. The written sentence is quoted from the source named
 * beside it (some shortened at a clause boundary); the spoken form is how a news reader says
 * it, written by hand: northern number words ("nghìn", "linh", "mốt", "tư", "lăm"), dates as
 * "ngày … tháng … năm …", document numbers as "số … năm …" with the issuer, phone numbers digit
 * by digit in their groups, abbreviations and units in full.
 */
export type SpokenCase = { source: string; written: string; spoken: string }

const BTH_BAO_SO_5_2025 = 'baothanhhoa.vn/bao-so-5-giu-nguyen-huong-di-chuyen-vung-bien-thanh-hoa-song-cao-5-7m-259252.htm (24/8/2025)'
const BTH_BAO_SO_4_2022 = 'baothanhhoa.vn/moi-truong/bao-so-4-do-bo-dat-lien-trung-trung-bo-thanh-hoa-tiep-tuc-co-mua-lon-den-ngay-30-9/169182.htm'
const BTH_BAO_SO_5_2020 = 'baothanhhoa.vn/moi-truong/tin-bao-khan-cap-con-bao-so-5/124428.htm'
const BTH_BAO_SO_2_2020 = 'baothanhhoa.vn/moi-truong/tin-bao-khan-cap-con-bao-so-2/122451.htm'
const CONGAN_YAGI = 'congan.com.vn/doi-song/bao-yagi-co-the-manh-len-toi-cap-14-giat-cap-17_166799.html (04/09/2024)'
const BAOMOI_CDS_2025 = 'lite.baomoi.com/90-thu-tuc-hanh-chinh-duoc-cung-cap-truc-tuyen-toan-trinh-trong-nam-2025-c51227903.epi'
const BAOMOI_CCHC = 'lite.baomoi.com/dau-an-cai-cach-hanh-chinh-c52793923.epi'
const BTH_CCHC = 'baothanhhoa.vn/buoc-tien-trong-cai-cach-va-doi-moi-271268.htm'
const TIENPHONG_2021 = 'tienphong.vn/thanh-hoa-tang-truong-kinh-te-dung-thu-12-ca-nuoc-trong-6-thang-dau-nam-2021-post1351380.tpo'
const THANHNIEN_2024 = 'thanhnien.vn/thanh-qua-cua-su-phat-trien-mang-lai-am-no-hanh-phuc-cho-nguoi-dan-185241214143027124.htm'
const VNECONOMY_FDI = 'vneconomy.vn/tag/dat-lanh-thanh-hoa-dang-tay-don-cac-du-an-fdi-xanh'
const BAONGHEAN_HOTLINE = 'baonghean.vn/co-19-noi-dung-thong-tin-qua-duong-day-nong-ky-hop-hdnd-tinh-17822.html'
const BRVT_HOTLINE = 'bongro24hweb.org/lanh-dao-tinh-ba-ria-vung-tau-cong-bo-duong-day-nong-192148649.htm (04/05/2016)'
const DANTRI_HOTLINE = 'dantri.com.vn/xa-hoi/thanh-uy-ha-noi-lap-duong-day-nong-xu-ly-van-de-buc-xuc-noi-com-20160908105651238.htm'
const HCMC_1022 =
  'phuong10tanbinh.gov.vn/tin-tuc-su-kien/chinh-tri-xa-hoi/hoi-dong-nhan-dan-thanh-pho-ho-chi-minh-tiep-nhan-y-kien-phan-anh-gop-y-cua-cu-tri-thong-qua-cong-thong-tin-1022/'
const KH_130 = 'Kế hoạch 130/KH-UBND ngày 27/6/2025 của UBND tỉnh Thanh Hóa (hethongphapluat.vn)'
const QD_4216 = 'Quyết định 4216/QĐ-UBND ngày 06/10/2020 của UBND tỉnh Thanh Hóa (hethongphapluat.com)'
const NQ_1686 = 'Nghị quyết 1686/NQ-UBTVQH15 ngày 16/6/2025, Điều 1 khoản 146'
const KIENTHUC_DAI_HOI = 'kienthuc.net.vn/thu-tuong-pham-minh-chinh-du-dai-hoi-dang-bo-tinh-thanh-hoa-lan-thu-xx-post1577213.html'
const VNECONOMY_DAI_HOI = 'vneconomy.vn/thanh-hoa-hop-bao-thong-tin-ve-dai-hoi-dang-bo-tinh-lan-thu-xx.htm (11/10/2025)'
const PLO_DAI_HOI = 'plo.vn/toan-canh-phien-tru-bi-dai-hoi-dai-bieu-dang-bo-tinh-thanh-hoa-lan-thu-xx-post875437.html (14/10/2025)'
const BTH_HAI_CAP = 'baothanhhoa.vn/dam-bao-thong-suot-thong-tin-phuc-vu-van-hanh-chinh-quyen-dia-phuong-2-cap-253648.htm'
const BAOMOI_CONG_DAN_SO = 'baomoi.net.vn/xay-dung-he-sinh-thai-cong-dan-so-hoan-chinh-dong-bo-c51540404.epi'
const HA_TANG_SO = 'tracuuquyhoach.com/tin-tuc/thanh-hoa-tap-trung-hoan-thien-ha-tang-so-52755612'
const NHANDAN_CDS = 'nhandan.vn/dong-luc-chuyen-doi-so-o-thanh-hoa-post777808.html'

const Y2025 = 'hai nghìn không trăm hai mươi lăm'
const Y2030 = 'hai nghìn không trăm ba mươi'

export const SPOKEN_SENTENCES: SpokenCase[] = [
  {
    source: BTH_BAO_SO_5_2025,
    written: 'Sóng biển cao 5-7m, vùng gần tâm bão cao 8-10m.',
    spoken: 'Sóng biển cao năm đến bảy mét, vùng gần tâm bão cao tám đến mười mét.',
  },
  {
    source: BTH_BAO_SO_5_2025,
    written: 'Do tác động của bão số 5, dự báo vùng biển Thanh Hóa có gió mạnh cấp 7 đến cấp 9, tăng lên cấp 10-11, vùng gần tâm bão cấp 12-14, giật cấp 16.',
    spoken:
      'Do tác động của bão số năm, dự báo vùng biển Thanh Hóa có gió mạnh cấp bảy đến cấp chín, tăng lên cấp mười đến mười một, vùng gần tâm bão cấp mười hai đến mười bốn, giật cấp mười sáu.',
  },
  {
    source: BTH_BAO_SO_5_2025,
    written:
      'Theo Trung tâm Dự báo khí tượng thuỷ văn quốc gia, hồi 13 giờ ngày 24/8, tâm bão số 5 ở 17,4 độ Vĩ Bắc, 110,3 độ Kinh Đông, trên vùng biển phía Tây Bắc đặc khu Hoàng Sa; cách Nghệ An 520km, Hà Tĩnh 500km, Bắc Quảng Trị 430km.',
    spoken:
      'Theo Trung tâm Dự báo khí tượng thuỷ văn quốc gia, hồi mười ba giờ ngày hai mươi tư tháng tám, tâm bão số năm ở mười bảy phẩy bốn độ Vĩ Bắc, một trăm mười phẩy ba độ Kinh Đông, trên vùng biển phía Tây Bắc đặc khu Hoàng Sa; cách Nghệ An năm trăm hai mươi ki-lô-mét, Hà Tĩnh năm trăm ki-lô-mét, Bắc Quảng Trị bốn trăm ba mươi ki-lô-mét.',
  },
  {
    source: BTH_BAO_SO_5_2025,
    written: 'Sức gió mạnh nhất cấp 13 (134-149km/h), giật cấp 15.',
    spoken: 'Sức gió mạnh nhất cấp mười ba (một trăm ba mươi tư đến một trăm bốn mươi chín ki-lô-mét trên giờ), giật cấp mười lăm.',
  },
  {
    source: BTH_BAO_SO_5_2025,
    written: 'Bão di chuyển theo hướng Tây với tốc độ 20km/h và còn có khả năng mạnh thêm.',
    spoken: 'Bão di chuyển theo hướng Tây với tốc độ hai mươi ki-lô-mét trên giờ và còn có khả năng mạnh thêm.',
  },
  {
    source: BTH_BAO_SO_5_2025,
    written: 'Hồi 1h 25/8: tâm bão ở 17,9 độ Vĩ Bắc, 108,3 độ Kinh Đông (Nam vịnh Bắc Bộ), cách Nghệ An 260km, Hà Tĩnh 230km, Bắc Quảng Trị 180km.',
    spoken:
      'Hồi một giờ ngày hai mươi lăm tháng tám: tâm bão ở mười bảy phẩy chín độ Vĩ Bắc, một trăm linh tám phẩy ba độ Kinh Đông (Nam vịnh Bắc Bộ), cách Nghệ An hai trăm sáu mươi ki-lô-mét, Hà Tĩnh hai trăm ba mươi ki-lô-mét, Bắc Quảng Trị một trăm tám mươi ki-lô-mét.',
  },
  {
    source: BTH_BAO_SO_5_2025,
    written: 'Bản đồ dự báo đường đi của bão số 5 lúc 14h ngày 24/8/2025.',
    spoken: `Bản đồ dự báo đường đi của bão số năm lúc mười bốn giờ ngày hai mươi tư tháng tám năm ${Y2025}.`,
  },
  {
    source: BTH_BAO_SO_4_2022,
    written:
      'Theo bản tin từ Trung tâm dự báo Khí tượng thủy văn Quốc gia, hồi 4 giờ ngày 28-9, vị trí tâm bão số 4 ở khoảng 15,8 độ Vĩ Bắc, 108,1 độ Kinh Đông, trên đất liền khu vực Thừa Thiên Huế - Quảng Ngãi.',
    spoken:
      'Theo bản tin từ Trung tâm dự báo Khí tượng thủy văn Quốc gia, hồi bốn giờ ngày hai mươi tám tháng chín, vị trí tâm bão số bốn ở khoảng mười lăm phẩy tám độ Vĩ Bắc, một trăm linh tám phẩy một độ Kinh Đông, trên đất liền khu vực Thừa Thiên Huế - Quảng Ngãi.',
  },
  {
    source: BTH_BAO_SO_4_2022,
    written: 'Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 10-11 (89-117 km/giờ), giật cấp 13.',
    spoken: 'Sức gió mạnh nhất vùng gần tâm bão mạnh cấp mười đến mười một (tám mươi chín đến một trăm mười bảy ki-lô-mét trên giờ), giật cấp mười ba.',
  },
  {
    source: BTH_BAO_SO_4_2022,
    written: 'Bán kính gió mạnh từ cấp 6, giật từ cấp 8 trở lên khoảng 180 km tính từ tâm bão.',
    spoken: 'Bán kính gió mạnh từ cấp sáu, giật từ cấp tám trở lên khoảng một trăm tám mươi ki-lô-mét tính từ tâm bão.',
  },
  {
    source: BTH_BAO_SO_4_2022,
    written:
      'Tổng lượng mưa cả đợt có khả năng đạt từ 100 đến 200mm, riêng các địa phương thuộc đồng bằng ven biển và phía Nam, Tây Nam của tỉnh như: TX. Nghi Sơn, TP. Thanh Hóa, TP. Sầm Sơn, các huyện Nông Cống, Như Thanh có thể đạt từ 200 đến 300mm.',
    spoken:
      'Tổng lượng mưa cả đợt có khả năng đạt từ một trăm đến hai trăm mi-li-mét, riêng các địa phương thuộc đồng bằng ven biển và phía Nam, Tây Nam của tỉnh như: thị xã Nghi Sơn, thành phố Thanh Hóa, thành phố Sầm Sơn, các huyện Nông Cống, Như Thanh có thể đạt từ hai trăm đến ba trăm mi-li-mét.',
  },
  {
    source: BTH_BAO_SO_4_2022,
    written:
      'Trên vùng biển ven bờ tỉnh Thanh Hóa từ ngày 28-9 có gió mạnh dần lên cấp 6, giật cấp 7, sóng biển cao từ 1,5 đến 2.5 m; ngoài khơi có gió mạnh cấp 7, giật cấp 8, cấp 9, sóng biển cao nhất từ 2,5 đến 3,3 m, biển động mạnh.',
    spoken:
      'Trên vùng biển ven bờ tỉnh Thanh Hóa từ ngày hai mươi tám tháng chín có gió mạnh dần lên cấp sáu, giật cấp bảy, sóng biển cao từ một phẩy năm đến hai phẩy năm mét; ngoài khơi có gió mạnh cấp bảy, giật cấp tám, cấp chín, sóng biển cao nhất từ hai phẩy năm đến ba phẩy ba mét, biển động mạnh.',
  },
  {
    source: BTH_BAO_SO_5_2020,
    written: 'Tổng lượng mưa cả đợt phổ biến 80 - 150mm, riêng khu vực đồng ven biển, phía Nam và Tây nam có nơi đạt từ 150 - 250mm.',
    spoken:
      'Tổng lượng mưa cả đợt phổ biến tám mươi đến một trăm năm mươi mi-li-mét, riêng khu vực đồng ven biển, phía Nam và Tây nam có nơi đạt từ một trăm năm mươi đến hai trăm năm mươi mi-li-mét.',
  },
  {
    source: BTH_BAO_SO_5_2020,
    written: 'Gió Đông bắc mạnh cấp 6, cấp 7, giật trên cấp 8, biển động rất mạnh.',
    spoken: 'Gió Đông bắc mạnh cấp sáu, cấp bảy, giật trên cấp tám, biển động rất mạnh.',
  },
  {
    source: BTH_BAO_SO_2_2020,
    written: 'Trên Biển: Từ chiều tối và đêm nay (1-8) đến ngày 2-8 có gió mạnh cấp 6, cấp 7; sau tăng lên cấp 8, giật cấp 10.',
    spoken: 'Trên Biển: Từ chiều tối và đêm nay (ngày một tháng tám) đến ngày hai tháng tám có gió mạnh cấp sáu, cấp bảy; sau tăng lên cấp tám, giật cấp mười.',
  },
  {
    source: BTH_BAO_SO_2_2020,
    written: 'Mưa to tập trung vào khoảng thời gian từ đêm 1-8 đến ngày 3-8, tổng lượng mưa có khả năng đạt từ 200 – 400 mm, có nơi trên 400 mm.',
    spoken:
      'Mưa to tập trung vào khoảng thời gian từ đêm một tháng tám đến ngày ba tháng tám, tổng lượng mưa có khả năng đạt từ hai trăm đến bốn trăm mi-li-mét, có nơi trên bốn trăm mi-li-mét.',
  },
  {
    source: CONGAN_YAGI,
    written:
      'Theo dự báo, từ ngày 5-6/9, bão YAGI (bão số 3) có thể đạt cấp bão rất mạnh trên vùng biển phía Bắc của khu vực Bắc Biển Đông, vùng gần tâm bão gió mạnh có thể lên tới cấp 14, giật cấp 17, biển động dữ dội.',
    spoken:
      'Theo dự báo, từ ngày năm đến ngày sáu tháng chín, bão YAGI (bão số ba) có thể đạt cấp bão rất mạnh trên vùng biển phía Bắc của khu vực Bắc Biển Đông, vùng gần tâm bão gió mạnh có thể lên tới cấp mười bốn, giật cấp mười bảy, biển động dữ dội.',
  },
  {
    source: CONGAN_YAGI,
    written:
      'Theo Trung tâm Dự báo khí tượng thủy văn Quốc gia, hồi 4 giờ ngày 4/9, vị trí tâm bão ở vào khoảng 18,9 độ Vĩ Bắc; 118 độ Kinh Đông trên vùng biển phía Đông khu vực Bắc Biển Đông.',
    spoken:
      'Theo Trung tâm Dự báo khí tượng thủy văn Quốc gia, hồi bốn giờ ngày bốn tháng chín, vị trí tâm bão ở vào khoảng mười tám phẩy chín độ Vĩ Bắc; một trăm mười tám độ Kinh Đông trên vùng biển phía Đông khu vực Bắc Biển Đông.',
  },
  {
    source: CONGAN_YAGI,
    written: 'Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 11 (103-117 km/h), giật cấp 13, bão di chuyển theo hướng Tây Tây Bắc với tốc độ khoảng 10 km/h.',
    spoken:
      'Sức gió mạnh nhất vùng gần tâm bão mạnh cấp mười một (một trăm linh ba đến một trăm mười bảy ki-lô-mét trên giờ), giật cấp mười ba, bão di chuyển theo hướng Tây Tây Bắc với tốc độ khoảng mười ki-lô-mét trên giờ.',
  },
  {
    source: CONGAN_YAGI,
    written: 'Đến 4 giờ ngày 6/9, bão di chuyển theo hướng Tây Tây Bắc với tốc độ khoảng 10-15 km/h, cách đảo Hải Nam (Trung Quốc) khoảng 230km về phía Đông.',
    spoken:
      'Đến bốn giờ ngày sáu tháng chín, bão di chuyển theo hướng Tây Tây Bắc với tốc độ khoảng mười đến mười lăm ki-lô-mét trên giờ, cách đảo Hải Nam (Trung Quốc) khoảng hai trăm ba mươi ki-lô-mét về phía Đông.',
  },
  {
    source: BAOMOI_CDS_2025,
    written: '90% thủ tục hành chính được cung cấp trực tuyến toàn trình trong năm 2025',
    spoken: `chín mươi phần trăm thủ tục hành chính được cung cấp trực tuyến toàn trình trong năm ${Y2025}`,
  },
  {
    source: BAOMOI_CDS_2025,
    written:
      'UBND tỉnh vừa ban hành kế hoạch chuyển đổi số năm 2025 với hàng loạt chỉ tiêu, trong đó phấn đấu nằm trong top 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số.',
    spoken: `Ủy ban nhân dân tỉnh vừa ban hành kế hoạch chuyển đổi số năm ${Y2025} với hàng loạt chỉ tiêu, trong đó phấn đấu nằm trong top mười tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số.`,
  },
  {
    source: BAOMOI_CDS_2025,
    written:
      'Theo kế hoạch, đến năm 2025, tỉnh đặt mục tiêu 90% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình, với tối thiểu 70% hồ sơ được xử lý trực tuyến và 45% giao dịch thanh toán trực tuyến.',
    spoken: `Theo kế hoạch, đến năm ${Y2025}, tỉnh đặt mục tiêu chín mươi phần trăm thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình, với tối thiểu bảy mươi phần trăm hồ sơ được xử lý trực tuyến và bốn mươi lăm phần trăm giao dịch thanh toán trực tuyến.`,
  },
  {
    source: BAOMOI_CDS_2025,
    written: 'Về hạ tầng số, tỉnh sẽ triển khai mạng di động 5G tại TP Thanh Hóa, TP Sầm Sơn, Khu Kinh tế Nghi Sơn và các Khu công nghiệp.',
    spoken: 'Về hạ tầng số, tỉnh sẽ triển khai mạng di động năm G tại thành phố Thanh Hóa, thành phố Sầm Sơn, Khu Kinh tế Nghi Sơn và các Khu công nghiệp.',
  },
  {
    source: BAOMOI_CDS_2025,
    written: 'Tỉnh đặt mục tiêu 100% thôn, bản được phủ sóng di động và 100% hộ gia đình có kết nối Internet.',
    spoken: 'Tỉnh đặt mục tiêu một trăm phần trăm thôn, bản được phủ sóng di động và một trăm phần trăm hộ gia đình có kết nối Internet.',
  },
  {
    source: BAOMOI_CDS_2025,
    written: 'Đến cuối năm 2025, toàn tỉnh phấn đấu có 06 huyện, thị xã, thành phố và 300 xã, phường, thị trấn hoàn thành tiêu chí chuyển đổi số.',
    spoken: `Đến cuối năm ${Y2025}, toàn tỉnh phấn đấu có sáu huyện, thị xã, thành phố và ba trăm xã, phường, thị trấn hoàn thành tiêu chí chuyển đổi số.`,
  },
  {
    source: BAOMOI_CDS_2025,
    written: 'Về phát triển kinh tế số, tỉnh đặt mục tiêu tỷ trọng kinh tế số đạt 20% GRDP.',
    spoken: 'Về phát triển kinh tế số, tỉnh đặt mục tiêu tỷ trọng kinh tế số đạt hai mươi phần trăm tổng sản phẩm trên địa bàn.',
  },
  {
    source: BAOMOI_CCHC,
    written:
      "Năm 2025 là năm cuối cùng thực hiện khâu đột phá về 'Đẩy mạnh cải cách hành chính, tạo môi trường đầu tư thông thoáng, hấp dẫn' giai đoạn 2021-2025.",
    spoken: `Năm ${Y2025} là năm cuối cùng thực hiện khâu đột phá về 'Đẩy mạnh cải cách hành chính, tạo môi trường đầu tư thông thoáng, hấp dẫn' giai đoạn hai nghìn không trăm hai mươi mốt đến ${Y2025}.`,
  },
  {
    source: BAOMOI_CCHC,
    written: 'Với sự quyết liệt trong chỉ đạo, điều hành và tổ chức thực hiện, 23 nhiệm vụ đặt ra trong 6 tháng đầu năm đã được hoàn thành.',
    spoken: 'Với sự quyết liệt trong chỉ đạo, điều hành và tổ chức thực hiện, hai mươi ba nhiệm vụ đặt ra trong sáu tháng đầu năm đã được hoàn thành.',
  },
  {
    source: BAOMOI_CCHC,
    written:
      'Bởi thế, ngay từ đầu năm, UBND tỉnh, Chủ tịch UBND tỉnh đã ban hành nhiều kế hoạch để cụ thể hóa và phân công nhiệm vụ cho các ngành, các địa phương.',
    spoken:
      'Bởi thế, ngay từ đầu năm, Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh đã ban hành nhiều kế hoạch để cụ thể hóa và phân công nhiệm vụ cho các ngành, các địa phương.',
  },
  {
    source: BAOMOI_CCHC,
    written:
      'Dù phải thực hiện một khối lượng lớn công việc về sắp xếp tổ chức bộ máy chính quyền địa phương 2 cấp, nhưng các ngành và các huyện, thị xã, thành phố (cũ) luôn đề cao vai trò, trách nhiệm trong chỉ đạo thực hiện nhiệm vụ, không làm gián đoạn việc quản lý, theo dõi, tiếp nhận, giải quyết thủ tục hành chính (TTHC) cho người dân, doanh nghiệp.',
    spoken:
      'Dù phải thực hiện một khối lượng lớn công việc về sắp xếp tổ chức bộ máy chính quyền địa phương hai cấp, nhưng các ngành và các huyện, thị xã, thành phố (cũ) luôn đề cao vai trò, trách nhiệm trong chỉ đạo thực hiện nhiệm vụ, không làm gián đoạn việc quản lý, theo dõi, tiếp nhận, giải quyết thủ tục hành chính (thủ tục hành chính) cho người dân, doanh nghiệp.',
  },
  {
    source: BTH_CCHC,
    written:
      'Cùng với ưu tiên xây dựng 12 cơ sở dữ liệu trọng yếu và chuyên ngành để tiến tới sử dụng số hóa dữ liệu, tỉnh đã phê duyệt dự án nâng cấp, bổ sung trang thiết bị máy chủ tại Trung tâm dữ liệu của tỉnh.',
    spoken:
      'Cùng với ưu tiên xây dựng mười hai cơ sở dữ liệu trọng yếu và chuyên ngành để tiến tới sử dụng số hóa dữ liệu, tỉnh đã phê duyệt dự án nâng cấp, bổ sung trang thiết bị máy chủ tại Trung tâm dữ liệu của tỉnh.',
  },
  {
    source: TIENPHONG_2021,
    written:
      'Cụ thể, 6 tháng đầu năm, tốc độ tăng trưởng tổng sản phẩm trên địa bàn Thanh Hóa (GRDP) ước đạt 8,66%, cao nhất trong các tỉnh Bắc Trung Bộ, đứng thứ 12/63 tỉnh, thành phố trong cả nước.',
    spoken:
      'Cụ thể, sáu tháng đầu năm, tốc độ tăng trưởng tổng sản phẩm trên địa bàn Thanh Hóa (tổng sản phẩm trên địa bàn) ước đạt tám phẩy sáu mươi sáu phần trăm, cao nhất trong các tỉnh Bắc Trung Bộ, đứng thứ mười hai trên sáu mươi ba tỉnh, thành phố trong cả nước.',
  },
  {
    source: TIENPHONG_2021,
    written: 'Trong đó: Nông, lâm nghiệp, thủy sản tăng 3,47%; công nghiệp - xây dựng tăng 12,9%; dịch vụ tăng 7,3%.',
    spoken:
      'Trong đó: Nông, lâm nghiệp, thủy sản tăng ba phẩy bốn mươi bảy phần trăm; công nghiệp - xây dựng tăng mười hai phẩy chín phần trăm; dịch vụ tăng bảy phẩy ba phần trăm.',
  },
  {
    source: TIENPHONG_2021,
    written:
      'Thu ngân sách nhà nước trên địa bàn ước đạt 15.878 tỷ đồng, bằng 60% dự toán năm, tăng 5% so với cùng kỳ; trong đó, thu nội địa ước đạt 10.342 tỷ đồng, bằng 63% dự toán, tăng 16,1%.',
    spoken:
      'Thu ngân sách nhà nước trên địa bàn ước đạt mười lăm nghìn tám trăm bảy mươi tám tỷ đồng, bằng sáu mươi phần trăm dự toán năm, tăng năm phần trăm so với cùng kỳ; trong đó, thu nội địa ước đạt mười nghìn ba trăm bốn mươi hai tỷ đồng, bằng sáu mươi ba phần trăm dự toán, tăng mười sáu phẩy một phần trăm.',
  },
  {
    source: TIENPHONG_2021,
    written: 'Huy động vốn đầu tư phát triển ước đạt 67.950 tỷ đồng, tăng 9,8% so với cùng kỳ.',
    spoken: 'Huy động vốn đầu tư phát triển ước đạt sáu mươi bảy nghìn chín trăm năm mươi tỷ đồng, tăng chín phẩy tám phần trăm so với cùng kỳ.',
  },
  {
    source: THANHNIEN_2024,
    written:
      'Năm 2024, tỉnh Thanh Hóa có nhiều kết quả bứt phá, xếp tốp các tỉnh dẫn đầu cả nước, như: tốc độ tăng trưởng tổng sản phẩm ước đạt 12,16%, vượt kế hoạch và đứng thứ 2 cả nước (sau tỉnh Bắc Giang tăng trưởng 13,85%).',
    spoken:
      'Năm hai nghìn không trăm hai mươi tư, tỉnh Thanh Hóa có nhiều kết quả bứt phá, xếp tốp các tỉnh dẫn đầu cả nước, như: tốc độ tăng trưởng tổng sản phẩm ước đạt mười hai phẩy mười sáu phần trăm, vượt kế hoạch và đứng thứ hai cả nước (sau tỉnh Bắc Giang tăng trưởng mười ba phẩy tám mươi lăm phần trăm).',
  },
  {
    source: THANHNIEN_2024,
    written:
      'Đặc biệt, năm 2024 thu ngân sách nhà nước ước đạt 54.341 tỉ đồng, vượt 52,8% dự toán, tăng 25,9% so với cùng kỳ, cao nhất từ trước đến nay, đứng đầu khu vực Bắc Trung bộ và đứng thứ 8 cả nước.',
    spoken:
      'Đặc biệt, năm hai nghìn không trăm hai mươi tư thu ngân sách nhà nước ước đạt năm mươi tư nghìn ba trăm bốn mươi mốt tỉ đồng, vượt năm mươi hai phẩy tám phần trăm dự toán, tăng hai mươi lăm phẩy chín phần trăm so với cùng kỳ, cao nhất từ trước đến nay, đứng đầu khu vực Bắc Trung bộ và đứng thứ tám cả nước.',
  },
  {
    source: THANHNIEN_2024,
    written: 'Giải ngân đầu tư công do tỉnh quản lý (tính đến ngày 30.11) đạt 10.300 tỉ đồng, bằng 71,3% kế hoạch, cao hơn 6,2% so với cùng kỳ.',
    spoken:
      'Giải ngân đầu tư công do tỉnh quản lý (tính đến ngày ba mươi tháng mười một) đạt mười nghìn ba trăm tỉ đồng, bằng bảy mươi mốt phẩy ba phần trăm kế hoạch, cao hơn sáu phẩy hai phần trăm so với cùng kỳ.',
  },
  {
    source: VNECONOMY_FDI,
    written: 'Trên địa bàn các tỉnh miền Trung hiện có 2.151 dự án FDI còn hiệu lực, với tổng vốn đầu tư đăng ký 60,77 tỷ USD.',
    spoken:
      'Trên địa bàn các tỉnh miền Trung hiện có hai nghìn một trăm năm mươi mốt dự án đầu tư trực tiếp nước ngoài còn hiệu lực, với tổng vốn đầu tư đăng ký sáu mươi phẩy bảy mươi bảy tỷ đô la Mỹ.',
  },
  {
    source: VNECONOMY_FDI,
    written: 'Trong đó, Thanh Hóa là địa phương dẫn đầu với 164 dự án, tổng vốn đăng ký lên tới 14,57 tỷ USD, chiếm 24% tổng vốn đăng ký của cả khu vực.',
    spoken:
      'Trong đó, Thanh Hóa là địa phương dẫn đầu với một trăm sáu mươi tư dự án, tổng vốn đăng ký lên tới mười bốn phẩy năm mươi bảy tỷ đô la Mỹ, chiếm hai mươi tư phần trăm tổng vốn đăng ký của cả khu vực.',
  },
  {
    source: BAONGHEAN_HOTLINE,
    written: 'Tại kỳ họp thứ 11, HĐND tỉnh đã thiết lập 3 đường dây nóng để tiếp nhận các thông tin phản ánh, ý kiến của cử tri gửi đến kỳ họp.',
    spoken:
      'Tại kỳ họp thứ mười một, Hội đồng nhân dân tỉnh đã thiết lập ba đường dây nóng để tiếp nhận các thông tin phản ánh, ý kiến của cử tri gửi đến kỳ họp.',
  },
  {
    source: BAONGHEAN_HOTLINE,
    written: 'Bao gồm: 0383.598828; 0383.5988800; 0383.598747.',
    spoken: 'Bao gồm: không ba tám ba, năm chín tám tám hai tám; không ba tám ba, năm chín tám tám tám không không; không ba tám ba, năm chín tám bảy bốn bảy.',
  },
  {
    source: BAONGHEAN_HOTLINE,
    written: 'Cũng tại kỳ họp, bộ phận tiếp công dân của HĐND đã tiếp 8 công dân đến kiến một số vấn đề liên quan đến các vấn đề xã hội, dân sinh.',
    spoken:
      'Cũng tại kỳ họp, bộ phận tiếp công dân của Hội đồng nhân dân đã tiếp tám công dân đến kiến một số vấn đề liên quan đến các vấn đề xã hội, dân sinh.',
  },
  {
    source: BRVT_HOTLINE,
    written:
      'Theo đó, người dân, doanh nghiệp và tổ chức, cá nhân có thể nhắn tin, gọi điện thoại đến số máy 088.8800.247 hoặc gửi thư điện tử theo địa chỉ email.',
    spoken:
      'Theo đó, người dân, doanh nghiệp và tổ chức, cá nhân có thể nhắn tin, gọi điện thoại đến số máy không tám tám, tám tám không không, hai bốn bảy hoặc gửi thư điện tử theo địa chỉ email.',
  },
  {
    source: DANTRI_HOTLINE,
    written: 'Thành ủy Hà Nội vừa chính thức thành lập đường dây nóng với đầu số cố định là 04.32 818 818.',
    spoken: 'Thành ủy Hà Nội vừa chính thức thành lập đường dây nóng với đầu số cố định là không bốn, ba hai, tám một tám, tám một tám.',
  },
  {
    source: HCMC_1022,
    written:
      'Cử tri trực tiếp gọi điện thoại đến tổng đài 1022 nhấn phím 1 để thông tin nội dung của mình cần phản ánh, kiến nghị đến Hội đồng nhân dân thành phố.',
    spoken:
      'Cử tri trực tiếp gọi điện thoại đến tổng đài một không hai hai nhấn phím một để thông tin nội dung của mình cần phản ánh, kiến nghị đến Hội đồng nhân dân thành phố.',
  },
  {
    source: HCMC_1022,
    written:
      'Thường trực Hội đồng nhân dân thành phố khóa X triển khai kênh tiếp nhận thông tin phản ánh của cử tri qua tổng đài 1022 kể từ 0 giờ ngày 16 tháng 7 năm 2021.',
    spoken:
      'Thường trực Hội đồng nhân dân thành phố khóa mười triển khai kênh tiếp nhận thông tin phản ánh của cử tri qua tổng đài một không hai hai kể từ không giờ ngày mười sáu tháng bảy năm hai nghìn không trăm hai mươi mốt.',
  },
  {
    source: KH_130,
    written:
      'Thực hiện Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số” (sau đây viết tắt là Phong trào thi đua), Ủy ban nhân dân tỉnh Thanh Hóa ban hành Kế hoạch triển khai Phong trào thi đua trên địa bàn tỉnh như sau:',
    spoken: `Thực hiện Quyết định số chín trăm hai mươi ba ngày mười bốn tháng năm năm ${Y2025} của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số” (sau đây viết tắt là Phong trào thi đua), Ủy ban nhân dân tỉnh Thanh Hóa ban hành Kế hoạch triển khai Phong trào thi đua trên địa bàn tỉnh như sau:`,
  },
  {
    source: QD_4216,
    written:
      'Căn cứ Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019-2020, định hướng đến năm 2025;',
    spoken: `Căn cứ Nghị quyết số mười bảy ngày bảy tháng ba năm hai nghìn không trăm mười chín của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn hai nghìn không trăm mười chín đến hai nghìn không trăm hai mươi, định hướng đến năm ${Y2025};`,
  },
  {
    source: QD_4216,
    written:
      'Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt "Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030";',
    spoken: `Căn cứ Quyết định số bảy trăm bốn mươi chín ngày ba tháng sáu năm hai nghìn không trăm hai mươi của Thủ tướng Chính phủ phê duyệt "Chương trình Chuyển đổi số quốc gia đến năm ${Y2025}, định hướng đến năm ${Y2030}";`,
  },
  {
    source: QD_4216,
    written:
      'Theo đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 1342/TTr-STTTT ngày 31/7/2020 về việc ban hành Kế hoạch chuyển đổi số trên địa bàn tỉnh Thanh Hóa đến năm 2025, định hướng đến năm 2030.',
    spoken: `Theo đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số một nghìn ba trăm bốn mươi hai của Sở Thông tin và Truyền thông ngày ba mươi mốt tháng bảy năm hai nghìn không trăm hai mươi về việc ban hành Kế hoạch chuyển đổi số trên địa bàn tỉnh Thanh Hóa đến năm ${Y2025}, định hướng đến năm ${Y2030}.`,
  },
  {
    source: QD_4216,
    written: 'Căn cứ Luật tổ chức chính quyền địa phương ngày 19/6/2015;',
    spoken: 'Căn cứ Luật tổ chức chính quyền địa phương ngày mười chín tháng sáu năm hai nghìn không trăm mười lăm;',
  },
  {
    source: NQ_1686,
    written:
      'Sau khi sắp xếp, tỉnh Thanh Hóa có 166 đơn vị hành chính cấp xã, gồm 147 xã và 19 phường; trong đó có 126 xã, 19 phường hình thành sau sắp xếp quy định tại Điều này và 21 xã không thực hiện sắp xếp.',
    spoken:
      'Sau khi sắp xếp, tỉnh Thanh Hóa có một trăm sáu mươi sáu đơn vị hành chính cấp xã, gồm một trăm bốn mươi bảy xã và mười chín phường; trong đó có một trăm hai mươi sáu xã, mười chín phường hình thành sau sắp xếp quy định tại Điều này và hai mươi mốt xã không thực hiện sắp xếp.',
  },
  {
    source: KIENTHUC_DAI_HOI,
    written: 'Dự Đại hội đại biểu Đảng bộ tỉnh Thanh Hoá lần thứ XX, nhiệm kỳ 2025-2030 có 487 đại biểu chính thức và 250 đại biểu khách mời.',
    spoken: `Dự Đại hội đại biểu Đảng bộ tỉnh Thanh Hoá lần thứ hai mươi, nhiệm kỳ ${Y2025} đến ${Y2030} có bốn trăm tám mươi bảy đại biểu chính thức và hai trăm năm mươi đại biểu khách mời.`,
  },
  {
    source: KIENTHUC_DAI_HOI,
    written:
      'Sáng 15/10, tại Trung tâm Hội nghị 25B (phường Hạc Thành), Đảng bộ tỉnh Thanh Hóa khai mạc trọng thể Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030.',
    spoken: `Sáng mười lăm tháng mười, tại Trung tâm Hội nghị hai mươi lăm B (phường Hạc Thành), Đảng bộ tỉnh Thanh Hóa khai mạc trọng thể Đại hội đại biểu Đảng bộ tỉnh lần thứ hai mươi, nhiệm kỳ ${Y2025} đến ${Y2030}.`,
  },
  {
    source: KIENTHUC_DAI_HOI,
    written:
      'Đại hội thực hiện đầy đủ 4 nội dung quan trọng theo đúng tinh thần Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
    spoken: `Đại hội thực hiện đầy đủ bốn nội dung quan trọng theo đúng tinh thần Chỉ thị số bốn mươi lăm ngày mười bốn tháng tư năm ${Y2025} của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ mười bốn của Đảng.`,
  },
  {
    source: VNECONOMY_DAI_HOI,
    written: 'Chiều 10/10, tỉnh Thanh Hóa tổ chức họp báo thông tin về Đại hội đại biểu Đảng bộ tỉnh lần thứ XX.',
    spoken: 'Chiều mười tháng mười, tỉnh Thanh Hóa tổ chức họp báo thông tin về Đại hội đại biểu Đảng bộ tỉnh lần thứ hai mươi.',
  },
  {
    source: VNECONOMY_DAI_HOI,
    written: 'Đại hội dự kiến diễn ra từ ngày 14 đến 16/10 với 750 đại biểu tham dự.',
    spoken: 'Đại hội dự kiến diễn ra từ ngày mười bốn đến ngày mười sáu tháng mười với bảy trăm năm mươi đại biểu tham dự.',
  },
  {
    source: VNECONOMY_DAI_HOI,
    written: 'Đại hội có 750 đại biểu tham dự, trong đó 487 đại biểu chính thức, đại diện cho hơn 242.000 đảng viên toàn Đảng bộ tỉnh.',
    spoken:
      'Đại hội có bảy trăm năm mươi đại biểu tham dự, trong đó bốn trăm tám mươi bảy đại biểu chính thức, đại diện cho hơn hai trăm bốn mươi hai nghìn đảng viên toàn Đảng bộ tỉnh.',
  },
  {
    source: VNECONOMY_DAI_HOI,
    written:
      'Ông Nguyễn Văn Hùng thông tin, tại Đại hội sẽ tiến hành bầu Ban Chấp hành Đảng bộ tỉnh khóa XX gồm 69 thành viên và Ban Thường vụ Tỉnh ủy gồm 15 thành viên, đồng thời bầu đoàn đại biểu dự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
    spoken:
      'Ông Nguyễn Văn Hùng thông tin, tại Đại hội sẽ tiến hành bầu Ban Chấp hành Đảng bộ tỉnh khóa hai mươi gồm sáu mươi chín thành viên và Ban Thường vụ Tỉnh ủy gồm mười lăm thành viên, đồng thời bầu đoàn đại biểu dự Đại hội đại biểu toàn quốc lần thứ mười bốn của Đảng.',
  },
  {
    source: PLO_DAI_HOI,
    written: 'Sáng 14-10, Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ 2025-2030, tiến hành phiên họp trù bị.',
    spoken: `Sáng mười bốn tháng mười, Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ hai mươi, nhiệm kỳ ${Y2025} đến ${Y2030}, tiến hành phiên họp trù bị.`,
  },
  {
    source: PLO_DAI_HOI,
    written: 'Kiểm điểm công tác lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ tỉnh khóa XIX, nhiệm kỳ 2020 - 2025.',
    spoken: `Kiểm điểm công tác lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ tỉnh khóa mười chín, nhiệm kỳ hai nghìn không trăm hai mươi đến ${Y2025}.`,
  },
  {
    source: BTH_HAI_CAP,
    written:
      'Đối với cấp xã, đã tổ chức trên 4.000 tổ Công nghệ số cộng đồng với trên 15.000 thành viên; thành lập 166 tổ hỗ trợ kỹ thuật với 1.179 thành viên.',
    spoken:
      'Đối với cấp xã, đã tổ chức trên bốn nghìn tổ Công nghệ số cộng đồng với trên mười lăm nghìn thành viên; thành lập một trăm sáu mươi sáu tổ hỗ trợ kỹ thuật với một nghìn một trăm bảy mươi chín thành viên.',
  },
  {
    source: BTH_HAI_CAP,
    written:
      'Đồng thời, thiết lập trên 7.000 tài khoản người dùng, mã định danh cho 166 xã phường mới; tổ chức tập huấn sử dụng phần mềm cho 100% cán bộ Trung tâm phục vụ hành chính công các cấp.',
    spoken:
      'Đồng thời, thiết lập trên bảy nghìn tài khoản người dùng, mã định danh cho một trăm sáu mươi sáu xã phường mới; tổ chức tập huấn sử dụng phần mềm cho một trăm phần trăm cán bộ Trung tâm phục vụ hành chính công các cấp.',
  },
  {
    source: BTH_HAI_CAP,
    written:
      'Đảm bảo an toàn an ninh thông tin cho các nền tảng, hệ thống thông tin quan trọng của tỉnh khi đi vào hoạt động theo mô hình tổ chức chính quyền mới từ ngày 1/7/2025.',
    spoken: `Đảm bảo an toàn an ninh thông tin cho các nền tảng, hệ thống thông tin quan trọng của tỉnh khi đi vào hoạt động theo mô hình tổ chức chính quyền mới từ ngày một tháng bảy năm ${Y2025}.`,
  },
  {
    source: BAOMOI_CONG_DAN_SO,
    written:
      'Trong bối cảnh chuyển đổi số (CĐS) đang trở thành xu thế tất yếu trên toàn cầu, việc xây dựng hệ sinh thái công dân số đóng vai trò quan trọng trong nâng cao chất lượng cuộc sống và thúc đẩy phát triển kinh tế - xã hội.',
    spoken:
      'Trong bối cảnh chuyển đổi số (chuyển đổi số) đang trở thành xu thế tất yếu trên toàn cầu, việc xây dựng hệ sinh thái công dân số đóng vai trò quan trọng trong nâng cao chất lượng cuộc sống và thúc đẩy phát triển kinh tế - xã hội.',
  },
  {
    source: BAOMOI_CONG_DAN_SO,
    written:
      'Thanh Hóa đã tích cực triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ CĐS quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030.',
    spoken: `Thanh Hóa đã tích cực triển khai Đề án không sáu về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn hai nghìn không trăm hai mươi hai đến ${Y2025}, tầm nhìn đến năm ${Y2030}.`,
  },
  {
    source: BAOMOI_CONG_DAN_SO,
    written: 'Đến nay, tỉnh đã kích hoạt hơn 1,3 triệu tài khoản định danh điện tử, đạt 156% chỉ tiêu do Bộ Công an giao.',
    spoken: 'Đến nay, tỉnh đã kích hoạt hơn một phẩy ba triệu tài khoản định danh điện tử, đạt một trăm năm mươi sáu phần trăm chỉ tiêu do Bộ Công an giao.',
  },
  {
    source: HA_TANG_SO,
    written:
      'Chị Ngô Thị Trang đến làm thủ tục sang tên Giấy chứng nhận sử dụng hơn 60 m2 đất thổ cư ở phố Trương Hán Siêu, phường Hạc Thành cho biết, chị hài lòng với tinh thần, thái độ phục vụ của cán bộ và các bộ phận liên quan.',
    spoken:
      'Chị Ngô Thị Trang đến làm thủ tục sang tên Giấy chứng nhận sử dụng hơn sáu mươi mét vuông đất thổ cư ở phố Trương Hán Siêu, phường Hạc Thành cho biết, chị hài lòng với tinh thần, thái độ phục vụ của cán bộ và các bộ phận liên quan.',
  },
  {
    source: HA_TANG_SO,
    written: 'Cơ quan công an đã cấp tài khoản định danh điện tử cho 2.780.450 người dân, trong đó có 2.345.435 tài khoản mức độ 2.',
    spoken:
      'Cơ quan công an đã cấp tài khoản định danh điện tử cho hai triệu bảy trăm tám mươi nghìn bốn trăm năm mươi người dân, trong đó có hai triệu ba trăm bốn mươi lăm nghìn bốn trăm ba mươi lăm tài khoản mức độ hai.',
  },
  {
    source: NHANDAN_CDS,
    written:
      'Hè năm 2023, Đoàn thanh niên tỉnh Thanh Hóa phối hợp Ban Tuyên giáo Thành ủy, Phòng Văn hóa- thông tin Ủy ban nhân dân thành phố Sầm Sơn cùng nhà tài trợ xây dựng hệ thống dữ liệu hình ảnh, biên soạn, cập nhật thông tin giới thiệu về 8 di tích, danh thắng quốc gia trên địa bàn thành phố Sầm Sơn, quảng bá các giá trị di sản.',
    spoken:
      'Hè năm hai nghìn không trăm hai mươi ba, Đoàn thanh niên tỉnh Thanh Hóa phối hợp Ban Tuyên giáo Thành ủy, Phòng Văn hóa- thông tin Ủy ban nhân dân thành phố Sầm Sơn cùng nhà tài trợ xây dựng hệ thống dữ liệu hình ảnh, biên soạn, cập nhật thông tin giới thiệu về tám di tích, danh thắng quốc gia trên địa bàn thành phố Sầm Sơn, quảng bá các giá trị di sản.',
  },
  {
    source: NHANDAN_CDS,
    written: 'Đoàn thanh niên niêm yết mã QR cho du khách quét, truy cập, trải nghiệm thực tế ảo 360 độ về các di tích, danh thắng ở Sầm Sơn.',
    spoken: 'Đoàn thanh niên niêm yết mã QR cho du khách quét, truy cập, trải nghiệm thực tế ảo ba trăm sáu mươi độ về các di tích, danh thắng ở Sầm Sơn.',
  },
]
