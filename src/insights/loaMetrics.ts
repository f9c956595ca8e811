/**
 * KPI metrics Loa adds to campaign insights (wired in src/plugins.ts) from the two plugins the
 * insights plugin knows nothing of: airtime on the communes' loudspeakers (broadcast's
 * `airings`, reported by the radio systems), citizens' questions answered in public, on
 * time or not and how fast in working days (citizen-interaction's `questions`), and their
 * ratings of the items (its `feedback`). Each reads only the campaign's own rows in
 * the report period, on the request's `req`. Every one is also printed in the results report
 * (`inReport`), whether or not the campaign set a KPI on it.
 */
import type { InsightMetric, MetricContext } from '@loa/plugin-campaign-insights'
import type { Where } from 'payload'

type Airing = { itemCollection: string; itemId: string; seconds?: null | number; area?: unknown }
type Question = { dueDate?: null | string; publishedAt?: null | string; answeredInWorkingDays?: null | number }

/** The middle value (the mean of the two middle ones for an even count), 0 for none. */
const median = (values: number[]): number => {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const inPeriod = (path: string, { window }: MetricContext): Where[] => [
  { [path]: { greater_than_equal: window.from.toISOString() } },
  { [path]: { less_than: window.to.toISOString() } },
]

/** The campaign's items of every reviewed collection, as `{ collection, ids }`. */
const campaignItems = async (ctx: MetricContext, collections: readonly string[]) => {
  const found: Array<{ collection: string; ids: string[] }> = []
  for (const collection of collections) {
    const { docs } = await ctx.req.payload.find({
      collection: collection as never,
      depth: 0,
      draft: false,
      overrideAccess: true,
      pagination: false,
      req: ctx.req,
      select: { id: true } as never,
      where: { campaign: { equals: ctx.campaignId } },
    })
    found.push({ collection, ids: (docs as Array<{ id: number | string }>).map((doc) => String(doc.id)) })
  }
  return found
}

/**
 * Every airing of the campaign's items in the period, read once per request and period: two
 * metrics use them, and each KPI row gets a context of its own.
 */
const airingsByRequest = new WeakMap<MetricContext['req'], Map<string, Promise<Airing[]>>>()
const campaignAirings = (ctx: MetricContext, collections: readonly string[]): Promise<Airing[]> => {
  const key = `${String(ctx.campaignId)}|${ctx.window.from.toISOString()}|${ctx.window.to.toISOString()}`
  let byKey = airingsByRequest.get(ctx.req)
  if (!byKey) {
    byKey = new Map()
    airingsByRequest.set(ctx.req, byKey)
  }
  let airings = byKey.get(key)
  if (!airings) {
    airings = readCampaignAirings(ctx, collections)
    byKey.set(key, airings)
  }
  return airings
}

const readCampaignAirings = async (ctx: MetricContext, collections: readonly string[]): Promise<Airing[]> => {
  const airings: Airing[] = []
  for (const { collection, ids } of await campaignItems(ctx, collections)) {
    if (!ids.length) continue
    const { docs } = await ctx.req.payload.find({
      collection: 'airings',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req: ctx.req,
      where: { and: [{ itemCollection: { equals: collection } }, { itemId: { in: ids } }, ...inPeriod('playedAt', ctx)] },
    })
    airings.push(...(docs as unknown as Airing[]))
  }
  return airings
}

/** Questions about the campaign answered in public in the period. */
const answeredQuestions = async (ctx: MetricContext): Promise<Question[]> =>
  (
    await ctx.req.payload.find({
      collection: 'questions',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req: ctx.req,
      select: { dueDate: true, publishedAt: true, answeredInWorkingDays: true },
      where: { and: [{ campaign: { equals: ctx.campaignId } }, { status: { equals: 'published' } }, ...inPeriod('publishedAt', ctx)] },
    })
  ).docs as unknown as Question[]

const countOf = async (ctx: MetricContext, collection: string, where: Where): Promise<number> =>
  (await ctx.req.payload.count({ collection: collection as never, overrideAccess: true, req: ctx.req, where })).totalDocs

/** Responses to the campaign's awareness surveys given in the period, every wave. */
const surveyResponses = async (ctx: MetricContext): Promise<number> => {
  const { docs } = await ctx.req.payload.find({
    collection: 'surveys',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req: ctx.req,
    select: { id: true } as never,
    where: { campaign: { equals: ctx.campaignId } },
  })
  const ids = (docs as Array<{ id: number | string }>).map((doc) => doc.id)
  return ids.length ? countOf(ctx, 'survey-responses', { and: [{ survey: { in: ids } }, ...inPeriod('createdAt', ctx)] }) : 0
}

export const loaInsightMetrics = ({ reviewedCollections }: { reviewedCollections: readonly string[] }): InsightMetric[] => [
  {
    key: 'airtimeMinutes',
    inReport: true,
    unit: 'phút',
    label: { vi: 'Phút phát trên loa truyền thanh', en: 'Minutes aired on commune radio' },
    compute: async (ctx) => Math.round(((await campaignAirings(ctx, reviewedCollections)).reduce((sum, airing) => sum + (airing.seconds ?? 0), 0) / 60) * 10) / 10,
  },
  {
    key: 'areasReached',
    inReport: true,
    unit: 'xã, phường',
    label: { vi: 'Xã, phường đã phát trên loa', en: 'Communes and wards reached on radio' },
    compute: async (ctx) => new Set((await campaignAirings(ctx, reviewedCollections)).map((airing) => String(airing.area))).size,
  },
  {
    key: 'questionsReceived',
    inReport: true,
    unit: 'câu hỏi',
    label: { vi: 'Câu hỏi của người dân đã nhận', en: "Citizens' questions received" },
    compute: (ctx) => countOf(ctx, 'questions', { and: [{ campaign: { equals: ctx.campaignId } }, ...inPeriod('createdAt', ctx)] }),
  },
  {
    key: 'questionsOverdue',
    inReport: true,
    unit: 'câu hỏi',
    label: { vi: 'Câu hỏi đang quá hạn trả lời', en: 'Questions overdue now' },
    // Still open (neither published nor closed) past the due date, at the moment the report is made.
    compute: (ctx) =>
      countOf(ctx, 'questions', {
        and: [{ campaign: { equals: ctx.campaignId } }, { status: { not_in: ['published', 'closed'] } }, { dueDate: { less_than: ctx.now.toISOString() } }],
      }),
  },
  {
    key: 'questionsAnswered',
    inReport: true,
    unit: 'câu hỏi',
    label: { vi: 'Câu hỏi của người dân đã trả lời công khai', en: "Citizens' questions answered in public" },
    compute: async (ctx) => (await answeredQuestions(ctx)).length,
  },
  {
    key: 'questionsAnsweredOnTimePercent',
    inReport: true,
    unit: '%',
    label: { vi: 'Tỷ lệ câu hỏi trả lời đúng hạn (%)', en: 'Questions answered on time (%)' },
    compute: async (ctx) => {
      const answered = await answeredQuestions(ctx)
      if (!answered.length) return 0
      const onTime = answered.filter((question) => question.publishedAt && question.dueDate && new Date(question.publishedAt) <= new Date(question.dueDate)).length
      return Math.round((onTime / answered.length) * 1000) / 10
    },
  },
  {
    key: 'questionsMedianAnswerWorkingDays',
    inReport: true,
    unit: 'ngày làm việc',
    label: { vi: 'Thời gian trả lời trung vị (ngày làm việc)', en: 'Median answer time (working days)' },
    // Counted when each answer was published, on the working-day calendar its deadline uses.
    compute: async (ctx) =>
      median(
        (await answeredQuestions(ctx)).map((question) => question.answeredInWorkingDays).filter((days): days is number => typeof days === 'number'),
      ),
  },
  {
    key: 'feedbackReceived',
    inReport: true,
    unit: 'lượt',
    label: { vi: 'Lượt đánh giá bài viết của người dân', en: "Citizens' ratings of items" },
    compute: (ctx) => countOf(ctx, 'feedback', { and: [{ campaign: { equals: ctx.campaignId } }, ...inPeriod('createdAt', ctx)] }),
  },
  {
    key: 'feedbackHelpfulPercent',
    inReport: true,
    unit: '%',
    label: { vi: 'Tỷ lệ đánh giá “hữu ích” (%)', en: 'Ratings saying “helpful” (%)' },
    compute: async (ctx) => {
      const scope: Where[] = [{ campaign: { equals: ctx.campaignId } }, ...inPeriod('createdAt', ctx)]
      const all = await countOf(ctx, 'feedback', { and: scope })
      if (!all) return 0
      const helpful = await countOf(ctx, 'feedback', { and: [...scope, { helpful: { equals: true } }] })
      return Math.round((helpful / all) * 1000) / 10
    },
  },
  {
    key: 'surveyResponses',
    inReport: true,
    unit: 'lượt',
    label: { vi: 'Lượt trả lời khảo sát nhận thức', en: 'Awareness survey responses' },
    compute: surveyResponses,
  },
]
