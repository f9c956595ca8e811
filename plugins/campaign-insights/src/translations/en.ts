import type { vi } from './vi.js'

/** English strings of the admin components. */
export const en: Record<keyof typeof vi, string> = {
  tab: 'Overview & report',
  forbidden: 'You may not see the figures of this campaign.',
}
