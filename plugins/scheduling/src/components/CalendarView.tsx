import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { CalendarBoard } from './CalendarBoard.js'
import { loadCalendarBoardProps } from './loadCalendarBoardProps.js'

/** Admin view (/admin/calendar): scheduled and published items and workshops, by month or week. */
export const CalendarView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const board = req.user ? await loadCalendarBoardProps({ req, searchParams: (searchParams ?? {}) as Record<string, string | string[] | undefined> }) : null
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user || undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>{board ? <CalendarBoard {...board} /> : <p>{(req.i18n.t as (key: string) => string)('plugin-scheduling:logInToSee')}</p>}</Gutter>
    </DefaultTemplate>
  )
}
