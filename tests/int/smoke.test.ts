/**
 * The real server, as `npm run dev` starts it on an empty database: the admin answers in
 * Vietnamese, the demo content is seeded on first start, the public API serves it, and limits
 * per client count the connection's address, not a header the client wrote.
 * One server per database adapter; they share one build folder, so only the first compiles.
 */
import type { NextServer } from '../helpers/nextServer.js'

import http from 'node:http'

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

  it("counts registrations by the connection's address: rotating X-Forwarded-For does not lift the limit, and a forged one locks nobody else out", async () => {
    // The per-address bucket is counted before the workshop is looked up: an unknown workshop (404) costs an attempt too.
    const register = (index: number, headers: Record<string, string>, localAddress?: string) =>
      new Promise<number>((resolve, reject) => {
        const body = JSON.stringify({ fullName: `Khách ${index}`, email: `khach.${index}@example.vn` })
        const request = http.request(
          `${server.url}/api/workshops/987654/register`,
          { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers }, localAddress },
          (response) => {
            response.resume()
            response.on('end', () => resolve(response.statusCode ?? 0))
          },
        )
        request.on('error', reject)
        request.end(body)
      })
    const statuses: number[] = []
    // 60 attempts per ten minutes is the default per address; every request names another client, and a victim.
    for (let i = 1; i <= 61; i += 1) statuses.push(await register(i, { 'x-forwarded-for': `203.0.113.${i}, 127.0.0.2` }))
    expect(statuses.slice(0, 60)).toEqual(Array(60).fill(404))
    expect(statuses[60]).toBe(429)
    // The address the forged header named, on a connection of its own, is not limited.
    expect(await register(62, {}, '127.0.0.2')).toBe(404)
  })

  it('answers a GraphQL request whose body is not JSON with 400 and a message, not an empty 500', async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      body: '{"query": "{ Campaigns { docs { code } } }"',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toBe(
      'Nội dung gửi lên không phải JSON hợp lệ — the request body is not valid JSON',
    )
  })

  it('serves uploaded images with nosniff', async () => {
    const { docs } = (await (await fetch(`${server.url}/api/media?limit=1`)).json()) as { docs: Array<{ url: string }> }
    const image = await fetch(new URL(docs[0]!.url, server.url))
    expect([image.status, image.headers.get('x-content-type-options')]).toEqual([200, 'nosniff'])
  })
})
