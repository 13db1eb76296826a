'use client'
// Client component, loaded only on pages that show it (see lazy.tsx): checks a pasted Dockerfile
// as the reader types. On its tools page the Dockerfile lives in the URL (?dockerfile=), so a
// result can be shared; in a lesson, give it example={`…`} and it leaves the URL alone.
import Link from 'next/link'
import { useDeferredValue, useId, useMemo } from 'react'
import { useLint } from './lint-module'
import { useBuilderState } from './use-builder-state'
import type { LintFinding } from '@/lib/builders/dockerfile-lint'
import type { RuleInfo } from '@/lib/builders/dockerfile-lint/catalogue'
import { EXAMPLE_DOCKERFILE, lintPage, SEVERITY_LABEL, summarise } from '@/lib/builders/dockerfile-lint/page'
import { lessonPath } from '@/lib/builders/lessons/lesson'

export default function DockerfileLinter({ example }: { example?: string }) {
  const id = `l${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const initial = useMemo(() => (example === undefined ? undefined : { dockerfile: example }), [example])
  const { state, setState, syncUrl } = useBuilderState(lintPage, initial)
  const text = useDeferredValue(state.dockerfile)
  const empty = text === ''
  const lint = useLint(!empty)
  const findings = useMemo(() => (lint && !empty ? lint.lintDockerfile(text) : undefined), [lint, empty, text])
  const lines = text.split(/\r\n|\r|\n/)

  return (
    <section className="builder dockerfile-lint" aria-label="Dockerfile linter" data-dockerfile-lint data-embedded={syncUrl ? undefined : ''}>
      <form className="builder-form" onSubmit={(event) => event.preventDefault()}>
        <div className="builder-field">
          <label htmlFor={`${id}-dockerfile`} className="builder-label">
            Dockerfile
          </label>
          <p id={`${id}-hint`} className="builder-description">
            Paste or type a Dockerfile; the findings below update as you edit.
          </p>
          <textarea
            id={`${id}-dockerfile`}
            className="builder-input builder-textarea lint-textarea"
            rows={12}
            value={state.dockerfile}
            onChange={(event) => setState({ dockerfile: event.target.value })}
            aria-describedby={`${id}-hint`}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            wrap="off"
          />
        </div>
        <div className="builder-actions">
          <button type="button" className="builder-button" onClick={() => setState({ dockerfile: EXAMPLE_DOCKERFILE })}>
            Try an example
          </button>
          <button type="button" className="builder-button" onClick={() => setState({ dockerfile: '' })} disabled={empty}>
            Clear
          </button>
        </div>
      </form>

      <div className="lint-result">
        <p role="status" className="lint-summary" data-lint-summary>
          {empty ? 'Nothing to check yet.' : findings ? summarise(findings) : 'Checking…'}
        </p>
        {lint && findings && findings.length > 0 && (
          <ol className="lint-findings" aria-label="Findings" data-lint-findings>
            {findings.map((finding, index) => (
              <Finding key={`${finding.rule}-${finding.line}-${index}`} finding={finding} rule={lint.RULES[finding.rule]} source={lines[finding.line - 1] ?? ''} />
            ))}
          </ol>
        )}
      </div>
    </section>
  )
}

function Finding({ finding, rule, source }: { finding: LintFinding; rule: RuleInfo; source: string }) {
  return (
    <li className="builder-card" data-finding={finding.rule} data-line={finding.line} data-severity={finding.severity}>
      <div className="lint-finding-head">
        <span className="lint-line">Line {finding.line}</span>
        <span className={`lint-severity lint-severity-${finding.severity}`}>{SEVERITY_LABEL[finding.severity]}</span>
        <strong>{rule.title}</strong>
      </div>
      {source.trim() !== '' && <code className="lint-source">{source.trim()}</code>}
      <p>{finding.message}</p>
      <p>
        <span className="lint-term">Why: </span>
        {finding.reason}
      </p>
      <p>
        <span className="lint-term">Fix: </span>
        {finding.fix}
      </p>
      <p className="lint-links">
        <Link href={lessonPath(finding.lesson)} prefetch={false} data-lesson-link>
          Learn more about {finding.lesson.topic}
        </Link>
        <span className="lint-rule-id">
          Rule <code>{finding.rule}</code>
        </span>
      </p>
    </li>
  )
}
