// The `docker build` builder's state.
import { choice, flag, rows, text, type StateOf } from '../fields'

export const PROGRESS_MODES = ['auto', 'plain', 'tty', 'quiet', 'rawjson'] as const

export const buildSpec = {
  /** The build context: a folder (or a Git URL) whose files the build can COPY. */
  context: text(),
  /** The Dockerfile, when it is not `Dockerfile` at the root of the context. */
  file: text(),
  /** Full image references, one per tag. */
  tags: rows({ name: text() }),
  buildArgs: rows({ name: text(), value: text(), fromHost: flag() }),
  target: text(),
  noCache: flag(),
  pull: flag(),
  platform: text(),
  progress: choice(PROGRESS_MODES, 'auto'),
  labels: rows({ key: text(), value: text() }),
}

export type BuildSpec = typeof buildSpec
export type BuildState = StateOf<BuildSpec>
