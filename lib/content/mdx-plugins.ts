// remark/rehype plugins that run while mdx-bundler compiles a page. They check what authors wrote
// (components, headings, code languages) and collect what the rest of the site derives from a
// page: headings for the table of contents, sections for search, code blocks for the cheat sheet,
// links and ids for the link check.
import GithubSlugger from 'github-slugger'
import { toString as hastToString } from 'hast-util-to-string'
import type { Highlighter } from 'shiki'
import type { CodeBlockInfo, Heading, Section } from './types'
import type { ContentProblem } from './problems'
import { copyTextFor, parseCodeMeta, resolveLanguage, SUPPORTED_LANGUAGE_NAMES } from './code-blocks'
import { highlightToHtml } from './highlight'
import { termId, type TermSource } from './glossary'

interface Position {
  start: { line: number; column: number }
}

/** The parts of mdast/hast/MDX nodes these plugins read, without pulling in every node type. */
interface AnyNode {
  type: string
  position?: Position
  children?: AnyNode[]
  // hast
  tagName?: string
  properties?: Record<string, unknown>
  value?: string
  data?: { meta?: string }
  // mdx jsx
  name?: string | null
  attributes?: JsxAttribute[]
}

interface JsxAttribute {
  type: string
  name?: string
  value?: unknown
}

export interface PageLink {
  href: string
  line?: number
}

export interface Collected {
  problems: Omit<ContentProblem, 'file'>[]
  headings: Heading[]
  sections: Section[]
  codeBlocks: CodeBlockInfo[]
  links: PageLink[]
  ids: Set<string>
  /** Glossary terms this page declares with <Term>. */
  terms: TermSource[]
}

export function createCollector(): Collected {
  return { problems: [], headings: [], sections: [], codeBlocks: [], links: [], ids: new Set(), terms: [] }
}

const isJsx = (node: AnyNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'

function jsxAttribute(node: AnyNode, name: string): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)
  return typeof attribute?.value === 'string' ? attribute.value : undefined
}

function lineOf(node: AnyNode): { line?: number; column?: number } {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : {}
}

function walk(node: AnyNode, visit: (node: AnyNode) => boolean | void): void {
  if (visit(node) === false) return
  for (const child of node.children ?? []) walk(child, visit)
}

/** remark: only registered components, no imports (components are provided to every page). */
export function remarkCheckComponents(collected: Collected, componentNames: ReadonlySet<string>) {
  return () => (tree: AnyNode) => {
    walk(tree, (node) => {
      if (node.type === 'mdxjsEsm' && node.position) {
        collected.problems.push({
          ...lineOf(node),
          message: 'import/export is not allowed in content: every component is available without importing it',
        })
      }
      if (!isJsx(node) || !node.name) return
      const first = node.name[0] ?? ''
      if (first === first.toLowerCase() && !node.name.includes('.')) return // an HTML element like <kbd>
      if (!componentNames.has(node.name)) {
        collected.problems.push({
          ...lineOf(node),
          message: `unknown component <${node.name}>; available components: ${[...componentNames].sort().join(', ')}`,
        })
      }
    })
  }
}

interface RehypeOptions {
  collected: Collected
  pageTitle: string
  highlighter: Highlighter
}

/** rehype: headings, sections, links, ids and code blocks, then highlighting and anchors. */
export function rehypeContent({ collected, pageTitle, highlighter }: RehypeOptions) {
  return () => (tree: AnyNode) => {
    collect(tree, collected, pageTitle)
    transform(tree, collected, highlighter)
  }
}

/** Elements after which text from the next element starts a new word. */
const BLOCK_TAGS = new Set(['p', 'li', 'td', 'th', 'tr', 'blockquote', 'div', 'dt', 'dd', 'br', 'figcaption', 'h5', 'h6'])

