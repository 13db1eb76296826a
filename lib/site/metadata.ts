// Per-page <head> data: title, description, canonical URL and Open Graph, from one function so
// every route describes itself the same way.
import type { Metadata } from 'next'
import { absoluteUrl, SITE_NAME } from './config'

interface PageMeta {
  title?: string
  description: string
  route: string
  type?: 'website' | 'article'
}

export function pageMetadata({ title, description, route, type = 'article' }: PageMeta): Metadata {
  const url = absoluteUrl(route)
  return {
    title: title ?? { absolute: SITE_NAME },
    description,
    alternates: { canonical: url },
    openGraph: { title: title ?? SITE_NAME, description, url, type, siteName: SITE_NAME },
    twitter: { card: 'summary', title: title ?? SITE_NAME, description },
  }
}
