import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { recordArgv, recordArgvs, recordingDir } from './record-argv'

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

describe('recordArgvs', () => {
  it('records several commands of several programs in one bash, each argv apart, separators in arguments included', () => {
    expect(recordArgvs([
      { text: "docker run 'a b' $'\\001'", program: 'docker' },
      { text: 'openssl req -x509', program: 'openssl' },
      { text: 'docker ps', program: 'docker' },
    ])).toEqual([['run', 'a b', '\u0001'], ['req', '-x509'], ['ps']])
  })
})
