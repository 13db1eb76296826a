'use client'

import { CopyButton } from '@/components/ui/CopyButton'
import { withBasePath } from '@/lib/site/config'
import { markdownPathOf } from '@/lib/site/markdown-path'

/** "Copy page as Markdown" and a link to the page's .md file, for readers who paste into tools. */
export function PageMarkdownActions({ route }: { route: string }) {
  const href = withBasePath(markdownPathOf(route))
  const load = async () => {
    const response = await fetch(href)
    if (!response.ok) throw new Error(`${href}: ${response.status}`)
    return response.text()
  }
  return (
    <div className="no-print flex flex-wrap items-center gap-2 text-sm" data-page-markdown>
      <CopyButton text={load} label="Copy page as Markdown">
        Copy page as Markdown
      </CopyButton>
      <a href={href} className="text-fg-muted hover:text-fg" type="text/markdown">
        View as Markdown
      </a>
    </div>
  )
}
