/**
 * A number that changes whenever public content may have changed, in this process. Every cached
 * public answer carries the number it was made under and is served only while it still holds.
 * Changes made by other instances arrive through listenForPublicChanges.ts.
 */
let version = 0
const listeners = new Set<(version: number) => void>()

export const currentContentVersion = (): number => version

export const bumpContentVersion = (): void => {
  version += 1
  for (const listener of listeners) listener(version)
}

/** Tests and diagnostics follow the bumps here. */
export const onContentVersionBump = (listener: (version: number) => void): (() => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
