/** SQLite's "no such table", Postgres's "relation … does not exist" (42P01), anywhere in the error's causes: a database not migrated yet. */
export const isMissingTable = (err: unknown): boolean => {
  for (let cause = err as { cause?: unknown; code?: unknown; message?: unknown } | undefined, depth = 0; cause && depth < 5; depth++) {
    if (cause.code === '42P01' || /no such table|relation .* does not exist/i.test(String(cause.message ?? ''))) return true
    cause = cause.cause as typeof cause
  }
  return false
}
