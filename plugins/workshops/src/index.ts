/**
 * Workshop registrations: a public register endpoint with seat rules that hold under
 * concurrency, a waiting list promoted on cancellation, e-mails (with the workshop's .ics)
 * sent by a queued job, organiser counts/list/attendance/exports, rate limits, and a retention
 * job that anonymises registrants after the workshop. Registrations are personal data: admins
 * and the managers of the workshop's campaign only.
 */
import type { CollectionConfig, Config, Plugin } from 'payload'

import { mergeTranslations } from '@loa/helpers'
import { sqlAdapterOf } from '@loa/helpers/sql'

import type { WorkshopsPluginConfig } from './types.js'

import { createRegistrationsCollection } from './collections/createRegistrationsCollection.js'
import { PLUGIN_NAME } from './defaults.js'
import { cancelEndpoints } from './endpoints/cancel.js'
import { exportCsvEndpoint, exportXlsxEndpoint } from './endpoints/exportRegistrations.js'
import { registerEndpoint } from './endpoints/register.js'
import { registrationsSummaryEndpoint } from './endpoints/registrationsSummary.js'
import { workshopIcsEndpoint } from './endpoints/workshopIcsEndpoint.js'
import { workshopsFeedEndpoint } from './endpoints/workshopsFeedEndpoint.js'
import { workshopRegistrationFields } from './fields/workshopRegistrationFields.js'
import { syncRegistrationsWithWorkshop } from './hooks/syncRegistrationsWithWorkshop.js'
import { anonymiseOldRegistrationsTask } from './jobs/anonymiseOldRegistrations.js'
import { sendRegistrationEmailTask } from './jobs/sendRegistrationEmail.js'
import { translations } from './translations/index.js'
import { sanitizeConfig } from './utilities/sanitizeConfig.js'
import { WORKSHOP_REQUEST_ERROR } from './utilities/workshopRequestError.js'

export const workshopsPlugin =
  (options: WorkshopsPluginConfig = {}): Plugin =>
  (config: Config): Config => {
    const cfg = sanitizeConfig(options)
    const collections = config.collections ?? []
    const workshops = collections.find((c) => c.slug === cfg.workshopsSlug)
    if (!workshops) throw new Error(`[${PLUGIN_NAME}] unknown collection "${cfg.workshopsSlug}" (option workshopsSlug)`)
    if (cfg.campaignsSlug && !collections.some((c) => c.slug === cfg.campaignsSlug))
      throw new Error(`[${PLUGIN_NAME}] unknown collection "${cfg.campaignsSlug}" (option campaignsSlug)`)
    if (collections.some((c) => c.slug === cfg.registrationsSlug))
      throw new Error(`[${PLUGIN_NAME}] collection "${cfg.registrationsSlug}" already exists (option registrationsSlug)`)

    const extendedWorkshops: CollectionConfig = {
      ...workshops,
      fields: [...workshops.fields, ...workshopRegistrationFields(cfg)],
      hooks: {
        ...workshops.hooks,
        afterChange: [...(workshops.hooks?.afterChange ?? []), ...(cfg.enabled ? [syncRegistrationsWithWorkshop(cfg)] : [])],
      },
      endpoints:
        workshops.endpoints === false
          ? false
          : [
              // Ahead of the collection's own endpoints: `/:id/ics` must not be taken for something else.
              workshopIcsEndpoint({ workshopsSlug: cfg.workshopsSlug }),
              ...(workshops.endpoints ?? []),
              ...(cfg.enabled ? [registerEndpoint(cfg), exportCsvEndpoint(cfg), exportXlsxEndpoint(cfg), registrationsSummaryEndpoint(cfg)] : []),
            ],
    }

    const registrations = createRegistrationsCollection(cfg)
    if (cfg.enabled) registrations.endpoints = [...(registrations.endpoints || []), ...cancelEndpoints(cfg)]

    return mergeTranslations(
      {
        ...config,
        onInit: async (payload) => {
          // Seats are decided by conditional SQL updates; without them two registrations could
          // take the last seat, so the plugin does not start on an adapter without SQL.
          if (cfg.enabled && !sqlAdapterOf(payload)) {
            throw new Error(
              `[${PLUGIN_NAME}] needs SQLite or Postgres: seat rules are not concurrency-safe on the "${payload.db.name}" adapter (set disabled: true to keep only the schema)`,
            )
          }
          await config.onInit?.(payload)
        },
        loggingLevels: { ...config.loggingLevels, [WORKSHOP_REQUEST_ERROR]: 'info' } as Config['loggingLevels'],
        collections: [...collections.map((c) => (c.slug === cfg.workshopsSlug ? extendedWorkshops : c)), registrations],
        // The .ics feed goes first: `/feeds/…` endpoints of other plugins must not shadow it.
        endpoints: [workshopsFeedEndpoint({ workshopsSlug: cfg.workshopsSlug }), ...(config.endpoints ?? [])],
        jobs: {
          ...config.jobs,
          tasks: [...(config.jobs?.tasks ?? []), ...(cfg.enabled ? [sendRegistrationEmailTask(cfg), anonymiseOldRegistrationsTask(cfg)] : [])],
        },
      },
      translations,
    )
  }

export { withWorkshopsSettings } from './utilities/settings.js'
export { ANONYMISED_NAME } from './jobs/anonymiseOldRegistrations.js'
export { REGISTRATIONS_PANEL_COMPONENT } from './fields/workshopRegistrationFields.js'
export { TASK_ANONYMISE_OLD_REGISTRATIONS, TASK_SEND_REGISTRATION_EMAIL } from './defaults.js'
export { EXPORT_COLUMNS } from './utilities/registrationRows.js'
export type { CanManageRegistrations, RegistrationStatus, WorkshopDoc, WorkshopsPluginConfig, WorkshopsRateLimits } from './types.js'
export { translations as workshopsTranslations } from './translations/index.js'
export { createMemoryRateLimitStore } from '@loa/helpers'
export type { RateLimitStore, RateLimitVerdict } from '@loa/helpers'
// Input rules, exported for tests and for hosts with their own registration forms.
export { clientAddressOf, rateLimitKeyOf } from '@loa/helpers/clientAddress'
export { sanitizeConfig as sanitizeWorkshopsConfig } from './utilities/sanitizeConfig.js'
export { normaliseVietnamesePhone, validateRegistrationInput } from './utilities/validateRegistrationInput.js'
