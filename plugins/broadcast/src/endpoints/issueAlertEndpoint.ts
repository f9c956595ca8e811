import type { Endpoint, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { SanitizedAlertsConfig, SanitizedBroadcastConfig } from '../types.js'

import { areasByCode } from '../alerts/areasByCode.js'
import { fillAlertTemplate, type AlertTemplateText } from '../alerts/fillAlertTemplate.js'
import { readJsonBody } from '../alerts/readJsonBody.js'
import { ALERT_WRITE_CONTEXT } from '../defaults.js'
import { BULLETIN_FIELD_NAME } from '../fields/bulletinField.js'
import { isInTransaction } from '../utilities/isInTransaction.js'
import { problem } from '../utilities/problem.js'

export const ISSUE_ALERT_PATH = '/alerts/issue'

/** Keys of the body this plugin reads; the rest is the host's (`itemData`). */
const OWN_KEYS = new Set(['template', 'values', 'areas'])

const findTemplate = async (alerts: SanitizedAlertsConfig, req: PayloadRequest, template: unknown) => {
  // Only what a database id can look like: anything else is an unknown template (400), never a query error.
  if (typeof template !== 'number' && (typeof template !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(template))) return null
  return (await req.payload.findByID({
    collection: alerts.templatesSlug as never,
    depth: 0,
    disableErrors: true,
    id: template,
    overrideAccess: true,
    req,
  })) as (AlertTemplateText & { id: number | string; name: string }) | null
}

/**
 * POST /api/alerts/issue — a manager issues an emergency alert from a template:
 * `{ "template": id, "values": { key: text }, "areas": ["38380", …], …host fields }`. The item is
 * created in the issuer's name (their access applies), marked `emergency`, and put into review,
 * all in one transaction (or undone by hand on a database without them): a refusal at any step
 * leaves nothing. 201 with the item's id, title
 * and script; the second person approves it at `POST /api/alerts/{id}/approve`.
 */
export const issueAlertEndpoint = (cfg: SanitizedBroadcastConfig, alerts: SanitizedAlertsConfig): Endpoint => ({
  path: ISSUE_ALERT_PATH,
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, null, 'Cần đăng nhập để phát cảnh báo', 'Sign in to issue an alert')
    if (!(await alerts.canIssue(req))) return problem(403, null, 'Bạn không có quyền phát cảnh báo khẩn cấp', 'You may not issue emergency alerts')
    const body = await readJsonBody(req)
    if (!body) return problem(400, 'template', 'Nội dung yêu cầu phải là một đối tượng JSON', 'The request body must be a JSON object')

    const template = await findTemplate(alerts, req, body.template)
    if (!template) return problem(400, 'template', 'Không có mẫu cảnh báo này', 'No such alert template')
    const filled = fillAlertTemplate(template, body.values)
    if (!filled.ok) {
      const [first] = filled.problems
      return Response.json(
        { errors: filled.problems.map(({ field, message }) => ({ field, message: `Trường "${field}" chưa hợp lệ / Field "${field}" ${message}` })) },
        { status: 400, headers: { 'Cache-Control': 'no-store', 'X-Field': first!.field } },
      )
    }
    const areas = await areasByCode({ cfg, codes: body.areas, req })
    if (!areas.ok) return problem(400, 'areas', areas.message.vi, areas.message.en)

    const hostBody = Object.fromEntries(Object.entries(body).filter(([key]) => !OWN_KEYS.has(key)))
    const isOwnTransaction = await initTransaction(req)
    let createdId: null | number | string = null
    try {
      const item = (await req.payload.create({
        collection: alerts.collection,
        data: {
          ...(await alerts.itemData({ body: hostBody, req })),
          [alerts.titleField]: filled.title,
          [BULLETIN_FIELD_NAME]: {
            script: filled.script,
            priority: 'emergency',
            areas: areas.areas.map((area) => area.id),
          },
        } as never,
        depth: 0,
        overrideAccess: false,
        req,
        user: req.user,
      })) as { id: number | string; [BULLETIN_FIELD_NAME]?: Record<string, unknown> }
      createdId = item.id
      // The record of who issued it: written by the server alone, no reviewed word.
      await req.payload.update({
        collection: alerts.collection,
        id: item.id,
        data: { [BULLETIN_FIELD_NAME]: { ...item[BULLETIN_FIELD_NAME], alert: { template: template.id, issuedBy: req.user.id, issuedAt: new Date().toISOString() } } } as never,
        depth: 0,
        overrideAccess: true,
        req,
        context: { [ALERT_WRITE_CONTEXT]: true },
      })
      await alerts.submit({ collection: alerts.collection, id: item.id, req })
      if (isOwnTransaction) await commitTransaction(req)
      return Response.json(
        { id: item.id, collection: alerts.collection, title: filled.title, script: filled.script, areas: areas.areas.map(({ code, name }) => ({ code, name })) },
        { status: 201, headers: { 'Cache-Control': 'no-store' } },
      )
    } catch (error) {
      if (isOwnTransaction) await killTransaction(req)
      // A database without transactions (Payload's SQLite adapter by default): no half-issued alert stays.
      else if (createdId !== null && !(await isInTransaction(req)))
        await req.payload.delete({ collection: alerts.collection, id: createdId, overrideAccess: true, req }).catch(() => undefined)
      throw error
    }
  },
})
