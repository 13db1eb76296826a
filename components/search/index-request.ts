// Starts the index download the moment the reader opens search, in parallel with the search code.
// Kept tiny: it is part of the header's search button, which every page loads.
import { SEARCH_INDEX_PATH } from '@/lib/search/index-path'
import { withBasePath } from '@/lib/site/config'

/** A stalled connection must end in the error message with its retry button, not a spinner forever. */
const TIMEOUT_MS = 20_000

let request: Promise<unknown> | undefined

/** The parsed index file; one request at a time, and a new one after a failure (the retry). */
export function requestSearchIndex(): Promise<unknown> {
  request ??= fetch(withBasePath(SEARCH_INDEX_PATH), { cache: 'no-cache', signal: AbortSignal.timeout(TIMEOUT_MS) }).then((response) => {
    if (!response.ok) throw new Error(`search index: HTTP ${response.status}`)
    return response.json()
  })
  request.catch(() => {
    request = undefined
  })
  return request
}
