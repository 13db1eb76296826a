// Where the e2e servers listen and which Chromium they drive; shared by playwright.config.ts,
// the e2e runner and the specs.
import fs from 'node:fs'

export const ROOT_PORT = Number(process.env.E2E_PORT ?? 4173)
export const BASE_PATH_PORT = ROOT_PORT + 1
export const NGINX_ROOT_PORT = ROOT_PORT + 2
export const NGINX_BASE_PATH_PORT = ROOT_PORT + 3
/** The sub-path the second export is built for and served under. */
export const E2E_BASE_PATH = '/field-guide'
/** The export built with BASE_PATH, inside the folder its server serves. */
export const BASE_PATH_SERVE_DIR = '.e2e/base-path'
export const BASE_PATH_OUT_DIR = `${BASE_PATH_SERVE_DIR}${E2E_BASE_PATH}`

/** Debian's Chromium where it exists (Playwright cannot download its own here); Playwright's elsewhere. */
export const CHROMIUM_PATH = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => fs.existsSync(file))

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Debian's nginx, for the tests of the configuration the self-hosting image ships. */
export const NGINX_PATH = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => fs.existsSync(file))
