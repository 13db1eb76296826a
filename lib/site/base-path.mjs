// Validates BASE_PATH once, for next.config.mjs and for scripts, so a typo fails the build
// instead of producing an export whose links all point to the wrong place.

/**
 * @param {string | undefined} raw
 * @returns {string} '' for the root, otherwise '/prefix' without a trailing slash
 */
export function basePathFromEnv(raw) {
  if (raw === undefined || raw === '' || raw === '/') return ''
  const value = raw.endsWith('/') ? raw.slice(0, -1) : raw
  if (!value.startsWith('/')) {
    throw new Error(`BASE_PATH must start with "/" (got ${JSON.stringify(raw)}), for example BASE_PATH=/docker-guide`)
  }
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(value)) {
    throw new Error(
      `BASE_PATH may only contain path segments of letters, digits, ".", "_", "~" and "-" (got ${JSON.stringify(raw)})`,
    )
  }
  return value
}
