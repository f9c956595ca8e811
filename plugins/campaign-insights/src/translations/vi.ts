/** Vietnamese strings of the admin components. */
export const vi = {
  tab: 'Tổng quan & báo cáo',
  forbidden: 'Bạn không có quyền xem số liệu của chiến dịch này.',
}
