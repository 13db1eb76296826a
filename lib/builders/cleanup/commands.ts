// The prune commands for a valid cleanup state, each with what it removes in plain words.
// Containers go first, so what they held on to (images, networks, volumes) counts as unused after.
import type { Command } from '../../shell/quote'
import type { Output } from '../model'
import { isDuration } from '../validate/quantities'
import type { CleanupState } from './state'

/** `until` means "created before" for most objects; for build cache it means "last used before". */
type Filter = 'until' | 'label' | 'until-used'

function pruneOutput(state: CleanupState, id: string, words: string[], filters: Filter[], description: string): Output {
  const lines: string[][] = [['docker', ...words]]
  if ((filters.includes('until') || filters.includes('until-used')) && state.until) lines.push(['--filter', `until=${state.until}`])
  if (filters.includes('label')) {
    for (const label of state.labels) lines.push(['--filter', `${label.exclude ? 'label!' : 'label'}=${label.key}${label.value ? `=${label.value}` : ''}`])
  }
  if (state.force) lines.push(['-f'])
  const command: Command = { lines }
  const scope = filterWords(state, filters)
  return { kind: 'shell', id, title: `docker ${words.join(' ')}`, description: scope ? `${description} Only ${scope}.` : description, commands: [command] }
}

/** "those older than 24h, labelled env=dev": what the filters keep in scope. */
export function filterWords(state: CleanupState, filters: Filter[]): string {
  const parts: string[] = []
  if (filters.includes('until') && state.until) parts.push(isDuration(state.until) ? `those older than ${state.until}` : `those created before ${state.until}`)
  if (filters.includes('until-used') && state.until) parts.push(`cache not used in the last ${state.until}`)
  if (filters.includes('label')) {
    for (const label of state.labels) parts.push(`${label.exclude ? 'not ' : ''}labelled ${label.key}${label.value ? `=${label.value}` : ''}`)
  }
  return parts.join(', ')
}

export function cleanupOutputs(state: CleanupState): Output[] {
  if (state.mode === 'system') {
    const words = ['system', 'prune', ...(state.systemAllImages ? ['-a'] : []), ...(state.systemVolumes ? ['--volumes'] : [])]
    const removes = [
      'stopped containers',
      'networks no container uses',
      state.systemAllImages ? 'every image no container uses' : 'dangling images',
      ...(state.systemVolumes ? ['anonymous volumes no container uses'] : []),
      state.systemAllImages ? 'all unused build cache' : 'dangling build cache',
    ]
    return [pruneOutput(state, 'system', words, ['until', 'label'], `Removes ${removes.join(', ')}.`)]
  }
  const outputs: Output[] = []
  if (state.containers) {
    outputs.push(pruneOutput(state, 'containers', ['container', 'prune'], ['until', 'label'], 'Removes every stopped container, with its writable layer. Running containers are not touched.'))
  }
  if (state.images !== 'keep') {
    const all = state.images === 'unused'
    outputs.push(
      pruneOutput(state, 'images', ['image', 'prune', ...(all ? ['-a'] : [])], ['until', 'label'],
        all
          ? 'Removes every image no container uses, stopped containers included: also images you pulled, which you will have to pull again.'
          : 'Removes dangling images: untagged leftovers, usually old builds whose tag moved to a newer image.'),
    )
  }
  if (state.networks) {
    outputs.push(pruneOutput(state, 'networks', ['network', 'prune'], ['until', 'label'], 'Removes networks that no container is connected to. The built-in bridge, host and none networks stay.'))
  }
  if (state.volumes !== 'keep') {
    const all = state.volumes === 'unused'
    outputs.push(
      pruneOutput(state, 'volumes', ['volume', 'prune', ...(all ? ['-a'] : [])], ['label'],
        all
          ? 'Removes every volume no container uses, named volumes included, and the data in them.'
          : 'Removes anonymous volumes (named by a long random ID) that no container uses, and the data in them. Named volumes stay: since Docker Engine 23 they need -a.'),
    )
  }
  if (state.buildCache !== 'keep') {
    const all = state.buildCache === 'unused'
    outputs.push(
      pruneOutput(state, 'build-cache', ['builder', 'prune', ...(all ? ['-a'] : [])], ['until-used'],
        all ? 'Removes all build cache that no running build uses: the next builds start from scratch.' : 'Removes dangling build cache: cache no image or build refers to any more.'),
    )
  }
  return outputs
}
