'use client'
import { Button, Pill, useConfig } from '@payloadcms/ui'
import type { ComponentProps } from 'react'
import React, { useCallback, useEffect, useState } from 'react'

import { useChannelText } from './useChannelText.js'

type Row = {
  id: number | string
  itemKey: string
  action: string
  status: string
  attempts?: number
  lastError?: string | null
  remoteUrl?: string | null
  nextAttemptAt?: string | null
  channel?: { id: number | string; name?: string } | number | string
  snapshot?: { title?: string }
}
type Channel = { id: number | string; name: string }

const STATUSES = ['pending', 'delivering', 'delivered', 'failed', 'dead'] as const

/** Delivered reads green, a failure that will be retried amber, a dead letter red. */
const PILL_STYLES: Record<string, NonNullable<ComponentProps<typeof Pill>['pillStyle']>> = { delivered: 'success', failed: 'warning', dead: 'error', pending: 'light', delivering: 'light' }

type Filters = { channel: string; status: string }

/** The filters kept in the address (`?channel=…&status=…`): a reload or a shared link shows the same rows. */
const filtersFromAddress = (): Filters => {
  const query = new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search)
  return { channel: query.get('channel') ?? '', status: query.get('status') ?? 'failed' }
}

const keepFiltersInAddress = ({ channel, status }: Filters) => {
  const url = new URL(window.location.href)
  for (const [name, value] of Object.entries({ channel, status })) url.searchParams.set(name, value)
  window.history.replaceState(window.history.state, '', url)
}

type LoadState = 'failed' | 'forbidden' | 'loaded' | 'loading'

const channelName = (row: Row) => (row.channel && typeof row.channel === 'object' ? (row.channel.name ?? String(row.channel.id)) : String(row.channel ?? ''))

/** The deliveries ledger by channel and status, with retry; `deliveriesSlug`/`channelsSlug` as the plugin named them. */
export const DeliveriesBoard: React.FC<{ channelsSlug?: string; deliveriesSlug?: string }> = ({ channelsSlug = 'channels', deliveriesSlug = 'deliveries' }) => {
  const { config } = useConfig()
  const { formatDate, text } = useChannelText()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [channels, setChannels] = useState<Channel[]>([])
  const [{ channel, status }, setFilters] = useState<Filters>(filtersFromAddress)
  const [rows, setRows] = useState<Row[]>([])
  const [loadState, setLoadState] = useState<LoadState>('loading')
  const [message, setMessage] = useState('')

  const load = useCallback(async () => {
    const query = new URLSearchParams({ depth: '1', limit: '100', sort: '-createdAt' })
    if (channel) query.set('where[channel][equals]', channel)
    if (status) query.set('where[status][equals]', status)
    const response = await fetch(`${api}/${deliveriesSlug}?${query}`, { credentials: 'include' })
    // A role that may not read the ledger is told so, not shown an empty table.
    if (response.status === 401 || response.status === 403) {
      setLoadState('forbidden')
      return
    }
    const body = (await response.json().catch(() => ({}))) as { docs?: Row[]; errors?: Array<{ message?: string }> }
    // Any other refusal is said as the server said it, not shown as "nothing matches".
    if (!response.ok) {
      setRows([])
      setMessage(body.errors?.[0]?.message ?? `HTTP ${response.status}`)
      setLoadState('failed')
      return
    }
    setRows(body.docs ?? [])
    setLoadState('loaded')
  }, [api, channel, deliveriesSlug, status])

  const changeFilter = (change: Partial<Filters>) => {
    const next = { channel, status, ...change }
    keepFiltersInAddress(next)
    setFilters(next)
  }

  useEffect(() => {
    void fetch(`${api}/${channelsSlug}?limit=100&depth=0`, { credentials: 'include' })
      .then((response) => response.json())
      .then((body) => setChannels(body.docs ?? []))
  }, [api, channelsSlug])
  useEffect(() => {
    void load()
  }, [load])

  const retry = async (id: Row['id']) => {
    const response = await fetch(`${api}/${deliveriesSlug}/${id}/retry`, { method: 'POST', credentials: 'include' })
    const body = await response.json()
    setMessage(body.message ?? body.errors?.[0]?.message ?? '')
    await load()
  }

  if (loadState === 'forbidden') return <p className="loa-deliveries__forbidden">{text('noPermission')}</p>

  return (
    <div className="loa-deliveries">
      <p style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)' }}>
        <label>
          {text('channel')}{' '}
          <select value={channel} onChange={(event) => changeFilter({ channel: event.target.value })}>
            <option value="">{text('all')}</option>
            {channels.map((entry) => (
              <option key={entry.id} value={String(entry.id)}>
                {entry.name}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {text('status')}{' '}
          <select value={status} onChange={(event) => changeFilter({ status: event.target.value })}>
            <option value="">{text('all')}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {text(`status-${value}`)}
              </option>
            ))}
          </select>
        </label>
      </p>
      {message ? <p role="status">{message}</p> : null}
      {loadState === 'loading' ? <p>{text('loading')}</p> : null}
      {loadState === 'loaded' && rows.length === 0 ? <p className="loa-deliveries__empty">{text('empty')}</p> : null}
      <div className="table" style={{ display: rows.length ? undefined : 'none', overflowX: 'auto' }}>
        <table cellPadding={0} cellSpacing={0}>
          <thead>
            <tr>
              <th>{text('item')}</th>
              <th>{text('channel')}</th>
              <th>{text('action')}</th>
              <th>{text('status')}</th>
              <th>{text('attempts')}</th>
              <th>{text('nextAttempt')}</th>
              <th>{text('error')}</th>
              <th>{text('remote')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.snapshot?.title ?? row.itemKey}</td>
                <td>{channelName(row)}</td>
                <td>{text(`action-${row.action}` as never)}</td>
                <td>
                  <Pill pillStyle={PILL_STYLES[row.status] ?? 'light'} size="small">
                    {text(`status-${row.status}` as never)}
                  </Pill>
                </td>
                <td>{row.attempts ?? 0}</td>
                <td>{row.status === 'failed' ? formatDate(row.nextAttemptAt) : ''}</td>
                <td>{row.lastError ?? ''}</td>
                <td>
                  {row.remoteUrl ? (
                    <a href={row.remoteUrl} rel="noopener noreferrer" target="_blank">
                      {row.remoteUrl}
                    </a>
                  ) : null}
                </td>
                <td>
                  {row.status === 'failed' || row.status === 'dead' ? (
                    <Button buttonStyle="secondary" size="small" onClick={() => void retry(row.id)}>
                      {text('retry')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
