import { withPayload } from '@payloadcms/next/withPayload'

// A second server next to `npm run dev` (the smoke test) needs its own build folder: Next
// locks the folder while a dev server runs. Next also rewrites the tsconfig it is given, so
// that server gets a tsconfig of its own in its folder, extending the project's.
const distDir = process.env.LOA_NEXT_DIST_DIR

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...(distDir ? { distDir, typescript: { tsconfigPath: `${distDir}/tsconfig.json` } } : {}),
  // Our TypeScript imports carry ".js" suffixes (ESM). Turbopack cannot map them to .ts files
  // yet (vercel/next.js#82945), so the scripts run Next with --webpack and this alias.
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  // Loa has no public site of its own yet: the root opens the admin.
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
