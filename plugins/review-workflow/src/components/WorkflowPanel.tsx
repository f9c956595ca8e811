'use client'
import { Button, ConfirmationModal, toast, useConfig, useDocumentInfo, useModal, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useCallback, useEffect, useState } from 'react'

import type { ReviewWorkflowTranslationKey } from '../translations/vi.js'
import type { WaitingFor, WorkflowAction, WorkflowStage } from '../types.js'

import { formatVietnameseDateTime } from '@loa/helpers'
import { TRANSLATION_NAMESPACE } from '../translations/index.js'

type HistoryEvent = {
  id: number | string
  action: string
  from: WorkflowStage | null
  to: WorkflowStage
  note: string | null
  at: string
  actor: { id: number | string; displayName: string | null } | null
  systemActor: string | null
  /** The system actor's name in the admin's language, when the host gave one. */
  systemActorName?: string | null
  onBehalfOf: { id: number | string; displayName: string | null } | null
}

type WorkflowSummary = {
  stage: WorkflowStage
  waitingFor: WaitingFor
  isLive: boolean
  countedApprovals: number
  requiredApprovals: number
  allowedActions: WorkflowAction[]
  events: HistoryEvent[]
  changesSinceApproval: null | { fromVersion: number | string; toVersion: number | string; approvedAt: string }
}

type Translate = (key: ReviewWorkflowTranslationKey, vars?: Record<string, unknown>) => string

/** A moment as the admin's language prints it, in the configured time zone. */
const formatMoment = (at: string, language: string, timeZone: string | undefined): string =>
  language === 'vi'
    ? formatVietnameseDateTime(at, timeZone)
    : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone, timeZoneName: 'short' }).format(new Date(at))

/**
 * In the sidebar of a reviewed document: its stage, whom it waits for, the actions the
 * logged-in user may take now (and only those), and its history. Every action goes through
 * `POST /api/{collection}/{id}/workflow`, the same gate as the REST API.
 */
