import type { Endpoint, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { RegistrationDoc, SanitizedWorkshopsConfig, WorkshopDoc } from '../types.js'

import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { formatVietnameseDateTime, idOf } from '@loa/helpers'
import { STATUS_LABELS } from '../defaults.js'
import { claimCancellation, lockWorkshop } from '../utilities/seats.js'
import { WorkshopRequestError } from '../utilities/workshopRequestError.js'

const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' }
const escape = (value: unknown): string => String(value ?? '').replace(/["&'<>]/g, (c) => ESCAPES[c] as string)

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/

const page = (title: string, body: string, status = 200): Response =>
  new Response(
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title></head>` +
      `<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>${escape(title)}</h1>${body}</body></html>`,
    { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } },
  )

const tokenOf = (req: PayloadRequest): string => {
  const token = req.searchParams.get('token') ?? ''
  if (!token) throw new WorkshopRequestError('Thiếu mã huỷ trong liên kết — token is required', 400, { field: 'token' })
  if (!TOKEN_PATTERN.test(token)) throw new WorkshopRequestError('Mã huỷ không hợp lệ — token is malformed', 400, { field: 'token' })
  return token
}

const findByToken = async (cfg: SanitizedWorkshopsConfig, req: PayloadRequest, token: string) => {
  const { docs } = await req.payload.find({
    collection: asCollectionSlug(cfg.registrationsSlug),
    where: { cancelToken: { equals: token } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const registration = docs[0] as unknown as RegistrationDoc | undefined
  if (!registration || registration.anonymisedAt)
    throw new WorkshopRequestError('Không tìm thấy đăng ký với mã huỷ này — no registration with this token', 404, { field: 'token' })
  const workshop = (await req.payload.findByID({
    collection: asCollectionSlug(cfg.workshopsSlug),
    id: idOf(registration.workshop) as string,
    depth: 0,
    overrideAccess: true,
    req,
  })) as WorkshopDoc
  return { registration, workshop }
}

const wantsHtml = (req: PayloadRequest): boolean => {
  const type = req.headers.get('content-type') ?? ''
  const accept = req.headers.get('accept') ?? ''
  return type.includes('application/x-www-form-urlencoded') || (accept.includes('text/html') && !accept.includes('application/json'))
}

const hasStarted = (workshop: WorkshopDoc): boolean => Date.now() >= Date.parse(workshop.startsAt)

const answerAlreadyCancelled = (isHtml: boolean): Response => {
  const message = 'Đăng ký này đã được huỷ trước đó — this registration was already cancelled'
  return isHtml ? page('Đăng ký đã được huỷ', `<p>${escape(message)}</p>`) : Response.json({ status: 'cancelled', alreadyCancelled: true, message })
}

/**
 * GET shows what would be cancelled and a button (mail scanners open links; a GET must not
 * cancel). POST cancels: JSON for API clients, a page for the button's form.
 */
export const cancelEndpoints = (cfg: SanitizedWorkshopsConfig): Endpoint[] => [
  {
    path: '/cancel',
    method: 'get',
    handler: async (req) => {
      const token = tokenOf(req)
      const { registration, workshop } = await findByToken(cfg, req, token)
      const when = `${formatVietnameseDateTime(workshop.startsAt)}`
      if (registration.status === 'cancelled') {
        return page('Đăng ký đã được huỷ', `<p>Đăng ký của ${escape(registration.fullName)} cho “${escape(workshop.title)}” đã được huỷ trước đó.</p>`)
      }
      return page(
        'Huỷ đăng ký tham dự',
        `<p>${escape(registration.fullName)} — “${escape(workshop.title)}”, ${escape(when)}.</p>` +
          `<p>Trạng thái hiện tại: <strong>${escape(STATUS_LABELS[registration.status].vi)}</strong>.</p>` +
          `<form method="post" action="?token=${encodeURIComponent(token)}"><input type="hidden" name="confirm" value="1">` +
          `<button type="submit">Xác nhận huỷ đăng ký / Cancel my registration</button></form>`,
      )
    },
  },
  {
    path: '/cancel',
    method: 'post',
    handler: async (req) => {
      const token = tokenOf(req)
      const { registration, workshop } = await findByToken(cfg, req, token)
      const isHtml = wantsHtml(req)
      if (registration.status === 'cancelled') return answerAlreadyCancelled(isHtml)
      if (registration.status === 'attended') {
        throw new WorkshopRequestError('Đăng ký đã được điểm danh, không thể huỷ — an attended registration cannot be cancelled', 409, { field: 'status' })
      }
      if (hasStarted(workshop)) {
        throw new WorkshopRequestError('Hội thảo đã bắt đầu, không thể huỷ đăng ký — the workshop has already started', 409, { field: 'startsAt' })
      }

      const shouldCommit = await initTransaction(req)
      let isCancelledHere: boolean
      try {
        await lockWorkshop({ cfg, req, workshopId: workshop.id })
        // The same link sent twice at once (a double click, a retry): one request cancels, the others were too late.
        isCancelledHere = await claimCancellation({ cfg, req, registrationId: registration.id })
        if (isCancelledHere) {
          // The seat (if any) goes to the waitlist in the registrations' afterChange hook, in this transaction.
          await req.payload.update({
            collection: asCollectionSlug(cfg.registrationsSlug),
            id: registration.id,
            data: { status: 'cancelled' } as never,
            depth: 0,
            overrideAccess: true,
            req,
          })
        }
        if (shouldCommit) await commitTransaction(req)
      } catch (err) {
        if (shouldCommit) await killTransaction(req)
        throw err
      }
      if (!isCancelledHere) return answerAlreadyCancelled(isHtml)
      const message = 'Đã huỷ đăng ký. Cảm ơn anh/chị đã báo trước. — Your registration is cancelled.'
      return isHtml
        ? page('Đã huỷ đăng ký', `<p>${escape(message)}</p><p>“${escape(workshop.title)}”</p>`)
        : Response.json({ status: 'cancelled', alreadyCancelled: false, message, workshop: { id: workshop.id, title: workshop.title } })
    },
  },
]
