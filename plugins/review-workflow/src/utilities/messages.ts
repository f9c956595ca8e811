/**
 * Messages shown to people, Vietnamese first. Each names the field or action concerned.
 */
import { APIError } from 'payload'

export { ACTION_LABELS, STAGE_LABELS } from './labels.js'

export type Refusal = { status: 400 | 403 | 404; message: string }

export const refusal = (status: Refusal['status'], vi: string, en: string): Refusal => ({ status, message: `${vi} — ${en}` })

export const toAPIError = ({ message, status }: Refusal) => new APIError(message, status, null, true)

export const GATE_MESSAGES = {
  publish: refusal(
    403,
    'Chỉ có thể xuất bản qua quy trình duyệt (POST /api/{collection}/{id}/workflow, action "publish"); trường _status không được đặt là "published"',
    '_status cannot be set to "published": publish through the review workflow (action "publish")',
  ),
  unpublish: refusal(
    403,
    'Chỉ có thể gỡ bài đang xuất bản qua quy trình duyệt (action "unpublish"); trường _status không được đặt là "draft" trên bản đang xuất bản',
    'A live item is unpublished through the review workflow (action "unpublish"), not by setting _status',
  ),
  publishLocale: refusal(
    403,
    'Không thể xuất bản riêng một ngôn ngữ (publishSpecificLocale) ngoài quy trình duyệt',
    'publishSpecificLocale is not allowed outside the review workflow',
  ),
  restore: refusal(
    403,
    'Chỉ được khôi phục phiên bản cũ thành bản nháp (draft=true); bản nháp sau đó đi qua quy trình duyệt',
    'Versions are restored as drafts only (draft=true); the draft then goes through review',
  ),
}
