import type { CampaignInsightsPluginConfig } from './types.js'

export const PLUGIN_NAME = 'campaign-insights'

/** Key of the sanitized options on the campaigns collection's `custom`. */
export const CUSTOM_KEY = 'campaignInsights'

/** A user whose `roles` include 'admin'. */
export const defaultIsAdmin = (user: unknown): boolean => Boolean((user as { roles?: readonly string[] | null } | null | undefined)?.roles?.includes('admin'))

export const DEFAULTS = {
  campaignsSlug: 'campaigns',
  channelsSlug: 'channels',
  contentCollections: [] as string[],
  contentLabels: {} as Record<string, Record<string, string>>,
  deliveriesSlug: 'deliveries',
  disabled: false,
  isAdmin: defaultIsAdmin,
  metrics: [],
  reportSections: [],
  publishedAtPaths: ['firstPublishedAt', 'workflow.publishedAt', 'publishedAt', 'workflow.stageChangedAt', 'createdAt'],
  queueListLimit: 20,
  registrationsSlug: 'registrations',
  reviewQueueStages: ['in_review', 'changes_requested', 'approved', 'scheduled'],
  upcomingLimit: 10,
  usersSlug: 'users',
  // No workshops: an empty slug names no collection, so the workshop figures count zero.
  workshopsSlug: '',
} satisfies Omit<Required<CampaignInsightsPluginConfig>, 'canSeeInsights'>

/** A content collection's name in `language` (option `contentLabels`), else its slug. */
export const typeLabelOf = (contentLabels: Record<string, Record<string, string>>, slug: string, language = 'vi'): string =>
  contentLabels[slug]?.[language] ?? contentLabels[slug]?.vi ?? slug
