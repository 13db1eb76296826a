import { describe, expect, it } from 'vitest'
import { askDockerCli, dockerCliVersion } from '../../scripts/docker-oracle'
import { argvOf } from '../shell/quote'
import { BUILD_FLAGS } from './build/flags'
import { parseOptions, type OptionSpec } from './cli/options'
import { findDockerCommand } from './docker-command'
import { EXPLAINABLE, explainCommand, type Explanation } from './explain'
import { evaluate, type Output } from './model'
import { outputText } from './output'
import { RUN_FLAGS } from './run/flags'
import { COMMAND_CORPUS } from './testing/command-corpus'

function explained(text: string): Extract<Explanation, { ok: true }> {
  const result = explainCommand(text)
  if (!result.ok) throw new Error(result.message)
  return result
}

function commandOf(result: Extract<Explanation, { ok: true }>): Extract<Output, { kind: 'shell' }> {
  const { errors, outputs } = evaluate(EXPLAINABLE[result.kind] as never, result.state as never)
  expect(errors).toEqual([])
  return outputs.find((o): o is Extract<Output, { kind: 'shell' }> => o.kind === 'shell')!
}

/** The long names of the options in a command, aliases folded, sorted: what it says, not how. */
function optionNames(text: string): string[] {
  const found = findDockerCommand(text)
  if (!found.ok) throw new Error(found.message)
  const flags: readonly OptionSpec[] = found.kind === 'run' ? RUN_FLAGS : BUILD_FLAGS
  const aliases: Record<string, string> = { '--net': '--network', '--dns-opt': '--dns-option', '--net-alias': '--network-alias' }
  return parseOptions(found.args, flags, found.kind === 'build')
    .options.map((option) => option.spec!.long)
    .map((name) => aliases[name] ?? name)
    .sort()
}

describe('explain → builder → command, over a corpus of real commands', () => {
  it(`holds ${COMMAND_CORPUS.length} commands (at least 50)`, () => {
    expect(COMMAND_CORPUS.length).toBeGreaterThanOrEqual(50)
  })

  it.each(COMMAND_CORPUS)('%s', (text) => {
    const first = explained(text)
    expect(first.problems).toEqual([])
    expect(first.parts.filter((part) => part.status !== 'covered')).toEqual([])
    for (const part of first.parts) expect(part.explanation.length).toBeGreaterThan(20)

    const rebuilt = outputText(commandOf(first), 'single')
    const second = explained(rebuilt)
    expect(second.kind).toBe(first.kind)
    expect(second.state).toEqual(first.state)
    expect(optionNames(rebuilt)).toEqual(optionNames(text))
    if (dockerCliVersion) {
      const verdict = askDockerCli(argvOf(commandOf(second).commands[0]!))
      expect(verdict.verdict, verdict.detail).toBe('accepted')
    }
  })
})

