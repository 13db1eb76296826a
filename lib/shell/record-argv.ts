// Test support: runs shell text in bash with `docker` (or another program) replaced by a function
// that records its argv, so tests see exactly what a reader's shell would hand to the program.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

/** A folder with a file in it, so an unquoted glob would visibly expand to that file's name. */
export const recordingDir = fs.mkdtempSync(path.join(os.tmpdir(), 'record-argv-'))
fs.writeFileSync(path.join(recordingDir, 'GLOB-EXPANDED'), '')
// Vitest ends its workers without an exit event, so the folder goes with the test file that loaded it.
afterAll(() => fs.rmSync(recordingDir, { recursive: true, force: true }))

/**
 * The argv `program` receives (without its name) when bash runs the text. The program is replaced
 * by the recording function, so commands such as openssl or sudo are recorded, never run.
 */
export function recordArgv(text: string, program = 'docker'): string[] {
  return recordArgvs([{ text, program }])[0]!
}

/**
 * recordArgv for several commands in one bash process, one argv per command: starting bash is
 * what costs time on a busy machine, and builders write many commands per state.
 */
export function recordArgvs(commands: { text: string; program: string }[]): string[][] {
  const programs = [...new Set(commands.map((command) => command.program))]
  for (const program of programs) {
    if (!/^[a-z][a-z0-9_-]*$/.test(program)) throw new Error(`cannot stand in for the program ${JSON.stringify(program)}`)
  }
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'record-out-'))
  const outFile = (i: number) => path.join(outDir, String(i))
  const script = [
    'set -e',
    ...programs.map((program) => `${program}() { printf '%s\\0' "$@"; }`),
    // Each command writes to its own file, so no argument can be mistaken for a separator.
    ...commands.flatMap((command, i) => [`exec >'${outFile(i)}'`, command.text]),
  ].join('\n')
  const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', cwd: recordingDir })
  try {
    if (result.status !== 0) throw new Error(`bash failed: ${result.stderr}`)
    return commands.map((_, i) => (fs.existsSync(outFile(i)) ? fs.readFileSync(outFile(i), 'utf8').split('\0').slice(0, -1) : []))
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true })
  }
}

/** Strings built to break shell syntax if anything were left unquoted; `touches` names the file they would create. */
export function hostileStrings(marker: string): string[] {
  const file = path.join(recordingDir, marker)
  return [
    `$(touch ${file})`, `\`touch ${file}\``, `; touch ${file}`, `&& touch ${file}`, `| touch ${file}`, `'; touch ${file}; '`,
    `"; touch ${file}; "`, `\ntouch ${file}\n`, "it's", '"quoted"', 'a\nb', '*', '~', '$HOME', '\\', '!', '{a,b}', '#x', ' ', '--flag',
    "'\\''", '>out', '\t', '$((1+1))', '${IFS}', 'a b  c', '/$(id)', '/data/*', '/a,b', '/a"b', 'x=y=z', 'ünïcødé ✓',
  ]
}

/** Every program run, as argv with the program's name first, in the order the text runs them. */
export interface Recording {
  /** What reached standard output. */
  stdout: string[][]
  /** What reached each file a command redirected its output to. */
  files: Record<string, string[][]>
}

/**
 * Runs shell text in a scratch folder with each named program replaced by a recorder. A recorder
 * first copies its standard input (the records of the commands before it in a pipeline) and then
 * adds its own, so a pipeline's records arrive in order wherever its last command writes them:
 * on standard output, or in the file of a `> file` redirection. `files` are the redirection
 * targets (`> backups/web.tar.gz`): their folders are made first, and what lands in them is read back.
 */
export function recordCommands(text: string, programs: string[], files: string[] = []): Recording {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'record-commands-'))
  fs.writeFileSync(path.join(scratch, 'GLOB-EXPANDED'), '')
  for (const file of files) fs.mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true })
  const recorders = programs.map((program) => `${program}() { cat; printf '%s\\0' "$#" ${program} "$@"; }`).join('\n')
  const result = spawnSync('bash', ['-c', `${recorders}\n${text}`], { encoding: 'utf8', cwd: scratch, input: '' })
  try {
    if (result.status !== 0) throw new Error(`bash failed: ${result.stderr}`)
    const read = (file: string) => (fs.existsSync(path.join(scratch, file)) ? records(fs.readFileSync(path.join(scratch, file), 'utf8')) : [])
    return { stdout: records(result.stdout), files: Object.fromEntries(files.map((file) => [file, read(file)])) }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}

/** Records are `count\0program\0arg\0…`, one after another. */
function records(text: string): string[][] {
  const items = text.split('\0').slice(0, -1)
  const list: string[][] = []
  for (let i = 0; i < items.length; ) {
    const count = Number(items[i])
    list.push(items.slice(i + 1, i + 2 + count))
    i += 2 + count
  }
  return list
}
