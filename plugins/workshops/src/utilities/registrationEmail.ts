/**
 * The registrant's e-mails, in Vietnamese (an English line at the end): confirmation and
 * promotion carry the workshop as an .ics with the same UID as the public calendar's event.
 */
import type { RegistrationDoc, RegistrationEmailKind, WorkshopDoc } from '../types.js'

import { buildWorkshopCalendar, formatVietnameseDateTime } from '@loa/helpers'

const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' }
const escape = (value: unknown): string => String(value ?? '').replace(/["&'<>]/g, (c) => ESCAPES[c] as string)

export type RegistrationEmail = {
  to: string
  subject: string
  text: string
  html: string
  attachments: Array<{ filename: string; content: string; contentType: string }>
}

const HEADLINES: Record<RegistrationEmailKind, { subject: string; lead: string; english: string }> = {
  confirmed: {
    subject: 'Xác nhận đăng ký',
    lead: 'Đăng ký tham dự của anh/chị đã được xác nhận.',
    english: 'Your registration is confirmed. The calendar entry is attached.',
  },
  waitlisted: {
    subject: 'Đã vào danh sách chờ',
    lead: 'Hội thảo hiện đã đủ chỗ. Anh/chị đang ở danh sách chờ; chúng tôi sẽ báo ngay khi có chỗ trống.',
    english: 'The workshop is full; you are on the waiting list and will be e-mailed if a seat frees up.',
  },
  promoted: {
    subject: 'Đã có chỗ cho anh/chị',
    lead: 'Một chỗ vừa được nhường lại: đăng ký của anh/chị đã chuyển từ danh sách chờ sang đã xác nhận.',
    english: 'A seat became free: your registration moved from the waiting list to confirmed. The calendar entry is attached.',
  },
}

export const buildRegistrationEmail = ({
  cancelUrl,
  kind,
  registration,
  serverURL,
  workshop,
}: {
  cancelUrl: string
  kind: RegistrationEmailKind
  registration: RegistrationDoc
  serverURL?: string
  workshop: WorkshopDoc
}): RegistrationEmail => {
  const headline = HEADLINES[kind]
  const title = workshop.title ?? ''
  const details: Array<[string, string]> = [
    ['Hội thảo', title],
    ['Bắt đầu', formatVietnameseDateTime(workshop.startsAt)],
    ['Kết thúc', formatVietnameseDateTime(workshop.endsAt)],
  ]
  if (workshop.venue) details.push(['Địa điểm', workshop.venue])
  if (workshop.onlineUrl) details.push(['Tham gia trực tuyến', workshop.onlineUrl])
  if (workshop.organizer) details.push(['Đơn vị tổ chức', workshop.organizer])

  const text = [
    `Kính gửi ${registration.fullName},`,
    '',
    headline.lead,
    '',
    ...details.map(([label, value]) => `${label}: ${value}`),
    '',
    `Nếu không thể tham dự, vui lòng huỷ đăng ký tại: ${cancelUrl}`,
    '',
    headline.english,
    `To cancel: ${cancelUrl}`,
  ].join('\n')

  const html = [
    `<p>Kính gửi ${escape(registration.fullName)},</p>`,
    `<p>${escape(headline.lead)}</p>`,
    '<table cellpadding="4">',
    ...details.map(([label, value]) => `<tr><th align="left">${escape(label)}</th><td>${escape(value)}</td></tr>`),
    '</table>',
    `<p>Nếu không thể tham dự, vui lòng <a href="${escape(cancelUrl)}">huỷ đăng ký</a>.</p>`,
    `<p lang="en"><small>${escape(headline.english)} <a href="${escape(cancelUrl)}">Cancel</a>.</small></p>`,
  ].join('\n')

  const attachments =
    kind === 'waitlisted'
      ? []
      : [
          {
            filename: 'hoi-thao.ics',
            content: buildWorkshopCalendar({ workshops: [workshop], serverURL }),
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          },
        ]

  return { to: registration.email, subject: `${headline.subject}: ${title}`, text, html, attachments }
}

/** The link that cancels a registration (it asks before it cancels). */
export const cancelUrlFor = ({
  apiRoute,
  registrationsSlug,
  serverURL,
  token,
}: {
  apiRoute: string
  registrationsSlug: string
  serverURL?: string
  token: string
}): string => `${(serverURL ?? '').replace(/\/$/, '')}${apiRoute}/${registrationsSlug}/cancel?token=${encodeURIComponent(token)}`
