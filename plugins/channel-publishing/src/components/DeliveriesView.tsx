import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { key } from '../translations/index.js'
import { pluginConfigOf } from '../utilities/config.js'
import { DeliveriesBoard } from './DeliveriesBoard.js'

/** Admin view (/admin/phat-hanh): deliveries by channel and status, with retry. */
export const DeliveriesView = ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const t = initPageResult.req.i18n.t as (k: string) => string
  const { channelsSlug, deliveriesSlug } = pluginConfigOf(initPageResult.req.payload)
  // A role the ledger's read access refuses is told so here, not shown a table the API answers 403 behind.
  const canRead = Boolean(initPageResult.permissions?.collections?.[deliveriesSlug]?.read)
  return (
    <DefaultTemplate
      i18n={initPageResult.req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={initPageResult.req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={initPageResult.req.user || undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1>{t(key('deliveries'))}</h1>
        {!initPageResult.req.user ? (
          <p>{t(key('signInToSee'))}</p>
        ) : canRead ? (
          <DeliveriesBoard channelsSlug={channelsSlug} deliveriesSlug={deliveriesSlug} />
        ) : (
          <p className="loa-deliveries__forbidden">{t(key('noPermission'))}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
