// npm run bench:search: measures the site search and prints the tables.
//   1. quality: recall@1, recall@3 and MRR on the benchmark queries (scripts/bench-search/queries.ts)
//   2. the same queries against Pagefind over the same export
//   3. bytes: our index and lazy code against what Pagefind fetches for a query
//   4. latency in Chromium: query time, and from opening search to the first results
//   5. scale: a generated corpus of 1,000 pages
// It uses the export in out/ (building it first if there is none) and Chromium from e2e/config.ts.
//   --rounds N   rounds of the query set per latency measurement (default 5)
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import zlib from 'node:zlib'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/config'
import { buildSearchIndex } from '../lib/search/build-index'
import { SearchEngine } from '../lib/search/engine'
import type { SearchIndexFile } from '../lib/search/index-file'
import { SEARCH_INDEX_PATH } from '../lib/search/index-path'
import { tokenize } from '../lib/search/tokenize'
import { timeEngineInBrowser, timeOpenToResults } from './bench-search/browser'
import { generateCorpus } from './bench-search/corpus'
import { pagefindBestRanking, pagefindUiRanking, runPagefind } from './bench-search/pagefind'
import { measureQuality, resolveQueries, summarise, type Quality } from './bench-search/quality'
import { BENCH_QUERIES } from './bench-search/queries'
import { kb, ms, percentile, ratio, table } from './bench-search/table'

const OUT = 'out'
const SCALE_PAGES = 1000
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 5

const gzipSize = (data: string | Buffer) => zlib.gzipSync(data, { level: 9 }).length
const hrefsOf = (engine: SearchEngine, query: string) => engine.search(query).groups.flatMap((group) => group.hits.map((hit) => hit.href))

