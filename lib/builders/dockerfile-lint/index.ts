// The Dockerfile linter: parse once, run every rule, sort the findings by line. Never throws:
// whatever the text, problems with it come back as findings.
import { RULES } from './catalogue'
import { parseDockerfile } from './parse'
import { ALL_RULES } from './rules'
import type { LintFinding } from './types'

export type { LintFinding, Severity } from './types'
export { RULES, type RuleId } from './catalogue'

export function lintDockerfile(text: string): LintFinding[] {
  const dockerfile = parseDockerfile(text)
  const hits = ALL_RULES.flatMap((rule) => rule(dockerfile))
  return hits
    .map((hit) => {
      const { severity, reason, fix, lesson } = RULES[hit.rule]
      return { rule: hit.rule, line: hit.line, severity, message: hit.message, reason, fix, lesson }
    })
    .sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule))
}
