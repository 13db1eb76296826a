'use client'

// Client component: the reader edits ENTRYPOINT, CMD and the docker run arguments and sees the
// process Docker would start. Loaded lazily through EntrypointCmd.tsx.
import { useId, useState, type ReactNode } from 'react'
import { parseInstruction, resolveCommand, type Outcome } from '@/lib/diagrams/entrypoint-cmd'
import { parseShell } from '@/lib/shell/parse'
import { renderCommand } from '@/lib/shell/quote'
import { EntrypointCmdDrawing } from './EntrypointCmdDrawing'

interface State {
  entrypoint: string
  cmd: string
  useFlag: boolean
  flag: string
  args: string
}

// The my-curl image of the "CMD and ENTRYPOINT" page, and the mistakes it warns about.
const CURL = { entrypoint: '["curl"]', cmd: '["--help"]' }
const PRESETS: { label: string; state: State }[] = [
  { label: 'Defaults', state: { ...CURL, useFlag: false, flag: '', args: '' } },
  { label: 'Replace CMD', state: { ...CURL, useFlag: false, flag: '', args: '-fsS https://example.com' } },
  { label: 'Open a shell', state: { ...CURL, useFlag: true, flag: 'sh', args: '' } },
  { label: '--entrypoint with arguments', state: { ...CURL, useFlag: true, flag: 'ls', args: '-l /usr/bin' } },
  { label: 'Shell-form trap', state: { entrypoint: 'curl', cmd: '["--help"]', useFlag: false, flag: '', args: '' } },
  { label: 'Single quotes', state: { entrypoint: '', cmd: "['nginx', '-g', 'daemon off;']", useFlag: false, flag: '', args: '' } },
]

const IMAGE = 'my-curl'

/** The run arguments as argv, or why they cannot be one command. */
function runArgs(text: string): { ok: true; args: string[] } | { ok: false; error: string } {
  const parsed = parseShell(text)
  if (!parsed.ok) return { ok: false, error: parsed.error }
  if (parsed.commands.length > 1 || parsed.commands.some((command) => command.redirects.length > 0)) {
    return { ok: false, error: 'Write only the words after the image: operators such as |, && and > belong to your own shell.' }
  }
  return { ok: true, args: parsed.commands[0]?.argv ?? [] }
}

function evaluate(state: State) {
  const entrypoint = parseInstruction(state.entrypoint)
  const cmd = parseInstruction(state.cmd)
  const args = runArgs(state.args)
  const errors = {
    entrypoint: entrypoint.ok ? undefined : `Docker refuses to build this: ${entrypoint.error}.`,
    cmd: cmd.ok ? undefined : `Docker refuses to build this: ${cmd.error}.`,
    args: args.ok ? undefined : args.error,
  }
  const warnings = {
    entrypoint: entrypoint.ok && entrypoint.notJson ? 'Not valid JSON (JSON needs double quotes), so this is the shell form.' : undefined,
    cmd: cmd.ok && cmd.notJson ? 'Not valid JSON (JSON needs double quotes), so this is the shell form.' : undefined,
  }
  const outcome: Outcome | undefined =
    entrypoint.ok && cmd.ok && args.ok
      ? resolveCommand(entrypoint.instruction, cmd.instruction, { entrypoint: state.useFlag ? state.flag : undefined, args: args.args })
      : undefined
  const runLine = renderCommand({ lines: [['docker', 'run'], state.useFlag ? ['--entrypoint', state.flag] : [], [IMAGE], args.ok ? args.args : []] })
  return { errors, warnings, outcome, runLine }
}

function Field({ id, label, hint, error, warning, children }: { id: string; label: ReactNode; hint?: string; error?: string; warning?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-fg-muted">
          {hint}
        </p>
      )}
      {(error || warning) && (
        <p id={`${id}-message`} className={`mt-1 text-sm font-medium ${error ? 'text-[var(--danger)]' : 'text-[var(--warning)]'}`}>
          {error ?? warning}
        </p>
      )}
    </div>
  )
}

const INPUT = 'w-full rounded-md border border-border-strong bg-bg px-2.5 py-1.5 font-mono text-sm'

