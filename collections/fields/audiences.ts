import type { Field } from 'payload'

/** Who a campaign or an item speaks to: the four audiences of the province's plan. */
export const AUDIENCE_OPTIONS = [
  { label: { vi: 'Cán bộ, công chức, viên chức', en: 'Officials and civil servants' }, value: 'officials' },
  { label: { vi: 'Người dân', en: 'Citizens' }, value: 'citizens' },
  { label: { vi: 'Doanh nghiệp', en: 'Businesses' }, value: 'businesses' },
  { label: { vi: 'Học sinh, sinh viên', en: 'Students' }, value: 'students' },
]

export const audiencesField = ({ isInSidebar = false }: { isInSidebar?: boolean } = {}): Field => ({
  name: 'audiences',
  type: 'select',
  hasMany: true,
  label: { vi: 'Đối tượng', en: 'Audiences' },
  options: AUDIENCE_OPTIONS,
  ...(isInSidebar ? { admin: { position: 'sidebar' } } : {}),
})
