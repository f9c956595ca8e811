import type { AlertTemplateSeed } from '../types.js'

/**
 * The four alerts a province's loudspeakers most often carry, as Vietnamese skeletons to be
 * filled in. The wording follows the shape of the warnings communes read out (what, where,
 * when, what to do, whom to call); a province edits them in the admin.
 */
export const DEFAULT_ALERT_TEMPLATES: AlertTemplateSeed[] = [
  {
    name: 'Cảnh báo bão',
    hazard: 'storm',
    titleTemplate: 'Khẩn cấp: ứng phó bão {tenBao}',
    scriptTemplate:
      'Thông báo khẩn. Bão {tenBao} dự kiến ảnh hưởng trực tiếp đến địa phương từ {thoiGian}, gió mạnh cấp {capGio}. ' +
      'Đề nghị bà con chằng chống nhà cửa, đưa tàu thuyền vào nơi tránh trú an toàn, không ra khơi và không ở trong chòi canh. ' +
      '{huongDan} Khi cần hỗ trợ, gọi {dienThoai}.',
    fields: [
      { key: 'tenBao', label: 'Tên bão', required: true },
      { key: 'thoiGian', label: 'Thời gian ảnh hưởng', required: true },
      { key: 'capGio', label: 'Cấp gió', required: true },
      { key: 'huongDan', label: 'Hướng dẫn thêm', required: false },
      { key: 'dienThoai', label: 'Số điện thoại hỗ trợ', required: true },
    ],
  },
  {
    name: 'Cảnh báo lũ, ngập lụt',
    hazard: 'flood',
    titleTemplate: 'Khẩn cấp: lũ trên {song}',
    scriptTemplate:
      'Thông báo khẩn. Mực nước {song} đang lên nhanh, dự kiến đạt {mucNuoc} vào {thoiGian}. ' +
      'Đề nghị bà con vùng trũng thấp và ven sông di chuyển người, tài sản đến nơi cao, không qua ngầm, tràn đang có nước chảy xiết. ' +
      '{huongDan} Khi cần hỗ trợ, gọi {dienThoai}.',
    fields: [
      { key: 'song', label: 'Sông', required: true },
      { key: 'mucNuoc', label: 'Mực nước dự kiến', required: true },
      { key: 'thoiGian', label: 'Thời gian', required: true },
      { key: 'huongDan', label: 'Hướng dẫn thêm', required: false },
      { key: 'dienThoai', label: 'Số điện thoại hỗ trợ', required: true },
    ],
  },
  {
    name: 'Cảnh báo cháy',
    hazard: 'fire',
    titleTemplate: 'Khẩn cấp: cháy tại {diaDiem}',
    scriptTemplate:
      'Thông báo khẩn. Đang xảy ra cháy tại {diaDiem}. Đề nghị bà con khu vực lân cận giữ khoảng cách an toàn, ' +
      'nhường đường cho lực lượng chữa cháy và không tụ tập tại hiện trường. {huongDan} Báo cháy, gọi 114 hoặc {dienThoai}.',
    fields: [
      { key: 'diaDiem', label: 'Địa điểm', required: true },
      { key: 'huongDan', label: 'Hướng dẫn thêm', required: false },
      { key: 'dienThoai', label: 'Số điện thoại địa phương', required: true },
    ],
  },
  {
    name: 'Cảnh báo dịch bệnh',
    hazard: 'epidemic',
    titleTemplate: 'Khẩn cấp: phòng, chống dịch {tenBenh}',
    scriptTemplate:
      'Thông báo khẩn. Trên địa bàn đã ghi nhận {soCa} ca mắc {tenBenh}. Đề nghị bà con {bienPhap}. ' +
      'Khi có triệu chứng, đến ngay trạm y tế gần nhất hoặc gọi {dienThoai}.',
    fields: [
      { key: 'tenBenh', label: 'Tên bệnh', required: true },
      { key: 'soCa', label: 'Số ca mắc', required: true },
      { key: 'bienPhap', label: 'Biện pháp phòng bệnh', required: true },
      { key: 'dienThoai', label: 'Số điện thoại trạm y tế', required: true },
    ],
  },
]
