import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { recordArgv, recordingDir } from './record-argv'

describe('recordArgv', () => {
  it('records the argv of any program it stands in for, without running the program', () => {
    expect(recordArgv("mkdir -p 'made by mkdir'", 'mkdir')).toEqual(['-p', 'made by mkdir'])
    expect(fs.existsSync(path.join(recordingDir, 'made by mkdir'))).toBe(false)
    expect(recordArgv('sudo cp a.crt /etc/docker/certs.d/host:5000/ca.crt', 'sudo')).toEqual(['cp', 'a.crt', '/etc/docker/certs.d/host:5000/ca.crt'])
  })

  it('refuses a program name that is not a plain command name', () => {
    expect(() => recordArgv('x', 'rm -rf')).toThrow()
    expect(() => recordArgv('x', '$(id)')).toThrow()
  })
})
