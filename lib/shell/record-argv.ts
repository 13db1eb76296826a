// Test support: runs shell text in bash with `docker` (or another program) replaced by a function
// that records its argv, so tests see exactly what a reader's shell would hand to the program.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A folder with a file in it, so an unquoted glob would visibly expand to that file's name. */
export const recordingDir = fs.mkdtempSync(path.join(os.tmpdir(), 'record-argv-'))
fs.writeFileSync(path.join(recordingDir, 'GLOB-EXPANDED'), '')

/**
 * The argv `program` receives (without its name) when bash runs the text. The program is replaced
 * by the recording function, so commands such as openssl or sudo are recorded, never run.
 */
export function recordArgv(text: string, program = 'docker'): string[] {
  if (!/^[a-z][a-z0-9_-]*$/.test(program)) throw new Error(`cannot stand in for the program ${JSON.stringify(program)}`)
  const script = `${program}() { printf '%s\\0' "$@"; }\n${text}`
  const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', cwd: recordingDir })
  if (result.status !== 0) throw new Error(`bash failed: ${result.stderr}`)
  return result.stdout.split('\0').slice(0, -1)
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
