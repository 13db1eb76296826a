import { describe, expect, it } from 'vitest'
import { askDockerCli, dockerCliVersion } from './docker-oracle'

describe.skipIf(!dockerCliVersion)(`the Docker CLI oracle (${dockerCliVersion ?? 'no docker CLI: skipped'})`, () => {
  it('accepts commands the client parses', () => {
    expect(askDockerCli(['docker', 'run', '--detach', '--name', 'web', '-p', '8080:80', 'nginx:1.27-alpine']).verdict).toBe('accepted')
    expect(askDockerCli(['docker', 'build', '--tag', 'my-app:1.0', '--file', 'docker/Dockerfile', './app']).verdict).toBe('accepted')
    expect(askDockerCli(['docker', 'run', '--env-file', 'app.env', 'alpine:3.20']).verdict).toBe('accepted')
    expect(askDockerCli(['docker', 'run', '-it', '--rm', 'alpine:3.20', 'sh']).verdict).toBe('accepted')
  })

  it('rejects unknown flags and invalid values', () => {
    expect(askDockerCli(['docker', 'run', '--detatch', 'nginx']).verdict).toBe('rejected')
    expect(askDockerCli(['docker', 'run', '-p', '99999:80', 'nginx']).detail).toContain('invalid hostPort')
    expect(askDockerCli(['docker', 'pull', 'Nginx:latest']).verdict).toBe('rejected')
    expect(askDockerCli(['docker', 'ps', '--format', '{{.Names']).verdict).toBe('rejected')
    // The terminal check comes first in the client; the rest of the command is still checked.
    expect(askDockerCli(['docker', 'run', '-it', 'Alpine', 'sh']).verdict).toBe('rejected')
    expect(askDockerCli(['docker', 'run', '-it', '--restart', 'always', '--rm', 'alpine:3.20']).verdict).toBe('rejected')
  })

  it('skips plugins that are not installed instead of failing them', () => {
    const result = askDockerCli(['docker', 'scout', 'cves', 'nginx:1.27-alpine'])
    expect(['skipped', 'accepted']).toContain(result.verdict)
  })
})
