// The real Docker CLI as a test oracle. The client parses every flag and many values before it
// contacts the daemon, so with DOCKER_HOST pointing at a socket that does not exist, "Cannot
// connect to the Docker daemon" means the command parsed, and "unknown flag" or "invalid ..."
// means it did not. Commands run without a shell, in a scratch folder, with a scratch config.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export type Verdict = 'accepted' | 'rejected' | 'skipped'

export interface OracleResult {
  verdict: Verdict
  /** What the CLI said, or why the command was not run. */
  detail: string
}

function findDocker(): string | undefined {
  const result = spawnSync('docker', ['--version'], { encoding: 'utf8' })
  return result.status === 0 ? 'docker' : undefined
}

export const dockerCliVersion: string | undefined = findDocker() && spawnSync('docker', ['--version'], { encoding: 'utf8' }).stdout.trim()

/** Messages the client prints only after it has parsed the whole command. */
const PARSED = [
  'Cannot connect to the Docker daemon',
  'Cannot perform an interactive login from a non TTY device',
  'no signatures or cannot access',
]

/** Client plugins that may not be installed; commands using them are skipped, not failed. */
const PLUGINS = ['buildx', 'compose', 'scout', 'init', 'debug', 'model', 'ai', 'sbom']

/**
 * Build flags only BuildKit's client (buildx) knows. Without the buildx plugin `docker build` is
 * the legacy client and rejects them, so they are checked against this list instead.
 */
const BUILDKIT_ONLY_BUILD_FLAGS = new Set([
  '--progress', '--secret', '--ssh', '--load', '--push', '--output', '--cache-to', '--attest', '--sbom',
  '--provenance', '--check', '--call', '--builder', '--allow', '--annotation', '--metadata-file',
  '--build-context', '--no-cache-filter',
])
const BUILDKIT_FLAGS_WITH_VALUE = new Set([...BUILDKIT_ONLY_BUILD_FLAGS].filter((f) => !['--load', '--push', '--check'].includes(f)))

const hasBuildx = () => spawnSync('docker', ['buildx', 'version'], { encoding: 'utf8' }).status === 0

let buildxInstalled: boolean | undefined

export function askDockerCli(argv: string[]): OracleResult {
  if (!dockerCliVersion) return { verdict: 'skipped', detail: 'no docker CLI on this machine' }
  if (argv[0] !== 'docker') return { verdict: 'skipped', detail: `not a docker command: ${argv[0]}` }
  const sub = argv[1] ?? ''
  const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-oracle-'))
  let args = argv.slice(1)
  let note = ''
  if (isBuild(args)) {
    buildxInstalled ??= hasBuildx()
    if (!buildxInstalled) {
      const stripped = stripBuildKitFlags(args)
      if (stripped.removed.length > 0) note = ` (BuildKit-only flags checked by name: ${stripped.removed.join(' ')})`
      args = stripped.args
    }
  }
  prepareLocalFiles(args, workdir)
  let result = run(args, workdir)
  // -t asks for a terminal, which the client checks before it validates the rest of the command.
  // The flag itself parsed; run again without it to check everything else.
  if (/the input device is not a TTY/.test(`${result.stdout}${result.stderr}`)) {
    result = run(withoutTty(args), workdir)
    note += ' (checked again without -t: the oracle has no terminal)'
  }
  fs.rmSync(workdir, { recursive: true, force: true })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim()
  const pluginMissing = new RegExp(`unknown command: docker (${PLUGINS.join('|')})\\b`).exec(output)
  if (pluginMissing || (PLUGINS.includes(sub) && /unknown (shorthand )?flag/.test(output) && !output.includes(`docker ${sub} `))) {
    return { verdict: 'skipped', detail: `docker ${sub} is a CLI plugin that is not installed with this client` }
  }
  if (result.status === 0 || PARSED.some((marker) => output.includes(marker))) {
    return { verdict: 'accepted', detail: firstLine(output) + note }
  }
  return { verdict: 'rejected', detail: output.replace(/\n\s*\n/g, '\n') }
}

function run(args: string[], workdir: string) {
  return spawnSync('docker', args, {
    cwd: workdir,
    encoding: 'utf8',
    timeout: 20_000,
    input: '',
    env: {
      ...process.env,
      DOCKER_CONTEXT: undefined,
      DOCKER_TLS_VERIFY: undefined,
      DOCKER_CERT_PATH: undefined,
      HOME: workdir,
      DOCKER_HOST: `unix://${path.join(workdir, 'no-daemon.sock')}`,
      DOCKER_CONFIG: path.join(workdir, '.docker'),
      DOCKER_CLI_HINTS: 'false',
    },
  })
}

