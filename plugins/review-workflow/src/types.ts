import type { PayloadRequest, Where } from 'payload'

import type { CollectionOverrides } from '@loa/helpers'

/** Decides, for one reviewed document, whether the request's user sees its staff-only workflow fields. */
export type CanReadStaffFields = (args: { req: PayloadRequest; doc?: Record<string, unknown> }) => boolean | Promise<boolean>

/** Where an item is on its way to the public. */
export const WORKFLOW_STAGES = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished'] as const
export type WorkflowStage = (typeof WORKFLOW_STAGES)[number]

/** What a person (or the scheduler) asks the workflow to do. */
export const WORKFLOW_ACTIONS = ['submit', 'approve', 'request_changes', 'withdraw', 'publish', 'unpublish'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/**
 * What a review event records: the actions above, plus the transitions the workflow makes on
 * its own (an edit voiding approvals, a schedule set or cleared, an import such as the seed).
 */
export const EVENT_ACTIONS = [...WORKFLOW_ACTIONS, 'edit', 'schedule', 'unschedule', 'import'] as const
export type EventAction = (typeof EVENT_ACTIONS)[number]

/** Whom an item waits for, stored in `workflow.waitingFor`. */
export const WAITING_FOR = ['author', 'reviewers', 'manager', 'schedule', 'nobody'] as const
export type WaitingFor = (typeof WAITING_FOR)[number]

/** A system actor (no user): `system:<name>`, e.g. `system:scheduler`. */
export type SystemActor = `system:${string}`

export type Id = number | string

/** The `workflow` group as stored on every reviewed document. */
export type WorkflowState = {
  stage: WorkflowStage
  approvals: Array<{ reviewer: Id; at: string }>
  lastEditedBy?: Id | null
  waitingFor?: WaitingFor | null
  submittedAt?: string | null
  stageChangedAt?: string | null
}

export type RunWorkflowActionArgs = {
  /** The request: its transaction is joined (or one is opened and committed here). */
  req: PayloadRequest
  /** Slug of a collection the plugin reviews. */
  collection: string
  id: Id
  action: WorkflowAction | string
  /** Required for request_changes; kept on the review event. */
  note?: string | null
  /** Omit to act as `req.user` (roles checked); a system actor may only publish and unpublish. */
  actor?: SystemActor
  /** With a system actor: the user whose decision it carries out (the scheduler: who set the time); kept on the event. */
  onBehalfOf?: Id
}

export type RunWorkflowActionResult = {
  /** The document after the action (latest version, depth 0). */
  doc: Record<string, unknown> & { id: Id }
  from: WorkflowStage
  stage: WorkflowStage
  /** The review event written for this transition. */
  eventId: Id
}

/** Who may take which action, by role name: a user may act when `rolesFor` gives them one of the listed roles. */
export type WorkflowRoles = {
  /** Submit and withdraw. */
  writers: readonly string[]
  /** Approve and request changes; only their approvals count. */
  reviewers: readonly string[]
  /** Publish and unpublish. */
  publishers: readonly string[]
}

/** How refusals name each role group, in Vietnamese and English ("Only {en} may publish"). */
export type RoleGroupNames = Record<keyof WorkflowRoles, { vi: string; en: string }>

/** Whether a user (the request's, or one stored as an approver) is an admin: admins may take every action. */
export type IsAdmin = (user: PayloadRequest['user']) => boolean

/** The roles `userId` holds for the reviewed document `doc` (Loa: their roles in the item's campaign). */
export type RolesFor = (args: { req: PayloadRequest; doc: Record<string, unknown>; userId: Id }) => readonly string[] | Promise<readonly string[]>

/** How many distinct approvals `doc` needs before it may be published. */
export type PolicyFor = (args: { req: PayloadRequest; doc: Record<string, unknown> }) => { requiredApprovals: number } | Promise<{ requiredApprovals: number }>

/** The users told by e-mail that `doc` waits for review. */
export type ReviewersFor = (args: { req: PayloadRequest; doc: Record<string, unknown> }) => Id[] | Promise<Id[]>

/** Read access to the review events: true, false or a `Where` on the events collection. */
export type CanReadEvents = (args: { req: PayloadRequest }) => boolean | Where | Promise<boolean | Where>

export type ReviewWorkflowPluginConfig = {
  /** Slugs of the collections whose documents go through review; they must have drafts enabled. */
  collections: string[]
  /**
   * Turn enforcement off; fields and the events collection are still added so the schema stays stable.
   * @default false
   */
  disabled?: boolean
  /**
   * Name of the date field that holds the planned publication time: an approval before it schedules the item.
   * @default 'publishAt'
   */
  publishAtField?: string
  /**
   * Fields whose changes never void approvals (settings that change no published word, another
   * plugin's fields), besides the workflow's own and `publishAtField`. A top-level name, or
   * `group.field` for one sub-field of a group (e.g. `bulletin.synthesisStatus`).
   * @default []
   */
  neutralFields?: string[]
  /**
   * `req.context` keys that mark a server write as derived from reviewed content (e.g. audio
   * synthesized from the approved script): such a write never voids approvals and a live item
   * stays live. Context cannot be set over HTTP, so only server code can mark a write.
   * @default []
   */
  derivedWriteContexts?: string[]
  /**
   * How the review history names the system's own actors (`system:import`, the scheduling
   * plugin's `system:scheduler`, …), in each admin language; the raw name is shown for others.
   * @default { 'system:import': { vi: 'Nhập dữ liệu', en: 'Import' } }
   */
  systemActorNames?: Record<string, Record<string, string> | string>
  /**
   * Relationship field (to users) listing an item's authors: they never approve it and receive its mails.
   * @default 'authors'
   */
  authorsField?: string
  /**
   * Slug of a collection the events are filed under (Loa: campaigns); the events get a
   * relationship to it, filled from `campaignField` of the item.
   * @default undefined (events are not filed under anything)
   */
  campaignsCollection?: string
  /**
   * Relationship field on each reviewed collection pointing at `campaignsCollection`.
   * @default 'campaign'
   */
  campaignField?: string
  /**
   * Context key that marks trusted imports (e.g. a demo seed): their `_status` and `workflow` are taken as given.
   * @default undefined
   */
  importContextKey?: string
  /**
   * Overrides merged into the events collection (labels, admin, access.read, hooks); a given `slug` is honoured.
   * @default {}
   */
  eventsCollectionOverrides?: CollectionOverrides
  /**
   * Slug of the queued task that sends workflow e-mails.
   * @default 'sendWorkflowEmail'
   */
  emailTaskSlug?: string
  /**
   * Slug of the auth collection whose users act, approve and are mailed.
   * @default the admin's user collection (`admin.user`), else 'users'
   */
  usersCollection?: string
  /**
   * Whether a user is an admin: admins may take every action and their approvals count.
   * @default a user whose `roles` field includes 'admin'
   */
  isAdmin?: IsAdmin
  /**
   * The roles a user holds for an item, matched against `roles`.
   * @default the user's own `roles` field (global roles)
   */
  rolesFor?: RolesFor
  /**
   * Which roles may submit/withdraw (writers), approve/request changes (reviewers) and publish/unpublish (publishers).
   * @default { writers: ['editor', 'manager'], reviewers: ['reviewer'], publishers: ['manager'] }
   */
  roles?: Partial<WorkflowRoles>
  /**
   * How refusals name who may act, per role group.
   * @default { writers: { vi: 'người viết', en: 'the writers' }, reviewers: { vi: 'người duyệt', en: 'the reviewers' }, publishers: { vi: 'người xuất bản', en: 'the publishers' } }
   */
  roleNames?: Partial<RoleGroupNames>
  /**
   * The approval policy of an item: how many distinct approvals it needs (at least one).
   * @default () => ({ requiredApprovals: 1 })
   */
  policyFor?: PolicyFor
  /**
   * Who is mailed when an item is submitted.
   * @default the users whose `roles` field holds one of `roles.reviewers`
   */
  reviewersFor?: ReviewersFor
  /**
   * Who reads the review events (the events collection's read access).
   * @default admins only (`isAdmin`)
   */
  canReadEvents?: CanReadEvents
  /**
   * Who sees who approved an item and who edited it last (`workflow.approvals`,
   * `workflow.lastEditedBy`) and its review panel (`GET /:id/workflow`); the stage is public.
   * @default admins only (`isAdmin`)
   */
  canReadStaffFields?: CanReadStaffFields
}

/** Options after defaults, as passed to every part of the plugin. */
export type SanitizedReviewWorkflowConfig = Required<
  Omit<ReviewWorkflowPluginConfig, 'importContextKey' | 'campaignsCollection' | 'eventsCollectionOverrides' | 'roles' | 'roleNames'>
> & {
  roleNames: RoleGroupNames
  importContextKey?: string
  campaignsCollection?: string
  eventsCollectionOverrides: CollectionOverrides
  roles: WorkflowRoles
  /** Slug of the events collection (the overrides' slug, or 'review-events'). */
  eventsSlug: string
  /** neutralFields plus the built-in ones. */
  neutralFieldSet: Set<string>
  derivedWriteContexts: string[]
  systemActorNames: Record<string, Record<string, string> | string>
}
