import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { buildSearchIndex } from '@/lib/search/build-index'
import { SearchEngine } from '@/lib/search/engine'
import { SearchResultList } from './SearchResultList'

const engine = SearchEngine.fromFile(
  JSON.parse(
    JSON.stringify(
      buildSearchIndex([
        {
          route: '/html/',
          title: 'Markup <b>in titles</b>',
          description: 'A page that shows HTML.',
          moduleTitle: 'Fixture',
          sections: [
            { id: 'markup', headingPath: ['Markup <b>in titles</b>', 'The <script>alert(2)</script> heading'], text: 'Write <img src=x onerror=alert(1)> to embed an image.', code: '' },
          ],
        },
      ]),
    ),
  ),
)

function render(query: string, variant: 'listbox' | 'links') {
  return renderToStaticMarkup(createElement(SearchResultList, { results: engine.search(query), variant, idPrefix: 'test', activeIndex: 0 }))
}

describe('SearchResultList', () => {
  it('shows markup from the content as text, never as HTML', () => {
    for (const variant of ['listbox', 'links'] as const) {
      const html = render('img onerror heading', variant)
      expect(html).toContain('Write &lt;<mark>img</mark> src=x <mark>onerror</mark>=alert(1)&gt;')
      expect(html).toContain('The &lt;script&gt;alert(2)&lt;/script&gt; <mark>heading</mark>')
      expect(html).toContain('Markup &lt;b&gt;in titles&lt;/b&gt;')
      expect(html).not.toMatch(/<img|<script|<b>/)
    }
  })

  it('renders each result as a link to page#section with the stable test hook', () => {
    // (Outside a Next build, Link leaves out the trailing slash the export's config adds.)
    expect(render('embed', 'links')).toMatch(/<a [^>]*data-search-result="true" href="\/html\/?#markup"/)
    expect(render('embed', 'listbox')).toMatch(/<a [^>]*role="option" aria-selected="true"[^>]*data-search-result="true" href="\/html\/?#markup"/)
  })
})
