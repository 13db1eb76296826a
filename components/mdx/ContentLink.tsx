import Link from 'next/link'
import type { AnchorHTMLAttributes } from 'react'

/**
 * Links written in MDX. Site paths go through next/link, which adds the base path; anchors and
 * external links stay plain. The content build has already checked every internal target exists.
 */
export function ContentLink({ href = '', children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  if (href.startsWith('/')) {
    return (
      <Link href={href} prefetch={false} {...rest}>
        {children}
      </Link>
    )
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  )
}
