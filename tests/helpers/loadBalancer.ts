/**
 * A real load balancer on 127.0.0.1 — HAProxy from Debian — in front of several Loa web
 * processes: round robin, health checks every half second, a request that could not reach a
 * server (connection refused) sent to another, X-Forwarded-For appended.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './nextServer.js'

export const HAPROXY = process.env.HAPROXY_PATH || '/usr/sbin/haproxy'

export type LoadBalancer = { url: string; stop: () => Promise<void> }

export const startLoadBalancer = async ({ backends }: { backends: number[] }): Promise<LoadBalancer> => {
  if (!fs.existsSync(HAPROXY)) throw new Error(`[load balancer] no HAProxy at ${HAPROXY}: apt-get install -y haproxy`)
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-haproxy-'))
  const configFile = path.join(dir, 'haproxy.cfg')
  fs.writeFileSync(
    configFile,
    [
      'global',
      '  maxconn 4096',
      'defaults',
      '  mode http',
      '  timeout connect 2s',
      '  timeout client 120s',
      '  timeout server 120s',
      '  option forwardfor',
      // A request a dead server never took (connection refused, or a kept-alive connection
      // found closed before any answer) goes to another server; HAProxy retries such requests
      // only when they are safe to repeat, so nothing is done twice.
      '  option redispatch',
      '  retries 3',
      '  retry-on conn-failure empty-response',
      'frontend loa',
      `  bind 127.0.0.1:${port}`,
      '  default_backend web',
      'backend web',
      '  balance roundrobin',
      '  option httpchk GET /api/users/me',
      // A killed server refuses the check's connection at once and is taken out after two
      // checks; a live one that is slow to answer under load must not be: with both servers
      // marked down by a check's own short timeout, HAProxy answers every request 503 itself.
      '  timeout check 5s',
      '  default-server inter 500ms fall 2 rise 2',
      ...backends.map((backend, index) => `  server web${index + 1} 127.0.0.1:${backend} check`),
      '',
    ].join('\n'),
  )
  const check = spawnSync(HAPROXY, ['-c', '-f', configFile], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`[load balancer] invalid configuration: ${check.stderr}${check.stdout}`)
  const child = spawn(HAPROXY, ['-db', '-f', configFile], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      await fetch(`${url}/api/users/me`)
      break
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
      fs.rmSync(dir, { recursive: true, force: true })
      if (output.includes('ALERT')) process.stderr.write(`[load balancer] ${output}\n`)
    },
  }
}
