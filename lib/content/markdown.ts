// A page as plain Markdown, for the .md URL, the "copy page as Markdown" button and llms.txt:
// the MDX source with components turned into the Markdown a reader or a language model can use.
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import type { Root } from 'mdast'

/** The parts of mdast and MDX nodes this transform reads. */
interface Node {
  type: string
  name?: string | null
  value?: unknown
  url?: string
  attributes?: { type: string; name?: string; value?: unknown }[]
  children?: Node[]
  [key: string]: unknown
}

export interface MarkdownPage {
  title: string
  description: string
  objectives?: string[]
  /** Absolute URL of the HTML page. */
  url: string
}

const text = (value: string): Node => ({ type: 'text', value })
const strong = (value: string): Node => ({ type: 'strong', children: [text(value)] })
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children })

function attribute(node: Node, name: string): unknown {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)
  if (!found) return undefined
  const value = found.value
  if (typeof value === 'string') return value
  // An expression attribute such as options={["a", "b"]} or answer={1}: its source is JSON-like.
  if (value && typeof value === 'object' && 'value' in value) {
    try {
      return JSON.parse(String((value as { value: string }).value))
    } catch {
      return undefined
    }
  }
  return undefined
}

const CALLOUT_LABELS: Record<string, string> = { note: 'Note', tip: 'Tip', warning: 'Warning', danger: 'Danger' }

/** What a component becomes in Markdown; components not listed here keep their children. */
function replaceComponent(node: Node, transform: (nodes: Node[]) => Node[]): Node[] {
  const children = transform(node.children ?? [])
  switch (node.name) {
    case 'Callout': {
      const title = String(attribute(node, 'title') ?? CALLOUT_LABELS[String(attribute(node, 'type') ?? 'note')] ?? 'Note')
      return [{ type: 'blockquote', children: [paragraph(strong(`${title}:`)), ...children] }]
    }
    case 'Tab':
      return [paragraph(strong(String(attribute(node, 'label') ?? ''))), ...children]
    case 'Figure':
      return [paragraph({ type: 'emphasis', children: [text(`Figure: ${String(attribute(node, 'caption') ?? '')}`)] })]
    case 'Kbd':
      return [{ type: 'inlineCode', value: (node.children ?? []).map((c) => String(c.value ?? '')).join('') }]
    case 'Question': {
      const options = (attribute(node, 'options') as string[] | undefined) ?? []
      const answer = attribute(node, 'answer') as number | undefined
      return [
        paragraph(strong(String(attribute(node, 'prompt') ?? ''))),
        { type: 'list', ordered: false, spread: false, children: options.map((o) => ({ type: 'listItem', spread: false, children: [paragraph(text(o))] })) },
        paragraph(strong('Answer:'), text(` ${answer === undefined ? '' : (options[answer] ?? '')}`)),
        ...children,
      ]
    }
    default: {
      const example = attribute(node, 'example')
      if (typeof example === 'string') return [{ type: 'code', lang: 'bash', value: example }, ...children]
      return children
    }
  }
}

export function mdxToMarkdown(source: string, page: MarkdownPage, absolute: (path: string) => string): string {
  const transform = (nodes: Node[]): Node[] =>
    nodes.flatMap((node) => {
      if (['yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'].includes(node.type)) return []
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return replaceComponent(node, transform)
      if (node.type === 'link' && node.url?.startsWith('/')) node.url = absolute(node.url)
      if (node.children) node.children = transform(node.children)
      return [node]
    })

  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm)
  const tree = processor.parse(source) as unknown as Node
  const body = transform(tree.children ?? [])
  const header: Node[] = [
    { type: 'heading', depth: 1, children: [text(page.title)] },
    paragraph(text(page.description)),
    paragraph(text('Source: '), { type: 'link', url: page.url, children: [text(page.url)] }),
  ]
  if (page.objectives?.length) {
    header.push(paragraph(strong('What you will learn')), {
      type: 'list',
      ordered: false,
      spread: false,
      children: page.objectives.map((o) => ({ type: 'listItem', spread: false, children: [paragraph(text(o))] })),
    })
  }
  const root = { type: 'root', children: [...header, ...body] } as unknown as Root
  return unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-', listItemIndent: 'one' })
    .stringify(root)
}
