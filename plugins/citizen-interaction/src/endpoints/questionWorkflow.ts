import type { Endpoint, PayloadRequest } from 'payload'

import { idOf, sameId } from '@loa/helpers'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { AccessDecision, Id, QuestionDoc, QuestionStatus, SanitizedCitizenConfig, WorkflowAction } from '../types.js'

import { LIMITS, TASK_SEND_QUESTION_EMAIL, TRANSITIONS, WORKFLOW_WRITE_CONTEXT } from '../defaults.js'
import { WORKFLOW_ACTIONS } from '../types.js'
import { asCollectionSlug } from '../utilities/asCollectionSlug.js'
import { claimTransition } from '../utilities/claimTransition.js'
import { loadWorkingCalendar } from '../utilities/loadWorkingCalendar.js'
import { CitizenRequestError } from '../utilities/citizenRequestError.js'
import { readJsonBody } from '../utilities/readJsonBody.js'

type WorkflowInput = { action: WorkflowAction; assignee: Id | null; unit: null | string; answer: null | string; note: null | string }

const text = (body: Record<string, unknown>, field: string, max: number): null | string => {
  const value = body[field]
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') throw new CitizenRequestError(`Trường "${field}" phải là chuỗi ký tự — "${field}" must be a string`, 400, field)
  const trimmed = value.normalize('NFC').trim()
  if (trimmed.length > max) throw new CitizenRequestError(`Trường "${field}" dài quá ${max} ký tự — "${field}" is longer than ${max} characters`, 400, field)
  return trimmed || null
}

const parseInput = (body: unknown): WorkflowInput => {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new CitizenRequestError('Nội dung gửi lên phải là một đối tượng JSON — the request body must be a JSON object', 400, 'body')
  const input = body as Record<string, unknown>
  if (!WORKFLOW_ACTIONS.includes(input.action as WorkflowAction))
    throw new CitizenRequestError(
      `Thao tác không hợp lệ, phải là một trong: ${WORKFLOW_ACTIONS.join(', ')} — "action" must be one of: ${WORKFLOW_ACTIONS.join(', ')}`,
      400,
      'action',
    )
  const rawAssignee = input.assignee
  let assignee: Id | null = null
  if (rawAssignee !== undefined && rawAssignee !== null) {
    const id = idOf(rawAssignee)
    if (id === undefined || (typeof id === 'string' && !/^[A-Za-z0-9_-]{1,64}$/.test(id)))
      throw new CitizenRequestError('Người được giao không hợp lệ — "assignee" is not a valid user id', 400, 'assignee')
    assignee = id
  }
  return {
    action: input.action as WorkflowAction,
    assignee,
    unit: text(input, 'unit', LIMITS.unit),
    answer: text(input, 'answer', LIMITS.answer),
    note: text(input, 'note', LIMITS.note),
  }
}

const STATUS_VI: Record<QuestionStatus, string> = {
  received: 'đã tiếp nhận',
  assigned: 'đã giao',
  answered: 'đã có dự thảo trả lời',
  approved: 'đã duyệt',
  published: 'đã công khai',
  closed: 'đã đóng',
}

const changedMeanwhile = () =>
  new CitizenRequestError('Câu hỏi vừa được người khác xử lý, vui lòng tải lại — the question changed meanwhile, reload it', 409, 'status')

const forbidden = (action: WorkflowAction) =>
  new CitizenRequestError(`Anh/chị không có quyền thực hiện thao tác "${action}" — you may not ${action.replace('_', ' ')} this question`, 403, 'action')

const requireDecision = async (decision: AccessDecision, { action, question, req }: { action: WorkflowAction; question: QuestionDoc; req: PayloadRequest }) => {
  if (!(await decision({ req, question }))) throw forbidden(action)
}

