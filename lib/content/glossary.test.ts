import path from 'node:path'
import * as React from 'react'
import * as jsxRuntime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { buildContent } from './build'
import { buildGlossary, createTermFinder, glossaryFor, pluralOf, termForms, termId, type TermDeclaration } from './glossary'
import { formatProblem } from './problems'
import type { PageData } from './types'

const declaration = (name: string, also: string[] = [], line = 1): TermDeclaration => ({
  name,
  also,
  notOn: [],
  href: '/learn/lesson/',
  file: 'content/10-reference/02-glossary.mdx',
  route: '/reference/glossary/',
  line,
})

describe('term ids and forms', () => {
  it('derives anchors from names', () => {
    expect(termId('Bind mount')).toBe('bind-mount')
    expect(termId('.dockerignore')).toBe('dockerignore')
    expect(termId('Namespace (Linux)')).toBe('namespace-linux')
    expect(termId('Copy-on-write')).toBe('copy-on-write')
  })

  it('adds plurals of the last word', () => {
    expect(pluralOf('registry')).toBe('registries')
    expect(pluralOf('bind mount')).toBe('bind mounts')
    expect(pluralOf('capability')).toBe('capabilities')
    expect(pluralOf('Docker Hub')).toBe('Docker Hubs')
    expect(pluralOf('bridge network')).toBe('bridge networks')
    expect(pluralOf('index')).toBe('indexes')
    expect(pluralOf('key')).toBe('keys')
  })

  it('matches the name and the also words, but never a qualified name such as "Namespace (Linux)"', () => {
    expect(termForms('cgroup', ['control group'])).toEqual(['cgroup', 'cgroups', 'control group', 'control groups'])
    expect(termForms('Namespace (Linux)', ['Linux  namespace'])).toEqual(['linux namespace', 'linux namespaces'])
  })
})

describe('buildGlossary', () => {
  it('links every term to its entry on the page that declares it', () => {
    const { glossary, problems } = buildGlossary([declaration('Bind mount'), declaration('Image')])
    expect(problems).toEqual([])
    expect(glossary.terms.map((t) => t.url)).toEqual(['/reference/glossary/#bind-mount', '/reference/glossary/#image'])
    expect([...glossary.routes]).toEqual(['/reference/glossary/'])
  })

  it('fails on a term declared twice, naming both lines', () => {
    const { glossary, problems } = buildGlossary([declaration('Image', [], 10), declaration('image', [], 14)])
    expect(problems.map(formatProblem)).toEqual([
      'content/10-reference/02-glossary.mdx:14: glossary term "image" is declared twice: first at content/10-reference/02-glossary.mdx:10',
    ])
    expect(glossary.terms).toHaveLength(1)
  })

  it('fails on a term out of alphabetical order, ignoring case and leading punctuation', () => {
    const ordered = buildGlossary([declaration('cgroup'), declaration('Compose'), declaration('Dockerfile'), declaration('.dockerignore'), declaration('Image')])
    expect(ordered.problems).toEqual([])
    const { problems } = buildGlossary([declaration('Image', [], 3), declaration('Container', [], 7)])
    expect(problems.map(formatProblem)).toEqual(['content/10-reference/02-glossary.mdx:7: glossary term "Container" is out of alphabetical order: move it before "Image"'])
  })

  it('fails when two terms claim the same word', () => {
    const { problems } = buildGlossary([declaration('Box', ['containers'], 3), declaration('Container', [], 9)])
    expect(problems.map(formatProblem)).toEqual([
      'content/10-reference/02-glossary.mdx:9: glossary term "Container": "containers" already means "Box" (content/10-reference/02-glossary.mdx:3)',
    ])
  })
})

describe('glossaryFor', () => {
  it('leaves out, on the pages a term names in notOn, the terms whose words mean something else there', () => {
    const { glossary } = buildGlossary([declaration('Image'), { ...declaration('Layer'), notOn: ['/security/isolation-limits/'] }])
    expect(glossaryFor(glossary, '/security/isolation-limits/').terms.map((t) => t.id)).toEqual(['image'])
    expect(glossaryFor(glossary, '/foundations/layers/').terms.map((t) => t.id)).toEqual(['image', 'layer'])
  })
})

describe('createTermFinder', () => {
  const { glossary } = buildGlossary([
    declaration('Container'),
    declaration('Layer'),
    declaration('Writable layer', ['container layer']),
    declaration('Multi-stage build', ['build stage']),
    declaration('Image'),
    declaration('Registry'),
  ])
  const find = createTermFinder(glossary)
  const found = (text: string) => find(text).map((m) => `${text.slice(m.start, m.end)}=${m.term.id}`)

  it('matches whole words, case-insensitively, with plurals', () => {
    expect(found('Images and CONTAINERS live in registries.')).toEqual(['Images=image', 'CONTAINERS=container', 'registries=registry'])
  })

  it('prefers the longest phrase, also across a line break', () => {
    expect(found('the writable\nlayer of a container')).toEqual(['writable\nlayer=writable-layer', 'container=container'])
    expect(found('a container layer')).toEqual(['container layer=writable-layer'])
  })

  it('never matches inside a longer word, a hyphenated word or a path', () => {
    expect(found('containerd, multi-layered, /var/lib/images/, image-based, layer_id')).toEqual([])
  })

  it('accepts punctuation and possessives around a term', () => {
    expect(found('(image), "layer"; the container’s')).toEqual(['image=image', 'layer=layer', 'container=container'])
  })
})

