// The docker commands a page shows in its shell code blocks, as argv. The cheat sheet lists them
// and the CLI oracle test hands each one to the real Docker client.
import { parseShell } from '../shell/parse'
import type { PageData } from './types'

export interface PageCommand {
  route: string
  sectionId: string
  /** Line of the code block in the source file. */
  line: number
  /** The command as written (without prompt), one line per `\` continuation. */
  text: string
  argv: string[]
}

export interface CommandProblem {
  route: string
  line: number
  message: string
}

/** Environment assignments and sudo in front of docker do not change what docker parses. */
function dockerArgv(argv: string[]): string[] | undefined {
  let i = 0
  while (i < argv.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[i]!)) i++
  if (argv[i] === 'sudo') i++
  return argv[i] === 'docker' ? argv.slice(i) : undefined
}

export function extractDockerCommands(page: PageData): { commands: PageCommand[]; problems: CommandProblem[] } {
  const commands: PageCommand[] = []
  const problems: CommandProblem[] = []
  for (const block of page.codeBlocks) {
    if (block.lang !== 'bash' && block.lang !== 'console') continue
    const parsed = parseShell(block.copyText)
    if (!parsed.ok) {
      problems.push({ route: page.route, line: block.line, message: `shell code does not parse: ${parsed.error}` })
      continue
    }
    for (const command of parsed.commands) {
      const argv = dockerArgv(command.argv)
      if (argv) commands.push({ route: page.route, sectionId: block.sectionId, line: block.line, text: argv.join(' '), argv })
    }
  }
  return { commands, problems }
}

/** Sample values for substitutions readers' shells fill in, so the oracle can parse the rest. */
const SAMPLE_VALUES: Record<string, string> = {
  '$(pwd)': '/home/learner/project',
  '$PWD': '/home/learner/project',
  '${PWD}': '/home/learner/project',
  '$HOME': '/home/learner',
  '${HOME}': '/home/learner',
}

export function withSampleValues(argv: string[]): string[] {
  return argv.map((arg) => Object.entries(SAMPLE_VALUES).reduce((value, [name, sample]) => value.replaceAll(name, sample), arg))
}
