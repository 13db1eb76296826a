// A builder's whole state in the query string, so a form can be shared, reloaded and walked
// through with back and forward. Only values that differ from the builder's start state are
// written, so the start state is the bare page URL. Decoding never throws: anything it cannot
// read falls back to the start value.
//
// Encoding: a text or choice field is `name=value`; a flag is `name=1` or `name=0`; a list of
// rows is one `name=` parameter per row with its cells in column order joined by `~` (a literal
// `~` or `\` in a cell is escaped with `\`, flags are 1 or 0). An empty list is `name=!`.
import { blankRow, sameValue, type ColumnsSpec, type RowOf, type StateOf, type StateSpec } from './fields'

const SEPARATOR = '~'
const EMPTY_LIST = '!'

export function encodeState<S extends StateSpec>(spec: S, state: StateOf<S>, start: StateOf<S>): URLSearchParams {
  const params = new URLSearchParams()
  for (const [name, field] of Object.entries(spec)) {
    const value = state[name]
    if (sameValue(value, start[name])) continue
    if (field.kind === 'rows') {
      const list = value as Record<string, string | boolean>[]
      if (list.length === 0) params.append(name, EMPTY_LIST)
      for (const row of list) params.append(name, encodeRow(field.columns, row))
    } else if (field.kind === 'flag') {
      params.set(name, value ? '1' : '0')
    } else {
      params.set(name, value as string)
    }
  }
  return params
}

export function decodeState<S extends StateSpec>(spec: S, params: URLSearchParams, start: StateOf<S>): StateOf<S> {
  const state = { ...start } as Record<string, unknown>
  for (const [name, field] of Object.entries(spec)) {
    const values = params.getAll(name)
    if (values.length === 0) continue
    const value = values[values.length - 1]!
    if (field.kind === 'rows') {
      state[name] = values.length === 1 && value === EMPTY_LIST ? [] : values.map((row) => decodeRow(field.columns, row))
    } else if (field.kind === 'flag') {
      if (value === '1' || value === '0') state[name] = value === '1'
    } else if (field.kind === 'choice') {
      if ((field.options as readonly string[]).includes(value)) state[name] = value
    } else {
      state[name] = value
    }
  }
  return state as StateOf<S>
}

/** True when the query string holds at least one of the builder's fields. */
export function hasState(spec: StateSpec, params: URLSearchParams): boolean {
  return Object.keys(spec).some((name) => params.has(name))
}

/** `?a=1&b=2`, or '' when there is nothing to say. */
export function queryString(params: URLSearchParams): string {
  const text = params.toString()
  return text ? `?${text}` : ''
}

function encodeRow(columns: ColumnsSpec, row: Record<string, string | boolean>): string {
  const cells = Object.entries(columns).map(([name, cell]) => {
    const value = row[name]
    if (cell.kind === 'flag') return value ? '1' : '0'
    return String(value ?? '').replace(/[\\~]/g, (c) => `\\${c}`)
  })
  const text = cells.join(SEPARATOR)
  // A row that reads "!" would be taken for the empty-list marker.
  return text === EMPTY_LIST ? `\\${EMPTY_LIST}` : text
}

function decodeRow<C extends ColumnsSpec>(columns: C, text: string): RowOf<C> {
  const cells = splitCells(text)
  const row = blankRow(columns) as Record<string, string | boolean>
  Object.entries(columns).forEach(([name, cell], i) => {
    const value = cells[i]
    if (value === undefined) return
    if (cell.kind === 'flag') row[name] = value === '1'
    else if (cell.kind === 'choice') {
      if ((cell.options as readonly string[]).includes(value)) row[name] = value
    } else row[name] = value
  })
  return row as RowOf<C>
}

function splitCells(text: string): string[] {
  const cells: string[] = []
  let current = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\\' && i + 1 < text.length) current += text[++i]
    else if (c === SEPARATOR) {
      cells.push(current)
      current = ''
    } else current += c
  }
  cells.push(current)
  return cells
}
