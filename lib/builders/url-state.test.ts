import { describe, expect, it } from 'vitest'
import { blankState, choice, flag, rows, text } from './fields'
import { decodeState, encodeState, hasState, queryString } from './url-state'

const spec = { image: text(), detach: flag(), restart: choice(['no', 'always'] as const, 'no'), ports: rows({ host: text(), open: flag(), proto: choice(['tcp', 'udp'] as const, 'tcp') }) }
const start = { ...blankState(spec), image: 'nginx', ports: [{ host: '8080', open: true, proto: 'tcp' as const }] }

describe('URL state', () => {
  it('writes only what differs from the start state, readably', () => {
    expect(queryString(encodeState(spec, start, start))).toBe('')
    const state = { ...start, detach: true, restart: 'always' as const, ports: [{ host: 'a~b\\c', open: false, proto: 'udp' as const }, { host: '', open: true, proto: 'tcp' as const }] }
    const params = encodeState(spec, state, start)
    expect([...params]).toEqual([['detach', '1'], ['restart', 'always'], ['ports', 'a\\~b\\\\c~0~udp'], ['ports', '~1~tcp']])
    expect(decodeState(spec, new URLSearchParams(params.toString()), start)).toEqual(state)
  })

  it('tells an emptied list from one row that reads "!"', () => {
    const emptied = { ...start, ports: [] }
    expect(encodeState(spec, emptied, start).toString()).toBe('ports=%21')
    expect(decodeState(spec, encodeState(spec, emptied, start), start).ports).toEqual([])
    const bang = { ...start, ports: [{ host: '!', open: false, proto: 'tcp' as const }] }
    expect(decodeState(spec, encodeState(spec, bang, start), start)).toEqual(bang)
  })

  it('ignores what it cannot read instead of failing', () => {
    const state = decodeState(spec, new URLSearchParams('detach=maybe&restart=sometimes&ports=9000~x~sctp&unknown=1'), start)
    expect(state).toEqual({ ...start, ports: [{ host: '9000', open: false, proto: 'tcp' }] })
    expect(hasState(spec, new URLSearchParams('utm_source=x'))).toBe(false)
    expect(hasState(spec, new URLSearchParams('image=alpine'))).toBe(true)
  })
})
