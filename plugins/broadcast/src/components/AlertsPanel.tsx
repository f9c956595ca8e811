'use client'
/**
 * The emergency alert screen: issue an alert from a template (fields, areas, a live preview of
 * what will be read out), and approve the alerts others issued in one step (the second pair of
 * eyes), which publishes them to every radio and emergency channel at once. Every refusal the
 * API gives is shown as it says it.
 */
import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { formatVietnameseDateTime } from '@loa/helpers'
import React, { useCallback, useEffect, useMemo, useState } from 'react'

import type { BroadcastTranslationKey } from '../translations/index.js'

import { fillAlertTemplate, type AlertTemplateText } from '../alerts/fillAlertTemplate.js'
import { TRANSLATION_NAMESPACE } from '../translationNamespace.js'

type Template = AlertTemplateText & { id: number | string; name: string; hazard: string }
type Area = { id: number | string; code: string; name: string }
type Campaign = { id: number | string; name?: null | string; title?: null | string }
type Pending = { id: number | string; title: null | string; script: null | string; areas: string[]; issuedBy: null | string; issuedAt: null | string; canApprove: boolean }

const errorText = async (response: Response): Promise<string> => {
  const body = (await response.json().catch(() => null)) as { errors?: Array<{ message?: string; field?: string }> } | null
  return body?.errors?.map((error) => error.message).filter(Boolean).join(' · ') || `HTTP ${response.status}`
}

