import type { ChannelAdapter } from './types.js'

import { escapeHtml } from '@loa/helpers/html'
import { formatVietnameseDateTime } from '@loa/helpers'
import { parseRecipients } from '../collections/channels.js'

const SUBJECT_PREFIX = { publish: 'Tin mới', update: 'Cập nhật', retract: 'Đã gỡ' } as const

/** One mail per item change to the channel's recipients, through Payload's e-mail adapter. */
export const deliverEmail: ChannelAdapter = async ({ channel, delivery, payload }) => {
  const to = parseRecipients(channel.recipients)
  if (!to.length) return { isOk: false, isRetryable: false, error: 'channel has no recipients' }
  const item = delivery.snapshot
  const subject = `[Loa] ${SUBJECT_PREFIX[delivery.action]}: ${item.title}`
  const html =
    delivery.action === 'retract'
      ? `<p>Nội dung <strong>${escapeHtml(item.title)}</strong> đã được gỡ khỏi cổng thông tin.</p>`
      : [
          `<h1>${escapeHtml(item.title)}</h1>`,
          `<p><em>${escapeHtml(formatVietnameseDateTime(item.publishedAt))}</em></p>`,
          item.summary ? `<p><strong>${escapeHtml(item.summary)}</strong></p>` : '',
          item.html,
          `<p><a href="${escapeHtml(item.publicUrl)}">Xem trên cổng thông tin</a></p>`,
        ].join('\n')
  try {
    await payload.sendEmail({ to: to.join(', '), subject, html })
    return { isOk: true, remoteUrl: item.publicUrl }
  } catch (err) {
    return { isOk: false, isRetryable: true, error: `mail error: ${(err as Error).message}` }
  }
}
