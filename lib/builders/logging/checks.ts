// What makes a logging state invalid (including the combinations the daemon refuses), and what
// is worth knowing before using it.
import * as orchestrationLessons from '../lessons/orchestration'
import { ErrorList, WarningList, type FieldError, type Warning } from '../model'
import { required, wholeNumber } from '../validate/basics'
import { imageReference } from '../validate/images'
import { containerName } from '../validate/names'
import { durationOrTimestamp, size, sizeInBytes } from '../validate/quantities'
import type { LoggingState } from './state'

export function validateLogging(state: LoggingState): FieldError[] {
  const errors = new ErrorList()
  if (state.maxSize) {
    errors.check('maxSize', size(state.maxSize))
    if ((sizeInBytes(state.maxSize) ?? 1) <= 0) errors.check('maxSize', 'A maximum size is greater than 0.')
  }
  if (state.maxFile) errors.check('maxFile', wholeNumber(state.maxFile, 1))
  const json = state.driver === 'json-file'
  const files = Number(state.maxFile || (json ? '1' : '5'))
  if (json && !state.maxSize && files > 1) errors.check('maxFile', 'Set a maximum size too: without one, json-file never rotates, so there is never a second file.')
  if (state.compress && json && (!state.maxSize || files < 2)) {
    errors.check('compress', 'Docker refuses compress for json-file unless it rotates: set a maximum size and keep at least 2 files.')
  }
  if (state.compress && !json && files < 2) errors.check('compress', 'The local driver compresses by default, which Docker refuses with only 1 file: keep at least 2, or turn compression off.')
  errors.check('container', containerName(state.container))
  errors.check('image', required(state.image, 'the image, such as nginx:1.27-alpine') ?? imageReference(state.image))
  if (state.tail && state.tail !== 'all') errors.check('tail', /^\d+$/.test(state.tail) ? undefined : 'Enter a number of lines, such as 100, or all.')
  if (state.since) errors.check('since', sinceProblem(state.since))
  return errors.list
}

/** --since reads a Go duration (10m, 2h), a Unix time, or an RFC 3339 date (time and zone optional). */
function sinceProblem(value: string): string | undefined {
  return durationOrTimestamp(value) && 'Enter how far back, such as 10m or 2h, or a date such as 2025-01-31T10:00:00Z.'
}

export function loggingWarnings(state: LoggingState): Warning[] {
  const warnings = new WarningList()
  if (state.driver === 'json-file' && !state.maxSize) {
    warnings.add({
      id: 'unbounded',
      field: 'maxSize',
      level: 'danger',
      lesson: orchestrationLessons.logGrowth,
      message: 'Without a maximum size, json-file never rotates: each container\'s log grows until the disk is full. Set a size such as 10m, or choose the local driver.',
    })
  }
  if (state.follow && !state.tail && !state.since) {
    warnings.add({ id: 'follow-everything', field: 'tail', lesson: orchestrationLessons.readingLogs, message: '--follow on its own prints the whole history first, which can be long. Add --tail 100 or --since 10m to start near the end.' })
  }
  return warnings.list
}
