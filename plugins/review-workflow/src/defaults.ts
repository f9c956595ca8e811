import type { Config, PayloadRequest } from 'payload'

import type {
  CanReadEvents,
  CanReadStaffFields,
  Id,
  IsAdmin,
  PolicyFor,
  ReviewersFor,
  ReviewWorkflowPluginConfig,
  RoleGroupNames,
  RolesFor,
  SanitizedReviewWorkflowConfig,
  WorkflowRoles,
} from './types.js'

export const PLUGIN_NAME = 'review-workflow'

/** The workflow's own fields and Payload's bookkeeping: their changes never void approvals. */
export const BUILT_IN_NEUTRAL_FIELDS = ['workflow', 'updatedAt', 'createdAt', 'id', '_status'] as const

export const WORKFLOW_FIELD = 'workflow'
export const DEFAULT_EVENTS_SLUG = 'review-events'
export const DEFAULT_EMAIL_TASK_SLUG = 'sendWorkflowEmail'

/** Role names a host without its own rules is expected to keep in its users' `roles` field. */
export const DEFAULT_ROLES: WorkflowRoles = { writers: ['editor', 'manager'], reviewers: ['reviewer'], publishers: ['manager'] }

/** How refusals name the role groups when the host does not say. */
export const DEFAULT_ROLE_NAMES: RoleGroupNames = {
  writers: { vi: 'người viết', en: 'the writers' },
  reviewers: { vi: 'người duyệt', en: 'the reviewers' },
  publishers: { vi: 'người xuất bản', en: 'the publishers' },
}

const ADMIN_ROLE = 'admin'

const rolesFieldOf = (user: unknown): string[] => {
  const roles = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : []
}

/** The safe default for a host that says nothing: an admin is a user whose `roles` hold 'admin'. */
export const hasAdminRole: IsAdmin = (user) => rolesFieldOf(user).includes(ADMIN_ROLE)

const usersSlugOf = (req: PayloadRequest): string => req.payload.config.admin.user

type FieldNames = { config: { flattenedFields: Array<{ name?: string }> } }

const hasRolesField = (req: PayloadRequest): boolean =>
  Boolean((req.payload.collections as Record<string, FieldNames | undefined>)[usersSlugOf(req)]?.config.flattenedFields.some((field) => field.name === 'roles'))

/** Global roles: the `roles` field of the user (read from the request when it is the request's user). */
export const globalRolesFor: RolesFor = async ({ req, userId }) => {
  if (req.user && String(req.user.id) === String(userId)) return rolesFieldOf(req.user)
  if (!hasRolesField(req)) return []
  const user = await req.payload.findByID({ collection: usersSlugOf(req) as never, id: userId, depth: 0, disableErrors: true, overrideAccess: true, req })
  return rolesFieldOf(user)
}

export const oneApproval: PolicyFor = () => ({ requiredApprovals: 1 })

/** The users whose global `roles` hold a reviewer role (none when the users have no `roles` field). */
export const globalReviewersFor =
  (roles: WorkflowRoles): ReviewersFor =>
  async ({ req }) => {
    if (!hasRolesField(req) || roles.reviewers.length === 0) return []
    const { docs } = await req.payload.find({
      collection: usersSlugOf(req) as never,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { id: true } as never,
      where: { roles: { in: [...roles.reviewers] } },
    })
    return docs.map((user) => (user as { id: Id }).id)
  }

const adminsOnlyFrom =
  (isAdmin: IsAdmin): CanReadStaffFields & CanReadEvents =>
  ({ req }) =>
    isAdmin(req.user)

const fail = (message: string): never => {
  throw new Error(`[${PLUGIN_NAME}] ${message}`)
}

const roleListOf = (name: keyof WorkflowRoles, value: unknown): readonly string[] => {
  if (value === undefined) return DEFAULT_ROLES[name]
  if (!Array.isArray(value) || !value.every((role) => typeof role === 'string' && role)) fail(`option "roles.${name}" must be a list of role names`)
  return value as string[]
}

export const sanitizeReviewWorkflowConfig = (options: ReviewWorkflowPluginConfig, config: Config): SanitizedReviewWorkflowConfig => {
  if (!options || !Array.isArray(options.collections) || options.collections.length === 0) {
    fail('option "collections" must list at least one collection slug')
  }
  const publishAtField = options.publishAtField ?? 'publishAt'
  const neutralFields = options.neutralFields ?? []
  const isAdmin = options.isAdmin ?? hasAdminRole
  const roles: WorkflowRoles = {
    writers: roleListOf('writers', options.roles?.writers),
    reviewers: roleListOf('reviewers', options.roles?.reviewers),
    publishers: roleListOf('publishers', options.roles?.publishers),
  }
  const eventsCollectionOverrides = options.eventsCollectionOverrides ?? {}
  return {
    collections: [...new Set(options.collections)],
    disabled: options.disabled ?? false,
    publishAtField,
    neutralFields,
    derivedWriteContexts: [...(options.derivedWriteContexts ?? [])],
    systemActorNames: { 'system:import': { vi: 'Nhập dữ liệu', en: 'Import' }, ...options.systemActorNames },
    authorsField: options.authorsField ?? 'authors',
    campaignField: options.campaignField ?? 'campaign',
    campaignsCollection: options.campaignsCollection,
    importContextKey: options.importContextKey,
    eventsCollectionOverrides,
    eventsSlug: eventsCollectionOverrides.slug ?? DEFAULT_EVENTS_SLUG,
    emailTaskSlug: options.emailTaskSlug ?? DEFAULT_EMAIL_TASK_SLUG,
    usersCollection: options.usersCollection ?? config.admin?.user ?? 'users',
    isAdmin,
    rolesFor: options.rolesFor ?? globalRolesFor,
    roles,
    roleNames: { ...DEFAULT_ROLE_NAMES, ...options.roleNames },
    policyFor: options.policyFor ?? oneApproval,
    reviewersFor: options.reviewersFor ?? globalReviewersFor(roles),
    canReadEvents: options.canReadEvents ?? adminsOnlyFrom(isAdmin),
    canReadStaffFields: options.canReadStaffFields ?? adminsOnlyFrom(isAdmin),
    // Date fields with a time zone carry a `<name>_tz` companion.
    neutralFieldSet: new Set<string>([...BUILT_IN_NEUTRAL_FIELDS, publishAtField, `${publishAtField}_tz`, ...neutralFields]),
  }
}
