// The shape every builder shares: a typed state described by a field spec, checks that explain
// themselves, and outputs made from argv (shell text via lib/shell) or from data (YAML, JSON).
// A form edits the state; `evaluate` turns it into what the reader sees.
import type { Command } from '../shell/quote'
import { blankState, type StateOf, type StateSpec } from './fields'
import type { Lesson } from './lessons/lesson'

/** A problem with one field: the command cannot be made until it is fixed. */
export interface FieldError {
  /** `image`, or `ports.0.hostPort` for a cell of a repeatable row. */
  field: string
  message: string
}

/** Something legal but worth knowing, with the lesson that explains it. */
export interface Warning {
  id: string
  message: string
  lesson: Lesson
  /** `danger` when following the command can lose data or weaken security for good. */
  level: 'warning' | 'danger'
  field?: string
}

export type OutputLanguage = 'bash' | 'yaml' | 'json' | 'dockerfile' | 'text'

/** One thing to copy: a shell command (several commands are a pipeline) or a file. */
interface OutputBase {
  id: string
  title: string
  /** What it does, in a sentence. */
  description?: string
  /** What to know before using it. */
  notes?: string[]
}

export type Output =
  | (OutputBase & { kind: 'shell'; commands: Command[] })
  | (OutputBase & { kind: 'file'; filename: string; language: OutputLanguage; text: string })

export interface Preset<S> {
  id: string
  label: string
  state: S
}

export interface BuilderModel<S extends StateSpec> {
  id: string
  /** The builder's own page, where its state lives in the URL. */
  route: string
  spec: S
  /** What the builder's page starts with, and what Reset returns to. */
  start: StateOf<S>
  presets: Preset<StateOf<S>>[]
  validate(state: StateOf<S>): FieldError[]
  warnings(state: StateOf<S>): Warning[]
  /** Only called for a state without errors. */
  outputs(state: StateOf<S>): Output[]
  /** The state a pasted command stands for, for builders that can read one; throws if it cannot be read whole. */
  fromCommand?: (text: string) => StateOf<S>
}

export interface Evaluation {
  errors: FieldError[]
  warnings: Warning[]
  /** Empty whenever there are errors: an invalid state never yields a command. */
  outputs: Output[]
}

export function evaluate<S extends StateSpec>(model: BuilderModel<S>, state: StateOf<S>): Evaluation {
  const errors = model.validate(state)
  return { errors, warnings: model.warnings(state), outputs: errors.length > 0 ? [] : model.outputs(state) }
}

/** Collects field errors; `check` takes a validator's result, which is a reason or undefined. */
export class ErrorList {
  readonly list: FieldError[] = []

  check(field: string, message: string | undefined): void {
    if (message && !this.list.some((error) => error.field === field)) this.list.push({ field, message })
  }

  has(field: string): boolean {
    return this.list.some((error) => error.field === field)
  }
}

/** Collects warnings; a warning is a plain `warning` unless it says `danger`. */
export class WarningList {
  readonly list: Warning[] = []

  add(warning: Omit<Warning, 'level'> & { level?: Warning['level'] }): void {
    this.list.push({ level: 'warning', ...warning })
  }
}

/** A state built from the blank one, so presets and starts only name what they set. */
export function stateWith<S extends StateSpec>(spec: S, values: Partial<StateOf<S>>): StateOf<S> {
  return { ...blankState(spec), ...values }
}
