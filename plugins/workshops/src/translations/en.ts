import type { vi } from './vi.js'

/** English strings of the admin components. */
export const en: Record<keyof typeof vi, string> = {
  registrations: 'Registrations',
  confirmed: 'Confirmed',
  waitlisted: 'Waiting list',
  cancelled: 'Cancelled',
  attended: 'Attended',
  seats: 'seats',
  downloadCsv: 'Download CSV',
  downloadXlsx: 'Download Excel (XLSX)',
  fullName: 'Full name',
  email: 'E-mail',
  phone: 'Phone',
  organisation: 'Organisation',
  status: 'Status',
  registeredAt: 'Registered at',
  attendance: 'Attendance',
  markAttended: 'Present',
  unmarkAttended: 'Undo attendance',
  noneYet: 'Nobody has registered yet.',
  loading: 'Loading registrations…',
  saveFirst: 'Save the workshop to take registrations.',
  forbidden: "You may not see this workshop's registrations.",
  loadFailed: 'Could not load the registrations',
  updateFailed: 'Could not update',
}
