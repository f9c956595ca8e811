import type { CollectionBeforeChangeHook } from 'payload'

/** Feeds and portals show when an item first went live; later edits keep that date. */
export const stampFirstPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.firstPublishedAt && !originalDoc?.firstPublishedAt) {
    data.firstPublishedAt = new Date().toISOString()
  }
  return data
}
