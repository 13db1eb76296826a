import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { registryBuilder } from '.'
import { argvOf } from '../../shell/quote'
import { evaluate, stateWith, type Output } from '../model'
import { outputText } from '../output'
import { registryState } from '../testing/registry-arbitrary'
import { registrySpec, type RegistryState } from './state'

const state = (values: Partial<RegistryState>) => stateWith(registrySpec, values)
const run = (values: Partial<RegistryState>) => evaluate(registryBuilder, state(values))
const texts = (outputs: Output[]) => Object.fromEntries(outputs.map((o) => [o.id, outputText(o, 'single')]))
const secured = { auth: true, tls: true, host: 'registry.example.com', trust: 'certs-d' } as const

describe('the registry builder', () => {
  it('starts a local registry with a named volume, then tags, pushes and pulls', () => {
    expect(texts(run({}).outputs)).toEqual({
      run: 'docker run -d --name registry --restart always -p 5000:5000 -v registry-data:/var/lib/registry -e REGISTRY_LOG_LEVEL=info registry:3',
      tag: 'docker tag alpine:3.20 localhost:5000/tools/alpine:3.20',
      push: 'docker push localhost:5000/tools/alpine:3.20',
      pull: 'docker pull localhost:5000/tools/alpine:3.20',
    })
  })

  it('secures it with a password file, a certificate for the host, and certs.d on the clients', () => {
    expect(texts(run({ ...secured, user: 'alice' }).outputs)).toEqual({
      folders: 'mkdir -p auth certs',
      htpasswd: 'docker run --rm -it -v ./auth:/auth --entrypoint htpasswd httpd:2 -Bc /auth/htpasswd alice',
      certificate:
        'openssl req -x509 -newkey rsa:4096 -nodes -sha256 -keyout certs/domain.key -out certs/domain.crt -days 365 -subj /CN=registry.example.com -addext subjectAltName=DNS:registry.example.com',
      run:
        "docker run -d --name registry --restart always -p 5000:5000 -v registry-data:/var/lib/registry -v ./auth:/auth:ro -v ./certs:/certs:ro -e REGISTRY_LOG_LEVEL=info -e REGISTRY_AUTH=htpasswd -e 'REGISTRY_AUTH_HTPASSWD_REALM=Registry Realm' -e REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd -e REGISTRY_HTTP_TLS_CERTIFICATE=/certs/domain.crt -e REGISTRY_HTTP_TLS_KEY=/certs/domain.key registry:3",
      'certs-dir': 'sudo mkdir -p /etc/docker/certs.d/registry.example.com:5000',
      'certs-copy': 'sudo cp certs/domain.crt /etc/docker/certs.d/registry.example.com:5000/ca.crt',
      login: 'docker login -u alice registry.example.com:5000',
      tag: 'docker tag alpine:3.20 registry.example.com:5000/tools/alpine:3.20',
      push: 'docker push registry.example.com:5000/tools/alpine:3.20',
      pull: 'docker pull registry.example.com:5000/tools/alpine:3.20',
    })
  })

  it('leaves the port out of the address on 443, puts an IP address in the SAN as IP:, and moves the listening port with REGISTRY_HTTP_ADDR', () => {
    const https = texts(run({ ...secured, port: '443', containerPort: '443' }).outputs)
    expect(https['certs-dir']).toBe('sudo mkdir -p /etc/docker/certs.d/registry.example.com')
    expect(https.push).toBe('docker push registry.example.com/tools/alpine:3.20')
    expect(https.run).toContain('-p 443:443 ')
    expect(https.run).toContain('-e REGISTRY_HTTP_ADDR=0.0.0.0:443 ')
    expect(texts(run({ ...secured, host: '192.168.1.50' }).outputs).certificate).toContain('-subj /CN=192.168.1.50 -addext subjectAltName=IP:192.168.1.50')
    expect(texts(run({ localOnly: true, logLevel: 'default', restart: 'no' }).outputs).run).toBe('docker run -d --name registry -p 127.0.0.1:5000:5000 -v registry-data:/var/lib/registry registry:3')
  })

  it('writes insecure-registries as valid JSON holding the address, with a danger warning', () => {
    const { outputs, warnings } = run({ host: 'registry.lab', trust: 'insecure' })
    const file = outputs.find((o) => o.id === 'daemon-json')
    expect(file?.kind === 'file' && JSON.parse(file.text)).toEqual({ 'insecure-registries': ['registry.lab:5000'] })
    expect(warnings.find((w) => w.id === 'insecure-registries')).toMatchObject({ level: 'danger', lesson: { id: 'insecureRegistries' } })
    fc.assert(
      fc.property(registryState, (s) => {
        const daemon = evaluate(registryBuilder, { ...s, trust: 'insecure' }).outputs.find((o) => o.id === 'daemon-json')
        expect(daemon?.kind === 'file' && JSON.parse(daemon.text)).toEqual({ 'insecure-registries': [s.port === '443' ? s.host : `${s.host}:${s.port}`] })
      }),
      { numRuns: 100 },
    )
  })

  it('installs the certificate in the certs.d folder named exactly like the address images are pushed to', () => {
    fc.assert(
      fc.property(registryState, (s) => {
        const outputs = evaluate(registryBuilder, { ...s, tls: true, trust: 'certs-d' }).outputs
        const argv = (id: string) => {
          const output = outputs.find((o) => o.id === id)
          return output?.kind === 'shell' ? argvOf(output.commands[0]!) : []
        }
        const [, , , folder] = argv('certs-dir')
        expect(argv('certs-dir').slice(0, 3)).toEqual(['sudo', 'mkdir', '-p'])
        expect(argv('certs-copy')).toEqual(['sudo', 'cp', 'certs/domain.crt', `${folder}/ca.crt`])
        expect(argv('certificate')).toContain('certs/domain.crt')
        const pushed = argv('push')[2]!
        expect(folder).toBe(`/etc/docker/certs.d/${pushed.slice(0, pushed.indexOf('/'))}`)
      }),
      { numRuns: 200 },
    )
  })

  it('refuses what cannot work, beside the field', () => {
    const errors = (values: Partial<RegistryState>) => evaluate(registryBuilder, state(values)).errors.map((e) => e.field)
    expect(errors({ trust: 'certs-d' })).toEqual(['trust'])
    expect(errors({ host: 'registry.example.com:5000' })).toEqual(['host'])
    expect(errors({ host: 'bad_host!' })).toEqual(['host'])
    expect(errors({ port: '70000', containerPort: 'x' })).toEqual(['port', 'containerPort'])
    expect(errors({ data: '~/registry' })).toEqual(['data'])
    expect(errors({ data: '/a:b' })).toEqual(['data'])
    expect(errors({ repository: 'localhost:5000/app' })).toEqual(['repository'])
    expect(errors({ repository: 'Tools/App' })).toEqual(['repository'])
    expect(errors({ auth: true, user: 'a:b', realm: '' })).toEqual(['user', 'realm'])
    expect(errors({ tls: true, days: '0' })).toEqual(['days'])
    expect(errors({ image: '' })).toEqual(['image'])
    expect(run({ trust: 'certs-d' }).outputs).toEqual([])
  })

  it('warns about an open registry, passwords over plain HTTP, plain HTTP to another host and an untrusted certificate', () => {
    const ids = (values: Partial<RegistryState>) => run(values).warnings.map((w) => [w.id, w.level, w.lesson.id])
    expect(ids({})).toEqual([['open', 'warning', 'registryOpenByDefault']])
    expect(ids({ localOnly: true })).toEqual([])
    expect(ids({ auth: true })).toEqual([['auth-without-tls', 'danger', 'registryOpenByDefault']])
    expect(ids({ host: 'registry.lab', localOnly: true })).toEqual([
      ['plain-http', 'warning', 'registryCertificate'],
      ['local-only', 'warning', 'hostAddress'],
    ])
    expect(ids({ ...secured, trust: 'none' })).toEqual([['untrusted', 'warning', 'certsD']])
    // Docker counts registries on 127.0.0.0/8 and ::1 as insecure: it accepts their certificate as it is.
    expect(ids({ ...secured, host: 'localhost', trust: 'none' })).toEqual([])
    expect(ids({ ...secured, logLevel: 'default', restart: 'no' })).toEqual([
      ['log-level', 'warning', 'registryConfig'],
      ['restart', 'warning', 'restartPolicies'],
    ])
  })
})

