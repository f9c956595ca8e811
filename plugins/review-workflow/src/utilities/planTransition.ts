/**
 * The rules of the workflow as one pure function: given the item's state and who asks, either
 * the next state or a refusal (status + Vietnamese/English message). runWorkflowAction applies
 * a plan; the admin panel asks it which buttons to show.
 */
import type { Id, RoleGroupNames, WorkflowAction, WorkflowRoles, WorkflowStage, WorkflowState } from '../types.js'
import type { Refusal } from './messages.js'

import { DEFAULT_ROLE_NAMES, DEFAULT_ROLES } from '../defaults.js'
import { WORKFLOW_ACTIONS } from '../types.js'
import { sameId } from '@loa/helpers'
import { ACTION_LABELS, refusal, STAGE_LABELS } from './messages.js'
import { isInFuture, moveTo } from './workflowState.js'

export type ActorInfo = {
  /** `system:<name>` actors act without a user (the scheduler). */
  system?: string
  userId?: Id
  isAdmin: boolean
  /** The roles the host gives the actor for the item (`rolesFor`). */
  campaignRoles: readonly string[]
}

export type PlanInput = {
  action: unknown
  note?: unknown
  actor: ActorInfo
  state: WorkflowState
  /** Whether a published version is live (the document's `_status` is published). */
  isLive: boolean
  authors: readonly Id[]
  requiredApprovals: number
  publishAt: unknown
  /** Whether an approval by this user still counts (still a reviewer of the campaign or an admin). */
  isValidApprover: (id: Id) => boolean
  now: Date
  /** Which roles may take which action (the plugin's `roles` option). */
  roles?: WorkflowRoles
  /** How refusals name each role group (the plugin's `roleNames` option). */
  roleNames?: RoleGroupNames
}

export type Plan = {
  ok: true
  action: WorkflowAction
  from: WorkflowStage
  to: WorkflowStage
  workflow: WorkflowState
  /** The `_status` the write sets: publish and unpublish change the live document. */
  status?: 'draft' | 'published'
  note: string | null
}

export type PlanResult = Plan | ({ ok: false } & Refusal)

export const NOTE_MAX_LENGTH = 2000

type RoleGroup = keyof WorkflowRoles

const RULES: Record<WorkflowAction, { group: RoleGroup; isSystemAllowed: boolean; from: readonly WorkflowStage[] | 'live' }> = {
  submit: { group: 'writers', isSystemAllowed: false, from: ['draft', 'changes_requested', 'unpublished'] },
  withdraw: { group: 'writers', isSystemAllowed: false, from: ['in_review', 'approved', 'scheduled'] },
  approve: { group: 'reviewers', isSystemAllowed: false, from: ['in_review'] },
  request_changes: { group: 'reviewers', isSystemAllowed: false, from: ['in_review', 'approved', 'scheduled'] },
  publish: { group: 'publishers', isSystemAllowed: true, from: ['approved', 'scheduled', 'unpublished'] },
  unpublish: { group: 'publishers', isSystemAllowed: true, from: 'live' },
}

const isWorkflowAction = (value: unknown): value is WorkflowAction => WORKFLOW_ACTIONS.includes(value as WorkflowAction)

const fail = (result: Refusal): PlanResult => ({ ok: false, ...result })

/** Approvals that count: one per reviewer, never by an author or the last editor. */
export const countingApprovals = (state: WorkflowState, authors: readonly Id[], isValidApprover: (id: Id) => boolean) => {
  const seen = new Set<string>()
  return state.approvals.filter(({ reviewer }) => {
    const key = String(reviewer)
    if (seen.has(key)) return false
    seen.add(key)
    const isAuthor = authors.some((author) => sameId(author, reviewer))
    return !isAuthor && !sameId(state.lastEditedBy, reviewer) && isValidApprover(reviewer)
  })
}

