/**
 * Scheduling: approved items go live at their `publishAt` and come down at their
 * `unpublishAt` (entered in the configured zone, stored in UTC), inside their campaign's period
 * when the host names one, exactly once however many workers run the jobs queue; a calendar
 * (JSON and an admin view).
 *
 * How jobs run: the `publishDueItems` task is scheduled every second on its queue. Running the
 * queues (a worker, `jobs.autoRun`, `jobs.access`) is the host's business; after downtime the
 * host may call `queueCatchUpSweep(payload)` on start so whatever fell due goes out at once.
 */
import type { CollectionConfig, Config } from 'payload'

import { mergeTranslations } from '@loa/helpers'

import type { SanitizedSchedulingConfig, SchedulingPluginConfig } from './types.js'

import { createScheduleRunsCollection } from './collections/ScheduleRuns.js'
import {
  DEFAULT_ADMIN_VIEW_PATH,
  DEFAULT_CALENDAR_PATH,
  DEFAULT_CAMPAIGN_FIELD,
  DEFAULT_CRON,
  DEFAULT_PERIOD_END_PATH,
  DEFAULT_PERIOD_START_PATH,
  DEFAULT_QUEUE,
  defaultTimeZone,
  hasAdminRole,
  PLUGIN_NAME,
  RUNS_COLLECTION,
  SCHEDULING_CUSTOM_KEY,
  TASK_SLUG,
} from './defaults.js'
import { calendarEndpoint } from './endpoints/calendarEndpoint.js'
import { scheduleFields } from './fields/scheduleFields.js'
import { markCancelledSchedule } from './hooks/markCancelledSchedule.js'
import { recordScheduleOverride } from './hooks/recordScheduleOverride.js'
import { recordScheduleSetters } from './hooks/recordScheduleSetters.js'
import { validateSchedule } from './hooks/validateSchedule.js'
import { publishDueItemsTask } from './jobs/publishDueItemsTask.js'
import { schedulingTranslations } from './translations/index.js'
import { publishDirectly } from './utilities/publishDirectly.js'
import { recordOverrideAsRun } from './utilities/scheduleRuns.js'

export type {
  CanReadRuns,
  CanReadScheduleStaffFields,
  CanSchedule,
  PerformScheduledAction,
  PerformScheduledActionArgs,
  RecordScheduleOverride,
  ScheduledAction,
  SchedulingPluginConfig,
} from './types.js'
export { SCHEDULER_ACTOR, SCHEDULING_CUSTOM_KEY } from './defaults.js'
export { schedulingTranslations } from './translations/index.js'
export { SCHEDULING_FIELD_NAMES, TASK_SLUG as PUBLISH_DUE_ITEMS_TASK, RUNS_COLLECTION as SCHEDULE_RUNS_COLLECTION } from './defaults.js'
export { processDueItems, SCHEDULER_CONTEXT } from './utilities/processDueItems.js'
export type { ProcessDueItemsResult } from './utilities/processDueItems.js'
export { loadCalendar } from './utilities/loadCalendar.js'
export type { CalendarData, CalendarEntry } from './utilities/loadCalendar.js'
export { queueCatchUpSweep, schedulingConfigFrom } from './utilities/queueCatchUpSweep.js'

/** Admin component paths: the package's own entry points, resolvable from any host. */
export const CALENDAR_VIEW_COMPONENT = '@loa/plugin-scheduling/rsc#CalendarView'
export const CALENDAR_NAV_LINK_COMPONENT = '@loa/plugin-scheduling/rsc#CalendarNavLink'

const fail = (message: string): never => {
  throw new Error(`[${PLUGIN_NAME}] ${message}`)
}

