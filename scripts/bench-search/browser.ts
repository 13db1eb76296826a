// Our search in Chromium: query latency of the site's search code, and on the built site the
// time from opening search to the first results, with the bytes that opening it downloads.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { build } from 'esbuild'
import type { Browser } from 'playwright-core'
import type { BrowserTimings } from './browser-entry'
import { serveStatic } from './static-server'

const BENCH_PAGE_DIR = path.join('.bench', 'browser')

/** Times the search code in the browser against the index file at `indexFile`. */
export async function timeEngineInBrowser(browser: Browser, indexFile: string, queries: string[], rounds: number): Promise<BrowserTimings> {
  fs.mkdirSync(BENCH_PAGE_DIR, { recursive: true })
  await build({
    entryPoints: [path.join('scripts', 'bench-search', 'browser-entry.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: path.join(BENCH_PAGE_DIR, 'bench.js'),
    logLevel: 'error',
  })
  fs.writeFileSync(path.join(BENCH_PAGE_DIR, 'index.html'), '<!doctype html><html lang="en"><title>bench</title><script type="module" src="bench.js"></script></html>')
  const server = await serveStatic({ '/': BENCH_PAGE_DIR, '/data': path.dirname(indexFile) }, { isolated: true })
  try {
    const page = await browser.newPage()
    await page.goto(`${server.origin}/`)
    await page.waitForFunction(() => 'benchSearch' in globalThis)
    const timings = await page.evaluate(
      ([url, qs, n]) => (globalThis as unknown as { benchSearch: (u: string, q: string[], r: number) => Promise<BrowserTimings> }).benchSearch(url, qs, n),
      [`/data/${path.basename(indexFile)}`, queries, rounds] as [string, string[], number],
    )
    await page.close()
    return timings
  } finally {
    await server.close()
  }
}

export interface OpenTimings {
  /** Keypress (Ctrl+K) to the first result on screen, first open of a fresh page: code and index download included. */
  coldMs: number[]
  /** The same on a second open of the same page. */
  warmMs: number[]
  /** Files fetched when search is first opened (lazy code and index), raw and gzip. */
  lazyCode: { raw: number; gzip: number; files: number }
  index: { raw: number; gzip: number }
}

/** Opens search on a content page of the built site the way a reader does, several times. */
export async function timeOpenToResults(browser: Browser, outDir: string, route: string, queries: string[]): Promise<OpenTimings> {
  const server = await serveStatic({ '/': outDir })
  const timings: OpenTimings = { coldMs: [], warmMs: [], lazyCode: { raw: 0, gzip: 0, files: 0 }, index: { raw: 0, gzip: 0 } }
  try {
    for (const [i, query] of queries.entries()) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${server.origin}${route}`)
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' })
      const lazy: string[] = []
      page.on('request', (request) => lazy.push(new URL(request.url()).pathname))
      timings.coldMs.push(await openAndSearch(page, query))
      if (i === 0) {
        for (const pathname of new Set(lazy)) {
          const content = fs.readFileSync(path.join(outDir, pathname))
          const gzip = zlib.gzipSync(content, { level: 9 }).length
          if (pathname.endsWith('.js')) {
            timings.lazyCode.raw += content.length
            timings.lazyCode.gzip += gzip
            timings.lazyCode.files++
          } else if (pathname.endsWith('.json')) {
            timings.index = { raw: content.length, gzip }
          }
        }
      }
      await page.keyboard.press('Escape')
      timings.warmMs.push(await openAndSearch(page, queries[(i + 1) % queries.length]!))
      await context.close()
    }
    return timings
  } finally {
    await server.close()
  }
}

/**
 * Ctrl+K, then the query typed the moment the dialog's input has focus (by the page itself, so no
 * round trip to the test driver is timed), and the time until the dialog shows results for it.
 */
async function openAndSearch(page: import('playwright-core').Page, query: string): Promise<number> {
  // Plain JavaScript in a string: the TypeScript runner would wrap named functions in a helper
  // the page does not have.
  await page.evaluate(`(() => {
    const expected = ${JSON.stringify(query)}
    window.openedAt = undefined
    window.shownAt = undefined
    document.addEventListener('keydown', () => { window.openedAt ??= performance.now() }, { capture: true, once: true })
    let typed = false
    const type = () => {
      const input = document.querySelector('dialog[open] [data-search-input]')
      if (typed || !input || document.activeElement !== input) return
      typed = true
      // What typing does to a React-controlled input: set the value natively, then fire input.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, expected)
      input.dispatchEvent(new Event('input', { bubbles: true }))
    }
    document.addEventListener('focusin', type)
    const observer = new MutationObserver(() => {
      type()
      const list = document.querySelector('dialog[open] [data-search-results]')
      if (list && list.getAttribute('data-search-results') === expected && list.querySelector('a[data-search-result]')) {
        window.shownAt = performance.now()
        observer.disconnect()
        document.removeEventListener('focusin', type)
      }
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true })
  })()`)
  await page.keyboard.press('Control+k')
  await page.waitForFunction(() => (window as unknown as { shownAt?: number }).shownAt !== undefined)
  return page.evaluate(() => {
    const w = window as unknown as { openedAt: number; shownAt: number }
    return w.shownAt - w.openedAt
  })
}
