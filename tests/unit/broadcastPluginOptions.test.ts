import type { CollectionSlug, Config, PayloadRequest } from 'payload'

import { broadcastPlugin, plainTextOf, sanitizeBroadcastConfig } from '@loa/plugin-broadcast'

const baseConfig = (): Config =>
  ({
    secret: 'x',
    db: {} as never,
    collections: [
      { slug: 'users', auth: true, fields: [] },
      { slug: 'posts', fields: [{ name: 'title', type: 'text' }] },
    ],
  }) as unknown as Config

const POSTS = ['posts' as CollectionSlug]
const slugsOf = (config: Config) => (config.collections ?? []).map((c) => c.slug)
const postsOf = (config: Config) => (config.collections ?? []).find((c) => c.slug === 'posts')!

describe('broadcast plugin options', () => {
  it('adds the bulletin group, its collections, the settings, endpoints and the synthesis task', () => {
    const config = broadcastPlugin({ collections: POSTS })(baseConfig()) as Config
    expect(slugsOf(config)).toEqual(['users', 'posts', 'areas', 'bulletin-audio', 'airings'])
    expect(postsOf(config).fields.map((f) => ('name' in f ? f.name : null))).toEqual(['title', 'bulletin'])
    expect(config.globals?.map((g) => g.slug)).toEqual(['broadcast-settings'])
    expect(config.endpoints?.map((e) => `${e.method} ${e.path}`)).toEqual([
      'post /broadcast/script',
      'get /broadcast/audio/:id',
      'get /broadcast/podcast.xml',
      'post /broadcast/receipts',
    ])
    expect(config.jobs?.tasks?.map((t) => t.slug)).toEqual(['synthesizeBulletin'])
    expect(config.i18n?.translations).toMatchObject({ vi: { 'plugin-broadcast': { bulletin: 'Bản tin phát thanh' } } })
  })

  it('keeps fields and collections when disabled, so the schema does not change, but adds no behaviour', () => {
    const config = broadcastPlugin({ collections: POSTS, disabled: true })(baseConfig()) as Config
    expect(slugsOf(config)).toEqual(['users', 'posts', 'areas', 'bulletin-audio', 'airings'])
    expect(postsOf(config).fields.map((f) => ('name' in f ? f.name : null))).toEqual(['title', 'bulletin'])
    expect(config.endpoints ?? []).toHaveLength(0)
    expect(config.jobs?.tasks ?? []).toHaveLength(0)
    expect(postsOf(config).hooks?.beforeChange ?? []).toHaveLength(0)
  })

  it('refuses an unknown collection and a bad slot at start-up, naming the plugin', () => {
    expect(() => broadcastPlugin({ collections: ['reports' as CollectionSlug] })(baseConfig())).toThrow('[broadcast] unknown collection "reports"')
    expect(() => sanitizeBroadcastConfig({ programmeSlots: [{ start: '17:30', end: '17:00' }] })).toThrow('[broadcast] programme slot')
  })

  it('treats every signed-in user as admin in a host whose users have no roles, and only admins where they do', async () => {
    const { isAdmin, isStaff } = sanitizeBroadcastConfig({})
    const reqOf = (user: unknown) => ({ user }) as unknown as PayloadRequest
    expect(await isAdmin(reqOf({ id: 1 }))).toBe(true)
    expect(await isAdmin(reqOf({ id: 1, roles: ['editor'] }))).toBe(false)
    expect(await isAdmin(reqOf({ id: 1, roles: ['admin'] }))).toBe(true)
    expect(await isAdmin(reqOf(null))).toBe(false)
    expect(await isStaff(reqOf(null))).toBe(false)
    expect(await isStaff(reqOf({ id: 2, roles: ['editor'] }))).toBe(true)
  })
})

describe('broadcast script source', () => {
  it('reads Lexical rich text as its words, one line per paragraph', () => {
    const body = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', children: [{ type: 'text', text: 'Lịch tiêm chủng' }] },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Tiêm tại trạm y tế ' },
              { type: 'link', children: [{ type: 'text', text: 'xã Hà Trung' }] },
            ],
          },
        ],
      },
    }
    expect(plainTextOf(body)).toBe('Lịch tiêm chủng\nTiêm tại trạm y tế xã Hà Trung')
    expect(plainTextOf('Tin ngắn')).toBe('Tin ngắn')
    expect(plainTextOf(42)).toBe('')
  })
})
