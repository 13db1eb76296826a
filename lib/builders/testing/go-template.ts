// Test support: a small evaluator for the part of Go's text/template the inspect builder writes
// (fields, json, len, println, if/else, range), run against sample inspect JSON. A field the sample
// does not have is an error, as it is for Docker, whose templates run on typed structs; a pointer
// field that is unset (State.Health without a health check) is in the sample as null.

type Node = { kind: 'text'; text: string } | { kind: 'action'; expr: string } | { kind: 'if'; expr: string; then: Node[]; else: Node[] } | { kind: 'range'; expr: string; body: Node[] }

/** Splits a template into text and {{ }} actions; throws on braces that do not pair up. */
export function tokenize(template: string): ({ text: string } | { action: string })[] {
  const parts: ({ text: string } | { action: string })[] = []
  let rest = template
  while (rest.length > 0) {
    const open = rest.indexOf('{{')
    const text = open === -1 ? rest : rest.slice(0, open)
    if (text.includes('}}')) throw new Error(`"}}" without "{{" in ${JSON.stringify(template)}`)
    if (text) parts.push({ text })
    if (open === -1) break
    const close = rest.indexOf('}}', open + 2)
    if (close === -1) throw new Error(`unclosed action in ${JSON.stringify(template)}`)
    const action = rest.slice(open + 2, close).trim()
    if (action.includes('{{')) throw new Error(`"{{" inside an action in ${JSON.stringify(template)}`)
    parts.push({ action })
    rest = rest.slice(close + 2)
  }
  return parts
}

export function parseTemplate(template: string): Node[] {
  const parts = tokenize(template)
  let i = 0
  const block = (closers: string[]): { nodes: Node[]; closer: string | undefined } => {
    const nodes: Node[] = []
    while (i < parts.length) {
      const part = parts[i++]!
      if ('text' in part) {
        nodes.push({ kind: 'text', text: part.text })
        continue
      }
      const [word, ...rest] = part.action.split(/\s+/)
      if (closers.includes(word!)) return { nodes, closer: word }
      if (word === 'if') {
        const then = block(['else', 'end'])
        const otherwise = then.closer === 'else' ? block(['end']) : { nodes: [], closer: then.closer }
        if (otherwise.closer !== 'end') throw new Error(`{{if}} without {{end}} in ${JSON.stringify(template)}`)
        nodes.push({ kind: 'if', expr: rest.join(' '), then: then.nodes, else: otherwise.nodes })
      } else if (word === 'range') {
        const body = block(['end'])
        if (body.closer !== 'end') throw new Error(`{{range}} without {{end}} in ${JSON.stringify(template)}`)
        nodes.push({ kind: 'range', expr: rest.join(' '), body: body.nodes })
      } else if (word === 'else' || word === 'end') {
        throw new Error(`unexpected {{${word}}} in ${JSON.stringify(template)}`)
      } else {
        nodes.push({ kind: 'action', expr: part.action })
      }
    }
    return { nodes, closer: undefined }
  }
  const { nodes, closer } = block([])
  if (closer) throw new Error(`unexpected {{${closer}}}`)
  return nodes
}

function field(dot: unknown, path: string): unknown {
  if (path === '.') return dot
  if (!/^(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(path)) throw new Error(`not a field: ${path}`)
  return path
    .slice(1)
    .split('.')
    .reduce<unknown>((value, name) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, name)) throw new Error(`can't evaluate field ${name}`)
      return (value as Record<string, unknown>)[name]
    }, dot)
}

function evalExpr(dot: unknown, expr: string): unknown {
  const [word, ...args] = expr.split(/\s+/)
  if (word === 'println' && args.length === 0) return '\n'
  if (word === 'json' && args.length === 1) return JSON.stringify(field(dot, args[0]!))
  if (word === 'len' && args.length === 1) {
    const value = field(dot, args[0]!)
    if (Array.isArray(value) || typeof value === 'string') return value.length
    if (value && typeof value === 'object') return Object.keys(value).length
    throw new Error(`len of ${typeof value}`)
  }
  if (args.length === 0) return field(dot, word!)
  throw new Error(`unsupported action: ${expr}`)
}

/** Go's idea of empty: false, 0, nil, and empty strings, lists and maps. */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0
  if (value && typeof value === 'object') return Object.keys(value).length > 0
  return Boolean(value)
}

function print(value: unknown): string {
  if (value === null || value === undefined) return '<nil>'
  if (Array.isArray(value)) return `[${value.map(print).join(' ')}]`
  if (typeof value === 'object') return `map[${Object.keys(value).sort().map((k) => `${k}:${print((value as Record<string, unknown>)[k])}`).join(' ')}]`
  return String(value)
}

function run(nodes: Node[], dot: unknown): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return node.text
      if (node.kind === 'action') return print(evalExpr(dot, node.expr))
      const value = evalExpr(dot, node.expr)
      if (node.kind === 'if') return run(truthy(value) ? node.then : node.else, dot)
      if (value === null) return ''
      // Go ranges over a map's values in key order.
      const items = Array.isArray(value) ? value : Object.keys(value as object).sort().map((k) => (value as Record<string, unknown>)[k])
      return items.map((item) => run(node.body, item)).join('')
    })
    .join('')
}

/** What `docker … inspect --format TEMPLATE` prints for this inspect object, without the final newline. */
export function executeTemplate(template: string, data: unknown): string {
  return run(parseTemplate(template), data)
}
