// Shiki runs at build time only; pages ship highlighted HTML and no highlighter JavaScript.
// Both themes are emitted as CSS variables and the stylesheet picks one per theme.
import { createHighlighter, type Highlighter } from 'shiki'
import { transformerMetaHighlight } from '@shikijs/transformers'
import { HIGHLIGHT_LANGUAGES } from './code-blocks'

export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const

/** The light theme's comment grey (#6e7781) is 4.3:1 on our code background; WCAG AA needs 4.5:1. */
const COLOR_REPLACEMENTS = { [CODE_THEMES.light]: { '#6e7781': '#59636e' } }

let highlighter: Promise<Highlighter> | undefined

export function loadHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(CODE_THEMES), langs: HIGHLIGHT_LANGUAGES })
  return highlighter
}

/**
 * The highlighted <pre> as HTML: pages carry it as one string that React sets as inner HTML, rather
 * than a React element per token, which every page load would have to parse and hydrate.
 */
export function highlightToHtml(shiki: Highlighter, code: string, lang: string, meta: string): string {
  return shiki.codeToHtml(code, {
    lang,
    themes: CODE_THEMES,
    defaultColor: false,
    colorReplacements: COLOR_REPLACEMENTS,
    meta: { __raw: meta },
    transformers: [transformerMetaHighlight({ className: 'highlighted' })],
  })
}
