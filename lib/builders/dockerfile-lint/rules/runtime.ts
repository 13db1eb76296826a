// How the container will run: its command, its user, its metadata.
import { finalStages, isExecForm } from '../parse'
import type { Rule } from './rule'

export const shellFormCommand: Rule = ({ steps }) =>
  steps
    .filter((step) => (step.keyword === 'CMD' || step.keyword === 'ENTRYPOINT') && step.text.trim() !== '' && !isExecForm(step))
    .map((step) => ({ rule: 'shell-form-cmd', line: step.line, message: `${step.keyword} ${step.text.trim()} is in shell form.` }))

const SINGLE_USE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK']

export const multipleInstructions: Rule = ({ stages }) =>
  stages.flatMap((stage) =>
    SINGLE_USE.flatMap((keyword) => {
      const uses = stage.steps.filter((step) => step.keyword === keyword)
      const last = uses.at(-1)
      return uses.slice(0, -1).map((step) => ({
        rule: 'multiple-instructions' as const,
        line: step.line,
        message: `This ${keyword} has no effect: the ${keyword} on line ${last!.line} replaces it.`,
      }))
    }),
  )

const ROOT = /^(root|0)(:.*)?$/

export const rootUser: Rule = (dockerfile) => {
  const chain = finalStages(dockerfile)
  if (chain.length === 0) return []
  const users = chain.flatMap((stage) => stage.steps.filter((step) => step.keyword === 'USER' && step.args.length > 0)).sort((a, b) => b.line - a.line)
  const last = users[0]
  const user = last?.args[0]
  if (!last || user === undefined) {
    return [{ rule: 'root-user', line: chain[0]!.from.line, message: 'The final stage never sets USER, so the container runs as root unless the base image chose another user.' }]
  }
  return ROOT.test(user) ? [{ rule: 'root-user', line: last.line, message: `The last USER is ${user}, so the container runs as root.` }] : []
}

export const maintainer: Rule = ({ steps }) =>
  steps
    .filter((step) => step.keyword === 'MAINTAINER')
    .map((step) => ({ rule: 'maintainer', line: step.line, message: 'MAINTAINER is deprecated.' }))
