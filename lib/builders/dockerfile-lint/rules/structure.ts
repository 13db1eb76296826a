// Whether the text is a Dockerfile the builder can read at all.
import { isExecForm, type Step } from '../parse'
import type { RuleHit } from '../types'
import type { Rule } from './rule'

export const emptyOrForeign: Rule = ({ steps }) => {
  if (steps.length === 0) return [{ rule: 'empty-dockerfile', line: 1, message: 'There are no instructions, only blank lines or comments.' }]
  if (!steps.some((step) => step.known)) {
    return [{ rule: 'not-a-dockerfile', line: steps[0]!.line, message: `No line starts with a Dockerfile instruction (the first word is "${steps[0]!.written}").` }]
  }
  return []
}

/** Unknown words are only reported one by one when the rest of the text is a Dockerfile. */
export const unknownInstruction: Rule = ({ steps }) =>
  steps.some((step) => step.known)
    ? steps
        .filter((step) => !step.known)
        .map((step) => ({ rule: 'unknown-instruction', line: step.line, message: `"${step.written}" is not a Dockerfile instruction.` }))
    : []

export const missingArguments: Rule = ({ steps }) =>
  steps
    .filter((step) => step.known && step.text.trim() === '')
    .map((step) => ({ rule: 'missing-arguments', line: step.line, message: `${step.keyword} has no arguments.` }))

export const missingFrom: Rule = ({ steps }) => {
  const known = steps.filter((step) => step.known)
  const first = known.find((step) => step.keyword !== 'ARG')
  if (!first || first.keyword === 'FROM') return []
  const message = known.some((step) => step.keyword === 'FROM')
    ? `${first.keyword} comes before the first FROM.`
    : 'There is no FROM instruction, so there is no base image to build on.'
  return [{ rule: 'missing-from', line: first.line, message }]
}

/** Shell form RUN, CMD and ENTRYPOINT hand their text to /bin/sh, which does treat # as a comment. */
function shellReadsComments(step: Step): boolean {
  if (['RUN', 'CMD', 'ENTRYPOINT'].includes(step.keyword)) return !isExecForm(step)
  if (step.keyword === 'HEALTHCHECK') return !/^CMD\s*\[/i.test(step.text.replace(/^NONE\b/i, '').trim())
  return step.keyword === 'ONBUILD'
}

/** The column of a # that starts a word outside quotes, or -1. */
function commentStart(line: string): number {
  let quote = ''
  for (let index = 0; index < line.length; index++) {
    const char = line[index]
    if (char === '\\') index++
    else if (quote) quote = char === quote ? '' : quote
    else if (char === '"' || char === "'") quote = char
    else if (char === '#' && (index === 0 || /\s/.test(line[index - 1] ?? ''))) return index
  }
  return -1
}

export const trailingComment: Rule = ({ steps, lines }) => {
  const hits: RuleHit[] = []
  for (const step of steps) {
    if (!step.known || shellReadsComments(step) || /<<-?["']?[A-Za-z_]/.test(step.text)) continue
    for (let number = step.line; number <= step.endLine; number++) {
      const line = lines[number - 1] ?? ''
      // Whole-line comments inside a continued instruction are real comments.
      if (number > step.line && line.trimStart().startsWith('#')) continue
      const body = number === step.line ? line.trimStart().slice(step.written.length) : line
      const column = commentStart(body)
      if (column >= 0) {
        hits.push({ rule: 'trailing-comment', line: number, message: `"${body.slice(column).trim()}" is read as arguments of ${step.keyword}, not as a comment.` })
        break
      }
    }
  }
  return hits
}

function isStringArray(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

function parsesAsJson(text: string): boolean {
  try {
    return isStringArray(JSON.parse(text))
  } catch {
    return false
  }
}

const JSON_FORMS = ['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']

export const brokenExecForm: Rule = ({ steps }) =>
  steps.flatMap((step): RuleHit[] => {
    if (!JSON_FORMS.includes(step.keyword) || step.text.trim() === '') return []
    if (step.keyword === 'SHELL' && !isExecForm(step)) {
      return [{ rule: 'broken-exec-form', line: step.line, message: 'SHELL only accepts a JSON array, such as SHELL ["/bin/bash", "-c"].' }]
    }
    if (!isExecForm(step) || parsesAsJson(step.text.trim())) return []
    const hint = step.text.includes("'") ? ' (JSON needs double quotes, not single quotes)' : ''
    return [{ rule: 'broken-exec-form', line: step.line, message: `${step.keyword} ${step.text.trim()} is not a valid JSON array${hint}.` }]
  })

function casing(written: string): 'upper' | 'lower' | 'mixed' {
  if (written === written.toUpperCase()) return 'upper'
  return written === written.toLowerCase() ? 'lower' : 'mixed'
}

export const instructionCasing: Rule = ({ steps }) => {
  const known = steps.filter((step) => step.known)
  const upper = known.filter((step) => casing(step.written) === 'upper').length
  const lower = known.filter((step) => casing(step.written) === 'lower').length
  const expected = lower > upper ? 'lower' : 'upper'
  return known
    .filter((step) => casing(step.written) !== expected)
    .map((step) => ({
      rule: 'instruction-casing',
      line: step.line,
      message: `${step.written} is not in ${expected} case like the other instructions.`,
    }))
}
