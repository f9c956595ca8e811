'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

type Status = 'attended' | 'cancelled' | 'confirmed' | 'waitlisted'

type Row = {
  id: number | string
  fullName: string
  email: string
  phone: null | string
  organisation: null | string
  status: Status
  createdAt: string
}

type Summary = {
  workshop: { capacity: null | number; waitlistEnabled: boolean }
  counts: Record<Status, number>
  registrations: Row[]
}

const STATUS_LABELS: Record<Status, string> = {
  confirmed: 'Đã xác nhận',
  waitlisted: 'Danh sách chờ',
  cancelled: 'Đã huỷ',
  attended: 'Đã tham dự',
}

const cell: React.CSSProperties = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '4px 8px', textAlign: 'left' }

/** In the workshop's edit view: counts per status, the list, attendance, CSV/XLSX links. */
export const RegistrationsPanel: React.FC<{ registrationsSlug?: string }> = ({ registrationsSlug = 'registrations' }) => {
  const { config } = useConfig()
  const { collectionSlug, id } = useDocumentInfo()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [summary, setSummary] = useState<null | Summary>(null)
  const [message, setMessage] = useState('')

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const response = await fetch(`${api}/${collectionSlug}/${id}/registrations-summary`, { credentials: 'include' })
    if (response.ok) {
      setSummary((await response.json()) as Summary)
      setMessage('')
    } else if (response.status === 403) {
      setMessage('Chỉ quản trị và quản lý chiến dịch của hội thảo xem được danh sách đăng ký.')
    } else {
      setMessage(`Không tải được danh sách đăng ký (${response.status}).`)
    }
  }, [api, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load])

  const setStatus = async (row: Row, status: Status) => {
    const response = await fetch(`${api}/${registrationsSlug}/${row.id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status }),
    })
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message: string }> }
      setMessage(body.errors?.[0]?.message ?? `Không cập nhật được (${response.status}).`)
    }
    await load()
  }

  if (!id) return <p>Lưu hội thảo để nhận đăng ký tham dự.</p>
  if (!summary) return message ? <p>{message}</p> : <p>Đang tải danh sách đăng ký…</p>

  const { counts, registrations, workshop } = summary
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <h3>Đăng ký tham dự</h3>
      <p>
        Đã xác nhận: <strong>{counts.confirmed}</strong>
        {workshop.capacity !== null ? ` / ${workshop.capacity} chỗ` : ''} · Danh sách chờ: <strong>{counts.waitlisted}</strong> · Đã huỷ:{' '}
        <strong>{counts.cancelled}</strong> · Đã tham dự: <strong>{counts.attended}</strong>
      </p>
      <p>
        <a href={`${api}/${collectionSlug}/${id}/registrations.csv`}>Tải CSV</a> ·{' '}
        <a href={`${api}/${collectionSlug}/${id}/registrations.xlsx`}>Tải Excel (XLSX)</a>
      </p>
      {message ? <p role="alert">{message}</p> : null}
      {registrations.length ? (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>Họ và tên</th>
              <th style={cell}>Thư điện tử</th>
              <th style={cell}>Điện thoại</th>
              <th style={cell}>Đơn vị</th>
              <th style={cell}>Trạng thái</th>
              <th style={cell}>Điểm danh</th>
            </tr>
          </thead>
          <tbody>
            {registrations.map((row) => (
              <tr key={row.id}>
                <td style={cell}>{row.fullName}</td>
                <td style={cell}>{row.email}</td>
                <td style={cell}>{row.phone ?? ''}</td>
                <td style={cell}>{row.organisation ?? ''}</td>
                <td style={cell}>{STATUS_LABELS[row.status]}</td>
                <td style={cell}>
                  {row.status === 'confirmed' ? (
                    <Button buttonStyle="secondary" size="small" onClick={() => void setStatus(row, 'attended')}>
                      Có mặt
                    </Button>
                  ) : null}
                  {row.status === 'attended' ? (
                    <Button buttonStyle="secondary" size="small" onClick={() => void setStatus(row, 'confirmed')}>
                      Bỏ điểm danh
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Chưa có ai đăng ký.</p>
      )}
    </div>
  )
}
