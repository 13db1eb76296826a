import { describe, expect, it } from 'vitest'
import { buildSearchIndex, type SearchSource } from './build-index'
import { SearchEngine } from './engine'

function page(route: string, title: string, description: string, sections: [id: string, heading: string, text: string, code?: string][]): SearchSource {
  return {
    route,
    title,
    description,
    moduleTitle: 'Fixture',
    sections: sections.map(([id, heading, text, code = '']) => ({ id, headingPath: id ? [title, heading] : [title], text, code })),
  }
}

const SOURCES: SearchSource[] = [
  page('/running/restart-policies/', 'Restart policies', 'Keep containers running after a crash or a reboot.', [
    ['', '', 'Docker can restart a container for you when it stops.'],
    ['always-and-unless-stopped', 'always and unless-stopped', 'With --restart unless-stopped a container you stopped stays stopped.', 'docker run -d --restart unless-stopped nginx'],
    ['on-failure', 'on-failure', 'Restarts only when the main process exits with an error.'],
  ]),
  page('/running/running-a-container/', 'Running a container', 'Start containers in the foreground or in the background.', [
    ['', '', 'docker run creates and starts a container.'],
    ['interactive-containers', 'Interactive containers', 'Add -it to get a terminal inside the container.', 'docker run -it alpine sh'],
    ['detached-containers', 'Detached containers', 'The -d flag runs a container in the background. The daemon does not restart it unless told to.'],
  ]),
  page('/storage/volumes/', 'Volumes', 'Named volumes keep data after a container is removed.', [
    ['', '', 'A volume is storage that Docker manages.'],
    ['named-volumes', 'Named volumes', 'Create a named volume and mount it into a container.', 'docker volume create data'],
    ['backing-up', 'Backing up a volume', 'Copy the data out with a temporary container.'],
  ]),
  page('/building/cmd-and-entrypoint/', 'CMD and ENTRYPOINT', 'The command a container runs, and how to override it.', [
    ['', '', 'Two instructions set what runs when a container starts.'],
    ['entrypoint', 'ENTRYPOINT', 'ENTRYPOINT fixes the executable; override it with --entrypoint.'],
  ]),
  page('/building/multi-stage-builds/', 'Multi-stage builds', 'Build in one stage, ship from another.', [
    ['copying-between-stages', 'Copying between stages', 'Take only the built files from an earlier stage.', 'COPY --from=build /app/out /app'],
  ]),
  page('/networking/reaching-the-host/', 'Reaching the host', 'Connect from a container to services on the host.', [
    ['docker-desktop', 'On Docker Desktop', 'The name host.docker.internal resolves to the host.'],
  ]),
  page('/registries/running-a-registry/', 'Running a registry', 'Run your own registry with the registry image.', [
    ['configuration', 'Configuration', 'Override any setting with an environment variable such as REGISTRY_LOG_LEVEL.', 'docker run -d -e REGISTRY_LOG_LEVEL=debug registry:2'],
  ]),
  page('/security/capabilities/', 'Capabilities', 'Root is split into capabilities.', [
    ['adding-capabilities', 'Adding capabilities', 'Grant one capability with --cap-add and drop the rest.', 'docker run --cap-drop ALL --cap-add NET_BIND_SERVICE nginx'],
  ]),
  page('/storage/layers/', 'Layers and the writable layer', 'How images stack up.', [
    ['', '', 'An image is a stack of layers.'],
    ['the-writable-layer', 'The writable layer', 'Each container writes to its own writable layer on top of the image layers.'],
  ]),
  page('/xss/', 'A page about HTML', 'Shows markup as text.', [['markup', 'Markup in text', 'Write <img src=x onerror=alert(1)> to embed an image.']]),
]

const engine = SearchEngine.fromFile(JSON.parse(JSON.stringify(buildSearchIndex(SOURCES))))
const hrefs = (query: string) => engine.search(query).groups.flatMap((group) => group.hits.map((hit) => hit.href))

