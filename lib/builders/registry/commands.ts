// The commands for a valid registry state, in the order a reader runs them: the files the registry
// needs, the registry itself, then each client host's side. Every command is argv; none is built as
// shell text, including the ones that are not docker (mkdir, openssl, sudo).
import type { Command } from '../../shell/quote'
import type { Output } from '../model'
import { certsDir, isLoopback, registryAddress, remoteImage, subjectAltName } from './address'
import { FILES, HTPASSWD_IMAGE, REGISTRY_IMAGE, type RegistryState } from './state'

const shell = (id: string, title: string, description: string, lines: string[][], notes?: string[]): Output => ({
  kind: 'shell',
  id,
  title,
  description,
  commands: [{ lines } satisfies Command],
  ...(notes ? { notes } : {}),
})

/** A bind mount of a folder next to the commands, read-only in the registry. */
const local = (dir: string) => `./${dir}`

export function registryOutputs(state: RegistryState): Output[] {
  const outputs: Output[] = []
  const dirs = [...(state.auth ? [FILES.authDir] : []), ...(state.tls ? [FILES.certsDir] : [])]
  if (dirs.length > 0) {
    outputs.push(shell('folders', `mkdir ${dirs.join(' ')}`, 'Makes the folders the registry reads its files from. Run this and the commands below in the same folder.', [['mkdir', '-p', ...dirs]]))
  }
  if (state.auth) outputs.push(htpasswd(state))
  if (state.tls) outputs.push(certificate(state))
  outputs.push(runRegistry(state))
  outputs.push(...trust(state))
  outputs.push(...client(state))
  return outputs
}

function htpasswd(state: RegistryState): Output {
  return shell(
    'htpasswd',
    'Create the password file',
    `Asks twice for ${state.user}'s password and writes its bcrypt hash to ${FILES.htpasswd}. The htpasswd tool comes from the ${HTPASSWD_IMAGE} image, since the registry image no longer ships it.`,
    [['docker', 'run', '--rm', '-it'], ['-v', `${local(FILES.authDir)}:/auth`], ['--entrypoint', 'htpasswd'], [HTPASSWD_IMAGE, '-Bc', '/auth/htpasswd', state.user]],
    [
      '-B (bcrypt) is required: the registry accepts no other hash.',
      'To add another user later, run it again without -c, which would start a new file.',
      'The container runs as root, so on the host the file belongs to root.',
    ],
  )
}

function certificate(state: RegistryState): Output {
  return shell(
    'certificate',
    'Create a self-signed certificate',
    `Makes a 4096-bit RSA key and a certificate for ${state.host}, valid for ${state.days} days. The subjectAltName is what clients check; the common name alone is ignored.`,
    [
      ['openssl', 'req', '-x509'],
      ['-newkey', 'rsa:4096', '-nodes', '-sha256'],
      ['-keyout', FILES.key],
      ['-out', FILES.cert],
      ['-days', state.days],
      ['-subj', `/CN=${state.host}`],
      ['-addext', subjectAltName(state.host)],
    ],
    ['-addext needs OpenSSL 1.1.1 or later.', `Keep ${FILES.key} private: only ${FILES.cert} goes to the clients.`],
  )
}

function runRegistry(state: RegistryState): Output {
  const lines: string[][] = [['docker', 'run', '-d'], ['--name', state.name]]
  if (state.restart !== 'no') lines.push(['--restart', state.restart])
  lines.push(['-p', `${state.localOnly ? '127.0.0.1:' : ''}${state.port}:${state.containerPort}`])
  lines.push(['-v', `${state.data}:/var/lib/registry`])
  if (state.auth) lines.push(['-v', `${local(FILES.authDir)}:/auth:ro`])
  if (state.tls) lines.push(['-v', `${local(FILES.certsDir)}:/certs:ro`])
  if (state.logLevel !== 'default') lines.push(['-e', `REGISTRY_LOG_LEVEL=${state.logLevel}`])
  if (state.containerPort !== '5000') lines.push(['-e', `REGISTRY_HTTP_ADDR=0.0.0.0:${state.containerPort}`])
  if (state.auth) {
    lines.push(['-e', 'REGISTRY_AUTH=htpasswd'], ['-e', `REGISTRY_AUTH_HTPASSWD_REALM=${state.realm}`], ['-e', 'REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd'])
  }
  if (state.tls) lines.push(['-e', 'REGISTRY_HTTP_TLS_CERTIFICATE=/certs/domain.crt'], ['-e', 'REGISTRY_HTTP_TLS_KEY=/certs/domain.key'])
  lines.push([REGISTRY_IMAGE])
  const scheme = state.tls ? 'HTTPS' : 'plain HTTP'
  return shell('run', 'Run the registry', `Starts the registry, speaking ${scheme} on port ${state.port} of this host, with its images kept in ${state.data}.`, lines)
}

function trust(state: RegistryState): Output[] {
  const address = registryAddress(state)
  if (state.trust === 'certs-d') {
    return [
      shell('certs-dir', 'Trust the certificate: make the folder', `On every Docker host that uses the registry: the daemon looks for its CA certificates in a folder named exactly like the address, ${address}.`, [['sudo', 'mkdir', '-p', certsDir(state)]]),
      shell(
        'certs-copy',
        'Trust the certificate: copy it',
        `Copies the certificate (never the key) in as ca.crt. Copy ${FILES.cert} to each client host first; the daemon reads the folder on every connection, so no restart is needed.`,
        [['sudo', 'cp', FILES.cert, `${certsDir(state)}/ca.crt`]],
      ),
    ]
  }
  if (state.trust === 'insecure') {
    return [
      {
        kind: 'file',
        id: 'daemon-json',
        title: '/etc/docker/daemon.json',
        filename: 'daemon.json',
        language: 'json',
        text: `${JSON.stringify({ 'insecure-registries': [address] }, null, 2)}\n`,
        description: `Tells the daemon to skip certificate checks for ${address}, and to fall back to plain HTTP when HTTPS fails. If the file exists, add the key to what is there.`,
      },
      shell('restart-daemon', 'Restart the Docker daemon', 'The daemon reads daemon.json when it starts.', [['sudo', 'systemctl', 'restart', 'docker']]),
    ]
  }
  return []
}

function client(state: RegistryState): Output[] {
  const address = registryAddress(state)
  const remote = remoteImage(state)
  const outputs: Output[] = []
  if (state.auth) {
    outputs.push(shell('login', `docker login ${address}`, `Asks for ${state.user}'s password and keeps the credentials for ${address}.`, [['docker', 'login', '-u', state.user, address]]))
  }
  const where = isLoopback(state.host) ? 'on this host' : `on any host that can reach ${address}`
  outputs.push(
    shell('tag', 'Name the image for the registry', `Gives ${state.image} a second name that starts with the registry's address: that is what tells push where to go.`, [['docker', 'tag', state.image, remote]]),
    shell('push', 'Push it', `Uploads the layers ${address} does not have yet.`, [['docker', 'push', remote]]),
    shell('pull', 'Pull it back', `Downloads the image from your registry, ${where}.`, [['docker', 'pull', remote]]),
  )
  return outputs
}
