import type { CollectionConfig } from 'payload'

import { Campaigns } from './Campaigns.js'
import { Features } from './Features.js'
import { Media } from './Media.js'
import { Reports } from './Reports.js'
import { Users } from './Users.js'
import { Workshops } from './Workshops.js'

/** The domain collections, in the order the admin lists them. */
export const loaCollections = (): CollectionConfig[] => [Campaigns, Reports, Features, Workshops, Media, Users]

/** Collections whose documents travel through review, scheduling and publishing. */
export const CONTENT_COLLECTIONS = ['reports', 'features', 'workshops'] as const
export type ContentCollectionSlug = (typeof CONTENT_COLLECTIONS)[number]
