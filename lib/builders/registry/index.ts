// The private registry builder: a registry container, optionally with a password and a
// self-signed certificate, and what each client host does to use it.
import { stateWith, type BuilderModel } from '../model'
import { registryWarnings, validateRegistry } from './checks'
import { registryOutputs } from './commands'
import { registrySpec, type RegistrySpec, type RegistryState } from './state'

const state = (values: Partial<RegistryState>) => stateWith(registrySpec, values)

const secured = { auth: true, tls: true, host: 'registry.example.com', trust: 'certs-d' } as const

export const registryBuilder: BuilderModel<RegistrySpec> = {
  id: 'registry',
  route: '/tools/registry/',
  spec: registrySpec,
  start: state({}),
  presets: [
    { id: 'local', label: 'On localhost, for trying it out', state: state({}) },
    { id: 'secured', label: 'TLS and a password, trusted through certs.d', state: state(secured) },
    { id: 'https-port', label: 'On port 443, the HTTPS default', state: state({ ...secured, port: '443', containerPort: '443' }) },
    { id: 'by-ip', label: 'Reached by IP address', state: state({ ...secured, host: '192.168.1.50' }) },
    { id: 'insecure', label: 'Plain HTTP on a lab network (insecure-registries)', state: state({ host: 'registry.lab', trust: 'insecure' }) },
    { id: 'bind', label: 'Images on a host disk', state: state({ ...secured, data: '/srv/registry' }) },
  ],
  validate: validateRegistry,
  warnings: registryWarnings,
  outputs: registryOutputs,
}
