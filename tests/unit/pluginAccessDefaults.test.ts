/**
 * A host that says nothing about who may schedule or see staff fields gets the safe answer:
 * admins only. The plugins are applied to a bare config (users, campaigns, two reviewed
 * collections) and their sanitized options asked as an admin, an editor and nobody.
 */
import type { CollectionConfig, Config, PayloadRequest } from 'payload'

import { reviewWorkflowPlugin } from '@loa/plugin-review-workflow'
import { schedulingPlugin } from '@loa/plugin-scheduling'

const drafts = { drafts: true }
const bareConfig = (): Config =>
  ({
    collections: [
      { slug: 'users', auth: true, fields: [{ name: 'roles', type: 'select', hasMany: true, options: ['admin', 'editor'] }] },
      { slug: 'campaigns', fields: [{ name: 'name', type: 'text' }] },
      { slug: 'reports', versions: drafts, fields: [{ name: 'campaign', type: 'relationship', relationTo: 'campaigns' }] },
      { slug: 'workshops', versions: drafts, fields: [{ name: 'campaign', type: 'relationship', relationTo: 'campaigns' }] },
    ] as CollectionConfig[],
  }) as Config

const requestAs = (roles?: string[]) => ({ user: roles ? { id: 1, collection: 'users', roles } : null }) as unknown as PayloadRequest

const reportsOf = (config: Config) => config.collections!.find((collection) => collection.slug === 'reports')!

describe('access defaults of the plugins', () => {
  const withPlugins = reviewWorkflowPlugin({ collections: ['reports', 'workshops'] })(bareConfig())
  const config = schedulingPlugin({ collections: ['reports', 'workshops'] })(withPlugins)
  const scheduling = reportsOf(config).custom!.scheduling as {
    canSchedule: (args: { req: PayloadRequest; doc: Record<string, unknown> }) => boolean | Promise<boolean>
    canReadStaffFields: (args: { req: PayloadRequest; doc?: Record<string, unknown> }) => boolean | Promise<boolean>
  }
  const workflow = reportsOf(config).custom!.reviewWorkflow as {
    canReadStaffFields: (args: { req: PayloadRequest; doc?: Record<string, unknown> }) => boolean | Promise<boolean>
  }
  const doc = { campaign: 1 }

  it('lets only admins set a schedule', async () => {
    expect([
      await scheduling.canSchedule({ doc, req: requestAs(['admin']) }),
      await scheduling.canSchedule({ doc, req: requestAs(['editor']) }),
      await scheduling.canSchedule({ doc, req: requestAs() }),
    ]).toEqual([true, false, false])
  })

  it('shows the staff-only fields of both plugins to admins only', async () => {
    for (const canRead of [scheduling.canReadStaffFields, workflow.canReadStaffFields]) {
      expect([
        await canRead({ doc, req: requestAs(['admin']) }),
        await canRead({ doc, req: requestAs(['editor']) }),
        await canRead({ doc, req: requestAs() }),
      ]).toEqual([true, false, false])
    }
  })

  it('takes the host’s own rule when given one', async () => {
    const hosted = schedulingPlugin({ collections: ['reports', 'workshops'], canSchedule: ({ doc: item }) => item.campaign === 2 })(withPlugins)
    const canSchedule = (reportsOf(hosted).custom!.scheduling as typeof scheduling).canSchedule
    expect([await canSchedule({ doc: { campaign: 2 }, req: requestAs(['editor']) }), await canSchedule({ doc, req: requestAs(['admin']) })]).toEqual([
      true,
      false,
    ])
  })
})