/** Diagram 15: how ENTRYPOINT, CMD and docker run combine into the container's process. */
export default function EntrypointCmdExplorer() {
  const id = useId()
  const [state, setState] = useState<State>(PRESETS[0]!.state)
  const { errors, warnings, outcome, runLine } = evaluate(state)
  const set = (change: Partial<State>) => setState((current) => ({ ...current, ...change }))
  const describedBy = (field: string, hint: boolean, message: unknown) => [hint && `${id}-${field}-hint`, message && `${id}-${field}-message`].filter(Boolean).join(' ') || undefined

  const announcement = !outcome
    ? 'Fix the highlighted field to see the command.'
    : outcome.ok
      ? `The container runs: ${renderCommand({ lines: [outcome.argv] })}`
      : `The container does not start: ${outcome.error}`

  return (
    <div className="space-y-4 text-[0.95rem]" data-diagram="entrypoint-cmd">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-fg-muted">Try:</span>
        {PRESETS.map((preset) => (
          <button key={preset.label} type="button" onClick={() => setState(preset.state)} className="rounded-md border border-border bg-bg px-2.5 py-1 hover:bg-bg-muted">
            {preset.label}
          </button>
        ))}
      </div>
      <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,19rem)] md:items-start">
        <div className="space-y-3">
          <p className="font-semibold">In the Dockerfile</p>
          <Field id={`${id}-entrypoint`} label={<code>ENTRYPOINT</code>} error={errors.entrypoint} warning={warnings.entrypoint}>
            <input id={`${id}-entrypoint`} className={INPUT} value={state.entrypoint} spellCheck={false} autoComplete="off" placeholder="(none)" onChange={(event) => set({ entrypoint: event.target.value })} aria-invalid={Boolean(errors.entrypoint)} aria-describedby={describedBy('entrypoint', false, errors.entrypoint ?? warnings.entrypoint)} />
          </Field>
          <Field id={`${id}-cmd`} label={<code>CMD</code>} hint='Exec form is a JSON array: ["nginx", "-g", "daemon off;"]. Anything else is the shell form.' error={errors.cmd} warning={warnings.cmd}>
            <input id={`${id}-cmd`} className={INPUT} value={state.cmd} spellCheck={false} autoComplete="off" placeholder="(none)" onChange={(event) => set({ cmd: event.target.value })} aria-invalid={Boolean(errors.cmd)} aria-describedby={describedBy('cmd', true, errors.cmd ?? warnings.cmd)} />
          </Field>
          <p className="pt-2 font-semibold">On the command line</p>
          <div>
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={state.useFlag} onChange={(event) => set({ useFlag: event.target.checked })} className="accent-[var(--accent)]" />
              <span>
                Pass <code>--entrypoint</code>
              </span>
            </label>
            {state.useFlag && (
              <Field id={`${id}-flag`} label={<span className="sr-only">--entrypoint value</span>} hint='One executable; leave it empty for --entrypoint "", which resets ENTRYPOINT.'>
                <input id={`${id}-flag`} className={INPUT} value={state.flag} spellCheck={false} autoComplete="off" onChange={(event) => set({ flag: event.target.value })} aria-describedby={`${id}-flag-hint`} />
              </Field>
            )}
          </div>
          <Field id={`${id}-args`} label={<>Arguments after the image</>} hint={`Everything you would type after docker run … ${IMAGE}.`} error={errors.args}>
            <input id={`${id}-args`} className={INPUT} value={state.args} spellCheck={false} autoComplete="off" placeholder="(none)" onChange={(event) => set({ args: event.target.value })} aria-invalid={Boolean(errors.args)} aria-describedby={describedBy('args', true, errors.args)} />
          </Field>
          <p className="text-sm">
            <span className="text-fg-muted">Your command: </span>
            <code className="[overflow-wrap:anywhere]" data-run-line>
              {runLine}
            </code>
          </p>
          <output aria-live="polite" className="block font-medium [overflow-wrap:anywhere]" data-summary>
            {announcement}
          </output>
          {outcome && outcome.rules.length > 0 && (
            <ul className="list-disc space-y-1 pl-5" data-rules>
              {outcome.rules.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
          )}
        </div>
        <div className="diagram">{outcome && <EntrypointCmdDrawing id={`${id}-drawing`} outcome={outcome} />}</div>
      </div>
    </div>
  )
}
