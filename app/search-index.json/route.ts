// The search index as a static file of the export (out/search-index.json), built from the same
// page records as the pages. The browser fetches it when the reader first opens search.
import { getAllPageData, getManifest } from '@/lib/content/store'
import { buildSearchIndex, searchSources } from '@/lib/search/build-index'

export const dynamic = 'force-static'

export function GET(): Response {
  return Response.json(buildSearchIndex(searchSources(getManifest(), getAllPageData())))
}
