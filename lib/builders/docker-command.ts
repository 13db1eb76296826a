// Finds the `docker run` or `docker build` in pasted shell text: the first such command, after
// any `sudo` or VAR=value prefix, under any of its names (docker container run, docker buildx build).
import { parseShell } from '../shell/parse'

export type CommandKind = 'run' | 'build'

const SUBCOMMANDS: { words: string[]; kind: CommandKind }[] = [
  { words: ['run'], kind: 'run' },
  { words: ['container', 'run'], kind: 'run' },
  { words: ['build'], kind: 'build' },
  { words: ['image', 'build'], kind: 'build' },
  { words: ['buildx', 'build'], kind: 'build' },
  { words: ['builder', 'build'], kind: 'build' },
]

/** Substitutions that mean "the current folder", which Docker reads the same from a path starting with ./ */
const CURRENT_FOLDER = /^(?:\$\(pwd\)|\$\{PWD\}|\$PWD)(?=$|\/)/

/** A host path that starts with $(pwd), written as ./ so it needs no shell to expand it. */
export function fromCurrentFolder(path: string): string {
  return path.replace(CURRENT_FOLDER, '.')
}

export type FoundCommand =
  | { ok: true; kind: CommandKind; args: string[]; notes: string[]; expansions: string[] }
  | { ok: false; message: string }

export function findDockerCommand(text: string): FoundCommand {
  if (text.trim() === '') return { ok: false, message: 'Paste a docker run or docker build command first.' }
  const parsed = parseShell(text)
  if (!parsed.ok) {
    return { ok: false, message: `This is not a complete shell command: ${parsed.error} (at character ${parsed.offset + 1}).` }
  }
  const notes: string[] = []
  const seen: string[] = []
  for (const [index, command] of parsed.commands.entries()) {
    let i = 0
    while (i < command.argv.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(command.argv[i]!)) i++
    if (command.argv[i] === 'sudo') i++
    if (command.argv[i] !== 'docker') {
      seen.push(command.argv[0]!)
      continue
    }
    const rest = command.argv.slice(i + 1)
    const match = SUBCOMMANDS.find(({ words }) => words.every((word, j) => rest[j] === word))
    if (!match) {
      seen.push(['docker', ...rest.slice(0, 2)].join(' '))
      continue
    }
    if (parsed.commands.length > 1) notes.push(`Only the ${index === 0 ? 'first' : 'docker'} command is explained: the text holds ${parsed.commands.length} commands.`)
    if (command.redirects.length > 0) notes.push(`The redirection ${command.redirects.map((r) => `${r.operator} ${r.target}`).join(' ')} belongs to the shell, not to Docker, and is left out.`)
    return { ok: true, kind: match.kind, args: rest.slice(match.words.length), notes, expansions: [...new Set(command.expansions)] }
  }
  const found = seen.length > 0 ? ` (found: ${[...new Set(seen)].join(', ')})` : ''
  return { ok: false, message: `There is no docker run or docker build command here${found}. Paste one of those to explain it.` }
}
