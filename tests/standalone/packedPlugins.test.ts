/**
 * Each plugin as another Payload project gets it: `npm pack` builds and packs the plugin and
 * `@loa/helpers`, the tarballs are installed into a scratch app outside the repository, and a
 * plain Node process (no `@loa/source` condition, no TypeScript loader, none of Loa's code)
 * boots Payload on SQLite with users, one `posts` collection and the plugin at its defaults.
 *
 * The scratch app gets the plugin's peers (Payload, React, …) from this repository's
 * node_modules, linked one directory above it: what the plugin does not declare as a peer or a
 * dependency cannot be found, as in a real project.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

type PackedPlugin = {
  /** Folder under plugins/. */
  folder: string
  /** The plugin function the package exports. */
  exportName: string
  /** The options a host with only users and posts passes: nothing but where the plugin applies. */
  options: Record<string, unknown>
}

const PLUGINS: PackedPlugin[] = [
  { folder: 'review-workflow', exportName: 'reviewWorkflowPlugin', options: { collections: ['posts'] } },
  { folder: 'scheduling', exportName: 'schedulingPlugin', options: { collections: ['posts'] } },
  { folder: 'channel-publishing', exportName: 'channelPublishingPlugin', options: { collections: ['posts'] } },
  // Each takes the collection it works on, as channel-publishing takes `collections`; everything else at its default.
  { folder: 'workshops', exportName: 'workshopsPlugin', options: { workshopsSlug: 'posts' } },
  { folder: 'campaign-insights', exportName: 'campaignInsightsPlugin', options: { campaignsSlug: 'posts' } },
  { folder: 'citizen-interaction', exportName: 'citizenInteractionPlugin', options: {} },
  { folder: 'broadcast', exportName: 'broadcastPlugin', options: { collections: ['posts'] } },
]

type PackageJson = {
  name: string
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

const readPackage = (dir: string): PackageJson => JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson

const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] })

/** What a scratch app prints after booting: its collections, and a post written and read back. */
const bootScript = (plugin: PackedPlugin | undefined): string => `
import { buildConfig, getPayload } from 'payload'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
${plugin ? `import { ${plugin.exportName} } from '${readPackage(path.join(projectRoot, 'plugins', plugin.folder)).name}'` : ''}

const config = await buildConfig({
  secret: 'scratch-app-secret',
  db: sqliteAdapter({ client: { url: 'file:' + process.argv[2] }, push: true }),
  typescript: { autoGenerate: false },
  telemetry: false,
  collections: [
    { slug: 'users', auth: true, fields: [] },
    { slug: 'posts', versions: { drafts: true }, fields: [{ name: 'title', type: 'text' }] },
  ],
  plugins: [${plugin ? `${plugin.exportName}(${JSON.stringify(plugin.options)})` : ''}],
})
const payload = await getPayload({ config })
const post = await payload.create({ collection: 'posts', data: { title: 'Bài viết thử' }, draft: true })
const read = await payload.findByID({ collection: 'posts', id: post.id, draft: true })
const shape = Object.fromEntries(payload.config.collections.map((c) => [c.slug, c.flattenedFields.length + (Array.isArray(c.endpoints) ? c.endpoints.length : 0)]))
console.log('SCRATCH ' + JSON.stringify({ collections: Object.keys(payload.collections).sort(), endpoints: (payload.config.endpoints ?? []).length, shape, title: read.title }))
await payload.destroy()
process.exit(0)
`

/** `shape`: per collection, its fields and endpoints counted together. */
type BootResult = { collections: string[]; endpoints: number; shape: Record<string, number>; title: string }

const boot = (appDir: string, plugin: PackedPlugin | undefined): BootResult => {
  const name = plugin?.folder ?? 'baseline'
  const script = path.join(appDir, `boot-${name}.mjs`)
  fs.writeFileSync(script, bootScript(plugin))
  const database = path.join(appDir, `${name}.db`)
  const run = spawnSync(process.execPath, [script, database], {
    cwd: appDir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_OPTIONS: '', NODE_ENV: 'development' },
    timeout: 180_000,
  })
  const line = run.stdout.split('\n').find((text) => text.startsWith('SCRATCH '))
  if (!line) throw new Error(`[packed ${name}] did not boot (exit ${run.status}):\n${run.stderr.slice(-4000)}\n${run.stdout.slice(-2000)}`)
  return JSON.parse(line.slice('SCRATCH '.length)) as BootResult
}

describe('each plugin packed with npm pack and booted in a scratch Payload app outside the repository', () => {
  let scratch: string
  let appDir: string
  let baseline: BootResult | undefined

  beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-packed-'))
    appDir = path.join(scratch, 'app')
    const tarballs = path.join(scratch, 'tarballs')
    fs.mkdirSync(appDir)
    fs.mkdirSync(tarballs)
    const workspaces = ['packages/helpers', ...PLUGINS.map((plugin) => `plugins/${plugin.folder}`)]
    const packed = JSON.parse(
      npm(['pack', '--json', '--pack-destination', tarballs, ...workspaces.flatMap((workspace) => ['-w', workspace])], projectRoot),
    ) as Array<{ filename: string }>

    // The peers every package declares, and the database adapter the scratch app itself uses.
    const peers = new Set(['@payloadcms/db-sqlite'])
    for (const workspace of workspaces) for (const peer of Object.keys(readPackage(path.join(projectRoot, workspace)).peerDependencies ?? {})) peers.add(peer)
    const sharedModules = path.join(scratch, 'node_modules')
    for (const peer of peers) {
      const target = path.join(projectRoot, 'node_modules', peer)
      if (!fs.existsSync(target)) continue
      fs.mkdirSync(path.dirname(path.join(sharedModules, peer)), { recursive: true })
      fs.symlinkSync(target, path.join(sharedModules, peer), 'dir')
    }
    fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }))
    npm(
      ['install', '--no-audit', '--no-fund', '--legacy-peer-deps', '--prefer-offline', '--loglevel=error', ...packed.map((tarball) => path.join(tarballs, tarball.filename))],
      appDir,
    )
  }, 900_000)

  afterAll(() => {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true })
  })

  it('packs only the built files: no TypeScript sources, no path back into the repository', () => {
    for (const plugin of PLUGINS) {
      const installed = path.join(appDir, 'node_modules', readPackage(path.join(projectRoot, 'plugins', plugin.folder)).name)
      expect(fs.realpathSync(installed).startsWith(appDir)).toBe(true)
      expect(fs.existsSync(path.join(installed, 'src'))).toBe(false)
      expect(fs.existsSync(path.join(installed, 'dist', 'index.js'))).toBe(true)
    }
  })

  it.each(PLUGINS.map((plugin) => [plugin.folder, plugin] as const))('boots %s at its defaults and adds what it promises', (_folder, plugin) => {
    const plain = (baseline ??= boot(appDir, undefined))
    const withPlugin = boot(appDir, plugin)
    expect(withPlugin.title).toBe('Bài viết thử')
    // The plugin adds collections or endpoints of its own, or fields and endpoints to the host's posts.
    const added = withPlugin.collections.filter((slug) => !plain.collections.includes(slug))
    const grown = plain.collections.filter((slug) => (withPlugin.shape[slug] ?? 0) > (plain.shape[slug] ?? 0))
    expect(added.length + grown.length + (withPlugin.endpoints - plain.endpoints)).toBeGreaterThan(0)
  })
})
