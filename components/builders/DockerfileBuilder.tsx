'use client'
// Client component, loaded only on pages that show it (see lazy.tsx).
import { useMemo } from 'react'
import { dockerfileBuilder } from '@/lib/builders/dockerfile'
import { Builder } from './Builder'
import { DockerfileForm } from './DockerfileForm'
import { embeddedStart, type EmbedProps } from './embedded-start'

export default function DockerfileBuilder(props: EmbedProps) {
  const { example, preset } = props
  const initial = useMemo(() => embeddedStart(dockerfileBuilder, { example, preset }), [example, preset])
  return <Builder model={dockerfileBuilder} label="Dockerfile composer" initial={initial} form={(form) => <DockerfileForm form={form} />} />
}
