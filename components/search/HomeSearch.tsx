import { withBasePath } from '@/lib/site/config'

/** The home page's way into search: a plain GET form to the search page, so it needs no script. */
export function HomeSearch() {
  return (
    <form role="search" action={withBasePath('/search/')} className="mt-8 flex max-w-xl gap-2" data-home-search>
      <label htmlFor="home-search-input" className="sr-only">
        Search the guide
      </label>
      <input
        id="home-search-input"
        type="search"
        name="q"
        required
        placeholder="Search: volumes, --restart, daemon.json…"
        autoComplete="off"
        spellCheck={false}
        className="min-w-0 flex-1 rounded-lg border border-border-strong bg-bg px-4 py-3 text-fg placeholder:text-fg-muted"
      />
      <button type="submit" className="rounded-lg border border-border-strong px-5 py-3 font-semibold text-fg hover:border-accent hover:bg-bg-muted">
        Search
      </button>
    </form>
  )
}
