// The site's own Dockerfile follows what the guide teaches: the guide's linter finds nothing in it.
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lintDockerfile } from '../builders/dockerfile-lint'

describe("the site's Dockerfile", () => {
  it('passes the Dockerfile linter without a single finding', () => {
    const findings = lintDockerfile(fs.readFileSync('Dockerfile', 'utf8'))
    expect(findings.map((finding) => `${finding.line}: ${finding.rule} ${finding.message}`)).toEqual([])
  })
})
