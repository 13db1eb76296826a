import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react'
import { QuizQuestion } from '@/components/ui/rare-islands'

interface QuestionProps {
  prompt: string
  options: string[]
  /** Index of the correct option, from 0. */
  answer: number
  /** Why the answer is right: shown after checking, and always reachable without JavaScript. */
  children: ReactNode
  /** Set by Quiz. */
  number?: number
}

/** One multiple-choice question of a <Quiz>. */
export function Question({ prompt, options, answer, children, number = 1 }: QuestionProps) {
  if (!Number.isInteger(answer) || answer < 0 || answer >= options.length) {
    throw new Error(`Question "${prompt}": answer ${answer} is not the index of one of its ${options.length} options`)
  }
  return (
    <QuizQuestion number={number} prompt={prompt} options={options} answer={answer}>
      {children}
    </QuizQuestion>
  )
}

/**
 * "Check yourself": a short quiz at the end of a module.
 * <Quiz><Question prompt="…" options={["…", "…"]} answer={1}>Why…</Question></Quiz>
 */
export function Quiz({ children, title = 'Check yourself' }: { children: ReactNode; title?: string }) {
  const questions = Children.toArray(children).filter(isValidElement) as ReactElement<QuestionProps>[]
  return (
    <section className="space-y-6" aria-label={title} data-quiz>
      {questions.map((question, i) => cloneElement(question, { key: i, number: i + 1 }))}
    </section>
  )
}
