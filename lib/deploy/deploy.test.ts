import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, inlineScriptHashes } from './csp'
import { renderNginxSite } from './nginx'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('inlineScriptHashes', () => {
  it('hashes inline scripts exactly as written and ignores external and data scripts', () => {
    const html = `<html><head><script>var a=1</script><script src="/x.js"></script><script type="application/json">{"a":1}</script></head>
      <body><script>self.__next_f.push([1,"x"])</script><script>var a=1</script></body></html>`
    expect(inlineScriptHashes(html)).toEqual([sha('var a=1'), sha('self.__next_f.push([1,"x"])')])
  })
})

describe('contentSecurityPolicy', () => {
  it('allows our own scripts and the listed hashes, never unsafe-inline scripts, and forbids framing', () => {
    const csp = contentSecurityPolicy(["'sha256-abc='"])
    expect(csp).toContain("script-src 'self' 'sha256-abc='")
    expect(csp.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
  })
})

describe('renderNginxSite', () => {
  const site = renderNginxSite({
    basePath: '/docs',
    root: '/usr/share/nginx/html',
    port: 8080,
    cspByUri: new Map([['/docs/index.html', "script-src 'self'"]]),
    defaultCsp: "default-src 'self'",
  })

  it('serves the export under the base path with its 404 page', () => {
    expect(site).toContain('error_page 404 /docs/404.html;')
    expect(site).toContain('location ^~ /docs/_next/static/ {')
    expect(site).toContain('try_files $uri $uri/ $uri.html =404;')
    expect(site).toContain('location = /docs {\n    return 301 /docs/;')
  })

  it('caches hashed assets for a year and revalidates everything else', () => {
    expect(site).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;')
    expect(site).toContain('add_header Cache-Control "no-cache" always;')
  })

  it('maps each page to its own CSP and sends the security headers', () => {
    expect(site).toContain('"/docs/index.html" "script-src \'self\'";')
    expect(site).toContain('add_header Content-Security-Policy "$page_csp" always;')
    expect(site).toContain('add_header X-Content-Type-Options "nosniff" always;')
    expect(site).toMatch(/autoindex off;[\s\S]*gzip_static on;/)
  })
})