/** The command without -t / --tty, also inside combined short flags such as -it or -itd. */
function withoutTty(args: string[]): string[] {
  return args.flatMap((arg) => {
    if (arg === '-t' || arg === '--tty' || arg === '--tty=true') return []
    if (/^-[a-zA-Z]{2,}$/.test(arg) && arg.includes('t')) return [arg.replace('t', '')]
    return [arg]
  })
}

function isBuild(args: string[]): boolean {
  return args[0] === 'build' || (args[0] === 'image' && args[1] === 'build') || (args[0] === 'buildx' && args[1] === 'build')
}

function stripBuildKitFlags(args: string[]): { args: string[]; removed: string[] } {
  const kept: string[] = []
  const removed: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const name = arg.split('=')[0]!
    if (BUILDKIT_ONLY_BUILD_FLAGS.has(name)) {
      removed.push(arg)
      if (!arg.includes('=') && BUILDKIT_FLAGS_WITH_VALUE.has(name)) removed.push(args[++i] ?? '')
      continue
    }
    kept.push(arg)
  }
  return { args: kept, removed }
}

/** Files and folders the client itself reads must exist: a build context and Dockerfile, env files, archives. */
function prepareLocalFiles(args: string[], workdir: string) {
  const touch = (file: string, content = '') => {
    if (!file || file === '-' || path.isAbsolute(file) || /^[a-z]+:\/\//.test(file) || file.includes('$')) return
    const target = path.join(workdir, file)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    if (!fs.existsSync(target)) fs.writeFileSync(target, content)
  }
  const valueOf = (i: number) => (args[i]!.includes('=') ? args[i]!.slice(args[i]!.indexOf('=') + 1) : args[i + 1] ?? '')
  for (let i = 0; i < args.length; i++) {
    const name = args[i]!.split('=')[0]!
    if (['--env-file', '--label-file'].includes(name)) touch(valueOf(i), 'EXAMPLE=1\n')
    if ((name === '-i' || name === '--input') && args.includes('load')) touch(valueOf(i))
    // docker save and export check that the folder of -o exists before they contact the daemon.
    if ((name === '-o' || name === '--output') && (args.includes('save') || args.includes('export'))) touch(path.join(path.dirname(valueOf(i)), '.folder'))
    if (name === '--security-opt' && valueOf(i).startsWith('seccomp=') && !valueOf(i).endsWith('unconfined')) {
      touch(valueOf(i).slice('seccomp='.length), '{"defaultAction":"SCMP_ACT_ALLOW"}')
    }
  }
  if (isBuild(args)) {
    const file = args.findIndex((a) => a === '-f' || a === '--file' || a.startsWith('--file='))
    const context = lastPositional(args)
    if (context && context !== '-' && !/^[a-z]+:\/\//.test(context)) fs.mkdirSync(path.join(workdir, context), { recursive: true })
    const dockerfile = file >= 0 ? valueOf(file) : path.join(context ?? '.', 'Dockerfile')
    touch(dockerfile, 'FROM alpine:3.20\n')
  }
  if (args[0] === 'import' || (args[0] === 'image' && args[1] === 'import')) touch(importSource(args) ?? '')
}

/** The build context: the last argument that is not a flag or a flag's value. */
function lastPositional(args: string[]): string | undefined {
  const last = args[args.length - 1]
  return last && !last.startsWith('-') ? last : undefined
}

/** Options of `docker import` whose value is the next argument (`--change 'CMD ["sh"]'`). */
const IMPORT_FLAGS_WITH_VALUE = new Set(['-c', '--change', '-m', '--message', '--platform'])

/** `docker import [OPTIONS] FILE [REPOSITORY[:TAG]]`: the first argument that is not an option or its value. */
function importSource(args: string[]): string | undefined {
  for (let i = args[0] === 'image' ? 2 : 1; i < args.length; i++) {
    const arg = args[i]!
    if (IMPORT_FLAGS_WITH_VALUE.has(arg)) i++
    else if (arg === '-' || !arg.startsWith('-')) return arg
  }
  return undefined
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim()) ?? ''
}
