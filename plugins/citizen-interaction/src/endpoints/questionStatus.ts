import type { Endpoint } from 'payload'

import type { QuestionDoc, SanitizedCitizenConfig } from '../types.js'

import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { CitizenRequestError } from '../utilities/citizenRequestError.js'
import { STATUS_TEXT } from '../utilities/statusLabels.js'
import { TRACKING_CODE_PATTERN } from '../utilities/trackingCode.js'
import { createWorkingCalendar } from '../utilities/workingCalendar.js'

const notFound = () => new CitizenRequestError('Không tìm thấy câu hỏi với mã tra cứu này — no question with this tracking code', 404, 'code')

/**
 * GET /api/{questions}/status/:code — what the asker may know without logging in: the status
 * and the due date. Nothing personal: the code is the only key and may be shared.
 */
export const questionStatusEndpoint = (cfg: SanitizedCitizenConfig): Endpoint => ({
  path: '/status/:code',
  method: 'get',
  handler: async (req) => {
    const code = String(req.routeParams?.code ?? '').toUpperCase()
    if (!TRACKING_CODE_PATTERN.test(code)) throw notFound()
    const { docs } = await req.payload.find({
      collection: asCollectionSlug(cfg.questionsSlug),
      where: { code: { equals: code } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const question = docs[0] as unknown as QuestionDoc | undefined
    if (!question) throw notFound()
    const calendar = createWorkingCalendar({ country: cfg.holidayCountry, timeZone: cfg.timeZone })
    return Response.json({
      code: question.code,
      status: question.status,
      statusText: STATUS_TEXT[question.status],
      dueDate: calendar.localDateOf(new Date(question.dueDate)),
    })
  },
})
