import type { PayloadRequest } from 'payload'

export type Id = number | string

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled', 'attended'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

/** One sliding window: at most `max` attempts per `windowMs` milliseconds. */
export type RateLimit = {
  /** Attempts allowed inside one window. */
  max: number
  /** Length of the sliding window in milliseconds. */
  windowMs: number
}

export type WorkshopsRateLimits = {
  /** Registration attempts per client IP address, on every workshop together. */
  perIp: RateLimit
  /** Registration attempts per e-mail address, on every workshop together. */
  perEmail: RateLimit
}

/** Who may see and manage a workshop's registrations: admins (`'all'`) or the managers of these campaigns. */
export type ManagedCampaignIds = (req: PayloadRequest) => Promise<'all' | Id[]>

export type WorkshopsPluginConfig = {
  /** Turns the public endpoints and jobs off; fields and collections stay so the schema is stable. */
  enabled?: boolean
  /** Slug of the existing workshops collection (startsAt, endsAt, capacity, registration window, campaign). */
  workshopsSlug?: string
  /** Slug of the campaigns collection the workshops belong to. */
  campaignsSlug?: string
  /** Slug of the registrations collection this plugin adds. */
  registrationsSlug?: string
  /** Days after a workshop ends before its registrants are anonymised (default 180). */
  retentionDays?: number
  /** Cron (5 fields, server time) of the anonymisation job; null to queue it only by hand. */
  retentionSchedule?: null | string
  /** Queue the scheduled anonymisation runs on. */
  retentionQueue?: string
  /** Limits on the public registration endpoint. In memory: one window per app instance. */
  rateLimits?: Partial<WorkshopsRateLimits>
  /** Request headers that carry the client address (the first present one is used). */
  clientIpHeaders?: string[]
  /**
   * Proxies in front of the app that append to X-Forwarded-For (a load balancer: 1). The
   * address that many entries from the end is taken as the client's (default 0: the last).
   */
  trustedProxies?: number
  /** Who manages which campaign's registrations; defaults to Loa's campaign membership. */
  managedCampaignIds?: ManagedCampaignIds
  /** Retries of the e-mail job. */
  emailRetries?: number
}

export type SanitizedWorkshopsConfig = {
  enabled: boolean
  workshopsSlug: string
  campaignsSlug: string
  registrationsSlug: string
  retentionDays: number
  retentionSchedule: null | string
  retentionQueue: string
  clientIpHeaders: string[]
  trustedProxies: number
  managedCampaignIds: ManagedCampaignIds
  emailRetries: number
}

/** Settings read at request time (stored on the registrations collection's `custom`), so tests and deployments can tune them. */
export type WorkshopsRuntimeSettings = {
  rateLimits: WorkshopsRateLimits
  retentionDays: number
}

/** What the registration mail job sends. */
export const REGISTRATION_EMAIL_KINDS = ['confirmed', 'waitlisted', 'promoted'] as const
export type RegistrationEmailKind = (typeof REGISTRATION_EMAIL_KINDS)[number]

/** A registration row as read at depth 0 with overrideAccess. */
export type RegistrationDoc = {
  id: Id
  workshop: Id | { id: Id }
  campaign?: Id | { id: Id } | null
  fullName: string
  email: string
  phone?: string | null
  organisation?: string | null
  audienceType?: string | null
  status: RegistrationStatus
  cancelToken?: string | null
  activeKey?: string | null
  attendedAt?: string | null
  cancelledAt?: string | null
  anonymisedAt?: string | null
  confirmationSentAt?: string | null
  promotionSentAt?: string | null
  createdAt: string
  updatedAt: string
}

/** The workshop fields the plugin relies on. */
export type WorkshopDoc = {
  id: Id
  title?: string | null
  slug?: string | null
  summary?: string | null
  campaign?: Id | { id: Id } | null
  startsAt: string
  endsAt: string
  venue?: string | null
  onlineUrl?: string | null
  organizer?: string | null
  capacity?: number | null
  waitlistEnabled?: boolean | null
  registrationOpensAt?: string | null
  registrationClosesAt?: string | null
  updatedAt?: string | null
  _status?: 'draft' | 'published' | null
}
