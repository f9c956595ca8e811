/**
 * On the embedded SQLite database a process's transactions run, one at a time, on one writer
 * connection that stays open (the driver alone would open a connection for every transaction
 * and leave the last one to the garbage collector). What a transaction commits is seen by the
 * connection that serves reads; what it rolls back is gone.
 */
import type { PayloadRequest } from 'payload'

import fs from 'node:fs'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { TestPayload } from '../helpers/testPayload.js'

import { createCampaign } from '../helpers/fixtures.js'
import { createTestPayload } from '../helpers/testPayload.js'

/** How many open file descriptors of this process point at `file` (one per SQLite connection). */
const connectionsTo = (file: string) =>
  fs.readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return fs.readlinkSync(`/proc/self/fd/${fd}`) === file
    } catch {
      return false
    }
  }).length

describe('transactions on the embedded SQLite database', () => {
  let ctx: TestPayload
  let file: string

  beforeAll(async () => {
    ctx = await createTestPayload('sqlite')
    file = fs.realpathSync(ctx.databaseUri.replace(/^file:/, ''))
  })
  afterAll(async () => {
    await ctx?.cleanup()
  })

  it('run on one writer connection, however many there are', async () => {
    for (let i = 0; i < 40; i += 1) await createCampaign(ctx.payload, { code: `WRITER-${i}` })
    // The connection that reads and the one that writes; not one per transaction.
    expect(connectionsTo(file)).toBeLessThanOrEqual(2)
    const { totalDocs } = await ctx.payload.count({ collection: 'campaigns', where: { code: { like: 'WRITER-' } } })
    expect(totalDocs).toBe(40)
  })

  it('show reads what they committed, and nothing of what they rolled back', async () => {
    const inTransaction = async (work: (req: PayloadRequest) => Promise<void>, outcome: 'commit' | 'rollback') => {
      const req = await createLocalReq({}, ctx.payload)
      await initTransaction(req)
      await work(req)
      // Not seen outside the transaction before it ends.
      expect((await ctx.payload.count({ collection: 'campaigns', where: { code: { equals: 'KEPT' } } })).totalDocs).toBe(0)
      if (outcome === 'commit') await commitTransaction(req)
      else await killTransaction(req)
    }
    const write = (code: string) => async (req: PayloadRequest) => {
      await ctx.payload.create({ collection: 'campaigns', data: { code, name: code, status: 'active', period: { start: '2024-01-01T00:00:00.000Z', end: '2030-12-31T00:00:00.000Z' } } as never, req })
    }
    await inTransaction(write('DROPPED'), 'rollback')
    await inTransaction(write('KEPT'), 'commit')
    const codes = (await ctx.payload.find({ collection: 'campaigns', depth: 0, limit: 0, pagination: false, where: { code: { in: ['KEPT', 'DROPPED'] } } })).docs.map(
      (doc) => (doc as { code?: string }).code,
    )
    expect(codes).toEqual(['KEPT'])
  })
})
