/**
 * Which requests may be answered from the public cache: anonymous reads (no Authorization
 * header, no login cookie) of published content — collections' REST lists and documents,
 * feeds, calendars — never drafts, never anything that depends on who asks or on a secret in
 * the address (a registration's cancel link).
 */
export type PublicCacheRules = {
  /** REST collections whose anonymous reads are the same for every anonymous reader. */
  collections: readonly string[]
  /** Other public GET paths below the API route (feeds, calendars), matched against the path after it. */
  paths: readonly RegExp[]
  /** The API route, e.g. `/api`. */
  apiRoute: string
}

const LOGIN_COOKIE = /(?:^|;\s*)payload-token=/

/**
 * The collection a path reads through Payload's own REST routes — `<api>/<slug>` (a list) or
 * `<api>/<slug>/<id>` (a document) — or undefined for any other path (a plugin's endpoint below
 * a collection, a feed).
 */
export const collectionReadBy = (pathname: string, apiRoute: string): string | undefined => {
  const base = `${apiRoute.replace(/\/$/, '')}/`
  if (!pathname.startsWith(base)) return undefined
  const [slug, id, ...more] = pathname.slice(base.length).split('/')
  if (!slug || more.length || (id !== undefined && id !== '' && !/^[\w-]+$/.test(id))) return undefined
  return slug
}

const hasCredentials = (request: Request) => request.headers.has('authorization') || LOGIN_COOKIE.test(request.headers.get('cookie') ?? '')

/** The cache key of a cacheable request, or undefined when it must reach the server. */
export const publicCacheKeyOf = (request: Request, rules: PublicCacheRules): string | undefined => {
  if (request.method !== 'GET') return undefined
  if (hasCredentials(request)) return undefined
  const url = new URL(request.url)
  const draft = url.searchParams.get('draft')
  if (draft !== null && draft !== 'false') return undefined
  if (!url.pathname.startsWith(`${rules.apiRoute}/`)) return undefined
  const rest = url.pathname.slice(rules.apiRoute.length + 1)
  const readCollection = collectionReadBy(url.pathname, rules.apiRoute)
  const isCollectionRead = readCollection !== undefined && rules.collections.includes(readCollection)
  const isPublicPath = rules.paths.some((pattern) => pattern.test(rest))
  if (!isCollectionRead && !isPublicPath) return undefined
  url.searchParams.sort()
  return `${url.pathname}?${url.searchParams.toString()}`
}
