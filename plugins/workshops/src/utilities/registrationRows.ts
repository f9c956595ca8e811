import type { PayloadRequest } from 'payload'

import type { RegistrationDoc, SanitizedWorkshopsConfig, WorkshopDoc } from '../types.js'

import { asCollectionSlug } from './asCollectionSlug.js'
import { formatVietnameseDateTime } from '@loa/helpers'
import { AUDIENCE_TYPES, STATUS_LABELS } from '../defaults.js'

/** The export's columns, Vietnamese headers first (the exports are read by Vietnamese organisers). */
export const EXPORT_COLUMNS = [
  { key: 'index', header: 'STT', width: 6 },
  { key: 'fullName', header: 'Họ và tên', width: 28 },
  { key: 'email', header: 'Thư điện tử', width: 32 },
  { key: 'phone', header: 'Số điện thoại', width: 16 },
  { key: 'organisation', header: 'Cơ quan / đơn vị', width: 32 },
  { key: 'audienceType', header: 'Đối tượng', width: 26 },
  { key: 'status', header: 'Trạng thái', width: 16 },
  { key: 'registeredAt', header: 'Thời điểm đăng ký', width: 34 },
  { key: 'attendedAt', header: 'Thời điểm điểm danh', width: 34 },
] as const

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number]['key'], number | string>

const audienceLabel = (value: null | string | undefined): string => AUDIENCE_TYPES.find((a) => a.value === value)?.label.vi ?? ''

/** Every registration of the workshop, oldest first. */
export const registrationsOf = async ({
  cfg,
  req,
  workshop,
}: {
  cfg: SanitizedWorkshopsConfig
  req: PayloadRequest
  workshop: WorkshopDoc
}): Promise<RegistrationDoc[]> => {
  const { docs } = await req.payload.find({
    collection: asCollectionSlug(cfg.registrationsSlug),
    where: { workshop: { equals: workshop.id } },
    sort: ['createdAt', 'id'],
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs as unknown as RegistrationDoc[]
}

export const toExportRows = (registrations: readonly RegistrationDoc[]): ExportRow[] =>
  registrations.map((r, i) => ({
    index: i + 1,
    fullName: r.fullName,
    email: r.email,
    phone: r.phone ?? '',
    organisation: r.organisation ?? '',
    audienceType: audienceLabel(r.audienceType),
    status: STATUS_LABELS[r.status].vi,
    registeredAt: formatVietnameseDateTime(r.createdAt),
    attendedAt: r.attendedAt ? formatVietnameseDateTime(r.attendedAt) : '',
  }))
