/**
 * Small builders for integration tests: users with roles, campaigns with members, content
 * items. Everything goes through the Local API as a system write (overrideAccess).
 */
import type { Payload } from 'payload'

import { REVIEW_WORKFLOW_CONTEXT } from '@loa/plugin-review-workflow'
import { lexicalFromParagraphs } from '../../src/lib/lexical.js'
import { DEMO_SEED_CONTEXT } from '../../src/seed/context.js'

export const TEST_PASSWORD = 'Test!Passw0rd'

type Id = number | string
export type TestUser = { id: Id; email: string; roles: string[]; collection: 'users' } & Record<string, unknown>

export const createUser = async (payload: Payload, email: string, roles: string[]): Promise<TestUser> => {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: TEST_PASSWORD, displayName: email.split('@')[0], roles: roles as never },
  })
  return { ...(user as unknown as TestUser), collection: 'users' }
}

export const createCampaign = async (
  payload: Payload,
  {
    code,
    members = [],
    requiredApprovals = 1,
    status = 'active',
    period = { start: '2024-01-01T00:00:00.000Z', end: '2030-12-31T00:00:00.000Z' },
  }: {
    code: string
    members?: Array<{ user: Id; role: 'editor' | 'manager' | 'reviewer' }>
    requiredApprovals?: number
    status?: 'active' | 'closed' | 'planned'
    period?: { start: string; end: string }
  },
) =>
  payload.create({
    collection: 'campaigns',
    data: {
      name: `Chiến dịch ${code}`,
      code,
      status,
      period,
      members: members.map((m) => ({ ...m, user: m.user as number })),
      approvalPolicy: { requiredApprovals },
    },
  })

type ItemCollection = 'features' | 'reports' | 'workshops'

const requiredFieldsFor = (collection: ItemCollection): Record<string, unknown> => {
  if (collection === 'features') return { column: 'Chuyên mục thử' }
  if (collection === 'workshops') return { startsAt: '2030-01-10T01:00:00.000Z', endsAt: '2030-01-10T04:00:00.000Z', capacity: 20 }
  return {}
}

export type TeamRole = 'admin' | 'manager' | 'editor' | 'reviewer'

/**
 * An admin, and a manager, an editor and a reviewer (each holding that role globally) who are
 * members of one active campaign in that role; with each user's API token.
 */
export const createCampaignTeam = async (payload: Payload, api: { login: (email: string, password: string) => Promise<string> }, code: string) => {
  const users = {} as Record<TeamRole, TestUser>
  const tokens = {} as Record<TeamRole, string>
  for (const role of ['admin', 'manager', 'editor', 'reviewer'] as const) {
    users[role] = await createUser(payload, `${role}.${code.toLowerCase()}@test.vn`, [role])
    tokens[role] = await api.login(users[role].email, TEST_PASSWORD)
  }
  const campaign = await createCampaign(payload, {
    code,
    members: (['manager', 'editor', 'reviewer'] as const).map((role) => ({ user: users[role].id, role })),
  })
  return { campaign, tokens, users }
}

type ItemInput = { campaign: Id; title: string } & Record<string, unknown>

/** The fields every test item gets: a summary and body from its title, and what its collection requires. */
const itemData = (collection: ItemCollection, { campaign, title, ...rest }: ItemInput, status: 'draft' | 'published') =>
  ({
    title,
    campaign,
    summary: `Tóm tắt: ${title}`,
    body: lexicalFromParagraphs([`Nội dung của ${title}`]),
    ...requiredFieldsFor(collection),
    ...rest,
    _status: status,
  }) as never

/** A draft item in a campaign. */
export const createDraft = async (payload: Payload, collection: ItemCollection, input: ItemInput) =>
  payload.create({ collection, draft: true, data: itemData(collection, input, 'draft') })

/**
 * A published item, written as the demo seed writes it (a trusted system write). Tests of the
 * review workflow publish through the workflow instead.
 */
export const createPublished = async (payload: Payload, collection: ItemCollection, input: ItemInput) =>
  payload.create({ collection, context: { [DEMO_SEED_CONTEXT]: true }, data: itemData(collection, input, 'published') })

/**
 * Writes an item as the review workflow's gate does once it has decided (the one path allowed to
 * set `_status`): channel tests publish, edit live and unpublish with it without walking the
 * whole review each time. Tests of the workflow itself go through its actions instead.
 */
export const writeAsWorkflow = async (payload: Payload, collection: ItemCollection, id: Id, data: Record<string, unknown>) =>
  payload.update({ collection, id, data: data as never, context: { [REVIEW_WORKFLOW_CONTEXT]: String(id) }, overrideAccess: true })
