import type { PayloadRequest } from 'payload'

import type { Id, SanitizedBroadcastConfig } from '../types.js'

/** A bulletin's audio row as stored (the server reads it whatever the caller may read), or null when it is gone. */
export const findAudio = async <T>({ cfg, id, req }: { cfg: SanitizedBroadcastConfig; id: Id; req: PayloadRequest }): Promise<T | null> =>
  (await req.payload.findByID({ collection: cfg.audioSlug as never, id, depth: 0, req, overrideAccess: true, disableErrors: true })) as T | null
