// Properties every builder must have, checked over random valid states: the shell text gives
// bash exactly the model's argv, hostile text in any field either is refused or arrives intact
// with nothing executed, the command reads back into the same state, and the URL keeps it all.
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { recordArgvs, recordCommands, recordingDir, hostileStrings } from '../shell/record-argv'
import { argvOf, type Layout } from '../shell/quote'
import { blankRow, type StateOf, type StateSpec } from './fields'
import { evaluate, type Output } from './model'
import { outputText } from './output'
import { freeText } from './testing/arbitraries'
import { BUILDER_CASES, type BuilderCase } from './testing/cases'
import { decodeState, encodeState } from './url-state'

const RUNS = Number(process.env.PROPERTY_RUNS ?? 100)
/** Bash runs are slow on a busy machine; these tests get minutes, not the default seconds. */
const SLOW = { timeout: 600_000 }
const layouts: Layout[] = ['single', 'multi']

type Shell = Extract<Output, { kind: 'shell' }>
const shellOutputs = (outputs: Output[]) => outputs.filter((output): output is Shell => output.kind === 'shell')

/** Every field path a reader can type text into: `name`, or `rows.column` for a cell of each row. */
function textFields(spec: StateSpec): string[] {
  return Object.entries(spec).flatMap(([name, field]) => {
    if (field.kind === 'text') return [name]
    if (field.kind !== 'rows') return []
    return Object.entries(field.columns).flatMap(([column, cell]) => (cell.kind === 'text' ? [`${name}.${column}`] : []))
  })
}

function withValue<S extends StateSpec>(spec: S, state: StateOf<S>, field: string, value: string): StateOf<S> {
  const [name, column] = field.split('.') as [string, string | undefined]
  const next = { ...state } as Record<string, unknown>
  if (column === undefined) next[name] = value
  else {
    const rowsField = spec[name] as Extract<StateSpec[string], { kind: 'rows' }>
    const rows = [...(next[name] as Record<string, unknown>[])]
    rows[0] = { ...(rows[0] ?? blankRow(rowsField.columns)), [column]: value }
    next[name] = rows
  }
  return next as StateOf<S>
}

/**
 * Runs each shell output through bash and checks that docker received exactly the model's argv;
 * then, for a builder that can read commands, that the argv reads back into the same state.
 */
function expectBashGetsModelArgv<S extends StateSpec>(builder: BuilderCase<S>, state: StateOf<S>, outputs: Output[], layout: Layout) {
  const shells = shellOutputs(outputs)
  // Single commands share one bash; pipelines and redirections are recorded end to end.
  const single = shells.filter((output) => output.commands.length === 1 && output.commands[0]!.stdout === undefined)
  const batch = recordArgvs(single.map((output) => ({ text: outputText(output, layout), program: argvOf(output.commands[0]!)[0]! })))
  const recorded = shells.map((output) => {
    if (!single.includes(output)) return expectPipelineGetsModelArgv(output, layout)
    const argv = batch[single.indexOf(output)]!
    expect(argv).toEqual(argvOf(output.commands[0]!).slice(1))
    return argv
  })
  if (builder.read) expectReadsBack(builder, state, recorded[0]!)
}

/** A pipeline, or a command writing to a file: every program in it gets exactly its argv, in order. */
function expectPipelineGetsModelArgv(output: Shell, layout: Layout): string[] {
  const programs = [...new Set(output.commands.map((command) => argvOf(command)[0]!))]
  const targets = output.commands.flatMap((command) => (command.stdout === undefined ? [] : [command.stdout]))
  const recording = recordCommands(outputText(output, layout), programs, targets)
  const last = output.commands[output.commands.length - 1]!
  expect(last.stdout === undefined ? recording.stdout : recording.files[last.stdout]).toEqual(output.commands.map(argvOf))
  return argvOf(output.commands[0]!).slice(1)
}

function expectReadsBack<S extends StateSpec>(builder: BuilderCase<S>, state: StateOf<S>, argv: string[]) {
  if (!builder.read) return
  expect(argv.slice(0, builder.read.subcommand.length)).toEqual(builder.read.subcommand)
  const reading = builder.read.args(argv.slice(builder.read.subcommand.length))
  expect(reading.problems).toEqual([])
  expect(reading.parts.filter((part) => part.status !== 'covered')).toEqual([])
  expect(builder.canonical(reading.state)).toEqual(builder.canonical(state))
}

describe.each(BUILDER_CASES.map((builder) => [builder.model.id, builder] as const))('the %s builder', (_id, builder) => {
  it('generates only valid states in its tests, and its start and presets are valid', () => {
    for (const state of [builder.model.start, ...builder.model.presets.map((p) => p.state)]) expect(builder.model.validate(state)).toEqual([])
    fc.assert(
      fc.property(builder.arbitrary, (state) => {
        expect(builder.model.validate(state)).toEqual([])
      }),
      { numRuns: RUNS },
    )
  })

  it('gives bash exactly the argv of the model, in both layouts, and reads it back into the same state', SLOW, () => {
    fc.assert(
      fc.property(builder.arbitrary, fc.constantFrom(...layouts), (state, layout) => {
        const { outputs } = evaluate(builder.model, state)
        expect(shellOutputs(outputs).length).toBeGreaterThan(0)
        expectBashGetsModelArgv(builder, state, outputs, layout)
      }),
      { numRuns: RUNS },
    )
  })

  it('refuses hostile text in every text field or passes it through intact, and never runs it', SLOW, () => {
    const marker = `pwned-${builder.model.id}`
    const hostile = fc.oneof(fc.constantFrom(...hostileStrings(marker)), freeText)
    const accepted = new Map<string, number>()
    for (const field of textFields(builder.model.spec)) {
      fc.assert(
        fc.property(builder.arbitrary, hostile, (valid, value) => {
          const [name, column] = field.split('.')
          if (column !== undefined) fc.pre((valid[name!] as unknown[]).length > 0)
          const state = withValue(builder.model.spec, valid, field, value)
          const { errors, outputs } = evaluate(builder.model, state)
          if (errors.length > 0) {
            expect(outputs).toEqual([])
            return
          }
          accepted.set(field, (accepted.get(field) ?? 0) + 1)
          expectBashGetsModelArgv(builder, state, outputs, 'multi')
        }),
        { numRuns: Math.max(20, Math.floor(RUNS / 4)) },
      )
    }
    expect(fs.existsSync(path.join(recordingDir, marker))).toBe(false)
    for (const field of builder.freeTextFields) expect(accepted.get(field) ?? 0, `${field} accepted no hostile text`).toBeGreaterThan(0)
  })

  it('keeps the whole state in the URL', () => {
    const { spec, start } = builder.model
    fc.assert(
      fc.property(builder.arbitrary, (state) => {
        const params = new URLSearchParams(encodeState(spec, state, start).toString())
        expect(decodeState(spec, params, start)).toEqual(state)
      }),
      { numRuns: RUNS },
    )
    expect(encodeState(spec, start, start).toString()).toBe('')
  })
})
