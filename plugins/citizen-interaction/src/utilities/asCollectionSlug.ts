import type { CollectionSlug } from 'payload'

/** Slugs come from options, so the generated slug union cannot know them. */
export const asCollectionSlug = (slug: string): CollectionSlug => slug as CollectionSlug
