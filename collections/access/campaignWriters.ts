import type { CampaignRole } from './roles.js'

/** Campaign roles that write content (drafts) inside a campaign. */
export const CAMPAIGN_WRITERS: readonly CampaignRole[] = ['editor', 'manager']