describe('explainCommand', () => {
  it('reads combined short flags, --flag=value, quotes and continuations', () => {
    const result = explained(`docker run -itd --name=web -e 'A=b c' \\\n  -p8080:80 nginx:1.27-alpine`)
    expect(result.kind).toBe('run')
    expect(result.state).toMatchObject({ detach: true, interactive: true, tty: true, name: 'web', env: [{ name: 'A', value: 'b c', fromHost: false }] })
    expect(result.state).toMatchObject({ ports: [{ hostIp: '', hostPort: '8080', containerPort: '80', protocol: 'tcp' }], image: 'nginx', tag: '1.27-alpine' })
    expect(result.parts.map((part) => part.text)).toEqual(['-i (in -itd)', '-t (in -itd)', '-d (in -itd)', '--name=web', "-e A=b c", '-p8080:80', 'nginx:1.27-alpine'])
  })

  it('explains each part with a link to its lesson', () => {
    const result = explained('docker run -d --restart always -p 8080:80 nginx:1.27')
    const restart = result.parts.find((part) => part.flag === '--restart')!
    expect(restart.lesson?.id).toBe('restartPolicies')
    const publish = result.parts.find((part) => part.flag === '--publish')!
    expect(publish.explanation).toContain('container port 80/tcp is reachable at host port 8080, on every interface')
    expect(result.parts.every((part) => part.lesson)).toBe(true)
  })

  it('names unknown options and options the builder leaves out', () => {
    const result = explained('docker run --detatch --gpus all -d nginx')
    const unknown = result.parts.find((part) => part.text === '--detatch')!
    expect(unknown).toMatchObject({ status: 'unknown', problem: 'Unknown option --detatch.' })
    const gpus = result.parts.find((part) => part.flag === '--gpus')!
    expect(gpus).toMatchObject({ status: 'left-out', text: '--gpus all' })
    expect(gpus.problem).toContain('leaves it out')
    expect(result.state).toMatchObject({ detach: true, image: 'nginx' })
    // Old names Docker still accepts are explained, not called unknown.
    const old = explained('docker run --dns-opt ndots:1 --network app --net-alias web nginx')
    expect(old.parts.filter((part) => part.status === 'unknown')).toEqual([])
    expect(old.parts.find((part) => part.flag === '--dns-opt')?.explanation).toContain('--dns-option')
  })

  it('names the registry an image comes from as Docker reads the reference', () => {
    const image = (reference: string) => explained(`docker run ${reference}`).parts.at(-1)!.explanation
    expect(image('localhost/app:1')).toContain('from the registry localhost')
    expect(image('localhost:5000/app:1')).toContain('from the registry localhost:5000')
    expect(image('acme/app:1')).toContain('from Docker Hub')
  })

  it('says what it could not carry into the builder', () => {
    const result = explained('docker run -v data:/data:z --log-opt tag=web -p 80/icmp nginx')
    expect(result.parts.filter((part) => part.status === 'problem').map((part) => part.problem)).toEqual([
      'The builder covers the ro and rw options of -v, not z.',
      'The builder covers the max-size and max-file log options, not tag.',
      'icmp is not a protocol Docker publishes (tcp, udp or sctp).',
    ])
  })

  it('reports a missing value and a missing image instead of guessing', () => {
    expect(explained('docker run --name').problems).toEqual(['--name needs a value after it.', 'The command names no image: docker run needs one, after the options.'])
    expect(explained('docker build -t app').problems).toEqual(['The command names no build context: docker build needs one, usually . for this folder.'])
  })

  it('writes $(pwd) as ./ and says so; other substitutions are kept and named', () => {
    const result = explained('docker run -v "$(pwd)"/site:/usr/share/nginx/html -e HOME_DIR=$HOME nginx')
    expect(result.state).toMatchObject({ mounts: [{ type: 'bind', source: './site' }], env: [{ name: 'HOME_DIR', value: '$HOME' }] })
    expect(result.notes.join(' ')).toContain('$(pwd) (the current folder) is written as ./')
    expect(result.notes.join(' ')).toContain('Your shell replaces $HOME')
  })

  it('finds the docker command after sudo or variables, in any of its names, and notes the rest', () => {
    expect(explained('sudo docker container run alpine').kind).toBe('run')
    expect(explained('docker buildx build -t a .').kind).toBe('build')
    const result = explained('docker build -t app . && docker run app > out.log')
    expect(result.kind).toBe('build')
    expect(result.notes).toEqual(['Only the first command is explained: the text holds 2 commands.'])
    expect(explained('docker run --rm -i alpine wc -l < file.txt').notes).toEqual([
      'The redirection < file.txt belongs to the shell, not to Docker, and is left out.',
    ])
  })

  it('gives a clear message, never a crash, for what it cannot read', () => {
    const message = (text: string) => {
      const result = explainCommand(text)
      return result.ok ? 'explained' : result.message
    }
    expect(message('')).toBe('Paste a docker run or docker build command first.')
    expect(message('docker run -e "A=b nginx')).toBe('This is not a complete shell command: a double quote is never closed (at character 15).')
    expect(message('docker ps -a')).toBe('There is no docker run or docker build command here (found: docker ps -a). Paste one of those to explain it.')
    expect(message('kubectl run web --image=nginx')).toContain('There is no docker run or docker build command here (found: kubectl)')
    expect(message('docker run nginx |')).toContain('This is not a complete shell command')
    for (const text of ['docker run \\', "docker run '", 'docker run $(', 'docker run nginx <<EOF', 'docker run -p', 'docker run --mount', '---', 'docker build']) {
      expect(() => explainCommand(text)).not.toThrow()
    }
  })
})
