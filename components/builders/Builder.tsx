'use client'
// Client component: the whole builder reacts to every keystroke.
//
// The frame every builder shares: presets, the form, what it produces, reset, and (embedded in a
// lesson) a link that opens the same state in the builder's own page. A builder only supplies its
// model and its form.
import Link from 'next/link'
import { useId, useMemo, useState, type ReactNode } from 'react'
import type { StateOf, StateSpec } from '@/lib/builders/fields'
import { evaluate, type BuilderModel } from '@/lib/builders/model'
import { encodeState, queryString } from '@/lib/builders/url-state'
import type { Layout } from '@/lib/shell/quote'
import { BuilderOutputs } from './BuilderOutputs'
import { createForm, type FormApi } from './form'
import { useBuilderState } from './use-builder-state'

export interface BuilderProps<S extends StateSpec> {
  model: BuilderModel<S>
  /** What the builder makes, for its accessible name: "docker run command builder". */
  label: string
  form: (form: FormApi<S>) => ReactNode
  /** Embedded in a lesson: the state to start from. Without it the builder keeps its state in the page URL. */
  initial?: StateOf<S>
}

export function Builder<S extends StateSpec>({ model, label, form: renderForm, initial }: BuilderProps<S>) {
  const prefix = `b${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const { state, setState, reset, syncUrl } = useBuilderState(model, initial)
  const [layout, setLayout] = useState<Layout>('multi')
  const evaluation = useMemo(() => evaluate(model, state), [model, state])
  const form = createForm(model.spec, state, setState, evaluation.errors, prefix)
  const fullBuilder = `${model.route}${queryString(encodeState(model.spec, state, model.start))}`

  return (
    <section className="builder" aria-label={label} data-builder={model.id} data-embedded={syncUrl ? undefined : ''}>
      <div className="builder-toolbar">
        <div className="builder-field">
          <label htmlFor={`${prefix}-preset`} className="builder-label">
            Start from an example
          </label>
          <select
            id={`${prefix}-preset`}
            className="builder-input"
            value=""
            onChange={(event) => {
              const preset = model.presets.find((p) => p.id === event.target.value)
              if (preset) setState(preset.state)
            }}
          >
            <option value="">Choose an example…</option>
            {model.presets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.label}
              </option>
            ))}
          </select>
        </div>
        <div className="builder-actions">
          <button type="button" className="builder-button" onClick={reset}>
            {syncUrl ? 'Reset' : 'Back to the example'}
          </button>
          {!syncUrl && (
            <Link href={fullBuilder} prefetch={false} className="builder-button" data-open-full-builder>
              Open in the full builder
            </Link>
          )}
        </div>
      </div>
      <form className="builder-form" onSubmit={(event) => event.preventDefault()} noValidate>
        {renderForm(form)}
      </form>
      <BuilderOutputs evaluation={evaluation} layout={layout} onLayout={setLayout} idOf={form.idOf} headingLevel={syncUrl ? 2 : 3} />
    </section>
  )
}
