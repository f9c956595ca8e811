/**
 * The one place where Loa wires its own rules into its plugins: its roles, campaign membership,
 * who schedules and who reads staff-only fields, the shared rate-limit store, its public
 * address. Each plugin knows nothing of Loa; everything Loa decides is an option here.
 */
import type { CanSeeDeliveries } from '@loa/plugin-channel-publishing'
import type { CanManageRegistrations } from '@loa/plugin-workshops'
import type { CollectionSlug, Plugin } from 'payload'

import { slugify } from '@loa/helpers'
import { clientAddressOf, trustedProxyCheck } from '@loa/helpers/clientAddress'
import { ALERT_WRITE_CONTEXT, broadcastPlugin, SYNTHESIS_WRITE_CONTEXT } from '@loa/plugin-broadcast'
import { campaignInsightsPlugin } from '@loa/plugin-campaign-insights'
import { channelPublishingPlugin } from '@loa/plugin-channel-publishing'
import { citizenInteractionPlugin } from '@loa/plugin-citizen-interaction'
import { appendReviewEvent, reviewWorkflowPlugin, runWorkflowAction } from '@loa/plugin-review-workflow'
import { SCHEDULER_ACTOR, SCHEDULING_FIELD_NAMES, schedulingPlugin } from '@loa/plugin-scheduling'
import { workshopsPlugin } from '@loa/plugin-workshops'

import type { SharedRateLimitStore } from './lib/rateLimits/sharedRateLimitStore.js'

import { campaignIdsWhereUserIs, isCampaignMemberAs } from '../collections/access/campaignMembership.js'
import { campaignStaffOnly } from '../collections/access/campaignStaffOnly.js'
import { campaignReviewersOfItem, canReadCampaignReviewEvents } from '../collections/access/campaignReviewRules.js'
import { alertAwareApprovalPolicy, alertAwareRolesFor, alertItemData, isAlertOfficer } from '../collections/access/emergencyAlertRules.js'
import { canScheduleCampaignItem } from '../collections/access/canScheduleCampaignItem.js'
import { actsOnQuestionAs, isAdminRequest, isSignedInStaff } from '../collections/access/citizenQuestionRules.js'
import { hasRole, isAdminUser } from '../collections/access/roles.js'
import { peerAddressOf, trustedProxiesFromEnv } from './lib/peerAddress.js'
import { BULLETIN_DELIVERY_PRIORITY, bulletinDeliveryPriority } from './channels/bulletinDeliveryPriority.js'
import { radioChannelKind, radioReceiptSecrets } from './channels/radioChannelKind.js'
import { campaignAnswerDeadline } from './citizen/campaignAnswerDeadline.js'
import { awarenessSurveysSection } from './insights/awarenessSurveysSection.js'
import { loaInsightMetrics } from './insights/loaMetrics.js'
import { DEMO_SEED_CONTEXT } from './seed/context.js'

/** The content collections that go through review, scheduling and channels. */
export const REVIEWED_COLLECTIONS: CollectionSlug[] = ['reports', 'features', 'workshops']

/**
 * Left out of an anonymous REST read of a reviewed item: the review's state, the radio
 * bulletin, the scheduling switches, the search index text, and the staff-only fields (with
 * the time zones stored beside their dates).
 */
/** The times a reader sees (when it went or goes public); the rest of scheduling is staff business. */
const PUBLIC_SCHEDULING_FIELDS = new Set<string>(['publishAt', 'publishAt_tz', 'unpublishAt', 'unpublishAt_tz'])

export const ANONYMOUS_READS_OMIT = [
  'workflow',
  'bulletin',
  'search',
  'internalNotes',
  ...SCHEDULING_FIELD_NAMES.filter((field) => !PUBLIC_SCHEDULING_FIELDS.has(field)),
]

/** Deliveries: admins and global managers see all, a campaign's managers those of their campaigns (a `Where` for lists, yes/no for one). */
const canSeeDeliveries: CanSeeDeliveries = async ({ doc, req }) => {
  if (isAdminUser(req.user) || hasRole(req.user, 'manager')) return true
  if (doc) return isCampaignMemberAs(req, doc.campaign, ['manager'])
  const ids = await campaignIdsWhereUserIs(req, ['manager'])
  return ids.length ? { campaign: { in: ids } } : false
}

