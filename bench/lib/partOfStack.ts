/**
 * Which part of the stack a profiled function belongs to, by the file its code came from: the
 * parts a reader of the bench can act on (Loa's own code, Payload's field walk, the SQL layer,
 * the driver), not one row per package.
 */
export const STACK_PARTS = [
  "Loa's own code (src, plugins, collections)",
  'Payload (operations, access, field hooks)',
  'Payload’s SQL adapter (@payloadcms/drizzle: query building, row → document)',
  'Drizzle ORM',
  'SQLite driver (libsql, @libsql/*)',
  'Node.js internals (web Request/Response, async hooks, streams)',
  'garbage collector',
  'V8 and native code (JSON, regexps, compiled SQL steps)',
  'idle',
  'other packages',
  // Not a sample: the process's CPU (every thread) less the main thread's non-idle samples.
  'other threads (V8’s background GC and compiler, the profiler’s sampler)',
] as const
export type StackPart = (typeof STACK_PARTS)[number]

export const partOfStack = (functionName: string, url: string): StackPart => {
  if (functionName === '(garbage collector)') return 'garbage collector'
  if (functionName === '(idle)') return 'idle'
  if (!url) return 'V8 and native code (JSON, regexps, compiled SQL steps)'
  if (url.startsWith('node:')) return 'Node.js internals (web Request/Response, async hooks, streams)'
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1]
  if (inPackage === 'payload') return 'Payload (operations, access, field hooks)'
  if (inPackage === '@payloadcms/drizzle' || inPackage === '@payloadcms/db-sqlite' || inPackage === '@payloadcms/db-postgres')
    return 'Payload’s SQL adapter (@payloadcms/drizzle: query building, row → document)'
  if (inPackage === 'drizzle-orm') return 'Drizzle ORM'
  if (inPackage === 'libsql' || inPackage?.startsWith('@libsql/')) return 'SQLite driver (libsql, @libsql/*)'
  if (inPackage) return 'other packages'
  return "Loa's own code (src, plugins, collections)"
}
