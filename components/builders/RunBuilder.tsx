'use client'
// Client component, loaded only on pages that show it (see lazy.tsx).
import { useMemo } from 'react'
import { runBuilder } from '@/lib/builders/run'
import { Builder } from './Builder'
import { RunForm } from './RunForm'
import { embeddedStart, type EmbedProps } from './embedded-start'

export default function RunBuilder(props: EmbedProps) {
  const { example, preset } = props
  const initial = useMemo(() => embeddedStart(runBuilder, { example, preset }), [example, preset])
  return <Builder model={runBuilder} label="docker run command builder" initial={initial} form={(form) => <RunForm form={form} />} />
}
