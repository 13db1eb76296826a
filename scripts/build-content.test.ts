import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'

function runContentBuild(contentDir: string) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'content-build-'))
  onTestFinished(() => fs.rmSync(out, { recursive: true, force: true }))
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/build-content.ts', '--content-dir', contentDir, '--out', out], { encoding: 'utf8' })
  return { ...result, out }
}

describe('npm run content (the first step of npm run build)', () => {
  it('exits with an error naming file, line and problem when content is broken', () => {
    const result = runContentBuild('lib/content/__fixtures__/unknown-component')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('lib/content/__fixtures__/unknown-component/01-m/01-page.mdx:8:1: unknown component <Diagram>')
    expect(fs.existsSync(path.join(result.out, 'manifest.json'))).toBe(false)
  })

  it('writes the manifest and one record per page for valid content', () => {
    const result = runContentBuild('lib/content/__fixtures__/valid')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('3 modules, 4 pages')
    const manifest = JSON.parse(fs.readFileSync(path.join(result.out, 'manifest.json'), 'utf8'))
    expect(manifest.modules).toHaveLength(3)
    expect(fs.existsSync(path.join(result.out, 'pages/basics/first.json'))).toBe(true)
  })
})
