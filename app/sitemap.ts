import type { MetadataRoute } from 'next'
import { getAllPages } from '@/lib/content/store'
import { absoluteUrl } from '@/lib/site/config'
import { APP_ROUTES } from '@/lib/site/routes'

export const dynamic = 'force-static'

export default function sitemap(): MetadataRoute.Sitemap {
  return [...APP_ROUTES, ...getAllPages().map((page) => page.route)].map((route) => ({ url: absoluteUrl(route) }))
}
