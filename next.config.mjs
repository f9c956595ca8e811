import { withPayload } from '@payloadcms/next/withPayload'

// A second server next to `npm run dev` (the smoke and browser tests) needs its own build
// folder, since Next locks the folder while a dev server runs, and its own tsconfig (extending
// the project's), since Next adds that folder's type globs to the tsconfig it is given.
// See tests/helpers/nextServer.ts.
const distDir = process.env.LOA_NEXT_DIST_DIR
const tsconfigPath = process.env.LOA_NEXT_TSCONFIG

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...(distDir ? { distDir } : {}),
  ...(tsconfigPath ? { typescript: { tsconfigPath } } : {}),
  // Our TypeScript imports carry ".js" suffixes (ESM). Turbopack cannot map them to .ts files
  // yet (vercel/next.js#82945), so the scripts run Next with --webpack and this alias.
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    // The workspace packages (plugins/*, packages/*) export their TypeScript under '@loa/source';
    // webpack does not read Node's --conditions, and would otherwise pick ./dist (absent in a clone).
    webpackConfig.resolve.conditionNames = ['@loa/source', ...(webpackConfig.resolve.conditionNames ?? ['...'])]
    return webpackConfig
  },
  // `next dev` serves its scripts only to pages opened at its own host name (localhost by
  // default): an admin opened at http://127.0.0.1:3000 would stay blank without this.
  allowedDevOrigins: ['127.0.0.1', 'localhost', ...(process.env.LOA_HOST ? [process.env.LOA_HOST] : [])],
  // Loa has no public site of its own yet: the root opens the admin.
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
