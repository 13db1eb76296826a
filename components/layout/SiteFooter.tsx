import { SITE_NAME } from '@/lib/site/config'

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-border">
      <div className="mx-auto max-w-[90rem] px-4 py-8 text-sm text-fg-muted">
        <p>
          {SITE_NAME}: corrected, illustrated study notes on Docker, checked against Docker Engine 28 and BuildKit.
        </p>
        <p className="mt-1">Not affiliated with Docker, Inc. Docker is a trademark of Docker, Inc.</p>
      </div>
    </footer>
  )
}
