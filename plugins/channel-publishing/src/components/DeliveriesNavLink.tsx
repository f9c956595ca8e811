import type { ServerProps } from 'payload'

import React from 'react'

import { key } from '../translations/index.js'
import { DELIVERIES_VIEW_PATH } from './paths.js'

/** The deliveries view's entry under the admin navigation, in the admin's language. */
export const DeliveriesNavLink = ({ i18n, payload }: ServerProps) => {
  const admin = payload?.config.routes.admin ?? '/admin'
  return (
    <a className="nav__link" href={`${admin}${DELIVERIES_VIEW_PATH}`} id="nav-channel-deliveries" style={{ display: 'block', padding: '4px 0' }}>
      <span className="nav__link-label">{(i18n.t as (k: string) => string)(key('deliveries'))}</span>
    </a>
  )
}
