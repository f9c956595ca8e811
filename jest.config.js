/**
 * jest runs Payload's ESM-only packages natively (node --experimental-vm-modules, set by the
 * npm scripts) and compiles our TypeScript with SWC.
 * Projects: unit (no database), int (Local API on every reachable adapter), e2e (Chromium).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
]

import fs from 'node:fs'

// The browser suite needs Debian's Chromium. Without it, the suite is left out loudly (and a
// CI run fails: it must cover the browser suite).
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const hasChromium = fs.existsSync(chromiumPath)
if (!hasChromium) {
  const message = `\n[loa tests] BROWSER SUITE NOT RUN: no Chromium at ${chromiumPath}. Install it with: apt-get install -y chromium\n`
  if (process.env.CI === 'true') throw new Error(message)
  process.stderr.write(message)
}

// The CSV export's formula check opens the export in LibreOffice Calc; the same rule applies.
const sofficePath = process.env.SOFFICE_PATH || '/usr/bin/soffice'
const hasLibreOffice = fs.existsSync(sofficePath)
if (!hasLibreOffice) {
  const message = `\n[loa tests] SPREADSHEET IMPORT CHECK NOT RUN: no LibreOffice at ${sofficePath}. Install it with: apt-get install -y --no-install-recommends libreoffice-calc-nogui\n`
  if (process.env.CI === 'true') throw new Error(message)
  process.stderr.write(message)
}

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  // lexical's "node" entry does a top-level dynamic import that Node 20's loader may never
  // settle; its "development" entry loads directly (the same fix as for the Payload CLI).
  // '@loa/source': the workspace packages are read from their TypeScript, not a build.
  testEnvironmentOptions: { customExportConditions: ['@loa/source', 'development', 'node', 'node-addons'] },
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
}

export default {
  // Integration files boot Payload on a fresh database; browser and fault suites run longer.
  testTimeout: 300_000,
  // A connection a test file left open must not hold a finished run (and CI) until it is
  // killed: the run ends when the last file has reported. `--detectOpenHandles` finds the leak.
  forceExit: true,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/tests/int/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
      setupFiles: ['<rootDir>/tests/helpers/env.ts'],
    },
    {
      // Each plugin booted alone on its dev config (plugins/<name>/dev), none of Loa's code.
      ...shared,
      displayName: 'standalone',
      testMatch: ['<rootDir>/tests/standalone/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
      setupFiles: ['<rootDir>/tests/helpers/env.ts'],
    },
    {
      ...shared,
      displayName: 'reliability',
      testMatch: ['<rootDir>/tests/reliability/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...(hasLibreOffice ? [] : ['<rootDir>/tests/reliability/csvFormulaInjection.test.ts'])],
      globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
      setupFiles: ['<rootDir>/tests/helpers/env.ts'],
    },
    hasChromium && {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/helpers/env.ts'],
    },
  ].filter(Boolean),
}
