// Read access to the built content for app/ routes and components (server side only).
import path from 'node:path'
import { GENERATED_CONTENT_DIR, readManifest, readPage } from './generated'
import type { Manifest, PageData, PageSummary } from './types'

const dir = () => path.join(process.cwd(), GENERATED_CONTENT_DIR)

let manifest: Manifest | undefined

export function getManifest(): Manifest {
  manifest ??= readManifest(dir())
  return manifest
}

export function getAllPages(): PageSummary[] {
  return getManifest().modules.flatMap((module) => module.pages)
}

export function getPageData(module: string, slug: string): PageData | undefined {
  const exists = getAllPages().some((page) => page.module === module && page.slug === slug)
  return exists ? readPage(dir(), module, slug) : undefined
}

export function getAllPageData(): PageData[] {
  return getAllPages().map((page) => readPage(dir(), page.module, page.slug))
}

export function getPageByRoute(route: string): PageData {
  const page = getAllPages().find((p) => p.route === route)
  if (!page) throw new Error(`no page has the route ${route}`)
  return readPage(dir(), page.module, page.slug)
}
