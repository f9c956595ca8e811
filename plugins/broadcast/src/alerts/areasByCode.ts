import type { PayloadRequest } from 'payload'

import type { Id, SanitizedBroadcastConfig } from '../types.js'

/** More areas than a province has communes is a mistake, not a request. */
const MAX_AREAS = 2000

export type AreaLookup = { ok: true; areas: Array<{ id: Id; code: string; name: string }> } | { ok: false; message: { vi: string; en: string } }

/** The areas an alert names by official code; none = the whole province. Unknown codes are refused, all of them named. */
export const areasByCode = async ({ cfg, codes, req }: { cfg: SanitizedBroadcastConfig; codes: unknown; req: PayloadRequest }): Promise<AreaLookup> => {
  if (codes === undefined || codes === null) return { ok: true, areas: [] }
  if (!Array.isArray(codes) || codes.length > MAX_AREAS || codes.some((code) => typeof code !== 'string'))
    return { ok: false, message: { vi: `"areas" phải là danh sách mã xã, phường (tối đa ${MAX_AREAS})`, en: `"areas" must be a list of area codes (at most ${MAX_AREAS})` } }
  const wanted = [...new Set(codes as string[])]
  if (!wanted.length) return { ok: true, areas: [] }
  const { docs } = await req.payload.find({
    collection: cfg.areasSlug as never,
    depth: 0,
    limit: wanted.length,
    overrideAccess: true,
    pagination: false,
    req,
    where: { code: { in: wanted } },
  })
  const found = docs as unknown as Array<{ id: Id; code: string; name: string }>
  const unknown = wanted.filter((code) => !found.some((area) => area.code === code))
  if (unknown.length) return { ok: false, message: { vi: `Mã địa bàn không tồn tại: ${unknown.join(', ')}`, en: `Unknown area code: ${unknown.join(', ')}` } }
  return { ok: true, areas: found.map(({ code, id, name }) => ({ id, code, name })) }
}
