// remark plugins for the glossary. remarkCollectTerms reads the <Term> declarations of a page with
// their lines; remarkLinkTerms turns the first use of each term in a page's prose into a link to
// its glossary entry. The links are ordinary mdast links, so the link check covers them too.
import { createTermFinder, type Glossary, type TermSource } from './glossary'
import type { Collected } from './mdx-plugins'

interface Point {
  line: number
  column: number
}

interface MdastNode {
  type: string
  position?: { start: Point; end?: Point }
  children?: MdastNode[]
  value?: string
  name?: string | null
  attributes?: { type: string; name?: string; value?: unknown }[]
  url?: string
  data?: Record<string, unknown>
}

const isJsx = (node: MdastNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'

function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node)
  for (const child of node.children ?? []) walk(child, visit)
}

export const TERM_COMPONENT = 'Term'

/**
 * remark: collects <Term name="…" href="…" also="…, …" notOn="/route/, …"> declarations, each with its
 * line; buildGlossary checks them.
 */
export function remarkCollectTerms(collected: Collected) {
  return () => (tree: MdastNode) => {
    walk(tree, (node) => {
      if (!isJsx(node) || node.name !== TERM_COMPONENT) return
      const where = node.position ? { line: node.position.start.line, column: node.position.start.column } : {}
      const attributes = new Map<string, unknown>()
      for (const attribute of node.attributes ?? []) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name) attributes.set(attribute.name, attribute.value)
      }
      // A value that is not plain text counts as missing; buildGlossary reports what is missing.
      const text = (name: string): string => {
        const value = attributes.get(name)
        return typeof value === 'string' ? value.trim() : ''
      }
      const list = (name: string) => text(name).split(',').map((item) => item.trim()).filter(Boolean)
      const term: TermSource = { name: text('name'), href: text('href'), also: list('also'), notOn: list('notOn'), ...where }
      // The pages named in notOn must exist: the link check reads them like links.
      for (const route of term.notOn) collected.links.push({ href: route, line: where.line })
      collected.terms.push(term)
    })
  }
}

/** Nodes whose text is not prose: headings, code, links, raw HTML, expressions. */
const SKIPPED_NODES = new Set(['heading', 'code', 'inlineCode', 'link', 'linkReference', 'definition', 'html', 'yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'])

/** Components whose children are not running prose (lowercase JSX elements, such as <svg>, are skipped too). */
const SKIPPED_COMPONENTS = new Set([TERM_COMPONENT, 'CodeBlock', 'Figure', 'Kbd'])

function isSkipped(node: MdastNode): boolean {
  if (SKIPPED_NODES.has(node.type)) return true
  if (!isJsx(node)) return false
  const name = node.name ?? ''
  return SKIPPED_COMPONENTS.has(name) || name === '' || name[0] === name[0]!.toLowerCase()
}

/** remark: links the first use of each glossary term in the page's prose to the term's entry. */
export function remarkLinkTerms(glossary: Glossary) {
  const findTerms = createTermFinder(glossary)
  return () => (tree: MdastNode) => {
    const linked = new Set<string>()

    const linkText = (node: MdastNode): MdastNode[] => {
      const text = node.value ?? ''
      const pieces: MdastNode[] = []
      let from = 0
      for (const match of findTerms(text)) {
        if (linked.has(match.term.id)) continue
        linked.add(match.term.id)
        if (match.start > from) pieces.push({ type: 'text', value: text.slice(from, match.start) })
        pieces.push({
          type: 'link',
          url: match.term.url,
          children: [{ type: 'text', value: text.slice(match.start, match.end) }],
          data: { hProperties: { className: ['glossary-link'], dataGlossaryTerm: match.term.id } },
          position: positionAt(node, text, match.start),
        })
        from = match.end
      }
      if (pieces.length === 0) return [node]
      if (from < text.length) pieces.push({ type: 'text', value: text.slice(from) })
      return pieces
    }

    const visit = (parent: MdastNode) => {
      if (!parent.children || linked.size === glossary.terms.length) return
      parent.children = parent.children.flatMap((child) => {
        if (child.type === 'text') return linkText(child)
        if (!isSkipped(child)) visit(child)
        return [child]
      })
    }
    visit(tree)
  }
}

/** The line a match starts on, so a problem with a generated link points near it. */
function positionAt(node: MdastNode, text: string, offset: number): MdastNode['position'] {
  const start = node.position?.start
  if (!start) return undefined
  const newlines = text.slice(0, offset).split('\n').length - 1
  return { start: { line: start.line + newlines, column: newlines === 0 ? start.column + offset : 1 } }
}
