import type { CanReadStaffFields, ReviewWorkflowPluginConfig, SanitizedReviewWorkflowConfig } from './types.js'

/** Fields that never void approvals, whatever the options say. */
export const BUILT_IN_NEUTRAL_FIELDS = ['internalNotes', 'publishAt', 'unpublishAt', 'workflow', 'updatedAt', 'createdAt', 'id', '_status'] as const

export const WORKFLOW_FIELD = 'workflow'
export const DEFAULT_EVENTS_SLUG = 'review-events'
export const DEFAULT_EMAIL_TASK_SLUG = 'sendWorkflowEmail'

/** The safe default for a host that says nothing: admins only (a `roles` array holding 'admin'). */
export const adminsOnly: CanReadStaffFields = ({ req }) => {
  const roles = (req.user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(roles) && roles.includes('admin')
}

export const sanitizeReviewWorkflowConfig = (options: ReviewWorkflowPluginConfig): SanitizedReviewWorkflowConfig => {
  if (!options || !Array.isArray(options.collections) || options.collections.length === 0) {
    throw new Error('[review-workflow] option "collections" must list at least one collection slug')
  }
  const publishAtField = options.publishAtField ?? 'publishAt'
  const neutralFields = options.neutralFields ?? []
  return {
    collections: [...new Set(options.collections)],
    disabled: options.disabled ?? false,
    publishAtField,
    neutralFields,
    authorsField: options.authorsField ?? 'authors',
    campaignField: options.campaignField ?? 'campaign',
    campaignsCollection: options.campaignsCollection ?? 'campaigns',
    importContextKey: options.importContextKey,
    eventsSlug: options.eventsSlug ?? DEFAULT_EVENTS_SLUG,
    eventsCollectionOverrides: options.eventsCollectionOverrides ?? {},
    emailTaskSlug: options.emailTaskSlug ?? DEFAULT_EMAIL_TASK_SLUG,
    canReadStaffFields: options.canReadStaffFields ?? adminsOnly,
    // Date fields with a time zone carry a `<name>_tz` companion.
    neutralFieldSet: new Set<string>([...BUILT_IN_NEUTRAL_FIELDS, publishAtField, `${publishAtField}_tz`, 'unpublishAt_tz', ...neutralFields]),
  }
}
