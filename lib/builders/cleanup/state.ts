// The cleanup builder's state: what to remove, and which of it.
import { choice, flag, rows, text, type StateOf } from '../fields'

export const cleanupSpec = {
  /** Pick kinds of objects one by one, or everything with docker system prune. */
  mode: choice(['pick', 'system'] as const, 'pick'),
  containers: flag(),
  images: choice(['keep', 'dangling', 'unused'] as const, 'keep'),
  networks: flag(),
  volumes: choice(['keep', 'anonymous', 'unused'] as const, 'keep'),
  buildCache: choice(['keep', 'dangling', 'unused'] as const, 'keep'),
  /** docker system prune -a: every unused image, not only dangling ones. */
  systemAllImages: flag(),
  /** docker system prune --volumes: anonymous volumes too. */
  systemVolumes: flag(),
  /** Only what is older than this: a duration (24h) or a timestamp. */
  until: text(),
  /** `label=key[=value]`, or with `exclude`, `label!=key[=value]`. */
  labels: rows({ key: text(), value: text(), exclude: flag() }),
  force: flag(),
}

export type CleanupSpec = typeof cleanupSpec
export type CleanupState = StateOf<CleanupSpec>
