import type { PayloadRequest } from 'payload'

/** Stages whose saved version is content a reviewer signed off. */
const APPROVED_STAGES = ['approved', 'scheduled', 'published']

export type ChangesSinceApproval = { fromVersion: number | string; toVersion: number | string; approvedAt: string }

/**
 * The two versions a reviewer compares to see what changed since the item was last approved:
 * the newest version saved in an approved stage, and the newest version of all. Null when the
 * collection keeps no versions, nothing was ever approved, or nothing was saved since.
 */
export const changesSinceApproval = async ({
  collection,
  id,
  req,
}: {
  collection: string
  id: number | string
  req: PayloadRequest
}): Promise<ChangesSinceApproval | null> => {
  if (!(req.payload.collections as Record<string, { config: { versions?: unknown } } | undefined>)[collection]?.config.versions) return null
  const versions = (where: Record<string, unknown>) =>
    req.payload.findVersions({
      collection: collection as never,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      select: { updatedAt: true } as never,
      sort: '-updatedAt',
      where: { and: [{ parent: { equals: id } }, where] } as never,
    })
  const approved = (await versions({ 'version.workflow.stage': { in: APPROVED_STAGES } })).docs[0] as { id: number | string; updatedAt: string } | undefined
  if (!approved) return null
  const latest = (await versions({ updatedAt: { greater_than: approved.updatedAt } })).docs[0] as { id: number | string } | undefined
  return latest ? { fromVersion: approved.id, toVersion: latest.id, approvedAt: approved.updatedAt } : null
}
