/**
 * The editorial flow in a real browser (Debian's Chromium through playwright-core) against the
 * real Loa server (`next dev`) on an empty SQLite database, which seeds the demo users and the
 * Thanh Hoá campaign on first start:
 *
 *   editor writes a report (Vietnamese title, a hero image uploaded from the field's "Tạo mới"
 *   drawer, body) and submits it → the reviewer finds it in the list and asks for a change with
 *   a note → the editor edits and resubmits → the reviewer approves → the campaign manager
 *   types a publish time into the date field, saves, and sees the report on the calendar → a
 *   worker (`npm run worker`) publishes it when due → the delivery to a webhook receiver on 127.0.0.1
 *   shows as delivered in the deliveries view (/admin/phat-hanh), and the receiver got exactly
 *   one signed `content.published` for the report.
 *
 * Each user has a browser context of their own. Payload keeps a document's lock after its holder
 * has moved on, so leaving a page releases nothing: users stay where they are until their next
 * step (each page load of `next dev` costs a loaded machine most of a minute).
 * Every step keeps a screenshot in test-artifacts/editorial-flow-*.png (the last ones show where
 * a failing run stopped). The admin routes compile on first visit, hence the long waits.
 *
 * What is not clicked: the webhook channel is created by the admin over REST before the flow
 * (setting up the portal is not part of the flow).
 *
 * The scheduler does not run while the manager checks the scheduled report: the web server runs
 * no jobs (LOA_JOBS_IN_PROCESS=false, as in production) and the worker process starts once the
 * calendar has been checked. However slow the machine, the report cannot go live before the
 * test has seen it scheduled; the worker's start-up sweep publishes it if it is already due.
 */
import type { ChildProcess } from 'node:child_process'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { NextServer } from '../helpers/nextServer.js'
import type { WebhookReceiver } from '../helpers/webhookReceiver.js'

import { LOA_NODE_CONDITIONS } from '../../scripts/nodeConditions.js'
import { makeDemoImage } from '../../src/seed/demoImage.js'
import { ARTIFACTS_DIR, launchChromium, screenshotStep } from '../helpers/browser.js'
import { createBuildDir, startNextServer, warmUpAdmin } from '../helpers/nextServer.js'
import { createFreshDatabase } from '../helpers/testPayload.js'
import { startWebhookReceiver } from '../helpers/webhookReceiver.js'

const PASSWORD = 'LoaDemo!2024'
const TITLE = 'Thanh Hoá: người dân xã Quảng Phú dùng dịch vụ công trực tuyến'
const EDITED_TITLE = `${TITLE} — cập nhật số liệu`
const BODY_TEXT = 'Hơn 1.200 hồ sơ đã được nộp qua Cổng dịch vụ công trong tháng Mười.'
const CHANGE_NOTE = 'Bổ sung số liệu của tháng trong tiêu đề.'
const HERO_ALT = 'Người dân nộp hồ sơ tại bộ phận một cửa xã Quảng Phú'
// One page load of `next dev` on a machine shared by many processes has taken over four minutes.
const UI_WAIT_MS = 600_000

