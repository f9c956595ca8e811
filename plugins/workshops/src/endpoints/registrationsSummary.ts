import type { Endpoint } from 'payload'

import type { SanitizedWorkshopsConfig } from '../types.js'

import { countByStatus } from '../utilities/seats.js'
import { registrationsOf } from '../utilities/registrationRows.js'
import { loadManagedWorkshop } from './exportRegistrations.js'

/** GET /api/{workshops}/:id/registrations-summary — counts and the list, for the workshop's edit view. */
export const registrationsSummaryEndpoint = (cfg: SanitizedWorkshopsConfig): Endpoint => ({
  path: '/:id/registrations-summary',
  method: 'get',
  handler: async (req) => {
    const workshop = await loadManagedWorkshop(cfg, req)
    const [counts, registrations] = await Promise.all([countByStatus({ cfg, req, workshopId: workshop.id }), registrationsOf({ cfg, req, workshop })])
    return Response.json(
      {
        workshop: { id: workshop.id, title: workshop.title, capacity: workshop.capacity ?? null, waitlistEnabled: workshop.waitlistEnabled !== false },
        counts,
        registrations: registrations.map((r) => ({
          id: r.id,
          fullName: r.fullName,
          email: r.email,
          phone: r.phone ?? null,
          organisation: r.organisation ?? null,
          audienceType: r.audienceType ?? null,
          status: r.status,
          createdAt: r.createdAt,
          attendedAt: r.attendedAt ?? null,
        })),
      },
      { headers: { 'Cache-Control': 'private, no-store' } },
    )
  },
})
