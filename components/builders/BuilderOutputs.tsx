'use client'
// Client component: the text follows the form as the reader types, and copying needs the browser.
//
// What a builder produces: each command or file in its own block, with the text that its copy
// button copies (the stable `data-command-output` hook), the one-line / multi-line choice,
// the warnings with their lessons, and, instead of any command, the problems to fix.
import Link from 'next/link'
import { useId } from 'react'
import { CopyButton } from '@/components/ui/CopyButton'
import { lessonPath } from '@/lib/builders/lessons/lesson'
import type { Evaluation, FieldError, Output, Warning } from '@/lib/builders/model'
import { outputText } from '@/lib/builders/output'
import type { Layout } from '@/lib/shell/quote'

interface BuilderOutputsProps {
  evaluation: Evaluation
  layout: Layout
  onLayout: (layout: Layout) => void
  /** Field path → element id, so a problem links to its field; absent where the form is not on the page. */
  idOf?: (path: string) => string
  /** 2 on a builder's own page, right under its title; 3 inside a lesson's section (the default). */
  headingLevel?: 2 | 3
}

export function BuilderOutputs({ evaluation, layout, onLayout, idOf, headingLevel = 3 }: BuilderOutputsProps) {
  const { errors, warnings, outputs } = evaluation
  const hasShell = outputs.some((output) => output.kind === 'shell')
  return (
    <div className="builder-outputs" data-builder-outputs>
      {errors.length > 0 ? (
        <ErrorSummary errors={errors} idOf={idOf} />
      ) : (
        <>
          {hasShell && <LayoutChoice layout={layout} onLayout={onLayout} />}
          {outputs.map((output) => (
            <OutputBlock key={output.id} output={output} layout={layout} />
          ))}
        </>
      )}
      <WarningList warnings={warnings} idOf={idOf} headingLevel={headingLevel} />
    </div>
  )
}

function LayoutChoice({ layout, onLayout }: { layout: Layout; onLayout: (layout: Layout) => void }) {
  const name = useId()
  const options: [Layout, string][] = [
    ['single', 'One line'],
    ['multi', 'One option per line'],
  ]
  return (
    <fieldset className="builder-layout">
      <legend className="sr-only">Command layout</legend>
      {options.map(([value, label]) => (
        <label key={value}>
          <input type="radio" name={name} value={value} checked={layout === value} onChange={() => onLayout(value)} />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  )
}

function OutputBlock({ output, layout }: { output: Output; layout: Layout }) {
  const text = outputText(output, layout)
  const name = output.kind === 'file' ? output.filename : output.title
  return (
    <figure className="code-block builder-output" data-output={output.id}>
      <figcaption className="code-block-header">
        <span>{output.kind === 'file' ? `${output.filename} · ${output.title}` : output.title}</span>
        <CopyButton text={text} label={`Copy ${name}`} />
      </figcaption>
      <pre data-command-output={output.id} tabIndex={0} aria-label={name}>
        <code>{text}</code>
      </pre>
      {(output.description || output.notes?.length) && (
        <div className="builder-output-notes">
          {output.description && <p>{output.description}</p>}
          {output.notes && output.notes.length > 0 && (
            <ul>
              {output.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </figure>
  )
}

/** Moves focus to a field, opening the section it is folded into. */
export function focusField(id: string) {
  const element = document.getElementById(id)
  if (!element) return
  const details = element.closest('details')
  if (details && !details.open) details.open = true
  const control = element.matches('input, select, textarea, button') ? element : element.querySelector<HTMLElement>('input, select, textarea, button')
  control?.focus()
}

function ErrorSummary({ errors, idOf }: { errors: FieldError[]; idOf?: (path: string) => string }) {
  return (
    <div className="builder-errors" data-error-summary>
      <p className="font-semibold">
        {errors.length === 1 ? 'One thing to fix' : `${errors.length} things to fix`} before there is a command:
      </p>
      <ul>
        {errors.map((error) => (
          <li key={error.field}>
            {idOf ? (
              <a
                href={`#${idOf(error.field)}`}
                onClick={(event) => {
                  event.preventDefault()
                  focusField(idOf(error.field))
                }}
              >
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

function WarningList({ warnings, idOf, headingLevel }: { warnings: Warning[]; idOf?: (path: string) => string; headingLevel: 2 | 3 }) {
  if (warnings.length === 0) return null
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="builder-warnings" aria-label="Worth knowing" data-warnings>
      <Heading>Worth knowing</Heading>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.id} className={`callout callout-${warning.level === 'danger' ? 'danger' : 'warning'}`} data-warning={warning.id}>
            <p>{warning.message}</p>
            <p className="builder-warning-links">
              <Link href={lessonPath(warning.lesson)} prefetch={false} data-lesson-link>
                Learn about {warning.lesson.topic}
              </Link>
              {warning.field && idOf && (
                <a
                  href={`#${idOf(warning.field)}`}
                  onClick={(event) => {
                    event.preventDefault()
                    focusField(idOf(warning.field!))
                  }}
                >
                  Go to the field
                </a>
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
