export type Id = number | string

/** Ledger key of an item across collections: "reports:42". */
export const itemKeyOf = (collection: string, id: Id): string => `${collection}:${id}`