async function main() {
  const indexFile = path.join(OUT, SEARCH_INDEX_PATH)
  if (!fs.existsSync(indexFile)) {
    console.log(`${indexFile} is missing: building the site first (npm run build)\n`)
    const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
    if (result.status !== 0) process.exit(result.status ?? 1)
  }
  const raw = fs.readFileSync(indexFile, 'utf8')
  const file = JSON.parse(raw) as SearchIndexFile
  const engine = SearchEngine.fromFile(file)
  const { resolved, skipped, unresolved } = resolveQueries(BENCH_QUERIES, file)
  const queries = resolved.map((query) => query.query)

  console.log(`Content: ${file.pages.length} pages, ${file.entries.length} sections (out/, ${new Date().toISOString().slice(0, 16)})`)
  console.log(`Machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')} (timings are wall-clock and include other processes' load)`)
  console.log(`Queries: ${BENCH_QUERIES.length} written, ${resolved.length} measured, ${skipped.length} waiting for their page`)
  for (const query of unresolved) console.log(`  ! "${query.query}": its page exists but no section heading matches the answer; update queries.ts`)
  if (resolved.length === 0) throw new Error('no benchmark query has its page in the export')

  // 1 and 2: quality, ours and Pagefind's.
  const ours = measureQuality(resolved, (query) => hrefsOf(engine, query))
  if (!CHROMIUM_PATH) console.log('Chromium not found at /usr/bin/chromium: using Playwright’s own browser')
  // --expose-gc: the latency runs collect garbage between rounds, outside the timings.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] })
  try {
    const routes = file.pages.map((page) => page.route)
    const pf = await runPagefind(OUT, routes, queries, browser)
    const pfUi = measureQuality(resolved, (query) => pagefindUiRanking(pf.results[queries.indexOf(query)]!))
    const pfBest = measureQuality(resolved, (query) => pagefindBestRanking(pf.results[queries.indexOf(query)]!))

    printQuality(ours, pfUi, pfBest)

    // 3 and 4: bytes and latency on the built site.
    const lessonRoute = routes.find((route) => !route.endsWith('/check-yourself/')) ?? routes[0]!
    const opening = await timeOpenToResults(browser, OUT, lessonRoute, queries.slice(0, Math.min(5, queries.length)))
    const firstLoad = firstLoadScripts(lessonRoute)
    // The dialog and the engine are recognisable by their strings; neither may be in a page's first load.
    const lazyInFirstLoad = firstLoad.filter((script) => /data-search-dialog|search index version/.test(fs.readFileSync(path.join(OUT, script), 'utf8')))
    const site = await timeEngineInBrowser(browser, indexFile, queries, rounds)

    console.log('\n3. Bytes for a first search (from nothing cached; gzip as a server would send it)')
    const median = (values: number[]) => percentile(values, 50)
    console.log(
      table(
        ['', 'ours', 'Pagefind (median query)', 'Pagefind (largest query)'],
        [
          ['index / data, raw', kb(opening.index.raw), kb(median(pf.bytes.map((b) => b.dataRaw))), kb(Math.max(...pf.bytes.map((b) => b.dataRaw)))],
          ['index / data, gzip', kb(opening.index.gzip), kb(median(pf.bytes.map((b) => b.dataGzip))), kb(Math.max(...pf.bytes.map((b) => b.dataGzip)))],
          ['code loaded for search, gzip', kb(opening.lazyCode.gzip), kb(median(pf.bytes.map((b) => b.codeGzip))), kb(Math.max(...pf.bytes.map((b) => b.codeGzip)))],
          ['total, gzip', kb(opening.index.gzip + opening.lazyCode.gzip), kb(median(pf.bytes.map((b) => b.dataGzip + b.codeGzip))), kb(Math.max(...pf.bytes.map((b) => b.dataGzip + b.codeGzip)))],
        ],
      ),
    )
    console.log(`Our index is fetched once per page view and answers every later query; Pagefind fetches more chunks and fragments per new query. Pagefind's whole index: ${pf.indexFiles} files, ${kb(pf.indexBytes)}.`)
    console.log(
      `Search code on a content page (${lessonRoute}): ${firstLoad.length} first-load scripts, ${lazyInFirstLoad.length} with the search dialog or engine; opening search loads ${opening.lazyCode.files} more (${kb(opening.lazyCode.raw)} raw, ${kb(opening.lazyCode.gzip)} gzip).`,
    )

    console.log(`\n4. Latency in Chromium (${rounds} rounds of ${queries.length} queries, a fresh engine each round; a keystroke is one prefix of a query as it is typed)`)
    console.log('The first round also pays for compiling the search code, once per page view: it is shown on its own, and p50, p95 and max are over the later rounds.')
    console.log(
      table(
        ['', 'p50', 'p95', 'max', 'p95 first round', 'p95 best of rounds'],
        [
          latencyRow('ours: query (rank + excerpts)', site.queryMs),
          latencyRow('ours: keystroke', site.keystrokeMs),
          latencyRow('Pagefind: search + first 5 results', [pf.timings]),
          latencyRow('ours: Ctrl+K to first results, first open', [opening.coldMs]),
          latencyRow('ours: Ctrl+K to first results, next opens', [opening.warmMs]),
        ],
      ),
    )
    console.log(`Loading the index in the browser: fetch ${ms(site.fetchMs)}, import into FlexSearch ${ms(site.loadMs)}.`)

    // 5: scale.
    await scale(browser, file, queries)
  } finally {
    await browser.close()
  }
}

function printQuality(ours: Quality, pfUi: Quality, pfBest: Quality) {
  console.log('\n1-2. Quality: the section that answers the query (route#section)')
  const row = (name: string, q: Quality) => [name, ratio(q.recallAt1), ratio(q.recallAt3), ratio(q.mrr)]
  console.log(table(['', 'recall@1', 'recall@3', 'MRR'], [row('ours (FlexSearch)', ours), row('Pagefind, as its UI lists results', pfUi), row('Pagefind, sections by matches', pfBest)]))
  const kinds = [...new Set(ours.outcomes.map((o) => o.query.kind))]
  console.log(
    '\n' +
      table(
        ['by kind of query', 'queries', 'ours recall@3', 'Pagefind UI recall@3', 'Pagefind best recall@3'],
        kinds.map((kind) => {
          const pick = (q: Quality) => summarise(q.outcomes.filter((o) => o.query.kind === kind))
          return [kind, ours.outcomes.filter((o) => o.query.kind === kind).length, ratio(pick(ours).recallAt3), ratio(pick(pfUi).recallAt3), ratio(pick(pfBest).recallAt3)]
        }),
      ),
  )
  console.log(
    '\n' +
      table(
        ['query', 'kind', 'ours', 'Pagefind UI', 'Pagefind best', 'our first result'],
        ours.outcomes.map((o, i) => [o.query.query, o.query.kind, rank(o.rank), rank(pfUi.outcomes[i]!.rank), rank(pfBest.outcomes[i]!.rank), o.rank === 1 ? '' : (o.top ?? '(none)')]),
      ),
  )
}

