/**
 * The account avatar in the admin's header: the user's initials, drawn on the page. Payload's
 * default asks Gravatar for a picture, which is a broken image on a machine with no internet
 * (and tells Gravatar who opens the admin).
 */
import type { CSSProperties } from 'react'

type AvatarUser = { displayName?: null | string; email?: null | string }

const firstLetter = (word: string): string => Array.from(word.normalize('NFC'))[0]?.toLocaleUpperCase('vi') ?? ''

/** "Nguyễn Văn Biên Tập" → "NT" (family name and given name); an e-mail gives its first letter. */
export const initialsOf = (user: AvatarUser | null | undefined): string => {
  const words = (user?.displayName ?? '').trim().split(/\s+/).filter(Boolean)
  if (words.length) return words.length === 1 ? firstLetter(words[0]!) : `${firstLetter(words[0]!)}${firstLetter(words.at(-1)!)}`
  return firstLetter(user?.email ?? '')
}

const style: CSSProperties = {
  alignItems: 'center',
  background: 'var(--theme-elevation-150)',
  borderRadius: '50%',
  color: 'var(--theme-text)',
  display: 'inline-flex',
  fontSize: '11px',
  fontWeight: 600,
  height: '25px',
  justifyContent: 'center',
  letterSpacing: '0.02em',
  lineHeight: 1,
  width: '25px',
}

export const InitialsAvatar = ({ user }: { user?: AvatarUser | null }) => (
  <span aria-hidden="true" className="loa-initials-avatar" style={style} title={user?.displayName || user?.email || undefined}>
    {initialsOf(user)}
  </span>
)
