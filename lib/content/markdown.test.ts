import { describe, expect, it } from 'vitest'
import { mdxToMarkdown } from './markdown'

const page = { title: 'Volumes', description: 'Keep data beyond a container.', objectives: ['Create a volume'], url: 'https://guide.example/storage/volumes/' }
const absolute = (path: string) => `https://guide.example${path}`

describe('mdxToMarkdown', () => {
  const source = `---
title: Volumes
description: Keep data beyond a container.
---

Read [layers](/foundations/layers/#sharing-layers) first. Press <Kbd>Ctrl</Kbd>.

<Callout type="warning" title="Data loss">
Pruning **deletes** data.
</Callout>

<Tabs>
<Tab label="Linux">
Linux text.
</Tab>
</Tabs>

<Figure caption="A volume shared by two containers">
<SharedVolumeDiagram />
</Figure>

\`\`\`bash title="run.sh"
docker volume create data
\`\`\`

<Quiz>
<Question prompt="Where do volumes live?" options={["In the image", "Outside the container"]} answer={1}>
Docker manages them.
</Question>
</Quiz>

<RunBuilder example="docker run -d nginx:1.27-alpine" />
`

  const markdown = mdxToMarkdown(source, page, absolute)

  it('starts with the title, description, source link and objectives', () => {
    expect(markdown.startsWith('# Volumes\n\nKeep data beyond a container.\n\nSource: <https://guide.example/storage/volumes/>\n\n**What you will learn**\n\n- Create a volume\n')).toBe(true)
  })

  it('turns components into plain Markdown and makes site links absolute', () => {
    expect(markdown).toContain('[layers](https://guide.example/foundations/layers/#sharing-layers)')
    expect(markdown).toContain('Press `Ctrl`.')
    expect(markdown).toContain('> **Data loss:**\n>\n> Pruning **deletes** data.')
    expect(markdown).toContain('**Linux**\n\nLinux text.')
    expect(markdown).toContain('_Figure: A volume shared by two containers_')
    expect(markdown).toContain('```bash title="run.sh"\ndocker volume create data\n```')
    expect(markdown).toContain('**Where do volumes live?**\n\n- In the image\n- Outside the container\n\n**Answer:** Outside the container\n\nDocker manages them.')
    expect(markdown).toContain('```bash\ndocker run -d nginx:1.27-alpine\n```')
    expect(markdown).not.toMatch(/<[A-Z]|---\ntitle/)
  })
})
