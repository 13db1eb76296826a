// npm run bench:pages: what a browser downloads on the first load of every page (HTML, CSS, JS;
// raw and gzip -9; requests), what each JavaScript chunk costs, what a tools page's builder code
// adds once the reader uses it, and Lighthouse (mobile) on the home page, the longest lesson and a
// builder page. Serves the export with the nginx configuration
// the Docker image ships when nginx is installed, else with `serve`.
//   --no-build     measure the existing out/ (it must have been built with SITE_URL set to the
//                  server below for the canonical-URL audit)
//   --runs <n>     Lighthouse runs per page (the median is reported), default 3; 0 skips Lighthouse
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, CHROMIUM_PATH, NGINX_PATH } from '../e2e/config'
import { GENERATED_CONTENT_DIR, readManifest } from '../lib/content/generated'

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, runs: { type: 'string', default: '3' } } })
const PORT = 4400
const ORIGIN = `http://localhost:${PORT}`

const BUDGET = { js: 155 * 1024, css: 20 * 1024, total: 185 * 1024 }

/** What a server on `origin` answers for `/`, or undefined while nothing listens there. */
async function answerFrom(origin: string): Promise<Response | undefined> {
  try {
    return await fetch(`${origin}/`)
  } catch {
    return undefined
  }
}

// A server left on the port would answer in place of ours (which could not listen), and every
// number would then be of whatever export that one serves.
if (await answerFrom(ORIGIN)) {
  console.error(`bench:pages: something already answers on ${ORIGIN}; stop it first`)
  process.exit(1)
}

if (!values['no-build']) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_URL: ORIGIN, BASE_PATH: '' } })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const server: ChildProcess = NGINX_PATH
  ? spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-nginx.ts', '--out', 'out', '--port', String(PORT)], { stdio: 'ignore' })
  : spawn('npx', ['serve', 'out', '--listen', String(PORT), '--no-clipboard'], { stdio: 'ignore' })
const serverName = NGINX_PATH ? 'nginx (the Docker image configuration)' : 'serve'

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) throw new Error(`the server on ${ORIGIN} exited with code ${server.exitCode}`)
    if ((await answerFrom(ORIGIN))?.ok) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`the server did not start on ${ORIGIN}`)
}

type Kind = 'html' | 'css' | 'js' | 'other'
interface Transfer {
  kind: Kind
  file: string
  raw: number
  gzip: number
}

const gzipCache = new Map<string, number>()
function sizes(file: string): { raw: number; gzip: number } {
  const content = fs.readFileSync(file)
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(content, { level: 9 }).length)
  return { raw: content.length, gzip: gzipCache.get(file)! }
}

function fileFor(url: URL): string | undefined {
  const candidates = url.pathname.endsWith('/') ? [`${url.pathname}index.html`] : [url.pathname, `${url.pathname}.html`, `${url.pathname}/index.html`]
  return candidates.map((c) => path.join('out', decodeURIComponent(c))).find((f) => fs.existsSync(f) && fs.statSync(f).isFile())
}

