import type { Endpoint, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { Id, QuestionDoc, SanitizedCitizenConfig } from '../types.js'
import type { QuestionInput } from '../utilities/validateQuestionInput.js'

import { TASK_SEND_QUESTION_EMAIL, WORKFLOW_WRITE_CONTEXT } from '../defaults.js'
import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { CitizenRequestError } from '../utilities/citizenRequestError.js'
import { initialsOf } from '../utilities/initials.js'
import { loadWorkingCalendar } from '../utilities/loadWorkingCalendar.js'
import { addressKeyOf, contactKeysOf } from '../utilities/rateLimitKeys.js'
import { readJsonBody } from '../utilities/readJsonBody.js'
import { newTrackingCode } from '../utilities/trackingCode.js'
import { validateQuestionInput } from '../utilities/validateQuestionInput.js'

const tooManyRequests = ({ field, retryAfterSeconds, vi, en }: { field: string; retryAfterSeconds: number; vi: string; en: string }): Response =>
  Response.json(
    {
      errors: [
        { message: `${vi}, vui lòng thử lại sau ${retryAfterSeconds} giây — ${en}, try again in ${retryAfterSeconds} s`, data: { field, retryAfterSeconds } },
      ],
    },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
  )

/** The campaign and item named by the asker must exist; a wrong id is the asker's mistake, named as such. */
const checkReferences = async ({ cfg, input, req }: { cfg: SanitizedCitizenConfig; input: QuestionInput; req: PayloadRequest }) => {
  if (input.campaign !== null) {
    if (!cfg.campaignsSlug) throw new CitizenRequestError('Không nhận trường "campaign" — this site takes no "campaign"', 400, 'campaign')
    const { totalDocs } = await req.payload.count({
      collection: asCollectionSlug(cfg.campaignsSlug),
      where: { id: { equals: input.campaign } },
      overrideAccess: true,
      req,
    })
    if (!totalDocs) throw new CitizenRequestError('Không tìm thấy chiến dịch — no campaign with this id', 400, 'campaign')
  }
  if (input.item !== null) {
    const { totalDocs } = await req.payload.count({
      collection: asCollectionSlug(input.item.collection),
      where: { id: { equals: input.item.id } },
      overrideAccess: true,
      req,
    })
    if (!totalDocs) throw new CitizenRequestError('Không tìm thấy nội dung được hỏi — no item with this id', 400, 'item')
  }
}

/**
 * POST /api/{questions}/ask — anyone may ask, without an account. Answers 201 with the
 * tracking code and the due date; the receipt e-mail goes out from a queued job.
 */
export const askQuestionEndpoint = (cfg: SanitizedCitizenConfig): Endpoint => ({
  path: '/ask',
  method: 'post',
  handler: async (req) => {
    const { payload } = req
    const address = cfg.clientAddress(req)
    const addressKey = address === null ? null : addressKeyOf(address)
    if (addressKey !== null) {
      const verdict = await cfg.rateLimitStore.hit({ key: addressKey, limit: cfg.rateLimits.perAddress, now: Date.now() })
      if (!verdict.isAllowed)
        return tooManyRequests({
          field: 'address',
          retryAfterSeconds: verdict.retryAfterSeconds,
          vi: 'Quá nhiều câu hỏi từ địa chỉ này',
          en: 'too many questions from this address',
        })
    }

    const input = validateQuestionInput(await readJsonBody(req), cfg.itemCollections)

    for (const key of contactKeysOf(input)) {
      const verdict = await cfg.rateLimitStore.hit({ key, limit: cfg.rateLimits.perContact, now: Date.now() })
      if (!verdict.isAllowed) {
        const field = key.startsWith('citizen:email:') ? 'email' : 'phone'
        return tooManyRequests({
          field,
          retryAfterSeconds: verdict.retryAfterSeconds,
          vi: field === 'email' ? 'Quá nhiều câu hỏi với thư điện tử này' : 'Quá nhiều câu hỏi với số điện thoại này',
          en: `too many questions with this ${field === 'email' ? 'e-mail' : 'phone number'}`,
        })
      }
    }

    await checkReferences({ cfg, input, req })

    const receivedAt = new Date()
    const calendar = await loadWorkingCalendar({ cfg, req })
    // The campaign's own deadline when the host gives one, else the plugin's.
    const forCampaign = cfg.campaignsSlug ? await cfg.answerWorkingDaysFor({ campaign: input.campaign as Id | null, req }) : undefined
    const workingDays = Number.isInteger(forCampaign) && forCampaign! >= 1 && forCampaign! <= 365 ? forCampaign! : cfg.answerWorkingDays
    const dueLocalDate = calendar.addWorkingDays(receivedAt, workingDays)

    const shouldCommit = await initTransaction(req)
    try {
      const question = (await payload.create({
        collection: asCollectionSlug(cfg.questionsSlug),
        data: {
          code: newTrackingCode(),
          name: input.name,
          publicName: initialsOf(input.name),
          email: input.email,
          phone: input.phone,
          question: input.question,
          topic: input.topic,
          ...(cfg.campaignsSlug ? { campaign: input.campaign } : {}),
          ...(cfg.itemCollections.length ? { item: input.item ? { relationTo: input.item.collection, value: input.item.id } : null } : {}),
          consent: true,
          consentAt: receivedAt.toISOString(),
          status: 'received',
          dueDate: calendar.endOfLocalDate(dueLocalDate).toISOString(),
          workingDays,
        } as never,
        context: { [WORKFLOW_WRITE_CONTEXT]: true },
        depth: 0,
        overrideAccess: true,
        req,
      })) as unknown as QuestionDoc
      await payload.create({
        collection: asCollectionSlug(cfg.questionEventsSlug),
        data: { question: question.id, action: 'ask', toStatus: 'received', at: receivedAt.toISOString() } as never,
        context: { [WORKFLOW_WRITE_CONTEXT]: true },
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (input.email) await payload.jobs.queue({ task: TASK_SEND_QUESTION_EMAIL, input: { questionId: String(question.id), kind: 'receipt' }, req } as never)
      if (shouldCommit) await commitTransaction(req)
      return Response.json(
        {
          code: question.code,
          status: 'received',
          dueDate: dueLocalDate,
          message: `Đã tiếp nhận câu hỏi. Mã tra cứu: ${question.code}, hạn trả lời: ${dueLocalDate}. — Question received; tracking code ${question.code}, answer due by ${dueLocalDate}.`,
        },
        { status: 201 },
      )
    } catch (err) {
      if (shouldCommit) await killTransaction(req)
      throw err
    }
  },
})
