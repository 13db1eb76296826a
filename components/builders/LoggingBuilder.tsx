'use client'
// Client component, loaded only on pages that show it (see lazy.tsx).
import { useMemo } from 'react'
import { loggingBuilder } from '@/lib/builders/logging'
import { Builder } from './Builder'
import { embeddedStart, type EmbedProps } from './embedded-start'
import { LoggingForm } from './LoggingForm'

export default function LoggingBuilder(props: EmbedProps) {
  const { example, preset } = props
  const initial = useMemo(() => embeddedStart(loggingBuilder, { example, preset }), [example, preset])
  return <Builder model={loggingBuilder} label="Logging configuration builder" initial={initial} form={(form) => <LoggingForm form={form} />} />
}
