'use client'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { WorkshopsTranslationKey } from '../translations/index.js'

import { key } from '../translations/index.js'

type Status = 'attended' | 'cancelled' | 'confirmed' | 'waitlisted'

type Row = {
  id: number | string
  fullName: string
  email: string
  phone: null | string
  organisation: null | string
  status: Status
  createdAt: string
}

type Summary = {
  workshop: { capacity: null | number; waitlistEnabled: boolean }
  counts: Record<Status, number>
  registrations: Row[]
}

const cell: React.CSSProperties = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '4px 8px', textAlign: 'left' }

/** In the workshop's edit view: counts per status, the list, attendance, CSV/XLSX links. */
export const RegistrationsPanel: React.FC<{ registrationsSlug?: string }> = ({ registrationsSlug = 'registrations' }) => {
  const { config } = useConfig()
  const { i18n, t } = useTranslation()
  const text = (name: WorkshopsTranslationKey): string => (t as (k: string) => string)(key(name))
  const timeZone = config.admin?.timezones?.defaultTimezone
  const formatDate = (value: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(new Date(value))
  const { collectionSlug, id } = useDocumentInfo()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [summary, setSummary] = useState<null | Summary>(null)
  const [message, setMessage] = useState('')

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const response = await fetch(`${api}/${collectionSlug}/${id}/registrations-summary`, { credentials: 'include' })
    if (response.ok) {
      setSummary((await response.json()) as Summary)
      setMessage('')
    } else if (response.status === 403) {
      setMessage(text('forbidden'))
    } else {
      setMessage(`${text('loadFailed')} (${response.status}).`)
    }
  }, [api, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load])

  const setStatus = async (row: Row, status: Status) => {
    const response = await fetch(`${api}/${registrationsSlug}/${row.id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status }),
    })
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message: string }> }
      setMessage(body.errors?.[0]?.message ?? `${text('updateFailed')} (${response.status}).`)
    }
    await load()
  }

  if (!id) return <p>{text('saveFirst')}</p>
  if (!summary) return message ? <p>{message}</p> : <p>{text('loading')}</p>

  const { counts, registrations, workshop } = summary
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <h3>{text('registrations')}</h3>
      <p>
        {text('confirmed')}: <strong>{counts.confirmed}</strong>
        {workshop.capacity !== null ? ` / ${workshop.capacity} ${text('seats')}` : ''} · {text('waitlisted')}: <strong>{counts.waitlisted}</strong> ·{' '}
        {text('cancelled')}: <strong>{counts.cancelled}</strong> · {text('attended')}: <strong>{counts.attended}</strong>
      </p>
      <p>
        <a href={`${api}/${collectionSlug}/${id}/registrations.csv`}>{text('downloadCsv')}</a> ·{' '}
        <a href={`${api}/${collectionSlug}/${id}/registrations.xlsx`}>{text('downloadXlsx')}</a>
      </p>
      {message ? <p role="alert">{message}</p> : null}
      {registrations.length ? (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>{text('fullName')}</th>
              <th style={cell}>{text('email')}</th>
              <th style={cell}>{text('phone')}</th>
              <th style={cell}>{text('organisation')}</th>
              <th style={cell}>{text('status')}</th>
              <th style={cell}>{text('registeredAt')}</th>
              <th style={cell}>{text('attendance')}</th>
            </tr>
          </thead>
          <tbody>
            {registrations.map((row) => (
              <tr key={row.id}>
                <td style={cell}>{row.fullName}</td>
                <td style={cell}>{row.email}</td>
                <td style={cell}>{row.phone ?? ''}</td>
                <td style={cell}>{row.organisation ?? ''}</td>
                <td style={cell}>{text(row.status)}</td>
                <td style={cell}>{formatDate(row.createdAt)}</td>
                <td style={cell}>
                  {row.status === 'confirmed' ? (
                    <Button buttonStyle="secondary" size="small" onClick={() => void setStatus(row, 'attended')}>
                      {text('markAttended')}
                    </Button>
                  ) : null}
                  {row.status === 'attended' ? (
                    <Button buttonStyle="secondary" size="small" onClick={() => void setStatus(row, 'confirmed')}>
                      {text('unmarkAttended')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{text('noneYet')}</p>
      )}
    </div>
  )
}
