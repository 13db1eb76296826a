import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseInstruction, resolveCommand, type Instruction, type RunOptions } from './entrypoint-cmd'

function instruction(text: string): Instruction | undefined {
  const parsed = parseInstruction(text)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.instruction
}

function run(entrypoint: string, cmd: string, options: RunOptions = { args: [] }) {
  return resolveCommand(instruction(entrypoint), instruction(cmd), options)
}

function argv(entrypoint: string, cmd: string, options?: RunOptions) {
  const outcome = run(entrypoint, cmd, options)
  return outcome.ok ? outcome.argv : outcome.error
}

describe('parseInstruction', () => {
  it('reads a JSON array of strings as the exec form', () => {
    expect(parseInstruction('["nginx", "-g", "daemon off;"]')).toEqual({ ok: true, instruction: { form: 'exec', argv: ['nginx', '-g', 'daemon off;'] } })
  })

  it('reads anything else as the shell form, run by /bin/sh -c', () => {
    expect(parseInstruction('  echo "hello $USER"  ')).toEqual({
      ok: true,
      instruction: { form: 'shell', script: 'echo "hello $USER"', argv: ['/bin/sh', '-c', 'echo "hello $USER"'] },
    })
  })

  it('takes an array with single quotes as the shell form, and says it is not JSON', () => {
    const parsed = parseInstruction("['nginx', '-g']")
    expect(parsed).toMatchObject({ ok: true, notJson: true, instruction: { form: 'shell', argv: ['/bin/sh', '-c', "['nginx', '-g']"] } })
  })

  it('rejects a JSON array with anything but strings, as the Dockerfile parser does', () => {
    expect(parseInstruction('["sleep", 10]')).toEqual({ ok: false, error: 'when using JSON array syntax, arrays must be comprised of strings only' })
  })

  it('treats empty text as an absent instruction', () => {
    expect(parseInstruction('   ')).toEqual({ ok: true, instruction: undefined })
  })
})

// The table "Understand how CMD and ENTRYPOINT interact" in the Dockerfile reference. Docker
// writes the shell-form ENTRYPOINT column as "/bin/sh -c exec_entry p1_entry": the CMD words are
// still passed to sh (as $0, $1, …) but the script ignores them, which the words' `ignored` marks.
describe('the Dockerfile reference table', () => {
  const entrypoints = { none: '', shell: 'exec_entry p1_entry', exec: '["exec_entry", "p1_entry"]' }
  const cmds = { none: '', exec: '["exec_cmd", "p1_cmd"]', shell: 'exec_cmd p1_cmd' }

  it('No CMD, no ENTRYPOINT: an error', () => {
    expect(argv(entrypoints.none, cmds.none)).toBe('docker: Error response from daemon: no command specified')
  })
  it('ENTRYPOINT only', () => {
    expect(argv(entrypoints.shell, cmds.none)).toEqual(['/bin/sh', '-c', 'exec_entry p1_entry'])
    expect(argv(entrypoints.exec, cmds.none)).toEqual(['exec_entry', 'p1_entry'])
  })
  it('CMD in exec form', () => {
    expect(argv(entrypoints.none, cmds.exec)).toEqual(['exec_cmd', 'p1_cmd'])
    expect(argv(entrypoints.exec, cmds.exec)).toEqual(['exec_entry', 'p1_entry', 'exec_cmd', 'p1_cmd'])
  })
  it('CMD in shell form', () => {
    expect(argv(entrypoints.none, cmds.shell)).toEqual(['/bin/sh', '-c', 'exec_cmd p1_cmd'])
    expect(argv(entrypoints.exec, cmds.shell)).toEqual(['exec_entry', 'p1_entry', '/bin/sh', '-c', 'exec_cmd p1_cmd'])
  })
  it('a shell-form ENTRYPOINT ignores CMD in either form', () => {
    for (const cmd of [cmds.exec, cmds.shell]) {
      const outcome = run(entrypoints.shell, cmd)
      if (!outcome.ok) throw new Error(outcome.error)
      expect(outcome.argv.slice(0, 3)).toEqual(['/bin/sh', '-c', 'exec_entry p1_entry'])
      expect(outcome.words.slice(3).every((word) => word.ignored)).toBe(true)
      expect(outcome.words.slice(0, 3).some((word) => word.ignored)).toBe(false)
    }
  })
})

describe('docker run overrides', () => {
  const nginx = ['', '["nginx", "-g", "daemon off;"]'] as const

  it('arguments after the image replace CMD', () => {
    expect(argv(...nginx, { args: ['nginx', '-T'] })).toEqual(['nginx', '-T'])
    expect(argv('["python", "app.py"]', '["--port", "80"]', { args: ['--port', '8080'] })).toEqual(['python', 'app.py', '--port', '8080'])
  })

  it('--entrypoint replaces ENTRYPOINT and clears the image CMD', () => {
    const outcome = run('["python", "app.py"]', '["--port", "80"]', { entrypoint: 'sh', args: [] })
    expect(outcome).toMatchObject({ ok: true, argv: ['sh'] })
    expect(outcome.rules).toContain('--entrypoint also clears the image’s CMD.')
  })

  it('--entrypoint with arguments after the image', () => {
    expect(argv(...nginx, { entrypoint: 'sh', args: ['-c', 'echo hi'] })).toEqual(['sh', '-c', 'echo hi'])
  })

  it('--entrypoint "" resets ENTRYPOINT, and without arguments nothing is left to run', () => {
    expect(argv('["python", "app.py"]', '["--port", "80"]', { entrypoint: '', args: [] })).toBe('docker: Error response from daemon: no command specified')
    expect(argv('["python", "app.py"]', '', { entrypoint: '', args: ['bash'] })).toEqual(['bash'])
  })

  it('--entrypoint is one executable, never split into words', () => {
    const outcome = run('', '', { entrypoint: 'sh -c', args: ['ls'] })
    expect(outcome).toMatchObject({ ok: true, argv: ['sh -c', 'ls'] })
    expect(outcome.rules.some((rule) => rule.startsWith('--entrypoint takes one executable'))).toBe(true)
  })
})

describe('resolveCommand, for any input', () => {
  const word = fc.string({ minLength: 1, maxLength: 8 })
  const anInstruction = fc.option(
    fc.oneof(
      fc.array(word, { maxLength: 3 }).map((argv): Instruction => ({ form: 'exec', argv })),
      word.map((script): Instruction => ({ form: 'shell', script, argv: ['/bin/sh', '-c', script] })),
    ),
    { nil: undefined },
  )
  const options = fc.record({ entrypoint: fc.option(fc.oneof(fc.constant(''), word), { nil: undefined }), args: fc.array(word, { maxLength: 3 }) })

  it('runs the run arguments last whenever there are any', () => {
    fc.assert(
      fc.property(anInstruction, anInstruction, options, (entrypoint, cmd, opts) => {
        const outcome = resolveCommand(entrypoint, cmd, opts)
        if (opts.args.length > 0) {
          expect(outcome.ok).toBe(true)
          if (outcome.ok) expect(outcome.argv.slice(-opts.args.length)).toEqual(opts.args)
        }
      }),
    )
  })

  it('never uses the image CMD once --entrypoint is given', () => {
    fc.assert(
      fc.property(anInstruction, anInstruction, options, (entrypoint, cmd, opts) => {
        const outcome = resolveCommand(entrypoint, cmd, opts)
        if (outcome.ok && opts.entrypoint !== undefined) expect(outcome.words.some((w) => w.source === 'cmd' || w.source === 'entrypoint')).toBe(false)
      }),
    )
  })
})
