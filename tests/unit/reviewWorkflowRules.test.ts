import type { PlanInput } from '@loa/plugin-review-workflow'

import { changedContentFields, planTransition } from '@loa/plugin-review-workflow'

const NOW = new Date('2026-03-02T03:00:00.000Z')

const input = (overrides: Partial<PlanInput>): PlanInput => ({
  action: 'approve',
  actor: { userId: 7, isAdmin: false, campaignRoles: ['reviewer'] },
  state: { stage: 'in_review', approvals: [], lastEditedBy: 3, waitingFor: 'reviewers', submittedAt: null, stageChangedAt: '2026-03-01T00:00:00.000Z' },
  isLive: false,
  authors: [3],
  requiredApprovals: 1,
  publishAt: null,
  isValidApprover: () => true,
  now: NOW,
  ...overrides,
})

describe('review workflow rules', () => {
  it('approves to `approved` when the last required approval comes in, and to `scheduled` when publishAt is ahead', () => {
    expect(planTransition(input({}))).toMatchObject({ ok: true, to: 'approved', workflow: { waitingFor: 'manager', stageChangedAt: NOW.toISOString() } })
    expect(planTransition(input({ publishAt: '2026-03-05T01:00:00.000Z' }))).toMatchObject({ ok: true, to: 'scheduled' })
    expect(planTransition(input({ publishAt: '2026-03-01T01:00:00.000Z' }))).toMatchObject({ ok: true, to: 'approved' })
  })

  it('stays in review, keeping the time the stage began, until enough distinct reviewers approve', () => {
    const plan = planTransition(input({ requiredApprovals: 2 }))
    expect(plan).toMatchObject({ ok: true, to: 'in_review', workflow: { stageChangedAt: '2026-03-01T00:00:00.000Z' } })
  })

  it('refuses a reviewer who wrote or last edited the item (four-eyes)', () => {
    expect(planTransition(input({ authors: [7] }))).toMatchObject({ ok: false, status: 403 })
    expect(planTransition(input({ state: { ...input({}).state, lastEditedBy: '7' } }))).toMatchObject({ ok: false, status: 403 })
  })

  it('does not count approvals of reviewers who have since left the campaign when publishing', () => {
    const state = { ...input({}).state, stage: 'approved' as const, approvals: [{ reviewer: 9, at: NOW.toISOString() }] }
    const actor = { userId: 1, isAdmin: false, campaignRoles: ['manager'] }
    expect(planTransition(input({ action: 'publish', actor, state }))).toMatchObject({ ok: true, to: 'published', status: 'published' })
    const refused = planTransition(input({ action: 'publish', actor, state, isValidApprover: () => false }))
    expect(refused).toMatchObject({ ok: false, status: 400, message: expect.stringContaining('Chưa đủ lượt duyệt') })
  })

  it('lets a system actor publish and unpublish but nothing else', () => {
    const actor = { system: 'system:scheduler', isAdmin: false, campaignRoles: [] }
    const state = { ...input({}).state, stage: 'scheduled' as const, approvals: [{ reviewer: 9, at: NOW.toISOString() }] }
    expect(planTransition(input({ action: 'publish', actor, state }))).toMatchObject({ ok: true, to: 'published' })
    expect(planTransition(input({ action: 'approve', actor }))).toMatchObject({ ok: false, status: 403 })
  })

  it('refuses a note that is not text or too long', () => {
    expect(planTransition(input({ action: 'request_changes', note: 42 }))).toMatchObject({ ok: false, status: 400 })
    expect(planTransition(input({ action: 'request_changes', note: 'x'.repeat(2001) }))).toMatchObject({ ok: false, status: 400 })
    expect(planTransition(input({ action: 'request_changes', note: '  Sửa sapo  ' }))).toMatchObject({ ok: true, note: 'Sửa sapo' })
  })
})

describe('content change detection', () => {
  const neutral = new Set(['internalNotes', 'workflow'])

  it('sees no change when the admin sends back the same document in another shape', () => {
    const original = {
      title: 'Hội thảo',
      startsAt: '2030-03-10T01:00:00.000Z',
      heroImage: 5,
      authors: [3],
      speakers: [{ id: '65f0a', name: 'Nguyễn Văn A', title: null }],
      summary: null,
    }
    const data = {
      title: 'Hội thảo',
      startsAt: '2030-03-10T08:00:00+07:00',
      heroImage: { id: 5, url: '/media/a.jpg', createdAt: '2024-01-01T00:00:00.000Z' },
      authors: ['3'],
      speakers: [{ name: 'Nguyễn Văn A' }],
      summary: '',
      internalNotes: 'đổi ghi chú',
    }
    expect(changedContentFields({ data, neutralFields: neutral, original })).toEqual([])
  })

  it('names the content fields that changed and ignores neutral ones', () => {
    const original = { title: 'A', venue: 'Hội trường', internalNotes: 'x' }
    const data = { title: 'A', venue: 'Nhà văn hoá', internalNotes: 'y' }
    expect(changedContentFields({ data, neutralFields: neutral, original })).toEqual(['venue'])
  })

  it('ignores the neutral sub-fields of a group named `group.field`, and sees its other sub-fields change', () => {
    const partlyNeutral = new Set(['bulletin.synthesisStatus', 'bulletin.durationSeconds'])
    const original = { bulletin: { script: 'Loa xã thông báo.', priority: 'ordinary', synthesisStatus: 'queued', durationSeconds: null } }
    const derived = { bulletin: { script: 'Loa xã thông báo.', priority: 'ordinary', synthesisStatus: 'done', durationSeconds: 42 } }
    expect(changedContentFields({ data: derived, neutralFields: partlyNeutral, original })).toEqual([])
    const rewritten = { bulletin: { ...derived.bulletin, script: 'Loa xã thông báo lịch mới.' } }
    expect(changedContentFields({ data: rewritten, neutralFields: partlyNeutral, original })).toEqual(['bulletin'])
    // Without the sub-field names, the same derived write is a content change.
    expect(changedContentFields({ data: derived, neutralFields: new Set(), original })).toEqual(['bulletin'])
  })
})
