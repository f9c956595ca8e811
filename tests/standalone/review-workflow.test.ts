/**
 * The review workflow booted alone on its dev config (users + posts, every option at its
 * default): an item goes draft → in review → approved → published, its author cannot approve
 * it, and nothing is published around the gate.
 */
import type { Payload, PayloadRequest } from 'payload'

import { APIError, createLocalReq } from 'payload'

import { runWorkflowAction } from '@loa/plugin-review-workflow'

import type { StandalonePayload } from '../helpers/standalonePayload.js'

import { reviewWorkflowDevConfig } from '../../plugins/review-workflow/dev/config.js'
import { adaptersUnderTest } from '../helpers/adapters.js'
import { createStandalonePayload } from '../helpers/standalonePayload.js'

type User = { id: number | string; email: string; roles: string[] }

const createUser = async (payload: Payload, name: string, roles: string[]): Promise<User> =>
  (await payload.create({
    collection: 'users' as never,
    data: { email: `${name}@example.test`, password: 'dev-password-1', roles } as never,
  })) as unknown as User

const requestAs = (payload: Payload, user: User): Promise<PayloadRequest> => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

const refusalOf = async (promise: Promise<unknown>): Promise<{ status: number; message: string }> => {
  try {
    await promise
  } catch (err) {
    if (err instanceof APIError) return { status: err.status, message: err.message }
    throw err
  }
  throw new Error('expected a refusal')
}

describe.each(adaptersUnderTest().filter((adapter) => adapter !== 'mongodb'))('review workflow alone on %s', (adapter) => {
  let ctx: StandalonePayload
  let author: User
  let reviewer: User
  let manager: User

  beforeAll(async () => {
    ctx = await createStandalonePayload(adapter, reviewWorkflowDevConfig)
    // The author also reviews: only the four-eyes rule stands between them and their own approval.
    author = await createUser(ctx.payload, 'author', ['editor', 'reviewer'])
    reviewer = await createUser(ctx.payload, 'reviewer', ['reviewer'])
    manager = await createUser(ctx.payload, 'manager', ['manager'])
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('has none of the host’s collections: users, posts, the events log and Payload’s own', () => {
    const slugs = ctx.payload.config.collections.map((collection) => collection.slug)
    expect(slugs).toEqual(expect.arrayContaining(['users', 'posts', 'review-events']))
    expect(slugs).not.toContain('campaigns')
  })

  it('takes a post from draft to published, refusing the author’s own approval and any publish around the gate', async () => {
    const { payload } = ctx
    const post = await payload.create({
      collection: 'posts' as never,
      data: { title: 'Chuyển đổi số ở xã' } as never,
      draft: true,
      overrideAccess: false,
      user: { ...author, collection: 'users' } as never,
    })
    const id = (post as { id: number | string }).id
    expect((post as { workflow?: { stage?: string } }).workflow?.stage).toBe('draft')

    const submitted = await runWorkflowAction({ req: await requestAs(payload, author), collection: 'posts', id, action: 'submit' })
    expect(submitted.stage).toBe('in_review')

    const ownApproval = await refusalOf(runWorkflowAction({ req: await requestAs(payload, author), collection: 'posts', id, action: 'approve' }))
    expect(ownApproval.status).toBe(403)
    expect(ownApproval.message).toContain('four-eyes')

    const aroundTheGate = await refusalOf(
      payload.update({
        collection: 'posts' as never,
        id,
        data: { _status: 'published' } as never,
        overrideAccess: false,
        user: { ...manager, collection: 'users' } as never,
      }),
    )
    expect(aroundTheGate.status).toBe(403)

    const approved = await runWorkflowAction({ req: await requestAs(payload, reviewer), collection: 'posts', id, action: 'approve' })
    expect(approved.stage).toBe('approved')

    const reviewerPublish = await refusalOf(runWorkflowAction({ req: await requestAs(payload, reviewer), collection: 'posts', id, action: 'publish' }))
    expect(reviewerPublish.status).toBe(403)

    const published = await runWorkflowAction({ req: await requestAs(payload, manager), collection: 'posts', id, action: 'publish' })
    expect(published.stage).toBe('published')
    const live = (await payload.findByID({ collection: 'posts' as never, id, draft: false, depth: 0 })) as { _status?: string; title?: string }
    expect(live).toMatchObject({ _status: 'published', title: 'Chuyển đổi số ở xã' })

    const { docs: events } = await payload.find({ collection: 'review-events' as never, depth: 0, sort: 'at', where: { 'item.value': { equals: id } } })
    expect((events as Array<{ action: string; actor: unknown }>).map((event) => event.action)).toEqual(['submit', 'approve', 'publish'])
  })
})