/** Each measurement's fastest run across rounds: what it costs when nothing else competes for the CPU. */
function bestOfRounds(rounds: number[][]): number[] {
  return rounds[0]!.map((_, i) => Math.min(...rounds.map((round) => round[i]!)))
}

/** The later rounds, when there are several: the first also compiles the code it runs. */
const warmRounds = (rounds: number[][]) => (rounds.length > 1 ? rounds.slice(1) : rounds)

function latencyRow(name: string, rounds: number[][]): string[] {
  const warm = warmRounds(rounds).flat()
  const several = rounds.length > 1
  return [name, ms(percentile(warm, 50)), ms(percentile(warm, 95)), ms(Math.max(...warm)), several ? ms(percentile(rounds[0]!, 95)) : '', several ? ms(percentile(bestOfRounds(rounds), 95)) : '']
}

const rank = (value: number) => (value === 0 ? '-' : String(value))

/** The scripts a content page loads before anyone touches search. */
function firstLoadScripts(route: string): string[] {
  const html = fs.readFileSync(path.join(OUT, route, 'index.html'), 'utf8')
  return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!)
}

async function scale(browser: import('playwright-core').Browser, site: SearchIndexFile, queries: string[]) {
  const realWords = [...new Set(site.entries.flatMap((entry) => entry.text.split(/\s+/)).map((word) => word.replace(/[^\p{L}\p{N}-]/gu, '')).filter((word) => word.length > 1))]
  const flags = [...new Set(site.entries.flatMap((entry) => [...entry.code.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((m) => m[0])))]
  const sources = generateCorpus({ pages: SCALE_PAGES, realWords, flags: flags.length ? flags : ['--rm'] })
  const buildMs: number[] = []
  let file: SearchIndexFile | undefined
  for (let i = 0; i < 3; i++) {
    const start = performance.now()
    file = buildSearchIndex(sources)
    buildMs.push(performance.now() - start)
  }
  const json = JSON.stringify(file)
  const dir = path.join('.bench', 'scale')
  fs.mkdirSync(dir, { recursive: true })
  const scaleFile = path.join(dir, 'search-index.json')
  fs.writeFileSync(scaleFile, json)
  const terms = new Set(file!.entries.flatMap((entry) => tokenize(`${entry.text} ${entry.code}`).map((token) => token.term))).size
  const timings = await timeEngineInBrowser(browser, scaleFile, queries, rounds)

  console.log(`\n5. Scale: ${SCALE_PAGES} generated pages, ${file!.entries.length} sections, ${Math.round(Buffer.byteLength(json) / file!.entries.length)} bytes per section, ${terms} distinct terms`)
  console.log(
    table(
      ['', 'value'],
      [
        ['index build (Node, median of 3)', ms(percentile(buildMs, 50))],
        ['index size, raw', kb(Buffer.byteLength(json))],
        ['index size, gzip', kb(gzipSize(json))],
        ['fetch + parse in Chromium', ms(timings.fetchMs)],
        ['import into FlexSearch in Chromium', ms(timings.loadMs)],
        ['query p50 / p95 (Chromium, later rounds)', `${ms(percentile(warmRounds(timings.queryMs).flat(), 50))} / ${ms(percentile(warmRounds(timings.queryMs).flat(), 95))}`],
        ['query p95, first round (code compiling)', ms(percentile(timings.queryMs[0]!, 95))],
        ['query p95, best of rounds', ms(percentile(bestOfRounds(timings.queryMs), 95))],
        ['keystroke p50 / p95 (Chromium, later rounds)', `${ms(percentile(warmRounds(timings.keystrokeMs).flat(), 50))} / ${ms(percentile(warmRounds(timings.keystrokeMs).flat(), 95))}`],
        ['keystroke p95, first round (code compiling)', ms(percentile(timings.keystrokeMs[0]!, 95))],
        ['keystroke p95, best of rounds', ms(percentile(bestOfRounds(timings.keystrokeMs), 95))],
      ],
    ),
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
