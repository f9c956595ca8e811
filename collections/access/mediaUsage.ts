/**
 * Which items use which media: every upload or relationship field pointing at the media
 * collection, found in the config (heroes today, any media field a plugin adds tomorrow), and
 * the queries over them. Rich-text bodies are not searched.
 */
import type { CollectionSlug, FlattenedField, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

type Id = number | string

export const MEDIA_COLLECTION = 'media'

type MediaReferences = { collection: SanitizedCollectionConfig; paths: string[] }

const pointsAtMedia = (field: FlattenedField): boolean =>
  (field.type === 'upload' || field.type === 'relationship') &&
  (Array.isArray(field.relationTo) ? field.relationTo.includes(MEDIA_COLLECTION) : field.relationTo === MEDIA_COLLECTION)

const mediaPathsIn = (fields: FlattenedField[], prefix = ''): string[] =>
  fields.flatMap((field) => {
    if (pointsAtMedia(field)) return [`${prefix}${field.name}`]
    if ((field.type === 'group' || field.type === 'array' || field.type === 'tab') && 'flattenedFields' in field) {
      return mediaPathsIn(field.flattenedFields, `${prefix}${field.name}.`)
    }
    return []
  })

const referencesByConfig = new WeakMap<object, MediaReferences[]>()

/** The collections that point at media, with the paths of those fields; worked out once per config. */
export const mediaReferences = (req: PayloadRequest): MediaReferences[] => {
  const config = req.payload.config
  let found = referencesByConfig.get(config)
  if (!found) {
    found = config.collections
      .filter((collection) => collection.slug !== MEDIA_COLLECTION)
      .map((collection) => ({ collection, paths: mediaPathsIn(collection.flattenedFields) }))
      .filter((references) => references.paths.length > 0)
    referencesByConfig.set(config, found)
  }
  return found
}

const hasTopLevelField = (collection: SanitizedCollectionConfig, name: string) => collection.flattenedFields.some((field) => field.name === name)

/** Reads the ids a document holds at a dotted path, through groups and array rows. */
const idsAt = (value: unknown, segments: string[]): Id[] => {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) return value.flatMap((item) => idsAt(item, segments))
  if (segments.length === 0) {
    if (typeof value === 'number' || typeof value === 'string') return [value]
    if (typeof value === 'object' && 'id' in value) return [(value as { id: Id }).id]
    if (typeof value === 'object' && 'value' in value) return idsAt((value as { value: unknown }).value, [])
    return []
  }
  if (typeof value !== 'object') return []
  const [head, ...rest] = segments
  return idsAt((value as Record<string, unknown>)[head as string], rest)
}

/** A select that reads only the given dotted paths. */
const selectOf = (paths: string[]): Record<string, unknown> => {
  const select: Record<string, unknown> = {}
  for (const path of paths) {
    const segments = path.split('.')
    let node = select
    segments.forEach((segment, index) => {
      if (index === segments.length - 1) node[segment] = true
      else node = (node[segment] ??= {}) as Record<string, unknown>
    })
  }
  return select
}

const anyPathIn = (paths: string[], ids: Id[]): Where => ({ or: paths.map((path) => ({ [path]: { in: ids } })) })

/**
 * Ids of the media used by the items of the given campaigns, live or in their latest draft:
 * the media a campaign's managers look after. `among` narrows the question to some media
 * (one file being changed), which keeps it to a few rows.
 */
export const mediaUsedByCampaigns = async (req: PayloadRequest, campaignIds: Id[], among?: Id[]): Promise<Id[]> => {
  if (campaignIds.length === 0 || among?.length === 0) return []
  const used = new Map<string, Id>()
  for (const { collection, paths } of mediaReferences(req)) {
    if (!hasTopLevelField(collection, 'campaign')) continue
    const hasDrafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
    for (const draft of hasDrafts ? [false, true] : [false]) {
      const { docs } = await req.payload.find({
        collection: collection.slug as CollectionSlug,
        depth: 0,
        draft,
        overrideAccess: true,
        pagination: false,
        req,
        select: selectOf(paths),
        where: among ? { and: [{ campaign: { in: campaignIds } }, anyPathIn(paths, among)] } : { campaign: { in: campaignIds } },
      })
      for (const doc of docs as unknown as Array<Record<string, unknown>>) {
        for (const path of paths)
          for (const id of idsAt(doc, path.split('.'))) if (!among || among.some((wanted) => String(wanted) === String(id))) used.set(String(id), id)
      }
    }
  }
  return [...used.values()]
}

/** Titles (or ids) of the live items that show any of the given media, at most a few per collection. */
export const liveItemsShowing = async (req: PayloadRequest, mediaIds: Id[]): Promise<string[]> => {
  if (mediaIds.length === 0) return []
  const titles: string[] = []
  for (const { collection, paths } of mediaReferences(req)) {
    const hasDrafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
    if (!hasDrafts) continue
    const { docs } = await req.payload.find({
      collection: collection.slug as CollectionSlug,
      depth: 0,
      draft: false,
      limit: 5,
      overrideAccess: true,
      req,
      where: { and: [{ _status: { equals: 'published' } }, anyPathIn(paths, mediaIds)] },
    })
    for (const doc of docs as unknown as Array<{ id: Id; title?: unknown }>)
      titles.push(typeof doc.title === 'string' && doc.title ? `"${doc.title}"` : `${collection.slug} #${doc.id}`)
  }
  return titles
}