function collect(tree: AnyNode, collected: Collected, pageTitle: string) {
  const slugger = new GithubSlugger()
  let section: Section = { id: '', headingPath: [pageTitle], text: '', code: '' }
  let h2Text: string | undefined
  const sections = [section]
  const separate = () => {
    section.text += ' '
  }

  const visit = (node: AnyNode): boolean | void => {
    if (node.type === 'text' && node.value) {
      section.text += node.value
      return
    }
    if (isJsx(node) && node.name === 'Term') return collectTerm(node)
    if (isJsx(node)) {
      if (node.type === 'mdxJsxFlowElement') separate()
      const id = jsxAttribute(node, 'id')
      if (id) collected.ids.add(id)
      const href = jsxAttribute(node, 'href')
      if (href) collected.links.push({ href, ...lineOf(node) })
      for (const name of ['title', 'caption', 'label']) {
        const value = jsxAttribute(node, name)
        if (value) section.text += ` ${value} `
      }
      return
    }
    if (node.type !== 'element') return
    const tag = node.tagName ?? ''
    if (BLOCK_TAGS.has(tag)) separate()
    if (tag === 'h1') {
      collected.problems.push({ ...lineOf(node), message: 'use ## for headings: the page title (from frontmatter) is the only h1' })
      return
    }
    if (/^h[2-4]$/.test(tag)) {
      const text = hastToString(node as never).trim()
      const id = slugger.slug(text)
      node.properties = { ...node.properties, id }
      collected.ids.add(id)
      const depth = Number(tag[1]) as Heading['depth']
      collected.headings.push({ depth, text, id })
      if (depth <= 3) {
        if (depth === 2) h2Text = text
        const headingPath = depth === 2 || !h2Text ? [pageTitle, text] : [pageTitle, h2Text, text]
        section = { id, headingPath, text: '', code: '' }
        sections.push(section)
      } else {
        section.text += ` ${text} `
      }
      return false
    }
    if (typeof node.properties?.id === 'string') collected.ids.add(node.properties.id)
    if (tag === 'a' && typeof node.properties?.href === 'string') {
      collected.links.push({ href: node.properties.href, ...lineOf(node) })
    }
    if (tag === 'pre') {
      const block = codeBlockOf(node)
      if (block) {
        const lang = block.lang ? resolveLanguage(block.lang) : undefined
        if (!block.lang) {
          collected.problems.push({ ...lineOf(node), message: 'code block needs a language after the fence, for example ```bash or ```text' })
        } else if (!lang) {
          collected.problems.push({
            ...lineOf(node),
            message: `unknown code language "${block.lang}" (supported: ${SUPPORTED_LANGUAGE_NAMES.join(', ')})`,
          })
        }
        const resolved = lang ?? 'text'
        const meta = parseCodeMeta(block.meta)
        collected.codeBlocks.push({
          lang: resolved,
          code: block.code,
          copyText: copyTextFor(resolved, block.code),
          title: meta.title,
          sectionId: section.id,
          line: node.position?.start.line ?? 0,
        })
        section.code = section.code ? `${section.code}\n${block.code}` : block.code
      }
      return false
    }
  }

  /** A glossary entry is its own search section, and its anchor is a link target. */
  const collectTerm = (node: AnyNode): false => {
    const name = jsxAttribute(node, 'name') ?? ''
    const id = termId(name)
    // Two terms with one id are reported by buildGlossary, with both lines.
    if (collected.headings.some((heading) => heading.id === id)) {
      collected.problems.push({ ...lineOf(node), message: `glossary term "${name}" has the anchor #${id}, which a heading on this page already has` })
    }
    collected.ids.add(id)
    const href = jsxAttribute(node, 'href')
    if (href) collected.links.push({ href, ...lineOf(node) })
    const outer = section
    section = { id, headingPath: [pageTitle, name], text: '', code: '' }
    sections.push(section)
    for (const child of node.children ?? []) walk(child, visit)
    section = outer
    return false
  }

  walk(tree, visit)
  for (const s of sections) s.text = s.text.replace(/\s+/g, ' ').replace(/\s+([.,;:!?)])/g, '$1').trim()
  // An introduction with nothing in it is not a section worth searching.
  collected.sections = sections.filter((s, i) => i > 0 || s.text || s.code)
}

function codeBlockOf(pre: AnyNode): { lang?: string; meta?: string; code: string } | undefined {
  const code = pre.children?.find((child) => child.type === 'element' && child.tagName === 'code')
  if (!code) return undefined
  const classes = code.properties?.className
  const languageClass = Array.isArray(classes) ? classes.find((c): c is string => typeof c === 'string' && c.startsWith('language-')) : undefined
  return { lang: languageClass?.slice('language-'.length), meta: code.data?.meta, code: hastToString(code as never).replace(/\n$/, '') }
}

function transform(tree: AnyNode, collected: Collected, highlighter: Highlighter) {
  let blockIndex = 0
  const replaceChildren = (parent: AnyNode) => {
    if (!parent.children) return
    parent.children = parent.children.map((child) => {
      if (child.type === 'element' && child.tagName === 'pre' && codeBlockOf(child)) {
        const info = collected.codeBlocks[blockIndex++]
        return info ? codeBlockElement(child, info, highlighter) : child
      }
      if (child.type === 'element' && /^h[2-4]$/.test(child.tagName ?? '')) {
        return headingWithAnchor(child)
      }
      replaceChildren(child)
      return child
    })
  }
  replaceChildren(tree)
}

function codeBlockElement(pre: AnyNode, info: CodeBlockInfo, highlighter: Highlighter): AnyNode {
  const meta = parseCodeMeta(codeBlockOf(pre)?.meta)
  const attributes: JsxAttribute[] = [
    { type: 'mdxJsxAttribute', name: 'lang', value: info.lang },
    { type: 'mdxJsxAttribute', name: 'copyText', value: info.copyText },
    { type: 'mdxJsxAttribute', name: 'html', value: highlightToHtml(highlighter, info.code, info.lang, meta.raw) },
  ]
  if (info.title) attributes.push({ type: 'mdxJsxAttribute', name: 'title', value: info.title })
  return { type: 'mdxJsxFlowElement', name: 'CodeBlock', attributes, children: [], position: pre.position }
}

/**
 * The anchor link sits beside the heading, not inside it, so the heading's accessible name stays
 * its text and screen readers do not announce a stray "#".
 */
function headingWithAnchor(heading: AnyNode): AnyNode {
  const id = String(heading.properties?.id ?? '')
  const text = hastToString(heading as never).trim()
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading-wrapper', `level-${heading.tagName}`] },
    children: [
      heading,
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}` },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Section titled “${text}”` }] },
        ],
      },
    ],
  }
}
