// Pagefind over the same pages of the same export, configured as a docs site would: only the
// article is indexed, without navigation, table of contents and copy buttons. Its search runs
// where it is meant to run, in the browser, and is ranked the way its default UI shows results.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import * as pagefind from 'pagefind'
import type { Browser } from 'playwright-core'
import { serveStatic } from './static-server'

export interface PagefindPageResult {
  url: string
  /** Sub-results (headings) in page order, with their number of matched words. */
  subs: { url: string; matches: number }[]
}

export interface PagefindRun {
  /** Per query: the results of the first ten pages. */
  results: PagefindPageResult[][]
  /** Per query: milliseconds for search() plus data() of the first five results. */
  timings: number[]
  /** Per query, in a fresh browser: bytes fetched from /pagefind/ (raw on disk and gzip), split into code and data. */
  bytes: FetchedBytes[]
  indexFiles: number
  indexBytes: number
}

export interface FetchedBytes {
  codeRaw: number
  codeGzip: number
  dataRaw: number
  dataGzip: number
}

const SCRATCH = path.join('.bench', 'pagefind-site')

/** Indexes the content pages of `outDir` into a scratch folder and runs the queries in Chromium. */
export async function runPagefind(outDir: string, routes: string[], queries: string[], browser: Browser): Promise<PagefindRun> {
  fs.rmSync(SCRATCH, { recursive: true, force: true })
  fs.mkdirSync(SCRATCH, { recursive: true })
  fs.writeFileSync(path.join(SCRATCH, 'index.html'), '<!doctype html><html lang="en"><title>Pagefind</title><body></body></html>')
  const { index, errors } = await pagefind.createIndex({
    rootSelector: 'article',
    excludeSelectors: ['nav', '[data-toc-mobile]', '.heading-anchor', '.copy-button', '.sr-only'],
  })
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
  for (const route of routes) {
    const content = fs.readFileSync(path.join(outDir, route, 'index.html'), 'utf8')
    const added = await index.addHTMLFile({ url: route, content })
    if (added.errors.length) throw new Error(`pagefind ${route}: ${added.errors.join('; ')}`)
  }
  const written = await index.writeFiles({ outputPath: path.join(SCRATCH, 'pagefind') })
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`)
  await pagefind.close()

  const indexFiles = listFiles(path.join(SCRATCH, 'pagefind')).filter((file) => /(^|\/)(index|fragment)\/|\.pf_meta$|^wasm\./.test(file))
  const server = await serveStatic({ '/': SCRATCH })
  try {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${server.origin}/`)
    const measured = await page.evaluate(async (queries) => {
      const pf = await import(`${location.origin}/pagefind/pagefind.js`)
      await pf.init()
      const results: PagefindPageResult[][] = []
      const timings: number[] = []
      for (const query of queries) {
        const start = performance.now()
        const search = await pf.search(query)
        await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()))
        timings.push(performance.now() - start)
        const pages = await Promise.all(search.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()))
        results.push(
          (pages as { url: string; sub_results: { url: string; locations: number[] }[] }[]).map((data) => ({
            url: data.url,
            subs: data.sub_results.map((sub) => ({ url: sub.url, matches: sub.locations.length })),
          })),
        )
      }
      return { results, timings }
    }, queries)
    await context.close()

    const bytes: FetchedBytes[] = []
    for (const query of queries) bytes.push(await bytesForQuery(browser, server.origin, query))
    return {
      ...measured,
      bytes,
      indexFiles: indexFiles.length,
      indexBytes: indexFiles.reduce((sum, file) => sum + fs.statSync(path.join(SCRATCH, 'pagefind', file)).size, 0),
    }
  } finally {
    await server.close()
  }
}

/** What a reader's browser downloads for one query, from nothing cached: the first five results, as Pagefind's UI loads them. */
async function bytesForQuery(browser: Browser, origin: string, query: string): Promise<FetchedBytes> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const fetched: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.startsWith('/pagefind/')) fetched.push(url.pathname)
  })
  await page.goto(`${origin}/`)
  await page.evaluate(async (q) => {
    const pf = await import(`${location.origin}/pagefind/pagefind.js`)
    await pf.init()
    const search = await pf.search(q)
    await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()))
  }, query)
  await context.close()
  const totals: FetchedBytes = { codeRaw: 0, codeGzip: 0, dataRaw: 0, dataGzip: 0 }
  for (const pathname of new Set(fetched)) {
    const content = fs.readFileSync(path.join(SCRATCH, pathname))
    const code = /\/(pagefind\.js|wasm\.[^/]+)$/.test(pathname)
    totals[code ? 'codeRaw' : 'dataRaw'] += content.length
    totals[code ? 'codeGzip' : 'dataGzip'] += Math.min(content.length, zlib.gzipSync(content, { level: 9 }).length)
  }
  return totals
}

/** Pagefind's default UI: the page, then up to three sub-results (those with most matches), in page order. */
export function pagefindUiRanking(pages: PagefindPageResult[]): string[] {
  return dedupe(
    pages.flatMap((page) => {
      const subs = page.subs[0]?.url === page.url ? page.subs.slice(1) : page.subs
      const top = new Set([...subs].sort((a, b) => b.matches - a.matches).slice(0, 3).map((sub) => sub.url))
      return [page.url, ...subs.filter((sub) => top.has(sub.url)).map((sub) => sub.url)]
    }),
  )
}

/** The kindest reading of Pagefind's results: each page's sections ordered by their matches. */
export function pagefindBestRanking(pages: PagefindPageResult[]): string[] {
  return dedupe(pages.flatMap((page) => (page.subs.length ? [...page.subs].sort((a, b) => b.matches - a.matches).map((sub) => sub.url) : [page.url])))
}

function dedupe(urls: string[]): string[] {
  return [...new Set(urls)]
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  )
}
