import type { Access, CollectionConfig, Field, Validate } from 'payload'

import { applyCollectionOverrides } from '@loa/helpers'

import type { ChannelKindDefinition, SanitizedChannelPublishingConfig } from '../types.js'

import { canSeeChannels } from '../access/canSeeChannels.js'
import { isAdmin } from '../access/isAdmin.js'
import { CHANNEL_KINDS, RESERVED_CHANNEL_SLUGS } from '../defaults.js'
import { acceptReplacementCredentials } from '../hooks/acceptReplacementCredentials.js'
import { generateChannelSlug } from '../hooks/generateChannelSlug.js'
import { markCredentialsSet, markCredentialsSetAfterChange } from '../hooks/markCredentialsSet.js'
import { stripCredentials } from '../hooks/stripCredentials.js'
import { endpointProblem } from '../utilities/endpointUrl.js'

/** Stored credentials: writable by admins, never readable by anyone through any API. */
export const CREDENTIAL_FIELDS = ['secret', 'username', 'applicationPassword', 'recipients'] as const
export type CredentialField = (typeof CREDENTIAL_FIELDS)[number]

const KIND_LABELS: Record<(typeof CHANNEL_KINDS)[number], { vi: string; en: string }> = {
  webhook: { vi: 'Webhook (JSON có chữ ký)', en: 'Webhook (signed JSON)' },
  wordpress: { vi: 'Cổng WordPress', en: 'WordPress portal' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  feed: { vi: 'Nguồn tin (RSS/Atom/JSON)', en: 'Feed (RSS/Atom/JSON)' },
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/

export const parseRecipients = (value: unknown): string[] =>
  typeof value === 'string'
    ? value
        .split(/[\s,;]+/)
        .map((entry) => entry.trim())
        .filter(Boolean)
    : []

type Sibling = { kind?: string }

const credentialField = (adminOnly: Access, name: CredentialField, label: { vi: string; en: string }, validate?: Validate): Field =>
  ({
    name,
    type: name === 'recipients' ? 'textarea' : 'text',
    label,
    access: { read: () => false, create: adminOnly, update: adminOnly },
    admin: { hidden: true },
    ...(validate ? { validate } : {}),
  }) as Field

const statusField = (name: string, label: { vi: string; en: string }, kinds: string[]): Field => ({
  name,
  type: 'checkbox',
  virtual: true,
  label,
  admin: { readOnly: true, condition: (_, sibling: Sibling) => kinds.includes(sibling?.kind ?? '') },
})

const replacementField = (adminOnly: Access, name: string, label: { vi: string; en: string }, kinds: string[], isTextarea = false): Field =>
  ({
    name,
    type: isTextarea ? 'textarea' : 'text',
    virtual: true,
    label,
    access: { create: adminOnly, update: adminOnly },
    admin: {
      condition: (_: unknown, sibling: Sibling) => kinds.includes(sibling?.kind ?? ''),
      description: {
        vi: 'Để trống để giữ giá trị hiện tại. Giá trị đã lưu không bao giờ hiển thị lại.',
        en: 'Leave empty to keep the current value. A stored value is never shown again.',
      },
    },
  }) as Field

/** A contributed kind's settings: a group named after the kind, shown for channels of that kind. */
const kindSettingsField = (kind: ChannelKindDefinition): Field => ({
  name: kind.name,
  type: 'group',
  label: kind.label,
  admin: { condition: (_, sibling: Sibling) => sibling?.kind === kind.name },
  fields: kind.fields?.length ? kind.fields : [{ name: 'note', type: 'text', admin: { hidden: true } }],
})

export const createChannelsCollection = (config: SanitizedChannelPublishingConfig): CollectionConfig => {
  const adminOnly = isAdmin(config)
  // Kinds reached at `endpoint` and kinds signing with `secret`: the built-in ones and the contributed ones that say so.
  const endpointKinds = ['webhook', 'wordpress', ...config.channelKinds.filter((kind) => kind.usesEndpoint).map((kind) => kind.name)]
  const secretKinds = ['webhook', ...config.channelKinds.filter((kind) => kind.usesSecret).map((kind) => kind.name)]
  const needsEndpoint = (kind?: string) => endpointKinds.includes(kind ?? '')
  const validateEndpoint: Validate = (value: unknown, { siblingData }: { siblingData: Sibling }) => {
    if (!needsEndpoint(siblingData?.kind) && (value === undefined || value === null || value === '')) return true
    return endpointProblem(value) ?? true
  }
  const validateSecret: Validate = (value: unknown, { siblingData }: { siblingData: Sibling }) => {
    if (!secretKinds.includes(siblingData?.kind ?? '')) return true
    if (typeof value !== 'string' || !value) return 'Kênh này cần khoá bí mật whsec_… — this channel needs a whsec_… secret'
    if (!/^whsec_[A-Za-z0-9+/=]{16,}$/.test(value)) return 'Khoá phải có dạng whsec_<base64> — secret must be a Standard Webhooks whsec_<base64> key'
    return true
  }
  const validateRecipients: Validate = (value: unknown, { siblingData }: { siblingData: Sibling }) => {
    if (siblingData?.kind !== 'email') return true
    const list = parseRecipients(value)
    if (!list.length) return 'Cần ít nhất một địa chỉ nhận — recipients are required for an e-mail channel'
    const bad = list.find((entry) => !EMAIL.test(entry))
    return bad ? `Địa chỉ thư không hợp lệ: ${bad} — invalid recipient e-mail` : true
  }
  const validateWordpressCredential: Validate = (value: unknown, { siblingData }: { siblingData: Sibling }) =>
    siblingData?.kind !== 'wordpress' ||
    (typeof value === 'string' && value.length > 0) ||
    'WordPress cần tên đăng nhập và mật khẩu ứng dụng — WordPress needs username and applicationPassword'

  const base: CollectionConfig = {
    slug: config.channelsSlug,
    labels: { singular: { vi: 'Kênh phát hành', en: 'Channel' }, plural: { vi: 'Kênh phát hành', en: 'Channels' } },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'slug', 'kind', 'enabled'],
      group: { vi: 'Phát hành', en: 'Publishing' },
    },
    access: { create: adminOnly, delete: adminOnly, read: canSeeChannels(config), update: adminOnly },
    hooks: {
      beforeChange: [acceptReplacementCredentials],
      beforeRead: [markCredentialsSet],
      afterChange: [markCredentialsSetAfterChange],
      afterRead: [stripCredentials],
    },
    fields: [
      { name: 'name', type: 'text', required: true, label: { vi: 'Tên kênh', en: 'Name' } },
      {
        name: 'slug',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        label: { vi: 'Mã kênh (slug)', en: 'Slug' },
        admin: {
          description: {
            vi: 'Để trống để tạo từ tên kênh. Dùng trong đường dẫn nguồn tin /api/feeds/<slug>/rss.xml',
            en: 'Leave empty to make it from the name. Used in feed URLs /api/feeds/<slug>/rss.xml',
          },
        },
        hooks: { beforeValidate: [generateChannelSlug(config)] },
        validate: (value: unknown) => {
          // Empty only while the admin form is being filled in: saving makes it from the name first.
          if (value === undefined || value === null || value === '') return true
          if (typeof value !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
            return 'Slug chỉ gồm chữ thường, số và dấu gạch ngang — slug must be lower-case letters, digits and dashes'
          }
          return RESERVED_CHANNEL_SLUGS.includes(value) ? `Slug "${value}" đã được dành riêng — slug "${value}" is reserved` : true
        },
      },
      {
        name: 'kind',
        type: 'select',
        required: true,
        label: { vi: 'Loại kênh', en: 'Kind' },
        options: [
          ...CHANNEL_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
          ...config.channelKinds.map((kind) => ({ value: kind.name, label: kind.label })),
        ],
      },
      {
        name: 'endpoint',
        type: 'text',
        label: { vi: 'Địa chỉ nhận (endpoint)', en: 'Endpoint' },
        admin: {
          condition: (_, sibling: Sibling) => needsEndpoint(sibling?.kind),
          description: { vi: 'Webhook: URL nhận. WordPress: địa chỉ trang (https://cong.example.gov.vn).', en: 'Webhook: receiving URL. WordPress: site URL.' },
        },
        validate: validateEndpoint as never,
      },
      credentialField(adminOnly, 'secret', { vi: 'Khoá bí mật webhook', en: 'Webhook secret' }, validateSecret as never),
      credentialField(adminOnly, 'username', { vi: 'Tên đăng nhập WordPress', en: 'WordPress username' }, validateWordpressCredential as never),
      credentialField(
        adminOnly,
        'applicationPassword',
        { vi: 'Mật khẩu ứng dụng WordPress', en: 'WordPress application password' },
        validateWordpressCredential as never,
      ),
      credentialField(adminOnly, 'recipients', { vi: 'Người nhận thư', en: 'Recipients' }, validateRecipients as never),
      {
        type: 'collapsible',
        label: { vi: 'Thông tin xác thực (chỉ ghi)', en: 'Credentials (write-only)' },
        fields: [
          statusField('hasSecret', { vi: 'Đã đặt khoá bí mật', en: 'Secret is set' }, secretKinds),
          replacementField(adminOnly, 'newSecret', { vi: 'Đặt / thay khoá bí mật (whsec_…)', en: 'Set / replace secret (whsec_…)' }, secretKinds),
          statusField('hasUsername', { vi: 'Đã đặt tên đăng nhập', en: 'Username is set' }, ['wordpress']),
          replacementField(adminOnly, 'newUsername', { vi: 'Đặt / thay tên đăng nhập', en: 'Set / replace username' }, ['wordpress']),
          statusField('hasApplicationPassword', { vi: 'Đã đặt mật khẩu ứng dụng', en: 'Application password is set' }, ['wordpress']),
          replacementField(adminOnly, 'newApplicationPassword', { vi: 'Đặt / thay mật khẩu ứng dụng', en: 'Set / replace application password' }, [
            'wordpress',
          ]),
          statusField('hasRecipients', { vi: 'Đã đặt người nhận', en: 'Recipients are set' }, ['email']),
          replacementField(
            adminOnly,
            'newRecipients',
            { vi: 'Đặt / thay người nhận (mỗi dòng một địa chỉ)', en: 'Set / replace recipients (one per line)' },
            ['email'],
            true,
          ),
        ],
      },
      {
        name: 'contentTypes',
        type: 'select',
        hasMany: true,
        required: true,
        label: { vi: 'Loại nội dung', en: 'Content types' },
        options: config.collections.map((slug) => ({ label: slug, value: slug })),
      },
      ...(config.campaignsSlug
        ? [
            {
              name: 'campaigns',
              type: 'relationship',
              relationTo: config.campaignsSlug as never,
              hasMany: true,
              label: { vi: 'Chiến dịch', en: 'Campaigns' },
              admin: { description: { vi: 'Để trống: mọi chiến dịch.', en: 'Empty: every campaign.' } },
            } satisfies Field,
          ]
        : []),
      ...config.channelKinds.map(kindSettingsField),
      {
        name: 'emergency',
        type: 'checkbox',
        defaultValue: false,
        label: { vi: 'Nhận cảnh báo khẩn cấp', en: 'Receives emergency alerts' },
        admin: {
          position: 'sidebar',
          description: {
            vi: 'Cảnh báo khẩn cấp được gửi tới kênh này trước mọi tin đang chờ, dù kênh không nhận loại nội dung hay chiến dịch đó.',
            en: 'Emergency alerts go to this channel ahead of everything queued, whatever its content types and campaigns.',
          },
        },
      },
      { name: 'enabled', type: 'checkbox', defaultValue: true, index: true, label: { vi: 'Đang bật', en: 'Enabled' }, admin: { position: 'sidebar' } },
      {
        name: 'disabledReason',
        type: 'text',
        label: { vi: 'Lý do tắt', en: 'Why it was disabled' },
        admin: { position: 'sidebar', readOnly: true },
      },
    ],
  }
  return applyCollectionOverrides(base, config.overrides.channels)
}
