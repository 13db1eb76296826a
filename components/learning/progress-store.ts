// The reader's progress as an external store for useSyncExternalStore: every progress component on
// the page reads the same snapshot, a change made here re-renders all of them, and the storage
// event brings in changes made in other tabs.
import { NOTHING_DONE, parseProgress, PROGRESS_STORAGE_KEY, serializeProgress, withPageDone, type DoneRoutes } from '@/lib/progress/progress'

const listeners = new Set<() => void>()

/**
 * Private browsing, disabled cookies or a full quota make localStorage throw. Progress then lives
 * in memory until the page is left, and the page keeps working.
 */
let storageUsable = true
let inMemory: string | null = null

function readStored(): string | null {
  if (storageUsable) {
    try {
      return localStorage.getItem(PROGRESS_STORAGE_KEY)
    } catch {
      storageUsable = false
    }
  }
  return inMemory
}

let snapshot: { raw: string | null; done: DoneRoutes } | undefined

/** The same Set for the same stored text, as useSyncExternalStore requires. */
export function getDoneRoutes(): DoneRoutes {
  const raw = readStored()
  if (!snapshot || snapshot.raw !== raw) snapshot = { raw, done: parseProgress(raw) }
  return snapshot.done
}

/**
 * The HTML is the same for every reader, so it shows nothing done. A reader with no progress (the
 * same NOTHING_DONE on the client) then costs no re-render after hydration; React re-renders the
 * progress components only for a reader who has some.
 */
export function getServerDoneRoutes(): DoneRoutes {
  return NOTHING_DONE
}

export function subscribeToProgress(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    // key is null when another tab cleared the whole storage.
    if (event.key === PROGRESS_STORAGE_KEY || event.key === null) onChange()
  }
  listeners.add(onChange)
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(onChange)
    window.removeEventListener('storage', onStorage)
  }
}

export function setPageDone(route: string, isDone: boolean): void {
  const raw = serializeProgress(withPageDone(getDoneRoutes(), route, isDone))
  inMemory = raw
  if (storageUsable) {
    try {
      localStorage.setItem(PROGRESS_STORAGE_KEY, raw)
    } catch {
      storageUsable = false
    }
  }
  for (const listener of listeners) listener()
}
