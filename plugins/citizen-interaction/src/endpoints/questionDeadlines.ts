import type { Endpoint } from 'payload'

import type { QuestionDoc, SanitizedCitizenConfig } from '../types.js'

import { CitizenRequestError } from '../utilities/citizenRequestError.js'
import { findDeadlines } from '../utilities/deadlines.js'

const summaryOf = ({ assignedUnit, assignee, code, dueDate, id, status }: QuestionDoc) => ({
  id,
  code,
  status,
  dueDate,
  assignee: assignee ?? null,
  assignedUnit: assignedUnit ?? null,
})

/** GET /api/{questions}/deadlines — staff: the open questions due soon and those overdue, earliest first. */
export const questionDeadlinesEndpoint = (cfg: SanitizedCitizenConfig): Endpoint => ({
  path: '/deadlines',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new CitizenRequestError('Cần đăng nhập — log in first', 401, 'user')
    if (!(await cfg.isStaff({ req }))) throw new CitizenRequestError('Chỉ cán bộ được phân quyền — staff only', 403, 'user')
    const { dueSoon, overdue } = await findDeadlines({ cfg, now: new Date(), req })
    return Response.json({ dueSoon: dueSoon.map(summaryOf), overdue: overdue.map(summaryOf) })
  },
})
