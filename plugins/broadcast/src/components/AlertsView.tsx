import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { TRANSLATION_NAMESPACE } from '../translationNamespace.js'
import { broadcastConfigOf } from '../utilities/broadcastConfigOf.js'
import { AlertsPanel } from './AlertsPanel.js'

/** Admin view (/admin/canh-bao-khan-cap): issue an emergency alert, approve the ones waiting. */
export const AlertsView = ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const t = (key: string) => (initPageResult.req.i18n.t as (k: string) => string)(`${TRANSLATION_NAMESPACE}:${key}`)
  const cfg = broadcastConfigOf(initPageResult.req.payload)
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
        <h1>{t('alertsTitle')}</h1>
        {!initPageResult.req.user ? (
          <p>{t('signInToSee')}</p>
        ) : cfg.alerts ? (
          <AlertsPanel areasSlug={cfg.areasSlug} campaignsSlug={cfg.alerts.campaignsSlug} templatesSlug={cfg.alerts.templatesSlug} />
        ) : null}
      </Gutter>
    </DefaultTemplate>
  )
}
