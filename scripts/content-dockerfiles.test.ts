// Every Dockerfile in the guide's code blocks, checked by the guide's own Dockerfile linter: none
// may hold an error (an unknown instruction, a broken exec form, apt-get without -y...). A block
// with a file name (title="Dockerfile") is a whole Dockerfile; one without is an excerpt of one, so
// it may start after FROM. Warnings stay allowed: lessons show what to avoid before they fix it.
// `npm run test:unit` compiles the content first.
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lintDockerfile } from '../lib/builders/dockerfile-lint'
import { GENERATED_CONTENT_DIR, readManifest, readPage } from '../lib/content/generated'

if (!fs.existsSync(`${GENERATED_CONTENT_DIR}/manifest.json`)) {
  throw new Error('the content is not compiled: run npm run content first (npm run test:unit does)')
}
const dockerfiles = readManifest(GENERATED_CONTENT_DIR)
  .modules.flatMap((m) => m.pages)
  .map((p) => readPage(GENERATED_CONTENT_DIR, p.module, p.slug))
  .flatMap((page) => page.codeBlocks.filter((block) => block.lang === 'dockerfile').map((block) => ({ page, block })))

describe('Dockerfiles in the content', () => {
  it('are there to check', () => {
    expect(dockerfiles.filter(({ block }) => block.title).length).toBeGreaterThan(10)
    expect(dockerfiles.filter(({ block }) => !block.title).length).toBeGreaterThan(10)
  })

  it('have no errors by the guide’s own linter (excerpts may lack FROM)', () => {
    const errors = dockerfiles.flatMap(({ page, block }) =>
      lintDockerfile(block.code)
        .filter((finding) => finding.severity === 'error' && !(finding.rule === 'missing-from' && !block.title))
        .map((finding) => `${page.file}:${block.line + finding.line} ${finding.rule}: ${finding.message}`),
    )
    expect(errors).toEqual([])
  })
})
