/**
 * `npm run generate`: rewrites payload-types.ts and the admin import map from payload.config.ts.
 * Run it after adding or changing collections, fields, plugins or admin components, and commit
 * both files (tests/unit/generatedFiles.test.ts fails while they are stale).
 */
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot, renderGeneratedFiles } from './generatedFiles.js'

for (const file of await renderGeneratedFiles()) {
  const absolute = path.join(projectRoot, file.relativePath)
  const current = fs.existsSync(absolute) ? fs.readFileSync(absolute, 'utf8') : undefined
  if (current === file.content) {
    process.stdout.write(`${file.relativePath}: up to date\n`)
    continue
  }
  fs.mkdirSync(path.dirname(absolute), { recursive: true })
  fs.writeFileSync(absolute, file.content)
  process.stdout.write(`${file.relativePath}: written\n`)
}
// The config's database adapter is built but never connected; nothing else keeps us alive.
process.exit(0)