export const planTransition = (input: PlanInput): PlanResult => {
  const { action, actor, state, now } = input
  if (!isWorkflowAction(action)) {
    return fail(
      refusal(
        400,
        `Thao tác "${String(action)}" không hợp lệ (trường action phải là một trong: ${WORKFLOW_ACTIONS.join(', ')})`,
        `Unknown action "${String(action)}": the action field must be one of ${WORKFLOW_ACTIONS.join(', ')}`,
      ),
    )
  }
  const rule = RULES[action]
  const label = ACTION_LABELS[action]

  if (actor.system) {
    if (!rule.isSystemAllowed) {
      return fail(refusal(403, `Tác nhân hệ thống không được "${label.vi}"`, `A system actor may not ${label.en.toLowerCase()}`))
    }
  } else if (actor.userId === undefined) {
    return fail(refusal(403, 'Cần đăng nhập để thực hiện thao tác duyệt', 'Log in to take a workflow action'))
  } else if (!actor.isAdmin && !(input.roles ?? DEFAULT_ROLES)[rule.group].some((role) => actor.campaignRoles.includes(role))) {
    const group = (input.roleNames ?? DEFAULT_ROLE_NAMES)[rule.group]
    return fail(refusal(403, `Chỉ ${group.vi} mới được "${label.vi}"`, `Only ${group.en} may ${label.en.toLowerCase()}`))
  }

  const from = state.stage
  const isAllowedFrom = rule.from === 'live' ? input.isLive : rule.from.includes(from)
  if (!isAllowedFrom) {
    const stage = STAGE_LABELS[from]
    return fail(
      refusal(
        400,
        rule.from === 'live' ? `Không thể "${label.vi}": nội dung chưa được xuất bản` : `Không thể "${label.vi}" khi nội dung đang ở trạng thái "${stage.vi}"`,
        rule.from === 'live'
          ? `Cannot ${label.en.toLowerCase()}: the item is not published`
          : `Cannot ${label.en.toLowerCase()} an item that is ${stage.en.toLowerCase()} (stage ${from})`,
      ),
    )
  }

  if (input.note !== undefined && input.note !== null && typeof input.note !== 'string') {
    return fail(refusal(400, 'Trường note phải là chuỗi ký tự', 'The note field must be a string'))
  }
  const note = typeof input.note === 'string' && input.note.trim() ? input.note.trim() : null
  if (note && note.length > NOTE_MAX_LENGTH) {
    return fail(refusal(400, `Ghi chú (note) dài tối đa ${NOTE_MAX_LENGTH} ký tự`, `The note may be at most ${NOTE_MAX_LENGTH} characters`))
  }
  if (action === 'request_changes' && !note) {
    return fail(refusal(400, 'Cần ghi rõ nội dung cần sửa (trường note)', 'Say what needs changing: the note field is required'))
  }

  const at = now.toISOString()
  const plan = (to: WorkflowStage, changes: Partial<WorkflowState> = {}, status?: Plan['status']): Plan => ({
    ok: true,
    action,
    from,
    to,
    workflow: moveTo(state, to, at, changes),
    status,
    note,
  })

  switch (action) {
    case 'submit':
      return plan('in_review', { approvals: [], submittedAt: at })
    case 'withdraw':
      return plan('draft', { approvals: [] })
    case 'request_changes':
      return plan('changes_requested', { approvals: [] })
    case 'approve': {
      const reviewer = actor.userId as Id
      if (input.authors.some((author) => sameId(author, reviewer))) {
        return fail(
          refusal(
            403,
            'Bạn là tác giả của nội dung này nên không thể tự duyệt (nguyên tắc bốn mắt)',
            'You wrote this item and cannot approve it (four-eyes rule)',
          ),
        )
      }
      if (sameId(state.lastEditedBy, reviewer)) {
        return fail(
          refusal(
            403,
            'Bạn là người sửa nội dung gần nhất nên không thể duyệt (nguyên tắc bốn mắt)',
            'You edited this item last and cannot approve it (four-eyes rule)',
          ),
        )
      }
      if (state.approvals.some((approval) => sameId(approval.reviewer, reviewer))) {
        return fail(refusal(400, 'Bạn đã duyệt nội dung này rồi; cần người duyệt khác', 'You have already approved this item; another reviewer must approve'))
      }
      const approvals = [...state.approvals, { reviewer, at }]
      const counted = countingApprovals({ ...state, approvals }, input.authors, input.isValidApprover).length
      if (counted < input.requiredApprovals) return plan('in_review', { approvals })
      return plan(isInFuture(input.publishAt, now) ? 'scheduled' : 'approved', { approvals })
    }
    case 'publish': {
      const counted = countingApprovals(state, input.authors, input.isValidApprover).length
      if (counted < input.requiredApprovals) {
        return fail(
          refusal(
            400,
            `Chưa đủ lượt duyệt để xuất bản (${counted}/${input.requiredApprovals})`,
            `Not enough approvals to publish (${counted} of ${input.requiredApprovals})`,
          ),
        )
      }
      return plan('published', {}, 'published')
    }
    case 'unpublish':
      return plan('unpublished', {}, 'draft')
  }
}
