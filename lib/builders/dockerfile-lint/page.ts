// What the linter's page keeps: the Dockerfile, in the URL like a builder's state, and the
// summary line above the findings.
import { blankState, text } from '../fields'
import type { LintFinding, Severity } from './types'

export const lintSpec = { dockerfile: text() }
export const lintPage = { spec: lintSpec, start: blankState(lintSpec) }

/** A Dockerfile with the mistakes beginners make most, for the "Try an example" button. */
export const EXAMPLE_DOCKERFILE = [
  'FROM node',
  'MAINTAINER you@example.com',
  'WORKDIR app',
  'COPY . .',
  'RUN apt-get update',
  'RUN apt-get install -y curl',
  'RUN npm install',
  'ENV API_TOKEN=change-me',
  'EXPOSE 3000  # the web port',
  'CMD npm start',
  '',
].join('\n')

const NAMES: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['suggestion', 'suggestions'],
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Suggestion' }

/** "2 errors, 1 warning, 3 suggestions", leaving out the severities with none. */
export function summarise(findings: LintFinding[]): string {
  if (findings.length === 0) return 'No findings: this Dockerfile passes every check.'
  const counts = (Object.keys(NAMES) as Severity[])
    .map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${NAMES[severity][count === 1 ? 0 : 1]}`)
  return `${counts.join(', ')}.`
}
