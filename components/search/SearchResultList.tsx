import Link from 'next/link'
import type { SearchHit, SearchResults } from '@/lib/search/engine'
import { Highlighted, hitExcerpt, hitHeading } from './SearchHitText'

interface SearchResultListProps {
  results: SearchResults
  /**
   * `listbox`: the options of the dialog's combobox, chosen with the arrow keys from the input.
   * `links`: a plain list of links, for the search page.
   */
  variant: 'listbox' | 'links'
  /** Prefix for element ids, unique on the page. */
  idPrefix: string
  /** Index of the highlighted option (listbox only). */
  activeIndex?: number
  onHover?: (index: number) => void
  onNavigate?: () => void
}

export function optionId(idPrefix: string, index: number): string {
  return `${idPrefix}-option-${index}`
}

/** Results grouped by page, in rank order: each section with its heading and an excerpt. */
export function SearchResultList({ results, variant, idPrefix, activeIndex, onHover, onNavigate }: SearchResultListProps) {
  const listbox = variant === 'listbox'
  let index = 0
  return (
    <div
      role={listbox ? 'listbox' : undefined}
      id={`${idPrefix}-listbox`}
      aria-label={listbox ? 'Search results' : undefined}
      className="search-results"
      data-search-results={results.query}
    >
      {results.groups.map((group) => {
        const labelId = `${idPrefix}-page-${index}`
        const Heading = listbox ? 'div' : 'h2'
        return (
          <div key={group.page.route} role={listbox ? 'group' : undefined} aria-labelledby={listbox ? labelId : undefined} className="search-group">
            <Heading id={labelId} className="search-group-label">
              <span className="text-fg-muted">{group.page.module} › </span>
              {group.page.title}
            </Heading>
            <ul role={listbox ? 'presentation' : undefined}>
              {group.hits.map((hit) => {
                const current = index++
                return (
                  <li key={hit.href} role={listbox ? 'presentation' : undefined}>
                    <HitLink
                      hit={hit}
                      terms={results.terms}
                      listbox={listbox}
                      id={optionId(idPrefix, current)}
                      active={current === activeIndex}
                      onHover={onHover && (() => onHover(current))}
                      onNavigate={onNavigate}
                    />
                  </li>
                )
              })}
            </ul>
          </div>
        )
      })}
    </div>
  )
}

interface HitLinkProps {
  hit: SearchHit
  terms: ReadonlySet<string>
  listbox: boolean
  id: string
  active: boolean
  onHover?: () => void
  onNavigate?: () => void
}

function HitLink({ hit, terms, listbox, id, active, onHover, onNavigate }: HitLinkProps) {
  const excerpt = hitExcerpt(hit, terms)
  return (
    <Link
      href={hit.href}
      prefetch={false}
      id={id}
      role={listbox ? 'option' : undefined}
      aria-selected={listbox ? active : undefined}
      tabIndex={listbox ? -1 : undefined}
      className="search-hit"
      data-search-result
      onMouseMove={onHover}
      onClick={onNavigate}
    >
      <span className="search-hit-heading">
        <Highlighted segments={hitHeading(hit, terms)} />
      </span>
      <span className={excerpt.code ? 'search-hit-excerpt font-mono text-[0.8125rem]' : 'search-hit-excerpt'}>
        <Highlighted segments={excerpt.segments} />
      </span>
    </Link>
  )
}
