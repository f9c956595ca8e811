import type { PayloadRequest, Where } from 'payload'

import type { CollectionOverrides, RateLimit, RateLimitStore } from '@loa/helpers'

export type Id = number | string

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled', 'attended'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

export type { RateLimit } from '@loa/helpers'

export type WorkshopsRateLimits = {
  /**
   * Registration attempts per client address (per /64 for IPv6), on every workshop together.
   * A commune office or a school behind one NAT is one address: the per-e-mail limit and the
   * one-registration-per-e-mail-per-workshop rule are the main guard, this one stops floods.
   */
  perIp: RateLimit
  /** Registration attempts per e-mail address, on every workshop together. */
  perEmail: RateLimit
}

/**
 * Who sees and manages registrations. Without `doc` (read access to the registrations): true
 * (all), false (none) or a `Where` on registrations (e.g. `{ campaign: { in: [...] } }`). With
 * `doc` (one workshop: its list, counts, exports): whether the user may; a `Where` counts as no.
 */
export type CanManageRegistrations = (args: { doc?: WorkshopDoc; req: PayloadRequest }) => boolean | Promise<boolean | Where> | Where

export type WorkshopsPluginConfig = {
  /**
   * Turns the public endpoints and jobs off; fields and collections stay so the schema is stable.
   * @default false
   */
  disabled?: boolean
  /**
   * Slug of the existing workshops collection (drafts on; fields `title`, `startsAt`, `endsAt`,
   * `capacity`, optional `registrationOpensAt`, `registrationClosesAt`, `venue`, `campaign`).
   * @default 'workshops'
   */
  workshopsSlug?: string
  /**
   * Slug of the campaigns collection the workshops belong to through their `campaign` field;
   * registrations then carry the campaign, so access can be a plain `Where` on it.
   * @default undefined (no campaigns)
   */
  campaignsSlug?: string
  /**
   * Slug of the registrations collection this plugin adds (`overrides.slug` wins).
   * @default 'registrations'
   */
  registrationsSlug?: string
  /**
   * Changes to the registrations collection (admin, access, hooks, fields, a slug).
   * @default {}
   */
  overrides?: CollectionOverrides
  /**
   * Whether a user is an admin (deletes registrations, corrects mail stamps, manages all).
   * @default a user whose `roles` include 'admin'
   */
  isAdmin?: (user: PayloadRequest['user']) => boolean
  /**
   * Who sees and manages registrations (see `CanManageRegistrations`). Admins always may.
   * @default admins only (`isAdmin`)
   */
  canManageRegistrations?: CanManageRegistrations
  /**
   * Days after a workshop ends before its registrants are anonymised.
   * @default 180
   */
  retentionDays?: number
  /**
   * Cron (5 fields, server time) of the anonymisation job; null to queue it only by hand.
   * @default '17 3 * * *'
   */
  retentionSchedule?: null | string
  /**
   * Queue the scheduled anonymisation runs on.
   * @default 'default'
   */
  retentionQueue?: string
  /**
   * Limits on the public registration endpoint.
   * @default { perIp: { max: 60, windowMs: 600000 }, perEmail: { max: 5, windowMs: 3600000 } }
   */
  rateLimits?: Partial<WorkshopsRateLimits>
  /**
   * Where the limits keep count.
   * @default this process's memory (each app instance counts on its own)
   */
  rateLimitStore?: RateLimitStore
  /**
   * The address of the connection's other end (default: none known, the per-address limit is off). Route handlers get no socket, so the host's
   * server must pass it on (Loa's scripts/server.ts does, in a header); the default knows
   * none, and the per-address limit is then off.
   */
  peerAddress?: (req: PayloadRequest) => null | string
  /**
   * Addresses and CIDR blocks of the proxies in front of the app (load balancers). Only
   * when the connection comes from one of them is X-Forwarded-For read: the client is the
   * right-most address in it that is not a trusted proxy.
   */
  trustedProxies?: string[]
  /**
   * Retries of the e-mail job.
   * @default 5
   */
  emailRetries?: number
}

export type SanitizedWorkshopsConfig = {
  enabled: boolean
  workshopsSlug: string
  campaignsSlug?: string
  registrationsSlug: string
  overrides: CollectionOverrides
  isAdmin: (user: PayloadRequest['user']) => boolean
  canManageRegistrations: CanManageRegistrations
  retentionDays: number
  retentionSchedule: null | string
  retentionQueue: string
  rateLimitStore: RateLimitStore
  peerAddress: (req: PayloadRequest) => null | string
  isTrustedProxy: (address: string) => boolean
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
