// Flat config. A plugin is a package any Payload project can install: it may import itself,
// @loa/helpers and its declared dependencies — never Loa's host or another plugin.
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { importX } from 'eslint-plugin-import-x'
import { defineConfig } from 'eslint/config'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import tseslint from 'typescript-eslint'

const root = path.dirname(fileURLToPath(import.meta.url))
const pluginNames = fs
  .readdirSync(path.join(root, 'plugins'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const HOST = "Plugins may not import Loa's host (collections/, src/, payload.config): take it as an option."
const OTHER_PLUGIN = 'A plugin may not import another plugin: declare an option and let the app wire them.'
const HELPERS = 'The helpers package imports no plugin and no host code.'

const CODE = '**/*.{ts,tsx,js,jsx,mjs,mts}'

const boundariesFor = (name) => ({
  files: [`plugins/${name}/${CODE}`],
  rules: {
    // Resolved paths: catches '../../../collections/x.js' at any depth, and symlinked packages.
    'import-x/no-restricted-paths': [
      'error',
      {
        basePath: root,
        zones: [
          { target: `./plugins/${name}`, from: './collections', message: HOST },
          { target: `./plugins/${name}`, from: './src', message: HOST },
          { target: `./plugins/${name}`, from: './payload.config.ts', message: HOST },
          { target: `./plugins/${name}`, from: './plugins', except: [`./${name}`], message: OTHER_PLUGIN },
        ],
      },
    ],
    // Bare specifiers: another plugin's package name, and the app's config alias.
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { regex: `^@loa/plugin-(?!${name}(/|$))`, message: OTHER_PLUGIN },
          { regex: '^@payload-config$', message: HOST },
        ],
      },
    ],
  },
})

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.next/**',
      '.next-test/**',
      'data/**',
      'media/**',
      'test-artifacts/**',
      'bench/results/**',
      'src/app/(payload)/admin/importMap.js',
      'payload-types.ts',
    ],
  },
  {
    files: [CODE],
    languageOptions: { parser: tseslint.parser, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: path.join(root, 'tsconfig.json'),
          conditionNames: ['@loa/source', 'types', 'import', 'node', 'default'],
        }),
      ],
    },
  },
  {
    // An import the resolver cannot follow would slip past no-restricted-paths.
    files: [`plugins/${CODE}`, `packages/${CODE}`],
    rules: { 'import-x/no-unresolved': 'error' },
  },
  ...pluginNames.map(boundariesFor),
  {
    files: [`packages/helpers/${CODE}`],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [{ target: './packages/helpers', from: ['./collections', './src', './plugins', './payload.config.ts'], message: HELPERS }],
        },
      ],
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(@loa/plugin-|@payload-config$)', message: HELPERS }] }],
    },
  },
)
