'use client'
// Client component, loaded only on pages that show it (see lazy.tsx).
import { useMemo } from 'react'
import { networkBuilder } from '@/lib/builders/network'
import { Builder } from './Builder'
import { embeddedStart, type EmbedProps } from './embedded-start'
import { NetworkForm } from './NetworkForm'

export default function NetworkBuilder(props: EmbedProps) {
  const { example, preset } = props
  const initial = useMemo(() => embeddedStart(networkBuilder, { example, preset }), [example, preset])
  return <Builder model={networkBuilder} label="Network builder" initial={initial} form={(form) => <NetworkForm form={form} />} />
}
