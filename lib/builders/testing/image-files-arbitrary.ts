// Test support: valid states of the images-as-files builder.
import fc from 'fast-check'
import type { ImageFilesState } from '../image-files/state'
import { joinImageReference } from '../validate/images'
import { freeText, imageRepository, imageTag } from './arbitraries'

const reference = fc.tuple(imageRepository, imageTag).map(([repo, tag]) => joinImageReference(repo, tag))
const fileName = fc
  .tuple(fc.array(fc.stringMatching(/^[a-zA-Z0-9_][a-zA-Z0-9_. -]{0,10}$/), { minLength: 1, maxLength: 3 }), fc.constantFrom('.tar', '.tar.gz', '.tgz', ''))
  .map(([parts, extension]) => `${parts.join('/')}${extension}`)
  .filter((file) => !file.split('/').includes('..'))
const oneLine = freeText.filter((text) => !/[\n\r]/.test(text))

export const imageFilesState: fc.Arbitrary<ImageFilesState> = fc
  .record({
    mode: fc.constantFrom('save' as const, 'flatten' as const),
    images: fc.array(fc.oneof(reference, fc.constantFrom('1ff4bb4faebc', 'sha256:1ff4bb4faebcfb1f7e01144fa9904a570ab9bab88694457855feb6c6bba3fa07')).map((name) => ({ name })), { minLength: 1, maxLength: 3 }),
    file: fileName,
    gzip: fc.boolean(),
    source: fc.constantFrom('image' as const, 'container' as const),
    sourceImage: reference,
    container: fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{1,15}$/),
    target: reference,
    entrypoint: fc.array(freeText.map((arg) => ({ arg })), { maxLength: 2 }),
    cmd: fc.array(freeText.map((arg) => ({ arg })), { maxLength: 3 }),
    env: fc.array(fc.record({ name: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/), value: oneLine }), { maxLength: 3 }),
    workdir: fc.constantFrom('', '/app', '/srv/my app', '/usr/share/nginx/html'),
    expose: fc.array(fc.record({ port: fc.integer({ min: 1, max: 65535 }).map(String), protocol: fc.constantFrom('tcp' as const, 'udp' as const) }), { maxLength: 2 }),
    user: fc.constantFrom('', 'app', '1000', '1000:1000', 'nobody'),
    message: freeText,
  })
  .map((s) => (s.source === 'image' && s.target === s.sourceImage ? { ...s, target: `${s.target.split(/[:@]/)[0]}:flat` } : s))
