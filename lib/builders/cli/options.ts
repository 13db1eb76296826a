// Reads the options of one docker subcommand the way the Docker CLI does (spf13/pflag):
// `--name value`, `--name=value`, short flags combined (`-itd`), a short flag's value attached
// (`-p8080:80`, `-p=8080:80`), `--flag=false` for booleans, and `--` to end the options.

export interface OptionSpec {
  long: string
  /** One letter, without the dash. */
  short?: string
  takesValue: boolean
}

export interface ParsedOption<T extends OptionSpec = OptionSpec> {
  /** undefined for a flag the subcommand does not have. */
  spec: T | undefined
  /** The words this option came from, as typed: ["-p", "8080:80"] or ["--rm"]. */
  words: string[]
  /** The value, or for a boolean "true"/"false". */
  value: string
  /** The name as typed: --publish, -p. */
  name: string
}

export interface ParsedArgs<T extends OptionSpec> {
  options: ParsedOption<T>[]
  positionals: string[]
  problems: string[]
}

/**
 * Splits arguments into options and positionals. With `interspersed` false (docker run), options
 * stop at the first positional, so `docker run alpine ls -l` passes `-l` to ls.
 */
export function parseOptions<T extends OptionSpec>(args: string[], specs: readonly T[], interspersed: boolean): ParsedArgs<T> {
  const byLong = new Map(specs.map((spec) => [spec.long, spec]))
  const byShort = new Map(specs.filter((spec) => spec.short).map((spec) => [spec.short!, spec]))
  const options: ParsedOption<T>[] = []
  const positionals: string[] = []
  const problems: string[] = []
  let i = 0

  const takeValue = (name: string): string | undefined => {
    if (i + 1 < args.length) return args[++i]!
    problems.push(`${name} needs a value after it.`)
    return undefined
  }

  for (; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--') {
      positionals.push(...args.slice(i + 1))
      break
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=')
      const name = eq === -1 ? arg : arg.slice(0, eq)
      const spec = byLong.get(name)
      const start = i
      let value: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1)
      if (spec?.takesValue && value === undefined) value = takeValue(name)
      if (spec?.takesValue && value === undefined) continue
      if (spec && !spec.takesValue) {
        value ??= 'true'
        if (value !== 'true' && value !== 'false') problems.push(`${name} is on or off: write ${name}, or ${name}=false.`)
      }
      options.push({ spec, words: args.slice(start, i + 1), value: value ?? '', name })
      continue
    }
    if (arg.startsWith('-') && arg.length > 1) {
      const start = i
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j]!
        const spec = byShort.get(letter)
        const name = `-${letter}`
        if (spec?.takesValue) {
          const rest = arg.slice(j + 1)
          const value = rest !== '' ? rest.replace(/^=/, '') : takeValue(name)
          if (value !== undefined) options.push({ spec, words: args.slice(start, i + 1), value, name })
          break
        }
        options.push({ spec, words: [arg], value: 'true', name })
      }
      continue
    }
    positionals.push(arg)
    if (!interspersed) {
      positionals.push(...args.slice(i + 1))
      break
    }
  }
  return { options, positionals, problems }
}
