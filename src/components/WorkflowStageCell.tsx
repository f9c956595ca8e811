'use client'
/**
 * The workflow stage in the lists of reports, features and workshops, as a coloured pill with
 * the stage's name in the admin's language: an item in review must not read "Bản nháp" (its
 * `_status`, which stays `draft` until it is published).
 */
import type { DefaultCellComponentProps } from 'payload'
import type { CSSProperties } from 'react'

import { getTranslation } from '@payloadcms/translations'
import { useTranslation } from '@payloadcms/ui'

/** Payload's theme colours, one family per kind of stage. */
const STAGE_COLOURS: Record<string, string> = {
  draft: 'elevation',
  in_review: 'warning',
  changes_requested: 'error',
  approved: 'success',
  scheduled: 'success',
  published: 'success',
  unpublished: 'elevation',
}

type OptionLike = { label?: unknown; value: string } | string

export const WorkflowStageCell = ({ cellData, field }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  const stage = typeof cellData === 'string' ? cellData : undefined
  if (!stage) return null
  const options = ((field as { options?: OptionLike[] }).options ?? []).map((option) =>
    typeof option === 'string' ? { label: option, value: option } : option,
  )
  const option = options.find((candidate) => candidate.value === stage)
  const label = option?.label ? getTranslation(option.label as Parameters<typeof getTranslation>[0], i18n) : stage
  const family = STAGE_COLOURS[stage] ?? 'elevation'
  const isSolid = stage === 'published'
  const style: CSSProperties = {
    background: family === 'elevation' ? 'var(--theme-elevation-100)' : `var(--theme-${family}-${isSolid ? '500' : '100'})`,
    borderRadius: 'var(--style-radius-s, 3px)',
    color: family === 'elevation' ? 'var(--theme-elevation-800)' : `var(--theme-${family}-${isSolid ? '50' : '800'})`,
    display: 'inline-block',
    fontSize: '12px',
    lineHeight: '18px',
    padding: '0 8px',
    whiteSpace: 'nowrap',
  }
  return (
    <span className={`loa-stage-pill loa-stage-pill--${stage}`} data-stage={stage} style={style}>
      {label}
    </span>
  )
}
