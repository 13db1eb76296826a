'use client'

// Client component: the reader picks the changed line and the order, and the drawing follows.
// Loaded lazily through BuildCache.tsx, so only pages that show it download it.
import { useId, useState } from 'react'
import { changeFile, changeStep, type BuildStep, type StepStatus } from '@/lib/diagrams/build-cache'
import { DiagramSvg } from './Diagram'
import { Box, stackOffsets, Text } from './shapes'

type Order = 'source-first' | 'dependencies-first'

interface Step extends BuildStep {
  /** What changes this step's cache key, in a reader's words. */
  changesWhen: string
}

// The two Dockerfiles of the "Layer caching" page, for the same Node.js application.
const FROM: Step = { instruction: 'FROM node:22-alpine', changesWhen: 'a new base image tag or digest' }
const WORKDIR: Step = { instruction: 'WORKDIR /app', changesWhen: 'a different path' }
const COPY_ALL: Step = { instruction: 'COPY . .', reads: ['.'], changesWhen: 'any file in the context, such as server.js' }
const COPY_DEPS: Step = {
  instruction: 'COPY package.json package-lock.json ./',
  reads: ['package.json', 'package-lock.json'],
  changesWhen: 'package.json or package-lock.json',
}
const INSTALL: Step = { instruction: 'RUN npm ci --omit=dev', slow: true, changesWhen: 'the command text' }
const USER: Step = { instruction: 'USER node', configOnly: true, changesWhen: 'the user (configuration only)' }
const CMD: Step = { instruction: 'CMD ["node", "server.js"]', configOnly: true, changesWhen: 'the command (configuration only)' }

const ORDERS: Record<Order, { label: string; steps: Step[] }> = {
  'source-first': { label: 'Slow to rebuild: source first', steps: [FROM, WORKDIR, COPY_ALL, INSTALL, USER, CMD] },
  'dependencies-first': { label: 'Fast to rebuild: dependencies first', steps: [FROM, WORKDIR, COPY_DEPS, INSTALL, COPY_ALL, USER, CMD] },
}

const CONTEXT = { 'package.json': '{"dependencies":{"express":"^5.1.0"}}', 'package-lock.json': '{}', 'server.js': 'app.listen(3000)' }
const FILES = ['server.js', 'package.json'] as const

function summary(steps: Step[], changed: number, statuses: StepStatus[]): string {
  const reused = statuses.filter((status) => status === 'cached').length
  const rebuilt = steps.filter((_, i) => statuses[i] === 'rebuilt')
  const slow = rebuilt.find((step) => step.slow)
  const plural = (n: number) => (n === 1 ? 'step' : 'steps')
  return (
    `After a change to “${steps[changed]!.instruction}”, the build reuses ${reused} ${plural(reused)} from the cache ` +
    `and runs ${rebuilt.length} ${plural(rebuilt.length)} again${slow ? `, including the slow “${slow.instruction}”` : ''}.`
  )
}

