import type { CollectionConfig, PayloadRequest } from 'payload'

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

export type ReviewWorkflowPluginConfig = {
  /** Slugs of the collections whose documents go through review; they must have drafts enabled. */
  collections: string[]
  /** Turn enforcement off; fields and the events collection are still added so the schema stays stable. */
  disabled?: boolean
  /** Name of the date field that holds the planned publication time (added by the scheduling plugin). */
  publishAtField?: string
  /** Top-level fields whose changes never void approvals, besides internalNotes, publishAt, unpublishAt and workflow. */
  neutralFields?: string[]
  /** Relationship field (to users) listing an item's authors: they never approve it and receive its mails. */
  authorsField?: string
  /** Relationship field (to the campaigns collection) that decides membership and the approval policy. */
  campaignField?: string
  /** Slug of the campaigns collection (members with roles, approvalPolicy.requiredApprovals). */
  campaignsCollection?: string
  /** Context key that marks trusted imports (e.g. the demo seed): their `_status` and `workflow` are taken as given. */
  importContextKey?: string
  /** Slug of the append-only events collection. */
  eventsSlug?: string
  /** Overrides merged into the events collection (labels, admin group…). */
  eventsCollectionOverrides?: Partial<Omit<CollectionConfig, 'slug' | 'fields'>>
  /** Slug of the queued task that sends workflow e-mails. */
  emailTaskSlug?: string
  /**
   * Who sees who approved an item and who edited it last (`workflow.approvals`,
   * `workflow.lastEditedBy`) and its review panel (`GET /:id/workflow`); the stage is public.
   * @default users whose `roles` include 'admin'
   */
  canReadStaffFields?: CanReadStaffFields
}

/** Options after defaults, as passed to every part of the plugin. */
export type SanitizedReviewWorkflowConfig = Required<Omit<ReviewWorkflowPluginConfig, 'importContextKey' | 'eventsCollectionOverrides'>> & {
  importContextKey?: string
  eventsCollectionOverrides: Partial<Omit<CollectionConfig, 'slug' | 'fields'>>
  /** neutralFields plus the built-in ones. */
  neutralFieldSet: Set<string>
}
