'use client'
// Client component, loaded only on pages that show it (see lazy.tsx).
import { useMemo } from 'react'
import { storageBuilder } from '@/lib/builders/storage'
import { Builder } from './Builder'
import { embeddedStart, type EmbedProps } from './embedded-start'
import { StorageForm } from './StorageForm'

export default function StorageBuilder(props: EmbedProps) {
  const { example, preset } = props
  const initial = useMemo(() => embeddedStart(storageBuilder, { example, preset }), [example, preset])
  return <Builder model={storageBuilder} label="Storage command builder" initial={initial} form={(form) => <StorageForm form={form} />} />
}
