// The glossary as the content build sees it. Terms are declared where they are defined, with
// <Term name="Bind mount" also="bind-mount" href="/storage/bind-mounts/"> in the glossary page;
// the build reads those declarations first, then links the first use of each term in every other
// page to its entry. Everything here is pure: the remark plugins in glossary-plugins.ts apply it.
import type { ContentProblem } from './problems'

/** A <Term> as written, with where it was written. */
export interface TermDeclaration {
  name: string
  /** Other words that mean the term: "control group" for cgroup. Plurals are added automatically. */
  also: string[]
  /** Where the guide explains the term. */
  href: string
  /**
   * Pages where the term's words mean something else ("layers of defence" in the Security module),
   * so they are not linked there.
   */
  notOn: string[]
  file: string
  route: string
  line?: number
  column?: number
}

/** A <Term> as one page's compile sees it, before the build adds the file and route. */
export type TermSource = Omit<TermDeclaration, 'file' | 'route'>

export interface GlossaryTerm {
  id: string
  name: string
  /** The term's entry: /reference/glossary/#bind-mount */
  url: string
  /** Lowercase words and phrases that count as a use of the term. */
  forms: string[]
  notOn: ReadonlySet<string>
}

export interface Glossary {
  terms: GlossaryTerm[]
  /** Pages that declare terms; their own text is never linked. */
  routes: ReadonlySet<string>
}

export const EMPTY_GLOSSARY: Glossary = { terms: [], routes: new Set() }

/** The entry's anchor: "Bind mount" → bind-mount, ".dockerignore" → dockerignore. */
export function termId(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** English plural of a phrase's last word; good enough for technical nouns (registry → registries). */
export function pluralOf(phrase: string): string {
  if (/[^aeiou]y$/i.test(phrase)) return `${phrase.slice(0, -1)}ies`
  if (/(s|x|z|ch|sh)$/i.test(phrase)) return `${phrase}es`
  return `${phrase}s`
}

/**
 * The words that count as a use of a term. A name with a qualifier, like "Namespace (Linux)", is
 * itself never matched: the bare word has other meanings (an image's namespace), so only the
 * unambiguous words in `also` ("Linux namespace", "PID namespace") are.
 */
export function termForms(name: string, also: readonly string[]): string[] {
  const named = /\(.*\)/.test(name) ? [] : [name]
  const singulars = [...named, ...also].map((form) => form.trim().replace(/\s+/g, ' ').toLowerCase())
  return [...new Set(singulars.flatMap((form) => [form, pluralOf(form)]))]
}

/**
 * Checks the declarations of the whole site and builds the glossary: every term has a name, an
 * id of its own and forms no other term claims, or the build fails at the declaring line.
 */
export function buildGlossary(declarations: readonly TermDeclaration[]): { glossary: Glossary; problems: ContentProblem[] } {
  const problems: ContentProblem[] = []
  const terms: GlossaryTerm[] = []
  const byId = new Map<string, TermDeclaration>()
  const byForm = new Map<string, TermDeclaration>()
  const where = (d: TermDeclaration) => `${d.file}${d.line === undefined ? '' : `:${d.line}`}`

  for (const [index, declaration] of declarations.entries()) {
    const problem = (message: string) => problems.push({ file: declaration.file, line: declaration.line, column: declaration.column, message })
    // Readers scan a glossary alphabetically, so a term added in the wrong place fails the build.
    const previous = declarations[index - 1]
    if (previous?.file === declaration.file && alphabeticalKey(previous.name).localeCompare(alphabeticalKey(declaration.name)) > 0) {
      problem(`glossary term "${declaration.name}" is out of alphabetical order: move it before "${previous.name}"`)
    }
    const id = termId(declaration.name)
    if (!id || !declaration.href) {
      problem('<Term> needs a name and an href to the section that explains it, in quotes: <Term name="Volume" href="/storage/volumes/">')
      continue
    }
    const first = byId.get(id)
    if (first) {
      problem(`glossary term "${declaration.name}" is declared twice: first at ${where(first)}`)
      continue
    }
    byId.set(id, declaration)
    const forms = termForms(declaration.name, declaration.also)
    const taken = forms.filter((form) => byForm.has(form) && byForm.get(form) !== declaration)
    if (taken.length > 0) {
      const other = byForm.get(taken[0]!)!
      problem(`glossary term "${declaration.name}": "${taken[0]}" already means "${other.name}" (${where(other)})`)
      continue
    }
    for (const form of forms) byForm.set(form, declaration)
    terms.push({ id, name: declaration.name, url: `${declaration.route}#${id}`, forms, notOn: new Set(declaration.notOn) })
  }
  return { glossary: { terms, routes: new Set(declarations.map((d) => d.route)) }, problems }
}

/** ".dockerignore" sorts under D, "cgroup" beside "Compose". */
function alphabeticalKey(name: string): string {
  return name.replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase()
}

/** The glossary as one page links it: without the terms whose words mean something else there. */
export function glossaryFor(glossary: Glossary, route: string): Glossary {
  return { ...glossary, terms: glossary.terms.filter((term) => !term.notOn.has(route)) }
}

export interface TermMatch {
  term: GlossaryTerm
  start: number
  end: number
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Finds uses of terms in prose. Matches are whole words, case-insensitive, longest first ("writable
 * layer" before "layer"), and never inside a longer word: "container" does not match "containerd",
 * "stage" does not match "multi-stage", "image" does not match a path such as /images/.
 */
export function createTermFinder(glossary: Glossary): (text: string) => TermMatch[] {
  const termOf = new Map<string, GlossaryTerm>()
  for (const term of glossary.terms) for (const form of term.forms) termOf.set(form, term)
  if (termOf.size === 0) return () => []
  // Prose wraps anywhere, so the words of a phrase may be separated by a line break.
  const alternatives = [...termOf.keys()].sort((a, b) => b.length - a.length).map((form) => escape(form).replaceAll(' ', '\\s+'))
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_./-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu')
  return (text) =>
    [...text.matchAll(pattern)].map((match) => ({
      term: termOf.get(match[0].toLowerCase().replace(/\s+/g, ' '))!,
      start: match.index,
      end: match.index + match[0].length,
    }))
}
