import type { ReactNode } from 'react'

/** A key or key combination: <Kbd>Ctrl</Kbd>+<Kbd>C</Kbd> */
export function Kbd({ children }: { children: ReactNode }) {
  return <kbd>{children}</kbd>
}
