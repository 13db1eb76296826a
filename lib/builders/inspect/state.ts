// The inspect and format builder's state: what to look at, which fields, and how to lay them out.
import { choice, flag, rows, text, type StateOf } from '../fields'
import { FIELD_KEYS, KINDS } from './catalog'

export const inspectSpec = {
  /** Inspect one image or container, or list containers (docker ps) or images (docker image ls). */
  kind: choice(KINDS, 'image'),
  /** The image reference or container name to inspect. */
  name: text('nginx:1.27-alpine'),
  /** The fields, in the order they are printed. */
  fields: rows({ field: choice(FIELD_KEYS, 'id') }),
  /** Inspect: one labelled field per line, or the bare values on one line (for scripts). */
  layout: choice(['lines', 'values'] as const, 'lines'),
  /** Lists: a header row and aligned columns (`table`). */
  table: flag(true),
  /** docker ps -a: stopped containers too. */
  all: flag(),
  /** The label the `label` column of docker ps shows. */
  labelKey: text(),
}

export type InspectSpec = typeof inspectSpec
export type InspectState = StateOf<InspectSpec>
