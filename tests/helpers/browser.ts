/**
 * Debian's Chromium driven by playwright-core. The flags keep it off the network this machine
 * does not have (background services would otherwise try and fail many times a second).
 */
import type { Browser, Page } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const isChromiumInstalled = () => fs.existsSync(CHROMIUM_PATH)

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

export const ARTIFACTS_DIR = path.resolve('test-artifacts')

/** Keeps a screenshot of a step; called for every step, kept when a test fails. */
export const screenshotStep = async (page: Page, name: string) => {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true })
  // The caret as it is: Playwright hides it by writing an inline caret-color on every input,
  // and a page still hydrating then warns that the server's HTML does not match React's.
  await page.screenshot({ caret: 'initial', fullPage: true, path: path.join(ARTIFACTS_DIR, `${name}.png`) })
}
