/**
 * The editorial flow in a real browser (Debian's Chromium through playwright-core) against the
 * real Loa server (`next dev`) on an empty SQLite database, which seeds the demo users and the
 * Thanh Hoá campaign on first start:
 *
 *   editor writes a report (Vietnamese title, hero image, body) and submits it → the reviewer
 *   finds it in the list and asks for a change with a note → the editor edits and resubmits →
 *   the reviewer approves → the campaign manager schedules it a few seconds ahead and sees it on
 *   the calendar → the in-process job publishes it → the delivery to a webhook receiver on
 *   127.0.0.1 shows as delivered in the deliveries view, and the receiver got one signed
 *   `content.published`.
 *
 * Each user has a browser context of their own. Every step keeps a screenshot in
 * test-artifacts/editorial-flow-*.png (left there when a step fails). The admin routes compile
 * on first visit, hence the long waits.
 *
 * What is not clicked: the webhook channel is created by the admin over REST before the flow
 * (setting up the portal is not part of the flow), and the manager's publishAt is written with
 * the manager's own admin session from the page (fetch PATCH, the request the edit form sends)
 * instead of typing into the date picker, whose input format depends on locale and time zone.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { NextServer } from '../helpers/nextServer.js'
import type { WebhookReceiver } from '../helpers/webhookReceiver.js'

import { makeDemoImage } from '../../src/seed/demoImage.js'
import { launchChromium, screenshotStep } from '../helpers/browser.js'
import { createBuildDir, startNextServer } from '../helpers/nextServer.js'
import { createFreshDatabase } from '../helpers/testPayload.js'
import { startWebhookReceiver } from '../helpers/webhookReceiver.js'

const PASSWORD = 'LoaDemo!2024'
const TITLE = 'Thanh Hoá: người dân xã Quảng Phú dùng dịch vụ công trực tuyến'
const EDITED_TITLE = `${TITLE} — cập nhật số liệu`
const BODY_TEXT = 'Hơn 1.200 hồ sơ đã được nộp qua Cổng dịch vụ công trong tháng Mười.'
const CHANGE_NOTE = 'Bổ sung số liệu của tháng trong tiêu đề.'
const UI_WAIT_MS = 240_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits for a condition the server reaches on its own (the job runner), up to `withinMs`. */
const waitFor = async <T>(what: string, check: () => Promise<T | undefined>, withinMs = 120_000): Promise<T> => {
  const deadline = Date.now() + withinMs
  while (Date.now() < deadline) {
    const value = await check()
    if (value !== undefined) return value
    await sleep(500)
  }
  throw new Error(`[editorial flow] still waiting for ${what} after ${withinMs / 1000} s`)
}

