// The one place that turns arguments into shell text. Every command the site generates goes
// through here, so no value a reader types can break the syntax or run something else.

/** Characters that mean nothing to a POSIX shell anywhere in a word. */
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/

/** Quotes one argument for POSIX shells (sh, bash, zsh, dash): bare when safe, else single-quoted. */
export function quoteArg(arg: string): string {
  if (arg === '') return "''"
  if (SAFE_WORD.test(arg)) return arg
  // Inside single quotes nothing is special except the closing quote, which is written '\''.
  return `'${arg.replaceAll("'", `'\\''`)}'`
}

export type Layout = 'single' | 'multi'

/**
 * A command as lines of arguments: each inner array stays together on one line in the multi-line
 * layout (a flag with its value, say). The text is the quoted arguments in order either way.
 */
export interface Command {
  lines: string[][]
  /** File to read standard input from (`< file`). */
  stdin?: string
  /** File to write standard output to (`> file`). */
  stdout?: string
}

const CONTINUATION = ' \\\n  '

export function renderCommand(command: Command, layout: Layout = 'single'): string {
  const lines = command.lines.filter((line) => line.length > 0).map((line) => line.map(quoteArg).join(' '))
  let text = lines.join(layout === 'multi' ? CONTINUATION : ' ')
  if (command.stdin !== undefined) text += ` < ${quoteArg(command.stdin)}`
  if (command.stdout !== undefined) text += ` > ${quoteArg(command.stdout)}`
  return text
}

/** Commands joined by a pipe: the output of each feeds the next (`docker save web | gzip > web.tar.gz`). */
export function renderPipeline(commands: Command[], layout: Layout = 'single'): string {
  return commands.map((command) => renderCommand(command, layout)).join(layout === 'multi' ? ' \\\n  | ' : ' | ')
}

/** The argv a command passes to its program, for tests and for the Docker CLI oracle. */
export function argvOf(command: Command): string[] {
  return command.lines.flat()
}
