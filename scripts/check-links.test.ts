import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { checkExport } from './check-links'

function exportWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'links-'))
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
  }
  return dir
}

describe('checkExport', () => {
  const site = (prefix: string) =>
    exportWith({
      'index.html': `<a href="${prefix}/guide/">guide</a><a href="${prefix}/guide/#intro">intro</a><script src="${prefix}/_next/app.js"></script><a href="https://docs.docker.com/">external</a>`,
      'guide/index.html': `<h2 id="intro">Intro</h2><a href="#intro">self</a><a href="../">up</a>`,
      '_next/app.js': '',
    })

  it('accepts links, assets and anchors that resolve', () => {
    expect(checkExport(site(''))).toEqual([])
    expect(checkExport(site('/docs'), '/docs')).toEqual([])
  })

  it('reports missing pages, missing assets, missing anchors and links outside the base path', () => {
    const dir = exportWith({
      'index.html': '<a href="/missing/">a</a><link rel="stylesheet" href="/style.css"><a href="/#nope">b</a><a href="/other/">c</a>',
    })
    expect(checkExport(dir).map((p) => `${p.url}: ${p.problem}`)).toEqual([
      '/missing/: no file in the export for /missing/',
      '/style.css: no file in the export for /style.css',
      '/#nope: index.html has no element with id "nope"',
      '/other/: no file in the export for /other/',
    ])
    expect(checkExport(site(''), '/docs').map((p) => p.problem)).toContain('points outside the base path "/docs"')
  })
})
