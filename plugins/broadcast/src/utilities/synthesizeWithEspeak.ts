import { spawn } from 'node:child_process'

import type { Synthesize } from '../types.js'

import { findExecutable } from './findExecutable.js'
import { MESSAGES } from './messages.js'

/** The Debian programs the default synthesizer needs. */
export const SYNTHESIS_PROGRAMS = ['espeak-ng', 'lame'] as const

export const missingSynthesisPrograms = (): string[] => SYNTHESIS_PROGRAMS.filter((program) => !findExecutable(program))

/**
 * Runs a program with `input` on stdin and returns its stdout; a non-zero exit is an error
 * carrying the program's stderr, so the bulletin shows why synthesis failed.
 */
const pipeThrough = (program: string, args: string[], input: Uint8Array | string): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out))
      else reject(new Error(`${program} exited with ${code}: ${Buffer.concat(err).toString('utf8').trim().slice(0, 500)}`))
    })
    // A program that exits early closes its stdin; the close handler reports why.
    child.stdin.on('error', () => undefined)
    child.stdin.end(input)
  })

/**
 * The default voice: espeak-ng reads the text (a WAV on stdout), lame encodes it as a mono
 * 64 kbit/s constant-bit-rate MP3, the format commune IP radio receivers play.
 */
export const synthesizeWithEspeak: Synthesize = async ({ text, voice }) => {
  const missing = missingSynthesisPrograms()
  if (missing.length) throw new Error(MESSAGES.synthesizerMissing(missing.join(', ')))
  const wav = await pipeThrough('espeak-ng', ['-v', voice, '--stdin', '--stdout'], text)
  const mp3 = await pipeThrough('lame', ['--quiet', '-m', 'm', '--cbr', '-b', '64', '-', '-'], wav)
  return new Uint8Array(mp3.buffer, mp3.byteOffset, mp3.byteLength)
}
