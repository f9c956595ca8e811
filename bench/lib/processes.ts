/** Starting the benchmark's servers as child processes and reading their peak memory. */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { LOA_NODE_CONDITIONS } from '../../scripts/nodeConditions.js'

export type RunningServer = { child: ChildProcess; readyMs: number; stop: () => Promise<number> }

/** Peak resident memory (VmHWM) of a process, in MiB. */
export const peakMemoryMiB = (pid: number): number => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = /VmHWM:\s+(\d+) kB/.exec(status)
  return match ? Number(match[1]) / 1024 : Number.NaN
}

export const startServer = (args: string[], env: Record<string, string> = {}): Promise<RunningServer> =>
  new Promise((resolve, reject) => {
    const started = Date.now()
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      env: { ...process.env, NODE_OPTIONS: LOA_NODE_CONDITIONS, LOA_SEED: 'false', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    // A bench that fails half-way must not leave its servers running (and loading the machine).
    const killOnExit = () => child.kill('SIGKILL')
    process.once('exit', killOnExit)
    child.once('exit', () => process.off('exit', killOnExit))
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (/READY/.test(output)) {
        child.stdout?.off('data', onData)
        resolve({
          child,
          readyMs: Date.now() - started,
          stop: async () => {
            const peak = peakMemoryMiB(child.pid as number)
            child.kill('SIGTERM')
            await new Promise((done) => child.once('exit', done))
            return peak
          },
        })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('exit', (code) => reject(new Error(`server ${args.join(' ')} exited with ${code}: ${output.slice(-2000)}`)))
  })
