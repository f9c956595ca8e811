/** Names of stages and actions, Vietnamese first; plain data, safe for admin components. */
import type { WaitingFor, WorkflowAction, WorkflowStage } from '../types.js'

export const STAGE_LABELS: Record<WorkflowStage, { vi: string; en: string }> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  in_review: { vi: 'Đang chờ duyệt', en: 'In review' },
  changes_requested: { vi: 'Cần chỉnh sửa', en: 'Changes requested' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  scheduled: { vi: 'Đã lên lịch đăng', en: 'Scheduled' },
  published: { vi: 'Đã xuất bản', en: 'Published' },
  unpublished: { vi: 'Đã gỡ xuống', en: 'Unpublished' },
}

export const ACTION_LABELS: Record<WorkflowAction, { vi: string; en: string }> = {
  submit: { vi: 'Gửi duyệt', en: 'Submit for review' },
  approve: { vi: 'Duyệt', en: 'Approve' },
  request_changes: { vi: 'Yêu cầu chỉnh sửa', en: 'Request changes' },
  withdraw: { vi: 'Rút lại', en: 'Withdraw' },
  publish: { vi: 'Xuất bản', en: 'Publish' },
  unpublish: { vi: 'Gỡ xuống', en: 'Unpublish' },
}

export const WAITING_LABELS: Record<WaitingFor, { vi: string; en: string }> = {
  author: { vi: 'Tác giả / biên tập viên', en: 'The author' },
  reviewers: { vi: 'Người duyệt', en: 'The reviewers' },
  manager: { vi: 'Quản lý chiến dịch', en: 'The campaign manager' },
  schedule: { vi: 'Đến giờ đăng theo lịch', en: 'The scheduled time' },
  nobody: { vi: 'Không ai', en: 'Nobody' },
}
