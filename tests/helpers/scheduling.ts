/**
 * Shared set-up of the scheduling tests: a campaign with a manager, an editor and a reviewer,
 * and items taken through the review workflow to `scheduled` over REST.
 */
import type { Payload } from 'payload'

import type { Api } from './api.js'

import { DEMO_SEED_CONTEXT } from '../../src/seed/context.js'
import { DEMO_PASSWORD } from '../../src/seed/demoContent.js'

export const DAY = 86_400_000

export type Cast = {
  campaignId: number
  tokens: { admin: string; editor: string; manager: string; reviewer: string }
}

/** The demo users (seedDemoContent) in a fresh campaign running from a year ago to two years ahead. */
export const createCampaignWithCast = async ({ api, code, payload }: { api: Api; code: string; payload: Payload }): Promise<Cast> => {
  const users = await payload.find({ collection: 'users', depth: 0, limit: 10 })
  const idOf = (email: string) => users.docs.find((user) => user.email === email)!.id
  const now = Date.now()
  const campaign = await payload.create({
    collection: 'campaigns',
    data: {
      name: `Chiến dịch thử lịch đăng ${code}`,
      code,
      status: 'active',
      period: { start: new Date(now - 365 * DAY).toISOString(), end: new Date(now + 730 * DAY).toISOString() },
      members: [
        { user: idOf('manager@loa.local'), role: 'manager' },
        { user: idOf('editor@loa.local'), role: 'editor' },
        { user: idOf('reviewer@loa.local'), role: 'reviewer' },
      ],
      approvalPolicy: { requiredApprovals: 1 },
    } as never,
  })
  const [admin, editor, manager, reviewer] = await Promise.all(
    ['admin', 'editor', 'manager', 'reviewer'].map((name) => api.login(`${name}@loa.local`, DEMO_PASSWORD)),
  )
  return { campaignId: campaign.id as number, tokens: { admin, editor, manager, reviewer } }
}

/** An editor's draft, submitted and approved: `scheduled` when publishAt is in the future. */
export const approvedItem = async ({
  api,
  cast,
  collection = 'reports',
  data,
}: {
  api: Api
  cast: Cast
  collection?: string
  data: Record<string, unknown>
}): Promise<{ id: number; stage: string }> => {
  const created = await api.post(`/api/${collection}`, { campaign: cast.campaignId, ...data }, { token: cast.tokens.editor })
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${created.text}`)
  const id = created.body.doc.id as number
  const submitted = await api.post(`/api/${collection}/${id}/workflow`, { action: 'submit' }, { token: cast.tokens.editor })
  if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status} ${submitted.text}`)
  const approved = await api.post(`/api/${collection}/${id}/workflow`, { action: 'approve' }, { token: cast.tokens.reviewer })
  if (approved.status !== 200) throw new Error(`approve failed: ${approved.status} ${approved.text}`)
  return { id, stage: approved.body.stage as string }
}

/** A workshop put straight online, as the demo seed does (the workflow takes imports as given). */
export const publishedWorkshop = async ({ campaignId, data, payload }: { campaignId: number; data: Record<string, unknown>; payload: Payload }) =>
  payload.create({
    collection: 'workshops',
    context: { [DEMO_SEED_CONTEXT]: true },
    data: { campaign: campaignId, kind: 'seminar', _status: 'published', ...data } as never,
  })
