/**
 * Starts tests/helpers/routeServerMain.ts as its own process on a database of the caller's
 * choosing and stops it (SIGKILL too, for crash tests).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { LOA_NODE_CONDITIONS } from '../../scripts/nodeConditions.js'

export type RouteServer = {
  url: string
  pid: number
  log: () => string
  /** SIGTERM (or the given signal), then waits for the process to end. */
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const startRouteServer = async ({
  databaseUri,
  env = {},
  port,
  readyWithinMs = 180_000,
}: {
  databaseUri: string
  env?: Record<string, string>
  /** A port of the caller's choosing (to come back on the same one after a crash); else a free one. */
  port?: number
  readyWithinMs?: number
}): Promise<RouteServer> => {
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-route-media-'))
  const { NODE_ENV: _jestNodeEnv, ...inherited } = process.env
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'tests/helpers/routeServerMain.ts')], {
    cwd: projectRoot,
    env: {
      ...inherited,
      DATABASE_URI: databaseUri,
      LOA_MEDIA_DIR: mediaDir,
      LOA_SEED: 'false',
      NODE_OPTIONS: LOA_NODE_CONDITIONS,
      ...(port ? { PORT: String(port) } : {}),
      ...env,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000)
  }
  child.stdout.on('data', append)
  child.stderr.on('data', append)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    await exited
    fs.rmSync(mediaDir, { force: true, recursive: true })
  }

  const deadline = Date.now() + readyWithinMs
  while (Date.now() < deadline && child.exitCode === null) {
    const ready = /READY (\d+)/.exec(output)
    if (ready) return { url: `http://127.0.0.1:${ready[1]}`, pid: child.pid as number, log: () => output, stop }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await stop('SIGKILL')
  throw new Error(`[route server] not ready within ${readyWithinMs / 1000} s. Its output:\n${output.slice(-6000)}`)
}
