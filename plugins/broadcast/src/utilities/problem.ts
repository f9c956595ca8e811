import { bilingual } from './messages.js'

/** A refusal as Payload writes its own: `{ errors: [{ message, field? }] }`, Vietnamese then English, never cached. */
export const problem = (status: number, field: null | string, vi: string, en: string): Response =>
  Response.json({ errors: [{ message: bilingual(vi, en), ...(field ? { field } : {}) }] }, { status, headers: { 'Cache-Control': 'no-store' } })
