// Site-wide settings. SITE_URL is where the export will be hosted (for canonical URLs, Open Graph
// and the sitemap); BASE_PATH is the sub-path it is served under.

export const SITE_NAME = 'Docker Field Guide'

export const SITE_DESCRIPTION =
  'Learn Docker from the ground up: containers, images, Dockerfiles, storage, networking, registries and security, with diagrams and command builders.'

/** Origin the site is served from, without a trailing slash. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '')

/** '' or '/prefix'; set from BASE_PATH by next.config.mjs. */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? ''

/** A path on this site as the browser must request it (for fetch() and plain <a> to static files). */
export function withBasePath(path: string): string {
  return `${BASE_PATH}${path}`
}

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${withBasePath(path)}`
}
