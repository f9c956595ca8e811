'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

type Row = {
  id: number | string
  action: string
  status: string
  remoteUrl?: string | null
  lastError?: string | null
  channel?: { id: number | string; name?: string } | number | string
}

const channelIdOf = (row: Row) => (row.channel && typeof row.channel === 'object' ? row.channel.id : row.channel)

/** Sidebar of a report / feature / workshop: where it was delivered, with remote links. */
export const ItemDeliveries: React.FC = () => {
  const { config } = useConfig()
  const { collectionSlug, id } = useDocumentInfo()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [rows, setRows] = useState<Row[]>([])
  const [channels, setChannels] = useState<Array<{ id: number | string; name: string }>>([])
  const [target, setTarget] = useState('')
  const [message, setMessage] = useState('')

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const query = new URLSearchParams({ depth: '1', limit: '50', sort: '-createdAt', 'where[itemKey][equals]': `${collectionSlug}:${id}` })
    const response = await fetch(`${api}/deliveries?${query}`, { credentials: 'include' })
    if (response.ok) setRows((await response.json()).docs ?? [])
  }, [api, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load])
  useEffect(() => {
    void fetch(`${api}/channels?limit=100&depth=0&where[enabled][equals]=true`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body) => setChannels(body.docs ?? []))
  }, [api])

  const resend = async (channel: Row['channel']) => {
    const response = await fetch(`${api}/deliveries/resend`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ collection: collectionSlug, id, channel: channelIdOf({ channel } as Row) }),
    })
    const body = await response.json()
    setMessage(body.message ?? body.errors?.[0]?.message ?? '')
    await load()
  }

  if (!id) return null
  const latestPerChannel = rows.filter((row, index) => rows.findIndex((other) => String(channelIdOf(other)) === String(channelIdOf(row))) === index)
  return (
    <div className="field-type">
      <label className="field-label">Đã phát hành tới — Delivered to</label>
      {latestPerChannel.length === 0 ? <p>Chưa gửi tới kênh nào — not delivered yet.</p> : null}
      <ul>
        {latestPerChannel.map((row) => (
          <li key={row.id}>
            <strong>{row.channel && typeof row.channel === 'object' ? row.channel.name : String(row.channel)}</strong>: {row.action} · {row.status}
            {row.remoteUrl ? (
              <>
                {' '}
                ·{' '}
                <a href={row.remoteUrl} rel="noopener noreferrer" target="_blank">
                  mở — open
                </a>
              </>
            ) : null}
            {row.lastError ? <div>{row.lastError}</div> : null}{' '}
            <Button buttonStyle="subtle" size="small" onClick={() => void resend(row.channel)}>
              Gửi lại — Resend
            </Button>
          </li>
        ))}
      </ul>
      {channels.length ? (
        <p>
          <select value={target} onChange={(event) => setTarget(event.target.value)}>
            <option value="">Chọn kênh — choose a channel</option>
            {channels.map((channel) => (
              <option key={channel.id} value={String(channel.id)}>
                {channel.name}
              </option>
            ))}
          </select>{' '}
          <Button buttonStyle="secondary" disabled={!target} size="small" onClick={() => void resend(target)}>
            Gửi tới kênh — Send to channel
          </Button>
        </p>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
