// Splits pasted shell text into commands and their argv the way a POSIX shell would: quotes,
// backslash escapes, `\` line continuations, comments, and the operators | && || ; between
// commands. Parameter and command substitutions ($HOME, $(pwd), `pwd`) are kept as written and
// reported, since their values are only known on the reader's machine.

export type Operator = '|' | '&&' | '||' | ';' | '&'

export interface Redirect {
  /** `>`, `>>`, `<`, `2>`, `2>&1`, ... */
  operator: string
  target: string
}

export interface ParsedCommand {
  argv: string[]
  redirects: Redirect[]
  /** The operator that follows this command, if another command comes after it. */
  next?: Operator
  /** Substitutions left unexpanded, such as "$(pwd)" or "$HOME". */
  expansions: string[]
}

export type ParseResult = { ok: true; commands: ParsedCommand[] } | { ok: false; error: string; offset: number }

class ParseError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
  }
}

export function parseShell(input: string): ParseResult {
  try {
    return { ok: true, commands: new Parser(input).parse() }
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, error: error.message, offset: error.offset }
    throw error
  }
}

class Parser {
  private i = 0
  private commands: ParsedCommand[] = []
  private current: ParsedCommand = newCommand()

  constructor(private readonly s: string) {}

  parse(): ParsedCommand[] {
    while (this.i < this.s.length) {
      const c = this.s[this.i]!
      if (c === '\\' && this.s[this.i + 1] === '\n') {
        this.i += 2
      } else if (c === ' ' || c === '\t') {
        this.i++
      } else if (c === '\n') {
        this.i++
        this.endCommand(';')
      } else if (c === '#') {
        while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++
      } else if (this.tryOperator()) {
        continue
      } else if (this.tryRedirect()) {
        continue
      } else {
        this.current.argv.push(this.word())
      }
    }
    this.endCommand(undefined)
    const last = this.commands[this.commands.length - 1]
    if (last?.next && last.next !== ';' && last.next !== '&') {
      throw new ParseError(`the command ends with "${last.next}" but nothing follows it`, this.s.length)
    }
    if (last) delete last.next
    return this.commands
  }

  private endCommand(operator: Operator | undefined) {
    if (this.current.argv.length === 0) {
      if (this.current.redirects.length > 0) throw new ParseError('a redirection needs a command', this.i)
      if (operator && operator !== ';') {
        const previous = this.commands[this.commands.length - 1]
        if (!previous || previous.next !== ';') throw new ParseError(`"${operator}" needs a command before it`, this.i)
      }
      return
    }
    this.current.next = operator
    this.commands.push(this.current)
    this.current = newCommand()
  }

  private tryOperator(): boolean {
    for (const operator of ['&&', '||', '|', ';', '&'] as const) {
      if (this.s.startsWith(operator, this.i) && !(operator === '&' && this.s[this.i + 1] === '>')) {
        this.i += operator.length
        this.endCommand(operator)
        return true
      }
    }
    return false
  }

  /** A redirection starts a word; a digit before it ("2>") names the file descriptor. */
  private tryRedirect(): boolean {
    const match = /^(\d?)(>>|>&|<<<|<<|>|<)/.exec(this.s.slice(this.i))
    if (!match) return false
    const operator = match[0]
    if (operator.startsWith('<<') && !operator.startsWith('<<<')) throw new ParseError('here-documents (<<) are not supported', this.i)
    this.i += operator.length
    while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++
    if (this.i >= this.s.length || /[|&;<>\n]/.test(this.s[this.i]!)) throw new ParseError(`"${operator}" needs a file after it`, this.i)
    this.current.redirects.push({ operator, target: this.word() })
    return true
  }

  private word(): string {
    let out = ''
    const start = this.i
    while (this.i < this.s.length) {
      const c = this.s[this.i]!
      if (/[ \t\n|&;<>]/.test(c)) break
      if (c === '\\') {
        const next = this.s[this.i + 1]
        if (next === undefined) throw new ParseError('the command ends with a lone backslash', this.i)
        this.i += 2
        if (next !== '\n') out += next
      } else if (c === "'") {
        const end = this.s.indexOf("'", this.i + 1)
        if (end === -1) throw new ParseError('a single quote is never closed', this.i)
        out += this.s.slice(this.i + 1, end)
        this.i = end + 1
      } else if (c === '"') {
        out += this.doubleQuoted()
      } else if (c === '$' || c === '`') {
        out += this.expansion()
      } else {
        out += c
        this.i++
      }
    }
    if (this.i === start) throw new ParseError(`unexpected "${this.s[this.i]}"`, this.i)
    return out
  }

  private doubleQuoted(): string {
    const open = this.i
    this.i++
    let out = ''
    while (this.i < this.s.length) {
      const c = this.s[this.i]!
      if (c === '"') {
        this.i++
        return out
      }
      if (c === '\\' && /[$`"\\\n]/.test(this.s[this.i + 1] ?? '')) {
        if (this.s[this.i + 1] !== '\n') out += this.s[this.i + 1]
        this.i += 2
      } else if (c === '$' || c === '`') {
        out += this.expansion()
      } else {
        out += c
        this.i++
      }
    }
    throw new ParseError('a double quote is never closed', open)
  }

  /** Reads $NAME, ${...}, $(...) or `...` and keeps it verbatim. */
  private expansion(): string {
    const start = this.i
    const rest = this.s.slice(this.i)
    let text: string | undefined
    if (rest.startsWith('$(')) text = balanced(rest, '(', ')', 1)
    else if (rest.startsWith('${')) text = balanced(rest, '{', '}', 1)
    else if (rest.startsWith('`')) {
      const end = rest.indexOf('`', 1)
      text = end === -1 ? undefined : rest.slice(0, end + 1)
    } else {
      const name = /^\$([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(rest)
      text = name ? name[0] : '$'
    }
    if (text === undefined) throw new ParseError('a substitution is never closed', start)
    this.i += text.length
    if (text !== '$') this.current.expansions.push(text)
    return text
  }
}

function balanced(text: string, open: string, close: string, from: number): string | undefined {
  let depth = 0
  for (let i = from; i < text.length; i++) {
    if (text[i] === open) depth++
    else if (text[i] === close && --depth === 0) return text.slice(0, i + 1)
  }
  return undefined
}

function newCommand(): ParsedCommand {
  return { argv: [], redirects: [], expansions: [] }
}
