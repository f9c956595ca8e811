import type { PayloadRequest } from 'payload'

import type { BulletinValue, Id, SanitizedBroadcastConfig } from '../types.js'
import type { RadioAction, RadioMessage } from './radioMessage.js'

import { BULLETIN_FIELD_NAME } from '../fields/bulletinField.js'
import { findAudio } from '../utilities/findAudio.js'
import { relationId } from '../utilities/relationId.js'
import { nextProgrammeSlot } from './nextProgrammeSlot.js'
import { buildRadioMessage } from './radioMessage.js'
import { signedAudioUrl } from './signedAudioLink.js'

type AudioDoc = { id: Id; durationSeconds?: number | null; sha256?: string | null }
type AreaDoc = { code: string; name: string }

/** Where public links point: the configured public address, else the config's serverURL. */
export const publicBaseUrl = (cfg: SanitizedBroadcastConfig, req: PayloadRequest): string =>
  (cfg.publicServerURL ?? req.payload.config.serverURL ?? '').replace(/\/+$/, '')

/**
 * The message a radio channel delivers for one item: its bulletin with the areas' codes and
 * names, the next programme slot for an ordinary bulletin, and a signed audio link that expires.
 */
export const radioMessageFor = async ({
  cfg,
  req,
  collection,
  id,
  action,
  now = new Date(),
}: {
  cfg: SanitizedBroadcastConfig
  req: PayloadRequest
  collection: string
  id: Id
  action: RadioAction
  now?: Date
}): Promise<RadioMessage> => {
  const item = (await req.payload.findByID({ collection: collection as never, id, depth: 0, req, overrideAccess: true })) as Record<string, unknown>
  const bulletin = (item[BULLETIN_FIELD_NAME] ?? {}) as BulletinValue
  const areaIds = (bulletin.areas ?? []).map((area) => relationId(area)).filter((areaId): areaId is Id => areaId !== null)
  const areas = areaIds.length
    ? ((
        await req.payload.find({
          collection: cfg.areasSlug as never,
          where: { id: { in: areaIds } },
          pagination: false,
          depth: 0,
          req,
          overrideAccess: true,
          sort: 'code',
        })
      ).docs as unknown as AreaDoc[])
    : []
  const audioId = relationId(bulletin.audio)
  const audio =
    audioId === null
      ? null
      : (await findAudio<AudioDoc>({ cfg, id: audioId, req }))
  return buildRadioMessage({
    action,
    at: now,
    collection,
    id,
    title: typeof item.title === 'string' ? item.title : null,
    priority: bulletin.priority ?? 'ordinary',
    areas: areas.map((area) => ({ code: area.code, name: area.name })),
    slot: nextProgrammeSlot({ slots: cfg.programmeSlots, now }),
    durationSeconds: audio?.durationSeconds ?? null,
    sha256: audio?.sha256 ?? null,
    audioUrl: audio
      ? signedAudioUrl({ baseUrl: publicBaseUrl(cfg, req), id: audio.id, secret: req.payload.secret, ttlSeconds: cfg.audioLinkTtlSeconds, now: now.getTime() })
      : null,
    script: bulletin.script ?? null,
  })
}
