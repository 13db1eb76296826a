'use client'
// Client component, loaded only on pages that show it (see lazy.tsx).
import { useMemo } from 'react'
import { inspectBuilder } from '@/lib/builders/inspect'
import { Builder } from './Builder'
import { InspectForm } from './InspectForm'
import { embeddedStart, type EmbedProps } from './embedded-start'

export default function InspectBuilder(props: EmbedProps) {
  const { example, preset } = props
  const initial = useMemo(() => embeddedStart(inspectBuilder, { example, preset }), [example, preset])
  return <Builder model={inspectBuilder} label="Inspect and format command builder" initial={initial} form={(form) => <InspectForm form={form} />} />
}
