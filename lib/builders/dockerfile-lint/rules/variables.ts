// ARG and ENV: secrets, the legacy `ENV key value` form, and variables used before they exist.
import { Arg, PropertyInstruction, type Property } from 'dockerfile-ast'
import { lineage, type ParsedDockerfile, type Step } from '../parse'
import type { RuleHit } from '../types'
import type { Rule } from './rule'

function properties(step: Step): Property[] {
  if (step.node instanceof Arg) {
    const property = step.node.getProperty()
    return property ? [property] : []
  }
  return step.node instanceof PropertyInstruction ? step.node.getProperties() : []
}

/** The words BuildKit's SecretsUsedInArgOrEnv looks for in a variable's name. */
const SECRET_WORDS = ['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token']

function looksSecret(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((word) => SECRET_WORDS.includes(word))
}

export const secretInArgOrEnv: Rule = ({ steps }) =>
  steps
    .filter((step) => step.keyword === 'ARG' || step.keyword === 'ENV')
    .flatMap((step) =>
      properties(step)
        .filter((property) => looksSecret(property.getName()))
        .map((property) => ({ rule: 'secret-in-arg-env' as const, line: step.line, message: `${step.keyword} ${property.getName()} looks like a secret.` })),
    )

export const legacyKeyValue: Rule = ({ steps }) =>
  steps
    .filter((step) => step.keyword === 'ENV' || step.keyword === 'LABEL')
    .filter((step) => properties(step).some((property) => property.getAssignmentOperator() === null))
    .map((step) => ({ rule: 'legacy-key-value', line: step.line, message: `${step.keyword} ${step.text.trim()} uses the old key value form without =.` }))

/** Build arguments every build has without declaring them. */
const PROXY_ARGS = ['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY'].flatMap((name) => [name, name.toLowerCase()])
const PLATFORM_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT']
/** Set by every base image. */
const IMAGE_ENV = ['PATH']

/** Instructions whose variables the shell expands at run time, not the Dockerfile. */
const SHELL_EXPANDED = ['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'SHELL', 'ONBUILD', 'MAINTAINER']

function declaredNames(steps: Step[], before: number): string[] {
  return steps.filter((step) => step.line < before).flatMap((step) => (step.keyword === 'ARG' || step.keyword === 'ENV' ? properties(step).map((p) => p.getName()) : []))
}

function inScope(dockerfile: ParsedDockerfile, step: Step): Set<string> {
  const globals = dockerfile.steps.filter((s) => s.stage === -1 && s.keyword === 'ARG')
  if (step.keyword === 'FROM' || step.stage < 0) return new Set([...declaredNames(globals, step.line), ...PLATFORM_ARGS, ...PROXY_ARGS])
  const current = dockerfile.stages[step.stage]
  if (!current) return new Set()
  const [stage = current, ...parents] = lineage(dockerfile, current)
  const inherited = parents.flatMap((parent) => parent.steps.filter((s) => s.keyword === 'ENV').flatMap((s) => properties(s).map((p) => p.getName())))
  return new Set([...declaredNames(stage.steps, step.line), ...inherited, ...PROXY_ARGS, ...IMAGE_ENV])
}

export const undefinedVar: Rule = (dockerfile) =>
  dockerfile.steps.flatMap((step): RuleHit[] => {
    if (!step.known || SHELL_EXPANDED.includes(step.keyword)) return []
    const names = new Set(
      step.node
        .getVariables()
        .filter((variable) => !['-', ':-'].includes(variable.getModifier() ?? ''))
        .map((variable) => variable.getName()),
    )
    if (names.size === 0) return []
    const scope = inScope(dockerfile, step)
    return [...names]
      .filter((name) => name !== '' && !scope.has(name))
      .map((name) => ({ rule: 'undefined-var', line: step.line, message: `$${name} is not declared with ARG or ENV before this line.` }))
  })
