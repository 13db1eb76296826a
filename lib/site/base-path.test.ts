import { describe, expect, it } from 'vitest'
import { basePathFromEnv } from './base-path.mjs'

describe('basePathFromEnv', () => {
  it('treats unset, empty and "/" as the site root', () => {
    expect(basePathFromEnv(undefined)).toBe('')
    expect(basePathFromEnv('')).toBe('')
    expect(basePathFromEnv('/')).toBe('')
  })
  it('accepts a prefix with or without a trailing slash', () => {
    expect(basePathFromEnv('/docs')).toBe('/docs')
    expect(basePathFromEnv('/guides/docker/')).toBe('/guides/docker')
  })
  it('rejects prefixes that would produce broken links', () => {
    expect(() => basePathFromEnv('docs')).toThrow(/must start with "\/"/)
    expect(() => basePathFromEnv('/my docs')).toThrow(/may only contain/)
    expect(() => basePathFromEnv('//evil.example')).toThrow(/may only contain/)
  })
})
