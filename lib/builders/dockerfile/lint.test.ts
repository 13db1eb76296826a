// What the composer writes passes the guide's own Dockerfile linter: the start state, every
// preset and random valid states get no finding of severity error or warning, except those the
// composer has already warned about itself (staying root is allowed, with a warning).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lintDockerfile } from '../dockerfile-lint'
import { dockerfileState } from '../testing/dockerfile-arbitrary'
import type { DockerfileState } from './state'
import { composeStages, renderDockerfile } from './dockerfile'
import { dockerfileWarnings } from './warnings'
import { dockerfileBuilder } from '.'

/** Linter rules and the composer warning that already tells the reader the same thing. */
const WARNED: Record<string, string[]> = { 'root-user': ['root'], 'secret-in-arg-env': ['secret-args', 'secret-env'] }

const RUNS = Number(process.env.PROPERTY_RUNS ?? 100)

function serious(state: DockerfileState) {
  const warned = new Set(dockerfileWarnings(state).map((w) => w.id.replace(/-\d+$/, '')))
  return lintDockerfile(renderDockerfile(composeStages(state)))
    .filter((finding) => finding.severity !== 'info' && !(WARNED[finding.rule] ?? []).some((id) => warned.has(id)))
    .map((f) => `${f.line} ${f.rule}: ${f.message}`)
}

describe('the composer and the linter', () => {
  it('the start state and every preset lint clean', () => {
    for (const state of [dockerfileBuilder.start, ...dockerfileBuilder.presets.map((p) => p.state)]) {
      expect(serious(state), renderDockerfile(composeStages(state))).toEqual([])
    }
  })

  it('random valid states lint clean', () => {
    fc.assert(
      fc.property(dockerfileState, (state) => {
        expect(serious(state), renderDockerfile(composeStages(state))).toEqual([])
      }),
      { numRuns: RUNS },
    )
  })
})
