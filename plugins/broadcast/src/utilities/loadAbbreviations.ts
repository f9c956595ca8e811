import type { PayloadRequest } from 'payload'

import type { Abbreviation, SanitizedBroadcastConfig } from '../types.js'

import { DEFAULT_ABBREVIATIONS } from '../script/abbreviations.js'

/**
 * The abbreviation list in force: the built-in list, then the host's option, then what admins
 * entered in the settings global; a later entry for the same abbreviation wins.
 */
export const loadAbbreviations = async ({ cfg, req }: { cfg: SanitizedBroadcastConfig; req: PayloadRequest }): Promise<Abbreviation[]> => {
  const settings = (await req.payload.findGlobal({ slug: cfg.settingsSlug as never, depth: 0, req, overrideAccess: true })) as {
    abbreviations?: Abbreviation[] | null
  }
  const merged = new Map<string, Abbreviation>()
  for (const entry of [...DEFAULT_ABBREVIATIONS, ...cfg.abbreviations, ...(settings.abbreviations ?? [])]) {
    if (entry.short?.trim() && entry.spoken?.trim()) merged.set(entry.short.trim(), { short: entry.short.trim(), spoken: entry.spoken.trim() })
  }
  return [...merged.values()]
}
