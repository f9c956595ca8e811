import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { DeliveriesBoard } from './DeliveriesBoard.js'

/** Admin view (/admin/phat-hanh): deliveries by channel and status, with retry. */
export const DeliveriesView = ({ initPageResult, params, searchParams }: AdminViewServerProps) => (
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
      <h1>Nhật ký phát hành — Deliveries</h1>
      {initPageResult.req.user ? <DeliveriesBoard /> : <p>Vui lòng đăng nhập để xem nhật ký phát hành.</p>}
    </Gutter>
  </DefaultTemplate>
)
