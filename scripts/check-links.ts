// Checks a static export the way a browser would use it: every internal link, asset and #anchor
// in every HTML file must resolve to a file in the export (under the base path, if any).
//   npm run check:links -- [outDir] [basePath]
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseDocument } from 'htmlparser2'
import type { ChildNode, Element } from 'domhandler'

export interface LinkProblem {
  /** HTML file that holds the link, relative to the export. */
  page: string
  url: string
  problem: string
}

const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  use: ['href'],
  iframe: ['src'],
}

interface HtmlFile {
  ids: Set<string>
  urls: string[]
}

export function checkExport(outDir: string, basePath = ''): LinkProblem[] {
  const files = listFiles(outDir)
  const html = new Map<string, HtmlFile>()
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    html.set(file, readHtml(path.join(outDir, file)))
  }
  const problems: LinkProblem[] = []
  for (const [file, { urls }] of html) {
    const pageUrl = new URL(`http://site${basePath}/${pageRouteOf(file)}`)
    for (const raw of urls) {
      const problem = checkUrl(raw, pageUrl, basePath, outDir, html)
      if (problem) problems.push({ page: file, url: raw, problem })
    }
  }
  return problems
}

function checkUrl(raw: string, pageUrl: URL, basePath: string, outDir: string, html: Map<string, HtmlFile>): string | undefined {
  if (/^(mailto:|tel:|data:|javascript:)/i.test(raw)) return undefined
  const url = new URL(raw, pageUrl)
  if (url.origin !== pageUrl.origin) return undefined // external, or absolute canonical/og URLs
  if (!url.pathname.startsWith(`${basePath}/`)) return `points outside the base path "${basePath || '/'}"`
  const sitePath = decodeURIComponent(url.pathname.slice(basePath.length + 1))
  const file = resolveFile(outDir, sitePath)
  if (!file) return `no file in the export for ${url.pathname}`
  const anchor = decodeURIComponent(url.hash.slice(1))
  if (anchor && file.endsWith('.html') && !html.get(file)?.ids.has(anchor)) return `${file} has no element with id "${anchor}"`
  return undefined
}

/** How a static server maps a path to a file: exact file, or the folder's index.html. */
function resolveFile(outDir: string, sitePath: string): string | undefined {
  const candidates = sitePath === '' || sitePath.endsWith('/') ? [`${sitePath}index.html`] : [sitePath, `${sitePath}/index.html`, `${sitePath}.html`]
  return candidates.find((candidate) => {
    const absolute = path.join(outDir, candidate)
    return fs.existsSync(absolute) && fs.statSync(absolute).isFile()
  })
}

function pageRouteOf(file: string): string {
  return file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file
}

function readHtml(file: string): HtmlFile {
  const ids = new Set<string>()
  const urls: string[] = []
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue
      const element = node as Element
      if (element.attribs.id) ids.add(element.attribs.id)
      if (element.name === 'a' && element.attribs.name) ids.add(element.attribs.name)
      for (const attribute of LINK_ATTRIBUTES[element.name] ?? []) {
        const value = element.attribs[attribute]
        if (value !== undefined && value !== '') urls.push(value)
      }
      visit(element.children)
    }
  }
  visit(parseDocument(fs.readFileSync(file, 'utf8')).children)
  return { ids, urls }
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), relative) : [relative]
  })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [outDir = 'out', basePath = process.env.BASE_PATH ?? ''] = process.argv.slice(2)
  const problems = checkExport(outDir, basePath)
  for (const p of problems) console.error(`${p.page}: ${p.url}: ${p.problem}`)
  console.log(`${problems.length} broken link${problems.length === 1 ? '' : 's'} in ${outDir}`)
  process.exit(problems.length > 0 ? 1 : 0)
}
