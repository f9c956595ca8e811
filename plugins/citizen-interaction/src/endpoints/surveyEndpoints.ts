import type { Endpoint, PayloadRequest } from 'payload'

import { toCsv } from '@loa/helpers'
import { ValidationError } from 'payload'

import type { SanitizedCitizenConfig, SurveyAnswer, SurveyDoc } from '../types.js'

import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { CitizenRequestError } from '../utilities/citizenRequestError.js'
import { readJsonBody } from '../utilities/readJsonBody.js'
import { summariseSurvey } from '../utilities/summariseSurvey.js'
import { isValidRespondentToken, respondentToken, tokenKeyOf } from '../utilities/respondentTokens.js'

const TEXT_ANSWER_MAX = 1000

const refuse = (field: string, message: string, status = 400): never => {
  throw new CitizenRequestError(message, status, field)
}

const loadSurvey = async ({ cfg, req }: { cfg: SanitizedCitizenConfig; req: PayloadRequest }): Promise<SurveyDoc> => {
  const id = String(req.routeParams?.id ?? '')
  const survey = /^[A-Za-z0-9_-]{1,64}$/.test(id)
    ? ((await req.payload.findByID({
        collection: asCollectionSlug(cfg.surveysSlug),
        id,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })) as SurveyDoc | null)
    : null
  if (!survey) return refuse('id', 'Không tìm thấy khảo sát — no survey with this id', 404)
  return survey
}

const requireManager = async (cfg: SanitizedCitizenConfig, req: PayloadRequest) => {
  if (!req.user) refuse('user', 'Cần đăng nhập — log in first', 401)
  if (!(await cfg.canManageSurveys({ req }))) refuse('user', 'Chỉ người quản lý khảo sát — survey managers only', 403)
}

/** Each answer checked against its question; the field named is `answers.<key>`. */
const validateAnswers = (survey: SurveyDoc, value: unknown): Record<string, SurveyAnswer> => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return refuse('answers', 'Câu trả lời phải là một đối tượng — "answers" must be an object')
  const entries = Object.entries(value as Record<string, unknown>)
  if (!entries.length) refuse('answers', 'Chưa trả lời câu hỏi nào — "answers" is empty')
  const answers: Record<string, SurveyAnswer> = {}
  for (const [key, answer] of entries) {
    const question = survey.questions.find((q) => q.key === key)
    const field = `answers.${key}`
    if (!question) return refuse(field, `Khảo sát không có câu hỏi "${key}" — the survey has no question "${key}"`)
    const options = question.options ?? []
    const bad = (vi: string, en: string) => refuse(field, `${vi} — ${en}`)
    if (question.kind === 'single') {
      if (typeof answer !== 'string' || !options.includes(answer))
        bad('Cần chọn một lựa chọn có trong câu hỏi', `"${key}" must be one of the question's options`)
      answers[key] = answer as string
    } else if (question.kind === 'multiple') {
      if (
        !Array.isArray(answer) ||
        !answer.length ||
        answer.some((a) => typeof a !== 'string' || !options.includes(a)) ||
        new Set(answer).size !== answer.length
      )
        bad('Cần chọn một hoặc nhiều lựa chọn khác nhau có trong câu hỏi', `"${key}" must be a list of distinct options of the question`)
      answers[key] = answer as string[]
    } else if (question.kind === 'scale') {
      if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 1 || answer > 5)
        bad('Mức đồng ý phải là số nguyên từ 1 đến 5', `"${key}" must be a whole number from 1 to 5`)
      answers[key] = answer as number
    } else {
      if (typeof answer !== 'string' || answer.trim().length > TEXT_ANSWER_MAX)
        bad(`Câu trả lời ngắn tối đa ${TEXT_ANSWER_MAX} ký tự`, `"${key}" must be text of at most ${TEXT_ANSWER_MAX} characters`)
      answers[key] = (answer as string).normalize('NFC').trim()
    }
  }
  return answers
}

const alreadyAnswered = () => new CitizenRequestError('Mã này đã được dùng để trả lời khảo sát — this token has already answered the survey', 409, 'token')

const isDuplicateTokenError = (err: unknown): boolean =>
  err instanceof ValidationError && (err.data?.errors ?? []).some((e: { path?: string }) => e.path === 'tokenKey')

