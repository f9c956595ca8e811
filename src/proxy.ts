/**
 * The admin speaks Vietnamese first. Payload picks the admin language from its `payload-lng`
 * cookie, then the browser's Accept-Language (which on most machines says English), then the
 * fallback. A visitor with no choice on record gets Vietnamese; choosing English in the
 * account settings sets the cookie, and that choice is kept.
 */
import type { NextRequest } from 'next/server'

import { NextResponse } from 'next/server'

const LANGUAGE_COOKIE = 'payload-lng'

export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', cookie ? `${cookie}; ${LANGUAGE_COOKIE}=vi` : `${LANGUAGE_COOKIE}=vi`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'vi', { maxAge: 365 * 24 * 60 * 60, path: '/', sameSite: 'lax' })
  return response
}

export const config = { matcher: ['/admin/:path*', '/admin'] }
