// Binds form controls to a builder's state: `form.text('image')` gives a control its id, value,
// change handler and error, so a builder's form is only labels, descriptions and layout.
import { blankRow, blankState, sameValue, type ColumnsSpec, type RowOf, type StateOf, type StateSpec } from '@/lib/builders/fields'
import type { FieldError } from '@/lib/builders/model'

export interface Binding<V> {
  id: string
  value: V
  onChange: (value: V) => void
  error?: string
}

type KeysOf<T, V> = { [K in keyof T]: T[K] extends V ? K : never }[keyof T] & string
type RowKeys<S extends StateSpec> = { [K in keyof S]: S[K] extends { kind: 'rows' } ? K : never }[keyof S] & string
type ColumnsOf<S extends StateSpec, K extends RowKeys<S>> = S[K] extends { kind: 'rows'; columns: infer C extends ColumnsSpec } ? C : never

export interface RowApi<R> {
  index: number
  text: (column: KeysOf<R, string>) => Binding<string>
  flag: (column: KeysOf<R, boolean>) => Binding<boolean>
  choice: <C extends KeysOf<R, string>>(column: C) => Binding<R[C]>
  value: R
}

export interface RowsBinding<R> {
  id: string
  rows: RowApi<R>[]
  add: () => void
  remove: (index: number) => void
}

export interface FormApi<S extends StateSpec> {
  state: StateOf<S>
  /** Replaces several values at once, such as a mode that sets related flags. */
  update: (changes: Partial<StateOf<S>>) => void
  text: (name: KeysOf<StateOf<S>, string>) => Binding<string>
  flag: (name: KeysOf<StateOf<S>, boolean>) => Binding<boolean>
  choice: <K extends KeysOf<StateOf<S>, string>>(name: K) => Binding<StateOf<S>[K]>
  rows: <K extends RowKeys<S>>(name: K) => RowsBinding<RowOf<ColumnsOf<S, K>>>
  /** The id of a field's control, for links from the error summary and warnings. */
  idOf: (path: string) => string
  /** Whether any of these fields holds a value or an error: a folded section opens for either. */
  section: (fields: (keyof StateOf<S> & string)[]) => { hasValue: boolean; hasError: boolean }
}

/** Field paths (`ports.0.hostPort`) as element ids: unique per builder on the page. */
export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replaceAll('.', '-')}`
}

export function createForm<S extends StateSpec>(
  spec: S,
  state: StateOf<S>,
  setState: (update: (state: StateOf<S>) => StateOf<S>) => void,
  errors: FieldError[],
  prefix: string,
): FormApi<S> {
  const blank = blankState(spec)
  const errorOf = (path: string) => errors.find((error) => error.field === path)?.message
  const bind = <V>(path: string, value: V, onChange: (value: V) => void): Binding<V> => ({ id: fieldId(prefix, path), value, onChange, error: errorOf(path) })
  const setField = (name: string, value: unknown) => setState((current) => ({ ...current, [name]: value }))

  return {
    state,
    update: (changes) => setState((current) => ({ ...current, ...changes })),
    text: (name) => bind(name, state[name] as string, (value) => setField(name, value)),
    flag: (name) => bind(name, state[name] as boolean, (value) => setField(name, value)),
    choice: (name) => bind(name, state[name], (value) => setField(name, value)),
    idOf: (path) => fieldId(prefix, path),
    section: (fields) => ({
      hasValue: fields.some((name) => !sameValue(state[name], blank[name])),
      hasError: errors.some((error) => fields.includes(error.field.split('.')[0] as keyof StateOf<S> & string)),
    }),
    rows: (name) => {
      const list = state[name] as Record<string, unknown>[]
      const columns = (spec[name] as { columns: ColumnsSpec }).columns
      const setRows = (change: (rows: Record<string, unknown>[]) => Record<string, unknown>[]) =>
        setState((current) => ({ ...current, [name]: change(current[name] as Record<string, unknown>[]) }))
      const cell = (index: number, column: string) => (value: unknown) =>
        setRows((rows) => rows.map((row, i) => (i === index ? { ...row, [column]: value } : row)))
      const rows = list.map((row, index) => {
        const path = (column: string) => `${name}.${index}.${column}`
        return {
          index,
          value: row,
          text: (column: string) => bind(path(column), row[column] as string, cell(index, column)),
          flag: (column: string) => bind(path(column), row[column] as boolean, cell(index, column)),
          choice: (column: string) => bind(path(column), row[column], cell(index, column)),
        }
      })
      return {
        id: fieldId(prefix, name),
        rows,
        add: () => setRows((current) => [...current, blankRow(columns)]),
        remove: (index: number) => setRows((current) => current.filter((_, i) => i !== index)),
      } as unknown as RowsBinding<RowOf<ColumnsOf<S, typeof name>>>
    },
  }
}
