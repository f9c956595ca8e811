import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { seedDemoContent } from '../../src/seed/seedDemoContent.js'
import { DEMO_USERS } from '../../src/seed/demoContent.js'
import { seedSummary } from '../../src/seed/seedSummary.js'

describe.each(adaptersUnderTest())('demo content on %s', (adapter) => {
  let ctx: TestPayload

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('creates the Thanh Hoá campaign, its items, images and one user per role, with progress', async () => {
    const steps: string[] = []
    const first = await seedDemoContent(ctx.payload, ({ done, label, total }) => steps.push(`${done}/${total} ${label}`))
    expect(first.skipped).toBe(0)
    expect(steps.at(-1)).toMatch(new RegExp(`^${first.created}/${first.created} `))

    const { docs: campaigns } = await ctx.payload.find({ collection: 'campaigns', depth: 0 })
    expect(campaigns).toHaveLength(1)
    expect(campaigns[0].name).toContain('nâng cao nhận thức, kỹ năng số')
    expect(campaigns[0].audiences).toEqual(['officials', 'citizens', 'businesses', 'students'])
    expect(campaigns[0].approvalPolicy?.requiredApprovals).toBe(1)

    const users = await ctx.payload.find({ collection: 'users', depth: 0, limit: 10 })
    expect(users.docs.map((u) => u.email).sort()).toEqual(DEMO_USERS.map((u) => u.email).sort())
    const memberEmails = new Map(users.docs.map((u) => [String(u.id), u.email]))
    const memberRoles = (campaigns[0].members ?? []).map((m) => `${memberEmails.get(String(m.user))}:${m.role}`)
    expect(memberRoles).toEqual(expect.arrayContaining(['editor@loa.local:editor', 'reviewer@loa.local:reviewer']))

    const reports = await ctx.payload.find({ collection: 'reports', draft: true, depth: 1 })
    expect(reports.totalDocs).toBe(3)
    const hero = reports.docs[0].heroImage as { sizes?: Record<string, { width?: number; height?: number }> }
    expect(hero.sizes?.og).toMatchObject({ width: 1200, height: 630 })
    expect((await ctx.payload.count({ collection: 'workshops' })).totalDocs).toBe(2)
    expect((await ctx.payload.count({ collection: 'features' })).totalDocs).toBe(2)
  })

  it('creates nothing twice when run again, and ends by naming the demo login', async () => {
    const before = await ctx.payload.count({ collection: 'media' })
    const second = await seedDemoContent(ctx.payload, () => undefined)
    expect(second.created).toBe(0)
    expect(seedSummary(second)).toContain('Log in at /admin as admin@loa.local / LoaDemo!2024')
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)
    expect((await ctx.payload.count({ collection: 'campaigns' })).totalDocs).toBe(1)
  })
})

describe.each(adaptersUnderTest())('demo content in production on %s', (adapter) => {
  let ctx: TestPayload

  beforeAll(async () => {
    ctx = await createTestPayload(adapter)
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('writes the campaign and its items but no user, and ends by saying so instead of offering a demo login', async () => {
    const result = await seedDemoContent(ctx.payload, () => undefined, { isProduction: true })
    expect((await ctx.payload.count({ collection: 'users' })).totalDocs).toBe(0)
    expect((await ctx.payload.count({ collection: 'campaigns' })).totalDocs).toBe(1)
    const summary = seedSummary(result)
    expect(summary).not.toContain('admin@loa.local')
    expect(summary).toContain(`Seed done: ${result.created} created, 0 already there (the demo campaign, 7 reports, features and workshops, and their images).`)
    expect(summary).toContain('No demo users in production: log in at /admin with an account of your own')
  })
})
