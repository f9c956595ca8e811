import type { RateLimit, SanitizedWorkshopsConfig, WorkshopsPluginConfig, WorkshopsRateLimits } from '../types.js'

import { createMemoryRateLimitStore } from '@loa/helpers'
import { trustedProxyCheck } from '@loa/helpers/clientAddress'

import { DEFAULT_RATE_LIMITS, DEFAULT_RETENTION_DAYS, DEFAULT_RETENTION_SCHEDULE, defaultIsAdmin, PLUGIN_NAME } from '../defaults.js'

const fail = (message: string): never => {
  throw new Error(`[${PLUGIN_NAME}] ${message}`)
}

const checkSlug = (name: string, value: unknown): string => {
  if (typeof value !== 'string' || !/^[a-z][a-z0-9-]*$/.test(value)) fail(`option ${name} must be a collection slug, got ${JSON.stringify(value)}`)
  return value as string
}

const checkLimit = (name: string, value: RateLimit): RateLimit => {
  if (!Number.isInteger(value.max) || value.max < 1) fail(`option rateLimits.${name}.max must be a whole number ≥ 1, got ${JSON.stringify(value.max)}`)
  if (!Number.isFinite(value.windowMs) || value.windowMs < 1000)
    fail(`option rateLimits.${name}.windowMs must be at least 1000 ms, got ${JSON.stringify(value.windowMs)}`)
  return { max: value.max, windowMs: value.windowMs }
}

export const sanitizeRateLimits = (limits: Partial<WorkshopsRateLimits> | undefined, base: WorkshopsRateLimits = DEFAULT_RATE_LIMITS): WorkshopsRateLimits => ({
  perIp: checkLimit('perIp', { ...base.perIp, ...limits?.perIp }),
  perEmail: checkLimit('perEmail', { ...base.perEmail, ...limits?.perEmail }),
})

export const sanitizeRetentionDays = (value: unknown): number => {
  if (value === undefined) return DEFAULT_RETENTION_DAYS
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    fail(`option retentionDays must be a whole number of days ≥ 1, got ${JSON.stringify(value)}`)
  return value as number
}

/** The trusted-proxy check, its complaint named after this plugin's option. */
const trustedProxiesOption = (entries: unknown): ((address: string) => boolean) => {
  try {
    return trustedProxyCheck(entries)
  } catch (error) {
    return fail(`option ${(error as Error).message}`)
  }
}

/** Options with their defaults, checked once at start-up. */
export const sanitizeConfig = (options: WorkshopsPluginConfig = {}): SanitizedWorkshopsConfig & { rateLimits: WorkshopsRateLimits } => {
  const workshopsSlug = checkSlug('workshopsSlug', options.workshopsSlug ?? 'workshops')
  const campaignsSlug = options.campaignsSlug === undefined ? undefined : checkSlug('campaignsSlug', options.campaignsSlug)
  const registrationsSlug = checkSlug('registrationsSlug', options.overrides?.slug ?? options.registrationsSlug ?? 'registrations')
  if (registrationsSlug === workshopsSlug) fail('registrationsSlug must differ from workshopsSlug')
  const retentionSchedule = options.retentionSchedule === undefined ? DEFAULT_RETENTION_SCHEDULE : options.retentionSchedule
  if (retentionSchedule !== null && (typeof retentionSchedule !== 'string' || retentionSchedule.trim().split(/\s+/).length < 5)) {
    fail(`option retentionSchedule must be a cron expression or null, got ${JSON.stringify(retentionSchedule)}`)
  }
  const emailRetries = options.emailRetries ?? 5
  if (!Number.isInteger(emailRetries) || emailRetries < 0) fail(`option emailRetries must be a whole number ≥ 0, got ${JSON.stringify(emailRetries)}`)
  const isAdmin = options.isAdmin ?? defaultIsAdmin
  return {
    enabled: options.disabled !== true,
    workshopsSlug,
    campaignsSlug,
    registrationsSlug,
    overrides: options.overrides ?? {},
    isAdmin,
    canManageRegistrations: options.canManageRegistrations ?? (({ req }) => isAdmin(req.user)),
    retentionDays: sanitizeRetentionDays(options.retentionDays),
    retentionSchedule,
    retentionQueue: options.retentionQueue ?? 'default',
    rateLimits: sanitizeRateLimits(options.rateLimits),
    rateLimitStore: options.rateLimitStore ?? createMemoryRateLimitStore(),
    peerAddress: options.peerAddress ?? (() => null),
    isTrustedProxy: trustedProxiesOption(options.trustedProxies ?? []),
    emailRetries,
  }
}
