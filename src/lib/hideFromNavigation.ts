/**
 * Collections that keep their admin pages but get no navigation entry of their own, because a
 * plugin's view is the way in: the deliveries log appeared twice as "Nhật ký phát hành" (the
 * raw collection and the deliveries view at /admin/phat-hanh), each leading somewhere else.
 * `group: false` takes a collection out of the navigation and the dashboard only.
 */
import type { Config } from 'payload'

export const hideFromNavigation =
  ({ collections }: { collections: readonly string[] }) =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) =>
      collections.includes(collection.slug) ? { ...collection, admin: { ...collection.admin, group: false } } : collection,
    ),
  })
