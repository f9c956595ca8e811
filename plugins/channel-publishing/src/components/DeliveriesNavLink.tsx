import type { ServerProps } from 'payload'

import React from 'react'

import { DELIVERIES_VIEW_PATH } from './paths.js'

/** "Nhật ký phát hành" under the admin navigation, leading to the deliveries view. */
export const DeliveriesNavLink = ({ payload }: ServerProps) => {
  const admin = payload?.config.routes.admin ?? '/admin'
  return (
    <a className="nav__link" href={`${admin}${DELIVERIES_VIEW_PATH}`} id="nav-channel-deliveries" style={{ display: 'block', padding: '4px 0' }}>
      <span className="nav__link-label">Nhật ký phát hành</span>
    </a>
  )
}
