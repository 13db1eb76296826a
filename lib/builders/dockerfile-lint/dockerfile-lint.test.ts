import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lintDockerfile, RULES, type RuleId } from '.'
import { latestTag } from '../lessons/foundations'
import { decodeState, encodeState } from '../url-state'
import { CORPUS } from './corpus'
import { EXAMPLE_DOCKERFILE, lintPage, summarise } from './page'

const found = (text: string) => lintDockerfile(text).map((finding) => [finding.rule, finding.line])
const sorted = (pairs: (string | number)[][]) => [...pairs].sort((a, b) => String(a).localeCompare(String(b)))

describe('the Dockerfile linter on its corpus', () => {
  it('has at least 40 Dockerfiles, good and bad', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40)
    expect(CORPUS.filter((entry) => entry.expected.length === 0).length).toBeGreaterThanOrEqual(10)
    expect(new Set(CORPUS.map((entry) => entry.name)).size).toBe(CORPUS.length)
  })

  it.each(CORPUS.map((entry) => [entry.name, entry] as const))('%s', (_, entry) => {
    expect(sorted(found(entry.dockerfile))).toEqual(sorted(entry.expected))
  })

  it('exercises every rule', () => {
    const exercised = new Set(CORPUS.flatMap((entry) => entry.expected.map(([rule]) => rule)))
    expect(Object.keys(RULES).filter((rule) => !exercised.has(rule as RuleId))).toEqual([])
  })
})

describe('a finding', () => {
  it('carries the severity, reason, fix and lesson of its rule, and says what is wrong on the line', () => {
    const [finding] = lintDockerfile('FROM ubuntu:latest\nUSER 10001\n')
    expect(finding).toEqual({
      rule: 'base-latest',
      line: 1,
      severity: 'warning',
      message: 'The base image ubuntu:latest is tagged latest.',
      reason: RULES['base-latest'].reason,
      fix: RULES['base-latest'].fix,
      lesson: latestTag,
    })
  })

  // That each rule's lesson exists is checked with every lesson, in lessons/lessons.test.ts.
  it('names the other linters only by their rule names', () => {
    for (const rule of Object.values(RULES) as { hadolint?: string; buildkit?: string }[]) {
      if (rule.hadolint) expect(rule.hadolint).toMatch(/^DL\d{4}(, DL\d{4})*$/)
      if (rule.buildkit) expect(rule.buildkit).toMatch(/^[A-Z][A-Za-z]+(, [A-Z][A-Za-z]+)*$/)
    }
  })

  it('counts lines the way an editor does, with CRLF line endings too', () => {
    expect(found('FROM alpine:3.20\r\nUSER 10001\r\nCMD echo hi\r\n')).toEqual([['shell-form-cmd', 3]])
  })

  it('reports a continued instruction on its first line', () => {
    expect(found('FROM alpine:3.20\nUSER 10001\nCMD echo \\\n  one \\\n  two\n')).toEqual([['shell-form-cmd', 3]])
  })
})

/** Text made of Dockerfile pieces, so the parser meets almost-valid input as well as noise. */
const dockerfileSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom('FROM', 'from', 'RUN', 'CMD', 'COPY', 'ADD', 'ENV', 'ARG', 'USER', 'WORKDIR', 'LABEL', 'ONBUILD', 'HEALTHCHECK', 'SHELL', 'AS', 'as'),
      fc.constantFrom(' ', '\n', '\r\n', '\\\n', '\\', '#', '# escape=`', '# syntax=x', '"', "'", '[', ']', '$', '${', '}', ':-', '=', '<<EOF', 'EOF', '--from=', '--mount=type=cache,target=/var/lib/apt', '&&', ';', '|', '.'),
      fc.constantFrom('apt-get update', 'apt-get install', 'npm ci', 'cd /x', 'sudo', 'alpine', 'node:latest', '/app', 'app', 'root', 'TOKEN', 'scratch', 'build'),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))

const anyText = fc.oneof(dockerfileSoup, fc.string({ unit: 'binary', maxLength: 200 }))

/** Where a blank or comment line can go without changing the instructions: not inside one. */
function insertionPoints(text: string): number[] {
  const lines = text.split('\n')
  return lines.flatMap((line, index) => (index === 0 || !lines[index - 1]!.endsWith('\\') ? [index] : []))
}

describe('the linter on any text', () => {
  it('never throws, and every finding is complete and on a line of the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const lineCount = text.split(/\r\n|\r|\n/).length
        for (const finding of lintDockerfile(text)) {
          expect(finding.line).toBeGreaterThanOrEqual(1)
          expect(finding.line).toBeLessThanOrEqual(lineCount)
          expect(RULES[finding.rule].severity).toBe(finding.severity)
          expect(finding.message.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('finds the same problems, moved down, after blank lines and comments are added between instructions', () => {
    const cases = CORPUS.filter((entry) => !entry.expected.some(([rule]) => rule === 'empty-dockerfile'))
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('', '   ', '# a note', '#', '  # indented note')), { minLength: 1, maxLength: 4 }),
        (entry, insertions) => {
          const lines = entry.dockerfile.split('\n')
          const points = insertionPoints(entry.dockerfile)
          const added = new Map<number, string[]>()
          for (const [pick, line] of insertions) {
            const at = points[pick % points.length]!
            added.set(at, [...(added.get(at) ?? []), line])
          }
          const shifted = (line: number) => line + [...added].filter(([at]) => at < line).reduce((sum, [, extra]) => sum + extra.length, 0)
          const text = lines.flatMap((line, index) => [...(added.get(index) ?? []), line]).join('\n')
          expect(sorted(found(text))).toEqual(sorted(entry.expected.map(([rule, line]) => [rule, shifted(line)])))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keeps a finding-free Dockerfile finding-free with trailing spaces and indented instructions', () => {
    const clean = CORPUS.filter((entry) => entry.expected.length === 0 && entry.dockerfile.trim() !== '')
    fc.assert(
      fc.property(fc.constantFrom(...clean), fc.constantFrom(' ', '  ', '\t'), (entry, space) => {
        const text = entry.dockerfile
          .split('\n')
          .map((line) => (line.endsWith('\\') || line === '' ? line : `${space}${line}${space}`))
          .join('\n')
        expect(found(text)).toEqual([])
      }),
    )
  })
})

describe('the linter page', () => {
  it('sums the findings up by severity, in words', () => {
    expect(summarise(lintDockerfile(EXAMPLE_DOCKERFILE))).toBe('1 error, 8 warnings, 2 suggestions.')
    expect(summarise(lintDockerfile('FROM alpine:3.20\nUSER 10001\nCMD echo hi\n'))).toBe('1 warning.')
    expect(summarise([])).toBe('No findings: this Dockerfile passes every check.')
  })

  it('keeps any Dockerfile text in the URL and reads it back unchanged', () => {
    fc.assert(
      fc.property(anyText, (dockerfile) => {
        const params = new URLSearchParams(encodeState(lintPage.spec, { dockerfile }, lintPage.start).toString())
        expect(decodeState(lintPage.spec, params, lintPage.start)).toEqual({ dockerfile })
      }),
    )
  })
})
