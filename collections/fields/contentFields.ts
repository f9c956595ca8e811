import type { CollectionConfig, Field } from 'payload'

import { campaignStaffOnly } from '../access/campaignStaffOnly.js'
import { canCreateCampaignContent } from '../access/canCreateCampaignContent.js'
import { canDeleteCampaignContent } from '../access/canDeleteCampaignContent.js'
import { canReadCampaignContentVersions } from '../access/canReadCampaignContentVersions.js'
import { canUpdateCampaignContent } from '../access/canUpdateCampaignContent.js'
import { publishedOrMember } from '../access/publishedOrMember.js'
import { foldSearchQuery } from '../hooks/foldSearchQuery.js'
import { audiencesField } from './audiences.js'
import { searchField } from './searchField.js'
import { slugField } from './slugField.js'

/** The fields every campaign item (report, feature, workshop) starts with. */
export const contentLeadFields = (): Field[] => [
  { name: 'title', type: 'text', required: true, localized: true, maxLength: 300, label: { vi: 'Tiêu đề', en: 'Title' } },
  slugField('title'),
  {
    name: 'campaign',
    type: 'relationship',
    relationTo: 'campaigns',
    required: true,
    index: true,
    label: { vi: 'Chiến dịch', en: 'Campaign' },
    admin: { position: 'sidebar' },
  },
  { name: 'summary', type: 'textarea', localized: true, maxLength: 2000, label: { vi: 'Sapo (tóm tắt)', en: 'Summary (standfirst)' } },
  { name: 'heroImage', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh đại diện', en: 'Hero image' } },
  { name: 'body', type: 'richText', localized: true, label: { vi: 'Nội dung', en: 'Body' } },
]

/** The classification fields that close every campaign item. */
export const contentTailFields = (searchSources: readonly string[]): Field[] => [
  {
    name: 'topics',
    type: 'text',
    hasMany: true,
    label: { vi: 'Chủ đề', en: 'Topics' },
    admin: { position: 'sidebar' },
  },
  audiencesField({ isInSidebar: true }),
  {
    name: 'authors',
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    label: { vi: 'Tác giả', en: 'Authors' },
    // Whoever starts an item is its first author; the admin shows it filled in on a new item.
    defaultValue: ({ user }: { user?: { id: number | string } | null }) => (user ? [user.id] : undefined),
    admin: { position: 'sidebar' },
  },
  {
    name: 'internalNotes',
    type: 'textarea',
    label: { vi: 'Ghi chú nội bộ', en: 'Internal notes' },
    admin: { position: 'sidebar', description: { vi: 'Không hiển thị công khai.', en: 'Never shown publicly.' } },
    access: { read: campaignStaffOnly },
  },
  searchField(searchSources),
]

/** Access, versions and search shared by reports, features and workshops. */
export const contentCollectionBase = (): Pick<CollectionConfig, 'access' | 'forceSelect' | 'hooks' | 'versions'> => ({
  access: {
    create: canCreateCampaignContent,
    delete: canDeleteCampaignContent,
    read: publishedOrMember,
    update: canUpdateCampaignContent,
    readVersions: canReadCampaignContentVersions,
  },
  // Staff-only fields are read by the item's campaign: a narrow select must still carry it.
  forceSelect: { campaign: true },
  hooks: { beforeOperation: [foldSearchQuery] },
  // Drafts are validated too: Payload would otherwise store a draft with wrong types (a text
  // id for a relationship, a number for a date) and fail later with a 500.
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
})
