// Shiki runs at build time only; pages ship highlighted HTML and no highlighter JavaScript.
// Both themes are emitted as CSS variables and the stylesheet picks one per theme.
import { createHighlighter, type Highlighter } from 'shiki'
import { transformerMetaHighlight } from '@shikijs/transformers'
import type { Root as HastRoot } from 'hast'
import { HIGHLIGHT_LANGUAGES } from './code-blocks'

export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const

/** The light theme's comment grey (#6e7781) is 4.3:1 on our code background; WCAG AA needs 4.5:1. */
const COLOR_REPLACEMENTS = { [CODE_THEMES.light]: { '#6e7781': '#59636e' } }

let highlighter: Promise<Highlighter> | undefined

export function loadHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(CODE_THEMES), langs: HIGHLIGHT_LANGUAGES })
  return highlighter
}

export function highlightToHast(shiki: Highlighter, code: string, lang: string, meta: string): HastRoot {
  return shiki.codeToHast(code, {
    lang,
    themes: CODE_THEMES,
    defaultColor: false,
    colorReplacements: COLOR_REPLACEMENTS,
    meta: { __raw: meta },
    transformers: [transformerMetaHighlight({ className: 'highlighted' })],
  })
}
