/**
 * Writes the demo content, idempotently: every record is looked up by a natural key (e-mail,
 * campaign code, slug, file name) first, so a second run creates nothing twice.
 */
import type { Payload } from 'payload'

import { lexicalFromParagraphs } from '../lib/lexical.js'
import { DEMO_SEED_CONTEXT } from './context.js'
import { DEMO_CAMPAIGN, DEMO_FEATURES, DEMO_PASSWORD, DEMO_REPORTS, DEMO_USERS, DEMO_WORKSHOPS } from './demoContent.js'
import { makeDemoImage } from './demoImage.js'

type Id = number | string
export type SeedProgress = (step: { done: number; total: number; label: string; created: boolean }) => void

export type SeedResult = {
  created: number
  skipped: number
  /** E-mails of the demo users now in the database (none in production). */
  demoUsers: string[]
}

type SeedOptions = {
  /** Production gets the demo content but never the demo users and their published password. */
  isProduction?: boolean
}

const logProgress =
  (payload: Payload): SeedProgress =>
  ({ created, done, label, total }) =>
    payload.logger.info(`[seed] ${String(done).padStart(2)}/${total} ${created ? 'tạo mới' : 'đã có  '} ${label}`)

export const seedDemoContent = async (
  payload: Payload,
  onProgress: SeedProgress = logProgress(payload),
  { isProduction = process.env.NODE_ENV === 'production' }: SeedOptions = {},
): Promise<SeedResult> => {
  const users = isProduction ? [] : DEMO_USERS
  const items = [...DEMO_REPORTS, ...DEMO_FEATURES, ...DEMO_WORKSHOPS]
  const total = users.length + 1 + items.length * 2
  let done = 0
  const result: SeedResult = { created: 0, skipped: 0, demoUsers: [] }
  const step = (label: string, created: boolean) => {
    done += 1
    result[created ? 'created' : 'skipped'] += 1
    onProgress({ created, done, label, total })
  }
  const context = { [DEMO_SEED_CONTEXT]: true }

  const userIds: Record<string, Id> = {}
  for (const user of users) {
    const existing = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1, depth: 0 })
    if (existing.docs[0]) {
      userIds[user.email] = existing.docs[0].id
      step(user.email, false)
      continue
    }
    const created = await payload.create({
      collection: 'users',
      data: { ...user, roles: [...user.roles], password: DEMO_PASSWORD },
      context,
    })
    userIds[user.email] = created.id
    step(user.email, true)
  }

  const members = [
    ['manager@loa.local', 'manager'],
    ['editor@loa.local', 'editor'],
    ['reviewer@loa.local', 'reviewer'],
  ]
    .filter(([email]) => userIds[email] !== undefined)
    // Ids are numbers on SQL adapters and strings on MongoDB; the generated types say number.
    .map(([email, role]) => ({ user: userIds[email] as number, role: role as 'editor' | 'manager' | 'reviewer' }))

  let campaignId: Id
  const existingCampaign = await payload.find({ collection: 'campaigns', where: { code: { equals: DEMO_CAMPAIGN.code } }, limit: 1, depth: 0 })
  if (existingCampaign.docs[0]) {
    campaignId = existingCampaign.docs[0].id
    step(`chiến dịch ${DEMO_CAMPAIGN.code}`, false)
  } else {
    const campaign = await payload.create({
      collection: 'campaigns',
      data: {
        ...DEMO_CAMPAIGN,
        status: 'active',
        audiences: DEMO_CAMPAIGN.audiences as Array<'officials'>,
        members,
        approvalPolicy: { requiredApprovals: 1 },
      },
      context,
    })
    campaignId = campaign.id
    step(`chiến dịch ${DEMO_CAMPAIGN.code}`, true)
  }

  const authorIds = userIds['editor@loa.local'] !== undefined ? [userIds['editor@loa.local']] : []
  const collections = [
    ...DEMO_REPORTS.map((item) => ({ collection: 'reports' as const, item })),
    ...DEMO_FEATURES.map((item) => ({ collection: 'features' as const, item })),
    ...DEMO_WORKSHOPS.map((item) => ({ collection: 'workshops' as const, item })),
  ]
  for (const [index, { collection, item }] of collections.entries()) {
    const filename = `demo-${item.slug}.jpg`
    const alt = `Ảnh minh hoạ: ${item.title}`
    // Looked up by alt text: the stored file name may carry a suffix when the file existed.
    const existingMedia = await payload.find({ collection: 'media', where: { alt: { equals: alt } }, limit: 1, depth: 0 })
    let mediaId: Id
    if (existingMedia.docs[0]) {
      mediaId = existingMedia.docs[0].id
      step(filename, false)
    } else {
      const data = await makeDemoImage({ caption: item.title.slice(0, 42), hue: (index * 47) % 360 })
      const media = await payload.create({
        collection: 'media',
        data: { alt, credit: 'Loa demo' },
        file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
        context,
      })
      mediaId = media.id
      step(filename, true)
    }

    const existingItem = await payload.find({ collection, where: { slug: { equals: item.slug } }, limit: 1, depth: 0, draft: true })
    if (existingItem.docs[0]) {
      step(`${collection}/${item.slug}`, false)
      continue
    }
    const { isPublished, paragraphs, publishedAt, ...fields } = item
    // Published demo items arrive as the review workflow would have left them: approved by the reviewer.
    const reviewerId = userIds['reviewer@loa.local']
    const approvedAt = publishedAt ?? new Date().toISOString()
    const workflow = isPublished
      ? {
          stage: 'published',
          approvals: reviewerId !== undefined ? [{ reviewer: reviewerId, at: approvedAt }] : [],
          lastEditedBy: authorIds[0] ?? null,
          submittedAt: approvedAt,
          stageChangedAt: approvedAt,
        }
      : undefined
    await payload.create({
      collection,
      data: {
        ...(fields as Record<string, unknown>),
        campaign: campaignId,
        heroImage: mediaId,
        body: lexicalFromParagraphs(paragraphs),
        authors: authorIds,
        ...(workflow ? { workflow } : {}),
        // When the demo item went live (kept by channel publishing; counted by campaign insights).
        ...(isPublished && publishedAt ? { firstPublishedAt: publishedAt } : {}),
        _status: isPublished ? 'published' : 'draft',
      } as never,
      draft: !isPublished,
      context,
    })
    step(`${collection}/${item.slug}`, true)
  }
  result.demoUsers = Object.keys(userIds)
  return result
}
