import { describe, expect, it } from 'vitest'
import { copyTextFor, parseCodeMeta, resolveLanguage } from './code-blocks'

describe('copyTextFor', () => {
  it('copies a plain command block as it is', () => {
    expect(copyTextFor('bash', 'docker ps\ndocker images\n')).toBe('docker ps\ndocker images')
  })

  it('drops the $ prompt and the output lines of a shell session', () => {
    const session = '$ docker ps\nCONTAINER ID   IMAGE\n4c01db0b339c   nginx\n$ docker stop web\nweb'
    expect(copyTextFor('console', session)).toBe('docker ps\ndocker stop web')
  })

  it('keeps the continuation lines of a prompted command', () => {
    const session = '$ docker run -d \\\n    --name web \\\n    nginx:1.27-alpine\nf3b1c2d'
    expect(copyTextFor('bash', session)).toBe('docker run -d \\\n    --name web \\\n    nginx:1.27-alpine')
  })

  it('leaves $ alone in languages that are not shells', () => {
    expect(copyTextFor('dockerfile', '$ not a prompt')).toBe('$ not a prompt')
  })

  it('does not treat $VARIABLE at the start of a line as a prompt', () => {
    expect(copyTextFor('bash', '$HOME/bin/tool\necho done')).toBe('$HOME/bin/tool\necho done')
  })
})

describe('parseCodeMeta', () => {
  it('reads a quoted title and keeps the raw meta for line highlighting', () => {
    expect(parseCodeMeta('title="compose.yaml" {2,4-5}')).toEqual({ title: 'compose.yaml', raw: 'title="compose.yaml" {2,4-5}' })
  })
  it('accepts single quotes and bare words', () => {
    expect(parseCodeMeta("title='my file'").title).toBe('my file')
    expect(parseCodeMeta('title=Dockerfile').title).toBe('Dockerfile')
  })
  it('has no title when none is given', () => {
    expect(parseCodeMeta(undefined)).toEqual({ title: undefined, raw: '' })
  })
})

describe('resolveLanguage', () => {
  it('maps aliases to the languages Shiki loads and rejects unknown ones', () => {
    expect(resolveLanguage('sh')).toBe('bash')
    expect(resolveLanguage('YML')).toBe('yaml')
    expect(resolveLanguage('Dockerfile')).toBe('dockerfile')
    expect(resolveLanguage('cobol')).toBeUndefined()
  })
})
