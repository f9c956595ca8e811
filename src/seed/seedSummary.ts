import type { SeedResult } from './seedDemoContent.js'

import { DEMO_FEATURES, DEMO_PASSWORD, DEMO_REPORTS, DEMO_WORKSHOPS } from './demoContent.js'

const DEMO_ADMIN = 'admin@loa.local'

/** The closing line of a seed: what it wrote, and how to log in afterwards (a demo login only where one was written). */
export const seedSummary = ({ created, demoUsers, skipped }: SeedResult): string => {
  const items = DEMO_REPORTS.length + DEMO_FEATURES.length + DEMO_WORKSHOPS.length
  const users = demoUsers.length ? `, ${demoUsers.length} demo users` : ''
  const written = `Seed done: ${created} created, ${skipped} already there (the demo campaign, ${items} reports, features and workshops, and their images${users}).`
  const login = demoUsers.includes(DEMO_ADMIN)
    ? `Log in at /admin as ${DEMO_ADMIN} / ${DEMO_PASSWORD}`
    : 'No demo users in production: log in at /admin with an account of your own (on a database with no user yet, /admin asks for the first admin).'
  return `${written} ${login}`
}
