'use client'
import { Button, useConfig } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

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

const STATUSES = ['', 'pending', 'delivering', 'delivered', 'failed', 'dead']

const channelName = (row: Row) => (row.channel && typeof row.channel === 'object' ? (row.channel.name ?? String(row.channel.id)) : String(row.channel ?? ''))

export const DeliveriesBoard: React.FC = () => {
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [channels, setChannels] = useState<Channel[]>([])
  const [channel, setChannel] = useState('')
  const [status, setStatus] = useState('failed')
  const [rows, setRows] = useState<Row[]>([])
  const [message, setMessage] = useState('')

  const load = useCallback(async () => {
    const query = new URLSearchParams({ depth: '1', limit: '100', sort: '-createdAt' })
    if (channel) query.set('where[channel][equals]', channel)
    if (status) query.set('where[status][equals]', status)
    const response = await fetch(`${api}/deliveries?${query}`, { credentials: 'include' })
    const body = await response.json()
    setRows(body.docs ?? [])
  }, [api, channel, status])

  useEffect(() => {
    void fetch(`${api}/channels?limit=100&depth=0`, { credentials: 'include' })
      .then((response) => response.json())
      .then((body) => setChannels(body.docs ?? []))
  }, [api])
  useEffect(() => {
    void load()
  }, [load])

  const retry = async (id: Row['id']) => {
    const response = await fetch(`${api}/deliveries/${id}/retry`, { method: 'POST', credentials: 'include' })
    const body = await response.json()
    setMessage(body.message ?? body.errors?.[0]?.message ?? '')
    await load()
  }

  return (
    <div>
      <p>
        <label>
          Kênh — Channel{' '}
          <select value={channel} onChange={(event) => setChannel(event.target.value)}>
            <option value="">Tất cả — all</option>
            {channels.map((entry) => (
              <option key={entry.id} value={String(entry.id)}>
                {entry.name}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Trạng thái — Status{' '}
          <select value={status} onChange={(event) => setStatus(event.target.value)}>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {value || 'Tất cả — all'}
              </option>
            ))}
          </select>
        </label>
      </p>
      {message ? <p role="status">{message}</p> : null}
      <table>
        <thead>
          <tr>
            <th>Nội dung</th>
            <th>Kênh</th>
            <th>Thao tác</th>
            <th>Trạng thái</th>
            <th>Số lần</th>
            <th>Lỗi</th>
            <th>Bên nhận</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.snapshot?.title ?? row.itemKey}</td>
              <td>{channelName(row)}</td>
              <td>{row.action}</td>
              <td>{row.status}</td>
              <td>{row.attempts ?? 0}</td>
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
                    Gửi lại — Retry
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
