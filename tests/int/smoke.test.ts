/**
 * The real server, as `npm run dev` starts it on an empty database: the admin answers in
 * Vietnamese, the demo content is seeded on first start, and the public API serves it.
 * One server per database adapter; they share one build folder, so only the first compiles.
 */
import type { NextServer } from '../helpers/nextServer.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createBuildDir, startNextServer } from '../helpers/nextServer.js'
import { createFreshDatabase } from '../helpers/testPayload.js'

const buildDir = createBuildDir()
afterAll(() => buildDir.remove())

describe.each(adaptersUnderTest())('the Loa server on %s', (adapter) => {
  let server: NextServer
  let dropDatabase: () => Promise<void> = async () => undefined

  beforeAll(async () => {
    const database = await createFreshDatabase(adapter)
    dropDatabase = database.drop
    server = await startNextServer({ buildDir: buildDir.dir, databaseUri: database.uri })
  })
  afterAll(async () => {
    await server?.stop()
    await dropDatabase()
  })

  it('serves the admin in Vietnamese at /admin', async () => {
    const response = await fetch(`${server.url}/admin`)
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(html).toContain('lang="vi"')
  })

  it('opens the admin from the site root', async () => {
    const response = await fetch(`${server.url}/`, { redirect: 'manual' })
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location') ?? '', server.url).pathname).toBe('/admin')
  })

  it('serves the seeded Thanh Hoá campaign from /api/campaigns', async () => {
    const response = await fetch(`${server.url}/api/campaigns`)
    const body = (await response.json()) as { docs: Array<{ code: string; name: string }> }
    expect(response.status).toBe(200)
    expect(body.docs.map((campaign) => campaign.code)).toEqual(['CDS-TH-2024'])
    expect(body.docs[0].name).toContain('Thanh Hoá 2024')
  })

  it('shows anonymous visitors only published reports', async () => {
    const response = await fetch(`${server.url}/api/reports?limit=50`)
    const body = (await response.json()) as { docs: Array<{ _status: string; slug: string }> }
    expect(response.status).toBe(200)
    expect(body.docs.length).toBeGreaterThan(0)
    expect(body.docs.filter((report) => report._status !== 'published')).toEqual([])
  })

  it('answers GraphQL with the seeded campaign', async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query: '{ Campaigns { docs { code } } }' }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const body = (await response.json()) as { data: { Campaigns: { docs: Array<{ code: string }> } } }
    expect(response.status).toBe(200)
    expect(body.data.Campaigns.docs).toEqual([{ code: 'CDS-TH-2024' }])
  })

  it('answers a GraphQL request whose body is not JSON with 400 and a message, not an empty 500', async () => {
    const response = await fetch(`${server.url}/api/graphql`, { body: '{"query": "{ Campaigns { docs { code } } }"', headers: { 'Content-Type': 'application/json' }, method: 'POST' })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toBe('Nội dung gửi lên không phải JSON hợp lệ — the request body is not valid JSON')
  })

  it('serves uploaded images with nosniff', async () => {
    const { docs } = (await (await fetch(`${server.url}/api/media?limit=1`)).json()) as { docs: Array<{ url: string }> }
    const image = await fetch(new URL(docs[0]!.url, server.url))
    expect([image.status, image.headers.get('x-content-type-options')]).toEqual([200, 'nosniff'])
  })
})
