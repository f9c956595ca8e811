'use client'
/**
 * The status line in a reviewed document's header: its workflow stage ("Trạng thái: Đang chờ
 * duyệt"), the same words as the review panel. Payload's own line showed `_status`, which
 * reads "Bản nháp" for every item not yet published, next to a panel saying "Đã duyệt".
 */
import type { ClientField } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'

type OptionLike = { label?: unknown; value: string } | string

const stageOptionsOf = (fields: ClientField[] | undefined): OptionLike[] => {
  const workflow = fields?.find((field) => 'name' in field && field.name === 'workflow') as { fields?: ClientField[] } | undefined
  const stage = workflow?.fields?.find((field) => 'name' in field && field.name === 'stage') as { options?: OptionLike[] } | undefined
  return stage?.options ?? []
}

export const WorkflowStageStatus = () => {
  // The `workflow` group is not drawn in the edit form (its condition is false), and Payload then
  // keeps the whole group as one value under `workflow` instead of a state entry per sub-field.
  const stage = useFormFields(
    ([fields]) =>
      ((fields['workflow']?.value as { stage?: string } | undefined)?.stage ?? fields['workflow.stage']?.value) as string | undefined,
  )
  const { collectionSlug } = useDocumentInfo()
  const { getEntityConfig } = useConfig()
  const { i18n, t } = useTranslation()
  if (!stage) return null
  const option = stageOptionsOf(getEntityConfig({ collectionSlug })?.fields)
    .map((each) => (typeof each === 'string' ? { label: each, value: each } : each))
    .find((each) => each.value === stage)
  const label = option?.label ? getTranslation(option.label as Parameters<typeof getTranslation>[0], i18n) : stage
  return (
    <div className="status loa-stage-status" data-stage={stage}>
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <span className="status__value">{label}</span>
      </div>
    </div>
  )
}
