'use client'
/**
 * In the sidebar of a citizen's question: its status, and the next steps of its answer as
 * buttons — assign (to a person or a unit), answer, approve, send back, publish, close. Each
 * goes through `POST /api/{questions}/{id}/workflow`, the same gate as the REST API, which
 * decides who may do what (four eyes included) and says why when it refuses.
 */
import { Button, toast, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useState } from 'react'

import type { CitizenTranslationKey } from '../translations/vi.js'
import type { QuestionStatus, WorkflowAction } from '../types.js'

import { TRANSITIONS, TRANSLATION_NAMESPACE } from '../defaults.js'
import { ACTION_LABEL_KEYS } from '../utilities/statusLabels.js'


/** What an action needs besides the click: a person or unit, an answer, or a note. */
const NEEDS: Partial<Record<WorkflowAction, 'answer' | 'assignee' | 'note'>> = {
  assign: 'assignee',
  answer: 'answer',
  request_changes: 'note',
  close: 'note',
}

type User = { id: number | string; displayName?: string | null; email?: string }

export const QuestionWorkflowPanel: React.FC = () => {
  const { config } = useConfig()
  const { collectionSlug, id } = useDocumentInfo()
  const { t: translate } = useTranslation()
  const router = useRouter()
  const t = (key: CitizenTranslationKey) => (translate as (key: string) => string)(`${TRANSLATION_NAMESPACE}:${key}`)
  const formStatus = useFormFields(([fields]) => fields.status?.value as QuestionStatus | undefined)
  // The status the last action answered with: the buttons follow it at once, whether or not the
  // refreshed form has caught up yet.
  const [answeredStatus, setAnsweredStatus] = useState<QuestionStatus | null>(null)
  const status = answeredStatus ?? formStatus
  const storedAnswer = useFormFields(([fields]) => (fields.answer?.value as string | undefined) ?? '')
  const [chosen, setChosen] = useState<WorkflowAction | null>(null)
  const [answer, setAnswer] = useState<string | null>(null)
  const [note, setNote] = useState('')
  const [assignee, setAssignee] = useState('')
  const [unit, setUnit] = useState('')
  const [users, setUsers] = useState<User[] | null>(null)
  const [message, setMessage] = useState('')
  const [isBusy, setIsBusy] = useState(false)
  const api = `${config.serverURL ?? ''}${config.routes.api}`

  if (!id || !status) return null
  const actions = (Object.keys(TRANSITIONS) as WorkflowAction[]).filter((action) => TRANSITIONS[action].from.includes(status))

  const choose = async (action: WorkflowAction) => {
    setChosen(action)
    setMessage('')
    if (action === 'answer' && answer === null) setAnswer(storedAnswer)
    if (action === 'assign' && users === null) {
      const response = await fetch(`${api}/users?depth=0&limit=200&sort=displayName`, { credentials: 'include' })
      setUsers(response.ok ? (((await response.json()) as { docs?: User[] }).docs ?? []) : [])
    }
  }

  const send = async () => {
    if (!chosen) return
    setIsBusy(true)
    setMessage('')
    const body: Record<string, unknown> = { action: chosen }
    if (chosen === 'assign') Object.assign(body, assignee ? { assignee } : {}, unit.trim() ? { unit: unit.trim() } : {})
    if (chosen === 'answer') body.answer = answer ?? ''
    if (note.trim()) body.note = note.trim()
    try {
      const response = await fetch(`${api}/${collectionSlug}/${id}/workflow`, {
        body: JSON.stringify(body),
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      const result = (await response.json()) as { errors?: Array<{ message?: string }>; question?: { status?: QuestionStatus } }
      if (!response.ok) {
        setMessage(result.errors?.[0]?.message ?? `HTTP ${response.status}`)
        return
      }
      if (result.question?.status) setAnsweredStatus(result.question.status)
      toast.success(`${t('panelDone')}: ${t(ACTION_LABEL_KEYS[chosen])}`)
      setChosen(null)
      setNote('')
      // The form shows the stored question again, in place: no reload of the page.
      router.refresh()
    } finally {
      setIsBusy(false)
    }
  }

  const need = chosen ? NEEDS[chosen] : undefined
  return (
    <div className="loa-question-panel" style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 8px' }}>{t('panelTitle')}</h4>
      {actions.length === 0 ? <p>{t('panelNothingToDo')}</p> : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {actions.map((action) => (
          <Button buttonStyle={chosen === action ? 'primary' : 'secondary'} disabled={isBusy} key={action} margin={false} onClick={() => void choose(action)} size="small">
            {t(ACTION_LABEL_KEYS[action])}
          </Button>
        ))}
      </div>
      {chosen ? (
        <div style={{ display: 'grid', gap: 8, marginTop: 8 }}>
          {need === 'assignee' ? (
            <>
              <label>
                {t('panelAssignee')}
                <select onChange={(event) => setAssignee(event.target.value)} style={{ display: 'block', width: '100%' }} value={assignee}>
                  <option value="">—</option>
                  {(users ?? []).map((user) => (
                    <option key={user.id} value={String(user.id)}>
                      {user.displayName || user.email || `#${user.id}`}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('panelUnit')}
                <input onChange={(event) => setUnit(event.target.value)} style={{ display: 'block', width: '100%' }} type="text" value={unit} />
              </label>
            </>
          ) : null}
          {need === 'answer' ? (
            <label>
              {t('answer')}
              <textarea onChange={(event) => setAnswer(event.target.value)} rows={6} style={{ display: 'block', width: '100%' }} value={answer ?? ''} />
            </label>
          ) : null}
          <label>
            {need === 'note' ? t('panelReason') : t('note')}
            <textarea onChange={(event) => setNote(event.target.value)} rows={2} style={{ display: 'block', width: '100%' }} value={note} />
          </label>
          <Button disabled={isBusy} margin={false} onClick={() => void send()} size="small">
            {t('panelConfirm')}: {t(ACTION_LABEL_KEYS[chosen])}
          </Button>
        </div>
      ) : null}
      {message ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {message}
        </p>
      ) : null}
    </div>
  )
}
