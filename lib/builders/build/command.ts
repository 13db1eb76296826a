// The `docker build` argv for a valid state.
import type { Command } from '../../shell/quote'
import type { BuildState } from './state'

export function buildCommand(state: BuildState): Command {
  const lines: string[][] = [['docker', 'build']]
  const add = (...words: string[]) => lines.push(words)
  for (const tag of state.tags) add('-t', tag.name)
  if (state.file) add('-f', state.file)
  for (const arg of state.buildArgs) add('--build-arg', arg.fromHost ? arg.name : `${arg.name}=${arg.value}`)
  if (state.target) add('--target', state.target)
  if (state.noCache) add('--no-cache')
  if (state.pull) add('--pull')
  if (state.platform) add('--platform', state.platform)
  if (state.progress !== 'auto') add('--progress', state.progress)
  for (const label of state.labels) add('--label', `${label.key}=${label.value}`)
  add(state.context)
  return { lines }
}
