'use client'
// Client component, loaded only on pages that show it (see lazy.tsx).
import { useMemo } from 'react'
import { imageFilesBuilder } from '@/lib/builders/image-files'
import { Builder } from './Builder'
import { ImageFilesForm } from './ImageFilesForm'
import { embeddedStart, type EmbedProps } from './embedded-start'

export default function ImageFilesBuilder(props: EmbedProps) {
  const { example, preset } = props
  const initial = useMemo(() => embeddedStart(imageFilesBuilder, { example, preset }), [example, preset])
  return <Builder model={imageFilesBuilder} label="Images as files command builder" initial={initial} form={(form) => <ImageFilesForm form={form} />} />
}
