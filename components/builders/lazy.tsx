'use client'
// Client component: the MDX map's entries for the builders. Each builder's code is a separate chunk
// that only the pages showing it load, and only once the reader is about to use it (a static import
// here would put every builder on every content page). Every builder is prerendered, so its form and
// outputs are in the HTML from the start.
import { lazy, useEffect, useRef, useState, type ComponentType } from 'react'
import { onceNearViewport, onceUsed } from '@/components/ui/when-near-viewport'
import type { EmbedProps } from './embedded-start'

type Code<P> = { default: ComponentType<P> }

/**
 * Calls `start` when a placement's code is wanted. In a lesson (placed with an example or a preset):
 * as the reader nears it. On its tools page, where it is the page: when the reader first points at
 * it, touches it or tabs into it, or at once if the URL holds a state (or a command) other than the
 * prerendered start. Reached by client-side navigation the island has no prerendered HTML to show
 * meanwhile (an empty gap the reader might scroll to), so its code loads at once.
 */
function whenWanted(island: HTMLElement, inLesson: boolean, start: () => void): () => void {
  const prerendered = island.firstElementChild?.hasChildNodes() ?? false
  if (!prerendered || (!inLesson && window.location.search !== '')) {
    start()
    return () => {}
  }
  return inLesson ? onceNearViewport(island, start) : onceUsed(island, start)
}

/**
 * A builder placed in MDX: prerendered in place, its code loaded only when wanted (`whenWanted`).
 * Until then React keeps the server's HTML as it is (an element whose inner HTML React does not own
 * is not hydrated). Its fields take input meanwhile; its buttons would do nothing (and a submit
 * would reload the page), so the last one pressed is held. When the code arrives the builder renders
 * over that HTML, and what the reader entered and pressed is handed on (early-input.ts).
 *
 * No Suspense boundary: React's server renderer moves a large boundary that comes late in a long
 * page out of place, to the end of the HTML, with a script to put it back, so without JavaScript
 * the builder would not show. Each placement watches itself, so one reached by client-side
 * navigation, after the reader left an earlier page before its builder loaded, still asks for it.
 * `loadInLesson` is for a builder that needs more to start from a lesson's example than from its
 * tools page.
 */
function deferred<P extends EmbedProps>(id: string, load: () => Promise<Code<P>>, loadInLesson = load) {
  const placements = { page: placement(load), lesson: placement(loadInLesson) }
  function Deferred(props: P) {
    const inLesson = props.example !== undefined || props.preset !== undefined
    const { OnServer, loadOnce } = inLesson ? placements.lesson : placements.page
    const island = useRef<HTMLDivElement>(null)
    const carryOver = useRef<() => void>(null)
    const [Code, setCode] = useState<ComponentType<P> | null>(null)
    useEffect(() => {
      const element = island.current!
      let mounted = true
      let pressed: Element | undefined
      const holdPress = (event: Event) => {
        const button = event.target instanceof Element ? event.target.closest('button') : null
        if (!button) return
        event.preventDefault()
        pressed = button
      }
      const holdSubmit = (event: Event) => event.preventDefault()
      element.addEventListener('click', holdPress, true)
      element.addEventListener('submit', holdSubmit, true)
      const stopHolding = () => {
        element.removeEventListener('click', holdPress, true)
        element.removeEventListener('submit', holdSubmit, true)
      }
      const start = () => {
        void loadOnce().then(([code, early]) => {
          if (!mounted) return
          stopHolding()
          const input = early.readEarlyInput(element, pressed)
          carryOver.current = () => early.replayEarlyInput(element, input)
          setCode(() => code.default)
        })
      }
      const stopWatching = whenWanted(element, inLesson, start)
      return () => {
        mounted = false
        stopWatching()
        stopHolding()
      }
    }, [inLesson, loadOnce])
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

/** How one kind of placement gets its code: on the server at once, in the browser once (with early-input.ts). */
function placement<P>(load: () => Promise<Code<P>>) {
  let loading: Promise<[Code<P>, typeof import('./early-input')]> | undefined
  return { OnServer: lazy(load), loadOnce: () => (loading ??= Promise.all([load(), import('./early-input')])) }
}

// Separate named exports: a Server Component sees each export of a client module as a reference,
// so an object of components could not be spread into the MDX map.

/** <RunBuilder />, <BuildBuilder />, <CleanupBuilder />: on their tools pages they keep their state
 * in the URL; in a lesson give them example="docker run …" (or preset="…") to start from. */
export const RunBuilder = deferred('run', () => import('./RunBuilder'))
export const BuildBuilder = deferred('build', () => import('./BuildBuilder'))
export const CleanupBuilder = deferred('cleanup', () => import('./CleanupBuilder'))
/** <InspectBuilder />: docker image/container inspect --format, docker ps and image ls tables (preset="…"). */
export const InspectBuilder = deferred('inspect', () => import('./InspectBuilder'))
/** <ImageFilesBuilder />: docker save/load, and flattening with docker export | docker import (preset="…"). */
export const ImageFilesBuilder = deferred('image-files', () => import('./ImageFilesBuilder'))
/** <StorageBuilder preset="…" />: a mount in both syntaxes, shared by containers, backed up. */
export const StorageBuilder = deferred('storage', () => import('./StorageBuilder'))
/** <LoggingBuilder preset="…" />: log rotation in daemon.json and per container, and docker logs. */
export const LoggingBuilder = deferred('logging', () => import('./LoggingBuilder'))
/** <DockerfileBuilder preset="go" />: composes a Dockerfile, its .dockerignore and the build command. */
export const DockerfileBuilder = deferred('dockerfile', () => import('./DockerfileBuilder'))
export const RegistryBuilder = deferred('registry', () => import('./RegistryBuilder'))
export const NetworkBuilder = deferred('network', () => import('./NetworkBuilder'))
/** <ExplainCommand />: paste a docker run or docker build command and see each part explained. */
export const ExplainCommand = deferred('explain', () => import('./ExplainCommand'))
/** <DockerfileLinter />: paste a Dockerfile and see its problems line by line; in a lesson give it example={`…`}. */
export const DockerfileLinter = deferred(
  'dockerfile-lint',
  // Its tools page starts empty, so the rules load only once there is text; a lesson's example is
  // checked as soon as the linter shows, so there they come with its code.
  () => import('./DockerfileLinter'),
  async () => {
    const code = await import('./DockerfileLinterInLesson')
    await code.rulesLoaded
    return code
  },
)
