import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { argvOf, quoteArg, renderCommand, renderPipeline, type Command } from './quote'
import { parseShell } from './parse'

/** A folder with a file in it, so an unquoted glob would visibly expand to that file's name. */
const globDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quote-'))
fs.writeFileSync(path.join(globDir, 'GLOB-EXPANDED'), '')

/** Runs shell text in bash with `docker` replaced by a function that prints its argv, NUL-separated. */
function recordArgv(text: string): string[] {
  const script = `docker() { printf '%s\\0' "$@"; }\n${text}`
  const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', cwd: globDir })
  if (result.status !== 0) throw new Error(`bash failed: ${result.stderr}`)
  return result.stdout.split('\0').slice(0, -1)
}

/** Strings built to break shell syntax if anything were left unquoted. */
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('$(touch /tmp/pwned)', '`id`', '; rm -rf ~', "it's", '"quoted"', 'a\nb', '*', '~', '$HOME', '\\', '!', '{a,b}', '#x', ' ', '', '--flag', "'\\''", '&&', '|', '>out', '\t'),
  fc.array(fc.constantFrom('$', '(', ')', '`', "'", '"', ';', '&', '|', '<', '>', '*', '?', '[', ']', '~', '#', '\\', '\n', ' ', '!', '{', '}', 'a', '='), { maxLength: 12 }).map((chars) => chars.join('')),
)

describe('quoteArg', () => {
  it('leaves plain words bare and quotes everything else', () => {
    expect(quoteArg('nginx:1.27-alpine')).toBe('nginx:1.27-alpine')
    expect(quoteArg('8080:80/tcp')).toBe('8080:80/tcp')
    expect(quoteArg('')).toBe("''")
    expect(quoteArg('{{.Names}}')).toBe("'{{.Names}}'")
    expect(quoteArg("it's")).toBe("'it'\\''s'")
    expect(quoteArg('~/data')).toBe("'~/data'")
  })

  it('round-trips any argv through bash exactly, with nothing executed', () => {
    fc.assert(
      fc.property(fc.array(hostile.filter((s) => !s.includes('\0')), { minLength: 1, maxLength: 6 }), (args) => {
        const text = renderCommand({ lines: [['docker'], args] })
        expect(recordArgv(text)).toEqual(args)
      }),
      { numRuns: 150 },
    )
  }, 120_000)
})

describe('renderCommand', () => {
  const command: Command = { lines: [['docker', 'run'], ['--detach'], ['--name', 'web'], ['-e', 'GREETING=hello world'], ['nginx:1.27-alpine']] }

  it('puts everything on one line, or one group per line with \\ continuations', () => {
    expect(renderCommand(command)).toBe("docker run --detach --name web -e 'GREETING=hello world' nginx:1.27-alpine")
    expect(renderCommand(command, 'multi')).toBe(
      "docker run \\\n  --detach \\\n  --name web \\\n  -e 'GREETING=hello world' \\\n  nginx:1.27-alpine",
    )
  })

  it('gives bash the same argv in both layouts', () => {
    expect(recordArgv(renderCommand(command, 'multi'))).toEqual(argvOf(command).slice(1))
    expect(recordArgv(renderCommand(command))).toEqual(argvOf(command).slice(1))
  })

  it('quotes redirection targets and pipes commands', () => {
    const text = renderPipeline([{ lines: [['docker', 'save', 'nginx:1.27-alpine']] }, { lines: [['gzip']], stdout: 'my images.tar.gz' }])
    expect(text).toBe("docker save nginx:1.27-alpine | gzip > 'my images.tar.gz'")
  })

  it('is read back by our own parser as the same argv', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 6 }), fc.constantFrom('single', 'multi'), (args, layout) => {
        const parsed = parseShell(renderCommand({ lines: [['docker', 'run'], ...args.map((a) => [a])] }, layout as 'single' | 'multi'))
        expect(parsed.ok && parsed.commands.map((c) => c.argv)).toEqual([['docker', 'run', ...args]])
      }),
      { numRuns: 300 },
    )
  })
})
