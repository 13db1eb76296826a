// What the specs know about the built site: read from the same generated manifest and sitemap
// the pages were built from, so specs follow the content instead of hard-coding it.
import fs from 'node:fs'
import type { Page } from '@playwright/test'
import type { Manifest, PageData, PageSummary } from '../lib/content/types'

export function manifest(): Manifest {
  return JSON.parse(fs.readFileSync('.generated/content/manifest.json', 'utf8')) as Manifest
}

/** Every page record, with its code blocks and sections. */
export function allPageData(): PageData[] {
  return manifest()
    .modules.flatMap((module) => module.pages)
    .map((page) => JSON.parse(fs.readFileSync(`.generated/content/pages/${page.module}/${page.slug}.json`, 'utf8')) as PageData)
}

/** Learning-path pages in reading order. */
export function pathPages(): PageSummary[] {
  return manifest()
    .modules.filter((module) => module.kind === 'path')
    .sort((a, b) => a.order - b.order)
    .flatMap((module) => module.pages)
}

/** A route as a path relative to the project's baseURL (works with and without a base path). */
export function relative(route: string): string {
  return route.replace(/^\//, '')
}

/** Every page of the root export, from its sitemap, as paths relative to baseURL. */
export function sitemapPaths(): string[] {
  const xml = fs.readFileSync('out/sitemap.xml', 'utf8')
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => relative(new URL(match[1]!).pathname))
}

const hydrated = (page: Page) => page.locator('html[data-hydrated]').waitFor({ state: 'attached' })

/** Opens a path and waits until React has hydrated, so clicks reach their handlers. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await hydrated(page)
}

/** Reloads the page and waits until React has hydrated again. */
export async function reload(page: Page): Promise<void> {
  await page.reload()
  await hydrated(page)
}
