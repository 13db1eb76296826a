// Routes are derived from slugs in one place, so links, sitemap and search agree on them.

export function routeOf(moduleSlug: string, pageSlug: string): string {
  return `/${moduleSlug}/${pageSlug}/`
}
