// The real Docker CLI reads every command the builders make: the start state, every preset, and
// a few hundred random valid states of each builder. Commands run as argv, never through a shell.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { askDockerCli, dockerCliVersion } from '../../scripts/docker-oracle'
import { argvOf } from '../shell/quote'
import { parseShell } from '../shell/parse'
import { evaluate, type Output } from './model'
import { outputText } from './output'
import { BUILDER_CASES } from './testing/cases'

/**
 * A command that is not docker (gzip in `docker save … | gzip > file`) has no oracle here: the shell
 * parser must read the output back into the same argv and redirections, with nothing to expand.
 */
function expectShellReadsBack(output: Extract<Output, { kind: 'shell' }>, index: number) {
  const parsed = parseShell(outputText(output, 'multi'))
  if (!parsed.ok) throw new Error(`${outputText(output, 'single')}: ${parsed.error}`)
  const command = output.commands[index]!
  const found = parsed.commands[index]!
  expect(found.argv).toEqual(argvOf(command))
  expect(found.expansions).toEqual([])
  expect(found.redirects).toEqual([
    ...(command.stdin === undefined ? [] : [{ operator: '<', target: command.stdin }]),
    ...(command.stdout === undefined ? [] : [{ operator: '>', target: command.stdout }]),
  ])
}

const RANDOM_STATES = Number(process.env.ORACLE_STATES ?? 300)

describe.skipIf(!dockerCliVersion)(`builder commands, checked by ${dockerCliVersion ?? 'the Docker CLI (not installed: skipped)'}`, () => {
  describe.each(BUILDER_CASES.map((builder) => [builder.model.id, builder] as const))('the %s builder', (id, builder) => {
    it(`is accepted for its start state, every preset and ${RANDOM_STATES} random valid states`, { timeout: 600_000 }, () => {
      const fixed = [builder.model.start, ...builder.model.presets.map((preset) => preset.state)]
      const random = fc.sample(builder.arbitrary, { numRuns: RANDOM_STATES, seed: 20_250 })
      const rejected: string[] = []
      let commands = 0
      let skipped = 0
      // Other programs (mkdir, openssl, sudo, gzip) are not the CLI's to judge: the shell parser
      // must read them back exactly (above), and each builder's own tests check what they do.
      const otherPrograms = new Map<string, number>()
      for (const state of [...fixed, ...random]) {
        const { errors, outputs } = evaluate(builder.model, state)
        expect(errors).toEqual([])
        for (const output of outputs) {
          if (output.kind !== 'shell') continue
          for (const [index, command] of output.commands.entries()) {
            const argv = argvOf(command)
            if (argv[0] !== 'docker') {
              expectShellReadsBack(output, index)
              otherPrograms.set(argv[0]!, (otherPrograms.get(argv[0]!) ?? 0) + 1)
              continue
            }
            const result = askDockerCli(argv)
            commands++
            if (result.verdict === 'skipped') skipped++
            if (result.verdict === 'rejected') rejected.push(`${JSON.stringify(argv)}\n    ${result.detail.split('\n')[0]}`)
          }
        }
      }
      const others = [...otherPrograms].map(([program, count]) => `${count} ${program}`).join(', ')
      console.log(`Docker CLI oracle, ${id} builder: ${fixed.length + random.length} states, ${commands} commands, ${commands - rejected.length - skipped} accepted, ${skipped} skipped, ${rejected.length} rejected${others ? `; not docker, read back by the shell parser: ${others}` : ''}`)
      expect(rejected).toEqual([])
      expect(skipped).toBe(0)
    })
  })
})
