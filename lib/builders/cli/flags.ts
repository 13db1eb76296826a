// Reading a pasted command into a builder's state, flag by flag, and saying what each part does.
// Each builder lists the flags of its docker subcommand: the ones its form covers know how to put
// their value into the state; the rest are still explained, and named as left out.
import type { Lesson } from '../lessons/lesson'
import { parseOptions, type OptionSpec } from './options'

export interface FlagInfo<S> extends OptionSpec {
  /** What the flag does, in plain words. */
  summary: string
  lesson?: Lesson
  /** Puts the value into the state; returns why it could not, if it could not. Absent: the builder does not cover the flag. */
  apply?: (state: S, value: string) => string | undefined
  /** A sentence about this particular value, when it says more than the summary. */
  explain?: (value: string) => string | undefined
}

export type PartStatus = 'covered' | 'left-out' | 'unknown' | 'problem'

/** One piece of the command and what it means. */
export interface ExplainedPart {
  /** As written: "-p 8080:80", "--rm", "nginx:1.27-alpine". */
  text: string
  /** For a flag: its long name (--publish), so readers can look it up. */
  flag?: string
  explanation: string
  lesson?: Lesson
  status: PartStatus
  /** Why the part could not be carried into the builder. */
  problem?: string
}

export interface ReadFlagsResult {
  parts: ExplainedPart[]
  positionals: string[]
  problems: string[]
}

export function readFlags<S>(args: string[], flags: readonly FlagInfo<S>[], state: S, interspersed: boolean, command: string): ReadFlagsResult {
  const parsed = parseOptions(args, flags, interspersed)
  const parts: ExplainedPart[] = parsed.options.map((option) => {
    const word = option.words[0]!
    // A short flag that shares its word with others (-d in -itd) is shown on its own, with where it came from.
    const shared = !word.startsWith('--') && (option.spec?.takesValue ? !word.startsWith(option.name) : word !== option.name)
    const text = shared ? `${option.name} (in ${word})` : option.words.join(' ')
    const spec = option.spec
    if (!spec) {
      return { text, explanation: `${command} has no ${option.name} option: Docker would refuse the command.`, status: 'unknown' as const, problem: `Unknown option ${option.name}.` }
    }
    const base = { text, flag: spec.long, lesson: spec.lesson }
    const explanation = [spec.summary, spec.explain?.(option.value)].filter(Boolean).join(' ')
    if (!spec.apply) {
      return { ...base, explanation, status: 'left-out' as const, problem: `The builder does not cover ${spec.long}, so the rebuilt command leaves it out.` }
    }
    const problem = spec.apply(state, option.value)
    return problem ? { ...base, explanation, status: 'problem' as const, problem } : { ...base, explanation, status: 'covered' as const }
  })
  return { parts, positionals: parsed.positionals, problems: parsed.problems }
}

/** For boolean flags: `--rm` and `--rm=true` set, `--rm=false` clears. */
export function isOn(value: string): boolean {
  return value !== 'false'
}
