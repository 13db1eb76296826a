import { useSyncExternalStore } from 'react'
import type { DoneRoutes } from '@/lib/progress/progress'
import { getDoneRoutes, getServerDoneRoutes, subscribeToProgress } from './progress-store'

/** The routes marked as done, or null until the page has hydrated (progress is client-only). */
export function useDoneRoutes(): DoneRoutes | null {
  return useSyncExternalStore<DoneRoutes | null>(subscribeToProgress, getDoneRoutes, getServerDoneRoutes)
}
