/**
 * Renders the files Payload derives from the config — `payload-types.ts` and the admin import
 * map — with Payload's own generators (the same ones `payload generate:types` and
 * `payload generate:importmap` call), into a scratch folder, and returns their text. Both
 * `npm run generate` and the staleness test use this, so the check can never disagree with the
 * script.
 *
 * The config is always built on SQLite: the adapter decides the id type (number on SQL,
 * string on MongoDB) and the committed types must not depend on who ran the script.
 */
import type { SanitizedConfig } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type GeneratedFile = {
  /** Path from the project root, e.g. `payload-types.ts`. */
  relativePath: string
  /** What the generator produces for the current config. */
  content: string
}

const loadConfig = async (): Promise<SanitizedConfig> => {
  const { loaConfig } = await import('../payload.config.js')
  const scratchDb = path.join(os.tmpdir(), 'loa-generate', 'generate.db')
  return loaConfig({ databaseUri: `file:${scratchDb}`, isSeededWhenEmpty: false })
}

export const renderGeneratedFiles = async (): Promise<GeneratedFile[]> => {
  const config = await loadConfig()
  const typesFile = config.typescript.outputFile
  const importMapFile = config.admin.importMap.importMapFile
  if (!typesFile || !importMapFile) throw new Error('[generate] payload.config.ts must set typescript.outputFile and admin.importMap.importMapFile')

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-generated-'))
  const previousTypesPath = process.env.PAYLOAD_TS_OUTPUT_PATH
  try {
    // The import map holds paths relative to its own folder: render it at the same depth below a
    // scratch base folder as the real one sits below the project root.
    const baseDir = config.admin.importMap.baseDir ?? projectRoot
    const scratchImportMap = path.join(scratch, 'base', path.relative(baseDir, importMapFile))
    fs.mkdirSync(path.dirname(scratchImportMap), { recursive: true })
    await generateImportMap(
      { ...config, admin: { ...config.admin, importMap: { ...config.admin.importMap, baseDir: path.join(scratch, 'base'), importMapFile: scratchImportMap } } },
      { force: true, log: false },
    )

    const scratchTypes = path.join(scratch, 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = scratchTypes
    await generateTypes(config, { log: false })

    return [
      { relativePath: path.relative(projectRoot, typesFile), content: fs.readFileSync(scratchTypes, 'utf8') },
      { relativePath: path.relative(projectRoot, importMapFile), content: fs.readFileSync(scratchImportMap, 'utf8') },
    ]
  } finally {
    if (previousTypesPath === undefined) delete process.env.PAYLOAD_TS_OUTPUT_PATH
    else process.env.PAYLOAD_TS_OUTPUT_PATH = previousTypesPath
    fs.rmSync(scratch, { force: true, recursive: true })
  }
}

/** The generated files whose committed text differs from what the config produces now. */
export const staleGeneratedFiles = async (): Promise<Array<GeneratedFile & { committed: string | undefined }>> => {
  const files = await renderGeneratedFiles()
  return files
    .map((file) => {
      const absolute = path.join(projectRoot, file.relativePath)
      const committed = fs.existsSync(absolute) ? fs.readFileSync(absolute, 'utf8') : undefined
      return { ...file, committed }
    })
    .filter((file) => file.committed !== file.content)
}
