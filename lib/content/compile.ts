// Compiles one MDX page with mdx-bundler at build time and returns what the site needs from it.
import path from 'node:path'
import { bundleMDX } from 'mdx-bundler'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type { Highlighter } from 'shiki'
import type { ContentProblem } from './problems'
import { createCollector, rehypeContent, remarkCheckComponents, type Collected } from './mdx-plugins'
import type { Glossary } from './glossary'
import { remarkCollectTerms, remarkLinkTerms } from './glossary-plugins'

export interface CompileInput {
  /** Path relative to the project root, used in messages. */
  file: string
  /** Absolute directory of the file, for esbuild's resolution. */
  dir: string
  source: string
  title: string
  componentNames: ReadonlySet<string>
  highlighter: Highlighter
  /** Link the first use of each term to the glossary (not for the pages that declare the terms). */
  linkTerms?: Glossary
}

export type CompileResult =
  | { ok: true; code: string; collected: Collected }
  | { ok: false; problems: ContentProblem[] }

interface EsbuildMessage {
  text: string
  location?: { line: number; column: number } | null
}

export async function compileMdx(input: CompileInput): Promise<CompileResult> {
  const collected = createCollector()
  let code: string
  try {
    const result = await bundleMDX({
      source: input.source,
      cwd: path.resolve(input.dir),
      // Frontmatter is parsed and validated by frontmatter.ts, with line numbers; mdx-bundler only
      // needs to skip over it, so its own YAML parsing is switched off.
      grayMatterOptions: (options) => ({ ...options, engines: { yaml: () => ({}) } }),
      esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
      mdxOptions(options) {
        options.remarkPlugins = [
          remarkFrontmatter,
          remarkGfm,
          remarkCheckComponents(collected, input.componentNames),
          remarkCollectTerms(collected),
          ...(input.linkTerms ? [remarkLinkTerms(input.linkTerms)] : []),
        ]
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          rehypeContent({ collected, pageTitle: input.title, highlighter: input.highlighter }),
        ]
        return options
      },
    })
    code = result.code
  } catch (error) {
    const ours = collected.problems.map((problem) => ({ file: input.file, ...problem }))
    // Our plugins only run once the MDX parsed; what esbuild says after that (an import it cannot
    // resolve) follows from a problem we already report, with a better line number.
    if (ours.length > 0) return { ok: false, problems: ours }
    const messages = (error as { errors?: EsbuildMessage[] }).errors
    if (!Array.isArray(messages) || messages.length === 0) {
      return { ok: false, problems: [{ file: input.file, message: `MDX could not be compiled: ${(error as Error).message}` }] }
    }
    return { ok: false, problems: messages.map((message) => esbuildProblem(input.file, message)) }
  }
  if (collected.problems.length > 0) {
    return { ok: false, problems: collected.problems.map((problem) => ({ file: input.file, ...problem })) }
  }
  return { ok: true, code, collected }
}

/**
 * MDX parse errors reach us wrapped by @mdx-js/esbuild as "Cannot process MDX file with esbuild:
 * 1:1: Expected a closing tag for `<Callout>` (8:1-8:22)". The position that helps the author is the
 * one in parentheses (where the unclosed element starts), else the leading one.
 */
export function esbuildProblem(file: string, message: EsbuildMessage): ContentProblem {
  const text = message.text.replace(/^Cannot process MDX file with esbuild:\s*/, '').trim()
  const leading = /^(\d+):(\d+)(?:-\d+:\d+)?: ([\s\S]*)$/.exec(text)
  const reason = (leading ? leading[3]! : text).trim()
  const inner = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason)
  const position = inner
    ? { line: Number(inner[1]), column: Number(inner[2]) }
    : leading && Number(leading[1]) > 0
      ? { line: Number(leading[1]), column: Number(leading[2]) }
      : message.location && message.location.line > 0
        ? { line: message.location.line, column: message.location.column + 1 }
        : {}
  return { file, ...position, message: `MDX syntax error: ${reason}` }
}
