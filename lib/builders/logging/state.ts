// The logging builder's state: the rotation settings of a file-based logging driver, for the
// daemon and for one container, and how to read that container's logs.
import { choice, flag, text, type StateOf } from '../fields'

export const LOG_DRIVERS = ['json-file', 'local'] as const

export const loggingSpec = {
  driver: choice(LOG_DRIVERS, 'json-file'),
  /** Empty: the driver's default (json-file: no limit; local: 20m). */
  maxSize: text(),
  /** Empty: the driver's default (json-file: 1; local: 5). */
  maxFile: text(),
  /** Compress rotated files: json-file's default is off, local's is on. */
  compress: flag(),
  /** The container the docker run and docker logs commands are about. */
  container: text(),
  image: text(),
  follow: flag(),
  /** A number of lines, or all. */
  tail: text(),
  /** An RFC 3339 date, a Unix time, or a Go duration such as 10m. */
  since: text(),
  timestamps: flag(),
}

export type LoggingSpec = typeof loggingSpec
export type LoggingState = StateOf<LoggingSpec>

/** What each driver does when an option is left out. */
export const DRIVER_DEFAULTS: Record<LoggingState['driver'], { maxSize: string; maxFile: string; compress: boolean }> = {
  'json-file': { maxSize: 'no limit', maxFile: '1', compress: false },
  local: { maxSize: '20m', maxFile: '5', compress: true },
}
