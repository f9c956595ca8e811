'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { useChannelText } from './useChannelText.js'

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
export const ItemDeliveries: React.FC<{ channelsSlug?: string; deliveriesSlug?: string }> = ({ channelsSlug = 'channels', deliveriesSlug = 'deliveries' }) => {
  const { config } = useConfig()
  const { text } = useChannelText()
  const { collectionSlug, id } = useDocumentInfo()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [rows, setRows] = useState<Row[]>([])
  const [channels, setChannels] = useState<Array<{ id: number | string; name: string }>>([])
  const [target, setTarget] = useState('')
  const [message, setMessage] = useState('')

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const query = new URLSearchParams({ depth: '1', limit: '50', sort: '-createdAt', 'where[itemKey][equals]': `${collectionSlug}:${id}` })
    const response = await fetch(`${api}/${deliveriesSlug}?${query}`, { credentials: 'include' })
    if (response.ok) setRows((await response.json()).docs ?? [])
  }, [api, collectionSlug, deliveriesSlug, id])

  useEffect(() => {
    void load()
  }, [load])
  useEffect(() => {
    void fetch(`${api}/${channelsSlug}?limit=100&depth=0&where[enabled][equals]=true`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body) => setChannels(body.docs ?? []))
  }, [api, channelsSlug])

  const resend = async (channel: Row['channel']) => {
    const response = await fetch(`${api}/${deliveriesSlug}/resend`, {
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
      <label className="field-label">{text('deliveredTo')}</label>
      {latestPerChannel.length === 0 ? <p>{text('notDeliveredYet')}</p> : null}
      <ul>
        {latestPerChannel.map((row) => (
          <li key={row.id}>
            <strong>{row.channel && typeof row.channel === 'object' ? row.channel.name : String(row.channel)}</strong>: {text(`action-${row.action}` as never)}{' '}
            · {text(`status-${row.status}` as never)}
            {row.remoteUrl ? (
              <>
                {' '}
                ·{' '}
                <a href={row.remoteUrl} rel="noopener noreferrer" target="_blank">
                  {text('open')}
                </a>
              </>
            ) : null}
            {row.lastError ? <div>{row.lastError}</div> : null}{' '}
            <Button buttonStyle="subtle" size="small" onClick={() => void resend(row.channel)}>
              {text('resend')}
            </Button>
          </li>
        ))}
      </ul>
      {channels.length ? (
        <p>
          <select value={target} onChange={(event) => setTarget(event.target.value)}>
            <option value="">{text('chooseChannel')}</option>
            {channels.map((channel) => (
              <option key={channel.id} value={String(channel.id)}>
                {channel.name}
              </option>
            ))}
          </select>{' '}
          <Button buttonStyle="secondary" disabled={!target} size="small" onClick={() => void resend(target)}>
            {text('sendToChannel')}
          </Button>
        </p>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
