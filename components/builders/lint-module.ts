// The linter's rules and the Dockerfile parser they run on (dockerfile-ast, about 28 KB gzip) load
// when there is a Dockerfile to check, not with the page: the linter's own page starts empty.
import { use, useEffect, useState } from 'react'

type LintModule = typeof import('@/lib/builders/dockerfile-lint')

let loaded: LintModule | undefined
let loading: Promise<LintModule> | undefined

export function loadLint(): Promise<LintModule> {
  loading ??= import('@/lib/builders/dockerfile-lint').then((module) => (loaded = module))
  return loading
}

/**
 * The linter once it has loaded, asked for as soon as it is `needed`; undefined until then. The
 * prerender waits for it instead, so a lesson's example is checked in the HTML.
 */
export function useLint(needed: boolean): LintModule | undefined {
  const [module, setModule] = useState(loaded)
  useEffect(() => {
    if (needed && !module) void loadLint().then(setModule)
  }, [needed, module])
  if (typeof window === 'undefined' && needed) return use(loadLint())
  return module
}
