// The search index as shipped: what the build writes and the browser fetches. Both sides create
// the FlexSearch Document from the same description here, so an exported index always imports.
import { Document } from 'flexsearch'

export const SEARCH_INDEX_VERSION = 1

/**
 * Indexed fields with their ranking weight. A match in the section's own heading says most about
 * what the section is for. The page title and the page summary (description, objectives and tags)
 * belong to every section of the page: they say what the page is about, and the section's own
 * heading and text decide between its sections. The summary and code count less than prose: a
 * summary only names topics, and a word in a long listing rarely makes the section the answer.
 */
export const FIELD_WEIGHTS = { heading: 3, title: 2, text: 1, summary: 0.5, code: 0.5 } as const

export type SearchField = keyof typeof FIELD_WEIGHTS

export const SEARCH_FIELDS = Object.keys(FIELD_WEIGHTS) as SearchField[]

/**
 * Fields about the whole page. They are indexed once, on the page's introduction, and count for
 * every section of the page when ranking: the index does not repeat them for each section.
 */
export const PAGE_FIELDS: ReadonlySet<SearchField> = new Set(['title', 'summary'])

export interface SearchPage {
  route: string
  title: string
  /** The shorter name the sidebar uses, when the page has one. */
  shortTitle?: string
  /** Module title, shown beside the page title. */
  module: string
  /** Multiplies the scores of the page's sections; 1 when absent. */
  weight?: number
}

/** One searchable section, with what a result needs to show it. */
export interface SearchEntry {
  /** Index into `pages`. */
  page: number
  /** Section id, '' for the part of the page before its first heading. */
  id: string
  /** Headings below the page title leading to this section (empty for the introduction). */
  headings: string[]
  text: string
  code: string
}

export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION
  pages: SearchPage[]
  entries: SearchEntry[]
  /** FlexSearch Document export: key → data, as given to Document.import. */
  flexsearch: Record<string, unknown>
}

/** The indexed form of an entry: each field holds its terms, already tokenized, space-separated. */
type IndexedFields = Record<SearchField, string>

/**
 * Terms never contain spaces, so splitting on spaces hands FlexSearch exactly the terms our
 * tokenizer produced, at build time and at query time alike.
 */
const splitTerms = (content: string): string[] => content.split(' ').filter(Boolean)

export function createDocumentIndex() {
  return new Document<IndexedFields & { id: number }>({
    document: {
      id: 'id',
      // resolution 1: one bucket per term, no positional scoring (ranking is ours) and the
      // smallest export.
      index: SEARCH_FIELDS.map((field) => ({ field, tokenize: 'strict' as const, encode: splitTerms, resolution: 1 })),
    },
  })
}

export type DocumentIndex = ReturnType<typeof createDocumentIndex>
