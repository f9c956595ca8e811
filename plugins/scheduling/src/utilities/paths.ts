/** The value at a dotted path (`period.start`, `workflow.stage`) of a document. */
export const readPath = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)

/** A date value as epoch milliseconds, or undefined when empty or unreadable. */
export const timeOf = (value: unknown): number | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  const ms = new Date(value as string).getTime()
  return Number.isNaN(ms) ? undefined : ms
}
