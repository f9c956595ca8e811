/**
 * Manual KPI values keep who entered them and when: a new or changed entry is stamped with
 * the user and the moment; an unchanged one keeps its stamp whatever the request sends.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import type { KpiRow, ManualValue } from '../types.js'

import { idOf } from '../utilities/aggregate.js'

const sameMoment = (a: unknown, b: unknown): boolean =>
  (a == null && b == null) || (a != null && b != null && new Date(String(a)).getTime() === new Date(String(b)).getTime())

export const stampManualValues: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const kpis = (data as { kpis?: KpiRow[] | null }).kpis
  if (!Array.isArray(kpis)) return data
  const previous = new Map<string, ManualValue>()
  for (const kpi of (originalDoc as { kpis?: KpiRow[] | null } | undefined)?.kpis ?? []) {
    for (const entry of kpi.manualValues ?? []) if (entry.id) previous.set(entry.id, entry)
  }
  const now = new Date().toISOString()
  const userId = req.user ? (idOf(req.user.id) ?? null) : null
  for (const kpi of kpis) {
    if (!Array.isArray(kpi.manualValues)) continue
    kpi.manualValues = kpi.manualValues.map((entry) => {
      const before = entry.id ? previous.get(entry.id) : undefined
      if (before && before.value === entry.value && sameMoment(before.at, entry.at)) {
        return { ...entry, enteredAt: before.enteredAt ?? null, enteredBy: idOf(before.enteredBy) ?? null }
      }
      return { ...entry, enteredAt: now, enteredBy: userId }
    })
  }
  return data
}