function kindOf(resourceType: string, file: string): Kind {
  if (resourceType === 'document') return 'html'
  if (resourceType === 'stylesheet' || file.endsWith('.css')) return 'css'
  if (resourceType === 'script' || file.endsWith('.js')) return 'js'
  return 'other'
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`

async function measurePages(routes: string[], toolRoutes: Set<string>) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const results: { route: string; requests: number; transfers: Transfer[]; onUse?: Transfer[] }[] = []
  for (const route of routes) {
    const context = await browser.newContext()
    const page = await context.newPage()
    const transfers: Transfer[] = []
    let requests = 0
    page.on('requestfinished', async (request) => {
      requests++
      const notFound = request.resourceType() === 'document' && (await request.response())?.status() === 404
      const file = notFound ? path.join('out', '404.html') : fileFor(new URL(request.url()))
      if (file) transfers.push({ kind: kindOf(request.resourceType(), file), file, ...sizes(file) })
    })
    await page.goto(`${ORIGIN}${route}`, { waitUntil: 'networkidle' })
    const firstLoad = [...transfers]
    const firstLoadRequests = requests
    // A tools page loads its builder's code when the reader first points at it: what that adds.
    let onUse: Transfer[] | undefined
    if (toolRoutes.has(route)) {
      const island = page.locator('[data-deferred]').first()
      await island.hover({ position: { x: 1, y: 1 } })
      await island.and(page.locator('[data-ready]')).waitFor()
      await page.waitForLoadState('networkidle')
      onUse = transfers.slice(firstLoad.length)
    }
    results.push({ route, requests: firstLoadRequests, transfers: firstLoad, onUse })
    await context.close()
  }
  await browser.close()
  return results
}

function sum(transfers: Transfer[], kind: Kind | 'all', field: 'raw' | 'gzip') {
  return transfers.filter((t) => kind === 'all' || t.kind === kind).reduce((total, t) => total + t[field], 0)
}

function printPageTable(results: Awaited<ReturnType<typeof measurePages>>) {
  console.log(`\nFirst load per page, served by ${serverName} (KB; raw / gzip -9)\n`)
  console.log('| page | requests | HTML | CSS | JS | total gzip | budgets (JS ≤ 155, CSS ≤ 20, total ≤ 185 KB gzip) |')
  console.log('|---|---:|---:|---:|---:|---:|---|')
  for (const { route, requests, transfers } of results) {
    const js = sum(transfers, 'js', 'gzip')
    const css = sum(transfers, 'css', 'gzip')
    const total = sum(transfers, 'all', 'gzip')
    const over = [js > BUDGET.js && 'JS', css > BUDGET.css && 'CSS', total > BUDGET.total && 'total'].filter(Boolean)
    console.log(
      `| ${route} | ${requests} | ${kb(sum(transfers, 'html', 'raw'))} / ${kb(sum(transfers, 'html', 'gzip'))} | ${kb(sum(transfers, 'css', 'raw'))} / ${kb(css)} | ${kb(sum(transfers, 'js', 'raw'))} / ${kb(js)} | ${kb(total)} | ${over.length ? `OVER: ${over.join(', ')}` : 'within'} |`,
    )
  }
  const largest = [...results].sort((a, b) => sum(b.transfers, 'all', 'gzip') - sum(a.transfers, 'all', 'gzip'))[0]!
  console.log(`\nLargest first load: ${largest.route}: HTML ${kb(sum(largest.transfers, 'html', 'gzip'))} KB, CSS ${kb(sum(largest.transfers, 'css', 'gzip'))} KB, JS ${kb(sum(largest.transfers, 'js', 'gzip'))} KB, total ${kb(sum(largest.transfers, 'all', 'gzip'))} KB (gzip -9)`)

  const used = results.filter((r) => r.onUse)
  if (used.length) {
    console.log(`\nTools pages once the reader first uses the builder: what its code adds, and the JS loaded in all (KB gzip -9)\n`)
    console.log('| page | builder code | JS in all |')
    console.log('|---|---:|---:|')
    for (const { route, transfers, onUse } of used) console.log(`| ${route} | ${kb(sum(onUse!, 'js', 'gzip'))} | ${kb(sum([...transfers, ...onUse!], 'js', 'gzip'))} |`)
  }

  const chunks = new Map<string, { gzip: number; raw: number; pages: number }>()
  for (const { transfers } of results) {
    for (const t of transfers.filter((x) => x.kind === 'js' || x.kind === 'css')) {
      const entry = chunks.get(t.file) ?? { gzip: t.gzip, raw: t.raw, pages: 0 }
      entry.pages++
      chunks.set(t.file, entry)
    }
  }
  console.log(`\nJavaScript and CSS files by how many of the ${results.length} pages load them (KB raw / gzip -9)\n`)
  console.log('| file | raw | gzip | pages |')
  console.log('|---|---:|---:|---:|')
  for (const [file, entry] of [...chunks].sort((a, b) => b[1].pages - a[1].pages || b[1].gzip - a[1].gzip)) {
    console.log(`| ${path.relative('out', file)} | ${kb(entry.raw)} | ${kb(entry.gzip)} | ${entry.pages} |`)
  }
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']

const categoryScore = (lhr: Lhr, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)

/**
 * When the page painted its largest element and when its last script finished loading, as the
 * browser saw them (unthrottled, from localhost), in ms from navigation start. Lighthouse's simulated
 * LCP counts a script that finished loading before that paint as needed for it unless a task of
 * 10 ms or more evaluated it after the paint; shorter tasks drop out of its graph. So a page that
 * paints after its scripts have arrived is scored as if its text waited for most of its JavaScript.
 */
function paintAndScripts(lhr: Lhr): { paint: number; scripts: number } | undefined {
  const observed = (lhr.audits.metrics?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0]
  const requests = lhr.audits['network-requests']?.details as
    | { items: { resourceType?: string; networkEndTime?: number }[]; debugData?: { networkStartTimeTs?: number } }
    | undefined
  if (!observed?.observedLargestContentfulPaint || !requests?.debugData?.networkStartTimeTs) return undefined
  const offset = (requests.debugData.networkStartTimeTs - observed.observedTimeOriginTs!) / 1000
  const ends = requests.items.filter((request) => request.resourceType === 'Script').map((request) => (request.networkEndTime ?? 0) + offset)
  return { paint: observed.observedLargestContentfulPaint, scripts: Math.max(...ends) }
}

async function lighthouseRuns(targets: { label: string; route: string }[], runs: number) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  })
  console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, median of ${runs} run(s); performance: median (every run)\n`)
  console.log('| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |')
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
  const races: string[] = []
  for (const target of targets) {
    const reports: Lhr[] = []
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(`${ORIGIN}${target.route}`, { port: chrome.port, output: 'json', logLevel: 'error' })
      if (result) reports.push(result.lhr)
    }
    const everyRun = reports.map((report) => categoryScore(report, 'performance')).join(', ')
    reports.sort((a, b) => categoryScore(a, 'performance') - categoryScore(b, 'performance'))
    const lhr = reports[Math.floor(reports.length / 2)]!
    const score = (id: string) => categoryScore(lhr, id)
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? '?'
    console.log(
      `| ${target.label} (${target.route}) | ${score('performance')} (${everyRun}) | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${metric('first-contentful-paint')} | ${metric('largest-contentful-paint')} | ${metric('total-blocking-time')} | ${metric('cumulative-layout-shift')} |`,
    )
    for (const id of ['accessibility', 'best-practices', 'seo']) {
      const failing = lhr.categories[id]?.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id)
      if (failing?.length) console.log(`|   ${id} audits not passing: ${failing.join(', ')} |||||||||`)
    }
    const timings = reports.map(paintAndScripts).filter((timing) => timing !== undefined)
    const ms = (values: number[]) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))} ms`
    if (timings.length) {
      races.push(
        `| ${target.label} | ${ms(timings.map((t) => t.paint))} | ${ms(timings.map((t) => t.scripts))} | ${timings.filter((t) => t.scripts < t.paint).length} of ${timings.length} |`,
      )
    }
  }
  chrome.kill()
  console.log('\nObserved on localhost (unthrottled): a run whose scripts had all loaded before the largest paint gets a simulated LCP that includes most of them.\n')
  console.log('| page | largest paint | last script loaded | runs with the scripts first |')
  console.log('|---|---:|---:|---:|')
  for (const row of races) console.log(row)
}

try {
  await waitForServer()
  const manifest = readManifest(GENERATED_CONTENT_DIR)
  const pages = manifest.modules.flatMap((m) => m.pages)
  const routes = ['/', '/search/', ...pages.map((p) => p.route), '/no-such-page/'].filter((route, i, all) => all.indexOf(route) === i)
  const existing = routes.filter((route) => route === '/no-such-page/' || fileFor(new URL(`${ORIGIN}${route}`)))
  const tools = new Set(manifest.modules.filter((m) => m.kind === 'tools').flatMap((m) => m.pages.map((p) => p.route)))
  printPageTable(await measurePages(existing, tools))

  const lessons = manifest.modules.filter((m) => m.kind === 'path').flatMap((m) => m.pages)
  const longest = [...lessons].sort((a, b) => b.wordCount - a.wordCount)[0]!
  const builder = manifest.modules.find((m) => m.kind === 'tools')?.pages[0]
  if (Number(values.runs) > 0) {
    await lighthouseRuns(
      [{ label: 'home', route: '/' }, { label: 'longest lesson', route: longest.route }, ...(builder ? [{ label: 'builder', route: builder.route }] : [])],
      Number(values.runs),
    )
  }
} finally {
  server.kill('SIGTERM')
}
