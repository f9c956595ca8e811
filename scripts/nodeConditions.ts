/**
 * The Node resolution conditions every Loa process runs with; a child process started with its
 * own NODE_OPTIONS replaces the parent's, so it must carry these too.
 * - `development`: lexical's "node" entry does a top-level dynamic import that Node 20's loader
 *   may never settle; its "development" entry loads directly.
 * - `@loa/source`: the workspace packages (plugins/*, packages/*) export their TypeScript under
 *   this condition and their built `dist/` otherwise; Loa runs them from source.
 * The npm scripts in package.json spell out the same list.
 */
export const LOA_NODE_CONDITIONS = '--conditions=development --conditions=@loa/source'
