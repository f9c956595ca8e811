export type Id = number | string

export const idOf = (value: unknown): Id | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return undefined
}

export const sameId = (a: unknown, b: unknown): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}

/** Ledger key of an item across collections: "reports:42". */
export const itemKeyOf = (collection: string, id: Id): string => `${collection}:${id}`
