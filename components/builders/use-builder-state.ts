// A builder's state. On a builder's own page it lives in the URL: read on load and on back/forward,
// written a moment after the reader stops changing things, as a new history entry. Embedded in a
// lesson, it stays in the component and leaves the page URL alone.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { StateOf, StateSpec } from '@/lib/builders/fields'
import type { BuilderModel } from '@/lib/builders/model'
import { decodeState, encodeState, hasState, queryString } from '@/lib/builders/url-state'
import { writeUrlQuery } from '@/components/ui/url-history'

/** Long enough that typing a word makes one history entry, short enough that a copied URL is current. */
const URL_DELAY_MS = 400

/** Takes a builder model, or just a spec and start state for a tool that writes no command (the linter). */
export function useBuilderState<S extends StateSpec>(model: Pick<BuilderModel<S>, 'spec' | 'start'>, initial: StateOf<S> | undefined) {
  const syncUrl = initial === undefined
  const [state, setState] = useState<StateOf<S>>(initial ?? model.start)
  // Until the URL has been read, writing it would replace a shared link with the start state.
  const [urlRead, setUrlRead] = useState(false)
  const lastQuery = useRef<string | undefined>(undefined)

  useEffect(() => {
    if (!syncUrl) return
    // Back or forward to another page fires popstate here too, before this page unmounts: ignore it.
    const page = window.location.pathname
    const read = () => {
      if (window.location.pathname !== page) return
      const params = new URLSearchParams(window.location.search)
      const next = hasState(model.spec, params) ? decodeState(model.spec, params, model.start) : model.start
      // A hand-edited or old link is rewritten in the builder's own spelling, so it is not pushed again.
      const query = queryString(encodeState(model.spec, next, model.start))
      if (query !== window.location.search) writeUrlQuery(query, 'replace')
      lastQuery.current = query
      setState(next)
      setUrlRead(true)
    }
    read()
    window.addEventListener('popstate', read)
    return () => window.removeEventListener('popstate', read)
  }, [syncUrl, model])

  useEffect(() => {
    if (!syncUrl || !urlRead) return
    const query = queryString(encodeState(model.spec, state, model.start))
    if (query === lastQuery.current) return
    const write = () => {
      stop()
      lastQuery.current = query
      writeUrlQuery(query, 'push')
    }
    // A link followed before the delay is up must not meet this history entry halfway through its
    // own navigation (the router would take it for a newer one and drop the link): write it first.
    const writeBeforeLeaving = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('a[href]')) write()
    }
    const timer = setTimeout(write, URL_DELAY_MS)
    document.addEventListener('click', writeBeforeLeaving, true)
    const stop = () => {
      clearTimeout(timer)
      document.removeEventListener('click', writeBeforeLeaving, true)
    }
    return stop
  }, [syncUrl, urlRead, state, model])

  const reset = useCallback(() => setState(initial ?? model.start), [initial, model])
  return { state, setState, reset, syncUrl }
}
