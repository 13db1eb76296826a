// How Docker decides the command a container runs, from the image's ENTRYPOINT and CMD and the
// `docker run` arguments. Mirrors the real code paths:
// - the Dockerfile parser (BuildKit parseMaybeJSON): a JSON array of strings is the exec form,
//   anything else the shell form, which runs as ["/bin/sh", "-c", text];
// - the daemon's config merge (moby daemon/commit.go merge and mergeAndVerifyConfig): run
//   arguments replace CMD; --entrypoint replaces ENTRYPOINT and drops the image's CMD;
//   --entrypoint "" resets ENTRYPOINT to none; no ENTRYPOINT and no CMD is an error;
// - the final process is ENTRYPOINT followed by CMD.

export const SHELL_PREFIX = ['/bin/sh', '-c'] as const

export type Instruction =
  | { form: 'exec'; argv: string[] }
  /** The shell form: argv is what Docker stores, ["/bin/sh", "-c", script]. */
  | { form: 'shell'; script: string; argv: string[] }

export type ParsedInstruction =
  | { ok: true; instruction: Instruction | undefined; notJson?: boolean }
  | { ok: false; error: string }

/**
 * Reads what follows ENTRYPOINT or CMD in a Dockerfile. Empty means the instruction is absent.
 * `notJson` flags text that starts like an exec form but is not valid JSON (single quotes, say),
 * which Docker silently takes as the shell form.
 */
export function parseInstruction(text: string): ParsedInstruction {
  const rest = text.trim()
  if (rest === '') return { ok: true, instruction: undefined }
  if (rest.startsWith('[')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(rest)
    } catch {
      parsed = undefined
    }
    if (Array.isArray(parsed)) {
      if (!parsed.every((item) => typeof item === 'string')) {
        return { ok: false, error: 'when using JSON array syntax, arrays must be comprised of strings only' }
      }
      return { ok: true, instruction: { form: 'exec', argv: parsed } }
    }
    return { ok: true, instruction: shellForm(rest), notJson: true }
  }
  return { ok: true, instruction: shellForm(rest) }
}

function shellForm(script: string): Instruction {
  return { form: 'shell', script, argv: [...SHELL_PREFIX, script] }
}

/** Where each word of the final command came from. */
export type Source = 'entrypoint' | 'cmd' | 'shell' | 'run-entrypoint' | 'run-args'

export interface Word {
  text: string
  source: Source
  /** A CMD word after a shell-form ENTRYPOINT: passed to sh as $0, $1, … and unused by the script. */
  ignored?: boolean
}

export interface RunOptions {
  /** The value of --entrypoint; undefined when the flag is not given. */
  entrypoint?: string
  /** The words after the image name. */
  args: string[]
}

export type Outcome =
  | { ok: true; words: Word[]; argv: string[]; rules: string[] }
  | { ok: false; error: string; rules: string[] }

function wordsOf(instruction: Instruction, source: 'entrypoint' | 'cmd'): Word[] {
  if (instruction.form === 'exec') return instruction.argv.map((text) => ({ text, source }))
  return [...SHELL_PREFIX.map((text) => ({ text, source: 'shell' as const })), { text: instruction.script, source }]
}

/** The process a container runs, and the rules that produced it, in the order they applied. */
export function resolveCommand(entrypoint: Instruction | undefined, cmd: Instruction | undefined, run: RunOptions): Outcome {
  const rules: string[] = []
  const flag = run.entrypoint

  let first: Word[]
  if (flag === undefined) {
    first = entrypoint ? wordsOf(entrypoint, 'entrypoint') : []
    if (entrypoint?.form === 'shell') rules.push('ENTRYPOINT is in shell form, so Docker wraps it in /bin/sh -c.')
  } else if (flag === '') {
    first = []
    rules.push('--entrypoint "" resets ENTRYPOINT to none.')
  } else {
    first = [{ text: flag, source: 'run-entrypoint' }]
    rules.push('--entrypoint replaces the image’s ENTRYPOINT.')
    if (/\s/.test(flag)) {
      rules.push('--entrypoint takes one executable: the whole value is looked up as a single program name. Put its arguments after the image.')
    }
  }

  let second: Word[]
  if (run.args.length > 0) {
    second = run.args.map((text) => ({ text, source: 'run-args' }))
    rules.push('The arguments after the image replace CMD.')
  } else if (flag !== undefined) {
    second = []
    if (cmd) rules.push('--entrypoint also clears the image’s CMD.')
  } else {
    second = cmd ? wordsOf(cmd, 'cmd') : []
    if (cmd?.form === 'shell') rules.push('CMD is in shell form, so Docker wraps it in /bin/sh -c.')
    if (cmd && entrypoint?.form === 'exec') rules.push('CMD supplies the default arguments of ENTRYPOINT.')
  }

  if (first.length === 0 && second.length === 0) {
    return { ok: false, error: 'docker: Error response from daemon: no command specified', rules }
  }
  const shellEntrypoint = first.length > 0 && first[0]!.source === 'shell'
  if (shellEntrypoint && second.length > 0) {
    rules.push('A shell-form ENTRYPOINT runs only its own string: the words after it become $0, $1, … of sh and the script ignores them.')
  }
  const words = [...first, ...second.map((word) => (shellEntrypoint ? { ...word, ignored: true } : word))]
  return { ok: true, words, argv: words.map((word) => word.text), rules }
}