/** Registrations (personal data): admins, and the managers of the workshop's campaign. */
const canManageRegistrations: CanManageRegistrations = async ({ doc, req }) => {
  if (isAdminUser(req.user)) return true
  if (doc) return isCampaignMemberAs(req, doc.campaign, ['manager'])
  const ids = await campaignIdsWhereUserIs(req, ['manager'])
  return ids.length ? { campaign: { in: ids } } : false
}

/** Bulletin fields the server fills in (read from the audio, the synthesis state): they change no reviewed word. */
const BULLETIN_DERIVED_FIELDS = ['bulletin.durationSeconds', 'bulletin.synthesisStatus', 'bulletin.synthesisError', 'bulletin.alert']

export const loaPlugins = ({
  audioDirectory,
  publicServerURL,
  rateLimitStore,
}: {
  audioDirectory: string
  publicServerURL: string
  rateLimitStore: SharedRateLimitStore
}): Plugin[] => {
  const trustedProxies = trustedProxiesFromEnv()
  const isTrustedProxy = trustedProxyCheck(trustedProxies)
  return [
  reviewWorkflowPlugin({
    collections: REVIEWED_COLLECTIONS,
    campaignsCollection: 'campaigns',
    campaignField: 'campaign',
    importContextKey: DEMO_SEED_CONTEXT,
    // Settings that change no published word: staff notes, the search text, the waiting-list
    // switch (the organiser's call) and everything scheduling adds.
    neutralFields: ['internalNotes', 'search', 'waitlistEnabled', ...SCHEDULING_FIELD_NAMES, ...BULLETIN_DERIVED_FIELDS],
    // Audio synthesized from the approved script is the script read aloud, not a new text.
    // and the record of who issued and approved an emergency alert is no new text either.
    derivedWriteContexts: [SYNTHESIS_WRITE_CONTEXT, ALERT_WRITE_CONTEXT],
    // People's words in the history, not "system:scheduler" / "system:import".
    systemActorNames: {
      [SCHEDULER_ACTOR]: { vi: 'Hệ thống — lịch đăng', en: 'System — schedule' },
      'system:import': { vi: 'Nhập dữ liệu mẫu', en: 'Demo data import' },
    },
    // A user acts on an item in the roles they hold in its campaign; admins act everywhere. On an
    // emergency alert the campaign's managers review too, and one approval is enough.
    isAdmin: isAdminUser,
    rolesFor: alertAwareRolesFor,
    roles: { writers: ['editor', 'manager'], reviewers: ['reviewer'], publishers: ['manager'] },
    roleNames: {
      writers: { vi: 'biên tập viên hoặc quản lý chiến dịch', en: "the campaign's editors or managers" },
      reviewers: { vi: 'người duyệt của chiến dịch', en: "the campaign's reviewers" },
      publishers: { vi: 'quản lý chiến dịch', en: "the campaign's managers" },
    },
    policyFor: alertAwareApprovalPolicy,
    reviewersFor: campaignReviewersOfItem,
    canReadEvents: canReadCampaignReviewEvents,
    canReadStaffFields: campaignStaffOnly,
  }),
  schedulingPlugin({
    collections: REVIEWED_COLLECTIONS,
    workshopsCollection: 'workshops',
    campaignsCollection: 'campaigns',
    stagePath: 'workflow.stage',
    isAdmin: isAdminUser,
    canSchedule: canScheduleCampaignItem,
    canReadStaffFields: campaignStaffOnly,
    canReadRuns: ({ req }) => isAdminUser(req.user) || hasRole(req.user, 'manager'),
    // Through the review gate: approvals are counted again when the time comes, and the event
    // names the scheduler acting for whoever set the time.
    performAction: ({ action, collection, id, req, scheduledBy }) =>
      runWorkflowAction({ action, actor: SCHEDULER_ACTOR, collection, id, onBehalfOf: scheduledBy, req }),
    recordScheduleOverride: ({ collection, doc, note, req }) => appendReviewEvent({ action: 'schedule', actor: SCHEDULER_ACTOR, collection, doc, note, req }),
    // Channel publishing stamps when an item first went public: the calendar shows it there.
    publishedAtFields: ['firstPublishedAt'],
  }),
  campaignInsightsPlugin({
    campaignsSlug: 'campaigns',
    contentCollections: REVIEWED_COLLECTIONS,
    workshopsSlug: 'workshops',
    contentLabels: {
      reports: { vi: 'Phóng sự / tin bài', en: 'Reports' },
      features: { vi: 'Chuyên mục', en: 'Features' },
      workshops: { vi: 'Hội thảo / tập huấn', en: 'Workshops' },
    },
    isAdmin: isAdminUser,
    // Airtime on the loudspeakers and citizens' questions answered, next to the built-in figures.
    metrics: loaInsightMetrics({ reviewedCollections: REVIEWED_COLLECTIONS }),
    // Whether the campaign changed minds: its awareness surveys, first wave against last.
    reportSections: [awarenessSurveysSection],
    // A campaign's managers and reviewers see its figures; editors and the public never.
    canSeeInsights: ({ doc, req }) => isCampaignMemberAs(req, doc.id, ['manager', 'reviewer']),
  }),
  // Not Payload's serverURL, which the admin also calls its API at: a development server
  // reached at 127.0.0.1 or another port must not be sent to localhost:3000.
  // Loa answers anonymous feed reads from its own shared public cache.
  channelPublishingPlugin({
    collections: REVIEWED_COLLECTIONS,
    campaignsSlug: 'campaigns',
    isAdmin: isAdminUser,
    canSeeDeliveries,
    feedCacheSeconds: 0,
    // The communes' IP radio, fed with the broadcast plugin's signed bulletins.
    channelKinds: [radioChannelKind],
    // An emergency bulletin's deliveries overtake the queue.
    deliveryPriority: bulletinDeliveryPriority,
    emergencyPriority: BULLETIN_DELIVERY_PRIORITY.emergency,
    serverURL: publicServerURL,
    slugify,
  }),
  workshopsPlugin({
    workshopsSlug: 'workshops',
    campaignsSlug: 'campaigns',
    isAdmin: isAdminUser,
    canManageRegistrations,
    retentionDays: 180,
    peerAddress: peerAddressOf,
    trustedProxies,
    rateLimitStore,
  }),
  // Every reviewed item can be read out on the communes' IP radio; the bulletin goes through
  // the item's review (its script and audio are content, see neutralFields above).
  broadcastPlugin({
    collections: REVIEWED_COLLECTIONS,
    isAdmin: (req) => isAdminUser(req.user),
    isStaff: (req) => Boolean(req.user),
    // An emergency bulletin's second pair of eyes: a campaign manager or an admin.
    canApprove: isAlertOfficer,
    audioDirectory,
    publicServerURL,
    // Airing receipts are signed with a radio channel's secret.
    receiptSecrets: radioReceiptSecrets,
    // Emergency alerts are reports of a campaign, written by the issuer, reviewed through the
    // same gate as every item: submitted in the issuer's name, approved and published in the
    // approver's (the review's four-eyes rule refuses the issuer).
    alerts: {
      collection: 'reports',
      campaignsSlug: 'campaigns',
      canIssue: isAlertOfficer,
      itemData: alertItemData,
      submit: async ({ collection, id, req }) => {
        await runWorkflowAction({ action: 'submit', collection, id, req })
      },
      approveAndPublish: async ({ collection, id, req }) => {
        await runWorkflowAction({ action: 'approve', collection, id, req })
        await runWorkflowAction({ action: 'publish', collection, id, req })
      },
    },
  }),
  citizenInteractionPlugin({
    campaignsSlug: 'campaigns',
    itemCollections: REVIEWED_COLLECTIONS,
    isAdmin: isAdminRequest,
    isStaff: isSignedInStaff,
    canAssign: actsOnQuestionAs(['manager']),
    canAnswer: actsOnQuestionAs(['editor', 'manager']),
    canApprove: actsOnQuestionAs(['reviewer', 'manager']),
    // The asker's name, e-mail and phone (Decree 13/2023): the managers answerable for the question.
    canSeeContacts: actsOnQuestionAs(['manager']),
    canManageSurveys: actsOnQuestionAs(['manager']),
    canModerate: actsOnQuestionAs(['reviewer', 'manager']),
    // A campaign may set its own answer deadline (working days); 15 otherwise.
    answerWorkingDaysFor: campaignAnswerDeadline,
    rateLimitStore,
    clientAddress: (req) => clientAddressOf(req, { isTrustedProxy, peerAddress: peerAddressOf }),
  }),
  ]
}
