/**
 * The demo content: Thanh Hoá's 2024 digital-transformation awareness pillar, in Vietnamese.
 * Plain data; seedDemoContent.ts writes it.
 */
export const DEMO_PASSWORD = 'LoaDemo!2024'

export const DEMO_USERS = [
  { email: 'admin@loa.local', displayName: 'Quản trị hệ thống', roles: ['admin'], unit: 'Sở Thông tin và Truyền thông' },
  { email: 'manager@loa.local', displayName: 'Lê Thị Quản Lý', roles: ['manager'], unit: 'Sở Thông tin và Truyền thông' },
  { email: 'editor@loa.local', displayName: 'Nguyễn Văn Biên Tập', roles: ['editor'], unit: 'Báo Thanh Hóa' },
  { email: 'reviewer@loa.local', displayName: 'Trần Thị Duyệt', roles: ['reviewer'], unit: 'Văn phòng UBND tỉnh' },
] as const

export const DEMO_CAMPAIGN = {
  code: 'CDS-TH-2024',
  name: 'Đẩy mạnh công tác truyền thông, nâng cao nhận thức, kỹ năng số — Thanh Hoá 2024',
  pillar: 'Giải pháp 1: Truyền thông, nâng cao nhận thức và kỹ năng số',
  objectives:
    'Nâng cao nhận thức của cán bộ, công chức, viên chức, người dân và doanh nghiệp về chuyển đổi số; phổ cập kỹ năng số; ' +
    'hình thành thói quen sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và nền tảng số.',
  status: 'active',
  period: { start: '2024-01-01T00:00:00+07:00', end: '2026-12-31T23:59:00+07:00' },
  audiences: ['officials', 'citizens', 'businesses', 'students'],
  // metric: what the campaign-insights plugin counts; label: how the province names the target.
  kpis: [
    { metric: 'publishedItems' as const, label: 'Tin bài được xuất bản', target: 120, unit: 'tin bài' },
    { metric: 'portalsReached' as const, label: 'Cổng thông tin nhận bài', target: 30, unit: 'cổng' },
    { metric: 'workshopsHeld' as const, label: 'Hội thảo, tập huấn được tổ chức', target: 12, unit: 'buổi' },
    { metric: 'attendance' as const, label: 'Người được tập huấn kỹ năng số', target: 2000, unit: 'người' },
    {
      metric: 'manual' as const,
      label: 'Cán bộ, công chức được phổ biến về chuyển đổi số (hội nghị trực tiếp)',
      target: 5000,
      unit: 'người',
      manualValues: [{ value: 1250, at: '2024-10-15T00:00:00+07:00', note: 'Hội nghị trực tuyến toàn tỉnh quý IV/2024' }],
    },
  ],
}

type DemoItem = {
  slug: string
  title: string
  summary: string
  paragraphs: string[]
  topics: string[]
  audiences: string[]
  isPublished: boolean
  publishedAt?: string
}

export const DEMO_REPORTS: Array<DemoItem & { kind: string; source?: string }> = [
  {
    slug: 'thanh-hoa-day-manh-chuyen-doi-so-2024',
    title: 'Thanh Hoá đẩy mạnh chuyển đổi số trong năm 2024',
    summary: 'Tỉnh đặt mục tiêu đưa chuyển đổi số đến từng thôn, bản, từng hộ gia đình thông qua tổ công nghệ số cộng đồng.',
    paragraphs: [
      'Năm 2024, Thanh Hoá xác định truyền thông, nâng cao nhận thức và kỹ năng số là giải pháp đầu tiên của chương trình chuyển đổi số.',
      '## Tổ công nghệ số cộng đồng',
      'Hơn 4.000 tổ công nghệ số cộng đồng đã được thành lập, hướng dẫn người dân cài đặt VNeID và sử dụng dịch vụ công trực tuyến.',
    ],
    topics: ['chuyển đổi số', 'chính quyền số'],
    audiences: ['officials', 'citizens'],
    kind: 'reportage',
    source: 'Sở Thông tin và Truyền thông',
    isPublished: true,
    publishedAt: '2024-10-05T06:05:00Z',
  },
  {
    slug: 'dich-vu-cong-truc-tuyen-toan-trinh',
    title: 'Người dân Thọ Xuân quen dần với dịch vụ công trực tuyến toàn trình',
    summary: 'Tỷ lệ hồ sơ nộp trực tuyến tại bộ phận một cửa huyện Thọ Xuân tăng gấp đôi sau một năm.',
    paragraphs: [
      'Tại bộ phận một cửa, cán bộ hướng dẫn từng bước để người dân tự nộp hồ sơ trên Cổng dịch vụ công quốc gia.',
      'Nhiều thủ tục như đăng ký khai sinh, cấp phiếu lý lịch tư pháp đã được thực hiện hoàn toàn trực tuyến.',
    ],
    topics: ['dịch vụ công', 'xã hội số'],
    audiences: ['citizens'],
    kind: 'news',
    isPublished: true,
    publishedAt: '2024-10-12T02:30:00Z',
  },
  {
    slug: 'thanh-toan-khong-dung-tien-mat-cho-que',
    title: 'Thanh toán không dùng tiền mặt ở chợ quê Hoằng Hoá',
    summary: 'Tiểu thương chợ Bút Sơn treo mã QR, người mua quét mã thanh toán chỉ trong vài giây.',
    paragraphs: ['Phóng sự ảnh ghi lại một buổi sáng ở chợ Bút Sơn, nơi hơn 80% quầy hàng đã có mã QR.'],
    topics: ['kinh tế số', 'thanh toán số'],
    audiences: ['citizens', 'businesses'],
    kind: 'photo',
    isPublished: false,
  },
]

