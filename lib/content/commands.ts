// The docker commands a page shows in its shell code blocks, as argv. The cheat sheet lists them
// and the CLI oracle test hands each one to the real Docker client.
import { parseShell } from '../shell/parse'
import type { PageData } from './types'

export interface PageCommand {
  route: string
  sectionId: string
  /** Line of the code block in the source file. */
  line: number
  /** The command as written (without prompt), with its `\` continuation lines. */
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
    const found = commandsAsWritten(block.copyText)
    if (!found.ok) {
      problems.push({ route: page.route, line: block.line, message: `shell code does not parse: ${found.error}` })
      continue
    }
    for (const { argv: full, text } of found.commands) {
      const argv = dockerArgv(full)
      if (argv) commands.push({ route: page.route, sectionId: block.sectionId, line: block.line, text, argv })
    }
  }
  return { commands, problems }
}

/**
 * Each command with the line it was written on (with its `\` continuations, and the rest of a
 * pipeline or && chain it is part of), which is what a reader copies. A quoted value that spans
 * lines makes the lines unreadable one by one; such a block is one piece of text for its commands.
 */
function commandsAsWritten(code: string): { ok: true; commands: { argv: string[]; text: string }[] } | { ok: false; error: string } {
  const commands: { argv: string[]; text: string }[] = []
  for (const line of logicalLines(code)) {
    const parsed = parseShell(line)
    if (!parsed.ok) {
      const whole = parseShell(code)
      if (!whole.ok) return whole
      return { ok: true, commands: whole.commands.map(({ argv }) => ({ argv, text: code.trim() })) }
    }
    for (const command of parsed.commands) commands.push({ argv: command.argv, text: line.trim() })
  }
  return { ok: true, commands }
}

/** Lines of shell code with `\` continuation lines joined to the line they continue. */
function logicalLines(code: string): string[] {
  const lines: string[] = []
  let current: string[] = []
  for (const line of code.split('\n')) {
    current.push(line)
    if (!line.endsWith('\\')) {
      lines.push(current.join('\n'))
      current = []
    }
  }
  if (current.length > 0) lines.push(current.join('\n'))
  return lines
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
