import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countDone, NOTHING_DONE, parseProgress, serializeProgress, withPageDone } from './progress'

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/)
const route = fc.tuple(slug, slug).map(([module, page]) => `/${module}/${page}/`)

describe('parseProgress', () => {
  it('reads what serializeProgress wrote', () => {
    fc.assert(
      fc.property(fc.uniqueArray(route, { maxLength: 30 }), (routes) => {
        expect([...parseProgress(serializeProgress(new Set(routes)))].sort()).toEqual([...routes].sort())
      }),
    )
  })

  it('treats missing, empty and unparsable text as nothing done', () => {
    for (const raw of [null, undefined, '', '{', 'not json', '{"version":1,"done":[', 'undefined']) {
      expect(parseProgress(raw)).toBe(NOTHING_DONE)
    }
  })

  it('ignores data of the wrong shape or another version', () => {
    const wrong = [
      'null',
      '42',
      '"/foundations/layers/"',
      '["/foundations/layers/"]',
      '{}',
      '{"done":["/foundations/layers/"]}',
      '{"version":2,"done":["/foundations/layers/"]}',
      '{"version":"1","done":["/foundations/layers/"]}',
      '{"version":1,"done":"/foundations/layers/"}',
      '{"version":1,"done":{"0":"/foundations/layers/"}}',
    ]
    for (const raw of wrong) expect(parseProgress(raw), raw).toBe(NOTHING_DONE)
  })

  it('keeps the well-formed routes of a list and drops the rest', () => {
    const raw = JSON.stringify({
      version: 1,
      done: ['/foundations/layers/', 7, null, '/foundations/layers', 'javascript:alert(1)', '/a/b/c/', '/Foundations/Layers/', { r: 1 }, '/storage/volumes/'],
    })
    expect([...parseProgress(raw)]).toEqual(['/foundations/layers/', '/storage/volumes/'])
  })

  it('refuses absurdly long lists instead of building huge sets', () => {
    const done = Array.from({ length: 5000 }, (_, i) => `/m/p${i}/`)
    expect(parseProgress(JSON.stringify({ version: 1, done }))).toBe(NOTHING_DONE)
  })

  it('never throws, whatever the stored text is', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ version: 1, done: value }))), (raw) => {
        const done = parseProgress(raw)
        for (const r of done) expect(r).toMatch(/^\/[a-z0-9-]+\/[a-z0-9-]+\/$/)
      }),
    )
  })
})

describe('withPageDone', () => {
  it('marks and unmarks a page without changing the set it was given', () => {
    const before = new Set(['/foundations/layers/'])
    const after = withPageDone(before, '/foundations/tags-and-digests/', true)
    expect([...after].sort()).toEqual(['/foundations/layers/', '/foundations/tags-and-digests/'])
    expect([...before]).toEqual(['/foundations/layers/'])
    expect([...withPageDone(after, '/foundations/layers/', false)]).toEqual(['/foundations/tags-and-digests/'])
  })

  it('returns the same set when nothing changes', () => {
    const done = new Set(['/foundations/layers/'])
    expect(withPageDone(done, '/foundations/layers/', true)).toBe(done)
    expect(withPageDone(done, '/storage/volumes/', false)).toBe(done)
  })

  it('refuses what is not a content route, so nothing unreadable is ever stored', () => {
    expect(() => withPageDone(NOTHING_DONE, '/foundations/layers', true)).toThrow('not a content route')
  })
})

describe('countDone', () => {
  it('counts only the routes of the module asked about', () => {
    const done = parseProgress(serializeProgress(new Set(['/foundations/layers/', '/foundations/gone/', '/storage/volumes/'])))
    expect(countDone(done, ['/foundations/containers-vs-vms/', '/foundations/layers/', '/foundations/tags-and-digests/'])).toBe(1)
    expect(countDone(NOTHING_DONE, ['/foundations/layers/'])).toBe(0)
  })
})
