import type { PayloadRequest, TaskConfig } from 'payload'

import type { Id, SanitizedReviewWorkflowConfig, WorkflowStage } from '../types.js'

import { idOf, idsOf, sameId } from '@loa/helpers'
import { labelOf } from '../utilities/labels.js'
import { STAGE_LABELS } from '../utilities/messages.js'

type ReviewEvent = {
  id: Id
  item: { relationTo: string; value: unknown }
  action: string
  to: WorkflowStage
  actor?: unknown
  note?: string | null
}

type Message = { to: string[]; subject: string; text: string; html: string }

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

const emailsOf = async (cfg: SanitizedReviewWorkflowConfig, req: PayloadRequest, ids: Id[]): Promise<string[]> => {
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: cfg.usersCollection as never,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { in: ids } },
  })
  return (docs as Array<{ email?: string | null }>).map((user) => user.email).filter((email): email is string => Boolean(email))
}

/** Who hears about an event, and what they read (Vietnamese first, English after). */
export const composeWorkflowEmail = async ({
  cfg,
  event,
  req,
}: {
  cfg: SanitizedReviewWorkflowConfig
  event: ReviewEvent
  req: PayloadRequest
}): Promise<Message | null> => {
  const collection = event.item.relationTo
  const itemId = idOf(event.item.value)
  if (itemId === undefined) return null
  const item = (await req.payload.findByID({
    collection: collection as never,
    id: itemId,
    depth: 0,
    disableErrors: true,
    draft: true,
    overrideAccess: true,
    req,
  })) as Record<string, unknown> | null
  if (!item) return null
  const collectionConfig = (req.payload.collections as Record<string, { config: { admin?: { useAsTitle?: string } } } | undefined>)[collection]?.config
  const title = String(item[collectionConfig?.admin?.useAsTitle ?? 'title'] ?? `#${itemId}`)
  const actorId = idOf(event.actor)
  const authors = idsOf(item[cfg.authorsField])
  const authorIds = authors.length ? authors : idsOf((item.workflow as { lastEditedBy?: unknown } | undefined)?.lastEditedBy)

  let recipientIds: Id[]
  let subject: string
  let lead: string
  if (event.action === 'submit') {
    recipientIds = await cfg.reviewersFor({ req, doc: item })
    subject = `[Loa] Cần duyệt: ${title}`
    lead = `Nội dung "${title}" vừa được gửi duyệt và đang chờ bạn xem xét.`
  } else if (event.action === 'approve') {
    recipientIds = authorIds
    subject = event.to === 'in_review' ? `[Loa] Đã có một lượt duyệt: ${title}` : `[Loa] Đã được duyệt: ${title}`
    lead = `Nội dung "${title}" của bạn vừa được duyệt. Trạng thái hiện tại: ${STAGE_LABELS[event.to].vi}.`
  } else if (event.action === 'request_changes') {
    recipientIds = authorIds
    subject = `[Loa] Yêu cầu chỉnh sửa: ${title}`
    lead = `Người duyệt yêu cầu chỉnh sửa nội dung "${title}" của bạn.`
  } else {
    return null
  }

  // Nobody is told about their own action.
  const to = await emailsOf(cfg, req, [...new Set(recipientIds.filter((id) => !sameId(id, actorId)).map(String))])
  if (!to.length) return null
  const link = `${req.payload.config.serverURL || ''}${req.payload.config.routes.admin}/collections/${collection}/${itemId}`
  const note = event.note ? `Ghi chú: ${event.note}` : ''
  const english = `(English) ${subject.replace('[Loa] ', '')} — stage: ${STAGE_LABELS[event.to].en}.`
  const text = [lead, ...(note ? [note] : []), `Mở trong Loa: ${link}`, '', english].join('\n')
  const html = [
    `<p>${escapeHtml(lead)}</p>`,
    note ? `<blockquote>${escapeHtml(note)}</blockquote>` : '',
    `<p><a href="${escapeHtml(link)}">Mở trong Loa</a></p>`,
    `<p style="color:#666">${escapeHtml(english)}</p>`,
  ].join('')
  return { to, subject, text, html }
}

/**
 * The queued task that mails a review event's people. The only outside call is the send, the
 * last step: a retry after a failed send repeats nothing that had succeeded.
 */
type EmailTaskIO = { input: { eventId: string }; output: { recipients: number } }

export const sendWorkflowEmailTask = (cfg: SanitizedReviewWorkflowConfig): TaskConfig<EmailTaskIO> => ({
  slug: cfg.emailTaskSlug,
  label: `${labelOf('taskEmail').vi} (${labelOf('taskEmail').en})`,
  retries: 3,
  inputSchema: [{ name: 'eventId', type: 'text', required: true }],
  outputSchema: [{ name: 'recipients', type: 'number' }],
  handler: async ({ input, req }) => {
    const { eventId } = input
    const event = (await req.payload.findByID({
      collection: cfg.eventsSlug as never,
      id: eventId,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
    })) as ReviewEvent | null
    const message = event ? await composeWorkflowEmail({ cfg, event, req }) : null
    if (!message) return { output: { recipients: 0 } }
    await req.payload.sendEmail({ to: message.to, subject: message.subject, text: message.text, html: message.html })
    return { output: { recipients: message.to.length } }
  },
})
