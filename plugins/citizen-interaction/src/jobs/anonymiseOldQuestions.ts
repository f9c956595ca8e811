import type { TaskConfig } from 'payload'

import type { QuestionDoc, SanitizedCitizenConfig } from '../types.js'

import { ANONYMISED_NAME, TASK_ANONYMISE_OLD_QUESTIONS } from '../defaults.js'
import { asCollectionSlug } from '../utilities/asCollectionSlug.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** Questions anonymised per run: a backlog is worked off over several nights, never one long transaction. */
const BATCH = 500

/**
 * Erases the asker's name, e-mail and phone once a question is older than `retentionDays`
 * (Decree 13/2023: personal data kept no longer than its purpose needs). The question, the
 * answer and the public initials stay, so a published Q&A remains, anonymous.
 */
export const anonymiseOldQuestionsTask = (cfg: SanitizedCitizenConfig): TaskConfig<{ input: Record<string, never>; output: { anonymised: number } }> => ({
  slug: TASK_ANONYMISE_OLD_QUESTIONS,
  label: 'Ẩn danh câu hỏi cũ — anonymise old questions',
  retries: 3,
  inputSchema: [],
  outputSchema: [{ name: 'anonymised', type: 'number' }],
  ...(cfg.retentionSchedule ? { schedule: [{ cron: cfg.retentionSchedule, queue: 'default' }] } : {}),
  handler: async ({ req }) => {
    const cutoff = new Date(Date.now() - cfg.retentionDays * DAY_MS).toISOString()
    const { docs } = await req.payload.find({
      collection: asCollectionSlug(cfg.questionsSlug),
      where: { and: [{ createdAt: { less_than: cutoff } }, { anonymisedAt: { exists: false } }] },
      sort: 'createdAt',
      limit: BATCH,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const question of docs as unknown as QuestionDoc[]) {
      await req.payload.update({
        collection: asCollectionSlug(cfg.questionsSlug),
        id: question.id,
        data: { name: ANONYMISED_NAME, email: null, phone: null, anonymisedAt: new Date().toISOString() } as never,
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
    return { output: { anonymised: docs.length } }
  },
})
