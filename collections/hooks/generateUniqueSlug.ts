import type { FieldHook } from 'payload'

import { ValidationError } from 'payload'

import { slugify } from '@loa/helpers'

const isTaken = async (args: { collection: string; slug: string; excludeId?: number | string; req: Parameters<FieldHook>[0]['req'] }): Promise<boolean> => {
  const { totalDocs } = await args.req.payload.count({
    collection: args.collection as 'campaigns',
    overrideAccess: true,
    req: args.req,
    where: {
      and: [{ slug: { equals: args.slug } }, ...(args.excludeId !== undefined ? [{ id: { not_equals: args.excludeId } }] : [])],
    },
  })
  return totalDocs > 0
}

/**
 * Keeps `slug` a Vietnamese-aware, unique URL segment. An empty slug is made from the source
 * field ("Chuyển đổi số" → chuyen-doi-so) with -2, -3… appended while taken; a slug the user
 * typed is normalised and refused with a field error when another document holds it.
 */
export const generateUniqueSlug =
  (sourceField: string): FieldHook =>
  async ({ collection, data, originalDoc, req, value }) => {
    if (!collection) return value
    const typed = typeof value === 'string' && value.trim() ? slugify(value) : ''
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    const sourceText = typeof source === 'string' ? source : ''
    if (!typed && !sourceText) return value
    const excludeId = originalDoc?.id as number | string | undefined

    if (typed) {
      if (typed !== originalDoc?.slug && (await isTaken({ collection: collection.slug, excludeId, req, slug: typed }))) {
        throw new ValidationError({
          collection: collection.slug,
          errors: [
            {
              message: `Đường dẫn "${typed}" đã được dùng — slug "${typed}" is already taken in ${collection.slug}`,
              path: 'slug',
            },
          ],
          req,
        })
      }
      return typed
    }

    const base = slugify(sourceText) || 'bai-viet'
    for (let suffix = 1; suffix < 1000; suffix += 1) {
      const candidate = suffix === 1 ? base : `${base}-${suffix}`
      if (!(await isTaken({ collection: collection.slug, excludeId, req, slug: candidate }))) return candidate
    }
    return `${base}-${Date.now()}`
  }
