'use client'
import { Button, ConfirmationModal, toast, useConfig, useDocumentInfo, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import type { WaitingFor, WorkflowAction, WorkflowStage } from '../types.js'

import { formatVietnameseDateTime } from '@loa/helpers'
import { ACTION_LABELS, STAGE_LABELS, WAITING_LABELS } from '../utilities/labels.js'

type HistoryEvent = {
  id: number | string
  action: string
  from: WorkflowStage | null
  to: WorkflowStage
  note: string | null
  at: string
  actor: { id: number | string; displayName: string | null } | null
  systemActor: string | null
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
}

const EVENT_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(ACTION_LABELS).map(([action, label]) => [action, label.vi])),
  edit: 'Sửa nội dung (huỷ lượt duyệt)',
  schedule: 'Lên lịch đăng',
  unschedule: 'Bỏ lịch đăng',
  import: 'Nhập dữ liệu',
}

/**
 * In the sidebar of a reviewed document: its stage, whom it waits for, the actions the
 * logged-in user may take now (and only those), and its history. Every action goes through
 * `POST /api/{collection}/{id}/workflow`, the same gate as the REST API.
 */
export const WorkflowPanel: React.FC = () => {
  const { config } = useConfig()
  const { collectionSlug, id } = useDocumentInfo()
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
    else setMessage(`Không tải được trạng thái duyệt (${response.status}).`)
  }, [api, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load])

  const take = async (action: WorkflowAction) => {
    if (action === 'request_changes' && !note.trim()) {
      setMessage('Ghi rõ nội dung cần sửa trước khi gửi yêu cầu chỉnh sửa.')
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
      const error = body.errors?.[0]?.message ?? `Không thực hiện được (${response.status}).`
      setMessage(error)
      toast.error(error)
      await load()
      return
    }
    setMessage('')
    setNote('')
    toast.success(`Đã thực hiện “${ACTION_LABELS[action].vi}”.`)
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

  if (!id) return <p>Lưu bản nháp để bắt đầu quy trình duyệt.</p>
  if (!summary) return <p>{message || 'Đang tải trạng thái duyệt…'}</p>

  const canNote = summary.allowedActions.some((action) => action !== 'publish' && action !== 'unpublish')
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ marginBottom: 4 }}>Quy trình duyệt</h4>
      <p style={{ margin: 0 }}>
        Giai đoạn: <strong>{STAGE_LABELS[summary.stage].vi}</strong>
        {summary.isLive && summary.stage !== 'published' ? ' · bản đang xuất bản vẫn hiển thị' : ''}
      </p>
      <p style={{ margin: 0 }}>Đang chờ: {WAITING_LABELS[summary.waitingFor].vi}</p>
      <p style={{ margin: 0 }}>
        Lượt duyệt: {summary.countedApprovals}/{summary.requiredApprovals}
      </p>
      {summary.allowedActions.length > 0 && (
        <div style={{ marginTop: 8 }}>
          {canNote && (
            <textarea
              aria-label="Ghi chú"
              onChange={(event) => setNote(event.target.value)}
              placeholder="Ghi chú (bắt buộc khi yêu cầu chỉnh sửa)"
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
              {ACTION_LABELS[action].vi}
            </Button>
          ))}
        </div>
      )}
      {message && <p style={{ color: 'var(--theme-error-500)' }}>{message}</p>}
      <ConfirmationModal
        body={
          toConfirm === 'unpublish'
            ? 'Bài sẽ bị gỡ khỏi trang công khai và các kênh phát hành.'
            : 'Bài sẽ hiển thị công khai và được gửi tới các kênh phát hành.'
        }
        cancelLabel="Huỷ"
        confirmLabel={toConfirm ? ACTION_LABELS[toConfirm].vi : undefined}
        heading={toConfirm === 'unpublish' ? 'Gỡ bài xuống?' : 'Xuất bản bài này?'}
        modalSlug={confirmSlug}
        onConfirm={() => (toConfirm ? take(toConfirm) : undefined)}
      />
      <h5 style={{ marginBottom: 4, marginTop: 12 }}>Lịch sử</h5>
      {summary.events.length === 0 ? (
        <p style={{ margin: 0 }}>Chưa có bước nào.</p>
      ) : (
        <ol style={{ margin: 0, paddingLeft: 18 }}>
          {summary.events.map((event) => (
            <li key={String(event.id)}>
              {formatVietnameseDateTime(event.at)} · {EVENT_LABELS[event.action] ?? event.action}
              {event.from && event.from !== event.to ? ` (${STAGE_LABELS[event.from].vi} → ${STAGE_LABELS[event.to].vi})` : ''} ·{' '}
              {event.actor?.displayName ?? event.systemActor ?? '—'}
              {event.onBehalfOf ? ` (theo lịch của ${event.onBehalfOf.displayName ?? `#${event.onBehalfOf.id}`})` : ''}
              {event.note ? <div style={{ fontStyle: 'italic' }}>“{event.note}”</div> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