export const DEMO_FEATURES: Array<DemoItem & { column: string }> = [
  {
    slug: 'hieu-dung-ve-chinh-quyen-so',
    title: 'Hiểu đúng về chính quyền số',
    summary: 'Chính quyền số không chỉ là đưa thủ tục lên mạng, mà là thay đổi cách chính quyền phục vụ người dân.',
    paragraphs: [
      'Chuyên mục "Chuyển đổi số — hỏi và đáp" kỳ này giải thích chính quyền số là gì và người dân được gì.',
      'Chính quyền số vận hành dựa trên dữ liệu, ra quyết định nhanh hơn và minh bạch hơn.',
    ],
    topics: ['chính quyền số'],
    audiences: ['officials', 'citizens'],
    column: 'Chuyển đổi số — hỏi và đáp',
    isPublished: true,
    publishedAt: '2024-10-08T01:00:00Z',
  },
  {
    slug: 'ky-nang-so-cho-hoc-sinh',
    title: 'Kỹ năng số cho học sinh: an toàn trên không gian mạng',
    summary: 'Những điều học sinh cần biết để tự bảo vệ mình trên mạng xã hội.',
    paragraphs: ['Mật khẩu mạnh, xác thực hai lớp và cảnh giác với đường link lạ là ba thói quen đầu tiên.'],
    topics: ['kỹ năng số', 'an toàn thông tin'],
    audiences: ['students'],
    column: 'Công dân số',
    isPublished: false,
  },
]

export const DEMO_WORKSHOPS: Array<
  DemoItem & { kind: string; startsAt: string; endsAt: string; venue: string; organizer: string; capacity: number; onlineUrl?: string }
> = [
  {
    slug: 'tap-huan-ky-nang-so-can-bo-xa',
    title: 'Tập huấn kỹ năng số cho cán bộ cấp xã',
    summary: 'Hai buổi tập huấn về chữ ký số, hồ sơ điện tử và khai thác cơ sở dữ liệu dân cư.',
    paragraphs: ['Học viên thực hành trực tiếp trên máy tính, mỗi người một chữ ký số.'],
    topics: ['kỹ năng số'],
    audiences: ['officials'],
    kind: 'training',
    startsAt: '2026-12-15T08:00:00+07:00',
    endsAt: '2026-12-15T16:30:00+07:00',
    venue: 'Hội trường Trung tâm Hành chính công tỉnh, 28 Đại lộ Lê Lợi, TP Thanh Hoá',
    organizer: 'Sở Thông tin và Truyền thông Thanh Hoá',
    capacity: 60,
    isPublished: true,
    publishedAt: '2024-11-01T02:00:00Z',
  },
  {
    slug: 'hoi-thao-chuyen-doi-so-doanh-nghiep',
    title: 'Hội thảo: Chuyển đổi số cho doanh nghiệp nhỏ và vừa',
    summary: 'Chia sẻ kinh nghiệm dùng hoá đơn điện tử, sàn thương mại điện tử và phần mềm kế toán đám mây.',
    paragraphs: ['Hội thảo kết hợp trực tiếp và trực tuyến, có phiên hỏi đáp với chuyên gia.'],
    topics: ['kinh tế số', 'doanh nghiệp số'],
    audiences: ['businesses'],
    kind: 'seminar',
    startsAt: '2027-01-10T14:00:00+07:00',
    endsAt: '2027-01-10T17:00:00+07:00',
    venue: 'Trung tâm Hội nghị tỉnh Thanh Hoá',
    onlineUrl: 'https://meet.thanhhoa.gov.vn/hoi-thao-dn',
    organizer: 'Hiệp hội Doanh nghiệp tỉnh Thanh Hoá',
    capacity: 150,
    isPublished: false,
  },
]