describe('SearchEngine', () => {
  it('finds Docker tokens as typed', () => {
    expect(hrefs('--restart')[0]).toBe('/running/restart-policies/#always-and-unless-stopped')
    expect(hrefs('-it')[0]).toBe('/running/running-a-container/#interactive-containers')
    expect(hrefs('--cap-add')[0]).toBe('/security/capabilities/#adding-capabilities')
    expect(hrefs('host.docker.internal')[0]).toBe('/networking/reaching-the-host/#docker-desktop')
    expect(hrefs('REGISTRY_LOG_LEVEL')[0]).toBe('/registries/running-a-registry/#configuration')
    expect(hrefs('COPY --from')[0]).toBe('/building/multi-stage-builds/#copying-between-stages')
  })

  it('matches prefixes while typing', () => {
    expect(hrefs('volu')[0]).toBe('/storage/volumes/')
    expect(hrefs('entryp')[0]).toMatch(/^\/building\/cmd-and-entrypoint\//)
    expect(hrefs('host.docker.int')[0]).toBe('/networking/reaching-the-host/#docker-desktop')
  })

  it('tolerates typos', () => {
    expect(hrefs('entrypont')[0]).toMatch(/^\/building\/cmd-and-entrypoint\//)
    expect(hrefs('volumne')[0]).toBe('/storage/volumes/')
    expect(hrefs('registy')[0]).toBe('/registries/running-a-registry/')
  })

  it('ranks headings and titles above body text', () => {
    // "restart" is in the body of the detached section, but it is the title of the restart page.
    const results = hrefs('restart')
    expect(results[0]).toBe('/running/restart-policies/')
    expect(results.indexOf('/running/running-a-container/#detached-containers')).toBeGreaterThan(results.indexOf('/running/restart-policies/#on-failure'))
    // A section named for the query beats the page intro that only mentions it.
    expect(hrefs('named volume')[0]).toBe('/storage/volumes/#named-volumes')
  })

  it('puts the section or page whose heading is the query first', () => {
    expect(hrefs('Layers and the writable layer')[0]).toBe('/storage/layers/')
    expect(hrefs('the writable layer')[0]).toBe('/storage/layers/#the-writable-layer')
    expect(hrefs('Backing up a volume')[0]).toBe('/storage/volumes/#backing-up')
  })

  it('prefers sections that match every word', () => {
    expect(hrefs('backing up volume')[0]).toBe('/storage/volumes/#backing-up')
    expect(hrefs('background container')[0]).toBe('/running/running-a-container/#detached-containers')
  })

  it('groups results by page, best page first, and links the introduction to the page itself', () => {
    const { groups } = engine.search('volume')
    expect(groups[0]!.page.route).toBe('/storage/volumes/')
    expect(groups[0]!.hits[0]!.href).toBe('/storage/volumes/')
    expect(new Set(groups.map((group) => group.page.route)).size).toBe(groups.length)
    expect(groups[0]!.hits.map((hit) => hit.score)).toEqual([...groups[0]!.hits.map((hit) => hit.score)].sort((a, b) => b - a))
  })

  it('returns nothing for an empty query or words no section has', () => {
    expect(hrefs('')).toEqual([])
    expect(hrefs('   ')).toEqual([])
    expect(hrefs('kubernetes')).toEqual([])
  })

  it('limits the pages and the sections per page', () => {
    const { groups } = engine.search('container', { pages: 2, sectionsPerPage: 1 })
    expect(groups).toHaveLength(2)
    // The best page may show two sections more than the others.
    expect(groups[0]!.hits.length).toBeLessThanOrEqual(3)
    expect(groups[1]!.hits).toHaveLength(1)
  })

  it('refuses an index written by another version', () => {
    const file = buildSearchIndex(SOURCES)
    expect(() => SearchEngine.fromFile({ ...file, version: 99 as 1 })).toThrow(/version/)
  })
})
