// Every docker command in the guide's code blocks, handed to the real Docker CLI as argv (never
// through a shell). `npm run test:unit` compiles the content first.
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractDockerCommands, withSampleValues, type PageCommand } from '../lib/content/commands'
import { GENERATED_CONTENT_DIR, readManifest, readPage } from '../lib/content/generated'
import { askDockerCli, dockerCliVersion } from './docker-oracle'

if (!fs.existsSync(`${GENERATED_CONTENT_DIR}/manifest.json`)) {
  throw new Error('the content is not compiled: run npm run content first (npm run test:unit does)')
}
const pages = readManifest(GENERATED_CONTENT_DIR)
  .modules.flatMap((m) => m.pages)
  .map((p) => readPage(GENERATED_CONTENT_DIR, p.module, p.slug))

describe('shell code in the content', () => {
  it('parses as shell commands', () => {
    expect(pages.flatMap((page) => extractDockerCommands(page).problems)).toEqual([])
  })
})

describe.skipIf(!dockerCliVersion)(`docker commands in the content, checked by ${dockerCliVersion ?? 'the Docker CLI'}`, () => {
  // Several hundred CLI runs: minutes on a busy machine.
  it('are all accepted by the Docker CLI (plugins that are not installed are skipped)', { timeout: 300_000 }, () => {
    const commands: PageCommand[] = pages.flatMap((page) => extractDockerCommands(page).commands)
    expect(commands.length).toBeGreaterThan(0)
    const rejected: string[] = []
    const skipped: string[] = []
    for (const command of commands) {
      const result = askDockerCli(withSampleValues(command.argv))
      const where = `${command.route} (line ${command.line}): ${command.text}`
      if (result.verdict === 'rejected') rejected.push(`${where}\n    ${result.detail.split('\n').slice(0, 2).join('\n    ')}`)
      if (result.verdict === 'skipped') skipped.push(`${where}: ${result.detail}`)
    }
    console.log(`Docker CLI oracle: ${commands.length} commands, ${commands.length - rejected.length - skipped.length} accepted, ${skipped.length} skipped, ${rejected.length} rejected`)
    if (skipped.length > 0) console.log(`Skipped:\n  ${skipped.join('\n  ')}`)
    expect(rejected).toEqual([])
  })
})
