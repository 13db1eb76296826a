// Start states, presets and lesson examples are written as the commands they stand for and read
// with the builder's own reader, so each one is also a check that reading works.
import { findDockerCommand, type CommandKind } from './docker-command'
import type { Preset } from './model'
import type { CommandReading } from './reading'

/** The state a command stands for; throws when the command cannot be carried into the builder whole. */
export function stateFromCommand<S>(text: string, kind: CommandKind, read: (args: string[]) => CommandReading<S>): S {
  const found = findDockerCommand(text)
  if (!found.ok) throw new Error(`${text}: ${found.message}`)
  if (found.kind !== kind) throw new Error(`${text}: this is a docker ${found.kind} command, not docker ${kind}`)
  const reading = read(found.args)
  const problems = [...reading.problems, ...reading.parts.flatMap((part) => (part.problem ? [part.problem] : []))]
  if (problems.length > 0) throw new Error(`${text}: ${problems.join(' ')}`)
  return reading.state
}

export function presetsFrom<S>(read: (text: string) => S, list: [id: string, label: string, command: string][]): Preset<S>[] {
  return list.map(([id, label, command]) => ({ id, label, state: read(command) }))
}
