// Routes served by app/ rather than generated from content/. Content may link to them; the
// sitemap lists them.
export const APP_ROUTES = ['/', '/search/'] as const
