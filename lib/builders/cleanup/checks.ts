// What makes a cleanup invalid, and what it is worth knowing before running it.
import * as managingImagesLessons from '../lessons/managing-images'
import * as runningContainersLessons from '../lessons/running-containers'
import { ErrorList, WarningList, type FieldError, type Warning } from '../model'
import { printable } from '../validate/basics'
import { labelKey } from '../validate/names'
import { durationOrTimestamp, isDuration } from '../validate/quantities'
import type { CleanupState } from './state'

export function validateCleanup(state: CleanupState): FieldError[] {
  const errors = new ErrorList()
  const picked = state.containers || state.images !== 'keep' || state.networks || state.volumes !== 'keep' || state.buildCache !== 'keep'
  if (state.mode === 'pick' && !picked) errors.check('containers', 'Choose at least one kind of thing to clean up.')
  if (state.until) {
    errors.check('until', durationOrTimestamp(state.until))
    const volumes = state.mode === 'system' ? state.systemVolumes : state.volumes !== 'keep'
    if (volumes) {
      errors.check(
        'until',
        state.mode === 'system'
          ? 'Docker refuses an age filter together with --volumes: volumes have no creation-time filter. Clear the age, or leave volumes out.'
          : 'Volumes cannot be filtered by age, so this would remove them whatever their age. Clear the age, or leave volumes out and prune them separately.',
      )
    }
    // docker builder prune is Buildx's prune, whose until filter reads only a duration.
    if (state.mode === 'pick' && state.buildCache !== 'keep' && !isDuration(state.until)) {
      errors.check('until', 'docker builder prune takes only an age such as 168h, not a date. Enter an age, or leave build cache out and prune it separately.')
    }
  }
  state.labels.forEach((label, i) => {
    errors.check(`labels.${i}.key`, labelKey(label.key))
    errors.check(`labels.${i}.value`, printable(label.value))
  })
  return errors.list
}

export function cleanupWarnings(state: CleanupState): Warning[] {
  const warnings = new WarningList()
  const system = state.mode === 'system'
  const volumes = system ? (state.systemVolumes ? 'anonymous' : 'keep') : state.volumes
  if (volumes !== 'keep') {
    warnings.add({
      id: 'volume-data',
      field: system ? 'systemVolumes' : 'volumes',
      level: 'danger',
      lesson: runningContainersLessons.pruningVolumes,
      message:
        volumes === 'unused'
          ? 'This deletes data for good: every volume no container uses goes, named ones too, such as a database whose container you removed. Back up what you need first.'
          : 'This deletes data for good: anonymous volumes hold real data too, for example a database started without a named volume. Check docker volume ls first.',
    })
    if (system || state.containers) {
      warnings.add({
        id: 'containers-then-volumes',
        field: system ? 'systemVolumes' : 'containers',
        level: 'danger',
        lesson: runningContainersLessons.pruningVolumes,
        message: `Stopped containers are removed first, so the ${volumes === 'unused' ? '' : 'anonymous '}volumes they were using count as unused and are removed with them.`,
      })
    }
  }
  if ((!system && state.images === 'unused') || (system && state.systemAllImages)) {
    warnings.add({ id: 'all-images', field: system ? 'systemAllImages' : 'images', lesson: managingImagesLessons.pruningImages, message: 'Every image without a container goes, including base images you pulled: the next build or docker run downloads them again.' })
  }
  const cache = system || state.buildCache !== 'keep'
  if (cache && state.labels.length > 0) {
    warnings.add({ id: 'cache-labels', field: 'labels', lesson: runningContainersLessons.cleaningUp, message: 'Build cache has no labels, so the label filter does not narrow down which build cache is removed.' })
  }
  if (state.force) {
    warnings.add({ id: 'force', field: 'force', lesson: runningContainersLessons.pruningWithoutPrompt, message: 'With -f nothing asks before deleting: read what each command removes before you paste it.' })
  }
  return warnings.list
}