export const AlertsPanel: React.FC<{ areasSlug: string; campaignsSlug?: string; templatesSlug: string }> = ({ areasSlug, campaignsSlug, templatesSlug }) => {
  const { config } = useConfig()
  const { t: translate } = useTranslation()
  const t = (key: BroadcastTranslationKey) => (translate as (key: string) => string)(`${TRANSLATION_NAMESPACE}:${key}`)
  const api = `${config.serverURL ?? ''}${config.routes.api}`

  const [templates, setTemplates] = useState<Template[]>([])
  const [areas, setAreas] = useState<Area[]>([])
  const [campaigns, setCampaigns] = useState<Campaign[]>([])
  const [pending, setPending] = useState<Pending[] | null>(null)
  const [templateId, setTemplateId] = useState('')
  const [values, setValues] = useState<Record<string, string>>({})
  const [areaCodes, setAreaCodes] = useState<string[]>([])
  const [campaign, setCampaign] = useState('')
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null)
  const [confirming, setConfirming] = useState<number | string | null>(null)
  const [isBusy, setIsBusy] = useState(false)

  const loadPending = useCallback(async () => {
    const response = await fetch(`${api}/alerts/pending`, { credentials: 'include' })
    setPending(response.ok ? (((await response.json()) as { docs: Pending[] }).docs ?? []) : [])
  }, [api])

  useEffect(() => {
    const load = async <T,>(path: string): Promise<T[]> => {
      const response = await fetch(`${api}${path}`, { credentials: 'include' })
      return response.ok ? (((await response.json()) as { docs?: T[] }).docs ?? []) : []
    }
    void load<Template>(`/${templatesSlug}?depth=0&limit=100&sort=name`).then(setTemplates)
    void load<Area>(`/${areasSlug}?depth=0&limit=0&pagination=false&sort=name`).then(setAreas)
    if (campaignsSlug) void load<Campaign>(`/${campaignsSlug}?depth=0&limit=200`).then(setCampaigns)
    void loadPending()
  }, [api, areasSlug, campaignsSlug, loadPending, templatesSlug])

  const template = templates.find((entry) => String(entry.id) === templateId)
  const preview = useMemo(() => (template ? fillAlertTemplate(template, values) : null), [template, values])

  const issue = async (event: React.FormEvent) => {
    event.preventDefault()
    setIsBusy(true)
    setMessage(null)
    const response = await fetch(`${api}/alerts/issue`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ template: template?.id, values, areas: areaCodes, ...(campaignsSlug ? { campaign: campaign || undefined } : {}) }),
    })
    setIsBusy(false)
    if (!response.ok) return setMessage({ kind: 'error', text: await errorText(response) })
    setMessage({ kind: 'success', text: t('alertIssued') })
    setValues({})
    await loadPending()
  }

  const approve = async (id: number | string) => {
    setIsBusy(true)
    setMessage(null)
    const response = await fetch(`${api}/alerts/${id}/approve`, { method: 'POST', credentials: 'include' })
    setIsBusy(false)
    setConfirming(null)
    if (!response.ok) return setMessage({ kind: 'error', text: await errorText(response) })
    setMessage({ kind: 'success', text: t('alertApproved') })
    await loadPending()
  }

  return (
    <div className="loa-alerts" style={{ display: 'grid', gap: 32, maxWidth: 960 }}>
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={`loa-alerts__message loa-alerts__message--${message.kind}`}
          style={{ padding: '8px 12px', borderRadius: 4, background: message.kind === 'error' ? 'var(--theme-error-100)' : 'var(--theme-success-100)' }}>
          {message.text}
        </p>
      ) : null}

      <section>
        <h2>{t('alertsAwaiting')}</h2>
        {pending === null ? (
          <p>{t('loading')}</p>
        ) : pending.length === 0 ? (
          <p className="loa-alerts__empty">{t('alertsNoneAwaiting')}</p>
        ) : (
          <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gap: 16 }}>
            {pending.map((alert) => (
              <li key={String(alert.id)} className="loa-alerts__pending" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16 }}>
                <h3 style={{ margin: 0 }}>{alert.title}</h3>
                <p style={{ color: 'var(--theme-elevation-600)' }}>
                  {t('alertIssuedBy')}: {alert.issuedBy ?? '—'} · {alert.issuedAt ? formatVietnameseDateTime(alert.issuedAt) : ''} · {t('areas')}: {alert.areas.length ? alert.areas.join(', ') : t('wholeProvince')}
                </p>
                <p style={{ whiteSpace: 'pre-wrap' }}>{alert.script}</p>
                {!alert.canApprove ? (
                  <p className="loa-alerts__needs-other">{t('alertNeedsAnother')}</p>
                ) : confirming === alert.id ? (
                  <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
                    <span>{t('alertConfirm')}</span>
                    <Button buttonStyle="primary" disabled={isBusy} onClick={() => void approve(alert.id)}>{t('alertConfirmYes')}</Button>
                    <Button buttonStyle="secondary" disabled={isBusy} onClick={() => setConfirming(null)}>{t('cancel')}</Button>
                  </div>
                ) : (
                  <Button buttonStyle="primary" onClick={() => setConfirming(alert.id)}>{t('alertApprove')}</Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section>
        <h2>{t('alertIssue')}</h2>
        <form onSubmit={(event) => void issue(event)} style={{ display: 'grid', gap: 12 }}>
          <label>
            {t('alertTemplate')}
            <select name="template" value={templateId} required onChange={(event) => { setTemplateId(event.target.value); setValues({}) }} style={{ display: 'block', width: '100%' }}>
              <option value="">{t('alertChooseTemplate')}</option>
              {templates.map((entry) => (
                <option key={String(entry.id)} value={String(entry.id)}>{entry.name}</option>
              ))}
            </select>
          </label>
          {campaignsSlug ? (
            <label>
              {t('campaign')}
              <select name="campaign" value={campaign} required onChange={(event) => setCampaign(event.target.value)} style={{ display: 'block', width: '100%' }}>
                <option value="">{t('alertChooseCampaign')}</option>
                {campaigns.map((entry) => (
                  <option key={String(entry.id)} value={String(entry.id)}>{entry.name ?? entry.title ?? entry.id}</option>
                ))}
              </select>
            </label>
          ) : null}
          {(template?.fields ?? []).map((field) => (
            <label key={field.key}>
              {field.label ?? field.key}
              {field.required ? ' *' : ''}
              <input name={`values.${field.key}`} value={values[field.key] ?? ''} required={Boolean(field.required)} maxLength={500}
                onChange={(event) => setValues({ ...values, [field.key]: event.target.value })} style={{ display: 'block', width: '100%' }} />
            </label>
          ))}
          <label>
            {t('areas')} ({t('alertAreasHint')})
            <select name="areas" multiple size={8} value={areaCodes} onChange={(event) => setAreaCodes([...event.target.selectedOptions].map((option) => option.value))}
              style={{ display: 'block', width: '100%' }}>
              {areas.map((area) => (
                <option key={area.code} value={area.code}>{area.name} ({area.code})</option>
              ))}
            </select>
          </label>
          {preview?.ok ? (
            <div className="loa-alerts__preview" style={{ background: 'var(--theme-elevation-50)', padding: 12, borderRadius: 4 }}>
              <strong>{preview.title}</strong>
              <p style={{ whiteSpace: 'pre-wrap' }}>{preview.script}</p>
            </div>
          ) : null}
          <div>
            <Button buttonStyle="primary" type="submit" disabled={isBusy || !template}>{t('alertIssueButton')}</Button>
          </div>
        </form>
      </section>
    </div>
  )
}
