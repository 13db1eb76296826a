'use client'

import { useEffect, useState } from 'react'
import { copyToClipboard } from './copy-to-clipboard'

type CopyState = 'idle' | 'copied' | 'failed'

const LABELS: Record<CopyState, string> = { idle: 'Copy', copied: 'Copied', failed: 'Copy failed' }

interface CopyButtonProps {
  /** Exactly what lands on the clipboard, or a function that loads it when the button is pressed. */
  text: string | (() => Promise<string>)
  /** What is being copied, for screen readers ("Copy command"). */
  label?: string
  /** The visible label while idle; "Copy" unless given. */
  children?: string
  className?: string
}

/**
 * A copy button that says, visibly and to screen readers, whether the copy worked. Its icon is drawn
 * by CSS (.copy-button::before), so a page with hundreds of buttons does not repeat an SVG in each.
 */
export function CopyButton({ text, label = 'Copy code', children, className }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 2000)
    return () => clearTimeout(timer)
  }, [state])

  async function copy() {
    try {
      await copyToClipboard(text)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  return (
    <>
      <button
        type="button"
        className={`copy-button ${className ?? ''}`}
        data-state={state}
        data-copy-button
        aria-label={state === 'idle' ? label : LABELS[state]}
        onClick={copy}
      >
        <span aria-hidden="true">{state === 'idle' && children ? children : LABELS[state]}</span>
      </button>
      <span role="status" className="sr-only">
        {state === 'copied' ? 'Copied to clipboard' : state === 'failed' ? 'Copy failed: select the text and copy it by hand' : ''}
      </span>
    </>
  )
}