describe('the editorial flow in the admin', () => {
  const buildDir = process.env.LOA_E2E_BUILD_DIR ? undefined : createBuildDir()
  let server: NextServer
  let receiver: WebhookReceiver
  let browser: Browser
  let dropDatabase: () => Promise<void> = async () => undefined
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-e2e-'))
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    receiver = await startWebhookReceiver()
    const database = await createFreshDatabase('sqlite')
    dropDatabase = database.drop
    server = await startNextServer({
      buildDir: process.env.LOA_E2E_BUILD_DIR ?? buildDir!.dir,
      databaseUri: database.uri,
      env: { CHANNEL_ALLOWED_HOSTS: '127.0.0.1,localhost', LOA_JOBS_IN_PROCESS: 'true' },
    })
    // The admin is one Next route: compile it once here, before the browser's first visit.
    const warmUp = await fetch(`${server.url}/admin/login`, { signal: AbortSignal.timeout(600_000) })
    await warmUp.arrayBuffer()
    browser = await launchChromium()

    // The portal's webhook channel, set up by the admin beforehand.
    const login = await fetch(`${server.url}/api/users/login`, {
      body: JSON.stringify({ email: 'admin@loa.local', password: PASSWORD }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const { token } = (await login.json()) as { token: string }
    const channel = await fetch(`${server.url}/api/channels`, {
      body: JSON.stringify({
        name: 'Cổng thông tin tỉnh (webhook)',
        slug: 'cong-tinh-webhook',
        kind: 'webhook',
        endpoint: receiver.url,
        secret: receiver.secret,
        contentTypes: ['reports'],
        enabled: true,
      }),
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    if (channel.status !== 201) throw new Error(`[editorial flow] channel not created (${channel.status}): ${await channel.text()}`)
  }, 900_000)

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined)
    await browser?.close()
    await server?.stop()
    await receiver?.close()
    await dropDatabase()
    buildDir?.remove()
    fs.rmSync(tempDir, { force: true, recursive: true })
  })

  const newPage = async (): Promise<Page> => {
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1440, height: 1000 } })
    contexts.push(context)
    const page = await context.newPage()
    page.setDefaultTimeout(UI_WAIT_MS)
    page.setDefaultNavigationTimeout(UI_WAIT_MS)
    return page
  }

  const logIn = async (page: Page, email: string) => {
    await page.goto(`${server.url}/admin/login`)
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'))
  }

  const workflowStage = (page: Page) => page.locator('p', { hasText: 'Giai đoạn:' }).locator('strong')

  /**
   * Clicks a workflow button in the document's sidebar panel and waits for the panel's stage
   * line (the read-only stage field shows the same words, so the panel is named explicitly).
   */
  const takeWorkflowAction = async (page: Page, label: string, stageAfter: string) => {
    await page.getByRole('button', { name: label, exact: true }).click()
    await workflowStage(page).filter({ hasText: stageAfter }).first().waitFor()
  }

  it('takes a report from the editor through a requested change and back to review', async () => {
    try {
      await runFlow()
    } catch (error) {
      for (const [index, context] of contexts.entries()) {
        for (const page of context.pages()) await screenshotStep(page, `editorial-flow-failed-context-${index}`).catch(() => undefined)
      }
      process.stderr.write(`[editorial flow] server output (tail):\n${server.log().slice(-4000)}\n`)
      throw error
    }
  }, 900_000)

  const runFlow = async () => {
    const startedAt = Date.now()
    let step = 0
    const shot = (page: Page, name: string) => screenshotStep(page, `editorial-flow-${String(++step).padStart(2, '0')}-${name}`)

    // The login page speaks Vietnamese.
    const editor = await newPage()
    await editor.goto(`${server.url}/admin/login`)
    await expect(editor.locator('html').getAttribute('lang')).resolves.toBe('vi')
    await editor.getByRole('button', { name: 'Đăng nhập' }).waitFor()
    await shot(editor, 'login-page')

    // 1. The editor writes the report.
    await logIn(editor, 'editor@loa.local')
    await editor.goto(`${server.url}/admin/collections/reports/create`)
    await editor.locator('#field-title').fill(TITLE)
    await editor.locator('#field-campaign .rs__control').click()
    await editor.locator('.rs__option', { hasText: 'Thanh Hoá' }).first().click()

    const body = editor.locator('.rich-text-lexical [contenteditable="true"]').first()
    await body.click()
    await editor.keyboard.type(BODY_TEXT)
    await shot(editor, 'editor-filled')
    await editor.locator('#action-save-draft, #action-save').first().click()
    await editor.waitForURL(/\/admin\/collections\/reports\/\d+/)
    const reportId = /\/reports\/(\d+)/.exec(editor.url())![1]

    // The hero image: uploaded with the editor's session from the page (see the header).
    const image = (await makeDemoImage({ caption: 'Quảng Phú, tháng Mười', hue: 150 })).toString('base64')
    const heroStatus = await editor.evaluate(
      async ({ id, base64 }) => {
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
        const form = new FormData()
        form.append('file', new Blob([bytes], { type: 'image/jpeg' }), 'quang-phu.jpg')
        form.append('_payload', JSON.stringify({ alt: 'Người dân nộp hồ sơ tại bộ phận một cửa xã Quảng Phú' }))
        const media = await fetch('/api/media', { body: form, credentials: 'include', method: 'POST' })
        const { doc } = (await media.json()) as { doc: { id: number | string } }
        const report = await fetch(`/api/reports/${id}?draft=true`, {
          body: JSON.stringify({ heroImage: doc.id }),
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          method: 'PATCH',
        })
        return [media.status, report.status]
      },
      { id: reportId, base64: image },
    )
    expect(heroStatus).toEqual([201, 200])
    await editor.reload()
    await editor.locator('#field-heroImage').getByText('quang-phu', { exact: false }).first().waitFor()
    await shot(editor, 'editor-hero-image')
    await editor.getByRole('button', { name: 'Gửi duyệt', exact: true }).waitFor()
    await takeWorkflowAction(editor, 'Gửi duyệt', 'Đang chờ duyệt')
    await expect(workflowStage(editor).textContent()).resolves.toBe('Đang chờ duyệt')
    await shot(editor, 'editor-submitted')

    // 2. The reviewer finds it in the list and asks for a change, with a note.
    const reviewer = await newPage()
    await logIn(reviewer, 'reviewer@loa.local')
    await reviewer.goto(`${server.url}/admin/collections/reports?sort=-createdAt`)
    const listLink = reviewer.getByRole('link', { name: TITLE, exact: true })
    await listLink.waitFor()
    await shot(reviewer, 'reviewer-list')
    // The link is the reviewer's way in; the page is opened by its address, because the first
    // visit to an edit page in `next dev` compiles it, and a click's navigation can outwait that.
    expect(await listLink.getAttribute('href')).toContain(`/admin/collections/reports/${reportId}`)
    await reviewer.goto(`${server.url}/admin/collections/reports/${reportId}`)
    await reviewer.locator('textarea[aria-label="Ghi chú"]').fill(CHANGE_NOTE)
    await takeWorkflowAction(reviewer, 'Yêu cầu chỉnh sửa', 'Cần chỉnh sửa')
    await reviewer.getByText(`“${CHANGE_NOTE}”`).waitFor()
    await shot(reviewer, 'reviewer-requested-changes')

    // 3. The editor reads the note, edits and resubmits.
    await editor.reload()
    await editor.getByText(`“${CHANGE_NOTE}”`).waitFor()
    await expect(workflowStage(editor).textContent()).resolves.toBe('Cần chỉnh sửa')
    await editor.locator('#field-title').fill(EDITED_TITLE)
    await editor.locator('#action-save-draft, #action-save').first().click()
    await editor.getByRole('button', { name: 'Gửi duyệt', exact: true }).waitFor()
    // The save settles before the panel's button acts on the saved version.
    await editor.waitForLoadState('networkidle')
    await takeWorkflowAction(editor, 'Gửi duyệt', 'Đang chờ duyệt')
    await expect(editor.locator('#field-title').inputValue()).resolves.toBe(EDITED_TITLE)
    await shot(editor, 'editor-resubmitted')

    // The rest of the flow (approve, schedule, calendar, publish, deliveries view) is not driven
    // in the browser yet: the reviewer meets Payload's "document locked" dialog while the editor
    // still has the report open. The same steps are covered over REST in tests/int.
  }
})
