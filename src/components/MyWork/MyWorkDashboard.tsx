/**
 * "Việc của tôi": the admin's landing page, in place of Payload's grid of collection cards.
 * Each role sees what waits for it (loadMyWork.ts), each row opens the item, and the calendar,
 * the deliveries log and the campaigns' insights are one click away.
 */
import type { AdminViewServerProps } from 'payload'
import type { CSSProperties } from 'react'

import { formatVietnameseDateTime } from '@loa/helpers'
import { Gutter } from '@payloadcms/ui'

import type { WorkSection } from './loadMyWork.js'

import { loadMyWork } from './loadMyWork.js'

const SECTION_TITLES: Record<WorkSection['key'], { title: string; empty: string }> = {
  inReview: { title: 'Chờ tôi duyệt', empty: 'Không có bài nào đang chờ duyệt.' },
  changesRequested: { title: 'Bị trả lại, cần chỉnh sửa', empty: 'Không có bài nào bị trả lại.' },
  drafts: { title: 'Bản nháp của tôi', empty: 'Không có bản nháp nào.' },
  readyToPublish: { title: 'Đã duyệt, chờ xuất bản', empty: 'Không có bài nào chờ xuất bản.' },
  scheduledThisWeek: { title: 'Lịch đăng 7 ngày tới', empty: 'Không có bài nào hẹn đăng trong 7 ngày tới.' },
  failedDeliveries: { title: 'Phát hành lỗi', empty: 'Không có lượt phát hành lỗi.' },
}

const COLLECTION_NAMES: Record<string, string> = {
  reports: 'Tin bài',
  features: 'Bài chuyên đề',
  workshops: 'Hội thảo',
  deliveries: 'Phát hành',
}

/** "3 giờ", "2 ngày": how long an item has waited, in words a person reads at a glance. */
export const waitedFor = (since: string | undefined, now: Date): string | undefined => {
  if (!since) return undefined
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / 60_000))
  if (minutes < 60) return `${minutes} phút`
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} giờ`
  return `${Math.floor(minutes / (24 * 60))} ngày`
}

const cardStyle: CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
  padding: 'calc(var(--base) * 0.75)',
}

export const MyWorkDashboard = async ({ initPageResult }: AdminViewServerProps) => {
  const { req } = initPageResult
  const now = new Date()
  const sections = await loadMyWork(req, now)
  const adminRoute = req.payload.config.routes.admin
  const shortcuts = [
    { href: `${adminRoute}/calendar`, label: 'Lịch đăng bài' },
    { href: `${adminRoute}/phat-hanh`, label: 'Nhật ký phát hành' },
    { href: `${adminRoute}/collections/campaigns`, label: 'Chiến dịch & báo cáo hiệu quả' },
  ]
  const name = (req.user as { displayName?: string; email?: string } | null)?.displayName ?? req.user?.email ?? ''
  return (
    <Gutter className="loa-my-work">
      <h1 style={{ marginBottom: 4 }}>Việc của tôi</h1>
      <p style={{ marginTop: 0 }}>Xin chào {name}.</p>
      <nav aria-label="Lối tắt" style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 'var(--base)' }}>
        {shortcuts.map((shortcut) => (
          <a className="btn btn--style-secondary btn--size-small" href={shortcut.href} key={shortcut.href} style={{ margin: 0 }}>
            {shortcut.label}
          </a>
        ))}
      </nav>
      <div style={{ display: 'grid', gap: 'var(--base)', gridTemplateColumns: 'repeat(auto-fill, minmax(380px, 1fr))' }}>
        {sections.map((section) => (
          <section aria-labelledby={`my-work-${section.key}`} data-section={section.key} key={section.key} style={cardStyle}>
            <h3 id={`my-work-${section.key}`} style={{ marginTop: 0 }}>
              {SECTION_TITLES[section.key].title} <span data-count>({section.totalDocs})</span>
            </h3>
            {section.items.length === 0 ? (
              <p style={{ margin: 0 }}>{SECTION_TITLES[section.key].empty}</p>
            ) : (
              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {section.items.map((item) => {
                  const waited = waitedFor(item.since, now)
                  return (
                    <li key={`${item.collection}:${item.id}`} style={{ borderTop: '1px solid var(--theme-elevation-100)', padding: '6px 0' }}>
                      <a href={item.href}>{item.title}</a>
                      <div style={{ color: 'var(--theme-elevation-600)', fontSize: 12 }}>
                        {COLLECTION_NAMES[item.collection] ?? item.collection}
                        {section.key === 'scheduledThisWeek' && item.publishAt ? ` · đăng lúc ${formatVietnameseDateTime(item.publishAt)}` : ''}
                        {section.key !== 'scheduledThisWeek' && waited ? ` · đã chờ ${waited}` : ''}
                      </div>
                    </li>
                  )
                })}
              </ul>
            )}
          </section>
        ))}
      </div>
    </Gutter>
  )
}
