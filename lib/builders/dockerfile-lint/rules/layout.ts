// Files, directories and layers: ADD or COPY, WORKDIR or cd, and the order that keeps the cache.
import { JSONInstruction } from 'dockerfile-ast'
import { lineage, type ParsedDockerfile, type Step } from '../parse'
import { instructionFlags, programWords, runCommands } from '../shell'
import type { RuleHit } from '../types'
import type { Rule } from './rule'

const REMOTE = /^(https?:\/\/|git@|git:\/\/)|\.git(#.*)?$/i
const ARCHIVE = /\.(tar|tar\.(gz|bz2|xz|zst)|tgz|tbz2?|txz)$/i

/** Sources of a COPY or ADD: every argument but the destination. */
function sources(step: Step): string[] {
  const json = step.node instanceof JSONInstruction ? step.node.getJSONStrings().map((s) => s.getJSONValue()) : []
  const args = json.length > 0 ? json : step.args
  return args.slice(0, -1)
}

export const addLocalFiles: Rule = ({ steps }) =>
  steps
    .filter((step) => step.keyword === 'ADD' && !step.text.includes('<<'))
    .filter((step) => sources(step).some((source) => !REMOTE.test(source) && !ARCHIVE.test(source)))
    .map((step) => ({ rule: 'add-local-files', line: step.line, message: `ADD ${step.text.trim()} copies local files.` }))

function isAbsolute(path: string): boolean {
  const unquoted = path.replace(/^["']|["']$/g, '')
  return /^([/\\$]|[A-Za-z]:[/\\])/.test(unquoted)
}

/** As BuildKit does: a relative WORKDIR is fine once the stage (or a parent) set an absolute one. */
export const workdirRelative: Rule = (dockerfile) =>
  dockerfile.stages.flatMap((stage) => {
    const hits: RuleHit[] = []
    let anchored = lineage(dockerfile, stage)
      .slice(1)
      .some((parent) => parent.steps.some((step) => step.keyword === 'WORKDIR' && isAbsolute(step.args[0] ?? '')))
    for (const step of stage.steps.filter((s) => s.keyword === 'WORKDIR')) {
      const path = step.args[0]
      if (path === undefined) continue
      if (isAbsolute(path)) anchored = true
      else if (!anchored) hits.push({ rule: 'workdir-relative', line: step.line, message: `WORKDIR ${path} is relative to the base image's working directory.` })
    }
    return hits
  })

function runsWhere(dockerfile: ParsedDockerfile, test: (words: string[]) => boolean): Step[] {
  return dockerfile.steps.filter((step) => step.keyword === 'RUN' && runCommands(step).some(test))
}

export const cdInRun: Rule = (dockerfile) =>
  runsWhere(dockerfile, (words) => programWords(words)[0] === 'cd').map((step) => ({
    rule: 'cd-in-run',
    line: step.line,
    message: 'This RUN changes directory with cd.',
  }))

export const sudoInRun: Rule = (dockerfile) =>
  runsWhere(dockerfile, (words) => words.includes('sudo')).map((step) => ({ rule: 'sudo', line: step.line, message: 'This RUN uses sudo.' }))

/** Commands that install dependencies from manifests alone (unlike `pip install .`, which needs the source). */
const DEPENDENCY_INSTALLS = [
  /^(npm) (ci|install|i)\b/,
  /^(yarn)( install\b|$| --)/,
  /^(pnpm) (install|i)\b/,
  /^(pip3?|python3? -m pip) install\b.* (-r|--requirement)\b/,
  /^(poetry|pipenv|bundle|composer) install\b/,
  /^go mod download\b/,
  /^dotnet restore\b/,
  /^mvn\b.* dependency:/,
]

function installsDependencies(words: string[]): boolean {
  const command = programWords(words).join(' ')
  return DEPENDENCY_INSTALLS.some((pattern) => pattern.test(command))
}

function copiesEverything(step: Step): boolean {
  if (step.keyword !== 'COPY' || instructionFlags(step).some((flag) => flag.startsWith('--from'))) return false
  return sources(step).some((source) => source === '.' || source === './')
}

export const copyBeforeInstall: Rule = ({ stages }) =>
  stages.flatMap((stage): RuleHit[] => {
    const copy = stage.steps.find(copiesEverything)
    if (!copy) return []
    const install = stage.steps.find((step) => step.line > copy.line && step.keyword === 'RUN' && runCommands(step).some(installsDependencies))
    if (!install) return []
    return [{ rule: 'copy-before-install', line: copy.line, message: `COPY ${copy.text.trim()} comes before the dependency install on line ${install.line}.` }]
  })

export const consecutiveRuns: Rule = ({ stages }) =>
  stages.flatMap((stage): RuleHit[] => {
    const hits: RuleHit[] = []
    // One finding per row of RUNs, on its second RUN. As in hadolint, RUNs with different --mount
    // flags cannot be joined, so they start a new row.
    let row: Step[] = []
    for (const step of [...stage.steps, undefined]) {
      const previous = row.at(-1)
      if (step?.keyword === 'RUN' && (!previous || instructionFlags(previous).join(' ') === instructionFlags(step).join(' '))) {
        row.push(step)
        continue
      }
      const [first, second] = row
      if (first && second) {
        hits.push({ rule: 'consecutive-runs', line: second.line, message: `${row.length} RUN instructions in a row (lines ${first.line} to ${previous!.line}).` })
      }
      row = step?.keyword === 'RUN' ? [step] : []
    }
    return hits
  })
