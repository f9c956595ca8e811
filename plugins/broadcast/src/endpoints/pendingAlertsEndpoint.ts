import type { Endpoint } from 'payload'

import type { BulletinValue, SanitizedAlertsConfig, SanitizedBroadcastConfig } from '../types.js'

import { BULLETIN_FIELD_NAME } from '../fields/bulletinField.js'
import { problem } from '../utilities/problem.js'
import { relationId } from '../utilities/relationId.js'

export const PENDING_ALERTS_PATH = '/alerts/pending'

type Person = { id: number | string; displayName?: null | string; name?: null | string; email?: null | string }
type AlertItem = Record<string, unknown> & { id: number | string; [BULLETIN_FIELD_NAME]?: BulletinValue | null }

const nameOf = (person: unknown): null | string => {
  if (!person || typeof person !== 'object') return null
  const { displayName, email, name } = person as Person
  return displayName || name || email || null
}

/**
 * GET /api/alerts/pending — staff: the issued alerts still waiting for their second pair of
 * eyes, newest first, as the caller may read them, each with whether the caller may approve it.
 */
export const pendingAlertsEndpoint = (cfg: SanitizedBroadcastConfig, alerts: SanitizedAlertsConfig): Endpoint => ({
  path: PENDING_ALERTS_PATH,
  method: 'get',
  handler: async (req) => {
    if (!req.user) return problem(401, null, 'Cần đăng nhập', 'Sign in first')
    if (!(await cfg.isStaff(req))) return problem(403, null, 'Chỉ cán bộ xem được cảnh báo chờ duyệt', 'Only staff see alerts awaiting approval')
    const { docs } = await req.payload.find({
      collection: alerts.collection,
      depth: 1,
      limit: 50,
      overrideAccess: false,
      req,
      sort: '-createdAt',
      user: req.user,
      where: {
        and: [{ [`${BULLETIN_FIELD_NAME}.alert.template`]: { exists: true } }, { [`${BULLETIN_FIELD_NAME}.alert.approvedAt`]: { exists: false } }],
      },
    })
    const mayApprove = await cfg.canApprove(req)
    return Response.json(
      {
        docs: (docs as unknown as AlertItem[]).map((item) => {
          const bulletin = item[BULLETIN_FIELD_NAME] ?? {}
          const issuedBy = bulletin.alert?.issuedBy
          return {
            id: item.id,
            title: item[alerts.titleField] ?? null,
            script: bulletin.script ?? null,
            areas: (bulletin.areas ?? []).map((area) => (typeof area === 'object' ? ((area as { name?: string }).name ?? area.id) : area)),
            issuedBy: nameOf(issuedBy),
            issuedAt: bulletin.alert?.issuedAt ?? null,
            canApprove: mayApprove && String(relationId(issuedBy as never)) !== String(req.user!.id),
          }
        }),
      },
      { headers: { 'Cache-Control': 'private, no-store' } },
    )
  },
})
