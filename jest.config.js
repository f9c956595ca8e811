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

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  // lexical's "node" entry does a top-level dynamic import that Node 20's loader may never
  // settle; its "development" entry loads directly (the same fix as for the Payload CLI).
  testEnvironmentOptions: { customExportConditions: ['development', 'node', 'node-addons'] },
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
}

export default {
  // Integration files boot Payload on a fresh database; browser and fault suites run longer.
  testTimeout: 300_000,
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
      ...shared,
      displayName: 'reliability',
      testMatch: ['<rootDir>/tests/reliability/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
      setupFiles: ['<rootDir>/tests/helpers/env.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/helpers/env.ts'],
    },
  ],
}
