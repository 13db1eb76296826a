import { navigationTree } from '@/lib/content/navigation'
import type { Manifest } from '@/lib/content/types'
import { NavTree } from './NavTree'

export function Sidebar({ manifest, currentRoute }: { manifest: Manifest; currentRoute: string }) {
  return (
    <aside className="sidebar sticky top-14 hidden h-[calc(100dvh-3.5rem)] w-72 shrink-0 overflow-y-auto border-r border-border px-3 py-6 lg:block">
      <nav aria-label="Guide">
        <NavTree tree={navigationTree(manifest)} currentRoute={currentRoute} />
      </nav>
    </aside>
  )
}