/** Breaks an instruction into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1]
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

const WIDTH = 300
const LINE = 16

function Drawing({ id, steps, statuses }: { id: string; steps: Step[]; statuses: StepStatus[] }) {
  const wrapped = steps.map((step) => wrap(step.instruction, 38))
  const heights = wrapped.map((lines) => 26 + lines.length * LINE)
  const tops = stackOffsets(heights, 24, 6)
  const bars = steps.map((step, i) => {
    const lines = wrapped[i]!
    const height = heights[i]!
    const top = tops[i]!
    const status = statuses[i]!
    return (
      <g key={step.instruction} data-step={step.instruction} data-status={status}>
        <Box x={0} y={top} w={WIDTH} h={height} tone={status === 'cached' ? 'green' : 'amber'} dashed={step.configOnly} r={4} />
        <Text x={10} y={top + 13} anchor="start" size="strong">
          {status === 'cached' ? 'reused from cache' : 'rebuilt'}
        </Text>
        {(step.slow || step.configOnly) && (
          <Text x={WIDTH - 10} y={top + 13} anchor="end" size="small">
            {step.slow ? 'slow step' : 'no layer'}
          </Text>
        )}
        {lines.map((line, n) => (
          <Text key={n} x={10} y={top + 30 + n * LINE} anchor="start" size="small" mono>
            {line}
          </Text>
        ))}
      </g>
    )
  })
  return (
    <DiagramSvg
      id={id}
      className="diagram-fixed"
      title="Which build steps the cache reuses"
      description={steps.map((step, i) => `${step.instruction}: ${statuses[i] === 'cached' ? 'reused from the cache' : 'rebuilt'}`).join('. ')}
      drawing={{
        width: WIDTH,
        height: tops[tops.length - 1]! + heights[heights.length - 1]!,
        content: (
          <>
            <Text x={0} y={8} anchor="start" size="small" muted>
              Build steps, in Dockerfile order
            </Text>
            {bars}
          </>
        ),
      }}
    />
  )
}

/** Diagram 3: pick the Dockerfile line whose input changed; see what the cache reuses. */
export default function BuildCacheExplorer() {
  const id = useId()
  const [order, setOrder] = useState<Order>('source-first')
  const [changed, setChanged] = useState(ORDERS['source-first'].steps.indexOf(COPY_ALL))
  const steps = ORDERS[order].steps
  const statuses = changeStep(steps, CONTEXT, changed)

  function chooseOrder(next: Order) {
    const current = steps[changed]!
    const nextSteps = ORDERS[next].steps
    setOrder(next)
    setChanged(Math.max(0, nextSteps.indexOf(current)))
  }

  function editFile(path: (typeof FILES)[number]) {
    setChanged(changeFile(steps, CONTEXT, path).indexOf('rebuilt'))
  }

  return (
    <div className="space-y-4 text-[0.95rem]" data-diagram="build-cache">
      <fieldset>
        <legend className="mb-2 font-semibold">Dockerfile order</legend>
        <div className="flex flex-wrap gap-2">
          {(Object.keys(ORDERS) as Order[]).map((key) => (
            <label key={key} className="flex cursor-pointer items-center gap-2 rounded-lg border border-border bg-bg px-3 py-1.5 has-[:checked]:border-accent">
              <input type="radio" name={`${id}-order`} checked={order === key} onChange={() => chooseOrder(key)} className="accent-[var(--accent)]" />
              {ORDERS[key].label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,19rem)] md:items-start">
        <fieldset>
          <legend className="mb-2 font-semibold">Which line’s input changed?</legend>
          <div className="space-y-1.5">
            {steps.map((step, i) => (
              <label key={step.instruction} className="flex cursor-pointer items-start gap-2 rounded-lg border border-border bg-bg px-3 py-1.5 has-[:checked]:border-accent">
                <input type="radio" name={`${id}-changed`} checked={changed === i} onChange={() => setChanged(i)} className="mt-1.5 accent-[var(--accent)]" />
                <span className="min-w-0">
                  <code className="block font-mono text-sm [overflow-wrap:anywhere]">{step.instruction}</code>
                  <span className="block text-sm text-fg-muted">changes with {step.changesWhen}</span>
                </span>
              </label>
            ))}
          </div>
          <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
            <span className="text-fg-muted">Or edit a file:</span>
            {FILES.map((path) => (
              <button key={path} type="button" onClick={() => editFile(path)} className="rounded-md border border-border bg-bg px-2.5 py-1 font-mono hover:bg-bg-muted">
                {path}
              </button>
            ))}
          </div>
          <output aria-live="polite" className="mt-4 block font-medium" data-summary>
            {summary(steps, changed, statuses)}
          </output>
        </fieldset>
        <div className="diagram">
          <Drawing id={`${id}-drawing`} steps={steps} statuses={statuses} />
        </div>
      </div>
    </div>
  )
}
