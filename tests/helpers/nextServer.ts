/**
 * Boots the real Loa server (scripts/server.ts --dev, as `npm run dev` does) on a free port
 * and a database of the caller's choosing, for the smoke and browser suites. It builds into a
 * folder of its own under .next-test/, so it runs next to a developer's `npm run dev`.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { LOA_NODE_CONDITIONS } from '../../scripts/nodeConditions.js'

export type NextServer = {
  /** e.g. http://127.0.0.1:41234 */
  url: string
  /** Everything the server printed so far (for failure messages). */
  log: () => string
  /** Stops the server's whole process group and waits for it to go. */
  stop: () => Promise<void>
}

type Options = {
  databaseUri: string
  /** Build folder to share between servers of one test file (a second boot reuses the first's compilation). */
  buildDir?: string
  /** More environment for the server (e.g. LOA_SEED=false). */
  env?: Record<string, string>
  /** How long to wait for the first answer: the first compilation takes a while. */
  readyWithinMs?: number
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/**
 * A build folder under .next-test/ (ignored by git) with the tsconfig Next may rewrite. Not
 * under .next/: `next build` empties that folder, and would pull a running test server's
 * files from under it.
 */
export const createBuildDir = (): { dir: string; remove: () => void } => {
  const relative = path.join('.next-test', `server-${process.pid}-${crypto.randomBytes(3).toString('hex')}`)
  const absolute = path.join(projectRoot, relative)
  fs.mkdirSync(absolute, { recursive: true })
  fs.writeFileSync(path.join(absolute, 'tsconfig.json'), `${JSON.stringify({ extends: '../../tsconfig.json' }, null, 2)}\n`)
  return { dir: relative, remove: () => fs.rmSync(absolute, { force: true, recursive: true }) }
}

/**
 * Leads the server's process group and ends the whole group when the test process is gone
 * (a killed or timed-out jest would otherwise leave a 1.5 GB server behind).
 */
const WATCHDOG = `
const { spawn } = require('node:child_process')
const parent = Number(process.env.LOA_SERVER_PARENT_PID)
const server = spawn(process.execPath, process.argv.slice(1), { stdio: 'inherit' })
server.on('exit', (code) => process.exit(code ?? 1))
setInterval(() => {
  try { process.kill(parent, 0) } catch { process.kill(-process.pid, 'SIGKILL') }
}, 1000)
`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const startNextServer = async ({ databaseUri, buildDir, env = {}, readyWithinMs = 300_000 }: Options): Promise<NextServer> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const ownBuildDir = buildDir ? undefined : createBuildDir()
  const dir = buildDir ?? ownBuildDir!.dir
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-server-media-'))

  // jest sets NODE_ENV=test; the development server chooses it.
  const { NODE_ENV: _jestNodeEnv, ...inherited } = process.env
  const childEnv: Record<string, string | undefined> = {
    ...inherited,
    DATABASE_URI: databaseUri,
    LOA_MEDIA_DIR: mediaDir,
    LOA_NEXT_DIST_DIR: path.join(dir, 'build'),
    LOA_NEXT_TSCONFIG: path.join(dir, 'tsconfig.json'),
    LOA_PUBLIC_URL: url,
    LOA_HOST: '127.0.0.1',
    PORT: String(port),
    // Loa's resolution conditions (scripts/nodeConditions.ts); jest's vm-modules flag is not for Next.
    NODE_OPTIONS: LOA_NODE_CONDITIONS,
    NEXT_TELEMETRY_DISABLED: '1',
    ...env,
  }

  const serverArgs = ['--import', 'tsx', path.join(projectRoot, 'scripts/server.ts'), '--dev']
  // `--`: what follows is the watchdog's argv (it starts the server with it), not its own options.
  const child = spawn(process.execPath, ['-e', WATCHDOG, '--', ...serverArgs], {
    cwd: projectRoot,
    detached: true,
    // Without NODE_ENV, which the ProcessEnv type insists on.
    env: { ...childEnv, LOA_SERVER_PARENT_PID: String(process.pid) } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000)
  }
  child.stdout.on('data', append)
  child.stderr.on('data', append)
  let hasExited = false
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      hasExited = true
      resolve()
    }),
  )

  const isGroupAlive = (pid: number) => {
    try {
      process.kill(-pid, 0)
      return true
    } catch {
      return false
    }
  }
  const signalGroup = (pid: number, signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal)
    } catch {
      // Already gone.
    }
  }

  /** Ends every process of the server's group (the watchdog and the server). */
  const stop = async () => {
    const pid = child.pid
    if (pid && isGroupAlive(pid)) {
      signalGroup(pid, 'SIGTERM')
      const gracefulUntil = Date.now() + 15_000
      while (isGroupAlive(pid) && Date.now() < gracefulUntil) await sleep(200)
      if (isGroupAlive(pid)) signalGroup(pid, 'SIGKILL')
      while (isGroupAlive(pid)) await sleep(100)
    }
    if (!hasExited) await exited
    child.stdout.destroy()
    child.stderr.destroy()
    fs.rmSync(mediaDir, { force: true, recursive: true })
    ownBuildDir?.remove()
  }

  // The first request compiles the admin and boots Payload (which seeds an empty database).
  const deadline = Date.now() + readyWithinMs
  while (Date.now() < deadline && !hasExited) {
    try {
      const response = await fetch(`${url}/api/users/me`, { signal: AbortSignal.timeout(Math.max(1000, deadline - Date.now())) })
      await response.arrayBuffer()
      if (response.status < 500) return { url, log: () => output, stop }
    } catch {
      // Not listening yet.
    }
    await sleep(500)
  }
  const didExit = hasExited
  await stop()
  throw new Error(`[next server] did not answer within ${readyWithinMs / 1000} s${didExit ? ' (it exited)' : ''}. Its output:\n${output.slice(-6000)}`)
}

/**
 * Compiles the admin (one Next route) before a browser's first visit. On a loaded machine the
 * first compilation can outlast fetch's five-minute wait for headers; the compilation goes on
 * in the server, so asking again picks it up.
 */
export const warmUpAdmin = async (server: NextServer, withinMs = 900_000) => {
  const deadline = Date.now() + withinMs
  for (;;) {
    try {
      const response = await fetch(`${server.url}/admin/login`, { signal: AbortSignal.timeout(Math.max(1000, deadline - Date.now())) })
      await response.arrayBuffer()
      return
    } catch (error) {
      if (Date.now() >= deadline)
        throw new Error(`[next server] the admin did not compile within ${withinMs / 1000} s: ${String(error)}\n${server.log().slice(-4000)}`)
    }
  }
}
