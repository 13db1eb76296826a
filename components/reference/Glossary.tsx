import type { ReactNode } from 'react'
import { ContentLink } from '@/components/mdx/ContentLink'
import { termId } from '@/lib/content/glossary'
import { linkLabel } from '@/lib/content/link-labels'

/** The list of terms: <Glossary><Term …>…</Term>…</Glossary> */
export function Glossary({ children }: { children: ReactNode }) {
  return (
    <dl className="glossary" data-glossary>
      {children}
    </dl>
  )
}

interface TermProps {
  name: string
  /** The section of the guide that explains the term (checked by the content build). */
  href: string
  /** Other words for the term, read by the content build to link their first use. */
  also?: string
  /** Pages where the term's words mean something else, read by the content build. */
  notOn?: string
  /** The short definition. */
  children: ReactNode
}

/**
 * One entry. The content build reads every <Term> before compiling the other pages, and links the
 * first use of the term (or a word in `also`, or a plural) in each page's prose to this entry.
 */
export function Term({ name, href, children }: TermProps) {
  const id = termId(name)
  return (
    <div id={id} className="glossary-entry" data-term={id}>
      <dt>{name}</dt>
      <dd>
        {children}
        <p className="glossary-see">
          Explained in <ContentLink href={href}>{linkLabel(href)}</ContentLink>
        </p>
      </dd>
    </div>
  )
}
