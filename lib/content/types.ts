// The shapes that leave the content build: a manifest for navigation and one record per page.
import type { ModuleKind, PageFrontmatter } from './schema'

export interface Heading {
  depth: 2 | 3 | 4
  text: string
  id: string
}

/** One searchable unit: the text under a heading up to the next h2/h3. */
export interface Section {
  /** Heading id, or '' for the introduction before the first heading. */
  id: string
  /** Headings from the page title down to this section. */
  headingPath: string[]
  text: string
  code: string
}

export interface CodeBlockInfo {
  lang: string
  code: string
  /** What the copy button copies: prompt markers and command output removed. */
  copyText: string
  title?: string
  /** Section the block appears in ('' before the first heading). */
  sectionId: string
  line: number
}

export interface PageSummary extends PageFrontmatter {
  module: string
  slug: string
  /** Route with leading and trailing slash, without the base path: /foundations/images/ */
  route: string
  /** Source file relative to the project root. */
  file: string
  readingMinutes: number
  wordCount: number
}

export interface PageData extends PageSummary {
  /** mdx-bundler output, evaluated at render time. */
  code: string
  headings: Heading[]
  sections: Section[]
  codeBlocks: CodeBlockInfo[]
  /** Every element id on the page (headings and explicit ids), for #anchor checks. */
  ids: string[]
}

export interface ModuleSummary {
  slug: string
  title: string
  description: string
  kind: ModuleKind
  order: number
  pages: PageSummary[]
}

export interface Manifest {
  modules: ModuleSummary[]
}
