/**
 * Expected refusals (a client's 4xx) are one info line in the server's log, not an error with
 * its stack trace; a real failure is still an error. Read from the lines the logger writes.
 */
import { symbols } from 'pino'

import type { Api } from '../helpers/api.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { createApi } from '../helpers/api.js'
import { createTestPayload } from '../helpers/testPayload.js'

type LogLine = { level: number; msg?: string; err?: { stack?: string } }

describe('quiet refusals in the log', () => {
  let ctx: TestPayload
  let api: Api
  let lines: LogLine[] = []

  beforeAll(async () => {
    ctx = await createTestPayload('sqlite')
    api = createApi(ctx.payload, ctx.databaseUri)
    const stream = (ctx.payload.logger as unknown as Record<symbol, { write: (line: string) => unknown }>)[symbols.streamSym]
    const write = stream.write.bind(stream)
    stream.write = (line: string) => {
      for (const text of String(line).split('\n').filter(Boolean)) lines.push(JSON.parse(text) as LogLine)
      return write(line)
    }
  })

  afterAll(async () => {
    await ctx?.cleanup()
  })

  beforeEach(() => {
    lines = []
  })

  it('logs a refused request as one info line naming the status, with no stack trace', async () => {
    const response = await api.get('/api/calendar?from=hôm-qua')
    expect(response.status).toBe(400)
    expect(lines.filter((line) => line.level >= 50)).toEqual([])
    expect(lines.filter((line) => line.level === 30 && line.msg?.startsWith('400 APIError: Tham số "from"'))).toHaveLength(1)
    expect(lines.some((line) => line.err?.stack)).toBe(false)
  })

  it('still logs a failure that is not the client’s doing as an error with its stack', () => {
    ctx.payload.logger.error({ err: Object.assign(new Error('đĩa đầy — disk full'), { status: 500 }), msg: 'failed' })
    ctx.payload.logger.error({ err: new Error('no status at all'), msg: 'failed' })
    const errors = lines.filter((line) => line.level >= 50)
    expect(errors.map((line) => Boolean(line.err?.stack))).toEqual([true, true])
  })
})
