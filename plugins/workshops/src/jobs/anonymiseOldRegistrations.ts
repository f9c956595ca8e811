import type { TaskConfig } from 'payload'

import type { RegistrationDoc, SanitizedWorkshopsConfig, WorkshopDoc } from '../types.js'

import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { TASK_ANONYMISE_OLD_REGISTRATIONS } from '../defaults.js'
import { newCancelToken } from '../hooks/prepareNewRegistration.js'
import { runtimeSettingsOf } from '../utilities/settings.js'

/** The name that replaces an anonymised registrant's. */
export const ANONYMISED_NAME = 'Đã ẩn danh'

const BATCH = 200

/**
 * Decree 13/2023: personal data is kept only as long as needed. `retentionDays` after a
 * workshop ends its registrants lose name, e-mail, phone and organisation; status, audience
 * type and dates stay, so counts and reports keep working. `now` (ISO) may be given in the
 * input to run the job as of another moment.
 */
export const anonymiseOldRegistrationsTask = (
  cfg: SanitizedWorkshopsConfig,
): TaskConfig<{ input: { now?: null | string }; output: { anonymised: number } }> => ({
  slug: TASK_ANONYMISE_OLD_REGISTRATIONS,
  label: 'Ẩn danh người đăng ký hội thảo đã quá hạn lưu — anonymise old workshop registrants',
  retries: 2,
  inputSchema: [{ name: 'now', type: 'text' }],
  outputSchema: [{ name: 'anonymised', type: 'number' }],
  ...(cfg.retentionSchedule ? { schedule: [{ cron: cfg.retentionSchedule, queue: cfg.retentionQueue }] } : {}),
  handler: async ({ input, req }) => {
    const now = (input as { now?: null | string } | undefined)?.now ? new Date((input as { now: string }).now) : new Date()
    if (Number.isNaN(now.getTime())) throw new Error(`[workshops] ${TASK_ANONYMISE_OLD_REGISTRATIONS}: input.now is not a date`)
    const { retentionDays } = runtimeSettingsOf(req.payload, cfg.registrationsSlug)
    const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000)

    const { docs: workshops } = await req.payload.find({
      collection: asCollectionSlug(cfg.workshopsSlug),
      where: { endsAt: { less_than: cutoff.toISOString() } },
      select: { endsAt: true } as never,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const workshopIds = (workshops as WorkshopDoc[]).map((w) => w.id)
    if (!workshopIds.length) return { output: { anonymised: 0 } }

    let anonymised = 0
    for (;;) {
      const { docs } = await req.payload.find({
        collection: asCollectionSlug(cfg.registrationsSlug),
        where: { and: [{ workshop: { in: workshopIds } }, { anonymisedAt: { exists: false } }] },
        limit: BATCH,
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (!docs.length) break
      for (const registration of docs as RegistrationDoc[]) {
        await req.payload.update({
          collection: asCollectionSlug(cfg.registrationsSlug),
          id: registration.id,
          data: {
            fullName: ANONYMISED_NAME,
            email: `an-danh-${registration.id}@anonymised.invalid`,
            phone: null,
            organisation: null,
            cancelToken: newCancelToken(),
            anonymisedAt: now.toISOString(),
          } as never,
          depth: 0,
          overrideAccess: true,
          req,
        })
        anonymised += 1
      }
    }
    return { output: { anonymised } }
  },
})
