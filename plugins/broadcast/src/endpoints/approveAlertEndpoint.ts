import type { Endpoint } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { BulletinValue, SanitizedAlertsConfig, SanitizedBroadcastConfig } from '../types.js'

import { ALERT_WRITE_CONTEXT } from '../defaults.js'
import { BULLETIN_FIELD_NAME } from '../fields/bulletinField.js'
import { isInTransaction } from '../utilities/isInTransaction.js'
import { problem } from '../utilities/problem.js'
import { relationId } from '../utilities/relationId.js'

export const APPROVE_ALERT_PATH = '/alerts/:id/approve'

/**
 * POST /api/alerts/{id}/approve — the fast path: a second manager or admin approves an issued
 * alert and it is published at once, in one transaction with the record of who approved it. The
 * issuer never approves their own alert (four-eyes); the host's review rules apply on top, and
 * any refusal leaves the alert as it was (rolled back, or undone by hand on a database without
 * transactions). 409 when it was approved already.
 */
export const approveAlertEndpoint = (cfg: SanitizedBroadcastConfig, alerts: SanitizedAlertsConfig): Endpoint => ({
  path: APPROVE_ALERT_PATH,
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, null, 'Cần đăng nhập để duyệt cảnh báo', 'Sign in to approve an alert')
    if (!(await cfg.canApprove(req))) return problem(403, null, 'Bạn không có quyền duyệt cảnh báo khẩn cấp', 'You may not approve emergency alerts')
    const id = req.routeParams?.id as number | string | undefined
    // An id no database could hold is a missing alert, not a query the database refuses with a 500.
    if (id === undefined || !/^[A-Za-z0-9_-]{1,64}$/.test(String(id))) return problem(404, 'id', 'Không có cảnh báo khẩn cấp này', 'No such emergency alert')

    const isOwnTransaction = await initTransaction(req)
    try {
      const item = (await req.payload.findByID({ collection: alerts.collection, id, depth: 0, disableErrors: true, overrideAccess: true, req })) as {
        id: number | string
        [BULLETIN_FIELD_NAME]?: BulletinValue | null
      } | null
      const bulletin = item?.[BULLETIN_FIELD_NAME]
      const alert = bulletin?.alert
      if (!item || !alert?.template) {
        if (isOwnTransaction) await killTransaction(req)
        return problem(404, 'id', 'Không có cảnh báo khẩn cấp này', 'No such emergency alert')
      }
      if (alert.approvedAt) {
        if (isOwnTransaction) await killTransaction(req)
        return problem(409, 'id', 'Cảnh báo này đã được duyệt', 'This alert was approved already')
      }
      if (String(relationId(alert.issuedBy)) === String(req.user.id)) {
        if (isOwnTransaction) await killTransaction(req)
        return problem(403, 'id', 'Người phát cảnh báo không tự duyệt được; cần một người khác duyệt', 'The issuer cannot approve their own alert; another person must')
      }
      await req.payload.update({
        collection: alerts.collection,
        id: item.id,
        data: { [BULLETIN_FIELD_NAME]: { ...bulletin, alert: { ...alert, approvedBy: req.user.id, approvedAt: new Date().toISOString() } } } as never,
        depth: 0,
        overrideAccess: true,
        req,
        context: { [ALERT_WRITE_CONTEXT]: true },
      })
      try {
        await alerts.approveAndPublish({ collection: alerts.collection, id: item.id, req })
      } catch (error) {
        // A database without transactions (Payload's SQLite adapter by default): undo the record by hand.
        if (!(await isInTransaction(req)))
          await req.payload.update({
            collection: alerts.collection,
            id: item.id,
            data: { [BULLETIN_FIELD_NAME]: { ...bulletin, alert } } as never,
            depth: 0,
            overrideAccess: true,
            req,
            context: { [ALERT_WRITE_CONTEXT]: true },
          })
        throw error
      }
      if (isOwnTransaction) await commitTransaction(req)
      return Response.json({ id: item.id, approved: true }, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      if (isOwnTransaction) await killTransaction(req)
      throw error
    }
  },
})
