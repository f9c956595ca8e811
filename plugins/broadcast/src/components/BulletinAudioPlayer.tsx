'use client'
/**
 * Under a bulletin's audio: a player for the file as saved (a recording or the synthesized
 * voice) and its length, so an editor and a reviewer hear what the loudspeakers will play.
 */
import { useConfig, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { BroadcastTranslationKey } from '../translations/index.js'

import { TRANSLATION_NAMESPACE } from '../translationNamespace.js'

type Audio = { url?: null | string; durationSeconds?: null | number; source?: null | string }

const minutesAndSeconds = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`

export const BulletinAudioPlayer: React.FC<{ path: string; audioSlug?: string }> = ({ path, audioSlug = 'bulletin-audio' }) => {
  const { config } = useConfig()
  const { t: translate } = useTranslation()
  const t = (key: BroadcastTranslationKey) => (translate as (key: string) => string)(`${TRANSLATION_NAMESPACE}:${key}`)
  const audioPath = path.replace(/[^.]+$/, 'audio')
  const value = useFormFields(([fields]) => fields[audioPath]?.value as { id?: number | string } | number | string | null | undefined)
  const id = value && typeof value === 'object' ? value.id : value
  const [audio, setAudio] = useState<Audio | null>(null)

  useEffect(() => {
    setAudio(null)
    if (id === undefined || id === null || id === '') return
    let isCurrent = true
    void fetch(`${config.serverURL ?? ''}${config.routes.api}/${audioSlug}/${id}?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Audio>) : null))
      .then((found) => {
        if (isCurrent) setAudio(found)
      })
    return () => {
      isCurrent = false
    }
  }, [audioSlug, config.routes.api, config.serverURL, id])

  if (!audio?.url) return null
  return (
    <div className="loa-bulletin-player" style={{ marginBottom: 24 }}>
      <audio controls preload="metadata" src={audio.url} style={{ width: '100%' }}>
        <track kind="captions" />
      </audio>
      <p style={{ color: 'var(--theme-elevation-500)', margin: '4px 0 0' }}>
        {t('listen')}
        {audio.durationSeconds ? ` · ${minutesAndSeconds(audio.durationSeconds)}` : ''}
        {audio.source === 'synthesized' ? ` · ${t('sourceSynthesized')}` : audio.source === 'recording' ? ` · ${t('sourceRecording')}` : ''}
      </p>
    </div>
  )
}
