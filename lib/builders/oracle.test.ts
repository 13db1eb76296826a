// The real Docker CLI reads every command the builders make: the start state, every preset, and
// a few hundred random valid states of each builder. Commands run as argv, never through a shell.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { askDockerCli, dockerCliVersion } from '../../scripts/docker-oracle'
import { argvOf } from '../shell/quote'
import { evaluate } from './model'
import { BUILDER_CASES } from './testing/cases'

const RANDOM_STATES = Number(process.env.ORACLE_STATES ?? 300)

describe.skipIf(!dockerCliVersion)(`builder commands, checked by ${dockerCliVersion ?? 'the Docker CLI (not installed: skipped)'}`, () => {
  describe.each(BUILDER_CASES.map((builder) => [builder.model.id, builder] as const))('the %s builder', (id, builder) => {
    it(`is accepted for its start state, every preset and ${RANDOM_STATES} random valid states`, { timeout: 600_000 }, () => {
      const fixed = [builder.model.start, ...builder.model.presets.map((preset) => preset.state)]
      const random = fc.sample(builder.arbitrary, { numRuns: RANDOM_STATES, seed: 20_250 })
      const rejected: string[] = []
      let commands = 0
      let skipped = 0
      // Other programs (mkdir, openssl, sudo) are not the CLI's to judge: bash gives them exactly
      // their argv (builders.test.ts), and each builder's own tests check what they do.
      const otherPrograms = new Set<string>()
      for (const state of [...fixed, ...random]) {
        const { errors, outputs } = evaluate(builder.model, state)
        expect(errors).toEqual([])
        for (const output of outputs) {
          if (output.kind !== 'shell') continue
          const argv = argvOf(output.commands[0]!)
          if (argv[0] !== 'docker') {
            otherPrograms.add(argv[0]!)
            continue
          }
          const result = askDockerCli(argv)
          commands++
          if (result.verdict === 'skipped') skipped++
          if (result.verdict === 'rejected') rejected.push(`${JSON.stringify(argv)}\n    ${result.detail.split('\n')[0]}`)
        }
      }
      console.log(`Docker CLI oracle, ${id} builder: ${fixed.length + random.length} states, ${commands} commands, ${commands - rejected.length - skipped} accepted, ${skipped} skipped, ${rejected.length} rejected${otherPrograms.size > 0 ? `; not docker: ${[...otherPrograms].join(', ')}` : ''}`)
      expect(rejected).toEqual([])
      expect(skipped).toBe(0)
    })
  })
})
