/**
 * Speed a person feels: Loa's admin from a production build (`next build`, then the server
 * `npm start` runs), on the demo content, in headless Chromium. For each page, the time from
 * asking for it to the moment it can be used (the element a person reaches for is visible),
 * and for a workflow action the time from the click to the panel showing the new
 * stage. Five tries per page after one to warm the server; the median and the slowest.
 *
 * Plain Payload's admin is not measured beside it: it would need a second Next application
 * built around the plain configuration, which this project does not have.
 */
import type { Page } from 'playwright-core'

import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { isChromiumInstalled, launchChromium } from '../tests/helpers/browser.js'
import { medianOf } from './lib/median.js'
import { freePort } from '../tests/helpers/nextServer.js'
import { LOA_NODE_CONDITIONS } from '../scripts/nodeConditions.js'

export type AdminPageRow = { scenario: string; target: string; note: string; values?: Record<string, number> }

const TRIES = 5
const PASSWORD = 'LoaDemo!2024'
const TARGET = 'Loa admin (production build, Chromium)'

const timed = async (run: () => Promise<void>): Promise<number> => {
  const started = performance.now()
  await run()
  return performance.now() - started
}

export const benchAdminPages = async ({ workDir }: { workDir: string }): Promise<AdminPageRow[]> => {
  if (process.env.BENCH_ADMIN === 'false') return [{ scenario: 'admin pages', target: TARGET, note: '**NOT MEASURED**: BENCH_ADMIN=false' }]
  if (!isChromiumInstalled())
    return [{ scenario: 'admin pages', target: TARGET, note: '**NOT MEASURED**: no Chromium at /usr/bin/chromium (apt-get install -y chromium)' }]

  const projectRoot = process.cwd()
  const distDir = path.join('.next-bench', 'build')
  const tsconfig = path.join('.next-bench', 'tsconfig.json')
  fs.mkdirSync(path.join(projectRoot, '.next-bench'), { recursive: true })
  fs.writeFileSync(path.join(projectRoot, tsconfig), `${JSON.stringify({ extends: '../tsconfig.json' }, null, 2)}\n`)
  const databaseUri = `file:${path.join(workDir, 'admin.db')}`
  const env = {
    ...process.env,
    DATABASE_URI: databaseUri,
    LOA_MEDIA_DIR: path.join(workDir, 'admin-media'),
    LOA_NEXT_DIST_DIR: distDir,
    LOA_NEXT_TSCONFIG: tsconfig,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: LOA_NODE_CONDITIONS,
  }
  const rows: AdminPageRow[] = []

  process.stderr.write('admin pages: next build (production)\n')
  const buildStarted = Date.now()
  execFileSync(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build', '--webpack'], {
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  rows.push({ scenario: 'next build (production)', target: TARGET, note: `${((Date.now() - buildStarted) / 1000).toFixed(0)} s` })
  // As `npm start` does: the migrations, then the server; the demo content with its demo users.
  execFileSync(process.execPath, [path.join('node_modules', 'payload', 'bin.js'), 'migrate'], { env: { ...env, NODE_ENV: 'production' }, stdio: 'ignore' })
  execFileSync(process.execPath, ['--import', 'tsx', 'bench/seedDemoUsers.ts'], { env: { ...env, NODE_ENV: 'production' }, stdio: 'ignore' })

  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    env: { ...env, NODE_ENV: 'production', LOA_HOST: '127.0.0.1', LOA_PUBLIC_URL: url, PORT: String(port), NODE_OPTIONS: '--conditions=@loa/source' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const killServer = () => server.kill('SIGKILL')
  process.once('exit', killServer)
  const browser = await launchChromium()
  try {
    for (let tries = 0; tries < 240; tries += 1) {
      const answered = await fetch(`${url}/api/users/me`).then(
        (r) => r.status < 500,
        () => false,
      )
      if (answered) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const signedIn = async (email: string): Promise<Page> => {
      const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
      const login = await context.request.post(`${url}/api/users/login`, { data: { email, password: PASSWORD } })
      if (login.status() !== 200) throw new Error(`[admin pages] ${email} could not sign in: ${login.status()}`)
      return context.newPage()
    }
    const tokenOf = async (email: string) => {
      const response = await fetch(`${url}/api/users/login`, {
        body: JSON.stringify({ email, password: PASSWORD }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      return ((await response.json()) as { token: string }).token
    }
    const api = async <T>(method: string, pathname: string, token: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${url}${pathname}`, {
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        method,
      })
      if (!response.ok) throw new Error(`[admin pages] ${method} ${pathname}: ${response.status} ${await response.text()}`)
      return (await response.json()) as T
    }

    const measure = async (scenario: string, page: Page, open: () => Promise<void>) => {
      await open()
      const times: number[] = []
      for (let i = 0; i < TRIES; i += 1) times.push(await timed(open))
      rows.push({
        scenario,
        target: TARGET,
        note: `median ${medianOf(times).toFixed(0)} ms, slowest ${Math.max(...times).toFixed(0)} ms (${TRIES} loads)`,
        values: { medianMs: medianOf(times), maxMs: Math.max(...times) },
      })
      await page.context().close()
    }

    const anonymous = await browser.newPage({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
    await measure('login page → the form can be filled', anonymous, async () => {
      await anonymous.goto(`${url}/admin/login`)
      await anonymous.locator('button[type="submit"]').waitFor()
      await anonymous.locator('input[name="email"], #field-email').first().waitFor()
    })
    const reviewer = await signedIn('reviewer@loa.local')
    await measure('"Việc của tôi" dashboard → its lists shown', reviewer, async () => {
      await reviewer.goto(`${url}/admin`)
      await reviewer.locator('section[data-section="inReview"] h3').waitFor()
    })
    const editorToken = await tokenOf('editor@loa.local')
    const { docs: reports } = await api<{ docs: Array<{ id: number | string }> }>('GET', '/api/reports?depth=0&limit=1&sort=-createdAt', editorToken)
    const editor = await signedIn('editor@loa.local')
    await measure("a report's edit view → title and review panel shown", editor, async () => {
      await editor.goto(`${url}/admin/collections/reports/${reports[0]!.id}`)
      await editor.locator('#field-title').waitFor()
      await editor.locator('p', { hasText: 'Giai đoạn:' }).waitFor()
    })
    const manager = await signedIn('manager@loa.local')
    await measure('publication calendar → the month shown', manager, async () => {
      await manager.goto(`${url}/admin/calendar`)
      await manager.locator('.loa-calendar').first().waitFor()
    })

    // A workflow action: the reviewer approves a report in review from the panel.
    const { docs: campaigns } = await api<{ docs: Array<{ id: number | string }> }>('GET', '/api/campaigns?depth=0&limit=1', editorToken)
    const actionTimes: number[] = []
    const approver = await signedIn('reviewer@loa.local')
    for (let i = 0; i <= TRIES; i += 1) {
      const { doc } = await api<{ doc: { id: number | string } }>('POST', '/api/reports?draft=true', editorToken, {
        title: `Bài đo thời gian duyệt ${i + 1}`,
        campaign: campaigns[0]!.id,
      })
      await api('POST', `/api/reports/${doc.id}/workflow`, editorToken, { action: 'submit' })
      await approver.goto(`${url}/admin/collections/reports/${doc.id}`)
      const panel = approver.locator('p', { hasText: 'Giai đoạn:' })
      await panel.locator('strong').filter({ hasText: 'Đang chờ duyệt' }).waitFor()
      const approve = approver.getByRole('button', { name: 'Duyệt', exact: true })
      await approve.waitFor()
      // "Duyệt" acts at once (only publishing and unpublishing ask first).
      const took = await timed(async () => {
        await approve.click()
        await panel.locator('strong').filter({ hasText: 'Đã duyệt' }).waitFor()
      })
      // The first is the warm-up, as for the pages.
      if (i > 0) actionTimes.push(took)
    }
    rows.push({
      scenario: 'workflow action "Duyệt" → the panel shows the new stage',
      target: TARGET,
      note: `median ${medianOf(actionTimes).toFixed(0)} ms, slowest ${Math.max(...actionTimes).toFixed(0)} ms (${TRIES} approvals)`,
      values: { medianMs: medianOf(actionTimes), maxMs: Math.max(...actionTimes) },
    })
    return rows
  } finally {
    await browser.close()
    server.kill('SIGTERM')
    await new Promise((resolve) => server.once('exit', resolve))
    process.off('exit', killServer)
  }
}
