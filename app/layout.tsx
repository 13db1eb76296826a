import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { THEME_SCRIPT } from '@/components/layout/theme'
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME } from '@/lib/site/config'
import './globals.css'

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  metadataBase: new URL(absoluteUrl('/')),
  openGraph: { siteName: SITE_NAME, type: 'website', locale: 'en' },
  robots: { index: true, follow: true },
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0d1117' },
  ],
  colorScheme: 'light dark',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // data-scroll-behavior: the stylesheet scrolls smoothly (in-page links, the table of contents),
    // and Next turns that off for a route change only when told; otherwise a client-side navigation
    // from a scrolled page ends up smoothly scrolled to the new page's footer.
    <html lang="en" data-scroll-behavior="smooth" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-dvh bg-bg text-fg antialiased">{children}</body>
    </html>
  )
}
