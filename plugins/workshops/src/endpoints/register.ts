import type { Endpoint, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction, ValidationError } from 'payload'

import type { Id, RegistrationDoc, RegistrationStatus, SanitizedWorkshopsConfig, WorkshopDoc } from '../types.js'

import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { formatVietnameseDateTime } from '@loa/helpers'
import { clientAddressOf, rateLimitKeyOf } from '@loa/helpers/clientAddress'
import { TASK_SEND_REGISTRATION_EMAIL } from '../defaults.js'
import { newCancelToken } from '../hooks/prepareNewRegistration.js'
import { activeKeyOf } from '../utilities/activeKey.js'
import { loadWorkshop } from '../utilities/loadWorkshop.js'
import { cancelUrlFor } from '../utilities/registrationEmail.js'
import { confirmIfSeatFree, countByStatus, lockWorkshop } from '../utilities/seats.js'
import { runtimeSettingsOf } from '../utilities/settings.js'
import { validateRegistrationInput } from '../utilities/validateRegistrationInput.js'
import { WorkshopRequestError } from '../utilities/workshopRequestError.js'

let hasWarnedAboutMissingAddress = false
const warnOnceAboutMissingAddress = (req: PayloadRequest) => {
  if (hasWarnedAboutMissingAddress) return
  hasWarnedAboutMissingAddress = true
  req.payload.logger.warn({
    msg: '[workshops] the client address of a registration is unknown (no peer address from the server, or a trusted proxy sent no usable X-Forwarded-For): the per-address limit is not applied',
  })
}

/** Bodies above this are refused before they are read: a registration is a few short fields. */
const MAX_BODY_BYTES = 16 * 1024

const tooManyRequests = (message: string, field: string, retryAfterSeconds: number): Response =>
  Response.json({ errors: [{ message, data: { field, retryAfterSeconds } }] }, { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } })

const readJsonBody = async (req: PayloadRequest): Promise<unknown> => {
  const length = Number(req.headers.get('content-length') ?? 0)
  if (length > MAX_BODY_BYTES)
    throw new WorkshopRequestError(`Nội dung gửi lên quá lớn (tối đa ${MAX_BODY_BYTES} byte) — request body larger than ${MAX_BODY_BYTES} bytes`, 413, {
      field: 'body',
    })
  const text = req.text ? await req.text() : ''
  if (text.length > MAX_BODY_BYTES)
    throw new WorkshopRequestError(`Nội dung gửi lên quá lớn (tối đa ${MAX_BODY_BYTES} byte) — request body larger than ${MAX_BODY_BYTES} bytes`, 413, {
      field: 'body',
    })
  try {
    return JSON.parse(text)
  } catch {
    throw new WorkshopRequestError('Nội dung gửi lên không phải JSON hợp lệ — the request body is not valid JSON', 400, { field: 'body' })
  }
}

const checkRegistrationWindow = (workshop: WorkshopDoc, now: number): void => {
  if (workshop.registrationOpensAt && now < Date.parse(workshop.registrationOpensAt)) {
    throw new WorkshopRequestError(
      `Chưa mở đăng ký: mở từ ${formatVietnameseDateTime(workshop.registrationOpensAt)} — registration has not opened yet (registrationOpensAt)`,
      409,
      { field: 'registrationOpensAt' },
    )
  }
  const closesAt = workshop.registrationClosesAt ?? workshop.startsAt
  if (now >= Date.parse(closesAt)) {
    throw new WorkshopRequestError(
      `Đã hết hạn đăng ký (${formatVietnameseDateTime(closesAt)}) — registration is closed (${workshop.registrationClosesAt ? 'registrationClosesAt' : 'startsAt'})`,
      409,
      { field: workshop.registrationClosesAt ? 'registrationClosesAt' : 'startsAt' },
    )
  }
}

const fullError = () =>
  new WorkshopRequestError('Hội thảo đã đủ chỗ và không nhận danh sách chờ — the workshop is full and has no waiting list', 409, { field: 'capacity' })

const duplicateError = () =>
  new WorkshopRequestError('Thư điện tử này đã đăng ký hội thảo này — this e-mail already has an active registration for this workshop', 409, {
    field: 'email',
  })

const isDuplicateKeyError = (err: unknown): boolean =>
  err instanceof ValidationError && (err.data?.errors ?? []).some((e: { path?: string }) => e.path === 'activeKey')

const MESSAGES: Record<'confirmed' | 'waitlisted', string> = {
  confirmed:
    'Đăng ký thành công. Thư xác nhận kèm lịch (.ics) sẽ được gửi tới địa chỉ thư điện tử của anh/chị. — Registration confirmed; a confirmation e-mail with a calendar entry is on its way.',
  waitlisted:
    'Hội thảo đã đủ chỗ: anh/chị đã vào danh sách chờ và sẽ được báo qua thư khi có chỗ. — The workshop is full: you are on the waiting list and will be e-mailed if a seat frees up.',
}

/**
 * POST /api/{workshops}/:id/register — anyone may register for a published workshop while
 * its registration is open. Answers 201 with `confirmed` or `waitlisted` and the cancel link.
 */
