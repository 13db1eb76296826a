'use client'
// Client component, loaded only on the page that shows it (see lazy.tsx): reads what the reader pastes.
//
// "Explain this command": paste a docker run or docker build command, see what each part does
// with a link to its lesson, and carry it on into the builder. The command is kept in the URL
// (?cmd=), so an explanation can be shared.
import Link from 'next/link'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { BuilderOutputs } from './BuilderOutputs'
import { writeUrlQuery } from '@/components/ui/url-history'
import type { ExplainedPart, PartStatus } from '@/lib/builders/cli/flags'
import { EXPLAINABLE, explainCommand } from '@/lib/builders/explain'
import type { StateSpec } from '@/lib/builders/fields'
import { lessonPath } from '@/lib/builders/lessons/lesson'
import { evaluate, type BuilderModel } from '@/lib/builders/model'
import { encodeState, queryString } from '@/lib/builders/url-state'
import type { Layout } from '@/lib/shell/quote'

const EXAMPLES = [
  'docker run -d --name web -p 8080:80 --restart always nginx:1.27-alpine',
  'docker run --rm -it -v "$(pwd)":/app -w /app -e NODE_ENV=development node:22-alpine sh',
  'docker build -f docker/Dockerfile --build-arg VERSION=1.2 -t my-app:1.2 .',
]

const STATUS: Record<PartStatus, string> = {
  covered: 'In the builder',
  'left-out': 'Not in the builder',
  unknown: 'Unknown',
  problem: 'Could not be carried over',
}

function commandFromUrl(): string {
  return new URLSearchParams(window.location.search).get('cmd') ?? ''
}

export default function ExplainCommand() {
  const id = `x${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const [text, setText] = useState('')
  const [explained, setExplained] = useState<string>()
  const [layout, setLayout] = useState<Layout>('multi')
  const results = useRef<HTMLHeadingElement>(null)
  const result = useMemo(() => (explained === undefined ? undefined : explainCommand(explained)), [explained])

  useEffect(() => {
    // Back or forward to another page fires popstate here too, before this page unmounts: ignore it.
    const page = window.location.pathname
    const read = () => {
      if (window.location.pathname !== page) return
      const command = commandFromUrl()
      setText(command)
      setExplained(command || undefined)
    }
    read()
    window.addEventListener('popstate', read)
    return () => window.removeEventListener('popstate', read)
  }, [])

  function explain(command: string) {
    setText(command)
    setExplained(command)
    if (command !== commandFromUrl()) writeUrlQuery(`?${new URLSearchParams({ cmd: command })}`, 'push')
    // After the results render, move there: the reader asked for them.
    requestAnimationFrame(() => results.current?.focus())
  }

  return (
    <section className="builder explain" aria-label="Explain a docker command" data-explain>
      <form
        className="builder-form"
        onSubmit={(event) => {
          event.preventDefault()
          explain(text)
        }}
      >
        <div className="builder-field">
          <label htmlFor={`${id}-command`} className="builder-label">
            Paste a docker run or docker build command
          </label>
          <p id={`${id}-hint`} className="builder-description">
            Several lines joined with \ are fine, and so are quotes; only the first docker run or docker build is read.
          </p>
          <textarea
            id={`${id}-command`}
            className="builder-input builder-textarea"
            rows={5}
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-describedby={`${id}-hint`}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
          />
        </div>
        <div className="builder-actions">
          <button type="submit" className="builder-button builder-primary">
            Explain
          </button>
        </div>
        <div className="explain-examples">
          <p className="builder-description">Or try one:</p>
          <ul>
            {EXAMPLES.map((example) => (
              <li key={example}>
                <button type="button" className="builder-link-button" onClick={() => explain(example)}>
                  <code>{example}</code>
                </button>
              </li>
            ))}
          </ul>
        </div>
      </form>

      {result && (
        <div className="explain-result" data-explain-result>
          <h2 ref={results} tabIndex={-1}>
            {result.ok ? `What this docker ${result.kind} command does` : 'This cannot be explained yet'}
          </h2>
          {!result.ok ? (
            <p className="builder-errors" data-explain-error>
              {result.message}
            </p>
          ) : (
            <Explained result={result} layout={layout} onLayout={setLayout} />
          )}
        </div>
      )}
    </section>
  )
}

function Explained({ result, layout, onLayout }: { result: Extract<ReturnType<typeof explainCommand>, { ok: true }>; layout: Layout; onLayout: (layout: Layout) => void }) {
  const model = EXPLAINABLE[result.kind] as unknown as BuilderModel<StateSpec>
  const state = result.state as never
  const evaluation = evaluate(model, state)
  const link = `${model.route}${queryString(encodeState(model.spec, state, model.start))}`
  const notes = [...result.problems, ...result.notes]
  return (
    <>
      <ol className="explain-parts">
        {result.parts.map((part, i) => (
          <PartItem key={`${i}-${part.text}`} part={part} />
        ))}
      </ol>
      {notes.length > 0 && (
        <div className="callout callout-note" data-explain-notes>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      <h2>The same command from the builder</h2>
      <p>
        <Link href={link} prefetch={false} className="builder-button builder-primary" data-continue>
          Continue in the docker {result.kind} builder
        </Link>
      </p>
      <BuilderOutputs evaluation={evaluation} layout={layout} onLayout={onLayout} headingLevel={2} />
    </>
  )
}

function PartItem({ part }: { part: ExplainedPart }) {
  return (
    <li className="builder-card" data-part-status={part.status}>
      <div className="explain-part-head">
        <code>{part.text}</code>
        <span className={`explain-status explain-status-${part.status}`}>{STATUS[part.status]}</span>
      </div>
      <p>{part.explanation}</p>
      {part.problem && part.status !== 'covered' && <p className="builder-description">{part.problem}</p>}
      {part.lesson && (
        <p>
          <Link href={lessonPath(part.lesson)} prefetch={false} data-lesson-link>
            Learn about {part.lesson.topic}
          </Link>
        </p>
      )}
    </li>
  )
}
