import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { changeFile, changeStep, type BuildStep } from './build-cache'

const context = { 'requirements.txt': 'flask==3.1', 'app.py': 'print("hi")' }

const dependenciesFirst: BuildStep[] = [
  { instruction: 'FROM python:3.13-slim' },
  { instruction: 'WORKDIR /app' },
  { instruction: 'COPY requirements.txt .', reads: ['requirements.txt'] },
  { instruction: 'RUN pip install --no-cache-dir -r requirements.txt', slow: true },
  { instruction: 'COPY . .', reads: ['.'] },
  { instruction: 'CMD ["python", "app.py"]', configOnly: true },
]

const sourceFirst: BuildStep[] = [
  { instruction: 'FROM python:3.13-slim' },
  { instruction: 'WORKDIR /app' },
  { instruction: 'COPY . .', reads: ['.'] },
  { instruction: 'RUN pip install --no-cache-dir -r requirements.txt', slow: true },
  { instruction: 'CMD ["python", "app.py"]', configOnly: true },
]

describe('the build cache', () => {
  it('reuses every step before the change and rebuilds the change and everything after it', () => {
    expect(changeStep(dependenciesFirst, context, 2)).toEqual(['cached', 'cached', 'rebuilt', 'rebuilt', 'rebuilt', 'rebuilt'])
    expect(changeStep(dependenciesFirst, context, 0)).toEqual(Array(6).fill('rebuilt'))
  })

  it('keeps the slow install cached when only the code changes, if dependencies come first', () => {
    expect(changeFile(dependenciesFirst, context, 'app.py')).toEqual(['cached', 'cached', 'cached', 'cached', 'rebuilt', 'rebuilt'])
  })

  it('reinstalls the dependencies on every code change, if the source is copied first', () => {
    expect(changeFile(sourceFirst, context, 'app.py')).toEqual(['cached', 'cached', 'rebuilt', 'rebuilt', 'rebuilt'])
  })

  it('rebuilds from the dependency manifest when it changes', () => {
    expect(changeFile(dependenciesFirst, context, 'requirements.txt')).toEqual(['cached', 'cached', 'rebuilt', 'rebuilt', 'rebuilt', 'rebuilt'])
  })

  it('ignores edits to files no step copies', () => {
    expect(changeFile(dependenciesFirst.slice(0, 4), context, 'app.py')).toEqual(['cached', 'cached', 'cached', 'cached'])
  })

  it('never reuses a step once an earlier one was rebuilt', () => {
    const steps = fc.array(
      fc.record({ instruction: fc.string({ maxLength: 6 }), reads: fc.option(fc.subarray(['.', 'a', 'b']), { nil: undefined }) }),
      { minLength: 1, maxLength: 8 },
    )
    fc.assert(
      fc.property(steps, fc.nat(), fc.constantFrom('a', 'b', 'c'), (list, n, path) => {
        const files = { a: '1', b: '2', c: '3' }
        for (const outcome of [changeStep(list, files, n % list.length), changeFile(list, files, path)]) {
          const first = outcome.indexOf('rebuilt')
          if (first >= 0) expect(outcome.slice(first).every((status) => status === 'rebuilt')).toBe(true)
        }
        const byStep = changeStep(list, files, n % list.length)
        expect(byStep.indexOf('rebuilt')).toBe(n % list.length)
      }),
    )
  })
})
