// FROM lines: which base image, and what the stages are called.
import { From } from 'dockerfile-ast'
import { isDeprecatedJavaImage } from '../../dockerfile/base'
import { parentStage, type ParsedDockerfile, type Stage } from '../parse'
import type { RuleHit } from '../types'
import type { Rule } from './rule'

/** The FROM of a stage built on an image the linter can judge: not scratch, not an earlier stage, not a $VARIABLE. */
function imageFrom(dockerfile: ParsedDockerfile, stage: Stage): From | undefined {
  const from = stage.from.node
  if (!(from instanceof From) || !stage.base || stage.base.includes('$') || stage.base.toLowerCase() === 'scratch') return undefined
  return parentStage(dockerfile, stage) ? undefined : from
}

export const baseImageTag: Rule = (dockerfile) =>
  dockerfile.stages.flatMap((stage): RuleHit[] => {
    const from = imageFrom(dockerfile, stage)
    if (!from || from.getImageDigest()) return []
    const tag = from.getImageTag()
    if (tag === null) {
      return [{ rule: 'base-untagged', line: stage.from.line, message: `The base image ${stage.base} has no tag, so Docker pulls ${stage.base}:latest.` }]
    }
    if (tag === 'latest') return [{ rule: 'base-latest', line: stage.from.line, message: `The base image ${stage.base} is tagged latest.` }]
    return []
  })

/** The same images the Dockerfile composer warns about. */
export const deprecatedBase: Rule = (dockerfile) =>
  dockerfile.stages.flatMap((stage): RuleHit[] => {
    if (!imageFrom(dockerfile, stage) || !stage.base || !isDeprecatedJavaImage(stage.base)) return []
    return [{ rule: 'base-deprecated', line: stage.from.line, message: `The base image ${stage.base} is deprecated and gets no security fixes.` }]
  })

const RESERVED_NAMES = ['scratch', 'context']

export const stageNames: Rule = ({ stages }) => {
  const hits: RuleHit[] = []
  const seen = new Map<string, number>()
  for (const { name, from } of stages) {
    if (!name) continue
    const lower = name.toLowerCase()
    const earlier = seen.get(lower)
    if (earlier !== undefined) {
      hits.push({ rule: 'duplicate-stage-name', line: from.line, message: `The stage name "${name}" is already used on line ${earlier}.` })
    } else seen.set(lower, from.line)
    if (RESERVED_NAMES.includes(lower)) hits.push({ rule: 'reserved-stage-name', line: from.line, message: `"${name}" is reserved and should not name a stage.` })
    if (name !== lower) hits.push({ rule: 'stage-name-casing', line: from.line, message: `The stage name "${name}" has capitals; write "${lower}".` })
  }
  return hits
}

export const fromAsCasing: Rule = ({ stages }) =>
  stages.flatMap(({ from }): RuleHit[] => {
    const as = from.args.find((arg) => arg.toLowerCase() === 'as')
    if (!as) return []
    const fromUpper = from.written === from.written.toUpperCase()
    const asUpper = as === as.toUpperCase()
    const fromLower = from.written === from.written.toLowerCase()
    const asLower = as === as.toLowerCase()
    if ((fromUpper && asUpper) || (fromLower && asLower)) return []
    return [{ rule: 'from-as-casing', line: from.line, message: `"${from.written} … ${as}" mixes cases.` }]
  })
