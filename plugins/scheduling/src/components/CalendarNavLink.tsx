import type { ServerProps } from 'payload'

import React from 'react'

/** "Lịch đăng bài" under the admin navigation, leading to the calendar view. */
export const CalendarNavLink = ({ payload }: ServerProps) => {
  const admin = payload?.config.routes.admin ?? '/admin'
  return (
    <a className="nav__link" href={`${admin}/calendar`} id="nav-scheduling-calendar" style={{ display: 'block', padding: '4px 0' }}>
      <span className="nav__link-label">Lịch đăng bài</span>
    </a>
  )
}
