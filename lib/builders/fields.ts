// A builder's state is described once, as a spec of fields. The spec gives the state's type, the
// blank state, new rows for repeatable fields, and the URL encoding (url-state.ts), so a builder
// never writes those by hand.

export interface TextSpec {
  kind: 'text'
  initial: string
}

export interface FlagSpec {
  kind: 'flag'
  initial: boolean
}

export interface ChoiceSpec<V extends string = string> {
  kind: 'choice'
  options: readonly V[]
  initial: V
}

/** What one cell of a repeatable row can be. */
export type CellSpec = TextSpec | FlagSpec | ChoiceSpec

export type ColumnsSpec = Record<string, CellSpec>

/** A repeatable list of rows (ports, environment variables, tags...), each row a record of cells. */
export interface RowsSpec<C extends ColumnsSpec = ColumnsSpec> {
  kind: 'rows'
  columns: C
}

export type FieldSpec = CellSpec | RowsSpec

export type StateSpec = Record<string, FieldSpec>

type CellValue<F> = F extends TextSpec ? string : F extends FlagSpec ? boolean : F extends ChoiceSpec<infer V> ? V : never

export type RowOf<C extends ColumnsSpec> = { [K in keyof C]: CellValue<C[K]> }

type FieldValue<F> = F extends RowsSpec<infer C> ? RowOf<C>[] : CellValue<F>

export type StateOf<S extends StateSpec> = { -readonly [K in keyof S]: FieldValue<S[K]> }

export function text(initial = ''): TextSpec {
  return { kind: 'text', initial }
}

export function flag(initial = false): FlagSpec {
  return { kind: 'flag', initial }
}

export function choice<const V extends string>(options: readonly V[], initial: NoInfer<V>): ChoiceSpec<V> {
  return { kind: 'choice', options, initial }
}

export function rows<C extends ColumnsSpec>(columns: C): RowsSpec<C> {
  return { kind: 'rows', columns }
}

/** A row with every cell at its initial value: what "Add" appends. */
export function blankRow<C extends ColumnsSpec>(columns: C): RowOf<C> {
  return Object.fromEntries(Object.entries(columns).map(([name, cell]) => [name, cell.initial])) as RowOf<C>
}

/** The state with every field at its initial value and every list empty. */
export function blankState<S extends StateSpec>(spec: S): StateOf<S> {
  return Object.fromEntries(Object.entries(spec).map(([name, field]) => [name, field.kind === 'rows' ? [] : field.initial])) as StateOf<S>
}

/** Deep equality for states and rows (plain strings, booleans, arrays and records only). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]))
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  }
  return false
}
