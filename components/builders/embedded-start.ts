// Where a builder placed in MDX starts: a lesson's example command, one of its presets, or (on the
// builder's own page, with neither) the state in the URL. A bad example fails the page build with
// the reason, instead of showing readers a builder that silently lost part of the command.
import type { StateOf, StateSpec } from '@/lib/builders/fields'
import type { BuilderModel } from '@/lib/builders/model'

export interface EmbedProps {
  /** A command to start from, as the lesson shows it. */
  example?: string
  /** The id of one of the builder's presets. */
  preset?: string
}

export function embeddedStart<S extends StateSpec>(model: BuilderModel<S>, { example, preset }: EmbedProps): StateOf<S> | undefined {
  if (example !== undefined) {
    if (!model.fromCommand) throw new Error(`The ${model.id} builder cannot start from an example command: use preset="…".`)
    return model.fromCommand(example)
  }
  if (preset !== undefined) {
    const found = model.presets.find((p) => p.id === preset)
    if (!found) throw new Error(`The ${model.id} builder has no preset "${preset}" (it has: ${model.presets.map((p) => p.id).join(', ')}).`)
    return found.state
  }
  return undefined
}
