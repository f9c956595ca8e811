/** Set on `context` by the demo seed, so plugins can tell demo writes from a user's. */
export const DEMO_SEED_CONTEXT = 'loaDemoSeed'
