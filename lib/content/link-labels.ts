// Names for internal links that components write themselves ("Explained in Layers › Sharing
// layers"), read from the page records so they follow renamed pages and headings.
import { getAllPages, getPageData } from './store'

/** "Page title › Section heading" for /module/page/#section, or the page title alone. */
export function linkLabel(href: string): string {
  const [path = '', anchor] = href.split('#')
  const summary = getAllPages().find((page) => page.route === path)
  if (!summary) throw new Error(`no page has the route ${path} (from the link ${href})`)
  if (!anchor) return summary.title
  const heading = getPageData(summary.module, summary.slug)?.headings.find((h) => h.id === decodeURIComponent(anchor))
  return heading ? `${summary.title} › ${heading.text}` : summary.title
}
