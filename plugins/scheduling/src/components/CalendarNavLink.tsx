import type { ServerProps } from 'payload'

import React from 'react'

import { TRANSLATION_NAMESPACE } from '../translations/index.js'

/** The calendar's entry under the admin navigation, leading to the view at the configured path. */
export const CalendarNavLink = ({ adminViewPath = '/calendar', i18n, payload }: ServerProps & { adminViewPath?: string }) => {
  const admin = payload?.config.routes.admin ?? '/admin'
  const label = (i18n.t as (key: string) => string)(`${TRANSLATION_NAMESPACE}:navCalendar`)
  return (
    <a className="nav__link" href={`${admin}${adminViewPath}`} id="nav-scheduling-calendar" style={{ display: 'block', padding: '4px 0' }}>
      <span className="nav__link-label">{label}</span>
    </a>
  )
}
