import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { imageFilesBuilder } from '.'
import { evaluate, stateWith } from '../model'
import { outputText } from '../output'
import { imageFilesState } from '../testing/image-files-arbitrary'
import { envValue, importChanges } from './changes'
import { imageFilesSpec, type ImageFilesState } from './state'

const state = (values: Partial<ImageFilesState>) => stateWith(imageFilesSpec, values)
const texts = (values: Partial<ImageFilesState>, layout: 'single' | 'multi' = 'single') =>
  Object.fromEntries(evaluate(imageFilesBuilder, state(values)).outputs.map((o) => [o.id, outputText(o, layout)]))
const args = (...list: string[]) => list.map((arg) => ({ arg }))

/** The inverse of envValue, as Docker's instruction parser reads a double-quoted word. */
function readDoubleQuoted(word: string): string {
  expect(word.startsWith('"') && word.endsWith('"')).toBe(true)
  return word.slice(1, -1).replace(/\\(["$\\])/g, '$1')
}

describe('the images as files builder', () => {
  it('saves to a file and loads it back', () => {
    expect(texts({ images: [{ name: 'my-app:1.4.2' }, { name: 'postgres:17' }], file: 'release.tar' })).toEqual({
      save: 'docker save -o release.tar my-app:1.4.2 postgres:17',
      load: 'docker load -i release.tar',
    })
  })

  it('compresses through gzip with a pipeline and a redirection', () => {
    expect(texts({ images: [{ name: 'my-app:1.4.2' }], file: 'backups/my app.tar.gz', gzip: true })).toEqual({
      save: "docker save my-app:1.4.2 | gzip > 'backups/my app.tar.gz'",
      load: "docker load -i 'backups/my app.tar.gz'",
    })
  })

  it('flattens an image: inspect, create, export | import with --change, remove', () => {
    const preset = imageFilesBuilder.presets.find((p) => p.id === 'flatten-python')!.state
    const outputs = evaluate(imageFilesBuilder, preset).outputs
    expect(Object.fromEntries(outputs.map((o) => [o.id, outputText(o, 'single')]))).toEqual({
      config: "docker image inspect --format '{{json .Config}}' my-app:1.4.2",
      create: 'docker create --name flat-source my-app:1.4.2',
      flatten:
        "docker export flat-source | docker import --change 'ENV PYTHONUNBUFFERED=\"1\"' --change 'WORKDIR /app' --change 'EXPOSE 8000' --change 'USER app' --change 'CMD [\"python\",\"app.py\"]' - my-app:1.4.2-flat",
      remove: 'docker rm flat-source',
    })
    expect(outputText(outputs.find((o) => o.id === 'flatten')!, 'multi')).toBe(
      "docker export flat-source \\\n  | docker import \\\n  --change 'ENV PYTHONUNBUFFERED=\"1\"' \\\n  --change 'WORKDIR /app' \\\n  --change 'EXPOSE 8000' \\\n  --change 'USER app' \\\n  --change 'CMD [\"python\",\"app.py\"]' \\\n  - my-app:1.4.2-flat",
    )
  })

  it('flattens a container as it is, with entrypoint, UDP ports and a message', () => {
    const out = texts({ mode: 'flatten', source: 'container', container: 'web', target: 'web:flat', entrypoint: args('/entry.sh'), expose: [{ port: '53', protocol: 'udp' }], message: "it's flat" })
    expect(out).toEqual({
      config: "docker container inspect --format '{{json .Config}}' web",
      flatten: "docker export web | docker import --change 'EXPOSE 53/udp' --change 'ENTRYPOINT [\"/entry.sh\"]' --message 'it'\\''s flat' - web:flat",
    })
  })

  it('writes --change values that Docker reads back as the values typed', () => {
    fc.assert(
      fc.property(imageFilesState, (s) => {
        const envChanges = importChanges(s).filter((change) => change.startsWith('ENV '))
        expect(envChanges).toHaveLength(s.env.length)
        envChanges.forEach((change, i) => {
          const row = s.env[i]!
          expect(change.startsWith(`ENV ${row.name}=`)).toBe(true)
          expect(readDoubleQuoted(change.slice(`ENV ${row.name}=`.length))).toBe(row.value)
        })
        for (const change of importChanges(s)) {
          expect(change).not.toMatch(/[\n\r]/)
          const [instruction, rest] = [change.slice(0, change.indexOf(' ')), change.slice(change.indexOf(' ') + 1)]
          if (instruction === 'CMD') expect(JSON.parse(rest)).toEqual(s.cmd.map((row) => row.arg))
          if (instruction === 'ENTRYPOINT') expect(JSON.parse(rest)).toEqual(s.entrypoint.map((row) => row.arg))
        }
      }),
      { numRuns: 300 },
    )
    expect(envValue('a "b" $HOME \\n')).toBe('"a \\"b\\" \\$HOME \\\\n"')
  })

  it('refuses what would break an instruction or a path, and says why', () => {
    const errors = (values: Partial<ImageFilesState>) => evaluate(imageFilesBuilder, state(values)).errors
    expect(errors({ images: [{ name: 'nginx' }], file: '/srv/web.tar' })[0]!.message).toContain('under the current folder')
    expect(errors({ images: [{ name: 'nginx' }], file: '../web.tar' })[0]!.field).toBe('file')
    expect(errors({ images: [{ name: 'nginx' }], file: '-web.tar' })[0]!.field).toBe('file')
    expect(errors({ images: [], file: 'a.tar' })).toEqual([{ field: 'images', message: 'Add at least one image to save.' }])
    const flat = { mode: 'flatten' as const, sourceImage: 'app:1', target: 'app:flat' }
    expect(errors({ ...flat, env: [{ name: 'A', value: 'x\nUSER root' }] })).toEqual([{ field: 'env.0.value', message: expect.stringContaining('one Dockerfile instruction on one line') }])
    expect(errors({ ...flat, workdir: 'app' })[0]!.field).toBe('workdir')
    expect(errors({ ...flat, workdir: '/app/$HOME' })[0]!.field).toBe('workdir')
    expect(errors({ ...flat, target: 'app:1' })[0]!.message).toContain('a name of its own')
  })

  it('warns with lessons: saved by ID or without a tag, gzip names, and what an import loses', () => {
    const warnings = (values: Partial<ImageFilesState>) => evaluate(imageFilesBuilder, state(values)).warnings.map((w) => [w.id, w.lesson.id])
    expect(warnings({ images: [{ name: '1ff4bb4faebc' }, { name: 'nginx' }], file: 'a.tar', gzip: true })).toEqual([
      ['saved-by-id', 'saveAndLoad'],
      ['all-tags', 'saveAndLoad'],
      ['gzip-name', 'saveAndLoad'],
    ])
    expect(warnings({ mode: 'flatten', sourceImage: 'app:1', target: 'app:flat' })).toEqual([
      ['flat-loses-layers', 'flatteningCosts'],
      ['no-command', 'importing'],
      ['root-user', 'nonRootUsers'],
    ])
  })
})
