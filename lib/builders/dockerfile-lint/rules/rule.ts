import type { ParsedDockerfile } from '../parse'
import type { RuleHit } from '../types'

/** A rule reads the parsed Dockerfile and reports what it finds; it never throws. */
export type Rule = (dockerfile: ParsedDockerfile) => RuleHit[]
