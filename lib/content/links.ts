// Checks every internal link in content against the pages and anchors that exist, so a renamed
// page or heading fails the build instead of shipping a dead link.
import type { ContentProblem } from './problems'
import type { PageLink } from './mdx-plugins'

export interface LinkTarget {
  route: string
  ids: ReadonlySet<string>
}

export interface PageLinks {
  file: string
  route: string
  links: PageLink[]
}

const EXTERNAL = /^(https?:|mailto:)/i

/**
 * @param targets every page route with its element ids
 * @param extraRoutes routes that exist outside content/ (home, search), without anchors to check
 */
export function checkInternalLinks(pages: PageLinks[], targets: LinkTarget[], extraRoutes: readonly string[]): ContentProblem[] {
  const byRoute = new Map(targets.map((target) => [target.route, target]))
  const routes = [...byRoute.keys(), ...extraRoutes]
  const problems: ContentProblem[] = []

  for (const page of pages) {
    for (const link of page.links) {
      const problem = checkLink(link.href, page.route, byRoute, new Set(extraRoutes), routes)
      if (problem) problems.push({ file: page.file, line: link.line, message: problem })
    }
  }
  return problems
}

function checkLink(
  href: string,
  fromRoute: string,
  byRoute: Map<string, LinkTarget>,
  extraRoutes: Set<string>,
  routes: string[],
): string | undefined {
  if (EXTERNAL.test(href)) return undefined
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return `link "${href}" uses an unsupported scheme; use https:// or a site path`
  if (href.startsWith('//')) return `link "${href}" is protocol-relative; write https:// explicitly`

  const hashAt = href.indexOf('#')
  const pathPart = hashAt === -1 ? href : href.slice(0, hashAt)
  const anchor = hashAt === -1 ? undefined : decodeURIComponent(href.slice(hashAt + 1))

  if (pathPart !== '' && !pathPart.startsWith('/')) {
    return `link "${href}" is relative; write a path from the site root, like /foundations/images/`
  }
  if (pathPart.includes('?')) return `link "${href}" has a query string; content links point at pages and sections`
  const route = pathPart === '' ? fromRoute : pathPart.endsWith('/') ? pathPart : `${pathPart}/`

  if (extraRoutes.has(route)) {
    return anchor === undefined ? undefined : `link "${href}" points at an anchor on ${route}, which is not a content page`
  }
  const target = byRoute.get(route)
  if (!target) {
    const suggestion = closest(route, routes)
    return `link "${href}" does not match any page${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`
  }
  if (anchor !== undefined && anchor !== '' && !target.ids.has(anchor)) {
    const suggestion = closest(anchor, [...target.ids])
    return `link "${href}": ${route} has no section "#${anchor}"${suggestion ? ` (did you mean "#${suggestion}"?)` : ''}`
  }
  return undefined
}

function closest(value: string, candidates: string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined
  for (const candidate of candidates) {
    const distance = editDistance(value, candidate)
    if (!best || distance < best.distance) best = { candidate, distance }
  }
  return best && best.distance <= Math.max(2, Math.floor(value.length / 4)) ? best.candidate : undefined
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}
