import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chunkText, stem, termsOf, tokenize } from './tokenize'

describe('tokenize', () => {
  it('keeps Docker tokens whole, as typed, and indexes their parts', () => {
    expect(termsOf('docker run -it --restart=always --cap-add NET_ADMIN nginx:alpine')).toEqual([
      'docker',
      'run',
      '-it',
      '-i',
      '-t',
      '--restart',
      'restart',
      'alway',
      '--cap-add',
      'cap-add',
      'cap',
      'add',
      'net_admin',
      'net',
      'admin',
      'nginx:alpine',
      'nginx',
      'alpin',
    ])
  })

  it('finds dotted names, environment variables and paths', () => {
    const terms = termsOf('Use host.docker.internal, set REGISTRY_LOG_LEVEL=debug in /etc/docker/daemon.json.')
    expect(terms).toEqual(
      expect.arrayContaining(['host.docker.internal', 'registry_log_level', 'debug', 'etc/docker/daemon.json', 'daemon.json', 'daemon', 'json']),
    )
    // The full stop ending the sentence is not part of the name.
    expect(terms).not.toContain('daemon.json.')
  })

  it('splits a flag from its value at =', () => {
    expect(termsOf('COPY --from=build /app/out ./')).toEqual(['copy', '--from', 'from', 'build', 'app/out', 'app', 'out'])
  })

  it('treats a dash between words as part of a compound, and a lone dash as punctuation', () => {
    expect(termsOf('copy-on-write - unless-stopped')).toEqual(['copy-on-write', 'copy', 'writ', 'unless-stopped', 'unless', 'stop'])
  })

  it('lowercases, removes accents and stop words, and stems', () => {
    expect(termsOf('The Café of the Volumes, Policies and Processes')).toEqual(['caf', 'volum', 'policy', 'process'])
    expect(termsOf('Café cafe CAFES')).toEqual(['caf'])
  })

  it('drops digests and other long hexadecimal strings', () => {
    expect(termsOf('nginx@sha256:0123456789abcdef0123456789abcdef and 4c01db0b339c4c01db0b')).toEqual(['nginx', 'sha256'])
  })

  it('gives offsets that point at the token in the original text', () => {
    const text = 'Run `docker run -it -p 8080:80 nginx` now.'
    expect(tokenize(text).map((token) => [token.term, text.slice(token.start, token.end)])).toEqual([
      ['run', 'Run'],
      ['docker', 'docker'],
      ['run', 'run'],
      ['-it', '-it'],
      ['-i', '-it'],
      ['-t', '-it'],
      ['-p', '-p'],
      ['8080:80', '8080:80'],
      ['8080', '8080'],
      ['80', '80'],
      ['nginx', 'nginx'],
      ['now', 'now'],
    ])
  })

  it('brings the forms of a word to one stem', () => {
    const same = [
      ['pushing', 'pushed', 'push', 'pushes'],
      ['naming', 'named', 'name', 'names'],
      ['caching', 'cached', 'cache', 'caches'],
      ['running', 'run', 'runs'],
      ['stopped', 'stopping', 'stop'],
      ['logging', 'logged', 'log', 'logs'],
      ['policies', 'policy'],
      ['processes', 'process'],
      ['images', 'image'],
    ]
    for (const forms of same) expect(new Set(forms.map(stem)), forms.join(' ')).toHaveProperty('size', 1)
  })

  it('leaves short words, words that only look inflected, and non-words alone', () => {
    for (const word of ['tls', 'dns', 'string', 'thing', 'ping', 'need', 'speed', 'status', 'address', 'bus', 'k8s', 'x86_64']) {
      expect(stem(word), word).toBe(word)
    }
  })

  it('produces terms without spaces, in bounds, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const token of tokenize(text)) {
          expect(token.term).not.toMatch(/\s/)
          expect(token.term.length).toBeGreaterThan(0)
          expect(token.term.length).toBeLessThanOrEqual(40)
          expect(token.start).toBeGreaterThanOrEqual(0)
          expect(token.end).toBeLessThanOrEqual(text.length)
          expect(token.start).toBeLessThan(token.end)
        }
      }),
    )
  })

  it('tokenizes a query the way it tokenized the text, so what is shown is found as typed', () => {
    fc.assert(
      fc.property(fc.constantFrom('--restart', '-it', '--cap-add', 'host.docker.internal', 'REGISTRY_LOG_LEVEL', 'daemon.json', 'nginx:1.27-alpine'), fc.string({ maxLength: 30 }), (token, noise) => {
        const [whole] = chunkText(token)[0]!.whole
        expect(termsOf(`${noise} ${token}. ${noise}`)).toContain(whole!.term)
      }),
    )
  })
})
