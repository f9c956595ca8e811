import type { Endpoint, PayloadRequest, Where } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { QuestionDoc, SanitizedCitizenConfig } from '../types.js'

import { ANONYMISED_NAME, LIMITS, WORKFLOW_WRITE_CONTEXT } from '../defaults.js'
import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { CitizenRequestError } from '../utilities/citizenRequestError.js'
import { readJsonBody } from '../utilities/readJsonBody.js'

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]{2,}$/u

/** A person's questions the office answers for: at most this many in one request. */
const MAX_QUESTIONS = 1000

type Subject = { email: null | string; phone: null | string }

/** Who the request is about: an e-mail and/or a phone, as the person gave them when asking. */
const subjectOf = (body: unknown): Subject => {
  const { email, phone } = (body && typeof body === 'object' ? body : {}) as { email?: unknown; phone?: unknown }
  if (email !== undefined && email !== null && (typeof email !== 'string' || !EMAIL.test(email.trim())))
    throw new CitizenRequestError('Địa chỉ thư điện tử không hợp lệ — "email" is not a valid e-mail address', 400, 'email')
  if (phone !== undefined && phone !== null && (typeof phone !== 'string' || !/^\+?[\d\s.()-]{6,}$/.test(phone.trim()) || phone.length > LIMITS.phone))
    throw new CitizenRequestError('Số điện thoại không hợp lệ — "phone" is not a valid phone number', 400, 'phone')
  const subject = { email: typeof email === 'string' ? email.trim() : null, phone: typeof phone === 'string' ? phone.trim() : null }
  if (!subject.email && !subject.phone) throw new CitizenRequestError('Cần e-mail hoặc số điện thoại của người yêu cầu — give "email" or "phone"', 400, 'email')
  return subject
}

/** As the ask endpoint stores them: the e-mail in lower case, the phone without separators (older rows as typed). */
const whereSubject = ({ email, phone }: Subject): Where => {
  const or: Where[] = []
  if (email) or.push({ email: { equals: email.toLowerCase() } })
  if (phone) or.push({ phone: { in: [...new Set([phone, phone.replace(/[\s.()-]/g, '')])] } })
  return { or }
}

const questionsOf = async (cfg: SanitizedCitizenConfig, req: PayloadRequest, subject: Subject) =>
  (
    await req.payload.find({
      collection: asCollectionSlug(cfg.questionsSlug),
      depth: 0,
      limit: MAX_QUESTIONS,
      overrideAccess: true,
      req,
      sort: 'createdAt',
      where: whereSubject(subject),
    })
  ).docs as unknown as QuestionDoc[]

const requireAdmin = async (cfg: SanitizedCitizenConfig, req: PayloadRequest) => {
  if (!req.user) throw new CitizenRequestError('Cần đăng nhập — log in first', 401, 'user')
  if (!(await cfg.isAdmin({ req }))) throw new CitizenRequestError('Chỉ quản trị viên xử lý yêu cầu về dữ liệu cá nhân — admins only', 403, 'user')
}

/**
 * POST /api/{questions}/personal-data/export — an admin answers a person's request to see their
 * data (Decree 13/2023, art. 14): everything stored with their e-mail or phone, as a JSON file.
 */
export const exportPersonalDataEndpoint = (cfg: SanitizedCitizenConfig): Endpoint => ({
  path: '/personal-data/export',
  method: 'post',
  handler: async (req) => {
    await requireAdmin(cfg, req)
    const subject = subjectOf(await readJsonBody(req))
    const questions = await questionsOf(cfg, req, subject)
    const exportedAt = new Date().toISOString()
    const body = {
      subject,
      exportedAt,
      questions: questions.map((question) => ({
        code: question.code,
        name: question.name ?? null,
        email: question.email ?? null,
        phone: question.phone ?? null,
        question: question.question,
        topic: question.topic ?? null,
        campaign: question.campaign ?? null,
        consentAt: question.consentAt ?? null,
        status: question.status,
        answer: question.answer ?? null,
        receivedAt: question.createdAt,
        publishedAt: question.publishedAt ?? null,
        anonymisedAt: question.anonymisedAt ?? null,
      })),
    }
    return new Response(JSON.stringify(body, null, 2), {
      headers: {
        'Cache-Control': 'private, no-store',
        'Content-Disposition': `attachment; filename="du-lieu-ca-nhan-${exportedAt.slice(0, 10)}.json"`,
        'Content-Type': 'application/json; charset=utf-8',
      },
    })
  },
})

/**
 * POST /api/{questions}/personal-data/erase — an admin answers a person's request to erase their
 * data (Decree 13/2023, art. 16): the name, e-mail and phone of every question they asked are
 * removed and the public initials replaced, in one transaction. The questions and published
 * answers stay, anonymous: others read them. Answers `{ erased }`.
 */
export const erasePersonalDataEndpoint = (cfg: SanitizedCitizenConfig): Endpoint => ({
  path: '/personal-data/erase',
  method: 'post',
  handler: async (req) => {
    await requireAdmin(cfg, req)
    const subject = subjectOf(await readJsonBody(req))
    const shouldCommit = await initTransaction(req)
    try {
      const questions = await questionsOf(cfg, req, subject)
      const at = new Date().toISOString()
      for (const question of questions) {
        await req.payload.update({
          collection: asCollectionSlug(cfg.questionsSlug),
          id: question.id,
          data: { name: ANONYMISED_NAME, publicName: null, email: null, phone: null, anonymisedAt: at } as never,
          context: { [WORKFLOW_WRITE_CONTEXT]: true },
          depth: 0,
          overrideAccess: true,
          req,
        })
      }
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ erased: questions.length, codes: questions.map((question) => question.code) }, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      throw error
    }
  },
})
