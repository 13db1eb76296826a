'use client'
// Client component, loaded only on pages that show it (see lazy.tsx).
import { useMemo } from 'react'
import { cleanupBuilder } from '@/lib/builders/cleanup'
import { Builder } from './Builder'
import { CleanupForm } from './CleanupForm'
import { embeddedStart, type EmbedProps } from './embedded-start'

export default function CleanupBuilder(props: EmbedProps) {
  const { example, preset } = props
  const initial = useMemo(() => embeddedStart(cleanupBuilder, { example, preset }), [example, preset])
  return <Builder model={cleanupBuilder} label="Cleanup command builder" initial={initial} form={(form) => <CleanupForm form={form} />} />
}
