import { describe, expect, it } from 'vitest'
import * as addresses from './addresses'
import * as basics from './basics'
import * as capabilities from './capabilities'
import * as images from './images'
import * as names from './names'
import * as paths from './paths'
import * as quantities from './quantities'

const v = { ...addresses, ...basics, ...capabilities, ...images, ...names, ...paths, ...quantities }

describe('shared validation', () => {
  it('reads image references like Docker: lowercase repository, optional registry host and port, tag or digest', () => {
    for (const ok of ['nginx', 'library/nginx', 'ghcr.io/acme/api', 'localhost:5000/team/web', 'my.registry:443/a/b_c', 'a__b', 'a-b--c', '[::1]:5000/app']) {
      expect(v.imageRepository(ok), ok).toBeUndefined()
    }
    expect(v.imageRepository('')).toBe('Enter an image name, such as nginx or ghcr.io/org/app.')
    expect(v.imageRepository('Nginx')).toBe('Repository names are lowercase: nginx.')
    expect(v.imageRepository('ghcr.io/Acme/api')).toBe('Repository names are lowercase: ghcr.io/acme/api.')
    expect(v.imageRepository('nginx:1.27')).toBe('Put the tag in the tag field, without the colon.')
    expect(v.imageRepository('my_registry:5000/app')).toBe('"my_registry:5000" is not a registry host name (host, or host:port).')
    expect(v.imageRepository('a//b')).toBe('A repository name has no empty parts: check the slashes.')
    expect(v.imageRepository('-nginx')).toContain('"-nginx" is not a valid part of a repository name')
    expect(v.imageRepository('a b')).toBe('An image name has no spaces.')

    expect(v.imageTag('1.27-alpine')).toBeUndefined()
    expect(v.imageTag(`sha256:${'a'.repeat(64)}`)).toBeUndefined()
    expect(v.imageTag(`1.27@sha256:${'a'.repeat(64)}`)).toBeUndefined()
    expect(v.imageTag('.hidden')).toContain('cannot start with "." or "-"')
    expect(v.imageTag('x'.repeat(129))).toContain('up to 128')
    expect(v.imageTag(`sha256:${'a'.repeat(63)}`)).toBe('A sha256 digest has exactly 64 hex digits.')
    expect(v.imageTag('1.0@latest')).toBe('After @ comes a digest such as sha256: and 64 hex digits.')
  })

  it('splits and joins references the same way', () => {
    const digest = `sha256:${'b'.repeat(64)}`
    for (const reference of ['nginx', 'nginx:1.27', 'localhost:5000/app', 'localhost:5000/app:2', `nginx@${digest}`, `nginx:1.27@${digest}`]) {
      const { repository, tag } = v.splitImageReference(reference)
      expect(v.joinImageReference(repository, tag)).toBe(reference)
    }
    expect(v.splitImageReference('localhost:5000/app')).toEqual({ repository: 'localhost:5000/app', tag: '' })
  })

  it('checks ports, ranges and IP addresses', () => {
    expect(v.port('80')).toBeUndefined()
    expect(v.port('0')).toBe('0 is outside the port range 1–65535.')
    expect(v.port('65536')).toBe('65536 is outside the port range 1–65535.')
    expect(v.port('http')).toBe('A port is a whole number from 1 to 65535.')
    expect(v.portOrRange('8000-8010')).toBeUndefined()
    expect(v.portOrRange('8010-8000')).toBe('A range goes from the lower port to the higher one.')
    expect(v.portCount('8000-8010')).toBe(11)
    for (const ok of ['127.0.0.1', '0.0.0.0', '::', '::1', 'fe80::1', '2001:db8::8a2e:370:7334', '::ffff:192.0.2.1']) expect(v.ipAddress(ok), ok).toBeUndefined()
    for (const bad of ['256.0.0.1', '1.2.3', 'localhost', '1::2::3', '12345::']) expect(v.ipAddress(bad), bad).toBe('Enter an IP address such as 127.0.0.1 or ::1.')
  })

  it('checks names of variables, containers, networks and volumes', () => {
    expect(v.envName('APP_ENV')).toBeUndefined()
    expect(v.envName('A=b')).toBe('A name cannot contain "=": put the value in the value field.')
    expect(v.envName('MY VAR')).toBe('A variable name has no spaces.')
    expect(v.isPortableEnvName('spring.profiles.active')).toBe(false)
    expect(v.containerName('web-1')).toBeUndefined()
    expect(v.containerName('w')).toContain('at least 2 characters')
    expect(v.networkName('-net')).toContain('starts with a letter or digit')
    expect(v.volumeName('my vol')).toContain('uses only letters, digits')
  })

  it('checks paths, sizes and durations', () => {
    expect(v.containerPath('/data')).toBeUndefined()
    expect(v.containerPath('data')).toBe('Paths inside the container are absolute: start with /.')
    for (const ok of ['/srv/site', './site', '../shared', '.']) expect(v.hostPath(ok), ok).toBeUndefined()
    expect(v.hostPath('~/site')).toContain('no shell expands ~')
    expect(v.hostPath('$(pwd)/site')).toContain('instead of $(pwd)')
    expect(v.hostPath('site')).toContain('a bare name would be a volume')
    for (const ok of ['512m', '1g', '64k', '1.5g', '100', '2GB', '10mb']) expect(v.size(ok), ok).toBeUndefined()
    expect(v.size('big')).toBe('Enter a number and a unit, such as 512m or 1g (b, k, m or g).')
    expect(v.sizeInBytes('1.5k')).toBe(1536)
    for (const ok of ['30s', '1m30s', '500ms', '2h', '1.5h']) expect(v.duration(ok), ok).toBeUndefined()
    expect(v.duration('30')).toBe('Enter a duration with units, such as 30s, 1m30s, 500ms or 2h.')
    expect(v.duration('0s')).toBe('Enter a duration longer than 0.')
    expect(v.durationInMs('1m30s')).toBe(90_000)
    for (const ok of ['24h', '2025-01-31', '2025-01-31T10:00:00Z', '1700000000']) expect(v.durationOrTimestamp(ok), ok).toBeUndefined()
    expect(v.durationOrTimestamp('yesterday')).toContain('Enter an age such as 24h')
  })

  it('checks users, capabilities, platforms and label keys', () => {
    for (const ok of ['app', '1000', '1000:1000', 'app:staff']) expect(v.user(ok), ok).toBeUndefined()
    expect(v.user('app:')).toContain('Enter a user name or UID')
    expect(v.capability('net_admin')).toBeUndefined()
    expect(v.capability('CAP_CHOWN')).toBeUndefined()
    expect(v.capability('ALL')).toBeUndefined()
    expect(v.capability('FLY')).toBe('FLY is not a Linux capability (such as NET_BIND_SERVICE or CHOWN).')
    expect(v.platform('linux/arm/v7')).toBeUndefined()
    expect(v.platform('arm64')).toContain('os/architecture')
    expect(v.labelKey('com.example.team')).toBeUndefined()
    expect(v.labelKey('a=b')).toContain('cannot contain "="')
    expect(v.printable('a\0b')).toContain('NUL')
  })
})

