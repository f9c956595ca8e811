import type { FieldHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { SanitizedChannelPublishingConfig } from '../types.js'

import { RESERVED_CHANNEL_SLUGS } from '../defaults.js'
import { pluginConfigOf } from '../utilities/config.js'

const isTaken = async ({ excludeId, req, slug }: { excludeId?: number | string; req: PayloadRequest; slug: string }): Promise<boolean> => {
  if (RESERVED_CHANNEL_SLUGS.includes(slug)) return true
  const { totalDocs } = await req.payload.count({
    collection: pluginConfigOf(req.payload).channelsSlug as never,
    overrideAccess: true,
    req,
    where: { and: [{ slug: { equals: slug } }, ...(excludeId !== undefined ? [{ id: { not_equals: excludeId } }] : [])] },
  })
  return totalDocs > 0
}

/**
 * Makes a channel's slug from its name when none is typed ("Đường dây nóng" → duong-day-nong
 * with Loa's slugger), with -2, -3… while taken or reserved; a typed slug is put through the
 * same slugger and refused, naming the field, when another channel holds it. A slug, once
 * made, stays when the name changes: feed readers keep their address.
 */
export const generateChannelSlug =
  (config: SanitizedChannelPublishingConfig): FieldHook =>
  async ({ data, originalDoc, req, value }) => {
    const typed = typeof value === 'string' ? config.slugify(value) : ''
    const name = data?.name ?? originalDoc?.name
    const excludeId = originalDoc?.id as number | string | undefined
    if (typed) {
      // Reserved slugs are the field validator's to refuse, with its own message.
      if (typed !== originalDoc?.slug && !RESERVED_CHANNEL_SLUGS.includes(typed) && (await isTaken({ excludeId, req, slug: typed }))) {
        throw new ValidationError({
          collection: config.channelsSlug,
          errors: [{ path: 'slug', message: `Mã kênh "${typed}" đã được dùng — slug "${typed}" is already taken by another channel` }],
          req,
        })
      }
      return typed
    }
    if (typeof name !== 'string' || !name.trim()) return value
    const base = config.slugify(name) || 'channel'
    for (let suffix = 1; suffix < 1000; suffix += 1) {
      const candidate = suffix === 1 ? base : `${base}-${suffix}`
      if (!(await isTaken({ excludeId, req, slug: candidate }))) return candidate
    }
    return `${base}-${Date.now()}`
  }