export const registerEndpoint = (cfg: SanitizedWorkshopsConfig): Endpoint => ({
  path: '/:id/register',
  method: 'post',
  handler: async (req) => {
    const { payload } = req
    const { rateLimits } = runtimeSettingsOf(payload, cfg.registrationsSlug)

    const ip = clientAddressOf(req, cfg)
    // Without an address every client would share one bucket and one client could lock all out: only the e-mail limit applies then.
    if (ip === null) warnOnceAboutMissingAddress(req)
    const ipVerdict =
      ip === null ? ({ isAllowed: true } as const) : await cfg.rateLimitStore.hit({ key: `ip:${rateLimitKeyOf(ip)}`, limit: rateLimits.perIp, now: Date.now() })
    if (!ipVerdict.isAllowed) {
      return tooManyRequests(
        `Quá nhiều lượt đăng ký từ địa chỉ này, vui lòng thử lại sau ${ipVerdict.retryAfterSeconds} giây — too many registrations from this address, try again in ${ipVerdict.retryAfterSeconds} s`,
        'ip',
        ipVerdict.retryAfterSeconds,
      )
    }

    const input = validateRegistrationInput(await readJsonBody(req))

    const emailVerdict = await cfg.rateLimitStore.hit({ key: `email:${input.email}`, limit: rateLimits.perEmail, now: Date.now() })
    if (!emailVerdict.isAllowed) {
      return tooManyRequests(
        `Quá nhiều lượt đăng ký với thư điện tử này, vui lòng thử lại sau ${emailVerdict.retryAfterSeconds} giây — too many registrations with this e-mail, try again in ${emailVerdict.retryAfterSeconds} s`,
        'email',
        emailVerdict.retryAfterSeconds,
      )
    }

    const workshop = await loadWorkshop({ cfg, req })
    if (workshop._status !== 'published') {
      throw new WorkshopRequestError('Hội thảo chưa được công bố nên chưa nhận đăng ký — the workshop is not published', 404, { field: 'id' })
    }
    checkRegistrationWindow(workshop, Date.now())

    const capacity = typeof workshop.capacity === 'number' ? workshop.capacity : null
    const isWaitlistEnabled = workshop.waitlistEnabled !== false
    const registrations = asCollectionSlug(cfg.registrationsSlug)

    const shouldCommit = await initTransaction(req)
    try {
      await lockWorkshop({ cfg, req, workshopId: workshop.id })

      const { totalDocs: duplicates } = await payload.count({
        collection: registrations,
        where: { activeKey: { equals: activeKeyOf(workshop.id, input.email) } },
        overrideAccess: true,
        req,
      })
      if (duplicates) throw duplicateError()

      if (!isWaitlistEnabled && capacity !== null) {
        const counts = await countByStatus({ cfg, req, workshopId: workshop.id })
        if (counts.confirmed + counts.attended >= capacity) throw fullError()
      }

      // Written as waitlisted, then confirmed by one conditional UPDATE if a seat is still free.
      const token = newCancelToken()
      const created = (await payload.create({
        collection: registrations,
        data: { ...input, workshop: workshop.id, status: 'waitlisted', cancelToken: token } as never,
        depth: 0,
        overrideAccess: true,
        req,
      })) as unknown as RegistrationDoc

      let status: RegistrationStatus = 'confirmed'
      if (!(await confirmIfSeatFree({ capacity, cfg, registrationId: created.id, req, workshopId: workshop.id }))) {
        // A cancellation may have promoted this very registration in between.
        const current = (await payload.findByID({
          collection: registrations,
          id: created.id,
          depth: 0,
          overrideAccess: true,
          req,
        })) as unknown as RegistrationDoc
        status = current.status
      }

      if (status === 'waitlisted' && !isWaitlistEnabled) {
        await payload.delete({ collection: registrations, id: created.id, overrideAccess: true, req })
        throw fullError()
      }

      const waitlistPosition = status === 'waitlisted' ? await waitlistPositionOf({ cfg, registration: created, req }) : null
      await payload.jobs.queue({
        task: TASK_SEND_REGISTRATION_EMAIL,
        input: { registrationId: String(created.id), kind: status === 'waitlisted' ? 'waitlisted' : 'confirmed' },
        req,
      } as never)
      if (shouldCommit) await commitTransaction(req)

      const kind = status === 'waitlisted' ? 'waitlisted' : 'confirmed'
      return Response.json(
        {
          status: kind,
          message: MESSAGES[kind],
          registration: { id: created.id, status: kind, waitlistPosition },
          workshop: { id: workshop.id, title: workshop.title },
          cancelUrl: cancelUrlFor({
            apiRoute: payload.config.routes.api,
            registrationsSlug: cfg.registrationsSlug,
            serverURL: payload.config.serverURL || undefined,
            token,
          }),
        },
        { status: 201 },
      )
    } catch (err) {
      if (shouldCommit) await killTransaction(req)
      if (isDuplicateKeyError(err)) throw duplicateError()
      throw err
    }
  },
})

const waitlistPositionOf = async ({
  cfg,
  registration,
  req,
}: {
  cfg: SanitizedWorkshopsConfig
  registration: RegistrationDoc
  req: PayloadRequest
}): Promise<number> => {
  const { totalDocs } = await req.payload.count({
    collection: asCollectionSlug(cfg.registrationsSlug),
    where: {
      and: [
        { workshop: { equals: registration.workshop as Id } },
        { status: { equals: 'waitlisted' } },
        {
          or: [
            { createdAt: { less_than: registration.createdAt } },
            { and: [{ createdAt: { equals: registration.createdAt } }, { id: { less_than_equal: registration.id } }] },
          ],
        },
      ],
    },
    overrideAccess: true,
    req,
  })
  return Math.max(1, totalDocs)
}
