// Where the export serves the search index (app/search-index.json/route.ts), relative to the site
// root: prefix BASE_PATH to fetch it. Its own module, so the header's search button can start the
// download without pulling in the index code.
export const SEARCH_INDEX_PATH = '/search-index.json'
