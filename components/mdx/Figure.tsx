import type { ReactNode } from 'react'

interface FigureProps {
  caption: string
  children: ReactNode
}

/** A diagram or other illustration with its caption. */
export function Figure({ caption, children }: FigureProps) {
  return (
    <figure className="figure">
      <div className="figure-body">{children}</div>
      <figcaption>{caption}</figcaption>
    </figure>
  )
}
