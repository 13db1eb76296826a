import type { Lesson } from '../lessons/lesson'
import type { RuleId } from './catalogue'

export type Severity = 'error' | 'warning' | 'info'

/** One problem the linter found: where, how bad, why it matters and what to write instead. */
export interface LintFinding {
  rule: RuleId
  /** 1-based line of the instruction (its first line when it continues over several). */
  line: number
  severity: Severity
  /** What is wrong on this line, naming the values involved. */
  message: string
  /** Why it matters. */
  reason: string
  /** What to write instead. */
  fix: string
  lesson: Lesson
}

/** What a rule reports; the catalogue adds severity, reason, fix and lesson. */
export interface RuleHit {
  rule: RuleId
  line: number
  message: string
}
