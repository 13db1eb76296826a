// ARG and ENV: secrets, the legacy `ENV key value` form, and variables used before they exist.
import { Arg, PropertyInstruction, type Property } from 'dockerfile-ast'
import { lineage, type Stage, type Step } from '../parse'
import { looksSecret } from '../secret-names'
import type { RuleHit } from '../types'
import type { Rule } from './rule'

function properties(step: Step): Property[] {
  if (step.node instanceof Arg) {
    const property = step.node.getProperty()
    return property ? [property] : []
  }
  return step.node instanceof PropertyInstruction ? step.node.getProperties() : []
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

/** $NAME or ${NAME…}, unless escaped with a backslash. */
const VARIABLE = /(\\?)\$(?:\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g

/** The variables an instruction needs, leaving out ${NAME:-default}, which has its own fallback. */
function usedVariables(text: string): string[] {
  return [...text.matchAll(VARIABLE)]
    .filter(([, escaped, , modifier = '']) => escaped === '' && !/^:?-/.test(modifier))
    .map(([, , braced, , plain]) => (braced ?? plain)!)
}

function declaredNames(step: Step): string[] {
  return step.keyword === 'ARG' || step.keyword === 'ENV' ? properties(step).map((property) => property.getName()) : []
}

function undeclared(step: Step, scope: Set<string>): RuleHit[] {
  if (!step.known || SHELL_EXPANDED.includes(step.keyword)) return []
  return [...new Set(usedVariables(step.text))]
    .filter((name) => !scope.has(name))
    .map((name) => ({ rule: 'undefined-var', line: step.line, message: `$${name} is not declared with ARG or ENV before this line.` }))
}

/** Walks the file once, in order, with the names each line may use (long files stay fast). */
export const undefinedVar: Rule = (dockerfile) => {
  const hits: RuleHit[] = []
  const globals = new Set([...PLATFORM_ARGS, ...PROXY_ARGS])
  const stageEnv = new Map<Stage, string[]>()
  for (const step of dockerfile.steps.filter((s) => s.stage === -1)) {
    hits.push(...undeclared(step, globals))
    declaredNames(step).forEach((name) => globals.add(name))
  }
  for (const stage of dockerfile.stages) {
    hits.push(...undeclared(stage.from, globals))
    const inherited = lineage(dockerfile, stage).slice(1).flatMap((parent) => stageEnv.get(parent) ?? [])
    const scope = new Set([...PROXY_ARGS, ...IMAGE_ENV, ...inherited])
    const env: string[] = [...inherited]
    for (const step of stage.steps) {
      hits.push(...undeclared(step, scope))
      declaredNames(step).forEach((name) => scope.add(name))
      if (step.keyword === 'ENV') env.push(...declaredNames(step))
    }
    stageEnv.set(stage, env)
  }
  return hits
}
