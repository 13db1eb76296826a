// What reading a pasted command yields, for every builder that can read one.
import type { ExplainedPart } from './cli/flags'

export interface CommandReading<S> {
  state: S
  parts: ExplainedPart[]
  /** What could not be read or carried into the builder, as sentences. */
  problems: string[]
}
