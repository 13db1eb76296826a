/** Where a page's Markdown lives: /foundations/layers/ → /foundations/layers.md */
export function markdownPathOf(route: string): string {
  return `${route.replace(/\/$/, '')}.md`
}
