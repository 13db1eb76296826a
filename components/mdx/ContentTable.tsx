import type { TableHTMLAttributes } from 'react'

/** Wide tables scroll inside their own box on phones instead of widening the page. */
export function ContentTable(props: TableHTMLAttributes<HTMLTableElement>) {
  return (
    <div className="table-scroll" role="region" aria-label="Table" tabIndex={0}>
      <table {...props} />
    </div>
  )
}
