import type { Endpoint, Where } from 'payload'

import type { QuestionDoc, SanitizedCitizenConfig } from '../types.js'

import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { CitizenRequestError } from '../utilities/citizenRequestError.js'
import { publicQuestionOf } from '../utilities/publicQuestion.js'
import { TRACKING_CODE_PATTERN } from '../utilities/trackingCode.js'

const PAGE_SIZE_MAX = 50

const published: Where = { status: { equals: 'published' } }

const wholeNumber = (value: null | string, field: string, { fallback, max }: { fallback: number; max: number }): number => {
  if (value === null || value === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1 || number > max)
    throw new CitizenRequestError(`Tham số "${field}" phải là số nguyên từ 1 đến ${max} — "${field}" must be a whole number from 1 to ${max}`, 400, field)
  return number
}

/** GET /api/{questions}/public — the published questions and answers, newest first (`page`, `limit` ≤ 50). */
export const publicQuestionsEndpoint = (cfg: SanitizedCitizenConfig): Endpoint => ({
  path: '/public',
  method: 'get',
  handler: async (req) => {
    const params = new URL(req.url ?? 'http://localhost/').searchParams
    const limit = wholeNumber(params.get('limit'), 'limit', { fallback: 20, max: PAGE_SIZE_MAX })
    const page = wholeNumber(params.get('page'), 'page', { fallback: 1, max: 100_000 })
    const result = await req.payload.find({
      collection: asCollectionSlug(cfg.questionsSlug),
      where: published,
      sort: '-publishedAt',
      depth: 0,
      limit,
      page,
      overrideAccess: true,
      req,
    })
    return Response.json({
      docs: (result.docs as unknown as QuestionDoc[]).map(publicQuestionOf),
      page: result.page,
      totalDocs: result.totalDocs,
      totalPages: result.totalPages,
    })
  },
})

/** GET /api/{questions}/public/:code — one published question and its answer. */
export const publicQuestionEndpoint = (cfg: SanitizedCitizenConfig): Endpoint => ({
  path: '/public/:code',
  method: 'get',
  handler: async (req) => {
    const code = String(req.routeParams?.code ?? '').toUpperCase()
    const notFound = new CitizenRequestError('Không có câu trả lời công khai với mã này — no published answer with this code', 404, 'code')
    if (!TRACKING_CODE_PATTERN.test(code)) throw notFound
    const { docs } = await req.payload.find({
      collection: asCollectionSlug(cfg.questionsSlug),
      where: { and: [published, { code: { equals: code } }] },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (!docs[0]) throw notFound
    return Response.json(publicQuestionOf(docs[0] as unknown as QuestionDoc))
  },
})
