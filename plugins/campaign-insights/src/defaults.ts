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
  deliveriesSlug: 'deliveries',
  disabled: false,
  isAdmin: defaultIsAdmin,
  metrics: [],
  publishedAtPaths: ['firstPublishedAt', 'workflow.publishedAt', 'publishedAt', 'workflow.stageChangedAt', 'createdAt'],
  queueListLimit: 20,
  registrationsSlug: 'registrations',
  reviewQueueStages: ['in_review', 'changes_requested', 'approved', 'scheduled'],
  upcomingLimit: 10,
  usersSlug: 'users',
  // No workshops: an empty slug names no collection, so the workshop figures count zero.
  workshopsSlug: '',
} satisfies Omit<Required<CampaignInsightsPluginConfig>, 'canSeeInsights'>

/** Vietnamese names of the workflow stages, for the dashboard and the report. */
export const STAGE_LABELS: Record<string, string> = {
  draft: 'Bản nháp',
  in_review: 'Chờ duyệt',
  changes_requested: 'Yêu cầu sửa',
  approved: 'Đã duyệt',
  scheduled: 'Đã lên lịch',
  published: 'Đã xuất bản',
  unpublished: 'Đã gỡ',
}

/** Vietnamese names of the content types. */
export const TYPE_LABELS: Record<string, string> = {
  reports: 'Phóng sự / tin bài',
  features: 'Chuyên mục',
  workshops: 'Hội thảo / tập huấn',
}
