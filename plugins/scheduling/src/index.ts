/**
 * Scheduling: approved items go live at their `publishAt` and come down at their
 * `unpublishAt` (entered in GMT+7, stored in UTC), inside their campaign's period, exactly once
 * however many workers run the jobs queue; a calendar (JSON and an admin view) and iCalendar
 * feeds of the workshops.
 *
 * How jobs run: the `publishDueItems` task is scheduled every second on its queue. `npm run
 * worker` (scripts/worker.ts) runs every queue in its own process, as production does; outside
 * production (and tests) the web server also runs them in-process through `jobs.autoRun`,
 * unless LOA_JOBS_IN_PROCESS=false.
 */
import type { CollectionConfig, Config } from 'payload'

import type { SanitizedSchedulingConfig, SchedulingPluginConfig } from './types.js'

import { canRunJobs } from './access/canRunJobs.js'
import { createScheduleRunsCollection } from './collections/ScheduleRuns.js'
import {
  DEFAULT_ADMIN_VIEW_PATH,
  DEFAULT_CALENDAR_PATH,
  DEFAULT_CAMPAIGN_FIELD,
  DEFAULT_CAMPAIGNS_COLLECTION,
  DEFAULT_CRON,
  DEFAULT_EVENTS_COLLECTION,
  DEFAULT_PERIOD_END_PATH,
  DEFAULT_PERIOD_START_PATH,
  DEFAULT_QUEUE,
  DEFAULT_STAGE_PATH,
  DEFAULT_WORKSHOPS_COLLECTION,
  defaultRunJobsInProcess,
  defaultTimeZone,
  hasAdminRole,
  PLUGIN_NAME,
  RUNS_COLLECTION,
  TASK_SLUG,
} from './defaults.js'
import { calendarEndpoint } from './endpoints/calendarEndpoint.js'
import { workshopIcsEndpoint } from './endpoints/workshopIcsEndpoint.js'
import { workshopsFeedEndpoint } from './endpoints/workshopsFeedEndpoint.js'
import { scheduleFields } from './fields/scheduleFields.js'
import { markCancelledSchedule } from './hooks/markCancelledSchedule.js'
import { recordScheduleOverride } from './hooks/recordScheduleOverride.js'
import { recordScheduleSetters } from './hooks/recordScheduleSetters.js'
import { validateSchedule } from './hooks/validateSchedule.js'
import { publishDueItemsTask } from './jobs/publishDueItemsTask.js'
import { performThroughWorkflow } from './utilities/performThroughWorkflow.js'
import { queueCatchUpSweep } from './utilities/queueCatchUpSweep.js'

export type { CanReadScheduleStaffFields, CanSchedule, SchedulingPluginConfig, PerformScheduledAction, ScheduledAction } from './types.js'
export { SCHEDULING_FIELD_NAMES, TASK_SLUG as PUBLISH_DUE_ITEMS_TASK, RUNS_COLLECTION as SCHEDULE_RUNS_COLLECTION } from './defaults.js'
export { processDueItems, SCHEDULER_CONTEXT } from './utilities/processDueItems.js'
export type { ProcessDueItemsResult } from './utilities/processDueItems.js'
export { loadCalendar } from './utilities/loadCalendar.js'
export type { CalendarData, CalendarEntry } from './utilities/loadCalendar.js'
export { runJobsUntilStopped } from './utilities/runJobsUntilStopped.js'
export { queueCatchUpSweep, schedulingConfigFrom } from './utilities/queueCatchUpSweep.js'

/** Admin component paths (relative to the import map's baseDir, the project root). */
export const CALENDAR_VIEW_COMPONENT = '@loa/plugin-scheduling/rsc#CalendarView'
export const CALENDAR_NAV_LINK_COMPONENT = '@loa/plugin-scheduling/rsc#CalendarNavLink'

/** Key on each scheduled collection's `custom` holding the sanitized options. */
export const SCHEDULING_CUSTOM_KEY = 'scheduling'

const fail = (message: string): never => {
  throw new Error(`[${PLUGIN_NAME}] ${message}`)
}

