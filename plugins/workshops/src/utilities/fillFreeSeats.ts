import type { PayloadRequest } from 'payload'

import type { Id, SanitizedWorkshopsConfig, WorkshopDoc } from '../types.js'

import { asCollectionSlug } from './asCollectionSlug.js'
import { TASK_SEND_REGISTRATION_EMAIL } from '../defaults.js'
import { lockWorkshop, promoteFirstWaitlisted } from './seats.js'

/**
 * Gives every free seat to the waitlist, oldest registration first, and queues the promotion
 * e-mails in the same transaction (sent by the job, never from here).
 */
export const fillFreeSeats = async ({ cfg, req, workshopId }: { cfg: SanitizedWorkshopsConfig; req: PayloadRequest; workshopId: Id }): Promise<Id[]> => {
  await lockWorkshop({ cfg, req, workshopId })
  const workshop = (await req.payload.findByID({
    collection: asCollectionSlug(cfg.workshopsSlug),
    id: workshopId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as WorkshopDoc | null
  if (!workshop) return []
  const capacity = typeof workshop.capacity === 'number' ? workshop.capacity : null
  const promoted: Id[] = []
  for (;;) {
    const id = await promoteFirstWaitlisted({ capacity, cfg, req, workshopId })
    if (id === null) break
    promoted.push(id)
    await req.payload.jobs.queue({ task: TASK_SEND_REGISTRATION_EMAIL, input: { registrationId: String(id), kind: 'promoted' }, req } as never)
  }
  return promoted
}
