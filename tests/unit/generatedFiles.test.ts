/**
 * payload-types.ts and the admin import map are derived from payload.config.ts. When a
 * collection, field, plugin or admin component changes, `npm run generate` must be run and
 * its output committed; this test says which file is behind.
 */
import { staleGeneratedFiles } from '../../scripts/generatedFiles.js'

process.env.PAYLOAD_SECRET ||= 'loa-test-secret-loa-test-secret-0123456789'

const firstDifference = (committed: string | undefined, generated: string): string => {
  if (committed === undefined) return 'the file is missing'
  const a = committed.split('\n')
  const b = generated.split('\n')
  const line = a.findIndex((text, index) => text !== b[index])
  const at = line === -1 ? a.length : line
  return `line ${at + 1}: committed ${JSON.stringify(a[at])}, generated ${JSON.stringify(b[at])}`
}

describe('generated files', () => {
  it('payload-types.ts and importMap.js match what `npm run generate` writes for the current config', async () => {
    const stale = await staleGeneratedFiles()
    const report = stale.map(
      (file) => `${file.relativePath} is stale (${firstDifference(file.committed, file.content)}): run \`npm run generate\` and commit it`,
    )
    expect(report).toEqual([])
  })
})
