// The content build writes its result to .generated/content; Next.js pages read it back. Keeping
// the compile in one step before `next build` means every page, the sitemap and the search index
// see the same content, and errors are reported once, clearly, before Next.js starts.
import fs from 'node:fs'
import path from 'node:path'
import type { Manifest, PageData } from './types'

export const GENERATED_CONTENT_DIR = path.join('.generated', 'content')

export function writeGeneratedContent(dir: string, manifest: Manifest, pages: PageData[]): void {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(path.join(dir, 'pages'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2))
  for (const page of pages) {
    const file = pageFile(dir, page.module, page.slug)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, JSON.stringify(page))
  }
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, 'manifest.json')
  if (!fs.existsSync(file)) {
    throw new Error(`${file} does not exist: run "npm run content" (npm run build and npm run dev do it for you)`)
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
}

export function readPage(dir: string, module: string, slug: string): PageData {
  return JSON.parse(fs.readFileSync(pageFile(dir, module, slug), 'utf8')) as PageData
}

function pageFile(dir: string, module: string, slug: string): string {
  return path.join(dir, 'pages', module, `${slug}.json`)
}
