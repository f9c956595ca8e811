import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedSchedulingConfig } from '../types.js'

import { PUBLISH_AT_FIELD } from '../defaults.js'
import { readPath, timeOf } from '../utilities/paths.js'
import { SCHEDULER_CONTEXT } from '../utilities/processDueItems.js'
import { writeRun } from '../utilities/scheduleRuns.js'

const reasonFor = (stage: unknown, publishAt: number | undefined): string => {
  if (stage === 'approved' && publishAt === undefined) return 'Lịch đăng bị huỷ vì giờ xuất bản đã bị xoá — publishAt was cleared'
  if (stage === 'in_review' || stage === 'changes_requested' || stage === 'draft') {
    return 'Lịch đăng bị huỷ vì nội dung đã sửa sau khi duyệt, cần duyệt lại — an edit voided the approvals'
  }
  return `Lịch đăng bị huỷ (giai đoạn mới: ${String(stage)}) — schedule cancelled`
}

/**
 * Marks a schedule cancelled in the runs log when an item leaves the `scheduled` stage other
 * than by being published: an edit that voided the approvals, a withdrawal, a cleared time.
 * The due-items sweep already ignores such items (it reads the stage and publishes through
 * the gate); this row is what the calendar and the managers see.
 */
export const markCancelledSchedule =
  (cfg: SanitizedSchedulingConfig): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, req }) => {
    if (req.context[SCHEDULER_CONTEXT] || !cfg.stagePath) return doc
    const before = readPath(previousDoc, cfg.stagePath)
    const after = readPath(doc, cfg.stagePath)
    if (before !== 'scheduled' || after === 'scheduled' || after === 'published') return doc
    const dueMs = timeOf(previousDoc?.[PUBLISH_AT_FIELD])
    await writeRun({
      cfg,
      record: {
        action: 'publish',
        collection: collection.slug,
        dueAt: dueMs === undefined ? null : new Date(dueMs),
        id: doc.id,
        note: reasonFor(after, timeOf(doc[PUBLISH_AT_FIELD])),
        ranAt: new Date(),
        status: 'cancelled',
      },
      req,
    })
    return doc
  }
