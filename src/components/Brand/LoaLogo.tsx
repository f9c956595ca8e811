/**
 * Loa's mark on the login page, in place of Payload's logo: a loudspeaker ("loa" is the village
 * loudspeaker that carries the commune's announcements) and the product's name.
 */
export const LoaMark = ({ size }: { size: number }) => (
  <svg aria-hidden="true" height={size} viewBox="0 0 32 32" width={size} xmlns="http://www.w3.org/2000/svg">
    <rect fill="#c8102e" height="32" rx="7" width="32" />
    <path d="M8 13h4l7-5v16l-7-5H8z" fill="#ffcd00" />
    <path d="M22 11.5a6 6 0 0 1 0 9M24.5 9a9.5 9.5 0 0 1 0 14" fill="none" stroke="#ffcd00" strokeLinecap="round" strokeWidth="1.8" />
  </svg>
)

export const LoaLogo = () => (
  <span className="loa-logo" style={{ alignItems: 'center', display: 'inline-flex', gap: 12 }}>
    <LoaMark size={48} />
    <span style={{ display: 'inline-flex', flexDirection: 'column', lineHeight: 1.2 }}>
      <strong style={{ fontSize: 28, letterSpacing: '0.02em' }}>Loa</strong>
      <span style={{ color: 'var(--theme-elevation-600)', fontSize: 13 }}>Quản lý nội dung chiến dịch truyền thông</span>
    </span>
  </span>
)
