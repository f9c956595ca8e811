/** Starting the benchmark's servers as child processes and reading their peak memory. */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { LOA_NODE_CONDITIONS } from '../../scripts/nodeConditions.js'

export type RunningServer = {
  child: ChildProcess
  readyMs: number
  /** Peak RSS since the start or the last call, in MiB; the next step's peak starts from now. */
  takePeakMiB: () => number
  /** CPU seconds (user + system) the server has used since it started. */
  cpuSeconds: () => number
  /** The server's heap after a full garbage collection (what it holds, not its garbage). */
  heapAfterFullGc: () => Promise<HeapReading>
  stop: () => Promise<number>
}

export type HeapReading = { heapUsedMiB: number; heapTotalMiB: number; externalMiB: number; rssMiB: number }

/** Peak resident memory (VmHWM) of a process, in MiB. */
export const peakMemoryMiB = (pid: number): number => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = /VmHWM:\s+(\d+) kB/.exec(status)
  return match ? Number(match[1]) / 1024 : Number.NaN
}

/**
 * Resets a process's peak RSS to its current RSS (`clear_refs` value 5, Linux 4.0+), so a peak
 * can be read per step rather than only for the whole life of the process.
 */
const resetPeakMemory = (pid: number) => fs.writeFileSync(`/proc/${pid}/clear_refs`, '5')

/** utime + stime of a process, fields 14 and 15 of /proc/<pid>/stat, in seconds. */
const cpuSecondsOf = (pid: number): number => {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND
}
// USER_HZ, the unit of /proc's CPU times: 100 on Linux for every architecture Node ships for
// (`getconf CLK_TCK`); the kernel keeps it fixed for user space whatever its own tick rate.
const CLOCK_TICKS_PER_SECOND = 100

/**
 * The server (bench/apiServer.ts, started with --expose-gc) answers SIGUSR2 with one line on
 * stdout after a full collection: `HEAP {json}`.
 */
const readHeapAfterFullGc = (child: ChildProcess): Promise<HeapReading> =>
  new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => {
      child.stdout?.off('data', onData)
      reject(new Error('the server did not report its heap within 10 s'))
    }, 10_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const line = /HEAP (\{.*\})\n/.exec(output)
      if (!line) return
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      resolve(JSON.parse(line[1] as string) as HeapReading)
    }
    child.stdout?.on('data', onData)
    child.kill('SIGUSR2')
  })

export const startServer = (args: string[], env: Record<string, string> = {}): Promise<RunningServer> =>
  new Promise((resolve, reject) => {
    const started = Date.now()
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      env: { ...process.env, NODE_OPTIONS: `${LOA_NODE_CONDITIONS} --expose-gc`, LOA_SEED: 'false', ...env },
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
        let peakBeforeLastReset = 0
        resolve({
          child,
          readyMs: Date.now() - started,
          takePeakMiB: () => {
            const peak = peakMemoryMiB(child.pid as number)
            peakBeforeLastReset = Math.max(peakBeforeLastReset, peak)
            resetPeakMemory(child.pid as number)
            return peak
          },
          cpuSeconds: () => cpuSecondsOf(child.pid as number),
          heapAfterFullGc: () => readHeapAfterFullGc(child),
          // The peak of the server's whole life, across the steps read with takePeakMiB.
          stop: async () => {
            const peak = Math.max(peakBeforeLastReset, peakMemoryMiB(child.pid as number))
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
