/**
 * Loa's answers to the citizen-interaction plugin's questions (wired in src/plugins.ts): who
 * assigns, answers, approves a citizen's question and who reads the asker's contact details
 * (personal data under Decree 13/2023). A question about a campaign is that campaign's
 * members' work, in the roles they hold there; a question about no campaign goes to the
 * province-wide office, the users holding the role globally. Admins act everywhere.
 */
import type { PayloadRequest } from 'payload'

import type { CampaignRole } from './roles.js'

import { isCampaignMemberAs } from './campaignMembership.js'
import { hasRole, isAdminUser } from './roles.js'

type QuestionArgs = { req: PayloadRequest; question?: { campaign?: unknown } }

/** Whether the user acts on the question in one of `roles`. */
export const actsOnQuestionAs =
  (roles: readonly CampaignRole[]) =>
  async ({ question, req }: QuestionArgs): Promise<boolean> => {
    if (!req.user) return false
    if (isAdminUser(req.user)) return true
    if (question?.campaign !== undefined && question.campaign !== null) return isCampaignMemberAs(req, question.campaign, roles)
    return roles.some((role) => hasRole(req.user, role))
  }

/** Every signed-in user of Loa is office staff (the users collection holds no citizens). */
export const isSignedInStaff = ({ req }: { req: PayloadRequest }): boolean => Boolean(req.user)

export const isAdminRequest = ({ req }: { req: PayloadRequest }): boolean => isAdminUser(req.user)
