// After `next build`: every page also as Markdown next to its HTML (/foundations/layers.md for
// /foundations/layers/), plus llms.txt (an index of the site for language models) and
// llms-full.txt (all pages in one file), as docs.docker.com and other docs sites publish.
import fs from 'node:fs'
import path from 'node:path'
import { GENERATED_CONTENT_DIR, readManifest } from '../lib/content/generated'
import { mdxToMarkdown } from '../lib/content/markdown'
import { navigationGroups } from '../lib/content/navigation'
import { basePathFromEnv } from '../lib/site/base-path.mjs'
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from '../lib/site/config'
import { markdownPathOf } from '../lib/site/markdown-path'

const outDir = 'out'
const basePath = basePathFromEnv(process.env.BASE_PATH)
const absolute = (sitePath: string) => `${SITE_URL}${basePath}${sitePath}`

const manifest = readManifest(GENERATED_CONTENT_DIR)
const full: string[] = []
const index: string[] = [`# ${SITE_NAME}`, '', `> ${SITE_DESCRIPTION}`, '']

for (const group of navigationGroups(manifest)) {
  for (const mod of group.modules) {
    index.push(`## ${group.kind === 'path' ? mod.title : `${group.label}: ${mod.title}`}`, '', mod.description, '')
    for (const page of mod.pages) {
      const markdown = mdxToMarkdown(fs.readFileSync(page.file, 'utf8'), { ...page, url: absolute(page.route) }, absolute)
      const file = path.join(outDir, markdownPathOf(page.route))
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, markdown)
      full.push(markdown)
      index.push(`- [${page.title}](${absolute(markdownPathOf(page.route))}): ${page.description}`)
    }
    index.push('')
  }
}

fs.writeFileSync(path.join(outDir, 'llms.txt'), `${index.join('\n').trimEnd()}\n`)
fs.writeFileSync(path.join(outDir, 'llms-full.txt'), full.join('\n---\n\n'))
console.log(`markdown: ${full.length} pages, llms.txt and llms-full.txt written to ${outDir}/`)
