// Which learning-path pages a reader has marked as done, as kept in localStorage. What comes back
// from storage is untrusted: another version of the site, an extension or a hand edit may have left
// anything there, so reading never throws and keeps only well-formed routes.
//
// The checks are written out instead of using zod: this code ships on every lesson page, and a zod
// schema for it costs about 5 KB gzip (zod/mini) against a few hundred bytes.

export const PROGRESS_STORAGE_KEY = 'field-guide:progress'

/** Bumped if the stored shape ever changes; data of another version is ignored. */
const STORAGE_VERSION = 1

/** A content route as routeOf() writes it: /module-slug/page-slug/ */
const ROUTE = /^\/[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/

/** More entries than the site could ever have pages means the data is not ours. */
const MAX_ROUTES = 2000

export type DoneRoutes = ReadonlySet<string>

export const NOTHING_DONE: DoneRoutes = new Set()

/** The routes marked as done in stored text; anything unreadable counts as nothing done. */
export function parseProgress(raw: string | null | undefined): DoneRoutes {
  if (!raw) return NOTHING_DONE
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return NOTHING_DONE
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return NOTHING_DONE
  const { version, done } = data as { version?: unknown; done?: unknown }
  if (version !== STORAGE_VERSION || !Array.isArray(done) || done.length > MAX_ROUTES) return NOTHING_DONE
  const routes = done.filter((route): route is string => typeof route === 'string' && ROUTE.test(route))
  return routes.length === 0 ? NOTHING_DONE : new Set(routes)
}

export function serializeProgress(done: DoneRoutes): string {
  return JSON.stringify({ version: STORAGE_VERSION, done: [...done].sort() })
}

/** A copy of `done` with one page marked as done or not done. */
export function withPageDone(done: DoneRoutes, route: string, isDone: boolean): DoneRoutes {
  if (!ROUTE.test(route)) throw new Error(`not a content route: ${route}`)
  if (done.has(route) === isDone) return done
  const next = new Set(done)
  if (isDone) next.add(route)
  else next.delete(route)
  return next
}

/** How many of a module's pages are done; routes of other or removed pages never count. */
export function countDone(done: DoneRoutes, moduleRoutes: readonly string[]): number {
  return moduleRoutes.reduce((count, route) => count + (done.has(route) ? 1 : 0), 0)
}
