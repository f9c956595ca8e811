/**
 * Manual KPIs: values entered by hand (people trained offline, leaflets handed out). Each entry
 * is an increment dated `at`; the actual is the sum of the entries dated inside the window.
 */
import type { KpiRow, ManualValue, Window } from '../types.js'

const momentOf = (entry: ManualValue): number => new Date(entry.at ?? entry.enteredAt ?? 0).getTime()

export const manualEntriesIn = (kpi: KpiRow, window: Window): ManualValue[] =>
  (kpi.manualValues ?? []).filter((entry) => {
    const at = momentOf(entry)
    return typeof entry.value === 'number' && at >= window.from.getTime() && at < window.to.getTime()
  })

export const manualActual = (kpi: KpiRow, window: Window): number => manualEntriesIn(kpi, window).reduce((sum, entry) => sum + (entry.value ?? 0), 0)

/** The entry made last inside the window, for "who entered it, when". */
export const lastManualEntry = (kpi: KpiRow, window: Window): ManualValue | undefined =>
  manualEntriesIn(kpi, window).sort((a, b) => new Date(b.enteredAt ?? 0).getTime() - new Date(a.enteredAt ?? 0).getTime())[0]