export const WorkflowPanel: React.FC = () => {
  const { config } = useConfig()
  const { collectionSlug, id } = useDocumentInfo()
  const { i18n, t: translate } = useTranslation()
  const t: Translate = (key, vars) => (translate as (key: string, vars?: Record<string, unknown>) => string)(`${TRANSLATION_NAMESPACE}:${key}`, vars)
  const timeZone = (config.admin as { timezones?: { defaultTimezone?: string } }).timezones?.defaultTimezone
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [summary, setSummary] = useState<null | WorkflowSummary>(null)
  const [message, setMessage] = useState('')
  const [note, setNote] = useState('')
  const [isBusy, setIsBusy] = useState(false)
  const [toConfirm, setToConfirm] = useState<null | WorkflowAction>(null)
  const router = useRouter()
  const { openModal } = useModal()
  const confirmSlug = `workflow-confirm-${collectionSlug}-${id}`

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const response = await fetch(`${api}/${collectionSlug}/${id}/workflow`, { credentials: 'include' })
    if (response.ok) setSummary((await response.json()) as WorkflowSummary)
    else setMessage(t('panelLoadFailed', { status: response.status }))
  }, [api, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load])

  const take = async (action: WorkflowAction) => {
    if (action === 'request_changes' && !note.trim()) {
      setMessage(t('panelNoteRequired'))
      return
    }
    setIsBusy(true)
    const response = await fetch(`${api}/${collectionSlug}/${id}/workflow`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(note.trim() ? { action, note: note.trim() } : { action }),
    })
    setIsBusy(false)
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message: string }> }
      const error = body.errors?.[0]?.message ?? t('panelActionFailed', { status: response.status })
      setMessage(error)
      toast.error(error)
      await load()
      return
    }
    setMessage('')
    setNote('')
    toast.success(t('panelActionDone', { action: t(`action_${action}`) }))
    await load()
    // The form holds the document as it was: the server renders the edit view again and the
    // form takes the new version in place (a whole-page reload left it blank for seconds).
    router.refresh()
  }

  /** Publishing and taking down reach the public: asked first. */
  const choose = (action: WorkflowAction) => {
    if (action !== 'publish' && action !== 'unpublish') return void take(action)
    setToConfirm(action)
    openModal(confirmSlug)
  }

  if (!id) return <p>{t('panelSaveFirst')}</p>
  if (!summary) return <p>{message || t('panelLoading')}</p>

  const canNote = summary.allowedActions.some((action) => action !== 'publish' && action !== 'unpublish')
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ marginBottom: 4 }}>{t('panelTitle')}</h4>
      <p style={{ margin: 0 }}>
        {t('panelStage')}: <strong>{t(`stage_${summary.stage}`)}</strong>
        {summary.isLive && summary.stage !== 'published' ? ` · ${t('panelLiveStillShown')}` : ''}
      </p>
      <p style={{ margin: 0 }}>
        {t('panelWaitingFor')}: {t(`waiting_${summary.waitingFor}`)}
      </p>
      <p style={{ margin: 0 }}>
        {t('panelApprovals')}: {summary.countedApprovals}/{summary.requiredApprovals}
      </p>
      {summary.changesSinceApproval && (
        <p style={{ margin: '4px 0 0' }}>
          <a
            className="loa-workflow__compare"
            href={`${config.routes.admin}/collections/${collectionSlug}/${id}/versions/${summary.changesSinceApproval.toVersion}?versionFrom=${summary.changesSinceApproval.fromVersion}`}
          >
            {t('panelCompare', { at: formatMoment(summary.changesSinceApproval.approvedAt, i18n.language, timeZone) })}
          </a>
        </p>
      )}
      {summary.allowedActions.length > 0 && (
        <div style={{ marginTop: 8 }}>
          {canNote && (
            <textarea
              aria-label={t('panelNote')}
              onChange={(event) => setNote(event.target.value)}
              placeholder={t('panelNotePlaceholder')}
              rows={3}
              style={{ width: '100%' }}
              value={note}
            />
          )}
          {summary.allowedActions.map((action) => (
            <Button
              buttonStyle={action === 'request_changes' || action === 'withdraw' || action === 'unpublish' ? 'secondary' : 'primary'}
              disabled={isBusy}
              key={action}
              margin={false}
              onClick={() => choose(action)}
              size="small"
            >
              {t(`action_${action}`)}
            </Button>
          ))}
        </div>
      )}
      {message && <p style={{ color: 'var(--theme-error-500)' }}>{message}</p>}
      <ConfirmationModal
        body={
          toConfirm === 'unpublish'
            ? t('confirmUnpublishBody')
            : t('confirmPublishBody')
        }
        cancelLabel={t('confirmCancel')}
        confirmLabel={toConfirm ? t(`action_${toConfirm}`) : undefined}
        heading={toConfirm === 'unpublish' ? t('confirmUnpublishHeading') : t('confirmPublishHeading')}
        modalSlug={confirmSlug}
        onConfirm={() => (toConfirm ? take(toConfirm) : undefined)}
      />
      <h5 style={{ marginBottom: 4, marginTop: 12 }}>{t('panelHistory')}</h5>
      {summary.events.length === 0 ? (
        <p style={{ margin: 0 }}>{t('panelNoHistory')}</p>
      ) : (
        <ol style={{ margin: 0, paddingLeft: 18 }}>
          {summary.events.map((event) => (
            <li key={String(event.id)}>
              {formatMoment(event.at, i18n.language, timeZone)} · {t(`action_${event.action}` as ReviewWorkflowTranslationKey)}
              {event.from && event.from !== event.to ? ` (${t(`stage_${event.from}`)} → ${t(`stage_${event.to}`)})` : ''} ·{' '}
              {event.actor?.displayName ?? event.systemActorName ?? event.systemActor ?? '—'}
              {event.onBehalfOf ? ` (${t('panelOnBehalfOf', { name: event.onBehalfOf.displayName ?? `#${event.onBehalfOf.id}` })})` : ''}
              {event.note ? <div style={{ fontStyle: 'italic' }}>“{event.note}”</div> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
