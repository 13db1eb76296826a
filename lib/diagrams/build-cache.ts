// The build cache rule, as BuildKit applies it: a step is reused only when its cache key matches
// the last build's, and the key covers the step's parent, its instruction text and, for COPY and
// ADD, the content of the files it copies. Because every key includes the parent's key, a change
// in one step changes the key of every step after it: they all rebuild.

export interface BuildStep {
  instruction: string
  /** Context paths a COPY or ADD reads ('.' for everything). */
  reads?: string[]
  /** Only changes the image configuration (CMD, ENV, EXPOSE, ...): no filesystem layer. */
  configOnly?: boolean
  /** Worth saying in the summary: this is the step a good order protects from rebuilding. */
  slow?: boolean
}

export type StepStatus = 'cached' | 'rebuilt'

/** The context's files, as path → content, from which COPY steps take their checksums. */
export type BuildContext = Record<string, string>

function readsPath(step: BuildStep, path: string): boolean {
  return (step.reads ?? []).some((read) => read === '.' || read === path)
}

/** Each step's cache key for this Dockerfile and context: parent key + instruction + inputs. */
export function cacheKeys(steps: BuildStep[], context: BuildContext): string[] {
  const keys: string[] = []
  for (const step of steps) {
    const inputs = Object.keys(context)
      .filter((path) => readsPath(step, path))
      .sort()
      .map((path) => `${path}=${context[path]}`)
    keys.push(JSON.stringify([keys[keys.length - 1] ?? '', step.instruction, inputs]))
  }
  return keys
}

/** Which steps a rebuild reuses and which it runs again, given the last build's keys. */
export function compareBuilds(previous: string[], next: string[]): StepStatus[] {
  return next.map((key, i) => (previous[i] === key ? 'cached' : 'rebuilt'))
}

/**
 * The outcome of changing one step: its own input changes (its text or, for COPY, a file it
 * reads), everything else stays as it was.
 */
export function changeStep(steps: BuildStep[], context: BuildContext, changed: number): StepStatus[] {
  const edited = steps.map((step, i) => (i === changed ? { ...step, instruction: `${step.instruction} (edited)` } : step))
  return compareBuilds(cacheKeys(steps, context), cacheKeys(edited, context))
}

/** The outcome of editing one file of the build context. */
export function changeFile(steps: BuildStep[], context: BuildContext, path: string): StepStatus[] {
  return compareBuilds(cacheKeys(steps, context), cacheKeys(steps, { ...context, [path]: `${context[path] ?? ''} (edited)` }))
}
