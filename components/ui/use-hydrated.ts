import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/**
 * False in the static HTML and while hydrating, true once React runs the component in the browser.
 * Only the component that asks re-renders after hydration, so a page-wide store need not start
 * out "unknown" on the server just to tell the two apart.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}
