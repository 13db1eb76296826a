// The search engine, loaded once per page view: its code (FlexSearch included) and the index
// arrive in parallel, and only when search is first used.
import type { SearchEngine } from '@/lib/search/engine'
import type { SearchIndexFile } from '@/lib/search/index-file'
import { requestSearchIndex } from './index-request'

let engine: Promise<SearchEngine> | undefined

export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= Promise.all([import('@/lib/search/engine'), requestSearchIndex()]).then(([module, file]) =>
    module.SearchEngine.fromFile(file as SearchIndexFile),
  )
  engine.catch(() => {
    engine = undefined
  })
  return engine
}
