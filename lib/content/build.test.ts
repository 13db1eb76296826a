import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildContent, type BuildResult } from './build'
import { formatProblem } from './problems'

const projectRoot = path.resolve(__dirname, '../..')
const componentNames = ['Callout', 'CodeBlock', 'Figure', 'Kbd', 'Steps', 'Tab', 'Tabs']

function build(fixture: string): Promise<BuildResult> {
  return buildContent({
    contentDir: path.join(__dirname, '__fixtures__', fixture),
    projectRoot,
    componentNames,
    appRoutes: ['/'],
  })
}

async function problemsOf(fixture: string): Promise<string[]> {
  const result = await build(fixture)
  if (result.ok) throw new Error(`expected ${fixture} to fail`)
  return result.problems.map(formatProblem)
}

const fixtureFile = (fixture: string, file: string) => `lib/content/__fixtures__/${fixture}/${file}`

describe('buildContent on valid content', () => {
  it('orders modules and pages by their numeric prefixes and derives routes from slugs', async () => {
    const result = await build('valid')
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'))
    expect(result.manifest.modules.map((m) => [m.slug, m.kind, m.pages.map((p) => p.route)])).toEqual([
      ['basics', 'path', ['/basics/first/', '/basics/second/']],
      ['more', 'path', ['/more/third/']],
      ['ref', 'reference', ['/ref/glossary/']],
    ])
    const first = result.manifest.modules[0]!.pages[0]!
    expect(first).toMatchObject({ title: 'First page', objectives: ['Read the first page'], tags: ['fixture'] })
  })

  it('collects headings with unique ids, sections for search and code blocks with what to copy', async () => {
    const result = await build('valid')
    if (!result.ok) throw new Error('build failed')
    const page = result.pages.find((p) => p.route === '/basics/first/')!
    expect(page.headings).toEqual([
      { depth: 2, text: 'Running a container', id: 'running-a-container' },
      { depth: 3, text: 'A detail', id: 'a-detail' },
      { depth: 2, text: 'Running a container', id: 'running-a-container-1' },
    ])
    expect(page.sections.map((s) => [s.id, s.headingPath])).toEqual([
      ['', ['First page']],
      ['running-a-container', ['First page', 'Running a container']],
      ['a-detail', ['First page', 'Running a container', 'A detail']],
      ['running-a-container-1', ['First page', 'Running a container']],
    ])
    expect(page.sections[0]!.text).toBe('Intro with a link to the second page and --restart.')
    expect(page.sections[1]!.text).toContain('Inside a callout with Ctrl.')
    expect(page.codeBlocks).toEqual([
      expect.objectContaining({
        lang: 'console',
        title: 'Terminal',
        sectionId: 'running-a-container',
        copyText: 'docker run -d --name web \\\n    nginx:1.27-alpine\ndocker ps',
      }),
    ])
    expect(page.ids).toEqual(['a-detail', 'running-a-container', 'running-a-container-1'])
  })

  it('emits highlighted code through the CodeBlock component, with no highlighter left for the browser', async () => {
    const result = await build('valid')
    if (!result.ok) throw new Error('build failed')
    const page = result.pages.find((p) => p.route === '/basics/second/')!
    expect(page.code).toContain('CodeBlock')
    expect(page.code).toContain('--shiki-dark')
    expect(page.code).not.toMatch(/shiki\/|createHighlighter/)
    // The listing is one HTML string, not a React element per token for the browser to hydrate.
    expect(page.code).toMatch(/html:["'`]<pre class="shiki /)
    expect(page.code).not.toMatch(/style:\{"--shiki/)
  })
})

describe('buildContent reports problems with file, line and reason', () => {
  it('bad frontmatter: missing field, wrong type, unknown field, invalid YAML, no frontmatter', async () => {
    const problems = await problemsOf('bad-frontmatter')
    const file = (name: string) => fixtureFile('bad-frontmatter', `01-m/${name}`)
    expect(problems).toEqual(
      expect.arrayContaining([
        `${file('01-missing-title.mdx')}:2: frontmatter field "title": title is required`,
        `${file('02-wrong-type.mdx')}:4: frontmatter field "objectives": objectives must be a list of text items`,
        `${file('03-unknown-field.mdx')}:4: unknown frontmatter field "descripton" (allowed: title, description, sidebarTitle, objectives, tags)`,
        `${file('05-no-frontmatter.mdx')}:1: missing frontmatter: start the file with a --- block holding title and description`,
      ]),
    )
    expect(problems.find((p) => p.includes('04-invalid-yaml.mdx'))).toMatch(/04-invalid-yaml\.mdx:3: frontmatter is not valid YAML/)
  })

  it('two pages with the same slug', async () => {
    expect(await problemsOf('duplicate-slug')).toEqual([
      `${fixtureFile('duplicate-slug', '01-m/02-intro.mdx')}: two pages have the slug "intro": ${fixtureFile('duplicate-slug', '01-m/01-intro.mdx')} and ${fixtureFile('duplicate-slug', '01-m/02-intro.mdx')}`,
    ])
  })

  it('an unknown component', async () => {
    const [problem, ...rest] = await problemsOf('unknown-component')
    expect(rest).toEqual([])
    expect(problem).toMatch(new RegExp(`^${fixtureFile('unknown-component', '01-m/01-page.mdx')}:8:1: unknown component <Diagram>; available components: Callout,`))
  })

  it('MDX that does not parse', async () => {
    expect(await problemsOf('bad-mdx')).toEqual([
      `${fixtureFile('bad-mdx', '01-m/01-page.mdx')}:8:1: MDX syntax error: Expected a closing tag for \`<Callout>\` (8:1-8:22)`,
    ])
  })

  it('links to pages and anchors that do not exist, and relative links', async () => {
    const file = fixtureFile('broken-links', '01-m/01-page.mdx')
    expect(await problemsOf('broken-links')).toEqual([
      `${file}:8: link "/m/pgae/" does not match any page (did you mean "/m/page/"?)`,
      `${file}:10: link "/m/page/#real-sectoin": /m/page/ has no section "#real-sectoin" (did you mean "#real-section"?)`,
      `${file}:12: link "../page/" is relative; write a path from the site root, like /foundations/images/`,
      `${file}:14: link "#nowhere": /m/page/ has no section "#nowhere"`,
    ])
  })

  it('broken _module.json files and folder names', async () => {
    const problems = await problemsOf('bad-module')
    expect(problems).toEqual([
      `${fixtureFile('bad-module', '01-m/_module.json')}:4:1: invalid JSON: Expected double-quoted property name in JSON at position 58`,
      `${fixtureFile('bad-module', '02-n/_module.json')}:1: module field "description": description is required`,
      `${fixtureFile('bad-module', '02-n/_module.json')}:3: module field "kind": kind must be one of path, reference, tools`,
      `${fixtureFile('bad-module', 'Bad_Name')}: module folder names look like 01-foundations (order, dash, lowercase slug)`,
    ])
  })

  it('imports, a second h1, unknown and missing code languages', async () => {
    const file = fixtureFile('bad-code', '01-m/01-page.mdx')
    const problems = await problemsOf('bad-code')
    expect(problems).toHaveLength(4)
    expect(problems[0]).toBe(`${file}:6:1: import/export is not allowed in content: every component is available without importing it`)
    expect(problems[1]).toBe(`${file}:8:1: use ## for headings: the page title (from frontmatter) is the only h1`)
    expect(problems[2]).toMatch(new RegExp(`^${file}:10:1: unknown code language "foo"`))
    expect(problems[3]).toBe(`${file}:14:1: code block needs a language after the fence, for example \`\`\`bash or \`\`\`text`)
  })
})
