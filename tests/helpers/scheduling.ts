/**
 * Shared set-up of the scheduling tests: a campaign with a manager, an editor and a reviewer,
 * and items written over REST and taken through the review workflow's gate to `scheduled`.
 */
import type { Payload } from 'payload'

import type { Api } from './api.js'

import { createLocalReq } from 'payload'

import { runWorkflowAction } from '@loa/plugin-review-workflow'
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

/** One workflow action taken by a demo user through the review workflow's gate. */
export const actAs = async ({
  action,
  collection,
  email,
  id,
  payload,
}: {
  action: string
  collection: string
  email: string
  id: number
  payload: Payload
}) => {
  const { docs } = await payload.find({ collection: 'users', depth: 0, limit: 1, where: { email: { equals: email } } })
  const req = await createLocalReq({ user: { ...docs[0], collection: 'users' } as never }, payload)
  return runWorkflowAction({ action, collection, id, req })
}

/** Fields only a campaign manager (or an admin) sets: the editor's request would drop them. */
const SCHEDULE_FIELDS = ['publishAt', 'unpublishAt', 'scheduleOverride']

/**
 * An editor's draft, its times (if any) set by the campaign's manager, submitted and approved:
 * `scheduled` when publishAt is in the future.
 */
export const approvedItem = async ({
  api,
  cast,
  collection = 'reports',
  data,
  payload,
}: {
  api: Api
  cast: Cast
  collection?: string
  payload: Payload
  data: Record<string, unknown>
}): Promise<{ id: number; stage: string }> => {
  const content = Object.fromEntries(Object.entries(data).filter(([name]) => !SCHEDULE_FIELDS.includes(name)))
  const schedule = Object.fromEntries(Object.entries(data).filter(([name]) => SCHEDULE_FIELDS.includes(name)))
  const created = await api.post(`/api/${collection}`, { campaign: cast.campaignId, ...content }, { token: cast.tokens.editor })
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${created.text}`)
  const id = created.body.doc.id as number
  if (Object.keys(schedule).length) {
    const scheduled = await api.patch(`/api/${collection}/${id}`, schedule, { token: cast.tokens.manager })
    if (scheduled.status !== 200) throw new Error(`schedule failed: ${scheduled.status} ${scheduled.text}`)
  }
  await actAs({ action: 'submit', collection, email: 'editor@loa.local', id, payload })
  const approved = await actAs({ action: 'approve', collection, email: 'reviewer@loa.local', id, payload })
  return { id, stage: approved.stage }
}

/** A workshop put straight online, as the demo seed does (the workflow takes imports as given). */
export const publishedWorkshop = async ({ campaignId, data, payload }: { campaignId: number; data: Record<string, unknown>; payload: Payload }) =>
  payload.create({
    collection: 'workshops',
    context: { [DEMO_SEED_CONTEXT]: true },
    data: { campaign: campaignId, kind: 'seminar', _status: 'published', ...data } as never,
  })

export type SweepOutput = { published: number; unpublished: number; refused: number }

/** Queues one run of the due-items task acting as of `now` (the injected clock). */
export const queueSweep = async (payload: Payload, now: Date): Promise<{ id: number | string }> =>
  (await payload.jobs.queue({ task: 'publishDueItems' as never, input: { now: now.toISOString() } as never, queue: 'scheduling' })) as unknown as {
    id: number | string
  }

/**
 * What the runs acting as of `now` did, read from the schedule runs log (finished jobs are
 * deleted from the queue, the log stays).
 */
export const sweepOutput = async (payload: Payload, now: Date): Promise<SweepOutput> => {
  const { docs } = await payload.find({
    collection: 'schedule-runs' as never,
    depth: 0,
    pagination: false,
    where: { ranAt: { equals: now.toISOString() } },
  })
  const runs = docs as unknown as Array<{ action: string; status: string }>
  const count = (status: string, action?: string) => runs.filter((run) => run.status === status && (!action || run.action === action)).length
  return { published: count('done', 'publish'), unpublished: count('done', 'unpublish'), refused: count('refused') }
}
