'use client'
/**
 * Under a bulletin's script: "make the script from the content". Asks
 * `POST /api/broadcast/script` for the saved item's title, summary and body written out for the
 * ear (numbers, dates, abbreviations in words) and puts the answer into the script field, where
 * the editor corrects it before saving. A new item not saved yet is read from its title.
 */
import { Button, useConfig, useDocumentInfo, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { BroadcastTranslationKey } from '../translations/index.js'

import { TRANSLATION_NAMESPACE } from '../translationNamespace.js'

export const MakeScriptButton: React.FC<{ path: string }> = ({ path }) => {
  const { config } = useConfig()
  const { collectionSlug, id } = useDocumentInfo()
  const { t: translate } = useTranslation()
  const t = (key: BroadcastTranslationKey) => (translate as (key: string) => string)(`${TRANSLATION_NAMESPACE}:${key}`)
  const scriptPath = path.replace(/[^.]+$/, 'script')
  const { setValue, value: script } = useField<string>({ path: scriptPath })
  const title = useFormFields(([fields]) => fields.title?.value as string | undefined)
  const [state, setState] = useState<{ isBusy: boolean; error: string }>({ isBusy: false, error: '' })

  const make = async () => {
    if (script?.trim() && !window.confirm(t('scriptReplaceConfirm'))) return
    setState({ isBusy: true, error: '' })
    const response = await fetch(`${config.serverURL ?? ''}${config.routes.api}/broadcast/script`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(id ? { collection: collectionSlug, id } : { text: title ?? '' }),
    })
    const body = (await response.json().catch(() => null)) as { script?: string; errors?: Array<{ message?: string }> } | null
    if (!response.ok || typeof body?.script !== 'string') {
      return setState({ isBusy: false, error: body?.errors?.[0]?.message ?? `HTTP ${response.status}` })
    }
    setValue(body.script)
    setState({ isBusy: false, error: '' })
  }

  return (
    <div className="loa-make-script" style={{ marginBottom: 24 }}>
      <Button buttonStyle="secondary" size="small" disabled={state.isBusy} onClick={() => void make()}>
        {state.isBusy ? t('loading') : t('makeScript')}
      </Button>
      <p style={{ color: 'var(--theme-elevation-500)', margin: '4px 0 0' }}>{t('makeScriptHint')}</p>
      {state.error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {state.error}
        </p>
      ) : null}
    </div>
  )
}
