/**
 * The admin's account avatar is Loa's own: the user's initials, drawn on the page, instead of
 * Payload's default Gravatar image (a broken image on a machine with no internet).
 */
import fs from 'node:fs'
import path from 'node:path'
import { renderToStaticMarkup } from 'react-dom/server'

process.env.PAYLOAD_SECRET ||= 'loa-test-secret-loa-test-secret-0123456789'

const AVATAR_PATH = '/src/components/InitialsAvatar#InitialsAvatar'

describe('the account avatar', () => {
  it('is configured as Loa’s initials component, which the admin import map can load', async () => {
    const { loaConfig } = await import('../../payload.config.js')
    const config = await loaConfig()
    expect(config.admin.avatar).toEqual({ Component: AVATAR_PATH })
    // The import map is read as text: loading it would load the whole admin's styles.
    const importMapFile = path.resolve('src/app/(payload)/admin/importMap.js')
    const importMap = fs.readFileSync(importMapFile, 'utf8')
    const identifier = importMap.match(new RegExp(`"${AVATAR_PATH}": (\\w+)`))?.[1]
    const source = importMap.match(new RegExp(`import \\{ InitialsAvatar as ${identifier} \\} from '([^']+)'`))?.[1]
    expect(source && fs.existsSync(`${path.resolve(path.dirname(importMapFile), source)}.tsx`)).toBe(true)
  })

  it('shows the initials of the display name (first and last word), or of the e-mail, and never loads an image', async () => {
    const { InitialsAvatar } = await import('../../src/components/InitialsAvatar.js')
    const render = (user: Record<string, unknown> | null) => renderToStaticMarkup(InitialsAvatar({ user } as never))
    const shown = (user: Record<string, unknown> | null) => render(user).replace(/<[^>]+>/g, '')
    expect(shown({ displayName: 'Nguyễn Văn Biên Tập', email: 'editor@loa.local' })).toBe('NT')
    expect(shown({ displayName: 'đặng thị ánh', email: 'anh@loa.local' })).toBe('ĐÁ')
    expect(shown({ displayName: 'Quản trị', email: 'admin@loa.local' })).toBe('QT')
    expect(shown({ displayName: '', email: 'reviewer@loa.local' })).toBe('R')
    expect(render({ displayName: 'Lê Thị Quản Lý', email: 'manager@loa.local' })).toContain('title="Lê Thị Quản Lý"')
    expect(render({ displayName: 'Lê Thị Quản Lý', email: 'manager@loa.local' })).not.toMatch(/<img|gravatar/i)
    expect(shown(null)).toBe('')
  })
})