const sanitize = (options: SchedulingPluginConfig, config: Config): SanitizedSchedulingConfig => {
  if (!options || !Array.isArray(options.collections) || options.collections.length === 0) fail('option "collections" must list at least one collection slug')
  const isAdmin = options.isAdmin ?? hasAdminRole
  const cfg: SanitizedSchedulingConfig = {
    collections: [...new Set(options.collections)],
    workshopsCollection: options.workshopsCollection,
    campaignsCollection: options.campaignsCollection,
    campaignField: options.campaignField ?? DEFAULT_CAMPAIGN_FIELD,
    campaignPeriodStartPath: options.campaignPeriodStartPath ?? DEFAULT_PERIOD_START_PATH,
    campaignPeriodEndPath: options.campaignPeriodEndPath ?? DEFAULT_PERIOD_END_PATH,
    stagePath: options.stagePath ?? false,
    timeZone: options.timeZone ?? defaultTimeZone(),
    queue: options.queue ?? DEFAULT_QUEUE,
    cron: options.cron ?? DEFAULT_CRON,
    performAction: options.performAction ?? publishDirectly,
    recordScheduleOverride: options.recordScheduleOverride ?? recordOverrideAsRun,
    isAdmin,
    canSchedule: options.canSchedule ?? (({ req }) => isAdmin(req.user)),
    canReadStaffFields: options.canReadStaffFields ?? (({ req }) => isAdmin(req.user)),
    canReadRuns: options.canReadRuns ?? (({ req }) => isAdmin(req.user)),
    usersCollection: options.usersCollection ?? config.admin?.user ?? 'users',
    calendarPath: options.calendarPath ?? DEFAULT_CALENDAR_PATH,
    adminViewPath: options.adminViewPath ?? DEFAULT_ADMIN_VIEW_PATH,
    publishedAtFields: options.publishedAtFields ?? [],
    disabled: options.disabled ?? false,
    runsCollectionOverrides: options.runsCollectionOverrides ?? {},
    runsCollection: options.runsCollectionOverrides?.slug ?? RUNS_COLLECTION,
    taskSlug: TASK_SLUG,
  }
  const slugs = new Set((config.collections ?? []).map((collection) => collection.slug))
  for (const slug of [...cfg.collections, cfg.usersCollection, ...(cfg.campaignsCollection ? [cfg.campaignsCollection] : [])]) {
    if (!slugs.has(slug)) fail(`unknown collection "${slug}"`)
  }
  if (cfg.workshopsCollection && !cfg.collections.includes(cfg.workshopsCollection)) {
    fail(`workshopsCollection "${cfg.workshopsCollection}" must be one of "collections"`)
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: cfg.timeZone })
  } catch {
    fail(`unknown time zone "${cfg.timeZone}"`)
  }
  if (!/^(\S+\s+){4,5}\S+$/.test(cfg.cron)) fail(`cron "${cfg.cron}" must have five or six fields`)
  for (const [name, path] of [
    ['calendarPath', cfg.calendarPath],
    ['adminViewPath', cfg.adminViewPath],
  ] as const) {
    if (!path.startsWith('/')) fail(`${name} must start with "/"`)
  }
  return cfg
}

const withScheduling = (cfg: SanitizedSchedulingConfig, collection: CollectionConfig): CollectionConfig => {
  if (!cfg.collections.includes(collection.slug)) return collection
  if (!collection.versions || typeof collection.versions !== 'object' || !collection.versions.drafts) {
    fail(`collection "${collection.slug}" must have versions.drafts enabled`)
  }
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    custom: { ...collection.custom, [SCHEDULING_CUSTOM_KEY]: cfg },
    fields: [...collection.fields, ...scheduleFields(cfg)],
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), validateSchedule(cfg), recordScheduleSetters],
      afterChange: [...(hooks.afterChange ?? []), recordScheduleOverride(cfg), markCancelledSchedule(cfg)],
    },
  }
}

export const schedulingPlugin =
  (options: SchedulingPluginConfig) =>
  (config: Config): Config => {
    const cfg = sanitize(options, config)
    const jobs = config.jobs ?? {}
    const admin = config.admin ?? {}
    const components = admin.components ?? {}

    return {
      ...mergeTranslations(config, schedulingTranslations),
      collections: [...(config.collections ?? []).map((collection) => withScheduling(cfg, collection)), createScheduleRunsCollection(cfg)],
      endpoints: cfg.disabled ? config.endpoints : [...(config.endpoints ?? []), calendarEndpoint(cfg)],
      jobs: { ...jobs, tasks: [...(jobs.tasks ?? []), publishDueItemsTask(cfg)] },
      admin: cfg.disabled
        ? admin
        : {
            ...admin,
            components: {
              ...components,
              afterNavLinks: [...(components.afterNavLinks ?? []), { path: CALENDAR_NAV_LINK_COMPONENT, serverProps: { adminViewPath: cfg.adminViewPath } }],
              views: {
                ...components.views,
                schedulingCalendar: { Component: CALENDAR_VIEW_COMPONENT, path: cfg.adminViewPath as `/${string}` },
              },
            },
          },
    }
  }

// The calendar board and its data, without the admin view around it (no @payloadcms/ui):
// renderable on the server, in tests, or in a host's own page.
export { CalendarBoard } from './components/CalendarBoard.js'
export { loadCalendarBoardProps } from './components/loadCalendarBoardProps.js'
