// Content-Security-Policy for the static export. Next.js inlines small scripts in every page (the
// theme script and the React Server Components payload), so script-src lists the SHA-256 hash of
// each inline script of that page instead of allowing 'unsafe-inline'.
import { createHash } from 'node:crypto'
import { parseDocument } from 'htmlparser2'
import type { ChildNode, Element } from 'domhandler'

export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = []
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'script') {
        const element = node as Element
        const type = element.attribs.type
        const executable = type === undefined || type === '' || /^(text|application)\/javascript$|^module$/i.test(type)
        if (!element.attribs.src && executable) {
          const text = element.children.map((child) => ('data' in child ? child.data : '')).join('')
          hashes.push(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`)
        }
      }
      if ('children' in node) visit((node as Element).children)
    }
  }
  visit(parseDocument(html).children)
  return [...new Set(hashes)]
}

/** The policy for one page. Styles allow inline attributes: Shiki colours code with style="--shiki-…". */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}
