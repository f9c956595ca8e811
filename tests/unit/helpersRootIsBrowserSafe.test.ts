/**
 * `@loa/helpers` (its root entry) is imported by the plugins' admin components, which webpack
 * bundles for the browser: a Node built-in anywhere under it breaks every admin page ("Reading
 * from node:net is not handled"). Server-only helpers live behind their own entries
 * (`@loa/helpers/sql`, `@loa/helpers/clientAddress`, …). This walks the root entry's modules.
 */
import fs from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'

const SOURCE = path.resolve('packages/helpers/src')
const NODE_BUILTINS = new Set(builtinModules)

const specifiersOf = (file: string): string[] =>
  [...fs.readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1]!)

const modulesUnder = (entry: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(entry)) return seen
  seen.add(entry)
  for (const specifier of specifiersOf(entry)) {
    if (specifier.startsWith('.')) modulesUnder(path.resolve(path.dirname(entry), specifier.replace(/\.js$/, '.ts')), seen)
  }
  return seen
}

describe('the helpers package’s root entry', () => {
  it('imports no Node built-in, at any depth', () => {
    const files = [...modulesUnder(path.join(SOURCE, 'index.ts'))]
    expect(files.length).toBeGreaterThan(5)
    const offending = files.flatMap((file) =>
      specifiersOf(file)
        .filter((specifier) => specifier.startsWith('node:') || NODE_BUILTINS.has(specifier))
        .map((specifier) => `${path.relative(SOURCE, file)} → ${specifier}`),
    )
    expect(offending).toEqual([])
  })
})
