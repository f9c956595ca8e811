import type { ServerProps } from 'payload'

import React from 'react'

import { TRANSLATION_NAMESPACE } from '../translationNamespace.js'
import { ALERTS_VIEW_PATH } from './paths.js'

/** The emergency alert screen's entry under the admin navigation. */
export const AlertsNavLink = ({ i18n, payload }: ServerProps) => {
  const admin = payload?.config.routes.admin ?? '/admin'
  return (
    <a className="nav__link" href={`${admin}${ALERTS_VIEW_PATH}`} id="nav-emergency-alerts" style={{ display: 'block', padding: '4px 0' }}>
      <span className="nav__link-label">{(i18n.t as (k: string) => string)(`${TRANSLATION_NAMESPACE}:alertsTitle`)}</span>
    </a>
  )
}
