'use client'

// A tiny client wrapper that every page's MDX component map may carry: the explorer itself is a
// separate chunk that only pages rendering it download. SSR stays on, so the HTML is complete.
import dynamic from 'next/dynamic'

const BuildCacheExplorer = dynamic(() => import('./BuildCacheExplorer'))

export function BuildCacheDiagram() {
  return <BuildCacheExplorer />
}
