import { describe, expect, it } from 'vitest'
import { buildCheatSheet, cheatSheetMarkdown, commandKey, sectionHref, withoutLinks } from './cheat-sheet'
import { extractDockerCommands } from './commands'
import type { CodeBlockInfo, Manifest, ModuleSummary, PageData } from './types'

function block(sectionId: string, copyText: string, lang = 'bash'): CodeBlockInfo {
  return { lang, code: copyText, copyText, sectionId, line: 1 }
}

function page(module: string, slug: string, codeBlocks: CodeBlockInfo[]): PageData {
  return {
    module,
    slug,
    route: `/${module}/${slug}/`,
    title: `Page ${slug}`,
    description: 'd',
    file: 'f',
    readingMinutes: 1,
    wordCount: 1,
    code: '',
    headings: [
      { depth: 2, text: 'Running it', id: 'running-it' },
      { depth: 2, text: 'Cleaning up', id: 'cleaning-up' },
    ],
    sections: [],
    codeBlocks,
    ids: [],
  }
}

function manifestOf(pages: PageData[], kinds: Record<string, ModuleSummary['kind']>): Manifest {
  const slugs = [...new Set(pages.map((p) => p.module))]
  return {
    modules: slugs.map((slug, order) => ({
      slug,
      order,
      kind: kinds[slug] ?? 'path',
      title: slug.toUpperCase(),
      description: 'd',
      pages: pages.filter((p) => p.module === slug),
    })),
  }
}

describe('extractDockerCommands', () => {
  it('gives each command as written, with its continuation lines, quotes and substitutions', () => {
    const { commands } = extractDockerCommands(
      page('m', 'p', [
        block('running-it', `docker run -d \\\n  --name web \\\n  -v "$(pwd)/site:/usr/share/nginx/html" nginx:1.27-alpine\ndocker inspect --format '{{.State.Pid}}' web`),
      ]),
    )
    expect(commands.map((c) => c.text)).toEqual([
      `docker run -d \\\n  --name web \\\n  -v "$(pwd)/site:/usr/share/nginx/html" nginx:1.27-alpine`,
      `docker inspect --format '{{.State.Pid}}' web`,
    ])
    expect(commands[1]!.argv).toEqual(['docker', 'inspect', '--format', '{{.State.Pid}}', 'web'])
  })

  it('keeps a pipeline or chain whole, and the environment and sudo in front of docker', () => {
    const { commands } = extractDockerCommands(
      page('m', 'p', [block('', 'docker save my-app:1.0 | gzip > my-app.tar.gz\nDOCKER_CONTENT_TRUST=1 docker pull nginx:1.27-alpine\nls -l')]),
    )
    expect(commands.map((c) => [c.text, c.argv[1]])).toEqual([
      ['docker save my-app:1.0 | gzip > my-app.tar.gz', 'save'],
      ['DOCKER_CONTENT_TRUST=1 docker pull nginx:1.27-alpine', 'pull'],
    ])
  })

  it('reads a quoted value that spans lines as part of its whole block', () => {
    const code = `docker run --rm alpine:3.20 sh -c 'echo one\necho two'`
    const { commands, problems } = extractDockerCommands(page('m', 'p', [block('', code)]))
    expect(problems).toEqual([])
    expect(commands.map((c) => c.text)).toEqual([code])
  })
})

describe('buildCheatSheet', () => {
  const first = page('basics', 'one', [
    block('running-it', 'docker run -d --name web nginx:1.27-alpine\ndocker ps'),
    block('cleaning-up', 'docker rm -f web'),
  ])
  const second = page('basics', 'two', [block('running-it', 'docker ps\ndocker run -d \\\n  --name web nginx:1.27-alpine\ndocker logs web')])
  const tool = page('tools', 'run', [block('', 'docker image ls')])
  const manifest = manifestOf([tool, first, second], { tools: 'tools' })
  const sheet = buildCheatSheet(manifest, (route) => [first, second, tool].find((p) => p.route === route)!)

  it('groups commands by module, page and the section that explains them, linking to it', () => {
    expect(sheet.map((m) => m.title)).toEqual(['BASICS', 'TOOLS'])
    expect(sheet[0]!.pages[0]!.sections).toEqual([
      { id: 'running-it', title: 'Running it', href: '/basics/one/#running-it', commands: ['docker run -d --name web nginx:1.27-alpine', 'docker ps'] },
      { id: 'cleaning-up', title: 'Cleaning up', href: '/basics/one/#cleaning-up', commands: ['docker rm -f web'] },
    ])
  })

  it('lists each command once, where the guide first shows it, however it is wrapped', () => {
    expect(sheet[0]!.pages[1]!.sections.map((s) => s.commands)).toEqual([['docker logs web']])
    const all = sheet.flatMap((m) => m.pages.flatMap((p) => p.sections.flatMap((s) => s.commands)))
    expect(new Set(all.map(commandKey)).size).toBe(all.length)
  })

  it('links commands shown before the first heading to the page itself', () => {
    expect(sheet[1]!.pages[0]!.sections).toEqual([{ id: '', title: 'Page run', href: '/tools/run/', commands: ['docker image ls'] }])
  })

  it('drops the section links for the page, and sectionHref rebuilds each of them', () => {
    const data = withoutLinks(sheet)
    const rebuilt = data.flatMap((m) => m.pages.flatMap((p) => p.sections.map((s) => sectionHref(p.route, s.id))))
    expect(rebuilt).toEqual(sheet.flatMap((m) => m.pages.flatMap((p) => p.sections.map((s) => s.href))))
    expect(data.flatMap((m) => m.pages.flatMap((p) => p.sections)).every((s) => !('href' in s))).toBe(true)
  })
})

describe('cheatSheetMarkdown', () => {
  it('writes the sheet as headings, section links and bash blocks', async () => {
    const { unified } = await import('unified')
    const { default: remarkStringify } = await import('remark-stringify')
    const one = page('basics', 'one', [block('running-it', 'docker ps\ndocker images')])
    const sheet = buildCheatSheet(manifestOf([one], {}), () => one)
    const nodes = cheatSheetMarkdown(sheet, (path) => `https://guide.example${path}`)
    const markdown = unified().use(remarkStringify).stringify({ type: 'root', children: nodes })
    expect(markdown).toBe(
      '## BASICS\n\n### [Page one](https://guide.example/basics/one/)\n\n[Running it](https://guide.example/basics/one/#running-it)\n\n```bash\ndocker ps\ndocker images\n```\n',
    )
  })
})