const sanitize = (options: SchedulingPluginConfig, config: Config): SanitizedSchedulingConfig => {
  if (!options || !Array.isArray(options.collections) || options.collections.length === 0) fail('option "collections" must list at least one collection slug')
  const isAdmin = options.isAdmin ?? hasAdminRole
  const cfg: SanitizedSchedulingConfig = {
    collections: [...new Set(options.collections)],
    workshopsCollection: options.workshopsCollection ?? DEFAULT_WORKSHOPS_COLLECTION,
    campaignsCollection: options.campaignsCollection ?? DEFAULT_CAMPAIGNS_COLLECTION,
    campaignField: options.campaignField ?? DEFAULT_CAMPAIGN_FIELD,
    campaignPeriodStartPath: options.campaignPeriodStartPath ?? DEFAULT_PERIOD_START_PATH,
    campaignPeriodEndPath: options.campaignPeriodEndPath ?? DEFAULT_PERIOD_END_PATH,
    stagePath: options.stagePath ?? DEFAULT_STAGE_PATH,
    timeZone: options.timeZone ?? defaultTimeZone(),
    queue: options.queue ?? DEFAULT_QUEUE,
    cron: options.cron ?? DEFAULT_CRON,
    runJobsInProcess: options.runJobsInProcess ?? defaultRunJobsInProcess(),
    eventsCollection: options.eventsCollection ?? DEFAULT_EVENTS_COLLECTION,
    performAction: options.performAction ?? performThroughWorkflow,
    isAdmin,
    canSchedule: options.canSchedule ?? (({ req }) => isAdmin(req.user)),
    canReadStaffFields: options.canReadStaffFields ?? (({ req }) => isAdmin(req.user)),
    usersCollection: options.usersCollection ?? config.admin?.user ?? 'users',
    calendarPath: options.calendarPath ?? DEFAULT_CALENDAR_PATH,
    adminViewPath: options.adminViewPath ?? DEFAULT_ADMIN_VIEW_PATH,
    publishedAtFields: options.publishedAtFields ?? [],
    disabled: options.disabled ?? false,
    runsCollectionOverrides: options.runsCollectionOverrides ?? {},
    runsCollection: RUNS_COLLECTION,
    taskSlug: TASK_SLUG,
  }
  const slugs = new Set((config.collections ?? []).map((collection) => collection.slug))
  for (const slug of [...cfg.collections, cfg.campaignsCollection, cfg.usersCollection]) if (!slugs.has(slug)) fail(`unknown collection "${slug}"`)
  if (!cfg.collections.includes(cfg.workshopsCollection)) fail(`workshopsCollection "${cfg.workshopsCollection}" must be one of "collections"`)
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
    endpoints:
      collection.slug === cfg.workshopsCollection && !cfg.disabled && collection.endpoints !== false
        ? [workshopIcsEndpoint(cfg), ...(collection.endpoints ?? [])]
        : collection.endpoints,
  }
}

export const schedulingPlugin =
  (options: SchedulingPluginConfig) =>
  (config: Config): Config => {
    const cfg = sanitize(options, config)
    const jobs = config.jobs ?? {}
    const isRunningInProcess = cfg.runJobsInProcess && !cfg.disabled
    const admin = config.admin ?? {}
    const components = admin.components ?? {}

    return {
      ...config,
      collections: [...(config.collections ?? []).map((collection) => withScheduling(cfg, collection)), createScheduleRunsCollection(cfg)],
      // The .ics feed goes first: `/feeds/…` endpoints of other plugins must not shadow it.
      endpoints: cfg.disabled ? config.endpoints : [workshopsFeedEndpoint(cfg), ...(config.endpoints ?? []), calendarEndpoint(cfg)],
      jobs: {
        ...jobs,
        access: { run: canRunJobs, queue: canRunJobs, cancel: canRunJobs, ...jobs.access },
        tasks: [...(jobs.tasks ?? []), publishDueItemsTask(cfg)],
        // Every queue, every second: scheduled items, deliveries and e-mails all run in dev.
        autoRun: jobs.autoRun ?? (isRunningInProcess ? [{ allQueues: true, cron: '* * * * * *', limit: 20, silent: { info: true } }] : undefined),
      },
      admin: cfg.disabled
        ? admin
        : {
            ...admin,
            components: {
              ...components,
              afterNavLinks: [...(components.afterNavLinks ?? []), CALENDAR_NAV_LINK_COMPONENT],
              views: {
                ...components.views,
                schedulingCalendar: { Component: CALENDAR_VIEW_COMPONENT, path: cfg.adminViewPath as `/${string}` },
              },
            },
          },
      onInit: async (payload) => {
        if (config.onInit) await config.onInit(payload)
        // Catch-up after downtime: one sweep right away rather than at the next cron tick.
        if (isRunningInProcess) await queueCatchUpSweep(payload)
      },
    }
  }

// The calendar board and its data, without the admin view around it (no @payloadcms/ui):
// renderable on the server, in tests, or in a host's own page.
export { CalendarBoard } from './components/CalendarBoard.js'
export { loadCalendarBoardProps } from './components/loadCalendarBoardProps.js'