const projectRoot = path.resolve(__dirname, '../..')
const componentNames = ['Callout', 'CodeBlock', 'Glossary', 'Kbd', 'Term']

async function buildFixture(fixture: string) {
  return buildContent({ contentDir: path.join(__dirname, '__fixtures__', fixture), projectRoot, componentNames, appRoutes: ['/'] })
}

/** Renders a compiled page with stand-in components, as MdxContent does with the real ones. */
function render(page: PageData): string {
  const scope = { React, _jsx_runtime: jsxRuntime }
  const mdx = new Function(...Object.keys(scope), page.code)(...Object.values(scope)).default
  const wrap = (tag: string) =>
    function StandIn(props: { children?: React.ReactNode }) {
      return React.createElement(tag, null, props.children)
    }
  const components = { Callout: wrap('aside'), CodeBlock: wrap('figure'), Glossary: wrap('dl'), Kbd: wrap('kbd'), Term: wrap('div') }
  return renderToStaticMarkup(mdx({ components }))
}

const glossaryLinks = (html: string) =>
  [...html.matchAll(/<a href="([^"]+)" class="glossary-link" data-glossary-term="[^"]+">([^<]+)<\/a>/g)].map((m) => `${m[2]} -> ${m[1]}`)

describe('the content build links the first use of each term', () => {
  it('in prose only: not in headings, code, links or components like Kbd; once per term per page', async () => {
    const result = await buildFixture('glossary')
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
    const lesson = result.pages.find((p) => p.route === '/learn/lesson/')!
    const html = render(lesson)
    expect(glossaryLinks(html)).toEqual([
      'Images -> /ref/glossary/#image',
      'writable\nlayer -> /ref/glossary/#writable-layer',
      'container -> /ref/glossary/#container',
      'layer -> /ref/glossary/#layer',
    ])
    expect(html).toContain('<h2 id="images-and-containers">Images and containers</h2>')
    expect(html).toContain('<code>image</code>')
    expect(html).toContain('<kbd>Layer</kbd>')
    // Linking changes no text: search and reading time see the same words.
    expect(lesson.sections.find((s) => s.id === 'images-and-containers')!.text).toContain('Images are read-only; an image used again is not linked twice.')
  })

  it('again on every other page, but never on the page that declares the terms', async () => {
    const result = await buildFixture('glossary')
    if (!result.ok) throw new Error('build failed')
    const other = result.pages.find((p) => p.route === '/learn/other/')!
    expect(glossaryLinks(render(other))).toEqual(['layer -> /ref/glossary/#layer'])
    const elsewhere = result.pages.find((p) => p.route === '/learn/elsewhere/')!
    expect(glossaryLinks(render(elsewhere)), 'Layer is notOn this page').toEqual(['image -> /ref/glossary/#image'])
    const glossary = result.pages.find((p) => p.route === '/ref/glossary/')!
    expect(glossaryLinks(render(glossary))).toEqual([])
  })

  it('makes each entry a search section and a link target', async () => {
    const result = await buildFixture('glossary')
    if (!result.ok) throw new Error('build failed')
    const glossary = result.pages.find((p) => p.route === '/ref/glossary/')!
    expect(glossary.ids).toEqual(['container', 'image', 'layer', 'writable-layer'])
    expect(glossary.sections.find((s) => s.id === 'image')).toEqual({ id: 'image', headingPath: ['Glossary', 'Image'], text: 'A read-only template.', code: '' })
  })

  it('fails on terms declared twice, without a link, or with a link that goes nowhere', async () => {
    const result = await buildFixture('bad-glossary')
    if (result.ok) throw new Error('expected the build to fail')
    const file = 'lib/content/__fixtures__/bad-glossary/02-ref/01-glossary.mdx'
    expect(result.problems.map(formatProblem)).toEqual([
      `${file}:12:1: glossary term "image" is declared twice: first at ${file}:8`,
      `${file}:16:1: <Term> needs a name and an href to the section that explains it, in quotes: <Term name="Volume" href="/storage/volumes/">`,
      `${file}:20:1: glossary term "Picture": "image" already means "Image" (${file}:8)`,
      `${file}:20: link "/learn/nowhere/" does not match any page`,
      `${file}:24: link "/learn/lesson/#volumes": /learn/lesson/ has no section "#volumes"`,
    ])
  })
})
