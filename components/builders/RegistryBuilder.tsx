'use client'
// Client component, loaded only on pages that show it (see lazy.tsx).
import { useMemo } from 'react'
import { registryBuilder } from '@/lib/builders/registry'
import { Builder } from './Builder'
import { embeddedStart, type EmbedProps } from './embedded-start'
import { RegistryForm } from './RegistryForm'

export default function RegistryBuilder(props: EmbedProps) {
  const { example, preset } = props
  const initial = useMemo(() => embeddedStart(registryBuilder, { example, preset }), [example, preset])
  return <Builder model={registryBuilder} label="Private registry builder" initial={initial} form={(form) => <RegistryForm form={form} />} />
}
