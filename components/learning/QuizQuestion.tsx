'use client'

import { useId, useState, type ReactNode } from 'react'

interface QuizQuestionProps {
  number: number
  prompt: string
  options: string[]
  answer: number
  children: ReactNode
}

type Result = { chosen: number; correct: boolean } | 'none-chosen' | undefined

/**
 * Radio buttons and a check button: keyboard-operable as native controls, and the result is
 * announced. The answer and its explanation sit in a <details>, so they work without JavaScript.
 */
export function QuizQuestion({ number, prompt, options, answer, children }: QuizQuestionProps) {
  const id = useId()
  const [chosen, setChosen] = useState<number>()
  const [result, setResult] = useState<Result>()

  function check() {
    setResult(chosen === undefined ? 'none-chosen' : { chosen, correct: chosen === answer })
  }

  const feedback =
    result === 'none-chosen' ? 'Pick an answer first.'
    : result?.correct ? 'Correct.'
    : result ? `Not quite: the answer is “${options[answer]}”.`
    : ''

  return (
    <fieldset className="rounded-xl border border-border p-5" data-question>
      {/* A floated legend sits inside the box, so long questions wrap like a heading. */}
      <legend className="float-left w-full font-semibold">
        <span className="text-fg-muted">{number}. </span>
        {prompt}
      </legend>
      <div className="clear-both space-y-2 pt-3">
        {options.map((option, i) => {
          const marked = result && typeof result === 'object' && (i === answer || i === result.chosen)
          return (
            <label
              key={option}
              className={`flex cursor-pointer items-start gap-3 rounded-lg border px-3 py-2 ${
                marked ? (i === answer ? 'border-[var(--tip)] bg-[var(--tip-bg)]' : 'border-[var(--danger)] bg-[var(--danger-bg)]') : 'border-border hover:bg-bg-subtle'
              }`}
            >
              <input
                type="radio"
                name={`${id}-answer`}
                value={i}
                className="mt-1.5 accent-[var(--accent)]"
                onChange={() => {
                  setChosen(i)
                  setResult(undefined)
                }}
              />
              <span>{option}</span>
            </label>
          )
        })}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="button" onClick={check} className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-contrast hover:bg-accent-hover" data-check>
          Check answer
        </button>
        <p role="status" className="font-medium" data-feedback>
          {feedback}
        </p>
      </div>
      <details className="mt-4 text-[0.95rem]" open={result !== undefined && result !== 'none-chosen'}>
        <summary className="cursor-pointer font-medium text-accent">Show the answer and why</summary>
        <div className="mt-2 space-y-2 text-fg">
          <p>
            <strong>Answer:</strong> {options[answer]}
          </p>
          <div className="quiz-explanation space-y-2">{children}</div>
        </div>
      </details>
    </fieldset>
  )
}
