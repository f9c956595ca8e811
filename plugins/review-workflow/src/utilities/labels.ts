/** Names of stages and actions in both languages, for server messages (taken from the translations). */
import type { WaitingFor, WorkflowAction, WorkflowStage } from '../types.js'

import { en } from '../translations/en.js'
import { vi } from '../translations/vi.js'
import { WAITING_FOR, WORKFLOW_STAGES } from '../types.js'

type Bilingual = { vi: string; en: string }

const pick = <K extends string>(keys: readonly K[], prefix: string): Record<K, Bilingual> =>
  Object.fromEntries(
    keys.map((key) => {
      const name = `${prefix}_${key}` as keyof typeof vi
      return [key, { vi: vi[name], en: en[name] }]
    }),
  ) as Record<K, Bilingual>

const ALL_ACTIONS = ['submit', 'approve', 'request_changes', 'withdraw', 'publish', 'unpublish', 'edit', 'schedule', 'unschedule', 'import'] as const

export const STAGE_LABELS: Record<WorkflowStage, Bilingual> = pick(WORKFLOW_STAGES, 'stage')
export const ACTION_LABELS: Record<WorkflowAction, Bilingual> = pick(ALL_ACTIONS, 'action')
export const EVENT_ACTION_LABELS: Record<(typeof ALL_ACTIONS)[number], Bilingual> = pick(ALL_ACTIONS, 'action')
export const WAITING_LABELS: Record<WaitingFor, Bilingual> = pick(WAITING_FOR, 'waiting')

/** A static label in every language the plugin ships, for collection and field configs. */
export const labelOf = (key: keyof typeof vi): Bilingual => ({ vi: vi[key], en: en[key] })
