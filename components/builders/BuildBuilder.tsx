'use client'
// Client component, loaded only on pages that show it (see lazy.tsx).
import { useMemo } from 'react'
import { buildBuilder } from '@/lib/builders/build'
import { Builder } from './Builder'
import { BuildForm } from './BuildForm'
import { embeddedStart, type EmbedProps } from './embedded-start'

export default function BuildBuilder(props: EmbedProps) {
  const { example, preset } = props
  const initial = useMemo(() => embeddedStart(buildBuilder, { example, preset }), [example, preset])
  return <Builder model={buildBuilder} label="docker build command builder" initial={initial} form={(form) => <BuildForm form={form} />} />
}
