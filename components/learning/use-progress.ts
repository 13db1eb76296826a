import { useSyncExternalStore } from 'react'
import type { DoneRoutes } from '@/lib/progress/progress'
import { getDoneRoutes, getServerDoneRoutes, subscribeToProgress } from './progress-store'

/** The routes marked as done; none in the static HTML and while hydrating (progress is client-only). */
export function useDoneRoutes(): DoneRoutes {
  return useSyncExternalStore(subscribeToProgress, getDoneRoutes, getServerDoneRoutes)
}