/** What each action writes on the question, after the checks that only it needs. */
const changesFor = async ({
  cfg,
  input,
  question,
  req,
}: {
  cfg: SanitizedCitizenConfig
  input: WorkflowInput
  question: QuestionDoc
  req: PayloadRequest
}): Promise<Record<string, unknown>> => {
  const userId = req.user?.id as Id
  const context = { action: input.action, question, req }
  switch (input.action) {
    case 'assign': {
      await requireDecision(cfg.canAssign, context)
      if (input.assignee === null && input.unit === null)
        throw new CitizenRequestError('Cần chọn người hoặc đơn vị được giao (assignee hoặc unit) — "assignee" or "unit" is required', 400, 'assignee')
      let assignee: Id | null = null
      if (input.assignee !== null) {
        const { docs } = await req.payload.find({
          collection: asCollectionSlug(cfg.usersSlug),
          depth: 0,
          limit: 1,
          overrideAccess: true,
          req,
          select: {},
          where: { id: { equals: input.assignee } },
        })
        if (!docs[0]) throw new CitizenRequestError('Không tìm thấy người được giao — no user with this id', 400, 'assignee')
        // The stored id, in the adapter's own type: a form sends "3" where SQL ids are numbers,
        // and the relationship's validation refuses the text.
        assignee = docs[0].id as Id
      }
      return { assignee, assignedUnit: input.unit }
    }
    case 'answer':
      await requireDecision(cfg.canAnswer, context)
      if (input.answer === null) throw new CitizenRequestError('Cần nhập nội dung trả lời — "answer" is required', 400, 'answer')
      return { answer: input.answer, answeredBy: userId, approvedBy: null }
    case 'approve':
      await requireDecision(cfg.canApprove, context)
      // Four eyes: whoever wrote the answer cannot be the one who approves it.
      if (sameId(question.answeredBy, userId))
        throw new CitizenRequestError(
          'Người soạn câu trả lời không được tự duyệt; cần một người duyệt khác — the answer must be approved by someone other than its author',
          403,
          'answeredBy',
        )
      return { approvedBy: userId }
    case 'request_changes':
      await requireDecision(cfg.canApprove, context)
      if (input.note === null) throw new CitizenRequestError('Cần ghi rõ nội dung yêu cầu sửa (note) — "note" is required', 400, 'note')
      return { approvedBy: null }
    case 'publish': {
      await requireDecision(cfg.canApprove, context)
      const now = new Date()
      // How long the asker waited, in the working days the deadline is counted in.
      const calendar = await loadWorkingCalendar({ cfg, req })
      return { publishedAt: now.toISOString(), answeredInWorkingDays: calendar.workingDaysBetween(new Date(question.createdAt), now) }
    }
    case 'close':
      await requireDecision(cfg.canApprove, context)
      if (input.note === null) throw new CitizenRequestError('Cần ghi lý do đóng câu hỏi (note) — "note" (the reason) is required', 400, 'note')
      return { closedReason: input.note }
  }
}

/**
 * POST /api/{questions}/:id/workflow — staff move a question along: assign, answer, approve
 * (never the answerer), request changes, publish or close. Each move is checked against the
 * question's current status, written only if that status still holds (two officers acting at
 * once cannot both win), and recorded as an event in the same transaction.
 */
export const questionWorkflowEndpoint = (cfg: SanitizedCitizenConfig): Endpoint => ({
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    const { payload } = req
    if (!req.user) throw new CitizenRequestError('Cần đăng nhập — log in first', 401, 'user')
    if (!(await cfg.isStaff({ req }))) throw new CitizenRequestError('Chỉ cán bộ được phân quyền mới xử lý câu hỏi — staff only', 403, 'user')
    const input = parseInput(await readJsonBody(req))

    const collection = asCollectionSlug(cfg.questionsSlug)
    const id = String(req.routeParams?.id ?? '')
    const question = (await payload.findByID({ collection, id, depth: 0, overrideAccess: true, req, disableErrors: true })) as QuestionDoc | null
    if (!question) throw new CitizenRequestError('Không tìm thấy câu hỏi — no question with this id', 404, 'id')

    const transition = TRANSITIONS[input.action]
    if (!transition.from.includes(question.status))
      throw new CitizenRequestError(
        `Câu hỏi đang ở trạng thái "${STATUS_VI[question.status]}", không thể "${input.action}" — a question that is ${question.status} cannot take "${input.action}"`,
        409,
        'status',
      )

    const changes = await changesFor({ cfg, input, question, req })
    const at = new Date().toISOString()

    const shouldCommit = await initTransaction(req)
    try {
      const claim = await claimTransition({ cfg, from: question.status, id: question.id, req, to: transition.to })
      if (claim === 'lost') throw changedMeanwhile()
      // Conditional on the status (already moved when claimed): a concurrent move makes this match nothing.
      const { docs, errors } = await payload.update({
        collection,
        where: { and: [{ id: { equals: question.id } }, { status: { equals: claim === 'claimed' ? transition.to : question.status } }] },
        data: { ...changes, status: transition.to } as never,
        context: { [WORKFLOW_WRITE_CONTEXT]: true },
        depth: 0,
        overrideAccess: true,
        req,
      })
      const updated = docs[0] as unknown as QuestionDoc | undefined
      // A write the collection refused says why (a bulk update reports it instead of throwing).
      if (!updated && errors.length) throw new CitizenRequestError(errors[0]!.message, 400, 'question')
      if (!updated) throw changedMeanwhile()
      const event = await payload.create({
        collection: asCollectionSlug(cfg.questionEventsSlug),
        data: {
          question: question.id,
          action: input.action,
          fromStatus: question.status,
          toStatus: transition.to,
          actor: req.user.id,
          note: input.note,
          at,
        } as never,
        context: { [WORKFLOW_WRITE_CONTEXT]: true },
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (input.action === 'publish' && updated.email)
        await payload.jobs.queue({ task: TASK_SEND_QUESTION_EMAIL, input: { questionId: String(updated.id), kind: 'answer' }, req } as never)
      if (shouldCommit) await commitTransaction(req)
      return Response.json({
        question: {
          id: updated.id,
          code: updated.code,
          status: updated.status,
          assignee: updated.assignee ?? null,
          answeredBy: updated.answeredBy ?? null,
          approvedBy: updated.approvedBy ?? null,
        },
        event: { id: event.id, action: input.action, fromStatus: question.status, toStatus: transition.to, at },
      })
    } catch (err) {
      if (shouldCommit) await killTransaction(req)
      throw err
    }
  },
})
