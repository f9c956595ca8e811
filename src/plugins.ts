/**
 * The one place where Loa wires its own rules into its plugins: its roles, campaign membership,
 * who schedules and who reads staff-only fields, the shared rate-limit store, its public
 * address. Each plugin knows nothing of Loa; everything Loa decides is an option here.
 */
import type { CollectionSlug, Plugin } from 'payload'

import { slugify } from '@loa/helpers'
import { campaignInsightsPlugin } from '@loa/plugin-campaign-insights'
import { channelPublishingPlugin } from '@loa/plugin-channel-publishing'
import { reviewWorkflowPlugin } from '@loa/plugin-review-workflow'
import { SCHEDULING_FIELD_NAMES, schedulingPlugin } from '@loa/plugin-scheduling'
import { workshopsPlugin } from '@loa/plugin-workshops'

import type { SharedRateLimitStore } from './lib/rateLimits/sharedRateLimitStore.js'

import { campaignStaffOnly } from '../collections/access/campaignStaffOnly.js'
import { canScheduleCampaignItem } from '../collections/access/canScheduleCampaignItem.js'
import { isAdminUser } from '../collections/access/roles.js'
import { peerAddressOf, trustedProxiesFromEnv } from './lib/peerAddress.js'
import { DEMO_SEED_CONTEXT } from './seed/context.js'

/** The content collections that go through review, scheduling and channels. */
export const REVIEWED_COLLECTIONS: CollectionSlug[] = ['reports', 'features', 'workshops']

export const loaPlugins = ({ publicServerURL, rateLimitStore }: { publicServerURL: string; rateLimitStore: SharedRateLimitStore }): Plugin[] => [
  reviewWorkflowPlugin({
    collections: REVIEWED_COLLECTIONS,
    importContextKey: DEMO_SEED_CONTEXT,
    // Settings that change no published word: the waiting-list switch is the organiser's call.
    neutralFields: ['search', 'waitlistEnabled', ...SCHEDULING_FIELD_NAMES],
    canReadStaffFields: campaignStaffOnly,
  }),
  schedulingPlugin({
    collections: REVIEWED_COLLECTIONS,
    isAdmin: isAdminUser,
    canSchedule: canScheduleCampaignItem,
    canReadStaffFields: campaignStaffOnly,
    // Channel publishing stamps when an item first went public: the calendar shows it there.
    publishedAtFields: ['firstPublishedAt'],
  }),
  campaignInsightsPlugin(),
  // Not Payload's serverURL, which the admin also calls its API at: a development server
  // reached at 127.0.0.1 or another port must not be sent to localhost:3000.
  channelPublishingPlugin({ collections: REVIEWED_COLLECTIONS, serverURL: publicServerURL, slugify }),
  workshopsPlugin({
    workshopsSlug: 'workshops',
    campaignsSlug: 'campaigns',
    retentionDays: 180,
    peerAddress: peerAddressOf,
    trustedProxies: trustedProxiesFromEnv(),
    rateLimitStore,
  }),
]