/** POST /api/{surveys}/:id/respond — one response per respondent token (409 on a second one, also when both arrive at once). */
export const respondToSurveyEndpoint = (cfg: SanitizedCitizenConfig): Endpoint => ({
  path: '/:id/respond',
  method: 'post',
  handler: async (req) => {
    const survey = await loadSurvey({ cfg, req })
    if (survey.isOpen === false) refuse('id', 'Khảo sát đã đóng — the survey is closed', 409)
    const body = await readJsonBody(req)
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return refuse('body', 'Nội dung gửi lên phải là một đối tượng JSON — the request body must be a JSON object')
    const input = body as Record<string, unknown>
    if (typeof input.token !== 'string' || !isValidRespondentToken({ secret: req.payload.secret, surveyId: survey.id, token: input.token }))
      refuse('token', 'Mã người trả lời không hợp lệ — the respondent token is not valid for this survey')
    if (typeof input.wave !== 'string' || !survey.waves.includes(input.wave))
      refuse('wave', `Đợt khảo sát phải là một trong: ${survey.waves.join(', ')} — "wave" must be one of: ${survey.waves.join(', ')}`)
    const answers = validateAnswers(survey, input.answers)
    const tokenKey = tokenKeyOf({ surveyId: survey.id, token: input.token as string })
    const collection = asCollectionSlug(cfg.surveyResponsesSlug)
    if ((await req.payload.count({ collection, where: { tokenKey: { equals: tokenKey } }, overrideAccess: true, req })).totalDocs) throw alreadyAnswered()
    try {
      await req.payload.create({ collection, data: { survey: survey.id, wave: input.wave, tokenKey, answers } as never, depth: 0, overrideAccess: true, req })
    } catch (err) {
      if (isDuplicateTokenError(err)) throw alreadyAnswered()
      throw err
    }
    return Response.json({ message: 'Cảm ơn anh/chị đã trả lời khảo sát. — Thank you for answering the survey.' }, { status: 201 })
  },
})

/** GET /api/{surveys}/:id/tokens?from=1&count=100 — survey managers: respondent tokens to hand out. */
export const surveyTokensEndpoint = (cfg: SanitizedCitizenConfig): Endpoint => ({
  path: '/:id/tokens',
  method: 'get',
  handler: async (req) => {
    await requireManager(cfg, req)
    const survey = await loadSurvey({ cfg, req })
    const params = new URL(req.url ?? 'http://localhost/').searchParams
    const from = Number(params.get('from') ?? 1)
    const count = Number(params.get('count') ?? 100)
    if (!Number.isInteger(from) || from < 1 || from > 999_999_000) refuse('from', '"from" phải là số nguyên dương — "from" must be a positive whole number')
    if (!Number.isInteger(count) || count < 1 || count > 1000) refuse('count', '"count" phải từ 1 đến 1000 — "count" must be from 1 to 1000')
    const tokens = Array.from({ length: count }, (_, index) => respondentToken({ secret: req.payload.secret, serial: from + index, surveyId: survey.id }))
    return Response.json({ tokens })
  },
})

/** GET /api/{surveys}/:id/results — survey managers: per question, the distribution in each wave and the change from the first wave to the last. */
export const surveyResultsEndpoint = (cfg: SanitizedCitizenConfig): Endpoint => ({
  path: '/:id/results',
  method: 'get',
  handler: async (req) => {
    await requireManager(cfg, req)
    const survey = await loadSurvey({ cfg, req })
    const { docs } = await req.payload.find({
      collection: asCollectionSlug(cfg.surveyResponsesSlug),
      where: { survey: { equals: survey.id } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    return Response.json(summariseSurvey(survey, docs as unknown as Array<{ wave: string; answers: Record<string, SurveyAnswer> }>))
  },
})

/** GET /api/{surveys}/:id/responses.csv — survey managers: one row per response, formula signs defused in every cell. */
export const surveyExportEndpoint = (cfg: SanitizedCitizenConfig): Endpoint => ({
  path: '/:id/responses.csv',
  method: 'get',
  handler: async (req) => {
    await requireManager(cfg, req)
    const survey = await loadSurvey({ cfg, req })
    const { docs } = await req.payload.find({
      collection: asCollectionSlug(cfg.surveyResponsesSlug),
      where: { survey: { equals: survey.id } },
      sort: 'createdAt',
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const responses = docs as unknown as Array<{ wave: string; createdAt: string; answers: Record<string, SurveyAnswer> }>
    const cell = (answer: SurveyAnswer | undefined) => (Array.isArray(answer) ? answer.join('; ') : answer)
    const rows = [
      ['wave', 'createdAt', ...survey.questions.map((q) => q.key)],
      ...responses.map((r) => [r.wave, r.createdAt, ...survey.questions.map((q) => cell(r.answers?.[q.key]))]),
    ]
    return new Response(toCsv(rows), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="khao-sat-${survey.id}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
})
