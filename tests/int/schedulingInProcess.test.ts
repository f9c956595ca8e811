import type { Api } from '../helpers/api.js'
import type { Cast } from '../helpers/scheduling.js'
import type { TestPayload } from '../helpers/testPayload.js'

import { adaptersUnderTest } from '../helpers/adapters.js'
import { createApi } from '../helpers/api.js'
import { approvedItem, createCampaignWithCast } from '../helpers/scheduling.js'
import { createTestPayload } from '../helpers/testPayload.js'
import { seedDemoContent } from '../../src/seed/seedDemoContent.js'

/**
 * `npm run dev` runs the queue inside the web server: with LOA_JOBS_IN_PROCESS=true (what
 * development defaults to) the config gets an every-second `jobs.autoRun` over all queues,
 * started with the first request, and nothing else has to run.
 */
describe.each(adaptersUnderTest())('jobs run inside the server on %s', (adapter) => {
  let ctx: TestPayload
  let api: Api
  let cast: Cast
  const previous = process.env.LOA_JOBS_IN_PROCESS

  beforeAll(async () => {
    process.env.LOA_JOBS_IN_PROCESS = 'true'
    ctx = await createTestPayload(adapter)
    if (previous === undefined) delete process.env.LOA_JOBS_IN_PROCESS
    else process.env.LOA_JOBS_IN_PROCESS = previous
    await seedDemoContent(ctx.payload, () => undefined)
    api = createApi(ctx.payload, ctx.databaseUri)
    cast = await createCampaignWithCast({ api, code: `INP-${adapter}`, payload: ctx.payload })
  })
  afterAll(async () => {
    // Stop the server's crons and let a pass in flight finish before the database goes.
    const crons = ctx?.payload.crons ?? []
    for (const cron of crons) cron.stop()
    for (let attempt = 0; attempt < 40 && crons.some((cron) => cron.isBusy()); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    await ctx?.cleanup()
  })

  it('configures autoRun over every queue and publishes a due item with no worker running', async () => {
    expect(ctx.payload.config.jobs.autoRun).toEqual([{ allQueues: true, cron: '* * * * * *', limit: 20, silent: { info: true } }])
    const { id, stage } = await approvedItem({
      api,
      cast,
      payload: ctx.payload,
      data: { title: 'Đăng bởi máy chủ phát triển', publishAt: new Date(Date.now() + 6000).toISOString() },
    })
    expect(stage).toBe('scheduled')

    // The REST calls above started the server's crons (as the first request does in dev);
    // this waits for their effect, the item's public status, not for a length of time.
    let status = 0
    for (let attempt = 0; attempt < 240 && status !== 200; attempt += 1) {
      status = (await api.get(`/api/reports/${id}`)).status
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(status).toBe(200)
    const events = await ctx.payload.find({
      collection: 'review-events' as never,
      depth: 0,
      where: { and: [{ 'item.value': { equals: id } }, { 'item.relationTo': { equals: 'reports' } }, { action: { equals: 'publish' } }] },
    })
    expect((events.docs as Array<{ systemActor?: string }>).map((event) => event.systemActor)).toEqual(['system:scheduler'])
  })
})