describe('host names and IPv4 networks', () => {
  it('takes host names and IPv4 addresses, without a port', () => {
    for (const ok of ['localhost', 'registry.example.com', 'my-host', '203.0.113.10']) expect(v.hostName(ok), ok).toBeUndefined()
    expect(v.hostName('registry.example.com:5000')).toContain('without a port')
    for (const bad of ['-bad.example', 'a_b.com', '300.1.1.1', 'a..b', '']) expect(v.hostName(bad), bad).toBeDefined()
  })

  it('reads CIDR networks and knows what lies inside them', () => {
    expect(v.ipv4Cidr('172.28.0.0/16')).toBeUndefined()
    expect(v.ipv4Cidr('0.0.0.0/0')).toBeUndefined()
    expect(v.ipv4Cidr('172.28.1.0/16')).toContain('the network is 172.28.0.0/16')
    for (const bad of ['172.28.0.0', '172.28.0.0/33', '256.0.0.0/8', '10.0.0.0/x']) expect(v.ipv4Cidr(bad), bad).toContain('CIDR notation')
    expect(v.inCidr('10.1.255.254', '10.1.0.0/16')).toBe(true)
    expect(v.inCidr('10.2.0.1', '10.1.0.0/16')).toBe(false)
    expect(v.inCidr('10.1.128.0/17', '10.1.0.0/16')).toBe(true)
    expect(v.inCidr('10.0.0.0/15', '10.1.0.0/16')).toBe(false)
    expect(v.numberToIpv4(v.ipv4ToNumber('192.168.1.200'))).toBe('192.168.1.200')
    expect(v.numberToIpv4(v.cidrBase('192.168.1.200', 27))).toBe('192.168.1.192')
  })
})