const hasOpenssl = spawnSync('openssl', ['version']).status === 0

describe.skipIf(!hasOpenssl)('the certificate command, run by openssl', () => {
  it('makes a key and a self-signed certificate whose subject alternative name is the registry host', { timeout: 120_000 }, () => {
    const hosts = [registryBuilder.start, ...registryBuilder.presets.map((p) => p.state), ...fc.sample(registryState, { numRuns: 4, seed: 7 })]
      .map((s) => ({ ...s, tls: true }))
    for (const s of hosts) {
      const output = evaluate(registryBuilder, s).outputs.find((o) => o.id === 'certificate')
      if (output?.kind !== 'shell') throw new Error('no certificate command')
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-cert-'))
      fs.mkdirSync(path.join(dir, 'certs'))
      // A 2048-bit key keeps the test quick; everything else is the command as the reader gets it.
      const argv = argvOf(output.commands[0]!).map((arg) => (arg === 'rsa:4096' ? 'rsa:2048' : arg))
      const made = spawnSync(argv[0]!, argv.slice(1), { cwd: dir, encoding: 'utf8' })
      expect(made.status, made.stderr).toBe(0)
      const shown = spawnSync('openssl', ['x509', '-in', 'certs/domain.crt', '-noout', '-subject', '-ext', 'subjectAltName', '-enddate'], { cwd: dir, encoding: 'utf8' })
      expect(shown.stdout).toContain(`CN = ${s.host}`)
      expect(shown.stdout).toMatch(new RegExp(`(DNS|IP Address):${s.host.replaceAll('.', '\\.')}\\n`))
      const days = (Date.parse(/notAfter=(.*)/.exec(shown.stdout)![1]!) - Date.now()) / 86_400_000
      expect(Math.round(days)).toBe(Number(s.days))
      expect(fs.existsSync(path.join(dir, 'certs/domain.key'))).toBe(true)
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
