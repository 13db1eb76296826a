// Static export that works from any static file server, optionally under a sub-path.
import { basePathFromEnv } from './lib/site/base-path.mjs'

const basePath = basePathFromEnv(process.env.BASE_PATH)

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // `/page/` is written as `page/index.html`, which every static server can serve without rewrites.
  trailingSlash: true,
  basePath,
  env: {
    // Client code that fetches our own static files (search index) must add the base path itself.
    NEXT_PUBLIC_BASE_PATH: basePath,
  },
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // The exported HTML must not depend on the build machine.
  generateBuildId: () => 'field-guide',
}

export default nextConfig
