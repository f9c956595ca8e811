/**
 * What an editor, a reviewer and a manager meet in the admin, in a real browser (Debian's
 * Chromium through playwright-core) against the real Loa server (`next dev`) on an empty SQLite
 * database, which seeds the demo users, the Thanh Hoá campaign and its items on first start.
 *
 * The server runs as `npm run dev` does on a developer's machine (no LOA_HOST: Next's host name
 * is localhost) while the browser opens it at http://127.0.0.1:<port>, so every check below also
 * proves that the development admin works at 127.0.0.1 (`allowedDevOrigins`).
 *
 * Each step keeps a screenshot in test-artifacts/admin-experience-*.png.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { NextServer } from '../helpers/nextServer.js'

import { ARTIFACTS_DIR, launchChromium, screenshotStep } from '../helpers/browser.js'
import { createBuildDir, startNextServer, warmUpAdmin } from '../helpers/nextServer.js'
import { createFreshDatabase } from '../helpers/testPayload.js'

const PASSWORD = 'LoaDemo!2024'
// One page load of `next dev` on a machine shared by many processes has taken over four minutes.
const UI_WAIT_MS = 600_000
const IN_REVIEW_TITLE = 'Thanh Hoá: bài đang chờ duyệt về chữ ký số'

/** The same instant as the admin must show it: dd/MM/yyyy HH:mm in GMT+7. */
const vietnameseDateTime = (iso: string) => {
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
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  )
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`
}


/**
 * Words of English a label in the vi admin must not show: Payload's own vocabulary and the
 * names it falls back to when a field, a row or a view has no Vietnamese label ("Speaker 01",
 * "Kpi 01", "Approval 01"). A text with Vietnamese letters is Vietnamese; brand and format names
 * (Loa, RSS, ICS, JSON, URL, MP3, GMT) are not English labels.
 */
const ENGLISH_WORDS = new Set(
  (
    'add all and answer any apply approval approvals area areas audio author authors back body campaign cancel channel channels chart choose close codec container ' +
    'collections columns copy create created dashboard date deliveries delivery delete description draft duplicate duration edit equals ' +
    'feature features feedback filter filters hide image kind kpi label language link list loading logout media name new next no notes of ' +
    'open optional page password per preview previous priority publish published question questions remove reports report required ' +
    'restore results reviewer roles row rows save schedule scheduled script search select settings show slug sort source speaker speakers ' +
    'status summary survey template templates time title trash type undefined unpublish untitled updated upload user users value version ' +
    'versions workshop workshops yes'
  ).split(' '),
)
const VIETNAMESE_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i
/** Written into Payload's components in English, with no translation key to give them another. */
const PAYLOAD_UNTRANSLATABLE = [/Copy URL/g] // @payloadcms/ui FileDetails/FileMeta: the upload's "copy address" button
const englishIn = (text: string): string | undefined => {
  const checked = PAYLOAD_UNTRANSLATABLE.reduce((rest, pattern) => rest.replace(pattern, ''), text)
  if (VIETNAMESE_LETTERS.test(checked) || /[@/]/.test(checked)) return undefined
  return checked.split(/[^A-Za-z]+/).find((word) => ENGLISH_WORDS.has(word.toLowerCase()))
}

describe('the admin as its users meet it', () => {
  const buildDir = process.env.LOA_E2E_BUILD_DIR ? undefined : createBuildDir()
  let server: NextServer
  let browser: Browser
  let dropDatabase: () => Promise<void> = async () => undefined
  const contexts: BrowserContext[] = []
  let step = 0

  const api = async <T = any>(method: string, route: string, { body, token }: { body?: unknown; token?: string } = {}) => {
    const response = await fetch(`${server.url}${route}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), 'Content-Type': 'application/json' },
      method,
    })
    return { status: response.status, body: (await response.json()) as T }
  }
  const tokenOf = async (email: string) => (await api<{ token: string }>('POST', '/api/users/login', { body: { email, password: PASSWORD } })).body.token

  const shot = (page: Page, name: string) => screenshotStep(page, `admin-experience-${String(++step).padStart(2, '0')}-${name}`)

  beforeAll(async () => {
    for (const file of fs.existsSync(ARTIFACTS_DIR) ? fs.readdirSync(ARTIFACTS_DIR) : []) {
      if (file.startsWith('admin-experience-')) fs.rmSync(path.join(ARTIFACTS_DIR, file))
    }
    const database = await createFreshDatabase('sqlite')
    dropDatabase = database.drop
    server = await startNextServer({
      buildDir: process.env.LOA_E2E_BUILD_DIR ?? buildDir!.dir,
      databaseUri: database.uri,
      // As `npm run dev`: Next's host name stays localhost, the browser comes from 127.0.0.1.
      env: { LOA_HOST: '' },
    })
    await warmUpAdmin(server)
    browser = await launchChromium()
  }, 1_800_000)

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined)
    await browser?.close()
    await server?.stop()
    await dropDatabase()
    buildDir?.remove()
  })

  /** A signed-in browser for one user, in a given browser time zone and language. */
  const signedIn = async (email: string, { locale = 'vi-VN', timezoneId = 'Asia/Ho_Chi_Minh' } = {}): Promise<Page> => {
    const context = await browser.newContext({ locale, timezoneId, viewport: { width: 1440, height: 1000 } })
    contexts.push(context)
    const login = await context.request.post(`${server.url}/api/users/login`, { data: { email, password: PASSWORD } })
    expect(login.status()).toBe(200)
    const page = await context.newPage()
    page.setDefaultTimeout(UI_WAIT_MS)
    page.setDefaultNavigationTimeout(UI_WAIT_MS)
    return page
  }

  const failWithScreenshots = async (error: unknown) => {
    for (const [index, context] of contexts.entries()) {
      for (const page of context.pages()) await screenshotStep(page, `admin-experience-failed-context-${index}`).catch(() => undefined)
    }
    process.stderr.write(`[admin experience] server output (tail):\n${server.log().slice(-4000)}\n`)
    throw error
  }

  const dateInput = (page: Page, fieldId: string) => page.locator(`#${fieldId} .react-datepicker__input-container input`)

  it('shows every date as dd/MM/yyyy HH:mm in GMT+7, the same in a UTC en-US browser as in a GMT+7 vi-VN one', async () => {
    try {
      const admin = await tokenOf('admin@loa.local')
      const workshops = await api<{ docs: Array<{ id: number; startsAt: string }> }>('GET', '/api/workshops?depth=0&sort=startsAt&limit=1', { token: admin })
      const workshop = workshops.body.docs[0]!
      const campaigns = await api<{ docs: Array<{ id: number; period: { start: string } }> }>('GET', '/api/campaigns?depth=0&limit=1', { token: admin })
      const campaign = campaigns.body.docs[0]!
      const reports = await api<{ docs: Array<{ id: number; firstPublishedAt: string }> }>(
        'GET',
        '/api/reports?depth=0&limit=1&where[firstPublishedAt][exists]=true',
        { token: admin },
      )
      const report = reports.body.docs[0]!
      const expected = {
        startsAt: vietnameseDateTime(workshop.startsAt),
        periodStart: vietnameseDateTime(campaign.period.start),
        firstPublishedAt: vietnameseDateTime(report.firstPublishedAt),
      }
      // The seed's workshop starts at 08:00 GMT+7: the expectation is not a copy of the browser's view.
      expect(expected.startsAt).toBe('15/12/2026 08:00')

      for (const browserSetting of [
        { locale: 'en-US', timezoneId: 'UTC' },
        { locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' },
      ]) {
        const page = await signedIn('manager@loa.local', browserSetting)
        await page.goto(`${server.url}/admin/collections/workshops/${workshop.id}`)
        await expect(dateInput(page, 'field-startsAt').inputValue()).resolves.toBe(expected.startsAt)
        await shot(page, `workshop-${browserSetting.timezoneId.replace('/', '-')}`)
        await page.goto(`${server.url}/admin/collections/campaigns/${campaign.id}`)
        await expect(dateInput(page, 'field-period__start').inputValue()).resolves.toBe(expected.periodStart)
        await page.goto(`${server.url}/admin/collections/reports/${report.id}`)
        await expect(dateInput(page, 'field-firstPublishedAt').inputValue()).resolves.toBe(expected.firstPublishedAt)
        await shot(page, `report-${browserSetting.timezoneId.replace('/', '-')}`)
      }
    } catch (error) {
      await failWithScreenshots(error)
    }
  }, 900_000)

  it('lists reports by workflow stage, and shows one review panel in the sidebar', async () => {
    try {
      const editor = await tokenOf('editor@loa.local')
      const campaigns = await api<{ docs: Array<{ id: number }> }>('GET', '/api/campaigns?depth=0&limit=1', { token: editor })
      const created = await api<{ doc: { id: number } }>('POST', '/api/reports?draft=true', {
        body: { title: IN_REVIEW_TITLE, campaign: campaigns.body.docs[0]!.id },
        token: editor,
      })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      const submitted = await api('POST', `/api/reports/${id}/workflow`, { body: { action: 'submit' }, token: editor })
      expect(submitted.status).toBe(200)

      const reviewer = await signedIn('reviewer@loa.local')
      // The reviewer lands on "Việc của tôi": the item waits for them, the count is the API's.
      const reviewerToken = await tokenOf('reviewer@loa.local')
      let waiting = 0
      for (const collection of ['reports', 'features', 'workshops']) {
        const found = await api<{ totalDocs: number }>('GET', `/api/${collection}?draft=true&depth=0&limit=1&where[workflow.stage][equals]=in_review`, {
          token: reviewerToken,
        })
        waiting += found.body.totalDocs
      }
      expect(waiting).toBeGreaterThan(0)
      await reviewer.goto(`${server.url}/admin`)
      const inReview = reviewer.locator('section[data-section="inReview"]')
      await expect(inReview.locator('h3').textContent()).resolves.toBe(`Chờ tôi duyệt (${waiting})`)
      expect(await inReview.getByRole('link', { name: IN_REVIEW_TITLE, exact: true }).getAttribute('href')).toBe(`/admin/collections/reports/${id}`)
      await expect(inReview.textContent()).resolves.toMatch(/đã chờ \d+ phút/)
      for (const shortcut of ['Lịch đăng bài', 'Nhật ký phát hành'])
        await reviewer.locator('.loa-my-work').getByRole('link', { name: shortcut }).first().waitFor()
      await shot(reviewer, 'my-work')
      // One navigation entry for the deliveries log: the deliveries view, not also the raw collection.
      const nav = reviewer.locator('.nav')
      await nav.locator('a[href$="/phat-hanh"]').first().waitFor({ state: 'attached' })
      await expect(nav.locator('a[href$="/collections/deliveries"]').count()).resolves.toBe(0)

      await reviewer.goto(`${server.url}/admin/collections/reports?sort=-createdAt`)
      const row = reviewer.locator('tbody tr', { has: reviewer.getByRole('link', { name: IN_REVIEW_TITLE, exact: true }) })
      await row.waitFor()
      // The stage, not `_status` (still "draft" for an item in review).
      await expect(row.locator('.loa-stage-pill').textContent()).resolves.toBe('Đang chờ duyệt')
      await expect(row.textContent()).resolves.not.toContain('Bản nháp')
      await shot(reviewer, 'reports-list')

      await reviewer.goto(`${server.url}/admin/collections/reports/${id}`)
      await reviewer.locator('p', { hasText: 'Giai đoạn:' }).locator('strong').filter({ hasText: 'Đang chờ duyệt' }).waitFor()
      // The header's status says the stage too, not `_status` ("Bản nháp").
      await expect(reviewer.locator('.loa-stage-status').textContent()).resolves.toBe('Trạng thái: Đang chờ duyệt')
      // No greyed copy of the stage, no English "Approval 01" row, no empty required reviewer.
      await expect(reviewer.locator('#field-workflow, [id^="field-workflow__"]').count()).resolves.toBe(0)
      await expect(reviewer.getByText('Approval', { exact: false }).count()).resolves.toBe(0)
      await expect(reviewer.getByText('Người duyệt', { exact: true }).count()).resolves.toBe(0)
      await shot(reviewer, 'review-panel')

      // The manager publishes an approved item from the panel: asked first, told after, the form stays.
      const approved = await api('POST', `/api/reports/${id}/workflow`, { body: { action: 'approve' }, token: reviewerToken })
      expect(approved.status).toBe(200)
      const manager = await signedIn('manager@loa.local')
      // React's hydration warnings, which once followed a publish.
      const hydrationWarnings: string[] = []
      manager.on('console', (message) => {
        if (/hydrat|did not match/i.test(message.text())) hydrationWarnings.push(message.text().slice(0, 300))
      })
      await manager.goto(`${server.url}/admin/collections/reports/${id}`)
      await manager.locator('p', { hasText: 'Giai đoạn:' }).locator('strong').filter({ hasText: 'Đã duyệt' }).waitFor()
      // A mark on this page: a whole-page reload would wipe it.
      await manager.evaluate(() => Object.assign(window, { loaSamePage: true }))
      await manager.getByRole('button', { name: 'Xuất bản', exact: true }).click()
      const confirm = manager.locator('.confirmation-modal')
      await confirm.waitFor()
      // Asked, nothing done yet.
      expect((await fetch(`${server.url}/api/reports/${id}?depth=0`)).status).not.toBe(200)
      await shot(manager, 'publish-confirmation')
      await confirm.getByRole('button', { name: 'Xuất bản', exact: true }).click()
      await manager.locator('.toast-success, [data-sonner-toast][data-type="success"]').filter({ hasText: 'Đã thực hiện “Xuất bản”' }).first().waitFor()
      await manager.locator('p', { hasText: 'Giai đoạn:' }).locator('strong').filter({ hasText: 'Đã xuất bản' }).waitFor()
      // The form was never reloaded away: same page, the title is there.
      await expect(manager.locator('#field-title').inputValue()).resolves.toBe(IN_REVIEW_TITLE)
      await expect(manager.evaluate(() => (window as unknown as { loaSamePage?: boolean }).loaSamePage)).resolves.toBe(true)
      expect((await fetch(`${server.url}/api/reports/${id}?depth=0`)).status).toBe(200)
      await shot(manager, 'published-in-place')
      expect(hydrationWarnings).toEqual([])
    } catch (error) {
      await failWithScreenshots(error)
    }
  }, 900_000)

  it('tells a role without access to the deliveries log so, and keeps a manager’s filters in the address with an empty state', async () => {
    try {
      const editor = await signedIn('editor@loa.local')
      await editor.goto(`${server.url}/admin/phat-hanh`)
      await editor.locator('.loa-deliveries__forbidden').getByText('Bạn không có quyền xem nhật ký phát hành', { exact: false }).waitFor()
      await expect(editor.locator('.loa-deliveries table').count()).resolves.toBe(0)
      await shot(editor, 'deliveries-no-permission')

      const manager = await signedIn('manager@loa.local')
      // No dead letter in the demo: the filter from the address applies, and the page says there is nothing.
      await manager.goto(`${server.url}/admin/phat-hanh?status=dead`)
      await manager.locator('.loa-deliveries__empty').getByText('Không có lượt phát hành nào khớp bộ lọc.').waitFor()
      await expect(manager.getByLabel('Trạng thái').inputValue()).resolves.toBe('dead')
      await manager.getByLabel('Trạng thái').selectOption('')
      await manager.waitForFunction(() => new URL(window.location.href).searchParams.get('status') === '')
      await shot(manager, 'deliveries-all')
    } catch (error) {
      await failWithScreenshots(error)
    }
  }, 900_000)

  it('takes a citizen’s question through its workflow from the sidebar panel: the manager assigns, the editor answers', async () => {
    try {
      const campaigns = await api<{ docs: Array<{ id: number }> }>('GET', '/api/campaigns?depth=0&limit=1', { token: await tokenOf('admin@loa.local') })
      const asked = await api<{ code: string }>('POST', '/api/questions/ask', {
        body: {
          name: 'Trịnh Văn Phúc',
          email: 'phuc.trinh@example.vn',
          question: 'Người cao tuổi không có điện thoại thông minh thì làm thủ tục trực tuyến thế nào?',
          campaign: campaigns.body.docs[0]!.id,
          consent: true,
          website: '',
        },
      })
      expect(asked.status).toBe(201)
      const adminToken = await tokenOf('admin@loa.local')
      const found = await api<{ docs: Array<{ id: number; status: string }> }>('GET', `/api/questions?depth=0&where[code][equals]=${asked.body.code}`, {
        token: adminToken,
      })
      const question = found.body.docs[0]!
      const statusOf = async () =>
        (await api<{ status: string }>('GET', `/api/questions/${question.id}?depth=0`, { token: adminToken })).body.status

      const manager = await signedIn('manager@loa.local')
      await manager.goto(`${server.url}/admin/collections/questions/${question.id}`)
      const panel = manager.locator('.loa-question-panel')
      await panel.getByRole('button', { name: 'Giao xử lý', exact: true }).click()
      await panel.getByLabel('Giao cho cán bộ').locator('option', { hasText: 'Nguyễn Văn Biên Tập' }).waitFor({ state: 'attached' })
      await panel.getByLabel('Giao cho cán bộ').selectOption({ label: 'Nguyễn Văn Biên Tập' })
      await panel.getByRole('button', { name: 'Xác nhận: Giao xử lý' }).click()
      await manager.locator('.toast-success, [data-sonner-toast][data-type="success"]').filter({ hasText: 'Đã thực hiện: Giao xử lý' }).first().waitFor()
      await expect(statusOf()).resolves.toBe('assigned')
      await shot(manager, 'question-assigned')

      const editor = await signedIn('editor@loa.local')
      await editor.goto(`${server.url}/admin/collections/questions/${question.id}`)
      const editorPanel = editor.locator('.loa-question-panel')
      await editorPanel.getByRole('button', { name: 'Trả lời', exact: true }).click()
      await editorPanel.locator('textarea').first().fill('Ông/bà đến bộ phận một cửa của xã: cán bộ sẽ làm thủ tục giúp, không cần điện thoại.')
      await editorPanel.getByRole('button', { name: 'Xác nhận: Trả lời' }).click()
      await editor.locator('.toast-success, [data-sonner-toast][data-type="success"]').filter({ hasText: 'Đã thực hiện: Trả lời' }).first().waitFor()
      await expect(statusOf()).resolves.toBe('answered')
      // An editor does not approve: the server refuses, and the panel says why.
      await editorPanel.getByRole('button', { name: 'Duyệt', exact: true }).click()
      await editorPanel.getByRole('button', { name: 'Xác nhận: Duyệt' }).click()
      await editorPanel.getByRole('alert').filter({ hasText: 'không có quyền thực hiện thao tác "approve"' }).waitFor()
      await expect(statusOf()).resolves.toBe('answered')
      await shot(editor, 'question-refused')
    } catch (error) {
      await failWithScreenshots(error)
    }
  }, 900_000)

  it('shows a report’s bulletin with its script button and a player that plays the audio', async () => {
    try {
      const editorToken = await tokenOf('editor@loa.local')
      const campaigns = await api<{ docs: Array<{ id: number }> }>('GET', '/api/campaigns?depth=0&limit=1', { token: editorToken })
      // A recording as an editor uploads one: the Vietnamese voice read to WAV.
      // Written to a file, not to stdout: a piped WAV carries no length in its header.
      const wavFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'loa-e2e-wav-')), 'thong-bao.wav')
      execFileSync('espeak-ng', ['-v', 'vi', '-w', wavFile, 'Ủy ban nhân dân xã thông báo lịch tiêm chủng.'])
      const wav = fs.readFileSync(wavFile)
      const form = new FormData()
      form.append('file', new Blob([wav], { type: 'audio/wav' }), 'thong-bao.wav')
      const uploaded = await fetch(`${server.url}/api/bulletin-audio`, { method: 'POST', headers: { Authorization: `JWT ${editorToken}` }, body: form })
      expect(uploaded.status).toBe(201)
      const audio = ((await uploaded.json()) as { doc: { id: number; durationSeconds: number } }).doc
      const report = await api<{ doc: { id: number } }>('POST', '/api/reports?draft=true', {
        token: editorToken,
        body: {
          title: 'Xã Quảng Phú thông báo lịch tiêm chủng',
          campaign: campaigns.body.docs[0]!.id,
          bulletin: { script: 'Ủy ban nhân dân xã thông báo lịch tiêm chủng.', audio: audio.id, priority: 'priority' },
        },
      })
      expect(report.status).toBe(201)

      const editor = await signedIn('editor@loa.local')
      await editor.goto(`${server.url}/admin/collections/reports/${report.body.doc.id}`)
      await editor.getByText('Bản tin phát thanh', { exact: true }).first().waitFor()
      await editor.getByRole('button', { name: 'Tạo kịch bản từ nội dung' }).waitFor()
      const player = editor.locator('.loa-bulletin-player audio')
      await player.waitFor({ state: 'attached' })
      // The browser loads the file and plays it: its length is the recording's.
      const played = await player.evaluate(async (element: HTMLAudioElement) => {
        element.muted = true
        if (element.readyState < 1) await new Promise((resolve) => element.addEventListener('loadedmetadata', resolve, { once: true }))
        await element.play()
        // A loaded machine starts the clock late: wait for it to move (at most 20 s).
        for (let waited = 0; element.currentTime === 0 && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
        return { duration: element.duration, hasPlayed: element.currentTime > 0, error: element.error?.code ?? null }
      })
      // The length the browser reads is the one the server decoded, within 10 %.
      expect({ hasPlayed: played.hasPlayed, error: played.error, isLengthRight: Math.abs(played.duration - audio.durationSeconds) <= audio.durationSeconds * 0.1 }).toEqual({
        hasPlayed: true,
        error: null,
        isLengthRight: true,
      })
      await shot(editor, 'bulletin-player')
    } catch (error) {
      await failWithScreenshots(error)
    }
  }, 900_000)

  it('issues an emergency alert from a template on one screen, and another person approves and sends it', async () => {
    try {
      const manager = await signedIn('manager@loa.local')
      await manager.goto(`${server.url}/admin/canh-bao-khan-cap`)
      const panel = manager.locator('.loa-alerts')
      await panel.getByText('Không có cảnh báo nào chờ duyệt.').waitFor()
      await panel.getByLabel('Mẫu cảnh báo').locator('option', { hasText: 'Cảnh báo lũ, ngập lụt' }).waitFor({ state: 'attached' })
      await panel.getByLabel('Mẫu cảnh báo').selectOption({ label: 'Cảnh báo lũ, ngập lụt' })
      await panel.getByLabel('Chiến dịch').locator('option').nth(1).waitFor({ state: 'attached' })
      await panel.getByLabel('Chiến dịch').selectOption({ index: 1 })
      await panel.getByLabel('Sông *').fill('sông Mã')
      await panel.getByLabel('Mực nước dự kiến *').fill('trên báo động 3')
      await panel.getByLabel('Thời gian *').fill('19 giờ hôm nay')
      await panel.getByLabel('Số điện thoại hỗ trợ *').fill('0237 3852 155')
      await panel.locator('.loa-alerts__preview').getByText('Khẩn cấp: lũ trên sông Mã').waitFor()
      await panel.getByRole('button', { name: 'Tạo cảnh báo và gửi duyệt' }).click()
      await panel.getByRole('status').getByText('Đã tạo cảnh báo', { exact: false }).waitFor()
      const pending = panel.locator('.loa-alerts__pending').filter({ hasText: 'Khẩn cấp: lũ trên sông Mã' })
      // The issuer is not the second pair of eyes.
      await pending.getByText('Cần một quản lý hoặc quản trị viên khác duyệt.').waitFor()
      await shot(manager, 'alert-issued')

      const admin = await signedIn('admin@loa.local')
      await admin.goto(`${server.url}/admin/canh-bao-khan-cap`)
      const adminPending = admin.locator('.loa-alerts__pending').filter({ hasText: 'Khẩn cấp: lũ trên sông Mã' })
      await adminPending.getByRole('button', { name: 'Duyệt và phát ngay' }).click()
      await adminPending.getByRole('button', { name: 'Xác nhận phát' }).click()
      await admin.locator('.loa-alerts').getByRole('status').getByText('Đã duyệt và phát', { exact: false }).waitFor()
      await admin.locator('.loa-alerts__empty').waitFor()
      await shot(admin, 'alert-approved')

      const adminToken = await tokenOf('admin@loa.local')
      const found = await api<{ docs: Array<{ _status: string; bulletin: { priority: string } }> }>(
        'GET',
        `/api/reports?depth=0&where[title][equals]=${encodeURIComponent('Khẩn cấp: lũ trên sông Mã')}`,
        { token: adminToken },
      )
      expect(found.body.docs.map((doc) => [doc._status, doc.bulletin.priority])).toEqual([['published', 'emergency']])
    } catch (error) {
      await failWithScreenshots(error)
    }
  }, 900_000)

  it('shows a manager a survey’s results by wave as bars with the change between waves', async () => {
    try {
      const managerToken = await tokenOf('manager@loa.local')
      const campaigns = await api<{ docs: Array<{ id: number }> }>('GET', '/api/campaigns?depth=0&limit=1', { token: managerToken })
      const created = await api<{ doc: { id: number } }>('POST', '/api/surveys', {
        token: managerToken,
        body: {
          title: 'Nhận thức về dịch vụ công trực tuyến',
          campaign: campaigns.body.docs[0]!.id,
          waves: ['trước', 'sau'],
          questions: [{ key: 'dongY', text: 'Làm thủ tục trực tuyến nhanh hơn đến trụ sở', kind: 'single', options: ['Đồng ý', 'Không đồng ý'] }],
        },
      })
      expect(created.status).toBe(201)
      const surveyId = created.body.doc.id
      const issued = await api<{ tokens: string[] }>('GET', `/api/surveys/${surveyId}/tokens?count=4`, { token: managerToken })
      // Before: 1 of 2 agree (50 %); after: 2 of 2 (100 %).
      const answers: Array<[string, string]> = [['trước', 'Đồng ý'], ['trước', 'Không đồng ý'], ['sau', 'Đồng ý'], ['sau', 'Đồng ý']]
      for (const [index, [wave, choice]] of answers.entries()) {
        const answered = await api('POST', `/api/surveys/${surveyId}/respond`, { body: { token: issued.body.tokens[index], wave, answers: { dongY: choice } } })
        expect(answered.status).toBe(201)
      }

      const manager = await signedIn('manager@loa.local')
      await manager.goto(`${server.url}/admin/collections/surveys/${surveyId}`)
      const chart = manager.locator('.loa-survey-chart')
      await chart.getByText('Kết quả khảo sát theo đợt').waitFor()
      await chart.getByText('Số người trả lời: trước 2 · sau 2').waitFor()
      const agree = chart.locator('.loa-survey-chart__option').filter({ hasText: 'Đồng ý' }).first()
      await agree.locator('.loa-survey-chart__change').getByText('50 % → 100 % (+50 điểm)').waitFor()
      await agree.getByRole('img', { name: 'Đồng ý — sau: 100 %' }).waitFor()
      await shot(manager, 'survey-chart')
    } catch (error) {
      await failWithScreenshots(error)
    }
  }, 900_000)

  it('takes a reviewer from the review panel to what changed since they approved', async () => {
    try {
      const editorToken = await tokenOf('editor@loa.local')
      const reviewerToken = await tokenOf('reviewer@loa.local')
      const campaigns = await api<{ docs: Array<{ id: number }> }>('GET', '/api/campaigns?depth=0&limit=1', { token: editorToken })
      const created = await api<{ doc: { id: number } }>('POST', '/api/reports?draft=true', {
        token: editorToken,
        body: { title: 'Lịch tiếp công dân tháng 12', campaign: campaigns.body.docs[0]!.id },
      })
      const id = created.body.doc.id
      expect((await api('POST', `/api/reports/${id}/workflow`, { token: editorToken, body: { action: 'submit' } })).status).toBe(200)
      expect((await api('POST', `/api/reports/${id}/workflow`, { token: reviewerToken, body: { action: 'approve' } })).status).toBe(200)
      expect((await api('PATCH', `/api/reports/${id}?draft=true`, { token: editorToken, body: { title: 'Lịch tiếp công dân tháng 12 (đã đổi ngày)' } })).status).toBe(200)

      const reviewer = await signedIn('reviewer@loa.local')
      await reviewer.goto(`${server.url}/admin/collections/reports/${id}`)
      await reviewer.locator('.loa-workflow__compare').getByText('Xem thay đổi so với bản đã duyệt', { exact: false }).click()
      await reviewer.waitForURL(/\/versions\/[^/?]+\?versionFrom=/)
      await reviewer.getByText('(đã đổi ngày)', { exact: false }).first().waitFor()
      await shot(reviewer, 'changes-since-approval')
    } catch (error) {
      await failWithScreenshots(error)
    }
  }, 900_000)

  it('fills in the author of a new report with the signed-in user', async () => {
    try {
      const editor = await signedIn('editor@loa.local')
      await editor.goto(`${server.url}/admin/collections/reports/create`)
      await editor.locator('#field-authors').getByText('Nguyễn Văn Biên Tập', { exact: true }).waitFor()
      await shot(editor, 'new-report-author')
    } catch (error) {
      await failWithScreenshots(error)
    }
  }, 900_000)

  it('speaks Vietnamese on every admin view (lists, new and existing documents, Loa’s own views), with no hydration warning', async () => {
    try {
      const admin = await signedIn('admin@loa.local', { locale: 'en-US', timezoneId: 'UTC' })
      const warnings: string[] = []
      admin.on('console', (message) => {
        if (/hydrat|did not match/i.test(message.text())) warnings.push(`${admin.url()}: ${message.text().slice(0, 2000)}`)
      })
      const adminToken = await tokenOf('admin@loa.local')
      // Payload's permissions: `true`, or `{ permission: true }` (older shape), or a query.
      const access = await api<{ collections: Record<string, { read?: boolean | { permission?: boolean } }> }>('GET', '/api/access', { token: adminToken })
      const slugs = Object.entries(access.body.collections)
        .filter(([, permissions]) => permissions.read === true || (typeof permissions.read === 'object' && permissions.read.permission !== false))
        .map(([slug]) => slug)
        // Payload's own bookkeeping collections, not shown in Loa's navigation.
        .filter((slug) => !slug.startsWith('payload-'))
      expect(slugs).toEqual(expect.arrayContaining(['reports', 'features', 'workshops', 'campaigns', 'users', 'channels']))
      const views = ['/admin', '/admin/account', '/admin/calendar', '/admin/phat-hanh', '/admin/canh-bao-khan-cap']
      for (const slug of slugs) {
        views.push(`/admin/collections/${slug}`)
        const first = await api<{ docs?: Array<{ id: number }> }>('GET', `/api/${slug}?depth=0&limit=1&draft=true`, { token: adminToken })
        if (first.body.docs?.[0]) views.push(`/admin/collections/${slug}/${first.body.docs[0].id}`)
        else views.push(`/admin/collections/${slug}/create`)
      }
      const found: string[] = []
      for (const view of views) {
        await admin.goto(`${server.url}${view}`)
        // The page's own content is drawn (the navigation comes first).
        await admin.locator('.template-default__wrap, .template-default main, main').first().waitFor()
        await admin.waitForLoadState('networkidle')
        const texts = await admin.evaluate(() => {
          const seen = new Set<string>()
          const selectors = 'label, th, button, a, h1, h2, h3, h4, h5, legend, option, .pill, .row-label, .field-label, .collapsible__toggle, [placeholder]'
          // Content, not labels: a document's title (in the header and the breadcrumbs, e.g. an
          // uploaded file's name) and the title links of a list's rows.
          const content = '.doc-header, .step-nav, .file-details, .file-meta, .render-title, tbody td a'
          for (const element of document.querySelectorAll(selectors)) {
            if (element.closest(content)) continue
            const placeholder = element.getAttribute('placeholder')
            if (placeholder) seen.add(placeholder.trim())
            // Leaves, and the labelled controls whose text is their label.
            if (element.children.length === 0 || ['BUTTON', 'LABEL', 'TH', 'LEGEND'].includes(element.tagName)) {
              const text = (element.textContent ?? '').trim()
              if (text) seen.add(text.slice(0, 120))
            }
          }
          return [...seen]
        })
        for (const text of texts) {
          const word = englishIn(text)
          if (word) found.push(`${view}: "${text}" (${word})`)
        }
      }
      await shot(admin, 'english-walk-last-view')
      expect(found).toEqual([])
      expect(warnings).toEqual([])
    } catch (error) {
      await failWithScreenshots(error)
    }
  }, 1_800_000)
})
