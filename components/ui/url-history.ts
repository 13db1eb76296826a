// Writing a page's own state (a builder's fields, a search query) into the address bar.
//
// Next's router patches history.pushState/replaceState: a write without the router's entry state
// is taken for a change from outside, so the router restores the route for the new URL and writes
// the entry a second time. These pages read their own query (on load, and on back or forward), so
// the router need not follow each write: passing its entry state along marks the write as the
// router's own, and only the address changes.

/** Changes the query of the current page without a navigation: a new history entry, or in place. */
export function writeUrlQuery(query: string, mode: 'push' | 'replace'): void {
  const url = `${window.location.pathname}${query}${window.location.hash}`
  if (mode === 'push') window.history.pushState(window.history.state, '', url)
  else window.history.replaceState(window.history.state, '', url)
}
