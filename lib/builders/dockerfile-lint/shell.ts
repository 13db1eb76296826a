// Just enough reading of RUN commands for the rules: the simple commands a script runs, as words.
// Not a shell parser: quoting is ignored, which is fine for spotting apt-get, cd or npm ci.
import { JSONInstruction, ModifiableInstruction } from 'dockerfile-ast'
import type { Step } from './parse'

/** The commands a RUN executes, split at &&, ||, ;, | and newlines, each as its words. */
export function runCommands(step: Step): string[][] {
  const json = step.node instanceof JSONInstruction ? step.node.getJSONStrings().map((s) => s.getJSONValue()) : []
  const script = json.length > 0 ? json.join(' ') : step.args.join(' ')
  return script
    .split(/&&|\|\||[;|\n]/)
    .map((command) => command.trim().split(/\s+/).filter(Boolean))
    .filter((words) => words.length > 0)
}

/** The program and its arguments, without what comes before: VAR=value assignments and sudo. */
export function programWords(words: string[]): string[] {
  let start = 0
  while (start < words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[start] ?? '') || words[start] === 'sudo')) start++
  return words.slice(start)
}

/** The subcommand when the command runs one of these programs (`apt-get -y install x` → install). */
export function subcommand(words: string[], programs: readonly string[]): string | undefined {
  const program = programWords(words)
  if (!programs.includes(program[0]?.replace(/^.*\//, '') ?? '')) return undefined
  return program.slice(1).find((word) => !word.startsWith('-')) ?? ''
}

/** The flags of the instruction itself, such as --mount=type=cache,target=/var/cache/apt. */
export function instructionFlags(step: Step): string[] {
  return step.node instanceof ModifiableInstruction ? step.node.getFlags().map((flag) => flag.toString()) : []
}