/** What the server and the worker both need to reach the webhook receiver. */
const WORKER_ENV = { CHANNEL_ALLOWED_HOSTS: '127.0.0.1:*,localhost:*' }

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
  let databaseUri = ''
  let worker: ChildProcess | undefined
  let workerOutput = ''
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-e2e-'))
  const contexts: BrowserContext[] = []
  /** When each step was reached (seconds from the flow's start), printed at the end: where the time went. */
  const reached: string[] = []

  beforeAll(async () => {
    // This run's screenshots only: a stale one from an earlier run would mislead.
    for (const file of fs.existsSync(ARTIFACTS_DIR) ? fs.readdirSync(ARTIFACTS_DIR) : []) {
      if (file.startsWith('editorial-flow-')) fs.rmSync(path.join(ARTIFACTS_DIR, file))
    }
    receiver = await startWebhookReceiver()
    const database = await createFreshDatabase('sqlite')
    dropDatabase = database.drop
    databaseUri = database.uri
    server = await startNextServer({
      buildDir: process.env.LOA_E2E_BUILD_DIR ?? buildDir!.dir,
      databaseUri: database.uri,
      // No jobs in the web server: the worker started by the test runs them (see above).
      env: { ...WORKER_ENV, LOA_JOBS_IN_PROCESS: 'false' },
    })
    // The admin is one Next route: compile it once here, before the browser's first visit.
    await warmUpAdmin(server)
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
  }, 2_700_000)

  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      const exited = new Promise((resolve) => worker!.once('exit', resolve))
      worker.kill('SIGTERM')
      await exited
    }
    for (const context of contexts) await context.close().catch(() => undefined)
    await browser?.close()
    await server?.stop()
    await receiver?.close()
    await dropDatabase()
    buildDir?.remove()
    fs.rmSync(tempDir, { force: true, recursive: true })
  })

  /** `npm run worker` on the test's database: from now on, due items are published. */
  const startWorker = () => {
    worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
      cwd: process.cwd(),
      env: {
        ...process.env,
        ...WORKER_ENV,
        DATABASE_URI: databaseUri,
        LOA_PUBLIC_URL: server.url,
        LOA_WORKER_IDLE_MS: '200',
        NODE_OPTIONS: LOA_NODE_CONDITIONS,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    worker.stdout!.on('data', (chunk) => (workerOutput = (workerOutput + chunk).slice(-20_000)))
    worker.stderr!.on('data', (chunk) => (workerOutput = (workerOutput + chunk).slice(-20_000)))
  }

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

  it('takes a report from the editor through review and scheduling to a delivered webhook', async () => {
    try {
      await runFlow()
    } catch (error) {
      for (const [index, context] of contexts.entries()) {
        for (const page of context.pages()) await screenshotStep(page, `editorial-flow-failed-context-${index}`).catch(() => undefined)
      }
      process.stderr.write(`[editorial flow] steps reached at (s): ${reached.join(', ')}\n`)
      process.stderr.write(`[editorial flow] server output (tail):\n${server.log().slice(-4000)}\n`)
      if (worker) process.stderr.write(`[editorial flow] worker output (tail):\n${workerOutput.slice(-3000)}\n`)
      throw error
    }
    // A budget for a loaded machine (about twenty page loads in `next dev`); nothing in the flow
    // waits on a clock, so a slow machine takes longer without failing.
  }, 2_700_000)

  /** A time as the admin shows it in GMT+7: typed into the date field, and the calendar's day and time. */
  const localParts = (at: Date) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        day: '2-digit',
        hour: '2-digit',
        hourCycle: 'h23',
        minute: '2-digit',
        month: '2-digit',
        timeZone: 'Asia/Ho_Chi_Minh',
        year: 'numeric',
      })
        .formatToParts(at)
        .map((part) => [part.type, part.value]),
    )
    return {
      day: `${parts.year}-${parts.month}-${parts.day}`,
      typed: `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`,
      time: `${parts.hour}:${parts.minute}`,
    }
  }

  /**
   * Opens a document by its address and waits for its workflow panel. Payload keeps a document
   * lock after its holder has gone (a lock is released on save or when it expires, not when a
   * user leaves without unsaved changes), so a colleague may meet the "document locked" dialog;
   * they answer it as a person would: a reviewer only reads and acts in the panel (read-only), a
   * manager who edits the schedule takes over.
   */
  const openDocument = async (page: Page, id: string, onLocked: 'readOnly' | 'takeOver') => {
    await page.goto(`${server.url}/admin/collections/reports/${id}`)
    await workflowStage(page).first().waitFor()
    const dialog = page.locator('.document-locked')
    if (await dialog.isVisible()) {
      process.stderr.write(`[editorial flow] report ${id} locked: "${await dialog.textContent()}"; answering ${onLocked}\n`)
      await page.locator(onLocked === 'readOnly' ? '#document-locked-view-read-only' : '#document-locked-take-over').click()
      await dialog.waitFor({ state: 'hidden' })
    }
  }

  const runFlow = async () => {
    const startedAt = Date.now()
    let step = 0
    const mark = (name: string) => reached.push(`${name} ${Math.round((Date.now() - startedAt) / 1000)}`)
    const shot = (page: Page, name: string) => {
      mark(name)
      return screenshotStep(page, `editorial-flow-${String(++step).padStart(2, '0')}-${name}`)
    }

    // The login page speaks Vietnamese.
    const editor = await newPage()
    await editor.goto(`${server.url}/admin/login`)
    await expect(editor.locator('html').getAttribute('lang')).resolves.toBe('vi')
    await editor.getByRole('button', { name: 'Đăng nhập' }).waitFor()
    await shot(editor, 'login-page')

    // 1. The editor writes the report, uploading its hero image from the field's "create new"
    // drawer, and submits it.
    await logIn(editor, 'editor@loa.local')
    await editor.goto(`${server.url}/admin/collections/reports/create`)
    await editor.locator('#field-title').fill(TITLE)
    await editor.locator('#field-campaign .rs__control').click()
    await editor.locator('.rs__option', { hasText: 'Thanh Hoá' }).first().click()

    const imagePath = path.join(tempDir, 'quang-phu.jpg')
    fs.writeFileSync(imagePath, await makeDemoImage({ caption: 'Quảng Phú, tháng Mười', hue: 150 }))
    await editor.locator('#field-heroImage').getByRole('button', { name: 'Tạo mới', exact: true }).click()
    const drawer = editor.locator('.drawer__content')
    await drawer.locator('input[type="file"]').setInputFiles(imagePath)
    await drawer.locator('#field-alt').fill(HERO_ALT)
    await shot(editor, 'editor-hero-drawer')
    await drawer.getByRole('button', { name: 'Lưu', exact: true }).click()
    await drawer.waitFor({ state: 'detached' })
    await editor.locator('#field-heroImage').getByText('quang-phu', { exact: false }).first().waitFor()

    const body = editor.locator('.rich-text-lexical [contenteditable="true"]').first()
    await body.click()
    await editor.keyboard.type(BODY_TEXT)
    await shot(editor, 'editor-filled')
    await editor.locator('#action-save-draft, #action-save').first().click()
    await editor.waitForURL(/\/admin\/collections\/reports\/\d+/)
    const reportId = /\/reports\/(\d+)/.exec(editor.url())![1]
    // The saved draft holds the uploaded image (the field shows it after a fresh load).
    await editor.reload()
    await editor.locator('#field-heroImage').getByText('quang-phu', { exact: false }).first().waitFor()
    await expect(editor.locator('#field-title').inputValue()).resolves.toBe(TITLE)
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
    await openDocument(reviewer, reportId, 'readOnly')
    await reviewer.locator('textarea[aria-label="Ghi chú"]').fill(CHANGE_NOTE)
    await takeWorkflowAction(reviewer, 'Yêu cầu chỉnh sửa', 'Cần chỉnh sửa')
    await reviewer.getByText(`“${CHANGE_NOTE}”`).waitFor()
    await shot(reviewer, 'reviewer-requested-changes')

    // 3. The editor reads the note, edits and resubmits.
    await openDocument(editor, reportId, 'takeOver')
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

    // 4. The reviewer sees the new version in the list and approves it.
    await reviewer.goto(`${server.url}/admin/collections/reports?sort=-createdAt`)
    await reviewer.getByRole('link', { name: EDITED_TITLE, exact: true }).waitFor()
    await openDocument(reviewer, reportId, 'readOnly')
    await expect(reviewer.locator('#field-title').inputValue()).resolves.toBe(EDITED_TITLE)
    await expect(workflowStage(reviewer).textContent()).resolves.toBe('Đang chờ duyệt')
    await takeWorkflowAction(reviewer, 'Duyệt', 'Đã duyệt')
    await expect(workflowStage(reviewer).textContent()).resolves.toBe('Đã duyệt')
    await shot(reviewer, 'reviewer-approved')

    // 5. The campaign manager types a publish time into the date field and saves. The field
    // takes minutes (dd/MM/yyyy HH:mm, GMT+7): the next whole minute at least 60 s away is still
    // ahead when the save arrives. Nothing publishes it until the worker starts below.
    const manager = await newPage()
    await logIn(manager, 'manager@loa.local')
    await openDocument(manager, reportId, 'takeOver')
    await expect(workflowStage(manager).textContent()).resolves.toBe('Đã duyệt')
    const publishAt = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000)
    const due = localParts(publishAt)
    const publishAtInput = manager.locator('#field-publishAt .react-datepicker__input-container input')
    await publishAtInput.click()
    await publishAtInput.pressSequentially(due.typed)
    await publishAtInput.press('Escape')
    await expect(publishAtInput.inputValue()).resolves.toBe(due.typed)
    const saved = manager.waitForResponse((response) => response.url().includes(`/api/reports/${reportId}`) && response.request().method() === 'PATCH')
    await manager.locator('#action-save-draft').click()
    expect((await saved).status()).toBe(200)
    await manager.reload()
    await workflowStage(manager).filter({ hasText: 'Đã lên lịch đăng' }).first().waitFor()
    await expect(workflowStage(manager).textContent()).resolves.toBe('Đã lên lịch đăng')
    await expect(publishAtInput.inputValue()).resolves.toBe(due.typed)
    await shot(manager, 'manager-scheduled')

    // The calendar shows it as scheduled, on its day and at its time, linking to the report.
    await manager.goto(`${server.url}/admin/calendar`)
    const calendarEntry = manager.locator(`td[data-day="${due.day}"] li[data-kind="scheduled"]`, {
      has: manager.getByRole('link', { name: EDITED_TITLE, exact: true }),
    })
    await calendarEntry.waitFor()
    await expect(calendarEntry.locator('span').first().textContent()).resolves.toBe(`${due.time} · Hẹn đăng`)
    expect(await calendarEntry.getByRole('link').getAttribute('href')).toBe(`/admin/collections/reports/${reportId}`)
    await shot(manager, 'manager-calendar')
    // Still not public: only the scheduler publishes, and it has not started.
    expect((await fetch(`${server.url}/api/reports/${reportId}?depth=0`)).status).not.toBe(200)

    // 6. The worker starts and publishes it when due; the public API then serves it.
    startWorker()
    mark('worker-started')
    const published = await waitFor(
      'the scheduled report to be published',
      async () => {
        const response = await fetch(`${server.url}/api/reports/${reportId}?depth=0`)
        if (response.status !== 200) return undefined
        return (await response.json()) as { _status: string; title: string; heroImage: unknown }
      },
      180_000,
    )
    mark('published-in-api')
    expect(published).toMatchObject({ _status: 'published', title: EDITED_TITLE })
    expect(published.heroImage).toBeTruthy()
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime())
    await openDocument(manager, reportId, 'takeOver')
    await workflowStage(manager).filter({ hasText: 'Đã xuất bản' }).first().waitFor()
    await shot(manager, 'manager-published')

    // The delivery reaches the receiver and shows as delivered in the deliveries view.
    await waitFor('the webhook delivery', async () => (receiver.received.length ? true : undefined))
    mark('webhook-received')
    // The receiver answers before the job records `delivered`; the view loads once per filter.
    await waitFor('the delivery to be recorded as delivered', async () => {
      const count = await manager.evaluate(async (itemKey) => {
        const query = new URLSearchParams({ depth: '0', 'where[itemKey][equals]': itemKey, 'where[status][equals]': 'delivered' })
        const response = await fetch(`/api/deliveries?${query}`, { credentials: 'include' })
        return ((await response.json()) as { totalDocs?: number }).totalDocs ?? 0
      }, `reports:${reportId}`)
      return count > 0 ? true : undefined
    })
    await manager.goto(`${server.url}/admin/phat-hanh`)
    // The board has loaded its channels (so it is hydrated) before its status filter is used.
    await manager.getByLabel('Kênh').locator('option', { hasText: 'Cổng thông tin tỉnh (webhook)' }).waitFor({ state: 'attached' })
    await manager.getByLabel('Trạng thái').selectOption('delivered')
    const row = manager.locator('tbody tr', { hasText: EDITED_TITLE })
    await row.waitFor()
    await expect(manager.locator('tbody tr').count()).resolves.toBe(1)
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe('Cổng thông tin tỉnh (webhook)')
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe('Đăng')
    await expect(row.locator('td').nth(3).textContent()).resolves.toBe('Đã gửi')
    await expect(row.locator('td').nth(4).textContent()).resolves.toBe('1')
    await shot(manager, 'manager-deliveries')

    // Exactly one signed `content.published` for this report, carrying the uploaded image.
    expect(receiver.received.map((hook) => [hook.body.type, hook.body.data.id, hook.body.data.title, hook.isVerified])).toEqual([
      ['content.published', Number(reportId), EDITED_TITLE, true],
    ])
    expect(receiver.received[0].body.data.heroImage).toMatchObject({ alt: HERO_ALT, filename: 'quang-phu.jpg' })
    process.stdout.write(`[editorial flow] done in ${Math.round((Date.now() - startedAt) / 1000)} s; steps reached at (s): ${reached.join(', ')}\n`)
  }
})
