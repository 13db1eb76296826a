// "Explain this command": pasted shell text → which builder, its state, and every part explained.
import { buildBuilder } from './build'
import { readBuildArgs } from './build/read'
import type { ExplainedPart } from './cli/flags'
import { findDockerCommand } from './docker-command'
import type { BuildState } from './build/state'
import { runBuilder } from './run'
import { readRunArgs } from './run/read'
import type { RunState } from './run/state'

interface Explained<K extends string, S> {
  ok: true
  kind: K
  state: S
  parts: ExplainedPart[]
  /** What could not be read or carried into the builder. */
  problems: string[]
  /** Things worth knowing about the pasted text as a whole. */
  notes: string[]
}

export type Explanation = Explained<'run', RunState> | Explained<'build', BuildState> | { ok: false; message: string }

export const EXPLAINABLE = { run: runBuilder, build: buildBuilder } as const

export function explainCommand(text: string): Explanation {
  const found = findDockerCommand(text)
  if (!found.ok) return found
  const reading = found.kind === 'run' ? readRunArgs(found.args) : readBuildArgs(found.args)
  const stateText = JSON.stringify(reading.state)
  const notes = [...found.notes]
  const replaced = found.expansions.filter((e) => /^\$(\(pwd\)|\{PWD\}|PWD)$/.test(e) && !stateText.includes(e))
  const kept = found.expansions.filter((e) => !replaced.includes(e))
  if (replaced.length > 0) {
    notes.push(`${replaced[0]} (the current folder) is written as ./ in the builder: Docker reads a path starting with ./ from the current folder too, and no shell has to expand it.`)
  }
  if (kept.length > 0) {
    notes.push(`Your shell replaces ${kept.join(', ')} before Docker sees ${kept.length > 1 ? 'them' : 'it'}. The builder quotes every value and keeps the text as written: type the real value in the builder if you meant your shell's.`)
  }
  return { ok: true, kind: found.kind, state: reading.state, parts: reading.parts, problems: reading.problems, notes } as Explanation
}
