/**
 * A campaign's own deadline for citizens' questions (its `questionDeadlineWorkingDays`), for
 * the citizen-interaction plugin's `answerWorkingDaysFor`; none set, or no campaign: the
 * plugin's default of 15 working days.
 */
import type { PayloadRequest } from 'payload'

export const campaignAnswerDeadline = async ({ campaign, req }: { campaign: null | number | string; req: PayloadRequest }): Promise<number | undefined> => {
  if (campaign === null) return undefined
  const found = (await req.payload.findByID({
    collection: 'campaigns',
    depth: 0,
    disableErrors: true,
    id: campaign,
    overrideAccess: true,
    req,
    select: { questionDeadlineWorkingDays: true },
  })) as { questionDeadlineWorkingDays?: null | number } | null
  return found?.questionDeadlineWorkingDays ?? undefined
}
