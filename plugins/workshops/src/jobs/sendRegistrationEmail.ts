import type { TaskConfig } from 'payload'

import type { RegistrationDoc, RegistrationEmailKind, SanitizedWorkshopsConfig, WorkshopDoc } from '../types.js'

import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { TASK_SEND_REGISTRATION_EMAIL } from '../defaults.js'
import { REGISTRATION_EMAIL_KINDS } from '../types.js'
import { buildRegistrationEmail, cancelUrlFor } from '../utilities/registrationEmail.js'
import { idOf } from '@loa/helpers'

/**
 * Sends one registrant e-mail. Idempotent: the sent time is recorded on the registration and
 * a retry after a successful send sends nothing; a registration cancelled or anonymised in
 * the meantime gets no mail.
 */
export const sendRegistrationEmailTask = (
  cfg: SanitizedWorkshopsConfig,
): TaskConfig<{ input: { registrationId: string; kind: RegistrationEmailKind }; output: { outcome: string } }> => ({
  slug: TASK_SEND_REGISTRATION_EMAIL,
  label: 'Gửi thư đăng ký hội thảo — send a workshop registration e-mail',
  retries: cfg.emailRetries,
  inputSchema: [
    { name: 'registrationId', type: 'text', required: true },
    { name: 'kind', type: 'select', required: true, options: [...REGISTRATION_EMAIL_KINDS] },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    const { kind, registrationId } = input as { kind: RegistrationEmailKind; registrationId: string }
    const registration = (await req.payload.findByID({
      collection: asCollectionSlug(cfg.registrationsSlug),
      id: registrationId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
      showHiddenFields: true,
    })) as RegistrationDoc | null
    if (!registration) return { output: { outcome: 'registration deleted' } }
    if (registration.anonymisedAt || registration.status === 'cancelled')
      return { output: { outcome: `skipped (${registration.anonymisedAt ? 'anonymised' : 'cancelled'})` } }
    // Promoted before its waiting-list notice went out: the promotion mail says all there is to say.
    if (kind === 'waitlisted' && registration.status !== 'waitlisted') return { output: { outcome: 'skipped (no longer waitlisted)' } }
    const sentField = kind === 'promoted' ? 'promotionSentAt' : 'confirmationSentAt'
    if (registration[sentField]) return { output: { outcome: 'already sent' } }

    const workshop = (await req.payload.findByID({
      collection: asCollectionSlug(cfg.workshopsSlug),
      id: idOf(registration.workshop) as string,
      depth: 0,
      overrideAccess: true,
      req,
    })) as WorkshopDoc
    const serverURL = req.payload.config.serverURL || undefined
    const mail = buildRegistrationEmail({
      cancelUrl: cancelUrlFor({
        apiRoute: req.payload.config.routes.api,
        registrationsSlug: cfg.registrationsSlug,
        serverURL,
        token: registration.cancelToken as string,
      }),
      kind,
      registration,
      serverURL,
      workshop,
    })
    await req.payload.sendEmail(mail)
    await req.payload.update({
      collection: asCollectionSlug(cfg.registrationsSlug),
      id: registration.id,
      data: { [sentField]: new Date().toISOString() } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { output: { outcome: `sent ${kind}` } }
  },
})
