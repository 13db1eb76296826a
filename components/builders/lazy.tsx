'use client'
// Client component: the MDX map's entries for the builders. Each builder's code is a separate chunk
// that only the pages showing it load (a static import here would put every builder on every content
// page), and every builder is prerendered, so its form and outputs are in the HTML.
import dynamic from 'next/dynamic'
import { lazy, useEffect, useRef, useState, type ComponentType } from 'react'
import { onceNearViewport } from '@/components/ui/when-near-viewport'
import type { EmbedProps } from './embedded-start'

/**
 * A builder placed in a lesson: prerendered in place, but its code loads only when the reader nears
 * one of its placements. Until then React keeps the server's HTML as it is (an element whose inner
 * HTML React does not own is not hydrated); when the code arrives the builder renders over it, and
 * what the reader entered meanwhile is handed on (early-input.ts). After a client-side navigation
 * there is no such HTML, so the code loads at once.
 *
 * No Suspense boundary: React's server renderer moves a large boundary that comes late in a long
 * page out of place, to the end of the HTML, with a script to put it back, so without JavaScript
 * the builder would not show. Each placement watches itself, so one reached by client-side
 * navigation, after the reader left an earlier page before its builder loaded, still asks for it.
 */
function deferred<P extends object>(id: string, load: () => Promise<{ default: ComponentType<P> }>) {
  const OnServer = lazy(load)
  let loading: Promise<[{ default: ComponentType<P> }, typeof import('./early-input')]> | undefined
  function Deferred(props: P) {
    const island = useRef<HTMLDivElement>(null)
    const carryOver = useRef<() => void>(null)
    const [Code, setCode] = useState<ComponentType<P> | null>(null)
    useEffect(() => {
      let mounted = true
      const start = () => {
        loading ??= Promise.all([load(), import('./early-input')])
        void loading.then(([code, early]) => {
          if (!mounted) return
          const input = early.readEarlyInput(island.current!)
          carryOver.current = () => early.replayEarlyInput(island.current!, input)
          setCode(() => code.default)
        })
      }
      // Reached by client-side navigation, the island has no prerendered HTML to show meanwhile
      // (it would be an empty gap the reader might scroll to), so its code loads at once.
      const prerendered = island.current!.firstElementChild?.hasChildNodes() ?? false
      const stopWatching = prerendered ? onceNearViewport(island.current!, start) : (start(), () => {})
      return () => {
        mounted = false
        stopWatching()
      }
    }, [])
    // After the builder's own effects (a parent's run after its children's): the builder has
    // replaced the server's HTML, so early input can carry over; data-ready is what the e2e specs wait for.
    useEffect(() => {
      if (!Code) return
      carryOver.current?.()
      island.current?.setAttribute('data-ready', '')
    }, [Code])
    return (
      <div ref={island} data-deferred={id}>
        {typeof window === 'undefined' ? (
          <div>
            <OnServer {...props} />
          </div>
        ) : Code ? (
          <div key="client">
            <Code {...props} />
          </div>
        ) : (
          <div key="server" dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />
        )}
      </div>
    )
  }
  return Deferred
}

/**
 * On its tools page a builder is the page, so it loads with it (next/dynamic preloads its chunk and
 * it hydrates with the rest); placed in a lesson (with an example or a preset) it is deferred. Each
 * export below names its import twice because next/dynamic only preloads an import() written inside
 * its own call.
 */
function placed<P extends EmbedProps>(Full: ComponentType<P>, InLesson: ComponentType<P>) {
  return function Placed(props: P) {
    return props.example !== undefined || props.preset !== undefined ? <InLesson {...props} /> : <Full {...props} />
  }
}

// Separate named exports: a Server Component sees each export of a client module as a reference,
// so an object of components could not be spread into the MDX map.

/** <RunBuilder />, <BuildBuilder />, <CleanupBuilder />: on their tools pages they keep their state
 * in the URL; in a lesson give them example="docker run …" (or preset="…") to start from. */
export const RunBuilder = placed(dynamic(() => import('./RunBuilder')), deferred('run', () => import('./RunBuilder')))
export const BuildBuilder = placed(dynamic(() => import('./BuildBuilder')), deferred('build', () => import('./BuildBuilder')))
export const CleanupBuilder = placed(dynamic(() => import('./CleanupBuilder')), deferred('cleanup', () => import('./CleanupBuilder')))
/** <InspectBuilder />: docker image/container inspect --format, docker ps and image ls tables (preset="…"). */
export const InspectBuilder = placed(dynamic(() => import('./InspectBuilder')), deferred('inspect', () => import('./InspectBuilder')))
/** <ImageFilesBuilder />: docker save/load, and flattening with docker export | docker import (preset="…"). */
export const ImageFilesBuilder = placed(dynamic(() => import('./ImageFilesBuilder')), deferred('image-files', () => import('./ImageFilesBuilder')))
/** <StorageBuilder preset="…" />: a mount in both syntaxes, shared by containers, backed up. */
export const StorageBuilder = placed(dynamic(() => import('./StorageBuilder')), deferred('storage', () => import('./StorageBuilder')))
/** <LoggingBuilder preset="…" />: log rotation in daemon.json and per container, and docker logs. */
export const LoggingBuilder = placed(dynamic(() => import('./LoggingBuilder')), deferred('logging', () => import('./LoggingBuilder')))
/** <DockerfileBuilder preset="go" />: composes a Dockerfile, its .dockerignore and the build command. */
export const DockerfileBuilder = placed(dynamic(() => import('./DockerfileBuilder')), deferred('dockerfile', () => import('./DockerfileBuilder')))
export const RegistryBuilder = placed(dynamic(() => import('./RegistryBuilder')), deferred('registry', () => import('./RegistryBuilder')))
export const NetworkBuilder = placed(dynamic(() => import('./NetworkBuilder')), deferred('network', () => import('./NetworkBuilder')))
/** <ExplainCommand />: paste a docker run or docker build command and see each part explained. */
export const ExplainCommand = dynamic(() => import('./ExplainCommand'))
/** <DockerfileLinter />: paste a Dockerfile and see its problems line by line; in a lesson give it example={`…`}. */
export const DockerfileLinter = placed(
  dynamic(() => import('./DockerfileLinter')),
  deferred('dockerfile-lint', async () => {
    const code = await import('./DockerfileLinterInLesson')
    await code.rulesLoaded
    return code
  }),
)
