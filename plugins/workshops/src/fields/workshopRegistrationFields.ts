import type { Field } from 'payload'

/** The admin component that shows a workshop's registration counts and list (a client component). */
export const REGISTRATIONS_PANEL_COMPONENT = '@loa/plugin-workshops/client#RegistrationsPanel'

/** Fields the plugin adds to the workshops collection. */
export const workshopRegistrationFields = ({ registrationsSlug }: { registrationsSlug: string }): Field[] => [
  {
    name: 'waitlistEnabled',
    type: 'checkbox',
    defaultValue: true,
    label: { vi: 'Nhận danh sách chờ khi hết chỗ', en: 'Waiting list when full' },
    admin: { position: 'sidebar', description: { vi: 'Bỏ chọn để từ chối đăng ký khi đã đủ chỗ.', en: 'Untick to refuse registrations once full.' } },
  },
  {
    name: 'registrationsPanel',
    type: 'ui',
    label: { vi: 'Đăng ký tham dự', en: 'Registrations' },
    admin: { components: { Field: { path: REGISTRATIONS_PANEL_COMPONENT, clientProps: { registrationsSlug } } } },
  },
]
